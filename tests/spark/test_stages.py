"""The Spark job's pure-Python parts, without Spark: input order, versions, components, registry keys."""

from __future__ import annotations

from pathlib import Path

from sagt.spark import stages
from sagt.spark.inputs import list_inputs, read_input


def test_inputs_listed_in_ingest_order(tmp_path: Path) -> None:
    (tmp_path / "in" / "b").mkdir(parents=True)
    for name in ("in/b/2.jsonl", "in/a.warc.gz", "in/.dold.jsonl", "in/c.parquet", "in/readme.md", "x.jsonl"):
        (tmp_path / name).write_bytes(b"")
    files, skipped = list_inputs([str(tmp_path / "x.jsonl"), str(tmp_path / "in"), str(tmp_path / "nope")])
    assert [(f.rank, Path(f.path).name, f.fmt) for f in files] == [
        (0, "x.jsonl", "jsonl"), (1, "a.warc.gz", "warc"), (2, "2.jsonl", "jsonl"), (3, "c.parquet", "parquet"),
    ]
    assert {Path(s).name for s, _ in skipped} == {"readme.md", "nope"}


def test_jsonl_records_numbered_like_ingest(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "x", "text": "Hej."}\n\n{inte json\n{"text": "Utan id."}\n', encoding="utf-8")
    files, _ = list_inputs([str(p)])
    recs = list(read_input(files[0]))
    assert [r[2][0] for r in recs] == ["article", "error", "article"]
    assert recs[1][2][3] == 3 and recs[2][2][1].id == "a:4"  # line numbers as sagt ingest reports them


def test_versions_follow_the_store_rules() -> None:
    # first seen wins the id; same hash again is unchanged; an older 'updated' is history; else replace
    occ = [((0, 1), "h1", None), ((1, 5), "h2", "2024-05-14"), ((1, 6), "h3", "2024-05-01"), ((2, 1), "h1", None)]
    assert stages.resolve_versions(occ) == ((1, 5), (0, 1), 2)


def test_components_and_registry_keys() -> None:
    comp = stages.components([(5, 3), (3, 9), (7, 8)])
    assert comp == {3: 3, 5: 3, 9: 3, 7: 7, 8: 7}
    assert stages.registry_key("president Vladimir Putin", "person") == "putin"
    assert stages.registry_key("Putin", "unknown") == "putin"
    assert stages.registry_key("det ryska försvarsministeriet", "organization") == "försvarsministeriet"
    assert stages.registry_key("  ", "person") is None and stages.registry_key(None, "person") is None
    assert stages.month_of("2024-05-13") == "2024-05" and stages.month_of(None) == "unknown"


def test_recluster_matches_copies() -> None:
    members = [
        {"uid": 2, "published": "2024-05-13T10:00", "ord": (0, 2), "statements": [(0, "Vi har inget annat val än att pausa projektet nu")]},
        {"uid": 1, "published": "2024-05-13T09:00", "ord": (0, 1), "statements": [(0, "Vi har inget annat val än att pausa projektet"), (1, "Helt annat")]},
    ]
    out = list(stages.recluster(members))
    assert ("art", 1, 1) in out and ("art", 2, 1) in out  # the earliest article names the group
    st = {r[1]: r for r in out if r[0] == "st"}
    assert st[(1, 0)][4] is True and st[(2, 0)][4] is False and st[(2, 0)][3] == st[(1, 0)][3]
