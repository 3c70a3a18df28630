"""Database URLs: a path, a URL, or SQLite's in-memory database."""

from __future__ import annotations

import os

from sagt.store.db import resolve_url


def test_memory_is_not_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_url(":memory:") == "sqlite://"
    assert not os.path.exists(tmp_path / ":memory:")


def test_paths_and_postgres_urls(tmp_path):
    assert resolve_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    assert resolve_url("postgresql://u:p@h/db").startswith("postgresql+psycopg://u:p@h/db")
