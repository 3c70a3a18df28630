"""Unit tests of the extraction rules, one pattern each, on sentences written for the tests."""

from __future__ import annotations

import pytest

import sagt


def statements(body: str, title: str = "Rubrik"):
    return sagt.extract(f"{title}\n\n{body}").statements


def one(body: str, **kw):
    sts = statements(body, **kw)
    assert len(sts) == 1, [(s.kind, s.content.text) for s in sts]
    return sts[0]


# -- direct quotes -----------------------------------------------------------

def test_dash_quote_with_trailing_cue():
    st = one("– Taket läcker varje vinter, säger rektorn Per Holm.")
    assert st.kind == "direct" and st.content.text == "Taket läcker varje vinter"
    assert st.cue.text == "säger" and st.speaker_mention.text == "rektorn Per Holm"
    assert st.speaker.name == "Per Holm" and st.speaker.role == "rektor" and st.speaker.type == "person"


def test_interrupted_dash_quote_is_one_statement():
    st = one("– Vi är redo, säger Eva Lind, att arbeta mer.")
    assert st.content.text == "Vi är redo, säger Eva Lind, att arbeta mer"


def test_exclamation_stays_in_content():
    assert one("– Det var kul! säger Eva Lind.").content.text == "Det var kul!"


def test_cue_clause_with_relative_clause_and_apposition():
    st = one("– Det känns bra, säger Peter Ek som är chef för Bio Norr.")
    assert st.content.text == "Det känns bra" and st.speaker.role == "chef för Bio Norr"
    st = one("– Vi är redo, säger Eva Lind, kommunalråd i Umeå. Men vi behöver mer pengar.")
    assert st.content.text.endswith("Men vi behöver mer pengar")
    assert st.speaker.role == "kommunalråd i Umeå"


def test_dash_then_backref_paragraph():
    st = one("– Det är vackra saker. De är väl bevarade.\n\nDet säger Christian Mühlenbock. Han är chef på museet.")
    assert st.kind == "direct" and st.content.text == "Det är vackra saker. De är väl bevarade"
    assert st.speaker.name == "Christian Mühlenbock" and st.speaker.role == "chef på museet"


def test_dash_then_backref_in_same_paragraph_with_relay():
    st = one("– Vi är redo. Vi vill förhandla. Det säger Anna Berg till TT.")
    assert st.content.text == "Vi är redo. Vi vill förhandla" and st.via == ["TT"]


def test_cueless_dash_paragraph_continues_turn():
    sts = statements("– Vi bygger nu, säger Karin Ek.\n\nArbetet tar ett år.\n\n– Det blir bra till slut.")
    assert [s.speaker.name for s in sts] == ["Karin Ek", "Karin Ek"]
    assert sts[1].cue is None and sts[1].speaker_mention is None


def test_headline_quote_with_name():
    st = statements("Hon säger att allt är lugnt.", title="Lind: ”Vi har kontroll”")[0]
    assert st.content.text == "Vi har kontroll" and st.speaker_mention.text == "Lind"


def test_headline_quote_with_a_cue_or_a_space_before_the_colon():
    st = statements("Hon säger att allt är lugnt.", title="Lind säger: ”Vi har kontroll”")[0]
    assert st.speaker_mention.text == "Lind" and st.cue.text == "säger"
    st = statements("Hon säger att allt är lugnt.", title="Vita huset : ”Vi svarar”")[0]
    assert st.speaker_mention.text == "Vita huset"


def test_a_headline_with_a_cue_and_no_subject_is_kept():
    st = statements("– Det blir dyrt för alla, säger ekonomen Eva Ek.", title="Varnar för krisen: ”Det blir dyrt”")[0]
    assert st.content.text == "Det blir dyrt" and st.cue.text == "Varnar" and st.speaker.name == "Eva Ek"


def test_a_quotation_after_a_colon_ends_where_its_marks_close():
    st = one("Statsministern sa: ”Vi är redo att förhandla.” Sedan lämnade han salen.")
    assert st.content.text == "Vi är redo att förhandla"


def test_a_colon_quote_after_a_named_subject_without_a_cue_verb():
    st = one("Kulturminister Anna Lind (M) välkomnar beskedet på X: ”Ett utmärkt val för scenkonsten.”")
    assert st.speaker.name == "Anna Lind" and st.cue.text == "välkomnar" and st.speaker.organization == "Moderaterna"
    assert one("Anna Ek, 45: ”Vi vet inte än vad som händer.”").speaker.name == "Anna Ek"
    st = one("Beskedet kom sent på kvällen: ”Vi stänger fabriken i Umeå nu.”")  # no one named: floating
    assert st.speaker_mention is None and st.content.text == "Vi stänger fabriken i Umeå nu"


def test_a_quoted_characterisation_is_a_mixed_statement():
    st = one("Facket kallar varslet ”ett hårt slag mot Västsverige”.")
    assert st.kind == "mixed" and st.cue.text == "kallar" and st.content.text == "varslet ”ett hårt slag mot Västsverige”"
    st = one("Ordföranden Eva Nilsson beskriver Berg som ”en modig konstnär”.")
    assert st.speaker.name == "Eva Nilsson" and st.content.text.startswith("Berg som")
    assert statements("Hon kallar sin hund Fido. Det kallar hon kärlek.") == []  # no quotation, no statement


def test_an_acronym_genitive_loses_its_colon():
    assert one("USA:s president Donald Trump säger att tullarna kommer.").speaker.organization == "USA"


def test_a_noun_that_says_the_gender():
    st = one("– Jag fick veta det sent, säger en pappa som inte vill framträda med namn.")
    assert (st.speaker.type, st.speaker.gender, st.speaker.gender_source) == ("person", "male", "noun")
    st = one("– Det var hemskt, säger kvinnan.")
    assert (st.speaker.type, st.speaker.gender, st.speaker.gender_source) == ("person", "female", "noun")
    assert one("– Det var fel, säger läraren.").speaker.gender == "unknown"


def test_a_generic_genitive_is_no_organisation():
    assert one("Styrelsens ordförande Eva Nilsson säger att det är bra.").speaker.organization is None


def test_a_short_paragraph_with_a_colon_quote_is_not_a_heading():
    st = one("En ny lag. Statsministern sa: ”Vi är redo.”")
    assert st.speaker_mention.text == "Statsministern" and st.cue.text == "sa"


def test_colon_quote():
    st = one("Statsministern säger: ”Vi sänker skatten nästa år.”")
    assert st.kind == "direct" and st.content.text.startswith("Vi sänker skatten")


def test_quoted_sentence_with_trailing_cue():
    st = one("”Det här är ett historiskt beslut”, säger Lena Ek.")
    assert st.kind == "direct" and st.content.text == "Det här är ett historiskt beslut"


def test_scare_quotes_and_titles_are_not_statements():
    assert statements("Regeringen kallar det en så kallad ”reform” av skatten.") == []
    assert statements("Filmen ”Sista resan” har premiär på fredag.") == []


# -- reported speech ------------------------------------------------------------

def test_att_clause_subject_first():
    st = one("Putin uppger också att Ryssland kan diskutera frågan.")
    assert st.kind == "indirect" and st.content.text == "Ryssland kan diskutera frågan"
    assert st.cue.text == "uppger" and st.speaker_mention.text == "Putin"


def test_att_clause_after_fronted_adverbial():
    st = one("Under pressträffen upprepade ministern Eva Lind att beslutet står fast.")
    assert st.speaker_mention.text == "ministern Eva Lind" and st.content.text == "beslutet står fast"
    st = one("Samtidigt framhåller Eva Lind att inget är klart.")
    assert st.speaker.name == "Eva Lind"


def test_supine_with_auxiliary():
    st = one("Pappan har tidigare sagt att han vill flytta.")
    assert st.cue.text == "sagt" and st.speaker_mention.text == "Pappan"


def test_backref_det_uppger():
    st = one("Skatten sänks nästa år. Det uppger finansminister Olle Berg.")
    assert st.content.text == "Skatten sänks nästa år" and st.speaker.role == "finansminister"


def test_trailing_unquoted_cue():
    st = one("Det är enkelt att minska utsläppen, säger forskarna.")
    assert st.kind == "indirect" and st.speaker.type == "group"


def test_mixed_speech():
    st = one("Han säger att kraven är ”värda att diskutera”.")
    assert st.kind == "mixed"


def test_stance_without_att():
    st = one("Hon tycker det är jobbigt att vakna tidigt.")
    assert st.content.text == "det är jobbigt att vakna tidigt" and st.cue.text == "tycker"


def test_enligt_front_and_back():
    st = one("Enligt polisen var mannen beväpnad.")
    assert st.content.text == "var mannen beväpnad" and st.speaker.type == "organization"
    st = one("Mannen greps i natt, enligt åklagaren Eva Strand.")
    assert st.content.text == "Mannen greps i natt" and st.speaker.name == "Eva Strand"


def test_reported_speech_continues_until_a_new_cue():
    st = one("Hon säger att pappan har styrt henne hårt. Hon har inte haft rätt att säga nej.")
    assert st.content.text.endswith("Hon har inte haft rätt att säga nej")


def test_reported_speech_ends_where_the_article_introduces_someone_else():
    st = one("Oppositionen menar att pengarna kommer för sent. Partiets talesperson Sara Ek är kritisk.")
    assert st.content.text == "pengarna kommer för sent"
    # the speaker named again goes on being reported, and so does a sentence that names no one
    st = one("Eva Lind säger att pengarna kommer för sent. Eva Lind har väntat i ett år.")
    assert st.content.text.endswith("Eva Lind har väntat i ett år")
    for second in ("Inga EU-pengar har kommit fram.", "Barnet vårdas nu på Astrid Lindgrens barnsjukhus."):
        assert one(f"Hon menar att kommunen gjort fel. {second}").content.text.endswith(second[:-1])


def test_the_workplace_in_an_apposed_role_is_the_organisation():
    st = one("– Det är tufft, säger Anna Svensson, presschef på Volvo Cars.")
    assert st.speaker.role == "presschef på Volvo Cars" and st.speaker.organization == "Volvo Cars"


def test_workplace_with_a_lower_case_tail():
    st = one("– Utsläppen måste halveras, säger klimatforskaren Lena Wallin vid Lunds universitet.")
    assert st.speaker.name == "Lena Wallin" and st.speaker.organization == "Lunds universitet"


def test_a_coordinated_name_that_is_one_organisation():
    assert one("Enligt Sveriges Kommuner och Regioner behövs det dubbla.").speaker.type == "organization"
    assert one("Anna och Per säger att de är glada.").speaker.type == "group"
    assert one("Anna Lind och SVT säger att det är bra.").speaker.type == "group"  # a person and an outlet


def test_a_party_in_brackets_is_the_organisation():
    st = one("Oppositionsrådet Lena Berg (M) anser att kommunen borde ha planerat bättre.")
    assert st.speaker.name == "Lena Berg" and st.speaker.organization == "Moderaterna"
    assert one("Anna Ek (FN) säger att det är bra.").speaker.organization is None  # not a party


def test_enligt_uppgifter_till_an_outlet():
    st = one("Enligt uppgifter till SVT har flera anställda sagt upp sig.")
    assert st.content.text == "har flera anställda sagt upp sig" and st.via == ["SVT"]
    assert st.speaker.type == "unknown"


def test_sources_inside_an_organisation_are_not_the_organisation():
    assert one("Infrastrukturminister Maria Lind avgår. Det bekräftar regeringskansliet.").speaker.type == "organization"
    assert one("Förslaget möter motstånd, uppger källor i regeringskansliet.").speaker.type == "unknown"


def test_a_declined_comment_ends_a_continued_report():
    st = one("Enligt Aftonbladet ska Lind ha erbjudit sig att avgå. Det har regeringskansliet inte velat kommentera.")
    assert st.content.text == "ska Lind ha erbjudit sig att avgå"


def test_a_genitive_before_the_name_is_the_organisation_and_stays_with_the_person():
    sts = statements("Sverigedemokraternas partiledare Jimmie Åkesson säger att det kommer för sent.\n\n"
                     "– Det är bra, säger han.")
    assert [(s.speaker.name, s.speaker.organization) for s in sts] == [("Jimmie Åkesson", "Sverigedemokraterna")] * 2


def test_a_cue_less_quote_after_narration_opens_the_next_cue_s_turn():
    sts = statements("Laget föll hemma.\n\n– Vi var inte bra nog.\n\n– Nu måste vi resa oss, säger tränaren Kim Berg.\n\n"
                     "Kaptenen Mia Ek höll med.\n\n– Det var tungt, säger hon.\n\n– Men vi har allt i egna händer.\n\n"
                     "– Vi ses nästa vecka, säger Anna Ek.")
    assert [s.speaker.name for s in sts] == ["Kim Berg", "Kim Berg", "Mia Ek", "Mia Ek", "Anna Ek"]


def test_a_headline_speaker_without_the_topic():
    st = statements("– Det var tungt, säger tränaren Kim Berg.", title="Tränaren om förlusten: ”Vi var inte bra”")[0]
    assert st.speaker_mention.text == "Tränaren" and st.speaker.name == "Kim Berg"


def test_the_organisation_from_an_introduction_reaches_the_later_quote():
    sts = statements("Socialdemokraternas vårdpolitiska talesperson Sara Ek är kritisk.\n\n"
                     "– Det här är ett plåster på ett öppet sår, säger Sara Ek.")
    assert [(s.speaker.name, s.speaker.organization) for s in sts] == [("Sara Ek", "Socialdemokraterna")]


def test_a_name_with_an_age_in_commas_is_the_subject():
    st = one("En av de drabbade, 84-åriga Greta Holm, berättar att hon förlorade allt.")
    assert st.speaker.name == "Greta Holm" and st.content.text == "hon förlorade allt"


def test_subject_with_apposition():
    st = one("Anna Berg, som är chef på skolan, säger att taket läcker.")
    assert st.speaker_mention.text == "Anna Berg" and st.speaker.role == "chef på skolan"


def test_cues_inside_content_are_not_new_statements():
    st = one("Hon säger att många tror att skolan stänger.")
    assert st.content.text == "många tror att skolan stänger"


# -- negatives --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hon tycker om att spela fotboll på helgerna.",
    "Partiet vill sänka skatten för pensionärer.",
    "Boken berättar om en familj i Norrland.",
    "Tycker du att skolan ska börja senare? Berätta i kommentarerna.",
    "Han säger upp sig från jobbet i höst.",
    "Lyssna\n\nDela på internet\n\n8 SIDOR/TT",
    "Så arbetar vi\n\nVi ska berätta vad vi vet och inte vet. Det vi publicerar ska vara sant.",
])
def test_no_statement(body):
    assert statements(body) == []


# -- speakers -------------------------------------------------------------------------

def test_pronoun_resolves_by_gender():
    sts = statements("Karin Ek och Olof Berg möttes i går. Berg var nöjd.\n\n– Det gick bra, säger hon.\n\n– Jag håller med, säger han.")
    assert [s.speaker.name for s in sts] == ["Karin Ek", "Olof Berg"]
    assert sts[0].speaker.gender == "female"


def test_description_refers_back():
    sts = statements("Den danske ministern Lars Holm besökte Malmö.\n\nDen danske ministern säger att samarbetet är viktigt.")
    assert sts[0].speaker.name == "Lars Holm"


def test_organisation_and_relay():
    st = one("– Vi ser allvarligt på läget, säger Folkhälsomyndigheten till SVT.")
    assert st.speaker.type == "organization" and st.via == ["SVT"]
    st = one("– Vi är tacksamma, säger Fridolina Rolfö till nyhetsbyrån TT.")
    assert st.via == ["TT"] and st.speaker.gender == "female" and st.speaker.gender_source == "name"


def test_name_particles():
    st = one("– Vi backar inte, säger Ursula von der Leyen.")
    assert st.speaker.name == "Ursula von der Leyen"


def test_group_pronoun_refers_back():
    sts = statements("Forskarna säger att klimatet förändras. De menar att vi måste agera.")
    assert [s.speaker.name for s in sts] == ["Forskarna", "Forskarna"]


# -- patterns found on the held-out sets ------------------------------------------

def test_name_in_commas_is_the_speaker():
    st = one("Mannens advokat, Eva Borg, uppger att domen överklagas.")
    assert st.speaker.name == "Eva Borg" and st.content.text == "domen överklagas"


def test_party_in_brackets():
    st = one("Johanna Kraft (M) säger att budgeten håller.")
    assert st.speaker.name == "Johanna Kraft"
    st = one("– Vi bygger nu, säger kommunalrådet Gunnar Åslund (S).")
    assert st.content.text == "Vi bygger nu" and st.speaker.name == "Gunnar Åslund"


def test_long_phrase_between_cue_and_att():
    st = one("Statsministern bekräftade vid en hastigt inkallad pressträff i Rosenbad att ministern avgår.")
    assert st.content.text == "ministern avgår"


def test_trailing_outlet_cue_is_a_relay():
    st = one("Ministern säger att kommunen förlorar pengar, skriver NTB.")
    assert st.content.text == "kommunen förlorar pengar" and st.via == ["NTB"]


def test_enligt_a_plan_is_not_a_source():
    assert statements("Mötet skulle enligt planen ha avslutats på fredagen.") == []
    assert statements("Förhandlingar enligt medbestämmandelagen inleds nästa vecka.") == []


def test_content_before_a_cue_with_its_own_att_is_not_trailing():
    sts = statements("I ett meddelande till allmänheten, VMA, uppmanar räddningstjänsten boende att stänga fönster.")
    assert all("VMA" not in s.content.text for s in sts)


def test_relative_clause_subject_and_interview_relay():
    st = one("Flera som SVT har talat med säger att bussarna är försenade.")
    assert st.speaker_mention.text == "Flera som SVT har talat med" and st.via == ["SVT"]


def test_coordinated_second_cue():
    sts = statements("Ministern medger att läget är ansträngt, men menar att det finns utrymme för reformer.")
    assert [s.content.text for s in sts] == ["läget är ansträngt", "det finns utrymme för reformer"]


def test_quote_over_two_paragraphs():
    sts = statements("”Allt i filmen är påhittat. Men varje plats finns.\n\n”Jag var rädd att de skulle bli arga”, berättar hon.")
    assert len(sts) == 1 and sts[0].content.text.startswith("Allt i filmen") and sts[0].content.text.endswith("bli arga")


def test_colon_introduces_the_next_dash_paragraph():
    sts = statements("Gunilla Sjöstrand leder kören. Hon säger:\n\n– Musiken fick mig att vilja leva igen.")
    assert sts[0].speaker.name == "Gunilla Sjöstrand" and sts[0].cue.text == "säger"


def test_generic_description_is_the_main_organisation():
    sts = statements("Kroneborg Verkstäder varslar 430 anställda i Motala. Produktionen flyttas. Det meddelade bolaget på tisdagen.")
    assert sts[0].speaker.name == "Kroneborg Verkstäder" and sts[0].speaker.type == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Rubrik\n\nTrump säger att tullarna höjs.",
        "Rubrik\n\nZelenskyj uppger att fronten håller.",
        "Rubrik\n\nMerkel säger att hon inte ångrar något.",
    ],
)
def test_entity_model_types_names_the_rules_cannot(text):
    """A bare foreign surname is a person only to the statistical model (sagt.nlp)."""
    from sagt.model import Article
    from sagt.pipeline import extract_article

    with_model = extract_article(Article(id="a", text=text)).statements[0]
    rules_only = extract_article(Article(id="a", text=text), use_model=False).statements[0]
    assert with_model.speaker.type == "person"
    assert rules_only.speaker.type == "organization"


# -- names with particles, organisations, appositions (probe article, 2026-12-02) ----

def test_a_name_with_de_and_a_role_for_an_organisation():
    st = one("– Vi ger oss inte, säger Jeroen de Vries, ordförande för FNV Havens, till Reuters.")
    assert st.content.text == "Vi ger oss inte"
    assert st.speaker.name == "Jeroen de Vries" and st.speaker.organization == "FNV Havens"
    assert st.via == ["Reuters"]


def test_an_organisation_with_of_in_its_name():
    st = one("Enligt hamnbolaget Port of Rotterdam väntar över 200 fartyg utanför hamnen.")
    assert st.speaker.name == "Port of Rotterdam" and st.speaker.type == "organization"
    assert st.content.text.startswith("väntar över 200 fartyg")


def test_an_organisation_name_in_s_before_a_title_is_no_genitive():
    st = one("– Vi följer situationen noga, säger Volvo Cars presschef Anna Bergström.")
    assert st.speaker.name == "Anna Bergström" and st.speaker.organization == "Volvo Cars"


def test_an_indefinite_apposition_between_subject_and_cue():
    st = one("Mishima Logistics, ett japanskt rederi, meddelade att man styr om fartygen till Antwerpen.")
    assert st.speaker.name == "Mishima Logistics" and st.content.text == "man styr om fartygen till Antwerpen"


def test_an_apposition_after_enligt_is_not_content():
    st = one("Enligt Kenji Watanabe, talesperson för rederiet, är det den enda rimliga lösningen.")
    assert st.speaker.name == "Kenji Watanabe" and st.speaker.role == "talesperson för rederiet"
    assert st.content.text == "är det den enda rimliga lösningen"


def test_a_surname_of_two_words_refers_back_to_the_full_name():
    sts = statements("Marine Le Pen, ledare för Nationell samling, sade att partiet röstar ja.\n\n"
                     "– Fransmännen har fått nog, sa Le Pen till TF1.")
    assert [s.speaker.name for s in sts] == ["Marine Le Pen", "Marine Le Pen"]
    assert sts[0].speaker.organization == "Nationell samling"


def test_the_role_after_a_continued_dash_quote_is_the_speakers():
    sts = statements("Marine Le Pen sade att partiet röstar ja.\n\n"
                     "– Det är fel, säger Anna Berg. Hon är ekonom.")
    assert sts[1].speaker.name == "Anna Berg" and sts[1].speaker.role == "ekonom"
    assert sts[0].speaker.role is None


def test_a_poll_from_a_pollster_and_a_participle_apposition():
    st = one("Enligt en opinionsmätning från Ifop, publicerad i Le Figaro, vill 62 procent ha nyval.")
    assert st.speaker.name == "Ifop" and st.speaker.type == "organization"
    assert st.content.text == "vill 62 procent ha nyval"


def test_a_byline_line_is_no_one_a_pronoun_can_refer_to():
    sts = statements("Av Lina Holm\n\nEn mamma, som inte vill framträda med namn, säger att hon har klagat.\n\n"
                     "– Ingen lyssnade, säger hon.")
    assert [s.speaker.name for s in sts] == ["mamma", "mamma"]
    assert sts[1].speaker.gender == "female"


def test_a_shared_compound_part_in_an_organisation_name():
    st = one("Enligt Miljö- och hälsoskyddskontoret ska fler skolor undersökas.")
    assert st.speaker.name == "Miljö- och hälsoskyddskontoret" and st.speaker.type == "organization"


def test_a_local_edition_of_an_outlet_relays():
    st = one("Magnus Ek uppger för SVT Västerbotten att inga fynd har gjorts.")
    assert st.via == ["SVT Västerbotten"] and st.content.text == "inga fynd har gjorts"


def test_a_role_after_a_party_in_brackets():
    st = one("– Vi tar det på allvar, säger Peter Ahlgren (S), ordförande i barn- och utbildningsnämnden.")
    assert st.speaker.role == "ordförande i barn- och utbildningsnämnden"
    assert st.speaker.organization == "Socialdemokraterna"


def test_a_title_before_a_name_in_commas():
    st = one("Moderaternas gruppledare i Umeå, Anders Ågren, kräver att en utredning tillsätts.")
    assert st.speaker.role == "gruppledare i Umeå" and st.speaker.organization == "Moderaterna"
    st = one("Mannens advokat, Eva Borg, uppger att han nekar.")
    assert st.speaker.role == "advokat" and st.speaker.organization is None


def test_an_unnamed_person_with_a_relative_clause_and_its_definite_repetition():
    sts = statements("En kvinna som arbetar i en närliggande butik berättar att hon hörde skrik.\n\n"
                     "– Det gick så fort, säger kvinnan.")
    assert [(s.speaker.name, s.speaker.type, s.speaker.gender) for s in sts] == [
        ("kvinna", "person", "female"), ("kvinna", "person", "female")]


def test_a_workplace_with_a_lower_case_organisation_word_and_a_press_service():
    st = one("– Vi har en person frihetsberövad, säger Evelina Olsson, presstalesperson vid polisregion Syd.")
    assert st.speaker.organization == "polisregion Syd"
    st = one("Hans tillstånd beskrivs som stabilt, uppger sjukhusets presstjänst.")
    assert st.speaker.type == "organization"


def test_a_nationality_noun_refers_back_to_the_person_last_named():
    sts = statements("Tränaren Jani Honkavaara var stolt över laget.\n\n"
                     "– Killarna gav allt i dag, säger finländaren.")
    assert sts[-1].speaker.name == "Jani Honkavaara" and sts[-1].speaker.role == "tränare"


def test_an_owners_rules_are_no_source():
    assert statements("Enligt Uefa:s regler kan Djurgården inte möta ett annat svenskt lag.") == []


def test_an_outlet_named_like_a_channel_relays_after_a_place_phrase():
    st = one('"We had our chances", sa Atan på presskonferensen enligt Fotbollskanalen.')
    assert st.speaker.name == "Atan" and st.via == ["Fotbollskanalen"]


def test_a_coordinated_cue_after_a_party_in_brackets():
    st = one("Finansminister Elisabeth Svantesson (M) vill inte kommentera beslutet, men säger i ett "
             "skriftligt uttalande att regeringen ”respekterar Riksbankens självständighet”.")
    assert st.kind == "mixed" and st.speaker.name == "Elisabeth Svantesson"


def test_a_listed_outlet_written_in_lower_case():
    st = one("– Det finns inget skäl att vänta, säger Jens Magnusson till Dagens industri.")
    assert st.via == ["Dagens Industri"]
    st = one("Enligt Dagens industri är räntan för hög.")
    assert st.speaker.name == "Dagens Industri" and st.via == []


def test_an_organisation_speaks_through_its_document_and_a_generic_genitive_names_it():
    st = one("Enligt Konjunkturinstitutets senaste prognos växer BNP med 2,1 procent.")
    assert st.speaker.name == "Konjunkturinstitutet" and st.content.text == "växer BNP med 2,1 procent"
    sts = statements("Fackförbundet Unionen välkomnar beskedet. Förbundets chefsekonom Jan Karlsson påpekar "
                     "att reallönerna har börjat stiga.")
    assert sts[-1].speaker.organization == "Unionen"


def test_a_name_in_a_relative_clause_is_not_the_next_pronouns_antecedent():
    sts = statements("Producenten Max Martin, som har arbetat med Taylor Swift och The Weeknd, medverkar på "
                     "tre låtar. Han beskriver samarbetet som ”det roligaste på länge”.")
    assert sts[-1].speaker.name == "Max Martin" and sts[-1].speaker.role == "producent"


def test_a_sentence_initial_organisation_noun_before_a_name_is_no_part_of_it():
    st = one("Skivbolaget Konichiwa Records meddelar att en turné planeras.")
    assert st.speaker.name == "Konichiwa Records" and st.speaker.type == "organization"


def test_the_municipality_is_neither_a_street_nor_a_party_letter():
    sts = statements("Striden om cykelbanan på Storgatan i Västerås fortsätter. Oppositionsrådet Mikael Sundin (S) "
                     "är kritisk.\n\nRivningen beräknas kosta 3,5 miljoner kronor, enligt kommunens egen kalkyl.")
    assert sts[-1].speaker.name == "Västerås"


def test_a_particle_glued_to_a_name_and_an_indefinite_ministry():
    st = one("– Vi är nära en överenskommelse, sa ministeriets talesperson Majed al-Ansari.")
    assert st.speaker.name == "Majed al-Ansari" and st.content.text == "Vi är nära en överenskommelse"
    st = one("Qatars utrikesministerium bekräftar att delegationer finns i Doha.")
    assert st.speaker.type == "organization"


def test_an_abbreviated_definite_title_refers_back():
    sts = statements("Vattenfalls vd Anna Borg försvarade priset.\n\nVd:n påpekar att bolaget har investerat mycket.")
    assert sts[-1].speaker.name == "Anna Borg" and sts[-1].speaker.role == "vd"


def test_an_outlets_programme_relays_for_the_outlet():
    st = one("– Nu kommer räkningen, sa Magdalena Andersson i SVT:s Agenda.")
    assert st.via == ["SVT"]
    st = one("– Det är fel, säger Anna Berg i Aftonbladet.")
    assert st.via == ["Aftonbladet"]


def test_an_organisations_press_service_is_the_organisation_speaking():
    st = one("Tusentals resenärer har drabbats. Det uppger Trafikverkets presstjänst.")
    assert st.speaker.name == "Trafikverket" and st.speaker.type == "organization"


def test_a_sentence_initial_noun_before_a_full_name_is_no_part_of_it():
    sts = statements("Resenären Tomas Lind har suttit fast i fyra timmar.\n\n– Ingen har sagt någonting, säger han.")
    assert sts[-1].speaker.name == "Tomas Lind"


def test_answers_in_a_question_and_answer_interview_are_the_interviewees():
    sts = statements("Maja Lindqvist, 24, vann nattloppet. Vi träffade henne i Mora.\n\nHur känns det?\n\n"
                     "– Helt overkligt.\n\nHennes tränare Per Olsson är inte förvånad.\n\n"
                     "– Hon har tränat hårdare än någon annan, säger han.", title="”Jag vill att fler ska våga”")
    assert [s.speaker.name for s in sts] == ["Maja Lindqvist", "Maja Lindqvist", "Per Olsson"]


def test_a_recommendation_is_reported_speech_and_a_descriptive_noun_is_no_name():
    st = one("Forskarna rekommenderar att föräldrar inför skärmfria timmar.")
    assert st.speaker.type == "group" and st.content.text == "föräldrar inför skärmfria timmar"
    st = one("Psykologen Kim Ek skriver att oron är överdriven.")
    assert st.speaker.name == "Kim Ek"


def test_a_descriptive_noun_before_a_given_name_alone():
    sts = statements("Undersköterskan Lena, som inte vill ha sitt efternamn i tidningen, har arbetat i 22 år.\n\n"
                     "– Jag har aldrig sett det så här illa, säger hon.")
    assert sts[-1].speaker.name == "Lena" and sts[-1].speaker.role == "undersköterska"


def test_a_passive_verb_after_a_name_is_no_genitive():
    st = one("Enligt bankens presschef Anders Nyberg görs alla bedömningar ”utifrån kundens förutsättningar”.")
    assert st.speaker.name == "Anders Nyberg" and st.content.text.startswith("görs alla bedömningar")


def test_a_shared_compound_title_before_a_subject_and_its_regions_genitive():
    sts = statements("Hälsovården i Region Stockholm får kritik. Regionens hälso- och sjukvårdsdirektör Björn Eriksson "
                     "säger att han delar bilden.")
    st = sts[-1]
    assert st.speaker_mention.text == "Regionens hälso- och sjukvårdsdirektör Björn Eriksson"
    assert st.speaker.organization == "Region Stockholm"


def test_a_capitalised_outlet_name_runs_on_and_an_unnamed_patient_is_a_person():
    st = one("Enligt Sveriges Radio Ekot har liknande brister rapporterats.")
    assert st.speaker.name == "Sveriges Radio Ekot"
    st = one("En patient som väntade i elva timmar berättar för Aftonbladet att ingen hann se till henne.")
    assert st.speaker.type == "person" and st.via == ["Aftonbladet"]


def test_a_generic_genitive_before_an_unnamed_title_and_plural_companies():
    sts = statements("Konkurrensverket har inte tagit ställning. Myndighetens presschef säger till TT att en "
                     "granskning är trolig.")
    assert sts[-1].speaker.organization == "Konkurrensverket" and sts[-1].via == ["TT"]
    st = one("Spotify köper Storytel. Det bekräftade båda bolagen i ett pressmeddelande.")
    assert st.speaker.type == "group"


def test_a_surname_that_opens_with_a_particle_after_the_cue_and_a_known_two_word_genitive():
    sts = statements("EU-kommissionens ordförande Ursula von der Leyen svarade att unionen är redo.\n\n"
                     "– Vi vill inte ha ett handelskrig, sa von der Leyen i Bryssel.")
    assert sts[-1].speaker.name == "Ursula von der Leyen"
    st = one("Svenskt Näringslivs vd Jan-Olof Jacke kallar hotet ”djupt olyckligt”.")
    assert st.speaker.organization == "Svenskt Näringsliv"


def test_a_court_description_an_adjective_title_and_a_generic_union_genitive():
    st = statements("Förvaltningsrätten i Luleå stoppar jakten. Domstolen anser att länsstyrelsen har gjort fel.")[-1]
    assert st.speaker.name == "Förvaltningsrätten i Luleå"  # the court named by its seat
    st = one("– Vi kommer att överklaga, säger Länsstyrelsens jaktansvarige Per-Erik Lindström.")
    assert st.speaker.name == "Per-Erik Lindström" and st.speaker.role == "jaktansvarig"
    st = statements("Jägareförbundet är kritiskt. Förbundets riksjaktvårdskonsulent Gunnar Glöersen menar att "
                    "stammen är livskraftig.")[-1]
    assert st.speaker.organization == "Jägareförbundet"


def test_a_partitive_subject_with_an_apposition_and_compound_titles_in_man():
    st = one("En av de drabbade, en 87-årig man från Mölndal, berättar för GP att han förlorade allt.")
    assert st.speaker.name == "En av de drabbade" and st.speaker.type == "person" and st.via == ["GP"]
    st = one("Flera av eleverna säger att de är oroliga.")
    assert st.speaker.type == "group"
    st = one("– Det är ett cyniskt brott, säger chefsrådmannen Ingrid Sjöberg.")
    assert st.speaker.role == "chefsrådman"
    sts = statements("Domen föll i dag.\n\n– Hon var så trevlig, säger mannen.")
    assert sts[-1].speaker.name == "mannen" and sts[-1].speaker.gender == "male"


def test_the_newsrooms_caveat_ends_reported_speech_and_plural_authorities_are_organisations():
    st = one("Det ryska försvarsministeriet hävdar att man enbart angrep militära mål. "
             "Uppgifterna kan inte bekräftas av oberoende källor.")
    assert st.content.text == "man enbart angrep militära mål"
    st = one("Ryska drönare attackerade ett kraftverk, uppger ukrainska myndigheter.")
    assert st.speaker.type == "organization"


def test_a_clubs_genitive_keeps_its_letters():
    st = one("Malmö FF:s tränare Henrik Rydström säger att laget står bakom honom.")
    assert st.speaker.organization == "Malmö FF"
    st = one("– Vi tar avstånd från allt sådant, säger IFK Göteborgs klubbdirektör Max Markusson.")
    assert st.speaker.organization == "IFK Göteborg"


def test_an_organisation_word_as_a_compound_and_an_acronym_apposition_after_enligt():
    sts = statements("Sveriges Apoteksförening bekräftar bilden. Föreningens vd Johan Wallér säger att apoteken "
                     "tvingas skicka hem kunder.")
    assert sts[-1].speaker.organization == "Sveriges Apoteksförening"
    st = one("Enligt Läkemedelsindustriföreningen, LIF, beror bristen på problem i produktionen.")
    assert st.content.text == "beror bristen på problem i produktionen"


def test_a_dash_quote_after_a_paragraph_ending_in_a_colon_is_the_person_it_names():
    sts = statements("Justitieminister Gunnar Strömmer (M) säger att ett lagförslag kommer.\n\n"
                     "Socialdemokraternas rättspolitiska talesperson Ardalan Shekarabi är skeptisk:\n\n"
                     "– Regeringen har lovat samma sak i fyra år.")
    assert sts[-1].speaker.name == "Ardalan Shekarabi" and sts[-1].speaker.organization == "Socialdemokraterna"


def test_a_subject_with_a_relative_clause_without_commas_and_a_compound_borgarrad():
    st = one("En pappa som vill vara anonym säger att han har tackat nej till ett jobb.")
    assert st.speaker.name == "pappa" and st.speaker.gender == "male"
    st = one("Oppositionsborgarrådet Karin Wanngård (S) anser att staden har prioriterat fel.")
    assert st.speaker.name == "Karin Wanngård" and st.speaker.role == "oppositionsborgarråd"


def test_a_workplace_name_goes_on_after_an_organisation_tail():
    st = one("– Det är en katastrof, säger Sara Lind, ordförande för Hyresgästföreningen region Mitt.")
    assert st.speaker.organization == "Hyresgästföreningen region Mitt"


def test_a_genitive_name_with_a_national_adjective_and_new_titles():
    sts = statements("Priset går till en kenyan.\n\nDet meddelade Svenska Akademiens ständiga sekreterare Mats Malm.")
    assert sts[-1].speaker.name == "Mats Malm" and sts[-1].speaker.organization == "Svenska Akademien"
    assert sts[-1].speaker.role == "sekreterare"


def test_a_genitive_of_a_noun_for_any_organisation_refers_to_the_one_most_mentioned():
    sts = statements("Enligt SPF Seniorerna hade förslaget drabbat 400 000 pensionärer. Organisationens "
                     "förbundsordförande Eva Eriksson säger att många har varit oroliga.")
    assert sts[-1].speaker.organization == "SPF Seniorerna"


def test_a_headline_topic_with_a_place_is_no_speaker():
    sts = statements("En man åtalas för mord.\n\n– Han var helt förändrad det sista året, säger systern.",
                     title="Mordåtal i Sundsvall: ”Han var helt förändrad”")
    assert sts[0].speaker_mention is None and sts[0].speaker.name == "systern"


def test_the_municipality_is_the_place_last_named_not_the_organisation_most_mentioned():
    sts = statements("Trafikverket har satt in extra plogbilar. Myndighetens trafikledare i Luleå, Johan Ek, säger att "
                     "vägar kan stängas.\n\nI Skellefteå har skolor ställt in undervisningen. Kommunens säkerhetschef "
                     "Maria Lund uppger att beslutet fattades i går.\n\n”Säkerheten går först”, skriver kommunen.")
    assert [s.speaker.organization for s in sts[:2]] == ["Trafikverket", "Skellefteå"]
    assert sts[2].speaker.name == "Skellefteå"


def test_an_organisations_regional_branch_keeps_its_noun_and_is_not_the_region():
    sts = statements("Region Uppsala har inte svarat. Vårdförbundet Uppsala kräver att lönerna höjs. "
                     "Förbundets ordförande, Lena Berg, säger att läget är akut. "
                     "Enligt Sparbanken Skåne ökar sparandet.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [
        ("Vårdförbundet Uppsala", "organization"), ("Lena Berg", "person"), ("Sparbanken Skåne", "organization")]
    assert sts[1].speaker.organization == "Vårdförbundet Uppsala"


def test_a_capitalised_organisation_noun_before_a_company_name_is_still_no_part_of_it():
    st = one("Bostadsbolaget Stadshem uppger att hyrorna höjs.")
    assert st.speaker.name == "Stadshem"


def test_an_authority_named_with_for_and_lower_case_words_is_one_organisation():
    sts = statements("Inspektionen för vård och omsorg skriver att vårdcentralen brustit. "
                     "Enligt myndigheten har patienter fått vänta.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [
        ("Inspektionen för vård och omsorg", "organization"), ("Inspektionen för vård och omsorg", "organization")]


def test_an_authority_named_by_its_seat_is_one_organisation_that_its_head_refers_to():
    sts = statements("Länsstyrelsen i Dalarna har infört eldningsförbud. Enligt länsstyrelsen gäller förbudet "
                     "till söndag. Polisen i Malmö uppger att två personer gripits.")
    assert [(s.speaker.name, s.speaker.type, s.speaker.role) for s in sts] == [
        ("Länsstyrelsen i Dalarna", "organization", None), ("Polisen i Malmö", "organization", None)]


def test_a_person_at_a_place_keeps_the_place_out_of_the_name():
    st = one("Rektor Maria Sundin i Umeå säger att skolan behöver fler lärare.")
    assert st.speaker.name == "Maria Sundin"


def test_an_engineers_role_and_workplace():
    st = one("– Var försiktiga med eld, säger Anna Lindqvist, brandingenjör på MSB.")
    assert st.speaker.role == "brandingenjör på MSB" and st.speaker.organization == "MSB"


def test_an_adverb_after_the_cue_clause_ends_it():
    st = one("Anders Berg var nöjd.\n\n– Det var en perfekt match för oss, sa han efteråt.")
    assert st.content.text == "Det var en perfekt match för oss" and st.speaker.name == "Anders Berg"


def test_a_municipality_opening_a_sentence_is_an_organisation():
    st = one("Ludvika kommun meddelar att man inte kommenterar saken.")
    assert (st.speaker.name, st.speaker.type) == ("Ludvika kommun", "organization")


def test_a_genitive_organisation_and_a_role_before_a_player():
    st = one("Malmö FF:s målskytt Isaac Kiese Thelin säger att han var nöjd.")
    assert (st.speaker.role, st.speaker.organization) == ("målskytt", "Malmö FF")


def test_man_after_a_determiner_is_a_noun_and_its_phrase_the_subject():
    st = one("En man i 40-årsåldern, som vill vara anonym, säger att han hörde flera smällar.")
    assert st.speaker.type == "person" and st.content.text == "han hörde flera smällar"
    assert statements("Sedan säger man i regeringen att det är fel.")[0].speaker.type == "unknown"


def test_a_number_makes_a_description_a_group():
    st = one("Två tjänstemän på departementet, som vill vara anonyma, uppger för tidningen att varningarna ignorerades.")
    assert st.speaker.type == "group"


def test_an_outlet_noun_alone_is_the_outlet_of_its_kind_named_last():
    sts = statements("Enligt uppgifter till Dagens Nyheter har departementet vetat. Lena Ek säger i en intervju "
                     "med SVT att ministern måste avgå. En tjänsteman uppger för tidningen att varningarna ignorerades.")
    assert [s.via for s in sts] == [["Dagens Nyheter"], ["SVT"], ["Dagens Nyheter"]]


def test_an_outlet_noun_with_no_outlet_named_before_is_no_relay():
    assert one("Anna Berg säger till tidningen att hon är nöjd.").via == []


def test_a_national_federation_written_with_a_lower_case_noun_is_one_name():
    sts = statements("Lantbrukarnas riksförbund kräver att regeringen agerar. Förbundets ordförande Palle Borgström "
                     "säger att läget är akut.")
    assert sts[0].speaker.name == "Lantbrukarnas riksförbund" and sts[1].speaker.organization == "Lantbrukarnas riksförbund"


def test_an_acronym_in_commas_is_another_name_of_the_organisation_before_it():
    sts = statements("Inspektionen för vård och omsorg, IVO, riktar kritik mot sjukhuset.\n\n"
                     "– Det är inte acceptabelt, säger IVO:s avdelningschef Ann-Sofie Ek.\n\n"
                     "Lantbrukarnas riksförbund, LRF, kräver att regeringen agerar.")
    assert sts[0].speaker.organization == "Inspektionen för vård och omsorg"
    assert sts[1].speaker.name == "Lantbrukarnas riksförbund"


def test_an_acronym_alone_stays_the_name():
    assert one("SKR uppger att kommunerna har svårt att rekrytera.").speaker.name == "SKR"


def test_a_companys_generic_genitive_refers_to_the_company_most_mentioned():
    sts = statements("Enligt Vattenfall kan det dröja till tisdag. Bolagets presschef Marie Lindberg säger att "
                     "arbetet försvåras av nedfallna träd.")
    assert sts[1].speaker.organization == "Vattenfall"


def test_a_company_named_after_its_noun_is_an_organisation_and_bolagets_means_it():
    sts = statements("Strejken i Rotterdam fortsätter. Fackförbundet FNV Havens kräver högre löner, och FNV Havens "
                     "får stöd. Enligt hamnbolaget Port of Rotterdam väntar 200 fartyg. Bolagets vd Allard Castelein "
                     "uppgav att förlusterna är stora.")
    assert sts[-1].speaker.organization == "Port of Rotterdam"


def test_an_unnamed_man_is_a_male_person_without_a_role_and_mannen_repeats_him():
    sts = statements("En man som bor i huset säger att larmet inte fungerade.\n\n"
                     "– Jag vaknade av att grannen bankade på dörren, säger mannen.")
    assert [s.speaker.name for s in sts] == ["man", "man"]
    assert sts[0].speaker.role is None and sts[0].speaker.gender == "male" and sts[0].speaker.type == "person"


def test_a_name_after_a_compound_ending_in_borsen_is_an_organisation():
    st = one("Energibörsen Nord Pool meddelar att elpriset väntas stiga under veckan.")
    assert st.speaker.name == "Nord Pool" and st.speaker.type == "organization"


def test_a_regions_genitive_keeps_the_word_region():
    sts = statements("Region Skånes smittskyddsläkare Eva Melander varnar för att smittan sprids. "
                     "Vårdförbundet Stockholms ordförande Sara Ek säger att personalen är trött.")
    assert [s.speaker.organization for s in sts] == ["Region Skåne", "Vårdförbundet Stockholm"]


def test_a_party_genitive_right_before_a_name_is_the_persons_organisation():
    sts = statements("Centerpartiets Maja Lindgren säger att bygdepengen är för liten.\n\n"
                     "– Det är för lite, sa Vänsterpartiets Leila Nasser.\n\n"
                     "IFK Göteborgs Anna Berg säger att laget är redo. Lars Anders Johansson säger att det går bra.")
    assert [(s.speaker.name, s.speaker.type, s.speaker.organization) for s in sts] == [
        ("Maja Lindgren", "person", "Centerpartiet"), ("Leila Nasser", "person", "Vänsterpartiet"),
        ("Anna Berg", "person", "IFK Göteborg"), ("Lars Anders Johansson", "person", None)]


def test_a_capitalised_compound_title_between_a_party_and_a_name_is_the_role():
    st = one("Socialdemokraternas EU-talesperson Amir Saleh anser att Sverige har försenat beslutet.")
    assert (st.speaker.name, st.speaker.type, st.speaker.organization) == ("Amir Saleh", "person", "Socialdemokraterna")


def test_a_headline_phrase_that_names_no_one_takes_the_speaker_of_the_quote_it_repeats():
    sts = sagt.extract("Facket varslar om strejk: ”Arbetsgivarna vägrar lyssna”\n\n"
                       "IF Metall varslar om strejk vid tre verkstäder.\n\n"
                       "– Arbetsgivarna vägrar lyssna, säger avtalssekreteraren Mikael Strand.").statements
    assert [s.speaker.name for s in sts if s.kind == "direct"] == ["Mikael Strand", "Mikael Strand"]


def test_a_verb_of_manner_after_a_dash_quote_is_its_cue_but_never_a_cue_of_reported_speech():
    sts = statements("Författaren Lina Berg har sålt slut på tre dagar, uppger Bokförlaget Fyrtornet.\n\n"
                     "– Jag läser inte recensionerna, skrattar hon.\n\n"
                     "Hon skrattar åt att hon inte läser dem.")
    assert [(s.kind, s.cue.text if s.cue else None) for s in sts] == [("indirect", "uppger"), ("direct", "skrattar")]
    assert sts[0].speaker.type == "organization" and sts[1].speaker.name == "Lina Berg"


@pytest.mark.parametrize("noun", ["rederiet", "förvaltningen", "förlaget"])
def test_more_kinds_of_organisation(noun):
    assert one(f"Enligt {noun} ställs allt in under tisdagen.").speaker.type == "organization"


def test_a_pronoun_after_a_colon_is_no_name():
    sts = statements("Bolaget: Vi vill vara en god granne\n\nI sitt yttrande varnade Länsstyrelsen i Norrbotten för att "
                     "gruvan skadar renskötseln.")
    assert sts[-1].speaker.name == "Länsstyrelsen i Norrbotten"


def test_an_authoritys_seat_belongs_to_the_subject_after_the_verb():
    st = one("I ett yttrande till domstolen varnade Länsstyrelsen i Norrbotten för att flyttleden skärs av.")
    assert st.speaker_mention.text == "Länsstyrelsen i Norrbotten" and st.speaker.type == "organization"


def test_an_apposition_opened_by_bland_stands_between_subject_and_verb():
    st = one("Kritikerna, bland dem flera miljöorganisationer, menar att samebyarna är rättslösa.")
    assert st.speaker.name == "Kritikerna" and st.speaker.type == "group"


def test_a_gendered_nouns_genitive_is_no_organisation():
    st = one("Mannens försvarare Lars Edvinsson säger att hans klient kommer att överklaga.")
    assert st.speaker.name == "Lars Edvinsson" and st.speaker.organization is None


def test_a_genitive_and_a_title_in_a_headline_is_the_person_with_that_title():
    sts = sagt.extract("Norrviks vd: ”Vi har inget val”\n\nNorrvik Industri varslar 240 anställda. Det meddelade bolaget.\n\n"
                       "I rapporten skriver vd:n Cecilia Barkman att efterfrågan har fallit.").statements
    assert [s.speaker.name for s in sts] == ["Cecilia Barkman", "Norrvik Industri", "Cecilia Barkman"]


def test_a_shortened_organisation_noun_repeats_the_unnamed_organisation():
    sts = statements("Det ryska försvarsministeriet hävdar att byn är intagen. I ett uttalande skriver ministeriet "
                     "att striderna är över.")
    assert [s.speaker.name for s in sts] == ["ryska försvarsministeriet", "ryska försvarsministeriet"]


def test_rätten_is_the_court_named_before():
    sts = statements("Gävle tingsrätt meddelade att mannen döms. Rätten skriver att våldet var livsfarligt.")
    assert [s.speaker.name for s in sts] == ["Gävle tingsrätt", "Gävle tingsrätt"]


def test_a_plural_definite_noun_after_enligt_ends_before_the_verb():
    st = one("Enligt de lokala myndigheterna skadades ingen.")
    assert st.speaker_mention.text == "de lokala myndigheterna" and st.speaker.type == "organization"


def test_a_group_keeps_the_body_that_says_which_one_and_forskarna_repeats_it():
    sts = statements("Promenader sänker blodsockret. Det menar forskare vid Karolinska institutet.\n\n"
                     "Studien är liten.\n\nForskarna tror att musklerna tar upp socker.\n\n"
                     "Enligt källor med insyn i förhandlingarna släppte Budapest blockeringen.\n\n"
                     "Flera boende säger i torsdags att bullret stör.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [
        ("forskare vid Karolinska institutet", "group"), ("forskare vid Karolinska institutet", "group"),
        ("källor med insyn i förhandlingarna", "unknown"), ("Flera boende", "group")]


def test_tidningen_is_an_outlet_named_like_one():
    st = statements("Flera boende berättar för Sundsvalls Tidning att strömmen gick.\n\n"
                    "– Vi har en vedspis, säger Gunilla Persson till tidningen.")[-1]
    assert st.via == ["Sundsvalls Tidning"]


def test_a_trailing_enligt_and_an_outlet_ends_the_content_and_relays_it():
    st = one("Förbundskaptenen Kari Solbakken medgav att Sverige var bättre, enligt NTB.")
    assert st.content.text == "Sverige var bättre" and st.via == ["NTB"]


def test_a_relay_of_a_relay_after_a_quote():
    st = one("– Det räcker inte, sade Rachel Dunmore i en intervju med BBC, enligt Reuters.")
    assert st.via == ["BBC", "Reuters"]


def test_a_spokesperson_for_a_body_that_is_no_organisation_is_a_person():
    sts = statements("– Vi tackar honom, sade en talesperson för premiärministerns kansli.\n\n"
                     "– Räntan ligger fast, säger en talesperson för Riksbanken.")
    assert [(s.speaker.type, s.speaker.role) for s in sts] == [("person", "talesperson"), ("organization", "talesperson")]


def test_a_preposition_ends_a_subject_after_the_verb():
    st = one("Ministrarna ville att han skulle avgå, uppger källor inom regeringen för Reuters.")
    assert st.speaker.name == "källor inom regeringen" and st.via == ["Reuters"]


def test_a_headline_speaker_after_a_dash_and_a_description_that_repeats_a_body_quote():
    sts = sagt.extract("Sverige slog Norge – förbundskaptenen: ”Vår bästa match på flera år”\n\n"
                       "– Vår bästa match på flera år, säger förbundskapten Jenny Åström till TT.\n\n"
                       "Norges förbundskapten Kari Solbakken medgav att Sverige var bättre.").statements
    assert sts[0].speaker.name == "Jenny Åström"


def test_a_headline_description_takes_the_speaker_of_the_body_quote_it_shortens():
    sts = sagt.extract("Vittnet: ”Han sprang rakt mot oss med kniven”\n\nEnligt polisen kom larmet vid fyra.\n\n"
                       "Annika, 52, arbetar två dörrar bort.\n\n– Han sprang rakt mot oss, och jag låste dörren, "
                       "säger hon.").statements
    assert sts[0].speaker.name == "Annika"


@pytest.mark.parametrize("body,name,stype", [
    ("Enligt en källa i styrelsen har klubben skulder.", "källa i styrelsen", "unknown"),
    ("Familjen meddelar att begravningen sker i stillhet.", "Familjen", "group"),
    ("En EU-diplomat uppger att kompromissen var klar.", "EU-diplomat", "person"),
    ("Miljöorganisationen Villaks Nord kräver att tillståndet dras in.", "Villaks Nord", "organization"),
    ("Elsa, 12, går i sexan och tycker mest att det är rörigt.", "Elsa", "person"),
])
def test_sources_the_blind_sets_found(body, name, stype):
    st = one(body)
    assert (st.speaker.name, st.speaker.type) == (name, stype)
    assert not st.content.text.startswith("mest")


def test_the_end_of_an_organisations_name_at_a_sentence_start_is_that_organisation():
    sts = statements("Budet är slutgiltigt, uppger Logistikarbetsgivarna.\n\n"
                     "Arbetsgivarna varnar för att en strejk kan ge tomma hyllor.")
    assert sts[-1].speaker.name == "Logistikarbetsgivarna"


def test_a_party_letter_after_a_dash_in_a_headline_is_the_party():
    sts = sagt.extract("Strid i regeringen om bostadsbidraget – L: ”Inte vårt förslag”\n\n"
                       "Regeringen är oenig om bidraget.").statements
    assert [(s.kind, s.speaker.name, s.speaker.type) for s in sts] == [("direct", "Liberalerna", "organization")]


def test_tidningen_as_a_source_is_the_newspaper_named_last():
    sts = statements("Ministern träffade fastighetsbolaget Halbury Estates fyra gånger, skrev The Guardian, enligt TT. "
                     "Inget av mötena fördes in i registret, enligt tidningen.")
    assert sts[-1].speaker.name == "The Guardian"


def test_an_authority_written_to_is_no_relay():
    st = one("Flera boende har i skrivelser till Trafikverket krävt att hastigheten sänks.")
    assert st.via == [] and st.speaker.name == "Flera boende"


def test_a_description_with_an_age_is_the_person_introduced_with_it():
    sts = statements("Annika, 52, arbetar två dörrar bort. Den 52-åriga kvinnan berättar att väktaren blödde.\n\n"
                     "Per Holm, 34 år, bor i huset. Den 52-årige mannen säger att han inte hörde något.")
    assert [s.speaker.name for s in sts] == ["Annika", "52-årige mannen"]


def test_an_organisation_named_with_a_shared_compound_part_is_what_its_noun_repeats():
    sts = statements("Lager- och transportfacket varslar om strejk. Facket menar att arbetsgivarna vägrar förhandla.\n\n"
                     "Byggfacket varslar också. Facket menar att lönerna är för låga.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [
        ("Lager- och transportfacket", "organization"), ("Byggfacket", "organization")]


def test_a_described_organisation_keeps_the_hyphen_of_its_shared_part():
    st = one("Enligt Barn- och utbildningsförvaltningen växer köerna.")
    assert st.speaker.name == "Barn- och utbildningsförvaltningen" and st.speaker.type == "organization"


def test_gruppen_repeats_a_named_group_whose_name_ends_in_skola():
    sts = statements("Föräldragruppen Rädda Bölsta skola har samlat in 3 000 namn. "
                     "Gruppen kräver att skolan ska finnas kvar.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [("Rädda Bölsta skola", "organization")]


def test_a_belief_told_with_a_speech_cue_at_the_end_ends_at_the_comma():
    st = one("När Anders Malm kom till byn 1972 trodde han att gruvan skulle stänga inom tio år, berättar han.")
    assert st.content.text == "gruvan skulle stänga inom tio år" and st.speaker.name == "Anders Malm"


def test_a_belief_with_an_outlet_at_the_end_is_relayed_by_it():
    st = one("Putin tror att kriget snart är vunnet, skriver Reuters.")
    assert st.content.text == "kriget snart är vunnet" and st.speaker.name == "Putin" and st.via == ["Reuters"]


def test_an_age_after_the_name_ends_the_cue_clause_of_a_dash_quote():
    st = one("– Vi har inte fått några besked, säger resenären Lina Ek, 23.")
    assert st.content.text == "Vi har inte fått några besked" and st.speaker.name == "Lina Ek"


def test_a_partitive_after_the_cue_is_the_speaker_and_a_name_in_commas_names_it():
    sts = statements("– Vi har inte fått några besked, säger en av de strandsatta resenärerna.\n\n"
                     "– Tåget stod still i tre timmar, säger en av resenärerna, Lina Ek.\n\n"
                     "– Det är för dyrt, säger flera av de boende.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [
        ("en av de strandsatta resenärerna", "person"), ("Lina Ek", "person"), ("flera av de boende", "group")]
    assert sts[1].speaker.role == "resenär"


def test_a_party_letter_opening_a_sub_heading_is_the_party():
    sts = sagt.extract("Valnatten\n\nL: ”Vi måste börja om från början”\n\nPartiledaren Fredrik Sandahl talade kort.\n\n"
                       "S: ”Väljarna har valt en annan väg”\n\nPer-Olof Ringdahl gratulerade.").statements
    assert [(s.content.text, s.speaker.name) for s in sts] == [
        ("Vi måste börja om från början", "Liberalerna"), ("Väljarna har valt en annan väg", "Socialdemokraterna")]


def test_a_description_in_a_sub_heading_is_the_person_its_section_introduces():
    sts = sagt.extract("Valnatten\n\nFredrik Sandahl, statsvetare, talade först.\n\nStatsvetaren: ”Vården avgjorde valet”\n\n"
                       "Helena Bergdahl, statsvetare vid Göteborgs universitet, menar att partiet ägde vårdfrågan.").statements
    assert sts[0].content.text == "Vården avgjorde valet" and sts[0].speaker.name == "Helena Bergdahl"


@pytest.mark.parametrize("body, content", [
    ("Rymningen upptäcktes vid en rutinkontroll, uppger nyhetsbyrån NTB med hänvisning till Fiskeridirektoratet.",
     "Rymningen upptäcktes vid en rutinkontroll"),
    ("Enligt NTB, med hänvisning till Fiskeridirektoratet, upptäcktes rymningen vid en rutinkontroll.",
     "upptäcktes rymningen vid en rutinkontroll"),
    ("Den norska tidningen Nordlys skriver, med hänvisning till Fiskeridirektoratet, att rymningen upptäcktes i går.",
     "rymningen upptäcktes i går"),
])
def test_an_outlet_citing_its_source_relays_it(body, content):
    st = one(body)
    assert st.content.text == content and st.cue.text == "med hänvisning till"
    assert st.speaker.name == "Fiskeridirektoratet" and st.via == [st.via[0]] and st.via[0] in ("NTB", "Nordlys")


def test_a_title_in_the_definite_plural_is_a_group_and_one_with_an_article_a_person():
    sts = statements("Grannarna berättar att det small två gånger.\n\nResenärerna säger att tåget stod still.\n\n"
                     "En anhörig säger att familjerna inte har fått någon information.\n\n"
                     "Iranska statliga medier har hävdat att fartyget smugglade olja.")
    assert [s.speaker.type for s in sts] == ["group", "group", "person", "group"]


def test_a_party_in_brackets_then_a_role_in_commas_sit_between_subject_and_verb():
    st = one("Johan Persson (M), regionråd i Region Jämtland Härjedalen, menar att bilden är för mörk.")
    assert st.speaker.name == "Johan Persson" and st.speaker.organization == "Moderaterna"
    assert st.content.text == "bilden är för mörk"


def test_a_number_of_people_is_a_group_that_a_definite_plural_repeats():
    sts = statements("Ambulanserna har blivit för få. Det skriver 31 distriktsläkare i en debattartikel.\n\n"
                     "Enligt läkarna kan det ta en timme innan ambulansen kommer.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [("31 distriktsläkare", "group")] * 2


def test_kommunalradet_is_the_chair_of_the_municipal_board_not_a_council():
    sts = statements("– Vi ber om ursäkt, sa Birgitta Lundqvist (S), kommunstyrelsens ordförande.\n\n"
                     "Kommunalrådet medgav att rutinerna inte hade fungerat.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [("Birgitta Lundqvist", "person")] * 2


def test_an_age_between_subject_and_verb_and_two_titles_before_a_name():
    sts = sagt.extract("Influencern rasar mot modekedjan: ”Kopierat rakt av”\n\n"
                       "Influencern och designern Tindra Holm, 27, hävdar att kedjan har kopierat hennes tröja.").statements
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [("Tindra Holm", "person")] * 2
    assert sts[1].content.text == "kedjan har kopierat hennes tröja"


def test_an_epithet_is_the_person_last_named_and_an_age_in_a_headline_the_person_of_that_age():
    sts = sagt.extract("19-årige hjälten: ”Bästa känslan i hela mitt liv”\n\n"
                       "Avgörandet kom när 19-årige Elias Kroon nickade in 2–1.\n\n"
                       "– Det svider, säger Johan Brink till C More.\n\n"
                       "Den tidigare landslagsspelaren medger att laget tappade energi.").statements
    assert [s.speaker.name for s in sts] == ["Elias Kroon", "Johan Brink", "Johan Brink"]
    assert sts[1].via == ["C More"]


def test_interview_answers_belong_to_the_interviewee_not_a_colleague_quoted_once():
    sts = sagt.extract("Gunnel har tagit emot 5 000 barn: ”Varje förlossning är ett mirakel”\n\n"
                       "I fredags gick barnmorskan Gunnel Rask sitt sista nattpass.\n\n"
                       "Kollegan Fatima Lindqvist säger att Gunnel Rask har varit förlossningens lugna hamn.\n\n"
                       "Hur känns det att sluta?\n\n– Konstigt. Jag har gått dit i fyrtio år.\n\n"
                       "Enligt regionen är 14 tjänster vakanta. Hur ser du på bristen?\n\n– Folk slutar, och lönen är låg.").statements
    assert [s.speaker.name for s in sts] == ["Gunnel Rask", "Fatima Lindqvist", "Gunnel Rask", "regionen", "Gunnel Rask"]


def test_appositions_with_a_capitalised_title_an_acronym_and_a_former_title():
    sts = statements("Gustav Ahlvik, Moderaternas Europaparlamentariker, säger att förslaget är dåligt.\n\n"
                     "Elin Marklund, forskare vid Totalförsvarets forskningsinstitut, FOI, menar att det gäller kartläggning.\n\n"
                     "Ulf Hägglöf, pensionerad generalmajor och ledamot av Kungl. Krigsvetenskapsakademien, "
                     "anser att Sverige har varit naivt.\n\n– Lagen är gammal, säger den före detta generalen.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [
        ("Gustav Ahlvik", "person"), ("Elin Marklund", "person"), ("Ulf Hägglöf", "person"), ("Ulf Hägglöf", "person")]


def test_a_narrator_verb_joined_to_the_cue_ends_the_quote():
    st = one("– Det är inte sant, säger Sofie Ek och skrattar.")
    assert st.content.text == "Det är inte sant" and st.speaker.name == "Sofie Ek"
    st = one("– Vi är redo, säger Eva Lind, och vi vill förhandla.")
    assert st.content.text == "Vi är redo, säger Eva Lind, och vi vill förhandla"


def test_a_frequency_adverb_between_the_cue_and_att():
    st = one("Skådespelaren Margit Holm sade ofta att teatern var ett hantverk.")
    assert st.content.text == "teatern var ett hantverk" and st.speaker.name == "Margit Holm"


def test_a_year_after_the_outlet_dates_the_interview_and_is_no_part_of_its_name():
    st = one("– Jag är en snickare, sade Margit Holm i en intervju med Vestmanlands Läns Tidning 2015.")
    assert st.content.text == "Jag är en snickare" and st.via == ["Vestmanlands Läns Tidning"]


def test_an_outlet_named_like_one_is_an_organisation_that_no_pronoun_refers_to():
    sts = statements("Artisten Jessica Wahl har gift sig, berättar hon i en intervju med Svensk Damtidning.\n\n"
                     "– Vi ville inte ha någon cirkus, säger hon till tidningen.\n\n"
                     "Det var Daniel Öhrn som friade, enligt Svensk Damtidning.")
    assert [(s.speaker.name, s.speaker.type) for s in sts][-2:] == [
        ("Jessica Wahl", "person"), ("Svensk Damtidning", "organization")]


def test_a_name_opening_reported_content_is_the_topic_a_pronoun_that_misfits_the_reporter_goes_on_about():
    sts = statements("Dottern Anna Berg säger att mamman var dramatisk.\n\n"
                     "Margit Holm var klar i huvudet ända till slutet, enligt sonen.\n\n"
                     "– Nej, jag är inte rädd, svarade hon.")
    assert [s.speaker.name for s in sts][-1] == "Margit Holm"
    sts = statements("Förbundskaptenen Jenny Åström hoppas att Emma Rask ska kunna spela.\n\n"
                     "– Hon är en av våra viktigaste spelare, säger hon.")
    assert [s.speaker.name for s in sts] == ["Jenny Åström", "Jenny Åström"]


def test_a_title_no_one_had_before_is_the_person_the_next_paragraph_names_with_it():
    sts = statements("En 34-årig man häktades i går. Mannen nekar till brott, enligt hans försvarare.\n\n"
                     "– Han blev angripen först, säger advokaten Magnus Ferm till TT.")
    assert [s.speaker.name for s in sts] == ["Magnus Ferm", "Magnus Ferm"]
    sts = statements("Enligt åklagaren kände männen varandra.\n\nEn granne hörde skrik.\n\n"
                     "– Vi har spår, säger kammaråklagare Jenny Holmér.")
    assert sts[0].speaker.name == "åklagaren"  # named two paragraphs on: too far to tie


def test_a_prepositional_phrase_after_the_cue_clause_continues_the_quote_unless_it_tells_of_the_speech():
    st = one("– Det här är en seger, säger ordföranden Inga Sarri, för renen och för alla som har kämpat.")
    assert st.content.text == "Det här är en seger, säger ordföranden Inga Sarri, för renen och för alla som har kämpat"
    for setting in ("efter matchen", "på en presskonferens i Luleå", "med ett leende"):
        st = one(f"– Vi var bäst, sa tränaren Per Ek, {setting}.")
        assert st.content.text == "Vi var bäst", setting


def test_a_heading_with_a_subject_and_speech_verb_before_a_colon_reports_without_quotation_marks():
    sts = sagt.extract("Polisen varnar: Håll er inomhus i kväll\n\nEn storm drar in över kusten.").statements
    assert [(s.kind, s.content.text, s.cue.text, s.speaker.name) for s in sts] == [
        ("indirect", "Håll er inomhus i kväll", "varnar", "Polisen")]
    for title in ("Uppgifter: Iran nära ett avtal",
                  "Elias Ek firar framför klacken. Foto: Anna Berg"):
        assert sagt.extract(f"{title}\n\nEn storm drar in över kusten.").statements == [], title


def test_an_origin_adjective_is_no_part_of_the_name_after_it():
    sts = statements("Stockholmsbaserade Nordlys har tagit in 40 miljoner kronor. Det skriver bolaget i ett pressmeddelande.",
                     title="Nordlys tar in pengar – ska ut i Europa")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [("Nordlys", "organization")]


def test_a_sentence_opening_with_a_title_mentions_the_person_a_later_pronoun_refers_to():
    sts = statements("Nordlys grundades 2021 av Sofia Rahimi, i dag vd.\n\n"
                     "Petra Nordin, analytiker på Gridwise, påpekar att konkurrensen hårdnar.\n\n"
                     "Nordlys vd är inte orolig. Hon menar att bolaget har ett försprång.")
    assert [s.speaker.name for s in sts] == ["Petra Nordin", "Sofia Rahimi"]
    assert sts[1].speaker.role == "vd"


def test_a_description_repeated_from_the_last_speaker_is_the_same_source():
    sts = statements("Nordlys har tagit in 40 miljoner kronor. Det skriver bolaget i ett pressmeddelande.\n\n"
                     "Rundan leds av riskkapitalbolaget Havbro Ventures.\n\n"
                     "”Nu kan vi växa i Europa”, skriver bolaget vidare.", title="Nordlys tar in pengar")
    assert [s.speaker.name for s in sts] == ["Nordlys", "Nordlys"]


def test_an_organisations_genitive_before_a_noun_is_the_organisation_which_its_noun_repeats():
    sts = statements("Beslutet fattades av Region Gävleborgs regionledning.\n\n"
                     "Vårdförbundets ordförande i Gävleborg, Tove Renström, är inte förvånad.\n\n"
                     "Hon uppger att 30 har slutat. Förbundet kräver nu att regionen höjer ersättningen.")
    assert [s.speaker.name for s in sts] == ["Tove Renström", "Vårdförbundet"]
    st = one("Volvo Cars varslar 1 200 anställda, uppger företaget.")
    assert st.speaker.name == "Volvo Cars"


def test_an_authority_named_by_its_seat_keeps_the_county_and_is_what_myndigheten_repeats():
    sts = statements("Länsstyrelsen i Norrbottens län avslår gruvbolaget Ravnek Minerals ansökan. I beslutet skriver "
                     "myndigheten att verksamheten skulle försvåra rennäringen.\n\n"
                     "Riksintresset väger tyngre, enligt länsstyrelsen.")
    assert [s.speaker.name for s in sts] == ["Länsstyrelsen i Norrbottens län"] * 2


def test_an_ampersand_joins_one_organisations_name():
    st = one("Förläggaren Erik Sandin på Lindblom & Co säger att förlaget har sålt rättigheterna.")
    assert st.speaker.name == "Erik Sandin" and st.speaker.organization == "Lindblom & Co"
    st = one("Anna Ek på Ernst & Young menar att det är bra.")
    assert st.speaker.name == "Anna Ek" and st.speaker.organization == "Ernst & Young"


def test_a_title_no_one_has_is_the_last_speaker_named_without_one():
    sts = statements("Mattias Ny har undervisat på skolan i 19 år. Han berättar att eleverna är oroliga.\n\n"
                     "Läraren påpekar också att resultaten är goda.")
    assert [s.speaker.name for s in sts] == ["Mattias Ny", "Mattias Ny"]
    sts = statements("Rektorn Anna Berg säger att skolan stänger.\n\nLäraren påpekar att resultaten är goda.")
    assert [s.speaker.name for s in sts] == ["Anna Berg", "Läraren"]  # she has a title of her own


def test_a_fronted_time_adverbial_with_an_intensifier_puts_the_subject_after_the_verb():
    st = one("Strax efter klockan halv elva meddelade Trafikverket att ett första tåg hade släppts fram.")
    assert st.speaker.name == "Trafikverket" and st.content.text == "ett första tåg hade släppts fram"


def test_a_name_opening_with_a_collected_organisation_is_its_branch_not_a_person():
    sts = statements("Fackförbundet Seko menar att stölderna drabbar personalen.\n\n"
                     "– Vi blir utskällda, säger Kjell Rosén, ordförande för Seko Skåne, till Sydsvenskan.\n\n"
                     "Han kräver att kameror sätts upp, skriver Sydsvenskan.")
    assert [s.speaker.name for s in sts] == ["Seko", "Kjell Rosén", "Kjell Rosén"]


def test_facket_is_the_union_named_before_and_a_compilation_speaks_for_whoever_made_it():
    sts = statements("Maria Öhman, ordförande för IF Metalls klubb på fabriken, säger att beskedet kom som en chock.\n\n"
                     "Facket kräver att bolaget erbjuder frivilliga avgångar.")
    assert [s.speaker.name for s in sts] == ["Maria Öhman", "IF Metall"]
    st = one("Analytikerna hade räknat med 380 miljoner kronor, enligt en sammanställning från analysfirman Nordkvant.")
    assert st.speaker.name == "Nordkvant" and st.speaker.type == "organization"


def test_signatories_are_who_wrote_the_article_and_a_headlines_bare_plural_the_group_the_body_introduces():
    sts = sagt.extract("Läkare larmar: Ambulanserna räcker inte\n\n"
                       "Ambulanserna har blivit för få. Det skriver 31 distriktsläkare i en debattartikel.\n\n"
                       "Debattörerna kräver att staten tar ett större ansvar.").statements
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [("31 distriktsläkare", "group")] * 3


def test_a_relative_clause_after_a_name_gives_no_role_and_a_title_then_names_the_last_speaker():
    sts = statements("Eva Sund, vars 87-åriga mamma vårdades på avdelningen, är inte förvånad.\n\n"
                     "– Mamma tryckte på larmet i fyrtio minuter, säger hon.\n\nDottern berättar att hon anmälde händelsen.")
    assert [s.speaker.name for s in sts] == ["Eva Sund", "Eva Sund"] and sts[0].speaker.role is None


def test_an_acronym_and_an_outlets_short_name_are_the_fullest_name_the_article_gives():
    sts = sagt.extract("IVO om sjukhuset: ”Patienter har lämnats utan tillsyn”\n\n"
                       "Inspektionen för vård och omsorg, IVO, riktar kritik mot avdelningen.\n\n"
                       "IVO kräver att regionen redovisar åtgärder.").statements
    assert [s.speaker.name for s in sts] == ["Inspektionen för vård och omsorg"] * 2
    sts = statements("Dagens Nyheter menar att marken behövs. Samtidigt varnar DN för att tågen inte räcker.")
    assert [s.speaker.name for s in sts] == ["Dagens Nyheter", "Dagens Nyheter"]


def test_a_label_paragraph_names_the_speaker_of_a_quotation_over_several_paragraphs():
    sts = statements("Svenska Dagbladet (obunden moderat):\n\n”Äntligen har en regering vågat.\n\n"
                     "”Men ett beslut är inte en plan.”\n\nExpressen (oberoende liberal):\n\n”Ingen vet vad orden är värda.”")
    assert [(s.content.text, s.speaker.name, s.cue) for s in sts] == [
        ("Äntligen har en regering vågat.\n\n”Men ett beslut är inte en plan", "Svenska Dagbladet", None),
        ("Ingen vet vad orden är värda", "Expressen", None)]


def test_an_interpellation_debate_questions_replies_and_a_party_noun_that_introduced_a_name():
    sts = statements("Riksdagen debatterade en interpellation från socialdemokraten Annika Strand till "
                     "justitieminister Fredrik Malm (M).\n\n"
                     "I interpellationen skriver Strand, som är invald för Jämtlands län, att det tar en timme.\n\n"
                     "Hon frågade också vilka åtgärder ministern tänker vidta.\n\n"
                     "– Det är precis det svaret folk är trötta på, replikerade hon.\n\n"
                     "Socialdemokraten påpekade att regeringen har satt upp ett mål.\n\n"
                     "Klubben har frågat om framtiden vid varje möte.")
    assert [(s.kind, s.cue.text, s.speaker.name) for s in sts] == [
        ("indirect", "skriver", "Annika Strand"), ("indirect", "frågade", "Annika Strand"),
        ("direct", "replikerade", "Annika Strand"), ("indirect", "påpekade", "Annika Strand")]
    assert sts[1].content.text == "vilka åtgärder ministern tänker vidta"


def test_relays_a_conflict_report_uses_citeras_av_i_kanalen_and_sources_for_an_agency():
    sts = statements("Minst fyra soldater har dödats, enligt uppgifter från båda sidor.\n\n"
                     "”Alla provokationer besvaras”, skriver ministeriet i ett uttalande som citeras av AFP.\n\n"
                     "Enligt den statliga tv-kanalen AzTV har drönare angripit en lastbil.\n\n"
                     "– De sprider desinformation, sade talespersonen Rauf Hasanov i kanalen på tisdagen.\n\n"
                     "Ett möte planeras i Genève, uppger diplomatiska källor för Reuters.\n\n"
                     "Enligt den italienska sporttidningen Corriere dello Sport är han förstahandsvalet.")
    assert [(s.speaker.name, s.speaker.type, s.via) for s in sts] == [
        ("båda sidor", "group", []), ("ministeriet", "organization", ["AFP"]), ("AzTV", "organization", []),
        ("Rauf Hasanov", "person", ["AzTV"]), ("diplomatiska källor", "unknown", ["Reuters"]),
        ("Corriere dello Sport", "organization", [])]


def test_an_outlets_leader_page_is_the_outlet_and_councils_and_foreign_services_are_organisations():
    sts = statements("Aftonbladets ledarsida konstaterar att det är väljarna som vinner.\n\n"
                     "EU:s utrikestjänst skriver i ett uttalande att unionen är oroad.\n\n"
                     "Svenska Finlands folkting varnar för att skolor läggs ned.\n\n"
                     "Bolagets vd säger att varslet är tungt.\n\nStrejken gäller e-handelsföretaget Nordlagret. Utanför Nordlagrets lager står strejkvakter. Nordlagret uppger att leveranserna dröjer.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [
        ("Aftonbladet", "organization"), ("EU:s utrikestjänst", "organization"),
        ("Svenska Finlands folkting", "organization"), ("Bolagets vd", "person"), ("Nordlagret", "organization")]


def test_a_date_before_the_verb_is_no_speaker():
    sts = statements("Elna Persson var fiskarhustru.\n\nDen 1 oktober 1943 skriver hon: ”Olle var ute på sundet i kväll.”")
    assert [(s.speaker.name, s.cue.text) for s in sts] == [("Elna Persson", "skriver")]


def test_a_consumer_test_with_a_product_name_a_magazine_relay_and_a_standard():
    sts = statements("Nordlys Care skriver i ett mejl till Råd & Rön att företaget har testat produkten.\n\n"
                     "Jessica Ahmadi har två barn. Hon köpte Solbris Kids inför resan.\n\n"
                     "– Ändå blev sjuåringen bränd, säger hon.\n\n"
                     "Ett laboratorium mätte skyddsfaktorn enligt standarden ISO 24444.")
    assert [(s.speaker.name, s.speaker.type, s.via) for s in sts] == [
        ("Nordlys Care", "organization", ["Råd & Rön"]), ("Jessica Ahmadi", "person", [])]


def test_a_court_of_appeal_its_witnesses_and_an_unnamed_defendant():
    sts = statements("Hovrätten för Nedre Norrland friar en 52-årig man från försök till mord.\n\n"
                     "Det är inte visat att mannen hade uppsåt att döda, skriver hovrätten i domen.\n\n"
                     "En budbilschaufför som råkade passera vittnade om att grannen låg på marken.\n\n"
                     "– Jag trodde först att han var död, sade chauffören när han hördes.\n\n"
                     "Den 52-årige har hävdat att han handlade i nödvärn. Han sade i rätten att han inte minns.")
    assert [(s.speaker.name, s.speaker.type) for s in sts] == [
        ("Hovrätten för Nedre Norrland", "organization"), ("budbilschaufför", "person"),
        ("budbilschaufför", "person"), ("52-årige", "person"), ("52-årige", "person")]
    assert sts[2].content.text == "Jag trodde först att han var död"


def test_an_age_description_is_the_man_last_named_and_a_time_before_the_first_of_two_verbs():
    sts = statements("Dottern Linnea Berg växte upp i fabriken.\n\n"
                     "En kväll ringde pappan och sade att han funderade på att lägga ned.\n\n"
                     "Gunnar Berg ser annorlunda på saken.\n\n"
                     "– Jag tänkte aldrig lägga ned, säger den 71-årige med ett snett leende.")
    assert [(s.speaker_mention.text, s.speaker.name) for s in sts] == [
        ("pappan", "pappan"), ("den 71-årige", "Gunnar Berg")]
    assert sts[1].content.text == "Jag tänkte aldrig lägga ned"


def test_de_refers_past_one_of_the_group_and_a_fronted_participle_is_no_subject():
    sts = statements("Demonstranterna kräver att gruvorna stoppas.\n\n"
                     "– Man kan inte köra över dem som lever på marken, säger Áila Kuoljok, en av arrangörerna.\n\n"
                     "De menar att besöket är ett sätt att grönmåla gruvindustrin.\n\n"
                     "Tillfrågad om protesterna svarade Reyes Ossandón att kraven har skärpts, rapporterar AFP.")
    assert [(s.speaker.name, s.via) for s in sts] == [
        ("Demonstranterna", []), ("Áila Kuoljok", []), ("Demonstranterna", []), ("Reyes Ossandón", ["AFP"])]


def test_a_review_in_an_outlet_is_the_outlets_own_and_a_listed_organisation_in_lower_case_is_one():
    sts = statements("Enligt en granskning i Dagens Nyheter har Lumora använt artiklar utan tillstånd.\n\n"
                     "Svenska kraftnät varnar för att det kan bli ont om el.")
    assert [(s.speaker.name, s.speaker.type, s.via) for s in sts] == [
        ("Dagens Nyheter", "organization", []), ("Svenska kraftnät", "organization", [])]


def test_another_witness_a_local_papers_acronym_and_no_relay_inside_a_relative_clause():
    sts = statements("Gärningsmännen flydde mot centrum, uppger ett annat vittne för Aftonbladet.\n\n"
                     "Flera föräldrar som NA har talat med menar att kommunen har vetat.\n\n"
                     "– Ingen ringde tillbaka, säger en pappa som inte vill se sitt namn i tidningen.")
    assert [(s.speaker.name, s.via) for s in sts] == [
        ("vittne", ["Aftonbladet"]), ("Flera föräldrar som NA har talat med", ["NA"]), ("pappa", [])]


def test_a_programme_named_with_its_channel_is_a_relay():
    st = one("Oskar Wahlgren sade redan i fredags i P1-morgon att regeringen har svikit.")
    assert st.via == ["P1-morgon"] and st.content.text == "regeringen har svikit"


def test_anklaga_reports_what_follows_its_object_and_a_researcher_title_in_an_apposition():
    sts = statements("Aktivisterna anklagar förhandlarna för att låta oljeländerna styra dagordningen.\n\n"
                     "Hon anklagar honom för stöld.\n\n"
                     "Medförfattaren Ali Rahimi, doktorand vid Lunds observatorium, förklarar att forskarna mätte ljuset.")
    assert [(s.content.text, s.speaker.name) for s in sts] == [
        ("låta oljeländerna styra dagordningen", "Aktivisterna"), ("forskarna mätte ljuset", "Ali Rahimi")]
