"""sagt as a spaCy pipeline component: ``nlp.add_pipe("sagt_statements")``.

The component runs the same extraction as :func:`sagt.extract` on
``doc.text`` and sets ``doc._.statements`` (a list of
:class:`~sagt.model.Statement`). Statement contents are also added as a span
group ``doc.spans["sagt_statements"]`` labelled by kind, aligned to tokens
with ``alignment_mode="expand"``, for use with displaCy and other spaCy tools.

    import spacy, sagt.spacy_component
    nlp = spacy.blank("sv")
    nlp.add_pipe("sagt_statements")
    doc = nlp(text)
    for st in doc._.statements: ...
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sagt.model import Article
from sagt.pipeline import extract_article

if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)


class StatementsComponent:
    def __init__(self, lang: str = "sv", span_key: str = "sagt_statements") -> None:
        self.lang = lang
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        article = extract_article(Article(id="doc", text=doc.text, lang=self.lang))
        doc._.statements = article.statements
        spans = []
        for st in article.statements:
            span = doc.char_span(st.content.start, st.content.end, label=st.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        return doc


@Language.factory("sagt_statements", default_config={"lang": "sv", "span_key": "sagt_statements"})
def make_statements_component(nlp: Language, name: str, lang: str, span_key: str) -> StatementsComponent:
    return StatementsComponent(lang=lang, span_key=span_key)
