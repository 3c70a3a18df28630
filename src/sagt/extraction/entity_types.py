"""Ask the shipped entity recognizer about speakers the rules could only guess.

The rules type most speakers with certainty (a given name, a title, an
organisation suffix, a pronoun). What remains is a name known only by its
shape: "Trump säger att …" (a single unknown word) or "Buffalo Sabres" (two
capitalised words without a known given name). For those, and only those,
the sentence is run through sagt's own PER/ORG/LOC model
(:mod:`sagt.nlp`), batched per article, so the model costs nothing on the
many articles that do not need it.
"""

from __future__ import annotations

import logging

from sagt.extraction.candidates import Candidate
from sagt.extraction.coref import Resolver
from sagt.text.document import Document

log = logging.getLogger(__name__)
LABEL_TYPES = {"PER": "person", "ORG": "organization", "LOC": "organization"}  # a place that speaks is its government
_disabled: set[str] = set()


def refine_types(doc: Document, resolver: Resolver, cands: list[Candidate], lang: str) -> int:
    """Retype uncertain speakers from the entity model; returns how many were retyped."""
    todo = [c for c in cands if not c.type_certain and c.mention is not None and c.speaker_name]
    if not todo or lang in _disabled:
        return 0
    try:
        from sagt.nlp import pipe_entities
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return 0
    sentences = [doc.sentences[doc.sentence_at(c.mention[0])] for c in todo]
    texts = [doc.text[s.start:s.end] for s in sentences]
    try:
        results = list(pipe_entities(texts, lang=lang))
    except Exception as exc:  # a missing or broken model must not stop extraction
        log.warning("entity model unavailable for %s (%s); speaker types from rules only", lang, exc)
        _disabled.add(lang)
        return 0
    changed = 0
    for cand, sent, ents in zip(todo, sentences, results, strict=True):
        ms, me = cand.mention[0] - sent.start, cand.mention[1] - sent.start
        label = next((lab for s, e, lab in ents if s < me and ms < e), None)
        if label is None:
            continue
        new_type = LABEL_TYPES.get(label)
        if new_type and new_type != cand.speaker_type:
            resolver.retype(cand, new_type)
            changed += 1
        elif new_type:
            cand.type_certain = True
    return changed
