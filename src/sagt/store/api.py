"""The :class:`Store` facade and :func:`open_store` (re-exported by :mod:`sagt.store`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from sagt.model import Article
from sagt.store import queries, registry
from sagt.store.db import make_engine, read_conn, resolve_url, write_tx
from sagt.store.migrations import migrate
from sagt.store.queries import Filters, SearchPage
from sagt.store.repository import Prepared, StoreResult, known_state, prepare, store_article

__all__ = ["Filters", "Prepared", "SearchPage", "Store", "StoreResult", "open_store", "prepare"]


class Store:
    """A database of statements: open once, share between threads of one process."""

    def __init__(self, db: str | Path | None = None, *, engine: Engine | None = None, migrate_schema: bool = True) -> None:
        self.url = resolve_url(db) if engine is None else str(engine.url)
        self.engine = engine or make_engine(db)
        if migrate_schema:
            migrate(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------
    def store(self, article: Article | Prepared, *, extractor: str | None = None, force: bool = False) -> StoreResult:
        """Store one article in its own transaction."""
        prep = article if isinstance(article, Prepared) else prepare(article)
        with write_tx(self.engine) as conn:
            return store_article(conn, prep, extractor=extractor, force=force)

    def store_batch(self, items: Iterable[Prepared], *, extractor: str | None = None, force: bool = False) -> list[StoreResult]:
        """Store several articles in one transaction (faster commits; all or nothing on a crash)."""
        evidence: list[dict[str, Any]] = []
        with write_tx(self.engine) as conn:
            results = [store_article(conn, p, extractor=extractor, force=force, evidence=evidence) for p in items]
            registry.refresh(conn, evidence)
            return results

    def is_stored(self, key: str, chash: str) -> bool:
        """Whether this exact version of the article with ``key`` is already stored."""
        with read_conn(self.engine) as conn:
            return known_state(conn, key, chash) is not None

    # -- reading -------------------------------------------------------------------
    def search(self, query: str | None = None, filters: Filters | None = None, **kw: Any) -> SearchPage:
        with read_conn(self.engine) as conn:
            return queries.search(conn, query, filters, **kw)

    def count(self, query: str | None = None, filters: Filters | None = None, **kw: Any) -> int:
        with read_conn(self.engine) as conn:
            return queries.count(conn, query, filters, **kw)

    def article(self, ref: str | int) -> dict[str, Any] | None:
        with read_conn(self.engine) as conn:
            return queries.get_article(conn, ref)

    def speaker(self, ref: str | int) -> dict[str, Any] | None:
        with read_conn(self.engine) as conn:
            return queries.get_speaker(conn, ref)

    def speakers(self, **kw: Any) -> list[dict[str, Any]]:
        with read_conn(self.engine) as conn:
            return queries.list_speakers(conn, **kw)

    def shares(self, by: list[str] | tuple[str, ...] = ("gender",), filters: Filters | None = None) -> list[dict[str, Any]]:
        with read_conn(self.engine) as conn:
            return queries.speaking_shares(conn, by, filters)

    def outlet_stats(self, **kw: Any) -> list[dict[str, Any]]:
        with read_conn(self.engine) as conn:
            return queries.outlet_stats(conn, **kw)

    def totals(self) -> dict[str, int]:
        with read_conn(self.engine) as conn:
            return queries.totals(conn)

    # -- hand edits ----------------------------------------------------------------
    def _speaker_id(self, conn: Connection, ref: str | int) -> int:
        sid = registry.find(conn, ref)
        if sid is None:
            raise LookupError(f"no speaker {ref!r}")
        return sid

    def merge_speakers(self, target: str | int, sources: list[str | int]) -> int:
        with write_tx(self.engine) as conn:
            t = self._speaker_id(conn, target)
            registry.merge(conn, t, [self._speaker_id(conn, s) for s in sources])
            return t

    def split_speaker(self, ref: str | int, names: list[str]) -> int:
        with write_tx(self.engine) as conn:
            return registry.split(conn, self._speaker_id(conn, ref), names)

    def set_gender(self, ref: str | int, gender: str) -> int:
        with write_tx(self.engine) as conn:
            sid = self._speaker_id(conn, ref)
            registry.set_gender(conn, sid, gender)
            return sid

    def rename_speaker(self, ref: str | int, name: str) -> int:
        with write_tx(self.engine) as conn:
            sid = self._speaker_id(conn, ref)
            registry.rename(conn, sid, name)
            return sid


def open_store(db: str | Path | None = None) -> Store:
    """Open (and migrate) the store at ``db``: a path (SQLite), a URL, or ``$SAGT_DB``/``./sagt.db``."""
    return Store(db)
