"""One writer at a time (PostgreSQL): concurrent write transactions queue instead of deadlocking.

The rollup triggers (:mod:`sagt.store.rollups`) update one counter row per
statement key. Two transactions that touch the same two counter rows in
opposite order (an ingest and a set-gender, two ingests of articles quoting
the same people) would each hold one row and wait for the other's:
PostgreSQL aborts one with ``DeadlockDetected``. The store's design is one
writer, and :func:`sagt.store.db.write_tx` makes that explicit with an
advisory lock at the start of every write transaction. SQLite has the same
guarantee from ``BEGIN IMMEDIATE``.

The interleaving is forced, not left to chance: the first writer takes its
first counter row, the second writer starts, and the first goes on only when
the server reports the second as waiting for a lock (on the writer lock with
it, on the first writer's counter row without it).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from sagt.store import Store
from sagt.store.db import read_conn, write_tx

from .conftest import _pg_schema_url
from .test_facets import _article


@pytest.fixture
def pg_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    server = request.getfixturevalue("postgres_server")
    for url in _pg_schema_url(server):
        s = Store(url)
        try:
            yield s
        finally:
            s.close()


def _waiting_for_a_lock(store: Store) -> bool:
    with read_conn(store.engine) as c:
        q = "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = current_database()"
        return int(c.execute(text(q)).scalar() or 0) > 0


def _wait_until(cond: Any, what: str) -> None:
    deadline = time.monotonic() + 60  # a bound against hanging, not a timing assumption
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting until {what}")
        time.sleep(0.01)


@pytest.mark.postgres
def test_writers_touching_the_same_rollup_rows_in_opposite_order_both_commit(pg_store: Store) -> None:
    store = pg_store
    # two articles quoting the same two people the same way: statements a1/b1 share one rollup row, a2/b2 another
    for aid, words in (("a", ("skolan", "budget")), ("b", ("vården", "elpriset"))):
        store.store(_article(aid, "2020-03-04", "svt.se", [
            (f"Vi måste prata om {words[0]} nu", "Karin Öberg", "person", "female", "VD", "direct"),
            (f"Det gäller {words[1]} för alla", "Erik Åberg", "person", "male", "professor", "indirect"),
        ]))
    with read_conn(store.engine) as c:
        ids = {(r.ext_id, r.seq): int(r.id) for r in c.execute(text(
            "SELECT a.ext_id, s.seq, s.id FROM statements s JOIN articles a ON a.id = s.article_id")).all()}
        before = c.execute(text("SELECT sum(n_all), count(*) FROM statement_rollup")).one()
    touch = "UPDATE statements SET kind = kind WHERE id = :id"  # fires the rollup trigger: -1 and +1 on the statement's row
    errors: list[BaseException] = []
    first_held = threading.Event()

    def first() -> None:
        try:
            with write_tx(store.engine) as c:
                c.execute(text(touch), {"id": ids[("a", 0)]})  # holds Karin's row
                first_held.set()
                _wait_until(lambda: _waiting_for_a_lock(store), "the second writer waits")
                c.execute(text(touch), {"id": ids[("a", 1)]})  # then Erik's
        except BaseException as e:  # noqa: BLE001
            errors.append(e)
            first_held.set()

    def second() -> None:
        try:
            with write_tx(store.engine) as c:
                c.execute(text(touch), {"id": ids[("b", 1)]})  # Erik's row first
                c.execute(text(touch), {"id": ids[("b", 0)]})  # then Karin's
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    t1 = threading.Thread(target=first)
    t1.start()
    first_held.wait()
    t2 = threading.Thread(target=second)
    t2.start()
    t1.join()
    t2.join()
    assert errors == []
    with read_conn(store.engine) as c:
        assert c.execute(text("SELECT sum(n_all), count(*) FROM statement_rollup")).one() == before
