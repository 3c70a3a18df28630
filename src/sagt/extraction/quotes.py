"""Direct quotes: dash paragraphs, quotation marks and headline quotes.

* ``– Vi är redo, säger han, att arbeta mer.``: a paragraph (or the rest of
  one) opened by a dash is one quote; its cue clause may end it or interrupt
  it. Without a cue the paragraph continues a speaker's turn.
* ``Putin: ”Redo att ta förhandlingsspåret”`` and ``– Jag vill inte vara känd``
  as a title.
* ``Hon säger: ”...”`` and whole sentences in quotation marks. A quoted word
  inside narration with no one saying it (scare quotes) is not a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sagt.extraction.candidates import Candidate, trim_content
from sagt.extraction.cues import find_cues
from sagt.extraction.lexicon import Lexicon
from sagt.extraction.mentions import Mention, left_np, right_np
from sagt.extraction.relays import find_relay, is_year, relay_after, relays_in
from sagt.text.document import Document, Paragraph
from sagt.text.segment import Token

_CLAUSE_PUNCT = {",", "!", "?", "…"}


@dataclass
class DashSegment:
    paragraph: Paragraph
    start: int  # offset of the dash
    end: int


def _dash_start(text: str, dashes: list[str]) -> bool:
    if not text or text[0] not in dashes:
        return False
    rest = text[1:2]
    return rest == "" or rest.isspace() or rest.isupper() or rest in "”\"»"


def dash_segments(doc: Document) -> list[DashSegment]:
    """Stretches of text that are dash quotes: whole paragraphs, or the tail of one."""
    dashes = doc.pack.dashes
    inner = re.compile(r"(?<=[.!?])\s+[" + re.escape("".join(d for d in dashes if d != "-")) + r"]\s+(?=[A-ZÅÄÖ”\"»])")
    out: list[DashSegment] = []
    for p in doc.paragraphs:
        if p.boilerplate:
            continue
        text = p.text(doc.text)
        if _dash_start(text, dashes):
            out.append(DashSegment(p, p.start, p.end))
            continue
        m = inner.search(doc.text, p.start, p.end)
        if m:
            dash_at = m.start() + len(m.group()) - len(m.group().lstrip())
            out.append(DashSegment(p, dash_at, p.end))
    return out


def _segment_tokens(doc: Document, seg: DashSegment) -> list[Token]:
    return [t for s in seg.paragraph.sentences for t in s.tokens if t.start >= seg.start and t.end <= seg.end]


def cue_clause(tokens: list[Token], lex: Lexicon, *, from_index: int = 1):
    """The first "…, säger X" clause in a quote: (hit, mention, relays, clause_end_index)."""
    for hit in find_cues(tokens, lex, manner=True):
        f = hit.finite
        if f < from_index or hit.cls == "evidence":
            continue
        prev = f - 1
        while prev >= 0 and tokens[prev].text in "”\"»«":
            prev -= 1
        if prev < 0 or tokens[prev].text not in _CLAUSE_PUNCT:
            continue
        mention = right_np(tokens, hit.last + 1, lex)
        if mention is None:
            continue
        relay, after = find_relay(tokens, mention.last + 1, lex)
        if relay is None:  # "sade X … på en presskonferens enligt Reuters", "säger X, som bor …, till Aftonbladet"
            # (an outlet noun alone so far from the cue is no relay: "säger en pappa som inte vill se
            # sitt namn i tidningen")
            found = [r for r in relays_in(tokens[mention.last + 1:], lex) if r not in lex.outlet_nouns]
            return hit, mention, found[:1], max(after, mention.last + 1)
        relays = [relay]
        k = after + 1 if after < len(tokens) and tokens[after].text == "," else after
        chained, chained_end = relay_after(tokens, k, lex)
        if chained and chained != relay:  # "i en intervju med BBC, enligt Reuters": the relay's relay
            relays.append(chained)
            after = chained_end
        return hit, mention, relays, max(after, mention.last + 1)
    return None


def clause_extension(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Where a cue clause really ends: past "som är chef för X", ", chef på X", "på en presskonferens".

    What follows a cue clause is either more of the clause (a relative clause,
    an apposition naming a role, a prepositional phrase) or more of the quote
    ("– Vi är redo, säger han, att arbeta mer.").
    """
    def skip_to_boundary(k: int, at_att: bool = True) -> int:
        while k < len(tokens) and tokens[k].text not in ",.!?;" and not (at_att and tokens[k].lower == "att"):
            k += 1
        return k

    def about_the_speech(k: int) -> bool:
        """A phrase after the cue clause's comma that tells where, when or how it was
        said ("…, på en presskonferens", "…, efter matchen", "…, med ett leende"), not
        more of the quote ("– Det här är en seger, säger X, för renen och för alla …")."""
        phrase = tokens[k:skip_to_boundary(k + 1, at_att=False)]
        return tokens[k].lower in lex.speech_setting_prepositions or any(
            t.is_capitalized or t.text[:1].isdigit() or t.lower in lex.speech_setting_nouns or lex.is_document_noun(t.lower)
            for t in phrase[1:])

    while j < len(tokens):
        tok = tokens[j]
        if tok.text == "(":  # "Gunnar Åslund (S)"
            close = next((k for k in range(j + 1, len(tokens)) if tokens[k].text == ")"), None)
            if close is None:
                break
            j = close + 1
        elif tok.lower == "som" or tok.lower in lex.prepositions:
            j = skip_to_boundary(j + 1)
        elif tok.lower in lex.cue_clause_adverbs or is_year(tok.text):
            j += 1  # "sa han efteråt", "sade hon i en intervju med DN 2015"
        elif (tok.lower in lex.cue_clause_coordinators or tok.lower in lex.cue_clause_subordinators) \
                and tokens[j - 1].text != ",":
            j = skip_to_boundary(j + 1, at_att=False)  # "säger dottern och skrattar", "sade hon när han hördes"
        elif (aged := lex.age_after(tokens, j)) is not None:
            j = aged  # "säger Lina Ek, 23."
        elif tok.text == "," and j + 1 < len(tokens) and (
            tokens[j + 1].lower == "som" or tokens[j + 1].lower in lex.prepositions and about_the_speech(j + 1)
            or any(lex.title_stem(t.text) for t in tokens[j + 1:j + 4])
        ):
            j = skip_to_boundary(j + 1)
        else:
            break
    return j


def find_dash_quotes(doc: Document, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for seg in dash_segments(doc):
        tokens = _segment_tokens(doc, seg)
        if len(tokens) < 2:
            continue
        clause = cue_clause(tokens, lex)
        if clause is None:
            inner = _inner_backref(doc, seg, lex)
            if inner is not None:
                out.append(inner)
                continue
            s, e = trim_content(doc, seg.start, seg.end)
            if e > s:
                out.append(Candidate("direct", (s, e), None, None, "dash-floating", 0.6, seg.paragraph.index))
            continue
        hit, mention, relays, after = clause
        f = hit.finite
        prev = tokens[f - 1]
        end = prev.start if prev.text == "," else prev.end
        after = clause_extension(tokens, after, lex)
        rest_words = [t for t in tokens[after:] if t.is_word]
        if rest_words:  # the cue interrupts the quote, which goes on
            end = seg.end
        s, e = trim_content(doc, seg.start, end)
        if e <= s:
            continue
        m_span = mention.span(tokens)
        conf = 0.95 if tokens[mention.first].is_capitalized else 0.9
        out.append(Candidate(
            "direct", (s, e), (tokens[hit.first].start, tokens[hit.last].end), m_span, "dash", conf,
            seg.paragraph.index, via=relays, cue_class=hit.cls,
        ))
    return out


def _inner_backref(doc: Document, seg: DashSegment, lex: Lexicon) -> Candidate | None:
    """``– Vi är redo. Det säger Putin.`` in one paragraph: the cue sentence ends the quote."""
    sents = [s for s in seg.paragraph.sentences if s.start >= seg.start]
    for k, sent in enumerate(sents[1:], 1):
        toks = sent.tokens
        if not toks or toks[0].lower not in lex.backref_words:
            continue
        hit = next((h for h in find_cues(toks, lex) if h.finite == 1 and h.cls != "evidence"), None)
        if hit is None:
            continue
        mention = right_np(toks, hit.last + 1, lex)
        if mention is None:
            continue
        relay, _ = find_relay(toks, mention.last + 1, lex)
        s, e = trim_content(doc, seg.start, sents[k - 1].end)
        return Candidate("direct", (s, e), (toks[hit.first].start, toks[hit.last].end), mention.span(toks),
                         "dash+backref", 0.9, seg.paragraph.index, via=[relay] if relay else [], cue_class=hit.cls)
    return None


_HEADLINE = re.compile(r"^(?P<np>[^:”\"»\n]{1,60}?):\s*[”\"»](?P<q>[^”\"«»]+)[”\"«»]?\s*$")


def _colon_attribution(head: list[Token], lex: Lexicon) -> tuple[Mention | None, tuple[int, int] | None]:
    """The speaker mention and cue in the words before a colon that opens a quote:
    ``Statsministern sa:`` (cue and subject), ``Åsa Lind:`` (a name alone, at most six words)."""
    hits = [h for h in find_cues(head, lex) if h.cls != "evidence"]
    if hits:
        hit = hits[-1]
        mention, _ = left_np(head, hit.finite, lex)
        if mention is None:
            mention = right_np(head, hit.last + 1, lex)
        return mention, (head[hit.first].start, head[hit.last].end)
    mention = right_np(head, 0, lex, skip_adverbs=False)
    if 0 < len(head) <= 6 and mention is not None and all(not t.is_word or t.text.isdigit() for t in head[mention.last + 1:]):
        return mention, None  # a label: "Åsa Lind: ”…”", "Anna Ek, 45: ”…”"
    # "Kulturminister Parisa Liljestrand (M) välkomnar beskedet på X: ”…”": no cue verb, but a
    # named subject and its verb open the clause the colon ends; the verb stands in for the cue
    if mention is None or not _names_someone(head[mention.first:mention.last + 1], lex):
        return None, None
    k = mention.last + 1
    if k + 2 < len(head) and head[k].text == "(" and head[k + 2].text == ")":
        k += 3  # a party: "(M)"
    if k < len(head) and head[k].is_word and not head[k].is_capitalized \
            and (head[k].lower not in lex.stop or head[k].lower in lex.supine_after):  # "Gunnel har tagit emot …:"
        return mention, (head[k].start, head[k].end)
    return None, None


def _names_someone(words: list[Token], lex: Lexicon) -> bool:
    """A person by given name or title, or a known organisation: not "Beskedet", "Det"."""
    return any(t.text in lex.pack.given_names or lex.title_stem(t.text) or t.text in lex.parties for t in words) or \
        lex.is_organization_name(" ".join(t.text for t in words))


def repeats_quote(said: str, text: str, words: int = 5) -> bool:
    """Whether ``text`` repeats the quote ``said``: its first ``words`` words, in
    order, whatever the punctuation between them (a headline shortens the quote
    of the body: "Han sprang rakt mot oss med kniven" / "Han sprang rakt mot oss,
    och jag …")."""
    first = re.findall(r"\w+", said)[:words]
    if len(first) < 3:  # "Hotar jobben" is too short to tell
        return False
    pattern = r"\b" + r"\W+".join(map(re.escape, first)) + r"\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _speaker_phrase(p: Paragraph, colon: int, lex: Lexicon) -> list[Token]:
    """The words before a headline's colon that may name its speaker: those after
    the last dash ("Sverige slog Norge – förbundskaptenen: ”…”", "Strid om X – L:")."""
    head = [t for sent in p.sentences for t in sent.tokens if t.end <= colon]
    dash = max((k for k, t in enumerate(head) if t.text in lex.pack.dashes), default=None)
    return head[dash + 1:] if dash is not None and dash + 1 < len(head) else head


_PLAIN_HEADLINE = re.compile(r"^(?P<np>[^:”\"»«\n]{1,60}?):\s*(?P<q>[^”\"»«\n]{3,})$")


def _reported_headline(doc: Document, p: Paragraph, text: str, lex: Lexicon) -> Candidate | None:
    """``Läkare larmar: Ambulanserna räcker inte``: a heading whose words before the
    colon are a subject and a speech verb reports, without quotation marks, what
    that subject says (indirect). Without a verb (``Uppgifter: …``) it is a topic."""
    m = _PLAIN_HEADLINE.match(text.strip())
    if m is None:
        return None
    offset = p.start + (len(text) - len(text.lstrip()))
    head = _speaker_phrase(p, offset + m.end("np"), lex)
    hits = [h for h in find_cues(head, lex) if h.cls == "speech"]
    if not head or not hits:
        return None
    mention, cue = _colon_attribution(head, lex)
    words_after = [t for t in head[hits[-1].last + 1:] if t.is_word and t.lower not in lex.cue_clause_adverbs]
    if mention is None or cue is None or mention.first > hits[-1].finite or words_after \
            or any(t.text in ".!?" for t in head):
        return None  # "Varnar för krisen: …", "Så svarar ministern: …", "X firar framför klacken. Foto: …"
    s, e = trim_content(doc, offset + m.start("q"), offset + m.end("q"))
    if e <= s:
        return None
    return Candidate("indirect", (s, e), cue, mention.span(head), "headline-reported", 0.6, p.index)


def find_headline_quotes(doc: Document, lex: Lexicon) -> list[Candidate]:
    """``Putin: ”…”`` as a title or heading, and headings wholly in quotation marks."""
    out: list[Candidate] = []
    for p in doc.paragraphs:
        if p.boilerplate or not p.heading:
            continue
        text = p.text(doc.text)
        m = _HEADLINE.match(text)
        if m is None:
            plain = _reported_headline(doc, p, text, lex)
            if plain is not None:
                out.append(plain)
                continue
        head = _speaker_phrase(p, p.start + m.end("np"), lex) if m else []
        if m and len(m.group("np").strip()) == 1 and m.group("np").strip() not in lex.parties:
            head = []  # one letter names no one unless it is a party's: "L: ”…”"
        # a name and its verb may say more: "Gunnel har tagit emot 5 000 barn: ”…”"
        longest = 10 if len(head) > 1 and head[0].text in lex.pack.given_names and not head[1].is_capitalized else 6
        if head and len(doc.text[head[0].start:head[-1].end].split()) <= longest \
                and (m.group("np")[:1].isupper() or m.group("np")[:1].isdigit()):
            qs = p.start + m.start("q")
            s, e = trim_content(doc, qs, p.start + m.end("q"))
            if any(h.cls != "evidence" for h in find_cues(head, lex)):
                mention, cue = _colon_attribution(head, lex)  # "Putin säger: ”…”": the cue is not the name
                if mention is None:  # "Varnar för krisen: ”…”": no subject; the body names the speaker
                    out.append(Candidate("direct", (s, e), cue, None, "headline-floating", 0.5, p.index))
                    continue
                span = mention.span(head)
            else:  # the phrase names the speaker: "Prisad författare", "Vita huset", "Tränaren [om förlusten]"
                topic = lex.pack.words("quotes", "headline_topic_prepositions")
                present = tuple(lex.pack.words("quotes", "present_tense_endings"))
                cut = next((k for k, t in enumerate(head) if k > 0 and t.text in topic), len(head))
                mention, verb = _colon_attribution(head, lex)
                if mention is not None and verb is not None and doc.text[verb[0]:verb[1]].endswith(present):
                    cut = mention.last + 1  # "Influencern [rasar mot modekedjan]": the subject of a verb in the present
                if cut == 1 and cut < len(head) and not _names_someone(head[:1], lex):
                    # "Mordåtal i Sundsvall: ”…”": a topic, not a speaker; the body names who said it
                    out.append(Candidate("direct", (s, e), None, None, "headline-floating", 0.5, p.index))
                    continue
                described = all(not t.is_word or lex.is_common_word(t.text) for t in head[:cut])
                if (described or not _names_someone(head[:cut], lex)) and repeats_quote(doc.text[s:e], doc.text[p.end:]):
                    # "Facket varslar om strejk: ”…”", "Vittnet: ”…”" repeat a quote of the body:
                    # its speaker said it (the description alone may fit several people)
                    out.append(Candidate("direct", (s, e), None, None, "headline-floating", 0.5, p.index))
                    continue
                span, cue = (head[0].start, head[cut - 1].end), None
            if span is not None:
                out.append(Candidate("direct", (s, e), cue, span, "headline", 0.85, p.index))
                continue
        stripped = text.strip()
        if len(stripped) > 3 and stripped[0] in "”\"»" and stripped[-1] in "”\"«»" and p.index > 0:
            s, e = trim_content(doc, p.start, p.end)
            out.append(Candidate("direct", (s, e), None, None, "heading-quote", 0.4, p.index))
        elif len(stripped) > 3 and stripped[0] in "”\"»" and stripped[-1] in "”\"«»":
            s, e = trim_content(doc, p.start, p.end)
            out.append(Candidate("direct", (s, e), None, None, "headline-floating", 0.5, p.index))
    return out


def _quote_spans(text: str, start: int, end: int, pairs: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """(open, close+1) offsets of quotations within text[start:end], outermost first, no overlaps."""
    spans: list[tuple[int, int]] = []
    i = start
    openers = {o: c for o, c in pairs}
    while i < end:
        ch = text[i]
        if ch in openers:
            close = text.find(openers[ch], i + 1, end)
            if close > i + 1:
                spans.append((i, close + 1))
                i = close + 1
                continue
        i += 1
    return spans


def _paragraph_chain_quotes(doc: Document) -> list[Candidate]:
    """A quotation over several paragraphs, typeset the Swedish way: each paragraph
    opens with the mark and only the last one closes ("”Äntligen. …" / "”Men ett
    beslut är inte en plan.”"). One statement from the first mark to the last."""
    out: list[Candidate] = []
    marks = doc.pack.opening_quotes
    any_mark = marks | {closing for _opening, closing in doc.pack.quote_pairs}
    paras = [p for p in doc.paragraphs if not p.boilerplate]  # (the closing paragraph may look like a heading)
    k = 0
    while k < len(paras):
        text = paras[k].text(doc.text).strip()
        opened = not paras[k].heading and text[:1] in marks and sum(text.count(m) for m in any_mark) % 2 == 1
        j = k
        while opened and j + 1 < len(paras) and paras[j + 1].index == paras[j].index + 1 \
                and paras[j + 1].text(doc.text).strip()[:1] == text[:1]:
            j += 1
            nxt = paras[j].text(doc.text).strip()
            if sum(nxt.count(m) for m in any_mark) % 2 == 0:
                break  # this paragraph closes the quotation
        if j > k:  # inside the first opening and the last closing mark
            first, last = paras[k].text(doc.text), paras[j].text(doc.text).rstrip()
            s = paras[k].start + len(first) - len(first.lstrip()) + 1
            e = paras[j].start + len(last) - (1 if last[-1:] in any_mark else 0)
            s, e = trim_content(doc, s, e)
            if e > s:
                out.append(Candidate("direct", (s, e), None, None, "quote-paragraphs", 0.55, paras[k].index))
            k = j + 1
        else:
            k += 1
    return out


def find_marked_quotes(doc: Document, lex: Lexicon, claimed: list[tuple[int, int]]) -> list[Candidate]:
    """Quotations in running text: ``X säger: ”…”`` and whole quoted sentences."""
    out: list[Candidate] = []
    pairs = doc.pack.quote_pairs
    dash_paras = {seg.paragraph.index for seg in dash_segments(doc)}
    for cand in _paragraph_chain_quotes(doc):  # (over a closing paragraph taken for a quoted heading)
        out.append(cand)
        claimed.append(cand.content)
    for p in doc.paragraphs:
        if p.boilerplate or p.heading or p.index in dash_paras:
            continue
        for qs, qe in _quote_spans(doc.text, p.start, p.end, pairs):
            if any(a < qe and qs < b for a, b in claimed):
                continue
            sent = next((s for s in p.sentences if s.start <= qs < s.end), None)
            if sent is None:
                continue
            before = [t for t in sent.tokens if t.end <= qs]
            inner_words = len(doc.text[qs + 1:qe - 1].split())
            cand = None
            colon = bool(before) and before[-1].text == ":"
            head = before[:-1] if colon else before
            mention, cue = _colon_attribution(head, lex) if colon else (None, None)
            s, e = trim_content(doc, qs, qe)
            if mention is not None:
                cand = Candidate("direct", (s, e), cue, mention.span(head), "colon-quote", 0.85, p.index)
            elif inner_words >= 4 and (colon or not any(t.is_word for t in before)):
                # a quotation standing alone, or after a colon that names no one ("Beskedet kom sent: ”…”"):
                # its speaker comes from the turns around it
                cand = Candidate("direct", (s, e), cue, None, "quote-floating", 0.5, p.index)
            if cand:
                out.append(cand)
                claimed.append(cand.content)
    return out
