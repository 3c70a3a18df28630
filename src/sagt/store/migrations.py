"""Versioned migrations: a ``schema_migrations`` table and ordered migration functions.

A fresh database is created from the current schema in one go and stamped
with every version; an existing one gets the migrations it has not seen, in
order, each in the same transaction as its stamp so a crash cannot leave a
half-migrated database. Migrations run under a lock (``BEGIN IMMEDIATE`` on
SQLite, an advisory lock on PostgreSQL) so an ingest and a search started
at the same moment do not both create tables.

To change the schema: edit :mod:`sagt.store.schema` *and* append a
migration that brings an existing database to the same shape.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, insert, select

from sagt.store import entity_cols, facets, fts, rollups
from sagt.store.db import write_tx
from sagt.store.schema import metadata, schema_migrations, speaker_rollup, statement_rollup

_PG_LOCK_KEY = 0x5A67_7401  # any constant; identifies "sagt schema migration"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    metadata.create_all(conn)
    fts.install(conn)
    entity_cols.install(conn)
    facets.install(conn)
    rollups.install(conn)


def _article_url_index(conn: Connection) -> None:
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_articles_url ON articles (url)")


def _analyze_new_indexes(conn: Connection, *indexes: str) -> None:
    """Give the planner statistics for new indexes on ``statements``: on SQLite only if the
    database has any (an analyzed one; ANALYZE of one index is cheap), on PostgreSQL the table."""
    if conn.dialect.name == "sqlite":
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
            for name in indexes:
                conn.exec_driver_sql(f"ANALYZE {name}")
    else:
        conn.exec_driver_sql("ANALYZE statements")


def _entity_columns(conn: Connection) -> None:
    """statements.resolved_gender/resolved_type: the resolved speaker gender and type, indexed, kept by triggers."""
    for col in ("resolved_gender", "resolved_type"):
        conn.exec_driver_sql(f"ALTER TABLE statements ADD COLUMN {col} TEXT NOT NULL DEFAULT 'unknown'")
    entity_cols.backfill(conn)
    entity_cols.install(conn)
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_statements_gender ON statements (resolved_gender, is_primary, published_date)")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_statements_type_gender ON statements (resolved_type, resolved_gender, is_primary, published_date)"
    )
    _analyze_new_indexes(conn, "ix_statements_gender", "ix_statements_type_gender")


def _facet_index(conn: Connection) -> None:
    """SQLite: the selective filters as tokens beside the text in a second FTS5 table, filled from the statements."""
    facets.install(conn)
    facets.rebuild(conn)


def _rollups(conn: Connection) -> None:
    """Statement counts per statistics dimension and per speaker, kept by triggers, filled from the statements."""
    statement_rollup.create(conn, checkfirst=True)
    speaker_rollup.create(conn, checkfirst=True)
    rollups.install(conn)
    rollups.backfill(conn)


def _speaker_counts_index(conn: Connection) -> None:
    """statements(speaker_id, is_primary, published_date, outlet): a speaker page counts its statements,
    months and outlets from the index without reading a row."""
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_statements_speaker_counts ON statements (speaker_id, is_primary, published_date, outlet)"
    )
    _analyze_new_indexes(conn, "ix_statements_speaker_counts")


MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema: articles, versions, statements, speakers, wire groups, full-text index", _initial),
    Migration(2, "index on articles(url): article lookup by URL without a scan", _article_url_index),
    Migration(3, "statements.resolved_gender/resolved_type: resolved speaker gender and type, indexed, kept by triggers", _entity_columns),
    Migration(4, "SQLite: statements_facets, the text and the filter facets in one FTS5 index (text + filters in one query)", _facet_index),
    Migration(5, "statement_rollup, speaker_rollup: statement counts kept by triggers for the statistics pages and the speaker list", _rollups),
    Migration(6, "index on statements(speaker_id, is_primary, published_date, outlet): a speaker's counts from the index", _speaker_counts_index),
]


def current_version(conn: Connection) -> int:
    """The highest applied migration, 0 for an empty database."""
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    v = conn.execute(select(schema_migrations.c.version).order_by(schema_migrations.c.version.desc()).limit(1)).scalar()
    return int(v or 0)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return max(m.version for m in migrations)


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database to the latest schema; return the versions applied now."""
    applied: list[int] = []
    with write_tx(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
        version = current_version(conn)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        if version == 0 and not inspect(conn).has_table("articles"):
            # Fresh database: the current schema is the result of all migrations.
            _initial(conn)
            for m in migrations:
                conn.execute(insert(schema_migrations).values(version=m.version, name=m.name, applied_at=now))
                applied.append(m.version)
            return applied
        for m in sorted(migrations, key=lambda m: m.version):
            if m.version <= version:
                continue
            m.apply(conn)
            conn.execute(insert(schema_migrations).values(version=m.version, name=m.name, applied_at=now))
            applied.append(m.version)
    return applied
