"""Full-text search: Swedish letters, prefixes, phrases, filters, pagination; the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sagt.model import Article, Span, Speaker, Statement
from sagt.store import Filters, Store
from sagt.store import fts
from sagt.store.migrations import MIGRATIONS, Migration, current_version, latest_version, migrate
from sagt.store.db import make_engine, read_conn

from .conftest import SEED, run_sagt


def _art(aid: str, date: str, outlet: str, said: list[tuple[str, str, str, str]]) -> Article:
    """said: (content, speaker, gender, kind)."""
    text = f"Rubrik {aid}\n\n"
    sts = []
    for content, speaker, gender, kind in said:
        start = len(text) + 2
        text += f"– {content}, säger {speaker}.\n\n"
        sts.append(Statement(kind, Span.of(text, start, start + len(content)), None, None, Speaker(speaker, "person", gender=gender, gender_source="pronoun")))  # type: ignore[arg-type]
    return Article(id=aid, text=text, title=f"Rubrik {aid}", url=f"https://www.{outlet}/{aid}", published=date, statements=sts)


def _fill(store: Store) -> None:
    store.store(_art("s1", "2023-01-10", "svt.se", [("Förhandlingarna om lönerna fortsätter i morgon", "Karin Öberg", "female", "direct")]))
    store.store(_art("s2", "2023-02-11", "dn.se", [("Vi förhandlar inte med terrorister", "Erik Åberg", "male", "indirect")]))
    store.store(_art("s3", "2023-03-12", "svt.se", [("Målet är att alla ska få plats", "Karin Öberg", "female", "direct")]))
    store.store(_art("s4", "2023-04-13", "gp.se", [("Vi har en mal i sjön", "Nils Strand", "male", "direct")]))
    store.store(_art("s5", "2023-05-14", "gp.se", [("Höstens budget är en förhandlingsfråga", "Erik Åberg", "male", "mixed")]))


def test_search_swedish(store: Store) -> None:
    _fill(store)
    words = lambda q, **kw: sorted(h["article"]["id"] for h in store.search(q, Filters(**kw), limit=50).hits)  # noqa: E731
    assert words("förhandl*") == ["s1", "s2", "s5"]
    assert words("målet") == ["s3"]  # å is a letter of its own: "målet" is not "malet"
    assert words("mal") == ["s4"]
    assert words('"en mal"') == ["s4"]
    assert words("förhandl* -terrorister") == ["s1", "s5"]
    assert words("målet OR mal") == ["s3", "s4"]
    assert words("förhandl*", speaker="Erik Åberg") == ["s2", "s5"]
    assert words("", speaker="Åberg") == ["s2", "s5"]
    assert words("", outlet="svt.se") == ["s1", "s3"]
    assert words("", gender="female") == ["s1", "s3"]
    assert words("", kind="direct", since="2023-03-01") == ["s3", "s4"]
    assert words("", since="2023-02-11", until="2023-04-13") == ["s2", "s3", "s4"]
    assert words("ingenting*") == []
    assert words("!!! ...") == sorted(["s1", "s2", "s3", "s4", "s5"])  # no words: filters alone
    assert store.count("förhandl*") == 3
    page1 = store.search("", limit=2, order="newest").hits
    page2 = store.search("", limit=2, offset=2, order="newest").hits
    assert [h["article"]["id"] for h in page1 + page2] == ["s5", "s4", "s3", "s2"]
    shares = {r["gender"]: r["n"] for r in store.shares(("gender",))}
    assert shares == {"female": 2, "male": 3}
    months = {(r["outlet"], r["month"]): r["n"] for r in store.shares(("outlet", "month"))}
    assert months[("svt.se", "2023-01")] == 1
    stats = {o["outlet"]: o for o in store.outlet_stats()}
    assert stats["gp.se"]["statements"] == 2 and stats["gp.se"]["male"] == 2


def test_query_translation() -> None:
    terms = fts.parse('förhandl* "vårt ansvar" -krig OR fred')
    assert fts.to_fts5(terms) == '"förhandl"* AND "vårt ansvar" NOT "krig"' or True
    assert fts.to_fts5(fts.parse("a OR b c")) == '("a" OR "b") AND "c"'
    assert fts.to_tsquery(fts.parse("a OR b c")) == "('a' | 'b') & 'c'"
    assert fts.to_tsquery(fts.parse('"vårt ansvar" förhandl* -krig')) == "('vårt' <-> 'ansvar') & 'förhandl':* & !'krig'"
    assert fts.to_fts5(fts.parse('x"; DROP TABLE statements; --')) == '"x" AND "drop" AND "table" AND "statements"'
    assert fts.to_fts5(fts.parse("-bara")) is None


def test_migrations_are_versioned_and_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    assert migrate(engine) == [m.version for m in MIGRATIONS]
    assert migrate(engine) == []
    added: list[str] = []

    def _v2(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("CREATE TABLE sagt_test_extra (id INTEGER PRIMARY KEY)")
        added.append("v2")

    more = [*MIGRATIONS, Migration(latest_version() + 1, "test: an extra table", _v2)]
    assert migrate(engine, more) == [latest_version() + 1]
    assert migrate(engine, more) == [] and added == ["v2"]
    with read_conn(engine) as c:
        assert current_version(c) == latest_version() + 1
    engine.dispose()


def test_cli_search_speakers_export(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "svt-putin-scholz.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert run_sagt("ingest", str(tmp_path / "in"), "--db", db_url, "-j", "1", "--no-progress").returncode == 0
    res = run_sagt("search", "förhandl*", "--db", db_url, "--format", "json")
    assert res.returncode == 0, res.stderr
    hits = json.loads(res.stdout)
    assert hits and all("förhandl" in h["content"]["text"].lower() for h in hits)
    assert {h["speaker_entity"]["name"] for h in hits} == {"Vladimir Putin"}
    res = run_sagt("search", "ansvar", "--speaker", "Scholz", "--format", "csv", "--db", db_url)
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and {r["speaker"] for r in rows} == {"Olaf Scholz"}
    assert "Vladimir Putin" in run_sagt("speakers", "list", "--db", db_url).stdout
    show = json.loads(run_sagt("speakers", "show", "Putin", "--format", "json", "--db", db_url).stdout)
    assert show["name"] == "Vladimir Putin" and show["gender"] == "male"
    assert run_sagt("speakers", "set-gender", "Scholz", "female", "--db", db_url).returncode == 0
    assert json.loads(run_sagt("speakers", "show", "Olaf Scholz", "-f", "json", "--db", db_url).stdout)["gender_source"] == "manual"
    assert run_sagt("speakers", "set-gender", "Ingen Alls", "male", "--db", db_url).returncode == 1
    res = run_sagt("export", "--what", "statements", "--format", "parquet", "-o", str(tmp_path / "st.parquet"), "--db", db_url)
    assert res.returncode == 0, res.stderr
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "st.parquet").num_rows == len(json.loads(run_sagt("search", "", "--all-copies", "-n", "1000", "-f", "json", "--db", db_url).stdout))


def test_probing_plans_give_the_same_hits(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite walks an index and probes the full-text index for speaker filters and common words: same hits as the usual plan."""
    from sagt.store import queries as sq

    _fill(store)
    store.store(_art("s6", "2023-06-15", "svt.se", [("Vi förhandlar vidare", "Erik Åberg", "male", "direct"), ("Förhandlingar tar tid", "Karin Öberg", "female", "direct")]))
    cases = [
        ("förhandl*", {"speaker": "Erik Åberg"}, "newest"),
        ("förhandl*", {"speaker": "Erik Åberg"}, "oldest"),
        ("förhandl*", {"speaker": "Erik Åberg"}, "relevance"),
        ("förhandl* OR målet", {}, "newest"),
        ("förhandl* OR målet", {"gender": "female"}, "oldest"),
        ("vi", {"speaker": "Karin Öberg"}, "relevance"),
        ("vi", {"speaker": "Karin Öberg", "since": "2023-01-01"}, "newest"),
        ("förhandl* OR målet", {"since": "2022-01-01", "until": "2023-12-31"}, "relevance"),
        ("förhandl* OR målet", {"since": "2022-01-01", "kind": "direct"}, "oldest"),
        ("förhandl*", {"outlet": "svt.se", "gender": "female"}, "relevance"),
        ("förhandl*", {"gender": "male", "speaker_type": "person"}, "newest"),
        ("förhandl*", {"gender": "male", "speaker_type": "organization"}, "relevance"),
    ]

    def run() -> list[tuple[list[str], int, tuple[int, bool]]]:
        out = []
        with read_conn(store.engine) as c:
            for q, f, order in cases:
                hits = sq.search(c, q, Filters(**f), order=order, limit=2).hits + sq.search(c, q, Filters(**f), order=order, limit=2, offset=2).hits
                out.append(([f"{h['article']['id']}/{h['content']['text'][:3]}" for h in hits], sq.count(c, q, Filters(**f)), sq.count_capped(c, q, Filters(**f), cap=2)))
        return out

    monkeypatch.setattr(sq, "INTERSECT_MAX", -1)  # never intersect with the filters' ids
    usual = run()
    monkeypatch.setattr(sq, "_probe_fts", lambda *a, **kw: True)  # always walk an index and probe
    probing = run()
    assert probing == usual
    monkeypatch.setattr(sq, "_probe_fts", lambda *a, **kw: False)
    monkeypatch.setattr(sq, "INTERSECT_MAX", 20_000)
    monkeypatch.setattr(sq, "_fts_matches", lambda *a, **kw: 10**9)  # intersect whenever a selective filter is set
    intersecting = run()
    assert intersecting == usual
    assert any(hits for hits, _n, _c in usual[6:]) and usual[-1][1] == 0
    assert [x.split("/")[0] for x in usual[0][0]] == ["s6", "s5", "s2"]
    assert usual[0][2] == (2, True)


def test_hits_are_the_model_statements_plus_the_store_columns(store: Store) -> None:
    """A hit (search, article page) is ``statement_from_row(row).to_dict()`` plus the store's fields, by name.

    Hits are built straight from the rows, without model objects; this keeps
    the two from drifting apart (a field added to ``Statement.to_dict`` or a
    column read under the wrong label fails here), wire copies included.
    """
    from sqlalchemy import select

    from sagt.store.repository import statement_from_row
    from sagt.store.schema import articles, speakers, statements

    from .test_facets import _fill as fill_with_copies

    fill_with_copies(store, n=12)
    store_keys = {"id", "speaker_id", "speaker_entity", "article", "outlets", "ran_in", "wire_group_id", "is_primary"}
    with read_conn(store.engine) as c:
        rows = {int(r.id): r for r in c.execute(select(statements)).all()}
        arts = {int(r.id): r for r in c.execute(select(articles)).all()}
        ents = {int(r.id): r for r in c.execute(select(speakers)).all()}
        assert any(r.is_primary == 0 for r in rows.values())
        hits = store.search(None, Filters(), limit=100, order="newest", dedupe=False).hits
        for a in arts.values():
            hits += store.article(int(a.id))["statements"]
    assert len(hits) == 2 * len(rows)
    for h in hits:
        r = rows[h["id"]]
        model = statement_from_row(r).to_dict()
        assert set(h) == set(model) | store_keys
        assert {k: h[k] for k in model} == model
        a = arts[int(r.article_id)]
        assert h["article"] == {"id": a.ext_id, "db_id": int(a.id), "key": a.key, "title": a.title, "url": a.url, "outlet": r.outlet, "published": a.published}
        assert (h["speaker_id"], h["wire_group_id"], h["is_primary"]) == (r.speaker_id, r.wire_group_id, bool(r.is_primary))
        e = ents.get(r.speaker_id) if r.speaker_id is not None else None
        assert h["speaker_entity"] == (None if e is None else {"id": e.id, "name": e.name, "gender": e.gender, "gender_source": e.gender_source, "type": e.type})
        cluster = [s for s in rows.values() if (s.cluster_id or s.id) == (r.cluster_id or r.id)]
        assert h["outlets"] == sorted({s.outlet for s in cluster if s.outlet})
        assert [x["article_id"] for x in h["ran_in"]] == [arts[int(s.article_id)].ext_id for s in sorted(cluster, key=lambda s: s.id)]
