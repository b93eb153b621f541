"""Issue 17, figures in de, es, fr, it, pt and ko (round 11): a construction checklist of invented newspaper
sentences, written before the system was run on it, each with the figure a careful reader takes from it — value (or
a range's low and high), qualifier in the English vocabulary of extract/lexicons/figure_qualifiers.tsv, and category.

It covers numerals in every local format (`3.000`, `3 000` with a no-break or a narrow no-break space, `4.700,5`,
`1,2 millones`, `2,5 Mio.`, `1 million 200 000`), number words (`dreihundert`, `quinientos`, `deux mille`,
`duecento`, `trezentos`, `세 명`), Korean unit characters (`4천700`, `1만5천`, `3천여 명`, `600여명`, `1조2천억`),
qualifiers before and after the number, ranges (`zwischen 40 und 50`, `de 40 a 50`, `40~50명`), the categories of
people (killed, wounded, missing, displaced, arrested) and amounts that count no people (money, percent, hectares).

A second batch (CHECKLIST_2), written once the first was fixed and before the system read it, adds collective
numerals (`zwei Dutzend`, `un millar`), vague plurals, percentages, counts after a copula, and numbers that count
nothing (an age fused to its number, `45-jähriger`; a clock time). A third (CHECKLIST_3), written likewise after the second, adds
approximate collective numerals (`une vingtaine`), currency signs (`12 000 €`), ranges whose bounds take an article
(`entre un 10 y un 15 %`), Korean ranges and qualifiers after a counter, and vague thousands (`Miles de`).

Every item that passes is asserted one by one; the items still failing are kept, by name, in STILL_FAILING, and each
batch asserts its pass count (the count at the end of the round), so a fix shows and a loss fails. All sentences are
invented."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article, Figure, Ledger, check_offsets

NB, NNB = "\u00a0", "\u202f"


class Item(NamedTuple):
    id: str
    lang: str
    text: str
    span: str  # the numeral as written: the figure must overlap its first occurrence
    value: float | None  # None: a range (low, high), or, with low None too, no point value at all (수십 명)
    qualifier: str | None
    category: str
    low: float | None = None
    high: float | None = None


def _range(id_: str, lang: str, text: str, span: str, low: float, high: float, qualifier: str | None,
           category: str) -> Item:
    return Item(id_, lang, text, span, None, qualifier, category, low, high)


CHECKLIST: tuple[Item, ...] = (
    # --- German ---
    Item("de-01", "de", "Nach dem Erdbeben im Bergland sind mehr als 3.000 Menschen obdachlos.", "3.000", 3000,
         "more than", "displaced"),
    Item("de-02", "de", "Die Feuerwehr hat knapp 4.700 Anwohner in Sicherheit gebracht.", "4.700", 4700, "nearly",
         "displaced"),
    Item("de-03", "de", "Die Polizei hat am Samstag gut 300 Demonstranten festgenommen.", "300", 300, "more than",
         "arrested"),
    Item("de-04", "de", "Das Hochwasser richtete in Talbrück Schäden von 2,5 Mio. Euro an.", "2,5 Mio.", 2_500_000,
         None, "money"),
    Item("de-05", "de", "Der Brand zerstörte nach Angaben des Forstamts 4.700,5 Hektar Wald.", "4.700,5", 4700.5,
         None, "other"),
    _range("de-06", "de", "Zwischen 40 und 50 Menschen werden nach dem Lawinenabgang noch vermisst.", "40", 40, 50,
           None, "missing"),
    Item("de-07", "de", "Bei dem Zugunglück nahe Oberwald wurden dreihundert Fahrgäste verletzt.", "dreihundert",
         300, None, "wounded"),
    Item("de-08", "de", "Über 120 Menschen starben bei den Überschwemmungen im Süden des Landes.", "120", 120,
         "more than", "killed"),
    Item("de-09", "de", f"Bis zu 2{NB}000 Helfer sollen am Wochenende im Katastrophengebiet eingesetzt werden.",
         f"2{NB}000", 2000, "up to", "other"),
    Item("de-10", "de", "Rund 1,2 Millionen Haushalte waren am Morgen ohne Strom.", "1,2 Millionen", 1_200_000,
         "about", "other"),
    Item("de-11", "de", "Mindestens 17 Menschen kamen ums Leben, wie die Behörden mitteilten.", "17", 17,
         "at least", "killed"),
    Item("de-12", "de", "Das Land stellt den betroffenen Gemeinden 850.000 Euro bereit.", "850.000", 850_000, None,
         "money"),
    Item("de-13", "de", "Die Zahl der Toten stieg bis zum Abend auf 23.", "23", 23, None, "killed"),
    Item("de-14", "de", "Etwa 600 Bewohner mussten ihre Häuser verlassen.", "600", 600, "about", "displaced"),
    _range("de-15", "de", "Die Rettungsdienste zählten zehn bis zwölf Verletzte.", "zehn", 10, 12, None, "wounded"),
    # --- Spanish ---
    Item("es-01", "es", "Más de 3.000 personas fueron evacuadas por el incendio forestal.", "3.000", 3000,
         "more than", "displaced"),
    Item("es-02", "es", "Cerca de 1,2 millones de viviendas quedaron a oscuras durante la tormenta.", "1,2 millones",
         1_200_000, "about", "other"),
    Item("es-03", "es", "El terremoto dejó quinientos heridos en la provincia de Arenal.", "quinientos", 500, None,
         "wounded"),
    Item("es-04", "es", "Alrededor de 40 personas siguen desaparecidas tras la riada.", "40", 40, "about",
         "missing"),
    Item("es-05", "es", "Unos 250 migrantes fueron detenidos en la frontera norte.", "250", 250, "about",
         "arrested"),
    Item("es-06", "es", "Hasta 800 vecinos podrían ser desalojados esta noche.", "800", 800, "up to", "displaced"),
    _range("es-07", "es", "Entre 40 y 50 mineros murieron en la explosión de la galería.", "40", 40, 50, None,
           "killed"),
    Item("es-08", "es", "Las obras del nuevo puerto costarán 4,5 millones de euros.", "4,5 millones", 4_500_000,
         None, "money"),
    Item("es-09", "es", "La policía arrestó a 37 personas durante las protestas.", "37", 37, None, "arrested"),
    Item("es-10", "es", "El balance oficial asciende ya a 112 muertos.", "112", 112, None, "killed"),
    _range("es-11", "es", "De 40 a 50 familias perdieron su casa en el incendio.", "40", 40, 50, None, "displaced"),
    Item("es-12", "es", "Al menos 9 personas murieron y otras 31 resultaron heridas.", "9", 9, "at least", "killed"),
    Item("es-13", "es", "Al menos 9 personas murieron y otras 31 resultaron heridas.", "31", 31, None, "wounded"),
    Item("es-14", "es", "El Ayuntamiento cifra los daños en 2.300.000 euros.", "2.300.000", 2_300_000, None,
         "money"),
    Item("es-15", "es", "La cosecha de aceituna cayó un 12,5 % respecto a la campaña anterior.", "12,5", 12.5, None,
         "other"),
    # --- French ---
    Item("fr-01", "fr", f"Plus de 3{NNB}000 personnes ont été évacuées dans la nuit.", f"3{NNB}000", 3000,
         "more than", "displaced"),
    Item("fr-02", "fr", f"Près de 1{NB}200 pompiers sont mobilisés sur le massif.", f"1{NB}200", 1200, "nearly",
         "other"),
    Item("fr-03", "fr", "Environ 40 personnes sont toujours portées disparues.", "40", 40, "about", "missing"),
    Item("fr-04", "fr", "Deux mille manifestants ont défilé samedi à Vervins.", "Deux mille", 2000, None, "other"),
    Item("fr-05", "fr", "Quelque 150 habitants ont dû quitter leur logement.", "150", 150, "about", "displaced"),
    Item("fr-06", "fr", "Jusqu'à 500 euros d'aide seront versés à chaque foyer sinistré.", "500", 500, "up to",
         "money"),
    Item("fr-07", "fr", "Au moins 12 personnes ont été tuées dans l'attaque du convoi.", "12", 12, "at least",
         "killed"),
    Item("fr-08", "fr", "La rénovation du pont coûtera 1 million 200 000 euros.", "1 million", 1_200_000, None,
         "money"),
    _range("fr-09", "fr", "Entre 40 et 50 personnes ont été blessées lors de l'effondrement.", "40", 40, 50, None,
           "wounded"),
    Item("fr-10", "fr", "La police a interpellé 23 personnes en marge du match.", "23", 23, None, "arrested"),
    Item("fr-11", "fr", "Le bilan s'élève désormais à 17 morts.", "17", 17, None, "killed"),
    Item("fr-12", "fr", "Les travaux de la digue ont coûté 4,7 millions d'euros.", "4,7 millions", 4_700_000, None,
         "money"),
    Item("fr-13", "fr", "500 personnes environ ont dormi dans des gymnases après l'évacuation.", "500", 500,
         "about", "displaced"),
    _range("fr-14", "fr", "De 30 à 40 blessés ont été soignés sur place.", "30", 30, 40, None, "wounded"),
    Item("fr-15", "fr", "Le taux de chômage atteint 7,4 % dans le département.", "7,4", 7.4, None, "other"),
    # --- Italian ---
    Item("it-01", "it", "Oltre 3.000 persone sono state evacuate dopo la frana.", "3.000", 3000, "more than",
         "displaced"),
    Item("it-02", "it", "Quasi 200 feriti sono stati soccorsi dai volontari.", "200", 200, "nearly", "wounded"),
    Item("it-03", "it", "Il comune stanzierà circa 1,5 milioni di euro per la ricostruzione.", "1,5 milioni",
         1_500_000, "about", "money"),
    Item("it-04", "it", "Almeno 14 persone sono morte nel crollo della palazzina.", "14", 14, "at least", "killed"),
    Item("it-05", "it", "Fino a 600 sfollati potranno rientrare nelle loro case entro domenica.", "600", 600,
         "up to", "displaced"),
    Item("it-06", "it", "Duecento agenti hanno presidiato la piazza per tutta la notte.", "Duecento", 200, None,
         "other"),
    _range("it-07", "it", "Tra 40 e 50 persone risultano ancora disperse.", "40", 40, 50, None, "missing"),
    Item("it-08", "it", "La polizia ha arrestato 28 persone durante gli scontri.", "28", 28, None, "arrested"),
    Item("it-09", "it", "Il bilancio delle vittime è salito a 33 morti.", "33", 33, None, "killed"),
    Item("it-10", "it", "Quest'anno il raccolto di grano è stato di 4.700,5 tonnellate.", "4.700,5", 4700.5, None,
         "other"),
    _range("it-11", "it", "Da 40 a 50 famiglie hanno perso la casa nell'alluvione.", "40", 40, 50, None,
           "displaced"),
    Item("it-12", "it", "Sono circa 1.200 gli sfollati ospitati nelle palestre.", "1.200", 1200, "about",
         "displaced"),
    Item("it-13", "it", "Un morto e tre feriti è il bilancio dell'incidente sulla provinciale.", "Un", 1, None,
         "killed"),
    Item("it-14", "it", "Un morto e tre feriti è il bilancio dell'incidente sulla provinciale.", "tre", 3, None,
         "wounded"),
    Item("it-15", "it", "Il governo ha stanziato oltre 2 miliardi di euro per le imprese.", "2 miliardi",
         2_000_000_000, "more than", "money"),
    # --- Portuguese ---
    Item("pt-01", "pt", "Mais de 3.000 pessoas foram retiradas de casa por causa das cheias.", "3.000", 3000,
         "more than", "displaced"),
    Item("pt-02", "pt", "Quase 400 bombeiros combatem as chamas na serra.", "400", 400, "nearly", "other"),
    Item("pt-03", "pt", "Cerca de 1,3 milhões de moradores ficaram sem água potável.", "1,3 milhões", 1_300_000,
         "about", "other"),
    Item("pt-04", "pt", "Pelo menos 21 pessoas morreram no deslizamento de terras.", "21", 21, "at least",
         "killed"),
    Item("pt-05", "pt", "Até 500 famílias podem ser desalojadas nos próximos dias.", "500", 500, "up to",
         "displaced"),
    Item("pt-06", "pt", "Trezentos manifestantes foram detidos pela polícia.", "Trezentos", 300, None, "arrested"),
    _range("pt-07", "pt", "Entre 40 e 50 pessoas continuam desaparecidas.", "40", 40, 50, None, "missing"),
    Item("pt-08", "pt", "O acidente na autoestrada deixou 12 feridos.", "12", 12, None, "wounded"),
    Item("pt-09", "pt", "A obra da nova escola custará 2,5 milhões de euros.", "2,5 milhões", 2_500_000, None,
         "money"),
    _range("pt-10", "pt", "De 10 a 15 casas foram destruídas pelo tornado.", "10", 10, 15, None, "other"),
    Item("pt-11", "pt", "O número de mortos subiu para 27.", "27", 27, None, "killed"),
    Item("pt-12", "pt", "A polícia prendeu 45 suspeitos na operação.", "45", 45, None, "arrested"),
    Item("pt-13", "pt", "Uns 600 desalojados dormem em pavilhões desportivos.", "600", 600, "about", "displaced"),
    Item("pt-14", "pt", "A inflação chegou a 4,7 % no primeiro trimestre.", "4,7", 4.7, None, "other"),
    Item("pt-15", "pt", "Morreram vinte e duas pessoas no incêndio do armazém.", "vinte e duas", 22, None,
         "killed"),
    # --- Korean ---
    Item("ko-01", "ko", "이번 지진으로 주민 3천여 명이 대피했다.", "3천여", 3000, "more than", "displaced"),
    Item("ko-02", "ko", "산불이 번지면서 주민 600여명이 집을 떠났다.", "600여", 600, "more than", "displaced"),
    Item("ko-03", "ko", "사고 현장에는 소방관 수십 명이 투입됐다.", "수십", None, None, "other"),
    Item("ko-04", "ko", "이번 화재로 인근 주민 4천700명이 대피했다.", "4천700", 4700, None, "displaced"),
    Item("ko-05", "ko", "경찰은 집회 참가자를 1만5천 명으로 집계했다.", "1만5천", 15000, None, "other"),
    Item("ko-06", "ko", "이번 사고로 최소 12명이 숨졌다.", "12", 12, "at least", "killed"),
    Item("ko-07", "ko", "약 300명이 다쳐 인근 병원으로 옮겨졌다.", "300", 300, "about", "wounded"),
    _range("ko-08", "ko", "실종자는 40~50명으로 추정된다.", "40", 40, 50, None, "missing"),
    Item("ko-09", "ko", "경찰은 시위대 200명 이상을 체포했다.", "200", 200, "at least", "arrested"),
    Item("ko-10", "ko", "피해액은 50억 원가량으로 추산된다.", "50억", 5_000_000_000, "about", "money"),
    Item("ko-11", "ko", "당국은 최대 2천 명이 대피할 수 있다고 밝혔다.", "2천", 2000, "up to", "displaced"),
    Item("ko-12", "ko", "이번 홍수로 어린이 세 명이 실종됐다.", "세", 3, None, "missing"),
    Item("ko-13", "ko", "부상자는 100명이 넘는 것으로 알려졌다.", "100", 100, "more than", "wounded"),
    Item("ko-14", "ko", "정부는 복구비로 1조2천억 원을 편성했다.", "1조2천억", 1_200_000_000_000, None, "money"),
    Item("ko-15", "ko", "1천 명이 넘는 주민이 대피했다.", "1천", 1000, "more than", "displaced"),
)

# A second batch, written after the first had been run and fixed but before the system read this one: collective
# numerals, vague plurals (no point value), percentages, counts after a copula, and numbers that count nothing
# (ages, clock times; category "none": no figure may overlap the span).
CHECKLIST_2: tuple[Item, ...] = (
    Item("de-b1", "de", "Mehr als zwei Dutzend Häuser wurden durch den Sturm beschädigt.", "zwei Dutzend", 24,
         "more than", "other"),
    Item("de-b2", "de", "Hunderte Menschen harrten die Nacht über in Notunterkünften aus.", "Hunderte", None, None,
         "other"),
    Item("de-b3", "de", "Die Arbeitslosenquote sank im Herbst auf 5,8 Prozent.", "5,8", 5.8, None, "other"),
    Item("de-b4", "de", "Ein 45-jähriger Radfahrer wurde bei dem Unfall schwer verletzt.", "45", None, None, "none"),
    Item("de-b5", "de", "Am Sonntag um 14.30 Uhr wurden 12 Menschen festgenommen.", "14.30", None, None, "none"),
    Item("de-b6", "de", "Am Sonntag um 14.30 Uhr wurden 12 Menschen festgenommen.", "12", 12, None, "arrested"),
    Item("es-b1", "es", "Más de un millar de personas pasaron la noche en albergues.", "un millar", 1000, "more than",
         "displaced"),
    Item("es-b2", "es", "Decenas de vecinos fueron evacuados de madrugada.", "Decenas", None, None, "other"),
    Item("es-b3", "es", "El paro bajó al 11,2 % en el último trimestre.", "11,2", 11.2, None, "other"),
    Item("es-b4", "es", "Los heridos son ya 45, según Protección Civil.", "45", 45, None, "wounded"),
    Item("fr-b1", "fr", "Un millier de personnes ont été évacuées vers les communes voisines.", "Un millier", 1000,
         "about", "displaced"),
    Item("fr-b2", "fr", "Des centaines de manifestants ont défilé dans le centre.", "centaines", None, None, "other"),
    Item("fr-b3", "fr", "Le bilan provisoire est de 8 morts et 26 blessés.", "8", 8, None, "killed"),
    Item("fr-b4", "fr", "Le bilan provisoire est de 8 morts et 26 blessés.", "26", 26, None, "wounded"),
    Item("fr-b5", "fr", "Au total, 1,5 million de foyers sont privés d'électricité.", "1,5 million", 1_500_000, None,
         "other"),
    Item("it-b1", "it", "Un migliaio di persone sono state evacuate dalla zona rossa.", "Un migliaio", 1000, "about",
         "displaced"),
    Item("it-b2", "it", "Centinaia di persone hanno dormito in auto.", "Centinaia", None, None, "other"),
    Item("it-b3", "it", "I morti sono saliti a 12 e i feriti a 40.", "12", 12, None, "killed"),
    Item("it-b4", "it", "I morti sono saliti a 12 e i feriti a 40.", "40", 40, None, "wounded"),
    Item("it-b5", "it", "La disoccupazione è scesa al 7,9 per cento.", "7,9", 7.9, None, "other"),
    Item("pt-b1", "pt", "Cerca de um milhar de pessoas foram retiradas das aldeias.", "um milhar", 1000, "about",
         "displaced"),
    Item("pt-b2", "pt", "Dezenas de casas ficaram destruídas.", "Dezenas", None, None, "other"),
    Item("pt-b3", "pt", "Os feridos são 14, dois deles em estado grave.", "14", 14, None, "wounded"),
    Item("pt-b4", "pt", "O desemprego caiu para 6,1 % em dezembro.", "6,1", 6.1, None, "other"),
    Item("ko-b1", "ko", "이번 사고로 10여 명이 다쳤다.", "10여", 10, "more than", "wounded"),
    Item("ko-b2", "ko", "수백 명이 거리로 나와 구호를 외쳤다.", "수백", None, None, "other"),
    Item("ko-b3", "ko", "침수 피해로 주민 1천여 가구가 대피했다.", "1천여", 1000, "more than", "displaced"),
    Item("ko-b4", "ko", "사망자는 2만 명을 넘었다.", "2만", 20000, "more than", "killed"),
    Item("ko-b5", "ko", "오후 3시 30분께 창고에서 불이 났다.", "3", None, None, "none"),
    Item("ko-b6", "ko", "실업률은 3.2%로 집계됐다.", "3.2", 3.2, None, "other"),
)

# A third batch, written once the second was fixed and before the system read it: approximate collective numerals
# (`une vingtaine`), currency signs, ranges of percentages and of scaled amounts, Korean ranges and qualifiers after
# a counter, vague thousands, two fates in one clause pair.
CHECKLIST_3: tuple[Item, ...] = (
    _range("de-c1", "de", "Die Preise stiegen um 20 bis 30 Prozent.", "20", 20, 30, None, "other"),
    Item("de-c2", "de", "Tausende Menschen demonstrierten am Wochenende in der Hauptstadt.", "Tausende", None, None,
         "other"),
    Item("de-c3", "de", "Der Schaden beläuft sich auf 3,5 Mrd. Euro.", "3,5 Mrd.", 3_500_000_000, None, "money"),
    Item("de-c4", "de", "Zwei Menschen starben, elf weitere wurden verletzt.", "elf", 11, None, "wounded"),
    Item("de-c5", "de", "Zwei Menschen starben, elf weitere wurden verletzt.", "Zwei", 2, None, "killed"),
    Item("es-c1", "es", "Una veintena de heridos fueron trasladados al hospital comarcal.", "Una veintena", 20,
         "about", "wounded"),
    Item("es-c2", "es", "Miles de personas salieron a la calle en Valdemora.", "Miles", None, None, "other"),
    Item("es-c3", "es", "El fondo de ayuda asciende a 45.000 dólares por familia.", "45.000", 45_000, None, "money"),
    _range("es-c4", "es", "Los precios subieron entre un 10 y un 15 % este año.", "10", 10, 15, None, "other"),
    Item("es-c5", "es", "Tres personas murieron y una decena resultaron heridas.", "una decena", 10, "about",
         "wounded"),
    Item("fr-c1", "fr", "Une vingtaine de blessés ont été transportés à l'hôpital.", "Une vingtaine", 20, "about",
         "wounded"),
    Item("fr-c2", "fr", "Des milliers de personnes ont manifesté à Lussan.", "milliers", None, None, "other"),
    Item("fr-c3", "fr", f"La facture s'élève à 12{NNB}000 € par logement.", f"12{NNB}000", 12_000, None, "money"),
    _range("fr-c4", "fr", "Les loyers ont augmenté de 5 à 8 % en un an.", "5", 5, 8, None, "other"),
    Item("fr-c5", "fr", "Trois personnes sont mortes et une dizaine ont été blessées.", "une dizaine", 10, "about",
         "wounded"),
    Item("it-c1", "it", "Una trentina di feriti sono stati ricoverati.", "Una trentina", 30, "about", "wounded"),
    Item("it-c2", "it", "Migliaia di persone hanno sfilato per le vie del centro.", "Migliaia", None, None, "other"),
    Item("it-c3", "it", "Il comune ha speso 850.000 euro per il nuovo ponte.", "850.000", 850_000, None, "money"),
    _range("it-c4", "it", "Le bollette sono aumentate tra il 20 e il 25 per cento.", "20", 20, 25, None, "other"),
    Item("it-c5", "it", "Due persone sono morte e una decina sono rimaste ferite.", "una decina", 10, "about",
         "wounded"),
    Item("pt-c1", "pt", "Uma dezena de feridos foi levada para o hospital.", "Uma dezena", 10, "about", "wounded"),
    Item("pt-c2", "pt", "Milhares de pessoas saíram à rua em Vila Serena.", "Milhares", None, None, "other"),
    Item("pt-c3", "pt", "A câmara vai gastar 1,2 milhões de euros na ponte.", "1,2 milhões", 1_200_000, None,
         "money"),
    _range("pt-c4", "pt", "As rendas subiram entre 10 e 15 % no último ano.", "10", 10, 15, None, "other"),
    Item("pt-c5", "pt", "Duas pessoas morreram e outras sete ficaram feridas.", "sete", 7, None, "wounded"),
    Item("ko-c1", "ko", "이번 사고로 1명이 숨지고 3명이 다쳤다.", "1", 1, None, "killed"),
    Item("ko-c2", "ko", "이번 사고로 1명이 숨지고 3명이 다쳤다.", "3", 3, None, "wounded"),
    Item("ko-c3", "ko", "부상자는 10명 안팎으로 파악됐다.", "10", 10, "about", "wounded"),
    _range("ko-c4", "ko", "요금은 10~20% 오를 전망이다.", "10", 10, 20, None, "other"),
    Item("ko-c5", "ko", "수천 명이 광장에 모였다.", "수천", None, None, "other"),
    Item("ko-c6", "ko", "정부는 피해 가구에 3천만 원씩 지원한다.", "3천만", 30_000_000, None, "money"),
)

# Items the rules still read wrongly at the end of the round (each a construction the rules do not state yet).
STILL_FAILING: frozenset[str] = frozenset({
    "fr-13",  # displaced only through the noun "après l'évacuation": the category words are verbs and adjectives
    "es-c2",  # "Miles de personas" read as 1000: listing "miles" as a vague plural cost dev's statement alignment
})
# Each batch's pass count at the end of the round (before the round's fixes: first 79/90, second 28/30 after the
# first's fixes, third 27/31 after the second's): a fix raises it, a loss fails the test.
PASSING_AT_LEAST = {"first": 89, "second": 30, "third": 30}
BATCHES = {"first": CHECKLIST, "second": CHECKLIST_2, "third": CHECKLIST_3}


def _close(x: float | None, y: float | None) -> bool:
    return x == y if x is None or y is None else abs(x - y) <= 1e-6 * max(1.0, abs(y))


def _figure_at(item: Item) -> Figure | None:
    """The figure overlapping the item's numeral most, the offsets checked."""
    ex = extract_by_rules(Article(id=f"c11-{item.id}", text=item.text, lang=item.lang))
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    start = item.text.index(item.span)
    end = start + len(item.span)
    overlapping = [f for f in ex.figures if f.start < end and start < f.end]
    return max(overlapping, key=lambda f: min(f.end, end) - max(f.start, start), default=None)


def reading(item: Item) -> str | None:
    """What is wrong with the system's reading of the item, or None when it reads it as the checklist says."""
    fig = _figure_at(item)
    if item.category == "none":  # a number that counts nothing: an age, a clock time
        return None if fig is None else f"a figure {fig.text!r}"
    if item.value is None and item.low is None:  # a vague count: no point value, whatever else
        return None if fig is None or fig.value is None else f"a point value {fig.value}"
    if fig is None:
        return "no figure"
    if item.value is not None and not _close(fig.value, item.value):
        return f"value {fig.value}"
    if item.value is None and not (_close(fig.low, item.low) and _close(fig.high, item.high)):
        return f"range {fig.low}–{fig.high}"
    if fig.qualifier != item.qualifier:
        return f"qualifier {fig.qualifier}"
    if fig.category != item.category:
        return f"category {fig.category}"
    return None


def test_the_checklist_is_well_formed():
    items = CHECKLIST + CHECKLIST_2 + CHECKLIST_3
    assert len({i.id for i in items}) == len(items)
    assert all({i.lang for i in batch} == {"de", "es", "fr", "it", "pt", "ko"} for batch in BATCHES.values())
    assert all(i.span in i.text for i in items)
    assert STILL_FAILING.issubset(i.id for i in items)


@pytest.mark.parametrize("item", [i for i in CHECKLIST + CHECKLIST_2 + CHECKLIST_3 if i.id not in STILL_FAILING],
                         ids=lambda i: i.id)
def test_a_checklist_item_is_read_as_a_reader_reads_it(item):
    assert reading(item) is None


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_the_checklist_pass_count_holds(batch):
    items = BATCHES[batch]
    failing = {i.id: why for i in items if (why := reading(i)) is not None}
    assert len(items) - len(failing) >= PASSING_AT_LEAST[batch], failing


# --- the rules the checklist asked for, one construction each (beyond the checklist's own sentences) ---------------


def _read(lang: str, text: str) -> list[Figure]:
    ex = extract_by_rules(Article(id=f"c11-{lang}", text=text, lang=lang))
    assert not check_offsets(Ledger(articles=[ex.article], sources=ex.sources, statements=ex.statements,
                                    figures=ex.figures))
    return ex.figures


def test_an_abbreviated_scale_word_takes_its_full_stop():
    [fig] = _read("de", "Der Verband rechnet mit Einbußen von 1,4 Mrd. Euro.")
    assert (fig.value, fig.text, fig.category) == (1_400_000_000, "1,4 Mrd.", "money")


def test_a_smaller_number_after_a_scale_word_completes_the_amount():
    [fig] = _read("fr", "L'association a récolté 2 millions 350 000 euros en un mois.")
    assert (fig.value, fig.text) == (2_350_000, "2 millions 350 000")


def test_a_small_count_after_a_scale_word_is_a_count_of_its_own():
    # no full stop between the two sentences' numbers: 15 is too small to be the remainder of 2 millions
    figs = _read("es", "La obra costó 2 millones 15 personas perdieron su empleo.")
    assert sorted(f.value for f in figs) == [15, 2_000_000]


def test_two_scaled_numbers_of_a_range_stay_its_two_bounds():
    [fig] = _read("fr", "Le budget passera de 3 millions à 4 millions d'euros.")
    assert (fig.low, fig.high) == (3_000_000, 4_000_000)


def test_an_article_opening_a_sentence_before_a_toll_word_counts_one():
    figs = {f.text: f for f in _read("es", "Un muerto y dos heridos dejó el choque de dos camiones.")}
    assert (figs["Un"].value, figs["Un"].category) == (1, "killed")


def test_an_article_opening_a_sentence_before_any_other_noun_counts_nothing():
    assert _read("it", "Un treno regionale è rimasto fermo per ore.") == []


@pytest.mark.parametrize(("lang", "text", "value", "category"), [
    ("fr", "La préfecture a annoncé 56 interpellations dans la soirée.", 56, "arrested"),
    ("ko", "경찰은 시위 참가자 64명을 연행했다.", 64, "arrested"),
    ("es", "Los agentes detuvieron a 19 personas en el registro.", 19, "arrested"),
    ("pt", "A polícia deteve 19 pessoas durante a operação.", 19, "arrested"),
    ("pt", "Nas cheias, 70 famílias perderam a casa.", 70, "displaced"),
])
def test_the_words_of_arrests_and_lost_homes(lang, text, value, category):
    assert [(f.value, f.category) for f in _read(lang, text)] == [(value, category)]


def test_a_count_set_against_an_earlier_one_counts_the_same_thing():
    figs = _read("fr", "Les gendarmes ont procédé à 44 arrestations, contre 38 l'an dernier.")
    assert [(f.value, f.category) for f in figs] == [(44, "arrested"), (38, "arrested")]


def test_a_qualifier_after_the_counted_noun():
    [fig] = _read("it", "Alla fiaccolata hanno partecipato 800 persone circa.")
    assert (fig.value, fig.qualifier) == (800, "about")


@pytest.mark.parametrize(("text", "values"), [
    ("구조대는 실종된 두 명을 찾고 있다.", [2]),
    ("불은 두 곳에서 동시에 시작됐다.", []),  # places, not a count a paper reports
    ("피해액은 지난해의 두 배로 늘었다.", []),
])
def test_a_korean_native_number_word_counts_people_before_its_counter(text, values):
    assert [f.value for f in _read("ko", text)] == values


def test_a_german_age_is_no_count():
    figs = _read("de", "Die 61-Jährige und ihr 34-jähriger Sohn wurden verletzt, 3 weitere Gäste blieben unverletzt.")
    assert [f.value for f in figs] == [3]


def test_a_dozen_after_a_number_scales_it():
    [fig] = _read("de", "Rund drei Dutzend Boote lagen im Hafen fest.")
    assert (fig.value, fig.qualifier) == (36, "about")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Cientos de coches quedaron atrapados en la nieve."),
    ("de", "Millionen Pendler standen im Stau."),
    ("fr", "Des millions d'abonnés sont privés de réseau."),
    ("pt", "Milhões de litros de água foram desperdiçados."),
])
def test_a_scale_word_s_plural_alone_names_no_amount(lang, text):
    assert _read(lang, text) == []


def test_a_scale_word_after_a_number_still_scales_it():
    [fig] = _read("es", "El Estado aportará 3 millones de euros.")
    assert fig.value == 3_000_000


@pytest.mark.parametrize(("lang", "text", "low", "high"), [
    ("es", "El precio del aceite subió entre un 12 y un 18 % en un año.", 12, 18),
    ("it", "Gli affitti sono cresciuti tra il 6 e il 9 per cento.", 6, 9),
    ("pt", "Os preços subiram entre os 30 e os 40 euros por cabaz.", 30, 40),
])
def test_each_bound_of_a_range_may_take_its_article(lang, text, low, high):
    [fig] = _read(lang, text)
    assert (fig.value, fig.low, fig.high) == (None, low, high)


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("fr", f"Chaque foyer recevra 1{NNB}500 € d'aide.", "EUR"),
    ("de", "Die Stadt zahlt jeder Familie 800 € Soforthilfe.", "EUR"),
    ("es", "El billete cuesta ya 25 $ en la frontera.", "USD"),
    ("ko", "농지 2만㏊가 피해를 입었다.", "hectares"),
])
def test_a_sign_after_the_amount_is_its_unit(lang, text, unit):
    [fig] = _read(lang, text)
    assert fig.unit == unit
    assert fig.category == ("money" if unit in ("EUR", "USD") else "other")


def test_a_korean_trillion_closes_its_section():
    [fig] = _read("ko", "내년 예산은 3조5천억 원으로 늘어난다.")
    assert fig.value == 3_500_000_000_000
