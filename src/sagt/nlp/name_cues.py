"""Name cues: what the words right around a name settle, applied after the NER.

The statistical NER reads a name's spelling and a few words of context, and
trained on ~180k tokens it has seen few of the cues a reader relies on for
names it has never met (training/RESULTS.md, *Name cues*):

* a **given name** that the place list took for a place (the river
  *Lena*) right before a person opens that person's name (``Lena
  Westling``);
* a **regnal number** belongs to the name and makes it a person:
  ``Henry I``, ``Thutmosis III``, ``Luis X`` (the NER stops before the
  numeral or calls the name a place); after a name of two or more words
  only a numeral of two or more letters counts (not the party letter in
  ``Nooshi Dadgostar V``);
* an English **honorific** is not part of the name, which it makes a
  person (``Ms Hopley`` -> ``Hopley``), as UNER annotates it;
* a noun for a **work** before the name, or a compound ending in one,
  makes it a title, not an entity (``låten ”Stephen”``, ``albumet Over My
  Head``, ``60-talshiten Monster Mash``);
* a noun for a **place** or an **organisation** before the name gives its
  type (``staten Württemberg``, ``furstendömet Nitra``,
  ``tidningen El Mundo``);
* a name of two or more words that **ends in an organisation word**
  (``Harvard Business School``, ``CBC News``, ``Lunds universitet`` is
  not title-case and left to the rulers) is an organisation: 27 of 27 in
  the training annotation, leaving out *kommun*, which UNER marks a place;
* a "person" of two or more words that **ends in an English place word**
  (``Golden Gate Park``, ``Pearl Harbor``, ``Odessa Oblast``) is a place,
  unless it opens with a given name (``Benny Hill``); the training
  annotation has only four such names (three places);
* a **lower-case word** inside a "person" other than a name particle
  (``von``, ``de``), or an **English function word** in it or right beside
  it, shows it is a title of a work or a phrase (``Son of Rambow``, ``Lord
  President of``, ``Do n't Go Breaking My Heart``): no person in the
  training annotation has one, so it is dropped;
* a **locative preposition** before a name the NER calls a person makes it
  a place (``i Gezer``, ``vid Karnak``, ``utanför Chapel Hill``): in the
  training annotation 568 of 576 names after *i* that are not genitives are
  places or organisations, and none after *vid* (not *från*: ``från
  Bildt``); a name that opens with a given name stays a person (``i Sarah
  Sjöströms och …``, ``i Hilde``);
* a **speech verb** or a **title** right before a name the NER calls a
  place makes it a person (``sade Mailis``, ``kung Gongmin``): a place is
  not quoted, and in the training annotation 180 of 184 names right after a
  speech verb that are not genitives are persons or organisations, 124 of
  131 after a title are persons. Only verbs a person is the subject of
  count (``säger``, ``berättade``; not ``skriver Hallands Nyheter``,
  ``uppger Räddningstjänstförbundet`` or ``erkänner Palestina``), and a
  name that ends like an organisation (``-förbundet``) becomes one.
  A genitive (``i Obamas tal``, ``säger Sveriges statsminister``) is
  left alone by these two cues: the name is then not the word the
  preposition or verb governs;
* a **title** right before an organisation the NER found makes it a person
  (``kejsar Meiji``) unless it reads like an organisation's name (``vd
  Värmlands Folkblad``), and right before title-case words the NER left
  out makes them one (``tsar Alexander``, ``mr Panvalkar``); a lower-case
  title the NER took into the name is left out (``mr Comeys``);
* **royal names**: a given name, *av* and a place, or *den* and an epithet,
  are one person (``Katarina av Ryssland``, ``Ludvig den tyske``); the
  name after a noble title and *av* is a place (``grevinna av Lennox``);
* an **organisation right before another name** is one organisation with
  it (``Swedbank Sverige``, ``American Civil`` + ``Liberties Union``),
  unless it is a genitive or the other name opens with a given name (``på
  UD Göran Ryding``);
* a name that **opens a hyphenated compound** is no entity (``Bruce
  Springsteen-biljetter``: 18 of 20 in the training annotation), and a
  **saint's abbreviation** belongs to the name (``St. Petrus``);
* a one-word "place" whose **name-type score** (the subword table the NER
  reads, ``training/features.py``) is at least 0.9 for a person is a person
  (``Chamberlain spelade huvudrollen``: the NER overrules the table on
  one-word names in context), unless the words around it make it a place:
  a locative preposition or a place noun before it (``utanför Gnesta``), a
  place it is listed with (``Nässjö, Alvesta och Hässleholm``), or a
  genitive ending;
* a one-word "place" joined by *och* or *eller* to a person or to *honom*,
  *henne* is a person (``Kesha och Pebe``, ``mellan honom och Trix``);
* a "person" spoken to after a person's speech verb (``berättade
  oppositionen för El Mundo``) or worked for after a title (``ordförande
  för Georgetown BID``) is an organisation;
* a title-case word that **opens a place's name** (``Republiken``,
  ``Yttre``, ``Mount``) belongs to the place after it (``Republiken Kina``).

The word lists are language data (``[ner]`` in the language pack); only the
numeral pattern is code. The component is part of the shipped pipeline
(``training/assemble.py`` adds it last), registered with spaCy as the
factory ``sagt_name_cues`` (also through the ``spacy_factories`` entry
point, so ``spacy.load`` of the model directory finds it).
"""

from __future__ import annotations

import re

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

#: I, II, ... XXXIX: a regnal number (not "IVX", not "L" or "C": names, not centuries)
ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
#: the name-type table's vectors (``training/features.py`` writes them with this
#: name and one score per class, in this order)
NAME_TYPE_VECTORS = "sagt_nametype"
NAME_TYPE_CLASSES = ("PER", "LOC", "ORG", "WORD")
#: a one-word "place" the table scores at least this much a person is one
#: (0.8 and 0.95 were measured too: training/RESULTS.md, change 11)
PERSON_SCORE = 0.9


@Language.factory("sagt_name_cues", default_config={"lang": "sv"})
def make_name_cues(nlp: Language, name: str, lang: str) -> NameCues:
    return NameCues(lang)


class NameCues:
    """Adjust ``doc.ents`` by the cues of the module docstring; a callable spaCy component."""

    def __init__(self, lang: str = "sv") -> None:
        from sagt.lang import get_pack

        pack = get_pack(lang)
        self.honorifics = frozenset(pack.raw.get("ner", {}).get("honorifics_outside", []))  # as written: not "MS"
        self.work_nouns = pack.words("ner", "work_nouns")
        self.work_suffixes = tuple(w for w in self.work_nouns if len(w) >= 5)
        self.place_nouns = pack.words("ner", "place_nouns")
        self.organization_nouns = pack.words("ner", "organization_nouns")
        self.quotes = frozenset(mark for pair in pack.quote_pairs for mark in pair)
        self.locative_prepositions = pack.words("ner", "locative_prepositions")
        person_verbs = pack.words("ner", "person_speech_verbs")
        self.speech_verbs = frozenset(
            form.casefold() for lemma, forms in pack.raw["cues"]["speech"].items() if lemma in person_verbs
            for form in forms)
        not_titles = pack.words("ner", "titles_not_before_names")
        self.person_titles = (frozenset(t for t in pack.titles if " " not in t and t not in not_titles)
                              | pack.words("ner", "person_honorifics"))
        self.royal_of = pack.words("ner", "royal_of")
        self.royal_articles = pack.words("ner", "royal_epithet_articles")
        self.titles_of_places = pack.words("ner", "titles_of_places")
        self.place_designators = frozenset(pack.raw["ner"]["place_designators"])  # as written: title case
        self.saint_abbreviations = frozenset(pack.raw["ner"]["saint_abbreviations"])  # as written
        self.place_context = (self.locative_prepositions | self.place_nouns
                              | pack.words("ner", "place_context_words"))
        self.coordinators = pack.words("ner", "coordinators")
        self.person_coordinators = pack.words("ner", "person_coordinators")
        self.addressee_prepositions = pack.words("ner", "addressee_prepositions")
        self.on_behalf_of = pack.raw["ner"]["on_behalf_of"]
        self.title_endings = tuple(t for t in self.person_titles if len(t) >= 4)
        self.person_pronouns = pack.words("ner", "person_object_pronouns")
        self.name_particles = pack.name_particles  # "de" of "de la" too ("Michel de Montaigne")
        self.given_names = pack.given_names
        self.english_words = pack.words("ner", "english_function_words")
        self.place_name_words = pack.words("ner", "place_name_words")
        self.organization_suffixes = tuple(
            x for x in pack.words("entities", "organization_suffixes") if x.isalpha() and len(x) > 3)
        self.organization_words = (pack.words("entities", "organization_name_words")
                                   - pack.words("ner", "organization_words_of_places"))
        self.function_words = pack.words("speaker_np", "stop") | pack.words("speaker_np", "prepositions")

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        ents = self._join_given_names(doc, ents)
        ents = self._join_organisations(doc, ents)
        ents = self._place_designators(doc, ents)
        ents, royal = self._royal_style(doc, ents)
        ents = self._names_after_titles(doc, ents)
        starts = {e.start for e in ents}
        out: list[Span] = []
        for ent in ents:
            start, end, label = self._numerals_and_honorifics(doc, ent, starts)
            before = self._word_before(doc, start)
            if self._work_noun(before) or label == "PER" and ent not in royal and self._title_like(doc, start, end):
                continue
            if self._compound_modifier(doc, end):
                continue
            if label == "PER" and start > 0 and doc[start - 1].text in self.saint_abbreviations:
                start -= 1  # "St. Rastislav", as UNER annotates a saint
            label = self._by_last_word(doc, start, end, label)
            label = self._by_word_before(doc, start, end, label, before)
            out.append(Span(doc, start, end, label=label))
        ents = self._persons_by_name_type(doc, filter_spans(out))
        doc.ents = self._persons_by_coordination(doc, ents)
        return doc

    def _persons_by_coordination(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A one-word "place" joined by *och*/*eller* to a person (and to no
        place), or to *honom*/*henne*, is a person (module docstring)."""
        out = []
        for i, ent in enumerate(ents):
            if len(ent) == 1 and ent.label_ == "LOC" and not self._genitive_word(ent.text):
                partners = {ents[j].label_ for j in (i - 1, i + 1)
                            if 0 <= j < len(ents) and self._coordinated(doc, ent, ents[j], self.person_coordinators)}
                pronoun = any(0 <= p < len(doc) and doc[p].lower_ in self.person_pronouns
                              and doc[c].lower_ in self.person_coordinators
                              for p, c in ((ent.start - 2, ent.start - 1), (ent.end + 1, ent.end)))
                if ("PER" in partners or pronoun) and "LOC" not in partners:
                    ent = Span(doc, ent.start, ent.end, label="PER")
            out.append(ent)
        return out

    @staticmethod
    def _coordinated(doc: Doc, a: Span, b: Span, words: frozenset[str]) -> bool:
        """Whether two entities are joined by one of ``words`` (*och*, *eller*, a comma)."""
        between = doc[min(a.end, b.end):max(a.start, b.start)]
        return len(between) == 1 and between[0].lower_ in words

    def _persons_by_name_type(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """One-word "places" that the name-type table scores as persons
        (module docstring); a pipeline without the table is left alone."""
        vectors = doc.vocab.vectors
        if vectors.name != NAME_TYPE_VECTORS or vectors.shape[1] != len(NAME_TYPE_CLASSES):
            return ents
        candidates = [e for e in ents if len(e) == 1 and e.label_ == "LOC" and e[0].is_alpha
                      and not self._genitive_word(e.text) and self._word_before(doc, e.start) not in self.place_context]
        if not candidates:
            return ents
        scores = vectors.get_batch([e.text.lower() for e in candidates])
        scores = numpy.exp(scores - scores.max(axis=1, keepdims=True))
        person = scores[:, NAME_TYPE_CLASSES.index("PER")] / scores.sum(axis=1)
        flip = {e.start for e, p in zip(candidates, person) if p >= PERSON_SCORE}
        if not flip:
            return ents
        out = []
        for i, ent in enumerate(ents):
            if ent.start in flip and not self._listed_with_a_place(doc, ents, i, flip):
                ent = Span(doc, ent.start, ent.end, label="PER")
            out.append(ent)
        return out

    def _listed_with_a_place(self, doc: Doc, ents: list[Span], i: int, flip: set[int]) -> bool:
        """Whether ``ents[i]`` is coordinated (one comma, *och*, *eller*) with a
        neighbouring place that stays a place."""
        return any(0 <= j < len(ents) and ents[j].label_ == "LOC" and ents[j].start not in flip
                   and self._coordinated(doc, ents[i], ents[j], self.coordinators) for j in (i - 1, i + 1))

    def _numerals_and_honorifics(self, doc: Doc, ent: Span, starts: set[int]) -> tuple[int, int, str]:
        """The span and label after a regnal number (joined) and an English honorific (left out)."""
        start, end, label = ent.start, ent.end, ent.label_
        if end - start > 1 and (doc[start].text in self.honorifics
                                or doc[start].is_lower and doc[start].text in self.person_titles):
            start, label = start + 1, "PER"  # "Mrs Brown", "tsar Alexander": a person whatever the NER said
        if end < len(doc) and end not in starts and self._regnal(doc[end].text, end - start):
            end, label = end + 1, "PER"
        elif end - start > 1 and self._regnal(doc[end - 1].text, end - start - 1):
            label = "PER"
        return start, end, label

    def _by_last_word(self, doc: Doc, start: int, end: int, label: str) -> str:
        """An organisation word or an English place word ending a name of two or more words."""
        last = doc[end - 1]
        if end - start < 2 or not last.is_title:
            return label
        if last.lower_ in self.organization_words:
            return "ORG"
        if label == "PER" and last.lower_ in self.place_name_words and doc[start].text not in self.given_names:
            return "LOC"
        return label

    def _by_word_before(self, doc: Doc, start: int, end: int, label: str, before: str) -> str:
        """A noun for a place or an organisation, a locative preposition, a speech verb or a title."""
        if before in self.place_nouns or self._title_of_place(doc, start, before):
            return "LOC"
        if before in self.organization_nouns:
            return "ORG"
        if self._genitive(doc, end):
            return label
        if label == "PER" and before in self.locative_prepositions and doc[start].text not in self.given_names:
            return "LOC"
        if label == "LOC" and (before in self.speech_verbs or before in self.person_titles):
            return "ORG" if doc[end - 1].lower_.endswith(self.organization_suffixes) else "PER"
        if label == "ORG" and before in self.person_titles and self._plain_name(doc, start, end):
            return "PER"  # "kejsar Meiji"; not "vd Värmlands Folkblad" (a genitive opens it)
        if label == "PER" and before in self.addressee_prepositions and self._spoken_to(doc, start - 1):
            return "ORG"  # a place stays one: "projektchef för Slussen"
        return label

    def _spoken_to(self, doc: Doc, prep: int) -> bool:
        """Whether the preposition at ``prep`` follows a person's speech verb
        and its subject, with no punctuation between (``säger Forsberg
        till``, ``berättade oppositionen för``), or is *för* after a title
        (``talesperson för``, ``kommunikationschef för``; not ``dotter
        till``)."""
        if prep < 1:
            return False
        word = doc[prep - 1].lower_
        if doc[prep].lower_ == self.on_behalf_of and (
                word in self.person_titles or len(word) > 6 and word.endswith(self.title_endings)):
            return True
        for i in range(prep - 1, max(prep - 6, -1), -1):
            if doc[i].is_punct:
                return False
            if doc[i].lower_ in self.speech_verbs:
                return True
        return False

    def _compound_modifier(self, doc: Doc, end: int) -> bool:
        """A name that opens a hyphenated compound (``Bruce Springsteen-biljetter``,
        ``Yves Saint Laurent-doften``) is no entity: the NER stops at the hyphen.
        Not a genitive (``Sveriges EEC-lag``)."""
        if end >= len(doc) or self._genitive_word(doc[end - 1].text):
            return False
        head, _, tail = doc[end].text.partition("-")
        # not an acronym's compound, which need not include the name: "Pär Gerell OS-kvalificerade"
        return head.istitle() and tail.isalpha() and tail.islower()

    def _title_of_place(self, doc: Doc, start: int, before: str) -> bool:
        """``hertig av Cumberland``, ``borgmästaren av Saint-Gaudens``: the name is what the title is of."""
        return before in self.royal_of and start >= 2 and doc[start - 2].lower_ in self.titles_of_places

    def _plain_name(self, doc: Doc, start: int, end: int) -> bool:
        """Title-case words only, with no genitive before the last and no
        organisation word or suffix ending them: a name a person may bear."""
        words = doc[start:end]
        if not all(t.is_alpha and t.is_title for t in words):
            return False
        if any(t.text.endswith("s") for t in words[:-1]):
            return False
        last = words[-1].lower_
        return last not in self.organization_words and not last.endswith(self.organization_suffixes)

    def _join_given_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A one-word entity that is a given name, right before a person or before
        title-case words that are no entity, opens a person's name: the place
        list's river *Lena* in ``säger Lena Westling Seljee`` (the place ruler
        overrides the model's person there)."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out: list[Span] = []
        for ent in ents:
            prev = out[-1] if out else None
            if (ent.label_ == "PER" and prev is not None and prev.end == ent.start and len(prev) == 1
                    and prev.label_ != "PER" and prev.text in self.given_names):
                out[-1] = Span(doc, prev.start, ent.end, label="PER")
                continue
            if len(ent) == 1 and ent.label_ != "PER" and ent.text in self.given_names:
                end = ent.end
                while end < len(doc) and end - ent.end < 3 and end not in taken and doc[end].is_title \
                        and doc[end].is_alpha:
                    end += 1
                if end > ent.end:
                    ent = Span(doc, ent.start, end, label="PER")
            out.append(ent)
        return out

    def _join_organisations(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """An organisation right before another name, with nothing between, is
        one organisation with it: ``Swedbank Sverige``, ``Sony Australien``,
        ``Sveriges Radio Kronoberg``, and ``American Civil Liberties Union``
        that the NER cut in two. Not after a genitive, and not before a name
        that opens with a given name (``på UD Göran Ryding``)."""
        out: list[Span] = []
        for ent in ents:
            prev = out[-1] if out else None
            if (prev is not None and prev.end == ent.start and prev.label_ == "ORG"
                    and not self._genitive_word(prev[-1].text) and ent[0].text not in self.given_names
                    and all(t.is_title or t.is_upper for t in doc[prev.start:ent.end])):
                out[-1] = Span(doc, prev.start, ent.end, label="ORG")
                continue
            out.append(ent)
        return out

    def _place_designators(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A title-case word that opens a place's name, right before a place the
        NER found, belongs to it: ``Republiken Kina``, ``Yttre Mongoliet``,
        ``Mount Kenya`` (also when the NER made the word a place of its own)."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out: list[Span] = []
        for ent in ents:
            start = ent.start
            if ent.label_ == "LOC" and start > 0 and doc[start - 1].text in self.place_designators:
                prev = out[-1] if out else None
                if prev is not None and prev.start == start - 1 and prev.end == start:
                    out.pop()  # "[Republiken] [Kinas]"
                    start -= 1
                elif start - 1 not in taken:
                    start -= 1
            out.append(Span(doc, start, ent.end, label=ent.label_) if start != ent.start else ent)
        return out

    def _royal_style(self, doc: Doc, ents: list[Span]) -> tuple[list[Span], list[Span]]:
        """A given name, then *av* and a place, or then *den* and an epithet, is
        one person: ``Johan av Gent``, ``Ludvig den tyske`` (the NER finds a
        person and a place, or only the given name). Returns the entities and
        the royal names among them, whose lower-case words do not make them
        titles."""
        by_start = {e.start: e for e in ents}
        drop: set[int] = set()
        add: list[Span] = []
        for i in range(len(doc) - 2):
            given, link, after = doc[i], doc[i + 1], doc[i + 2]
            if given.text not in self.given_names or (i in by_start and len(by_start[i]) > 1):
                continue
            if i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha:
                continue  # "Anna Johan av ..." is another name's end
            end = None
            place = by_start.get(i + 2)
            if link.lower_ in self.royal_of and place is not None and place.label_ == "LOC":
                end = place.end
            elif (link.lower_ in self.royal_articles and after.is_alpha and after.is_lower
                    and after.lower_.endswith(("e", "a")) and len(after) >= 4):
                end = i + 3
            if end is None:
                continue
            drop |= {e.start for e in ents if e.start < end and e.end > i}
            add.append(Span(doc, i, end, label="PER"))
        if not add:
            return ents, []
        return sorted([e for e in ents if e.start not in drop] + add, key=lambda e: e.start), add

    def _names_after_titles(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Title-case words right after a title that the NER left out are a
        person's name: ``tsar Alexander``, ``mr Panvalkar`` (in the training
        annotation 104 of 109 title-case words after a title are persons)."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        add: list[Span] = []
        for i in range(1, len(doc)):
            title = doc[i - 1]
            if i in taken or not (title.is_lower and title.lower_ in self.person_titles):
                continue
            end = i
            while end < len(doc) and end - i < 3 and end not in taken and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end > i and self._plain_name(doc, i, end) and doc[i].lower_ not in self.function_words:
                add.append(Span(doc, i, end, label="PER"))
                taken |= set(range(i, end))
        if not add:
            return ents
        return sorted(ents + add, key=lambda e: e.start)

    @staticmethod
    def _regnal(word: str, name_tokens: int) -> bool:
        """A regnal number after a name of ``name_tokens`` tokens: any numeral after a
        single name (``Henry I``, ``Gustav V``), only a longer one after a longer name
        (``Frans Josef II``; not the party letter in ``Nooshi Dadgostar V`` or ``Elon Musks X``)."""
        return bool(ROMAN.fullmatch(word)) and (name_tokens == 1 or len(word) >= 2)

    def _work_noun(self, word: str) -> bool:
        """A noun for a work, or a compound ending in one (``60-talshiten``, ``tv-serien``)."""
        return word in self.work_nouns or len(word) > 6 and word.endswith(self.work_suffixes)

    def _title_like(self, doc: Doc, start: int, end: int) -> bool:
        """A lower-case word in the span that is no name particle (``of`` in ``Son
        of Rambow``), or an English function word in it or right beside it
        (``Do n't Go Breaking My Heart``): a title, not a person's name."""
        if any(t.is_alpha and t.is_lower and t.lower_ not in self.name_particles for t in doc[start:end]):
            return True
        return any(doc[i].lower_ in self.english_words for i in range(max(start - 1, 0), min(end + 1, len(doc))))

    def _genitive(self, doc: Doc, end: int) -> bool:
        """Whether the name ending before ``end`` is a genitive that governs a
        following word (``Obamas tal``, ``USA:s president``); ``Paris .`` and
        ``sade Mailis i torsdags`` are not (a preposition or an adverb follows)."""
        if not self._genitive_word(doc[end - 1].text):
            return False
        return end < len(doc) and doc[end].is_alpha and doc[end].is_lower and doc[end].lower_ not in self.function_words

    @staticmethod
    def _genitive_word(word: str) -> bool:
        """Written like a genitive: ``USA:s``, ``Obamas``."""
        return word.endswith(":s") or len(word) > 2 and word.endswith("s")

    def _word_before(self, doc: Doc, start: int) -> str:
        """The lower-case word before ``start``, past an opening quotation mark."""
        i = start - 1
        while i >= 0 and doc[i].text in self.quotes:
            i -= 1
        return doc[i].lower_ if i >= 0 else ""
