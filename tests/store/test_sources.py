"""Ingest sources: WARC archives, RSS/Atom feeds, sitemaps, URLs (with robots.txt), globs, stdin.

Web sources are served by a real HTTP server on localhost.
"""

from __future__ import annotations

import functools
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sagt.ingest import IngestOptions, ingest
from sagt.store import open_store

from .conftest import run_sagt
from .corpus import article_text


def _html(i: int) -> str:
    title, text = article_text(i)
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:] if p.strip())
    return (
        f"<!doctype html><html lang='sv'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='article:published_time' content='2024-01-{i % 28 + 1:02d}T08:00:00+01:00'></head>"
        f"<body><nav><a href='/'>Start</a></nav><article><h1>{title}</h1>{paras}</article><footer>Kontakt</footer></body></html>"
    )


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    (root / "nyheter").mkdir(parents=True)
    (root / "privat").mkdir()
    for i in range(4):
        (root / "nyheter" / f"a{i}.html").write_text(_html(i), encoding="utf-8")
    (root / "privat" / "hemlig.html").write_text(_html(9), encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /privat/\n", encoding="utf-8")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    items = "".join(f"<item><title>Nyhet {i}</title><link>{base}/nyheter/a{i}.html</link></item>" for i in range(3))
    items += f"<item><title>Privat</title><link>{base}/privat/hemlig.html</link></item>"
    (root / "feed.xml").write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Lokalt</title>{items}</channel></rss>", encoding="utf-8")
    urls = "".join(f"<url><loc>{base}/nyheter/a{i}.html</loc></url>" for i in (2, 3))
    (root / "sitemap-1.xml").write_text(f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}<url><loc>{base}/saknas.html</loc></url></urlset>", encoding="utf-8")
    (root / "sitemap.xml").write_text(f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>{base}/sitemap-1.xml</loc></sitemap></sitemapindex>", encoding="utf-8")
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        yield base
    finally:
        httpd.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def _opts(db: str, **kw: object) -> IngestOptions:
    return IngestOptions(db=db, workers=1, progress=False, delay=0.0, retries=0, timeout=5.0, **kw)  # type: ignore[arg-type]


def test_feed_sitemap_and_url(sqlite_url: str, site: str) -> None:
    rep = ingest([f"{site}/feed.xml"], _opts(sqlite_url))
    assert rep.new == 3
    assert [(f.origin, f.reason) for f in rep.failures] == [(f"{site}/privat/hemlig.html", "disallowed by robots.txt")]
    rep = ingest([f"{site}/sitemap.xml", f"{site}/nyheter/a1.html"], _opts(sqlite_url))
    assert (rep.new, rep.unchanged) == (1, 2)  # a3 is new; a2 and a1 were in the feed
    assert [f.reason for f in rep.failures] == ["HTTP 404"]
    store = open_store(sqlite_url)
    art = store.article(f"{site}/nyheter/a0.html")
    assert art is not None and art["outlet"].startswith("127.0.0.1") and art["statements"]
    assert store.totals()["articles"] == 4
    store.close()


def test_warc(sqlite_url: str, tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, (ctype, status, body) in enumerate(
            [("text/html; charset=utf-8", "200 OK", _html(20)), ("image/png", "200 OK", "PNG"), ("text/html", "404 Not Found", "<html></html>"), ("text/html", "200 OK", _html(21))]
        ):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(f"https://www.kuriren.nu/nyheter/{i}", "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers)
            w.write_record(rec)
    rep = ingest([str(path)], _opts(sqlite_url))
    assert rep.exit_code == 0 and rep.new == 2
    store = open_store(sqlite_url)
    assert {a["outlet"] for a in [store.article("https://www.kuriren.nu/nyheter/0"), store.article("https://www.kuriren.nu/nyheter/3")]} == {"kuriren.nu"}
    store.close()


def test_globs_and_stdin(sqlite_url: str, tmp_path: Path) -> None:
    for i in range(3):
        d = tmp_path / "in" / f"dag{i}"
        d.mkdir(parents=True)
        (d / f"a{i}.txt").write_text(article_text(i)[1], encoding="utf-8")
        (d / f"a{i}.html").write_text(_html(30 + i), encoding="utf-8")
    rep = ingest([str(tmp_path / "in" / "**" / "*.txt")], _opts(sqlite_url))
    assert rep.new == 3
    rep = ingest([str(tmp_path / "in" / "**" / "*.nope")], _opts(sqlite_url))
    assert rep.exit_code == 1 and "no files match" in rep.failures[0].reason
    proc = run_sagt("ingest", "-", "--db", sqlite_url, "-j", "1", "--no-progress", input=article_text(77)[1])
    assert proc.returncode == 0, proc.stderr
    proc = run_sagt("ingest", str(tmp_path / "in"), "--db", sqlite_url, "-j", "2", "--no-progress")
    assert proc.returncode == 0 and "3 new" in proc.stderr and "3 unchanged" in proc.stderr
