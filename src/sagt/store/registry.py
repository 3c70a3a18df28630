"""The speaker registry: one entity per real speaker across all articles.

Extraction resolves a speaker within one article (``han`` -> ``Vladimir
Putin``); the registry resolves it across articles. Rules, in order:

1. A hand-made alias (from ``merge``/``split``) wins.
2. A full personal name (``Vladimir Putin``, ``president Vladimir Putin``)
   matches the entity with that name; an initial (``V. Putin``) matches the
   one entity with that surname and initial; a bare-surname entity made
   earlier (``Putin``) is upgraded to the full name when it is the only
   entity with that surname.
3. A bare surname (``Putin``) links to the full-name entity only when
   exactly one such entity exists; with two (``Magdalena Andersson``,
   ``Lars Andersson``) it goes to a separate, ambiguous surname entity.
4. A lone given name (``Anna``, as news write about private persons) stays
   local to its article: all the Annas of the news are not one person.
5. Organisations and groups match by their whole normalised name.

Per article the registry records a ``speaker_articles`` row: the role and
organisation the article gives (roles over time) and its gender evidence.
An entity's gender is the majority of pronoun evidence, else of name
evidence, else given-name statistics, else ``unknown``; a gender set by
hand (``manual``) is never recomputed. Hand edits are logged in
``speaker_overrides`` and act through aliases and flags that re-ingesting
does not touch.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, update

from sagt.lang import get_pack
from sagt.model import Speaker
from sagt.store.names import ParsedName, norm, parse_name
from sagt.store.schema import speaker_aliases, speaker_articles, speaker_overrides, speakers, statements

GENDERS = ("female", "male", "unknown")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def canonical(conn: Connection, speaker_id: int) -> int:
    """Follow ``merged_into`` to the entity that stands for ``speaker_id`` now."""
    seen = set()
    while speaker_id not in seen:
        seen.add(speaker_id)
        nxt = conn.execute(select(speakers.c.merged_into).where(speakers.c.id == speaker_id)).scalar()
        if nxt is None:
            return speaker_id
        speaker_id = int(nxt)
    return speaker_id


_ALIAS_Q = (
    select(speaker_aliases.c.speaker_id, speaker_aliases.c.manual, speakers.c.merged_into)
    .join(speakers, speakers.c.id == speaker_aliases.c.speaker_id)
    .where(speaker_aliases.c.alias_norm == bindparam("alias_norm"))
)


def _alias_hits(conn: Connection, alias_norm: str) -> list[tuple[int, bool]]:
    rows = conn.execute(_ALIAS_Q, {"alias_norm": alias_norm}).all()
    out: dict[int, bool] = {}
    for sid, manual, merged_into in rows:
        c = int(sid) if merged_into is None else canonical(conn, int(sid))
        out[c] = out.get(c, False) or bool(manual)
    return sorted(out.items(), key=lambda kv: (not kv[1], kv[0]))


def _add_alias(conn: Connection, speaker_id: int, alias: str, alias_norm: str, manual: bool = False) -> None:
    exists = conn.execute(
        select(speaker_aliases.c.id).where(
            speaker_aliases.c.alias_norm == alias_norm, speaker_aliases.c.speaker_id == speaker_id
        )
    ).first()
    if exists is None:
        conn.execute(
            insert(speaker_aliases).values(speaker_id=speaker_id, alias=alias, alias_norm=alias_norm, manual=int(manual))
        )
    elif manual:
        conn.execute(update(speaker_aliases).where(speaker_aliases.c.id == exists[0]).values(manual=1))


def _create(conn: Connection, p: ParsedName, sp: Speaker, *, local_to: int | None = None, alias_norm: str | None = None) -> int:
    sid = conn.execute(
        insert(speakers)
        .values(
            name=p.display,
            norm_name=p.norm,
            first_norm=p.first,
            surname_norm=p.surname,
            type=sp.type if sp.type != "unknown" or not p.personal else "person",
            gender="unknown",
            organization=sp.organization,
            role=sp.role,
            local_to=local_to,
            created_at=_now(),
        )
        .returning(speakers.c.id)
    ).scalar_one()
    _add_alias(conn, int(sid), p.display, alias_norm or p.norm)
    return int(sid)


def _surname_candidates(conn: Connection, surname: str) -> list[Any]:
    return conn.execute(
        select(speakers.c.id, speakers.c.first_norm, speakers.c.name_locked).where(
            speakers.c.surname_norm == surname,
            speakers.c.merged_into.is_(None),
            speakers.c.local_to.is_(None),
            speakers.c.type.in_(("person", "unknown")),
        ).order_by(speakers.c.id)
    ).all()


def _is_given_name(token: str, lang: str) -> bool:
    try:
        names = get_pack(lang).given_names
    except Exception:
        return False
    counts = names.counts.get(token[:1].upper() + token[1:].lower())
    return bool(counts) and max(counts) >= 10


def resolve(conn: Connection, sp: Speaker, *, article_id: int, lang: str = "sv") -> int | None:
    """The registry entity for the speaker of a statement in article ``article_id`` (created if new)."""
    if not sp.name or not sp.name.strip():
        return None
    p = parse_name(sp.name, sp.type)
    if not p.norm:
        return None
    hits = _alias_hits(conn, p.norm)
    if hits and hits[0][1]:  # a hand-made alias
        return hits[0][0]
    if not p.personal:
        for sid, _manual in hits:
            t = conn.execute(select(speakers.c.type).where(speakers.c.id == sid)).scalar()
            if t == sp.type or "unknown" in (t, sp.type):
                return sid
        return _create(conn, p, sp)
    assert p.surname is not None
    if p.is_full:
        if hits:
            return hits[0][0]
        cands = _surname_candidates(conn, p.surname)
        full = [c for c in cands if c.first_norm]
        bare = [c for c in cands if not c.first_norm]
        if p.first_is_initial:
            match = [c for c in full if c.first_norm[0] == p.first[0]]  # type: ignore[index]
            if len(match) == 1:
                _add_alias(conn, match[0].id, p.display, p.norm)
                return int(match[0].id)
        else:
            initials = [c for c in full if len(c.first_norm.rstrip(".")) == 1 and c.first_norm[0] == p.first[0]]  # type: ignore[index]
            if len(initials) == 1 and not any(c.first_norm == p.first for c in full):
                return _upgrade(conn, initials[0], p)
        if not full and len(bare) == 1:
            return _upgrade(conn, bare[0], p)
        return _create(conn, p, sp)
    # A single capitalised token: a surname, or a lone given name.
    cands = _surname_candidates(conn, p.surname)
    full = [c for c in cands if c.first_norm]
    bare = [c for c in cands if not c.first_norm]
    if len(full) == 1:
        return int(full[0].id)
    if bare:
        return int(bare[0].id)
    if not full and _is_given_name(p.surname, lang):
        local_norm = f"{p.norm}@{article_id}"
        local = _alias_hits(conn, local_norm)
        if local:
            return local[0][0]
        return _create(conn, p, sp, local_to=article_id, alias_norm=local_norm)
    return _create(conn, p, sp)


def _upgrade(conn: Connection, cand: Any, p: ParsedName) -> int:
    """Give a bare-surname (or initial) entity the full name now known."""
    values: dict[str, Any] = {"first_norm": p.first}
    if not cand.name_locked:
        values.update(name=p.display, norm_name=p.norm)
    conn.execute(update(speakers).where(speakers.c.id == cand.id).values(**values))
    _add_alias(conn, int(cand.id), p.display, p.norm)
    return int(cand.id)


# -- per-article evidence ---------------------------------------------------------


def record_article(conn: Connection, article_id: int, date: str | None, seen: dict[int, list[Speaker]]) -> list[dict[str, Any]]:
    """Store one ``speaker_articles`` row per speaker of the article (role, organisation, gender evidence).

    Returns the rows; pass them (maybe gathered over a batch of articles) to :func:`refresh`.
    """
    rows = []
    for sid, sps in seen.items():
        role = next((s.role for s in sps if s.role), None)
        org = next((s.organization for s in sps if s.organization), None)
        gendered = [s for s in sps if s.gender in ("female", "male")]
        best = max(gendered, key=lambda s: s.gender_source == "pronoun", default=None)
        rows.append(
            {
                "speaker_id": sid,
                "article_id": article_id,
                "name": sps[0].name,
                "role": role,
                "organization": org,
                "gender": best.gender if best else "unknown",
                "gender_source": best.gender_source if best else None,
                "date": date,
                "n_statements": len(sps),
            }
        )
    if rows:
        conn.execute(insert(speaker_articles), rows)
    return rows


def refresh(conn: Connection, rows: list[dict[str, Any]], lang: str = "sv") -> None:
    """Update gender and latest role of the entities that ``rows`` (new evidence) touch.

    Three statements for any number of entities: ingest calls this once per
    batch. Gender is recounted from all evidence (so it is right however
    often it runs); the role moves forward only to a later-dated one.
    """
    ids = sorted({int(r["speaker_id"]) for r in rows})
    if not ids:
        return
    latest: dict[int, dict[str, Any]] = {}
    for r in rows:
        if not (r.get("role") or r.get("organization")):
            continue
        cur = latest.get(r["speaker_id"])
        if cur is None or (r.get("date") or "") >= (cur.get("date") or ""):
            latest[r["speaker_id"]] = r
    _apply(conn, ids, latest, lang)


def recount(conn: Connection, speaker_ids: set[int] | list[int], lang: str = "sv") -> None:
    """Recompute gender, role and organisation from scratch (after evidence was removed or moved)."""
    ids = sorted(set(speaker_ids))
    latest: dict[int, dict[str, Any]] = {}
    for sid in ids:
        r = conn.execute(
            select(speaker_articles.c.role, speaker_articles.c.organization, speaker_articles.c.date)
            .where(speaker_articles.c.speaker_id == sid, or_(speaker_articles.c.role.is_not(None), speaker_articles.c.organization.is_not(None)))
            .order_by(speaker_articles.c.date.desc().nulls_last(), speaker_articles.c.id.desc())
            .limit(1)
        ).first()
        latest[sid] = dict(r._mapping) if r is not None else {"role": None, "organization": None, "date": None, "reset": True}
    _apply(conn, ids, latest, lang, reset=True)


def _apply(conn: Connection, ids: list[int], latest: dict[int, dict[str, Any]], lang: str, reset: bool = False) -> None:
    votes: dict[int, dict[str, Counter[str]]] = {}
    for sid, gender, source, n in conn.execute(
        select(speaker_articles.c.speaker_id, speaker_articles.c.gender, speaker_articles.c.gender_source, func.count())
        .where(speaker_articles.c.speaker_id.in_(ids), speaker_articles.c.gender.in_(("female", "male")))
        .group_by(speaker_articles.c.speaker_id, speaker_articles.c.gender, speaker_articles.c.gender_source)
    ).all():
        votes.setdefault(int(sid), {}).setdefault(source if source in ("pronoun", "noun") else "name", Counter())[gender] += n
    current = conn.execute(
        select(
            speakers.c.id, speakers.c.gender, speakers.c.gender_source, speakers.c.name, speakers.c.type,
            speakers.c.first_norm, speakers.c.role, speakers.c.organization, speakers.c.role_date,
        ).where(speakers.c.id.in_(ids))
    ).all()
    updates = []
    for row in current:
        sid = int(row.id)
        g, gs = (row.gender, row.gender_source) if row.gender_source == "manual" else _decide_gender(votes.get(sid, {}), row, lang)
        role, org, role_date = row.role, row.organization, row.role_date
        new = latest.get(sid)
        if new is not None and (reset or role_date is None or (new.get("date") or "") >= role_date):
            role = new.get("role") or (None if reset else role)
            org = new.get("organization") or (None if reset else org)
            role_date = new.get("date")
        if (g, gs, role, org, role_date) != (row.gender, row.gender_source, row.role, row.organization, row.role_date):
            updates.append({"sid": sid, "g": g, "gs": gs, "r": role, "o": org, "rd": role_date})
    if updates:
        conn.execute(
            update(speakers)
            .where(speakers.c.id == bindparam("sid"))
            .values(gender=bindparam("g"), gender_source=bindparam("gs"), role=bindparam("r"), organization=bindparam("o"), role_date=bindparam("rd")),
            updates,
        )


def _decide_gender(by_source: dict[str, Counter[str]], row: Any, lang: str) -> tuple[str, str | None]:
    """Pronoun evidence, else a gendered noun ("en pappa"), else name evidence, else given-name statistics, else unknown."""
    for source in ("pronoun", "noun", "name"):
        c = by_source.get(source)
        if c:
            (g1, n1), *rest = c.most_common()
            if not rest or rest[0][1] < n1:
                return g1, source
            return "unknown", None
    if row.type in ("person", "unknown") and row.first_norm and len(row.first_norm) > 2:
        try:
            g = get_pack(lang).given_names.gender(row.name.split(" ")[0])
        except Exception:
            g = "unknown"
        if g != "unknown":
            return g, "name"
    return "unknown", None


# -- hand edits ---------------------------------------------------------------------


def _log(conn: Connection, action: str, payload: dict[str, Any]) -> None:
    conn.execute(
        insert(speaker_overrides).values(action=action, payload=json.dumps(payload, ensure_ascii=False), created_at=_now())
    )


def find(conn: Connection, ref: str | int) -> int | None:
    """An entity by id (``42``) or by name/alias (case-insensitive), following merges."""
    if isinstance(ref, int) or str(ref).isdigit():
        sid = conn.execute(select(speakers.c.id).where(speakers.c.id == int(ref))).scalar()
        return canonical(conn, int(sid)) if sid is not None else None
    hits = _alias_hits(conn, norm(str(ref)))
    if hits:
        return hits[0][0]
    sid = conn.execute(
        select(speakers.c.id).where(func.lower(speakers.c.name) == str(ref).lower(), speakers.c.merged_into.is_(None)).limit(1)
    ).scalar()
    if sid is not None:
        return int(sid)
    p = parse_name(str(ref))
    if p.personal and p.surname and not p.is_full:  # "Putin": the one entity with that surname
        cands = _surname_candidates(conn, p.surname)
        full = [c for c in cands if c.first_norm]
        if len(full) == 1:
            return int(full[0].id)
        if not full and len(cands) == 1:
            return int(cands[0].id)
    return None


def merge(conn: Connection, target: int, sources: list[int]) -> None:
    """Make ``sources`` the same entity as ``target``; their names become hand-made aliases of it."""
    target = canonical(conn, target)
    names = {}
    for src in sources:
        src = canonical(conn, src)
        if src == target:
            continue
        names[src] = conn.execute(select(speakers.c.name).where(speakers.c.id == src)).scalar()
        for alias_row in conn.execute(select(speaker_aliases.c.alias, speaker_aliases.c.alias_norm).where(speaker_aliases.c.speaker_id == src)).all():
            _add_alias(conn, target, alias_row.alias, alias_row.alias_norm, manual=True)
        conn.execute(delete(speaker_aliases).where(speaker_aliases.c.speaker_id == src))
        conn.execute(update(statements).where(statements.c.speaker_id == src).values(speaker_id=target))
        conn.execute(update(speaker_articles).where(speaker_articles.c.speaker_id == src).values(speaker_id=target))
        conn.execute(update(speakers).where(speakers.c.id == src).values(merged_into=target))
        conn.execute(update(speakers).where(speakers.c.merged_into == src).values(merged_into=target))
    target_name = conn.execute(select(speakers.c.name).where(speakers.c.id == target)).scalar()
    _log(conn, "merge", {"target": target, "target_name": target_name, "sources": list(names), "source_names": list(names.values())})
    recount(conn, [target])


def split(conn: Connection, speaker_id: int, names: list[str]) -> int:
    """Move the statements made under ``names`` from ``speaker_id`` to a new entity (returned)."""
    speaker_id = canonical(conn, speaker_id)
    old = conn.execute(select(speakers).where(speakers.c.id == speaker_id)).first()
    if old is None:
        raise LookupError(f"no speaker {speaker_id}")
    first = parse_name(names[0], old.type)
    new_id = int(
        conn.execute(
            insert(speakers)
            .values(
                name=first.display,
                norm_name=first.norm,
                first_norm=first.first,
                surname_norm=first.surname,
                type=old.type,
                gender="unknown",
                name_locked=1,
                created_at=_now(),
            )
            .returning(speakers.c.id)
        ).scalar_one()
    )
    norms = set()
    for name in names:
        p = parse_name(name, old.type)
        norms.add(p.norm)
        conn.execute(delete(speaker_aliases).where(speaker_aliases.c.speaker_id == speaker_id, speaker_aliases.c.alias_norm == p.norm))
        _add_alias(conn, new_id, p.display, p.norm, manual=True)
    conn.execute(
        update(statements)
        .where(statements.c.speaker_id == speaker_id, statements.c.speaker_norm.in_(norms))
        .values(speaker_id=new_id)
    )
    moved_articles = [
        r[0]
        for r in conn.execute(
            select(statements.c.article_id).distinct().where(statements.c.speaker_id == new_id)
        ).all()
    ]
    for aid in moved_articles:
        _rebuild_speaker_articles(conn, aid, [speaker_id, new_id])
    _log(conn, "split", {"speaker": speaker_id, "speaker_name": old.name, "new": new_id, "names": list(names)})
    recount(conn, [speaker_id, new_id])
    return new_id


def _rebuild_speaker_articles(conn: Connection, article_id: int, speaker_ids: list[int]) -> None:
    conn.execute(
        delete(speaker_articles).where(speaker_articles.c.article_id == article_id, speaker_articles.c.speaker_id.in_(speaker_ids))
    )
    rows = conn.execute(
        select(statements).where(statements.c.article_id == article_id, statements.c.speaker_id.in_(speaker_ids)).order_by(statements.c.seq)
    ).all()
    seen: dict[int, list[Speaker]] = {}
    for r in rows:
        seen.setdefault(int(r.speaker_id), []).append(
            Speaker(r.speaker_name, r.speaker_type, r.speaker_role, r.speaker_gender, r.speaker_gender_source, r.speaker_org)
        )
    date = rows[0].published_date if rows else None
    record_article(conn, article_id, date, seen)


def set_gender(conn: Connection, speaker_id: int, gender: str) -> None:
    """Set the gender by hand (``manual``); ``unknown`` clears the hand setting and re-infers."""
    if gender not in GENDERS:
        raise ValueError(f"gender must be one of {', '.join(GENDERS)}")
    speaker_id = canonical(conn, speaker_id)
    name = conn.execute(select(speakers.c.name).where(speakers.c.id == speaker_id)).scalar()
    if gender == "unknown":
        conn.execute(update(speakers).where(speakers.c.id == speaker_id).values(gender="unknown", gender_source=None))
        recount(conn, [speaker_id])
    else:
        conn.execute(update(speakers).where(speakers.c.id == speaker_id).values(gender=gender, gender_source="manual"))
    _log(conn, "set_gender", {"speaker": speaker_id, "speaker_name": name, "gender": gender})


def rename(conn: Connection, speaker_id: int, name: str) -> None:
    """Give an entity a display name by hand; automatic upgrades will not change it."""
    speaker_id = canonical(conn, speaker_id)
    old = conn.execute(select(speakers.c.name).where(speakers.c.id == speaker_id)).scalar()
    conn.execute(update(speakers).where(speakers.c.id == speaker_id).values(name=name, name_locked=1))
    _add_alias(conn, speaker_id, name, norm(name), manual=True)
    _log(conn, "rename", {"speaker": speaker_id, "old_name": old, "name": name})


def prune(conn: Connection, speaker_ids: set[int]) -> None:
    """Delete automatically created entities that no statement refers to any more."""
    for sid in speaker_ids:
        used = conn.execute(select(statements.c.id).where(statements.c.speaker_id == sid).limit(1)).first()
        if used is not None:
            continue
        manual = conn.execute(
            select(speakers.c.id).where(
                speakers.c.id == sid,
                or_(speakers.c.name_locked == 1, speakers.c.gender_source == "manual"),
            )
        ).first()
        has_manual_alias = conn.execute(
            select(speaker_aliases.c.id).where(and_(speaker_aliases.c.speaker_id == sid, speaker_aliases.c.manual == 1)).limit(1)
        ).first()
        referenced = conn.execute(select(speakers.c.id).where(speakers.c.merged_into == sid).limit(1)).first()
        if manual is None and has_manual_alias is None and referenced is None:
            conn.execute(delete(speakers).where(speakers.c.id == sid))
