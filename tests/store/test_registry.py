"""The speaker registry across articles: variants merge, namesakes stay apart, hand edits last."""

from __future__ import annotations

from sagt.model import Article, Span, Speaker, Statement
from sagt.store import Filters, Store


def _article(aid: str, date: str, said: list[tuple[str, Speaker]], url: str | None = None) -> Article:
    """An article whose statements are given (the registry is tested, not the extractor)."""
    lines = [f"Rubrik {aid}", ""]
    spans = []
    for quote, _sp in said:
        start = sum(len(x) + 1 for x in lines) + 2
        lines.append(f"– {quote}, säger källan.")
        spans.append((start, start + len(quote)))
    text = "\n".join(lines) + "\n"
    sts = [Statement("direct", Span.of(text, a, b), None, None, sp) for (a, b), (_q, sp) in zip(spans, said)]
    return Article(id=aid, text=text, title=f"Rubrik {aid}", url=url or f"https://www.exempel.se/{aid}", published=date, statements=sts)


def _p(name: str, role: str | None = None, gender: str = "unknown", source: str | None = None) -> Speaker:
    return Speaker(name, "person", role=role, gender=gender, gender_source=source)


def test_putin_variants_are_one_entity(store: Store) -> None:
    store.store(_article("a1", "2022-02-15", [("Vi vill inte ha krig i Europa", _p("Vladimir Putin", "president", "male", "pronoun"))]))
    store.store(_article("a2", "2022-02-16", [("Vi är redo att förhandla", _p("Putin"))]))
    store.store(_article("a3", "2022-03-01", [("Trupperna dras tillbaka", _p("president Putin", "president"))]))
    store.store(_article("a4", "2023-01-10", [("Sanktionerna slår fel", _p("V. Putin"))]))
    people = [s for s in store.speakers() if s["type"] == "person"]
    assert [(p["name"], p["n_statements"]) for p in people] == [("Vladimir Putin", 4)]
    sp = store.speaker("Putin")
    assert sp["gender"] == "male" and sp["gender_source"] == "pronoun"
    assert sp["roles"][0]["role"] == "president" and sp["roles"][0]["first_seen"] == "2022-02-15"
    assert sp["roles"][-1]["last_seen"] == "2022-03-01"
    assert len(store.search(None, Filters(speaker="Vladimir Putin")).hits) == 4


def test_bare_surname_first_then_full_name(store: Store) -> None:
    store.store(_article("b1", "2022-01-01", [("Vi har ett ansvar", _p("Scholz"))]))
    store.store(_article("b2", "2022-01-02", [("Det är ett gott tecken", _p("Olaf Scholz", "förbundskansler"))]))
    store.store(_article("b3", "2022-01-03", [("Samtalen fortsätter", _p("Scholz"))]))
    people = store.speakers()
    assert [(p["name"], p["n_statements"]) for p in people] == [("Olaf Scholz", 3)]


def test_two_anderssons_stay_apart(store: Store) -> None:
    store.store(_article("c1", "2022-05-01", [("Vi ska bygga fler bostäder", _p("Magdalena Andersson", "statsminister", "female", "pronoun"))]))
    store.store(_article("c2", "2022-05-02", [("Laget spelade bra i dag", _p("Lars Andersson", "tränare", "male", "pronoun"))]))
    store.store(_article("c3", "2022-05-03", [("Vi återkommer om saken", _p("Andersson"))]))
    store.store(_article("c4", "2022-05-04", [("Budgeten håller", _p("statsminister Magdalena Andersson", "statsminister"))]))
    by_name = {p["name"]: p for p in store.speakers()}
    assert by_name["Magdalena Andersson"]["n_statements"] == 2
    assert by_name["Lars Andersson"]["n_statements"] == 1
    # The bare surname is ambiguous: it is kept apart from both.
    assert by_name["Andersson"]["n_statements"] == 1
    assert by_name["Magdalena Andersson"]["gender"] == "female"
    assert by_name["Lars Andersson"]["gender"] == "male"


def test_lone_given_names_stay_local_and_gender_from_names(store: Store) -> None:
    store.store(_article("d1", "2022-06-01", [("Det var läskigt", _p("Anna"))]))
    store.store(_article("d2", "2022-06-02", [("Jag såg ingenting", _p("Anna"))]))
    assert all(p["name"] != "Anna" for p in store.speakers())  # local to their articles
    assert len(store.speakers(include_local=True)) == 2
    store.store(_article("d3", "2022-06-03", [("Vi jobbar vidare", _p("Ingrid Sjöberg"))]))
    sp = store.speaker("Ingrid Sjöberg")
    assert (sp["gender"], sp["gender_source"]) == ("female", "name")
    store.store(_article("d4", "2022-06-04", [("Inga kommentarer", Speaker("Polisen", "organization"))]))
    store.store(_article("d5", "2022-06-05", [("Vi utreder händelsen", Speaker("polisen", "organization"))]))
    pol = store.speaker("polisen")
    assert pol["type"] == "organization" and pol["n_statements"] == 2 and pol["gender"] == "unknown"


def test_hand_edits_survive_reingest(store: Store) -> None:
    store.store(_article("e1", "2022-01-01", [("Vi sänker skatten", _p("Ulf Kristersson", "statsminister"))]))
    store.store(_article("e2", "2022-01-02", [("Det är fel väg", _p("Ulf Kristerson"))]))  # a misspelling
    store.store(_article("e3", "2022-01-03", [("Jag kommer inte att ställa upp", _p("Alex Lindqvist")), ("Vi får se", _p("Alex Lindqvist"))]))
    assert len(store.speakers()) == 3
    target = store.merge_speakers("Ulf Kristersson", ["Ulf Kristerson"])
    store.set_gender("Alex Lindqvist", "female")
    assert {p["name"]: p["n_statements"] for p in store.speakers()} == {"Ulf Kristersson": 2, "Alex Lindqvist": 2}

    # Re-ingest: the same articles (no-op) and an updated version of e2 (re-resolved).
    store.store(_article("e1", "2022-01-01", [("Vi sänker skatten", _p("Ulf Kristersson", "statsminister"))]))
    upd = _article("e2", "2022-01-02", [("Det är fel väg, helt fel", _p("Ulf Kristerson"))])
    upd.updated = "2022-01-02T12:00:00"
    assert store.store(upd).outcome == "updated"
    store.store(_article("e4", "2022-01-04", [("Skatten ska ned", _p("Ulf Kristerson"))]))
    names = {p["name"]: p for p in store.speakers()}
    assert "Ulf Kristerson" not in names
    assert names["Ulf Kristersson"]["n_statements"] == 3 and names["Ulf Kristersson"]["id"] == target
    lind = store.speaker("Alex Lindqvist")
    assert (lind["gender"], lind["gender_source"]) == ("female", "manual")
    assert [o["action"] for o in store.speaker("Ulf Kristersson")["overrides"]] == ["merge"]


def test_split_and_rename_survive_reingest(store: Store) -> None:
    # An entity that wrongly holds two people: the bare surname was upgraded once.
    store.store(_article("f1", "2022-01-01", [("Vi bygger en ny skola", _p("Holmberg"))]))
    store.store(_article("f2", "2022-01-02", [("Skolan blir klar i höst", _p("Sara Holmberg", "rektor"))]))
    store.store(_article("f3", "2022-01-03", [("Matchen var jämn", _p("Holmberg"))]))
    sid = store.speaker("Sara Holmberg")["id"]
    new = store.split_speaker(sid, ["Holmberg"])
    store.rename_speaker(new, "Holmberg (tränaren)")
    assert store.speaker(sid)["n_statements"] == 1
    assert store.speaker(new)["n_statements"] == 2
    store.store(_article("f4", "2022-02-01", [("Vi vann till slut", _p("Holmberg"))]))
    assert store.speaker(new)["n_statements"] == 3 and store.speaker(new)["name"] == "Holmberg (tränaren)"
    assert store.speaker(sid)["name"] == "Sara Holmberg"


def _resolved_in_sync(store: Store) -> None:
    """statements.resolved_gender/resolved_type equal the registry's value (else the statement's own)."""
    from sqlalchemy import text

    with store.engine.connect() as c:
        bad = c.execute(
            text(
                "SELECT s.id FROM statements s LEFT JOIN speakers p ON p.id = s.speaker_id "
                "WHERE s.resolved_gender <> coalesce(p.gender, s.speaker_gender) OR s.resolved_type <> coalesce(p.type, s.speaker_type)"
            )
        ).all()
    assert bad == []


def test_resolved_gender_and_type_follow_registry_edits(store: Store) -> None:
    """The indexed gender/type columns on statements track ingest, refresh, set-gender, merge and split."""
    store.store(_article("r1", "2022-01-01", [("Vi ska vinna valet", _p("Anna Svensson"))]))
    store.store(_article("r2", "2022-01-02", [("Det blir bra", _p("Anna Svensson", "minister", "female", "pronoun"))]))
    store.store(_article("r3", "2022-01-03", [("Vi tar ansvar", Speaker("Polisen", "organization"))]))
    store.store(_article("r4", "2022-01-04", [("Jag vet inte", _p("A. Svenson"))]))
    _resolved_in_sync(store)
    assert len(store.search(None, Filters(gender="female")).hits) >= 2
    assert store.search(None, Filters(gender="female", speaker_type="organization")).hits == []
    assert len(store.search(None, Filters(speaker_type="organization")).hits) == 1
    anna = store.speaker("Anna Svensson")["id"]
    store.set_gender(anna, "male")
    _resolved_in_sync(store)
    assert {h["speaker_id"] for h in store.search(None, Filters(gender="male")).hits} >= {anna}
    other = store.speaker("A. Svenson")["id"]
    if other != anna:
        store.merge_speakers(anna, [other])
        _resolved_in_sync(store)
    new = store.split_speaker(anna, ["Anna Svensson"])
    _resolved_in_sync(store)
    store.set_gender(new, "female")
    store.rename_speaker(new, "Anna Svensson-Berg")
    _resolved_in_sync(store)
    assert {h["speaker_id"] for h in store.search(None, Filters(gender="female")).hits} == {new}
    assert store.count(None, Filters(gender="male", speaker_type="organization")) == 0


def test_a_limited_timeline_is_the_latest_part_and_roles_and_evidence_cover_all(store: Store) -> None:
    from sagt.store import queries
    from sagt.store.db import read_conn

    store.store(_article("t1", "2021-01-05", [("Vi börjar", _p("Eva Lind", "minister", "female", "pronoun"))]))
    store.store(_article("t2", "2021-06-01", [("Vi fortsätter", _p("Eva Lind", "minister"))]))
    store.store(_article("t3", "2022-03-01", [("Vi slutar", _p("Eva Lind", "talman", "female", "name"))]))
    store.store(_article("t4", "2023-01-01", [("Vi minns", _p("Eva Lind"))]))
    with read_conn(store.engine) as c:
        full = queries.get_speaker(c, "Eva Lind")
        last2 = queries.get_speaker(c, "Eva Lind", timeline_limit=2)
    assert [t["article_id"] for t in full["timeline"]] == ["t1", "t2", "t3", "t4"]
    assert last2["timeline"] == full["timeline"][-2:] and last2["timeline_total"] == full["timeline_total"] == 4
    assert last2["roles"] == full["roles"] and [r["role"] for r in full["roles"]] == ["minister", "talman"]
    assert last2["gender_evidence"] == full["gender_evidence"] and sum(e["articles"] for e in full["gender_evidence"]) == 4
