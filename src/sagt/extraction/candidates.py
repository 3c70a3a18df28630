"""Statement candidates: what the finder rules propose before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field

from sagt.text.document import Document

_QUOTE_CHARS = "”\"»«“„"


@dataclass
class Candidate:
    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    rule: str
    confidence: float
    paragraph: int
    via: list[str] = field(default_factory=list)
    cue_class: str = "speech"
    # filled by coreference
    speaker_name: str | None = None
    speaker_type: str = "unknown"
    speaker_role: str | None = None
    speaker_gender: str = "unknown"
    gender_source: str | None = None
    speaker_org: str | None = None
    entity: object | None = None  # the resolved in-article entity, if any
    type_certain: bool = True  # False when only the shape of a name gave the type
    clause_end: int | None = None  # where the reporting clause ends, past a trailing relay ("…, skriver NTB.")


SPEAKER_FIELDS = ("speaker_name", "speaker_type", "speaker_role", "speaker_gender", "gender_source", "speaker_org", "entity")


def adopt_attribution(quote: Candidate, source: Candidate, rule: str, confidence: float) -> None:
    """Give a cue-less quote the cue, speaker mention and relays of the sentence that names
    its speaker ("Det säger X.", "Hon säger:")."""
    quote.cue, quote.mention, quote.via, quote.cue_class = source.cue, source.mention, source.via, source.cue_class
    quote.rule, quote.confidence = rule, confidence


def copy_speaker(target: Candidate, source: Candidate) -> None:
    """The same resolved speaker as ``source`` (a turn continued without a cue)."""
    for attr in SPEAKER_FIELDS:
        setattr(target, attr, getattr(source, attr))


def trim_content(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, a leading dash or 'att', enclosing quotes and a final period.

    '!' and '?' stay: they are part of what was said ("Det var kul!").
    """
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in "–—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    # enclosing quotation marks around the whole content
    if end - start >= 2 and text[start] in _QUOTE_CHARS and text[end - 1] in _QUOTE_CHARS:
        inner = text[start + 1:end - 1]
        if not any(q in inner for q in _QUOTE_CHARS):
            start, end = start + 1, end - 1
            while end > start and text[end - 1] in ".,;:":
                end -= 1
    return start, end


def quoted_inside(doc: Document, start: int, end: int) -> bool:
    """True when the span contains a quotation mark (mixed speech)."""
    return any(c in _QUOTE_CHARS for c in doc.text[start:end])


def fully_quoted(doc: Document, start: int, end: int) -> bool:
    t = doc.text[start:end].strip()
    return len(t) >= 2 and t[0] in _QUOTE_CHARS and t[-1] in _QUOTE_CHARS.replace("„", "") + ".!?," and (
        t.rstrip(".!?,")[-1:] in _QUOTE_CHARS
    )
