"""Read queries the web app needs that :mod:`sagt.store.queries` does not (yet) offer.

SQLAlchemy Core over the store's own tables, parameterised throughout, on
SQLite and PostgreSQL alike. Candidates to move into the store:

- :func:`cooccurring_speakers` (whom a speaker appears with),
- :func:`speaker_shares` (share of distinct *speakers*, not statements),
- :func:`list_tags` / :func:`articles_with_tag` (topic pages),
- :func:`list_outlets` (facet values),
- :func:`article_refs` (database id of the articles behind search hits).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Connection, Text, and_, cast, distinct, func, select

from sagt.store.queries import Filters, _apply_filters, _next_day, dimension_columns
from sagt.store.schema import articles, speaker_articles, speakers, statements

SPEAKER_DIMENSIONS = ("gender", "type", "role", "outlet", "month", "kind")


def cooccurring_speakers(conn: Connection, speaker_id: int, *, limit: int = 20) -> list[dict[str, Any]]:
    """Speakers quoted in the same articles as ``speaker_id``, most shared articles first."""
    me = speaker_articles.alias("me")
    other = speaker_articles.alias("other")
    n = func.count(distinct(other.c.article_id)).label("n_articles")
    q = (
        select(speakers.c.id, speakers.c.name, speakers.c.type, speakers.c.gender, speakers.c.role, n)
        .select_from(
            me.join(other, and_(other.c.article_id == me.c.article_id, other.c.speaker_id != me.c.speaker_id)).join(
                speakers, speakers.c.id == other.c.speaker_id
            )
        )
        .where(me.c.speaker_id == speaker_id, speakers.c.merged_into.is_(None), speakers.c.id != speaker_id)
        .group_by(speakers.c.id, speakers.c.name, speakers.c.type, speakers.c.gender, speakers.c.role)
        .order_by(n.desc(), speakers.c.name)
        .limit(limit)
    )
    return [dict(r._mapping) for r in conn.execute(q).all()]


def speaker_shares(conn: Connection, by: list[str] | tuple[str, ...], filters: Filters | None = None) -> list[dict[str, Any]]:
    """Who gets to speak, counted in distinct speakers (entities, else names) rather than statements."""
    cols = dimension_columns(by, SPEAKER_DIMENSIONS)
    from sagt.store import rollups

    kept = rollups.speaker_shares(conn, by, filters or Filters())
    if kept is not None:
        return kept  # counted on write
    who = func.coalesce(cast(statements.c.speaker_id, Text), statements.c.speaker_norm)
    n = func.count(distinct(who)).label("n")
    q = select(*[cols[d].label(d) for d in by], n).select_from(statements.outerjoin(speakers, speakers.c.id == statements.c.speaker_id))
    q = _apply_filters(conn, q, filters or Filters(), dedupe="outlet" not in by)
    if q is None:
        return []
    q = q.where(who.is_not(None)).group_by(*[cols[d] for d in by]).order_by(*[cols[d] for d in by])
    return [dict(r._mapping) for r in conn.execute(q).all()]


def list_outlets(conn: Connection) -> list[str]:
    """Every outlet with at least one article, alphabetically."""
    q = select(articles.c.outlet).where(articles.c.outlet.is_not(None)).group_by(articles.c.outlet).order_by(articles.c.outlet)
    return [r[0] for r in conn.execute(q).all()]


def _tag_pattern(tag: str) -> str:
    """A LIKE pattern (escape ``\\``) matching ``tag`` as one element of the JSON list column."""
    needle = json.dumps(tag, ensure_ascii=False)
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_tags(conn: Connection, *, limit: int = 500) -> list[dict[str, Any]]:
    """Tags (topics) with their article counts, most used first."""
    counts: Counter[str] = Counter()
    q = select(articles.c.tags, func.count().label("n")).where(articles.c.tags.is_not(None), articles.c.tags != "[]").group_by(articles.c.tags)
    for raw, n in conn.execute(q).all():
        try:
            tags = json.loads(raw or "[]")
        except ValueError:
            continue
        for t in set(tags):
            if isinstance(t, str) and t.strip():
                counts[t] += int(n)
    return [{"tag": t, "articles": n} for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))[:limit]]


def articles_where(
    conn: Connection,
    *,
    tag: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Articles (newest first) by tag and/or outlet and dates, with the total count."""
    conds = []
    if tag:
        conds.append(articles.c.tags.like(_tag_pattern(tag), escape="\\"))
    if outlet:
        conds.append(articles.c.outlet == outlet)
    if since:
        conds.append(articles.c.published_date >= since[:10])
    if until:
        conds.append(articles.c.published_date < _next_day(until))
    q = select(
        articles.c.id, articles.c.ext_id, articles.c.key, articles.c.title, articles.c.url, articles.c.outlet,
        articles.c.published, articles.c.n_statements, articles.c.tags,
    ).where(*conds)
    q = q.order_by(articles.c.published_date.desc().nulls_last(), articles.c.id.desc()).limit(limit).offset(offset)
    rows = []
    for r in conn.execute(q).all():
        d = dict(r._mapping)
        d["tags"] = json.loads(d["tags"] or "[]")
        rows.append(d)
    total = int(conn.execute(select(func.count()).select_from(articles).where(*conds)).scalar() or 0)
    return rows, total


def article_refs(conn: Connection, statement_ids: list[int]) -> dict[int, int]:
    """statement id -> database id of its article (search hits only carry the external id)."""
    if not statement_ids:
        return {}
    q = select(statements.c.id, statements.c.article_id).where(statements.c.id.in_(statement_ids))
    return {int(a): int(b) for a, b in conn.execute(q).all()}


def speaker_month_counts(conn: Connection, speaker_id: int) -> list[dict[str, Any]]:
    """Statements per month for one speaker (all outlets, wire copies once)."""
    month = func.substr(statements.c.published_date, 1, 7)
    q = (
        select(month.label("month"), func.count().label("n"))
        .where(statements.c.speaker_id == speaker_id, statements.c.is_primary == 1)
        .group_by(month)
        .order_by(month)
    )
    return [dict(r._mapping) for r in conn.execute(q).all()]


def get_article_by_id(conn: Connection, db_id: int) -> dict[str, Any] | None:
    """:func:`sagt.store.queries.get_article` for a database id: the primary key only (the store tries key,
    external id and URL as well, one index lookup each)."""
    from sagt.store.queries import article_by_db_id

    return article_by_db_id(conn, db_id)


def get_article_by_key(conn: Connection, key: str) -> dict[str, Any] | None:
    """The store's article dict for the article with this unique ``key`` (index lookups only)."""
    row_id = conn.execute(select(articles.c.id).where(articles.c.key == key)).scalar()
    return None if row_id is None else _article_dict(conn, int(row_id))


def _article_dict(conn: Connection, row_id: int) -> dict[str, Any]:
    """The same shape as :func:`sagt.store.queries.get_article`, from a primary-key lookup."""
    from sagt.store.queries import article_dict

    row = conn.execute(select(articles).where(articles.c.id == row_id)).first()
    assert row is not None
    return article_dict(conn, row)


def count_capped(conn: Connection, query: str | None, filters: Filters | None, *, cap: int = 1_000, dedupe: bool = True) -> tuple[int, bool]:
    """How many statements a search pages through, counting at most ``cap`` (+ whether it stopped there): the store's."""
    from sagt.store.queries import count_capped as store_count_capped

    return store_count_capped(conn, query, filters, cap=cap, dedupe=dedupe)
