"""Golden tests on the reference article (SVT, 2022)."""

from __future__ import annotations

import sagt
from sagt.evaluation import evaluate
from sagt.pipeline import extract_article
from sagt.readers import article_from_record

from conftest import load_jsonl


def _by_content(article, fragment):
    return next(st for st in article.statements if fragment in st.content.text)


def test_seed_scores_perfectly(seed_gold_path):
    golds = load_jsonl(seed_gold_path)
    preds = [extract_article(article_from_record(g, source="seed", line=None)).to_dict() for g in golds]
    results = evaluate(golds, preds)
    strict = results[0.8].as_dict()
    assert strict["f1"] == 1.0, strict
    assert strict["speaker_acc"] == 1.0, strict
    assert strict["fp"] == 0
    assert strict["via_acc"] == 1.0


def test_seed_speakers_and_relays(seed_text):
    art = sagt.extract(seed_text, id="svt-putin-scholz")
    tt = _by_content(art, "Vi är redo att arbeta mer tillsammans")
    assert tt.speaker.name == "Vladimir Putin"
    assert tt.speaker_mention.text == "han"
    assert tt.via == ["TT"]
    assert tt.kind == "direct"
    reuters = _by_content(art, "ett gott tecken")
    assert reuters.speaker.name == "Olaf Scholz" and reuters.via == ["Reuters"]
    leader = _by_content(art, "akut nödvändig")
    assert leader.speaker_mention.text == "Den tyske ledaren"
    assert leader.speaker.name == "Olaf Scholz"
    assert leader.kind == "mixed"
    ministry = _by_content(art, "dras tillbaka från områden")
    assert ministry.speaker.type == "organization"
    assert "försvarsministeriet" in ministry.speaker.name
    headline = art.statements[0]
    assert headline.content.text == "Redo att ta förhandlingsspåret"
    assert headline.speaker.name == "Vladimir Putin"
    assert headline.cue is None


def test_seed_speaker_attributes(seed_text):
    art = sagt.extract(seed_text)
    putin = _by_content(art, "redo att förhandla med Nato")
    assert putin.speaker.role == "president"
    assert putin.speaker.type == "person"
    # "säger han" links Putin to a masculine pronoun: gender known from the text
    assert putin.speaker.gender == "male" and putin.speaker.gender_source == "pronoun"
    scholz = _by_content(art, "varaktig säkerhet")
    assert scholz.speaker.role == "förbundskansler"


def test_seed_boilerplate_yields_nothing(seed_text):
    art = sagt.extract(seed_text)
    footer = seed_text.index("Så arbetar vi")
    assert all(st.content.start < footer for st in art.statements)


def test_offsets_index_the_given_text(seed_text):
    art = sagt.extract(seed_text)
    assert art.text == seed_text
    for st in art.statements:
        for span in (st.content, st.cue, st.speaker_mention):
            if span is not None:
                assert seed_text[span.start:span.end] == span.text
