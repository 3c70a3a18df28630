"""Measure a vote of several trained NERs, followed by the shipped rulers and name cues.

    python training/ensemble.py MODEL_DIR MODEL_DIR ... [--min-votes K] [--base src/sagt/models/sv_sagt_core]

Each MODEL_DIR is an assembled pipeline (``assemble.py``); only its NER's
own spans are used, computed with its own vocabulary (so members may read
different name-type tables).  A span and label is kept when at least K
members give it (default: a majority); overlapping spans are settled by
votes.  The base pipeline's tagger, rulers and name cues then run on the
voted entities, as in the shipped order.  Prints NER F per type on every
evaluation set.  This is how RESULTS.md measured the ensemble it did not
ship (the package-size limit).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _compat  # noqa: E402,F401
import spacy  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402
from evaluate import NER_SETS, load_gold, ner_scores  # noqa: E402

BEFORE_NER = ("tok2vec", "tagger", "attribute_ruler")


def fresh(nlp, gold: list[Doc]) -> list[Doc]:
    return [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in gold]


def raw_spans(model: Path, golds: dict[str, list[Doc]]) -> dict[str, list[list[tuple]]]:
    """The member's NER spans (no rulers, no cues) on every set."""
    nlp = spacy.load(model)
    keep = [p for p in (*BEFORE_NER, "ner") if p in nlp.pipe_names]
    out = {}
    with nlp.select_pipes(enable=keep):
        for name, gold in golds.items():
            out[name] = [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(fresh(nlp, gold), batch_size=256)]
    return out


def vote(members: list[list[tuple]], min_votes: int) -> list[tuple]:
    counts = Counter(span for spans in members for span in spans)
    chosen, used = [], set()
    for span, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0])):
        if n < min_votes:
            break
        if used.isdisjoint(range(span[0], span[1])):
            chosen.append(span)
            used.update(range(span[0], span[1]))
    return sorted(chosen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("members", nargs="+", type=Path)
    ap.add_argument("--min-votes", type=int)
    ap.add_argument("--base", type=Path, default=HERE.parent / "src" / "sagt" / "models" / "sv_sagt_core")
    args = ap.parse_args()
    k = args.min_votes or len(args.members) // 2 + 1
    base = spacy.load(args.base)
    golds = {name: load_gold(base, fn) for name, fn in NER_SETS.items()}
    spans = [raw_spans(m, golds) for m in args.members]
    after = [p for p in base.pipe_names if p not in (*BEFORE_NER, "ner")]
    print(f"{len(args.members)} members, a span needs {k} votes")
    for name, gold in golds.items():
        with base.select_pipes(enable=[p for p in BEFORE_NER if p in base.pipe_names]):
            docs = list(base.pipe(fresh(base, gold), batch_size=256))
        for i, doc in enumerate(docs):
            doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in vote([m[name][i] for m in spans], k)]
            for pipe in after:
                doc = base.get_pipe(pipe)(doc)
            docs[i] = doc
        f = {lab: v["f"] for lab, v in ner_scores(gold, docs).items()}
        print(f"{name:30s} PER {f['PER']:5.1f}  ORG {f['ORG']:5.1f}  LOC {f['LOC']:5.1f}  all {f['ALL']:5.1f}")


if __name__ == "__main__":
    main()
