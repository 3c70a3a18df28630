"""The write path: store one extracted article, idempotently, in the caller's transaction.

``store_article`` is the only way articles enter the database, so the rules
live here: an article is identified by its key (:func:`sagt.store.keys.article_key`);
the same content again changes nothing; changed content (text, title,
``updated`` time...) keeps the previous version in ``article_versions`` and
replaces the statements; an *older* version arriving late is filed as
history without touching the current one. Everything an article implies
(statements and their full-text entries, speaker entities and evidence,
MinHash bands, wire-group links) is written in the same transaction, so a
crash at any point leaves either the whole article or none of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from sagt.model import Article, Span, Speaker, Statement
from sagt.store import registry, wire
from sagt.store.keys import article_key, content_hash, date_of, outlet_of
from sagt.store.names import parse_name
from sagt.store.schema import (
    article_minhash,
    article_versions,
    articles,
    lsh_buckets,
    speaker_articles,
    statements,
    wire_groups,
)

Outcome = Literal["new", "updated", "unchanged", "older"]


@dataclass(frozen=True)
class Prepared:
    """An article ready to store: what workers compute so the writer only writes."""

    article: Article
    key: str
    content_hash: str
    fingerprint: wire.Fingerprint | None
    agency: str | None


@dataclass(frozen=True)
class StoreResult:
    outcome: Outcome
    article_id: int
    n_statements: int
    wire_group_id: int | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def prepare(article: Article, *, key: str | None = None, chash: str | None = None) -> Prepared:
    """Compute key, hash (of the article as read, pass ``chash`` if taken before extraction) and fingerprint."""
    return Prepared(
        article=article,
        key=key or article_key(article),
        content_hash=chash or content_hash(article),
        fingerprint=wire.fingerprint(article),
        agency=wire.detect_agency(article),
    )


def known_state(conn: Connection, key: str, chash: str) -> Outcome | None:
    """``"unchanged"`` if this exact version is stored (current or earlier), else ``None``."""
    row = conn.execute(select(articles.c.id, articles.c.content_hash).where(articles.c.key == key)).first()
    if row is None:
        return None
    if row.content_hash == chash:
        return "unchanged"
    old = conn.execute(
        select(article_versions.c.id).where(article_versions.c.article_id == row.id, article_versions.c.content_hash == chash)
    ).first()
    return "unchanged" if old is not None else None


def store_article(
    conn: Connection,
    prep: Prepared,
    *,
    extractor: str | None = None,
    force: bool = False,
    evidence: list[dict[str, Any]] | None = None,
) -> StoreResult:
    """Store ``prep`` (see module docstring); ``force`` replaces statements even if the content is unchanged.

    Speaker entities' gender and role are brought up to date at once, or,
    when ``evidence`` is a list, the new evidence is appended to it for the
    caller to pass to :func:`sagt.store.registry.refresh` once per batch.
    """
    a = prep.article
    row = conn.execute(select(articles).where(articles.c.key == prep.key)).first()
    if row is not None and not force:
        if row.content_hash == prep.content_hash or known_state(conn, prep.key, prep.content_hash):
            return StoreResult("unchanged", int(row.id), int(row.n_statements), row.wire_group_id)
        if a.updated and row.updated and a.updated < row.updated:
            _file_version(conn, int(row.id), int(row.version), prep, a)
            return StoreResult("older", int(row.id), int(row.n_statements), row.wire_group_id)

    values = _article_values(prep, extractor)
    if row is None:
        article_id = int(conn.execute(insert(articles).values(version=1, **values).returning(articles.c.id)).scalar_one())
        outcome: Outcome = "new"
    else:
        article_id = int(row.id)
        if row.content_hash != prep.content_hash:
            _snapshot(conn, row)
            values["version"] = int(row.version) + 1
        _detach(conn, article_id, row.wire_group_id)
        conn.execute(update(articles).where(articles.c.id == article_id).values(**values))
        outcome = "updated"

    rows = _insert_statements(conn, article_id, a, values)
    group_id = _link_copies(conn, article_id, prep)
    if evidence is None:
        registry.refresh(conn, rows, lang=a.lang or "sv")
    else:
        evidence.extend(rows)
    return StoreResult(outcome, article_id, len(a.statements), group_id)


def _article_values(prep: Prepared, extractor: str | None) -> dict[str, Any]:
    a = prep.article
    return {
        "key": prep.key,
        "ext_id": a.id,
        "url": a.url,
        "outlet": outlet_of(a),
        "title": a.title,
        "byline": a.byline,
        "published": a.published,
        "published_date": date_of(a.published) or date_of(a.updated),
        "updated": a.updated,
        "lang": a.lang or "sv",
        "source": a.source,
        "tags": json.dumps(list(a.tags), ensure_ascii=False),
        "text": a.text,
        "content_hash": prep.content_hash,
        "agency": prep.agency,
        "n_statements": len(a.statements),
        "extractor": extractor,
        "ingested_at": _now(),
    }


def statement_from_row(r: Any) -> Statement:
    """Rebuild a model :class:`Statement` from a ``statements`` row."""

    def span(start: int | None, end: int | None, text: str | None) -> Span | None:
        return None if start is None else Span(int(start), int(end), text or "")  # type: ignore[arg-type]

    return Statement(
        kind=r.kind,
        content=Span(int(r.content_start), int(r.content_end), r.content),
        cue=span(r.cue_start, r.cue_end, r.cue),
        speaker_mention=span(r.mention_start, r.mention_end, r.mention),
        speaker=Speaker(r.speaker_name, r.speaker_type, r.speaker_role, r.speaker_gender, r.speaker_gender_source, r.speaker_org),
        via=json.loads(r.via or "[]"),
        confidence=float(r.confidence),
    )


def _snapshot(conn: Connection, row: Any) -> None:
    """Keep the current version of an article before it is replaced."""
    sts = conn.execute(select(statements).where(statements.c.article_id == row.id).order_by(statements.c.seq)).all()
    exists = conn.execute(
        select(article_versions.c.id).where(article_versions.c.article_id == row.id, article_versions.c.content_hash == row.content_hash)
    ).first()
    if exists is not None:
        return
    conn.execute(
        insert(article_versions).values(
            article_id=row.id,
            version=row.version,
            content_hash=row.content_hash,
            title=row.title,
            byline=row.byline,
            published=row.published,
            updated=row.updated,
            text=row.text,
            statements=json.dumps([statement_from_row(s).to_dict() for s in sts], ensure_ascii=False),
            stored_at=row.ingested_at,
            replaced_at=_now(),
        )
    )


def _file_version(conn: Connection, article_id: int, version: int, prep: Prepared, a: Article) -> None:
    """File an older version that arrived after a newer one, as history only."""
    conn.execute(
        insert(article_versions).values(
            article_id=article_id,
            version=version,
            content_hash=prep.content_hash,
            title=a.title,
            byline=a.byline,
            published=a.published,
            updated=a.updated,
            text=a.text,
            statements=json.dumps([s.to_dict() for s in a.statements], ensure_ascii=False),
            stored_at=_now(),
            replaced_at=_now(),
        )
    )


def _detach(conn: Connection, article_id: int, group_id: int | None) -> None:
    """Remove what an article's current version implies: statements, evidence, bands, group link."""
    old_speakers = {
        int(r[0]) for r in conn.execute(select(statements.c.speaker_id).distinct().where(statements.c.article_id == article_id)).all() if r[0]
    }
    conn.execute(delete(speaker_articles).where(speaker_articles.c.article_id == article_id))
    conn.execute(delete(statements).where(statements.c.article_id == article_id))
    conn.execute(delete(lsh_buckets).where(lsh_buckets.c.article_id == article_id))
    conn.execute(delete(article_minhash).where(article_minhash.c.article_id == article_id))
    if group_id is not None:
        conn.execute(update(articles).where(articles.c.id == article_id).values(wire_group_id=None))
        recluster(conn, int(group_id))
    registry.recount(conn, old_speakers)
    registry.prune(conn, old_speakers)


def _insert_statements(conn: Connection, article_id: int, a: Article, values: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    seen: dict[int, list[Speaker]] = {}
    lang = a.lang or "sv"
    memo: dict[tuple[str | None, str | None], int | None] = {}  # the same name again in this article: the same entity
    for seq, st in enumerate(a.statements):
        name_key = (st.speaker.name, st.speaker.type)
        if name_key not in memo:
            memo[name_key] = registry.resolve(conn, st.speaker, article_id=article_id, lang=lang)
        sid = memo[name_key]
        if sid is not None:
            seen.setdefault(sid, []).append(st.speaker)
        rows.append(
            {
                "article_id": article_id,
                "seq": seq,
                "kind": st.kind,
                "content_start": st.content.start,
                "content_end": st.content.end,
                "content": st.content.text,
                "cue_start": st.cue.start if st.cue else None,
                "cue_end": st.cue.end if st.cue else None,
                "cue": st.cue.text if st.cue else None,
                "mention_start": st.speaker_mention.start if st.speaker_mention else None,
                "mention_end": st.speaker_mention.end if st.speaker_mention else None,
                "mention": st.speaker_mention.text if st.speaker_mention else None,
                "speaker_name": st.speaker.name,
                "speaker_norm": parse_name(st.speaker.name, st.speaker.type).norm if st.speaker.name else None,
                "speaker_type": st.speaker.type or "unknown",
                "speaker_role": st.speaker.role,
                "speaker_gender": st.speaker.gender or "unknown",
                "speaker_gender_source": st.speaker.gender_source,
                "speaker_org": st.speaker.organization,
                "speaker_id": sid,
                "via": json.dumps(list(st.via), ensure_ascii=False),
                "confidence": float(st.confidence),
                "outlet": values["outlet"],
                "published_date": values["published_date"],
                "is_primary": 1,
            }
        )
    if rows:
        conn.execute(insert(statements), rows)
        conn.execute(update(statements).where(statements.c.article_id == article_id).values(cluster_id=statements.c.id))
    return registry.record_article(conn, article_id, values["published_date"], seen)


# -- wire copies --------------------------------------------------------------------


def _link_copies(conn: Connection, article_id: int, prep: Prepared) -> int | None:
    """Persist the article's MinHash bands and join it to the wire group of its copies."""
    fp = prep.fingerprint
    if fp is None:
        return None
    conn.execute(insert(article_minhash).values(article_id=article_id, signature=fp.signature))
    keys = sorted(set(fp.band_keys))
    conn.execute(insert(lsh_buckets), [{"band_key": k, "article_id": article_id} for k in keys])
    # Verify only the candidates that share the most bands (similar articles share
    # many): boilerplate-heavy corpora make some bands collide across thousands of
    # unrelated articles, and verifying each one costs more than the rest of the write.
    shared = func.count().label("shared")
    cand_ids = [
        int(r[0])
        for r in conn.execute(
            select(lsh_buckets.c.article_id, shared)
            .where(lsh_buckets.c.band_key.in_(keys), lsh_buckets.c.article_id != article_id)
            .group_by(lsh_buckets.c.article_id)
            .having(func.count() >= wire.MIN_SHARED_BANDS)
            .order_by(shared.desc(), lsh_buckets.c.article_id.desc())
            .limit(wire.MAX_CANDIDATES)
        ).all()
    ]
    if not cand_ids:
        return None
    cands = conn.execute(
        select(articles.c.id, articles.c.agency, articles.c.wire_group_id, article_minhash.c.signature)
        .join(article_minhash, article_minhash.c.article_id == articles.c.id)
        .where(articles.c.id.in_(cand_ids))
    ).all()
    matches = [c for c in cands if wire.is_copy(wire.similarity(fp.signature, c.signature), prep.agency, c.agency)]
    if not matches:
        return None
    groups = sorted({int(c.wire_group_id) for c in matches if c.wire_group_id is not None})
    if groups:
        target = groups[0]
        for other in groups[1:]:
            conn.execute(update(articles).where(articles.c.wire_group_id == other).values(wire_group_id=target))
            conn.execute(update(statements).where(statements.c.wire_group_id == other).values(wire_group_id=target))
            conn.execute(delete(wire_groups).where(wire_groups.c.id == other))
    else:
        agency = prep.agency or next((c.agency for c in matches if c.agency), None)
        target = int(
            conn.execute(
                insert(wire_groups).values(agency=agency, n_articles=0, created_at=_now()).returning(wire_groups.c.id)
            ).scalar_one()
        )
    ids = [article_id] + [int(c.id) for c in matches]
    conn.execute(update(articles).where(articles.c.id.in_(ids)).values(wire_group_id=target))
    recluster(conn, target)
    return target


def recluster(conn: Connection, group_id: int) -> None:
    """Recompute a wire group's canonical article and which statements are the same quote.

    Greedy over the canonical article first: each statement joins the first
    cluster whose representative says the same words and that has no
    statement from its own article yet (an article may repeat a quote, and
    both occurrences are kept); otherwise it starts a cluster. The first
    statement of a cluster is its primary: the one statistics count.
    """
    members = conn.execute(
        select(articles.c.id, articles.c.published, articles.c.agency)
        .where(articles.c.wire_group_id == group_id)
    ).all()
    if len(members) < 2:
        for m in members:
            conn.execute(update(articles).where(articles.c.id == m.id).values(wire_group_id=None))
            conn.execute(
                update(statements).where(statements.c.article_id == m.id).values(wire_group_id=None, cluster_id=statements.c.id, is_primary=1)
            )
        conn.execute(delete(wire_groups).where(wire_groups.c.id == group_id))
        return
    order = sorted(members, key=lambda m: (m.published is None, m.published or "", m.id))
    rank = {int(m.id): i for i, m in enumerate(order)}
    canonical_id = int(order[0].id)
    agency = next((m.agency for m in order if m.agency), None)
    conn.execute(
        update(wire_groups).where(wire_groups.c.id == group_id).values(canonical_article_id=canonical_id, n_articles=len(members), agency=agency)
    )
    rows = conn.execute(
        select(statements.c.id, statements.c.article_id, statements.c.content, statements.c.seq).where(
            statements.c.article_id.in_(list(rank))
        )
    ).all()
    rows = sorted(rows, key=lambda r: (rank[int(r.article_id)], r.seq))
    clusters: list[tuple[int, frozenset[str], set[int]]] = []
    updates = []
    for r in rows:
        toks = wire.content_tokens(r.content)
        cid = None
        for rep_id, rep_toks, arts in clusters:
            if r.article_id not in arts and wire.same_statement(toks, rep_toks):
                cid = rep_id
                arts.add(int(r.article_id))
                break
        if cid is None:
            cid = int(r.id)
            clusters.append((cid, toks, {int(r.article_id)}))
        updates.append({"sid": int(r.id), "cid": cid, "prim": int(cid == r.id), "gid": group_id})
    if updates:
        conn.execute(
            update(statements)
            .where(statements.c.id == bindparam("sid"))
            .values(cluster_id=bindparam("cid"), is_primary=bindparam("prim"), wire_group_id=bindparam("gid")),
            updates,
        )
