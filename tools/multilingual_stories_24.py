"""Two more dev stories for the multilingual evaluation set (issue 17, ml8-*), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them, by an annotator who neither ran the system nor read its rules or
lexicons. Every country, town, person, company, outlet and figure is invented. Stories here: a tourist coach that
ploughs into lorries queuing at a border crossing, its toll revised overnight (dev); a heat-pump recall after fires,
with units, fires and refunds counted differently by the maker and a safety agency (dev).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

_BUS = "ml8-bus-crash-border"
_HP = "ml8-heat-pump-recall"

ARTICLES_24: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml8: a coach crash at a border crossing (dev)
    Art(_BUS, "mainfrankenpost.example", "panorama/reisebus-unglueck-grifone-1.5520", "2026-09-15", "de",
        "Reisebus rast an Grenzübergang in Lkw-Schlange – mindestens sieben Tote",
        ("Auf der Abfahrt zum Grenzübergang Grifone zwischen Tervonien und Dunavien ist am Dienstagabend ein "
         "vollbesetzter Reisebus in eine Schlange wartender Lastwagen gefahren und umgestürzt. Mindestens sieben "
         "Menschen kamen ums Leben, mehr als 30 wurden verletzt, wie die Verkehrspolizei der Region Valcroce "
         "mitteilte.",
         "Nach Angaben des Reiseveranstalters Dasom Travel aus Seoul stammten 29 der 48 Insassen aus Südkorea und "
         "elf aus Deutschland. Die Gruppe war auf einer Rundreise durch die Grenzregion unterwegs.",
         "„Das ist eine Tragödie, die Familien in vielen Ländern trifft“, sagte die Gouverneurin der Region "
         "Valcroce, Ludovica Renzelli, noch in der Nacht am Unglücksort. Sie kündigte an, dass die Passstraße "
         "mindestens bis Freitag gesperrt bleibe.",
         "Acht Verletzte schweben in Lebensgefahr, sagte der Direktor des Regionalkrankenhauses von Roccabrenta, "
         "Piero Salvadego. „Wir können nicht ausschließen, dass die Zahl der Toten noch steigt.“",
         "Laut Polizei deuten erste Spuren darauf hin, dass die Bremsen des Busses auf dem langen Gefälle versagt "
         "haben."),
        (St("⟦Mindestens sieben Menschen kamen ums Leben, mehr als 30 wurden verletzt⟧, wie die",
            "Valcroce traffic police", "indirect", "ml8bus-u-toll7"),
         St("Seoul ⟦stammten 29 der 48 Insassen aus Südkorea und elf aus Deutschland⟧", "Dasom Travel", "indirect",
            "ml8bus-u-pax"),
         St("„⟦Das ist eine Tragödie, die Familien in vielen Ländern trifft⟧“", "Ludovica Renzelli", "direct",
            "ml8bus-u-tragedy"),
         St("an, dass ⟦die Passstraße mindestens bis Freitag gesperrt bleibe⟧", "Ludovica Renzelli", "indirect",
            "ml8bus-u-road"),
         St("⟦Acht Verletzte schweben in Lebensgefahr⟧, sagte", "Piero Salvadego", "indirect", "ml8bus-u-critical"),
         St("„⟦Wir können nicht ausschließen, dass die Zahl der Toten noch steigt⟧.“", "Piero Salvadego", "direct",
            "ml8bus-u-further"),
         St("Laut Polizei ⟦deuten erste Spuren darauf hin, dass die Bremsen des Busses auf dem langen Gefälle versagt "
            "haben⟧", "Valcroce traffic police", "indirect", "ml8bus-u-brakes")),
        (Fg("Mindestens ⟦sieben⟧ Menschen", 7, "at least", "killed", "ml8bus-q-killed"),
         Fg("mehr als ⟦30⟧ wurden", 30, "more than", "wounded", "ml8bus-q-wounded"),
         Fg("stammten ⟦29⟧ der", 29, None, "other", "ml8bus-q-korean-aboard"),
         Fg("der ⟦48⟧ Insassen", 48, None, "other", "ml8bus-q-aboard"),
         Fg("und ⟦elf⟧ aus Deutschland", 11, None, "other", "ml8bus-q-german-aboard"),
         Fg("⟦Acht⟧ Verletzte", 8, None, "wounded", "ml8bus-q-critical"))),
    Art(_BUS, "hanulsinmun.example", "news/articleView.html?idxno=204517", "2026-09-16", "ko",
        "테르보니아 국경 검문소 앞 관광버스 참사…한국인 4명 사망",
        ("테르보니아와 두나비아 국경의 그리포네 검문소로 향하던 관광버스가 15일(현지시간) 저녁 내리막길에서 검문소 "
         "앞에 줄지어 선 화물차들을 들이받고 전복돼 최소 7명이 숨지고 30여 명이 다쳤다. 버스에는 한국인 관광객 "
         "29명을 포함해 48명이 타고 있었다.",
         "주테르보니아 한국대사관에 따르면 사망자 가운데 한국인은 4명이며, 부상한 한국인 관광객들은 인근 로카브렌타 "
         "지역병원 등 세 곳으로 나뉘어 이송됐다.",
         "대사관 관계자는 “영사 조력팀을 사고 현장과 병원에 급파했으며, 피해자 가족들의 현지 방문을 돕고 있다”고 "
         "말했다.",
         "루도비카 렌첼리 발크로체 주지사는 사고가 난 고갯길을 최소 금요일까지 전면 통제하겠다고 밝혔다.",
         "다솜여행 측은 관광객들이 지난 10일 출국해 테르보니아와 인근 국가를 둘러보는 패키지 여행 중이었다고 전했다.",
         "현지 경찰은 버스의 제동장치가 긴 내리막 구간에서 고장 난 것으로 추정된다고 밝혔다."),
        (St("따르면 ⟦사망자 가운데 한국인은 4명이며, 부상한 한국인 관광객들은 인근 로카브렌타 지역병원 등 세 곳으로 "
            "나뉘어 이송됐다⟧", "South Korean embassy in Tervonia", "indirect", "ml8bus-u-korean-dead"),
         St("“⟦영사 조력팀을 사고 현장과 병원에 급파했으며, 피해자 가족들의 현지 방문을 돕고 있다⟧”",
            "South Korean embassy in Tervonia", "direct", "ml8bus-u-consular"),
         St("주지사는 ⟦사고가 난 고갯길을 최소 금요일까지 전면 통제하겠다⟧고", "Ludovica Renzelli", "indirect",
            "ml8bus-u-road"),
         St("측은 ⟦관광객들이 지난 10일 출국해 테르보니아와 인근 국가를 둘러보는 패키지 여행 중이었다⟧고",
            "Dasom Travel", "indirect", "ml8bus-u-itinerary"),
         St("경찰은 ⟦버스의 제동장치가 긴 내리막 구간에서 고장 난 것으로 추정된다⟧고", "Valcroce traffic police",
            "indirect", "ml8bus-u-brakes")),
        (Fg("최소 ⟦7⟧명이", 7, "at least", "killed", "ml8bus-q-killed"),
         Fg("⟦30여⟧ 명이", 30, "more than", "wounded", "ml8bus-q-wounded"),
         Fg("관광객 ⟦29⟧명을", 29, None, "other", "ml8bus-q-korean-aboard"),
         Fg("⟦48⟧명이 타고", 48, None, "other", "ml8bus-q-aboard"),
         Fg("한국인은 ⟦4⟧명이며", 4, None, "killed", "ml8bus-q-korean-killed"))),
    Art(_BUS, "ilmessaggerodellevalli.example", "cronaca/2026/09/16/pullman-valico-grifone", "2026-09-16", "it",
        "Pullman contro i tir in coda al valico del Grifone, il bilancio sale a nove morti",
        ("È salito a nove morti il bilancio dello schianto di martedì sera al valico del Grifone, al confine tra "
         "Tervonia e Dunavia, dove un pullman di turisti ha travolto la fila di camion fermi per i controlli e si è "
         "ribaltato. Due feriti sono deceduti nella notte all'ospedale regionale di Roccabrenta, ha fatto sapere il "
         "direttore sanitario Piero Salvadego.",
         "A bordo viaggiavano 48 persone, in gran parte turisti sudcoreani in viaggio organizzato. Una trentina i "
         "feriti, otto dei quali restano in prognosi riservata.",
         "«È una tragedia che colpisce famiglie di tanti paesi diversi», ha detto la governatrice della regione di "
         "Valcroce, Ludovica Renzelli, arrivata sul posto poco dopo l'incidente. Ha aggiunto che la strada del passo "
         "resterà chiusa almeno fino a venerdì.",
         "Secondo la polizia stradale, i freni del mezzo avrebbero ceduto lungo la discesa che porta alla frontiera. "
         "L'autista, un cittadino dunaviano di 58 anni, è ricoverato in gravi condizioni.",
         "L'ambasciata della Corea del Sud ha fatto sapere di aver inviato personale consolare a Roccabrenta per "
         "assistere i connazionali feriti."),
        (St("⟦Due feriti sono deceduti nella notte all'ospedale regionale di Roccabrenta⟧, ha fatto sapere",
            "Piero Salvadego", "indirect", "ml8bus-u-overnight"),
         St("«⟦È una tragedia che colpisce famiglie di tanti paesi diversi⟧»", "Ludovica Renzelli", "direct",
            "ml8bus-u-tragedy"),
         St("aggiunto che ⟦la strada del passo resterà chiusa almeno fino a venerdì⟧", "Ludovica Renzelli",
            "indirect", "ml8bus-u-road"),
         St("stradale, ⟦i freni del mezzo avrebbero ceduto lungo la discesa che porta alla frontiera⟧",
            "Valcroce traffic police", "indirect", "ml8bus-u-brakes"),
         St("sapere di ⟦aver inviato personale consolare a Roccabrenta per assistere i connazionali feriti⟧",
            "South Korean embassy in Tervonia", "indirect", "ml8bus-u-consular")),
        (Fg("a ⟦nove⟧ morti", 9, None, "killed", "ml8bus-q-killed"),
         Fg("⟦Due⟧ feriti sono deceduti", 2, None, "killed", "ml8bus-q-died-in-hospital"),
         Fg("viaggiavano ⟦48⟧ persone", 48, None, "other", "ml8bus-q-aboard"),
         Fg("⟦Una trentina⟧ i", 30, "about", "wounded", "ml8bus-q-wounded"),
         Fg("⟦otto⟧ dei quali", 8, None, "wounded", "ml8bus-q-critical"))),
    Art(_BUS, "lejournaldesalpes.example", "monde/accident-autocar-frontiere-grifone", "2026-09-16", "fr",
        "Accident d'autocar à la frontière tervonienne : neuf morts, dont quatre Sud-Coréens",
        ("Le bilan de l'accident d'autocar survenu mardi soir près du poste-frontière de Grifone s'est alourdi à neuf "
         "morts, a indiqué mercredi le directeur de l'hôpital régional de Roccabrenta, Piero Salvadego. Le car, qui "
         "descendait vers la frontière dunavienne, a percuté une file de poids lourds à l'arrêt avant de se "
         "renverser.",
         "Le car transportait 48 personnes, dont 29 ressortissants sud-coréens et onze Allemands. D'après "
         "l'ambassade de Corée du Sud, quatre des victimes sont sud-coréennes.",
         f"«{NB}C'est une tragédie qui frappe des familles de nombreux pays{NB}», a déclaré la gouverneure de la "
         "région de Valcroce, Ludovica Renzelli. Elle a précisé que la route du col resterait fermée au moins "
         "jusqu'à vendredi.",
         "Une trentaine de blessés ont été hospitalisés, dont huit dans un état critique. Selon le directeur de "
         "l'hôpital, d'autres décès ne sont pas à exclure.",
         "Les enquêteurs privilégient la piste d'une défaillance des freins, selon une source proche du dossier."),
        (St("⟦Le bilan de l'accident d'autocar survenu mardi soir près du poste-frontière de Grifone s'est alourdi à "
            "neuf morts⟧, a indiqué", "Piero Salvadego", "indirect", "ml8bus-u-toll9"),
         St("Sud, ⟦quatre des victimes sont sud-coréennes⟧", "South Korean embassy in Tervonia", "indirect",
            "ml8bus-u-korean-dead"),
         St(f"«{NB}⟦C'est une tragédie qui frappe des familles de nombreux pays⟧{NB}»", "Ludovica Renzelli", "direct",
            "ml8bus-u-tragedy"),
         St("précisé que ⟦la route du col resterait fermée au moins jusqu'à vendredi⟧", "Ludovica Renzelli",
            "indirect", "ml8bus-u-road"),
         St("l'hôpital, ⟦d'autres décès ne sont pas à exclure⟧", "Piero Salvadego", "indirect", "ml8bus-u-further"),
         St("⟦Les enquêteurs privilégient la piste d'une défaillance des freins⟧, selon",
            "Grifone crash investigation source (anonymous)", "indirect", "ml8bus-u-source-brakes")),
        (Fg("à ⟦neuf⟧ morts", 9, None, "killed", "ml8bus-q-killed"),
         Fg("transportait ⟦48⟧ personnes", 48, None, "other", "ml8bus-q-aboard"),
         Fg("dont ⟦29⟧ ressortissants", 29, None, "other", "ml8bus-q-korean-aboard"),
         Fg("et ⟦onze⟧ Allemands", 11, None, "other", "ml8bus-q-german-aboard"),
         Fg("Sud, ⟦quatre⟧ des victimes", 4, None, "killed", "ml8bus-q-korean-killed"),
         Fg("⟦Une trentaine⟧ de blessés", 30, "about", "wounded", "ml8bus-q-wounded"),
         Fg("dont ⟦huit⟧ dans", 8, None, "wounded", "ml8bus-q-critical"))),
    Art(_BUS, "theeveningmeridian.example", "world/2026/09/16/grifone-border-coach-crash", "2026-09-16", "en",
        "Nine dead after tourist coach ploughs into lorries at Tervonia border",
        ("Nine people were killed and about 30 injured when a coach carrying tourists ploughed into a queue of "
         "lorries at the Grifone border crossing between Tervonia and Dunavia on Tuesday evening and overturned. Two "
         "of the injured died in hospital overnight, officials said.",
         "Of the 48 people on board, 29 were South Korean and 11 German, according to the Seoul-based tour operator, "
         "Dasom Travel. South Korea's embassy said four of the dead were its nationals.",
         '"This is a tragedy that reaches families in many countries," Ludovica Renzelli, the governor of the '
         "Valcroce region, told reporters at the scene. The mountain road down to the crossing would stay closed "
         "until at least Friday, she said.",
         "Piero Salvadego, who runs the regional hospital in Roccabrenta, said eight patients were in a critical "
         'condition. "We cannot rule out that the death toll will rise further," he added.',
         "Police said initial evidence suggested the coach's brakes had failed on the long descent."),
        (St("⟦Two of the injured died in hospital overnight⟧, officials said",
            "Valcroce regional officials (anonymous)", "indirect", "ml8bus-u-officials-overnight"),
         St("⟦Of the 48 people on board, 29 were South Korean and 11 German⟧, according to", "Dasom Travel",
            "indirect", "ml8bus-u-pax"),
         St("embassy said ⟦four of the dead were its nationals⟧", "South Korean embassy in Tervonia", "indirect",
            "ml8bus-u-korean-dead"),
         St('"⟦This is a tragedy that reaches families in many countries⟧,"', "Ludovica Renzelli", "direct",
            "ml8bus-u-tragedy"),
         St("⟦The mountain road down to the crossing would stay closed until at least Friday⟧, she said",
            "Ludovica Renzelli", "indirect", "ml8bus-u-road"),
         St("said ⟦eight patients were in a critical condition⟧", "Piero Salvadego", "indirect", "ml8bus-u-critical"),
         St('"⟦We cannot rule out that the death toll will rise further⟧,"', "Piero Salvadego", "direct",
            "ml8bus-u-further"),
         St("Police said ⟦initial evidence suggested the coach's brakes had failed on the long descent⟧",
            "Valcroce traffic police", "indirect", "ml8bus-u-brakes")),
        (Fg("⟦Nine⟧ people", 9, None, "killed", "ml8bus-q-killed"),
         Fg("about ⟦30⟧ injured", 30, "about", "wounded", "ml8bus-q-wounded"),
         Fg("⟦Two⟧ of the injured", 2, None, "killed", "ml8bus-q-died-in-hospital"),
         Fg("Of the ⟦48⟧ people", 48, None, "other", "ml8bus-q-aboard"),
         Fg("board, ⟦29⟧ were", 29, None, "other", "ml8bus-q-korean-aboard"),
         Fg("and ⟦11⟧ German", 11, None, "other", "ml8bus-q-german-aboard"),
         Fg("said ⟦four⟧ of the dead", 4, None, "killed", "ml8bus-q-korean-killed"),
         Fg("said ⟦eight⟧ patients", 8, None, "wounded", "ml8bus-q-critical"))),
    Art(_BUS, "cheongnamilbo.example", "article/2026091706521", "2026-09-17", "ko",
        "국경 관광버스 참사 사망자 9명으로 늘어…한국인 부상자 25명 중 3명 중상",
        ("테르보니아 그리포네 국경 검문소 인근에서 발생한 관광버스 사고의 사망자가 9명으로 늘었다. 로카브렌타 "
         "지역병원에서 치료를 받던 중상자 2명이 16일 새벽 끝내 숨졌다.",
         "외교부는 한국인 사망자는 4명으로 변동이 없으며, 한국인 부상자 25명 가운데 3명이 중상을 입었다고 밝혔다.",
         "피에로 살바데고 병원장은 “추가 사망자가 나올 가능성을 배제할 수 없다”고 말했다. 그는 중환자실에 있는 "
         "8명 가운데 일부는 여전히 위중한 상태라고 덧붙였다.",
         "루도비카 렌첼리 주지사는 사고 현장을 찾아 “여러 나라의 가족들에게 한꺼번에 닥친 비극”이라며 애도를 "
         "표했다.",
         "다솜여행 관계자는 “유가족들이 하루빨리 현지에 갈 수 있도록 항공편과 숙소를 마련하고 있다”고 말했다.",
         "현지 언론에 따르면 경찰은 중상을 입고 입원한 58세 운전기사를 상대로 사고 직전 상황을 조사할 계획이다."),
        (St("외교부는 ⟦한국인 사망자는 4명으로 변동이 없으며, 한국인 부상자 25명 가운데 3명이 중상을 입었다⟧고",
            "South Korean foreign ministry", "indirect", "ml8bus-u-ministry"),
         St("“⟦추가 사망자가 나올 가능성을 배제할 수 없다⟧”", "Piero Salvadego", "direct", "ml8bus-u-further"),
         St("그는 ⟦중환자실에 있는 8명 가운데 일부는 여전히 위중한 상태⟧라고", "Piero Salvadego", "indirect",
            "ml8bus-u-critical"),
         St("“⟦여러 나라의 가족들에게 한꺼번에 닥친 비극⟧”", "Ludovica Renzelli", "direct", "ml8bus-u-tragedy"),
         St("“⟦유가족들이 하루빨리 현지에 갈 수 있도록 항공편과 숙소를 마련하고 있다⟧”", "Dasom Travel", "direct",
            "ml8bus-u-flights"),
         St("따르면 ⟦경찰은 중상을 입고 입원한 58세 운전기사를 상대로 사고 직전 상황을 조사할 계획이다⟧",
            "Tervonian local media", "indirect", "ml8bus-u-media")),
        (Fg("사망자가 ⟦9⟧명으로", 9, None, "killed", "ml8bus-q-killed"),
         Fg("중상자 ⟦2⟧명이", 2, None, "killed", "ml8bus-q-died-in-hospital"),
         Fg("사망자는 ⟦4⟧명으로", 4, None, "killed", "ml8bus-q-korean-killed"),
         Fg("부상자 ⟦25⟧명", 25, None, "wounded", "ml8bus-q-korean-wounded"),
         Fg("⟦3⟧명이 중상", 3, None, "wounded", "ml8bus-q-korean-critical"),
         Fg("있는 ⟦8⟧명 가운데", 8, None, "wounded", "ml8bus-q-critical"))),
    # ---------------------------------------------------------------- ml8: a heat-pump recall after fires (dev)
    Art(_HP, "hansekurier.example", "wirtschaft/rueckruf-doyun-waermepumpen-1.8812", "2026-11-02", "de",
        "Brandgefahr: Doyun ruft rund 64.000 Wärmepumpen zurück",
        ("Der südkoreanische Hersteller Doyun Thermotech ruft weltweit rund 64.000 Wärmepumpen der Baureihe Arctis "
         "zurück. Nach Angaben des Unternehmens sind in Deutschland etwa 23.000 Geräte betroffen.",
         "Anlass sind 37 Brände in Europa und Südkorea, bei denen sich die Außeneinheiten der Anlagen entzündet "
         "hatten; sechs Menschen erlitten dabei leichte Rauchvergiftungen. Eine fehlerhafte Steuerplatine könne "
         "überhitzen, erklärte ein Unternehmenssprecher in Frankfurt.",
         "„Wir bitten alle betroffenen Kundinnen und Kunden aufrichtig um Entschuldigung“, sagte Konzernchef Pyo Jae "
         "Hyun in einer Videobotschaft. Doyun werde den vollen Kaufpreis erstatten und jedem Besitzer zusätzlich "
         "500 Euro zahlen, kündigte er an.",
         "Die Bundesstelle für Gerätesicherheit (BSG) rät Besitzern, die Geräte umgehend vom Stromnetz zu trennen. "
         "„Niemand sollte abwarten, bis der Techniker vor der Tür steht“, sagte BSG-Präsidentin Friederike "
         "Almstedt.",
         "Die portugiesische Brandermittlerin Marta Sequeira, die einen der ersten Brände untersucht hatte, sagte, "
         "das Feuer sei zweifelsfrei im Inneren der Außeneinheit ausgebrochen."),
        (St("Unternehmens ⟦sind in Deutschland etwa 23.000 Geräte betroffen⟧", "Doyun Thermotech", "indirect",
            "ml8hp-u-units-de"),
         St("⟦Eine fehlerhafte Steuerplatine könne überhitzen⟧, erklärte", "Doyun Thermotech", "indirect",
            "ml8hp-u-board"),
         St("„⟦Wir bitten alle betroffenen Kundinnen und Kunden aufrichtig um Entschuldigung⟧“", "Pyo Jae-hyun",
            "direct", "ml8hp-u-apology"),
         St("⟦Doyun werde den vollen Kaufpreis erstatten und jedem Besitzer zusätzlich 500 Euro zahlen⟧, kündigte",
            "Pyo Jae-hyun", "indirect", "ml8hp-u-refund"),
         St("Besitzern, ⟦die Geräte umgehend vom Stromnetz zu trennen⟧", "Bundesstelle für Gerätesicherheit",
            "indirect", "ml8hp-u-unplug"),
         St("„⟦Niemand sollte abwarten, bis der Techniker vor der Tür steht⟧“", "Friederike Almstedt", "direct",
            "ml8hp-u-wait"),
         St("sagte, ⟦das Feuer sei zweifelsfrei im Inneren der Außeneinheit ausgebrochen⟧", "Marta Sequeira",
            "indirect", "ml8hp-u-origin")),
        (Fg("rund ⟦64.000⟧ Wärmepumpen", 64000, "about", "other", "ml8hp-q-units"),
         Fg("etwa ⟦23.000⟧ Geräte", 23000, "about", "other", "ml8hp-q-units-de"),
         Fg("sind ⟦37⟧ Brände", 37, None, "other", "ml8hp-q-fires"),
         Fg("⟦sechs⟧ Menschen", 6, None, "wounded", "ml8hp-q-injured"),
         Fg("zusätzlich ⟦500 Euro⟧", 500, None, "money", "ml8hp-q-compensation-eur"))),
    Art(_HP, "gyeongjeseoul.example", "news/article.html?no=2026110214380", "2026-11-02", "ko",
        "도윤써모텍, 화재 우려 히트펌프 6만4천 대 리콜",
        ("냉난방기기 업체 도윤써모텍이 화재 위험이 확인된 '아크티스' 히트펌프 약 6만4천 대를 전 세계에서 "
         "리콜한다고 2일 밝혔다. 국내 판매분은 1만2천여 대다.",
         "회사 측에 따르면 지금까지 유럽과 국내에서 접수된 화재는 37건으로, 연기를 들이마신 6명이 병원 치료를 "
         "받았다. 제어 기판의 결함으로 실외기가 과열될 수 있다는 게 회사의 설명이다.",
         "표재현 대표는 “고객 여러분께 진심으로 사과드린다”며 “구매 가격 전액을 환불하겠다”고 말했다. 국내 "
         "구매자에게는 환불과 별도로 1인당 70만 원의 보상금이 지급된다.",
         "독일 연방기기안전청(BSG)의 프리데리케 알름슈테트 청장은 “기술자가 올 때까지 기다리지 말고 즉시 전원을 "
         "차단해 달라”고 당부했다.",
         "업계에서는 이번 리콜로 도윤써모텍의 올해 영업이익이 크게 줄어들 것이라는 전망이 나온다."),
        (St("도윤써모텍이 ⟦화재 위험이 확인된 '아크티스' 히트펌프 약 6만4천 대를 전 세계에서 리콜한다⟧고",
            "Doyun Thermotech", "indirect", "ml8hp-u-recall"),
         St("따르면 ⟦지금까지 유럽과 국내에서 접수된 화재는 37건으로, 연기를 들이마신 6명이 병원 치료를 받았다⟧",
            "Doyun Thermotech", "indirect", "ml8hp-u-fires37"),
         St("⟦제어 기판의 결함으로 실외기가 과열될 수 있다⟧는 게", "Doyun Thermotech", "indirect", "ml8hp-u-board"),
         St("“⟦고객 여러분께 진심으로 사과드린다⟧”", "Pyo Jae-hyun", "direct", "ml8hp-u-apology"),
         St("“⟦구매 가격 전액을 환불하겠다⟧”", "Pyo Jae-hyun", "direct", "ml8hp-u-refund"),
         St("“⟦기술자가 올 때까지 기다리지 말고 즉시 전원을 차단해 달라⟧”", "Friederike Almstedt", "direct",
            "ml8hp-u-wait"),
         St("업계에서는 ⟦이번 리콜로 도윤써모텍의 올해 영업이익이 크게 줄어들 것⟧이라는",
            "Korean appliance industry (anonymous)", "indirect", "ml8hp-u-industry")),
        (Fg("약 ⟦6만4천⟧ 대", 64000, "about", "other", "ml8hp-q-units"),
         Fg("⟦1만2천여⟧ 대", 12000, "more than", "other", "ml8hp-q-units-kr"),
         Fg("화재는 ⟦37⟧건", 37, None, "other", "ml8hp-q-fires"),
         Fg("들이마신 ⟦6⟧명", 6, None, "wounded", "ml8hp-q-injured"),
         Fg("1인당 ⟦70만 원⟧의", 700000, None, "money", "ml8hp-q-compensation-krw"))),
    Art(_HP, "eldiariodeponiente.example", "economia/2026-11-03/doyun-retira-bombas-de-calor", "2026-11-03", "es",
        "Doyun retira 64.000 bombas de calor por riesgo de incendio, 8.700 de ellas en España",
        ("El fabricante surcoreano Doyun Thermotech ha comenzado a retirar unas 64.000 bombas de calor de la serie "
         "Arctis después de que se registraran más de 40 incendios en Europa y Corea del Sur. En España hay 8.700 "
         "equipos afectados, según la filial española de la compañía.",
         "Entre ocho y diez de esos incendios se produjeron en viviendas españolas, según fuentes de la "
         "investigación.",
         '"Pedimos sinceras disculpas a todos los clientes afectados", declaró el consejero delegado del grupo, Pyo '
         "Jae-hyun, que se comprometió a devolver el importe íntegro de la compra y a abonar 500 euros adicionales a "
         "cada propietario.",
         "La perita portuguesa Marta Sequeira, que investigó uno de los primeros incendios, aseguró que el fuego "
         '"se originó, sin ninguna duda, dentro de la unidad exterior".',
         "Para hacer frente al coste de la operación, Doyun ha reservado 210 millones de euros. La agencia alemana "
         "de seguridad de aparatos, la BSG, aconseja desenchufar los equipos de inmediato."),
        (St("⟦En España hay 8.700 equipos afectados⟧, según", "Doyun Thermotech", "indirect", "ml8hp-u-units-es"),
         St("⟦Entre ocho y diez de esos incendios se produjeron en viviendas españolas⟧, según",
            "Spanish investigation sources (anonymous)", "indirect", "ml8hp-u-fires-es"),
         St('"⟦Pedimos sinceras disculpas a todos los clientes afectados⟧"', "Pyo Jae-hyun", "direct",
            "ml8hp-u-apology"),
         St("comprometió a ⟦devolver el importe íntegro de la compra y a abonar 500 euros adicionales a cada "
            "propietario⟧", "Pyo Jae-hyun", "indirect", "ml8hp-u-refund"),
         St('aseguró que ⟦el fuego "se originó, sin ninguna duda, dentro de la unidad exterior"⟧', "Marta Sequeira",
            "partial", "ml8hp-u-origin"),
         St("aconseja ⟦desenchufar los equipos de inmediato⟧", "Bundesstelle für Gerätesicherheit", "indirect",
            "ml8hp-u-unplug")),
        (Fg("unas ⟦64.000⟧ bombas", 64000, "about", "other", "ml8hp-q-units"),
         Fg("más de ⟦40⟧ incendios", 40, "more than", "other", "ml8hp-q-fires"),
         Fg("hay ⟦8.700⟧ equipos", 8700, None, "other", "ml8hp-q-units-es"),
         Fg("Entre ⟦ocho y diez⟧ de", 9, None, "other", "ml8hp-q-fires-es", low=8, high=10),
         Fg("abonar ⟦500 euros⟧", 500, None, "money", "ml8hp-q-compensation-eur"),
         Fg("reservado ⟦210 millones de euros⟧", 210_000_000, None, "money", "ml8hp-q-provision"))),
    Art(_HP, "ojornaldaribeira.example", "economia/bombas-de-calor-doyun-vilar-do-monte", "2026-11-03", "pt",
        "Perita não tem dúvidas: incêndio em Vilar do Monte começou numa bomba de calor Arctis",
        ("A perita que investigou o incêndio que destruiu uma moradia em Vilar do Monte, em agosto, não tem dúvidas: "
         "o fogo começou no interior da unidade exterior de uma bomba de calor Arctis, fabricada pela sul-coreana "
         "Doyun Thermotech.",
         '"Os sinais de sobreaquecimento na placa de controlo eram evidentes", disse ao nosso jornal Marta Sequeira, '
         "dos Bombeiros Voluntários de Vilar do Monte. Segundo a especialista, qualquer aparelho com o mesmo defeito "
         '"pode arder a qualquer momento".',
         "A fabricante anunciou na segunda-feira a recolha de cerca de 64 mil equipamentos em todo o mundo, dos quais "
         "perto de 4.200 em Portugal. Pelo menos 41 incêndios estão já associados ao defeito, segundo a empresa.",
         "O presidente executivo da Doyun, Pyo Jae-hyun, garantiu que a empresa devolverá o valor total da compra e "
         "pagará uma compensação de 500 euros a cada cliente.",
         "A agência alemã de segurança de aparelhos, a BSG, recomenda que os equipamentos sejam desligados da "
         "corrente de imediato."),
        (St("dúvidas: ⟦o fogo começou no interior da unidade exterior de uma bomba de calor Arctis, fabricada pela "
            "sul-coreana Doyun Thermotech⟧", "Marta Sequeira", "indirect", "ml8hp-u-origin"),
         St('"⟦Os sinais de sobreaquecimento na placa de controlo eram evidentes⟧"', "Marta Sequeira", "direct",
            "ml8hp-u-signs"),
         St('especialista, ⟦qualquer aparelho com o mesmo defeito "pode arder a qualquer momento"⟧', "Marta Sequeira",
            "partial", "ml8hp-u-anytime"),
         St("⟦Pelo menos 41 incêndios estão já associados ao defeito⟧, segundo", "Doyun Thermotech", "indirect",
            "ml8hp-u-fires41"),
         St("garantiu que ⟦a empresa devolverá o valor total da compra e pagará uma compensação de 500 euros a cada "
            "cliente⟧", "Pyo Jae-hyun", "indirect", "ml8hp-u-refund"),
         St("recomenda que ⟦os equipamentos sejam desligados da corrente de imediato⟧",
            "Bundesstelle für Gerätesicherheit", "indirect", "ml8hp-u-unplug")),
        (Fg("cerca de ⟦64 mil⟧ equipamentos", 64000, "about", "other", "ml8hp-q-units"),
         Fg("perto de ⟦4.200⟧ em", 4200, "nearly", "other", "ml8hp-q-units-pt"),
         Fg("Pelo menos ⟦41⟧ incêndios", 41, "at least", "other", "ml8hp-q-fires"),
         Fg("de ⟦500 euros⟧ a cada", 500, None, "money", "ml8hp-q-compensation-eur"))),
    Art(_HP, "atlanticherald.example", "business/2026/11/04/doyun-heat-pump-fires-41", "2026-11-04", "en",
        "Fires linked to Doyun heat pumps rise to 41 as recall gets under way",
        ("South Korean manufacturer Doyun Thermotech said on Wednesday that 41 fires had now been linked to a fault "
         "in its Arctis heat pumps, up from 37 when it announced the recall of roughly 64,000 units on Monday.",
         '"We sincerely apologise to every customer affected," chief executive Pyo Jae-hyun said in a video message. '
         "The company would refund the full purchase price and pay each owner an extra €500, he said.",
         "Germany's Federal Office for Appliance Safety (BSG) has told owners to unplug the units immediately. "
         '"Nobody should sit and wait for the technician to turn up," said its president, Friederike Almstedt.',
         "Doyun has set aside €210 million to cover the recall, according to a regulatory filing. Some 23,000 of the "
         "affected units were sold in Germany.",
         "A Portuguese fire investigator, Marta Sequeira, has said the blaze she examined in Vilar do Monte started "
         "inside the heat pump's outdoor unit."),
        (St("said on Wednesday that ⟦41 fires had now been linked to a fault in its Arctis heat pumps, up from 37 when "
            "it announced the recall of roughly 64,000 units on Monday⟧", "Doyun Thermotech", "indirect",
            "ml8hp-u-fires41"),
         St('"⟦We sincerely apologise to every customer affected⟧,"', "Pyo Jae-hyun", "direct", "ml8hp-u-apology"),
         St("⟦The company would refund the full purchase price and pay each owner an extra €500⟧, he said",
            "Pyo Jae-hyun", "indirect", "ml8hp-u-refund"),
         St("told owners to ⟦unplug the units immediately⟧", "Bundesstelle für Gerätesicherheit", "indirect",
            "ml8hp-u-unplug"),
         St('"⟦Nobody should sit and wait for the technician to turn up⟧,"', "Friederike Almstedt", "direct",
            "ml8hp-u-wait"),
         St("⟦Doyun has set aside €210 million to cover the recall⟧, according to", "Doyun Thermotech", "indirect",
            "ml8hp-u-provision"),
         St("has said ⟦the blaze she examined in Vilar do Monte started inside the heat pump's outdoor unit⟧",
            "Marta Sequeira", "indirect", "ml8hp-u-origin")),
        (Fg("that ⟦41⟧ fires", 41, None, "other", "ml8hp-q-fires"),
         Fg("up from ⟦37⟧ when", 37, None, "other", "ml8hp-q-fires"),
         Fg("roughly ⟦64,000⟧ units", 64000, "about", "other", "ml8hp-q-units"),
         Fg("extra ⟦€500⟧", 500, None, "money", "ml8hp-q-compensation-eur"),
         Fg("aside ⟦€210 million⟧", 210_000_000, None, "money", "ml8hp-q-provision"),
         Fg("Some ⟦23,000⟧ of", 23000, "about", "other", "ml8hp-q-units-de"))),
    Art(_HP, "allgaeuer-abendpost.example", "wirtschaft/waermepumpen-rueckruf-bsg-kritik", "2026-11-05", "de",
        "Wärmepumpen-Rückruf: Behörde zählt mehr Geräte als der Hersteller",
        ("Vom Rückruf der Arctis-Wärmepumpen des Herstellers Doyun sind in Deutschland offenbar mehr Haushalte "
         "betroffen als bislang bekannt. Nach Schätzung der Bundesstelle für Gerätesicherheit sind hierzulande mehr "
         "als 25.000 Geräte im Einsatz, der Hersteller hatte von rund 23.000 gesprochen.",
         "BSG-Präsidentin Friederike Almstedt sagte, Doyun habe die Behörden zu spät informiert. Erste Hinweise auf "
         "überhitzte Platinen habe es schon im Frühjahr gegeben, fügte sie hinzu.",
         "Ein Doyun-Sprecher wies den Vorwurf zurück: Man habe „unmittelbar nach Bestätigung des Fehlers“ gehandelt.",
         "In Deutschland wurden bislang drei Brände gemeldet. Bei einem davon, in einem Einfamilienhaus in "
         "Kirchwalden, erlitten zwei Bewohner leichte Verletzungen.",
         "Dem Hersteller zufolge sind inzwischen insgesamt 41 Brände bekannt. Betroffene Besitzer können ihr Gerät "
         "über eine Hotline melden; Doyun erstattet den Kaufpreis und legt 500 Euro drauf."),
        (St("Gerätesicherheit ⟦sind hierzulande mehr als 25.000 Geräte im Einsatz⟧",
            "Bundesstelle für Gerätesicherheit", "indirect", "ml8hp-u-units-de-bsg"),
         St("sagte, ⟦Doyun habe die Behörden zu spät informiert⟧", "Friederike Almstedt", "indirect", "ml8hp-u-late"),
         St("⟦Erste Hinweise auf überhitzte Platinen habe es schon im Frühjahr gegeben⟧, fügte", "Friederike Almstedt",
            "indirect", "ml8hp-u-spring"),
         St("zurück: ⟦Man habe „unmittelbar nach Bestätigung des Fehlers“ gehandelt⟧", "Doyun Thermotech", "partial",
            "ml8hp-u-denial"),
         St("zufolge ⟦sind inzwischen insgesamt 41 Brände bekannt⟧", "Doyun Thermotech", "indirect",
            "ml8hp-u-fires41")),
        (Fg("mehr als ⟦25.000⟧ Geräte", 25000, "more than", "other", "ml8hp-q-units-de"),
         Fg("rund ⟦23.000⟧ gesprochen", 23000, "about", "other", "ml8hp-q-units-de"),
         Fg("bislang ⟦drei⟧ Brände", 3, None, "other", "ml8hp-q-fires-de"),
         Fg("erlitten ⟦zwei⟧ Bewohner", 2, None, "wounded", "ml8hp-q-injured-de"),
         Fg("insgesamt ⟦41⟧ Brände", 41, None, "other", "ml8hp-q-fires"),
         Fg("legt ⟦500 Euro⟧ drauf", 500, None, "money", "ml8hp-q-compensation-eur"))),
)

SPEAKER_FORMS_24: dict[str, tuple[str, ...]] = {
    "Ludovica Renzelli": ("Ludovica Renzelli", "Renzelli", "루도비카 렌첼리", "렌첼리", "렌첼리 주지사",
                          "루도비카 렌첼리 발크로체 주지사", "루도비카 렌첼리 주지사", "Gouverneurin", "governatrice",
                          "gouverneure", "governor"),
    "Piero Salvadego": ("Piero Salvadego", "Salvadego", "피에로 살바데고", "살바데고", "피에로 살바데고 병원장",
                        "병원장", "direttore sanitario", "directeur de l'hôpital"),
    "Valcroce traffic police": ("Verkehrspolizei der Region Valcroce", "Verkehrspolizei", "Polizei",
                                "polizia stradale", "police", "현지 경찰", "경찰"),
    "Dasom Travel": ("Dasom Travel", "다솜여행", "다솜여행 측", "다솜여행 관계자", "Reiseveranstalter",
                     "tour operator"),
    "South Korean embassy in Tervonia": ("주테르보니아 한국대사관", "한국대사관", "대사관", "대사관 관계자",
                                         "ambasciata della Corea del Sud", "ambassade de Corée du Sud",
                                         "South Korea's embassy", "embassy"),
    "Valcroce regional officials (anonymous)": ("officials",),
    "Grifone crash investigation source (anonymous)": ("source proche du dossier",),
    "Tervonian local media": ("현지 언론",),
    "Doyun Thermotech": ("Doyun Thermotech", "Doyun", "도윤써모텍", "회사 측", "회사", "Unternehmen",
                         "Unternehmenssprecher", "Doyun-Sprecher", "Hersteller", "filial española de la compañía",
                         "compañía", "empresa", "company"),
    "Pyo Jae-hyun": ("Pyo Jae-hyun", "Pyo Jae Hyun", "표재현", "표재현 대표", "Konzernchef Pyo Jae Hyun"),
    "Bundesstelle für Gerätesicherheit": ("Bundesstelle für Gerätesicherheit", "BSG",
                                          "Federal Office for Appliance Safety",
                                          "agencia alemana de seguridad de aparatos",
                                          "agência alemã de segurança de aparelhos", "독일 연방기기안전청"),
    "Friederike Almstedt": ("Friederike Almstedt", "Almstedt", "프리데리케 알름슈테트", "알름슈테트",
                            "프리데리케 알름슈테트 청장", "BSG-Präsidentin Friederike Almstedt"),
    "Marta Sequeira": ("Marta Sequeira", "Sequeira", "perita", "especialista", "Brandermittlerin",
                       "fire investigator"),
    "Korean appliance industry (anonymous)": ("업계",),
    "Spanish investigation sources (anonymous)": ("fuentes de la investigación",),
}
