"""``sagt serve``: the web app for journalists and the JSON API."""

from __future__ import annotations

import os
from typing import Optional

import typer

from sagt.web.admission import DEFAULT_LIMIT as DEFAULT_CONCURRENCY
from sagt.web.admission import DEFAULT_MAX_WAIT

DB_HELP = "Database: an SQLite file path or a postgresql:// URL (default: $SAGT_DB, else ./sagt.db)."


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the main ``sagt`` app."""
    app.command("serve")(serve_cmd)


def serve_cmd(
    db: Optional[str] = typer.Option(None, "--db", envvar="SAGT_DB", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    workers: int = typer.Option(1, "--workers", help="Server processes (more use more cores; each keeps its own caches and rate limits)."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
    concurrency: int = typer.Option(
        DEFAULT_CONCURRENCY, "--concurrency", min=0,
        help="Requests each process works on at once; the rest wait in arrival order (0: all at once, in up to 40 threads).",
    ),
    max_queue_wait: float = typer.Option(
        DEFAULT_MAX_WAIT, "--max-queue-wait", min=0,
        help="Seconds a request may wait in that queue before it gets 503 with Retry-After (0: no limit).",
    ),
) -> None:
    """Serve search, articles, speakers, outlets, the who-gets-to-speak dashboard and /api/ (docs at /docs)."""
    import uvicorn

    from sagt.store.db import resolve_url

    url = resolve_url(db)
    if url.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        path = make_url(url).database
        if path and not os.path.exists(path):
            typer.echo(f"No database at {path}. Create one with: sagt ingest ARTICLES --db {db or path}", err=True)
            raise typer.Exit(1)
    typer.echo(f"sagt: serving {url.split('@')[-1]} on http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", err=True)
    if workers > 1:
        os.environ["SAGT_DB"] = db or url
        os.environ["SAGT_CONCURRENCY"] = str(concurrency)
        os.environ["SAGT_MAX_QUEUE_WAIT"] = str(max_queue_wait)
        uvicorn.run("sagt.web.app:app_from_env", factory=True, host=host, port=port, workers=workers, log_level=log_level)
    else:
        from sagt.web.app import create_app

        uvicorn.run(create_app(db, concurrency=concurrency, max_queue_wait=max_queue_wait), host=host, port=port, log_level=log_level)
