"""The admission queue: at most ``limit`` requests inside the app, the rest admitted in arrival order."""

from __future__ import annotations

import asyncio
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


def test_a_waiting_request_that_goes_away_gives_up_its_place() -> None:
    async def run() -> None:
        gate = Gate()
        adm = Admission(gate, limit=1)
        a = asyncio.create_task(adm(_scope("/a"), None, None))
        await _settle()
        b = asyncio.create_task(adm(_scope("/b"), None, None))
        c = asyncio.create_task(adm(_scope("/c"), None, None))
        await _settle()
        b.cancel()  # the client went away while queued
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
        a = asyncio.create_task(adm(_scope("/a"), None, None))
        await _settle()
        b = asyncio.create_task(adm(_scope("/b"), None, None))
        c = asyncio.create_task(adm(_scope("/c"), None, None))
        await _settle()
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


def test_the_app_queues_and_serves(client) -> None:  # type: ignore[no-untyped-def]
    """The app built by create_app has the queue in front of its pages and still answers."""
    from sagt.web.admission import Admission as Adm

    assert any(m.cls is Adm for m in client.app.user_middleware)
    assert client.get("/").status_code == 200
