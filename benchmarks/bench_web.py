"""Load test of the web app on loopback: a synthetic store of N statements, 20 concurrent clients.

    uptime; .venv/bin/python benchmarks/bench_web.py --db /tmp/bw-1m.db --statements 1000000 --seconds 30 --workers 2

Builds the database once (cached at ``--db``; rebuilt if it holds a different
size or another version of ``build`` made it) by bulk inserts through the
store's own schema (``open_store`` creates the tables; rows go in with
``executemany`` in big transactions; the FTS index is rebuilt once at the
end); about 12 % of its articles are wire copies of another outlet's TT
story (statements not primary, in the original's cluster), starts ``sagt serve`` on 127.0.0.1 in a
subprocess (or uses ``--port``), and runs ``--clients`` closed-loop clients
for ``--seconds`` (or ``--requests`` in total, whichever comes first) over a
varied request list drawn from the database (``url_mix``: article pages,
searches with terms from the FTS vocabulary, filters, both). The client is a
minimal HTTP/1.1 client on asyncio streams (uvloop when installed) so it
leaves the cores to the server; it reports its own CPU time. Reports
p50/p95/p99 per kind, for all searches and overall, and req/s. Target: p95 <
200 ms. Only 127.0.0.1 is contacted. Methodology: docs/web.md, Load test.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SYLL = ["ka", "ri", "lo", "men", "sta", "ver", "on", "ber", "ti", "lä", "rå", "sö", "de", "ning", "het", "and", "fö", "gå", "nyt", "ske"]
REAL = [
    "regeringen", "skolan", "budget", "vården", "kriget", "förhandlingar", "klimatet", "räntan", "bostäder", "polisen",
    "elpriset", "kommunen", "eleverna", "lärarna", "sjukhuset", "valet", "oppositionen", "ansvar", "framtiden", "beslutet",
    "Europa", "Nato", "Ukraina", "inflationen", "jobben", "trafiken", "brotten", "vindkraft", "skatten", "pensionerna",
]
FUNC = ["vi", "är", "det", "att", "inte", "och", "måste", "kan", "för", "en", "ett", "på", "i", "som", "har", "ska", "alla", "mer"]
FIRST_F = ["Anna", "Karin", "Maria", "Eva", "Lena", "Sara", "Emma", "Ingrid", "Helena", "Johanna", "Elin", "Malin", "Sofia", "Linnea", "Ebba"]
FIRST_M = ["Erik", "Lars", "Karl", "Johan", "Anders", "Per", "Mikael", "Jonas", "Magnus", "Oskar", "Henrik", "Fredrik", "Gustav", "Nils", "Axel"]
SURN = ["Lindqvist", "Bergström", "Holmberg", "Sandberg", "Lundgren", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson",
        "Håkansson", "Lundin", "Björk", "Fransson", "Nyström", "Åberg", "Hedlund", "Öberg", "Strand", "Ekström"]
ROLES = ["minister", "ordförande", "vd", "professor", "forskare", "åklagare", "rektor", "presschef", "kommunalråd", "ekonom", None]
ORGS = ["Polisen", "Skolverket", "Socialstyrelsen", "Riksbanken", "Trafikverket", "Naturvårdsverket", "Försäkringskassan", "Länsstyrelsen"]
OUTLETS = ["dn.se", "svd.se", "gp.se", "sydsvenskan.se", "aftonbladet.se", "expressen.se", "svt.se", "sr.se", "vlt.se", "nt.se",
           "unt.se", "hd.se", "corren.se", "nsd.se", "st.nu", "bt.se"]
TAGS = ["Politik", "Ekonomi", "Skola", "Vård", "Klimat", "Brott", "Utrikes", "Sport"]
KINDS = ["direct", "direct", "indirect", "mixed"]
CUES = ["säger", "säger", "uppger", "menar", "berättar", "skriver"]
#: Bumped when build() makes different data: a database built by another version is rebuilt (``PRAGMA user_version``).
#: 2: wire copies.
BUILD_VERSION = 2
#: Share of the original articles that are wire (TT) stories, and of all articles that are copies of one.
WIRE_SHARE = 0.06
COPY_SHARE = 0.12
#: Copies are of one of the most recent this many wire stories (news is copied within days).
WIRE_RECENT = 300


def _word(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return rng.choice(FUNC)
    if r < 0.6:
        return rng.choice(REAL)
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(2, 3)))


def _sentence(rng: random.Random, n: int) -> str:
    s = " ".join(_word(rng) for _ in range(n))
    return s[0].upper() + s[1:]


def build(db: str, n_statements: int, per_article: int = 10, seed: int = 1) -> None:
    """A synthetic store with ``n_statements`` statements (``per_article`` per article)."""
    sys.path.insert(0, str(ROOT / "src"))
    from sagt.store import fts, open_store

    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    open_store(db).close()  # the store's schema and migrations
    rng = random.Random(seed)
    now = "2024-06-01T00:00:00+00:00"
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-200000")
    triggers = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND (name LIKE 'statements_fts_%' OR name LIKE 'statements_entity_%'"
        " OR name LIKE 'statements_facets_%' OR name LIKE 'statements_rollup_%')")]
    for t in triggers:  # bulk load, then one FTS rebuild, gender/type backfill, facet rebuild, rollup count (much faster than triggers per row)
        con.execute(f"DROP TRIGGER {t}")

    n_speakers = max(50, n_statements // 200)
    speakers = []
    for i in range(1, n_speakers + 1):
        r = rng.random()
        if r < 0.8:
            fem = rng.random() < 0.4
            name = f"{rng.choice(FIRST_F if fem else FIRST_M)} {rng.choice(SURN)}" + (f" {i}" if i > 300 else "")
            speakers.append((i, name, name.lower(), None, None, "person", "female" if fem else "male", "name", None, rng.choice(ROLES), None, None, 0, None, now))
        else:
            name = f"{rng.choice(ORGS)} {i}"
            speakers.append((i, name, name.lower(), None, None, "organization", "unknown", None, None, None, None, None, 0, None, now))
    con.execute("BEGIN")
    con.executemany("INSERT INTO speakers (id,name,norm_name,first_norm,surname_norm,type,gender,gender_source,organization,role,role_date,merged_into,name_locked,local_to,created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", speakers)
    con.executemany("INSERT INTO speaker_aliases (speaker_id, alias_norm, alias, manual) VALUES (?,?,?,0)", [(s[0], s[2], s[1]) for s in speakers])
    con.execute("COMMIT")
    # a few speakers are quoted far more often than the rest (as in real news)
    weights = [1.0 / (k + 1) ** 0.8 for k in range(n_speakers)]

    n_articles = n_statements // per_article
    sid = 0
    t0 = time.monotonic()
    batch_a, batch_s, batch_sa, batch_g = [], [], [], []
    # Wire copies, as TT stories run by several outlets: an original is a wire story WIRE_SHARE of the time
    # (a wire group of its own); COPY_SHARE of the articles are copies of a recent wire story in another
    # outlet: the same text and statements, not primary (is_primary 0, the original's cluster), as the
    # store's wire linking leaves them. A wire story nobody copied loses its group at the end.
    wire_recent: list[dict] = []
    n_groups = 0
    n_copies = 0
    for a in range(1, n_articles + 1):
        if wire_recent and rng.random() < COPY_SHARE:
            w = rng.choice(wire_recent)
            outlet = rng.choice([o for o in OUTLETS if o not in w["outlets"]] or OUTLETS)
            w["outlets"].add(outlet)
            n_copies += 1
            sts = []
            for st in w["sts"]:
                sid += 1
                sts.append((sid, a) + st[2:23] + (outlet, st[24], w["group"], st[0], 0))
            url = f"https://www.{outlet}/nyheter/{a}"
            batch_a.append((a, f"url:www.{outlet}/nyheter/{a}", f"a{a}", url, outlet, w["title"], "TT", w["day"] + "T08:00:00+01:00", w["day"], None, "sv", None,
                            w["tags"], w["text"], hashlib.sha1(w["text"].encode()).hexdigest(), 1, "TT", w["group"], per_article, "bench", now))
            batch_s.extend(sts)
            batch_sa.extend((r[0], a) + r[2:] for r in w["sa"])
        else:
            outlet = rng.choice(OUTLETS)
            day = f"20{20 + rng.randint(0, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            who = rng.choices(range(n_speakers), weights=weights, k=3)
            is_wire = rng.random() < WIRE_SHARE
            group = None
            if is_wire:
                n_groups += 1
                group = n_groups
            title = _sentence(rng, 6)
            parts = [title, "\n\n"]
            pos = len(title) + 2
            sts = []
            for k in range(per_article):
                sp = speakers[who[k % 3]]
                content = _sentence(rng, rng.randint(8, 18))
                kind = rng.choice(KINDS)
                cue = rng.choice(CUES)
                lead = "– " if kind == "direct" else ""
                para = f"{lead}{content}, {cue} {sp[1]}.\n\n"
                c0 = pos + len(lead)
                c1 = c0 + len(content)
                q0 = c1 + 2
                m0 = q0 + len(cue) + 1
                sid += 1
                sts.append((sid, a, k, kind, c0, c1, content, q0, q0 + len(cue), cue, m0, m0 + len(sp[1]), sp[1], sp[1], sp[2], sp[5], sp[9], sp[6], sp[7], None, sp[0],
                            "[]", 0.9, outlet, day, group, sid, 1))
                parts.append(para)
                pos += len(para)
            text = "".join(parts)
            tags = json.dumps([rng.choice(TAGS)], ensure_ascii=False)
            url = f"https://www.{outlet}/nyheter/{a}"
            agency = "TT" if is_wire else None
            batch_a.append((a, f"url:www.{outlet}/nyheter/{a}", f"a{a}", url, outlet, title, agency, day + "T08:00:00+01:00", day, None, "sv", None, tags, text,
                            hashlib.sha1(text.encode()).hexdigest(), 1, agency, group, per_article, "bench", now))
            batch_s.extend(sts)
            sa = [(speakers[w][0], a, speakers[w][1], speakers[w][9], None, speakers[w][6], speakers[w][7], day, sum(1 for s in sts if s[20] == speakers[w][0]))
                  for w in set(who)]
            batch_sa.extend(sa)
            if is_wire:
                wire_recent.append({"group": group, "sts": sts, "sa": sa, "title": title, "text": text, "tags": tags, "day": day, "outlets": {outlet}, "article": a})
                del wire_recent[:-WIRE_RECENT]
                batch_g.append((group, a, "TT", 0, now))
        if len(batch_s) >= 100_000 or a == n_articles:
            con.execute("BEGIN")
            con.executemany("INSERT INTO wire_groups (id, canonical_article_id, agency, n_articles, created_at) VALUES (?,?,?,?,?)", batch_g)
            con.executemany(
                "INSERT INTO articles (id,key,ext_id,url,outlet,title,byline,published,published_date,updated,lang,source,tags,text,content_hash,version,agency,wire_group_id,n_statements,extractor,ingested_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch_a)
            con.executemany(
                "INSERT INTO statements (id,article_id,seq,kind,content_start,content_end,content,cue_start,cue_end,cue,mention_start,mention_end,mention,speaker_name,speaker_norm,"
                "speaker_type,speaker_role,speaker_gender,speaker_gender_source,speaker_org,speaker_id,via,confidence,outlet,published_date,wire_group_id,cluster_id,is_primary) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch_s)
            con.executemany("INSERT INTO speaker_articles (speaker_id,article_id,name,role,organization,gender,gender_source,date,n_statements) VALUES (?,?,?,?,?,?,?,?,?)", batch_sa)
            con.execute("COMMIT")
            batch_a, batch_s, batch_sa, batch_g = [], [], [], []
            print(f"  {sid:,} statements ({time.monotonic() - t0:.0f} s)", file=sys.stderr, flush=True)
    # groups as the store keeps them: two members or more, n_articles counted; a lone wire story has none
    con.execute("BEGIN")
    con.execute("UPDATE wire_groups SET n_articles = (SELECT count(*) FROM articles WHERE wire_group_id = wire_groups.id)")
    con.execute("UPDATE articles SET wire_group_id = NULL WHERE wire_group_id IN (SELECT id FROM wire_groups WHERE n_articles < 2)")
    con.execute("UPDATE statements SET wire_group_id = NULL WHERE wire_group_id IN (SELECT id FROM wire_groups WHERE n_articles < 2)")
    con.execute("DELETE FROM wire_groups WHERE n_articles < 2")
    con.execute("COMMIT")
    n_multi = con.execute("SELECT count(*) FROM wire_groups").fetchone()[0]
    print(f"  {n_copies:,} of {n_articles:,} articles are wire copies, in {n_multi:,} wire groups", file=sys.stderr, flush=True)
    print("  rebuilding the full-text index ...", file=sys.stderr, flush=True)
    con.execute("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")
    con.close()
    # put the store's triggers back exactly as the store defines them
    from sqlalchemy import create_engine

    from sagt.store import entity_cols, facets, rollups

    eng = create_engine(f"sqlite:///{db}")
    with eng.begin() as c:
        fts.install(c)
        entity_cols.backfill(c)
        entity_cols.install(c)
        facets.install(c)
        print("  rebuilding the facet index, counting the rollups ...", file=sys.stderr, flush=True)
        facets.rebuild(c)
        rollups.backfill(c)
        rollups.install(c)
    eng.dispose()
    con = sqlite3.connect(db)
    con.execute("ANALYZE")
    con.execute(f"PRAGMA user_version = {BUILD_VERSION}")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"built {sid:,} statements in {n_articles:,} articles in {time.monotonic() - t0:.0f} s", file=sys.stderr)


def n_statements_in(db: str) -> int:
    """Statements in the database ``build`` made at ``db``; 0 when there is none, or another version made it."""
    if not os.path.exists(db):
        return 0
    try:
        con = sqlite3.connect(db)
        n = con.execute("SELECT max(id) FROM statements").fetchone()[0] or 0
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.close()
        return int(n) if version == BUILD_VERSION else 0
    except sqlite3.Error:
        return 0


def url_mix(db: str, n: int, seed: int = 2) -> list[tuple[str, str]]:
    """``n`` (kind, path) requests drawn from the database itself: varied terms, filters and articles.

    Terms come from the full-text index's own vocabulary (``fts5vocab``): the
    topic words journalists type (frequent), words from across the whole
    frequency range, prefixes, two-word queries, phrases cut from stored
    statements, ``OR`` and exclusions. Filters use the stored outlets,
    speakers (weighted as they are quoted), roles, kinds, genders and date
    ranges. Articles are drawn uniformly from every stored article. So the
    list has thousands of distinct URLs: a cache keyed on the URL gains little.
    """
    import urllib.parse

    rng = random.Random(seed)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, statements_fts, row)")
    vocab = [(t, d) for t, d in con.execute("SELECT term, doc FROM temp.vocab") if len(t) > 2 and not t.isdigit()]
    vocab.sort(key=lambda r: -r[1])
    common = [t for t, _ in vocab[:60]]  # topic words (and a few function words)
    anyterm = [t for t, _ in vocab]
    max_article = con.execute("SELECT max(id) FROM articles").fetchone()[0]
    outlets = [r[0] for r in con.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]
    roles = [r[0] for r in con.execute("SELECT DISTINCT role FROM speakers WHERE role IS NOT NULL")]
    spk = [(r[0], r[1]) for r in con.execute(
        "SELECT speaker_id, count(*) FROM statements WHERE speaker_id IS NOT NULL AND id % 20 = 0 GROUP BY speaker_id")]
    max_stmt = con.execute("SELECT max(id) FROM statements").fetchone()[0]
    phrases = []
    for _ in range(300):
        row = con.execute("SELECT content FROM statements WHERE id = ?", (rng.randint(1, max_stmt),)).fetchone()
        words = re.findall(r"\w+", row[0]) if row else []
        if len(words) >= 3:
            i = rng.randint(0, len(words) - 2)
            phrases.append(f'"{words[i]} {words[i + 1]}"')
    con.close()
    spk_ids, spk_w = [s for s, _ in spk], [w for _, w in spk]

    def term() -> str:
        r = rng.random()
        if r < 0.45:
            return rng.choice(common)
        if r < 0.75:
            return rng.choice(anyterm)
        if r < 0.85:
            t = rng.choice(anyterm)
            return t[: rng.randint(3, max(3, min(5, len(t))))] + "*"
        if r < 0.93:
            return rng.choice(phrases)
        if r < 0.97:
            return f"{rng.choice(common)} OR {rng.choice(anyterm)}"
        return f"{rng.choice(common)} -{rng.choice(common)}"

    def query() -> str:
        q = term()
        if rng.random() < 0.25:
            q += " " + rng.choice(anyterm if rng.random() < 0.5 else common)
        return q

    def date_range() -> dict[str, str]:
        y = rng.randint(2020, 2024)
        m = rng.randint(1, 12)
        d = {"since": f"{y}-{m:02d}-01"}
        if rng.random() < 0.6:
            span = rng.choice([1, 3, 6, 12, 24])
            y2, m2 = y + (m - 1 + span) // 12, (m - 1 + span) % 12 + 1
            d["until"] = f"{y2}-{m2:02d}-01"
        return d

    def filters(k: int) -> dict[str, str]:
        out: dict[str, str] = {}
        for _ in range(k):
            r = rng.random()
            if r < 0.22:
                out["outlet"] = rng.choice(outlets)
            elif r < 0.40:
                out["gender"] = rng.choice(["female", "male"])
            elif r < 0.52:
                out["kind"] = rng.choice(["direct", "indirect", "mixed"])
            elif r < 0.70:
                out.update(date_range())
            elif r < 0.85:
                out["speaker"] = str(rng.choices(spk_ids, weights=spk_w)[0])
            elif r < 0.93:
                out["role"] = rng.choice(roles)
            else:
                out["speaker_type"] = rng.choice(["person", "organization"])
        return out

    reqs = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            reqs.append(("article", f"/articles/{rng.randint(1, max_article)}"))
            continue
        if r < 0.7:
            kind, params = "search: text", {"q": query()}
        elif r < 0.85:
            kind, params = "search: filters", filters(rng.choice([1, 1, 2]))
        else:
            kind, params = "search: text+filters", {"q": query(), **filters(rng.choice([1, 1, 2]))}
        x = rng.random()
        if x < 0.1:
            params["order"] = rng.choice(["newest", "oldest"])
        if rng.random() < 0.2:
            params["page"] = str(rng.randint(2, 5))
        reqs.append((kind, "/?" + urllib.parse.urlencode(params)))
    return reqs


async def load(
    port: int, reqs: list[tuple[str, str]], clients: int, seconds: float, max_requests: int, *, keepalive: bool = False
) -> tuple[dict[str, list[float]], list[str], float]:
    """Closed loop: ``clients`` clients, each sends its next request as soon as the last one answered.

    A minimal HTTP/1.1 client on raw asyncio streams (no HTTP library: it
    costs the server's cores as little as possible); client ``k`` walks the
    request list from offset ``k * len / clients``. Each request opens its
    own connection (``Connection: close``) unless ``keepalive``: with
    several server processes a kept-alive connection stays with the process
    that accepted it, so 20 long-lived connections split unevenly (say 14
    and 6) and load one process far more than the other. The connection
    set-up is inside the measured time. Stops at ``seconds`` or
    ``max_requests``, whichever comes first. Returns latencies by kind,
    errors and the wall time.
    """
    lat: dict[str, list[float]] = {}
    errors: list[str] = []
    t0 = time.monotonic()
    deadline = t0 + seconds
    sent = 0
    host = f"127.0.0.1:{port}".encode()
    conn_header = b"" if keepalive else b"\r\nConnection: close"

    async def client(k: int) -> None:
        nonlocal sent
        i = k * len(reqs) // clients
        reader = writer = None
        while time.monotonic() < deadline and sent < max_requests:
            sent += 1
            kind, path = reqs[i % len(reqs)]
            i += 1
            t = time.perf_counter()
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                assert reader is not None
                writer.write(b"GET " + path.encode() + b" HTTP/1.1\r\nHost: " + host + conn_header + b"\r\nAccept-Encoding: identity\r\n\r\n")
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head[9:12])
                m = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
                if m is None:
                    raise OSError("no content-length")
                await reader.readexactly(int(m.group(1)))
                if not keepalive:
                    writer.close()
                    reader = writer = None
            except (OSError, asyncio.IncompleteReadError) as e:
                errors.append(f"{path}: {e!r}")
                if writer is not None:
                    writer.close()
                reader = writer = None
                continue
            dt = (time.perf_counter() - t) * 1000
            if status == 200:
                lat.setdefault(kind, []).append(dt)
            else:
                errors.append(f"{path}: {status}")
        if writer is not None:
            writer.close()

    await asyncio.gather(*[client(k) for k in range(clients)])
    return lat, errors, time.monotonic() - t0


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def summary(xs: list[float]) -> dict[str, float]:
    return {"n": len(xs), "p50_ms": round(statistics.median(xs), 1), "p95_ms": round(pct(xs, 95), 1), "p99_ms": round(pct(xs, 99), 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="/tmp/sagt-bench-web.db", help="SQLite file, built once and reused")
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--requests", type=int, default=20_000, help="stop after this many requests in total")
    ap.add_argument("--workers", type=int, default=2, help="server processes (sagt serve --workers)")
    ap.add_argument("--warmup", type=float, default=5, help="seconds of load (with a different request list) before measuring")
    ap.add_argument("--port", type=int, default=0, help="use a server already running on 127.0.0.1:PORT instead of starting one")
    ap.add_argument("--concurrency", type=int, default=None, help="sagt serve --concurrency (default: the server's default; 0: no admission queue)")
    ap.add_argument("--keepalive", action="store_true", help="one kept-alive connection per client (default: a connection per request)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    a = ap.parse_args()

    if n_statements_in(a.db) != a.statements:
        print(f"building {a.db} with {a.statements:,} statements ...", file=sys.stderr)
        build(a.db, a.statements)
    n_articles = a.statements // 10
    try:
        import uvloop  # the client's event loop: cheaper per request than asyncio's default

        run = uvloop.run
    except ImportError:
        run = asyncio.run

    sys.path.insert(0, str(ROOT / "src"))
    from sagt.web.server import free_port

    reqs = url_mix(a.db, max(a.requests, 2000), seed=2)
    warm = url_mix(a.db, 2000, seed=99)
    port = a.port or free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = None
    if not a.port:
        server = subprocess.Popen(
            [sys.executable, "-m", "sagt.cli", "serve", "--db", a.db, "--host", "127.0.0.1", "--port", str(port), "--workers", str(a.workers), "--log-level", "warning"]
            + ([] if a.concurrency is None else ["--concurrency", str(a.concurrency)]),
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
    loadavg = os.getloadavg()
    try:
        import httpx

        for _ in range(300):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise SystemExit("server did not start: " + (server.stderr.read().decode() if server and server.stderr else ""))
        single = {}
        for path in ("/", "/?q=regeringen", f"/articles/{n_articles // 2}", "/speakers/1", "/speakers", "/dashboard", "/dashboard?gender=female&since=2022-01-01&until=2022-12-31", "/outlets"):
            t = time.perf_counter()
            r = httpx.get(base + path, timeout=300)
            single[path] = ((time.perf_counter() - t) * 1000, r.status_code)
        if a.warmup:
            run(load(port, warm, a.clients, a.warmup, a.requests, keepalive=a.keepalive))
        cpu0 = time.process_time()
        lat, errors, wall = run(load(port, reqs, a.clients, a.seconds, a.requests, keepalive=a.keepalive))
        client_cpu = time.process_time() - cpu0
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)

    if errors:
        print(f"{len(errors)} errors, e.g. {errors[:3]}", file=sys.stderr)
    allv = [x for v in lat.values() for x in v]
    searches = [x for k, v in lat.items() if k.startswith("search") for x in v]
    rows = {k: summary(v) for k, v in sorted(lat.items())}
    rows["search (all)"] = summary(searches)
    rows["all"] = summary(allv)
    done = reqs[: len(allv) + len(errors)]
    result = {
        "statements": a.statements, "clients": a.clients, "workers": a.workers, "concurrency": a.concurrency, "keepalive": a.keepalive, "seconds": round(wall, 1), "errors": len(errors),
        "requests_per_s": round(len(allv) / wall, 1), "distinct_urls": len({p for _, p in done}), "latency": rows,
        "client_cpu_s": round(client_cpu, 1), "client_cpu_share": round(client_cpu / wall, 3), "loadavg_before": [round(x, 2) for x in loadavg],
        "single_request_ms": {k: round(v[0], 1) for k, v in single.items()}, "target_p95_ms": 200, "met": rows["all"]["p95_ms"] < 200,
    }
    if a.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{a.statements:,} statements · {a.clients} clients · {a.workers} server worker(s) · concurrency {'default' if a.concurrency is None else a.concurrency} · {wall:.0f} s · {result['requests_per_s']} req/s · "
          f"{len(errors)} errors · {result['distinct_urls']} distinct URLs · client CPU {client_cpu:.1f} s ({100 * client_cpu / wall:.0f} % of a core) · "
          f"load before {loadavg[0]:.2f}")
    print(f"{'request':24} {'n':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for k, v in rows.items():
        print(f"{k:24} {v['n']:>7} {v['p50_ms']:>8} {v['p95_ms']:>8} {v['p99_ms']:>8}")
    print("first (cold) single requests: " + ", ".join(f"{k} {v:.0f} ms" for k, v in result["single_request_ms"].items()))
    print(f"target p95 < 200 ms: {'met' if result['met'] else 'NOT met'}")


if __name__ == "__main__":
    main()
