"""Ingest rate: articles per second through ``sagt ingest`` (read, extract, store) into SQLite.

    .venv/bin/python benchmarks/bench_ingest.py                  # 100,000 articles, 2 workers
    .venv/bin/python benchmarks/bench_ingest.py --n 10000 --workers 2 --db /tmp/i.db

Generates N synthetic Swedish local-news articles (invented text, as in the
store tests) into JSON Lines files of 5,000 articles, then runs the real
ingest (worker processes extract with ``sagt.extract_article``; the main
process writes batches) and reports the rate. A second run over the same
files measures re-ingest (everything unchanged) speed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from sagt.ingest import IngestOptions, ingest  # noqa: E402
from tests.store.corpus import jsonl_record, write_jsonl  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="articles")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--db", default=None, help="database (default: a new SQLite file in a temp dir)")
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--no-rerun", action="store_true", help="skip the re-ingest measurement")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sagt-bench-ingest-"))
    db = args.db or str(tmp / "bench.db")
    files = []
    t = time.perf_counter()
    for start in range(0, args.n, 5000):
        recs = [jsonl_record(i) for i in range(start, min(start + 5000, args.n))]
        files.append(str(write_jsonl(tmp / f"part-{start // 5000:04d}.jsonl", recs)))
    print(f"generated {args.n} articles in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    opts = IngestOptions(db=db, workers=args.workers, batch_size=args.batch_size, progress=sys.stderr.isatty())
    rep = ingest(files, opts)
    result = {
        "articles": args.n,
        "workers": args.workers,
        "db": "postgresql" if "://" in db else "sqlite",
        "stored": rep.new,
        "failed": len(rep.failures),
        "statements": rep.statements,
        "seconds": round(rep.elapsed, 1),
        "articles_per_s": round(rep.new / rep.elapsed, 1),
    }
    if not args.no_rerun:
        again = ingest(files, opts)
        result["reingest_unchanged"] = again.unchanged
        result["reingest_articles_per_s"] = round(again.unchanged / again.elapsed, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
