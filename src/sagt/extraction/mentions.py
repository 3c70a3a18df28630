"""Find the speaker mention next to a cue, as written, and a relay after it.

Swedish main clauses put the finite verb second: what stands before it is
either the subject ("Putin uppger ...") or a fronted adverbial, in which case
the subject follows the verb ("Samtidigt framhåller Putin ..."). Trailing
cues always have the subject after the verb (", säger Olaf Scholz.").
"""

from __future__ import annotations

from dataclasses import dataclass

from sagt.extraction.lexicon import Lexicon
from sagt.text.segment import Token

MAX_NP = 10


@dataclass(frozen=True, slots=True)
class Mention:
    first: int  # token index
    last: int  # inclusive

    def span(self, tokens: list[Token]) -> tuple[int, int]:
        return tokens[self.first].start, tokens[self.last].end


def _np_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word that may sit inside a noun phrase (not a function word)."""
    low = tok.lower
    return tok.is_word and low not in lex.stop and low not in lex.prepositions and lex.pack.cue(tok.text) is None


def _genitive_head(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A role after a genitive name: "Dackarnas ledare", "Britney Spears advokat",
    "Vita husets pressekreterare", "Vänsterpartiets ekonomisk-politiska talesperson"."""
    prev = tokens[k - 1]
    ahead = tokens[k:k + 3]
    titled = any(lex.title_stem(t.text) is not None or t.lower in lex.group_heads for t in ahead)
    if prev.is_capitalized and prev.text.endswith("s"):
        # "Trafikverkets presskommunikatör Linda Åberg": a given name follows the role;
        # "Konjunkturinstitutets senaste prognos", "Trafikverkets presstjänst": the owner speaks
        speaks_for = any(lex.is_document_noun(t.lower) or t.lower in lex.voice_nouns for t in ahead)
        return titled or speaks_for or (k + 1 < len(tokens) and tokens[k + 1].text in lex.pack.given_names)
    # a lower-case genitive of a definite noun completing a capitalised name: "Vita husets"
    # (not a passive verb after a name: "Anders Nyberg görs")
    return prev.is_capitalized and tokens[k].lower.endswith(lex.definite_genitive_endings) and titled


def _head_before_verb(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the lower-case word at ``k`` ends its noun phrase because a verb follows.

    Without part-of-speech tags: a word that does not look like an attribute
    (adjectives end in -a/-e: "nya", "tyske", "kinesiska"; genitives in -s)
    followed directly by another lower-case word that is neither a preposition
    nor a conjunction is the head noun, and what follows it is the verb.
    """
    low = tokens[k].lower
    # "myndigheterna", "forskarna" (-rna; not the adjectives "egna", "allmänna")
    plural_noun = any(len(e) >= 3 and low.endswith(e) for e in lex.plural_definite_endings)
    if (lex.adjective_endings and low.endswith(lex.adjective_endings) and not plural_noun) \
            or low in lex.attributive_words or low in lex.determiners or (
            low.endswith("s") and len(low) > 3 and not lex.is_document_noun(low)):  # "prognos" is no genitive
        return False
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.is_word and not nxt.is_capitalized and nxt.lower not in lex.prepositions and nxt.lower not in ("och", "eller") \
        and not lex.title_stem(nxt.text)


def _apposed_name(tokens: list[Token], k: int, lex: Lexicon) -> int | None:
    """After a title: "räddningschefen i Sundsvall, Ola Mattsson" -> index of the name's last token."""
    n = len(tokens)
    if k < n and tokens[k].lower in lex.prepositions:  # "i Sundsvall", "i hela regionen"
        start = k = k + 1
        while k < n and tokens[k].is_word and k - start < 3:
            k += 1
    if k < n and tokens[k].text == ",":
        k += 1  # "ordförande i Skåne, Petra Lund"
    elif k < n and not (tokens[k].is_capitalized and tokens[k].text in lex.pack.given_names):
        return None  # without a comma only a given name starts the name: "gruppledare i förbundsdagen Anja Kessler"
    k -= 1
    if k + 1 >= n or not tokens[k + 1].is_capitalized:
        return None
    end = k + 1
    while end + 1 < n and tokens[end + 1].is_word and tokens[end + 1].is_capitalized:
        end += 1
    words = tokens[k + 1:end + 1]
    if not (words[0].text in lex.pack.given_names or len(words) >= 2):
        return None
    if end + 1 < n and tokens[end + 1].text not in ".,!?;" and tokens[end + 1].lower not in ("till", "enligt", "via", "som", "på", "i"):
        return None
    return end


def right_np(tokens: list[Token], i: int, lex: Lexicon, *, skip_adverbs: bool = True) -> Mention | None:
    """The noun phrase starting at token ``i`` (after a verb)."""
    n = len(tokens)
    j = i
    if skip_adverbs:
        while j < n and tokens[j].lower in lex.inner_adverbs and j - i < 2:
            j += 1
    if j >= n or not tokens[j].is_word:
        return None
    first = tokens[j]
    low = first.lower
    if low in lex.pronouns and low not in lex.determiners:
        return Mention(j, j)
    listed = lex.listed_outlet_at(tokens, j)  # "Dagens industri": "Dagens" is no determiner here
    if listed is not None and not all(t.is_capitalized for t in tokens[j:listed[1]]):
        return Mention(j, listed[1] - 1)  # (capitalised ones, "Sveriges Radio Ekot", the rules below read)
    if low in lex.pronouns and low in lex.determiners:
        # "de" alone is a pronoun, "de kinesiska myndigheterna" a noun phrase
        if j + 1 >= n or not tokens[j + 1].is_word or tokens[j + 1].lower in lex.stop \
                and not lex.determiner_phrase_at(tokens, j + 1):  # "den före detta generalen"
            return Mention(j, j)
    k = j
    seen_name = False
    last = None
    if low in lex.name_particles and lex.particle_run(tokens, j) > 0:
        k = lex.particle_run(tokens, j)  # a surname that opens with a particle: "sa von der Leyen"
        seen_name, last = True, k
        k += 1
    while k < n and k - j < MAX_NP:
        tok = tokens[k]
        low = tok.lower
        if not tok.is_word:
            # a list of names: "Linda, Preben och Inez Neshem"
            if tok.text == "," and seen_name and k + 1 < n and tokens[k + 1].is_capitalized and any(
                t.lower == "och" for t in tokens[k + 1:k + 5]
            ):
                k += 1
                continue
            # a shared compound part: "hälso- och sjukvårdsdirektör", "Miljö- och hälsoskyddskontoret"
            if tok.text == "-" and k + 2 < n and tokens[k + 1].lower == "och" and tok.start == tokens[k - 1].end \
                    and tokens[k + 2].is_word:
                k += 2
                seen_name = False  # the compound after "och" is the head
                continue
            break
        if seen_name and low in lex.name_particles and lex.particle_run(tokens, k) > 0:
            k = lex.particle_run(tokens, k)  # "Ursula von der Leyen"
            last = k
        elif tok.is_capitalized and low not in lex.stop and low not in lex.pronouns:
            seen_name = True
            last = k
        elif low == "och" and seen_name and k + 1 < n and tokens[k + 1].is_capitalized:
            pass
        elif seen_name and low in lex.organization_tails:
            last = k  # "Falu tingsrätt"
            k += 1
            break
        elif low in lex.determiners and not seen_name:
            pass
        elif not seen_name and lex.determiner_phrase_at(tokens, k):
            k += lex.determiner_phrase_at(tokens, k) - 1  # "före detta"
        elif low in lex.partitive_prepositions and last is None and k > j and k + 1 < n and tokens[k + 1].is_word:
            pass  # a partitive: "säger en av de strandsatta resenärerna", "uppger flera av de boende"
        elif _np_word(tok, lex) and low not in lex.pronouns and (not seen_name or _genitive_head(tokens, k, lex)):
            last = k
            seen_name = False
            if _head_before_verb(tokens, k, lex):
                break  # "Enligt myndighetens nya kalkyl | kostar bron …"
        else:
            break
        k += 1
    if last is None:
        return None
    seat = lex.seat_end(tokens, j, last)
    if seat is not None:
        return Mention(j, seat)  # "varnade Länsstyrelsen i Norrbotten för att": one name
    if not seen_name and lex.title_stem(tokens[last].text):
        name_end = _apposed_name(tokens, last + 1, lex)
        if name_end is not None:
            last = name_end
    return source_phrase(tokens, Mention(j, last), lex)


def _names_outlet(tokens: list[Token], mention: Mention, lex: Lexicon) -> bool:
    return lex.is_outlet_name(" ".join(t.text for t in tokens[mention.first:mention.last + 1]))


def source_phrase(tokens: list[Token], mention: Mention, lex: Lexicon) -> Mention:
    """Who speaks through a document or a spokesperson.

    "ett pressmeddelande från klubben" -> "klubben";
    "en talesperson för Riksbanken" -> the whole phrase (the bank speaks).
    """
    head = tokens[mention.last].lower
    k = mention.last + 1
    if k + 1 >= len(tokens):
        return mention
    nxt = tokens[k].lower
    if (lex.is_document_noun(head) or head.endswith(lex.figure_nouns)) and nxt in ("från", "av", "hos"):
        # "enligt uppgifter från båda sidor": the sides speak
        source = right_np(tokens, k + 1, lex, skip_adverbs=False)
        return source if source is not None else mention
    if lex.is_document_noun(head) and nxt == "i":  # "enligt en granskning i Dagens Nyheter": the outlet's own
        source = right_np(tokens, k + 1, lex, skip_adverbs=False)
        if source is not None and _names_outlet(tokens, source, lex):
            return source
    if head in lex.spokesperson_nouns and nxt in ("för", "på", "inom", "vid", "i", "hos"):
        source = right_np(tokens, k + 1, lex, skip_adverbs=False)
        if source is not None and not _names_outlet(tokens, source, lex):  # ("uppger källor för Reuters": Reuters relays)
            return Mention(mention.first, source.last)
    return mention


def _noun_after_determiner(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A function word that is a noun after a determiner: "man" in "En (äldre) man i
    40-årsåldern" (not the pronoun "man")."""
    if tokens[i].lower not in lex.nouns_among_function_words:
        return False
    j = i - 1
    if j >= 0 and tokens[j].is_word and tokens[j].lower not in lex.determiners and tokens[j].lower not in lex.stop:
        j -= 1  # an adjective between: "en äldre man"
    return j >= 0 and tokens[j].lower in lex.determiners


def _attaches(tokens: list[Token], k: int, lex: Lexicon, clause_start: int) -> bool:
    """Whether the preposition at ``k`` modifies a subject noun phrase before it.

    True when a name or a noun stands right before it and the noun phrase
    reaches back to the start of the clause, so that the whole stretch is
    the subject: "Rektor Maria Sundin på Brännaskolan säger …".
    """
    def content_word(i: int) -> bool:
        t = tokens[i]
        return (t.is_word and (t.lower not in lex.stop or _noun_after_determiner(tokens, i, lex))
                and not lex.pack.cue(t.text))

    if not content_word(k - 1):
        return False
    j = k - 1
    while j >= clause_start:
        if content_word(j):
            j -= 1
        elif tokens[j].lower in lex.prepositions and j - 1 >= clause_start and content_word(j - 1):
            j -= 1  # nested: "Forskarna bakom en studie från Karolinska institutet"
        else:
            break
    return j < clause_start or tokens[j].lower in lex.conjunctions or tokens[j].text in ",:;"


def _authority_before(tokens: list[Token], k: int, lex: Lexicon, clause_start: int) -> Mention | None:
    """An authority's name ending at ``k`` and opening the clause ("Inspektionen
    för vård och omsorg"), which the noun-phrase walk would cut at *och*."""
    for first in range(k - 2, max(clause_start, k - 8) - 1, -1):
        if tokens[first].is_capitalized:
            opens = first == clause_start or not tokens[first - 1].is_word
            if opens and lex.authority_name([t.text for t in tokens[first:k + 1]]):
                return Mention(first, k)
            return None
    return None


def _past_brackets(tokens: list[Token], k: int, verb: int, clause_start: int) -> tuple[int, int]:
    """Left past a party or an explanation in brackets ending at ``k`` ("Johanna
    Kraft (M) säger att"): the new ``k``, and the bracket as where the subject ends."""
    if k > clause_start and tokens[k].text == ")":
        opening = next((c for c in range(k - 1, clause_start - 1, -1) if tokens[c].text == "("), None)
        if opening is not None and opening > clause_start:
            return opening - 1, opening
    return k, verb


def left_np(tokens: list[Token], verb: int, lex: Lexicon, clause_start: int = 0) -> tuple[Mention | None, bool]:
    """The subject right before the finite verb at ``verb``.

    Returns (mention, fronted_adverbial): the second is True when what stands
    before the verb is a prepositional phrase or an adverb, so that the subject
    must be looked for after the verb.
    """
    k, verb = _past_brackets(tokens, verb - 1, verb, clause_start)
    # a subordinate clause puts adverbs between subject and verb: "eftersom Kina hittills har hävdat"
    while k > clause_start and tokens[k].lower in lex.clause_adverbs \
            and (tokens[k - 1].lower in lex.pronouns or tokens[k - 1].is_capitalized):
        k -= 1
        verb = k + 1
    # a name in commas names the speaker: "Mannens advokat, Eva Borg, uppger att",
    # "En av dem, Sanna Lind, tror att"
    if k > clause_start and tokens[k].text == ",":
        opening = next((c for c in range(k - 1, clause_start, -1) if tokens[c].text == ","), None)
        inner = tokens[opening + 1:k] if opening is not None else []
        names = [t for t in inner if t.is_capitalized]
        single_ok = len(names) == 1 and not lex.is_common_word(names[0].text)  # "Alliansen av små östater, Aosis,"
        # an acronym closing an apposition renames its organisation: "Elin Marklund, forskare vid
        # Totalförsvarets forskningsinstitut, FOI, menar" (the researcher speaks)
        renames = single_ok and inner[0].text.isupper() and opening is not None \
            and any(t.text == "," for t in tokens[clause_start:opening])
        if inner and names and inner[-1].is_capitalized and not lex.title_stem(inner[-1].text) and not renames \
                and (names[0].text in lex.pack.given_names or len(names) >= 2 or single_ok) \
                and all(t.is_capitalized or lex.title_stem(t.text) or t.lower in lex.name_particles
                        or (t.text[:1].isdigit() and "-" in t.text) for t in inner):  # an age: "84-åriga Greta Holm"
            return Mention(opening + 1, k - 1), False
        if renames:
            k = opening  # on to the apposition before the acronym
    # an age in commas between subject and verb: "Designern Tindra Holm, 27, hävdar att"
    if k > clause_start and tokens[k].text == ",":
        opening = next((c for c in range(k - 1, clause_start, -1) if tokens[c].text == ","), None)
        if opening is not None and lex.age_after(tokens, opening) == k:
            k = opening - 1
    # an apposition or relative clause between subject and verb:
    # "Anna Berg, som är chef på skolan, säger att ...", "Mishima Logistics, ett japanskt rederi, meddelade"
    if k > clause_start and tokens[k].text == ",":
        opening = next((c for c in range(k - 1, clause_start, -1) if tokens[c].text == ","), None)
        if opening is not None and opening + 1 < k and (
            tokens[opening + 1].lower in lex.relative_words
            or any(lex.title_stem(t.text) for t in tokens[opening + 1:k])
            or tokens[opening + 1].lower in lex.apposition_openers and tokens[opening - 1].is_word
        ):
            k, verb = _past_brackets(tokens, opening - 1, verb, clause_start)  # "Johan Persson (M), regionråd, menar"
    authority = _authority_before(tokens, k, lex, clause_start)
    if authority is not None:
        return authority, False  # "Inspektionen för vård och omsorg skriver"
    last = k
    while k >= clause_start and last - k < MAX_NP:
        tok = tokens[k]
        low = tok.lower
        initial = k == clause_start
        if not tok.is_word:
            if tok.text == "," and k - 1 >= clause_start and tokens[k - 1].is_capitalized and any(
                t.lower == "och" for t in tokens[k + 1:verb]
            ):
                k -= 1
                continue
            break
        if low == "och" and k + 1 < verb and tokens[k + 1].is_capitalized and k - 1 >= clause_start and tokens[k - 1].is_capitalized:
            k -= 1
            continue
        if low == "och" and k - 2 >= clause_start and tokens[k - 1].text == "-" and tokens[k - 1].start == tokens[k - 2].end:
            k -= 2  # a shared compound part: "hälso- och sjukvårdsdirektör Björn Eriksson"
            continue
        if low in lex.name_particles and k + 1 <= last and tokens[k + 1].is_capitalized and k - 1 >= clause_start and (
            tokens[k - 1].is_capitalized or tokens[k - 1].lower in lex.name_particles
        ):
            k -= 1
            continue
        if low in lex.determiners or low in lex.pronouns:
            k -= 1
            continue
        if initial and (low in lex.adverbial_openers or low in lex.conjunctions) and low not in lex.determiners:
            break
        if low in lex.partitive_prepositions and k - 1 >= clause_start and k + 1 <= last and (
                tokens[k - 1].lower in lex.determiners or tokens[k - 1].lower in lex.quantifiers):
            k -= 1  # a partitive subject: "En av de drabbade", "Flera av eleverna"
            continue
        if low in lex.prepositions and k - 1 >= clause_start and k + 1 <= last and _attaches(tokens, k, lex, clause_start):
            if not lex.seated_organization([t.text for t in tokens[k - 1:last + 1]]):  # "Polisen i Malmö" is a name
                last = k - 1  # "Maria Sundin [på Brännaskolan]", "Forskarna [bakom en ny studie]": keep the head
            k -= 1
            continue
        if low in lex.stop:
            break
        if lex.pack.cue(tok.text) is not None and k != verb - 1:
            break
        k -= 1
    first = k + 1
    if first > last:
        boundary = tokens[k].lower if k >= clause_start else ""
        return None, boundary in lex.adverbial_openers or boundary in lex.inner_adverbs
    # drop leading conjunctions ("Men arkitekten")
    while first <= last and tokens[first].lower in lex.conjunctions and tokens[first].lower not in lex.determiners:
        first += 1
    if first > last:
        return None, True
    if first == last and tokens[first].lower in lex.determiners and tokens[first].lower not in lex.pronouns:
        return None, False  # "Det tycker ..." has no subject to speak of
    boundary = tokens[first - 1].lower if first - 1 >= clause_start else ""
    if boundary in lex.prepositions:
        return None, True
    # a lone capitalised sentence-initial adverb is not a subject ("Nu", "Samtidigt"), nor a date
    if first == last and first == clause_start and tokens[first].lower in lex.adverbial_openers \
            or any(t.lower in lex.time_nouns for t in tokens[first:last + 1]):  # "Den 1 oktober 1943 skriver hon"
        return None, True
    return source_phrase(tokens, Mention(first, last), lex), False
