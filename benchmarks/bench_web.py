"""Load test of the web app on loopback: a synthetic store of N statements, 20 concurrent clients.

    .venv/bin/python benchmarks/bench_web.py --db /tmp/bench-web.db --statements 1000000 --seconds 30

Builds the database once (cached at ``--db``; rebuilt if it holds a different
size) by bulk inserts through the store's own schema (``open_store`` creates
the tables; rows go in with ``executemany`` in big transactions; the FTS
index is rebuilt once at the end), starts ``sagt serve`` on 127.0.0.1 in a
subprocess, and runs ``--clients`` asyncio+httpx clients for ``--seconds``
(or ``--requests`` in total, whichever comes first) against search pages
(full text, filters, both) and article pages. Reports p50/p95/p99 latency
per kind of request. Target: p95 < 200 ms. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
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
    triggers = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'statements_fts_%'")]
    for t in triggers:  # bulk load, then one FTS rebuild (much faster than a trigger per row)
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
    batch_a, batch_s, batch_sa = [], [], []
    for a in range(1, n_articles + 1):
        outlet = rng.choice(OUTLETS)
        day = f"20{20 + rng.randint(0, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        who = rng.choices(range(n_speakers), weights=weights, k=3)
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
                        "[]", 0.9, outlet, day, None, sid, 1))
            parts.append(para)
            pos += len(para)
        text = "".join(parts)
        tags = json.dumps([rng.choice(TAGS)], ensure_ascii=False)
        url = f"https://www.{outlet}/nyheter/{a}"
        batch_a.append((a, f"url:www.{outlet}/nyheter/{a}", f"a{a}", url, outlet, title, None, day + "T08:00:00+01:00", day, None, "sv", None, tags, text,
                        hashlib.sha1(text.encode()).hexdigest(), 1, None, None, per_article, "bench", now))
        batch_s.extend(sts)
        for w in set(who):
            batch_sa.append((speakers[w][0], a, speakers[w][1], speakers[w][9], None, speakers[w][6], speakers[w][7], day, sum(1 for s in sts if s[20] == speakers[w][0])))
        if len(batch_s) >= 100_000 or a == n_articles:
            con.execute("BEGIN")
            con.executemany(
                "INSERT INTO articles (id,key,ext_id,url,outlet,title,byline,published,published_date,updated,lang,source,tags,text,content_hash,version,agency,wire_group_id,n_statements,extractor,ingested_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch_a)
            con.executemany(
                "INSERT INTO statements (id,article_id,seq,kind,content_start,content_end,content,cue_start,cue_end,cue,mention_start,mention_end,mention,speaker_name,speaker_norm,"
                "speaker_type,speaker_role,speaker_gender,speaker_gender_source,speaker_org,speaker_id,via,confidence,outlet,published_date,wire_group_id,cluster_id,is_primary) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch_s)
            con.executemany("INSERT INTO speaker_articles (speaker_id,article_id,name,role,organization,gender,gender_source,date,n_statements) VALUES (?,?,?,?,?,?,?,?,?)", batch_sa)
            con.execute("COMMIT")
            batch_a, batch_s, batch_sa = [], [], []
            print(f"  {sid:,} statements ({time.monotonic() - t0:.0f} s)", file=sys.stderr, flush=True)
    print("  rebuilding the full-text index ...", file=sys.stderr, flush=True)
    con.execute("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")
    con.close()
    # put the store's triggers back exactly as the store defines them
    from sqlalchemy import create_engine

    eng = create_engine(f"sqlite:///{db}")
    with eng.begin() as c:
        fts.install(c)
    eng.dispose()
    con = sqlite3.connect(db)
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"built {sid:,} statements in {n_articles:,} articles in {time.monotonic() - t0:.0f} s", file=sys.stderr)


def n_statements_in(db: str) -> int:
    try:
        con = sqlite3.connect(db)
        n = con.execute("SELECT max(id) FROM statements").fetchone()[0] or 0
        con.close()
        return int(n)
    except sqlite3.Error:
        return 0


def _requests(rng: random.Random, n_articles: int, speaker_ids: int) -> tuple[str, str]:
    """(kind, path) of one random request."""
    r = rng.random()
    if r < 0.5:
        return "article", f"/articles/{rng.randint(1, n_articles)}"
    if r < 0.7:
        q = rng.choice(REAL) + ("*" if rng.random() < 0.3 else "")
        if rng.random() < 0.3:
            q += " " + rng.choice(REAL)
        return "search: text", f"/?q={q}" + (f"&page={rng.randint(2, 5)}" if rng.random() < 0.2 else "")
    if r < 0.85:
        f = rng.choice([f"outlet={rng.choice(OUTLETS)}", f"gender={rng.choice(['female', 'male'])}", "kind=indirect",
                        f"since=2023-{rng.randint(1, 12):02d}-01", f"speaker={rng.randint(1, speaker_ids)}", "speaker_type=organization"])
        return "search: filters", f"/?{f}"
    q = rng.choice(REAL)
    f = rng.choice([f"outlet={rng.choice(OUTLETS)}", f"gender={rng.choice(['female', 'male'])}", f"since=2022-{rng.randint(1, 12):02d}-01&until=2023-06-30"])
    return "search: text+filters", f"/?q={q}&{f}"


async def load(base: str, clients: int, seconds: float, max_requests: int, n_articles: int, n_speakers: int, seed: int = 2) -> dict[str, list[float]]:
    import httpx

    assert base.startswith("http://127.0.0.1:"), "the load test only talks to 127.0.0.1"
    lat: dict[str, list[float]] = {}
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    sent = 0

    async def client(k: int) -> None:
        nonlocal sent
        rng = random.Random(seed * 1000 + k)
        async with httpx.AsyncClient(base_url=base, timeout=30.0) as c:
            while time.monotonic() < deadline and sent < max_requests:
                sent += 1
                kind, path = _requests(rng, n_articles, n_speakers)
                t = time.perf_counter()
                try:
                    r = await c.get(path)
                    ok = r.status_code == 200
                except httpx.HTTPError as e:
                    ok, r = False, None
                    errors.append(f"{path}: {e!r}")
                dt = (time.perf_counter() - t) * 1000
                if ok:
                    lat.setdefault(kind, []).append(dt)
                elif r is not None:
                    errors.append(f"{path}: {r.status_code}")

    await asyncio.gather(*[client(k) for k in range(clients)])
    if errors:
        print(f"{len(errors)} errors, e.g. {errors[:3]}", file=sys.stderr)
    lat["_errors"] = [float(len(errors))]
    return lat


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="/tmp/sagt-bench-web.db", help="SQLite file, built once and reused")
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--requests", type=int, default=20_000, help="stop after this many requests in total")
    ap.add_argument("--workers", type=int, default=1, help="server processes (sagt serve --workers)")
    ap.add_argument("--warmup", type=float, default=3, help="seconds of load before measuring (fills OS and SQLite caches)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    a = ap.parse_args()

    if n_statements_in(a.db) != a.statements:
        print(f"building {a.db} with {a.statements:,} statements ...", file=sys.stderr)
        build(a.db, a.statements)
    n_articles = a.statements // 10
    n_speakers = max(50, a.statements // 200)

    sys.path.insert(0, str(ROOT / "src"))
    from sagt.web.server import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen(
        [sys.executable, "-m", "sagt.cli", "serve", "--db", a.db, "--host", "127.0.0.1", "--port", str(port), "--workers", str(a.workers), "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        import httpx

        for _ in range(300):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise SystemExit("server did not start: " + (server.stderr.read().decode() if server.stderr else ""))
        single = {}
        for path in ("/", "/?q=regeringen", f"/articles/{n_articles // 2}", "/speakers/1", "/dashboard", "/outlets"):
            t = time.perf_counter()
            r = httpx.get(base + path, timeout=300)
            single[path] = ((time.perf_counter() - t) * 1000, r.status_code)
        if a.warmup:
            asyncio.run(load(base, a.clients, a.warmup, a.requests, n_articles, n_speakers, seed=99))
        t0 = time.monotonic()
        lat = asyncio.run(load(base, a.clients, a.seconds, a.requests, n_articles, n_speakers))
        wall = time.monotonic() - t0
    finally:
        server.terminate()
        server.wait(timeout=20)

    n_err = int(lat.pop("_errors")[0])
    allv = [x for v in lat.values() for x in v]
    rows = {k: {"n": len(v), "p50_ms": round(statistics.median(v), 1), "p95_ms": round(pct(v, 95), 1), "p99_ms": round(pct(v, 99), 1)} for k, v in sorted(lat.items())}
    rows["all"] = {"n": len(allv), "p50_ms": round(statistics.median(allv), 1), "p95_ms": round(pct(allv, 95), 1), "p99_ms": round(pct(allv, 99), 1)}
    result = {
        "statements": a.statements, "clients": a.clients, "workers": a.workers, "seconds": round(wall, 1), "errors": n_err,
        "requests_per_s": round(len(allv) / wall, 1), "latency": rows,
        "single_request_ms": {k: round(v[0], 1) for k, v in single.items()}, "target_p95_ms": 200, "met": rows["all"]["p95_ms"] < 200,
    }
    if a.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{a.statements:,} statements · {a.clients} clients · {a.workers} server worker(s) · {wall:.0f} s · {result['requests_per_s']} req/s · {n_err} errors")
    print(f"{'request':24} {'n':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for k, v in rows.items():
        print(f"{k:24} {v['n']:>7} {v['p50_ms']:>8} {v['p95_ms']:>8} {v['p99_ms']:>8}")
    print("first (cold) single requests: " + ", ".join(f"{k} {v:.0f} ms" for k, v in result["single_request_ms"].items()))
    print(f"target p95 < 200 ms: {'met' if result['met'] else 'NOT met'}")


if __name__ == "__main__":
    main()
