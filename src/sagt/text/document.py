"""The analysed article: paragraphs, sentences and tokens plus boilerplate marks.

:class:`Document` is what every extraction component reads. It is built once
per article by :func:`analyse`, using the language pack for abbreviations,
inline bylines and boilerplate lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from sagt.lang import LanguagePack
from sagt.text.segment import Paragraph, Sentence, Token, segment

_FINAL_PUNCT = ".!?:”\"»…"


@dataclass
class Document:
    text: str
    pack: LanguagePack
    paragraphs: list[Paragraph]
    sentences: list[Sentence] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentences = [s for p in self.paragraphs for s in p.sentences]
        self._sentence_starts = [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing (or nearest before) ``offset``."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)



@cache
def _compiled(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.M) for p in patterns]


def _is_heading(text: str) -> bool:
    """A short line without final punctuation: a title or sub-heading. A period
    inside a closing quotation mark is final punctuation too (``Hon sa: ”Ja.”``
    is a sentence), but a short line wholly in quotation marks is a heading
    whatever it ends with (``”Redo att ta förhandlingsspåret”``)."""
    words = text.split()
    if len(words) > 10:
        return False
    stripped = text.rstrip()
    wholly_quoted = stripped[:1] in "”\"»" and stripped[-1:] in "”\"«»"
    return wholly_quoted or not stripped.rstrip("”\"«»").endswith(tuple(".!?"))


def mark_boilerplate(doc_text: str, paragraphs: list[Paragraph], pack: LanguagePack) -> None:
    """Flag page furniture so that no component reads a statement from it."""
    lines = pack.boilerplate_lines
    sections = pack.boilerplate_sections
    patterns = _compiled(tuple(pack.raw["boilerplate"]["patterns"]))
    skip_next = False
    for i, p in enumerate(paragraphs):
        text = p.text(doc_text).strip()
        low = text.casefold()
        p.heading = i == 0 or _is_heading(text)
        if skip_next and not p.heading:
            p.boilerplate = True
            continue
        skip_next = False
        if low in lines or any(pat.match(text) for pat in patterns):
            p.boilerplate = True
        if low in sections:
            p.boilerplate = True
            skip_next = True


def analyse(text: str, pack: LanguagePack) -> Document:
    abbreviations = pack.words("text", "abbreviations")
    closing = pack.words("text", "closing_abbreviations")
    inline = _compiled(tuple(pack.raw.get("text", {}).get("inline_byline", [])))
    paragraphs = segment(text, abbreviations | closing, inline, closing)
    mark_boilerplate(text, paragraphs, pack)
    return Document(text, pack, paragraphs)


__all__ = ["Document", "Paragraph", "Sentence", "Token", "analyse", "mark_boilerplate"]
