"""A demo corpus: invented Swedish news for the web tests, screenshots and benchmarks (written for sagt; all people are made up).

``build_db(path)`` ingests them, plus the reference article, through the
store's public API (:func:`sagt.extract` then :meth:`Store.store`).
"""

from __future__ import annotations

import random
from pathlib import Path

import sagt
from sagt.store import open_store

SEED = Path(__file__).resolve().parents[4] / "shared" / "seed" / "svt-putin-scholz.txt"
if not SEED.exists():
    SEED = Path("/work/shared/seed/svt-putin-scholz.txt")

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'
XSS_ATTR = '" onmouseover="window.__pwned=1'

ARTICLES: list[dict] = [
    {
        "id": "dn-skola-1",
        "outlet": "dn.se",
        "published": "2024-01-15T08:00:00+01:00",
        "tags": ["Skola", "Politik"],
        "text": (
            "Skolministern: ”Vi måste ge lärarna mer tid”\n\n"
            "Regeringen vill minska lärarnas administration med en tredjedel. Förslaget presenterades på måndagen.\n\n"
            "– Vi måste ge lärarna mer tid för undervisningen. Det är det viktigaste vi kan göra för eleverna, säger skolminister Karin Lindqvist.\n\n"
            "Lärarförbundets ordförande Johan Holmberg är positiv men varnar för att pengarna inte räcker.\n\n"
            "– Det är ett steg i rätt riktning, men kommunerna behöver mer resurser, säger Johan Holmberg.\n\n"
            "Enligt Skolverket lägger en lärare i genomsnitt nio timmar i veckan på administration.\n"
        ),
    },
    {
        "id": "svd-skola-2",
        "outlet": "svd.se",
        "published": "2024-02-03T10:30:00+01:00",
        "tags": ["Skola"],
        "text": (
            "Rektorer kritiska till nya betygsreglerna\n\n"
            "Flera rektorer är kritiska till de nya reglerna för betyg som införs i höst.\n\n"
            "– Reglerna kommer att öka stressen för eleverna, säger rektor Maria Sandberg i Umeå.\n\n"
            "Skolminister Karin Lindqvist menar att reglerna gör betygen mer rättvisa.\n\n"
            "– Alla elever ska bedömas på samma sätt i hela landet, säger hon.\n"
        ),
    },
    {
        "id": "gp-vard-1",
        "outlet": "gp.se",
        "published": "2024-02-20T07:15:00+01:00",
        "tags": ["Vård"],
        "text": (
            "Akuten i Göteborg överbelastad\n\n"
            "Väntetiderna på akuten har aldrig varit längre, enligt regionens egen statistik.\n\n"
            "– Vi har för få sjuksköterskor för att klara trycket i vinter, säger överläkare Erik Nyström.\n\n"
            "Regionrådet Anna Forsberg lovar att fler tjänster ska tillsättas under våren.\n\n"
            "– Vi har redan anställt fyrtio nya sjuksköterskor, säger Anna Forsberg.\n"
        ),
    },
    {
        "id": "dn-vard-2",
        "outlet": "dn.se",
        "published": "2024-03-11T09:00:00+01:00",
        "tags": ["Vård", "Politik"],
        "text": (
            "Socialministern vill korta vårdköerna\n\n"
            "Regeringen ger regionerna tre miljarder kronor för att korta köerna i vården.\n\n"
            "– Ingen ska behöva vänta ett år på en operation, säger socialminister Per Engström.\n\n"
            "Oppositionen menar att pengarna kommer för sent. Socialdemokraternas vårdpolitiska talesperson Sara Ekström är kritisk.\n\n"
            "– Det här är ett plåster på ett öppet sår, säger Sara Ekström.\n\n"
            "Enligt Sveriges Kommuner och Regioner behövs minst det dubbla.\n"
        ),
    },
    {
        "id": "svd-klimat-1",
        "outlet": "svd.se",
        "published": "2024-03-28T12:00:00+01:00",
        "tags": ["Klimat"],
        "text": (
            "Forskare: ”Utsläppen måste halveras”\n\n"
            "En ny rapport visar att Sveriges utsläpp minskar för långsamt.\n\n"
            "– Utsläppen måste halveras inom tio år om vi ska nå målen, säger klimatforskaren Lena Wallin vid Lunds universitet.\n\n"
            "Klimatminister Per Engström säger att regeringen tar rapporten på största allvar.\n\n"
            "Naturskyddsföreningen skriver i ett pressmeddelande att regeringens politik går åt fel håll.\n"
        ),
    },
    {
        "id": "gp-klimat-2",
        "outlet": "gp.se",
        "published": "2024-04-09T16:45:00+01:00",
        "tags": ["Klimat", "Politik"],
        "text": (
            "Ny vindkraftspark får klartecken\n\n"
            "Länsstyrelsen har gett klartecken till en vindkraftspark med trettio verk utanför Kungälv.\n\n"
            "– Det här ger el till fyrtiotusen hushåll, säger projektledaren Oskar Lundin.\n\n"
            "Många boende är kritiska. Ingrid Åberg, som bor nära platsen, oroar sig för bullret.\n\n"
            "– Ingen har frågat oss som bor här, säger Ingrid Åberg.\n"
        ),
    },
    {
        "id": "dn-ekonomi-1",
        "outlet": "dn.se",
        "published": "2024-04-22T06:30:00+01:00",
        "tags": ["Ekonomi"],
        "text": (
            "Riksbanken sänker räntan\n\n"
            "Riksbanken sänker styrräntan med en kvarts procentenhet.\n\n"
            "– Inflationen är nu nära målet och vi kan börja sänka räntan, säger riksbankschefen Magnus Hedlund.\n\n"
            "Ekonomen Helena Björk tror att fler sänkningar kommer i höst.\n\n"
            "– Hushållen kommer att märka skillnaden redan i sommar, säger Helena Björk.\n"
        ),
    },
]


def xss_article() -> dict:
    """An article whose text and quotes try to run script in the page (must be shown literally)."""
    return {
        "id": "xss-test",
        "outlet": "evil.example",
        "published": "2024-05-02T08:00:00+01:00",
        "tags": ["Säkerhet"],
        "text": (
            f"Hackare testar sajten {XSS_SCRIPT}\n\n"
            f"Texten innehåller {XSS_IMG} och mer.\n\n"
            f"– Vi skriver {XSS_SCRIPT} och {XSS_IMG} i citatet, säger säkerhetsexperten Malin Strand.\n\n"
            f"– Och här är {XSS_ATTR} mitt i ett citat, säger Malin Strand.\n"
        ),
    }


def generated(n: int, seed: int = 7) -> list[dict]:
    """More small articles over several months, so charts and pagination have something to show."""
    rng = random.Random(seed)
    people = [
        ("Karin Lindqvist", "skolminister"), ("Johan Holmberg", "ordförande"), ("Anna Forsberg", "regionråd"),
        ("Per Engström", "socialminister"), ("Sara Ekström", "talesperson"), ("Magnus Hedlund", "riksbankschef"),
        ("Helena Björk", "ekonom"), ("Lars Danielsson", "kommunalråd"), ("Eva Fransson", "professor"),
    ]
    quotes = [
        "Vi måste ta ansvar för framtiden", "Det här är ett viktigt beslut för hela landet",
        "Jag är besviken på hur processen har skötts", "Det finns inga enkla lösningar",
        "Pengarna räcker helt enkelt inte till allt", "Vi kommer att följa upp arbetet noga",
    ]
    outlets = ["dn.se", "svd.se", "gp.se", "sydsvenskan.se"]
    tags = ["Politik", "Ekonomi", "Skola", "Vård"]
    out = []
    for i in range(n):
        (n1, r1), (n2, r2) = rng.sample(people, 2)
        q1, q2 = rng.sample(quotes, 2)
        month = 1 + i % 6
        text = (
            f"{n1.split()[1]}: ”{q1}”\n\n"
            f"Frågan har debatterats länge och på torsdagen kom beslutet, ärende {i}.\n\n"
            f"– {q1}, säger {r1} {n1}.\n\n"
            f"{n2} menar att beslutet kommer för sent.\n\n"
            f"– {q2}, säger {n2}.\n"
        )
        out.append({"id": f"gen-{i}", "outlet": rng.choice(outlets), "published": f"2024-{month:02d}-{1 + i % 27:02d}T09:00:00+01:00", "tags": [rng.choice(tags)], "text": text})
    return out


def build_db(path: str | Path, *, n_generated: int = 40, with_xss: bool = True) -> dict[str, int]:
    """Ingest the corpus into a fresh SQLite database at ``path``; return external id -> database id."""
    recs = list(ARTICLES) + generated(n_generated)
    if with_xss:
        recs.append(xss_article())
    ids: dict[str, int] = {}
    store = open_store(path)
    try:
        if SEED.exists():
            seed = sagt.extract(SEED.read_text(encoding="utf-8"))
            seed.id, seed.outlet, seed.published, seed.url, seed.tags = "svt-putin-scholz", "svt.se", "2022-02-15T18:00:00+01:00", "https://www.svt.se/nyheter/utrikes/putin-redo-att-ta-forhandlingssparet", ["Ryssland", "Politik"]
            ids[seed.id] = store.store(seed).article_id
        for r in recs:
            a = sagt.extract(r["text"])
            a.id = r["id"]
            a.outlet = r["outlet"]
            a.published = r["published"]
            a.tags = list(r["tags"])
            a.url = f"https://www.{r['outlet']}/nyheter/{r['id']}"
            ids[a.id] = store.store(a).article_id
    finally:
        store.close()
    return ids
