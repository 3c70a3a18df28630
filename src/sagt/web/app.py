"""The web app: server-rendered pages for journalists and a JSON API under ``/api/``.

``create_app(db)`` returns a FastAPI app over one :class:`sagt.store.Store`.
Pages (Jinja2, autoescaped) and API routes share the same query helpers, so
what a page shows the API returns. Nothing is served from outside the
database and the package's ``static`` folder; article and quote text is
escaped piece by piece (see :mod:`sagt.web.render`).
"""

from __future__ import annotations

import csv
import inspect
import io
import json
import math
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

import sagt
from sagt.store import Filters, Store
from sagt.store import queries as sq
from sagt.store.db import read_conn
from sagt.web import queries_extra as qx
from sagt.web import render
from sagt.web.admission import DEFAULT_LIMIT as DEFAULT_CONCURRENCY
from sagt.web.admission import DEFAULT_MAX_WAIT, Admission
from sagt.web.security import BodyLimit, RateLimiter, SecurityHeaders

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

KINDS = ("direct", "indirect", "mixed")
GENDERS = ("female", "male", "unknown")
TYPES = ("person", "organization", "group", "unknown")
DATE = r"^\d{4}-\d{2}-\d{2}$"
MAX_OFFSET = 100_000
PAGE_SIZE = 20
COUNT_CAP = 500  # searches count at most this many hits ("more than 500"): 25 pages
SPEAKER_TIMELINE_ROWS = 100  # the speaker page lists the latest articles; roles and gender evidence cover all
SLOW_KEYS = {"totals", "outlets", "speakers-top", "outlet_stats", "tags"}
Limit = Annotated[int, Query(ge=1, le=100, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip")]

KIND_LABEL = {"direct": "direkt citat", "indirect": "indirekt", "mixed": "blandat"}
GENDER_LABEL = {"female": "kvinna", "male": "man", "unknown": "okänt"}
TYPE_LABEL = {"person": "person", "organization": "organisation", "group": "grupp", "unknown": "okänt"}
GENDER_SOURCE_LABEL = {"pronoun": "pronomen (han/hon) i texten", "noun": "ett ord i texten (mamma, pappa)", "name": "förnamnsstatistik", "manual": "satt för hand", None: "–"}


class TTLCache:
    """A tiny thread-safe cache for slow aggregate queries (counts, facets, dashboard)."""

    def __init__(self, ttl: float = 60.0, max_items: int = 2048) -> None:
        self.ttl = ttl
        self.max_items = max_items
        self._d: dict[Any, tuple[float, Any]] = {}
        self._computing: dict[Any, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, key: Any, compute: Callable[[], Any]) -> Any:
        """The cached value, computing it once when missing (concurrent callers wait: no thundering herd)."""
        with self._lock:
            hit = self._d.get(key)
            if hit and hit[0] > time.monotonic():
                return hit[1]
            klock = self._computing.setdefault(key, threading.Lock())
        with klock:
            with self._lock:
                hit = self._d.get(key)
                if hit and hit[0] > time.monotonic():
                    return hit[1]
            value = compute()
            with self._lock:
                if len(self._d) >= self.max_items:
                    self._d.clear()
                    self._computing = {key: klock}
                self._d[key] = (time.monotonic() + self.ttl, value)
                self._computing.pop(key, None)
            return value


class FilterParams:
    """The filters every search, statistic and page understands (query parameters)."""

    def __init__(
        self,
        speaker: Annotated[str | None, Query(max_length=200, description="Speaker id or name (substring of the name if no entity matches)")] = None,
        outlet: Annotated[str | None, Query(max_length=200, description="Outlet, e.g. svt.se")] = None,
        kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query(description="Kind of statement")] = None,
        gender: Annotated[Literal["female", "male", "unknown"] | None, Query(description="Speaker gender")] = None,
        speaker_type: Annotated[Literal["person", "organization", "group", "unknown"] | None, Query(description="Speaker type")] = None,
        role: Annotated[str | None, Query(max_length=200, description="Speaker role, e.g. president")] = None,
        since: Annotated[str | None, Query(pattern=DATE, description="From date YYYY-MM-DD (inclusive)")] = None,
        until: Annotated[str | None, Query(pattern=DATE, description="To date YYYY-MM-DD (inclusive)")] = None,
    ) -> None:
        blank = lambda v: v if v not in ("", None) else None  # noqa: E731
        self.filters = Filters(
            speaker=blank(speaker and speaker.strip()),
            outlet=blank(outlet),
            since=blank(since),
            until=blank(until),
            kind=blank(kind),
            gender=blank(gender),
            speaker_type=blank(speaker_type),
            role=blank(role and role.strip()),
        )

    def key(self) -> tuple:
        return tuple(sorted(self.filters.active().items()))


def _on_the_loop(cls: type) -> Callable[..., Any]:
    """``cls`` as an async dependency with the same parameters: FastAPI runs a class or a plain function
    dependency in the thread pool (a second thread hop per request, and a second wait in line for a
    thread), an ``async`` one on the event loop. Building the filters is cheap and does no I/O."""

    async def build(**kw: Any) -> Any:
        return cls(**kw)

    build.__signature__ = inspect.signature(cls)  # type: ignore[attr-defined]
    build.__name__ = cls.__name__
    return build


filter_params = _on_the_loop(FilterParams)


class BlankParams:
    """HTML forms send empty fields as ``x=``; drop them before validation (so ``since=`` means no date)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            qs = scope.get("query_string", b"")
            if b"=&" in qs or qs.endswith(b"="):
                kept = [(k, v) for k, v in parse_qsl(qs.decode("latin-1"), keep_blank_values=True) if v != ""]
                scope = dict(scope, query_string=urlencode(kept).encode("latin-1"))
        await self.app(scope, receive, send)


class ExtractIn(BaseModel):
    text: str = Field(..., description="Article as plain text (first line: title) or HTML")


def create_app(
    db: str | Path | None = None,
    *,
    store: Store | None = None,
    max_paste_bytes: int = 1_000_000,
    extract_rate: int = 30,
    extract_window: float = 60.0,
    cache_ttl: float = 30.0,
    concurrency: int | None = DEFAULT_CONCURRENCY,
    max_queue_wait: float | None = DEFAULT_MAX_WAIT,
) -> FastAPI:
    """The app over the database ``db`` (path or URL) or an open ``store``.

    ``concurrency``: requests the process works on at once, the rest queue in
    arrival order (:mod:`sagt.web.admission`); ``None`` or 0 lets every
    request in at once (up to the thread pool's 40). ``max_queue_wait``:
    seconds a request may queue before it gets 503 with ``Retry-After``
    (``None`` or 0: no limit).
    """
    st = store or Store(db)
    cache = TTLCache(cache_ttl)
    slow_cache = TTLCache(max(cache_ttl, 600.0))  # whole-database aggregates: totals, facet values, outlet table
    limiter = RateLimiter(extract_rate, extract_window)

    app = FastAPI(
        title="sagt",
        version=sagt.__dict__.get("__version__", "0.1"),
        description="Who said what, how and according to whom, in Swedish news: search statements, articles, speakers and who gets to speak.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = st
    app.state.limiter = limiter

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        KIND_LABEL=KIND_LABEL, GENDER_LABEL=GENDER_LABEL, TYPE_LABEL=TYPE_LABEL, GENDER_SOURCE_LABEL=GENDER_SOURCE_LABEL,
        KINDS=KINDS, GENDERS=GENDERS, TYPES=TYPES,
    )
    env.filters["urlpart"] = lambda s: quote(str(s), safe="")
    env.filters["day"] = lambda s: (s or "")[:10]
    env.filters["when"] = lambda s: (s or "")[:16].replace("T", " ")

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        qs = dict(request.query_params)

        def with_params(**over: Any) -> str:
            d = {**qs, **{k: v for k, v in over.items()}}
            return "?" + urlencode({k: v for k, v in d.items() if v not in (None, "")})

        html = env.get_template(name).render(request=request, path=request.url.path, with_params=with_params, **ctx)
        return HTMLResponse(html, status_code=status)

    # -- helpers -------------------------------------------------------------------

    def conn():  # noqa: ANN202
        return read_conn(st.engine)

    def cached(key: Any, fn: Callable[[], Any]) -> Any:
        return (slow_cache if key[0] in SLOW_KEYS else cache).get(key, fn)

    def outlets() -> list[str]:
        def f() -> list[str]:
            with conn() as c:
                return qx.list_outlets(c)

        return cached(("outlets",), f)

    def count(query: str | None, fp: FilterParams) -> tuple[int, bool]:
        def f() -> tuple[int, bool]:
            with conn() as c:
                return qx.count_capped(c, query, fp.filters, cap=COUNT_CAP)

        return cached(("count", query or "", fp.key()), f)

    def do_search(query: str | None, fp: FilterParams, limit: int, offset: int, order: str) -> dict[str, Any]:
        res = st.search(query, fp.filters, limit=limit, offset=offset, order=order)  # type: ignore[arg-type]
        if len(res.hits) < limit and (res.hits or offset == 0):
            total, more = offset + len(res.hits), False  # the last page: no need to count
        elif res.window and res.window[0] < res.window[1]:
            total, more = min(res.window[0], COUNT_CAP), res.window[0] > COUNT_CAP  # ranking saw every match
        elif res.window and res.window[1] >= COUNT_CAP:
            total, more = COUNT_CAP, True  # more matches than the ranked window, which is over the cap
        else:
            total, more = count(query, fp)
        return {"query": query, "filters": fp.filters.active(), "order": order, "limit": limit, "offset": offset, "total": total, "total_is_lower_bound": more, "hits": res.hits}

    def get_article(ref: str) -> dict[str, Any]:
        with conn() as c:
            if ref.isdigit():
                art = qx.get_article_by_id(c, int(ref))
            elif ref.startswith(("url:", "id:")):
                art = qx.get_article_by_key(c, ref)
            else:
                art = None
        if art is None:
            art = st.article(ref)  # external id or URL
        if art is None:
            raise HTTPException(404, "no such article")
        return art

    def get_speaker(ref: str, timeline_limit: int | None = None) -> dict[str, Any]:
        with conn() as c:
            sp = sq.get_speaker(c, ref, timeline_limit=timeline_limit)
            if sp is None:
                raise HTTPException(404, "no such speaker")
            sp["cooccurring"] = qx.cooccurring_speakers(c, sp["id"])
            sp["months"] = qx.speaker_month_counts(c, sp["id"])
        return sp

    def shares(by: tuple[str, ...], measure: str, fp: FilterParams) -> list[dict[str, Any]]:
        def f() -> list[dict[str, Any]]:
            if measure == "speakers":
                with conn() as c:
                    return qx.speaker_shares(c, by, fp.filters)
            return st.shares(list(by), fp.filters)

        return cached(("shares", by, measure, fp.key()), f)

    def with_share(rows: list[dict[str, Any]], group: tuple[str, ...]) -> list[dict[str, Any]]:
        """Add ``share`` (0..1) within each group of ``group`` columns (all rows when empty)."""
        tot: dict[tuple, int] = {}
        for r in rows:
            k = tuple(r[g] for g in group)
            tot[k] = tot.get(k, 0) + r["n"]
        return [{**r, "share": round(r["n"] / tot[tuple(r[g] for g in group)], 4) if tot[tuple(r[g] for g in group)] else 0} for r in rows]

    # -- charts of the dashboard ---------------------------------------------------

    CHARTS: dict[str, dict[str, Any]] = {
        "gender-statements": {"title": "Uttalanden efter kön · statements by gender", "by": ("gender",), "measure": "statements"},
        "gender-speakers": {"title": "Talare efter kön · speakers by gender", "by": ("gender",), "measure": "speakers"},
        "type-statements": {"title": "Uttalanden efter talartyp · statements by speaker type", "by": ("type",), "measure": "statements"},
        "type-speakers": {"title": "Talare efter typ · speakers by type", "by": ("type",), "measure": "speakers"},
        "role-statements": {"title": "Uttalanden efter roll (topp 15) · statements by role", "by": ("role", "gender"), "measure": "statements"},
        "role-speakers": {"title": "Talare efter roll (topp 15) · speakers by role", "by": ("role", "gender"), "measure": "speakers"},
        "top-speakers": {"title": "Mest citerade · top speakers", "by": ("speaker",), "measure": "statements"},
        "outlet-gender": {"title": "Kön per medium · gender by outlet", "by": ("outlet", "gender"), "measure": "statements"},
        "month-gender": {"title": "Över tid · statements per month by gender", "by": ("month", "gender"), "measure": "statements"},
    }

    def chart_rows(name: str, fp: FilterParams) -> list[dict[str, Any]]:
        spec = CHARTS[name]
        by, measure = spec["by"], spec["measure"]
        rows = shares(by, measure, fp)
        if name == "top-speakers":
            rows = sorted((r for r in rows if r["speaker"]), key=lambda r: -r["n"])[:20]
            return with_share(rows, ())
        if name.startswith("role-"):
            totals: dict[str, int] = {}
            for r in rows:
                if r["role"]:
                    totals[r["role"]] = totals.get(r["role"], 0) + r["n"]
            top = sorted(totals, key=lambda k: -totals[k])[:15]
            order = {k: i for i, k in enumerate(top)}
            rows = sorted((r for r in rows if r["role"] in order), key=lambda r: order[r["role"]])
            return with_share(rows, ("role",))
        if by == ("outlet", "gender"):
            return with_share(rows, ("outlet",))
        if by == ("month", "gender"):
            return with_share([r for r in rows if r["month"]], ("month",))
        return with_share(rows, ())

    def chart_svg(name: str, rows: list[dict[str, Any]]) -> Any:
        spec = CHARTS[name]
        title, by = spec["title"], spec["by"]
        if by == ("gender",):
            data = [(GENDER_LABEL.get(r["gender"], r["gender"] or "okänt"), {r["gender"] or "unknown": r["n"]}) for r in rows]
            return render.hbar_chart(data, render.GENDER_SERIES, title=title, share_of_total=True, label_width=110)
        if by == ("type",):
            data = [(TYPE_LABEL.get(r["type"], r["type"] or "okänt"), {r["type"] or "unknown": r["n"]}) for r in rows]
            return render.hbar_chart(data, render.series_for([r["type"] for r in rows], render.TYPE_SERIES), title=title, share_of_total=True, label_width=110)
        if by == ("speaker",):
            data = [(r["speaker"], {"n": r["n"]}) for r in rows]
            return render.hbar_chart(data, [("n", "uttalanden", "#1c7ed6")], title=title)
        if by[0] == "month":
            return render.columns_chart(render.pivot(rows, "month", "gender"), render.GENDER_SERIES, title=title)
        return render.hbar_chart(render.pivot(rows, by[0], "gender"), render.GENDER_SERIES, title=title, percent=by[0] == "outlet")

    def csv_response(rows: list[dict[str, Any]], filename: str) -> Response:
        buf = io.StringIO()
        cols = list(rows[0].keys()) if rows else ["n"]
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if v is None else _csv_safe(v)) for k, v in r.items()})
        return Response(
            "\ufeff" + buf.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{filename}"'},
        )

    def client_ip(request: Request) -> str:
        return request.client.host if request.client else "?"

    def check_rate(request: Request) -> None:
        ok, wait = limiter.allow(client_ip(request))
        if not ok:
            raise HTTPException(429, f"för många förfrågningar, försök igen om {math.ceil(wait)} s / too many requests", headers={"retry-after": str(math.ceil(wait))})

    def extract_text(text: str) -> dict[str, Any]:
        art = sagt.extract(text)
        d = art.to_dict()
        for i, s in enumerate(d["statements"]):
            s["id"] = i
        return d

    # -- error pages -----------------------------------------------------------------

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
        resp = page(request, "error.html", status=exc.status_code, status_code=exc.status_code, detail=exc.detail)
        if headers:
            resp.headers.update(headers)
        return resp

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", [])), "msg": e.get("msg")} for e in exc.errors()]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": errors}, status_code=422)
        detail = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in errors)
        return page(request, "error.html", status=422, status_code=422, detail="Ogiltig parameter / invalid parameter – " + detail)

    app.mount("/static", StaticFiles(directory=str(STATIC), follow_symlink=False), name="static")

    # -- pages ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        fp: Annotated[FilterParams, Depends(filter_params)],
        q_: Annotated[str | None, Query(alias="q", max_length=500)] = None,
        order: Literal["relevance", "newest", "oldest"] = "relevance",
        page_no: Annotated[int, Query(alias="page", ge=1, le=MAX_OFFSET // PAGE_SIZE)] = 1,
    ) -> HTMLResponse:
        query = (q_ or "").strip() or None
        res = do_search(query, fp, PAGE_SIZE, (page_no - 1) * PAGE_SIZE, order if query else ("oldest" if order == "oldest" else "newest"))
        for h in res["hits"]:
            h["colour"] = 0
        totals = cached(("totals",), st.totals)
        n_pages = max(1, math.ceil(res["total"] / PAGE_SIZE))
        return page(
            request, "search.html", count_cap=COUNT_CAP, res=res, query=query or "", f=fp.filters, order=order, page_no=page_no,
            n_pages=min(n_pages, MAX_OFFSET // PAGE_SIZE), outlets=outlets(), totals=totals,
        )

    @app.get("/articles/{ref:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, ref: str) -> HTMLResponse:
        art = get_article(ref)
        return _article_view(request, art, stored=True)

    def _article_view(request: Request, art: dict[str, Any], *, stored: bool, status: int = 200, **extra: Any) -> HTMLResponse:
        sts = art["statements"]
        colours = render.speaker_colours(sts)
        body = render.highlight(art["text"], sts, colours)
        people: dict[str, dict[str, Any]] = {}
        for s in sts:
            k = render.speaker_key(s)
            sp = s.get("speaker") or {}
            p = people.setdefault(
                k,
                {
                    "name": sp.get("name") or (s.get("speaker_mention") or {}).get("text") or "okänd talare",
                    "id": s.get("speaker_id"), "type": sp.get("type"), "gender": sp.get("gender"), "gender_source": sp.get("gender_source"),
                    "roles": [], "organization": sp.get("organization"), "n": 0, "colour": colours.get(k, 0), "kinds": {},
                },
            )
            p["n"] += 1
            p["kinds"][s["kind"]] = p["kinds"].get(s["kind"], 0) + 1
            if sp.get("role") and sp["role"] not in p["roles"]:
                p["roles"].append(sp["role"])
            if not p["organization"] and sp.get("organization"):
                p["organization"] = sp["organization"]
        for s in sts:
            s["colour"] = colours.get(render.speaker_key(s), 0)
        return page(
            request, "article.html", status=status, art=art, body=body, people=sorted(people.values(), key=lambda p: (-p["n"], p["name"])),
            stored=stored, **extra,
        )

    @app.get("/speakers", response_class=HTMLResponse, include_in_schema=False)
    def speakers_page(
        request: Request,
        q_: Annotated[str | None, Query(alias="q", max_length=200)] = None,
        speaker_type: Literal["person", "organization", "group", "unknown"] | None = None,
        gender: Literal["female", "male", "unknown"] | None = None,
        page_no: Annotated[int, Query(alias="page", ge=1, le=1000)] = 1,
    ) -> HTMLResponse:
        per = 50
        rows = cached(
            ("speakers", q_, speaker_type, gender, page_no),
            lambda: st.speakers(query=q_ or None, speaker_type=speaker_type, gender=gender, limit=per + 1, offset=(page_no - 1) * per),
        )
        return page(request, "speakers.html", rows=rows[:per], has_next=len(rows) > per, page_no=page_no, query=q_ or "", speaker_type=speaker_type, gender=gender)

    @app.get("/speakers/{sid}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(request: Request, sid: int, page_no: Annotated[int, Query(alias="page", ge=1, le=MAX_OFFSET // PAGE_SIZE)] = 1) -> HTMLResponse:
        sp = get_speaker(str(sid), timeline_limit=SPEAKER_TIMELINE_ROWS)
        fp = FilterParams(speaker=str(sp["id"]))
        res = do_search(None, fp, PAGE_SIZE, (page_no - 1) * PAGE_SIZE, "newest")
        months = render.columns_chart(
            [(m["month"] or "–", {"n": m["n"]}) for m in sp["months"]], [("n", "uttalanden per månad / statements per month", "#1c7ed6")],
            title="Uttalanden per månad", height=180,
        )
        outlets_chart = render.hbar_chart([(o["outlet"] or "–", {"n": o["n"]}) for o in sp["outlets"][:15]], [("n", "uttalanden", "#2b8a3e")], title="Medier som citerar")
        n_pages = max(1, math.ceil(res["total"] / PAGE_SIZE))
        return page(request, "speaker.html", sp=sp, res=res, months_chart=months, outlets_chart=outlets_chart, page_no=page_no, n_pages=n_pages)

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request) -> HTMLResponse:
        rows = cached(("outlet_stats",), st.outlet_stats)
        chart = render.hbar_chart(
            [(r["outlet"] or "–", {"female": r["female"], "male": r["male"], "unknown": r["unknown"]}) for r in rows[:40]],
            render.GENDER_SERIES, title="Kön per medium", percent=True,
        )
        return page(request, "outlets.html", rows=rows, chart=chart)

    @app.get("/outlets/{name}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(request: Request, name: str, page_no: Annotated[int, Query(alias="page", ge=1, le=1000)] = 1) -> HTMLResponse:
        info = outlet_info(name, page_no)
        g = info["gender"]
        chart = render.hbar_chart(
            [(GENDER_LABEL.get(r["gender"], "okänt"), {r["gender"] or "unknown": r["n"]}) for r in g], render.GENDER_SERIES,
            title="Uttalanden efter kön", share_of_total=True, label_width=110,
        )
        top = render.hbar_chart([(r["speaker"], {"n": r["n"]}) for r in info["top_speakers"]], [("n", "uttalanden", "#1c7ed6")], title="Mest citerade")
        return page(request, "outlet.html", info=info, chart=chart, top_chart=top, page_no=page_no)

    def outlet_info(name: str, page_no: int = 1) -> dict[str, Any]:
        stats = next((r for r in cached(("outlet_stats",), st.outlet_stats) if r["outlet"] == name), None)
        if stats is None:
            raise HTTPException(404, "no such outlet")
        fp = FilterParams(outlet=name)
        with conn() as c:
            arts, total = qx.articles_where(c, outlet=name, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        top = sorted((r for r in shares(("speaker",), "statements", fp) if r["speaker"]), key=lambda r: -r["n"])[:15]
        return {"outlet": name, "stats": stats, "gender": shares(("gender",), "statements", fp), "top_speakers": top, "articles": arts, "total_articles": total}

    @app.get("/topics", response_class=HTMLResponse, include_in_schema=False)
    def topics_page(request: Request) -> HTMLResponse:
        return page(request, "topics.html", tags=topics())

    def topics() -> list[dict[str, Any]]:
        def f() -> list[dict[str, Any]]:
            with conn() as c:
                return qx.list_tags(c)

        return cached(("tags",), f)

    @app.get("/topics/{tag}", response_class=HTMLResponse, include_in_schema=False)
    def topic_page(request: Request, tag: str, page_no: Annotated[int, Query(alias="page", ge=1, le=1000)] = 1) -> HTMLResponse:
        with conn() as c:
            arts, total = qx.articles_where(c, tag=tag, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        if total == 0:
            raise HTTPException(404, "no articles with that topic")
        return page(request, "topic.html", tag=tag, arts=arts, total=total, page_no=page_no, n_pages=max(1, math.ceil(total / PAGE_SIZE)))

    @app.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
    def dashboard_page(request: Request, fp: Annotated[FilterParams, Depends(filter_params)]) -> HTMLResponse:
        charts = []
        for name, spec in CHARTS.items():
            rows = chart_rows(name, fp)
            charts.append({"name": name, "title": spec["title"], "svg": chart_svg(name, rows), "n": len(rows)})
        totals = cached(("totals",), st.totals)
        return page(request, "dashboard.html", charts=charts, f=fp.filters, outlets=outlets(), totals=totals, qs=request.url.query)

    @app.get("/dashboard/{name}.csv", include_in_schema=False)
    def dashboard_csv(name: str, fp: Annotated[FilterParams, Depends(filter_params)]) -> Response:
        if name not in CHARTS:
            raise HTTPException(404, "no such chart")
        return csv_response(chart_rows(name, fp), f"sagt-{name}.csv")

    @app.get("/paste", response_class=HTMLResponse, include_in_schema=False)
    def paste_form(request: Request) -> HTMLResponse:
        return page(request, "paste.html", text="", limit=max_paste_bytes)

    @app.post("/paste", response_class=HTMLResponse, include_in_schema=False)
    async def paste_submit(request: Request) -> HTMLResponse:
        check_rate(request)
        form = await request.form(max_files=1, max_fields=5, max_part_size=max_paste_bytes)
        text = form.get("text") or ""
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str):
            raw = await upload.read(max_paste_bytes + 1)
            if raw:
                if len(raw) > max_paste_bytes:
                    raise HTTPException(413, "file too large")
                try:
                    text = raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    return page(request, "paste.html", status=400, text="", limit=max_paste_bytes, error="Filen är inte UTF-8-text / the file is not UTF-8 text.")
        text = str(text).replace("\r\n", "\n")
        if not text.strip():
            return page(request, "paste.html", status=400, text="", limit=max_paste_bytes, error="Klistra in en artikel eller välj en fil / paste an article or choose a file.")
        if len(text.encode()) > max_paste_bytes:
            raise HTTPException(413, "text too large")
        try:
            art = await run_in_threadpool(extract_text, text)
        except Exception as e:  # noqa: BLE001 - bad input is reported, not a 500
            return page(request, "paste.html", status=400, text=text, limit=max_paste_bytes, error=f"Kunde inte läsa texten / could not read the text: {e}")
        return _article_view(request, art, stored=False, pasted=True, limit=max_paste_bytes)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        spec = app.openapi()
        ops = []
        for path, methods in spec.get("paths", {}).items():
            for method, op in methods.items():
                ops.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""), "description": op.get("description", ""), "params": op.get("parameters", []), "body": "requestBody" in op})
        return page(request, "docs.html", ops=ops, info=spec.get("info", {}))

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    # -- JSON API ------------------------------------------------------------------------

    @app.get("/api/search", tags=["statements"], summary="Search statements")
    def api_search(
        fp: Annotated[FilterParams, Depends(filter_params)],
        q_: Annotated[str | None, Query(alias="q", max_length=500, description='Words (all must occur), "a phrase", prefix*, OR, -exclude')] = None,
        order: Literal["relevance", "newest", "oldest"] = "relevance",
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Statements matching the full-text query and filters, with speaker entity, article and all outlets that ran them."""
        query = (q_ or "").strip() or None
        return do_search(query, fp, limit, offset, order)

    @app.get("/api/articles", tags=["articles"], summary="List articles")
    def api_articles(
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        tag: Annotated[str | None, Query(max_length=200, description="Topic tag")] = None,
        since: Annotated[str | None, Query(pattern=DATE)] = None,
        until: Annotated[str | None, Query(pattern=DATE)] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        with conn() as c:
            rows, total = qx.articles_where(c, tag=tag, outlet=outlet, since=since, until=until, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "articles": rows}

    @app.get("/api/articles/{ref:path}", tags=["articles"], summary="One article with its statements")
    def api_article(ref: str) -> dict[str, Any]:
        """By database id, key, external id or URL."""
        return get_article(ref)

    @app.get("/api/speakers", tags=["speakers"], summary="List speakers, most quoted first")
    def api_speakers(
        q_: Annotated[str | None, Query(alias="q", max_length=200)] = None,
        speaker_type: Literal["person", "organization", "group", "unknown"] | None = None,
        gender: Literal["female", "male", "unknown"] | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        rows = st.speakers(query=q_ or None, speaker_type=speaker_type, gender=gender, limit=limit, offset=offset)
        return {"limit": limit, "offset": offset, "speakers": rows}

    @app.get("/api/speakers/{ref}", tags=["speakers"], summary="One speaker: aliases, roles, gender evidence, timeline, outlets, co-occurring speakers")
    def api_speaker(ref: str) -> dict[str, Any]:
        return get_speaker(ref)

    @app.get("/api/speakers/{ref}/statements", tags=["speakers"], summary="A speaker's statements, newest first")
    def api_speaker_statements(ref: str, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> dict[str, Any]:
        with conn() as c:
            from sagt.store import registry

            sid = registry.find(c, ref)
        if sid is None:
            raise HTTPException(404, "no such speaker")
        return do_search(None, FilterParams(speaker=str(sid)), limit, offset, "newest")

    @app.get("/api/outlets", tags=["outlets"], summary="Per outlet: articles, statements, wire copies, gender")
    def api_outlets() -> list[dict[str, Any]]:
        return cached(("outlet_stats",), st.outlet_stats)

    @app.get("/api/outlets/{name}", tags=["outlets"], summary="One outlet: statistics, gender, top speakers, recent articles")
    def api_outlet(name: str, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> dict[str, Any]:
        info = outlet_info(name, 1 + offset // max(limit, 1))
        return info

    @app.get("/api/topics", tags=["topics"], summary="Topic tags with article counts")
    def api_topics() -> list[dict[str, Any]]:
        return topics()

    @app.get("/api/topics/{tag}", tags=["topics"], summary="Articles with a topic tag")
    def api_topic(tag: str, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        with conn() as c:
            rows, total = qx.articles_where(c, tag=tag, limit=limit, offset=offset)
        return {"tag": tag, "total": total, "limit": limit, "offset": offset, "articles": rows}

    @app.get("/api/stats/shares", tags=["statistics"], summary="Who gets to speak: counts and shares")
    def api_shares(
        fp: Annotated[FilterParams, Depends(filter_params)],
        by: Annotated[list[Literal["gender", "type", "role", "outlet", "month", "kind", "speaker"]], Query(description="Dimensions (repeat: by=outlet&by=gender)")] = ["gender"],  # noqa: B006
        measure: Literal["statements", "speakers"] = "statements",
        format: Literal["json", "csv"] = "json",
    ) -> Any:
        """Statements (wire copies once, except by outlet) or distinct speakers, grouped; ``share`` is within the first dimension when there are two."""
        dims = tuple(dict.fromkeys(by))
        if measure == "speakers" and "speaker" in dims:
            raise HTTPException(422, "measure=speakers cannot be grouped by speaker")
        rows = shares(dims, measure, fp)
        rows = with_share(rows, dims[:1] if len(dims) > 1 else ())
        if format == "csv":
            return csv_response(rows, f"sagt-{measure}-by-{'-'.join(dims)}.csv")
        return {"by": list(dims), "measure": measure, "filters": fp.filters.active(), "rows": rows}

    @app.get("/api/stats/charts/{name}", tags=["statistics"], summary="The data behind one dashboard chart")
    def api_chart(name: str, fp: Annotated[FilterParams, Depends(filter_params)], format: Literal["json", "csv"] = "json") -> Any:
        if name not in CHARTS:
            raise HTTPException(404, f"no such chart; choose from {', '.join(CHARTS)}")
        rows = chart_rows(name, fp)
        if format == "csv":
            return csv_response(rows, f"sagt-{name}.csv")
        return {"chart": name, "title": CHARTS[name]["title"], "filters": fp.filters.active(), "rows": rows}

    @app.get("/api/stats/totals", tags=["statistics"], summary="Counts of articles, statements, speakers")
    def api_totals() -> dict[str, int]:
        return cached(("totals",), st.totals)

    @app.post("/api/extract", tags=["extraction"], summary="Extract statements from one article without storing it")
    async def api_extract(request: Request) -> dict[str, Any]:
        """Body: JSON ``{"text": "..."}`` or the raw article (``text/plain`` or ``text/html``). At most 1 MB; 30 requests a minute per client."""
        check_rate(request)
        raw = await request.body()
        if len(raw) > max_paste_bytes:
            raise HTTPException(413, "request body too large")
        ctype = request.headers.get("content-type", "")
        if "json" in ctype:
            try:
                text = ExtractIn.model_validate_json(raw).text
            except ValueError as e:
                raise HTTPException(422, f"expected {{\"text\": \"...\"}}: {str(e)[:200]}") from None
        else:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise HTTPException(400, "body is not UTF-8 text") from None
        if not text.strip():
            raise HTTPException(400, "empty text")
        try:
            return await run_in_threadpool(extract_text, text)
        except Exception as e:  # noqa: BLE001
            raise HTTPException(400, f"could not read the text: {e}") from None

    if concurrency:
        # innermost: the rest is cheap, and a queued request holds nothing
        app.add_middleware(Admission, limit=concurrency, max_wait=max_queue_wait or None)
    app.add_middleware(BodyLimit, max_bytes=max_paste_bytes + 64_000)
    app.add_middleware(BlankParams)
    app.add_middleware(SecurityHeaders)
    return app


def _csv_safe(v: Any) -> Any:
    """Cells that spreadsheets would run as formulas get a leading apostrophe."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return v


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory sagt.web.app:app_from_env`` (several workers): the database from ``$SAGT_DB``.

    ``$SAGT_CONCURRENCY`` sets ``concurrency`` (see :func:`create_app`; 0: no queue),
    ``$SAGT_MAX_QUEUE_WAIT`` sets ``max_queue_wait`` (seconds; 0: no limit).
    """
    raw = os.environ.get("SAGT_CONCURRENCY")
    wait = os.environ.get("SAGT_MAX_QUEUE_WAIT")
    return create_app(
        os.environ.get("SAGT_DB"),
        concurrency=int(raw) if raw else DEFAULT_CONCURRENCY,
        max_queue_wait=float(wait) if wait else DEFAULT_MAX_WAIT,
    )
