"""Compare entity statistics of the training and evaluation corpora.

    python training/corpus_stats.py

Per corpus: entities per 100 tokens, share of PER/ORG/LOC, share of
single-token and sentence-initial mentions, and the share of mentions whose
text never occurs as a mention in the NER training data (UNER Talbanken
train + Webbnyheter train): a lexical-coverage view of the domain gap.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from convert import DEFAULT_DATA, read_blocks, bio_to_spans, io_to_spans


def iob2(path):
    out = []
    for _, rows in read_blocks(path):
        out.append(([r[1] for r in rows], bio_to_spans([r[2] for r in rows])))
    return out


def webb(path):
    out, words, tags = [], [], []
    for line in list(path.open(encoding="utf8")) + [""]:
        line = line.strip()
        if not line:
            if words:
                out.append((words, io_to_spans(tags)))
            words, tags = [], []
            continue
        parts = line.rsplit(None, 1)
        if len(parts) == 2:
            words.append(parts[0])
            tags.append(parts[1])
    return out


def main() -> None:
    d = DEFAULT_DATA / "ner"
    sets = {
        "UNER Talbanken train": iob2(d / "uner-talbanken-train.iob2"),
        "Webbnyheter train": webb(d / "webbnyheter2012-train.txt"),
        "UNER Talbanken dev": iob2(d / "uner-talbanken-dev.iob2"),
        "UNER PUD test": iob2(d / "uner-pud-test.iob2"),
        "Webbnyheter test": webb(d / "webbnyheter2012-test.txt"),
    }
    seen = set()
    seen_tok = set()
    for name in ("UNER Talbanken train", "Webbnyheter train"):
        for words, spans in sets[name]:
            for s, e, lab in spans:
                seen.add(" ".join(words[s:e]))
                seen_tok.update(words[s:e])
    print("| corpus | tokens | mentions / 100 tok | PER / ORG / LOC % | single-token % | sentence-initial % "
          "| mention unseen in train % | PER unseen % | ORG unseen % | LOC unseen % |")
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, docs in sets.items():
        ntok = sum(len(w) for w, _ in docs)
        c, single, initial, unseen, unseen_by = Counter(), 0, 0, 0, Counter()
        n = 0
        for words, spans in docs:
            for s, e, lab in spans:
                n += 1
                c[lab] += 1
                single += e - s == 1
                initial += s == 0 or words[s - 1] in {"”", '"', "–", "-", ":"}
                if " ".join(words[s:e]) not in seen:
                    unseen += 1
                    unseen_by[lab] += 1
        pct = lambda a, b: 100 * a / b if b else 0
        print(f"| {name} | {ntok} | {pct(n, ntok):.1f} | {pct(c['PER'], n):.0f} / {pct(c['ORG'], n):.0f} / "
              f"{pct(c['LOC'], n):.0f} | {pct(single, n):.0f} | {pct(initial, n):.0f} | {pct(unseen, n):.0f} | "
              f"{pct(unseen_by['PER'], c['PER']):.0f} | {pct(unseen_by['ORG'], c['ORG']):.0f} | {pct(unseen_by['LOC'], c['LOC']):.0f} |")


if __name__ == "__main__":
    main()
