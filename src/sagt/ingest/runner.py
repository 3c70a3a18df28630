"""The ingest loop: read inputs, extract in parallel, write from one process.

Worker processes parse HTML, skip articles the store already has (they
check the key and content hash themselves, so re-ingesting a corpus costs
a read, not an extraction), run the extractor, and compute the MinHash
fingerprint. The main process is the only writer: it stores small batches,
each in one transaction, so a crash (even SIGKILL) loses at most the batch
in flight, which the next run redoes; nothing is stored twice because
articles are keyed and hashed. Ctrl-C stores the finished batch, stops the
workers and says which inputs are not finished.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console

import sagt
from sagt.errors import ReadError
from sagt.ingest.fetch import DEFAULT_USER_AGENT, Fetcher
from sagt.ingest.sources import Work, expand
from sagt.store import Prepared, Store, prepare
from sagt.store.db import make_engine
from sagt.store.keys import article_key, content_hash

EXTRACTOR = f"sagt/{sagt.__version__}"


@dataclass
class IngestOptions:
    db: str | None = None
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    lang: str = "sv"
    extract: bool = True  # run the extractor on articles that carry no statements
    force: bool = False  # re-extract and replace even unchanged articles
    batch_size: int = 50  # articles per write transaction
    batch_seconds: float = 1.0  # ...or fewer, if this long has passed
    progress: bool | None = None  # None: when stderr is a terminal
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 3
    robots: bool = True


@dataclass
class Failure:
    input: int
    origin: str
    reason: str


@dataclass
class IngestReport:
    inputs: list[str]
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    statements: int = 0
    failures: list[Failure] = field(default_factory=list)
    interrupted: bool = False
    unfinished: list[str] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def processed(self) -> int:
        return self.new + self.updated + self.unchanged + self.older + len(self.failures)

    @property
    def rate(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def exit_code(self) -> int:
        """0 all good; 1 some input failed (the good ones are stored); 130 interrupted."""
        if self.interrupted:
            return 130
        return 1 if self.failures else 0

    def summary(self) -> str:
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            + (f"{self.older} older versions filed, " if self.older else "")
            + f"{len(self.failures)} failed; {self.statements} statements stored "
            f"in {self.elapsed:.1f} s ({self.rate:.1f} articles/s)"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "older": self.older,
            "failed": [f.__dict__ for f in self.failures],
            "statements": self.statements,
            "interrupted": self.interrupted,
            "unfinished": self.unfinished,
            "elapsed": round(self.elapsed, 3),
        }


# -- worker side -------------------------------------------------------------------

_W: dict[str, Any] = {}


def _init_worker(db_url: str | None, opts: IngestOptions, ignore_sigint: bool = True) -> None:
    if ignore_sigint:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _W["opts"] = opts
    _W["store"] = Store(engine=make_engine(db_url), migrate_schema=False) if db_url else None


def _process(item: Work | Failure) -> tuple[str, Any]:
    """Parse, skip-if-stored, extract, fingerprint. Returns (``"ready"``, Prepared) and the like."""
    if isinstance(item, Failure):
        return "failed", item
    opts: IngestOptions = _W["opts"]
    try:
        if item.article is not None:
            article = item.article
        else:
            from sagt.readers import read_html

            try:
                article = read_html(item.html or b"", id=item.id or item.origin, url=item.url, lang=opts.lang, source=item.origin)
            except ReadError as err:
                return "failed", Failure(item.input, err.source, err.reason)
        key = article_key(article) if article.url or not item.key else item.key
        chash = content_hash(article)
        store: Store | None = _W.get("store")
        if not opts.force and store is not None and store.is_stored(key, chash):
            return "unchanged", item.input
        if opts.extract and item.extract and (opts.force or not article.statements):
            article.statements = []
            sagt.extract_article(article)
        return "ready", (item.input, prepare(article, key=key, chash=chash))
    except Exception as exc:  # one bad article must not stop the run
        import traceback

        return "failed", Failure(item.input, item.origin, f"{type(exc).__name__}: {exc}" + (traceback.format_exc() if os.environ.get("SAGT_DEBUG") else ""))


# -- main side ---------------------------------------------------------------------


class _Stop(Exception):
    pass


def ingest(inputs: list[str], opts: IngestOptions | None = None, *, console: Console | None = None) -> IngestReport:
    """Ingest ``inputs`` into the store at ``opts.db``; see the module docstring."""
    opts = opts or IngestOptions()
    console = console or Console(stderr=True, soft_wrap=True)
    report = IngestReport(list(inputs))
    store = Store(opts.db)
    store.engine.dispose()  # no open connections across fork
    fetcher = Fetcher(user_agent=opts.user_agent, timeout=opts.timeout, retries=opts.retries, delay=opts.delay, respect_robots=opts.robots)
    workers = max(0, int(opts.workers))
    window = threading.BoundedSemaphore(max(8, workers * 32)) if workers > 1 else None
    stop = threading.Event()
    last_input = [-1]

    def work() -> Iterator[Work | Failure]:
        for i, item in expand(list(inputs), lang=opts.lang, fetcher=fetcher):
            if stop.is_set():
                return
            if window is not None:
                while not window.acquire(timeout=0.2):
                    if stop.is_set():
                        return
            if isinstance(item, ReadError):
                where = f"{item.source}:{item.line}" if item.line is not None else item.source
                yield Failure(i, where, item.reason)
            else:
                yield item

    show = opts.progress if opts.progress is not None else console.is_terminal
    batch: list[tuple[int, Prepared]] = []
    batch_started = time.monotonic()
    t0 = time.monotonic()

    def flush() -> None:
        nonlocal batch_started
        if not batch:
            return
        try:
            results = store.store_batch([p for _, p in batch], extractor=EXTRACTOR, force=opts.force)
            pairs = list(zip(batch, results))
        except Exception:
            pairs = []
            for entry in batch:  # find the article that fails, store the others
                try:
                    pairs.append((entry, store.store(entry[1], extractor=EXTRACTOR, force=opts.force)))
                except Exception as exc:
                    report.failures.append(Failure(entry[0], entry[1].article.source or entry[1].key, f"cannot store: {type(exc).__name__}: {exc}"))
        for (_, _p), res in pairs:
            setattr(report, res.outcome, getattr(report, res.outcome) + 1)
            if res.outcome in ("new", "updated"):
                report.statements += res.n_statements
        batch.clear()
        batch_started = time.monotonic()

    def handle(kind: str, payload: Any) -> None:
        if kind == "failed":
            report.failures.append(payload)
            last_input[0] = max(last_input[0], payload.input)
            if not show:
                console.print(f"[yellow]skipped[/yellow] {payload.origin}: {payload.reason}", highlight=False)
        elif kind == "unchanged":
            report.unchanged += 1
            last_input[0] = max(last_input[0], payload)
        else:
            batch.append(payload)
            last_input[0] = max(last_input[0], payload[0])
        if len(batch) >= opts.batch_size or (batch and time.monotonic() - batch_started >= opts.batch_seconds):
            flush()

    previous_term = signal.getsignal(signal.SIGTERM)

    def _term(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _term)
    pool = None
    progress = _Progress(console, report, t0) if show else None
    try:
        if progress:
            progress.start()
        if workers <= 1:
            _init_worker(store.url, opts, ignore_sigint=False)
            for item in work():
                handle(*_process(item))
                if progress:
                    progress.update()
        else:
            ctx = mp.get_context("fork") if sys.platform != "win32" else mp.get_context("spawn")
            pool = ctx.Pool(workers, initializer=_init_worker, initargs=(store.url, opts))
            for kind, payload in pool.imap(_process, work(), chunksize=4):
                if window is not None:
                    window.release()
                handle(kind, payload)
                if progress:
                    progress.update()
            pool.close()
            pool.join()
            pool = None
        flush()
    except KeyboardInterrupt:
        report.interrupted = True
        stop.set()
        try:
            flush()  # finished work is kept
        except KeyboardInterrupt:
            pass
        start = max(last_input[0], 0)
        report.unfinished = list(inputs)[start:]
    finally:
        stop.set()
        if pool is not None:
            pool.terminate()
            pool.join()
        if progress:
            progress.stop()
        fetcher.close()
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, previous_term)
        report.elapsed = time.monotonic() - t0
        store.close()
    return report


class _Progress:
    """A live line: counts, rate and elapsed time (the total is rarely known up front)."""

    def __init__(self, console: Console, report: IngestReport, t0: float) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.report = report
        self.t0 = t0
        self.last = 0.0
        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=False)
        self.task = self.bar.add_task("starting")

    def start(self) -> None:
        self.bar.start()

    def update(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        r = self.report
        rate = r.processed / max(now - self.t0, 1e-9)
        self.bar.update(
            self.task,
            description=(
                f"[bold]{r.processed}[/bold] articles: [green]{r.new} new[/green], {r.updated} updated, "
                f"{r.unchanged} unchanged, [red]{len(r.failures)} failed[/red]; {r.statements} statements; {rate:.1f}/s"
            ),
        )

    def stop(self) -> None:
        self.update(force=True)
        self.bar.stop()
