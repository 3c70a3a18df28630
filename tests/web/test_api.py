"""The JSON API and the server's limits, through FastAPI's TestClient (no browser)."""

from __future__ import annotations

import csv
import io

import pytest

from sagt.web.demo import SEED


def test_search_filters_and_pagination(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/api/search", params={"q": "beslut*", "limit": 5})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] > 5 and len(body["hits"]) == 5
    page2 = client.get("/api/search", params={"q": "beslut*", "limit": 5, "offset": 5}).json()
    assert {h["id"] for h in body["hits"]}.isdisjoint({h["id"] for h in page2["hits"]})
    every = client.get("/api/search", params={"q": "beslut*", "limit": 100}).json()
    assert len(every["hits"]) == body["total"]
    for h in every["hits"]:
        assert "beslut" in h["content"]["text"].lower()
        assert h["article"]["db_id"]

    fem = client.get("/api/search", params={"gender": "female", "limit": 100}).json()
    assert fem["total"] > 0 and all(h["speaker_entity"]["gender"] == "female" for h in fem["hits"])
    dn = client.get("/api/search", params={"outlet": "dn.se", "kind": "direct", "limit": 100}).json()
    assert dn["total"] > 0 and all(h["article"]["outlet"] == "dn.se" and h["kind"] == "direct" for h in dn["hits"])
    dated = client.get("/api/search", params={"since": "2024-02-01", "until": "2024-02-29", "limit": 100}).json()
    assert dated["total"] > 0 and all("2024-02-01" <= h["article"]["published"][:10] <= "2024-02-29" for h in dated["hits"])
    orgs = client.get("/api/search", params={"speaker_type": "organization", "limit": 100}).json()
    assert orgs["total"] > 0 and all(h["speaker_entity"]["type"] == "organization" for h in orgs["hits"])
    putin = client.get("/api/search", params={"speaker": "Vladimir Putin", "limit": 100}).json()
    assert putin["total"] == 7 and {h["speaker"]["name"] for h in putin["hits"]} == {"Vladimir Putin"}


def test_search_rejects_bad_parameters(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/search", params={"since": "yesterday"}).status_code == 422
    assert client.get("/api/search", params={"kind": "shouted"}).status_code == 422
    assert client.get("/api/search", params={"limit": 0}).status_code == 422
    assert client.get("/api/search", params={"limit": 1000}).status_code == 422
    assert client.get("/api/search", params={"offset": -1}).status_code == 422
    # SQL and FTS syntax in the query are just words
    for q in ["'; DROP TABLE statements; --", 'NEAR("a" "b")', "*", '"', "a OR", "-x"]:
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200, q
    assert client.get("/api/stats/totals").json()["statements"] > 0


def test_article_speaker_outlet_topic(client, web_db) -> None:  # type: ignore[no-untyped-def]
    _db, ids = web_db
    art = client.get(f"/api/articles/{ids['svt-putin-scholz']}").json()
    assert art["title"].startswith("Putin") and len(art["statements"]) >= 14
    assert client.get("/api/articles/svt-putin-scholz").json()["db_id"] == art["db_id"]
    assert client.get("/api/articles/999999").status_code == 404

    speakers = client.get("/api/speakers", params={"limit": 3}).json()["speakers"]
    assert len(speakers) == 3 and speakers[0]["n_statements"] >= speakers[-1]["n_statements"]
    sid = next(s["id"] for s in client.get("/api/speakers", params={"q": "Scholz"}).json()["speakers"])
    sp = client.get(f"/api/speakers/{sid}").json()
    assert sp["name"] == "Olaf Scholz" and sp["gender"] == "male"
    assert any(c["name"] == "Vladimir Putin" for c in sp["cooccurring"])
    assert sp["gender_evidence"] and sp["timeline"] and sp["outlets"][0]["outlet"] == "svt.se"
    st = client.get(f"/api/speakers/{sid}/statements", params={"limit": 2}).json()
    assert st["total"] == 7 and len(st["hits"]) == 2

    outlets = {o["outlet"]: o for o in client.get("/api/outlets").json()}
    assert {"dn.se", "svd.se", "gp.se", "svt.se"} <= set(outlets)
    one = client.get("/api/outlets/dn.se").json()
    assert one["stats"]["articles"] == outlets["dn.se"]["articles"] and one["articles"]
    assert client.get("/api/outlets/nosuch.example").status_code == 404

    tags = {t["tag"]: t["articles"] for t in client.get("/api/topics").json()}
    assert tags["Klimat"] >= 2
    klimat = client.get("/api/topics/Klimat").json()
    assert klimat["total"] == tags["Klimat"] and all("Klimat" in a["tags"] for a in klimat["articles"])
    # LIKE wildcards in a tag are literal
    assert client.get("/api/topics/%25").json()["total"] == 0
    assert client.get("/api/articles", params={"tag": "Skola", "outlet": "dn.se"}).json()["total"] >= 1


def test_shares_json_and_csv(client) -> None:  # type: ignore[no-untyped-def]
    g = client.get("/api/stats/shares", params={"by": "gender"}).json()
    assert abs(sum(r["share"] for r in g["rows"]) - 1) < 0.01
    by2 = client.get("/api/stats/shares", params=[("by", "outlet"), ("by", "gender")]).json()
    assert by2["by"] == ["outlet", "gender"]
    per_outlet: dict[str, float] = {}
    for r in by2["rows"]:
        per_outlet[r["outlet"]] = per_outlet.get(r["outlet"], 0) + r["share"]
    assert all(abs(v - 1) < 0.01 for v in per_outlet.values())
    sp = client.get("/api/stats/shares", params={"by": "gender", "measure": "speakers"}).json()
    assert sum(r["n"] for r in sp["rows"]) < sum(r["n"] for r in g["rows"])
    r = client.get("/api/stats/shares", params={"by": "month", "outlet": "dn.se", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert rows and set(rows[0]) == {"month", "n", "share"}
    assert client.get("/api/stats/shares", params={"by": "colour"}).status_code == 422
    for name in ("gender-statements", "top-speakers", "month-gender", "outlet-gender", "role-speakers"):
        assert client.get(f"/api/stats/charts/{name}").json()["rows"], name
        assert client.get(f"/dashboard/{name}.csv").status_code == 200


def test_extract_endpoint(client) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    r = client.post("/api/extract", json={"text": text})
    assert r.status_code == 200
    got = r.json()
    assert len(got["statements"]) >= 14
    assert {s["speaker"]["name"] for s in got["statements"]} >= {"Vladimir Putin", "Olaf Scholz"}
    raw = client.post("/api/extract", content=text.encode(), headers={"content-type": "text/plain; charset=utf-8"})
    assert raw.json()["statements"] == got["statements"]
    assert client.post("/api/extract", json={"text": "  "}).status_code == 400
    assert client.post("/api/extract", content=b"\xff\xfe\x00", headers={"content-type": "text/plain"}).status_code == 400


def _fresh(**kw):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from sagt.web.app import create_app

    return TestClient(create_app(kw.pop("db"), **kw))


def test_paste_size_limit_413(web_db) -> None:  # type: ignore[no-untyped-def]
    c = _fresh(db=web_db[0])
    big = "– Det är sant, säger Anna Berg.\n\n" * 40_000  # > 1 MB
    assert len(big.encode()) > 1_000_000
    assert c.post("/api/extract", json={"text": big}).status_code == 413
    assert c.post("/api/extract", content=big.encode(), headers={"content-type": "text/plain"}).status_code == 413
    r = c.post("/paste", data={"text": big})
    assert r.status_code == 413 and "för stor" in r.text
    r = c.post("/paste", files={"file": ("big.txt", big.encode(), "text/plain")})
    assert r.status_code == 413


def test_paste_rate_limit_429(web_db) -> None:  # type: ignore[no-untyped-def]
    c = _fresh(db=web_db[0], extract_rate=3)
    text = "Rubrik\n\n– Vi är redo, säger Anna Berg.\n"
    assert [c.post("/api/extract", json={"text": text}).status_code for _ in range(3)] == [200, 200, 200]
    r = c.post("/api/extract", json={"text": text})
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    assert c.post("/paste", data={"text": text}).status_code == 429
    # other pages are not limited
    assert c.get("/").status_code == 200


def test_rate_limiter_window() -> None:
    from sagt.web.security import RateLimiter

    now = [0.0]
    rl = RateLimiter(2, 60.0, clock=lambda: now[0])
    assert rl.allow("a")[0] and rl.allow("a")[0] and not rl.allow("a")[0]
    assert rl.allow("b")[0]  # per client
    now[0] = 61.0
    assert rl.allow("a")[0]


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fstore%2fschema.py",
        "/static/....//app.py",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/static/..%5capp.py",
        "/static/templates/base.html",
        "/templates/base.html",
        "/app.py",
        "/etc/passwd",
        "/../../etc/passwd",
        "/articles/../../etc/passwd",
    ],
)
def test_no_path_traversal(client, path) -> None:  # type: ignore[no-untyped-def]
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert "def create_app" not in r.text and "root:" not in r.text and "{% extends" not in r.text


def test_static_files_served(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/static/app.js")
    assert r.status_code == 200 and "javascript" in r.headers["content-type"]
    assert client.get("/static/style.css").status_code == 200


def test_security_headers_and_pages(client, web_db) -> None:  # type: ignore[no-untyped-def]
    _db, ids = web_db
    for path in ["/", "/?q=krig&outlet=svt.se", f"/articles/{ids['svt-putin-scholz']}", "/speakers", "/speakers/1", "/outlets", "/outlets/dn.se",
                 "/topics", "/topics/Vård", "/dashboard", "/dashboard?gender=female&since=2024-01-01", "/paste", "/docs"]:
        r = client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "<script>" not in r.text and " onclick=" not in r.text and "style=" not in r.text, path
        assert "http://" not in r.text.replace("http://www.w3.org/2000/svg", "") or path.startswith("/articles")
    assert client.get("/openapi.json").json()["paths"]["/api/search"]
    assert client.get("/speakers/999999").status_code == 404
    assert client.get("/?since=notadate").status_code == 422


def test_xss_escaped_in_html(client, web_db) -> None:  # type: ignore[no-untyped-def]
    _db, ids = web_db
    sid = client.get("/api/speakers", params={"q": "Malin Strand"}).json()["speakers"][0]["id"]
    for path in [f"/articles/{ids['xss-test']}", "/?q=citatet", f"/speakers/{sid}", "/outlets/evil.example", "/?q=" + "<script>"]:
        html = client.get(path).text
        assert "<script>window" not in html and "<img src=x" not in html, path
        assert '" onmouseover="' not in html, path
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in client.get(f"/articles/{ids['xss-test']}").text


def test_highlight_escapes_every_piece() -> None:
    from sagt.web.render import highlight

    text = 'a <b>"x" & y</b> z'
    sts = [{"kind": "direct", "content": {"start": 2, "end": 17, "text": text[2:17]}, "cue": None, "speaker_mention": None,
            "speaker": {"name": '"><img src=x onerror=alert(1)>'}, "via": ['"><svg onload=alert(1)>']}]
    html = str(highlight(text, sts))
    assert "<b>" not in html and "<img" not in html and "<svg" not in html
    assert "&lt;b&gt;&#34;x&#34; &amp; y&lt;/b&gt;" in html


def test_cli_serve_registered() -> None:
    from typer.testing import CliRunner

    from sagt.cli import app

    r = CliRunner().invoke(app, ["serve", "--help"])
    assert r.exit_code == 0 and "--port" in r.output and "127.0.0.1" in r.output
    r = CliRunner().invoke(app, ["serve", "--db", "/nonexistent/dir/x.db"])
    assert r.exit_code == 1
