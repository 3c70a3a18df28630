"""The Spark job in local mode against the single-machine path on the same input.

A small crawl (``corpus.py``: the seed article, a TT story run by three
outlets, two people sharing a surname, noise records) goes through
``sagt ingest`` + ``sagt export --format parquet`` and through the Spark
job; the normalised row sets must be equal: articles and statements
column by column, and the groupings behind the ids (wire groups, quote
clusters, speaker entities with their statements). One SparkSession
(``local[2]``) serves the module.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .compare import normalise
from .corpus import wire_pages, write_warc

pytestmark = pytest.mark.spark

try:
    import pyspark  # noqa: F401
except ImportError:
    pytest.skip("pyspark is not installed (pip install -e '.[test]' or '.[spark]')", allow_module_level=True)
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs Java 17+ (apt-get install default-jre-headless)", allow_module_level=True)


def sagt(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "sagt.cli", *args], capture_output=True, text=True, timeout=timeout)
    return proc


def ingest_and_export(inputs: list[str], folder: Path) -> Path:
    db = folder / "ref.db"
    proc = sagt("ingest", *inputs, "--db", str(db), "-j", "2", "--no-progress")
    assert proc.returncode in (0, 1), proc.stderr
    proc = sagt("export", "--what", "all", "--format", "parquet", "-o", str(folder / "export"), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    return folder / "export"


@pytest.fixture(scope="module")
def spark():
    from sagt.spark.job import make_session

    session = make_session(
        "local[2]", app_name="sagt-tests", shuffle_partitions=4,
        conf={"spark.default.parallelism": "2", "spark.driver.memory": "1g", "spark.sql.adaptive.enabled": "false"},
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_warc(tmp_path_factory.mktemp("crawl") / "crawl.warc.gz")


@pytest.fixture(scope="module")
def reference(crawl: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_and_export([str(crawl)], tmp_path_factory.mktemp("ref"))


@pytest.fixture(scope="module")
def job(spark, crawl: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    from sagt.spark.job import run_job

    out = tmp_path_factory.mktemp("job") / "out"
    report = run_job(spark, [str(crawl)], str(out), partitions=4)
    return out, report


def test_same_rows_as_ingest_and_export(job: tuple[Path, dict], reference: Path) -> None:
    out, report = job
    ref, got = normalise(reference), normalise(out)
    for part in ref:
        assert got[part] == ref[part], part
    # ...and the corpus exercises what it is meant to:
    assert report["articles"] == 8 and report["errors"] == 1  # the page without text
    assert len(ref["wire_groups"]) == 1 and len(next(iter(ref["wire_groups"]))) == 3
    arts = {a["id"]: a for a in _rows(out, "articles")}
    assert {arts[u]["agency"] for u, _ in wire_pages()} == {"TT"}
    speakers = {s["name"]: s for s in _rows(out, "speakers")}
    assert {"Maria Ekholm", "Stefan Ekholm", "Ekholm"} <= set(speakers)  # two people + the ambiguous bare surname
    assert "Strandberg" not in speakers and speakers["Annika Strandberg"]["n_statements"] == 2  # unambiguous surname links
    assert speakers["Vladimir Putin"]["n_statements"] >= 5


def test_schema_layout_and_report(job: tuple[Path, dict], reference: Path) -> None:
    import pyarrow.parquet as pq

    from sagt.store.export_schema import SCHEMAS

    out, report = job
    for table, schema in SCHEMAS.items():
        parts = sorted((out / f"{table}.parquet").rglob("*.parquet"))
        assert parts, table
        exported = pq.read_schema(reference / f"{table}.parquet")
        for p in parts:
            got = pq.read_schema(p)
            assert got.equals(exported, check_metadata=True), p  # byte for byte what sagt export writes
            assert got.equals(schema) and got.metadata == schema.metadata, p  # (Parquet names list items "element")
    months = {p.name for p in (out / "articles.parquet").iterdir()}
    assert months == {"published_month=2024-01", "published_month=2024-02", "published_month=2024-03",
                      "published_month=2024-04", "published_month=2024-05"}
    assert {p.name for p in (out / "statements.parquet").iterdir()} <= months
    written = json.loads((out / "_sagt_job.json").read_text(encoding="utf-8"))
    assert written["written"] == {"articles": 8, "statements": report["statements"], "speakers": report["speakers"]}
    errors = [json.loads(line) for line in (out / "_errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(errors) == 1 and "tom-sida" in errors[0]["source"] and "no main text" in errors[0]["reason"]
    # The pipeline loads once per Python worker, not once per article or partition of a reused worker.
    pipe = report["pipeline"]
    assert pipe["partitions"] == 4 and 1 <= pipe["cold_loads"] <= pipe["partitions"]


def test_sagt_ingest_loads_the_job_output(job: tuple[Path, dict], reference: Path, tmp_path: Path) -> None:
    out, _ = job
    loaded = ingest_and_export([str(out)], tmp_path)
    # content_hash covers the statements an export carries; speaker entities depend on the
    # order ingest reads the folders in (by month), not the crawl order: see docs/spark.md.
    drop = ("content_hash",)
    ref, got = normalise(reference, drop=drop), normalise(loaded, drop=drop)
    for part in ("articles", "statements", "wire_groups", "statement_wire_groups", "quote_clusters"):
        assert got[part] == ref[part], part


def _rows(folder: Path, table: str) -> list[dict]:
    import pyarrow.dataset as ds

    return ds.dataset(str(folder / f"{table}.parquet"), format="parquet").to_table().to_pylist()


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_on_json_lines_with_updates(tmp_path: Path) -> None:
    """``sagt spark run`` on two JSON Lines files: a republished update and an exact repeat as ingest treats them."""
    from sagt.readers import read_html

    recs = []
    for url, doc in wire_pages():
        a = read_html(doc, id=url, url=url)
        recs.append({"id": url, "url": url, "title": a.title, "text": a.text, "published": a.published, "byline": "TT"})
    first = recs[0]
    changed = dict(first, text=first["text"].replace("minst två år", "minst tre år"), updated="2024-05-14")
    older = dict(first, text=first["text"] + "\n\nRättelse.", updated="2024-05-01")
    a = _jsonl(tmp_path / "a.jsonl", recs)
    b = _jsonl(tmp_path / "b.jsonl", [dict(recs[1]), changed, older, {"id": "trasig"}])
    ref = ingest_and_export([str(a), str(b)], tmp_path / "ref")
    proc = sagt("spark", "run", str(a), str(b), "--out", str(tmp_path / "out"), "--master", "local[2]",
                "--partitions", "2", "--json", timeout=600)
    assert proc.returncode == 1, proc.stderr[-3000:]  # one record without text
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["articles"] == 3 and report["versions_dropped"] == 3 and report["errors"] == 1
    got, want = normalise(tmp_path / "out"), normalise(ref)
    for part in want:
        assert got[part] == want[part], part
    versions = {r["id"]: r["version"] for r in _rows(tmp_path / "out", "articles")}
    assert versions[first["id"]] == 2
