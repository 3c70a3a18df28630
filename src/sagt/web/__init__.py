"""The sagt web app: ``sagt serve`` (pages for journalists) and a JSON API under ``/api/``.

``from sagt.web import create_app; app = create_app("news.db")`` gives the
FastAPI app; see ``docs/web.md``. The app is imported lazily so that the
``sagt`` command line starts fast.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from sagt.web.app import create_app

        return create_app
    raise AttributeError(name)
