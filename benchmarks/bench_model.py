"""Size, load time and throughput of sagt's packaged Swedish model on one core.

    OMP_NUM_THREADS=1 python benchmarks/bench_model.py [--model DIR] [--repeat 3]

Text: the sentences of the UD Swedish test sets in ../shared/data (PUD +
Talbanken test, joined into ~2,000-character "articles"), so no news text is
stored in the repository.  Reports chars/s and sentences/s for the full
pipeline, NER only (tok2vec + ner + entity_ruler) and tagging only, on plain
strings (tokenizer included), single process, one thread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ud"
if not DATA.exists():  # pragma: no cover
    DATA = Path("/work/shared/data/ud")


def sentences() -> list[str]:
    out = []
    for fn in ("sv_pud-ud-test.conllu", "sv_talbanken-ud-test.conllu"):
        for line in (DATA / fn).open(encoding="utf8"):
            if line.startswith("# text = "):
                out.append(line[len("# text = "):].strip())
    return out


def articles(sents: list[str], size: int = 2000) -> list[str]:
    arts, cur = [], []
    n = 0
    for s in sents:
        cur.append(s)
        n += len(s) + 1
        if n >= size:
            arts.append(" ".join(cur))
            cur, n = [], 0
    if cur:
        arts.append(" ".join(cur))
    return arts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=None, help="model dir (default: the packaged one)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    if args.model:
        os.environ["SAGT_MODEL_SV"] = str(args.model)
    from sagt.nlp import model as m

    path = m.model_path("sv")
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    print(f"model: {path}")
    print(f"size on disk: {size / 1e6:.2f} MB")

    # cold load in a fresh interpreter (imports spaCy too), then warm load here
    code = (
        "import time,sys; t=time.perf_counter(); import spacy; t1=time.perf_counter(); "
        f"sys.path.insert(0,{str(ROOT / 'src')!r}); from sagt.nlp import load_model; load_model(); "
        "t2=time.perf_counter(); print(f'{t1-t:.3f} {t2-t1:.3f}')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy())
    if out.returncode == 0:
        imp, load = out.stdout.split()[-2:]
        print(f"load time (fresh process): import spacy {float(imp):.2f} s + load_model {float(load):.2f} s")
    else:
        print("fresh-process load failed:", out.stderr.strip().splitlines()[-1:])
    t0 = time.perf_counter()
    nlp = m.load_model("sv")
    print(f"load time (this process): {time.perf_counter() - t0:.2f} s; pipeline {nlp.pipe_names}")

    sents = sentences()
    arts = articles(sents)
    chars = sum(len(a) for a in arts)
    print(f"text: {len(sents)} sentences, {len(arts)} articles of ~2000 chars, {chars} chars")

    configs = {
        "full pipeline": None,
        "NER only": m.ner_pipes(nlp),
        "tagger only": m.TAG_PIPES,
    }
    list(nlp.pipe(arts[:20]))  # warm-up
    for label, keep in configs.items():
        disable = [] if keep is None else [n for n in nlp.pipe_names if n not in keep]
        times = []
        with nlp.select_pipes(disable=disable):
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                for _doc in nlp.pipe(arts, batch_size=32):
                    pass
                times.append(time.perf_counter() - t0)
        t = statistics.median(times)
        print(f"{label:14s}: {chars / t:>10,.0f} chars/s  {len(sents) / t:>8,.0f} sentences/s  "
              f"{len(arts) / t:>7,.0f} articles/s  (nlp.pipe, batch 32)")
    # one call per sentence, the way an extractor calls entities() on selected sentences
    t0 = time.perf_counter()
    for s in sents:
        m.entities(s)
    t = time.perf_counter() - t0
    print(f"entities() per sentence: {sum(map(len, sents)) / t:,.0f} chars/s  {len(sents) / t:,.0f} sentences/s")


if __name__ == "__main__":
    main()
