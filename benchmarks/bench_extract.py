"""Extraction throughput and peak memory on one core.

usage: python benchmarks/bench_extract.py [--seconds 10] [--no-model] [--json]

Articles are the reference article (../shared/seed) and the project's own
invented test articles (tests/data/sv-handwritten.jsonl), each a realistic
1–3 kB news text. The benchmark runs extraction in this one process (one
core) for a fixed time after a warm-up and reports articles per second,
characters per second and the peak resident memory of the process.
Target (issue #2): at least 200 articles/s.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sagt.model import Article  # noqa: E402
from sagt.pipeline import extract_article  # noqa: E402


def corpus() -> list[str]:
    texts = []
    seed = ROOT.parent / "shared" / "seed" / "svt-putin-scholz.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    hand = ROOT / "tests" / "data" / "sv-handwritten.jsonl"
    if hand.exists():
        texts += [json.loads(line)["text"] for line in hand.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not texts:
        sys.exit("no benchmark articles found")
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-model", action="store_true", help="rules only: skip the entity model")
    args = ap.parse_args()
    use_model = not args.no_model
    texts = corpus()
    for t in texts:  # warm-up: load language packs, compile patterns
        extract_article(Article(id="w", text=t), use_model=use_model)
    n = chars = statements = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for t in texts:
            statements += len(extract_article(Article(id="b", text=t), use_model=use_model).statements)
            n += 1
            chars += len(t)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": n, "seconds": round(elapsed, 2), "articles_per_s": round(n / elapsed, 1),
        "chars_per_s": round(chars / elapsed), "mean_chars": round(chars / n), "statements": statements,
        "peak_rss_mb": round(peak_mb, 1), "distinct_articles": len(texts), "model": use_model,
    }
    if args.json:
        print(json.dumps(result))
    else:
        mode = "with the entity model" if use_model else "rules only"
        print(f"{mode}: {result['articles_per_s']} articles/s ({result['chars_per_s']:,} chars/s, mean {result['mean_chars']} chars, "
              f"{len(texts)} distinct articles) on one core; peak RSS {result['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
