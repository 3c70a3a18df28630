"""Property-based tests: extraction never crashes, and every span says what it claims."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import sagt

WORDS = ["–", "—", "-", "”", "\"", "»", "«", ",", ".", "!", "?", ":", "\n", "\n\n", "säger", "sa", "uppger", "att",
         "enligt", "Det", "han", "hon", "De", "menar", "tycker", "Putin", "Olaf Scholz", "president", "TT",
         "till", "SVT", "polisen", "Lyssna", "8 SIDOR/TT", "Så arbetar vi", "har", "sagt", "Den tyske ledaren",
         "framhöll", "Enligt", "Vi", "är", "redo", "Åsa", "Lind", "också", "i", "dag", "•"]


def _check(text: str) -> None:
    art = sagt.extract(text)
    assert art.text == text
    for stmt in art.statements:
        assert stmt.kind in ("direct", "indirect", "mixed")
        for span in (stmt.content, stmt.cue, stmt.speaker_mention):
            if span is None:
                continue
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start:span.end] == span.text
        assert 0.0 <= stmt.confidence <= 1.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
@example("Åsa : ” –")  # a colon introduction of an empty quotation once gave an empty content span
def test_news_like_soup(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text):
    if text.lstrip().startswith("<"):
        text = " " + text.lstrip("<")  # HTML input has its own reader and error path
    _check(text)


def test_empty_text_has_no_statements():
    assert sagt.extract("").statements == []
