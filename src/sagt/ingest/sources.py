"""Turn what the user names on the command line into a stream of work items.

An input is ``-`` (stdin), a file, a folder (walked recursively), a glob
(``news/**/*.html``), a WARC file (``.warc``/``.warc.gz``), an RSS/Atom feed
or sitemap (a file or a URL), a web page URL, or a Parquet export folder
(``articles.parquet`` + ``statements.parquet``, as ``sagt export`` and the
Spark job write). Each yields :class:`Work` items, or
:class:`~sagt.errors.ReadError` for what cannot be read, never raising for
one bad input. HTML stays raw here: parsing it (trafilatura) is CPU work
and happens in the worker processes.
"""

from __future__ import annotations

import glob
import gzip
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sagt.errors import ReadError
from sagt.ingest.fetch import Fetcher, FetchError
from sagt.model import Article

PARQUET_TABLES = ("articles.parquet", "statements.parquet")
_GLOB = re.compile(r"[*?\[]")
_FEED_HINT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_SITEMAP_HINT = re.compile(rb"<(urlset|sitemapindex)[\s>]", re.I)


@dataclass
class Work:
    """One article to process: already read (``article``) or raw HTML to parse."""

    input: int  # index of the command-line input it came from
    origin: str  # file, URL or record it came from, for messages
    article: Article | None = None
    html: bytes | None = None
    id: str | None = None
    url: str | None = None
    extract: bool = True  # False when the input carries its statements (exports)
    key: str | None = None  # identity when the article has no URL (see file_key)


_RECORD_FILES = (".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz", ".ndjson.gz")


def file_key(path: Path | str) -> str:
    """Identity of an article that is a whole file: its absolute path.

    A file's article id is its name, which repeats across folders
    (``2024/a.txt``, ``2025/a.txt``) and extensions; JSON records carry their
    own ids and keep them.
    """
    return "file:" + str(Path(path).resolve())


Item = Work | ReadError


def expand(inputs: list[str], *, lang: str = "sv", fetcher: Fetcher | None = None) -> Iterator[tuple[int, Item]]:
    """Work items and read errors for every input, in order, tagged with the input's index."""
    for i, spec in enumerate(inputs):
        for item in _expand_one(i, spec, lang=lang, fetcher=fetcher):
            yield i, item


def _expand_one(i: int, spec: str, *, lang: str, fetcher: Fetcher | None) -> Iterator[Item]:
    if spec == "-":
        yield from _from_reader(i, "-", lang)
        return
    if spec.startswith(("http://", "https://")):
        yield from _from_url(i, spec, lang=lang, fetcher=fetcher or Fetcher())
        return
    path = Path(spec)
    if path.is_dir():
        if _is_parquet_export(path):
            yield from _from_parquet(i, path)
            return
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
        # A Parquet export nested in the folder is read as one input, not file by file.
        exports = sorted({p.parent.parent for p in files if p.parent.name in PARQUET_TABLES and _is_parquet_export(p.parent.parent)})
        exports += sorted({p.parent for p in files if p.name in PARQUET_TABLES and _is_parquet_export(p.parent)})
        for e in exports:
            yield from _from_parquet(i, e)
        for f in files:
            if any(e in f.parents for e in exports):
                continue
            yield from _from_file(i, f, lang=lang, fetcher=fetcher)
        return
    if path.is_file():
        yield from _from_file(i, path, lang=lang, fetcher=fetcher)
        return
    if _GLOB.search(spec):
        matches = sorted(Path(m) for m in glob.glob(spec, recursive=True))
        files = [m for m in matches if m.is_file()]
        if not files:
            yield ReadError(spec, "no files match this pattern")
        for f in files:
            yield from _from_file(i, f, lang=lang, fetcher=fetcher)
        return
    yield ReadError(spec, "no such file or folder")


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _is_parquet_export(path: Path) -> bool:
    return path.is_dir() and all((path / t).exists() for t in PARQUET_TABLES)


def _head(path: Path, n: int = 4096) -> bytes:
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:  # type: ignore[operator]
            return fh.read(n)
    except OSError:
        return b""


def _from_file(i: int, path: Path, *, lang: str, fetcher: Fetcher | None) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        from sagt.ingest.warc import read_warc

        yield from read_warc(i, path)
        return
    if name.endswith(".parquet"):
        yield ReadError(str(path), "a lone Parquet file: pass the export folder holding articles.parquet and statements.parquet")
        return
    if name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
        try:
            data = gzip.open(path, "rb").read() if name.endswith(".gz") else path.read_bytes()
        except OSError as exc:
            yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
            return
        if not data.strip():
            yield ReadError(str(path), "empty input")
            return
        stem = path.name
        for suffix in (".gz", ".html", ".htm"):
            stem = stem.removesuffix(suffix)
        yield Work(i, str(path), html=data, id=stem, key=file_key(path))
        return
    if name.endswith((".xml", ".rss", ".atom", ".xml.gz")):
        head = _head(path)
        if _FEED_HINT.search(head) or _SITEMAP_HINT.search(head):
            data = gzip.open(path, "rb").read() if name.endswith(".gz") else path.read_bytes()
            yield from _from_listing(i, str(path), data, fetcher=fetcher or Fetcher())
            return
    yield from _from_reader(i, str(path), lang)


def _from_reader(i: int, source: str, lang: str) -> Iterator[Item]:
    import hashlib

    from sagt.readers import read_source

    whole_file = source != "-" and not source.lower().endswith(_RECORD_FILES)
    for rec in read_source(source, lang=lang):
        if isinstance(rec, ReadError):
            yield rec
            continue
        key = None
        if whole_file:
            key = file_key(source)
        elif source == "-" and rec.id == "stdin":  # plain text on stdin: identified by its content
            key = "stdin:" + hashlib.sha256(rec.text.encode("utf-8")).hexdigest()[:24]
        yield Work(i, rec.source or source, article=rec, key=key)


def _from_url(i: int, url: str, *, lang: str, fetcher: Fetcher) -> Iterator[Item]:
    try:
        page = fetcher.get(url)
    except FetchError as exc:
        yield ReadError(url, str(exc))
        return
    head = page.content[:4096]
    if _FEED_HINT.search(head) or _SITEMAP_HINT.search(head):
        yield from _from_listing(i, url, page.content, fetcher=fetcher)
        return
    yield Work(i, url, html=page.content, id=page.url, url=page.url)


def _from_listing(i: int, origin: str, data: bytes, *, fetcher: Fetcher, depth: int = 0) -> Iterator[Item]:
    """A feed or sitemap: fetch every page it links to (sitemap indexes recursively)."""
    if _SITEMAP_HINT.search(data[:4096]):
        try:
            kind, locs = parse_sitemap(data)
        except ET.ParseError as exc:
            yield ReadError(origin, f"malformed sitemap XML: {exc}")
            return
        if kind == "index":
            for loc in locs:
                if depth >= 3:
                    yield ReadError(loc, "sitemap index nested too deep")
                    continue
                try:
                    page = fetcher.get(loc)
                except FetchError as exc:
                    yield ReadError(loc, str(exc))
                    continue
                body = gzip.decompress(page.content) if page.content[:2] == b"\x1f\x8b" else page.content
                yield from _from_listing(i, loc, body, fetcher=fetcher, depth=depth + 1)
            return
        links = locs
    else:
        links = parse_feed(data)
        if links is None:
            yield ReadError(origin, "malformed feed: not RSS or Atom")
            return
    for link in links:
        try:
            page = fetcher.get(link)
        except FetchError as exc:
            yield ReadError(link, str(exc))
            continue
        yield Work(i, link, html=page.content, id=page.url, url=page.url)


def parse_feed(data: bytes) -> list[str] | None:
    """Entry links of an RSS or Atom feed; ``None`` if it is not a feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        return None
    return [e.link for e in parsed.entries if getattr(e, "link", None)]


def parse_sitemap(data: bytes) -> tuple[str, list[str]]:
    """(``"index"`` or ``"urlset"``, the ``<loc>`` URLs) of a sitemap."""
    root = ET.fromstring(data)
    kind = "index" if root.tag.endswith("sitemapindex") else "urlset"
    locs = [el.text.strip() for el in root.iter() if el.tag.endswith("loc") and el.text and el.text.strip()]
    if kind == "urlset":
        # news/image extensions nest their own <loc>s; keep only the pages
        locs = [
            (u.find("{*}loc").text or "").strip()  # type: ignore[union-attr]
            for u in root
            if u.tag.endswith("url") and u.find("{*}loc") is not None
        ]
    return kind, [u for u in locs if u]


def _from_parquet(i: int, folder: Path, batch_rows: int = 2000) -> Iterator[Item]:
    from sagt.ingest.parquet import read_export

    try:
        for article in read_export(folder, batch_rows=batch_rows):
            yield Work(i, f"{folder}#{article.id}", article=article, extract=False)
    except Exception as exc:  # pyarrow raises many types for damaged files
        yield ReadError(str(folder), f"cannot read Parquet export: {exc}")
