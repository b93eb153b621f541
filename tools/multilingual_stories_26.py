"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them; every place, person, company, outlet and figure is invented.
Stories here (both test, listed in TEST_STORIES there): a blast at a quarry that injures workers and damages houses
nearby (the toll of injured, damaged houses and evacuated residents revised over two days), and a school group's raft
swept away on a swollen river (rescued, missing, then one found dead). A mayor's quote split in two by one outlet is
two statements of one utterance; houses damaged and people rescued are `other`.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_26: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a blast at a quarry (test)
    Art("ml6-quarry-blast", "ilpiccolodellaval.example", "cronaca/2026/05/19/trezzolo-alto-esplosione-cava",
        "2026-05-19", "it",
        "Trezzolo Alto, volata finita male nella cava: quattro operai feriti e case danneggiate",
        ("Una volata di mine finita male nella cava del Monte Ferlaro ha ferito quattro operai e danneggiato una "
         "trentina di abitazioni della frazione di Casale Verzino, a Trezzolo Alto. Circa 80 residenti hanno "
         "lasciato le loro case in via precauzionale.",
         "«Sembrava un terremoto, i sassi sono arrivati fin dentro i cortili», ha detto la sindaca Ottavia "
         "Brenzoni, che ha fatto aprire la palestra comunale per le famiglie sfollate. Secondo la sindaca, nessuno "
         "dei residenti è rimasto ferito.",
         "In una nota la Lusardi Estrazioni, che gestisce la cava, sostiene che la carica «rispettava il piano di "
         "brillamento autorizzato». L'ispettore del lavoro Renato Quaglini ha annunciato che verificherà le "
         "distanze di sicurezza e ha disposto la sospensione dell'attività.",
         "Uno degli operai è ricoverato in prognosi riservata all'ospedale di Castel Dorvino."),
        (St("«⟦Sembrava un terremoto, i sassi sono arrivati fin dentro i cortili⟧»", "Ottavia Brenzoni", "direct",
            "quarry-u1"),
         St("sindaca, ⟦nessuno dei residenti è rimasto ferito⟧", "Ottavia Brenzoni", "indirect", "quarry-u2"),
         St("sostiene che ⟦la carica «rispettava il piano di brillamento autorizzato»⟧", "Lusardi Estrazioni",
            "partial", "quarry-u3"),
         St("annunciato che ⟦verificherà le distanze di sicurezza⟧", "Renato Quaglini", "indirect", "quarry-u4")),
        (Fg("ferito ⟦quattro⟧ operai", 4, None, "wounded", "quarry-q-injured"),
         Fg("danneggiato ⟦una trentina⟧ di abitazioni", 30, "about", "other", "quarry-q-houses"),
         Fg("Circa ⟦80⟧ residenti", 80, "about", "displaced", "quarry-q-evacuated"))),
    Art("ml6-quarry-blast", "talbote-online.example", "panorama/steinbruch-sprengung-trezzolo-alto-1.8812",
        "2026-05-19", "de",
        "Sprengung im Steinbruch geht schief: Vier Arbeiter verletzt",
        ("Bei einer missglückten Sprengung im Steinbruch am Monte Ferlaro in Norditalien sind am Dienstag vier "
         "Arbeiter verletzt worden, einer von ihnen schwer. Gesteinsbrocken flogen bis in den Ortsteil Casale "
         "Verzino der Gemeinde Trezzolo Alto und beschädigten mehr als 25 Häuser.",
         "Rund 80 Anwohner mussten ihre Wohnungen verlassen. „Es war wie bei einem Erdbeben“, sagte "
         "Bürgermeisterin Ottavia Brenzoni. Die Steine seien bis in die Innenhöfe geflogen, fügte sie hinzu.",
         "Laut dem Betreiber Lusardi Estrazioni entsprach die Sprengladung dem genehmigten Sprengplan. "
         "Arbeitsinspektor Renato Quaglini kündigte an, er werde prüfen, ob die Sicherheitsabstände eingehalten "
         "worden seien. Der Betrieb im Steinbruch ruht bis auf Weiteres."),
        (St("„⟦Es war wie bei einem Erdbeben⟧“", "Ottavia Brenzoni", "direct", "quarry-u1"),
         St("⟦Die Steine seien bis in die Innenhöfe geflogen⟧, fügte", "Ottavia Brenzoni", "indirect", "quarry-u1"),
         St("Lusardi Estrazioni ⟦entsprach die Sprengladung dem genehmigten Sprengplan⟧", "Lusardi Estrazioni",
            "indirect", "quarry-u3"),
         St("kündigte an, ⟦er werde prüfen, ob die Sicherheitsabstände eingehalten worden seien⟧",
            "Renato Quaglini", "indirect", "quarry-u4")),
        (Fg("⟦vier⟧ Arbeiter", 4, None, "wounded", "quarry-q-injured"),
         Fg("mehr als ⟦25⟧ Häuser", 25, "more than", "other", "quarry-q-houses"),
         Fg("Rund ⟦80⟧ Anwohner", 80, "about", "displaced", "quarry-q-evacuated"))),
    Art("ml6-quarry-blast", "saerominilbo.example", "news/articleView.html?idxno=51873", "2026-05-20", "ko",
        "이탈리아 채석장 발파 사고…노동자 4명 부상·주택 27채 파손",
        ("이탈리아 북부 트레촐로 알토의 몬테 페를라로 채석장에서 19일 발파 작업 도중 사고가 나 노동자 4명이 "
         "다치고 인근 마을 주택 27채가 파손됐다. 주민 80여 명이 집을 떠나 대피했다.",
         "오타비아 브렌초니 시장은 “마치 지진이 난 것 같았다”며 “돌덩이가 집 마당 안까지 날아들었다”고 말했다. "
         "그는 대피한 가족들이 시립 체육관에서 밤을 보내게 된다고 덧붙였다.",
         "레나토 콸리니 근로감독관에 따르면 당국은 발파 당시 안전거리가 지켜졌는지 조사할 예정이다. 채석장 "
         "운영사인 루사르디 에스트라치오니 측은 “허가된 발파 계획에 따라 작업했다”는 입장을 냈다."),
        (St("“⟦마치 지진이 난 것 같았다⟧”", "Ottavia Brenzoni", "direct", "quarry-u1"),
         St("“⟦돌덩이가 집 마당 안까지 날아들었다⟧”", "Ottavia Brenzoni", "direct", "quarry-u1"),
         St("그는 ⟦대피한 가족들이 시립 체육관에서 밤을 보내게 된다⟧고", "Ottavia Brenzoni", "indirect",
            "quarry-u5"),
         St("따르면 ⟦당국은 발파 당시 안전거리가 지켜졌는지 조사할 예정이다⟧", "Renato Quaglini", "indirect",
            "quarry-u4"),
         St("“⟦허가된 발파 계획에 따라 작업했다⟧”", "Lusardi Estrazioni", "direct", "quarry-u3")),
        (Fg("노동자 ⟦4⟧명", 4, None, "wounded", "quarry-q-injured"),
         Fg("주택 ⟦27⟧채", 27, None, "other", "quarry-q-houses"),
         Fg("주민 ⟦80여⟧ 명", 80, "more than", "displaced", "quarry-q-evacuated"))),
    Art("ml6-quarry-blast", "thevalleydispatch.example", "europe/2026/05/20/italy-quarry-blast-homes",
        "2026-05-20", "en",
        "Quarry blast injures four workers and damages homes in northern Italy",
        ("Four workers were hurt, one of them seriously, when a blast at a quarry on Monte Ferlaro went wrong on "
         "Tuesday, showering the hamlet of Casale Verzino with rocks. Officials in Trezzolo Alto said 27 homes had "
         "been damaged and about 90 residents had been moved out overnight.",
         '"It felt like an earthquake," said Mayor Ottavia Brenzoni. "Stones landed right inside people\'s '
         'courtyards." She said the evacuated families would sleep in the municipal gym.',
         "Lusardi Estrazioni, which runs the quarry, said in a statement that the charge had complied with the "
         "authorised blasting plan. A worker at the site, who asked not to be named, told this newspaper the crew "
         "had warned managers about cracks in the rock face weeks ago.",
         "Labour inspector Renato Quaglini has ordered work at the quarry to stop while he investigates."),
        (St("said ⟦27 homes had been damaged and about 90 residents had been moved out overnight⟧",
            "Trezzolo Alto town hall", "indirect", "quarry-u6"),
         St('"⟦It felt like an earthquake⟧,"', "Ottavia Brenzoni", "direct", "quarry-u1"),
         St('"⟦Stones landed right inside people\'s courtyards⟧."', "Ottavia Brenzoni", "direct", "quarry-u1"),
         St("She said ⟦the evacuated families would sleep in the municipal gym⟧", "Ottavia Brenzoni", "indirect",
            "quarry-u5"),
         St("statement that ⟦the charge had complied with the authorised blasting plan⟧", "Lusardi Estrazioni",
            "indirect", "quarry-u3"),
         St("newspaper ⟦the crew had warned managers about cracks in the rock face weeks ago⟧",
            "Ferlaro quarry worker (anonymous)", "indirect", "quarry-u7")),
        (Fg("⟦Four⟧ workers", 4, None, "wounded", "quarry-q-injured"),
         Fg("said ⟦27⟧ homes", 27, None, "other", "quarry-q-houses"),
         Fg("about ⟦90⟧ residents", 90, "about", "displaced", "quarry-q-evacuated"))),
    Art("ml6-quarry-blast", "lejournaldesmonts.example", "monde/italie-carriere-monte-ferlaro-explosion",
        "2026-05-21", "fr",
        "Explosion dans une carrière italienne : l'inspection du travail enquête sur les distances de sécurité",
        ("Deux jours après l'explosion qui a blessé cinq ouvriers dans la carrière du Monte Ferlaro, à Trezzolo "
         "Alto, une centaine d'habitants n'ont toujours pas pu regagner leur domicile. Selon la mairie, 31 maisons "
         "ont été endommagées, dont quatre sont désormais inhabitables.",
         f"«{NB}On aurait dit un tremblement de terre{NB}», a raconté la maire, Ottavia Brenzoni. L'inspecteur du "
         "travail Renato Quaglini a déclaré qu'il vérifierait si les distances de sécurité avaient été respectées.",
         "D'après un ouvrier qui a requis l'anonymat, l'équipe avait signalé "
         f"«{NB}des fissures dans le front de taille{NB}» plusieurs semaines auparavant. L'exploitant, Lusardi "
         "Estrazioni, assure de son côté avoir respecté le plan de tir autorisé."),
        (St("mairie, ⟦31 maisons ont été endommagées, dont quatre sont désormais inhabitables⟧",
            "Trezzolo Alto town hall", "indirect", "quarry-u8"),
         St(f"«{NB}⟦On aurait dit un tremblement de terre⟧{NB}»", "Ottavia Brenzoni", "direct", "quarry-u1"),
         St("déclaré qu'⟦il vérifierait si les distances de sécurité avaient été respectées⟧", "Renato Quaglini",
            "indirect", "quarry-u4"),
         St(f"l'anonymat, ⟦l'équipe avait signalé «{NB}des fissures dans le front de taille{NB}» plusieurs "
            "semaines auparavant⟧", "Ferlaro quarry worker (anonymous)", "partial", "quarry-u7"),
         St("assure de son côté ⟦avoir respecté le plan de tir autorisé⟧", "Lusardi Estrazioni", "indirect",
            "quarry-u3")),
        (Fg("blessé ⟦cinq⟧ ouvriers", 5, None, "wounded", "quarry-q-injured"),
         Fg("⟦une centaine⟧ d'habitants", 100, "about", "displaced", "quarry-q-evacuated"),
         Fg("⟦31⟧ maisons", 31, None, "other", "quarry-q-houses"))),
    # ---------------------------------------------------------------- a school raft on a swollen river (test)
    Art("ml6-river-rescue", "eldiariodealcoria.example", "sucesos/2026/06/11/balsa-escolares-rio-arguedal",
        "2026-06-11", "es",
        "Tres desaparecidos al volcar una balsa con escolares en el río Arguedal",
        ("Tres personas, dos alumnos y un monitor, siguen desaparecidas después de que la crecida del río Arguedal "
         "volcara este jueves la balsa de rafting en la que viajaban diez miembros de una excursión del Instituto "
         "Ribera, de Alcoria. Los equipos de emergencia rescataron con vida a siete ocupantes, dos de ellos con "
         "síntomas de hipotermia.",
         "«El agua bajaba con una fuerza tremenda; sacamos a los chicos de entre las ramas uno a uno», relató "
         "Ignacio Berrocal, jefe del Servicio de Rescate Fluvial. Berrocal explicó que la búsqueda continuará "
         "durante toda la noche con drones térmicos y buceadores. Más de 120 efectivos participan en el "
         "dispositivo.",
         "La directora del centro, Remedios Iturbe, pidió respeto para las familias: «Toda la comunidad educativa "
         "está ahora con ellas». Según Iturbe, los padres habían autorizado la actividad y la empresa organizadora "
         "les había asegurado que el río era seguro."),
        (St("«⟦El agua bajaba con una fuerza tremenda; sacamos a los chicos de entre las ramas uno a uno⟧»",
            "Ignacio Berrocal", "direct", "river-u1"),
         St("explicó que ⟦la búsqueda continuará durante toda la noche con drones térmicos y buceadores⟧",
            "Ignacio Berrocal", "indirect", "river-u2"),
         St("«⟦Toda la comunidad educativa está ahora con ellas⟧»", "Remedios Iturbe", "direct", "river-u3"),
         St("Iturbe, ⟦los padres habían autorizado la actividad y la empresa organizadora les había asegurado que "
            "el río era seguro⟧", "Remedios Iturbe", "indirect", "river-u4")),
        (Fg("⟦Tres⟧ personas", 3, None, "missing", "river-q-missing"),
         Fg("viajaban ⟦diez⟧ miembros", 10, None, "other", "river-q-aboard"),
         Fg("a ⟦siete⟧ ocupantes", 7, None, "other", "river-q-rescued"),
         Fg("Más de ⟦120⟧ efectivos", 120, "more than", "other", "river-q-searchers"))),
    Art("ml6-river-rescue", "ojornaldafronteira.example", "mundo/2026/06/11/balsa-estudantes-rio-arguedal",
        "2026-06-11", "pt",
        "Balsa com estudantes vira no rio Arguedal: três desaparecidos",
        ("Uma balsa de rafting com dez pessoas de uma excursão escolar virou esta quinta-feira no rio Arguedal, em "
         "Espanha, engrossado pelas chuvas dos últimos dias. Sete ocupantes foram resgatados com vida e três "
         "continuam desaparecidos, entre eles dois alunos.",
         "Segundo Ignacio Berrocal, que chefia o serviço de resgate fluvial, a corrente era tão forte que os jovens "
         "tiveram de ser retirados um a um dos ramos a que se agarraram. Cerca de 120 operacionais estão no "
         "terreno.",
         "“Toda a comunidade escolar está com as famílias”, afirmou a diretora da escola, Remedios Iturbe. A "
         "polícia disse que vai apurar se a empresa que organizou a descida ignorou os avisos de cheia."),
        (St("fluvial, ⟦a corrente era tão forte que os jovens tiveram de ser retirados um a um dos ramos a que se "
            "agarraram⟧", "Ignacio Berrocal", "indirect", "river-u1"),
         St("“⟦Toda a comunidade escolar está com as famílias⟧”", "Remedios Iturbe", "direct", "river-u3"),
         St("disse que ⟦vai apurar se a empresa que organizou a descida ignorou os avisos de cheia⟧",
            "Alcoria regional police", "indirect", "river-u6")),
        (Fg("com ⟦dez⟧ pessoas", 10, None, "other", "river-q-aboard"),
         Fg("⟦Sete⟧ ocupantes", 7, None, "other", "river-q-rescued"),
         Fg("e ⟦três⟧ continuam", 3, None, "missing", "river-q-missing"),
         Fg("Cerca de ⟦120⟧ operacionais", 120, "about", "other", "river-q-searchers"))),
    Art("ml6-river-rescue", "moselbote.example", "welt/spanien-schlauchboot-schueler-arguedal-1.5520",
        "2026-06-12", "de",
        "Schlauchboot-Unglück in Spanien: Schüler tot aufgefunden",
        ("Einen Tag nach dem Kentern eines Schlauchboots auf dem Hochwasser führenden Fluss Arguedal in Spanien "
         "haben Rettungskräfte die Leiche eines 15-jährigen Schülers geborgen. Zwei weitere Insassen, ein Schüler "
         "und ein Begleiter, werden noch vermisst. Sieben der zehn Insassen waren am Donnerstag gerettet worden.",
         "„Das Wasser kam mit einer enormen Wucht, wir haben die Kinder einzeln aus den Ästen geholt“, sagte "
         "Einsatzleiter Ignacio Berrocal. Laut Polizei wurde der Tote etwa vier Kilometer flussabwärts an einem "
         "Wehr gefunden. Rund 150 Einsatzkräfte suchen weiter nach den Vermissten.",
         "Die Schulleiterin Remedios Iturbe erklärte, dass die Eltern dem Ausflug zugestimmt hätten. Der "
         "Veranstalter habe versichert, der Fluss sei sicher, sagte sie."),
        (St("„⟦Das Wasser kam mit einer enormen Wucht, wir haben die Kinder einzeln aus den Ästen geholt⟧“",
            "Ignacio Berrocal", "direct", "river-u1"),
         St("Laut Polizei ⟦wurde der Tote etwa vier Kilometer flussabwärts an einem Wehr gefunden⟧",
            "Alcoria regional police", "indirect", "river-u5"),
         St("erklärte, dass ⟦die Eltern dem Ausflug zugestimmt hätten⟧", "Remedios Iturbe", "indirect", "river-u4"),
         St("⟦Der Veranstalter habe versichert, der Fluss sei sicher⟧, sagte sie", "Remedios Iturbe", "indirect",
            "river-u4")),
        (Fg("⟦Zwei⟧ weitere Insassen", 2, None, "missing", "river-q-missing"),
         Fg("⟦Sieben⟧ der zehn", 7, None, "other", "river-q-rescued"),
         Fg("der ⟦zehn⟧ Insassen", 10, None, "other", "river-q-aboard"),
         Fg("Rund ⟦150⟧ Einsatzkräfte", 150, "about", "other", "river-q-searchers"))),
    Art("ml6-river-rescue", "maeumilbo.example", "news/articleView.html?idxno=30964", "2026-06-12", "ko",
        "스페인 급류에 학생 탄 래프팅 보트 전복…1명 숨진 채 발견·2명 실종",
        ("스페인 북부 아르게달강에서 현지 고등학교 학생들이 탄 래프팅 보트가 불어난 물살에 뒤집힌 사고로 학생 1명이 "
         "숨진 채 발견됐다. 보트에 타고 있던 10명 가운데 7명은 사고 당일 구조됐지만 2명은 아직 실종 상태다.",
         "현지 경찰에 따르면 숨진 학생은 12일 오전 사고 지점에서 약 4㎞ 하류의 보에서 발견됐다. 수색 작업에는 "
         "150여 명이 투입됐다.",
         "이그나시오 베로칼 하천구조대장은 “물살이 엄청나게 거셌다. 아이들을 나뭇가지 사이에서 한 명씩 "
         "끌어냈다”고 말했다. 그는 드론과 잠수부를 동원한 수색이 밤새 이어진다고 덧붙였다.",
         "레메디오스 이투르베 교장은 “학교 공동체 전체가 가족들과 함께하고 있다”고 밝혔다."),
        (St("따르면 ⟦숨진 학생은 12일 오전 사고 지점에서 약 4㎞ 하류의 보에서 발견됐다⟧", "Alcoria regional police",
            "indirect", "river-u5"),
         St("“⟦물살이 엄청나게 거셌다. 아이들을 나뭇가지 사이에서 한 명씩 끌어냈다⟧”", "Ignacio Berrocal", "direct",
            "river-u1"),
         St("그는 ⟦드론과 잠수부를 동원한 수색이 밤새 이어진다⟧고", "Ignacio Berrocal", "indirect", "river-u2"),
         St("“⟦학교 공동체 전체가 가족들과 함께하고 있다⟧”", "Remedios Iturbe", "direct", "river-u3")),
        (Fg("학생 ⟦1⟧명이", 1, None, "killed", "river-q-dead"),
         Fg("있던 ⟦10⟧명", 10, None, "other", "river-q-aboard"),
         Fg("⟦7⟧명은", 7, None, "other", "river-q-rescued"),
         Fg("⟦2⟧명은 아직", 2, None, "missing", "river-q-missing"),
         Fg("작업에는 ⟦150여⟧ 명", 150, "more than", "other", "river-q-searchers"))),
    Art("ml6-river-rescue", "theiberianwire.example", "europe/2026/06/12/spain-school-raft-arguedal",
        "2026-06-12", "en",
        "Student found dead after school raft capsizes on swollen Spanish river",
        ("Rescuers on Friday recovered the body of a 15-year-old student swept away when a raft carrying a school "
         "group capsized on the swollen Arguedal river in northern Spain, bringing the toll to one dead and two "
         "missing.",
         "Police said the body had been found about four kilometres downstream, caught against a weir, and that an "
         "investigation had been opened into Aventuras Arguedal, the company that organised the outing. According "
         "to a source close to the inquiry, the company went ahead with the trip although a flood warning had been "
         "issued the evening before.",
         '"We pulled the children out of the branches one by one," said Ignacio Berrocal, head of the river rescue '
         "service, describing Thursday's operation. Seven of the ten people on the raft were rescued that day. "
         "About 150 rescuers, divers and drone pilots are now combing the river.",
         "The school's head teacher, Remedios Iturbe, said parents had approved the trip."),
        (St("Police said ⟦the body had been found about four kilometres downstream, caught against a weir⟧",
            "Alcoria regional police", "indirect", "river-u5"),
         St("and that ⟦an investigation had been opened into Aventuras Arguedal, the company that organised the "
            "outing⟧", "Alcoria regional police", "indirect", "river-u6"),
         St("inquiry, ⟦the company went ahead with the trip although a flood warning had been issued the evening "
            "before⟧", "Arguedal inquiry source (anonymous)", "indirect", "river-u7"),
         St('"⟦We pulled the children out of the branches one by one⟧,"', "Ignacio Berrocal", "direct", "river-u1"),
         St("said ⟦parents had approved the trip⟧", "Remedios Iturbe", "indirect", "river-u4")),
        (Fg("to ⟦one⟧ dead", 1, None, "killed", "river-q-dead"),
         Fg("and ⟦two⟧ missing", 2, None, "missing", "river-q-missing"),
         Fg("⟦Seven⟧ of the ten", 7, None, "other", "river-q-rescued"),
         Fg("of the ⟦ten⟧ people", 10, None, "other", "river-q-aboard"),
         Fg("About ⟦150⟧ rescuers", 150, "about", "other", "river-q-searchers"))),
    Art("ml6-river-rescue", "lacronicadelriberal.example", "sucesos/busqueda-desaparecidos-arguedal-rafting",
        "2026-06-13", "es",
        "Sigue la búsqueda de los dos desaparecidos del Arguedal mientras se investiga a la empresa de rafting",
        ("Los equipos de rescate siguen buscando a los dos desaparecidos —un alumno y un monitor— del vuelco de la "
         "balsa del Instituto Ribera en el río Arguedal, ocurrido el jueves. Según el último balance de la Policía "
         "Regional, la embarcación llevaba once personas, una más de las que se había informado inicialmente, y "
         "ocho de ellas fueron rescatadas con vida.",
         "Fuentes de la investigación aseguran que Aventuras Arguedal mantuvo la salida pese a que el día anterior "
         "se había decretado la alerta naranja por crecidas. La empresa no ha respondido a las preguntas de este "
         "diario. Unos 160 efectivos participan hoy en la búsqueda.",
         "«Estamos rotos. Era un chaval alegre, el primero en apuntarse a todo», dijo con la voz quebrada la "
         "directora, Remedios Iturbe, durante el minuto de silencio celebrado en el instituto. El jefe del rescate "
         "fluvial, Ignacio Berrocal, afirmó que la búsqueda no se detendrá «mientras haya luz»."),
        (St("Regional, ⟦la embarcación llevaba once personas, una más de las que se había informado inicialmente, y "
            "ocho de ellas fueron rescatadas con vida⟧", "Alcoria regional police", "indirect", "river-u8"),
         St("aseguran que ⟦Aventuras Arguedal mantuvo la salida pese a que el día anterior se había decretado la "
            "alerta naranja por crecidas⟧", "Arguedal inquiry source (anonymous)", "indirect", "river-u7"),
         St("«⟦Estamos rotos. Era un chaval alegre, el primero en apuntarse a todo⟧»", "Remedios Iturbe", "direct",
            "river-u9"),
         St("afirmó que ⟦la búsqueda no se detendrá «mientras haya luz»⟧", "Ignacio Berrocal", "partial",
            "river-u10")),
        (Fg("a los ⟦dos⟧ desaparecidos", 2, None, "missing", "river-q-missing"),
         Fg("llevaba ⟦once⟧ personas", 11, None, "other", "river-q-aboard"),
         Fg("y ⟦ocho⟧ de ellas", 8, None, "other", "river-q-rescued"),
         Fg("Unos ⟦160⟧ efectivos", 160, "about", "other", "river-q-searchers"))),
)

SPEAKER_FORMS_26: dict[str, tuple[str, ...]] = {
    "Ottavia Brenzoni": ("Ottavia Brenzoni", "Brenzoni", "sindaca", "sindaca Ottavia Brenzoni",
                         "Bürgermeisterin Ottavia Brenzoni", "오타비아 브렌초니", "브렌초니", "오타비아 브렌초니 시장",
                         "Mayor Ottavia Brenzoni", "maire"),
    "Renato Quaglini": ("Renato Quaglini", "Quaglini", "ispettore del lavoro", "Arbeitsinspektor Renato Quaglini",
                        "레나토 콸리니", "콸리니", "레나토 콸리니 근로감독관", "inspecteur du travail",
                        "labour inspector"),
    "Lusardi Estrazioni": ("Lusardi Estrazioni", "Lusardi", "Betreiber", "Betreiber Lusardi Estrazioni",
                           "루사르디 에스트라치오니", "루사르디 에스트라치오니 측", "운영사", "exploitant", "L'exploitant"),
    "Trezzolo Alto town hall": ("Officials in Trezzolo Alto", "officials", "mairie", "la mairie", "comune"),
    "Ferlaro quarry worker (anonymous)": ("worker", "A worker at the site", "ouvrier", "un ouvrier"),
    "Ignacio Berrocal": ("Ignacio Berrocal", "Berrocal", "jefe del Servicio de Rescate Fluvial",
                         "jefe del rescate fluvial", "Einsatzleiter Ignacio Berrocal", "이그나시오 베로칼", "베로칼",
                         "이그나시오 베로칼 하천구조대장", "head of the river rescue service"),
    "Remedios Iturbe": ("Remedios Iturbe", "Iturbe", "directora", "diretora da escola", "Schulleiterin",
                        "Schulleiterin Remedios Iturbe", "레메디오스 이투르베", "이투르베", "레메디오스 이투르베 교장",
                        "head teacher"),
    "Alcoria regional police": ("Policía Regional", "Policía Regional de Alcoria", "polícia", "A polícia", "Polizei",
                                "경찰", "현지 경찰", "Police"),
    "Arguedal inquiry source (anonymous)": ("Fuentes de la investigación", "fuentes de la investigación",
                                            "a source close to the inquiry", "source close to the inquiry"),
}
