"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Test part 6 (ml9-*), written and annotated before any system run on them. Every place, person, company, outlet and
figure is invented. Stories here: a cable-car cabin falls, a storm floods a city's metro, inmates escape from a
prison, a bank's customer data leaks.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_29: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a cable-car cabin falls (TEST)
    Art("ml9-cable-car", "alpenbote.example", "panorama/seilbahn-pradelva-gondel-abgestuerzt-1.8812", "2026-08-14",
        "de",
        "Seilbahnunglück im Val Serenta: Vier Tote",
        ("Im norditalienischen Val Serenta ist am Freitagnachmittag eine Gondel der Seilbahn von Pradelva rund 40 "
         "Meter in die Tiefe gestürzt. Vier der elf Insassen kamen ums Leben, sechs wurden schwer verletzt. Ein Kind "
         "überlebte fast unversehrt.",
         "„Wir sind zutiefst erschüttert und arbeiten eng mit den Behörden zusammen“, teilte der Betreiber Funivie "
         "Serenta am Abend mit. Betriebsleiter Dario Castellazzi sagte, die Anlage sei erst im Mai vollständig "
         "gewartet worden.",
         "Rund 120 Fahrgäste saßen stundenlang in anderen Gondeln fest und mussten von Bergrettern abgeseilt "
         "werden. Laut der Regionalministerin für Verkehr, Ottavia Brunelli, wird die Bahn bis auf Weiteres "
         "gesperrt. Die Staatsanwaltschaft hat Ermittlungen eingeleitet."),
        (St("„⟦Wir sind zutiefst erschüttert und arbeiten eng mit den Behörden zusammen⟧“", "Funivie Serenta",
            "direct", "cablecar-u1"),
         St("sagte, ⟦die Anlage sei erst im Mai vollständig gewartet worden⟧", "Dario Castellazzi", "indirect",
            "cablecar-u2"),
         St("Brunelli, ⟦wird die Bahn bis auf Weiteres gesperrt⟧", "Ottavia Brunelli", "indirect", "cablecar-u3")),
        (Fg("Vier der ⟦elf⟧ Insassen", 11, None, "other", "cablecar-q-aboard"),
         Fg("⟦Vier⟧ der elf", 4, None, "killed", "cablecar-q-killed"),
         Fg("⟦sechs⟧ wurden schwer", 6, None, "wounded", "cablecar-q-wounded"),
         Fg("Rund ⟦120⟧ Fahrgäste", 120, "about", "other", "cablecar-q-stranded"))),
    Art("ml9-cable-car", "gazzettadellevalli.example", "cronaca/2026/08/15/funivia-pradelva-cabina-precipitata",
        "2026-08-15", "it",
        "Precipita una cabina della funivia di Pradelva: quattro morti",
        ("Quattro morti e sette feriti, tre dei quali in condizioni gravissime. È il bilancio, ancora provvisorio, "
         "della tragedia di ieri pomeriggio in Val Serenta, dove una cabina della funivia di Pradelva si è staccata "
         "dalla fune ed è precipitata per una quarantina di metri. A bordo c'erano undici persone.",
         "«Siamo sconvolti. Collaboreremo in ogni modo con la magistratura», ha dichiarato in una nota la società "
         "Funivie Serenta. Il direttore d'esercizio, Dario Castellazzi, ha assicurato che l'impianto era stato "
         "revisionato a maggio.",
         "Secondo l'assessora regionale ai Trasporti, Ottavia Brunelli, la funivia resterà chiusa «finché non "
         "sapremo con certezza cosa è successo». La procura di Varzena ha aperto un fascicolo per omicidio colposo "
         "plurimo. Una fonte vicina alle indagini riferisce che gli inquirenti si concentrano sul carrello della "
         "cabina."),
        (St("«⟦Siamo sconvolti. Collaboreremo in ogni modo con la magistratura⟧»", "Funivie Serenta", "direct",
            "cablecar-u1"),
         St("assicurato che ⟦l'impianto era stato revisionato a maggio⟧", "Dario Castellazzi", "indirect",
            "cablecar-u2"),
         St("Brunelli, ⟦la funivia resterà chiusa «finché non sapremo con certezza cosa è successo»⟧",
            "Ottavia Brunelli", "partial", "cablecar-u3"),
         St("riferisce che ⟦gli inquirenti si concentrano sul carrello della cabina⟧",
            "Pradelva investigation source", "indirect", "cablecar-u4")),
        (Fg("⟦Quattro⟧ morti", 4, None, "killed", "cablecar-q-killed"),
         Fg("e ⟦sette⟧ feriti", 7, None, "wounded", "cablecar-q-wounded"),
         Fg("c'erano ⟦undici⟧ persone", 11, None, "other", "cablecar-q-aboard"))),
    Art("ml9-cable-car", "dongbangsinmun.example", "news/articleView.html?idxno=310457", "2026-08-15", "ko",
        "이탈리아 알프스 케이블카 추락…4명 사망·7명 부상",
        ("이탈리아 북부 발 세렌타 계곡에서 14일(현지시간) 케이블카 객실 1대가 추락해 탑승객 11명 가운데 4명이 "
         "숨지고 7명이 다쳤다. 부상자 가운데 3명은 위독한 상태다.",
         "오타비아 브루넬리 주 교통장관은 현지 방송과의 인터뷰에서 “정확한 원인이 밝혀질 때까지 케이블카 운행을 전면 "
         "중단하겠다”고 말했다. 운영사 푸니비에 세렌타 측은 “깊은 충격에 빠졌으며 사법 당국에 적극 협조하겠다”는 "
         "입장을 냈다.",
         "현지 검찰에 따르면 수사팀은 객실과 케이블을 연결하는 장치의 결함 가능성을 조사하고 있다. 다른 객실에 갇혀 "
         "있던 관광객 120여 명은 산악구조대원 60여 명의 도움으로 모두 구조됐다."),
        (St("“⟦정확한 원인이 밝혀질 때까지 케이블카 운행을 전면 중단하겠다⟧”", "Ottavia Brunelli", "direct",
            "cablecar-u3"),
         St("“⟦깊은 충격에 빠졌으며 사법 당국에 적극 협조하겠다⟧”", "Funivie Serenta", "direct", "cablecar-u1"),
         St("따르면 ⟦수사팀은 객실과 케이블을 연결하는 장치의 결함 가능성을 조사하고 있다⟧", "Varzena prosecutors",
            "indirect", "cablecar-u5")),
        (Fg("탑승객 ⟦11⟧명", 11, None, "other", "cablecar-q-aboard"),
         Fg("가운데 ⟦4⟧명이", 4, None, "killed", "cablecar-q-killed"),
         Fg("⟦7⟧명이 다쳤다", 7, None, "wounded", "cablecar-q-wounded"),
         Fg("관광객 ⟦120여⟧ 명", 120, "more than", "other", "cablecar-q-stranded"),
         Fg("산악구조대원 ⟦60여⟧ 명", 60, "more than", "other", "cablecar-q-rescuers"))),
    Art("ml9-cable-car", "lechodescimes.example", "monde/italie-telepherique-pradelva-chute-cabine", "2026-08-15",
        "fr",
        "Italie : la chute d'une cabine de téléphérique fait quatre morts",
        ("Quatre personnes ont péri vendredi dans la chute d'une cabine du téléphérique de Pradelva, dans le Val "
         "Serenta, au nord de l'Italie. Sept autres passagers ont été blessés, dont un enfant de huit ans.",
         f"D'après la ministre régionale des Transports, Ottavia Brunelli, l'installation restera fermée «{NB}jusqu'à "
         f"ce que l'on sache avec certitude ce qui s'est passé{NB}». L'exploitant, Funivie Serenta, a indiqué qu'il "
         "coopérerait pleinement avec la justice.",
         "Les enquêteurs du parquet de Varzena examinent le chariot qui reliait la cabine au câble porteur, a appris "
         "notre journal de source proche de l'enquête. Une soixantaine de secouristes ont évacué dans la nuit près "
         "de 120 touristes bloqués dans les autres cabines."),
        (St(f"Brunelli, ⟦l'installation restera fermée «{NB}jusqu'à ce que l'on sache avec certitude ce qui s'est "
            f"passé{NB}»⟧", "Ottavia Brunelli", "partial", "cablecar-u3"),
         St("indiqué qu'⟦il coopérerait pleinement avec la justice⟧", "Funivie Serenta", "indirect", "cablecar-u1"),
         St("⟦Les enquêteurs du parquet de Varzena examinent le chariot qui reliait la cabine au câble porteur⟧, a "
            "appris", "Pradelva investigation source", "indirect", "cablecar-u4")),
        (Fg("⟦Quatre⟧ personnes", 4, None, "killed", "cablecar-q-killed"),
         Fg("⟦Sept⟧ autres passagers", 7, None, "wounded", "cablecar-q-wounded"),
         Fg("⟦Une soixantaine⟧ de secouristes", 60, "about", "other", "cablecar-q-rescuers"),
         Fg("près de ⟦120⟧ touristes", 120, "nearly", "other", "cablecar-q-stranded"))),
    Art("ml9-cable-car", "coastaldispatch.example", "world/2026/08/16/italy-cable-car-death-toll-five",
        "2026-08-16", "en",
        "Italian cable car death toll rises to five",
        ("The death toll from Friday's cable car accident in northern Italy's Val Serenta rose to five on Sunday, "
         "when a woman who had been among the seven injured died in hospital in Varzena. Eleven people, most of "
         "them tourists, were in the cabin when it came off the cable above Pradelva.",
         "Regional transport minister Ottavia Brunelli said the line would stay shut until investigators knew "
         '"with certainty what happened". The operator, Funivie Serenta, said its maintenance records would be '
         "handed to prosecutors in full.",
         "Investigators were focusing on the carriage linking the cabin to the haul rope, a person familiar with "
         "the inquiry said. Around 120 passengers stranded in other cabins were brought down overnight."),
        (St('said ⟦the line would stay shut until investigators knew "with certainty what happened"⟧',
            "Ottavia Brunelli", "partial", "cablecar-u3"),
         St("said ⟦its maintenance records would be handed to prosecutors in full⟧", "Funivie Serenta", "indirect",
            "cablecar-u6"),
         St("⟦Investigators were focusing on the carriage linking the cabin to the haul rope⟧, a person",
            "Pradelva investigation source", "indirect", "cablecar-u4")),
        (Fg("rose to ⟦five⟧ on Sunday", 5, None, "killed", "cablecar-q-killed"),
         Fg("among the ⟦seven⟧ injured", 7, None, "wounded", "cablecar-q-wounded"),
         Fg("⟦Eleven⟧ people", 11, None, "other", "cablecar-q-aboard"),
         Fg("Around ⟦120⟧ passengers", 120, "about", "other", "cablecar-q-stranded"))),
    # ---------------------------------------------------------------- a storm floods a city's metro (TEST)
    Art("ml9-metro-flood", "heraldodelamarina.example", "local/2026/10/20/tromba-agua-inunda-metro-valdeoro",
        "2026-10-20", "es",
        "Una tromba de agua inunda el metro de Valdeoro y obliga a cerrar 14 estaciones",
        ("Una tormenta de una violencia inusual anegó este martes buena parte de la red de metro de Valdeoro. "
         "Catorce de las 31 estaciones seguían cerradas al cierre de esta edición y unos 2.500 viajeros tuvieron que "
         "ser evacuados a pie por los túneles, según Metro de Valdeoro. Nueve personas sufrieron heridas leves.",
         "En apenas tres horas cayeron 180 litros por metro cuadrado, la mayor cantidad registrada desde que hay "
         "datos, informó la Agencia Meteorológica Costera. El organismo advirtió de que podrían repetirse lluvias "
         "intensas el jueves.",
         '"Ha sido una noche durísima, pero nadie ha quedado atrapado bajo tierra", dijo la alcaldesa, Inés '
         "Carbajal. El consejero delegado de Metro de Valdeoro, Rubén Oteiza, calculó que los daños superan los 40 "
         "millones de euros y aseguró que la línea 2 no reabrirá antes de una semana."),
        (St("⟦Catorce de las 31 estaciones seguían cerradas al cierre de esta edición y unos 2.500 viajeros tuvieron "
            "que ser evacuados a pie por los túneles⟧, según", "Metro de Valdeoro", "indirect", "metroflood-u1"),
         St("⟦En apenas tres horas cayeron 180 litros por metro cuadrado, la mayor cantidad registrada desde que hay "
            "datos⟧, informó", "Agencia Meteorológica Costera", "indirect", "metroflood-u2"),
         St("advirtió de que ⟦podrían repetirse lluvias intensas el jueves⟧", "Agencia Meteorológica Costera",
            "indirect", "metroflood-u3"),
         St('"⟦Ha sido una noche durísima, pero nadie ha quedado atrapado bajo tierra⟧"', "Inés Carbajal", "direct",
            "metroflood-u4"),
         St("calculó que ⟦los daños superan los 40 millones de euros⟧", "Rubén Oteiza", "indirect", "metroflood-u5"),
         St("aseguró que ⟦la línea 2 no reabrirá antes de una semana⟧", "Rubén Oteiza", "indirect",
            "metroflood-u6")),
        (Fg("⟦Catorce⟧ de las 31", 14, None, "other", "metroflood-q-stations"),
         Fg("unos ⟦2.500⟧ viajeros", 2500, "about", "other", "metroflood-q-evacuated"),
         Fg("⟦Nueve⟧ personas", 9, None, "wounded", "metroflood-q-wounded"),
         Fg("cayeron ⟦180⟧ litros", 180, None, "other", "metroflood-q-rain"),
         Fg("superan los ⟦40 millones de euros⟧", 40_000_000, "more than", "money", "metroflood-q-damage"))),
    Art("ml9-metro-flood", "jornaldoatlantico.example", "mundo/2026-10-21/tempestade-inunda-metro-valdeoro",
        "2026-10-21", "pt",
        "Tempestade inunda metro de Valdeoro, em Espanha",
        ("Cerca de 2500 passageiros tiveram de ser retirados a pé pelos túneis do metro de Valdeoro, no sul de "
         "Espanha, depois de uma tempestade ter inundado 14 estações na terça-feira. Nove pessoas ficaram "
         "ligeiramente feridas.",
         "“Foi uma noite duríssima, mas ninguém ficou preso debaixo de terra”, afirmou a alcaidessa Inés Carbajal. "
         "Segundo a agência meteorológica regional, caíram 180 litros por metro quadrado em apenas três horas, um "
         "recorde absoluto.",
         "De acordo com o administrador da empresa, Rubén Oteiza, os prejuízos ultrapassam os 40 milhões de euros. "
         "Ele admitiu que a linha 2 não deverá reabrir antes de “uma semana, no mínimo”."),
        (St("“⟦Foi uma noite duríssima, mas ninguém ficou preso debaixo de terra⟧”", "Inés Carbajal", "direct",
            "metroflood-u4"),
         St("regional, ⟦caíram 180 litros por metro quadrado em apenas três horas, um recorde absoluto⟧",
            "Agencia Meteorológica Costera", "indirect", "metroflood-u2"),
         St("Oteiza, ⟦os prejuízos ultrapassam os 40 milhões de euros⟧", "Rubén Oteiza", "indirect",
            "metroflood-u5"),
         St("admitiu que ⟦a linha 2 não deverá reabrir antes de “uma semana, no mínimo”⟧", "Rubén Oteiza",
            "partial", "metroflood-u6")),
        (Fg("Cerca de ⟦2500⟧ passageiros", 2500, "about", "other", "metroflood-q-evacuated"),
         Fg("inundado ⟦14⟧ estações", 14, None, "other", "metroflood-q-stations"),
         Fg("⟦Nove⟧ pessoas", 9, None, "wounded", "metroflood-q-wounded"),
         Fg("caíram ⟦180⟧ litros", 180, None, "other", "metroflood-q-rain"),
         Fg("ultrapassam os ⟦40 milhões de euros⟧", 40_000_000, "more than", "money", "metroflood-q-damage"))),
    Art("ml9-metro-flood", "hanbyeoknews.example", "world/20261022/valdeoro-subway-flood", "2026-10-22", "ko",
        "스페인 발데오로 폭우로 지하철 침수…승객 2천500여 명 대피",
        ("스페인 남부 도시 발데오로에 20일(현지시간) 기록적인 폭우가 쏟아져 지하철역 14곳이 물에 잠기고 승객 "
         "2천500여 명이 터널을 걸어서 빠져나왔다. 경상자는 9명으로 집계됐다.",
         "현지 연안기상청은 3시간 동안 180mm의 비가 내려 관측 이래 가장 많은 양을 기록했다고 밝혔다. 기상청은 "
         "목요일에도 강한 비가 다시 내릴 수 있다고 경고했다.",
         "이네스 카르바할 시장은 “힘든 밤이었지만 지하에 갇힌 사람은 한 명도 없다”고 말했다. 발데오로 "
         "지하철공사의 루벤 오테이사 사장에 따르면 피해액은 4천만 유로를 넘는다."),
        (St("연안기상청은 ⟦3시간 동안 180mm의 비가 내려 관측 이래 가장 많은 양을 기록했다⟧고",
            "Agencia Meteorológica Costera", "indirect", "metroflood-u2"),
         St("기상청은 ⟦목요일에도 강한 비가 다시 내릴 수 있다⟧고", "Agencia Meteorológica Costera", "indirect",
            "metroflood-u3"),
         St("“⟦힘든 밤이었지만 지하에 갇힌 사람은 한 명도 없다⟧”", "Inés Carbajal", "direct", "metroflood-u4"),
         St("따르면 ⟦피해액은 4천만 유로를 넘는다⟧", "Rubén Oteiza", "indirect", "metroflood-u5")),
        (Fg("지하철역 ⟦14⟧곳", 14, None, "other", "metroflood-q-stations"),
         Fg("⟦2천500여⟧ 명이", 2500, "more than", "other", "metroflood-q-evacuated"),
         Fg("경상자는 ⟦9⟧명", 9, None, "wounded", "metroflood-q-wounded"),
         Fg("⟦180⟧mm", 180, None, "other", "metroflood-q-rain"),
         Fg("피해액은 ⟦4천만 유로⟧", 40_000_000, "more than", "money", "metroflood-q-damage"))),
    Art("ml9-metro-flood", "nordseeecho.example", "panorama/unwetter-valdeoro-u-bahn-1.5530", "2026-10-22", "de",
        "Unwetter legt U-Bahn von Valdeoro lahm",
        ("Nach sintflutartigen Regenfällen steht die U-Bahn im südspanischen Valdeoro weitgehend still. 14 "
         "Stationen sind gesperrt, rund 2.500 Fahrgäste mussten am Dienstagabend zu Fuß durch die Tunnel ins Freie "
         "geführt werden.",
         "Binnen drei Stunden seien 180 Liter Regen pro Quadratmeter gefallen, so viel wie nie seit Beginn der "
         "Aufzeichnungen, teilte der Küstenwetterdienst AMC mit. Er warnte, dass es am Donnerstag erneut heftig "
         "regnen könne.",
         "„Es war eine sehr harte Nacht, aber niemand ist unter der Erde eingeschlossen worden“, sagte "
         "Bürgermeisterin Inés Carbajal. Laut Metro-Chef Rubén Oteiza belaufen sich die Schäden auf mehr als 40 "
         "Millionen Euro. Nach Angaben aus dem Rathaus wurden neun Menschen leicht verletzt."),
        (St("⟦Binnen drei Stunden seien 180 Liter Regen pro Quadratmeter gefallen, so viel wie nie seit Beginn der "
            "Aufzeichnungen⟧, teilte", "Agencia Meteorológica Costera", "indirect", "metroflood-u2"),
         St("warnte, dass ⟦es am Donnerstag erneut heftig regnen könne⟧", "Agencia Meteorológica Costera",
            "indirect", "metroflood-u3"),
         St("„⟦Es war eine sehr harte Nacht, aber niemand ist unter der Erde eingeschlossen worden⟧“",
            "Inés Carbajal", "direct", "metroflood-u4"),
         St("Oteiza ⟦belaufen sich die Schäden auf mehr als 40 Millionen Euro⟧", "Rubén Oteiza", "indirect",
            "metroflood-u5"),
         St("Rathaus ⟦wurden neun Menschen leicht verletzt⟧", "Valdeoro city hall", "indirect", "metroflood-u7")),
        (Fg("⟦14⟧ Stationen", 14, None, "other", "metroflood-q-stations"),
         Fg("rund ⟦2.500⟧ Fahrgäste", 2500, "about", "other", "metroflood-q-evacuated"),
         Fg("seien ⟦180⟧ Liter", 180, None, "other", "metroflood-q-rain"),
         Fg("mehr als ⟦40 Millionen Euro⟧", 40_000_000, "more than", "money", "metroflood-q-damage"),
         Fg("wurden ⟦neun⟧ Menschen", 9, None, "wounded", "metroflood-q-wounded"))),
    Art("ml9-metro-flood", "bayledger.example", "world/2026/10/24/valdeoro-metro-reopens-flood-damage",
        "2026-10-24", "en",
        "Valdeoro metro partly reopens as flood damage estimate climbs",
        ("On Thursday Valdeoro's metro reopened eight of the 14 stations shut by Tuesday's flash flood, as the "
         "estimated cost of the damage kept climbing.",
         'Chief executive Rubén Oteiza said the repairs would cost "at least €55 million", up from an earlier '
         "estimate of more than €40 million. Line 2 would stay closed until next week, he said.",
         "Some 2,600 passengers had to walk out through the tunnels on Tuesday night, the company said, revising its "
         'first count. Mayor Inés Carbajal said it had been "a very hard night", but that nobody had been trapped '
         "underground. More storms could follow, the Coastal Weather Agency warned."),
        (St('said ⟦the repairs would cost "at least €55 million"⟧', "Rubén Oteiza", "partial", "metroflood-u8"),
         St("⟦Line 2 would stay closed until next week⟧, he said", "Rubén Oteiza", "indirect", "metroflood-u6"),
         St("⟦Some 2,600 passengers had to walk out through the tunnels on Tuesday night⟧, the company",
            "Metro de Valdeoro", "indirect", "metroflood-u9"),
         St('Carbajal said ⟦it had been "a very hard night", but that nobody had been trapped underground⟧',
            "Inés Carbajal", "partial", "metroflood-u4"),
         St("⟦More storms could follow⟧, the Coastal", "Agencia Meteorológica Costera", "indirect",
            "metroflood-u3")),
        (Fg("reopened ⟦eight⟧ of the 14", 8, None, "other", "metroflood-q-reopened"),
         Fg("eight of the ⟦14⟧ stations", 14, None, "other", "metroflood-q-stations"),
         Fg("at least ⟦€55 million⟧", 55_000_000, "at least", "money", "metroflood-q-damage"),
         Fg("more than ⟦€40 million⟧", 40_000_000, "more than", "money", "metroflood-q-damage"),
         Fg("Some ⟦2,600⟧ passengers", 2600, "about", "other", "metroflood-q-evacuated"))),
    # ---------------------------------------------------------------- inmates escape from a prison (TEST)
    Art("ml9-prison-escape", "lavoixdumarais.example", "faits-divers/evasion-centre-penitentiaire-hautmarais",
        "2026-11-02", "fr",
        "Évasion spectaculaire à Hautmarais : neuf détenus en fuite",
        ("Neuf détenus se sont évadés dans la nuit de dimanche à lundi du centre pénitentiaire de Hautmarais, près "
         "de Sainte-Orlane, après avoir maîtrisé deux surveillants lors de la ronde de 3 heures. Quatre agents ont "
         "été blessés, dont un grièvement.",
         f"«{NB}C'est une faute grave, et il y aura des sanctions{NB}», a martelé lundi la ministre de la Justice, "
         "Géraldine Vasseur, venue sur place. Elle a annoncé qu'une inspection serait menée dans les quinze jours.",
         "Selon la gendarmerie, plus de 400 militaires participent aux recherches et trois fugitifs ont déjà été "
         f"repris. Pour le syndicat Force pénitentiaire unie, l'évasion était «{NB}prévisible{NB}». «{NB}Nous "
         f"sommes 38 pour 610 détenus, on alerte depuis des mois{NB}», déplore sa déléguée locale, Sandrine "
         "Morvan."),
        (St(f"«{NB}⟦C'est une faute grave, et il y aura des sanctions⟧{NB}»", "Géraldine Vasseur", "direct",
            "prison-u1"),
         St("annoncé qu'⟦une inspection serait menée dans les quinze jours⟧", "Géraldine Vasseur", "indirect",
            "prison-u2"),
         St("gendarmerie, ⟦plus de 400 militaires participent aux recherches et trois fugitifs ont déjà été "
            "repris⟧", "Hautmarais gendarmerie", "indirect", "prison-u3"),
         St(f"unie, ⟦l'évasion était «{NB}prévisible{NB}»⟧", "Force pénitentiaire unie", "partial", "prison-u4"),
         St(f"«{NB}⟦Nous sommes 38 pour 610 détenus, on alerte depuis des mois⟧{NB}»", "Sandrine Morvan", "direct",
            "prison-u5")),
        (Fg("⟦Neuf⟧ détenus", 9, None, "other", "prison-q-escaped"),
         Fg("⟦Quatre⟧ agents", 4, None, "wounded", "prison-q-guards-wounded"),
         Fg("plus de ⟦400⟧ militaires", 400, "more than", "other", "prison-q-searchers"),
         Fg("et ⟦trois⟧ fugitifs", 3, None, "other", "prison-q-recaptured"))),
    Art("ml9-prison-escape", "suedwestblatt.example", "panorama/frankreich-gefaengnisausbruch-hautmarais-1.9034",
        "2026-11-03", "de",
        "Gefängnisausbruch in Frankreich: Neun Häftlinge auf der Flucht",
        ("Aus der Haftanstalt Hautmarais im Westen Frankreichs sind in der Nacht zum Montag neun Gefangene "
         "ausgebrochen. Sie überwältigten zwei Wärter; insgesamt wurden vier Vollzugsbeamte verletzt, einer davon "
         "schwer.",
         "„Das ist ein schweres Versagen, und es wird Konsequenzen geben“, sagte Justizministerin Géraldine Vasseur "
         "bei einem Besuch in der Anstalt. Sie kündigte an, dass binnen zwei Wochen eine Inspektion stattfinden "
         "werde.",
         "Mehr als 400 Gendarmen suchen nach den Flüchtigen. Laut Gendarmerie wurden drei von ihnen bereits gefasst. "
         "Die Gewerkschaft Force pénitentiaire unie beklagt seit Monaten Personalmangel: Auf 610 Gefangene kämen "
         "nur 38 Aufseher, sagte die Gewerkschafterin Sandrine Morvan."),
        (St("„⟦Das ist ein schweres Versagen, und es wird Konsequenzen geben⟧“", "Géraldine Vasseur", "direct",
            "prison-u1"),
         St("dass ⟦binnen zwei Wochen eine Inspektion stattfinden werde⟧", "Géraldine Vasseur", "indirect",
            "prison-u2"),
         St("Laut Gendarmerie ⟦wurden drei von ihnen bereits gefasst⟧", "Hautmarais gendarmerie", "indirect",
            "prison-u3"),
         St("⟦Auf 610 Gefangene kämen nur 38 Aufseher⟧, sagte", "Sandrine Morvan", "indirect", "prison-u5")),
        (Fg("Montag ⟦neun⟧ Gefangene", 9, None, "other", "prison-q-escaped"),
         Fg("wurden ⟦vier⟧ Vollzugsbeamte", 4, None, "wounded", "prison-q-guards-wounded"),
         Fg("Mehr als ⟦400⟧ Gendarmen", 400, "more than", "other",
            "prison-q-searchers"),
         Fg("wurden ⟦drei⟧ von ihnen", 3, None, "other", "prison-q-recaptured"))),
    Art("ml9-prison-escape", "seoulpyeongron.example", "news/articleView.html?idxno=742218", "2026-11-04", "ko",
        "프랑스 교도소서 재소자 9명 집단 탈옥…5명 재검거",
        ("프랑스 서부 오마레 교도소에서 1일(현지시간) 밤 재소자 9명이 교도관을 제압하고 집단 탈옥했다. 이 과정에서 "
         "교도관 4명이 다쳤으며 이 중 1명은 중상이다.",
         "프랑스 헌병대는 4일 현재 탈옥범 가운데 5명을 다시 붙잡았다고 밝혔다. 수색에는 헌병 400여 명이 투입됐다.",
         "제랄딘 바쇠르 법무장관은 “이번 사태는 중대한 과실이며 반드시 책임을 묻겠다”고 말했다. 교도관 노조의 "
         "상드린 모르방 대표는 교도관 38명이 재소자 610명을 감시해 왔다며 인력 부족을 호소했다."),
        (St("현재 ⟦탈옥범 가운데 5명을 다시 붙잡았다⟧고", "Hautmarais gendarmerie", "indirect", "prison-u6"),
         St("“⟦이번 사태는 중대한 과실이며 반드시 책임을 묻겠다⟧”", "Géraldine Vasseur", "direct", "prison-u1"),
         St("대표는 ⟦교도관 38명이 재소자 610명을 감시해 왔다⟧며", "Sandrine Morvan", "indirect", "prison-u5")),
        (Fg("재소자 ⟦9⟧명이", 9, None, "other", "prison-q-escaped"),
         Fg("교도관 ⟦4⟧명이", 4, None, "wounded", "prison-q-guards-wounded"),
         Fg("가운데 ⟦5⟧명을", 5, None, "other", "prison-q-recaptured"),
         Fg("헌병 ⟦400여⟧ 명", 400, "more than", "other", "prison-q-searchers"))),
    Art("ml9-prison-escape", "vanguardiadelnorte.example", "internacional/20261104/francia-presos-fugados",
        "2026-11-04", "es",
        "Francia busca a cuatro presos fugados tras una evasión masiva",
        ("Las fuerzas de seguridad francesas buscan todavía a cuatro de los nueve reclusos que se fugaron el "
         "domingo por la noche de la prisión de Hautmarais, en el oeste del país. Cinco han sido capturados, según "
         "informó este miércoles la Gendarmería.",
         'La ministra de Justicia, Géraldine Vasseur, aseguró que se trata de "una falta grave" y que "habrá '
         'sanciones". Según Vasseur, una inspección revisará en las próximas dos semanas los protocolos del centro.',
         "Cuatro funcionarios de prisiones resultaron heridos, uno de ellos de gravedad. El sindicato Force "
         "pénitentiaire unie denunció que la cárcel funciona con 38 vigilantes para 610 internos."),
        (St("⟦Cinco han sido capturados⟧, según", "Hautmarais gendarmerie", "indirect", "prison-u6"),
         St('aseguró que ⟦se trata de "una falta grave" y que "habrá sanciones"⟧', "Géraldine Vasseur", "partial",
            "prison-u1"),
         St("Según Vasseur, ⟦una inspección revisará en las próximas dos semanas los protocolos del centro⟧",
            "Géraldine Vasseur", "indirect", "prison-u2"),
         St("denunció que ⟦la cárcel funciona con 38 vigilantes para 610 internos⟧", "Force pénitentiaire unie",
            "indirect", "prison-u5")),
        (Fg("todavía a ⟦cuatro⟧ de los", 4, None, "other", "prison-q-at-large"),
         Fg("de los ⟦nueve⟧ reclusos", 9, None, "other", "prison-q-escaped"),
         Fg("⟦Cinco⟧ han sido", 5, None, "other", "prison-q-recaptured"),
         Fg("⟦Cuatro⟧ funcionarios", 4, None, "wounded", "prison-q-guards-wounded"))),
    Art("ml9-prison-escape", "corrieredellalaguna.example", "esteri/2026/11/05/francia-evasione-hautmarais",
        "2026-11-05", "it",
        "Francia, evasione di massa: ripresi sette dei nove detenuti",
        ("Sono sette, su nove, i detenuti evasi dal carcere francese di Hautmarais già tornati in cella. Gli ultimi "
         "due sono stati bloccati ieri sera a un posto di blocco vicino a Sainte-Orlane, ha riferito la "
         "gendarmeria.",
         "La ministra della Giustizia, Géraldine Vasseur, ha ribadito che ci saranno «sanzioni severe» e ha "
         "disposto un'ispezione straordinaria. Secondo una fonte del ministero, il direttore del carcere potrebbe "
         "essere sospeso già la prossima settimana.",
         "Quattro agenti penitenziari sono rimasti feriti durante la fuga. «Eravamo in 38 a sorvegliare 610 "
         "detenuti: lo denunciavamo da mesi», ha detto Sandrine Morvan, del sindacato Force pénitentiaire unie. "
         "Alle ricerche partecipano ancora oltre 400 gendarmi."),
        (St("⟦Gli ultimi due sono stati bloccati ieri sera a un posto di blocco vicino a Sainte-Orlane⟧, ha "
            "riferito", "Hautmarais gendarmerie", "indirect", "prison-u7"),
         St("ribadito che ⟦ci saranno «sanzioni severe»⟧", "Géraldine Vasseur", "partial", "prison-u1"),
         St("ministero, ⟦il direttore del carcere potrebbe essere sospeso già la prossima settimana⟧",
            "French justice ministry source", "indirect", "prison-u8"),
         St("«⟦Eravamo in 38 a sorvegliare 610 detenuti: lo denunciavamo da mesi⟧»", "Sandrine Morvan", "direct",
            "prison-u5")),
        (Fg("Sono ⟦sette⟧, su nove", 7, None, "other", "prison-q-recaptured"),
         Fg("su ⟦nove⟧, i detenuti", 9, None, "other", "prison-q-escaped"),
         Fg("⟦Quattro⟧ agenti", 4, None, "wounded", "prison-q-guards-wounded"),
         Fg("oltre ⟦400⟧ gendarmi", 400, "more than", "other", "prison-q-searchers"))),
    # ---------------------------------------------------------------- a bank's customer data leaks (TEST)
    Art("ml9-data-leak", "folhadolitoral.example", "economia/2026-09-08/fuga-de-dados-banco-ribacorvo",
        "2026-09-08", "pt",
        "Fuga de dados no Banco Ribacorvo expõe 1,2 milhões de clientes",
        ("Os dados pessoais de cerca de 1,2 milhões de clientes do Banco Ribacorvo estiveram expostos na internet "
         "durante pelo menos três semanas, confirmou esta terça-feira a instituição. Nomes, moradas, números de "
         "contribuinte e, em 380 mil casos, o IBAN e o saldo das contas ficaram ao alcance de qualquer pessoa.",
         "“Lamentamos profundamente o sucedido e assumimos toda a responsabilidade”, disse o presidente executivo, "
         "Henrique Mourão, numa conferência de imprensa. O gestor garantiu que nenhum cliente perdeu dinheiro.",
         "A Comissão de Vigilância de Dados (CVD) abriu um processo de contraordenação. De acordo com a associação "
         "Consumo Justo, os clientes deviam ter sido avisados “no próprio dia” em que o banco detetou a falha."),
        (St("⟦Os dados pessoais de cerca de 1,2 milhões de clientes do Banco Ribacorvo estiveram expostos na internet "
            "durante pelo menos três semanas⟧, confirmou", "Banco Ribacorvo", "indirect", "dataleak-u1"),
         St("“⟦Lamentamos profundamente o sucedido e assumimos toda a responsabilidade⟧”", "Henrique Mourão",
            "direct", "dataleak-u2"),
         St("garantiu que ⟦nenhum cliente perdeu dinheiro⟧", "Henrique Mourão", "indirect", "dataleak-u3"),
         St("Justo, ⟦os clientes deviam ter sido avisados “no próprio dia” em que o banco detetou a falha⟧",
            "Consumo Justo", "partial", "dataleak-u4")),
        (Fg("cerca de ⟦1,2 milhões⟧ de clientes", 1_200_000, "about", "other", "dataleak-q-customers"),
         Fg("em ⟦380 mil⟧ casos", 380_000, None, "other", "dataleak-q-accounts"))),
    Art("ml9-data-leak", "wirtschaftsblatt-nord.example", "finanzen/datenleck-banco-ribacorvo-1.7702", "2026-09-08",
        "de",
        "Datenleck bei portugiesischer Bank: 1,2 Millionen Kunden betroffen",
        ("Bei der portugiesischen Banco Ribacorvo waren Daten von rund 1,2 Millionen Kunden wochenlang frei im Netz "
         "abrufbar. Laut der Bank waren bei etwa 380.000 Konten auch IBAN und Kontostand einsehbar.",
         "„Wir bedauern den Vorfall zutiefst und übernehmen die volle Verantwortung“, sagte Vorstandschef Henrique "
         "Mourão. Kein Kunde habe Geld verloren, betonte er.",
         "Die Datenschutzbehörde CVD hat ein Verfahren eingeleitet; ihr zufolge droht der Bank ein Bußgeld in "
         "Millionenhöhe. Die Verbraucherorganisation Consumo Justo kritisierte, dass die Kunden erst Tage nach der "
         "Entdeckung informiert wurden."),
        (St("Laut der Bank ⟦waren bei etwa 380.000 Konten auch IBAN und Kontostand einsehbar⟧", "Banco Ribacorvo",
            "indirect", "dataleak-u5"),
         St("„⟦Wir bedauern den Vorfall zutiefst und übernehmen die volle Verantwortung⟧“", "Henrique Mourão",
            "direct", "dataleak-u2"),
         St("⟦Kein Kunde habe Geld verloren⟧, betonte", "Henrique Mourão", "indirect", "dataleak-u3"),
         St("ihr zufolge ⟦droht der Bank ein Bußgeld in Millionenhöhe⟧", "Comissão de Vigilância de Dados",
            "indirect", "dataleak-u6"),
         St("kritisierte, dass ⟦die Kunden erst Tage nach der Entdeckung informiert wurden⟧", "Consumo Justo",
            "indirect", "dataleak-u4")),
        (Fg("rund ⟦1,2 Millionen⟧ Kunden", 1_200_000, "about", "other", "dataleak-q-customers"),
         Fg("etwa ⟦380.000⟧ Konten", 380_000, "about", "other", "dataleak-q-accounts"))),
    Art("ml9-data-leak", "hanaeconomy.example", "news/articleView.html?idxno=55190", "2026-09-09", "ko",
        "포르투갈 리바코르부 은행 고객정보 120만 명 유출",
        ("포르투갈 중형 은행인 리바코르부 은행에서 고객 120만여 명의 개인정보가 유출된 것으로 확인됐다. 이 "
         "가운데 38만 개 계좌는 계좌번호와 잔액까지 노출됐다.",
         "엔히크 모랑 최고경영자(CEO)는 8일(현지시간) 기자회견에서 “깊이 사과드리며 모든 책임을 지겠다”고 말했다. "
         "그는 고객 예금이 빠져나간 사례는 없다고 강조했다.",
         "현지 데이터 보호 감독기구인 데이터감시위원회(CVD)에 따르면 은행은 수백만 유로의 과징금을 물 수 있다. "
         "소비자단체 ‘콘수무 주스투’는 은행이 고객들에게 늑장 통보했다고 비판했다."),
        (St("“⟦깊이 사과드리며 모든 책임을 지겠다⟧”", "Henrique Mourão", "direct", "dataleak-u2"),
         St("그는 ⟦고객 예금이 빠져나간 사례는 없다⟧고", "Henrique Mourão", "indirect", "dataleak-u3"),
         St("따르면 ⟦은행은 수백만 유로의 과징금을 물 수 있다⟧", "Comissão de Vigilância de Dados", "indirect",
            "dataleak-u6"),
         St("‘콘수무 주스투’는 ⟦은행이 고객들에게 늑장 통보했다⟧고", "Consumo Justo", "indirect", "dataleak-u4")),
        (Fg("고객 ⟦120만여⟧ 명", 1_200_000, "more than", "other", "dataleak-q-customers"),
         Fg("⟦38만⟧ 개 계좌", 380_000, None, "other", "dataleak-q-accounts"))),
    Art("ml9-data-leak", "gazettefinanciere.example", "banques/portugal-fuite-donnees-ribacorvo-clients",
        "2026-09-10", "fr",
        "Portugal : la fuite de données de Banco Ribacorvo touche près de 1,5 million de clients",
        ("La fuite de données subie par la banque portugaise Banco Ribacorvo est plus grave qu'annoncé : près de "
         "1,5 million de clients seraient concernés, et non 1,2 million, a reconnu mercredi l'établissement. Pour "
         f"environ 380{NB}000 comptes, le solde et l'IBAN étaient visibles.",
         f"«{NB}Nous regrettons profondément cet incident et nous en assumons l'entière responsabilité{NB}», avait "
         "déclaré mardi son directeur général, Henrique Mourão. Selon lui, aucun client n'a perdu d'argent.",
         "D'après la CVD, l'autorité portugaise de protection des données, la banque a dépassé de six jours le délai "
         "légal de notification."),
        (St("annoncé : ⟦près de 1,5 million de clients seraient concernés, et non 1,2 million⟧, a reconnu",
            "Banco Ribacorvo", "indirect", "dataleak-u7"),
         St(f"«{NB}⟦Nous regrettons profondément cet incident et nous en assumons l'entière responsabilité⟧{NB}»",
            "Henrique Mourão", "direct", "dataleak-u2"),
         St("Selon lui, ⟦aucun client n'a perdu d'argent⟧", "Henrique Mourão", "indirect", "dataleak-u3"),
         St("données, ⟦la banque a dépassé de six jours le délai légal de notification⟧",
            "Comissão de Vigilância de Dados", "indirect", "dataleak-u8")),
        (Fg("près de ⟦1,5 million⟧ de clients", 1_500_000, "nearly", "other", "dataleak-q-customers"),
         Fg("et non ⟦1,2 million⟧", 1_200_000, None, "other", "dataleak-q-customers"),
         Fg(f"environ ⟦380{NB}000⟧ comptes", 380_000, "about", "other", "dataleak-q-accounts"))),
    Art("ml9-data-leak", "capitalwire.example", "business/2026/09/15/portugal-fines-banco-ribacorvo-data-leak",
        "2026-09-15", "en",
        "Portuguese regulator fines Banco Ribacorvo €6.3m over data leak",
        ("Portugal's data watchdog has fined Banco Ribacorvo €6.3 million for failing to protect the personal data "
         "of nearly 1.5 million customers and for warning them late, the regulator said on Tuesday.",
         "The Data Oversight Commission (CVD) said the bank had waited six days too long before telling customers. "
         '"A bank of this size cannot treat a breach as an internal matter," its president, Leonor Quintela, said '
         "in a statement.",
         "Chief executive Henrique Mourão, who apologised to customers last week, said the bank would not appeal. "
         'Consumer group Consumo Justo said the fine was "too small to hurt" a bank of that size and that it was '
         "preparing a class action on behalf of some 2,000 clients."),
        (St("⟦Portugal's data watchdog has fined Banco Ribacorvo €6.3 million for failing to protect the personal "
            "data of nearly 1.5 million customers and for warning them late⟧, the regulator said",
            "Comissão de Vigilância de Dados", "indirect", "dataleak-u9"),
         St("said ⟦the bank had waited six days too long before telling customers⟧",
            "Comissão de Vigilância de Dados", "indirect", "dataleak-u8"),
         St('"⟦A bank of this size cannot treat a breach as an internal matter⟧,"', "Leonor Quintela", "direct",
            "dataleak-u10"),
         St("said ⟦the bank would not appeal⟧", "Henrique Mourão", "indirect", "dataleak-u11"),
         St('said ⟦the fine was "too small to hurt" a bank of that size⟧', "Consumo Justo", "partial",
            "dataleak-u12"),
         St("and that ⟦it was preparing a class action on behalf of some 2,000 clients⟧", "Consumo Justo",
            "indirect", "dataleak-u13")),
        (Fg("fined Banco Ribacorvo ⟦€6.3 million⟧", 6_300_000, None, "money", "dataleak-q-fine"),
         Fg("nearly ⟦1.5 million⟧ customers", 1_500_000, "nearly", "other", "dataleak-q-customers"),
         Fg("some ⟦2,000⟧ clients", 2000, "about", "other", "dataleak-q-class-action"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_29: dict[str, tuple[str, ...]] = {
    "Funivie Serenta": ("Funivie Serenta", "Betreiber", "società Funivie Serenta", "푸니비에 세렌타",
                        "운영사 푸니비에 세렌타", "운영사", "exploitant", "operator"),
    "Dario Castellazzi": ("Dario Castellazzi", "Castellazzi", "Betriebsleiter Dario Castellazzi"),
    "Ottavia Brunelli": ("Ottavia Brunelli", "Brunelli", "오타비아 브루넬리", "오타비아 브루넬리 주 교통장관",
                         "Regionalministerin für Verkehr", "assessora regionale ai Trasporti",
                         "ministre régionale des Transports", "regional transport minister"),
    "Pradelva investigation source": ("fonte vicina alle indagini", "source proche de l'enquête",
                                      "person familiar with the inquiry"),
    "Varzena prosecutors": ("검찰", "현지 검찰", "procura di Varzena", "Staatsanwaltschaft", "parquet de Varzena",
                            "prosecutors"),
    "Metro de Valdeoro": ("Metro de Valdeoro", "empresa", "지하철공사", "Betreiber", "company"),
    "Agencia Meteorológica Costera": ("Agencia Meteorológica Costera", "organismo", "agência meteorológica regional",
                                      "연안기상청", "기상청", "Küstenwetterdienst AMC", "Küstenwetterdienst",
                                      "Coastal Weather Agency", "AMC"),
    "Inés Carbajal": ("Inés Carbajal", "Ines Carbajal", "Carbajal", "alcaldesa", "alcaidessa Inés Carbajal",
                      "이네스 카르바할", "이네스 카르바할 시장", "Bürgermeisterin Inés Carbajal", "Mayor Inés Carbajal"),
    "Rubén Oteiza": ("Rubén Oteiza", "Ruben Oteiza", "Oteiza", "루벤 오테이사", "루벤 오테이사 사장",
                     "Metro-Chef Rubén Oteiza", "administrador da empresa"),
    "Valdeoro city hall": ("Rathaus", "Valdeoro city hall", "ayuntamiento"),
    "Géraldine Vasseur": ("Géraldine Vasseur", "Geraldine Vasseur", "Vasseur", "ministre de la Justice",
                          "Justizministerin Géraldine Vasseur", "제랄딘 바쇠르", "제랄딘 바쇠르 법무장관",
                          "ministra de Justicia", "ministra della Giustizia"),
    "Hautmarais gendarmerie": ("gendarmerie", "Gendarmerie", "Gendarmería", "gendarmeria", "프랑스 헌병대", "헌병대"),
    "Force pénitentiaire unie": ("Force pénitentiaire unie", "syndicat Force pénitentiaire unie",
                                 "sindicato Force pénitentiaire unie", "sindicato", "Gewerkschaft"),
    "Sandrine Morvan": ("Sandrine Morvan", "Morvan", "상드린 모르방", "상드린 모르방 대표",
                        "Gewerkschafterin Sandrine Morvan", "déléguée locale"),
    "French justice ministry source": ("fonte del ministero",),
    "Banco Ribacorvo": ("Banco Ribacorvo", "instituição", "Bank", "établissement", "리바코르부 은행"),
    "Henrique Mourão": ("Henrique Mourão", "Henrique Mourao", "Mourão", "gestor", "Vorstandschef Henrique Mourão",
                        "엔히크 모랑", "엔히크 모랑 최고경영자", "directeur général"),
    "Comissão de Vigilância de Dados": ("Comissão de Vigilância de Dados", "CVD", "Datenschutzbehörde CVD",
                                        "데이터감시위원회", "autorité portugaise de protection des données",
                                        "Data Oversight Commission", "data watchdog", "regulator"),
    "Consumo Justo": ("Consumo Justo", "associação Consumo Justo", "Verbraucherorganisation Consumo Justo",
                      "콘수무 주스투", "소비자단체", "Consumer group Consumo Justo"),
    "Leonor Quintela": ("Leonor Quintela", "Quintela"),
}
