"""Stories of the fifth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every country, town, person, outlet and figure is invented. Stories here (all test, listed in
TEST_STORIES there): a mass protest in a capital with police and organisers' crowd counts (ml6-protest), a measles
outbreak whose case count rises day by day (ml6-measles), a volcanic eruption with evacuations and cancelled flights
(ml6-volcano).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_15: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml6-protest: a mass protest in Soleva (test)
    Art("ml6-protest", "thedailycompass.example", "world/2026/oct/17/soleva-water-law-protest", "2026-10-17", "en",
        "Tens of thousands march in Soleva against water sell-off; 112 arrested",
        ("Tens of thousands of people marched through Soleva on Saturday against the Lurania government's plan to "
         "sell the capital's water utility, in the largest protest the city has seen in a decade. Police said the "
         "crowd numbered about 18,000. The organisers, the Aqua Libera coalition, said more than 70,000 people had "
         "taken part.",
         "The march was largely peaceful until late afternoon, when a group of masked demonstrators threw stones and "
         "flares at riot police outside parliament. Officers responded with tear gas and water cannon. Police said "
         "112 people had been arrested and 23 officers injured, two of them seriously. At least 41 protesters were "
         "treated by paramedics, according to the city's ambulance service.",
         '"The overwhelming majority of people came to protest peacefully, and we protected their right to do so," '
         'said Teodor Ruskan, a police spokesman. "Those who came with stones came for a fight." He said most of the '
         "arrests had been made after the march had officially ended.",
         "Mira Castelan, a spokeswoman for Aqua Libera, said the police had been \"shrinking the crowd on paper\" for "
         "years, and that the coalition would return to the streets next Saturday. Interior Minister Aurel Dascalu "
         'said in a statement that violence against officers "will not go unpunished".'),
        (St("Police said the crowd ⟦numbered about 18,000⟧", "Soleva police", "indirect", "protest-u14"),
         St("coalition, said ⟦more than 70,000 people had taken part⟧", "Aqua Libera", "indirect", "protest-u9"),
         St("Police said ⟦112 people had been arrested and 23 officers injured, two of them seriously⟧",
            "Soleva police", "indirect", "protest-u7"),
         St("⟦At least 41 protesters were treated by paramedics⟧, according to", "Soleva ambulance service",
            "indirect", "protest-u11"),
         St('"⟦The overwhelming majority of people came to protest peacefully, and we protected their right to do '
            'so⟧,"', "Teodor Ruskan", "direct", "protest-u1"),
         St('"⟦Those who came with stones came for a fight⟧."', "Teodor Ruskan", "direct", "protest-u2"),
         St("He said ⟦most of the arrests had been made after the march had officially ended⟧", "Teodor Ruskan",
            "indirect", "protest-u3"),
         St('said ⟦the police had been "shrinking the crowd on paper" for years⟧', "Mira Castelan", "partial",
            "protest-u4"),
         St("and that ⟦the coalition would return to the streets next Saturday⟧", "Mira Castelan", "indirect",
            "protest-u5"),
         St('statement that ⟦violence against officers "will not go unpunished"⟧', "Aurel Dascalu", "partial",
            "protest-u6")),
        (Fg("about ⟦18,000⟧", 18000, "about", "other", "protest-q-police-count"),
         Fg("more than ⟦70,000⟧ people", 70000, "more than", "other", "protest-q-organiser-count"),
         Fg("⟦112⟧ people had been arrested", 112, None, "other", "protest-q-arrests"),
         Fg("and ⟦23⟧ officers", 23, None, "wounded", "protest-q-officers-injured"),
         Fg("⟦two⟧ of them seriously", 2, None, "wounded", "protest-q-officers-serious"),
         Fg("At least ⟦41⟧ protesters", 41, "at least", "wounded", "protest-q-protesters-injured"))),
    Art("ml6-protest", "mittellandbote.example", "politik/ausland/soleva-proteste-wassergesetz-1.5127", "2026-10-18",
        "de",
        "Nach Massenprotest in Soleva: Zahl der Festnahmen steigt auf 140",
        ("Einen Tag nach der Großdemonstration gegen das geplante Wassergesetz in der luranischen Hauptstadt Soleva "
         "hat die Polizei die Zahl der Festnahmen auf 140 nach oben korrigiert. 23 Beamte seien verletzt worden, "
         "teilte die Polizei am Sonntag mit. Laut dem städtischen Rettungsdienst wurden mindestens 56 Demonstrierende "
         "behandelt.",
         "Die Veranstalter, das Bündnis Aqua Libera, sprechen von mehr als 70.000 Teilnehmern; laut Polizei waren es "
         "rund 18.000. „Die Regierung kann mit den Zahlen spielen, so viel sie will. Diese Menschen kann sie nicht "
         "wegrechnen“, sagte Bündnissprecherin Mira Castelan. Sie warf der Polizei vor, die Menge seit Jahren „auf "
         "dem Papier zu verkleinern“.",
         "Innenminister Aurel Daskalu kündigte eine harte Linie an. „Gewalt gegen Polizisten wird nicht ungestraft "
         "bleiben“, erklärte er. Ein ranghoher Beamter, der nicht namentlich genannt werden wollte, räumte dagegen "
         "ein, dass die Einsatzkräfte am Parlament zeitweise unterbesetzt gewesen seien."),
        (St("⟦23 Beamte seien verletzt worden⟧, teilte", "Soleva police", "indirect", "protest-u10"),
         St("Laut dem städtischen Rettungsdienst ⟦wurden mindestens 56 Demonstrierende behandelt⟧",
            "Soleva ambulance service", "indirect", "protest-u11"),
         St("sprechen von ⟦mehr als 70.000 Teilnehmern⟧", "Aqua Libera", "indirect", "protest-u9"),
         St("laut Polizei ⟦waren es rund 18.000⟧", "Soleva police", "indirect", "protest-u14"),
         St("„⟦Die Regierung kann mit den Zahlen spielen, so viel sie will. Diese Menschen kann sie nicht "
            "wegrechnen⟧“", "Mira Castelan", "direct", "protest-u12"),
         St("Polizei vor, ⟦die Menge seit Jahren „auf dem Papier zu verkleinern“⟧", "Mira Castelan", "partial",
            "protest-u4"),
         St("„⟦Gewalt gegen Polizisten wird nicht ungestraft bleiben⟧“", "Aurel Dascalu", "direct", "protest-u6"),
         St("dass ⟦die Einsatzkräfte am Parlament zeitweise unterbesetzt gewesen seien⟧",
            "Soleva police officer (anonymous)", "indirect", "protest-u13")),
        (Fg("auf ⟦140⟧ nach oben", 140, None, "other", "protest-q-arrests"),
         Fg("⟦23⟧ Beamte", 23, None, "wounded", "protest-q-officers-injured"),
         Fg("mindestens ⟦56⟧ Demonstrierende", 56, "at least", "wounded", "protest-q-protesters-injured"),
         Fg("mehr als ⟦70.000⟧ Teilnehmern", 70000, "more than", "other", "protest-q-organiser-count"),
         Fg("rund ⟦18.000⟧", 18000, "about", "other", "protest-q-police-count"))),
    Art("ml6-protest", "lavoixdesplaines.example", "international/article/2026/10/18/soleva-manifestation-eau",
        "2026-10-18", "fr",
        "À Soleva, la bataille des chiffres après la manifestation contre la loi sur l'eau",
        (f"Combien étaient-ils{NB}? D'après la police, environ 18{NB}000 personnes ont défilé samedi dans les rues de "
         "Soleva, la capitale de la Luranie, contre la privatisation de la compagnie des eaux. La coalition Aqua "
         f"Libera, qui organisait le cortège, affirme qu'ils étaient plus de 70{NB}000.",
         "Dans la soirée, des heurts ont éclaté devant le Parlement entre des manifestants cagoulés et les forces de "
         "l'ordre, qui ont fait usage de gaz lacrymogène. Le bilan communiqué dimanche par la police fait état de 140 "
         "interpellations et de 23 policiers blessés. Une cinquantaine de manifestants ont été pris en charge par les "
         "secours.",
         f"«{NB}L'immense majorité des gens sont venus manifester pacifiquement, et nous avons protégé ce droit{NB}», "
         "a assuré Teodor Ruskan, porte-parole de la police. Selon lui, la plupart des interpellations ont eu lieu "
         "après la fin officielle du cortège.",
         "Le ministre de l'Intérieur, Aurel Dascalu, a promis que les violences contre les policiers "
         f"«{NB}ne resteront pas impunies{NB}». Mira Castelan, porte-parole d'Aqua Libera, a annoncé que la coalition "
         "redescendrait dans la rue samedi prochain."),
        (St(f"D'après la police, ⟦environ 18{NB}000 personnes ont défilé samedi dans les rues de Soleva, la capitale "
            "de la Luranie, contre la privatisation de la compagnie des eaux⟧", "Soleva police", "indirect",
            "protest-u14"),
         St(f"affirme qu'⟦ils étaient plus de 70{NB}000⟧", "Aqua Libera", "indirect", "protest-u9"),
         St(f"«{NB}⟦L'immense majorité des gens sont venus manifester pacifiquement, et nous avons protégé ce "
            f"droit⟧{NB}»", "Teodor Ruskan", "direct", "protest-u1"),
         St("Selon lui, ⟦la plupart des interpellations ont eu lieu après la fin officielle du cortège⟧",
            "Teodor Ruskan", "indirect", "protest-u3"),
         St(f"a promis que ⟦les violences contre les policiers «{NB}ne resteront pas impunies{NB}»⟧", "Aurel Dascalu",
            "partial", "protest-u6"),
         St("a annoncé que ⟦la coalition redescendrait dans la rue samedi prochain⟧", "Mira Castelan", "indirect",
            "protest-u5")),
        (Fg(f"environ ⟦18{NB}000⟧ personnes", 18000, "about", "other", "protest-q-police-count"),
         Fg(f"plus de ⟦70{NB}000⟧.", 70000, "more than", "other", "protest-q-organiser-count"),
         Fg("de ⟦140⟧ interpellations", 140, None, "other", "protest-q-arrests"),
         Fg("de ⟦23⟧ policiers", 23, None, "wounded", "protest-q-officers-injured"),
         Fg("⟦Une cinquantaine⟧ de manifestants", 50, "about", "wounded", "protest-q-protesters-injured"))),
    Art("ml6-protest", "dongbangsinmun.example", "news/articleView.html?idxno=31562", "2026-10-18", "ko",
        "루라니아 수도서 '물 민영화' 반대 대규모 시위…140명 연행",
        ("루라니아의 수도 솔레바에서 17일(현지시간) 상수도 공사 민영화에 반대하는 대규모 시위가 열려 140명이 "
         "연행됐다. 경찰은 참가자가 1만8천 명 정도라고 밝혔지만, 주최 측인 '아쿠아 리베라' 연대는 7만여 명이 "
         "모였다고 주장했다.",
         "시위는 대체로 평화롭게 진행됐으나 오후 늦게 의회 앞에서 복면을 쓴 일부 시위대가 경찰에 돌과 조명탄을 "
         "던지면서 충돌이 빚어졌다. 경찰 발표에 따르면 경찰관 23명이 다쳤고 이 가운데 2명은 중상이다. 시위 "
         "참가자도 50여 명이 병원 치료를 받았다.",
         "테오도르 루스칸 경찰청 대변인은 “대다수 시민은 평화롭게 시위했고 우리는 그 권리를 보호했다”며 “돌을 "
         "들고 온 사람들은 싸우러 온 것”이라고 말했다. 그는 연행 대부분이 공식 행진이 끝난 뒤에 이뤄졌다고 "
         "덧붙였다.",
         "미라 카스텔란 연대 대변인은 “정부는 숫자를 마음대로 가지고 놀 수 있지만 이 사람들을 지워버릴 수는 "
         "없다”고 말했다. 아우렐 다스칼루 내무장관은 성명을 내고 경찰에 대한 폭력은 반드시 처벌받을 것이라고 "
         "밝혔다."),
        (St("경찰은 ⟦참가자가 1만8천 명 정도⟧라고", "Soleva police", "indirect", "protest-u14"),
         St("연대는 ⟦7만여 명이 모였다⟧고", "Aqua Libera", "indirect", "protest-u9"),
         St("따르면 ⟦경찰관 23명이 다쳤고 이 가운데 2명은 중상이다⟧", "Soleva police", "indirect", "protest-u10"),
         St("“⟦대다수 시민은 평화롭게 시위했고 우리는 그 권리를 보호했다⟧”", "Teodor Ruskan", "direct",
            "protest-u1"),
         St("“⟦돌을 들고 온 사람들은 싸우러 온 것⟧”", "Teodor Ruskan", "direct", "protest-u2"),
         St("그는 ⟦연행 대부분이 공식 행진이 끝난 뒤에 이뤄졌다⟧고", "Teodor Ruskan", "indirect", "protest-u3"),
         St("“⟦정부는 숫자를 마음대로 가지고 놀 수 있지만 이 사람들을 지워버릴 수는 없다⟧”", "Mira Castelan",
            "direct", "protest-u12"),
         St("성명을 내고 ⟦경찰에 대한 폭력은 반드시 처벌받을 것⟧이라고", "Aurel Dascalu", "indirect", "protest-u6")),
        (Fg("열려 ⟦140⟧명이", 140, None, "other", "protest-q-arrests"),
         Fg("⟦1만8천⟧ 명 정도", 18000, "about", "other", "protest-q-police-count"),
         Fg("⟦7만여⟧ 명이", 70000, "more than", "other", "protest-q-organiser-count"),
         Fg("경찰관 ⟦23⟧명이", 23, None, "wounded", "protest-q-officers-injured"),
         Fg("이 가운데 ⟦2⟧명은", 2, None, "wounded", "protest-q-officers-serious"),
         Fg("참가자도 ⟦50여⟧ 명이", 50, "more than", "wounded", "protest-q-protesters-injured"))),
    Art("ml6-protest", "heraldodelvalle.example", "internacional/2026-10-17/soleva-protesta-ley-agua", "2026-10-17",
        "es",
        "Decenas de miles de personas protestan en Soleva contra la ley del agua",
        ("Decenas de miles de personas se manifestaron este sábado en Soleva, la capital de Lurania, contra el "
         "proyecto del Gobierno de privatizar la empresa municipal de aguas. Según la Policía, acudieron unas 18.000 "
         "personas; los organizadores aseguran que fueron más de 70.000.",
         "Al caer la tarde, un grupo de encapuchados lanzó piedras y bengalas contra los agentes frente al "
         "Parlamento. La Policía detuvo a más de un centenar de personas y 23 agentes resultaron heridos. Los "
         "servicios de emergencia atendieron al menos a 41 manifestantes.",
         '"La inmensa mayoría vino a protestar de forma pacífica y protegimos ese derecho", declaró el portavoz '
         "policial Teodor Ruskan. El ministro del Interior, Aurel Dascalu, advirtió de que la violencia contra los "
         'agentes "no quedará impune".',
         "Un oficial que pidió no ser identificado dijo a este diario que las unidades desplegadas ante el Parlamento "
         "no eran suficientes. Mira Castelan, portavoz de Aqua Libera, anunció que volverán a salir a la calle el "
         "próximo sábado."),
        (St("Según la Policía, ⟦acudieron unas 18.000 personas⟧", "Soleva police", "indirect", "protest-u14"),
         St("aseguran que ⟦fueron más de 70.000⟧", "Aqua Libera", "indirect", "protest-u9"),
         St('"⟦La inmensa mayoría vino a protestar de forma pacífica y protegimos ese derecho⟧"', "Teodor Ruskan",
            "direct", "protest-u1"),
         St('advirtió de que ⟦la violencia contra los agentes "no quedará impune"⟧', "Aurel Dascalu", "partial",
            "protest-u6"),
         St("dijo a este diario que ⟦las unidades desplegadas ante el Parlamento no eran suficientes⟧",
            "Soleva police officer (anonymous)", "indirect", "protest-u13"),
         St("anunció que ⟦volverán a salir a la calle el próximo sábado⟧", "Mira Castelan", "indirect",
            "protest-u5")),
        (Fg("unas ⟦18.000⟧ personas", 18000, "about", "other", "protest-q-police-count"),
         Fg("más de ⟦70.000⟧.", 70000, "more than", "other", "protest-q-organiser-count"),
         Fg("más de ⟦un centenar⟧ de personas", 100, "more than", "other", "protest-q-arrests"),
         Fg("y ⟦23⟧ agentes", 23, None, "wounded", "protest-q-officers-injured"),
         Fg("al menos a ⟦41⟧ manifestantes", 41, "at least", "wounded", "protest-q-protesters-injured"))),
    Art("ml6-protest", "ojornaldoplanalto.example", "mundo/2026/10/18/protesto-soleva-privatizacao-agua", "2026-10-18",
        "pt",
        "Polícia e organizadores divergem sobre número de manifestantes em Soleva",
        ("A polícia de Soleva calcula que cerca de 18 mil pessoas participaram do protesto de sábado contra a "
         "privatização da água na capital da Lurânia. Os organizadores, da coalizão Aqua Libera, falam em mais de "
         "70 mil.",
         "Segundo o balanço divulgado pela polícia no domingo, 140 pessoas foram detidas e 23 policiais ficaram "
         "feridos. Ao menos 56 manifestantes receberam atendimento médico, de acordo com o serviço de ambulâncias da "
         "cidade. O porta-voz da polícia, Teodor Ruskan, disse que a maioria das detenções ocorreu depois do "
         "encerramento oficial da marcha.",
         "“O governo pode brincar com os números quanto quiser, mas não pode apagar estas pessoas”, afirmou Mira "
         "Castelan, porta-voz da Aqua Libera. O ministro do Interior, Aurel Dascalu, prometeu que a violência contra "
         "agentes “não ficará impune”."),
        (St("calcula que ⟦cerca de 18 mil pessoas participaram do protesto de sábado contra a privatização da água na "
            "capital da Lurânia⟧", "Soleva police", "indirect", "protest-u14"),
         St("falam em ⟦mais de 70 mil⟧", "Aqua Libera", "indirect", "protest-u9"),
         St("no domingo, ⟦140 pessoas foram detidas e 23 policiais ficaram feridos⟧", "Soleva police", "indirect",
            "protest-u10"),
         St("⟦Ao menos 56 manifestantes receberam atendimento médico⟧, de acordo com", "Soleva ambulance service",
            "indirect", "protest-u11"),
         St("disse que ⟦a maioria das detenções ocorreu depois do encerramento oficial da marcha⟧", "Teodor Ruskan",
            "indirect", "protest-u3"),
         St("“⟦O governo pode brincar com os números quanto quiser, mas não pode apagar estas pessoas⟧”",
            "Mira Castelan", "direct", "protest-u12"),
         St("prometeu que ⟦a violência contra agentes “não ficará impune”⟧", "Aurel Dascalu", "partial",
            "protest-u6")),
        (Fg("cerca de ⟦18 mil⟧ pessoas", 18000, "about", "other", "protest-q-police-count"),
         Fg("mais de ⟦70 mil⟧", 70000, "more than", "other", "protest-q-organiser-count"),
         Fg("⟦140⟧ pessoas foram detidas", 140, None, "other", "protest-q-arrests"),
         Fg("e ⟦23⟧ policiais", 23, None, "wounded", "protest-q-officers-injured"),
         Fg("Ao menos ⟦56⟧ manifestantes", 56, "at least", "wounded", "protest-q-protesters-injured"))),
    # ---------------------------------------------------------------- ml6-measles: a measles outbreak in Pradel (test)
    Art("ml6-measles", "northstarherald.example", "health/2026/nov/03/pradel-measles-outbreak", "2026-11-03", "en",
        "Measles outbreak in Pradel: 38 cases confirmed, primary school shut",
        ("Health authorities in Sarvenia have confirmed 38 cases of measles in the city of Pradel, most of them among "
         "pupils of the Tannhof primary school, which was closed on Monday. Nine children are being treated in "
         "hospital.",
         "The health ministry said in a statement that most of the infected children had not been vaccinated. Only "
         "81% of children in the district have received both doses of the vaccine, according to ministry figures, "
         "well below the 95% experts consider necessary to stop the virus spreading.",
         '"Measles is not a harmless childhood illness," said Dr Nadia Korvel, who heads the paediatric ward at '
         'Pradel University Hospital. "Some of the children we are treating are very sick." She urged parents to '
         "check their children's vaccination records.",
         "Bruno Lettieri, the school's head teacher, told parents in a letter that lessons would move online from "
         "Wednesday. The school has about 420 pupils."),
        (St("statement that ⟦most of the infected children had not been vaccinated⟧", "Sarvenian health ministry",
            "indirect", "measles-u1"),
         St("⟦Only 81% of children in the district have received both doses of the vaccine⟧, according to",
            "Sarvenian health ministry", "indirect", "measles-u9"),
         St('"⟦Measles is not a harmless childhood illness⟧,"', "Nadia Korvel", "direct", "measles-u3"),
         St('"⟦Some of the children we are treating are very sick⟧."', "Nadia Korvel", "direct", "measles-u10"),
         St("She urged parents ⟦to check their children's vaccination records⟧", "Nadia Korvel", "indirect",
            "measles-u5"),
         St("in a letter that ⟦lessons would move online from Wednesday⟧", "Bruno Lettieri", "indirect",
            "measles-u7")),
        (Fg("confirmed ⟦38⟧ cases", 38, None, "other", "measles-q-cases"),
         Fg("⟦Nine⟧ children", 9, None, "other", "measles-q-hospitalised"),
         Fg("Only ⟦81⟧%", 81, None, "other", "measles-q-vaccination-rate"),
         Fg("about ⟦420⟧ pupils", 420, "about", "other", "measles-q-pupils"))),
    Art("ml6-measles", "alpenrundschau.example", "gesundheit/masern-pradel-61-faelle-1.7731", "2026-11-05", "de",
        "Masern in Pradel: Zahl der Fälle steigt auf 61",
        ("Der Masernausbruch in der sarwenischen Stadt Pradel weitet sich aus. Wie das Gesundheitsministerium am "
         "Mittwoch mitteilte, ist die Zahl der bestätigten Fälle binnen zwei Tagen auf 61 gestiegen. 14 Kinder liegen "
         "im Krankenhaus, zwei von ihnen auf der Intensivstation.",
         "„Masern sind keine harmlose Kinderkrankheit“, sagte die Kinderärztin Nadja Korwel, die die Kinderstation "
         "der Universitätsklinik Pradel leitet. Mehrere Kinder hätten eine Lungenentzündung entwickelt. Eltern "
         "sollten den Impfpass ihrer Kinder prüfen, „das dauert fünf Minuten“.",
         "Schulleiter Bruno Lettieri verteidigte die Schließung der Grundschule Tannhof, die rund 400 Kinder "
         "besuchen. „Wir hatten keine andere Wahl“, sagte er. Laut Ministerium haben im Bezirk nur 81 Prozent der "
         "Kinder beide Impfdosen erhalten. Das Ministerium kündigte an, ab Montag in allen Schulen des Bezirks "
         "kostenlose Impfungen anzubieten."),
        (St("mitteilte, ⟦ist die Zahl der bestätigten Fälle binnen zwei Tagen auf 61 gestiegen⟧",
            "Sarvenian health ministry", "indirect", "measles-u11"),
         St("„⟦Masern sind keine harmlose Kinderkrankheit⟧“", "Nadia Korvel", "direct", "measles-u3"),
         St("⟦Mehrere Kinder hätten eine Lungenentzündung entwickelt⟧.", "Nadia Korvel", "indirect", "measles-u4"),
         St("⟦Eltern sollten den Impfpass ihrer Kinder prüfen, „das dauert fünf Minuten“⟧", "Nadia Korvel",
            "partial", "measles-u5"),
         St("„⟦Wir hatten keine andere Wahl⟧“", "Bruno Lettieri", "direct", "measles-u6"),
         St("Laut Ministerium ⟦haben im Bezirk nur 81 Prozent der Kinder beide Impfdosen erhalten⟧",
            "Sarvenian health ministry", "indirect", "measles-u9"),
         St("kündigte an, ⟦ab Montag in allen Schulen des Bezirks kostenlose Impfungen anzubieten⟧",
            "Sarvenian health ministry", "indirect", "measles-u2")),
        (Fg("auf ⟦61⟧ gestiegen", 61, None, "other", "measles-q-cases"),
         Fg("⟦14⟧ Kinder liegen", 14, None, "other", "measles-q-hospitalised"),
         Fg("⟦zwei⟧ von ihnen", 2, None, "other", "measles-q-intensive-care"),
         Fg("rund ⟦400⟧ Kinder", 400, "about", "other", "measles-q-pupils"),
         Fg("nur ⟦81⟧ Prozent", 81, None, "other", "measles-q-vaccination-rate"))),
    Art("ml6-measles", "lagazzettadivalle.example", "esteri/2026/11/05/morbillo-pradel-scuola-chiusa", "2026-11-05",
        "it",
        "Morbillo a Pradel, 61 contagi: chiusa una scuola elementare",
        ("Sono saliti a 61 i casi di morbillo confermati a Pradel, in Sarvenia, secondo il ministero della Salute. "
         "Quattordici bambini sono ricoverati, due dei quali in terapia intensiva.",
         "Il focolaio è partito dalla scuola elementare Tannhof, frequentata da circa 420 alunni e chiusa da lunedì. "
         "«Non avevamo alternative», ha detto il dirigente scolastico Bruno Lettieri, che ha spiegato che le lezioni "
         "proseguiranno a distanza.",
         "Secondo la pediatra Nadia Korvel, primaria del reparto di pediatria dell'ospedale universitario, diversi "
         "piccoli pazienti hanno sviluppato una polmonite. Un'infermiera del reparto, che ha chiesto di restare "
         "anonima, ha raccontato che le stanze di isolamento «sono ormai quasi tutte occupate».",
         "Il ministero ha annunciato che da lunedì le vaccinazioni saranno gratuite in tutte le scuole del "
         "distretto."),
        (St("⟦Sono saliti a 61 i casi di morbillo confermati a Pradel, in Sarvenia⟧, secondo",
            "Sarvenian health ministry", "indirect", "measles-u11"),
         St("«⟦Non avevamo alternative⟧»", "Bruno Lettieri", "direct", "measles-u6"),
         St("ha spiegato che ⟦le lezioni proseguiranno a distanza⟧", "Bruno Lettieri", "indirect", "measles-u7"),
         St("universitario, ⟦diversi piccoli pazienti hanno sviluppato una polmonite⟧", "Nadia Korvel", "indirect",
            "measles-u4"),
         St("ha raccontato che ⟦le stanze di isolamento «sono ormai quasi tutte occupate»⟧",
            "Pradel hospital nurse (anonymous)", "partial", "measles-u8"),
         St("annunciato che ⟦da lunedì le vaccinazioni saranno gratuite in tutte le scuole del distretto⟧",
            "Sarvenian health ministry", "indirect", "measles-u2")),
        (Fg("a ⟦61⟧ i casi", 61, None, "other", "measles-q-cases"),
         Fg("⟦Quattordici⟧ bambini", 14, None, "other", "measles-q-hospitalised"),
         Fg("⟦due⟧ dei quali", 2, None, "other", "measles-q-intensive-care"),
         Fg("circa ⟦420⟧ alunni", 420, "about", "other", "measles-q-pupils"))),
    Art("ml6-measles", "diariodoribeira.example", "mundo/2026/11/06/surto-sarampo-pradel", "2026-11-06", "pt",
        "Surto de sarampo em Pradel já ultrapassa os 70 casos",
        ("O surto de sarampo na cidade de Pradel, na Sarvênia, já passa de 70 casos confirmados, de acordo com o "
         "Ministério da Saúde. Dezesseis crianças estão internadas.",
         "“O sarampo não é uma doença infantil inofensiva”, alertou a pediatra Nádia Korvel. Segundo ela, várias "
         "crianças desenvolveram pneumonia e duas estão em terapia intensiva. Uma enfermeira que pediu anonimato "
         "disse que quase não há mais quartos de isolamento livres.",
         "De acordo com dados do ministério, apenas 81 por cento das crianças do distrito tomaram as duas doses da "
         "vacina. O diretor da escola Tannhof, Bruno Lettieri, afirmou que as aulas continuam on-line até nova "
         "ordem."),
        (St("⟦O surto de sarampo na cidade de Pradel, na Sarvênia, já passa de 70 casos confirmados⟧, de acordo com",
            "Sarvenian health ministry", "indirect", "measles-u12"),
         St("“⟦O sarampo não é uma doença infantil inofensiva⟧”", "Nadia Korvel", "direct", "measles-u3"),
         St("Segundo ela, ⟦várias crianças desenvolveram pneumonia e duas estão em terapia intensiva⟧",
            "Nadia Korvel", "indirect", "measles-u4"),
         St("disse que ⟦quase não há mais quartos de isolamento livres⟧", "Pradel hospital nurse (anonymous)",
            "indirect", "measles-u8"),
         St("dados do ministério, ⟦apenas 81 por cento das crianças do distrito tomaram as duas doses da vacina⟧",
            "Sarvenian health ministry", "indirect", "measles-u9"),
         St("afirmou que ⟦as aulas continuam on-line até nova ordem⟧", "Bruno Lettieri", "indirect", "measles-u7")),
        (Fg("passa de ⟦70⟧ casos", 70, "more than", "other", "measles-q-cases"),
         Fg("⟦Dezesseis⟧ crianças", 16, None, "other", "measles-q-hospitalised"),
         Fg("e ⟦duas⟧ estão", 2, None, "other", "measles-q-intensive-care"),
         Fg("apenas ⟦81⟧ por cento", 81, None, "other", "measles-q-vaccination-rate"))),
    Art("ml6-measles", "saenaljournal.example", "news/articleView.html?idxno=57204", "2026-11-07", "ko",
        "사르베니아 프라델서 홍역 확산…확진 87명",
        ("사르베니아 프라델시의 홍역 확진자가 87명으로 늘었다고 보건부가 7일(현지시간) 밝혔다. 입원 중인 어린이는 "
         "17명이며 이 중 2명은 중환자실에서 치료를 받고 있다.",
         "보건부에 따르면 지역 어린이 가운데 두 차례 예방접종을 모두 마친 비율은 81%에 그친다. 보건부는 다음 "
         "주부터 관내 모든 학교에서 무료 예방접종을 실시하겠다고 밝혔다.",
         "프라델대학병원 소아과 과장인 나디아 코르벨 박사는 “홍역은 가벼운 어린이 질병이 아니다”라며 “우리가 "
         "치료하는 아이들 중 일부는 상태가 매우 심각하다”고 말했다. 그는 부모들에게 자녀의 예방접종 기록을 확인해 "
         "달라고 당부했다.",
         "감염이 처음 확인된 탄호프 초등학교는 지난 2일부터 문을 닫았다. 브루노 레티에리 교장은 “다른 선택지가 "
         "없었다”고 말했다. 이 학교에는 학생 400여 명이 다닌다."),
        (St("⟦사르베니아 프라델시의 홍역 확진자가 87명으로 늘었다⟧고", "Sarvenian health ministry", "indirect",
            "measles-u13"),
         St("보건부에 따르면 ⟦지역 어린이 가운데 두 차례 예방접종을 모두 마친 비율은 81%에 그친다⟧",
            "Sarvenian health ministry", "indirect", "measles-u9"),
         St("보건부는 ⟦다음 주부터 관내 모든 학교에서 무료 예방접종을 실시하겠다⟧고", "Sarvenian health ministry",
            "indirect", "measles-u2"),
         St("“⟦홍역은 가벼운 어린이 질병이 아니다⟧”", "Nadia Korvel", "direct", "measles-u3"),
         St("“⟦우리가 치료하는 아이들 중 일부는 상태가 매우 심각하다⟧”", "Nadia Korvel", "direct", "measles-u10"),
         St("부모들에게 ⟦자녀의 예방접종 기록을 확인해 달라⟧고", "Nadia Korvel", "indirect", "measles-u5"),
         St("“⟦다른 선택지가 없었다⟧”", "Bruno Lettieri", "direct", "measles-u6")),
        (Fg("확진자가 ⟦87⟧명으로", 87, None, "other", "measles-q-cases"),
         Fg("어린이는 ⟦17⟧명이며", 17, None, "other", "measles-q-hospitalised"),
         Fg("이 중 ⟦2⟧명은", 2, None, "other", "measles-q-intensive-care"),
         Fg("비율은 ⟦81⟧%", 81, None, "other", "measles-q-vaccination-rate"),
         Fg("학생 ⟦400여⟧ 명이", 400, "more than", "other", "measles-q-pupils"))),
    Art("ml6-measles", "elcorreodelameseta.example", "sociedad/2026-11-06/brote-sarampion-pradel", "2026-11-06", "es",
        "El brote de sarampión de Pradel roza ya los 75 casos",
        ("El brote de sarampión declarado en la ciudad sarvenia de Pradel suma ya 74 casos confirmados, informó este "
         "viernes el Ministerio de Salud. Según el ministerio, la mayoría de los contagiados son niños que no habían "
         "sido vacunados. Casi una veintena de menores permanecen hospitalizados.",
         '"El sarampión no es una enfermedad infantil inofensiva", insistió la pediatra Nadia Kórvel, jefa de '
         "pediatría del Hospital Universitario de Pradel. La doctora pidió a las familias que revisen las cartillas "
         "de vacunación de sus hijos.",
         "El director del colegio Tannhof, Bruno Lettieri, defendió el cierre del centro, al que asisten unos 420 "
         'alumnos: "No teníamos otra opción". Las clases siguen a distancia. Solo el 81 % de los niños del distrito '
         "tiene las dos dosis de la vacuna, según las cifras del ministerio."),
        (St("⟦El brote de sarampión declarado en la ciudad sarvenia de Pradel suma ya 74 casos confirmados⟧, informó",
            "Sarvenian health ministry", "indirect", "measles-u12"),
         St("Según el ministerio, ⟦la mayoría de los contagiados son niños que no habían sido vacunados⟧",
            "Sarvenian health ministry", "indirect", "measles-u1"),
         St('"⟦El sarampión no es una enfermedad infantil inofensiva⟧"', "Nadia Korvel", "direct", "measles-u3"),
         St("pidió a las familias que ⟦revisen las cartillas de vacunación de sus hijos⟧", "Nadia Korvel",
            "indirect", "measles-u5"),
         St('"⟦No teníamos otra opción⟧"', "Bruno Lettieri", "direct", "measles-u6"),
         St("⟦Solo el 81 % de los niños del distrito tiene las dos dosis de la vacuna⟧, según",
            "Sarvenian health ministry", "indirect", "measles-u9")),
        (Fg("ya ⟦74⟧ casos", 74, None, "other", "measles-q-cases"),
         Fg("Casi ⟦una veintena⟧ de menores", 20, "nearly", "other", "measles-q-hospitalised"),
         Fg("unos ⟦420⟧ alumnos", 420, "about", "other", "measles-q-pupils"),
         Fg("el ⟦81⟧ %", 81, None, "other", "measles-q-vaccination-rate"))),
    # ---------------------------------------------------------------- ml6-volcano: the Velaro eruption (test)
    Art("ml6-volcano", "hansablick.example", "panorama/vulkanausbruch-velaro-marena-1.9023", "2026-11-24", "de",
        "Vulkan Velaro bricht aus: Tausende verlassen ihre Dörfer",
        ("Auf der Insel Marena ist der Vulkan Velaro ausgebrochen. Rund 4.700 Bewohner aus sieben Dörfern an der "
         "Südflanke wurden in Sicherheit gebracht, wie der Zivilschutz am Dienstagabend mitteilte. Wegen der "
         "Aschewolke wurden am Flughafen Porto Lissane 180 Flüge gestrichen, etwa 12.000 Passagiere sitzen fest.",
         "„Der Ausbruch kann Wochen dauern, und eine stärkere explosive Phase ist nicht auszuschließen“, sagte die "
         "Vulkanologin Aurora Benedetti, Leiterin des Velaro-Observatoriums. Der Lavastrom an der Südflanke habe sich "
         "in der Nacht allerdings verlangsamt.",
         "Zivilschutzchef Costantino Lurra stellte klar: „Niemand kehrt in sein Haus zurück, bevor die Experten "
         "grünes Licht geben.“ Nach Angaben der Behörden wurden durch herabfallende Asche und eingestürzte Vordächer "
         "27 Menschen verletzt.",
         "Eine Bewohnerin des Dorfes Albrena, die ihren Namen nicht nennen wollte, beschrieb den Ascheregen so: „Es "
         "fiel wie grauer Schnee. Nach zehn Minuten sah man die Straße nicht mehr.“"),
        (St("⟦Rund 4.700 Bewohner aus sieben Dörfern an der Südflanke wurden in Sicherheit gebracht⟧, wie",
            "Marena civil protection", "indirect", "volcano-u9"),
         St("„⟦Der Ausbruch kann Wochen dauern, und eine stärkere explosive Phase ist nicht auszuschließen⟧“",
            "Aurora Benedetti", "direct", "volcano-u1"),
         St("⟦Der Lavastrom an der Südflanke habe sich in der Nacht allerdings verlangsamt⟧.", "Aurora Benedetti",
            "indirect", "volcano-u2"),
         St("„⟦Niemand kehrt in sein Haus zurück, bevor die Experten grünes Licht geben⟧.“", "Costantino Lurra",
            "direct", "volcano-u3"),
         St("Nach Angaben der Behörden ⟦wurden durch herabfallende Asche und eingestürzte Vordächer 27 Menschen "
            "verletzt⟧", "Marena civil protection", "indirect", "volcano-u10"),
         St("„⟦Es fiel wie grauer Schnee. Nach zehn Minuten sah man die Straße nicht mehr⟧.“",
            "Albrena resident (anonymous)", "direct", "volcano-u7")),
        (Fg("Rund ⟦4.700⟧ Bewohner", 4700, "about", "displaced", "volcano-q-evacuated"),
         Fg("Lissane ⟦180⟧ Flüge", 180, None, "other", "volcano-q-flights"),
         Fg("etwa ⟦12.000⟧ Passagiere", 12000, "about", "other", "volcano-q-stranded"),
         Fg("Vordächer ⟦27⟧ Menschen", 27, None, "wounded", "volcano-q-injured"))),
    Art("ml6-volcano", "ilmattinodellisola.example", "cronaca/2026/11/24/eruzione-velaro-marena", "2026-11-24", "it",
        "Marena, erutta il Velaro: oltre quattromila evacuati, voli cancellati",
        ("Una colonna di cenere alta diversi chilometri si è alzata martedì dal Velaro, il vulcano dell'isola di "
         "Marena. Oltre quattromila persone sono state evacuate dai paesi del versante sud, centottanta voli sono "
         "stati cancellati e una trentina di persone sono rimaste ferite, secondo la protezione civile.",
         "«L'eruzione potrebbe durare settimane e non possiamo escludere una fase esplosiva più violenta», ha "
         "avvertito la vulcanologa Aurora Benedetti, direttrice dell'osservatorio del Velaro. Secondo Benedetti, "
         "però, la colata lavica sul fianco meridionale ha rallentato nel corso della notte.",
         "«Nessuno rientrerà a casa finché gli esperti non ci diranno che è sicuro», ha dichiarato il capo della "
         "protezione civile Costantino Lurra. Gli sfollati sono ospitati in scuole e palestre di Lissane, ha "
         "aggiunto.",
         "«Veniva giù come neve grigia, dopo dieci minuti non si vedeva più la strada», racconta una residente di "
         "Albrena che preferisce non dire il suo nome."),
        (St("⟦Oltre quattromila persone sono state evacuate dai paesi del versante sud, centottanta voli sono stati "
            "cancellati e una trentina di persone sono rimaste ferite⟧, secondo", "Marena civil protection",
            "indirect", "volcano-u11"),
         St("«⟦L'eruzione potrebbe durare settimane e non possiamo escludere una fase esplosiva più violenta⟧»",
            "Aurora Benedetti", "direct", "volcano-u1"),
         St("però, ⟦la colata lavica sul fianco meridionale ha rallentato nel corso della notte⟧", "Aurora Benedetti",
            "indirect", "volcano-u2"),
         St("«⟦Nessuno rientrerà a casa finché gli esperti non ci diranno che è sicuro⟧»", "Costantino Lurra",
            "direct", "volcano-u3"),
         St("⟦Gli sfollati sono ospitati in scuole e palestre di Lissane⟧, ha", "Costantino Lurra", "indirect",
            "volcano-u4"),
         St("«⟦Veniva giù come neve grigia, dopo dieci minuti non si vedeva più la strada⟧»",
            "Albrena resident (anonymous)", "direct", "volcano-u7")),
        (Fg("Oltre ⟦quattromila⟧ persone", 4000, "more than", "displaced", "volcano-q-evacuated"),
         Fg("⟦centottanta⟧ voli", 180, None, "other", "volcano-q-flights"),
         Fg("⟦una trentina⟧ di persone", 30, "about", "wounded", "volcano-q-injured"))),
    Art("ml6-volcano", "baekdumaeil.example", "news/articleView.html?idxno=66120", "2026-11-25", "ko",
        "마레나섬 벨라로 화산 분화…주민 4천700여 명 대피·항공편 180여 편 결항",
        ("마레나섬의 벨라로 화산이 24일(현지시간) 분화해 남쪽 사면 마을 주민 4천700여 명이 대피했다. 화산재 "
         "때문에 포르토 리산 공항에서는 항공편 180여 편이 결항돼 승객 1만2천 명의 발이 묶였다.",
         "현지 민방위청에 따르면 화산재가 쌓인 지붕이 무너지거나 호흡 곤란을 겪어 27명이 다쳤다. 코스탄티노 루라 "
         "민방위청장은 “전문가들이 안전하다고 판단하기 전까지는 아무도 집으로 돌아갈 수 없다”고 강조했다. 그는 "
         "리산 시내 학교와 체육관에 대피소를 마련했다고 덧붙였다.",
         "벨라로 화산관측소의 아우로라 베네데티 소장은 “분화가 몇 주간 이어질 수 있으며 더 강한 폭발 단계도 배제할 "
         "수 없다”고 말했다. 항공사 에어로마레나의 줄리아 스페라 대변인은 “승객의 안전이 어떤 운항 일정보다 "
         "우선”이라며 운항을 27일까지 중단한다고 밝혔다."),
        (St("민방위청에 따르면 ⟦화산재가 쌓인 지붕이 무너지거나 호흡 곤란을 겪어 27명이 다쳤다⟧",
            "Marena civil protection", "indirect", "volcano-u10"),
         St("“⟦전문가들이 안전하다고 판단하기 전까지는 아무도 집으로 돌아갈 수 없다⟧”", "Costantino Lurra", "direct",
            "volcano-u3"),
         St("그는 ⟦리산 시내 학교와 체육관에 대피소를 마련했다⟧고", "Costantino Lurra", "indirect", "volcano-u4"),
         St("“⟦분화가 몇 주간 이어질 수 있으며 더 강한 폭발 단계도 배제할 수 없다⟧”", "Aurora Benedetti", "direct",
            "volcano-u1"),
         St("“⟦승객의 안전이 어떤 운항 일정보다 우선⟧”", "Giulia Sferra", "direct", "volcano-u6"),
         St("⟦운항을 27일까지 중단한다⟧고", "Giulia Sferra", "indirect", "volcano-u5")),
        (Fg("주민 ⟦4천700여⟧ 명", 4700, "more than", "displaced", "volcano-q-evacuated"),
         Fg("항공편 ⟦180여⟧ 편이", 180, "more than", "other", "volcano-q-flights"),
         Fg("승객 ⟦1만2천⟧ 명", 12000, None, "other", "volcano-q-stranded"),
         Fg("겪어 ⟦27⟧명이", 27, None, "wounded", "volcano-q-injured"))),
    Art("ml6-volcano", "lasentinelledusud.example", "monde/article/2026/11/25/eruption-velaro-marena-paralysee",
        "2026-11-25", "fr",
        f"Éruption du Velaro{NB}: l'île de Marena paralysée",
        (f"Au lendemain de l'éruption du Velaro, près de 4{NB}700 habitants de l'île de Marena ont passé la nuit dans "
         f"des centres d'hébergement, selon la protection civile. L'aéroport de Porto Lissane reste fermé{NB}: "
         f"quelque 180 vols ont été annulés et 12{NB}000 passagers sont bloqués.",
         f"«{NB}L'éruption pourrait durer des semaines, et une phase explosive plus violente n'est pas exclue{NB}», "
         "prévient la volcanologue Aurora Benedetti, qui dirige l'observatoire du Velaro. D'après elle, la coulée de "
         "lave du flanc sud a ralenti pendant la nuit.",
         "La compagnie Aeromarena a annoncé qu'elle suspendait tous ses vols jusqu'au 27 novembre. "
         f"«{NB}La sécurité de nos passagers passe avant tout horaire{NB}», a justifié sa porte-parole, Giulia Sferra.",
         "Le bilan des blessés s'élève à 27, pour la plupart victimes de difficultés respiratoires ou de toitures "
         "effondrées sous le poids des cendres."),
        (St(f"⟦Au lendemain de l'éruption du Velaro, près de 4{NB}700 habitants de l'île de Marena ont passé la nuit "
            "dans des centres d'hébergement⟧, selon", "Marena civil protection", "indirect", "volcano-u12"),
         St(f"«{NB}⟦L'éruption pourrait durer des semaines, et une phase explosive plus violente n'est pas "
            f"exclue⟧{NB}»", "Aurora Benedetti", "direct", "volcano-u1"),
         St("D'après elle, ⟦la coulée de lave du flanc sud a ralenti pendant la nuit⟧", "Aurora Benedetti",
            "indirect", "volcano-u2"),
         St("a annoncé qu'⟦elle suspendait tous ses vols jusqu'au 27 novembre⟧", "Aeromarena", "indirect",
            "volcano-u5"),
         St(f"«{NB}⟦La sécurité de nos passagers passe avant tout horaire⟧{NB}»", "Giulia Sferra", "direct",
            "volcano-u6")),
        (Fg(f"près de ⟦4{NB}700⟧ habitants", 4700, "nearly", "displaced", "volcano-q-evacuated"),
         Fg("quelque ⟦180⟧ vols", 180, "about", "other", "volcano-q-flights"),
         Fg(f"et ⟦12{NB}000⟧ passagers", 12000, None, "other", "volcano-q-stranded"),
         Fg("s'élève à ⟦27⟧,", 27, None, "wounded", "volcano-q-injured"))),
    Art("ml6-volcano", "folhadolitoral.example", "mundo/2026/11/25/vulcao-velaro-erupcao-marena", "2026-11-25", "pt",
        "Erupção do vulcão Velaro obriga milhares a deixar suas casas",
        ("Cerca de 4.700 moradores de aldeias da encosta sul do vulcão Velaro, na ilha de Marena, deixaram suas casas "
         "desde o início da erupção, na terça-feira. Pelo menos 25 pessoas ficaram feridas, a maioria com problemas "
         "respiratórios, segundo a Defesa Civil.",
         "“Ninguém volta para casa antes de os especialistas garantirem que é seguro”, disse o chefe da Defesa Civil, "
         "Costantino Lurra. Segundo ele, os desalojados estão em escolas e ginásios de Lissane.",
         "A companhia aérea Aeromarena cancelou 180 voos e informou que as operações ficam suspensas até "
         "sexta-feira. “A segurança dos nossos passageiros vem antes de qualquer horário”, afirmou a porta-voz "
         "Giulia Sferra."),
        (St("⟦Pelo menos 25 pessoas ficaram feridas, a maioria com problemas respiratórios⟧, segundo",
            "Marena civil protection", "indirect", "volcano-u13"),
         St("“⟦Ninguém volta para casa antes de os especialistas garantirem que é seguro⟧”", "Costantino Lurra",
            "direct", "volcano-u3"),
         St("Segundo ele, ⟦os desalojados estão em escolas e ginásios de Lissane⟧", "Costantino Lurra", "indirect",
            "volcano-u4"),
         St("informou que ⟦as operações ficam suspensas até sexta-feira⟧", "Aeromarena", "indirect", "volcano-u5"),
         St("“⟦A segurança dos nossos passageiros vem antes de qualquer horário⟧”", "Giulia Sferra", "direct",
            "volcano-u6")),
        (Fg("Cerca de ⟦4.700⟧ moradores", 4700, "about", "displaced", "volcano-q-evacuated"),
         Fg("Pelo menos ⟦25⟧ pessoas", 25, "at least", "wounded", "volcano-q-injured"),
         Fg("cancelou ⟦180⟧ voos", 180, None, "other", "volcano-q-flights"))),
    Art("ml6-volcano", "thecoastalobserver.example", "world/2026/nov/26/velaro-eruption-ash-marena-airport",
        "2026-11-26", "en",
        "Ash from Velaro volcano keeps Marena's airport shut for a third day",
        ("Marena's only international airport remained closed on Thursday as the Velaro volcano continued to spew "
         "ash, and the number of people forced from their homes rose to 5,100, the island's civil protection agency "
         "said.",
         "The agency put the number of injured at 31, most of them hurt by collapsing roofs or suffering breathing "
         "difficulties. More than 400 flights have been cancelled since the eruption began on Tuesday, stranding "
         "roughly 12,000 passengers.",
         "Aurora Benedetti, who heads the Velaro observatory, warned that the eruption \"could go on for weeks\" and "
         "that a stronger explosive phase could not be ruled out. The lava flow on the southern flank had slowed, "
         "however, she said.",
         "Civil protection chief Costantino Lurra said nobody would be allowed home \"until the experts tell us it is "
         'safe". "The safety of our passengers comes before any timetable," said Giulia Sferra, a spokeswoman for '
         "Aeromarena, the island's flag carrier. The airline said it would not resume flights before Saturday."),
        (St("⟦Marena's only international airport remained closed on Thursday as the Velaro volcano continued to spew "
            "ash, and the number of people forced from their homes rose to 5,100⟧, the island's",
            "Marena civil protection", "indirect", "volcano-u14"),
         St('warned that ⟦the eruption "could go on for weeks" and that a stronger explosive phase could not be ruled '
            "out⟧", "Aurora Benedetti", "partial", "volcano-u1"),
         St("⟦The lava flow on the southern flank had slowed, however⟧, she said", "Aurora Benedetti", "indirect",
            "volcano-u2"),
         St('said ⟦nobody would be allowed home "until the experts tell us it is safe"⟧', "Costantino Lurra",
            "partial", "volcano-u3"),
         St('"⟦The safety of our passengers comes before any timetable⟧,"', "Giulia Sferra", "direct",
            "volcano-u6"),
         St("said it ⟦would not resume flights before Saturday⟧", "Aeromarena", "indirect", "volcano-u15")),
        (Fg("rose to ⟦5,100⟧", 5100, None, "displaced", "volcano-q-evacuated"),
         Fg("injured at ⟦31⟧", 31, None, "wounded", "volcano-q-injured"),
         Fg("More than ⟦400⟧ flights", 400, "more than", "other", "volcano-q-flights"),
         Fg("roughly ⟦12,000⟧ passengers", 12000, "about", "other", "volcano-q-stranded"))),
)

SPEAKER_FORMS_15: dict[str, tuple[str, ...]] = {
    "Teodor Ruskan": ("Teodor Ruskan", "Ruskan", "테오도르 루스칸", "루스칸", "테오도르 루스칸 경찰청 대변인",
                      "porte-parole de la police", "portavoz policial", "porta-voz da polícia"),
    "Mira Castelan": ("Mira Castelan", "Castelan", "미라 카스텔란", "카스텔란", "미라 카스텔란 연대 대변인",
                      "Bündnissprecherin Mira Castelan"),
    "Aurel Dascalu": ("Aurel Dascalu", "Aurel Daskalu", "Dascalu", "Daskalu", "아우렐 다스칼루", "다스칼루",
                      "아우렐 다스칼루 내무장관", "Innenminister Aurel Daskalu", "Interior Minister Aurel Dascalu",
                      "ministre de l'Intérieur", "ministro del Interior", "ministro do Interior"),
    "Soleva police": ("police", "Polizei", "Policía", "polícia", "경찰", "경찰 발표"),
    "Aqua Libera": ("Aqua Libera", "Aqua Libera coalition", "organisers", "Veranstalter", "Bündnis Aqua Libera",
                    "coalition Aqua Libera", "coalizão Aqua Libera", "아쿠아 리베라", "'아쿠아 리베라' 연대", "주최 측",
                    "organizadores"),
    "Soleva ambulance service": ("ambulance service", "city's ambulance service", "Rettungsdienst",
                                 "städtischen Rettungsdienst", "serviço de ambulâncias"),
    "Soleva police officer (anonymous)": ("ranghoher Beamter", "Ein ranghoher Beamter", "oficial", "Un oficial"),
    "Nadia Korvel": ("Nadia Korvel", "Nadja Korwel", "Nádia Korvel", "Korvel", "Korwel", "Dr Nadia Korvel",
                     "Kinderärztin Nadja Korwel", "pediatra Nadia Korvel", "pediatra Nádia Korvel", "Nadia Kórvel",
                     "pediatra Nadia Kórvel", "doctora", "나디아 코르벨", "코르벨", "나디아 코르벨 박사"),
    "Bruno Lettieri": ("Bruno Lettieri", "Lettieri", "Schulleiter Bruno Lettieri",
                       "dirigente scolastico Bruno Lettieri", "브루노 레티에리", "레티에리", "브루노 레티에리 교장"),
    "Sarvenian health ministry": ("health ministry", "ministry", "Gesundheitsministerium", "Ministerium",
                                  "ministero della Salute", "ministero", "Ministério da Saúde", "ministério",
                                  "Ministerio de Salud", "ministerio", "보건부"),
    "Pradel hospital nurse (anonymous)": ("infermiera", "Un'infermiera del reparto", "enfermeira", "Uma enfermeira"),
    "Aurora Benedetti": ("Aurora Benedetti", "Benedetti", "Vulkanologin Aurora Benedetti",
                         "vulcanologa Aurora Benedetti", "volcanologue Aurora Benedetti", "아우로라 베네데티", "베네데티",
                         "아우로라 베네데티 소장"),
    "Costantino Lurra": ("Costantino Lurra", "Lurra", "Zivilschutzchef Costantino Lurra",
                         "capo della protezione civile Costantino Lurra", "chefe da Defesa Civil",
                         "Civil protection chief Costantino Lurra", "코스탄티노 루라", "루라",
                         "코스탄티노 루라 민방위청장"),
    "Marena civil protection": ("civil protection agency", "island's civil protection agency", "agency",
                                "Zivilschutz", "Behörden", "protezione civile", "protection civile", "Defesa Civil",
                                "민방위청", "현지 민방위청"),
    "Aeromarena": ("Aeromarena", "compagnie Aeromarena", "companhia aérea Aeromarena", "airline", "에어로마레나"),
    "Giulia Sferra": ("Giulia Sferra", "Sferra", "porte-parole", "porta-voz Giulia Sferra", "줄리아 스페라", "스페라",
                      "줄리아 스페라 대변인"),
    "Albrena resident (anonymous)": ("Bewohnerin des Dorfes Albrena", "Eine Bewohnerin", "residente di Albrena",
                                     "una residente di Albrena"),
}
