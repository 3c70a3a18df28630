"""HTML pages: main text through trafilatura, dates through htmldate.

The article text sagt analyses (and whose offsets it reports) is the title, a
blank line, then trafilatura's main text with one paragraph a line, the same
shape as a plain-text article, so that headline quotes are found either way.
"""

from __future__ import annotations

import re

from sagt.errors import ReadError
from sagt.model import Article

_HTML_HINT = re.compile(rb"<(?:!doctype|html|head|body|article|p|div)[\s>]", re.I)


def looks_like_html(data: str | bytes) -> bool:
    head = data[:2000] if isinstance(data, str) else data[:2000]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    return head.lstrip()[:1] == b"<" and bool(_HTML_HINT.search(head))


def _date(html: str | bytes, original: bool) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, original_date=original, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd markup; a missing date is not an error
        return None


def read_html(html: str | bytes, *, id: str, url: str | None = None, lang: str = "sv",
              source: str | None = None) -> Article:
    """An Article from an HTML page, or ReadError when it has no main text."""
    import trafilatura

    name = source or url or id
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True,
        )
        doc = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else doc
    except Exception as exc:  # lxml errors on broken markup
        raise ReadError(name, f"cannot parse HTML: {exc}") from None
    if not doc or not (doc.get("text") or "").strip():
        raise ReadError(name, "no main text found in the HTML (no <body> or only boilerplate)")
    title = (doc.get("title") or "").strip() or None
    paragraphs = [line.strip() for line in doc["text"].splitlines() if line.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the <h1> repeats the title
    text = "\n\n".join(([title] if title else []) + paragraphs)
    published = _date(html, original=True) or doc.get("date")
    updated = _date(html, original=False)
    return Article(
        id=id,
        text=text,
        title=title,
        url=url or doc.get("url"),
        published=published,
        updated=updated if updated and updated != published else None,
        lang=lang,
        byline=doc.get("author"),
        outlet=doc.get("sitename") or doc.get("hostname"),
        source=source,
        tags=[t for t in (doc.get("tags") or []) if t] if isinstance(doc.get("tags"), list) else [],
    )
