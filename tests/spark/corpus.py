"""A small web crawl for the Spark tests, written as a WARC with warcio.

Every page is invented for these tests (names, places, quotes), in the
style of Swedish news sites, except the project's seed article, which is
wrapped in HTML as an outlet would serve it. The crawl holds:

* the seed article (svt.se);
* one TT story run by three outlets with their own headlines, one of them
  without the last paragraph;
* two different people sharing a surname (Maria and Stefan Ekholm), an
  article quoting just "Ekholm", and a surname (Strandberg) introduced in
  full in one article and used alone in another;
* local news from several months (partitions), a page without article
  text, a 404 page, an image and request records (all skipped by readers).
"""

from __future__ import annotations

import html
import io
from pathlib import Path

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "svt-putin-scholz.txt"
if not SEED.exists():
    SEED = Path("/work/shared/seed/svt-putin-scholz.txt")


def page(title: str, paragraphs: list[str], *, published: str, author: str | None = None, site: str = "Nyheter") -> str:
    meta = f'<meta property="article:published_time" content="{published}">'
    if author:
        meta += f'<meta name="author" content="{html.escape(author)}">'
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)} | {site}</title>{meta}</head><body>"
        f"<header><nav><a href=\"/\">Start</a> <a href=\"/sport\">Sport</a></nav></header>"
        f"<main><article><h1>{html.escape(title)}</h1>{body}</article></main>"
        "<footer><p>Kontakta redaktionen</p></footer></body></html>"
    )


WIRE = [
    "Trafikverket meddelade på måndagen att byggstarten för den nya järnvägsbron över Dalälven skjuts upp med minst två år. Orsaken är att kostnaderna har stigit kraftigt sedan projektet planerades.",
    "– Vi har inget annat val än att pausa projektet. Priserna på stål och betong har ökat mer än någon kunde förutse, säger Trafikverkets projektchef Helena Rydberg.",
    "Enligt myndighetens nya kalkyl kostar bron nu drygt fyra miljarder kronor, nästan dubbelt så mycket som när riksdagen fattade beslutet för sex år sedan.",
    "Kommunerna längs sträckan är besvikna. Kommunstyrelsens ordförande i Avesta, Tomas Lindahl, säger att beskedet slår hårt mot pendlarna i regionen.",
    "– Det här är ett svek mot alla som varje dag sitter fast i köerna. Vi kommer att driva frågan vidare till regeringen, säger Tomas Lindahl.",
    "Infrastrukturministern har ännu inte kommenterat beskedet men väntas svara på frågor i riksdagen under torsdagen.",
    "Trafikverket ska enligt planen presentera en reviderad tidsplan för projektet i början av nästa år.",
]


def wire_pages() -> list[tuple[str, str]]:
    versions = [
        ("https://www.dt.se/nyheter/dalarna/bron-skjuts-upp", "Järnvägsbron över Dalälven skjuts upp i två år", WIRE, "2024-05-13T09:10:00+02:00"),
        ("https://www.nt.se/nyheter/bygget-av-bron-pausas", "Kostnaderna rusar – bygget av bron pausas", WIRE[:-1], "2024-05-13T09:40:00+02:00"),
        ("https://www.gd.se/artikel/beskedet-om-bron", "Beskedet om bron: ”Ett svek mot pendlarna”", WIRE, "2024-05-13T10:05:00+02:00"),
    ]
    return [(url, page(title, paras, published=pub, author="Lisa Holm/TT")) for url, title, paras, pub in versions]


def surname_pages() -> list[tuple[str, str]]:
    return [
        (
            "https://www.vlt.se/nyheter/vasteras/skolan-far-ny-idrottshall",
            page(
                "Skolan i Skultuna får en ny idrottshall",
                [
                    "Västerås stad har beslutat att bygga en ny idrottshall vid skolan i Skultuna. Den gamla hallen från sjuttiotalet har länge varit i dåligt skick och eleverna har fått åka buss till lektionerna.",
                    "– Äntligen kan barnen ha idrott på sin egen skola igen, säger kommunalrådet Maria Ekholm.",
                    "Bygget beräknas vara klart till höstterminen nästa år och kostar omkring fyrtio miljoner kronor.",
                    "Ekholm menar att hallen också ska kunna användas av föreningarna på kvällarna.",
                ],
                published="2024-02-20T07:30:00+01:00",
            ),
        ),
        (
            "https://www.unt.se/nyheter/uppsala/forskare-varnar-for-torka",
            page(
                "Forskare varnar för torka i sommar",
                [
                    "Grundvattennivåerna i Uppland är ovanligt låga efter en vinter med lite snö. Flera kommuner kan behöva införa bevattningsförbud redan i juni, enligt en ny rapport från universitetet.",
                    "– Vi ser samma mönster som före torkan för sex år sedan, säger professor Stefan Ekholm vid Uppsala universitet.",
                    "Han uppmanar hushållen att redan nu spara på vattnet och vänta med att fylla pooler.",
                    "– Varje liter vi sparar nu gör skillnad i augusti, säger han.",
                ],
                published="2024-04-02T06:00:00+02:00",
            ),
        ),
        (
            "https://www.vlt.se/nyheter/vasteras/debatt-om-hallen",
            page(
                "Oppositionen kritisk till hallbygget",
                [
                    "Beslutet om den nya idrottshallen i Skultuna möter kritik från oppositionen i Västerås, som anser att pengarna borde ha gått till att renovera befintliga lokaler.",
                    "– Vi har inte råd med prestigeprojekt när skolorna i centrum förfaller, säger oppositionsrådet Annika Strandberg.",
                    "– Beslutet är fattat och bygget startar som planerat i augusti, säger kommunalrådet Ekholm.",
                ],
                published="2024-02-27T08:15:00+01:00",
            ),
        ),
        (
            "https://www.vlt.se/nyheter/vasteras/budgeten-klubbad",
            page(
                "Budgeten klubbad efter lång debatt",
                [
                    "Efter nästan tio timmars debatt röstade kommunfullmäktige i Västerås igenom budgeten för nästa år sent på måndagskvällen.",
                    "– Det här är en budget som sviker de äldre, säger oppositionsrådet Strandberg.",
                    "Budgeten innebär bland annat att avgiften för hemtjänsten höjs med fem procent från januari.",
                ],
                published="2024-03-18T22:40:00+01:00",
            ),
        ),
    ]


def seed_page() -> tuple[str, str]:
    lines = [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    title, paras = lines[0], [ln for ln in lines[1:] if ln not in ("Uppdaterad", "Publicerad")]
    return "https://www.svt.se/nyheter/utrikes/putin-redo-att-forhandla", page(title, paras, published="2024-01-16T12:00:00+01:00", site="SVT Nyheter")


def all_pages() -> list[tuple[str, str]]:
    return [seed_page(), *wire_pages(), *surname_pages()]


def write_warc(path: Path, pages: list[tuple[str, str]] | None = None) -> Path:
    """A gzipped WARC as a crawler writes it: request + response per page, plus noise."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = all_pages() if pages is None else pages
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        w.write_record(w.create_warcinfo_record(path.name, {"software": "sagt-tests", "format": "WARC File Format 1.1"}))

        def response(url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8") -> None:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2]), ("User-Agent", "sagt-tests")], is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
            headers = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        for k, (url, doc) in enumerate(pages):
            response(url, doc.encode("utf-8"))
            if k == 1:
                response("https://www.svt.se/bilder/logga.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, ctype="image/png")
            if k == 3:
                response("https://www.nt.se/finns-inte", b"<html><body><p>Sidan finns inte</p></body></html>", status="404 Not Found")
        # a page without article text: readers report it, the job counts it as an error
        response("https://www.dt.se/tom-sida", b"<html><head><title>Tom</title></head><body></body></html>")
    return path
