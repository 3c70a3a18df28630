"""Inputs of the Spark job: which files, in which order, and how one file becomes records.

Plain Python (no pyspark): the driver lists the files, each Spark task
reads one file. Listing follows ``sagt ingest`` (inputs in the order given, a
folder's files sorted, hidden files skipped, globs sorted) so that every
record gets the same ordinal as in a single-machine ingest: ``(rank of the
file, number of the record in the file)``. The speaker registry and wire
groups depend on that order (see :mod:`sagt.spark.stages`).

Local files are read with the very readers ``sagt ingest`` uses
(:func:`sagt.ingest.warc.read_warc`, :func:`sagt.readers.read_source`);
remote ones (``s3://``, ``hdfs://``, ``gs://``, anything
:mod:`pyarrow.fs` opens) are copied to the task's local disk first, so a
WARC is streamed record by record and never held in memory whole.
"""

from __future__ import annotations

import datetime as _dt
import glob
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMATS = ("auto", "warc", "jsonl", "parquet")
_GLOB = re.compile(r"[*?\[]")
_REMOTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


@dataclass(frozen=True)
class InputFile:
    rank: int  # position in the expanded input list: the first part of every record's ordinal
    path: str  # as the user gave it (local), or a URI
    fmt: str  # warc, jsonl or parquet


class InputError(Exception):
    """An input names nothing readable (no such file, no match, unknown format)."""


def format_of(name: str) -> str | None:
    low = name.lower()
    if low.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    if low.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz")):
        return "jsonl"
    if low.endswith(".parquet"):
        return "parquet"
    return None


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)  # as sagt ingest


def _remote_files(uri: str) -> list[str]:
    from pyarrow import fs as pafs

    filesystem, root = pafs.FileSystem.from_uri(uri)
    info = filesystem.get_file_info(root)
    scheme = uri.split("://", 1)[0]
    if info.type == pafs.FileType.File:
        return [uri]
    if info.type != pafs.FileType.Directory:
        raise InputError(f"{uri}: no such file or folder")
    sel = pafs.FileSelector(root, recursive=True)
    out = []
    for f in filesystem.get_file_info(sel):
        rel = Path(f.path[len(root):].lstrip("/"))
        if f.type == pafs.FileType.File and not _hidden(rel):
            out.append(f"{scheme}://{f.path}")
    return sorted(out)


def list_inputs(specs: list[str], fmt: str = "auto") -> tuple[list[InputFile], list[tuple[str, str]]]:
    """The files to read, in ingest order, and ``(input, reason)`` for inputs or files skipped."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    files: list[str] = []
    skipped: list[tuple[str, str]] = []
    for spec in specs:
        if _REMOTE.match(spec) and not spec.startswith("file://"):
            try:
                files.extend(_remote_files(spec))
            except (InputError, OSError) as exc:
                skipped.append((spec, str(exc)))
            continue
        spec = spec.removeprefix("file://")
        path = Path(spec)
        if path.is_dir():
            files.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and not _hidden(p.relative_to(path)))
        elif path.is_file():
            files.append(spec)
        elif _GLOB.search(spec):
            matches = [m for m in sorted(Path(m) for m in glob.glob(spec, recursive=True)) if m.is_file()]
            if not matches:
                skipped.append((spec, "no files match this pattern"))
            files.extend(str(m) for m in matches)
        else:
            skipped.append((spec, "no such file or folder"))
    out: list[InputFile] = []
    for f in files:
        kind = format_of(f) if fmt == "auto" else fmt
        if kind is None:
            skipped.append((f, "not WARC, JSON Lines or Parquet (by its name); pass --format to force one"))
            continue
        out.append(InputFile(len(out), f, kind))
    return out, skipped


# -- reading one file (inside a Spark task) ------------------------------------------

#: What a file yields: ``(rank, recno, item)``; ``item`` is one of
#: ``("html", html_bytes, id, url, origin)`` (parsed later, in the extraction stage),
#: ``("article", Article)`` or ``("error", source, reason, line)``.
Record = tuple[int, int, tuple[Any, ...]]


def _local_copy(uri: str, tmpdir: str) -> str:
    from pyarrow import fs as pafs

    filesystem, path = pafs.FileSystem.from_uri(uri)
    local = os.path.join(tmpdir, os.path.basename(path) or "input")
    with filesystem.open_input_stream(path) as src, open(local, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    return local


def read_input(f: InputFile, lang: str = "sv") -> Iterator[Record]:
    """Every record of one input file, numbered from 1 in file order."""
    remote = bool(_REMOTE.match(f.path)) and not f.path.startswith("file://")
    if not remote:
        yield from _read_local(f, f.path, f.path, lang)
        return
    tmpdir = tempfile.mkdtemp(prefix="sagt-spark-")
    try:
        local = _local_copy(f.path, tmpdir)
        yield from _read_local(f, local, f.path, lang)
    except OSError as exc:
        yield f.rank, 0, ("error", f.path, f"cannot read: {exc}", None)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def _fix(text: str | None, local: str, shown: str) -> str | None:
    return text.replace(local, shown, 1) if text and local != shown else text


def _read_local(f: InputFile, local: str, shown: str, lang: str) -> Iterator[Record]:
    from sagt.errors import ReadError

    n = 0
    if f.fmt == "warc":
        from sagt.ingest.warc import read_warc

        for item in read_warc(f.rank, Path(local)):
            n += 1
            if isinstance(item, ReadError):
                yield f.rank, n, ("error", _fix(item.source, local, shown), item.reason, item.line)
            else:
                yield f.rank, n, ("html", item.html, _fix(item.id, local, shown), item.url, _fix(item.origin, local, shown))
    elif f.fmt == "jsonl":
        from sagt.readers import read_source

        kind = "json" if shown.lower().endswith((".json", ".json.gz")) else "jsonl"
        for rec in read_source(local, lang=lang, kind=kind):
            n += 1
            if isinstance(rec, ReadError):
                yield f.rank, n, ("error", _fix(rec.source, local, shown), rec.reason, rec.line)
            else:
                rec.source = _fix(rec.source, local, shown)
                yield f.rank, n, ("article", rec)
    elif f.fmt == "parquet":
        yield from _read_parquet(f, local, shown, lang)
    else:
        yield f.rank, 0, ("error", shown, f"unknown format {f.fmt!r}", None)


def _plain(v: Any) -> Any:
    if isinstance(v, (_dt.datetime, _dt.date)):
        return v.isoformat()
    return v


def _read_parquet(f: InputFile, local: str, shown: str, lang: str) -> Iterator[Record]:
    """Parquet with the JSON Lines columns (``id``, ``text``, optional ``title``, ``url``, ``published``...).

    An ``articles.parquet`` of a sagt export has these columns too; its
    statements are not read, the articles are extracted afresh.
    """
    import pyarrow.parquet as pq

    from sagt.errors import ReadError
    from sagt.readers import article_from_record

    try:
        pf = pq.ParquetFile(local)
    except Exception as exc:  # pyarrow raises many types for damaged files
        yield f.rank, 0, ("error", shown, f"not a readable Parquet file: {exc}", None)
        return
    n = 0
    for batch in pf.iter_batches(batch_size=1000):
        for rec in batch.to_pylist():
            n += 1
            rec = {k: _plain(v) for k, v in rec.items()}
            try:
                yield f.rank, n, ("article", article_from_record(rec, source=shown, line=n, default_lang=lang))
            except ReadError as err:
                yield f.rank, n, ("error", err.source, err.reason, err.line)
