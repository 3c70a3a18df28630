"""Ingest: read news from files, folders, globs, stdin, WARC archives, feeds, sitemaps
and URLs; extract statements in parallel; store them in the statement store.

:func:`sagt.ingest.runner.ingest` is the entry point; ``sagt ingest`` is its CLI.
"""

from __future__ import annotations

from sagt.ingest.runner import IngestOptions, IngestReport, ingest

__all__ = ["IngestOptions", "IngestReport", "ingest"]
