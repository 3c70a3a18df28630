"""The facet index (SQLite): text + filters as one FTS5 query gives what the SQL filters give, and stays in sync.

Every search here runs twice: on the facet index, and with it switched off
(the SQL plans: the full-text matches filtered by SQL). Both must return the
same statements in the same order, the same totals, for relevance and both
date orders. Then the index is checked against the statements (FTS5's
``integrity-check`` against its content) after each kind of write: ingest,
an updated article, wire copies, set-gender, merge, split, rename, and the
migration of an existing database.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import product
from pathlib import Path

import pytest

from sagt.model import Article, Span, Speaker, Statement
from sagt.store import Filters, Store, facets, ranking
from sagt.store import queries as sq
from sagt.store.db import make_engine, read_conn, write_tx
from sagt.store.migrations import MIGRATIONS, migrate

WORDS = ["vi", "måste", "budget", "skolan", "förhandlingar", "regeringen", "vården", "ansvar", "kriget", "elpriset", "framtiden", "Ålands", "mål", "mal"]
OUTLETS = ["svt.se", "dn.se", "Göteborgs-Posten.se"]
PEOPLE = [
    ("Karin Öberg", "person", "female", "VD"),
    ("Erik Åberg", "person", "male", "vd"),
    ("Anna Lind", "person", "female", "Näringsminister"),
    ("Nils Strand", "person", "male", None),
    ("Skolverket", "organization", "unknown", None),
    ("Lena Ek", "person", "unknown", "professor"),
]
KINDS = ["direct", "indirect", "mixed"]
DATES = ["2019-12-31", "2020-01-01", "2020-01-31", "2020-02-01", "2020-02-29", "2020-03-01", "2020-12-31", "2021-01-01", "2021-06-15", None]


def _article(aid: str, published: str | None, outlet: str, said: list[tuple[str, str, str, str, str | None, str]], byline: str | None = None, extra: str = "") -> Article:
    """said: (content, name, type, gender, role, kind)."""
    text = f"Rubrik {aid}\n\n{extra}"
    sts = []
    for content, name, typ, gender, role, kind in said:
        start = len(text) + 2
        text += f"– {content}, säger {name}.\n\n"
        sp = Speaker(name, typ, role=role, gender=gender, gender_source="pronoun" if gender != "unknown" else None)  # type: ignore[arg-type]
        sts.append(Statement(kind, Span.of(text, start, start + len(content)), None, None, sp))  # type: ignore[arg-type]
    return Article(id=aid, text=text, title=f"Rubrik {aid}", url=f"https://www.{outlet}/{aid}", published=published, statements=sts, byline=byline)


WIRE = (
    "Regeringen föreslår ett tak för hur mycket elnätsföretagen får ta ut av sina kunder under de kommande åren. "
    "Förslaget skickas nu på remiss till myndigheter, kommuner och branschorganisationer i hela landet. "
    "Oppositionen kritiserar att taket sätts för högt och att hushållen inte märker någon skillnad alls. "
    "Energimarknadsinspektionen ska följa upp hur företagen anpassar sina avgifter till de nya reglerna.\n\n"
)


def _fill(store: Store, n: int = 60, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        said = []
        for _ in range(rng.randint(1, 3)):
            name, typ, gender, role = rng.choice(PEOPLE)
            words = [rng.choice(WORDS) for _ in range(rng.randint(3, 7))]
            if rng.random() < 0.7:
                words.insert(0, "vi")
            said.append((" ".join(words).capitalize(), name, typ, gender, role, rng.choice(KINDS)))
        store.store(_article(f"a{i}", rng.choice(DATES), rng.choice(OUTLETS), said))
    # one TT story in three outlets: copies of its statements are not primary
    said = [("Taket är för högt för hushållen och vi måste sänka det", "Erik Åberg", "person", "male", "vd", "direct"),
            ("Vi har lyssnat på kritiken om budget", "Anna Lind", "person", "female", "Näringsminister", "indirect")]
    for k, outlet in enumerate(OUTLETS):
        store.store(_article(f"tt{k}", "2020-02-29", outlet, said, byline="TT", extra=WIRE))


QUERIES = ["vi", "budget", "bud*", "vi måste", '"vi måste"', "skolan OR vården", "vi -kriget", "förhandlingar* ", "mål", "ålands", "framtid*", "inget_sådant"]
FILTERS: list[dict] = [
    {},
    {"speaker": "Karin Öberg"},
    {"speaker": "Åberg"},  # a registry entity by surname
    {"speaker": "berg"},  # no entity: a substring of the name (SQL plans)
    {"outlet": "Göteborgs-Posten.se"},
    {"kind": "indirect"},
    {"gender": "female"},
    {"speaker_type": "organization"},
    {"gender": "male", "speaker_type": "organization"},  # no such statement
    {"role": "vd"},
    {"role": "VD"},
    {"role": "näringsminister"},
    {"since": "2020-01-01"},
    {"until": "2020-01-31"},
    {"since": "2020-01-15", "until": "2020-03-01"},
    {"since": "2019-01-01", "until": "2020-12-31"},
    {"since": "2022-01-01"},
    {"since": "2020-02-29", "until": "2020-02-29", "outlet": "svt.se"},
    {"kind": "direct", "gender": "male", "since": "2020-02-01"},
]


def _run(store: Store, q: str, f: dict, order: str, *, dedupe: bool = True) -> tuple[list[int], int, tuple[int, bool]]:
    with read_conn(store.engine) as c:
        ids = []
        for off in (0, 3, 6):
            ids += [h["id"] for h in sq.search(c, q, Filters(**f), order=order, limit=3, offset=off, dedupe=dedupe).hits]  # type: ignore[arg-type]
        return ids, sq.count(c, q, Filters(**f), dedupe=dedupe), sq.count_capped(c, q, Filters(**f), cap=4, dedupe=dedupe)


def _sql_plans(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch the facet index off (and the intersecting and probing plans, which rank another window)."""
    monkeypatch.setattr(facets, "present", lambda conn: False)
    monkeypatch.setattr(sq, "INTERSECT_MAX", -1)
    monkeypatch.setattr(sq, "_probe_fts", lambda *a, **k: False)


@pytest.fixture
def filled(sqlite_url: str) -> Store:
    store = Store(sqlite_url)
    _fill(store)
    return store


@pytest.mark.parametrize("date_share", [facets.DATE_TOKENS_MAX_SHARE, 1.0, 0.0])
def test_facets_equal_sql_filters(filled: Store, monkeypatch: pytest.MonkeyPatch, date_share: float) -> None:
    """Date ranges as tokens (all of them with share 1.0) or as row conditions (0.0): the same results as SQL."""
    monkeypatch.setattr(facets, "DATE_TOKENS_MAX_SHARE", date_share)
    with read_conn(filled.engine) as c:
        assert facets.present(c)
        facets.check(c)
        assert c.exec_driver_sql("SELECT count(*) FROM statements WHERE is_primary = 0").scalar() > 0  # the copies are there
    cases = list(product(QUERIES, FILTERS, ["relevance", "newest", "oldest"]))
    used = [_run(filled, q, f, o) for q, f, o in cases]
    assert sum(1 for ids, _, _ in used if ids) > len(cases) // 3  # most cases find something
    also = [_run(filled, q, f, o, dedupe=False) for q, f, o in cases[::7]]
    with monkeypatch.context() as m:
        _sql_plans(m)
        assert [_run(filled, q, f, o) for q, f, o in cases] == used
        assert [_run(filled, q, f, o, dedupe=False) for q, f, o in cases[::7]] == also


def test_facets_equal_sql_with_very_common_words(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same comparison with the very-common-word rule on ("vi" is in most statements here)."""
    monkeypatch.setattr(ranking, "COMMON_SAMPLE", 50)
    monkeypatch.setattr(ranking, "COMMON_SHARE", 0.5)
    with read_conn(filled.engine) as c:
        from sagt.store.fts import parse

        assert ranking.very_common(c, parse("vi budget")) == [True, False]
    cases = list(product(QUERIES, FILTERS[:8], ["relevance", "newest"]))
    used = [_run(filled, q, f, o) for q, f, o in cases]
    with monkeypatch.context() as m:
        _sql_plans(m)
        assert [_run(filled, q, f, o) for q, f, o in cases] == used


WIRE_WORDS = ["elnätet", "taket", "remissen", "kommunerna", "hushållen", "avgifterna", "myndigheten", "reglerna", "kunderna", "landet",
              "förslaget", "oppositionen", "kritiken", "företagen", "året", "priset", "staten", "marknaden", "nivån", "beslutet"]


def _fill_wire(store: Store, stories: int = 8, outlets: int = 5, seed: int = 11) -> None:
    """``stories`` TT stories, each run by ``outlets`` outlets: most statements of their words are wire copies."""
    rng = random.Random(seed)
    names = ["svt.se", "dn.se", "Göteborgs-Posten.se", "svd.se", "hd.se", "nt.se"][:outlets]
    for k in range(stories):
        body = " ".join(rng.choice(WIRE_WORDS) for _ in range(70)).capitalize() + ".\n\n"
        said = [
            (f"Budgeten för {rng.choice(WIRE_WORDS)} och {rng.choice(WIRE_WORDS)} räcker inte {k}", "Erik Åberg", "person", "male", "vd", "direct"),
            (f"Vi måste se över {rng.choice(WIRE_WORDS)} igen {k}", "Anna Lind", "person", "female", "Näringsminister", "indirect"),
        ]
        for outlet in names:
            store.store(_article(f"w{k}-{outlet}", f"2021-0{1 + k % 9}-1{k % 10}", outlet, said, byline="TT", extra=body))


@pytest.mark.parametrize("window", [2, 9, 40, sq.RELEVANCE_WINDOW])
def test_text_without_filters_among_many_wire_copies_equals_sql(sqlite_url: str, monkeypatch: pytest.MonkeyPatch, window: int) -> None:
    """The window of a text search without filters is ranked on the main index, its wire copies left out by rowid.

    Here most matches of the wire stories' words are copies (four of every five), and the window is
    full or not: the prefixes the facet index cannot serve (``bud*``, ``vi*``: their copies from
    statements) and the words it can (their copies from the index) give the SQL plan's hits and totals.
    """
    store = Store(sqlite_url)
    _fill(store, n=20)
    _fill_wire(store)
    with read_conn(store.engine) as c:
        n_copies = c.exec_driver_sql("SELECT count(*) FROM statements WHERE is_primary = 0").scalar()
        assert n_copies >= 8 * 4 * 2  # the wire stories were linked
    monkeypatch.setattr(sq, "RELEVANCE_WINDOW", window)
    queries = ["bud*", "vi*", "måst*", "budgeten", "vi", "igen", "budget", "budgeten OR igen", "räcker -igen"]

    def run() -> list:  # type: ignore[type-arg]
        out = []
        with read_conn(store.engine) as c:
            for q in queries:
                for dedupe in (True, False):
                    total = sq.count(c, q, Filters(), dedupe=dedupe)
                    for off in (0, 3, 6, 40):
                        page = sq.search(c, q, Filters(), limit=3, offset=off, dedupe=dedupe)
                        if page.window is not None and page.window[0] < page.window[1]:
                            assert page.window[0] == total, (q, dedupe, off)  # a window not filled saw every match
                        out.append(([h["id"] for h in page.hits], total))
        return out

    mine = run()
    assert sum(1 for ids, _ in mine if ids) > len(mine) // 2
    with monkeypatch.context() as m:
        _sql_plans(m)
        assert run() == mine
    store.close()


def test_date_walk_equals_sql(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """With tiny buckets the date-ordered plan walks years, months and days; same pages as SQL's sort."""
    cases = list(product(["vi", "vi måste", "budget OR skolan"], [{}, {"gender": "female"}, {"since": "2020-01-15"}], ["newest", "oldest"]))
    monkeypatch.setattr(sq, "DATE_SORT_MAX", 1)
    monkeypatch.setattr(facets, "DATE_TOKENS_MAX_SHARE", 1.0)
    walked = [_run(filled, q, f, o) for q, f, o in cases]
    _sql_plans(monkeypatch)
    assert [_run(filled, q, f, o) for q, f, o in cases] == walked


def _check_and_compare(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with read_conn(store.engine) as c:
        facets.check(c)
    cases = [(q, f, "relevance") for q in ("vi", "budget") for f in ({"gender": "female"}, {"gender": "male"}, {"speaker": "Erik Åberg"}, {"speaker_type": "person"}, {"role": "vd"})]
    mine = [_run(store, *c) for c in cases]
    with monkeypatch.context() as m:
        _sql_plans(m)
        assert [_run(store, *c) for c in cases] == mine


def test_facets_follow_every_write(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(sqlite_url)
    _fill(store, n=25)
    _check_and_compare(store, monkeypatch)
    # re-ingesting the same articles changes nothing
    _fill(store, n=25)
    _check_and_compare(store, monkeypatch)
    # an updated article: new statements, another outlet and date
    store.store(_article("a3", "2021-06-15", "dn.se", [("Vi måste se över budget igen", "Erik Åberg", "person", "male", "vd", "mixed")]))
    _check_and_compare(store, monkeypatch)
    assert any(h["article"]["id"] == "a3" for h in store.search("budget", Filters(outlet="dn.se", since="2021-06-15")).hits)
    # a gender set by hand moves the speaker's statements between gender filters
    n_before = store.count("vi", Filters(speaker="Lena Ek", gender="female"))
    store.set_gender("Lena Ek", "female")
    assert store.count("vi", Filters(speaker="Lena Ek", gender="female")) >= n_before
    assert store.count(None, Filters(speaker="Lena Ek", gender="unknown")) == 0
    _check_and_compare(store, monkeypatch)
    # merge: the statements follow the target entity (and its gender)
    n_target = store.count("vi", Filters(speaker="Karin Öberg"))
    n_source = store.count("vi", Filters(speaker="Nils Strand"))
    store.merge_speakers("Karin Öberg", ["Nils Strand"])
    assert store.count("vi", Filters(speaker="Karin Öberg")) == n_target + n_source
    g = store.speaker("Karin Öberg")["gender"]  # recounted from both entities' evidence
    assert store.count("vi", Filters(speaker="Karin Öberg", gender=g)) == n_target + n_source
    _check_and_compare(store, monkeypatch)
    # split them off again by name
    store.split_speaker("Karin Öberg", ["Nils Strand"])
    assert store.count("vi", Filters(speaker="Nils Strand")) == n_source
    _check_and_compare(store, monkeypatch)
    store.rename_speaker("Erik Åberg", "Erik Åberg-Lind")
    _check_and_compare(store, monkeypatch)
    store.close()


def test_migration_fills_the_facet_index(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    assert migrate(engine, MIGRATIONS[:3]) == [1, 2, 3]
    with write_tx(engine) as c:  # a fresh database has the current schema: take it back to what version 3 was
        for name in facets.TRIGGER_NAMES:
            c.exec_driver_sql(f"DROP TRIGGER {name}")
        c.exec_driver_sql(f"DROP TABLE {facets.TABLE}")
        c.exec_driver_sql(f"DROP VIEW {facets.VIEW}")
        for name in ("statements_rollup_ai", "statements_rollup_ad", "statements_rollup_au"):
            c.exec_driver_sql(f"DROP TRIGGER {name}")
        c.exec_driver_sql("DROP TABLE statement_rollup")
        c.exec_driver_sql("DROP TABLE speaker_rollup")
    store = Store(engine=engine, migrate_schema=False)
    _fill(store, n=15)
    with read_conn(engine) as c:
        assert not facets.present(c)
        before = [h["id"] for h in sq.search(c, "vi", Filters(gender="female"), limit=50).hits]
    assert migrate(engine) == [4, 5, 6]
    with read_conn(engine) as c:
        assert facets.present(c)
        facets.check(c)
        assert [h["id"] for h in sq.search(c, "vi", Filters(gender="female"), limit=50).hits] == before
        names = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert set(facets.TRIGGER_NAMES) <= names and {"statements_entity_ai", "statements_entity_au"} <= names
    store.set_gender("Lena Ek", "female")  # the triggers keep resolved_gender (migration 3) and the index
    with read_conn(engine) as c:
        facets.check(c)
        assert c.exec_driver_sql(
            "SELECT count(*) FROM statements s JOIN speakers p ON p.id = s.speaker_id WHERE s.resolved_gender IS NOT p.gender"
        ).scalar() == 0
    engine.dispose()


def test_date_tokens_cover_exactly_the_range() -> None:
    rng = random.Random(3)
    day0 = date(2019, 11, 20)
    for _ in range(300):
        a = day0 + timedelta(days=rng.randint(0, 900))
        b = a + timedelta(days=rng.choice([0, 1, 5, 30, 40, 400, 800]))
        covered: set[date] = set()
        for t in facets.date_tokens(a, b):
            if t[0] == "y":
                y = int(t[1:])
                first, last = date(y, 1, 1), date(y, 12, 31)
            elif t[0] == "m":
                y, m = int(t[1:5]), int(t[5:7])
                first = date(y, m, 1)
                last = (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)
            else:
                first = last = date(int(t[1:5]), int(t[5:7]), int(t[7:9]))
            span = {first + timedelta(days=k) for k in range((last - first).days + 1)}
            assert not covered & span
            covered |= span
        assert covered == {a + timedelta(days=k) for k in range((b - a).days + 1)}
    assert facets.date_tokens(date(2020, 1, 1), date(2021, 12, 31)) == ["y2020", "y2021"]
    assert facets.date_tokens(date(2020, 2, 1), date(2020, 3, 1)) == ["m202002", "d20200301"]


def test_very_common_words_carry_no_weight(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a store larger than the sample, a word in >= 20 % of the recent statements is left out of BM25."""
    from sagt.store.fts import parse

    with read_conn(filled.engine) as c:
        n = c.exec_driver_sql("SELECT count(*) FROM statements").scalar()
        assert ranking.very_common(c, parse("vi budget")) == [False, False]  # the store is smaller than the sample
        monkeypatch.setattr(ranking, "COMMON_SAMPLE", n)
        monkeypatch.setattr(ranking, "COMMON_SHARE", 0.5)  # "vi" is in most statements of this corpus, each other word in fewer than half
        share = lambda e: c.exec_driver_sql("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", (e,)).scalar() / n  # noqa: E731
        assert share('"vi"') >= 0.5 and max(share(f'"{w.lower()}"') for w in WORDS[1:]) < 0.5
        assert ranking.very_common(c, parse('vi budget "vi måste" -vi ålands* "vi vi"')) == [True, False, False, False, False, True]
        bm25 = lambda e: {int(r[0]): float(r[1]) for r in c.exec_driver_sql(  # noqa: E731
            "SELECT rowid, bm25(statements_fts) FROM statements_fts WHERE statements_fts MATCH ?", (e,))}
        matches = lambda e: sorted(bm25(e), reverse=True)  # noqa: E731
        # The score is FTS5's bm25 of the informative terms alone (their OR: BM25 adds up each term's
        # share). The scoring query ANDs them where every statement of the window has them all (FTS5 then
        # intersects the lists), and ORs them where one may match through a very common word alone.
        for q, window, informative, scoring in [
            ("vi budget", "vi AND budget", "budget", '"budget"'),
            ("vi budget skolan", "vi AND budget AND skolan", "budget OR skolan", '"budget" AND "skolan"'),
            ("budget OR skolan vården", "(budget OR skolan) AND vården", "budget OR skolan OR vården", '("budget" OR "skolan") AND "vården"'),
            ("vi OR budget skolan", "(vi OR budget) AND skolan", "budget OR skolan", '"budget" OR "skolan"'),
            ("vi -kriget budget", "vi AND budget NOT kriget", "budget", '"budget"'),
        ]:
            rk = ranking.Ranker(c, parse(q))
            assert rk.scoring_expr == scoring, q
            ids = matches(window)
            assert ids, q
            want = bm25(informative)
            assert rk.rank(ids) == sorted(ids, key=lambda i: (want.get(i, 0.0), -i)), q
        # nothing but very common words: nothing to score by, most recently stored first
        vi = matches("vi")
        rk = ranking.Ranker(c, parse('vi "vi vi"'))
        assert rk.scoring_expr is None and rk.rank(vi) == vi
        hits = [h["id"] for h in sq.search(c, "vi", Filters(), limit=5).hits]
        assert hits == [i for i in vi if i in set(hits)][:5] and hits == sorted(hits, reverse=True)


def test_filters_mean_the_same_on_both_databases(store: Store) -> None:
    """Ground truth from the corpus itself: each filter on both databases (the facet index on SQLite, SQL on PostgreSQL)."""
    _fill(store, n=30)
    rows = store.search(None, Filters(), limit=1000, order="newest").hits
    every = {h["id"]: h for h in rows}

    def truth(pred) -> set[int]:  # type: ignore[no-untyped-def]
        return {i for i, h in every.items() if pred(h)}

    def got(q: str, **f: str) -> set[int]:
        return {h["id"] for h in store.search(q, Filters(**f), limit=100).hits}

    has_w = truth(lambda h: "budget" in h["content"]["text"].lower().split())  # not "vi": a stop word in PostgreSQL's Swedish
    assert got("budget", role="VD") == has_w & truth(lambda h: (h["speaker"]["role"] or "").lower() == "vd")
    assert got("budget", role="näringsminister") == has_w & truth(lambda h: h["speaker"]["role"] == "Näringsminister")
    assert got("budget", outlet="Göteborgs-Posten.se") == {h["id"] for h in store.search("budget", Filters(outlet="Göteborgs-Posten.se"), limit=100, dedupe=False).hits}
    d = lambda h: (h["article"]["published"] or "")[:10]  # noqa: E731
    assert got("budget", since="2020-01-15", until="2020-03-01") == has_w & truth(lambda h: "2020-01-15" <= d(h) <= "2020-03-01")
    assert got("budget", until="2020-01-31") == has_w & truth(lambda h: d(h) and d(h) <= "2020-01-31")
    assert got("budget", kind="mixed", gender="female") == has_w & truth(lambda h: h["kind"] == "mixed" and h["speaker_entity"]["gender"] == "female")
