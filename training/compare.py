"""Evaluate separately trained NER candidates, each assembled with the shipped tagger.

    python training/compare.py training/output/nerA/model-best training/output/nerB/model-best ...

For each candidate: NER P/R/F per type on dev (Webbnyheter held-out + UNER
Talbanken dev: the selection criterion), then on the test sets (reported
once, not used for selection).  Gazetteer = assemble.DEFAULT_GAZETTEER.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _compat  # noqa: E402,F401
import spacy  # noqa: E402
from assemble import assemble, DEFAULT_GAZETTEER  # noqa: E402
from evaluate import NER_SETS, load_gold, ner_prf, LABELS  # noqa: E402

DEV = ["Webbnyheter held-out (dev)", "UNER Talbanken dev"]
TEST = ["UNER PUD test", "Webbnyheter 2012 test", "UNER Talbanken test"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("ner", nargs="+", type=Path)
    ap.add_argument("--base", type=Path, default=HERE / "output" / "model-best")
    ap.add_argument("--gazetteer", default=",".join(DEFAULT_GAZETTEER))
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for ner in [None, *args.ner]:
            dest = Path(tmp) / "m"
            assemble(args.base, dest, gazetteer=[g for g in args.gazetteer.split(",") if g], ner_src=ner)
            nlp = spacy.load(dest)
            name = str(ner) if ner else "shared NER (base)"
            res = {}
            dev_gold = [d for s in DEV for d in load_gold(nlp, NER_SETS[s])]
            res["dev"] = ner_prf(nlp, dev_gold)
            for s in TEST:
                res[s] = ner_prf(nlp, load_gold(nlp, NER_SETS[s]))
            out[name] = res
            for k, r in res.items():
                cells = " | ".join(f"{r[l]['p']:.1f} / {r[l]['r']:.1f} / **{r[l]['f']:.1f}**" for l in (*LABELS, "ALL"))
                print(f"| {name} | {k} | {cells} |", flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
