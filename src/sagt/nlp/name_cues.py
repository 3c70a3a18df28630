"""Name cues: what the words right around a name settle, applied after the NER.

The statistical NER reads a name's spelling and a few words of context, and
trained on ~180k tokens it has seen few of the cues a reader relies on for
names it has never met (training/RESULTS.md, *Name cues*):

* a **regnal number** belongs to the name and makes it a person:
  ``Henry I``, ``Thutmosis III``, ``Luis X`` (the NER stops before the
  numeral or calls the name a place); after a name of two or more words
  only a numeral of two or more letters counts (not the party letter in
  ``Nooshi Dadgostar V``);
* an English **honorific** is not part of the name, which it makes a
  person (``Ms Hopley`` -> ``Hopley``), as UNER annotates it;
* a noun for a **work** before the name makes it a title, not an entity
  (``låten ”Stephen”``, ``albumet Over My Head``);
* a noun for a **place** or an **organisation** before the name gives its
  type (``staten Württemberg``, ``furstendömet Nitra``,
  ``tidningen El Mundo``).

The word lists are language data (``[ner]`` in the language pack); only the
numeral pattern is code. The component is part of the shipped pipeline
(``training/assemble.py`` adds it last), registered with spaCy as the
factory ``sagt_name_cues`` (also through the ``spacy_factories`` entry
point, so ``spacy.load`` of the model directory finds it).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

#: I, II, ... XXXIX: a regnal number (not "IVX", not "L" or "C": names, not centuries)
ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


@Language.factory("sagt_name_cues", default_config={"lang": "sv"})
def make_name_cues(nlp: Language, name: str, lang: str) -> NameCues:
    return NameCues(lang)


class NameCues:
    """Adjust ``doc.ents`` by the cues of the module docstring; a callable spaCy component."""

    def __init__(self, lang: str = "sv") -> None:
        from sagt.lang import get_pack

        pack = get_pack(lang)
        self.lang = lang
        self.honorifics = frozenset(pack.raw.get("ner", {}).get("honorifics_outside", []))  # as written: not "MS"
        self.work_nouns = pack.words("ner", "work_nouns")
        self.place_nouns = pack.words("ner", "place_nouns")
        self.organization_nouns = pack.words("ner", "organization_nouns")
        self.quotes = frozenset(mark for pair in pack.quote_pairs for mark in pair)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        if not ents:
            return doc
        starts = {e.start for e in ents}
        out: list[Span] = []
        for ent in ents:
            start, end, label = ent.start, ent.end, ent.label_
            if end - start > 1 and doc[start].text in self.honorifics:
                start, label = start + 1, "PER"  # "Mrs Brown" is a person whatever the NER said
            if end < len(doc) and end not in starts and self._regnal(doc[end].text, end - start):
                end, label = end + 1, "PER"
            elif end - start > 1 and self._regnal(doc[end - 1].text, end - start - 1):
                label = "PER"
            before = self._word_before(doc, start)
            if before in self.work_nouns:
                continue
            if before in self.place_nouns:
                label = "LOC"
            elif before in self.organization_nouns:
                label = "ORG"
            out.append(Span(doc, start, end, label=label))
        doc.ents = filter_spans(out)
        return doc

    @staticmethod
    def _regnal(word: str, name_tokens: int) -> bool:
        """A regnal number after a name of ``name_tokens`` tokens: any numeral after a
        single name (``Henry I``, ``Gustav V``), only a longer one after a longer name
        (``Frans Josef II``; not the party letter in ``Nooshi Dadgostar V`` or ``Elon Musks X``)."""
        return bool(ROMAN.fullmatch(word)) and (name_tokens == 1 or len(word) >= 2)

    def _word_before(self, doc: Doc, start: int) -> str:
        """The lower-case word before ``start``, past an opening quotation mark."""
        i = start - 1
        while i >= 0 and doc[i].text in self.quotes:
            i -= 1
        return doc[i].lower_ if i >= 0 else ""
