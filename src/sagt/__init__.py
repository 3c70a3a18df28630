"""sagt: who said what, how, and according to whom, in news articles.

The library and the command line share one core::

    import sagt
    article = sagt.extract("Putin: ”Redo att ta förhandlingsspåret”\n\n...")
    for st in article.statements:
        print(st.speaker.name, st.kind, st.content.text)
"""

from __future__ import annotations

from sagt.model import SCHEMA_VERSION, Article, Span, Speaker, Statement

__version__ = "0.1.0"

__all__ = ["SCHEMA_VERSION", "Article", "Span", "Speaker", "Statement", "extract", "extract_article", "__version__"]


def extract(text_or_html: str, lang: str = "sv", *, id: str = "article", url: str | None = None) -> Article:
    """Read ``text_or_html`` (plain text or an HTML page) and return the article with its statements."""
    from sagt.pipeline import extract as _extract

    return _extract(text_or_html, lang=lang, id=id, url=url)


def extract_article(article: Article) -> Article:
    """Fill ``article.statements`` from ``article.text`` in place and return it."""
    from sagt.pipeline import extract_article as _extract_article

    return _extract_article(article)
