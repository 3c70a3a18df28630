#!/usr/bin/env python3
"""Build tests/data/sv-blind2.jsonl: blind gold set 2 of invented Swedish news.

Blind set 2 was written without seeing the extraction rules (no look at the
engine's source, training data or tests); the annotation follows only the
guidelines. Twelve invented articles of roughly 260-420 words, in genres
chosen away from the obvious ones: an evening-paper crime story, a wage
negotiation with a mediator, a mining conflict with a Sami village, an EU
summit relayed through TT and Reuters, a Nordic item relayed through NTB and
Ritzau, a war report with unconfirmed claims from both sides, a school
closure, a tech product launch, a sports club in crisis, a royal court denial
about an artist, an obituary and a storm warning. All people, companies,
clubs, local places (a village, a school, a municipality) and events are
invented; real countries, parties, authorities, agencies and outlets appear
only as background, relays or sources. The articles carry the boilerplate of
real sites (bylines, "Publicerad ... Uppdaterad ...", "Dela", "Lyssna", fact
boxes, photo credits, reader polls), which is not annotated.

The markup and its checks are those of make_handwritten_gold.py (imported from
it): {{cN:...}} content, {{qN:...}} cue, {{mN:...}} speaker mention, nestable;
each article lists ``S(n, kind, speaker, type, via, opt, q=, m=)``.
Annotation follows /work/shared/guidelines.md.

usage: python3 tests/data/make_blind2_gold.py   (writes sv-blind2.jsonl beside it)
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


A("bl2-kvall-guldsmedsran", "invented; evening paper, crime with witness and police", """
{{m1:Vittnet}}: ”{{c1:Han sprang rakt mot oss med kniven}}”

Väktare knivskuren vid rån mot guldsmed i Västerås

Av Jonna Lilja

Publicerad 17.48 | Uppdaterad 20.15

Dela
Lyssna

En väktare skadades på tisdagseftermiddagen när två maskerade män rånade en guldsmedsbutik på Stora gatan i centrala Västerås. Rånarna är fortfarande på fri fot.

{{q2:Enligt}} {{m2:polisen}} {{c2:kom larmet strax före klockan fyra. Väktaren, en man i 40-årsåldern, ska ha försökt stoppa rånarna i dörren och knivhöggs då i armen}}.

{{c3:Mannens skador är inte livshotande}}, {{q3:uppger}} {{m3:Region Västmanland}}.

”{{c4:Jag skakar fortfarande}}”

Annika, 52, arbetar i frisörsalongen två dörrar bort. Hon stod vid fönstret när rånarna kom springande ut på gatan.

– {{c5:Först trodde jag att det var ungdomar som bråkade. Sedan såg jag kniven. Han sprang rakt mot oss, och jag drog in en kund och låste dörren}}, {{q5:säger}} {{m5:hon}}.

– {{c6:Jag skakar fortfarande. Man tror aldrig att sådant här ska hända mitt på ljusa dagen}}.

{{m7:Den 52-åriga kvinnan}} {{q7:berättar}} att {{c7:väktaren satt på trottoaren och höll sig om armen när ambulansen kom}}.

Polisen har spärrat av en del av Stora gatan och gör en teknisk undersökning i butiken.

– {{c8:Vi har ett stort pådrag med hundförare och helikopter, och vi har hållit förhör med ett tiotal vittnen}}, {{q8:säger}} {{m8:polisens presstalesperson Carina Wiklund}}.

– {{c9:Vi vet att de flydde österut på en moped, {{q9:säger}} {{m9:hon}}, men vi vet ännu inte om de fick hjälp av någon tredje person}}.

{{m10:Wiklund}} {{q10:bekräftar}} att {{c10:ingen har gripits}}, men vill inte säga hur mycket rånarna kom över.

Hur kunde de komma undan?

Stora gatan ingår i kommunens så kallade ”trygghetszon”, där övervakningskameror sattes upp förra året. Polisen vill nu ha in tips från allmänheten och filmer från bilkameror.

{{m11:Butikens ägare Kenneth Marjanović}} {{q11:säger}} till TT att {{c11:butiken har rånats två gånger tidigare och att han nu funderar på att stänga för gott}}.

– {{c12:Jag har drivit den här affären i 26 år. Nu vet jag inte om jag orkar längre}}, {{q12:säger}} {{m12:han}}.

Polisen spärrade av delar av Stora gatan under eftermiddagen. Foto: Mats Ekholm

FAKTA: Så tipsar du polisen
Ring 114 14 eller använd tipsformuläret på polisen.se. Pågår ett brott, ring 112.
""",
  S(1, D, "Annika"),
  S(2, I, "polisen", ORG),
  S(3, I, "Region Västmanland", ORG),
  S(4, D, "Annika", opt=True),
  S(5, D, "Annika"),
  S(6, D, "Annika"),
  S(7, I, "Annika"),
  S(8, D, "Carina Wiklund"),
  S(9, D, "Carina Wiklund"),
  S(10, I, "Carina Wiklund"),
  S(11, I, "Kenneth Marjanović", via=("TT",)),
  S(12, D, "Kenneth Marjanović"),
)

A("bl2-avtal-lagermedling", "invented; morning paper / TT, wage negotiation", """
Medlare tar över – strejk hotar lagren

Publicerad 12 mars 2025 kl. 19.04

Dela

Förhandlingarna mellan Lager- och transportfacket och Logistikarbetsgivarna har brutit samman. Nu tar opartiska medlare över, och om inget nytt avtal är klart inom två veckor kan omkring 9 000 lagerarbetare gå ut i strejk.

{{c1:Parterna står fortfarande långt ifrån varandra när det gäller både löneökningar och arbetstider}}. Det {{q1:meddelar}} {{m1:Medlingsinstitutet}}, som på torsdagen utsåg två medlare.

{{m2:Facket}} {{q2:kräver}} att {{c2:lönerna höjs med 4,8 procent på ett år och att det införs ett tak för hur många helger i månaden de anställda kan beordras att arbeta}}.

– {{c3:Våra medlemmar har burit hela e-handelns uppsving. De har jobbat helger, kvällar och nätter. Nu är det dags att de får betalt för det}}, {{q3:säger}} {{m3:förbundets ordförande Mira Johansson}}.

{{m4:Hon}} {{q4:säger}} att {{c4:arbetsgivarnas senaste bud är ”ett hån mot alla som höll igång Sverige under pandemin”}}.

{{m5:Arbetsgivarna}}: ”{{c5:Hotar jobben}}”

Logistikarbetsgivarna har erbjudit 2,9 procent. {{m6:Förhandlingschefen Per-Olof Strand}} {{q6:hävdar}} att {{c6:fackets krav skulle slå hårdast mot de mindre lagerföretagen, som redan pressas av höga energi- och räntekostnader}}.

– {{c7:Ett avtal på den nivå som facket kräver hotar jobben. Det är ingen förhandlingsteknik, det är verkligheten för många av våra medlemsföretag}}, {{q7:säger}} {{m7:han}}.

{{m8:Strand}} {{q8:medger}} dock att {{c8:frågan om helgarbetet ”inte har hanterats tillräckligt bra” av branschen}}.

– {{c9:Där finns det en öppning. Vi är beredda att diskutera ett tak, men inte till vilket pris som helst}}.

Tysta medlare

En av medlarna, Gunilla Fors, vill inte gå in på vilka lösningar som kan bli aktuella.

– {{c10:Vi träffar parterna var för sig redan i morgon. Mer än så tänker jag inte säga i dag}}, {{q10:säger}} {{m10:hon}} till TT.

{{m11:Fors}} {{q11:understryker}} att {{c11:medlarna inte har några egna bud att lägga fram i det här skedet}}.

Facket har samtidigt lämnat ett varsel om strejk från den 27 mars. Strejken skulle i första hand omfatta tolv stora lager i Mälardalen och Göteborgsområdet. Förbundet vill också kunna utvidga konflikten till hamnarna om medlingen misslyckas.

{{m12:Arbetsgivarna}} {{q12:varnar}} för att {{c12:en strejk kan ge tomma hyllor i butikerna redan efter några dagar}}.

{{m13:Lönebildningsexperten Anders Wigren}} vid Uppsala universitet {{q13:tror}} att {{c13:parterna till slut landar någonstans kring 3,5 procent}}.

– {{c14:Båda sidor vet att en lång konflikt blir dyr. Det här är ett ganska klassiskt spel inför en medling}}, {{q14:säger}} {{m14:han}}.

Fakta: Så går medling till
Om parterna inte kommer överens kan Medlingsinstitutet utse medlare. Medlarna kan lägga fram egna förslag till avtal, som parterna antingen godtar eller avvisar. Ett varsel om stridsåtgärder ska lämnas minst sju arbetsdagar i förväg.
""",
  S(1, I, "Medlingsinstitutet", ORG),
  S(2, I, "Lager- och transportfacket", ORG),
  S(3, D, "Mira Johansson"),
  S(4, M, "Mira Johansson"),
  S(5, D, "Logistikarbetsgivarna", ORG),
  S(6, I, "Per-Olof Strand"),
  S(7, D, "Per-Olof Strand"),
  S(8, M, "Per-Olof Strand"),
  S(9, D, "Per-Olof Strand"),
  S(10, D, "Gunilla Fors", via=("TT",)),
  S(11, I, "Gunilla Fors"),
  S(12, I, "Logistikarbetsgivarna", ORG),
  S(13, I, "Anders Wigren"),
  S(14, D, "Anders Wigren"),
)

A("bl2-gruva-sameby", "invented; regional news site, mining conflict and court ruling", """
Samebyn överklagar gruvdomen: ”{{c1:Det här är slutet för vår vinterbetesmark}}”

Uppdaterad 15.32
Publicerad 09.10

Lyssna

Mark- och miljödomstolen vid Umeå tingsrätt ger gruvbolaget Kalottmalm tillstånd att bryta järnmalm i ett dagbrott vid Jervaberget norr om Jokkmokk. Vuolletjåkka sameby tänker överklaga.

I domen, som meddelades på onsdagen, {{q2:konstaterar}} {{m2:domstolen}} att {{c2:gruvan kommer att påverka renskötseln negativt, men att de villkor som bolaget har gått med på gör intrånget ”acceptabelt”}}.

{{m3:Domstolen}} {{q3:skriver}} också att {{c3:samhällets intresse av att utvinna metaller för den gröna omställningen väger tungt}}.

För Vuolletjåkka sameby, som har sina vinterbetesmarker i området, är domen ett hårt slag.

– {{c4:Det här är slutet för vår vinterbetesmark. Renarna kommer inte att gå förbi ett dagbrott, en väg och en transportled för malm}}, {{q4:säger}} {{m4:samebyns ordförande Nils-Anders Pavval}} till Sameradion.

– {{c5:Vi har sagt det från början, och vi säger det igen: det finns inga villkor i världen som kan ersätta betesmark}}.

{{m6:Pavval}} {{q6:kritiserar}} också att {{c6:domstolen aldrig besökte området på vintern, när renarna faktiskt finns där}}.

{{m7:Bolaget}}: {{c7:Vi vill vara en god granne}}

Kalottmalm välkomnar domen. {{m8:Vd:n Henrik Lövgren}} {{q8:framhåller}} att {{c8:bolaget har lovat att bygga renpassager, begränsa sprängningarna under kalvningstiden och betala ersättning till samebyn}}.

– {{c9:Vi vill vara en god granne. Vi förstår oron, men vi menar att gruvan och renskötseln kan leva sida vid sida}}, {{q9:säger}} {{m9:Lövgren}}.

I sitt yttrande till domstolen {{q10:varnade}} {{m10:Länsstyrelsen i Norrbotten}} för att {{c10:gruvan skulle skära av en av samebyns viktigaste flyttleder}}.

– {{c11:Vi har inte hunnit läsa hela domen än, så vi får återkomma i frågan om vi själva ska överklaga}}, {{q11:säger}} {{m11:Maria Sjöberg}}, enhetschef på länsstyrelsen.

{{m12:Kritikerna}}, bland dem flera miljöorganisationer, {{q12:menar}} att {{c12:regeringens jakt på strategiska mineraler har gjort samebyarna ”i praktiken rättslösa”}}.

I en rapport från i fjol {{q13:skriver}} {{m13:forskare vid Sveriges lantbruksuniversitet}} att {{c13:renar undviker områden upp till flera kilometer från gruvor och större vägar}}.

Samebyn har tre veckor på sig att överklaga till Mark- och miljööverdomstolen. {{m14:Pavval}} {{q14:hoppas}} att {{c14:den högre instansen gör en annan bedömning}}.

– {{c15:Vi ger oss inte. Det här handlar om huruvida det ska finnas renskötsel här om femtio år}}, {{q15:säger}} {{m15:han}}.

Renar på vinterbete vid Jervaberget. Foto: Kristina Ek

Fakta: Jervaprojektet
Planerat dagbrott för järnmalm cirka 30 kilometer norr om Jokkmokk.
Beräknad brytning: 4 miljoner ton malm per år under 18 år.
{{c16:Omkring 250 arbetstillfällen}}, {{q16:enligt}} {{m16:bolaget}}.
""",
  S(1, D, "Nils-Anders Pavval", opt=True),
  S(2, M, "Mark- och miljödomstolen vid Umeå tingsrätt", ORG),
  S(3, I, "Mark- och miljödomstolen vid Umeå tingsrätt", ORG),
  S(4, D, "Nils-Anders Pavval", via=("Sameradion",)),
  S(5, D, "Nils-Anders Pavval"),
  S(6, I, "Nils-Anders Pavval"),
  S(7, D, "Kalottmalm", ORG, opt=True),
  S(8, I, "Henrik Lövgren"),
  S(9, D, "Henrik Lövgren"),
  S(10, I, "Länsstyrelsen i Norrbotten", ORG),
  S(11, D, "Maria Sjöberg"),
  S(12, M, "kritikerna", GRP),
  S(13, I, "forskare vid Sveriges lantbruksuniversitet", GRP),
  S(14, I, "Nils-Anders Pavval"),
  S(15, D, "Nils-Anders Pavval"),
  S(16, I, "Kalottmalm", ORG),
)

A("bl2-eu-lakemedelslager", "invented; morning paper, EU summit relayed through TT and Reuters", """
EU enas om gemensamma läkemedelslager

Publicerad i dag 06.12 · Uppdaterad 08.40

Dela

BRYSSEL. Efter nästan tolv timmars förhandlingar enades EU:s stats- och regeringschefer natten till fredagen om att bygga upp gemensamma beredskapslager av läkemedel och sjukvårdsmaterial. Ungern bromsade in i det sista.

{{c1:Fonden ska omfatta 18 miljarder euro under fem år, och de första lagren ska vara på plats 2027}}, {{q1:enligt}} {{m1:EU-kommissionen}}.

– {{c2:I dag visade Europa att vi faktiskt har lärt oss något av pandemin}}, {{q2:sade}} {{m2:Europeiska rådets ordförande Luc Verbeke}} på en presskonferens strax efter klockan fyra på morgonen, enligt Reuters.

Sverige var länge tveksamt till att finansiera fonden med gemensamma lån men gav med sig under natten.

– {{c3:Vi har fått igenom det viktigaste för oss, nämligen att pengarna går till lager och inte till nya byråkratiska strukturer}}, {{q3:säger}} {{m3:statsminister Karin Wessel}} till TT.

{{m4:Hon}} {{q4:medger}} att {{c4:kompromissen ”inte är vacker”}} men {{q5:framhåller}} att {{c5:Sverige har fått gehör för sina krav på en skärpt revision}}.

Veto i sista stund

{{m13:Ungern}} {{q13:hotade}} under kvällen att {{c13:lägga in sitt veto}}. {{c6:Budapest släppte blockeringen först sedan landet fått löfte om att ett av lagren ska placeras i Centraleuropa}}, {{q6:uppger}} {{m6:källor med insyn i förhandlingarna}} för Reuters.

{{m7:Den ungerska regeringens talesperson Zoltán Kertész}} {{q7:skrev}} senare på X att {{c7:Ungern ”aldrig har varit emot solidaritet, bara emot slöseri”}}.

{{c8:Flera nettobetalande medlemsländer, bland dem Nederländerna och Danmark, ville först att fonden skulle finansieras helt via de nationella budgetarna}}. Det {{q8:skriver}} {{m8:Financial Times}}, enligt TT.

{{m9:En EU-diplomat}} {{q9:säger}} till TT att {{c9:kompromissen i själva verket var klar redan vid midnatt, men att det tog ytterligare fyra timmar att ”putsa på formuleringarna”}}.

Kritik på hemmaplan

I Sverige får regeringen kritik från oppositionen. {{m10:Socialdemokraternas EU-talesperson Amir Saleh}} {{q10:anser}} att {{c10:Sverige har bidragit till att försena ett beslut som borde ha fattats för två år sedan}}.

– {{c11:Regeringen har ägnat månader åt att bråka om finansieringen. Under tiden har det varit brist på antibiotika på svenska apotek}}, {{q11:säger}} {{m11:han}} enligt TT.

{{c12:Kommissionen väntas lägga fram ett förslag om var lagren ska ligga redan före sommaren}}. Det {{q12:skriver}} {{m12:nyhetsbyrån Reuters}}.

Frågan är om 18 miljarder euro räcker när nästa kris väl kommer.

Fakta: Beredskapslagren
Fonden omfattar 18 miljarder euro för åren 2026–2030.
Lagren ska bland annat innehålla antibiotika, vaccin och skyddsutrustning.
Beslutet ska formellt godkännas av Europaparlamentet.
""",
  S(1, I, "EU-kommissionen", ORG),
  S(2, D, "Luc Verbeke", via=("Reuters",)),
  S(3, D, "Karin Wessel", via=("TT",)),
  S(4, M, "Karin Wessel"),
  S(5, I, "Karin Wessel", m="m4"),
  S(6, I, "källor med insyn i förhandlingarna", UNK, via=("Reuters",)),
  S(7, M, "Zoltán Kertész"),
  S(8, I, "Financial Times", ORG, via=("TT",)),
  S(9, M, "en EU-diplomat", UNK, via=("TT",)),
  S(10, I, "Amir Saleh"),
  S(11, D, "Amir Saleh", via=("TT",)),
  S(12, I, "Reuters", ORG),
  S(13, I, "Ungern", ORG, opt=True),
)

A("bl2-ntb-laxrymning", "invented; TT wire, Nordic item relayed through NTB and Ritzau", """
Tiotusentals odlade laxar har rymt i Nordnorge

Publicerad 13 oktober 2025 kl. 13.27

TT

Omkring 40 000 odlade laxar har rymt från en fiskodling utanför Tromsø i Nordnorge. {{c1:Rymningen upptäcktes vid en rutinkontroll på söndagsmorgonen}}, uppger nyhetsbyrån NTB {{q1:med hänvisning till}} {{m1:Fiskeridirektoratet}}.

{{c2:Nätet i en av kassarna hade slitits sönder under helgens storm}}, {{q2:skriver}} {{m2:bolaget Fjordlaks Nordvik}} i ett pressmeddelande.

– {{c3:Vi tar det här på största allvar. Vi har dykare i vattnet och gör allt vi kan för att fånga in så mycket fisk som möjligt}}, {{q3:säger}} {{m3:driftschefen Ola Brekke}} till NTB.

Rymd odlad lax räknas som ett av de största hoten mot den vilda atlantlaxen, eftersom den kan sprida laxlus och sjukdomar och para sig med vildfisken.

{{m4:Miljöorganisationen Villaks Nord}} {{q4:kräver}} att {{c4:bolaget får sitt tillstånd indraget}}.

– {{c5:Det här är den tredje rymningen på fyra år. Hur många chanser ska de få?}} {{q5:säger}} {{m5:organisationens ledare Ingrid Solheim}} enligt NTB.

{{c6:Lax från rymningen har redan fångats i två älvar i området}}. Det {{q6:skriver}} {{m6:lokaltidningen Nordlys}}, enligt NTB.

{{m7:Fiskeridirektoratet}} {{q7:uppmanar}} {{c7:sportfiskare i området att fånga och rapportera all odlad lax}}.

{{m8:Ola Brekke}} {{q8:svarar}} att {{c8:bolaget har investerat över 100 miljoner norska kronor i nya kassar sedan den förra rymningen}}.

– {{c9:Ingen odling är helt stormsäker, {{q9:säger}} {{m9:han}} till NTB, men vi ska bli bättre}}.

Även i Danmark har fiskodlingar drabbats av stormen. {{c10:Omkring 5 000 regnbågslaxar rymde från en odling vid Als under lördagen}}, {{q10:meddelar}} {{m10:Fiskeristyrelsen}} enligt Ritzau.

{{m11:Myndighetens kontorschef Mette Kjær}} {{q11:betonar}} enligt Ritzau att {{c11:regnbågslax sällan förökar sig i danska vattendrag och att risken för den vilda fisken därför bedöms som liten}}.

Dela
""",
  S(1, I, "Fiskeridirektoratet", ORG, via=("NTB",)),
  S(2, I, "Fjordlaks Nordvik", ORG),
  S(3, D, "Ola Brekke", via=("NTB",)),
  S(4, I, "Villaks Nord", ORG),
  S(5, D, "Ingrid Solheim", via=("NTB",)),
  S(6, I, "Nordlys", ORG, via=("NTB",)),
  S(7, I, "Fiskeridirektoratet", ORG, opt=True),
  S(8, I, "Ola Brekke"),
  S(9, D, "Ola Brekke", via=("NTB",)),
  S(10, I, "Fiskeristyrelsen", ORG, via=("Ritzau",)),
  S(11, I, "Mette Kjær", via=("Ritzau",)),
)

A("bl2-krig-nova-sosnivka", "invented; TT wire, war report with unconfirmed claims from both sides", """
{{m1:Ryssland}}: ”{{c1:Byn är under vår kontroll}}”

Ukraina tillbakavisar uppgifterna – hårda strider i Charkivregionen

Publicerad 08.54 | Uppdaterad 11.30

TT

{{c2:Ryska styrkor har tagit kontroll över byn Nova Sosnivka i Charkivregionen i nordöstra Ukraina}}. Det {{q2:hävdar}} {{m2:det ryska försvarsministeriet}}.

I ett uttalande på Telegram {{q3:skriver}} {{m3:ministeriet}} att {{c3:byn har ”befriats” efter flera dagars strider och att de ukrainska förbanden har lidit ”stora förluster”}}.

Från ukrainskt håll tillbakavisas uppgifterna.

– {{c4:Byn är fortfarande under ukrainsk kontroll. Det pågår hårda strider i utkanten, men påståendet om en rysk erövring är ren propaganda}}, {{q4:säger}} {{m4:Serhij Kovalenko}}, talesperson för den ukrainska arméns östra gruppering, enligt AFP.

{{m5:Kovalenko}} {{q5:uppger}} att {{c5:ukrainska styrkor under natten slog tillbaka tre ryska anfall mot byn}}.

Uppgifterna från de båda sidorna har inte kunnat bekräftas av oberoende källor.

Civila dödade

{{q6:Enligt}} {{m6:regionens guvernör Ihor Melnyk}} {{c6:dödades två civila och fem skadades när en rysk drönare träffade ett bostadshus i den närliggande staden Lypove under natten}}.

{{c7:Strömmen bröts för omkring 30 000 hushåll i området efter attacken. Reparationerna väntas ta flera dagar}}. Det {{q7:uppger}} {{m7:det regionala elbolaget}} enligt Reuters.

{{m8:Ryska myndigheter}} {{q8:uppger}} samtidigt att {{c8:en ukrainsk drönarattack har orsakat en brand i ett oljedepå i Belgorodregionen}}. {{q9:Enligt}} {{m9:de lokala myndigheterna}} {{c9:skadades ingen}}.

{{m10:Flera ryska militärbloggare}} {{q10:hävdar}} att {{c10:ukrainska förband redan har börjat dra sig tillbaka från området kring Nova Sosnivka}}.

Inte heller de uppgifterna går att bekräfta.

Vägen är nyckeln

{{m11:Militärexperten Johan Falk}} vid Försvarshögskolan {{q11:menar}} att {{c11:byn i sig har ett begränsat strategiskt värde, men att den ligger nära en viktig väg för ukrainska förstärkningar}}.

– {{c12:Om Ryssland tar byn kan de beskjuta vägen med artilleri. Det är därför båda sidor lägger så mycket prestige i den}}, {{q12:säger}} {{m12:han}} till TT.

Rysslands fullskaliga invasion av Ukraina inleddes den 24 februari 2022.
""",
  S(1, D, "ryska försvarsministeriet", ORG),
  S(2, I, "ryska försvarsministeriet", ORG),
  S(3, M, "ryska försvarsministeriet", ORG),
  S(4, D, "Serhij Kovalenko", via=("AFP",)),
  S(5, I, "Serhij Kovalenko"),
  S(6, I, "Ihor Melnyk"),
  S(7, I, "det regionala elbolaget", ORG, via=("Reuters",)),
  S(8, I, "ryska myndigheter", ORG),
  S(9, I, "de lokala myndigheterna", ORG),
  S(10, I, "ryska militärbloggare", GRP),
  S(11, I, "Johan Falk"),
  S(12, D, "Johan Falk", via=("TT",)),
)

A("bl2-skola-fuktskador", "invented; local paper, school closure with rektor, parents and pupil", """
Fukt i väggarna – Lindbackaskolan stängs

Av Emma Nordin

Publicerad 3 februari 2025 kl. 18.10

Lyssna

Lindbackaskolan i Lindesås stänger med omedelbar verkan sedan fukt och mögel hittats i flera klassrum. Skolans 340 elever ska från och med onsdag undervisas i tillfälliga paviljonger vid idrottsplatsen.

{{c1:Skadorna upptäcktes vid en besiktning i januari, och provsvaren som kom i fredags visar att de är betydligt mer omfattande än man först trodde}}, {{q1:enligt}} {{m1:Lindesås kommun}}.

– {{c2:Vi kan inte ta några risker med barnens hälsa. Det här var det enda rimliga beslutet}}, {{q2:säger}} {{m2:rektor Helena Berglund}}.

{{m3:Hon}} {{q3:betonar}} att {{c3:ingen elev eller personal hittills har rapporterat besvär som kan kopplas till mögel}}.

{{m4:Berglund}} {{q4:förklarar}} att {{c4:undervisningen ska följa schemat så långt det går, men att slöjd, hemkunskap och kemi får ställas in de första veckorna}}.

”{{c5:Total brist på respekt}}”

Många föräldrar fick veta om stängningen först genom ett sms sent på söndagskvällen.

– {{c6:Varför fick vi inte veta något när skadorna upptäcktes för tre veckor sedan?}} {{q6:frågar}} {{m6:Tobias Ahl}}, som har två barn på skolan.

{{m7:Han}} {{q7:tycker}} att {{c7:kommunen har visat ”total brist på respekt” för familjerna}}.

{{m8:Flera föräldrar}} som tidningen har talat med {{q8:befarar}} att {{c8:paviljongerna inte kommer att vara klara till onsdag}}.

{{m9:Elsa}}, 12, går i sexan och {{q9:tycker}} mest att {{c9:det är rörigt}}.

– {{c10:Det är lite kul att slippa den gamla skolan, men jag är orolig att vi inte hinner med allt inför de nationella proven}}, {{q10:säger}} {{m10:hon}}.

Skolan byggdes 1968 och är en av kommunens så kallade ”rekordårsskolor”, som alla ska inventeras under våren. Kommunen vill också se över ventilationen i samtliga förskolor.

{{m11:Barn- och utbildningsnämndens ordförande Roger Lind}} (C) {{q11:lovar}} att {{c11:skolan ska vara renoverad och i drift igen till höstterminen 2026}}.

– {{c12:Jag förstår att föräldrarna är upprörda. Vi borde ha informerat tidigare, det medger jag}}, {{q12:säger}} {{m12:han}}.

Läsarfrågan: Har kommunen skött stängningen av Lindbackaskolan på rätt sätt? Rösta här!

Fakta: Lindbackaskolan
Byggd 1968.
F–9-skola med 340 elever och 45 anställda.
Renoveringen beräknas kosta omkring 85 miljoner kronor.
""",
  S(1, I, "Lindesås kommun", ORG),
  S(2, D, "Helena Berglund"),
  S(3, I, "Helena Berglund"),
  S(4, I, "Helena Berglund"),
  S(5, D, "Tobias Ahl", opt=True),
  S(6, D, "Tobias Ahl"),
  S(7, M, "Tobias Ahl"),
  S(8, I, "flera föräldrar", GRP),
  S(9, I, "Elsa"),
  S(10, D, "Elsa"),
  S(11, I, "Roger Lind"),
  S(12, D, "Roger Lind"),
)

A("bl2-tech-glimtra", "invented; business news, product launch with analyst", """
Glimtra lanserar AI-glasögon – analytiker tveksam

Publicerad 09.30 | Uppdaterad 12.05

Dela

Det svenska techbolaget Glimtra lanserade på tisdagen sina första smarta glasögon, som kan översätta tal i realtid och visa texten direkt i synfältet. Glasögonen kostar 4 990 kronor och börjar säljas i Norden i maj.

– {{c1:Vi vill att man ska kunna åka till Tokyo eller Lagos och förstå vad folk säger utan att titta ner i mobilen}}, {{q1:sa}} {{m1:vd:n Sara Lindqvist}} när glasögonen visades upp inför en fullsatt salong i Stockholm.

{{m2:Lindqvist}} {{q2:berättar}} att {{c2:bolaget har arbetat med produkten i fyra år och att översättningstekniken är utvecklad i egen regi}}.

Glimtra ger sig in på en marknad där flera av världens största techjättar redan finns. {{m3:Sara Lindqvist}} {{q3:hävdar}} ändå att {{c3:Glimtras glasögon är lättare och har längre batteritid än konkurrenternas}}.

– {{c4:Vi behöver inte vara störst. Vi behöver vara bäst på en sak}}.

Lanseringen skulle egentligen ha skett redan i höstas. {{m5:Lindqvist}} {{q5:medger}} att {{c5:problem hos en underleverantör i Taiwan försenade produktionen med flera månader}}.

Tvivlar på bred publik

{{m6:Teknikanalytikern Jonas Brandt}} på Nordkap Securities {{q6:tror}} att {{c6:glasögonen kan bli en framgång bland affärsresenärer}}.

– {{c7:Priset är rimligt, men frågan är om vanliga konsumenter vill bära en kamera på näsan. Där har hela branschen misslyckats hittills}}, {{q7:säger}} {{m7:han}}.

{{m8:Brandt}} {{q8:påpekar}} också att {{c8:Glimtra fortfarande går med förlust och kan behöva ta in nytt kapital inom ett år}}.

{{m9:Bolagets presschef Amanda Rehn}} {{q9:dementerar}} att {{c9:någon nyemission är på gång}}.

– {{c10:Vi har pengar så att det räcker till 2027. Det har vi sagt hela tiden}}, {{q10:säger}} {{m10:hon}}.

{{c11:Glimtra har under våren förhandlat med en stor amerikansk elektronikkedja om att sälja glasögonen i USA}}. Det {{q11:skriver}} {{m11:Dagens industri}}. Bolaget vill inte kommentera uppgiften.

Sedan den så kallade ”AI-vågen” tog fart har flera svenska hårdvarubolag fått in nytt riskkapital.

{{m12:Integritetsskyddsmyndigheten}} {{q12:skriver}} i ett mejl till TT att {{c12:myndigheten ”följer utvecklingen av kamerabaserade glasögon noga”}}.

Vd Sara Lindqvist visar upp bolagets nya glasögon. Foto: Glimtra
""",
  S(1, D, "Sara Lindqvist"),
  S(2, I, "Sara Lindqvist"),
  S(3, I, "Sara Lindqvist"),
  S(4, D, "Sara Lindqvist"),
  S(5, I, "Sara Lindqvist"),
  S(6, I, "Jonas Brandt"),
  S(7, D, "Jonas Brandt"),
  S(8, I, "Jonas Brandt"),
  S(9, I, "Amanda Rehn"),
  S(10, D, "Amanda Rehn"),
  S(11, I, "Dagens industri", ORG),
  S(12, M, "Integritetsskyddsmyndigheten", ORG, via=("TT",)),
)

A("bl2-sport-hallsjo-kris", "invented; local sports news, club in crisis", """
Kris i Hällsjö IF – {{m1:supportrarna}} {{q1:kräver}} att {{c1:styrelsen avgår}}

Publicerad 22.41 | Uppdaterad 08.05

Dela

HOCKEY. Hällsjö IF har förlorat tolv matcher i rad i Hockeyettan, och klubbens ekonomi är i fritt fall. Efter lördagens 1–6-förlust mot Tallbacka HC samlades ett hundratal supportrar utanför ishallen.

På en banderoll stod det ”{{c2:Styrelsen ut – rädda Hällsjö}}”.

{{m3:Supporterklubben Gula Väggen}} {{q3:kräver}} i ett öppet brev att {{c3:hela styrelsen avgår och att ett extra årsmöte hålls före jul}}.

– {{c4:Vi har sett klubben köras i botten i tre år. Ingen tar ansvar och ingen svarar på frågor}}, {{q4:säger}} {{m4:supporterklubbens ordförande Jimmy Karlsson}}.

Ordföranden Leif Mattsson har dock inga planer på att lämna sin post.

– {{c5:Jag förstår frustrationen, {{q5:säger}} {{m5:han}}, men att byta styrelse mitt i säsongen skulle bara göra allt värre}}.

{{m6:Mattsson}} {{q6:föreslår}} i stället att {{c6:supporterklubben får en plats i valberedningen inför nästa årsmöte}}.

Skulder på miljoner

{{c7:Klubben har skulder på omkring fyra miljoner kronor till Skatteverket och flera leverantörer}}, {{q7:uppger}} {{m7:en källa i styrelsen}}.

{{m8:Mattsson}} {{q8:dementerar}} att {{c8:klubben är nära en konkurs}} men {{q9:medger}} att {{c9:läget är ”ansträngt”}}.

{{c10:Hällsjö IF har inte betalat hyran för ishallen sedan i augusti}}. Det {{q10:bekräftar}} {{m10:kommunens fritidschef Anna-Karin Wall}}.

Tränaren Mikael Höög fick sparken i oktober och ersattes av assisterande tränaren Patrik Sund. {{m11:Den nye tränaren}} {{q11:understryker}} att {{c11:spelartruppen inte har påverkats av bråket kring styrelsen}}.

– {{c12:Killarna gör allt de kan. Vi förlorar matcher på små marginaler, och det kommer att vända}}, {{q12:säger}} {{m12:Sund}}.

– {{c13:Vi har fyra hemmamatcher före jul. Det är där vi ska ta poängen}}.

Alla supportrar delar inte kritiken. {{m14:Margareta Holm}}, som har haft säsongskort sedan 1979, {{q14:anser}} att {{c14:tonen mot styrelsen har gått över gränsen}}.

– {{c15:Det är ideella krafter som lägger ner hundratals timmar. Man kan inte bua ut dem på det viset}}, {{q15:säger}} {{m15:hon}}.

Supporterklubben vill också bjuda in kommunen till ett möte om klubbens framtid. Men vem ska i så fall ta över?

Ska Hällsjö IF:s styrelse avgå? Ja / Nej / Vet inte – 1 482 röster

Supportrar samlades utanför ishallen efter lördagens förlust. Foto: Peter Ahlgren
""",
  S(1, I, "supportrarna", GRP),
  S(2, D, "supportrarna", GRP, opt=True),
  S(3, I, "Supporterklubben Gula Väggen", ORG),
  S(4, D, "Jimmy Karlsson"),
  S(5, D, "Leif Mattsson"),
  S(6, I, "Leif Mattsson"),
  S(7, I, "en källa i styrelsen", UNK),
  S(8, I, "Leif Mattsson"),
  S(9, M, "Leif Mattsson", m="m8"),
  S(10, I, "Anna-Karin Wall"),
  S(11, I, "Patrik Sund"),
  S(12, D, "Patrik Sund"),
  S(13, D, "Patrik Sund"),
  S(14, I, "Margareta Holm"),
  S(15, D, "Margareta Holm"),
)

A("bl2-hovet-medalj", "invented; celebrity news, royal court denial", """
{{m1:Hovet}} {{q1:dementerar}}: ”{{c1:Alva Strömberg har inte tackat nej}}”

Publicerad 11.15

Lyssna 2 min

Dela

{{c2:Artisten Alva Strömberg har inte tackat nej till medaljen Litteris et Artibus}}. Det {{q2:uppger}} {{m2:hovets pressekreterare Johanna Ekblad}}.

{{c3:Strömberg ska ha tackat nej till medaljen i protest mot att hon inte fick framföra en egen låt under ceremonin}}. Det {{q3:skrev}} {{m3:Expressen}} på måndagskvällen.

– {{c4:Det stämmer helt enkelt inte. Alva Strömberg finns med bland mottagarna och medaljen delas ut som planerat den 28 januari}}, {{q4:säger}} {{m4:Johanna Ekblad}} till TT.

Pressekreteraren vill inte kommentera vilka artister som ska uppträda vid ceremonin.

Alva Strömberg slog igenom 2014 med albumet ”Nattfjäril” och har sedan dess fått sju platinaskivor. I höstas fick hon en Grammis för låten ”Sista tåget från Ånge”.

Själv har Strömberg inte besvarat TT:s frågor. Men på Instagram {{q5:skrev}} {{m5:hon}} under tisdagen: ”{{c5:Jag är djupt hedrad och ser fram emot dagen. Låt oss prata om musik i stället}}.”

{{m6:Hennes manager Oskar Lindh}} {{q6:uppger}} för Aftonbladet att {{c6:missförståndet uppstod när artisten under ett samtal med hovet frågade om hon kunde få sjunga}}.

– {{c7:Hon frågade, fick ett nej och sa okej. Mer dramatiskt än så var det inte}}, {{q7:säger}} {{m7:han}} till tidningen.

{{m8:Kungahusexperten Cecilia Dahlgren}} {{q8:menar}} att {{c8:det är ovanligt att hovet går ut så snabbt med en dementi}}.

– {{c9:Det visar att man är mån om att det inte ska se ut som om en av landets mest populära artister tar avstånd från kungahuset}}, {{q9:säger}} {{m9:hon}}.

Fakta: Litteris et Artibus
Medaljen delas ut av kungen till personer som har gjort framstående insatser inom i första hand musik, scenkonst och litteratur.
""",
  S(1, D, "hovet", ORG),
  S(2, I, "Johanna Ekblad"),
  S(3, I, "Expressen", ORG),
  S(4, D, "Johanna Ekblad", via=("TT",)),
  S(5, D, "Alva Strömberg"),
  S(6, I, "Oskar Lindh", via=("Aftonbladet",)),
  S(7, D, "Oskar Lindh", via=("Aftonbladet",)),
  S(8, I, "Cecilia Dahlgren"),
  S(9, D, "Cecilia Dahlgren"),
)

A("bl2-minnesord-lindroth", "invented; TT obituary quoting colleagues", """
Skådespelaren Gösta Lindroth är död

Publicerad 16 november 2025 kl. 14.02

TT

{{c1:Skådespelaren Gösta Lindroth har avlidit, 84 år gammal. Han somnade in i sitt hem i Gävle på lördagskvällen efter en tids sjukdom}}. Det {{q1:bekräftar}} {{m1:hans dotter Lisa Lindroth}} för TT.

Lindroth föddes i Sandviken 1941 och utbildade sig vid Scenskolan i Göteborg. Han slog igenom i tv-serien ”Hamnen” 1978 och gjorde senare den uppmärksammade huvudrollen i Ingrid Molanders film ”Sista sommaren i Backa”.

– {{c2:Gösta var den mest generösa skådespelare jag har mött. Han gav alltid sina motspelare det bästa ljuset och tog själv skuggan}}, {{q2:säger}} {{m2:regissören Ingrid Molander}}, som arbetade med honom i över trettio år.

– {{c3:Samtidigt kunde han vara fruktansvärt envis. Vi grälade om varenda replik, och han hade nästan alltid rätt}}.

Under fyra decennier var Lindroth knuten till Teater Vindö i Gävle, där han spelade allt från Shakespeare till nyskriven dramatik för barn. {{m4:Teatern}} {{q4:meddelar}} på sin webbplats att {{c4:ljuset i salongen släcks i en minut före söndagens föreställning för att hedra honom}}.

{{m5:Skådespelaren Hanna Ek}}, som spelade hans dotter i ”Hamnen”, {{q5:berättar}} att {{c5:Lindroth ringde henne varje år på premiärdagen för att önska lycka till}}.

– {{c6:Det gjorde han även i år, fast han var sjuk. Det säger allt om honom}}, {{q6:sa}} {{m6:hon}} till SVT.

”{{c7:Höra publiken andas}}”

Själv var Lindroth ovillig att tala om sin egen storhet. I en intervju med Svenska Dagbladet 2009 {{q8:sade}} {{m8:han}} att {{c8:han aldrig hade drömt om att bli filmskådespelare}}: ”{{c9:Jag ville bara stå på en scen och höra publiken andas}}.”

{{m10:Flera kollegor}} {{q10:skrev}} under söndagen på sociala medier att {{c10:de hade förlorat ”en vän och en lärare”}}.

{{m11:Familjen}} {{q11:meddelar}} att {{c11:begravningen sker i stillhet}} och {{q12:hoppas}} att {{c12:den som vill hedra Gösta Lindroths minne i stället skänker en gåva till barnteaterns verksamhet i Gävle}}.

Gösta Lindroth efterlämnar dottern Lisa och sonen Per.

Fakta: Gösta Lindroth
Född: 4 mars 1941 i Sandviken.
Död: 15 november 2025 i Gävle.
Känd för: tv-serien ”Hamnen” (1978–1983) och filmen ”Sista sommaren i Backa” (1994).
""",
  S(1, I, "Lisa Lindroth", via=("TT",)),
  S(2, D, "Ingrid Molander"),
  S(3, D, "Ingrid Molander"),
  S(4, I, "Teater Vindö", ORG),
  S(5, I, "Hanna Ek"),
  S(6, D, "Hanna Ek", via=("SVT",)),
  S(7, D, "Gösta Lindroth", opt=True),
  S(8, I, "Gösta Lindroth", via=("Svenska Dagbladet",)),
  S(9, D, "Gösta Lindroth", via=("Svenska Dagbladet",), q="q8", m="m8"),
  S(10, M, "flera kollegor", GRP),
  S(11, I, "familjen", GRP),
  S(12, I, "familjen", GRP, m="m11"),
)

A("bl2-storm-vilja", "invented; news site live coverage, storm warning", """
{{m1:SMHI}} {{q1:varnar}}: ”{{c1:Det här kan bli vinterns värsta storm}}”

Uppdaterad 14.20
Publicerad 06.45

Lyssna

Stormen Vilja väntas nå Norrlandskusten under tisdagskvällen. SMHI har utfärdat en röd varning för kusten mellan Sundsvall och Haparanda. Lågtrycket fördjupas mycket snabbt, en så kallad ”väderbomb”.

{{q2:Enligt}} {{m2:SMHI}} {{c2:kan vindbyarna nå 35 meter per sekund längs kusten och ännu mer i fjällen}}.

– {{c3:Det här kan bli vinterns värsta storm i norra Norrland. Vi ser en risk för omkullfallna träd, långvariga strömavbrott och stora störningar i trafiken}}, {{q3:säger}} {{m3:meteorologen Anna Kjellberg}}.

{{m4:Hon}} {{q4:tillägger}} att {{c4:det också kan komma upp till 40 centimeter snö i inlandet under natten}}.

Tåg ställs in

– {{c5:Vi har extra plogbilar och bärgare i beredskap, men man måste räkna med att vägar kan stängas med kort varsel}}, {{q5:säger}} {{m5:Trafikverkets presstalesperson Lars Öhman}}.

{{c6:Tågtrafiken på Botniabanan och Stambanan genom övre Norrland ställs in från klockan 18}}, {{q6:meddelar}} {{m6:Trafikverket}}.

{{m7:Elbolaget Bottenvikens Elnät}} {{q7:befarar}} att {{c7:tiotusentals kunder kan bli utan ström och att det kan ta flera dygn att laga alla ledningar}}.

”{{c8:Gå inte ut i onödan}}”

{{m9:Räddningstjänsten Skellefteå}} {{q9:uppmanar}} {{c9:allmänheten att ladda mobiltelefoner, ha ficklampor hemma och hålla sig borta från skogsområden}}.

– {{c10:Gå inte ut i onödan under natten. Ringer du 112 ska det vara för att liv eller egendom är i fara}}, {{q10:säger}} {{m10:räddningschefen Per Jonsson}}.

Hur förbereder du dig inför stormen? Berätta för oss!

Uppdatering 14.20: {{c11:Färjetrafiken mellan Umeå och Vasa ställs in under tisdagen och onsdagen}}, {{q11:uppger}} {{m11:rederiet}}.

Fakta: Så förbereder du dig
Ha vatten, mat och värme för minst en vecka hemma.
Ladda mobil och powerbank i förväg.
Håll dig uppdaterad via Sveriges Radio P4.
""",
  S(1, D, "SMHI", ORG),
  S(2, I, "SMHI", ORG),
  S(3, D, "Anna Kjellberg"),
  S(4, I, "Anna Kjellberg"),
  S(5, D, "Lars Öhman"),
  S(6, I, "Trafikverket", ORG),
  S(7, I, "Bottenvikens Elnät", ORG),
  S(8, D, "Per Jonsson", opt=True),
  S(9, I, "Räddningstjänsten Skellefteå", ORG, opt=True),
  S(10, D, "Per Jonsson"),
  S(11, I, "rederiet", ORG),
)


def main() -> int:
    return write_set(ARTICLES, Path(__file__).with_name("sv-blind2.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
