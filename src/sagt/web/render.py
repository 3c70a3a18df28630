"""HTML the templates cannot build alone: highlighted article text and SVG charts.

Article and quote text is untrusted. Every piece of it goes through
:func:`markupsafe.escape` before it is joined with our own markup, so the
:class:`~markupsafe.Markup` these functions return is safe by construction
(the templates never use ``|safe``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

N_COLOURS = 10

GENDER_SERIES = [("female", "kvinnor / female", "#c2255c"), ("male", "män / male", "#1c7ed6"), ("unknown", "okänt / unknown", "#adb5bd")]
TYPE_SERIES = [
    ("person", "person", "#2b8a3e"),
    ("organization", "organisation", "#e67700"),
    ("group", "grupp / group", "#7048e8"),
    ("unknown", "okänt / unknown", "#adb5bd"),
]
KIND_SERIES = [("direct", "direkt", "#0b7285"), ("indirect", "indirekt", "#5c940d"), ("mixed", "blandat / mixed", "#862e9c")]
PALETTE = ["#1c7ed6", "#e8590c", "#2b8a3e", "#c2255c", "#7048e8", "#0b7285", "#e67700", "#5c940d", "#862e9c", "#495057"]


def speaker_key(st: dict[str, Any]) -> str:
    """One key per speaker within an article: the entity id, else the resolved name, else the mention."""
    if st.get("speaker_id") is not None:
        return f"id:{st['speaker_id']}"
    name = (st.get("speaker") or {}).get("name")
    if name:
        return "name:" + name.lower()
    m = st.get("speaker_mention")
    return "mention:" + (m["text"].lower() if m else "?")


def speaker_colours(statements: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Colour index (0..N_COLOURS-1) per speaker, in order of first appearance."""
    out: dict[str, int] = {}
    for st in sorted(statements, key=lambda s: s["content"]["start"]):
        k = speaker_key(st)
        if k not in out:
            out[k] = len(out) % N_COLOURS
    return out


@dataclass
class _Mark:
    start: int
    end: int
    role: str  # content | cue | mention | relay
    idx: int  # statement index


def _relay_span(text: str, st: dict[str, Any]) -> tuple[int, int] | None:
    """Where the text names the agency a statement was relayed through (``enligt TT``), if nearby."""
    via = [v for v in st.get("via") or [] if v]
    if not via:
        return None
    after = max(x["end"] for x in (st["content"], st.get("cue"), st.get("speaker_mention")) if x)
    window_end = min(len(text), after + 80)
    for v in via:
        pos = text.find(v, after, window_end)
        if pos >= 0:
            return pos, pos + len(v)
    return None


def highlight(text: str, statements: Sequence[dict[str, Any]], colours: dict[str, int] | None = None) -> Markup:
    """The article text as HTML: statement contents, cues, speaker mentions and relays wrapped in spans.

    Spans may nest or overlap; the text is cut at every span boundary and
    each piece is escaped and wrapped in one ``<span>`` carrying the classes
    of everything that covers it (the innermost statement gives the colour).
    """
    colours = colours if colours is not None else speaker_colours(statements)
    marks: list[_Mark] = []
    n = len(text)

    def clamp(a: int, b: int) -> tuple[int, int]:
        return max(0, min(a, n)), max(0, min(b, n))

    for i, st in enumerate(statements):
        for role, key in (("content", "content"), ("cue", "cue"), ("mention", "speaker_mention")):
            sp = st.get(key)
            if sp:
                a, b = clamp(int(sp["start"]), int(sp["end"]))
                if b > a:
                    marks.append(_Mark(a, b, role, i))
        rel = _relay_span(text, st)
        if rel:
            marks.append(_Mark(rel[0], rel[1], "relay", i))
    cuts = sorted({0, n, *[m.start for m in marks], *[m.end for m in marks]})
    first_piece: set[int] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        cover = [m for m in marks if m.start <= a and m.end >= b]
        if not cover:
            out.append(str(escape(piece)))
            continue
        contents = sorted((m for m in cover if m.role == "content"), key=lambda m: m.end - m.start)
        others = [m for m in cover if m.role != "content"]
        owner = contents[0].idx if contents else others[0].idx
        st = statements[owner]
        classes = ["hl", f"sp{colours.get(speaker_key(st), 0)}"]
        if contents:
            classes.append("content")
            classes.append("k-" + str(st.get("kind", "direct")))
        for m in others:
            classes.append(m.role)
            if not contents:
                classes[1] = f"sp{colours.get(speaker_key(statements[m.idx]), 0)}"
        name = (st.get("speaker") or {}).get("name") or "okänd talare"
        label = f"{name} · {st.get('kind', '')}"
        if st.get("via"):
            label += " · via " + ", ".join(st["via"])
        attrs = f' class="{" ".join(dict.fromkeys(classes))}" data-st="{owner}" title="{escape(label)}"'
        if contents and owner not in first_piece:
            first_piece.add(owner)
            attrs = f' id="st-{escape(str(st.get("id", owner)))}"' + attrs
        out.append(f"<span{attrs}>{escape(piece)}</span>")
    return Markup("".join(out))


# -- charts ------------------------------------------------------------------------------


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", "\u202f")


def hbar_chart(
    rows: Sequence[tuple[str, dict[str, float]]],
    series: Sequence[tuple[str, str, str]],
    *,
    title: str,
    percent: bool = False,
    width: int = 640,
    label_width: int = 170,
    share_of_total: bool = False,
) -> Markup:
    """Horizontal (stacked) bars, one row per label, as inline SVG with a legend and <title> tooltips.

    ``percent``: each row is scaled to 100 % (composition); otherwise bars
    share one scale and show their totals.
    """
    bar_h, gap, top = 22, 8, 30 if len(series) > 1 else 8
    h = top + len(rows) * (bar_h + gap) + 6
    plot_w = width - label_width - (110 if share_of_total else 70)
    vmax = max((sum(v.values()) for _, v in rows), default=0) or 1
    grand = sum(sum(v.values()) for _, v in rows) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {max(h, 40)}" width="{width}" height="{max(h, 40)}">',
        f"<title>{escape(title)}</title>",
    ]
    if len(series) > 1:
        x = label_width
        for _key, lab, col in series:
            parts.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{col}"/><text x="{x + 16}" y="16" class="legend">{escape(lab)}</text>')
            x += 24 + 7 * len(lab)
    if not rows:
        parts.append(f'<text x="{label_width}" y="{top + 16}" class="muted">ingen data / no data</text>')
    for r, (label, values) in enumerate(rows):
        y = top + r * (bar_h + gap)
        total = sum(values.values())
        short = label if len(label) <= 26 else label[:25] + "…"
        parts.append(f'<text x="{label_width - 8}" y="{y + bar_h - 6}" text-anchor="end" class="lab"><title>{escape(label)}</title>{escape(short)}</text>')
        x = float(label_width)
        scale = plot_w / (total or 1) if percent else plot_w / vmax
        for key, lab, col in series:
            v = values.get(key, 0) or 0
            if not v:
                continue
            w = v * scale
            share = 100.0 * v / total if total else 0
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{max(w, 0.5):.1f}" height="{bar_h}" fill="{col}">'
                f"<title>{escape(label)} – {escape(lab)}: {_fmt(v)} ({share:.1f} %)</title></rect>"
            )
            if percent and w > 34:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + bar_h - 6}" text-anchor="middle" class="inbar">{share:.0f}%</text>')
            x += w
        val = _fmt(total) + (f" ({100.0 * total / grand:.1f} %)" if share_of_total else "")
        parts.append(f'<text x="{x + 6:.1f}" y="{y + bar_h - 6}" class="val">{val}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def columns_chart(
    rows: Sequence[tuple[str, dict[str, float]]],
    series: Sequence[tuple[str, str, str]],
    *,
    title: str,
    width: int = 640,
    height: int = 240,
) -> Markup:
    """Vertical stacked columns (e.g. statements per month by gender) as inline SVG."""
    left, bottom, top = 44, 34, 30
    plot_h = height - bottom - top
    n = max(len(rows), 1)
    step = (width - left - 10) / n
    bw = max(min(step * 0.75, 40), 2)
    vmax = max((sum(v.values()) for _, v in rows), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        f"<title>{escape(title)}</title>",
    ]
    x = left
    for _key, lab, col in series:
        parts.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{col}"/><text x="{x + 16}" y="16" class="legend">{escape(lab)}</text>')
        x += 24 + 7 * len(lab)
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 6}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="axis">{_fmt(vmax * frac)}</text>')
    every = max(1, round(n / 12))
    for i, (label, values) in enumerate(rows):
        cx = left + i * step + (step - bw) / 2
        y = float(top + plot_h)
        total = sum(values.values())
        for key, lab, col in series:
            v = values.get(key, 0) or 0
            if not v:
                continue
            hgt = plot_h * v / vmax
            y -= hgt
            share = 100.0 * v / total if total else 0
            parts.append(
                f'<rect x="{cx:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{max(hgt, 0.5):.1f}" fill="{col}">'
                f"<title>{escape(label)} – {escape(lab)}: {_fmt(v)} ({share:.1f} %)</title></rect>"
            )
        if i % every == 0:
            parts.append(f'<text x="{cx + bw / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" class="axis">{escape(label)}</text>')
    if not rows:
        parts.append(f'<text x="{left}" y="{top + 20}" class="muted">ingen data / no data</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def series_for(values: Sequence[str | None], known: Sequence[tuple[str, str, str]] | None = None) -> list[tuple[str, str, str]]:
    """Series definitions for the values present: the known ones in order, others with palette colours."""
    present = list(dict.fromkeys("unknown" if v is None else str(v) for v in values))
    out = [s for s in (known or []) if s[0] in present]
    seen = {s[0] for s in out}
    for i, v in enumerate(x for x in present if x not in seen):
        out.append((v, v, PALETTE[i % len(PALETTE)]))
    return out


def pivot(rows: Sequence[dict[str, Any]], row_key: str, series_key: str) -> list[tuple[str, dict[str, float]]]:
    """``[{row_key: a, series_key: b, n: 3}, ...]`` -> ``[(a, {b: 3, ...}), ...]`` keeping first-seen order."""
    table: dict[str, dict[str, float]] = {}
    for r in rows:
        label = r.get(row_key)
        label = "–" if label is None else str(label)
        s = r.get(series_key)
        s = "unknown" if s is None else str(s)
        table.setdefault(label, {})
        table[label][s] = table[label].get(s, 0) + r["n"]
    return list(table.items())
