"""The admission queue: at most ``limit`` requests inside the app, the rest admitted in arrival order."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from sagt.web.admission import Admission


class Gate:
    """An ASGI app whose requests block until the test releases them; records who is inside."""

    def __init__(self) -> None:
        self.inside: list[str] = []
        self.entered: list[str] = []
        self.peak = 0
        self.release: dict[str, asyncio.Event] = {}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        name = scope["path"]
        self.entered.append(name)
        self.inside.append(name)
        self.peak = max(self.peak, len(self.inside))
        try:
            await self.release.setdefault(name, asyncio.Event()).wait()
        finally:
            self.inside.remove(name)


def _scope(path: str) -> dict[str, Any]:
    return {"type": "http", "path": path}


async def _settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def test_limit_and_arrival_order() -> None:
    async def run() -> None:
        gate = Gate()
        adm = Admission(gate, limit=2)
        tasks = [asyncio.create_task(adm(_scope(f"/r{i}"), None, None)) for i in range(6)]
        await _settle()
        assert gate.inside == ["/r0", "/r1"]  # two inside, four waiting
        for name in ["/r1", "/r0", "/r2", "/r3", "/r4", "/r5"]:
            gate.release.setdefault(name, asyncio.Event()).set()
            await _settle()
        await asyncio.gather(*tasks)
        assert gate.entered == [f"/r{i}" for i in range(6)]  # first come, first served
        assert gate.peak == 2 and adm.active == 0 and not adm._waiting

    asyncio.run(run())


def test_bypass_paths_and_other_scopes_do_not_queue() -> None:
    async def run() -> None:
        gate = Gate()
        adm = Admission(gate, limit=1)
        first = asyncio.create_task(adm(_scope("/"), None, None))
        await _settle()
        others = [asyncio.create_task(adm(_scope(p), None, None)) for p in ("/static/app.js", "/healthz", "/api/extract")]
        lifespan = asyncio.create_task(adm({"type": "lifespan", "path": "/x"}, None, None))
        await _settle()
        assert sorted(gate.inside) == sorted(["/", "/static/app.js", "/healthz", "/api/extract", "/x"])
        for e in list(gate.release.values()):
            e.set()
        await asyncio.gather(first, *others, lifespan)
        assert adm.active == 0

    asyncio.run(run())


async def _one_inside_two_waiting(adm: Admission) -> tuple[asyncio.Task, asyncio.Task, asyncio.Task]:
    """/a inside a one-slot queue, /b and /c waiting behind it in that order."""
    a = asyncio.create_task(adm(_scope("/a"), None, None))
    await _settle()
    b = asyncio.create_task(adm(_scope("/b"), None, None))
    c = asyncio.create_task(adm(_scope("/c"), None, None))
    await _settle()
    return a, b, c


def test_a_cancelled_waiting_request_gives_up_its_place() -> None:
    async def run() -> None:
        gate = Gate()
        adm = Admission(gate, limit=1)
        a, b, c = await _one_inside_two_waiting(adm)
        b.cancel()  # its task was cancelled while queued (uvicorn does not cancel on a client disconnect)
        await _settle()
        gate.release.setdefault("/a", asyncio.Event()).set()
        await _settle()
        assert gate.inside == ["/c"]
        gate.release.setdefault("/c", asyncio.Event()).set()
        await asyncio.gather(a, c)
        with pytest.raises(asyncio.CancelledError):
            await b
        assert adm.active == 0 and not adm._waiting

    asyncio.run(run())


def test_cancelled_while_its_turn_passes_it_by() -> None:
    """A request cancelled in the same loop turn as the slot frees: ``_leave`` skips it before it can clean up."""
    async def run() -> None:
        gate = Gate()
        adm = Admission(gate, limit=1)
        a, b, c = await _one_inside_two_waiting(adm)
        gate.release.setdefault("/a", asyncio.Event()).set()  # /a leaves first in the next turn ...
        b.cancel()  # ... and finds /b's place already cancelled: it pops it and hands the slot to /c
        await _settle()
        assert gate.inside == ["/c"] and adm.active == 1
        with pytest.raises(asyncio.CancelledError):  # not ValueError from removing a place already gone
            await b
        gate.release.setdefault("/c", asyncio.Event()).set()
        await asyncio.gather(a, c)
        assert adm.active == 0 and not adm._waiting

    asyncio.run(run())


class Sent:
    """An ASGI ``send`` that keeps the messages."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    async def __call__(self, message: dict[str, Any]) -> None:
        self.messages.append(message)

    @property
    def status(self) -> int:
        return int(self.messages[0]["status"])

    @property
    def headers(self) -> dict[str, str]:
        return {k.decode(): v.decode() for k, v in self.messages[0]["headers"]}

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.messages[1:])


def test_a_request_that_waits_too_long_gets_503() -> None:
    """/a holds the only slot until the end; /b's wait runs out (503, Retry-After) and /c, behind it, moves up."""
    async def run() -> None:
        gate = Gate()
        adm = Admission(gate, limit=1, max_wait=0.01)
        a = asyncio.create_task(adm(_scope("/a"), None, Sent()))
        await _settle()
        b_sent, api_sent = Sent(), Sent()
        b = asyncio.create_task(adm(_scope("/b"), None, b_sent))
        api = asyncio.create_task(adm(_scope("/api/search"), None, api_sent))
        await asyncio.gather(b, api)  # they return only once their wait has run out: /a is still inside
        assert gate.inside == ["/a"] and gate.entered == ["/a"]
        assert b_sent.status == 503 and b_sent.headers["retry-after"] == "1"
        assert b_sent.headers["content-type"].startswith("text/html") and "upptagen" in b_sent.body.decode()
        assert int(b_sent.headers["content-length"]) == len(b_sent.body)
        assert api_sent.status == 503 and api_sent.headers["content-type"] == "application/json" and "busy" in json.loads(api_sent.body)["detail"]
        assert adm.turned_away == 2 and not adm._waiting and adm.active == 1
        adm.max_wait = None  # /c waits as long as it takes
        c = asyncio.create_task(adm(_scope("/c"), None, Sent()))
        await _settle()
        gate.release.setdefault("/a", asyncio.Event()).set()
        await _settle()
        assert gate.inside == ["/c"]
        gate.release.setdefault("/c", asyncio.Event()).set()
        await asyncio.gather(a, c)
        assert adm.active == 0 and not adm._waiting

    asyncio.run(run())


def test_no_wait_at_all_turns_away_whatever_finds_no_free_slot() -> None:
    async def run() -> None:
        gate = Gate()
        adm = Admission(gate, limit=1, max_wait=0)
        a = asyncio.create_task(adm(_scope("/a"), None, Sent()))
        await _settle()
        sent = Sent()
        await adm(_scope("/b"), None, sent)
        assert sent.status == 503 and gate.entered == ["/a"]
        gate.release.setdefault("/a", asyncio.Event()).set()
        await a
        ok = Sent()
        gate.release.setdefault("/d", asyncio.Event()).set()
        await adm(_scope("/d"), None, ok)  # a free slot: in at once
        assert gate.entered == ["/a", "/d"] and adm.active == 0

    asyncio.run(run())


def test_an_error_inside_frees_the_slot() -> None:
    async def boom(scope: dict[str, Any], receive: Any, send: Any) -> None:
        raise RuntimeError("boom")

    async def run() -> None:
        adm = Admission(boom, limit=1)
        for _ in range(3):
            with pytest.raises(RuntimeError):
                await adm(_scope("/"), None, None)
        assert adm.active == 0

    asyncio.run(run())


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        Admission(lambda *a: None, limit=0)
    with pytest.raises(ValueError):
        Admission(lambda *a: None, max_wait=-1)


def test_the_app_queues_and_serves(client) -> None:  # type: ignore[no-untyped-def]
    """The app built by create_app has the queue in front of its pages and still answers."""
    from sagt.web.admission import Admission as Adm

    (mw,) = [m for m in client.app.user_middleware if m.cls is Adm]
    assert mw.kwargs["max_wait"] == 10.0
    assert client.get("/").status_code == 200


def test_the_queue_wait_is_configurable(web_db) -> None:  # type: ignore[no-untyped-def]
    from sagt.web.admission import Admission as Adm
    from sagt.web.app import create_app

    def max_wait(app) -> object:  # type: ignore[no-untyped-def]
        return next(m.kwargs["max_wait"] for m in app.user_middleware if m.cls is Adm)

    assert max_wait(create_app(web_db[0], max_queue_wait=2.5)) == 2.5
    assert max_wait(create_app(web_db[0], max_queue_wait=0)) is None  # 0: no limit
