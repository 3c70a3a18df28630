"""Admission control: a process works on a few requests at a time and queues the rest, first come first served.

The pages are synchronous functions that FastAPI runs in a thread pool of
40 threads. Under load, 40 threads share one GIL (and the machine's cores
with the other server processes), so every request in the process slows
down in proportion to how many are in flight: a search that needs 20 ms of
CPU takes ten or fifteen times that when ten others run beside it, and the
slowest kinds of request set the tail. Letting only ``limit`` requests into
the app at once (the rest wait in arrival order, on the event loop, where
waiting costs nothing) keeps the mean latency where it was (Little's law:
the same work gets done) but makes it nearly the same for every request:
the time spent waiting for the ones ahead plus its own service time, not
its own service time times the crowd. SQLite releases the GIL while it
runs a query, so a limit of two or three keeps a core busy while one
request renders in Python and another waits in SQLite.

A queue that only grows is no help when more arrives than a process can
serve: every request would wait longer and longer and time out at the
client anyway. So a request waits at most ``max_wait`` seconds (default
:data:`DEFAULT_MAX_WAIT`); then it leaves the queue and gets **503** with
``Retry-After``, which costs the process nothing, and the requests behind
it move up. A request leaves the queue early only when its task is
cancelled; uvicorn does not cancel a request whose client disconnects, so
such a request keeps its place until it is served or its wait runs out.

Requests for static files, the health check and the extraction endpoints
(which can take seconds for a large paste and are rate-limited on their own)
do not queue here. The queue is per process; with ``--workers N`` each
process has its own.
"""

from __future__ import annotations

import asyncio
import json
import math
from collections import deque
from typing import Any, Callable

ASGIApp = Callable[..., Any]

#: Requests one process works on at once (see the module docstring).
DEFAULT_LIMIT = 2
#: Seconds a request may wait in the queue before it gets 503 (see the module docstring).
DEFAULT_MAX_WAIT = 10.0
#: Paths that bypass the queue (prefix match).
BYPASS = ("/static/", "/healthz", "/paste", "/api/extract")


class Admission:
    """ASGI middleware: at most ``limit`` HTTP requests inside ``app`` at once, the rest served in arrival order.

    ``max_wait``: seconds a request may queue before it is answered 503 (``None``: no limit).
    """

    def __init__(
        self, app: ASGIApp, limit: int = DEFAULT_LIMIT, bypass: tuple[str, ...] = BYPASS, max_wait: float | None = DEFAULT_MAX_WAIT
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if max_wait is not None and max_wait < 0:
            raise ValueError("max_wait must not be negative")
        self.app = app
        self.limit = limit
        self.bypass = bypass
        self.max_wait = max_wait
        self.retry_after = max(1, math.ceil(max_wait or 0))
        self.active = 0
        self.turned_away = 0
        # each queued request's future: True when it is handed a slot, False when its wait ran out
        self._waiting: deque[asyncio.Future[bool]] = deque()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("path", "").startswith(self.bypass):
            await self.app(scope, receive, send)
            return
        if not await self._enter():
            self.turned_away += 1
            await self._busy(scope, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self._leave()

    async def _enter(self) -> bool:
        """Take a slot, waiting in line when none is free; false when the wait ran out."""
        if self.active < self.limit and not self._waiting:
            self.active += 1
            return True
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[bool] = loop.create_future()
        self._waiting.append(fut)
        timer = None if self.max_wait is None else loop.call_later(self.max_wait, self._expire, fut)
        try:
            return await fut  # _leave hands its slot over: ``active`` is not decremented in between
        except BaseException:
            if fut.done() and not fut.cancelled() and fut.result():
                self._leave()  # the slot was handed over just as the task was cancelled: pass it on
            else:
                try:
                    self._waiting.remove(fut)
                except ValueError:
                    pass  # _leave already popped it (cancelled in the turn the slot came free) or _expire took it out
            raise
        finally:
            if timer is not None:
                timer.cancel()

    def _expire(self, fut: "asyncio.Future[bool]") -> None:
        if not fut.done():  # still in line (a future is popped only as it is handed a slot, or once cancelled)
            self._waiting.remove(fut)
            fut.set_result(False)

    def _leave(self) -> None:
        while self._waiting:
            fut = self._waiting.popleft()
            if not fut.done():
                fut.set_result(True)  # hand the slot to the longest-waiting request
                return
        self.active -= 1

    async def _busy(self, scope: dict[str, Any], send: Any) -> None:
        """503 with ``Retry-After``: JSON under ``/api/``, a short page elsewhere (no template: it must cost nothing)."""
        msg = f"servern är upptagen, försök igen om {self.retry_after} s / server busy, retry in {self.retry_after} s"
        if scope.get("path", "").startswith("/api/"):
            body, ctype = json.dumps({"detail": msg}, ensure_ascii=False).encode(), b"application/json"
        else:
            body = (f'<!doctype html><html lang="sv"><meta charset="utf-8"><title>503</title>'
                    f"<h1>Upptagen</h1><p>{msg}</p><p><a href=\"/\">Till sökningen</a></p></html>").encode()
            ctype = b"text/html; charset=utf-8"
        headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), (b"retry-after", str(self.retry_after).encode())]
        await send({"type": "http.response.start", "status": 503, "headers": headers})
        await send({"type": "http.response.body", "body": body})
