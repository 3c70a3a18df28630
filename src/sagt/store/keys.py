"""Identity of stored things: article keys, content hashes, outlets, dates.

Re-ingesting must be a no-op and an updated article must replace its
predecessor, so every article needs a key that is stable across runs (its
URL, normalised, or else its id) and a hash of everything that makes a
version different (text, title, times, byline, and statements when the
input already carries them).
"""

from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from sagt.model import Article

_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|s_cid)$", re.I)
_PATHLIKE = re.compile(r"[/\\]|\.\w{1,5}$|^<stdin>$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalize_url(url: str) -> str:
    """``https://www.svt.se/a/b/?utm_source=x#top`` -> ``www.svt.se/a/b``.

    Scheme, fragment, tracking parameters and a trailing slash do not make a
    different article; the rest of the query does (``?id=123`` pages).
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    return host + path + (f"?{query}" if query else "")


def article_key(article: Article) -> str:
    """The article's identity across ingest runs: its URL if it has one, else its id."""
    if article.url and "://" in article.url:
        return "url:" + normalize_url(article.url)
    return "id:" + article.id


def content_hash(article: Article) -> str:
    """Hash of the version-defining fields, computed on the article *as read*.

    Statements count only when the input already carries them (a JSON export,
    a Parquet export); extraction output is a function of the text and is
    not part of the version.
    """
    payload = [
        article.text,
        article.title,
        article.published,
        article.updated,
        article.byline,
        article.outlet,
        article.url,
        [s.to_dict() for s in article.statements],
    ]
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def host_outlet(url: str | None) -> str | None:
    """``https://www.svt.se/nyheter/...`` -> ``svt.se``."""
    if not url or "://" not in url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host or None


def outlet_of(article: Article) -> str | None:
    """The outlet that published ``article``: its own field, else the URL host, else its source.

    A source that is a file path says nothing about the outlet (``corpus/a.txt``),
    so only URL sources and plain source names count.
    """
    if article.outlet:
        return article.outlet.strip()
    host = host_outlet(article.url)
    if host:
        return host
    if article.source:
        host = host_outlet(article.source)
        if host:
            return host
        if not _PATHLIKE.search(article.source):
            return article.source.strip()  # a source name such as "TT-flödet"
    return None


def date_of(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` date at the start of an ISO timestamp, or ``None``."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
