"""End-to-end tests of `sagt extract` as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SAGT = [sys.executable, "-m", "sagt.cli"]
ARTICLE = "Skolan får nytt tak\n\n– Taket läcker varje vinter, säger rektorn Per Holm.\n\nHan tror att arbetet blir klart i höst.\n"


def run(*args, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([*SAGT, *args], input=stdin, capture_output=True, text=True, cwd=cwd)


def test_extract_seed_json(seed_text, tmp_path):
    p = tmp_path / "seed.txt"
    p.write_text(seed_text, encoding="utf-8")
    out = run("extract", str(p), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "sagt/1.0"
    assert data["title"] == "Putin: ”Redo att ta förhandlingsspåret”"
    assert len(data["statements"]) >= 14
    st = data["statements"][0]
    assert set(st) >= {"kind", "content", "cue", "speaker_mention", "speaker", "via", "confidence"}
    assert set(st["speaker"]) >= {"name", "type", "role", "gender"}


def test_extract_gold_file_as_is_to_jsonl(seed_gold_path, tmp_path):
    out_path = tmp_path / "pred.jsonl"
    out = run("extract", str(seed_gold_path), "--format", "jsonl", "-o", str(out_path))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["id"] == "svt-putin-scholz"


def test_stdin_and_text_rendering():
    out = run("extract", "-", "--format", "text", stdin=ARTICLE)
    assert out.returncode == 0, out.stderr
    assert "Per Holm" in out.stdout and "statements" in out.stdout


def test_folder_input(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "two.txt").write_text(ARTICLE.replace("Per Holm", "Lena Berg"), encoding="utf-8")
    out = run("extract", str(tmp_path / "a"), "--format", "jsonl")
    assert out.returncode == 0
    assert [json.loads(x)["id"] for x in out.stdout.splitlines()] == ["one", "two"]


def test_bad_inputs_reported_others_processed(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "garbage.bin").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Hej."}\n{broken\n', encoding="utf-8")
    out = run("extract", str(tmp_path), "--format", "jsonl")
    assert out.returncode == 1
    ids = sorted(json.loads(x)["id"] for x in out.stdout.splitlines())
    assert ids == ["good", "ok"]
    assert "empty.txt: empty input" in out.stderr
    assert "garbage.bin" in out.stderr and "binary" in out.stderr
    assert "bad.jsonl:2: malformed JSON" in out.stderr


def test_installed_console_script():
    exe = shutil.which("sagt", path=str(Path(sys.executable).parent))
    assert exe, "the sagt console script is installed beside the interpreter"
    out = subprocess.run([exe, "extract", "-", "--format", "json"], input=ARTICLE, capture_output=True, text=True)
    assert out.returncode == 0
    assert json.loads(out.stdout)["statements"][0]["speaker"]["name"] == "Per Holm"
