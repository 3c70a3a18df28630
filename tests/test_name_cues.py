"""The name-cue rules after the NER (sagt.nlp.name_cues), on entities set by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from sagt.nlp.name_cues import ROMAN, NameCues


@pytest.fixture(scope="module")
def cues():
    return NameCues("sv")


def run(cues, words: list[str], ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    nlp = spacy.blank("sv")
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return [(e.text, e.label_) for e in cues(doc).ents]


def test_a_regnal_number_joins_the_name_and_makes_it_a_person(cues):
    words = "Riket styrdes av Henry I och sedan av Karl XII .".split()
    assert run(cues, words, [(3, 4, "PER"), (8, 10, "LOC")]) == [("Henry I", "PER"), ("Karl XII", "PER")]


def test_a_party_letter_or_a_brand_after_a_longer_name_is_no_regnal_number(cues):
    words = "Hon mötte Nooshi Dadgostar V och Elon Musks X .".split()
    assert run(cues, words, [(2, 4, "PER"), (6, 8, "PER")]) == [("Nooshi Dadgostar", "PER"), ("Elon Musks", "PER")]
    words = "Kejsaren Frans Josef II kom .".split()
    assert run(cues, words, [(1, 3, "PER")]) == [("Frans Josef II", "PER")]


def test_a_roman_numeral_that_starts_another_entity_is_left_alone(cues):
    words = "Hon mötte Anna V Berg".split()  # not a pattern worth guessing
    assert run(cues, words, [(2, 3, "PER"), (3, 5, "PER")]) == [("Anna", "PER"), ("V Berg", "PER")]


@pytest.mark.parametrize("word", ["I", "II", "IV", "IX", "XIV", "XXXIX"])
def test_roman_numerals(word):
    assert ROMAN.fullmatch(word)


@pytest.mark.parametrize("word", ["IIII", "VX", "L", "C", "Iv", "i", "XL"])
def test_not_regnal_numbers(word):
    assert not ROMAN.fullmatch(word)


def test_an_english_honorific_is_left_out(cues):
    words = "Enligt Ms Hopley var det fel .".split()
    assert run(cues, words, [(1, 3, "LOC")]) == [("Hopley", "PER")]
    words = "Enligt MS Estonia var det fel .".split()  # a ship, written in capitals
    assert run(cues, words, [(1, 3, "LOC")]) == [("MS Estonia", "LOC")]


def test_a_work_is_not_an_entity(cues):
    words = "Hon skrev låten ” Stephen ” med Kesha .".split()
    assert run(cues, words, [(4, 5, "PER"), (7, 8, "PER")]) == [("Kesha", "PER")]


def test_the_noun_before_a_name_gives_its_type(cues):
    words = "Han föddes i staten Württemberg och läste tidningen El Mundo .".split()
    assert run(cues, words, [(4, 5, "PER"), (8, 10, "PER")]) == [("Württemberg", "LOC"), ("El Mundo", "ORG")]


def test_the_shipped_pipeline_runs_the_cues():
    from sagt.nlp import entities, load_model

    assert load_model().pipe_names[-1] == "name_cues"
    text = "Kungen Gustav V talade med Ms Hopley."
    found = {text[s:e]: lab for s, e, lab in entities(text)}
    assert found.get("Gustav V") == "PER" and "Ms Hopley" not in found
