"""The Spark batch job: news archives in, a sagt Parquet export out.

    spark-submit src/sagt/spark/job.py INPUT... --out DIR [--format auto|warc|jsonl|parquet]
    sagt spark run INPUT... --out DIR [--master local[2]]

Stages (see ``docs/spark.md``):

1. list the input files on the driver, in ``sagt ingest`` order; read each
   file in one task (WARC records, JSON Lines, Parquet rows); repartition
   when there are fewer files than partitions;
2. ``mapPartitions``: parse HTML, extract statements, MinHash-fingerprint,
   detect the agency, flatten to export rows (the pipeline loads once per
   Python worker and stays warm across its tasks);
3. one version per article key, by the store's update rules;
4. wire copies: LSH buckets (articles sharing one of 32 band keys) ->
   candidate pairs -> verified by estimated Jaccard and agency tags ->
   connected components -> each group's statements clustered;
5. the speaker registry: statements partitioned by surname (registry key),
   sorted by ingest order, resolved by ``sagt.store.registry`` in an
   in-memory SQLite per partition;
6. write ``articles.parquet/`` and ``statements.parquet/`` (folders
   ``published_month=YYYY-MM``) and ``speakers.parquet/`` with exactly the
   pyarrow schemas of :mod:`sagt.store.export_schema`, plus
   ``_sagt_job.json`` (counts, timings) and ``_errors.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

if __package__ in (None, ""):  # run as a script by spark-submit: make ``sagt`` importable from a checkout
    _src = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p) != os.path.dirname(os.path.abspath(__file__))]
    try:
        import sagt  # noqa: F401
    except ImportError:
        sys.path.insert(0, _src)

from sagt.spark import stages  # noqa: E402
from sagt.spark.inputs import FORMATS, list_inputs, read_input  # noqa: E402

#: Wire edges below this count are joined into groups on the driver (union-find), above it in Spark.
DRIVER_COMPONENTS_MAX = 2_000_000
#: Wire-group memberships below this count are broadcast instead of joined with the articles.
BROADCAST_MAX = 5_000_000


class JobError(Exception):
    """The job cannot start (no inputs, output exists...)."""


def make_session(master: str | None = None, *, app_name: str = "sagt", shuffle_partitions: int | None = None,
                 ui: bool = False, conf: dict[str, str] | None = None) -> Any:
    """A SparkSession for the job; in local mode the Python workers use this interpreter."""
    from pyspark.sql import SparkSession

    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    b = SparkSession.builder.appName(app_name)
    if master:
        b = b.master(master)
    b = b.config("spark.ui.enabled", "true" if ui else "false").config("spark.python.worker.reuse", "true")
    if shuffle_partitions:
        b = b.config("spark.sql.shuffle.partitions", str(shuffle_partitions))
    for k, v in (conf or {}).items():
        b = b.config(k, v)
    spark = b.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _prepare_out(out: str, overwrite: bool) -> None:
    from pyarrow import fs as pafs

    filesystem, base = pafs.FileSystem.from_uri(out) if "://" in out else (pafs.LocalFileSystem(), os.path.abspath(out))
    info = filesystem.get_file_info(base)
    if info.type == pafs.FileType.File:
        raise JobError(f"{out} is a file; --out needs a folder")
    if info.type == pafs.FileType.Directory and filesystem.get_file_info(pafs.FileSelector(base)):
        if not overwrite:
            raise JobError(f"{out} exists and is not empty; pass --overwrite to replace it")
        filesystem.delete_dir_contents(base)
    filesystem.create_dir(base, recursive=True)


def _write_text(out: str, name: str, text: str) -> None:
    from pyarrow import fs as pafs

    filesystem, base = pafs.FileSystem.from_uri(out) if "://" in out else (pafs.LocalFileSystem(), os.path.abspath(out))
    with filesystem.open_output_stream(f"{base}/{name}") as fh:
        fh.write(text.encode("utf-8"))


def run_job(spark: Any, inputs: list[str], out: str, *, fmt: str = "auto", lang: str = "sv",
            partitions: int | None = None, overwrite: bool = False,
            log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run the whole job; return the report also written to ``OUT/_sagt_job.json``."""
    from operator import add

    from pyspark import StorageLevel

    say = log or (lambda msg: print(msg, file=sys.stderr))
    sc = spark.sparkContext
    t0 = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(name: str, t: float) -> float:
        now = time.perf_counter()
        timings[name] = round(now - t, 3)
        return now

    files, skipped = list_inputs(list(inputs), fmt)
    if not files:
        raise JobError("no input files: " + "; ".join(f"{s}: {r}" for s, r in skipped) if skipped else "no input files")
    _prepare_out(out, overwrite)
    nparts = int(partitions or max(2, sc.defaultParallelism * 2))
    say(f"sagt spark: {len(files)} input files, {nparts} partitions, master {sc.master}")

    # 1-2: read and extract ------------------------------------------------------------
    t = time.perf_counter()
    raw = sc.parallelize(files, len(files)).flatMap(lambda f: read_input(f, lang))
    if len(files) < nparts:
        raw = raw.repartition(nparts)
    recs = raw.mapPartitions(lambda it: stages.extract_partition(it, lang)).persist(StorageLevel.MEMORY_AND_DISK)
    loads = recs.filter(lambda r: r["type"] == "load").collect()
    t = lap("read_extract", t)
    n_errors = recs.filter(lambda r: r["type"] == "error").count()
    errors = recs.filter(lambda r: r["type"] == "error").take(100_000)
    arts = recs.filter(lambda r: r["type"] == "article")

    # 3: one version per key --------------------------------------------------------------
    dups = (
        arts.map(lambda a: (a["key"], (a["proc"], a["chash"], a["updated"])))
        .groupByKey(nparts)
        .filter(lambda kv: len(kv[1]) > 1)
        .mapValues(stages.resolve_versions)
        .collect()
    )
    if dups:
        decided = sc.broadcast(dict(dups))

        def keep(a: dict[str, Any]) -> bool:
            d = decided.value.get(a["key"])
            return d is None or d[0] == a["proc"]

        def fix(a: dict[str, Any]) -> dict[str, Any]:
            d = decided.value.get(a["key"])
            if d is not None:
                a["ord"] = d[1]
                a["row"]["version"] = d[2]
            return a

        arts = arts.filter(keep).map(fix)
    arts = arts.persist(StorageLevel.MEMORY_AND_DISK)
    n_articles = arts.count()
    n_versions_dropped = recs.filter(lambda r: r["type"] == "article").count() - n_articles if dups else 0
    t = lap("versions", t)

    # 4: wire copies ------------------------------------------------------------------------
    pairs = (
        arts.flatMap(lambda a: [(b, a["uid"]) for b in a["bands"]])
        .groupByKey(nparts)
        .filter(lambda kv: len(kv[1]) > 1)
        .flatMap(lambda kv: stages.bucket_pairs(kv[1]))
        .distinct(nparts)
    )
    sigs = arts.filter(lambda a: a["sig"] is not None).map(lambda a: (a["uid"], (a["sig"], a["row"]["agency"])))
    edges = (
        pairs.join(sigs, nparts)
        .map(lambda kv: (kv[1][0], (kv[0], kv[1][1][0], kv[1][1][1])))
        .join(sigs, nparts)
        .filter(lambda kv: stages.copy_edge(kv[1][0], (kv[0], kv[1][1][0], kv[1][1][1])))
        .map(lambda kv: (kv[1][0][0], kv[0]))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    n_edges = edges.count()
    if n_edges <= DRIVER_COMPONENTS_MAX:
        comp = sc.parallelize(list(stages.components(edges.collect()).items()), nparts)
    else:
        comp = _components_distributed(edges)
    members = arts.map(
        lambda a: (a["uid"], {"uid": a["uid"], "published": a["published"], "ord": a["ord"],
                              "statements": [(s["seq"], s["content"]) for s in a["statements"]]})
    )
    wire = (
        comp.join(members, nparts)
        .map(lambda kv: (kv[1][0], kv[1][1]))
        .groupByKey(nparts)
        .flatMap(lambda kv: stages.recluster(list(kv[1])))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    wire_art = wire.filter(lambda r: r[0] == "art").map(lambda r: (r[1], r[2]))
    wire_st = wire.filter(lambda r: r[0] == "st").map(lambda r: (r[1], ("wire", r[2], r[3], r[4])))
    n_wire_articles = wire_art.count()
    n_groups = wire_art.map(lambda r: r[1]).distinct(nparts).count()
    t = lap("wire", t)

    # 5: speaker registry ----------------------------------------------------------------
    def statement_items(a: dict[str, Any]) -> list[Any]:
        out = []
        for s in a["statements"]:
            k = stages.registry_key(s["speaker_name"], s["speaker_type"])
            if k is not None:
                item = {f: s[f] for f in ("speaker_name", "speaker_type", "speaker_role", "speaker_gender",
                                          "speaker_gender_source", "speaker_organization", "published_date")}
                item["lang"] = a["lang"]
                out.append(((a["proc"][0], a["proc"][1], a["uid"], s["seq"], k), item))
        return out

    reg = (
        arts.flatMap(statement_items)
        .repartitionAndSortWithinPartitions(nparts, partitionFunc=lambda k: stages.hash63(k[4]), keyfunc=lambda k: k[:4])
        .mapPartitions(lambda it: stages.registry_partition(it, lang))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    assigned = reg.filter(lambda r: r[0] == "asg").map(lambda r: (r[1], ("spk", r[2])))
    t = lap("registry", t)

    # 6: assemble and write --------------------------------------------------------------
    def final_statement(kv: tuple[Any, Any]) -> list[dict[str, Any]]:
        (auid, seq), values = kv
        row, info, spk = None, None, None
        for v in values:
            if v[0] == "row":
                row = v[1]
            elif v[0] == "wire":
                info = v
            else:
                spk = v[1]
        if row is None:
            return []
        sid = stages.statement_uid(auid, seq)
        row["speaker_id"] = spk
        row["wire_group"] = info[1] if info else None
        row["cluster_id"] = info[2] if info else sid
        row["is_primary"] = bool(info[3]) if info else True
        return [row]

    st_rows = arts.flatMap(
        lambda a: [((a["uid"], s["seq"]), ("row", dict(s, _month=a["month"]))) for s in a["statements"]]
    )
    final_sts = st_rows.union(wire_st).union(assigned).groupByKey(nparts).flatMap(final_statement).persist(StorageLevel.MEMORY_AND_DISK)
    n_statements = final_sts.map(lambda r: r["_month"]).count()

    if n_wire_articles <= BROADCAST_MAX:
        groups = sc.broadcast(dict(wire_art.collect()))
        final_arts = arts.map(lambda a: dict(a["row"], wire_group=groups.value.get(a["uid"]), _month=a["month"]))
    else:
        final_arts = arts.map(lambda a: (a["uid"], a)).leftOuterJoin(wire_art, nparts).map(
            lambda kv: dict(kv[1][0]["row"], wire_group=kv[1][1], _month=kv[1][0]["month"])
        )
    counts = final_sts.filter(lambda r: r["is_primary"] and r["speaker_id"] is not None).map(lambda r: (r["speaker_id"], 1)).reduceByKey(add, nparts)
    final_spk = (
        reg.filter(lambda r: r[0] == "spk")
        .map(lambda r: (r[1]["speaker_id"], r[1]))
        .leftOuterJoin(counts, nparts)
        .map(lambda kv: dict(kv[1][0], n_statements=int(kv[1][1] or 0)))
    )
    written = {
        "articles": final_arts.mapPartitionsWithIndex(lambda i, it: stages.write_table(it, "articles", out, i, True)).sum(),
        "statements": final_sts.mapPartitionsWithIndex(lambda i, it: stages.write_table(it, "statements", out, i, True)).sum(),
        "speakers": final_spk.mapPartitionsWithIndex(lambda i, it: stages.write_table(it, "speakers", out, i, False)).sum(),
    }
    t = lap("write", t)
    elapsed = time.perf_counter() - t0
    pids = sorted({ld["pid"] for ld in loads})
    report = {
        "job": "sagt-spark/1",
        "master": sc.master,
        "inputs": list(inputs),
        "files": len(files),
        "skipped": [{"input": s, "reason": r} for s, r in skipped],
        "partitions": nparts,
        "articles": n_articles,
        "versions_dropped": n_versions_dropped,
        "statements": n_statements,
        "speakers": written["speakers"],
        "written": written,
        "errors": n_errors,
        "wire_edges": n_edges,
        "wire_groups": n_groups,
        "wire_articles": n_wire_articles,
        "pipeline": {
            "partitions": len(loads),
            "python_workers": len(pids),
            "cold_loads": sum(1 for ld in loads if not ld["warm"]),
            "extract_seconds": round(sum(ld["seconds"] for ld in loads), 3),
        },
        "timings": timings,
        "elapsed": round(elapsed, 3),
        "articles_per_second": round(n_articles / elapsed, 2) if elapsed else None,
    }
    _write_text(out, "_sagt_job.json", json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    _write_text(out, "_errors.jsonl", "".join(json.dumps({k: e[k] for k in ("source", "line", "reason")}, ensure_ascii=False) + "\n" for e in errors))
    say(
        f"sagt spark: {n_articles} articles, {n_statements} statements, {written['speakers']} speakers, "
        f"{n_groups} wire groups, {n_errors} errors in {elapsed:.1f} s ({report['articles_per_second']} articles/s) -> {out}"
    )
    for s in (recs, arts, edges, wire, reg, final_sts):
        s.unpersist()
    return report


def _components_distributed(edges: Any) -> Any:
    """Connected components in Spark by min-label propagation (wire groups are shallow: few rounds)."""
    from pyspark import StorageLevel

    adj = edges.flatMap(lambda e: [(e[0], e[1]), (e[1], e[0])]).groupByKey().mapValues(list).persist(StorageLevel.MEMORY_AND_DISK)
    labels = adj.map(lambda kv: (kv[0], min([kv[0], *kv[1]])))
    while True:
        new = (
            adj.join(labels)
            .flatMap(lambda kv: [(m, kv[1][1]) for m in kv[1][0]] + [(kv[0], kv[1][1])])
            .reduceByKey(min)
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        changed = new.join(labels).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels = new
        if not changed:
            return labels


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="sagt-spark", description="sagt batch job: WARC / JSON Lines / Parquet -> sagt Parquet export.")
    p.add_argument("inputs", nargs="+", help="Files, folders, globs or URIs (s3://, hdfs://...) of WARC, JSON Lines or Parquet.")
    p.add_argument("--out", required=True, help="Output folder (local or URI) for articles/statements/speakers.parquet.")
    p.add_argument("--format", default="auto", choices=FORMATS, help="Input format (auto: by file name).")
    p.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*]).")
    p.add_argument("--lang", default="sv")
    p.add_argument("--partitions", type=int, default=None, help="Partitions for extraction and shuffles (default: 2 x cores).")
    p.add_argument("--overwrite", action="store_true", help="Replace an existing output folder.")
    p.add_argument("--ui", action="store_true", help="Enable the Spark web UI.")
    args = p.parse_args(argv)
    spark = make_session(args.master, shuffle_partitions=args.partitions, ui=args.ui)
    try:
        report = run_job(spark, args.inputs, args.out, fmt=args.format, lang=args.lang, partitions=args.partitions, overwrite=args.overwrite)
    except JobError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
