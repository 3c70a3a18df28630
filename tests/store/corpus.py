"""Invented Swedish news for the store tests and benchmarks.

Everything here is written for sagt's tests: names, places and quotes are
made up and combined at random (seeded, so every run sees the same corpus).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

FIRST_F = ["Anna", "Karin", "Maria", "Eva", "Lena", "Sara", "Emma", "Ingrid", "Helena", "Johanna", "Elin", "Malin", "Sofia", "Linnea", "Ebba"]
FIRST_M = ["Erik", "Lars", "Karl", "Johan", "Anders", "Per", "Mikael", "Jonas", "Magnus", "Oskar", "Henrik", "Fredrik", "Gustav", "Nils", "Axel"]
SURNAMES = [
    "Lindqvist", "Bergström", "Holmberg", "Sandberg", "Lundgren", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson",
    "Håkansson", "Lundin", "Björk", "Fransson", "Nyström", "Åberg", "Hedlund", "Öberg", "Strand", "Ekström",
]
ROLES = ["kommunalråd", "ordförande", "vd", "professor", "forskare", "åklagare", "rektor", "presschef", "förbundskapten", "biskop"]
PLACES = ["Västerås", "Umeå", "Luleå", "Växjö", "Gävle", "Kalmar", "Borås", "Sundsvall", "Östersund", "Falun", "Örebro", "Karlstad"]
TOPICS = [
    ("den nya cykelbanan", "bygga en ny cykelbana längs ån", "trafiken blir säkrare för barnen"),
    ("skolans budget", "skära ned på skolans budget", "eleverna får färre lärare nästa år"),
    ("vårdcentralen", "stänga vårdcentralen i centrum", "de äldre får längre till vården"),
    ("vindkraftsparken", "bygga en vindkraftspark i skogen", "elpriset kan sjunka i regionen"),
    ("badhuset", "renovera det gamla badhuset", "simundervisningen kan fortsätta"),
    ("busstrafiken", "dra in tre busslinjer på landsbygden", "många förlorar sin väg till jobbet"),
    ("bostadsbygget", "bygga sexhundra nya lägenheter", "de unga kan flytta hemifrån"),
    ("förhandlingarna", "förhandla om ett nytt avtal med facket", "lönerna kan höjas redan i höst"),
]
QUOTES = [
    "Vi måste ta ansvar för framtiden",
    "Det här är ett viktigt beslut för hela kommunen",
    "Jag är besviken på hur processen har skötts",
    "Vi har lyssnat på invånarna och ändrat förslaget",
    "Det finns inga enkla lösningar på det här problemet",
    "Förhandlingarna har varit långa men konstruktiva",
    "Vi kommer att följa upp arbetet noga under året",
    "Ingen ska behöva oroa sig för sin trygghet",
    "Pengarna räcker helt enkelt inte till allt",
    "Det är glädjande att så många har engagerat sig",
]
OUTLETS = ["vlt.se", "vk.se", "kuriren.nu", "smp.se", "gd.se", "barometern.se", "bt.se", "st.nu"]


def person(rng: random.Random) -> tuple[str, str, str]:
    """(first name, surname, pronoun)."""
    if rng.random() < 0.5:
        return rng.choice(FIRST_F), rng.choice(SURNAMES), "hon"
    return rng.choice(FIRST_M), rng.choice(SURNAMES), "han"


def article_text(i: int) -> tuple[str, str]:
    """(title, text) of invented local-news article number ``i``."""
    rng = random.Random(i)
    place = rng.choice(PLACES)
    topic, action, effect = rng.choice(TOPICS)
    f1, s1, p1 = person(rng)
    f2, s2, _p2 = person(rng)
    role1, role2 = rng.choice(ROLES), rng.choice(ROLES)
    q1, q2, q3 = rng.sample(QUOTES, 3)
    title = f"{s1}: ”{q1}”"
    paras = [
        title,
        f"{place} kommun vill {action}. Frågan om {topic} har diskuterats i flera månader och beslutet fattades på tisdagens möte, ärende nummer {i}.",
        f"– {q1}. {q2}, säger {role1} {f1} {s1}.",
        f"{s1} menar att {effect} om planen genomförs som det är tänkt.",
        f"Alla är inte lika positiva. {f2} {s2}, {role2} i {place}, är kritisk till hur kommunen har räknat.",
        f"– {q3}, säger {s2}.",
        f"Enligt kommunens egen utredning kostar projektet {rng.randint(2, 90)} miljoner kronor.",
    ]
    return title, "\n\n".join(paras) + "\n"


def write_txt_corpus(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        _title, text = article_text(i)
        p = folder / f"artikel-{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def jsonl_record(i: int, **over: object) -> dict:
    rng = random.Random(10_000 + i)
    title, text = article_text(i)
    outlet = rng.choice(OUTLETS)
    rec = {
        "id": f"art-{i}",
        "title": title,
        "text": text,
        "url": f"https://www.{outlet}/nyheter/artikel-{i}",
        "published": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00+01:00",
    }
    rec.update(over)
    return rec


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


# -- a wire story -------------------------------------------------------------------------

WIRE_PARAGRAPHS = [
    "Regeringen presenterade på onsdagen ett nytt förslag om hur elnätsavgifterna ska regleras. Förslaget innebär att nätbolagen får ett tak för hur mycket avgifterna får höjas varje år.",
    "– Hushållen ska inte behöva betala för nätbolagens vinster. Därför sätter vi nu ett tydligt tak, säger energiminister Karin Wallin.",
    "Enligt Energimarknadsinspektionen har avgifterna stigit med i genomsnitt elva procent de senaste tre åren, betydligt mer än inflationen under samma period.",
    "Oppositionen är kritisk. Socialdemokraternas energipolitiska talesperson Johan Lundgren menar att förslaget kommer alldeles för sent och inte hjälper de hushåll som redan har drabbats.",
    "– Det här är ett plåster på ett öppet sår. Regeringen har vetat om problemet i flera år, säger Johan Lundgren.",
    "Branschorganisationen Energiföretagen varnar för att ett tak kan leda till att investeringarna i elnätet minskar, något som på sikt kan ge fler strömavbrott.",
    "– Vi delar målet om rimliga avgifter men ett tak riskerar att slå mot underhållet av näten, säger organisationens vd Per Ekström.",
    "Förslaget skickas nu på remiss och regeringen räknar med att de nya reglerna kan börja gälla vid årsskiftet.",
]


def wire_copies() -> list[dict]:
    """The same TT story as three outlets ran it: own headlines, one trims the last paragraph."""
    body = WIRE_PARAGRAPHS
    versions = [
        ("svd.se", "Regeringen vill sätta tak för elnätsavgifter", body, "TT"),
        ("gp.se", "Tak för elnätsavgifterna – oppositionen rasar", body[:-1], "TT"),
        ("hd.se", "Nytt förslag: så mycket får elnätet kosta", body[:-1] + ["Remisstiden går ut i oktober."], "TT"),
    ]
    out = []
    for k, (outlet, headline, paras, byline) in enumerate(versions):
        text = headline + "\n\n" + "\n\n".join(paras) + "\n"
        out.append(
            {
                "id": f"tt-elnat-{outlet}",
                "title": headline,
                "text": text,
                "url": f"https://www.{outlet}/nyheter/inrikes/elnat-tak-{k}",
                "published": f"2024-03-06T{9 + k:02d}:15:00+01:00",
                "byline": byline,
            }
        )
    return out
