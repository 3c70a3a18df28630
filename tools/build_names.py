"""Derive the packaged given-name table from Statistics Sweden's name counts.

usage: python tools/build_names.py ../shared/data/names/scb-given-names-2023.tsv

Writes ``src/sagt/lang/sv/given_names.tsv``: one given name a line with the
number of girls and boys given it (``-1`` where SCB suppresses a small count,
meaning "fewer than a handful, but the name occurs"). Extraction uses it to tell
person names from other capitalised words and to estimate gender from a name.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "sagt" / "lang" / "sv" / "given_names.tsv"


def main(src: str) -> None:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"flickor": -1, "pojkar": -1})
    with open(src, encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        for name, sex, count in reader:
            counts[name][sex] = -1 if count.strip() in ("..", "") else int(count)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Given names, SCB (Statistics Sweden) 2022 counts: name, girls, boys; -1 = suppressed small count\n")
        for name in sorted(counts):
            c = counts[name]
            out.write(f"{name}\t{c['flickor']}\t{c['pojkar']}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/names/scb-given-names-2023.tsv")
