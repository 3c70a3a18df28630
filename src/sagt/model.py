"""The data model every layer shares: articles, spans, speakers, statements.

Readers produce :class:`Article`; extraction fills ``Article.statements``;
the store, the analysis, the web app and the Spark job all read and write the
dictionary form given by :meth:`Article.to_dict`, whose shape is the versioned
JSON schema in ``sagt/schema/article.schema.json`` (``SCHEMA_VERSION``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "sagt/1.0"

Kind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "group", "unknown"]
Gender = Literal["female", "male", "unknown"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open ``[start, end)`` range of code points in the article text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Span | None":
        if data is None:
            return None
        return cls(int(data["start"]), int(data["end"]), str(data.get("text", "")))

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class Speaker:
    """The source of a statement as an entity, resolved within one article.

    ``gender_source`` says how the gender is known: ``"pronoun"`` (the text
    refers to the speaker as han/hon), ``"noun"`` (a noun that says it:
    ``en pappa``, ``kvinnan``), ``"name"`` (given-name statistics),
    ``"manual"`` (set by hand in the registry) or ``None`` when unknown.
    """

    name: str | None
    type: SpeakerType = "unknown"
    role: str | None = None
    gender: Gender = "unknown"
    gender_source: str | None = None
    organization: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "role": self.role,
            "gender": self.gender,
            "gender_source": self.gender_source,
            "organization": self.organization,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Speaker":
        data = data or {}
        return cls(
            name=data.get("name"),
            type=data.get("type") or "unknown",
            role=data.get("role"),
            gender=data.get("gender") or "unknown",
            gender_source=data.get("gender_source"),
            organization=data.get("organization"),
        )


@dataclass(slots=True)
class Statement:
    """One attributed statement: who (speaker), how (cue, kind), what (content)."""

    kind: Kind
    content: Span
    cue: Span | None
    speaker_mention: Span | None
    speaker: Speaker
    via: list[str] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "speaker": self.speaker.to_dict(),
            "via": list(self.via),
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Statement":
        content = Span.from_dict(data["content"])
        assert content is not None
        return cls(
            kind=data["kind"],
            content=content,
            cue=Span.from_dict(data.get("cue")),
            speaker_mention=Span.from_dict(data.get("speaker_mention")),
            speaker=Speaker.from_dict(data.get("speaker")),
            via=list(data.get("via") or []),
            confidence=float(data.get("confidence", 0.5)),
        )


@dataclass(slots=True)
class Article:
    """An article as read: its text (which all offsets index) and metadata."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    updated: str | None = None
    lang: str = "sv"
    byline: str | None = None
    outlet: str | None = None
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "updated": self.updated,
            "lang": self.lang,
            "byline": self.byline,
            "outlet": self.outlet,
            "source": self.source,
            "tags": list(self.tags),
            "text": self.text,
            "statements": [s.to_dict() for s in self.statements],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return cls(
            id=str(data["id"]),
            text=data["text"],
            title=data.get("title"),
            url=data.get("url"),
            published=data.get("published"),
            updated=data.get("updated"),
            lang=data.get("lang") or "sv",
            byline=data.get("byline"),
            outlet=data.get("outlet"),
            source=data.get("source"),
            tags=list(data.get("tags") or []),
            statements=[Statement.from_dict(s) for s in data.get("statements") or []],
        )
