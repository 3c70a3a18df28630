"""Error analysis of a pipeline's NER on one evaluation set.

    python training/errors.py [--model DIR] [--set ner-uner-pud-test.spacy] [--n 40]

Prints: gold/pred type confusion (same span, different label; boundary
errors; missed; spurious), error counts by cue (sentence-initial, genitive -s,
all-caps, single token), and N example errors.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _compat  # noqa: E402,F401
import spacy  # noqa: E402
from evaluate import load_gold, predict, LABELS  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(HERE.parent / "src" / "sagt" / "models" / "sv_sagt_core"))
    ap.add_argument("--set", default="ner-uner-pud-test.spacy")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    gold = load_gold(nlp, args.set)
    pred = predict(nlp, gold, disable=["tagger", "attribute_ruler"])
    conf = Counter()   # (gold label or -, pred label or -) on exact / overlapping spans
    kinds = Counter()
    cues = Counter()
    examples = []
    for g, p in zip(gold, pred):
        gs = {(e.start, e.end): e.label_ for e in g.ents if e.label_ in LABELS}
        ps = {(e.start, e.end): e.label_ for e in p.ents if e.label_ in LABELS}
        for sp, lab in gs.items():
            if ps.get(sp) == lab:
                conf[(lab, lab)] += 1
                continue
            if sp in ps:
                conf[(lab, ps[sp])] += 1
                kind = f"type {lab}->{ps[sp]}"
            else:
                ov = [(s, l) for s, l in ps.items() if s[0] < sp[1] and sp[0] < s[1]]
                if ov:
                    kind = f"boundary {lab} (pred {ov[0][1]})"
                    conf[(lab, "~" + ov[0][1])] += 1
                else:
                    kind = f"missed {lab}"
                    conf[(lab, "-")] += 1
            kinds[kind] += 1
            toks = g[sp[0]:sp[1]]
            if sp[0] == 0 or g[sp[0] - 1].text in "”\"'–-:":
                cues[f"{lab} sentence-initial"] += 1
            if toks[-1].text.endswith("s") and len(toks[-1]) > 2:
                cues[f"{lab} ends in -s (genitive?)"] += 1
            if toks.text.isupper():
                cues[f"{lab} all-caps"] += 1
            if len(toks) == 1:
                cues[f"{lab} single token"] += 1
            examples.append((kind, g, sp, lab, ps))
        for sp, lab in ps.items():
            if sp in gs:
                continue
            ov = [s for s in gs if s[0] < sp[1] and sp[0] < s[1]]
            if ov:
                continue  # counted as boundary above
            conf[("-", lab)] += 1
            kinds[f"spurious {lab}"] += 1
            examples.append((f"spurious {lab}", g, sp, lab, ps))
    labs = [*LABELS, "-"]
    print("gold \\ pred  " + "".join(f"{l:>7}" for l in labs) + "  ~PER   ~ORG   ~LOC (overlap)")
    for gl in labs:
        row = "".join(f"{conf[(gl, pl)]:>7}" for pl in labs)
        row += "".join(f"{conf[(gl, '~' + pl)]:>7}" for pl in LABELS)
        print(f"{gl:>12} {row}")
    print("\nerror kinds:")
    for k, v in kinds.most_common():
        print(f"  {v:5} {k}")
    print("\ncues among gold entities not found exactly:")
    for k, v in sorted(cues.items()):
        print(f"  {v:5} {k}")
    rng = random.Random(args.seed)
    rng.shuffle(examples)
    print(f"\n{args.n} example errors:")
    for kind, g, sp, lab, ps in examples[: args.n]:
        a, b = max(0, sp[0] - 6), min(len(g), sp[1] + 6)
        ctx = " ".join(("[" if i == sp[0] else "") + g[i].text + ("]" if i == sp[1] - 1 else "") for i in range(a, b))
        pe = ", ".join(f"{g[s:e].text}/{l}" for (s, e), l in ps.items() if s < b and a < e)
        print(f"- {kind:28} {ctx}   || pred: {pe}")


if __name__ == "__main__":
    main()
