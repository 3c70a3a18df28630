#!/usr/bin/env python3
"""Build tests/data/sv-handwritten.jsonl: a held-out gold set of invented Swedish news articles.

Every article, person, organisation and event below is made up for this test set
(real country, party, agency and outlet names are used only as background). The
articles imitate the styles of several Swedish outlets (SVT, DN, Aftonbladet,
TT wire copy, local papers, 8 Sidor easy-read news), including their boilerplate.

Markup (offsets are computed by this script, never counted by hand):

    {{c1:...}}   content of statement 1
    {{q1:...}}   its cue
    {{m1:...}}   its speaker mention

Markup may nest (an interrupted quote contains its own cue and mention). Each
article has a table of statements ``S(n, kind, speaker, ...)``; statement n uses
the spans labelled c<n>, q<n> and m<n> when they exist (``q=``/``m=`` point a
statement at another statement's cue/mention, ``q=""`` forces none).

Annotation follows ../../../shared/guidelines.md: content without the opening
dash, the enclosing quotation marks, the trailing ", säger X", the final full
stop and a leading "att"; reported speech continues over the following
sentences of the same paragraph until a new cue; "Det säger X." points back;
the speaker is the fullest name the article gives; via is the relaying outlet.

usage: python3 tests/data/make_handwritten_gold.py   (writes sv-handwritten.jsonl beside it)
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

D, I, M = "direct", "indirect", "mixed"
PER, ORG, GRP, UNK = "person", "organization", "group", "unknown"


@dataclass
class S:
    n: int
    kind: str
    speaker: str | None
    stype: str = PER
    via: tuple = ()
    opt: bool = False
    q: str | None = None
    m: str | None = None


@dataclass
class Article:
    id: str
    source: str
    marked: str
    statements: list = field(default_factory=list)


ARTICLES: list[Article] = []


def A(id_, source, marked, *statements):
    ARTICLES.append(Article(id_, source, marked.strip("\n"), list(statements)))


TOKEN = re.compile(r"\{\{([cqm]\d+):|\}\}")


def parse(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    out: list[str] = []
    pos = 0  # length of plain text so far
    stack: list[tuple[str, int]] = []
    spans: dict[str, tuple[int, int]] = {}
    last = 0
    for mt in TOKEN.finditer(marked):
        chunk = marked[last:mt.start()]
        out.append(chunk)
        pos += len(chunk)
        last = mt.end()
        if mt.group(1):
            stack.append((mt.group(1), pos))
        else:
            if not stack:
                raise ValueError(f"unbalanced '}}}}' near {marked[max(0, mt.start() - 40):mt.start()]!r}")
            label, start = stack.pop()
            if label in spans:
                raise ValueError(f"label {label} used twice")
            spans[label] = (start, pos)
    out.append(marked[last:])
    if stack:
        raise ValueError(f"unclosed labels {stack}")
    text = "".join(out)
    if "{{" in text or "}}" in text:
        raise ValueError("stray markup in text")
    return text, spans


def build(art: Article) -> dict:
    text, spans = parse(art.marked)
    used: set[str] = set()
    statements = []
    for st in art.statements:
        c = f"c{st.n}"
        if c not in spans:
            raise ValueError(f"{art.id}: statement {st.n} has no content span")
        q = st.q if st.q is not None else (f"q{st.n}" if f"q{st.n}" in spans else "")
        m = st.m if st.m is not None else (f"m{st.n}" if f"m{st.n}" in spans else "")
        for lab in (c, q, m):
            if lab and lab not in spans:
                raise ValueError(f"{art.id}: unknown label {lab}")
            used.add(lab)
        cs, ce = spans[c]
        ctext = text[cs:ce]
        problems = []
        if ctext != ctext.strip():
            problems.append("whitespace at edge")
        if ctext[:1] in "–—-”\"»«,":
            problems.append("starts with dash/quote")
        if ctext[-1:] in ".,:;–" and not ctext.endswith("..."):
            problems.append("ends with punctuation")
        if ctext[-1:] in "”\"»«" and sum(ctext.count(ch) for ch in "”\"»«") % 2:
            problems.append("ends with an unmatched quotation mark")
        if re.match(r"(?i)att\s", ctext):
            problems.append("leading 'att'")
        if st.kind not in (D, I, M):
            problems.append(f"bad kind {st.kind}")
        if st.stype not in (PER, ORG, GRP, UNK):
            problems.append(f"bad type {st.stype}")
        if problems:
            raise ValueError(f"{art.id} statement {st.n} {ctext[:50]!r}: {', '.join(problems)}")
        rec = {"kind": st.kind, "content": [cs, ce], "content_text": ctext}
        if q:
            rec["cue"] = list(spans[q])
            rec["cue_text"] = text[spans[q][0]:spans[q][1]]
        else:
            rec["cue"] = None
        if m:
            rec["speaker_mention"] = list(spans[m])
            rec["speaker_mention_text"] = text[spans[m][0]:spans[m][1]]
        else:
            rec["speaker_mention"] = None
        rec.update(speaker=st.speaker, speaker_type=st.stype, via=list(st.via), optional=st.opt)
        statements.append(rec)
    unused = set(spans) - used
    if unused:
        raise ValueError(f"{art.id}: labels not used by any statement: {sorted(unused)}")
    statements.sort(key=lambda r: (r["content"][0], r["content"][1]))
    return {"id": art.id, "lang": "sv", "source": art.source, "text": text, "statements": statements}


def validate(rec: dict) -> None:
    text = rec["text"]
    for st in rec["statements"]:
        for key in ("content", "cue", "speaker_mention"):
            sp = st.get(key)
            if sp is None:
                continue
            a, b = sp
            assert 0 <= a < b <= len(text), (rec["id"], key, sp)
            assert text[a:b] == st[f"{key}_text"], (rec["id"], key, text[a:b], st[f"{key}_text"])
            assert text[a:b].strip() == text[a:b], (rec["id"], key, text[a:b])


# ---------------------------------------------------------------------------
# The articles
# ---------------------------------------------------------------------------

A("hw-svt-elstod", "handwritten, invented; SVT Nyheter style", """
Regeringen lovar elstöd till hushållen i söder

Uppdaterad 11.05
Publicerad 08.30

{{c1:Hushåll i elområde 3 och 4 ska få tillbaka en del av vinterns elkostnader}}. Det {{q1:meddelade}} {{m1:statsminister Eva Lind}} vid en pressträff i Rosenbad på tisdagen.

– {{c2:Vi kan inte låta familjer välja mellan att värma sina hem och att köpa mat}}, {{q2:säger}} {{m2:Eva Lind}}.

Stödet ska betalas ut automatiskt via elbolagen under februari. {{c3:Totalt beräknas det kosta omkring sex miljarder kronor}}, {{q3:enligt}} {{m3:Finansdepartementet}}.

”{{c4:För lite och för sent}}”

Socialdemokraternas partiledare Jonas Åkerlund är kritisk till hur stödet är utformat.

– {{c5:Det här är för lite och det kommer för sent, {{q5:säger}} {{m5:han}}, och det hjälper knappt dem som bor i norra Sverige där det är som kallast}}.

{{m6:Åkerlund}} {{q6:menar}} att {{c6:regeringen borde ha infört ett tak för elpriset redan i höstas. Ett sådant tak hade skyddat både hushåll och småföretag, och det hade gått att finansiera med elbolagens övervinster}}.

Eva Lind avvisar kritiken.

– {{c7:Ett pristak låter enkelt, men i praktiken betyder det att staten betalar elbolagens förluster med skattepengar. Det är inte ansvarsfullt}}, {{q7:säger}} {{m7:hon}}.

– {{c8:Vi följer utvecklingen vecka för vecka, och vi är beredda att göra mer om det behövs}}.

Sverigedemokraterna, som stöder regeringen i budgetfrågor, väntas rösta för förslaget. Partiet vill samtidigt sänka skatten på bensin och diesel.

Så arbetar vi

Vår rapportering ska vara saklig och opartisk. När uppgifter inte går att bekräfta säger vi det öppet. Här kan du läsa mer om våra publicistiska principer.

Elpriserna

Mer i ämnet
""",
  S(1, I, "Eva Lind"),
  S(2, D, "Eva Lind"),
  S(3, I, "Finansdepartementet", ORG),
  S(4, D, "Jonas Åkerlund", opt=True),
  S(5, D, "Jonas Åkerlund"),
  S(6, I, "Jonas Åkerlund"),
  S(7, D, "Eva Lind"),
  S(8, D, "Eva Lind"),
)

A("hw-tt-skottlossning", "handwritten, invented; TT wire style", """
Man gripen efter skottlossning i Norrköping

En man i 30-årsåldern har gripits misstänkt för försök till mord efter en skottlossning i centrala Norrköping natten till söndagen.

{{q1:Enligt}} {{m1:polisen}} {{c1:kom larmet strax efter klockan två, sedan flera personer hört smällar vid en parkering i Hageby}}.

{{c2:En man i 25-årsåldern hittades skadad på platsen och fördes med ambulans till Vrinnevisjukhuset}}, {{q2:enligt}} {{m2:polisen}}.

{{c3:Hans skador är allvarliga men inte livshotande}}, {{q3:uppger}} {{m3:Region Östergötland}}.

– {{c4:Vi har haft ett stort pådrag i området under natten och vi har hållit förhör med flera vittnen}}, {{q4:säger}} {{m4:polisens presstalesperson Mikael Strand}} till TT.

Strand vill inte gå in på vad som hände före skottlossningen. {{m5:Han}} {{q5:bekräftar}} dock att {{c5:både den gripne och den skadade mannen är kända av polisen sedan tidigare}}.

{{c6:Den gripne mannen nekar till brott}}, {{q6:uppger}} {{m6:hans försvarare Lina Sandberg}} för TT.

{{m7:Åklagaren Peter Holm}} {{q7:säger}} att {{c7:det är för tidigt att uttala sig om ett motiv}}.

– {{c8:Vi utesluter ingenting i det här skedet. Utredningen är i ett mycket tidigt läge}}, {{q8:säger}} {{m8:han}}.

ANNA BERG/TT

Fakta: Skjutvapenvåldet

Antalet skjutningar i landet har minskat tre år i rad.

Flest skjutningar sker i de tre storstadsregionerna.

Polisen räknar en händelse som en skjutning när det finns spår efter avlossade skott.
""",
  S(1, I, "polisen", ORG),
  S(2, I, "polisen", ORG),
  S(3, I, "Region Östergötland", ORG),
  S(4, D, "Mikael Strand", via=("TT",)),
  S(5, I, "Mikael Strand"),
  S(6, I, "Lina Sandberg", via=("TT",)),
  S(7, I, "Peter Holm"),
  S(8, D, "Peter Holm"),
)

A("hw-8sidor-simskola", "handwritten, invented; 8 Sidor easy-Swedish style", """
Fler barn ska lära sig simma

Lyssna

Många barn i Sverige kan inte simma. Nu ska fler skolor ge simlektioner.

Regeringen ger pengar till kommunerna. Pengarna ska användas till simskola för barn i årskurs tre. Kommunerna får själva bestämma hur simskolan ska gå till.

– {{c1:Alla barn ska kunna simma. Det kan rädda liv}}.

Det {{q1:säger}} {{m1:Karin Sjöberg}}. Hon är minister för skolfrågor.

{{c2:Förra sommaren drunknade tolv barn i Sverige}}. Det {{q2:visar}} {{m2:siffror från Svenska Livräddningssällskapet}}.

{{m3:Karin Sjöberg}} {{q3:säger}} att {{c3:simning är lika viktigt som att kunna läsa och skriva}}.

{{m4:Många föräldrar}} {{q4:säger}} att {{c4:de inte har tid att lära sina barn att simma. Badhusen har också långa köer till simskolan}}.

En del lärare är oroliga.

– {{c5:Vi har inte tillräckligt många simlärare. Och många skolor ligger långt från ett badhus}}, {{q5:säger}} {{m5:Omar Hassan}}.

Han är lärare på en skola i Örebro.

Kan du simma? Var lärde du dig? Berätta i kommentarerna.

8 SIDOR/TT

Dela på internet
""",
  S(1, D, "Karin Sjöberg"),
  S(2, I, "Svenska Livräddningssällskapet", ORG, opt=True),
  S(3, I, "Karin Sjöberg"),
  S(4, I, "många föräldrar", GRP),
  S(5, D, "Omar Hassan"),
)

A("hw-dn-film", "handwritten, invented; DN culture style", """
{{m1:Maja Ekdahl}}: ”{{c1:Jag ville visa tystnaden}}”

Hennes nya film ”Sista resan” handlar om en lokförare som kör tåg genom ett Norrland som håller på att tömmas på folk. Filmen visar hur små orter förändras när skolan, affären och till sist stationen stänger.

”{{c2:Jag ville visa tystnaden i de här byarna. Det är inte dramatiskt, men det är sorgligt}}”, {{q2:säger}} {{m2:Maja Ekdahl}} när DN träffar henne på ett kafé på Södermalm.

{{m3:Hon}} växte själv upp i en liten by i Västerbotten och har tidigare {{q3:sagt}} att {{c3:hon aldrig skulle göra en film om sin egen barndom}}.

Nu har hon gjort just det.

”{{c4:Allt i filmen är påhittat. Men varje scen har en verklig plats som förebild, och de som bor där kommer att känna igen sig.

”Jag var rädd att de skulle bli arga. Det blev tvärtom}}”, {{q4:berättar}} {{m4:hon}}.

Kritikerna har tagit emot filmen väl. {{m5:Svenska Dagbladets recensent}} {{q5:kallade}} den ”{{c5:en stilla triumf}}” efter premiären i Göteborg.

Filmen kommer mitt i en debatt om den så kallade ”glesbygdsromantiken” i svensk film, där storstadsbor anklagas för att skildra landsbygden som vacker men död.

Ekdahl själv tycker om att provocera lite.

– {{c6:Om någon tycker att filmen är romantisk har de inte sett slutet}}, {{q6:säger}} {{m6:hon}} och skrattar.

”Sista resan” har premiär på fredag.

Foto: Jonas Lindkvist
""",
  S(1, D, "Maja Ekdahl"),
  S(2, D, "Maja Ekdahl"),
  S(3, I, "Maja Ekdahl"),
  S(4, D, "Maja Ekdahl"),
  S(5, D, "Svenska Dagbladets recensent", PER, opt=True),
  S(6, D, "Maja Ekdahl"),
)

A("hw-lokal-lova-strom", "handwritten, invented; local/evening paper style", """
Lova Ström ställer in höstens turné

Sångerskan Lova Ström ställer in hela höstturnén efter att ha blivit sjukskriven för utmattning. {{c1:Beskedet kom till bandets medlemmar i ett mejl på söndagskvällen}}, {{q1:skriver}} {{m1:Aftonbladet}}.

Turnén skulle ha omfattat 22 spelningar, bland annat i Umeå, Karlstad och Malmö.

– {{c2:Jag har kört på i tio år utan att stanna. Nu säger kroppen ifrån, och jag måste lyssna på den}}, {{q2:säger}} {{m2:Lova Ström}} till Aftonbladet.

{{m3:Hon}} {{q3:berättar}} att {{c3:hon har haft svårt att sova sedan i våras och att hon flera gånger har glömt texterna på scenen}}.

»{{c4:Lova mår efter omständigheterna bra, men hon behöver vila. Vi ber fansen att respektera det}}«, {{q4:skriver}} {{m4:hennes manager Tobias Rehn}} i ett mejl till Kvällsposten.

{{c5:Biljetterna återbetalas automatiskt}}, {{q5:meddelar}} {{m5:arrangören Livekonsert}}.

Det är andra gången på två år som Lova Ström ställer in spelningar. Hösten 2022 tvingades hon avbryta en Europaturné efter en halsinfektion.

– {{c6:Jag vill tillbaka. Men inte förrän jag är hel}}, {{q6:säger}} {{m6:hon}} i intervjun med Aftonbladet.

Dela artikeln
""",
  S(1, I, "Aftonbladet", ORG),
  S(2, D, "Lova Ström", via=("Aftonbladet",)),
  S(3, I, "Lova Ström"),
  S(4, D, "Tobias Rehn", via=("Kvällsposten",)),
  S(5, I, "Livekonsert", ORG),
  S(6, D, "Lova Ström", via=("Aftonbladet",)),
)

A("hw-tt-danmark-grans", "handwritten, invented; TT foreign wire style (Ritzau, NTB, DPA)", """
Danmark skärper gränskontrollerna

Danmark inför tillfälliga kontroller vid gränsen mot Tyskland från och med måndag. {{c1:Beslutet är en följd av ett ökat antal smugglingsförsök under sommaren}}, {{q1:uppger}} {{m1:det danska justitieministeriet}} enligt Ritzau.

– {{c2:Vi ser organiserade nätverk som utnyttjar de öppna gränserna. Det kan vi inte acceptera}}, {{q2:säger}} {{m2:justitieminister Rasmus Holt}} till nyhetsbyrån Ritzau.

{{m3:Den danske ministern}} {{q3:betonar}} att {{c3:kontrollerna ska göras som stickprov och att vanliga pendlare inte ska märka någon större skillnad}}.

Tyskland är kritiskt. {{c4:Berlin fick ingen förvarning om beslutet}}, {{q4:uppger}} {{m4:källor på det tyska inrikesministeriet}} för nyhetsbyrån DPA.

Även i Norge följs beslutet noga. {{m5:Norges justitieminister Ingrid Vangen}} {{q5:säger}} till NTB att {{c5:Norge inte har några planer på liknande åtgärder}}.

– {{c6:Men vi utesluter ingenting om läget förändras}}, {{q6:säger}} {{m6:hon}}.

{{m7:Holt}} {{q7:lägger till}} att {{c7:Danmark kommer att utvärdera kontrollerna efter tre månader}}.

{{c8:Regeringen har inga planer på att införa egna kontroller mot Danmark}}, {{q8:skriver}} {{m8:Justitiedepartementet}} i en kommentar till TT.

ERIK SAND/TT
""",
  S(1, I, "danska justitieministeriet", ORG, via=("Ritzau",)),
  S(2, D, "Rasmus Holt", via=("Ritzau",)),
  S(3, I, "Rasmus Holt"),
  S(4, I, "källor på tyska inrikesministeriet", UNK, via=("DPA",)),
  S(5, I, "Ingrid Vangen", via=("NTB",)),
  S(6, D, "Ingrid Vangen"),
  S(7, I, "Rasmus Holt"),
  S(8, I, "Justitiedepartementet", ORG, via=("TT",)),
)

A("hw-svt-influensa", "handwritten, invented; SVT/TT health style", """
{{m1:Folkhälsomyndigheten}}: ”{{c1:Vaccinera er före jul}}”

Publicerad 07.45

Influensan har kommit tidigt i år. {{c2:Antalet bekräftade fall har fördubblats på två veckor}}, {{q2:uppger}} {{m2:Folkhälsomyndigheten}}.

I dag {{q3:meddelade}} {{m3:myndigheten}} att {{c3:alla över 65 år och personer i riskgrupper bör vaccinera sig så snart som möjligt}}.

– {{c4:Vi ser att sjukhusen redan börjar bli belastade. Varje vaccination minskar risken för att någon blir svårt sjuk}}, {{q4:säger}} {{m4:statsepidemiolog Helena Wiik}}.

Johan Ekström är generaldirektör för Folkhälsomyndigheten. {{m5:Han}} {{q5:hoppas}} att {{c5:fler ska ta vaccinet i år än förra säsongen}}.

{{m6:Myndighetens chef}} {{q6:befarar}} samtidigt att {{c6:många har tröttnat på att vaccinera sig efter pandemin}}.

{{m7:Forskarna bakom en ny studie från Karolinska institutet}} {{q7:tror}} att {{c7:viljan att vaccinera sig påverkas mer av vad vänner och släktingar gör än av myndigheternas kampanjer}}.

I studien har 2 000 personer svarat på frågor om vaccin. {{c8:Yngre personer är mer tveksamma än äldre}}, {{q8:visar}} {{m8:resultaten}}.

– {{c9:Det är inte konstigt. Unga blir sällan svårt sjuka av influensa och ser därför inte vitsen}}, {{q9:säger}} {{m9:Sara Lindgren}}, som är en av forskarna.

Foto: TT
""",
  S(1, D, "Folkhälsomyndigheten", ORG),
  S(2, I, "Folkhälsomyndigheten", ORG),
  S(3, I, "Folkhälsomyndigheten", ORG),
  S(4, D, "Helena Wiik"),
  S(5, I, "Johan Ekström"),
  S(6, I, "Johan Ekström"),
  S(7, I, "forskarna", GRP),
  S(8, I, "forskarna", GRP, opt=True),
  S(9, D, "Sara Lindgren"),
)

A("hw-ab-derby", "handwritten, invented; Aftonbladet sport style", """
Djurgården föll i derbyt – tränaren rasar mot domaren

Djurgården förlorade med 1–2 mot Hammarby i derbyt på lördagen, efter en omdiskuterad straff i slutminuterna. Drygt 11 000 åskådare såg matchen på en utsåld arena. Straffen dömdes sedan en Hammarbyspelare fallit i straffområdet efter en duell med en av Djurgårdens mittbackar.

– {{c1:Det där var aldrig en straff. Alla på arenan såg det utom domaren}}, {{q1:säger}} {{m1:tränaren Marcus Lindh}} efter matchen.

{{m2:Han}} {{q2:anser}} att {{c2:förbundet måste införa videogranskning även i damallsvenskan}}.

Lagkaptenen Emma Borg var nära tårarna efter slutsignalen.

– {{c3:Vad händer nu?}} {{q3:frågar}} {{m3:hon}}.

– {{c4:Vi har tappat fem poäng på två veckor på grund av domslut. Någon gång måste det ta stopp}}.

Hammarbys målskytt Nora Eklund hade en annan bild av situationen.

– {{c5:Det var solklart!}} {{q5:säger}} {{m5:Nora Eklund}}.

{{m6:Hammarbys tränare Lisa Fors}} {{q6:säger}} till C More att {{c6:hon förstår Djurgårdens frustration, men att domaren hade en bra vinkel}}.

Djurgården möter Häcken på onsdag. {{m7:Djurgårdstränaren}} {{q7:hoppas}} att {{c7:laget snabbt kan lägga derbyt bakom sig}}.

Vem vinner serien? Rösta här!
""",
  S(1, D, "Marcus Lindh"),
  S(2, I, "Marcus Lindh"),
  S(3, D, "Emma Borg"),
  S(4, D, "Emma Borg"),
  S(5, D, "Nora Eklund"),
  S(6, I, "Lisa Fors", via=("C More",)),
  S(7, I, "Marcus Lindh"),
)

A("hw-lokal-hyror", "handwritten, invented; local paper (Skåne) style", """
Hyresgäster protesterar mot höjning på nio procent

Bostadsbolaget Stadshem i Kristianstad höjer hyrorna med nio procent från den 1 april. {{c1:Höjningen beror främst på ökade kostnader för el, värme och räntor}}, {{q1:skriver}} {{m1:bolaget}} i ett brev till hyresgästerna.

Beskedet har väckt ilska i området Gamlegården, där {{m2:flera boende}} {{q2:berättar}} att {{c2:de redan i dag har svårt att få pengarna att räcka till mat}}.

– {{c3:Jag är pensionär och har 11 000 kronor i månaden efter skatt. Vad ska jag ta bort nästa gång?}} {{q3:säger}} {{m3:Birgitta Nyman}}, 78, som har bott i huset sedan 1974.

{{m4:Hyresgästföreningen}} {{q4:kritiserar}} att {{c4:bolaget inte har förhandlat om höjningen utan bara meddelat den}}.

– {{c5:Det är inte så det ska gå till. Vi har ett förhandlingssystem i Sverige av goda skäl}}, {{q5:säger}} {{m5:föreningens ordförande i Skåne, Ahmed Yusuf}}.

{{m6:Stadshems vd Karin Åberg}} {{q6:slår fast}} att {{c6:bolaget har följt hyreslagen}}. {{m7:Hon}} {{q7:lägger till}} att {{c7:höjningen hade blivit ännu större om bolaget inte hade skjutit upp en del underhåll}}.

Frågan ska tas upp på kommunfullmäktiges möte i mars.

Har du tips? Mejla redaktionen.
""",
  S(1, I, "Stadshem", ORG),
  S(2, I, "flera boende", GRP),
  S(3, D, "Birgitta Nyman"),
  S(4, I, "Hyresgästföreningen", ORG),
  S(5, D, "Ahmed Yusuf"),
  S(6, I, "Karin Åberg"),
  S(7, I, "Karin Åberg"),
)

A("hw-tt-volvo-varsel", "handwritten, invented; TT business wire style", """
Volvo Cars varslar 1 200 i Torslanda

{{c1:Volvo Cars varslar 1 200 anställda i Sverige, de flesta vid fabriken i Torslanda}}. Det {{q1:uppger}} {{m1:företaget}} i ett pressmeddelande på torsdagsmorgonen.

{{c2:Bakgrunden är en svagare efterfrågan på elbilar i Europa och höga kostnader för komponenter}}, {{q2:enligt}} {{m2:bolaget}}.

– {{c3:Det här är ett tungt besked, men det är nödvändigt för att vi ska stå starka på lång sikt}}, {{q3:säger}} {{m3:Volvo Cars vd Anna Grahn}} på en presskonferens.

{{m4:Hon}} {{q4:varnar}} för att {{c4:fler neddragningar kan bli aktuella om marknaden inte vänder under nästa år}}.

{{m5:Fackförbundet IF Metall}} {{q5:kallar}} varslet ”{{c5:ett hårt slag}}” mot regionen.

– {{c6:Många av de här människorna har jobbat på Volvo i över tjugo år. Nu måste samhället ställa upp för dem}}, {{q6:säger}} {{m6:klubbordförande Stefan Ek}}.

{{m7:Han}} {{q7:menar}} att {{c7:företaget borde ha satsat mer på omställning i stället för att dela ut pengar till ägarna}}.

{{m8:Näringsminister Sofia Dahl}} {{q8:säger}} till Göteborgs-Posten att {{c8:regeringen följer situationen noga}}.

Varslet gäller både tjänstemän och kollektivanställda. Förhandlingarna med facken inleds i nästa vecka.

TT
""",
  S(1, I, "Volvo Cars", ORG),
  S(2, I, "Volvo Cars", ORG),
  S(3, D, "Anna Grahn"),
  S(4, I, "Anna Grahn"),
  S(5, D, "IF Metall", ORG, opt=True),
  S(6, D, "Stefan Ek"),
  S(7, I, "Stefan Ek"),
  S(8, I, "Sofia Dahl", via=("Göteborgs-Posten",)),
)

A("hw-lokal-skolbygge", "handwritten, invented; local paper (Västernorrland) style; two people named Andersson", """
Nya skolan i Härnösand försenas igen

Bygget av den nya högstadieskolan i Härnösand blir minst ett år försenat. {{c1:Kostnaden har samtidigt ökat från 310 till 420 miljoner kronor}}, {{q1:enligt}} {{m1:en rapport från kommunens revisorer}}.

– {{c2:Det är naturligtvis inte bra. Men vi ska bygga en skola som håller i femtio år, inte i tio}}, {{q2:säger}} {{m2:kommunstyrelsens ordförande Per Andersson (M)}}.

{{m3:Han}} {{q3:tror}} att {{c3:skolan kan stå klar till höstterminen 2027}}.

Oppositionsrådet Lena Andersson (S) är inte förvånad.

– {{c4:Vi varnade för det här redan när avtalet skrevs. Majoriteten valde att inte lyssna}}, {{q4:säger}} {{m4:hon}}.

{{m5:Lena Andersson}} {{q5:kräver}} att {{c5:kommunen gör en oberoende granskning av hela projektet}}.

Per Andersson håller inte med.

– {{c6:Revisorerna har redan gått igenom projektet. En ny granskning kostar bara mer pengar}}, {{q6:säger}} {{m6:han}}.

{{m7:Rektor Maria Sundin}} på Brännaskolan, där eleverna går i dag, {{q7:säger}} att {{c7:lokalerna är i så dåligt skick att vissa klassrum inte längre kan användas}}.

– {{c8:Vi har haft vattenläckor två gånger i år. Eleverna förtjänar bättre}}, {{q8:säger}} {{m8:Sundin}}.

Vad tycker du? Ska kommunen fortsätta bygga? Svara i vår enkät.
""",
  S(1, I, "kommunens revisorer", ORG),
  S(2, D, "Per Andersson"),
  S(3, I, "Per Andersson"),
  S(4, D, "Lena Andersson"),
  S(5, I, "Lena Andersson"),
  S(6, D, "Per Andersson"),
  S(7, I, "Maria Sundin"),
  S(8, D, "Maria Sundin"),
)

A("hw-8sidor-ostersjon", "handwritten, invented; 8 Sidor easy-Swedish style", """
Havet blir varmare

Lyssna

Vattnet i Östersjön blir allt varmare. Det är dåligt för fiskar och växter i havet.

{{c1:Vattnet är i dag ungefär två grader varmare än för 40 år sedan}}. Det {{q1:säger}} {{m1:forskare}} på Stockholms universitet.

{{m2:Forskarna}} {{q2:tror}} att {{c2:det blir ännu varmare i framtiden. Då kan vissa fiskar få svårt att leva i Östersjön}}.

Torsken mår redan dåligt. Det finns färre torskar nu än förr.

Östersjön är ett innanhav. Vattnet byts ut långsamt. Därför blir det lätt varmt på sommaren. Det gäller särskilt nära kusten, där vattnet är grunt.

– {{c3:Torsken behöver kallt vatten med mycket syre. Det blir det mindre av}}.

Det {{q3:säger}} {{m3:Elin Åström}}. Hon forskar om fiskar.

{{m4:Hon}} {{q4:tycker}} att {{c4:politikerna måste göra mer för att minska utsläppen}}.

Många fiskare är också oroliga. {{m5:De}} {{q5:säger}} att {{c5:de får mindre fisk för varje år}}.

Badar du i havet på sommaren?

8 SIDOR/TT

Dela på internet
""",
  S(1, I, "forskarna", GRP),
  S(2, I, "forskarna", GRP),
  S(3, D, "Elin Åström"),
  S(4, I, "Elin Åström"),
  S(5, I, "många fiskare", GRP),
)

A("hw-neg-valguide", "handwritten, invented; explainer with no attributed statements", """
Valguiden: Det här vill partierna göra med skatten

Lyssna

Dela

Inför valet i september har skatterna blivit en av de största frågorna. Här är en genomgång av vad partierna har med i sina program.

Moderaterna vill sänka skatten på arbete för alla som tjänar under 40 000 kronor i månaden. Partiet vill också ta bort den så kallade ”flygskatten” helt.

Vänsterpartiet vill i stället höja skatten för dem med de högsta inkomsterna och använda pengarna till välfärden.

Centerpartiet planerar att sänka arbetsgivaravgiften för småföretag med färre än tio anställda.

Hur mycket påverkas din plånbok? Det beror på var du bor och hur mycket du tjänar. I räknesnurran nedan kan du själv se hur de olika förslagen slår.

Vem ska du rösta på? Gör vårt valkompasstest och se vilket parti som tycker mest som du.

Så arbetar vi

Uppgifterna i guiden bygger på partiernas valmanifest och budgetmotioner. Alla partier har fått läsa sina avsnitt innan publicering. Läs mer om hur vi bevakar valet.

Foto: Henrik Lund/TT
""",
)

A("hw-tt-mobilforbud", "handwritten, invented; TT politics style", """
Skolministern vill förbjuda mobiler – lärarna tveksamma

{{m1:Skolminister Henrik Wall}} {{q1:föreslår}} att {{c1:mobiltelefoner ska förbjudas under hela skoldagen i grundskolan, även på raster}}.

{{m2:Han}} {{q2:anser}} att {{c2:mobilerna stör både undervisningen och elevernas sociala liv}}. {{m3:Ministern}} {{q3:säger}} att {{c3:dagens regler är ”ett lapptäcke som ingen förstår sig på”}}.

Lärarnas Riksförbund är positivt till förslaget men tveksamt till hur förbudet ska kontrolleras.

– {{c4:Vi vill inte att lärare ska behöva agera vakter i korridorerna}}, {{q4:säger}} {{m4:förbundets ordförande Annika Holmgren}} till DN.

{{m5:Elevorganisationen}} {{q5:kritiserar}} att {{c5:eleverna inte har fått säga sitt innan förslaget presenterades}}.

{{m6:Organisationens ordförande Leo Berg}} {{q6:skriver}} i ett uttalande: ”{{c6:Vi är de som berörs mest, och ingen har frågat oss}}.”

{{m7:Forskaren Anna Kling}}, som har studerat mobilförbud i Norge, {{q7:tror}} att {{c7:effekterna blir små}}. {{m8:Hon}} {{q8:påpekar}} att {{c8:de flesta svenska skolor redan i dag samlar in telefonerna på morgonen}}.

{{c9:Förslaget väntas möta motstånd från Liberalerna}}, {{q9:uppger}} {{m9:källor i regeringskansliet}} för Ekot.

TT
""",
  S(1, I, "Henrik Wall"),
  S(2, I, "Henrik Wall"),
  S(3, M, "Henrik Wall"),
  S(4, D, "Annika Holmgren", via=("DN",)),
  S(5, I, "Elevorganisationen", ORG),
  S(6, D, "Leo Berg"),
  S(7, I, "Anna Kling"),
  S(8, I, "Anna Kling"),
  S(9, I, "källor i regeringskansliet", UNK, via=("Ekot",)),
)

A("hw-svt-storm", "handwritten, invented; SVT regional weather style", """
SMHI varnar för storm längs Norrlandskusten

Lyssna

{{m1:SMHI}} {{q1:varnar}} för att {{c1:det kan blåsa upp till 30 meter per sekund i byarna längs Norrlandskusten under natten till fredag}}.

Myndigheten har utfärdat en orange varning för Västernorrland och Gävleborg. En orange varning betyder att vädret kan få stora konsekvenser för samhället. Senast en sådan varning gällde kusten var i december för två år sedan.

– {{c2:Det här är en storm som kan orsaka stora skador. Träd kan falla över vägar och kraftledningar}}, {{q2:säger}} {{m2:meteorologen Linnea Falk}} till SVT.

{{c3:Färjetrafiken mellan Umeå och Vasa ställs in under fredagen}}, {{q3:meddelar}} {{m3:rederiet Kvarkenlinjen}}.

{{q4:Enligt}} {{m4:Trafikverket}} {{c4:kan flera tåg mellan Sundsvall och Härnösand bli inställda}}. {{m5:Myndigheten}} {{q5:uppmanar}} resenärer att {{c5:se över sina resor redan i kväll}}.

– {{c6:Stanna hemma om ni inte måste ut!}} {{q6:säger}} {{m6:räddningschefen i Sundsvall, Ola Mattsson}}.

– {{c7:Vi har extra personal i beredskap hela natten, men vi kan inte vara överallt samtidigt}}.

{{c8:Omkring 4 000 kunder i Medelpad saknade ström vid midnatt}}, {{q8:skriver}} {{m8:Sundsvalls Tidning}}.

Följ stormen i vår direktrapportering.

Dela
""",
  S(1, I, "SMHI", ORG),
  S(2, D, "Linnea Falk", via=("SVT",)),
  S(3, I, "Kvarkenlinjen", ORG),
  S(4, I, "Trafikverket", ORG),
  S(5, I, "Trafikverket", ORG, opt=True),
  S(6, D, "Ola Mattsson"),
  S(7, D, "Ola Mattsson"),
  S(8, I, "Sundsvalls Tidning", ORG),
)

A("hw-tt-bedrageridom", "handwritten, invented; TT court reporting style", """
Tidigare kommunpolitiker döms för bedrägeri

{{c1:En före detta kommunpolitiker i Ludvika döms till fängelse i ett år och sex månader för grovt bedrägeri}}. Det {{q1:meddelade}} {{m1:Falu tingsrätt}} på onsdagen.

{{m2:Tingsrätten}} {{q2:skriver}} i domen att {{c2:mannen under fyra års tid använde kommunens kort för privata inköp för sammanlagt 640 000 kronor}}.

{{m3:Mannen}} har under rättegången {{q3:hävdat}} att {{c3:inköpen var godkända av hans dåvarande chef}}. {{m4:Domstolen}} {{q4:anser}} dock att {{c4:det saknas stöd för den förklaringen}}.

– {{c5:Domen visar att ingen står över lagen, oavsett vilken position man har}}, {{q5:säger}} {{m5:kammaråklagare Sara Nyström}} till TT.

{{m6:Mannens advokat Karl Bergman}} {{q6:uppger}} för Dalarnas Tidningar att {{c6:domen kommer att överklagas}}.

– {{c7:Min klient är besviken. Vi anser att tingsrätten har gjort en felaktig bevisvärdering}}, {{q7:säger}} {{m7:Bergman}}.

Mannen har suttit i kommunfullmäktige i tolv år. Han var under en period ordförande i kommunens tekniska nämnd och hade då tillgång till ett kontokort för representation. Han lämnade sina uppdrag när misstankarna blev kända förra våren.

TT
""",
  S(1, I, "Falu tingsrätt", ORG),
  S(2, I, "Falu tingsrätt", ORG),
  S(3, I, "mannen", PER),
  S(4, I, "Falu tingsrätt", ORG),
  S(5, D, "Sara Nyström", via=("TT",)),
  S(6, I, "Karl Bergman", via=("Dalarnas Tidningar",)),
  S(7, D, "Karl Bergman"),
)

A("hw-augustpris", "handwritten, invented; culture page with »…« quotes", """
{{m1:Prisad författare}}: »{{c1:Jag skrev för att överleva}}«

Årets Augustpris i den skönlitterära klassen går till Hanna Vinter för romanen »Glasfåglar«.

{{m2:Hanna Vinter}} {{q2:säger}}: »{{c2:Jag skrev den här boken under det värsta året i mitt liv. Varje morgon satte jag mig vid köksbordet och skrev en sida, bara en sida}}.«

Hon berättar om sin uppväxt i en arbetarfamilj i Borås i romanen, som hittills har sålt i över 40 000 exemplar.

»{{c3:Jag hade aldrig trott att någon skulle vilja läsa om min mamma}}«, {{q3:säger}} {{m3:hon}} och skrattar.

{{m4:Juryns}} motivering {{q4:lyder}}: »{{c4:En roman som med värme och precision skildrar klass, skam och kärlek}}.«

{{m5:Förlagets vd Martin Ek}} {{q5:konstaterar}} att {{c5:priset brukar fördubbla försäljningen av en bok}}.

Prisceremonin sändes i SVT. Galan hölls i Konserthuset i Stockholm och leddes av två skådespelare som turades om att läsa ur de nominerade böckerna. {{m6:Vinter}} {{q6:tackade}} sin förläggare, sin dotter och »{{c6:alla som läser i smyg på bussen}}«.

Foto: Karin Ström
""",
  S(1, D, "Hanna Vinter"),
  S(2, D, "Hanna Vinter"),
  S(3, D, "Hanna Vinter"),
  S(4, D, "juryn", GRP, opt=True),
  S(5, I, "Martin Ek"),
  S(6, D, "Hanna Vinter", opt=True),
)

A("hw-tt-eu-ai", "handwritten, invented; TT foreign wire style (AFP, Reuters)", """
EU enas om nya regler för AI

EU:s medlemsländer och Europaparlamentet har nått en överenskommelse om nya regler för artificiell intelligens. {{c1:Förhandlingarna pågick i över 30 timmar}}, {{q1:uppger}} {{m1:nyhetsbyrån AFP}}.

– {{c2:Det här är en historisk dag. Europa blir först i världen med en samlad lag för AI}}, {{q2:säger}} {{m2:EU-kommissionär Lucia Moretti}} enligt AFP.

{{m3:Den italienska kommissionären}} {{q3:understryker}} att {{c3:reglerna ska skydda medborgarna utan att stoppa innovation}}.

Flera techföretag är kritiska. {{c4:Reglerna riskerar att driva utvecklingen av AI bort från Europa}}, {{q4:skriver}} {{m4:branschorganisationen Digital Europe Forum}} i ett uttalande.

{{q5:Enligt}} {{m5:källor}} som nyhetsbyrån Reuters har talat med {{c5:var Frankrike och Tyskland de sista länderna att ge upp sitt motstånd}}.

Sveriges digitaliseringsminister Erik Palm välkomnar uppgörelsen.

– {{c6:Det är bra att vi nu får gemensamma regler i hela EU}}, {{q6:säger}} {{m6:han}} till TT.

Reglerna börjar gälla stegvis under de kommande två åren. Företag som bryter mot dem kan få böter på upp till sju procent av sin globala omsättning. Ett nytt AI-kontor inom kommissionen ska övervaka att reglerna följs.

TT
""",
  S(1, I, "AFP", ORG),
  S(2, D, "Lucia Moretti", via=("AFP",)),
  S(3, I, "Lucia Moretti"),
  S(4, I, "Digital Europe Forum", ORG),
  S(5, I, "källor", UNK, via=("Reuters",)),
  S(6, D, "Erik Palm", via=("TT",)),
)

A("hw-lokal-vaderstation", "handwritten, invented; local paper (Norran-like) feature", """
Eleverna byggde en egen väderstation

Klass 6B på Tallbackaskolan i Skellefteå har byggt en väderstation på skolgården.

– {{c1:Vi mäter temperatur, vind och regn varje dag. Sedan lägger vi in allt i ett kalkylark och gör diagram}}.

Så {{q1:berättar}} {{m1:Ella Nilsson}}, 12 år, när Norran besöker skolan en blåsig tisdag.

Idén kom från läraren Jonas Björk, som tidigare arbetade som meteorolog. {{m2:Han}} {{q2:berättar}} att {{c2:eleverna först var skeptiska, men att de snabbt blev engagerade när de förstod att mätvärdena var deras egna}}.

– {{c3:Förra veckan upptäckte de att termometern satt i solen. Då fick de själva lista ut varför siffrorna blev så konstiga}}, {{q3:säger}} {{m3:Jonas Björk}}.

Eleverna visar stolt upp sina diagram. Ett av dem visar hur temperaturen föll med tolv grader på en enda natt i januari.

{{m4:Rektorn Hanna Lindqvist}} {{q4:hoppas}} att {{c4:fler klasser ska kunna använda stationen nästa läsår}}.

Ella Nilsson tycker om matte, men väder är roligare.

– {{c5:Man vet aldrig riktigt vad som händer i morgon}}, {{q5:säger}} {{m5:hon}}.

Text och foto: Maria Wikström
""",
  S(1, D, "Ella Nilsson"),
  S(2, I, "Jonas Björk"),
  S(3, D, "Jonas Björk"),
  S(4, I, "Hanna Lindqvist"),
  S(5, D, "Ella Nilsson"),
)

A("hw-svt-akut-ystad", "handwritten, invented; SVT regional (Skåne) style", """
Akuten i Ystad stänger nattetid i sommar

{{c1:Akutmottagningen på Ystads lasarett håller stängt nattetid från den 15 juni till den 31 augusti}}. Det {{q1:meddelade}} {{m1:Region Skåne}} på måndagen.

{{c2:Orsaken är brist på sjuksköterskor och läkare}}, {{q2:enligt}} {{m2:regionen}}.

– {{c3:Vi har gjort allt vi kan för att hitta personal. Det här är ett beslut som ingen av oss ville fatta}}, {{q3:säger}} {{m3:regionens hälso- och sjukvårdsdirektör Thomas Ahl}}.

Vårdförbundet kritiserar regionen hårt. {{m4:Förbundet}} {{q4:menar}} att {{c4:problemet är självförvållat}}.

– {{c5:I flera år har vi sagt att lönerna är för låga och arbetsbelastningen för hög. Ingen har lyssnat}}, {{q5:säger}} {{m5:Vårdförbundets ordförande i Skåne, Petra Lund}}.

{{m6:Lund}} {{q6:tror}} att {{c6:fler mottagningar kommer att stänga om inte lönerna höjs}}.

Boende i Ystad är oroliga. {{m7:Flera}} som SVT har talat med {{q7:säger}} att {{c7:de inte vet vart de ska vända sig om något händer på natten}}.

{{m8:Thomas Ahl}} {{q8:slår fast}} att {{c8:ingen patient ska behöva bli utan vård. Ambulanserna kommer att köra direkt till Malmö eller Kristianstad}}.

Så arbetar vi

SVT:s regionala nyheter granskar makthavare i hela Skåne. Vi strävar efter att alla parter ska komma till tals. Har du tips? Kontakta redaktionen.
""",
  S(1, I, "Region Skåne", ORG),
  S(2, I, "Region Skåne", ORG),
  S(3, D, "Thomas Ahl"),
  S(4, I, "Vårdförbundet", ORG),
  S(5, D, "Petra Lund"),
  S(6, I, "Petra Lund"),
  S(7, I, "flera boende i Ystad", GRP),
  S(8, I, "Thomas Ahl"),
)

A("hw-8sidor-varg", "handwritten, invented; 8 Sidor easy-Swedish style", """
Bråk om vargar i Värmland

Lyssna

Det finns många vargar i Värmland. Nu vill länsstyrelsen att jägare ska få skjuta 20 vargar i vinter.

{{m1:Många jägare}} {{q1:tycker}} att {{c1:det är bra}}. {{m2:De}} {{q2:säger}} att {{c2:vargarna dödar deras hundar och får}}.

– {{c3:Jag vågar inte släppa min hund i skogen längre}}, {{q3:säger}} {{m3:Kent Larsson}}. Han är jägare och bor utanför Torsby.

{{m4:Naturskyddsföreningen}} {{q4:tycker}} att {{c4:det är fel att skjuta så många vargar}}. {{m5:Föreningen}} {{q5:säger}} att {{c5:vargen är ett hotat djur i Sverige}}.

– {{c6:Det finns för få vargar för att vargstammen ska vara frisk}}.

Det {{q6:säger}} {{m6:Lisa Frid}} som jobbar på Naturskyddsföreningen.

Nu ska en domstol bestämma om jakten får bli av.

I Sverige finns ungefär 400 vargar. De flesta bor i Värmland, Dalarna och Örebro län. Varje vinter räknar länsstyrelserna hur många vargar det finns.

Vad tycker du om vargar?

8 SIDOR/TT

Dela på internet
""",
  S(1, I, "många jägare", GRP),
  S(2, I, "många jägare", GRP),
  S(3, D, "Kent Larsson"),
  S(4, I, "Naturskyddsföreningen", ORG),
  S(5, I, "Naturskyddsföreningen", ORG),
  S(6, D, "Lisa Frid"),
)

A("hw-tt-budget", "handwritten, invented; TT politics/economy style", """
Regeringen vill sänka skatten för pensionärer

{{m1:Regeringen}} {{q1:föreslår}} att {{c1:skatten för pensionärer sänks med i genomsnitt 300 kronor i månaden nästa år}}. Det framgår av budgetpropositionen som presenterades på onsdagen.

– {{c2:Pensionärerna har halkat efter under flera år. Nu rättar vi till det}}, {{q2:säger}} {{m2:finansminister Mats Hedin}} på en pressträff.

{{m3:Finansministern}} {{q3:medger}} att {{c3:statsfinanserna är ansträngda}}, men {{q4:menar}} att {{c4:det finns utrymme för reformer som riktar sig till dem med lägst inkomster}}.

Liberalerna, som ingår i regeringen, vill också sänka skatten på sparande. Partiet vill dessutom höja taket för rutavdraget.

Oppositionen är kritisk.

– {{c5:Det här är valfläsk, helt enkelt. Samtidigt varslas personal i äldreomsorgen runt om i landet}}, {{q5:säger}} {{m5:Vänsterpartiets ekonomisk-politiska talesperson Nadia Karimi}}.

{{m6:Hon}} {{q6:anser}} att {{c6:pengarna hade gjort större nytta i kommunernas äldreomsorg}}.

{{m7:Flera nationalekonomer}} {{q7:varnar}} för att {{c7:skattesänkningar i nuläget kan driva på inflationen}}.

{{c8:Riksbanken ser inga skäl att ändra sin bedömning på grund av budgeten}}, {{q8:uppger}} {{m8:en talesperson för Riksbanken}} för TT.

TT
""",
  S(1, I, "regeringen", ORG),
  S(2, D, "Mats Hedin"),
  S(3, I, "Mats Hedin"),
  S(4, I, "Mats Hedin", m="m3"),
  S(5, D, "Nadia Karimi"),
  S(6, I, "Nadia Karimi"),
  S(7, I, "flera nationalekonomer", GRP),
  S(8, I, "Riksbanken", ORG, via=("TT",)),
)

A("hw-lokal-villabrand", "handwritten, invented; local paper (Skåne) news style", """
Villa totalförstördes i brand – familjen klarade sig

En villa i Bjärred totalförstördes i en brand under natten till lördagen. Familjen på fyra personer tog sig ut av egen kraft.

{{c1:Larmet kom strax före klockan fyra och när räddningstjänsten kom fram stod huset i full brand}}, {{q1:uppger}} {{m1:räddningsledaren Johan Krantz}}.

– {{c2:Vi kunde inte göra något för att rädda huset. Vårt fokus blev att hindra branden från att sprida sig till grannarna}}, {{q2:säger}} {{m2:han}}.

– {{c3:Det var helt svart av rök. Jag såg lågorna genom köksfönstret och ringde 112}}, {{q3:säger}} {{m3:Ingrid Holm}} som bor i huset intill.

{{m4:Hon}} {{q4:berättar}} att {{c4:familjens pappa sprang runt i trädgården och ropade efter katten}}.

{{m5:Flera grannar}} {{q5:säger}} att {{c5:de vaknade av en smäll strax innan branden bröt ut}}.

{{q6:Enligt}} {{m6:polisen}} {{c6:finns det i nuläget inget som tyder på brott}}. En brandtekniker ska undersöka huset under måndagen.

Familjen bor tills vidare hos släktingar. En insamling har startats på sociala medier.

Text: Ida Svensson
Foto: Läsarbild
""",
  S(1, I, "Johan Krantz"),
  S(2, D, "Johan Krantz"),
  S(3, D, "Ingrid Holm"),
  S(4, I, "Ingrid Holm"),
  S(5, I, "flera grannar", GRP),
  S(6, I, "polisen", ORG),
)

A("hw-ex-hockeyfinal", "handwritten, invented; evening paper sport style", """
Frölunda klart för final efter dramatisk förlängning

Frölunda vann den sjätte semifinalen mot Skellefteå med 3–2 efter förlängning och är klart för SM-final.

– {{c1:Jag har inga ord. Killarna har kämpat hela säsongen för det här}}, {{q1:säger}} {{m1:tränaren Niklas Öberg}} till C More.

Matchhjälte blev backen Viktor Sand, som avgjorde med ett skott från blålinjen. Skottet gick via en skridsko och in i det högra krysset, och målvakten hann aldrig reagera. Sand har bara gjort två mål tidigare under säsongen.

– {{c2:Jag såg inte ens pucken gå in. Jag hörde bara publiken}}, {{q2:säger}} {{m2:Viktor Sand}}.

{{m3:Tränaren}} {{q3:säger}} att {{c3:segern var lagets bästa insats på flera år}}.

I Skellefteå var besvikelsen stor. {{m4:Lagkaptenen Oskar Lind}} {{q4:sa}} till Expressen att {{c4:laget hade sig självt att skylla}}.

– {{c5:Vi var bättre i två perioder, men det räcker inte i ett slutspel}}.

Finalserien startar på lördag. Frölunda möter vinnaren av mötet mellan Luleå och Färjestad.

Frölunda har vunnit SM-guld fem gånger tidigare. Senast laget stod som mästare var för tre år sedan, då finalen avgjordes i en sjunde match.
""",
  S(1, D, "Niklas Öberg", via=("C More",)),
  S(2, D, "Viktor Sand"),
  S(3, I, "Niklas Öberg"),
  S(4, I, "Oskar Lind", via=("Expressen",)),
  S(5, D, "Oskar Lind"),
)

A("hw-tt-riksbanken", "handwritten, invented; TT economy style", """
Riksbanken lämnar räntan oförändrad

Beslutet var väntat. Nästan alla bedömare hade räknat med att räntan skulle ligga kvar, efter tre sänkningar i rad under hösten och vintern.

{{c1:Styrräntan ligger kvar på 2,25 procent}}. Det {{q1:meddelade}} {{m1:Riksbanken}} på torsdagen.

{{q2:Enligt}} {{m2:Riksbankens}} bedömning {{c2:har inflationen nu stabiliserats nära målet på två procent}}.

– {{c3:Vi ser att inflationen har kommit ner, men osäkerheten i omvärlden är fortsatt stor}}, {{q3:säger}} {{m3:riksbankschef Anders Vik}} på en presskonferens.

{{m4:Riksbankschefen}} {{q4:utesluter}} inte att {{c4:räntan kan sänkas igen i höst}}.

{{c5:Kronan har stärkts mot euron under våren, vilket dämpar priserna på importerade varor}}. Det {{q5:skriver}} {{m5:Riksbanken}} i sitt penningpolitiska beslut.

”{{c6:Försiktigt optimistisk}}”

– {{c7:Jag är försiktigt optimistisk inför resten av året}}, {{q7:sade}} {{m7:Anders Vik}} när han fick frågan om risken för en lågkonjunktur.

{{c8:Räntan kommer att sänkas ytterligare två gånger i år}}, {{q8:tror}} {{m8:Sparbanken Nords chefsekonom Maria Holm}}. {{m9:Hon}} {{q9:säger}} till TT att {{c9:hushållen kan räkna med lägre boräntor till sommaren}}.

TT
""",
  S(1, I, "Riksbanken", ORG),
  S(2, I, "Riksbanken", ORG),
  S(3, D, "Anders Vik"),
  S(4, I, "Anders Vik"),
  S(5, I, "Riksbanken", ORG),
  S(6, D, "Anders Vik", opt=True),
  S(7, D, "Anders Vik"),
  S(8, I, "Maria Holm"),
  S(9, I, "Maria Holm", via=("TT",)),
)

A("hw-lokal-bageri", "handwritten, invented; local paper (Blekinge) feature; father and daughter share a surname", """
Bageriet i Ronneby fyller 100 år

– {{c1:Min farfar startade det här med en vedugn och en cykel. Han cyklade ut bröd till hela stan varje morgon}}.

Det {{q1:säger}} {{m1:Göran Bengtsson}} som är tredje generationens bagare på Bengtssons bageri i Ronneby.

I dag driver han bageriet tillsammans med sin dotter Sofie Bengtsson.

– {{c2:Jag sa aldrig att jag skulle ta över. Men jag har alltid varit här, redan som liten satt jag på en mjölsäck och tittade}}, {{q2:säger}} {{m2:Sofie Bengtsson}}.

– {{c3:Hon var bättre än mig på att baka wienerbröd redan när hon var fjorton}}, {{q3:flikar}} {{m3:Göran}} in.

– {{c4:Det är inte sant}}, {{q4:säger}} {{m4:Sofie}} och skrattar.

Hundraårsjubileet firas på lördag med gratis kaffe och kanelbullar. Bageriet visar också upp gamla fotografier och bakredskap.

{{m5:Göran Bengtsson}} {{q5:tror}} att {{c5:det lilla bageriet kommer att klara sig även i framtiden}}. {{m6:Han}} {{q6:menar}} att {{c6:kunderna har blivit mer intresserade av surdegsbröd och hantverk}}.

– {{c7:Folk vill veta vad de äter. Det är vår chans}}.

Sofie Bengtsson har redan planer för nästa steg.

– {{c8:Jag vill öppna ett kafé här bredvid. Men {{m9:pappa}} {{q9:tycker}} att {{c9:vi ska ta det lugnt}}}}, {{q8:säger}} {{m8:hon}}.

Text och foto: Anna Lind
""",
  S(1, D, "Göran Bengtsson"),
  S(2, D, "Sofie Bengtsson"),
  S(3, D, "Göran Bengtsson"),
  S(4, D, "Sofie Bengtsson"),
  S(5, I, "Göran Bengtsson"),
  S(6, I, "Göran Bengtsson"),
  S(7, D, "Göran Bengtsson"),
  S(8, D, "Sofie Bengtsson"),
  S(9, I, "Göran Bengtsson", opt=True),
)

A("hw-tt-usa-tullar", "handwritten, invented; TT foreign wire style (Reuters, AP, Yonhap, CNN)", """
{{m1:Vita huset}}: ”{{c1:Vi kommer att svara}}”

USA inför nya tullar på stål från flera asiatiska länder. Beslutet väntas påverka import till ett värde av flera miljarder dollar om året och kommer efter månader av spänningar mellan Washington och flera handelspartner. {{c2:Tullarna ska gälla från och med den 1 juli och ligga på 25 procent}}, {{q2:skriver}} {{m2:nyhetsbyrån Reuters}}.

– {{c3:Vi kommer inte att stå och se på när amerikanska jobb försvinner}}, {{q3:sade}} {{m3:Vita husets pressekreterare Jennifer Cole}} vid en pressträff på tisdagen enligt nyhetsbyrån AP.

{{m4:Hon}} {{q4:sade}} också att {{c4:presidenten är beredd att förhandla med varje land för sig}}.

{{m5:Sydkoreas handelsminister Park Ji-ho}} {{q5:säger}} att {{c5:beslutet är ”djupt olyckligt” och att landet överväger att vända sig till Världshandelsorganisationen WTO}}, skriver den sydkoreanska nyhetsbyrån Yonhap.

{{q6:Enligt}} {{m6:New York Times}} {{c6:har {{m7:flera rådgivare i Vita huset}} {{q7:varnat}} presidenten för att {{c7:tullarna kan höja priserna för amerikanska konsumenter}}}}.

– {{c8:Det är konsumenterna som i slutändan betalar tullarna}}, {{q8:säger}} {{m8:ekonomen Laura Simms vid tankesmedjan Atlantic Trade Institute}} till CNN.

TT
""",
  S(1, D, "Vita huset", ORG),
  S(2, I, "Reuters", ORG),
  S(3, D, "Jennifer Cole", via=("AP",)),
  S(4, I, "Jennifer Cole"),
  S(5, M, "Park Ji-ho", via=("Yonhap",)),
  S(6, I, "New York Times", ORG),
  S(7, I, "flera rådgivare i Vita huset", GRP, via=("New York Times",), opt=True),
  S(8, D, "Laura Simms", via=("CNN",)),
)

A("hw-tt-trafikolycka", "handwritten, invented; short TT notice", """
Kvinna omkom i trafikolycka söder om Motala

En kvinna i 50-årsåldern omkom när hennes bil kolliderade med en lastbil på riksväg 50 söder om Motala på fredagskvällen. Olyckan inträffade strax efter klockan sju, i ett område där vägen är smal och saknar mitträcke. Det regnade kraftigt vid tillfället.

{{c1:Lastbilschauffören fördes till sjukhus med lindriga skador}}, {{q1:uppger}} {{m1:polisen}} för TT.

{{q2:Enligt}} {{m2:Trafikverket}} {{c2:var vägen avstängd i båda riktningarna i över tre timmar}}.

{{c3:Olycksorsaken är ännu okänd}}, {{q3:säger}} {{m3:polisens presstalesperson Eva Strand}}. {{m4:Hon}} {{q4:uppger}} att {{c4:det inte finns några tecken på att kvinnan var påverkad och att polisen har inlett en förundersökning om vållande till annans död}}.

Det är den tredje dödsolyckan på den aktuella vägsträckan i år. Vägen har länge beskrivits som farlig av trafikanter i området, och kommunen har begärt att den byggs om till mötesfri väg.

TT
""",
  S(1, I, "polisen", ORG, via=("TT",)),
  S(2, I, "Trafikverket", ORG),
  S(3, I, "Eva Strand"),
  S(4, I, "Eva Strand"),
)

A("hw-neg-dramaserie", "handwritten, invented; TV/entertainment page with mostly narration", """
Dramaserien lockar miljonpublik

Lyssna

Den nya dramaserien ”Gränsland” har setts av över 1,5 miljoner tittare under den första veckan. Serien berättar om en tulltjänsteman i Haparanda som hamnar mitt i en smugglingshärva.

Många tittare tycker om den långsamma berättartakten och de vackra miljöerna. På sociala medier delas bilder från inspelningsplatserna flitigt.

Vad är det som gör att så många fastnar? Och blir det en andra säsong?

{{m1:Kanalens dramachef Sanna Öhman}} {{q1:säger}} att {{c1:en andra säsong redan är beställd}}.

Huvudrollen spelas av Mikael Torp, som tidigare har synts i filmen ”Norrsken”. Rollfiguren är en tystlåten man i 60-årsåldern som har ett år kvar till pensionen och helst vill slippa bråk. Han har själv vuxit upp i Tornedalen och pratar meänkieli i flera scener.

Seriens alla avsnitt finns att se på Play. Tidningen har tidigare granskat hur tv-serier spelas in i Norrbotten, se länkarna nedan.

Dela på internet
""",
  S(1, I, "Sanna Öhman"),
)

A("hw-8sidor-programmering", "handwritten, invented; 8 Sidor easy-Swedish style with a dash headline", """
– {{c1:Jag blev så glad}}

Lyssna

Amira Haddad är 15 år och bor i Gävle. Hon har vunnit en stor tävling i programmering.

Amira har gjort en app. Appen hjälper äldre människor att komma ihåg sina mediciner. Appen säger till när det är dags att ta en tablett. Den kan också skicka ett meddelande till en släkting.

– {{c2:Min mormor glömde ofta att ta sina tabletter. Då fick jag idén}}, {{q2:säger}} {{m2:Amira}}.

Tävlingen är för unga i hela Norden.

{{c3:Över 800 ungdomar var med i år, och ingen svensk har vunnit förut}}. Det {{q3:uppger}} {{m3:organisationen Nordic Code}} som ordnar tävlingen.

Amira får 50 000 kronor. {{m4:Hon}} {{q4:säger}} att {{c4:hon ska spara pengarna till att plugga}}.

{{m5:Hennes lärare Stefan Molin}} {{q5:tycker}} att {{c5:fler tjejer borde prova att programmera}}.

– {{c6:Det är inte svårt. Man måste bara våga börja}}, {{q6:säger}} {{m6:han}}.

Vill du också lära dig programmera? Många bibliotek har kurser för unga.

8 SIDOR

Dela på internet
""",
  S(1, D, "Amira Haddad"),
  S(2, D, "Amira Haddad"),
  S(3, I, "Nordic Code", ORG),
  S(4, I, "Amira Haddad"),
  S(5, I, "Stefan Molin"),
  S(6, D, "Stefan Molin"),
)


A("hw-svt-kor", "handwritten, invented; SVT regional feature (cue before quote, quote introduced by the previous paragraph)", """
Hon startade en kör för ensamma äldre – nu sjunger 200 personer

Lyssna

Uppdaterad 14.20

När Gunilla Sjöstrand blev änka för tre år sedan slutade hon nästan att gå ut. I dag leder hon en kör med över 200 medlemmar i Luleå.

{{m1:Hon}} {{q1:säger}}:

– {{c1:Jag trodde att mitt liv var slut. Men musiken fick mig att vilja leva igen}}.

Kören övar varje tisdag i församlingshemmet. Den äldsta medlemmen är 94 år.

Sven-Erik Lundqvist är en av dem som har varit med från början.

– {{c2:Jag kan inte sjunga, det har jag aldrig kunnat. Men här spelar det ingen roll}}.

Har han aldrig sjungit i kör tidigare, frågar vi.

– {{c3:Nej}}, {{q3:svarar}} {{m3:han}} och ler.

Vad händer nu?

{{m4:Region Norrbotten}} {{q4:bekräftar}} för SVT att {{c4:kören ska få 150 000 kronor i bidrag nästa år}}.

Projektet har fått uppmärksamhet långt utanför Norrbotten. {{m5:Artisten Elin Rask}}, som besökte kören i våras, {{q5:skrev}} på Instagram att {{c5:det var den finaste konsert hon varit på}}.

Gunilla Sjöstrand vill inte prata om pengarna. Hon vill hellre prata om sångerna.

– {{c6:Vi sjunger allt från Evert Taube till Abba. Nästa år vill vi åka på turné}}, {{q6:säger}} {{m6:hon}}.

Kommunen har inte svarat på SVT:s frågor om lokalhyran. Kultur- och fritidsnämndens ordförande vill inte kommentera.

Dela
""",
  S(1, D, "Gunilla Sjöstrand"),
  S(2, D, "Sven-Erik Lundqvist"),
  S(3, D, "Sven-Erik Lundqvist"),
  S(4, I, "Region Norrbotten", ORG, via=("SVT",)),
  S(5, I, "Elin Rask"),
  S(6, D, "Gunilla Sjöstrand"),
)

A("hw-exp-fotbollsklubb", "handwritten, invented; evening paper/TT style with anonymous sources", """
Fotbollsklubb utreds för oegentligheter

Allsvenska IFK Sundbyberg utreds av Svenska Fotbollförbundet för misstänkta oegentligheter i samband med spelarövergångar. {{c1:Utredningen gäller minst tre övergångar under förra året}}, {{q1:enligt}} {{m1:uppgifter}} till Expressen.

Det var Expressen som först rapporterade om utredningen.

{{c2:Förbundet har inlett en utredning och kommer inte att kommentera den innan den är klar}}, {{q2:skriver}} {{m2:förbundets presschef Jenny Ålund}} i ett sms till TT.

{{q3:Enligt}} ett pressmeddelande från {{m3:klubben}} {{c3:har sportchefen Dragan Milić tagit time out från sitt uppdrag}}.

– {{c4:Vi har ingenting att dölja och välkomnar granskningen}}, {{q4:säger}} {{m4:klubbens ordförande Helena Brandt}}.

{{m5:Hon}} {{q5:hävdar}} att {{c5:alla affärer har skötts enligt förbundets regler}}.

Klubben har anlitat en extern revisionsbyrå för att gå igenom avtalen. Dragan Milić har inte svarat på Expressens frågor.

{{m6:Hans advokat Jonas Fält}} {{q6:säger}} till Sportbladet att {{c6:hans klient inte har gjort något fel}}.

{{c7:Det här är bara toppen av ett isberg. Flera klubbar har liknande upplägg}}. Det {{q7:hävdar}} {{m7:en spelaragent}} som Expressen har talat med.

Förbundets disciplinnämnd kan utdöma böter eller poängavdrag. Ett beslut väntas tidigast i höst.
""",
  S(1, I, "uppgifter", UNK, via=("Expressen",)),
  S(2, I, "Jenny Ålund", via=("TT",)),
  S(3, I, "IFK Sundbyberg", ORG),
  S(4, D, "Helena Brandt"),
  S(5, I, "Helena Brandt"),
  S(6, I, "Jonas Fält", via=("Sportbladet",)),
  S(7, I, "spelaragent", PER, via=("Expressen",)),
)


def write_set(articles: list[Article], out: Path) -> int:
    """Build, validate and write a gold set; shared by every generator in this folder."""
    recs = []
    ids = set()
    for art in articles:
        if art.id in ids:
            raise ValueError(f"duplicate id {art.id}")
        ids.add(art.id)
        rec = build(art)
        validate(rec)
        recs.append(rec)
    with out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_req = sum(1 for r in recs for s in r["statements"] if not s["optional"])
    n_opt = sum(1 for r in recs for s in r["statements"] if s["optional"])
    words = [len(r["text"].split()) for r in recs]
    print(f"wrote {out}: {len(recs)} articles, {n_req} required + {n_opt} optional statements, "
          f"{min(words)}-{max(words)} words/article", file=sys.stderr)
    return 0


def main() -> int:
    return write_set(ARTICLES, Path(__file__).with_name("sv-handwritten.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
