"""Resolve speaker mentions to entities within one article.

The article's people and organisations are collected first (runs of
capitalised words, with the titles and descriptions written next to them).
Then each statement's mention is resolved:

* a name, to the fullest name the article gives (``Scholz`` -> ``Olaf Scholz``);
* a pronoun, to the most recent person of compatible gender
  (``han`` -> ``Vladimir Putin``); the link is evidence of gender;
* a description, to the most recent entity introduced with a matching role
  or modifier (``Den tyske ledaren`` -> ``den tyske förbundskanslern Olaf
  Scholz``);
* anything else stays as written, typed as a group, organisation or unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sagt.extraction.candidates import Candidate
from sagt.extraction.lexicon import Lexicon, stem
from sagt.text.document import Document
from sagt.text.segment import Token, tokenize


@dataclass
class Entity:
    name: str
    type: str  # person / organization / group / unknown
    tokens: tuple[str, ...]
    gender: str = "unknown"
    gender_source: str | None = None
    role: str | None = None
    organization: str | None = None
    descriptors: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # mentions that can be antecedents
    mentions: list[tuple[int, int]] = field(default_factory=list)  # every mention as written
    type_certain: bool = True

    @property
    def starts(self) -> list[int]:
        """Where every mention starts, including mentions inside what someone said."""
        return [s for s, _ in self.mentions] + self.positions

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
        self._quoted = quoted
        self._collect()

    # -- collection ---------------------------------------------------------
    def _collect(self) -> None:
        """Two passes: names that are surely names first, then a capitalised word that
        only opens a sentence ("Putin uppger", but not "Straffen dömdes") when it is a
        known name or repeats one already collected."""
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
                if a == b and all(not t.is_word for t in toks[:a]) and not self._surely_name(toks[a].text):
                    deferred.append((toks, a))
                else:
                    self._collect_run(toks, a, b)
                i = b + 1
        for toks, a in deferred:
            word = toks[a].text
            if self.lookup(word) is not None or (word.endswith("s") and self.lookup(word[:-1]) is not None):
                self._collect_run(toks, a, a)
        for sent in body:
            self._pronoun_role(sent.tokens)
        self._pronoun_gender(body)

    def _surely_name(self, word: str) -> bool:
        lex = self.lex
        return (word in lex.pack.given_names or lex.is_organization_name(word) or (word.isupper() and len(word) >= 2)
                or word in lex.agencies or word in lex.outlets)

    def _collect_run(self, toks: list[Token], a: int, b: int) -> None:
        ent = self._add(toks, a, b)
        if ent.type == "person":
            self._apposition(toks, b, ent)
            self._predicate_role(toks, b, ent)

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
        initial = all(not t.is_word for t in toks[:i])
        if initial and lex.is_common_word(tok.text):
            return None
        j = i
        while j + 1 < len(toks):
            nxt = toks[j + 1]
            if nxt.is_word and nxt.is_capitalized and nxt.lower not in lex.stop:
                j += 1
            elif nxt.lower in lex.name_particles and lex.particle_run(toks, j + 1) > 0:
                j = lex.particle_run(toks, j + 1)
            elif nxt.lower in lex.organization_tails:
                j += 1  # "Falu tingsrätt"
                break
            else:
                break
        # a title or a kind of organisation written capitalised before the name is not
        # part of it: "EU-kommissionär Lucia Moretti", "Bostadsbolaget Stadshem"
        while i < j and (lex.title_stem(toks[i].text) or lex.is_organization_noun(toks[i].lower)):
            i += 1
        return i, j

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
        words = [t.text for t in toks[a:b + 1]]
        # genitive: "Ulf Lundkvists" -> "Ulf Lundkvist"
        if words[-1].endswith("s") and len(words[-1]) > 3:
            base = words[-1][:-1]
            if base in self.by_surname or (len(words) == 1 and base in self.lex.pack.given_names):
                words[-1] = base
        name = " ".join(words)
        # the words written before the name, back to a function word or punctuation:
        # "med [den tyske förbundskanslern] Olaf Scholz"
        prefix: list[str] = []
        for t in reversed(toks[max(0, a - 4):a]):
            low = t.lower
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
            ent = existing
        else:
            titled = any(self.lex.title_stem(w) for w in prefix[-2:])
            if self.lex.is_organization_name(name):
                etype = "organization"
            elif not titled and prefix and self._org_prefix(prefix[-1]):
                etype = "organization"  # "musiktidningen Rolling Stone", "organisationen Amnesty"
            elif self._person_like(words, prefix, toks[a - 1].lower if a > 0 else ""):
                etype = "person"
            else:
                etype = "organization" if len(words) == 1 else "unknown"
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
        ent.mentions.append((pos, toks[b].end))
        if not in_quote:
            ent.positions.append(pos)
        return ent

    def _role_phrase(self, toks: list[Token], k: int) -> str | None:
        """A role phrase starting at ``k`` that names a title: "chef på Företagarna"."""
        lex = self.lex
        end = k
        while end < len(toks) and end - k < 8 and toks[end].text not in ",.;:!?()–—" and toks[end].lower not in ("och", "som", "säger", "sa"):
            end += 1
        words = toks[k:end]
        while words and words[0].lower in lex.determiners:
            words = words[1:]
        if not words or not any(lex.title_stem(t.text) for t in words[:3]):
            return None
        return self.doc.text[words[0].start:words[-1].end]

    def _apposition(self, toks: list[Token], b: int, ent: Entity) -> None:
        """", chef på X," or "som är chef för X" right after a name gives the role."""
        if b + 2 >= len(toks):
            return
        if toks[b + 1].lower in ("på", "vid", "hos", "från") and toks[b + 2].is_capitalized and ent.organization is None:
            end = b + 2
            while end + 1 < len(toks) and toks[end + 1].is_capitalized:
                end += 1
            ent.organization = self.doc.text[toks[b + 2].start:toks[end].end]
        if ent.role is not None:
            return
        if toks[b + 1].text == "," and toks[b + 2].lower != "som":
            ent.role = self._role_phrase(toks, b + 2)
            return
        if toks[b + 1].text == ",":
            b += 1
        if toks[b + 1].lower == "som" and b + 3 < len(toks) and toks[b + 2].lower in ("är", "var", "blir", "jobbar", "arbetar"):
            k = b + 3 + (toks[b + 3].lower == "som" if b + 3 < len(toks) else 0)
            ent.role = self._role_phrase(toks, k)

    def _predicate_role(self, toks: list[Token], b: int, ent: Entity) -> None:
        """"Johan Ekström är generaldirektör för Folkhälsomyndigheten." gives the role."""
        if ent.role is None and b + 2 < len(toks) and toks[b + 1].lower in ("är", "var", "jobbar", "arbetar"):
            k = b + 2 + (toks[b + 2].lower == "som")
            ent.role = self._role_phrase(toks, k)

    def _pronoun_role(self, toks: list[Token]) -> None:
        """"Han är chef på museet." after a person is introduced gives that person's role."""
        if len(toks) < 3 or toks[0].lower not in ("han", "hon") or toks[1].lower not in ("är", "var", "jobbar", "arbetar"):
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
        if ent is not None and (len(ent.tokens) == 1 or ent.tokens[0] == words[0]):
            return ent
        return None

    # -- resolution ---------------------------------------------------------
    def salient_organization(self, offset: int) -> Entity | None:
        """The organisation mentioned most often before ``offset`` (outlets and agencies aside),
        preferring names that are surely organisations over places typed by default."""
        lex = self.lex
        found = [(e.type_certain, sum(p < offset for p in e.starts), max([p for p in e.starts if p < offset], default=-1), e)
                 for e in self.entities if e.type == "organization" and e.name not in lex.outlets
                 and e.name not in lex.agencies and any(p < offset for p in e.starts)]
        return max(found, key=lambda x: x[:3])[3] if found else None

    def latest_organization(self, offset: int) -> Entity | None:
        found = [(max(p for p in e.positions if p < offset), e) for e in self.entities
                 if e.type == "organization" and any(p < offset for p in e.positions)]
        return max(found, key=lambda x: x[0])[1] if found else None

    def persons_before(self, offset: int) -> list[tuple[int, Entity]]:
        found = [(p, e) for e in self.entities if e.type == "person" for p in e.positions if p < offset]
        return sorted(found, key=lambda x: -x[0])

    def _role_titles(self, ent: Entity) -> set[str]:
        """The titles an entity was introduced with, from its role and the words before its name."""
        words = (ent.role.split()[:3] if ent.role else []) + sorted(ent.descriptors)
        return {t for t in (self.lex.title_stem(w) for w in words) if t}

    def _title_match(self, want: str, have: str) -> bool:
        """'ministern' fits a finance minister, 'Djurgårdstränaren' a coach, 'ledaren' a chancellor."""
        hyper = self.lex.pack.role_hypernyms.get(want, frozenset())
        return (want == have or have.endswith(want) or (len(have) >= 4 and want.endswith(have))
                or have in hyper or (self.lex.title_head(have) or "") in hyper)

    def _organization_match(self, head: str, ent: Entity) -> bool:
        """'bolaget' fits 'bostadsbolaget Stadshem', 'domstolen' fits 'Falu tingsrätt'."""
        if ent.type not in ("organization", "unknown"):
            return False
        name = ent.name.casefold()
        words = self.lex.organization_hypernyms.get(head, ()) + (head,)
        return any(name.endswith(w) or w in name.split() for w in words) or any(
            d == head or d.endswith(head) or stem(d) == stem(head) for d in ent.descriptors
        )

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
                if ent.type != "person" or not any(self._title_match(title, t) for t in self._role_titles(ent)):
                    continue
            elif not self._organization_match(head, ent):
                continue
            shared = sum(1 for m in mods if any(stem(m)[:3] == stem(d)[:3] for d in ent.descriptors | set(ent.tokens_lower)))
            key = (shared, max(before))
            if best is None or key > best[:2]:
                best = (shared, max(before), ent)
        return best[2] if best else None


class Resolver:
    """Fills the speaker fields of candidates, in text order."""

    def __init__(self, doc: Document, lex: Lexicon, candidates: list[Candidate]) -> None:
        self.doc = doc
        self.lex = lex
        # people named inside what someone says are not who "han"/"hon" later refers to
        said = [c.content for c in candidates]
        self.index = EntityIndex(doc, lex, said)
        self.resolved: list[Candidate] = []

    def resolve(self, cand: Candidate) -> None:
        self._resolve(cand)
        self.resolved.append(cand)

    def _resolve(self, cand: Candidate) -> None:
        if cand.mention is None:
            return
        s, e = cand.mention
        toks = [t for t in tokenize(self.doc.text, s, e)]
        words = [t for t in toks if t.is_word]
        if not words:
            return
        lex = self.lex
        first = words[0].lower
        if len(words) == 1 and first in lex.pronouns:
            self._pronoun(cand, words[0])
            return
        if any(t.lower == "som" for t in words[1:]):
            self._description(cand, words)  # "Flera som SVT har talat med": a relative clause
            return
        caps = [i for i, t in enumerate(words) if t.is_capitalized and not (i == 0 and self._not_a_name(t, words))]
        if caps and not (len(words) == 1 and first in lex.group_heads):
            self._named(cand, words, caps)
        else:
            self._description(cand, words)

    def _common_word(self, tok: Token) -> bool:
        return self.lex.is_common_word(tok.text)

    def _not_a_name(self, first: Token, words: list[Token]) -> bool:
        """A capitalised first word that only starts a sentence: "Pappan", "Prisad författare"."""
        if self._common_word(first):
            return True
        rest_lower = len(words) > 1 and all(not t.is_capitalized for t in words[1:])
        sentence_start = self.doc.sentences[self.doc.sentence_at(first.start)].start == first.start
        return (rest_lower and sentence_start and first.text not in self.lex.pack.given_names
                and self.index.lookup(first.text) is None)

    # -- by mention type ----------------------------------------------------
    def _pronoun(self, cand: Candidate, tok: Token) -> None:
        ptype, gender = self.lex.pronouns[tok.lower]
        cand.speaker_type = ptype
        if ptype != "person" or tok.lower == "jag":
            cand.speaker_name = tok.text if ptype != "person" else None
            if ptype == "group":
                cand.speaker_name = self._group_antecedent(cand) or tok.text
            return
        for _, ent in self.index.persons_before(cand.mention[0]):
            if gender != "unknown" and ent.gender not in ("unknown", gender):
                continue
            if gender != "unknown" and ent.gender == "unknown":
                ent.gender, ent.gender_source = gender, "pronoun"
            self.take(cand, ent)
            return
        cand.speaker_gender = gender
        cand.gender_source = "pronoun" if gender != "unknown" else None

    def _group_antecedent(self, cand: Candidate) -> str | None:
        """``De`` refers back to the latest group or organisation that spoke, in this or the previous paragraph."""
        for prev in reversed(self.resolved):
            if prev.paragraph < cand.paragraph - 1:
                break
            if prev.speaker_type in ("group", "organization") and prev.speaker_name and prev.speaker_name.casefold() not in self.lex.pronouns:
                cand.speaker_type = prev.speaker_type
                return prev.speaker_name
        return None

    def _named(self, cand: Candidate, words: list[Token], caps: list[int]) -> None:
        lex = self.lex
        b = caps[-1]
        a = b
        listed = any(t.lower == "och" for t in words)  # "Linda, Preben och Inez Neshem"
        text = self.doc.text
        while a - 1 >= 0 and ((a - 1) in caps or (listed and words[a - 1].lower == "och" and a - 2 in caps)):
            if "," in text[words[a - 1].end:words[a].start] and not listed:
                break  # "räddningschefen i Sundsvall, Ola Mattsson"
            a -= 1
        # a genitive before the name is the speaker's organisation: "Dackarnas ledare Mikael Teurnberg"
        genitive = next((t.text for t in words[:a] if t.is_capitalized and t.text.endswith("s") and not self._common_word(t)), None)
        if genitive and b == len(words) - 1:
            cand.speaker_org = genitive[:-1]
        prefix = [t.lower for t in words[:a]]
        suffix = [t for t in words[b + 1:]]
        core = [t.text for t in words[a:b + 1]]
        name = " ".join(core)
        if suffix:  # "Britney Spears advokat": the head is the noun after the genitive
            cand.speaker_name = " ".join(t.text for t in words[a:])
            head = suffix[-1].lower
            cand.speaker_type = "group" if head in lex.group_heads else "person" if lex.title_stem(head) else "unknown"
            cand.speaker_role = lex.title_stem(head)
            return
        if "och" in [t.lower for t in words[a:b + 1]] or "," in self.doc.text[words[a].start:words[b].end]:
            cand.speaker_name = " ".join(t.text for t in words[a:b + 1]) if a < b else name
            cand.speaker_name = self.doc.text[words[a].start:words[b].end]
            parts = [p for p in cand.speaker_name.replace(" och ", ",").split(",") if p.strip()]
            all_orgs = all(lex.is_organization_name(p.strip()) for p in parts)
            cand.speaker_type = "organization" if all_orgs or any(p in lex.organization_heads for p in prefix) else "group"
            return
        ent = self.index.lookup(name)
        if ent is None and name.endswith("s") and len(core) > 1:
            ent = self.index.lookup(name[:-1])
        role = next((lex.title_stem(w) for w in reversed(prefix) if lex.title_stem(w)), None)
        if ent is not None:
            self.take(cand, ent)
            if role and not cand.speaker_role:
                cand.speaker_role = role
            if any(p in lex.organization_heads for p in prefix) and ent.type != "person":
                cand.speaker_type = "organization"
            return
        cand.speaker_name = name
        if any(p in lex.organization_heads or p.endswith(("myndigheten", "myndigheterna")) for p in prefix) or lex.is_organization_name(name):
            cand.speaker_type = "organization"
        elif core[0] in lex.pack.given_names or role or len(core) >= 2:
            cand.speaker_type = "person"
            cand.type_certain = core[0] in lex.pack.given_names or role is not None
            cand.speaker_gender = lex.pack.given_names.gender(core[0]) if len(core) > 1 else "unknown"
            cand.gender_source = "name" if cand.speaker_gender != "unknown" else None
        else:
            cand.speaker_type = "organization"
            cand.type_certain = False
        cand.speaker_role = role

    @property
    def _salient_heads(self) -> frozenset[str]:
        return frozenset(self.lex.pack.raw["roles"].get("salient_organization_heads", []))

    def _document_owner(self, words: list[Token]) -> str | None:
        """The owner in "myndighetens egen statistik", "organisationens beräkningar", as a head noun."""
        lex = self.lex
        if words[-1].lower not in lex.document_nouns and words[-1].lower not in lex.unknown_heads and \
                not any(words[-1].lower.endswith(d) for d in ("statistik", "beräkningar", "siffror", "uppgifter")):
            return None
        for t in words[:-1]:
            low = t.lower
            if low.endswith("s") and len(low) > 4 and (lex.is_organization_noun(low[:-1]) or lex.title_stem(low[:-1])):
                return low[:-1]
        return None

    def _description(self, cand: Candidate, words: list[Token]) -> None:
        lex = self.lex
        lows = [t.lower for t in words]
        head = lows[-1]
        text = " ".join(t.text for t in words)
        quantified = any(w in ("många", "flera", "fler", "flesta", "del", "några", "vissa", "alla") for w in lows)
        if "som" in lows[1:]:
            # a relative clause: "De som jobbar där" are the people of the organisation just named
            if head == "där":
                org = self.index.latest_organization(cand.mention[0])
                if org is not None:
                    self.take(cand, org)
                    return
            cand.speaker_name = text
            cand.speaker_type = "group" if lows[0] in ("de", "alla", "flera", "många") else "unknown"
            return
        if head in lex.group_heads or quantified:
            cand.speaker_name = text
            cand.speaker_type = "group"
            return
        owner = self._document_owner(words)
        if owner is not None:  # "myndighetens egen statistik": the agency speaks through it
            head, lows = owner, [owner]
        ent = self.index.describe(head, lows[:-1], cand.mention[0])
        if ent is None and cand.paragraph == 0:  # a headline describes someone the text introduces later
            ent = self.index.describe(head, lows[:-1], len(self.doc.text))
        if ent is None and (head in self._salient_heads or head in lex.document_nouns):
            ent = self.index.salient_organization(cand.mention[0])  # "Det meddelade bolaget."
        if ent is not None:
            self.take(cand, ent)
            return
        body = [t.text for t in words if t.lower not in lex.determiners] or [text]
        cand.speaker_name = " ".join(body)
        if head in lex.unknown_heads:
            cand.speaker_type = "unknown"
        elif head in lex.organization_heads or any(head.endswith(s.strip()) for s in lex.organization_suffixes if len(s.strip()) > 4):
            cand.speaker_type = "organization"
        elif lex.title_stem(head):
            cand.speaker_type = "person"
            cand.speaker_role = lex.title_stem(head)
        elif head.endswith(("na", "rna")):
            cand.speaker_type = "group"
        else:
            cand.speaker_type = "unknown"

    def retype(self, cand: Candidate, speaker_type: str) -> None:
        """Set the type the entity model found, on the candidate and its entity."""
        cand.speaker_type, cand.type_certain = speaker_type, True
        ent = cand.entity
        if isinstance(ent, Entity):
            ent.type, ent.type_certain = speaker_type, True
            if speaker_type == "person":
                self.index._name_gender(ent)

    def refresh(self, cand: Candidate) -> None:
        ent = cand.entity
        assert isinstance(ent, Entity)
        cand.speaker_name, cand.speaker_type = ent.name, ent.type
        cand.speaker_gender, cand.gender_source = ent.gender, ent.gender_source
        cand.speaker_role = cand.speaker_role or ent.role
        cand.speaker_org = cand.speaker_org or ent.organization

    def take(self, cand: Candidate, ent: Entity) -> None:
        cand.entity = ent
        cand.speaker_name = ent.name
        cand.speaker_type = ent.type
        cand.speaker_role = cand.speaker_role or ent.role
        cand.speaker_gender = ent.gender
        cand.gender_source = ent.gender_source
        cand.speaker_org = ent.organization
        cand.type_certain = ent.type_certain
        if cand.mention is not None:
            ent.positions.append(cand.mention[0])
