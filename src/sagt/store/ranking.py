"""Relevance on SQLite: BM25 over the window of recent matches, very common words carrying no weight.

A relevance search ranks the most recently stored matches (the *window*, see
:func:`sagt.store.queries.search`) by FTS5's ``bm25``. BM25 weighs each query
term by its inverse document frequency, and FTS5 computes that by walking
the term's whole match list on every query: 4 ms for ``att`` (in 28 % of
the statements), 10 ms for the phrase ``"vi har"``, whatever the window.
Such words say almost nothing about which statement is relevant (BM25 gives
a word in 28 % of the statements an IDF of 0.9, a word in a few hundred 7-9),
so here, as with stop words in most search engines, they get no weight at
all:

- a word is *very common* when it occurs in at least :data:`COMMON_SHARE`
  (20 %) of the :data:`COMMON_SAMPLE` (10,000) most recently stored
  statements; a prefix term (``sta*``) likewise, counting every word it
  matches; a phrase when each of its words is;
- the window is ranked by BM25 over the other positive terms only: the
  same score as FTS5's bm25 of the whole query minus the very common terms'
  share (an excluded term adds nothing; negated terms never add anything);
- a query of nothing but very common words (``att``, ``"vi har"``) has
  nothing to rank by: its window comes most recently stored first.

Stores smaller than the sample rank by the whole query (the cost does not
matter there, and a few statements are no sample). Matching is unchanged:
the window holds the same statements either way.

Scores come from one query over the window's rowid range that streams the
informative terms' matches (``rowid + 0 IN``: no per-row probe, which would
make FTS5 recompute each IDF per row).
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from sagt.store.fts import Term, _fts5_phrase

#: How many of the most recently stored statements decide whether a word is very common.
COMMON_SAMPLE = 10_000
#: The share of that sample a very common word occurs in.
COMMON_SHARE = 0.2


def sample_start(conn: Connection, size: int | None = None) -> int | None:
    """The rowid from which the ``size`` most recently stored statements start; ``None`` if the store has fewer."""
    size = COMMON_SAMPLE if size is None else size
    row = conn.exec_driver_sql("SELECT id FROM statements_fts_docsize ORDER BY id DESC LIMIT 1 OFFSET ?", (size - 1,)).first()
    return None if row is None else int(row[0])


def _dense(conn: Connection, phrase: str, start: int, need: int) -> bool:
    q = "SELECT count(*) FROM (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? AND rowid >= ? LIMIT ?)"
    return int(conn.exec_driver_sql(q, (phrase, start, need)).scalar() or 0) >= need


def very_common(conn: Connection, terms: list[Term]) -> list[bool]:
    """For each term, whether it is very common (see the module docstring); all false in a small store."""
    start = sample_start(conn)
    if start is None:
        return [False] * len(terms)
    need = max(1, int(COMMON_SHARE * COMMON_SAMPLE))
    seen: dict[str, bool] = {}

    def dense(phrase: str) -> bool:
        if phrase not in seen:
            seen[phrase] = _dense(conn, phrase, start, need)
        return seen[phrase]

    out = []
    for t in terms:
        if t.negated:
            out.append(False)
            continue
        words = [_fts5_phrase(Term((w,), prefix=t.prefix and i == len(t.words) - 1)) for i, w in enumerate(t.words)]
        out.append(all(dense(w) for w in words))
    return out


class Ranker:
    """Ranks one query's windows; decides once which of its terms are very common (a few index lookups)."""

    def __init__(self, conn: Connection, terms: list[Term]) -> None:
        self.conn = conn
        self.terms = terms
        self._common: list[bool] | None = None

    @property
    def common(self) -> list[bool]:
        if self._common is None:
            self._common = very_common(self.conn, self.terms)
        return self._common

    @property
    def whole_query(self) -> bool:
        """Whether FTS5's ``bm25`` of the whole query is the score (no very common term), so one query can rank."""
        return not any(self.common)

    @property
    def scoring_expr(self) -> str | None:
        """An FTS5 expression over the weighted phrases that every statement of the window matches, if any.

        BM25 adds up each phrase's share whatever the operators, so the
        scoring query may ask for ``a AND b`` instead of ``a OR b``: FTS5 then
        intersects the lists instead of reading both. That holds when every
        group of ``OR``-ed terms that has a weighted phrase has no very common
        one (a statement may match such a group through the common word
        alone); otherwise the weighted phrases are ``OR``-ed.
        """
        groups: list[list[tuple[str, bool]]] = []
        for t, c in zip(self.terms, self.common):
            if t.negated:
                continue
            if t.or_previous and groups:
                groups[-1].append((_fts5_phrase(t), c))
            else:
                groups.append([(_fts5_phrase(t), c)])
        weighted = [[p for p, c in g if not c] for g in groups]
        if not any(weighted):
            return None
        if any(w and len(w) < len(g) for w, g in zip(weighted, groups)):
            return " OR ".join(p for w in weighted for p in w)
        return " AND ".join(w[0] if len(w) == 1 else "(" + " OR ".join(w) + ")" for w in weighted if w)

    def rank(self, window: list[int]) -> list[int]:
        """The window's statement ids by relevance: best BM25 first, then the most recently stored."""
        expr = self.scoring_expr if window else None
        sc = _scores(self.conn, expr, window) if expr else {}
        return sorted(window, key=lambda i: (sc.get(i, 0.0), -i))


def _scores(conn: Connection, expr: str, ids: list[int]) -> dict[int, float]:
    """FTS5's ``bm25`` for ``expr`` of the statements ``ids`` (lower is better; one that does not match is absent)."""
    q = (
        "SELECT rowid, bm25(statements_fts) FROM statements_fts WHERE statements_fts MATCH ? "
        "AND rowid BETWEEN ? AND ? AND rowid + 0 IN (SELECT value FROM json_each(?))"
    )
    return {int(r[0]): float(r[1]) for r in conn.exec_driver_sql(q, (expr, min(ids), max(ids), json.dumps(ids))).all()}
