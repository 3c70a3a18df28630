"""Entity-ruler patterns added after the statistical NER.

``training/assemble.py`` puts each group either into the ``entity_ruler``
(``overwrite_ents=False``: it only adds entities where the model found none
overlapping, so it raises recall but never undoes a model decision) or, when
the group is named with ``!``, into the ``org_ruler`` before it, which
overrides the model where a pattern matches.  Pattern groups (each measured
separately, see training/RESULTS.md):

* ``names``: a given name from Statistics Sweden's 2022 name list
  (../shared/data/names/scb-given-names-2023.tsv) followed by one or more
  title-case tokens -> PER.  Names that also occur as ordinary lower-case
  words in the training corpora (Bo, Sten, Vilja, ...) are left out.
* ``orgs``: title-case words ending in an organisation suffix
  (-partiet, -verket, -förbundet, -departementet, -myndigheten,
  -inspektionen, -styrelsen, -kommissionen, -domstolen ...), "X AB",
  "<Name>s tingsrätt/hovrätt", "Högsta domstolen" -> ORG.
* ``places``: the curated place lists of ``training/gazetteers/``
  (countries and territories from CLDR and GeoNames, regions, seas,
  mountains, rivers: ``loc-country.txt``, ``loc-region.txt``) and their
  genitives, as phrases -> LOC.
* ``known-orgs``: the organisation list (``org-name.txt``: stock-index
  companies and ``hand/orgs-known.txt``) and genitives -> ORG.
* ``world-names``: a given name of any language + surname -> PER (tried).
"""

from __future__ import annotations

import csv
from pathlib import Path

from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parent
NAMES = HERE.parent.parent / "shared" / "data" / "names" / "scb-given-names-2023.tsv"
if not NAMES.exists():  # pragma: no cover
    NAMES = Path("/work/shared/data/names/scb-given-names-2023.tsv")

ORG_SUFFIXES = [
    "partiet", "partiets", "verket", "verkets", "förbundet", "förbundets",
    "departementet", "departementets", "myndigheten", "myndighetens",
    "inspektionen", "inspektionens", "styrelsen", "styrelsens",
    "kommissionen", "kommissionens", "domstolen", "domstolens",
    "förvaltningen", "förvaltningens", "akademien", "akademiens",
    "centralen", "institutet", "institutets", "universitetet", "universitetets",
    "högskolan", "högskolans", "banken", "bankens",
]
COURTS = ["tingsrätt", "tingsrätts", "hovrätt", "hovrätts", "förvaltningsrätt", "förvaltningsrätts",
          "kammarrätt", "kammarrätts"]


def given_names(min_len: int = 2) -> set[str]:
    names = set()
    with NAMES.open(encoding="utf8") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        for row in rows:
            name = row[0].strip('"')
            if len(name) >= min_len and name[0].isupper():
                names.add(name)
    return names


def lowercase_words(corpus_dir: Path) -> set[str]:
    import spacy

    vocab = spacy.blank("sv").vocab
    words = set()
    for fn in ("train-talbanken.spacy", "train-webb.spacy"):
        for doc in DocBin().from_disk(corpus_dir / fn).get_docs(vocab):
            for t in doc:
                if t.text.islower():
                    words.add(t.text)
    return words


def name_patterns(corpus_dir: Path) -> list[dict]:
    common = lowercase_words(corpus_dir)
    names = sorted(n for n in given_names() if n.lower() not in common)
    return [
        {
            "label": "PER",
            "id": "given-name+surname",
            "pattern": [
                {"TEXT": {"IN": names}},
                {"IS_TITLE": True, "LENGTH": {">=": 2}, "OP": "+"},
            ],
        }
    ]


def world_name_patterns(corpus_dir: Path) -> list[dict]:
    """``world-names``: a given name of any language (Faker + SCB) and title-case
    words that are not organisation words -> PER, overriding the NER's type
    ("Benoît Paire" is no company). Given names that are Swedish words or
    places (Jordan, Paris, Kina) are left out."""
    from features import read_list

    common = lowercase_words(corpus_dir)
    places = set(read_list("loc-country.txt")) | set(read_list("loc-region.txt"))
    orgwords = read_list("org-word.txt")
    names = sorted(n for n in set(read_list("per-given.txt")) | given_names()
                   if n.lower() not in common and n not in places and " " not in n)
    return [
        {
            "label": "PER",
            "id": "world-given-name+surname",
            "pattern": [
                {"TEXT": {"IN": names}},
                {"IS_TITLE": True, "LENGTH": {">=": 2}, "TEXT": {"NOT_IN": orgwords + names}, "OP": "?"},
                {"IS_TITLE": True, "LENGTH": {">=": 2}, "TEXT": {"NOT_IN": orgwords}},
            ],
        }
    ]


def org_patterns() -> list[dict]:
    suffix_re = r"^[A-ZÅÄÖ][a-zåäöéü-]{2,}(" + "|".join(ORG_SUFFIXES) + r")$"
    return [
        {"label": "ORG", "id": "org-suffix", "pattern": [{"TEXT": {"REGEX": suffix_re}}]},
        {"label": "ORG", "id": "org-ab", "pattern": [{"IS_TITLE": True, "OP": "+"}, {"TEXT": "AB"}]},
        {"label": "ORG", "id": "court",
         "pattern": [{"IS_TITLE": True}, {"LOWER": {"IN": COURTS}}]},
        {"label": "ORG", "id": "court",
         "pattern": [{"LOWER": "högsta"}, {"LOWER": {"IN": ["domstolen", "förvaltningsdomstolen"]}}]},
    ]


def phrase_patterns(label: str, files: list[str]) -> list[dict]:
    from features import genitives, read_list

    out = []
    seen = set()
    for name in files:
        for entry in read_list(name):
            if entry.isupper() and len(entry) < 3:
                continue  # two-letter acronyms (IS, UD, X) are too ambiguous as phrases
            words = entry.split()
            for form in [entry] + [" ".join(words[:-1] + [g]) for g in genitives(words[-1])]:
                if form not in seen:
                    seen.add(form)
                    out.append({"label": label, "id": name, "pattern": form})
    return out


def patterns(groups: set[str], corpus_dir: Path) -> list[dict]:
    out: list[dict] = []
    if "world-names" in groups:
        out += world_name_patterns(corpus_dir)
    if "places" in groups:
        out += phrase_patterns("LOC", ["loc-country.txt", "loc-region.txt"])
    if "known-orgs" in groups:
        out += phrase_patterns("ORG", ["org-name.txt"])
    if "names" in groups:
        out += name_patterns(corpus_dir)
    if "orgs" in groups:
        out += org_patterns()
    return out
