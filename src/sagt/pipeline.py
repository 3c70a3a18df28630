"""The extraction pipeline: finders propose candidates, then speakers are resolved.

Like a spaCy pipeline, extraction is a list of named components taken from a
registry (:data:`FINDERS`); each has one contract: read the analysed
document and return statement candidates. After the finders, candidates are
merged (a ``Det säger X.`` after a dash quote names that quote's speaker),
de-duplicated, resolved to entities and turned into :class:`Statement`.
"""

from __future__ import annotations

from collections.abc import Callable

from sagt.extraction.candidates import Candidate, adopt_attribution, copy_speaker
from sagt.extraction.coref import Resolver
from sagt.extraction.entity_types import refine_types
from sagt.extraction.lexicon import Lexicon, lexicon_for
from sagt.extraction.quotes import dash_segments, find_dash_quotes, find_headline_quotes, find_marked_quotes, repeats_quote
from sagt.extraction.relays import interview_sentences
from sagt.extraction.reported import colon_introduction, find_reported
from sagt.model import Article, Span, Speaker, Statement
from sagt.text.document import Document, analyse

Finder = Callable[[Document, Lexicon, list[Candidate]], list[Candidate]]

FINDERS: dict[str, Finder] = {}


def finder(name: str) -> Callable[[Finder], Finder]:
    """Register an extraction component under ``name``."""

    def wrap(fn: Finder) -> Finder:
        FINDERS[name] = fn
        return fn

    return wrap


@finder("dash_quotes")
def _dash(doc: Document, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    return find_dash_quotes(doc, lex)


@finder("headline_quotes")
def _headline(doc: Document, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    taken = {c.paragraph for c in found}
    return [c for c in find_headline_quotes(doc, lex) if c.paragraph not in taken]


@finder("reported")
def _reported(doc: Document, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    skip = [(seg.start, seg.end) for seg in dash_segments(doc)] + [
        (doc.paragraphs[c.paragraph].start, doc.paragraphs[c.paragraph].end) for c in found if c.rule.startswith("head")
    ]
    return find_reported(doc, lex, skip)


@finder("marked_quotes")
def _marked(doc: Document, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    claimed = [c.content for c in found]
    return find_marked_quotes(doc, lex, claimed)


DEFAULT_PIPELINE = ("dash_quotes", "headline_quotes", "reported", "marked_quotes")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _attach_introductions(doc: Document, lex: Lexicon, cands: list[Candidate]) -> None:
    """``Hon säger:`` + ``– Quote.``: the quote gets the introducing cue and speaker."""
    for c in cands:
        if c.kind != "direct" or c.cue is not None or c.paragraph == 0:
            continue
        prev = doc.paragraphs[c.paragraph - 1]
        intro = colon_introduction(doc, lex, prev)
        if intro is not None:
            adopt_attribution(c, intro, "colon+quote", 0.9)


def _attach_backrefs(cands: list[Candidate]) -> list[Candidate]:
    """``– Quote.`` + ``Det säger X.``: X is the quote's speaker, not a new statement."""
    out: list[Candidate] = []
    quotes = [c for c in cands if c.kind == "direct" and c.cue is None]
    for c in cands:
        if c.rule == "backref":
            target = next((q for q in quotes if _overlaps(q.content, c.content)), None)
            if target is not None:
                adopt_attribution(target, c, "dash+backref", 0.95)
                continue
        out.append(c)
    return out


def _drop_wordless(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """A quotation mark or a dash with nothing said inside ("Åsa : ” –") is no statement."""
    return [c for c in cands if any(ch.isalnum() for ch in doc.text[c.content[0]:c.content[1]])]


def _drop_newsroom(doc: Document, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """The newsroom speaking of itself ("…, frågar vi.") is narration, not a source."""
    return [c for c in cands
            if c.mention is None or doc.text[c.mention[0]:c.mention[1]].casefold() not in lex.newsroom_pronouns]


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Keep one candidate where several claim overlapping content: the most confident."""
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: -c.confidence):
        if any(_overlaps(c.content, k.content) for k in kept):
            continue
        kept.append(c)
    return sorted(kept, key=lambda c: c.content[0])


def _introduced_person(doc: Document, resolver: Resolver, cands: list[Candidate], c: Candidate):
    """``Sven-Erik Lundqvist är en av dem som har varit med från början.`` followed by a
    quote without a cue: the person the paragraph before introduces is the speaker;
    so is the one person a paragraph ending in a colon names ("X är skeptisk:")."""
    if c.paragraph == 0:
        return None
    prev = doc.paragraphs[c.paragraph - 1]
    if prev.boilerplate or not prev.sentences or any(o.paragraph == prev.index for o in cands):
        return None
    if prev.text(doc.text).rstrip().endswith(":"):
        # "Socialdemokraternas rättspolitiska talesperson Ardalan Shekarabi är skeptisk:"
        named = [e for e in resolver.index.entities if e.type == "person"
                 and any(prev.start <= p < prev.end for p in e.positions)]
        if len(named) == 1:
            return named[0]
    toks = prev.sentences[-1].tokens
    k = 0
    while k < len(toks) and toks[k].is_word and toks[k].is_capitalized:
        k += 1
    if k == 0 or k >= len(toks) or resolver.lex.pack.cue(toks[k].text) is not None:
        return None
    ent = resolver.index.lookup(" ".join(t.text for t in toks[:k]))
    return ent if ent is not None and ent.type == "person" else None


def _named_next(cands: list[Candidate], i: int) -> Candidate | None:
    """``– Vi var inte bra nog.`` / ``– Nu måste vi resa oss, säger tränaren X.`` after
    narration: a cue-less quote whose paragraph follows no quote opens the turn that
    the next paragraph's cue names (after a quote it continues that quote's turn)."""
    c = cands[i]
    before = [o for o in cands[:i] if o.paragraph >= c.paragraph - 1]
    after = next((o for o in cands[i + 1:] if o.paragraph > c.paragraph), None)
    if before or after is None or after.paragraph != c.paragraph + 1 or after.mention is None or after.kind != "direct":
        return None
    return after if after.speaker_name else None


def _interview_answers(doc: Document, resolver: Resolver, cands: list[Candidate]) -> None:
    """A question and answer interview: ``Hur känns det?`` / ``– Helt overkligt.``. A
    cue-less quote right after a question of the newsroom's is the answer of the
    interviewee, not the next speaker: the person named most often before that
    question (the headline's "Gunnel", the intro's "barnmorskan Gunnel Rask", not a
    colleague quoted once), the one named last among equals."""
    for c in cands:
        if c.mention is not None or c.speaker_name is not None or c.paragraph == 0:
            continue
        prev = doc.paragraphs[c.paragraph - 1]
        question = prev.text(doc.text).strip()
        if prev.boilerplate or not prev.sentences or not question.endswith("?"):
            continue
        asked = prev.sentences[-1].start  # someone else's question, or a statement before the newsroom's
        if any(o.paragraph == prev.index and o.content[1] > asked for o in cands):
            continue  # ("Enligt regionen är 14 tjänster vakanta. Hur ser du på bristen?")
        named = resolver.index.persons_before(prev.start)  # latest first
        person = max((e for _, e in named), default=None,
                     key=lambda e: sum(p < prev.start for p in (*e.positions, *e.said_positions)))
        if person is not None:
            resolver.take(c, person)
            c.confidence = min(c.confidence, 0.7)


def _continue_turns(doc: Document, resolver: Resolver, cands: list[Candidate]) -> None:
    """A quote without a cue continues the previous speaker's turn (or names a later one)."""
    for i, c in enumerate(cands):
        if c.mention is not None or c.speaker_name is not None:
            continue
        introduced = _introduced_person(doc, resolver, cands, c)
        if introduced is not None:
            resolver.take(c, introduced)
            c.confidence = min(c.confidence, 0.7)
            continue
        text = doc.text[c.content[0]:c.content[1]]
        source = next((o for o in cands if o is not c and o.speaker_name and o.kind == "direct"
                       and text and (text in doc.text[o.content[0]:o.content[1]]
                                     or repeats_quote(text, doc.text[o.content[0]:o.content[1]]))), None)
        if source is None:
            source = _named_next(cands, i)
        if source is None:
            source = next((o for o in reversed(cands[:i]) if o.speaker_name), None)
        if source is None:
            source = next((o for o in cands[i + 1:] if o.speaker_name), None)
        if source is None:
            continue
        copy_speaker(c, source)
        c.confidence = min(c.confidence, 0.6)


def _interview_relays(doc: Document, lex: Lexicon, cands: list[Candidate]) -> None:
    """Groups quoted right after "TT har pratat med flera …" speak through TT."""
    for sent in doc.sentences:
        outlet = interview_sentences(sent.tokens, lex)
        if outlet is None:
            continue
        for c in cands:
            if sent.end <= c.content[0] and c.paragraph <= sent.paragraph + 1 and c.speaker_type == "group" and not c.via:
                c.via.append(outlet)


def _outlet_noun_relays(lex: Lexicon, resolver: Resolver, cands: list[Candidate]) -> None:
    """A relay named by an outlet noun alone ("säger hon till tidningen") is the
    outlet named last before the statement; with none named, there is no relay."""
    for c in cands:
        if not any(v in lex.outlet_nouns for v in c.via):
            continue
        at = min(c.content[0], c.cue[0]) if c.cue else c.content[0]
        via = []
        for v in c.via:
            if v not in lex.outlet_nouns:
                via.append(v)
            elif (outlet := resolver.index.latest_newsroom(at, v)) is not None:
                via.append(outlet.name)
        c.via = via


def _to_statement(doc: Document, c: Candidate) -> Statement:
    text = doc.text
    return Statement(
        kind=c.kind,  # type: ignore[arg-type]
        content=Span.of(text, *c.content),
        cue=Span.of(text, *c.cue) if c.cue else None,
        speaker_mention=Span.of(text, *c.mention) if c.mention else None,
        speaker=Speaker(
            name=c.speaker_name,
            type=c.speaker_type,  # type: ignore[arg-type]
            role=c.speaker_role,
            gender=c.speaker_gender,  # type: ignore[arg-type]
            gender_source=c.gender_source,
            organization=c.speaker_org,
        ),
        via=list(dict.fromkeys(c.via)),
        confidence=c.confidence,
    )


def extract_article(article: Article, pipeline: tuple[str, ...] = DEFAULT_PIPELINE, *, use_model: bool = True) -> Article:
    """Find the statements of ``article`` (in place) and return it.

    ``use_model=False`` skips the statistical entity model (speaker types then
    come from the rules alone).
    """
    lex = lexicon_for(article.lang or "sv")
    doc = analyse(article.text, lex.pack)
    found: list[Candidate] = []
    for name in pipeline:
        found.extend(FINDERS[name](doc, lex, found))
    _attach_introductions(doc, lex, found)
    cands = _dedupe(_attach_backrefs(_drop_newsroom(doc, lex, _drop_wordless(doc, found))))
    resolver = Resolver(doc, lex, cands)
    for c in cands:
        resolver.resolve(c)
    if use_model:
        refine_types(doc, resolver, cands, article.lang or "sv")
    _interview_answers(doc, resolver, cands)
    _continue_turns(doc, resolver, cands)
    _interview_relays(doc, lex, cands)
    _outlet_noun_relays(lex, resolver, cands)
    for c in cands:
        if c.entity is not None:  # gender evidence found later in the text counts too
            resolver.refresh(c)
    article.statements = [_to_statement(doc, c) for c in cands]
    return article


def extract(text_or_html: str, lang: str = "sv", *, id: str = "article", url: str | None = None) -> Article:
    """Read plain text or HTML and extract its statements."""
    from sagt.readers import article_from_string

    article = article_from_string(text_or_html, id=id, url=url, lang=lang)
    return extract_article(article)
