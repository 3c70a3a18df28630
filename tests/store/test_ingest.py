"""Ingest into the store: idempotence, updates, malformed input, export round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from sqlalchemy import func, select

from sagt.ingest import IngestOptions, ingest
from sagt.store import open_store
from sagt.store.db import read_conn
from sagt.store.export import export
from sagt.store.export_schema import SCHEMAS
from sagt.store.schema import article_versions, articles, speakers, statements

from .conftest import SEED, run_sagt
from .corpus import jsonl_record, write_jsonl, write_txt_corpus


def _snapshot(url: str) -> dict:
    """Everything that would change if an ingest changed anything."""
    s = open_store(url)
    try:
        with read_conn(s.engine) as c:
            return {
                "totals": s.totals(),
                "max_article_id": c.execute(select(func.max(articles.c.id))).scalar(),
                "max_statement_id": c.execute(select(func.max(statements.c.id))).scalar(),
                "max_speaker_id": c.execute(select(func.max(speakers.c.id))).scalar(),
                "ingested_at": sorted(r[0] for r in c.execute(select(articles.c.ingested_at)).all()),
                "versions": c.execute(select(func.count()).select_from(article_versions)).scalar(),
            }
    finally:
        s.close()


def test_ingest_folder_twice_changes_nothing(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_txt_corpus(corpus / "lokalt", 12)
    (corpus / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    first = ingest([str(corpus)], IngestOptions(db=db_url, workers=2, progress=False))
    assert first.exit_code == 0, first.failures
    assert first.new == 13 and first.statements > 13 * 2
    before = _snapshot(db_url)
    assert before["totals"]["articles"] == 13

    second = ingest([str(corpus)], IngestOptions(db=db_url, workers=2, progress=False))
    assert second.exit_code == 0
    assert (second.new, second.updated, second.unchanged) == (0, 0, 13)
    assert _snapshot(db_url) == before


def test_updated_article_keeps_old_version_and_replaces_statements(db_url: str, tmp_path: Path) -> None:
    rec = jsonl_record(7, updated="2023-05-01T10:00:00+02:00")
    write_jsonl(tmp_path / "v1.jsonl", [rec])
    r1 = ingest([str(tmp_path / "v1.jsonl")], IngestOptions(db=db_url, workers=1, progress=False))
    assert r1.new == 1
    store = open_store(db_url)
    v1 = store.article(rec["id"])
    assert v1 is not None and v1["version"] == 1
    old_contents = {s["content"]["text"] for s in v1["statements"]}

    new_quote = "Vi backar från förslaget och börjar om från början"
    rec2 = dict(rec, text=rec["text"] + f"\n– {new_quote}, säger kommunens presschef Ebba Strand.\n", updated="2023-05-02T09:30:00+02:00")
    write_jsonl(tmp_path / "v2.jsonl", [rec2])
    r2 = ingest([str(tmp_path / "v2.jsonl")], IngestOptions(db=db_url, workers=1, progress=False))
    assert (r2.new, r2.updated) == (0, 1)

    v2 = store.article(rec["id"])
    assert v2["version"] == 2 and v2["updated"] == rec2["updated"]
    assert [v["version"] for v in v2["versions"]] == [1]
    contents = [s["content"]["text"] for s in v2["statements"]]
    assert new_quote in contents
    assert old_contents <= set(contents)
    assert store.totals()["articles"] == 1
    assert store.totals()["statements"] == len(contents)  # replaced, not added to
    with read_conn(store.engine) as c:
        kept = c.execute(select(article_versions.c.text, article_versions.c.statements)).one()
    assert kept.text == rec["text"]
    assert {s["content"]["text"] for s in json.loads(kept.statements)} == old_contents

    # The earlier version arriving again changes nothing.
    r3 = ingest([str(tmp_path / "v1.jsonl")], IngestOptions(db=db_url, workers=1, progress=False))
    assert r3.unchanged == 1 and store.article(rec["id"])["version"] == 2
    store.close()


def test_malformed_inputs_reported_and_skipped(db_url: str, tmp_path: Path) -> None:
    good = write_txt_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "tom.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "binär.txt").write_bytes(b"\x00\x01\x02" * 500)
    bad_jsonl = tmp_path / "in" / "poster.jsonl"
    bad_jsonl.write_text(
        json.dumps(jsonl_record(50)) + "\n{inte json\n" + json.dumps({"id": "x", "title": "utan text"}) + "\n", encoding="utf-8"
    )
    (tmp_path / "in" / "trasig.warc.gz").write_bytes(b"inte alls en warc-fil")
    report = ingest([str(tmp_path / "in"), str(tmp_path / "finns-inte")], IngestOptions(db=db_url, workers=2, progress=False))
    assert report.new == len(good) + 1
    reasons = {(Path(f.origin.split(":")[0]).name, f.reason.split(":")[0]) for f in report.failures}
    names = {n for n, _ in reasons}
    assert {"tom.txt", "binär.txt", "poster.jsonl", "trasig.warc.gz", "finns-inte"} <= names
    jsonl_fails = [f for f in report.failures if "poster.jsonl" in f.origin]
    assert any(f.origin.endswith(":2") and "malformed JSON" in f.reason for f in jsonl_fails)
    assert any(f.origin.endswith(":3") and "text" in f.reason for f in jsonl_fails)
    assert report.exit_code == 1

    # The command line: same story, exit code 1, each failure named with its reason.
    proc = run_sagt("ingest", str(tmp_path / "in"), "--db", db_url, "-j", "1", "--no-progress")
    assert proc.returncode == 1
    assert "tom.txt: empty input" in proc.stderr
    assert "poster.jsonl:2: malformed JSON" in proc.stderr
    assert "4 unchanged" in proc.stderr


def test_export_formats_and_parquet_round_trip(db_url: str, tmp_path: Path, sqlite_url: str) -> None:
    write_jsonl(tmp_path / "a.jsonl", [jsonl_record(i) for i in range(6)])
    ingest([str(tmp_path / "a.jsonl")], IngestOptions(db=db_url, workers=1, progress=False))
    store = open_store(db_url)
    with read_conn(store.engine) as c:
        counts = export(c, "all", "parquet", tmp_path / "dump")
        export(c, "statements", "csv", tmp_path / "st.csv")
        export(c, "speakers", "jsonl", tmp_path / "sp.jsonl")
    assert counts["articles"] == 6 and counts["statements"] == store.totals()["statements"]
    for what in ("articles", "statements", "speakers"):
        assert pq.read_schema(tmp_path / "dump" / f"{what}.parquet").names == SCHEMAS[what].names
    header = (tmp_path / "st.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == SCHEMAS["statements"].names
    first = json.loads((tmp_path / "sp.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == SCHEMAS["speakers"].names

    # The Parquet export loads into another store without re-extraction, unchanged.
    other = sqlite_url if db_url != sqlite_url else str(tmp_path / "other.db")
    rep = ingest([str(tmp_path / "dump")], IngestOptions(db=other, workers=1, progress=False))
    assert rep.exit_code == 0 and rep.new == 6
    copy = open_store(other)
    assert copy.totals()["statements"] == store.totals()["statements"]
    a, b = store.article("art-3"), copy.article("art-3")
    assert [s["content"] for s in a["statements"]] == [s["content"] for s in b["statements"]]
    assert [s["speaker"] for s in a["statements"]] == [s["speaker"] for s in b["statements"]]
    rep2 = ingest([str(tmp_path / "dump")], IngestOptions(db=other, workers=1, progress=False))
    assert rep2.unchanged == 6
    copy.close()
    store.close()
