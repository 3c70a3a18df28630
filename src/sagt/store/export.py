"""Export the store as JSON Lines, CSV or Parquet, in the columns of :mod:`sagt.store.export_schema`.

Rows are streamed in chunks (a server-side cursor on PostgreSQL), so an
export of millions of statements runs in constant memory. ``what="all"``
writes a folder with ``articles``, ``statements`` and ``speakers`` files,
which ``sagt ingest FOLDER`` reads back (Parquet).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Connection, func, select

from sagt.model import SCHEMA_VERSION
from sagt.store.export_schema import LIST_COLUMNS, SCHEMAS
from sagt.store.schema import articles, speaker_aliases, speakers, statements

WHATS = ("articles", "statements", "speakers")
FORMATS = ("jsonl", "csv", "parquet")
CHUNK = 5000


def _article_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    q = select(articles).order_by(articles.c.id).execution_options(yield_per=CHUNK)
    for r in conn.execute(q):
        yield {
            "schema": SCHEMA_VERSION,
            "id": r.ext_id,
            "url": r.url,
            "outlet": r.outlet,
            "title": r.title,
            "byline": r.byline,
            "published": r.published,
            "updated": r.updated,
            "lang": r.lang,
            "source": r.source,
            "tags": json.loads(r.tags or "[]"),
            "text": r.text,
            "key": r.key,
            "content_hash": r.content_hash,
            "version": r.version,
            "agency": r.agency,
            "wire_group": r.wire_group_id,
        }


def _statement_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    q = (
        select(statements, articles.c.ext_id)
        .join(articles, articles.c.id == statements.c.article_id)
        .order_by(statements.c.article_id, statements.c.seq)
        .execution_options(yield_per=CHUNK)
    )
    for r in conn.execute(q):
        yield {
            "article_id": r.ext_id,
            "seq": r.seq,
            "kind": r.kind,
            "content_start": r.content_start,
            "content_end": r.content_end,
            "content": r.content,
            "cue_start": r.cue_start,
            "cue_end": r.cue_end,
            "cue": r.cue,
            "mention_start": r.mention_start,
            "mention_end": r.mention_end,
            "mention": r.mention,
            "speaker_name": r.speaker_name,
            "speaker_type": r.speaker_type,
            "speaker_role": r.speaker_role,
            "speaker_gender": r.speaker_gender,
            "speaker_gender_source": r.speaker_gender_source,
            "speaker_organization": r.speaker_org,
            "via": json.loads(r.via or "[]"),
            "confidence": r.confidence,
            "outlet": r.outlet,
            "published_date": r.published_date,
            "speaker_id": r.speaker_id,
            "wire_group": r.wire_group_id,
            "cluster_id": r.cluster_id,
            "is_primary": bool(r.is_primary),
        }


def _speaker_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    n = select(func.count()).where(statements.c.speaker_id == speakers.c.id, statements.c.is_primary == 1).correlate(speakers).scalar_subquery()
    q = select(speakers, n.label("n")).where(speakers.c.merged_into.is_(None)).order_by(speakers.c.id)
    rows = conn.execute(q).all()
    aliases: dict[int, list[str]] = {}
    for a in conn.execute(select(speaker_aliases.c.speaker_id, speaker_aliases.c.alias).order_by(speaker_aliases.c.id)):
        aliases.setdefault(int(a.speaker_id), []).append(a.alias)
    for r in rows:
        yield {
            "speaker_id": r.id,
            "name": r.name,
            "type": r.type,
            "gender": r.gender,
            "gender_source": r.gender_source,
            "role": r.role,
            "organization": r.organization,
            "aliases": aliases.get(int(r.id), []),
            "n_statements": int(r.n or 0),
        }


ROWS = {"articles": _article_rows, "statements": _statement_rows, "speakers": _speaker_rows}


def export(conn: Connection, what: str, fmt: str, out: Path) -> dict[str, int]:
    """Write ``what`` (articles, statements, speakers or all) as ``fmt`` to ``out``; return row counts."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if what == "all":
        out.mkdir(parents=True, exist_ok=True)
        return {w: export(conn, w, fmt, out / f"{w}.{fmt}")[w] for w in WHATS}
    if what not in WHATS:
        raise ValueError(f"what must be one of {', '.join(WHATS)} or all")
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = ROWS[what](conn)
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt]
    return {what: writer(rows, SCHEMAS[what], out)}


def _write_jsonl(rows: Iterator[dict[str, Any]], schema: pa.Schema, out: Path) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_csv(rows: Iterator[dict[str, Any]], schema: pa.Schema, out: Path) -> int:
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=schema.names)
        w.writeheader()
        for r in rows:
            w.writerow({k: json.dumps(v, ensure_ascii=False) if k in LIST_COLUMNS else v for k, v in r.items()})
            n += 1
    return n


def _write_parquet(rows: Iterator[dict[str, Any]], schema: pa.Schema, out: Path) -> int:
    n = 0
    with pq.ParquetWriter(str(out), schema, compression="zstd") as w:
        chunk: list[dict[str, Any]] = []
        for r in rows:
            chunk.append(r)
            if len(chunk) >= CHUNK:
                w.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            w.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n
