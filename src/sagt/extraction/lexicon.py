"""Word classes the extraction rules ask about, derived once from a language pack."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, wraps

from sagt.lang import LanguagePack, get_pack
from sagt.text.segment import AMPERSANDS, Token


_TITLE_CACHE: dict[tuple[str, str], str | None] = {}
_MEMO_LIMIT = 50_000  # words and names kept per predicate before the memo starts afresh


def _memo(method):
    """Remember a Lexicon predicate of one word or name: extraction asks the same
    question of the same names many times per article (bounded, so that a long
    run over an archive does not grow without end)."""
    name = method.__name__

    @wraps(method)
    def wrapper(self, arg):
        memo = self._memos.setdefault(name, {})
        try:
            return memo[arg]
        except KeyError:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            value = memo[arg] = method(self, arg)
            return value

    return wrapper


@dataclass(frozen=True)
class Lexicon:
    pack: LanguagePack
    stop: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    adverbial_openers: frozenset[str]
    conjunctions: frozenset[str]
    name_particles: frozenset[str]
    place_prepositions: frozenset[str]
    source_qualifiers: tuple[str, ...]  # "med insyn i": what says which sources
    cue_clause_adverbs: frozenset[str]
    cue_clause_coordinators: frozenset[str]
    cue_clause_subordinators: frozenset[str]
    question_cues: frozenset[str]
    object_cues: frozenset[str]
    question_words: frozenset[str]
    speech_setting_prepositions: frozenset[str]
    speech_setting_nouns: frozenset[str]
    nouns_among_function_words: frozenset[str]
    print_outlet_nouns: frozenset[str]
    broadcast_outlet_nouns: frozenset[str]
    agency_outlet_nouns: frozenset[str]
    broadcasters: frozenset[str]
    inner_adverbs: frozenset[str]
    clause_openers: frozenset[str]
    backref_words: frozenset[str]
    infinitive_after: frozenset[str]
    supine_after: frozenset[str]
    excluded_followers: dict[str, frozenset[str]]
    pronouns: dict[str, tuple[str, str]]
    titles: frozenset[str]
    compound_titles: tuple[str, ...]
    group_heads: frozenset[str]
    nationality_nouns: frozenset[str]
    epithet_nouns: tuple[str, ...]  # "hjälten", "landslagsspelaren": the person last named
    street_suffixes: tuple[str, ...]
    voice_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    any_organization_heads: frozenset[str]
    company_heads: frozenset[str]
    signatory_nouns: frozenset[str]
    writing_cues: frozenset[str]
    municipal_heads: frozenset[str]
    confirmation_verbs: frozenset[str]
    scare_quote_words: frozenset[str]
    organization_heads: frozenset[str]
    organization_tails: frozenset[str]
    regional_names: frozenset[str]
    authority_link: str
    seat_prepositions: frozenset[str]
    seated_organization_heads: frozenset[str]
    authority_inner_words: frozenset[str]
    organization_name_words: frozenset[str]
    organization_suffixes: tuple[str, ...]
    known_organizations: frozenset[str]
    known_organizations_folded: frozenset[str]  # the same, casefolded: "sveriges kommuner och regioner"
    unknown_heads: frozenset[str]
    document_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    agencies: dict[str, str]
    outlets: frozenset[str]
    determiner_phrases: tuple[tuple[str, ...], ...]  # "före detta": one determiner
    citing_phrases: tuple[tuple[str, ...], ...]  # "med hänvisning till": an outlet citing its source
    enligt_non_sources: frozenset[str]
    newsroom_pronouns: frozenset[str]
    salient_organization_heads: frozenset[str]
    organization_hypernyms: dict[str, tuple[str, ...]]
    relay_phrases: tuple[tuple[str, ...], ...]  # longest first
    strict_relay_prepositions: frozenset[str]
    interview_verbs: frozenset[str]
    interviewed_in: tuple[tuple[str, ...], ...]
    outlet_suffixes: tuple[str, ...]
    quantifiers: frozenset[str]
    attributive_words: frozenset[str]
    adjective_endings: tuple[str, ...]
    relative_words: frozenset[str]
    apposition_openers: frozenset[str]
    participle_endings: tuple[str, ...]
    singular_articles: frozenset[str]
    partitive_prepositions: frozenset[str]
    definite_endings: tuple[str, ...]
    definite_genitive_endings: tuple[str, ...]
    male_noun_endings: tuple[str, ...]
    name_adjective_endings: tuple[str, ...]
    name_adjectives: frozenset[str]
    origin_adjective_endings: tuple[str, ...]
    present_role_adverbs: tuple[tuple[str, ...], ...]
    time_nouns: frozenset[str]
    abbreviation_definite_endings: tuple[str, ...]
    title_inflections: tuple[tuple[str, str], ...]
    age_word: re.Pattern[str] | None  # "52-åriga": the age a description gives
    age_units: frozenset[str]  # "år" in "Per Holm, 34 år,"
    clause_adverbs: frozenset[str]
    role_verbs: frozenset[str]
    workplace_prepositions: frozenset[str]
    plural_definite_endings: tuple[str, ...]
    plural_stem_singulars: tuple[tuple[str, tuple[str, ...]], ...]  # "ar" -> "", "e", "a", "are"
    figure_nouns: tuple[str, ...]
    parties: dict[str, str]  # abbreviation as written after a name ("(M)") -> the party's name
    gendered_nouns: dict[str, str]  # "pappa" -> "male": a description that says the gender

    def particle_run(self, tokens: list, k: int) -> int:
        """Index of the capitalised word after name particles starting at ``k``, or -1."""
        j = k
        while j < len(tokens) and tokens[j].lower in self.name_particles and j - k < 3:
            j += 1
        return j if j > k and j < len(tokens) and tokens[j].is_capitalized else -1

    @staticmethod
    def genitive_base(word: str) -> str:
        """The name a Swedish genitive is made from: "Kinas" -> "Kina", "USA:s" -> "USA"."""
        return word[:-2] if word.endswith(":s") else word[:-1] if word.endswith("s") else word

    def organization_genitive(self, word: str) -> str | None:
        """The organisation a capitalised genitive before a title names ("Dackarnas ledare",
        "USA:s president"), or None for a common word ("Styrelsens ordförande", "Hans")."""
        base = self.genitive_base(word)
        if not (word[:1].isupper() and word.endswith("s") and len(base) >= 2):
            return None
        return None if self.is_common_word(word) or self.is_common_word(base) else base

    def age_of(self, word: str) -> int | None:
        """The age a description's word gives ("52-åriga" -> 52), or None."""
        m = self.age_word.match(word.casefold()) if self.age_word else None
        return int(m.group(1)) if m else None

    def name_boundary(self, prev: Token, tok: Token, after: Token | None) -> bool:
        """Whether a name run ends before ``tok`` although both words are
        capitalised: a genitive owner ("Centerpartiets | Maja Lindgren") or a
        capitalised title ("EU-talesperson | Amir Saleh") before a given name."""
        return self.owner_before_person(prev, tok, after) or (
            tok.text in self.pack.given_names and self.title_stem(prev.text) is not None)

    def acronym_title(self, word: str) -> bool:
        """A title capitalised for the acronym it opens ("EU-diplomat", "FN-chefen"): no name."""
        return "-" in word and self.title_stem(word) is not None

    def seat_end(self, tokens: list[Token], first: int, head: int) -> int | None:
        """The last token of an authority named by its seat, ``tokens[first:head + 1]``
        then *i* and a name ("Länsstyrelsen" + "i Norrbotten"), or None."""
        k = head + 2
        if k >= len(tokens) or tokens[head + 1].lower not in self.seat_prepositions:
            return None
        while k + 1 < len(tokens) and tokens[k + 1].is_capitalized:
            k += 1
        if k + 1 < len(tokens) and tokens[k].text.endswith("s") and tokens[k + 1].lower in self.organization_tails:
            k += 1  # "Länsstyrelsen i Norrbottens län"
        return k if self.seated_organization([t.text for t in tokens[first:k + 1]]) else None

    def age_after(self, tokens: list[Token], comma: int) -> int | None:
        """The index past an age in commas after a name ("Lina Ek, 23.", "Per Holm,
        34 år,"), when ``tokens[comma]`` is that comma and the age ends the phrase;
        else None."""
        k = comma + 1
        if k >= len(tokens) or tokens[comma].text != "," or not tokens[k].text.isdigit() or len(tokens[k].text) > 3:
            return None
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower in self.age_units)
        return k if k >= len(tokens) or not tokens[k].is_word else None

    def determiner_phrase_at(self, tokens: list[Token], k: int) -> int:
        """The length in tokens of a determiner phrase at ``k`` ("före detta"), or 0."""
        lows = tuple(t.lower for t in tokens[k:k + 3])
        return next((len(p) for p in self.determiner_phrases if lows[:len(p)] == p), 0)

    def citing_at(self, tokens: list[Token], k: int) -> int:
        """The length in tokens of a citing phrase at ``k`` ("med hänvisning till"), or 0."""
        lows = tuple(t.lower for t in tokens[k:k + 4])
        return next((len(p) for p in self.citing_phrases if lows[:len(p)] == p), 0)

    def owner_before_person(self, tok: Token, nxt: Token, after: Token | None) -> bool:
        """Whether a genitive name right before a given name and a surname owns the
        person named after it (a party, a country, a club: "Vänsterpartiets Leila
        Nasser", "IFK Göteborgs Anna Berg"); a given name in -s opens a longer name
        instead ("Lars Anders Johansson"), and a given name alone may end a name
        ("Villaks Nord")."""
        given = self.pack.given_names
        word = tok.text
        return (nxt.text in given and word not in given and len(word) > 2
                and after is not None and after.is_word and after.is_capitalized
                and (word.endswith(":s") or word.endswith("s") and word[:-1].isalpha()))

    def organization_genitive_at(self, tokens: list, k: int) -> str | None:
        """``organization_genitive`` of ``tokens[k]``, unless that word ends a name of
        an organisation in -s that is no genitive ("Volvo Cars presschef" -> Volvo
        Cars), the genitive of a known two-word name ("Svenskt Näringslivs vd"), of a
        name with letters in it ("Malmö FF:s tränare", "IFK Göteborgs"), of a region's
        or a municipality's name ("Region Skånes") or of a regional branch
        ("Vårdförbundet Stockholms")."""
        org = self.organization_genitive(tokens[k].text)
        if not (org and k >= 1 and tokens[k - 1].is_capitalized and tokens[k - 1].is_word):
            return org
        prev = tokens[k - 1]
        if tokens[k].lower in self.organization_name_words:
            return f"{prev.text} {tokens[k].text}"
        if (f"{prev.text} {org}".casefold() in self.known_organizations_folded or acronym(prev.text) or acronym(org)
                or prev.lower.endswith(self.name_adjective_endings) or prev.lower in self.name_adjectives
                or prev.lower in self.organization_tails or self.regional_branch([prev.text, org])):
            return f"{prev.text} {org}"  # "Svenskt Näringslivs vd", "Malmö FF:s", "Region Skånes", "Vårdförbundet Stockholms"
        return org

    @_memo
    def is_outlet_name(self, name: str) -> bool:
        """An agency or outlet: listed (any case), a listed one's local edition ("SVT
        Västerbotten", "P4 Göteborg") or programme ("P1-morgon"), or named like one ("Dalarnas Tidningar",
        "Sundsvalls Tidning", "Länstidningen")."""
        suffixes = self.outlet_suffixes
        words = name.split()
        last = words[-1].casefold() if words else ""
        return (name in self.agencies.values() or name.casefold() in self.outlets_folded
                or (len(words) == 2 and words[0] in self.outlets and words[1][:1].isupper())
                or (len(words) == 1 and "-" in name and name.split("-")[0] in self.outlets)  # "P1-morgon", "DN-debatt"
                or (" " in name and last in suffixes)
                or any(last.endswith(sfx) and len(last) > len(sfx) + 2 for sfx in suffixes if len(sfx) >= 6))

    def outlet_of_kind(self, noun: str, name: str) -> bool:
        """Whether the outlet ``name`` is what the outlet noun ``noun`` may stand for:
        a newspaper for "tidningen", a broadcaster for "kanalen", an agency for
        "nyhetsbyrån" (the first word counts: "SVT Västerbotten")."""
        first = (name.split() or [name])[0]
        broadcaster = name in self.broadcasters or first in self.broadcasters
        agency = name in self.agencies or name in self.agencies.values()
        if noun in self.print_outlet_nouns:
            return not broadcaster and not agency
        if noun in self.broadcast_outlet_nouns:
            return broadcaster
        if noun in self.agency_outlet_nouns:
            return agency
        return True

    @cached_property
    def outlets_folded(self) -> frozenset[str]:
        """The listed outlets, casefolded (outlets are matched in any case)."""
        return frozenset(o.casefold() for o in self.outlets)

    @cached_property
    def _outlet_phrases(self) -> dict[tuple[str, ...], str]:
        return {tuple(o.casefold().split()): o for o in self.outlets if " " in o}

    def listed_outlet_at(self, tokens: list, j: int) -> tuple[str, int] | None:
        """A listed outlet of two or three words at ``j`` in any case ("Dagens industri"):
        (its listed spelling, index after it)."""
        for m in (3, 2):
            key = tuple(t.lower for t in tokens[j:j + m])
            if len(key) == m and key in self._outlet_phrases:
                return self._outlet_phrases[key], j + m
        return None

    @cached_property
    def _memos(self) -> dict[str, dict]:
        return {}

    @cached_property
    def _organization_word_suffixes(self) -> tuple[str, ...]:
        return tuple(w for w in self.organization_name_words if len(w) >= 6 and w.isalpha())

    @cached_property
    def _document_suffixes(self) -> tuple[str, ...]:
        return tuple(n for n in self.document_nouns if len(n) >= 6)

    def describes_name_after(self, tokens: list, i: int) -> bool:
        """A definite noun before a given name describes the person, when nothing
        marks it as a title: "Resenären Tomas Lind", "Psykologen Kim Ek"."""
        tok = tokens[i]
        return (i + 1 < len(tokens) and tok.text not in self.pack.given_names
                and tokens[i + 1].text in self.pack.given_names and tok.lower.endswith(self.definite_endings)
                and len(tok.text) > 5)

    def is_document_noun(self, low: str) -> bool:
        """A document a source speaks through, compounds included ("opinionsmätning")."""
        if low in self.document_nouns:
            return True
        return low.endswith(self._document_suffixes) and any(
            low.endswith(n) and len(low) > len(n) + 2 for n in self._document_suffixes)

    def is_common_word(self, word: str) -> bool:
        """A word that is not a name when capitalised at a sentence start:
        a function word, a cue, or a common noun the pack knows ("Tidningen", "Pappan").
        Compounds ending in an organisation noun are names ("Vårdförbundet kritiserar"),
        except right before another name ("Bostadsbolaget Stadshem"), which the
        entity collector handles."""
        low = word.casefold()
        return (low in self.determiners or low in self.pronouns or low in self.stop or low in self.group_heads
                or low in self.organization_heads or low in self.unknown_heads or low in self.adverbial_openers
                or low in self.gendered_nouns or self.title_stem(low) is not None or self.pack.cue(low) is not None
                or self.plural_title(low) or self.is_epithet(low))

    def authority_name(self, words: list[str]) -> bool:
        """A Swedish authority's name: an organisation noun written as a name,
        *för* and lower-case words ("Inspektionen för vård och omsorg",
        "Myndigheten för samhällsskydd och beredskap", "Rådet för
        främjande av kommunala analyser")."""
        if not 3 <= len(words) <= 8 or not words[0][:1].isupper():
            return False
        if not self.is_organization_noun(words[0].casefold()) or words[1] != self.authority_link:
            return False
        rest = words[2:]
        return all(w.isalpha() and w.islower() and self.pack.cue(w) is None
                   and (w not in self.stop or w in self.authority_inner_words) for w in rest) \
            and rest[-1] not in self.authority_inner_words

    def seated_organization(self, words: list[str]) -> bool:
        """An authority named by its seat: "Länsstyrelsen i Dalarna",
        "Förvaltningsrätten i Luleå" (capitalised head, *i*, a name)."""
        return (len(words) >= 3 and words[0][:1].isupper() and words[0].casefold() in self.seated_organization_heads
                and words[1] in self.seat_prepositions and all(w[:1].isupper() for w in words[2:-1])
                and (words[-1][:1].isupper() or len(words) > 3 and words[-1].casefold() in self.organization_tails))

    def regional_branch(self, words: list[str]) -> bool:
        """An organisation's regional branch: an organisation noun written as a
        name, then a region or city ("Vårdförbundet Stockholm", "Sparbanken
        Skåne", "Polisen Syd"); unlike "Bostadsbolaget Stadshem", the noun is
        part of the name."""
        return (len(words) >= 2 and words[0][:1].isupper() and self.is_organization_noun(words[0].casefold())
                and " ".join(words[1:]) in self.regional_names)

    @cached_property
    def organization_tail_suffixes(self) -> tuple[str, ...]:
        """Organisation tails that end compounds too: "lantbruksuniversitet", "institutet"."""
        return tuple(t for t in self.organization_tails if len(t) > 5)

    @_memo
    def is_organization_noun(self, low: str) -> bool:
        """A common noun naming a kind of organisation, compounds included ("bostadsbolaget")."""
        return low in self.organization_heads or any(low.endswith(h) for h in self.organization_heads if len(h) > 5)

    def title_stem(self, word: str) -> str | None:
        """The title a word names, in its base form: 'förbundskanslern' -> 'förbundskansler',
        compounds included: 'räddningschefen' -> 'räddningschef', 'Djurgårdstränaren' -> 'djurgårdstränare'."""
        low = word.casefold()
        key = (self.pack.code, low)
        if key not in _TITLE_CACHE:
            _TITLE_CACHE[key] = self._title_stem(low)
        return _TITLE_CACHE[key]

    def _title_stem(self, low: str) -> str | None:
        if low.endswith(self.abbreviation_definite_endings) and low.split(":")[0] in self.titles:
            return low.split(":")[0]  # an abbreviated title, definite: "vd:n"
        for ending, base in self.title_inflections:  # compounds only: "jaktansvarige", "chefsrådmannen"
            if low.endswith(ending) and len(low) >= len(ending) + 3:
                low = low[: len(low) - len(ending)] + base
                break
        if not low.isalpha() and "-" not in low:
            return None
        for suffix in ("", "erna", "arna", "orna", "na", "en", "et", "n", "t"):
            if suffix and not low.endswith(suffix):
                continue
            base = low[: len(low) - len(suffix)]
            if base in self.titles:
                return base
            if len(base) >= 7 and any(base.endswith(t) for t in self.compound_titles):
                return base
        return None

    def is_epithet(self, word: str) -> bool:
        """A definite noun for the person last named ("landslagsspelaren", "matchhjälten")."""
        return word.casefold().endswith(self.epithet_nouns)

    def plural_title(self, word: str) -> bool:
        """A title or person noun in the definite plural, which describes a group:
        "Resenärerna", "Grannarna", "Väljarna", "Kollegorna"."""
        low = word.casefold()
        if not (self.plural_definite_endings and low.endswith(self.plural_definite_endings)) or not low.isalpha():
            return False
        stem = low[:-2]  # "resenärer", "grannar", "väljar", "kollegor"
        return any(stem[:-len(plural)] + singular in self.titles
                   for plural, singulars in self.plural_stem_singulars if stem.endswith(plural)
                   for singular in singulars)

    def title_head(self, word: str) -> str | None:
        """The simple title at the end of a (compound) title: 'räddningschef' -> 'chef'."""
        t = self.title_stem(word)
        if t is None:
            return None
        return next((x for x in sorted(self.compound_titles, key=len, reverse=True) if t.endswith(x)), t)



    @_memo
    def is_organization_name(self, name: str) -> bool:
        low = name.casefold()
        words = name.split()
        if self.regional_branch(words) or self.authority_name(words) or self.seated_organization(words):
            return True
        first = name.split()[0] if name.split() else name
        if name in self.known_organizations or first in self.known_organizations or low in self.known_organizations_folded:
            return True
        if low.split()[-1:] and low.split()[-1] in self.organization_tails:
            return True
        words = name.split()
        folded = [w.casefold() for w in words]
        if len(words) > 1 and (folded[-1] in self.organization_name_words or words[0] in self.outlets
                               or folded[-1].endswith(self._organization_word_suffixes)  # "Sveriges Apoteksförening"
                               or words[0] in self.agencies
                               or any(w in self.organization_tails for w in folded)
                               or any(w.isupper() and len(w) >= 2 and w.isalpha() for w in words)
                               or any(w in AMPERSANDS for w in words)):
            return True  # "Nordvik Bygg", "P4 Dalarna", "Region Skåne", "IFK Sundbyberg", "Lindblom & Co"
        if low.split()[-1:] and low.split()[-1] in self.organization_heads:
            return True
        return any(low.endswith(s) for s in self.organization_suffixes) or self.is_outlet_name(name)


def acronym(word: str, longest: int = 4) -> bool:
    """A club's or an organisation's letters: "FF", "IFK", "AIK" (up to ``longest``)."""
    return 2 <= len(word) <= longest and word.isalpha() and word.isupper()


def stem(word: str) -> str:
    """A crude Swedish stem for matching descriptions: 'ledaren' ~ 'ledare', 'pappan' ~ 'pappa'."""
    low = word.casefold()
    for suffix in ("erna", "arna", "orna", "na", "en", "et", "an", "n"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)]
    return low


@cache
def lexicon_for(code: str) -> Lexicon:
    pack = get_pack(code)
    w = pack.words
    rules = pack.raw["cues"]["rules"]
    relays = pack.raw["relays"]
    grammar = pack.raw.get("grammar", {})
    low = lambda xs: frozenset(x.casefold() for x in xs)  # noqa: E731
    return Lexicon(
        pack=pack,
        stop=w("speaker_np", "stop") - w("speaker_np", "determiners"),
        determiners=w("speaker_np", "determiners"),
        prepositions=w("speaker_np", "prepositions"),
        adverbial_openers=w("speaker_np", "adverbial_openers"),
        conjunctions=w("speaker_np", "leading_conjunctions"),
        name_particles=pack.name_particles,
        place_prepositions=w("speaker_np", "place_prepositions"),
        source_qualifiers=tuple(pack.raw["speaker_np"].get("source_qualifiers", [])),
        inner_adverbs=low(rules.get("inner_adverbs", [])),
        cue_clause_adverbs=low(rules.get("cue_clause_adverbs", [])),
        cue_clause_coordinators=low(rules.get("cue_clause_coordinators", [])),
        cue_clause_subordinators=low(rules.get("cue_clause_subordinators", [])),
        question_cues=low(rules.get("question_cues", [])),
        object_cues=low(rules.get("object_cues", [])),
        question_words=low(rules.get("question_words", [])),
        speech_setting_prepositions=low(rules.get("speech_setting_prepositions", [])),
        speech_setting_nouns=low(rules.get("speech_setting_nouns", [])),
        nouns_among_function_words=low(rules.get("nouns_among_function_words", [])),
        clause_openers=low(rules.get("clause_openers", [])),
        backref_words=low(rules.get("backref_words", [])),
        infinitive_after=low(rules.get("infinitive_after", [])),
        supine_after=low(rules.get("supine_after", [])),
        excluded_followers={k: low(v) for k, v in rules.get("excluded_followers", {}).items()},
        pronouns=pack.pronouns,
        titles=pack.titles,
        compound_titles=tuple(t for t in pack.titles if len(t) >= 4 and " " not in t),
        group_heads=w("entities", "group_heads"),
        nationality_nouns=w("roles", "nationality_nouns"),
        epithet_nouns=tuple(sorted(w("roles", "epithet_nouns"))),
        street_suffixes=tuple(w("entities", "street_suffixes")),
        voice_nouns=w("entities", "voice_nouns"),
        claim_nouns=low(rules.get("claim_nouns", [])),
        any_organization_heads=w("roles", "any_organization_heads"),
        company_heads=w("roles", "company_heads"),
        signatory_nouns=w("roles", "signatory_nouns"),
        writing_cues=w("roles", "writing_cues"),
        municipal_heads=w("roles", "municipal_heads"),
        confirmation_verbs=low(rules.get("confirmation_verbs", [])),
        scare_quote_words=low(rules.get("scare_quote_words", [])),
        organization_heads=w("entities", "organization_heads"),
        organization_tails=w("entities", "organization_tails"),
        regional_names=frozenset(pack.raw["entities"]["regional_names"]),
        authority_link=pack.raw["entities"]["authority_link"],
        seat_prepositions=frozenset(pack.raw["entities"]["seat_prepositions"]),
        seated_organization_heads=w("entities", "seated_organization_heads"),
        authority_inner_words=w("entities", "authority_inner_words"),
        organization_name_words=w("entities", "organization_name_words"),
        organization_suffixes=tuple(s.casefold() for s in pack.raw["entities"]["organization_suffixes"]),
        known_organizations=frozenset(pack.raw["entities"]["known_organizations"]),
        known_organizations_folded=frozenset(o.casefold() for o in pack.raw["entities"]["known_organizations"]),
        unknown_heads=w("entities", "unknown_heads"),
        document_nouns=w("entities", "document_nouns"),
        spokesperson_nouns=w("entities", "spokesperson_nouns"),
        outlet_nouns=w("relays", "outlet_nouns"),
        print_outlet_nouns=w("relays", "print_outlet_nouns"),
        broadcast_outlet_nouns=w("relays", "broadcast_outlet_nouns"),
        agency_outlet_nouns=w("relays", "agency_outlet_nouns"),
        broadcasters=frozenset(pack.raw["relays"]["broadcasters"]),
        agencies=pack.agencies,
        outlets=pack.outlets,
        determiner_phrases=tuple(tuple(p.split()) for p in w("speaker_np", "determiner_phrases")),
        citing_phrases=tuple(tuple(p.casefold().split()) for p in relays.get("citing_phrases", [])),
        enligt_non_sources=low(pack.raw["enligt"].get("non_sources", [])),
        newsroom_pronouns=w("entities", "newsroom_pronouns"),
        salient_organization_heads=w("roles", "salient_organization_heads"),
        organization_hypernyms={k: tuple(v) for k, v in pack.raw["roles"].get("organization_hypernyms", {}).items()},
        relay_phrases=tuple(sorted((tuple(p.casefold().split()) for p in relays["relay_prepositions"]), key=len, reverse=True)),
        strict_relay_prepositions=low(relays.get("strict_relay_prepositions", [])),
        interview_verbs=low(relays.get("interview_verbs", [])),
        interviewed_in=tuple(tuple(p.casefold().split()) for p in relays.get("interviewed_in", [])),
        outlet_suffixes=tuple(x.casefold() for x in relays.get("outlet_suffixes", [])),
        quantifiers=w("grammar", "quantifiers"),
        attributive_words=w("grammar", "attributive_words"),
        adjective_endings=tuple(grammar.get("adjective_endings", [])),
        relative_words=w("grammar", "relative_words"),
        apposition_openers=w("grammar", "apposition_openers"),
        participle_endings=tuple(w("grammar", "participle_endings")),
        singular_articles=w("grammar", "singular_articles"),
        partitive_prepositions=w("grammar", "partitive_prepositions"),
        definite_endings=tuple(w("grammar", "definite_endings")),
        definite_genitive_endings=tuple(w("grammar", "definite_genitive_endings")),
        male_noun_endings=tuple(w("grammar", "male_noun_endings")),
        name_adjective_endings=tuple(w("grammar", "name_adjective_endings")),
        name_adjectives=w("grammar", "name_adjectives"),
        origin_adjective_endings=tuple(w("grammar", "origin_adjective_endings")),
        present_role_adverbs=tuple(tuple(a.split()) for a in w("grammar", "present_role_adverbs")),
        time_nouns=w("grammar", "time_nouns"),
        abbreviation_definite_endings=tuple(w("grammar", "abbreviation_definite_endings")),
        title_inflections=tuple(pack.raw.get("grammar", {}).get("title_inflections", {}).items()),
        age_word=re.compile(grammar["age_word_pattern"]) if grammar.get("age_word_pattern") else None,
        age_units=frozenset(grammar.get("age_units", [])),
        clause_adverbs=w("grammar", "clause_adverbs") | low(rules.get("inner_adverbs", [])),
        role_verbs=w("grammar", "role_verbs"),
        workplace_prepositions=w("grammar", "workplace_prepositions"),
        plural_definite_endings=tuple(grammar.get("plural_definite_endings", [])),
        plural_stem_singulars=tuple((k, tuple(v)) for k, v in grammar.get("plural_stem_singulars", {}).items()),
        figure_nouns=tuple(grammar.get("figure_nouns", [])),
        parties=dict(pack.raw["entities"].get("parties", {})),
        gendered_nouns={k.casefold(): v for k, v in pack.raw["entities"].get("gendered_nouns", {}).items()},
    )
