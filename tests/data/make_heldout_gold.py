#!/usr/bin/env python3
"""Build tests/data/sv-heldout.jsonl: a second held-out gold set of invented Swedish news.

25 longer articles (roughly 300-600 words) in the register of ordinary Swedish
newspapers and wire copy: domestic politics, courts and crime, economy, foreign
news relayed by TT/Reuters/AFP/AP/DPA/NTB, culture, sport, local news, science
and health, a Q&A interview and a live blog. All people, companies, clubs and
events are invented; real countries, parties, agencies and outlets appear only
as background.

The markup and its checks are those of make_handwritten_gold.py (imported from
it): {{cN:...}} content, {{qN:...}} cue, {{mN:...}} speaker mention, nestable;
each article lists ``S(n, kind, speaker, type, via, opt, q=, m=)``.
Annotation follows /work/shared/guidelines.md.

usage: python3 tests/data/make_heldout_gold.py   (writes sv-heldout.jsonl beside it)
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


A("ho-riksdag-partiledardebatt", "invented; morning paper, domestic politics", """
Hård ton i partiledardebatten: ”{{c12:Köerna växer varje månad}}”

Av Karin Wester, politisk reporter

Publicerad 14 maj 2025 kl 16.42

{{c1:Regeringen har ”tappat greppet” om vården och låter köerna växa medan den pratar om skattesänkningar}}. Det {{q1:hävdade}} {{m1:Socialdemokraternas partiledare Anders Holmqvist}} när riksdagens partiledare möttes i onsdagens debatt, den sista före sommaruppehållet.

Debatten hade vården som tema, och redan i första replikskiftet blev det tydligt att oppositionen tänker göra vårdköerna till en av de stora valfrågorna nästa år.

– {{c2:Köerna växer varje månad. Över 180 000 människor väntar längre än vårdgarantin tillåter, och statsministern står här och talar om att allt går åt rätt håll}}, {{q2:sade}} {{m2:Holmqvist}} från talarstolen.

Statsminister Maria Ekdahl (M) tog emot kritiken med synbart lugn. {{m3:Hon}} {{q3:påpekade}} att {{c3:regeringen redan har skjutit till elva miljarder kronor till regionerna och att antalet genomförda operationer ökade med sex procent förra året}}.

– {{c4:Vi tar inga lektioner av ett parti som under åtta år lät köerna fördubblas}}, {{q4:sade}} {{m4:statsministern}}.

{{m5:Ekdahl}} {{q5:lovade}} också att {{c5:regeringen ska presentera en ny satsning på vårdpersonal i höstbudgeten}}. Hur stor den blir ville hon inte säga.

Stödpartiet kräver granskning

Sverigedemokraterna, som släpper fram regeringens budgetar, intog en mellanposition. {{m6:Partiledaren Tomas Berg}} {{q6:menade}} att {{c6:problemet inte är pengarna utan hur de används. För mycket resurser går till administration och för lite till patienterna, och det gäller både den förra och den nuvarande regeringen}}.

– {{c7:Vi kommer att granska varje krona, {{q7:sade}} {{m7:han}}, och vi kommer inte att rösta för något som bara göder byråkratin}}.

Vänsterpartiets Leila Nasser gick hårdast åt regeringen och riktade in sig på de privata vårdbolagen. {{m8:Nasser}} {{q8:krävde}} att {{c8:vinstuttaget ur vårdföretag som finansieras med skattepengar stoppas omedelbart}}.

– {{c9:Det är inte rimligt att pengar som är avsedda för sjuka människor hamnar hos riskkapitalister på Jersey}}, {{q9:sade}} {{m9:hon}}.

Liberalerna vill samtidigt införa en nationell vårdkö där patienter kan välja att opereras i en annan region. Förslaget har tidigare fått stöd av Kristdemokraterna men mötts av kritik från flera regionpolitiker.

{{m10:Centerledaren Erik Dahl}} {{q10:sammanfattade}} debatten på sitt eget sätt: ”{{c10:Alla här vill korta köerna. Ingen här har en plan för hur det ska gå till}}.”

Efter debatten {{q11:uppgav}} {{m11:flera socialdemokratiska riksdagsledamöter}} för SvD att {{c11:partiet inom kort kommer att presentera ett eget förslag om att staten ska ta över ansvaret för de planerade operationerna}}.

Nästa partiledardebatt hålls i oktober. Vem tycker du vann debatten? Rösta i vår omröstning.

Fakta: Vårdgarantin

Vårdgarantin innebär att patienter ska få ett första besök i den specialiserade vården inom 90 dagar och behandling inom ytterligare 90 dagar. Garantin infördes 2005 och gäller i hela landet.
""",
  S(1, M, "Anders Holmqvist"),
  S(2, D, "Anders Holmqvist"),
  S(3, I, "Maria Ekdahl"),
  S(4, D, "Maria Ekdahl"),
  S(5, I, "Maria Ekdahl"),
  S(6, I, "Tomas Berg"),
  S(7, D, "Tomas Berg"),
  S(8, I, "Leila Nasser"),
  S(9, D, "Leila Nasser"),
  S(10, D, "Erik Dahl"),
  S(11, I, "socialdemokratiska riksdagsledamöter", GRP, via=("SvD",)),
  S(12, D, "Anders Holmqvist", opt=True),
)

A("ho-tt-minister-avgar", "invented; TT wire style, domestic politics", """
Landsbygdsministern avgår efter avslöjande om representation

{{c1:Landsbygdsminister Karin Öberg (KD) har använt departementets representationskonto för privata middagar vid minst elva tillfällen under de senaste två åren}}. Det {{q1:skriver}} {{m1:Expressen}} på torsdagen.

Redan på eftermiddagen kom beskedet. {{m2:Öberg}} {{q2:meddelar}} i ett pressmeddelande att {{c2:hon lämnar sin post med omedelbar verkan}}.

”{{c3:Jag har gjort fel och jag tar fullt ansvar för det. Förtroendet för regeringens arbete är viktigare än min egen person}}”, {{q3:skriver}} {{m3:hon}}.

{{q12:Enligt}} {{m12:Expressens granskning}} {{c12:rör det sig om middagar på restauranger i Stockholm och Visby till ett sammanlagt värde av omkring 96 000 kronor. I flera fall deltog enbart ministerns familjemedlemmar och vänner}}.

{{c4:Ekonomienheten på departementet flaggade för avvikelserna redan i höstas, men ingen åtgärd vidtogs}}, {{q4:uppger}} {{m4:källor inom departementet}} för tidningen.

Statsministern bekräftar

{{m5:Statsminister Maria Ekdahl}} {{q5:bekräftade}} vid en hastigt inkallad pressträff i Rosenbad att {{c5:hon har tagit emot ministerns avskedsansökan och beviljat den}}.

– {{c6:Karin har gjort ett stort arbete för landsbygden, men i det här fallet har hon fattat det enda möjliga beslutet}}, {{q6:sade}} {{m6:Ekdahl}}.

{{m7:Statsministern}} {{q7:förnekade}} att {{c7:hon kände till uppgifterna innan Expressen publicerade dem}}.

Tills vidare tar näringsministern över Öbergs ansvarsområden.

Oppositionen var snabb att reagera.

– {{c8:Det här är inte en enskild ministers misstag. Det säger något om kulturen i hela Regeringskansliet}}, {{q8:säger}} {{m8:Socialdemokraternas gruppledare Lars-Erik Nyman}} till TT.

{{m9:Han}} {{q9:kräver}} att {{c9:konstitutionsutskottet granskar hur departementets interna kontroller kunde brista under så lång tid}}. {{c10:Socialdemokraterna kommer att anmäla ärendet till KU redan i morgon}}, {{q10:enligt}} {{m10:Nyman}}.

Kristdemokraternas presstjänst hänvisar till pressmeddelandet och vill inte kommentera avgången närmare. Partiet vill inte heller spekulera i vem som blir ny minister.

{{q11:Enligt}} {{m11:TT:s uppgifter}} har {{c11:statsministern redan inlett samtal med två tänkbara efterträdare}}.

Karin Öberg, 52, har varit landsbygdsminister sedan 2022. Hon var tidigare kommunalråd i Gotlands kommun.

Fakta: Ministrar som har avgått

Sedan 2006 har ett tiotal statsråd lämnat regeringen efter kritik eller avslöjanden i medier. Flera av fallen har rört privatekonomi, tv-licenser eller bristande redovisning.

TT
""",
  S(1, I, "Expressen", ORG),
  S(2, I, "Karin Öberg"),
  S(3, D, "Karin Öberg"),
  S(4, I, "källor", UNK, via=("Expressen",)),
  S(5, I, "Maria Ekdahl"),
  S(6, D, "Maria Ekdahl"),
  S(7, I, "Maria Ekdahl"),
  S(8, D, "Lars-Erik Nyman", via=("TT",)),
  S(9, I, "Lars-Erik Nyman"),
  S(10, I, "Lars-Erik Nyman"),
  S(11, I, "TT", ORG, opt=True),
  S(12, I, "Expressen", ORG),
)

A("ho-tingsratt-borlange", "invented; regional paper, court reporting", """
Åtalade 45-åringen nekar till mordet i Borlänge

Rättegången mot den 45-årige mannen som är åtalad för mordet på en 38-årig kvinna i Borlänge inleddes på måndagen i Falu tingsrätt. Salen var fullsatt och flera av kvinnans släktingar följde förhandlingen från åhörarplatserna.

{{m1:Kammaråklagare Helena Strand}} {{q1:hävdade}} i sin sakframställan att {{c1:mannen dödade kvinnan med ett tjugotal knivhugg i hennes lägenhet natten till den 3 februari. Därefter ska han ha städat lägenheten och kastat kniven i Dalälven}}.

– {{c2:Den tekniska bevisningen är mycket stark. Vi har hans dna på kvinnans kläder och hans telefon placerar honom i lägenheten vid tidpunkten för mordet}}, {{q2:sade}} {{m2:åklagaren}} under förhandlingen.

{{m3:Den 45-årige mannen}} {{q3:förnekar}} att {{c3:han har dödat kvinnan}}.

Han har suttit häktad sedan i februari, och han har under förhören hållit fast vid sin version.

{{m4:Hans försvarare, advokat Per Lindqvist}}, {{q4:menar}} att {{c4:bevisningen är betydligt svagare än åklagaren vill göra gällande}}.

– {{c5:Det är inte konstigt att min klients dna finns på kläderna. De hade ett förhållande i flera månader och träffades regelbundet}}, {{q5:säger}} {{m5:Per Lindqvist}} till P4 Dalarna.

{{m6:Han}} {{q6:påpekar}} också att {{c6:ingen kniv har hittats. Polisens dykare har sökt igenom älven två gånger utan resultat}}.

Grannen hörde skrik

Tingsrätten har beslutat att delar av förhandlingen ska hållas bakom stängda dörrar, eftersom den rör uppgifter om kvinnans hälsa.

En granne till kvinnan hördes som vittne på eftermiddagen. {{m7:Mannen, som är 62 år}}, {{q7:berättade}} att {{c7:han hörde skrik och en dörr som smällde strax efter klockan två på natten}}.

– {{c8:Jag tänkte att det var ett vanligt gräl. Det ångrar jag i dag}}, {{q8:sade}} {{m8:han}} i rätten.

Under korsförhöret {{q12:medgav}} {{m12:grannen}} att {{c12:han inte kunde säga säkert vilken dag det var}}. {{m9:Försvaret}} {{q9:framhöll}} att {{c9:grannens uppgifter därför inte kan kopplas till mordnatten}}.

Familjen vill ha svar

{{m10:Målsägandebiträdet Anna Sjöberg}}, som företräder kvinnans föräldrar, {{q10:säger}} att {{c10:familjen har väntat länge på att få svar}}.

– {{c11:De vill förstå vad som hände den natten. Det är det enda de ber om}}.

Mannen har tidigare dömts för misshandel och olaga hot mot en tidigare partner. Rättegången väntas pågå i fyra dagar och dom meddelas den 28 april.

Foto: Mats Andersson
""",
  S(1, I, "Helena Strand"),
  S(2, D, "Helena Strand"),
  S(3, I, "45-årige mannen"),
  S(4, I, "Per Lindqvist"),
  S(5, D, "Per Lindqvist", via=("P4 Dalarna",)),
  S(6, I, "Per Lindqvist"),
  S(7, I, "grannen"),
  S(8, D, "grannen"),
  S(9, I, "Per Lindqvist"),
  S(10, I, "Anna Sjöberg"),
  S(11, D, "Anna Sjöberg"),
  S(12, I, "grannen"),
)

A("ho-tt-razzia-malmo", "invented; TT wire style, crime", """
Fyra gripna efter razzia i Malmö

{{c1:Fyra personer greps på tisdagsmorgonen när polisen slog till mot flera adresser i Rosengård och Holma}}. Det {{q1:uppger}} {{m1:polisen}} i ett pressmeddelande.

{{c2:Insatsen är en del av en större utredning om grova narkotikabrott och vapenbrott som har pågått sedan i höstas}}, {{q2:enligt}} {{m2:polisen}}.

– {{c3:Vi har under lång tid kartlagt ett nätverk som vi misstänker står bakom en stor del av narkotikaförsäljningen i västra Malmö}}, {{q3:säger}} {{m3:polisens presstalesperson Johan Ek}} till TT.

Han vill inte uppge hur många vapen som beslagtogs, men {{m4:han}} {{q4:bekräftar}} att {{c4:både skjutvapen och sprängämnen har hittats}}. Polisen uppger inte heller var i lägenheterna fynden gjordes.

De gripna är mellan 19 och 34 år gamla. {{c5:Tre av dem är sedan tidigare dömda för narkotikabrott}}, {{q5:uppger}} {{m5:Sydsvenskan}}.

Åklagare leder utredningen

{{m6:Åklagare Maria Lund}}, som leder förundersökningen, {{q6:bekräftar}} för TT att {{c6:samtliga fyra har anhållits i sin frånvaro}}.

– {{c7:Det är för tidigt att säga om fler personer kommer att gripas. Vi har mycket material att gå igenom}}, {{q7:säger}} {{m7:hon}}.

Razzian inleddes strax före klockan sex. Polisen hade med sig nationella insatsstyrkan, hundförare och en helikopter, och flera gator i området var avspärrade under förmiddagen.

Många boende vaknade av helikopterljudet.

– {{c8:Det var poliser överallt, med hundar och skyddsvästar. Mina barn var jätterädda}}, {{q8:säger}} {{m8:en kvinna som bor i ett av husen}} och som inte vill framträda med namn.

{{m9:Flera boende som TT talat med}} {{q9:säger}} att {{c9:de är lättade. Skjutningarna i området har gjort att många inte längre vågar gå ut på kvällarna}}.

Under förra året sköts tre personer ihjäl i stadsdelen. Polisen har sedan i oktober ett särskilt fokus på de två områdena, med fler patruller och kameraövervakning på två torg.

{{m10:Kommunstyrelsens ordförande i Malmö, Sara Björk}} (S), välkomnar tillslaget och {{q11:säger}} att {{c11:kommunen kommer att fortsätta att samarbeta nära med polisen}}.

– {{c12:Det här visar att det lönar sig att vara uthållig. Men vi får inte tro att problemen är lösta för att några personer har gripits}}, {{q12:säger}} {{m12:Sara Björk}}.

Läs mer: Skjutningarna i Malmö – det här vet vi

Foto: Johan Nilsson/TT
""",
  S(1, I, "polisen", ORG),
  S(2, I, "polisen", ORG),
  S(3, D, "Johan Ek", via=("TT",)),
  S(4, I, "Johan Ek"),
  S(5, I, "Sydsvenskan", ORG),
  S(6, I, "Maria Lund", via=("TT",)),
  S(7, D, "Maria Lund"),
  S(8, D, "kvinna"),
  S(9, I, "boende", GRP, via=("TT",)),
  S(11, I, "Sara Björk", m="m10"),
  S(12, D, "Sara Björk"),
)
A("ho-hovratt-nordvik", "invented; business/court reporting, Göteborg", """
Hovrätten skärper straffet för förre vd:n i Nordvikhärvan

Hovrätten för Västra Sverige skärper straffet för den tidigare vd:n för Nordvik Bygg AB från två och ett halvt till fyra års fängelse. Den 57-årige mannen döms för grovt bedrägeri och grovt bokföringsbrott.

{{m1:Hovrätten}} {{q1:skriver}} i sin dom att {{c1:mannen under flera år systematiskt lurade banker och underleverantörer på sammanlagt 46 miljoner kronor. Pengarna användes bland annat till att köpa en fritidsfastighet i Spanien och två sportbilar}}.

”{{c2:Brottsligheten har varit planerad och pågått under lång tid. Den har dessutom drabbat ett stort antal små företag, vilket är försvårande}}”, {{q2:skriver}} {{m2:domstolen}}.

Nordvik Bygg var under flera år ett av de snabbast växande byggföretagen i Halland. Bolaget försattes i konkurs i mars 2023, och strax därefter inledde Ekobrottsmyndigheten en förundersökning.

Både åklagaren och den dömde överklagade tingsrättens dom.

{{m3:Chefsåklagare Lars Wik vid Ekobrottsmyndigheten}} {{q3:säger}} till Göteborgs-Posten att {{c3:han är nöjd med domen}}.

– {{c4:Hovrätten har fullt ut delat vår bedömning av hur allvarliga brotten är. Det är en viktig signal till alla som tror att ekonomisk brottslighet lönar sig}}, {{q4:säger}} {{m4:han}}.

Försvaret överklagar

{{m5:Mannens advokat, Eva Borg}}, {{q5:uppger}} att {{c5:hennes klient kommer att söka prövningstillstånd i Högsta domstolen}}.

– {{c6:Vi anser att hovrätten har gjort en felaktig bedömning av uppsåtet. Min klient har hela tiden trott att bolaget skulle klara sig och att alla skulle få betalt}}, {{q6:säger}} {{m6:Eva Borg}}.

{{m7:Hon}} {{q7:understryker}} att {{c7:mannen har erkänt bokföringsbrottet men att han aldrig har haft för avsikt att lura någon}}.

”{{c10:Fyra år är ingenting}}”

Björn Sandell driver ett plåtslageri med sex anställda i Kungsbacka. När Nordvik Bygg gick i konkurs förlorade han nästan 800 000 kronor i obetalda fakturor.

– {{c8:Jag fick låna pengar av min bror för att kunna betala löner. Fyra år är ingenting jämfört med vad vi har gått igenom}}, {{q8:säger}} {{m8:han}}.

{{m9:Konkursförvaltaren, advokat Mikael Ros}}, {{q9:uppskattar}} att {{c9:borgenärerna kommer att få tillbaka högst tio procent av sina fordringar. Utdelningen väntas tidigast nästa år}}.

{{q11:Enligt}} {{m11:domen}} {{c11:ska mannen också betala skadestånd på drygt 12 miljoner kronor till två av bankerna. Han får dessutom näringsförbud i sju år}}.

Domen kan överklagas till Högsta domstolen senast den 12 juni.
""",
  S(1, I, "Hovrätten för Västra Sverige", ORG),
  S(2, D, "Hovrätten för Västra Sverige", ORG),
  S(3, I, "Lars Wik", via=("Göteborgs-Posten",)),
  S(4, D, "Lars Wik"),
  S(5, I, "Eva Borg"),
  S(6, D, "Eva Borg"),
  S(7, I, "Eva Borg"),
  S(8, D, "Björn Sandell"),
  S(9, I, "Mikael Ros"),
  S(10, D, "Björn Sandell", opt=True),
  S(11, I, "Hovrätten för Västra Sverige", ORG),
)

A("ho-riksbanken-ranta", "invented; business news, Riksbanken decision", """
Riksbanken lämnar räntan oförändrad – ”{{c12:Inflationen är inte besegrad}}”

Uppdaterad 11.20
Publicerad 09.30

{{c1:Styrräntan lämnas oförändrad på 2,25 procent}}. Det {{q1:meddelade}} {{m1:Riksbanken}} på torsdagsmorgonen.

{{m2:Banken}} {{q2:skriver}} i sitt beslut att {{c2:inflationen har fallit tillbaka mot målet men att osäkerheten kring den globala handeln motiverar försiktighet}}.

Beskedet var väntat. Ränteprissättningen på marknaden hade under veckan pekat på att direktionen skulle avvakta, och kronan rörde sig knappt efter klockan 9.30.

– {{c3:Inflationen är inte besegrad. Vi har sett tidigare hur snabbt den kan komma tillbaka om vi släpper taget för tidigt}}, {{q3:sade}} {{m3:riksbankschef Per Almgren}} på presskonferensen.

{{m4:Almgren}} {{q4:underströk}} att {{c4:banken fortfarande räknar med en sänkning under hösten, om utvecklingen blir som väntat}}. {{m5:Han}} {{q5:lade till}} att {{c5:kronans förstärkning under våren har hjälpt till att pressa ned importpriserna}}.

Ekonomer tror på tidigare sänkning

{{m6:Swedbanks chefsekonom Lena Ivarsson}} {{q6:tror}} att {{c6:Riksbanken sänker räntan redan i september}}.

– {{c7:Hushållen har det fortfarande tufft och konsumtionen är svag. Jag tror att direktionen kommer att se att det finns utrymme för en sänkning tidigare än den själv signalerar}}, {{q7:säger}} {{m7:hon}} till TT.

Oskar Wahl, seniorekonom på Handelsbanken, är mer försiktig i sin bedömning. {{m8:Han}} {{q8:befarar}} att {{c8:tullkonflikten mellan USA och EU kan driva upp priserna igen. I så fall blir det ingen sänkning alls i år}}.

– {{c9:Riksbanken har bränt sig en gång och vill inte göra om det. Jag skulle inte räkna med några presenter i höst}}, {{q9:säger}} {{m9:Oskar Wahl}}.

{{m10:Företagarnas chefsekonom Sofia Nyström}} {{q10:konstaterar}} att {{c10:många småföretag fortfarande kämpar med höga lånekostnader}}.

– {{c11:Varje månad med den här räntan innebär fler konkurser, framför allt i bygg- och restaurangbranschen}}, {{q11:säger}} {{m11:hon}}.

Antalet företagskonkurser ökade med 14 procent under årets första fyra månader jämfört med samma period i fjol. Det visar siffror från kreditupplysningsföretaget UC.

Fakta: Styrräntan

Styrräntan är den ränta som bankerna får när de placerar pengar i Riksbanken eller lånar av den under en vecka. Den påverkar i sin tur räntorna på bolån och företagslån. Riksbankens direktion fattar beslut om räntan åtta gånger per år.

Nästa räntebesked kommer den 24 juni.
""",
  S(1, I, "Riksbanken", ORG),
  S(2, I, "Riksbanken", ORG),
  S(3, D, "Per Almgren"),
  S(4, I, "Per Almgren"),
  S(5, I, "Per Almgren"),
  S(6, I, "Lena Ivarsson"),
  S(7, D, "Lena Ivarsson", via=("TT",)),
  S(8, I, "Oskar Wahl"),
  S(9, D, "Oskar Wahl"),
  S(10, I, "Sofia Nyström"),
  S(11, D, "Sofia Nyström"),
  S(12, D, "Per Almgren", opt=True),
)

A("ho-varsel-motala", "invented; regional paper, economy and labour", """
430 varslas när Kroneborg flyttar tillverkning till Polen

Av Jonas Lindell

{{c1:Kroneborg Verkstäder varslar 430 anställda vid fabriken i Motala}}. Det {{q1:meddelade}} {{m1:bolaget}} på onsdagen.

{{q2:Enligt}} {{m2:pressmeddelandet}} {{c2:ska tillverkningen av växellådor flyttas till en fabrik utanför Poznań i Polen under nästa år. Kvar i Motala blir omkring 250 anställda inom utveckling, försäljning och administration}}.

– {{c3:Det här är ett av de tyngsta besked jag har behövt lämna. Men kostnadsläget i Sverige gör att vi inte längre kan konkurrera med den här produkten}}, {{q3:säger}} {{m3:vd Annika Sörman}} till Corren.

{{m4:Hon}} {{q4:betonar}} att {{c4:huvudkontoret och utvecklingsavdelningen ska ligga kvar i Motala}}.

– {{c5:Vi har funnits här i 112 år och vi tänker finnas här i många år till}}.

Facket: ”{{c13:Folk är förbannade}}”

IF Metalls klubbordförande på fabriken, Stefan Rydh, fick beskedet vid ett möte med ledningen klockan sju på morgonen.

– {{c6:Folk är förbannade och ledsna. Många här har stått vid maskinerna i trettio år}}, {{q6:säger}} {{m6:Stefan Rydh}}.

{{m7:Han}} {{q7:menar}} att {{c7:bolaget fattade beslutet för länge sedan och bara har väntat på rätt tillfälle att berätta det. Klubben har frågat om framtiden vid varje möte i två år och varje gång fått ”lugnande besked”}}.

Förhandlingar enligt medbestämmandelagen inleds nästa vecka. Bolaget vill då också diskutera möjligheten till förtida pension för anställda över 62 år.

– {{c8:Det här är en käftsmäll för hela kommunen. Kroneborg är inte bara en arbetsgivare, det är en del av Motalas identitet}}, {{q8:säger}} {{m8:kommunstyrelsens ordförande Gunnar Åslund}} (S).

{{m9:Åslund}} {{q9:uppger}} att {{c9:kommunen redan har kontaktat Arbetsförmedlingen och Region Östergötland för att ta fram ett omställningspaket}}.

Analytiker: Flytten var väntad

Kroneborgs aktie steg med fyra procent på Stockholmsbörsen efter beskedet.

{{c10:Flytten var väntad}}, {{q10:enligt}} {{m10:Carnegies analytiker Jonas Hedlund}}. {{m11:Han}} {{q11:påpekar}} att {{c11:flera konkurrenter redan har gjort samma resa och att marginalerna på växellådor har pressats hårt av asiatisk konkurrens}}.

– {{c12:Frågan var aldrig om, utan när}}, {{q12:säger}} {{m12:Jonas Hedlund}}.

Varslet är det största i Östergötland sedan 2020. Hur många som till slut blir av med jobbet avgörs i förhandlingarna.

Läs också: Så fungerar ett varsel – och det här har du rätt till
""",
  S(1, I, "Kroneborg Verkstäder", ORG),
  S(2, I, "Kroneborg Verkstäder", ORG),
  S(3, D, "Annika Sörman", via=("Corren",)),
  S(4, I, "Annika Sörman"),
  S(5, D, "Annika Sörman"),
  S(6, D, "Stefan Rydh"),
  S(7, M, "Stefan Rydh"),
  S(8, D, "Gunnar Åslund"),
  S(9, I, "Gunnar Åslund"),
  S(10, I, "Jonas Hedlund"),
  S(11, I, "Jonas Hedlund"),
  S(12, D, "Jonas Hedlund"),
  S(13, D, "Stefan Rydh", opt=True),
)

A("ho-bostadspriser", "invented; business news, housing market", """
Bostadspriserna stiger igen – men mäklarna varnar för bakslag

Priserna på bostadsrätter steg med 1,8 procent i april jämfört med månaden innan. Det visar ny statistik från Svensk Mäklarstatistik som publicerades på måndagen.

Uppgången är den största på tre år, och den kommer efter en vinter då priserna i stort sett stod still.

{{m1:Svensk Mäklarstatistiks analyschef Hanna Rudolfsson}} {{q1:säger}} att {{c1:uppgången framför allt drivs av storstadsregionerna}}.

– {{c2:I Stockholm och Göteborg har vi sett budgivningar som påminner om 2021. Men på många mindre orter står priserna fortfarande still eller sjunker}}, {{q2:säger}} {{m2:hon}}.

{{m3:Mäklarsamfundet}} {{q3:varnar}} samtidigt för att {{c3:köpare inte tar tillräckligt stor höjd för högre räntor längre fram}}. {{m4:Förbundets ordförande Mats Kjellgren}} {{q4:anser}} att {{c4:bankernas kalkylräntor har blivit för generösa}}.

– {{c5:Vi ser unga köpare som sträcker sig väldigt långt. Om räntan stiger med en procentenhet kommer en del av dem att få stora problem}}, {{q5:säger}} {{m5:han}}.

{{m6:Finansinspektionen}} {{q6:bedömde}} i sin senaste stabilitetsrapport att {{c6:hushållens skuldsättning fortfarande är den största risken för den finansiella stabiliteten i Sverige}}.

{{c7:Prisuppgången kommer att mattas av under andra halvåret}}. Det {{q7:tror}} {{m7:SEB:s bostadsekonom Ali Demir}}, som intervjuas i Dagens industri. {{m8:Han}} {{q8:pekar på}} att {{c8:utbudet av nyproducerade lägenheter är stort och att många byggbolag sänker priserna för att få sålt}}.

Budgivning med elva spekulanter

Josefin Åkesson, 29, och hennes sambo köpte en tvåa i Majorna förra veckan efter en budgivning med elva budgivare.

– {{c9:Vi fick gå över vår smärtgräns med 200 000 kronor. Jag vet inte om det var klokt, men vi orkade inte förlora en budgivning till}}, {{q9:säger}} {{m9:hon}}.

Paret hade då varit på ett trettiotal visningar sedan jul. Vad gör man om räntan stiger igen? Den frågan har de bestämt sig för att inte tänka på just nu.

Villapriserna steg med 0,9 procent under samma period. Även där är uppgången störst i Stockholms län.

Fakta: Så har priserna på bostadsrätter utvecklats i år

Januari: +0,4 procent
Februari: +0,9 procent
Mars: +1,1 procent
April: +1,8 procent

Källa: Svensk Mäklarstatistik

Läs också: Så mycket har räntan kostat hushållen sedan 2022
""",
  S(1, I, "Hanna Rudolfsson"),
  S(2, D, "Hanna Rudolfsson"),
  S(3, I, "Mäklarsamfundet", ORG),
  S(4, I, "Mats Kjellgren"),
  S(5, D, "Mats Kjellgren"),
  S(6, I, "Finansinspektionen", ORG),
  S(7, I, "Ali Demir", via=("Dagens industri",)),
  S(8, I, "Ali Demir"),
  S(9, D, "Josefin Åkesson"),
)
A("ho-tt-portugal-val", "invented; TT foreign wire (Reuters, AFP)", """
Portugals socialister störst – men långt från egen majoritet

{{c1:Socialistpartiet blir största parti i söndagens parlamentsval i Portugal med drygt 34 procent av rösterna}}, {{q1:enligt}} {{m1:den portugisiska valmyndigheten}}.

När nästan alla röster var räknade stod det klart att partiet blir tvunget att söka stöd hos andra partier för att kunna regera.

– {{c2:Portugiserna har valt stabilitet. Nu är det vår uppgift att bygga en regering som kan hålla i fyra år}}, {{q2:sade}} {{m2:partiledaren Rui Carvalho}} inför jublande anhängare i Lissabon sent på söndagskvällen, enligt nyhetsbyrån Reuters.

{{m3:Carvalho}} {{q3:slog fast}} att {{c3:han inte tänker samarbeta med det högerpopulistiska partiet Avante, som ökade kraftigt och fick omkring 19 procent}}.

Avante har på bara fem år gått från att vara ett marginellt protestparti till att bli landets tredje största. {{m4:Partiets ledare Inês Moura}} {{q4:hävdade}} enligt AFP att {{c4:valresultatet är ett ”jordskred” och att ingen stabil regering kan bildas utan hennes parti}}.

– {{c5:Vi är inte längre en röst i marginalen. Vi är rösten för de portugiser som har blivit bortglömda i Lissabon}}, {{q5:sade}} {{m5:Moura}} till sina anhängare i Porto.

Det borgerliga Demokratiska förbundet backade och fick sitt sämsta resultat sedan 1980-talet. Partiledaren har ännu inte kommenterat om han tänker sitta kvar.

{{c6:Carvalho kan behöva förhandla i flera veckor innan en ny regering är på plats}}, {{q6:skriver}} {{m6:den portugisiska tidningen Público}} i en analys på måndagen.

{{m7:President Helena Costa Pires}} {{q7:meddelade}} under natten att {{c7:hon kommer att inleda samtal med samtliga partiledare redan under veckan}}.

{{m8:EU-kommissionens talesperson}} {{q8:sade}} på måndagen att {{c8:kommissionen respekterar väljarnas val och ser fram emot ett fortsatt gott samarbete med Lissabon}}.

”{{c11:Stort frågetecken i höst}}”

{{m9:Statsvetaren Marta Lindgren vid Lunds universitet}}, som forskar om sydeuropeisk politik, {{q9:tror}} att {{c9:Carvalho till slut kommer att bilda en minoritetsregering med stöd av de mindre vänsterpartierna}}.

– {{c10:Portugal har en lång tradition av minoritetsregeringar som fungerar bättre än man kunde tro. Det stora frågetecknet är budgeten i höst}}, {{q10:säger}} {{m10:hon}} till TT.

Valdeltagandet blev 61 procent, det högsta sedan 2005. Valet utlystes i mars efter att den förra regeringen förlorat en förtroendeomröstning i parlamentet.

TT-Reuters-AFP
""",
  S(1, I, "portugisiska valmyndigheten", ORG),
  S(2, D, "Rui Carvalho", via=("Reuters",)),
  S(3, I, "Rui Carvalho"),
  S(4, M, "Inês Moura", via=("AFP",)),
  S(5, D, "Inês Moura"),
  S(6, I, "Público", ORG),
  S(7, I, "Helena Costa Pires"),
  S(8, I, "EU-kommissionens talesperson"),
  S(9, I, "Marta Lindgren"),
  S(10, D, "Marta Lindgren", via=("TT",)),
  S(11, D, "Marta Lindgren", opt=True),
)

A("ho-tt-dpa-tyskland-bro", "invented; TT foreign wire (DPA), German politics", """
Tysk minister pressas efter läckta mejl om rasrisk

{{c1:Den tyske transportministern Klaus Hartmann ska ha känt till allvarliga säkerhetsbrister på motorvägsbron över Elbe vid Dresden ett år innan den stängdes akut}}. Det {{q1:skriver}} {{m1:nyhetsmagasinet Der Spiegel}}, som har tagit del av interna mejl från ministeriet.

Av mejlen framgår att ministeriets egna ingenjörer i oktober 2023 varnade för korrosion i bärande delar av konstruktionen.

{{m2:Hartmann}} {{q2:förnekar}} att {{c2:han har fått information om bristerna}}.

”{{c3:Jag har aldrig sett de här mejlen och jag har aldrig fått någon muntlig information om att bron var i fara}}”, {{q3:sade}} {{m3:ministern}} på måndagen enligt nyhetsbyrån DPA.

De gröna kräver avgång

Oppositionen nöjer sig inte med beskedet. {{m4:De gröna}} {{q4:kräver}} att {{c4:Hartmann avgår omedelbart}}.

– {{c5:Antingen har ministern ljugit eller så har han ingen kontroll över sitt eget departement. Båda alternativen är oacceptabla}}, {{q5:säger}} {{m5:partiets gruppledare i förbundsdagen Anja Kessler}} till Süddeutsche Zeitung.

{{m6:Regeringens talesperson Martin Fehr}} {{q6:sade}} på en pressträff i Berlin att {{c6:förbundskanslern har fullt förtroende för Hartmann}}.

{{c7:Den oberoende utredningen om bron ska vara klar i juni. Först då kommer regeringen att ta ställning till eventuella konsekvenser}}, {{q7:tillade}} {{m7:han}}.

Bron, som i normala fall trafikeras av omkring 40 000 fordon per dygn, har varit stängd sedan november. Omledningen har skapat långa köer i hela regionen.

– {{c8:Vi har fått köra en omväg på fyrtio minuter varje dag i ett halvår. Och nu får vi veta att någon visste}}, {{q8:sade}} {{m8:pendlaren Sabine Vogt}} till den regionala tv-kanalen MDR.

Varningar i flera år

{{m9:Den tyska ingenjörsorganisationen VDI}} {{q9:varnade}} redan 2022 för att {{c9:hundratals broar i landet är i akut behov av renovering}}. {{c10:Omkring 4 000 av de federala motorvägsbroarna är i så dåligt skick att de måste ersättas helt inom tio år}}, {{q10:enligt}} {{m10:organisationens beräkningar}}.

Hartmann tillhör det liberala FDP och har varit transportminister sedan förra valet. Frågan om hans framtid väntas tas upp i förbundsdagen redan på onsdag.

TT-DPA
""",
  S(1, I, "Der Spiegel", ORG),
  S(2, I, "Klaus Hartmann"),
  S(3, D, "Klaus Hartmann", via=("DPA",)),
  S(4, I, "De gröna", ORG),
  S(5, D, "Anja Kessler", via=("Süddeutsche Zeitung",)),
  S(6, I, "Martin Fehr"),
  S(7, I, "Martin Fehr"),
  S(8, D, "Sabine Vogt", via=("MDR",)),
  S(9, I, "VDI", ORG),
  S(10, I, "VDI", ORG),
)

A("ho-tt-ntb-laxskatt", "invented; TT foreign wire (NTB), Norway", """
Norska laxodlare rasar mot ny skatt

Norges regering presenterade på tisdagen ett förslag om höjd grundränteskatt på havsbruk. Skatten ska gälla från nästa år och träffar framför allt de stora laxbolagen längs kusten.

{{m1:Finansminister Tone Haugland}} {{q1:sade}} enligt NTB att {{c1:skatten ska ge staten omkring fyra miljarder norska kronor extra per år}}.

– {{c2:Laxen är en gemensam naturresurs. Det är rimligt att en större del av vinsten kommer hela samhället till del}}, {{q2:sade}} {{m2:Haugland}} på en pressträff i Oslo.

{{m3:Finansministern}} {{q3:medger}} att {{c3:skatten kan leda till att vissa mindre odlare slås ut}}, men {{q4:menar}} att {{c4:det är ett pris värt att betala}}.

”{{c11:Konsekvenserna syns direkt}}”

Reaktionerna från näringen lät inte vänta på sig. {{m5:Branschorganisationen Sjømat Norge}} {{q5:hävdar}} att {{c5:förslaget hotar tusentals arbetstillfällen längs kusten}}.

{{m6:Organisationens vd Geir Solbakken}} {{q6:säger}} till tidningen VG att {{c6:flera företag redan har pausat planerade investeringar i nya anläggningar}}.

– {{c7:Regeringen sitter i Oslo och räknar på pengar som inte finns. Vi som bor här ser konsekvenserna direkt}}, {{q7:säger}} {{m7:Solbakken}}.

{{m8:Borgmästaren i Frøya, Hilde Rønning}}, {{q8:befarar}} att {{c8:kommunen kommer att förlora skatteintäkter som i dag finansierar både skolor och äldreomsorg}}, skriver NTB.

Frøya är en av de kommuner i Norge där laxnäringen står för störst andel av arbetstillfällena. Nästan var fjärde invånare arbetar direkt eller indirekt med odlingen.

{{m9:Høyres ledare Marius Lie}} {{q9:lovar}} att {{c9:partiet kommer att riva upp skatten om det vinner valet i september}}.

– {{c10:Det här är ingen skattereform. Det är ett angrepp på kustens näringsliv}}, {{q10:säger}} {{m10:Lie}} till NRK.

Svenska fiskodlare och exportörer följer utvecklingen noga. Norge står för över hälften av världens produktion av odlad atlantlax, och priset i svenska butiker påverkas direkt av vad som händer i branschen.

Förslaget ska nu ut på remiss och väntas behandlas i Stortinget i höst.

Läs också: Laxpriset på rekordnivå – här är förklaringen

TT-NTB
""",
  S(1, I, "Tone Haugland", via=("NTB",)),
  S(2, D, "Tone Haugland"),
  S(3, I, "Tone Haugland"),
  S(4, I, "Tone Haugland", m="m3"),
  S(5, I, "Sjømat Norge", ORG),
  S(6, I, "Geir Solbakken", via=("VG",)),
  S(7, D, "Geir Solbakken"),
  S(8, I, "Hilde Rønning", via=("NTB",)),
  S(9, I, "Marius Lie"),
  S(10, D, "Marius Lie", via=("NRK",)),
  S(11, D, "Geir Solbakken", opt=True),
)

A("ho-tt-ap-orkan", "invented; TT foreign wire (AP), USA", """
Minst tolv döda när orkanen Delia drog in över Louisiana

{{c1:Minst tolv personer har omkommit sedan orkanen Delia drog in över Louisianas kust natten till onsdagen}}, {{q1:uppger}} {{m1:delstatens myndigheter}} enligt nyhetsbyrån AP.

Delia nådde land strax söder om Houma som en kategori 4-orkan med vindar på upp till 60 meter per sekund. Hela kvarter står under vatten och tusentals människor har evakuerats.

{{m2:Guvernör Mark Thibodeaux}} {{q2:varnade}} på en pressträff för att {{c2:dödssiffran sannolikt kommer att stiga när räddningsarbetarna når de mest drabbade områdena}}.

– {{c3:Vi har fortfarande människor som sitter på hustak och väntar på hjälp. Vi kommer inte att sluta leta förrän vi har hittat varenda en}}, {{q3:sade}} {{m3:Thibodeaux}}.

{{c4:Över 600 000 hushåll i Louisiana och Mississippi saknade ström på onsdagskvällen}}, {{q4:enligt}} {{m4:sajten Poweroutage.us}}.

{{m5:Den federala katastrofmyndigheten Fema}} {{q5:meddelade}} att {{c5:den skickar 2 000 extra medarbetare samt stora mängder vatten och mat till regionen}}. {{m6:Vita huset}} {{q6:uppgav}} att {{c6:presidenten ska besöka delstaten under helgen}}.

”{{c12:Vattnet steg en meter på tio minuter}}”

– {{c7:Vattnet steg en meter på tio minuter. Vi tog hunden och klättrade upp på vinden och satt där i sex timmar}}, {{q7:sade}} {{m7:Denise Arceneaux, 58, från Houma}}, till CNN.

{{m8:Det nationella orkancentret NHC}} {{q8:uppger}} att {{c8:Delia har försvagats till en tropisk storm men fortfarande för med sig mycket kraftiga regn. Upp till 400 millimeter väntas falla över delar av Mississippi de kommande två dygnen}}.

Orkanen är den kraftigaste att nå Louisiana sedan Ida 2021. Längs kusten har flera broar och vägar spolats bort, och på många håll kan räddningstjänsten bara ta sig fram med båt eller helikopter.

{{m9:Klimatforskaren Johan Fors vid SMHI}} {{q9:säger}} till TT att {{c9:varmare hav ger orkanerna mer energi att växa sig starka}}.

– {{c10:Vi kan inte säga att just Delia orsakades av klimatförändringarna, men vi ser att de kraftigaste stormarna blir vanligare och att de blir blötare}}, {{q10:säger}} {{m10:han}}.

{{m11:Utrikesdepartementet}} {{q11:uppger}} att {{c11:det inte finns några uppgifter om att svenska medborgare har skadats}}.

TT-AP
""",
  S(1, I, "delstatens myndigheter", ORG, via=("AP",)),
  S(2, I, "Mark Thibodeaux"),
  S(3, D, "Mark Thibodeaux"),
  S(4, I, "Poweroutage.us", ORG),
  S(5, I, "Fema", ORG),
  S(6, I, "Vita huset", ORG),
  S(7, D, "Denise Arceneaux", via=("CNN",)),
  S(8, I, "NHC", ORG),
  S(9, I, "Johan Fors", via=("TT",)),
  S(10, D, "Johan Fors"),
  S(11, I, "Utrikesdepartementet", ORG),
  S(12, D, "Denise Arceneaux", opt=True),
)
A("ho-kultur-roman", "invented; morning paper culture interview", """
{{m1:Sara Holm}}: ”{{c1:Jag skrev boken för att slippa prata om den}}”

Hennes tredje roman har sålt i över 80 000 exemplar och är nominerad till Augustpriset. {{c12:Men framgången har ett pris}}, {{q12:säger}} {{m12:Sara Holm}}.

Av Elin Kjellberg

Sara Holms roman ”Vinterhamnen” kom ut i januari och har sedan dess legat på topplistorna varje vecka. I boken berättar hon om sin uppväxt vid ett varv i Oskarshamn och om faderns alkoholism.

– {{c2:Jag skrev boken för att slippa prata om den. Det var naivt, för nu är det det enda jag gör}}, {{q2:säger}} {{m2:Sara Holm}} och skrattar.

Vi träffas på ett kafé på Södermalm en regnig tisdagsförmiddag. Hon har just kommit hem från en bokmässa i Leipzig och ska vidare till Helsingfors dagen efter.

{{m3:Hon}} {{q3:berättar}} att {{c3:hon skrev det första utkastet på bara sex veckor, under en period då hon var sjukskriven för utmattning}}.

– {{c4:Jag hade ingen plan. Jag satte mig vid köksbordet klockan fem varje morgon och skrev tills barnen vaknade}}.

Kritikerna har varit nästan enhälligt positiva. I Svenska Dagbladet {{q5:skrev}} {{m5:recensenten Jonas Ekman}} att {{c5:romanen är ”det mest precisa porträttet av ett svenskt brukssamhälle på decennier”}}.

Pappan läste först

Det svåraste var inte att skriva. {{m6:Holm}} {{q6:medger}} att {{c6:hon tvekade i nästan ett år innan hon lät sin pappa läsa manuset}}.

– {{c7:Han läste det på en natt och ringde mig klockan sju på morgonen. {{m8:Han}} {{q8:sa}}: ”{{c8:Det är sant, allt är sant}}.” Sedan lade han på}}, {{q7:säger}} {{m7:hon}}.

{{c9:Sedan dess har de inte pratat om boken, men relationen är bättre än på länge}}, {{q9:enligt}} {{m9:henne}}.

{{m10:Bokförlaget Lindens förläggare Maria Kask}} {{q10:uppger}} att {{c10:rättigheterna har sålts till tolv länder, bland annat Tyskland, Frankrike och Japan}}.

En filmatisering är också på gång, men produktionsbolaget vill inte kommentera uppgifterna.

Vad skriver hon nu?

– {{c11:Något helt annat. En deckare, kanske. Något där ingen jag känner dör}}, {{q11:säger}} {{m11:Sara Holm}}.

Augustpriset delas ut den 24 november i Stockholms konserthus.

Foto: Lars Pehrson
""",
  S(1, D, "Sara Holm"),
  S(2, D, "Sara Holm"),
  S(3, I, "Sara Holm"),
  S(4, D, "Sara Holm"),
  S(5, M, "Jonas Ekman", via=("Svenska Dagbladet",)),
  S(6, I, "Sara Holm"),
  S(7, D, "Sara Holm"),
  S(8, D, "pappa", opt=True),
  S(9, I, "Sara Holm"),
  S(10, I, "Maria Kask"),
  S(11, D, "Sara Holm"),
  S(12, I, "Sara Holm"),
)

A("ho-kultur-hamlet", "invented; culture news, theatre", """
Stadsteaterns ”Hamlet” delar publiken redan före premiär

Tre timmar och tjugo minuter utan paus, ett rum utan dörrar och en kvinnlig Hamlet. Stadsteaterns nya uppsättning av Shakespeares klassiker har fått både hyllningar och svidande kritik – och premiären är först på fredag.

Föreställningen, som marknadsförts som en ”radikal omläsning”, är regisserad av Amir Farahani. Det är hans första uppsättning på en av Stockholms stora scener.

– {{c1:Jag ville att publiken skulle känna sig lika instängd som Hamlet själv. Därför spelar vi hela föreställningen i ett rum utan utgångar}}, {{q1:säger}} {{m1:regissören Amir Farahani}}.

{{m2:Han}} {{q2:förklarar}} att {{c2:beslutet att inte ha någon paus var konstnärligt och inte ekonomiskt}}.

Titelrollen spelas av Nora Eklund, som tidigare mest har synts i tv-serier. Den berömda repliken ”Att vara eller inte vara” framförs viskande, nästan ohörbart, med ryggen mot publiken.

{{m3:Nora Eklund}} {{q3:säger}} att {{c3:rollen är den svåraste hon har gjort}}.

– {{c4:Det är inte en roll man spelar, det är en roll som äter upp en. Men jag skulle inte byta den mot något}}, {{q4:säger}} {{m4:hon}}.

”{{c11:Modig men utmattande}}”

Efter en förhandsvisning förra veckan {{q5:skrev}} {{m5:teaterkritikern Lena Mårtensson}} på sin blogg att {{c5:uppsättningen är ”modig men utmattande”}}. {{m6:Flera besökare}} {{q6:klagade}} samtidigt i sociala medier på att {{c6:föreställningen saknar paus och att det var omöjligt att gå på toaletten}}.

Stadsteaterns konstnärliga ledare Birgitta Wall försvarar upplägget.

– {{c7:Shakespeare skrev inga korta pjäser. Vi litar på att vår publik klarar av att sitta still lite längre än ett avsnitt på Netflix}}, {{q7:säger}} {{m7:hon}}.

{{m8:Wall}} {{q8:tillägger}} att {{c8:teatern har sålt 14 000 biljetter redan före premiären, vilket är rekord för en klassiker}}.

Alla är dock inte övertygade. {{m9:Kulturjournalisten Per Sundin}} {{q9:anser}} att {{c9:Stadsteatern har blivit för beroende av uppmärksamhet i sociala medier}}.

– {{c10:Det är lätt att göra en föreställning som folk pratar om. Det är svårare att göra en som folk minns}}, {{q10:säger}} {{m10:han}} i Kulturradion i P1.

Hamlet har premiär på Stora scenen fredagen den 10 oktober och spelas till och med den 20 december. Biljetterna kostar mellan 195 och 450 kronor.

Läs mer: Fem föreställningar du inte får missa i höst
""",
  S(1, D, "Amir Farahani"),
  S(2, I, "Amir Farahani"),
  S(3, I, "Nora Eklund"),
  S(4, D, "Nora Eklund"),
  S(5, M, "Lena Mårtensson"),
  S(6, I, "besökare", GRP),
  S(7, D, "Birgitta Wall"),
  S(8, I, "Birgitta Wall"),
  S(9, I, "Per Sundin"),
  S(10, D, "Per Sundin", via=("Kulturradion i P1",)),
  S(11, D, "Lena Mårtensson", opt=True),
)

A("ho-sport-fotboll", "invented; sports news, football", """
Lindhaga tappade i slutminuterna – tränaren rasar mot domaren

Lindhaga IF ledde med 2–0 efter 70 minuter. Sedan rasade allt. FC Stensund kvitterade med två mål på övertid och Lindhaga står nu utan seger i sex raka matcher.

– {{c1:Det här är det sämsta vi har gjort på hela säsongen. Vi slutar spela efter sjuttio minuter och det straffar sig}}, {{q1:säger}} {{m1:Lindhagas tränare Mikael Strömberg}} till C More efter matchen.

Strömberg var också mycket kritisk till domaren Patrik Ek. {{m2:Han}} {{q2:menar}} att {{c2:kvitteringen föregicks av en solklar frispark på mittbacken Oscar Lind}}.

– {{c3:Alla på arenan såg det utom domaren. Jag förstår inte hur VAR inte kan gå in i en sådan situation}}.

Domaren själv ville inte kommentera situationen efter matchen.

”{{c10:Han föll för lätt}}”

Stensunds målskytt Amadou Diallo ser saken annorlunda. {{m4:Den 23-årige anfallaren}} {{q4:säger}} till Sportbladet att {{c4:laget aldrig slutade tro på en poäng}}.

– {{c5:Vi vet att vi är starka i slutet av matcher. Och det var ingen frispark, han föll för lätt}}, {{q5:säger}} {{m5:Diallo}}.

{{m6:Stensunds tränare Johanna Berg}} {{q6:konstaterar}} att {{c6:det var lagets tredje kvittering på övertid den här säsongen}}.

– {{c7:Vi ger oss aldrig. Det är det som gör det här laget speciellt}}, {{q7:säger}} {{m7:hon}}.

{{c8:Flera ledamöter i Lindhagas styrelse har tappat förtroendet för Strömberg}}, {{q8:uppger}} {{m8:källor}} för Sportbladet. {{q11:Enligt}} {{m11:tidningen}} {{c11:ska frågan tas upp på ett styrelsemöte redan på tisdag}}.

Lindhagas sportchef Karin Holmberg vill inte kommentera uppgifterna om styrelsemötet.

– {{c9:Mikael är vår tränare och det är han som ska ta oss ur det här}}, {{q9:säger}} {{m9:hon}} kort.

Lindhaga ligger nu på elfte plats i tabellen, tre poäng från kvalplats. Nästa match spelas på söndag borta mot serieledarna.

Matchfakta
Lindhaga IF–FC Stensund 2–2 (1–0)
Mål: 1–0 Oscar Lind (23), 2–0 Emil Sjöberg (66), 2–1 Amadou Diallo (91), 2–2 Amadou Diallo (94).
Publik: 6 412.
""",
  S(1, D, "Mikael Strömberg", via=("C More",)),
  S(2, I, "Mikael Strömberg"),
  S(3, D, "Mikael Strömberg"),
  S(4, I, "Amadou Diallo", via=("Sportbladet",)),
  S(5, D, "Amadou Diallo"),
  S(6, I, "Johanna Berg"),
  S(7, D, "Johanna Berg"),
  S(8, I, "källor", UNK, via=("Sportbladet",)),
  S(9, D, "Karin Holmberg"),
  S(10, D, "Amadou Diallo", opt=True),
  S(11, I, "Sportbladet", ORG),
)

A("ho-sport-skidor", "invented; sports news, cross-country skiing", """
Ebba Lindvall missar VM efter korsbandsskada

{{c1:Ebba Lindvall har slitit av det främre korsbandet i vänster knä och missar resten av säsongen, inklusive VM i Trondheim}}. Det {{q1:bekräftar}} {{m1:Svenska Skidförbundet}} på onsdagen.

Lindvall skadade sig vid ett fall i en utförsbacke under ett träningspass i Livigno i tisdags. Hon flögs samma kväll hem till Sverige och opererades på onsdagsmorgonen i Östersund.

{{m2:Landslagsläkaren Henrik Sjöqvist}} {{q2:säger}} att {{c2:operationen gick bra och att rehabiliteringen beräknas ta mellan åtta och tio månader}}.

”{{c3:Jag är ledsen och arg, men mest av allt bestämd. Jag kommer tillbaka starkare än någonsin}}”, {{q3:skriver}} {{m3:Lindvall}} på Instagram.

Inlägget hade på onsdagskvällen fått över 40 000 gillamarkeringar.

{{m4:Förbundskaptenen Anders Bergqvist}} {{q4:konstaterar}} att {{c4:laget förlorar sin bästa sprinter bara tre veckor före mästerskapet}}.

– {{c5:Det är ett hårt slag för Ebba och för hela laget. Men vi har åkare som nu får chansen att kliva fram}}, {{q5:säger}} {{m5:han}} till Expressen.

Bergqvist vill inte säga vem som tar Lindvalls plats i sprintstafetten. {{m6:Han}} {{q6:antyder}} dock att {{c6:19-åriga Moa Hedin ligger bra till efter sina starka lopp i världscupen i januari}}.

– {{c7:Jag har inte ens tänkt på det. Det känns konstigt att prata om min chans när Ebba ligger på sjukhus}}, {{q7:säger}} {{m7:Moa Hedin}} till TT.

Vanligare bland kvinnor

{{c8:Korsbandsskador har blivit vanligare i längdskidåkning de senaste åren, särskilt bland kvinnliga åkare}}, {{q8:enligt}} {{m8:forskare vid Gymnastik- och idrottshögskolan}}.

{{m9:En av dem, Sanna Lind}}, {{q9:tror}} att {{c9:en del av förklaringen är att fartåkningen i utförsbackarna har ökat, samtidigt som spåren har blivit hårdare}}.

– {{c10:Skidorna är snabbare i dag än för tio år sedan. Det är inte konstigt att fler faller}}, {{q10:säger}} {{m10:hon}}.

Hur länge ska man då vänta innan man kan tävla igen? {{c11:Det finns inget enkelt svar, {{q11:enligt}} {{m11:Lind}} – det beror på hur knät svarar på träningen}}.

VM i Trondheim avgörs 26 februari–9 mars.
""",
  S(1, I, "Svenska Skidförbundet", ORG),
  S(2, I, "Henrik Sjöqvist"),
  S(3, D, "Ebba Lindvall"),
  S(4, I, "Anders Bergqvist"),
  S(5, D, "Anders Bergqvist", via=("Expressen",)),
  S(6, I, "Anders Bergqvist"),
  S(7, D, "Moa Hedin", via=("TT",)),
  S(8, I, "forskare", GRP),
  S(9, I, "Sanna Lind"),
  S(10, D, "Sanna Lind"),
  S(11, I, "Sanna Lind"),
)
A("ho-lokal-skola-vikbolandet", "invented; local paper, municipal politics", """
Föräldrar protesterar mot nedläggning av Björkängsskolan

Av Petra Nyberg
petra.nyberg@lokaltidningen.se

{{c1:Björkängsskolan på Vikbolandet ska läggas ned till hösten 2026 och eleverna flyttas till Östra skolan inne i Norrköping}}. Det {{q1:föreslår}} {{m1:utbildningsförvaltningen}} i en utredning som presenterades på måndagen.

Skolan har i dag 64 elever i årskurs F–6. För tio år sedan var de dubbelt så många.

{{m2:Utbildningsnämndens ordförande Johanna Kraft}} (M) {{q2:säger}} att {{c2:kommunen inte har råd att driva skolor med så få elever}}.

– {{c3:Vi lägger i dag nästan dubbelt så mycket per elev på Björkängsskolan som på en genomsnittlig skola i kommunen. Det är pengar som saknas någon annanstans}}, {{q3:säger}} {{m3:hon}}.

{{m4:Kraft}} {{q4:betonar}} samtidigt att {{c4:inget beslut är fattat och att alla synpunkter kommer att tas med i den fortsatta beredningen}}.

”{{c11:Ingen har frågat oss}}”

På tisdagskvällen samlades ett sjuttiotal föräldrar och barn med plakat utanför skolan. {{m5:Föräldrarna}} {{q5:menar}} att {{c5:kommunen har räknat fel och att skolan är avgörande för att barnfamiljer ska vilja bo kvar på landsbygden}}.

– {{c6:Mina barn skulle få åka buss i fyrtio minuter åt varje håll. Det är ingen som har frågat oss vad vi tycker}}, {{q6:säger}} {{m6:Mattias Öhman}}, som har två barn på skolan.

Han har startat en namninsamling som på två dagar har fått över 1 200 underskrifter.

– {{c7:Jag vill inte byta skola. Alla mina kompisar går här}}, {{q7:säger}} {{m7:tioåriga Tilde}}, som går i fyran.

Oppositionen vill riva upp förslaget

{{m8:Oppositionsrådet Lars Berglund}} (S) {{q8:lovar}} att {{c8:Socialdemokraterna kommer att rösta nej}}. {{m9:Han}} {{q9:påpekar}} att {{c9:samma styrande majoritet för två år sedan lovade att inga landsbygdsskolor skulle stängas under mandatperioden}}.

– {{c10:Man kan inte gå till val på att rädda landsbygden och sedan lägga ned den bit för bit}}, {{q10:säger}} {{m10:Berglund}}.

{{c12:Partiet vill {{q12:enligt}} {{m12:Berglund}} i stället se över skolskjutsarna och lokalkostnaderna i hela kommunen}}.

Skolans rektor Eva Hallin hänvisar till förvaltningen och vill inte kommentera förslaget.

Utbildningsnämnden fattar beslut den 18 juni. Därefter ska frågan upp i kommunfullmäktige.

Vad tycker du? Skriv till oss på insandare@lokaltidningen.se.
""",
  S(1, I, "utbildningsförvaltningen", ORG),
  S(2, I, "Johanna Kraft"),
  S(3, D, "Johanna Kraft"),
  S(4, I, "Johanna Kraft"),
  S(5, I, "föräldrarna", GRP),
  S(6, D, "Mattias Öhman"),
  S(7, D, "Tilde"),
  S(8, I, "Lars Berglund"),
  S(9, I, "Lars Berglund"),
  S(10, D, "Lars Berglund"),
  S(11, D, "Mattias Öhman", opt=True),
  S(12, I, "Lars Berglund"),
)

A("ho-lokal-vindkraft", "invented; local paper, energy and environment", """
Vindkraftsbolag drar tillbaka ansökan efter protester

{{c1:Nordvind Energi drar tillbaka sin ansökan om att bygga 22 vindkraftverk på Hällåsen i Bräcke kommun}}. Det {{q1:meddelar}} {{m1:bolaget}} i ett pressmeddelande på torsdagen.

Projektet har varit omstritt sedan det presenterades för fyra år sedan. Verken skulle ha blivit upp till 270 meter höga och synts från stora delar av västra Jämtland.

{{m2:Bolagets projektchef Fredrik Alm}} {{q2:uppger}} att {{c2:beslutet beror på att Försvarsmakten har invänt mot projektet. Verken skulle ha stört en radaranläggning i närheten}}.

{{m3:Försvarsmakten}} {{q3:bekräftar}} för Länstidningen att {{c3:myndigheten har avstyrkt etableringen}}.

Många boende i byarna runt Hällåsen är lättade över beskedet.

– {{c4:Vi har kämpat i fyra år. Det känns som att vi äntligen har blivit lyssnade på}}, {{q4:säger}} {{m4:Ingrid Persson}}, som leder föreningen Rädda Hällåsen.

{{m5:Hon}} {{q5:understryker}} att {{c5:föreningen inte är emot vindkraft i sig, bara mot just den här placeringen}}.

– {{c6:Det finns bättre platser. Platser där det inte bor folk och där det inte häckar kungsörn}}.

Kommunen besviken

Kommunstyrelsens ordförande Anders Nilsson (C) är besviken. {{m7:Han}} {{q7:anser}} att {{c7:kommunen går miste om både arbetstillfällen och bygdemedel på flera miljoner kronor per år}}.

– {{c8:Vi har en landsbygd som behöver investeringar. Nu försvinner en av de största vi har haft på decennier}}, {{q8:säger}} {{m8:Anders Nilsson}}.

{{q9:Enligt}} {{m9:en rapport från Region Jämtland Härjedalen}} {{c9:behöver länet ytterligare två terawattimmar elproduktion fram till 2035 för att klara industrins behov. Merparten av den nya elen förväntas komma från vindkraft}}.

{{m10:Fredrik Alm}} {{q10:utesluter inte}} att {{c10:bolaget återkommer med ett mindre projekt på en annan plats i länet}}.

Länsstyrelsen har ännu inte fattat något formellt beslut i ärendet, eftersom ansökan nu har dragits tillbaka.

Hur ska Jämtland klara elförsörjningen utan ny vindkraft? Det är en fråga som både kommunen och regionen kommer att få brottas med de närmaste åren.

Läs mer: Vindkraften i Jämtland – här är alla projekt
""",
  S(1, I, "Nordvind Energi", ORG),
  S(2, I, "Fredrik Alm"),
  S(3, I, "Försvarsmakten", ORG, via=("Länstidningen",)),
  S(4, D, "Ingrid Persson"),
  S(5, I, "Ingrid Persson"),
  S(6, D, "Ingrid Persson"),
  S(7, I, "Anders Nilsson"),
  S(8, D, "Anders Nilsson"),
  S(9, I, "Region Jämtland Härjedalen", ORG),
  S(10, I, "Fredrik Alm"),
)

A("ho-vetenskap-skoldag", "invented; science news, education research", """
Kortare skoldag gav bättre resultat i matematik

En ny studie från Uppsala universitet visar att elever som fick 40 minuter kortare skoldag presterade bättre på de nationella proven i matematik än elever i jämförbara skolor.

Resultatet går emot en utbredd uppfattning i skoldebatten, där mer undervisningstid ofta har setts som lösningen på sjunkande kunskapsresultat.

{{m1:Forskarna}} {{q1:konstaterar}} att {{c1:effekten var störst bland elever från hem där föräldrarna har kort utbildning}}.

– {{c2:Vi blev själva förvånade över hur tydligt resultatet var. Mindre tid i skolan behöver inte betyda mindre lärande, om tiden används rätt}}, {{q2:säger}} {{m2:Jenny Falk}}, docent i pedagogik och en av studiens författare.

{{m3:Hon}} {{q3:betonar}} att {{c3:studien bara omfattar tolv skolor och att resultaten måste bekräftas i större undersökningar}}.

Studien publiceras i tidskriften Scandinavian Journal of Educational Research.

Skeptisk professor

Hans Weber, professor i pedagogik vid Stockholms universitet, har inte deltagit i studien. {{m4:Han}} {{q4:påpekar}} att {{c4:skolorna själva valde att delta, vilket kan ha påverkat resultatet}}.

– {{c5:Skolor som anmäler sig frivilligt till ett sådant försök har ofta redan engagerade lärare och rektorer. Det är svårt att veta vad som är effekten av den kortare dagen och vad som är effekten av allt annat}}, {{q5:säger}} {{m5:Hans Weber}}.

{{m6:Skolverket}} {{q6:skriver}} i en kommentar till Upsala Nya Tidning att {{c6:myndigheten följer forskningen men att det i dag inte finns skäl att ändra den garanterade undervisningstiden}}.

{{m7:Sveriges Lärares ordförande Camilla Nord}} {{q7:tycker}} att {{c7:studien är intressant}}, men {{m8:hon}} {{q8:varnar}} för att {{c8:en kortare skoldag kan bli en ursäkt för nedskärningar}}.

– {{c9:Om kommunerna läser det här som att de kan spara pengar på att skicka hem barnen tidigare har man missförstått alltihop}}, {{q9:säger}} {{m9:Camilla Nord}}.

Så gjordes studien

Forskarna följde 2 300 elever i årskurs 7–9 på tolv skolor under tre läsår. Sex av skolorna kortade skoldagen med 40 minuter och använde i stället tiden till läxhjälp och rörelse på frivillig basis. Resultaten jämfördes med sex skolor med liknande elevsammansättning.

Läs också: Allt fler elever saknar godkänt i matematik
""",
  S(1, I, "forskarna", GRP),
  S(2, D, "Jenny Falk"),
  S(3, I, "Jenny Falk"),
  S(4, I, "Hans Weber"),
  S(5, D, "Hans Weber"),
  S(6, I, "Skolverket", ORG, via=("Upsala Nya Tidning",)),
  S(7, I, "Camilla Nord"),
  S(8, I, "Camilla Nord"),
  S(9, D, "Camilla Nord"),
)

A("ho-halsa-massling", "invented; health news, public health agency", """
Mässlingsfallen ökar – myndigheten uppmanar till vaccination

Lyssna
Dela

{{c1:Antalet bekräftade mässlingsfall i Sverige har stigit till 37 sedan årsskiftet, vilket är fler än under hela förra året}}. Det {{q1:uppger}} {{m1:Folkhälsomyndigheten}}.

{{m2:Myndigheten}} {{q2:uppmanar}} {{c2:alla som är osäkra på om de är vaccinerade att kontakta vården}}.

– {{c3:Mässling är en av de mest smittsamma sjukdomar vi känner till. Den som inte är vaccinerad och utsätts för smittan har nästan hundra procents risk att bli sjuk}}, {{q3:säger}} {{m3:statsepidemiolog Karin Sjödin}}.

{{m4:Sjödin}} {{q4:understryker}} att {{c4:vaccinationstäckningen i Sverige överlag är hög. Men i vissa bostadsområden och på vissa skolor ligger den under 80 procent, och där kan smittan spridas mycket snabbt}}.

Västmanland värst drabbat

Region Västmanland har hittills haft flest fall, 14 stycken. De flesta är barn under fem år, och fyra av dem har vårdats på sjukhus. Smittan tros ha kommit till regionen med en resenär som hade besökt släktingar utomlands under jullovet.

{{m5:Smittskyddsläkaren i Region Västmanland, Olof Sandberg}}, {{q5:säger}} till P4 Västmanland att {{c5:smittspårningen nu omfattar över 400 personer}}.

– {{c6:Vi har kallat in folk till extra vaccinationstillfällen i helgen. Responsen har varit god, men vi hade gärna sett att fler kommit tidigare}}, {{q6:säger}} {{m6:han}}.

{{m7:En del föräldrar som Vestmanlands Läns Tidning har talat med}} {{q7:uppger}} att {{c7:de har haft svårt att få tid på barnavårdscentralen}}. {{m8:Regionen}} tillbakavisar det och {{q9:hänvisar}} till att {{c9:alla barnavårdscentraler har fått extra tider sedan början av mars}}.

Även i Europa ökar smittan. {{c10:Europa hade förra året det högsta antalet mässlingsfall på över 25 år}}, {{q10:enligt}} {{m10:Världshälsoorganisationen WHO}}.

{{m11:Europeiska smittskyddsmyndigheten ECDC}} {{q11:befarar}} att {{c11:utvecklingen fortsätter under våren, när många reser under påsklovet}}.

Fakta: Mässling

Mässling är en virussjukdom som sprids genom luften. Symtomen är hög feber, hosta, snuva, röda ögon och utslag. Sjukdomen kan ge allvarliga komplikationer som lunginflammation och hjärninflammation. I Sverige erbjuds vaccin mot mässling vid 18 månaders ålder och i årskurs 1–2.

Läs mer: Därför ökar mässlingen i Europa
""",
  S(1, I, "Folkhälsomyndigheten", ORG),
  S(2, I, "Folkhälsomyndigheten", ORG, opt=True),
  S(3, D, "Karin Sjödin"),
  S(4, I, "Karin Sjödin"),
  S(5, I, "Olof Sandberg", via=("P4 Västmanland",)),
  S(6, D, "Olof Sandberg"),
  S(7, I, "föräldrar", GRP, via=("Vestmanlands Läns Tidning",)),
  S(9, I, "Region Västmanland", ORG, m="m8"),
  S(10, I, "WHO", ORG),
  S(11, I, "ECDC", ORG),
)
A("ho-qa-trafikverket", "invented; Q&A interview", """
{{m1:Camilla Ström}}: ”{{c1:Vi måste våga prata om pengarna}}”

Fem frågor till Trafikverkets nya generaldirektör

Camilla Ström tillträder den 1 september som generaldirektör för Trafikverket. Hon kommer närmast från Transportstyrelsen, där hon var överdirektör i sex år. Vi frågade henne om järnvägen, förseningarna och pengarna.

Varför sökte du jobbet?

– {{c2:Jag har ägnat hela mitt yrkesliv åt infrastruktur och det här är det viktigaste uppdraget som finns på området. Dessutom tycker jag om svåra problem, och det saknas inte här}}.

Var femte fjärrtåg var försenat förra året. Vad tänker du göra åt det?

– {{c3:Det finns ingen enskild åtgärd som löser det. Vi har ett eftersatt underhåll som har byggts upp under trettio år, och det tar tid att komma i kapp. Men jag vill att resenärerna ska märka skillnad på de mest trafikerade sträckorna redan inom två år}}.

Hur mycket pengar behövs?

– {{c4:Mer än vad som finns i dag, det är ingen hemlighet. Vi måste våga prata om pengarna och vara ärliga mot politikerna om vad som går och inte går att göra inom ramarna}}.

{{c5:Trafikverket är för stort och borde delas upp}}, {{q5:menar}} {{m5:kritiker}}. Vad säger du om det?

– {{c6:Jag förstår frågan, men jag tror inte att en ny omorganisation är vad järnvägen behöver just nu. Varje omorganisation tar två år av fokus från det som faktiskt spelar roll}}.

Du har beskrivits som en hård chef. Stämmer det?

– {{c8:Jag är tydlig, och jag tycker om när saker blir gjorda. Om det uppfattas som hårt får andra bedöma. Jag har aldrig haft problem med att bli motsagd, så länge argumenten är bra}}.

Vad gör du en ledig dag?

– {{c7:Jag springer i skogen och försöker att inte titta på tågtidtabeller. Det går sådär}}.

Intervjun har kortats och redigerats.

Camilla Ström

Ålder: 54 år.
Bor: Norrköping.
Gör: Tillträdande generaldirektör för Trafikverket. Tidigare överdirektör på Transportstyrelsen och dessförinnan chef för Sjöfartsverkets farledsavdelning.
Familj: Man och två vuxna barn.

Av Daniel Öst
""",
  S(1, D, "Camilla Ström"),
  S(2, D, "Camilla Ström"),
  S(3, D, "Camilla Ström"),
  S(4, D, "Camilla Ström"),
  S(5, I, "kritiker", GRP, opt=True),
  S(6, D, "Camilla Ström"),
  S(7, D, "Camilla Ström"),
  S(8, D, "Camilla Ström"),
)

A("ho-liveblogg-storm", "invented; live blog, weather", """
LIVE: Stormen Rut drar in över Skåne – tåg ställs in

Uppdaterad 14.52

14.52
SMHI höjer varningen till röd för Skånes sydkust. {{c1:Vindbyar på upp till 35 meter per sekund kan förekomma längs kusten mellan Trelleborg och Simrishamn under kvällen}}, {{q1:enligt}} {{m1:SMHI}}.

14.30
– {{c2:Vi avråder från alla onödiga resor i Skåne och Blekinge från klockan 16 och framåt}}, {{q2:säger}} {{m2:Trafikverkets presskommunikatör Linda Åberg}} till TT.

14.05
{{m3:SJ}} {{q3:meddelar}} att {{c3:alla tåg mellan Malmö och Kristianstad ställs in resten av dagen. Även Öresundstågen över bron påverkas}}. {{c4:Resenärer som har biljett kan använda den i morgon i stället}}, {{q4:uppger}} {{m4:bolaget}}.

13.40
Öresundsbron stänger för trafik med höga fordon.

”{{c5:Det är för riskabelt att låta lastbilar och husvagnar passera när det blåser så här. Vi återkommer när vinden har mojnat}}”, {{q5:skriver}} {{m5:Øresundsbron}} på X.

13.15
En läsare i Ystad har skickat in den här bilden på ett träd som har fallit över en parkerad bil på Stora Östergatan.

Foto: Läsarbild

12.50
{{c6:Omkring 18 000 kunder i Skåne är utan ström}}. Det {{q6:uppger}} {{m6:elnätsbolaget Skånenät}} på sin störningskarta. Flest strömavbrott finns i Ystads och Skurups kommuner.

12.20
– {{c7:Vi har fått ett fyrtiotal larm om nedfallna träd och lösa föremål. Ingen person har skadats så långt vi vet}}, {{q7:säger}} {{m7:räddningsledaren Tomas Ring}} vid Räddningstjänsten Syd.

{{m8:Han}} {{q8:uppmanar}} {{c8:alla att hålla sig inomhus och undvika att gå i skog och parker}}.

11.55
{{m9:Polisen i Skåne}} {{q9:varnar}} för att {{c9:det är mycket halt på E22 norr om Kristianstad. Flera bilar har kört av vägen under förmiddagen}}.

11.30
SMHI har utfärdat en orange varning för mycket höga vindar i södra Götaland. Här kan du läsa mer om vad varningen innebär.

11.10
{{m10:Meteorologen Anna Vik}} på SMHI {{q10:säger}} att {{c10:stormen är den kraftigaste i södra Sverige på flera år}}.

– {{c11:Det som gör Rut speciell är att den kommer så tidigt på säsongen, när träden fortfarande har löv. Då får vinden mycket mer att ta tag i}}, {{q11:säger}} {{m11:hon}} till Sydsvenskan.

10.45
God morgon och välkommen till vår liveblogg om stormen Rut. Här uppdaterar vi löpande under dagen om hur trafiken, strömmen och skolorna påverkas.

Har du bilder eller filmer från stormen? Skicka dem till oss – men utsätt inte dig själv för fara.
""",
  S(1, I, "SMHI", ORG),
  S(2, D, "Linda Åberg", via=("TT",)),
  S(3, I, "SJ", ORG),
  S(4, I, "SJ", ORG),
  S(5, D, "Øresundsbron", ORG),
  S(6, I, "Skånenät", ORG),
  S(7, D, "Tomas Ring"),
  S(8, I, "Tomas Ring", opt=True),
  S(9, I, "Polisen i Skåne", ORG),
  S(10, I, "Anna Vik"),
  S(11, D, "Anna Vik", via=("Sydsvenskan",)),
)

A("ho-riksdag-migration", "invented; domestic politics, interpellation debate", """
Migrationsministern pressades om utvisningar av unga

{{c1:Regeringen kommer inte att införa något undantag för unga som har vuxit upp i Sverige men saknar uppehållstillstånd}}. Det {{q1:sade}} {{m1:migrationsminister Henrik Malm}} (M) i en interpellationsdebatt i riksdagen på tisdagen.

Det var Miljöpartiets migrationspolitiska talesperson Amina Yusuf som hade begärt debatten. {{m2:Hon}} {{q2:hävdade}} att {{c2:hundratals tonåringar som har gått hela sin skolgång i Sverige nu riskerar att utvisas till länder de aldrig har bott i}}.

– {{c3:Det här är barn som talar svenska, som spelar i våra fotbollslag och som drömmer om att bli sjuksköterskor och ingenjörer. Ministern vet det}}, {{q3:sade}} {{m3:Yusuf}}.

{{m4:Malm}} {{q4:svarade}} att {{c4:reglerna måste vara lika för alla och att undantag riskerar att bli en ny väg in i systemet}}.

– {{c5:Jag förstår att det här är svåra öden. Men en migrationspolitik som inte går att lita på, {{q5:sade}} {{m5:ministern}}, är inte human. Den skapar bara nya falska förhoppningar}}.

Debatten hölls inför en nästan tom kammare. Bara ett tiotal ledamöter satt kvar när ministern lämnade talarstolen.

Sverigedemokraterna vill gå ännu längre och helt avskaffa möjligheten till uppehållstillstånd på grund av särskilt ömmande omständigheter. {{m6:SD:s migrationspolitiske talesperson Martin Kvist}} {{q6:sade}} i debatten att {{c6:regeringen har tagit ”ett första steg” men att mycket återstår}}.

Juristen: Kan hamna i Europadomstolen

{{m7:Asylrättsjuristen Nadia Öhrn}} {{q7:säger}} till Dagens Nyheter att {{c7:flera av fallen troligen kommer att prövas i Europadomstolen}}.

– {{c8:Europakonventionen skyddar rätten till privatliv, och för en ungdom som har bott här i tio år är Sverige hela privatlivet. Jag tror att staten kommer att förlora flera av de här målen}}, {{q8:säger}} {{m8:hon}}.

{{c9:Migrationsverket har sedan januari fattat beslut om utvisning i 412 ärenden som gäller personer som kom hit som barn}}, {{q9:enligt}} {{m9:myndighetens egen statistik}}. Hur många av dem som faktiskt har lämnat landet framgår inte.

Frågan väntas komma tillbaka i höst, när regeringen lägger fram sin proposition om skärpta krav för permanent uppehållstillstånd. {{m10:Liberalerna}} har {{q10:signalerat}} att {{c10:partiet vill se över reglerna för barn som har varit länge i Sverige}}.

– {{c11:Vi kan inte stå bakom en ordning där en sjuttonåring som har gått hela grundskolan här skickas iväg}}, {{q11:säger}} {{m11:Liberalernas migrationspolitiska talesperson Oskar Ehn}} till TT.
""",
  S(1, I, "Henrik Malm"),
  S(2, I, "Amina Yusuf"),
  S(3, D, "Amina Yusuf"),
  S(4, I, "Henrik Malm"),
  S(5, D, "Henrik Malm"),
  S(6, M, "Martin Kvist"),
  S(7, I, "Nadia Öhrn", via=("Dagens Nyheter",)),
  S(8, D, "Nadia Öhrn"),
  S(9, I, "Migrationsverket", ORG),
  S(10, I, "Liberalerna", ORG),
  S(11, D, "Oskar Ehn", via=("TT",)),
)

A("ho-tt-klimatmote", "invented; TT foreign wire (AFP, Reuters), climate summit", """
Klimatmötet nära sammanbrott – ”{{c12:Vi går inte hem med tomma löften}}”

{{c1:Förhandlingarna om ett nytt mål för klimatfinansiering har kört fast}}, {{q1:uppger}} {{m1:flera diplomater}} för nyhetsbyrån AFP.

Mötet i Addis Abeba skulle enligt planen ha avslutats på fredagen men väntas nu dra ut på tiden över helgen.

{{c2:Utvecklingsländerna kräver minst 1 000 miljarder dollar om året från de rika länderna, medan EU och USA inte vill gå högre än ungefär hälften}}, {{q2:enligt}} {{m2:AFP}}.

– {{c3:Vi har inte rest hit för att gå hem med tomma löften en gång till}}, {{q3:sade}} {{m3:Etiopiens miljöminister Dawit Bekele}}, som är mötets ordförande, på en presskonferens enligt Reuters.

{{m4:Sveriges klimatminister Elin Sandberg}} {{q4:säger}} till TT att {{c4:hon fortfarande tror att ett avtal är möjligt}}.

– {{c5:Det är alltid så här de sista dygnen. Alla håller inne med sina bud till sista stund}}, {{q5:säger}} {{m5:hon}}.

{{m6:Sandberg}} {{q6:medger}} att {{c6:Sverige och EU kommer att behöva ge mer än vad som ligger på bordet i dag}}. Hur mycket mer vill hon inte säga.

{{m13:Östaterna}}: ”{{c13:En dödsdom}}”

{{m7:Alliansen av små östater, Aosis}}, {{q7:varnade}} i ett uttalande på lördagen för att {{c7:ett svagt avtal vore ”en dödsdom” för de lägst liggande öarna}}.

Utanför konferensområdet demonstrerade flera tusen personer, de flesta unga. {{m8:Demonstranterna}} {{q8:krävde}} att {{c8:de rika länderna betalar för de skador som klimatförändringarna redan har orsakat}}.

{{c9:Kina har för första gången signalerat att landet är berett att bidra till den nya fonden}}, {{q9:rapporterar}} {{m9:Ekot}}.

Det skulle i så fall vara ett stort genombrott, eftersom {{m14:Kina}} hittills har {{q14:hävdat}} att {{c14:landet ska räknas som ett utvecklingsland i klimatförhandlingarna}}.

Den kinesiska delegationen har avböjt att kommentera uppgifterna.

– {{c11:Om Kina verkligen rör sig är det den viktigaste nyheten från hela mötet. Men jag vill se det på papper först}}, {{q11:säger}} {{m11:Mattias Frisk}}, klimatpolitisk expert på tankesmedjan Fores, till TT.

Fakta: Klimatmötet

Det årliga klimatmötet, COP, samlar nästan alla världens länder. Årets möte är det första som hålls i Etiopien. Det viktigaste målet är att enas om hur mycket pengar de rika länderna ska bidra med för att hjälpa fattigare länder att ställa om och anpassa sig till ett varmare klimat.

TT-AFP-Reuters
""",
  S(1, I, "diplomater", GRP, via=("AFP",)),
  S(2, I, "AFP", ORG),
  S(3, D, "Dawit Bekele", via=("Reuters",)),
  S(4, I, "Elin Sandberg", via=("TT",)),
  S(5, D, "Elin Sandberg"),
  S(6, I, "Elin Sandberg"),
  S(7, M, "Aosis", ORG),
  S(8, I, "demonstranterna", GRP),
  S(9, I, "Ekot", ORG),
  S(11, D, "Mattias Frisk", via=("TT",)),
  S(12, D, "Dawit Bekele", opt=True),
  S(13, D, "Aosis", ORG),
  S(14, I, "Kina", ORG),
)

A("ho-brand-boras", "invented; local/evening paper, fire", """
Storbrand i industrilokal i Borås – boende uppmanas stänga fönster

Publicerad 07.12 | Uppdaterad 10.48

{{c1:En kraftig brand bröt ut i en industrilokal i Sandared utanför Borås strax efter klockan fem på söndagsmorgonen}}. Det {{q1:uppger}} {{m1:Södra Älvsborgs Räddningstjänstförbund}}.

Vid tiotiden steg fortfarande en tjock svart rökpelare över området, och {{c11:den syntes {{q11:enligt}} {{m11:flera läsare}} ända från centrala Borås}}.

– {{c2:Branden är inte under kontroll. Vi koncentrerar oss på att hindra att den sprider sig till intilliggande byggnader}}, {{q2:säger}} {{m2:räddningsledaren Kristina Alm}} vid halv tiotiden.

{{m3:Hon}} {{q3:uppger}} att {{c3:ingen person befann sig i lokalen när branden startade. Ett fyrtiotal brandmän från fyra stationer arbetar på platsen}}.

I ett viktigt meddelande till allmänheten, VMA, {{q4:uppmanar}} {{m4:räddningstjänsten}} {{c4:boende i Sandared och Sjömarken att gå inomhus och stänga dörrar, fönster och ventilation}}.

”{{c10:Det small flera gånger}}”

– {{c5:Det small till flera gånger och sedan kom det en enorm svart rök. Det luktade bränd plast ända bort till oss}}, {{q5:säger}} {{m5:Robert Lindén}}, som bor ett par hundra meter från området, till Aftonbladet.

Polisen har inlett en förundersökning om allmänfarlig ödeläggelse, vilket är rutin vid större bränder.

{{m6:Polisens presstalesperson Anders Holm}} {{q6:säger}} att {{c6:det i nuläget inte finns något som tyder på att branden är anlagd}}, men {{q7:tillägger}} att {{c7:den tekniska undersökningen inte kan börja förrän branden är helt släckt}}.

{{c8:Lokalen användes som lager för plastprodukter och förpackningsmaterial}}, {{q8:enligt}} {{m8:Borås Tidning}}. {{m9:Företagets ägare}} {{q9:säger}} till tidningen att {{c9:han är i chock och att ett tiotal anställda nu inte vet om de har ett jobb att gå till i morgon}}.

Kommunens miljöförvaltning ska ta vattenprover i Viskan under måndagen, eftersom släckvatten kan ha runnit ut i ån. Industriområdet i Sandared har drabbats av två större bränder tidigare, senast 2019, då en snickerifabrik brann ned till grunden.

Läs mer: Så fungerar VMA – och så ska du göra när signalen ljuder

Foto: Mikael Svensson
""",
  S(1, I, "Södra Älvsborgs Räddningstjänstförbund", ORG),
  S(2, D, "Kristina Alm"),
  S(3, I, "Kristina Alm"),
  S(4, I, "Södra Älvsborgs Räddningstjänstförbund", ORG, opt=True),
  S(5, D, "Robert Lindén", via=("Aftonbladet",)),
  S(6, I, "Anders Holm"),
  S(7, I, "Anders Holm", m="m6"),
  S(8, I, "Borås Tidning", ORG),
  S(9, I, "företagets ägare", PER, via=("Borås Tidning",)),
  S(10, D, "Robert Lindén", opt=True),
  S(11, I, "läsare", GRP),
)


def main() -> int:
    return write_set(ARTICLES, Path(__file__).with_name("sv-heldout.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
