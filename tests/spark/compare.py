"""Normalised comparison of two sagt Parquet exports (ids differ, groupings must not)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

ARTICLE_IDS = ("wire_group",)
STATEMENT_IDS = ("speaker_id", "wire_group", "cluster_id")


def load(folder: Path, table: str) -> list[dict[str, Any]]:
    return ds.dataset(str(folder / f"{table}.parquet"), format="parquet").to_table().to_pylist()


def _freeze(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


def _partition(rows: list[dict[str, Any]], col: str, key: Any) -> set[frozenset[Any]]:
    """The grouping that an id column makes, as sets of row keys (rows with a null id are left out)."""
    groups: dict[Any, set[Any]] = defaultdict(set)
    for r in rows:
        if r[col] is not None:
            groups[r[col]].add(key(r))
    return {frozenset(g) for g in groups.values()}


def normalise(folder: Path, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    arts, sts, spk = load(folder, "articles"), load(folder, "statements"), load(folder, "speakers")
    st_key = lambda r: (r["article_id"], r["seq"])  # noqa: E731
    by_speaker: dict[Any, frozenset[Any]] = {}
    for g in _partition(sts, "speaker_id", st_key):
        sid = next(r["speaker_id"] for r in sts if st_key(r) in g)
        by_speaker[sid] = g
    return {
        "articles": sorted(
            tuple((k, _freeze(v)) for k, v in r.items() if k not in ARTICLE_IDS + drop) for r in arts
        ),
        "statements": sorted(
            tuple((k, _freeze(v)) for k, v in r.items() if k not in STATEMENT_IDS + drop) for r in sts
        ),
        "wire_groups": _partition(arts, "wire_group", lambda r: r["id"]),
        "statement_wire_groups": _partition(sts, "wire_group", st_key),
        "quote_clusters": _partition(sts, "cluster_id", st_key),
        "speaker_clusters": set(by_speaker.values()),
        "speakers": sorted(
            (
                tuple((k, _freeze(v)) for k, v in r.items() if k != "speaker_id"),
                tuple(sorted(by_speaker.get(r["speaker_id"], frozenset()))),
            )
            for r in spk
        ),
    }
