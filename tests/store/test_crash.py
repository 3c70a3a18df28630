"""Crash safety and concurrency: SIGKILL halfway then re-run; search while an ingest writes."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import sagt
from sagt.readers import read_source
from sagt.store import Store, open_store
from sagt.store.db import make_engine, read_conn
from sagt.store.schema import articles, speaker_articles, statements

from .conftest import popen_sagt, run_sagt
from .corpus import write_txt_corpus

N = 240


def _expected_statements(folder: Path) -> int:
    total = 0
    for p in sorted(folder.iterdir()):
        for art in read_source(p):
            total += len(sagt.extract_article(art).statements)
    return total


def _count_articles(engine) -> int:  # type: ignore[no-untyped-def]
    try:
        with engine.connect() as c:
            return int(c.execute(select(func.count()).select_from(articles)).scalar() or 0)
    except Exception:  # schema not created yet
        return 0


def _check_consistent(store: Store) -> None:
    with read_conn(store.engine) as c:
        # Each stored article has all of its statements and nothing else.
        bad = c.execute(
            select(articles.c.id)
            .outerjoin(statements, statements.c.article_id == articles.c.id)
            .group_by(articles.c.id, articles.c.n_statements)
            .having(func.count(statements.c.id) != articles.c.n_statements)
        ).all()
        assert bad == []
        assert c.execute(select(func.count()).select_from(articles)).scalar() == c.execute(
            select(func.count(func.distinct(articles.c.key)))
        ).scalar()
        orphans = c.execute(select(func.count()).where(~statements.c.article_id.in_(select(articles.c.id)))).scalar()
        assert orphans == 0
        assert c.execute(select(func.count()).where(~speaker_articles.c.article_id.in_(select(articles.c.id)))).scalar() == 0
        if c.dialect.name == "sqlite":
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            c.exec_driver_sql("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
            n_fts = c.exec_driver_sql("SELECT count(*) FROM statements_fts").scalar()
            assert n_fts == c.execute(select(func.count()).select_from(statements)).scalar()


@pytest.mark.slow
def test_sigkill_halfway_then_rerun(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_txt_corpus(corpus, N)
    expected = _expected_statements(corpus)
    engine = make_engine(db_url)
    proc = popen_sagt("ingest", str(corpus), "--db", db_url, "-j", "2", "--batch-size", "2", "--no-progress", start_new_session=True)
    killed_at = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        n = _count_articles(engine)
        if n >= 30:
            os.killpg(proc.pid, signal.SIGKILL)
            killed_at = n
            break
        time.sleep(0.005)
    proc.wait(timeout=30)
    engine.dispose()
    assert killed_at is not None, f"ingest ended before it could be killed: {proc.stderr.read() if proc.stderr else ''}"
    assert proc.returncode == -signal.SIGKILL

    store = open_store(db_url)
    stored = store.totals()["articles"]
    assert 30 <= stored < N, "killed halfway: some, not all, articles stored"
    _check_consistent(store)

    rerun = run_sagt("ingest", str(corpus), "--db", db_url, "-j", "2", "--no-progress", "--json")
    assert rerun.returncode == 0, rerun.stderr
    import json

    rep = json.loads(rerun.stdout)
    assert rep["new"] == N - stored and rep["unchanged"] == stored and rep["failed"] == []
    totals = store.totals()
    assert totals["articles"] == N
    assert totals["statements"] == expected
    _check_consistent(store)
    store.close()


@pytest.mark.slow
def test_search_while_ingest_writes(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_txt_corpus(corpus, 300)
    store = open_store(db_url)  # creates the schema, as a web app started first would
    proc = popen_sagt("ingest", str(corpus), "--db", db_url, "-j", "2", "--batch-size", "5", "--no-progress")
    seen: list[int] = []
    reads_during = 0
    while proc.poll() is None:
        hits = store.search("säger OR ansvar*", limit=5).hits
        n = store.count("kommun*")
        assert len(hits) <= 5 and n >= (seen[-1] if seen else 0)
        seen.append(n)
        reads_during += 1
        time.sleep(0.01)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    assert reads_during >= 3, "the ingest finished before the reader could read alongside it"
    assert seen == sorted(seen)
    assert store.totals()["articles"] == 300
    assert store.count("kommun*") >= seen[-1]
    store.close()
