"""Throughput of the Spark job on local[1] and local[2]: articles per second and the scaling factor.

    .venv/bin/python benchmarks/bench_spark.py --articles 10000 --files 8

Generates a corpus of invented Swedish local-news articles (JSON Lines,
about a tenth of them run by three outlets as wire copies), runs the whole
job (read, extract, versions, wire groups, speaker registry, write) once per
master in a fresh SparkSession, and prints per run: end-to-end articles/s,
the rate of the extraction stage alone, and the stage timings; then the
scaling factor local[2] / local[1]. ``--json`` prints the figures as JSON.
The per-core rate is the input of the 100M-article plan in docs/spark.md.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Anna", "Karin", "Lena", "Sara", "Elin", "Erik", "Lars", "Johan", "Anders", "Magnus", "Oskar", "Nils", "Ebba", "Tove", "Ali", "Leila"]
LAST = ["Lindqvist", "Bergström", "Holmberg", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Hedlund", "Öberg",
        "Strand", "Ekström", "Nyberg", "Lund", "Kaya", "Rahimi", "Virtanen", "Berg", "Falk", "Dahl"]
ROLES = [("kommunalrådet", "kommunalråd"), ("ordföranden", "ordförande"), ("professorn", "professor"), ("rektorn", "rektor"),
         ("presschefen", "presschef"), ("åklagaren", "åklagare"), ("förbundskaptenen", "förbundskapten"), ("biskopen", "biskop")]
PLACES = ["Västerås", "Umeå", "Luleå", "Växjö", "Gävle", "Kalmar", "Borås", "Sundsvall", "Östersund", "Falun", "Örebro", "Karlstad"]
THINGS = ["skolan", "badhuset", "vårdcentralen", "busslinjen", "biblioteket", "idrottshallen", "bron", "hamnen", "elnätet", "äldreboendet"]
VERBS = ["renoveras", "stängs", "byggs om", "flyttas", "läggs ned", "byggs ut"]
QUOTES = ["Vi måste ta ansvar för framtiden", "Det här är ett viktigt beslut för hela kommunen", "Jag är besviken på hur processen har skötts",
          "Vi har lyssnat på invånarna", "Det finns inga enkla lösningar", "Pengarna räcker inte till allt", "Ingen ska behöva oroa sig",
          "Vi kommer att följa upp arbetet noga", "Det är glädjande att så många har engagerat sig", "Beslutet kom alldeles för sent"]
OUTLETS = ["vlt.se", "vk.se", "kuriren.nu", "smp.se", "gd.se", "barometern.se", "bt.se", "st.nu", "nt.se", "dt.se"]


SUBJ = ["Kommunen", "Regionen", "Styrelsen", "Nämnden", "Bolaget", "Föreningen", "Länsstyrelsen", "Skolledningen", "Polisen",
        "Räddningstjänsten", "Fastighetsägaren", "Byggnadsnämnden", "Majoriteten", "Oppositionen", "Förvaltningen", "Hyresgästerna",
        "Trafikverket", "Kyrkan", "Idrottsföreningen", "Näringslivet"]
VERB = ["planerar", "överväger", "har beslutat", "vill", "utreder", "föreslår", "kräver", "motsätter sig", "skjuter upp", "avvaktar med",
        "prioriterar", "satsar på", "drar ned på", "tar ställning till", "förhandlar om"]
OBJ = ["en ny gång- och cykelväg", "fler platser i förskolan", "en upprustning av hamnen", "nya laddstolpar", "ett större kulturhus",
       "längre öppettider på biblioteket", "en flytt av brandstationen", "tätare turer med pendeltåget", "en ny idrottsplats",
       "renoveringen av simhallen", "ett tillfälligt bevattningsförbud", "en ny detaljplan för centrum", "sänkt hastighet på infarten",
       "ett nytt reningsverk", "fler trygghetsvärdar", "en utbyggnad av fibernätet", "nedläggningen av byskolan", "en ny bussdepå",
       "fler bostäder för studenter", "en satsning på sommarjobb"]
WHEN = ["redan i höst", "under nästa år", "inom fem år", "före valet", "efter sommaren", "till vintern", "så snart som möjligt",
        "under våren", "i början av december", "efter årsskiftet", "när budgeten är klar", "senast till jul", "under mandatperioden"]
WHY = ["kostnaderna har stigit kraftigt", "invånarna har klagat i flera år", "staten har dragit in bidraget", "befolkningen växer snabbt",
       "den gamla anläggningen är i dåligt skick", "det saknas personal", "räntorna har gått upp", "olyckorna har blivit fler",
       "en ny lag börjar gälla", "flera företag vill etablera sig", "skolorna är överfulla", "elpriset har stigit",
       "underhållet har eftersatts", "turismen ökar", "grundvattnet sjunker"]


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)} {rng.choice(WHEN)} "
            f"{rng.choice(['eftersom', 'då', 'i och med att', 'med tanke på att', 'trots att'])} {rng.choice(WHY)}.")


def article(i: int) -> dict:
    rng = random.Random(i)
    place, thing, verb = rng.choice(PLACES), rng.choice(THINGS), rng.choice(VERBS)
    f1, s1, f2, s2 = rng.choice(FIRST), rng.choice(LAST), rng.choice(FIRST), rng.choice(LAST)
    r1, r2 = rng.choice(ROLES), rng.choice(ROLES)
    q1, q2, q3 = rng.sample(QUOTES, 3)
    title = f"{thing.capitalize()} i {place} {verb}"
    paras = [
        title,
        f"Beskedet om att {thing} i {place} {verb} kom efter ett extra sammanträde, ärende {i}. " + sentence(rng) + " " + sentence(rng),
        f"– {q1}. {q2}, säger {r1[0]} {f1} {s1}.",
        f"{s1} menar att kostnaden på {rng.randint(3, 900)} miljoner kronor är rimlig. " + sentence(rng),
        f"Alla håller inte med. {f2} {s2}, som är {r2[1]} i {place}, anser att beslutet fattades för snabbt. " + sentence(rng),
        f"– {q3}, säger {s2}.",
        sentence(rng) + " " + sentence(rng),
    ]
    return {
        "id": f"bench-{i}",
        "url": f"https://www.{rng.choice(OUTLETS)}/nyheter/{place.lower()}/artikel-{i}",
        "title": title,
        "text": "\n\n".join(paras) + "\n",
        "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00+01:00",
    }


def corpus(n: int) -> list[dict]:
    out = []
    i = 0
    while len(out) < n:
        a = article(i)
        out.append(a)
        if i % 30 == 0:  # a wire story: two more outlets, own headlines, one trims the last paragraph
            for k, outlet in enumerate(("tt-kopia-a.se", "tt-kopia-b.se")):
                text = a["text"].split("\n\n")
                text[0] = f"{a['title']} – {['nu klart', 'beskedet'][k]}"
                if k:
                    text = text[:-1]
                out.append(dict(a, id=f"{a['id']}-{outlet}", url=f"https://www.{outlet}/{a['id']}", title=text[0],
                                text="\n\n".join(text) + "\n", byline="TT"))
        i += 1
    return out[:n]


def write(folder: Path, records: list[dict], files: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for f in range(files):
        p = folder / f"part-{f:03d}.jsonl"
        with open(p, "w", encoding="utf-8") as fh:
            for r in records[f::files]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        paths.append(str(p))
    return paths


def run(master: str, inputs: list[str], out: Path, partitions: int) -> dict:
    from sagt.spark.job import make_session, run_job

    spark = make_session(master, app_name=f"sagt-bench-{master}", shuffle_partitions=partitions,
                         conf={"spark.driver.memory": "4g"})
    try:
        # warm the JVM and the Python workers as a long job would be
        spark.sparkContext.parallelize(range(partitions), partitions).map(lambda x: x).count()
        t = time.perf_counter()
        report = run_job(spark, inputs, str(out), partitions=partitions, overwrite=True, log=lambda m: None)
        wall = time.perf_counter() - t
    finally:
        spark.stop()
        time.sleep(2)
    extract = report["timings"]["read_extract"]
    return {
        "master": master,
        "articles": report["articles"],
        "statements": report["statements"],
        "speakers": report["speakers"],
        "wire_groups": report["wire_groups"],
        "seconds": round(wall, 2),
        "articles_per_second": round(report["articles"] / wall, 1),
        "extract_articles_per_second": round(report["articles"] / extract, 1),
        "timings": report["timings"],
        "pipeline": report["pipeline"],
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--files", type=int, default=8)
    p.add_argument("--masters", default="local[1],local[2]")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sagt-bench-spark-"))
    try:
        inputs = write(tmp / "in", corpus(args.articles), args.files)
        results = []
        for master in args.masters.split(","):
            cores = int(master.split("[")[1].rstrip("]")) if "[" in master and master[6:-1].isdigit() else 2
            r = run(master, inputs, tmp / f"out-{len(results)}", partitions=max(args.files, 2 * cores))
            results.append(r)
            if not args.json:
                print(f"{master}: {r['articles']} articles, {r['statements']} statements, {r['speakers']} speakers, "
                      f"{r['wire_groups']} wire groups in {r['seconds']} s = {r['articles_per_second']} articles/s end to end, "
                      f"{r['extract_articles_per_second']} articles/s in the extraction stage; stages {r['timings']}", flush=True)
        summary = {"results": results}
        if len(results) >= 2:
            summary["scaling"] = round(results[1]["articles_per_second"] / results[0]["articles_per_second"], 2)
            summary["scaling_extract"] = round(results[1]["extract_articles_per_second"] / results[0]["extract_articles_per_second"], 2)
        if args.json:
            print(json.dumps(summary, ensure_ascii=False))
        elif "scaling" in summary:
            print(f"scaling {results[1]['master']} / {results[0]['master']}: {summary['scaling']}x end to end, "
                  f"{summary['scaling_extract']}x extraction stage")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
