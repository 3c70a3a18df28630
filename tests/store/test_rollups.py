"""Statement counts kept on write (both databases): the statistics and the speaker list equal a count of the statements.

After each kind of write (ingest, re-ingest, an updated article, wire
copies, set-gender, merge, split, rename), every statistic the dashboard and
the API ask for is computed twice, from the rollup tables and from the
statements, and the rollup tables themselves are compared with a fresh
recount.
"""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import text

from sagt.store import Filters, Store, rollups
from sagt.store.db import read_conn, write_tx
from sagt.web import queries_extra as qx

from .test_facets import _article, _fill

BY = [(), ("gender",), ("type",), ("role", "gender"), ("speaker",), ("outlet", "gender"), ("month", "gender"), ("kind",), ("outlet",), ("gender", "speaker")]
FILTERS = [
    {},
    {"outlet": "svt.se"},
    {"kind": "direct"},
    {"gender": "female"},
    {"speaker_type": "person"},
    {"role": "VD"},
    {"since": "2020-01-01", "until": "2020-12-31"},  # whole months: from the rollup
    {"since": "2020-02-01"},
    {"until": "2020-02-29"},
    {"since": "2020-03-01", "until": "2020-03-31"},
    {"since": "2020-01-15"},  # within a month: from the statements
    {"speaker": "Erik Åberg"},  # a speaker: from the statements
]
SPEAKER_BY = [(), ("gender",), ("type",), ("role", "gender")]


def _stats(store: Store) -> list:
    out = []
    with read_conn(store.engine) as c:
        for by in BY:
            for f in FILTERS:
                out.append(store.shares(list(by), Filters(**f)))
        for by in SPEAKER_BY:
            for f in FILTERS[:6]:
                out.append(qx.speaker_shares(c, by, Filters(**f)))
    out.append(store.speakers(limit=1000))
    out.append(store.speakers(gender="female", limit=3, offset=1))
    out.append(store.outlet_stats())
    return out


def _recount(store: Store) -> tuple[Counter, Counter]:
    """The rollup tables summed by key, as kept and as a fresh recount gives them."""
    def rows(c) -> tuple[Counter, Counter]:  # type: ignore[no-untyped-def]
        a: Counter = Counter()
        b: Counter = Counter()
        for r in c.execute(text("SELECT month, outlet, kind, gender, type, role, n_all, n_primary FROM statement_rollup")).all():
            a[tuple(r[:6])] += r[6] * 1000 + r[7]
        for r in c.execute(text("SELECT speaker_id, speaker_norm, speaker_name, gender, type, role, n_all, n_primary FROM speaker_rollup")).all():
            b[tuple(r[:6])] += r[6] * 1000 + r[7]
        return +a, +b  # drop keys whose count fell to zero

    with read_conn(store.engine) as c:
        kept = rows(c)
    with write_tx(store.engine) as c:
        rollups.backfill(c)
    with read_conn(store.engine) as c:
        fresh = rows(c)
    assert kept == fresh
    return kept


def _compare(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _stats(store)
    with monkeypatch.context() as m:
        m.setattr(rollups, "present", lambda conn: False)
        live = _stats(store)
    assert kept == live
    _recount(store)


def test_rollups_follow_every_write(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(store, n=30)
    with read_conn(store.engine) as c:
        assert rollups.present(c)
        assert c.execute(text("SELECT count(*) FROM statements WHERE is_primary = 0")).scalar() > 0
    _compare(store, monkeypatch)
    _fill(store, n=30)  # re-ingest: nothing changes
    _compare(store, monkeypatch)
    store.store(_article("a4", "2021-01-01", "svt.se", [("Vi har en ny budget", "Anna Lind", "person", "female", "Minister", "mixed")]))
    _compare(store, monkeypatch)
    store.set_gender("Lena Ek", "female")
    _compare(store, monkeypatch)
    store.merge_speakers("Karin Öberg", ["Nils Strand"])
    _compare(store, monkeypatch)
    store.split_speaker("Karin Öberg", ["Nils Strand"])
    _compare(store, monkeypatch)
    store.rename_speaker("Erik Åberg", "Erik Åberg-Lind")
    _compare(store, monkeypatch)


def test_stored_dates_that_are_no_calendar_dates(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """``date_of`` keeps any ``dddd-dd-dd``: month 13 and day 00 must count as the SQL filters count them.

    SQL compares the stored text with the bounds: ``2020-13-05`` is before
    ``2021-01-01`` (in 2020 for a whole-year filter), ``2020-02-00`` before
    ``2020-02-01`` (outside a filter from February on), ``2020-03-00`` before
    ``2020-03-01`` (inside a filter up to February).
    """
    _fill(store, n=12)
    for aid, day in (("odd1", "2020-13-05"), ("odd2", "2020-02-00"), ("odd3", "2020-03-00")):
        store.store(_article(aid, day, "svt.se", [(f"Vi har en budget för {aid}", "Anna Lind", "person", "female", "Minister", "direct")]))
    with read_conn(store.engine) as c:
        assert c.execute(text("SELECT count(*) FROM statements WHERE published_date IN ('2020-13-05', '2020-02-00', '2020-03-00')")).scalar() == 3
    _compare(store, monkeypatch)
    year = store.shares([], Filters(since="2020-01-01", until="2020-12-31"))[0]["n"]
    with read_conn(store.engine) as c:
        want = c.execute(text("SELECT count(*) FROM statements WHERE is_primary = 1 AND published_date >= '2020-01-01' AND published_date < '2021-01-01'")).scalar()
        assert year == want
        assert rollups.shares(c, ("gender",), Filters(since="2020-02-01")) is None  # a 2020-02-00 is stored
        assert rollups.shares(c, ("gender",), Filters(until="2020-02-29")) is None  # a 2020-03-00 is stored
        assert rollups.shares(c, ("gender",), Filters(since="2020-01-01", until="2020-12-31")) is not None  # 2020-13-05: month < 2021-01


def test_empty_grouping(store: Store) -> None:
    """No dimension: one row with the total, as counting the statements gives it."""
    _fill(store, n=5)
    with read_conn(store.engine) as c:
        n = c.execute(text("SELECT count(*) FROM statements WHERE is_primary = 1")).scalar()
        people = c.execute(text("SELECT count(DISTINCT coalesce(cast(speaker_id AS TEXT), speaker_norm)) FROM statements WHERE is_primary = 1")).scalar()
        assert qx.speaker_shares(c, (), Filters()) == [{"n": people}]
    assert store.shares([]) == [{"n": n}]


def test_which_questions_the_rollups_answer(store: Store) -> None:
    _fill(store, n=5)
    with read_conn(store.engine) as c:
        assert rollups.shares(c, (), Filters()) is None and rollups.speaker_shares(c, (), Filters()) is None  # SQL counts the total
        assert rollups.shares(c, ("gender",), Filters(since="2020-02-01", until="2020-02-29")) is not None
        assert rollups.shares(c, ("gender",), Filters(since="2020-02-02")) is None  # not a whole month
        assert rollups.shares(c, ("gender",), Filters(until="2020-02-28")) is None
        assert rollups.shares(c, ("gender",), Filters(speaker="Erik Åberg")) is None
        assert rollups.shares(c, ("speaker",), Filters(outlet="svt.se")) is None  # speakers are not kept per outlet
        assert rollups.speaker_shares(c, ("gender",), Filters(kind="direct")) is None
        assert rollups.speaker_shares(c, ("gender",), Filters(role="vd")) is not None
