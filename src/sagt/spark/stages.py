"""The Spark job's stages as plain Python functions over partitions (no pyspark here).

Each function takes an iterator of records and yields records, so Spark
runs it with ``mapPartitions`` and a test runs it on a list. The rules are
the store's own, reused, not re-implemented:

* extraction: :func:`sagt.pipeline.extract_article` (its lexicon, language
  pack and tokenizer caches are module-level ``functools.cache``s, so they
  load once per Python worker process and stay warm across tasks, since
  PySpark reuses workers);
* identity: :func:`sagt.store.keys.article_key`, :func:`content_hash`;
* wire copies: :func:`sagt.store.wire.fingerprint` (datasketch MinHash, 32
  bands x 4 rows), :func:`wire.is_copy`, :func:`wire.same_statement`;
* speaker registry: :func:`sagt.store.registry.resolve`,
  :func:`record_article` and :func:`refresh` themselves, run against an
  in-memory SQLite database per partition. Statements are partitioned by a
  *registry key* (the last word of the normalised name, i.e. the surname
  for persons) so that every entity a name could resolve to lives in the
  same partition, and sorted by ingest order within it.

Ids: ``sagt ingest`` numbers rows as it stores them; the batch job has no
database, so its ids are stable 63-bit hashes: an article's id hashes its
key, a statement's hashes (article id, seq), a wire group is the id of its
canonical (earliest) article, a speaker hashes its first alias and rank.
They are unique, but not equal to the numbers a database would assign;
``sagt ingest`` renumbers on load.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import Any

from sagt.model import Article, Speaker

# -- ids ---------------------------------------------------------------------------------


def hash63(text: str) -> int:
    """A stable non-negative 63-bit id (fits Parquet/Spark int64)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def article_uid(key: str) -> int:
    return hash63("a\x00" + key)


def statement_uid(article: int, seq: int) -> int:
    return hash63(f"s\x00{article}\x00{seq}")


def month_of(day: str | None) -> str:
    """Partition value of an article or statement: ``YYYY-MM`` of its date, else ``unknown``."""
    return day[:7] if day and len(day) >= 7 else "unknown"


# -- stage 1: read, extract, fingerprint ------------------------------------------------


def pipeline_is_warm() -> bool:
    """Whether this process has loaded the extraction pipeline (lexicon cache filled)."""
    from sagt.extraction.lexicon import lexicon_for

    return lexicon_for.cache_info().currsize > 0


def extract_partition(records: Iterable[tuple[int, int, tuple[Any, ...]]], lang: str = "sv") -> Iterator[dict[str, Any]]:
    """Raw records -> ``{"type": "article", ...}`` with export rows, or ``{"type": "error"}``.

    The first output of every partition is ``{"type": "load", ...}``: the
    Python worker's pid and whether it had to load the pipeline (a cold
    cache), so the job can report how often the pipeline was loaded.
    """
    from sagt.errors import ReadError
    from sagt.pipeline import extract_article
    from sagt.readers import read_html
    from sagt.store import wire
    from sagt.store.export_schema import article_rows
    from sagt.store.keys import article_key, content_hash, date_of

    warm = pipeline_is_warm()
    t0 = time.perf_counter()
    n = 0
    first_seconds = None
    for rank, recno, item in records:
        kind = item[0]
        if kind == "error":
            yield {"type": "error", "rank": rank, "recno": recno, "source": item[1], "reason": item[2], "line": item[3]}
            continue
        try:
            if kind == "html":
                _, html, rid, url, origin = item
                try:
                    article = read_html(html or b"", id=rid or origin, url=url, lang=lang, source=origin)
                except ReadError as err:
                    yield {"type": "error", "rank": rank, "recno": recno, "source": err.source, "reason": err.reason, "line": err.line}
                    continue
            else:
                article = item[1]
            key, chash = article_key(article), content_hash(article)
            article.statements = []
            t = time.perf_counter()
            extract_article(article)
            if first_seconds is None:
                first_seconds = time.perf_counter() - t
            yield article_record(article, key, chash, rank, recno, wire, article_rows, date_of)
            n += 1
        except Exception as exc:  # one bad article must not stop the job (as in sagt ingest)
            origin = item[4] if kind == "html" else getattr(item[1], "source", None)
            yield {"type": "error", "rank": rank, "recno": recno, "source": origin, "reason": f"{type(exc).__name__}: {exc}", "line": None}
    yield {
        "type": "load",
        "pid": os.getpid(),
        "warm": warm,
        "articles": n,
        "seconds": time.perf_counter() - t0,
        "first_article_seconds": first_seconds,
    }


def article_record(article: Article, key: str, chash: str, rank: int, recno: int, wire: Any, article_rows: Any, date_of: Any) -> dict[str, Any]:
    fp = wire.fingerprint(article)
    agency = wire.detect_agency(article)
    row, sts = article_rows(article)
    uid = article_uid(key)
    row.update(key=key, content_hash=chash, version=1, agency=agency)
    for s in sts:  # as the store writes them (repository._insert_statements)
        s["speaker_type"] = s["speaker_type"] or "unknown"
        s["speaker_gender"] = s["speaker_gender"] or "unknown"
    day = date_of(article.published) or date_of(article.updated)
    return {
        "type": "article",
        "uid": uid,
        "ord": (rank, recno),  # the store's article id order (kept by updates)
        "proc": (rank, recno),  # when the store processes this version
        "key": key,
        "chash": chash,
        "updated": article.updated,
        "published": article.published,
        "date": day,
        "month": month_of(day),
        "lang": article.lang or "sv",
        "sig": fp.signature if fp else None,
        "bands": tuple(sorted(set(fp.band_keys))) if fp else (),
        "row": row,
        "statements": sts,
    }


# -- stage 2: one version per key (sagt ingest's update rules) --------------------------


def resolve_versions(occurrences: Iterable[tuple[tuple[int, int], str, str | None]]) -> tuple[tuple[int, int], tuple[int, int], int]:
    """For one key seen several times: (winner's proc ordinal, its store ordinal, version).

    ``occurrences`` are ``(ordinal, content_hash, updated)``. As
    ``repository.store_article``: the first occurrence gets the id; a version
    already seen is unchanged; one with an older ``updated`` time is filed
    as history; any other replaces the current one (same id, version + 1).
    """
    occ = sorted(occurrences)
    first = occ[0]
    cur, version, seen = first, 1, {first[1]}
    for o in occ[1:]:
        if o[1] in seen:
            continue
        seen.add(o[1])
        if o[2] and cur[2] and o[2] < cur[2]:
            continue
        cur, version = o, version + 1
    return cur[0], first[0], version


# -- stage 3: wire copies -----------------------------------------------------------------


def bucket_pairs(uids: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Candidate pairs of one LSH bucket (articles sharing a band key)."""
    return combinations(sorted(set(uids)), 2)


def copy_edge(a: tuple[int, bytes, str | None], b: tuple[int, bytes, str | None]) -> bool:
    from sagt.store import wire

    return wire.is_copy(wire.similarity(a[1], b[1]), a[2], b[2])


def components(edges: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Union-find: node -> smallest node of its connected component."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in list(parent)}


def recluster(members: list[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    """One wire group: ``("art", uid, group)`` per article and ``("st", (uid, seq), group, cluster, primary)``.

    ``members`` carry ``uid``, ``published``, ``ord`` and ``statements``
    (``(seq, content)``). As ``repository.recluster``: articles ordered by
    publication time then store order, the first is canonical (its id is
    the group's id); statements join the first cluster whose representative
    says the same words and has no statement from their own article yet.
    """
    from sagt.store import wire

    order = sorted(members, key=lambda m: (m["published"] is None, m["published"] or "", m["ord"]))
    group = order[0]["uid"]
    for m in order:
        yield ("art", m["uid"], group)
    clusters: list[tuple[int, frozenset[str], set[int]]] = []
    for m in order:
        for seq, content in sorted(m["statements"]):
            toks = wire.content_tokens(content)
            sid = statement_uid(m["uid"], seq)
            cid = None
            for rep_id, rep_toks, arts in clusters:
                if m["uid"] not in arts and wire.same_statement(toks, rep_toks):
                    cid = rep_id
                    arts.add(m["uid"])
                    break
            if cid is None:
                cid = sid
                clusters.append((cid, toks, {m["uid"]}))
            yield ("st", (m["uid"], seq), group, cid, cid == sid)


# -- stage 4: the speaker registry ----------------------------------------------------


def registry_key(name: str | None, speaker_type: str | None) -> str | None:
    """The partition key of a speaker name: the last word of its normalised form.

    Every entity ``registry.resolve`` can return for a name has an alias
    with the same norm (same last word) or a surname equal to the name's
    last word, so partitioning by this key never separates a name from its
    candidates. ``None``: the store gives the statement no speaker entity.
    """
    from sagt.store.names import parse_name

    if not name or not name.strip():
        return None
    p = parse_name(name, speaker_type or "unknown")
    if not p.norm:
        return None
    return p.norm.rsplit(" ", 1)[-1]


def registry_partition(items: Iterable[tuple[tuple[int, int, int, int, str], dict[str, Any]]], lang: str = "sv") -> Iterator[tuple[Any, ...]]:
    """Resolve the speakers of one partition with the store's registry, in ingest order.

    ``items`` are ``((proc_rank, proc_recno, article_uid, seq, key), statement)``
    sorted by key tuple. Yields ``("asg", (article_uid, seq), speaker_id)``
    and ``("spk", speaker_row)`` (``n_statements`` still missing).
    """
    from sqlalchemy import create_engine, select

    from sagt.store import registry
    from sagt.store.schema import metadata, speaker_aliases, speakers

    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    assigned: list[tuple[tuple[int, int], int]] = []
    evidence: list[dict[str, Any]] = []
    with engine.begin() as conn:
        cur_article: int | None = None
        seen: dict[int, list[Speaker]] = {}
        date: str | None = None

        def close_article() -> None:
            if cur_article is not None and seen:
                evidence.extend(registry.record_article(conn, cur_article, date, seen))

        for (_r, _n, auid, seq, _key), st in items:
            if auid != cur_article:
                close_article()
                cur_article, seen, date = auid, {}, st["published_date"]
            sp = Speaker(
                st["speaker_name"], st["speaker_type"], st["speaker_role"], st["speaker_gender"],
                st["speaker_gender_source"], st["speaker_organization"],
            )
            sid = registry.resolve(conn, sp, article_id=auid, lang=st.get("lang") or lang)
            if sid is not None:
                seen.setdefault(sid, []).append(sp)
                assigned.append(((auid, seq), sid))
        close_article()
        # One refresh per entity's evidence (as one ingest batch), in chunks under SQLite's variable limit.
        by_speaker: dict[int, list[dict[str, Any]]] = {}
        for r in evidence:
            by_speaker.setdefault(int(r["speaker_id"]), []).append(r)
        ids = sorted(by_speaker)
        for i in range(0, len(ids), 500):
            registry.refresh(conn, [r for sid in ids[i : i + 500] for r in by_speaker[sid]])
        aliases: dict[int, list[tuple[str, str]]] = {}
        for sid, alias, alias_norm in conn.execute(
            select(speaker_aliases.c.speaker_id, speaker_aliases.c.alias, speaker_aliases.c.alias_norm).order_by(speaker_aliases.c.id)
        ):
            aliases.setdefault(int(sid), []).append((alias, alias_norm))
        gid: dict[int, int] = {}
        taken: dict[str, int] = {}
        rows = conn.execute(select(speakers).where(speakers.c.merged_into.is_(None)).order_by(speakers.c.id)).all()
        for r in rows:
            first_norm = aliases.get(int(r.id), [("", r.norm_name)])[0][1]
            k = taken.get(first_norm, 0)
            taken[first_norm] = k + 1
            gid[int(r.id)] = hash63(f"p\x00{first_norm}\x00{k}")
            yield (
                "spk",
                {
                    "speaker_id": gid[int(r.id)],
                    "name": r.name,
                    "type": r.type,
                    "gender": r.gender,
                    "gender_source": r.gender_source,
                    "role": r.role,
                    "organization": r.organization,
                    "aliases": [a for a, _n in aliases.get(int(r.id), [])],
                    "n_statements": 0,
                },
            )
    engine.dispose()
    for key, sid in assigned:
        yield ("asg", key, gid[sid])  # automatic resolution never merges: sid is canonical


# -- output ------------------------------------------------------------------------------


def write_table(rows: Iterable[dict[str, Any]], table: str, out: str, part: int, partition_by_month: bool) -> Iterator[int]:
    """Write one Spark partition's rows of ``table`` (``articles``...) as Parquet part files; yield the count.

    With ``partition_by_month`` rows go to ``TABLE.parquet/published_month=YYYY-MM/``
    (``unknown`` when the article has no date); the column is only in the
    folder name, every file has exactly the export schema.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyarrow import fs as pafs

    from sagt.store.export_schema import SCHEMAS

    schema = SCHEMAS[table]
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        m = r.pop("_month", "unknown") if partition_by_month else ""
        groups.setdefault(m, []).append(r)
    filesystem, base = pafs.FileSystem.from_uri(out) if "://" in out else (pafs.LocalFileSystem(), os.path.abspath(out))
    n = 0
    for m, rs in sorted(groups.items()):
        folder = f"{base}/{table}.parquet" + (f"/published_month={m}" if partition_by_month else "")
        filesystem.create_dir(folder, recursive=True)
        path = f"{folder}/part-{part:05d}.parquet"
        tmp = f"{folder}/.part-{part:05d}.parquet.tmp"
        tbl = pa.Table.from_pylist(rs, schema=schema)
        with filesystem.open_output_stream(tmp) as fh:
            pq.write_table(tbl, fh, compression="zstd")
        filesystem.move(tmp, path)  # a retried task overwrites its own part file, never a half-written one
        n += len(rs)
    yield n
