"""Fetch web pages politely: a user agent that says who we are, timeouts,
retries with backoff, robots.txt, and a minimum delay between requests to
the same host (or the host's ``Crawl-delay`` if longer).
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from sagt import __version__

DEFAULT_USER_AGENT = f"sagt/{__version__} (statement extraction research; +https://github.com/sagt-project/sagt)"
RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A page could not be fetched; the message says why (status, robots, timeout)."""


@dataclass
class Page:
    url: str
    status: int
    content_type: str
    content: bytes


@dataclass
class Fetcher:
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    retries: int = 3
    delay: float = 1.0  # seconds between two requests to the same host
    respect_robots: bool = True
    max_bytes: int = 20_000_000
    _client: httpx.Client | None = field(default=None, repr=False)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict, repr=False)
    _last: dict[str, float] = field(default_factory=dict, repr=False)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                headers={"User-Agent": self.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
                timeout=httpx.Timeout(self.timeout),
                follow_redirects=True,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _host(self, url: str) -> str:
        p = urlsplit(url)
        return f"{p.scheme}://{p.netloc}"

    def _robot(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        host = self._host(url)
        if host not in self._robots:
            rp: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                self._wait(host)
                r = self.client.get(host + "/robots.txt")
                if r.status_code in (401, 403):
                    rp.disallow_all = True  # type: ignore[union-attr]
                elif r.status_code >= 400:
                    rp = None  # no robots.txt: everything allowed
                else:
                    rp.parse(r.text.splitlines())  # type: ignore[union-attr]
            except httpx.HTTPError:
                rp = None
            self._robots[host] = rp
        return self._robots[host]

    def allowed(self, url: str) -> bool:
        if not self.respect_robots:
            return True
        rp = self._robot(url)
        return rp is None or rp.can_fetch(self.user_agent, url)

    def _wait(self, host: str) -> None:
        delay = self.delay
        rp = self._robots.get(host)
        if rp is not None:
            cd = rp.crawl_delay(self.user_agent)
            if cd:
                delay = max(delay, float(cd))
        last = self._last.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def get(self, url: str) -> Page:
        """Fetch ``url`` or raise :class:`FetchError` with the reason."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url}")
        if not self.allowed(url):
            raise FetchError("disallowed by robots.txt")
        host = self._host(url)
        last_reason = ""
        for attempt in range(self.retries + 1):
            self._wait(host)
            try:
                r = self.client.get(url)
            except httpx.TimeoutException:
                last_reason = f"timed out after {self.timeout:g} s"
            except httpx.HTTPError as exc:
                last_reason = f"{type(exc).__name__}: {exc}"
            else:
                if r.status_code < 400:
                    if len(r.content) > self.max_bytes:
                        raise FetchError(f"too large ({len(r.content) / 1e6:.1f} MB)")
                    return Page(str(r.url), r.status_code, r.headers.get("content-type", ""), r.content)
                last_reason = f"HTTP {r.status_code}"
                if r.status_code not in RETRY_STATUS:
                    break
                retry_after = r.headers.get("retry-after", "")
                if retry_after.isdigit():
                    time.sleep(min(float(retry_after), 60.0))
            if attempt < self.retries:
                time.sleep(min(0.5 * 2**attempt, 10.0))
        raise FetchError(last_reason)
