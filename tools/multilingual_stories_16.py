"""Stories of the fifth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them. Every county, town, company, person, outlet and figure is
invented. Stories here (all test, listed in TEST_STORIES there): miners trapped in a coal mine and brought out over
three days (ml6-mine-rescue), a ransomware attack on a hospital group (ml6-cyberattack), a night fire in a seaside
hotel (ml6-hotel-fire).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_16: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml6 story: a coal-mine rescue (test)
    Art("ml6-mine-rescue", "saebyeokilbo.example", "news/articleView.html?idxno=310482", "2026-10-20", "ko",
        "도림군 황석탄광 갱도 붕괴…광부 12명 고립",
        ("20일 오전 도림군 황석탄광의 지하 갱도 일부가 무너져 광부 12명이 고립됐다. 사고 당시 갱 안에는 47명이 "
         "일하고 있었으며, 이 가운데 35명은 스스로 빠져나왔다.",
         "현장 구조를 지휘하는 오태석 도림광산구조대장은 “고립된 구간에 아직 공기가 남아 있을 가능성이 크다”고 "
         "말했다. 그는 구조대원 200여 명이 교대로 투입돼 무너진 토사를 걷어내고 있다고 설명했다.",
         "탄광을 운영하는 청암광업은 입장문을 내고 “지난달 정기 안전점검에서는 아무런 이상이 발견되지 않았다”고 "
         "밝혔다. 그러나 도림광산노동조합에 따르면 사고가 난 구간에서는 지난주부터 크고 작은 낙석이 잇따랐다."),
        (St("“⟦고립된 구간에 아직 공기가 남아 있을 가능성이 크다⟧”", "Oh Tae-seok", "direct", "mine6-u1"),
         St("그는 ⟦구조대원 200여 명이 교대로 투입돼 무너진 토사를 걷어내고 있다⟧고", "Oh Tae-seok", "indirect",
            "mine6-u2"),
         St("“⟦지난달 정기 안전점검에서는 아무런 이상이 발견되지 않았다⟧”", "Cheongam Mining", "direct",
            "mine6-u3"),
         St("따르면 ⟦사고가 난 구간에서는 지난주부터 크고 작은 낙석이 잇따랐다⟧", "Dorim mine workers' union",
            "indirect", "mine6-u4")),
        (Fg("광부 ⟦12⟧명이", 12, None, "missing", "mine6-q-trapped"),
         Fg("갱 안에는 ⟦47⟧명이", 47, None, "other", "mine6-q-underground"),
         Fg("가운데 ⟦35⟧명은", 35, None, "other", "mine6-q-walked-out"),
         Fg("구조대원 ⟦200여⟧ 명", 200, "more than", "other", "mine6-q-rescuers"))),
    Art("ml6-mine-rescue", "alpenblatt.example", "panorama/grubenunglueck-suedkorea-1.88120", "2026-10-20", "de",
        "Grubenunglück in Südkorea: Zwölf Bergleute unter Tage eingeschlossen",
        ("Im südkoreanischen Kohlebergwerk Hwangseok ist am Dienstagmorgen ein Stollen eingestürzt. Zwölf "
         "Bergleute sind seither eingeschlossen, mehr als 30 Kumpel konnten sich selbst ins Freie retten.",
         "„Wir gehen davon aus, dass es in dem abgeschnittenen Abschnitt noch Luft gibt“, sagte der Leiter der "
         "Grubenwehr, Oh Tae Seok. Rund 200 Helfer arbeiteten sich im Schichtbetrieb durch das Geröll, fügte er "
         "hinzu.",
         "Der Betreiber Cheongam Mining erklärte, bei der letzten Sicherheitsprüfung im September seien keine "
         "Mängel aufgefallen. Die Bergarbeitergewerkschaft in Dorim sieht das anders: In dem Stollen habe es seit "
         "einer Woche immer wieder Steinschläge gegeben, teilte sie mit."),
        (St("„⟦Wir gehen davon aus, dass es in dem abgeschnittenen Abschnitt noch Luft gibt⟧“", "Oh Tae-seok",
            "direct", "mine6-u1"),
         St("⟦Rund 200 Helfer arbeiteten sich im Schichtbetrieb durch das Geröll⟧, fügte", "Oh Tae-seok",
            "indirect", "mine6-u2"),
         St("erklärte, ⟦bei der letzten Sicherheitsprüfung im September seien keine Mängel aufgefallen⟧",
            "Cheongam Mining", "indirect", "mine6-u3"),
         St("anders: ⟦In dem Stollen habe es seit einer Woche immer wieder Steinschläge gegeben⟧, teilte",
            "Dorim mine workers' union", "indirect", "mine6-u4")),
        (Fg("⟦Zwölf⟧ Bergleute", 12, None, "missing", "mine6-q-trapped"),
         Fg("mehr als ⟦30⟧ Kumpel", 30, "more than", "other", "mine6-q-walked-out"),
         Fg("Rund ⟦200⟧ Helfer", 200, "about", "other", "mine6-q-rescuers"))),
    Art("ml6-mine-rescue", "thecoastalherald.example", "world/asia/2026/10/21/hwangseok-mine-rescue",
        "2026-10-21", "en",
        "Five miners brought out alive from collapsed South Korean coal pit",
        ("Rescuers pulled five coal miners alive from a collapsed tunnel at the Hwangseok mine in South Korea on "
         "Wednesday, more than a day after a rockfall cut them off. Seven of their colleagues are still trapped.",
         "The men were among 47 workers underground when part of the tunnel roof gave way on Tuesday morning; 35 "
         "managed to walk out on their own.",
         '"They are exhausted and cold, but they could talk to us the whole time," said Oh Tae-seok, who leads '
         "the rescue. He said crews expected to reach the remaining men by Thursday morning.",
         "Cheongam Mining's chief executive, Yang Hyeon-woo, bowed before relatives gathered at the pithead and "
         'said the company would "take full responsibility".',
         "The Dorim mine workers' union said miners had reported falling rocks in that section for a week. A "
         "rescuer who asked not to be named said a fresh-air line had been pushed through to the trapped men "
         "overnight."),
        (St('"⟦They are exhausted and cold, but they could talk to us the whole time⟧,"', "Oh Tae-seok", "direct",
            "mine6-u5"),
         St("He said ⟦crews expected to reach the remaining men by Thursday morning⟧", "Oh Tae-seok", "indirect",
            "mine6-u6"),
         St('said ⟦the company would "take full responsibility"⟧', "Yang Hyeon-woo", "partial", "mine6-u7"),
         St("union said ⟦miners had reported falling rocks in that section for a week⟧",
            "Dorim mine workers' union", "indirect", "mine6-u4"),
         St("named said ⟦a fresh-air line had been pushed through to the trapped men overnight⟧",
            "Hwangseok rescuer (anonymous)", "indirect", "mine6-u8")),
        (Fg("pulled ⟦five⟧ coal miners", 5, None, "other", "mine6-q-rescued"),
         Fg("⟦Seven⟧ of their colleagues", 7, None, "missing", "mine6-q-still-trapped"),
         Fg("among ⟦47⟧ workers", 47, None, "other", "mine6-q-underground"),
         Fg("morning; ⟦35⟧ managed", 35, None, "other", "mine6-q-walked-out"))),
    Art("ml6-mine-rescue", "hangangsinmun.example", "society/2026/10/21/hwangseok-rescue", "2026-10-21", "ko",
        "황석탄광 고립 광부 5명 구조…7명은 아직 갱 안에",
        ("도림군 황석탄광 붕괴 사고로 고립됐던 광부 가운데 5명이 21일 오후 구조됐다. 사고가 난 지 하루 반 만이다. "
         "나머지 7명은 여전히 갱도 안에 갇혀 있다.",
         "오태석 구조대장은 “다들 지치고 몸이 차갑지만 구조 내내 우리와 대화를 나눌 수 있었다”고 전했다. 오 "
         "대장은 남은 광부들에게는 22일 오전까지 닿을 수 있을 것으로 본다고 말했다.",
         "양현우 청암광업 대표는 이날 갱구 앞에 모인 가족들에게 고개를 숙이고 “모든 책임을 지겠다”고 말했다. 한 "
         "구조대원은 익명을 전제로 밤사이 고립 구간까지 공기 공급관을 연결했다고 말했다."),
        (St("“⟦다들 지치고 몸이 차갑지만 구조 내내 우리와 대화를 나눌 수 있었다⟧”", "Oh Tae-seok", "direct",
            "mine6-u5"),
         St("대장은 ⟦남은 광부들에게는 22일 오전까지 닿을 수 있을 것으로 본다⟧고", "Oh Tae-seok", "indirect",
            "mine6-u6"),
         St("“⟦모든 책임을 지겠다⟧”", "Yang Hyeon-woo", "direct", "mine6-u7"),
         St("전제로 ⟦밤사이 고립 구간까지 공기 공급관을 연결했다⟧고", "Hwangseok rescuer (anonymous)", "indirect",
            "mine6-u8")),
        (Fg("가운데 ⟦5⟧명이", 5, None, "other", "mine6-q-rescued"),
         Fg("나머지 ⟦7⟧명은", 7, None, "missing", "mine6-q-still-trapped"))),
    Art("ml6-mine-rescue", "elfaroatlantico.example", "internacional/2026/10/22/rescate-mina-hwangseok",
        "2026-10-22", "es",
        "Concluye el rescate en una mina de Corea del Sur con diez supervivientes y dos muertos",
        ("Los equipos de rescate dieron por concluida este jueves la operación en la mina de carbón de Hwangseok, "
         "en Corea del Sur: diez de los doce mineros atrapados desde el martes salieron con vida y dos fueron "
         "hallados muertos.",
         '"No hemos podido traerlos a todos de vuelta con vida, y eso nos va a pesar siempre", dijo emocionado el '
         "jefe del rescate, Oh Tae-seok. Según Oh, las víctimas quedaron sepultadas en el primer derrumbe y "
         "murieron probablemente en el acto.",
         "En la operación participaron unos 200 rescatistas. El sindicato minero de Dorim afirmó que la empresa "
         "operadora, Cheongam Mining, había pasado por alto durante una semana los avisos de desprendimientos."),
        (St('"⟦No hemos podido traerlos a todos de vuelta con vida, y eso nos va a pesar siempre⟧"', "Oh Tae-seok",
            "direct", "mine6-u9"),
         St("Según Oh, ⟦las víctimas quedaron sepultadas en el primer derrumbe y murieron probablemente en el "
            "acto⟧", "Oh Tae-seok", "indirect", "mine6-u10"),
         St("afirmó que ⟦la empresa operadora, Cheongam Mining, había pasado por alto durante una semana los avisos "
            "de desprendimientos⟧", "Dorim mine workers' union", "indirect", "mine6-u11")),
        (Fg("Corea del Sur: ⟦diez⟧ de los", 10, None, "other", "mine6-q-rescued"),
         Fg("los ⟦doce⟧ mineros", 12, None, "missing", "mine6-q-trapped"),
         Fg("y ⟦dos⟧ fueron hallados", 2, None, "killed", "mine6-q-killed"),
         Fg("unos ⟦200⟧ rescatistas", 200, "about", "other", "mine6-q-rescuers"))),
    Art("ml6-mine-rescue", "jornaldoriacho.example", "mundo/2026/10/22/resgate-mina-coreia-do-sul", "2026-10-22",
        "pt",
        "Resgate em mina sul-coreana termina com dez sobreviventes e dois mortos",
        ("Terminou nesta quinta-feira o resgate dos mineiros presos desde terça na mina de carvão de Hwangseok, na "
         "Coreia do Sul. Dez trabalhadores foram retirados com vida; outros dois morreram.",
         "Segundo o chefe das equipes de resgate, Oh Tae-seok, as vítimas ficaram soterradas logo no primeiro "
         'desabamento. "Não conseguimos trazer todos de volta com vida", afirmou ele, emocionado.',
         "Mais de 200 socorristas se revezaram no local. A mineradora Cheongam Mining disse que vai colaborar com as "
         "investigações, enquanto o sindicato dos mineiros de Dorim afirma que a empresa ignorou por uma semana os "
         "alertas sobre queda de pedras."),
        (St("Tae-seok, ⟦as vítimas ficaram soterradas logo no primeiro desabamento⟧", "Oh Tae-seok", "indirect",
            "mine6-u10"),
         St('"⟦Não conseguimos trazer todos de volta com vida⟧"', "Oh Tae-seok", "direct", "mine6-u9"),
         St("disse que ⟦vai colaborar com as investigações⟧", "Cheongam Mining", "indirect", "mine6-u12"),
         St("afirma que ⟦a empresa ignorou por uma semana os alertas sobre queda de pedras⟧",
            "Dorim mine workers' union", "indirect", "mine6-u11")),
        (Fg("⟦Dez⟧ trabalhadores", 10, None, "other", "mine6-q-rescued"),
         Fg("outros ⟦dois⟧ morreram", 2, None, "killed", "mine6-q-killed"),
         Fg("Mais de ⟦200⟧ socorristas", 200, "more than", "other", "mine6-q-rescuers"))),
    # ---------------------------------------------------------------- ml6 story: ransomware at a hospital group (test)
    Art("ml6-cyberattack", "lagazzettadisorvena.example", "cronaca/2026/11/02/attacco-informatico-ospedali",
        "2026-11-02", "it",
        "Attacco informatico alla Rete ospedaliera sorvenese, rinviati oltre 400 interventi",
        ("Un attacco informatico ha paralizzato nella notte tra domenica e lunedì i sistemi della Rete ospedaliera "
         "sorvenese: nei quattro ospedali del gruppo sono stati rinviati oltre 400 interventi programmati e una "
         "sessantina di pazienti arrivati in ambulanza sono stati dirottati verso strutture vicine.",
         "«Nessun paziente è stato messo in pericolo», ha detto la direttrice generale Graziella Pontevico in una "
         "conferenza stampa convocata d'urgenza. Secondo Pontevico, i reparti stanno lavorando con cartelle "
         "cartacee e i pronto soccorso restano aperti ai casi più gravi.",
         "La polizia ha fatto sapere che è stata aperta un'indagine per estorsione e accesso abusivo a un sistema "
         "informatico. Non è ancora chiaro se siano stati sottratti dati dei pazienti."),
        (St("«⟦Nessun paziente è stato messo in pericolo⟧»", "Graziella Pontevico", "direct", "cyber6-u1"),
         St("Secondo Pontevico, ⟦i reparti stanno lavorando con cartelle cartacee e i pronto soccorso restano aperti "
            "ai casi più gravi⟧", "Graziella Pontevico", "indirect", "cyber6-u2"),
         St("fatto sapere che ⟦è stata aperta un'indagine per estorsione e accesso abusivo a un sistema "
            "informatico⟧", "Sorvena police", "indirect", "cyber6-u3")),
        (Fg("nei ⟦quattro⟧ ospedali", 4, None, "other", "cyber6-q-hospitals"),
         Fg("oltre ⟦400⟧ interventi", 400, "more than", "other", "cyber6-q-postponed"),
         Fg("⟦una sessantina⟧ di pazienti", 60, "about", "other", "cyber6-q-diverted"))),
    Art("ml6-cyberattack", "donaubote.example", "digital/cyberangriff-kliniken-sorvena-1.30517", "2026-11-03",
        "de",
        "Cyberangriff auf Kliniken in Montaldien: Erpresser verlangen 3,5 Millionen Euro",
        ("Nach dem Hackerangriff auf den Krankenhausverbund der montaldischen Hauptstadt Sorvena fordern die Täter "
         "ein Lösegeld von 3,5 Millionen Euro. Mehr als 400 geplante Operationen mussten verschoben werden, rund 60 "
         "Notfallpatienten wurden in andere Kliniken gebracht.",
         "„Wir werden kein Lösegeld zahlen“, sagte die Generaldirektorin des Verbunds, Graziella Pontevico, am "
         "Dienstag. Zu keinem Zeitpunkt seien Patienten in Gefahr gewesen, betonte sie.",
         "Laut Behördenchef Lorenzo Baiardi von der nationalen Cybersicherheitsbehörde trägt der Angriff die "
         "Handschrift der Erpressergruppe VoltCrane. Die Angreifer hätten Daten von rund 180.000 Patienten kopiert, "
         "sagte Baiardi."),
        (St("„⟦Wir werden kein Lösegeld zahlen⟧“", "Graziella Pontevico", "direct", "cyber6-u4"),
         St("⟦Zu keinem Zeitpunkt seien Patienten in Gefahr gewesen⟧, betonte", "Graziella Pontevico", "indirect",
            "cyber6-u1"),
         St("Cybersicherheitsbehörde ⟦trägt der Angriff die Handschrift der Erpressergruppe VoltCrane⟧",
            "Lorenzo Baiardi", "indirect", "cyber6-u5"),
         St("⟦Die Angreifer hätten Daten von rund 180.000 Patienten kopiert⟧, sagte", "Lorenzo Baiardi",
            "indirect", "cyber6-u6")),
        (Fg("von ⟦3,5 Millionen Euro⟧", 3_500_000, None, "money", "cyber6-q-ransom"),
         Fg("Mehr als ⟦400⟧ geplante", 400, "more than", "other", "cyber6-q-postponed"),
         Fg("rund ⟦60⟧ Notfallpatienten", 60, "about", "other", "cyber6-q-diverted"),
         Fg("von rund ⟦180.000⟧ Patienten", 180_000, "about", "other", "cyber6-q-records"))),
    Art("ml6-cyberattack", "lechodelariviera.example", "monde/cyberattaque-hopitaux-sorvena-rancon", "2026-11-03",
        "fr",
        "Cyberattaque contre les hôpitaux de Sorvena : les pirates réclament une rançon",
        ("Les pirates informatiques qui ont paralysé, dans la nuit de dimanche à lundi, les quatre hôpitaux de la "
         "Rete ospedaliera sorvenese, en Montaldie, réclament une rançon de 3,5 millions d'euros. Plus de 400 "
         "opérations programmées ont été reportées et une soixantaine de patients ont été redirigés vers d'autres "
         "établissements.",
         f"«{NB}Aucun patient n'a été mis en danger{NB}», a assuré mardi la directrice générale du groupe, Graziella "
         f"Pontevico. Elle a ajouté que l'établissement «{NB}ne paiera pas{NB}» les pirates.",
         "D'après le directeur de l'agence nationale de cybersécurité, Lorenzo Baiardi, l'attaque porte la "
         f"signature du groupe VoltCrane. Il estime que les données de quelque 180{NB}000 patients ont pu être "
         "copiées."),
        (St(f"«{NB}⟦Aucun patient n'a été mis en danger⟧{NB}»", "Graziella Pontevico", "direct", "cyber6-u1"),
         St(f"ajouté que ⟦l'établissement «{NB}ne paiera pas{NB}» les pirates⟧", "Graziella Pontevico", "partial",
            "cyber6-u4"),
         St("Baiardi, ⟦l'attaque porte la signature du groupe VoltCrane⟧", "Lorenzo Baiardi", "indirect",
            "cyber6-u5"),
         St(f"estime que ⟦les données de quelque 180{NB}000 patients ont pu être copiées⟧", "Lorenzo Baiardi",
            "indirect", "cyber6-u6")),
        (Fg("les ⟦quatre⟧ hôpitaux", 4, None, "other", "cyber6-q-hospitals"),
         Fg("rançon de ⟦3,5 millions d'euros⟧", 3_500_000, None, "money", "cyber6-q-ransom"),
         Fg("Plus de ⟦400⟧ opérations", 400, "more than", "other", "cyber6-q-postponed"),
         Fg("⟦une soixantaine⟧ de patients", 60, "about", "other", "cyber6-q-diverted"),
         Fg(f"quelque ⟦180{NB}000⟧ patients", 180_000, "about", "other", "cyber6-q-records"))),
    Art("ml6-cyberattack", "daehanpost.example", "world/2026/11/04/montaldia-ransomware", "2026-11-04", "ko",
        "몬탈디아 병원그룹 랜섬웨어 공격…“환자 18만∼25만 명 정보 유출 추정”",
        ("몬탈디아 수도 소르베나에서 병원 4곳을 운영하는 소르베나병원그룹이 랜섬웨어 공격을 받아 사흘째 전산망이 "
         "마비됐다. 지금까지 연기된 수술은 1천200여 건에 이르고, 응급환자 60여 명이 다른 병원으로 옮겨졌다.",
         "로렌초 바이아르디 몬탈디아 국가사이버보안청장은 4일 기자회견에서 “18만∼25만 명의 환자 정보가 빠져나간 "
         "것으로 보인다”고 말했다. 그는 이번 공격이 해킹조직 ‘볼트크레인’의 소행으로 추정된다고 덧붙였다.",
         "그라치엘라 폰테비코 병원그룹 원장은 “어떤 경우에도 해커들에게 돈을 건네지 않을 것”이라며 350만 유로의 "
         "몸값 요구를 거부했다. 경찰에 따르면 해커들은 외국 서버를 거쳐 그룹 전산망에 침입했다."),
        (St("“⟦18만∼25만 명의 환자 정보가 빠져나간 것으로 보인다⟧”", "Lorenzo Baiardi", "direct", "cyber6-u7"),
         St("그는 ⟦이번 공격이 해킹조직 ‘볼트크레인’의 소행으로 추정된다⟧고", "Lorenzo Baiardi", "indirect",
            "cyber6-u5"),
         St("“⟦어떤 경우에도 해커들에게 돈을 건네지 않을 것⟧”", "Graziella Pontevico", "direct", "cyber6-u4"),
         St("따르면 ⟦해커들은 외국 서버를 거쳐 그룹 전산망에 침입했다⟧", "Sorvena police", "indirect",
            "cyber6-u9")),
        (Fg("병원 ⟦4⟧곳", 4, None, "other", "cyber6-q-hospitals"),
         Fg("수술은 ⟦1천200여⟧ 건", 1200, "more than", "other", "cyber6-q-postponed"),
         Fg("응급환자 ⟦60여⟧ 명", 60, "more than", "other", "cyber6-q-diverted"),
         Fg("“⟦18만∼25만⟧ 명의", 215_000, None, "other", "cyber6-q-records", low=180_000, high=250_000),
         Fg("⟦350만 유로⟧의", 3_500_000, None, "money", "cyber6-q-ransom"))),
    Art("ml6-cyberattack", "northsoundgazette.example", "world/2026/11/04/montaldia-hospital-hack-records",
        "2026-11-04", "en",
        "Hackers may have taken records of up to 250,000 patients, Montaldia says",
        ("The hackers who crippled a hospital group in Montaldia's capital, Sorvena, may have copied the medical "
         "records of between 180,000 and 250,000 patients, the head of the country's cybersecurity agency, Lorenzo "
         "Baiardi, said on Wednesday.",
         '"We are looking at one of the largest thefts of health data this country has seen," Baiardi told '
         "reporters. He said the attack bore the hallmarks of VoltCrane, a ransomware gang that has hit hospitals in "
         "several countries. The agency said it had warned hospitals about the gang in September.",
         "Nearly 1,200 planned operations have been postponed since the attack began overnight into Monday, and "
         "about 60 emergency patients were taken to other hospitals. The group's director general, Graziella "
         "Pontevico, has refused the hackers' demand for €3.5 million. No patient was harmed, she said.",
         "A police investigator, speaking on condition of anonymity, said the intruders had got into the network "
         "through a supplier's remote-maintenance account."),
        (St("⟦The hackers who crippled a hospital group in Montaldia's capital, Sorvena, may have copied the medical "
            "records of between 180,000 and 250,000 patients⟧, the head", "Lorenzo Baiardi", "indirect",
            "cyber6-u7"),
         St('"⟦We are looking at one of the largest thefts of health data this country has seen⟧,"',
            "Lorenzo Baiardi", "direct", "cyber6-u10"),
         St("He said ⟦the attack bore the hallmarks of VoltCrane, a ransomware gang that has hit hospitals in "
            "several countries⟧", "Lorenzo Baiardi", "indirect", "cyber6-u5"),
         St("agency said ⟦it had warned hospitals about the gang in September⟧", "Montaldian cybersecurity agency",
            "indirect", "cyber6-u8"),
         St("⟦No patient was harmed⟧, she said", "Graziella Pontevico", "indirect", "cyber6-u1"),
         St("anonymity, said ⟦the intruders had got into the network through a supplier's remote-maintenance "
            "account⟧", "Sorvena investigators (anonymous)", "indirect", "cyber6-u11")),
        (Fg("between ⟦180,000 and 250,000⟧ patients", 215_000, None, "other", "cyber6-q-records", low=180_000,
            high=250_000),
         Fg("Nearly ⟦1,200⟧ planned", 1200, "nearly", "other", "cyber6-q-postponed"),
         Fg("about ⟦60⟧ emergency", 60, "about", "other", "cyber6-q-diverted"),
         Fg("for ⟦€3.5 million⟧", 3_500_000, None, "money", "cyber6-q-ransom"))),
    Art("ml6-cyberattack", "ilmattinodisorvena.example", "cronaca/2026/11/04/dati-pazienti-rubati", "2026-11-04",
        "it",
        "Dati rubati fino a 250mila pazienti, Baiardi: «Uno dei furti più gravi»",
        ("Sarebbero tra 180mila e 250mila i pazienti della Rete ospedaliera sorvenese i cui dati sono finiti nelle "
         "mani dei pirati informatici che da lunedì tengono in ostaggio i sistemi del gruppo.",
         "«Siamo di fronte a uno dei più gravi furti di dati sanitari mai avvenuti nel nostro Paese», ha dichiarato "
         "il direttore dell'Agenzia nazionale per la sicurezza informatica, Lorenzo Baiardi.",
         "Intanto salgono a circa 1.200 gli interventi rinviati. La direttrice generale Graziella Pontevico ha "
         "ribadito che la Rete non verserà i 3,5 milioni di euro chiesti dai pirati: «Non tratteremo con dei "
         "criminali».",
         "Secondo fonti investigative, gli aggressori sarebbero entrati attraverso l'account di manutenzione remota "
         "di un fornitore."),
        (St("«⟦Siamo di fronte a uno dei più gravi furti di dati sanitari mai avvenuti nel nostro Paese⟧»",
            "Lorenzo Baiardi", "direct", "cyber6-u10"),
         St("ribadito che ⟦la Rete non verserà i 3,5 milioni di euro chiesti dai pirati⟧", "Graziella Pontevico",
            "indirect", "cyber6-u4"),
         St("«⟦Non tratteremo con dei criminali⟧»", "Graziella Pontevico", "direct", "cyber6-u12"),
         St("investigative, ⟦gli aggressori sarebbero entrati attraverso l'account di manutenzione remota di un "
            "fornitore⟧", "Sorvena investigators (anonymous)", "indirect", "cyber6-u11")),
        (Fg("tra ⟦180mila e 250mila⟧ i pazienti", 215_000, None, "other", "cyber6-q-records", low=180_000,
            high=250_000),
         Fg("circa ⟦1.200⟧ gli interventi", 1200, "about", "other", "cyber6-q-postponed"),
         Fg("i ⟦3,5 milioni di euro⟧", 3_500_000, None, "money", "cyber6-q-ransom"))),
    # ---------------------------------------------------------------- ml6 story: a night fire in a seaside hotel (test)
    Art("ml6-hotel-fire", "ojornaldamarvania.example", "pais/2026/08/16/incendio-hotel-brisamar", "2026-08-16",
        "pt",
        "Incêndio em hotel de Areia Dourada faz pelo menos seis mortos",
        ("Pelo menos seis pessoas morreram e 23 ficaram feridas num incêndio que deflagrou na madrugada deste "
         "domingo no Hotel Brisamar, em Areia Dourada. Cerca de 300 hóspedes foram retirados do edifício, muitos "
         "deles turistas estrangeiros.",
         "“Tirámos dezenas de pessoas pelas varandas, com escadas”, contou a comandante dos bombeiros, Rosa "
         "Tavanez. De acordo com a comandante, o fogo começou na cozinha, no rés-do-chão, e propagou-se pela "
         "escadaria principal.",
         "O proprietário do hotel, Álvaro Quintela, garantiu que o edifício cumpria todas as normas de segurança. "
         "Oitenta bombeiros combateram as chamas durante quase quatro horas."),
        (St("“⟦Tirámos dezenas de pessoas pelas varandas, com escadas⟧”", "Rosa Tavanez", "direct", "hotel6-u2"),
         St("comandante, ⟦o fogo começou na cozinha, no rés-do-chão, e propagou-se pela escadaria principal⟧",
            "Rosa Tavanez", "indirect", "hotel6-u1"),
         St("garantiu que ⟦o edifício cumpria todas as normas de segurança⟧", "Álvaro Quintela", "indirect",
            "hotel6-u4")),
        (Fg("Pelo menos ⟦seis⟧ pessoas", 6, "at least", "killed", "hotel6-q-killed"),
         Fg("e ⟦23⟧ ficaram", 23, None, "wounded", "hotel6-q-wounded"),
         Fg("Cerca de ⟦300⟧ hóspedes", 300, "about", "other", "hotel6-q-guests"),
         Fg("⟦Oitenta⟧ bombeiros", 80, None, "other", "hotel6-q-firefighters"))),
    Art("ml6-hotel-fire", "maeilhankuk.example", "news/articleView.html?idxno=207731", "2026-08-16", "ko",
        "마르바니아 해변 호텔 화재로 6명 사망…한국인 관광객 2명 부상",
        ("마르바니아 해안 휴양지 아레이아 도우라다의 브리자마르 호텔에서 16일 새벽 불이 나 최소 6명이 숨지고 "
         "20여 명이 다쳤다. 투숙객 300여 명이 대피했으며, 이 가운데에는 한국인 관광객 14명도 포함돼 있었다.",
         "주마르바니아 한국대사관의 하승민 영사는 “한국인 관광객 2명이 연기를 흡입해 병원에서 치료를 받고 있지만 생명에는 "
         "지장이 없다”고 말했다. 하 영사는 여권을 잃어버린 관광객들을 위해 긴급여권 발급을 돕고 있다고 밝혔다.",
         "로자 타바네스 소방대장에 따르면 불은 1층 주방에서 시작돼 중앙 계단을 타고 위층으로 번졌다. 현장에는 "
         "소방관 80명이 투입됐다."),
        (St("“⟦한국인 관광객 2명이 연기를 흡입해 병원에서 치료를 받고 있지만 생명에는 지장이 없다⟧”",
            "Ha Seung-min", "direct", "hotel6-u6"),
         St("영사는 ⟦여권을 잃어버린 관광객들을 위해 긴급여권 발급을 돕고 있다⟧고", "Ha Seung-min", "indirect",
            "hotel6-u7"),
         St("따르면 ⟦불은 1층 주방에서 시작돼 중앙 계단을 타고 위층으로 번졌다⟧", "Rosa Tavanez", "indirect",
            "hotel6-u1")),
        (Fg("최소 ⟦6⟧명이", 6, "at least", "killed", "hotel6-q-killed"),
         Fg("⟦20여⟧ 명이 다쳤다", 20, "more than", "wounded", "hotel6-q-wounded"),
         Fg("투숙객 ⟦300여⟧ 명", 300, "more than", "other", "hotel6-q-guests"),
         Fg("관광객 ⟦14⟧명도", 14, None, "other", "hotel6-q-korean-guests"),
         Fg("관광객 ⟦2⟧명이", 2, None, "wounded", "hotel6-q-korean-wounded"),
         Fg("소방관 ⟦80⟧명", 80, None, "other", "hotel6-q-firefighters"))),
    Art("ml6-hotel-fire", "ostseewarte.example", "reise/hotelbrand-areia-dourada-1.60244", "2026-08-16", "de",
        "Hotelbrand in Marvanien: Sechs Tote, deutsche Urlauber unter den Gästen",
        ("Bei einem Brand in einem Strandhotel im marvanischen Badeort Areia Dourada sind in der Nacht zum Sonntag "
         "mindestens sechs Menschen ums Leben gekommen. Unter den rund 300 Gästen des Hotels Brisamar waren auch 38 "
         "Urlauber aus Deutschland, wie der Reiseveranstalter Sonnenkap Reisen mitteilte.",
         "„Wir haben Dutzende Menschen mit Leitern über die Balkone herausgeholt“, sagte die Einsatzleiterin der "
         "Feuerwehr, Rosa Tavanez. Ihren Angaben zufolge wurden 23 Menschen verletzt, einige davon schwer.",
         "Hotelbesitzer Álvaro Quintela versicherte: „Unser Haus hat alle Brandschutzauflagen erfüllt.“ Ob unter "
         "den Toten auch Deutsche sind, war zunächst unklar. Das Auswärtige Amt erklärte, es stehe mit den "
         "marvanischen Behörden in engem Kontakt."),
        (St("⟦Unter den rund 300 Gästen des Hotels Brisamar waren auch 38 Urlauber aus Deutschland⟧, wie",
            "Sonnenkap Reisen", "indirect", "hotel6-u8"),
         St("„⟦Wir haben Dutzende Menschen mit Leitern über die Balkone herausgeholt⟧“", "Rosa Tavanez", "direct",
            "hotel6-u2"),
         St("zufolge ⟦wurden 23 Menschen verletzt, einige davon schwer⟧", "Rosa Tavanez", "indirect", "hotel6-u9"),
         St("„⟦Unser Haus hat alle Brandschutzauflagen erfüllt⟧.“", "Álvaro Quintela", "direct", "hotel6-u4"),
         St("erklärte, ⟦es stehe mit den marvanischen Behörden in engem Kontakt⟧", "German Foreign Office",
            "indirect", "hotel6-u10")),
        (Fg("mindestens ⟦sechs⟧ Menschen", 6, "at least", "killed", "hotel6-q-killed"),
         Fg("den rund ⟦300⟧ Gästen", 300, "about", "other", "hotel6-q-guests"),
         Fg("auch ⟦38⟧ Urlauber", 38, None, "other", "hotel6-q-german-guests"),
         Fg("wurden ⟦23⟧ Menschen", 23, None, "wounded", "hotel6-q-wounded"))),
    Art("ml6-hotel-fire", "eldiariodelestrecho.example", "internacional/2026/08/17/incendio-hotel-areia-dourada",
        "2026-08-17", "es",
        "Sube a ocho el número de muertos en el incendio de un hotel de playa en Marvania",
        ("El incendio que arrasó en la madrugada del domingo el hotel Brisamar, en la localidad costera de Areia "
         "Dourada, en Marvania, dejó finalmente ocho muertos y una veintena de heridos. La cifra se elevó el lunes, "
         "cuando fallecieron en el hospital dos heridos graves.",
         "Según la comandante de los bomberos, Rosa Tavanez, las plantas superiores del edificio no tenían alarmas "
         "de incendio en funcionamiento. La policía judicial ha abierto una investigación.",
         '"Estoy destrozado. Este hotel era la obra de mi vida", declaró el propietario, Álvaro Quintela, quien '
         "insistió en que el establecimiento cumplía todas las normas.",
         "Entre los cerca de 300 huéspedes había más de un centenar de turistas extranjeros, entre ellos 14 "
         "surcoreanos y varias decenas de alemanes."),
        (St("Tavanez, ⟦las plantas superiores del edificio no tenían alarmas de incendio en funcionamiento⟧",
            "Rosa Tavanez", "indirect", "hotel6-u3"),
         St('"⟦Estoy destrozado. Este hotel era la obra de mi vida⟧"', "Álvaro Quintela", "direct", "hotel6-u5"),
         St("insistió en que ⟦el establecimiento cumplía todas las normas⟧", "Álvaro Quintela", "indirect",
            "hotel6-u4")),
        (Fg("finalmente ⟦ocho⟧ muertos", 8, None, "killed", "hotel6-q-killed"),
         Fg("y ⟦una veintena⟧ de heridos", 20, "about", "wounded", "hotel6-q-wounded"),
         Fg("hospital ⟦dos⟧ heridos graves", 2, None, "killed", "hotel6-q-hospital-deaths"),
         Fg("los cerca de ⟦300⟧ huéspedes", 300, "about", "other", "hotel6-q-guests"),
         Fg("más de ⟦un centenar⟧ de turistas", 100, "more than", "other", "hotel6-q-foreign-guests"),
         Fg("ellos ⟦14⟧ surcoreanos", 14, None, "other", "hotel6-q-korean-guests"))),
    Art("ml6-hotel-fire", "ilcorrieredellariviera.example", "esteri/2026/08/17/rogo-hotel-brisamar-marvania",
        "2026-08-17", "it",
        "Rogo in un hotel sul mare in Marvania, otto morti. Il titolare: «Sono distrutto»",
        ("È salito a otto morti il bilancio dell'incendio che nella notte tra sabato e domenica ha devastato "
         "l'hotel Brisamar di Areia Dourada, località balneare della Marvania. I feriti sono una ventina; tra i "
         "circa 300 ospiti evacuati c'erano molti turisti stranieri.",
         "Secondo la comandante dei vigili del fuoco, Rosa Tavanez, ai piani alti dell'edificio gli allarmi "
         "antincendio non funzionavano. «Molti ospiti si sono salvati solo perché li abbiamo fatti scendere dai "
         "balconi», ha detto Tavanez.",
         "Il proprietario, Álvaro Quintela, si è detto «distrutto» e ha assicurato che l'albergo era in regola con "
         "tutte le norme di sicurezza. Un cameriere, che ha chiesto di restare anonimo, ha raccontato che l'allarme "
         "è scattato solo quando il fumo aveva già invaso i corridoi."),
        (St("Tavanez, ⟦ai piani alti dell'edificio gli allarmi antincendio non funzionavano⟧", "Rosa Tavanez",
            "indirect", "hotel6-u3"),
         St("«⟦Molti ospiti si sono salvati solo perché li abbiamo fatti scendere dai balconi⟧»", "Rosa Tavanez",
            "direct", "hotel6-u2"),
         St("si è detto «⟦distrutto⟧»", "Álvaro Quintela", "partial", "hotel6-u5"),
         St("assicurato che ⟦l'albergo era in regola con tutte le norme di sicurezza⟧", "Álvaro Quintela",
            "indirect", "hotel6-u4"),
         St("raccontato che ⟦l'allarme è scattato solo quando il fumo aveva già invaso i corridoi⟧",
            "Hotel Brisamar waiter (anonymous)", "indirect", "hotel6-u11")),
        (Fg("a ⟦otto⟧ morti", 8, None, "killed", "hotel6-q-killed"),
         Fg("sono ⟦una ventina⟧", 20, "about", "wounded", "hotel6-q-wounded"),
         Fg("circa ⟦300⟧ ospiti", 300, "about", "other", "hotel6-q-guests"))),
    Art("ml6-hotel-fire", "lesoirdelacote.example", "monde/incendie-hotel-brisamar-marvanie", "2026-08-17", "fr",
        "Incendie meurtrier dans un hôtel de Marvanie : huit morts",
        ("Le bilan de l'incendie qui a ravagé, dans la nuit de samedi à dimanche, l'hôtel Brisamar, à Areia "
         "Dourada, s'est alourdi à huit morts. Une vingtaine de personnes ont été blessées et près de 300 clients "
         "ont dû quitter l'établissement en pleine nuit.",
         f"Parmi les clients figuraient quatorze touristes sud-coréens. «{NB}Deux d'entre eux ont inhalé de la fumée "
         f"et sont soignés à l'hôpital, mais leurs jours ne sont pas en danger{NB}», a précisé le consul de Corée "
         "du Sud, Ha Seung-min.",
         "Selon le propriétaire, Álvaro Quintela, l'hôtel respectait toutes les normes de sécurité. La commandante "
         "des pompiers, Rosa Tavanez, affirme au contraire que les alarmes des étages supérieurs ne fonctionnaient "
         "pas."),
        (St(f"«{NB}⟦Deux d'entre eux ont inhalé de la fumée et sont soignés à l'hôpital, mais leurs jours ne sont pas "
            f"en danger⟧{NB}»", "Ha Seung-min", "direct", "hotel6-u6"),
         St("Quintela, ⟦l'hôtel respectait toutes les normes de sécurité⟧", "Álvaro Quintela", "indirect",
            "hotel6-u4"),
         St("contraire que ⟦les alarmes des étages supérieurs ne fonctionnaient pas⟧", "Rosa Tavanez", "indirect",
            "hotel6-u3")),
        (Fg("à ⟦huit⟧ morts", 8, None, "killed", "hotel6-q-killed"),
         Fg("⟦Une vingtaine⟧ de personnes", 20, "about", "wounded", "hotel6-q-wounded"),
         Fg("près de ⟦300⟧ clients", 300, "nearly", "other", "hotel6-q-guests"),
         Fg("figuraient ⟦quatorze⟧ touristes", 14, None, "other", "hotel6-q-korean-guests"),
         Fg(f"«{NB}⟦Deux⟧ d'entre", 2, None, "wounded", "hotel6-q-korean-wounded"))),
)

SPEAKER_FORMS_16: dict[str, tuple[str, ...]] = {
    "Oh Tae-seok": ("Oh Tae-seok", "Oh Tae Seok", "Oh", "오태석", "오태석 도림광산구조대장", "오태석 구조대장", "오 대장",
                    "Leiter der Grubenwehr", "jefe del rescate"),
    "Cheongam Mining": ("Cheongam Mining", "Cheongam", "청암광업", "Betreiber", "Betreiber Cheongam Mining",
                        "mineradora", "mineradora Cheongam Mining"),
    "Dorim mine workers' union": ("Dorim mine workers' union", "도림광산노동조합", "Bergarbeitergewerkschaft in Dorim",
                                  "Bergarbeitergewerkschaft", "Gewerkschaft", "sindicato minero de Dorim",
                                  "sindicato dos mineiros de Dorim", "sindicato", "union"),
    "Yang Hyeon-woo": ("Yang Hyeon-woo", "Yang Hyeon Woo", "Yang", "양현우", "양현우 청암광업 대표"),
    "Hwangseok rescuer (anonymous)": ("rescuer", "구조대원", "한 구조대원"),
    "Graziella Pontevico": ("Graziella Pontevico", "Pontevico", "그라치엘라 폰테비코", "폰테비코",
                            "그라치엘라 폰테비코 병원그룹 원장", "direttrice generale Graziella Pontevico",
                            "Generaldirektorin", "directrice générale", "director general"),
    "Lorenzo Baiardi": ("Lorenzo Baiardi", "Baiardi", "로렌초 바이아르디", "바이아르디",
                        "로렌초 바이아르디 몬탈디아 국가사이버보안청장", "Behördenchef Lorenzo Baiardi"),
    "Montaldian cybersecurity agency": ("Montaldian cybersecurity agency", "agency", "cybersecurity agency",
                                        "국가사이버보안청", "Cybersicherheitsbehörde",
                                        "agence nationale de cybersécurité",
                                        "Agenzia nazionale per la sicurezza informatica"),
    "Sorvena police": ("Sorvena police", "police", "polizia", "Polizei", "경찰"),
    "Sorvena investigators (anonymous)": ("police investigator", "investigator", "fonti investigative"),
    "Rosa Tavanez": ("Rosa Tavanez", "Tavanez", "로자 타바네스", "타바네스", "로자 타바네스 소방대장",
                     "comandante dos bombeiros", "Einsatzleiterin", "comandante"),
    "Álvaro Quintela": ("Álvaro Quintela", "Alvaro Quintela", "Quintela", "Hotelbesitzer Álvaro Quintela",
                        "proprietário", "propietario", "proprietario", "propriétaire"),
    "Ha Seung-min": ("Ha Seung-min", "Ha Seung Min", "하승민", "하 영사", "하승민 영사", "주마르바니아 한국대사관의 하승민 영사",
                     "consul de Corée du Sud"),
    "Sonnenkap Reisen": ("Sonnenkap Reisen", "Reiseveranstalter Sonnenkap Reisen", "Reiseveranstalter"),
    "Hotel Brisamar waiter (anonymous)": ("cameriere", "waiter"),
}
