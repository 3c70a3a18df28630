#!/usr/bin/env python3
"""Build tests/data/sv-blind1.jsonl: blind gold set 1 of invented Swedish news.

Blind set 1 was written without seeing the extraction rules (nothing under
src/ or training/, no tests, README or docs were read; the engine was never run
on these texts). Its 12 articles (roughly 200-450 words each) are invented from
scratch: every person, company, club, village and event is made up; real
countries, parties, public bodies, agencies and outlets appear only as
background, relays or sources. The articles imitate TT wire copy, a morning
paper's domestic politics, local news, court reporting, business news, foreign
news relayed by agencies, sport, culture, health/science, 8 Sidor easy-read
news and a council-debate report, with their boilerplate (bylines, Publicerad/
Uppdaterad, Dela, Lyssna, fact boxes, photo captions, reader polls).

Annotation follows /work/shared/guidelines.md. The markup and its checks are
those of make_handwritten_gold.py (imported from it): {{cN:...}} content,
{{qN:...}} cue, {{mN:...}} speaker mention, nestable; each article lists
``S(n, kind, speaker, type, via, opt, q=, m=)``.

usage: python3 tests/data/make_blind1_gold.py   (writes sv-blind1.jsonl beside it)
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
# 1. TT wire copy: storm, power cuts, trains
# ---------------------------------------------------------------------------

A("bl1-tt-storm", "invented; TT wire style, weather and infrastructure", """
Stormen Edda: 40 000 hushåll utan ström i Norrland

TT

Publicerad 07.12 | Uppdaterad 10.48

Dela

Lyssna

Stormen Edda drog in över Norrlandskusten under natten med vindbyar av orkanstyrka. På morgonen var omkring 40 000 hushåll i Västernorrland och Jämtland utan ström, och tågtrafiken på Ostkustbanan står still.

– {{c1:Det värsta är över för den här gången, men det kommer att blåsa hårt längs kusten hela dagen}}, {{q1:säger}} {{m1:SMHI:s meteorolog Ylva Nordin}}.

{{m2:Hon}} {{q2:påpekar}} att {{c2:vindbyarna under natten nådde 34 meter per sekund på Hemsön utanför Härnösand}}.

– {{c3:Håll er borta från skogen i dag. Träd som har försvagats under natten kan fortfarande falla}}, {{q3:varnar}} {{m3:hon}}.

SMHI har utfärdat en orange varning för mycket hårt väder längs kusten från Gävle till Sundsvall. Varningen gäller till klockan 18.

Montörer kommer inte fram

{{m4:Elnätsbolaget Norrnät}} {{q4:uppger}} att {{c4:de flesta kunderna ska ha strömmen tillbaka före kvällen, men att det i glesbygden kan dröja till helgen}}.

– {{c5:Vi har över hundra montörer ute, men många skogsvägar är blockerade av nedfallna träd och det gör arbetet långsamt}}, {{q5:säger}} {{m5:bolagets presschef Henrik Sjölund}} till TT.

{{m6:Han}} {{q6:förklarar}} att {{c6:vägarna först måste röjas innan montörerna kan börja laga ledningarna}}.

{{c7:Tågtrafiken mellan Gävle och Sundsvall är inställd åtminstone fram till klockan 14}}, {{q7:enligt}} {{m7:Trafikverket}}. Ersättningsbussar har satts in, men {{m8:myndigheten}} {{q8:medger}} att {{c8:de inte räcker till alla resenärer}}.

Även flera vägar är avstängda. {{c9:På E4 norr om Hudiksvall blockerades båda körfälten av en lastbil som hade blåst omkull}}, {{q9:enligt}} {{m9:polisen}}. {{c10:Ingen person skadades}}, {{q10:uppger}} {{m10:polisens presstalesperson Maria Åberg}}.

Vedspisen räddade natten

{{m11:Flera boende i Söråker}} {{q11:berättar}} för Sundsvalls Tidning att {{c11:de har varit utan ström sedan klockan elva i går kväll}}.

– {{c12:Vi har en vedspis, så vi klarar oss. Men grannarna har en bebis och de fick åka in till stan mitt i natten}}, {{q12:säger}} {{m12:Gunilla Persson}}, 71, till tidningen.

Hur många träd som har fallit över ledningarna är ännu inte klart. {{c14:Under eftermiddagen väntas vinden avta, men redan på fredag kan ett nytt lågtryck nå kusten}}.

– {{c13:Det är för tidigt att säga hur kraftigt det blir. Vi följer utvecklingen timme för timme}}, {{q13:säger}} {{m13:Ylva Nordin}}.

Fakta: Orange varning

SMHI:s varningar har tre nivåer: gul, orange och röd. En orange varning innebär att vädret kan få allvarliga konsekvenser för samhället och att allmänheten bör vidta åtgärder.
""",
  S(1, D, "Ylva Nordin"),
  S(2, I, "Ylva Nordin"),
  S(3, D, "Ylva Nordin"),
  S(4, I, "Norrnät", ORG),
  S(5, D, "Henrik Sjölund", via=("TT",)),
  S(6, I, "Henrik Sjölund"),
  S(7, I, "Trafikverket", ORG),
  S(8, I, "Trafikverket", ORG),
  S(9, I, "polisen", ORG),
  S(10, I, "Maria Åberg"),
  S(11, I, "boende i Söråker", GRP, via=("Sundsvalls Tidning",)),
  S(12, D, "Gunilla Persson", via=("Sundsvalls Tidning",)),
  S(13, D, "Ylva Nordin"),
  S(14, I, "Ylva Nordin", opt=True),
)


# ---------------------------------------------------------------------------
# 2. Morning paper, domestic politics
# ---------------------------------------------------------------------------

A("bl1-svd-bostadsbidrag", "invented; morning paper (SvD style), domestic politics", """
Strid i regeringen om bostadsbidraget – {{m14:L}}: ”{{c14:Inte vårt förslag}}”

Inrikes

Av Sara Lindqvist

Publicerad 3 mars 2025 kl 06.00 | Uppdaterad 3 mars 2025 kl 09.15

Lyssna

Dela

Regeringens förslag om ett höjt bostadsbidrag till barnfamiljer har skapat öppna spänningar i Tidösamarbetet. {{c1:Liberalerna har i flera veckor motsatt sig att reformen finansieras med neddragningar på Arbetsförmedlingen}}, {{q1:uppger}} {{m1:källor i regeringskansliet}} för SvD.

Förslaget, det så kallade ”familjelyftet”, innebär att bidraget höjs med i genomsnitt 900 kronor i månaden för omkring 120 000 hushåll. Kostnaden beräknas till 1,3 miljarder kronor om året.

{{c2:Liberalernas partiledning har också övervägt att lägga ett eget förslag i riksdagen om regeringen inte hittar en annan finansiering}}. Det {{q2:skrev}} {{m2:Dagens Nyheter}} i helgen.

Socialförsäkringsminister Karin Öhman (KD) tonar ned konflikten. {{m3:Hon}} {{q3:dementerar}} att {{c3:Liberalerna skulle ha hotat att lämna budgetsamarbetet}}.

– {{c4:Vi är helt överens om att barnfamiljerna ska få mer pengar. Det vi diskuterar är hur det ska betalas, och det är en normal del av ett budgetarbete}}, {{q4:säger}} {{m4:Karin Öhman}}.

På frågan om reformen kan bli försenad {{q5:svarar}} {{m5:ministern}} att {{c5:den ska träda i kraft den 1 januari som planerat}}.

– {{c6:Det datumet ligger fast}}.

{{m7:Liberalernas ekonomisk-politiska talesperson Mattias Grebe}} {{q7:bekräftar}} att {{c7:partiet har framfört invändningar}}, men vill inte kommentera uppgifterna om ett eget förslag.

– {{c8:Det här är inte vårt förslag, och det vet alla som har suttit med i förhandlingarna. Arbetsförmedlingen har redan fått sina anslag kraftigt minskade}}, {{q8:säger}} {{m8:han}}.

{{m9:Grebe}} {{q9:föreslår}} i stället att {{c9:reformen finansieras genom att en planerad sänkning av bolagsskatten skjuts upp ett år}}.

Kritik från oppositionen

{{m10:Socialdemokraternas socialförsäkringspolitiska talesperson Lena Krantz}} {{q10:kritiserar}} att {{c10:ett stöd som många familjer behöver nu har fastnat i ett internt gräl}}.

– {{c11:Familjer som inte har råd med hyran kan inte vänta på att regeringspartierna ska sluta bråka med varandra}}, {{q11:säger}} {{m11:Krantz}}.

{{m12:Hon}} {{q12:kräver}} att {{c12:förslaget läggs fram för riksdagen före sommaren}}. Socialdemokraterna vill dessutom att bidraget ska omfatta fler ensamstående föräldrar.

{{q13:Enligt}} uppgifter till SvD {{c13:ska regeringen lämna besked om finansieringen i samband med vårändringsbudgeten i april}}. Finansdepartementet vill inte kommentera uppgifterna.
""",
  S(1, I, "källor i regeringskansliet", UNK, via=("SvD",)),
  S(2, I, "Dagens Nyheter", ORG),
  S(3, I, "Karin Öhman"),
  S(4, D, "Karin Öhman"),
  S(5, I, "Karin Öhman"),
  S(6, D, "Karin Öhman"),
  S(7, I, "Mattias Grebe"),
  S(8, D, "Mattias Grebe"),
  S(9, I, "Mattias Grebe"),
  S(10, I, "Lena Krantz"),
  S(11, D, "Lena Krantz"),
  S(12, I, "Lena Krantz"),
  S(13, I, None, UNK, via=("SvD",)),
  S(14, D, "Liberalerna", ORG),
)


# ---------------------------------------------------------------------------
# 3. Local news: a village school
# ---------------------------------------------------------------------------

A("bl1-lokal-skola", "invented; local paper, kommun and school", """
Föräldrar rasar mot förslaget att stänga Bölsta skola

Vänneby

Av Emma Hedlund

Publicerad 12 september 2024 kl 05.30 | Uppdaterad 12 september 2024 kl 14.02

Dela

{{m1:Barn- och utbildningsnämnden i Vänneby kommun}} {{q1:föreslår}} att {{c1:Bölsta skola stängs från höstterminen 2025 och att skolans 46 elever flyttas till Centralskolan inne i tätorten}}. Beslutet ska fattas av kommunfullmäktige i november.

– {{c2:Ingen av oss tycker att det här är roligt. Men vi har ett underskott på elva miljoner kronor och vi måste prioritera undervisningen framför lokalerna}}, {{q2:säger}} {{m2:nämndens ordförande Peter Lundgren}} (M).

{{m3:Han}} {{q3:framhåller}} att {{c3:elevantalet i Bölsta har minskat med en tredjedel på tio år och att det blir allt svårare att rekrytera behöriga lärare till byn}}.

Men hur mycket sparar kommunen egentligen? {{q4:Enligt}} {{m4:barn- och utbildningsförvaltningen}} {{c4:handlar det om 3,4 miljoner kronor om året, när kostnaderna för skolskjuts är inräknade}}.

”{{c6:Ni tar hjärtat ur byn}}”

Beskedet har väckt starka reaktioner i Bölsta. ”{{c5:Ni tar hjärtat ur byn}}”, {{q5:skriver}} {{m5:föräldragruppen Rädda Bölsta skola}} i ett öppet brev till politikerna. Gruppens namninsamling har hittills fått över 1 200 underskrifter.

– {{c7:Mina barn skulle få sitta på en buss i en timme om dagen. Ingen har frågat oss vad vi tycker}}, {{q7:säger}} {{m7:Maria Ek}}, som har två barn på skolan och är en av dem som startade namninsamlingen.

– {{c8:Varför ska de minsta barnen betala för att kommunen har misskött sin ekonomi?}} {{q8:frågar}} {{m8:hon}}.

{{m9:Flera föräldrar}} {{q9:befarar}} att {{c9:fler barnfamiljer kommer att flytta från byn om skolan stängs}}.

{{m10:Rektor Anneli Wik}} vill inte kommentera förslaget, men {{q10:bekräftar}} att {{c10:två av skolans fyra lärare har sagt upp sig under våren}}.

Nej från oppositionen

{{m11:Oppositionsrådet Sven-Erik Holm}} (S) {{q11:anser}} att {{c11:nämnden har räknat fel. Skolskjutsarna blir dyrare än förvaltningen tror, och en stängning slår hårdast mot dem som redan har långt till allt}}.

– {{c12:Vi kommer att rösta nej i fullmäktige. Bölsta ska ha kvar sin skola}}, {{q12:säger}} {{m12:Holm}}.

Centerpartiet, som styr kommunen tillsammans med Moderaterna och Kristdemokraterna, har ännu inte tagit ställning. Partiet vill först se en konsekvensanalys för barnen.

Fakta: Bölsta skola

Byggd: 1928
Elever: 46, förskoleklass till årskurs 6
Lärare: 4
Avstånd till Centralskolan: 23 kilometer

Vad tycker du? Ska Bölsta skola läggas ned? Rösta i vår omröstning.

Maria Ek med dottern Alva utanför Bölsta skola. Foto: Emma Hedlund
""",
  S(1, I, "Barn- och utbildningsnämnden i Vänneby kommun", ORG),
  S(2, D, "Peter Lundgren"),
  S(3, I, "Peter Lundgren"),
  S(4, I, "barn- och utbildningsförvaltningen", ORG),
  S(5, D, "Rädda Bölsta skola", GRP),
  S(6, D, "Rädda Bölsta skola", GRP, opt=True),
  S(7, D, "Maria Ek"),
  S(8, D, "Maria Ek"),
  S(9, I, "föräldrar", GRP),
  S(10, I, "Anneli Wik"),
  S(11, I, "Sven-Erik Holm"),
  S(12, D, "Sven-Erik Holm"),
)


# ---------------------------------------------------------------------------
# 4. Courts: a verdict
# ---------------------------------------------------------------------------

A("bl1-domstol-misshandel", "invented; local news site, courts", """
34-åring döms för grov misshandel vid taxikö

Gävle

Av Johan Berg

Publicerad 14.20 | Uppdaterad 15.05

Lyssna

{{c1:En 34-årig man döms till två års fängelse för grov misshandel av en då 19-årig man vid en taxikö i centrala Gävle i april}}. Det {{q1:meddelade}} {{m1:Gävle tingsrätt}} på onsdagen.

{{q2:Enligt}} {{m2:tingsrätten}} {{c2:slog mannen 19-åringen i ansiktet och sparkade honom sedan flera gånger mot huvudet när han låg ned på marken}}.

19-åringen fick en hjärnblödning och vårdades i två veckor på sjukhus.

I domen {{q3:skriver}} {{m3:rätten}} att {{c3:våldet var ”livsfarligt” och att det var en ren tillfällighet att 19-åringen inte fick bestående skador}}.

{{m4:Den 34-årige mannen}} har under rättegången {{q4:hävdat}} att {{c4:han handlade i nödvärn, eftersom 19-åringen först knuffade honom och hotade med en flaska}}.

{{c5:Den förklaringen får inget stöd av övervakningsfilmen från platsen}}, {{q5:konstaterar}} {{m5:tingsrätten}}. {{c6:Filmen visar i stället att det var 34-åringen som gick fram till den yngre mannen}}, {{q6:enligt}} {{m6:domen}}.

Försvaret överklagar

{{m7:Mannens försvarare Lars Edvinsson}} {{q7:säger}} att {{c7:hans klient kommer att överklaga domen till hovrätten}}.

– {{c8:Vi anser att tingsrätten har gjort en felaktig bedömning av filmen. Den visar inte hela förloppet, {{q8:säger}} {{m8:han}}, och det som hände innan kameran fångade dem är helt avgörande}}.

{{m9:Åklagaren Therese Vall}} {{q9:säger}} att {{c9:hon är nöjd med att tingsrätten gick på hennes linje i skuldfrågan, men att straffet borde ha blivit längre}}.

– {{c10:Jag kommer att läsa domen noga innan jag bestämmer mig för om jag ska överklaga}}, {{q10:säger}} {{m10:hon}}.

{{c11:19-åringen har fortfarande svårt att sova och har inte kunnat återgå till sitt arbete}}, {{q11:uppger}} {{m11:hans målsägandebiträde Nora Lind}}.

Mannen döms också att betala 85 000 kronor i skadestånd till 19-åringen. Han är sedan tidigare dömd för bland annat olaga hot.

Fakta: Grov misshandel

För grov misshandel döms till fängelse i lägst ett och högst tio år. Vid bedömningen av om brottet är grovt ska domstolen särskilt beakta om gärningen var livsfarlig.

Tingsrätten i Gävle. Foto: Anders Wiklund
""",
  S(1, I, "Gävle tingsrätt", ORG),
  S(2, I, "Gävle tingsrätt", ORG),
  S(3, M, "Gävle tingsrätt", ORG),
  S(4, I, "den 34-årige mannen"),
  S(5, I, "Gävle tingsrätt", ORG),
  S(6, I, "Gävle tingsrätt", ORG),
  S(7, I, "Lars Edvinsson"),
  S(8, D, "Lars Edvinsson"),
  S(9, I, "Therese Vall"),
  S(10, D, "Therese Vall"),
  S(11, I, "Nora Lind"),
)


# ---------------------------------------------------------------------------
# 5. Business: quarterly report and layoffs
# ---------------------------------------------------------------------------

A("bl1-tt-varsel", "invented; TT wire style, business", """
{{m13:Norrviks vd}}: ”{{c13:Vi har inget val}}”

TT

Publicerad 08.41 | Uppdaterad 11.20

Dela

{{c1:Norrvik Industri varslar 240 anställda vid fabriken i Skellefteå om uppsägning}}. Det {{q1:meddelade}} {{m1:bolaget}} i samband med delårsrapporten på torsdagsmorgonen.

Rörelseresultatet för tredje kvartalet blev minus 86 miljoner kronor, jämfört med plus 41 miljoner kronor samma period i fjol. Omsättningen minskade med 18 procent till 1,2 miljarder kronor.

I rapporten {{q2:skriver}} {{m2:vd:n Cecilia Barkman}} att {{c2:efterfrågan på komponenter till vindkraftverk i Europa har ”fallit snabbare än någon i branschen räknade med”}}.

– {{c3:Vi har inget val. Om vi inte anpassar kostnaderna nu riskerar vi hela verksamheten}}, {{q3:säger}} {{m3:Cecilia Barkman}}.

{{m4:Hon}} {{q4:understryker}} att {{c4:fabriken i Skellefteå inte ska läggas ned och att bolaget räknar med att kunna återanställa personal när marknaden vänder}}.

– {{c5:Vi tror fortfarande på vindkraften på lång sikt. Men just nu står projekt stilla i hela Europa}}.

{{m12:Barkman}} {{q12:medger}} att {{c12:ledningen var för optimistisk i våras}}.

”{{c14:Folk är arga}}”

{{c6:Beskedet kom som en chock för de anställda}}, {{q6:enligt}} {{m6:IF Metall-klubbens ordförande Stefan Rask}}.

– {{c7:Folk är oroliga och arga. Så sent som i våras pratade ledningen om fulla orderböcker}}, {{q7:säger}} {{m7:han}}.

{{m8:Rask}} {{q8:kräver}} att {{c8:bolaget i första hand erbjuder frivilliga avgångar och förtidspension till äldre medarbetare}}. Förhandlingarna med facket inleds i nästa vecka.

{{m9:Skellefteås kommunalråd Åsa Lindqvist}} (S) {{q9:lovar}} i ett skriftligt uttalande att {{c9:kommunen ska göra allt den kan för dem som förlorar jobbet}}.

Fler varsel kan komma

{{m10:Nordkap Fondkommissions analytiker Jonas Frid}} {{q10:tror}} att {{c10:fler leverantörer i branschen kommer att tvingas till neddragningar under vintern}}.

– {{c11:Norrvik är inte ensamt. Hela leverantörskedjan pressas av höga räntor och utdragna tillståndsprocesser}}, {{q11:säger}} {{m11:Frid}} till TT.

Norrvik-aktien föll med 14 procent på Stockholmsbörsen under förmiddagen.

Fakta: Norrvik Industri

Grundat: 1962 i Skellefteå.
Anställda: Cirka 1 100, varav 800 i Sverige.
Verksamhet: Tillverkar gjutgods och tornsektioner till vindkraftverk.
Vd: Cecilia Barkman sedan 2021.
""",
  S(1, I, "Norrvik Industri", ORG),
  S(2, M, "Cecilia Barkman"),
  S(3, D, "Cecilia Barkman"),
  S(4, I, "Cecilia Barkman"),
  S(5, D, "Cecilia Barkman"),
  S(6, I, "Stefan Rask"),
  S(7, D, "Stefan Rask"),
  S(8, I, "Stefan Rask"),
  S(9, I, "Åsa Lindqvist"),
  S(10, I, "Jonas Frid"),
  S(11, D, "Jonas Frid", via=("TT",)),
  S(12, I, "Cecilia Barkman"),
  S(13, D, "Cecilia Barkman"),
  S(14, D, "Stefan Rask", opt=True),
)


# ---------------------------------------------------------------------------
# 6. Foreign news relayed by agencies and outlets
# ---------------------------------------------------------------------------

A("bl1-utrikes-minister", "invented; morning paper foreign desk, agency relays", """
Brittisk minister avgår efter avslöjande om hemliga möten

Utrikes

Publicerad 19.03 | Uppdaterad 22.40

Dela

{{c1:Storbritanniens bostadsminister Oliver Pennington avgår}}. Det {{q1:meddelade}} {{m1:han}} i ett brev till premiärministern på tisdagskvällen, efter en vecka av hård kritik för sina kontakter med en fastighetsutvecklare.

”{{c2:Jag har blivit en belastning för regeringens viktiga arbete, och det är inte rättvist mot mina kolleger}}”, {{q2:skriver}} {{m2:Pennington}} i brevet, enligt nyhetsbyrån Reuters.

{{m3:Han}} {{q3:hävdar}} samtidigt att {{c3:han inte har brutit mot några regler}}.

{{c4:Pennington ska vid minst fyra tillfällen ha träffat företrädare för fastighetsbolaget Halbury Estates medan bolaget väntade på bygglov för ett omstritt bostadsprojekt i östra London}}, {{q4:skrev}} {{m4:The Guardian}} i förra veckan, enligt TT.

{{c5:Inget av mötena fördes in i departementets register}}, {{q5:enligt}} {{m5:tidningen}}.

{{m6:Halbury Estates}} {{q6:förnekar}} i ett uttalande att {{c6:bolaget har fått någon särbehandling}}.

{{c12:Penningtons egna tjänstemän ska redan i somras ha varnat honom för att mötena kunde uppfattas som olämpliga}}, skriver The Times {{q12:med hänvisning till}} {{m12:två anställda på departementet}}.

{{c7:Flera ministrar hade under veckan uppmanat Pennington att lämna sin post}}, {{q7:uppger}} {{m7:källor inom regeringen}} för Reuters.

– {{c8:Premiärministern har tagit emot avskedsansökan och tackar Oliver Pennington för hans insatser}}, {{q8:sade}} {{m8:en talesperson för premiärministerns kansli}} enligt AP.

Oppositionen kräver utredning

{{m9:Labours bostadspolitiska talesperson Rachel Dunmore}} {{q9:kräver}} att {{c9:en oberoende utredning tillsätts}}.

– {{c10:Det räcker inte att en minister avgår när hela systemet för lobbymöten är trasigt}}, {{q10:sade}} {{m10:hon}} i en intervju med BBC, enligt Reuters.

{{q11:Enligt}} {{m11:källor i regeringspartiet}} som BBC har talat med {{c11:väntas en efterträdare utses redan på onsdagen}}.

Affären har i brittisk press fått namnet ”Halburygate”. Pennington, 47, har suttit i underhuset sedan 2015 och blev bostadsminister för ett och ett halvt år sedan.

Oliver Pennington lämnar departementet i London. Foto: James Holloway
""",
  S(1, I, "Oliver Pennington"),
  S(2, D, "Oliver Pennington", via=("Reuters",)),
  S(3, I, "Oliver Pennington"),
  S(4, I, "The Guardian", ORG, via=("TT",)),
  S(5, I, "The Guardian", ORG),
  S(6, I, "Halbury Estates", ORG),
  S(7, I, "källor inom regeringen", UNK, via=("Reuters",)),
  S(8, D, "talesperson för premiärministerns kansli", PER, via=("AP",)),
  S(9, I, "Rachel Dunmore"),
  S(10, D, "Rachel Dunmore", via=("BBC", "Reuters")),
  S(11, I, "källor i regeringspartiet", UNK, via=("BBC",)),
  S(12, I, "två anställda på departementet", GRP, via=("The Times",)),
)


# ---------------------------------------------------------------------------
# 7. Sport: post-match quotes
# ---------------------------------------------------------------------------

A("bl1-sport-handboll", "invented; sports desk, post-match report", """
Sverige slog Norge – {{m10:förbundskaptenen}}: ”{{c10:Vår bästa match på flera år}}”

Sport

Av Linus Ahlberg

Publicerad 21.58 | Uppdaterad 22.45

Dela

Sverige tog en imponerande seger med 29–25 mot regerande mästarna Norge i EM-mellanrundan i Debrecen på torsdagskvällen. Därmed har Sverige semifinalen i egna händer inför lördagens match mot Frankrike.

– {{c1:Vår bästa match på flera år. Försvaret satt från första minuten och Vilma gjorde det omöjligt för dem}}, {{q1:säger}} {{m1:förbundskapten Jenny Åström}} till TT.

Målvakten Vilma Strand räddade 17 skott, varav tre straffar, och utsågs till matchens bästa spelare.

– {{c2:Jag vet inte riktigt vad som hände. Jag såg bollen hela tiden och då blir allt lätt}}, {{q2:sa}} en leende {{m2:Vilma Strand}} efter matchen.

Sverige ledde med 14–12 i paus, men Norge kom ikapp till 19–19 med tio minuter kvar. Sedan gjorde Sverige fyra raka mål.

– {{c3:Det är klart att vi njuter i kväll, {{q3:sa}} {{m3:lagkaptenen Hanna Lövgren}}, men vi har inte vunnit någonting än. Frankrike är ett bättre lag än Norge just nu}}.

– {{c4:Nu gäller det att vila, äta ordentligt och sedan lägga allt fokus på lördag}}.

Oro för Rask

Mittnian Emma Rask lämnade planen med en knäskada i andra halvlek. {{q5:Enligt}} {{m5:förbundskaptenen}} {{c5:är det för tidigt att säga om hon kan spela mot Frankrike}}.

{{m6:Åström}} {{q6:hoppas}} att {{c6:Rask ska kunna undersökas med magnetkamera redan under fredagen}}.

– {{c7:Hon är en av våra viktigaste spelare, så vi tar inga risker}}, {{q7:säger}} {{m7:hon}}.

Norge självkritiskt

{{m8:Norges förbundskapten Kari Solbakken}} {{q8:medgav}} att {{c8:Sverige var bättre ”på nästan alla punkter”}}, enligt NTB.

– {{c9:Vi hade inga svar på deras försvar och vi kastade bort för många lägen. Det måste vi ta till oss}}, {{q9:sa}} {{m9:hon}} till NTB.

Matchen i siffror

Sverige–Norge 29–25 (14–12)
Bästa målskytt Sverige: Hanna Lövgren 7
Räddningar: Vilma Strand 17
Publik: 6 850

Vilma Strand jublar efter en av sina tre straffräddningar. Foto: Attila Kovács
""",
  S(1, D, "Jenny Åström", via=("TT",)),
  S(2, D, "Vilma Strand"),
  S(3, D, "Hanna Lövgren"),
  S(4, D, "Hanna Lövgren"),
  S(5, I, "Jenny Åström"),
  S(6, I, "Jenny Åström"),
  S(7, D, "Jenny Åström"),
  S(8, M, "Kari Solbakken", via=("NTB",)),
  S(9, D, "Kari Solbakken", via=("NTB",)),
  S(10, D, "Jenny Åström"),
)


# ---------------------------------------------------------------------------
# 8. Culture: author interview
# ---------------------------------------------------------------------------

A("bl1-kultur-forfattare", "invented; culture pages, author interview", """
{{m11:Linnea Brandt}}: ”{{c11:Jag ville skriva om skammen}}”

Kultur

Av Petra Sund

Publicerad 10 november 2024 kl 07.00

Lyssna

Hennes nya roman ”Saltängarna” sålde slut i första upplagan på tre dagar. Men för två år sedan hade Linnea Brandt nästan gett upp skrivandet.

{{c1:Hon skrev de första kapitlen i en husbil på norra Gotland, långt från mobiltäckning och sociala medier}}. Det {{q1:berättar}} {{m1:Linnea Brandt}} när vi träffas på ett kafé i Hornstull en regnig tisdag.

– {{c2:Jag var helt tom efter förra boken. Jag behövde komma bort från allt som pockade på uppmärksamhet}}, {{q2:säger}} {{m2:hon}}.

”Saltängarna” är hennes tredje roman och den första som inte utspelar sig i Tornedalen, där hon växte upp. I stället följer läsaren en kvinna som återvänder till en ö i Östersjön efter sin mammas död. Trots mordet i första kapitlet är boken ingen ”mysdeckare”.

– {{c3:Jag ville skriva om skammen, den som går i arv mellan generationer utan att någon säger något. Mordet är egentligen bara en ursäkt för att få prata om det}}, {{q3:säger}} {{m3:Linnea Brandt}}.

{{m4:Hon}} {{q4:tycker}} att {{c4:mycket av den svenska samtidslitteraturen har blivit för försiktig}}.

– {{c5:Vi är så rädda för att bli missförstådda att vi slutar ta risker. Men en roman som inte gör någon upprörd, {{q5:säger}} {{m5:hon}} och rör om i kaffet, har oftast inte sagt någonting}}.

Recensenterna har varit nästan enhälligt positiva. {{m6:Sydsvenskans kritiker Tove Ahl}} {{q6:skrev}} att {{c6:romanen är ”årets mest drabbande svenska bok”}}, medan {{m7:Göteborgs-Postens recensent}} {{q7:tyckte}} att {{c7:slutet kom för hastigt}}.

{{c8:Den första upplagan på 15 000 exemplar tog slut på tre dagar och en andra upplaga är på väg till bokhandlarna}}, {{q8:uppger}} {{m8:Bokförlaget Fyrtornet}}.

Själv har Linnea Brandt svårt att ta in framgången.

– {{c9:Jag läser inte recensionerna. Eller, jag säger att jag inte gör det}}, {{q9:skrattar}} {{m9:hon}}.

– {{c10:Nu ska jag försöka vila en månad. Sedan får vi se om det blir en fjärde bok}}.

Linnea Brandt

Född: 1986 i Haparanda.
Bor: Stockholm.
Aktuell: Med romanen ”Saltängarna” (Fyrtornet).
Tidigare böcker: ”Midnattsbron” (2017), ”Isvägen” (2020).

Linnea Brandt skrev sin nya roman i en husbil. Foto: Petra Sund
""",
  S(1, I, "Linnea Brandt"),
  S(2, D, "Linnea Brandt"),
  S(3, D, "Linnea Brandt"),
  S(4, I, "Linnea Brandt"),
  S(5, D, "Linnea Brandt"),
  S(6, M, "Tove Ahl"),
  S(7, I, "Göteborgs-Postens recensent"),
  S(8, I, "Bokförlaget Fyrtornet", ORG),
  S(9, D, "Linnea Brandt"),
  S(10, D, "Linnea Brandt"),
  S(11, D, "Linnea Brandt"),
)


# ---------------------------------------------------------------------------
# 9. Health and science
# ---------------------------------------------------------------------------

A("bl1-halsa-promenad", "invented; newspaper health/science section", """
Kort promenad efter maten kan sänka blodsockret

Hälsa

Publicerad 06.00 | Uppdaterad 09.30

Lyssna

Dela

{{c1:En tio minuter lång promenad direkt efter middagen sänker blodsockret mer än en längre promenad senare på kvällen}}. Det {{q1:menar}} {{m1:forskare vid Karolinska institutet}} efter en ny studie.

I studien fick 84 personer med förhöjt blodsocker pröva olika promenadrutiner under sex veckor. Deltagarna bar sensorer som mätte blodsockret dygnet runt.

Resultaten {{q2:visar}} att {{c2:blodsockertopparna efter måltiden i genomsnitt blev 22 procent lägre när deltagarna gick direkt efter maten}}.

– {{c3:Det fina är att det inte behöver vara ansträngande. Det räcker att gå i lugn takt runt kvarteret}}, {{q3:säger}} {{m3:studiens huvudförfattare Farid Haddad}}, docent i medicin vid Karolinska institutet.

{{m4:Haddad}} {{q4:betonar}} att {{c4:studien är liten och att resultaten behöver bekräftas i större grupper}}. {{m5:Forskarna}} {{q5:tror}} att {{c5:effekten beror på att musklerna tar upp socker ur blodet när de arbetar}}.

{{m11:Han}} {{q11:hoppas}} att {{c11:forskargruppen ska kunna starta en studie med tusen deltagare redan nästa år}}.

Studien har publicerats i den vetenskapliga tidskriften Diabetologia.

Ingrid Dahlberg, professor i diabetologi vid Lunds universitet, har inte deltagit i studien. {{m6:Hon}} {{q6:påpekar}} att {{c6:deltagarna visste vilken rutin de följde, vilket kan ha påverkat hur de åt och sov}}.

– {{c7:Det är en intressant studie, men jag skulle inte dra för stora slutsatser av den. Sex veckor är en kort tid}}, {{q7:säger}} {{m7:Ingrid Dahlberg}} enligt TT.

{{q8:Enligt}} {{m8:Folkhälsomyndigheten}} {{c8:finns det i nuläget inget skäl att ändra de nationella rekommendationerna om fysisk aktivitet}}. {{m9:Myndighetens utredare Sara Melin}} {{q9:anser}} ändå att {{c9:studien är ”ett välkommet bidrag” till kunskapen om vardagsmotion}}.

– {{c10:Vi vet sedan tidigare att all rörelse är bra. Om det räcker med tio minuter för att göra skillnad är det ett budskap som är lätt att ta till sig}}, {{q10:säger}} {{m10:hon}}.

Fakta: Blodsocker

Blodsockret stiger efter en måltid och sjunker sedan när kroppen tar upp sockret. Höga och ofta återkommande toppar ökar risken för typ 2-diabetes. I Sverige har omkring en halv miljon människor diabetes.
""",
  S(1, I, "forskare vid Karolinska institutet", GRP),
  S(2, I, "forskare vid Karolinska institutet", GRP, opt=True),
  S(3, D, "Farid Haddad"),
  S(4, I, "Farid Haddad"),
  S(5, I, "forskare vid Karolinska institutet", GRP),
  S(6, I, "Ingrid Dahlberg"),
  S(7, D, "Ingrid Dahlberg", via=("TT",)),
  S(8, I, "Folkhälsomyndigheten", ORG),
  S(9, M, "Sara Melin"),
  S(10, D, "Sara Melin"),
  S(11, I, "Farid Haddad"),
)


# ---------------------------------------------------------------------------
# 10. 8 Sidor-style easy-read news
# ---------------------------------------------------------------------------

A("bl1-8sidor-sms", "invented; 8 Sidor style, easy-read news", """
Falska sms lurar många

8 SIDOR/TT

Publicerad: 2 oktober 2024

Lyssna

Läs på lätt svenska

{{c1:Många människor har fått falska sms den senaste tiden}}. Det {{q1:säger}} {{m1:polisen}}.

Sms:en ser ut att komma från Skatteverket. Den som klickar på länken i sms:et hamnar på en falsk sida.

Men det är bedragare som skickar sms:en. De vill komma åt människors pengar.

– {{c2:Klicka aldrig på en länk i ett sms som handlar om pengar. Skatteverket skickar aldrig sådana sms}}, {{q2:säger}} {{m2:Lena Ström}}.

Hon är polis i Malmö.

{{m3:Lena Ström}} {{q3:berättar}} att {{c3:polisen fick nästan 3 000 anmälningar om falska sms i september}}.

Förlorade 40 000 kronor

Kalle Berg är 78 år och bor i Lund. Han fick ett sms i augusti. Han klickade på länken och skrev in sina bankuppgifter.

Dagen efter var 40 000 kronor borta från hans konto.

– {{c4:Jag skäms. Jag trodde att jag var för smart för sådant}}, {{q4:säger}} {{m4:Kalle Berg}}.

– {{c5:Men nu vill jag berätta om det. Då kanske andra slipper bli lurade}}.

Kalles bank heter Lysebanken. {{m6:Banken}} {{q6:lovar}} att {{c6:Kalle ska få tillbaka pengarna}}.

Polisen har inte hittat dem som skickade sms:et till Kalle. {{q7:Enligt}} {{m7:polisen}} {{c7:är det svårt att hitta bedragarna. Många av dem finns i andra länder}}.

Så skyddar du dig

Klicka inte på länkar i sms som handlar om pengar.
Lämna aldrig ut koder från ditt bank-id.
Ring din bank om du är osäker.

Ord: Bedragare är personer som lurar andra för att få pengar.
""",
  S(1, I, "polisen", ORG),
  S(2, D, "Lena Ström"),
  S(3, I, "Lena Ström"),
  S(4, D, "Kalle Berg"),
  S(5, D, "Kalle Berg"),
  S(6, I, "Lysebanken", ORG),
  S(7, I, "polisen", ORG),
)


# ---------------------------------------------------------------------------
# 11. Opinion-heavy debate report, several parties
# ---------------------------------------------------------------------------

A("bl1-debatt-vindkraft", "invented; local paper, council debate report", """
Ja till vindkraft efter het debatt – ”{{c14:Ett svek mot landsbygden}}”

Lönnberga

Av Oskar Nyström

Publicerad 24 april 2025 kl 22.14

Dela

Efter nästan fyra timmars debatt sa kommunfullmäktige i Lönnberga på torsdagskvällen ja till den omstridda vindkraftsparken på Getåsen. Beslutet fattades med röstsiffrorna 26–23.

Parken ska bestå av 18 vindkraftverk, vart och ett 250 meter högt. {{q1:Enligt}} {{m1:bolaget bakom projektet}}, Vindkraft Getåsen AB, {{c1:kan bygget börja 2027}}.

– {{c2:Vi kan inte bara prata om klimatet. Någon gång måste också någon kommun säga ja}}, {{q2:sa}} {{m2:kommunstyrelsens ordförande Lisa Hedin}} (S) i sitt inledningsanförande.

{{m3:Hedin}} {{q3:framhöll}} att {{c3:parken kommer att ge kommunen omkring fyra miljoner kronor om året i så kallad bygdepeng}}.

Sverigedemokraternas gruppledare Roger Ek gick till hårt angrepp mot majoriteten.

– {{c4:Det här är ett svek mot alla som bor på landsbygden. Ni tar deras utsikt och deras tystnad och kallar det för klimatpolitik}}, {{q4:sa}} {{m4:Ek}}.

{{m5:Han}} {{q5:hävdade}} att {{c5:en majoritet av invånarna är emot parken}} och {{q6:krävde}} att {{c6:frågan ska avgöras i en folkomröstning}}.

{{m7:Moderaternas gruppledare Anders Wall}} {{q7:menade}} att {{c7:kommunen behöver mer el för att kunna locka nya företag}}, medan två av partiets ledamöter röstade nej.

{{m8:Centerpartiets Maja Lindgren}} {{q8:ansåg}} att {{c8:bygdepengen är för liten och att de närmast boende borde få en del av vinsten direkt}}. Partiet vill att kommunen ska förhandla fram ett nytt avtal med bolaget.

– {{c9:Vi har ett klimatmål som säger att kommunen ska vara fossilfri 2035. Hur ska vi nå det om vi säger nej till allt?}} {{q9:frågade}} {{m9:Miljöpartiets Elin Sandberg}}.

Vänsterpartiets Kenneth Olofsson röstade nej. {{m10:Han}} {{q10:befarar}} att {{c10:vinsterna hamnar hos utländska investerare medan kommunen får stå för olägenheterna}}. Kristdemokraterna avstod från att rösta.

{{c13:Flera i majoriteten hade i förväg tvekat}}, {{q13:uppger}} {{m13:en ledamot}} som inte vill framträda med namn.

Protester utanför

Ett sextiotal personer demonstrerade utanför kommunhuset innan mötet. {{m11:Flera av demonstranterna}} {{q11:sa}} att {{c11:de överväger att överklaga beslutet}}.

– {{c12:Vi bor 800 meter från det närmaste verket. Ingen politiker har varit här och lyssnat på hur det låter}}, {{q12:sa}} {{m12:Gösta Holm}} från Getåsens by.

Hur ska kommunen få invånarna med sig? Vad tycker du om vindkraftsparken på Getåsen? Rösta i vår omröstning.

Fakta: Vindkraftsparken på Getåsen

Antal verk: 18
Totalhöjd: 250 meter
Beräknad produktion: 900 gigawattimmar per år
Byggstart: Tidigast 2027
""",
  S(1, I, "Vindkraft Getåsen AB", ORG),
  S(2, D, "Lisa Hedin"),
  S(3, I, "Lisa Hedin"),
  S(4, D, "Roger Ek"),
  S(5, I, "Roger Ek"),
  S(6, I, "Roger Ek", m="m5"),
  S(7, I, "Anders Wall"),
  S(8, I, "Maja Lindgren"),
  S(9, D, "Elin Sandberg"),
  S(10, I, "Kenneth Olofsson"),
  S(11, I, "demonstranterna", GRP),
  S(12, D, "Gösta Holm"),
  S(13, I, "ledamot", PER),
  S(14, D, "Roger Ek", opt=True),
)


# ---------------------------------------------------------------------------
# 12. Tabloid traffic accident
# ---------------------------------------------------------------------------

A("bl1-expressen-bussolycka", "invented; tabloid (Expressen style), traffic accident", """
Buss i diket på riksväg 62 – 14 skadade

Av Sanna Lund

Publicerad 16:42 | Uppdaterad 19:05

Lyssna

Dela

En regionbuss med 31 passagerare körde av vägen och välte ned i ett dike på riksväg 62 norr om Forshaga på måndagseftermiddagen.

{{c1:Fjorton personer har förts till sjukhus, två av dem med allvarliga skador}}. Det {{q1:uppger}} {{m1:Region Värmland}}.

{{q2:Enligt}} {{m2:polisen}} {{c2:kom larmet strax efter klockan 15. Bussen var på väg från Karlstad mot Munkfors när den körde av vägen i en kurva}}.

– {{c3:Det var ett kaos. Folk skrek och det låg glas överallt}}, {{q3:säger}} {{m3:Amira Hassan}}, 22, som satt längst bak i bussen.

Hon klarade sig med ett skrubbsår på armen.

– {{c4:Jag hjälpte en äldre dam ut genom nödutgången. Hon blödde från huvudet men var vid medvetande}}.

{{c5:Chauffören har förhörts på plats och det finns i nuläget inget som tyder på att han var påverkad}}, {{q5:enligt}} uppgifter till Expressen.

– {{c6:Vi har inlett en förundersökning om vållande till kroppsskada. Det är rutin vid en sådan här olycka}}, {{q6:säger}} {{m6:polisens presstalesperson Jens Orrvik}}.

Han vill varken bekräfta eller dementera uppgifterna om chauffören. {{m7:Orrvik}} {{q7:tillägger}} att {{c7:ingen av de skadade är i livsfara}}.

– {{c8:Våra tankar går till alla som var med i bussen. Vi samarbetar fullt ut med polisen}}, {{q8:säger}} {{m8:Mats Fredin}}, vd för bussbolaget Klarälvsbuss, till Expressen.

{{m9:Bolaget}} {{q9:bekräftar}} att {{c9:bussen besiktades så sent som i mars}}.

Olycksdrabbad kurva

Olyckan inträffade i den så kallade Lindkurvan, som boende i området länge har klagat på. {{m10:Flera boende}} har i skrivelser till Trafikverket {{q10:krävt}} att {{c10:hastigheten sänks från 80 till 60 kilometer i timmen}}.

”{{c11:Vi har tagit emot synpunkterna och kommer att se över sträckan under hösten}}”, {{q11:skriver}} {{m11:Trafikverket}} i en kommentar till Expressen.

{{c12:Samma kurva var platsen för en dödsolycka 2019}}. Det {{q12:skriver}} {{m12:Nya Wermlands-Tidningen}}.

Hur kunde det hända igen?

Foto: Expressen
""",
  S(1, I, "Region Värmland", ORG),
  S(2, I, "polisen", ORG),
  S(3, D, "Amira Hassan"),
  S(4, D, "Amira Hassan"),
  S(5, I, None, UNK, via=("Expressen",)),
  S(6, D, "Jens Orrvik"),
  S(7, I, "Jens Orrvik"),
  S(8, D, "Mats Fredin", via=("Expressen",)),
  S(9, I, "Klarälvsbuss", ORG),
  S(10, I, "boende", GRP),
  S(11, D, "Trafikverket", ORG, via=("Expressen",)),
  S(12, I, "Nya Wermlands-Tidningen", ORG),
)


def main() -> int:
    return write_set(ARTICLES, Path(__file__).with_name("sv-blind1.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
