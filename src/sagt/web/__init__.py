"""The sagt web app: ``sagt serve`` (pages for journalists) and a JSON API under ``/api/``.

``from sagt.web import create_app; app = create_app("news.db")`` gives the
FastAPI app; see ``docs/web.md``.
"""

from __future__ import annotations

from sagt.web.app import create_app

__all__ = ["create_app"]
