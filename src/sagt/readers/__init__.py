"""Readers: turn files, records and pages into :class:`~sagt.model.Article`.

One entry point, :func:`read_source`, takes a path (or ``-`` for standard
input) and yields articles, or :class:`~sagt.errors.ReadError` for records
that cannot be read, so that one bad record never stops the others. The
format comes from the file name, else from the content.

* plain text: the first non-empty line is the title; offsets index the text
  exactly as given;
* HTML: main text and metadata through trafilatura and htmldate; the
  article's text is the title, a blank line and the extracted body, and
  offsets index that text;
* JSON / JSON Lines: records with ``id`` and ``text`` and optional
  ``title``, ``url``, ``published``, ``updated``, ``lang``, ``byline``,
  ``outlet``, ``tags``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sagt.errors import ReadError
from sagt.model import SCHEMA_VERSION, Article, Statement
from sagt.readers.html import looks_like_html, read_html

MAX_CHARS = 5_000_000  # one article; larger inputs are refused with a clear message

__all__ = ["MAX_CHARS", "article_from_record", "article_from_string", "article_from_text", "read_html", "read_source"]


def article_from_text(text: str, *, id: str, url: str | None = None, lang: str = "sv",
                      source: str | None = None, **meta: Any) -> Article:
    """A plain-text article: the first non-empty line is its title."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Article(id=id, text=text, title=meta.pop("title", None) or title, url=url, lang=lang, source=source, **meta)


def article_from_string(data: str, *, id: str, url: str | None = None, lang: str = "sv",
                        source: str | None = None) -> Article:
    """Plain text or HTML, told apart by content."""
    if looks_like_html(data):
        return read_html(data, id=id, url=url, lang=lang, source=source)
    return article_from_text(data, id=id, url=url, lang=lang, source=source)


_RECORD_FIELDS = ("title", "url", "published", "updated", "byline", "outlet")


def article_from_record(rec: Any, *, source: str, line: int | None, default_lang: str = "sv") -> Article:
    """A JSON record -> Article, or ReadError naming what is wrong with it."""
    if not isinstance(rec, dict):
        raise ReadError(source, f"expected a JSON object, got {type(rec).__name__}", line)
    if "text" not in rec and "html" not in rec:
        raise ReadError(source, "record has no 'text' (or 'html') field", line)
    rid = rec.get("id")
    if rid is None:
        rid = f"{Path(source).stem}:{line}" if line is not None else Path(source).stem
    lang = rec.get("lang") or default_lang
    if "text" in rec:
        text = rec["text"]
        if not isinstance(text, str):
            raise ReadError(source, f"'text' must be a string, got {type(text).__name__}", line)
        _check_size(text, source, line)
        meta = {k: rec[k] for k in _RECORD_FIELDS if isinstance(rec.get(k), str)}
        if isinstance(rec.get("tags"), list):
            meta["tags"] = [str(t) for t in rec["tags"]]
        title = meta.pop("title", None)
        url = meta.pop("url", None)
        art = article_from_text(text, id=str(rid), url=url, lang=lang, source=source, **meta)
        if title:
            art.title = title
        if rec.get("schema") == SCHEMA_VERSION and isinstance(rec.get("statements"), list):
            # sagt's own output: keep its statements (``sagt ingest`` stores them as they are)
            try:
                art.statements = [Statement.from_dict(st) for st in rec["statements"]]
            except (KeyError, TypeError, ValueError) as exc:
                raise ReadError(source, f"malformed statement in a {SCHEMA_VERSION} record: {exc}", line) from None
        return art
    html = rec["html"]
    _check_size(html, source, line)
    return read_html(html, id=str(rid), url=rec.get("url"), lang=lang, source=source)


def _check_size(text: str, source: str, line: int | None) -> None:
    if len(text) > MAX_CHARS:
        raise ReadError(source, f"article too large ({len(text) / 1e6:.1f} M characters, limit {MAX_CHARS / 1e6:.0f} M); split it", line)


def _decode(data: bytes, source: str, line: int | None, encoding: str) -> str:
    if b"\x00" in data[:4096]:
        raise ReadError(source, "binary data, not text (NUL bytes)", line)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        # name the line of the bad byte for whole files
        where = line if line is not None else data.count(b"\n", 0, exc.start) + 1
        raise ReadError(source, f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                        "re-encode the file or pass --encoding", where) from None


def _sniff_kind(path: str, head: bytes) -> str:
    low = path.lower()
    for ext, kind in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".html", "html"),
                      (".htm", "html"), (".txt", "text")):
        if low.endswith(ext) or low.endswith(ext + ".gz"):
            return kind
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"["):
        return "json"
    if looks_like_html(stripped[:2000].decode("utf-8", "replace")):
        return "html"
    return "text"


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    if path.endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def read_source(source: str | Path, *, lang: str = "sv", encoding: str = "utf-8",
                kind: str | None = None) -> Iterator[Article | ReadError]:
    """Articles (or errors) from a file path or ``-`` (standard input)."""
    path = str(source)
    name = "<stdin>" if path == "-" else path
    try:
        fh = _open_binary(path)
    except OSError as exc:
        yield ReadError(name, f"cannot open: {exc.strerror or exc}")
        return
    try:
        head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
        kind = kind or _sniff_kind(path, head)
        if kind == "jsonl":
            yield from _read_jsonl(fh, name, lang, encoding)
            return
        data = fh.read()
    except OSError as exc:
        yield ReadError(name, f"cannot read: {exc}")
        return
    finally:
        if path != "-":
            fh.close()
    if not data.strip():
        yield ReadError(name, "empty input")
        return
    stem = Path(path).name if path != "-" else "stdin"
    for suffix in (".gz", ".txt", ".html", ".htm", ".json"):
        stem = stem.removesuffix(suffix)
    try:
        if kind == "html":
            if b"\x00" in data[:4096]:
                raise ReadError(name, "binary data, not HTML (NUL bytes)")
            if len(data) > MAX_CHARS * 4:
                raise ReadError(name, f"page too large ({len(data) / 1e6:.1f} MB)")
            yield read_html(data, id=stem, lang=lang, source=name)
        elif kind == "json":
            text = _decode(data, name, None, encoding)
            try:
                recs = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ReadError(name, f"malformed JSON: {exc.msg}", exc.lineno) from None
            recs = recs if isinstance(recs, list) else [recs]
            for k, rec in enumerate(recs, 1):
                try:
                    yield article_from_record(rec, source=name, line=None, default_lang=lang)
                except ReadError as err:
                    err.reason = f"record {k}: {err.reason}"
                    yield err
        else:
            text = _decode(data, name, None, encoding)
            _check_size(text, name, None)
            if sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f") > 20:
                raise ReadError(name, "binary data, not text (control characters)")
            yield article_from_text(text, id=stem, lang=lang, source=name)
    except ReadError as err:
        yield err


def _read_jsonl(fh: IO[bytes], name: str, lang: str, encoding: str) -> Iterator[Article | ReadError]:
    seen_any = False
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        seen_any = True
        try:
            line = _decode(raw, name, lineno, encoding)
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReadError(name, f"malformed JSON: {exc.msg} (column {exc.colno})", lineno) from None
            yield article_from_record(rec, source=name, line=lineno, default_lang=lang)
        except ReadError as err:
            yield err
    if not seen_any:
        yield ReadError(name, "empty input")
