#!/usr/bin/env python3
"""Build tests/data/sv-blind5.jsonl: blind gold set 5 of invented Swedish news.

Written blind. The only files read while writing this set were
/work/shared/guidelines.md (the annotation task definition, read twice),
/work/shared/seed/svt-putin-scholz.txt (one reference article) and
tests/data/make_handwritten_gold.py (for its markup API and its example
articles). No other file of the project was opened (no engine source, no
other generator, no other gold file), and the sagt engine was never imported
or run. Every person, company, club, festival, hospital, small place and
event is invented; real countries, parties, authorities, agencies and outlets
appear only as background, sources or relays. Page furniture (headlines
without attribution, bylines, "Publicerad/Uppdaterad", "Dela", "Lyssna",
captions, fact boxes, "Läs också:" teasers, newsletter and subscription
prompts) is never a statement.

The 12 genres, one article each:
  1. bl5-riksdag-interpellation  Riksdag interpellation debate (TT style)
  2. bl5-hbl-skolnedlaggning     Finland-Swedish local news (HBL style)
  3. bl5-liveblogg-storm         live blog of a storm with timestamps (SVT style)
  4. bl5-tidningarna-bromma      press review "Så skriver tidningarna" (TT style)
  5. bl5-festival-intervju       music-festival artist interview (DN Kultur style)
  6. bl5-test-solskydd           consumer test (Råd & Rön style)
  7. bl5-strejk-lager            strike with union, employers and mediators
  8. bl5-fotboll-overgang        football transfer rumour (Sportbladet style)
  9. bl5-ivo-sjukhus             health-care watchdog decision (IVO)
 10. bl5-dagbok-1943             history feature built on a 1943 diary and letters
 11. bl5-budget-halleby          local municipal budget (local paper style)
 12. bl5-granskonflikt           foreign border clash, unconfirmed claims (TT wire)

Arguable calls (decided as follows):
  - Nested quotations: speech reported inside another speaker's direct quote
    (the artist's mother's advice, the producer's "Jag vet" in the festival
    interview; the husband Olle's remark inside Elna's diary entry; the
    minister's earlier words inside Expressen's editorial) are separate
    OPTIONAL statements with the inner speaker; the outer quote is required
    and its content runs over the inner one.
  - Headline quotes of the form "Name: ”...”" are required direct statements
    with no cue (also "Elnas dagbok från 1943: ”...”", "IVO om Forsåsens
    sjukhus: ”...”", and the live-blog entry head "Almqvist: ”...”").
    Headline-like labels WITHOUT quotation marks ("Uppgifter: Italiensk
    klubb vill köpa Wennberg", the live-blog entry head "Polisen: Stanna
    hemma i kväll") are optional indirect statements.
  - The headline "oppositionen: ”Ett svek mot pensionärerna”" is resolved
    to Per Lundmark, whose body quote it repeats, not to a group.
  - "kallar X ”...”" / "kallade den ”...”" fragments are optional direct
    statements (LLA, SD's Bo Ahlin, Norrländska Socialdemokraten, DN:s
    recensent); where the same sentence carries a second cue with an
    att-clause ("men kräver att ...") that one is required.
  - Press review: each newspaper (its ledarsida) is an organisation speaker
    with no via; a block quote under a label line such as "Dagens Nyheter
    (oberoende liberal):" has the label as speaker mention and no cue; the
    named columnist is a person speaker with no via.
  - A diary excerpt followed by a parenthetical source "(Elna Perssons
    dagbok, 14 oktober 1943)" is a required direct statement with mention
    "Elna Perssons" and no cue.
  - Documents are resolved to their authors: "Enligt budgetförslaget" and
    "skriver mittenstyret i budgetdokumentet" -> mittenstyret (typed group,
    a coalition of three parties); "Enligt beslutet" -> IVO, whose speaker
    name is the full "Inspektionen för vård och omsorg" throughout.
  - "enligt uppgifter från båda sidor" -> speaker "båda sidor", group;
    "enligt kommunen" -> "Strömsby kommun".
  - Unnamed sources keep their description: "en kvinna i Khachkarvan" ->
    "kvinna" (person), "källor nära klubben", "källor med insyn i
    förhandlingarna", "diplomatiska källor" (unknown).
  - via is recorded whenever the article names the outlet the words were
    given to, even when it is the publishing outlet itself ("till HBL" in
    HBL, "till DN" in DN, "till SVT" in the SVT live blog, "till
    Sportbladet", "i ett mejl till Råd & Rön"), following the convention of
    the existing hand-written gold. A back-reference is resolved ("för
    tidningen" -> Expressen, "till tidningen" -> Corriere dello Sport, "i
    kanalen" -> AzTV; "i ett uttalande som citeras av AFP" -> AFP). "i ett
    mejl" / "i mejlet" without a named recipient gets no via, and a quote
    continuing an interview ("säger Hietanen" after "säger till HBL") gets
    no via.
  - Outlets reporting on their own ("Enligt Expressen", "skriver
    Fotbollskanalen", "Enligt Yle Österbotten", "Enligt ... Corriere dello
    Sport", "Enligt ... AzTV") are speakers, not vias.
  - Indirect speech continues over the following sentence of the same
    paragraph when no new cue intervenes (Linnea Karlsson on the work pace,
    Per Lundmark on the administration).
  - "förnekar att X" / "dementerar att X": the content is the denied clause,
    kind indirect. "frågade vilka ..." (an indirect question) is a statement
    whose content is the wh-clause.
  - "bedömer att", "befarar att", "hoppas att", "tror att", "anser att" are
    stance cues and their statements are required.
  - "har tidigare sagt till Östersunds-Posten" is required, via
    Östersunds-Posten.
  - The live-blog entry kl 16.05 carries the corrected text and is a normal
    statement; in the correction entry only "Mannen är allvarligt skadad men
    vid liv, enligt polisen" is a statement.
  - Floating dash paragraphs with no cue are attributed to the last speaker
    (cue and mention null). Interrupted quotes, also across a sentence
    boundary ("– ..., replikerade hon. Ministern ..."), are one statement.
    Multi-paragraph ”-quotes are one statement including the paragraph break
    and the re-opening quotation mark.
  - Speaker mentions include a preceding title ("IVO:s enhetschef Anders
    Berg") but not a trailing apposition ("Sara Lund, utredare på
    myndigheten" -> "Sara Lund").

Deliberately NOT marked as statements:
  - all page furniture listed above, including the fact-box line "Källa:
    Medlingsinstitutet", photo captions and "Läs också:" teasers;
  - the newsroom's caveats "Uppgifterna har inte kunnat bekräftas av
    oberoende källor" and "Uppgifterna från de båda sidorna går inte att
    kontrollera", and the newsroom's own correction text ("I ett inlägg kl
    16.05 skrev vi att ...", "Vi beklagar felet");
  - speech acts with only a noun-phrase object and no reported content:
    "tillbakavisar anklagelserna", "vill varken bekräfta eller dementera
    uppgifterna", "har i ett yttrande medgett bristerna", "avvisar
    Moderaternas förslag", "riktar allvarlig kritik mot", "berättar ... om
    sorgen", the idiom "har inte lagt fingrarna emellan";
  - wanting/planning: "Partiet vill höja skatten ...", "Vänsterpartiet och
    Centerpartiet vill också se fler poliser ...";
  - "enligt standarden ISO 24444" (enligt = in accordance with a method);
  - the consumer magazine's own test results and the article's narration of
    inspection findings stated as fact;
  - titles of works (”Vinterljus”);
  - speech verbs inside a quote that report no content of their own ("Jag
    säger ingenting", "ringde växeln") and a speaker's report of her own
    earlier belief inside her own quote ("Jag trodde att det var vårt fel").

usage: python3 tests/data/make_blind5_gold.py   (writes sv-blind5.jsonl beside it)
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
# 1. Riksdag interpellation debate
# ---------------------------------------------------------------------------

A("bl5-riksdag-interpellation", "invented; TT style, Riksdag interpellation debate", """
{{m1:Malmgren}}: ”{{c1:Vi har inte glömt Jämtland}}”

Publicerad 18 mars 2025 kl. 14.05
Uppdaterad 18 mars 2025 kl. 16.40

Dela
Lyssna

Polisens närvaro i Norrlands inland stod i centrum när riksdagen på tisdagen debatterade en interpellation från socialdemokraten Annika Strömberg till justitieminister Fredrik Malmgren (M). Något datum för när polisstationen i Lillfors ska bemannas igen fick hon dock inte.

I interpellationen {{q2:skriver}} {{m2:Strömberg}}, som är invald för Jämtlands län, att {{c2:det i dag kan ta mer än en timme för en patrull att nå byarna kring Lillfors och Storvattnet}}.

– {{c3:Människor i inlandet betalar samma skatt som alla andra. De har rätt till samma trygghet som den som bor på Södermalm}}, {{q3:sade}} {{m3:Annika Strömberg}} när hon inledde debatten.

{{m4:Hon}} {{q4:frågade}} också {{c4:vilka konkreta åtgärder ministern tänker vidta för att stationen i Lillfors ska öppna igen}}.

Fredrik Malmgren inledde sitt svar med siffror. {{m5:Han}} {{q5:framhöll}} att {{c5:regeringen har gett Polismyndigheten de största resurstillskotten i modern tid och att antalet poliser i region Nord har ökat med drygt 300 sedan 2020}}.

– {{c6:Vi har inte glömt Jämtland. Men jag tänker inte stå här och peka ut var enskilda poliser ska placeras. Det är Polismyndighetens ansvar}}, {{q6:sade}} {{m6:ministern}}.

Det svaret räckte inte för Strömberg.

– {{c7:Det är precis den sortens svar som folk i Lillfors är så trötta på, {{q7:replikerade}} {{m7:hon}}. Ministern gömmer sig bakom myndigheten när det går dåligt och tar åt sig äran när det går bra}}.

{{m8:Socialdemokraten}} {{q8:påpekade}} att {{c8:regeringen själv har satt upp ett mål om att ingen ska ha längre än 40 minuter till närmaste bemannade polisstation}}.

I sin andra replik {{q9:medgav}} {{m9:Malmgren}} att {{c9:utbyggnaden i inlandet har gått ”långsammare än vi hade hoppats”}}.

– {{c10:Men jag lovar att återkomma till riksdagen med en redovisning före sommaren}}, {{q10:sade}} {{m10:han}}.

– {{c11:Ett löfte om en redovisning är inte en polis på plats}}, {{q11:svarade}} {{m11:Annika Strömberg}} i sin sista replik.

Läs också: Tre polisstationer i inlandet håller stängt i sommar

{{m12:Regionpolischefen Mats Ekholm}} har tidigare {{q12:sagt}} till Östersunds-Posten att {{c12:det största problemet inte är pengar, utan att få utbildade poliser att söka sig till inlandet}}.

Efter debatten {{q13:skriver}} {{m13:Socialdemokraternas pressavdelning}} i ett mejl till TT att {{c13:partiet kommer att kräva en lägsta polisnärvaro i varje kommun i höstens budgetförhandlingar}}.

{{m14:Ministerns pressekreterare Elin Vass}} {{q14:uppger}} för TT att {{c14:Malmgren inte har något att tillägga utöver det som sades i kammaren}}.

Vänsterpartiet och Centerpartiet vill också se fler poliser i glesbygden. Frågan väntas komma tillbaka till kammaren i höst.

Annika Strömberg (S) i riksdagens talarstol under tisdagens debatt. Foto: Jonas Ekeberg/TT

KARIN LINDQVIST/TT

Fakta: Interpellation

En interpellation är en skriftlig fråga från en riksdagsledamot till ett statsråd. Statsrådet svarar muntligt i kammaren, och därefter får båda parter replikera på varandra.
""",
  S(1, D, "Fredrik Malmgren"),
  S(2, I, "Annika Strömberg"),
  S(3, D, "Annika Strömberg"),
  S(4, I, "Annika Strömberg"),
  S(5, I, "Fredrik Malmgren"),
  S(6, D, "Fredrik Malmgren"),
  S(7, D, "Annika Strömberg"),
  S(8, I, "Annika Strömberg"),
  S(9, M, "Fredrik Malmgren"),
  S(10, D, "Fredrik Malmgren"),
  S(11, D, "Annika Strömberg"),
  S(12, I, "Mats Ekholm", via=("Östersunds-Posten",)),
  S(13, I, "Socialdemokraternas pressavdelning", ORG, via=("TT",)),
  S(14, I, "Elin Vass", via=("TT",)),
)

# ---------------------------------------------------------------------------
# 2. Finland-Swedish local news
# ---------------------------------------------------------------------------

A("bl5-hbl-skolnedlaggning", "invented; Hufvudstadsbladet (HBL) style, Finland-Swedish municipal news", """
Svenska skolan i Kvarnby hotas – föräldrarna rasar

HBL Premium

Publicerad 12.3.2025 06:00
Uppdaterad 12.3.2025 09:14

Dela
Lyssna

I tvåspråkiga Strömsby (fi. Virtala) {{q1:föreslår}} {{m1:bildningsnämnden}} att {{c1:Kvarnby svenska skola läggs ner hösten 2026}}.

Skolans 38 elever skulle då flytta till centrumskolan i kyrkbyn, tolv kilometer bort. {{c2:Åtgärden väntas spara omkring 420 000 euro per år}}, {{q2:enligt}} {{m2:kommunen}}.

– {{c3:Vi har 38 elever i en byggnad som är byggd för hundra. Det är inte hållbart, varken ekonomiskt eller pedagogiskt}}, {{q3:säger}} {{m3:bildningsdirektör Marika Lindholm}} till HBL.

{{m4:Hon}} {{q4:betonar}} att {{c4:undervisningen också i fortsättningen ska ges på svenska och att ingen elev ska behöva sitta mer än 25 minuter i skolskjutsen}}.

Föräldrarna i Kvarnby ser saken på ett annat sätt. Drygt hundra personer kom till föräldramötet i byagården på måndagskvällen, bland dem Johan Backman, vars två döttrar går i skolan.

– {{c5:Det här är början på slutet för svenskan i byn. Först försvinner skolan, sedan daghemmet och till sist barnfamiljerna}}, {{q5:säger}} {{m5:han}}.

{{m15:Flera föräldrar}} {{q15:berättar}} att {{c15:de redan har börjat titta på skolor i grannkommunen}}.

{{m6:Föräldraföreningen}} {{q6:kräver}} att {{c6:kommunen utreder ett samarbete med den finska skolan i grannbyn innan något beslut fattas}}.

{{q7:Enligt}} {{m7:Yle Österbotten}} {{c7:lät kommunen redan i fjol utreda vad skolfastigheten kunde vara värd på marknaden}}.

– {{c8:Någon försäljning har aldrig diskuterats. Utredningen gällde hela kommunens fastighetsbestånd, inte Kvarnby specifikt}}, {{q8:säger}} {{m8:kommundirektör Jukka Peltonen}} enligt Yle.

Frågan har nått också regeringen. {{m9:Undervisningsminister Sanna Hietanen (SFP)}} {{q9:säger}} till HBL att {{c9:hon inte kan ta ställning till enskilda kommuners skolnät}}.

– {{c10:Men jag vill påminna om att grundlagen ger båda språkgrupperna samma rätt till utbildning på sitt modersmål, också när elevunderlaget krymper}}, {{q10:säger}} {{m10:Hietanen}}.

{{m11:Svenska Finlands folkting}} {{q11:skriver}} i ett utlåtande att {{c11:nedläggningar av små svenska skolor på landsbygden ”i praktiken urholkar den språkliga jämlikheten”}}.

Alla i bildningsnämnden delar inte oron.

– {{c13:Det här handlar inte om språk, det handlar om matematik}}.

Det {{q13:säger}} {{m13:Pekka Salonen (Saml)}}, nämndens vice ordförande, till HBL. {{m12:Han}} {{q12:anser}} att {{c12:kommunen inte har råd att driva två halvtomma skolor i samma ända av kommunen}}.

Fullmäktige väntas fatta beslut i maj. Föräldraföreningen har redan samlat in över 1 200 namn på en adress mot nedläggningen.

– {{c14:Vi ger inte upp, {{q14:säger}} {{m14:Johan Backman}}. Det här är vår by och vår skola}}.

Läs också: Språkbadet lockar allt fler finska familjer i Österbotten

Kvarnby svenska skola byggdes 1958. Bild: Nina Sjöblom

Emma Granqvist

Vill du få de viktigaste nyheterna från Svenskfinland direkt i inkorgen? Beställ vårt nyhetsbrev.
""",
  S(1, I, "bildningsnämnden", ORG),
  S(2, I, "Strömsby kommun", ORG),
  S(3, D, "Marika Lindholm", via=("HBL",)),
  S(4, I, "Marika Lindholm"),
  S(5, D, "Johan Backman"),
  S(6, I, "föräldraföreningen", ORG),
  S(7, I, "Yle Österbotten", ORG),
  S(8, D, "Jukka Peltonen", via=("Yle",)),
  S(9, I, "Sanna Hietanen", via=("HBL",)),
  S(10, D, "Sanna Hietanen"),
  S(11, M, "Svenska Finlands folkting", ORG),
  S(12, I, "Pekka Salonen"),
  S(13, D, "Pekka Salonen", via=("HBL",)),
  S(14, D, "Johan Backman"),
  S(15, I, "flera föräldrar", GRP),
)

# ---------------------------------------------------------------------------
# 3. Live blog of a storm
# ---------------------------------------------------------------------------

A("bl5-liveblogg-storm", "invented; SVT style, live blog of a storm with timestamped entries and a correction", """
JUST NU: Stormen Hedda drar in över Skåne

Uppdaterad 18.47
Publicerad 08.15

Lyssna
Dela

Stormen Hedda har nått den skånska sydkusten med byar på över 30 meter per sekund. Tiotusentals hushåll är utan ström och tågtrafiken är kraftigt begränsad. SVT rapporterar löpande.

kl 18.47
Rättelse
I ett inlägg kl 16.05 skrev vi att en man hade omkommit i Hammarviken. Det stämmer inte. {{c1:Mannen är allvarligt skadad men vid liv}}, {{q1:enligt}} {{m1:polisen}}. Vi beklagar felet.

kl 18.30
{{m2:Polisen}}: {{c2:Stanna hemma i kväll}}
– {{c3:Vi har fått in ett fyrtiotal larm om nedfallna träd sedan klockan fem, och flera vägar är helt blockerade. Jag vill återigen uppmana alla att inte ge sig ut i bil i kväll om det inte är absolut nödvändigt}}, {{q3:säger}} {{m3:polisens presstalesperson Jenny Holmqvist}}.

kl 17.55
{{c4:Omkring 41 000 kunder i Skåne och Blekinge saknar nu ström}}, {{q4:skriver}} {{m4:elbolaget Syd Energi}} på sin webbplats.
Vid lunch var siffran 23 000.
{{m5:Bolaget}} {{q5:befarar}} att {{c5:vissa hushåll på Österlen kan bli utan el ända till söndagen}}.

kl 17.10
{{m6:Almqvist}}: ”{{c6:Läget är ansträngt}}”
– {{c7:Läget är ansträngt. Vi har haft över sextio larm sedan i morse och har kallat in all ledig personal}}, {{q7:säger}} {{m7:räddningschefen Tobias Almqvist}}.
{{m8:Han}} {{q8:uppger}} att {{c8:två brandmän skadades lindrigt när en takplåt lossnade i Lövsta by}}.

kl 16.40
– {{c9:Vinden når sin kulmen de närmaste timmarna och mojnar sannolikt först efter midnatt}}, {{q9:säger}} {{m9:SMHI:s meteorolog Anders Lindahl}}.

kl 16.05
{{c10:En man i 60-årsåldern har skadats allvarligt när ett träd föll över hans bil i Hammarviken}}, {{q10:uppger}} {{m10:polisen}}. (Inlägget är korrigerat, se rättelse kl 18.47.)

kl 15.20
{{q11:Enligt}} {{m11:Trafikverket}} {{c11:är all tågtrafik mellan Malmö och Ystad inställd resten av dagen}}.

kl 14.40
– {{c12:Det lät som ett godståg som aldrig tog slut}}, {{q12:säger}} {{m12:Maja Rosén}}, 34, i Lövsta by, till SVT.

kl 14.32
– {{c13:Vi har hittills haft ett tiotal larm, de flesta om träd över vägar. Inget av dem har varit allvarligt}}, {{q13:säger}} {{m13:Tobias Almqvist}}, räddningschef vid Räddningstjänsten Kustbygd.

kl 13.50
– {{c14:Håll er inomhus om ni kan, och håll er borta från skog och strandpromenader}}, {{q14:säger}} {{m14:Jenny Holmqvist}}, presstalesperson vid polisen i region Syd.

kl 12.15
{{c15:Alla avgångar mellan Ystad och Bornholm är inställda under lördagen}}, {{q15:meddelar}} {{m15:rederiet Östersjölinjen}}.

kl 08.15
{{m16:SMHI}} {{q16:varnar}} för att {{c16:det kan blåsa upp till 35 meter per sekund i byarna längs sydkusten under eftermiddagen}}.
En röd varning gäller för hela Skånes kust.

Nedblåsta träd över väg 9 utanför Lövsta by. Foto: Läsarbild

Har du bilder från stormen? Skicka dem till oss via appen.
""",
  S(1, I, "polisen", ORG),
  S(2, I, "polisen", ORG, opt=True),
  S(3, D, "Jenny Holmqvist"),
  S(4, I, "Syd Energi", ORG),
  S(5, I, "Syd Energi", ORG),
  S(6, D, "Tobias Almqvist"),
  S(7, D, "Tobias Almqvist"),
  S(8, I, "Tobias Almqvist"),
  S(9, D, "Anders Lindahl"),
  S(10, I, "polisen", ORG),
  S(11, I, "Trafikverket", ORG),
  S(12, D, "Maja Rosén", via=("SVT",)),
  S(13, D, "Tobias Almqvist"),
  S(14, D, "Jenny Holmqvist"),
  S(15, I, "Östersjölinjen", ORG),
  S(16, I, "SMHI", ORG),
)

# ---------------------------------------------------------------------------
# 4. Press review
# ---------------------------------------------------------------------------

A("bl5-tidningarna-bromma", "invented; TT style press review 'Så skriver tidningarna', editorials and a columnist", """
Så skriver tidningarna om Brommabeskedet

Publicerad 7 november 2025 kl. 07.30

TT

Dela

Regeringens besked att Bromma flygplats ska stängas redan 2027, tre år tidigare än planerat, dominerar torsdagens ledarsidor. TT har sammanställt ett urval.

{{m15:Infrastrukturminister Jenny Sandell (KD)}} {{q15:sade}} vid onsdagens pressträff att {{c15:beslutet är ”slutgiltigt” och att staten ska hjälpa regionerna att bygga ut tågtrafiken}}.

{{m1:Dagens Nyheter}} (oberoende liberal):

”{{c1:Äntligen. Efter tjugo år av utredningar, löften och kovändningar har en regering vågat fatta det beslut som alla visste skulle komma.

”Men ett beslut är inte en plan}}.”

{{m2:Tidningen}} {{q2:menar}} att {{c2:marken i Bromma behövs till bostäder och att Arlanda redan i dag har kapacitet att ta emot inrikesflyget}}. Samtidigt {{q3:varnar}} {{m3:DN}} för att {{c3:regeringen ”riskerar att bygga bort ett problem och bygga in ett nytt” om tågförbindelserna till Arlanda inte byggs ut i samma takt}}.

{{m4:Svenska Dagbladet}} (obunden moderat):

”{{c4:Det är svårt att se beslutet som något annat än symbolpolitik. De som förlorar är företagen i Norrland, som nu får en timme längre resväg till varje möte i huvudstaden}}.”

{{q5:Enligt}} {{m5:SvD}} {{c5:har regeringen inte redovisat några beräkningar av vad stängningen kostar näringslivet}}.

{{m6:Aftonbladets ledarsida}} (oberoende socialdemokratisk) {{q6:konstaterar}} att {{c6:det är Stockholmsväljarna som vinner och glesbygden som får betala}}.

”{{c7:En regering som säger sig värna hela landet har just gjort det dyrare och krångligare att bo i halva}}”, {{q7:skriver}} {{m7:tidningen}}.

I samma tidning {{q8:skriver}} {{m8:krönikören Lotta Wennerholm}} att {{c8:hon själv har flugit mellan Bromma och Umeå ett fyrtiotal gånger och att hon ”inte kommer att sakna en enda minut i den terminalen”}}.

{{m9:Expressen}} (oberoende liberal):

”{{c9:När {{m10:infrastrukturministern}} i våras {{q10:försäkrade}} att {{c10:Bromma ’har en framtid’}} var det alltså inte sant. Det är inte beslutet som är problemet, utan att ingen längre vet vad regeringens ord är värda}}.”

{{m11:Göteborgs-Posten}} (liberal) {{q11:påpekar}} att {{c11:Landvetter har drabbats hårdare av det minskade inrikesflyget än Arlanda och att västsvenska resenärer riskerar att glömmas bort i debatten}}.

{{m12:Norrländska Socialdemokraten}} (socialdemokratisk) {{q12:kallar}} beslutet ”{{c12:ett svek mot Norrbotten}}”.

”{{c13:I Stockholm pratar man om klimat och bostäder. Här uppe pratar man om att hinna till ett sjukhus, ett möte eller en begravning inom rimlig tid}}”, {{q13:skriver}} {{m13:NSD}}.

{{m14:Östersunds-Posten}} (centerpartistisk) {{q14:tror}} att {{c14:beslutet kommer att bli en av de stora frågorna i valrörelsen i hela Norrland}}.

Läs också: Så påverkas resenärerna av Brommabeskedet

TT
""",
  S(1, D, "Dagens Nyheter", ORG),
  S(2, I, "Dagens Nyheter", ORG),
  S(3, M, "Dagens Nyheter", ORG),
  S(4, D, "Svenska Dagbladet", ORG),
  S(5, I, "Svenska Dagbladet", ORG),
  S(6, I, "Aftonbladet", ORG),
  S(7, D, "Aftonbladet", ORG),
  S(8, M, "Lotta Wennerholm"),
  S(9, D, "Expressen", ORG),
  S(10, M, "Jenny Sandell", opt=True),
  S(11, I, "Göteborgs-Posten", ORG),
  S(12, D, "Norrländska Socialdemokraten", ORG, opt=True),
  S(13, D, "Norrländska Socialdemokraten", ORG),
  S(14, I, "Östersunds-Posten", ORG),
  S(15, M, "Jenny Sandell"),
)

# ---------------------------------------------------------------------------
# 5. Culture: festival artist interview with nested quotation
# ---------------------------------------------------------------------------

A("bl5-festival-intervju", "invented; DN Kultur style, music-festival artist interview with nested quotations", """
{{m1:Siri Lundkvist}}: ”{{c1:Jag sjunger fortfarande för mamma}}”

KULTUR
Publicerad 11 juli 2025 kl. 06.00

Lyssna
Dela

Hon växte upp i en kyrkokör i Hälsingland och står i kväll på stora scenen på Ljusneforsfestivalen. Inför spelningen berättar Siri Lundkvist om sorgen och rådet från mamma.

Av Hanna Ström

Det är två timmar kvar till soundcheck när vi ses i en husvagn bakom scenen. Siri Lundkvist, 31, dricker te med honung ur en termos.

– {{c2:Jag är alltid nervös före en festival. Det är en annan publik än på klubbarna, folk har ju inte kommit för min skull}}, {{q2:säger}} {{m2:hon}}.

Hennes mamma, Ingrid Lundkvist, dog för två år sedan, några veckor innan inspelningen av debutalbumet ”Vinterljus” skulle börja. Det var hon som tog med dottern till kyrkokören hemma i byn när Siri var sju.

– {{c3:{{m4:Mamma}} {{q4:sa}} alltid: ”{{c4:Sjung för den som står längst bak, inte för dem som står längst fram}}.” Det har jag tänkt på före varje spelning sedan jag var tolv. Jag sjunger fortfarande för mamma, på sätt och vis}}, {{q3:säger}} {{m3:Siri Lundkvist}}.

{{m5:Hon}} {{q5:berättar}} att {{c5:hon var nära att lägga ner hela skivan efter begravningen och att det var producenten Jonas Wik som fick henne att fortsätta}}.

– {{c6:Jonas ringde varje söndag i ett halvår. Han frågade aldrig om låtarna, bara hur jag mådde. När jag till slut ringde honom i stället {{q7:svarade}} {{m7:han}} bara: ”{{c7:Jag vet}}.” Som om han hade väntat hela tiden}}.

{{m8:Jonas Wik}} {{q8:säger}} till DN att {{c8:han aldrig var orolig för musiken, bara för Siri}}.

Ljusneforsfestivalen firar tio år i år. {{m9:Festivalchefen Mattias Grön}} {{q9:uppger}} att {{c9:drygt 14 000 biljetter har sålts, vilket är nytt rekord}}.

– {{c10:Vi bokade Siri innan skivan ens var släppt. Jag hörde en demo i bilen och fick svänga in vid vägkanten för att lyssna klart}}, {{q10:säger}} {{m10:han}}.

{{m11:Grön}} {{q11:medger}} samtidigt att {{c11:festivalen gick med förlust i fjol och att årets upplaga måste gå med vinst om festivalen ska finnas kvar}}.

Längst fram vid kravallstaketet har Moa Eriksson, 19, stått sedan grindarna öppnade.

– {{c12:Jag har lyssnat på ”Vinterljus” varje dag sedan i mars. Det är som att hon sjunger om min mormor}}, {{q12:säger}} {{m12:hon}}.

{{m13:DN:s recensent}} {{q13:kallade}} skivan ”{{c13:årets mest självklara debut}}” när den kom.

Inne i husvagnen är teet slut. {{m15:Siri Lundkvist}} {{q15:säger}} att {{c15:hon inte har skrivit en enda ny låt sedan skivan kom ut, och att det inte oroar henne}}.

– {{c14:Om mamma hade stått där bak i kväll, {{q14:säger}} {{m14:hon}} och tystnar en stund, då hade hon nog gråtit. Det kommer jag också att göra}}.

Siri Lundkvist under soundcheck på fredagseftermiddagen. Foto: Anna Sand

Fakta: Siri Lundkvist

Ålder: 31 år.
Aktuell: Debutalbumet ”Vinterljus” kom i mars.
""",
  S(1, D, "Siri Lundkvist"),
  S(2, D, "Siri Lundkvist"),
  S(3, D, "Siri Lundkvist"),
  S(4, D, "Ingrid Lundkvist", opt=True),
  S(5, I, "Siri Lundkvist"),
  S(6, D, "Siri Lundkvist"),
  S(7, D, "Jonas Wik", opt=True),
  S(8, I, "Jonas Wik", via=("DN",)),
  S(9, I, "Mattias Grön"),
  S(10, D, "Mattias Grön"),
  S(11, I, "Mattias Grön"),
  S(12, D, "Moa Eriksson"),
  S(13, D, "DN:s recensent", PER, opt=True),
  S(14, D, "Siri Lundkvist"),
  S(15, I, "Siri Lundkvist"),
)

# ---------------------------------------------------------------------------
# 6. Consumer test
# ---------------------------------------------------------------------------

A("bl5-test-solskydd", "invented; Råd & Rön style consumer test, companies answering by e-mail", """
Test: Tre solskydd för barn skyddar sämre än utlovat

Publicerad 3 juni 2025

Dela
Skriv ut

Av Maria Fors

Vi har låtit mäta skyddsfaktorn i tolv solskyddsmedel för barn. Tre når inte upp till den faktor som står på flaskan.

Sämst i testet är Solbris Kids SPF 50 från Nordlys Care. I laboratoriets mätningar gav krämen en skyddsfaktor på 22.

– {{c1:En faktor 22 i stället för 50 låter kanske inte dramatiskt. Men för ett barn med ljus hud kan det vara skillnaden mellan en vanlig dag på stranden och en svår brännskada}}.

Det {{q1:säger}} {{m1:Henrik Nordqvist}}, docent i dermatologi vid Lunds universitet.

{{m2:Han}} {{q2:påpekar}} att {{c2:de flesta dessutom smörjer på för lite, ofta bara en tredjedel av den mängd som används vid mätningarna}}. {{m3:Nordqvist}} {{q3:anser}} att {{c3:barn under ett år inte ska vistas i direkt sol över huvud taget}}.

{{m4:Nordlys Care}} {{q4:skriver}} i ett mejl till Råd & Rön att {{c4:företaget har låtit testa produkten hos två andra laboratorier och att båda har uppmätt en skyddsfaktor över 50}}.

”{{c5:Vi tar ändå resultatet på största allvar och har stoppat leveranserna av den aktuella tillverkningsomgången i väntan på en ny analys}}”, {{q5:skriver}} {{m5:företagets kvalitetschef Anna-Karin Björk}}.

{{m6:Hon}} {{q6:tillägger}} att {{c6:kunder som har köpt krämen kan lämna tillbaka den och få pengarna tillbaka}}.

Även SunnyBear SPF 30 från Kemiahuset underkänns. Den uppmätta faktorn blev 19. {{m7:Kemiahuset}} {{q7:hävdar}} att {{c7:skillnaden beror på att laboratoriet har använt en annan mätmetod än den företaget själv använder}}.

”{{c8:Vi kommer självklart att se över vår märkning om det visar sig nödvändigt}}”, {{q8:skriver}} {{m8:vd:n Peter Lindqvist}} i ett mejl.

{{c9:Havsbris Barn SPF 50+ plockas bort från hyllorna i samtliga 48 butiker från och med måndag}}, {{q9:meddelar}} {{m9:kedjan Hälsohuset}}, som säljer krämen under eget varumärke.

{{q10:Enligt}} {{m10:Läkemedelsverket}}, som har tillsyn över kosmetiska produkter, {{c10:är det tillverkaren som ansvarar för att skyddsfaktorn på förpackningen stämmer}}.

– {{c11:Vi kommer att titta närmare på de produkter som har pekats ut i testet}}, {{q11:säger}} {{m11:Sara Lund}}, utredare på myndigheten.

Jessica Ahmadi i Malmö har två barn, fyra och sju år. Hon köpte Solbris Kids inför förra sommarens resa till Kreta.

– {{c12:Vi smorde in dem flera gånger om dagen, och ändå blev sjuåringen bränd på axlarna redan andra dagen. Jag trodde att det var vårt fel}}, {{q12:säger}} {{m12:hon}}.

{{m13:Hon}} {{q13:tycker}} att {{c13:solskydd som säljs till barn borde kontrolleras hårdare än andra produkter}}.

Bäst i test blev Lilla Måsen SPF 50 från Nordapoteket.

Läs också: Så väljer du rätt solglasögon till barnen

Så testade vi

Ett ackrediterat laboratorium i Tyskland mätte skyddsfaktorn enligt standarden ISO 24444 på tio försökspersoner per produkt.

Prenumerera på Råd & Rön – få tio nummer om året och tillgång till alla tester.
""",
  S(1, D, "Henrik Nordqvist"),
  S(2, I, "Henrik Nordqvist"),
  S(3, I, "Henrik Nordqvist"),
  S(4, I, "Nordlys Care", ORG, via=("Råd & Rön",)),
  S(5, D, "Anna-Karin Björk"),
  S(6, I, "Anna-Karin Björk"),
  S(7, I, "Kemiahuset", ORG),
  S(8, D, "Peter Lindqvist"),
  S(9, I, "Hälsohuset", ORG),
  S(10, I, "Läkemedelsverket", ORG),
  S(11, D, "Sara Lund"),
  S(12, D, "Jessica Ahmadi"),
  S(13, I, "Jessica Ahmadi"),
)

# ---------------------------------------------------------------------------
# 7. Strike
# ---------------------------------------------------------------------------

A("bl5-strejk-lager", "invented; TT/DN style labour-market news, strike with union, employers, mediators", """
Strejken utvidgas – medlarna kallar till nya samtal

Publicerad 14.02
Uppdaterad 16.30

Lyssna
Dela

Strejken på landets lagercentraler går in på sin andra vecka. {{c1:Från och med måndag tas ytterligare 1 800 medlemmar ut i strejk}}, {{q1:meddelar}} {{m1:Terminalfacket}}.

Den utvidgade strejken omfattar lager i Jönköping, Eskilstuna och Borås, bland annat hos e-handelsföretaget Nordlagret.

– {{c2:Arbetsgivarna har haft två veckor på sig att komma tillbaka med ett seriöst bud. Det har de inte gjort}}, {{q2:säger}} {{m2:Terminalfackets ordförande Linnea Karlsson}} till TT.

{{m3:Karlsson}} {{q3:menar}} att {{c3:kärnfrågan inte är lönerna utan de ökande kraven på arbetstakt. I dag mäts de anställda minut för minut via handdatorer}}.

{{m4:Arbetsgivarorganisationen Lager- och logistikarbetsgivarna}} {{q4:kallar}} utvidgningen ”{{c4:ansvarslös}}”.

– {{c5:Vi har lagt ett bud som ligger i nivå med märket i industrin. Facket kräver i praktiken att vi ska avskaffa all uppföljning av produktiviteten, och det kan vi inte gå med på}}, {{q5:säger}} {{m5:organisationens förhandlingschef Tomas Hedlund}}.

{{m6:Han}} {{q6:hävdar}} att {{c6:strejken redan kostar medlemsföretagen omkring 40 miljoner kronor om dagen}}.

{{c7:Arbetsgivarna är beredda att höja budet något om facket går med på en längre avtalsperiod}}, {{q7:uppger}} {{m7:källor med insyn i förhandlingarna}} för DN.

{{c8:Parterna kallas till nya samtal på tisdag förmiddag}}, {{q8:uppger}} {{m8:Medlingsinstitutet}}.

Medlarna Gunnel Ström och Anders Berglund har lett förhandlingarna sedan i april.

– {{c9:Det finns fortfarande ett stort avstånd mellan parterna, {{q9:säger}} {{m9:Gunnel Ström}}, men vi ser att det finns en vilja på båda sidor att hitta en lösning}}.

{{m10:Hon}} {{q10:understryker}} att {{c10:medlarna inte kommer att lägga ett eget slutbud förrän parterna har närmat sig varandra}}.

Utanför Nordlagrets lager i Jönköping står ett tjugotal strejkvakter i snålblåsten. En av dem är Emir, 34, som har plockat varor i sju år.

– {{c11:Jag ska klara 140 rader i timmen, annars blir jag kallad till chefen. Man går inte ens på toa utan att tänka på siffran}}, {{q11:säger}} {{m11:Emir}}.

{{m12:Han}} {{q12:berättar}} att {{c12:han förlorar omkring 1 200 kronor om dagen i lön, men att facket ersätter det mesta ur strejkkassan}}.

– {{c13:Det handlar inte om pengarna. Det handlar om att få vara människa på jobbet}}.

{{m14:Nordlagret}} {{q14:uppger}} i ett pressmeddelande att {{c14:leveranstiderna för kunder i södra Sverige kan bli upp till fem dagar längre}}.

{{m15:Arbetsmarknadsforskaren Karin Öhrn}} {{q15:tror}} att {{c15:konflikten kan bli långvarig, eftersom den handlar om arbetsvillkor snarare än om procentsatser}}.

Fakta: Konflikten

Terminalfacket organiserar omkring 22 000 lager- och terminalarbetare.
Det förra avtalet löpte ut den 31 mars.
Strejken inleddes den 5 maj.
Källa: Medlingsinstitutet
""",
  S(1, I, "Terminalfacket", ORG),
  S(2, D, "Linnea Karlsson", via=("TT",)),
  S(3, I, "Linnea Karlsson"),
  S(4, D, "Lager- och logistikarbetsgivarna", ORG, opt=True),
  S(5, D, "Tomas Hedlund"),
  S(6, I, "Tomas Hedlund"),
  S(7, I, "källor med insyn i förhandlingarna", UNK, via=("DN",)),
  S(8, I, "Medlingsinstitutet", ORG),
  S(9, D, "Gunnel Ström"),
  S(10, I, "Gunnel Ström"),
  S(11, D, "Emir"),
  S(12, I, "Emir"),
  S(13, D, "Emir"),
  S(14, I, "Nordlagret", ORG),
  S(15, I, "Karin Öhrn"),
)

# ---------------------------------------------------------------------------
# 8. Football transfer rumour
# ---------------------------------------------------------------------------

A("bl5-fotboll-overgang", "invented; Sportbladet style transfer rumour relayed via Expressen, Fotbollskanalen, Corriere dello Sport", """
{{m1:Uppgifter}}: {{c1:Italiensk klubb vill köpa Wennberg}}

SPORT
Publicerad i dag 10.41
Uppdaterad i dag 13.15

Dela

BK Forsbergas skyttekung Elias Wennberg kan vara på väg till Italien. Men {{m2:klubben}} {{q2:förnekar}} att {{c2:något bud har kommit in}}.

{{q3:Enligt}} {{m3:Expressen}} {{c3:har Serie B-klubben US Castelmare lagt ett bud på omkring 35 miljoner kronor på den 21-årige anfallaren}}. {{c4:Budet ska redan ha avslagits en gång}}, {{q4:uppger}} {{m4:källor nära klubben}} för tidningen.

{{c5:Wennberg besökte dessutom Castelmares träningsanläggning under landslagsuppehållet i november}}, {{q5:skriver}} {{m5:Fotbollskanalen}}.

{{q6:Enligt}} {{m6:den italienska sporttidningen Corriere dello Sport}} {{c6:är svensken klubbens förstahandsval för att ersätta lagkaptenen, som väntas lämna i sommar}}.

– {{c7:Wennberg är en spelare vi följer, som många andra. Mer än så vill jag inte säga}}, {{q7:säger}} {{m7:Castelmares sportchef Marco Ferrante}} till tidningen.

I Forsberga är tonen en annan.

– {{c8:Det har inte kommit något bud, varken från Italien eller någon annanstans. Elias har kontrakt till 2027 och vi räknar med honom i vår}}, {{q8:säger}} {{m8:klubbens sportchef Sofia Lind}} till Sportbladet.

{{m9:Hon}} {{q9:dementerar}} också att {{c9:Wennberg skulle ha besökt Italien under uppehållet}}.

Wennbergs agent Nadia Berisha vill varken bekräfta eller dementera uppgifterna om budet.

– {{c10:Det är ingen hemlighet att Elias har ambitioner att spela i en större liga. Men just nu fokuserar han på försäsongen}}, {{q10:säger}} {{m10:hon}} till Expressen.

{{m11:Berisha}} {{q11:medger}} att {{c11:det har förekommit ”kontakter med flera klubbar” under vintern}}.

Huvudtränaren Jesper Malm har inte lagt fingrarna emellan i frågan.

– {{c12:Elias är vår viktigaste spelare. Säljer vi honom nu, mitt i en uppbyggnad, skickar vi fel signal till hela truppen}}, {{q12:sa}} {{m12:den 48-årige tränaren}} efter lördagens träningsmatch mot Hallby.

{{m13:Han}} {{q13:tillade}} att {{c13:han ännu inte har pratat med Wennberg om intresset från Italien}}.

{{m14:Malm}} {{q14:hoppas}} att {{c14:frågan är avgjord innan laget reser på träningsläger till Spanien den 3 februari}}.

Elias Wennberg själv har inte svarat på Sportbladets frågor. På Instagram {{q15:skrev}} {{m15:han}} i går kväll: ”{{c15:Fokus på Forsberga. Alltid}}.”

Läs också: Så ser Forsbergas trupp ut inför säsongen

Elias Wennberg gjorde 17 mål i Superettan förra säsongen. Foto: Kalle Nordin/Bildbyrån
""",
  S(1, I, "uppgifter", UNK, opt=True),
  S(2, I, "BK Forsberga", ORG),
  S(3, I, "Expressen", ORG),
  S(4, I, "källor nära klubben", UNK, via=("Expressen",)),
  S(5, I, "Fotbollskanalen", ORG),
  S(6, I, "Corriere dello Sport", ORG),
  S(7, D, "Marco Ferrante", via=("Corriere dello Sport",)),
  S(8, D, "Sofia Lind", via=("Sportbladet",)),
  S(9, I, "Sofia Lind"),
  S(10, D, "Nadia Berisha", via=("Expressen",)),
  S(11, M, "Nadia Berisha"),
  S(12, D, "Jesper Malm"),
  S(13, I, "Jesper Malm"),
  S(14, I, "Jesper Malm"),
  S(15, D, "Elias Wennberg"),
)

# ---------------------------------------------------------------------------
# 9. Health-care watchdog
# ---------------------------------------------------------------------------

A("bl5-ivo-sjukhus", "invented; SVT regional style, IVO inspection decision, the region's answer, a patient's daughter", """
{{m1:IVO}} om Forsåsens sjukhus: ”{{c1:Patienter har lämnats utan tillsyn}}”

Publicerad 09.12
Uppdaterad 11.48

Lyssna
Dela

Inspektionen för vård och omsorg, IVO, riktar allvarlig kritik mot den geriatriska avdelningen på Forsåsens sjukhus. Vid en oanmäld inspektion i oktober fanns ingen sjuksköterska på avdelningen under flera nattpass.

”{{c2:Vårdgivaren har inte säkerställt att det har funnits tillräckligt med personal med rätt kompetens för att ge patienterna en god och säker vård}}”, {{q2:skriver}} {{m2:IVO}} i beslutet.

{{c3:Vid minst fyra tillfällen har patienter blivit liggande i blöta sängkläder i flera timmar, och larmsignaler har inte besvarats}}. Det {{q3:konstaterar}} {{m3:myndigheten}}.

{{q4:Enligt}} {{m4:beslutet}} {{c4:har två patienter fallit under natten utan att någon upptäckt det förrän vid morgonronden}}. ”{{c5:Patienter har vid upprepade tillfällen lämnats utan tillsyn under längre perioder}}”, {{q5:skriver}} {{m5:myndigheten}}.

{{m6:IVO}} {{q6:kräver}} att {{c6:Region Västernorrland senast den 15 mars redovisar vilka åtgärder som har vidtagits}}.

– {{c7:Det här är bland de allvarligaste brister vi har sett inom slutenvården i länet på flera år}}, {{q7:säger}} {{m7:IVO:s enhetschef Anders Berg}}.

Regionen har i ett yttrande till IVO medgett bristerna.

– {{c8:Vi tar kritiken på största allvar. Sedan inspektionen har vi anställt fyra nya sjuksköterskor och infört ett nytt schema för nattbemanningen}}, {{q8:säger}} {{m8:Lars Nyberg}}, hälso- och sjukvårdsdirektör i Region Västernorrland.

{{m9:Nyberg}} {{q9:förklarar}} att {{c9:bristen på sjuksköterskor har varit akut sedan i somras, när elva personer slutade på kort tid}}. {{m10:Han}} {{q10:hävdar}} samtidigt att {{c10:ingen patient har fått bestående skador till följd av bristerna}}.

Eva Sundström, vars 87-åriga mamma vårdades på avdelningen i höstas, är inte förvånad.

– {{c11:Mamma tryckte på larmet i fyrtio minuter en natt. Till slut ringde hon mig i stället, och jag fick ringa växeln för att någon skulle gå in till henne}}, {{q11:säger}} {{m11:hon}}.

{{m12:Dottern}} {{q12:berättar}} att {{c12:hon anmälde händelsen till regionen redan i november, men att hon aldrig fick något svar}}.

– {{c13:Jag vill inte att någon annan ska behöva vara med om det vi var med om}}.

{{m14:Sjuksköterskan Maria Holm}}, som är skyddsombud på avdelningen, {{q14:säger}} att {{c14:personalen har larmat om underbemanningen sedan i våras}}.

– {{c15:Vi har skrivit avvikelser varje vecka. Det är skönt att någon utifrån äntligen ser det vi har sett}}, {{q15:säger}} {{m15:hon}}.

Läs också: Regionen varslar 60 inom vården

Fakta: IVO

Inspektionen för vård och omsorg är den myndighet som har tillsyn över hälso- och sjukvården och socialtjänsten. IVO kan förelägga en vårdgivare att åtgärda brister, vid behov med vite.
""",
  S(1, D, "Inspektionen för vård och omsorg", ORG),
  S(2, D, "Inspektionen för vård och omsorg", ORG),
  S(3, I, "Inspektionen för vård och omsorg", ORG),
  S(4, I, "Inspektionen för vård och omsorg", ORG),
  S(5, D, "Inspektionen för vård och omsorg", ORG),
  S(6, I, "Inspektionen för vård och omsorg", ORG),
  S(7, D, "Anders Berg"),
  S(8, D, "Lars Nyberg"),
  S(9, I, "Lars Nyberg"),
  S(10, I, "Lars Nyberg"),
  S(11, D, "Eva Sundström"),
  S(12, I, "Eva Sundström"),
  S(13, D, "Eva Sundström"),
  S(14, I, "Maria Holm"),
  S(15, D, "Maria Holm"),
)

# ---------------------------------------------------------------------------
# 10. History feature: a 1943 diary and letters
# ---------------------------------------------------------------------------

A("bl5-dagbok-1943", "invented; Sydsvenskan-style history feature, 1943 diary and letters, historian and archivist", """
{{m1:Elnas}} dagbok från 1943: ”{{c1:I natt kom sjutton stycken}}”

KULTUR & HISTORIA
Publicerad 5 oktober 2025 kl. 08.00

Dela

I oktober 1943 tog ett litet fiskeläge i Skåne emot hundratals flyktingar från Danmark. Nu har en fiskarhustrus dagbok hittats på en vind.

Text: Karin Almér
Foto: Peter Fors

Dagboken tillhörde Elna Persson, fiskarhustru i Lerviken och gift med Olle Persson, och hittades i fjol när hennes barnbarn tömde huset.

Den 1 oktober 1943 {{q2:skriver}} {{m2:hon}}: ”{{c2:Olle var ute på sundet i kväll och såg ljus från båtar som inte hade några lanternor. Ingen i byn vet vad det betyder}}.”

”{{c3:I natt kom sjutton stycken i Hanssons eka, blöta ända upp till midjan. En liten flicka hade bara en sko. Jag gav henne Brittas gamla kängor och hon sa ingenting, bara tittade på mig.

”Vi har lagt dem i sjöboden. Olle eldar hela natten}}”, {{q3:skriver}} {{m3:Elna Persson}} den 3 oktober.

Historikern Jonas Almgren vid Lunds universitet har forskat om flyktingmottagandet i Skåne i över tjugo år.

– {{c4:Vi vet mycket om de stora siffrorna. Men vi har få källor som visar hur det såg ut i köken hos dem som tog emot}}, {{q4:säger}} {{m4:han}}.

{{m5:Almgren}} {{q5:menar}} att {{c5:dagboken är unik eftersom den skrevs medan det hände och inte i efterhand}}.

Elnas bror Gösta Nilsson låg då inkallad i Boden. I ett brev till systern den 12 oktober {{q7:skriver}} {{m7:han}}: ”{{c7:Du ska veta att jag är stolt över dig och Olle. Men var försiktiga, Elna, alla i byn behöver inte veta allt}}.”

Den 9 oktober är tonen en annan. {{m8:Elna}} {{q8:skriver}} att {{c8:hon inte har sovit på tre nätter och att hon är rädd att tyska patrullbåtar ska ta sig in i hamnen}}.

”{{c9:Vi har nu haft folk i sjöboden i elva nätter. {{m10:Olle}} {{q10:säger}} att {{c10:det är det minsta man kan göra}}. Jag säger ingenting, men jag ber för dem varje kväll}}.” ({{m9:Elna Perssons}} dagbok, 14 oktober 1943)

Dagboken finns nu hos Riksarkivet i Lund, där arkivarien Sanna Wik har gått igenom den.

– {{c11:Pappret är i gott skick. Det svåraste har varit handstilen, hon skrev fort och ofta i mörker}}, {{q11:säger}} {{m11:Sanna Wik}}.

{{m12:Hon}} {{q12:berättar}} att {{c12:arkivet också har tagit emot ett tiotal brev som familjen fick från Danmark efter kriget}}.

Ett av dem är skrivet av Ruth Meyer, flickan med en sko. {{m13:Hon}} {{q13:skriver}} från Köpenhamn i maj 1946 att {{c13:hon fortfarande har kängorna}}.

”{{c14:Jag minns inte ert hus, bara värmen i köket och att någon sjöng}}”, {{q14:skriver}} {{m14:Ruth Meyer}}.

– {{c15:Det är sådana detaljer som gör historien levande. Annars hade de här människorna bara varit en siffra i en polisrapport}}, {{q15:säger}} {{m15:Jonas Almgren}}.

Fakta: I oktober 1943 flydde omkring 7 000 danska judar över Öresund till Sverige.
""",
  S(1, D, "Elna Persson"),
  S(2, D, "Elna Persson"),
  S(3, D, "Elna Persson"),
  S(4, D, "Jonas Almgren"),
  S(5, I, "Jonas Almgren"),
  S(7, D, "Gösta Nilsson"),
  S(8, I, "Elna Persson"),
  S(9, D, "Elna Persson"),
  S(10, I, "Olle Persson", opt=True),
  S(11, D, "Sanna Wik"),
  S(12, I, "Sanna Wik"),
  S(13, I, "Ruth Meyer"),
  S(14, D, "Ruth Meyer"),
  S(15, D, "Jonas Almgren"),
)

# ---------------------------------------------------------------------------
# 11. Local municipal budget
# ---------------------------------------------------------------------------

A("bl5-budget-halleby", "invented; local paper style, municipal budget with party letters and the budget document", """
Skatten höjs i Hälleby – {{m1:oppositionen}}: ”{{c1:Ett svek mot pensionärerna}}”

Publicerad 14 oktober 2025 19:32

Lyssna
Dela

Mittenstyret i Hälleby höjer kommunalskatten med 40 öre nästa år. Samtidigt skärs 18 miljoner kronor bort från kultur- och fritidsnämnden.

Mittenstyret, som består av S, C och MP, presenterade sitt förslag till budget för 2026 på tisdagen. {{q2:Enligt}} {{m2:budgetförslaget}} {{c2:höjs skattesatsen från 21,79 till 22,19 kronor per hundralapp, vilket ger kommunen omkring 31 miljoner kronor mer om året}}.

”{{c3:Hälleby står inför de största ekonomiska utmaningarna på två decennier. Fler äldre och färre i arbetsför ålder gör att skatteintäkterna inte längre räcker till}}”, {{q3:skriver}} {{m3:mittenstyret}} i budgetdokumentet.

– {{c4:Ingen vill höja skatten. Men alternativet hade varit att stänga en skola och ett äldreboende, och det är jag inte beredd att göra}}, {{q4:säger}} {{m4:kommunstyrelsens ordförande Karin Ekvall (S)}}.

{{m5:Hon}} {{q5:betonar}} att {{c5:höjningen är tillfällig och ska utvärderas efter två år}}.

Oppositionsrådet Per Lundmark (M) är kritisk.

– {{c6:Det här är ett svek mot pensionärerna. De har inga marginaler kvar, och nu tar kommunen ännu mer}}, {{q6:säger}} {{m6:han}}.

{{m7:Lundmark}} {{q7:hävdar}} att {{c7:kommunen i stället borde sälja en del av det kommunala bostadsbolagets fastigheter och banta förvaltningen. Bara centralförvaltningen har vuxit med 40 tjänster på fem år}}.

{{m8:Sverigedemokraternas gruppledare Bo Ahlin (SD)}} {{q8:kallar}} neddragningarna på kultur och fritid ”{{c8:rimliga}}”, men {{q9:kräver}} att {{c9:bidragen till idrottsföreningarna undantas}}.

{{m10:Fatima Rahimi (C)}}, ordförande i kultur- och fritidsnämnden, {{q10:medger}} att {{c10:besparingen kommer att märkas}}.

– {{c11:Vi kommer att behöva korta öppettiderna på biblioteken i Norrby och Åsen. Det gör ont, {{q11:säger}} {{m11:hon}}, men vi skyddar verksamheten för barn och unga}}.

{{m12:Vänsterpartiets Jonna Svärd (V)}} {{q12:menar}} att {{c12:skattehöjningen är nödvändig men för liten}}.

Partiet vill höja skatten med 60 öre och använda pengarna till fler undersköterskor i hemtjänsten.

{{m13:Kommunens ekonomichef Lars Forsman}} {{q13:påpekar}} att {{c13:Hälleby redan i dag har länets näst högsta skattesats}}.

– {{c14:Det finns en gräns för hur länge man kan lösa strukturella problem med skattehöjningar}}, {{q14:säger}} {{m14:han}}.

Karin Ekvall avvisar Moderaternas förslag om att sälja bostäder.

– {{c15:Sälja bostäder för att betala löpande kostnader? Det är som att elda upp möblerna för att hålla värmen}}, {{q15:svarar}} {{m15:hon}}.

Budgeten ska klubbas i kommunfullmäktige den 24 november.

Läs också: Hälleby tappar invånare för femte året i rad

Kommunhuset i Hälleby. Foto: Lars Dahl
""",
  S(1, D, "Per Lundmark"),
  S(2, I, "mittenstyret", GRP),
  S(3, D, "mittenstyret", GRP),
  S(4, D, "Karin Ekvall"),
  S(5, I, "Karin Ekvall"),
  S(6, D, "Per Lundmark"),
  S(7, I, "Per Lundmark"),
  S(8, D, "Bo Ahlin", opt=True),
  S(9, I, "Bo Ahlin", m="m8"),
  S(10, I, "Fatima Rahimi"),
  S(11, D, "Fatima Rahimi"),
  S(12, I, "Jonna Svärd"),
  S(13, I, "Lars Forsman"),
  S(14, D, "Lars Forsman"),
  S(15, D, "Karin Ekvall"),
)

# ---------------------------------------------------------------------------
# 12. Foreign conflict
# ---------------------------------------------------------------------------

A("bl5-granskonflikt", "invented; TT foreign wire style, border clash with unconfirmed claims via AFP, Reuters, state TV", """
Dödliga strider vid gränsen mellan Armenien och Azerbajdzjan

Publicerad i dag 11.20
Uppdaterad i dag 15.05

Lyssna
Dela

{{c1:Minst fyra soldater har dödats i strider vid gränsen mellan Armenien och Azerbajdzjan under natten till tisdagen}}, {{q1:enligt}} {{m1:uppgifter från båda sidor}}. Uppgifterna har inte kunnat bekräftas av oberoende källor.

{{m2:Det azerbajdzjanska försvarsministeriet}} {{q2:uppger}} att {{c2:armeniska styrkor strax efter midnatt öppnade eld mot azerbajdzjanska ställningar nära byn Qaratikan och att två azerbajdzjanska soldater dödades}}.

”{{c3:Alla provokationer kommer att besvaras med beslutsamhet}}”, {{q3:skriver}} {{m3:ministeriet}} i ett uttalande som citeras av AFP.

Armeniens försvarsministerium tillbakavisar anklagelserna. {{m4:Ministeriet}} {{q4:hävdar}} i stället att {{c4:det var azerbajdzjanska trupper som först tog sig över gränslinjen vid Khachkarvan}}. {{c5:Två armeniska soldater dödades och tre skadades}}, {{q5:enligt}} {{m5:ministeriet}}.

– {{c6:Vi har bevis för att attacken var planerad i förväg. Armenien kommer att försvara varje meter av sitt territorium}}, {{q6:säger}} {{m6:ministeriets talesperson Anahit Grigoryan}} till nyhetsbyrån Reuters.

{{q7:Enligt}} {{m7:den statliga azerbajdzjanska tv-kanalen AzTV}} {{c7:har armeniska drönare också angripit en militär lastbil på väg mot fronten}}.

– {{c8:Den armeniska sidan sprider desinformation för att dölja sitt eget ansvar}}, {{q8:sade}} {{m8:det azerbajdzjanska försvarsministeriets talesperson Rauf Hasanov}} i kanalen på tisdagseftermiddagen.

Uppgifterna från de båda sidorna går inte att kontrollera. Oberoende journalister har inte tillträde till området.

– {{c9:Vi hörde skjutandet hela natten. Barnen sov i källaren}}, {{q9:säger}} {{m9:en kvinna i Khachkarvan}} till AFP.

{{c10:Ett möte mellan ländernas utrikesministrar planeras i Genève i nästa vecka}}, {{q10:uppger}} {{m10:diplomatiska källor}} för Reuters.

{{m11:EU:s utrikestjänst}} {{q11:skriver}} i ett uttalande att {{c11:unionen är ”djupt oroad” över rapporterna och att båda parter måste respektera vapenvilan}}.

{{m12:Utrikesdepartementet}} {{q12:skriver}} i en kommentar till TT att {{c12:man följer utvecklingen noga och avråder från resor till gränsområdena}}.

{{m13:Utrikespolitiska institutets Kaukasusexpert Johan Steen}} {{q13:bedömer}} att {{c13:striderna sannolikt förblir lokala, men att risken för en upptrappning är större än på flera år}}.

– {{c14:Båda regeringarna har inrikespolitiska skäl att visa styrka just nu. Ingen av dem har råd att se svag ut}}, {{q14:säger}} {{m14:han}} till TT.

Läs också: Fredsavtalet som aldrig blev av

TT-AFP-Reuters
""",
  S(1, I, "båda sidor", GRP),
  S(2, I, "azerbajdzjanska försvarsministeriet", ORG),
  S(3, D, "azerbajdzjanska försvarsministeriet", ORG, via=("AFP",)),
  S(4, I, "Armeniens försvarsministerium", ORG),
  S(5, I, "Armeniens försvarsministerium", ORG),
  S(6, D, "Anahit Grigoryan", via=("Reuters",)),
  S(7, I, "AzTV", ORG),
  S(8, D, "Rauf Hasanov", via=("AzTV",)),
  S(9, D, "kvinna", PER, via=("AFP",)),
  S(10, I, "diplomatiska källor", UNK, via=("Reuters",)),
  S(11, M, "EU:s utrikestjänst", ORG),
  S(12, I, "Utrikesdepartementet", ORG, via=("TT",)),
  S(13, I, "Johan Steen"),
  S(14, D, "Johan Steen", via=("TT",)),
)


def main() -> int:
    return write_set(ARTICLES, Path(__file__).with_name("sv-blind5.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
