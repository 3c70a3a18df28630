"""Language packs: the language knowledge extraction needs, read from data files.

A pack is a folder ``sagt/lang/<code>/`` with ``pack.toml`` (cue verbs,
pronouns, titles, agencies, boilerplate) and optionally ``given_names.tsv``.
Code never spells out Swedish words; it asks the pack. Adding a language
means adding a folder; :func:`get_pack` finds it by its code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

from sagt.errors import SagtError


@dataclass(frozen=True)
class Cue:
    """A cue form: its lemma and its class (speech, stance, evidence)."""

    lemma: str
    cls: str
    form: str


@dataclass
class GivenNames:
    """Given-name statistics: (girls, boys) counts, -1 for a suppressed small count."""

    counts: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __contains__(self, name: str) -> bool:
        return name in self.counts

    def gender(self, name: str) -> str:
        """'female', 'male' or 'unknown' from the share of each sex given the name."""
        if name not in self.counts:
            return "unknown"
        girls, boys = self.counts[name]
        g, b = max(girls, 0), max(boys, 0)
        if g + b == 0:
            return "unknown"
        if g >= 0.9 * (g + b) and (g >= 2 or boys == -1 and girls > 0):
            return "female"
        if b >= 0.9 * (g + b) and (b >= 2 or girls == -1 and boys > 0):
            return "male"
        return "unknown"


@dataclass
class LanguagePack:
    """Everything language-specific, with lookup structures built once."""

    code: str
    raw: dict
    cues: dict[str, Cue]  # lower-case form -> cue
    particle_cues: dict[tuple[str, ...], Cue]  # token tuple -> cue
    given_names: GivenNames

    # -- views over ``raw``, computed once per pack ---------------------------
    def words(self, section: str, key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in self.raw.get(section, {}).get(key, []))

    @cached_property
    def quote_pairs(self) -> list[tuple[str, str]]:
        return [tuple(p) for p in self.raw["quotes"]["pairs"]]

    @cached_property
    def outlet_short_names(self) -> dict[str, str]:
        """Short names of outlets -> the full name ("DN" -> "Dagens Nyheter")."""
        return dict(self.raw.get("relays", {}).get("outlet_short_names", {}))

    @cached_property
    def opening_quotes(self) -> frozenset[str]:
        return frozenset(opening for opening, _closing in self.quote_pairs)

    @cached_property
    def dashes(self) -> list[str]:
        return list(self.raw["quotes"]["dashes"])

    @cached_property
    def pronouns(self) -> dict[str, tuple[str, str]]:
        return {k: (v[0], v[1]) for k, v in self.raw["pronouns"].items()}

    @cached_property
    def agencies(self) -> dict[str, str]:
        """Every spelling (case-sensitive) -> canonical agency name."""
        out: dict[str, str] = {}
        for canon, spellings in self.raw["relays"]["agencies"].items():
            for s in spellings:
                out[s] = canon
        return out

    @cached_property
    def outlets(self) -> frozenset[str]:
        """The outlets, the broadcasters among them ("C More", "Kanal 5"), and the short
        names of outlets with the names they stand for ("NA", "Nerikes Allehanda")."""
        relays = self.raw["relays"]
        short = self.outlet_short_names
        return frozenset(relays["outlets"]) | frozenset(relays.get("broadcasters", [])) | set(short) | set(short.values())

    @cached_property
    def name_particles(self) -> frozenset[str]:
        """Every word of the lower-case particles inside personal names (``von``,
        ``de`` of ``de la``): a name's tokens are checked one at a time."""
        return frozenset(w for p in self.words("speaker_np", "name_particles") for w in p.split())

    @cached_property
    def titles(self) -> frozenset[str]:
        return self.words("roles", "titles")

    @cached_property
    def role_hypernyms(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(v) for k, v in self.raw["roles"]["role_hypernyms"].items()}

    @cached_property
    def boilerplate_lines(self) -> frozenset[str]:
        return self.words("boilerplate", "lines")

    @cached_property
    def boilerplate_sections(self) -> frozenset[str]:
        return self.words("boilerplate", "section_headings")

    def cue(self, form: str) -> Cue | None:
        return self.cues.get(form.casefold())

    @cached_property
    def naming_verbs(self) -> dict[str, str]:
        """Form -> lemma of the verbs that attribute a quoted characterisation (``kallar``)."""
        verbs = self.raw["cues"].get("rules", {}).get("naming_verbs", {})
        return {f.casefold(): lemma for lemma, forms in verbs.items() for f in forms}

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """Every cue verb's dictionary form: the infinitive, which not every
        verb lists among the forms that report (``inte velat kommentera``)."""
        return frozenset(c.lemma.casefold() for c in self.cues.values())


def _load_given_names(code: str) -> GivenNames:
    path = resources.files("sagt.lang").joinpath(code, "given_names.tsv")
    if not path.is_file():
        return GivenNames()
    counts: dict[str, tuple[int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, girls, boys = line.split("\t")
        counts[name] = (int(girls), int(boys))
    return GivenNames(counts)


@cache
def get_pack(code: str) -> LanguagePack:
    """Load the language pack for ``code`` (cached), or raise a clear error."""
    base = resources.files("sagt.lang").joinpath(code, "pack.toml")
    if not base.is_file():
        raise SagtError(f"no language pack for {code!r}; available: {', '.join(available_languages())}")
    raw = tomllib.loads(base.read_text(encoding="utf-8"))
    cues: dict[str, Cue] = {}
    particle: dict[tuple[str, ...], Cue] = {}
    for cls in ("speech", "stance", "evidence", "manner"):
        for lemma, forms in raw["cues"].get(cls, {}).items():
            for form in forms:
                cues[form.casefold()] = Cue(lemma, cls, form)
    for lemma, forms in raw["cues"].get("particle", {}).items():
        for form in forms:
            particle[tuple(form.casefold().split())] = Cue(lemma, "speech", form)
    return LanguagePack(code, raw, cues, particle, _load_given_names(code))


def available_languages() -> list[str]:
    root = resources.files("sagt.lang")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("pack.toml").is_file())
