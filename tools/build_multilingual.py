"""Build tests/data/multilingual/{dev,test}.jsonl: the invented multilingual evaluation set (see docs/quality.md,
"Multilingual evaluation set").

    .venv/bin/python tools/build_multilingual.py            # writes both files
    .venv/bin/python tools/build_multilingual.py --check    # fails when the files differ from what this builds

Every story, outlet, person and place is invented. Annotations are written here beside each text, never as numbers:
a span is given as a piece of the text with the annotated part between ⟦ and ⟧ (the rest only makes it unique), and
the offsets are found with str.find and asserted (text[start:end] == the marked part), so nobody counts characters
by hand. Statement content excludes quote marks and the subordinator (dass/que/che/that); a figure's span is the
numeral as written (with a fused Korean 여: 3천여), the qualifier being its own field in the English vocabulary of
extract/lexicons/figure_qualifiers.tsv.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "multilingual"
NB = "\u00a0"  # French typography: no-break space inside « » and as the thousands separator
# A third, scored only at the end. Each test part is scored once and then moved to dev (its misses then teach the
# developers); its successor is written by annotators who never ran the system nor read its rules:
# - test part 1 (lindenau-derailment, montreval-plant-fire, vale-formoso-crush): scored three times, moved to dev;
# - test part 2 (ml3-*: tools/multilingual_stories_3.py, _4.py, _5.py): scored once on 2026-12-06, moved to dev;
# - test part 3 (ml4-*: tools/multilingual_stories_6.py … _9.py): scored once on 2026-12-06, moved to dev;
# - test part 4 (ml5-*: tools/multilingual_stories_10.py … _14.py): scored once on 2026-12-06, moved to dev;
# - test part 5 (ml6-*: tools/multilingual_stories_15.py … _20.py and _23.py), written with four more dev stories
#   (ml7-*: _21.py, _22.py) by the same kind of annotators, before any system run on either; then two more test
#   stories (_26.py) with four more dev stories (ml8-*: _24.py, _25.py), likewise; scored once at the end of the fifth session, moved to dev.
# - test part 6 (ml9-*: tools/multilingual_stories_27.py … _34.py, _37.py, _40.py), written after part 5 was scored;
#   scored once at b8a31c4 (sixth session), moved to dev;
# - unseen dev stories ml10-* (_35.py, _36.py), written in the sixth session by annotators who never ran the system,
#   while developers learnt from part 5: the lead scores this round's rules on them once, before part 6; with them,
#   two more test stories (ml9-*, _37.py) by another such annotator, so that a third of the set stays held out.
# - unseen dev stories ml11-* (_38.py, _39.py) for the sixth session's second round, once ml10-* had been scored
#   after the first round and opened to the developers; with them two more test stories (ml9-*, _40.py).
# - test part 7 (ml12-*: tools/multilingual_stories_41.py … _47.py), written after part 6 was scored; unscored.
# Test part 7 (ml12-*, 56 stories), written at the end of the sixth session by annotators who never ran the system,
# after part 6 (ml9-*) had been scored once at b8a31c4 and moved to dev; unscored.
TEST_STORIES = {"ml12-ambulance-strike", "ml12-bridge-fire", "ml12-forest-fire-arrest", "ml12-dam-release",
                "ml12-ferry-fire", "ml12-gold-heist", "ml12-harbour-oil", "ml12-ice-storm",
                "ml12-bus-hijack", "ml12-chemical-train", "ml12-coal-mine-fire", "ml12-dust-storm",
                "ml12-elevator-fall", "ml12-fuel-shortage", "ml12-gas-leak-school", "ml12-heat-deaths",
                "ml12-hospital-strike", "ml12-landslide-road", "ml12-lightning-camp", "ml12-market-fire",
                "ml12-migrant-boat", "ml12-power-cut", "ml12-rabies-dogs", "ml12-river-pollution",
                "ml12-roof-collapse-gym", "ml12-salmon-die-off", "ml12-school-bus-crash", "ml12-ship-collision",
                "ml12-ski-lift", "ml12-smog-alert", "ml12-stadium-fire", "ml12-storm-surge",
                "ml12-subway-crash", "ml12-sugar-factory", "ml12-tanker-spill", "ml12-toxic-toys",
                "ml12-train-strike-airport", "ml12-tunnel-flood", "ml12-typhoid", "ml12-university-hack",
                "ml12-volcano-ash", "ml12-warehouse-collapse", "ml12-water-shortage", "ml12-wildfire-vineyards",
                "ml12-wind-storm", "ml12-zoo-flu", "ml12-avalanche-hotel", "ml12-bakery-fire",
                "ml12-bank-robbery", "ml12-cattle-disease", "ml12-chlorine-pool", "ml12-circus-fire",
                "ml12-cruise-grounding", "ml12-drone-airport", "ml12-earth-tremor", "ml12-fishing-ban"}


@dataclass(frozen=True)
class St:
    ctx: str
    speaker: str
    kind: str  # direct | partial | indirect
    utterance: str


@dataclass(frozen=True)
class Fg:
    ctx: str
    value: float
    qualifier: str | None
    category: str
    quantity: str
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Art:
    story: str
    outlet: str
    slug: str
    date: str
    lang: str
    title: str
    paragraphs: tuple[str, ...]
    statements: tuple[St, ...] = ()
    figures: tuple[Fg, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def locate(text: str, ctx: str) -> tuple[int, int, str]:
    """Offsets of the ⟦marked⟧ part of ``ctx``, which must occur exactly once in ``text``."""
    assert ctx.count("⟦") == 1 and ctx.count("⟧") == 1, ctx
    plain = ctx.replace("⟦", "").replace("⟧", "")
    at = text.find(plain)
    assert at >= 0, f"not in text: {plain!r}"
    assert text.find(plain, at + 1) < 0, f"not unique: {plain!r}"
    start = at + ctx.index("⟦")
    span = ctx[ctx.index("⟦") + 1:ctx.index("⟧")]
    end = start + len(span)
    assert text[start:end] == span
    return start, end, span


ARTICLES: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story 1: a dam breach (dev)
    Art("mirova-dam", "harbourtimes.example", "world/2026/03/09/mirova-dam-breach", "2026-03-09", "en",
        "Dam breach in Dolna Brana kills at least 14",
        ("At least 14 people were killed and 41 injured when a section of the Mirova dam gave way early on Monday, "
         "flooding three villages in the Dolna Brana region. More than 3,000 residents were evacuated overnight.",
         '"We will not rest until every family is back under a roof," Governor Katarina Velesova told reporters in '
         "Mirovo. Rescue chief Marek Holub said the water had begun to recede overnight, but warned that several "
         "roads remained cut off.",
         "The cause of the breach is not yet known."),
        (St('"⟦We will not rest until every family is back under a roof⟧,"', "Katarina Velesova", "direct",
            "mirova-u1"),
         St("said ⟦the water had begun to recede overnight⟧", "Marek Holub", "indirect", "mirova-u2"),
         St("warned that ⟦several roads remained cut off⟧", "Marek Holub", "indirect", "mirova-u3")),
        (Fg("At least ⟦14⟧ people", 14, "at least", "killed", "mirova-q-killed"),
         Fg("and ⟦41⟧ injured", 41, None, "wounded", "mirova-q-wounded"),
         Fg("More than ⟦3,000⟧ residents", 3000, "more than", "displaced", "mirova-q-displaced"))),
    Art("mirova-dam", "rheinpost.example", "panorama/dammbruch-dolna-brana-1.4410", "2026-03-09", "de",
        "Dammbruch in Dolna Brana: Mindestens 14 Tote",
        ("Nach dem Bruch des Mirova-Staudamms sind in der Region Dolna Brana mindestens 14 Menschen ums Leben "
         "gekommen. Rund 40 weitere wurden verletzt, mehr als 3.000 Menschen mussten ihre Häuser verlassen.",
         "„Wir werden nicht ruhen, bis jede Familie wieder ein Dach über dem Kopf hat“, sagte Gouverneurin Katarina "
         "Welesowa am Montag in Mirovo. Einsatzleiter Marek Holub erklärte, dass das Wasser in der Nacht zu sinken "
         "begonnen habe. Laut Holub sind mehrere Straßen weiterhin unpassierbar.",
         "Die Ursache des Dammbruchs ist noch unklar."),
        (St("„⟦Wir werden nicht ruhen, bis jede Familie wieder ein Dach über dem Kopf hat⟧“", "Katarina Velesova",
            "direct", "mirova-u1"),
         St("dass ⟦das Wasser in der Nacht zu sinken begonnen habe⟧", "Marek Holub", "indirect", "mirova-u2"),
         St("Laut Holub ⟦sind mehrere Straßen weiterhin unpassierbar⟧", "Marek Holub", "indirect", "mirova-u3")),
        (Fg("mindestens ⟦14⟧ Menschen", 14, "at least", "killed", "mirova-q-killed"),
         Fg("Rund ⟦40⟧ weitere", 40, "about", "wounded", "mirova-q-wounded"),
         Fg("mehr als ⟦3.000⟧ Menschen", 3000, "more than", "displaced", "mirova-q-displaced"))),
    Art("mirova-dam", "lecourrierdulac.example", "monde/rupture-barrage-mirova", "2026-03-10", "fr",
        "Rupture du barrage de Mirova : 14 morts et des milliers d'évacués",
        ("La rupture d'une partie du barrage de Mirova, lundi à l'aube, a fait 14 morts et 41 blessés dans la "
         f"région de Dolna Brana. Plus de 3{NB}000 habitants ont été évacués pendant la nuit.",
         f"«{NB}Nous ne nous reposerons pas tant que chaque famille n'aura pas retrouvé un toit{NB}», a déclaré la "
         "gouverneure Katarina Velesova. Selon le chef des secours, Marek Holub, l'eau a commencé à baisser pendant "
         "la nuit.",
         "Les autorités n'ont pas encore établi la cause de l'accident."),
        (St(f"«{NB}⟦Nous ne nous reposerons pas tant que chaque famille n'aura pas retrouvé un toit⟧{NB}»",
            "Katarina Velesova", "direct", "mirova-u1"),
         St("Marek Holub, ⟦l'eau a commencé à baisser pendant la nuit⟧", "Marek Holub", "indirect", "mirova-u2")),
        (Fg("fait ⟦14⟧ morts", 14, None, "killed", "mirova-q-killed"),
         Fg("et ⟦41⟧ blessés", 41, None, "wounded", "mirova-q-wounded"),
         Fg(f"Plus de ⟦3{NB}000⟧ habitants", 3000, "more than", "displaced", "mirova-q-displaced"))),
    Art("mirova-dam", "diariodelsur.example", "internacional/2026-03-09/presa-mirova", "2026-03-09", "es",
        "Al menos 14 muertos por la rotura de una presa en Dolna Brana",
        ("Al menos 14 personas murieron y 41 resultaron heridas tras la rotura de un tramo de la presa de Mirova, "
         "en la región de Dolna Brana. Unos 3.000 vecinos tuvieron que abandonar sus casas.",
         '"No descansaremos hasta que cada familia vuelva a tener un techo", dijo la gobernadora Katarina Velésova. '
         "El jefe de rescate, Marek Holub, afirmó que el agua empezó a bajar durante la noche.",
         "Según la gobernadora, el Gobierno regional abrirá una investigación sobre las causas de la rotura."),
        (St('"⟦No descansaremos hasta que cada familia vuelva a tener un techo⟧"', "Katarina Velesova", "direct",
            "mirova-u1"),
         St("afirmó que ⟦el agua empezó a bajar durante la noche⟧", "Marek Holub", "indirect", "mirova-u2"),
         St("gobernadora, ⟦el Gobierno regional abrirá una investigación sobre las causas de la rotura⟧",
            "Katarina Velesova", "indirect", "mirova-u4")),
        (Fg("Al menos ⟦14⟧ personas", 14, "at least", "killed", "mirova-q-killed"),
         Fg("y ⟦41⟧ resultaron", 41, None, "wounded", "mirova-q-wounded"),
         Fg("Unos ⟦3.000⟧ vecinos", 3000, "about", "displaced", "mirova-q-displaced"))),
    Art("mirova-dam", "hanbitilbo.example", "news/articleView.html?idxno=88213", "2026-03-09", "ko",
        "돌나 브라나 댐 붕괴로 최소 14명 사망",
        ("돌나 브라나 지역의 미로바 댐 일부가 9일 새벽 무너져 최소 14명이 숨지고 41명이 다쳤다. 주민 3천여 명이 "
         "밤사이 대피했다.",
         "카타리나 벨레소바 주지사는 “모든 가족이 다시 지붕 아래로 돌아갈 때까지 쉬지 않겠다”고 말했다. 마렉 홀룹 "
         "구조대장은 밤사이 물이 빠지기 시작했다고 밝혔다.",
         "벨레소바 주지사에 따르면 지역 정부는 붕괴 원인에 대한 조사에 착수할 예정이다."),
        (St("“⟦모든 가족이 다시 지붕 아래로 돌아갈 때까지 쉬지 않겠다⟧”", "Katarina Velesova", "direct", "mirova-u1"),
         St("구조대장은 ⟦밤사이 물이 빠지기 시작했다⟧고", "Marek Holub", "indirect", "mirova-u2"),
         St("따르면 ⟦지역 정부는 붕괴 원인에 대한 조사에 착수할 예정이다⟧", "Katarina Velesova", "indirect",
            "mirova-u4")),
        (Fg("최소 ⟦14⟧명이", 14, "at least", "killed", "mirova-q-killed"),
         Fg("⟦41⟧명이 다쳤다", 41, None, "wounded", "mirova-q-wounded"),
         Fg("주민 ⟦3천여⟧ 명", 3000, "more than", "displaced", "mirova-q-displaced"))),
    # ---------------------------------------------------------------- story 2: a mine collapse (dev)
    Art("serra-alta-mine", "gazetadoplanalto.example", "brasil/2026/04/14/desabamento-mina-serra-alta",
        "2026-04-14", "pt",
        "Desabamento em mina de Serra Alta deixa seis mortos",
        ("O desabamento de uma galeria da Mineração Piraquara em Serra Alta deixou seis mortos nesta terça-feira, "
         "e 23 mineiros continuam desaparecidos, informou o Corpo de Bombeiros.",
         "“Ainda há esperança de encontrar sobreviventes”, disse a coronel Telma Faria, que comanda as buscas. A "
         "mineradora afirmou que a galeria tinha sido inspecionada em fevereiro.",
         "Cerca de 150 bombeiros trabalham no local."),
        (St("⟦O desabamento de uma galeria da Mineração Piraquara em Serra Alta deixou seis mortos nesta terça-feira, "
            "e 23 mineiros continuam desaparecidos⟧, informou", "Corpo de Bombeiros", "indirect", "serra-u0"),
         St("“⟦Ainda há esperança de encontrar sobreviventes⟧”", "Telma Faria", "direct", "serra-u1"),
         St("afirmou que ⟦a galeria tinha sido inspecionada em fevereiro⟧", "Mineração Piraquara", "indirect",
            "serra-u2")),
        (Fg("deixou ⟦seis⟧ mortos", 6, None, "killed", "serra-q-killed"),
         Fg("e ⟦23⟧ mineiros", 23, None, "missing", "serra-q-missing"),
         Fg("Cerca de ⟦150⟧ bombeiros", 150, "about", "other", "serra-q-rescuers"))),
    Art("serra-alta-mine", "correiomineiro.example", "cidades/buscas-serra-alta", "2026-04-15", "pt",
        "Buscas continuam em Serra Alta; mais de 20 trabalhadores seguem soterrados",
        ("Mais de 20 trabalhadores seguem soterrados na mina da Mineração Piraquara, em Serra Alta, após o "
         "desabamento de terça-feira. Pelo menos seis morreram.",
         "Segundo a coronel Telma Faria, dos bombeiros, ainda há esperança de encontrar sobreviventes. O sindicato "
         "dos mineiros disse que havia denunciado rachaduras na galeria em março."),
        (St("bombeiros, ⟦ainda há esperança de encontrar sobreviventes⟧", "Telma Faria", "indirect", "serra-u1"),
         St("disse que ⟦havia denunciado rachaduras na galeria em março⟧", "Sindicato dos Mineiros de Serra Alta",
            "indirect", "serra-u3")),
        (Fg("Mais de ⟦20⟧ trabalhadores", 20, "more than", "missing", "serra-q-missing"),
         Fg("Pelo menos ⟦seis⟧ morreram", 6, "at least", "killed", "serra-q-killed"))),
    Art("serra-alta-mine", "elobservadorandino.example", "mundo/derrumbe-mina-serra-alta-brasil", "2026-04-14",
        "es",
        "Seis muertos y 23 desaparecidos en el derrumbe de una mina en Brasil",
        ("Seis mineros murieron y otros 23 están desaparecidos tras el derrumbe de una galería en la mina de Serra "
         'Alta, en el sureste de Brasil. "Todavía hay esperanza de encontrar supervivientes", afirmó la coronel de '
         "bomberos Telma Faria.",
         "Según la empresa, Mineração Piraquara, la galería había sido inspeccionada en febrero."),
        (St('"⟦Todavía hay esperanza de encontrar supervivientes⟧"', "Telma Faria", "direct", "serra-u1"),
         St("Piraquara, ⟦la galería había sido inspeccionada en febrero⟧", "Mineração Piraquara", "indirect",
            "serra-u2")),
        (Fg("⟦Seis⟧ mineros murieron", 6, None, "killed", "serra-q-killed"),
         Fg("otros ⟦23⟧ están", 23, None, "missing", "serra-q-missing"))),
    Art("serra-alta-mine", "ilgiornaledelnord.example", "esteri/brasile-crolla-miniera-serra-alta", "2026-04-14",
        "it",
        "Brasile, crolla una miniera: almeno sei morti",
        ("Almeno sei morti e 23 minatori dispersi: è il bilancio provvisorio del crollo di una galleria nella "
         "miniera di Serra Alta, in Brasile. «C'è ancora speranza di trovare sopravvissuti», ha detto la colonnella "
         "dei vigili del fuoco Telma Faria.",
         "L'azienda, la Mineração Piraquara, ha dichiarato che la galleria era stata ispezionata a febbraio. "
         "Secondo il sindacato dei minatori, le crepe erano state segnalate già a marzo."),
        (St("«⟦C'è ancora speranza di trovare sopravvissuti⟧»", "Telma Faria", "direct", "serra-u1"),
         St("dichiarato che ⟦la galleria era stata ispezionata a febbraio⟧", "Mineração Piraquara", "indirect",
            "serra-u2"),
         St("minatori, ⟦le crepe erano state segnalate già a marzo⟧", "Sindicato dos Mineiros de Serra Alta",
            "indirect", "serra-u3")),
        (Fg("Almeno ⟦sei⟧ morti", 6, "at least", "killed", "serra-q-killed"),
         Fg("e ⟦23⟧ minatori", 23, None, "missing", "serra-q-missing"))),
    Art("serra-alta-mine", "nordkurier-online.example", "welt/grubenunglueck-brasilien-serra-alta", "2026-04-15",
        "de",
        "Grubenunglück in Brasilien: 23 Bergleute vermisst",
        ("Nach dem Einsturz eines Stollens in der Mine von Serra Alta im Südosten Brasiliens werden 23 Bergleute "
         "vermisst, mindestens sechs Menschen kamen ums Leben. »Es gibt noch Hoffnung, Überlebende zu finden«, "
         "sagte Oberst Telma Faria von der Feuerwehr.",
         "Dem Betreiber Mineração Piraquara zufolge war der Stollen im Februar überprüft worden. Die Gewerkschaft "
         "der Bergleute sagte, sie habe bereits im März Risse gemeldet."),
        (St("»⟦Es gibt noch Hoffnung, Überlebende zu finden⟧«", "Telma Faria", "direct", "serra-u1"),
         St("zufolge ⟦war der Stollen im Februar überprüft worden⟧", "Mineração Piraquara", "indirect", "serra-u2"),
         St("sagte, ⟦sie habe bereits im März Risse gemeldet⟧", "Sindicato dos Mineiros de Serra Alta", "indirect",
            "serra-u3")),
        (Fg("werden ⟦23⟧ Bergleute", 23, None, "missing", "serra-q-missing"),
         Fg("mindestens ⟦sechs⟧ Menschen", 6, "at least", "killed", "serra-q-killed"))),
    # ---------------------------------------------------------------- story 3: a ferry sinking (dev)
    Art("carvena-ferry", "lagazzettaditirreno.example", "cronaca/naufragio-carvena-stella", "2026-05-22", "it",
        "Naufragio al largo di Carvena, cinque morti e nove dispersi",
        ("Cinque persone sono morte e nove risultano disperse dopo che il traghetto Stella di Carvena si è "
         "inclinato ed è affondato nella notte al largo dell'isola. A bordo c'erano 212 passeggeri; 198 sono stati "
         "tratti in salvo.",
         "«Le ricerche continueranno anche di notte», ha detto la comandante della Guardia costiera Lucia Ferrandi. "
         "La compagnia Navigazione Tirrena Sud ha detto che il traghetto aveva superato tutti i controlli."),
        (St("«⟦Le ricerche continueranno anche di notte⟧»", "Lucia Ferrandi", "direct", "carvena-u1"),
         St("detto che ⟦il traghetto aveva superato tutti i controlli⟧", "Navigazione Tirrena Sud", "indirect",
            "carvena-u2")),
        (Fg("⟦Cinque⟧ persone", 5, None, "killed", "carvena-q-killed"),
         Fg("e ⟦nove⟧ risultano", 9, None, "missing", "carvena-q-missing"),
         Fg("c'erano ⟦212⟧ passeggeri", 212, None, "other", "carvena-q-aboard"),
         Fg("⟦198⟧ sono stati", 198, None, "other", "carvena-q-rescued"))),
    Art("carvena-ferry", "corrieredellecoste.example", "2026/05/22/carvena-affonda-traghetto", "2026-05-22", "it",
        "Carvena, affonda un traghetto con circa 200 passeggeri",
        ("Un traghetto con circa 200 passeggeri a bordo è affondato nella notte al largo di Carvena. Il bilancio è "
         "di almeno cinque morti, mentre quasi dieci persone mancano ancora all'appello.",
         "Secondo la comandante Ferrandi, le ricerche proseguiranno anche durante la notte. Il sindaco di Carvena, "
         "Giulio Marchetti, ha detto che l'isola «è sotto shock»."),
        (St("Ferrandi, ⟦le ricerche proseguiranno anche durante la notte⟧", "Lucia Ferrandi", "indirect",
            "carvena-u1"),
         St("detto che ⟦l'isola «è sotto shock»⟧", "Giulio Marchetti", "partial", "carvena-u3")),
        (Fg("circa ⟦200⟧ passeggeri", 200, "about", "other", "carvena-q-aboard"),
         Fg("almeno ⟦cinque⟧ morti", 5, "at least", "killed", "carvena-q-killed"),
         Fg("quasi ⟦dieci⟧ persone", 10, "nearly", "missing", "carvena-q-missing"))),
    Art("carvena-ferry", "lavoixdumidi.example", "international/naufrage-ferry-carvena", "2026-05-22", "fr",
        "Naufrage d'un ferry en Italie : cinq morts",
        ("Le naufrage du ferry Stella di Carvena, au large de l'île italienne de Carvena, a fait cinq morts et neuf "
         "disparus dans la nuit de jeudi à vendredi. Sur les 212 passagers, 198 ont été secourus.",
         f"«{NB}Les recherches se poursuivront aussi la nuit{NB}», a déclaré la commandante des garde-côtes Lucia "
         "Ferrandi. D'après la compagnie, le ferry avait passé tous les contrôles."),
        (St(f"«{NB}⟦Les recherches se poursuivront aussi la nuit⟧{NB}»", "Lucia Ferrandi", "direct", "carvena-u1"),
         St("compagnie, ⟦le ferry avait passé tous les contrôles⟧", "Navigazione Tirrena Sud", "indirect",
            "carvena-u2")),
        (Fg("fait ⟦cinq⟧ morts", 5, None, "killed", "carvena-q-killed"),
         Fg("et ⟦neuf⟧ disparus", 9, None, "missing", "carvena-q-missing"),
         Fg("les ⟦212⟧ passagers", 212, None, "other", "carvena-q-aboard"),
         Fg("⟦198⟧ ont été", 198, None, "other", "carvena-q-rescued"))),
    Art("carvena-ferry", "elbkurier.example", "welt/faehrunglueck-carvena", "2026-05-22", "de",
        "Fährunglück vor Carvena: Fünf Tote, neun Vermisste",
        ("Beim Untergang einer Fähre vor der italienischen Insel Carvena sind fünf Menschen ums Leben gekommen, "
         "neun werden noch vermisst. An Bord waren 212 Passagiere.",
         "„Die Suche geht auch in der Nacht weiter“, sagte Kommandantin Lucia Ferrandi von der Küstenwache. Der "
         "Reederei Navigazione Tirrena Sud zufolge hatte die Fähre alle Kontrollen bestanden."),
        (St("„⟦Die Suche geht auch in der Nacht weiter⟧“", "Lucia Ferrandi", "direct", "carvena-u1"),
         St("zufolge ⟦hatte die Fähre alle Kontrollen bestanden⟧", "Navigazione Tirrena Sud", "indirect",
            "carvena-u2")),
        (Fg("sind ⟦fünf⟧ Menschen", 5, None, "killed", "carvena-q-killed"),
         Fg("⟦neun⟧ werden", 9, None, "missing", "carvena-q-missing"),
         Fg("waren ⟦212⟧ Passagiere", 212, None, "other", "carvena-q-aboard"))),
    Art("carvena-ferry", "seoulmaeil.example", "article/2026052210342", "2026-05-22", "ko",
        "이탈리아 카르베나섬 인근 여객선 침몰…5명 사망·9명 실종",
        ("이탈리아 카르베나섬 인근 해상에서 22일 새벽 승객 212명을 태운 여객선이 침몰해 5명이 숨지고 9명이 "
         "실종됐다. 해안경비대에 따르면 198명은 구조됐다.",
         "루치아 페란디 해안경비대 사령관은 “수색은 밤에도 계속될 것”이라고 말했다."),
        (St("따르면 ⟦198명은 구조됐다⟧", "Guardia costiera", "indirect", "carvena-u4"),
         St("“⟦수색은 밤에도 계속될 것⟧”", "Lucia Ferrandi", "direct", "carvena-u1")),
        (Fg("승객 ⟦212⟧명", 212, None, "other", "carvena-q-aboard"),
         Fg("침몰해 ⟦5⟧명이", 5, None, "killed", "carvena-q-killed"),
         Fg("⟦9⟧명이 실종", 9, None, "missing", "carvena-q-missing"),
         Fg("⟦198⟧명은", 198, None, "other", "carvena-q-rescued"))),
    # ---------------------------------------------------------------- story 4: a wildfire (dev)
    Art("hwaryeong-wildfire", "hanbitilbo.example", "news/articleView.html?idxno=88654", "2026-03-14", "ko",
        "화령군 산불 이틀째…주민 1만5천 명 대피",
        ("화령군에서 발생한 산불이 이틀째 이어지면서 주민 1만5천 명이 대피했다. 산림 4천700헥타르가 불에 탔고, "
         "진화 작업 중이던 소방관 2명이 숨졌다.",
         "서민재 화령군수는 “바람이 잦아들기 전까지는 안심할 수 없다”고 말했다. 강동훈 화령소방서장에 따르면 불은 "
         "13일 오후 야산에서 처음 발견됐다."),
        (St("“⟦바람이 잦아들기 전까지는 안심할 수 없다⟧”", "Seo Min-jae", "direct", "hwaryeong-u1"),
         St("따르면 ⟦불은 13일 오후 야산에서 처음 발견됐다⟧", "Kang Dong-hoon", "indirect", "hwaryeong-u2")),
        (Fg("주민 ⟦1만5천⟧ 명", 15000, None, "displaced", "hwaryeong-q-displaced"),
         Fg("산림 ⟦4천700⟧헥타르", 4700, None, "other", "hwaryeong-q-area"),
         Fg("소방관 ⟦2⟧명", 2, None, "killed", "hwaryeong-q-killed"))),
    Art("hwaryeong-wildfire", "dongbunews.example", "society/2026/03/14/hwaryeong-fire", "2026-03-14", "ko",
        "화령 산불 사망자 2명으로 늘어…1만5천여 명 대피",
        ("화령군 산불로 인한 사망자가 2명으로 늘었다. 소방당국은 주민 1만5천여 명을 인근 학교와 체육관으로 "
         "대피시켰으며, 피해 면적은 4천700여 헥타르에 이른다고 밝혔다.",
         "서 군수는 바람이 잦아들기 전까지는 안심할 수 없다고 밝혔다."),
        (St("⟦피해 면적은 4천700여 헥타르에 이른다⟧고", "Hwaryeong fire authorities", "indirect", "hwaryeong-u3"),
         St("군수는 ⟦바람이 잦아들기 전까지는 안심할 수 없다⟧고", "Seo Min-jae", "indirect", "hwaryeong-u1")),
        (Fg("사망자가 ⟦2⟧명으로", 2, None, "killed", "hwaryeong-q-killed"),
         Fg("주민 ⟦1만5천여⟧ 명", 15000, "more than", "displaced", "hwaryeong-q-displaced"),
         Fg("면적은 ⟦4천700여⟧ 헥타르", 4700, "more than", "other", "hwaryeong-q-area"))),
    Art("hwaryeong-wildfire", "eastasiawire.example", "korea/2026/03/14/hwaryeong-wildfire", "2026-03-14", "en",
        "Wildfire in South Korea's Hwaryeong county kills two firefighters",
        ("Two firefighters died battling a wildfire in Hwaryeong county, South Korea, which has forced some 15,000 "
         "residents from their homes and burned about 4,700 hectares of forest.",
         '"We cannot relax until the wind dies down," said county head Seo Min-jae. According to fire chief Kang '
         "Dong-hoon, the blaze was first spotted on a hillside on the afternoon of the 13th."),
        (St('"⟦We cannot relax until the wind dies down⟧,"', "Seo Min-jae", "direct", "hwaryeong-u1"),
         St("Dong-hoon, ⟦the blaze was first spotted on a hillside on the afternoon of the 13th⟧", "Kang Dong-hoon",
            "indirect", "hwaryeong-u2")),
        (Fg("⟦Two⟧ firefighters", 2, None, "killed", "hwaryeong-q-killed"),
         Fg("some ⟦15,000⟧ residents", 15000, "about", "displaced", "hwaryeong-q-displaced"),
         Fg("about ⟦4,700⟧ hectares", 4700, "about", "other", "hwaryeong-q-area"))),
    Art("hwaryeong-wildfire", "rheinpost.example", "panorama/waldbrand-suedkorea-1.4431", "2026-03-14", "de",
        "Südkorea: Waldbrand zwingt 15.000 Menschen zur Flucht",
        ("Ein Waldbrand im südkoreanischen Landkreis Hwaryeong hat bereits 4.700,5 Hektar Wald zerstört. Rund "
         "15.000 Menschen wurden in Sicherheit gebracht, zwei Feuerwehrleute kamen ums Leben.",
         "„Solange der Wind nicht nachlässt, können wir nicht aufatmen“, sagte Landrat Seo Min Jae. Laut "
         "Feuerwehrchef Kang Dong Hoon wurde das Feuer am Freitagnachmittag an einem Hang entdeckt."),
        (St("„⟦Solange der Wind nicht nachlässt, können wir nicht aufatmen⟧“", "Seo Min-jae", "direct",
            "hwaryeong-u1"),
         St("Hoon ⟦wurde das Feuer am Freitagnachmittag an einem Hang entdeckt⟧", "Kang Dong-hoon", "indirect",
            "hwaryeong-u2")),
        (Fg("bereits ⟦4.700,5⟧ Hektar", 4700.5, None, "other", "hwaryeong-q-area"),
         Fg("Rund ⟦15.000⟧ Menschen", 15000, "about", "displaced", "hwaryeong-q-displaced"),
         Fg("⟦zwei⟧ Feuerwehrleute", 2, None, "killed", "hwaryeong-q-killed"))),
    Art("hwaryeong-wildfire", "diariodelsur.example", "internacional/2026-03-14/incendio-hwaryeong", "2026-03-15",
        "es",
        "Un incendio forestal en Corea del Sur obliga a evacuar a 15.000 personas",
        ("Un incendio forestal en el condado surcoreano de Hwaryeong ha obligado a evacuar a 15.000 personas y ha "
         "arrasado casi 4.700 hectáreas. Dos bomberos murieron mientras combatían las llamas.",
         '"No podemos bajar la guardia hasta que amaine el viento", dijo el jefe del condado, Seo Min-jae. Según el '
         "jefe de bomberos Kang Dong-hoon, el fuego se detectó por primera vez en una ladera la tarde del día 13."),
        (St('"⟦No podemos bajar la guardia hasta que amaine el viento⟧"', "Seo Min-jae", "direct", "hwaryeong-u1"),
         St("Dong-hoon, ⟦el fuego se detectó por primera vez en una ladera la tarde del día 13⟧", "Kang Dong-hoon",
            "indirect", "hwaryeong-u2")),
        (Fg("a ⟦15.000⟧ personas", 15000, None, "displaced", "hwaryeong-q-displaced"),
         Fg("casi ⟦4.700⟧ hectáreas", 4700, "nearly", "other", "hwaryeong-q-area"),
         Fg("⟦Dos⟧ bomberos", 2, None, "killed", "hwaryeong-q-killed"))),
    # ---------------------------------------------------------------- story 5: a derailment (TEST)
    Art("lindenau-derailment", "elbkurier.example", "region/zugunglueck-lindenau", "2026-06-03", "de",
        "Zugunglück bei Lindenau: Drei Tote, mehr als 50 Verletzte",
        ("Bei der Entgleisung eines Regionalzugs nahe Lindenau sind am Mittwochmorgen drei Menschen getötet und mehr "
         "als 50 verletzt worden. In dem Zug saßen rund 300 Fahrgäste.",
         "„Wir tun alles, um die Ursache so schnell wie möglich aufzuklären“, sagte Bahnsprecherin Henrike Maas. "
         "Polizeisprecher Jonas Brügger sagte, dass ein Fremdverschulden derzeit nicht ausgeschlossen werden "
         "könne."),
        (St("„⟦Wir tun alles, um die Ursache so schnell wie möglich aufzuklären⟧“", "Henrike Maas", "direct",
            "lindenau-u1"),
         St("dass ⟦ein Fremdverschulden derzeit nicht ausgeschlossen werden könne⟧", "Jonas Brügger", "indirect",
            "lindenau-u2")),
        (Fg("sind am Mittwochmorgen ⟦drei⟧ Menschen", 3, None, "killed", "lindenau-q-killed"),
         Fg("mehr als ⟦50⟧ verletzt", 50, "more than", "wounded", "lindenau-q-wounded"),
         Fg("rund ⟦300⟧ Fahrgäste", 300, "about", "other", "lindenau-q-aboard"))),
    Art("lindenau-derailment", "nordkurier-online.example", "region/regionalzug-entgleist-weiche", "2026-06-04",
        "de",
        "Regionalzug entgleist – Ermittler prüfen Weiche",
        ("Nach der Entgleisung eines Regionalzugs bei Lindenau mit drei Toten und 54 Verletzten untersuchen "
         "Ermittler eine Weiche am Ortsausgang. Laut Polizei war der Zug mit etwa 80 Kilometern pro Stunde "
         "unterwegs.",
         "Die Bahnsprecherin Henrike Maas versprach eine rasche Aufklärung: »Wir tun alles, um die Ursache so "
         "schnell wie möglich aufzuklären.«"),
        (St("Laut Polizei ⟦war der Zug mit etwa 80 Kilometern pro Stunde unterwegs⟧", "Lindenau police", "indirect",
            "lindenau-u3"),
         St("»⟦Wir tun alles, um die Ursache so schnell wie möglich aufzuklären⟧.«", "Henrike Maas", "direct",
            "lindenau-u1")),
        (Fg("mit ⟦drei⟧ Toten", 3, None, "killed", "lindenau-q-killed"),
         Fg("und ⟦54⟧ Verletzten", 54, None, "wounded", "lindenau-q-wounded"),
         Fg("etwa ⟦80⟧ Kilometern", 80, "about", "other", "lindenau-q-speed"))),
    Art("lindenau-derailment", "lecourrierdulac.example", "monde/deraillement-lindenau", "2026-06-03", "fr",
        "Allemagne : un train déraille près de Lindenau, trois morts",
        ("Trois personnes ont été tuées et plus de 50 blessées dans le déraillement d'un train régional près de "
         "Lindenau, en Allemagne, mercredi matin. Environ 300 passagers se trouvaient à bord.",
         f"«{NB}Nous faisons tout pour élucider les causes le plus rapidement possible{NB}», a déclaré la "
         "porte-parole de la compagnie ferroviaire, Henrike Maas. Selon la police, un acte malveillant n'est pas "
         "exclu."),
        (St(f"«{NB}⟦Nous faisons tout pour élucider les causes le plus rapidement possible⟧{NB}»", "Henrike Maas",
            "direct", "lindenau-u1"),
         St("police, ⟦un acte malveillant n'est pas exclu⟧", "Lindenau police", "indirect", "lindenau-u2")),
        (Fg("⟦Trois⟧ personnes", 3, None, "killed", "lindenau-q-killed"),
         Fg("plus de ⟦50⟧ blessées", 50, "more than", "wounded", "lindenau-q-wounded"),
         Fg("Environ ⟦300⟧ passagers", 300, "about", "other", "lindenau-q-aboard"))),
    Art("lindenau-derailment", "ilgiornaledelnord.example", "esteri/germania-deraglia-treno-lindenau",
        "2026-06-03", "it",
        "Germania, deraglia un treno regionale: tre morti",
        ("Tre morti e una cinquantina di feriti: è il bilancio del deragliamento di un treno regionale vicino a "
         "Lindenau, in Germania. Secondo la portavoce delle ferrovie Henrike Maas, si sta facendo «tutto il "
         "possibile» per chiarire le cause.",
         "Il portavoce della polizia Jonas Brügger ha detto che non si può escludere un atto doloso."),
        (St("Maas, ⟦si sta facendo «tutto il possibile» per chiarire le cause⟧", "Henrike Maas", "partial",
            "lindenau-u1"),
         St("detto che ⟦non si può escludere un atto doloso⟧", "Jonas Brügger", "indirect", "lindenau-u2")),
        (Fg("⟦Tre⟧ morti", 3, None, "killed", "lindenau-q-killed"),
         Fg("⟦una cinquantina⟧ di feriti", 50, "about", "wounded", "lindenau-q-wounded"))),
    Art("lindenau-derailment", "gazetadoplanalto.example", "mundo/2026/06/03/descarrilamento-trem-alemanha",
        "2026-06-03", "pt",
        "Descarrilamento de trem na Alemanha deixa três mortos",
        ("Três pessoas morreram e mais de 50 ficaram feridas no descarrilamento de um trem regional perto de "
         "Lindenau, na Alemanha. Cerca de 300 passageiros estavam a bordo.",
         '"Estamos fazendo tudo para esclarecer as causas o mais rápido possível", disse a porta-voz da companhia '
         "ferroviária, Henrike Maas."),
        (St('"⟦Estamos fazendo tudo para esclarecer as causas o mais rápido possível⟧"', "Henrike Maas", "direct",
            "lindenau-u1"),),
        (Fg("⟦Três⟧ pessoas", 3, None, "killed", "lindenau-q-killed"),
         Fg("mais de ⟦50⟧ ficaram", 50, "more than", "wounded", "lindenau-q-wounded"),
         Fg("Cerca de ⟦300⟧ passageiros", 300, "about", "other", "lindenau-q-aboard"))),
    Art("lindenau-derailment", "seoulmaeil.example", "article/2026060309115", "2026-06-03", "ko",
        "독일 린데나우 인근 열차 탈선…3명 사망·50여 명 부상",
        ("독일 린데나우 인근에서 3일 오전 지역 열차가 탈선해 3명이 숨지고 50여 명이 다쳤다. 열차에는 승객 약 "
         "300명이 타고 있었다.",
         "철도회사 대변인 헨리케 마스는 “사고 원인을 최대한 빨리 밝히기 위해 모든 노력을 다하고 있다”고 말했다. "
         "경찰은 외부 개입 가능성을 배제할 수 없다고 밝혔다."),
        (St("“⟦사고 원인을 최대한 빨리 밝히기 위해 모든 노력을 다하고 있다⟧”", "Henrike Maas", "direct",
            "lindenau-u1"),
         St("경찰은 ⟦외부 개입 가능성을 배제할 수 없다⟧고", "Lindenau police", "indirect", "lindenau-u2")),
        (Fg("탈선해 ⟦3⟧명이", 3, None, "killed", "lindenau-q-killed"),
         Fg("⟦50여⟧ 명이", 50, "more than", "wounded", "lindenau-q-wounded"),
         Fg("약 ⟦300⟧명", 300, "about", "other", "lindenau-q-aboard"))),
    # ---------------------------------------------------------------- story 6: a chemical plant fire (TEST)
    Art("montreval-plant-fire", "lavoixdumidi.example", "regions/incendie-solvanor-montreval", "2026-02-17", "fr",
        "Incendie dans une usine chimique de Montreval : 17 blessés",
        ("Un violent incendie s'est déclaré mardi dans l'usine chimique Solvanor de Montreval, faisant 17 blessés, "
         f"dont trois graves. Les 1{NB}200 salariés du site ont été évacués.",
         f"«{NB}Il n'y a aucun danger pour la population à ce stade{NB}», a assuré la préfète Anne-Sophie Rigaud. "
         "Selon la direction de Solvanor, le feu serait parti d'un entrepôt de solvants."),
        (St(f"«{NB}⟦Il n'y a aucun danger pour la population à ce stade⟧{NB}»", "Anne-Sophie Rigaud", "direct",
            "montreval-u1"),
         St("Solvanor, ⟦le feu serait parti d'un entrepôt de solvants⟧", "Solvanor", "indirect", "montreval-u2")),
        (Fg("faisant ⟦17⟧ blessés", 17, None, "wounded", "montreval-q-wounded"),
         Fg("dont ⟦trois⟧ graves", 3, None, "wounded", "montreval-q-serious"),
         Fg(f"Les ⟦1{NB}200⟧ salariés", 1200, None, "other", "montreval-q-evacuated"))),
    Art("montreval-plant-fire", "leprogresdelest.example", "montreval/incendie-solvanor-maitrise", "2026-02-18",
        "fr",
        "Montreval : l'incendie de Solvanor maîtrisé",
        ("L'incendie qui a ravagé mardi un entrepôt de l'usine Solvanor, à Montreval, a été maîtrisé dans la "
         "soirée. Près de 20 personnes ont été blessées, selon les pompiers.",
         "La préfète Anne-Sophie Rigaud a déclaré qu'il n'y avait aucun danger pour la population. Les dégâts sont "
         "estimés à 4,5 millions d'euros."),
        (St("⟦Près de 20 personnes ont été blessées⟧, selon", "Montreval firefighters", "indirect", "montreval-u3"),
         St("déclaré qu'⟦il n'y avait aucun danger pour la population⟧", "Anne-Sophie Rigaud", "indirect",
            "montreval-u1")),
        (Fg("Près de ⟦20⟧ personnes", 20, "nearly", "wounded", "montreval-q-wounded"),
         Fg("à ⟦4,5 millions d'euros⟧", 4_500_000, None, "money", "montreval-q-damage"))),
    Art("montreval-plant-fire", "elobservadorandino.example", "mundo/incendio-planta-quimica-francia",
        "2026-02-17", "es",
        "Diecisiete heridos en el incendio de una planta química en Francia",
        ("Diecisiete personas resultaron heridas, tres de ellas de gravedad, en el incendio de la planta química "
         "Solvanor en Montreval, en el este de Francia. Los 1.200 trabajadores fueron evacuados.",
         '"No hay ningún peligro para la población en este momento", aseguró la prefecta Anne-Sophie Rigaud. Según '
         "la empresa, el fuego se originó en un almacén de disolventes."),
        (St('"⟦No hay ningún peligro para la población en este momento⟧"', "Anne-Sophie Rigaud", "direct",
            "montreval-u1"),
         St("empresa, ⟦el fuego se originó en un almacén de disolventes⟧", "Solvanor", "indirect", "montreval-u2")),
        (Fg("⟦Diecisiete⟧ personas", 17, None, "wounded", "montreval-q-wounded"),
         Fg("⟦tres⟧ de ellas", 3, None, "wounded", "montreval-q-serious"),
         Fg("Los ⟦1.200⟧ trabajadores", 1200, None, "other", "montreval-q-evacuated"))),
    Art("montreval-plant-fire", "diariodelisboa.example", "mundo/incendio-fabrica-quimica-franca", "2026-02-17",
        "pt",
        "Incêndio em fábrica química em França faz 17 feridos",
        ("Um incêndio numa fábrica química da Solvanor em Montreval, no leste de França, fez 17 feridos, três dos "
         "quais em estado grave. Cerca de 1.200 trabalhadores foram retirados do local.",
         "A prefeita Anne-Sophie Rigaud garantiu que não existe perigo para a população. De acordo com a empresa, o "
         "fogo começou num armazém de solventes."),
        (St("garantiu que ⟦não existe perigo para a população⟧", "Anne-Sophie Rigaud", "indirect", "montreval-u1"),
         St("empresa, ⟦o fogo começou num armazém de solventes⟧", "Solvanor", "indirect", "montreval-u2")),
        (Fg("fez ⟦17⟧ feridos", 17, None, "wounded", "montreval-q-wounded"),
         Fg("⟦três⟧ dos quais", 3, None, "wounded", "montreval-q-serious"),
         Fg("Cerca de ⟦1.200⟧ trabalhadores", 1200, "about", "other", "montreval-q-evacuated"))),
    Art("montreval-plant-fire", "harbourtimes.example", "world/2026/02/17/montreval-chemical-plant-fire",
        "2026-02-17", "en",
        "Fire at French chemical plant injures 17",
        ("Seventeen people were injured, three of them seriously, when fire swept through a solvent warehouse at "
         "the Solvanor chemical plant in Montreval, eastern France, on Tuesday. All 1,200 workers at the site were "
         "evacuated.",
         '"There is no danger to the population at this stage," said regional prefect Anne-Sophie Rigaud. Damage '
         "was estimated at €4.5 million."),
        (St('"⟦There is no danger to the population at this stage⟧,"', "Anne-Sophie Rigaud", "direct",
            "montreval-u1"),),
        (Fg("⟦Seventeen⟧ people", 17, None, "wounded", "montreval-q-wounded"),
         Fg("⟦three⟧ of them", 3, None, "wounded", "montreval-q-serious"),
         Fg("All ⟦1,200⟧ workers", 1200, None, "other", "montreval-q-evacuated"),
         Fg("at ⟦€4.5 million⟧", 4_500_000, None, "money", "montreval-q-damage"))),
)


# Every form an entity is written as across the set (names, transliterations, the role nouns an article names it
# by): the scorer counts a speaker right when the predicted source is named by one of them.
SPEAKER_FORMS: dict[str, tuple[str, ...]] = {
    "Katarina Velesova": ("Katarina Velesova", "Katarina Welesowa", "Katarina Velésova", "카타리나 벨레소바",
                          "벨레소바 주지사", "gobernadora"),
    "Marek Holub": ("Marek Holub", "Holub", "마렉 홀룹", "마렉 홀룹 구조대장"),
    "Corpo de Bombeiros": ("Corpo de Bombeiros", "bombeiros"),
    "Telma Faria": ("Telma Faria", "coronel Telma Faria"),
    "Mineração Piraquara": ("Mineração Piraquara", "Piraquara", "mineradora", "empresa", "azienda", "Betreiber"),
    "Sindicato dos Mineiros de Serra Alta": ("Sindicato dos Mineiros", "sindicato dos mineiros",
                                             "sindacato dei minatori", "Gewerkschaft der Bergleute"),
    "Lucia Ferrandi": ("Lucia Ferrandi", "Ferrandi", "루치아 페란디", "페란디"),
    "Navigazione Tirrena Sud": ("Navigazione Tirrena Sud", "compagnia", "compagnie", "Reederei"),
    "Giulio Marchetti": ("Giulio Marchetti", "Marchetti"),
    "Guardia costiera": ("Guardia costiera", "해안경비대", "Küstenwache", "garde-côtes", "coast guard"),
    "Seo Min-jae": ("Seo Min-jae", "Seo Min Jae", "서민재", "서민재 화령군수", "서 군수"),
    "Kang Dong-hoon": ("Kang Dong-hoon", "Kang Dong Hoon", "강동훈", "강동훈 화령소방서장"),
    "Hwaryeong fire authorities": ("소방당국", "Hwaryeong fire authorities"),
    "Henrike Maas": ("Henrike Maas", "Maas", "헨리케 마스"),
    "Jonas Brügger": ("Jonas Brügger", "Brügger"),
    "Lindenau police": ("Polizei", "police", "polizia", "경찰"),
    "Anne-Sophie Rigaud": ("Anne-Sophie Rigaud", "Rigaud"),
    "Solvanor": ("Solvanor", "direction de Solvanor", "empresa"),
    "Montreval firefighters": ("pompiers",),
}

# Later stories live in their own module, which builds its articles with the classes above: it imports this module by
# name, so the name must resolve to this very module also when it runs as a script (__main__).
sys.modules.setdefault("build_multilingual", sys.modules[__name__])
sys.path.insert(0, str(Path(__file__).resolve().parent))
from multilingual_stories_2 import ARTICLES_2, SPEAKER_FORMS_2  # noqa: E402
from multilingual_stories_3 import ARTICLES_3, SPEAKER_FORMS_3  # noqa: E402
from multilingual_stories_4 import ARTICLES_4, SPEAKER_FORMS_4  # noqa: E402
from multilingual_stories_5 import ARTICLES_5, SPEAKER_FORMS_5  # noqa: E402
from multilingual_stories_6 import ARTICLES_6, SPEAKER_FORMS_6  # noqa: E402
from multilingual_stories_7 import ARTICLES_7, SPEAKER_FORMS_7  # noqa: E402
from multilingual_stories_8 import ARTICLES_8, SPEAKER_FORMS_8  # noqa: E402
from multilingual_stories_9 import ARTICLES_9, SPEAKER_FORMS_9  # noqa: E402
from multilingual_stories_10 import ARTICLES_10, SPEAKER_FORMS_10  # noqa: E402
from multilingual_stories_11 import ARTICLES_11, SPEAKER_FORMS_11  # noqa: E402
from multilingual_stories_12 import ARTICLES_12, SPEAKER_FORMS_12  # noqa: E402
from multilingual_stories_13 import ARTICLES_13, SPEAKER_FORMS_13  # noqa: E402
from multilingual_stories_14 import ARTICLES_14, SPEAKER_FORMS_14  # noqa: E402
from multilingual_stories_15 import ARTICLES_15, SPEAKER_FORMS_15  # noqa: E402
from multilingual_stories_16 import ARTICLES_16, SPEAKER_FORMS_16  # noqa: E402
from multilingual_stories_17 import ARTICLES_17, SPEAKER_FORMS_17  # noqa: E402
from multilingual_stories_18 import ARTICLES_18, SPEAKER_FORMS_18  # noqa: E402
from multilingual_stories_19 import ARTICLES_19, SPEAKER_FORMS_19  # noqa: E402
from multilingual_stories_20 import ARTICLES_20, SPEAKER_FORMS_20  # noqa: E402
from multilingual_stories_21 import ARTICLES_21, SPEAKER_FORMS_21  # noqa: E402
from multilingual_stories_22 import ARTICLES_22, SPEAKER_FORMS_22  # noqa: E402
from multilingual_stories_23 import ARTICLES_23, SPEAKER_FORMS_23  # noqa: E402
from multilingual_stories_24 import ARTICLES_24, SPEAKER_FORMS_24  # noqa: E402
from multilingual_stories_25 import ARTICLES_25, SPEAKER_FORMS_25  # noqa: E402
from multilingual_stories_26 import ARTICLES_26, SPEAKER_FORMS_26  # noqa: E402
from multilingual_stories_27 import ARTICLES_27, SPEAKER_FORMS_27  # noqa: E402
from multilingual_stories_28 import ARTICLES_28, SPEAKER_FORMS_28  # noqa: E402
from multilingual_stories_29 import ARTICLES_29, SPEAKER_FORMS_29  # noqa: E402
from multilingual_stories_30 import ARTICLES_30, SPEAKER_FORMS_30  # noqa: E402
from multilingual_stories_31 import ARTICLES_31, SPEAKER_FORMS_31  # noqa: E402
from multilingual_stories_32 import ARTICLES_32, SPEAKER_FORMS_32  # noqa: E402
from multilingual_stories_33 import ARTICLES_33, SPEAKER_FORMS_33  # noqa: E402
from multilingual_stories_34 import ARTICLES_34, SPEAKER_FORMS_34  # noqa: E402
from multilingual_stories_35 import ARTICLES_35, SPEAKER_FORMS_35  # noqa: E402
from multilingual_stories_36 import ARTICLES_36, SPEAKER_FORMS_36  # noqa: E402
from multilingual_stories_37 import ARTICLES_37, SPEAKER_FORMS_37  # noqa: E402
from multilingual_stories_38 import ARTICLES_38, SPEAKER_FORMS_38  # noqa: E402
from multilingual_stories_39 import ARTICLES_39, SPEAKER_FORMS_39  # noqa: E402
from multilingual_stories_40 import ARTICLES_40, SPEAKER_FORMS_40  # noqa: E402
from multilingual_stories_41 import ARTICLES_41, SPEAKER_FORMS_41  # noqa: E402
from multilingual_stories_42 import ARTICLES_42, SPEAKER_FORMS_42  # noqa: E402
from multilingual_stories_43 import ARTICLES_43, SPEAKER_FORMS_43  # noqa: E402
from multilingual_stories_44 import ARTICLES_44, SPEAKER_FORMS_44  # noqa: E402
from multilingual_stories_45 import ARTICLES_45, SPEAKER_FORMS_45  # noqa: E402
from multilingual_stories_46 import ARTICLES_46, SPEAKER_FORMS_46  # noqa: E402
from multilingual_stories_47 import ARTICLES_47, SPEAKER_FORMS_47  # noqa: E402

for _more in (SPEAKER_FORMS_2, SPEAKER_FORMS_3, SPEAKER_FORMS_4, SPEAKER_FORMS_5, SPEAKER_FORMS_6, SPEAKER_FORMS_7,
              SPEAKER_FORMS_8, SPEAKER_FORMS_9, SPEAKER_FORMS_10, SPEAKER_FORMS_11, SPEAKER_FORMS_12, SPEAKER_FORMS_13,
              SPEAKER_FORMS_14, SPEAKER_FORMS_15, SPEAKER_FORMS_16, SPEAKER_FORMS_17, SPEAKER_FORMS_18,
              SPEAKER_FORMS_19, SPEAKER_FORMS_20, SPEAKER_FORMS_21, SPEAKER_FORMS_22, SPEAKER_FORMS_23,
              SPEAKER_FORMS_24, SPEAKER_FORMS_25, SPEAKER_FORMS_26, SPEAKER_FORMS_27, SPEAKER_FORMS_28, SPEAKER_FORMS_29,
              SPEAKER_FORMS_30, SPEAKER_FORMS_31, SPEAKER_FORMS_32, SPEAKER_FORMS_33, SPEAKER_FORMS_34,
              SPEAKER_FORMS_35, SPEAKER_FORMS_36, SPEAKER_FORMS_37,
              SPEAKER_FORMS_38, SPEAKER_FORMS_39, SPEAKER_FORMS_40,
              SPEAKER_FORMS_41, SPEAKER_FORMS_42, SPEAKER_FORMS_43, SPEAKER_FORMS_44, SPEAKER_FORMS_45, SPEAKER_FORMS_46, SPEAKER_FORMS_47):
    assert not SPEAKER_FORMS.keys() & _more.keys(), "an entity is defined twice"
    SPEAKER_FORMS = {**SPEAKER_FORMS, **_more}
ARTICLES = (ARTICLES + ARTICLES_2 + ARTICLES_3 + ARTICLES_4 + ARTICLES_5 + ARTICLES_6 + ARTICLES_7 + ARTICLES_8
            + ARTICLES_9 + ARTICLES_10 + ARTICLES_11 + ARTICLES_12 + ARTICLES_13 + ARTICLES_14 + ARTICLES_15
            + ARTICLES_16 + ARTICLES_17 + ARTICLES_18 + ARTICLES_19 + ARTICLES_20 + ARTICLES_21 + ARTICLES_22
            + ARTICLES_23 + ARTICLES_24 + ARTICLES_25 + ARTICLES_26 + ARTICLES_27 + ARTICLES_28 + ARTICLES_29
            + ARTICLES_30 + ARTICLES_31 + ARTICLES_32 + ARTICLES_33 + ARTICLES_34 + ARTICLES_35 + ARTICLES_36
            + ARTICLES_37 + ARTICLES_38 + ARTICLES_39 + ARTICLES_40
            + ARTICLES_41 + ARTICLES_42 + ARTICLES_43 + ARTICLES_44 + ARTICLES_45 + ARTICLES_46 + ARTICLES_47)


def record(art: Art, n: int) -> dict:
    text = art.text
    statements = []
    for i, st in enumerate(art.statements):
        start, end, span = locate(text, st.ctx)
        statements.append({"id": f"s{i}", "start": start, "end": end, "text": span, "speaker_ref": st.speaker,
                           "speaker_forms": list(SPEAKER_FORMS[st.speaker]), "kind": st.kind,
                           "utterance": st.utterance})
    figures = []
    for i, fg in enumerate(art.figures):
        start, end, span = locate(text, fg.ctx)
        figures.append({"id": f"f{i}", "start": start, "end": end, "text": span, "value": fg.value,
                        "low": fg.low if fg.low is not None else fg.value,
                        "high": fg.high if fg.high is not None else fg.value,
                        "qualifier": fg.qualifier, "category": fg.category, "quantity": fg.quantity})
    return {"id": f"ml-{art.story}-{n:02d}-{art.lang}", "story": art.story,
            "split": "test" if art.story in TEST_STORIES else "dev", "outlet": art.outlet,
            "url": f"https://www.{art.outlet}/{art.slug}", "date": art.date, "lang": art.lang, "title": art.title,
            "text": text, "statements": statements, "figures": figures}


def build() -> dict[str, str]:
    counters: dict[str, int] = {}
    lines: dict[str, list[str]] = {"dev": [], "test": []}
    for art in ARTICLES:
        counters[art.story] = counters.get(art.story, 0) + 1
        rec = record(art, counters[art.story])
        lines[rec["split"]].append(json.dumps(rec, ensure_ascii=False))
    return {f"{split}.jsonl": "\n".join(rows) + "\n" for split, rows in lines.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the stored files differ from this build")
    args = parser.parse_args()
    files = build()
    if args.check:
        stale = [n for n, body in files.items() if not (OUT / n).is_file() or (OUT / n).read_text("utf-8") != body]
        if stale:
            print(f"out of date: {', '.join(stale)} (run tools/build_multilingual.py)", file=sys.stderr)
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (OUT / name).write_text(body, encoding="utf-8")
        print(f"wrote {OUT / name} ({body.count(chr(10))} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
