"""Relays: the agency or outlet through which a statement reached the article.

``säger han enligt TT``, ``säger hon till SVT``, ``uppger polisen för TT``,
``säger hon i en intervju med Aftonbladet``, ``en källa som Expressen har
talat med``, and a trailing ``…, skriver nyhetsbyrån Yonhap.`` after a
statement that has its own cue. An outlet that itself makes the claim
(``Det skriver Dagens Nyheter.``) is the speaker, not a relay.
"""

from __future__ import annotations

from sagt.extraction.lexicon import Lexicon
from sagt.text.segment import Token


def is_year(word: str) -> bool:
    """A year as news writes it ("2015", "1994"): it dates a statement, it names nothing."""
    return len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2100


def outlet_at(tokens: list[Token], j: int, lex: Lexicon) -> tuple[str | None, int, bool]:
    """An outlet name at ``j`` ("nyhetsbyrån Reuters", "SVT", "tidningen Eskilstuna-Kuriren").

    Returns (name, index after it, whether an outlet noun introduced it).
    """
    n = len(tokens)
    had_noun = False
    # "den sydkoreanska nyhetsbyrån Yonhap": a determiner and adjectives before the noun
    k = j
    while k < n and k - j < 3 and tokens[k].is_word and not tokens[k].is_capitalized and tokens[k].lower not in lex.outlet_nouns:
        k += 1
    if k < n and tokens[k].lower in lex.outlet_nouns:
        j = k
    while j < n and tokens[j].lower in lex.outlet_nouns:
        j += 1
        had_noun = True
    start = j
    while j < n and tokens[j].is_word and (tokens[j].is_capitalized or tokens[j].text[0].isdigit()) \
            and not (j > start and is_year(tokens[j].text)):
        j += 1  # "Kanal 5", but not the year of "i en intervju med DN 2015"
    if j == start:
        return None, start, had_noun
    listed = lex.listed_outlet_at(tokens, start)  # in any case: "Dagens industri"
    if listed is not None:
        return listed[0], listed[1], had_noun
    name = " ".join(t.text for t in tokens[start:j])
    owner = lex.genitive_base(tokens[start].text)
    if owner != tokens[start].text and owner in lex.outlets and (j - start >= 2 or j < n and tokens[j].is_word):
        return owner, j, had_noun  # a programme of an outlet: "i SVT:s Agenda" -> SVT
    return lex.agencies.get(name, name), j, had_noun


def relay_after(tokens: list[Token], k: int, lex: Lexicon) -> tuple[str | None, int]:
    """A relay phrase starting at token ``k``: (canonical outlet or None, index after it)."""
    lows = [t.lower for t in tokens[k:k + 5]]
    for phrase in lex.relay_phrases:
        if tuple(lows[:len(phrase)]) != phrase:
            continue
        name, end, had_noun = outlet_at(tokens, k + len(phrase), lex)
        if name is None and had_noun:
            # "säger hon till tidningen.": the outlet noun alone, which the pipeline
            # resolves to the outlet last named (``sagt.pipeline._outlet_noun_relays``)
            return tokens[end - 1].lower, end
        if name is None:
            return None, k
        if lex.is_outlet_name(name) or had_noun:
            return name, end
        if phrase[0] in lex.strict_relay_prepositions or phrase == ("enligt",):
            return None, k  # "talesperson för Riksbanken", "enligt Eva Lind" (a source)
        if name.split()[0] in lex.pack.given_names:
            return None, k  # "säger han till Anna": a person spoken to
        if lex.is_organization_name(name):
            return None, k  # "i skrivelser till Trafikverket": an authority written to, no outlet
        return name, end
    return None, k


def interview_clause(tokens: list[Token], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """"som Expressen har talat med" at ``i``: (outlet, index after the clause)."""
    if i >= len(tokens) or tokens[i].lower != "som":
        return None
    name, end, had_noun = outlet_at(tokens, i + 1, lex)
    if end < len(tokens) and tokens[end].lower in ("har", "hade"):
        end += 1  # "som TT (har) talat med"
    if name and (had_noun or lex.is_outlet_name(name)) and end < len(tokens) and tokens[end].lower in lex.interview_verbs:
        k = end + 1
        if k < len(tokens) and tokens[k].lower == "med":
            k += 1
        return name, k
    return None


def _interviewed_by(tokens: list[Token], lex: Lexicon) -> str | None:
    """"… som Expressen har talat med" or "som intervjuas i Dagens industri" anywhere in the sentence."""
    phrases = lex.interviewed_in
    lows = [t.lower for t in tokens]
    for i in range(len(tokens)):
        found = interview_clause(tokens, i, lex)
        if found:
            return found[0]
        for phrase in phrases:
            if tuple(lows[i:i + len(phrase)]) == phrase:
                name, _, had_noun = outlet_at(tokens, i + len(phrase), lex)
                if name and (had_noun or lex.is_outlet_name(name)):
                    return name
    return None


def relays_in(tokens: list[Token], lex: Lexicon, skip: tuple[int, int] | None = None) -> list[str]:
    """Every relay in a sentence, outside the character range ``skip`` (the content)."""
    found: list[str] = []
    k = 0
    while k < len(tokens):
        if skip and skip[0] <= tokens[k].start < skip[1]:
            k += 1
            continue
        name, end = relay_after(tokens, k, lex)
        if name:
            found.append(name)
            k = end
        else:
            k += 1
    interviewed = _interviewed_by(tokens, lex)
    if interviewed:
        found.append(interviewed)
    return list(dict.fromkeys(found))


def trailing_relay(tokens: list[Token], end_char: int, lex: Lexicon) -> tuple[int, str] | None:
    """``…, skriver nyhetsbyrån Yonhap.`` or ``…, enligt NTB.`` ending a content span at ``end_char``.

    Returns (new end offset, outlet) when the content's last clause is an
    outlet's cue, or *enligt* and an outlet, that relays the statement.
    """
    inside = [t for t in tokens if t.end <= end_char]
    for i in range(len(inside) - 2, 0, -1):
        if inside[i].text != ",":
            continue
        name, after = relay_after(inside, i + 1, lex)
        if name:
            return (inside[i].start, name) if all(not t.is_word for t in inside[after:]) else None
        cue = lex.pack.cue(inside[i + 1].text) if i + 1 < len(inside) else None
        if cue is None or cue.cls != "speech":
            return None
        name, after, had_noun = outlet_at(inside, i + 2, lex)
        if name and (had_noun or lex.is_outlet_name(name)) and all(not t.is_word for t in inside[after:]):
            return inside[i].start, name
        return None
    return None


def find_relay(tokens: list[Token], k: int, lex: Lexicon, limit: int = 8) -> tuple[str | None, int]:
    """A relay within a few tokens after a speaker ("i laget Smederna till tidningen X")."""
    for j in range(k, min(len(tokens), k + limit)):
        tok = tokens[j]
        if tok.lower == "som":  # "i ett uttalande som citeras av AFP"
            relay, after = relay_after(tokens, j + 1, lex)
            if relay and j + 1 < len(tokens) and tokens[j + 1].lower not in lex.prepositions:
                return relay, after
        if tok.lower in ("att", "som") or tok.text in ".!?:;":
            break
        relay, after = relay_after(tokens, j, lex)
        if relay:
            return relay, after
    return None, k


def interview_sentences(tokens: list[Token], lex: Lexicon) -> str | None:
    """"Nyhetsbyrån TT har pratat med flera bärplockare.": the outlet that talked to the
    people whose statements follow."""
    name, end, had_noun = outlet_at(tokens, 0, lex)
    if name and (had_noun or lex.is_outlet_name(name)) and end + 1 < len(tokens) and tokens[end].lower in ("har", "hade") \
            and tokens[end + 1].lower in lex.interview_verbs:
        return name
    return None
