"""Invented stories for test part 7 of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every country, town, person, outlet and figure is invented. Stories here (all test, listed in TEST_STORIES):
a volcanic ash cloud closing an island airport; a warehouse roof collapse at a logistics park; night-time water cuts
in a drought; a wildfire in a wine region; a wind storm on a coast; bird flu at a zoo; an avalanche on a mountain hotel;
a fire in a bakery. Each is told by five outlets; every story has Korean and German, English in five of the eight.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_46: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a volcanic ash cloud (test)
    Art("ml12-volcano-ash", "corrieredelpiano.example", "cronaca/2026/10/03/corbaro-cenere-scalo-chiuso",
        "2026-10-03", "it",
        "Il Corbaro si risveglia: chiuso l'aeroporto di Porto Ilda",
        ("Una colonna di cenere alta nove chilometri si è alzata ieri sera dal Monte Corbaro, sull'isola di Santa "
         "Ilda, costringendo le autorità a chiudere lo scalo di Porto Ilda. Sono stati cancellati 340 voli e circa "
         "12mila passeggeri sono rimasti a terra.",
         "«Il vulcano non ha ancora finito di parlare», ha detto Renata Lucchesi, a capo della Protezione civile "
         "regionale. Secondo Lucchesi, 1.800 abitanti dei paesi alle pendici sono stati trasferiti in palestre e "
         "alberghi della costa.",
         "La società di gestione dello scalo ha fatto sapere che i voli non riprenderanno prima di giovedì. Il "
         "vulcanologo Dario Mencarelli, dell'Osservatorio di Santa Ilda, ritiene che l'attività esplosiva possa "
         "durare ancora diversi giorni."),
        (St("«⟦Il vulcano non ha ancora finito di parlare⟧»", "Renata Lucchesi", "direct", "ash-u1"),
         St("Secondo Lucchesi, ⟦1.800 abitanti dei paesi alle pendici sono stati trasferiti in palestre e alberghi "
            "della costa⟧", "Renata Lucchesi", "indirect", "ash-u2"),
         St("fatto sapere che ⟦i voli non riprenderanno prima di giovedì⟧", "Porto Ilda airport operator",
            "indirect", "ash-u3"),
         St("ritiene che ⟦l'attività esplosiva possa durare ancora diversi giorni⟧", "Dario Mencarelli", "indirect",
            "ash-u4")),
        (Fg("cancellati ⟦340⟧ voli", 340, None, "other", "ash-q-flights"),
         Fg("circa ⟦12mila⟧ passeggeri", 12000, "about", "other", "ash-q-stranded"),
         Fg("Lucchesi, ⟦1.800⟧ abitanti", 1800, None, "displaced", "ash-q-displaced"))),
    Art("ml12-volcano-ash", "nordwacht.example", "welt/vulkan-corbaro-asche-fluege-1.5521", "2026-10-03", "de",
        "Vulkan Corbaro spuckt Asche – Hunderte Flüge gestrichen",
        ("Nach einem Ausbruch des Monte Corbaro auf der Insel Santa Ilda ist der Flughafen von Porto Ilda seit "
         "Freitagabend geschlossen. Mehr als 300 Flüge fielen aus, rund 12.000 Reisende sitzen fest.",
         "„Der Vulkan hat noch nicht zu Ende gesprochen“, sagte die Leiterin des regionalen Zivilschutzes, Renata "
         "Lucchesi. Rund 1.800 Anwohner seien in Turnhallen und Hotels an der Küste untergebracht worden, erklärte "
         "sie.",
         "Nach Einschätzung des Vulkanologen Dario Mencarelli könnte die explosive Phase noch mehrere Tage andauern. "
         "Ein Pilot einer regionalen Fluggesellschaft, der nicht namentlich genannt werden wollte, sprach von „der "
         "dichtesten Aschewolke seit Jahrzehnten“."),
        (St("„⟦Der Vulkan hat noch nicht zu Ende gesprochen⟧“", "Renata Lucchesi", "direct", "ash-u1"),
         St("⟦Rund 1.800 Anwohner seien in Turnhallen und Hotels an der Küste untergebracht worden⟧, erklärte",
            "Renata Lucchesi", "indirect", "ash-u2"),
         St("Mencarelli ⟦könnte die explosive Phase noch mehrere Tage andauern⟧", "Dario Mencarelli", "indirect",
            "ash-u4"),
         St("sprach von ⟦„der dichtesten Aschewolke seit Jahrzehnten“⟧", "Corbaro pilot (anonymous)", "partial",
            "ash-u5")),
        (Fg("Mehr als ⟦300⟧ Flüge", 300, "more than", "other", "ash-q-flights"),
         Fg("rund ⟦12.000⟧ Reisende", 12000, "about", "other", "ash-q-stranded"),
         Fg("Rund ⟦1.800⟧ Anwohner", 1800, "about", "displaced", "ash-q-displaced"))),
    Art("ml12-volcano-ash", "hallimsinmun.example", "news/articleView.html?idxno=40318", "2026-10-04", "ko",
        "산타 일다섬 코르바로 화산 분화…항공편 300여 편 결항",
        ("산타 일다섬의 코르바로 화산이 3일 밤 분화해 포르토 일다 공항이 폐쇄됐다. 항공편 300여 편이 결항되면서 "
         "승객 1만2천여 명의 발이 묶였다.",
         "레나타 루케시 지역 시민보호청장은 “화산은 아직 할 말을 다 하지 않았다”고 말했다. 그는 산기슭 마을 주민 "
         "1천800명이 해안가 체육관과 호텔로 옮겨졌다고 밝혔다.",
         "공항 운영사에 따르면 운항은 빨라야 목요일에 재개될 예정이다. 화산학자 다리오 멘카렐리는 폭발 활동이 며칠 "
         "더 이어질 수 있다고 내다봤다."),
        (St("“⟦화산은 아직 할 말을 다 하지 않았다⟧”", "Renata Lucchesi", "direct", "ash-u1"),
         St("그는 ⟦산기슭 마을 주민 1천800명이 해안가 체육관과 호텔로 옮겨졌다⟧고", "Renata Lucchesi", "indirect",
            "ash-u2"),
         St("따르면 ⟦운항은 빨라야 목요일에 재개될 예정이다⟧", "Porto Ilda airport operator", "indirect", "ash-u3"),
         St("멘카렐리는 ⟦폭발 활동이 며칠 더 이어질 수 있다⟧고", "Dario Mencarelli", "indirect", "ash-u4")),
        (Fg("항공편 ⟦300여⟧ 편이", 300, "more than", "other", "ash-q-flights"),
         Fg("승객 ⟦1만2천여⟧ 명", 12000, "more than", "other", "ash-q-stranded"),
         Fg("주민 ⟦1천800⟧명", 1800, None, "displaced", "ash-q-displaced"))),
    Art("ml12-volcano-ash", "coastlinedaily.example", "world/2026/10/05/corbaro-ash-santa-ilda-stranded",
        "2026-10-05", "en",
        "Ash cloud from Corbaro volcano strands thousands on Santa Ilda",
        ("Nearly 15,000 travellers were stranded on the island of Santa Ilda on Sunday as ash from Monte Corbaro kept "
         "Porto Ilda airport shut for a third day. The airport's operator said it had now cancelled 410 flights.",
         '"The volcano has not finished speaking yet," Renata Lucchesi, who heads the regional civil protection '
         "agency, told reporters. The number of residents moved out of villages on the slopes had risen to 2,100, "
         "she said.",
         "According to volcanologist Dario Mencarelli, the explosive phase could last several more days. Flights "
         "will not resume before Thursday at the earliest, an airport spokesman said."),
        (St("operator said ⟦it had now cancelled 410 flights⟧", "Porto Ilda airport operator", "indirect", "ash-u6"),
         St('"⟦The volcano has not finished speaking yet⟧,"', "Renata Lucchesi", "direct", "ash-u1"),
         St("⟦The number of residents moved out of villages on the slopes had risen to 2,100⟧, she said",
            "Renata Lucchesi", "indirect", "ash-u7"),
         St("Mencarelli, ⟦the explosive phase could last several more days⟧", "Dario Mencarelli", "indirect",
            "ash-u4"),
         St("⟦Flights will not resume before Thursday at the earliest⟧, an airport spokesman said",
            "Porto Ilda airport operator", "indirect", "ash-u3")),
        (Fg("Nearly ⟦15,000⟧ travellers", 15000, "nearly", "other", "ash-q-stranded"),
         Fg("cancelled ⟦410⟧ flights", 410, None, "other", "ash-q-flights"),
         Fg("risen to ⟦2,100⟧", 2100, None, "displaced", "ash-q-displaced"))),
    Art("ml12-volcano-ash", "lejournaldesmonts.example", "international/eruption-corbaro-porto-ilda",
        "2026-10-04", "fr",
        "Éruption du Corbaro : l'aéroport de Porto Ilda fermé, des milliers de voyageurs bloqués",
        ("L'éruption du Monte Corbaro, sur l'île de Santa Ilda, a entraîné l'annulation de quelque 350 vols depuis "
         f"vendredi soir. Près de 12{NB}000 passagers sont bloqués sur l'île.",
         f"«{NB}Le volcan n'a pas encore fini de parler{NB}», a averti Renata Lucchesi, la responsable de la "
         f"protection civile régionale. D'après elle, environ 1{NB}800 habitants ont été relogés dans des gymnases "
         "et des hôtels du littoral.",
         "Le vulcanologue Dario Mencarelli estime que la phase explosive pourrait se prolonger plusieurs jours. "
         "Selon le gestionnaire de l'aéroport, aucun vol ne décollera avant jeudi."),
        (St(f"«{NB}⟦Le volcan n'a pas encore fini de parler⟧{NB}»", "Renata Lucchesi", "direct", "ash-u1"),
         St(f"D'après elle, ⟦environ 1{NB}800 habitants ont été relogés dans des gymnases et des hôtels du "
            "littoral⟧", "Renata Lucchesi", "indirect", "ash-u2"),
         St("estime que ⟦la phase explosive pourrait se prolonger plusieurs jours⟧", "Dario Mencarelli", "indirect",
            "ash-u4"),
         St("aéroport, ⟦aucun vol ne décollera avant jeudi⟧", "Porto Ilda airport operator", "indirect", "ash-u3")),
        (Fg("quelque ⟦350⟧ vols", 350, "about", "other", "ash-q-flights"),
         Fg(f"Près de ⟦12{NB}000⟧ passagers", 12000, "nearly", "other", "ash-q-stranded"),
         Fg(f"environ ⟦1{NB}800⟧ habitants", 1800, "about", "displaced", "ash-q-displaced"))),
    # ---------------------------------------------------------------- a warehouse roof collapse (test)
    Art("ml12-warehouse-collapse", "heraldodelvalle.example", "sucesos/2026-09-15/hundimiento-almacen-villaroca",
        "2026-09-15", "es",
        "Cuatro muertos al hundirse el techo de un almacén logístico en Villaroca",
        ("Cuatro trabajadores murieron y 19 resultaron heridos la madrugada del martes al desplomarse la cubierta de "
         "un almacén de Transportes Almeral en el polígono industrial de Villaroca. Otros dos empleados siguen "
         "desaparecidos entre los escombros.",
         "«Es un golpe terrible para un pueblo que vive de este polígono», dijo la alcaldesa, Inés Carbajo. Según el "
         "jefe de bomberos, Tomás Urrutia, la estructura podría ceder aún más, por lo que la búsqueda avanza muy "
         "despacio.",
         "La empresa aseguró en un comunicado que la nave había superado su última inspección en 2024. En el turno "
         "de noche había unos 250 empleados."),
        (St("«⟦Es un golpe terrible para un pueblo que vive de este polígono⟧»", "Inés Carbajo", "direct",
            "whc-u1"),
         St("Urrutia, ⟦la estructura podría ceder aún más, por lo que la búsqueda avanza muy despacio⟧",
            "Tomás Urrutia", "indirect", "whc-u2"),
         St("aseguró en un comunicado que ⟦la nave había superado su última inspección en 2024⟧",
            "Transportes Almeral", "indirect", "whc-u3")),
        (Fg("⟦Cuatro⟧ trabajadores", 4, None, "killed", "whc-q-killed"),
         Fg("y ⟦19⟧ resultaron", 19, None, "wounded", "whc-q-wounded"),
         Fg("Otros ⟦dos⟧ empleados", 2, None, "missing", "whc-q-missing"),
         Fg("unos ⟦250⟧ empleados", 250, "about", "other", "whc-q-shift"))),
    Art("ml12-warehouse-collapse", "saalebote.example", "panorama/spanien-lagerhalle-dach-eingestuerzt-1.8830",
        "2026-09-15", "de",
        "Lagerhallendach in Spanien eingestürzt: Vier Tote",
        ("Beim Einsturz des Dachs einer Lagerhalle im spanischen Villaroca sind in der Nacht zum Dienstag vier "
         "Arbeiter ums Leben gekommen. 19 weitere wurden verletzt, zwei gelten noch als vermisst.",
         "Bürgermeisterin Inés Carbajo sprach von einem „furchtbaren Schlag für einen Ort, der von diesem "
         "Gewerbegebiet lebt“. Feuerwehrchef Tomás Urrutia zufolge könnte die Konstruktion weiter nachgeben; die "
         "Suche komme deshalb nur langsam voran.",
         "Der Betreiber Transportes Almeral teilte mit, die Halle habe ihre letzte Prüfung im Jahr 2024 bestanden. "
         "Zum Zeitpunkt des Unglücks waren rund 250 Beschäftigte in der Nachtschicht."),
        (St("sprach von ⟦einem „furchtbaren Schlag für einen Ort, der von diesem Gewerbegebiet lebt“⟧",
            "Inés Carbajo", "partial", "whc-u1"),
         St("zufolge ⟦könnte die Konstruktion weiter nachgeben; die Suche komme deshalb nur langsam voran⟧",
            "Tomás Urrutia", "indirect", "whc-u2"),
         St("teilte mit, ⟦die Halle habe ihre letzte Prüfung im Jahr 2024 bestanden⟧", "Transportes Almeral",
            "indirect", "whc-u3")),
        (Fg("⟦vier⟧ Arbeiter", 4, None, "killed", "whc-q-killed"),
         Fg("⟦19⟧ weitere", 19, None, "wounded", "whc-q-wounded"),
         Fg("⟦zwei⟧ gelten", 2, None, "missing", "whc-q-missing"),
         Fg("rund ⟦250⟧ Beschäftigte", 250, "about", "other", "whc-q-shift"))),
    Art("ml12-warehouse-collapse", "donghaeilbo.example", "news/articleView.html?idxno=207745", "2026-09-16", "ko",
        "스페인 물류창고 지붕 붕괴…5명 사망",
        ("스페인 비야로카의 물류창고 지붕이 15일 새벽 무너져 작업자 5명이 숨지고 20여 명이 다쳤다. 실종됐던 2명 "
         "가운데 1명은 숨진 채 발견됐고, 나머지 1명은 여전히 실종 상태다.",
         "이네스 카르바호 비야로카 시장은 “이 산업단지로 먹고사는 마을에 끔찍한 타격”이라고 말했다. 토마스 "
         "우루티아 소방대장은 구조물이 더 내려앉을 수 있어 수색이 더디다고 밝혔다.",
         "운영사인 알메랄 운송은 창고가 2024년 마지막 안전점검을 통과했다고 해명했다. 사고 당시 야간 근무자는 약 "
         "250명이었다."),
        (St("“⟦이 산업단지로 먹고사는 마을에 끔찍한 타격⟧”", "Inés Carbajo", "direct", "whc-u1"),
         St("소방대장은 ⟦구조물이 더 내려앉을 수 있어 수색이 더디다⟧고", "Tomás Urrutia", "indirect", "whc-u2"),
         St("운송은 ⟦창고가 2024년 마지막 안전점검을 통과했다⟧고", "Transportes Almeral", "indirect", "whc-u3")),
        (Fg("작업자 ⟦5⟧명", 5, None, "killed", "whc-q-killed"),
         Fg("⟦20여⟧ 명이 다쳤다", 20, "more than", "wounded", "whc-q-wounded"),
         Fg("나머지 ⟦1⟧명", 1, None, "missing", "whc-q-missing"),
         Fg("약 ⟦250⟧명", 250, "about", "other", "whc-q-shift"))),
    Art("ml12-warehouse-collapse", "folhadoribeiro.example", "mundo/2026/09/16/armazem-villaroca-desabamento",
        "2026-09-16", "pt",
        "Desabamento de armazém em Espanha faz cinco mortos",
        ("Subiu para cinco o número de mortos no desabamento do telhado de um armazém logístico em Villaroca, no sul "
         "de Espanha. Mais de 20 pessoas ficaram feridas e um trabalhador continua desaparecido.",
         "“É um golpe terrível para uma terra que vive deste polígono”, afirmou a presidente da câmara, Inés "
         "Carbajo. O sindicato do setor denunciou ritmos de trabalho “insustentáveis” no armazém.",
         "A Transportes Almeral garantiu que o edifício tinha passado a última inspeção em 2024. Cerca de 250 "
         "funcionários estavam no turno da noite."),
        (St("“⟦É um golpe terrível para uma terra que vive deste polígono⟧”", "Inés Carbajo", "direct", "whc-u1"),
         St("denunciou ⟦ritmos de trabalho “insustentáveis” no armazém⟧", "Villaroca transport union", "partial",
            "whc-u4"),
         St("garantiu que ⟦o edifício tinha passado a última inspeção em 2024⟧", "Transportes Almeral", "indirect",
            "whc-u3")),
        (Fg("para ⟦cinco⟧ o número", 5, None, "killed", "whc-q-killed"),
         Fg("Mais de ⟦20⟧ pessoas", 20, "more than", "wounded", "whc-q-wounded"),
         Fg("e ⟦um⟧ trabalhador", 1, None, "missing", "whc-q-missing"),
         Fg("Cerca de ⟦250⟧ funcionários", 250, "about", "other", "whc-q-shift"))),
    Art("ml12-warehouse-collapse", "theweeklybeacon.example", "news/2026/09/16/villaroca-warehouse-roof-collapse",
        "2026-09-16", "en",
        "Five dead after warehouse roof caves in at Spanish logistics park",
        ("The death toll from the collapse of a warehouse roof in Villaroca, Spain, rose to five on Wednesday after "
         "rescuers recovered the body of a worker who had been missing since the night shift. Twenty-one people "
         "were injured.",
         'Mayor Inés Carbajo called the disaster "a terrible blow for a town that lives off this industrial park". '
         "Fire chief Tomás Urrutia said the search for the last missing worker was going slowly because the "
         "structure could still give way.",
         "Transportes Almeral, which runs the site, said the building had passed its last inspection in 2024. A "
         "union official, speaking on condition of anonymity, said staff had complained for months that pallets "
         "were being stacked almost to the ceiling."),
        (St('the disaster ⟦"a terrible blow for a town that lives off this industrial park"⟧', "Inés Carbajo",
            "partial", "whc-u1"),
         St("said ⟦the search for the last missing worker was going slowly because the structure could still give "
            "way⟧", "Tomás Urrutia", "indirect", "whc-u2"),
         St("said ⟦the building had passed its last inspection in 2024⟧", "Transportes Almeral", "indirect",
            "whc-u3"),
         St("said ⟦staff had complained for months that pallets were being stacked almost to the ceiling⟧",
            "Villaroca union official (anonymous)", "indirect", "whc-u5")),
        (Fg("rose to ⟦five⟧", 5, None, "killed", "whc-q-killed"),
         Fg("⟦Twenty-one⟧ people", 21, None, "wounded", "whc-q-wounded"))),
    # ---------------------------------------------------------------- a drought and night-time water cuts (test)
    Art("ml12-water-shortage", "folhadoribeiro.example", "pais/2026/08/20/vila-serrana-corte-agua-noite",
        "2026-08-20", "pt",
        "Vila Serrana corta água à noite para 180 mil habitantes",
        ("A partir de segunda-feira, as torneiras de Vila Serrana ficam secas entre as 22h e as 6h. A medida atinge "
         "180 mil habitantes e foi anunciada pela Águas da Serrana, que garante que a barragem do Cabril Velho está "
         "no nível mais baixo de sempre.",
         "“Não há água para desperdiçar, nem uma gota”, disse o presidente da câmara, Rogério Antunes. Segundo ele, "
         "a autarquia vai pôr a circular cerca de 60 camiões-cisterna para abastecer escolas e lares.",
         "A ministra do Ambiente, Catarina Louro, afirmou que o Governo vai libertar 12 milhões de euros para obras "
         "de emergência na rede."),
        (St("garante que ⟦a barragem do Cabril Velho está no nível mais baixo de sempre⟧", "Águas da Serrana",
            "indirect", "wsh-u2"),
         St("“⟦Não há água para desperdiçar, nem uma gota⟧”", "Rogério Antunes", "direct", "wsh-u1"),
         St("Segundo ele, ⟦a autarquia vai pôr a circular cerca de 60 camiões-cisterna para abastecer escolas e "
            "lares⟧", "Rogério Antunes", "indirect", "wsh-u3"),
         St("afirmou que ⟦o Governo vai libertar 12 milhões de euros para obras de emergência na rede⟧",
            "Catarina Louro", "indirect", "wsh-u4")),
        (Fg("atinge ⟦180 mil⟧ habitantes", 180_000, None, "other", "wsh-q-affected"),
         Fg("cerca de ⟦60⟧ camiões", 60, "about", "other", "wsh-q-tankers"),
         Fg("libertar ⟦12 milhões de euros⟧", 12_000_000, None, "money", "wsh-q-fund"))),
    Art("ml12-water-shortage", "heraldodelvalle.example", "internacional/2026-08-21/sequia-vila-serrana-cortes",
        "2026-08-21", "es",
        "Cortes nocturnos de agua en Vila Serrana por la peor sequía en décadas",
        ("Unos 180.000 vecinos de la ciudad portuguesa de Vila Serrana se quedarán sin agua cada noche, de diez a "
         "seis, mientras dure la sequía. El embalse de Cabril Velho, del que depende la ciudad, está al 9 % de su "
         "capacidad.",
         "«No hay agua que desperdiciar, ni una gota», advirtió el alcalde, Rogério Antunes, quien anunció que unos "
         "60 camiones cisterna abastecerán colegios y residencias de mayores.",
         "Fuentes del hospital comarcal admitieron que han aplazado operaciones no urgentes por miedo a quedarse sin "
         "reservas. Según la ministra de Medio Ambiente, Catarina Louro, el Gobierno destinará 12 millones de euros "
         "a reparar fugas en la red."),
        (St("«⟦No hay agua que desperdiciar, ni una gota⟧»", "Rogério Antunes", "direct", "wsh-u1"),
         St("anunció que ⟦unos 60 camiones cisterna abastecerán colegios y residencias de mayores⟧",
            "Rogério Antunes", "indirect", "wsh-u3"),
         St("admitieron que ⟦han aplazado operaciones no urgentes por miedo a quedarse sin reservas⟧",
            "Vila Serrana hospital sources (anonymous)", "indirect", "wsh-u5"),
         St("Louro, ⟦el Gobierno destinará 12 millones de euros a reparar fugas en la red⟧", "Catarina Louro",
            "indirect", "wsh-u4")),
        (Fg("Unos ⟦180.000⟧ vecinos", 180_000, "about", "other", "wsh-q-affected"),
         Fg("unos ⟦60⟧ camiones", 60, "about", "other", "wsh-q-tankers"),
         Fg("destinará ⟦12 millones de euros⟧", 12_000_000, None, "money", "wsh-q-fund"))),
    Art("ml12-water-shortage", "nordwacht.example", "welt/duerre-vila-serrana-wasser-nachts-1.5680", "2026-08-21",
        "de",
        "Dürre: Vila Serrana dreht nachts das Wasser ab",
        ("In der Stadt Vila Serrana bleibt für rund 180.000 Menschen von Montag an jede Nacht das Wasser weg. Der "
         "Versorger Águas da Serrana begründete den Schritt damit, dass der Stausee Cabril Velho so leer sei wie nie "
         "zuvor.",
         "„Wir haben kein Wasser zu verschwenden, keinen einzigen Tropfen“, sagte Bürgermeister Rogério Antunes. Er "
         "kündigte an, dass etwa 60 Tankwagen Schulen und Pflegeheime beliefern sollen.",
         "Umweltministerin Catarina Louro sagte, die Regierung werde zwölf Millionen Euro für Notreparaturen am "
         "Leitungsnetz bereitstellen."),
        (St("damit, dass ⟦der Stausee Cabril Velho so leer sei wie nie zuvor⟧", "Águas da Serrana", "indirect",
            "wsh-u2"),
         St("„⟦Wir haben kein Wasser zu verschwenden, keinen einzigen Tropfen⟧“", "Rogério Antunes", "direct",
            "wsh-u1"),
         St("dass ⟦etwa 60 Tankwagen Schulen und Pflegeheime beliefern sollen⟧", "Rogério Antunes", "indirect",
            "wsh-u3"),
         St("sagte, ⟦die Regierung werde zwölf Millionen Euro für Notreparaturen am Leitungsnetz bereitstellen⟧",
            "Catarina Louro", "indirect", "wsh-u4")),
        (Fg("rund ⟦180.000⟧ Menschen", 180_000, "about", "other", "wsh-q-affected"),
         Fg("etwa ⟦60⟧ Tankwagen", 60, "about", "other", "wsh-q-tankers"),
         Fg("werde ⟦zwölf Millionen Euro⟧", 12_000_000, None, "money", "wsh-q-fund"))),
    Art("ml12-water-shortage", "hallimsinmun.example", "news/articleView.html?idxno=40122", "2026-08-22", "ko",
        "빌라 세하나 극심한 가뭄…야간 단수 23만 명으로 확대",
        ("포르투갈 빌라 세하나시의 야간 단수 조치가 인근 2개 마을로 확대되면서 밤마다 물이 끊기는 주민이 23만 "
         "명으로 늘었다. 식수원인 카브릴 벨류 저수지의 저수율은 9%까지 떨어졌다.",
         "호제리우 안투네스 시장은 “낭비할 물은 한 방울도 없다”고 말했다. 그는 급수차 60여 대를 학교와 요양원에 "
         "투입하겠다고 밝혔다.",
         "카타리나 로우루 환경장관에 따르면 정부는 상수도망 긴급 보수에 1천200만 유로를 투입한다."),
        (St("“⟦낭비할 물은 한 방울도 없다⟧”", "Rogério Antunes", "direct", "wsh-u1"),
         St("그는 ⟦급수차 60여 대를 학교와 요양원에 투입하겠다⟧고", "Rogério Antunes", "indirect", "wsh-u3"),
         St("따르면 ⟦정부는 상수도망 긴급 보수에 1천200만 유로를 투입한다⟧", "Catarina Louro", "indirect",
            "wsh-u4")),
        (Fg("주민이 ⟦23만⟧ 명으로", 230_000, None, "other", "wsh-q-affected"),
         Fg("급수차 ⟦60여⟧ 대를", 60, "more than", "other", "wsh-q-tankers"),
         Fg("⟦1천200만 유로⟧를", 12_000_000, None, "money", "wsh-q-fund"))),
    Art("ml12-water-shortage", "lejournaldesmonts.example", "international/secheresse-vila-serrana-eau-coupee",
        "2026-08-22", "fr",
        "Sécheresse : à Vila Serrana, l'eau coupée toutes les nuits",
        (f"Depuis lundi, plus de 200{NB}000 habitants de Vila Serrana et de deux communes voisines sont privés d'eau "
         "du robinet entre 22 heures et 6 heures.",
         f"«{NB}Nous n'avons pas d'eau à gaspiller, pas une goutte{NB}», a martelé le maire, Rogério Antunes. Une "
         "soixantaine de camions-citernes doivent désormais ravitailler les écoles et les maisons de retraite, "
         "a-t-il précisé.",
         "Selon la société des eaux, Águas da Serrana, le lac de retenue de Cabril Velho n'a jamais été aussi bas. "
         "La ministre de l'Environnement, Catarina Louro, a assuré que l'État débloquerait 12 millions d'euros pour "
         "colmater les fuites du réseau."),
        (St(f"«{NB}⟦Nous n'avons pas d'eau à gaspiller, pas une goutte⟧{NB}»", "Rogério Antunes", "direct",
            "wsh-u1"),
         St("⟦Une soixantaine de camions-citernes doivent désormais ravitailler les écoles et les maisons de "
            "retraite⟧, a-t-il", "Rogério Antunes", "indirect", "wsh-u3"),
         St("Serrana, ⟦le lac de retenue de Cabril Velho n'a jamais été aussi bas⟧", "Águas da Serrana", "indirect",
            "wsh-u2"),
         St("assuré que ⟦l'État débloquerait 12 millions d'euros pour colmater les fuites du réseau⟧",
            "Catarina Louro", "indirect", "wsh-u4")),
        (Fg(f"plus de ⟦200{NB}000⟧ habitants", 200_000, "more than", "other", "wsh-q-affected"),
         Fg("⟦Une soixantaine⟧ de camions", 60, "about", "other", "wsh-q-tankers"),
         Fg("débloquerait ⟦12 millions d'euros⟧", 12_000_000, None, "money", "wsh-q-fund"))),
    # ---------------------------------------------------------------- a wildfire in a wine region (test)
    Art("ml12-wildfire-vineyards", "lejournaldesmonts.example", "regions/incendie-val-dorsene-vignes",
        "2026-09-02", "fr",
        f"Val d'Orsène : 1{NB}400 hectares de vignes et de garrigue ravagés par les flammes",
        (f"L'incendie qui s'est déclaré mardi après-midi dans le Val d'Orsène a déjà parcouru 1{NB}400 hectares, dont "
         "une large part de vignes à quelques jours des vendanges. Quelque 600 pompiers luttent contre les flammes "
         "et 900 habitants ont été évacués.",
         f"«{NB}Le feu avance plus vite que nos camions{NB}», a reconnu le préfet, Bertrand Lhomeau. D'après le "
         "commandant Hugo Ferrat, porte-parole des pompiers, le vent a tourné dans la nuit et repoussé le front vers "
         "les villages.",
         "Pour Maëlle Ravoux, présidente de la fédération des vignerons, c'est «\u00a0une année de travail partie en "
         "fumée\u00a0». Selon une source proche de l'enquête, le feu pourrait être parti d'une machine agricole."),
        (St(f"«{NB}⟦Le feu avance plus vite que nos camions⟧{NB}»", "Bertrand Lhomeau", "direct", "vine-u1"),
         St("pompiers, ⟦le vent a tourné dans la nuit et repoussé le front vers les villages⟧", "Hugo Ferrat",
            "indirect", "vine-u2"),
         St(f"c'est ⟦«{NB}une année de travail partie en fumée{NB}»⟧", "Maëlle Ravoux", "partial", "vine-u3"),
         St("enquête, ⟦le feu pourrait être parti d'une machine agricole⟧",
            "Val d'Orsène investigation source (anonymous)", "indirect", "vine-u4")),
        (Fg(f"parcouru ⟦1{NB}400⟧ hectares", 1400, None, "other", "vine-q-area"),
         Fg("Quelque ⟦600⟧ pompiers", 600, "about", "other", "vine-q-firefighters"),
         Fg("et ⟦900⟧ habitants", 900, None, "displaced", "vine-q-displaced"))),
    Art("ml12-wildfire-vineyards", "saalebote.example", "panorama/frankreich-feuer-weinberge-1.8871", "2026-09-02",
        "de",
        "Feuer frisst sich durch französische Weinberge",
        ("Im südfranzösischen Val d'Orsène hat ein Feuer kurz vor der Lese rund 1.400 Hektar Land verwüstet, "
         "darunter zahlreiche Weinberge. Etwa 600 Feuerwehrleute sind im Einsatz, 900 Bewohner mussten ihre Häuser "
         "verlassen.",
         "„Das Feuer ist schneller als unsere Löschfahrzeuge“, räumte Präfekt Bertrand Lhomeau ein. Laut "
         "Feuerwehrsprecher Hugo Ferrat hat der Wind in der Nacht gedreht und die Flammen auf die Dörfer "
         "zugetrieben.",
         "Die Vorsitzende des Winzerverbands, Maëlle Ravoux, sagte, ein ganzes Arbeitsjahr sei „in Rauch "
         "aufgegangen“."),
        (St("„⟦Das Feuer ist schneller als unsere Löschfahrzeuge⟧“", "Bertrand Lhomeau", "direct", "vine-u1"),
         St("Hugo Ferrat ⟦hat der Wind in der Nacht gedreht und die Flammen auf die Dörfer zugetrieben⟧",
            "Hugo Ferrat", "indirect", "vine-u2"),
         St("sagte, ⟦ein ganzes Arbeitsjahr sei „in Rauch aufgegangen“⟧", "Maëlle Ravoux", "partial", "vine-u3")),
        (Fg("rund ⟦1.400⟧ Hektar", 1400, "about", "other", "vine-q-area"),
         Fg("Etwa ⟦600⟧ Feuerwehrleute", 600, "about", "other", "vine-q-firefighters"),
         Fg("⟦900⟧ Bewohner", 900, None, "displaced", "vine-q-displaced"))),
    Art("ml12-wildfire-vineyards", "donghaeilbo.example", "news/articleView.html?idxno=207981", "2026-09-03", "ko",
        "프랑스 포도밭 산불 이틀째…2천 헥타르 잿더미",
        ("프랑스 남부 발 도르센 지역에서 발생한 산불이 이틀째 이어지며 포도밭을 포함해 약 2천 헥타르를 태웠다. "
         "주민 1천200여 명이 대피했고 진화 작업 중 소방관 3명이 다쳤다.",
         "베르트랑 로모 도지사는 “불길이 우리 소방차보다 빨리 번지고 있다”고 말했다. 소방당국 대변인 위고 페라 "
         "소령은 밤사이 바람의 방향이 바뀌어 불길이 마을 쪽으로 향했다고 전했다.",
         "수사 당국과 가까운 소식통에 따르면 불은 농기계에서 시작됐을 가능성이 있다."),
        (St("“⟦불길이 우리 소방차보다 빨리 번지고 있다⟧”", "Bertrand Lhomeau", "direct", "vine-u1"),
         St("소령은 ⟦밤사이 바람의 방향이 바뀌어 불길이 마을 쪽으로 향했다⟧고", "Hugo Ferrat", "indirect",
            "vine-u2"),
         St("따르면 ⟦불은 농기계에서 시작됐을 가능성이 있다⟧", "Val d'Orsène investigation source (anonymous)",
            "indirect", "vine-u4")),
        (Fg("약 ⟦2천⟧ 헥타르를", 2000, "about", "other", "vine-q-area"),
         Fg("주민 ⟦1천200여⟧ 명", 1200, "more than", "displaced", "vine-q-displaced"),
         Fg("소방관 ⟦3⟧명이", 3, None, "wounded", "vine-q-wounded"))),
    Art("ml12-wildfire-vineyards", "corrieredelpiano.example", "esteri/2026/09/03/francia-incendio-vigneti",
        "2026-09-03", "it",
        "Francia, il fuoco divora i vigneti della Val d'Orsène",
        ("Sono ormai circa 2.000 gli ettari andati in fumo nella Val d'Orsène, nel sud della Francia, dove "
         "l'incendio scoppiato martedì ha distrutto vigneti a pochi giorni dalla vendemmia. Oltre mille persone sono "
         "state evacuate e tre vigili del fuoco sono rimasti feriti.",
         "«Il fuoco corre più veloce dei nostri mezzi», ha ammesso il prefetto Bertrand Lhomeau. Secondo il "
         "portavoce dei pompieri, Hugo Ferrat, il vento ha cambiato direzione durante la notte.",
         "Maëlle Ravoux, presidente della federazione dei viticoltori, ha parlato di «un anno di lavoro andato in "
         "fumo». Gli investigatori non escludono che le fiamme siano partite da una macchina agricola."),
        (St("«⟦Il fuoco corre più veloce dei nostri mezzi⟧»", "Bertrand Lhomeau", "direct", "vine-u1"),
         St("Ferrat, ⟦il vento ha cambiato direzione durante la notte⟧", "Hugo Ferrat", "indirect", "vine-u2"),
         St("parlato di ⟦«un anno di lavoro andato in fumo»⟧", "Maëlle Ravoux", "partial", "vine-u3"),
         St("non escludono che ⟦le fiamme siano partite da una macchina agricola⟧",
            "Val d'Orsène investigation source (anonymous)", "indirect", "vine-u4")),
        (Fg("circa ⟦2.000⟧ gli ettari", 2000, "about", "other", "vine-q-area"),
         Fg("Oltre ⟦mille⟧ persone", 1000, "more than", "displaced", "vine-q-displaced"),
         Fg("e ⟦tre⟧ vigili", 3, None, "wounded", "vine-q-wounded"))),
    Art("ml12-wildfire-vineyards", "theweeklybeacon.example", "news/2026/09/03/val-dorsene-wildfire-vineyards",
        "2026-09-03", "en",
        "Wildfire tears through French vineyards days before harvest",
        ("A wildfire in the Val d'Orsène wine region of southern France had burned through about 2,000 hectares by "
         "Thursday, including vineyards that were due to be picked within days. More than 1,100 residents have been "
         "evacuated.",
         '"The fire is moving faster than our trucks," said Bertrand Lhomeau, the prefect in charge of the area. He '
         "said three firefighters had been hurt, one of them seriously.",
         "Winegrowers' federation president Maëlle Ravoux said a whole year of work had \"gone up in smoke\". "
         "Investigators believe the blaze may have been sparked by farm machinery, according to a person familiar "
         "with the inquiry."),
        (St('"⟦The fire is moving faster than our trucks⟧,"', "Bertrand Lhomeau", "direct", "vine-u1"),
         St("He said ⟦three firefighters had been hurt, one of them seriously⟧", "Bertrand Lhomeau", "indirect",
            "vine-u5"),
         St('said ⟦a whole year of work had "gone up in smoke"⟧', "Maëlle Ravoux", "partial", "vine-u3"),
         St("⟦Investigators believe the blaze may have been sparked by farm machinery⟧, according",
            "Val d'Orsène investigation source (anonymous)", "indirect", "vine-u4")),
        (Fg("about ⟦2,000⟧ hectares", 2000, "about", "other", "vine-q-area"),
         Fg("More than ⟦1,100⟧ residents", 1100, "more than", "displaced", "vine-q-displaced"),
         Fg("said ⟦three⟧ firefighters", 3, None, "wounded", "vine-q-wounded"))),
    # ---------------------------------------------------------------- a wind storm on a coast (test)
    Art("ml12-wind-storm", "heraldodelvalle.example", "sociedad/2026-11-08/temporal-berenice-arnela",
        "2026-11-08", "es",
        "El temporal Berenice deja tres muertos y miles de hogares sin luz en la costa de Arnela",
        ("Tres personas murieron y una cuarentena resultaron heridas por el paso del temporal Berenice, que azotó la "
         "costa de Arnela durante la noche del sábado. Más de 85.000 hogares seguían sin electricidad este domingo.",
         "«Nunca habíamos visto rachas así en esta costa», reconoció la consejera de Emergencias, Lucía Arriaga. "
         "Según Arriaga, dos de las víctimas murieron aplastadas por árboles caídos sobre sus coches.",
         "Eléctrica del Noroeste prevé que la mayoría de los clientes recupere el suministro antes del lunes. "
         "«Parecía que el tejado iba a salir volando», contaba una vecina de Punta Gaviña."),
        (St("«⟦Nunca habíamos visto rachas así en esta costa⟧»", "Lucía Arriaga", "direct", "berenice-u1"),
         St("Según Arriaga, ⟦dos de las víctimas murieron aplastadas por árboles caídos sobre sus coches⟧",
            "Lucía Arriaga", "indirect", "berenice-u2"),
         St("prevé que ⟦la mayoría de los clientes recupere el suministro antes del lunes⟧",
            "Eléctrica del Noroeste", "indirect", "berenice-u3"),
         St("«⟦Parecía que el tejado iba a salir volando⟧»", "Punta Gaviña resident (anonymous)", "direct",
            "berenice-u4")),
        (Fg("⟦Tres⟧ personas murieron", 3, None, "killed", "berenice-q-killed"),
         Fg("y ⟦una cuarentena⟧ resultaron", 40, "about", "wounded", "berenice-q-wounded"),
         Fg("Más de ⟦85.000⟧ hogares", 85_000, "more than", "other", "berenice-q-blackout"))),
    Art("ml12-wind-storm", "nordwacht.example", "welt/sturm-berenice-spanien-tote-1.5893", "2026-11-08", "de",
        "Sturm „Berenice“ fegt über Spaniens Küste – drei Tote",
        ("Der Sturm Berenice hat an der spanischen Arnela-Küste in der Nacht zum Sonntag drei Menschen das Leben "
         "gekostet. Rund 40 wurden verletzt, mehr als 85.000 Haushalte waren am Sonntag ohne Strom.",
         "„Solche Böen haben wir an dieser Küste noch nie erlebt“, sagte die regionale Katastrophenschutzrätin Lucía "
         "Arriaga. Zwei der Opfer seien in ihren Autos von umstürzenden Bäumen erschlagen worden, fügte sie hinzu.",
         "Nach Angaben des Meteorologen Iker Salaberri dürfte Berenice im Landesinneren rasch an Kraft verlieren."),
        (St("„⟦Solche Böen haben wir an dieser Küste noch nie erlebt⟧“", "Lucía Arriaga", "direct", "berenice-u1"),
         St("⟦Zwei der Opfer seien in ihren Autos von umstürzenden Bäumen erschlagen worden⟧, fügte",
            "Lucía Arriaga", "indirect", "berenice-u2"),
         St("Salaberri ⟦dürfte Berenice im Landesinneren rasch an Kraft verlieren⟧", "Iker Salaberri", "indirect",
            "berenice-u5")),
        (Fg("⟦drei⟧ Menschen das Leben", 3, None, "killed", "berenice-q-killed"),
         Fg("Rund ⟦40⟧ wurden", 40, "about", "wounded", "berenice-q-wounded"),
         Fg("mehr als ⟦85.000⟧ Haushalte", 85_000, "more than", "other", "berenice-q-blackout"))),
    Art("ml12-wind-storm", "hallimsinmun.example", "news/articleView.html?idxno=40577", "2026-11-09", "ko",
        "스페인 폭풍 '베레니세' 사망자 4명으로 늘어",
        ("스페인 아르넬라 해안을 강타한 폭풍 '베레니세'로 인한 사망자가 4명으로 늘었다. 부상자는 40여 명이며, "
         "8만5천여 가구가 한때 정전됐다.",
         "루시아 아리아가 지방정부 재난안전 담당관은 “이 해안에서 이런 돌풍은 본 적이 없다”고 말했다. 그는 희생자 "
         "중 2명이 차 안에서 쓰러진 나무에 깔려 숨졌다고 설명했다.",
         "전력회사 엘렉트리카 델 노로에스테는 대부분 가구의 전력 공급이 월요일 전에 복구될 것이라고 밝혔다."),
        (St("“⟦이 해안에서 이런 돌풍은 본 적이 없다⟧”", "Lucía Arriaga", "direct", "berenice-u1"),
         St("그는 ⟦희생자 중 2명이 차 안에서 쓰러진 나무에 깔려 숨졌다⟧고", "Lucía Arriaga", "indirect",
            "berenice-u2"),
         St("노로에스테는 ⟦대부분 가구의 전력 공급이 월요일 전에 복구될 것⟧이라고", "Eléctrica del Noroeste",
            "indirect", "berenice-u3")),
        (Fg("사망자가 ⟦4⟧명으로", 4, None, "killed", "berenice-q-killed"),
         Fg("부상자는 ⟦40여⟧ 명", 40, "more than", "wounded", "berenice-q-wounded"),
         Fg("⟦8만5천여⟧ 가구", 85_000, "more than", "other", "berenice-q-blackout"))),
    Art("ml12-wind-storm", "folhadoribeiro.example", "mundo/2026/11/09/tempestade-berenice-arnela",
        "2026-11-09", "pt",
        "Tempestade Berenice faz quatro mortos na costa espanhola",
        ("A tempestade Berenice, que varreu a costa de Arnela, em Espanha, já provocou quatro mortos. Cerca de 40 "
         "pessoas ficaram feridas e perto de 90 mil casas chegaram a ficar sem luz.",
         "“Nunca tínhamos visto rajadas assim nesta costa”, declarou a responsável regional pela Proteção Civil, "
         "Lucía Arriaga. A Eléctrica del Noroeste garantiu que a maioria dos clientes terá a luz de volta até "
         "segunda-feira.",
         "De acordo com o meteorologista Iker Salaberri, a tempestade deverá perder força ao avançar para o "
         "interior."),
        (St("“⟦Nunca tínhamos visto rajadas assim nesta costa⟧”", "Lucía Arriaga", "direct", "berenice-u1"),
         St("garantiu que ⟦a maioria dos clientes terá a luz de volta até segunda-feira⟧", "Eléctrica del Noroeste",
            "indirect", "berenice-u3"),
         St("Salaberri, ⟦a tempestade deverá perder força ao avançar para o interior⟧", "Iker Salaberri",
            "indirect", "berenice-u5")),
        (Fg("provocou ⟦quatro⟧ mortos", 4, None, "killed", "berenice-q-killed"),
         Fg("Cerca de ⟦40⟧ pessoas", 40, "about", "wounded", "berenice-q-wounded"),
         Fg("perto de ⟦90 mil⟧ casas", 90_000, "nearly", "other", "berenice-q-blackout"))),
    Art("ml12-wind-storm", "corrieredelpiano.example", "esteri/2026/11/09/spagna-tempesta-berenice",
        "2026-11-09", "it",
        "Spagna, la tempesta Berenice fa quattro vittime",
        ("È salito a quattro il bilancio delle vittime della tempesta Berenice sulla costa di Arnela, in Spagna. I "
         "feriti sono una quarantina, mentre quasi 90mila famiglie sono rimaste senza corrente.",
         "Secondo Lucía Arriaga, responsabile regionale delle emergenze, due delle vittime sono state schiacciate da "
         "alberi caduti sulle loro auto. «Non avevamo mai visto raffiche simili su questa costa», ha aggiunto.",
         "Una residente di Punta Gaviña ha raccontato che il tetto «sembrava sul punto di volare via»."),
        (St("emergenze, ⟦due delle vittime sono state schiacciate da alberi caduti sulle loro auto⟧",
            "Lucía Arriaga", "indirect", "berenice-u2"),
         St("«⟦Non avevamo mai visto raffiche simili su questa costa⟧»", "Lucía Arriaga", "direct", "berenice-u1"),
         St("raccontato che ⟦il tetto «sembrava sul punto di volare via»⟧", "Punta Gaviña resident (anonymous)",
            "partial", "berenice-u4")),
        (Fg("salito a ⟦quattro⟧", 4, None, "killed", "berenice-q-killed"),
         Fg("sono ⟦una quarantina⟧", 40, "about", "wounded", "berenice-q-wounded"),
         Fg("quasi ⟦90mila⟧ famiglie", 90_000, "nearly", "other", "berenice-q-blackout"))),
    # ---------------------------------------------------------------- bird flu at a zoo (test)
    Art("ml12-zoo-flu", "saalebote.example", "region/vogelgrippe-tierpark-kaltenbrueck-1.8102", "2026-02-11", "de",
        "Vogelgrippe im Tierpark Kaltenbrück",
        ("Im Tierpark Kaltenbrück ist die Vogelgrippe ausgebrochen. Seit Ende vergangener Woche sind 38 Vögel "
         "verendet; rund 120 weitere Tiere, vor allem Flamingos und Pelikane, sollen vorsorglich getötet werden.",
         "„Es bricht uns das Herz, aber wir haben keine Wahl“, sagte Zoodirektorin Annelie Vosskamp. Nach ihren "
         "Worten bleibt der Tierpark mindestens drei Wochen geschlossen.",
         "Das Landesveterinäramt erklärte, für Besucher habe zu keinem Zeitpunkt eine Gefahr bestanden. Ein "
         "Tierpfleger, der anonym bleiben wollte, sagte, viele Kollegen hätten „seit Tagen kaum geschlafen“."),
        (St("„⟦Es bricht uns das Herz, aber wir haben keine Wahl⟧“", "Annelie Vosskamp", "direct", "zoo-u1"),
         St("Worten ⟦bleibt der Tierpark mindestens drei Wochen geschlossen⟧", "Annelie Vosskamp", "indirect",
            "zoo-u2"),
         St("erklärte, ⟦für Besucher habe zu keinem Zeitpunkt eine Gefahr bestanden⟧",
            "Kaltenbrück veterinary office", "indirect", "zoo-u3"),
         St("sagte, ⟦viele Kollegen hätten „seit Tagen kaum geschlafen“⟧", "Kaltenbrück zookeeper (anonymous)",
            "partial", "zoo-u4")),
        (Fg("sind ⟦38⟧ Vögel", 38, None, "other", "zoo-q-dead"),
         Fg("rund ⟦120⟧ weitere", 120, "about", "other", "zoo-q-culled"))),
    Art("ml12-zoo-flu", "donghaeilbo.example", "news/articleView.html?idxno=206512", "2026-02-12", "ko",
        "독일 칼텐브뤼크 동물원 조류인플루엔자 발생…새 40마리 폐사",
        ("독일 칼텐브뤼크 동물원에서 고병원성 조류인플루엔자가 발생해 지금까지 새 40마리가 폐사했다. 동물원 측은 "
         "홍학과 펠리컨 등 120여 마리를 살처분하기로 했다.",
         "아넬리 포스캄프 원장은 “가슴이 찢어지지만 다른 선택이 없다”고 말했다. 그는 동물원이 최소 3주간 문을 "
         "닫는다고 덧붙였다.",
         "주 수의청에 따르면 관람객이 감염될 위험은 없었다."),
        (St("“⟦가슴이 찢어지지만 다른 선택이 없다⟧”", "Annelie Vosskamp", "direct", "zoo-u1"),
         St("그는 ⟦동물원이 최소 3주간 문을 닫는다⟧고", "Annelie Vosskamp", "indirect", "zoo-u2"),
         St("따르면 ⟦관람객이 감염될 위험은 없었다⟧", "Kaltenbrück veterinary office", "indirect", "zoo-u3")),
        (Fg("지금까지 새 ⟦40⟧마리가", 40, None, "other", "zoo-q-dead"),
         Fg("⟦120여⟧ 마리를", 120, "more than", "other", "zoo-q-culled"))),
    Art("ml12-zoo-flu", "coastlinedaily.example", "world/2026/02/12/kaltenbrueck-zoo-bird-flu", "2026-02-12", "en",
        "Bird flu outbreak shuts Kaltenbrück zoo",
        ("Kaltenbrück zoo in Germany will stay closed for at least three weeks after an outbreak of avian influenza "
         "killed 40 of its birds, director Annelie Vosskamp said on Thursday.",
         '"It breaks our hearts, but we have no choice," she told reporters, explaining that around 120 flamingos, '
         "pelicans and ducks would be put down as a precaution.",
         "The state veterinary office said visitors had never been at risk. Human infections with this strain are "
         "rare, according to the office."),
        (St("⟦Kaltenbrück zoo in Germany will stay closed for at least three weeks after an outbreak of avian "
            "influenza killed 40 of its birds⟧, director", "Annelie Vosskamp", "indirect", "zoo-u2"),
         St('"⟦It breaks our hearts, but we have no choice⟧,"', "Annelie Vosskamp", "direct", "zoo-u1"),
         St("explaining that ⟦around 120 flamingos, pelicans and ducks would be put down as a precaution⟧",
            "Annelie Vosskamp", "indirect", "zoo-u5"),
         St("office said ⟦visitors had never been at risk⟧", "Kaltenbrück veterinary office", "indirect", "zoo-u3"),
         St("⟦Human infections with this strain are rare⟧, according", "Kaltenbrück veterinary office", "indirect",
            "zoo-u6")),
        (Fg("killed ⟦40⟧ of its birds", 40, None, "other", "zoo-q-dead"),
         Fg("around ⟦120⟧ flamingos", 120, "about", "other", "zoo-q-culled"))),
    Art("ml12-zoo-flu", "lejournaldesmonts.example", "international/grippe-aviaire-zoo-kaltenbruck", "2026-02-12",
        "fr",
        "Grippe aviaire : le zoo de Kaltenbrück ferme ses portes",
        ("Une quarantaine d'oiseaux sont morts de la grippe aviaire au zoo de Kaltenbrück, en Allemagne, et plus "
         "d'une centaine d'autres vont être abattus par précaution.",
         f"«{NB}Cela nous brise le cœur, mais nous n'avons pas le choix{NB}», a confié la directrice, Annelie "
         "Vosskamp, qui prévoit une fermeture d'au moins trois semaines.",
         "D'après les services vétérinaires régionaux, les visiteurs n'ont jamais été exposés. Un soigneur, qui a "
         f"requis l'anonymat, raconte que l'équipe n'a «{NB}presque pas dormi depuis des jours{NB}»."),
        (St(f"«{NB}⟦Cela nous brise le cœur, mais nous n'avons pas le choix⟧{NB}»", "Annelie Vosskamp", "direct",
            "zoo-u1"),
         St("régionaux, ⟦les visiteurs n'ont jamais été exposés⟧", "Kaltenbrück veterinary office", "indirect",
            "zoo-u3"),
         St(f"raconte que ⟦l'équipe n'a «{NB}presque pas dormi depuis des jours{NB}»⟧",
            "Kaltenbrück zookeeper (anonymous)", "partial", "zoo-u4")),
        (Fg("⟦Une quarantaine⟧ d'oiseaux", 40, "about", "other", "zoo-q-dead"),
         Fg("plus d'⟦une centaine⟧ d'autres", 100, "more than", "other", "zoo-q-culled"))),
    Art("ml12-zoo-flu", "heraldodelvalle.example", "internacional/2026-02-13/gripe-aviar-zoo-kaltenbruck",
        "2026-02-13", "es",
        "Un brote de gripe aviar obliga a cerrar el zoo alemán de Kaltenbrück",
        ("El zoo de Kaltenbrück, en Alemania, sacrificará unas 120 aves tras detectar un brote de gripe aviar que ya "
         "ha matado a 41 ejemplares.",
         "«Nos rompe el corazón, pero no tenemos otra opción», declaró su directora, Annelie Vosskamp. El recinto "
         "permanecerá cerrado al menos tres semanas, según explicó.",
         "La oficina veterinaria del estado federado aseguró que los visitantes no corrieron ningún riesgo."),
        (St("«⟦Nos rompe el corazón, pero no tenemos otra opción⟧»", "Annelie Vosskamp", "direct", "zoo-u1"),
         St("⟦El recinto permanecerá cerrado al menos tres semanas⟧, según explicó", "Annelie Vosskamp", "indirect",
            "zoo-u2"),
         St("aseguró que ⟦los visitantes no corrieron ningún riesgo⟧", "Kaltenbrück veterinary office", "indirect",
            "zoo-u3")),
        (Fg("unas ⟦120⟧ aves", 120, "about", "other", "zoo-q-culled"),
         Fg("matado a ⟦41⟧ ejemplares", 41, None, "other", "zoo-q-dead"))),
    # ---------------------------------------------------------------- an avalanche on a mountain hotel (test)
    Art("ml12-avalanche-hotel", "corrieredelpiano.example", "cronaca/2026/01/20/selvanera-valanga-albergo",
        "2026-01-20", "it",
        "Valanga sull'albergo Rocca Bianca: due morti, sei dispersi",
        ("Una valanga si è abbattuta ieri notte sull'albergo Rocca Bianca di Selvanera, travolgendo l'ala est della "
         "struttura. Due ospiti sono morti, nove sono rimasti feriti e sei risultano ancora dispersi. Nell'hotel si "
         "trovavano 64 persone.",
         "«Finché c'è una possibilità, scaviamo», ha detto Ettore Bonvecchio, che guida il Soccorso alpino della "
         "valle. Circa 200 soccorritori lavorano con le sonde e i cani.",
         "«Ho sentito un boato, poi è calato il buio», ha raccontato un ospite estratto dalle macerie. La presidente "
         "della Regione, Giovanna Ruffatti, ha fatto sapere di aver chiesto l'intervento dell'esercito."),
        (St("«⟦Finché c'è una possibilità, scaviamo⟧»", "Ettore Bonvecchio", "direct", "aval-u1"),
         St("«⟦Ho sentito un boato, poi è calato il buio⟧»", "Rocca Bianca guest (anonymous)", "direct", "aval-u2"),
         St("fatto sapere di ⟦aver chiesto l'intervento dell'esercito⟧", "Giovanna Ruffatti", "indirect",
            "aval-u3")),
        (Fg("⟦Due⟧ ospiti", 2, None, "killed", "aval-q-killed"),
         Fg("⟦nove⟧ sono rimasti", 9, None, "wounded", "aval-q-wounded"),
         Fg("e ⟦sei⟧ risultano", 6, None, "missing", "aval-q-missing"),
         Fg("trovavano ⟦64⟧ persone", 64, None, "other", "aval-q-inside"),
         Fg("Circa ⟦200⟧ soccorritori", 200, "about", "other", "aval-q-rescuers"))),
    Art("ml12-avalanche-hotel", "nordwacht.example", "welt/lawine-hotel-selvanera-1.5390", "2026-01-20", "de",
        "Lawine verschüttet Hotel in den Alpen – zwei Tote",
        ("Eine Lawine hat in der Nacht zum Dienstag einen Flügel des Hotels Rocca Bianca im italienischen Bergdorf "
         "Selvanera verschüttet. Zwei Gäste kamen ums Leben, neun wurden verletzt, sechs werden noch vermisst.",
         "„Solange es eine Chance gibt, graben wir“, sagte Ettore Bonvecchio, Leiter der Bergrettung. Rund 200 "
         "Helfer suchen mit Sonden und Hunden nach Verschütteten.",
         "Die Hotelbetreiber betonten, das Haus habe eine Genehmigung für den Winterbetrieb gehabt. "
         "Regionalpräsidentin Giovanna Ruffatti sagte, sie habe die Armee um Hilfe gebeten."),
        (St("„⟦Solange es eine Chance gibt, graben wir⟧“", "Ettore Bonvecchio", "direct", "aval-u1"),
         St("betonten, ⟦das Haus habe eine Genehmigung für den Winterbetrieb gehabt⟧", "Rocca Bianca hotel owners",
            "indirect", "aval-u4"),
         St("sagte, ⟦sie habe die Armee um Hilfe gebeten⟧", "Giovanna Ruffatti", "indirect", "aval-u3")),
        (Fg("⟦Zwei⟧ Gäste", 2, None, "killed", "aval-q-killed"),
         Fg("⟦neun⟧ wurden", 9, None, "wounded", "aval-q-wounded"),
         Fg("⟦sechs⟧ werden", 6, None, "missing", "aval-q-missing"),
         Fg("Rund ⟦200⟧ Helfer", 200, "about", "other", "aval-q-rescuers"))),
    Art("ml12-avalanche-hotel", "hallimsinmun.example", "news/articleView.html?idxno=39870", "2026-01-21", "ko",
        "이탈리아 호텔 덮친 눈사태…사망자 5명으로 늘어",
        ("이탈리아 북부 산악마을 셀바네라의 로카 비앙카 호텔을 덮친 눈사태로 숨진 사람이 5명으로 늘었다. 실종자 "
         "3명에 대한 수색이 이어지고 있으며, 투숙객 등 51명은 구조됐다.",
         "산악구조대를 이끄는 에토레 본베키오 대장은 “가능성이 있는 한 계속 파겠다”고 말했다. 조반나 루파티 "
         "주지사는 군에 지원을 요청했다고 밝혔다.",
         "구조된 한 투숙객은 “굉음이 들리더니 곧 사방이 캄캄해졌다”고 당시 상황을 전했다."),
        (St("“⟦가능성이 있는 한 계속 파겠다⟧”", "Ettore Bonvecchio", "direct", "aval-u1"),
         St("주지사는 ⟦군에 지원을 요청했다⟧고", "Giovanna Ruffatti", "indirect", "aval-u3"),
         St("“⟦굉음이 들리더니 곧 사방이 캄캄해졌다⟧”", "Rocca Bianca guest (anonymous)", "direct", "aval-u2")),
        (Fg("사람이 ⟦5⟧명으로", 5, None, "killed", "aval-q-killed"),
         Fg("실종자 ⟦3⟧명", 3, None, "missing", "aval-q-missing"),
         Fg("⟦51⟧명은 구조됐다", 51, None, "other", "aval-q-rescued"))),
    Art("ml12-avalanche-hotel", "lejournaldesmonts.example", "international/avalanche-hotel-rocca-bianca",
        "2026-01-21", "fr",
        "Avalanche sur un hôtel italien : le bilan s'alourdit",
        ("Le bilan de l'avalanche qui a enseveli mardi une partie de l'hôtel Rocca Bianca, à Selvanera, dans les "
         "Alpes italiennes, s'est alourdi à cinq morts. Trois personnes sont toujours portées disparues. Cinquante et "
         "une ont pu être dégagées vivantes.",
         f"«{NB}Tant qu'il reste une chance, nous creusons{NB}», répète Ettore Bonvecchio, le chef du secours en "
         "montagne. Selon lui, quelque 200 sauveteurs se relaient jour et nuit.",
         "Les propriétaires de l'établissement affirment qu'il disposait de toutes les autorisations pour l'hiver."),
        (St(f"«{NB}⟦Tant qu'il reste une chance, nous creusons⟧{NB}»", "Ettore Bonvecchio", "direct", "aval-u1"),
         St("Selon lui, ⟦quelque 200 sauveteurs se relaient jour et nuit⟧", "Ettore Bonvecchio", "indirect",
            "aval-u5"),
         St("affirment qu'⟦il disposait de toutes les autorisations pour l'hiver⟧", "Rocca Bianca hotel owners",
            "indirect", "aval-u4")),
        (Fg("alourdi à ⟦cinq⟧ morts", 5, None, "killed", "aval-q-killed"),
         Fg("⟦Trois⟧ personnes", 3, None, "missing", "aval-q-missing"),
         Fg("⟦Cinquante et une⟧ ont pu", 51, None, "other", "aval-q-rescued"),
         Fg("quelque ⟦200⟧ sauveteurs", 200, "about", "other", "aval-q-rescuers"))),
    Art("ml12-avalanche-hotel", "folhadoribeiro.example", "mundo/2026/01/21/avalanche-hotel-alpes-italianos",
        "2026-01-21", "pt",
        "Avalanche atinge hotel nos Alpes italianos e mata cinco pessoas",
        ("Cinco pessoas morreram e três continuam desaparecidas depois de uma avalanche ter soterrado parte do hotel "
         "Rocca Bianca, em Selvanera, no norte de Itália. Mais de 50 hóspedes e funcionários foram resgatados com "
         "vida.",
         "“Enquanto houver uma hipótese, vamos continuar a escavar”, disse Ettore Bonvecchio, responsável pelo "
         "socorro alpino. A presidente da região, Giovanna Ruffatti, disse ter pedido ajuda ao exército.",
         "Um dos sobreviventes contou que ouviu “um estrondo” antes de tudo ficar às escuras."),
        (St("“⟦Enquanto houver uma hipótese, vamos continuar a escavar⟧”", "Ettore Bonvecchio", "direct",
            "aval-u1"),
         St("disse ⟦ter pedido ajuda ao exército⟧", "Giovanna Ruffatti", "indirect", "aval-u3"),
         St("contou que ⟦ouviu “um estrondo” antes de tudo ficar às escuras⟧", "Rocca Bianca guest (anonymous)",
            "partial", "aval-u2")),
        (Fg("⟦Cinco⟧ pessoas", 5, None, "killed", "aval-q-killed"),
         Fg("e ⟦três⟧ continuam", 3, None, "missing", "aval-q-missing"),
         Fg("Mais de ⟦50⟧ hóspedes", 50, "more than", "other", "aval-q-rescued"))),
    # ---------------------------------------------------------------- a fire in a bakery (test)
    Art("ml12-bakery-fire", "saalebote.example", "region/brand-baeckerei-hohenstauf-1.8240", "2026-03-14", "de",
        "Brand in Bäckerei: Eine Tote in Hohenstauf",
        ("Bei einem Feuer in einer Bäckerei in der Hohenstaufer Altstadt ist in der Nacht zum Samstag eine "
         "84-jährige Bewohnerin des Hauses ums Leben gekommen. Sieben Menschen wurden verletzt, darunter zwei "
         "Feuerwehrleute. Rund 60 Anwohner mussten ihre Wohnungen verlassen.",
         "Nach Angaben von Polizeisprecherin Katrin Ebersbach brach das Feuer gegen vier Uhr in der Backstube aus. "
         "„Drei Generationen Arbeit – in einer Stunde weg“, sagte Bäckermeister Matthias Grell.",
         "Den Schaden schätzt die Polizei auf rund zwei Millionen Euro. Eine Nachbarin sagte, die Explosion einer "
         "Gasflasche habe sich „wie ein Donnerschlag“ angehört."),
        (St("Ebersbach ⟦brach das Feuer gegen vier Uhr in der Backstube aus⟧", "Katrin Ebersbach", "indirect",
            "bake-u1"),
         St("„⟦Drei Generationen Arbeit – in einer Stunde weg⟧“", "Matthias Grell", "direct", "bake-u2"),
         St("sagte, ⟦die Explosion einer Gasflasche habe sich „wie ein Donnerschlag“ angehört⟧",
            "Hohenstauf neighbour (anonymous)", "partial", "bake-u3")),
        (Fg("⟦Sieben⟧ Menschen", 7, None, "wounded", "bake-q-wounded"),
         Fg("Rund ⟦60⟧ Anwohner", 60, "about", "displaced", "bake-q-displaced"),
         Fg("rund ⟦zwei Millionen Euro⟧", 2_000_000, "about", "money", "bake-q-damage"))),
    Art("ml12-bakery-fire", "donghaeilbo.example", "news/articleView.html?idxno=206903", "2026-03-15", "ko",
        "독일 빵집 화재로 1명 사망·7명 부상",
        ("독일 소도시 호엔슈타우프 구시가지의 한 빵집에서 14일 새벽 불이 나 위층에 살던 80대 여성 1명이 숨지고 "
         "소방관 2명을 포함해 7명이 다쳤다. 주민 60여 명이 긴급 대피했다.",
         "카트린 에버스바흐 경찰 대변인은 불이 오전 4시께 제빵실에서 시작됐다고 밝혔다. 빵집 주인 마티아스 그렐은 "
         "“3대에 걸친 노력이 한 시간 만에 사라졌다”고 말했다.",
         "경찰은 재산 피해를 약 200만 유로로 추산했다."),
        (St("대변인은 ⟦불이 오전 4시께 제빵실에서 시작됐다⟧고", "Katrin Ebersbach", "indirect", "bake-u1"),
         St("“⟦3대에 걸친 노력이 한 시간 만에 사라졌다⟧”", "Matthias Grell", "direct", "bake-u2")),
        (Fg("여성 ⟦1⟧명이", 1, None, "killed", "bake-q-killed"),
         Fg("포함해 ⟦7⟧명이", 7, None, "wounded", "bake-q-wounded"),
         Fg("주민 ⟦60여⟧ 명", 60, "more than", "displaced", "bake-q-displaced"),
         Fg("약 ⟦200만 유로⟧로", 2_000_000, "about", "money", "bake-q-damage"))),
    Art("ml12-bakery-fire", "heraldodelvalle.example", "internacional/2026-03-15/incendio-panaderia-hohenstauf",
        "2026-03-15", "es",
        "Una anciana muere en el incendio de una panadería en Alemania",
        ("Una mujer de 84 años murió y otras siete personas resultaron heridas en el incendio de una panadería del "
         "casco antiguo de Hohenstauf, en el sur de Alemania. Medio centenar de vecinos fueron desalojados.",
         "Según la portavoz de la policía, Katrin Ebersbach, el fuego se originó hacia las cuatro de la madrugada en "
         "el obrador. El dueño, Matthias Grell, resumió así la pérdida: «Tres generaciones de trabajo, desaparecidas "
         "en una hora».",
         "El alcalde, Volker Hanisch, anunció que el Ayuntamiento alojará a las familias desalojadas en un hotel."),
        (St("Ebersbach, ⟦el fuego se originó hacia las cuatro de la madrugada en el obrador⟧", "Katrin Ebersbach",
            "indirect", "bake-u1"),
         St("«⟦Tres generaciones de trabajo, desaparecidas en una hora⟧»", "Matthias Grell", "direct", "bake-u2"),
         St("anunció que ⟦el Ayuntamiento alojará a las familias desalojadas en un hotel⟧", "Volker Hanisch",
            "indirect", "bake-u4")),
        (Fg("otras ⟦siete⟧ personas", 7, None, "wounded", "bake-q-wounded"),
         Fg("⟦Medio centenar⟧ de vecinos", 50, "about", "displaced", "bake-q-displaced"))),
    Art("ml12-bakery-fire", "coastlinedaily.example", "world/2026/03/15/hohenstauf-bakery-fire", "2026-03-15", "en",
        "Woman, 84, dies as fire guts bakery in German old town",
        ("An 84-year-old woman died and seven people were hurt when fire tore through a bakery in the old town of "
         "Hohenstauf, Germany, early on Saturday. About 60 residents were evacuated from neighbouring buildings.",
         "Police spokeswoman Katrin Ebersbach said the blaze had started at around 4 a.m. in the bakehouse. The "
         "damage was put at €2 million.",
         '"Three generations of work, gone in an hour," said the owner, Matthias Grell. Mayor Volker Hanisch said '
         "families who had lost their homes would be put up in a hotel."),
        (St("Ebersbach said ⟦the blaze had started at around 4 a.m. in the bakehouse⟧", "Katrin Ebersbach",
            "indirect", "bake-u1"),
         St('"⟦Three generations of work, gone in an hour⟧,"', "Matthias Grell", "direct", "bake-u2"),
         St("Hanisch said ⟦families who had lost their homes would be put up in a hotel⟧", "Volker Hanisch",
            "indirect", "bake-u4")),
        (Fg("and ⟦seven⟧ people", 7, None, "wounded", "bake-q-wounded"),
         Fg("About ⟦60⟧ residents", 60, "about", "displaced", "bake-q-displaced"),
         Fg("at ⟦€2 million⟧", 2_000_000, None, "money", "bake-q-damage"))),
    Art("ml12-bakery-fire", "corrieredelpiano.example", "esteri/2026/03/16/germania-rogo-panetteria",
        "2026-03-16", "it",
        "Germania, rogo in una panetteria: muore un'anziana",
        ("È di un morto e otto feriti il bilancio dell'incendio che sabato all'alba ha distrutto una panetteria nel "
         "centro storico di Hohenstauf, in Germania. Una sessantina di residenti sono stati evacuati.",
         "Secondo la portavoce della polizia, Katrin Ebersbach, le fiamme sono partite dal forno verso le quattro "
         "del mattino. I danni ammonterebbero a circa 2 milioni di euro.",
         "«Tre generazioni di lavoro, sparite in un'ora», ha detto il titolare, Matthias Grell. Una vicina ha "
         "descritto lo scoppio di una bombola del gas come «un tuono»."),
        (St("Ebersbach, ⟦le fiamme sono partite dal forno verso le quattro del mattino⟧", "Katrin Ebersbach",
            "indirect", "bake-u1"),
         St("«⟦Tre generazioni di lavoro, sparite in un'ora⟧»", "Matthias Grell", "direct", "bake-u2"),
         St("descritto ⟦lo scoppio di una bombola del gas come «un tuono»⟧", "Hohenstauf neighbour (anonymous)",
            "partial", "bake-u3")),
        (Fg("di ⟦un⟧ morto", 1, None, "killed", "bake-q-killed"),
         Fg("e ⟦otto⟧ feriti", 8, None, "wounded", "bake-q-wounded"),
         Fg("⟦Una sessantina⟧ di residenti", 60, "about", "displaced", "bake-q-displaced"),
         Fg("circa ⟦2 milioni di euro⟧", 2_000_000, "about", "money", "bake-q-damage"))),
)

SPEAKER_FORMS_46: dict[str, tuple[str, ...]] = {
    "Renata Lucchesi": ("Renata Lucchesi", "Lucchesi", "레나타 루케시", "루케시", "레나타 루케시 지역 시민보호청장",
                        "Leiterin des regionalen Zivilschutzes"),
    "Dario Mencarelli": ("Dario Mencarelli", "Mencarelli", "다리오 멘카렐리", "멘카렐리", "화산학자 다리오 멘카렐리",
                         "Vulkanologe Dario Mencarelli", "vulcanologo Dario Mencarelli",
                         "volcanologist Dario Mencarelli", "vulcanologue Dario Mencarelli"),
    "Porto Ilda airport operator": ("società di gestione dello scalo", "공항 운영사", "airport's operator",
                                    "airport spokesman", "gestionnaire de l'aéroport", "operator"),
    "Corbaro pilot (anonymous)": ("Pilot", "Ein Pilot einer regionalen Fluggesellschaft"),
    "Inés Carbajo": ("Inés Carbajo", "Ines Carbajo", "Carbajo", "이네스 카르바호", "카르바호",
                     "이네스 카르바호 비야로카 시장", "Bürgermeisterin Inés Carbajo", "alcaldesa",
                     "presidente da câmara", "Mayor Inés Carbajo"),
    "Tomás Urrutia": ("Tomás Urrutia", "Tomas Urrutia", "Urrutia", "토마스 우루티아", "우루티아",
                      "토마스 우루티아 소방대장", "Feuerwehrchef Tomás Urrutia", "jefe de bomberos",
                      "Fire chief Tomás Urrutia"),
    "Transportes Almeral": ("Transportes Almeral", "Almeral", "알메랄 운송", "운영사", "empresa", "Betreiber",
                            "Betreiber Transportes Almeral", "A Transportes Almeral"),
    "Villaroca transport union": ("sindicato do setor", "sindicato"),
    "Villaroca union official (anonymous)": ("A union official", "union official"),
    "Rogério Antunes": ("Rogério Antunes", "Rogerio Antunes", "Antunes", "호제리우 안투네스", "안투네스",
                        "호제리우 안투네스 시장", "Bürgermeister Rogério Antunes", "presidente da câmara", "alcalde",
                        "maire"),
    "Catarina Louro": ("Catarina Louro", "Louro", "카타리나 로우루", "로우루", "카타리나 로우루 환경장관",
                       "Umweltministerin Catarina Louro", "ministra do Ambiente", "ministra de Medio Ambiente",
                       "ministre de l'Environnement"),
    "Águas da Serrana": ("Águas da Serrana", "Aguas da Serrana", "Versorger", "Versorger Águas da Serrana",
                         "société des eaux"),
    "Vila Serrana hospital sources (anonymous)": ("Fuentes del hospital comarcal", "Fuentes del hospital"),
    "Bertrand Lhomeau": ("Bertrand Lhomeau", "Lhomeau", "베르트랑 로모", "로모", "베르트랑 로모 도지사",
                         "Präfekt Bertrand Lhomeau", "préfet", "prefetto Bertrand Lhomeau", "prefect"),
    "Hugo Ferrat": ("Hugo Ferrat", "Ferrat", "위고 페라", "페라", "위고 페라 소령", "소방당국 대변인 위고 페라 소령",
                    "commandant Hugo Ferrat", "Feuerwehrsprecher Hugo Ferrat", "portavoce dei pompieri"),
    "Maëlle Ravoux": ("Maëlle Ravoux", "Maelle Ravoux", "Ravoux", "Winegrowers' federation president Maëlle Ravoux",
                      "présidente de la fédération des vignerons"),
    "Val d'Orsène investigation source (anonymous)": ("une source proche de l'enquête", "source proche de l'enquête",
                                                      "수사 당국과 가까운 소식통", "소식통", "investigatori",
                                                      "Gli investigatori", "a person familiar with the inquiry"),
    "Lucía Arriaga": ("Lucía Arriaga", "Lucia Arriaga", "Arriaga", "루시아 아리아가", "아리아가",
                      "루시아 아리아가 지방정부 재난안전 담당관", "consejera de Emergencias",
                      "Katastrophenschutzrätin Lucía Arriaga", "responsável regional pela Proteção Civil",
                      "responsabile regionale delle emergenze"),
    "Eléctrica del Noroeste": ("Eléctrica del Noroeste", "Electrica del Noroeste", "엘렉트리카 델 노로에스테",
                               "전력회사 엘렉트리카 델 노로에스테", "A Eléctrica del Noroeste"),
    "Iker Salaberri": ("Iker Salaberri", "Salaberri", "Meteorologe Iker Salaberri", "meteorologista Iker Salaberri"),
    "Punta Gaviña resident (anonymous)": ("una vecina de Punta Gaviña", "vecina", "Una residente di Punta Gaviña",
                                          "residente"),
    "Annelie Vosskamp": ("Annelie Vosskamp", "Vosskamp", "아넬리 포스캄프", "포스캄프", "아넬리 포스캄프 원장",
                         "Zoodirektorin Annelie Vosskamp", "director Annelie Vosskamp", "directrice", "directora"),
    "Kaltenbrück veterinary office": ("Landesveterinäramt", "Das Landesveterinäramt", "주 수의청", "수의청",
                                      "state veterinary office", "office", "services vétérinaires régionaux",
                                      "services vétérinaires", "oficina veterinaria del estado federado",
                                      "oficina veterinaria"),
    "Kaltenbrück zookeeper (anonymous)": ("Ein Tierpfleger", "Tierpfleger", "Un soigneur", "soigneur"),
    "Ettore Bonvecchio": ("Ettore Bonvecchio", "Bonvecchio", "에토레 본베키오", "본베키오", "에토레 본베키오 대장",
                          "Leiter der Bergrettung", "chef du secours en montagne", "responsável pelo socorro alpino"),
    "Giovanna Ruffatti": ("Giovanna Ruffatti", "Ruffatti", "조반나 루파티", "루파티", "조반나 루파티 주지사",
                          "Regionalpräsidentin Giovanna Ruffatti", "presidente della Regione", "presidente da região"),
    "Rocca Bianca hotel owners": ("Hotelbetreiber", "Die Hotelbetreiber", "propriétaires de l'établissement",
                                  "Les propriétaires de l'établissement"),
    "Rocca Bianca guest (anonymous)": ("un ospite estratto dalle macerie", "ospite", "구조된 한 투숙객", "투숙객",
                                       "Um dos sobreviventes", "sobreviventes"),
    "Katrin Ebersbach": ("Katrin Ebersbach", "Ebersbach", "카트린 에버스바흐", "에버스바흐",
                         "카트린 에버스바흐 경찰 대변인", "Polizeisprecherin Katrin Ebersbach",
                         "portavoz de la policía", "Police spokeswoman Katrin Ebersbach", "portavoce della polizia"),
    "Matthias Grell": ("Matthias Grell", "Grell", "마티아스 그렐", "그렐", "빵집 주인 마티아스 그렐",
                       "Bäckermeister Matthias Grell", "dueño", "owner", "titolare"),
    "Volker Hanisch": ("Volker Hanisch", "Hanisch", "alcalde", "Mayor Volker Hanisch"),
    "Hohenstauf neighbour (anonymous)": ("Eine Nachbarin", "Nachbarin", "Una vicina", "vicina"),
}
