"""``sagt spark run``: the Spark batch job from the sagt command line.

pyspark is imported inside the command, so ``sagt`` works without it.
"""

from __future__ import annotations

from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    """Add ``sagt spark ...`` to the main app."""
    spark = typer.Typer(help="Process news archives on Apache Spark (WARC / JSON Lines / Parquet -> Parquet export).", no_args_is_help=True)
    spark.command("run")(run_cmd)
    app.add_typer(spark, name="spark")


def run_cmd(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs or URIs of WARC(.gz), JSON Lines or Parquet."),
    out: str = typer.Option(..., "--out", "-o", help="Output folder: articles/statements/speakers.parquet, loadable with 'sagt ingest OUT'."),
    master: str = typer.Option("local[*]", "--master", help="Spark master URL, e.g. local[2], spark://host:7077, yarn."),
    fmt: str = typer.Option("auto", "--format", help="auto (by file name), warc, jsonl or parquet."),
    lang: str = typer.Option("sv", "--lang", help="Language of the articles."),
    partitions: Optional[int] = typer.Option(None, "--partitions", help="Partitions for extraction and shuffles (default: 2 x cores)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing output folder."),
    ui: bool = typer.Option(False, "--ui", help="Enable the Spark web UI."),
    json_report: bool = typer.Option(False, "--json", help="Print the job report as JSON on stdout."),
) -> None:
    """Run the batch job; the output has the columns of 'sagt export --format parquet'."""
    import json
    import sys

    try:
        import pyspark  # noqa: F401
    except ImportError:
        typer.echo("error: pyspark is not installed (pip install 'sagt[spark]'; it also needs Java 17+)", err=True)
        raise typer.Exit(2) from None
    from sagt.spark.inputs import FORMATS
    from sagt.spark.job import JobError, make_session, run_job

    if fmt not in FORMATS:
        typer.echo(f"error: --format must be one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    session = make_session(master, shuffle_partitions=partitions, ui=ui)
    try:
        report = run_job(session, inputs, out, fmt=fmt, lang=lang, partitions=partitions, overwrite=overwrite,
                         log=lambda m: print(m, file=sys.stderr))
    except JobError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        session.stop()
    if json_report:
        print(json.dumps(report, ensure_ascii=False))
    raise typer.Exit(1 if report["errors"] else 0)
