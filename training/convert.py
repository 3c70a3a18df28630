"""Convert the open training data in ../shared/data to spaCy DocBin files.

    python training/convert.py [--data DIR] [--out training/corpus]

Writes (all gitignored, rebuilt by ``training/train.py``):

  train.spacy     Talbanken train (forms from UNER, UPOS from the .upos.tab
                  file, PER/ORG/LOC from UNER) + Webbnyheter 2012 train
                  (entities only) minus a held-out slice
  dev.spacy       Talbanken dev (UPOS from the .conllu, entities from UNER)
                  + the held-out Webbnyheter slice (entities only)
  eval/*.spacy    test sets used only by ``training/evaluate.py``

Notes on the data (see training/README.md):

* ``sv_talbanken-ud-train.upos.tab`` holds *lemmas*, not word forms, in its
  first column, and its UPOS follow an older UD convention (possessives DET,
  "inte" ADV, "som"/"än" CCONJ, "vara" VERB ...).  The word forms are taken
  from ``uner-talbanken-train.iob2`` (the same 4,303 sentences in the same
  order, verified here token by token in length), and the UPOS are moved to
  the current UD Swedish convention with the small rule table ``UPOS_FIXES``
  (derived by comparing ``sv_talbanken-ud-dev.upos.tab`` with
  ``sv_talbanken-ud-dev.conllu``).
* Webbnyheter 2012 uses IO tags with ``0`` for outside; consecutive tokens
  with the same tag form one entity.  MISC is dropped (made outside).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import _compat  # noqa: F401  (before spacy)
import spacy
from spacy.tokens import Doc, DocBin, Span

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
if not DEFAULT_DATA.exists():  # pragma: no cover - other checkouts
    DEFAULT_DATA = Path("/work/shared/data")

KEEP = {"PER", "ORG", "LOC"}
NO_SPACE_BEFORE = set(",.:;!?)]}%”’…") | {"...", "'s"}
NO_SPACE_AFTER = set("([{“‘")

# (lemma lowercased or None, SUC tag prefix, old UPOS) -> current UPOS
POSSESSIVE = "PS"
UPOS_FIXES_BY_LEMMA = {
    ("inte", "ADV"): "PART",
    ("ej", "ADV"): "PART",
    ("icke", "ADV"): "PART",
    ("som", "CCONJ"): "SCONJ",
    ("än", "CCONJ"): "SCONJ",
    ("när", "ADV"): "SCONJ",
    ("då", "ADV"): "SCONJ",
    ("vara", "VERB"): "AUX",
    ("samma", "DET"): "ADJ",
    ("behöva", "AUX"): "VERB",
    ("båda", "ADJ"): "DET",
    ("bägge", "ADJ"): "DET",
    ("ena", "ADJ"): "DET",
    ("s.k.", "ADV"): "ADJ",
}


def fix_upos(lemma: str, suc: str, upos: str) -> str:
    if suc.startswith(POSSESSIVE) and upos == "DET":
        return "PRON"
    key = (lemma.lower(), upos)
    if key in UPOS_FIXES_BY_LEMMA:
        # "när"/"då" are SCONJ only as relative/temporal subjunctions (HA)
        if key[0] in ("när", "då") and not suc.startswith("HA"):
            return upos
        return UPOS_FIXES_BY_LEMMA[key]
    return upos


def read_blocks(path: Path) -> list[tuple[dict[str, str], list[list[str]]]]:
    """Blank-line separated blocks; returns (comments, rows split on tab)."""
    out = []
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    for line in path.open(encoding="utf8"):
        line = line.rstrip("\n")
        if not line.strip():
            if rows:
                out.append((meta, rows))
            meta, rows = {}, []
            continue
        if line.startswith("#"):
            if "=" in line:
                k, v = line[1:].split("=", 1)
                meta[k.strip()] = v.strip()
            continue
        rows.append(line.split("\t"))
    if rows:
        out.append((meta, rows))
    return out


def spaces_from_text(words: list[str], text: str | None) -> list[bool]:
    if text:
        spaces = []
        pos = 0
        ok = True
        for w in words:
            i = text.find(w, pos)
            if i < 0:
                ok = False
                break
            pos = i + len(w)
            spaces.append(pos < len(text) and text[pos] == " ")
        if ok:
            return spaces
    return heuristic_spaces(words)


def heuristic_spaces(words: list[str]) -> list[bool]:
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None:
            spaces.append(False)
        elif nxt in NO_SPACE_BEFORE or w in NO_SPACE_AFTER:
            spaces.append(False)
        else:
            spaces.append(True)
    return spaces


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    start, label = None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if t.startswith(("B-", "I-")):
                start, label = i, t[2:]
    return [s for s in spans if s[2] in KEEP]


def io_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    start, label = None, None
    for i, t in enumerate(tags + ["0"]):
        if t != label:
            if start is not None and label not in ("0", "O", None):
                spans.append((start, i, label))
            start, label = i, t
    return [s for s in spans if s[2] in KEEP]


def make_doc(vocab, words, spaces, pos=None, ents=None) -> Doc:
    doc = Doc(vocab, words=words, spaces=spaces)
    if pos is not None:
        # trained as the tagger's TAG (token.tag_), UPOS values
        for tok, p in zip(doc, pos):
            tok.tag_ = p
    if ents is not None:
        doc.set_ents([doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=l) for s, e, l in ents],
                     default="outside")
    return doc


def talbanken_train(vocab, data: Path) -> list[Doc]:
    tab = read_blocks(data / "ud" / "sv_talbanken-ud-train.upos.tab")
    uner = read_blocks(data / "ner" / "uner-talbanken-train.iob2")
    assert len(tab) == len(uner), (len(tab), len(uner))
    docs = []
    skipped = 0
    for (_, trows), (meta, urows) in zip(tab, uner):
        words = [r[1] for r in urows]
        tags = [r[2] for r in urows]
        pos = [fix_upos(r[0], r[2], r[3]) for r in trows]
        if len(pos) != len(words):
            # one sentence lacks its final full stop in the .tab file
            if len(words) == len(pos) + 1 and re.fullmatch(r"[.!?]", words[-1]):
                pos.append("PUNCT")
            else:
                skipped += 1
                continue
        spaces = spaces_from_text(words, meta.get("text"))
        docs.append(make_doc(vocab, words, spaces, pos=pos, ents=bio_to_spans(tags)))
    print(f"talbanken train: {len(docs)} docs, skipped {skipped}")
    return docs


def conllu_docs(vocab, path: Path, uner: Path | None = None) -> list[Doc]:
    blocks = read_blocks(path)
    ner_blocks = read_blocks(uner) if uner else None
    if ner_blocks is not None:
        assert len(ner_blocks) == len(blocks), (path, len(blocks), len(ner_blocks))
    docs = []
    for i, (meta, rows) in enumerate(blocks):
        rows = [r for r in rows if r[0].isdigit()]
        words = [r[1] for r in rows]
        pos = [r[3] for r in rows]
        spaces = [("SpaceAfter=No" not in r[9]) for r in rows]
        spaces[-1] = False
        ents = None
        if ner_blocks is not None:
            nrows = ner_blocks[i][1]
            nwords = [r[1] for r in nrows]
            if nwords == words:
                ents = bio_to_spans([r[2] for r in nrows])
            else:
                ents = None
        docs.append(make_doc(vocab, words, spaces, pos=pos, ents=ents))
    return docs


def iob2_docs(vocab, path: Path) -> list[Doc]:
    docs = []
    for meta, rows in read_blocks(path):
        words = [r[1] for r in rows]
        tags = [r[2] for r in rows]
        docs.append(make_doc(vocab, words, spaces_from_text(words, meta.get("text")), ents=bio_to_spans(tags)))
    return docs


def pud_halves(vocab, path: Path) -> tuple[list[Doc], list[Doc]]:
    """UNER PUD split by document (even / odd ``newdoc``): half A guides
    decisions about cross-domain features, half B stays held out (its
    figure is the honest one; see RESULTS.md)."""
    halves: tuple[list[Doc], list[Doc]] = ([], [])
    n_doc = -1
    for (meta, _), doc in zip(read_blocks(path), iob2_docs(vocab, path), strict=True):
        if "newdoc id" in meta:
            n_doc += 1
        halves[n_doc % 2].append(doc)
    return halves


def webbnyheter_docs(vocab, path: Path) -> list[Doc]:
    docs = []
    words: list[str] = []
    tags: list[str] = []

    def flush():
        if words:
            docs.append(make_doc(vocab, list(words), heuristic_spaces(words), ents=io_to_spans(tags)))
        words.clear()
        tags.clear()

    for line in path.open(encoding="utf8"):
        line = line.strip()
        if not line:
            flush()
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2:
            continue
        words.append(parts[0])
        tags.append(parts[1])
    flush()
    return docs


def webbnyheter_split(vocab, data: Path = DEFAULT_DATA, n_dev: int = 700, seed: int = 13) -> tuple[list[Doc], list[Doc]]:
    """Webbnyheter 2012 train as (train, held-out dev): the same random
    sentences are held out by every script that trains or builds features."""
    webb = webbnyheter_docs(vocab, data / "ner" / "webbnyheter2012-train.txt")
    idx = list(range(len(webb)))
    random.Random(seed).shuffle(idx)
    held = set(idx[:n_dev])
    return [d for i, d in enumerate(webb) if i not in held], [d for i, d in enumerate(webb) if i in held]


def mention_replacement(docs: list[Doc], rng: random.Random, copies: int = 1) -> list[Doc]:
    """Copies of the docs with entities where every PER/ORG/LOC mention is
    replaced by a random training mention of the same type (Dai & Adel 2020).

    Makes the NER lean on context, and puts known names into new positions
    (sentence-initial, in lists, ...).  Non-entity tokens keep their UPOS;
    a replaced mention gets PROPN when the original mention was all PROPN,
    otherwise no POS (missing, ignored by the tagger).
    """
    pool: dict[str, list[list[str]]] = {lab: [] for lab in KEEP}
    for doc in docs:
        for ent in doc.ents:
            if ent.text[:1].isupper():
                pool[ent.label_].append([t.text for t in ent])
    out = []
    for _ in range(copies):
        for doc in docs:
            if not doc.ents:
                continue
            words, spaces, tags, ents = [], [], [], []
            i = 0
            for ent in doc.ents:
                for t in doc[i:ent.start]:
                    words.append(t.text)
                    spaces.append(bool(t.whitespace_))
                    tags.append(t.tag_)
                new = rng.choice(pool[ent.label_])
                all_propn = all(t.tag_ == "PROPN" for t in ent)
                start = len(words)
                for j, w in enumerate(new):
                    words.append(w)
                    spaces.append(True if j < len(new) - 1 else bool(ent[-1].whitespace_))
                    tags.append("PROPN" if all_propn else "")
                ents.append((start, len(words), ent.label_))
                i = ent.end
            for t in doc[i:]:
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
                tags.append(t.tag_)
            has_pos = any(tags)
            d = Doc(doc.vocab, words=words, spaces=spaces)
            if has_pos:
                for tok, p in zip(d, tags):
                    if p:
                        tok.tag_ = p
            d.set_ents([Span(d, s, e, label=lab) for s, e, lab in ents], default="outside")
            out.append(d)
    return out


def save(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    print(f"wrote {path} ({len(docs)} docs)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "corpus")
    ap.add_argument("--webb-dev", type=int, default=700, help="Webbnyheter train sentences held out for dev")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--aug-copies", type=int, default=1, help="mention-replacement copies in train-aug.spacy")
    args = ap.parse_args()
    data, out = args.data, args.out
    vocab = spacy.blank("sv").vocab

    tal_train = talbanken_train(vocab, data)
    webb_train, webb_dev = webbnyheter_split(vocab, data, args.webb_dev, args.seed)
    save(tal_train + webb_train, out / "train.spacy")
    aug = mention_replacement(tal_train + webb_train, random.Random(args.seed), copies=args.aug_copies)
    save(tal_train + webb_train + aug, out / "train-aug.spacy")
    save(tal_train, out / "train-talbanken.spacy")
    save(webb_train, out / "train-webb.spacy")

    tal_dev = conllu_docs(vocab, data / "ud" / "sv_talbanken-ud-dev.conllu", data / "ner" / "uner-talbanken-dev.iob2")
    save(tal_dev + webb_dev, out / "dev.spacy")

    ev = out / "eval"
    save(conllu_docs(vocab, data / "ud" / "sv_talbanken-ud-dev.conllu"), ev / "upos-talbanken-dev.spacy")
    save(conllu_docs(vocab, data / "ud" / "sv_talbanken-ud-test.conllu"), ev / "upos-talbanken-test.spacy")
    save(conllu_docs(vocab, data / "ud" / "sv_pud-ud-test.conllu"), ev / "upos-pud-test.spacy")
    save(iob2_docs(vocab, data / "ner" / "uner-pud-test.iob2"), ev / "ner-uner-pud-test.spacy")
    pud_a, pud_b = pud_halves(vocab, data / "ner" / "uner-pud-test.iob2")
    save(pud_a, ev / "ner-uner-pud-a.spacy")
    save(pud_b, ev / "ner-uner-pud-b.spacy")
    save(iob2_docs(vocab, data / "ner" / "uner-talbanken-test.iob2"), ev / "ner-uner-talbanken-test.spacy")
    save(iob2_docs(vocab, data / "ner" / "uner-talbanken-dev.iob2"), ev / "ner-uner-talbanken-dev.spacy")
    save(webbnyheter_docs(vocab, data / "ner" / "webbnyheter2012-test.txt"), ev / "ner-webbnyheter2012-test.spacy")
    save(webb_dev, ev / "ner-webbnyheter2012-heldout.spacy")


if __name__ == "__main__":
    main()
