"""The filter facets inside the full-text index (SQLite): text + filters as one FTS5 query.

A search such as ``att`` said by speaker 148, or ``mer`` from a role in three
months, used to walk the word's whole match list (280,000 statements for
``att`` at a million) and test each statement's filters in SQL. FTS5 can
intersect two posting lists itself, skipping through the longer one with its
doclist index, when both are in one table. So a second FTS5 table,
``statements_facets``, indexes each statement's ``content`` again (the same
tokenizer) beside a ``facets`` column of tokens for the selective filters::

    s<speaker id> o<outlet> r<role>
    y<year> m<year><month> d<year><month><day>  (or dn: no date, dx: not a calendar date)
    p0 (not the primary copy of a wire-copied quote)

(outlet and role in lowercase hex, so any text is one token; the role as
SQL's ``lower()`` folds it, which is what the role filter compares). A search
becomes ``{content}: (att) AND {facets}: ("s148") NOT {facets}: "p0"``, and a
short date range an ``OR`` of the fewest year, month and day tokens that
cover it. Kind, gender, speaker type and long date ranges match a third or
half of all statements: as tokens they would narrow little and cost much
(see :class:`FacetQuery`), so they are checked on the statement row. The
filters mean exactly what the SQL filters mean (``tests/store/test_facets.py``
compares the two).

The table has no prefix indexes (they would more than triple its size):
searches with a 2-4 letter prefix (``rege*``), which the main index answers
from its prefix index, keep the SQL plans, as do speaker names that match no
registry entity (a substring filter).

The table's external content is the view ``statements_facet_src``, so
``rebuild`` recomputes it from the statements; triggers keep it in sync on
every insert, update of a column a token comes from, and delete (a speaker
merge or split moves statements by updating ``speaker_id``; a deleted
speaker sets it to NULL). PostgreSQL needs none of this: its planner
combines the GIN index of the text with the B-tree indexes of the filters.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from sagt.store.fts import Term
    from sagt.store.queries import Filters

TABLE = "statements_facets"
VIEW = "statements_facet_src"


def _facets_sql(p: str = "") -> str:
    """The facets text of a statement row (``p``: ``"old."``, ``"new."`` or ``""`` for the table's own columns)."""
    d = f"{p}published_date"
    return (
        f"CASE WHEN {p}speaker_id IS NULL THEN '' ELSE ' s' || {p}speaker_id END"
        f" || CASE WHEN {p}outlet IS NULL THEN '' ELSE ' o' || hex({p}outlet) END"
        f" || CASE WHEN {p}speaker_role IS NULL THEN '' ELSE ' r' || hex(lower({p}speaker_role)) END"
        f" || CASE WHEN {d} IS NULL THEN ' dn'"
        f" WHEN date({d}, '+0 days') IS {d} THEN ' y' || substr({d}, 1, 4) || ' m' || substr({d}, 1, 4) || substr({d}, 6, 2)"
        f" || ' d' || substr({d}, 1, 4) || substr({d}, 6, 2) || substr({d}, 9, 2)"
        f" ELSE ' dx' END"
        f" || CASE WHEN {p}is_primary = 0 THEN ' p0' ELSE '' END"
    )


#: Columns a statement's tokens come from.
_WATCHED = "content, speaker_id, outlet, speaker_role, published_date, is_primary"
_UNINDEX_OLD = f"INSERT INTO {TABLE}({TABLE}, rowid, content, facets) VALUES ('delete', old.id, old.content, {_facets_sql('old.')});"
_INDEX_NEW = f"INSERT INTO {TABLE}(rowid, content, facets) VALUES (new.id, new.content, {_facets_sql('new.')});"

DDL = [
    f"CREATE VIEW IF NOT EXISTS {VIEW} AS SELECT id, content, {_facets_sql()} AS facets FROM statements",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(
        content, facets, content='{VIEW}', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', columnsize=0)""",
]

TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS statements_facets_ai AFTER INSERT ON statements BEGIN {_INDEX_NEW} END",
    f"CREATE TRIGGER IF NOT EXISTS statements_facets_au AFTER UPDATE OF {_WATCHED} ON statements BEGIN {_UNINDEX_OLD} {_INDEX_NEW} END",
    f"CREATE TRIGGER IF NOT EXISTS statements_facets_ad AFTER DELETE ON statements BEGIN {_UNINDEX_OLD} END",
]

TRIGGER_NAMES = ("statements_facets_ai", "statements_facets_au", "statements_facets_ad")


def install(conn: Connection) -> None:
    """Create the view, the table and the triggers (SQLite; idempotent). Fill it with :func:`rebuild`."""
    if conn.dialect.name != "sqlite":
        return
    for sql in DDL + TRIGGERS:
        conn.exec_driver_sql(sql)


def rebuild(conn: Connection) -> None:
    """Recompute the whole table from the statements (migration 4, bulk loads): 6-14 s at a million."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def check(conn: Connection) -> None:
    """Raise if the table disagrees with the statements (FTS5 ``integrity-check`` against the content)."""
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")


def present(conn: Connection) -> bool:
    """Whether this database has the facet index (SQLite after migration 4); remembered per connection once true."""
    if conn.dialect.name != "sqlite":
        return False
    info = conn.connection.info
    if info.get("sagt_facets"):
        return True
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).first() is not None
    if found:
        info["sagt_facets"] = True
    return found


# -- building a query ---------------------------------------------------------------------

#: Prefix lengths the main index (``statements_fts``) has prefix indexes for; this table has none.
MAIN_PREFIXES = (2, 3, 4)


def _tok(kind: str, value: str) -> str:
    return '"' + kind + value.encode("utf-8").hex() + '"'


@dataclass(frozen=True)
class Nothing:
    """The filters match no statement (an empty date range)."""


NOTHING = Nothing()


def date_bounds(conn: Connection) -> tuple[str, str] | None:
    """The first and last ``published_date`` of any statement (four index seeks), ``None`` if none has one."""
    lo = hi = None
    for prim in (0, 1):  # one aggregate per query: only then does SQLite read it off ix_statements_primary_date
        a = conn.exec_driver_sql("SELECT min(published_date) FROM statements WHERE is_primary = ?", (prim,)).scalar()
        b = conn.exec_driver_sql("SELECT max(published_date) FROM statements WHERE is_primary = ?", (prim,)).scalar()
        lo = a if lo is None or (a is not None and a < lo) else lo
        hi = b if hi is None or (b is not None and b > hi) else hi
    return (lo, hi) if lo is not None and hi is not None else None


def _iso(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def date_tokens(first: date, last: date) -> list[str]:
    """The fewest ``y``/``m``/``d`` tokens whose days are exactly ``first`` .. ``last`` (inclusive)."""
    out: list[str] = []
    d = first
    while d <= last:
        if d.month == 1 and d.day == 1 and date(d.year, 12, 31) <= last:
            out.append(f"y{d.year:04d}")
            if d.year == 9999:
                break
            d = date(d.year + 1, 1, 1)
            continue
        month_end = date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
        if d.day == 1 and month_end <= last:
            out.append(f"m{d.year:04d}{d.month:02d}")
            if month_end == date.max:
                break
            d = month_end + timedelta(days=1)
            continue
        out.append(f"d{d.year:04d}{d.month:02d}{d.day:02d}")
        if d == date.max:
            break
        d += timedelta(days=1)
    return out


def has_token(conn: Connection, token: str) -> bool:
    """Whether any statement carries facet ``token`` (one index lookup)."""
    q = f'SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT 1'
    return conn.exec_driver_sql(q, ('{facets}: "' + token + '"',)).first() is not None


#: A date range goes into the FTS5 query as tokens when it covers at most this share of the
#: stored dates; a wider one is checked on the statement row (see :class:`FacetQuery`).
DATE_TOKENS_MAX_SHARE = 0.25


@dataclass(frozen=True)
class FacetQuery:
    """A search's filters on this index: tokens FTS5 intersects with the text, the rest checked per row.

    Intersecting pays when a list is short: FTS5 jumps through the long one
    with its doclist index. A token on a third or half of all statements
    (a kind, a gender, a speaker type, a date range over years) narrows
    little, and each jump into so dense a list scans a page from its start
    (about 3 µs, while a statement lookup by id is about 1 µs). So speaker,
    outlet, role and short date ranges are tokens; kind, gender, speaker
    type and wide date ranges are SQL conditions on the statement row, which
    is looked up only for the matches of the text and the tokens, newest
    first, until the page is full.
    """

    tokens: str | None  # the selective filters: an AND of facet tokens
    exclude_copies: bool  # NOT p0: primary copies only
    where: tuple[str, ...] = ()  # the dense filters, on ``s`` (statements)
    params: tuple[object, ...] = ()

    def expr(self, content_expr: str, extra: str | None = None) -> str:
        """The MATCH expression: the user's query on ``content``, the tokens (and ``extra``) on ``facets``."""
        expr = "{content}: (" + content_expr + ")"
        both = " AND ".join(x for x in (self.tokens, extra) if x)
        if both:
            expr = f"({expr}) AND ({{facets}}: ({both}))"
        if self.exclude_copies:
            expr = f"({expr}) NOT ({{facets}}: \"p0\")"
        return expr

    def _select(self, what: str, *, rows: bool = True) -> str:
        if not self.where or not rows:
            return f"SELECT {what} FROM {TABLE} WHERE {TABLE} MATCH ?"
        return f"SELECT {what} FROM {TABLE} JOIN statements s ON s.id = {TABLE}.rowid WHERE {TABLE} MATCH ? AND " + " AND ".join(self.where)

    def match(self, conn: Connection, content_expr: str, *, limit: int, extra: str | None = None, since_rowid: int | None = None) -> list[int]:
        """Matching statement ids, most recently stored first, at most ``limit`` (-1: all), rowids >= ``since_rowid``."""
        q = self._select(f"{TABLE}.rowid") + (f" AND {TABLE}.rowid >= ?" if since_rowid is not None else "") + f" ORDER BY {TABLE}.rowid DESC LIMIT ?"
        args = (self.expr(content_expr, extra), *self.params, *((since_rowid,) if since_rowid is not None else ()), limit)
        return [int(r[0]) for r in conn.exec_driver_sql(q, args).all()]

    def count(self, conn: Connection, content_expr: str, cap: int, extra: str | None = None, *, rows: bool = True) -> int:
        """How many statements match, counting at most ``cap`` (-1: all); ``rows=False``: the index alone, an
        upper bound that leaves out the row conditions (no lookups: about 0.03 µs a match)."""
        q = f"SELECT count(*) FROM ({self._select(f'{TABLE}.rowid', rows=rows)} LIMIT ?)"
        params = self.params if rows else ()
        return int(conn.exec_driver_sql(q, (self.expr(content_expr, extra), *params, cap)).scalar() or 0)


def filter_expr(conn: Connection, f: "Filters", *, dedupe: bool) -> FacetQuery | Nothing | None:
    """The :class:`FacetQuery` for ``f``, or ``None`` when a filter has no facet (a speaker name that is no
    registry entity); :data:`NOTHING` when the filters can match nothing."""
    from sagt.store import registry

    parts: list[str] = []
    where: list[str] = []
    params: list[object] = []
    if f.speaker is not None:
        sid = registry.find(conn, f.speaker)
        if sid is None:
            return None  # a substring of the speaker's name: SQL
        parts.append(f'"s{int(sid)}"')
    if f.outlet:
        parts.append(_tok("o", f.outlet))
    if f.role:
        parts.append(_tok("r", f.role.lower()))
    if f.kind:
        where.append("s.kind = ?")
        params.append(f.kind)
    if f.gender:
        where.append("s.resolved_gender = ?")
        params.append(f.gender)
    if f.speaker_type:
        where.append("s.resolved_type = ?")
        params.append(f.speaker_type)
    if f.since or f.until:
        toks = _date_range_tokens(conn, f)
        if toks is NOTHING:
            return NOTHING
        if isinstance(toks, list):
            parts.append("(" + " OR ".join(f'"{t}"' for t in toks) + ")" if len(toks) > 1 else f'"{toks[0]}"')
        else:  # as the SQL filters compare (``published_date`` is text)
            if f.since:
                where.append("s.published_date >= ?")
                params.append(f.since[:10])
            if f.until:
                where.append("s.published_date < ?")
                params.append((date.fromisoformat(f.until[:10]) + timedelta(days=1)).isoformat())
    exclude_copies = dedupe and not f.outlet  # as the SQL filters: an outlet filter shows that outlet's copies
    return FacetQuery(" AND ".join(parts) if parts else None, exclude_copies, tuple(where), tuple(params))


def _date_range_tokens(conn: Connection, f: "Filters") -> list[str] | Nothing | None:
    """The date tokens for ``f.since`` .. ``f.until`` when the range is short, :data:`NOTHING` when it is
    empty, ``None`` to compare dates on the row (a wide range, dates that are not calendar dates)."""
    first, last = _iso(f.since), _iso(f.until)
    if (f.since and first is None) or (f.until and last is None):
        return None
    bounds = date_bounds(conn)
    if bounds is None:
        return NOTHING
    lo, hi = _iso(bounds[0]), _iso(bounds[1])
    if lo is None or hi is None:
        return None
    first = max(first or lo, lo)
    last = min(last or hi, hi)
    if first > last:
        return NOTHING
    if (last - first).days + 1 > DATE_TOKENS_MAX_SHARE * ((hi - lo).days + 1):
        return None
    if has_token(conn, "dx"):
        return None  # some stored date is not a calendar date: string comparison decides
    return date_tokens(first, last)


def usable_for(terms: "list[Term]") -> bool:
    """Whether a query can run on this table: no prefix term that only the main index has a prefix index for."""
    return not any(t.prefix and len(t.words[-1]) in MAIN_PREFIXES for t in terms)
