"""Fixtures for the web tests: one demo database per session, the app, a live server, a real browser.

The database is built through the store's public API from the invented
articles in :mod:`sagt.web.demo` plus the reference article. Browser tests
drive Debian's chromium through Playwright (no browser download); they are
marked ``browser`` and skipped, saying why, when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("SAGT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    from sagt.web.demo import build_db

    path = tmp_path_factory.mktemp("web") / "web.db"
    ids = build_db(path)
    return str(path), ids


@pytest.fixture(scope="session")
def app(web_db):  # type: ignore[no-untyped-def]
    from sagt.web.app import create_app

    return create_app(web_db[0])


@pytest.fixture(scope="session")
def client(app):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def live_server(web_db) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from sagt.web.app import create_app
    from sagt.web.server import LiveServer

    with LiveServer(create_app(web_db[0])) as srv:
        yield srv.url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium; scripts/test.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need Playwright (pip install playwright; no browser download needed)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, live_server):  # type: ignore[no-untyped-def]
    """A fresh page that records console errors and any request leaving 127.0.0.1."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    p = ctx.new_page()
    p.set_default_timeout(15_000)
    p.errors = []  # type: ignore[attr-defined]
    p.outside = []  # type: ignore[attr-defined]
    p.on("pageerror", lambda e: p.errors.append(str(e)))  # type: ignore[attr-defined]
    p.on("console", lambda m: p.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]

    def guard(route):  # type: ignore[no-untyped-def]
        url = route.request.url
        if url.startswith(live_server) or url.startswith("data:"):
            route.continue_()
        else:
            p.outside.append(url)  # type: ignore[attr-defined]
            route.abort()

    ctx.route("**/*", guard)
    p.base = live_server  # type: ignore[attr-defined]
    try:
        yield p
    finally:
        ctx.close()
