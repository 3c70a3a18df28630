"""sagt's own statistical Swedish NLP: a UPOS tagger and a PER/ORG/LOC recognizer.

    from sagt.nlp import load_model, entities, tag
    entities("Statsminister Magnus Andersson besökte Volvo i Göteborg.")
    # [(14, 30, 'PER'), (39, 44, 'ORG'), (47, 55, 'LOC')]

The model ships as package data (``sagt/models/sv_sagt_core``) and is loaded
offline, once per process.  See :mod:`sagt.nlp.model`.
"""

from __future__ import annotations

from sagt.nlp.model import (
    ModelNotFoundError,
    analyze,
    entities,
    load_model,
    model_path,
    pipe_entities,
    tag,
)

__all__ = ["ModelNotFoundError", "analyze", "entities", "load_model", "model_path", "pipe_entities", "tag"]
