"""Split an article into paragraphs, sentences and tokens, keeping offsets.

Every unit records ``start``/``end`` into the original text, so that spans
found at any level can be reported exactly, character for character. The
splitter is rule-based on purpose: news text is mostly clean prose, and it
must be fast enough to handle hundreds of articles a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A word (letters, digits, inner hyphens, apostrophes, colons as in "SVT:s"),
# or any single other non-space character. Capitalised words joined by a spaced
# ampersand are one name, so one token: "Lindblom & Co", "Råd & Rön".
_INNER = r"(?:[-'’:.&]\w+)*"
_WORD = r"\w+" + _INNER
_CAPITALISED = r"[A-ZÅÄÖÉÜ]\w*" + _INNER
_TOKEN = re.compile(_CAPITALISED + r"(?: & " + _CAPITALISED + r")+|" + _WORD + r"|[^\w\s]")
_PARAGRAPH_BREAK = re.compile(r"\n")
AMPERSANDS = frozenset("&")  # the mark that joins the words of one name
_CLOSERS = "”\"»«’')]"
_SENT_END = re.compile(
    r"(?P<end>[.!?…]+[" + re.escape(_CLOSERS) + r"]*)"  # final punctuation, maybe a closing quote
    r"(?P<gap>\s+(?=[^a-zåäöéü,;])|(?=[0-9A-ZÅÄÖÉÜ•–—]))"  # space before a non-lower-case start, or glued text
)
_BULLET = re.compile(r"\s*•\s*")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        """Upper-case first letter, or a short lower-case particle glued to a capitalised
        name: "al-Ansari", "el-Sisi", "ad-Din"."""
        t = self.text
        if t[0].isupper():
            return True
        dash = t.find("-", 1, 4)
        return dash > 0 and dash + 1 < len(t) and t[dash + 1].isupper() and t[:dash].isalpha()


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token]
    paragraph: int  # index of the paragraph it belongs to

    def text(self, source: str) -> str:
        return source[self.start:self.end]


@dataclass(slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    boilerplate: bool = False
    heading: bool = False  # a short line without final punctuation, or the title

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def joined(text: str, tokens: list[Token]) -> str:
    """The words of a phrase as one name, with the hyphen of a shared compound part
    glued to its word ("Barn- och utbildningsförvaltningen"), whether the hyphen's own
    token is among ``tokens`` or was left out with the other punctuation."""
    words = [t for t in tokens if t.text != "-"]
    return " ".join(t.text + ("-" if k + 1 < len(words) and text[t.end:t.end + 1] == "-" else "")
                    for k, t in enumerate(words))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int, abbreviations: frozenset[str],
                    closing: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Sentence boundaries within ``text[start:end]``.

    A sentence ends at ., ! or ? (with any closing quote) followed by space or
    by a capital/digit glued on by a scraper, unless the word before the
    period is a known abbreviation. An abbreviation in ``closing`` (``kr``,
    ``osv``, ``m.fl``, ``jul``) often ends a sentence too: written in lower
    case, its period ends one when a capital letter follows ("… 100 kr. Det
    säger …", "till jul. Det"), not before a digit or lower case, and not
    when it is capitalised itself ("St. Louis"). Bullets (•) also end a sentence.
    """
    bounds: list[tuple[int, int]] = []
    cur = start
    for m in _SENT_END.finditer(text, start, end):
        stop = m.end("end")
        word = re.search(r"(\w+(?:\.\w+)*)\.$", text[max(cur, stop - 12):stop])
        if word and m.group("end") == "." and word.group(1).casefold() in abbreviations:
            ab = word.group(1)
            if not (ab.casefold() in closing and ab.islower() and text[m.end():m.end() + 1].isupper()):
                continue  # "St. Louis", "t.ex. Malmö", "24 jul. 2020" go on
        # "3.5" or "kl. 20.45" are not boundaries; glued text needs a lower-case word before it
        if not m.group("gap"):
            before = text[m.start() - 1] if m.start() > 0 else " "
            if not before.isalpha() or not before.islower():
                continue
        s, e = _strip(text, cur, stop)
        if e > s:
            bounds.append((s, e))
        cur = m.end()
    s, e = _strip(text, cur, end)
    if e > s:
        bounds.append((s, e))
    # bullets split further
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        pos = s
        for b in _BULLET.finditer(text, s, e):
            ss, ee = _strip(text, pos, b.start())
            if ee > ss:
                out.append((ss, ee))
            pos = b.end()
        ss, ee = _strip(text, pos, e)
        if ee > ss:
            out.append((ss, ee))
    return out


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, stripped, with offsets. Scraped news puts one paragraph a line."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        s, e = _strip(text, pos, m.start())
        if e > s:
            out.append((s, e))
        pos = m.end()
    s, e = _strip(text, pos, len(text))
    if e > s:
        out.append((s, e))
    return out


def _inline_cut(text: str, start: int, end: int, markers: list[re.Pattern[str]]) -> list[tuple[int, int, bool]]:
    """Cut a paragraph where a byline was glued into it ("i Sverige.8 SIDOR/TT Tips").

    Returns (start, end, is_marker) pieces.
    """
    for pat in markers:
        m = pat.search(text, start, end)
        if m:
            pieces = []
            s, e = _strip(text, start, m.start())
            if e > s:
                pieces.append((s, e, False))
            pieces.append((m.start(), m.end(), True))
            pieces.extend(_inline_cut(text, m.end(), end, markers))
            return pieces
    s, e = _strip(text, start, end)
    return [(s, e, False)] if e > s else []


def segment(text: str, abbreviations: frozenset[str], inline_markers: list[re.Pattern[str]],
            closing: frozenset[str] = frozenset()) -> list[Paragraph]:
    """Paragraphs with their sentences and tokens (``closing``: see :func:`split_sentences`)."""
    paragraphs: list[Paragraph] = []
    for ps, pe in split_paragraphs(text):
        for s, e, is_marker in _inline_cut(text, ps, pe, inline_markers):
            p = Paragraph(len(paragraphs), s, e, boilerplate=is_marker)
            for ss, se in split_sentences(text, s, e, abbreviations, closing):
                p.sentences.append(Sentence(ss, se, tokenize(text, ss, se), p.index))
            paragraphs.append(p)
    return paragraphs
