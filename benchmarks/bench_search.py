"""Search latency over a large SQLite store.

    .venv/bin/python benchmarks/bench_search.py                 # 1,000,000 statements
    .venv/bin/python benchmarks/bench_search.py --n 200000 --db /tmp/s.db --queries 300

Builds (once; reused when --db exists with enough rows) a store of synthetic
statements in realistic Swedish news vocabulary with bulk inserts, then
times ``sagt.store.queries.search`` (the code path of ``sagt search`` and
the web app, including loading the hits) for a mix of queries: common and
rare words, prefixes, phrases, OR, exclusions, and filters (speaker,
outlet, dates, gender). Prints p50/p95/p99 in milliseconds. Target: p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import func, select  # noqa: E402

from sagt.store import Filters, open_store  # noqa: E402
from sagt.store.db import read_conn, write_tx  # noqa: E402
from sagt.store.queries import search  # noqa: E402
from sagt.store.schema import statements  # noqa: E402

SUBJ = ["Vi", "Regeringen", "Kommunen", "Polisen", "Jag", "Ingen", "Facket", "Skolan", "Företaget", "Landet", "Partiet", "Sjukhuset", "Styrelsen", "Myndigheten", "Ryssland", "Nato", "EU", "Förbundet"]
VERB = ["måste", "vill", "kommer att", "ska", "kan inte", "har beslutat att", "tänker", "borde", "försöker", "lovar att", "vägrar att", "hoppas kunna"]
INF = ["förhandla om", "satsa på", "utreda", "sänka", "höja", "stoppa", "bygga", "granska", "stänga", "försvara", "förbättra", "skydda", "minska", "öka", "se över", "diskutera", "ta ansvar för", "investera i"]
OBJ = [
    "skatten", "lönerna", "elpriset", "vården", "skolan", "tryggheten", "klimatet", "bostäderna", "försvaret", "järnvägen", "budgeten", "avtalet", "pensionerna",
    "kollektivtrafiken", "vindkraften", "polisens resurser", "äldreomsorgen", "integrationen", "arbetslösheten", "inflationen", "räntan", "sjukvården i regionen",
    "förskolan", "flyktingmottagandet", "gränskontrollerna", "sanktionerna", "vapenexporten", "jordbruket", "skogsbruket", "fisket i Östersjön",
]
ADV = ["i år", "nästa år", "så snart som möjligt", "under hösten", "i hela landet", "på lång sikt", "redan i dag", "efter valet", "tillsammans med oppositionen", "utan att höja skatten", "trots kritiken", "i väntan på beskedet"]
TAIL = ["Det är vårt ansvar.", "Det finns inga genvägar.", "Vi har inget val.", "Det handlar om förtroende.", "Frågan är avgörande för framtiden.", "Beslutet är historiskt.", "Läget är allvarligt.", ""]
FIRST = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Magnus", "Ingrid", "Nils", "Elin", "Oskar", "Helena", "Gustav", "Ebba", "Henrik"]
LAST = ["Lindqvist", "Bergström", "Holmberg", "Sandberg", "Lundgren", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson", "Håkansson", "Lundin", "Björk", "Fransson", "Nyström", "Åberg", "Hedlund", "Öberg", "Strand", "Ekström", "Andersson", "Karlsson", "Nilsson", "Eriksson", "Larsson"]
OUTLETS = ["svt.se", "dn.se", "svd.se", "aftonbladet.se", "expressen.se", "gp.se", "sydsvenskan.se", "sr.se", "vlt.se", "unt.se", "hd.se", "nt.se"]


def sentence(rng: random.Random) -> str:
    s = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(INF)} {rng.choice(OBJ)} {rng.choice(ADV)}."
    return (s + " " + rng.choice(TAIL)).strip()


def build(db: str, n: int, per_article: int = 8, seed: int = 7) -> None:
    """Bulk-load ``n`` statements (``per_article`` per article) and a speaker registry."""
    rng = random.Random(seed)
    store = open_store(db)
    people = [(f, l) for f in FIRST for l in LAST]
    t0 = time.perf_counter()
    with write_tx(store.engine) as c:
        c.exec_driver_sql(
            "INSERT INTO speakers (id, name, norm_name, first_norm, surname_norm, type, gender, gender_source, name_locked, created_at) VALUES (?,?,?,?,?,?,?,?,0,'2024-01-01')",
            [(k + 1, f"{f} {l}", f"{f} {l}".lower(), f.lower(), l.lower(), "person", rng.choice(["female", "male"]), "pronoun") for k, (f, l) in enumerate(people)],
        )
        c.exec_driver_sql(
            "INSERT INTO speaker_aliases (speaker_id, alias_norm, alias, manual) VALUES (?,?,?,0)",
            [(k + 1, f"{f} {l}".lower(), f"{f} {l}") for k, (f, l) in enumerate(people)],
        )
    n_articles = n // per_article
    chunk = 2000
    for a0 in range(0, n_articles, chunk):
        arts, sts = [], []
        for a in range(a0, min(a0 + chunk, n_articles)):
            day = f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            outlet = rng.choice(OUTLETS)
            texts = [sentence(rng) for _ in range(per_article)]
            body = "\n\n".join(f"– {t}" for t in texts)
            arts.append((a + 1, f"id:bench-{a}", f"bench-{a}", f"https://www.{outlet}/a/{a}", outlet, f"Artikel {a}", day, day, "sv", "[]", body, f"h{a}", 1, per_article, "2024-01-01"))
            pos = 0
            for k, t in enumerate(texts):
                sid = rng.randrange(len(people)) + 1
                f, l = people[sid - 1]
                st_id = a * per_article + k + 1
                sts.append((st_id, a + 1, k, rng.choice(["direct", "direct", "indirect", "mixed"]), pos + 2, pos + 2 + len(t), t, f"{f} {l}", f"{f} {l}".lower(), "person", "unknown", sid, "[]", 0.8, outlet, day, st_id, 1))
                pos += len(t) + 4
        with write_tx(store.engine) as c:
            c.exec_driver_sql(
                "INSERT INTO articles (id, key, ext_id, url, outlet, title, published, published_date, lang, tags, text, content_hash, version, n_statements, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                arts,
            )
            c.exec_driver_sql(
                "INSERT INTO statements (id, article_id, seq, kind, content_start, content_end, content, speaker_name, speaker_norm, speaker_type, speaker_gender, speaker_id, via, confidence, outlet, published_date, cluster_id, is_primary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                sts,
            )
        done = min(a0 + chunk, n_articles) * per_article
        print(f"\rbuilt {done:,} statements ({done / (time.perf_counter() - t0):,.0f}/s)", end="", file=sys.stderr)
    with write_tx(store.engine) as c:
        c.exec_driver_sql("INSERT INTO statements_fts(statements_fts) VALUES ('optimize')")
        c.exec_driver_sql("ANALYZE")
    print(f"\nbuilt in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    store.close()


def workload(rng: random.Random, k: int) -> list[tuple[str, Filters]]:
    words = ["skatten", "förhandl*", "elpriset", "\"ta ansvar\"", "vården OR skolan", "klimat*", "försvaret -nato", "ansvar", "Östersjön", "pension*", "historiskt", "inflationen räntan", "förtroende", "\"inga genvägar\"", "bostäder*", "äldreomsorgen"]
    out = []
    for _ in range(k):
        q = rng.choice(words)
        f = Filters()
        r = rng.random()
        if r < 0.2:
            f.speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif r < 0.35:
            f.outlet = rng.choice(OUTLETS)
        elif r < 0.5:
            y = rng.randint(19, 24)
            f.since, f.until = f"20{y}-01-01", f"20{y}-06-30"
        elif r < 0.6:
            f.gender = rng.choice(["female", "male"])
        elif r < 0.65:
            q = ""
            f.speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        out.append((q, f))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000, help="statements in the store")
    ap.add_argument("--db", default="/tmp/sagt-bench-search.db")
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--order", default="relevance", choices=["relevance", "newest"])
    args = ap.parse_args()
    store = open_store(args.db)
    with read_conn(store.engine) as c:
        have = c.execute(select(func.count()).select_from(statements)).scalar() or 0
    store.close()
    if have < args.n:
        if have:
            sys.exit(f"{args.db} has {have} statements; remove it to rebuild with {args.n}")
        build(args.db, args.n)
    store = open_store(args.db)
    rng = random.Random(1)
    lat: list[float] = []
    hits = 0
    with read_conn(store.engine) as c:
        for q, f in workload(rng, 20):  # warm the page cache
            search(c, q, f, limit=20, order=args.order)
        for q, f in workload(rng, args.queries):
            t = time.perf_counter()
            page = search(c, q, f, limit=20, order=args.order)
            lat.append((time.perf_counter() - t) * 1000)
            hits += len(page.hits)
    lat.sort()
    pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))]  # noqa: E731
    result = {
        "statements": max(have, args.n),
        "queries": len(lat),
        "order": args.order,
        "p50_ms": round(pct(50), 2),
        "p95_ms": round(pct(95), 2),
        "p99_ms": round(pct(99), 2),
        "mean_ms": round(statistics.mean(lat), 2),
        "mean_hits": round(hits / len(lat), 1),
    }
    print(json.dumps(result))
    store.close()


if __name__ == "__main__":
    main()
