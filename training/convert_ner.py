"""Training data for the separate NER model (``configs/sv_ner.cfg``).

    python training/convert_ner.py [--uner-copies 3] [--surname-copy] [--mention-copies 0] [--gazetteer-copies 1 --swap-frac 0.25] [--out training/corpus/train-ner.spacy]

Entities only (no UPOS): UNER Talbanken train (upsampled ``--uner-copies``
times: same annotation guidelines as the UNER PUD test set) + Webbnyheter
2012 train minus the same 700 held-out sentences as ``convert.py`` (seed 13),
plus optional augmentation copies:

* ``--surname-copy``: every sentence with a multi-token, title-case person
  mention, with each such mention cut to its last token ("Barack Obama" ->
  "Obama"): foreign-language news/Wikipedia (PUD) refers to people by bare
  surname far more often than the training data does.
* ``--mention-copies N``: N mention-replacement copies (``convert.mention_replacement``).
* ``--initial-frac F``: a fraction F of the sentences where an entity
  follows a clause break (comma, quote, colon, dash) are copied with the
  text before it cut away, so that the entity opens the sentence (PUD:
  "Caplan avfärdar ...": a capitalised first word that *is* a name).
* ``--gazetteer-copies N``: N copies of every sentence with an entity, each
  mention replaced from the gazetteer lists of ``training/gazetteers/``: a
  person (one in ten a famous one, otherwise a given name and/or surname of
  any language; for a third of them an *invented* surname from a
  character-trigram model of the list, ``NameMaker``), a place of the world,
  a company or organisation (listed, "<name> <organisation word>", or an
  acronym), keeping a genitive -s. Teaches the model the names it cannot
  have seen and, through the invented ones, that context alone can make a
  person. ``--pseudo-places F`` invents that share of the places too (tried:
  the model then calls any odd name a place; RESULTS.md).
  ``--swap-frac F``: in those copies, a share F of the one-word persons get a
  place name and of the one-word places a surname, label kept, so that the
  words around a name decide as well as its spelling (shipped: 0.25; two
  seeds: organisations +4.7 and +4.6 on the Webbnyheter test, +2.5 and +6.2
  on PUD, PUD overall −0.6 and +0.4; RESULTS.md, runs S1, S1s, S2).
* ``--name-copies N``: N copies of every sentence with a person mention,
  each person replaced by a random SCB given name (../shared/data/names,
  uniform over the ~13k names, many of them non-Swedish) + a surname taken
  from the training persons, or by the surname alone (one in three): many
  more distinct person names than the ~4k in the training data.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

import _compat  # noqa: F401
import spacy
from spacy.tokens import Doc, Span

from convert import DEFAULT_DATA, HERE, iob2_docs, mention_replacement, save, webbnyheter_split


def rebuild(doc: Doc, pieces) -> Doc:
    """pieces: list of (words, spaces, label or None)."""
    words, spaces, ents = [], [], []
    for ws, sp, lab in pieces:
        s = len(words)
        words += ws
        spaces += sp
        if lab:
            ents.append((s, len(words), lab))
    d = Doc(doc.vocab, words=words, spaces=spaces)
    d.set_ents([Span(d, s, e, label=l) for s, e, l in ents], default="outside")
    return d


def pieces_of(doc: Doc):
    out, i = [], 0
    for ent in doc.ents:
        for t in doc[i:ent.start]:
            out.append(([t.text], [bool(t.whitespace_)], None))
        out.append(([t.text for t in ent], [bool(t.whitespace_) for t in ent], ent.label_))
        i = ent.end
    for t in doc[i:]:
        out.append(([t.text], [bool(t.whitespace_)], None))
    return out


def surname_copy(docs):
    out = []
    for doc in docs:
        pers = [e for e in doc.ents if e.label_ == "PER" and len(e) > 1 and all(t.text[:1].isupper() for t in e)]
        if not pers:
            continue
        ps = []
        for ws, sp, lab in pieces_of(doc):
            if lab == "PER" and len(ws) > 1 and all(w[:1].isupper() for w in ws):
                ws, sp = ws[-1:], sp[-1:]
            ps.append((ws, sp, lab))
        out.append(rebuild(doc, ps))
    return out


def initial_copy(docs, rng, frac):
    """Cut the text before a mid-sentence entity that follows a clause break."""
    out = []
    for doc in docs:
        cands = [e for e in doc.ents if e.start > 1 and doc[e.start - 1].text in {",", "”", '"', ":", ";", "–", "-"}
                 and e.end < len(doc) - 2]
        if not cands or rng.random() > frac:
            continue
        e = rng.choice(cands)
        ps = [(w, s, l) for w, s, l in pieces_of(doc[e.start:].as_doc())]
        out.append(rebuild(doc, ps))
    return out


class NameMaker:
    """Invented names in the style of a list: a character-trigram chain,
    rejecting what the list already has (so the features stay silent)."""

    def __init__(self, names: list[str], rng: random.Random):
        self.rng = rng
        self.known = set(names)
        self.next: dict[str, list[str]] = {}
        for n in names:
            s = "^^" + n + "$"
            for i in range(len(s) - 2):
                self.next.setdefault(s[i:i + 2], []).append(s[i + 2])

    def make(self) -> str:
        for _ in range(20):
            s = "^^"
            while not s.endswith("$") and len(s) < 16:
                s += self.rng.choice(self.next[s[-2:]])
            name = s[2:].rstrip("$")
            if 3 <= len(name) <= 13 and name not in self.known and name[:1].isupper():
                return name
        return name


def gazetteer_pools() -> dict[str, list[str]]:
    from features import read_list as read

    return {
        "known": read("per-known.txt"), "given": read("per-given.txt"), "surname": read("per-surname.txt"),
        "place": read("loc-country.txt") + read("loc-region.txt") * 20 + read("loc-city.txt"),
        "country": read("loc-country.txt") + read("loc-region.txt"),
        "org": read("org-name.txt"), "orgword": read("org-word.txt"),
    }


def gazetteer_copy(docs, rng, copies, pseudo_places: float = 0.0, swap: float = 0.0):
    """Mention replacement from the gazetteer lists (``--gazetteer-copies``).

    ``swap`` (``--swap-frac``): that share of the single-word person and place
    mentions is replaced by a name of the *other* list (a place name as a
    person, a surname as a place), label kept, so that the words around a
    name, not only its spelling, decide (``vid Mishima`` is a place,
    ``Madrid stödde`` a person)."""
    pools = gazetteer_pools()
    single_places = [n for n in pools["place"] if " " not in n]
    single_surnames = [n for n in pools["surname"] if " " not in n]
    surnames = NameMaker(single_surnames, rng)
    places = NameMaker(single_places, rng)

    def person() -> list[str]:
        if rng.random() < 0.1:
            known = rng.choice(pools["known"]).split()
            return known[-1:] if rng.random() < 0.5 else known
        r = rng.random()
        if r < 0.33:
            sur = surnames.make()
        else:
            sur = rng.choice(pools["surname"])
        if r < 0.5 or rng.random() < 0.5:
            return [rng.choice(pools["given"]), *sur.split()]
        return sur.split()

    def place() -> list[str]:
        if rng.random() < pseudo_places:
            return [places.make()]
        pool = pools["country"] if rng.random() < 0.4 else pools["place"]
        return rng.choice(pool).split()

    def org() -> list[str]:
        r = rng.random()
        if r < 0.5:
            return rng.choice(pools["org"]).split()
        if r < 0.75:
            head = rng.choice(pools["surname"] + pools["place"]).split()
            return head + [rng.choice(pools["orgword"])]
        return ["".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVW") for _ in range(rng.randint(2, 4)))]

    make = {"PER": person, "LOC": place, "ORG": org}
    swapped = {"PER": lambda: [rng.choice(single_places)], "LOC": lambda: [rng.choice(single_surnames)]}
    out = []
    for _ in range(copies):
        for doc in docs:
            if not doc.ents:
                continue
            ps = []
            for ws, sp, lab in pieces_of(doc):
                if lab and ws[0][:1].isupper():
                    if swap and lab in swapped and len(ws) == 1 and rng.random() < swap:  # no draw at 0: same data
                        new = swapped[lab]()
                    else:
                        new = make[lab]()
                    last = ws[-1]
                    if last.endswith(":s"):
                        new[-1] += ":s"
                    elif last.endswith("s") and len(last) > 3 and not new[-1].endswith(("s", "x", "z")) \
                            and rng.random() < 0.5:
                        new[-1] += "s"
                    ws, sp = new, [True] * (len(new) - 1) + [sp[-1]]
                ps.append((ws, sp, lab))
            out.append(rebuild(doc, ps))
    return out


def scb_names() -> list[str]:
    from gazetteer import NAMES
    import csv
    out = set()
    with NAMES.open(encoding="utf8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and row[0] != "tilltalsnamn" and row[0][:1].isupper():
                out.add(row[0])
    return sorted(out)


def name_copy(docs, rng, copies):
    given = scb_names()
    surnames = sorted({e[-1].text for d in docs for e in d.ents
                       if e.label_ == "PER" and len(e) > 1 and e[-1].text[:1].isupper() and e[-1].text.isalpha()})
    sur_set, given_set = set(surnames), set(given)
    out = []
    for _ in range(copies):
        for doc in docs:
            if not any(e.label_ == "PER" for e in doc.ents):
                continue
            ps = []
            for ws, sp, lab in pieces_of(doc):
                if lab == "PER" and ws[0][:1].isupper():
                    # genitive ("Strindbergs arkiv"): ends in -s but is not itself a known name
                    gen = ws[-1].endswith("s") and ws[-1] not in sur_set and ws[-1] not in given_set
                    sur = rng.choice(surnames)
                    new = [sur] if rng.random() < 1 / 3 else [rng.choice(given), sur]
                    if gen and not new[-1].endswith("s"):
                        new[-1] += "s"
                    ws, sp = new, [True] * (len(new) - 1) + [sp[-1]]
                ps.append((ws, sp, lab))
            out.append(rebuild(doc, ps))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "corpus" / "train-ner.spacy")
    ap.add_argument("--uner-copies", type=int, default=3)
    ap.add_argument("--webb-dev", type=int, default=700)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--surname-copy", action="store_true")
    ap.add_argument("--mention-copies", type=int, default=0)
    ap.add_argument("--initial-frac", type=float, default=0.0)
    ap.add_argument("--name-copies", type=int, default=0)
    ap.add_argument("--gazetteer-copies", type=int, default=0)
    ap.add_argument("--pseudo-places", type=float, default=0.0)
    ap.add_argument("--swap-frac", type=float, default=0.0)
    args = ap.parse_args()
    vocab = spacy.blank("sv").vocab
    data = args.data
    uner = iob2_docs(vocab, data / "ner" / "uner-talbanken-train.iob2")
    webb_train, _ = webbnyheter_split(vocab, data, args.webb_dev, args.seed)
    base = uner + webb_train
    docs = uner * args.uner_copies + webb_train
    if args.surname_copy:
        sc = surname_copy(base)
        print(f"surname copies: {len(sc)}")
        docs += sc
    if args.mention_copies:
        docs += mention_replacement(base, random.Random(args.seed), copies=args.mention_copies)
    if args.initial_frac:
        ic = initial_copy(base, random.Random(args.seed + 1), args.initial_frac)
        print(f"sentence-initial copies: {len(ic)}")
        docs += ic
    if args.name_copies:
        nc = name_copy(base, random.Random(args.seed + 2), args.name_copies)
        print(f"name copies: {len(nc)}")
        docs += nc
    if args.gazetteer_copies:
        gc = gazetteer_copy(base, random.Random(args.seed + 3), args.gazetteer_copies, args.pseudo_places,
                            args.swap_frac)
        print(f"gazetteer copies: {len(gc)}")
        docs += gc
    save(docs, args.out)


if __name__ == "__main__":
    main()
