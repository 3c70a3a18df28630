#!/usr/bin/env python3
"""Build tests/data/sv-blind6.jsonl: blind gold set 6 of invented Swedish news.

How it was written blind: the annotator read only ../../../shared/guidelines.md
(twice), the reference article ../../../shared/seed/svt-putin-scholz.txt and
make_handwritten_gold.py (for its markup API and example articles). No engine
source, training data, benchmark, other generator or other gold file was read,
and the sagt engine was never imported or run. Every person, company, club,
small place and event is invented; real countries, parties, authorities,
agencies and outlets appear only as background, relays or sources.

The 12 genres (one article each):
  1. bl6-svt-statsbesok       state visit (court information chief, foreign head
                              of state via AFP, prime minister, protesters)
  2. bl6-vk-stolfabrik        long-form portrait of a family business; father
                              and daughter Berglund, "den 71-årige"
  3. bl6-ab-skjutning         police press conference after a shooting; area
                              chief, prosecutor, press spokesperson, anonymous
                              witnesses to Aftonbladet
  4. bl6-tt-klimatmote        climate summit relayed by TT/AFP/Reuters; minister
                              "i Ekot", activists, anonymous EU diplomat
  5. bl6-breakit-ai           AI startup; Financial Times, Linkedin, X, company
                              statement, DN investigation
  6. bl6-na-skolinspektionen  school criticised by Skolinspektionen; principal,
                              pupils by first name and age, parents
  7. bl6-dn-exoplanet         astronomy discovery; press release, lead author,
                              co-author, sceptic "till New Scientist"
  8. bl6-exp-elpriset         energy prices; SEB and Swedbank analysts, energy
                              minister, Svenska kraftnät, a household in Norrbotten
  9. bl6-st-hovratt           court of appeal; testimony, prosecutor, defence
                              lawyer, "skriver hovrätten"
 10. bl6-sportbladet-bandy    bandy SM final; coaches and players to Sportbladet
                              and SVT Sport, captains, referee committee
 11. bl6-sr-lordagsintervju   radio programme write-up; Ekots lördagsintervju,
                              P1-morgon, opposition, relays via DN and SR
 12. bl6-svt-dementi          denial story; politician denies quotes, editor-in-
                              chief stands by them, party colleague, opposition

Arguable calls (decided as follows):
  - Headlines "X: ”...”" are required direct statements with X as the speaker
    mention (and a cue only when the headline has a verb: "Kommunalrådet
    förnekar citaten: ”...”"). Quoted crossheads/subheads with no speaker
    ("”En förebild för omställningen”", "”Förut filmade de”") and a headline
    "Elpriset rusar i norr: ”...”" whose left part is not a speaker are optional
    directs given to the person who says it in the body. The unquoted crosshead
    "Ministern: Europa kan inte betala ensamt" is an optional indirect.
  - "kallade Chile ”...”", "kallar beskedet ”...”" (a quoted epithet without a
    clause) are optional directs, as in the handwritten set.
  - A quoted banner text ("”Inga pengar, ingen trovärdighet”, stod det på en av
    banderollerna") is an optional direct by the activists, without cue.
  - "..., visar siffror från elbörsen Nord Pool" is optional (data, not speech).
  - Nested attribution: "Enligt Nordvästra Posten sade Maria Wennström ... att
    ”...”" is a required mixed statement by the newspaper; the inner quote
    attributed to Wennström (which she denies) is optional, direct, via the
    newspaper.  A denial ("förnekar att hon har kallat byskolorna ”en lyx”")
    is a statement whose content is the denied clause.
  - via is given only when the relay is written in the statement's own
    sentence: "till X", "för X", "enligt X", "i Ekot", "i Ekots
    lördagsintervju" (via "Ekot"), "i P1-morgon" (via "P1-morgon"),
    ", rapporterar AFP/Reuters", "som X har talat med" (via X). The relay is
    given even when it is the publishing outlet itself ("till Aftonbladet" in
    Aftonbladet, "till ST" in ST). Follow-up quotes in later sentences get no
    via. Linkedin and X are platforms, not relays (no via). "Enligt en
    granskning i Dagens Nyheter" makes DN the speaker, not a via.
  - Unnamed sources get a short descriptive speaker: "kvinna", "vittne",
    "flera boende", "EU-diplomat", "pappa", "grannens fru", "budbilschaufför",
    "grannen", "mannen" (the 52-year-old defendant), "källor i
    Regeringskansliet" (unknown). Pupils are named by first name only.
  - Groups vs organisations: demonstranterna, klimataktivister, de minst
    utvecklade länderna, flera föräldrar, flera boende are groups; EU, polisen,
    Svenska kraftnät, Skolinspektionen, the courts, Lumora, Journalistförbundet,
    Nordvästra Posten, mötets kenyanska ordförandeskap are organisations.
  - "Enligt pressmeddelandet" and "enligt domen" are given to the issuing
    organisation (Lunds universitet, Hovrätten för Nedre Norrland).
  - Stance/estimate verbs "bedömer", "uppskattar", "tror", "tycker", "menar",
    "hoppas" are cues (required); so are "erkänner", "vittnade", "anklagar",
    "har signalerat", "lovar", "kräver".
  - Cue spans are the verb alone: "vittnade" (not "vittnade om"), "varnar"
    (not "varnar för"), "anklagar" (not "... för att").
  - Speaker mentions include a preceding role ("polisområdeschef Camilla
    Strömberg") but not a following apposition, age or relative clause
    ("Johan Sved, råvaruanalytiker på SEB" -> "Johan Sved").
  - Two statements sharing one subject ("Ståhlberg tror att ..., men medger
    att ...") share the speaker mention.
  - "Det uppger/säger X." takes all sentences of its paragraph before "Det"
    as content (two sentences in the prosecutor's and the minister's case).
  - An interrupted dash quote that continues with a new sentence after the
    cue ("– Fast jag fick ju aldrig välja, säger han. Farsan ...") is one
    statement. A quote in ” that spans two paragraphs is one statement.
  - A dash paragraph with no cue after a speaker's turn (or after his/her
    indirect statement) is a required direct by that speaker.

Deliberately NOT marked as statements: page furniture (headlines without
attribution, bylines, "Publicerad/Uppdaterad", "Dela", "Lyssna", "PREMIUM",
"JUST NU", cookie and newsletter prompts, "Läs också:" teasers, "Relaterat",
photo captions, fact boxes, "Så arbetar vi", TT signatures); scare quotes
("beboeliga zonen", "mirakelvändning"); questions the article asks ("Och
framtiden?"); the reporter's interview question ("Frick fick i intervjun
frågan om ..."); quotes inside quotes ("I paus sa jag bara en sak: ...",
"Eleverna beskriver ..." inside Skolinspektionen's quote); refusals and
stances without reported content ("vill varken bekräfta eller dementera
uppgifterna", "står fast vid uppgifterna", "avvisar kritiken", "ger Wennström
sitt stöd", "är mer tveksam", "ser samma mönster"); narrated memories
("Hon minns lukten av lim ...", "Gunnar Berglund ser lite annorlunda
på saken"); narration of the decision's requirements
("Skolan ska redovisa sina åtgärder ... senast den 2 juni"); "höll presidenten
ett tal som ... handlade om klimatet".

usage: python3 tests/data/make_blind6_gold.py   (writes sv-blind6.jsonl beside it)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_handwritten_gold import (  # noqa: E402
    D, GRP, I, M, ORG, PER, UNK, Article, S, write_set,
)

ARTICLES: list[Article] = []


def A(id_, source, marked, *statements):
    ARTICLES.append(Article(id_, source, marked.strip("\n"), list(statements)))


# ---------------------------------------------------------------------------
# 1. State visit
# ---------------------------------------------------------------------------

A("bl6-svt-statsbesok", "invented; SVT Nyheter style, state visit", """
{{m1:Chiles president}}: ”{{c1:Sverige visar vägen}}”

Publicerad 10 juni 2025 kl 09.12
Uppdaterad 10 juni 2025 kl 16.40

Dela
Lyssna

Med kanonsalut från Skeppsholmen och kortege längs Strandvägen inleddes på tisdagen det chilenska statsbesöket. Under tre dagar ska president Catalina Reyes Ossandón träffa kungaparet, regeringen och företrädare för svensk gruvindustri.

Kungen och Chiles president vid välkomstceremonin på Logården. Foto: Jonas Ekdahl/TT

{{c2:Besöket har planerats i mer än ett år och är det första chilenska statsbesöket i Sverige sedan 1990-talet}}, {{q2:uppger}} {{m2:hovets informationschef Lotta Widerberg}}.

– {{c3:Kungen har ett starkt personligt engagemang för Chile, inte minst när det gäller polarforskningen. Det kommer att prägla hela programmet}}, {{q3:säger}} {{m3:hon}} till SVT.

{{m4:Widerberg}} {{q4:berättar}} att {{c4:kungaparet på onsdagen följer med presidenten till Norrbotten, där en ny koppargruva utanför byn Sáreluokta ska invigas}}.

”{{c5:En förebild för omställningen}}”

Vid den officiella middagen på slottet på tisdagskvällen höll presidenten ett tal som till stora delar handlade om klimatet.

– {{c6:Sverige visar vägen för hur ett land kan bryta metaller och ändå hålla sina klimatlöften}}, {{q6:sade}} {{m6:Catalina Reyes Ossandón}} enligt nyhetsbyrån AFP.

{{m7:Den chilenska presidenten}} {{q7:framhöll}} att {{c7:Sverige är ”en förebild för omställningen” och att Chile vill fördjupa samarbetet med EU om kritiska mineral}}.

Vid presskonferensen i Rosenbad tidigare under dagen var tonen lika varm. {{m8:Statsminister Johan Kjellgren}} {{q8:kallade}} Chile ”{{c8:en av våra viktigaste partner i Sydamerika}}”.

– {{c9:Vi behöver koppar och litium för att elektrifiera Sverige, och vi vill att de metallerna bryts under ordnade former. Där har våra länder mycket att lära av varandra}}, {{q9:sade}} {{m9:Kjellgren}}.

{{m10:Han}} {{q10:medgav}} att {{c10:det finns ”svåra frågor” kring gruvornas påverkan på lokalsamhällen, både i Chile och i Sverige}}.

Protester på Mynttorget

Medan presskonferensen pågick samlades ett sextiotal demonstranter på Mynttorget, många i samiska koltar och några med mapuchefolkets flagga.

{{m11:Demonstranterna}} {{q11:kräver}} att {{c11:regeringen stoppar de planerade gruvorna i Norrbotten och att Sverige slutar importera metaller från områden där ursprungsfolk inte har gett sitt samtycke}}.

– {{c12:Man kan inte prata om grön omställning och samtidigt köra över dem som lever på marken}}, {{q12:säger}} {{m12:Áila Kuoljok}}, en av arrangörerna.

{{m13:De}} {{q13:menar}} att {{c13:statsbesöket är ett sätt att ”grönmåla” gruvindustrin}}.

{{q14:Enligt}} {{m14:polisen}} {{c14:förlöpte manifestationen lugnt och ingen greps}}.

Tillfrågad om protesterna {{q15:svarade}} {{m15:Reyes Ossandón}} att {{c15:Chile har skärpt kraven på samråd med ursprungsfolk i alla nya gruvprojekt}}, rapporterar AFP.

Statsbesöket avslutas på torsdag med ett seminarium om polarforskning på Kungliga Vetenskapsakademien.

Lisa Månsson
lisa.mansson@svt.se

Läs också: Så går ett statsbesök till – från kanonsalut till galamiddag

Så arbetar vi

SVT:s nyheter ska stå för saklighet och opartiskhet. Det vi publicerar ska vara sant och relevant. Läs mer om hur vi arbetar.
""",
  S(1, D, "Catalina Reyes Ossandón"),
  S(2, I, "Lotta Widerberg"),
  S(3, D, "Lotta Widerberg", via=("SVT",)),
  S(4, I, "Lotta Widerberg"),
  S(5, D, "Catalina Reyes Ossandón", opt=True),
  S(6, D, "Catalina Reyes Ossandón", via=("AFP",)),
  S(7, M, "Catalina Reyes Ossandón"),
  S(8, D, "Johan Kjellgren", opt=True),
  S(9, D, "Johan Kjellgren"),
  S(10, M, "Johan Kjellgren"),
  S(11, I, "demonstranterna", GRP),
  S(12, D, "Áila Kuoljok"),
  S(13, M, "demonstranterna", GRP),
  S(14, I, "polisen", ORG),
  S(15, I, "Catalina Reyes Ossandón", via=("AFP",)),
)

# ---------------------------------------------------------------------------
# 2. Long-form portrait of a family business
# ---------------------------------------------------------------------------

A("bl6-vk-stolfabrik", "invented; Västerbottens-Kuriren style, long-form portrait of a family business (father and daughter share a surname)", """
PREMIUM

Stolarna från Nävervik står i halva Europa – nu tar dottern över på riktigt

I över femtio år har Gunnar Berglund drivit stolfabriken i byn där han föddes. Nu lämnar han nycklarna till dottern Linnea.

Maria Lundkvist
Publicerad 14 sep 2025 06:00
Uppdaterad 14 sep 2025 08:15

Lyssna
Dela

Det luktar björk och linolja i verkstaden. Gunnar Berglund stryker med handen över en nysvarvad stolsrygg, som för att känna efter att den blev rätt.

– {{c1:Man ser det inte med ögonen. Man känner det i fingrarna}}, {{q1:säger}} {{m1:han}}.

Den 71-årige tog över fabriken efter sin far 1973. Då hade den fyra anställda. I dag är de 34, och stolarna står på restauranger och hotell i tolv länder.

Dottern Linnea växte upp bland hyvelbänkarna. Hon minns lukten av lim och att hon fick en krona för varje säck spån hon sopade ihop.

– {{c4:Jag tyckte att pappa var världens rikaste man. Han hade ju en hel fabrik}}, {{q4:säger}} {{m4:hon}} och skrattar.

Efter gymnasiet flyttade hon till Stockholm, läste ekonomi och blev kvar i tolv år på en revisionsbyrå. {{m5:Hon}} {{q5:medger}} att {{c5:hon länge såg fabriken som pappans livsverk och inte som något som hade med henne att göra}}.

– {{c6:Jag var rädd att fastna. Att bli ”Gunnars tös” för resten av livet}}, {{q6:säger}} {{m6:Linnea Berglund}}.

Det var pandemin som förde henne hem. När restaurangerna i Europa stängde våren 2020 rasade orderingången. En kväll ringde {{m7:pappan}} och {{q7:sade}} att {{c7:han funderade på att lägga ned}}.

– {{c8:Jag hade aldrig hört honom låta så trött, {{q8:säger}} {{m8:hon}}, och jag förstod att om jag inte kom hem nu skulle det inte finnas något att komma hem till}}.

Gunnar Berglund ser lite annorlunda på saken.

– {{c9:Jag tänkte aldrig lägga ned. Jag ville bara att hon skulle komma hem}}, {{q9:säger}} {{m9:den 71-årige}} med ett snett leende.

Sedan 2021 är Linnea vd, och alla förändringar har inte gått smärtfritt. {{m11:Gunnar}} {{q11:erkänner}} att {{c11:han var emot den cnc-fräs för fyra miljoner kronor som dottern köpte in för två år sedan}}.

– {{c12:Jag trodde att den skulle ta själen ur stolarna. Men den tar bara bort det tråkiga}}, {{q12:säger}} {{m12:han}}.

{{m13:Linnea Berglund}} {{q13:tycker}} att {{c13:pappan fortfarande är fabrikens viktigaste medarbetare, trots att han officiellt gick i pension i våras}}.

– {{c14:Han står här klockan sex varje morgon. Jag har slutat försöka stoppa honom}}.

Och framtiden? {{m15:Hon}} {{q15:hoppas}} att {{c15:stolarna fortfarande ska tillverkas i Nävervik om femtio år}}.

– {{c16:Men om mina barn tar över får de välja själva. Precis som jag fick}}, {{q16:säger}} {{m16:hon}}.

Gunnar Berglund tittar upp från stolsryggen.

– {{c17:Fast jag fick ju aldrig välja, {{q17:säger}} {{m17:han}}. Farsan ställde mig vid svarven när jag var femton, och sedan var saken klar}}.

Fakta: Berglunds stolfabrik

Grundad: 1938 av Erik Berglund.
Anställda: 34.

Vill du få VK:s bästa reportage varje söndag? Prenumerera på vårt nyhetsbrev.
""",
  S(1, D, "Gunnar Berglund"),
  S(4, D, "Linnea Berglund"),
  S(5, I, "Linnea Berglund"),
  S(6, D, "Linnea Berglund"),
  S(7, I, "Gunnar Berglund"),
  S(8, D, "Linnea Berglund"),
  S(9, D, "Gunnar Berglund"),
  S(11, I, "Gunnar Berglund"),
  S(12, D, "Gunnar Berglund"),
  S(13, I, "Linnea Berglund"),
  S(14, D, "Linnea Berglund"),
  S(15, I, "Linnea Berglund"),
  S(16, D, "Linnea Berglund"),
  S(17, D, "Gunnar Berglund"),
)

# ---------------------------------------------------------------------------
# 3. Police press conference after a shooting
# ---------------------------------------------------------------------------

A("bl6-ab-skjutning", "invented; Aftonbladet style, police press conference after a shooting", """
JUST NU

{{m1:Polischefen}} efter skjutningen: ”{{c1:Vi kommer att finnas på plats}}”

Man i 20-årsåldern död – två gripna för mord

Av Emma Sjögren och Jonas Rydh
Publicerad i dag 02.14 | Uppdaterad i dag 13.37

Dela
Lyssna

En man i 20-årsåldern sköts till döds i bostadsområdet Kvarnbacken i Eskilstuna sent på söndagskvällen. Två män har gripits misstänkta för mord.

Vid en presskonferens på polishuset på måndagsförmiddagen {{q2:bekräftade}} {{m2:polisområdeschef Camilla Strömberg}} att {{c2:den skjutne mannen avled på Mälarsjukhuset strax efter midnatt}}.

– {{c3:Det här är en fruktansvärd händelse för de anhöriga och för hela Kvarnbacken. Vi kommer att finnas på plats i området dygnet runt den närmaste veckan}}, {{q3:sade}} {{m3:hon}}.

{{m4:Strömberg}} {{q4:betonade}} att {{c4:polisen i nuläget inte ser några tecken på att fler personer är i fara}}. {{m5:Hon}} {{q5:uppgav}} också att {{c5:polisen ska ansöka om tillstånd att sätta upp övervakningskameror vid Kvarnbackstorget}}.

{{c6:Två män i 20-årsåldern greps i en lägenhet i centrala Eskilstuna under natten. Båda är nu anhållna, misstänkta för mord}}. Det {{q6:uppger}} {{m6:kammaråklagare Jonas Wirén}}, som leder förundersökningen.

– {{c7:Vi har säkrat en hel del spår på brottsplatsen och vi håller förhör med ett antal personer. Mer än så kan jag inte säga i dag}}, {{q7:säger}} {{m7:Wirén}} till Aftonbladet.

Åklagaren vill varken bekräfta eller dementera uppgifterna om att ett vapen har hittats.

Larmet kom 22.41

{{q8:Enligt}} {{m8:polisens presstalesperson Niklas Ferm}} {{c8:larmades polisen klockan 22.41 av flera personer som hört skott vid en parkering på Kvarnbacksvägen}}.

– {{c9:När den första patrullen kom fram låg mannen på marken. Kollegorna påbörjade hjärt- och lungräddning direkt}}, {{q9:säger}} {{m9:han}}.

– {{c10:Vi förstår att många är rädda, {{q10:säger}} {{m10:Niklas Ferm}}, men vi vill uppmana alla som har sett eller hört något att höra av sig till oss}}.

{{m11:En kvinna som bor i huset intill parkeringen}} {{q11:säger}} till Aftonbladet att {{c11:hon hörde fyra eller fem smällar i snabb följd}}.

– {{c12:Först trodde jag att det var fyrverkerier. Sedan hörde jag någon skrika på hjälp}}, {{q12:säger}} {{m12:hon}}, som inte vill framträda med namn.

{{c13:Gärningsmännen flydde på elsparkcyklar i riktning mot centrum}}, {{q13:uppger}} {{m13:ett annat vittne}} för Aftonbladet.

{{m14:Flera boende}} som Aftonbladet har talat med {{q14:berättar}} att {{c14:det har varit oroligt i området sedan i våras}}.

Fakta: Har du information?

Ring polisen på 114 14 eller tipsa via polisen.se. Vid pågående brott, ring 112.

Läs också: Tre skjutningar i Eskilstuna på en månad – det här vet vi

Har du tips? Mejla tipsa@aftonbladet.se
""",
  S(1, D, "Camilla Strömberg"),
  S(2, I, "Camilla Strömberg"),
  S(3, D, "Camilla Strömberg"),
  S(4, I, "Camilla Strömberg"),
  S(5, I, "Camilla Strömberg"),
  S(6, I, "Jonas Wirén"),
  S(7, D, "Jonas Wirén", via=("Aftonbladet",)),
  S(8, I, "Niklas Ferm"),
  S(9, D, "Niklas Ferm"),
  S(10, D, "Niklas Ferm"),
  S(11, I, "kvinna", via=("Aftonbladet",)),
  S(12, D, "kvinna"),
  S(13, I, "vittne", via=("Aftonbladet",)),
  S(14, I, "flera boende", GRP, via=("Aftonbladet",)),
)

# ---------------------------------------------------------------------------
# 4. Climate summit relayed by TT, AFP and Reuters
# ---------------------------------------------------------------------------

A("bl6-tt-klimatmote", "invented; TT wire style, climate summit relayed by AFP and Reuters", """
Klimatmötet i Nairobi på övertid – strid om pengarna

Publicerad 22 november 2025 kl 11.02

Klimattoppmötet i Nairobi har gått på övertid. Natten till lördagen satt förhandlarna fortfarande i slutna rum, utan att ha enats om hur mycket de rika länderna ska betala till de fattigaste.

{{c1:Ett nytt utkast till slutdokument väntas tidigast under lördagseftermiddagen}}, {{q1:uppger}} {{m1:mötets kenyanska ordförandeskap}} enligt nyhetsbyrån AFP.

– {{c2:Vi är närmare än vi har varit på hela veckan, men det återstår flera svåra frågor}}, {{q2:sade}} {{m2:Kenyas chefsförhandlare Wanjiru Odhiambo}} till journalister vid femtiden på morgonen, enligt AFP.

Striden gäller framför allt ett nytt mål för klimatfinansieringen efter 2030. {{m3:De minst utvecklade länderna}} {{q3:kräver}} att {{c3:de rika länderna åtar sig att betala minst 500 miljarder dollar om året}}.

– {{c4:För oss är det här ingen förhandling om procentsatser. Det är en förhandling om vilka öar som finns kvar om femtio år}}, {{q4:säger}} {{m4:Tuvalus förhandlare Losana Teafa}} till Reuters.

{{m5:EU}} har {{q5:signalerat}} att {{c5:unionen kan gå med på en högre siffra om även Kina och Saudiarabien bidrar}}.

{{c6:Flera medlemsländer, däribland Polen och Ungern, har dock satt ned foten}}, {{q6:uppger}} {{m6:en EU-diplomat}} för Reuters. {{m7:Diplomaten}}, som inte vill framträda med namn, {{q7:säger}} att {{c7:stämningen i EU-delegationen är ”spänd men inte desperat”}}.

{{m8:Ministern}}: {{c8:Europa kan inte betala ensamt}}

Sveriges klimat- och miljöminister Helena Ståhlberg (KD) är på plats i Nairobi.

– {{c9:Sverige har varit tydligt med att vi är beredda att ta vårt ansvar. Men det kan inte vara Europa ensamt som betalar}}, {{q9:säger}} {{m9:hon}} i Ekot.

{{m10:Ståhlberg}} {{q10:tror}} att {{c10:ett avtal kan vara klart under söndagen}}, men {{q11:medger}} att {{c11:risken för ett sammanbrott är ”större än vi hade räknat med”}}.

Utanför konferensområdet demonstrerade flera hundra klimataktivister under fredagen. {{m12:De}} {{q12:anklagar}} förhandlarna för att {{c12:låta oljeländerna styra dagordningen}}.

”{{c13:Inga pengar, ingen trovärdighet}}”, stod det på en av banderollerna.

– {{c14:Varje timme de sitter där inne dör någon av torka eller översvämningar. Det är ingen överdrift}}, {{q14:säger}} {{m14:aktivisten Amani Wekesa}}, 19, till AFP.

{{m15:Brasiliens förhandlare Rafael Tavares}} {{q15:varnade}} under fredagskvällen för att {{c15:ett svagt avtal kan bli ”värre än inget avtal alls”}}, rapporterar Reuters.

{{q16:Enligt}} {{m16:FN:s klimatsekretariat}} {{c16:är över 190 länder representerade vid mötet, som samlar omkring 40 000 deltagare}}.

Fakta: Klimatfinansiering

Klimatfinansiering är pengar som rika länder betalar till fattigare länder för att minska utsläppen och anpassa sig till ett varmare klimat. Frågan har varit en av de svåraste vid FN:s klimatmöten i mer än tjugo år.

TT
""",
  S(1, I, "mötets kenyanska ordförandeskap", ORG, via=("AFP",)),
  S(2, D, "Wanjiru Odhiambo", via=("AFP",)),
  S(3, I, "de minst utvecklade länderna", GRP),
  S(4, D, "Losana Teafa", via=("Reuters",)),
  S(5, I, "EU", ORG),
  S(6, I, "EU-diplomat", via=("Reuters",)),
  S(7, M, "EU-diplomat"),
  S(8, I, "Helena Ståhlberg", opt=True),
  S(9, D, "Helena Ståhlberg", via=("Ekot",)),
  S(10, I, "Helena Ståhlberg"),
  S(11, M, "Helena Ståhlberg", m="m10"),
  S(12, I, "klimataktivister", GRP),
  S(13, D, "klimataktivister", GRP, opt=True),
  S(14, D, "Amani Wekesa", via=("AFP",)),
  S(15, M, "Rafael Tavares", via=("Reuters",)),
  S(16, I, "FN:s klimatsekretariat", ORG),
)

# ---------------------------------------------------------------------------
# 5. Tech/AI startup
# ---------------------------------------------------------------------------

A("bl6-breakit-ai", "invented; Breakit style, AI startup with translated English sources, Linkedin and X posts, company statement", """
Breakit

Vi använder cookies för att ge dig en bättre upplevelse. Acceptera alla | Hantera inställningar

AI-bolaget Lumora tar in 600 miljoner – kritiseras för träningsdatan

{{m1:Elin Marklund}}: ”{{c1:Vi har inget att dölja}}”

Johan Sandell
Publicerad 4 mars 2025, 07:30

Dela

Stockholmsbolaget Lumora, som utvecklar språkmodeller för de nordiska språken, har tagit in motsvarande 600 miljoner kronor i en ny finansieringsrunda. Rundan leds av den amerikanska riskkapitalfirman Harbor Peak Ventures.

{{c2:Bolaget värderas därmed till omkring tre miljarder kronor}}. Det {{q2:bekräftar}} {{m2:vd:n och medgrundaren Elin Marklund}}.

– {{c3:Vi vill bygga den bästa språkmodellen för de nordiska språken, och det kräver enorma mängder datorkraft. Det är dit pengarna går}}, {{q3:säger}} {{m3:hon}} till Financial Times.

{{m4:Harbor Peak Ventures grundare Dana Whitfield}} {{q4:skriver}} i ett inlägg på X att {{c4:Lumora är ”det mest spännande AI-bolaget i Europa just nu”}}.

{{m5:Medgrundaren Arvid Kronqvist}}, som är bolagets tekniska chef, {{q5:skriver}} på Linkedin att {{c5:teamet har vuxit från fyra till 85 personer på två år}}.

”{{c6:Inget av det här hade varit möjligt utan alla som vågade lämna trygga jobb för ett litet bolag med en stor idé}}”, {{q6:skriver}} {{m6:han}}.

Granskning av träningsdatan

Men rundan kommer samtidigt som bolaget kritiseras för hur modellen har tränats. {{q7:Enligt}} en granskning i {{m7:Dagens Nyheter}} {{c7:har Lumora använt tiotusentals artiklar från svenska nyhetssajter utan tillstånd}}.

{{m8:Journalistförbundet}} {{q8:kräver}} att {{c8:bolaget redovisar exakt vilket material som har använts}}.

– {{c9:Det är journalisternas arbete som gör modellen bra. Då ska de också få betalt för det}}, {{q9:säger}} {{m9:förbundets ordförande Hanna Grip}}.

I ett skriftligt uttalande {{q10:skriver}} {{m10:Lumora}} att {{c10:bolaget ”följer gällande upphovsrättslagstiftning” och att allt material antingen är licensierat eller fritt tillgängligt}}.

Elin Marklund avvisar kritiken i intervjun med Financial Times.

– {{c11:Vi har inget att dölja. Vi har bjudit in både tidningarna och förbundet att granska vår data, och det erbjudandet står kvar}}, {{q11:säger}} {{m11:hon}}.

{{m12:Mark Delaney}}, som forskar i AI-etik vid University of Edinburgh, {{q12:tror}} att {{c12:fallet kan bli vägledande för hela Europa}}.

– {{c13:Tillsynsmyndigheterna i flera EU-länder följer det här mycket noga. Den som vinner den här striden sätter reglerna för alla andra}}, {{q13:säger}} {{m13:han}} till The Guardian.

Lumora grundades 2022 av Elin Marklund och Arvid Kronqvist, som träffades som doktorander på KTH. Bolaget har i dag kontor i Stockholm och Oslo.

Läs också: Här är Sveriges hetaste AI-bolag just nu

Få Breakits nyhetsbrev – startupnyheterna varje morgon klockan sju. Prenumerera
""",
  S(1, D, "Elin Marklund"),
  S(2, I, "Elin Marklund"),
  S(3, D, "Elin Marklund", via=("Financial Times",)),
  S(4, M, "Dana Whitfield"),
  S(5, I, "Arvid Kronqvist"),
  S(6, D, "Arvid Kronqvist"),
  S(7, I, "Dagens Nyheter", ORG),
  S(8, I, "Journalistförbundet", ORG),
  S(9, D, "Hanna Grip"),
  S(10, M, "Lumora", ORG),
  S(11, D, "Elin Marklund"),
  S(12, I, "Mark Delaney"),
  S(13, D, "Mark Delaney", via=("The Guardian",)),
)

# ---------------------------------------------------------------------------
# 6. School
# ---------------------------------------------------------------------------

A("bl6-na-skolinspektionen", "invented; Nerikes Allehanda style, school criticised by Skolinspektionen", """
Skarp kritik mot Rödjaskolan – måste åtgärda kränkningar

Publicerad: 12 februari 2025, 15.45 · Uppdaterad: 12 februari 2025, 19.02

Sanna Håkansson
sanna.hakansson@na.se

Dela · Lyssna

Rödjaskolan i Norrvreta har brustit i arbetet mot kränkande behandling. Nu måste skolan rätta till bristerna – annars kan Hallsbergs kommun tvingas betala vite.

{{c1:Skolan har inte utrett flera anmälningar om kränkningar tillräckligt snabbt, och i minst två fall har den inte utrett dem alls}}. Det {{q1:skriver}} {{m1:Skolinspektionen}} i ett beslut som publicerades på onsdagen.

{{q2:Enligt}} {{m2:myndigheten}} {{c2:saknar skolan dessutom rutiner för att följa upp om åtgärderna har haft någon effekt}}.

”{{c3:Eleverna beskriver en otrygg miljö i korridorer och omklädningsrum, där vuxna sällan finns på plats}}”, {{q3:skriver}} {{m3:Skolinspektionen}}.

Rektor Marie Eklöf tog över skolan i augusti. {{m4:Hon}} {{q4:säger}} att {{c4:hon delar myndighetens bild}}.

– {{c5:Vi har inte varit tillräckligt noggranna med att dokumentera, och vi har haft för få vuxna ute bland eleverna på rasterna. Det tar jag på största allvar}}, {{q5:säger}} {{m5:Marie Eklöf}}.

{{m6:Hon}} {{q6:berättar}} att {{c6:skolan sedan januari har två nya rastvärdar och att alla anmälningar nu går direkt till henne}}.

”{{c7:Förut filmade de}}”

Utanför skolan väntar några niondeklassare på bussen.

– {{c8:Det är bättre nu än i höstas. Förut kunde man inte gå på toaletten utan att någon filmade}}, {{q8:säger}} {{m8:Alva}}, 15.

Hennes klasskompis Noah, 15, är mer tveksam.

– {{c9:De nya rastvärdarna står mest i cafeterian. Det händer fortfarande grejer i omklädningsrummen}}, {{q9:säger}} {{m9:han}}.

{{m10:Ebba}}, 14, {{q10:tycker}} att {{c10:lärarna lyssnar mer nu}}, men {{q11:säger}} att {{c11:många fortfarande inte vågar anmäla}}.

{{m12:Flera föräldrar}} som NA har talat med {{q12:menar}} att {{c12:kommunen har känt till problemen i flera år utan att göra något}}.

– {{c13:Vi anmälde redan 2022 att vår son blev slagen i omklädningsrummet. Ingen ringde någonsin tillbaka}}, {{q13:säger}} {{m13:en pappa}} som inte vill se sitt namn i tidningen.

{{m14:Barn- och utbildningschefen Tomas Reinholdsson}} {{q14:medger}} att {{c14:förvaltningen borde ha agerat tidigare}}.

– {{c15:Vi kommer att följa upp Rödjaskolan varje månad fram till sommaren. Det här ska inte hända igen}}, {{q15:säger}} {{m15:han}}.

Skolan ska redovisa sina åtgärder till Skolinspektionen senast den 2 juni.

Läs också: Här är skolorna i länet som fått kritik

Nyhetsbrev: Få de viktigaste nyheterna från Örebro län direkt i din inkorg.
""",
  S(1, I, "Skolinspektionen", ORG),
  S(2, I, "Skolinspektionen", ORG),
  S(3, D, "Skolinspektionen", ORG),
  S(4, I, "Marie Eklöf"),
  S(5, D, "Marie Eklöf"),
  S(6, I, "Marie Eklöf"),
  S(7, D, "Alva", opt=True),
  S(8, D, "Alva"),
  S(9, D, "Noah"),
  S(10, I, "Ebba"),
  S(11, I, "Ebba", m="m10"),
  S(12, I, "flera föräldrar", GRP, via=("NA",)),
  S(13, D, "pappa"),
  S(14, I, "Tomas Reinholdsson"),
  S(15, D, "Tomas Reinholdsson"),
)

# ---------------------------------------------------------------------------
# 7. Science: astronomy
# ---------------------------------------------------------------------------

A("bl6-dn-exoplanet", "invented; DN Vetenskap style, astronomy discovery", """
DN Vetenskap

Svenskledd upptäckt: Tecken på vattenånga på planet i den ”beboeliga zonen”

Karin Bergquist
Publicerad 2025-04-09 18:00

Lyssna
Dela

Ett forskarlag under ledning av Lunds universitet har hittat tecken på vattenånga i atmosfären hos en planet 48 ljusår från jorden. Fyndet gjordes med rymdteleskopet James Webb.

{{c1:Planeten, som fått beteckningen TOI-9071 b, är ungefär 1,6 gånger så stor som jorden och kretsar kring en röd dvärgstjärna}}, {{q1:skriver}} {{m1:Lunds universitet}} i ett pressmeddelande.

– {{c2:När vi såg signalen första gången trodde vi att det var fel på instrumentet. Vi gick igenom data i tre månader innan vi vågade tro på den}}, {{q2:säger}} {{m2:Johanna Wikström}}, docent i astronomi och studiens huvudförfattare.

{{m3:Hon}} {{q3:betonar}} att {{c3:vattenånga inte är detsamma som liv, men att fyndet gör planeten till en av de mest intressanta att studera vidare}}.

– {{c4:Det här är ingen ny jord, {{q4:säger}} {{m4:Wikström}}, men det är den bästa kandidat vi har hittat hittills}}.

{{m5:Medförfattaren Ali Rahimi}}, doktorand vid Lunds observatorium, {{q5:förklarar}} att {{c5:forskarna mätte hur stjärnljuset förändrades när planeten passerade framför sin stjärna}}.

– {{c6:Olika molekyler släpper igenom olika våglängder. Vatten lämnar ett alldeles eget fingeravtryck}}, {{q6:säger}} {{m6:han}}.

{{q7:Enligt}} {{m7:pressmeddelandet}} {{c7:har studien granskats av oberoende forskare och publiceras på onsdagen i tidskriften Nature Astronomy}}.

Skeptiker i Kanada

Alla är dock inte övertygade. {{m8:Astrofysikern Michael Osei vid University of Toronto}} {{q8:säger}} till New Scientist att {{c8:signalen lika gärna kan komma från fläckar på stjärnans yta}}.

– {{c9:Röda dvärgar är ökända för att lura oss. Jag vill se fler observationer innan jag kallar det här vatten}}, {{q9:säger}} {{m9:han}}.

{{m10:Johanna Wikström}} {{q10:medger}} att {{c10:stjärnfläckar är en möjlig felkälla}}. {{m11:Hon}} {{q11:hävdar}} dock att {{c11:forskarlaget har räknat bort den effekten med två oberoende metoder}}.

– {{c12:Vi har redan ansökt om mer observationstid. Om vi har fel vill vi vara de första som säger det}}.

Nästa observation är planerad till hösten. {{c13:Då ska forskarna också leta efter metan och koldioxid}}, {{q13:uppger}} {{m13:Ali Rahimi}}.

Fakta: Exoplaneter

Planeter som kretsar kring andra stjärnor än solen kallas exoplaneter. Den första upptäcktes 1995, och i dag är fler än 5 000 kända.

Den beboeliga zonen är det avstånd från en stjärna där det kan finnas flytande vatten på en planets yta.

Läs också: Så letar forskarna efter liv i rymden
""",
  S(1, I, "Lunds universitet", ORG),
  S(2, D, "Johanna Wikström"),
  S(3, I, "Johanna Wikström"),
  S(4, D, "Johanna Wikström"),
  S(5, I, "Ali Rahimi"),
  S(6, D, "Ali Rahimi"),
  S(7, I, "Lunds universitet", ORG),
  S(8, I, "Michael Osei", via=("New Scientist",)),
  S(9, D, "Michael Osei"),
  S(10, I, "Johanna Wikström"),
  S(11, I, "Johanna Wikström"),
  S(12, D, "Johanna Wikström"),
  S(13, I, "Ali Rahimi"),
)

# ---------------------------------------------------------------------------
# 8. Energy prices
# ---------------------------------------------------------------------------

A("bl6-exp-elpriset", "invented; Expressen style, energy prices with bank analysts, minister, Svenska kraftnät and a Norrland household", """
EXPRESSEN

Elpriset rusar i norr: ”{{c1:Vi eldar med ved i köket}}”

Publicerad 15 jan 2026 kl 06.00 · Uppdaterad 15 jan 2026 kl 10.24

Dela · Lyssna

Kyla och svag vind har fått elpriset att stiga kraftigt i hela landet. På onsdagen kostade en kilowattimme i snitt 3,20 kronor i elområde 1 – det högsta för en januarimånad på femton år.

{{c2:Priserna ligger kvar på höga nivåer åtminstone till helgen, då ett mildare och blåsigare väder väntas}}, {{q2:bedömer}} {{m2:Johan Sved}}, råvaruanalytiker på SEB.

– {{c3:Det är framför allt kärnkraften som avgör. Två reaktorer står still för revision, och då blir marginalerna små när det blir riktigt kallt}}, {{q3:säger}} {{m3:han}}.

Swedbanks energianalytiker Malin Kero ser samma mönster men är mer pessimistisk.

– {{c4:Vi kan få se den här typen av pristoppar flera gånger i vinter. Hushållen bör inte tro att det här är en engångshändelse}}, {{q4:säger}} {{m4:hon}} till TT.

{{m5:Hon}} {{q5:påpekar}} att {{c5:det är hushåll med rörligt elpris och direktverkande el som drabbas hårdast}}.

{{c6:Priset i elområde 4 var på onsdagen nästan 40 procent högre än i elområde 1}}, {{q6:visar}} {{m6:siffror från elbörsen Nord Pool}}.

Stamnätet pressat

{{m7:Svenska kraftnät}} {{q7:varnar}} för att {{c7:det kan bli ont om el i södra Sverige om kylan håller i sig}}. {{q8:Enligt}} {{m8:stamnätsoperatören}} {{c8:finns det i dagsläget dock ingen risk för planerade strömavbrott}}.

– {{c9:Vi har aktiverat effektreserven två gånger den här veckan. Det är ovanligt, men inte alarmerande}}, {{q9:säger}} {{m9:Svenska kraftnäts driftchef Anders Lundén}}.

{{m10:Energiminister Carina Nordvik (KD)}} {{q10:skriver}} i en kommentar till TT att {{c10:regeringen följer utvecklingen noga}}.

”{{c11:Ett nytt elstöd är inte aktuellt i dag. Det långsiktiga svaret är mer planerbar kraft, och det är där vi lägger resurserna}}”, {{q11:skriver}} {{m11:ministern}}.

Tröjor och ved

– {{c12:Vi eldar med ved i köket och har stängt av elementen på övervåningen. Barnen sover med dubbla täcken}}.

Det {{q12:säger}} {{m12:Jenny Alatalo}}, som bor med sin man och tre barn i Sörmyrheden utanför Älvsbyn. Familjen har rörligt elpris och en gammal elpanna.

{{m13:Hennes man Mikael Alatalo}} {{q13:uppskattar}} att {{c13:januarifakturan hamnar på över 7 000 kronor}}.

– {{c14:Vi har ingen buffert för sådant. Det blir mat eller el, så enkelt är det}}, {{q14:säger}} {{m14:han}}.

Läs också: Så sänker du elräkningen – sju enkla råd

Följ Expressen på Facebook
""",
  S(1, D, "Jenny Alatalo", opt=True),
  S(2, I, "Johan Sved"),
  S(3, D, "Johan Sved"),
  S(4, D, "Malin Kero", via=("TT",)),
  S(5, I, "Malin Kero"),
  S(6, I, "Nord Pool", ORG, opt=True),
  S(7, I, "Svenska kraftnät", ORG),
  S(8, I, "Svenska kraftnät", ORG),
  S(9, D, "Anders Lundén"),
  S(10, I, "Carina Nordvik", via=("TT",)),
  S(11, D, "Carina Nordvik"),
  S(12, D, "Jenny Alatalo"),
  S(13, I, "Mikael Alatalo"),
  S(14, D, "Mikael Alatalo"),
)

# ---------------------------------------------------------------------------
# 9. Court of appeal
# ---------------------------------------------------------------------------

A("bl6-st-hovratt", "invented; Sundsvalls Tidning style, court of appeal ruling with witness testimony", """
ST

Hovrätten sänker straffet efter grannbråket i Östra Hårsta

52-åringen döms för grov misshandel – inte för mordförsök

Linda Ekholm
Publicerad 3 oktober 2025 14:05

Dela
Lyssna

Hovrätten för Nedre Norrland friar en 52-årig man från försök till mord på sin granne i Östra Hårsta utanför Sundsvall. I stället döms han för grov misshandel till fängelse i tre år. Tingsrätten hade dömt honom till åtta års fängelse.

{{c1:Det är inte visat att mannen hade uppsåt att döda när han slog grannen med ett järnspett}}, {{q1:skriver}} {{m1:hovrätten}} i domen.

{{m2:Domstolen}} {{q2:konstaterar}} samtidigt att {{c2:våldet var ”livsfarligt” och att grannen hade stor tur som överlevde}}.

Bråket i maj förra året var kulmen på en flerårig konflikt om en tomtgräns. Under förhandlingen i hovrätten i september hördes flera vittnen.

{{m3:Grannens fru}} {{q3:berättade}} i rätten att {{c3:hon såg 52-åringen gå fram till staketet med spettet i handen och att han skrek att han skulle ”göra slut på det här”}}.

{{m4:En budbilschaufför}} som råkade passera {{q4:vittnade}} om att {{c4:grannen låg på marken och blödde från huvudet när han stannade bilen}}.

– {{c5:Jag trodde först att han var död. Han rörde sig inte}}, {{q5:sade}} {{m5:chauffören}} när han hördes.

{{m6:Grannen}}, som fick en skallfraktur, {{q6:berättade}} att {{c6:han fortfarande har svårt att sova och inte vågar vistas ensam i trädgården}}.

{{m7:Den 52-årige}} har hela tiden {{q7:hävdat}} att {{c7:han handlade i nödvärn, eftersom grannen först gick till angrepp med en kratta}}. {{m8:Han}} {{q8:sade}} i rätten att {{c8:han inte minns hur många gånger han slog}}.

{{m9:Hovrätten}} {{q9:skriver}} att {{c9:våldet var ”uppenbart oförsvarligt” även om grannen skulle ha gått till angrepp först}}.

{{c10:Mannen ska också betala 180 000 kronor i skadestånd till grannen}}, {{q10:enligt}} {{m10:domen}}.

– {{c11:Jag delar inte hovrättens bedömning av uppsåtet. Man slår inte någon i huvudet med ett järnspett utan att förstå vad som kan hända}}, {{q11:säger}} {{m11:kammaråklagare Helena Rydberg}} till ST.

{{m12:Hon}} {{q12:uppger}} att {{c12:hon ska läsa domen noggrant innan hon tar ställning till ett överklagande}}.

– {{c13:Min klient är lättad. Hovrätten har lyssnat på vad som faktiskt hände den kvällen}}, {{q13:säger}} {{m13:försvarsadvokaten Magnus Öhrn}}.

{{m14:Han}} {{q14:tillägger}} att {{c14:ett överklagande till Högsta domstolen inte är uteslutet}}.

Så arbetar ST

ST:s rättsbevakning följer de publicistiska reglerna om namnpublicering. Vi namnger normalt inte tilltalade som inte är offentliga personer.
""",
  S(1, I, "Hovrätten för Nedre Norrland", ORG),
  S(2, M, "Hovrätten för Nedre Norrland", ORG),
  S(3, M, "grannens fru"),
  S(4, I, "budbilschaufför"),
  S(5, D, "budbilschaufför"),
  S(6, I, "grannen"),
  S(7, I, "mannen"),
  S(8, I, "mannen"),
  S(9, M, "Hovrätten för Nedre Norrland", ORG),
  S(10, I, "Hovrätten för Nedre Norrland", ORG),
  S(11, D, "Helena Rydberg", via=("ST",)),
  S(12, I, "Helena Rydberg"),
  S(13, D, "Magnus Öhrn"),
  S(14, I, "Magnus Öhrn"),
)

# ---------------------------------------------------------------------------
# 10. Bandy match report
# ---------------------------------------------------------------------------

A("bl6-sportbladet-bandy", "invented; Aftonbladet Sportbladet style, bandy SM final report", """
SPORTBLADET

BANDY

Rönnöfors vände och tog SM-guld – Hållén matchvinnare

”{{c1:Har drömt om det här sedan jag var sex}}”

Fredrik Olausson
Publicerad i dag 21.14

Dela
Lyssna

Rönnöfors BK låg under med 1–3 i halvtid men vände och vann SM-finalen mot IK Tjärnsund med 5–4 inför 6 812 åskådare i Uppsala. Tindra Hållén gjorde två av målen, däribland det avgörande i den 87:e minuten.

– {{c2:Jag har drömt om det här sedan jag var sex år. Jag vet inte ens vad jag ska säga}}, {{q2:säger}} {{m2:Tindra Hållén}} till Sportbladet.

{{m3:Rönnöfors tränare Per-Olof Sandin}} {{q3:medger}} att {{c3:han var nära att byta målvakt i paus}}.

– {{c4:Vi var inte med alls i första halvlek, vi var alldeles för passiva. I paus sa jag bara en sak: spela ert eget spel}}, {{q4:säger}} {{m4:han}}.

Det var lagets andra raka ”mirakelvändning” i slutspelet. Redan i semifinalen hämtade Rönnöfors upp ett underläge på två mål.

– {{c5:Den här gruppen har gått igenom så mycket. Två förlorade finaler, skador, ett år utan egen hall. Det här är för alla som stannade}}, {{q5:säger}} {{m5:lagkaptenen Moa Ekwall}} till SVT Sport.

Utvisningen vände matchen

I Tjärnsund var besvikelsen stor. {{m6:Tränaren Linda Forsmark}} {{q6:menar}} att {{c6:laget tappade greppet efter den omdiskuterade utvisningen av backen Saga Lindqvist i den 52:a minuten}}.

– {{c7:Tio minuter i en final, för en situation som inte ens var ett frislag. Det avgjorde matchen}}, {{q7:säger}} {{m7:Forsmark}} till Sportbladet.

{{m8:Saga Lindqvist}} själv {{q8:säger}} till SVT Sport att {{c8:hon aldrig rörde motståndaren}}.

– {{c9:Jag går på bollen. Hon faller, och sedan står domaren där med tio fingrar i luften}}.

Tjärnsunds lagkapten Ida Hjort hade svårt att hålla tårarna borta.

– {{c10:Vi får ta med oss det här till nästa säsong, {{q10:säger}} {{m10:hon}}. Just nu gör det bara ont}}.

{{m11:Svenska Bandyförbundets domarkommitté}} {{q11:meddelade}} under kvällen att {{c11:situationen ska granskas i efterhand, vilket är rutin efter en final}}.

– {{c12:Min första bedömning är att domaren fattade ett korrekt beslut utifrån den position han hade}}, {{q12:skriver}} {{m12:kommitténs ordförande Göran Vestlund}} i ett sms till TT.

Nästa säsong inleds i början av november.

Läs också: Betygen – så spelade guldhjältarna

Missa inget från Sportbladet – ladda ner appen
""",
  S(1, D, "Tindra Hållén", opt=True),
  S(2, D, "Tindra Hållén", via=("Sportbladet",)),
  S(3, I, "Per-Olof Sandin"),
  S(4, D, "Per-Olof Sandin"),
  S(5, D, "Moa Ekwall", via=("SVT Sport",)),
  S(6, I, "Linda Forsmark"),
  S(7, D, "Linda Forsmark", via=("Sportbladet",)),
  S(8, I, "Saga Lindqvist", via=("SVT Sport",)),
  S(9, D, "Saga Lindqvist"),
  S(10, D, "Ida Hjort"),
  S(11, I, "Svenska Bandyförbundets domarkommitté", ORG),
  S(12, D, "Göran Vestlund", via=("TT",)),
)

# ---------------------------------------------------------------------------
# 11. Radio programme write-up
# ---------------------------------------------------------------------------

A("bl6-sr-lordagsintervju", "invented; Sveriges Radio Ekot style, radio programme write-up", """
Sveriges Radio
Ekot

{{m1:Infrastrukturministern}}: ”{{c1:Vi kommer inte att bygga hela banan}}”

Publicerat lördag 8 november 2025 kl 12.31

Lyssna: Ekots lördagsintervju med Tobias Frick (26 min)

Dela
Kopiera länk

{{c2:Den planerade stambanan för höghastighetståg mellan Stockholm och Göteborg kommer inte att byggas i sin helhet. I stället satsar regeringen på delsträckan mellan Järna och Linköping}}. Det {{q2:säger}} {{m2:infrastrukturminister Tobias Frick (L)}} i Ekots lördagsintervju.

– {{c3:Vi har inte råd att bygga allt på en gång, och vi kommer inte att bygga hela banan. Då börjar vi där nyttan är störst}}, {{q3:säger}} {{m3:Tobias Frick}}.

{{m4:Ministern}} {{q4:uppger}} att {{c4:regeringen i stället vill prioritera underhållet av de befintliga stambanorna, där förseningarna har ökat kraftigt de senaste åren}}.

Frick fick i intervjun frågan om beskedet innebär att höghastighetsbanan i praktiken är död.

– {{c5:Nej, det vill jag inte säga, {{q5:svarar}} {{m5:han}}. Men det vore oärligt att lova något som vi inte kan finansiera}}.

{{m6:Han}} {{q6:medger}} att {{c6:beskedet kommer att göra många i Östergötland och Jönköpings län besvikna}}.

Beskedet kommer inte helt oväntat. {{c7:Regeringen har sedan i somras arbetat med ett alternativ utan den södra delen av banan}}, {{q7:uppgav}} {{m7:källor i Regeringskansliet}} för Dagens Nyheter redan i oktober.

{{m8:Oppositionen}}: ”{{c8:Ett svek}}”

{{m9:Socialdemokraternas trafikpolitiska talesperson Lena Hjalmarsson}} {{q9:kallar}} beskedet ”{{c9:ett svek mot hela Östsverige}}”.

– {{c10:Man har utrett, planerat och köpt mark i tio år. Nu kastar regeringen bort miljarder}}, {{q10:säger}} {{m10:hon}} till Ekot.

{{m11:Hon}} {{q11:lovar}} att {{c11:en socialdemokratisk regering ska återuppta bygget}}.

Även Centerpartiet är kritiskt. {{m12:Partiets gruppledare Oskar Wahlgren}} {{q12:sade}} redan i fredags i P1-morgon att {{c12:regeringen har ”lovat tåg och levererat utredningar”}}.

– {{c13:Det här är ett skolexempel på när kortsiktighet blir dyr. Varje år vi väntar blir bygget dyrare}}, {{q13:sade}} {{m13:Wahlgren}}.

{{c14:Trafikverket har ännu inte fått något formellt uppdrag från regeringen att pausa projektet}}, {{q14:uppger}} {{m14:myndighetens presschef Sanna Ek}} för Sveriges Radio.

{{q15:Enligt}} {{m15:Trafikverket}} {{c15:har arbetet med järnvägsplanerna för den södra delen redan kostat omkring fyra miljarder kronor}}.

Ekots lördagsintervju sänds i P1 varje lördag klockan 12.03 och finns i Sveriges Radio Play.

Relaterat
Regeringen pausar nya järnvägsprojekt
""",
  S(1, D, "Tobias Frick"),
  S(2, I, "Tobias Frick", via=("Ekot",)),
  S(3, D, "Tobias Frick"),
  S(4, I, "Tobias Frick"),
  S(5, D, "Tobias Frick"),
  S(6, I, "Tobias Frick"),
  S(7, I, "källor i Regeringskansliet", UNK, via=("Dagens Nyheter",)),
  S(8, D, "Lena Hjalmarsson", opt=True),
  S(9, D, "Lena Hjalmarsson", opt=True),
  S(10, D, "Lena Hjalmarsson", via=("Ekot",)),
  S(11, I, "Lena Hjalmarsson"),
  S(12, M, "Oskar Wahlgren", via=("P1-morgon",)),
  S(13, D, "Oskar Wahlgren"),
  S(14, I, "Sanna Ek", via=("Sveriges Radio",)),
  S(15, I, "Trafikverket", ORG),
)

# ---------------------------------------------------------------------------
# 12. A denial story
# ---------------------------------------------------------------------------

A("bl6-svt-dementi", "invented; SVT Nyheter Jämtland style, a politician denies quotes attributed to her by a local newspaper", """
SVT Nyheter Jämtland

{{m1:Kommunalrådet}} {{q1:förnekar}} citaten: ”{{c1:Jag har aldrig sagt det}}”

Publicerad 18 mars 2025 kl 11.47
Uppdaterad 18 mars 2025 kl 17.20

Dela
Lyssna

{{m2:Östersunds kommunalråd Maria Wennström (M)}} {{q2:förnekar}} att {{c2:hon har kallat byskolorna ”en lyx”}}. Nordvästra Posten står fast vid sin artikel.

{{q3:Enligt}} {{m3:Nordvästra Posten}} {{c3:{{q4:sade}} {{m4:Maria Wennström}} vid ett slutet möte med Moderaternas lokalförening i förra veckan att ”{{c4:byskolorna är en lyx som kommunen inte längre har råd med}}”}}.

Uppgiften spreds snabbt i sociala medier och har fått föräldrar i flera byar att reagera.

– {{c5:Jag har aldrig sagt det. Jag har aldrig ens tänkt det, jag gick ju själv i byskolan i Åsarvik}}, {{q5:säger}} {{m5:Maria Wennström}} till SVT.

{{m6:Hon}} {{q6:medger}} att {{c6:hon på mötet talade om att skolorganisationen måste ses över}}, men {{q7:hävdar}} att {{c7:tidningen har ryckt hennes ord ur sitt sammanhang}}.

– {{c8:En översyn är inte samma sak som en nedläggning. Det vet alla som var där}}.

{{m9:Wennström}} {{q9:uppger}} att {{c9:hon överväger att anmäla artikeln till Medieombudsmannen}}.

Tidningen står fast

Nordvästra Postens chefredaktör Per Dahlquist står fast vid uppgifterna.

– {{c10:Vi har två av varandra oberoende källor som var på mötet, och vi gav Maria Wennström möjlighet att kommentera före publiceringen. Hon valde att inte göra det}}, {{q10:säger}} {{m10:han}}.

{{m11:Dahlquist}} {{q11:skriver}} också i en kommentar på tidningens webbplats:

”{{c11:Vi publicerar inte citat lättvindigt. Uppgifterna har kontrollerats med två personer som var på plats, oberoende av varandra.

”Någon rättelse blir det inte. Vi står för varje ord}}.”

Partikamraten Stig Olofsson, som är ordförande i lokalföreningen och var med på mötet, ger Wennström sitt stöd.

– {{c12:Jag satt bredvid henne hela kvällen. Det där citatet känner jag inte igen}}, {{q12:säger}} {{m12:Stig Olofsson}}.

{{m13:Han}} {{q13:tror}} att {{c13:uppgifterna kommer från någon som vill skada partiet inför valet}}.

{{m14:Oppositionsrådet Elin Sahlberg (S)}} {{q14:kräver}} att {{c14:Wennström redovisar vad hon faktiskt sade på mötet}}.

– {{c15:Oavsett vem som har rätt har föräldrarna i byarna blivit oroliga. De förtjänar ett rakt besked}}, {{q15:säger}} {{m15:hon}}.

Så arbetar vi

SVT:s nyheter ska stå för saklighet och opartiskhet. Vi strävar efter att alla parter ska komma till tals. Läs mer om hur vi arbetar.
""",
  S(1, D, "Maria Wennström"),
  S(2, M, "Maria Wennström"),
  S(3, M, "Nordvästra Posten", ORG),
  S(4, D, "Maria Wennström", via=("Nordvästra Posten",), opt=True),
  S(5, D, "Maria Wennström", via=("SVT",)),
  S(6, I, "Maria Wennström"),
  S(7, I, "Maria Wennström", m="m6"),
  S(8, D, "Maria Wennström"),
  S(9, I, "Maria Wennström"),
  S(10, D, "Per Dahlquist"),
  S(11, D, "Per Dahlquist"),
  S(12, D, "Stig Olofsson"),
  S(13, I, "Stig Olofsson"),
  S(14, I, "Elin Sahlberg"),
  S(15, D, "Elin Sahlberg"),
)


def main() -> int:
    return write_set(ARTICLES, Path(__file__).with_name("sv-blind6.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
