"""Open a database engine for the statement store: SQLite by default, PostgreSQL at scale.

One function turns whatever the user typed after ``--db`` into an engine
configured for the store's access pattern: many concurrent readers (the web
app, ``sagt search``) and one writer (``sagt ingest``). On SQLite that means
WAL journaling (readers never block the writer), a generous busy timeout
(two writers queue instead of failing) and ``BEGIN IMMEDIATE`` for write
transactions (so a writer takes the lock up front instead of deadlocking on
an upgrade from a read lock). On PostgreSQL every write transaction takes
one advisory lock first (:data:`WRITER_LOCK_KEY`), for the same reason: the
rollup triggers update shared counter rows, and two writers that reach the
same two rows in opposite order would deadlock (one aborted with
``DeadlockDetected``); with the lock they take turns, as on SQLite.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

DEFAULT_DB = "sagt.db"
ENV_DB = "SAGT_DB"
BUSY_TIMEOUT_MS = 60_000
MMAP_BYTES = 1 << 30
#: ``pg_advisory_xact_lock`` key every write transaction takes on PostgreSQL: one writer at a time.
WRITER_LOCK_KEY = 0x5A67_7402


def resolve_url(db: str | Path | None) -> str:
    """Return an SQLAlchemy URL for ``db``: a path, a ``sqlite://`` or ``postgresql://`` URL.

    A bare path means an SQLite file, so that ``--db news.db`` just works;
    ``postgresql://`` without a driver gets psycopg 3, the driver we ship.
    ``None`` falls back to ``$SAGT_DB`` and then ``./sagt.db``; ``":memory:"``
    is SQLite's in-memory database.
    """
    if db is None:
        db = os.environ.get(ENV_DB) or DEFAULT_DB
    text = str(db)
    if text == ":memory:":
        return "sqlite://"  # an in-memory database, not a file named ":memory:"
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def is_sqlite(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "sqlite"


def make_engine(db: str | Path | None = None, *, echo: bool = False) -> Engine:
    """Create an engine for ``db`` (see :func:`resolve_url`) with the store's settings."""
    url = resolve_url(db)
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # A pool as big as the web server's thread pool is busy: a connection
        # closed on return loses its page cache and costs a reconnect.
        pool = {"pool_size": 20, "max_overflow": 40} if path and path != ":memory:" else {}
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **pool)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        # NORMAL is durable across process crashes in WAL mode (only an OS
        # crash can lose the last commits), and much faster than FULL.
        cur.execute("PRAGMA synchronous=NORMAL")
        # Reads through a memory map (no read() call and copy per page; the OS
        # page cache is shared by every connection and process) and a bigger
        # page cache for the b-tree interior pages of a large store.
        cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cur.execute("PRAGMA cache_size=-16000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """A write transaction, one at a time: ``BEGIN IMMEDIATE`` on SQLite, the writer lock on PostgreSQL.

    Every write of the store (ingest, merge, split, set-gender, rename,
    migrations) goes through here, so concurrent writers queue: readers are
    never blocked. The PostgreSQL lock is held until commit or rollback.
    """
    with engine.connect() as conn:
        sqlite = is_sqlite(conn)
        if sqlite:
            conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            if not sqlite:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")
            yield conn


@contextmanager
def read_conn(engine: Engine) -> Iterator[Connection]:
    """A connection for reads; its transaction ends (and releases snapshots) on exit."""
    with engine.connect() as conn:
        yield conn
