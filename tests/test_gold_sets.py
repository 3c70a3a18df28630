"""Regression guards on the project's own invented gold sets (tests/data).

The handwritten set was used to develop the rules; the held-out set was
written without knowledge of them (README gives its figures before tuning);
the blind sets were written by helpers who never saw the rules or ran
the engine (README gives their first scores, before the fixes they led to).
The thresholds sit a little below today's figures so that a regression in
any extraction rule shows up here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sagt.evaluation import evaluate
from sagt.pipeline import extract_article
from sagt.readers import article_from_record

from conftest import load_jsonl

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name,f1,speaker,via", [
    ("sv-handwritten.jsonl", 0.97, 0.95, 0.95),
    ("sv-heldout.jsonl", 0.95, 0.88, 0.80),
    ("sv-blind1.jsonl", 0.96, 0.92, 0.90),
    ("sv-blind2.jsonl", 0.97, 0.92, 0.90),
    ("sv-blind3.jsonl", 0.97, 0.94, 0.95),
    ("sv-blind4.jsonl", 0.97, 0.95, 0.85),
    ("sv-blind5.jsonl", 0.97, 0.95, 0.95),
    ("sv-blind6.jsonl", 0.97, 0.94, 0.95),
])
def test_gold_set_does_not_regress(name, f1, speaker, via):
    golds = load_jsonl(DATA / name)
    preds = [extract_article(article_from_record(g, source=name, line=None)).to_dict() for g in golds]
    scores = evaluate(golds, preds)[0.3].as_dict()
    assert scores["f1"] >= f1, scores
    assert scores["speaker_acc"] >= speaker, scores
    assert scores["via_acc"] >= via, scores


@pytest.mark.parametrize("script,out", [
    ("make_handwritten_gold.py", "sv-handwritten.jsonl"),
    ("make_heldout_gold.py", "sv-heldout.jsonl"),
    ("make_blind1_gold.py", "sv-blind1.jsonl"),
    ("make_blind2_gold.py", "sv-blind2.jsonl"),
    ("make_blind3_gold.py", "sv-blind3.jsonl"),
    ("make_blind4_gold.py", "sv-blind4.jsonl"),
    ("make_blind5_gold.py", "sv-blind5.jsonl"),
    ("make_blind6_gold.py", "sv-blind6.jsonl"),
])
def test_generators_reproduce_the_gold_files(tmp_path, script, out):
    """The committed JSON Lines are exactly what the generators (with their span checks) write."""
    work = tmp_path / "data"
    work.mkdir()
    for f in DATA.glob("make_*.py"):
        (work / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([sys.executable, str(work / script)], check=True, capture_output=True)
    assert (work / out).read_bytes() == (DATA / out).read_bytes()
