"""Measure the gazetteer pattern groups with and without (NER F1 per set).

    python training/ablation.py [training/output/model-best] [--ner training/output/nerC/model-best]

Assembles the trained pipeline with each gazetteer setting into a temporary
directory and prints a markdown table (PER / ORG / LOC / overall F1).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _compat  # noqa: E402,F401
import spacy  # noqa: E402
from assemble import assemble  # noqa: E402
from evaluate import NER_SETS, load_gold, ner_prf  # noqa: E402

VARIANTS = {
    "no patterns": (),
    "orgs (fill gaps)": ("orgs",),
    "orgs! (override NER)": ("orgs!",),
    "names (fill gaps)": ("names",),
    "names + orgs!": ("names", "orgs!"),
    "places (fill gaps)": ("places",),
    "known-orgs (fill gaps)": ("known-orgs",),
    "names + orgs! + places": ("names", "orgs!", "places"),
    "names + orgs! + places + known-orgs": ("names", "orgs!", "places", "known-orgs"),
    "world-names! + orgs! + places + known-orgs": ("world-names!", "names", "orgs!", "places", "known-orgs"),
    "names + orgs! + places! + known-orgs!": ("names", "orgs!", "places!", "known-orgs!"),
    "names + orgs! + places + known-orgs!": ("names", "orgs!", "places", "known-orgs!"),
}
SETS = ["Webbnyheter held-out (dev)", "UNER PUD half A (tuning)", "UNER PUD half B (held out)", "Webbnyheter 2012 test"]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("src", nargs="?", type=Path, default=HERE / "output" / "model-best")
    ap.add_argument("--ner", type=Path, help="separately trained NER (assemble.py --ner)")
    ap.add_argument("--only", nargs="*", help="variant names to run (default: all)")
    args = ap.parse_args()
    src = args.src
    print("| entity_ruler patterns | " + " | ".join(f"{s}: PER / ORG / LOC / all F" for s in SETS) + " |")
    print("| --- |" + " --- |" * len(SETS))
    with tempfile.TemporaryDirectory() as tmp:
        for name, groups in VARIANTS.items():
            if args.only and name not in args.only:
                continue
            dest = Path(tmp) / "m"
            assemble(src, dest, gazetteer=groups, ner_src=args.ner)
            nlp = spacy.load(dest)
            cells = []
            for s in SETS:
                r = ner_prf(nlp, load_gold(nlp, NER_SETS[s]))
                cells.append(" / ".join(f"{r[k]['f']:.1f}" for k in ("PER", "ORG", "LOC", "ALL")))
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
