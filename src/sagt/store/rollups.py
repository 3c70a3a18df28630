"""Statement counts kept on write, so *who gets to speak* and the speaker list answer at once (both databases).

The dashboard groups every statement by gender, type, role, outlet and month,
and counts distinct speakers; ``/speakers`` sorts the registry by each
entity's number of statements. At a million statements each of those is a
scan of the statements table (a second or more; the dashboard needs nine).
Two small tables hold the same counts, kept by triggers on ``statements``
(whatever writes: ingest, re-ingest, wire linking, merges, splits,
set-gender through ``resolved_gender``/``resolved_type``):

- ``statement_rollup``: statements per (month, outlet, kind, gender, type,
  role), all of them (``n_all``) and primary copies only (``n_primary``);
  about 66,000 rows at a million synthetic statements (16 outlets, 5 years;
  ``benchmarks/bench_web.py``);
- ``speaker_rollup``: statements per (speaker entity, or name when there is
  none, gender, type, role); one or a few rows per speaker (5,000 rows there).

A trigger adds one to the row of a new statement's values and takes one
from the row of a deleted statement's, and does both for an update. Counts
add up whatever order triggers fire in, and every read sums rows, so a key
with two rows would still count right. Writers take turns on both databases
(:func:`sagt.store.db.write_tx`): on PostgreSQL two transactions updating
the same two rows in opposite order would otherwise deadlock. Rows that fall
to zero stay (reads skip them).

:func:`shares` and :func:`speaker_shares` answer from these tables when the
question fits them (:func:`_where`, :func:`_months`): at least one grouping
dimension, the grouping and the filters among their columns, and a date
range of whole months with no stored date that the month bounds would place
differently from the SQL filters. Anything else (a speaker filter, dates
within a month, a total without grouping) goes to the statements as before.
``tests/store/test_rollups.py`` compares both after each kind of write.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from sagt.store.queries import Filters

#: the rollup's column for each statistics dimension of :data:`sagt.store.queries.DIMENSIONS`
STATEMENT_DIMS = {"gender": "gender", "type": "type", "role": "role", "outlet": "outlet", "month": "month", "kind": "kind"}
SPEAKER_DIMS = {"gender": "gender", "type": "type", "role": "role"}

_S_KEY = ("month", "outlet", "kind", "gender", "type", "role")
_P_KEY = ("speaker_id", "speaker_norm", "speaker_name", "gender", "type", "role")


def _values(p: str) -> dict[str, str]:
    """SQL for each key column of a statement row ``p`` (``new.``, ``old.``, or ``""``)."""
    anon = f"{p}speaker_id IS NULL"
    return {
        "month": f"substr({p}published_date, 1, 7)",
        "outlet": f"{p}outlet",
        "kind": f"{p}kind",
        "gender": f"{p}resolved_gender",
        "type": f"{p}resolved_type",
        "role": f"{p}speaker_role",
        "speaker_id": f"{p}speaker_id",
        "speaker_norm": f"CASE WHEN {anon} THEN {p}speaker_norm END",
        "speaker_name": f"CASE WHEN {anon} THEN {p}speaker_name END",
        "primary": f"(CASE WHEN {p}is_primary = 1 THEN 1 ELSE 0 END)",
    }


_WATCHED = "published_date, outlet, kind, resolved_gender, resolved_type, speaker_role, is_primary, speaker_id, speaker_norm, speaker_name"


def _sqlite_add(p: str, delta: int) -> str:
    v = _values(p)
    out = []
    for table, key in (("statement_rollup", _S_KEY), ("speaker_rollup", _P_KEY)):
        match = " AND ".join(f"{c} IS {v[c]}" for c in key)
        cols = ", ".join(key)
        out.append(
            f"INSERT INTO {table} ({cols}, n_all, n_primary) SELECT {', '.join(v[c] for c in key)}, 0, 0"
            f" WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {match});"
        )
        out.append(
            f"UPDATE {table} SET n_all = n_all + ({delta}), n_primary = n_primary + ({delta}) * {v['primary']}"
            f" WHERE id = (SELECT id FROM {table} WHERE {match} LIMIT 1);"
        )
    return "\n  ".join(out)


_SQLITE = [
    f"CREATE TRIGGER IF NOT EXISTS statements_rollup_ai AFTER INSERT ON statements BEGIN\n  {_sqlite_add('new.', 1)}\nEND",
    f"CREATE TRIGGER IF NOT EXISTS statements_rollup_ad AFTER DELETE ON statements BEGIN\n  {_sqlite_add('old.', -1)}\nEND",
    f"CREATE TRIGGER IF NOT EXISTS statements_rollup_au AFTER UPDATE OF {_WATCHED} ON statements BEGIN\n"
    f"  {_sqlite_add('old.', -1)}\n  {_sqlite_add('new.', 1)}\nEND",
]

#: PostgreSQL cannot use a B-tree index for ``IS NOT DISTINCT FROM``: the lookups go through an index on
#: the key with NULLs replaced, then compare exactly.
_PG_NULLS = {"month": "''", "outlet": "''", "kind": "''", "gender": "''", "type": "''", "role": "''", "speaker_id": "-1", "speaker_norm": "''", "speaker_name": "''"}


def _pg_add(table: str, key: tuple[str, ...]) -> str:
    args = ", ".join(f"a_{c}" for c in key)
    look = " AND ".join(f"coalesce({c}, {_PG_NULLS[c]}) = coalesce(a_{c}, {_PG_NULLS[c]}) AND {c} IS NOT DISTINCT FROM a_{c}" for c in key)
    return f"""
  SELECT id INTO rid FROM {table} WHERE {look} LIMIT 1;
  IF rid IS NULL THEN
    INSERT INTO {table} ({', '.join(key)}, n_all, n_primary) VALUES ({args}, 0, 0) RETURNING id INTO rid;
  END IF;
  UPDATE {table} SET n_all = n_all + d, n_primary = n_primary + d * prim WHERE id = rid;"""


_PG_SIG = ", ".join(f"a_{c} {'bigint' if c == 'speaker_id' else 'text'}" for c in ("month", "outlet", "kind", "gender", "type", "role", "speaker_id", "speaker_norm", "speaker_name"))


def _pg_call(p: str, delta: int) -> str:
    v = _values(p)
    args = ", ".join(v[c] for c in ("month", "outlet", "kind", "gender", "type", "role", "speaker_id", "speaker_norm", "speaker_name"))
    return f"PERFORM sagt_rollup_add({args}, {v['primary']}, {delta});"


_PG = [
    f"""CREATE OR REPLACE FUNCTION sagt_rollup_add({_PG_SIG}, prim integer, d integer) RETURNS void AS $$
DECLARE rid bigint;
BEGIN{_pg_add("statement_rollup", _S_KEY)}
  rid := NULL;{_pg_add("speaker_rollup", _P_KEY)}
END $$ LANGUAGE plpgsql""",
    f"""CREATE OR REPLACE FUNCTION sagt_statements_rollup() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN {_pg_call("OLD.", -1)} END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN {_pg_call("NEW.", 1)} END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS statements_rollup ON statements",
    f"""CREATE TRIGGER statements_rollup AFTER INSERT OR DELETE OR UPDATE OF {_WATCHED} ON statements
FOR EACH ROW EXECUTE FUNCTION sagt_statements_rollup()""",
]

_INDEXES_SQLITE = [
    "CREATE INDEX IF NOT EXISTS ix_statement_rollup_key ON statement_rollup (month, outlet, kind, gender, type, role)",
    "CREATE INDEX IF NOT EXISTS ix_speaker_rollup_key ON speaker_rollup (speaker_id, speaker_norm, speaker_name, gender, type, role)",
]
_INDEXES_PG = [
    "CREATE INDEX IF NOT EXISTS ix_statement_rollup_key ON statement_rollup ("
    + ", ".join(f"coalesce({c}, {_PG_NULLS[c]})" for c in _S_KEY) + ")",
    "CREATE INDEX IF NOT EXISTS ix_speaker_rollup_key ON speaker_rollup ("
    + ", ".join(f"coalesce({c}, {_PG_NULLS[c]})" for c in _P_KEY) + ")",
]


def install(conn: Connection) -> None:
    """The lookup indexes and the triggers (idempotent); the tables come from :mod:`sagt.store.schema`."""
    sqlite = conn.dialect.name == "sqlite"
    for sql in (_INDEXES_SQLITE + _SQLITE) if sqlite else (_INDEXES_PG + _PG):
        conn.exec_driver_sql(sql)


def backfill(conn: Connection) -> None:
    """Count every statement into empty rollup tables (migration 5, bulk loads)."""
    v = _values("")
    conn.exec_driver_sql("DELETE FROM statement_rollup")
    conn.exec_driver_sql("DELETE FROM speaker_rollup")
    for table, key in (("statement_rollup", _S_KEY), ("speaker_rollup", _P_KEY)):
        exprs = [v[c] for c in key]
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(key)}, n_all, n_primary) SELECT {', '.join(exprs)}, count(*), sum({v['primary']})"
            f" FROM statements GROUP BY {', '.join(exprs)}"
        )


# -- reading -------------------------------------------------------------------------------


def _months(conn: Connection, f: "Filters") -> tuple[str | None, str | None] | None:
    """The filter's dates as month bounds (``month >= lo``, ``month < hi``, ``YYYY-MM``), ``None`` when the
    rollup cannot give what the SQL filters give.

    SQL compares the stored date, text, with ``since`` and with the day
    after ``until``. When both are the first of a month, comparing the
    rollup's ``month`` (the date's first seven characters) with their first
    seven characters decides the same for every stored text, whatever it holds
    (``date_of`` keeps ``2020-13-05``: before ``2021-01-01``, so inside 2020
    both ways), except for a stored text that begins with a bound's month but
    sorts before its first day (``2020-02-00``, ``2020-02``): SQL puts it
    before the month, the rollup in it. :func:`_sorts_before_first_day` looks
    for one (an index seek per bound); if there is one, count the statements.
    (Text order here is byte order: SQLite, and PostgreSQL with the C collation.)
    """
    lo = hi = None
    try:
        if f.since:
            d = date.fromisoformat(f.since[:10])
            if d.day != 1:
                return None
            lo = f"{d.year:04d}-{d.month:02d}"
        if f.until:
            d = date.fromisoformat(f.until[:10]) + timedelta(days=1)  # as the SQL filter: before the next day
            if d.day != 1:
                return None
            hi = f"{d.year:04d}-{d.month:02d}"
    except (ValueError, OverflowError):
        return None
    if any(m is not None and _sorts_before_first_day(conn, m) for m in (lo, hi)):
        return None
    return lo, hi


def _sorts_before_first_day(conn: Connection, month: str) -> bool:
    """Whether a stored date begins with ``month`` (``YYYY-MM``) but sorts before ``month-01`` (one index seek)."""
    q = "SELECT 1 FROM statements WHERE is_primary IN (0, 1) AND published_date >= :m AND published_date < :first LIMIT 1"
    return conn.execute(text(q), {"m": month, "first": month + "-01"}).first() is not None


def _where(conn: Connection, f: "Filters", dims: dict[str, str], params: dict[str, Any], t: str = "") -> list[str] | None:
    """SQL conditions on a rollup (``t``: its alias and a dot) for ``f`` (the SQL filters' meaning), ``None`` if a
    filter is not one of ``dims``."""
    if f.speaker is not None:
        return None
    conds: list[str] = []
    for name, value in (("outlet", f.outlet), ("kind", f.kind), ("gender", f.gender), ("type", f.speaker_type)):
        if value:
            if name not in dims:
                return None
            conds.append(f"{t}{dims[name]} = :f_{name}")
            params[f"f_{name}"] = value
    if f.role:
        if "role" not in dims:
            return None
        conds.append(f"lower({t}{dims['role']}) = :f_role")
        params["f_role"] = f.role.lower()
    if f.since or f.until:
        if "month" not in dims:
            return None
        months = _months(conn, f)
        if months is None:
            return None
        if months[0]:
            conds.append(f"{t}month >= :f_m0")
            params["f_m0"] = months[0]
        if months[1]:
            conds.append(f"{t}month < :f_m1")
            params["f_m1"] = months[1]
    return conds


def present(conn: Connection) -> bool:
    """Whether the database has the rollup tables (migration 5); remembered per connection once true."""
    info = conn.connection.info
    if info.get("sagt_rollups"):
        return True
    from sqlalchemy import inspect

    found = inspect(conn).has_table("statement_rollup")
    if found:
        info["sagt_rollups"] = True
    return found


def shares(conn: Connection, by: list[str] | tuple[str, ...], f: "Filters") -> list[dict[str, Any]] | None:
    """:func:`sagt.store.queries.speaking_shares` from the rollups, ``None`` when they cannot answer.

    No dimension at all (one total) is left to SQL: a count of the statements, which is what the caller asks.
    """
    if not by or not present(conn):
        return None
    primary_only = "outlet" not in by and not f.outlet  # as _apply_filters: an outlet filter or grouping counts every copy
    n = "n_primary" if primary_only else "n_all"
    params: dict[str, Any] = {}
    if "speaker" in by:
        if any(d not in SPEAKER_DIMS and d != "speaker" for d in by):
            return None
        conds = _where(conn, f, SPEAKER_DIMS, params, "r.")
        if conds is None or not primary_only:
            return None
        cols = {d: ("coalesce(p.name, r.speaker_name)" if d == "speaker" else f"r.{SPEAKER_DIMS[d]}") for d in by}
        where = " AND ".join(conds)
        sql = (
            f"SELECT {', '.join(f'{e} AS {d}' for d, e in cols.items())}, sum(r.{n}) AS n FROM speaker_rollup r"
            " LEFT JOIN speakers p ON p.id = r.speaker_id"
            + (f" WHERE {where}" if where else "")
            + f" GROUP BY {', '.join(cols.values())} HAVING sum(r.{n}) > 0 ORDER BY {', '.join(cols.values())}"
        )
        return [dict(r._mapping) for r in conn.execute(text(sql), params).all()]
    if any(d not in STATEMENT_DIMS for d in by):
        return None
    conds = _where(conn, f, STATEMENT_DIMS, params)
    if conds is None:
        return None
    cols = [STATEMENT_DIMS[d] for d in by]
    sql = (
        f"SELECT {', '.join(f'{c} AS {d}' for d, c in zip(by, cols))}, sum({n}) AS n FROM statement_rollup"
        + (f" WHERE {' AND '.join(conds)}" if conds else "")
        + f" GROUP BY {', '.join(cols)} HAVING sum({n}) > 0 ORDER BY {', '.join(cols)}"
    )
    return [dict(r._mapping) for r in conn.execute(text(sql), params).all()]


def speaker_shares(conn: Connection, by: list[str] | tuple[str, ...], f: "Filters") -> list[dict[str, Any]] | None:
    """Distinct speakers (entities, else names) grouped by ``by`` from the rollup, ``None`` when it cannot answer."""
    if not by or not present(conn) or any(d not in SPEAKER_DIMS for d in by) or f.outlet:
        return None
    params: dict[str, Any] = {}
    conds = _where(conn, f, SPEAKER_DIMS, params)
    if conds is None:
        return None
    who = "coalesce(cast(speaker_id AS TEXT), speaker_norm)"
    cols = [SPEAKER_DIMS[d] for d in by]
    sql = (
        f"SELECT {', '.join(f'{c} AS {d}' for d, c in zip(by, cols))}, count(DISTINCT {who}) AS n FROM speaker_rollup"
        f" WHERE n_primary > 0 AND {who} IS NOT NULL" + "".join(f" AND {c}" for c in conds)
        + f" GROUP BY {', '.join(cols)} ORDER BY {', '.join(cols)}"
    )
    return [dict(r._mapping) for r in conn.execute(text(sql), params).all()]


def statement_counts(conn: Connection) -> str | None:
    """A subquery of primary statements per speaker entity (``speaker_id``, ``n``) for the speaker list, if kept."""
    if not present(conn):
        return None
    return "SELECT speaker_id, sum(n_primary) AS n FROM speaker_rollup WHERE speaker_id IS NOT NULL GROUP BY speaker_id"
