#!/usr/bin/env python3
"""Build tests/data/sv-blind4.jsonl: blind gold set 4 of invented Swedish news.

Blind set 4 was written without seeing the extraction rules (nothing under
src/, training/ or benchmarks/ was read, no other tests, README or docs; the
engine was never run or imported). Only /work/shared/guidelines.md, the seed
article and the markup API of make_handwritten_gold.py were consulted. Its 12
articles (roughly 200-450 words each) are invented from scratch: every person,
company, club, village and event is made up; real countries, parties, public
bodies, agencies and outlets appear only as background, relays or sources.

Genres: 1 a regional healthcare crisis (SVT regional), 2 a school closure row
(local paper), 3 defence/security (TT: Försvarsmakten, a minister and her press
secretary, FOI, a retired general, a foreign ministry via AFP), 4 EU politics
from Brussels (DN correspondent: commissioner, MEPs, an anonymous diplomat,
Reuters), 5 a book review plus author interview, 6 a rail disruption
(Trafikverket, SJ, stranded travellers, Seko via Sydsvenskan), 7 a startup
funding story (Breakit style, press release), 8 a mining/environment dispute
(Länsstyrelsen, Naturskyddsföreningen, a Sami village), 9 a celebrity wedding
relayed via Svensk Damtidning, Expressen and Aftonbladet (TT nöje), 10 a
cloudburst (SMHI, Räddningstjänsten, a farmer), 11 a detention hearing (TT
court copy), 12 an obituary with quotes from past interviews. Each imitates its
outlet's boilerplate (bylines, Publicerad/Uppdaterad, Dela, Lyssna, fact boxes,
Läs också, newsletter and cookie prompts), which is never a statement.

Annotation follows /work/shared/guidelines.md. The markup and its checks are
those of make_handwritten_gold.py (imported from it): {{cN:...}} content,
{{qN:...}} cue, {{mN:...}} speaker mention, nestable; each article lists
``S(n, kind, speaker, type, via, opt, q=, m=)``. Speaker mentions mark the
name only when a title or role stands beside it (``Trafikverkets presschef
{{m:Mikaela Strand}}``).

Calls found arguable (decided as stated):
- bl4-kultur: the novel's first sentence quoted by the critic (``..., lyder
  bokens första mening``) is an optional direct statement by the author.
- bl4-tech: the paragraph after ``Det skriver bolaget i ett pressmeddelande``
  that goes on summarising the press release without a cue is optional.
- bl4-vader: the speakerless headline quote ``”En gång på hundra år”`` is an
  optional direct statement by the SMHI meteorologist quoted in the body.
- bl4-forsvar: the subheading ``Ministern: ”Oacceptabelt”`` paraphrases her
  ``helt oacceptabla`` but is counted as a required headline-form direct quote.
- Anonymous sources (``En källa inom Försvarsmakten``, a diplomat who ``vill
  vara anonym``, ``uppgifter till Expressen``) get speaker None, type unknown;
  a described but unnamed group gets its head noun (``föräldrar``,
  ``resenärer``, ``forskarna vid SMHI``), type group.
- ``säger ... till TT`` / ``bekräftar för TT`` in TT copy gives via TT; ``till
  tidningen``, ``för tidningen``, ``i programmet`` and ``I intervjun 2015``
  inherit the outlet named just before as via.
- ``tillbakavisar kritiken och säger att ...``: the cue is ``säger``.
- A press secretary answering for the minister is the speaker, not the
  minister; ``SJ:s presstjänst`` is the organisation SJ.
- ``Mannen nekar till brott, enligt hans försvarare.``: speaker is the defence
  lawyer (named in the next paragraph), not the suspect.
- ``uppmanar boende ... att flytta ...`` is a required indirect statement with
  an infinitival content; ``har länge varnat för att ...`` takes the clause
  after ``för att``.
- A dash quote introduced by ``Räddningschefen har också en tydlig uppmaning
  till bilister:`` has no cue but keeps that mention.
- Mixed statements whose quoted fragment ends the sentence keep the closing
  quotation mark inside the content.
- Not statements: ``Det vill Sofia Rahimi inte kommentera``, ``välkomnar
  beslutet``, ``beklagar beslutet``, ``Han vill att ...``, ``Skolverket vill
  inte kommentera ...``, ``försvarade förslaget`` and ``har tidigare talat
  öppet om sin skilsmässa`` (a topic, no content), the critic's judgement,
  reporters' questions, titles of works, scare quotes and ``Läs också``
  teasers in headline form.

usage: python3 tests/data/make_blind4_gold.py   (writes sv-blind4.jsonl beside it)
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
# 1. Regional healthcare crisis (SVT regional news style)
# ---------------------------------------------------------------------------

A("bl4-region-akut", "invented; SVT regional news style, healthcare crisis", """
Akuten i Hälleby stänger nattetid i sommar

Publicerad 14 maj 2024 kl 06.12
Uppdaterad 14 maj 2024 kl 09.40

Dela
Lyssna

Från midsommar till mitten av augusti håller akutmottagningen på Hälleby sjukhus stängt mellan klockan 22 och 07. Patienter hänvisas i stället till Gävle, nästan tolv mil bort.

Beslutet fattades av Region Gävleborgs regionledning på måndagen. Regiondirektören {{m1:Annika Sjöholm}} {{q1:säger}} att {{c1:det är det svåraste beslut hon har fattat under sina år i regionen}}.

– {{c2:Vi har letat efter lösningar i ett halvår. Men vi kan inte bemanna en akut med läkare som inte finns}}, {{q2:säger}} {{m2:hon}}.

{{c3:I dag saknas sju av de tolv läkare som behövs för att hålla nattjouren igång}}, {{q3:enligt}} {{m3:Sjöholm}}.

Regionen har sedan i höstas försökt locka hyrläkare från Norge och Danmark, utan att lyckas.

Sjuksköterskor slutar

Vårdförbundets ordförande i Gävleborg, Tove Renström, är inte förvånad. {{m4:Hon}} {{q4:menar}} att {{c4:regionen har känt till problemen i flera år}}.

– {{c5:Vi har larmat sedan 2021. Sjuksköterskorna går på knäna, och när någon säger upp sig kommer det ingen ny}}, {{q5:säger}} {{m5:Tove Renström}}.

{{m6:Hon}} {{q6:uppger}} att {{c6:minst 30 sjuksköterskor har lämnat sjukhuset det senaste året}}. {{m7:Förbundet}} {{q7:kräver}} nu att {{c7:regionen höjer ersättningen för nattarbete}}.

Oro bland patienter

Emma Lindgren, 34, bor i Hälleby och väntar sitt andra barn i augusti. Förlossningsvården finns redan i Gävle, men under graviditeten har hon flera gånger behövt söka akut vård på kvällstid.

– {{c8:Det känns som att vi som bor här inte räknas. Händer något mitt i natten har vi tolv mil att köra}}, {{q8:säger}} {{m8:hon}}.

{{m9:Hon}} {{q9:berättar}} att {{c9:hon och sambon nu funderar på att bo hos hennes föräldrar i Gävle över sommaren}}.

Kritik från oppositionen

Oppositionsrådet {{m10:Mikael Brandt}} (S) {{q10:säger}} att {{c10:beslutet är ”ett svek mot hela norra länet”}}.

– {{c11:Den styrande majoriteten har haft tre år på sig att lösa bemanningen. I stället har man lagt pengarna på dyra konsulter}}, {{q11:säger}} {{m11:han}}.

Han vill att frågan tas upp på regionfullmäktige redan i juni.

{{m12:Annika Sjöholm}} tillbakavisar kritiken och {{q12:säger}} att {{c12:kostnaderna för inhyrd personal har halverats sedan förra året}}.

– {{c13:Det här handlar inte om pengar. Det handlar om att det inte finns läkare att anställa}}, {{q13:säger}} {{m13:regiondirektören}}.

Hur påverkas du av stängningen? Tipsa SVT Gävleborg.

Fakta: Akuten i Hälleby

Tar emot cirka 14 000 besök per år.
Ungefär vart femte besök sker nattetid.
Närmaste akutmottagning nattetid: Gävle sjukhus.
""",
  S(1, I, "Annika Sjöholm"),
  S(2, D, "Annika Sjöholm"),
  S(3, I, "Annika Sjöholm"),
  S(4, I, "Tove Renström"),
  S(5, D, "Tove Renström"),
  S(6, I, "Tove Renström"),
  S(7, I, "Vårdförbundet", ORG),
  S(8, D, "Emma Lindgren"),
  S(9, I, "Emma Lindgren"),
  S(10, M, "Mikael Brandt"),
  S(11, D, "Mikael Brandt"),
  S(12, I, "Annika Sjöholm"),
  S(13, D, "Annika Sjöholm"),
)


# ---------------------------------------------------------------------------
# 2. School closure row (local paper)
# ---------------------------------------------------------------------------

A("bl4-skola-bjorkhaga", "invented; local paper style, school closure row", """
Föräldrar rasar mot planen att lägga ner Björkhaga skola

RAMSÅSA
Av Sara Holmqvist
Publicerad 3 mars 2025 kl 18.30

Dela
Lyssna på artikeln

Kommunen vill lägga ner byskolan i Björkhaga och flytta de 64 eleverna till centralorten. Nu samlar föräldrarna namn för att stoppa förslaget.

Förslaget presenterades i barn- och utbildningsnämnden i förra veckan. {{c1:Kommunen skulle spara 4,2 miljoner kronor om året på en nedläggning}}, {{q1:enligt}} en utredning från {{m1:barn- och utbildningsförvaltningen}}.

Kommunstyrelsens ordförande {{m2:Henrik Dahlberg}} (M) {{q2:säger}} att {{c2:inget beslut är fattat, men att siffrorna talar ett tydligt språk}}.

– {{c3:Vi har 40 procent tomma platser i Björkhaga. Det är inte rimligt att hålla en hel skola öppen när vi samtidigt behöver fler lärare i Ramsåsa}}, {{q3:säger}} {{m3:han}}.

Men är inte skolan avgörande för att barnfamiljer ska vilja bo kvar i byn?

– {{c4:Jag förstår oron, det gör jag verkligen. Men vi kan inte fatta beslut utifrån känslor}}, {{q4:säger}} {{m4:kommunalrådet}}.

Tusentals namn

Föräldragruppen Rädda Björkhaga skola bildades samma kväll som förslaget blev känt. På en vecka har gruppen samlat in drygt 1 800 namnunderskrifter. På sin Facebooksida {{q5:skriver}} {{m5:gruppen}}: ”{{c5:Vi kommer att driva frågan ända till förvaltningsrätten om det behövs}}.”

– {{c6:Skolan är hjärtat i byn. Försvinner den, så försvinner barnfamiljerna, och sedan affären}}, {{q6:säger}} {{m6:Johanna Ek}}, en av initiativtagarna.

{{m7:Hon}} {{q7:menar}} att {{c7:förvaltningen har räknat fel och att kostnaderna för skolskjuts kommer att äta upp en stor del av besparingen}}.

{{m8:Flera föräldrar}} som tidningen har talat med {{q8:säger}} att {{c8:de kommer att flytta sina barn till friskolan i grannkommunen om nedläggningen blir av}}.

Oro i klassrummen

Mattias Nyqvist har undervisat på Björkhaga skola i 19 år. {{m9:Han}} {{q9:berättar}} att {{c9:flera elever har frågat om de måste byta skola redan till hösten}}.

– {{c10:Jag kan inte svara dem. Det är nästan det värsta}}, {{q10:säger}} {{m10:han}}.

{{m11:Läraren}} {{q11:påpekar}} också att {{c11:skolans elever har legat över rikssnittet på de nationella proven i flera år}}.

Skolverket vill inte kommentera enskilda kommuners beslut. I ett mejl till tidningen {{q12:skriver}} {{m12:myndigheten}} dock att {{c12:forskningen inte visar något entydigt samband mellan en skolas storlek och elevernas resultat}}.

Barn- och utbildningsnämnden väntas fatta beslut den 22 april.

Få nyheterna från Ramsåsa direkt i mejlen – prenumerera på vårt nyhetsbrev.
""",
  S(1, I, "barn- och utbildningsförvaltningen", ORG),
  S(2, I, "Henrik Dahlberg"),
  S(3, D, "Henrik Dahlberg"),
  S(4, D, "Henrik Dahlberg"),
  S(5, D, "Rädda Björkhaga skola", ORG),
  S(6, D, "Johanna Ek"),
  S(7, I, "Johanna Ek"),
  S(8, I, "föräldrar", GRP),
  S(9, I, "Mattias Nyqvist"),
  S(10, D, "Mattias Nyqvist"),
  S(11, I, "Mattias Nyqvist"),
  S(12, I, "Skolverket", ORG),
)


# ---------------------------------------------------------------------------
# 3. Defence and security (TT wire copy)
# ---------------------------------------------------------------------------

A("bl4-forsvar-dronare", "invented; TT wire style, defence and security", """
Drönare över örlogsbas – Försvarsmakten utreder

TT
Publicerad 21 november 2024 07:55
Uppdaterad 21 november 2024 13:20

Dela
Lyssna

{{c1:Flera obemannade farkoster har under natten till torsdagen observerats över Skärvikens örlogsbas i Stockholms skärgård}}. Det {{q1:bekräftar}} {{m1:Försvarsmakten}}.

– {{c2:Vi har sett minst tre drönare röra sig över området under ungefär två timmar. Vi tar det här på största allvar}}, {{q2:säger}} Försvarsmaktens presstalesperson {{m2:Jonas Wiklander}} till TT.

{{m3:Han}} vill inte gå in på vilken typ av drönare det rörde sig om, men {{q3:uppger}} att {{c3:ingen av dem gick att störa ut}}.

{{m4:Ministern}}: ”{{c4:Oacceptabelt}}”

Försvarsminister {{m5:Helena Stråhle}} (M) {{q5:sade}} vid en pressträff på torsdagsförmiddagen att {{c5:intrången är ”helt oacceptabla” och att regeringen följer utvecklingen noga}}.

– {{c6:Vi kommer inte att spekulera i vem som ligger bakom. Men den som tror att Sverige inte ser vad som händer tar fel}}, {{q6:sade}} {{m6:ministern}}.

Om regeringen överväger att ge Försvarsmakten större befogenheter att skjuta ned drönare ville hon inte svara på. Hennes pressekreterare {{m7:Oskar Lind}} {{q7:skriver}} senare i ett sms till TT att {{c7:en översyn av regelverket ”redan pågår” och att besked kommer före jul}}.

Ett mönster

Incidenten är den fjärde i sitt slag i Sverige sedan i somras och sätter återigen fokus på den så kallade ”gråzonen” mellan fred och krig. {{m8:Elin Marklund}}, forskare vid Totalförsvarets forskningsinstitut, FOI, {{q8:menar}} att {{c8:det sannolikt handlar om kartläggning}}.

– {{c9:Det är ett billigt sätt att testa reaktionstider och se hur en bas fungerar, {{q9:säger}} {{m9:hon}}. Man behöver inte vara en stormakt för att göra det här}}.

{{m10:Ulf Hägglöf}}, pensionerad generalmajor och ledamot av Kungl. Krigsvetenskapsakademien, {{q10:anser}} att {{c10:Sverige länge har varit naivt när det gäller skyddet av militära anläggningar}}.

– {{c11:Vi har en lagstiftning som är skriven för en annan tid. Det måste gå att skjuta ned en drönare över en örlogsbas utan att först fråga en jurist}}, {{q11:säger}} {{m11:den före detta generalen}}.

{{m12:En källa inom Försvarsmakten}} {{q12:säger}} till Ekot att {{c12:drönarna ska ha lyfts från ett ryskt forskningsfartyg som låg förankrat några sjömil från basen}}.

Ryssland förnekar

{{m13:Det ryska försvarsministeriet}} {{q13:förnekar}} att {{c13:ryska fartyg eller farkoster har befunnit sig i området}}, rapporterar AFP. I ett uttalande {{q14:skriver}} {{m14:ministeriet}} att {{c14:uppgifterna är ”ett led i västlig desinformation”}}, enligt nyhetsbyrån.

Fakta: Drönare över skyddsobjekt

Det är förbjudet att flyga drönare över skyddsobjekt utan tillstånd.
Överträdelser utreds av polisen.
Försvarsmakten får i dag ingripa mot drönare endast i vissa fall.

Läs också: Så skyddas Sveriges militära anläggningar
""",
  S(1, I, "Försvarsmakten", ORG),
  S(2, D, "Jonas Wiklander", via=("TT",)),
  S(3, I, "Jonas Wiklander"),
  S(4, D, "Helena Stråhle"),
  S(5, M, "Helena Stråhle"),
  S(6, D, "Helena Stråhle"),
  S(7, M, "Oskar Lind", via=("TT",)),
  S(8, I, "Elin Marklund"),
  S(9, D, "Elin Marklund"),
  S(10, I, "Ulf Hägglöf"),
  S(11, D, "Ulf Hägglöf"),
  S(12, I, None, UNK, via=("Ekot",)),
  S(13, I, "det ryska försvarsministeriet", ORG, via=("AFP",)),
  S(14, M, "det ryska försvarsministeriet", ORG, via=("AFP",)),
)


# ---------------------------------------------------------------------------
# 4. EU politics from Brussels (morning paper correspondent)
# ---------------------------------------------------------------------------

A("bl4-eu-skogsregister", "invented; DN Brussels correspondent style, EU politics", """
{{m1:Kommissionären}}: ”{{c1:Ingen medlemsstat kan stå utanför}}”

Sverige riskerar att bli nedröstat i striden om EU:s nya skogsregister. Bakom stängda dörrar växer irritationen över den svenska linjen.

Annika Forsell
Bryssel
Publicerad 2025-02-11 22:04

Dela
Spara

EU-kommissionen presenterade på tisdagen sitt förslag till ett gemensamt register över Europas skogar. Varje medlemsland ska med hjälp av satellitdata rapportera avverkning, tillväxt och skador.

Miljökommissionären Dorota Kalinowska försvarade förslaget inför Europaparlamentets miljöutskott.

– {{c2:Skogarna bryr sig inte om nationsgränser. Ingen medlemsstat kan stå utanför när vi behöver veta vad som händer med våra kolsänkor}}, {{q2:sade}} {{m2:hon}}.

{{m3:Kalinowska}} {{q3:betonade}} att {{c3:registret inte innebär några nya regler för hur skogen ska brukas}}. {{c4:Det handlar enbart om bättre och jämförbara data}}, {{q4:enligt}} {{m4:kommissionären}}.

Hård svensk kritik

Från svenskt håll har tonen varit en annan. {{m5:Gustav Ahlvik}}, Moderaternas Europaparlamentariker, {{q5:säger}} att {{c5:förslaget är ”byråkrati i satellitformat”}}.

– {{c6:Svenska skogsägare rapporterar redan mer än nästan alla andra i Europa. Nu ska de betala för att Bryssel vill ha ännu ett register}}, {{q6:säger}} {{m6:han}}.

{{m7:Ahlvik}} {{q7:hävdar}} att {{c7:notan för svenska myndigheter kan landa på flera hundra miljoner kronor. Dessutom skulle skogsägarna tvingas rapportera samma uppgifter två gånger}}.

Miljöpartiets Europaparlamentariker {{m8:Sanna Ruuth}} välkomnar däremot förslaget och {{q8:menar}} att {{c8:den svenska kritiken bygger på ett missförstånd}}.

Frågan är hur stort stödet för den svenska linjen egentligen är.

Sverige står ganska ensamt

{{m9:En diplomat från ett annat nordiskt land}}, som vill vara anonym eftersom förhandlingarna pågår, {{q9:säger}} att {{c9:Sverige ”har spelat ut sina kort för tidigt”}}.

– {{c10:Det finns en bred majoritet för förslaget. Sverige och Österrike står ganska ensamma, och det vet alla i rummet}}, {{q10:säger}} {{m10:diplomaten}}.

{{c11:Även Finland överväger nu att stödja en kompromiss, där länder som redan har en utbyggd skogsstatistik får längre tid på sig att anpassa sig}}. Det {{q11:rapporterade}} nyhetsbyrån {{m11:Reuters}} på tisdagskvällen.

{{c12:Regeringen har ännu inte tagit ställning till förslaget i sin helhet}}, {{q12:uppger}} {{m12:Landsbygds- och infrastrukturdepartementet}}.

Förslaget ska nu förhandlas av medlemsländerna i ministerrådet och av Europaparlamentet. Ett beslut väntas tidigast i höst.

Annika Forsell är DN:s korrespondent i Bryssel.

Läs också: Så stiftas lagar i EU
""",
  S(1, D, "Dorota Kalinowska"),
  S(2, D, "Dorota Kalinowska"),
  S(3, I, "Dorota Kalinowska"),
  S(4, I, "Dorota Kalinowska"),
  S(5, M, "Gustav Ahlvik"),
  S(6, D, "Gustav Ahlvik"),
  S(7, I, "Gustav Ahlvik"),
  S(8, I, "Sanna Ruuth"),
  S(9, M, None, UNK),
  S(10, D, None, UNK),
  S(11, I, "Reuters", ORG),
  S(12, I, "Landsbygds- och infrastrukturdepartementet", ORG),
)


# ---------------------------------------------------------------------------
# 5. Culture: book review plus author interview
# ---------------------------------------------------------------------------

A("bl4-kultur-hellstrom", "invented; morning paper culture pages, review and interview", """
Maja Hellström skriver fram en bygd som tystnar

RECENSION
Publicerad 9 oktober 2024 kl 05.00

Dela
Lyssna

Roman
Maja Hellström
Vinterljus över Hamra
Lindblom & Co, 412 sidor

Det är något med Maja Hellströms meningar som får en att sakta ner. I ”Vinterljus över Hamra”, hennes fjärde roman, händer nästan ingenting under de första hundra sidorna – och ändå går boken inte att lägga ifrån sig.

”{{c1:Ingen i Hamra glömde någonsin den vintern då bruket stängde}}”, {{q1:lyder}} bokens första mening, och den sätter tonen för allt som följer.

Vi följer syskonen Ingrid och Tore under ett enda år, från det att bruket läggs ned till att den sista bussen slutar gå. Hellström skildrar den så kallade ”bruksandan” utan ett uns av nostalgi, och hon har en ovanlig förmåga att låta det osagda tala.

Svagheten ligger i bokens sista del, där en kriminalhistoria plötsligt tar över och tempot blir ett annat. Men det är en småsak. ”Vinterljus över Hamra” är Hellströms bästa bok hittills och en av höstens starkaste svenska romaner.

Johan Ahlstedt

{{m2:Maja Hellström}}: ”{{c2:Jag ville skriva om det som försvinner}}”

Intervju: Karin Wall

När vi ses på ett kafé i Falun {{q3:berättar}} {{m3:Maja Hellström}} att {{c3:romanen tog sju år att skriva}}.

– {{c4:Jag började på en helt annan bok, om min mormor. Men den ville inte bli något, {{q4:säger}} {{m4:hon}}. Till slut förstod jag att det var bruket jag ville skriva om, det som försvinner när en bygd tystnar}}.

Hamra är ett påhittat samhälle, men {{m5:hon}} {{q5:medger}} att {{c5:det har drag av orten där hon själv växte upp}}.

– {{c6:Folk därhemma kommer nog att känna igen sig. Jag hoppas att de tar det som en kärleksförklaring}}.

Har hon fått kritik för att boken är långsam?

Hon skrattar.

– {{c7:Ja, och det får jag leva med. Jag tror inte att varje roman måste vara en thriller}}.

Förläggaren {{m8:Erik Sandin}} på Lindblom & Co {{q8:säger}} att {{c8:förlaget redan har sålt översättningsrättigheterna till Tyskland och Nederländerna}}.

– {{c9:Vi har aldrig haft så stort intresse för en svensk roman på bokmässan. Majas böcker hittar nya läsare för varje titel}}, {{q9:säger}} {{m9:han}}.

{{c10:En andra upplaga på 15 000 exemplar är redan på väg från tryckeriet}}, {{q10:enligt}} {{m10:Sandin}}.

{{m11:Hellström}} själv {{q11:säger}} att {{c11:hon inte läser recensioner – i alla fall inte direkt}}.

– {{c12:Jag läser dem efteråt, när jag har börjat på nästa bok. Då gör det inte lika ont}}, {{q12:säger}} {{m12:hon}} och ler.

Läs också: Höstens 20 bästa romaner
""",
  S(1, D, "Maja Hellström", opt=True),
  S(2, D, "Maja Hellström"),
  S(3, I, "Maja Hellström"),
  S(4, D, "Maja Hellström"),
  S(5, I, "Maja Hellström"),
  S(6, D, "Maja Hellström"),
  S(7, D, "Maja Hellström"),
  S(8, I, "Erik Sandin"),
  S(9, D, "Erik Sandin"),
  S(10, I, "Erik Sandin"),
  S(11, I, "Maja Hellström"),
  S(12, D, "Maja Hellström"),
)


# ---------------------------------------------------------------------------
# 6. Transport: rail disruption (SVT regional)
# ---------------------------------------------------------------------------

A("bl4-tag-kabelstold", "invented; SVT regional style, rail disruption", """
Kabelstöld stoppade tågen – tusentals pendlare strandsatta

SVT Nyheter Skåne
Publicerad idag 08:14
Uppdaterad idag 11:52

Lyssna
Dela

All tågtrafik mellan Lund och Hässleholm stod still under måndagsmorgonen efter en kabelstöld vid Rönnebo norr om Lund. Tusentals pendlare blev stående på perrongerna.

Larmet kom strax efter klockan fem. {{c1:Okända personer har skurit av och fört bort omkring 200 meter signalkabel längs spåret}}, {{q1:enligt}} {{m1:Trafikverket}}.

– {{c2:Det här är tyvärr inget nytt. Vi har haft elva liknande stölder i Skåne bara i år}}, {{q2:säger}} Trafikverkets presschef {{m2:Mikaela Strand}}.

{{m3:Hon}} {{q3:uppger}} att {{c3:reparationen beräknas vara klar tidigast vid lunch. Förseningar kan dock väntas under hela dagen, eftersom både tåg och personal har hamnat på fel ställen}}.

Ersättningsbussar räcker inte

SJ och Skånetrafiken har satt in ersättningsbussar, men långt ifrån alla får plats.

{{c4:Omkring 15 000 resenärer har drabbats under morgonen}}. Det {{q4:uppger}} {{m4:Skånetrafiken}}.

”{{c5:Vi förstår att det är väldigt frustrerande för våra resenärer. Den som har fått sin resa inställd kan ansöka om ersättning på vår webbplats}}”, {{q5:skriver}} {{m5:SJ:s presstjänst}} i ett mejl.

På Lunds central står Lina, 23, med en resväska och en kaffe i handen. Hon skulle ha varit på en anställningsintervju i Hässleholm klockan nio.

– {{c6:Jag har ringt dit, men det är klart att det inte ser så bra ut}}, {{q6:säger}} {{m6:hon}}.

Ahmed, 41, pendlar varje dag till sitt jobb i Höör. {{m7:Han}} {{q7:säger}} att {{c7:det är tredje gången på en månad som han inte kommer fram i tid}}.

– {{c8:Man blir så trött. Ingen säger något, skylten visar bara ”inställt”}}, {{q8:säger}} {{m8:han}}.

{{m9:Flera resenärer}} som SVT har talat med {{q9:klagar}} på att {{c9:informationen på perrongerna har varit bristfällig}}.

Tågvärdar får ta smällen

{{m10:Fackförbundet Seko}} {{q10:menar}} att {{c10:stölderna också drabbar personalen}}.

– {{c11:Det är tågvärdarna som får ta emot ilskan när tågen står still. Flera av våra medlemmar har blivit utskällda i dag}}, {{q11:säger}} {{m11:Kjell Rosén}}, ordförande för Seko Skåne, till Sydsvenskan.

{{m12:Han}} {{q12:kräver}} att {{c12:Trafikverket sätter upp kameror längs de mest utsatta sträckorna}}, skriver Sydsvenskan.

{{m13:Mikaela Strand}} {{q13:svarar}} att {{c13:bevakningen redan har utökats, men att det är omöjligt att övervaka hela järnvägsnätet}}.

Strax efter klockan halv elva {{q14:meddelade}} {{m14:Trafikverket}} att {{c14:ett första tåg hade släppts fram på sträckan}}.

Fakta: Rätt till ersättning

Blir ditt tåg mer än 20 minuter försenat kan du ha rätt till ersättning.
Ansökan görs hos det bolag du reste med.
Spara biljetten och kvitton på eventuella extra utlägg.

Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Godkänn alla | Inställningar
""",
  S(1, I, "Trafikverket", ORG),
  S(2, D, "Mikaela Strand"),
  S(3, I, "Mikaela Strand"),
  S(4, I, "Skånetrafiken", ORG),
  S(5, D, "SJ", ORG),
  S(6, D, "Lina"),
  S(7, I, "Ahmed"),
  S(8, D, "Ahmed"),
  S(9, I, "resenärer", GRP),
  S(10, I, "Seko", ORG),
  S(11, D, "Kjell Rosén", via=("Sydsvenskan",)),
  S(12, I, "Kjell Rosén", via=("Sydsvenskan",)),
  S(13, I, "Mikaela Strand"),
  S(14, I, "Trafikverket", ORG),
)


# ---------------------------------------------------------------------------
# 7. Tech / startup funding (Breakit style)
# ---------------------------------------------------------------------------

A("bl4-tech-solvik", "invented; tech news site style, startup funding", """
Solvik tar in 120 miljoner – ska ut i Europa

Av Oskar Bergqvist
2 april 2025 07:30

Dela artikeln

{{c1:Göteborgsbaserade Solvik, som utvecklar mjukvara för att styra hemmabatterier, har tagit in 120 miljoner kronor i en ny finansieringsrunda}}. Det {{q1:skriver}} {{m1:bolaget}} i ett pressmeddelande.

{{c2:Rundan leds av det danska riskkapitalbolaget Nordhavn Ventures, och även flera av de befintliga ägarna går in med nya pengar}}.

”{{c3:Med det nya kapitalet kan vi ta steget ut i Europa och samtidigt fördubbla vårt utvecklingsteam}}”, {{q3:skriver}} {{m3:bolaget}} vidare.

Solvik grundades 2021 av Sofia Rahimi, i dag vd, som då just hade disputerat i elektroteknik på Chalmers.

– {{c4:Folk köpte solpaneler och batterier men hade ingen aning om hur de skulle använda dem smart. Där föddes idén}}, {{q4:säger}} {{m4:hon}}.

{{c5:Solvik har i dag drygt 9 000 hushåll som kunder i Sverige och Norge}}, {{q5:enligt}} {{m5:bolagets grundare}}.

– {{c6:Energimarknaden i Europa håller på att ritas om. Solvik har den bästa tekniken vi har sett i det här segmentet}}, {{q6:säger}} {{m6:Mads Kjærgaard}}, partner på Nordhavn Ventures.

{{m7:Han}} {{q7:tror}} att {{c7:bolaget kan gå med vinst inom två år}}.

{{c8:Även ett amerikanskt riskkapitalbolag ska ha varit intresserat av att gå in i rundan}}, {{q8:uppger}} {{m8:Dagens industri}}. Det vill Sofia Rahimi inte kommentera.

Hård konkurrens

Alla är dock inte lika övertygade. {{m9:Petra Nordin}}, analytiker på analysfirman Gridwise, {{q9:påpekar}} att {{c9:konkurrensen från de stora elbolagen hårdnar}}.

– {{c10:Elbolagen bygger liknande tjänster själva. Till slut blir det en fråga om vem som äger kundrelationen}}, {{q10:säger}} {{m10:hon}}.

Solviks vd är inte orolig. {{m11:Hon}} {{q11:menar}} att {{c11:bolaget har ett tekniskt försprång på flera år}}.

Teknikchefen {{m12:Viktor Lund}} {{q12:berättar}} att {{c12:en stor del av pengarna ska gå till att anställa utvecklare i Göteborg och Warszawa}}.

{{c13:Solvik siktar på en börsnotering inom tre år}}. Det {{q13:bekräftar}} {{m13:Sofia Rahimi}}.

Få Breakits nyhetsbrev – de viktigaste techaffärerna varje morgon. Skriv upp dig här.
""",
  S(1, I, "Solvik", ORG),
  S(2, I, "Solvik", ORG, opt=True),
  S(3, D, "Solvik", ORG),
  S(4, D, "Sofia Rahimi"),
  S(5, I, "Sofia Rahimi"),
  S(6, D, "Mads Kjærgaard"),
  S(7, I, "Mads Kjærgaard"),
  S(8, I, "Dagens industri", ORG),
  S(9, I, "Petra Nordin"),
  S(10, D, "Petra Nordin"),
  S(11, I, "Sofia Rahimi"),
  S(12, I, "Viktor Lund"),
  S(13, I, "Sofia Rahimi"),
)


# ---------------------------------------------------------------------------
# 8. Environmental dispute: mining versus reindeer herding (regional paper)
# ---------------------------------------------------------------------------

A("bl4-miljo-grafitgruva", "invented; regional paper style, mining and environment", """
Nej till provbrytning vid Gaskavárri – gruvbolaget överklagar

Norrbottens-Kuriren
Publicerad 17 juni 2025 kl 10.05

Lyssna
Dela

Länsstyrelsen i Norrbottens län avslår gruvbolaget Ravnek Minerals ansökan om provbrytning av grafit vid Gaskavárri, norr om Jokkmokk. I beslutet {{q1:skriver}} {{m1:myndigheten}} att {{c1:verksamheten skulle ”påtagligt försvåra” rennäringen i området}}.

{{c2:I det här fallet väger riksintresset för rennäringen tyngre än riksintresset för värdefulla ämnen och material}}, {{q2:enligt}} {{m2:länsstyrelsen}}.

Beslutet är ett bakslag för bolaget, som har lagt över 300 miljoner kronor på projektet sedan 2019. Ravnek Minerals vd {{m3:Thomas Ekwall}} {{q3:säger}} att {{c3:bolaget kommer att överklaga beslutet till mark- och miljödomstolen}}.

– {{c4:Vi är förvånade och besvikna. Europa behöver grafit till batterier, och vi har visat att brytningen går att göra med mycket små ingrepp}}, {{q4:säger}} {{m4:han}} enligt TT.

{{m5:Ekwall}} tillbakavisar kritiken mot bolagets miljökonsekvensbeskrivning och {{q5:säger}} att {{c5:den har granskats av oberoende konsulter}}.

Lättnad i samebyn

För Njargavárri sameby, vars renar betar i området vintertid, är beslutet en lättnad.

– {{c6:Det här är en seger, {{q6:säger}} samebyns ordförande {{m6:Inga-Maria Sarri}}, för renen och för alla som har kämpat i sex år}}.

{{m7:Hon}} {{q7:berättar}} att {{c7:flera av samebyns medlemmar har mått dåligt under de år som processen har pågått}}.

– {{c8:Man har inte kunnat planera någonting. Ska vi finnas kvar här om tio år? Det har ingen kunnat svara på}}.

{{m9:Sarri}} {{q9:betonar}} samtidigt att {{c9:striden inte är över}}.

Även Naturskyddsföreningen välkomnar beslutet.

”{{c10:Länsstyrelsen har gjort en korrekt bedömning. Gaskavárri är ett av de sista stora sammanhängande fjällnära områdena i länet som ännu inte har exploaterats}}”, {{q10:skriver}} föreningens ordförande i Norrbotten, {{m10:Lars Vinberg}}, i en kommentar.

{{m11:Föreningen}} {{q11:befarar}} dock att {{c11:bolaget kommer att söka nya tillstånd i närliggande områden}}.

Jokkmokks kommunalråd Per-Erik Lantto (S) beklagar beslutet. {{m12:Han}} {{q12:menar}} att {{c12:gruvan hade kunnat ge ett sextiotal jobb i en kommun där befolkningen krymper}}.

Bolaget har tre veckor på sig att överklaga.

Fakta: Grafit

Grafit används bland annat i batterier till elbilar.
EU klassar grafit som en kritisk råvara.
Merparten av den grafit som används i Europa importeras i dag från Kina.
""",
  S(1, M, "Länsstyrelsen i Norrbottens län", ORG),
  S(2, I, "Länsstyrelsen i Norrbottens län", ORG),
  S(3, I, "Thomas Ekwall"),
  S(4, D, "Thomas Ekwall", via=("TT",)),
  S(5, I, "Thomas Ekwall"),
  S(6, D, "Inga-Maria Sarri"),
  S(7, I, "Inga-Maria Sarri"),
  S(8, D, "Inga-Maria Sarri"),
  S(9, I, "Inga-Maria Sarri"),
  S(10, D, "Lars Vinberg"),
  S(11, I, "Naturskyddsföreningen", ORG),
  S(12, I, "Per-Erik Lantto"),
)


# ---------------------------------------------------------------------------
# 9. Celebrity item relayed via weeklies and tabloids (TT nöje)
# ---------------------------------------------------------------------------

A("bl4-noje-wahlin", "invented; TT entertainment copy relaying weeklies and tabloids", """
Jessica Wahlin har gift sig i hemlighet

NÖJE
TT
Publicerad 12 augusti 2025 kl. 14.22

Dela
Lyssna

{{c1:Artisten och programledaren Jessica Wahlin, 44, har gift sig med sin partner sedan sex år, fotografen Daniel Öhrn. Vigseln ägde rum i ett litet kapell på Gotland i slutet av juli, med bara ett tiotal gäster}}. Det {{q1:berättar}} {{m1:Wahlin}} i en intervju med Svensk Damtidning.

– {{c2:Vi ville inte ha någon cirkus. Det skulle bara vara vi och de vi älskar mest}}, {{q2:säger}} {{m2:hon}} till tidningen.

I intervjun {{q3:avslöjar}} {{m3:hon}} också att {{c3:hon bar sin mormors brudklänning, som hade sytts om för tillfället}}.

{{c4:Det var Daniel Öhrn som friade, på en fjälltopp i Jämtland förra vintern}}, {{q4:enligt}} {{m4:Svensk Damtidning}}.

Paret träffades 2019 under inspelningen av tv-programmet ”Sommarkväll på kajen”, där Wahlin var programledare.

Ryktena om ett bröllop har gått sedan i somras. Redan i juli {{q5:skrev}} {{m5:Aftonbladet}} att {{c5:paret hade tagit ut lysning}}, något som Wahlins management då varken ville bekräfta eller dementera.

Hennes manager {{m6:Klara Bodin}} {{q6:bekräftar}} nu för TT att {{c6:paret har gift sig}}, men vill inte kommentera saken närmare.

– {{c7:Det var den finaste dagen i mitt liv}}, {{q7:säger}} {{m7:Daniel Öhrn}} till Expressen.

{{m8:Han}} {{q8:berättar}} för tidningen att {{c8:paret planerar en större fest för vänner och familj nästa sommar}}.

{{c9:Bland gästerna i kapellet fanns flera kända artistkolleger}}, {{q9:enligt}} {{m9:uppgifter}} till Expressen.

{{c10:Paret har också köpt ett hus på Fårö för drygt elva miljoner kronor}}. Det {{q10:skriver}} {{m10:Aftonbladet}}.

Wahlin har tidigare talat öppet om sin skilsmässa från den förre hockeyspelaren Mattias Krantz.

”{{c11:Jag trodde aldrig att jag skulle våga gifta mig igen}}”, {{q11:sade}} {{m11:hon}} till Svensk Damtidning 2021.

På Instagram {{q12:skrev}} {{m12:Jessica Wahlin}} på tisdagskvällen: ”{{c12:Fru Öhrn. Låter det inte fint?}}”

Läs också: Jessica Wahlin: Därför tog jag paus från scenen

Läs också: Höstens största bröllop – här är listan
""",
  S(1, I, "Jessica Wahlin", via=("Svensk Damtidning",)),
  S(2, D, "Jessica Wahlin", via=("Svensk Damtidning",)),
  S(3, I, "Jessica Wahlin", via=("Svensk Damtidning",)),
  S(4, I, "Svensk Damtidning", ORG),
  S(5, I, "Aftonbladet", ORG),
  S(6, I, "Klara Bodin", via=("TT",)),
  S(7, D, "Daniel Öhrn", via=("Expressen",)),
  S(8, I, "Daniel Öhrn", via=("Expressen",)),
  S(9, I, None, UNK, via=("Expressen",)),
  S(10, I, "Aftonbladet", ORG),
  S(11, D, "Jessica Wahlin", via=("Svensk Damtidning",)),
  S(12, D, "Jessica Wahlin"),
)


# ---------------------------------------------------------------------------
# 10. Weather and emergency: cloudburst (regional news)
# ---------------------------------------------------------------------------

A("bl4-vader-skyfall", "invented; regional news style, weather and emergency services", """
Skyfall över Dalsland – ”{{c1:En gång på hundra år}}”

Publicerad 18 augusti 2024 kl 09.02
Uppdaterad 18 augusti 2024 kl 16.45

Lyssna
Dela

Över 90 millimeter regn föll på sex timmar över Tjärnås i Dalsland natten till söndagen. Källare har svämmat över och flera vägar är avstängda.

SMHI har utfärdat en orange varning för skyfall för stora delar av Dalsland och norra Bohuslän.

– {{c2:Det här är regnmängder som vi normalt ser en gång på hundra år. Och det är inte över}}, {{q2:säger}} SMHI:s meteorolog {{m2:Lovisa Brandt}}.

{{m3:Hon}} {{q3:säger}} att {{c3:ytterligare 30 till 50 millimeter kan falla under söndagseftermiddagen, framför allt i ett stråk från Tjärnås upp mot norska gränsen}}.

{{q4:Enligt}} {{m4:meteorologen}} {{c4:beror de stora mängderna på ett lågtryck som har blivit stillastående över Skagerrak. Det drar in varm och fuktig luft från söder}}.

Hundratals larm

{{c5:Räddningstjänsten har fått över 140 larm sedan midnatt}}, {{q5:uppger}} räddningschefen {{m5:Peter Grahn}}.

– {{c6:Vi prioriterar hårt. Där det finns risk för liv och hälsa åker vi först, vattenfyllda källare får vänta}}, {{q6:säger}} {{m6:han}}.

{{m7:Han}} {{q7:uppmanar}} boende i låglänta områden att {{c7:flytta värdesaker och bilar till högre mark}}.

{{m8:Räddningschefen}} har också en tydlig uppmaning till bilister:

– {{c8:Kör inte ut i vattnet. Det går inte att se hur djupt det är, och en vanlig personbil kan börja flyta redan vid 30 centimeter}}.

{{c9:Väg 172 mellan Tjärnås och Lövnäset är avstängd på grund av översvämning}}, {{q9:enligt}} {{m9:Trafikverket}}.

Skörden förstörd

Lantbrukaren Göran Fjällström, 61, har sett en stor del av havreskörden hamna under vatten.

– {{c10:Åkrarna är som sjöar. Vi skulle ha tröskat nästa vecka}}, {{q10:säger}} {{m10:han}}.

{{m11:Göran Fjällström}} {{q11:säger}} att {{c11:han ännu inte vet om försäkringen täcker skadorna}}.

– {{c12:Vi har haft torka två somrar i rad, och nu det här. Man undrar ju hur länge det går att hålla på}}, {{q12:säger}} {{m12:61-åringen}}.

{{m13:Forskarna vid SMHI}} har länge {{q13:varnat}} för att {{c13:kraftiga skyfall blir vanligare i ett varmare klimat}}.

Fakta: SMHI:s vädervarningar

Gul varning: Vädret kan medföra vissa risker och störningar.
Orange varning: Vädret kan medföra stora risker och skador.
Röd varning: Mycket stora risker och allvarliga konsekvenser för samhället.

Följ utvecklingen i vår liverapportering.
""",
  S(1, D, "Lovisa Brandt", opt=True),
  S(2, D, "Lovisa Brandt"),
  S(3, I, "Lovisa Brandt"),
  S(4, I, "Lovisa Brandt"),
  S(5, I, "Peter Grahn"),
  S(6, D, "Peter Grahn"),
  S(7, I, "Peter Grahn"),
  S(8, D, "Peter Grahn"),
  S(9, I, "Trafikverket", ORG),
  S(10, D, "Göran Fjällström"),
  S(11, I, "Göran Fjällström"),
  S(12, D, "Göran Fjällström"),
  S(13, I, "forskarna vid SMHI", GRP),
)


# ---------------------------------------------------------------------------
# 11. Crime: detention hearing (TT court copy)
# ---------------------------------------------------------------------------

A("bl4-tt-haktning", "invented; TT court copy, detention hearing", """
34-åring häktad för mordförsök i Ulvsta

TT
Publicerad 23 januari 2025 16:41

Dela

En 34-årig man häktades på torsdagen av Uppsala tingsrätt, på sannolika skäl misstänkt för mordförsök på en man i 50-årsåldern i Ulvsta utanför Enköping.

Mannen i 50-årsåldern fördes natten till söndagen med svåra knivskador till Akademiska sjukhuset i Uppsala. {{c1:Hans tillstånd är stabilt}}, {{q1:uppger}} {{m1:polisen}}.

{{q2:Enligt}} {{m2:åklagaren}} {{c2:ska de två männen ha känt varandra sedan tidigare. Bråket ska ha börjat i en lägenhet och sedan fortsatt ut på gatan, där 34-åringen ska ha huggit målsäganden flera gånger i bröstet och ryggen}}.

– {{c3:Vi har vittnesuppgifter och tekniska spår som knyter honom till platsen}}, {{q3:säger}} kammaråklagare {{m3:Jenny Holmér}} till TT.

Hon vill inte gå in på vad bråket ska ha handlat om. Förhandlingen hölls bakom stängda dörrar.

{{c4:Mannen nekar till brott}}, {{q4:enligt}} {{m4:hans försvarare}}.

– {{c5:Han har en helt annan bild av vad som hände. Det var han som blev angripen först}}, {{q5:säger}} advokaten {{m5:Magnus Ferm}} till TT.

{{m6:Ferm}} {{q6:uppger}} att {{c6:häktningsbeslutet kommer att överklagas till hovrätten}}.

Vaknade av skrik

Grannen Birgitta Lönn, 67, vaknade av skrik strax efter klockan tre på natten.

– {{c7:Jag hörde någon ropa på hjälp flera gånger. Sedan blev det alldeles tyst}}, {{q7:säger}} {{m7:hon}}.

{{m8:Den 67-åriga kvinnan}} {{q8:berättar}} att {{c8:hon ringde 112 men att det tog nästan en halvtimme innan polisen kom}}.

{{m9:Polisen}} {{q9:förnekar}} att {{c9:det dröjde så länge}}. {{c10:Den första patrullen var på plats 14 minuter efter larmet}}, {{q10:enligt}} polisens presstalesperson {{m10:Anders Roos}}.

{{c11:34-åringen är sedan tidigare dömd för misshandel och olaga hot}}, {{q11:enligt}} {{m11:Upsala Nya Tidning}}.

Åtal ska väckas senast den 20 februari.
""",
  S(1, I, "polisen", ORG),
  S(2, I, "Jenny Holmér"),
  S(3, D, "Jenny Holmér", via=("TT",)),
  S(4, I, "Magnus Ferm"),
  S(5, D, "Magnus Ferm", via=("TT",)),
  S(6, I, "Magnus Ferm"),
  S(7, D, "Birgitta Lönn"),
  S(8, I, "Birgitta Lönn"),
  S(9, I, "polisen", ORG),
  S(10, I, "Anders Roos"),
  S(11, I, "Upsala Nya Tidning", ORG),
)


# ---------------------------------------------------------------------------
# 12. Obituary / portrait with quotes from the past
# ---------------------------------------------------------------------------

A("bl4-dodsfall-holmgren", "invented; morning paper culture obituary with archive quotes", """
Margit Holmgren är död – stod på Mälarteaterns scen i femtio år

KULTUR
Publicerad 5 mars 2025 kl 15.10

Dela
Lyssna

{{c1:Skådespelaren Margit Holmgren har avlidit, 86 år gammal. Hon somnade in i sitt hem i Västerås på måndagen efter en tids sjukdom}}. Det {{q1:bekräftar}} hennes son {{m1:Peter Holmgren}}.

Margit Holmgren föddes 1938 i Rävåsen i Bergslagen, som dotter till en gruvarbetare och en sömmerska. Hon kom till Mälarteatern i Västerås 1961 och blev kvar i ett halvt sekel. Den stora publiken lärde känna henne genom rollen som den bittra modern i ”Huset vid Svartån”, som spelades för utsålda salonger i fyra säsonger.

Själv {{q2:sade}} {{m2:hon}} ofta att {{c2:skådespeleri var ett hantverk snarare än en konst}}.

– {{c3:Jag är en snickare. Jag bygger människor av det virke jag får}}, {{q3:sade}} {{m3:hon}} i en intervju med Vestmanlands Läns Tidning 2015.

När teatern 1994 hotades av nedläggning var det Holmgren som gick i spetsen för protesterna. {{m4:Hon}} {{q4:skrev}} då i en debattartikel att {{c4:en stad utan teater är ”en stad som har slutat drömma”}}.

Öppen om missbruket

I en intervju med Sveriges Radio 2008 {{q5:berättade}} {{m5:hon}} att {{c5:hon hade varit nykter i tjugo år och att teatern hade räddat hennes liv}}.

– {{c6:Jag drack bort nästan tio år. Scenen var det enda som fick mig att ta mig upp på morgonen}}, {{q6:sade}} {{m6:hon}} i programmet.

Skådespelaren {{m7:Jonas Ehn}}, som spelade mot henne i ett tjugotal uppsättningar, {{q7:säger}} att {{c7:hon var den mest generösa kollega han har haft – och den mest krävande}}.

– {{c8:Hon tålde inte slarv. Men om man gjorde sitt jobb fanns hon där för en, alltid}}, {{q8:säger}} {{m8:han}}.

”{{c9:Margit var teatern. Det är svårt att föreställa sig huset utan henne}}”, {{q9:skriver}} Mälarteaterns chef {{m9:Sara Lindqvist}} i ett uttalande.

{{m10:Teatern}} {{q10:meddelar}} att {{c10:fredagens föreställning tillägnas Margit Holmgren}}.

Klar i huvudet till slutet

Dottern {{m11:Anna Holmgren Berg}} {{q11:säger}} att {{c11:hennes mamma var precis lika dramatisk hemma som på scenen}}.

– {{c12:Hon kunde inte ens beställa en kaffe utan att det blev en föreställning}}, {{q12:säger}} {{m12:dottern}} och skrattar.

{{c13:Margit Holmgren var klar i huvudet ända till slutet och läste manus så sent som i januari}}, {{q13:enligt}} {{m13:sonen}}.

I intervjun 2015 fick hon frågan om hon var rädd för döden.

– {{c14:Nej. Jag har dött så många gånger på scen att jag vet hur det slutar: ridån går ner och folk går hem och äter}}, {{q14:svarade}} {{m14:hon}}.

Margit Holmgren efterlämnar två barn, fem barnbarn och två barnbarnsbarn.
""",
  S(1, I, "Peter Holmgren"),
  S(2, I, "Margit Holmgren"),
  S(3, D, "Margit Holmgren", via=("Vestmanlands Läns Tidning",)),
  S(4, M, "Margit Holmgren"),
  S(5, I, "Margit Holmgren", via=("Sveriges Radio",)),
  S(6, D, "Margit Holmgren", via=("Sveriges Radio",)),
  S(7, I, "Jonas Ehn"),
  S(8, D, "Jonas Ehn"),
  S(9, D, "Sara Lindqvist"),
  S(10, I, "Mälarteatern", ORG),
  S(11, I, "Anna Holmgren Berg"),
  S(12, D, "Anna Holmgren Berg"),
  S(13, I, "Peter Holmgren"),
  S(14, D, "Margit Holmgren", via=("Vestmanlands Läns Tidning",)),
)


def main() -> int:
    return write_set(ARTICLES, Path(__file__).with_name("sv-blind4.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
