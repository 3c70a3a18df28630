"""Readable terminal rendering of an article's statements (rich)."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sagt.model import Article

_PALETTE = ["cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta", "bright_green"]
_KIND_STYLE = {"direct": "bold", "indirect": "italic", "mixed": "bold italic"}


def speaker_colours(article: Article) -> dict[str, str]:
    colours: dict[str, str] = {}
    for st in article.statements:
        key = st.speaker.name or "?"
        if key not in colours:
            colours[key] = _PALETTE[len(colours) % len(_PALETTE)]
    return colours


def render_article(article: Article) -> Group:
    """The text with statements highlighted by speaker, then a table of statements."""
    colours = speaker_colours(article)
    text = Text(article.text)
    for st in article.statements:
        colour = colours[st.speaker.name or "?"]
        text.stylize(f"{colour} {_KIND_STYLE.get(st.kind, '')}", st.content.start, st.content.end)
        if st.cue:
            text.stylize("underline", st.cue.start, st.cue.end)
        if st.speaker_mention:
            text.stylize(f"reverse {colour}", st.speaker_mention.start, st.speaker_mention.end)
    table = Table(title=f"{len(article.statements)} statements", box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    for col, width in (("kind", 8), ("speaker", 20), ("cue", 9), ("via", 7)):
        table.add_column(col, overflow="fold", width=width)
    table.add_column("content", overflow="fold", ratio=1)
    for st in article.statements:
        colour = colours[st.speaker.name or "?"]
        who = Text(st.speaker.name or "?", style=f"bold {colour}")
        details = ", ".join(x for x in (st.speaker.role, st.speaker.type) if x)
        if details:
            who.append(f"\n{details}", style="dim")
        table.add_row(st.kind, who, st.cue.text if st.cue else "", ", ".join(st.via), st.content.text)
    title = article.title or article.id
    return Group(Panel(text, title=title, subtitle=article.url or article.source or ""), table)


def print_article(article: Article, console: Console | None = None) -> None:
    (console or Console()).print(render_article(article))
