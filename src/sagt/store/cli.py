"""The store's commands: ``sagt ingest``, ``sagt search``, ``sagt speakers ...``, ``sagt export``.

``register(app)`` adds them to the main ``sagt`` typer app. Every command
takes ``--db`` (a path for SQLite, or a ``postgresql://`` URL; default
``$SAGT_DB`` or ``./sagt.db``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

DB_HELP = "Database: an SQLite file path or a postgresql:// URL (default: $SAGT_DB, else ./sagt.db)."
# Piped output keeps whole cells on one line (scripts grep it) instead of wrapping at 80 columns.
out = Console() if sys.stdout.isatty() else Console(width=100_000)
err = Console(stderr=True, soft_wrap=True)


def _db_option() -> Any:
    return typer.Option(None, "--db", envvar="SAGT_DB", help=DB_HELP)


def register(app: typer.Typer) -> None:
    """Add the store's commands to ``app``."""
    app.command("ingest")(ingest_cmd)
    app.command("search")(search_cmd)
    app.command("export")(export_cmd)
    speakers = typer.Typer(help="The speaker registry: list, show and correct speaker entities.", no_args_is_help=True)
    speakers.command("list")(speakers_list)
    speakers.command("show")(speakers_show)
    speakers.command("merge")(speakers_merge)
    speakers.command("split")(speakers_split)
    speakers.command("set-gender")(speakers_set_gender)
    speakers.command("rename")(speakers_rename)
    app.add_typer(speakers, name="speakers")


def ingest_cmd(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, '-' (stdin), .warc(.gz), feeds, sitemaps, URLs, Parquet export folders."),
    db: Optional[str] = _db_option(),
    workers: int = typer.Option(0, "--workers", "-j", help="Extraction processes (0: one per core)."),
    lang: str = typer.Option("sv", "--lang", help="Language of the articles."),
    force: bool = typer.Option(False, "--force", help="Re-extract and replace statements even for unchanged articles."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Store articles without running the extractor."),
    batch_size: int = typer.Option(50, "--batch-size", help="Articles per write transaction."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Live progress (default: on a terminal)."),
    user_agent: Optional[str] = typer.Option(None, "--user-agent", help="User agent for fetching URLs."),
    delay: float = typer.Option(1.0, "--delay", help="Seconds between requests to one host."),
    timeout: float = typer.Option(20.0, "--timeout", help="Seconds before a request times out."),
    retries: int = typer.Option(3, "--retries", help="Retries for failed requests (timeouts, 429, 5xx)."),
    ignore_robots: bool = typer.Option(False, "--ignore-robots", help="Do not obey robots.txt (only for sites you own)."),
    json_report: bool = typer.Option(False, "--json", help="Print the report as JSON on stdout."),
) -> None:
    """Extract statements from news and store them (re-running skips what is stored)."""
    import os

    from sagt.ingest import IngestOptions, ingest
    from sagt.ingest.fetch import DEFAULT_USER_AGENT

    opts = IngestOptions(
        db=db,
        workers=workers or os.cpu_count() or 1,
        lang=lang,
        extract=not no_extract,
        force=force,
        batch_size=batch_size,
        progress=progress,
        user_agent=user_agent or DEFAULT_USER_AGENT,
        delay=delay,
        timeout=timeout,
        retries=retries,
        robots=not ignore_robots,
    )
    report = ingest(inputs, opts, console=err)
    if report.failures and (progress or (progress is None and err.is_terminal)):
        for f in report.failures[:50]:
            err.print(f"[yellow]skipped[/yellow] {f.origin}: {f.reason}", highlight=False)
        if len(report.failures) > 50:
            err.print(f"... and {len(report.failures) - 50} more", highlight=False)
    if json_report:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    err.print(("[yellow]interrupted[/yellow]: " if report.interrupted else "") + report.summary(), highlight=False)
    if report.interrupted:
        shown = report.unfinished[:5]
        more = len(report.unfinished) - len(shown)
        err.print(
            "not finished: " + ", ".join(shown) + (f" and {more} more" if more > 0 else "")
            + ". Run the same command again to continue: stored articles are skipped.",
            highlight=False,
        )
    raise typer.Exit(report.exit_code)


def _table_or(fmt: str, rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> None:
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt == "jsonl":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in r.items()})
        sys.stdout.write(buf.getvalue())
    else:
        t = Table(title=title, show_lines=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
        out.print(t)


def search_cmd(
    query: str = typer.Argument("", help='Words (all must occur), "a phrase", prefix*, OR, -exclude. Empty: filters only.'),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker entity (name, alias or id)."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet, e.g. svt.se."),
    since: Optional[str] = typer.Option(None, "--since", help="From this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Up to and including this date."),
    kind: Optional[str] = typer.Option(None, "--kind", help="direct, indirect or mixed."),
    gender: Optional[str] = typer.Option(None, "--gender", help="female, male or unknown."),
    speaker_type: Optional[str] = typer.Option(None, "--type", help="person, organization, group or unknown."),
    limit: int = typer.Option(20, "--limit", "-n"),
    offset: int = typer.Option(0, "--offset"),
    order: str = typer.Option("relevance", "--order", help="relevance, newest or oldest."),
    all_copies: bool = typer.Option(False, "--all-copies", help="List every wire copy, not one statement per quote."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv."),
    db: Optional[str] = _db_option(),
) -> None:
    """Search stored statements."""
    from sagt.store import Filters, open_store

    store = open_store(db)
    try:
        page = store.search(
            query or None,
            Filters(speaker=speaker, outlet=outlet, since=since, until=until, kind=kind, gender=gender, speaker_type=speaker_type),
            limit=limit,
            offset=offset,
            order=order,  # type: ignore[arg-type]
            dedupe=not all_copies,
        )
    finally:
        store.close()
    if fmt in ("json", "jsonl"):
        _table_or(fmt, page.hits, [])
        return
    rows = [
        {
            "id": h["id"],
            "date": (h["article"]["published"] or "")[:10],
            "speaker": (h["speaker_entity"] or {}).get("name") or h["speaker"]["name"],
            "gender": (h["speaker_entity"] or {}).get("gender") or h["speaker"]["gender"],
            "kind": h["kind"],
            "content": h["content"]["text"],
            "outlets": ", ".join(h["outlets"]),
            "url": h["article"]["url"],
            "article_id": h["article"]["id"],
        }
        for h in page.hits
    ]
    _table_or(fmt, rows, ["date", "speaker", "gender", "kind", "content", "outlets"] if fmt == "table" else list(rows[0]) if rows else ["id"])
    if fmt == "table" and not rows:
        err.print("no statements found")


def speakers_list(
    query: Optional[str] = typer.Option(None, "--query", "-q", help="Part of the name."),
    speaker_type: Optional[str] = typer.Option(None, "--type"),
    gender: Optional[str] = typer.Option(None, "--gender"),
    limit: int = typer.Option(50, "--limit", "-n"),
    offset: int = typer.Option(0, "--offset"),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    db: Optional[str] = _db_option(),
) -> None:
    """Speaker entities, most quoted first."""
    from sagt.store import open_store

    with open_store(db) as store:
        rows = store.speakers(query=query, speaker_type=speaker_type, gender=gender, limit=limit, offset=offset)
    _table_or(fmt, rows, ["id", "name", "type", "gender", "gender_source", "role", "organization", "n_statements"])


def _show_speaker(sp: dict[str, Any]) -> None:
    out.print(f"[bold]{sp['name']}[/bold]  (id {sp['id']}, {sp['type']})", highlight=False)
    out.print(f"gender: {sp['gender']}" + (f" ({sp['gender_source']})" if sp["gender_source"] else ""), highlight=False)
    if sp["organization"]:
        out.print(f"organisation: {sp['organization']}", highlight=False)
    out.print("aliases: " + ", ".join(a["alias"] + (" (manual)" if a["manual"] else "") for a in sp["aliases"]), highlight=False)
    out.print(f"statements: {sp['n_statements']}", highlight=False)
    for r in sp["roles"]:
        out.print(f"  {r['first_seen'] or '?'} – {r['last_seen'] or '?'}: {r['role']}" + (f", {r['organization']}" if r["organization"] else ""), highlight=False)
    if sp["outlets"]:
        out.print("outlets: " + ", ".join(f"{o['outlet']} ({o['n']})" for o in sp["outlets"]), highlight=False)
    for st in sp["recent_statements"]:
        out.print(f"  {(st['article']['published'] or '')[:10]} [{st['kind']}] {st['content']['text'][:120]}", highlight=False)
    for e in sp["overrides"]:
        out.print(f"  hand edit: {e['action']} at {e['at']}", highlight=False)


def speakers_show(
    ref: str = typer.Argument(..., help="Speaker id, name or alias."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    db: Optional[str] = _db_option(),
) -> None:
    """One speaker: aliases, roles over time, outlets, recent statements, hand edits."""
    from sagt.store import open_store

    with open_store(db) as store:
        sp = store.speaker(ref)
    if sp is None:
        err.print(f"no speaker {ref!r}")
        raise typer.Exit(1)
    if fmt == "json":
        print(json.dumps(sp, ensure_ascii=False, indent=1, default=str))
    else:
        _show_speaker(sp)


def _edit(action: Any) -> None:
    try:
        action()
    except (LookupError, ValueError) as exc:
        err.print(f"[red]error[/red] {exc.args[0] if exc.args else exc}", highlight=False)
        raise typer.Exit(1) from None


def speakers_merge(
    target: str = typer.Argument(..., help="The entity to keep (id or name)."),
    sources: list[str] = typer.Argument(..., help="Entities that are the same speaker (ids or names)."),
    db: Optional[str] = _db_option(),
) -> None:
    """Merge speakers into one entity (kept across re-ingests)."""
    from sagt.store import open_store

    with open_store(db) as store:
        _edit(lambda: out.print(f"merged into speaker {store.merge_speakers(target, list(sources))}"))


def speakers_split(
    ref: str = typer.Argument(..., help="The entity to split (id or name)."),
    names: list[str] = typer.Option(..., "--name", help="Name(s), as extracted, that belong to a different speaker."),
    db: Optional[str] = _db_option(),
) -> None:
    """Move the statements made under some names to a new entity (kept across re-ingests)."""
    from sagt.store import open_store

    with open_store(db) as store:
        _edit(lambda: out.print(f"new speaker {store.split_speaker(ref, list(names))}"))


def speakers_set_gender(
    ref: str = typer.Argument(..., help="Speaker id or name."),
    gender: str = typer.Argument(..., help="female, male, or unknown (clears a hand setting)."),
    db: Optional[str] = _db_option(),
) -> None:
    """Set a speaker's gender by hand (source 'manual'; kept across re-ingests)."""
    from sagt.store import open_store

    with open_store(db) as store:
        _edit(lambda: out.print(f"speaker {store.set_gender(ref, gender)}: {gender}"))


def speakers_rename(
    ref: str = typer.Argument(..., help="Speaker id or name."),
    name: str = typer.Argument(..., help="The display name to use."),
    db: Optional[str] = _db_option(),
) -> None:
    """Give a speaker a display name by hand (kept across re-ingests)."""
    from sagt.store import open_store

    with open_store(db) as store:
        _edit(lambda: out.print(f"speaker {store.rename_speaker(ref, name)}: {name}"))


def export_cmd(
    what: str = typer.Option("statements", "--what", help="articles, statements, speakers or all (a folder)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    output: Path = typer.Option(..., "--output", "-o", help="Output file (a folder for --what all)."),
    db: Optional[str] = _db_option(),
) -> None:
    """Export the store in the shared export schema (see docs/store.md)."""
    from sagt.store import open_store
    from sagt.store.db import read_conn
    from sagt.store.export import export

    with open_store(db) as store, read_conn(store.engine) as conn:
        try:
            counts = export(conn, what, fmt, output)
        except ValueError as exc:
            err.print(f"[red]error[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None
    err.print(", ".join(f"{n} {w}" for w, n in counts.items()) + f" written to {output}", highlight=False)


def main() -> None:
    """Run the store commands alone (``python -m sagt.store``), e.g. when the main CLI is not installed."""
    app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
    register(app)
    app()
