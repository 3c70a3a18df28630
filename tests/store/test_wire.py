"""Wire copy: one TT story run by three outlets is one set of statements with three outlets."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from sagt.ingest import IngestOptions, ingest
from sagt.model import Article
from sagt.store import Filters, open_store
from sagt.store.db import read_conn
from sagt.store.schema import articles, wire_groups
from sagt.store.wire import detect_agency

from .corpus import jsonl_record, wire_copies, write_jsonl


def test_three_outlets_one_statement_set(db_url: str, tmp_path: Path) -> None:
    copies = wire_copies()
    # Unrelated articles around them must stay out of the group.
    others = [jsonl_record(i) for i in range(4)]
    # Ingest in two runs: copy detection must work across runs (persisted LSH).
    write_jsonl(tmp_path / "run1.jsonl", others[:2] + copies[:1])
    write_jsonl(tmp_path / "run2.jsonl", copies[1:] + others[2:])
    for run in ("run1.jsonl", "run2.jsonl"):
        rep = ingest([str(tmp_path / run)], IngestOptions(db=db_url, workers=1, progress=False))
        assert rep.exit_code == 0, rep.failures

    store = open_store(db_url)
    with read_conn(store.engine) as c:
        groups = c.execute(select(wire_groups)).all()
        assert len(groups) == 1 and groups[0].agency == "TT" and groups[0].n_articles == 3
        members = c.execute(select(articles.c.ext_id).where(articles.c.wire_group_id == groups[0].id)).scalars().all()
        assert sorted(members) == sorted(x["id"] for x in copies)
        assert c.execute(select(func.count()).where(articles.c.wire_group_id.is_(None))).scalar() == 4

    full = store.article(copies[0]["id"])
    assert {x["outlet"] for x in full["copies"]} == {"gp.se", "hd.se"}
    # Every statement of the story is one primary statement that lists all outlets that ran it.
    story = Filters(since="2024-03-06", until="2024-03-06")
    primaries = store.search(None, story, limit=100).hits
    assert primaries and len(primaries) == len(full["statements"])
    lundgren = store.search('"plåster på ett öppet sår"', story).hits
    assert len(lundgren) == 1
    assert sorted(lundgren[0]["outlets"]) == ["gp.se", "hd.se", "svd.se"]
    # The trimmed last paragraph ran only where it was kept.
    remiss = [h for h in primaries if "remiss" in h["content"]["text"]]
    for h in remiss:
        assert "gp.se" not in h["outlets"]
    # With every copy: three rows for the minister's quote.
    assert len(store.search('"tydligt tak"', story, dedupe=False).hits) == 3
    # Statistics count the quote once, per outlet each outlet counts it.
    by_speaker = {r["speaker"]: r["n"] for r in store.shares(("speaker",), story)}
    per_outlet = {(r["outlet"], r["speaker"]): r["n"] for r in store.shares(("outlet", "speaker"), story)}
    wallin = store.speaker("Karin Wallin")
    assert wallin is not None and by_speaker["Karin Wallin"] == wallin["n_statements"] >= 1
    assert per_outlet[("gp.se", "Karin Wallin")] == by_speaker["Karin Wallin"]
    store.close()


def test_update_of_a_copy_reclusters(db_url: str, tmp_path: Path) -> None:
    copies = wire_copies()
    write_jsonl(tmp_path / "a.jsonl", copies)
    ingest([str(tmp_path / "a.jsonl")], IngestOptions(db=db_url, workers=1, progress=False))
    # One outlet replaces the story with a different one under the same URL: it leaves the group.
    replaced = jsonl_record(99, id=copies[2]["id"], url=copies[2]["url"], published=copies[2]["published"])
    write_jsonl(tmp_path / "b.jsonl", [replaced])
    rep = ingest([str(tmp_path / "b.jsonl")], IngestOptions(db=db_url, workers=1, progress=False))
    assert rep.updated == 1
    store = open_store(db_url)
    with read_conn(store.engine) as c:
        g = c.execute(select(wire_groups)).one()
        assert g.n_articles == 2
    hit = store.search('"tydligt tak"').hits
    assert len(hit) == 1 and sorted(hit[0]["outlets"]) == ["gp.se", "svd.se"]
    store.close()


def test_agency_tags() -> None:
    base = dict(id="x", text="Text.\n")
    assert detect_agency(Article(**base, byline="Anna Lindqvist/TT")) == "TT"
    assert detect_agency(Article(**base, byline="8 SIDOR/TT")) == "TT"
    assert detect_agency(Article(id="x", text="STOCKHOLM (TT) Regeringen ...")) == "TT"
    assert detect_agency(Article(id="x", text="Text.\n\nNTB\n")) == "NTB"
    assert detect_agency(Article(id="x", text="– Vi är redo, säger han enligt TT.")) is None
    assert detect_agency(Article(**base, byline="Eva Åberg")) is None
