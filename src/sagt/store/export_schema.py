"""The export column schema: one definition for ``sagt export``, the Spark job and ``sagt ingest``.

Three tables, each a Parquet dataset (a file or a directory of part files):
``articles.parquet``, ``statements.parquet``, ``speakers.parquet``. JSON
Lines and CSV exports use the same column names (CSV writes list columns
as JSON arrays).

Columns marked *store* are filled by the statement store (registry ids,
wire groups, clusters); a producer that has no store (the Spark batch job)
leaves them null, and ``sagt ingest`` recomputes them when it loads the
export. Everything else is the :class:`sagt.model.Article` data, flattened.
Statements join articles on ``article_id`` (= ``Article.id``).

Use :func:`article_rows` to turn an Article into rows (the Spark job does
this per partition) and :func:`articles_from_tables` to turn rows back into
Articles (``sagt ingest`` does this), so both directions stay in step.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pyarrow as pa

from sagt.model import SCHEMA_VERSION, Article, Span, Speaker, Statement

EXPORT_VERSION = "sagt-export/1"

ARTICLES = pa.schema(
    [
        pa.field("schema", pa.string(), nullable=False),  # SCHEMA_VERSION of the data model
        pa.field("id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("outlet", pa.string()),
        pa.field("title", pa.string()),
        pa.field("byline", pa.string()),
        pa.field("published", pa.string()),  # ISO 8601 as given by the source
        pa.field("updated", pa.string()),
        pa.field("lang", pa.string(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("tags", pa.list_(pa.string())),
        pa.field("text", pa.string(), nullable=False),
        pa.field("key", pa.string()),  # store: identity across runs (normalised URL or id)
        pa.field("content_hash", pa.string()),  # store
        pa.field("version", pa.int32()),  # store
        pa.field("agency", pa.string()),  # store: detected news agency
        pa.field("wire_group", pa.int64()),  # store
    ],
    metadata={"sagt_export": EXPORT_VERSION, "table": "articles"},
)

STATEMENTS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("seq", pa.int32(), nullable=False),  # order within the article
        pa.field("kind", pa.string(), nullable=False),
        pa.field("content_start", pa.int32(), nullable=False),
        pa.field("content_end", pa.int32(), nullable=False),
        pa.field("content", pa.string(), nullable=False),
        pa.field("cue_start", pa.int32()),
        pa.field("cue_end", pa.int32()),
        pa.field("cue", pa.string()),
        pa.field("mention_start", pa.int32()),
        pa.field("mention_end", pa.int32()),
        pa.field("mention", pa.string()),
        pa.field("speaker_name", pa.string()),
        pa.field("speaker_type", pa.string()),
        pa.field("speaker_role", pa.string()),
        pa.field("speaker_gender", pa.string()),
        pa.field("speaker_gender_source", pa.string()),
        pa.field("speaker_organization", pa.string()),
        pa.field("via", pa.list_(pa.string())),
        pa.field("confidence", pa.float64()),
        pa.field("outlet", pa.string()),  # the article's outlet, repeated for convenience
        pa.field("published_date", pa.string()),  # YYYY-MM-DD of the article
        pa.field("speaker_id", pa.int64()),  # store: registry entity
        pa.field("wire_group", pa.int64()),  # store
        pa.field("cluster_id", pa.int64()),  # store: same id = same quote in wire copies
        pa.field("is_primary", pa.bool_()),  # store: counts in statistics
    ],
    metadata={"sagt_export": EXPORT_VERSION, "table": "statements"},
)

SPEAKERS = pa.schema(
    [
        pa.field("speaker_id", pa.int64(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("type", pa.string()),
        pa.field("gender", pa.string()),
        pa.field("gender_source", pa.string()),
        pa.field("role", pa.string()),
        pa.field("organization", pa.string()),
        pa.field("aliases", pa.list_(pa.string())),
        pa.field("n_statements", pa.int64()),
    ],
    metadata={"sagt_export": EXPORT_VERSION, "table": "speakers"},
)

SCHEMAS = {"articles": ARTICLES, "statements": STATEMENTS, "speakers": SPEAKERS}
LIST_COLUMNS = {"tags", "via", "aliases"}


def article_rows(article: Article) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One article row and its statement rows, store columns left null."""
    from sagt.store.keys import date_of, outlet_of

    outlet = outlet_of(article)
    row = {f.name: None for f in ARTICLES}
    row.update(
        schema=SCHEMA_VERSION,
        id=article.id,
        url=article.url,
        outlet=outlet,
        title=article.title,
        byline=article.byline,
        published=article.published,
        updated=article.updated,
        lang=article.lang or "sv",
        source=article.source,
        tags=list(article.tags),
        text=article.text,
    )
    day = date_of(article.published) or date_of(article.updated)
    sts = []
    for seq, s in enumerate(article.statements):
        r = {f.name: None for f in STATEMENTS}
        r.update(
            article_id=article.id,
            seq=seq,
            kind=s.kind,
            content_start=s.content.start,
            content_end=s.content.end,
            content=s.content.text,
            cue_start=s.cue.start if s.cue else None,
            cue_end=s.cue.end if s.cue else None,
            cue=s.cue.text if s.cue else None,
            mention_start=s.speaker_mention.start if s.speaker_mention else None,
            mention_end=s.speaker_mention.end if s.speaker_mention else None,
            mention=s.speaker_mention.text if s.speaker_mention else None,
            speaker_name=s.speaker.name,
            speaker_type=s.speaker.type,
            speaker_role=s.speaker.role,
            speaker_gender=s.speaker.gender,
            speaker_gender_source=s.speaker.gender_source,
            speaker_organization=s.speaker.organization,
            via=list(s.via),
            confidence=float(s.confidence),
            outlet=outlet,
            published_date=day,
        )
        sts.append(r)
    return row, sts


def statement_from_row(r: dict[str, Any]) -> Statement:
    def span(a: Any, b: Any, t: Any) -> Span | None:
        return None if a is None or b is None else Span(int(a), int(b), t or "")

    via = r.get("via") or []
    if isinstance(via, str):
        via = json.loads(via)
    return Statement(
        kind=r["kind"],
        content=Span(int(r["content_start"]), int(r["content_end"]), r["content"]),
        cue=span(r.get("cue_start"), r.get("cue_end"), r.get("cue")),
        speaker_mention=span(r.get("mention_start"), r.get("mention_end"), r.get("mention")),
        speaker=Speaker(
            name=r.get("speaker_name"),
            type=r.get("speaker_type") or "unknown",
            role=r.get("speaker_role"),
            gender=r.get("speaker_gender") or "unknown",
            gender_source=r.get("speaker_gender_source"),
            organization=r.get("speaker_organization"),
        ),
        via=list(via),
        confidence=float(r["confidence"]) if r.get("confidence") is not None else 0.5,
    )


def article_from_row(r: dict[str, Any], statement_rows: list[dict[str, Any]]) -> Article:
    tags = r.get("tags") or []
    article = Article.from_dict({**r, "tags": json.loads(tags) if isinstance(tags, str) else tags, "statements": []})
    article.statements = [statement_from_row(s) for s in sorted(statement_rows, key=lambda s: s.get("seq") or 0)]
    return article


def articles_from_tables(articles: pa.Table, statements: pa.Table) -> Iterator[Article]:
    """Articles with their statements from an articles table and the matching statements table."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for s in statements.to_pylist():
        by_article.setdefault(str(s["article_id"]), []).append(s)
    for r in articles.to_pylist():
        yield article_from_row(r, by_article.get(str(r["id"]), []))
