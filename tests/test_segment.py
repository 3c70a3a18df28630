"""Sentence splitting (sagt.text.segment) with the Swedish pack's abbreviations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sagt.lang import get_pack
from sagt.text.document import analyse

PACK = get_pack("sv")


def sentences(text: str) -> list[str]:
    doc = analyse(text, PACK)
    return [text[s.start:s.end] for p in doc.paragraphs for s in p.sentences]


@pytest.mark.parametrize("text", [
    "Det gäller t.ex. Malmö och Lund.",
    "Hon kommer kl. 14 i dag.",
    "Se s. 12 i rapporten.",
    "Priset är 100 kr. per person.",
    "Det kommer ca. 100 personer.",
    "Räntan steg 3.5 procent.",
    "Hon har bott i St. Louis sedan 2010.",
    "Det hände den 24 jul. 2020 i Malmö.",
])
def test_an_abbreviation_or_a_decimal_does_not_end_the_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("first", [
    "Regeringen satsar tre miljarder.",
    "Burken var tom.",
    "Vi ses till jul.",
    "Biljetten kostar 100 kr.",
    "Det gäller äpplen, päron osv.",
    "Där fanns Anna Ek, Per Holm m.fl.",
])
def test_a_word_or_a_closing_abbreviation_before_a_capital_ends_it(first):
    assert sentences(f"{first} Det säger Eva Lind.") == [first, "Det säger Eva Lind."]


_words = st.sampled_from(["Det", "säger", "hon", "kr.", "t.ex.", "3.5", "Malmö.", "osv.", "– Ja!", "”Nej.”", "jul.", "\n\n"])


@given(st.lists(_words, max_size=30).map(" ".join))
def test_sentences_are_ordered_disjoint_and_trimmed(text):
    doc = analyse(text, PACK)
    last = 0
    for p in doc.paragraphs:
        for s in p.sentences:
            assert p.start <= s.start < s.end <= p.end and s.start >= last
            assert text[s.start:s.end] == text[s.start:s.end].strip()
            last = s.end


def test_a_particle_glued_to_a_capitalised_name_counts_as_capitalised():
    from sagt.text.segment import Token
    assert Token(0, 9, "al-Ansari").is_capitalized and Token(0, 6, "el-Sisi").is_capitalized
    assert not Token(0, 9, "e-postade").is_capitalized and not Token(0, 4, "inte").is_capitalized
