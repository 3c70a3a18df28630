"""Screenshots of every page, for the docs: ``python -m sagt.web.screenshots [--db DB] [--out docs/screenshots]``.

Without ``--db`` a demo database is built from :mod:`sagt.web.demo` (plus
the reference article). Needs Playwright (Python) and Debian's chromium at
``/usr/bin/chromium`` (``--chromium`` to point elsewhere); nothing is
downloaded.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def take(db: str, out: Path, chromium: str = "/usr/bin/chromium") -> list[Path]:
    from playwright.sync_api import sync_playwright

    from sagt.store import open_store
    from sagt.web.app import create_app
    from sagt.web.demo import SEED
    from sagt.web.server import LiveServer

    out.mkdir(parents=True, exist_ok=True)
    store = open_store(db)
    seed_id = next((a for a in ("svt-putin-scholz",) if store.article(a)), None)
    art = store.article(seed_id) if seed_id else None
    top = store.speakers(limit=1)
    store.close()
    shots: list[Path] = []
    with LiveServer(create_app(db)) as srv, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860}, device_scale_factor=1)

        def shot(name: str, full: bool = False, height: int | None = None) -> None:
            p = out / f"{name}.png"
            if height:
                page.screenshot(path=str(p), clip={"x": 0, "y": 0, "width": 1280, "height": height}, full_page=True)
            else:
                page.screenshot(path=str(p), full_page=full)
            shots.append(p)

        page.goto(srv.url + "/?q=" + "krig OR beslut*" + "&gender=female")
        shot("search")
        if art:
            page.goto(f"{srv.url}/articles/{art['db_id']}")
            shot("article", height=1250)
        if top:
            page.goto(f"{srv.url}/speakers/{top[0]['id']}")
            shot("speaker", height=1100)
        page.goto(srv.url + "/dashboard")
        shot("dashboard", height=1500)
        page.goto(srv.url + "/outlets")
        shot("outlets")
        if art and art.get("outlet"):
            page.goto(f"{srv.url}/outlets/{art['outlet']}")
            shot("outlet", height=620)
        page.goto(srv.url + "/speakers")
        shot("speakers")
        page.goto(srv.url + "/topics")
        shot("topics", height=280)
        first_topic = page.locator("main a[href^='/topics/']").first
        if first_topic.count():
            first_topic.click()
            page.wait_for_load_state()
            shot("topic")
        page.goto(srv.url + "/paste")
        if SEED.exists():
            page.fill("textarea[name=text]", SEED.read_text(encoding="utf-8"))
        page.click("#extract-button")
        page.wait_for_selector("#article-text")
        shot("paste", height=1250)
        browser.close()
    return shots


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", help="database to show (default: a fresh demo database)")
    ap.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db
        if not db:
            from sagt.web.demo import build_db

            db = str(Path(tmp) / "demo.db")
            build_db(db, with_xss=False)
        for p in take(db, Path(a.out), a.chromium):
            print(f"{p}  {p.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
