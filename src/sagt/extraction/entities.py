"""The people and organisations an article names, and what is written beside them.

:class:`EntityIndex` collects runs of capitalised words (names), their
titles and descriptions ("den tyske förbundskanslern Olaf Scholz"),
appositions and predicates that give roles ("Johan Ekström är
generaldirektör för …"), and gender evidence from pronouns. The resolver in
:mod:`sagt.extraction.coref` asks it who a mention refers to.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sagt.extraction.lexicon import Lexicon, acronym, stem
from sagt.text.document import Document
from sagt.text.segment import Token, joined


@dataclass
class Entity:
    name: str
    type: str  # person / organization / group / unknown
    tokens: tuple[str, ...]
    gender: str = "unknown"
    gender_source: str | None = None
    role: str | None = None
    organization: str | None = None
    age: int | None = None  # "Annika, 52,": what "den 52-åriga kvinnan" refers back to
    descriptors: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # mentions that can be antecedents
    said_positions: list[int] = field(default_factory=list)  # mentions inside what someone says
    mentions: list[tuple[int, int]] = field(default_factory=list)  # every mention as written
    type_certain: bool = True

    @property
    def starts(self) -> list[int]:
        """Where every mention starts, including mentions inside what someone said."""
        return sorted({s for s, _ in self.mentions} | set(self.positions))

    @property
    def tokens_lower(self) -> tuple[str, ...]:
        return tuple(t.casefold() for t in self.tokens)


class EntityIndex:
    """The named entities of one article and where they are mentioned."""

    def __init__(self, doc: Document, lex: Lexicon, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.lex = lex
        self.entities: list[Entity] = []
        self.by_surname: dict[str, Entity] = {}
        self.acronyms: dict[str, Entity] = {}  # "IVO" after "Inspektionen för vård och omsorg, IVO,"
        self._quoted = quoted
        self._collect()

    def note_described_subjects(self, mention_starts: set[int]) -> None:
        """A sentence that opens with a title describing someone named before ("Solviks
        vd är inte orolig.", "Ministern var på plats.") mentions that person there, so
        a pronoun in the next sentence ("Hon menar att …") refers to them. Sentences
        whose subject is a speaker mention are left to the resolver."""
        lex = self.lex
        for sent in self.doc.sentences:
            if sent.paragraph == 0 or self.doc.paragraphs[sent.paragraph].boilerplate:
                continue
            toks = sent.tokens
            k = 1 if len(toks) > 2 and toks[0].is_capitalized and toks[0].text.endswith("s") and toks[1].is_word \
                and not toks[1].is_capitalized else 0  # "Solviks vd"
            if len(toks) < k + 2 or toks[0].start in mention_starts or not toks[0].is_capitalized \
                    or toks[k + 1].is_capitalized or not toks[k + 1].is_word:
                continue  # "Ministern Anna Ek …" is a name with its title: collected already
            title = lex.title_stem(toks[k].text)
            if title is None or toks[k].lower in lex.pronouns:
                continue
            owner = [lex.genitive_base(toks[0].text).casefold()] if k else []
            ent = self.describe(toks[k].lower, owner, toks[0].start)
            if ent is not None and ent.type == "person" and (not k or self._owned_by(ent, owner[0])):
                ent.positions.append(toks[0].start)

    def _owned_by(self, ent: Entity, owner: str) -> bool:
        """Whether a person may hold their title at ``owner`` ("Solviks vd"): their role or
        organisation names it, or names no organisation at all."""
        org = (ent.organization or "").casefold()
        return owner in org or owner in (ent.role or "").casefold() or not org

    # -- collection ---------------------------------------------------------
    def _collect(self) -> None:
        """Two passes: names that are surely names first, then a capitalised word that
        only opens a sentence ("Putin uppger", but not "Straffen dömdes") when it is a
        known name, repeats one already collected or opens more than one sentence (a
        common word never gets this far)."""
        body = [s for s in self.doc.sentences if not self.doc.paragraphs[s.paragraph].boilerplate]
        deferred: list[tuple[list[Token], int]] = []
        for sent in body:
            toks = sent.tokens
            i = 0
            while i < len(toks):
                run = self._name_run(toks, i)
                if run is None:
                    i += 1
                    continue
                a, b = run
                if a == b and self._opens_sentence(toks, a) and not self._surely_name(toks[a].text):
                    deferred.append((toks, a))
                else:
                    self._collect_run(toks, a, b)
                i = b + 1
        openers = Counter(toks[a].text for toks, a in deferred)
        for toks, a in deferred:
            word = toks[a].text
            if self.lookup(word) is not None or (word.endswith("s") and self.lookup(word[:-1]) is not None) \
                    or openers[word] > 1 and not self._descriptive(word):  # "Solvik tar in …", "Solvik har …"
                self._collect_run(toks, a, a)
        self._merge_given_names()
        self._merge_short_names()
        for sent in body:
            self._pronoun_role(sent.tokens)
        self._pronoun_gender(body)

    def _descriptive(self, word: str) -> bool:
        """A noun that describes rather than names: "Arbetsgivarna", "Facket", "Ministern"."""
        low, lex = word.casefold(), self.lex
        return bool(lex.title_stem(word) or lex.is_organization_noun(low) or low in lex.group_heads
                    or lex.plural_definite_endings and low.endswith(lex.plural_definite_endings))

    def _merge_given_names(self) -> None:
        """A given name alone that opens exactly one fuller person's name is that
        person: the headline's "Gunnel har tagit emot 5 000 barn" and the body's
        "barnmorskan Gunnel Rask"."""
        for short in [e for e in self.entities if e.type == "person" and len(e.tokens) == 1
                      and e.name in self.lex.pack.given_names]:
            fuller = [e for e in self.entities if e.type == "person" and len(e.tokens) > 1 and e.tokens[0] == short.name]
            if len(fuller) != 1:
                continue
            self._absorb(fuller[0], short)

    def _merge_short_names(self) -> None:
        """An acronym collected apart from the name it abbreviates ("IVO om …" in the
        headline before "Inspektionen för vård och omsorg, IVO,"), or an outlet's short
        name when the article also gives the full one ("DN", "Dagens Nyheter"), is that
        entity: the speaker is the fullest name the article gives."""
        for short_name, full_name in self.lex.pack.outlet_short_names.items():
            full = next((e for e in self.entities if e.name == full_name), None)
            if full is not None:
                self.acronyms.setdefault(short_name, full)
        for short_name, full in list(self.acronyms.items()):
            short = next((e for e in self.entities if e.name == short_name and e is not full), None)
            if short is not None and full in self.entities:
                self._absorb(full, short)

    def _absorb(self, ent: Entity, short: Entity) -> None:
        """Make ``short`` (a shorter name of ``ent``) one entity with ``ent``."""
        ent.positions = sorted(ent.positions + short.positions)
        ent.said_positions = sorted(ent.said_positions + short.said_positions)
        ent.mentions = sorted(ent.mentions + short.mentions)
        ent.descriptors |= short.descriptors
        ent.role, ent.age = ent.role or short.role, ent.age or short.age
        self.entities.remove(short)
        for key, value in list(self.by_surname.items()):
            if value is short:
                self.by_surname[key] = ent

    def _opens_sentence(self, toks: list[Token], i: int) -> bool:
        """The first word of a sentence, or of a quotation after a colon ("Gunnel har
        tagit emot 5 000 barn: ”Varje förlossning …”"): capitalised for that alone."""
        return all(not t.is_word for t in toks[:i]) or (
            i >= 2 and toks[i - 1].text in self.lex.pack.opening_quotes and toks[i - 2].text == ":")

    def _surely_name(self, word: str) -> bool:
        lex = self.lex
        owner = lex.genitive_base(word) if word.endswith("s") else None
        return (word in lex.pack.given_names or lex.is_organization_name(word) or (word.isupper() and len(word) >= 2)
                or word in lex.agencies or word in lex.outlets
                or owner is not None and lex.is_organization_name(owner)
                and owner.casefold() not in lex.organization_heads)  # "Vårdförbundets ordförande", not "Kommunens"

    def _collect_run(self, toks: list[Token], a: int, b: int) -> None:
        ent = self._add(toks, a, b)
        if ent.type == "organization" and len(ent.tokens) > 1:
            self._acronym_after(toks, b, ent)
        if ent.type == "person":
            if ent.organization is None:
                ent.organization = self.organization_name(self._genitive_organization(toks, a))
            self._title_before_comma(toks, a, b, ent)
            self._apposition(toks, b, ent)
            self._predicate_role(toks, b, ent)

    def _acronym_after(self, toks: list[Token], b: int, ent: Entity) -> None:
        """An acronym in commas or brackets right after an organisation's name is
        another name of it: "Inspektionen för vård och omsorg, IVO,",
        "Sveriges Kommuner och Regioner (SKR)"."""
        if b + 3 >= len(toks) or (toks[b + 1].text, toks[b + 3].text) not in ((",", ","), ("(", ")"), (",", ".")):
            return
        word = toks[b + 2].text
        if acronym(word, longest=6) and word not in self.acronyms:
            self.acronyms[word] = ent

    def organization_name(self, name: str | None) -> str | None:
        """The fullest name of an organisation named by its acronym ("IVO" -> "Inspektionen
        för vård och omsorg" when the article gave both); any other name as it is."""
        ent = self.acronyms.get(name) if name else None
        return ent.name if ent is not None else name

    def _title_before_comma(self, toks: list[Token], a: int, b: int, ent: Entity) -> None:
        """"Moderaternas gruppledare i Umeå, Anders Ågren, kräver …": the name in commas
        after a title takes the title (and a genitive organisation before it)."""
        if ent.role is not None or a < 2 or toks[a - 1].text != "," or b + 1 >= len(toks) or toks[b + 1].text != ",":
            return
        j = a - 2
        while j - 1 >= 0 and toks[j - 1].is_word and a - 2 - j < 6:
            j -= 1
        phrase = toks[j:a - 1]
        first = next((k for k, t in enumerate(phrase) if self.lex.title_stem(t.text)), None)
        if first is None:
            return
        # one title word is its stem, as elsewhere ("en av resenärerna, Lina Ek," -> "resenär")
        ent.role = self.lex.title_stem(phrase[first].text) if first == len(phrase) - 1 \
            else self.doc.text[phrase[first].start:phrase[-1].end]
        if ent.organization is None and first > 0:
            org = self._genitive_owner(phrase, first - 1)  # also "Myndighetens trafikledare i Luleå, X,"
            # a sentence's first word may be a common noun's genitive: "Mannens advokat, Eva Borg,"
            if org and (j + first - 1 > 0 or self.lex.is_organization_name(org)):
                ent.organization = org

    def _genitive_organization(self, toks: list[Token], a: int) -> str | None:
        """"Socialdemokraternas vårdpolitiska talesperson Sara Ekström": a capitalised
        genitive before a title before the name is the person's organisation."""
        lex = self.lex
        words = toks[max(0, a - 6):a]
        if not any(lex.title_stem(t.text) for t in words):
            return None
        for k, t in enumerate(words):
            if not all(w.is_word and not w.is_capitalized or w.text == "-" for w in words[k + 1:]):
                continue  # (a shared compound part is fine: "Regionens hälso- och sjukvårdsdirektör")
            org = self._genitive_owner(toks, max(0, a - 6) + k)
            if org or self.is_generic_genitive(t):
                return org
        return None

    def _genitive_owner(self, toks: list[Token], k: int) -> str | None:
        """The organisation a genitive at ``k`` names ("Socialdemokraternas") or, for a
        generic noun, refers back to ("Förbundets" after "Fackförbundet Unionen")."""
        org = self.lex.organization_genitive_at(toks, k)
        if org is None and self.is_generic_genitive(toks[k]):
            org = self.generic_owner(toks[k], toks[k].start)
        return org

    def is_generic_genitive(self, tok: Token) -> bool:
        """A genitive of a generic organisation noun: "Förbundets", "myndighetens"."""
        return tok.lower.endswith("s") and self.lex.genitive_base(tok.lower) in self.lex.salient_organization_heads

    def generic_owner(self, tok: Token, offset: int) -> str | None:
        """The organisation a generic genitive refers back to ("Myndighetens" after "Konkurrensverket")."""
        base = self.lex.genitive_base(tok.lower)
        ent = self.describe(base, [], offset)
        if ent is None and base in self.lex.municipal_heads:
            ent = self.latest_place_body(offset)  # "Kommunens säkerhetschef" after "I Skellefteå"
        if ent is None and base in self.lex.any_organization_heads:
            ent = self.salient_organization(offset)  # "Organisationens förbundsordförande" after "SPF Seniorerna"
        if ent is None and base in self.lex.company_heads:
            ent = self.organization_named_last(offset)  # "Bolagets presschef" after "Vattenfall"
        return ent.name if ent is not None and ent.type in ("organization", "unknown") else None

    def _pronoun_gender(self, sentences: list) -> None:
        """"När Gunilla Sjöstrand blev änka slutade hon …": a sentence naming one person
        and using one personal pronoun tells that person's gender."""
        pronoun_gender = {p: g for p, (t, g) in self.lex.pronouns.items() if t == "person" and g != "unknown"}
        votes: dict[int, set[str]] = {}
        for sent in sentences:
            people = [e for e in self.entities if e.type == "person"
                      and any(sent.start <= s < sent.end for s, _ in e.mentions)]
            if len(people) != 1 or people[0].gender != "unknown":
                continue
            ent = people[0]
            start, end = min((s, e) for s, e in ent.mentions if sent.start <= s < sent.end)
            after = [t for t in sent.tokens if t.start >= end]
            if after and after[0].is_word and not after[0].is_capitalized and self.lex.title_stem(after[0].text):
                continue  # "Britney Spears advokat säger att han …": the pronoun is the lawyer
            genders = {pronoun_gender[t.lower] for t in after if t.lower in pronoun_gender}
            if len(genders) == 1:
                votes.setdefault(id(ent), set()).update(genders)
        for ent in self.entities:
            found = votes.get(id(ent), set())
            if len(found) == 1:  # only when the text never says otherwise
                ent.gender, ent.gender_source = found.pop(), "pronoun"

    def _name_run(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        lex = self.lex
        tok = toks[i]
        if not tok.is_word or not tok.is_capitalized or tok.text.isupper() and len(tok.text) > 4:
            return None
        end = self._authority_end(toks, i)
        if end is None:
            end = lex.seat_end(toks, i, i)
        if end is not None:
            return i, end  # "Inspektionen för vård och omsorg, IVO,", "Länsstyrelsen i Dalarna"
        if self._shared_part_name(toks, i):
            return i, i + 3  # "Lager- och transportfacket", "Barn- och utbildningsförvaltningen"
        listed = lex.listed_outlet_at(toks, i)  # "Dagens Nyheter" at the start of a sentence is a name
        initial = self._opens_sentence(toks, i)
        if initial and tok.lower in lex.prepositions:
            return None  # "Utanför Nordlagrets lager står …": the name starts after the preposition
        if initial and lex.is_common_word(tok.text) and not (listed and all(t.is_capitalized for t in toks[i:listed[1]])):
            return None
        if tok.lower in lex.pronouns and not (i + 1 < len(toks) and toks[i + 1].is_capitalized):
            return None  # "Bolaget: Vi vill vara en god granne": a pronoun after a colon, not a name
        if 0 < i < len(toks) - 1 and toks[i - 1].text == "(" and toks[i + 1].text == ")" and tok.text in lex.parties:
            return None  # "Lisa Ekholm (KD)": the party is the person's organisation, not a name here
        j = i
        while j + 1 < len(toks):
            nxt = toks[j + 1]
            if lex.name_boundary(toks[j], nxt, toks[j + 2] if j + 2 < len(toks) else None):
                break  # "Centerpartiets | Maja Lindgren", "Socialdemokraternas EU-talesperson | Amir Saleh"
            if nxt.is_word and nxt.is_capitalized and nxt.lower not in lex.stop:
                j += 1
            elif nxt.lower in lex.name_particles and lex.particle_run(toks, j + 1) > 0:
                j = lex.particle_run(toks, j + 1)
            elif nxt.lower in lex.organization_tails:
                j += 1  # "Falu tingsrätt"
                break
            else:
                break
        # a title, a kind of organisation or where it comes from, written capitalised before
        # the name, is not part of it: "EU-kommissionär Lucia Moretti", "Bostadsbolaget
        # Stadshem", "Göteborgsbaserade Solvik"
        while i < j and (lex.title_stem(toks[i].text) or lex.is_organization_noun(toks[i].lower)
                         or toks[i].lower.endswith(lex.origin_adjective_endings)) \
                and not lex.regional_branch([t.text for t in toks[i:j + 1]]):  # "Vårdförbundet Stockholm"
            i += 1
        while j > i and lex.title_stem(toks[j].text) and toks[j - 1].text not in lex.pack.given_names:
            j -= 1  # "Socialdemokraternas EU-talesperson" before a name: the party only
        if i == j and lex.acronym_title(toks[i].text):
            return None  # "En EU-diplomat": a title capitalised for its acronym, no name
        # a sentence-initial noun before a given name describes the person:
        # "Resenären Tomas Lind", "Butiksägaren Ahmed Yusuf", "Undersköterskan Lena"
        if initial and i < j and lex.describes_name_after(toks, i):
            i += 1
        return i, j

    def _shared_part_name(self, toks: list[Token], i: int) -> bool:
        """An organisation named with a shared compound part: a capitalised word, its
        hyphen, *och* and a lower-case organisation name ("Lager- och transportfacket")."""
        return (i + 3 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == toks[i].end
                and toks[i + 2].lower == "och" and toks[i + 3].is_word and not toks[i + 3].is_capitalized
                and self.lex.is_organization_name(toks[i + 3].text))

    def _authority_end(self, toks: list[Token], i: int) -> int | None:
        """The last token of an authority's name opening at ``i`` ("Inspektionen för
        vård och omsorg"): the lower-case words after *för* up to punctuation, a
        cue or a function word."""
        lex = self.lex
        if i + 2 >= len(toks) or toks[i + 1].lower != lex.authority_link:
            return None
        for end in range(min(i + 7, len(toks) - 1), i + 1, -1):
            after = toks[end + 1] if end + 1 < len(toks) else None
            if (after is None or not after.is_word or after.lower in lex.stop or lex.pack.cue(after.text)) \
                    and lex.authority_name([t.text for t in toks[i:end + 1]]):
                return end
        return None

    def _person_like(self, words: list[str], prefix: list[str], before: str = "") -> bool:
        """A person's name: a known given name first, a title before, or two to four
        capitalised words that are not an organisation and not the object of a
        preposition ("Anna Sjölund på Live Nation")."""
        if any(self.lex.title_stem(w) for w in prefix[-2:]):
            return True
        if before in self.lex.place_prepositions:
            return False
        return self._surely_person(words, prefix) or (
            2 <= len(words) <= 4 and not self.lex.is_organization_name(" ".join(words)))

    def _surely_person(self, words: list[str], prefix: list[str]) -> bool:
        names = self.lex.pack.given_names
        return any(self.lex.title_stem(w) for w in prefix[-2:]) or (
            words[0] in names or words[0].rstrip("s") in names and len(words) > 1)

    def _add(self, toks: list[Token], a: int, b: int) -> Entity:
        words = joined(self.doc.text, toks[a:b + 1]).split()
        # genitive: "Ulf Lundkvists" -> "Ulf Lundkvist"
        if words[-1].endswith("s") and len(words[-1]) > 3:
            base = words[-1][:-1]
            owned = b + 1 < len(toks) and toks[b + 1].is_word and not toks[b + 1].is_capitalized  # "… regionledning"
            if base in self.by_surname or (len(words) == 1 and base in self.lex.pack.given_names) \
                    or owned and words[-1].casefold() not in self.lex.organization_name_words \
                    and self.lex.is_organization_name(" ".join(words[:-1] + [base])):  # (not "Volvo Cars")
                words[-1] = base  # "Region Gävleborgs regionledning", "Vårdförbundets ordförande"
        name = " ".join(words)
        # the words written before the name, back to a function word or punctuation:
        # "med [den tyske förbundskanslern] Olaf Scholz"
        prefix: list[str] = []
        window = toks[max(0, a - 4):a]
        for k in range(len(window) - 1, -1, -1):
            t = window[k]
            low = t.lower
            if low == "och" and prefix and self.lex.title_stem(prefix[0]) and k > 0 and self.lex.title_stem(window[k - 1].text):
                continue  # two titles: "Influencern och designern Tindra Holm"
            if not t.is_word or low in self.lex.stop or low in self.lex.prepositions or self.lex.pack.cue(t.text) \
                    or low in self.lex.pronouns:
                break
            prefix.insert(0, low)
        pos = toks[a].start
        in_quote = any(s <= pos < e for s, e in self._quoted)
        existing = self.lookup(name)
        if existing is not None:
            if len(words) > len(existing.tokens) and existing.tokens[-1] == words[-1]:
                existing.name, existing.tokens = name, tuple(words)
                if existing.type != "person" and self._person_like(words, prefix):
                    existing.type = "person"
                    self._name_gender(existing)
            if existing.type != "organization" and not existing.type_certain and prefix \
                    and self._org_prefix(prefix[-1]) and not any(self.lex.title_stem(w) for w in prefix[-2:]):
                existing.type, existing.type_certain = "organization", True  # "hamnbolaget Port of Rotterdam"
            ent = existing
        else:
            titled = any(self.lex.title_stem(w) for w in prefix[-2:])
            if self.lex.is_organization_name(name):
                etype = "organization"
            elif not titled and prefix and self._org_prefix(prefix[-1]):
                etype = "organization"  # "musiktidningen Rolling Stone", "organisationen Amnesty"
            elif len(words) > 1 and getattr(self.lookup(words[0]), "type", None) == "organization":
                etype = "organization"  # "Seko Skåne" after "Fackförbundet Seko": a branch of it
            elif self._person_like(words, prefix, toks[a - 1].lower if a > 0 else ""):
                etype = "person"
            else:
                # a street or square is a place, never an organisation: "Storgatan", "Stortorget"
                place = words[-1].casefold().endswith(self.lex.street_suffixes)
                etype = "organization" if len(words) == 1 and not place else "unknown"
            ent = Entity(name, etype, tuple(words))
            # typed by nothing but the shape of the name: the entity model may know better
            ent.type_certain = self.lex.is_organization_name(name) or self._surely_person(words, prefix) or (
                bool(prefix) and self._org_prefix(prefix[-1]))
            if etype == "person":
                self._name_gender(ent)
            self.entities.append(ent)
        self.by_surname.setdefault(ent.tokens[-1], ent)
        for w in prefix:
            if w in self.lex.determiners:
                continue
            ent.descriptors.add(w)
            title = self.lex.title_stem(w)
            if title and ent.type == "person" and ent.role is None:
                ent.role = title
            if ent.type == "person" and ent.age is None:
                ent.age = self.lex.age_of(w)  # "19-årige Elias Kroon"
        ent.mentions.append((pos, toks[b].end))
        if in_quote:
            ent.said_positions.append(pos)
        elif not self._in_relative_clause(toks, a):
            ent.positions.append(pos)
        return ent

    def _in_relative_clause(self, toks: list[Token], a: int) -> bool:
        """A name inside ", som …" after someone ("Max Martin, som har arbetat med The
        Weeknd, …"): an object there, not whom the next "han" refers to."""
        for k in range(a - 1, 0, -1):
            if toks[k].text in ",;:.!?":
                return False
            if toks[k].lower == "som" and toks[k - 1].text == ",":
                return any(t.is_capitalized and t.is_word for t in toks[:k - 1])
        return False

    def _role_phrase(self, toks: list[Token], k: int) -> str | None:
        """A role phrase starting at ``k`` that names a title: "chef på Företagarna"."""
        lex = self.lex
        end = k
        while end < len(toks) and end - k < 8 and toks[end].text not in ",.;:!?()–—" and toks[end].lower not in ("och", "som", "säger", "sa"):
            if toks[end].text == "-" and end + 2 < len(toks) and toks[end + 1].lower == "och":
                end += 2  # a shared compound part: "barn- och utbildningsnämnden"
            end += 1
        words = toks[k:end]
        while words and words[0].lower in lex.determiners:
            words = words[1:]
        for adverb in lex.present_role_adverbs:  # "Sofia Rahimi, i dag vd,": the role is "vd"
            if tuple(t.lower for t in words[:len(adverb)]) == adverb and len(words) > len(adverb):
                words = words[len(adverb):]
                break
        if not words or not any(lex.title_stem(t.text) for t in words[:3]):
            return None
        return self.doc.text[words[0].start:words[-1].end]

    def _apposition(self, toks: list[Token], b: int, ent: Entity) -> None:
        """", chef på X," or "som är chef för X" right after a name gives the role;
        a party in brackets ("Lena Berg (M)") its organisation, and the role may
        follow it."""
        if b + 2 >= len(toks):
            return
        if self.lex.age_after(toks, b + 1) is not None:  # "Annika, 52,", "Per Holm, 34 år."
            ent.age = ent.age or int(toks[b + 2].text)
            return
        if toks[b + 1].text == "(" and b + 3 < len(toks) and toks[b + 3].text == ")":
            if ent.organization is None:
                ent.organization = self.lex.parties.get(toks[b + 2].text)
            b += 3  # the role may follow the bracket: "Peter Ahlgren (S), ordförande i nämnden"
            if b + 2 >= len(toks):
                return
        if ent.organization is None:
            ent.organization = self.organization_name(self._workplace(toks, b + 1))
        if ent.role is not None:
            return
        if toks[b + 1].text == "," and toks[b + 2].lower not in self.lex.relative_words:  # not "…, vars mamma …"
            ent.role = self._role_phrase(toks, b + 2)
            if ent.role and ent.organization is None:  # ", presschef på Volvo Cars,"
                k = next((k for k in range(b + 2, min(b + 8, len(toks))) if toks[k].lower in self.lex.workplace_prepositions), None)
                ent.organization = self.organization_name(self._workplace(toks, k)) if k is not None else None
            return
        if toks[b + 1].text == ",":
            b += 1
        if toks[b + 1].lower == "som" and b + 3 < len(toks) and toks[b + 2].lower in self.lex.role_verbs:
            k = b + 3 + (toks[b + 3].lower == "som" if b + 3 < len(toks) else 0)
            ent.role = self._role_phrase(toks, k)

    def _workplace(self, toks: list[Token], k: int) -> str | None:
        """The organisation named after a workplace preposition at ``k``: "på Volvo Cars",
        "vid Lunds universitet", "på Falu tingsrätt", "för Nationell samling"."""
        if k + 1 >= len(toks) or toks[k].lower not in self.lex.workplace_prepositions:
            return None
        if self._organization_word(toks[k + 1]) and k + 2 < len(toks) and toks[k + 2].is_capitalized:
            return self.doc.text[toks[k + 1].start:toks[self._capitalised_end(toks, k + 2)].end]  # "vid polisregion Syd"
        if not toks[k + 1].is_capitalized:
            return None
        end = self._capitalised_end(toks, k + 1)
        if end + 1 < len(toks) and toks[end + 1].lower in self.lex.organization_tails:
            end += 1
            if end + 1 < len(toks) and toks[end + 1].is_capitalized:
                end = self._capitalised_end(toks, end + 1)  # "Hyresgästföreningen region Mitt"
        elif end + 2 < len(toks) and self._name_tail(toks[end + 1]) and not toks[end + 2].is_word:
            end += 1  # a name with a lower-case word, before the phrase ends: "för Nationell samling,"
        return self.doc.text[toks[k + 1].start:toks[end].end]

    def _organization_word(self, tok: Token) -> bool:
        low = tok.lower
        return tok.is_word and not tok.is_capitalized and (
            self.lex.is_organization_noun(low) or any(low.endswith(t) for t in self.lex.organization_tails))

    @staticmethod
    def _capitalised_end(toks: list[Token], k: int) -> int:
        """The last index of the run of capitalised words starting at ``k``."""
        while k + 1 < len(toks) and toks[k + 1].is_capitalized:
            k += 1
        return k

    def _name_tail(self, tok: Token) -> bool:
        low = tok.lower
        return (tok.is_word and not tok.is_capitalized and low not in self.lex.stop and low not in self.lex.prepositions
                and self.lex.pack.cue(tok.text) is None)

    def _predicate_role(self, toks: list[Token], b: int, ent: Entity) -> None:
        """"Johan Ekström är generaldirektör för Folkhälsomyndigheten." gives the role."""
        if ent.role is None and b + 2 < len(toks) and toks[b + 1].lower in self.lex.role_verbs:
            k = b + 2 + (toks[b + 2].lower == "som")
            ent.role = self._role_phrase(toks, k)

    def _pronoun_role(self, toks: list[Token]) -> None:
        """"Han är chef på museet." after a person is introduced gives that person's role."""
        if len(toks) < 3 or toks[0].lower not in ("han", "hon") or toks[1].lower not in self.lex.role_verbs:
            return
        gender = self.lex.pronouns[toks[0].lower][1]
        k = 2 + (toks[2].lower == "som")
        role = self._role_phrase(toks, k)
        if role is None:
            return
        for _, ent in self.persons_before(toks[0].start):
            if ent.gender in ("unknown", gender):
                if ent.role is None:
                    ent.role = role
                return

    def _name_gender(self, ent: Entity) -> None:
        """Gender from given-name statistics, unless the text already told it."""
        if ent.gender_source == "pronoun":
            return
        ent.gender = self.lex.pack.given_names.gender(ent.tokens[0]) if len(ent.tokens) > 1 else "unknown"
        ent.gender_source = "name" if ent.gender != "unknown" else None

    def _org_prefix(self, word: str) -> bool:
        lex = self.lex
        return (word in lex.organization_heads or any(word.endswith(h) for h in lex.organization_heads if len(h) > 5)
                or any(word.endswith(s.strip()) for s in lex.organization_suffixes if len(s.strip()) > 4))

    def lookup(self, name: str) -> Entity | None:
        words = name.split()
        if not words:
            return None
        for ent in self.entities:
            if ent.name == name:
                return ent
        if name in self.acronyms:
            return self.acronyms[name]
        last = words[-1]
        if len(words) == 1:
            ent = self.by_surname.get(last)
            if ent is not None and ent.type == "person":
                return ent
            firsts = [e for e in self.entities if e.type == "person" and len(e.tokens) > 1 and e.tokens[0] == last]
            if len(firsts) == 1:
                return firsts[0]
            return ent
        ent = self.by_surname.get(last)
        if ent is not None and (len(ent.tokens) == 1 or ent.tokens[0] == words[0]
                                or ent.type == "person" and ent.tokens[-len(words):] == tuple(words)):
            return ent  # a surname of two words: "Le Pen" after "Marine Le Pen"
        return None

    # -- resolution ---------------------------------------------------------
    def salient_organization(self, offset: int) -> Entity | None:
        """The organisation mentioned most often before ``offset`` (outlets and agencies aside),
        preferring names that are surely organisations over places typed by default."""
        lex = self.lex
        found = [(e.type_certain, sum(p < offset for p in e.starts), max([p for p in e.starts if p < offset], default=-1), e)
                 for e in self.entities if e.type == "organization" and not self._newsroom(e.name)
                 and any(p < offset for p in e.starts)]
        return max(found, key=lambda x: x[:3])[3] if found else None

    def latest_place_body(self, offset: int) -> Entity | None:
        """The place most recently named before ``offset`` that may stand for its municipality
        or region ("I Skellefteå har skolor stängt … skriver kommunen"): a one-word name typed
        by its shape only, not a known organisation."""
        return self._named_last(offset, lambda e: e.type in ("organization", "unknown") and not e.type_certain
                                and len(e.tokens) == 1 and not self._newsroom(e.name))

    def _newsroom(self, name: str) -> bool:
        """An outlet or agency, a local edition too ("SVT Västerbotten", "TT Spektra")."""
        first = (name.split() or [name])[0]
        return self.lex.is_outlet_name(name) or first in self.lex.outlets or any(n in self.lex.agencies for n in (name, first))

    def latest_newsroom(self, offset: int, noun: str) -> Entity | None:
        """The outlet or agency of the kind ``noun`` names ("tidningen", "kanalen")
        named last before ``offset``: "tidningen" after "Aftonbladet"."""
        return self._named_last(offset, lambda e: (self._newsroom(e.name) and self.lex.outlet_of_kind(noun, e.name))
                                or any(d.endswith(noun) for d in e.descriptors))  # "tv-kanalen AzTV" … "i kanalen"

    def organization_named_last(self, offset: int) -> Entity | None:
        """The organisation (not an outlet or agency) whose name was written last before ``offset``."""
        return self._named_last(offset, lambda e: e.type == "organization" and not self._newsroom(e.name))

    def _named_last(self, offset: int, keep: Callable[[Entity], bool]) -> Entity | None:
        """The entity ``keep`` accepts whose name was written last before ``offset``."""
        found = [(max(p for p in e.starts if p < offset), e) for e in self.entities
                 if keep(e) and any(p < offset for p in e.starts)]
        return max(found, key=lambda x: x[0])[1] if found else None

    def latest_organization(self, offset: int) -> Entity | None:
        found = [(max(p for p in e.positions if p < offset), e) for e in self.entities
                 if e.type == "organization" and any(p < offset for p in e.positions)]
        return max(found, key=lambda x: x[0])[1] if found else None

    def person_of_age(self, age: int, offset: int) -> Entity | None:
        """The person last named before ``offset`` with that age ("Annika, 52,")."""
        return next((e for _, e in self.persons_before(offset) if e.age == age), None)

    def persons_before(self, offset: int, *, said: bool = False, topics: frozenset[int] = frozenset()) -> list[tuple[int, Entity]]:
        """The persons named before ``offset``, latest first: where they can be
        antecedents, or (``said``) only inside what someone says; ``topics`` are
        positions inside what was said that count as antecedents too."""
        found = [(p, e) for e in self.entities if e.type == "person"
                 for p in (e.said_positions if said else e.positions + [q for q in e.said_positions if q in topics])
                 if p < offset]
        return sorted(found, key=lambda x: -x[0])

    def role_titles(self, ent: Entity) -> set[str]:
        """The titles an entity was introduced with, from its role and the words before its name."""
        words = (ent.role.split()[:3] if ent.role else []) + sorted(ent.descriptors)
        return {t for t in (self.lex.title_stem(w) for w in words) if t}

    def _title_match(self, want: str, have: str) -> bool:
        """'ministern' fits a finance minister, 'Djurgårdstränaren' a coach, 'ledaren' a chancellor."""
        hyper = self.lex.pack.role_hypernyms.get(want, frozenset())
        return (want == have or have.endswith(want) or (len(have) >= 4 and want.endswith(have))
                or have in hyper or (self.lex.title_head(have) or "") in hyper)

    def _organization_match(self, head: str, ent: Entity) -> bool:
        """'bolaget' fits 'bostadsbolaget Stadshem', 'domstolen' fits 'Falu tingsrätt' and
        'Förvaltningsrätten i Luleå'."""
        if ent.type not in ("organization", "unknown"):
            return False
        name = ent.name.casefold()
        words = self.lex.organization_hypernyms.get(head, ()) + (head,)
        # "förbundet" fits "Vårdförbundet Stockholm", "myndigheten" "Länsstyrelsen i Norrbottens län"
        branch = self.lex.regional_branch(ent.name.split()) or self.lex.seated_organization(ent.name.split())
        return any(name.endswith(w) or any(x.startswith(w) and len(x) - len(w) <= 2 for x in name.split())
                   or branch and name.split()[0].endswith(w)
                   for w in words) or any(
            d == head or d.endswith(head) or stem(d) == stem(head) for d in ent.descriptors
        )

    def introduced_as(self, word: str, offset: int) -> Entity | None:
        """The person last mentioned before ``offset`` whose name came after exactly this
        word ("från socialdemokraten Annika Strömberg"), for a word that is no title."""
        found = [(max(p for p in e.starts if p < offset), e) for e in self.entities
                 if e.type == "person" and word in e.descriptors and any(p < offset for p in e.starts)]
        return max(found, key=lambda x: x[0])[1] if found else None

    def describe(self, head: str, modifiers: list[str], offset: int) -> Entity | None:
        """The entity a description such as 'den tyske ledaren' or 'bolaget' refers back to.

        Among entities introduced before ``offset`` with a matching title (or,
        for organisations, a matching kind), the one sharing most modifiers
        wins ('tyske' ~ 'tyske', 'danske' ~ 'Danmarks'), then the most recent.
        """
        lex = self.lex
        title = lex.title_stem(head)
        mods = [m for m in modifiers if m not in lex.determiners]
        best: tuple[int, int, Entity] | None = None
        for ent in self.entities:
            before = [p for p in ent.starts if p < offset]  # inside what was said counts too: "… Det meddelade bolaget."
            if not before:
                continue
            if title:
                if ent.type != "person" or not any(self._title_match(title, t) for t in self.role_titles(ent)):
                    continue
            elif not self._organization_match(head, ent):
                continue
            shared = sum(1 for m in mods if any(stem(m)[:3] == stem(d)[:3] for d in ent.descriptors | set(ent.tokens_lower)))
            key = (shared, max(before))
            if best is None or key > best[:2]:
                best = (shared, max(before), ent)
        return best[2] if best else None
