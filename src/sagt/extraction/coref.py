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

from collections.abc import Iterator

from sagt.extraction.candidates import Candidate, copy_speaker
from sagt.extraction.entities import Entity, EntityIndex
from sagt.extraction.lexicon import Lexicon, stem
from sagt.text.document import Document
from sagt.text.segment import Token, joined, tokenize


def _said_ranges(cand: Candidate) -> list[tuple[int, int]]:
    """The content of a candidate without its own cue clause: an interrupted or
    continued dash quote ("– Det är fel, säger Anna Berg. Hon är ekonom.") holds
    the speaker's name, who is no one the quote speaks about."""
    s, e = cand.content
    if cand.cue is None or cand.mention is None or not (s <= cand.cue[0] < e or s <= cand.mention[0] < e):
        return [(s, e)]
    a, b = min(cand.cue[0], cand.mention[0]), max(cand.cue[1], cand.mention[1])
    return [r for r in ((s, a), (b, e)) if r[0] < r[1]]


class Resolver:
    """Fills the speaker fields of candidates, in text order."""

    def __init__(self, doc: Document, lex: Lexicon, candidates: list[Candidate]) -> None:
        self.doc = doc
        self.lex = lex
        # people named inside what someone says are not who "han"/"hon" later refers to
        self.index = EntityIndex(doc, lex, [r for c in candidates for r in _said_ranges(c)])
        self.index.note_described_subjects({c.mention[0] for c in candidates if c.mention is not None})
        self.candidates = candidates
        self.resolved: list[Candidate] = []

    def resolve(self, cand: Candidate) -> None:
        self._resolve(cand)
        self._qualify_group(cand)
        self.resolved.append(cand)

    def _qualify_group(self, cand: Candidate) -> None:
        """The fullest name of a group or an unnamed source keeps the body after
        it that says which one: "forskare vid Karolinska institutet", "källor med
        insyn i förhandlingarna" (a place or a body: a capitalised name or an
        organisation noun, not "i torsdags")."""
        lex = self.lex
        name = cand.speaker_name or ""
        if cand.entity is not None or cand.speaker_type not in ("group", "unknown") or cand.mention is None \
                or not name or any(w in lex.place_prepositions for w in name.casefold().split()):
            return
        end = cand.mention[1]
        sent = self.doc.sentences[self.doc.sentence_at(end - 1)]
        toks = list(tokenize(self.doc.text, end, sent.end))
        k = next((len(q.split()) for q in lex.source_qualifiers
                  if [t.lower for t in toks[:len(q.split())]] == q.split()), 0)
        if not k and not (toks and toks[0].lower in lex.place_prepositions):
            return
        last = self._body_end(toks, max(k, 1), any_noun=k > 0)
        if last is not None:
            cand.speaker_name = f"{name} {self.doc.text[toks[0].start:toks[last].end]}"

    def _body_end(self, toks: list[Token], j: int, any_noun: bool) -> int | None:
        """The last token of a place's or a body's name from ``j``: capitalised words
        and organisation nouns ("Sveriges lantbruksuniversitet", "Karolinska
        institutet"); after a qualifier any noun ("med insyn i förhandlingarna")."""
        lex = self.lex
        last = None
        while j < len(toks) and toks[j].is_word:
            t = toks[j]
            if t.is_capitalized or lex.is_organization_noun(t.lower) or t.lower.endswith(lex.organization_tail_suffixes):
                last = j
            elif last is None and t.lower in lex.determiners:
                pass  # "vid det tyska inrikesministeriet"
            elif last is None and any_noun and t.lower not in lex.stop:
                return j  # "med insyn i förhandlingarna"
            else:
                break
            j += 1
        return last

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
        if len(words) == 1 and words[0].text in lex.parties:  # "L: ”Inte vårt förslag”"
            cand.speaker_name, cand.speaker_type = lex.parties[words[0].text], "organization"
            return
        listed = lex.listed_outlet_at(words, 0)
        if listed is not None and listed[1] == len(words):  # "Dagens industri", written in any case
            cand.speaker_name, cand.speaker_type = listed[0], "organization"
            return
        texts = [t.text for t in words]
        if lex.authority_name(texts) or lex.seated_organization(texts) \
                or " ".join(texts).casefold() in lex.known_organizations_folded:  # "Inspektionen för vård och omsorg", "Svenska kraftnät"
            cand.speaker_name, cand.speaker_type = self.doc.text[words[0].start:words[-1].end], "organization"
            return
        if any(t.lower == "som" for t in words[1:]):
            self._description(cand, words)  # "Flera som SVT har talat med": a relative clause
            return
        introduced = self.index.introduced_as(first, s) if len(words) == 1 and self.index.lookup(words[0].text) is None else None
        if introduced is not None:  # "från socialdemokraten Annika Strömberg" … "Socialdemokraten påpekade"
            self.take(cand, introduced)
            return
        caps = [i for i, t in enumerate(words) if t.is_capitalized and not (i == 0 and self._not_a_name(t, words))
                and not self._capitalised_title(words, i)]
        if caps and not (len(words) == 1 and first in lex.group_heads):
            self._named(cand, words, caps)
        else:
            self._description(cand, words)

    def _gender_fits(self, ent: Entity, gender: str) -> bool:
        """Whether a description's gender ("kvinnan": female) allows the person, by
        what the text said of them or by their given name."""
        known = ent.gender if ent.gender != "unknown" else self.lex.pack.given_names.gender(ent.tokens[0])
        return gender == "unknown" or known in ("unknown", gender)

    def _capitalised_title(self, words: list[Token], i: int) -> bool:
        """A title written with a capital for its acronym ("En EU-diplomat", "FN-chefen"):
        no name, unless the text names someone so or a given name comes before it."""
        word = words[i].text
        return (self.lex.acronym_title(word) and self.index.lookup(word) is None
                and not (i > 0 and words[i - 1].text in self.lex.pack.given_names))

    def _common_word(self, tok: Token) -> bool:
        return self.lex.is_common_word(tok.text)

    def _not_a_name(self, first: Token, words: list[Token]) -> bool:
        """A capitalised first word that only starts a sentence: "Pappan", "Prisad författare",
        "Arbetsgivarna" after "Logistikarbetsgivarna" (the end of an organisation's name)."""
        if self._common_word(first):
            return True
        low = first.lower
        if len(words) == 1 and len(low) >= 5 and self.index.lookup(first.text) is None and any(
                e.type == "organization" and len(e.tokens) == 1 and e.name.casefold().endswith(low)
                and e.name.casefold() != low for e in self.index.entities):
            return True
        if len(words) > 1 and words[1].is_capitalized and self.lex.is_organization_noun(first.lower) \
                and not self.lex.regional_branch([t.text for t in words]):
            return True  # "Skivbolaget Konichiwa Records": the noun before the name; not "Sparbanken Skåne"
        if len(words) > 1 and all(t.is_capitalized for t in words[1:]) and self.lex.describes_name_after(words, 0):
            return True  # "Psykologen Kim Ek"
        rest_lower = len(words) > 1 and all(not t.is_capitalized for t in words[1:])
        sentence_start = self.doc.sentences[self.doc.sentence_at(first.start)].start == first.start
        owner = self.lex.genitive_base(first.text)
        return (rest_lower and sentence_start and first.text not in self.lex.pack.given_names
                and self.index.lookup(first.text) is None
                and self.index.lookup(" ".join(t.text for t in words)) is None  # "Ludvika kommun" is a name
                and not (owner != first.text and self.lex.is_organization_name(owner)  # "Aftonbladets ledarsida",
                         and not self.lex.is_organization_noun(owner.casefold())))  # not "Bolagets vd"

    # -- by mention type ----------------------------------------------------
    def _pronoun(self, cand: Candidate, tok: Token) -> None:
        ptype, gender = self.lex.pronouns[tok.lower]
        cand.speaker_type = ptype
        if ptype != "person" or tok.lower == "jag":
            cand.speaker_name = tok.text if ptype != "person" else None
            if ptype == "group":
                cand.speaker_name = self._group_antecedent(cand) or tok.text
            return
        unnamed = self._unnamed_antecedent(cand, gender)
        before = self.index.persons_before(cand.mention[0], topics=self._topics(gender))
        start = self.doc.paragraphs[max(cand.paragraph - 1, 0)].start
        for k, (pos, ent) in enumerate(before):
            if gender != "unknown" and ent.gender not in ("unknown", gender):
                continue
            if gender != "unknown" and ent.gender == "unknown" and not ent.type_certain and any(
                    p >= start and e.gender == gender for p, e in before[k + 1:]):
                continue  # "Hon köpte Solbris Kids …": a name a person only by its shape, not the woman named just before
            if unnamed is not None and unnamed.mention[0] > pos:
                break  # "En mamma … säger att …" spoke after the last person named
            if gender != "unknown" and ent.gender == "unknown":
                ent.gender, ent.gender_source = gender, "pronoun"
            self.take(cand, ent)
            return
        if unnamed is not None:
            copy_speaker(cand, unnamed)
            return
        # no one named outside what was said: "X har sålt slut, uppger förlaget. – …, säger hon."
        for pos, ent in self.index.persons_before(cand.mention[0], said=True):
            if gender == "unknown" or ent.gender in ("unknown", gender):
                self.take(cand, ent)
                return
        cand.speaker_gender = gender
        cand.gender_source = "pronoun" if gender != "unknown" else None

    def _topics(self, gender: str) -> frozenset[int]:
        """Where reported content opens with a person's name ("Margit Holmgren var klar
        i huvudet …, enligt sonen"), that person is the topic a later "hon" goes on
        about, when the pronoun does not fit the one who reported it."""
        if gender == "unknown":
            return frozenset()
        return frozenset(c.content[0] for c in self.resolved
                         if c.kind == "indirect" and c.speaker_gender not in (gender, "unknown"))

    def _unnamed_antecedent(self, cand: Candidate, gender: str) -> Candidate | None:
        """The latest speaker in this or the previous paragraph who is a person the
        text describes but does not name ("En mamma, som inte vill framträda med namn,
        säger …"), of a gender the pronoun allows."""
        for prev in reversed(self.resolved):
            if prev.paragraph < cand.paragraph - 1 or prev.mention is None:
                break
            if self._unnamed(prev) and prev.speaker_name.casefold() not in self.lex.pronouns \
                    and (gender == "unknown" or prev.speaker_gender in ("unknown", gender)):
                return prev
            if prev.speaker_type == "person":
                return None  # a named person spoke last: the index decides
        return None

    def _group_antecedent(self, cand: Candidate) -> str | None:
        """``De`` refers back to the latest group or organisation that spoke, in this or the
        two paragraphs before (one of the group may have spoken between: "…, säger Áila
        Kuoljok, en av arrangörerna." "De menar att …")."""
        for prev in self._recent(cand, 2):
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
            if lex.name_boundary(words[a - 1], words[a], words[a + 1] if a + 1 < len(words) else None):
                break  # "Centerpartiets Maja Lindgren": the party is her organisation; a title the role
            a -= 1
        # a genitive before the name is the speaker's organisation: "Dackarnas ledare Mikael Teurnberg"
        genitive = next((g for g in (lex.organization_genitive_at(words, k) for k in range(a)) if g), None)
        if genitive and b == len(words) - 1:
            cand.speaker_org = self.index.organization_name(genitive)
        prefix = [t.lower for t in words[:a]]
        suffix = [t for t in words[b + 1:]]
        core = [t.text for t in words[a:b + 1]]
        name = " ".join(core)
        speaks_for = suffix and (lex.is_document_noun(suffix[-1].lower) or suffix[-1].lower in lex.voice_nouns)
        owner = lex.organization_genitive_at(words, b) if speaks_for else None
        if owner is not None:  # "Konjunkturinstitutets senaste prognos", "Trafikverkets presstjänst": the owner speaks
            cand.speaker_name, cand.speaker_type = " ".join([t.text for t in words[a:b]] + [owner]), "organization"
            return
        if suffix:  # "Britney Spears advokat": the head is the noun after the genitive
            described = self._titled_person(cand, words)
            if described is not None:  # "Norrviks vd: ”…”" before "vd:n Cecilia Barkman"
                self.take(cand, described)
                return
            cand.speaker_name = joined(self.doc.text, words[a:])  # "Miljö- och hälsoskyddskontoret"
            head = suffix[-1].lower
            cand.speaker_type = ("group" if head in lex.group_heads else "person" if lex.title_stem(head)
                                 else "organization" if lex.is_organization_noun(head)
                                 or lex.is_organization_name(cand.speaker_name) else "unknown")  # "Umeå kommun"
            cand.speaker_role = lex.title_stem(head)
            return
        if "och" in [t.lower for t in words[a:b + 1]] or "," in self.doc.text[words[a].start:words[b].end]:
            cand.speaker_name = self.doc.text[words[a].start:words[b].end]
            parts = [p for p in cand.speaker_name.replace(" och ", ",").split(",") if p.strip()]
            # one known name with "och" in it, exactly ("Sveriges Kommuner och Regioner"), or every part an organisation
            all_orgs = cand.speaker_name.casefold() in lex.known_organizations_folded or all(
                lex.is_organization_name(p.strip()) for p in parts)
            cand.speaker_type = "organization" if all_orgs or any(p in lex.organization_heads for p in prefix) else "group"
            return
        ent = self.index.lookup(name)
        if ent is None and name.endswith("s") and len(core) > 1:
            ent = self.index.lookup(name[:-1])
        role = next((lex.title_stem(w) for w in reversed(prefix) if lex.title_stem(w)), None)
        if ent is not None:
            org = cand.speaker_org  # from a genitive before the name, if any
            self.take(cand, ent)
            if org and ent.type == "person":
                ent.organization = ent.organization or org  # later mentions ("han", "Teurnberg") keep it
                cand.speaker_org = ent.organization
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

    def _titled_person(self, cand: Candidate, words: list[Token]) -> Entity | None:
        """The person a genitive and a title describe ("Norrviks vd", "Volvos
        presschef") when the article names one with that title, before the
        mention or, in a headline, anywhere in the text."""
        head = words[-1].lower
        if not self.lex.title_stem(head) or any(not t.is_capitalized for t in words[:-1]):
            return None
        mods = [t.lower for t in words[:-1]]
        ent = self.index.describe(head, mods, cand.mention[0])
        if ent is None and cand.paragraph == 0:
            ent = self.index.describe(head, mods, len(self.doc.text))
        if ent is None:
            return None
        # the title alone is not enough ("Volvos vd" is not another company's vd): the person's
        # organisation is the genitive's, or the person has none and the article names that one

        def owner(name: str) -> bool:
            return any(stem(m)[:4] == stem(w)[:4] for m in mods for w in name.casefold().split())
        if ent.organization is not None:
            return ent if owner(ent.organization) else None
        named = any(e.type == "organization" and owner(e.name) for e in self.index.entities)
        return ent if named else None

    def _document_owner(self, words: list[Token]) -> str | None:
        """The owner in "myndighetens egen statistik", "organisationens beräkningar", as a head noun."""
        lex = self.lex
        if not lex.is_document_noun(words[-1].lower) and words[-1].lower not in lex.unknown_heads and \
                not words[-1].lower.endswith(lex.figure_nouns):
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
        # "flera läkare", "31 distriktsläkare" (a number of people; not "2010 års vinnare")
        quantified = any(w in lex.quantifiers for w in lows) or lows[0].isdigit() and 1 < int(lows[0]) < 1000
        age = next((a for a in map(lex.age_of, lows) if a is not None), None)
        # (a headline's "19-årige hjälten" is someone of that age the text names later)
        aged = self.index.person_of_age(age, cand.mention[0] if cand.paragraph else len(self.doc.text)) \
            if age is not None else None
        if aged is not None and self._gender_fits(aged, lex.gendered_nouns.get(head, "unknown")):
            # "Den 52-åriga kvinnan" after "Annika, 52," (not "den 52-årige mannen")
            self.take(cand, aged)
            return
        if age is not None and aged is None and cand.paragraph > 0 and len(words) <= 2:
            latest = self._latest_person(cand, head)  # "Gunnar Berglund ser annorlunda på saken. – …, säger den 71-årige."
            if latest is not None and latest.age is None:
                latest.age = age
                self.take(cand, latest)
                return
        spokesperson = next((k for k, w in enumerate(lows[:2]) if w in lex.spokesperson_nouns and lex.title_stem(w)), None)
        body = lows[spokesperson + 2:] if spokesperson is not None else []
        if body and lows[spokesperson + 1] in lex.prepositions and not lex.is_organization_noun(body[-1]):
            # "en talesperson för premiärministerns kansli": a person, for a body that is no
            # organisation the text names ("en talesperson för kommissionen" is the commission)
            cand.speaker_name = " ".join(t.text for t in words[spokesperson:])
            cand.speaker_type, cand.speaker_role = "person", lex.title_stem(lows[spokesperson])
            cand.speaker_org = " ".join(t.text for t in words[spokesperson + 2:]) or None
            return
        if "som" in lows[1:]:
            # a relative clause: "De som jobbar där" are the people of the organisation just named
            if head == "där":
                org = self.index.latest_organization(cand.mention[0])
                if org is not None:
                    self.take(cand, org)
                    return
            noun = lows[lows.index("som", 1) - 1]
            if noun in lex.gendered_nouns or lex.title_stem(noun):  # "En kvinna som arbetar i en butik"
                self._unnamed_person(cand, words[:lows.index("som", 1)], noun)
                return
            cand.speaker_name = text
            cand.speaker_type = "group" if lows[0] in ("de", "alla", "flera", "många") else "unknown"
            return
        if len(lows) > 2 and lows[1] in lex.partitive_prepositions:  # "En av de drabbade", "Flera av eleverna"
            cand.speaker_name = text
            cand.speaker_type = "person" if lows[0] in lex.singular_articles else "group"
            return
        if head in lex.signatory_nouns:  # "Debattörerna kräver …": who wrote the article just reported
            writer = next((p for p in self._recent(cand, 4) if p.speaker_type in ("group", "person") and p.cue is not None
                           and self.doc.text[p.cue[0]:p.cue[1]].casefold() in lex.writing_cues), None)
            if writer is not None:
                copy_speaker(cand, writer)
                return
        if head in lex.group_heads or quantified:
            earlier = self._earlier_group(cand, head) if len(words) == 1 else None
            if earlier is None and cand.paragraph == 0 and len(words) == 1:
                cand.speaker_name = self._later_group(cand, head) or text  # "Läkare larmar: …" then "31 distriktsläkare"
            else:
                cand.speaker_name = earlier.speaker_name if earlier is not None else text
            cand.speaker_type = "group"
            return
        repeated = self._same_description(cand, lows)
        if repeated is not None:  # "Det skriver bolaget …" then "”…”, skriver bolaget vidare."
            copy_speaker(cand, repeated)
            return
        owner = self._document_owner(words)
        if owner is not None:  # "myndighetens egen statistik": the agency speaks through it
            head, lows = owner, [owner]
        sub_heading = cand.paragraph > 0 and self.doc.paragraphs[cand.paragraph].heading
        # a sub-heading ("Statsvetaren: ”…”") describes whom its section introduces, or failing that someone before
        ent = self.index.describe(head, lows[:-1], self._section_end(cand.paragraph) if sub_heading else cand.mention[0])
        if ent is None and head in lex.outlet_nouns and len(words) == 1:
            ent = self.index.latest_newsroom(cand.mention[0], head)  # "enligt tidningen" after "skrev The Guardian"
        if ent is None and cand.paragraph == 0:  # a headline describes someone the text introduces later
            ent = self.index.describe(head, lows[:-1], len(self.doc.text))
        if ent is None and cand.paragraph > 0 and lex.title_stem(head):
            ent = self._named_next(cand, head, lows[:-1])  # "enligt hans försvarare." "Försvararen Magnus Ferm …"
        if ent is None and head in lex.nationality_nouns and len(words) == 1:
            ent = self._latest_person(cand, head)  # "…, säger finländaren."
        if ent is None and lex.is_epithet(head) and cand.paragraph > 0:
            ent = self._latest_person(cand, head)  # "…, säger Johan Brink." "Den tidigare landslagsspelaren …"
        if ent is None and head in lex.municipal_heads:
            ent = self.index.latest_place_body(cand.mention[0])  # "…, skriver kommunen." after "I Skellefteå"
        if ent is None and (head in lex.salient_organization_heads or lex.is_document_noun(head)):
            ent = self.index.salient_organization(cand.mention[0])  # "Det meddelade bolaget."
        if ent is not None:
            self.take(cand, ent)
            return
        earlier = self._earlier_unnamed(cand, head) or self._earlier_organization(cand, head) if len(words) == 1 else None
        if earlier is not None:  # "En kvinna … berättar …" then "…, säger kvinnan."
            copy_speaker(cand, earlier)
            return
        untitled = self._untitled_last_speaker(cand, lex.gendered_nouns.get(head, "unknown")) \
            if len(words) == 1 and lex.title_stem(head) else None
        if untitled is not None:  # "Mattias Nyqvist har undervisat … i 19 år. Han berättar …" "Läraren påpekar …"
            self.take(cand, untitled)
            return
        cand.speaker_name = joined(self.doc.text, [t for t in words if t.lower not in lex.determiners]) or text
        noun = next((w for w in lows if w not in lex.determiners), head)
        if head in lex.unknown_heads or noun in lex.unknown_heads:  # "källor i regeringskansliet", "en källa i styrelsen"
            cand.speaker_type = "unknown"
        elif lex.plural_title(head):  # "Resenärerna", "grannarna": a group
            cand.speaker_type = "group"
        elif lex.is_organization_noun(head) or not lex.title_stem(head) and any(
                head.endswith(s.strip()) for s in lex.organization_suffixes if len(s.strip()) > 4):
            cand.speaker_type = "organization"  # (a title ending like one is a person: "kommunalrådet")
        elif lex.title_stem(head):
            cand.speaker_type = "person"
            cand.speaker_role = lex.title_stem(head)
            cand.speaker_org = self._generic_owner(words[:-1], cand.mention[0])  # "Myndighetens presschef"
        elif head in lex.gendered_nouns or lex.is_epithet(head) or lex.age_of(head) is not None:
            # "kvinnan", "hjälten", "Den 52-årige": a person
            cand.speaker_type = "person"
        elif lex.plural_definite_endings and head.endswith(lex.plural_definite_endings):
            cand.speaker_type = "group"
        else:
            cand.speaker_type = "unknown"
        if cand.speaker_type == "person":
            self._noun_gender(cand, head)  # "säger en pappa"

    def _named_next(self, cand: Candidate, head: str, modifiers: list[str]) -> Entity | None:
        """A title no one before it had, which the next paragraph gives with a name:
        "Mannen nekar till brott, enligt hans försvarare." then "Försvararen Magnus Ferm …"."""
        paragraphs = self.doc.paragraphs
        nxt = cand.paragraph + 1
        if nxt >= len(paragraphs):
            return None
        ent = self.index.describe(head, modifiers, paragraphs[nxt].end)
        if ent is None or min(ent.starts) < paragraphs[cand.paragraph].end:
            return None
        return ent

    def _section_end(self, paragraph: int) -> int:
        """Where the section a sub-heading opens ends: at the next sub-heading."""
        return next((p.start for p in self.doc.paragraphs[paragraph + 1:] if p.heading and not p.boilerplate),
                    len(self.doc.text))

    def _generic_owner(self, words: list[Token], offset: int) -> str | None:
        """The organisation a generic genitive before a title refers back to ("Myndighetens presschef")."""
        tok = next((t for t in words if self.index.is_generic_genitive(t)), None)
        return self.index.generic_owner(tok, offset) if tok is not None else None

    def _latest_person(self, cand: Candidate, head: str) -> Entity | None:
        """The person last named before a nationality noun, in this or the previous paragraph."""
        gender = "male" if head.endswith(self.lex.male_noun_endings) else "unknown"
        start = self.doc.paragraphs[max(cand.paragraph - 1, 0)].start
        for pos, ent in self.index.persons_before(cand.mention[0]):
            if pos < start:
                return None
            if gender == "unknown" or ent.gender in ("unknown", gender):
                return ent
        return None

    def _unnamed_person(self, cand: Candidate, words: list[Token], head: str) -> None:
        """A person described, not named: the noun phrase before its relative clause."""
        lex = self.lex
        cand.speaker_name = joined(self.doc.text, [t for t in words if t.lower not in lex.determiners]) or head
        cand.speaker_type = "person"
        cand.speaker_role = lex.title_stem(head)
        self._noun_gender(cand, head)

    def _noun_gender(self, cand: Candidate, head: str) -> None:
        """The gender a noun says ("kvinnan", "en pappa"): gender_source "noun"."""
        if head in self.lex.gendered_nouns:
            cand.speaker_gender, cand.gender_source = self.lex.gendered_nouns[head], "noun"

    def _recent(self, cand: Candidate, paragraphs: int) -> Iterator[Candidate]:
        """The candidates resolved before ``cand`` in its paragraph and the
        ``paragraphs`` before it, latest first."""
        for prev in reversed(self.resolved):
            if prev.paragraph < cand.paragraph - paragraphs:
                return
            yield prev

    def _earlier_unnamed(self, cand: Candidate, head: str) -> Candidate | None:
        """An unnamed person who spoke in the last two paragraphs and whom a definite
        description repeats: "en kvinna" -> "kvinnan", "en pappa" -> "pappan"."""
        if head not in self.lex.gendered_nouns and not self.lex.title_stem(head):
            return None
        for prev in self._recent(cand, 2):
            name = (prev.speaker_name or "").casefold()
            if self._unnamed(prev) and " " not in name and self._repeats(head, name):
                return prev
        return None

    def _earlier_group(self, cand: Candidate, head: str) -> Candidate | None:
        """A group introduced with what says which one, in the last five paragraphs,
        that a definite noun repeats: "forskare vid Karolinska institutet" ->
        "Forskarna", "31 distriktsläkare" -> "läkarna" (a definite noun only:
        "Forskare vid …" is another group)."""
        if not (self.lex.plural_definite_endings and head.endswith(self.lex.plural_definite_endings)):
            return None
        base = stem(head)
        for prev in self._recent(cand, 5):
            words = (prev.speaker_name or "").casefold().split()
            if prev.speaker_type != "group" or not words:
                continue
            if len(words) > 2 and words[1] in self.lex.place_prepositions and stem(words[0])[:5] == base[:5]:
                return prev
            last = words[-1]  # "31 distriktsläkare" -> "läkarna", "flera elever" -> "eleverna"
            if len(words) > 1 and len(base) >= 3 and last.rfind(base) >= 0 and len(last) - last.rfind(base) - len(base) <= 3:
                return prev
        return None

    def _later_group(self, cand: Candidate, head: str) -> str | None:
        """The group a headline's bare plural ("Läkare larmar: …") is introduced as in the
        first paragraphs of the body: the first speaker mention there ending in it
        ("31 distriktsläkare")."""
        for later in self.candidates:
            if later.mention is None or not 0 < later.paragraph <= 4:
                continue
            words = self.doc.text[later.mention[0]:later.mention[1]].split()
            if len(words) > 1 and words[-1].casefold().endswith(head):
                return " ".join(words)
        return None

    def _untitled_last_speaker(self, cand: Candidate, gender: str) -> Entity | None:
        """A title that fits no one named with it may name the person who spoke last, in
        this or the previous paragraph, when they were named without any title: the
        text describes them by what they do ("har undervisat på skolan i 19 år")."""
        for prev in self._recent(cand, 1):
            if prev.speaker_type != "person":
                continue
            ent = prev.entity
            if ent is None or ent.role is not None or self.index.role_titles(ent) or not self._gender_fits(ent, gender):
                return None  # ("pappan" is not the daughter who spoke last)
            return ent
        return None

    def _same_description(self, cand: Candidate, lows: list[str]) -> Candidate | None:
        """A speaker of the last two paragraphs described in the same words: the same
        source, although another fitting name was written between them ("Det skriver
        bolaget." "Rundan leds av riskkapitalbolaget Nordhavn." "…, skriver bolaget
        vidare."), unless that name opened a sentence of its own ("Byggfacket varslar
        också. Facket menar …")."""
        doc = self.doc
        for prev in self._recent(cand, 2):
            if prev.mention is None or prev.speaker_name is None \
                    or doc.text[prev.mention[0]:prev.mention[1]].casefold().split() != lows:
                continue
            between = self.index.describe(lows[-1], lows[:-1], cand.mention[0])
            if between is not None and any(prev.mention[1] <= p < cand.mention[0] and doc.sentences[doc.sentence_at(p)].start == p
                                           for p in between.starts):
                return None
            return prev
        return None

    def _earlier_organization(self, cand: Candidate, head: str) -> Candidate | None:
        """An organisation described, not named, that spoke in the last two
        paragraphs and whose noun the description shortens: "det ryska
        försvarsministeriet" -> "ministeriet"."""
        if not self.lex.is_organization_noun(head):
            return None
        for prev in self._recent(cand, 2):
            last = (prev.speaker_name or "").split()[-1:]
            if prev.entity is None and prev.speaker_type == "organization" and last \
                    and last[0].casefold() != head and last[0].casefold().endswith(head):
                return prev
        return None

    def _repeats(self, head: str, name: str) -> bool:
        """Whether a definite noun repeats an indefinite one: "kvinnan" after
        "kvinna", "pappan" after "pappa", and the irregular "mannen" after "man"
        (the pack's title inflections)."""
        if head == name:
            return False
        if head.startswith(name) and len(head) - len(name) <= 2:
            return True
        title = self.lex.title_stem(head)  # "chauffören" after "en budbilschaufför"
        if title and title != head and name.endswith(title) and len(name) > len(title):
            return True
        return dict(self.lex.title_inflections).get(head) == name

    @staticmethod
    def _unnamed(cand: Candidate) -> bool:
        """A person who spoke, described but not named ("en mamma", "kvinnan")."""
        return cand.entity is None and cand.speaker_type == "person" and bool(cand.speaker_name)

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
