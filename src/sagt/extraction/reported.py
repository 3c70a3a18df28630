"""Indirect and mixed speech, and unquoted text with a cue.

The patterns, each a function tried in turn for every cue in a sentence:

* back reference: ``Det uppger X.`` / ``Så berättar X.``: the content is the
  sentence(s) before, or the paragraph before when the cue opens one;
* trailing cue: ``Det är enkelt, säger forskarna.``;
* ``att``-clause: ``X säger att ...``, ``Samtidigt framhåller X att ...``;
* colon: ``X säger: ...``;
* stance without ``att``: ``Hon tycker det är jobbigt.``;
* ``enligt``: ``Enligt polisen ...`` / ``..., enligt polisen.``.
"""

from __future__ import annotations

from collections.abc import Callable

from sagt.extraction.candidates import Candidate, fully_quoted, quoted_inside, trim_content
from sagt.extraction.cues import CueHit, find_cues
from sagt.extraction.lexicon import Lexicon
from sagt.extraction.mentions import Mention, left_np, right_np
from sagt.extraction.quotes import clause_extension
from sagt.extraction.relays import interview_clause, outlet_at, relay_after, relays_in, trailing_relay
from sagt.lang import Cue
from sagt.text.document import Document, Paragraph, Sentence
from sagt.text.segment import Token

CONFIDENCE = {"speech": 0.85, "stance": 0.7, "evidence": 0.3, "manner": 0.85}


class SentenceContext:
    """What the patterns need to know about one sentence."""

    def __init__(self, doc: Document, lex: Lexicon, para: Paragraph, index: int, claimed_until: int) -> None:
        self.doc = doc
        self.lex = lex
        self.para = para
        self.index = index
        self.sentence: Sentence = para.sentences[index]
        self.tokens: list[Token] = self.sentence.tokens
        self.claimed_until = claimed_until  # offset in the paragraph up to which content is taken

    def kind_of(self, start: int, end: int) -> str:
        if fully_quoted(self.doc, start, end):
            return "direct"
        return "mixed" if quoted_inside(self.doc, start, end) else "indirect"

    def candidate(self, hit: CueHit, content: tuple[int, int], mention: Mention, rule: str,
                  kind: str | None = None) -> Candidate | None:
        raw_s, raw_e = content
        via: list[str] = []
        tail = trailing_relay(self.tokens, raw_e, self.lex)  # "…, skriver nyhetsbyrån Yonhap."
        clause_end = raw_e
        if tail is not None:
            raw_e, outlet = tail
            via.append(outlet)
        s, e = trim_content(self.doc, raw_s, raw_e)
        if e - s < 2:
            return None
        tokens = self.tokens
        via += relays_in(tokens, self.lex, skip=(s, e))
        cue, m_span = (tokens[hit.first].start, tokens[hit.last].end), mention.span(tokens)
        cited = self.citation(mention, (s, e))
        if cited is not None:  # "skriver The Times med hänvisning till två anställda"
            cue, m_span, via = cited[0], cited[1], cited_via(self.doc.text, cited, via)
        return Candidate(
            kind or self.kind_of(raw_s, raw_e), (s, e), cue, m_span, rule, CONFIDENCE[hit.cls], self.para.index,
            via=via, cue_class=hit.cls, clause_end=max(clause_end, e),
        )

    def citation(self, mention: Mention, content: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int], str] | None:
        """An outlet that cites its source outside the content: "Den danska tidningen
        Berlingske skriver, med hänvisning till en källa på utrikesministeriet, att …".
        Returns the citing phrase's span (the cue), the source's span (the speaker
        mention) and the outlet (the relay)."""
        tokens, lex = self.tokens, self.lex
        outlet = None
        for k in range(mention.first, mention.last + 1):  # "Den danska tidningen Berlingske"
            name, end, had_noun = outlet_at(tokens, k, lex)
            if name and end == mention.last + 1 and (had_noun or lex.is_outlet_name(name)):
                outlet = name
                break
        if outlet is None:
            return None
        for k, tok in enumerate(tokens):
            n = lex.citing_at(tokens, k)
            if not n or content[0] <= tok.start < content[1]:
                continue
            source = right_np(tokens, k + n, lex, skip_adverbs=False)
            if source is None:
                return None
            return (tok.start, tokens[k + n - 1].end), source.span(tokens), outlet
        return None

    def preceding(self) -> tuple[int, int] | None:
        """What a ``Det uppger X.`` sentence points back to: the paragraph's sentences
        before it, or the paragraph before when it opens one."""
        if self.index > 0:
            start = max(self.para.sentences[0].start, self.claimed_until)
            end = self.para.sentences[self.index - 1].end
        else:
            prev = _previous_body_paragraph(self.doc, self.para)
            if prev is None:
                return None
            start, end = prev.start, prev.end
        return (start, end) if end > start else None

    def subject(self, hit: CueHit) -> tuple[Mention | None, int]:
        """The cue's subject and the token index after the cue (and after an inverted subject)."""
        tokens, lex = self.tokens, self.lex
        after = hit.last + 1
        relative = self._relative_subject(hit.finite)
        if relative is not None and tokens[relative.first].lower in lex.determiners:
            return relative, after  # "En pappa som vill vara anonym säger att …": before the nearest noun phrase
        mention, _ = left_np(tokens, hit.finite, lex)
        if mention is not None:
            return mention, after
        # inverted: "Samtidigt framhåller Putin att", "I går har han sagt att"
        if hit.finite < hit.first:
            inv = right_np(tokens, hit.finite + 1, lex)
            if inv is not None and inv.last < hit.first:
                return inv, after
        inv = right_np(tokens, after, lex)
        if inv is not None:
            return inv, inv.last + 1
        field = self._subject_field(hit.finite)
        if field is not None:
            return field, after
        return None, after

    def _subject_field(self, finite: int) -> Mention | None:
        """Subjects the noun-phrase rules miss.

        * a relative clause: "Flera som SVT har talat med säger att …";
        * a coordinated verb phrase sharing the sentence's subject:
          "Hon växte upp i Umeå och har tidigare sagt att …".
        """
        tokens, lex = self.tokens, self.lex
        start = 1 if tokens and tokens[0].lower in lex.conjunctions else 0
        if finite <= start:
            return None
        relative = self._relative_subject(finite)
        if relative is not None:
            return relative
        if tokens[finite - 1].lower in ("och", "men"):
            head = right_np(tokens, start, lex, skip_adverbs=False)
            when = next((k for k in range(start, min(start + 3, finite)) if tokens[k].lower in lex.time_nouns), None)
            if when is not None and when + 2 < finite - 1:
                # a time first, the subject after the first verb: "En kväll ringde pappan och sade att"
                inverted = right_np(tokens, when + 2, lex, skip_adverbs=False)
                return inverted if inverted is not None and inverted.last < finite - 1 else None
            nxt = head.last + 1 if head is not None else finite
            if nxt + 2 < finite and tokens[nxt].text == "(" and tokens[nxt + 2].text == ")":
                nxt += 3  # a party in brackets: "Elisabeth Svantesson (M) vill inte …, men säger att"
            elif nxt < finite and tokens[nxt].text == ",":
                close = next((c for c in range(nxt + 1, min(nxt + 5, finite)) if tokens[c].text == ","), None)
                if close is not None:
                    nxt = close + 1  # an age or a role in commas: "Elsa, 12, går i sexan och tycker att"
            if head is not None and nxt < finite and tokens[nxt].is_word:
                return head
        return None

    def _relative_subject(self, finite: int) -> Mention | None:
        """A subject with a relative clause and no commas, from the start of the sentence:
        "Flera som SVT har talat med säger att …", "En pappa som vill vara anonym säger att …"."""
        tokens, lex = self.tokens, self.lex
        start = 1 if tokens and tokens[0].lower in lex.conjunctions else 0
        if finite <= start + 1:
            return None
        before = [t.lower for t in tokens[start:finite]]
        first = tokens[start]
        if "som" in before[1:] and (first.lower in lex.determiners or first.lower in lex.pronouns or first.is_capitalized) \
                and first.lower not in lex.adverbial_openers and all(t.is_word for t in tokens[start:finite]):
            return Mention(start, finite - 1)
        return None


def cited_via(text: str, cited: tuple[tuple[int, int], tuple[int, int], str], via: list[str]) -> list[str]:
    """The relays of a cited statement: the citing outlet first, then the others
    but the source itself ("till Fiskeridirektoratet" is no relay there)."""
    source = text[cited[1][0]:cited[1][1]].casefold()
    return list(dict.fromkeys([cited[2]] + [v for v in via if v.casefold() not in source]))


def _past_citation(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Past a citing phrase in commas at ``k`` (", med hänvisning till en källa,"),
    to the comma that closes it; else ``k``."""
    if k >= len(tokens) or tokens[k].text != "," or not lex.citing_at(tokens, k + 1):
        return k
    return next((c for c in range(k + 2, min(k + 14, len(tokens))) if tokens[c].text == ","), k)


def _skip_adverbs(tokens: list[Token], j: int, lex: Lexicon) -> int:
    while j < len(tokens) and tokens[j].lower in lex.inner_adverbs:
        j += 1
    return j


def _sentence_end(ctx: SentenceContext) -> int:
    return ctx.sentence.end


def backref(ctx: SentenceContext, hit: CueHit) -> Candidate | None:
    """``Det säger X.``: content is what came just before."""
    tokens, lex = ctx.tokens, ctx.lex
    if hit.finite != 1 or tokens[0].lower not in lex.backref_words:
        return None
    if hit.finite < hit.first:
        mention = right_np(tokens, hit.finite + 1, lex)
        if mention is not None and mention.last >= hit.first:
            mention = None
    else:
        mention = right_np(tokens, hit.last + 1, lex)
    before = ctx.preceding()
    if mention is None or before is None:
        return None
    return ctx.candidate(hit, before, mention, "backref")


def _previous_body_paragraph(doc: Document, para: Paragraph) -> Paragraph | None:
    for p in reversed(doc.paragraphs[:para.index]):
        if p.boilerplate:
            continue
        return None if p.heading else p
    return None


def trailing(ctx: SentenceContext, hit: CueHit) -> Candidate | None:
    """``…, säger X.``: the content is the sentence up to the comma."""
    tokens, lex = ctx.tokens, ctx.lex
    f = hit.finite
    prev = f - 1
    while prev >= 0 and tokens[prev].text in "”\"»«":
        prev -= 1
    if prev < 1 or tokens[prev].text not in (",", "!", "?", "…"):
        return None
    mention = right_np(tokens, hit.last + 1, lex)
    if mention is None:
        return None
    rest = tokens[clause_extension(tokens, mention.last + 1, lex):]
    if any(t.lower == "att" for t in rest) or sum(t.is_word for t in rest) > 6:
        return None  # "…, uppmanar räddningstjänsten boende att …": the content follows the cue
    start = max(ctx.sentence.start, ctx.claimed_until)
    end = tokens[prev].start if tokens[prev].text == "," else tokens[prev].end
    text = ctx.doc.text
    # a quotation opened in an earlier sentence: "”A. B”, säger X."
    if text[start:end].rstrip()[-1:] in "”\"«»" and not any(q in text[start:end].rstrip()[:-1] for q in "”\"»«"):
        opener = max(text.rfind(q, ctx.para.start, start) for q in "”\"»«")
        if opener >= max(ctx.para.start, ctx.claimed_until):
            start = _quote_opened_earlier(ctx.doc, ctx.para, opener)
    if start == ctx.para.start and text[start] in "”\"»":
        first = _quote_opened_earlier(ctx.doc, ctx.para, start)  # the quote began paragraphs ago
        if first < start:
            close = end - 1 if text[end - 1] in "”\"«»" else end
            return ctx.candidate(hit, (first + 1, close), mention, "trailing", kind="direct")
    if tokens[prev].text != "," and not fully_quoted(ctx.doc, start, end):
        return None  # "Vad gör du? frågar hon" without quotes is narration
    return ctx.candidate(hit, (start, end), mention, "trailing")


def att_clause(ctx: SentenceContext, hit: CueHit) -> Candidate | None:
    """``X säger att …`` and ``Samtidigt framhåller X att …``."""
    tokens, lex = ctx.tokens, ctx.lex
    mention, j = ctx.subject(hit)
    if mention is None:
        return None
    cited = _past_citation(tokens, j, lex)  # "skriver[, med hänvisning till en källa,] att"
    j = _skip_adverbs(tokens, cited + 1 if cited > j else j, lex)
    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower in lex.relative_words:
        # "skriver Strömberg[, som är invald för Jämtlands län,] att"
        close = next((c for c in range(j + 2, min(len(tokens), j + 14)) if tokens[c].text == ","), None)
        if close is not None and close + 1 < len(tokens) and tokens[close + 1].lower == "att":
            j = close + 1
    # "säger till SVT att", "bekräftade vid en hastigt inkallad pressträff i Rosenbad att",
    # "varnade redan 2022 för att"
    while j < len(tokens) and (tokens[j].text[0].isdigit() or tokens[j].lower in lex.inner_adverbs):
        j += 1
    if j < len(tokens) and tokens[j].lower in lex.prepositions:
        for k in range(j, min(len(tokens), j + 11)):
            if tokens[k].lower == "att":
                j = k
                break
            if not tokens[k].is_word or lex.pack.cue(tokens[k].text):
                break
    if j < len(tokens) and tokens[j].lower != "att" and hit.cue.lemma in lex.object_cues:
        j = _past_object(tokens, j, lex)  # "anklagar förhandlarna för att …"
    if j >= len(tokens) or tokens[j].lower not in ("att",):
        return None
    if j + 1 >= len(tokens):
        return None
    return ctx.candidate(hit, (tokens[j + 1].start, _sentence_end(ctx)), mention, "att")


def _past_object(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """The ``att`` after a cue's object (and a ``för`` before it), or ``j``."""
    for k in range(j, min(len(tokens), j + 9)):
        if tokens[k].lower == "att":
            return k
        if tokens[k].lower == "för" and k + 1 < len(tokens) and tokens[k + 1].lower == "att":
            return k + 1
        if not tokens[k].is_word or lex.pack.cue(tokens[k].text):
            break
    return j


def question(ctx: SentenceContext, hit: CueHit) -> Candidate | None:
    """``Hon frågade också vilka åtgärder ministern tänker vidta``: an indirect
    question after a cue of asking is its content."""
    tokens, lex = ctx.tokens, ctx.lex
    if hit.cue.lemma not in lex.question_cues:
        return None
    mention, j = ctx.subject(hit)
    if mention is None:
        return None
    j = _skip_adverbs(tokens, j, lex)
    if j + 2 >= len(tokens) or tokens[j].lower not in lex.question_words:
        return None
    return ctx.candidate(hit, (tokens[j].start, _sentence_end(ctx)), mention, "question")


def colon(ctx: SentenceContext, hit: CueHit) -> Candidate | None:
    """``X säger: …`` with the content after the colon (quoted or not)."""
    tokens = ctx.tokens
    mention, j = ctx.subject(hit)
    if mention is None:
        return None
    # "sammanfattade debatten på sitt eget sätt: ”…”"
    colon_at = next((k for k in range(j, min(len(tokens), j + 8)) if tokens[k].text == ":"), None)
    if colon_at is None or any(not t.is_word for t in tokens[j:colon_at]) or colon_at + 1 >= len(tokens):
        return None
    j = colon_at
    start = tokens[j + 1].start
    end = _sentence_end(ctx)
    text = ctx.doc.text
    if text[start] in "”\"»" and text.find(text[start] if text[start] != "»" else "«", start + 1, ctx.para.end) > end:
        end = text.find(text[start] if text[start] != "»" else "«", start + 1, ctx.para.end) + 1
    return ctx.candidate(hit, (start, end), mention, "colon")


def bare_clause(ctx: SentenceContext, hit: CueHit) -> Candidate | None:
    """``Hon tycker det är jobbigt.``: a stance verb with a clause but no ``att``."""
    tokens, lex = ctx.tokens, ctx.lex
    mention, j = ctx.subject(hit)
    if mention is None:
        return None
    j = _skip_adverbs(tokens, j, lex)
    if j >= len(tokens) - 2:
        return None
    nxt = tokens[j]
    if not nxt.is_word:
        return None
    if nxt.lower in ("det", "så", "detta") and (j + 1 >= len(tokens) or not tokens[j + 1].is_word
                                               or tokens[j + 1].lower in lex.prepositions):
        return None  # "tycker det", "bekräftar det för SVT": a pro-form, the content is elsewhere
    if hit.cls == "stance":
        ok = nxt.lower in lex.clause_openers or (nxt.lower not in lex.stop and nxt.lower not in lex.prepositions)
    else:
        ok = nxt.lower in lex.clause_openers
    if not ok:
        return None
    # needs a verb later: at least three words of content
    if len([t for t in tokens[j:] if t.is_word]) < 3:
        return None
    return ctx.candidate(hit, (nxt.start, _sentence_end(ctx)), mention, "bare")


PATTERNS: list[Callable[[SentenceContext, CueHit], Candidate | None]] = [backref, trailing, att_clause, question, colon, bare_clause]


def naming(ctx: SentenceContext) -> Candidate | None:
    """``X kallar beslutet ”ett svek”``, ``X beskriver Berg som ”en modig konstnär”``: a
    characterisation of two or more words in quotation marks (mixed; the content runs
    from the object to the closing mark). The verbs are no cues of their own
    (``Det kallar hon ett svek`` points nowhere), so they only count with the
    quotation (``naming_verbs`` in the pack)."""
    tokens, lex = ctx.tokens, ctx.lex
    verbs = lex.pack.naming_verbs
    opening = lex.pack.opening_quotes
    closing = {c for _o, c in lex.pack.quote_pairs}
    for i, tok in enumerate(tokens):
        lemma = verbs.get(tok.lower)
        if lemma is None:
            continue
        hit = CueHit(Cue(lemma, "speech", tok.text), i, i, i)
        mention, j = ctx.subject(hit)
        if mention is None or j >= len(tokens):
            continue
        k = j
        while k < len(tokens) and k - j < 6 and tokens[k].text not in opening and tokens[k].is_word:
            k += 1
        if k == j or k >= len(tokens) or tokens[k].text not in opening:
            continue
        close = next((m for m in range(k + 1, len(tokens)) if tokens[m].text in closing), None)
        if close is None or close - k < 3 or tokens[k - 1].lower in lex.scare_quote_words:
            continue  # a word in scare quotes ("en så kallad ”reform”") characterises nothing anyone said
        return ctx.candidate(hit, (tokens[j].start, tokens[close].end), mention, "naming", kind="mixed")
    return None


def _past_apposition(tokens: list, k: int, lex: Lexicon) -> int:
    """Past an apposition in commas after the source, to the comma that closes it:
    "Enligt Kenji Watanabe[, talesperson för rederiet], är det …" (the role is the
    entity's, not the content's), "Enligt en mätning från Ifop[, publicerad i Le
    Figaro], vill …"."""
    if k >= len(tokens) or tokens[k].text != ",":
        return k
    cited = _past_citation(tokens, k, lex)
    if cited > k:
        return cited  # "Enligt NTB[, med hänvisning till polisen], greps …"
    close = next((c for c in range(k + 1, min(k + 9, len(tokens))) if tokens[c].text == ","), None)
    if close is None or close == k + 1:
        return k
    opener = tokens[k + 1]
    if close == k + 2 and opener.text.isupper() and opener.text.isalpha():
        return close  # an acronym: "Enligt Läkemedelsindustriföreningen, LIF, beror …"
    if lex.title_stem(opener.text) or opener.lower in lex.apposition_openers or (
            opener.is_word and not opener.is_capitalized and opener.lower.endswith(lex.participle_endings)):
        return close  # "…, talesperson för rederiet,", "…, publicerad i Le Figaro,"
    return k


def enligt(ctx: SentenceContext) -> Candidate | None:
    """``Enligt X …`` and ``…, enligt X.``"""
    tokens, lex = ctx.tokens, ctx.lex
    for i, tok in enumerate(tokens):
        if tok.lower != "enligt":
            continue
        mention = right_np(tokens, i + 1, lex, skip_adverbs=False)
        if mention is None or _not_a_source(tokens, mention, lex):
            return None
        hit_span = (tok.start, tok.end)
        after = mention.last + 1
        interview = interview_clause(tokens, after, lex)  # "Enligt källor som Reuters har talat med"
        if interview is not None:
            after = interview[1]
        told_to, relay_end = relay_after(tokens, after, lex)  # "Enligt uppgifter till SVT har …"
        if told_to:
            after = relay_end  # the outlet told is a relay (relays_in finds it), not the content
        if i == 1 and tokens[0].lower in lex.backref_words:
            # "Det enligt polisen." points back like "Det uppger polisen."
            before = ctx.preceding()
            if before is None:
                return None
            content = before
        elif i == 0:
            k = _past_apposition(tokens, after, lex)
            if k < len(tokens) and tokens[k].text == ",":
                k += 1
            if k >= len(tokens):
                return None
            content = (tokens[k].start, ctx.sentence.end)
        elif tokens[i - 1].text == ",":
            content = (max(ctx.sentence.start, ctx.claimed_until), tokens[i - 1].start)
        else:
            content = (ctx.sentence.start, ctx.sentence.end)
        s, e = trim_content(ctx.doc, *content)
        if e - s < 2:
            return None
        m_span = mention.span(tokens)
        via = [v for v in relays_in(tokens, lex, skip=(s, e)) if v.casefold() not in ctx.doc.text[m_span[0]:m_span[1]].casefold()]
        cited = ctx.citation(mention, (s, e))
        if cited is not None:  # "Enligt NTB, med hänvisning till polisen, …": the police speak, NTB relays
            hit_span, m_span, via = cited[0], cited[1], cited_via(ctx.doc.text, cited, via)
        rule = "enligt-front" if i == 0 else "enligt"
        return Candidate(ctx.kind_of(*content), (s, e), hit_span, m_span, rule, 0.75,
                         ctx.para.index, cue_class="speech", via=via)
    return None


def find_reported(doc: Document, lex: Lexicon, skip: list[tuple[int, int]]) -> list[Candidate]:
    """Reported speech in every body sentence outside the ranges in ``skip`` (dash quotes)."""
    out: list[Candidate] = []
    for para in doc.paragraphs:
        if para.boilerplate:
            continue
        claimed_until = para.start
        for si, sent in enumerate(para.sentences):
            if any(a <= sent.start < b for a, b in skip):
                continue
            ctx = SentenceContext(doc, lex, para, si, claimed_until)
            found = None
            question = doc.text[sent.start:sent.end].rstrip().endswith("?")
            for hit in find_cues(sent.tokens, lex):
                if question and not _inside_quotes(doc.text, para, sent.end - 1):
                    break  # the article's own question ("Tycker du att ...?")
                if found and sent.tokens[hit.first].start < max(found.content[1], found.clause_end or 0):
                    if _told_belief(ctx, hit, found):  # "…, trodde han att gruvan skulle stänga, berättar han."
                        continue
                    second = _coordinated(ctx, hit, found)
                    if second is not None:
                        out.append(second)
                        found = second
                    continue  # a cue inside content already reported ("säger att många tror att")
                if _inside_quotes(doc.text, para, sent.tokens[hit.first].start):
                    continue
                for pattern in PATTERNS:
                    cand = pattern(ctx, hit)
                    if cand is not None:
                        found = cand
                        out.append(cand)
                        break
            if found is None:
                found = enligt(ctx) or naming(ctx)
                if found is not None:
                    out.append(found)
            if found is not None:
                if found.rule in CONTINUING_RULES:
                    _continue_content(doc, lex, para, si, found)
                claimed_until = max(claimed_until, found.content[1], sent.end)
    return out


CONTINUING_RULES = ("att", "bare", "colon", "enligt-front")


def _continue_content(doc: Document, lex: Lexicon, para: Paragraph, si: int, cand: Candidate) -> None:
    """Reported speech goes on in the paragraph's next sentences until a new cue.

    ``Hon säger att pappan har behandlat henne dåligt. Han har styrt henne
    hårt.``: the second sentence is still what she says. A sentence with a
    cue of its own, a question, or a quotation opening a new turn ends it.
    """
    end = cand.content[1]
    if any(doc.text[cand.content[0] - 1:cand.content[0]] == o for o, _c in doc.pack.quote_pairs):
        return  # "Hon sa: ”Ja.” Sedan gick hon.": a quotation ends where its marks close
    following = para.sentences[si + 1:]
    for k, sent in enumerate(following):
        text = doc.text[sent.start:sent.end]
        if k + 1 < len(following) and _opens_with_backref(following[k + 1], lex):
            break  # "Det tycker X." claims the sentence before it
        toks = sent.tokens
        new_cue = any((lex.pack.cue(t.text) or t.lower in lex.pack.cue_lemmas) and (k == 0 or toks[k - 1].lower != "att")
                      for k, t in enumerate(toks))
        if text[:1] in "–—-”\"»" or text.rstrip().endswith("?") or new_cue:
            break  # a new cue, even one that does not report ("ville hon inte säga"), ends the turn;
            # "rätt att säga nej" is not one
        if any(t.lower == "enligt" for t in sent.tokens):
            break
        if _about_the_claim(toks, lex):
            break  # "Uppgifterna kan inte bekräftas av oberoende källor.": the newsroom's caveat
        if _introduces_someone_else(doc, toks, lex, cand):
            break  # "... för sent. Partiets talesperson Sara Ekström är kritisk.": narration moves on
        end = sent.end
    if end > cand.content[1]:
        s, e = trim_content(doc, cand.content[0], end)
        cand.content = (s, e)
        cand.kind = "mixed" if quoted_inside(doc, s, e) and cand.kind != "direct" else cand.kind


def _about_the_claim(toks: list[Token], lex: Lexicon) -> bool:
    """A sentence that speaks of the claim: it opens with "Uppgifterna" or says it is
    (not) confirmed ("kan inte bekräftas")."""
    words = [t for t in toks if t.is_word]
    return bool(words) and (words[0].lower in lex.claim_nouns or any(t.lower in lex.confirmation_verbs for t in words))


def _introduces_someone_else(doc: Document, toks: list[Token], lex: Lexicon, cand: Candidate) -> bool:
    """The sentence names a person by given name and surname who is not the speaker:
    the article introduces the next voice; a report goes on in pronouns and common nouns.

    Not a name: a capitalised function word at the start (``Inga EU-pengar``,
    ``Hans Facebookinlägg``), an acronym or compound (``EU-pengar``), a genitive
    before a noun (``Astrid Lindgrens barnsjukhus``, a place)."""
    speaker = set(doc.text[cand.mention[0]:cand.mention[1]].split()) if cand.mention else set()
    for k in range(len(toks) - 1):
        first, last = toks[k], toks[k + 1]
        if not (first.text in lex.pack.given_names and first.is_capitalized and last.is_capitalized and last.is_word):
            continue
        if first.text in speaker or last.text in speaker:
            continue
        if last.text.isupper() or "-" in last.text or (k == 0 and lex.is_common_word(first.text)):
            continue
        after = toks[k + 2] if k + 2 < len(toks) else None
        if last.text.endswith("s") and after is not None and after.is_word and not after.is_capitalized:
            continue
        return True
    return False


def _quote_opened_earlier(doc: Document, para: Paragraph, opener: int) -> int:
    """A quotation over several paragraphs opens each with a quotation mark and closes
    only in the last: the start is the first paragraph of the run."""
    start = opener
    if opener != para.start:
        return start
    mark = doc.text[opener]
    for prev in reversed(doc.paragraphs[:para.index]):
        text = prev.text(doc.text)
        if prev.boilerplate or prev.heading or not text.startswith(mark):
            break
        closes = text.count("«" if mark == "»" else mark) - (1 if mark in "”\"" else 0)
        if closes > 0:
            break  # that paragraph's quotation is closed: a separate quote
        start = prev.start
    return start


def _told_belief(ctx: SentenceContext, hit: CueHit, belief: Candidate) -> bool:
    """A stance told by a speech cue at the sentence's end: "När Anders Malm kom till
    byn trodde han att gruvan skulle stänga inom tio år, berättar han." What was
    believed ends at the comma; the stance's subject stays the speaker. (An outlet
    at the end relays the stance instead, "…, skriver Reuters", which the relays
    handle.)"""
    if belief.rule != "att" or belief.cue_class != "stance" or hit.cls != "speech":
        return False
    told = trailing(ctx, hit)
    if told is None or told.mention is None or not belief.content[0] < told.content[1] < belief.content[1] \
            or ctx.lex.is_outlet_name(ctx.doc.text[told.mention[0]:told.mention[1]]):
        return False
    belief.content = (belief.content[0], told.content[1])
    return True


def _coordinated(ctx: SentenceContext, hit: CueHit, first: Candidate) -> Candidate | None:
    """``X medger att A, men menar att B``: a second cue sharing the subject is a second statement."""
    tokens = ctx.tokens
    f = hit.finite
    if first.mention is None:
        return None
    # "…, men menar att", or with the subject repeated: "…, men hon varnar för att"
    conj_at = f - 1
    if f >= 2 and tokens[f - 1].lower in ctx.lex.pronouns and tokens[f - 2].lower in ("men", "och"):
        conj_at = f - 2
    if conj_at < 1 or tokens[conj_at].lower not in ("men", "och"):
        return None
    f = conj_at + 1
    j = _skip_adverbs(tokens, hit.last + 1, ctx.lex)
    if j + 1 < len(tokens) and tokens[j].lower == "för" and tokens[j + 1].lower == "att":
        j += 1
    if j + 1 >= len(tokens) or tokens[j].lower != "att":
        return None
    conj = f - 2 if f >= 2 and tokens[f - 2].text == "," else f - 1
    s, e = trim_content(ctx.doc, first.content[0], tokens[conj].start)
    if e - s < 2:
        return None
    first.content = (s, e)
    mention_tokens = [k for k, t in enumerate(tokens) if t.start >= first.mention[0] and t.end <= first.mention[1]]
    if not mention_tokens:
        return None
    cand = ctx.candidate(hit, (tokens[j + 1].start, ctx.sentence.end), Mention(mention_tokens[0], mention_tokens[-1]), "att")
    return cand


def _not_a_source(tokens: list[Token], mention: Mention, lex: Lexicon) -> bool:
    """"enligt planen", "enligt medbestämmandelagen": a rule or plan, not someone speaking."""
    words = lex.enligt_non_sources
    lows = [t.lower for t in tokens[mention.first:mention.last + 1] if t.lower not in lex.determiners]
    if not lows:
        return True
    head = lows[0]  # the noun right after "enligt (den/det)": "enligt planen ha avslutats"
    after = tokens[mention.last + 1].lower if mention.last + 1 < len(tokens) else ""
    if tokens[mention.last].text.endswith("s") and after in words:
        return True  # "enligt Uefa:s regler": the owner's rules, not the owner speaking
    return " ".join(lows) in words or head in words or any(head.endswith(w) for w in words if len(w) >= 5)


def _opens_with_backref(sent: Sentence, lex: Lexicon) -> bool:
    toks = sent.tokens
    return bool(toks) and toks[0].lower in lex.backref_words and any(h.finite == 1 for h in find_cues(toks, lex))


def _inside_quotes(text: str, para: Paragraph, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation that opened earlier in the paragraph."""
    segment = text[para.start:offset]
    same = segment.count("”") + segment.count('"')
    return same % 2 == 1 or segment.count("»") > segment.count("«")


def colon_introduction(doc: Document, lex: Lexicon, para: Paragraph) -> Candidate | None:
    """``Hon säger:`` closing a paragraph introduces the quote in the next one.

    Returns a candidate carrying the cue and the speaker (its content is the
    introducing sentence; the caller moves cue and speaker to the quote).
    """
    if para.boilerplate or not para.sentences:
        return None
    sent = para.sentences[-1]
    if not doc.text[sent.start:sent.end].rstrip().endswith(":"):
        return None
    ctx = SentenceContext(doc, lex, para, len(para.sentences) - 1, para.start)
    for hit in find_cues(sent.tokens, lex):
        if hit.cls == "evidence":
            continue
        mention, _ = ctx.subject(hit)
        if mention is not None:
            return ctx.candidate(hit, (sent.start, sent.end), mention, "colon-intro")
    return _label(sent.tokens, lex, para.index) if len(para.sentences) == 1 else None


def _label(tokens: list[Token], lex: Lexicon, paragraph: int) -> Candidate | None:
    """A paragraph that is only a name and a colon, perhaps with a note in brackets
    ("Dagens Nyheter (oberoende liberal):", "Anna Ek:"), labels the quotation in
    the next paragraph: its speaker, with no cue."""
    words = [t for t in tokens[:-1] if t.is_word]
    bracket = next((k for k, t in enumerate(tokens) if t.text == "("), len(tokens) - 1)
    name = [t for t in tokens[:bracket] if t.is_word]
    if not name or len(name) > 4 or len(words) > 8 or not all(t.is_capitalized or t.lower in lex.name_particles for t in name):
        return None
    text = " ".join(t.text for t in name)
    if not (lex.is_organization_name(text) or name[0].text in lex.pack.given_names or len(name) >= 2):
        return None  # "Fakta:", "Bakgrund:" name no one
    span = (name[0].start, name[-1].end)
    return Candidate("direct", (tokens[0].start, tokens[-1].end), None, span, "colon-label", 0.8, paragraph)
