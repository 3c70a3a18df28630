"""Shared fixtures: the reference article and the gold sets in ../shared.

The gold news text is read at test time for evaluation only; it is never
copied into the repository.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _need(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must run beside ../shared")
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return _need(SHARED / "seed" / "svt-putin-scholz.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold_path() -> Path:
    return _need(SHARED / "gold" / "sv-seed.jsonl")


@pytest.fixture(scope="session")
def dev_gold_path() -> Path:
    return _need(SHARED / "gold" / "sv-8sidor-dev.jsonl")


@pytest.fixture(scope="session")
def score_script() -> Path:
    return _need(SHARED / "score.py")


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
