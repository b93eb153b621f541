"""Test part 7 stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which
holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every country, town, person, outlet and figure is invented. Stories here (all test, ml12-*): a coach
hijacking, a derailed chemical train, a coal-mine fire, a dust storm, a lift fall, a fuel shortage, a gas leak in a
school, deaths in a heatwave.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_42: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-bus-hijack (test)
    Art("ml12-bus-hijack", "northgatepost.example", "world/2026/08/18/orlesk-coach-hijack", "2026-08-18", "en",
        "Hijacked coach passengers freed after six-hour standoff near Orlesk",
        ("Police stormed an intercity coach near Orlesk on Tuesday evening and freed all 34 passengers held by an "
         "armed man for almost six hours. Two passengers suffered minor injuries, the regional health service said.",
         '"Every passenger is safe and the man is in custody," regional police commander Ilona Sadecka told a news '
         "conference after midnight. She said the hijacker had carried a hunting knife and what turned out to be a "
         "fake explosive belt.",
         "Interior Minister Radovan Petrik said security at coach stations would be reviewed. The operator, "
         "Vandrobus, said its driver had kept the engine running on the hard shoulder, as negotiators had asked."),
        (St("⟦Two passengers suffered minor injuries⟧, the regional", "Vandria regional health service", "indirect",
            "busjack-u0"),
         St('"⟦Every passenger is safe and the man is in custody⟧,"', "Ilona Sadecka", "direct", "busjack-u1"),
         St("She said ⟦the hijacker had carried a hunting knife and what turned out to be a fake explosive belt⟧",
            "Ilona Sadecka", "indirect", "busjack-u2"),
         St("Petrik said ⟦security at coach stations would be reviewed⟧", "Radovan Petrik", "indirect",
            "busjack-u3"),
         St("Vandrobus, said ⟦its driver had kept the engine running on the hard shoulder, as negotiators had "
            "asked⟧", "Vandrobus", "indirect", "busjack-u4")),
        (Fg("freed all ⟦34⟧ passengers", 34, None, "other", "busjack-q-passengers"),
         Fg("⟦Two⟧ passengers suffered", 2, None, "wounded", "busjack-q-wounded"))),
    Art("ml12-bus-hijack", "saalezeitung.example", "panorama/busentfuehrung-orlesk-1.88213", "2026-08-18", "de",
        "Busentführung bei Orlesk: Alle Geiseln frei",
        ("Nach fast sechs Stunden ist die Entführung eines Fernbusses bei Orlesk ohne Tote zu Ende gegangen. "
         "Spezialkräfte befreiten am Dienstagabend 34 Fahrgäste, zwei von ihnen wurden leicht verletzt.",
         "„Alle Fahrgäste sind in Sicherheit, der Mann sitzt in Gewahrsam“, sagte die regionale Polizeichefin Ilona "
         "Sadecka in der Nacht. Laut Sadecka war der Täter mit einem Jagdmesser und einem gefälschten "
         "Sprengstoffgürtel bewaffnet.",
         "Innenminister Radovan Petřík kündigte an, dass die Sicherheit an Busbahnhöfen überprüft werde. Nach Angaben "
         "von Vandrobus hatte der Fahrer auf Bitten der Verhandler den Motor auf dem Standstreifen laufen lassen."),
        (St("„⟦Alle Fahrgäste sind in Sicherheit, der Mann sitzt in Gewahrsam⟧“", "Ilona Sadecka", "direct",
            "busjack-u1"),
         St("Laut Sadecka ⟦war der Täter mit einem Jagdmesser und einem gefälschten Sprengstoffgürtel bewaffnet⟧",
            "Ilona Sadecka", "indirect", "busjack-u2"),
         St("dass ⟦die Sicherheit an Busbahnhöfen überprüft werde⟧", "Radovan Petrik", "indirect", "busjack-u3"),
         St("Vandrobus ⟦hatte der Fahrer auf Bitten der Verhandler den Motor auf dem Standstreifen laufen lassen⟧",
            "Vandrobus", "indirect", "busjack-u4")),
        (Fg("Dienstagabend ⟦34⟧ Fahrgäste", 34, None, "other", "busjack-q-passengers"),
         Fg("⟦zwei⟧ von ihnen", 2, None, "wounded", "busjack-q-wounded"))),
    Art("ml12-bus-hijack", "saebyeoknews.example", "news/articleView.html?idxno=310457", "2026-08-19", "ko",
        "오를레스크 인근 고속버스 납치…승객 34명 6시간 만에 풀려나",
        ("반드리아 오를레스크 인근 고속도로에서 흉기를 든 남성이 고속버스를 납치했다가 6시간 가까이 지나 경찰 "
         "특공대에 제압됐다. 승객 34명은 모두 풀려났고 이 가운데 2명이 가벼운 부상을 입었다.",
         "일로나 사데츠카 지방경찰청장은 “승객 전원이 안전하며 남성은 구금됐다”고 말했다. 그는 범인이 사냥용 칼과 "
         "가짜 폭탄 조끼를 지니고 있었다고 설명했다.",
         "라도반 페트리크 내무장관은 버스 터미널의 보안 실태를 전면 점검하겠다고 밝혔다."),
        (St("“⟦승객 전원이 안전하며 남성은 구금됐다⟧”", "Ilona Sadecka", "direct", "busjack-u1"),
         St("그는 ⟦범인이 사냥용 칼과 가짜 폭탄 조끼를 지니고 있었다⟧고", "Ilona Sadecka", "indirect", "busjack-u2"),
         St("내무장관은 ⟦버스 터미널의 보안 실태를 전면 점검하겠다⟧고", "Radovan Petrik", "indirect", "busjack-u3")),
        (Fg("승객 ⟦34⟧명은", 34, None, "other", "busjack-q-passengers"),
         Fg("⟦2⟧명이 가벼운", 2, None, "wounded", "busjack-q-wounded"))),
    Art("ml12-bus-hijack", "folhadoatlantico.example", "mundo/2026/08/19/sequestro-onibus-orlesk", "2026-08-19",
        "pt",
        "Sequestro de ônibus perto de Orlesk termina sem mortos",
        ("Terminou sem vítimas fatais o sequestro de um ônibus intermunicipal perto de Orlesk, na Vândria. Os 34 "
         "passageiros foram libertados na terça-feira à noite pela polícia; três deles precisaram de atendimento "
         "por ferimentos leves.",
         "Segundo a comandante da polícia regional, Ilona Sadecka, o sequestrador levava uma faca de caça e um cinto "
         "de explosivos falso. “Todos os passageiros estão a salvo e o homem está detido”, afirmou ela.",
         "A empresa Vandrobus informou que o motorista manteve o motor ligado no acostamento, como tinham pedido os "
         "negociadores."),
        (St("Sadecka, ⟦o sequestrador levava uma faca de caça e um cinto de explosivos falso⟧", "Ilona Sadecka",
            "indirect", "busjack-u2"),
         St("“⟦Todos os passageiros estão a salvo e o homem está detido⟧”", "Ilona Sadecka", "direct", "busjack-u1"),
         St("informou que ⟦o motorista manteve o motor ligado no acostamento, como tinham pedido os negociadores⟧",
            "Vandrobus", "indirect", "busjack-u4")),
        (Fg("Os ⟦34⟧ passageiros", 34, None, "other", "busjack-q-passengers"),
         Fg("⟦três⟧ deles", 3, None, "wounded", "busjack-q-wounded"))),
    Art("ml12-bus-hijack", "lequotidiendesalpes.example", "monde/vandrie-autocar-detourne-orlesk", "2026-08-18",
        "fr",
        "Vandrie : un autocar détourné près d'Orlesk, les otages libérés",
        ("Un homme armé a détourné mardi un autocar près d'Orlesk, en Vandrie, avant d'être maîtrisé par les forces "
         "spéciales près de six heures plus tard. Une trentaine de passagers se trouvaient à bord ; deux ont été "
         "légèrement blessés.",
         f"«{NB}Tous les passagers sont sains et saufs et l'homme est en garde à vue{NB}», a assuré la commandante "
         "de la police régionale, Ilona Sadecka. D'après la police, le forcené exigeait de parler à un journaliste.",
         "Le ministre de l'Intérieur, Radovan Petrik, a annoncé que la sécurité des gares routières serait "
         "réexaminée."),
        (St(f"«{NB}⟦Tous les passagers sont sains et saufs et l'homme est en garde à vue⟧{NB}»", "Ilona Sadecka",
            "direct", "busjack-u1"),
         St("police, ⟦le forcené exigeait de parler à un journaliste⟧", "Vandria regional police", "indirect",
            "busjack-u5"),
         St("annoncé que ⟦la sécurité des gares routières serait réexaminée⟧", "Radovan Petrik", "indirect",
            "busjack-u3")),
        (Fg("Une ⟦trentaine⟧ de passagers", 30, "about", "other", "busjack-q-passengers"),
         Fg("⟦deux⟧ ont été", 2, None, "wounded", "busjack-q-wounded"))),
    # ---------------------------------------------------------------- ml12-chemical-train (test)
    Art("ml12-chemical-train", "ilcorrieredellapianura.example", "cronaca/san-lucedio-treno-ammoniaca", "2026-09-01",
        "it",
        "Deraglia un treno merci a San Lucedio, fuga di ammoniaca: 1.800 evacuati",
        ("Un treno merci carico di ammoniaca è deragliato nella notte alle porte di San Lucedio. Da una delle "
         "cisterne ribaltate è uscito del gas e 1.800 residenti sono stati fatti evacuare; 27 persone sono state "
         "soccorse per difficoltà respiratorie, sei delle quali ricoverate.",
         "«La perdita è sotto controllo, ma nessuno tornerà a casa finché le cisterne non saranno svuotate», ha "
         "detto il comandante dei vigili del fuoco Ettore Bassani. Secondo la sindaca Serena Colonna, gli sfollati "
         "potranno rientrare non prima di giovedì.",
         "La società Ferrocargo ha fatto sapere che le cause sono in corso di accertamento."),
        (St("«⟦La perdita è sotto controllo, ma nessuno tornerà a casa finché le cisterne non saranno svuotate⟧»",
            "Ettore Bassani", "direct", "chemtrain-u1"),
         St("Colonna, ⟦gli sfollati potranno rientrare non prima di giovedì⟧", "Serena Colonna", "indirect",
            "chemtrain-u2"),
         St("sapere che ⟦le cause sono in corso di accertamento⟧", "Ferrocargo", "indirect", "chemtrain-u3")),
        (Fg("e ⟦1.800⟧ residenti", 1800, None, "displaced", "chemtrain-q-evacuated"),
         Fg("⟦27⟧ persone sono", 27, None, "wounded", "chemtrain-q-treated"),
         Fg("⟦sei⟧ delle quali", 6, None, "wounded", "chemtrain-q-hospitalised"))),
    Art("ml12-chemical-train", "weserbote.example", "welt/gueterzug-ammoniak-pellaria", "2026-09-01", "de",
        "Ammoniak tritt aus: Güterzug in Pellaria entgleist",
        ("Im Norden Pellarias ist ein mit Ammoniak beladener Güterzug entgleist. Rund 1.800 Anwohner von San "
         "Lucedio mussten ihre Wohnungen räumen, mehr als 20 Menschen klagten über Atemnot.",
         "Der Einsatzleiter der Feuerwehr, Ettore Bassani, sagte, das Leck sei unter Kontrolle, doch dürfe niemand "
         "nach Hause, solange die Kesselwagen nicht leer gepumpt seien.",
         "Die Bahngesellschaft Ferrocargo teilte mit, die Unfallursache werde untersucht. Ein gebrochener Radsatz "
         "sei nicht auszuschließen, hieß es aus Ermittlerkreisen."),
        (St("sagte, ⟦das Leck sei unter Kontrolle, doch dürfe niemand nach Hause, solange die Kesselwagen nicht leer "
            "gepumpt seien⟧", "Ettore Bassani", "indirect", "chemtrain-u1"),
         St("mit, ⟦die Unfallursache werde untersucht⟧", "Ferrocargo", "indirect", "chemtrain-u3"),
         St("⟦Ein gebrochener Radsatz sei nicht auszuschließen⟧, hieß", "San Lucedio investigators", "indirect",
            "chemtrain-u5")),
        (Fg("Rund ⟦1.800⟧ Anwohner", 1800, "about", "displaced", "chemtrain-q-evacuated"),
         Fg("mehr als ⟦20⟧ Menschen", 20, "more than", "wounded", "chemtrain-q-treated"))),
    Art("ml12-chemical-train", "gyeongingazette.example", "news/articleView.html?idxno=52931", "2026-09-01", "ko",
        "펠라리아서 암모니아 실은 화물열차 탈선…주민 1천800여 명 대피",
        ("펠라리아 북부 산루체디오 외곽에서 암모니아를 실은 화물열차가 탈선해 가스가 새어 나왔다. 주민 1천800여 "
         "명이 대피했고 27명이 호흡곤란 증세로 치료를 받았다.",
         "에토레 바사니 소방대장은 “누출은 통제되고 있지만 탱크를 모두 비울 때까지 아무도 집에 돌아갈 수 없다”고 "
         "말했다.",
         "현지 환경청에 따르면 사고 현장 주변의 암모니아 농도는 경보 기준 아래로 떨어졌다. 세레나 콜론나 시장은 "
         "주민들이 빨라야 목요일에 귀가할 수 있을 것이라고 전했다."),
        (St("“⟦누출은 통제되고 있지만 탱크를 모두 비울 때까지 아무도 집에 돌아갈 수 없다⟧”", "Ettore Bassani",
            "direct", "chemtrain-u1"),
         St("따르면 ⟦사고 현장 주변의 암모니아 농도는 경보 기준 아래로 떨어졌다⟧", "Pellaria environment agency",
            "indirect", "chemtrain-u4"),
         St("시장은 ⟦주민들이 빨라야 목요일에 귀가할 수 있을 것⟧이라고", "Serena Colonna", "indirect",
            "chemtrain-u2")),
        (Fg("주민 ⟦1천800여⟧", 1800, "more than", "displaced", "chemtrain-q-evacuated"),
         Fg("⟦27⟧명이 호흡곤란", 27, None, "wounded", "chemtrain-q-treated"))),
    Art("ml12-chemical-train", "lavozdelribera.example", "internacional/2026-09-01/tren-amoniaco-pellaria",
        "2026-09-01", "es",
        "Descarrila un tren con amoníaco en Pellaria y obliga a evacuar a casi 2.000 vecinos",
        ("Casi 2.000 vecinos de San Lucedio, en el norte de Pellaria, tuvieron que abandonar sus casas después de "
         "que un tren de mercancías cargado de amoníaco descarrilara en la madrugada del martes. Veintisiete "
         "personas fueron atendidas por problemas respiratorios.",
         "Según el jefe de bomberos, Ettore Bassani, la fuga \"está bajo control\", pero nadie podrá volver a casa "
         "hasta que se vacíen las cisternas.",
         "La alcaldesa, Serena Colonna, dijo que los evacuados no regresarán antes del jueves."),
        (St("Bassani, ⟦la fuga \"está bajo control\", pero nadie podrá volver a casa hasta que se vacíen las "
            "cisternas⟧", "Ettore Bassani", "partial", "chemtrain-u1"),
         St("dijo que ⟦los evacuados no regresarán antes del jueves⟧", "Serena Colonna", "indirect",
            "chemtrain-u2")),
        (Fg("Casi ⟦2.000⟧ vecinos", 2000, "nearly", "displaced", "chemtrain-q-evacuated"),
         Fg("⟦Veintisiete⟧ personas", 27, None, "wounded", "chemtrain-q-treated"))),
    Art("ml12-chemical-train", "continentalreview.example", "europe/2026/09/01/pellaria-ammonia-train",
        "2026-09-01", "en",
        "Ammonia leak forces evacuation after freight train derails in Pellaria",
        ("About 1,800 people were evacuated from San Lucedio in northern Pellaria after a freight train hauling "
         "ammonia came off the tracks early on Tuesday. Local hospitals treated 27 people for breathing "
         "difficulties and kept six overnight.",
         '"The leak is under control, but nobody goes home until those tankers are empty," fire chief Ettore '
         "Bassani said at the scene.",
         "Ferrocargo, which operates the line, said the cause was under investigation. According to the regional "
         "environment agency, ammonia levels near the track had fallen below the alert threshold by the "
         "afternoon."),
        (St('"⟦The leak is under control, but nobody goes home until those tankers are empty⟧,"', "Ettore Bassani",
            "direct", "chemtrain-u1"),
         St("line, said ⟦the cause was under investigation⟧", "Ferrocargo", "indirect", "chemtrain-u3"),
         St("agency, ⟦ammonia levels near the track had fallen below the alert threshold by the afternoon⟧",
            "Pellaria environment agency", "indirect", "chemtrain-u4")),
        (Fg("About ⟦1,800⟧ people", 1800, "about", "displaced", "chemtrain-q-evacuated"),
         Fg("treated ⟦27⟧ people", 27, None, "wounded", "chemtrain-q-treated"),
         Fg("kept ⟦six⟧ overnight", 6, None, "wounded", "chemtrain-q-hospitalised"))),
    # ---------------------------------------------------------------- ml12-coal-mine-fire (test)
    Art("ml12-coal-mine-fire", "hanmaeumilbo.example", "news/articleView.html?idxno=77120", "2026-10-06", "ko",
        "갈보니아 탄광 화재로 광부 11명 사망·5명 실종",
        ("갈보니아 크라스나고라 탄광 지하 600m 갱도에서 불이 나 광부 11명이 숨지고 5명이 실종됐다. 갱내에 있던 "
         "38명은 구조대에 의해 지상으로 옮겨졌다.",
         "보그단 일베스쿠 구조대장은 “연기가 너무 짙어 한 시간에 몇 미터밖에 나아가지 못한다”고 말했다. 미렐라 "
         "토네스쿠 에너지부 장관은 전국 모든 탄광에 대한 긴급 점검을 지시했다고 밝혔다.",
         "광산 운영사 카르보날 측은 “가스 감지기는 지난달 점검을 마쳤다”고 해명했다."),
        (St("“⟦연기가 너무 짙어 한 시간에 몇 미터밖에 나아가지 못한다⟧”", "Bogdan Ilvescu", "direct", "coalfire-u1"),
         St("장관은 ⟦전국 모든 탄광에 대한 긴급 점검을 지시했다⟧고", "Mirela Tonescu", "indirect", "coalfire-u2"),
         St("“⟦가스 감지기는 지난달 점검을 마쳤다⟧”", "Karbonal", "direct", "coalfire-u3")),
        (Fg("광부 ⟦11⟧명이", 11, None, "killed", "coalfire-q-killed"),
         Fg("⟦5⟧명이 실종", 5, None, "missing", "coalfire-q-missing"),
         Fg("⟦38⟧명은 구조대", 38, None, "other", "coalfire-q-rescued"))),
    Art("ml12-coal-mine-fire", "erzgebirgsbote.example", "welt/grubenbrand-galvonien-krasna-gora", "2026-10-06",
        "de",
        "Grubenbrand in Galvonien: Mindestens elf Bergleute tot",
        ("Bei einem Brand in der Kohlegrube Krasna Gora im Süden Galvoniens sind mindestens elf Bergleute ums Leben "
         "gekommen. Fünf Kumpel werden noch vermisst, 38 konnten die Retter lebend an die Oberfläche bringen.",
         "»Der Rauch ist so dicht, dass wir pro Stunde nur ein paar Meter vorankommen«, sagte Rettungsleiter Bogdan "
         "Ilvescu. Energieministerin Mirela Tonescu erklärte, sie habe die Überprüfung aller Gruben des Landes "
         "angeordnet.",
         "Der Gewerkschafter Sorin Dabija erhob schwere Vorwürfe: Die Bergleute hätten sich seit Wochen über eine "
         "„kaputte Belüftung“ beschwert. Der Betreiber Karbonal wies das zurück."),
        (St("»⟦Der Rauch ist so dicht, dass wir pro Stunde nur ein paar Meter vorankommen⟧«", "Bogdan Ilvescu",
            "direct", "coalfire-u1"),
         St("erklärte, ⟦sie habe die Überprüfung aller Gruben des Landes angeordnet⟧", "Mirela Tonescu", "indirect",
            "coalfire-u2"),
         St("Vorwürfe: ⟦Die Bergleute hätten sich seit Wochen über eine „kaputte Belüftung“ beschwert⟧",
            "Sorin Dabija", "partial", "coalfire-u4")),
        (Fg("mindestens ⟦elf⟧ Bergleute", 11, "at least", "killed", "coalfire-q-killed"),
         Fg("⟦Fünf⟧ Kumpel", 5, None, "missing", "coalfire-q-missing"),
         Fg("⟦38⟧ konnten", 38, None, "other", "coalfire-q-rescued"))),
    Art("ml12-coal-mine-fire", "diariodaserra.example", "mundo/2026/10/07/incendio-mina-galvonia", "2026-10-07",
        "pt",
        "Sobe para 13 o número de mortos em incêndio em mina de carvão na Galvônia",
        ("Subiu para 13 o número de mineiros mortos no incêndio que atingiu na terça-feira a mina de carvão de "
         "Krasna Gora, na Galvônia. Os socorristas encontraram mais dois corpos durante a madrugada, e três "
         "trabalhadores continuam desaparecidos.",
         "Segundo o chefe das equipes de resgate, Bogdan Ilvescu, a fumaça é tão densa que os socorristas só "
         "conseguem avançar poucos metros por hora.",
         "O sindicalista Sorin Dabija afirmou que os mineiros reclamavam havia semanas de uma “ventilação quebrada”. "
         "A Karbonal, dona da mina, disse que os sensores de gás tinham sido verificados no mês passado."),
        (St("Ilvescu, ⟦a fumaça é tão densa que os socorristas só conseguem avançar poucos metros por hora⟧",
            "Bogdan Ilvescu", "indirect", "coalfire-u1"),
         St("afirmou que ⟦os mineiros reclamavam havia semanas de uma “ventilação quebrada”⟧", "Sorin Dabija",
            "partial", "coalfire-u4"),
         St("disse que ⟦os sensores de gás tinham sido verificados no mês passado⟧", "Karbonal", "indirect",
            "coalfire-u3")),
        (Fg("Subiu para ⟦13⟧ o número", 13, None, "killed", "coalfire-q-killed"),
         Fg("⟦três⟧ trabalhadores", 3, None, "missing", "coalfire-q-missing"))),
    Art("ml12-coal-mine-fire", "lajourneeducentre.example", "monde/galvonie-incendie-mine-krasna-gora",
        "2026-10-06", "fr",
        "Galvonie : onze mineurs tués dans l'incendie d'une mine de charbon",
        ("Onze mineurs ont péri et cinq sont portés disparus après l'incendie qui s'est déclaré mardi à 600 mètres "
         "sous terre dans la mine de Krasna Gora, dans le sud de la Galvonie. Une quarantaine d'autres ont pu être "
         "remontés à la surface.",
         f"«{NB}La fumée est si épaisse que nous n'avançons que de quelques mètres par heure{NB}», a expliqué le chef "
         "des secouristes, Bogdan Ilvescu.",
         "La ministre de l'Énergie, Mirela Tonescu, a annoncé qu'elle avait ordonné l'inspection de toutes les mines "
         "du pays."),
        (St(f"«{NB}⟦La fumée est si épaisse que nous n'avançons que de quelques mètres par heure⟧{NB}»",
            "Bogdan Ilvescu", "direct", "coalfire-u1"),
         St("annoncé qu'⟦elle avait ordonné l'inspection de toutes les mines du pays⟧", "Mirela Tonescu",
            "indirect", "coalfire-u2")),
        (Fg("⟦Onze⟧ mineurs", 11, None, "killed", "coalfire-q-killed"),
         Fg("et ⟦cinq⟧ sont", 5, None, "missing", "coalfire-q-missing"),
         Fg("Une ⟦quarantaine⟧ d'autres", 40, "about", "other", "coalfire-q-rescued"))),
    Art("ml12-coal-mine-fire", "lecodellavalle.example", "esteri/galvonia-incendio-miniera-krasna-gora",
        "2026-10-06", "it",
        "Galvonia, incendio in miniera: 11 morti e 5 dispersi",
        ("È di 11 morti e cinque dispersi il bilancio dell'incendio scoppiato martedì nella miniera di carbone di "
         "Krasna Gora, in Galvonia. I soccorritori hanno riportato in superficie 38 minatori.",
         "Il sindacalista Sorin Dabija ha detto che da settimane i minatori segnalavano guasti alla ventilazione. "
         "Secondo la società Karbonal, che gestisce l'impianto, i sensori del gas erano stati controllati il mese "
         "scorso.",
         "La ministra dell'Energia Mirela Tonescu ha annunciato che tutte le miniere del Paese saranno ispezionate."),
        (St("ha detto che ⟦da settimane i minatori segnalavano guasti alla ventilazione⟧", "Sorin Dabija",
            "indirect", "coalfire-u4"),
         St("impianto, ⟦i sensori del gas erano stati controllati il mese scorso⟧", "Karbonal", "indirect",
            "coalfire-u3"),
         St("annunciato che ⟦tutte le miniere del Paese saranno ispezionate⟧", "Mirela Tonescu", "indirect",
            "coalfire-u2")),
        (Fg("È di ⟦11⟧ morti", 11, None, "killed", "coalfire-q-killed"),
         Fg("e ⟦cinque⟧ dispersi", 5, None, "missing", "coalfire-q-missing"),
         Fg("superficie ⟦38⟧ minatori", 38, None, "other", "coalfire-q-rescued"))),
    # ---------------------------------------------------------------- ml12-dust-storm (test)
    Art("ml12-dust-storm", "haeoreumnews.example", "news/articleView.html?idxno=40388", "2026-05-12", "ko",
        "칼데라 모래폭풍에 고속도로 연쇄 추돌…7명 사망",
        ("칼데라 수도 자룬 일대를 덮친 모래폭풍으로 시야가 거의 막히면서 고속도로에서 차량 연쇄 추돌이 일어나 7명이 "
         "숨지고 60여 명이 다쳤다. 호흡기 질환으로 병원을 찾은 시민도 1천400여 명에 달했다.",
         "파리드 하다니 보건부 대변인은 “환자 대부분은 노인과 천식을 앓는 어린이들이며 추가 병상을 열었다”고 말했다. "
         "자룬 국제공항에서는 항공편 140편이 결항됐다.",
         "기상청에 따르면 목요일에 두 번째 모래폭풍이 닥칠 가능성이 있다."),
        (St("“⟦환자 대부분은 노인과 천식을 앓는 어린이들이며 추가 병상을 열었다⟧”", "Farid Haddani", "direct",
            "dust-u1"),
         St("따르면 ⟦목요일에 두 번째 모래폭풍이 닥칠 가능성이 있다⟧", "Kaldera meteorological office", "indirect",
            "dust-u2")),
        (Fg("⟦7⟧명이 숨지고", 7, None, "killed", "dust-q-killed"),
         Fg("⟦60여⟧ 명이", 60, "more than", "wounded", "dust-q-wounded"),
         Fg("⟦1천400여⟧ 명에", 1400, "more than", "other", "dust-q-breathing"),
         Fg("항공편 ⟦140⟧편", 140, None, "other", "dust-q-flights"))),
    Art("ml12-dust-storm", "taunusanzeiger.example", "panorama/sandsturm-zahrun-karambolage", "2026-05-12", "de",
        "Sandsturm legt Zahrun lahm – sieben Tote bei Massenkarambolage",
        ("Ein heftiger Sandsturm hat die kalderische Hauptstadt Zahrun am Dienstag in orangefarbenes Dämmerlicht "
         "getaucht. Auf der Autobahn nach Norden krachten bei Sichtweiten von wenigen Metern Dutzende Fahrzeuge "
         "ineinander; sieben Menschen starben, rund 60 wurden verletzt.",
         "Mehr als 1.400 Menschen ließen sich wegen Atembeschwerden in Kliniken behandeln. Die meisten Patienten "
         "seien ältere Menschen und Kinder mit Asthma, zusätzliche Betten seien bereitgestellt worden, sagte "
         "Gesundheitsministeriumssprecher Farid Haddani.",
         "Am Flughafen Zahrun fielen 140 Flüge aus. Der Wetterdienst warnte, am Donnerstag könne ein zweiter Sturm "
         "folgen."),
        (St("⟦Die meisten Patienten seien ältere Menschen und Kinder mit Asthma, zusätzliche Betten seien "
            "bereitgestellt worden⟧, sagte", "Farid Haddani", "indirect", "dust-u1"),
         St("warnte, ⟦am Donnerstag könne ein zweiter Sturm folgen⟧", "Kaldera meteorological office", "indirect",
            "dust-u2")),
        (Fg("⟦sieben⟧ Menschen starben", 7, None, "killed", "dust-q-killed"),
         Fg("rund ⟦60⟧ wurden", 60, "about", "wounded", "dust-q-wounded"),
         Fg("Mehr als ⟦1.400⟧ Menschen", 1400, "more than", "other", "dust-q-breathing"),
         Fg("fielen ⟦140⟧ Flüge", 140, None, "other", "dust-q-flights"))),
    Art("ml12-dust-storm", "laprensadelvalle.example", "mundo/2026-05-12/tormenta-arena-zahrun", "2026-05-12", "es",
        "Una tormenta de arena deja siete muertos en las carreteras de Kaldera",
        ("Siete personas murieron y unas 60 resultaron heridas en un choque múltiple en la autopista del norte de "
         "Zahrun, la capital de Kaldera, durante la tormenta de arena que cubrió la ciudad el martes.",
         "La jefa de la policía de tráfico, Nadia Oumari, explicó que muchos conductores ignoraron la recomendación "
         "de no salir a la carretera. Según Oumari, en el accidente se vieron implicados más de 30 vehículos.",
         "Los hospitales atendieron a 1.400 personas con problemas respiratorios. \"La mayoría son ancianos y niños "
         "asmáticos\", dijo el portavoz del Ministerio de Sanidad, Farid Haddani."),
        (St("explicó que ⟦muchos conductores ignoraron la recomendación de no salir a la carretera⟧", "Nadia Oumari",
            "indirect", "dust-u3"),
         St("Según Oumari, ⟦en el accidente se vieron implicados más de 30 vehículos⟧", "Nadia Oumari", "indirect",
            "dust-u5"),
         St("\"⟦La mayoría son ancianos y niños asmáticos⟧\"", "Farid Haddani", "direct", "dust-u1")),
        (Fg("⟦Siete⟧ personas", 7, None, "killed", "dust-q-killed"),
         Fg("unas ⟦60⟧ resultaron", 60, "about", "wounded", "dust-q-wounded"),
         Fg("más de ⟦30⟧ vehículos", 30, "more than", "other", "dust-q-vehicles"),
         Fg("atendieron a ⟦1.400⟧ personas", 1400, None, "other", "dust-q-breathing"))),
    Art("ml12-dust-storm", "gulfmeridian.example", "region/2026/05/12/zahrun-dust-storm-pileup", "2026-05-12", "en",
        "Dust storm pile-up kills seven in Kaldera's capital",
        ("Seven people died and about 60 were hurt when dozens of cars collided on a motorway north of Zahrun as a "
         "dust storm cut visibility to a few metres on Tuesday. More than 1,400 people sought hospital treatment "
         "for breathing problems, and 140 flights were cancelled.",
         "Traffic police chief Nadia Oumari said more than 30 vehicles had been involved. Many drivers had ignored "
         "advice to stay off the roads, she said.",
         "The meteorological office warned that a second storm could arrive on Thursday."),
        (St("Oumari said ⟦more than 30 vehicles had been involved⟧", "Nadia Oumari", "indirect", "dust-u5"),
         St("⟦Many drivers had ignored advice to stay off the roads⟧, she said", "Nadia Oumari", "indirect",
            "dust-u3"),
         St("warned that ⟦a second storm could arrive on Thursday⟧", "Kaldera meteorological office", "indirect",
            "dust-u2")),
        (Fg("⟦Seven⟧ people died", 7, None, "killed", "dust-q-killed"),
         Fg("about ⟦60⟧ were hurt", 60, "about", "wounded", "dust-q-wounded"),
         Fg("More than ⟦1,400⟧ people", 1400, "more than", "other", "dust-q-breathing"),
         Fg("and ⟦140⟧ flights", 140, None, "other", "dust-q-flights"),
         Fg("said more than ⟦30⟧ vehicles", 30, "more than", "other", "dust-q-vehicles"))),
    Art("ml12-dust-storm", "lavigiedelest.example", "international/tempete-de-sable-zahrun-bilan", "2026-05-13",
        "fr",
        "Tempête de sable à Zahrun : le bilan passe à huit morts",
        ("Le bilan du carambolage provoqué mardi par une tempête de sable près de Zahrun, la capitale de la Kaldera, "
         "s'est alourdi à huit morts, un blessé ayant succombé mercredi à l'hôpital. Une soixantaine de personnes "
         "avaient été blessées.",
         f"Plus de 1{NB}400 habitants ont été soignés pour des troubles respiratoires. «{NB}La plupart des patients "
         "sont des personnes âgées et des enfants asthmatiques. Nous avons ouvert des lits supplémentaires"
         f"{NB}», a indiqué Farid Haddani, porte-parole du ministère de la Santé.",
         "Selon les services météorologiques, une deuxième tempête pourrait frapper la capitale jeudi."),
        (St(f"«{NB}⟦La plupart des patients sont des personnes âgées et des enfants asthmatiques. Nous avons ouvert "
            f"des lits supplémentaires⟧{NB}»", "Farid Haddani", "direct", "dust-u1"),
         St("météorologiques, ⟦une deuxième tempête pourrait frapper la capitale jeudi⟧",
            "Kaldera meteorological office", "indirect", "dust-u2")),
        (Fg("à ⟦huit⟧ morts", 8, None, "killed", "dust-q-killed"),
         Fg("Une ⟦soixantaine⟧ de personnes", 60, "about", "wounded", "dust-q-wounded"),
         Fg(f"Plus de ⟦1{NB}400⟧ habitants", 1400, "more than", "other", "dust-q-breathing"))),
    # ---------------------------------------------------------------- ml12-elevator-fall (test)
    Art("ml12-elevator-fall", "seohaeilbo.example", "news/articleView.html?idxno=21874", "2026-11-04", "ko",
        "서해시 아파트 엘리베이터 14층서 추락…3명 숨져",
        ("서해시의 한 25층 아파트에서 주민들을 태운 엘리베이터가 14층 높이에서 지하로 떨어져 3명이 숨지고 4명이 "
         "다쳤다. 부상자 가운데 2명은 중상이다.",
         "안태규 서해소방서 현장지휘팀장은 “제동장치가 작동하지 않아 승강기가 40m가량 그대로 떨어졌다”고 말했다.",
         "남궁혜린 서해시장은 같은 기종의 승강기 1천200여 대를 모두 긴급 점검하겠다고 밝혔다. 경찰은 관리업체 "
         "직원 2명을 입건하고 정비 기록을 살펴보고 있다."),
        (St("“⟦제동장치가 작동하지 않아 승강기가 40m가량 그대로 떨어졌다⟧”", "Ahn Tae-gyu", "direct", "lift-u1"),
         St("서해시장은 ⟦같은 기종의 승강기 1천200여 대를 모두 긴급 점검하겠다⟧고", "Namgung Hye-rin", "indirect",
            "lift-u2")),
        (Fg("⟦3⟧명이 숨지고", 3, None, "killed", "lift-q-killed"),
         Fg("⟦4⟧명이 다쳤다", 4, None, "wounded", "lift-q-wounded"),
         Fg("⟦2⟧명은 중상", 2, None, "wounded", "lift-q-serious"),
         Fg("직원 ⟦2⟧명을 입건", 2, None, "other", "lift-q-booked"),
         Fg("승강기 ⟦1천200여⟧ 대", 1200, "more than", "other", "lift-q-inspected"))),
    Art("ml12-elevator-fall", "bodenseekurier.example", "panorama/suedkorea-aufzug-absturz-seohae", "2026-11-04",
        "de",
        "Südkorea: Aufzug stürzt in Hochhaus ab – drei Tote",
        ("In der südkoreanischen Stadt Seohae ist ein voll besetzter Aufzug in einem Wohnhochhaus aus dem 14. Stock "
         "in den Keller gestürzt. Drei Bewohner kamen ums Leben, vier weitere wurden verletzt.",
         "„Die Bremse hat nicht gegriffen, die Kabine ist etwa 40 Meter im freien Fall abgestürzt“, sagte der "
         "Einsatzleiter der Feuerwehr, Ahn Tae-gyu.",
         "Bürgermeisterin Namgung Hye-rin kündigte an, rund 1.200 Aufzüge desselben Typs überprüfen zu lassen. Die "
         "Wartungsfirma Sewon Lift erklärte, die Anlage sei erst im März abgenommen worden."),
        (St("„⟦Die Bremse hat nicht gegriffen, die Kabine ist etwa 40 Meter im freien Fall abgestürzt⟧“",
            "Ahn Tae-gyu", "direct", "lift-u1"),
         St("kündigte an, ⟦rund 1.200 Aufzüge desselben Typs überprüfen zu lassen⟧", "Namgung Hye-rin", "indirect",
            "lift-u2"),
         St("erklärte, ⟦die Anlage sei erst im März abgenommen worden⟧", "Sewon Lift", "indirect", "lift-u3")),
        (Fg("⟦Drei⟧ Bewohner", 3, None, "killed", "lift-q-killed"),
         Fg("⟦vier⟧ weitere", 4, None, "wounded", "lift-q-wounded"),
         Fg("rund ⟦1.200⟧ Aufzüge", 1200, "about", "other", "lift-q-inspected"))),
    Art("ml12-elevator-fall", "ilgiornaledellariviera.example", "esteri/corea-del-sud-precipita-ascensore",
        "2026-11-04", "it",
        "Corea del Sud, precipita un ascensore: tre morti",
        ("Tre persone sono morte e quattro sono rimaste ferite a Seohae, in Corea del Sud, quando l'ascensore di un "
         "condominio di 25 piani è precipitato dal quattordicesimo piano fino al seminterrato.",
         "Secondo il responsabile dei vigili del fuoco, Ahn Tae-gyu, il freno di emergenza non è entrato in funzione "
         "e la cabina è caduta per una quarantina di metri.",
         "La polizia ha fatto sapere che sta esaminando i registri di manutenzione. La ditta Sewon Lift sostiene che "
         "l'impianto aveva superato il collaudo a marzo."),
        (St("Tae-gyu, ⟦il freno di emergenza non è entrato in funzione e la cabina è caduta per una quarantina di "
            "metri⟧", "Ahn Tae-gyu", "indirect", "lift-u1"),
         St("sapere che ⟦sta esaminando i registri di manutenzione⟧", "Seohae police", "indirect", "lift-u4"),
         St("sostiene che ⟦l'impianto aveva superato il collaudo a marzo⟧", "Sewon Lift", "indirect", "lift-u3")),
        (Fg("⟦Tre⟧ persone", 3, None, "killed", "lift-q-killed"),
         Fg("e ⟦quattro⟧ sono", 4, None, "wounded", "lift-q-wounded"))),
    Art("ml12-elevator-fall", "noticiasdabeira.example", "mundo/queda-elevador-seohae-coreia", "2026-11-05", "pt",
        "Sobe para quatro o número de mortos em queda de elevador na Coreia do Sul",
        ("Morreu esta quinta-feira um dos feridos na queda de um elevador num prédio residencial de Seohae, na "
         "Coreia do Sul, o que eleva para quatro o número de vítimas mortais. Outras três pessoas continuam "
         "hospitalizadas.",
         "“O travão não funcionou e a cabina caiu em queda livre”, disse o chefe dos bombeiros, Ahn Tae-gyu.",
         "Segundo a presidente da câmara, Namgung Hye-rin, cerca de 1200 elevadores do mesmo modelo vão ser "
         "inspecionados."),
        (St("“⟦O travão não funcionou e a cabina caiu em queda livre⟧”", "Ahn Tae-gyu", "direct", "lift-u1"),
         St("Hye-rin, ⟦cerca de 1200 elevadores do mesmo modelo vão ser inspecionados⟧", "Namgung Hye-rin",
            "indirect", "lift-u2")),
        (Fg("para ⟦quatro⟧ o número", 4, None, "killed", "lift-q-killed"),
         Fg("Outras ⟦três⟧ pessoas", 3, None, "wounded", "lift-q-wounded"),
         Fg("cerca de ⟦1200⟧ elevadores", 1200, "about", "other", "lift-q-inspected"))),
    Art("ml12-elevator-fall", "diariodelpacifico.example", "internacional/2026-11-04/ascensor-seohae",
        "2026-11-04", "es",
        "Cae un ascensor en un edificio de Seohae: tres muertos y cuatro heridos",
        ("Un ascensor se desplomó desde la planta 14 de un edificio de viviendas en la ciudad surcoreana de Seohae y "
         "causó la muerte de tres vecinos. Otros cuatro resultaron heridos, dos de ellos de gravedad.",
         "La alcaldesa, Namgung Hye-rin, anunció que se revisarán más de mil ascensores del mismo modelo. \"No "
         "podemos permitir que esto vuelva a ocurrir\", afirmó.",
         "La empresa de mantenimiento, Sewon Lift, aseguró que el aparato había pasado la inspección en marzo."),
        (St("anunció que ⟦se revisarán más de mil ascensores del mismo modelo⟧", "Namgung Hye-rin", "indirect",
            "lift-u2"),
         St("\"⟦No podemos permitir que esto vuelva a ocurrir⟧\"", "Namgung Hye-rin", "direct", "lift-u5"),
         St("aseguró que ⟦el aparato había pasado la inspección en marzo⟧", "Sewon Lift", "indirect", "lift-u3")),
        (Fg("de ⟦tres⟧ vecinos", 3, None, "killed", "lift-q-killed"),
         Fg("Otros ⟦cuatro⟧ resultaron", 4, None, "wounded", "lift-q-wounded"),
         Fg("⟦dos⟧ de ellos de gravedad", 2, None, "wounded", "lift-q-serious"),
         Fg("más de ⟦mil⟧ ascensores", 1000, "more than", "other", "lift-q-inspected"))),
    # ---------------------------------------------------------------- ml12-fuel-shortage (test)
    Art("ml12-fuel-shortage", "continentaldispatch.example", "business/2026/03/23/brevonia-fuel-reserve",
        "2026-03-23", "en",
        "Brevonia taps fuel reserve as pumps run dry",
        ("Brevonia will release 150,000 tonnes of petrol and diesel from its strategic reserve, Energy Minister "
         "Anton Weyland announced on Monday, as queues stretched for kilometres outside filling stations across the "
         "country.",
         '"There is enough fuel in this country. The problem is getting it to the pumps," Weyland said. The '
         "retailers' association said more than 60 per cent of stations had run dry by Sunday evening.",
         "Norpetra, whose Kessel refinery was shut by a fire last week, said production would resume within ten "
         "days. A ministry official, speaking on condition of anonymity, said rationing at 20 litres per car was "
         "being considered."),
        (St("⟦Brevonia will release 150,000 tonnes of petrol and diesel from its strategic reserve⟧, Energy",
            "Anton Weyland", "indirect", "fuel-u2"),
         St('"⟦There is enough fuel in this country. The problem is getting it to the pumps⟧,"', "Anton Weyland",
            "direct", "fuel-u1"),
         St("association said ⟦more than 60 per cent of stations had run dry by Sunday evening⟧",
            "Brevonia fuel retailers' association", "indirect", "fuel-u3"),
         St("week, said ⟦production would resume within ten days⟧", "Norpetra", "indirect", "fuel-u4"),
         St("anonymity, said ⟦rationing at 20 litres per car was being considered⟧",
            "Brevonia energy ministry official", "indirect", "fuel-u5")),
        (Fg("release ⟦150,000⟧ tonnes", 150000, None, "other", "fuel-q-reserve"),
         Fg("more than ⟦60⟧ per cent", 60, "more than", "other", "fuel-q-stations-dry"),
         Fg("at ⟦20⟧ litres", 20, None, "other", "fuel-q-ration"))),
    Art("ml12-fuel-shortage", "mainecho.example", "wirtschaft/brevonien-oelreserve-tankstellen", "2026-03-23", "de",
        "Brevonien gibt Ölreserve frei – Tankstellen leer",
        ("Angesichts leerer Zapfsäulen greift Brevonien auf seine strategische Reserve zurück: 150.000 Tonnen Benzin "
         "und Diesel sollen in den kommenden Tagen an die Tankstellen gehen, wie Energieminister Anton Weyland am "
         "Montag mitteilte.",
         "„Es gibt genug Treibstoff im Land. Das Problem ist, ihn zu den Zapfsäulen zu bringen“, sagte Weyland. Dem "
         "Tankstellenverband zufolge waren am Sonntagabend mehr als 60 Prozent der Stationen leer.",
         "Aus dem Ministerium verlautete, eine Rationierung auf 20 Liter pro Fahrzeug werde erwogen."),
        (St("⟦150.000 Tonnen Benzin und Diesel sollen in den kommenden Tagen an die Tankstellen gehen⟧, wie",
            "Anton Weyland", "indirect", "fuel-u2"),
         St("„⟦Es gibt genug Treibstoff im Land. Das Problem ist, ihn zu den Zapfsäulen zu bringen⟧“",
            "Anton Weyland", "direct", "fuel-u1"),
         St("zufolge ⟦waren am Sonntagabend mehr als 60 Prozent der Stationen leer⟧",
            "Brevonia fuel retailers' association", "indirect", "fuel-u3"),
         St("verlautete, ⟦eine Rationierung auf 20 Liter pro Fahrzeug werde erwogen⟧",
            "Brevonia energy ministry official", "indirect", "fuel-u5")),
        (Fg("⟦150.000⟧ Tonnen", 150000, None, "other", "fuel-q-reserve"),
         Fg("mehr als ⟦60⟧ Prozent", 60, "more than", "other", "fuel-q-stations-dry"),
         Fg("auf ⟦20⟧ Liter", 20, None, "other", "fuel-q-ration"))),
    Art("ml12-fuel-shortage", "nuriilbo.example", "news/articleView.html?idxno=63502", "2026-03-23", "ko",
        "브레보니아 '기름 대란'…전략비축유 15만t 방출",
        ("브레보니아 정부가 주유소 연료 고갈 사태에 대응해 전략비축유 15만t을 풀기로 했다. 주유소 앞에는 몇 "
         "킬로미터씩 차량 행렬이 이어졌다.",
         "안톤 바일란트 에너지부 장관은 “국내에 연료는 충분하다. 문제는 그것을 주유소까지 옮기는 일”이라고 말했다. "
         "주유소협회에 따르면 일요일 저녁 기준 전국 주유소의 60% 이상이 바닥을 드러냈다.",
         "정유사 노르페트라는 화재로 멈춘 케셀 정유공장의 가동을 열흘 안에 재개하겠다고 밝혔다."),
        (St("“⟦국내에 연료는 충분하다. 문제는 그것을 주유소까지 옮기는 일⟧”", "Anton Weyland", "direct", "fuel-u1"),
         St("따르면 ⟦일요일 저녁 기준 전국 주유소의 60% 이상이 바닥을 드러냈다⟧",
            "Brevonia fuel retailers' association", "indirect", "fuel-u3"),
         St("노르페트라는 ⟦화재로 멈춘 케셀 정유공장의 가동을 열흘 안에 재개하겠다⟧고", "Norpetra", "indirect",
            "fuel-u4")),
        (Fg("비축유 ⟦15만⟧t", 150000, None, "other", "fuel-q-reserve"),
         Fg("주유소의 ⟦60⟧% 이상", 60, "at least", "other", "fuel-q-stations-dry"))),
    Art("ml12-fuel-shortage", "leprogresdunord.example", "economie/penurie-carburant-brevonie-reserves",
        "2026-03-23", "fr",
        "Pénurie de carburant : la Brevonie puise dans ses réserves stratégiques",
        (f"Le gouvernement brevonien va débloquer 150{NB}000 tonnes de carburant de ses réserves stratégiques pour "
         "réapprovisionner des stations-service prises d'assaut, a annoncé lundi le ministre de l'Énergie, Anton "
         "Weyland.",
         f"«{NB}Il y a suffisamment de carburant dans le pays, le problème est de l'acheminer jusqu'aux pompes{NB}», "
         f"a-t-il insisté. D'après la fédération des détaillants, près de 60{NB}% des stations étaient à sec "
         "dimanche soir.",
         "Le raffineur Norpetra assure que son site de Kessel, endommagé par un incendie, redémarrera d'ici dix "
         "jours."),
        (St(f"⟦Le gouvernement brevonien va débloquer 150{NB}000 tonnes de carburant de ses réserves stratégiques "
            "pour réapprovisionner des stations-service prises d'assaut⟧, a annoncé", "Anton Weyland", "indirect",
            "fuel-u2"),
         St(f"«{NB}⟦Il y a suffisamment de carburant dans le pays, le problème est de l'acheminer jusqu'aux pompes⟧"
            f"{NB}»", "Anton Weyland", "direct", "fuel-u1"),
         St(f"détaillants, ⟦près de 60{NB}% des stations étaient à sec dimanche soir⟧",
            "Brevonia fuel retailers' association", "indirect", "fuel-u3"),
         St("assure que ⟦son site de Kessel, endommagé par un incendie, redémarrera d'ici dix jours⟧", "Norpetra",
            "indirect", "fuel-u4")),
        (Fg(f"débloquer ⟦150{NB}000⟧ tonnes", 150000, None, "other", "fuel-q-reserve"),
         Fg(f"près de ⟦60⟧{NB}%", 60, "nearly", "other", "fuel-q-stations-dry"))),
    Art("ml12-fuel-shortage", "lagacetadelnorte.example", "economia/2026-03-23/brevonia-reservas-combustible",
        "2026-03-23", "es",
        "Brevonia libera reservas de combustible ante el desabastecimiento",
        ("Brevonia liberará 150.000 toneladas de gasolina y gasóleo de su reserva estratégica. Según la patronal del "
         "sector, el 60 % de las gasolineras del país se quedaron sin combustible el domingo.",
         "El ministro de Energía, Anton Weyland, aseguró que \"hay combustible suficiente\" y que el problema es "
         "hacerlo llegar a los surtidores.",
         "Fuentes del ministerio no descartan limitar la venta a 20 litros por vehículo."),
        (St("sector, ⟦el 60 % de las gasolineras del país se quedaron sin combustible el domingo⟧",
            "Brevonia fuel retailers' association", "indirect", "fuel-u3"),
         St("aseguró que ⟦\"hay combustible suficiente\" y que el problema es hacerlo llegar a los surtidores⟧",
            "Anton Weyland", "partial", "fuel-u1"),
         St("no descartan ⟦limitar la venta a 20 litros por vehículo⟧", "Brevonia energy ministry official",
            "indirect", "fuel-u5")),
        (Fg("liberará ⟦150.000⟧ toneladas", 150000, None, "other", "fuel-q-reserve"),
         Fg("el ⟦60⟧ %", 60, None, "other", "fuel-q-stations-dry"),
         Fg("a ⟦20⟧ litros", 20, None, "other", "fuel-q-ration"))),
    Art("ml12-fuel-shortage", "gazetadolitoral.example", "economia/2026/03/24/brevonia-reserva-combustivel",
        "2026-03-24", "pt",
        "Brevônia começa a distribuir reservas de combustível",
        ("Os primeiros caminhões-tanque com combustível da reserva estratégica da Brevônia chegaram nesta "
         "terça-feira aos postos. O governo prometeu liberar 150 mil toneladas de gasolina e diesel.",
         "De acordo com a associação dos revendedores, mais de 60% dos postos continuavam sem combustível. O "
         "ministro da Energia, Anton Weyland, disse que a situação deve se normalizar até o fim de semana.",
         "A refinaria de Kessel, da Norpetra, deve voltar a operar em dez dias, segundo a empresa."),
        (St("revendedores, ⟦mais de 60% dos postos continuavam sem combustível⟧",
            "Brevonia fuel retailers' association", "indirect", "fuel-u7"),
         St("disse que ⟦a situação deve se normalizar até o fim de semana⟧", "Anton Weyland", "indirect", "fuel-u6"),
         St("⟦A refinaria de Kessel, da Norpetra, deve voltar a operar em dez dias⟧, segundo", "Norpetra",
            "indirect", "fuel-u4")),
        (Fg("liberar ⟦150 mil⟧ toneladas", 150000, None, "other", "fuel-q-reserve"),
         Fg("mais de ⟦60⟧%", 60, "more than", "other", "fuel-q-stations-dry"))),
    # ---------------------------------------------------------------- ml12-gas-leak-school (test)
    Art("ml12-gas-leak-school", "lechodesmonts.example", "faits-divers/montrejal-fuite-gaz-ecole-tilleuls",
        "2026-02-12", "fr",
        "Fuite de gaz dans une école de Montréjal : 87 élèves intoxiqués",
        ("Une fuite de gaz dans la chaufferie de l'école des Tilleuls, à Montréjal, a intoxiqué jeudi matin 87 élèves "
         "et six enseignants. Quatorze enfants ont été transportés à l'hôpital, et les 420 élèves de l'établissement "
         "ont été évacués.",
         f"«{NB}Aucun enfant n'est en danger de mort. Ils restent tous sous surveillance{NB}», a déclaré le préfet, "
         "Olivier Marchesseau. Selon la directrice, Claire Vautrin, les enfants se sont plaints de maux de tête et "
         "de nausées après la récréation.",
         "D'après l'exploitant du réseau, Gazéa, une canalisation corrodée serait à l'origine de la fuite."),
        (St(f"«{NB}⟦Aucun enfant n'est en danger de mort. Ils restent tous sous surveillance⟧{NB}»",
            "Olivier Marchesseau", "direct", "gasschool-u1"),
         St("Vautrin, ⟦les enfants se sont plaints de maux de tête et de nausées après la récréation⟧",
            "Claire Vautrin", "indirect", "gasschool-u3"),
         St("Gazéa, ⟦une canalisation corrodée serait à l'origine de la fuite⟧", "Gazéa", "indirect",
            "gasschool-u2")),
        (Fg("jeudi matin ⟦87⟧ élèves", 87, None, "wounded", "gasschool-q-sick"),
         Fg("et ⟦six⟧ enseignants", 6, None, "wounded", "gasschool-q-teachers"),
         Fg("⟦Quatorze⟧ enfants", 14, None, "wounded", "gasschool-q-hospitalised"),
         Fg("les ⟦420⟧ élèves", 420, None, "other", "gasschool-q-evacuated"))),
    Art("ml12-gas-leak-school", "pfalzblatt.example", "panorama/frankreich-gasleck-grundschule-montrejal",
        "2026-02-12", "de",
        "Gasleck in französischer Grundschule: 87 Kinder mit Vergiftungserscheinungen",
        ("Nach einem Gasleck in einer Grundschule im französischen Montréjal haben 87 Kinder über Übelkeit und "
         "Kopfschmerzen geklagt. 14 von ihnen kamen ins Krankenhaus, die übrigen Schüler wurden in eine Sporthalle "
         "gebracht.",
         "„Kein Kind schwebt in Lebensgefahr“, sagte Präfekt Olivier Marchesseau. Nach Angaben des Netzbetreibers "
         "Gazéa war ein durchgerostetes Rohr im Heizungsraum undicht.",
         "„Wir haben es von anderen Eltern erfahren, nicht von der Schule“, sagte eine Mutter vor dem Schultor."),
        (St("„⟦Kein Kind schwebt in Lebensgefahr⟧“", "Olivier Marchesseau", "direct", "gasschool-u1"),
         St("Gazéa ⟦war ein durchgerostetes Rohr im Heizungsraum undicht⟧", "Gazéa", "indirect", "gasschool-u2"),
         St("„⟦Wir haben es von anderen Eltern erfahren, nicht von der Schule⟧“", "Montréjal parent", "direct",
            "gasschool-u4")),
        (Fg("haben ⟦87⟧ Kinder", 87, None, "wounded", "gasschool-q-sick"),
         Fg("⟦14⟧ von ihnen", 14, None, "wounded", "gasschool-q-hospitalised"))),
    Art("ml12-gas-leak-school", "dasarangnews.example", "news/articleView.html?idxno=15590", "2026-02-13", "ko",
        "프랑스 초등학교 가스 누출…학생 87명 두통·구토 호소",
        ("프랑스 몽레잘의 한 초등학교 보일러실에서 가스가 새어 학생 87명이 두통과 구토 증세를 보였다. 이 가운데 "
         "14명은 병원으로 옮겨졌고, 전교생 420명이 긴급 대피했다.",
         "올리비에 마르셰소 지사는 “생명이 위독한 어린이는 없다”고 말했다. 가스 공급업체 가제아에 따르면 보일러실의 "
         "부식된 배관이 누출 원인으로 추정된다."),
        (St("“⟦생명이 위독한 어린이는 없다⟧”", "Olivier Marchesseau", "direct", "gasschool-u1"),
         St("따르면 ⟦보일러실의 부식된 배관이 누출 원인으로 추정된다⟧", "Gazéa", "indirect", "gasschool-u2")),
        (Fg("학생 ⟦87⟧명이", 87, None, "wounded", "gasschool-q-sick"),
         Fg("⟦14⟧명은 병원", 14, None, "wounded", "gasschool-q-hospitalised"),
         Fg("전교생 ⟦420⟧명이", 420, None, "other", "gasschool-q-evacuated"))),
    Art("ml12-gas-leak-school", "ilpiccolodellealpi.example", "esteri/francia-fuga-gas-scuola-montrejal",
        "2026-02-12", "it",
        "Francia, fuga di gas in una scuola elementare: un'ottantina di bambini intossicati",
        ("Un'ottantina di bambini sono rimasti intossicati giovedì mattina per una fuga di gas nella scuola "
         "elementare des Tilleuls di Montréjal, nel sud della Francia. Una quindicina sono stati ricoverati in "
         "ospedale.",
         "Secondo il prefetto Olivier Marchesseau, nessuno dei piccoli è in pericolo di vita. La preside Claire "
         "Vautrin ha raccontato che gli alunni hanno cominciato a lamentare mal di testa e nausea dopo l'intervallo.",
         "«L'abbiamo saputo dagli altri genitori», ha detto una madre all'uscita della scuola."),
        (St("Marchesseau, ⟦nessuno dei piccoli è in pericolo di vita⟧", "Olivier Marchesseau", "indirect",
            "gasschool-u1"),
         St("raccontato che ⟦gli alunni hanno cominciato a lamentare mal di testa e nausea dopo l'intervallo⟧",
            "Claire Vautrin", "indirect", "gasschool-u3"),
         St("«⟦L'abbiamo saputo dagli altri genitori⟧»", "Montréjal parent", "direct", "gasschool-u4")),
        (Fg("Un'⟦ottantina⟧ di bambini", 80, "about", "wounded", "gasschool-q-sick"),
         Fg("Una ⟦quindicina⟧ sono", 15, "about", "wounded", "gasschool-q-hospitalised"))),
    Art("ml12-gas-leak-school", "tribunadocentro.example", "mundo/2026/02/12/vazamento-gas-escola-franca",
        "2026-02-12", "pt",
        "Vazamento de gás em escola na França intoxica quase 90 crianças",
        ("Quase 90 alunos de uma escola primária de Montréjal, no sul da França, passaram mal nesta quinta-feira "
         "após um vazamento de gás na casa das caldeiras. Quatorze crianças foram levadas ao hospital.",
         "“Nenhuma criança corre risco de vida”, afirmou o prefeito Olivier Marchesseau.",
         "A diretora da escola, Claire Vautrin, contou que as crianças reclamaram de dor de cabeça e enjoo depois do "
         "recreio. Segundo a distribuidora Gazéa, um cano corroído pode ter provocado o vazamento."),
        (St("“⟦Nenhuma criança corre risco de vida⟧”", "Olivier Marchesseau", "direct", "gasschool-u1"),
         St("contou que ⟦as crianças reclamaram de dor de cabeça e enjoo depois do recreio⟧", "Claire Vautrin",
            "indirect", "gasschool-u3"),
         St("Gazéa, ⟦um cano corroído pode ter provocado o vazamento⟧", "Gazéa", "indirect", "gasschool-u2")),
        (Fg("Quase ⟦90⟧ alunos", 90, "nearly", "wounded", "gasschool-q-sick"),
         Fg("⟦Quatorze⟧ crianças", 14, None, "wounded", "gasschool-q-hospitalised"))),
    # ---------------------------------------------------------------- ml12-heat-deaths (test)
    Art("ml12-heat-deaths", "hanulnews.example", "news/articleView.html?idxno=58841", "2026-07-21", "ko",
        "메리디아 폭염에 23명 사망…온열질환자 1천200여 명",
        ("최고기온이 46도까지 치솟은 메리디아 남부 발도리아 지방에서 폭염으로 23명이 숨졌다. 열사병 등 "
         "온열질환으로 병원에 실려 간 사람도 1천200여 명에 이른다.",
         "루시아 아라발 보건부 장관은 “숨진 이들 대부분은 혼자 사는 노인이었다. 이 더위 속에 누구도 혼자 두어서는 "
         "안 된다”고 강조했다.",
         "기상청은 주말까지 기온이 40도 아래로 내려가지 않을 것이라고 예보했다."),
        (St("“⟦숨진 이들 대부분은 혼자 사는 노인이었다. 이 더위 속에 누구도 혼자 두어서는 안 된다⟧”",
            "Lucía Arrabal", "direct", "heat-u1"),
         St("기상청은 ⟦주말까지 기온이 40도 아래로 내려가지 않을 것⟧이라고", "Meridia meteorological agency",
            "indirect", "heat-u3")),
        (Fg("폭염으로 ⟦23⟧명이", 23, None, "killed", "heat-q-killed"),
         Fg("⟦1천200여⟧ 명에", 1200, "more than", "other", "heat-q-hospital"))),
    Art("ml12-heat-deaths", "isarbote.example", "panorama/hitzewelle-meridia-valdoria-tote", "2026-07-21", "de",
        "Hitzewelle in Meridia: Mindestens 23 Tote",
        ("Bei Temperaturen von bis zu 46 Grad sind in der meridianischen Region Valdoria mindestens 23 Menschen an "
         "den Folgen der Hitze gestorben. Rund 1.200 Menschen wurden mit Hitzschlag oder Kreislaufproblemen in "
         "Kliniken eingeliefert.",
         "Die meisten Toten seien ältere Menschen gewesen, die allein lebten; niemand dürfe bei dieser Hitze allein "
         "gelassen werden, sagte Gesundheitsministerin Lucía Arrabal.",
         "Zivilschutzdirektor Tomás Ibarreta kündigte an, in 120 Gemeinden würden klimatisierte Räume geöffnet."),
        (St("⟦Die meisten Toten seien ältere Menschen gewesen, die allein lebten; niemand dürfe bei dieser Hitze "
            "allein gelassen werden⟧, sagte", "Lucía Arrabal", "indirect", "heat-u1"),
         St("kündigte an, ⟦in 120 Gemeinden würden klimatisierte Räume geöffnet⟧", "Tomás Ibarreta", "indirect",
            "heat-u2")),
        (Fg("mindestens ⟦23⟧ Menschen", 23, "at least", "killed", "heat-q-killed"),
         Fg("Rund ⟦1.200⟧ Menschen", 1200, "about", "other", "heat-q-hospital"),
         Fg("in ⟦120⟧ Gemeinden", 120, None, "other", "heat-q-cooling"))),
    Art("ml12-heat-deaths", "southernledger.example", "world/2026/07/22/valdoria-heatwave-toll", "2026-07-22", "en",
        "Valdoria heatwave death toll rises to 38",
        ("The number of people killed by the heatwave in Meridia's southern Valdoria region has risen to 38, the "
         "health ministry said on Wednesday, up from 23 a day earlier. More than 1,300 people have been treated in "
         "hospital for heatstroke.",
         '"We have never seen so many cases of heatstroke at once," said a doctor at Valdoria\'s main hospital, who '
         "asked not to be named.",
         "Health Minister Lucía Arrabal warned that the toll could rise further. Most of the victims were elderly "
         "people living alone, she said."),
        (St("⟦The number of people killed by the heatwave in Meridia's southern Valdoria region has risen to 38⟧, "
            "the health", "Meridia health ministry", "indirect", "heat-u6"),
         St('"⟦We have never seen so many cases of heatstroke at once⟧,"', "Valdoria hospital doctor", "direct",
            "heat-u4"),
         St("warned that ⟦the toll could rise further⟧", "Lucía Arrabal", "indirect", "heat-u5"),
         St("⟦Most of the victims were elderly people living alone⟧, she said", "Lucía Arrabal", "indirect",
            "heat-u1")),
        (Fg("risen to ⟦38⟧", 38, None, "killed", "heat-q-killed"),
         Fg("up from ⟦23⟧", 23, None, "killed", "heat-q-killed"),
         Fg("More than ⟦1,300⟧ people", 1300, "more than", "other", "heat-q-hospital"))),
    Art("ml12-heat-deaths", "diariodelaslomas.example", "sociedad/2026-07-22/ola-de-calor-valdoria",
        "2026-07-22", "es",
        "La ola de calor deja casi 40 muertos en Valdoria",
        ("La ola de calor que sufre la región meridiana de Valdoria ha causado ya 38 muertes, según el último balance "
         "del Ministerio de Sanidad. Unas 1.300 personas han tenido que ser hospitalizadas por golpes de calor.",
         "\"La mayoría de los fallecidos eran personas mayores que vivían solas. Nadie debe quedarse solo con este "
         "calor\", declaró la ministra de Sanidad, Lucía Arrabal, quien advirtió de que la cifra podría aumentar.",
         "Según la Agencia de Meteorología, las temperaturas no bajarán de 40 grados hasta el fin de semana."),
        (St("⟦La ola de calor que sufre la región meridiana de Valdoria ha causado ya 38 muertes⟧, según",
            "Meridia health ministry", "indirect", "heat-u6"),
         St("\"⟦La mayoría de los fallecidos eran personas mayores que vivían solas. Nadie debe quedarse solo con "
            "este calor⟧\"", "Lucía Arrabal", "direct", "heat-u1"),
         St("advirtió de que ⟦la cifra podría aumentar⟧", "Lucía Arrabal", "indirect", "heat-u5"),
         St("Meteorología, ⟦las temperaturas no bajarán de 40 grados hasta el fin de semana⟧",
            "Meridia meteorological agency", "indirect", "heat-u3")),
        (Fg("ya ⟦38⟧ muertes", 38, None, "killed", "heat-q-killed"),
         Fg("Unas ⟦1.300⟧ personas", 1300, "about", "other", "heat-q-hospital"))),
    Art("ml12-heat-deaths", "ilquotidianodellisola.example", "esteri/meridia-caldo-valdoria-vittime", "2026-07-23",
        "it",
        "Caldo killer in Valdoria, sale a 41 il bilancio dei morti",
        ("Sale a 41 il numero delle vittime dell'ondata di calore che da una settimana soffoca la regione di "
         "Valdoria, in Meridia. Oltre 1.300 persone sono state ricoverate per colpi di calore.",
         "Secondo la ministra della Salute Lucía Arrabal, la maggior parte delle vittime erano «anziani che "
         "vivevano da soli». Il direttore della protezione civile, Tomás Ibarreta, ha detto che sono stati aperti "
         "centri climatizzati in 120 comuni.",
         "«Non abbiamo mai visto tanti colpi di calore tutti insieme», confida un medico dell'ospedale principale di "
         "Valdoria che chiede l'anonimato."),
        (St("Arrabal, ⟦la maggior parte delle vittime erano «anziani che vivevano da soli»⟧", "Lucía Arrabal",
            "partial", "heat-u1"),
         St("detto che ⟦sono stati aperti centri climatizzati in 120 comuni⟧", "Tomás Ibarreta", "indirect",
            "heat-u2"),
         St("«⟦Non abbiamo mai visto tanti colpi di calore tutti insieme⟧»", "Valdoria hospital doctor", "direct",
            "heat-u4")),
        (Fg("Sale a ⟦41⟧ il numero", 41, None, "killed", "heat-q-killed"),
         Fg("Oltre ⟦1.300⟧ persone", 1300, "more than", "other", "heat-q-hospital"),
         Fg("in ⟦120⟧ comuni", 120, None, "other", "heat-q-cooling"))),
)

SPEAKER_FORMS_42: dict[str, tuple[str, ...]] = {
    "Ilona Sadecka": ("Ilona Sadecka", "Sadecka", "일로나 사데츠카", "사데츠카", "일로나 사데츠카 지방경찰청장",
                      "Polizeichefin Ilona Sadecka", "comandante da polícia regional",
                      "commandante de la police régionale"),
    "Radovan Petrik": ("Radovan Petrik", "Radovan Petřík", "Petrik", "Petřík", "라도반 페트리크", "페트리크",
                       "라도반 페트리크 내무장관", "Innenminister Radovan Petřík", "ministre de l'Intérieur"),
    "Vandrobus": ("Vandrobus", "empresa Vandrobus", "operator"),
    "Vandria regional health service": ("regional health service", "health service"),
    "Vandria regional police": ("police", "police régionale", "polícia"),
    "Ettore Bassani": ("Ettore Bassani", "Bassani", "에토레 바사니", "바사니", "에토레 바사니 소방대장",
                       "comandante dei vigili del fuoco", "Einsatzleiter der Feuerwehr", "jefe de bomberos",
                       "fire chief Ettore Bassani"),
    "Serena Colonna": ("Serena Colonna", "Colonna", "세레나 콜론나", "세레나 콜론나 시장", "sindaca Serena Colonna",
                       "alcaldesa"),
    "Ferrocargo": ("Ferrocargo", "società Ferrocargo", "Bahngesellschaft Ferrocargo"),
    "Pellaria environment agency": ("환경청", "현지 환경청", "regional environment agency", "environment agency"),
    "San Lucedio investigators": ("Ermittlerkreisen", "Ermittler"),
    "Bogdan Ilvescu": ("Bogdan Ilvescu", "Ilvescu", "보그단 일베스쿠", "일베스쿠", "보그단 일베스쿠 구조대장",
                       "Rettungsleiter Bogdan Ilvescu", "chefe das equipes de resgate", "chef des secouristes"),
    "Mirela Tonescu": ("Mirela Tonescu", "Tonescu", "미렐라 토네스쿠", "토네스쿠", "미렐라 토네스쿠 에너지부 장관",
                       "Energieministerin Mirela Tonescu", "ministre de l'Énergie", "ministra dell'Energia"),
    "Karbonal": ("Karbonal", "카르보날", "카르보날 측", "운영사", "Betreiber", "società Karbonal"),
    "Sorin Dabija": ("Sorin Dabija", "Dabija", "sindicalista Sorin Dabija", "sindacalista Sorin Dabija",
                     "Gewerkschafter Sorin Dabija"),
    "Farid Haddani": ("Farid Haddani", "Haddani", "파리드 하다니", "하다니", "파리드 하다니 보건부 대변인",
                      "Gesundheitsministeriumssprecher Farid Haddani", "portavoz del Ministerio de Sanidad",
                      "porte-parole du ministère de la Santé"),
    "Nadia Oumari": ("Nadia Oumari", "Oumari", "jefa de la policía de tráfico", "traffic police chief Nadia Oumari"),
    "Kaldera meteorological office": ("기상청", "Wetterdienst", "meteorological office", "services météorologiques"),
    "Ahn Tae-gyu": ("Ahn Tae-gyu", "Ahn Tae Gyu", "Ahn", "안태규", "안태규 서해소방서 현장지휘팀장",
                    "Einsatzleiter der Feuerwehr", "responsabile dei vigili del fuoco", "chefe dos bombeiros"),
    "Namgung Hye-rin": ("Namgung Hye-rin", "Namgung Hye Rin", "Namgung", "남궁혜린", "남궁혜린 서해시장", "서해시장",
                        "Bürgermeisterin Namgung Hye-rin", "presidente da câmara", "alcaldesa"),
    "Sewon Lift": ("Sewon Lift", "세원리프트", "Wartungsfirma Sewon Lift", "ditta Sewon Lift",
                   "empresa de mantenimiento"),
    "Seohae police": ("polizia", "경찰", "police"),
    "Anton Weyland": ("Anton Weyland", "Weyland", "안톤 바일란트", "바일란트", "안톤 바일란트 에너지부 장관",
                      "Energieminister Anton Weyland", "Energy Minister Anton Weyland", "ministre de l'Énergie",
                      "ministro de Energía", "ministro da Energia"),
    "Brevonia fuel retailers' association": ("retailers' association", "Tankstellenverband", "주유소협회",
                                             "fédération des détaillants", "patronal del sector",
                                             "associação dos revendedores"),
    "Norpetra": ("Norpetra", "노르페트라", "raffineur Norpetra", "empresa"),
    "Brevonia energy ministry official": ("ministry official", "Ministerium", "Fuentes del ministerio",
                                          "ministerio"),
    "Olivier Marchesseau": ("Olivier Marchesseau", "Marchesseau", "올리비에 마르셰소", "마르셰소",
                            "올리비에 마르셰소 지사", "préfet", "Präfekt Olivier Marchesseau",
                            "prefetto Olivier Marchesseau", "prefeito Olivier Marchesseau"),
    "Claire Vautrin": ("Claire Vautrin", "Vautrin", "directrice", "preside Claire Vautrin", "diretora da escola"),
    "Gazéa": ("Gazéa", "Gazea", "가제아", "Netzbetreiber Gazéa", "Netzbetreibers Gazéa", "exploitant du réseau",
              "distribuidora Gazéa"),
    "Montréjal parent": ("une mère", "eine Mutter", "Mutter", "una madre", "madre"),
    "Lucía Arrabal": ("Lucía Arrabal", "Lucia Arrabal", "Arrabal", "루시아 아라발", "아라발",
                      "루시아 아라발 보건부 장관", "Gesundheitsministerin Lucía Arrabal", "Health Minister Lucía Arrabal",
                      "ministra de Sanidad", "ministra della Salute"),
    "Tomás Ibarreta": ("Tomás Ibarreta", "Tomas Ibarreta", "Ibarreta", "Zivilschutzdirektor Tomás Ibarreta",
                       "direttore della protezione civile"),
    "Meridia health ministry": ("health ministry", "Ministerio de Sanidad"),
    "Meridia meteorological agency": ("기상청", "Agencia de Meteorología"),
    "Valdoria hospital doctor": ("doctor", "medico", "un medico"),
}
