"""Find cue verbs in a sentence: "säger", "uppgav", "har sagt", "slår fast".

A cue form only counts where it reports: a supine needs its auxiliary
("har sagt"), an infinitive needs a habitual auxiliary ("brukar säga"), and
some verb + particle pairs mean something else ("tycker om" = like).
"""

from __future__ import annotations

from dataclasses import dataclass

from sagt.extraction.lexicon import Lexicon
from sagt.lang import Cue
from sagt.text.segment import Token


@dataclass(frozen=True, slots=True)
class CueHit:
    cue: Cue
    first: int  # index of the cue's first token
    last: int  # index of its last token (particle verbs span several)
    finite: int  # index of the finite verb (the auxiliary for "har sagt")

    @property
    def cls(self) -> str:
        return self.cue.cls


def _is_infinitive(cue: Cue) -> bool:
    return cue.form == cue.lemma and not cue.form.endswith("s")


def _is_supine(cue: Cue) -> bool:
    return cue.form.endswith("t") and cue.form != cue.lemma


def _find_aux(tokens: list[Token], i: int, allowed: frozenset[str], lex: Lexicon) -> int | None:
    """The auxiliary a non-finite cue depends on, looking back over adverbs, a subject
    pronoun or name, and a short adverbial phrase ("har under rättegången hävdat")."""
    for k in range(i - 1, max(-1, i - 7), -1):
        tok = tokens[k]
        low = tok.lower
        if low in allowed:
            return k
        if not tok.is_word or low in ("att", "som", "och", "men") or lex.pack.cue(tok.text):
            return None
    return None


def find_cues(tokens: list[Token], lex: Lexicon, *, manner: bool = False) -> list[CueHit]:
    """The cue verbs (and particle verbs) in ``tokens``, each with its finite verb.
    Verbs of manner (``skrattar``, ``suckar``) are cues only when ``manner`` is
    set: after a quote (``– Jag läser inte recensionerna, skrattar hon.``), never
    of reported speech (``Hon skrattar åt frågan``)."""
    hits: list[CueHit] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.is_word:
            i += 1
            continue
        # particle verbs first: "slår fast", "lägger till"
        matched = False
        for length in (3, 2):
            key = tuple(t.lower for t in tokens[i:i + length])
            cue = lex.pack.particle_cues.get(key) if len(key) == length else None
            if cue:
                hits.append(CueHit(cue, i, i + length - 1, i))
                i += length
                matched = True
                break
        if matched:
            continue
        cue = lex.pack.cue(tok.text)
        if cue is None or cue.cls == "manner" and not manner:
            i += 1
            continue
        nxt = tokens[i + 1].lower if i + 1 < n else ""
        nxt2 = f"{nxt} {tokens[i + 2].lower}" if i + 2 < n else nxt
        excluded = lex.excluded_followers.get(cue.lemma, frozenset())
        if nxt in excluded or nxt2 in excluded:
            i += 1
            continue
        # a non-finite form reports only with its auxiliary: "har sagt", "brukar säga"
        allowed = lex.supine_after if _is_supine(cue) else lex.infinitive_after if _is_infinitive(cue) else None
        finite = i if allowed is None else _find_aux(tokens, i, allowed, lex)
        if finite is not None:
            hits.append(CueHit(cue, i, i, finite))
        i += 1
    return hits
