"""Errors sagt reports to users: each names what failed and where."""

from __future__ import annotations


class SagtError(Exception):
    """Base class for errors with a message meant for the user."""


class ReadError(SagtError):
    """An input could not be read. Carries the source and, where known, the line."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        super().__init__(reason)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"
