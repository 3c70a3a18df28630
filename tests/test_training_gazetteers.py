"""The gazetteer lists behind the entity recognizer: how they are built and read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "training" / "gazetteers"))

import build  # noqa: E402
import convert_ner  # noqa: E402
import features  # noqa: E402

GAZ = ROOT / "training" / "gazetteers"


@pytest.mark.parametrize("name", ["Björgólfur", "O'Brien", "Jean-Luc", "Nya Zeeland", "St. Louis", "BBC"])
def test_latin_names_are_kept(name):
    assert build.latin_name(name)


@pytest.mark.parametrize("name", ["Путин", "東京", "abc", "X", "R2D2", "INTERNATIONAL"])
def test_other_scripts_lowercase_digits_and_shouting_are_not(name):
    assert not build.latin_name(name)


def test_cyrillic_is_transliterated_the_swedish_way():
    assert build.transliterate("Жуков") == "Zjukov"
    assert build.transliterate("Чайковский") == "Tjajkovskij"
    assert build.transliterate("Хрущёв") == "Chrusjtjjov"


def test_swedish_genitives():
    assert features.genitives("Obama") == ["Obamas"]
    assert features.genitives("USA") == ["USA:s", "USAs"]
    assert features.genitives("Paris") == []
    assert features.genitives("Marx") == []


@pytest.mark.parametrize("name", sorted(p.name for p in GAZ.glob("*.txt")))
def test_committed_lists_are_sorted_unique_and_non_empty(name):
    lines = (GAZ / name).read_text(encoding="utf8").split("\n")
    assert lines[-1] == "" and all(lines[:-1])
    entries = lines[:-1]
    assert entries == sorted(set(entries))
    assert len(entries) > 100


def test_word_classes_come_from_the_lists_and_share_mass():
    classes = features.word_classes()
    per, loc, org, word = (features.CLASSES.index(c) for c in ("PER", "LOC", "ORG", "WORD"))
    assert classes["vladimir"][per] == 1.0
    assert classes["spotify"][org] > 0
    assert classes["kina"][loc] == 1.0  # a curated country outranks Faker's given name
    assert classes["alice"][per] > 0 and classes["alice"][loc] > 0  # a given name and a town
    assert classes["bron"][loc] > 0 and classes["bron"][word] > 0  # a place and a Swedish word
    assert classes["till"][per] > 0 and classes["till"].argmax() == word  # Till the name, till the word
    assert classes["och"].argmax() == word
    for dist in (classes["alice"], classes["bron"], classes["till"], classes["och"]):
        assert abs(float(dist.sum()) - 1.0) < 1e-5


def test_name_type_table_learns_its_words_and_reads_spelling():
    """A tiny run of the same trainer: surnames in -sson, places in -stad."""
    from spacy.vectors import Vectors
    import numpy

    buckets = 2048
    table = numpy.zeros((buckets, 4), dtype="float32")
    vectors = Vectors(mode="floret", data=table, minn=2, maxn=5, hash_count=2)

    def rows(w):
        return [h % buckets for ng in vectors._get_ngrams(w) for h in vectors._get_ngram_hashes(ng)]

    def onehot(k):
        v = numpy.zeros(4, dtype="float32")
        v[k] = 1.0
        return v

    per, loc = features.CLASSES.index("PER"), features.CLASSES.index("LOC")
    words = {w: onehot(per) for w in ("andersson", "karlsson", "nilsson", "eriksson", "larsson", "olsson")}
    words |= {w: onehot(loc) for w in ("karlstad", "halmstad", "kristinestad", "eskilstuna", "norrstad", "vadstad")}
    learned = features.train_table(words, rows, buckets, epochs=60)
    assert all((learned[rows(w)].mean(0)).argmax() == d.argmax() for w, d in words.items())
    # unseen words, typed by their spelling alone
    assert learned[rows("petersson")].mean(0).argmax() == per
    assert learned[rows("marstad")].mean(0).argmax() == loc


def test_invented_names_are_new_and_look_like_names():
    import random

    known = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson"]
    maker = convert_ner.NameMaker(known, random.Random(1))
    made = [maker.make() for _ in range(50)]
    assert all(m[:1].isupper() and 3 <= len(m) <= 13 for m in made)
    assert sum(m not in known for m in made) >= 40
