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

Requests for static files, the health check and the extraction endpoints
(which can take seconds for a large paste and are rate-limited on their own)
do not queue here. The queue is per process; with ``--workers N`` each
process has its own.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any, Callable

ASGIApp = Callable[..., Any]

#: Requests one process works on at once (see the module docstring).
DEFAULT_LIMIT = 2
#: Paths that bypass the queue (prefix match).
BYPASS = ("/static/", "/healthz", "/paste", "/api/extract")


class Admission:
    """ASGI middleware: at most ``limit`` HTTP requests inside ``app`` at once, the rest served in arrival order."""

    def __init__(self, app: ASGIApp, limit: int = DEFAULT_LIMIT, bypass: tuple[str, ...] = BYPASS) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.app = app
        self.limit = limit
        self.bypass = bypass
        self.active = 0
        self._waiting: deque[asyncio.Future[None]] = deque()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("path", "").startswith(self.bypass):
            await self.app(scope, receive, send)
            return
        await self._enter()
        try:
            await self.app(scope, receive, send)
        finally:
            self._leave()

    async def _enter(self) -> None:
        if self.active < self.limit and not self._waiting:
            self.active += 1
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(fut)
        try:
            await fut  # _leave hands its slot over: ``active`` is not decremented in between
        except BaseException:
            if fut.done() and not fut.cancelled():
                self._leave()  # the slot was handed over just as the client went away: pass it on
            else:
                try:
                    self._waiting.remove(fut)
                except ValueError:
                    pass  # _leave already popped it: cancelled in the same turn as a slot came free, it was skipped
            raise

    def _leave(self) -> None:
        while self._waiting:
            fut = self._waiting.popleft()
            if not fut.done():
                fut.set_result(None)  # hand the slot to the longest-waiting request
                return
        self.active -= 1
