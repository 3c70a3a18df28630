"""The statement store: articles, statements and speakers in SQLite or PostgreSQL.

Everything outside this package (the CLI, ``sagt ingest``, the web app, the
Spark job's loader) goes through :class:`Store`::

    from sagt.store import open_store, Filters
    store = open_store("news.db")                  # or "postgresql://user:pw@host/db"
    store.store(article)                           # an extracted sagt.Article
    page = store.search("förhandl*", Filters(speaker="Putin", since="2022-01-01"))
    store.speaker("Vladimir Putin")                # entity, roles over time, statements

Write path: :mod:`sagt.store.repository`; read path: :mod:`sagt.store.queries`;
speaker registry: :mod:`sagt.store.registry`; copy detection: :mod:`sagt.store.wire`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Filters", "Prepared", "SearchPage", "Store", "StoreResult", "open_store", "prepare"]


def __getattr__(name: str) -> Any:
    """Import the store lazily, so that ``sagt`` commands that do not touch a database start fast."""
    if name in __all__:
        from sagt.store import api

        return getattr(api, name)
    raise AttributeError(f"module 'sagt.store' has no attribute {name!r}")
