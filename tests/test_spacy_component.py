"""The spaCy component sets doc._.statements and a span group."""

from __future__ import annotations

import spacy

import sagt.spacy_component  # noqa: F401  (registers the factory)


def test_component_sets_statements(seed_text):
    nlp = spacy.blank("sv")
    nlp.add_pipe("sagt_statements")
    doc = nlp(seed_text)
    assert len(doc._.statements) >= 14
    names = {st.speaker.name for st in doc._.statements}
    assert {"Vladimir Putin", "Olaf Scholz"} <= names
    spans = doc.spans["sagt_statements"]
    assert len(spans) == len(doc._.statements)
    assert {s.label_ for s in spans} == {"direct", "indirect", "mixed"}


def test_factory_is_an_entry_point():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert "sagt_statements" in names
