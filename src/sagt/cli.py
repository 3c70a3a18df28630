"""The ``sagt`` command line: one typer app; each interface adds its commands.

``sagt extract`` and ``sagt eval`` live here; the store, the web app and the
Spark job register theirs through ``register(app)`` functions so that this
module stays small and the dependencies point toward the core.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from sagt.errors import ReadError, SagtError

app = typer.Typer(
    name="sagt",
    help="Who said what, how, and according to whom: attributed statements from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)


def _iter_inputs(inputs: list[str], lang: str, encoding: str):
    from sagt.readers import read_source

    for src in inputs or ["-"]:
        if src != "-" and Path(src).is_dir():
            files = sorted(p for p in Path(src).rglob("*") if p.is_file())
        else:
            files = [Path(src)] if src != "-" else ["-"]
        for f in files:
            yield from read_source(str(f), lang=lang, encoding=encoding)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(None, help="Files or folders (.txt, .html, .json, .jsonl); '-' or nothing for stdin."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="json, jsonl or text (default: text on a terminal, else json)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    lang: str = typer.Option("sv", help="Language of the articles (records may override it)."),
    encoding: str = typer.Option("utf-8", help="Encoding of text files."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules only: do not load the entity model."),
) -> None:
    """Extract attributed statements from articles."""
    from sagt.pipeline import extract_article
    from sagt.render import print_article

    fmt = format or ("text" if output is None and sys.stdout.isatty() else "json")
    if fmt not in ("json", "jsonl", "text"):
        raise typer.BadParameter("--format must be json, jsonl or text")
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    console = Console(file=out) if fmt == "text" else None
    failures = 0
    results: list[dict] = []
    try:
        for item in _iter_inputs(inputs, lang, encoding):
            if isinstance(item, ReadError):
                failures += 1
                err.print(f"[red]error[/red] {item}", highlight=False)
                continue
            try:
                article = extract_article(item, use_model=not no_model)
            except SagtError as exc:
                failures += 1
                err.print(f"[red]error[/red] {item.source or item.id}: {exc}", highlight=False)
                continue
            if fmt == "jsonl":
                out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            elif fmt == "json":
                results.append(article.to_dict())
            else:
                print_article(article, console)
        if fmt == "json":
            payload = results[0] if len(results) == 1 else results
            out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    finally:
        if output:
            out.close()
    if failures:
        err.print(f"{failures} input(s) could not be read; the others were processed.")
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    gold: Path = typer.Argument(..., help="Gold statements (JSON Lines, guidelines section 4)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predictions to score instead of running extraction."),
    by_doc: bool = typer.Option(False, "--by-doc", help="Show each article's misses, false positives and wrong speakers."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
) -> None:
    """Score extraction against gold statements (guidelines section 5)."""
    from sagt.evaluation import evaluate
    from sagt.report import print_by_doc, print_scores

    golds = _load_jsonl(gold)
    if pred is not None:
        preds = _load_jsonl(pred)
    else:
        from sagt.pipeline import extract_article
        from sagt.readers import article_from_record

        preds = []
        for g in golds:
            art = article_from_record(g, source=str(gold), line=None)
            preds.append(extract_article(art).to_dict())
    results = evaluate(golds, preds)
    if as_json:
        print(json.dumps({str(th): s.as_dict() for th, s in results.items()}, ensure_ascii=False))
        return
    console = Console()
    if by_doc:
        print_by_doc(console, golds, results[0.3])
    print_scores(console, results)


def _load_jsonl(path: Path) -> list[dict]:
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise SagtError(f"{path}:{n}: malformed JSON: {exc.msg}") from None
    except OSError as exc:
        raise SagtError(f"{path}: cannot read: {exc.strerror}") from None
    return rows


def _register_plugins() -> None:
    """Commands of the outer layers (store, web, Spark), when installed."""
    import importlib

    for module in ("sagt.store.cli", "sagt.web.cli", "sagt.spark.cli"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and module.startswith(exc.name):
                continue
            raise
        mod.register(app)


_register_plugins()


def main() -> None:
    try:
        app()
    except SagtError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
