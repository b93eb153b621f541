"""Stories of the fifth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them, by an annotator who read neither the extraction code nor its
lexicons. Every town, region, company, person, outlet and figure is invented. Stories here (all test, listed in
TEST_STORIES there): food poisoning after school lunches, whose counts of sick and hospitalised pupils are revised
from one day to the next; an airliner that overruns the runway on landing; a drought with water rationing, given in
reservoir levels (percent, annotated as the number written, category ``other``), rationed towns and farm losses.
Sick or treated pupils are ``other`` (as the cholera cases of an earlier story), not ``wounded``; a count written as
the old value of a revised figure ("up from just over 200") keeps the quantity of the new one.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_17: tuple[Art, ...] = (
    # ---------------------------------------------------------------- food poisoning after school lunches (test)
    Art("ml6-food-poisoning", "ilcorrieredellaserrina.example", "cronaca/2026/10/14/mensa-castelmarro-intossicazione",
        "2026-10-14", "it",
        "Intossicazione alla mensa, oltre 200 bambini al pronto soccorso a Castelmarro",
        ("Sono più di 200 gli alunni delle elementari di Castelmarro finiti al pronto soccorso tra martedì sera e "
         "mercoledì mattina dopo aver mangiato il pranzo della mensa scolastica. Trentaquattro sono stati ricoverati, "
         "quasi tutti nel reparto di pediatria dell'ospedale San Bassiano. I pasti, 4.600 in tutto, erano stati "
         "preparati nel centro cottura di Borgo Lenta dalla ditta Mensaverde e distribuiti in 11 scuole.",
         "Secondo l'Agenzia sanitaria territoriale della Serrina, i primi esami indicano una salmonella presente "
         "nell'insalata di riso servita come piatto unico.",
         "«Nessuno dei bambini ricoverati è in pericolo di vita», ha assicurato la direttrice sanitaria Ilaria "
         "Pescante. Ha aggiunto che le famiglie devono tenere d'occhio febbre e disidratazione nei prossimi giorni.",
         "L'amministratore delegato di Mensaverde, Renato Offidani, ha detto che la produzione nel centro cottura è "
         "stata sospesa in via precauzionale. «Ci assumiamo tutta la responsabilità per quello che è successo», ha "
         "aggiunto.",
         "Davanti alla scuola Manzoni l'attesa dei genitori si è trasformata in rabbia. «Vogliamo sapere chi "
         "controllava quella cucina», ha detto Chiara Bonvicini, portavoce del comitato dei genitori, la cui figlia "
         "è tra i ricoverati."),
        (St("Serrina, ⟦i primi esami indicano una salmonella presente nell'insalata di riso servita come piatto "
            "unico⟧", "Agenzia sanitaria territoriale della Serrina", "indirect", "fp-u3"),
         St("«⟦Nessuno dei bambini ricoverati è in pericolo di vita⟧»", "Ilaria Pescante", "direct", "fp-u4"),
         St("Ha aggiunto che ⟦le famiglie devono tenere d'occhio febbre e disidratazione nei prossimi giorni⟧",
            "Ilaria Pescante", "indirect", "fp-u5"),
         St("ha detto che ⟦la produzione nel centro cottura è stata sospesa in via precauzionale⟧",
            "Renato Offidani", "indirect", "fp-u2"),
         St("«⟦Ci assumiamo tutta la responsabilità per quello che è successo⟧»", "Renato Offidani", "direct",
            "fp-u1"),
         St("«⟦Vogliamo sapere chi controllava quella cucina⟧»", "Chiara Bonvicini", "direct", "fp-u6")),
        (Fg("più di ⟦200⟧ gli alunni", 200, "more than", "other", "fp-q-ill"),
         Fg("⟦Trentaquattro⟧ sono stati ricoverati", 34, None, "other", "fp-q-hospitalised"),
         Fg("I pasti, ⟦4.600⟧ in tutto", 4600, None, "other", "fp-q-meals"),
         Fg("in ⟦11⟧ scuole", 11, None, "other", "fp-q-schools"))),
    Art("ml6-food-poisoning", "voralpenzeitung.example", "panorama/schulessen-castelmarro-1.88412", "2026-10-14",
        "de",
        "Schulessen in Castelmarro: Mehr als 200 Kinder erkrankt",
        ("In der Stadt Castelmarro sind nach einem Mittagessen in den Schulkantinen mehr als 200 Grundschüler mit "
         "Erbrechen und Bauchkrämpfen behandelt worden. 34 von ihnen liegen im Krankenhaus.",
         "Das Essen – insgesamt rund 4.600 Portionen für elf Schulen – stammte aus der Großküche des Caterers "
         "Mensaverde in Borgo Lenta. Nach Angaben der regionalen Gesundheitsbehörde deuten erste "
         "Laboruntersuchungen auf Salmonellen in einem Reissalat hin.",
         "„Wir übernehmen die volle Verantwortung für das, was geschehen ist“, sagte Mensaverde-Geschäftsführer "
         "Renato Offidani. Die Produktion in der Küche sei vorsorglich eingestellt worden, erklärte er.",
         "Laut Ilaria Pescante, der ärztlichen Direktorin der Behörde, schwebt keines der Kinder in Lebensgefahr.",
         "Unter den Eltern wächst der Zorn. Chiara Bonvicini, Sprecherin des Elternkomitees, sagte, die Familien "
         "wollten wissen, „wer diese Küche eigentlich kontrolliert hat“."),
        (St("Gesundheitsbehörde ⟦deuten erste Laboruntersuchungen auf Salmonellen in einem Reissalat hin⟧",
            "Agenzia sanitaria territoriale della Serrina", "indirect", "fp-u3"),
         St("„⟦Wir übernehmen die volle Verantwortung für das, was geschehen ist⟧“", "Renato Offidani", "direct",
            "fp-u1"),
         St("⟦Die Produktion in der Küche sei vorsorglich eingestellt worden⟧, erklärte", "Renato Offidani",
            "indirect", "fp-u2"),
         St("Behörde, ⟦schwebt keines der Kinder in Lebensgefahr⟧", "Ilaria Pescante", "indirect", "fp-u4"),
         St("sagte, ⟦die Familien wollten wissen, „wer diese Küche eigentlich kontrolliert hat“⟧",
            "Chiara Bonvicini", "partial", "fp-u6")),
        (Fg("mehr als ⟦200⟧ Grundschüler", 200, "more than", "other", "fp-q-ill"),
         Fg("⟦34⟧ von ihnen", 34, None, "other", "fp-q-hospitalised"),
         Fg("rund ⟦4.600⟧ Portionen", 4600, "about", "other", "fp-q-meals"),
         Fg("für ⟦elf⟧ Schulen", 11, None, "other", "fp-q-schools"))),
    Art("ml6-food-poisoning", "hanurinews.example", "news/articleView.html?idxno=301877", "2026-10-15", "ko",
        "카스텔마로 학교 급식 식중독…학생 280여 명 치료",
        ("카스텔마로시 초등학교 11곳에서 급식을 먹은 학생 280여 명이 구토와 복통 증세로 치료를 받았다. 이 가운데 "
         "41명은 아직 입원해 있다. 당일 배식된 급식은 모두 4천600인분이었다.",
         "세리나 지역 보건당국은 14일 첫 검사 결과 쌀 샐러드에서 살모넬라균이 검출됐다고 밝혔다.",
         "급식업체 멘사베르데의 레나토 오피다니 대표는 “이번 일에 대한 모든 책임은 우리에게 있다”고 말했다. 그는 "
         "보르고 렌타의 조리시설 가동을 잠정 중단했다고 덧붙였다.",
         "일라리아 페스칸테 보건당국 의료국장에 따르면 입원한 어린이 중 생명이 위독한 환자는 없다.",
         "학부모들의 분노도 커지고 있다. 학부모위원회 대변인 키아라 본비치니는 “누가 그 주방을 점검했는지 알고 "
         "싶다”며 시 당국의 해명을 요구했다."),
        (St("14일 ⟦첫 검사 결과 쌀 샐러드에서 살모넬라균이 검출됐다⟧고", "Agenzia sanitaria territoriale della Serrina",
            "indirect", "fp-u3"),
         St("“⟦이번 일에 대한 모든 책임은 우리에게 있다⟧”", "Renato Offidani", "direct", "fp-u1"),
         St("그는 ⟦보르고 렌타의 조리시설 가동을 잠정 중단했다⟧고", "Renato Offidani", "indirect", "fp-u2"),
         St("따르면 ⟦입원한 어린이 중 생명이 위독한 환자는 없다⟧", "Ilaria Pescante", "indirect", "fp-u4"),
         St("“⟦누가 그 주방을 점검했는지 알고 싶다⟧”", "Chiara Bonvicini", "direct", "fp-u6")),
        (Fg("초등학교 ⟦11⟧곳", 11, None, "other", "fp-q-schools"),
         Fg("학생 ⟦280여⟧ 명", 280, "more than", "other", "fp-q-ill"),
         Fg("⟦41⟧명은", 41, None, "other", "fp-q-hospitalised"),
         Fg("모두 ⟦4천600⟧인분", 4600, None, "other", "fp-q-meals"))),
    Art("ml6-food-poisoning", "lavigiedusud.example", "faits-divers/intoxication-cantines-castelmarro", "2026-10-15",
        "fr",
        "Intoxication alimentaire dans les cantines de Castelmarro : près de 300 enfants soignés",
        ("Près de 300 écoliers de Castelmarro ont dû être soignés après avoir mangé à la cantine mardi midi, et une "
         "quarantaine d'entre eux étaient toujours hospitalisés jeudi. Les repas avaient été livrés à onze écoles par "
         "le traiteur Mensaverde.",
         "D'après l'agence sanitaire régionale, les premières analyses mettent en cause une salade de riz contaminée "
         "par des salmonelles.",
         f"«{NB}Nous assumons l'entière responsabilité de ce qui s'est passé{NB}», a déclaré Renato Offidani, le "
         "directeur général de Mensaverde, qui a fait fermer la cuisine centrale de Borgo Lenta.",
         "La directrice médicale de l'agence, Ilaria Pescante, affirme qu'aucun des enfants hospitalisés n'est en "
         "danger de mort.",
         f"«{NB}Nous voulons savoir qui contrôlait cette cuisine{NB}», lance Chiara Bonvicini, porte-parole des "
         "parents d'élèves. Selon elle, plusieurs familles envisagent de porter plainte."),
        (St("régionale, ⟦les premières analyses mettent en cause une salade de riz contaminée par des salmonelles⟧",
            "Agenzia sanitaria territoriale della Serrina", "indirect", "fp-u3"),
         St(f"«{NB}⟦Nous assumons l'entière responsabilité de ce qui s'est passé⟧{NB}»", "Renato Offidani",
            "direct", "fp-u1"),
         St("affirme qu'⟦aucun des enfants hospitalisés n'est en danger de mort⟧", "Ilaria Pescante", "indirect",
            "fp-u4"),
         St(f"«{NB}⟦Nous voulons savoir qui contrôlait cette cuisine⟧{NB}»", "Chiara Bonvicini", "direct", "fp-u6"),
         St("Selon elle, ⟦plusieurs familles envisagent de porter plainte⟧", "Chiara Bonvicini", "indirect",
            "fp-u7")),
        (Fg("Près de ⟦300⟧ écoliers", 300, "nearly", "other", "fp-q-ill"),
         Fg("et ⟦une quarantaine⟧ d'entre eux", 40, "about", "other", "fp-q-hospitalised"),
         Fg("à ⟦onze⟧ écoles", 11, None, "other", "fp-q-schools"))),
    Art("ml6-food-poisoning", "thedailycourant.example", "news/2026/oct/15/castelmarro-school-lunch-salmonella",
        "2026-10-15", "en",
        "School lunch outbreak: 287 children treated, 41 still in hospital",
        ("A total of 287 children have now been treated for food poisoning in Castelmarro after Tuesday's school "
         "lunches, up from just over 200 a day earlier, and 41 remain in hospital, the regional health agency said "
         "on Thursday.",
         "Laboratory tests point to salmonella in a rice salad served in 11 primary schools, according to the "
         "agency. Its medical director, Ilaria Pescante, said none of the children was in a life-threatening "
         "condition.",
         'Renato Offidani, chief executive of the caterer Mensaverde, said the company took "full responsibility". '
         "Production at its central kitchen in Borgo Lenta, which cooked some 4,600 meals that day, has been "
         "halted, he added.",
         'Parents want answers. "We want to know who was inspecting that kitchen," said Chiara Bonvicini, who '
         "speaks for a parents' committee. Several families are considering legal action, she said."),
        (St("⟦A total of 287 children have now been treated for food poisoning in Castelmarro after Tuesday's school "
            "lunches, up from just over 200 a day earlier, and 41 remain in hospital⟧, the regional",
            "Agenzia sanitaria territoriale della Serrina", "indirect", "fp-u8"),
         St("⟦Laboratory tests point to salmonella in a rice salad served in 11 primary schools⟧, according",
            "Agenzia sanitaria territoriale della Serrina", "indirect", "fp-u3"),
         St("said ⟦none of the children was in a life-threatening condition⟧", "Ilaria Pescante", "indirect",
            "fp-u4"),
         St('said ⟦the company took "full responsibility"⟧', "Renato Offidani", "partial", "fp-u1"),
         St("⟦Production at its central kitchen in Borgo Lenta, which cooked some 4,600 meals that day, has been "
            "halted⟧, he added", "Renato Offidani", "indirect", "fp-u2"),
         St('"⟦We want to know who was inspecting that kitchen⟧,"', "Chiara Bonvicini", "direct", "fp-u6"),
         St("⟦Several families are considering legal action⟧, she said", "Chiara Bonvicini", "indirect", "fp-u7")),
        (Fg("A total of ⟦287⟧ children", 287, None, "other", "fp-q-ill"),
         Fg("just over ⟦200⟧ a day", 200, "more than", "other", "fp-q-ill"),
         Fg("and ⟦41⟧ remain", 41, None, "other", "fp-q-hospitalised"),
         Fg("in ⟦11⟧ primary schools", 11, None, "other", "fp-q-schools"),
         Fg("some ⟦4,600⟧ meals", 4600, "about", "other", "fp-q-meals"))),
    Art("ml6-food-poisoning", "lagacetadelasierra.example", "sociedad/2026-10-16/castelmarro-comedores-fiscalia",
        "2026-10-16", "es",
        "La Fiscalía investiga a la empresa de comedores tras la intoxicación de casi 300 escolares en Castelmarro",
        ("La Fiscalía de Castelmarro ha abierto una investigación contra Mensaverde, la empresa que sirvió el martes "
         "la comida en once colegios de la ciudad, después de que casi 300 niños necesitaran atención médica. Unos "
         "cuarenta siguen ingresados.",
         "La agencia sanitaria de la región confirmó que las muestras de la ensalada de arroz contenían salmonela.",
         "El consejero delegado de Mensaverde, Renato Offidani, reiteró que la empresa asume «toda la "
         "responsabilidad» y dijo que colaborará con los investigadores.",
         '"Queremos saber quién controlaba esa cocina", insiste Chiara Bonvicini, portavoz de las familias. Según '
         "Bonvicini, varias familias presentarán una denuncia la semana que viene."),
        (St("confirmó que ⟦las muestras de la ensalada de arroz contenían salmonela⟧",
            "Agenzia sanitaria territoriale della Serrina", "indirect", "fp-u9"),
         St("reiteró que ⟦la empresa asume «toda la responsabilidad»⟧", "Renato Offidani", "partial", "fp-u1"),
         St("dijo que ⟦colaborará con los investigadores⟧", "Renato Offidani", "indirect", "fp-u10"),
         St('"⟦Queremos saber quién controlaba esa cocina⟧"', "Chiara Bonvicini", "direct", "fp-u6"),
         St("Bonvicini, ⟦varias familias presentarán una denuncia la semana que viene⟧", "Chiara Bonvicini",
            "indirect", "fp-u11")),
        (Fg("en ⟦once⟧ colegios", 11, None, "other", "fp-q-schools"),
         Fg("casi ⟦300⟧ niños", 300, "nearly", "other", "fp-q-ill"),
         Fg("Unos ⟦cuarenta⟧ siguen", 40, "about", "other", "fp-q-hospitalised"))),
    # ---------------------------------------------------------------- an airliner overruns the runway (test)
    Art("ml6-air-crash", "northernstarpress.example", "world/2026/11/02/nordavia-drosk-runway-overrun", "2026-11-02",
        "en",
        "Two dead as airliner overruns runway in Drosk",
        ("Two people were killed and at least 55 injured when a Nordavia passenger jet overran the runway while "
         "landing in heavy rain at Drosk-Zapadny airport on Monday evening, breaking apart in a field beyond the "
         "perimeter fence. The aircraft, flight NV318 from Haeon, was carrying 186 passengers and eight crew.",
         '"It is far too early to talk about a cause," said Yevgeny Lazarchuk, who heads Zarovia\'s air accident '
         "investigation bureau. He said both flight recorders had been recovered intact.",
         "Nordavia said in a statement that the aircraft had passed a full maintenance check ten days before the "
         'accident. Its spokesman, Pavel Grushin, said the crew had emptied the cabin "in less than two minutes".',
         "Hwang Min-seo, a 34-year-old teacher from Haeon who was seated near the back, described the last seconds "
         'of the landing. "It felt as if the plane would never stop," she said by telephone from hospital.',
         "An airport employee, who asked not to be named, said part of the runway lighting had failed shortly "
         "before the landing."),
        (St('"⟦It is far too early to talk about a cause⟧,"', "Yevgeny Lazarchuk", "direct", "air-u3"),
         St("He said ⟦both flight recorders had been recovered intact⟧", "Yevgeny Lazarchuk", "indirect", "air-u4"),
         St("statement that ⟦the aircraft had passed a full maintenance check ten days before the accident⟧",
            "Nordavia", "indirect", "air-u1"),
         St('said ⟦the crew had emptied the cabin "in less than two minutes"⟧', "Pavel Grushin", "partial",
            "air-u2"),
         St('"⟦It felt as if the plane would never stop⟧,"', "Hwang Min-seo", "direct", "air-u5"),
         St("said ⟦part of the runway lighting had failed shortly before the landing⟧",
            "Drosk-Zapadny airport employee (anonymous)", "indirect", "air-u6")),
        (Fg("⟦Two⟧ people were killed", 2, None, "killed", "air-q-killed"),
         Fg("at least ⟦55⟧ injured", 55, "at least", "wounded", "air-q-injured"),
         Fg("carrying ⟦186⟧ passengers", 186, None, "other", "air-q-passengers"),
         Fg("and ⟦eight⟧ crew", 8, None, "other", "air-q-crew"))),
    Art("ml6-air-crash", "haeonilbo.example", "news/articleView.html?idxno=517302", "2026-11-03", "ko",
        "해온발 노르다비아 여객기 드로스크서 활주로 이탈…3명 사망",
        ("해온을 출발한 노르다비아 NV318편 여객기가 2일 저녁(현지시간) 자로비아 드로스크-자파드니 공항에 착륙하던 "
         "중 활주로를 벗어나 3명이 숨지고 60여 명이 다쳤다. 이 여객기에는 승객 186명과 승무원 8명이 타고 있었으며, "
         "이 가운데 한국인은 23명이었다.",
         "해온 출신 교사 황민서(34) 씨는 병원에서 본지와의 전화 통화에서 “비행기가 영영 멈추지 않을 것만 "
         "같았다”고 말했다. 황씨는 뒤쪽 비상구로 빠져나온 승객들이 젖은 풀밭 위로 뛰어내렸다고 전했다.",
         "예브게니 라자르추크 자로비아 항공사고조사위원장은 “사고 원인을 말하기에는 너무 이르다”고 밝혔다. 그는 "
         "블랙박스 두 개를 모두 온전한 상태로 회수했다고 덧붙였다.",
         "노르다비아 측은 사고 기체가 열흘 전 정기 정비를 마쳤다고 설명했다. 노르다비아는 오는 6일까지 드로스크행 "
         "항공편 운항을 모두 중단한다고 밝혔다."),
        (St("“⟦비행기가 영영 멈추지 않을 것만 같았다⟧”", "Hwang Min-seo", "direct", "air-u5"),
         St("황씨는 ⟦뒤쪽 비상구로 빠져나온 승객들이 젖은 풀밭 위로 뛰어내렸다⟧고", "Hwang Min-seo", "indirect",
            "air-u7"),
         St("“⟦사고 원인을 말하기에는 너무 이르다⟧”", "Yevgeny Lazarchuk", "direct", "air-u3"),
         St("그는 ⟦블랙박스 두 개를 모두 온전한 상태로 회수했다⟧고", "Yevgeny Lazarchuk", "indirect", "air-u4"),
         St("측은 ⟦사고 기체가 열흘 전 정기 정비를 마쳤다⟧고", "Nordavia", "indirect", "air-u1"),
         St("노르다비아는 ⟦오는 6일까지 드로스크행 항공편 운항을 모두 중단한다⟧고", "Nordavia", "indirect",
            "air-u8")),
        (Fg("⟦3⟧명이 숨지고", 3, None, "killed", "air-q-killed"),
         Fg("⟦60여⟧ 명이 다쳤다", 60, "more than", "wounded", "air-q-injured"),
         Fg("승객 ⟦186⟧명", 186, None, "other", "air-q-passengers"),
         Fg("승무원 ⟦8⟧명", 8, None, "other", "air-q-crew"),
         Fg("한국인은 ⟦23⟧명", 23, None, "other", "air-q-korean"))),
    Art("ml6-air-crash", "rheinland-abendblatt.example", "welt/nordavia-drosk-landebahn-1.90233", "2026-11-02", "de",
        "Flugzeug schießt in Drosk über Landebahn hinaus – mindestens zwei Tote",
        ("Beim Landeanflug auf den Flughafen Drosk-Zapadny ist am Montagabend eine Maschine der Fluggesellschaft "
         "Nordavia über das Ende der Landebahn hinausgeschossen und auf einem Feld zerbrochen. Mindestens zwei "
         "Menschen kamen ums Leben, mehr als 50 wurden verletzt. An Bord waren 186 Passagiere und acht "
         "Besatzungsmitglieder, darunter 23 Südkoreaner.",
         "„Es ist viel zu früh, um über eine Ursache zu sprechen“, sagte Jewgeni Lasartschuk, Leiter der zarowischen "
         "Flugunfall-Untersuchungsbehörde. Beide Flugschreiber seien unversehrt geborgen worden.",
         "Ein Sprecher der Airline, Pawel Gruschin, lobte die Besatzung: Sie habe die Kabine in weniger als zwei "
         "Minuten geräumt.",
         "Eine Passagierin aus Haeon, die 34-jährige Lehrerin Hwang Min-seo, berichtete, die Menschen aus den "
         "hinteren Reihen seien über die Notrutsche auf das nasse Gras gesprungen. „Ich dachte, das Flugzeug hält "
         "nie mehr an“, sagte sie.",
         "Laut einem Flughafenmitarbeiter, der anonym bleiben wollte, war ein Teil der Landebahnbefeuerung kurz vor "
         "der Landung ausgefallen."),
        (St("„⟦Es ist viel zu früh, um über eine Ursache zu sprechen⟧“", "Yevgeny Lazarchuk", "direct", "air-u3"),
         St("⟦Beide Flugschreiber seien unversehrt geborgen worden⟧", "Yevgeny Lazarchuk", "indirect", "air-u4"),
         St("Besatzung: ⟦Sie habe die Kabine in weniger als zwei Minuten geräumt⟧", "Pavel Grushin", "indirect",
            "air-u2"),
         St("berichtete, ⟦die Menschen aus den hinteren Reihen seien über die Notrutsche auf das nasse Gras "
            "gesprungen⟧", "Hwang Min-seo", "indirect", "air-u7"),
         St("„⟦Ich dachte, das Flugzeug hält nie mehr an⟧“", "Hwang Min-seo", "direct", "air-u5"),
         St("wollte, ⟦war ein Teil der Landebahnbefeuerung kurz vor der Landung ausgefallen⟧",
            "Drosk-Zapadny airport employee (anonymous)", "indirect", "air-u6")),
        (Fg("Mindestens ⟦zwei⟧ Menschen", 2, "at least", "killed", "air-q-killed"),
         Fg("mehr als ⟦50⟧ wurden", 50, "more than", "wounded", "air-q-injured"),
         Fg("waren ⟦186⟧ Passagiere", 186, None, "other", "air-q-passengers"),
         Fg("und ⟦acht⟧ Besatzungsmitglieder", 8, None, "other", "air-q-crew"),
         Fg("darunter ⟦23⟧ Südkoreaner", 23, None, "other", "air-q-korean"))),
    Art("ml6-air-crash", "elcorreoaustral.example", "internacional/2026-11-04/nordavia-drosk-tercera-victima",
        "2026-11-04", "es",
        "Sube a tres el número de muertos en el accidente de Nordavia en Drosk",
        ("Tres personas han muerto y 61 resultaron heridas en el accidente del vuelo NV318 de Nordavia, que el lunes "
         "se salió de la pista al aterrizar bajo una fuerte lluvia en el aeropuerto de Drosk-Zapadny. La tercera "
         "víctima, una azafata, falleció el martes en el hospital. A bordo viajaban 186 pasajeros y ocho "
         "tripulantes, entre ellos 23 surcoreanos.",
         "Según Yevgueni Lazarchuk, jefe de la oficina de investigación de accidentes aéreos de Zarovia, es "
         "«demasiado pronto» para hablar de las causas. Las dos cajas negras fueron recuperadas intactas, añadió.",
         '"La tripulación desalojó el avión en menos de dos minutos", afirmó el portavoz de Nordavia, Pável Grushin. '
         "La aerolínea aseguró además que el aparato había superado una revisión completa diez días antes."),
        (St("Zarovia, ⟦es «demasiado pronto» para hablar de las causas⟧", "Yevgeny Lazarchuk", "partial", "air-u3"),
         St("⟦Las dos cajas negras fueron recuperadas intactas⟧, añadió", "Yevgeny Lazarchuk", "indirect", "air-u4"),
         St('"⟦La tripulación desalojó el avión en menos de dos minutos⟧"', "Pavel Grushin", "direct", "air-u2"),
         St("aseguró además que ⟦el aparato había superado una revisión completa diez días antes⟧", "Nordavia",
            "indirect", "air-u1")),
        (Fg("⟦Tres⟧ personas han muerto", 3, None, "killed", "air-q-killed"),
         Fg("y ⟦61⟧ resultaron", 61, None, "wounded", "air-q-injured"),
         Fg("viajaban ⟦186⟧ pasajeros", 186, None, "other", "air-q-passengers"),
         Fg("y ⟦ocho⟧ tripulantes", 8, None, "other", "air-q-crew"),
         Fg("ellos ⟦23⟧ surcoreanos", 23, None, "other", "air-q-korean"))),
    Art("ml6-air-crash", "folhadonorte.example", "mundo/2026/11/04/aviao-nordavia-sai-da-pista-drosk", "2026-11-04",
        "pt",
        "Avião da Nordavia sai da pista em Drosk; mortos sobem para três",
        ("Subiu para três o número de mortos no acidente com o avião da Nordavia que saiu da pista durante a "
         "aterragem no aeroporto de Drosk-Zapadny, na segunda-feira à noite. Entre 50 e 60 passageiros ficaram "
         "feridos, segundo os hospitais da cidade. Seguiam a bordo 194 pessoas, entre passageiros e tripulantes.",
         "“Parecia que o avião nunca mais ia parar”, contou ao jornal a passageira Hwang Min-seo, uma professora de "
         "34 anos.",
         "De acordo com Ievgueni Lazartchuk, que dirige o gabinete de investigação de acidentes aéreos da Zarovia, "
         "as duas caixas-negras foram recuperadas intactas. O investigador disse que ainda é cedo demais para apontar "
         "uma causa.",
         "A Nordavia suspendeu todos os voos para Drosk até sexta-feira, informou a companhia em comunicado. O "
         "porta-voz Pavel Gruchin elogiou a tripulação, que, segundo ele, esvaziou a cabine em menos de dois "
         "minutos."),
        (St("⟦Entre 50 e 60 passageiros ficaram feridos⟧, segundo", "Drosk city hospitals", "indirect", "air-u9"),
         St("“⟦Parecia que o avião nunca mais ia parar⟧”", "Hwang Min-seo", "direct", "air-u5"),
         St("Zarovia, ⟦as duas caixas-negras foram recuperadas intactas⟧", "Yevgeny Lazarchuk", "indirect",
            "air-u4"),
         St("disse que ⟦ainda é cedo demais para apontar uma causa⟧", "Yevgeny Lazarchuk", "indirect", "air-u3"),
         St("⟦A Nordavia suspendeu todos os voos para Drosk até sexta-feira⟧, informou", "Nordavia", "indirect",
            "air-u8"),
         St("segundo ele, ⟦esvaziou a cabine em menos de dois minutos⟧", "Pavel Grushin", "indirect", "air-u2")),
        (Fg("para ⟦três⟧ o número", 3, None, "killed", "air-q-killed"),
         Fg("Entre ⟦50 e 60⟧ passageiros", 55, None, "wounded", "air-q-injured", low=50, high=60),
         Fg("bordo ⟦194⟧ pessoas", 194, None, "other", "air-q-onboard"))),
    Art("ml6-air-crash", "lanouvelleestafette.example", "monde/2026/11/04/sortie-de-piste-drosk-enquete", "2026-11-04",
        "fr",
        "Sortie de piste à Drosk : l'enquête se penche sur l'éclairage de la piste",
        ("Deux jours après la sortie de piste d'un avion de Nordavia à Drosk-Zapadny, le bilan s'établit à trois "
         "morts et une soixantaine de blessés. L'appareil transportait 194 personnes, dont 23 ressortissants "
         "sud-coréens.",
         "Selon un employé de l'aéroport, qui a requis l'anonymat, une partie du balisage lumineux de la piste était "
         "tombée en panne peu avant l'atterrissage.",
         f"«{NB}Il est beaucoup trop tôt pour parler d'une cause{NB}», a répété mercredi Ievgueni Lazartchouk, le "
         "directeur du bureau d'enquête sur les accidents aériens de Zarovie. D'après lui, les deux enregistreurs de "
         "vol ont été retrouvés intacts et seront analysés dans les prochains jours.",
         "Hwang Min-seo, une enseignante de 34 ans, raconte que des passagers ont sauté sur l'herbe mouillée depuis "
         "les issues arrière.",
         "La compagnie a suspendu ses vols vers Drosk jusqu'à vendredi."),
        (St("l'anonymat, ⟦une partie du balisage lumineux de la piste était tombée en panne peu avant "
            "l'atterrissage⟧", "Drosk-Zapadny airport employee (anonymous)", "indirect", "air-u6"),
         St(f"«{NB}⟦Il est beaucoup trop tôt pour parler d'une cause⟧{NB}»", "Yevgeny Lazarchuk", "direct", "air-u3"),
         St("D'après lui, ⟦les deux enregistreurs de vol ont été retrouvés intacts et seront analysés dans les "
            "prochains jours⟧", "Yevgeny Lazarchuk", "indirect", "air-u4"),
         St("raconte que ⟦des passagers ont sauté sur l'herbe mouillée depuis les issues arrière⟧", "Hwang Min-seo",
            "indirect", "air-u7")),
        (Fg("à ⟦trois⟧ morts", 3, None, "killed", "air-q-killed"),
         Fg("et ⟦une soixantaine⟧ de blessés", 60, "about", "wounded", "air-q-injured"),
         Fg("transportait ⟦194⟧ personnes", 194, None, "other", "air-q-onboard"),
         Fg("dont ⟦23⟧ ressortissants", 23, None, "other", "air-q-korean"))),
    # ---------------------------------------------------------------- a drought and water rationing (test)
    Art("ml6-drought", "elheraldodelameseta.example", "almarcen/2026/08/19/sequia-cortes-agua-penaturia",
        "2026-08-19", "es",
        "El embalse de Peñaturia cae al 18 % y 43 municipios del Almarcén tendrán cortes de agua",
        ("El embalse de Peñaturia, el mayor del Almarcén, se encuentra al 18 % de su capacidad, y la reserva media de "
         "la cuenca ronda el 27 %. Aguas del Almarcén anunció este miércoles que cortará el suministro cada noche, de "
         "23.00 a 6.00, en 43 municipios donde viven 1,2 millones de personas.",
         '"Si no llueve este otoño, no podremos garantizar el agua del grifo más allá de enero", advirtió la '
         "directora de la compañía, Nuria Castejón.",
         "Según la Unión de Agricultores del Almarcén, las pérdidas en el campo superan ya los 850 millones de euros. "
         "«Estamos perdiendo cosechas enteras y nadie nos escucha», dijo su presidente, Baltasar Urquiza.",
         "La ministra de Medio Ambiente, Leonor Mardones, defendió que el agua de boca «tiene prioridad absoluta» "
         "sobre el riego. Mardones anunció que el Gobierno aprobará la próxima semana un paquete de ayudas de "
         "emergencia."),
        (St("miércoles que ⟦cortará el suministro cada noche, de 23.00 a 6.00, en 43 municipios donde viven 1,2 "
            "millones de personas⟧", "Aguas del Almarcén", "indirect", "drought-u2"),
         St('"⟦Si no llueve este otoño, no podremos garantizar el agua del grifo más allá de enero⟧"',
            "Nuria Castejón", "direct", "drought-u1"),
         St("Almarcén, ⟦las pérdidas en el campo superan ya los 850 millones de euros⟧",
            "Unión de Agricultores del Almarcén", "indirect", "drought-u4"),
         St("«⟦Estamos perdiendo cosechas enteras y nadie nos escucha⟧»", "Baltasar Urquiza", "direct",
            "drought-u3"),
         St("defendió que ⟦el agua de boca «tiene prioridad absoluta» sobre el riego⟧", "Leonor Mardones", "partial",
            "drought-u5"),
         St("anunció que ⟦el Gobierno aprobará la próxima semana un paquete de ayudas de emergencia⟧",
            "Leonor Mardones", "indirect", "drought-u6")),
        (Fg("al ⟦18⟧ % de su capacidad", 18, None, "other", "drought-q-penaturia"),
         Fg("ronda el ⟦27⟧ %", 27, "about", "other", "drought-q-basin"),
         Fg("en ⟦43⟧ municipios", 43, None, "other", "drought-q-towns"),
         Fg("viven ⟦1,2 millones⟧ de personas", 1_200_000, None, "other", "drought-q-people"),
         Fg("los ⟦850 millones de euros⟧", 850_000_000, "more than", "money", "drought-q-losses"))),
    Art("ml6-drought", "gazetadafronteira.example", "regiao/2026/08/21/seca-almarcen-cortes-de-agua", "2026-08-21",
        "pt",
        "Seca no Almarcén: albufeira de Peñaturia abaixo dos 20%",
        ("A albufeira de Peñaturia, a maior da região vizinha do Almarcén, está a 18% da capacidade. A empresa Aguas "
         "del Almarcén começou a cortar a água durante a noite em 43 municípios, onde vivem cerca de 1,2 milhões de "
         "pessoas.",
         "Segundo Nuria Castejón, diretora da empresa, sem chuva no outono não será possível garantir água nas "
         "torneiras depois de janeiro.",
         "De acordo com a União de Agricultores do Almarcén, os prejuízos na agricultura já ultrapassam os 850 milhões "
         "de euros. O presidente da associação, Baltasar Urquiza, afirmou que os agricultores estão a perder "
         "colheitas inteiras sem que ninguém os ouça.",
         "A ministra do Ambiente, Leonor Mardones, garantiu que a água para consumo humano terá sempre prioridade "
         "sobre a rega. Uma fonte do ministério admitiu ao jornal que o Governo estuda levar água em navios-cisterna "
         "para as cidades do litoral."),
        (St("empresa, ⟦sem chuva no outono não será possível garantir água nas torneiras depois de janeiro⟧",
            "Nuria Castejón", "indirect", "drought-u1"),
         St("Almarcén, ⟦os prejuízos na agricultura já ultrapassam os 850 milhões de euros⟧",
            "Unión de Agricultores del Almarcén", "indirect", "drought-u4"),
         St("afirmou que ⟦os agricultores estão a perder colheitas inteiras sem que ninguém os ouça⟧",
            "Baltasar Urquiza", "indirect", "drought-u3"),
         St("garantiu que ⟦a água para consumo humano terá sempre prioridade sobre a rega⟧", "Leonor Mardones",
            "indirect", "drought-u5"),
         St("jornal que ⟦o Governo estuda levar água em navios-cisterna para as cidades do litoral⟧",
            "Almarcén environment ministry source (anonymous)", "indirect", "drought-u7")),
        (Fg("está a ⟦18⟧% da capacidade", 18, None, "other", "drought-q-penaturia"),
         Fg("em ⟦43⟧ municípios", 43, None, "other", "drought-q-towns"),
         Fg("cerca de ⟦1,2 milhões⟧ de pessoas", 1_200_000, "about", "other", "drought-q-people"),
         Fg("os ⟦850 milhões de euros⟧", 850_000_000, "more than", "money", "drought-q-losses"))),
    Art("ml6-drought", "taunusanzeiger.example", "wirtschaft/duerre-almarcen-wasser-nachts-abgestellt-1.77140",
        "2026-08-21", "de",
        "Dürre im Almarcén: Wasser wird nachts abgestellt",
        ("Im Almarcén wird das Wasser knapp: Der größte Stausee der Region, Peñaturia, ist nur noch zu 17 Prozent "
         "gefüllt, im Schnitt liegen die Speicher bei rund 27 Prozent. Seit Donnerstag dreht der Versorger Aguas del "
         "Almarcén in mehr als 40 Gemeinden nachts den Hahn zu. Betroffen sind rund 1,2 Millionen Menschen.",
         "„Wenn es im Herbst nicht regnet, können wir das Leitungswasser über den Januar hinaus nicht garantieren“, "
         "warnte Versorgungschefin Nuria Castejón.",
         "Die Landwirte sprechen von einer Katastrophe. Nach Angaben ihres Verbands belaufen sich die Ernteausfälle "
         "bereits auf rund 850 Millionen Euro. „Wir verlieren ganze Ernten, und niemand hört uns zu“, sagte "
         "Verbandspräsident Baltasar Urquiza.",
         "Umweltministerin Leonor Mardones sagte, Trinkwasser habe „absoluten Vorrang“ vor der Bewässerung. Sie "
         "kündigte an, dass die Regierung in der kommenden Woche ein Nothilfepaket beschließen werde."),
        (St("„⟦Wenn es im Herbst nicht regnet, können wir das Leitungswasser über den Januar hinaus nicht "
            "garantieren⟧“", "Nuria Castejón", "direct", "drought-u1"),
         St("Verbands ⟦belaufen sich die Ernteausfälle bereits auf rund 850 Millionen Euro⟧",
            "Unión de Agricultores del Almarcén", "indirect", "drought-u4"),
         St("„⟦Wir verlieren ganze Ernten, und niemand hört uns zu⟧“", "Baltasar Urquiza", "direct", "drought-u3"),
         St("sagte, ⟦Trinkwasser habe „absoluten Vorrang“ vor der Bewässerung⟧", "Leonor Mardones", "partial",
            "drought-u5"),
         St("dass ⟦die Regierung in der kommenden Woche ein Nothilfepaket beschließen werde⟧", "Leonor Mardones",
            "indirect", "drought-u6")),
        (Fg("zu ⟦17⟧ Prozent", 17, None, "other", "drought-q-penaturia"),
         Fg("bei rund ⟦27⟧ Prozent", 27, "about", "other", "drought-q-basin"),
         Fg("mehr als ⟦40⟧ Gemeinden", 40, "more than", "other", "drought-q-towns"),
         Fg("rund ⟦1,2 Millionen⟧ Menschen", 1_200_000, "about", "other", "drought-q-people"),
         Fg("rund ⟦850 Millionen Euro⟧", 850_000_000, "about", "money", "drought-q-losses"))),
    Art("ml6-drought", "noeulsinmun.example", "news/articleView.html?idxno=240613", "2026-08-21", "ko",
        "알마르센 가뭄 심화…저수율 17%로 떨어져 43개 지자체 야간 단수",
        ("알마르센 지역 최대 저수지인 페냐투리아 저수지의 저수율이 17%까지 떨어졌다. 지역 전체 평균 저수율도 27% "
         "안팎에 그치고 있다.",
         "수도 공급업체 아과스 델 알마르센은 20일부터 43개 지자체에서 밤 11시부터 이튿날 오전 6시까지 수돗물 "
         "공급을 중단한다고 밝혔다. 이에 따라 주민 약 120만 명이 영향을 받는다.",
         "누리아 카스테혼 사장은 “가을에 비가 오지 않으면 1월 이후에는 수돗물을 보장할 수 없다”고 경고했다.",
         "알마르센 농업인연합에 따르면 농업 피해액은 이미 8억5천만 유로를 넘어섰다. 발타사르 우르키사 회장은 "
         "“농작물을 통째로 잃고 있는데 아무도 귀를 기울이지 않는다”고 호소했다.",
         "레오노르 마르도네스 환경장관은 식수가 농업용수보다 우선이라고 강조했다. 그는 정부가 다음 주 긴급 지원 "
         "대책을 내놓을 것이라고 말했다."),
        (St("알마르센은 ⟦20일부터 43개 지자체에서 밤 11시부터 이튿날 오전 6시까지 수돗물 공급을 중단한다⟧고",
            "Aguas del Almarcén", "indirect", "drought-u2"),
         St("“⟦가을에 비가 오지 않으면 1월 이후에는 수돗물을 보장할 수 없다⟧”", "Nuria Castejón", "direct",
            "drought-u1"),
         St("따르면 ⟦농업 피해액은 이미 8억5천만 유로를 넘어섰다⟧", "Unión de Agricultores del Almarcén", "indirect",
            "drought-u4"),
         St("“⟦농작물을 통째로 잃고 있는데 아무도 귀를 기울이지 않는다⟧”", "Baltasar Urquiza", "direct",
            "drought-u3"),
         St("환경장관은 ⟦식수가 농업용수보다 우선⟧이라고", "Leonor Mardones", "indirect", "drought-u5"),
         St("그는 ⟦정부가 다음 주 긴급 지원 대책을 내놓을 것⟧이라고", "Leonor Mardones", "indirect", "drought-u6")),
        (Fg("저수율이 ⟦17⟧%까지", 17, None, "other", "drought-q-penaturia"),
         Fg("평균 저수율도 ⟦27⟧% 안팎", 27, "about", "other", "drought-q-basin"),
         Fg("⟦43⟧개 지자체에서", 43, None, "other", "drought-q-towns"),
         Fg("주민 약 ⟦120만⟧ 명", 1_200_000, "about", "other", "drought-q-people"),
         Fg("이미 ⟦8억5천만 유로⟧를", 850_000_000, "more than", "money", "drought-q-losses"))),
    Art("ml6-drought", "lavocedelmediterraneo.example", "esteri/2026/08/22/siccita-almarcen-acqua-razionata",
        "2026-08-22", "it",
        "Almarcén, acqua razionata per 1,2 milioni di persone",
        ("Nell'Almarcén la siccità ha svuotato i bacini: quello di Peñaturia, il più grande, è sceso al 17 per cento "
         "della capacità. Una quarantina di comuni, dove abitano circa 1,2 milioni di persone, restano senz'acqua "
         "ogni notte.",
         "Secondo la ministra dell'Ambiente Leonor Mardones, l'acqua potabile ha «la priorità assoluta» rispetto "
         "all'irrigazione.",
         "«Stiamo perdendo interi raccolti e nessuno ci ascolta», ha denunciato Baltasar Urquiza, presidente "
         "dell'associazione degli agricoltori. L'associazione calcola che i danni superino già gli 850 milioni di "
         "euro.",
         "Nuria Castejón, direttrice di Aguas del Almarcén, ha detto che senza piogge autunnali l'acqua del rubinetto "
         "non è garantita oltre gennaio. Fonti del ministero riferiscono che il governo valuta l'invio di navi "
         "cisterna verso le città della costa."),
        (St("Mardones, ⟦l'acqua potabile ha «la priorità assoluta» rispetto all'irrigazione⟧", "Leonor Mardones",
            "partial", "drought-u5"),
         St("«⟦Stiamo perdendo interi raccolti e nessuno ci ascolta⟧»", "Baltasar Urquiza", "direct", "drought-u3"),
         St("calcola che ⟦i danni superino già gli 850 milioni di euro⟧", "Unión de Agricultores del Almarcén",
            "indirect", "drought-u4"),
         St("ha detto che ⟦senza piogge autunnali l'acqua del rubinetto non è garantita oltre gennaio⟧",
            "Nuria Castejón", "indirect", "drought-u1"),
         St("riferiscono che ⟦il governo valuta l'invio di navi cisterna verso le città della costa⟧",
            "Almarcén environment ministry source (anonymous)", "indirect", "drought-u7")),
        (Fg("al ⟦17⟧ per cento", 17, None, "other", "drought-q-penaturia"),
         Fg("⟦Una quarantina⟧ di comuni", 40, "about", "other", "drought-q-towns"),
         Fg("circa ⟦1,2 milioni⟧ di persone", 1_200_000, "about", "other", "drought-q-people"),
         Fg("gli ⟦850 milioni di euro⟧", 850_000_000, "more than", "money", "drought-q-losses"))),
    Art("ml6-drought", "thecontinentalobserver.example", "world/2026/aug/24/almarcen-drought-penaturia-rationing",
        "2026-08-24", "en",
        "Almarcén drought: main reservoir falls to 16% as rationing spreads",
        ("The Peñaturia reservoir, the largest in the drought-stricken Almarcén region, was down to 16 per cent of "
         "capacity on Monday, according to Aguas del Almarcén, the regional water utility. Night-time cuts now "
         "affect nearly 50 towns and villages with a combined population of about 1.3 million.",
         "Nuria Castejón, the utility's director, has warned that tap water cannot be guaranteed beyond January "
         "unless autumn brings rain.",
         "The Almarcén Farmers' Union says losses already exceed €850 million. \"We are losing whole harvests and "
         'nobody is listening," said its president, Baltasar Urquiza.',
         "Environment Minister Leonor Mardones said drinking water would always come first. An emergency aid package "
         "would go to the cabinet this week, she said."),
        (St("⟦The Peñaturia reservoir, the largest in the drought-stricken Almarcén region, was down to 16 per cent of "
            "capacity on Monday⟧, according", "Aguas del Almarcén", "indirect", "drought-u8"),
         St("warned that ⟦tap water cannot be guaranteed beyond January unless autumn brings rain⟧",
            "Nuria Castejón", "indirect", "drought-u1"),
         St("says ⟦losses already exceed €850 million⟧", "Unión de Agricultores del Almarcén", "indirect",
            "drought-u4"),
         St('"⟦We are losing whole harvests and nobody is listening⟧,"', "Baltasar Urquiza", "direct", "drought-u3"),
         St("said ⟦drinking water would always come first⟧", "Leonor Mardones", "indirect", "drought-u5"),
         St("⟦An emergency aid package would go to the cabinet this week⟧, she said", "Leonor Mardones", "indirect",
            "drought-u6")),
        (Fg("down to ⟦16⟧ per cent", 16, None, "other", "drought-q-penaturia"),
         Fg("affect nearly ⟦50⟧ towns", 50, "nearly", "other", "drought-q-towns"),
         Fg("about ⟦1.3 million⟧", 1_300_000, "about", "other", "drought-q-people"),
         Fg("exceed ⟦€850 million⟧", 850_000_000, "more than", "money", "drought-q-losses"))),
)

SPEAKER_FORMS_17: dict[str, tuple[str, ...]] = {
    # food poisoning
    "Agenzia sanitaria territoriale della Serrina": (
        "Agenzia sanitaria territoriale della Serrina", "regionalen Gesundheitsbehörde", "Gesundheitsbehörde",
        "세리나 지역 보건당국", "보건당국", "agence sanitaire régionale", "agencia sanitaria de la región",
        "regional health agency", "agency"),
    "Ilaria Pescante": ("Ilaria Pescante", "Pescante", "일라리아 페스칸테", "일라리아 페스칸테 보건당국 의료국장"),
    "Renato Offidani": ("Renato Offidani", "Offidani", "레나토 오피다니", "오피다니 대표"),
    "Chiara Bonvicini": ("Chiara Bonvicini", "Bonvicini", "키아라 본비치니", "학부모위원회 대변인 키아라 본비치니"),
    # air crash
    "Nordavia": ("Nordavia", "노르다비아", "노르다비아 측", "aerolínea", "companhia", "Airline"),
    "Pavel Grushin": ("Pavel Grushin", "Pawel Gruschin", "Pável Grushin", "Pavel Gruchin", "Grushin", "Gruschin",
                      "Gruchin", "파벨 그루신"),
    "Yevgeny Lazarchuk": ("Yevgeny Lazarchuk", "Jewgeni Lasartschuk", "Yevgueni Lazarchuk", "Ievgueni Lazartchuk",
                          "Ievgueni Lazartchouk", "Lazarchuk", "Lasartschuk", "Lazartchuk", "Lazartchouk",
                          "예브게니 라자르추크", "예브게니 라자르추크 자로비아 항공사고조사위원장", "investigador"),
    "Hwang Min-seo": ("Hwang Min-seo", "Hwang Min Seo", "황민서", "황씨", "황민서 씨", "passageira"),
    "Drosk-Zapadny airport employee (anonymous)": ("airport employee", "An airport employee", "Flughafenmitarbeiter",
                                                   "einem Flughafenmitarbeiter", "employé de l'aéroport",
                                                   "un employé de l'aéroport"),
    "Drosk city hospitals": ("hospitais da cidade", "hospitais"),
    # drought
    "Aguas del Almarcén": ("Aguas del Almarcén", "아과스 델 알마르센", "Versorger", "empresa", "compañía"),
    "Nuria Castejón": ("Nuria Castejón", "Castejón", "누리아 카스테혼", "누리아 카스테혼 사장",
                       "Versorgungschefin Nuria Castejón"),
    "Unión de Agricultores del Almarcén": ("Unión de Agricultores del Almarcén", "União de Agricultores do Almarcén",
                                           "알마르센 농업인연합", "Verband", "Verbands", "associazione",
                                           "L'associazione", "Almarcén Farmers' Union", "Farmers' Union"),
    "Baltasar Urquiza": ("Baltasar Urquiza", "Urquiza", "발타사르 우르키사", "발타사르 우르키사 회장",
                         "Verbandspräsident Baltasar Urquiza"),
    "Leonor Mardones": ("Leonor Mardones", "Mardones", "레오노르 마르도네스", "레오노르 마르도네스 환경장관",
                        "Umweltministerin Leonor Mardones", "ministra"),
    "Almarcén environment ministry source (anonymous)": ("fonte do ministério", "Uma fonte do ministério",
                                                          "Fonti del ministero"),
}
