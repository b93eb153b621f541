"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Test part 7 (ml12-*, listed in TEST_STORIES there), written and annotated before any system run on them by an
annotator who never ran the system nor read its rules or lexicons. Every town, person, outlet and figure is invented.
Stories here: a sports-hall roof collapse, a salmon die-off, a school-bus crash, a ship collision, a ski-lift
accident, a smog alert, a stadium fire and a storm surge.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_44: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a sports-hall roof collapse (test)
    Art("ml12-roof-collapse-gym", "rheintalbote.example", "region/velkenau-hallendach-eingestuerzt-1.9914",
        "2026-01-17", "de",
        "Hallendach in Velkenau eingestürzt: Vier Tote bei Jugendturnier",
        ("Beim Einsturz des Dachs einer Sporthalle in Velkenau sind am Samstagnachmittag vier Menschen ums Leben "
         "gekommen. 23 weitere wurden verletzt, einige von ihnen schwer. In der Halle hielten sich zum Zeitpunkt des "
         "Unglücks rund 180 Zuschauer und Spielerinnen eines Volleyballturniers auf.",
         "„Wir haben heute Kinder verloren, die nichts anderes wollten als Volleyball spielen“, sagte "
         "Bürgermeisterin Ulrike Stammler am Abend. Sie kündigte an, dass bis Freitag alle städtischen Hallen "
         "überprüft würden.",
         "Nach Einschätzung von Kreisbrandmeister Jens Obermaier gab das Flachdach unter der Last des nassen Schnees "
         "nach. Die Staatsanwaltschaft teilte mit, sie habe ein Ermittlungsverfahren wegen fahrlässiger Tötung "
         "eingeleitet."),
        (St("„⟦Wir haben heute Kinder verloren, die nichts anderes wollten als Volleyball spielen⟧“",
            "Ulrike Stammler", "direct", "gym12-u1"),
         St("dass ⟦bis Freitag alle städtischen Hallen überprüft würden⟧", "Ulrike Stammler", "indirect",
            "gym12-u4"),
         St("Obermaier ⟦gab das Flachdach unter der Last des nassen Schnees nach⟧", "Jens Obermaier", "indirect",
            "gym12-u2"),
         St("mit, ⟦sie habe ein Ermittlungsverfahren wegen fahrlässiger Tötung eingeleitet⟧",
            "Staatsanwaltschaft Velkenau", "indirect", "gym12-u3")),
        (Fg("sind am Samstagnachmittag ⟦vier⟧ Menschen", 4, None, "killed", "gym12-q-killed"),
         Fg("⟦23⟧ weitere", 23, None, "wounded", "gym12-q-wounded"),
         Fg("rund ⟦180⟧ Zuschauer", 180, "about", "other", "gym12-q-inside"))),
    Art("ml12-roof-collapse-gym", "northseadispatch.example", "europe/2026/01/17/velkenau-sports-hall-roof",
        "2026-01-17", "en",
        "Four dead as snow-laden roof caves in on youth volleyball tournament",
        ("Four people died and 25 were hurt on Saturday when the roof of a sports hall in the town of Velkenau caved "
         "in during a youth volleyball tournament. About 180 spectators and players were inside at the time.",
         '"Today we lost children who wanted nothing more than to play volleyball," Mayor Ulrike Stammler said in a '
         "statement late on Saturday. Every gym owned by the town would be inspected by Friday, she added.",
         "District fire chief Jens Obermaier told local radio the flat roof had buckled under heavy, wet snow. "
         "Prosecutors said they were investigating possible negligent manslaughter."),
        (St('"⟦Today we lost children who wanted nothing more than to play volleyball⟧,"', "Ulrike Stammler",
            "direct", "gym12-u1"),
         St("⟦Every gym owned by the town would be inspected by Friday⟧, she added", "Ulrike Stammler", "indirect",
            "gym12-u4"),
         St("told local radio ⟦the flat roof had buckled under heavy, wet snow⟧", "Jens Obermaier", "indirect",
            "gym12-u2"),
         St("Prosecutors said ⟦they were investigating possible negligent manslaughter⟧",
            "Staatsanwaltschaft Velkenau", "indirect", "gym12-u3")),
        (Fg("⟦Four⟧ people died", 4, None, "killed", "gym12-q-killed"),
         Fg("and ⟦25⟧ were hurt", 25, None, "wounded", "gym12-q-wounded"),
         Fg("About ⟦180⟧ spectators", 180, "about", "other", "gym12-q-inside"))),
    Art("ml12-roof-collapse-gym", "hangangsinmun.example", "news/articleView.html?idxno=120558", "2026-01-18", "ko",
        "벨켄아우 체육관 지붕 붕괴…청소년 배구대회 중 4명 사망",
        ("벨켄아우의 한 실내 체육관 지붕이 17일 오후 무너져 4명이 숨지고 20여 명이 다쳤다. 사고 당시 체육관 "
         "안에는 청소년 배구대회를 보러 온 관중과 선수 등 180명가량이 있었다.",
         "울리케 슈탐믈러 시장은 “오늘 우리는 배구를 하고 싶었을 뿐인 아이들을 잃었다”며 “금요일까지 시내 모든 "
         "체육관을 점검하겠다”고 말했다.",
         "현지 소방당국에 따르면 젖은 눈의 무게를 견디지 못한 평지붕이 내려앉은 것으로 보인다. 검찰은 과실치사 "
         "혐의로 수사에 착수했다고 밝혔다."),
        (St("“⟦오늘 우리는 배구를 하고 싶었을 뿐인 아이들을 잃었다⟧”", "Ulrike Stammler", "direct", "gym12-u1"),
         St("“⟦금요일까지 시내 모든 체육관을 점검하겠다⟧”", "Ulrike Stammler", "direct", "gym12-u4"),
         St("따르면 ⟦젖은 눈의 무게를 견디지 못한 평지붕이 내려앉은 것으로 보인다⟧", "Velkenau fire service",
            "indirect", "gym12-u2"),
         St("검찰은 ⟦과실치사 혐의로 수사에 착수했다⟧고", "Staatsanwaltschaft Velkenau", "indirect", "gym12-u3")),
        (Fg("⟦4⟧명이 숨지고", 4, None, "killed", "gym12-q-killed"),
         Fg("⟦20여⟧ 명이 다쳤다", 20, "more than", "wounded", "gym12-q-wounded"),
         Fg("⟦180⟧명가량", 180, "about", "other", "gym12-q-inside"))),
    Art("ml12-roof-collapse-gym", "corriereadige.example", "esteri/2026/01/17/velkenau-crollo-palazzetto",
        "2026-01-17", "it",
        "Crolla il tetto di un palazzetto a Velkenau: quattro morti durante un torneo giovanile",
        ("È di quattro morti e 23 feriti il bilancio del crollo del tetto di un palazzetto dello sport a Velkenau, "
         "dove sabato pomeriggio si stava disputando un torneo giovanile di pallavolo. Nella struttura si trovavano "
         "circa 180 persone.",
         "Secondo il comandante dei vigili del fuoco, Jens Obermaier, la copertura ha ceduto sotto il peso della neve "
         "bagnata. La sindaca Ulrike Stammler, in lacrime, ha detto che la città ha perso «bambini che volevano "
         "soltanto giocare a pallavolo».",
         "La procura ha aperto un fascicolo per omicidio colposo, ha riferito una fonte giudiziaria all'agenzia di "
         "stampa locale."),
        (St("Obermaier, ⟦la copertura ha ceduto sotto il peso della neve bagnata⟧", "Jens Obermaier", "indirect",
            "gym12-u2"),
         St("ha detto che ⟦la città ha perso «bambini che volevano soltanto giocare a pallavolo»⟧", "Ulrike Stammler",
            "partial", "gym12-u1"),
         St("⟦La procura ha aperto un fascicolo per omicidio colposo⟧, ha riferito", "Velkenau judicial source",
            "indirect", "gym12-u5")),
        (Fg("È di ⟦quattro⟧ morti", 4, None, "killed", "gym12-q-killed"),
         Fg("e ⟦23⟧ feriti", 23, None, "wounded", "gym12-q-wounded"),
         Fg("circa ⟦180⟧ persone", 180, "about", "other", "gym12-q-inside"))),
    Art("ml12-roof-collapse-gym", "lemessagerdurhin.example", "international/velkenau-gymnase-bilan-cinq-morts",
        "2026-01-18", "fr",
        "Effondrement d'un toit à Velkenau : le bilan s'alourdit à cinq morts",
        ("Le bilan de l'effondrement de la toiture d'un gymnase à Velkenau s'est alourdi dimanche : une adolescente a "
         "succombé à ses blessures à l'hôpital, portant à cinq le nombre de morts. Vingt-six personnes restent "
         "hospitalisées. Près de 180 personnes assistaient samedi à un tournoi de volley-ball quand le toit a cédé.",
         f"«{NB}Nous avons perdu des enfants qui ne voulaient rien d'autre que jouer au volley{NB}», avait déclaré "
         "samedi soir la maire, Ulrike Stammler. D'après elle, tous les gymnases municipaux seront contrôlés d'ici "
         "vendredi.",
         "Le parquet de Velkenau a fait savoir qu'une enquête pour homicide involontaire avait été ouverte."),
        (St(f"«{NB}⟦Nous avons perdu des enfants qui ne voulaient rien d'autre que jouer au volley⟧{NB}»",
            "Ulrike Stammler", "direct", "gym12-u1"),
         St("D'après elle, ⟦tous les gymnases municipaux seront contrôlés d'ici vendredi⟧", "Ulrike Stammler",
            "indirect", "gym12-u4"),
         St("savoir qu'⟦une enquête pour homicide involontaire avait été ouverte⟧", "Staatsanwaltschaft Velkenau",
            "indirect", "gym12-u3")),
        (Fg("portant à ⟦cinq⟧ le nombre", 5, None, "killed", "gym12-q-killed"),
         Fg("⟦Vingt-six⟧ personnes", 26, None, "wounded", "gym12-q-wounded"),
         Fg("Près de ⟦180⟧ personnes", 180, "nearly", "other", "gym12-q-inside"))),
    # ---------------------------------------------------------------- a salmon die-off (test)
    Art("ml12-salmon-die-off", "gazetadolitoral.example", "ambiente/2026/03/12/mortandade-salmoes-quelmar",
        "2026-03-12", "pt",
        "Mortandade de salmões no fiorde de Quelmar atinge sete fazendas",
        ("Cerca de 180 mil salmões morreram desde domingo em sete fazendas de criação do fiorde de Quelmar. Até esta "
         "quinta-feira, 540 toneladas de peixes mortos tinham sido retiradas da água.",
         "“Nunca vimos uma mortandade desta dimensão no fiorde”, afirmou a secretária do Ambiente, Marta Queiroga. "
         "Ela disse que as fazendas ficarão suspensas até que as análises da água estejam concluídas.",
         "Segundo a bióloga Inês Valadares, da Universidade de Baía Fria, uma proliferação de algas alimentada pela "
         "água anormalmente quente esgotou o oxigênio. Um técnico do órgão ambiental, que pediu para não ser "
         "identificado, contou que os sensores já registravam queda de oxigênio uma semana antes.",
         "A Aquícola Barra Fria, dona de parte das fazendas, garantiu que nenhum peixe afetado chegou ao mercado. O "
         "prejuízo é estimado em 12 milhões de euros."),
        (St("“⟦Nunca vimos uma mortandade desta dimensão no fiorde⟧”", "Marta Queiroga", "direct", "sal12-u1"),
         St("Ela disse que ⟦as fazendas ficarão suspensas até que as análises da água estejam concluídas⟧",
            "Marta Queiroga", "indirect", "sal12-u4"),
         St("Baía Fria, ⟦uma proliferação de algas alimentada pela água anormalmente quente esgotou o oxigênio⟧",
            "Inês Valadares", "indirect", "sal12-u3"),
         St("contou que ⟦os sensores já registravam queda de oxigênio uma semana antes⟧",
            "Quelmar environment agency source", "indirect", "sal12-u5"),
         St("garantiu que ⟦nenhum peixe afetado chegou ao mercado⟧", "Aquícola Barra Fria", "indirect",
            "sal12-u2")),
        (Fg("Cerca de ⟦180 mil⟧ salmões", 180_000, "about", "other", "sal12-q-dead"),
         Fg("em ⟦sete⟧ fazendas", 7, None, "other", "sal12-q-farms"),
         Fg("⟦540⟧ toneladas", 540, None, "other", "sal12-q-tonnes"),
         Fg("em ⟦12 milhões de euros⟧", 12_000_000, None, "money", "sal12-q-loss"))),
    Art("ml12-salmon-die-off", "weserblatt.example", "wirtschaft/quelmar-lachssterben-1.7731", "2026-03-12", "de",
        "Massensterben in Lachsfarmen: Rund 180.000 Tiere verendet",
        ("Im Fjord von Quelmar sind seit Sonntag rund 180.000 Zuchtlachse verendet. Betroffen sind sieben Farmen; "
         "bislang wurden 540 Tonnen Kadaver aus dem Wasser geholt.",
         "„So ein Fischsterben haben wir im Fjord noch nie erlebt“, sagte Umweltsekretärin Marta Queiroga. Die "
         "Meeresbiologin Inês Valadares sieht eine Algenblüte als Ursache. Das ungewöhnlich warme Wasser habe die "
         "Algen wuchern lassen, die dann den Sauerstoff aufgezehrt hätten, erklärte sie.",
         "Der Betreiber Aquícola Barra Fria versicherte, kein betroffener Fisch sei in den Handel gelangt. Der "
         "Schaden wird auf rund zwölf Millionen Euro geschätzt."),
        (St("„⟦So ein Fischsterben haben wir im Fjord noch nie erlebt⟧“", "Marta Queiroga", "direct", "sal12-u1"),
         St("⟦Das ungewöhnlich warme Wasser habe die Algen wuchern lassen, die dann den Sauerstoff aufgezehrt "
            "hätten⟧, erklärte sie", "Inês Valadares", "indirect", "sal12-u3"),
         St("versicherte, ⟦kein betroffener Fisch sei in den Handel gelangt⟧", "Aquícola Barra Fria", "indirect",
            "sal12-u2")),
        (Fg("rund ⟦180.000⟧ Zuchtlachse", 180_000, "about", "other", "sal12-q-dead"),
         Fg("sind ⟦sieben⟧ Farmen", 7, None, "other", "sal12-q-farms"),
         Fg("⟦540⟧ Tonnen", 540, None, "other", "sal12-q-tonnes"),
         Fg("rund ⟦zwölf Millionen Euro⟧", 12_000_000, "about", "money", "sal12-q-loss"))),
    Art("ml12-salmon-die-off", "haeyangilbo.example", "news/articleView.html?idxno=77120", "2026-03-13", "ko",
        "켈마르 피오르 양식장서 연어 18만여 마리 폐사",
        ("켈마르 피오르의 연어 양식장 7곳에서 지난 8일부터 연어 18만여 마리가 집단 폐사했다. 지금까지 수거된 "
         "폐사체만 540톤에 이른다.",
         "마르타 케이로가 환경장관은 12일 기자회견에서 “피오르에서 이런 규모의 폐사는 처음 본다”고 말했다. 그는 "
         "수질 검사가 끝날 때까지 이들 양식장의 운영을 중단시키겠다고 밝혔다.",
         "이네스 발라다레스 바이아프리아대 해양생물학 교수에 따르면 이상 고온으로 번식한 조류가 물속 산소를 "
         "고갈시킨 것으로 추정된다. 양식업체 아쿠이콜라 바하 프리아 측은 “폐사한 연어는 단 한 마리도 시장에 "
         "나가지 않았다”고 강조했다."),
        (St("“⟦피오르에서 이런 규모의 폐사는 처음 본다⟧”", "Marta Queiroga", "direct", "sal12-u1"),
         St("그는 ⟦수질 검사가 끝날 때까지 이들 양식장의 운영을 중단시키겠다⟧고", "Marta Queiroga", "indirect",
            "sal12-u4"),
         St("따르면 ⟦이상 고온으로 번식한 조류가 물속 산소를 고갈시킨 것으로 추정된다⟧", "Inês Valadares",
            "indirect", "sal12-u3"),
         St("“⟦폐사한 연어는 단 한 마리도 시장에 나가지 않았다⟧”", "Aquícola Barra Fria", "direct", "sal12-u2")),
        (Fg("양식장 ⟦7⟧곳에서", 7, None, "other", "sal12-q-farms"),
         Fg("연어 ⟦18만여⟧ 마리", 180_000, "more than", "other", "sal12-q-dead"),
         Fg("⟦540⟧톤", 540, None, "other", "sal12-q-tonnes"))),
    Art("ml12-salmon-die-off", "elfarodelsur.example", "sociedad/2026-03-14/salmones-muertos-quelmar",
        "2026-03-14", "es",
        "Ya son más de 200.000 los salmones muertos en el fiordo de Quelmar",
        ("Más de 200.000 salmones han muerto desde el domingo en siete centros de cultivo del fiordo de Quelmar, "
         "informaron este sábado las autoridades ambientales.",
         "La secretaria de Medio Ambiente, Marta Queiroga, reconoció que nunca había visto \"una mortandad de esta "
         "magnitud\" en la zona y anunció que los centros seguirán cerrados hasta conocer los análisis del agua.",
         "Según la bióloga marina Inés Valadares, una floración de algas favorecida por temperaturas anormalmente "
         "altas dejó el agua sin oxígeno. Las pérdidas rondan los 12 millones de euros."),
        (St("⟦Más de 200.000 salmones han muerto desde el domingo en siete centros de cultivo del fiordo de "
            "Quelmar⟧, informaron", "Quelmar environment authorities", "indirect", "sal12-u6"),
         St("reconoció que ⟦nunca había visto \"una mortandad de esta magnitud\" en la zona⟧", "Marta Queiroga",
            "partial", "sal12-u1"),
         St("anunció que ⟦los centros seguirán cerrados hasta conocer los análisis del agua⟧", "Marta Queiroga",
            "indirect", "sal12-u4"),
         St("Valadares, ⟦una floración de algas favorecida por temperaturas anormalmente altas dejó el agua sin "
            "oxígeno⟧", "Inês Valadares", "indirect", "sal12-u3")),
        (Fg("Más de ⟦200.000⟧ salmones", 200_000, "more than", "other", "sal12-q-dead"),
         Fg("en ⟦siete⟧ centros", 7, None, "other", "sal12-q-farms"),
         Fg("rondan los ⟦12 millones de euros⟧", 12_000_000, "about", "money", "sal12-q-loss"))),
    Art("ml12-salmon-die-off", "coastalherald.example", "environment/2026/03/13/quelmar-salmon-die-off",
        "2026-03-13", "en",
        "Salmon die-off in Quelmar fjord hits seven farms",
        ("Some 180,000 farmed salmon have died since Sunday at seven fish farms in the Quelmar fjord, and about 540 "
         "tonnes of carcasses have been hauled out of the water.",
         '"We have never seen a die-off on this scale in the fjord," regional environment secretary Marta Queiroga '
         "said on Thursday. The farms will stay shut until water tests are complete, according to Queiroga.",
         "Marine biologist Ines Valadares said an algal bloom, fed by unusually warm water, had starved the fjord of "
         "oxygen. An official at the environment agency, speaking on condition of anonymity, said sensors had picked "
         "up falling oxygen levels a week before the first fish died."),
        (St('"⟦We have never seen a die-off on this scale in the fjord⟧,"', "Marta Queiroga", "direct", "sal12-u1"),
         St("⟦The farms will stay shut until water tests are complete⟧, according to", "Marta Queiroga", "indirect",
            "sal12-u4"),
         St("Valadares said ⟦an algal bloom, fed by unusually warm water, had starved the fjord of oxygen⟧",
            "Inês Valadares", "indirect", "sal12-u3"),
         St("anonymity, said ⟦sensors had picked up falling oxygen levels a week before the first fish died⟧",
            "Quelmar environment agency source", "indirect", "sal12-u5")),
        (Fg("Some ⟦180,000⟧ farmed", 180_000, "about", "other", "sal12-q-dead"),
         Fg("at ⟦seven⟧ fish farms", 7, None, "other", "sal12-q-farms"),
         Fg("about ⟦540⟧ tonnes", 540, "about", "other", "sal12-q-tonnes"))),
    # ---------------------------------------------------------------- a school-bus crash (test)
    Art("ml12-school-bus-crash", "lavozdelvalle.example", "sucesos/2026-02-06/autobus-escolar-puerto-alcorna",
        "2026-02-06", "es",
        "Cuatro muertos al caer un autobús escolar por un barranco en el puerto de Alcorna",
        ("Cuatro personas, tres alumnos y el conductor, murieron este viernes cuando el autobús escolar en el que "
         "viajaban se salió de la carretera en el puerto de Alcorna y cayó por un barranco. Otras 31 resultaron "
         "heridas, seis de ellas de gravedad. En el vehículo iban 45 personas, en su mayoría niños del colegio "
         "público de Villarreja.",
         "\"Ningún padre debería recibir nunca una llamada como la de esta mañana\", dijo entre lágrimas la consejera "
         "de Educación, Rocío Almagro, que anunció que el lunes no habrá clases y que un equipo de psicólogos acudirá "
         "al centro.",
         "Según el capitán de la Guardia Civil Esteban Ruiz Lanza, el autocar patinó en una curva cubierta de hielo. "
         "\"Iba demasiado rápido para esa curva\", aseguró un camionero que presenció el accidente y prefirió no dar "
         "su nombre. La empresa Autocares Peñaroja afirmó en un comunicado que el vehículo había superado la "
         "inspección técnica en octubre."),
        (St("\"⟦Ningún padre debería recibir nunca una llamada como la de esta mañana⟧\"", "Rocío Almagro", "direct",
            "bus12-u1"),
         St("anunció que ⟦el lunes no habrá clases y que un equipo de psicólogos acudirá al centro⟧", "Rocío Almagro",
            "indirect", "bus12-u4"),
         St("Lanza, ⟦el autocar patinó en una curva cubierta de hielo⟧", "Esteban Ruiz Lanza", "indirect",
            "bus12-u2"),
         St("\"⟦Iba demasiado rápido para esa curva⟧\"", "Alcorna truck driver", "direct", "bus12-u5"),
         St("comunicado que ⟦el vehículo había superado la inspección técnica en octubre⟧", "Autocares Peñaroja",
            "indirect", "bus12-u3")),
        (Fg("⟦Cuatro⟧ personas", 4, None, "killed", "bus12-q-killed"),
         Fg("Otras ⟦31⟧ resultaron", 31, None, "wounded", "bus12-q-wounded"),
         Fg("iban ⟦45⟧ personas", 45, None, "other", "bus12-q-aboard"))),
    Art("ml12-school-bus-crash", "mainzerbote.example", "panorama/schulbus-alcorna-pass-1.3382", "2026-02-06", "de",
        "Schulbus stürzt am Alcorna-Pass in eine Schlucht",
        ("Bei einem Busunglück am Alcorna-Pass sind am Freitag vier Menschen ums Leben gekommen, unter ihnen der "
         "Fahrer. Der Bus mit 45 Insassen war von der Straße abgekommen und in eine Schlucht gestürzt. Mehr als 30 "
         "Menschen wurden verletzt, die meisten von ihnen Kinder.",
         "„Kein Vater und keine Mutter sollte je einen Anruf bekommen wie den von heute Morgen“, sagte die regionale "
         "Bildungsministerin Rocío Almagro. Am Montag falle der Unterricht aus, Psychologen würden an die Schule "
         "geschickt, kündigte sie an.",
         "Nach Angaben von Hauptmann Esteban Ruiz Lanza von der Guardia Civil verlor der Fahrer in einer vereisten "
         "Kurve die Kontrolle. Das Busunternehmen Autocares Peñaroja erklärte, das Fahrzeug sei im Oktober "
         "technisch geprüft worden."),
        (St("„⟦Kein Vater und keine Mutter sollte je einen Anruf bekommen wie den von heute Morgen⟧“",
            "Rocío Almagro", "direct", "bus12-u1"),
         St("⟦Am Montag falle der Unterricht aus, Psychologen würden an die Schule geschickt⟧, kündigte",
            "Rocío Almagro", "indirect", "bus12-u4"),
         St("Guardia Civil ⟦verlor der Fahrer in einer vereisten Kurve die Kontrolle⟧", "Esteban Ruiz Lanza",
            "indirect", "bus12-u2"),
         St("erklärte, ⟦das Fahrzeug sei im Oktober technisch geprüft worden⟧", "Autocares Peñaroja", "indirect",
            "bus12-u3")),
        (Fg("sind am Freitag ⟦vier⟧ Menschen", 4, None, "killed", "bus12-q-killed"),
         Fg("mit ⟦45⟧ Insassen", 45, None, "other", "bus12-q-aboard"),
         Fg("Mehr als ⟦30⟧ Menschen", 30, "more than", "wounded", "bus12-q-wounded"))),
    Art("ml12-school-bus-crash", "kyeongnamsinbo.example", "news/articleView.html?idxno=45817", "2026-02-07", "ko",
        "알코르나 고개서 스쿨버스 추락…4명 사망·31명 부상",
        ("6일 오전 알코르나 고개를 달리던 스쿨버스가 도로를 벗어나 협곡으로 떨어져 학생과 운전기사 등 4명이 "
         "숨지고 31명이 다쳤다. 버스에는 비야레하 공립학교 학생과 교사 등 45명이 타고 있었다.",
         "로시오 알마그로 교육장관은 “오늘 아침 같은 전화를 받아야 하는 부모는 세상에 없어야 한다”며 울먹였다. "
         "알마그로 장관은 월요일 휴교령을 내리고 학교에 심리상담사를 보내겠다고 밝혔다.",
         "과르디아 시빌의 에스테반 루이스 란사 대위는 버스가 얼어붙은 커브길에서 미끄러졌다고 설명했다. 버스 "
         "회사 측은 차량이 지난 10월 정기 검사를 통과했다는 입장이다."),
        (St("“⟦오늘 아침 같은 전화를 받아야 하는 부모는 세상에 없어야 한다⟧”", "Rocío Almagro", "direct",
            "bus12-u1"),
         St("장관은 ⟦월요일 휴교령을 내리고 학교에 심리상담사를 보내겠다⟧고", "Rocío Almagro", "indirect",
            "bus12-u4"),
         St("대위는 ⟦버스가 얼어붙은 커브길에서 미끄러졌다⟧고", "Esteban Ruiz Lanza", "indirect", "bus12-u2"),
         St("측은 ⟦차량이 지난 10월 정기 검사를 통과했다⟧는", "Autocares Peñaroja", "indirect", "bus12-u3")),
        (Fg("⟦4⟧명이", 4, None, "killed", "bus12-q-killed"),
         Fg("⟦31⟧명이 다쳤다", 31, None, "wounded", "bus12-q-wounded"),
         Fg("⟦45⟧명이 타고", 45, None, "other", "bus12-q-aboard"))),
    Art("ml12-school-bus-crash", "ouestlibre.example", "monde/espagne-car-scolaire-alcorna-bilan", "2026-02-07",
        "fr",
        "Accident de car scolaire au col d'Alcorna : un cinquième décès",
        ("Le bilan de l'accident du car scolaire tombé vendredi dans un ravin au col d'Alcorna est passé samedi à "
         "cinq morts, après le décès à l'hôpital d'un élève de onze ans. Une trentaine de blessés sont toujours "
         "soignés. Quarante-cinq personnes se trouvaient à bord, pour la plupart des écoliers.",
         f"La ministre régionale de l'Éducation, Rocío Almagro, a évoqué «{NB}un appel qu'aucun parent ne devrait "
         f"jamais recevoir{NB}». Les cours sont suspendus lundi, a-t-elle précisé.",
         "Selon le capitaine Esteban Ruiz Lanza, de la Guardia Civil, le conducteur a perdu le contrôle dans un "
         "virage verglacé. Une enquête a été ouverte."),
        (St(f"évoqué ⟦«{NB}un appel qu'aucun parent ne devrait jamais recevoir{NB}»⟧", "Rocío Almagro", "partial",
            "bus12-u1"),
         St("⟦Les cours sont suspendus lundi⟧, a-t-elle", "Rocío Almagro", "indirect", "bus12-u4"),
         St("Guardia Civil, ⟦le conducteur a perdu le contrôle dans un virage verglacé⟧", "Esteban Ruiz Lanza",
            "indirect", "bus12-u2")),
        (Fg("samedi à ⟦cinq⟧ morts", 5, None, "killed", "bus12-q-killed"),
         Fg("⟦Une trentaine⟧ de blessés", 30, "about", "wounded", "bus12-q-wounded"),
         Fg("⟦Quarante-cinq⟧ personnes", 45, None, "other", "bus12-q-aboard"))),
    Art("ml12-school-bus-crash", "gazzettinodelnord.example", "esteri/2026/02/06/scuolabus-alcorna-burrone",
        "2026-02-06", "it",
        "Scuolabus precipita in un burrone sul passo di Alcorna: quattro morti",
        ("Quattro morti e una trentina di feriti: è il bilancio dell'incidente avvenuto venerdì mattina sul passo di "
         "Alcorna, dove uno scuolabus con 45 persone a bordo è uscito di strada finendo in una scarpata.",
         "«Nessun genitore dovrebbe mai ricevere una telefonata come quella di stamattina», ha dichiarato "
         "l'assessora regionale all'Istruzione Rocío Almagro. Secondo il capitano della Guardia Civil Esteban Ruiz "
         "Lanza, l'autista avrebbe perso il controllo del mezzo su una curva ghiacciata.",
         "La ditta di trasporti Autocares Peñaroja sostiene che il pullman aveva superato la revisione a ottobre. Un "
         "camionista che ha assistito alla scena, e che ha chiesto di restare anonimo, ha raccontato che il bus "
         "«andava troppo veloce per quella curva»."),
        (St("«⟦Nessun genitore dovrebbe mai ricevere una telefonata come quella di stamattina⟧»", "Rocío Almagro",
            "direct", "bus12-u1"),
         St("Lanza, ⟦l'autista avrebbe perso il controllo del mezzo su una curva ghiacciata⟧", "Esteban Ruiz Lanza",
            "indirect", "bus12-u2"),
         St("sostiene che ⟦il pullman aveva superato la revisione a ottobre⟧", "Autocares Peñaroja", "indirect",
            "bus12-u3"),
         St("raccontato che ⟦il bus «andava troppo veloce per quella curva»⟧", "Alcorna truck driver", "partial",
            "bus12-u5")),
        (Fg("⟦Quattro⟧ morti", 4, None, "killed", "bus12-q-killed"),
         Fg("e ⟦una trentina⟧ di feriti", 30, "about", "wounded", "bus12-q-wounded"),
         Fg("con ⟦45⟧ persone", 45, None, "other", "bus12-q-aboard"))),
    # ---------------------------------------------------------------- a ship collision (test)
    Art("ml12-ship-collision", "gazetadasilhas.example", "regiao/2026-04-24/colisao-ferry-cargueiro-corvelo",
        "2026-04-24", "pt",
        "Colisão entre cargueiro e ferry ao largo do Corvelo faz dois mortos e cinco desaparecidos",
        ("Dois passageiros morreram e cinco continuam desaparecidos depois de o ferry Estrela do Corvelo ter sido "
         "abalroado por um cargueiro de bandeira sul-coreana, na noite de quinta-feira, à entrada do porto de Santa "
         "Luzia. Seguiam a bordo do ferry 212 pessoas; 38 ficaram feridas.",
         "“Esta é uma noite de dor para todo o arquipélago”, disse a presidente do Governo Regional, Lurdes Amaral, "
         "no cais. Segundo o capitão do porto, comandante Amílcar Teixeira, a visibilidade era inferior a cem metros "
         "no momento do embate.",
         "A tripulação do Hanul Pioneer resgatou cerca de 40 náufragos. A Transportes Marítimos do Corvelo, que opera "
         "o ferry, assegurou que o navio cumpria a rota habitual. Uma fonte da Polícia Marítima disse à Gazeta que o "
         "cargueiro seguia acima da velocidade permitida no canal."),
        (St("“⟦Esta é uma noite de dor para todo o arquipélago⟧”", "Lurdes Amaral", "direct", "ship12-u1"),
         St("Teixeira, ⟦a visibilidade era inferior a cem metros no momento do embate⟧", "Amílcar Teixeira",
            "indirect", "ship12-u2"),
         St("assegurou que ⟦o navio cumpria a rota habitual⟧", "Transportes Marítimos do Corvelo", "indirect",
            "ship12-u3"),
         St("Gazeta que ⟦o cargueiro seguia acima da velocidade permitida no canal⟧", "Polícia Marítima source",
            "indirect", "ship12-u6")),
        (Fg("⟦Dois⟧ passageiros", 2, None, "killed", "ship12-q-killed"),
         Fg("e ⟦cinco⟧ continuam", 5, None, "missing", "ship12-q-missing"),
         Fg("ferry ⟦212⟧ pessoas", 212, None, "other", "ship12-q-aboard"),
         Fg("⟦38⟧ ficaram", 38, None, "wounded", "ship12-q-wounded"),
         Fg("cerca de ⟦40⟧ náufragos", 40, "about", "other", "ship12-q-rescued"))),
    Art("ml12-ship-collision", "seawaysgazette.example", "news/2026/04/24/corvelo-ferry-collision", "2026-04-24",
        "en",
        "Two dead, five missing after cargo ship hits island ferry in fog",
        ("Two people were killed and five are missing after a South Korean-flagged bulk carrier struck a passenger "
         "ferry in thick fog off the island of Corvelo late on Thursday. The ferry, the Estrela do Corvelo, was "
         "carrying 212 passengers and crew; nearly 40 were injured.",
         '"This is a night of grief for the whole archipelago," regional president Lurdes Amaral said at the '
         "quayside. Harbour master Amílcar Teixeira said visibility had been below 100 metres when the ships "
         "collided.",
         "Crew members of the carrier, the Hanul Pioneer, pulled about 40 people from the water. Hanul Shipping "
         'spokesman Park Ji-hoon said the crew had "lowered the lifeboats within minutes".'),
        (St('"⟦This is a night of grief for the whole archipelago⟧,"', "Lurdes Amaral", "direct", "ship12-u1"),
         St("Teixeira said ⟦visibility had been below 100 metres when the ships collided⟧", "Amílcar Teixeira",
            "indirect", "ship12-u2"),
         St('Ji-hoon said ⟦the crew had "lowered the lifeboats within minutes"⟧', "Park Ji-hoon", "partial",
            "ship12-u4")),
        (Fg("⟦Two⟧ people", 2, None, "killed", "ship12-q-killed"),
         Fg("and ⟦five⟧ are missing", 5, None, "missing", "ship12-q-missing"),
         Fg("carrying ⟦212⟧ passengers", 212, None, "other", "ship12-q-aboard"),
         Fg("nearly ⟦40⟧ were injured", 40, "nearly", "wounded", "ship12-q-wounded"),
         Fg("about ⟦40⟧ people", 40, "about", "other", "ship12-q-rescued"))),
    Art("ml12-ship-collision", "foerdeblatt.example", "welt/corvelo-frachter-rammt-faehre-1.5520", "2026-04-24",
        "de",
        "Frachter rammt Fähre vor Corvelo: Zwei Tote, fünf Vermisste",
        ("Vor der Insel Corvelo hat ein südkoreanischer Massengutfrachter bei dichtem Nebel eine Passagierfähre "
         "gerammt. Zwei Menschen kamen ums Leben, fünf werden noch vermisst, mindestens 38 wurden verletzt. An Bord "
         "der Fähre waren 212 Menschen.",
         "Regionalpräsidentin Lurdes Amaral sprach von einer „Nacht des Schmerzes für den ganzen Archipel“. Laut "
         "Hafenkapitän Amílcar Teixeira lag die Sicht zum Zeitpunkt der Kollision unter hundert Metern.",
         "„Unsere Besatzung hat binnen Minuten die Rettungsboote zu Wasser gelassen“, sagte Park Ji Hoon, Sprecher "
         "der Reederei Hanul Shipping. Der Fährbetreiber betonte, das Schiff sei auf seiner üblichen Route unterwegs "
         "gewesen."),
        (St("sprach von ⟦einer „Nacht des Schmerzes für den ganzen Archipel“⟧", "Lurdes Amaral", "partial",
            "ship12-u1"),
         St("Teixeira ⟦lag die Sicht zum Zeitpunkt der Kollision unter hundert Metern⟧", "Amílcar Teixeira",
            "indirect", "ship12-u2"),
         St("„⟦Unsere Besatzung hat binnen Minuten die Rettungsboote zu Wasser gelassen⟧“", "Park Ji-hoon", "direct",
            "ship12-u4"),
         St("betonte, ⟦das Schiff sei auf seiner üblichen Route unterwegs gewesen⟧",
            "Transportes Marítimos do Corvelo", "indirect", "ship12-u3")),
        (Fg("⟦Zwei⟧ Menschen", 2, None, "killed", "ship12-q-killed"),
         Fg("⟦fünf⟧ werden", 5, None, "missing", "ship12-q-missing"),
         Fg("mindestens ⟦38⟧ wurden", 38, "at least", "wounded", "ship12-q-wounded"),
         Fg("waren ⟦212⟧ Menschen", 212, None, "other", "ship12-q-aboard"))),
    Art("ml12-ship-collision", "busanmaeil.example", "news/articleView.html?idxno=302194", "2026-04-25", "ko",
        "코르벨루섬 앞바다 한국 화물선·여객선 충돌…사망자 4명으로 늘어",
        ("코르벨루섬 앞바다에서 한국 국적 벌크선 ‘한울 파이어니어호’와 현지 여객선이 충돌한 사고의 사망자가 "
         "4명으로 늘었다. 실종자는 3명, 부상자는 38명이다. 여객선에는 승객과 승무원 212명이 타고 있었다.",
         "한울해운 박지훈 대변인은 “사고 직후 선원들이 몇 분 만에 구명정을 내려 40여 명을 구조했다”고 말했다. "
         "박 대변인은 회사가 현지 당국의 조사에 적극 협조하겠다고 덧붙였다.",
         "아밀카르 테이셰이라 항만청장에 따르면 충돌 당시 시정은 100m에 못 미쳤다. 루르드스 아마랄 지방정부 "
         "수반은 “군도 전체가 슬픔에 잠긴 밤”이라고 했다."),
        (St("“⟦사고 직후 선원들이 몇 분 만에 구명정을 내려 40여 명을 구조했다⟧”", "Park Ji-hoon", "direct",
            "ship12-u4"),
         St("대변인은 ⟦회사가 현지 당국의 조사에 적극 협조하겠다⟧고", "Park Ji-hoon", "indirect", "ship12-u5"),
         St("따르면 ⟦충돌 당시 시정은 100m에 못 미쳤다⟧", "Amílcar Teixeira", "indirect", "ship12-u2"),
         St("“⟦군도 전체가 슬픔에 잠긴 밤⟧”", "Lurdes Amaral", "direct", "ship12-u1")),
        (Fg("사망자가 ⟦4⟧명으로", 4, None, "killed", "ship12-q-killed"),
         Fg("실종자는 ⟦3⟧명", 3, None, "missing", "ship12-q-missing"),
         Fg("부상자는 ⟦38⟧명", 38, None, "wounded", "ship12-q-wounded"),
         Fg("승무원 ⟦212⟧명", 212, None, "other", "ship12-q-aboard"),
         Fg("⟦40여⟧ 명을", 40, "more than", "other", "ship12-q-rescued"))),
    Art("ml12-ship-collision", "lecridelamer.example", "monde/corvelo-collision-ferry-bilan", "2026-04-25", "fr",
        "Collision au large de Corvelo : le bilan passe à quatre morts",
        ("Le bilan de la collision entre un vraquier sud-coréen et un ferry au large de l'île de Corvelo s'élève "
         "désormais à quatre morts. Trois personnes sont toujours portées disparues, a indiqué samedi la Polícia "
         "Marítima. Le ferry transportait quelque 210 passagers.",
         f"«{NB}C'est une nuit de douleur pour tout l'archipel{NB}», a réagi la présidente du gouvernement régional, "
         "Lurdes Amaral. D'après le capitaine du port, Amílcar Teixeira, on n'y voyait pas à plus de cent mètres au "
         "moment du choc.",
         "Le porte-parole de l'armateur Hanul Shipping, Park Ji-hoon, a promis que la compagnie coopérerait "
         "pleinement avec les enquêteurs. Selon une source proche de l'enquête, le cargo naviguait trop vite dans le "
         "chenal."),
        (St("⟦Trois personnes sont toujours portées disparues⟧, a indiqué", "Polícia Marítima", "indirect",
            "ship12-u7"),
         St(f"«{NB}⟦C'est une nuit de douleur pour tout l'archipel⟧{NB}»", "Lurdes Amaral", "direct", "ship12-u1"),
         St("Teixeira, ⟦on n'y voyait pas à plus de cent mètres au moment du choc⟧", "Amílcar Teixeira", "indirect",
            "ship12-u2"),
         St("promis que ⟦la compagnie coopérerait pleinement avec les enquêteurs⟧", "Park Ji-hoon", "indirect",
            "ship12-u5"),
         St("l'enquête, ⟦le cargo naviguait trop vite dans le chenal⟧", "Corvelo investigation source", "indirect",
            "ship12-u8")),
        (Fg("à ⟦quatre⟧ morts", 4, None, "killed", "ship12-q-killed"),
         Fg("⟦Trois⟧ personnes", 3, None, "missing", "ship12-q-missing"),
         Fg("quelque ⟦210⟧ passagers", 210, "about", "other", "ship12-q-aboard"))),
    # ---------------------------------------------------------------- a ski-lift accident (test)
    Art("ml12-ski-lift", "lecodellevalli.example", "cronaca/2026/02/14/valbruna-cabinovia-grisone", "2026-02-14",
        "it",
        "Si stacca una cabina della cabinovia del Monte Grisone: tre morti",
        ("Tre sciatori sono morti e undici sono rimasti feriti sabato mattina a Valbruna di Sopra, dove una cabina "
         "della cabinovia del Monte Grisone si è staccata dalla fune ed è precipitata sulla pista.",
         "«Nessuno di noi dimenticherà quello che abbiamo visto stamattina», ha detto il sindaco Ettore Sangalli. "
         "Secondo il portavoce del Soccorso alpino, Luca Ferrarin, 148 persone rimaste bloccate nelle altre cabine "
         "sono state calate a terra con le corde o recuperate in elicottero.",
         "La procuratrice Carla Benvenuti ha aperto un'inchiesta per disastro colposo. Ha spiegato che il freno "
         "d'emergenza non è entrato in funzione. La società Funivie Grisone assicura che l'impianto aveva superato la "
         "revisione annuale a dicembre."),
        (St("«⟦Nessuno di noi dimenticherà quello che abbiamo visto stamattina⟧»", "Ettore Sangalli", "direct",
            "ski12-u1"),
         St("Ferrarin, ⟦148 persone rimaste bloccate nelle altre cabine sono state calate a terra con le corde o "
            "recuperate in elicottero⟧", "Luca Ferrarin", "indirect", "ski12-u4"),
         St("Ha spiegato che ⟦il freno d'emergenza non è entrato in funzione⟧", "Carla Benvenuti", "indirect",
            "ski12-u2"),
         St("assicura che ⟦l'impianto aveva superato la revisione annuale a dicembre⟧", "Funivie Grisone",
            "indirect", "ski12-u3")),
        (Fg("⟦Tre⟧ sciatori", 3, None, "killed", "ski12-q-killed"),
         Fg("e ⟦undici⟧ sono", 11, None, "wounded", "ski12-q-wounded"),
         Fg("Ferrarin, ⟦148⟧ persone", 148, None, "other", "ski12-q-evacuated"))),
    Art("ml12-ski-lift", "alpenecho.example", "panorama/monte-grisone-gondel-abgestuerzt-1.2207", "2026-02-14",
        "de",
        "Gondel stürzt am Monte Grisone ab: Drei Tote",
        ("Am Monte Grisone ist am Samstagvormittag eine Gondel aus dem Seil gesprungen und abgestürzt. Drei "
         "Skifahrer kamen ums Leben, elf wurden verletzt, darunter zwei Touristen aus Südkorea. Knapp 150 Menschen "
         "saßen stundenlang in den übrigen Gondeln fest.",
         "„Keiner von uns wird vergessen, was wir heute Morgen gesehen haben“, sagte Bürgermeister Ettore Sangalli. "
         "Staatsanwältin Carla Benvenuti ermittelt wegen fahrlässiger Herbeiführung eines Unglücks; nach ihren "
         "Worten hat die Notbremse nicht ausgelöst.",
         "Die Betreibergesellschaft Funivie Grisone erklärte, die Anlage sei im Dezember turnusgemäß geprüft "
         "worden."),
        (St("„⟦Keiner von uns wird vergessen, was wir heute Morgen gesehen haben⟧“", "Ettore Sangalli", "direct",
            "ski12-u1"),
         St("Worten ⟦hat die Notbremse nicht ausgelöst⟧", "Carla Benvenuti", "indirect", "ski12-u2"),
         St("erklärte, ⟦die Anlage sei im Dezember turnusgemäß geprüft worden⟧", "Funivie Grisone", "indirect",
            "ski12-u3")),
        (Fg("⟦Drei⟧ Skifahrer", 3, None, "killed", "ski12-q-killed"),
         Fg("⟦elf⟧ wurden", 11, None, "wounded", "ski12-q-wounded"),
         Fg("darunter ⟦zwei⟧ Touristen", 2, None, "wounded", "ski12-q-korean-wounded"),
         Fg("Knapp ⟦150⟧ Menschen", 150, "nearly", "other", "ski12-q-evacuated"))),
    Art("ml12-ski-lift", "hanbandonews.example", "news/articleView.html?idxno=58316", "2026-02-15", "ko",
        "그리소네산 스키장 곤돌라 추락…한국인 관광객 2명 부상",
        ("14일 오전 발브루나 디 소프라의 그리소네산 스키장에서 곤돌라 한 대가 케이블에서 이탈해 추락하면서 "
         "스키어 3명이 숨지고 11명이 다쳤다. 부상자 가운데는 한국인 관광객 2명도 포함됐다.",
         "현지 한국대사관 관계자는 “두 분 모두 다리를 다쳤지만 생명에는 지장이 없다”고 전했다.",
         "루카 페라린 산악구조대 대변인에 따르면 나머지 곤돌라에 갇혀 있던 150명 안팎이 밧줄과 헬기를 이용해 "
         "구조됐다. 카를라 벤베누티 검사는 비상 브레이크가 작동하지 않았다고 밝혔다."),
        (St("“⟦두 분 모두 다리를 다쳤지만 생명에는 지장이 없다⟧”", "Valbruna Korean embassy official", "direct",
            "ski12-u5"),
         St("따르면 ⟦나머지 곤돌라에 갇혀 있던 150명 안팎이 밧줄과 헬기를 이용해 구조됐다⟧", "Luca Ferrarin",
            "indirect", "ski12-u4"),
         St("검사는 ⟦비상 브레이크가 작동하지 않았다⟧고", "Carla Benvenuti", "indirect", "ski12-u2")),
        (Fg("스키어 ⟦3⟧명이", 3, None, "killed", "ski12-q-killed"),
         Fg("⟦11⟧명이 다쳤다", 11, None, "wounded", "ski12-q-wounded"),
         Fg("관광객 ⟦2⟧명도", 2, None, "wounded", "ski12-q-korean-wounded"),
         Fg("⟦150⟧명 안팎", 150, "about", "other", "ski12-q-evacuated"))),
    Art("ml12-ski-lift", "lalpinlibre.example", "faits-divers/monte-grisone-telecabine-chute", "2026-02-15", "fr",
        "Chute d'une télécabine au Monte Grisone : trois morts, une enquête ouverte",
        ("Trois skieurs ont trouvé la mort et onze autres ont été blessés samedi quand une cabine s'est décrochée du "
         "câble de la télécabine du Monte Grisone. Environ 150 personnes bloquées dans les autres cabines ont dû être "
         "évacuées par les secouristes.",
         "La procureure Carla Benvenuti a ouvert une enquête pour catastrophe involontaire. Selon elle, le frein "
         "d'urgence ne s'est pas déclenché. L'exploitant, Funivie Grisone, affirme pour sa part que l'installation "
         "avait passé sa révision annuelle en décembre.",
         f"«{NB}Aucun de nous n'oubliera ce que nous avons vu ce matin{NB}», a confié le maire de Valbruna di Sopra, "
         "Ettore Sangalli."),
        (St("Selon elle, ⟦le frein d'urgence ne s'est pas déclenché⟧", "Carla Benvenuti", "indirect", "ski12-u2"),
         St("pour sa part que ⟦l'installation avait passé sa révision annuelle en décembre⟧", "Funivie Grisone",
            "indirect", "ski12-u3"),
         St(f"«{NB}⟦Aucun de nous n'oubliera ce que nous avons vu ce matin⟧{NB}»", "Ettore Sangalli", "direct",
            "ski12-u1")),
        (Fg("⟦Trois⟧ skieurs", 3, None, "killed", "ski12-q-killed"),
         Fg("et ⟦onze⟧ autres", 11, None, "wounded", "ski12-q-wounded"),
         Fg("Environ ⟦150⟧ personnes", 150, "about", "other", "ski12-q-evacuated"))),
    Art("ml12-ski-lift", "mountainpost.example", "news/2026/02/14/monte-grisone-gondola-falls", "2026-02-14", "en",
        "Three killed as gondola cabin plunges at Monte Grisone ski resort",
        ("Three skiers were killed and 11 injured on Saturday when a gondola cabin came off its cable at the Monte "
         "Grisone ski area above Valbruna di Sopra.",
         "Rescuers spent the afternoon bringing down 148 people trapped in other cabins, lowering some on ropes and "
         "lifting others out by helicopter, mountain rescue spokesman Luca Ferrarin said. \"None of us will forget "
         "what we saw this morning,\" said the mayor, Ettore Sangalli.",
         "Prosecutor Carla Benvenuti said the emergency brake had failed to engage. Two of the injured are tourists "
         "from South Korea, according to the resort. Lift operator Funivie Grisone said the system had passed its "
         "annual inspection in December."),
        (St("⟦Rescuers spent the afternoon bringing down 148 people trapped in other cabins, lowering some on ropes "
            "and lifting others out by helicopter⟧, mountain", "Luca Ferrarin", "indirect", "ski12-u4"),
         St('"⟦None of us will forget what we saw this morning⟧,"', "Ettore Sangalli", "direct", "ski12-u1"),
         St("Benvenuti said ⟦the emergency brake had failed to engage⟧", "Carla Benvenuti", "indirect", "ski12-u2"),
         St("⟦Two of the injured are tourists from South Korea⟧, according", "Funivie Grisone", "indirect",
            "ski12-u6"),
         St("Grisone said ⟦the system had passed its annual inspection in December⟧", "Funivie Grisone",
            "indirect", "ski12-u3")),
        (Fg("⟦Three⟧ skiers", 3, None, "killed", "ski12-q-killed"),
         Fg("and ⟦11⟧ injured", 11, None, "wounded", "ski12-q-wounded"),
         Fg("down ⟦148⟧ people", 148, None, "other", "ski12-q-evacuated"),
         Fg("⟦Two⟧ of the injured", 2, None, "wounded", "ski12-q-korean-wounded"))),
    # ---------------------------------------------------------------- a smog alert (test)
    Art("ml12-smog-alert", "daehanilbo.example", "news/articleView.html?idxno=219047", "2026-11-20", "ko",
        "서령시 초미세먼지 ‘최고 경보’ 이틀째…호흡기 환자 2천여 명",
        ("서령시에 초미세먼지 최고 단계 경보가 이틀째 이어졌다. 19일 오후 한때 초미세먼지 농도는 ㎥당 268㎍까지 "
         "치솟았고, 이틀 동안 호흡기 질환으로 병원을 찾은 시민은 2천여 명에 이른다. 시내 초·중·고교 412곳은 "
         "20일 휴교했다.",
         "한지원 서령시장은 “오늘은 숨 쉬는 것조차 위험한 날”이라며 외출 자제를 당부했다. 한 시장은 21일부터 "
         "차량 2부제를 시행하겠다고 밝혔다.",
         "서령시 보건환경연구원에 따르면 대기 정체로 미세먼지가 주말까지 빠져나가지 못할 전망이다. 오민석 "
         "서령대병원 호흡기내과 교수는 “천식이 있는 어린이와 노인은 창문을 닫고 실내에 머물러야 한다”고 "
         "강조했다."),
        (St("“⟦오늘은 숨 쉬는 것조차 위험한 날⟧”", "Han Ji-won", "direct", "smog12-u1"),
         St("시장은 ⟦21일부터 차량 2부제를 시행하겠다⟧고", "Han Ji-won", "indirect", "smog12-u2"),
         St("따르면 ⟦대기 정체로 미세먼지가 주말까지 빠져나가지 못할 전망이다⟧",
            "Seoryeong health and environment institute", "indirect", "smog12-u3"),
         St("“⟦천식이 있는 어린이와 노인은 창문을 닫고 실내에 머물러야 한다⟧”", "Oh Min-seok", "direct",
            "smog12-u4")),
        (Fg("㎥당 ⟦268⟧㎍", 268, None, "other", "smog12-q-pm"),
         Fg("시민은 ⟦2천여⟧ 명", 2000, "more than", "other", "smog12-q-patients"),
         Fg("초·중·고교 ⟦412⟧곳", 412, None, "other", "smog12-q-schools"))),
    Art("ml12-smog-alert", "hansespiegel.example", "welt/suedkorea-smogalarm-seoryeong-1.8840", "2026-11-19", "de",
        "Smogalarm in Seoryeong: Schulen zu, Fahrverbote angekündigt",
        ("Die südkoreanische Stadt Seoryeong hat am Donnerstag die höchste Smog-Warnstufe ausgerufen. Die "
         "Feinstaubkonzentration erreichte am Nachmittag 268 Mikrogramm pro Kubikmeter. Mehr als 400 Schulen bleiben "
         "am Freitag geschlossen, rund 1.300 Menschen mussten wegen Atembeschwerden behandelt werden.",
         "„Heute ist schon das Atmen gefährlich“, sagte Bürgermeisterin Han Ji Won. Ab Samstag dürften Autos nur "
         "noch abwechselnd nach geraden und ungeraden Kennzeichen fahren, kündigte sie an.",
         "Nach Einschätzung des städtischen Instituts für Gesundheit und Umwelt hält die Smoglage wegen stehender "
         "Luft bis zum Wochenende an."),
        (St("„⟦Heute ist schon das Atmen gefährlich⟧“", "Han Ji-won", "direct", "smog12-u1"),
         St("⟦Ab Samstag dürften Autos nur noch abwechselnd nach geraden und ungeraden Kennzeichen fahren⟧, "
            "kündigte", "Han Ji-won", "indirect", "smog12-u2"),
         St("Umwelt ⟦hält die Smoglage wegen stehender Luft bis zum Wochenende an⟧",
            "Seoryeong health and environment institute", "indirect", "smog12-u3")),
        (Fg("erreichte am Nachmittag ⟦268⟧ Mikrogramm", 268, None, "other", "smog12-q-pm"),
         Fg("Mehr als ⟦400⟧ Schulen", 400, "more than", "other", "smog12-q-schools"),
         Fg("rund ⟦1.300⟧ Menschen", 1300, "about", "other", "smog12-q-patients"))),
    Art("ml12-smog-alert", "pacificledger.example", "asia/2026/11/19/seoryeong-smog-schools-closed", "2026-11-19",
        "en",
        "Seoryeong shuts schools as smog hits record levels",
        ("Authorities in the South Korean city of Seoryeong closed 412 schools and urged residents to stay indoors "
         "on Thursday after fine-dust levels hit 268 micrograms per cubic metre, far above the recommended daily "
         "limit. More than 1,300 people sought hospital treatment for breathing problems.",
         '"Today, even breathing is dangerous," Mayor Han Ji-won told a news conference. From Saturday, cars will be '
         "allowed on the roads only on alternate days depending on their number plates, she said.",
         "A city official, who asked not to be named, said the traffic restrictions had been held back for two days "
         "under pressure from local businesses. Children and elderly people with asthma should keep their windows "
         "shut, said Oh Min-seok, a lung specialist at Seoryeong University Hospital."),
        (St('"⟦Today, even breathing is dangerous⟧,"', "Han Ji-won", "direct", "smog12-u1"),
         St("⟦From Saturday, cars will be allowed on the roads only on alternate days depending on their number "
            "plates⟧, she said", "Han Ji-won", "indirect", "smog12-u2"),
         St("named, said ⟦the traffic restrictions had been held back for two days under pressure from local "
            "businesses⟧", "Seoryeong city official (anonymous)", "indirect", "smog12-u5"),
         St("⟦Children and elderly people with asthma should keep their windows shut⟧, said", "Oh Min-seok",
            "indirect", "smog12-u4")),
        (Fg("closed ⟦412⟧ schools", 412, None, "other", "smog12-q-schools"),
         Fg("hit ⟦268⟧ micrograms", 268, None, "other", "smog12-q-pm"),
         Fg("More than ⟦1,300⟧ people", 1300, "more than", "other", "smog12-q-patients"))),
    Art("ml12-smog-alert", "cronicaglobal.example", "internacional/2026-11-19/alerta-contaminacion-seoryeong",
        "2026-11-19", "es",
        "Alerta máxima por contaminación en la ciudad surcoreana de Seoryeong",
        ("La ciudad surcoreana de Seoryeong activó este jueves su nivel máximo de alerta por contaminación "
         "atmosférica, con concentraciones de partículas finas de 268 microgramos por metro cúbico. Unas 400 escuelas "
         "cerrarán el viernes y 1.340 personas han sido atendidas por problemas respiratorios.",
         "La alcaldesa, Han Ji-won, afirmó que hoy \"hasta respirar es peligroso\" y anunció que a partir del sábado "
         "los coches circularán en días alternos según su matrícula.",
         "Según el neumólogo Oh Min-seok, los niños y los mayores con asma deben quedarse en casa con las ventanas "
         "cerradas."),
        (St("afirmó que ⟦hoy \"hasta respirar es peligroso\"⟧", "Han Ji-won", "partial", "smog12-u1"),
         St("anunció que ⟦a partir del sábado los coches circularán en días alternos según su matrícula⟧",
            "Han Ji-won", "indirect", "smog12-u2"),
         St("Min-seok, ⟦los niños y los mayores con asma deben quedarse en casa con las ventanas cerradas⟧",
            "Oh Min-seok", "indirect", "smog12-u4")),
        (Fg("finas de ⟦268⟧ microgramos", 268, None, "other", "smog12-q-pm"),
         Fg("Unas ⟦400⟧ escuelas", 400, "about", "other", "smog12-q-schools"),
         Fg("y ⟦1.340⟧ personas", 1340, None, "other", "smog12-q-patients"))),
    Art("ml12-smog-alert", "jornaldoatlantico.example", "mundo/2026/11/19/smog-seoryeong-escolas-fechadas",
        "2026-11-19", "pt",
        "Smog leva cidade sul-coreana a fechar 412 escolas",
        ("A cidade sul-coreana de Seoryeong fechou 412 escolas e pediu aos moradores que não saiam de casa, depois de "
         "a concentração de partículas finas ter chegado a quase 270 microgramas por metro cúbico nesta quinta-feira. "
         "Cerca de 1.300 pessoas procuraram hospitais com dificuldades respiratórias.",
         "“Hoje, até respirar é perigoso”, declarou a prefeita Han Ji-won. De acordo com o instituto municipal de "
         "saúde e ambiente, a poluição deve persistir até o fim de semana por causa da estagnação do ar.",
         "Um funcionário da prefeitura, sob anonimato, afirmou que as restrições ao trânsito foram adiadas por "
         "pressão de comerciantes."),
        (St("“⟦Hoje, até respirar é perigoso⟧”", "Han Ji-won", "direct", "smog12-u1"),
         St("ambiente, ⟦a poluição deve persistir até o fim de semana por causa da estagnação do ar⟧",
            "Seoryeong health and environment institute", "indirect", "smog12-u3"),
         St("afirmou que ⟦as restrições ao trânsito foram adiadas por pressão de comerciantes⟧",
            "Seoryeong city official (anonymous)", "indirect", "smog12-u5")),
        (Fg("fechou ⟦412⟧ escolas", 412, None, "other", "smog12-q-schools"),
         Fg("quase ⟦270⟧ microgramas", 270, "nearly", "other", "smog12-q-pm"),
         Fg("Cerca de ⟦1.300⟧ pessoas", 1300, "about", "other", "smog12-q-patients"))),
    # ---------------------------------------------------------------- a stadium fire (test)
    Art("ml12-stadium-fire", "folhadaserra.example", "esportes/2026/05/10/incendio-estadio-vila-serrana",
        "2026-05-10", "pt",
        "Incêndio na arquibancada do Estádio Municipal de Vila Serrana deixa dois mortos",
        ("Dois torcedores morreram e 57 ficaram feridos no incêndio que atingiu a arquibancada norte do Estádio "
         "Municipal de Vila Serrana na noite de sábado, durante o clássico entre o Serrano e o Atlético Pinheirense. "
         "Cerca de 31 mil pessoas assistiam à partida.",
         "Segundo a tenente-coronel Sílvia Marcondes, do Corpo de Bombeiros, o fogo começou com sinalizadores lançados "
         "na arquibancada e se espalhou pelas cadeiras de plástico. “É inadmissível que uma festa do futebol termine "
         "em tragédia”, afirmou o prefeito Otávio Brandão.",
         "O presidente do Serrano, Wálter Noronha, disse que o clube vai pagar as despesas médicas dos feridos. De "
         "acordo com uma fonte da Polícia Militar, 14 torcedores foram detidos. O atacante sul-coreano Lee Dong-gyu, "
         "do Serrano, escreveu nas redes sociais que reza pela recuperação dos torcedores."),
        (St("Bombeiros, ⟦o fogo começou com sinalizadores lançados na arquibancada e se espalhou pelas cadeiras de "
            "plástico⟧", "Sílvia Marcondes", "indirect", "stad12-u2"),
         St("“⟦É inadmissível que uma festa do futebol termine em tragédia⟧”", "Otávio Brandão", "direct",
            "stad12-u1"),
         St("disse que ⟦o clube vai pagar as despesas médicas dos feridos⟧", "Wálter Noronha", "indirect",
            "stad12-u3"),
         St("Militar, ⟦14 torcedores foram detidos⟧", "Vila Serrana police source", "indirect", "stad12-u5"),
         St("sociais que ⟦reza pela recuperação dos torcedores⟧", "Lee Dong-gyu", "indirect", "stad12-u4")),
        (Fg("⟦Dois⟧ torcedores", 2, None, "killed", "stad12-q-killed"),
         Fg("e ⟦57⟧ ficaram", 57, None, "wounded", "stad12-q-wounded"),
         Fg("Cerca de ⟦31 mil⟧ pessoas", 31_000, "about", "other", "stad12-q-crowd"),
         Fg("Militar, ⟦14⟧ torcedores", 14, None, "other", "stad12-q-detained"))),
    Art("ml12-stadium-fire", "planetagol.example", "futbol/2026-05-10/incendio-grada-vila-serrana", "2026-05-10",
        "es",
        "Dos muertos en un incendio en las gradas del estadio de Vila Serrana",
        ("Dos aficionados murieron y casi 60 resultaron heridos en el incendio que se declaró el sábado por la noche "
         "en la grada norte del Estadio Municipal de Vila Serrana, donde más de 30.000 personas presenciaban el "
         "partido entre el Serrano y el Atlético Pinheirense.",
         "\"Es inadmisible que una fiesta del fútbol termine en tragedia\", declaró el alcalde, Otávio Brandão. Según "
         "la teniente coronel de bomberos Sílvia Marcondes, las bengalas lanzadas a la grada prendieron los asientos "
         "de plástico.",
         "El presidente del club, Wálter Noronha, aseguró que el Serrano correrá con los gastos médicos de los "
         "heridos."),
        (St("\"⟦Es inadmisible que una fiesta del fútbol termine en tragedia⟧\"", "Otávio Brandão", "direct",
            "stad12-u1"),
         St("Marcondes, ⟦las bengalas lanzadas a la grada prendieron los asientos de plástico⟧", "Sílvia Marcondes",
            "indirect", "stad12-u2"),
         St("aseguró que ⟦el Serrano correrá con los gastos médicos de los heridos⟧", "Wálter Noronha", "indirect",
            "stad12-u3")),
        (Fg("⟦Dos⟧ aficionados", 2, None, "killed", "stad12-q-killed"),
         Fg("casi ⟦60⟧ resultaron", 60, "nearly", "wounded", "stad12-q-wounded"),
         Fg("más de ⟦30.000⟧ personas", 30_000, "more than", "other", "stad12-q-crowd"))),
    Art("ml12-stadium-fire", "sportkurier.example", "fussball/vila-serrana-stadionbrand-1.6604", "2026-05-10", "de",
        "Brand im Stadion von Vila Serrana: Zwei Tote",
        ("Bei einem Feuer auf der Nordtribüne des Stadions von Vila Serrana sind am Samstagabend zwei Fans ums Leben "
         "gekommen. Mindestens 57 Menschen wurden verletzt. Rund 31.000 Zuschauer verfolgten das Spiel.",
         "Laut Feuerwehrkommandantin Sílvia Marcondes setzten Pyros, die auf die Tribüne geworfen wurden, die "
         "Plastiksitze in Brand. Bürgermeister Otávio Brandão nannte es „unerträglich, dass ein Fußballfest in einer "
         "Tragödie endet“.",
         "Auch der südkoreanische Stürmer des Vereins, Lee Dong Gyu, meldete sich zu Wort: Er bete für die "
         "verletzten Fans, schrieb er in den sozialen Medien. Die Polizei nahm 14 Anhänger fest."),
        (St("Marcondes ⟦setzten Pyros, die auf die Tribüne geworfen wurden, die Plastiksitze in Brand⟧",
            "Sílvia Marcondes", "indirect", "stad12-u2"),
         St("nannte es ⟦„unerträglich, dass ein Fußballfest in einer Tragödie endet“⟧", "Otávio Brandão", "partial",
            "stad12-u1"),
         St("⟦Er bete für die verletzten Fans⟧, schrieb", "Lee Dong-gyu", "indirect", "stad12-u4")),
        (Fg("sind am Samstagabend ⟦zwei⟧ Fans", 2, None, "killed", "stad12-q-killed"),
         Fg("Mindestens ⟦57⟧ Menschen", 57, "at least", "wounded", "stad12-q-wounded"),
         Fg("Rund ⟦31.000⟧ Zuschauer", 31_000, "about", "other", "stad12-q-crowd"),
         Fg("nahm ⟦14⟧ Anhänger", 14, None, "other", "stad12-q-detained"))),
    Art("ml12-stadium-fire", "hanguksports.example", "news/articleView.html?idxno=66721", "2026-05-10", "ko",
        "이동규 소속팀 홈구장서 화재…관중 2명 사망·57명 부상",
        ("이동규가 뛰고 있는 세하누 클럽의 홈구장 빌라 세하나 시립경기장에서 9일 밤(현지시간) 화재가 발생해 관중 "
         "2명이 숨지고 57명이 다쳤다. 당시 경기장에는 3만1천여 명이 있었다.",
         "이동규는 자신의 소셜미디어에 “다친 팬들이 하루빨리 회복하기를 기도한다”는 글을 올렸다.",
         "현지 소방당국의 실비아 마르콘지스 중령은 관중석에 던져진 조명탄이 플라스틱 좌석에 옮겨붙었다고 "
         "설명했다. 바우테르 노로냐 구단 회장은 부상자 치료비를 전액 부담하겠다고 밝혔다."),
        (St("“⟦다친 팬들이 하루빨리 회복하기를 기도한다⟧”", "Lee Dong-gyu", "direct", "stad12-u4"),
         St("중령은 ⟦관중석에 던져진 조명탄이 플라스틱 좌석에 옮겨붙었다⟧고", "Sílvia Marcondes", "indirect",
            "stad12-u2"),
         St("회장은 ⟦부상자 치료비를 전액 부담하겠다⟧고", "Wálter Noronha", "indirect", "stad12-u3")),
        (Fg("관중 ⟦2⟧명이", 2, None, "killed", "stad12-q-killed"),
         Fg("⟦57⟧명이 다쳤다", 57, None, "wounded", "stad12-q-wounded"),
         Fg("⟦3만1천여⟧ 명이", 31_000, "more than", "other", "stad12-q-crowd"))),
    Art("ml12-stadium-fire", "corrieredelpallone.example", "calcio/2026/05/10/vila-serrana-incendio-curva",
        "2026-05-10", "it",
        "Incendio in curva a Vila Serrana: due tifosi morti",
        ("Due tifosi sono morti e una sessantina sono rimasti feriti sabato sera nell'incendio scoppiato nella curva "
         "nord dello stadio municipale di Vila Serrana, dove 31mila spettatori assistevano alla partita tra il "
         "Serrano e l'Atlético Pinheirense.",
         "Secondo la comandante dei vigili del fuoco, Sílvia Marcondes, alcuni fumogeni lanciati sugli spalti hanno "
         "incendiato i seggiolini di plastica. «È inaccettabile che una festa del calcio finisca in tragedia», ha "
         "commentato il sindaco Otávio Brandão.",
         "Il presidente del club, Wálter Noronha, ha promesso che la società pagherà le cure dei feriti. Quattordici "
         "tifosi sono stati fermati, secondo fonti di polizia."),
        (St("Marcondes, ⟦alcuni fumogeni lanciati sugli spalti hanno incendiato i seggiolini di plastica⟧",
            "Sílvia Marcondes", "indirect", "stad12-u2"),
         St("«⟦È inaccettabile che una festa del calcio finisca in tragedia⟧»", "Otávio Brandão", "direct",
            "stad12-u1"),
         St("promesso che ⟦la società pagherà le cure dei feriti⟧", "Wálter Noronha", "indirect", "stad12-u3"),
         St("⟦Quattordici tifosi sono stati fermati⟧, secondo", "Vila Serrana police source", "indirect",
            "stad12-u5")),
        (Fg("⟦Due⟧ tifosi", 2, None, "killed", "stad12-q-killed"),
         Fg("e ⟦una sessantina⟧ sono", 60, "about", "wounded", "stad12-q-wounded"),
         Fg("dove ⟦31mila⟧ spettatori", 31_000, None, "other", "stad12-q-crowd"),
         Fg("⟦Quattordici⟧ tifosi", 14, None, "other", "stad12-q-detained"))),
    # ---------------------------------------------------------------- a storm surge (test)
    Art("ml12-storm-surge", "ouestmarin.example", "littoral/port-aubrac-submersion-melisande", "2026-10-28", "fr",
        "Submersion marine à Port-Aubrac : trois morts, deux disparus",
        ("Trois personnes sont mortes et deux autres sont recherchées après la submersion marine provoquée dans la "
         "nuit de mardi à mercredi par la tempête Mélisande à Port-Aubrac. Plus de "
         f"4{NB}700 habitants ont été évacués et quelque 1{NB}200 logements ont été inondés.",
         f"«{NB}La mer est entrée dans les maisons en quelques minutes, personne n'a eu le temps de réagir{NB}», a "
         "raconté le préfet, Bertrand Lacombe-Vidal. L'ordre d'évacuation reste en vigueur jusqu'à jeudi, a-t-il "
         "ajouté.",
         "D'après Météo-Lanvern, la marée haute de mercredi soir pourrait faire remonter l'eau. La maire, Nadège "
         f"Kerhervé, estime que le quartier du Môle «{NB}ne sera plus jamais le même{NB}»."),
        (St(f"«{NB}⟦La mer est entrée dans les maisons en quelques minutes, personne n'a eu le temps de réagir⟧{NB}»",
            "Bertrand Lacombe-Vidal", "direct", "surge12-u1"),
         St("⟦L'ordre d'évacuation reste en vigueur jusqu'à jeudi⟧, a-t-il", "Bertrand Lacombe-Vidal", "indirect",
            "surge12-u2"),
         St("Météo-Lanvern, ⟦la marée haute de mercredi soir pourrait faire remonter l'eau⟧", "Météo-Lanvern",
            "indirect", "surge12-u3"),
         St(f"estime que ⟦le quartier du Môle «{NB}ne sera plus jamais le même{NB}»⟧", "Nadège Kerhervé", "partial",
            "surge12-u4")),
        (Fg("⟦Trois⟧ personnes", 3, None, "killed", "surge12-q-killed"),
         Fg("et ⟦deux⟧ autres", 2, None, "missing", "surge12-q-missing"),
         Fg(f"Plus de ⟦4{NB}700⟧ habitants", 4700, "more than", "displaced", "surge12-q-evacuated"),
         Fg(f"quelque ⟦1{NB}200⟧ logements", 1200, "about", "other", "surge12-q-homes"))),
    Art("ml12-storm-surge", "kuestenbote.example", "welt/sturmflut-port-aubrac-1.4471", "2026-10-28", "de",
        "Sturmflut in Port-Aubrac: Drei Tote, Tausende evakuiert",
        ("Eine Sturmflut hat in der Nacht zum Mittwoch die Küstenstadt Port-Aubrac überschwemmt. Drei Menschen "
         "starben, zwei werden vermisst. Rund 4.700 Einwohner mussten ihre Häuser verlassen, etwa 1.200 Wohnungen "
         "stehen unter Wasser.",
         "„Das Meer war innerhalb weniger Minuten in den Häusern, niemand hatte Zeit zu reagieren“, sagte Präfekt "
         "Bertrand Lacombe-Vidal. Der Wetterdienst Météo-Lanvern warnte, dass die Flut am Mittwochabend das Wasser "
         "erneut steigen lassen könne.",
         "Ein Feuerwehrmann, der nicht namentlich genannt werden wollte, berichtete, einige Bewohner hätten sich "
         "geweigert, ihre Häuser zu verlassen. Die Schäden werden auf mindestens 85 Millionen Euro geschätzt."),
        (St("„⟦Das Meer war innerhalb weniger Minuten in den Häusern, niemand hatte Zeit zu reagieren⟧“",
            "Bertrand Lacombe-Vidal", "direct", "surge12-u1"),
         St("warnte, dass ⟦die Flut am Mittwochabend das Wasser erneut steigen lassen könne⟧", "Météo-Lanvern",
            "indirect", "surge12-u3"),
         St("berichtete, ⟦einige Bewohner hätten sich geweigert, ihre Häuser zu verlassen⟧",
            "Port-Aubrac firefighter (anonymous)", "indirect", "surge12-u5")),
        (Fg("⟦Drei⟧ Menschen", 3, None, "killed", "surge12-q-killed"),
         Fg("⟦zwei⟧ werden", 2, None, "missing", "surge12-q-missing"),
         Fg("Rund ⟦4.700⟧ Einwohner", 4700, "about", "displaced", "surge12-q-evacuated"),
         Fg("etwa ⟦1.200⟧ Wohnungen", 1200, "about", "other", "surge12-q-homes"),
         Fg("mindestens ⟦85 Millionen Euro⟧", 85_000_000, "at least", "money", "surge12-q-damage"))),
    Art("ml12-storm-surge", "gukjeilbo.example", "news/articleView.html?idxno=140392", "2026-10-29", "ko",
        "폭풍 ‘멜리장드’ 해일에 포르토브라크 침수…4명 사망",
        ("폭풍 ‘멜리장드’가 몰고 온 해일이 27일 밤 항구도시 포르토브라크를 덮쳐 4명이 숨지고 1명이 실종됐다. 주민 "
         "4천700여 명이 대피했고 주택 1천200여 채가 물에 잠겼다.",
         "베르트랑 라콩브비달 도지사는 “바닷물이 몇 분 만에 집 안으로 들이닥쳐 아무도 대응할 시간이 없었다”고 "
         "말했다. 그는 대피령을 목요일까지 유지하겠다고 밝혔다.",
         "현지 기상청에 따르면 28일 저녁 만조 때 다시 물이 차오를 가능성이 있다."),
        (St("“⟦바닷물이 몇 분 만에 집 안으로 들이닥쳐 아무도 대응할 시간이 없었다⟧”", "Bertrand Lacombe-Vidal",
            "direct", "surge12-u1"),
         St("그는 ⟦대피령을 목요일까지 유지하겠다⟧고", "Bertrand Lacombe-Vidal", "indirect", "surge12-u2"),
         St("따르면 ⟦28일 저녁 만조 때 다시 물이 차오를 가능성이 있다⟧", "Météo-Lanvern", "indirect",
            "surge12-u3")),
        (Fg("⟦4⟧명이 숨지고", 4, None, "killed", "surge12-q-killed"),
         Fg("⟦1⟧명이 실종", 1, None, "missing", "surge12-q-missing"),
         Fg("주민 ⟦4천700여⟧ 명", 4700, "more than", "displaced", "surge12-q-evacuated"),
         Fg("주택 ⟦1천200여⟧ 채", 1200, "more than", "other", "surge12-q-homes"))),
    Art("ml12-storm-surge", "channelobserver.example", "world/2026/10/29/port-aubrac-storm-surge-toll",
        "2026-10-29", "en",
        "Storm surge death toll rises to four in Port-Aubrac",
        ("The death toll from the storm surge that swamped the coastal town of Port-Aubrac rose to four on Thursday "
         "after rescuers found the body of a fisherman, the prefecture said. One person remains missing. At least "
         "4,700 people were evacuated as storm Mélisande drove the sea into the streets.",
         "Prefect Bertrand Lacombe-Vidal said the sea had come into homes within minutes, leaving \"no one any time to "
         "react\". Mayor Nadège Kerhervé said the harbour district would \"never be the same again\".",
         "Damage is estimated at more than €85 million."),
        (St("⟦The death toll from the storm surge that swamped the coastal town of Port-Aubrac rose to four on "
            "Thursday after rescuers found the body of a fisherman⟧, the prefecture", "Bas-Lanvern prefecture",
            "indirect", "surge12-u7"),
         St("Lacombe-Vidal said ⟦the sea had come into homes within minutes, leaving \"no one any time to react\"⟧",
            "Bertrand Lacombe-Vidal", "partial", "surge12-u1"),
         St("Kerhervé said ⟦the harbour district would \"never be the same again\"⟧", "Nadège Kerhervé", "partial",
            "surge12-u4")),
        (Fg("rose to ⟦four⟧ on", 4, None, "killed", "surge12-q-killed"),
         Fg("⟦One⟧ person remains", 1, None, "missing", "surge12-q-missing"),
         Fg("At least ⟦4,700⟧ people", 4700, "at least", "displaced", "surge12-q-evacuated"),
         Fg("more than ⟦€85 million⟧", 85_000_000, "more than", "money", "surge12-q-damage"))),
    Art("ml12-storm-surge", "elatlanticonorte.example", "internacional/2026-10-28/marejada-port-aubrac",
        "2026-10-28", "es",
        "Tres muertos y dos desaparecidos por la marejada en Port-Aubrac",
        ("Al menos tres personas murieron y otras dos están desaparecidas tras la marejada provocada por la tormenta "
         "Mélisande, que anegó en la madrugada del miércoles la localidad costera de Port-Aubrac. Unos 4.700 vecinos "
         "fueron evacuados.",
         "El prefecto Bertrand Lacombe-Vidal explicó que el mar \"entró en las casas en cuestión de minutos\" y que "
         "nadie tuvo tiempo de reaccionar. Un bombero que pidió el anonimato contó que algunos vecinos se negaron a "
         "abandonar sus viviendas.",
         "La alcaldesa, Nadège Kerhervé, advirtió de que el barrio del Muelle \"nunca volverá a ser el mismo\". Los "
         "daños superan los 85 millones de euros, según las aseguradoras."),
        (St("explicó que ⟦el mar \"entró en las casas en cuestión de minutos\" y que nadie tuvo tiempo de "
            "reaccionar⟧", "Bertrand Lacombe-Vidal", "partial", "surge12-u1"),
         St("contó que ⟦algunos vecinos se negaron a abandonar sus viviendas⟧", "Port-Aubrac firefighter (anonymous)",
            "indirect", "surge12-u5"),
         St("advirtió de que ⟦el barrio del Muelle \"nunca volverá a ser el mismo\"⟧", "Nadège Kerhervé", "partial",
            "surge12-u4"),
         St("⟦Los daños superan los 85 millones de euros⟧, según", "Bas-Lanvern insurers", "indirect",
            "surge12-u6")),
        (Fg("Al menos ⟦tres⟧ personas", 3, "at least", "killed", "surge12-q-killed"),
         Fg("otras ⟦dos⟧ están", 2, None, "missing", "surge12-q-missing"),
         Fg("Unos ⟦4.700⟧ vecinos", 4700, "about", "displaced", "surge12-q-evacuated"),
         Fg("superan los ⟦85 millones de euros⟧", 85_000_000, "more than", "money", "surge12-q-damage"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_44: dict[str, tuple[str, ...]] = {
    "Ulrike Stammler": ("Ulrike Stammler", "Stammler", "울리케 슈탐믈러", "슈탐믈러", "울리케 슈탐믈러 시장",
                        "Bürgermeisterin Ulrike Stammler", "Mayor Ulrike Stammler", "sindaca Ulrike Stammler",
                        "maire"),
    "Jens Obermaier": ("Jens Obermaier", "Obermaier", "Kreisbrandmeister Jens Obermaier",
                       "District fire chief Jens Obermaier"),
    "Velkenau fire service": ("소방당국", "현지 소방당국", "Velkenau fire service"),
    "Staatsanwaltschaft Velkenau": ("Staatsanwaltschaft", "Staatsanwaltschaft Velkenau", "Prosecutors", "검찰",
                                    "parquet de Velkenau", "parquet"),
    "Velkenau judicial source": ("fonte giudiziaria", "una fonte giudiziaria"),
    "Marta Queiroga": ("Marta Queiroga", "Queiroga", "마르타 케이로가", "케이로가", "마르타 케이로가 환경장관",
                       "Umweltsekretärin Marta Queiroga", "secretária do Ambiente", "secretaria de Medio Ambiente",
                       "regional environment secretary Marta Queiroga"),
    "Inês Valadares": ("Inês Valadares", "Inés Valadares", "Ines Valadares", "Valadares", "이네스 발라다레스",
                       "발라다레스", "이네스 발라다레스 바이아프리아대 해양생물학 교수", "Meeresbiologin Inês Valadares"),
    "Aquícola Barra Fria": ("Aquícola Barra Fria", "Barra Fria", "아쿠이콜라 바하 프리아", "아쿠이콜라 바하 프리아 측",
                            "양식업체", "Betreiber", "empresa"),
    "Quelmar environment agency source": ("técnico do órgão ambiental", "official at the environment agency",
                                          "Quelmar environment agency source"),
    "Quelmar environment authorities": ("autoridades ambientales", "Quelmar environment authorities"),
    "Rocío Almagro": ("Rocío Almagro", "Rocio Almagro", "Almagro", "로시오 알마그로", "알마그로",
                      "로시오 알마그로 교육장관", "알마그로 장관", "Bildungsministerin Rocío Almagro",
                      "consejera de Educación", "ministre régionale de l'Éducation",
                      "assessora regionale all'Istruzione Rocío Almagro"),
    "Esteban Ruiz Lanza": ("Esteban Ruiz Lanza", "Ruiz Lanza", "에스테반 루이스 란사", "에스테반 루이스 란사 대위",
                           "capitán Esteban Ruiz Lanza", "capitaine Esteban Ruiz Lanza",
                           "Hauptmann Esteban Ruiz Lanza", "capitano Esteban Ruiz Lanza"),
    "Autocares Peñaroja": ("Autocares Peñaroja", "Peñaroja", "Busunternehmen", "버스 회사", "버스 회사 측",
                           "ditta di trasporti", "empresa"),
    "Alcorna truck driver": ("camionero", "un camionero", "camionista", "un camionista"),
    "Lurdes Amaral": ("Lurdes Amaral", "Amaral", "루르드스 아마랄", "아마랄", "루르드스 아마랄 지방정부 수반",
                      "Regionalpräsidentin Lurdes Amaral", "regional president Lurdes Amaral",
                      "presidente do Governo Regional", "présidente du gouvernement régional"),
    "Amílcar Teixeira": ("Amílcar Teixeira", "Amilcar Teixeira", "Teixeira", "아밀카르 테이셰이라",
                         "아밀카르 테이셰이라 항만청장", "Hafenkapitän Amílcar Teixeira",
                         "Harbour master Amílcar Teixeira", "capitão do porto", "comandante Amílcar Teixeira",
                         "capitaine du port"),
    "Park Ji-hoon": ("Park Ji-hoon", "Park Ji Hoon", "박지훈", "박지훈 대변인", "박 대변인", "한울해운 박지훈 대변인",
                     "Hanul Shipping spokesman Park Ji-hoon"),
    "Transportes Marítimos do Corvelo": ("Transportes Marítimos do Corvelo", "Fährbetreiber"),
    "Polícia Marítima": ("Polícia Marítima",),
    "Polícia Marítima source": ("fonte da Polícia Marítima", "Uma fonte da Polícia Marítima"),
    "Corvelo investigation source": ("source proche de l'enquête", "une source proche de l'enquête"),
    "Ettore Sangalli": ("Ettore Sangalli", "Sangalli", "에토레 산갈리", "Bürgermeister Ettore Sangalli",
                        "sindaco Ettore Sangalli", "maire de Valbruna di Sopra", "mayor"),
    "Carla Benvenuti": ("Carla Benvenuti", "Benvenuti", "카를라 벤베누티", "카를라 벤베누티 검사",
                        "Staatsanwältin Carla Benvenuti", "procuratrice Carla Benvenuti", "procureure Carla Benvenuti",
                        "Prosecutor Carla Benvenuti"),
    "Luca Ferrarin": ("Luca Ferrarin", "Ferrarin", "루카 페라린", "루카 페라린 산악구조대 대변인",
                      "mountain rescue spokesman Luca Ferrarin", "portavoce del Soccorso alpino"),
    "Funivie Grisone": ("Funivie Grisone", "Betreibergesellschaft", "exploitant", "Lift operator Funivie Grisone",
                        "resort", "società"),
    "Valbruna Korean embassy official": ("현지 한국대사관 관계자", "한국대사관 관계자", "한국대사관"),
    "Han Ji-won": ("Han Ji-won", "Han Ji Won", "한지원", "한지원 서령시장", "한 시장", "Bürgermeisterin Han Ji Won",
                   "Mayor Han Ji-won", "alcaldesa", "prefeita Han Ji-won"),
    "Oh Min-seok": ("Oh Min-seok", "Oh Min Seok", "오민석", "오민석 서령대병원 호흡기내과 교수",
                    "neumólogo Oh Min-seok"),
    "Seoryeong health and environment institute": ("서령시 보건환경연구원", "보건환경연구원",
                                                   "Instituts für Gesundheit und Umwelt",
                                                   "instituto municipal de saúde e ambiente"),
    "Seoryeong city official (anonymous)": ("city official", "A city official", "funcionário da prefeitura",
                                            "Um funcionário da prefeitura"),
    "Otávio Brandão": ("Otávio Brandão", "Otavio Brandao", "Brandão", "오타비우 브랑당", "prefeito Otávio Brandão",
                       "alcalde", "Bürgermeister Otávio Brandão", "sindaco Otávio Brandão"),
    "Sílvia Marcondes": ("Sílvia Marcondes", "Silvia Marcondes", "Marcondes", "실비아 마르콘지스",
                         "실비아 마르콘지스 중령", "tenente-coronel Sílvia Marcondes",
                         "teniente coronel de bomberos Sílvia Marcondes", "Feuerwehrkommandantin Sílvia Marcondes",
                         "comandante dei vigili del fuoco"),
    "Wálter Noronha": ("Wálter Noronha", "Walter Noronha", "Noronha", "바우테르 노로냐", "바우테르 노로냐 구단 회장",
                       "presidente do Serrano", "presidente del club"),
    "Lee Dong-gyu": ("Lee Dong-gyu", "Lee Dong Gyu", "이동규", "atacante sul-coreano Lee Dong-gyu"),
    "Vila Serrana police source": ("fonte da Polícia Militar", "uma fonte da Polícia Militar", "fonti di polizia"),
    "Bertrand Lacombe-Vidal": ("Bertrand Lacombe-Vidal", "Lacombe-Vidal", "베르트랑 라콩브비달", "라콩브비달",
                               "베르트랑 라콩브비달 도지사", "préfet", "Präfekt Bertrand Lacombe-Vidal",
                               "Prefect Bertrand Lacombe-Vidal", "prefecto Bertrand Lacombe-Vidal"),
    "Nadège Kerhervé": ("Nadège Kerhervé", "Nadege Kerherve", "Kerhervé", "maire", "Mayor Nadège Kerhervé",
                        "alcaldesa"),
    "Météo-Lanvern": ("Météo-Lanvern", "Wetterdienst Météo-Lanvern", "현지 기상청", "기상청"),
    "Port-Aubrac firefighter (anonymous)": ("Feuerwehrmann", "Ein Feuerwehrmann", "bombero", "Un bombero"),
    "Bas-Lanvern prefecture": ("prefecture", "the prefecture", "préfecture"),
    "Bas-Lanvern insurers": ("aseguradoras", "las aseguradoras"),
}
