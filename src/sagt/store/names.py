"""Parse speaker names into the parts the registry matches on.

``president Vladimir Putin`` -> display ``Vladimir Putin``, first ``vladimir``,
surname ``putin``. Leading lower-case words are titles or descriptions
(Swedish writes titles in lower case), so they are dropped from person
names; organisation and group names are kept whole (``polisen``,
``det ryska försvarsministeriet``) because their words *are* the name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")
_INITIAL = re.compile(r"^\w\.?$", re.UNICODE)


@dataclass(frozen=True)
class ParsedName:
    display: str
    norm: str
    first: str | None  # casefolded first given name, None for a bare surname
    surname: str | None  # casefolded last token, persons only
    tokens: int
    personal: bool  # looks like a person's name (capitalised words)

    @property
    def is_full(self) -> bool:
        return self.personal and self.tokens >= 2

    @property
    def first_is_initial(self) -> bool:
        return bool(self.first and _INITIAL.match(self.first))


def norm(text: str) -> str:
    """Case- and space-insensitive form; diacritics are kept (Öberg is not Oberg)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2011", "-").replace("\u2010", "-")
    return _SPACE.sub(" ", text).strip().casefold()


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper()


def parse_name(name: str, speaker_type: str = "unknown") -> ParsedName:
    """Split ``name`` for matching; see the module docstring."""
    clean = _SPACE.sub(" ", unicodedata.normalize("NFC", name)).strip().strip(",.:;")
    toks = clean.split(" ")
    if speaker_type in ("organization", "group"):
        return ParsedName(clean, norm(clean), None, None, len(toks), False)
    # Drop leading lower-case words (titles, descriptions): "president Putin".
    i = 0
    while i < len(toks) - 1 and not _capitalised(toks[i]):
        i += 1
    person_toks = toks[i:]
    personal = all(_capitalised(t) or t.casefold() in _PARTICLES for t in person_toks) and _capitalised(person_toks[0])
    if not personal:
        return ParsedName(clean, norm(clean), None, None, len(toks), False)
    display = " ".join(person_toks)
    surname = person_toks[-1].casefold()
    first = person_toks[0].casefold() if len(person_toks) >= 2 else None
    return ParsedName(display, norm(display), first, surname, len(person_toks), True)


#: Lower-case name particles that may sit inside a personal name.
_PARTICLES = frozenset({"von", "van", "af", "de", "der", "la", "le", "di", "da", "bin", "al", "el", "ibn", "du", "dos", "del"})
