"""Full-text search over statement content, per dialect, behind one query syntax.

SQLite: an external-content FTS5 table kept in sync by triggers (so a
statement and its index entry commit or roll back together), tokenised with
``unicode61 remove_diacritics 0`` so *å*, *ä*, *ö* stay distinct letters
(*för* is not *far*), and prefix indexes so ``förhandl*`` is an index lookup.

PostgreSQL: a GIN index over ``to_tsvector('swedish', content)``; queries go
through ``to_tsquery('swedish', ...)`` so Swedish stemming applies.

Users write one syntax on both: words (all must occur), ``"a phrase"``,
``prefix*``, ``OR`` between terms and ``-word`` to exclude.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection

SQLITE_FTS = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
        content, content='statements', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3 4')""",
    """CREATE TRIGGER IF NOT EXISTS statements_fts_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content);
    END""",
    """CREATE TRIGGER IF NOT EXISTS statements_fts_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END""",
    """CREATE TRIGGER IF NOT EXISTS statements_fts_au AFTER UPDATE OF content ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content);
        INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content);
    END""",
]

POSTGRES_FTS = [
    "CREATE INDEX IF NOT EXISTS ix_statements_content_fts ON statements USING GIN (to_tsvector('swedish', content))",
]


def install(conn: Connection) -> None:
    """Create the dialect's full-text machinery (idempotent)."""
    for sql in SQLITE_FTS if conn.dialect.name == "sqlite" else POSTGRES_FTS:
        conn.exec_driver_sql(sql)


def rebuild(conn: Connection) -> None:
    """Rebuild the SQLite index from the statements table (after bulk loads)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")


@dataclass(frozen=True)
class Term:
    """One query term: a word or phrase, maybe a prefix, maybe negated, maybe OR'ed to the previous."""

    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False
    or_previous: bool = False


_TOKEN = re.compile(r'(-?)"([^"]*)"(\*?)|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def parse(query: str) -> list[Term]:
    """Parse the user's query into terms; punctuation inside words splits them into a phrase."""
    terms: list[Term] = []
    pending_or = False
    for m in _TOKEN.finditer(query):
        if m.group(4) is not None:
            raw = m.group(4)
            if raw == "OR":
                pending_or = bool(terms)
                continue
            negated = raw.startswith("-") and len(raw) > 1
            if negated:
                raw = raw[1:]
            prefix = raw.endswith("*")
            words = tuple(w.lower() for w in _WORD.findall(raw))
        else:
            negated = m.group(1) == "-"
            prefix = m.group(3) == "*"
            words = tuple(w.lower() for w in _WORD.findall(m.group(2)))
        if not words:
            continue
        terms.append(Term(words, prefix, negated, pending_or and not negated))
        pending_or = False
    return terms


def _fts5_phrase(term: Term) -> str:
    phrase = '"' + " ".join(w.replace('"', '""') for w in term.words) + '"'
    return phrase + ("*" if term.prefix else "")


def to_fts5(terms: list[Term]) -> str | None:
    """An FTS5 MATCH expression; ``None`` if the query has no positive term."""
    groups: list[list[str]] = []
    negs: list[str] = []
    for t in terms:
        if t.negated:
            negs.append(_fts5_phrase(t))
        elif t.or_previous and groups:
            groups[-1].append(_fts5_phrase(t))
        else:
            groups.append([_fts5_phrase(t)])
    if not groups:
        return None
    expr = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    for n in negs:
        expr = f"{expr} NOT {n}"
    return expr


def _ts_phrase(term: Term) -> str:
    parts = ["'" + w.replace("'", "''").replace("\\", "") + "'" for w in term.words]
    if term.prefix:
        parts[-1] += ":*"
    return "(" + " <-> ".join(parts) + ")" if len(parts) > 1 else parts[0]


def to_tsquery(terms: list[Term]) -> str | None:
    """A ``to_tsquery`` string for PostgreSQL; ``None`` if the query has no positive term."""
    groups: list[list[str]] = []
    negs: list[str] = []
    for t in terms:
        if t.negated:
            negs.append("!" + _ts_phrase(t))
        elif t.or_previous and groups:
            groups[-1].append(_ts_phrase(t))
        else:
            groups.append([_ts_phrase(t)])
    if not groups:
        return None
    parts = [g[0] if len(g) == 1 else "(" + " | ".join(g) + ")" for g in groups] + negs
    return " & ".join(parts)
