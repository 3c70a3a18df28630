"""Evaluate a pipeline on the held-out UD / NER test sets.

    python training/evaluate.py [--model src/sagt/models/sv_sagt_core] [--json out.json] [--markdown]

Needs ``training/corpus/eval/*.spacy`` (``python training/convert.py``).
Evaluation uses the gold tokenisation of each test set (the usual way UD and
NER numbers are reported; spaCy's own model numbers are also on gold
sentences).  UPOS accuracy counts every token, punctuation included.  NER
scores are exact-span precision/recall/F1 per type (PER, ORG, LOC) and
micro-averaged overall; MISC in Webbnyheter is not scored (it is outside).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import _compat  # noqa: E402,F401  (before spacy)
import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

EVAL = HERE / "corpus" / "eval"
UPOS_SETS = {
    "Talbanken dev": "upos-talbanken-dev.spacy",
    "Talbanken test": "upos-talbanken-test.spacy",
    "PUD test": "upos-pud-test.spacy",
}
NER_SETS = {
    "UNER PUD test": "ner-uner-pud-test.spacy",
    "UNER PUD half A (tuning)": "ner-uner-pud-a.spacy",
    "UNER PUD half B (held out)": "ner-uner-pud-b.spacy",
    "Webbnyheter 2012 test": "ner-webbnyheter2012-test.spacy",
    "UNER Talbanken test": "ner-uner-talbanken-test.spacy",
    "UNER Talbanken dev": "ner-uner-talbanken-dev.spacy",
    "Webbnyheter held-out (dev)": "ner-webbnyheter2012-heldout.spacy",
}
LABELS = ("PER", "ORG", "LOC")


def load_gold(nlp, name: str) -> list[Doc]:
    return list(DocBin().from_disk(EVAL / name).get_docs(nlp.vocab))


def predict(nlp, gold: list[Doc], disable=()) -> list[Doc]:
    fresh = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in gold]
    with nlp.select_pipes(disable=[p for p in disable if p in nlp.pipe_names]):
        return list(nlp.pipe(fresh, batch_size=256))


def upos_acc(nlp, gold: list[Doc]) -> float:
    pred = predict(nlp, gold, disable=[p for p in nlp.pipe_names if p not in ("tok2vec", "tagger", "attribute_ruler")])
    n = ok = 0
    for g, p in zip(gold, pred):
        for gt, pt in zip(g, p):
            n += 1
            ok += gt.tag_ == pt.pos_
    return 100.0 * ok / n


def ner_prf(nlp, gold: list[Doc]) -> dict:
    return ner_scores(gold, predict(nlp, gold, disable=["tagger", "attribute_ruler"]))


def ner_scores(gold: list[Doc], pred: list[Doc]) -> dict:
    """Exact-span P/R/F per type and overall of predicted docs against gold docs."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs = {(e.start, e.end, e.label_) for e in g.ents if e.label_ in LABELS}
        ps = {(e.start, e.end, e.label_) for e in p.ents if e.label_ in LABELS}
        for s in ps & gs:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    out = {}
    for lab in (*LABELS, "ALL"):
        if lab == "ALL":
            t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            t, f_p, f_n = tp[lab], fp[lab], fn[lab]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = {"p": 100 * p, "r": 100 * r, "f": 100 * f, "n_gold": t + f_n}
    return out


def evaluate(model, sets: str = "all") -> dict:
    nlp = spacy.load(model) if not hasattr(model, "pipe") else model
    res: dict = {"upos": {}, "ner": {}}
    if "tagger" in nlp.pipe_names:
        for name, fn in UPOS_SETS.items():
            res["upos"][name] = upos_acc(nlp, load_gold(nlp, fn))
    if "ner" in nlp.pipe_names:
        for name, fn in NER_SETS.items():
            if sets == "dev" and "dev" not in name:
                continue
            res["ner"][name] = ner_prf(nlp, load_gold(nlp, fn))
    return res


def markdown(res: dict) -> str:
    lines = ["| UPOS accuracy | % |", "| --- | ---: |"]
    for k, v in res["upos"].items():
        lines.append(f"| {k} | {v:.1f} |")
    lines += ["", "| NER (P / R / F) | PER | ORG | LOC | overall |", "| --- | --- | --- | --- | --- |"]
    for k, v in res["ner"].items():
        cells = [f"{v[lab]['p']:.1f} / {v[lab]['r']:.1f} / **{v[lab]['f']:.1f}**" for lab in (*LABELS, "ALL")]
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=str(ROOT / "src" / "sagt" / "models" / "sv_sagt_core"))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--sets", choices=["all", "dev"], default="all")
    args = ap.parse_args()
    t0 = time.time()
    res = evaluate(args.model, args.sets)
    res["model"] = args.model
    print(markdown(res))
    print(f"\n(evaluated in {time.time() - t0:.0f}s)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
