"""The read path: every question the CLI and the web app ask of the store.

All functions take a SQLAlchemy ``Connection`` and return plain dicts and
lists (JSON-ready), so the web app can serve them as they are. Statistics
count a wire-copied quote once (its primary statement) unless they are
broken down by outlet, where each outlet that ran it counts.
"""

from __future__ import annotations

import calendar
import json
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import Connection, bindparam, case, column, func, literal_column, select, table, text
from sqlalchemy.sql import Select

from sagt.store import facets, fts, ranking, registry, rollups
from sagt.store.schema import (
    article_versions,
    articles,
    speaker_aliases,
    speaker_articles,
    speaker_overrides,
    speakers,
    statements,
    wire_groups,
)

Order = Literal["relevance", "newest", "oldest"]
_fts_table = table("statements_fts", column("rowid"), column("content"))


@dataclass
class Filters:
    """Filters shared by search and statistics. Dates are ``YYYY-MM-DD`` (inclusive)."""

    speaker: str | int | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    gender: str | None = None
    speaker_type: str | None = None
    role: str | None = None

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class SearchPage:
    hits: list[dict[str, Any]]
    limit: int
    offset: int
    query: str | None
    filters: dict[str, Any] = field(default_factory=dict)
    #: relevance order: (matches found, how many the search looked for: the ranked
    #: window, or more when reading on was cheap); fewer found than looked for
    #: means every match was seen, so that is the total
    window: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "filters": self.filters, "limit": self.limit, "offset": self.offset, "hits": self.hits}


def _next_day(d: str) -> str:
    return (date.fromisoformat(d[:10]) + timedelta(days=1)).isoformat()


def _gender_expr():  # type: ignore[no-untyped-def]
    # = coalesce(speakers.gender, statements.speaker_gender), kept on the statement (indexed)
    return statements.c.resolved_gender


def _apply_filters(conn: Connection, q: Select, f: Filters, *, dedupe: bool) -> Select | None:
    """Add WHERE clauses for ``f``; ``None`` when a filter can match nothing (unknown speaker)."""
    if f.speaker is not None:
        sid = registry.find(conn, f.speaker)
        if sid is not None:
            q = q.where(statements.c.speaker_id == sid)
        else:
            q = q.where(func.lower(statements.c.speaker_name).like("%" + str(f.speaker).lower() + "%"))
    if f.outlet:
        q = q.where(statements.c.outlet == f.outlet)
    elif dedupe:
        q = q.where(statements.c.is_primary == 1)
    if f.since:
        q = q.where(statements.c.published_date >= f.since[:10])
    if f.until:
        q = q.where(statements.c.published_date < _next_day(f.until))
    if f.kind:
        q = q.where(statements.c.kind == f.kind)
    if f.gender and f.speaker_type and not _gender_type_exists(conn, f.gender, f.speaker_type):
        return None  # e.g. male organisations: one index seek instead of walking an outlet's or the date index
    if f.gender:
        q = q.where(_gender_expr() == f.gender)
    if f.speaker_type:
        q = q.where(statements.c.resolved_type == f.speaker_type)
    if f.role:
        q = q.where(func.lower(statements.c.speaker_role) == f.role.lower())
    return q


def _gender_type_exists(conn: Connection, gender: str, speaker_type: str) -> bool:
    """Whether any statement has this speaker gender and type (``ix_statements_type_gender``: one seek).

    The planner cannot know that a pair matches nothing (its statistics are
    averages), and with an outlet filter it walks the outlet's statements instead.
    """
    q = select(statements.c.id).where(statements.c.resolved_type == speaker_type, statements.c.resolved_gender == gender).limit(1)
    return conn.execute(q).first() is not None


#: How many of the most recent matches relevance ranking considers (see :func:`search`).
RELEVANCE_WINDOW = 2000


def _relevance_window(f: Filters) -> int:
    if f.speaker is not None:
        return 0  # a speaker's matches are few and far between: rank one page
    if f.outlet or f.since or f.until or f.role:
        return RELEVANCE_WINDOW // 4
    if f.gender or f.kind or f.speaker_type:
        return RELEVANCE_WINDOW // 2
    return RELEVANCE_WINDOW


def search(
    conn: Connection,
    query: str | None = None,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    offset: int = 0,
    order: Order = "relevance",
    dedupe: bool = True,
) -> SearchPage:
    """Statements whose content matches ``query`` (see :mod:`sagt.store.fts` for the syntax).

    ``order="relevance"`` ranks (BM25 on SQLite, ``ts_rank`` on PostgreSQL)
    the most recently stored matches, up to :data:`RELEVANCE_WINDOW` of
    them (fewer with selective filters); ``newest``/``oldest`` sort all
    matches by publication date.
    ``query`` may be empty: then the filters alone select, newest first.
    Each hit lists every outlet that ran the statement (its wire cluster).

    On SQLite a text search takes the first plan that applies: the facet
    index (text and selective filters in one FTS5 query, :mod:`sagt.store.facets`),
    else intersecting with the filters' ids, else probing per row, else
    walking the matches with the filters in SQL; each returns the same hits
    (docs/store.md, Search). Very common words carry no weight in relevance
    (:mod:`sagt.store.ranking`).
    """
    f = filters or Filters()
    terms = fts.parse(query or "")
    sqlite = conn.dialect.name == "sqlite"
    if terms and sqlite:
        expr = fts.to_fts5(terms)
        if expr is None:
            return SearchPage([], limit, offset, query, f.active())
        rk = ranking.Ranker(conn, terms)
        fx = _facet_filters(conn, terms, f, dedupe=dedupe)
        if fx is facets.NOTHING:
            return SearchPage([], limit, offset, query, f.active())
        if fx is None and order == "relevance" and not f.active() and facets.present(conn) and rk.whole_query:
            # a short prefix term (no facet plan), no filters: rank on the main index without a join
            found = _ranked_on_main_index(conn, expr, exclude_copies=dedupe, limit=limit, offset=offset, on_facets=False)
            return _page_of(conn, found, limit, offset, query, f)
        if fx is not None:
            found = _search_facets(conn, expr, rk, fx, f, limit=limit, offset=offset, order=order)
            if found is not None:
                return _page_of(conn, found, limit, offset, query, f)
        sel = _selective_filter_ids(conn, expr, f, dedupe=dedupe)
        if sel is not None:
            return _search_intersecting(conn, expr, rk, sel, f, query, limit=limit, offset=offset, order=order)
        if _probe_fts(conn, expr, f, order, limit=limit, offset=offset):
            found = _search_probing(conn, expr, rk, f, limit=limit, offset=offset, order=order, dedupe=dedupe)
            page = SearchPage(statements_by_id(conn, found[0]) if found else [], limit, offset, query, f.active())
            if found and found[1] is not None:
                page.window = found[1]
            return page
    base = select(statements.c.id).select_from(
        statements.outerjoin(speakers, speakers.c.id == statements.c.speaker_id)
    )
    score = None
    if terms:
        if sqlite:
            base = base.join(_fts_table, _fts_table.c.rowid == statements.c.id).where(
                text("statements_fts MATCH :fts_q").bindparams(fts_q=expr)
            )
            score = literal_column("bm25(statements_fts)")
        else:
            expr = fts.to_tsquery(terms)
            if expr is None:
                return SearchPage([], limit, offset, query, f.active())
            tsq = func.to_tsquery(literal_column("'swedish'"), expr)
            tsv = func.to_tsvector(literal_column("'swedish'"), statements.c.content)
            base = base.where(tsv.op("@@")(tsq))
            score = -func.ts_rank(tsv, tsq)
    q = _apply_filters(conn, base, f, dedupe=dedupe)
    if q is None:
        return SearchPage([], limit, offset, query, f.active())
    if score is not None and order == "relevance":
        # Rank the most recent matches, not all of them: scoring every match of
        # a common word costs seconds at a million statements, and news search
        # wants recent hits first anyway. The window shrinks with selective
        # filters, which would otherwise scan every match to fill it.
        window = max(limit + offset, _relevance_window(f))
        if sqlite and not rk.whole_query:  # very common words: rank without them (sagt.store.ranking)
            if rk.scoring_expr is None:  # nothing to rank by: stored order, read no further than the page (and the count cap)
                window = max(limit + offset, RELEVANCE_WINDOW // 4 + 1)
            ids = [int(r[0]) for r in conn.execute(q.order_by(_fts_table.c.rowid.desc()).limit(window)).all()]
            page = SearchPage(statements_by_id(conn, rk.rank(ids)[offset : offset + limit]), limit, offset, query, f.active())
            if ids:
                page.window = (len(ids), window)
            return page
        newest_first = _fts_table.c.rowid.desc() if sqlite else statements.c.id.desc()  # SQLite streams FTS5 rowids in order
        recent = q.add_columns(score.label("score")).order_by(newest_first).limit(window).subquery()
        q = select(recent.c.id, func.count().over().label("n_window")).order_by(recent.c.score, recent.c.id.desc()).limit(limit).offset(offset)
        rows = conn.execute(q).all()
        page = SearchPage(statements_by_id(conn, [int(r[0]) for r in rows]), limit, offset, query, f.active())
        if rows:
            page.window = (int(rows[0].n_window), window)
        return page
    q = _date_order(q, order).limit(limit).offset(offset)
    ids = [int(r[0]) for r in conn.execute(q).all()]
    return SearchPage(statements_by_id(conn, ids), limit, offset, query, f.active())


def _page_of(conn: Connection, found: tuple[list[int], tuple[int, int] | None], limit: int, offset: int, query: str | None, f: Filters) -> SearchPage:
    page = SearchPage(statements_by_id(conn, found[0]), limit, offset, query, f.active())
    page.window = found[1]
    return page


#: Date-ordered searches on the facet index sort the matches themselves when
#: there are at most this many (one lookup each), else walk years, months, days.
DATE_SORT_MAX = 4000


def _facet_filters(conn: Connection, terms: list[fts.Term], f: Filters, *, dedupe: bool) -> facets.FacetQuery | facets.Nothing | None:
    """The filters as facet tokens (:mod:`sagt.store.facets`), ``None`` when this search cannot use that index."""
    if not facets.present(conn) or not facets.usable_for(terms):
        return None
    if f.gender and f.speaker_type and not _gender_type_exists(conn, f.gender, f.speaker_type):
        return facets.NOTHING  # one seek; intersecting two long disjoint lists would walk them
    return facets.filter_expr(conn, f, dedupe=dedupe)


def _search_facets(
    conn: Connection, expr: str, rk: ranking.Ranker, fx: facets.FacetQuery, f: Filters, *, limit: int, offset: int, order: str
) -> tuple[list[int], tuple[int, int] | None] | None:
    """(the page's statement ids, (matches read, how many were looked for) in relevance order) on the facet index.

    Relevance: the window is the most recently stored matches of text *and*
    filters, which FTS5 finds by intersecting posting lists, reading on to
    501 so the page knows its total up to the web app's count cap; the
    window is ranked by :meth:`sagt.store.ranking.Ranker.rank`. Date order: see
    :func:`_facets_by_date`. ``None``: use the SQL plans.
    """
    if order == "relevance":
        if fx.tokens is None and rk.whole_query:
            if not fx.where:
                return _ranked_on_main_index(conn, expr, exclude_copies=fx.exclude_copies, limit=limit, offset=offset)
            # only row conditions (kind, gender, type, a long date range): the SQL plan scores the window
            # as it finds it on the main index; here the text would be intersected twice
            return None
        window = max(limit + offset, _relevance_window(f))
        if rk.scoring_expr is None:
            window = limit + offset  # nothing to rank by: the window's order is the stored order, read no further than the page
        scan = max(window, RELEVANCE_WINDOW // 4 + 1)
        ids = fx.match(conn, expr, limit=scan)
        ranked = rk.rank(ids[:window])
        return ranked[offset : offset + limit], ((len(ids), scan) if ids else None)
    found = _facets_by_date(conn, expr, fx, order, need=offset + limit, since=f.since, until=f.until)
    return None if found is None else (found[offset : offset + limit], None)


def _window_bounds(conn: Connection, expr: str, window: int, *, exclude_copies: bool, on_facets: bool) -> tuple[int, list[int], int]:
    """(lowest rowid, the wire copies above it, primary matches) of the ``window`` most recently stored primary
    matches of ``expr``: every match from that rowid on, less those copies, is the window.

    On the facet index FTS5 finds the window's last primary match itself
    (``NOT p0``: it skips through the copies' list) and the copies above it
    (``AND p0``): two index queries, however many copies there are. A short
    prefix cannot run there (no prefix index): then the matches are walked
    newest first, joined to ``statements``, until the window has its primary
    matches, so a window that is not full (few matches) joins those few and
    a full one about ``window`` rows plus its copies, never the copies' list.
    """
    if not exclude_copies:
        row = conn.exec_driver_sql(
            "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?", (expr, window - 1)
        ).first()
        if row is not None:
            return int(row[0]), [], window
        return 0, [], int(conn.exec_driver_sql("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", (expr,)).scalar() or 0)
    if on_facets:
        primary = facets.FacetQuery(None, True)
        row = conn.exec_driver_sql(
            f"SELECT rowid FROM {facets.TABLE} WHERE {facets.TABLE} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?", (primary.expr(expr), window - 1)
        ).first()
        lo = int(row[0]) if row is not None else 0
        copies = facets.FacetQuery(None, False).match(conn, expr, limit=-1, extra='"p0"', since_rowid=lo)
        if row is not None:
            return lo, copies, window
        n = int(conn.exec_driver_sql("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", (expr,)).scalar() or 0)
        return 0, copies, n - len(copies)
    walk = conn.exec_driver_sql(
        "SELECT f.rowid, s.is_primary FROM statements_fts f JOIN statements s ON s.id = f.rowid"
        " WHERE statements_fts MATCH ? ORDER BY f.rowid DESC",
        (expr,),
    )
    lo, n, copies = 0, 0, []
    for part in walk.partitions(256):
        for rowid, is_primary in part:
            if is_primary == 1:
                lo, n = int(rowid), n + 1
                if n == window:
                    break
            else:
                copies.append(int(rowid))
        if n == window:
            break
    walk.close()
    return lo, copies, n


def _ranked_on_main_index(
    conn: Connection, expr: str, *, exclude_copies: bool, limit: int, offset: int, on_facets: bool = True
) -> tuple[list[int], tuple[int, int] | None]:
    """A text search without filters whose terms all carry weight: FTS5 ranks its window in one query.

    The window is the :data:`RELEVANCE_WINDOW` most recently stored primary
    matches. Joining every match to ``statements`` to test ``is_primary``
    while scoring costs about 1 µs a row, as much as scoring it; instead the
    window's bounds and its wire copies come from :func:`_window_bounds`, and
    FTS5 scores every match from the lower bound on, leaving the copies out
    by rowid.
    """
    window = max(limit + offset, RELEVANCE_WINDOW)
    lo, copies, n = _window_bounds(conn, expr, window, exclude_copies=exclude_copies, on_facets=on_facets)
    if n <= 0:
        return [], None
    q = (
        "SELECT rowid FROM (SELECT rowid, bm25(statements_fts) AS score FROM statements_fts"
        " WHERE statements_fts MATCH ? AND rowid >= ? AND rowid + 0 NOT IN (SELECT value FROM json_each(?)))"
        " ORDER BY score, rowid DESC LIMIT ? OFFSET ?"
    )
    page = [int(r[0]) for r in conn.exec_driver_sql(q, (expr, lo, json.dumps(copies), limit, offset)).all()]
    return page, (n, window)


def _sorted_by_date(conn: Connection, ids: list[int], order: str, limit: int = -1) -> list[int]:
    """``ids`` ordered as :func:`_date_order` orders (dates, no date last, then id)."""
    if not ids:
        return []
    d = "ASC" if order == "oldest" else "DESC"
    q = (
        "SELECT id FROM statements WHERE id IN (SELECT value FROM json_each(?)) "
        f"ORDER BY published_date IS NULL, published_date {d}, id {d} LIMIT ?"
    )
    return [int(r[0]) for r in conn.exec_driver_sql(q, (json.dumps(ids), limit)).all()]


def _facets_by_date(
    conn: Connection, expr: str, fx: facets.FacetQuery, order: str, *, need: int, since: str | None = None, until: str | None = None
) -> list[int] | None:
    """The first ``need`` matches in date order: sort them all when few, else walk the date facets.

    A common word has too many matches to sort (``att``: 280,000). The facet
    tokens hold each statement's year, month and day, so the walk counts the
    matches of the newest (or oldest) year, goes down to months and days
    where a bucket holds more than :data:`DATE_SORT_MAX`, sorts the buckets it
    needs and stops when it has ``need`` statements; statements without a
    date come last, as in SQL.
    """
    # bucket sizes from the index alone (an upper bound when some filters are row conditions): no lookups
    n = fx.count(conn, expr, DATE_SORT_MAX + 1, rows=False)
    if n <= DATE_SORT_MAX:
        return _sorted_by_date(conn, fx.match(conn, expr, limit=-1), order, need)
    if facets.has_token(conn, "dx"):
        return None  # a stored date that is not a calendar date: let SQL compare strings
    bounds = facets.date_bounds(conn)
    out: list[int] = []
    newest = order != "oldest"

    first, last = (since or "")[:10], (until or "9999-12-31")[:10]

    def inside(tok: str) -> bool:  # the bucket's days overlap the filter's (compared as the SQL filter compares)
        if tok == "dn":
            return not (since or until)
        d = tok[1:5] + ("-" + tok[5:7] if len(tok) > 5 else "") + ("-" + tok[7:9] if len(tok) > 7 else "")
        return d >= first[: len(d)] and d <= last[: len(d)]

    def walk(tokens: list[str], finer: Any) -> bool:
        """Take the buckets in order, splitting one with too many matches into ``finer`` ones; true when done."""
        for tok in tokens:
            if not inside(tok):
                continue
            c = fx.count(conn, expr, DATE_SORT_MAX + 1, extra=f'"{tok}"', rows=False)
            if c == 0:
                continue
            if c > DATE_SORT_MAX and finer is not None:
                if walk(*finer(tok)):
                    return True
                continue
            # (a single day with more than DATE_SORT_MAX matches is sorted whole)
            out.extend(_sorted_by_date(conn, fx.match(conn, expr, limit=-1, extra=f'"{tok}"'), order, need - len(out)))
            if len(out) >= need:
                return True
        return False

    def months(year_tok: str) -> tuple[list[str], Any]:
        y = int(year_tok[1:])
        ms = [f"m{y:04d}{m:02d}" for m in range(1, 13)]
        return (ms[::-1] if newest else ms), days

    def days(month_tok: str) -> tuple[list[str], Any]:
        y, m = int(month_tok[1:5]), int(month_tok[5:7])
        ds = [f"d{y:04d}{m:02d}{d:02d}" for d in range(1, calendar.monthrange(y, m)[1] + 1)]
        return (ds[::-1] if newest else ds), None

    if bounds is not None:
        lo, hi = int(bounds[0][:4]), int(bounds[1][:4])
        years = [f"y{y:04d}" for y in range(lo, hi + 1)]
        if walk(years[::-1] if newest else years, months):
            return out
    walk(["dn"], None)  # no date: last either way
    return out


#: Intersect the full-text matches with the filters' statements (below) when
#: the indexed filters leave at most this many statements.
INTERSECT_MAX = 20_000


def _selective_filter_ids(conn: Connection, expr: str, f: Filters, *, dedupe: bool) -> Select | None:
    """The filters' statement ids as a subquery, when intersecting beats the usual plan (SQLite).

    The usual plan walks the full-text matches newest first and looks each
    statement up to test the filters (about 1 µs a match): with a common word
    (`att`, 280,000 matches) and filters that leave few statements (a speaker,
    an outlet and a month, a gender/type pair that matches nothing) it walks
    them all. When the filters served by an index (speaker, outlet, dates,
    gender, type) leave at most :data:`INTERSECT_MAX` statements, the ids of
    the statements passing all filters go into an in-memory list once and
    the match list is streamed against it (rowids only: about 0.1 µs a match),
    4-5 times faster. Counting the indexed filters' rows first costs at most
    ``INTERSECT_MAX`` index entries and is only done when a selective one is present.
    """
    sid = registry.find(conn, f.speaker) if f.speaker is not None else None
    if not (sid is not None or f.since or f.until or (f.gender and f.speaker_type)):
        return None
    indexed = Filters(speaker=sid, outlet=f.outlet, since=f.since, until=f.until, gender=f.gender, speaker_type=f.speaker_type)
    sub = _apply_filters(conn, select(statements.c.id), indexed, dedupe=dedupe)
    if sub is None:
        return None
    n_f = int(conn.execute(select(func.count()).select_from(sub.limit(INTERSECT_MAX + 1).subquery())).scalar() or 0)
    if n_f > INTERSECT_MAX:
        return None
    if n_f and _fts_matches(conn, expr, n_f + 1) <= n_f:
        return None  # fewer matches than filter rows: the usual plan walks fewer
    full = _apply_filters(conn, select(statements.c.id).select_from(statements.outerjoin(speakers, speakers.c.id == statements.c.speaker_id)), f, dedupe=dedupe)
    return full


def _intersected(expr: str, ids: Select, *cols: Any) -> Select:
    """Full-text matches (``rowid``, ``cols``) among ``ids``; ``rowid + 0`` keeps SQLite from probing the index per id."""
    return select(_fts_table.c.rowid, *cols).where(
        text("statements_fts MATCH :fts_q").bindparams(fts_q=expr), (_fts_table.c.rowid + 0).in_(ids)
    )


def _search_intersecting(
    conn: Connection, expr: str, rk: ranking.Ranker, ids: Select, f: Filters, query: str | None, *, limit: int, offset: int, order: str
) -> SearchPage:
    page = SearchPage([], limit, offset, query, f.active())
    if order == "relevance":
        window = max(limit + offset, _relevance_window(f))
        # Scanning the match list is the cost here, not scoring: read on to
        # ``scan`` matches (a speaker's window is one page) so that the page
        # also knows the total up to the web app's count cap, and needs no count query.
        scan = max(window, RELEVANCE_WINDOW // 4 + 1)
        rows = conn.execute(_intersected(expr, ids).order_by(_fts_table.c.rowid.desc()).limit(scan)).all()
        ranked = rk.rank([int(r.rowid) for r in rows[:window]])
        page.hits = statements_by_id(conn, ranked[offset : offset + limit])
        if rows:
            page.window = (len(rows), scan)
        return page
    hits = _intersected(expr, ids).subquery()
    q = _date_order(select(statements.c.id).where(statements.c.id.in_(select(hits.c.rowid))), order).limit(limit).offset(offset)
    page.hits = statements_by_id(conn, [int(r[0]) for r in conn.execute(q).all()])
    return page


def _date_order(q: Select, order: str) -> Select:
    if order == "oldest":
        return q.order_by(statements.c.published_date.asc().nulls_last(), statements.c.id)
    return q.order_by(statements.c.published_date.desc().nulls_last(), statements.c.id.desc())


#: A full-text probe (one rowid lookup per term in the index) costs about as
#: much as this many statement lookups by id.
PROBE_COST = 25
#: ... times this for a prefix query (``förhandl*``), which merges many terms.
PREFIX_PROBE_FACTOR = 10
#: Walk a speaker's statements only when the query matches this many times
#: more statements than ``n_speaker * PROBE_COST``.
SPEAKER_PROBE_MARGIN = 4


def _fts_matches(conn: Connection, expr: str, cap: int) -> int:
    """How many statements match the FTS5 expression, counting at most ``cap`` (the index alone: < 1 ms)."""
    sub = select(_fts_table.c.rowid).where(text("statements_fts MATCH :fts_q").bindparams(fts_q=expr)).limit(cap).subquery()
    return int(conn.execute(select(func.count()).select_from(sub)).scalar() or 0)


def _speaker_rows(conn: Connection, f: Filters, cap: int) -> int | None:
    """Statements of the filter's speaker entity (at most ``cap``), ``None`` without one."""
    if f.speaker is None:
        return None
    sid = registry.find(conn, f.speaker)
    if sid is None:
        return None
    sub = select(statements.c.id).where(statements.c.speaker_id == sid).limit(cap).subquery()
    return int(conn.execute(select(func.count()).select_from(sub)).scalar() or 0)


def _probe_fts(conn: Connection, expr: str, f: Filters, order: str, *, limit: int = 20, offset: int = 0) -> bool:
    """Whether to walk statements (by an index) and probe the full-text index per row (SQLite).

    The usual plan walks the full-text matches and looks each statement up.
    That scans every match of a common word when a selective filter (a
    speaker) leaves few of them, and sorts every match to order by date. A
    probe costs about :data:`PROBE_COST` lookups, so walking the speaker's
    statements, or the date index when the query matches a large share of
    all statements (more as the page is further on), and probing is far
    cheaper then. Counting matches on the
    index alone is cheap (about 0.05 µs a match).
    """
    cost = PROBE_COST * (PREFIX_PROBE_FACTOR if "*" in expr else 1)  # a prefix probe merges many terms' lists
    n_spk = _speaker_rows(conn, f, 20_000)
    if n_spk is not None:
        # Conservative (a probe costs 25-100 lookups; a speaker's rows are
        # often not in date order on disk): only a rare speaker and a common query.
        cap = n_spk * cost * SPEAKER_PROBE_MARGIN + 1
        if cap <= 50_000 and _fts_matches(conn, expr, cap) >= cap:  # counting further costs more than it can save
            return True
    if order != "relevance":
        # Sorting n matches costs ~n lookups; walking the date index to fill the
        # page costs ~(offset + limit) * N / n probes: probe when n * n > that * N.
        n_all = int(conn.execute(select(func.max(statements.c.id))).scalar() or 0)
        dense = max(1_000, math.isqrt(max(1, (offset + limit) * n_all * cost)))
        return _fts_matches(conn, expr, dense) >= dense
    return False


def _fts_probe(expr: str) -> Any:
    """``EXISTS``: this statement matches the FTS5 expression (one rowid lookup in the index)."""
    return (
        select(literal_column("1"))
        .select_from(_fts_table)
        .where(text("statements_fts MATCH :fts_q").bindparams(fts_q=expr), _fts_table.c.rowid == statements.c.id)
        .correlate(statements)
        .exists()
    )


def _search_probing(
    conn: Connection, expr: str, rk: ranking.Ranker, f: Filters, *, limit: int, offset: int, order: str, dedupe: bool
) -> tuple[list[int], tuple[int, int] | None] | None:
    """(statement ids of the page, (matches in the ranked window, its size) for relevance order)."""
    base = select(statements.c.id).select_from(statements.outerjoin(speakers, speakers.c.id == statements.c.speaker_id)).where(_fts_probe(expr))
    q = _apply_filters(conn, base, f, dedupe=dedupe)
    if q is None:
        return None
    if order != "relevance":
        return [int(r[0]) for r in conn.execute(_date_order(q, order).limit(limit).offset(offset)).all()], None
    # as the usual plan: rank the most recent matches (one page's worth with a speaker filter)
    window = max(limit + offset, _relevance_window(f))
    recent = [int(r[0]) for r in conn.execute(_date_order(q, "newest").limit(window)).all()]
    if not recent:
        return [], None
    # the window is the most recently *published* matches here; ranked like every other window
    ranked = rk.rank(recent)
    return ranked[offset : offset + limit], (len(recent), window)


#: The hits' columns, ``(SQL, label)``, once for every query that makes hits: the statement's own columns
#: under their names (so a row is what :func:`sagt.store.repository.statement_from_row` reads), the
#: article's and the speaker entity's under prefixed labels. :func:`_hits` reads them by label.
_HIT_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    [(f"s.{c}", c) for c in (
        "id", "kind", "content_start", "content_end", "content", "cue_start", "cue_end", "cue", "mention_start", "mention_end", "mention",
        "speaker_name", "speaker_type", "speaker_role", "speaker_gender", "speaker_gender_source", "speaker_org", "via", "confidence",
        "speaker_id", "article_id", "outlet", "cluster_id", "wire_group_id", "is_primary",
    )]
    + [(f"a.{c}", f"article_{c}") for c in ("ext_id", "key", "title", "url", "published")]
    + [(f"p.{c}", f"entity_{c}") for c in ("name", "gender", "gender_source", "type")]
)
#: Fixed SQL text (compiled once; building the same statements with the expression language cost more than
#: running them); the queries differ only in which statements they take.
_HITS_SELECT = (
    "SELECT " + ", ".join(f"{sql} AS {label}" for sql, label in _HIT_COLUMNS)
    + " FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN speakers p ON p.id = s.speaker_id"
)
_HITS = text(_HITS_SELECT + " WHERE s.id IN :ids").bindparams(bindparam("ids", expanding=True))
_HITS_OF_ARTICLE = text(_HITS_SELECT + " WHERE s.article_id = :aid ORDER BY s.seq")
_RAN_IN = text(
    "SELECT s.cluster_id, s.outlet, a.url, a.ext_id, a.published FROM statements s JOIN articles a ON a.id = s.article_id"
    " WHERE s.cluster_id IN :ids ORDER BY s.id"
).bindparams(bindparam("ids", expanding=True))


def _span(start: int | None, end: int | None, txt: str | None) -> dict[str, Any] | None:
    return None if start is None else {"start": int(start), "end": int(end), "text": txt or ""}  # type: ignore[arg-type]


def statements_by_id(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Full hits (statement, speaker entity, article, all outlets that ran it) in the order of ``ids``.

    Each hit is ``Statement.to_dict()`` (built here straight from the row)
    plus the store's columns.
    """
    if not ids:
        return []
    rows = conn.execute(_HITS, {"ids": list(ids)}).all()
    by_id = {int(r.id): r for r in rows}
    return _hits(conn, [by_id[i] for i in ids if i in by_id])


def _hits(conn: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    """Hit dicts for ``_HITS`` rows (read by label, :data:`_HIT_COLUMNS`), in their order.

    The statement part is what ``statement_from_row(row).to_dict()`` gives,
    without building the model objects (half the Python per hit);
    ``tests/store/test_search.py`` compares the two.
    """
    if not rows:
        return []
    ms = [r._mapping for r in rows]
    clusters = sorted({int(m["cluster_id"] or m["id"]) for m in ms})
    ran: dict[int, list[dict[str, Any]]] = {}
    for cid, outlet, url, ext_id, published in conn.execute(_RAN_IN, {"ids": clusters}).all():
        ran.setdefault(int(cid), []).append({"outlet": outlet, "url": url, "article_id": ext_id, "published": published})
    out = []
    for m in ms:
        sid, speaker_id = m["id"], m["speaker_id"]
        copies = ran.get(int(m["cluster_id"] or sid), [])
        out.append({
            "kind": m["kind"],
            "content": {"start": int(m["content_start"]), "end": int(m["content_end"]), "text": m["content"]},
            "cue": _span(m["cue_start"], m["cue_end"], m["cue"]),
            "speaker_mention": _span(m["mention_start"], m["mention_end"], m["mention"]),
            "speaker": {
                "name": m["speaker_name"], "type": m["speaker_type"], "role": m["speaker_role"], "gender": m["speaker_gender"],
                "gender_source": m["speaker_gender_source"], "organization": m["speaker_org"],
            },
            "via": json.loads(m["via"] or "[]"),
            "confidence": round(float(m["confidence"]), 3),
            "id": int(sid),
            "speaker_id": speaker_id,
            "speaker_entity": (
                {"id": speaker_id, "name": m["entity_name"], "gender": m["entity_gender"], "gender_source": m["entity_gender_source"], "type": m["entity_type"]}
                if speaker_id is not None else None
            ),
            "article": {
                "id": m["article_ext_id"], "db_id": int(m["article_id"]), "key": m["article_key"], "title": m["article_title"],
                "url": m["article_url"], "outlet": m["outlet"], "published": m["article_published"],
            },
            "outlets": sorted({x["outlet"] for x in copies if x["outlet"]}),
            "ran_in": copies,
            "wire_group_id": m["wire_group_id"],
            "is_primary": bool(m["is_primary"]),
        })
    return out


def count(conn: Connection, query: str | None = None, filters: Filters | None = None, *, dedupe: bool = True, cap: int | None = None) -> int:
    """How many statements ``search`` would page through (at most ``cap`` + 1 when ``cap`` is given)."""
    f = filters or Filters()
    terms = fts.parse(query or "")
    base = select(statements.c.id).select_from(statements.outerjoin(speakers, speakers.c.id == statements.c.speaker_id))
    if terms:
        if conn.dialect.name == "sqlite":
            expr = fts.to_fts5(terms)
            if expr is None:
                return 0
            fx = _facet_filters(conn, terms, f, dedupe=dedupe)
            if fx is facets.NOTHING:
                return 0
            if fx is not None:
                return fx.count(conn, expr, -1 if cap is None else cap + 1)
            sel = _selective_filter_ids(conn, expr, f, dedupe=dedupe) if cap is not None else None
            if sel is not None:
                return int(conn.execute(select(func.count()).select_from(_intersected(expr, sel).limit(cap + 1).subquery())).scalar() or 0)
            if cap is not None and _probe_fts(conn, expr, f, "relevance"):
                base = base.where(_fts_probe(expr))
            else:
                base = base.join(_fts_table, _fts_table.c.rowid == statements.c.id).where(
                    text("statements_fts MATCH :fts_q").bindparams(fts_q=expr)
                )
        else:
            expr = fts.to_tsquery(terms)
            if expr is None:
                return 0
            base = base.where(
                func.to_tsvector(literal_column("'swedish'"), statements.c.content).op("@@")(func.to_tsquery(literal_column("'swedish'"), expr))
            )
    q = _apply_filters(conn, base, f, dedupe=dedupe)
    if q is None:
        return 0
    if cap is not None:
        q = q.limit(cap + 1)
    return int(conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)


def count_capped(conn: Connection, query: str | None = None, filters: Filters | None = None, *, cap: int = 1_000, dedupe: bool = True) -> tuple[int, bool]:
    """``(n, more)``: how many statements a search pages through, counting at most ``cap`` (``more``: it stopped there)."""
    n = count(conn, query, filters, dedupe=dedupe, cap=cap)
    return min(n, cap), n > cap


# -- articles ----------------------------------------------------------------------


def get_article(conn: Connection, ref: str | int) -> dict[str, Any] | None:
    """An article by database id, key (``url:...``/``id:...``), external id or URL, with statements and versions.

    Tried in that order (database id only for digits), each an index lookup:
    one ``OR`` over the four columns defeats the indexes on SQLite.
    """
    cands: list[Any] = []
    if isinstance(ref, int) or str(ref).isdigit():
        cands.append(articles.c.id == int(ref))
    s = str(ref)
    cands += [articles.c.key == s, articles.c.ext_id == s, articles.c.url == s]
    row = None
    for cond in cands:
        row = conn.execute(select(articles).where(cond).order_by(articles.c.id).limit(1)).first()
        if row is not None:
            break
    if row is None:
        return None
    return article_dict(conn, row)


_ARTICLE_BY_ID = text("SELECT * FROM articles WHERE id = :id")
_VERSIONS = text("SELECT version, updated, title, replaced_at, content_hash FROM article_versions WHERE article_id = :aid ORDER BY id")
_COPIES = text("SELECT ext_id, outlet, title, url, published FROM articles WHERE wire_group_id = :gid AND id != :aid ORDER BY id")


def article_by_db_id(conn: Connection, db_id: int) -> dict[str, Any] | None:
    """:func:`get_article` for a database id: one primary-key lookup, then its statements, versions, copies."""
    row = conn.execute(_ARTICLE_BY_ID, {"id": int(db_id)}).first()
    return None if row is None else article_dict(conn, row)


def article_dict(conn: Connection, row: Any) -> dict[str, Any]:
    """An ``articles`` row with its statements, earlier versions and wire copies."""
    versions = conn.execute(_VERSIONS, {"aid": row.id}).all()
    copies = []
    if row.wire_group_id is not None:
        copies = [
            {"id": c.ext_id, "outlet": c.outlet, "title": c.title, "url": c.url, "published": c.published}
            for c in conn.execute(_COPIES, {"gid": row.wire_group_id, "aid": row.id}).all()
        ]
    return {
        "db_id": int(row.id),
        "id": row.ext_id,
        "key": row.key,
        "title": row.title,
        "url": row.url,
        "outlet": row.outlet,
        "byline": row.byline,
        "published": row.published,
        "updated": row.updated,
        "lang": row.lang,
        "source": row.source,
        "tags": json.loads(row.tags or "[]"),
        "text": row.text,
        "version": row.version,
        "agency": row.agency,
        "wire_group_id": row.wire_group_id,
        "copies": copies,
        "statements": _hits(conn, conn.execute(_HITS_OF_ARTICLE, {"aid": row.id}).all()),
        "versions": [dict(v._mapping) for v in versions],
    }


def list_articles(conn: Connection, *, outlet: str | None = None, since: str | None = None, until: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    q = select(articles.c.id, articles.c.ext_id, articles.c.title, articles.c.url, articles.c.outlet, articles.c.published, articles.c.n_statements, articles.c.wire_group_id)
    if outlet:
        q = q.where(articles.c.outlet == outlet)
    if since:
        q = q.where(articles.c.published_date >= since[:10])
    if until:
        q = q.where(articles.c.published_date < _next_day(until))
    q = q.order_by(articles.c.published_date.desc().nulls_last(), articles.c.id.desc()).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(q).all()]


# -- speakers ----------------------------------------------------------------------


def list_speakers(
    conn: Connection,
    *,
    query: str | None = None,
    speaker_type: str | None = None,
    gender: str | None = None,
    include_local: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Registry entities with their statement counts (primary statements), most quoted first.

    The counts come from the rollup kept on write (:mod:`sagt.store.rollups`)
    when there is one: counting every entity's statements was a second at a
    million statements.
    """
    kept = rollups.statement_counts(conn)
    if kept is not None:
        counts = text(kept).columns(column("speaker_id"), column("n")).subquery("counts")
        n = func.coalesce(counts.c.n, 0)
        q = (
            select(speakers.c.id, speakers.c.name, speakers.c.type, speakers.c.gender, speakers.c.gender_source, speakers.c.role, speakers.c.organization, n.label("n_statements"))
            .select_from(speakers.outerjoin(counts, counts.c.speaker_id == speakers.c.id))
            .where(speakers.c.merged_into.is_(None))
        )
        return _speaker_page(conn, q, n, query=query, speaker_type=speaker_type, gender=gender, include_local=include_local, limit=limit, offset=offset)
    n = (
        select(func.count())
        .where(statements.c.speaker_id == speakers.c.id, statements.c.is_primary == 1)
        .correlate(speakers)
        .scalar_subquery()
    )
    q = select(speakers.c.id, speakers.c.name, speakers.c.type, speakers.c.gender, speakers.c.gender_source, speakers.c.role, speakers.c.organization, n.label("n_statements")).where(
        speakers.c.merged_into.is_(None)
    )
    return _speaker_page(conn, q, n, query=query, speaker_type=speaker_type, gender=gender, include_local=include_local, limit=limit, offset=offset)


def _speaker_page(
    conn: Connection, q: Select, n: Any, *, query: str | None, speaker_type: str | None, gender: str | None, include_local: bool, limit: int, offset: int
) -> list[dict[str, Any]]:
    if not include_local:
        q = q.where(speakers.c.local_to.is_(None))
    if query:
        q = q.where(func.lower(speakers.c.name).like("%" + query.lower() + "%"))
    if speaker_type:
        q = q.where(speakers.c.type == speaker_type)
    if gender:
        q = q.where(speakers.c.gender == gender)
    q = q.order_by(n.desc(), speakers.c.name).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(q).all()]


def get_speaker(conn: Connection, ref: str | int, *, n_recent: int = 10, timeline_limit: int | None = None) -> dict[str, Any] | None:
    """One entity: aliases, roles over time, gender evidence, the timeline of articles, outlets that quote it,
    recent statements, hand edits.

    ``timeline_limit`` keeps only the latest entries of the timeline (a page shows the last 100 of a
    speaker quoted in 12,000 articles); roles and gender evidence always cover every article, read
    without joining the articles. ``timeline_total`` says how many there are.
    """
    sid = registry.find(conn, ref)
    if sid is None:
        return None
    sp = conn.execute(select(speakers).where(speakers.c.id == sid)).first()
    aliases = [dict(r._mapping) for r in conn.execute(select(speaker_aliases.c.alias, speaker_aliases.c.manual).where(speaker_aliases.c.speaker_id == sid).order_by(speaker_aliases.c.id)).all()]
    tq = (
        select(
            speaker_articles.c.date,
            speaker_articles.c.name,
            speaker_articles.c.role,
            speaker_articles.c.organization,
            speaker_articles.c.gender,
            speaker_articles.c.gender_source,
            speaker_articles.c.n_statements,
            articles.c.ext_id.label("article_id"),
            articles.c.title,
            articles.c.outlet,
        )
        .join(articles, articles.c.id == speaker_articles.c.article_id)
        .where(speaker_articles.c.speaker_id == sid)
    )
    if timeline_limit is None:  # the whole timeline gives roles and evidence too
        rows = conn.execute(tq.order_by(speaker_articles.c.date.asc().nulls_last(), speaker_articles.c.id)).all()
        history = [(r.date, r.role, r.organization, r.gender, r.gender_source) for r in rows]
    else:  # the latest entries only (read backwards, then turn round); roles and evidence from every row, no join
        rows = conn.execute(tq.order_by(speaker_articles.c.date.desc().nulls_first(), speaker_articles.c.id.desc())
                            .limit(timeline_limit)).all()[::-1]
        history = conn.execute(
            select(speaker_articles.c.date, speaker_articles.c.role, speaker_articles.c.organization,
                   speaker_articles.c.gender, speaker_articles.c.gender_source)
            .where(speaker_articles.c.speaker_id == sid)
            .order_by(speaker_articles.c.date.asc().nulls_last(), speaker_articles.c.id)
        ).all()
    roles: list[dict[str, Any]] = []
    evidence: dict[tuple[str | None, str | None], int] = {}
    for date, role, org, gender, gender_source in history:
        if role and (not roles or roles[-1]["role"] != role or roles[-1]["organization"] != org):
            roles.append({"role": role, "organization": org, "first_seen": date, "last_seen": date})
        elif role and roles:
            roles[-1]["last_seen"] = date
        evidence[(gender, gender_source)] = evidence.get((gender, gender_source), 0) + 1
    timeline = [dict(r._mapping) for r in rows]
    outlets = [
        {"outlet": r.outlet, "n": int(r.n)}
        for r in conn.execute(
            select(statements.c.outlet, func.count().label("n")).where(statements.c.speaker_id == sid).group_by(statements.c.outlet).order_by(func.count().desc())
        ).all()
    ]
    n_primary = conn.execute(select(func.count()).where(statements.c.speaker_id == sid, statements.c.is_primary == 1)).scalar()
    recent = [
        int(r[0])
        for r in conn.execute(
            select(statements.c.id)
            .where(statements.c.speaker_id == sid, statements.c.is_primary == 1)
            .order_by(statements.c.published_date.desc().nulls_last(), statements.c.id.desc())
            .limit(n_recent)
        ).all()
    ]
    merged = [int(r[0]) for r in conn.execute(select(speakers.c.id).where(speakers.c.merged_into == sid)).all()]
    edits = [
        {"action": r.action, **json.loads(r.payload), "at": r.created_at}
        for r in conn.execute(select(speaker_overrides).order_by(speaker_overrides.c.id)).all()
        if sid in _override_ids(json.loads(r.payload))
    ]
    return {
        "id": sid,
        "name": sp.name,
        "type": sp.type,
        "gender": sp.gender,
        "gender_source": sp.gender_source,
        "role": sp.role,
        "organization": sp.organization,
        "aliases": aliases,
        "merged_from": merged,
        "n_statements": int(n_primary or 0),
        "roles": roles,
        "gender_evidence": [{"gender": g, "source": src, "articles": n}
                            for (g, src), n in sorted(evidence.items(), key=lambda kv: -kv[1])],
        "timeline": timeline,
        "timeline_total": len(history),
        "outlets": outlets,
        "recent_statements": statements_by_id(conn, recent),
        "overrides": edits,
    }


def _override_ids(payload: dict[str, Any]) -> set[int]:
    ids = set()
    for k in ("target", "speaker", "new"):
        if isinstance(payload.get(k), int):
            ids.add(payload[k])
    ids.update(x for x in payload.get("sources", []) if isinstance(x, int))
    return ids


# -- statistics --------------------------------------------------------------------

DIMENSIONS = ("gender", "type", "role", "outlet", "month", "kind", "speaker")


def dimension_columns(by: list[str] | tuple[str, ...], allowed: tuple[str, ...] = DIMENSIONS) -> dict[str, Any]:
    """The column expression of each statistics dimension in ``by`` (checked against ``allowed``)."""
    for d in by:
        if d not in allowed:
            raise ValueError(f"unknown dimension {d!r}; choose from {', '.join(allowed)}")
    return {
        "gender": _gender_expr(),
        "type": statements.c.resolved_type,
        "role": statements.c.speaker_role,
        "outlet": statements.c.outlet,
        "month": func.substr(statements.c.published_date, 1, 7),
        "kind": statements.c.kind,
        "speaker": func.coalesce(speakers.c.name, statements.c.speaker_name),
    }


def speaking_shares(conn: Connection, by: list[str] | tuple[str, ...] = ("gender",), filters: Filters | None = None) -> list[dict[str, Any]]:
    """Who gets to speak: statement counts grouped by ``by`` (any of :data:`DIMENSIONS`).

    A wire-copied quote counts once, except when grouped by outlet: then
    every outlet that ran it counts it.
    """
    cols = dimension_columns(by, DIMENSIONS)
    kept = rollups.shares(conn, by, filters or Filters())
    if kept is not None:
        return kept  # counted on write (sagt.store.rollups)
    sel = [cols[d].label(d) for d in by]
    q = select(*sel, func.count().label("n")).select_from(statements.outerjoin(speakers, speakers.c.id == statements.c.speaker_id))
    q = _apply_filters(conn, q, filters or Filters(), dedupe="outlet" not in by)
    if q is None:
        return []
    q = q.group_by(*[cols[d] for d in by]).order_by(*[cols[d] for d in by])
    return [dict(r._mapping) for r in conn.execute(q).all()]


def outlet_stats(conn: Connection, *, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """Per outlet: articles, statements, wire copies, and statements by speaker gender."""
    aq = select(
        articles.c.outlet,
        func.count().label("articles"),
        func.sum(case((articles.c.wire_group_id.is_not(None), 1), else_=0)).label("wire_copies"),
    ).group_by(articles.c.outlet)
    if since:
        aq = aq.where(articles.c.published_date >= since[:10])
    if until:
        aq = aq.where(articles.c.published_date < _next_day(until))
    out = {r.outlet: {"outlet": r.outlet, "articles": int(r.articles), "wire_copies": int(r.wire_copies or 0), "statements": 0, "female": 0, "male": 0, "unknown": 0} for r in conn.execute(aq).all()}
    for r in speaking_shares(conn, ("outlet", "gender"), Filters(since=since, until=until)):
        o = out.setdefault(r["outlet"], {"outlet": r["outlet"], "articles": 0, "wire_copies": 0, "statements": 0, "female": 0, "male": 0, "unknown": 0})
        o["statements"] += r["n"]
        o[r["gender"] if r["gender"] in ("female", "male") else "unknown"] += r["n"]
    return sorted(out.values(), key=lambda o: -o["articles"])


def totals(conn: Connection) -> dict[str, int]:
    """Counts of everything; consistency checks and the web app's front page use them."""
    return {
        "articles": int(conn.execute(select(func.count()).select_from(articles)).scalar() or 0),
        "article_versions": int(conn.execute(select(func.count()).select_from(article_versions)).scalar() or 0),
        "statements": int(conn.execute(select(func.count()).select_from(statements)).scalar() or 0),
        "primary_statements": int(conn.execute(select(func.count()).where(statements.c.is_primary == 1)).scalar() or 0),
        "speakers": int(conn.execute(select(func.count()).where(speakers.c.merged_into.is_(None))).scalar() or 0),
        "wire_groups": int(conn.execute(select(func.count()).select_from(wire_groups)).scalar() or 0),
    }
