"""Test-part stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which
holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every country, town, person, outlet and figure is invented. Stories here: a motorway pile-up in fog whose
toll is revised overnight (test), a night theft of paintings from a museum (test); both listed in TEST_STORIES.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_23: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a motorway pile-up in fog (test)
    Art("ml6-pileup", "lahnbote.example", "panorama/massenkarambolage-a2-grauwald-1.8812", "2026-11-17", "de",
        "Massenkarambolage im Nebel: Mindestens fünf Tote auf der A2",
        ("Bei einer Massenkarambolage im dichten Nebel sind am Dienstagmorgen auf der Autobahn A2 zwischen Tessburg "
         "und Kallnitz mindestens fünf Menschen ums Leben gekommen. Mehr als 60 Fahrzeuge fuhren kurz nach 6.30 Uhr "
         "nahe der Ausfahrt Grauwald ineinander, rund 30 Menschen wurden verletzt.",
         "„Die Sicht lag stellenweise unter 50 Metern, und viele haben trotzdem nicht abgebremst“, sagte Ilona Sterk, "
         "Sprecherin der Autobahnpolizei. Die Ermittler prüften, ob ein stark bremsender Lastwagen die "
         "Kettenreaktion ausgelöst habe, fügte sie hinzu.",
         "Der Einsatzleiter des Landesrettungsdienstes, Viktor Halmai, sagte, er habe in 20 Dienstjahren noch keinen "
         "solchen Einsatz erlebt. „Manche Autos waren so zusammengedrückt, dass wir das Dach abschneiden mussten, um "
         "an die Insassen heranzukommen.“ Die Verletzten wurden auf sechs Krankenhäuser verteilt.",
         "Lieferwagenfahrer Benedikt Ruml kam mit Prellungen davon. „Es krachte vor mir und hinter mir, und dann sah "
         "ich gar nichts mehr“, erzählte der 41-Jährige. Er sei durch das Beifahrerfenster ins Freie gekrochen.",
         "Laut der Autobahngesellschaft bleibt die A2 in Richtung Kallnitz voraussichtlich bis zum Abend gesperrt."),
        (St("„⟦Die Sicht lag stellenweise unter 50 Metern, und viele haben trotzdem nicht abgebremst⟧“", "Ilona Sterk",
            "direct", "pileup-u1"),
         St("⟦Die Ermittler prüften, ob ein stark bremsender Lastwagen die Kettenreaktion ausgelöst habe⟧, fügte",
            "Ilona Sterk", "indirect", "pileup-u2"),
         St("sagte, ⟦er habe in 20 Dienstjahren noch keinen solchen Einsatz erlebt⟧", "Viktor Halmay", "indirect",
            "pileup-u7"),
         St("„⟦Manche Autos waren so zusammengedrückt, dass wir das Dach abschneiden mussten, um an die Insassen "
            "heranzukommen⟧.“", "Viktor Halmay", "direct", "pileup-u3"),
         St("„⟦Es krachte vor mir und hinter mir, und dann sah ich gar nichts mehr⟧“", "Benedikt Ruml", "direct",
            "pileup-u5"),
         St("⟦Er sei durch das Beifahrerfenster ins Freie gekrochen⟧", "Benedikt Ruml", "indirect", "pileup-u6"),
         St("Autobahngesellschaft ⟦bleibt die A2 in Richtung Kallnitz voraussichtlich bis zum Abend gesperrt⟧",
            "Morvenia motorway operator", "indirect", "pileup-u8")),
        (Fg("mindestens ⟦fünf⟧ Menschen", 5, "at least", "killed", "pileup-q-killed"),
         Fg("Mehr als ⟦60⟧ Fahrzeuge", 60, "more than", "other", "pileup-q-vehicles"),
         Fg("rund ⟦30⟧ Menschen", 30, "about", "wounded", "pileup-q-wounded"))),
    Art("ml6-pileup", "cheongsanilbo.example", "news/articleView.html?idxno=304118", "2026-11-18", "ko",
        "모르베니아 고속도로 안개 속 60여 대 연쇄 추돌…7명 사망",
        ("모르베니아 A2 고속도로에서 17일 오전 짙은 안개 속에 차량 60여 대가 잇따라 부딪혀 7명이 숨지고 38명이 "
         "다쳤다. 사고는 테스부르크와 칼니츠 사이 그라우발트 나들목 부근에서 일어났다.",
         "현지 고속도로경찰의 일로나 슈테르크 대변인은 “곳곳에서 가시거리가 50m도 안 됐는데 많은 운전자가 속도를 "
         "줄이지 않았다”고 말했다. 그는 급제동한 화물차 한 대가 연쇄 추돌의 발단이 됐는지 조사하고 있다고 "
         "덧붙였다.",
         "구조 작업을 지휘한 빅토르 할마이 주 구조대장은 “일부 차량은 너무 심하게 찌그러져 지붕을 잘라내야 안에 "
         "있는 사람에게 닿을 수 있었다”고 전했다.",
         "승합차 운전자 베네딕트 루믈(41)은 현지 방송에 “앞뒤에서 쾅쾅 소리가 나더니 아무것도 보이지 않았다”고 "
         "말했다.",
         "사고 여파로 1천200여 명의 운전자가 몇 시간 동안 도로에 갇혔다. 고속도로 운영사에 따르면 사고 구간은 11시간 넘게 통제됐다가 이날 저녁 다시 열렸다. 주모르베니아 "
         "한국대사관은 현재까지 확인된 한국인 피해는 없다고 밝혔다."),
        (St("“⟦곳곳에서 가시거리가 50m도 안 됐는데 많은 운전자가 속도를 줄이지 않았다⟧”", "Ilona Sterk", "direct",
            "pileup-u1"),
         St("그는 ⟦급제동한 화물차 한 대가 연쇄 추돌의 발단이 됐는지 조사하고 있다⟧고", "Ilona Sterk", "indirect",
            "pileup-u2"),
         St("“⟦일부 차량은 너무 심하게 찌그러져 지붕을 잘라내야 안에 있는 사람에게 닿을 수 있었다⟧”", "Viktor Halmay",
            "direct", "pileup-u3"),
         St("“⟦앞뒤에서 쾅쾅 소리가 나더니 아무것도 보이지 않았다⟧”", "Benedikt Ruml", "direct", "pileup-u5"),
         St("따르면 ⟦사고 구간은 11시간 넘게 통제됐다가 이날 저녁 다시 열렸다⟧", "Morvenia motorway operator",
            "indirect", "pileup-u9"),
         St("한국대사관은 ⟦현재까지 확인된 한국인 피해는 없다⟧고", "Korean embassy in Morvenia", "indirect",
            "pileup-u11")),
        (Fg("차량 ⟦60여⟧ 대", 60, "more than", "other", "pileup-q-vehicles"),
         Fg("⟦7⟧명이 숨지고", 7, None, "killed", "pileup-q-killed"),
         Fg("⟦38⟧명이 다쳤다", 38, None, "wounded", "pileup-q-wounded"),
         Fg("⟦11⟧시간 넘게", 11, "more than", "other", "pileup-q-closure-hours"),
         Fg("⟦1천200여⟧ 명의 운전자", 1200, "more than", "other", "pileup-q-stranded"))),
    Art("ml6-pileup", "thewesterngazette.example", "world/2026/11/18/morvenia-fog-pileup-a2", "2026-11-18", "en",
        "Seven dead as fog pile-up shuts Morvenian motorway for nearly 12 hours",
        ("Seven people were killed and 38 injured, nine of them seriously, when 63 vehicles ran into one another in "
         "thick fog on Morvenia's A2 motorway on Tuesday morning, police said on Wednesday.",
         '"Visibility was below 50 metres in places, and a lot of drivers simply kept their speed," said Ilona Sterk, '
         "a spokeswoman for the highway police. Investigators were looking at whether a lorry braking hard had set "
         "off the chain of collisions, she said.",
         "Viktor Halmay, who led the state rescue service's operation, said some cars had been crushed so badly that "
         'crews "had to cut the roof off to get to the people inside".',
         "Benedikt Ruml, a 41-year-old van driver, escaped with bruises. \"There were bangs in front of me and behind "
         "me, and then I couldn't see a thing,\" he said. He said he had crawled out through the passenger window.",
         "About 1,200 motorists were stuck in tailbacks for hours. The motorway was closed for nearly 12 hours and reopened in both directions late on Tuesday evening, the "
         "operator said."),
        (St("⟦Seven people were killed and 38 injured, nine of them seriously, when 63 vehicles ran into one another "
            "in thick fog on Morvenia's A2 motorway on Tuesday morning⟧, police said", "Morvenia highway police",
            "indirect", "pileup-u10"),
         St('"⟦Visibility was below 50 metres in places, and a lot of drivers simply kept their speed⟧,"',
            "Ilona Sterk", "direct", "pileup-u1"),
         St("⟦Investigators were looking at whether a lorry braking hard had set off the chain of collisions⟧, she",
            "Ilona Sterk", "indirect", "pileup-u2"),
         St("said ⟦some cars had been crushed so badly that crews \"had to cut the roof off to get to the people "
            "inside\"⟧", "Viktor Halmay", "partial", "pileup-u3"),
         St("\"⟦There were bangs in front of me and behind me, and then I couldn't see a thing⟧,\"", "Benedikt Ruml",
            "direct", "pileup-u5"),
         St("He said ⟦he had crawled out through the passenger window⟧", "Benedikt Ruml", "indirect", "pileup-u6"),
         St("⟦The motorway was closed for nearly 12 hours and reopened in both directions late on Tuesday evening⟧, "
            "the operator said", "Morvenia motorway operator", "indirect", "pileup-u9")),
        (Fg("⟦Seven⟧ people", 7, None, "killed", "pileup-q-killed"),
         Fg("and ⟦38⟧ injured", 38, None, "wounded", "pileup-q-wounded"),
         Fg("⟦nine⟧ of them seriously", 9, None, "wounded", "pileup-q-serious"),
         Fg("when ⟦63⟧ vehicles", 63, None, "other", "pileup-q-vehicles"),
         Fg("nearly ⟦12⟧ hours and", 12, "nearly", "other", "pileup-q-closure-hours"),
         Fg("About ⟦1,200⟧ motorists", 1200, "about", "other", "pileup-q-stranded"))),
    Art("ml6-pileup", "ilgazzettinodellapianura.example", "esteri/2026/11/18/morvenia-tamponamento-a2-nebbia",
        "2026-11-18", "it",
        "Nebbia fitta, maxi tamponamento in Morvenia: sette morti",
        ("Sono sette i morti del maxi tamponamento avvenuto martedì mattina sull'autostrada A2, in Morvenia, dove una "
         "sessantina di veicoli si sono scontrati nella nebbia. I feriti sono 38, di cui nove in gravi condizioni.",
         "Secondo la portavoce della polizia stradale, Ilona Sterk, in alcuni tratti la visibilità era inferiore ai "
         "50 metri e molti automobilisti non hanno rallentato.",
         "«Alcune auto erano talmente schiacciate che abbiamo dovuto tagliare il tetto per raggiungere chi era "
         "dentro», ha raccontato Viktor Halmay, che ha coordinato i soccorsi. Halmay ha detto che i feriti sono stati "
         "distribuiti in sei ospedali della regione.",
         "L'autostrada è rimasta chiusa per oltre undici ore, ha fatto sapere la società che la gestisce."),
        (St("Sterk, ⟦in alcuni tratti la visibilità era inferiore ai 50 metri e molti automobilisti non hanno "
            "rallentato⟧", "Ilona Sterk", "indirect", "pileup-u1"),
         St("«⟦Alcune auto erano talmente schiacciate che abbiamo dovuto tagliare il tetto per raggiungere chi era "
            "dentro⟧»", "Viktor Halmay", "direct", "pileup-u3"),
         St("ha detto che ⟦i feriti sono stati distribuiti in sei ospedali della regione⟧", "Viktor Halmay",
            "indirect", "pileup-u4"),
         St("⟦L'autostrada è rimasta chiusa per oltre undici ore⟧, ha fatto sapere", "Morvenia motorway operator",
            "indirect", "pileup-u9")),
        (Fg("Sono ⟦sette⟧ i morti", 7, None, "killed", "pileup-q-killed"),
         Fg("dove ⟦una sessantina⟧ di veicoli", 60, "about", "other", "pileup-q-vehicles"),
         Fg("I feriti sono ⟦38⟧", 38, None, "wounded", "pileup-q-wounded"),
         Fg("di cui ⟦nove⟧ in gravi", 9, None, "wounded", "pileup-q-serious"),
         Fg("per oltre ⟦undici⟧ ore", 11, "more than", "other", "pileup-q-closure-hours"))),
    Art("ml6-pileup", "elnortedigital.example", "internacional/2026-11-18/choque-cadena-niebla-morvenia",
        "2026-11-18", "es",
        "Siete muertos en un choque en cadena con niebla en una autopista de Morvenia",
        ("Un choque en cadena en el que se vieron implicados 63 vehículos dejó el martes siete muertos y casi 40 "
         "heridos en la autopista A2 de Morvenia, entre Tessburg y Kallnitz, según la Policía de Carreteras.",
         "La portavoz policial Ilona Sterk explicó que los investigadores tratan de averiguar si un camión que frenó "
         "bruscamente desencadenó la serie de colisiones. Según Halmay, jefe de los servicios de rescate, algunos "
         "coches quedaron tan aplastados que hubo que cortar el techo para sacar a sus ocupantes.",
         '"Oí golpes delante y detrás de mí, y luego ya no vi nada", relató Benedikt Ruml, un conductor de furgoneta '
         "de 41 años que logró salir por la ventanilla del copiloto.",
         "La autopista permaneció cortada durante unas once horas."),
        (St("⟦Un choque en cadena en el que se vieron implicados 63 vehículos dejó el martes siete muertos y casi 40 "
            "heridos en la autopista A2 de Morvenia, entre Tessburg y Kallnitz⟧, según", "Morvenia highway police",
            "indirect", "pileup-u10"),
         St("explicó que ⟦los investigadores tratan de averiguar si un camión que frenó bruscamente desencadenó la "
            "serie de colisiones⟧", "Ilona Sterk", "indirect", "pileup-u2"),
         St("rescate, ⟦algunos coches quedaron tan aplastados que hubo que cortar el techo para sacar a sus "
            "ocupantes⟧", "Viktor Halmay", "indirect", "pileup-u3"),
         St('"⟦Oí golpes delante y detrás de mí, y luego ya no vi nada⟧"', "Benedikt Ruml", "direct", "pileup-u5")),
        (Fg("implicados ⟦63⟧ vehículos", 63, None, "other", "pileup-q-vehicles"),
         Fg("martes ⟦siete⟧ muertos", 7, None, "killed", "pileup-q-killed"),
         Fg("casi ⟦40⟧ heridos", 40, "nearly", "wounded", "pileup-q-wounded"),
         Fg("unas ⟦once⟧ horas", 11, "about", "other", "pileup-q-closure-hours"))),
    Art("ml6-pileup", "fichtelbote.example", "welt/a2-grauwald-zahl-der-toten-steigt-1.22907", "2026-11-18", "de",
        "Nach dem Nebel-Crash auf der A2: Zahl der Toten steigt auf sieben",
        ("Die Zahl der Todesopfer nach der Massenkarambolage auf der A2 bei Grauwald ist auf sieben gestiegen. Ein "
         "Mann und eine Frau seien in der Nacht im Klinikum Kallnitz ihren Verletzungen erlegen, teilte die "
         "Autobahnpolizei am Mittwoch mit. 38 Menschen wurden bei dem Unfall verletzt, neun von ihnen schwer.",
         "Nach neuen Zählungen waren 63 Fahrzeuge in die Unfälle verwickelt. Rund 1.200 Autofahrer saßen stundenlang "
         "in den Staus vor der Unfallstelle fest, ehe die Strecke am Dienstagabend nach knapp zwölf Stunden wieder "
         "freigegeben wurde.",
         "Polizeisprecherin Ilona Sterk appellierte an alle Fahrer, bei Nebel den Abstand deutlich zu vergrößern. "
         "Bei weniger als 100 Metern Sichtweite gelte Tempo 50, sagte sie. „Daran hält sich leider kaum jemand.“",
         "Laut Einsatzleiter Halmai wurden die Verletzten auf sechs Kliniken der Region verteilt. Der "
         "Lieferwagenfahrer Benedikt Ruml, der sich aus seinem eingedrückten Wagen befreien konnte, sagte dem "
         "Regionalsender, er habe „nur noch Knallen und dann eine graue Wand“ wahrgenommen."),
        (St("⟦Ein Mann und eine Frau seien in der Nacht im Klinikum Kallnitz ihren Verletzungen erlegen⟧, teilte",
            "Morvenia highway police", "indirect", "pileup-u12"),
         St("an alle Fahrer, ⟦bei Nebel den Abstand deutlich zu vergrößern⟧", "Ilona Sterk", "indirect",
            "pileup-u13"),
         St("⟦Bei weniger als 100 Metern Sichtweite gelte Tempo 50⟧, sagte sie", "Ilona Sterk", "indirect",
            "pileup-u14"),
         St("„⟦Daran hält sich leider kaum jemand⟧.“", "Ilona Sterk", "direct", "pileup-u15"),
         St("Halmai ⟦wurden die Verletzten auf sechs Kliniken der Region verteilt⟧", "Viktor Halmay", "indirect",
            "pileup-u4"),
         St("Regionalsender, ⟦er habe „nur noch Knallen und dann eine graue Wand“ wahrgenommen⟧",
            "Benedikt Ruml", "partial", "pileup-u5")),
        (Fg("auf ⟦sieben⟧ gestiegen", 7, None, "killed", "pileup-q-killed"),
         Fg("⟦38⟧ Menschen wurden", 38, None, "wounded", "pileup-q-wounded"),
         Fg("⟦neun⟧ von ihnen schwer", 9, None, "wounded", "pileup-q-serious"),
         Fg("waren ⟦63⟧ Fahrzeuge", 63, None, "other", "pileup-q-vehicles"),
         Fg("Rund ⟦1.200⟧ Autofahrer", 1200, "about", "other", "pileup-q-stranded"),
         Fg("knapp ⟦zwölf⟧ Stunden", 12, "nearly", "other", "pileup-q-closure-hours"))),
    # ---------------------------------------------------------------- a night theft of paintings from a museum (test)
    Art("ml6-museum-theft", "lechodevellonne.example", "faits-divers/vol-musee-beaux-arts-vellonne", "2026-11-10",
        "fr",
        "Vol spectaculaire au musée des Beaux-Arts de Vellonne",
        ("Au moins six tableaux ont été dérobés dans la nuit de dimanche à lundi au musée des Beaux-Arts de Vellonne. "
         "Les voleurs se sont introduits par une verrière du toit et ont neutralisé les deux gardiens de nuit, qui "
         "ont été retrouvés ligotés mais indemnes.",
         f"«{NB}Ces tableaux n'ont pas de prix pour nous, ils font partie de l'histoire de Vellonne{NB}», a confié "
         "la directrice du musée, Claire Dumonteil, visiblement émue. Selon elle, l'alarme s'est déclenchée peu "
         f"après 3{NB}heures, mais les voleurs étaient repartis en moins de quatre minutes.",
         f"Pour le commissaire divisionnaire Bastien Lorrain, chef de la police judiciaire, «{NB}nous avons affaire à "
         f"une équipe expérimentée, qui connaissait parfaitement les lieux{NB}». D'après une source proche de "
         "l'enquête, les malfaiteurs disposaient d'un plan détaillé des salles.",
         "La ministre de la Culture, Mathilde Carrouge, s'est rendue sur place dans la matinée. L'État "
         f"«{NB}ne ménagera aucun effort{NB}» pour que les œuvres retrouvent leurs cimaises, a-t-elle assuré."),
        (St(f"«{NB}⟦Ces tableaux n'ont pas de prix pour nous, ils font partie de l'histoire de Vellonne⟧{NB}»",
            "Claire Dumonteil", "direct", "museum-u1"),
         St(f"Selon elle, ⟦l'alarme s'est déclenchée peu après 3{NB}heures, mais les voleurs étaient repartis en "
            "moins de quatre minutes⟧", "Claire Dumonteil", "indirect", "museum-u2"),
         St(f"«{NB}⟦nous avons affaire à une équipe expérimentée, qui connaissait parfaitement les lieux⟧{NB}»",
            "Bastien Lorrain", "direct", "museum-u3"),
         St("l'enquête, ⟦les malfaiteurs disposaient d'un plan détaillé des salles⟧", "Vellonne investigation source",
            "indirect", "museum-u7"),
         St(f"⟦L'État «{NB}ne ménagera aucun effort{NB}» pour que les œuvres retrouvent leurs cimaises⟧, a-t-elle",
            "Mathilde Carrouge", "partial", "museum-u5")),
        (Fg("Au moins ⟦six⟧ tableaux", 6, "at least", "other", "museum-q-works"),
         Fg("les ⟦deux⟧ gardiens", 2, None, "other", "museum-q-guards"))),
    Art("ml6-museum-theft", "leregionalduvallon.example", "actualite/vol-musee-vellonne-trois-interpellations",
        "2026-11-12", "fr",
        "Vol au musée de Vellonne : trois interpellations, les toiles toujours introuvables",
        ("Trois personnes ont été interpellées mardi soir dans le cadre de l'enquête sur le vol de sept tableaux au "
         "musée des Beaux-Arts de Vellonne, a indiqué mercredi le parquet. Aucune des œuvres n'a été retrouvée à ce "
         "stade.",
         "Le butin est estimé à environ 45 millions d'euros, selon le ministère de la Culture. Parmi les toiles "
         "volées figurent des paysages d'Émile Sarrazac, peintre vellonnais du XIXe siècle.",
         f"«{NB}Les suspects sont bien connus de nos services pour des cambriolages{NB}», a précisé le commissaire "
         "Bastien Lorrain. Il a ajouté que l'équipe avait repéré les lieux à plusieurs reprises en se mêlant aux "
         "visiteurs.",
         "De son côté, Claire Dumonteil a annoncé que le musée resterait fermé au moins jusqu'à la fin du mois."),
        (St("⟦Trois personnes ont été interpellées mardi soir dans le cadre de l'enquête sur le vol de sept tableaux "
            "au musée des Beaux-Arts de Vellonne⟧, a indiqué", "Vellonne prosecutor's office", "indirect",
            "museum-u8"),
         St("⟦Le butin est estimé à environ 45 millions d'euros⟧, selon", "Vellonne culture ministry", "indirect",
            "museum-u12"),
         St(f"«{NB}⟦Les suspects sont bien connus de nos services pour des cambriolages⟧{NB}»", "Bastien Lorrain",
            "direct", "museum-u9"),
         St("Il a ajouté que ⟦l'équipe avait repéré les lieux à plusieurs reprises en se mêlant aux visiteurs⟧",
            "Bastien Lorrain", "indirect", "museum-u10"),
         St("a annoncé que ⟦le musée resterait fermé au moins jusqu'à la fin du mois⟧", "Claire Dumonteil",
            "indirect", "museum-u11")),
        (Fg("⟦Trois⟧ personnes", 3, None, "other", "museum-q-arrests"),
         Fg("vol de ⟦sept⟧ tableaux", 7, None, "other", "museum-q-works"),
         Fg("environ ⟦45 millions d'euros⟧", 45_000_000, "about", "money", "museum-q-value"))),
    Art("ml6-museum-theft", "neckarblatt.example", "kultur/kunstraub-vellonne-festnahmen-1.6630", "2026-11-12", "de",
        "Kunstraub in Vellonne: Drei Festnahmen nach nächtlichem Einbruch ins Museum",
        ("Nach dem Diebstahl von sieben Gemälden aus dem Museum der Schönen Künste in Vellonne hat die Polizei drei "
         "Verdächtige festgenommen. Nach Angaben des Kulturministeriums hat die Beute einen Wert von rund 45 "
         "Millionen Euro.",
         "Die Täter waren in der Nacht zum Montag über ein Glasdach eingestiegen und hatten die zwei Wachleute "
         "gefesselt. „Das sind Bilder, die für uns keinen Preis haben. Sie gehören zur Geschichte von Vellonne“, "
         "sagte Museumsdirektorin Claire Dumonteil.",
         "Kommissar Bastien Lorrain zufolge handelt es sich um eine erfahrene Bande, die das Gebäude genau kannte. "
         "Die Festgenommenen seien wegen Einbrüchen polizeibekannt, sagte er.",
         "Kulturministerin Mathilde Carrouge versprach: „Der Staat wird keine Mühe scheuen, damit diese Werke nach "
         "Vellonne zurückkehren.“ Sie kündigte zudem an, dass die Sicherheit aller staatlichen Museen überprüft "
         "werde."),
        (St("Kulturministeriums ⟦hat die Beute einen Wert von rund 45 Millionen Euro⟧", "Vellonne culture ministry",
            "indirect", "museum-u12"),
         St("„⟦Das sind Bilder, die für uns keinen Preis haben. Sie gehören zur Geschichte von Vellonne⟧“",
            "Claire Dumonteil", "direct", "museum-u1"),
         St("zufolge ⟦handelt es sich um eine erfahrene Bande, die das Gebäude genau kannte⟧", "Bastien Lorrain",
            "indirect", "museum-u3"),
         St("⟦Die Festgenommenen seien wegen Einbrüchen polizeibekannt⟧, sagte er", "Bastien Lorrain", "indirect",
            "museum-u9"),
         St("„⟦Der Staat wird keine Mühe scheuen, damit diese Werke nach Vellonne zurückkehren⟧.“",
            "Mathilde Carrouge", "direct", "museum-u5"),
         St("dass ⟦die Sicherheit aller staatlichen Museen überprüft werde⟧", "Mathilde Carrouge", "indirect",
            "museum-u6")),
        (Fg("von ⟦sieben⟧ Gemälden", 7, None, "other", "museum-q-works"),
         Fg("⟦drei⟧ Verdächtige", 3, None, "other", "museum-q-arrests"),
         Fg("rund ⟦45 Millionen Euro⟧", 45_000_000, "about", "money", "museum-q-value"),
         Fg("die ⟦zwei⟧ Wachleute", 2, None, "other", "museum-q-guards"))),
    Art("ml6-museum-theft", "dasanilbo.example", "news/articleView.html?idxno=517720", "2026-11-13", "ko",
        "벨론 미술관서 회화 7점 도난…용의자 4명 체포",
        ("벨론 미술관에서 회화 7점을 훔친 혐의로 용의자 4명이 체포됐다고 현지 검찰이 12일(현지시간) 밝혔다. "
         "도난당한 작품의 가치는 약 4천500만 유로로 추산된다.",
         "범인들은 9일 밤 지붕의 유리 천창을 뜯고 들어가 야간 경비원 2명을 묶은 뒤 작품을 들고 달아났다. 클레르 "
         "뒤몽테유 관장은 “이 그림들은 우리에게 값을 매길 수 없는 것이며 벨론의 역사 그 자체”라고 말했다.",
         "수사 관계자에 따르면 범인들은 전시실의 상세한 도면을 갖고 있었다. 바스티앵 로랭 경찰 수사반장은 이들이 "
         "건물 구조를 잘 아는 숙련된 일당이라고 설명했다.",
         "마틸드 카루주 문화부 장관은 작품들이 벨론으로 돌아올 수 있도록 모든 노력을 다하겠다고 약속했다."),
        (St("⟦벨론 미술관에서 회화 7점을 훔친 혐의로 용의자 4명이 체포됐다⟧고", "Vellonne prosecutor's office",
            "indirect", "museum-u13"),
         St("“⟦이 그림들은 우리에게 값을 매길 수 없는 것이며 벨론의 역사 그 자체⟧”", "Claire Dumonteil", "direct",
            "museum-u1"),
         St("따르면 ⟦범인들은 전시실의 상세한 도면을 갖고 있었다⟧", "Vellonne investigation source", "indirect",
            "museum-u7"),
         St("수사반장은 ⟦이들이 건물 구조를 잘 아는 숙련된 일당⟧이라고", "Bastien Lorrain", "indirect", "museum-u3"),
         St("장관은 ⟦작품들이 벨론으로 돌아올 수 있도록 모든 노력을 다하겠다⟧고", "Mathilde Carrouge", "indirect",
            "museum-u5")),
        (Fg("회화 ⟦7⟧점을", 7, None, "other", "museum-q-works"),
         Fg("용의자 ⟦4⟧명이", 4, None, "other", "museum-q-arrests"),
         Fg("약 ⟦4천500만 유로⟧", 45_000_000, "about", "money", "museum-q-value"),
         Fg("경비원 ⟦2⟧명", 2, None, "other", "museum-q-guards"))),
    Art("ml6-museum-theft", "correiodasilhas.example", "mundo/2026/11/12/roubo-quadros-museu-vellonne",
        "2026-11-12", "pt",
        "Roubo de sete quadros em museu de Vellonne leva a três detenções",
        ("Três suspeitos foram detidos pelo roubo de sete quadros do Museu de Belas-Artes de Vellonne, avaliados em "
         "mais de 40 milhões de euros, informou o Ministério Público nesta quarta-feira.",
         "Os ladrões entraram pelo telhado na madrugada de segunda-feira e amarraram os dois vigilantes de serviço. "
         "Segundo a diretora do museu, Claire Dumonteil, o alarme disparou pouco depois das três da manhã, mas o "
         "grupo fugiu em menos de quatro minutos.",
         "“O Estado não vai poupar esforços para que estas obras voltem a Vellonne”, afirmou a ministra da Cultura, "
         "Mathilde Carrouge. Ela disse ainda que vai mandar auditar a segurança de todos os museus nacionais.",
         "De acordo com o comissário Bastien Lorrain, da polícia judiciária, os suspeitos já tinham antecedentes por "
         "assaltos."),
        (St("⟦Três suspeitos foram detidos pelo roubo de sete quadros do Museu de Belas-Artes de Vellonne, avaliados "
            "em mais de 40 milhões de euros⟧, informou", "Vellonne prosecutor's office", "indirect", "museum-u8"),
         St("Dumonteil, ⟦o alarme disparou pouco depois das três da manhã, mas o grupo fugiu em menos de quatro "
            "minutos⟧", "Claire Dumonteil", "indirect", "museum-u2"),
         St("“⟦O Estado não vai poupar esforços para que estas obras voltem a Vellonne⟧”", "Mathilde Carrouge",
            "direct", "museum-u5"),
         St("Ela disse ainda que ⟦vai mandar auditar a segurança de todos os museus nacionais⟧", "Mathilde Carrouge",
            "indirect", "museum-u6"),
         St("judiciária, ⟦os suspeitos já tinham antecedentes por assaltos⟧", "Bastien Lorrain", "indirect",
            "museum-u9")),
        (Fg("⟦Três⟧ suspeitos", 3, None, "other", "museum-q-arrests"),
         Fg("de ⟦sete⟧ quadros", 7, None, "other", "museum-q-works"),
         Fg("mais de ⟦40 milhões de euros⟧", 40_000_000, "more than", "money", "museum-q-value"),
         Fg("os ⟦dois⟧ vigilantes", 2, None, "other", "museum-q-guards"))),
    Art("ml6-museum-theft", "thelanternpress.example", "culture/2026/11/13/vellonne-museum-theft-arrests",
        "2026-11-13", "en",
        "Four held over theft of seven paintings from Vellonne museum",
        ("Prosecutors in Vellonne said on Thursday that four suspects were now in custody over the theft of seven "
         "paintings from the city's Museum of Fine Arts, worth some €45 million.",
         "The thieves broke in through a glass roof in the early hours of Monday and tied up the two guards on duty. "
         "None of the works has been recovered.",
         '"These paintings are priceless to us. They are part of Vellonne\'s history," museum director Claire '
         "Dumonteil said. According to Detective Superintendent Bastien Lorrain, the gang \"knew the building inside "
         'out".',
         'Culture Minister Mathilde Carrouge has promised that the state will "spare no effort" to bring the works '
         "home. She has also ordered a review of security at every national museum."),
        (St("said on Thursday that ⟦four suspects were now in custody over the theft of seven paintings from the "
            "city's Museum of Fine Arts, worth some €45 million⟧", "Vellonne prosecutor's office", "indirect",
            "museum-u13"),
         St('"⟦These paintings are priceless to us. They are part of Vellonne\'s history⟧,"', "Claire Dumonteil",
            "direct", "museum-u1"),
         St('Lorrain, ⟦the gang "knew the building inside out"⟧', "Bastien Lorrain", "partial", "museum-u3"),
         St('promised that ⟦the state will "spare no effort" to bring the works home⟧', "Mathilde Carrouge",
            "partial", "museum-u5")),
        (Fg("that ⟦four⟧ suspects", 4, None, "other", "museum-q-arrests"),
         Fg("of ⟦seven⟧ paintings", 7, None, "other", "museum-q-works"),
         Fg("some ⟦€45 million⟧", 45_000_000, "about", "money", "museum-q-value"),
         Fg("the ⟦two⟧ guards", 2, None, "other", "museum-q-guards"))),
)

SPEAKER_FORMS_23: dict[str, tuple[str, ...]] = {
    "Ilona Sterk": ("Ilona Sterk", "Sterk", "일로나 슈테르크", "슈테르크", "슈테르크 대변인"),
    "Viktor Halmay": ("Viktor Halmay", "Viktor Halmai", "Halmay", "Halmai", "빅토르 할마이", "할마이",
                      "할마이 주 구조대장"),
    "Benedikt Ruml": ("Benedikt Ruml", "Ruml", "베네딕트 루믈", "루믈"),
    "Morvenia highway police": ("Autobahnpolizei", "Policía de Carreteras", "polizia stradale", "police",
                                "highway police", "고속도로경찰"),
    "Morvenia motorway operator": ("Autobahngesellschaft", "operator", "società che la gestisce", "società",
                                   "고속도로 운영사", "운영사"),
    "Korean embassy in Morvenia": ("주모르베니아 한국대사관", "한국대사관", "대사관"),
    "Claire Dumonteil": ("Claire Dumonteil", "Dumonteil", "클레르 뒤몽테유", "뒤몽테유", "뒤몽테유 관장"),
    "Bastien Lorrain": ("Bastien Lorrain", "Lorrain", "바스티앵 로랭", "로랭", "로랭 경찰 수사반장"),
    "Mathilde Carrouge": ("Mathilde Carrouge", "Carrouge", "마틸드 카루주", "카루주", "카루주 문화부 장관"),
    "Vellonne prosecutor's office": ("parquet", "parquet de Vellonne", "Ministério Público", "Prosecutors",
                                     "prosecutors", "Staatsanwaltschaft", "검찰", "현지 검찰"),
    "Vellonne culture ministry": ("ministère de la Culture", "ministère", "Kulturministerium",
                                  "Kulturministeriums"),
    "Vellonne investigation source": ("source proche de l'enquête", "source", "수사 관계자", "관계자"),
}
