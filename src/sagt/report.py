"""Print evaluation results so that a person sees what went wrong."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from sagt.evaluation import Scores


def print_scores(console: Console, results: dict[float, Scores]) -> None:
    table = Table(title="sagt eval (guidelines section 5)")
    for col in ("overlap", "P", "R", "F1", "speaker", "cue", "kind", "via", "type", "e2e F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right")
    for th, s in results.items():
        d = s.as_dict()
        fmt = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
        table.add_row(f"@{th}", fmt(d["precision"]), fmt(d["recall"]), fmt(d["f1"]), fmt(d["speaker_acc"]),
                      fmt(d["cue_acc"]), fmt(d["kind_acc"]), fmt(d["via_acc"]), fmt(d["type_acc"]), fmt(d["end_to_end_f1"]),
                      str(d["tp"]), str(d["fp"]), str(d["fn"]))
    console.print(table)
    kinds = Table(title="recall by kind (required statements)")
    for col in ("overlap", *sorted(next(iter(results.values())).by_kind)):
        kinds.add_column(col, justify="right")
    for th, s in results.items():
        rec = s.as_dict()["recall_by_kind"]
        kinds.add_row(f"@{th}", *(f"{rec[k]:.3f}" if rec[k] is not None else "-" for k in sorted(rec)))
    console.print(kinds)


def _span_text(text: str, span) -> str:
    if span is None:
        return "-"
    if isinstance(span, dict):
        return span.get("text") or text[span["start"]:span["end"]]
    return text[span[0]:span[1]]


def print_by_doc(console: Console, golds: list[dict], scores: Scores) -> None:
    texts = {g["id"]: g["text"] for g in golds}
    for rep in scores.docs:
        if not (rep.misses or rep.false_positives or rep.wrong_speakers):
            continue
        text = texts[rep.id]
        console.rule(f"{rep.id}  tp {rep.tp}  fp {rep.fp}  fn {rep.fn}")
        for g in rep.misses:
            console.print(f"[red]MISS[/red] {g['kind']:8} {g.get('speaker')!s:25} «{_span_text(text, g['content'])}»", highlight=False)
        for p in rep.false_positives:
            sp = p.get("speaker", {})
            name = sp.get("name") if isinstance(sp, dict) else sp
            console.print(f"[yellow]FP  [/yellow] {p.get('kind', '?'):8} {name!s:25} «{_span_text(text, p['content'])}»", highlight=False)
        for g, p in rep.wrong_speakers:
            sp = p.get("speaker", {})
            name = sp.get("name") if isinstance(sp, dict) else sp
            console.print(f"[magenta]SPKR[/magenta] gold {g.get('speaker')!s} / pred {name!s} «{_span_text(text, g['content'])[:80]}»", highlight=False)
