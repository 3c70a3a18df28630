"""Score predicted statements against gold, as defined in guidelines section 5.

The matching is the reference scorer's (``shared/score.py``): a prediction
matches a gold statement when their contents overlap by at least a threshold
of the gold content's length, one-to-one, greedily by largest overlap, ties
to required statements and then to the earlier one. Optional gold statements
count neither as misses nor, when matched, as false positives. A test checks
that both scorers agree on the same predictions.

Beyond the numbers, :func:`score` keeps each article's misses, false
positives and wrong speakers so that ``sagt eval --by-doc`` can show a person
what went wrong.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

_STOP = {"den", "det", "de", "the", "a", "an", "en", "ett", "der", "die", "das", "i", "på", "för", "of", "and", "och"}
THRESHOLDS = (0.3, 0.8)


def _span(x: Any, text: str | None = None, ptext: str | None = None) -> tuple[int, int] | None:
    if x is None:
        return None
    if isinstance(x, dict):
        s, e, t = x.get("start"), x.get("end"), x.get("text")
    else:
        s, e, t = x[0], x[1], None
    if s is None or e is None:
        return None
    if ptext is not None and text is not None and ptext != text:
        frag = t if t is not None else ptext[s:e]
        i = text.find(frag)
        return None if i < 0 else (i, i + len(frag))
    return int(s), int(e)


def _tokens(name: str | None) -> list[str]:
    name = unicodedata.normalize("NFKC", name or "").casefold()
    return [t for t in re.findall(r"\w+", name) if t not in _STOP]


def same_speaker(pred: str | None, gold: str | None, gold_type: str | None) -> bool:
    """Speaker names match: same surname for persons, same head words otherwise."""
    if gold is None:
        return pred is None
    if pred is None:
        return False
    p, g = _tokens(pred), _tokens(gold)
    if not p or not g:
        return False
    if gold_type == "person":
        return p[-1] == g[-1]

    def same(a: str, b: str) -> bool:  # polisen ~ poliserna
        return a == b or (min(len(a), len(b)) >= 5 and a[:5] == b[:5] and abs(len(a) - len(b)) <= 4)

    hits = sum(1 for w in set(g) if any(same(w, x) for x in p))
    return hits >= max(1, (len(set(g)) + 1) // 2) or any(same(g[-1], x) for x in p)


def _speaker_name(st: dict) -> str | None:
    sp = st.get("speaker")
    return sp.get("name") if isinstance(sp, dict) else sp


@dataclass
class DocReport:
    id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    wrong_speakers: list[tuple[dict, dict]] = field(default_factory=list)


@dataclass
class Scores:
    threshold: float
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    cue_ok: int = 0
    cue_n: int = 0
    kind_ok: int = 0
    kind_n: int = 0
    via_ok: int = 0
    via_n: int = 0
    type_ok: int = 0  # not in the reference scorer: speaker type on matched pairs
    type_n: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [tp, fn]
    docs: list[DocReport] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        spk = self._ratio(self.speaker_ok, self.speaker_n)
        return {
            "threshold": self.threshold, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "speaker_acc": spk,
            "cue_acc": self._ratio(self.cue_ok, self.cue_n),
            "kind_acc": self._ratio(self.kind_ok, self.kind_n),
            "via_acc": self._ratio(self.via_ok, self.via_n),
            "type_acc": self._ratio(self.type_ok, self.type_n),
            "end_to_end_f1": round(self.f1 * (self.speaker_ok / self.speaker_n), 4) if self.speaker_n else 0.0,
            "recall_by_kind": {k: round(tp / (tp + fn), 4) if tp + fn else None for k, (tp, fn) in sorted(self.by_kind.items())},
        }


def score(golds: list[dict], preds: list[dict], threshold: float) -> Scores:
    """Match predictions to gold at ``threshold`` and count."""
    out = Scores(threshold)
    by_id = {p.get("id"): p for p in preds}
    for k, g in enumerate(golds):
        p = by_id.get(g["id"]) or (preds[k] if k < len(preds) and "id" not in preds[k] else {"statements": []})
        text, ptext = g["text"], p.get("text")
        gs = g["statements"]
        ps = []
        for st in p.get("statements", []):
            c = _span(st.get("content"), text, ptext)
            if c is not None and c[1] > c[0]:
                ps.append((c, st))
        pairs = []
        for i, gst in enumerate(gs):
            ga, gb = gst["content"]
            for j, (c, _) in enumerate(ps):
                ov = max(0, min(gb, c[1]) - max(ga, c[0]))
                if ov / (gb - ga) >= threshold:
                    pairs.append((ov / (gb - ga), not gst.get("optional"), -i, i, j))
        pairs.sort(reverse=True)
        gi: set[int] = set()
        pj: set[int] = set()
        matched = []
        for _, _, _, i, j in pairs:
            if i not in gi and j not in pj:
                gi.add(i)
                pj.add(j)
                matched.append((i, j))
        rep = DocReport(g["id"])
        rep.tp = sum(1 for i, _ in matched if not gs[i].get("optional"))
        rep.misses = [gst for i, gst in enumerate(gs) if i not in gi and not gst.get("optional")]
        rep.fn = len(rep.misses)
        rep.false_positives = [st for j, (_, st) in enumerate(ps) if j not in pj]
        rep.fp = len(rep.false_positives)
        out.tp, out.fn, out.fp = out.tp + rep.tp, out.fn + rep.fn, out.fp + rep.fp
        for i, gst in enumerate(gs):
            if gst.get("optional"):
                continue
            row = out.by_kind.setdefault(gst["kind"], [0, 0])
            row[0 if i in gi else 1] += 1
        for i, j in matched:
            gst, pst = gs[i], ps[j][1]
            out.kind_n += 1
            out.kind_ok += (pst.get("kind") == gst["kind"]) or ({pst.get("kind"), gst["kind"]} <= {"indirect", "mixed"})
            if gst.get("speaker_type") and gst.get("speaker") is not None and not gst.get("optional"):
                sp = pst.get("speaker")
                out.type_n += 1
                out.type_ok += isinstance(sp, dict) and sp.get("type") == gst["speaker_type"]
            if gst.get("speaker") is not None and not gst.get("optional"):
                out.speaker_n += 1
                ok = same_speaker(_speaker_name(pst), gst.get("speaker"), gst.get("speaker_type"))
                out.speaker_ok += ok
                if not ok:
                    rep.wrong_speakers.append((gst, pst))
            if gst.get("cue"):
                out.cue_n += 1
                pc = _span(pst.get("cue"), text, ptext)
                if pc and max(0, min(pc[1], gst["cue"][1]) - max(pc[0], gst["cue"][0])) > 0:
                    out.cue_ok += 1
            if gst.get("via"):
                out.via_n += 1
                pv = {(v.get("name") if isinstance(v, dict) else v or "").casefold() for v in pst.get("via") or []}
                out.via_ok += all(v.casefold() in pv for v in gst["via"])
        out.docs.append(rep)
    return out


def evaluate(golds: list[dict], preds: list[dict]) -> dict[float, Scores]:
    return {th: score(golds, preds, th) for th in THRESHOLDS}
