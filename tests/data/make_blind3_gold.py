#!/usr/bin/env python3
"""Build tests/data/sv-blind3.jsonl: blind gold set 3 of invented Swedish news.

Blind set 3 was written without seeing the extraction rules (nothing under
src/, training/ or benchmarks/, no tests other than the markup API, no README
or docs were read; the engine was never run or imported). Its 12 articles
(roughly 200-450 words each) are invented from scratch: every person, company,
club, village and event is made up; real countries, parties, public bodies,
agencies and outlets appear only as background, relays or sources. Genres:

 1. press conference after a municipal crisis (E. coli in the drinking water),
    several officials in turn (local SVT style)
 2. court verdict: court, prosecutor, defence lawyer, the victim's mother (TT)
 3. election night: party leaders, party-letter headlines ("KD: ”...”"), a
    political scientist (evening-paper live style)
 4. international diplomacy relayed by Reuters, AFP, AP, DPA, NTB, Ritzau,
    Bloomberg, Berlingske and Ekot, with anonymous sources and a ministry
 5. debate summary: a debate article in Svenska Dagbladet, a reply, a
    minister's press secretary by e-mail (TT)
 6. social-media row: Instagram, X, a company answering by e-mail
 7. sport: cup semi-final, coaches and players to Viaplay, C More and TT
 8. interview feature in Q&A form (reporter's questions are not statements)
 9. health/science: a study, the lead author, Folkhälsomyndigheten, a sceptic
10. 8 Sidor easy-read news
11. business: quarterly report, CEO, two analysts, the union (TT)
12. local crime: police spokesperson, an unnamed witness, a neighbour

Annotation follows /work/shared/guidelines.md. The markup and its checks are
those of make_handwritten_gold.py (imported from it): {{cN:...}} content,
{{qN:...}} cue, {{mN:...}} speaker mention, nestable; each article lists
``S(n, kind, speaker, type, via, opt, q=, m=)``.

Arguable calls (decided as follows):
 - A headline quote with no speaker in the headline ("Kokningsrådet ... –
   ”Vi ber om ursäkt”") is optional, attributed to the official who says it.
 - "Uppgifter: Iran nära att ..." (headline, no quotation marks) is optional,
   unknown source; "Det visar forskare ... i en studie" is optional (visa is
   not a verb of communication).
 - Party-letter and club headlines ("KD: ”...”", "Lindvalla: ”...”") take the
   organisation as written as speaker, not the leader or coach who said it.
 - "Läkare larmar: Ambulanserna räcker inte ..." (headline without quotation
   marks but with a cue) is a required indirect statement.
 - "skriver X i en debattartikel i / en replik i Svenska Dagbladet", "i ett mejl
   till TT", "för Expressen", "till SVT" give the outlet as via, also when it is
   the publishing outlet itself. Instagram, X and a video are platforms, not via.
 - Follow-up quotes after a relayed one ("säger försvarsadvokaten", "Enligt
   källorna ...", a captain's floating second quote) carry no via unless their
   own sentence names the relay.
 - "Berlingske skriver, med hänvisning till en källa ..., att": cue "med
   hänvisning till", unknown speaker, via Berlingske. "Enligt den tyska
   nyhetsbyrån DPA" and "uppger Ekot" (own reporting) make the outlet the speaker.
 - Anonymous but described persons (en anhörig, en västerländsk diplomat, en
   kvinna i 40-årsåldern, den 34-årige mannen) are persons with the
   description as speaker; "källor", "uppgifter" are unknown with no speaker.
 - "har yrkat på att", "utesluter inte att", "gjorde klart att", "håller med
   om att" and "förnekar att" are cues; "vill inte kommentera" is not.
 - A reporter's question paragraph that opens with "Enligt Region Kalmar län
   ..." contains a statement (the enligt sentence); the question itself is not.
 - The analysts' consensus "enligt en sammanställning från analysfirman
   Nordkvant" is a statement by Nordkvant.
 - Not annotated: the debate article's title (”Glesbygden har blivit en andra
   klassens zon”), book titles, the scare quote ”hantverkskollektion”, "Läs
   också" links, captions, fact boxes and "... vill inte kommentera".

usage: python3 tests/data/make_blind3_gold.py   (writes sv-blind3.jsonl beside it)
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
# 1. Press conference after a municipal crisis (local SVT style)
# ---------------------------------------------------------------------------

A("bl3-press-kokningsrad", "invented; local public-service news, press conference", """
Kokningsrådet i Hällsjö kvarstår – ”{{c1:Vi ber om ursäkt}}”

Publicerad 14 mars 2024 kl 11.42
Uppdaterad 14 mars 2024 kl 15.10

Lyssna

Dela

Över 6 000 hushåll i Hällsjö kommun måste fortsätta att koka sitt dricksvatten. På en presskonferens i kommunhuset på torsdagen bad kommunledningen om ursäkt för att invånarna fick vänta nästan ett dygn på beskedet.

– {{c2:Vi ber alla invånare om ursäkt. Vi borde ha gått ut mycket tidigare, och det är inte acceptabelt att människor fick läsa om det här i sociala medier innan de fick information från oss}}, {{q2:sa}} {{m2:Birgitta Lundqvist}} (S), kommunstyrelsens ordförande.

Bakterier av typen E. coli hittades vid ett rutinprov på vattenverket i Norrvik i tisdags morse. Kokningsrådet gick ut först på onsdagen, strax efter klockan sju.

{{m3:Kommunalrådet}} {{q3:medgav}} att {{c3:rutinerna inte hade fungerat. Provsvaret skickades till en tjänsteman som var ledig, och ingen annan på förvaltningen hade i uppdrag att slå larm}}.

– {{c4:Det får aldrig hända igen, {{q4:sa}} {{m4:hon}}, och jag har gett förvaltningen i uppdrag att gå igenom hela kedjan, från provtagning till information}}.

Trolig läcka

Vad som har orsakat föroreningen är ännu inte klarlagt. {{m5:Tomas Rehn}}, VA-chef på det kommunala bolaget Hällsjö Vatten, {{q5:berättade}} att {{c5:en skadad ledning vid industriområdet i Norrvik är den mest sannolika förklaringen}}.

– {{c6:Vi har spolat ledningsnätet och klorerar vattnet sedan i går kväll. Men vi måste ha tre godkända prover i rad innan vi kan häva kokningsrådet}}, {{q6:sa}} {{m6:han}}.

{{q7:Enligt}} {{m7:Rehn}} {{c7:kan det dröja till början av nästa vecka}}.

Vid presskonferensen medverkade också Farid Haddad, smittskyddsläkare i Region Västmanland. {{m8:Han}} {{q8:uppgav}} att {{c8:ett tjugotal personer har sökt vård för magsjuka sedan i söndags, men att det ännu inte går att säga om fallen har med vattnet att göra}}.

– {{c9:Barn, äldre och personer med nedsatt immunförsvar bör vara extra försiktiga. Koka vattnet i minst en minut, även det ni borstar tänderna med}}, {{q9:sa}} {{m9:smittskyddsläkaren}}.

Oppositionen kräver granskning

{{m10:Flera boende}} har i sociala medier {{q10:kritiserat}} att {{c10:de fick beskedet om kokningsrådet från grannar i stället för från kommunen}}.

Oppositionsrådet {{m11:Jonas Friberg}} (M) {{q11:kräver}} att {{c11:en oberoende granskning görs av hur kommunen hanterade larmet}}.

– {{c12:Invånarna måste kunna lita på att kommunen slår larm direkt. Det här är ett misslyckande för hela kommunledningen}}, {{q12:säger}} {{m12:han}} till SVT.

Kommunen och Hällsjö räddningstjänst har ställt ut vattentankar vid Norrviksskolan och vid matbutiken i centrum. {{c13:Tankarna fylls på två gånger om dagen, och den som inte kan ta sig dit kan ringa kommunens kundtjänst och få vatten hemkört}}, {{q13:uppger}} {{m13:räddningstjänsten}}.

Fakta: Kokningsråd

Vattnet ska kokas innan det används till dryck och matlagning.

Vattnet behöver inte kokas för dusch, disk eller tvätt.

Låt vattnet koka i minst en minut.

Anna Sjöberg
anna.sjoberg@svt.se
""",
  S(1, D, "Birgitta Lundqvist", opt=True),
  S(2, D, "Birgitta Lundqvist"),
  S(3, I, "Birgitta Lundqvist"),
  S(4, D, "Birgitta Lundqvist"),
  S(5, I, "Tomas Rehn"),
  S(6, D, "Tomas Rehn"),
  S(7, I, "Tomas Rehn"),
  S(8, I, "Farid Haddad"),
  S(9, D, "Farid Haddad"),
  S(10, I, "boende", GRP),
  S(11, I, "Jonas Friberg"),
  S(12, D, "Jonas Friberg", via=("SVT",)),
  S(13, I, "Hällsjö räddningstjänst", ORG),
)


# ---------------------------------------------------------------------------
# 2. Court verdict (TT court reporting)
# ---------------------------------------------------------------------------

A("bl3-dom-drap", "invented; TT court reporting, manslaughter verdict", """
34-åring döms för dråpet i Lindesby

Publicerad 26 april 2024 kl. 14.05

Dela

{{c1:En 34-årig man döms till tolv års fängelse för dråp efter knivdådet på en privatfest i Lindesby utanför Enköping i oktober i fjol}}. Det {{q1:meddelade}} {{m1:Uppsala tingsrätt}} på fredagen.

Offret, 22-årige Simon Strand, avled av sina skador på Akademiska sjukhuset samma natt.

{{m2:Tingsrätten}} {{q2:slår fast}} att {{c2:34-åringen högg Simon Strand tre gånger i bröstet och att han måste ha insett att det fanns en påtaglig risk att 22-åringen skulle dö}}. {{m3:Rätten}} {{q3:bedömer}} däremot att {{c3:det inte är bevisat att gärningen var planerad}}. Därför döms han inte för mord.

”{{c4:Det har inte framkommit något som tyder på att den tilltalade befann sig i en nödvärnssituation när han använde kniven}}”, {{q4:skriver}} {{m4:tingsrätten}} i domen.

{{m5:Den 34-årige mannen}} har {{q5:erkänt}} att {{c5:han höll i kniven}} men {{q6:förnekar}} att {{c6:han hade för avsikt att döda}}. Under rättegången {{q7:hävdade}} {{m7:han}} att {{c7:han agerade i självförsvar sedan 22-åringen gått till angrepp mot honom med en flaska}}.

Hans försvarare, advokaten {{m8:Peter Ahlgren}}, {{q8:säger}} till TT att {{c8:klienten är besviken och att domen med största sannolikhet kommer att överklagas}}.

– {{c9:Tingsrätten har inte tagit tillräcklig hänsyn till de vittnen som stöder min klients version. Vi kommer att gå igenom domen noga under helgen}}, {{q9:säger}} {{m9:försvarsadvokaten}}.

34-åringens familj har inte velat kommentera domen.

Åklagaren nöjd

Kammaråklagare {{m10:Karin Wallin}} hade {{q10:yrkat}} på att {{c10:34-åringen skulle dömas för mord}}. {{m11:Hon}} {{q11:säger}} ändå att {{c11:hon är nöjd med att tingsrätten delar hennes bild av vad som hände den natten}}.

– {{c12:Det viktiga är att han hålls ansvarig för det han har gjort. Om domen överklagas får hovrätten göra sin bedömning}}, {{q12:säger}} {{m12:Karin Wallin}}.

{{m13:Mamman}}: ”{{c13:Inget straff räcker}}”

Simon Strands mamma Eva Strand har följt hela rättegången från åhörarbänken.

– {{c14:Inget straff räcker när man har förlorat sitt barn. Men vi är glada att ingen längre kan påstå att det var Simon som startade bråket}}, {{q14:säger}} {{m14:hon}} till Upsala Nya Tidning.

Simon Strand skulle ha fyllt 23 år i mars. Han arbetade som snickarlärling i Enköping och hade spelat fotboll i Lindesby IK sedan han var sex år.

{{m15:Hon}} {{q15:berättar}} att {{c15:familjen har fått stöd av Brottsofferjouren, men att Simons yngre syskon fortfarande inte vågar gå ut ensamma på kvällarna}}.

Fakta: Dråp

Den som dödar en annan människa döms för dråp om brottet inte bedöms som mord. Straffskalan är fängelse i lägst sex och högst arton år.

Domen kan överklagas till Svea hovrätt senast den 17 maj.

Emma Karlsson/TT
""",
  S(1, I, "Uppsala tingsrätt", ORG),
  S(2, I, "Uppsala tingsrätt", ORG),
  S(3, I, "Uppsala tingsrätt", ORG),
  S(4, D, "Uppsala tingsrätt", ORG),
  S(5, I, "den 34-årige mannen"),
  S(6, I, "den 34-årige mannen", m="m5"),
  S(7, I, "den 34-årige mannen"),
  S(8, I, "Peter Ahlgren", via=("TT",)),
  S(9, D, "Peter Ahlgren"),
  S(10, I, "Karin Wallin"),
  S(11, I, "Karin Wallin"),
  S(12, D, "Karin Wallin"),
  S(13, D, "Eva Strand"),
  S(14, D, "Eva Strand", via=("Upsala Nya Tidning",)),
  S(15, I, "Eva Strand"),
)


# ---------------------------------------------------------------------------
# 3. Election night (evening-paper live style)
# ---------------------------------------------------------------------------

A("bl3-valnatt", "invented; evening paper, election night reactions", """
Valnatten: Jubel hos KD – tung kväll för Liberalerna

Publicerad 00.12 | Uppdaterad 02.47

Av Johan Ekström och Sara Lindh

Dela

Kristdemokraterna blev valnattens stora vinnare, medan Liberalerna efter rösträkningen i natt hamnar under riksdagsspärren. {{c1:Valdeltagandet landade på 82,4 procent}}, {{q1:enligt}} {{m1:Valmyndighetens}} preliminära siffror.

Här är partiledarnas reaktioner – och vad experten säger om resultatet.

{{m2:KD}}: ”{{c2:En historisk kväll för oss}}”

Strax efter midnatt klev Kristdemokraternas partiledare Maria Holmén upp på scenen på valvakan i Stockholm, till jubel från flera hundra anhängare.

– {{c3:Det här är en historisk kväll för oss. Väljarna har sagt att de vill ha en vård som fungerar i hela landet}}, {{q3:sa}} {{m3:hon}}.

Maria Holmén firar valresultatet med partikamrater. Foto: Lisa Mattsson

{{m4:L}}: ”{{c4:Vi måste börja om från början}}”

Stämningen var en helt annan hos Liberalerna, som får 3,6 procent med nästan alla valdistrikt räknade. Partiledaren Fredrik Sandahl talade kort inför ett fåtal partivänner på en restaurang på Södermalm.

{{m5:Han}} {{q5:sa}}: ”{{c5:Vi har inte lyckats nå fram till väljarna. Det tar jag det fulla ansvaret för}}.”

Frågan om han tänker avgå ville han inte svara på.

– {{c6:Nu måste vi börja om från början}}, {{q6:sa}} {{m6:han}} innan han lämnade lokalen.

{{c7:Sandahl kommer att samla partistyrelsen redan på måndag}}, {{q7:uppger}} {{m7:flera källor i partiet}} för Expressen.

{{m8:S}}: ”{{c8:Väljarna har valt en annan väg}}”

Socialdemokraternas partiordförande {{m9:Per-Olof Ringdahl}} gratulerade Holmén, men {{q9:gjorde klart}} att {{c9:S inte tänker släppa fram en ny borgerlig regering utan förhandlingar}}.

– {{c10:Väljarna har valt en annan väg i kväll, och det respekterar jag. Men den här regeringen ska inte räkna med några blancochecker från oss}}, {{q10:sa}} {{m10:Ringdahl}}.

Miljöpartiet ökade något, och språkröret Lina Åkesson var på strålande humör när hon mötte pressen.

– {{c11:Vi är redo, {{q11:sa}} {{m11:hon}}, att ta ansvar för klimatet oavsett vem som bildar regering}}.

Sverigedemokraterna har inte velat kommentera resultatet under natten.

{{m12:Statsvetaren}}: ”{{c12:Vården avgjorde valet}}”

{{m13:Helena Bergdahl}}, statsvetare vid Göteborgs universitet, {{q13:menar}} att {{c13:KD:s framgång till stor del förklaras av att partiet har lyckats äga vårdfrågan under hela valrörelsen}}.

– {{c14:Många väljare, särskilt på landsbygden, upplever att vården har blivit sämre. Där har KD haft ett budskap som är lätt att ta till sig}}, {{q14:säger}} {{m14:hon}} till Expressen.

{{c15:Liberalernas ras handlar snarare om att partiet under lång tid har haft svårt att förklara vad det står för}}, {{q15:enligt}} {{m15:Bergdahl}}.

Läs också: Här är resultatet – kommun för kommun

Följ valnatten i vår direktrapport
""",
  S(1, I, "Valmyndigheten", ORG),
  S(2, D, "Kristdemokraterna", ORG),
  S(3, D, "Maria Holmén"),
  S(4, D, "Liberalerna", ORG),
  S(5, D, "Fredrik Sandahl"),
  S(6, D, "Fredrik Sandahl"),
  S(7, I, None, UNK, via=("Expressen",)),
  S(8, D, "Socialdemokraterna", ORG),
  S(9, I, "Per-Olof Ringdahl"),
  S(10, D, "Per-Olof Ringdahl"),
  S(11, D, "Lina Åkesson"),
  S(12, D, "Helena Bergdahl"),
  S(13, I, "Helena Bergdahl"),
  S(14, D, "Helena Bergdahl", via=("Expressen",)),
  S(15, I, "Helena Bergdahl"),
)


# ---------------------------------------------------------------------------
# 4. International diplomacy relayed by agencies (TT foreign desk)
# ---------------------------------------------------------------------------

A("bl3-tankfartyg", "invented; TT foreign wire relaying several agencies", """
{{m1:Uppgifter}}: {{c1:Iran nära att släppa danskägt tankfartyg}}

Publicerad 9 juli 2024 kl. 18.31 · Uppdaterad kl. 21.02

TT–Reuters–AFP

Lyssna

Dela

{{c2:Iran och Danmark är nära en överenskommelse om att släppa tankfartyget Marstal Spirit och dess 21 besättningsmän}}, {{q2:uppger}} {{m2:två källor med insyn i samtalen}} för nyhetsbyrån Reuters.

Fartyget bordades av iranska revolutionsgardet i Hormuzsundet i slutet av maj.

{{q3:Enligt}} {{m3:källorna}} {{c3:kan en första grupp besättningsmän lämna Iran redan i slutet av veckan. Diplomater från Oman ska ha spelat en central roll som medlare}}.

Uppgifterna har inte bekräftats officiellt av någon av parterna. Det iranska utrikesministeriets talesperson {{m4:Hossein Kazemi}} {{q4:förnekade}} vid en presskonferens i Teheran att {{c4:någon överenskommelse har nåtts}}.

– {{c5:Fartyget bröt mot internationella sjöfartsregler, och ärendet hanteras nu av iranska domstolar}}, {{q5:sa}} {{m5:Kazemi}} enligt AFP.

{{m6:Iranska statliga medier}} har {{q6:hävdat}} att {{c6:fartyget transporterade smuggelolja}}. Rederiet {{m7:Marstal Tankers}} har tillbakavisat anklagelserna och {{q7:skriver}} i ett pressmeddelande att {{c7:fartyget hade alla nödvändiga tillstånd}}.

Köpenhamn bekräftar samtal

Danmarks utrikesminister {{m8:Mette Kjærgaard}} {{q8:bekräftar}} för nyhetsbyrån Ritzau att {{c8:samtal pågår}}. Hon vill dock inte gå in på några detaljer.

– {{c9:Vi arbetar dygnet runt för att få hem besättningen. Mer än så kan jag inte säga i dag}}, {{q9:säger}} {{m9:hon}} till Ritzau.

Den danska tidningen Berlingske skriver, {{q10:med hänvisning till}} {{m10:en källa på utrikesministeriet}}, att {{c10:en dansk delegation har befunnit sig i Omans huvudstad Muscat sedan i söndags}}.

Flera nationaliteter ombord

{{q11:Enligt}} den tyska nyhetsbyrån {{m11:DPA}} {{c11:finns tre tyska medborgare bland besättningen}}. {{c12:En av besättningsmännen är svensk medborgare}}, {{q12:uppger}} {{m12:Ekot}}.

Fyra av de ombordvarande är norrmän. {{m13:En anhörig}} till en av dem {{q13:säger}} till NTB att {{c13:familjerna har fått mycket lite information från myndigheterna}}.

{{c14:Den iranska ledningen ska ha gett klartecken till en lösning redan förra veckan}}, {{q14:uppger}} {{m14:en västerländsk diplomat}} för nyhetsbyrån AP. Uppgiften har inte kunnat bekräftas av andra källor.

Oljepriset steg under dagen med drygt en procent. {{c15:Flera stora rederier har sedan bordningen valt att undvika Hormuzsundet}}, {{q15:enligt}} {{m15:uppgifter}} till Bloomberg.
""",
  S(1, I, None, UNK, opt=True),
  S(2, I, None, UNK, via=("Reuters",)),
  S(3, I, None, UNK),
  S(4, I, "Hossein Kazemi"),
  S(5, D, "Hossein Kazemi", via=("AFP",)),
  S(6, I, "iranska statliga medier", GRP),
  S(7, I, "Marstal Tankers", ORG),
  S(8, I, "Mette Kjærgaard", via=("Ritzau",)),
  S(9, D, "Mette Kjærgaard", via=("Ritzau",)),
  S(10, I, None, UNK, via=("Berlingske",)),
  S(11, I, "DPA", ORG),
  S(12, I, "Ekot", ORG),
  S(13, I, "en anhörig", via=("NTB",)),
  S(14, I, "en västerländsk diplomat", via=("AP",)),
  S(15, I, None, UNK, via=("Bloomberg",)),
)


# ---------------------------------------------------------------------------
# 5. Debate summary (TT on a debate article in Svenska Dagbladet)
# ---------------------------------------------------------------------------

A("bl3-debatt-ambulans", "invented; TT news story on a newspaper debate article", """
{{m1:Läkare}} {{q1:larmar}}: {{c1:Ambulanserna räcker inte i inlandet}}

Publicerad 5 november 2024 kl 07.30

TT

Dela

{{c2:Ambulanserna i Norrlands inland har blivit så få att människor riskerar att dö i väntan på hjälp}}. Det {{q2:skriver}} {{m2:31 distriktsläkare}} i en debattartikel i Svenska Dagbladet.

Artikeln har rubriken ”Glesbygden har blivit en andra klassens zon”.

{{q3:Enligt}} {{m3:läkarna}} {{c3:kan det i dag ta över en timme innan en ambulans når fram till en patient i delar av Jämtland och Lappland}}.

”{{c4:Vi har kollegor som har fått göra hjärt-lungräddning i en privatbil i väntan på ambulans. Det är inte värdigt ett välfärdsland}}”, {{q4:skriver}} {{m4:de}}.

{{m5:Debattörerna}} {{q5:kräver}} att {{c5:staten tar ett större ansvar för ambulanssjukvården i glesbygd och att regionerna får öronmärkta pengar för att hålla fler bilar i beredskap}}.

{{m6:Lars Nyström}}, distriktsläkare i Gransjö och en av undertecknarna, {{q6:säger}} till TT att {{c6:läget har förvärrats påtagligt de senaste två åren}}.

– {{c7:Förr kunde vi lita på att ambulansen kom. I dag ringer jag SOS Alarm och får höra att närmaste lediga bil står i Östersund, tolv mil bort}}, {{q7:säger}} {{m7:han}}.

Departementet: Regionernas ansvar

Sjukvårdsministerns pressekreterare {{m8:Elin Forsgren}} {{q8:skriver}} i ett mejl till TT att {{c8:regeringen ”delar oron” och att ambulanssjukvården i glesbygd är en prioriterad fråga}}.

”{{c9:Regeringen har redan tillfört regionerna extra medel för att stärka vården på landsbygden. Men det är regionerna som ansvarar för hur ambulanserna organiseras}}”, {{q9:skriver}} {{m9:hon}}.

{{m10:Annika Wall}}, sjukvårdsdirektör på Sveriges Kommuner och Regioner (SKR), {{q10:skriver}} i en replik i Svenska Dagbladet att {{c10:problemet främst handlar om brist på ambulanssjuksköterskor och inte om pengar}}.

”{{c11:Det går inte att köpa fram personal som inte finns. Vi behöver fler utbildningsplatser, och det är en fråga för staten}}”, {{q11:skriver}} {{m11:Wall}}.

{{m12:Johan Persson}} (M), regionråd i Region Jämtland Härjedalen, {{q12:menar}} att {{c12:debattörerna målar upp en alltför mörk bild}}.

– {{c13:Vi har faktiskt kortare insatstider i år än i fjol, och vi öppnar två nya ambulansstationer i vår}}, {{q13:säger}} {{m13:han}} till Östersunds-Posten.

Läs också: Ambulansen dröjde i två timmar – nu anmäls regionen
""",
  S(1, I, "31 distriktsläkare", GRP),
  S(2, I, "31 distriktsläkare", GRP, via=("Svenska Dagbladet",)),
  S(3, I, "31 distriktsläkare", GRP),
  S(4, D, "31 distriktsläkare", GRP),
  S(5, I, "31 distriktsläkare", GRP),
  S(6, I, "Lars Nyström", via=("TT",)),
  S(7, D, "Lars Nyström"),
  S(8, M, "Elin Forsgren", via=("TT",)),
  S(9, D, "Elin Forsgren"),
  S(10, I, "Annika Wall", via=("Svenska Dagbladet",)),
  S(11, D, "Annika Wall"),
  S(12, I, "Johan Persson"),
  S(13, D, "Johan Persson", via=("Östersunds-Posten",)),
)


# ---------------------------------------------------------------------------
# 6. Social-media row (evening paper, entertainment desk)
# ---------------------------------------------------------------------------

A("bl3-instagram-trojan", "invented; evening paper, social-media row", """
{{m1:Influencern}} {{q1:rasar}} mot modekedjan: ”{{c1:Kopierat rakt av}}”

Publicerad 3 feb 2025 kl 08.15
Uppdaterad 3 feb 2025 kl 10.52

Av Moa Lindgren

Dela

Influencern och designern {{m2:Tindra Holm}}, 27, {{q2:hävdar}} att {{c2:modekedjan Velora har kopierat en stickad tröja som hon själv formgav för två år sedan}}.

”{{c3:Samma mönster, samma färger, samma knappar. Det enda som skiljer är priset och att min tröja är handstickad}}”, {{q3:skriver}} {{m3:hon}} på Instagram, där hon har drygt 310 000 följare.

Till vänster Tindra Holms tröja, till höger Veloras. Foto: Skärmdump från Instagram

Inlägget, där de två tröjorna visas sida vid sida, har fått över 50 000 gillamarkeringar. {{m4:Många av följarna}} {{q4:skriver}} i kommentarsfältet att {{c4:de aldrig mer tänker handla hos Velora}}.

Kedjan lanserade tröjan i december som en del av sin så kallade ”hantverkskollektion”. {{q5:Enligt}} {{m5:uppgifter}} till Expressen {{c5:har den nu plockats bort från Veloras webbutik i flera länder}}.

Bolaget svarar

{{m6:Jonna Berg}}, presschef på Velora, {{q6:skriver}} i ett mejl till Expressen att {{c6:tröjan har tagits fram av bolagets egna designer och att inspirationen kommer från traditionella nordiska mönster}}.

”{{c7:Vi tar alla synpunkter på stort allvar och har inlett en intern genomgång}}”, {{q7:skriver}} {{m7:Veloras presschef}}.

{{m8:Hon}} {{q8:förnekar}} att {{c8:någon på bolaget hade sett Tindra Holms tröja innan den egna kollektionen togs fram}}.

Även riksdagsledamoten Oskar Dahlin (C) har engagerat sig. I ett inlägg på X {{q9:skriver}} {{m9:han}} att {{c9:det är ”hög tid” att stärka skyddet för små designer mot stora kedjor}}.

Svårt att vinna i domstol

Immaterialrättsjuristen {{m10:Sara Ekholm}} {{q10:säger}} till Expressen att {{c10:det kan bli svårt för Tindra Holm att vinna en eventuell rättsprocess}}.

– {{c11:Stickmönster är ofta svåra att skydda juridiskt. Man måste kunna visa att designen är unik och inte bara bygger på en gammal tradition}}, {{q11:säger}} {{m11:hon}}.

I en video på Instagram på söndagskvällen {{q12:berättar}} {{m12:27-åringen}} att {{c12:hon har kontaktat en advokat}}.

– {{c13:Det här handlar inte om pengar. Det handlar om att vi som är små inte ska behöva acceptera att bli kopierade}}, {{q13:säger}} {{m13:hon}} i videon.

Läs också: Så blev Tindra Holm en av Sveriges största stickprofiler
""",
  S(1, D, "Tindra Holm"),
  S(2, I, "Tindra Holm"),
  S(3, D, "Tindra Holm"),
  S(4, I, "följarna", GRP),
  S(5, I, None, UNK, via=("Expressen",)),
  S(6, I, "Jonna Berg", via=("Expressen",)),
  S(7, D, "Jonna Berg"),
  S(8, I, "Jonna Berg"),
  S(9, M, "Oskar Dahlin"),
  S(10, I, "Sara Ekholm", via=("Expressen",)),
  S(11, D, "Sara Ekholm"),
  S(12, I, "Tindra Holm"),
  S(13, D, "Tindra Holm"),
)


# ---------------------------------------------------------------------------
# 7. Sport: cup semi-final
# ---------------------------------------------------------------------------

A("bl3-sport-cupsemi", "invented; sports desk, football cup semi-final", """
{{m1:19-årige hjälten}}: ”{{c1:Bästa känslan i hela mitt liv}}”

Publicerad i dag 21.48

Av Henrik Sund

Dela

Åsby IF är klart för final i Svenska cupen. Avgörandet kom på tilläggstid, när 19-årige Elias Kroon nickade in 2–1 mot Lindvalla FF inför 8 000 åskådare på Åsby Arena.

– {{c2:Jag såg bara bollen komma och blundade. Det är den bästa känslan jag har haft i hela mitt liv}}, {{q2:säger}} {{m2:Elias Kroon}} till Viaplay.

{{m3:Matchhjälten}}, som gjorde sin första start för A-laget, {{q3:berättar}} att {{c3:han fick beskedet först under lunchen}}.

– {{c4:Jag ringde mamma direkt, och i kväll satt hon på läktaren}}, {{q4:säger}} {{m4:han}} och skrattar.

Elias Kroon firar sitt segermål framför klacken. Foto: Anders Wiklund

Lindvalla tog ledningen efter en halvtimme, och Åsby hade svårt att skapa chanser före paus.

– {{c5:Vi var för passiva i första halvlek och förtjänade inte mer än 0–1. I paus pratade vi om att våga spela framåt, och det gjorde killarna}}, {{q5:säger}} Åsbys tränare {{m5:Marcus Lindahl}}.

Lagkaptenen Oliver Sandberg, som har spelat i klubben i elva säsonger, var tårögd efter slutsignalen.

– {{c6:Jag har väntat på det här, {{q6:säger}} {{m6:han}} till Viaplay, i elva år}}.

– {{c7:Nu ska vi ta hem pokalen också. Det är vi skyldiga supportrarna}}.

{{m8:Lindvalla}}: ”{{c8:Solklar frispark}}”

Johan Brink, 33, som gjorde gästernas mål, har 24 landskamper för Sverige och spelar sin sista säsong innan han lägger skorna på hyllan.

– {{c9:Det är klart att det svider. Vi hade kontroll och släppte in ett mål på en fast situation i sista minuten}}, {{q9:säger}} {{m9:Johan Brink}} till C More.

{{m10:Den tidigare landslagsspelaren}} {{q10:medger}} att {{c10:laget tappade energi i den andra halvleken}}.

Lindvallas tränare {{m11:Sanna Öberg}} {{q11:säger}} till TT att {{c11:domaren borde ha blåst frispark till Lindvalla innan hörnan som ledde fram till segermålet}}.

– {{c12:Jag har sett situationen i repris, och det är en solklar frispark. Men vi ska inte skylla på domaren. Vi borde ha avgjort matchen långt tidigare}}, {{q12:säger}} {{m12:hon}}.

Finalen spelas den 9 maj. Motståndare blir vinnaren av kvällens andra semifinal mellan Hedvalla BK och IK Norrström.

Svenska cupen, semifinal

Åsby IF–Lindvalla FF 2–1 (0–1)

Mål: 0–1 Johan Brink (31), 1–1 Oliver Sandberg (67), 2–1 Elias Kroon (90+3).

Publik: 8 012.
""",
  S(1, D, "Elias Kroon"),
  S(2, D, "Elias Kroon", via=("Viaplay",)),
  S(3, I, "Elias Kroon"),
  S(4, D, "Elias Kroon"),
  S(5, D, "Marcus Lindahl"),
  S(6, D, "Oliver Sandberg", via=("Viaplay",)),
  S(7, D, "Oliver Sandberg"),
  S(8, D, "Lindvalla FF", ORG),
  S(9, D, "Johan Brink", via=("C More",)),
  S(10, I, "Johan Brink"),
  S(11, I, "Sanna Öberg", via=("TT",)),
  S(12, D, "Sanna Öberg"),
)


# ---------------------------------------------------------------------------
# 8. Interview feature in Q&A form (regional morning paper)
# ---------------------------------------------------------------------------

A("bl3-intervju-barnmorska", "invented; regional morning paper, Q&A interview", """
{{m1:Gunnel}} har tagit emot 5 000 barn: ”{{c1:Varje förlossning är ett litet mirakel}}”

INTERVJU

Publicerad 2 september 2024 kl. 06.00

Text: Karin Holm Foto: Per Lindén

Lyssna

Dela

I fredags gick barnmorskan Gunnel Rask sitt sista nattpass på förlossningen vid Länssjukhuset i Kalmar. På 42 år har hon hjälpt omkring 5 000 barn till världen. Nu ska hon skriva en bok med arbetsnamnet ”Mellan två värkar”.

{{m2:Hon}} {{q2:berättar}} att {{c2:hon bestämde sig för yrket redan som fjortonåring, när hennes lillebror föddes hemma i köket i Nybro}}.

Kollegan {{m3:Fatima Lindqvist}} {{q3:säger}} att {{c3:Gunnel Rask har varit ”förlossningens lugna hamn” i alla år}}.

Vi träffar henne i trädgården hemma i Ljungbyholm, dagen efter avtackningen.

Hur känns det att sluta?

– {{c4:Konstigt. Jag har gått till samma korridor i över fyrtio år, så jag vet inte riktigt vem jag är utan den. Men kroppen säger att det är dags}}.

Vad har förändrats mest under de här åren?

– {{c5:Tempot. När jag började fick kvinnorna stanna på BB i en vecka. I dag åker många hem efter sex timmar}}.

Är det dåligt?

– {{c6:Inte alltid. Många vill hem, och det ska de få. Men jag oroar mig för dem som åker hem för tidigt och inte har någon som hjälper dem den första natten}}.

Finns det någon förlossning som du aldrig kommer att glömma?

– {{c7:Tvillingarna under snöstormen 1994, när strömmen gick. Vi förlöste dem i skenet från en ficklampa. Mamman skickar fortfarande ett julkort till mig varje år}}.

{{q8:Enligt}} {{m8:Region Kalmar län}} {{c8:är 14 barnmorsketjänster på förlossningen vakanta}}. Hur ser du på bristen?

– {{c9:Det är inte konstigt att folk slutar. Man jobbar nätter, helger och jular, och lönen har inte följt med. Jag har sett alldeles för många duktiga kolleger gå in i väggen}}.

Vad ska du göra nu?

– {{c10:Skriva, plocka svamp och vara mormor. Och sova en hel natt, det har jag inte gjort på länge}}.

Vad säger du till den som funderar på att bli barnmorska?

– {{c11:Gör det. Det är tungt ibland, men det finns inget finare jobb i hela världen}}.

Gunnel Rask

Ålder: 65 år.

Bor: Ljungbyholm utanför Kalmar.

Familj: Maken Lars, två döttrar och fyra barnbarn.

Läser just nu: ”Vinterhamnen” av Ingrid Salm.
""",
  S(1, D, "Gunnel Rask"),
  S(2, I, "Gunnel Rask"),
  S(3, M, "Fatima Lindqvist"),
  S(4, D, "Gunnel Rask"),
  S(5, D, "Gunnel Rask"),
  S(6, D, "Gunnel Rask"),
  S(7, D, "Gunnel Rask"),
  S(8, I, "Region Kalmar län", ORG),
  S(9, D, "Gunnel Rask"),
  S(10, D, "Gunnel Rask"),
  S(11, D, "Gunnel Rask"),
)


# ---------------------------------------------------------------------------
# 9. Health/science (morning paper science desk)
# ---------------------------------------------------------------------------

A("bl3-studie-somn", "invented; morning paper science desk, screen time and sleep", """
Mobilen i sängen kan kosta tonåringar en timmes sömn

Publicerad 11 mars 2025 kl 05.45
Uppdaterad 11 mars 2025 kl 09.20

Av Jenny Åkerlund

Lyssna

Dela

{{c1:Tonåringar som använder mobilen efter klockan 22 sover i genomsnitt 55 minuter kortare per natt än jämnåriga som lägger undan den}}. Det {{q1:visar}} {{m1:forskare vid Karolinska institutet}} i en studie som publiceras i tidskriften JAMA Pediatrics.

Forskarna har följt drygt 4 200 elever i årskurs 8 och 9 under tre år. {{m2:De}} {{q2:konstaterar}} att {{c2:effekten var störst hos elever som använde sociala medier, medan de som lyssnade på ljudböcker knappt påverkades alls}}.

– {{c3:Det som förvånade oss var hur stor skillnaden blev. En timme mindre sömn varje natt är väldigt mycket för en kropp som växer}}, {{q3:säger}} {{m3:Malin Ekdahl}}, docent i folkhälsovetenskap vid Karolinska institutet och studiens huvudförfattare.

{{m4:Hon}} {{q4:betonar}} att {{c4:studien inte kan bevisa att det är mobilen i sig som orsakar den kortare sömnen. Det kan också vara så att elever som sover dåligt oftare tar till mobilen}}.

– {{c5:Men sambandet håller, {{q5:säger}} {{m5:hon}}, även när vi tar hänsyn till ålder, kön och föräldrarnas utbildning}}.

Många tonåringar använder mobilen långt efter läggdags. Foto: Jenny Åkerlund

Myndigheten: Lägg undan skärmen

{{m6:Folkhälsomyndigheten}} {{q6:rekommenderar}} att {{c6:tonåringar har högst två till tre timmars skärmtid på fritiden och att skärmarna läggs undan en timme före läggdags}}.

– {{c7:Studien stämmer väl med det vi redan vet. Sömnen är en av de viktigaste faktorerna för ungas psykiska hälsa}}, {{q7:säger}} {{m7:Jonas Berglund}}, utredare på myndigheten, enligt TT.

Kritiker: Bygger på självskattning

Alla är inte lika övertygade. Erik Sandvik, professor i utvecklingspsykologi vid Uppsala universitet, har inte deltagit i studien. {{m8:Han}} {{q8:menar}} att {{c8:resultaten riskerar att ”blåsas upp” i debatten}}.

– {{c9:Eleverna har själva fått uppskatta hur länge de har sovit, och det vet vi att människor är ganska dåliga på. Jag hade gärna sett mätningar med sömnarmband}}, {{q9:säger}} {{m9:han}}.

{{q10:Enligt}} {{m10:Sandvik}} {{c10:finns det en risk att föräldrar får dåligt samvete i onödan}}.

{{m11:Malin Ekdahl}} {{q11:håller med}} om att {{c11:självskattad sömn är en svaghet}}, men {{q12:påpekar}} att {{c12:forskargruppen redan har inlett en uppföljning där hälften av eleverna bär mätarmband}}.

Fakta: Så gjordes studien

4 215 elever i årskurs 8 och 9 i tolv kommuner svarade på enkäter vid tre tillfällen mellan 2021 och 2024.

Eleverna fick uppskatta hur länge de sov och hur de använde mobilen på kvällen.

Studien har finansierats av Forte.
""",
  S(1, I, "forskare vid Karolinska institutet", GRP, opt=True),
  S(2, I, "forskare vid Karolinska institutet", GRP),
  S(3, D, "Malin Ekdahl"),
  S(4, I, "Malin Ekdahl"),
  S(5, D, "Malin Ekdahl"),
  S(6, I, "Folkhälsomyndigheten", ORG),
  S(7, D, "Jonas Berglund", via=("TT",)),
  S(8, M, "Erik Sandvik"),
  S(9, D, "Erik Sandvik"),
  S(10, I, "Erik Sandvik"),
  S(11, I, "Malin Ekdahl"),
  S(12, I, "Malin Ekdahl", m="m11"),
)


# ---------------------------------------------------------------------------
# 10. 8 Sidor easy-read news
# ---------------------------------------------------------------------------

A("bl3-8sidor-bibliotek", "invented; 8 Sidor easy-read style, library closure", """
Biblioteket i Tallåsen ska stänga

12 februari 2025

Lyssna

Biblioteket i Tallåsen ska stänga i sommar. Kommunen vill spara pengar. Många i byn är arga.

Tallåsen är en liten by i Bergviks kommun. Där bor ungefär 900 personer. Biblioteket har funnits i byn sedan år 1962.

Nu har politikerna bestämt att biblioteket ska stänga. {{m1:Kommunen}} {{q1:säger}} att {{c1:biblioteket kostar för mycket pengar}}.

– {{c2:Vi måste spara 14 miljoner kronor i år. Det är tråkigt, men vi har inget val}}.

Det {{q2:säger}} {{m2:Lena Dahl}}. Hon är kommunalråd. Det betyder att hon är en av de viktigaste politikerna i kommunen.

{{m3:Hon}} {{q3:säger}} att {{c3:en bokbuss ska komma till Tallåsen två gånger i månaden i stället}}.

Barnen blir ledsna

Sofia Berg bor i Tallåsen. Hon har två barn. De går till biblioteket varje vecka.

– {{c4:Mina barn älskar att låna böcker. En bokbuss räcker inte}}, {{q4:säger}} {{m4:hon}}.

– {{c5:Biblioteket är det enda stället i byn där man kan träffas utan att betala}}, {{q5:säger}} {{m5:Sofia Berg}}.

Noah är 11 år. Han läser mest serier.

– {{c6:Jag går hit efter skolan. Här är det lugnt, och jag kan göra mina läxor}}, {{q6:säger}} {{m6:han}}.

Över 600 namn

Gunnar Lind är 78 år. Han har samlat namn på en lista. Över 600 personer har skrivit sina namn.

– {{c7:Vi ska inte ge upp. Vi ska prata med politikerna igen}}, {{q7:säger}} {{m7:Gunnar Lind}}.

{{m8:Han}} {{q8:tycker}} att {{c8:politikerna inte lyssnar på människor som bor på landet}}.

Fler bibliotek kan stänga

{{c9:Fler bibliotek i kommunen kan stänga nästa år}}. Det {{q9:skriver}} {{m9:tidningen Bergviksbladet}}.

{{m10:Lena Dahl}} {{q10:säger}} att {{c10:inget är bestämt om de andra biblioteken}}.

– {{c11:Men vi måste titta på alla kostnader}}, {{q11:säger}} {{m11:hon}}.

Ord i texten

kommun – ett område med egna politiker. De bestämmer till exempel om skolor och bibliotek.

kommunalråd – en politiker som arbetar heltid i kommunen.

bokbuss – en buss med böcker som man kan låna.

Text: Eva Lind

8 SIDOR
""",
  S(1, I, "Bergviks kommun", ORG),
  S(2, D, "Lena Dahl"),
  S(3, I, "Lena Dahl"),
  S(4, D, "Sofia Berg"),
  S(5, D, "Sofia Berg"),
  S(6, D, "Noah"),
  S(7, D, "Gunnar Lind"),
  S(8, I, "Gunnar Lind"),
  S(9, I, "Bergviksbladet", ORG),
  S(10, I, "Lena Dahl"),
  S(11, D, "Lena Dahl"),
)


# ---------------------------------------------------------------------------
# 11. Business: quarterly report (TT business desk)
# ---------------------------------------------------------------------------

A("bl3-kvartal-elmlunda", "invented; TT business desk, quarterly report and layoffs", """
Elmlunda varslar 300 – vinsten rasade

Publicerad 24 oktober 2024, 08.14
Uppdaterad 24 oktober 2024, 11.30

TT

Lyssna på artikeln

Dela

{{c1:Industrikoncernen Elmlunda Industrier varslar 300 anställda vid fabriken i Ramsåker}}. Det {{q1:meddelade}} {{m1:bolaget}} i samband med delårsrapporten på torsdagsmorgonen.

Rörelseresultatet för det tredje kvartalet sjönk till 212 miljoner kronor, från 540 miljoner kronor för ett år sedan. {{c2:Analytikerna hade i snitt räknat med 380 miljoner kronor}}, {{q2:enligt}} en sammanställning från analysfirman {{m2:Nordkvant}}.

”{{c3:Efterfrågan från den europeiska byggindustrin har fortsatt att försvagas under kvartalet, och vi ser inga tecken på en snabb återhämtning}}”, {{q3:skriver}} vd {{m3:Henrik Almgren}} i rapporten.

{{m4:Bolagets vd}} {{q4:säger}} till TT att {{c4:beslutet att varsla är det tyngsta han har fattat under sina sju år i koncernen}}.

– {{c5:Det här är människor som har byggt upp företaget. Men vi måste anpassa kostnaderna till en marknad som har krympt med en fjärdedel}}, {{q5:säger}} {{m5:han}}.

{{m6:Almgren}} {{q6:utesluter}} inte att {{c6:fler varsel kan bli aktuella under nästa år}}.

Aktien föll

Elmlunda-aktien föll med elva procent i förmiddagshandeln på Stockholmsbörsen.

{{m7:Ida Strömberg}}, analytiker på fondkommissionären Strand & Berg, {{q7:säger}} att {{c7:rapporten är ”klart svagare än väntat”, framför allt när det gäller marginalerna}}.

– {{c8:Marknaden hade räknat med en svag byggkonjunktur, men inte med att marginalen skulle falla så här kraftigt}}, {{q8:säger}} {{m8:hon}} till Dagens industri.

{{q9:Enligt}} Sjöbankens analytiker {{m9:Johan Lek}} {{c9:är varslet tvärtom ett tecken på att ledningen tar situationen på allvar}}.

Chock på fabriken

{{m10:Maria Öhman}}, ordförande för IF Metalls klubb på fabriken i Ramsåker, {{q10:säger}} att {{c10:beskedet kom som en chock för de anställda}}.

– {{c11:Vi fick veta det klockan sju i morse, samtidigt som börsen. Det är ett dåligt sätt att behandla folk som har jobbat här i trettio år}}, {{q11:säger}} {{m11:hon}}.

Förhandlingarna med bolaget inleds nästa vecka. {{m12:Facket}} {{q12:kräver}} att {{c12:bolaget i första hand erbjuder frivilliga avgångar och förtidspension till äldre anställda}}.

Fakta: Elmlunda Industrier

Grundat 1938 i Ramsåker.

Tillverkar hydraulsystem för bygg- och jordbruksmaskiner.

Omkring 4 100 anställda, varav 1 300 i Sverige.

Vd: Henrik Almgren.

Läs också: Byggkrisen slår mot underleverantörerna
""",
  S(1, I, "Elmlunda Industrier", ORG),
  S(2, I, "Nordkvant", ORG),
  S(3, D, "Henrik Almgren"),
  S(4, I, "Henrik Almgren", via=("TT",)),
  S(5, D, "Henrik Almgren"),
  S(6, I, "Henrik Almgren"),
  S(7, M, "Ida Strömberg"),
  S(8, D, "Ida Strömberg", via=("Dagens industri",)),
  S(9, I, "Johan Lek"),
  S(10, I, "Maria Öhman"),
  S(11, D, "Maria Öhman"),
  S(12, I, "IF Metall", ORG),
)


# ---------------------------------------------------------------------------
# 12. Local crime story (regional morning paper)
# ---------------------------------------------------------------------------

A("bl3-lokal-skottlossning", "invented; regional morning paper, shooting in a housing area", """
Man skjuten i Bäcklunda – polisen söker vittnen

Publicerad 17 maj 2024 06.32
Uppdaterad 17 maj 2024 12.10

Dela

{{c1:En man i 25-årsåldern fördes till sjukhus med skottskador efter en skottlossning i bostadsområdet Lärkängen i Bäcklunda sent på torsdagskvällen}}. Det {{q1:uppger}} {{m1:polisen}}.

{{q2:Enligt}} {{m2:polisen}} {{c2:är mannen allvarligt skadad men inte i livsfara}}.

{{c3:Mannen opererades under natten}}. Det {{q3:bekräftar}} {{m3:Skånes universitetssjukhus}}.

– {{c4:Vi fick in flera larm strax efter klockan 23 om att det hade hörts smällar vid en parkering. När patrullerna kom fram hittade de en skadad man på marken}}, {{q4:säger}} {{m4:Mats Lund}}, presstalesperson vid polisen.

{{m5:Han}} {{q5:berättar}} att {{c5:ingen har gripits och att ett större område runt parkeringen har spärrats av för teknisk undersökning}}.

{{q6:Enligt}} {{m6:uppgifter}} till Sydsvenskan {{c6:ska minst fem skott ha avlossats}}. Polisen vill inte kommentera uppgifterna.

Polisen spärrade av ett stort område runt parkeringen i Lärkängen. Foto: Johan Nilsson

Hörde smällarna

{{m7:En kvinna i 40-årsåldern}} som bor i huset intill {{q7:berättar}} att {{c7:hon såg en mörk bil köra därifrån i hög fart bara någon minut efter smällarna}}.

– {{c8:Först trodde jag att det var fyrverkerier. Sedan hörde jag någon skrika, och då förstod jag att något allvarligt hade hänt}}, {{q8:säger}} {{m8:kvinnan}}, som inte vill framträda med namn.

{{m9:Hon}} {{q9:säger}} att {{c9:hon redan har lämnat sina uppgifter till polisen}}.

Bengt Sjödin, 71, har bott i Lärkängen i tjugo år.

– {{c10:Det har varit lugnt här länge. Men det senaste halvåret har det hänt saker, och många är rädda för att gå ut på kvällarna}}, {{q10:säger}} {{m10:han}}.

{{m11:Han}} {{q11:tycker}} att {{c11:kommunen borde sätta upp bättre belysning vid parkeringen}}.

Polisen söker nu vittnen.

– {{c12:Vi vill gärna komma i kontakt med alla som befann sig i området mellan halv elva och halv tolv i går kväll}}, {{q12:säger}} {{m12:Mats Lund}}.

Läs också: Oro i Lärkängen efter flera bilbränder
""",
  S(1, I, "polisen", ORG),
  S(2, I, "polisen", ORG),
  S(3, I, "Skånes universitetssjukhus", ORG),
  S(4, D, "Mats Lund"),
  S(5, I, "Mats Lund"),
  S(6, I, None, UNK, via=("Sydsvenskan",)),
  S(7, I, "en kvinna i 40-årsåldern"),
  S(8, D, "en kvinna i 40-årsåldern"),
  S(9, I, "en kvinna i 40-årsåldern"),
  S(10, D, "Bengt Sjödin"),
  S(11, I, "Bengt Sjödin"),
  S(12, D, "Mats Lund"),
)


def main() -> int:
    return write_set(ARTICLES, Path(__file__).with_name("sv-blind3.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
