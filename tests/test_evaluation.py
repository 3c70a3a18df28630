"""`sagt eval` agrees with the reference scorer, and the dev-set targets hold."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from sagt.evaluation import evaluate, same_speaker
from sagt.pipeline import extract_article
from sagt.readers import article_from_record

from conftest import ROOT, load_jsonl


def _predict(golds):
    return [extract_article(article_from_record(g, source="gold", line=None)).to_dict() for g in golds]


@pytest.fixture(scope="module")
def dev(dev_gold_path):
    golds = load_jsonl(dev_gold_path)
    return golds, _predict(golds)


def test_dev_set_targets(dev):
    golds, preds = dev
    loose = evaluate(golds, preds)[0.3].as_dict()
    assert loose["f1"] >= 0.90, loose
    assert loose["speaker_acc"] >= 0.90, loose


def _reference(score_script, gold_path, preds, tmp_path):
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    out = subprocess.run([sys.executable, str(score_script), str(gold_path), str(pred_path), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


KEYS = ("tp", "fp", "fn", "precision", "recall", "f1", "speaker_acc", "cue_acc", "kind_acc", "via_acc", "end_to_end_f1")


def test_agrees_with_reference_scorer(dev, dev_gold_path, score_script, tmp_path):
    golds, preds = dev
    ref = _reference(score_script, dev_gold_path, preds, tmp_path)
    ours = {str(th): s.as_dict() for th, s in evaluate(golds, preds).items()}
    for th in ("0.3", "0.8"):
        for key in KEYS:
            assert ours[th][key] == ref[th][key], (th, key)


def test_agrees_on_degraded_predictions(dev, dev_gold_path, score_script, tmp_path):
    """Agreement must also hold where there are misses, false positives and wrong speakers."""
    golds, preds = dev
    degraded = []
    for k, p in enumerate(preds):
        p = json.loads(json.dumps(p))
        sts = p["statements"]
        if k % 3 == 0 and sts:
            sts.pop(0)  # a miss
        for st in sts[::2]:
            st["speaker"]["name"] = "Någon Annan"  # wrong speaker
            st["content"]["end"] = st["content"]["start"] + max(1, (st["content"]["end"] - st["content"]["start"]) // 2)
            st["content"]["text"] = None
        if k % 4 == 0:
            sts.append({"kind": "direct", "content": [0, 10], "speaker": None, "via": []})  # a false positive
        p.pop("text", None)
        degraded.append(p)
    ref = _reference(score_script, dev_gold_path, degraded, tmp_path)
    ours = {str(th): s.as_dict() for th, s in evaluate(golds, degraded).items()}
    for th in ("0.3", "0.8"):
        for key in KEYS:
            assert ours[th][key] == ref[th][key], (th, key)


def test_eval_cli_prints_metrics_and_misses(seed_gold_path):
    out = subprocess.run([sys.executable, "-m", "sagt.cli", "eval", str(seed_gold_path), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    data = json.loads(out.stdout)
    assert data["0.8"]["f1"] == 1.0
    assert set(data["0.3"]["recall_by_kind"]) == {"direct", "indirect", "mixed"}


def test_eval_by_doc_shows_what_went_wrong(seed_gold_path, tmp_path):
    golds = load_jsonl(seed_gold_path)
    pred = {"id": golds[0]["id"], "statements": [{"kind": "direct", "content": [0, 20], "speaker": "Fel Person"}]}
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(pred) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "sagt.cli", "eval", str(seed_gold_path), "--pred", str(path), "--by-doc"],
                         capture_output=True, text=True, check=True, cwd=ROOT, env={"COLUMNS": "200", "PATH": ""})
    assert "MISS" in out.stdout and "Ryssland vill inte ha krig" in out.stdout
    assert "SPKR" in out.stdout and "Fel Person" in out.stdout


@pytest.mark.parametrize("pred,gold,gtype,ok", [
    ("Putin", "Vladimir Putin", "person", True),
    ("Olaf Scholz", "Vladimir Putin", "person", False),
    ("poliserna", "polisen", "organization", True),
    ("Europeiska unionen", "Europeiska unionen (EU)", "organization", True),
    (None, "Putin", "person", False),
])
def test_same_speaker(pred, gold, gtype, ok):
    assert same_speaker(pred, gold, gtype) is ok
