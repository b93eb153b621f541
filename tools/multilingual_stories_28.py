"""Invented stories for the sixth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set"). Written and annotated before any system run on them; every place, person, outlet and figure is
invented. Stories: a tornado (ml9-tornado), a school gym roof collapse (ml9-school-roof), a dengue outbreak
(ml9-dengue), a fireworks warehouse explosion (ml9-fireworks-blast); all test (listed in TEST_STORIES there).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_28: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml9-tornado (test)
    Art("ml9-tornado", "northfieldpost.example", "news/2026/05/14/brannock-tornado", "2026-05-14", "en",
        "Tornado kills seven in Brannock, flattens scores of homes",
        ("A tornado tore through the small town of Brannock in the Eskern valley on Thursday evening, killing seven "
         "people and injuring more than 40. About 120 homes were destroyed, and some 600 residents spent the night "
         "in emergency shelters.",
         '"It came down with almost no warning," said Ilse Varga, a forecaster at the National Weather Office. The '
         "office said the twister had stayed on the ground for roughly 14 kilometres.",
         "Mayor Anton Krell, who walked the worst-hit streets late on Thursday, said the school gym would stay open "
         'as a shelter "for as long as it takes". "Whole streets are simply gone," he said.',
         "Civil protection chief Dario Lenz told reporters that rescuers were still searching the rubble of two "
         "collapsed farmhouses. Three people remain unaccounted for, according to the Eskern civil protection "
         "agency."),
        (St('"⟦It came down with almost no warning⟧," said', "Ilse Varga", "direct", "tornado-u1"),
         St("office said ⟦the twister had stayed on the ground for roughly 14 kilometres⟧",
            "Eskern weather office", "indirect", "tornado-u2"),
         St('said ⟦the school gym would stay open as a shelter "for as long as it takes"⟧', "Anton Krell", "partial",
            "tornado-u4"),
         St('"⟦Whole streets are simply gone⟧," he said', "Anton Krell", "direct", "tornado-u3"),
         St("told reporters that ⟦rescuers were still searching the rubble of two collapsed farmhouses⟧",
            "Dario Lenz", "indirect", "tornado-u5"),
         St("⟦Three people remain unaccounted for⟧, according to", "Eskern civil protection agency", "indirect",
            "tornado-u6")),
        (Fg("killing ⟦seven⟧ people", 7, None, "killed", "tornado-q-killed"),
         Fg("more than ⟦40⟧.", 40, "more than", "wounded", "tornado-q-wounded"),
         Fg("About ⟦120⟧ homes", 120, "about", "other", "tornado-q-homes"),
         Fg("some ⟦600⟧ residents", 600, "about", "displaced", "tornado-q-displaced"),
         Fg("⟦Three⟧ people remain", 3, None, "missing", "tornado-q-missing"))),
    Art("ml9-tornado", "tagesblick.example", "panorama/tornado-brannock-acht-tote-1.2291", "2026-05-15", "de",
        "Tornado verwüstet Brannock: Zahl der Toten steigt auf acht",
        ("Ein Tornado hat am Donnerstagabend die Kleinstadt Brannock im Eskern-Tal verwüstet. Bis Freitagmittag "
         "stieg die Zahl der Todesopfer auf acht, rund 45 Menschen wurden verletzt. Mehr als 100 Häuser sind "
         "zerstört.",
         "„Er kam praktisch ohne Vorwarnung“, sagte die Meteorologin Ilse Varga vom Nationalen Wetteramt. Laut "
         "Wetteramt blieb der Wirbelsturm etwa 14 Kilometer lang am Boden.",
         "Bürgermeister Anton Krell zeigte sich erschüttert. „Ganze Straßen sind einfach verschwunden“, sagte er. "
         "Die Turnhalle der Schule bleibe als Notunterkunft geöffnet, „solange es nötig ist“, kündigte Krell an.",
         "Nach Angaben des Zivilschutzes werden noch zwei Menschen vermisst. Zivilschutzchef Dario Lenz sagte, die "
         "Suche in den Trümmern zweier Bauernhöfe gehe weiter."),
        (St("„⟦Er kam praktisch ohne Vorwarnung⟧“", "Ilse Varga", "direct", "tornado-u1"),
         St("Laut Wetteramt ⟦blieb der Wirbelsturm etwa 14 Kilometer lang am Boden⟧", "Eskern weather office",
            "indirect", "tornado-u2"),
         St("„⟦Ganze Straßen sind einfach verschwunden⟧“", "Anton Krell", "direct", "tornado-u3"),
         St("⟦Die Turnhalle der Schule bleibe als Notunterkunft geöffnet, „solange es nötig ist“⟧, kündigte",
            "Anton Krell", "partial", "tornado-u4"),
         St("Zivilschutzes ⟦werden noch zwei Menschen vermisst⟧", "Eskern civil protection agency", "indirect",
            "tornado-u7"),
         St("sagte, ⟦die Suche in den Trümmern zweier Bauernhöfe gehe weiter⟧", "Dario Lenz", "indirect",
            "tornado-u5")),
        (Fg("auf ⟦acht⟧", 8, None, "killed", "tornado-q-killed"),
         Fg("rund ⟦45⟧ Menschen", 45, "about", "wounded", "tornado-q-wounded"),
         Fg("Mehr als ⟦100⟧ Häuser", 100, "more than", "other", "tornado-q-homes"),
         Fg("noch ⟦zwei⟧ Menschen", 2, None, "missing", "tornado-q-missing"))),
    Art("ml9-tornado", "saebyeokilbo.example", "news/articleView.html?idxno=51734", "2026-05-15", "ko",
        "브래넉에 토네이도…8명 사망·45명 부상",
        ("에스케른 계곡의 소도시 브래넉에 지난 14일 저녁 토네이도가 덮쳐 8명이 숨지고 45명이 다쳤다. 주택 120여 "
         "채가 무너졌고, 주민 600여 명이 임시 대피소에서 밤을 보냈다.",
         "국립기상청의 일제 바르가 예보관은 “토네이도가 거의 아무런 예고 없이 내려왔다”고 말했다. 기상청에 "
         "따르면 토네이도는 약 14km에 걸쳐 지면을 휩쓸었다.",
         "안톤 크렐 시장은 “거리 전체가 그냥 사라졌다”며 망연자실했다. 그는 학교 체육관을 필요한 기간 동안 "
         "대피소로 계속 열어 두겠다고 밝혔다.",
         "다리오 렌츠 민방위청장은 실종자 2명을 찾기 위한 수색이 무너진 농가 두 곳에서 계속되고 있다고 전했다."),
        (St("“⟦토네이도가 거의 아무런 예고 없이 내려왔다⟧”", "Ilse Varga", "direct", "tornado-u1"),
         St("따르면 ⟦토네이도는 약 14km에 걸쳐 지면을 휩쓸었다⟧", "Eskern weather office", "indirect",
            "tornado-u2"),
         St("“⟦거리 전체가 그냥 사라졌다⟧”", "Anton Krell", "direct", "tornado-u3"),
         St("그는 ⟦학교 체육관을 필요한 기간 동안 대피소로 계속 열어 두겠다⟧고", "Anton Krell", "indirect",
            "tornado-u4"),
         St("청장은 ⟦실종자 2명을 찾기 위한 수색이 무너진 농가 두 곳에서 계속되고 있다⟧고", "Dario Lenz",
            "indirect", "tornado-u5")),
        (Fg("⟦8⟧명이 숨지고", 8, None, "killed", "tornado-q-killed"),
         Fg("⟦45⟧명이 다쳤다", 45, None, "wounded", "tornado-q-wounded"),
         Fg("주택 ⟦120여⟧", 120, "more than", "other", "tornado-q-homes"),
         Fg("주민 ⟦600여⟧ 명", 600, "more than", "displaced", "tornado-q-displaced"),
         Fg("실종자 ⟦2⟧명", 2, None, "missing", "tornado-q-missing"))),
    Art("ml9-tornado", "lavoixdesplaines.example", "faits-divers/tornade-brannock-sept-morts", "2026-05-14", "fr",
        "Une tornade fait sept morts à Brannock",
        ("Sept personnes ont été tuées et une quarantaine blessées jeudi soir lorsqu'une tornade s'est abattue sur "
         "Brannock, une petite ville de la vallée de l'Eskern. Plus de 120 maisons ont été détruites et environ 600 "
         "habitants ont dû être hébergés en urgence.",
         f"«{NB}Elle est descendue quasiment sans prévenir{NB}», a expliqué Ilse Varga, prévisionniste au Service "
         f"national de météorologie. D'après le maire, Anton Krell, «{NB}des rues entières ont tout simplement "
         f"disparu{NB}».",
         "Le chef de la protection civile, Dario Lenz, a indiqué que les secours fouillaient toujours les décombres "
         "de deux fermes. Selon la protection civile, trois personnes sont toujours portées disparues.",
         f"«{NB}On a entendu comme un train, puis plus rien{NB}», raconte une habitante du quartier nord, qui a "
         "passé la nuit au gymnase."),
        (St(f"«{NB}⟦Elle est descendue quasiment sans prévenir⟧{NB}»", "Ilse Varga", "direct", "tornado-u1"),
         St(f"Krell, «{NB}⟦des rues entières ont tout simplement disparu⟧{NB}»", "Anton Krell", "direct",
            "tornado-u3"),
         St("a indiqué que ⟦les secours fouillaient toujours les décombres de deux fermes⟧", "Dario Lenz",
            "indirect", "tornado-u5"),
         St("Selon la protection civile, ⟦trois personnes sont toujours portées disparues⟧",
            "Eskern civil protection agency", "indirect", "tornado-u6"),
         St(f"«{NB}⟦On a entendu comme un train, puis plus rien⟧{NB}»", "Brannock resident (anonymous)", "direct",
            "tornado-u8")),
        (Fg("⟦Sept⟧ personnes", 7, None, "killed", "tornado-q-killed"),
         Fg("une ⟦quarantaine⟧ blessées", 40, "about", "wounded", "tornado-q-wounded"),
         Fg("Plus de ⟦120⟧ maisons", 120, "more than", "other", "tornado-q-homes"),
         Fg("environ ⟦600⟧", 600, "about", "displaced", "tornado-q-displaced"),
         Fg("⟦trois⟧ personnes", 3, None, "missing", "tornado-q-missing"))),
    Art("ml9-tornado", "heraldodelllano.example", "sucesos/2026/05/15/tornado-brannock", "2026-05-15", "es",
        "Suben a ocho los muertos por el tornado de Brannock",
        ("El número de muertos por el tornado que arrasó el jueves la localidad de Brannock ascendió a ocho, "
         "informó el viernes la agencia de protección civil del valle del Eskern. Otras 45 personas resultaron "
         "heridas y unas 130 viviendas quedaron destruidas.",
         "Según la meteoróloga Ilse Varga, del Servicio Nacional de Meteorología, el tornado tocó tierra \"casi sin "
         "previo aviso\". El alcalde, Anton Krell, aseguró que el gimnasio de la escuela seguirá abierto como "
         "refugio \"el tiempo que haga falta\".",
         "\"Calles enteras han desaparecido\", lamentó Krell. Unos 600 vecinos pasaron la noche fuera de sus casas.",
         "Dos personas siguen desaparecidas, de acuerdo con el jefe de Protección Civil, Dario Lenz."),
        (St("⟦El número de muertos por el tornado que arrasó el jueves la localidad de Brannock ascendió a ocho⟧, "
            "informó", "Eskern civil protection agency", "indirect", "tornado-u9"),
         St("Meteorología, ⟦el tornado tocó tierra \"casi sin previo aviso\"⟧", "Ilse Varga", "partial",
            "tornado-u1"),
         St("aseguró que ⟦el gimnasio de la escuela seguirá abierto como refugio \"el tiempo que haga falta\"⟧",
            "Anton Krell", "partial", "tornado-u4"),
         St("\"⟦Calles enteras han desaparecido⟧\"", "Anton Krell", "direct", "tornado-u3"),
         St("⟦Dos personas siguen desaparecidas⟧, de acuerdo con", "Dario Lenz", "indirect", "tornado-u10")),
        (Fg("ascendió a ⟦ocho⟧", 8, None, "killed", "tornado-q-killed"),
         Fg("Otras ⟦45⟧ personas", 45, None, "wounded", "tornado-q-wounded"),
         Fg("unas ⟦130⟧ viviendas", 130, "about", "other", "tornado-q-homes"),
         Fg("Unos ⟦600⟧ vecinos", 600, "about", "displaced", "tornado-q-displaced"),
         Fg("⟦Dos⟧ personas", 2, None, "missing", "tornado-q-missing"))),
    # ---------------------------------------------------------------- ml9-school-roof (test)
    Art("ml9-school-roof", "eastgatecourier.example", "local/2026/10/13/hoffeld-school-gym-roof", "2026-10-13",
        "en",
        "Gym roof caves in on PE class in Veldenburg, injuring 14 pupils",
        ("Fourteen pupils were hurt on Tuesday morning when part of the roof of the gym at the Hoffeld school in "
         "Veldenburg caved in during a physical education lesson. Five of them were taken to hospital, two with "
         "serious injuries. The class of 28 had been playing volleyball.",
         'Head teacher Marianne Oster said the children had left the hall "exactly as they had practised in the '
         'drills". The gym, built in 1979, had passed a safety inspection in April, Ms Oster added. The remaining '
         "450 or so pupils were sent home.",
         "City engineer Paolo Cendri said water from two days of heavy rain appeared to have pooled on the flat "
         'roof, but cautioned that it was "far too early" to name a cause.',
         '"Nobody is trapped any more," police spokesman Tobias Renner said. Police said they had opened an '
         "investigation into suspected negligent bodily harm."),
        (St('said ⟦the children had left the hall "exactly as they had practised in the drills"⟧', "Marianne Oster",
            "partial", "school-u1"),
         St("⟦The gym, built in 1979, had passed a safety inspection in April⟧, Ms Oster added", "Marianne Oster",
            "indirect", "school-u2"),
         St("said ⟦water from two days of heavy rain appeared to have pooled on the flat roof⟧", "Paolo Cendri",
            "indirect", "school-u3"),
         St('cautioned that ⟦it was "far too early" to name a cause⟧', "Paolo Cendri", "partial", "school-u7"),
         St('"⟦Nobody is trapped any more⟧,"', "Tobias Renner", "direct", "school-u5"),
         St("Police said ⟦they had opened an investigation into suspected negligent bodily harm⟧",
            "Veldenburg police", "indirect", "school-u4")),
        (Fg("⟦Fourteen⟧ pupils", 14, None, "wounded", "school-q-injured"),
         Fg("⟦Five⟧ of them", 5, None, "wounded", "school-q-hospitalised"),
         Fg("⟦two⟧ with serious", 2, None, "wounded", "school-q-serious"),
         Fg("class of ⟦28⟧", 28, None, "other", "school-q-class"),
         Fg("remaining ⟦450⟧ or so", 450, "about", "other", "school-q-sent-home"))),
    Art("ml9-school-roof", "rheinmainblatt.example", "region/veldenburg-hallendach-eingestuerzt-1.8831",
        "2026-10-13", "de",
        "Hallendach stürzt während des Sportunterrichts ein – 14 Schüler verletzt",
        ("In Veldenburg ist am Dienstagvormittag das Dach einer Sporthalle der Hoffeld-Schule während des "
         "Unterrichts teilweise eingestürzt. Mindestens 14 Schülerinnen und Schüler wurden verletzt, fünf kamen ins "
         "Krankenhaus, zwei davon mit schweren Verletzungen.",
         "„Die Kinder haben genau das gemacht, was wir bei den Übungen geprobt haben“, sagte Schulleiterin Marianne "
         "Oster. Die Halle sei erst im April geprüft worden, betonte sie.",
         "Laut Stadtingenieur Paolo Cendri hatte sich nach zwei Tagen Starkregen Wasser auf dem Flachdach "
         "gesammelt. Für eine Ursache sei es aber „viel zu früh“.",
         "Die Polizei ermittle wegen des Verdachts der fahrlässigen Körperverletzung, teilte ein Sprecher mit. Die "
         "rund 450 übrigen Schüler wurden nach Hause geschickt."),
        (St("„⟦Die Kinder haben genau das gemacht, was wir bei den Übungen geprobt haben⟧“", "Marianne Oster",
            "direct", "school-u1"),
         St("⟦Die Halle sei erst im April geprüft worden⟧, betonte sie", "Marianne Oster", "indirect", "school-u2"),
         St("Cendri ⟦hatte sich nach zwei Tagen Starkregen Wasser auf dem Flachdach gesammelt⟧", "Paolo Cendri",
            "indirect", "school-u3"),
         St("⟦Für eine Ursache sei es aber „viel zu früh“⟧", "Paolo Cendri", "partial", "school-u7"),
         St("⟦Die Polizei ermittle wegen des Verdachts der fahrlässigen Körperverletzung⟧, teilte",
            "Veldenburg police", "indirect", "school-u4")),
        (Fg("Mindestens ⟦14⟧ Schülerinnen", 14, "at least", "wounded", "school-q-injured"),
         Fg("⟦fünf⟧ kamen", 5, None, "wounded", "school-q-hospitalised"),
         Fg("⟦zwei⟧ davon", 2, None, "wounded", "school-q-serious"),
         Fg("rund ⟦450⟧ übrigen", 450, "about", "other", "school-q-sent-home"))),
    Art("ml9-school-roof", "hangangnews.example", "society/article/2026101409312", "2026-10-14", "ko",
        "벨덴부르크 학교 체육관 지붕 붕괴…학생 16명 부상",
        ("벨덴부르크 호펠트 학교의 체육관 지붕이 지난 13일 체육 수업 도중 무너져 학생 16명이 다쳤다. 이 가운데 "
         "6명이 병원으로 옮겨졌으며 2명은 중상이다. 당시 체육관에서는 28명이 배구 수업을 받고 있었다.",
         "마리안네 오스터 교장은 “아이들이 훈련 때 연습한 그대로 움직였다”고 말했다. 토비아스 레너 경찰 대변인은 "
         "“더 이상 갇혀 있는 사람은 없다”고 밝혔다.",
         "파올로 첸드리 시 기술감독관에 따르면 이틀간 내린 폭우로 평평한 지붕 위에 물이 고였던 것으로 보인다. "
         "다만 그는 원인을 단정하기는 “아직 너무 이르다”고 덧붙였다.",
         "경찰은 업무상 과실치상 혐의로 수사에 착수했다고 전했다."),
        (St("“⟦아이들이 훈련 때 연습한 그대로 움직였다⟧”", "Marianne Oster", "direct", "school-u1"),
         St("“⟦더 이상 갇혀 있는 사람은 없다⟧”", "Tobias Renner", "direct", "school-u5"),
         St("따르면 ⟦이틀간 내린 폭우로 평평한 지붕 위에 물이 고였던 것으로 보인다⟧", "Paolo Cendri", "indirect",
            "school-u3"),
         St("그는 ⟦원인을 단정하기는 “아직 너무 이르다”⟧고", "Paolo Cendri", "partial", "school-u7"),
         St("경찰은 ⟦업무상 과실치상 혐의로 수사에 착수했다⟧고", "Veldenburg police", "indirect", "school-u4")),
        (Fg("학생 ⟦16⟧명", 16, None, "wounded", "school-q-injured"),
         Fg("⟦6⟧명이 병원", 6, None, "wounded", "school-q-hospitalised"),
         Fg("⟦2⟧명은 중상", 2, None, "wounded", "school-q-serious"),
         Fg("⟦28⟧명이 배구", 28, None, "other", "school-q-class"))),
    Art("ml9-school-roof", "corrieredellapianura.example", "cronaca/veldenburg-crollo-tetto-palestra",
        "2026-10-13", "it",
        "Crolla il tetto della palestra durante l'ora di ginnastica, una quindicina di studenti feriti",
        ("È crollato in parte durante la lezione di educazione fisica il tetto della palestra della scuola Hoffeld "
         "di Veldenburg. Una quindicina di studenti sono rimasti feriti, cinque sono stati ricoverati in ospedale.",
         "«I ragazzi hanno fatto esattamente quello che avevamo provato nelle esercitazioni», ha detto la preside "
         "Marianne Oster. Secondo la dirigente, la palestra aveva superato un controllo ad aprile.",
         "L'ingegnere comunale Paolo Cendri ha spiegato che dopo due giorni di pioggia intensa l'acqua si era "
         "probabilmente accumulata sul tetto piano. È però «troppo presto» per indicare una causa, ha aggiunto.",
         "Secondo la polizia, è stata aperta un'indagine per lesioni colpose. «Eravamo terrorizzati finché non "
         "abbiamo visto uscire nostro figlio», racconta una madre davanti ai cancelli."),
        (St("«⟦I ragazzi hanno fatto esattamente quello che avevamo provato nelle esercitazioni⟧»",
            "Marianne Oster", "direct", "school-u1"),
         St("Secondo la dirigente, ⟦la palestra aveva superato un controllo ad aprile⟧", "Marianne Oster",
            "indirect", "school-u2"),
         St("ha spiegato che ⟦dopo due giorni di pioggia intensa l'acqua si era probabilmente accumulata sul tetto "
            "piano⟧", "Paolo Cendri", "indirect", "school-u3"),
         St("⟦È però «troppo presto» per indicare una causa⟧, ha aggiunto", "Paolo Cendri", "partial", "school-u7"),
         St("Secondo la polizia, ⟦è stata aperta un'indagine per lesioni colpose⟧", "Veldenburg police",
            "indirect", "school-u4"),
         St("«⟦Eravamo terrorizzati finché non abbiamo visto uscire nostro figlio⟧»",
            "Veldenburg parent (anonymous)", "direct", "school-u6")),
        (Fg("⟦Una quindicina⟧ di studenti", 15, "about", "wounded", "school-q-injured"),
         Fg("⟦cinque⟧ sono stati ricoverati", 5, None, "wounded", "school-q-hospitalised"))),
    Art("ml9-school-roof", "folhadoribeirao.example", "mundo/2026/10/14/desabamento-teto-ginasio-veldenburg",
        "2026-10-14", "pt",
        "Sobe para 16 o número de alunos feridos em desabamento de teto de ginásio",
        ("Subiu para 16 o número de alunos feridos no desabamento parcial do teto do ginásio da escola Hoffeld, em "
         "Veldenburg, na terça-feira. Seis deles seguem internados, segundo a polícia.",
         "A diretora da escola, Marianne Oster, afirmou que as crianças agiram “exatamente como tinham treinado”. "
         "Segundo ela, o ginásio tinha passado por uma vistoria em abril.",
         "“Ninguém mais está preso nos escombros”, disse o porta-voz da polícia, Tobias Renner. O engenheiro "
         "municipal Paolo Cendri disse que a água da chuva acumulada no telhado plano é a principal hipótese.",
         "Cerca de 450 alunos foram dispensados das aulas."),
        (St("⟦Seis deles seguem internados⟧, segundo a polícia", "Veldenburg police", "indirect", "school-u8"),
         St("afirmou que ⟦as crianças agiram “exatamente como tinham treinado”⟧", "Marianne Oster", "partial",
            "school-u1"),
         St("Segundo ela, ⟦o ginásio tinha passado por uma vistoria em abril⟧", "Marianne Oster", "indirect",
            "school-u2"),
         St("“⟦Ninguém mais está preso nos escombros⟧”", "Tobias Renner", "direct", "school-u5"),
         St("disse que ⟦a água da chuva acumulada no telhado plano é a principal hipótese⟧", "Paolo Cendri",
            "indirect", "school-u3")),
        (Fg("para ⟦16⟧ o número", 16, None, "wounded", "school-q-injured"),
         Fg("⟦Seis⟧ deles", 6, None, "wounded", "school-q-hospitalised"),
         Fg("Cerca de ⟦450⟧ alunos", 450, "about", "other", "school-q-sent-home"))),
    # ---------------------------------------------------------------- ml9-dengue (test)
    Art("ml9-dengue", "diariodotapiri.example", "saude/2026/03/10/dengue-porto-iracema-boletim", "2026-03-10", "pt",
        "Porto Iracema confirma 4.812 casos de dengue e nove mortes",
        ("Porto Iracema registrou 4.812 casos confirmados de dengue desde o início do ano, mais do que o triplo de "
         "todo o ano passado. Nove pessoas morreram e 312 estão internadas, de acordo com o boletim divulgado nesta "
         "terça-feira pela Secretaria de Saúde do Tapiri.",
         "“Estamos diante da pior temporada de dengue da última década”, disse a porta-voz da secretaria, Renata "
         "Quintela. Segundo ela, o sorotipo predominante é o tipo 3, que não circulava na região havia quase 15 "
         "anos.",
         "O infectologista Hugo Almada, do Hospital Santa Clara, afirmou que muitos pacientes chegam “tarde demais, "
         "já com as plaquetas muito baixas”. Ele pediu que pessoas com febre não tomem anti-inflamatórios por conta "
         "própria.",
         "O prefeito Edson Vilaça decretou situação de emergência e anunciou que 200 agentes de saúde vão reforçar "
         "o combate ao mosquito. Mais de 15 mil imóveis já foram vistoriados."),
        (St("⟦Nove pessoas morreram e 312 estão internadas⟧, de acordo com", "Tapiri health secretariat",
            "indirect", "dengue-u0"),
         St("“⟦Estamos diante da pior temporada de dengue da última década⟧”", "Renata Quintela", "direct",
            "dengue-u1"),
         St("Segundo ela, ⟦o sorotipo predominante é o tipo 3, que não circulava na região havia quase 15 anos⟧",
            "Renata Quintela", "indirect", "dengue-u2"),
         St("afirmou que ⟦muitos pacientes chegam “tarde demais, já com as plaquetas muito baixas”⟧", "Hugo Almada",
            "partial", "dengue-u3"),
         St("Ele pediu que ⟦pessoas com febre não tomem anti-inflamatórios por conta própria⟧", "Hugo Almada",
            "indirect", "dengue-u4"),
         St("anunciou que ⟦200 agentes de saúde vão reforçar o combate ao mosquito⟧", "Edson Vilaça", "indirect",
            "dengue-u5")),
        (Fg("registrou ⟦4.812⟧ casos", 4812, None, "other", "dengue-q-cases"),
         Fg("⟦Nove⟧ pessoas", 9, None, "killed", "dengue-q-killed"),
         Fg("e ⟦312⟧ estão", 312, None, "other", "dengue-q-hospitalised"),
         Fg("que ⟦200⟧ agentes", 200, None, "other", "dengue-q-agents"),
         Fg("Mais de ⟦15 mil⟧ imóveis", 15000, "more than", "other", "dengue-q-inspected"))),
    Art("ml9-dengue", "lanacionaustral.example", "salud/2026/03/10/porto-iracema-dengue-4800-casos", "2026-03-10",
        "es",
        "Porto Iracema supera los 4.800 casos de dengue",
        ("La ciudad de Porto Iracema, en el estado de Tapiri, acumula más de 4.800 casos confirmados de dengue en lo "
         "que va de año. Nueve personas han muerto y unas 300 permanecen hospitalizadas.",
         "\"Estamos ante la peor temporada de dengue de la última década\", advirtió Renata Quintela, portavoz de la "
         "Secretaría de Salud. El serotipo dominante es el 3, que no circulaba en la zona desde hacía casi 15 años, "
         "según la portavoz.",
         "El infectólogo Hugo Almada pidió a la población que no tome antiinflamatorios sin receta si tiene fiebre. "
         "Muchos pacientes llegan \"demasiado tarde\", dijo.",
         "Una enfermera del hospital, que pidió no ser identificada, contó que hay pacientes atendidos en los "
         "pasillos."),
        (St("\"⟦Estamos ante la peor temporada de dengue de la última década⟧\"", "Renata Quintela", "direct",
            "dengue-u1"),
         St("⟦El serotipo dominante es el 3, que no circulaba en la zona desde hacía casi 15 años⟧, según la "
            "portavoz", "Renata Quintela", "indirect", "dengue-u2"),
         St("pidió a la población que ⟦no tome antiinflamatorios sin receta si tiene fiebre⟧", "Hugo Almada",
            "indirect", "dengue-u4"),
         St("⟦Muchos pacientes llegan \"demasiado tarde\"⟧, dijo", "Hugo Almada", "partial", "dengue-u3"),
         St("contó que ⟦hay pacientes atendidos en los pasillos⟧", "Porto Iracema nurse (anonymous)", "indirect",
            "dengue-u6")),
        (Fg("más de ⟦4.800⟧ casos", 4800, "more than", "other", "dengue-q-cases"),
         Fg("⟦Nueve⟧ personas", 9, None, "killed", "dengue-q-killed"),
         Fg("unas ⟦300⟧ permanecen", 300, "about", "other", "dengue-q-hospitalised"))),
    Art("ml9-dengue", "dongbangilbo.example", "news/articleView.html?idxno=30418", "2026-03-11", "ko",
        "포르투이라세마 뎅기열 확산…확진 5천여 건·사망 11명",
        ("타피리주 포르투이라세마에서 뎅기열 확진 사례가 5천여 건으로 늘었다. 사망자는 11명으로 집계됐고, 320여 명이 "
         "입원 치료를 받고 있다.",
         "레나타 킨텔라 보건국 대변인은 “지난 10년 사이 최악의 뎅기열 시즌을 맞고 있다”고 말했다. 그는 현재 "
         "유행하는 혈청형이 15년 가까이 이 지역에서 돌지 않던 3형이라고 설명했다.",
         "감염내과 전문의 우구 알마다는 “많은 환자가 혈소판 수치가 이미 크게 떨어진 뒤에야 병원을 찾는다”며 열이 "
         "나면 소염진통제를 임의로 복용하지 말라고 당부했다.",
         "에드송 빌라사 시장은 비상사태를 선포했다. 그는 방역 요원 200명을 추가로 투입하겠다고 밝혔다. 시 당국에 "
         "따르면 지금까지 1만5천여 곳의 주택과 건물이 방역 점검을 받았다."),
        (St("“⟦지난 10년 사이 최악의 뎅기열 시즌을 맞고 있다⟧”", "Renata Quintela", "direct", "dengue-u1"),
         St("그는 ⟦현재 유행하는 혈청형이 15년 가까이 이 지역에서 돌지 않던 3형⟧이라고", "Renata Quintela",
            "indirect", "dengue-u2"),
         St("“⟦많은 환자가 혈소판 수치가 이미 크게 떨어진 뒤에야 병원을 찾는다⟧”", "Hugo Almada", "direct",
            "dengue-u3"),
         St("며 ⟦열이 나면 소염진통제를 임의로 복용하지 말⟧라고", "Hugo Almada", "indirect", "dengue-u4"),
         St("그는 ⟦방역 요원 200명을 추가로 투입하겠다⟧고", "Edson Vilaça", "indirect", "dengue-u5"),
         St("따르면 ⟦지금까지 1만5천여 곳의 주택과 건물이 방역 점검을 받았다⟧", "Porto Iracema city authorities",
            "indirect", "dengue-u7")),
        (Fg("⟦5천여⟧ 건", 5000, "more than", "other", "dengue-q-cases"),
         Fg("⟦11⟧명으로", 11, None, "killed", "dengue-q-killed"),
         Fg("⟦320여⟧ 명이", 320, "more than", "other", "dengue-q-hospitalised"),
         Fg("요원 ⟦200⟧명", 200, None, "other", "dengue-q-agents"),
         Fg("⟦1만5천여⟧ 곳", 15000, "more than", "other", "dengue-q-inspected"))),
    Art("ml9-dengue", "weserbote.example", "welt/dengue-porto-iracema-elf-tote-1.6620", "2026-03-11", "de",
        "Dengue-Ausbruch in Porto Iracema: Elf Tote, Kliniken am Limit",
        ("In der Stadt Porto Iracema im Bundesstaat Tapiri breitet sich das Dengue-Fieber weiter aus. Die "
         "Gesundheitsbehörde zählt inzwischen rund 5.100 bestätigte Fälle, elf Menschen sind gestorben. Mehr als 320 "
         "Patienten liegen im Krankenhaus.",
         "„Wir erleben die schlimmste Dengue-Saison seit zehn Jahren“, sagte Behördensprecherin Renata Quintela. Der "
         "Arzt Hugo Almada vom Krankenhaus Santa Clara warnte, dass viele Kranke „zu spät“ kämen.",
         "Bürgermeister Edson Vilaça rief den Notstand aus. Zusätzlich würden 200 Gesundheitshelfer gegen die Mücken "
         "eingesetzt, kündigte er an. Laut Stadtverwaltung wurden bereits mehr als 15.000 Grundstücke kontrolliert.",
         "„Jeder Hinterhof kann zur Brutstätte werden“, mahnte Vilaça."),
        (St("„⟦Wir erleben die schlimmste Dengue-Saison seit zehn Jahren⟧“", "Renata Quintela", "direct",
            "dengue-u1"),
         St("warnte, dass ⟦viele Kranke „zu spät“ kämen⟧", "Hugo Almada", "partial", "dengue-u3"),
         St("⟦Zusätzlich würden 200 Gesundheitshelfer gegen die Mücken eingesetzt⟧, kündigte", "Edson Vilaça",
            "indirect", "dengue-u5"),
         St("Laut Stadtverwaltung ⟦wurden bereits mehr als 15.000 Grundstücke kontrolliert⟧",
            "Porto Iracema city authorities", "indirect", "dengue-u7"),
         St("„⟦Jeder Hinterhof kann zur Brutstätte werden⟧“", "Edson Vilaça", "direct", "dengue-u8")),
        (Fg("rund ⟦5.100⟧ bestätigte", 5100, "about", "other", "dengue-q-cases"),
         Fg("⟦elf⟧ Menschen", 11, None, "killed", "dengue-q-killed"),
         Fg("Mehr als ⟦320⟧ Patienten", 320, "more than", "other", "dengue-q-hospitalised"),
         Fg("⟦200⟧ Gesundheitshelfer", 200, None, "other", "dengue-q-agents"),
         Fg("mehr als ⟦15.000⟧ Grundstücke", 15000, "more than", "other", "dengue-q-inspected"))),
    Art("ml9-dengue", "lejournaldesiles.example", "sante/epidemie-dengue-porto-iracema", "2026-03-11", "fr",
        f"Épidémie de dengue à Porto Iracema : onze morts et plus de 5{NB}100 cas",
        ("L'épidémie de dengue continue de progresser à Porto Iracema, dans l'État de Tapiri, où plus de "
         f"5{NB}100 cas ont été confirmés. Onze personnes sont mortes et environ 330 sont hospitalisées, selon le "
         "dernier bulletin des autorités sanitaires.",
         f"«{NB}Nous traversons la pire saison de dengue depuis dix ans{NB}», a affirmé Renata Quintela, "
         "porte-parole des autorités sanitaires. Selon le docteur Hugo Almada, infectiologue, il ne faut surtout pas "
         "prendre d'anti-inflammatoires en cas de fièvre.",
         f"Le maire, Edson Vilaça, a décrété l'état d'urgence. «{NB}Chaque arrière-cour peut devenir un gîte à "
         f"moustiques{NB}», a-t-il prévenu, en appelant les habitants à vider tout récipient d'eau stagnante.",
         f"Quelque 15{NB}000 logements ont déjà été inspectés par les équipes de démoustication."),
        (St("⟦Onze personnes sont mortes et environ 330 sont hospitalisées⟧, selon", "Tapiri health secretariat",
            "indirect", "dengue-u9"),
         St(f"«{NB}⟦Nous traversons la pire saison de dengue depuis dix ans⟧{NB}»", "Renata Quintela", "direct",
            "dengue-u1"),
         St("infectiologue, ⟦il ne faut surtout pas prendre d'anti-inflammatoires en cas de fièvre⟧", "Hugo Almada",
            "indirect", "dengue-u4"),
         St(f"«{NB}⟦Chaque arrière-cour peut devenir un gîte à moustiques⟧{NB}»", "Edson Vilaça", "direct",
            "dengue-u8")),
        (Fg(f"plus de ⟦5{NB}100⟧ cas ont", 5100, "more than", "other", "dengue-q-cases"),
         Fg("⟦Onze⟧ personnes", 11, None, "killed", "dengue-q-killed"),
         Fg("environ ⟦330⟧", 330, "about", "other", "dengue-q-hospitalised"),
         Fg(f"Quelque ⟦15{NB}000⟧", 15000, "about", "other", "dengue-q-inspected"))),
    # ---------------------------------------------------------------- ml9-fireworks-blast (test)
    Art("ml9-fireworks-blast", "gazzettadellusarna.example", "cronaca/2026/08/04/esplosione-deposito-borgo-ferrante",
        "2026-08-04", "it",
        "Esplode un deposito di fuochi d'artificio a Borgo Ferrante: tre morti",
        ("Tre morti e una decina di feriti: è il bilancio dell'esplosione che nella notte tra lunedì e martedì ha "
         "distrutto il deposito della Pirotecnica Ardenzi a Borgo Ferrante, in provincia di Lusarna. Oltre 60 "
         "abitazioni sono state danneggiate e 200 residenti sono stati evacuati.",
         "«L'onda d'urto ha mandato in frantumi i vetri fino a mezzo chilometro di distanza», ha spiegato il "
         "comandante provinciale dei vigili del fuoco, Ivo Marangon. Secondo i vigili del fuoco, nel deposito "
         "c'erano quasi otto tonnellate di materiale pirotecnico.",
         "La procuratrice Chiara Delvecchio ha aperto un fascicolo per disastro colposo e omicidio colposo plurimo. "
         "Nel magazzino c'era «molto più materiale di quanto consentito», ha detto.",
         "L'avvocato del titolare, Federico Lanzoni, sostiene che l'azienda avesse tutte le autorizzazioni in "
         "regola. «Il mio cliente ha sempre rispettato le norme di sicurezza», ha dichiarato."),
        (St("«⟦L'onda d'urto ha mandato in frantumi i vetri fino a mezzo chilometro di distanza⟧»", "Ivo Marangon",
            "direct", "fireworks-u1"),
         St("Secondo i vigili del fuoco, ⟦nel deposito c'erano quasi otto tonnellate di materiale pirotecnico⟧",
            "Lusarna fire brigade", "indirect", "fireworks-u2"),
         St("⟦Nel magazzino c'era «molto più materiale di quanto consentito»⟧, ha detto", "Chiara Delvecchio",
            "partial", "fireworks-u4"),
         St("sostiene che ⟦l'azienda avesse tutte le autorizzazioni in regola⟧", "Federico Lanzoni", "indirect",
            "fireworks-u6"),
         St("«⟦Il mio cliente ha sempre rispettato le norme di sicurezza⟧»", "Federico Lanzoni", "direct",
            "fireworks-u5")),
        (Fg("⟦Tre⟧ morti", 3, None, "killed", "fireworks-q-killed"),
         Fg("⟦una decina⟧ di feriti", 10, "about", "wounded", "fireworks-q-wounded"),
         Fg("Oltre ⟦60⟧", 60, "more than", "other", "fireworks-q-homes"),
         Fg("e ⟦200⟧ residenti", 200, None, "displaced", "fireworks-q-displaced"),
         Fg("quasi ⟦otto⟧ tonnellate", 8, "nearly", "other", "fireworks-q-tonnes"))),
    Art("ml9-fireworks-blast", "alpenkurier.example", "panorama/explosion-feuerwerkslager-borgo-ferrante-1.3379",
        "2026-08-04", "de",
        "Explosion in Feuerwerkslager: Drei Tote in Borgo Ferrante",
        ("Bei der Explosion eines Feuerwerkslagers in Borgo Ferrante in der Provinz Lusarna sind in der Nacht zum "
         "Dienstag drei Menschen ums Leben gekommen. Mindestens zwölf wurden verletzt. Rund 60 Häuser wurden "
         "beschädigt, etwa 200 Anwohner mussten ihre Wohnungen verlassen.",
         "Die Druckwelle habe Fensterscheiben noch in einem halben Kilometer Entfernung zerbersten lassen, sagte der "
         "Feuerwehrkommandant der Provinz, Ivo Marangon.",
         "Staatsanwältin Chiara Delvecchio ermittelt wegen fahrlässiger Tötung. In dem Lager habe sich „weit mehr "
         "Material als erlaubt“ befunden, erklärte sie.",
         "„Mein Mandant hat sich stets an die Sicherheitsvorschriften gehalten“, sagte Federico Lanzoni, der Anwalt "
         "des Firmeninhabers Renzo Ardenzi."),
        (St("⟦Die Druckwelle habe Fensterscheiben noch in einem halben Kilometer Entfernung zerbersten lassen⟧, "
            "sagte", "Ivo Marangon", "indirect", "fireworks-u1"),
         St("⟦In dem Lager habe sich „weit mehr Material als erlaubt“ befunden⟧, erklärte sie", "Chiara Delvecchio",
            "partial", "fireworks-u4"),
         St("„⟦Mein Mandant hat sich stets an die Sicherheitsvorschriften gehalten⟧“", "Federico Lanzoni", "direct",
            "fireworks-u5")),
        (Fg("⟦drei⟧ Menschen", 3, None, "killed", "fireworks-q-killed"),
         Fg("Mindestens ⟦zwölf⟧", 12, "at least", "wounded", "fireworks-q-wounded"),
         Fg("Rund ⟦60⟧ Häuser", 60, "about", "other", "fireworks-q-homes"),
         Fg("etwa ⟦200⟧ Anwohner", 200, "about", "displaced", "fireworks-q-displaced"))),
    Art("ml9-fireworks-blast", "cheongnamilbo.example", "news/articleView.html?idxno=77120", "2026-08-05", "ko",
        "보르고 페란테 폭죽 창고 폭발…사망 4명으로 늘어",
        ("루사르나주 보르고 페란테의 폭죽 창고에서 지난 3일 밤 폭발이 일어나 4명이 숨지고 12명이 다쳤다. 중상을 "
         "입고 병원으로 옮겨진 직원 1명이 4일 끝내 숨지면서 사망자가 늘었다. 주변 주택 60여 가구가 파손됐고 주민 "
         "200여 명이 대피했다.",
         "이보 마랑곤 소방본부장은 “폭발 충격파로 반경 500m 안의 유리창이 모두 깨졌다”고 말했다. 소방당국에 "
         "따르면 창고에는 폭죽 약 8톤이 보관돼 있었다.",
         "키아라 델베키오 검사는 창고에 “허가된 양보다 훨씬 많은 물량”이 있었다고 밝혔다. 검찰은 과실치사 혐의로 "
         "수사를 벌이고 있다.",
         "업체 대표 측 페데리코 란초니 변호사는 회사가 필요한 허가를 모두 갖추고 있었다고 반박했다."),
        (St("“⟦폭발 충격파로 반경 500m 안의 유리창이 모두 깨졌다⟧”", "Ivo Marangon", "direct", "fireworks-u1"),
         St("따르면 ⟦창고에는 폭죽 약 8톤이 보관돼 있었다⟧", "Lusarna fire brigade", "indirect", "fireworks-u2"),
         St("검사는 ⟦창고에 “허가된 양보다 훨씬 많은 물량”이 있었다⟧고", "Chiara Delvecchio", "partial",
            "fireworks-u4"),
         St("변호사는 ⟦회사가 필요한 허가를 모두 갖추고 있었다⟧고", "Federico Lanzoni", "indirect", "fireworks-u6")),
        (Fg("⟦4⟧명이 숨지고", 4, None, "killed", "fireworks-q-killed"),
         Fg("⟦12⟧명이 다쳤다", 12, None, "wounded", "fireworks-q-wounded"),
         Fg("⟦60여⟧ 가구", 60, "more than", "other", "fireworks-q-homes"),
         Fg("주민 ⟦200여⟧ 명", 200, "more than", "displaced", "fireworks-q-displaced"),
         Fg("약 ⟦8⟧톤", 8, "about", "other", "fireworks-q-tonnes"))),
    Art("ml9-fireworks-blast", "elcorreodelaribera.example", "sucesos/2026/08/05/explosion-almacen-pirotecnico",
        "2026-08-05", "es",
        "Sube a cuatro el número de muertos por la explosión de un almacén pirotécnico",
        ("Un trabajador herido de gravedad en la explosión del almacén de fuegos artificiales de Borgo Ferrante "
         "murió el martes por la noche en el hospital, con lo que el número de fallecidos asciende a cuatro. Otras "
         "12 personas resultaron heridas y más de 70 viviendas sufrieron daños.",
         "Según el comandante de bomberos Ivo Marangon, la onda expansiva rompió cristales a medio kilómetro de "
         "distancia. La fiscal Chiara Delvecchio, que investiga el caso por homicidio imprudente, aseguró que en la "
         "nave había \"mucho más material del permitido\".",
         "\"Mi cliente siempre cumplió las normas de seguridad\", declaró el abogado del propietario, Federico "
         "Lanzoni.",
         "\"Pensé que era un terremoto\", relató un vecino que vive a dos calles del almacén. Unas 200 personas "
         "pasaron la noche en un polideportivo."),
        (St("Marangon, ⟦la onda expansiva rompió cristales a medio kilómetro de distancia⟧", "Ivo Marangon",
            "indirect", "fireworks-u1"),
         St("aseguró que ⟦en la nave había \"mucho más material del permitido\"⟧", "Chiara Delvecchio", "partial",
            "fireworks-u4"),
         St("\"⟦Mi cliente siempre cumplió las normas de seguridad⟧\"", "Federico Lanzoni", "direct",
            "fireworks-u5"),
         St("\"⟦Pensé que era un terremoto⟧\"", "Borgo Ferrante neighbour (anonymous)", "direct", "fireworks-u7")),
        (Fg("asciende a ⟦cuatro⟧", 4, None, "killed", "fireworks-q-killed"),
         Fg("Otras ⟦12⟧ personas", 12, None, "wounded", "fireworks-q-wounded"),
         Fg("más de ⟦70⟧ viviendas", 70, "more than", "other", "fireworks-q-homes"),
         Fg("Unas ⟦200⟧ personas", 200, "about", "displaced", "fireworks-q-displaced"))),
    Art("ml9-fireworks-blast", "continentalwire.example", "europe/2026/08/05/borgo-ferrante-fireworks-blast",
        "2026-08-05", "en",
        "Death toll from fireworks depot blast rises to four",
        ("A fourth person has died after an explosion tore through a fireworks warehouse in Borgo Ferrante late on "
         "Monday, the provincial fire brigade said. About a dozen people were injured and some 70 homes were "
         "damaged.",
         "Provincial fire commander Ivo Marangon said the blast had shattered windows up to half a kilometre away. "
         "The depot held nearly eight tonnes of fireworks, according to firefighters.",
         "Prosecutor Chiara Delvecchio, who has opened a manslaughter inquiry, said the building had contained "
         '"far more material than permitted". A lawyer for the owner, Federico Lanzoni, said the company held every '
         "licence it needed."),
        (St("⟦A fourth person has died after an explosion tore through a fireworks warehouse in Borgo Ferrante late "
            "on Monday⟧, the provincial fire brigade said", "Lusarna fire brigade", "indirect", "fireworks-u8"),
         St("Marangon said ⟦the blast had shattered windows up to half a kilometre away⟧", "Ivo Marangon",
            "indirect", "fireworks-u1"),
         St("⟦The depot held nearly eight tonnes of fireworks⟧, according to firefighters", "Lusarna fire brigade",
            "indirect", "fireworks-u2"),
         St('said ⟦the building had contained "far more material than permitted"⟧', "Chiara Delvecchio", "partial",
            "fireworks-u4"),
         St("Lanzoni, said ⟦the company held every licence it needed⟧", "Federico Lanzoni", "indirect",
            "fireworks-u6")),
        (Fg("A ⟦fourth⟧ person", 4, None, "killed", "fireworks-q-killed"),
         Fg("About ⟦a dozen⟧ people", 12, "about", "wounded", "fireworks-q-wounded"),
         Fg("some ⟦70⟧ homes", 70, "about", "other", "fireworks-q-homes"),
         Fg("nearly ⟦eight⟧ tonnes", 8, "nearly", "other", "fireworks-q-tonnes"))),
)

SPEAKER_FORMS_28: dict[str, tuple[str, ...]] = {
    "Ilse Varga": ("Ilse Varga", "Varga", "일제 바르가", "일제 바르가 예보관", "Meteorologin Ilse Varga",
                   "meteoróloga Ilse Varga", "prévisionniste"),
    "Eskern weather office": ("National Weather Office", "office", "Wetteramt", "Nationales Wetteramt", "국립기상청",
                              "기상청", "Service national de météorologie", "Servicio Nacional de Meteorología"),
    "Anton Krell": ("Anton Krell", "Krell", "안톤 크렐", "안톤 크렐 시장", "크렐", "Bürgermeister Anton Krell",
                    "Mayor Anton Krell", "maire", "alcalde"),
    "Dario Lenz": ("Dario Lenz", "Lenz", "다리오 렌츠", "다리오 렌츠 민방위청장", "렌츠", "Zivilschutzchef Dario Lenz",
                   "jefe de Protección Civil"),
    "Eskern civil protection agency": ("Eskern civil protection agency", "civil protection agency", "Zivilschutz",
                                       "Zivilschutzes", "protection civile", "agencia de protección civil",
                                       "민방위청"),
    "Brannock resident (anonymous)": ("habitante", "une habitante", "une habitante du quartier nord"),
    "Marianne Oster": ("Marianne Oster", "Oster", "Ms Oster", "마리안네 오스터", "마리안네 오스터 교장", "오스터",
                       "Schulleiterin Marianne Oster", "Head teacher Marianne Oster", "preside", "dirigente",
                       "diretora"),
    "Paolo Cendri": ("Paolo Cendri", "Cendri", "파올로 첸드리", "파올로 첸드리 시 기술감독관", "첸드리",
                     "Stadtingenieur Paolo Cendri", "City engineer Paolo Cendri", "engenheiro municipal"),
    "Tobias Renner": ("Tobias Renner", "Renner", "토비아스 레너", "토비아스 레너 경찰 대변인", "레너"),
    "Veldenburg police": ("Veldenburg police", "police", "Police", "Polizei", "Sprecher", "경찰", "polizia",
                          "polícia"),
    "Veldenburg parent (anonymous)": ("madre", "una madre"),
    "Renata Quintela": ("Renata Quintela", "Quintela", "레나타 킨텔라", "레나타 킨텔라 보건국 대변인", "킨텔라",
                        "porta-voz", "portavoz", "Behördensprecherin Renata Quintela", "porte-parole"),
    "Hugo Almada": ("Hugo Almada", "Almada", "우구 알마다", "알마다", "infectologista", "infectólogo",
                    "Arzt Hugo Almada", "docteur Hugo Almada"),
    "Edson Vilaça": ("Edson Vilaça", "Edson Vilaca", "Vilaça", "에드송 빌라사", "에드송 빌라사 시장", "빌라사",
                     "prefeito", "Bürgermeister Edson Vilaça", "maire"),
    "Tapiri health secretariat": ("Secretaria de Saúde do Tapiri", "Secretaria de Saúde", "boletim",
                                  "autorités sanitaires", "bulletin des autorités sanitaires"),
    "Porto Iracema city authorities": ("시 당국", "Stadtverwaltung"),
    "Porto Iracema nurse (anonymous)": ("enfermera", "Una enfermera", "Una enfermera del hospital"),
    "Ivo Marangon": ("Ivo Marangon", "Marangon", "이보 마랑곤", "이보 마랑곤 소방본부장", "마랑곤",
                     "comandante provinciale dei vigili del fuoco", "Feuerwehrkommandant",
                     "comandante de bomberos Ivo Marangon", "Provincial fire commander Ivo Marangon"),
    "Lusarna fire brigade": ("vigili del fuoco", "소방당국", "fire brigade", "provincial fire brigade",
                             "firefighters"),
    "Chiara Delvecchio": ("Chiara Delvecchio", "Delvecchio", "키아라 델베키오", "키아라 델베키오 검사", "델베키오",
                          "procuratrice", "Staatsanwältin Chiara Delvecchio", "fiscal", "Prosecutor Chiara Delvecchio"),
    "Federico Lanzoni": ("Federico Lanzoni", "Lanzoni", "페데리코 란초니", "페데리코 란초니 변호사", "란초니",
                         "avvocato", "Anwalt", "abogado"),
    "Borgo Ferrante neighbour (anonymous)": ("vecino", "un vecino"),
}
