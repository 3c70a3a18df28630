"""The name-cue rules after the NER (sagt.nlp.name_cues), on entities set by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from sagt.nlp.name_cues import ROMAN, NameCues


@pytest.fixture(scope="module")
def cues():
    return NameCues("sv")


def run(cues, words: list[str], ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    nlp = spacy.blank("sv")
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return [(e.text, e.label_) for e in cues(doc).ents]


def test_a_regnal_number_joins_the_name_and_makes_it_a_person(cues):
    words = "Riket styrdes av Henry I och sedan av Karl XII .".split()
    assert run(cues, words, [(3, 4, "PER"), (8, 10, "LOC")]) == [("Henry I", "PER"), ("Karl XII", "PER")]


def test_a_party_letter_or_a_brand_after_a_longer_name_is_no_regnal_number(cues):
    words = "Hon mötte Nooshi Dadgostar V och Elon Musks X .".split()
    assert run(cues, words, [(2, 4, "PER"), (6, 8, "PER")]) == [("Nooshi Dadgostar", "PER"), ("Elon Musks", "PER")]
    words = "Kejsaren Frans Josef II kom .".split()
    assert run(cues, words, [(1, 3, "PER")]) == [("Frans Josef II", "PER")]


def test_a_roman_numeral_that_starts_another_entity_is_left_alone(cues):
    words = "Hon mötte Anna V Berg".split()  # not a pattern worth guessing
    assert run(cues, words, [(2, 3, "PER"), (3, 5, "PER")]) == [("Anna", "PER"), ("V Berg", "PER")]


@pytest.mark.parametrize("word", ["I", "II", "IV", "IX", "XIV", "XXXIX"])
def test_roman_numerals(word):
    assert ROMAN.fullmatch(word)


@pytest.mark.parametrize("word", ["IIII", "VX", "L", "C", "Iv", "i", "XL"])
def test_not_regnal_numbers(word):
    assert not ROMAN.fullmatch(word)


def test_an_english_honorific_is_left_out(cues):
    words = "Enligt Ms Hopley var det fel .".split()
    assert run(cues, words, [(1, 3, "LOC")]) == [("Hopley", "PER")]
    words = "Enligt MS Estonia var det fel .".split()  # a ship, written in capitals
    assert run(cues, words, [(1, 3, "LOC")]) == [("MS Estonia", "LOC")]


def test_a_work_is_not_an_entity(cues):
    words = "Hon skrev låten ” Stephen ” med Kesha .".split()
    assert run(cues, words, [(4, 5, "PER"), (7, 8, "PER")]) == [("Kesha", "PER")]


def test_the_noun_before_a_name_gives_its_type(cues):
    words = "Han föddes i staten Württemberg och läste tidningen El Mundo .".split()
    assert run(cues, words, [(4, 5, "PER"), (8, 10, "PER")]) == [("Württemberg", "LOC"), ("El Mundo", "ORG")]


def test_the_shipped_pipeline_runs_the_cues():
    from sagt.nlp import entities, load_model

    assert load_model().pipe_names[-1] == "name_cues"
    text = "Kungen Gustav V talade med Ms Hopley."
    found = {text[s:e]: lab for s, e, lab in entities(text)}
    assert found.get("Gustav V") == "PER" and "Ms Hopley" not in found


def test_a_person_after_a_locative_preposition_is_a_place(cues):
    words = "Kungarna i Gezer skrev brev och slaget vid Marengo avgjorde .".split()
    assert run(cues, words, [(2, 3, "PER"), (8, 9, "PER")]) == [("Gezer", "LOC"), ("Marengo", "LOC")]


def test_a_genitive_after_a_preposition_stays_a_person(cues):
    words = "Det stod i Obamas tal och i Paris .".split()
    assert run(cues, words, [(3, 4, "PER"), (7, 8, "LOC")]) == [("Obamas", "PER"), ("Paris", "LOC")]


def test_a_place_after_a_speech_verb_or_a_title_is_a_person(cues):
    words = "– Det är fel , sade Mailis . Då regerade kung Gongmin .".split()
    assert run(cues, words, [(6, 7, "LOC"), (11, 12, "LOC")]) == [("Mailis", "PER"), ("Gongmin", "PER")]


def test_verbs_of_newspapers_and_states_and_titles_that_are_other_words_change_nothing(cues):
    words = "Det skriver Hallands Nyheter . Sverige erkänner Palestina . Det vet man Toyota .".split()
    ents = [(2, 4, "LOC"), (5, 6, "LOC"), (7, 8, "LOC"), (12, 13, "LOC")]
    assert run(cues, words, ents) == [("Hallands Nyheter", "LOC"), ("Sverige", "LOC"), ("Palestina", "LOC"),
                                      ("Toyota", "LOC")]


def test_a_person_with_a_lower_case_word_inside_is_no_person(cues):
    words = "Filmen Son of Rambow kom efter Ursula von der Leyen och Michel de Montaigne .".split()
    ents = [(1, 4, "PER"), (6, 10, "PER"), (11, 14, "PER")]
    assert run(cues, words, ents) == [("Ursula von der Leyen", "PER"), ("Michel de Montaigne", "PER")]


def test_a_name_that_ends_in_an_organisation_word_is_an_organisation(cues):
    words = "Hon läste vid Harvard Business School och i Eskilstuna kommun .".split()
    assert run(cues, words, [(3, 6, "PER"), (8, 10, "LOC")]) == [("Harvard Business School", "ORG"),
                                                                ("Eskilstuna kommun", "LOC")]


def test_a_compound_of_a_work_noun_makes_the_name_a_title(cues):
    words = "Som i 60-talshiten Monster Mash , sade Anna Berg .".split()
    assert run(cues, words, [(3, 5, "PER"), (7, 9, "PER")]) == [("Anna Berg", "PER")]


def test_a_speech_verb_before_a_name_followed_by_a_preposition_is_no_genitive(cues):
    words = "– Det är fel , sade Mailis i torsdags .".split()
    assert run(cues, words, [(6, 7, "LOC")]) == [("Mailis", "PER")]


def test_an_authority_after_a_speech_verb_is_no_person(cues):
    words = "Det uppger Södra Älvsborgs Räddningstjänstförbund . Det säger Norra Älvsborgs räddningsförbundet .".split()
    ents = [(2, 5, "LOC"), (8, 11, "LOC")]
    assert run(cues, words, ents) == [("Södra Älvsborgs Räddningstjänstförbund", "LOC"),
                                      ("Norra Älvsborgs räddningsförbundet", "ORG")]


def test_a_person_beside_an_english_function_word_is_a_title(cues):
    words = "Han sjöng ” Do n't Go Breaking My Heart ” med Elton John .".split()
    assert run(cues, words, [(5, 7, "PER"), (7, 9, "PER"), (11, 13, "PER")]) == [("Elton John", "PER")]


def test_a_person_that_ends_in_a_place_word_is_a_place_unless_a_given_name_opens_it(cues):
    words = "De gick till Golden Gate Park med Benny Hill .".split()
    assert run(cues, words, [(3, 6, "PER"), (7, 9, "PER")]) == [("Golden Gate Park", "LOC"), ("Benny Hill", "PER")]


def test_a_given_name_taken_for_a_place_opens_the_person_after_it(cues):
    words = "– Det går ihop , säger Lena Westling Seljee .".split()
    assert run(cues, words, [(6, 7, "LOC"), (7, 9, "PER")]) == [("Lena Westling Seljee", "PER")]
    assert run(cues, words, [(6, 7, "LOC")]) == [("Lena Westling Seljee", "PER")]
    words = "Floden Lena är lång .".split()
    assert run(cues, words, [(1, 2, "LOC")]) == [("Lena", "LOC")]


def test_swedish_words_that_look_english_do_not_make_a_title(cues):
    words = "Då ville Anna Berg be om ursäkt , men man i Boston sa nej .".split()
    assert run(cues, words, [(2, 4, "PER"), (11, 12, "LOC")]) == [("Anna Berg", "PER"), ("Boston", "LOC")]


def test_a_title_before_a_name_makes_an_organisation_a_person_unless_it_is_named_like_one(cues):
    words = "Sedan kejsar Meiji har det varit så , sade vd Värmlands Folkblad .".split()
    assert run(cues, words, [(2, 3, "ORG"), (10, 12, "ORG")]) == [("Meiji", "PER"), ("Värmlands Folkblad", "ORG")]
    words = "Det sade presschef Trafikverket .".split()  # an organisation suffix
    assert run(cues, words, [(3, 4, "ORG")]) == [("Trafikverket", "ORG")]


def test_title_case_words_after_a_title_are_a_person_the_ner_missed(cues):
    words = "Det gjorde även tsar Alexander , sade mr Panvalkar i går .".split()
    assert run(cues, words, []) == [("Alexander", "PER"), ("Panvalkar", "PER")]
    words = "Hon blev vd i Göteborg .".split()  # a lower-case word or a place preposition between: nothing
    assert run(cues, words, []) == []


def test_a_lower_case_title_the_ner_took_into_the_name_is_left_out(cues):
    words = "Det har mr Comeys brev visat .".split()
    assert run(cues, words, [(2, 4, "PER")]) == [("Comeys", "PER")]


def test_royal_style_names_are_one_person(cues):
    words = "Katarina av Ryssland var nöjd , men Ludvig den tyske invaderade Mähren .".split()
    ents = [(0, 1, "PER"), (2, 3, "LOC"), (7, 8, "PER"), (11, 12, "LOC")]
    assert run(cues, words, ents) == [("Katarina av Ryssland", "PER"), ("Ludvig den tyske", "PER"), ("Mähren", "LOC")]


def test_a_given_name_before_av_and_no_place_is_left_alone(cues):
    words = "Boken skrevs av Anna av misstag , sa Anna Berg av Socialdemokraterna .".split()
    ents = [(3, 4, "PER"), (8, 10, "PER"), (11, 12, "ORG")]
    assert run(cues, words, ents) == [("Anna", "PER"), ("Anna Berg", "PER"), ("Socialdemokraterna", "ORG")]


def test_an_organisation_right_before_another_name_is_one_organisation_with_it(cues):
    words = "sade Peter Borsos på Swedbank Sverige , och American Civil Liberties Union höll med .".split()
    ents = [(1, 3, "PER"), (4, 5, "ORG"), (5, 6, "LOC"), (8, 10, "ORG"), (10, 12, "ORG")]
    assert run(cues, words, ents) == [("Peter Borsos", "PER"), ("Swedbank Sverige", "ORG"),
                                      ("American Civil Liberties Union", "ORG")]


def test_an_organisation_before_a_person_or_after_a_genitive_is_not_joined(cues):
    words = "sade kabinettssekreteraren på UD Göran Ryding och Sveriges Stockholm .".split()
    ents = [(3, 4, "ORG"), (4, 6, "PER"), (7, 8, "ORG"), (8, 9, "LOC")]
    assert run(cues, words, ents) == [("UD", "ORG"), ("Göran Ryding", "PER"), ("Sveriges", "ORG"), ("Stockholm", "LOC")]


def test_the_name_a_noble_title_is_of_is_a_place(cues):
    words = "Hon var grevinna av Lennox , och borgmästaren av Saint-Gaudens kom .".split()
    assert run(cues, words, [(4, 5, "PER"), (9, 10, "PER")]) == [("Lennox", "LOC"), ("Saint-Gaudens", "LOC")]


def test_a_name_that_opens_a_hyphenated_compound_is_no_entity(cues):
    words = "Hon köpte Bruce Springsteen-biljetter , men Pär Gerell OS-kvalificerade och Sveriges EEC-lag .".split()
    ents = [(2, 3, "PER"), (6, 8, "PER"), (10, 11, "LOC")]
    assert run(cues, words, ents) == [("Pär Gerell", "PER"), ("Sveriges", "LOC")]


def test_a_saints_abbreviation_is_part_of_the_name(cues):
    words = "Kyrkan för St. Petrus och Paulus .".split()
    assert run(cues, words, [(3, 4, "PER"), (5, 6, "PER")]) == [("St. Petrus", "PER"), ("Paulus", "PER")]


@pytest.fixture(scope="module")
def model_vocab():
    from sagt.nlp import load_model

    return load_model("sv").vocab


def run_with_table(cues, vocab, words, ents):
    doc = spacy.tokens.Doc(vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return [(e.text, e.label_) for e in cues(doc).ents]


def test_a_one_word_place_the_name_type_table_scores_as_a_person_is_one(cues, model_vocab):
    words = "Chamberlain spelade huvudrollen .".split()
    assert run_with_table(cues, model_vocab, words, [(0, 1, "LOC")]) == [("Chamberlain", "PER")]


def test_the_words_around_a_place_keep_it_a_place_whatever_its_spelling(cues, model_vocab):
    words = "Det brann utanför Chamberlain , och nära Nässjö , Chamberlain och Hässleholm .".split()
    ents = [(3, 4, "LOC"), (7, 8, "LOC"), (9, 10, "LOC"), (11, 12, "LOC")]
    assert run_with_table(cues, model_vocab, words, ents) == [
        ("Chamberlain", "LOC"), ("Nässjö", "LOC"), ("Chamberlain", "LOC"), ("Hässleholm", "LOC")]


def test_without_the_name_type_table_the_places_are_left_alone(cues):
    words = "Chamberlain spelade huvudrollen .".split()
    assert run(cues, words, [(0, 1, "LOC")]) == [("Chamberlain", "LOC")]


def test_a_place_joined_to_a_person_or_to_honom_is_a_person(cues):
    words = "Kesha och Pebe skrev den , och mellan honom och Trix var det slut .".split()
    ents = [(0, 1, "PER"), (2, 3, "LOC"), (10, 11, "LOC")]
    assert run(cues, words, ents) == [("Kesha", "PER"), ("Pebe", "PER"), ("Trix", "PER")]


def test_a_place_joined_to_a_place_or_set_off_by_a_comma_stays_a_place(cues):
    words = "Tina Maze , Slovenien , blev tvåa före Anna och Rom eller Paris .".split()
    ents = [(0, 2, "PER"), (3, 4, "LOC"), (8, 9, "PER"), (10, 11, "LOC"), (12, 13, "LOC")]
    assert run(cues, words, ents) == [("Tina Maze", "PER"), ("Slovenien", "LOC"), ("Anna", "PER"),
                                      ("Rom", "LOC"), ("Paris", "LOC")]


def test_a_person_spoken_to_after_a_speech_verb_or_worked_for_after_a_title_is_an_organisation(cues):
    words = "Det berättade oppositionen för El Mundo , sade Joe Sternlieb , ordförande för Georgetown BID .".split()
    ents = [(4, 6, "PER"), (8, 10, "PER"), (13, 15, "PER")]
    assert run(cues, words, ents) == [("El Mundo", "ORG"), ("Joe Sternlieb", "PER"), ("Georgetown BID", "ORG")]


def test_a_person_after_a_kinship_word_or_a_letter_stays_a_person(cues):
    words = "Hon är guddotter till Aretha Franklin och hade skrivit till Irène Curie .".split()
    ents = [(4, 6, "PER"), (10, 12, "PER")]
    assert run(cues, words, ents) == [("Aretha Franklin", "PER"), ("Irène Curie", "PER")]


def test_english_organisation_words_end_an_organisations_name(cues):
    words = "Då grundades Athina Film , och Canadian Blood Services svarade .".split()
    assert run(cues, words, [(2, 4, "PER"), (6, 9, "PER")]) == [("Athina Film", "ORG"), ("Canadian Blood Services", "ORG")]


def test_a_word_that_opens_a_places_name_belongs_to_it(cues):
    words = "Han kom från Yttre Mongoliet och talade för Republiken Kinas regering .".split()
    ents = [(4, 5, "LOC"), (8, 9, "LOC"), (9, 10, "LOC")]
    assert run(cues, words, ents) == [("Yttre Mongoliet", "LOC"), ("Republiken Kinas", "LOC")]
