"""Unseen dev stories ml10-* for the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py,
which holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every port, town, person, company, outlet and figure is invented. Stories here (all dev): a warehouse fire
at a container port, a motorway bridge closed over cracks, a shortage of a childhood vaccine.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_35: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml10-port-fire (dev)
    Art("ml10-port-fire", "northseawire.example", "news/2026/09/16/valdremo-port-warehouse-fire", "2026-09-16", "en",
        "Six firefighters hurt as blaze rips through Valdremo port warehouse",
        ("Six firefighters were injured and at least 140 containers destroyed after a fire tore through a storage "
         "warehouse at the port of Valdremo late on Tuesday, forcing the harbour to shut for at least three days.",
         "More than 200 firefighters fought the flames through the night. Two of the injured were taken to hospital "
         "with burns, the fire service said in a statement on Wednesday.",
         '"The fire is contained but it is not out, and it will not be out today," fire chief Dario Kovacin told '
         "reporters at the quayside. He said crews were still cooling stacks of containers that had buckled in the "
         "heat.",
         "Port authority director Sofia Lindqvar said the terminal would stay closed at least until Friday and that "
         "nearly 30 ships were waiting at anchor outside the harbour. Damage was put at around €60 million, according "
         "to a preliminary estimate by the authority.",
         "Some 40,000 residents of the Kalvik and Moorhaven districts were under a smoke warning on Wednesday as a "
         "plume of black smoke drifted inland.",
         "Pavel Jurcik, who leads the dockworkers' union, said hazardous goods had been stacked too close to the "
         'warehouse for months. "We raised it in March and we raised it again in June. Nobody listened," he said.',
         "The cause of the fire is under investigation."),
        (St("⟦Two of the injured were taken to hospital with burns⟧, the fire service said", "Valdremo fire service",
            "indirect", "pf-u1"),
         St('"⟦The fire is contained but it is not out, and it will not be out today⟧,"', "Dario Kovacin", "direct",
            "pf-u2"),
         St("He said ⟦crews were still cooling stacks of containers that had buckled in the heat⟧", "Dario Kovacin",
            "indirect", "pf-u3"),
         St("Lindqvar said ⟦the terminal would stay closed at least until Friday⟧", "Sofia Lindqvar", "indirect",
            "pf-u4"),
         St("and that ⟦nearly 30 ships were waiting at anchor outside the harbour⟧", "Sofia Lindqvar", "indirect",
            "pf-u5"),
         St("⟦Damage was put at around €60 million⟧, according", "Valdremo Port Authority", "indirect", "pf-u6"),
         St("union, said ⟦hazardous goods had been stacked too close to the warehouse for months⟧", "Pavel Jurcik",
            "indirect", "pf-u7"),
         St('"⟦We raised it in March and we raised it again in June. Nobody listened⟧,"', "Pavel Jurcik", "direct",
            "pf-u8")),
        (Fg("⟦Six⟧ firefighters were injured", 6, None, "wounded", "pf-q-ff-hurt"),
         Fg("at least ⟦140⟧ containers", 140, "at least", "other", "pf-q-containers"),
         Fg("at least ⟦three⟧ days", 3, "at least", "other", "pf-q-closed-days"),
         Fg("More than ⟦200⟧ firefighters", 200, "more than", "other", "pf-q-ff-deployed"),
         Fg("⟦Two⟧ of the injured", 2, None, "wounded", "pf-q-ff-hospital"),
         Fg("nearly ⟦30⟧ ships", 30, "nearly", "other", "pf-q-ships"),
         Fg("around ⟦€60 million⟧", 60_000_000, "about", "money", "pf-q-damage"),
         Fg("Some ⟦40,000⟧ residents", 40_000, "about", "other", "pf-q-residents"))),
    Art("ml10-port-fire", "kuestenzeitung.example", "region/grossbrand-hafen-valdremo-1.88213", "2026-09-16", "de",
        "Großbrand im Hafen von Valdremo: Sechs Feuerwehrleute verletzt",
        ("Bei einem Großbrand in einer Lagerhalle im Hafen von Valdremo sind in der Nacht zum Mittwoch sechs "
         "Feuerwehrleute verletzt worden. Rund 150 Container wurden nach ersten Schätzungen zerstört. Mehr als 200 "
         "Einsatzkräfte kämpften bis zum Morgen gegen die Flammen.",
         "„Das Feuer ist unter Kontrolle, aber es ist nicht gelöscht – und das wird es heute auch nicht mehr sein“, "
         "sagte Einsatzleiter Dario Kowatschin am Mittwochmorgen. Nach seinen Worten kühlen die Trupps noch immer "
         "Containerstapel, die sich in der Hitze verbogen haben.",
         "Laut Hafendirektorin Sofia Lindqvar bleibt der Containerterminal mindestens drei Tage geschlossen. Knapp 30 "
         "Schiffe warten vor der Hafeneinfahrt, sagte sie. Nach einer ersten Schätzung der Hafenbehörde beläuft sich "
         "der Schaden auf etwa 60 Millionen Euro.",
         "Über der Stadt hing am Mittwoch eine schwarze Rauchfahne. Für rund 40.000 Anwohner der Viertel Kalvik und "
         "Moorhaven gilt eine Rauchwarnung.",
         "Schwere Vorwürfe erhebt die Hafenarbeitergewerkschaft. „Wir haben im März darauf hingewiesen und im Juni "
         "noch einmal. Niemand hat zugehört“, sagte Gewerkschaftschef Pawel Jurtschik. Gefahrgut sei seit Monaten "
         "viel zu nah an der Halle gestapelt worden.",
         "Die Brandursache ist noch unklar, die Staatsanwaltschaft hat Ermittlungen aufgenommen."),
        (St("„⟦Das Feuer ist unter Kontrolle, aber es ist nicht gelöscht – und das wird es heute auch nicht mehr "
            "sein⟧“", "Dario Kovacin", "direct", "pf-u2"),
         St("Nach seinen Worten ⟦kühlen die Trupps noch immer Containerstapel, die sich in der Hitze verbogen "
            "haben⟧", "Dario Kovacin", "indirect", "pf-u3"),
         St("Lindqvar ⟦bleibt der Containerterminal mindestens drei Tage geschlossen⟧", "Sofia Lindqvar", "indirect",
            "pf-u4"),
         St("⟦Knapp 30 Schiffe warten vor der Hafeneinfahrt⟧, sagte sie", "Sofia Lindqvar", "indirect", "pf-u5"),
         St("Hafenbehörde ⟦beläuft sich der Schaden auf etwa 60 Millionen Euro⟧", "Valdremo Port Authority",
            "indirect", "pf-u6"),
         St("„⟦Wir haben im März darauf hingewiesen und im Juni noch einmal. Niemand hat zugehört⟧“", "Pavel Jurcik",
            "direct", "pf-u8"),
         St("⟦Gefahrgut sei seit Monaten viel zu nah an der Halle gestapelt worden⟧", "Pavel Jurcik", "indirect",
            "pf-u7")),
        (Fg("Mittwoch ⟦sechs⟧ Feuerwehrleute", 6, None, "wounded", "pf-q-ff-hurt"),
         Fg("Rund ⟦150⟧ Container", 150, "about", "other", "pf-q-containers"),
         Fg("Mehr als ⟦200⟧ Einsatzkräfte", 200, "more than", "other", "pf-q-ff-deployed"),
         Fg("mindestens ⟦drei⟧ Tage", 3, "at least", "other", "pf-q-closed-days"),
         Fg("Knapp ⟦30⟧ Schiffe", 30, "nearly", "other", "pf-q-ships"),
         Fg("etwa ⟦60 Millionen Euro⟧", 60_000_000, "about", "money", "pf-q-damage"),
         Fg("rund ⟦40.000⟧ Anwohner", 40_000, "about", "other", "pf-q-residents"))),
    Art("ml10-port-fire", "haeyangsinmun.example", "news/articleView.html?idxno=310472", "2026-09-16", "ko",
        "발드레모항 창고 화재…소방관 6명 부상·컨테이너 140여 개 불타",
        ("발드레모항의 물류창고에서 15일 밤(현지시간) 큰불이 나 진화에 나선 소방관 6명이 다치고 컨테이너 140여 개가 "
         "불에 탔다. 항만은 최소 사흘간 폐쇄된다.",
         "현지 소방당국에 따르면 부상자 가운데 2명은 화상을 입어 병원으로 옮겨졌다. 소방관 200여 명이 밤새 진화 "
         "작업을 벌였다.",
         "다리오 코바친 소방서장은 “불길은 잡혔지만 완전히 꺼진 것은 아니고, 오늘 안에 꺼지지도 않을 것”이라고 "
         "말했다. 그는 열기에 휘어진 컨테이너 더미를 대원들이 여전히 식히고 있다고 덧붙였다.",
         "이 창고에는 국내 해운사인 한바다해운의 컨테이너도 상당수 보관돼 있던 것으로 알려졌다. 한바다해운 관계자는 "
         "“정확한 피해 규모를 파악하고 있다”고 전했다.",
         "소피아 린드크바르 항만청장에 따르면 항구 밖에서는 선박 30척 가까이가 입항을 기다리고 있다. 항만청은 "
         "피해액이 6천만 유로에 이를 것으로 잠정 추산된다고 밝혔다.",
         "검은 연기가 내륙으로 번지면서 인근 주민 4만여 명에게 연기 경보가 내려졌다.",
         "파벨 유르치크 항만노조 위원장은 “3월에도, 6월에도 문제를 제기했지만 아무도 듣지 않았다”며 위험물이 몇 "
         "달째 창고 바로 옆에 쌓여 있었다고 주장했다."),
        (St("소방당국에 따르면 ⟦부상자 가운데 2명은 화상을 입어 병원으로 옮겨졌다⟧", "Valdremo fire service",
            "indirect", "pf-u1"),
         St("“⟦불길은 잡혔지만 완전히 꺼진 것은 아니고, 오늘 안에 꺼지지도 않을 것⟧”", "Dario Kovacin", "direct",
            "pf-u2"),
         St("그는 ⟦열기에 휘어진 컨테이너 더미를 대원들이 여전히 식히고 있다⟧고", "Dario Kovacin", "indirect",
            "pf-u3"),
         St("“⟦정확한 피해 규모를 파악하고 있다⟧”", "Hanbada Shipping", "direct", "pf-u9"),
         St("항만청장에 따르면 ⟦항구 밖에서는 선박 30척 가까이가 입항을 기다리고 있다⟧", "Sofia Lindqvar",
            "indirect", "pf-u5"),
         St("항만청은 ⟦피해액이 6천만 유로에 이를 것으로 잠정 추산된다⟧고", "Valdremo Port Authority", "indirect",
            "pf-u6"),
         St("“⟦3월에도, 6월에도 문제를 제기했지만 아무도 듣지 않았다⟧”", "Pavel Jurcik", "direct", "pf-u8"),
         St("며 ⟦위험물이 몇 달째 창고 바로 옆에 쌓여 있었다⟧고", "Pavel Jurcik", "indirect", "pf-u7")),
        (Fg("소방관 ⟦6⟧명이", 6, None, "wounded", "pf-q-ff-hurt"),
         Fg("컨테이너 ⟦140여⟧ 개가", 140, "more than", "other", "pf-q-containers"),
         Fg("최소 ⟦사흘⟧간", 3, "at least", "other", "pf-q-closed-days"),
         Fg("가운데 ⟦2⟧명은", 2, None, "wounded", "pf-q-ff-hospital"),
         Fg("소방관 ⟦200여⟧ 명이", 200, "more than", "other", "pf-q-ff-deployed"),
         Fg("선박 ⟦30⟧척 가까이", 30, "nearly", "other", "pf-q-ships"),
         Fg("피해액이 ⟦6천만 유로⟧에", 60_000_000, None, "money", "pf-q-damage"),
         Fg("주민 ⟦4만여⟧ 명", 40_000, "more than", "other", "pf-q-residents"))),
    Art("ml10-port-fire", "gazzettadeiporti.example", "cronaca/2026/09/17/valdremo-rogo-magazzino", "2026-09-17", "it",
        "Rogo nel porto di Valdremo, salgono a otto i vigili del fuoco feriti",
        ("Salgono a otto i vigili del fuoco rimasti feriti nell'incendio che da martedì sera devasta un magazzino del "
         "porto di Valdremo. Secondo l'ultimo bilancio dei soccorritori, i container distrutti sono circa 210, ben più "
         "di quanto stimato in un primo momento.",
         "«Il fuoco è circoscritto, ma non è spento, e non lo sarà nemmeno oggi», aveva detto ieri mattina il "
         "comandante dei vigili del fuoco Dario Kovačin. Secondo Kovačin, ancora in serata le squadre stavano "
         "raffreddando le cataste di container deformate dal calore.",
         "Il porto resterà chiuso almeno fino a domenica, ha fatto sapere l'Autorità portuale: davanti all'imboccatura "
         "sono in attesa una trentina di navi. La direttrice Sofia Lindqvar ha spiegato che i danni, stimati per ora in "
         "60 milioni di euro, potrebbero crescere «quando si potrà finalmente entrare nel magazzino».",
         "Circa 40mila residenti dei quartieri di Kalvik e Moorhaven restano sotto allerta per il fumo.",
         "Duro il sindacato dei portuali: secondo il segretario Pavel Jurčik, le merci pericolose erano accatastate da "
         "mesi troppo vicino al capannone. «L'avevamo segnalato a marzo e poi di nuovo a giugno. Nessuno ci ha "
         "ascoltato», ha detto.",
         "Una fonte della capitaneria di porto, che ha chiesto di restare anonima, ha riferito che tra le merci "
         "stoccate c'erano anche fusti di solventi."),
        (St("soccorritori, ⟦i container distrutti sono circa 210, ben più di quanto stimato in un primo momento⟧",
            "Valdremo fire service", "indirect", "pf-u10"),
         St("«⟦Il fuoco è circoscritto, ma non è spento, e non lo sarà nemmeno oggi⟧»", "Dario Kovacin", "direct",
            "pf-u2"),
         St("Secondo Kovačin, ⟦ancora in serata le squadre stavano raffreddando le cataste di container deformate dal "
            "calore⟧", "Dario Kovacin", "indirect", "pf-u3"),
         St("⟦Il porto resterà chiuso almeno fino a domenica⟧, ha fatto sapere", "Valdremo Port Authority",
            "indirect", "pf-u11"),
         St("ha spiegato che ⟦i danni, stimati per ora in 60 milioni di euro, potrebbero crescere «quando si potrà "
            "finalmente entrare nel magazzino»⟧", "Sofia Lindqvar", "partial", "pf-u12"),
         St("Jurčik, ⟦le merci pericolose erano accatastate da mesi troppo vicino al capannone⟧", "Pavel Jurcik",
            "indirect", "pf-u7"),
         St("«⟦L'avevamo segnalato a marzo e poi di nuovo a giugno. Nessuno ci ha ascoltato⟧»", "Pavel Jurcik",
            "direct", "pf-u8"),
         St("ha riferito che ⟦tra le merci stoccate c'erano anche fusti di solventi⟧", "Valdremo harbour office source",
            "indirect", "pf-u13")),
        (Fg("Salgono a ⟦otto⟧ i vigili", 8, None, "wounded", "pf-q-ff-hurt"),
         Fg("sono circa ⟦210⟧", 210, "about", "other", "pf-q-containers"),
         Fg("una ⟦trentina⟧ di navi", 30, "about", "other", "pf-q-ships"),
         Fg("ora in ⟦60 milioni di euro⟧", 60_000_000, None, "money", "pf-q-damage"),
         Fg("Circa ⟦40mila⟧ residenti", 40_000, "about", "other", "pf-q-residents"))),
    Art("ml10-port-fire", "elfaromaritimo.example", "puertos/2026-09-17/incendio-valdremo-ocho-bomberos", "2026-09-17",
        "es",
        "Ocho bomberos heridos y el puerto de Valdremo, cerrado hasta el domingo",
        ("El incendio declarado el martes por la noche en un almacén del puerto de Valdremo ha dejado ya ocho bomberos "
         "heridos y más de 200 contenedores calcinados, según el último balance del servicio de bomberos.",
         "La Autoridad Portuaria anunció que la terminal permanecerá cerrada hasta el domingo. Unos 30 buques esperan "
         "fondeados frente a la bocana, y las pérdidas rondan los 60 millones de euros, de acuerdo con una primera "
         "estimación.",
         "«El fuego está controlado, pero no extinguido, y hoy tampoco lo estará», dijo el miércoles el jefe de "
         "bomberos, Darío Kovačin.",
         "Según el sindicato de estibadores, la empresa almacenaba desde hacía meses mercancías peligrosas junto a la "
         "nave. Su secretario general, Pável Jurčik, aseguró que lo habían denunciado en marzo y en junio sin obtener "
         "respuesta.",
         "Las autoridades sanitarias pidieron a unos 40.000 vecinos de Kalvik y Moorhaven que no abrieran las ventanas "
         "mientras persistiera la columna de humo."),
        (St("⟦El incendio declarado el martes por la noche en un almacén del puerto de Valdremo ha dejado ya ocho "
            "bomberos heridos y más de 200 contenedores calcinados⟧, según", "Valdremo fire service", "indirect",
            "pf-u10"),
         St("anunció que ⟦la terminal permanecerá cerrada hasta el domingo⟧", "Valdremo Port Authority", "indirect",
            "pf-u11"),
         St("«⟦El fuego está controlado, pero no extinguido, y hoy tampoco lo estará⟧»", "Dario Kovacin", "direct",
            "pf-u2"),
         St("estibadores, ⟦la empresa almacenaba desde hacía meses mercancías peligrosas junto a la nave⟧",
            "Valdremo dockworkers' union", "indirect", "pf-u7"),
         St("aseguró que ⟦lo habían denunciado en marzo y en junio sin obtener respuesta⟧", "Pavel Jurcik",
            "indirect", "pf-u8"),
         St("Moorhaven que ⟦no abrieran las ventanas mientras persistiera la columna de humo⟧",
            "Valdremo health authorities", "indirect", "pf-u14")),
        (Fg("ya ⟦ocho⟧ bomberos", 8, None, "wounded", "pf-q-ff-hurt"),
         Fg("más de ⟦200⟧ contenedores", 200, "more than", "other", "pf-q-containers"),
         Fg("Unos ⟦30⟧ buques", 30, "about", "other", "pf-q-ships"),
         Fg("rondan los ⟦60 millones de euros⟧", 60_000_000, "about", "money", "pf-q-damage"),
         Fg("a unos ⟦40.000⟧ vecinos", 40_000, "about", "other", "pf-q-residents"))),
    Art("ml10-port-fire", "lecridumarin.example", "ports/valdremo-le-port-rouvrira-dimanche", "2026-09-18", "fr",
        "Valdremo : le port rouvrira dimanche, l'enquête se tourne vers les solvants",
        ("Le port de Valdremo, paralysé depuis l'incendie qui a ravagé mardi soir un entrepôt de la zone portuaire, "
         "rouvrira partiellement dimanche, a annoncé jeudi l'autorité portuaire. Une trentaine de navires attendent "
         "toujours au large.",
         f"Le bilan s'est alourdi{NB}: huit sapeurs-pompiers ont été blessés, dont deux grièvement brûlés. Quelque 220 "
         "conteneurs ont été détruits, d'après le dernier décompte des secours.",
         f"«{NB}Nous avons eu de la chance qu'il n'y ait pas eu de morts{NB}», a reconnu le commandant des pompiers, "
         "Dario Kovačin. Il a indiqué que le feu était désormais éteint, mais que des foyers pouvaient encore se "
         "rallumer sous les piles de conteneurs.",
         "Les dégâts sont estimés à 60 millions d'euros au minimum. Selon une source proche de l'enquête, des fûts de "
         "solvants étaient entreposés dans le bâtiment. Le syndicat des dockers affirme avoir alerté la direction du "
         "port à deux reprises, en mars puis en juin.",
         f"Les quelque 40{NB}000 habitants de Kalvik et de Moorhaven, priés de garder leurs fenêtres fermées, ont pu "
         "les rouvrir jeudi après la levée de l'alerte aux fumées."),
        (St("⟦Le port de Valdremo, paralysé depuis l'incendie qui a ravagé mardi soir un entrepôt de la zone portuaire, "
            "rouvrira partiellement dimanche⟧, a annoncé", "Valdremo Port Authority", "indirect", "pf-u11"),
         St("⟦Quelque 220 conteneurs ont été détruits⟧, d'après", "Valdremo fire service", "indirect", "pf-u10"),
         St(f"«{NB}⟦Nous avons eu de la chance qu'il n'y ait pas eu de morts⟧{NB}»", "Dario Kovacin", "direct",
            "pf-u15"),
         St("Il a indiqué que ⟦le feu était désormais éteint⟧", "Dario Kovacin", "indirect", "pf-u16"),
         St("mais que ⟦des foyers pouvaient encore se rallumer sous les piles de conteneurs⟧", "Dario Kovacin",
            "indirect", "pf-u17"),
         St("l'enquête, ⟦des fûts de solvants étaient entreposés dans le bâtiment⟧", "Valdremo investigation source",
            "indirect", "pf-u18"),
         St("affirme ⟦avoir alerté la direction du port à deux reprises, en mars puis en juin⟧",
            "Valdremo dockworkers' union", "indirect", "pf-u8")),
        (Fg("Une ⟦trentaine⟧ de navires", 30, "about", "other", "pf-q-ships"),
         Fg("⟦huit⟧ sapeurs-pompiers", 8, None, "wounded", "pf-q-ff-hurt"),
         Fg("dont ⟦deux⟧ grièvement", 2, None, "wounded", "pf-q-ff-hospital"),
         Fg("Quelque ⟦220⟧ conteneurs", 220, "about", "other", "pf-q-containers"),
         Fg("estimés à ⟦60 millions d'euros⟧ au minimum", 60_000_000, "at least", "money", "pf-q-damage"),
         Fg(f"Les quelque ⟦40{NB}000⟧ habitants", 40_000, "about", "other", "pf-q-residents"))),
    # ---------------------------------------------------------------- ml10-bridge-cracks (dev)
    Art("ml10-bridge-cracks", "capitalledger.example", "nation/2026/10/06/brenntal-viaduct-closed-cracks", "2026-10-06",
        "en",
        "Motorway bridge shut after engineers find cracks in main girders",
        ("One of Aldren's busiest motorway bridges was closed in both directions on Monday after inspectors discovered "
         "cracks in two of its main steel girders, diverting some 62,000 vehicles a day onto a 38-kilometre detour.",
         '"Safety comes first. Nobody will drive across this bridge until we are certain it can carry them," '
         "Transport Minister Margit Sallinger told a news conference in the capital, Oderhaven. She said repairs "
         "would cost about €45 million and take at least six months.",
         "The Brenntal viaduct, opened in 1978, carries the A7 between Oderhaven and the port city of Lessingen. "
         "According to the National Road Agency, nearly 9,000 of the vehicles that cross it each day are lorries.",
         "Aleksei Morozin, the agency's chief bridge engineer, said the cracks ran through the lower flanges of the "
         'girders and had probably grown over several winters. "We caught them in time — that is the good news," he '
         "said.",
         "Hauliers reacted with alarm. The Road Hauliers' Association said the detour would cost its members more "
         'than €1 million a day in fuel and lost time. "Every extra kilometre is paid for by someone, and this time '
         'it is us," said its president, Ingrid Halvorsen.',
         "A ministry official, speaking on condition of anonymity, said weaknesses in the girders had been noted in "
         "an inspection report two years ago."),
        (St('"⟦Safety comes first. Nobody will drive across this bridge until we are certain it can carry them⟧,"',
            "Margit Sallinger", "direct", "bc-u1"),
         St("She said ⟦repairs would cost about €45 million and take at least six months⟧", "Margit Sallinger",
            "indirect", "bc-u2"),
         St("Agency, ⟦nearly 9,000 of the vehicles that cross it each day are lorries⟧", "Aldren National Road Agency",
            "indirect", "bc-u3"),
         St("engineer, said ⟦the cracks ran through the lower flanges of the girders and had probably grown over "
            "several winters⟧", "Aleksei Morozin", "indirect", "bc-u4"),
         St('"⟦We caught them in time — that is the good news⟧,"', "Aleksei Morozin", "direct", "bc-u5"),
         St("Association said ⟦the detour would cost its members more than €1 million a day in fuel and lost time⟧",
            "Aldren Road Hauliers' Association", "indirect", "bc-u6"),
         St('"⟦Every extra kilometre is paid for by someone, and this time it is us⟧,"', "Ingrid Halvorsen", "direct",
            "bc-u7"),
         St("anonymity, said ⟦weaknesses in the girders had been noted in an inspection report two years ago⟧",
            "Aldren transport ministry source", "indirect", "bc-u8")),
        (Fg("some ⟦62,000⟧ vehicles", 62_000, "about", "other", "bc-q-vehicles"),
         Fg("a ⟦38⟧-kilometre detour", 38, None, "other", "bc-q-detour-km"),
         Fg("about ⟦€45 million⟧", 45_000_000, "about", "money", "bc-q-cost"),
         Fg("at least ⟦six⟧ months", 6, "at least", "other", "bc-q-duration"),
         Fg("nearly ⟦9,000⟧ of the vehicles", 9_000, "nearly", "other", "bc-q-lorries"),
         Fg("than ⟦€1 million⟧ a day", 1_000_000, "more than", "money", "bc-q-haulier-loss"))),
    Art("ml10-bridge-cracks", "suedwestkurier.example", "verkehr/brenntalbruecke-gesperrt-risse-1.90417", "2026-10-06",
        "de",
        "Risse in Trägern: Brenntalbrücke auf unbestimmte Zeit gesperrt",
        ("Wegen Rissen in zwei Hauptträgern ist die Brenntalbrücke der A7 seit Montag in beide Richtungen gesperrt. "
         "Täglich rollen rund 62.000 Fahrzeuge über die Brücke, darunter knapp 9.000 Lastwagen. Sie müssen nun eine "
         "38 Kilometer lange Umleitung nehmen.",
         "„Sicherheit geht vor. Niemand fährt über diese Brücke, bevor wir sicher sind, dass sie hält“, sagte "
         "Verkehrsministerin Margit Sallinger in Oderhaven. Die Reparatur werde mindestens sechs Monate dauern und "
         "rund 45 Millionen Euro kosten, kündigte die Ministerin an.",
         "Der leitende Brückeningenieur der Autobahnagentur, Alexej Morosin, erklärte, dass die Risse im unteren Gurt "
         "der Träger verliefen und vermutlich über mehrere Winter gewachsen seien. Man habe sie rechtzeitig entdeckt, "
         "„und das ist die gute Nachricht“.",
         "Beim Verband der Transportunternehmer ist der Ärger groß. Die Umleitung koste die Branche mehr als eine "
         "Million Euro am Tag, rechnet der Verband vor. „Jeder zusätzliche Kilometer wird von irgendwem bezahlt – "
         "diesmal von uns“, sagte Verbandspräsidentin Ingrid Halvorsen.",
         "Aus Ministeriumskreisen hieß es, Schwächen an den Trägern seien bereits in einem Prüfbericht vor zwei Jahren "
         "vermerkt worden."),
        (St("„⟦Sicherheit geht vor. Niemand fährt über diese Brücke, bevor wir sicher sind, dass sie hält⟧“",
            "Margit Sallinger", "direct", "bc-u1"),
         St("⟦Die Reparatur werde mindestens sechs Monate dauern und rund 45 Millionen Euro kosten⟧, kündigte",
            "Margit Sallinger", "indirect", "bc-u2"),
         St("erklärte, dass ⟦die Risse im unteren Gurt der Träger verliefen und vermutlich über mehrere Winter "
            "gewachsen seien⟧", "Aleksei Morozin", "indirect", "bc-u4"),
         St("⟦Man habe sie rechtzeitig entdeckt, „und das ist die gute Nachricht“⟧", "Aleksei Morozin", "partial",
            "bc-u5"),
         St("⟦Die Umleitung koste die Branche mehr als eine Million Euro am Tag⟧, rechnet",
            "Aldren Road Hauliers' Association", "indirect", "bc-u6"),
         St("„⟦Jeder zusätzliche Kilometer wird von irgendwem bezahlt – diesmal von uns⟧“", "Ingrid Halvorsen",
            "direct", "bc-u7"),
         St("hieß es, ⟦Schwächen an den Trägern seien bereits in einem Prüfbericht vor zwei Jahren vermerkt worden⟧",
            "Aldren transport ministry source", "indirect", "bc-u8")),
        (Fg("rund ⟦62.000⟧ Fahrzeuge", 62_000, "about", "other", "bc-q-vehicles"),
         Fg("knapp ⟦9.000⟧ Lastwagen", 9_000, "nearly", "other", "bc-q-lorries"),
         Fg("eine ⟦38⟧ Kilometer", 38, None, "other", "bc-q-detour-km"),
         Fg("mindestens ⟦sechs⟧ Monate", 6, "at least", "other", "bc-q-duration"),
         Fg("rund ⟦45 Millionen Euro⟧", 45_000_000, "about", "money", "bc-q-cost"),
         Fg("mehr als ⟦eine Million Euro⟧", 1_000_000, "more than", "money", "bc-q-haulier-loss"))),
    Art("ml10-bridge-cracks", "lemessagerdeurope.example", "europe/viaduc-brenntal-fissures-a7-fermee", "2026-10-07",
        "fr",
        "Fissures sur le viaduc du Brenntal : l'A7 coupée, les transporteurs inquiets",
        ("Le viaduc du Brenntal, sur l'autoroute A7, est fermé à la circulation depuis lundi après la découverte de "
         f"fissures sur deux de ses poutres principales. Quelque 62{NB}000 véhicules, dont près de 9{NB}000 poids "
         "lourds, l'empruntent chaque jour.",
         f"«{NB}La sécurité passe avant tout. Personne ne roulera sur ce pont tant que nous ne serons pas sûrs qu'il "
         f"tient{NB}», a déclaré la ministre des Transports, Margit Sallinger. Selon elle, les travaux coûteront "
         "environ 45 millions d'euros et dureront au moins six mois.",
         "D'après Alexeï Morozine, ingénieur en chef des ouvrages d'art à l'Agence nationale des routes, les fissures "
         "se sont probablement formées au fil de plusieurs hivers.",
         "Les automobilistes doivent désormais emprunter une déviation de 38 kilomètres, qui rallonge le trajet d'une "
         "demi-heure aux heures de pointe.",
         "Pour la fédération des transporteurs routiers, la facture dépassera le million d'euros par jour. "
         f"«{NB}Chaque kilomètre supplémentaire, quelqu'un le paie{NB}; cette fois, c'est nous{NB}», a lancé sa "
         "présidente, Ingrid Halvorsen, qui réclame des compensations à l'État."),
        (St(f"«{NB}⟦La sécurité passe avant tout. Personne ne roulera sur ce pont tant que nous ne serons pas sûrs "
            f"qu'il tient⟧{NB}»", "Margit Sallinger", "direct", "bc-u1"),
         St("Selon elle, ⟦les travaux coûteront environ 45 millions d'euros et dureront au moins six mois⟧",
            "Margit Sallinger", "indirect", "bc-u2"),
         St("des routes, ⟦les fissures se sont probablement formées au fil de plusieurs hivers⟧", "Aleksei Morozin",
            "indirect", "bc-u4"),
         St("routiers, ⟦la facture dépassera le million d'euros par jour⟧", "Aldren Road Hauliers' Association",
            "indirect", "bc-u6"),
         St(f"«{NB}⟦Chaque kilomètre supplémentaire, quelqu'un le paie{NB}; cette fois, c'est nous⟧{NB}»",
            "Ingrid Halvorsen", "direct", "bc-u7")),
        (Fg(f"Quelque ⟦62{NB}000⟧ véhicules", 62_000, "about", "other", "bc-q-vehicles"),
         Fg(f"près de ⟦9{NB}000⟧ poids", 9_000, "nearly", "other", "bc-q-lorries"),
         Fg("environ ⟦45 millions d'euros⟧", 45_000_000, "about", "money", "bc-q-cost"),
         Fg("au moins ⟦six⟧ mois", 6, "at least", "other", "bc-q-duration"),
         Fg("déviation de ⟦38⟧ kilomètres", 38, None, "other", "bc-q-detour-km"),
         Fg("dépassera le ⟦million d'euros⟧", 1_000_000, "more than", "money", "bc-q-haulier-loss"))),
    Art("ml10-bridge-cracks", "gyeongjenaeil.example", "news/articleView.html?idxno=527730", "2026-10-07", "ko",
        "알드렌 고속도로 교량 균열로 전면 통제…현지 韓 배터리 공장 물류 차질",
        ("알드렌 A7 고속도로의 브렌탈 고가교에서 주요 강철 거더 2곳에 균열이 발견돼 5일(현지시간)부터 양방향 통행이 "
         "전면 금지됐다. 이 다리는 하루 6만2천여 대의 차량이 오가는 핵심 물류 도로다.",
         "마르기트 잘링거 교통부 장관은 “안전이 최우선이다. 다리가 버틴다는 확신이 들 때까지 누구도 이 다리를 건널 수 "
         "없다”고 말했다. 잘링거 장관은 보수 공사에 최소 6개월, 약 4천500만 유로가 들 것이라고 설명했다.",
         "도로청의 알렉세이 모로진 수석 교량기술자는 균열이 몇 해 겨울을 지나며 점점 커진 것으로 보인다며 “제때 발견한 "
         "것이 그나마 다행”이라고 했다.",
         "우회로는 38㎞에 이른다. 도로청에 따르면 이 다리를 지나는 차량 가운데 화물차가 9천 대가량이다.",
         "인근 레싱겐 산업단지에 공장을 둔 한울배터리도 부품 운송에 차질을 빚고 있다. 회사 측은 “우회 운송으로 납품 "
         "일정이 조금씩 밀리고 있다”고 밝혔다.",
         "화물운송협회의 잉그리드 할보르센 회장은 “늘어난 거리만큼 누군가는 돈을 내야 한다. 이번에는 그게 우리”라며 "
         "정부에 보상을 요구했다."),
        (St("“⟦안전이 최우선이다. 다리가 버틴다는 확신이 들 때까지 누구도 이 다리를 건널 수 없다⟧”",
            "Margit Sallinger", "direct", "bc-u1"),
         St("장관은 ⟦보수 공사에 최소 6개월, 약 4천500만 유로가 들 것⟧이라고", "Margit Sallinger", "indirect",
            "bc-u2"),
         St("기술자는 ⟦균열이 몇 해 겨울을 지나며 점점 커진 것으로 보인다⟧며", "Aleksei Morozin", "indirect", "bc-u4"),
         St("“⟦제때 발견한 것이 그나마 다행⟧”", "Aleksei Morozin", "direct", "bc-u5"),
         St("도로청에 따르면 ⟦이 다리를 지나는 차량 가운데 화물차가 9천 대가량이다⟧", "Aldren National Road Agency",
            "indirect", "bc-u3"),
         St("“⟦우회 운송으로 납품 일정이 조금씩 밀리고 있다⟧”", "Hanul Battery", "direct", "bc-u9"),
         St("“⟦늘어난 거리만큼 누군가는 돈을 내야 한다. 이번에는 그게 우리⟧”", "Ingrid Halvorsen", "direct",
            "bc-u7")),
        (Fg("하루 ⟦6만2천여⟧ 대", 62_000, "more than", "other", "bc-q-vehicles"),
         Fg("최소 ⟦6⟧개월", 6, "at least", "other", "bc-q-duration"),
         Fg("약 ⟦4천500만 유로⟧", 45_000_000, "about", "money", "bc-q-cost"),
         Fg("우회로는 ⟦38⟧㎞", 38, None, "other", "bc-q-detour-km"),
         Fg("화물차가 ⟦9천⟧ 대가량", 9_000, "about", "other", "bc-q-lorries"))),
    Art("ml10-bridge-cracks", "jornaldostransportes.example", "estrada/2026/10/09/viaduto-brenntal-reparacao",
        "2026-10-09", "pt",
        "Viaduto de Brenntal: reparação fica mais cara e mais demorada",
        ("A reparação do viaduto de Brenntal, na autoestrada A7, vai custar entre 70 e 80 milhões de euros e deverá "
         "prolongar-se por cerca de 14 meses, segundo as novas estimativas da Agência Nacional de Estradas, "
         "divulgadas nesta sexta-feira.",
         "O engenheiro-chefe de pontes da agência, Aleksei Morozin, explicou que as fissuras são mais extensas do que "
         "se pensava e que será preciso substituir dois troços inteiros das vigas. “Não vamos remendar: vamos "
         "trocar”, afirmou.",
         "Na segunda-feira, a ministra dos Transportes, Margit Sallinger, tinha falado em pelo menos seis meses de "
         "obras e num custo de cerca de 45 milhões. Questionada pelos jornalistas, disse apenas que a obra é "
         "“inevitável, custe o que custar”.",
         "O tráfego, de cerca de 62 mil veículos por dia, continua desviado por um percurso alternativo de 38 "
         "quilómetros.",
         "Segundo a associação de transportadores rodoviários, os prejuízos do setor na primeira semana já "
         "ultrapassam os cinco milhões de euros."),
        (St("⟦A reparação do viaduto de Brenntal, na autoestrada A7, vai custar entre 70 e 80 milhões de euros e "
            "deverá prolongar-se por cerca de 14 meses⟧, segundo", "Aldren National Road Agency", "indirect",
            "bc-u10"),
         St("explicou que ⟦as fissuras são mais extensas do que se pensava⟧", "Aleksei Morozin", "indirect",
            "bc-u11"),
         St("e que ⟦será preciso substituir dois troços inteiros das vigas⟧", "Aleksei Morozin", "indirect",
            "bc-u12"),
         St("“⟦Não vamos remendar: vamos trocar⟧”", "Aleksei Morozin", "direct", "bc-u13"),
         St("tinha falado em ⟦pelo menos seis meses de obras e num custo de cerca de 45 milhões⟧", "Margit Sallinger",
            "indirect", "bc-u2"),
         St("disse apenas que ⟦a obra é “inevitável, custe o que custar”⟧", "Margit Sallinger", "partial",
            "bc-u14"),
         St("rodoviários, ⟦os prejuízos do setor na primeira semana já ultrapassam os cinco milhões de euros⟧",
            "Aldren Road Hauliers' Association", "indirect", "bc-u15")),
        (Fg("entre ⟦70 e 80 milhões de euros⟧", 75_000_000, None, "money", "bc-q-cost", 70_000_000, 80_000_000),
         Fg("cerca de ⟦14⟧ meses", 14, "about", "other", "bc-q-duration"),
         Fg("pelo menos ⟦seis⟧ meses", 6, "at least", "other", "bc-q-duration"),
         Fg("cerca de ⟦45 milhões⟧", 45_000_000, "about", "money", "bc-q-cost"),
         Fg("cerca de ⟦62 mil⟧ veículos", 62_000, "about", "other", "bc-q-vehicles"),
         Fg("alternativo de ⟦38⟧ quilómetros", 38, None, "other", "bc-q-detour-km"),
         Fg("ultrapassam os ⟦cinco milhões de euros⟧", 5_000_000, "more than", "money", "bc-q-haulier-week"))),
    Art("ml10-bridge-cracks", "continentalwire.example", "business/2026/10/09/brenntal-viaduct-repair-bill-rises",
        "2026-10-09", "en",
        "Repair bill for cracked Brenntal viaduct rises to as much as €80 million",
        ("Repairing the cracked Brenntal viaduct will cost between €70 million and €80 million and take 12 to 14 "
         "months, Aldren's National Road Agency said on Friday, roughly doubling the estimate the government gave when "
         "the motorway bridge was shut on Monday.",
         "Transport Minister Margit Sallinger had said on Monday that repairs would cost about €45 million and last at "
         "least six months.",
         "Chief bridge engineer Aleksei Morozin said the cracks were more extensive than first thought and that two "
         'whole sections of girder would have to be replaced rather than patched. "We are not going to patch it. We '
         'are going to replace it," he told reporters.',
         "Nearly a week into the closure, some 62,000 vehicles a day are still being sent on the 38-km detour. The "
         "Road Hauliers' Association says its members have already lost more than €5 million."),
        (St("⟦Repairing the cracked Brenntal viaduct will cost between €70 million and €80 million and take 12 to 14 "
            "months⟧, Aldren's", "Aldren National Road Agency", "indirect", "bc-u10"),
         St("on Monday that ⟦repairs would cost about €45 million and last at least six months⟧", "Margit Sallinger",
            "indirect", "bc-u2"),
         St("Morozin said ⟦the cracks were more extensive than first thought⟧", "Aleksei Morozin", "indirect",
            "bc-u11"),
         St("and that ⟦two whole sections of girder would have to be replaced rather than patched⟧",
            "Aleksei Morozin", "indirect", "bc-u12"),
         St('"⟦We are not going to patch it. We are going to replace it⟧,"', "Aleksei Morozin", "direct", "bc-u13"),
         St("Association says ⟦its members have already lost more than €5 million⟧",
            "Aldren Road Hauliers' Association", "indirect", "bc-u15")),
        (Fg("between ⟦€70 million and €80 million⟧", 75_000_000, None, "money", "bc-q-cost", 70_000_000, 80_000_000),
         Fg("take ⟦12 to 14⟧ months", 13, None, "other", "bc-q-duration", 12, 14),
         Fg("cost about ⟦€45 million⟧ and", 45_000_000, "about", "money", "bc-q-cost"),
         Fg("at least ⟦six⟧ months", 6, "at least", "other", "bc-q-duration"),
         Fg("some ⟦62,000⟧ vehicles", 62_000, "about", "other", "bc-q-vehicles"),
         Fg("the ⟦38⟧-km detour", 38, None, "other", "bc-q-detour-km"),
         Fg("more than ⟦€5 million⟧", 5_000_000, "more than", "money", "bc-q-haulier-week"))),
    # ---------------------------------------------------------------- ml10-vaccine-shortage (dev)
    Art("ml10-vaccine-shortage", "alpenrundschau.example", "gesundheit/masern-impfstoff-engpass-solandria-1.7731",
        "2026-11-17", "de",
        "Impfstoff gegen Masern wird knapp: Solandria kauft in Südkorea ein",
        ("In Solandria fehlen derzeit rund 85.000 Dosen des Kombinationsimpfstoffs gegen Masern, Mumps und Röteln. "
         "Das teilte das Gesundheitsministerium am Dienstag mit. Mehr als 400 Kinderarztpraxen und Gesundheitszentren "
         "hätten keinen Impfstoff mehr vorrätig.",
         "„Kein Kind wird übergangen. Jede verschobene Impfung wird nachgeholt“, versprach Gesundheitsministerin "
         "Jelena Woskresna. Ihr Ministerium habe beim südkoreanischen Hersteller Daeseong Bio 200.000 Dosen bestellt. "
         "Die ersten 50.000 sollen binnen zwei Wochen eintreffen, sagte sie. Nach Angaben des Ministeriums kostet die "
         "Lieferung 3,4 Millionen Euro.",
         "Ursache des Engpasses ist ein Produktionsfehler beim bisherigen Lieferanten Corvell Pharma. Der Präsident der "
         "Gesellschaft für Kinderheilkunde, Tadeo Arrizabal, übte scharfe Kritik: Der Mangel sei seit dem Sommer "
         "absehbar gewesen. „Masern warten nicht auf Lieferketten“, warnte er.",
         "Laut der Apothekenkette FarmaSol ist der Impfstoff in etwa einem Dutzend ihrer Filialen komplett "
         "ausverkauft."),
        (St("⟦In Solandria fehlen derzeit rund 85.000 Dosen des Kombinationsimpfstoffs gegen Masern, Mumps und "
            "Röteln⟧", "Solandria health ministry", "indirect", "vs-u3"),
         St("⟦Mehr als 400 Kinderarztpraxen und Gesundheitszentren hätten keinen Impfstoff mehr vorrätig⟧",
            "Solandria health ministry", "indirect", "vs-u9"),
         St("„⟦Kein Kind wird übergangen. Jede verschobene Impfung wird nachgeholt⟧“", "Elena Voskresna", "direct",
            "vs-u1"),
         St("⟦Ihr Ministerium habe beim südkoreanischen Hersteller Daeseong Bio 200.000 Dosen bestellt⟧",
            "Elena Voskresna", "indirect", "vs-u2"),
         St("⟦Die ersten 50.000 sollen binnen zwei Wochen eintreffen⟧, sagte sie", "Elena Voskresna", "indirect",
            "vs-u11"),
         St("Ministeriums ⟦kostet die Lieferung 3,4 Millionen Euro⟧", "Solandria health ministry", "indirect",
            "vs-u10"),
         St("⟦Der Mangel sei seit dem Sommer absehbar gewesen⟧", "Tadeo Arrizabal", "indirect", "vs-u5"),
         St("„⟦Masern warten nicht auf Lieferketten⟧“", "Tadeo Arrizabal", "direct", "vs-u4"),
         St("FarmaSol ⟦ist der Impfstoff in etwa einem Dutzend ihrer Filialen komplett ausverkauft⟧", "FarmaSol",
            "indirect", "vs-u6")),
        (Fg("rund ⟦85.000⟧ Dosen", 85_000, "about", "other", "vs-q-doses-missing"),
         Fg("Mehr als ⟦400⟧ Kinderarztpraxen", 400, "more than", "other", "vs-q-clinics"),
         Fg("Bio ⟦200.000⟧ Dosen", 200_000, None, "other", "vs-q-import-doses"),
         Fg("Die ersten ⟦50.000⟧ sollen", 50_000, None, "other", "vs-q-first-batch"),
         Fg("Lieferung ⟦3,4 Millionen Euro⟧", 3_400_000, None, "money", "vs-q-import-cost"),
         Fg("etwa ⟦einem Dutzend⟧ ihrer", 12, "about", "other", "vs-q-pharmacies-out"))),
    Art("ml10-vaccine-shortage", "lavozdesolandria.example", "sociedad/2026/11/17/falta-vacuna-triple-virica",
        "2026-11-17", "es",
        "Faltan 85.000 vacunas triples víricas y Sanidad recurre a Corea del Sur",
        ("El Ministerio de Sanidad reconoció este martes que faltan unas 85.000 dosis de la vacuna triple vírica, la "
         "que protege a los niños contra el sarampión, las paperas y la rubéola, y que más de 400 centros de salud y "
         "consultas pediátricas se han quedado sin existencias.",
         '"Ningún niño se quedará atrás. Cada vacuna aplazada se pondrá", aseguró la ministra Elena Voskresna, quien '
         "anunció la compra de 200.000 dosis al laboratorio surcoreano Daeseong Bio por 3,4 millones de euros. Según "
         "la ministra, las primeras 50.000 llegarán en un plazo de dos semanas.",
         "Para la Sociedad de Pediatría, la escasez era previsible desde el verano. «El sarampión no espera a que se "
         "arreglen las cadenas de suministro», advirtió su presidente, el doctor Tadeo Arrizabal.",
         "En las farmacias, la inquietud crece. Una farmacéutica del barrio de Las Acequias, que prefirió no dar su "
         "nombre, contó que cada mañana entran padres preguntando por la vacuna. La cadena FarmaSol confirmó que el "
         "producto está agotado en una docena de sus establecimientos."),
        (St("reconoció este martes que ⟦faltan unas 85.000 dosis de la vacuna triple vírica, la que protege a los "
            "niños contra el sarampión, las paperas y la rubéola⟧", "Solandria health ministry", "indirect", "vs-u3"),
         St("y que ⟦más de 400 centros de salud y consultas pediátricas se han quedado sin existencias⟧",
            "Solandria health ministry", "indirect", "vs-u9"),
         St('"⟦Ningún niño se quedará atrás. Cada vacuna aplazada se pondrá⟧"', "Elena Voskresna", "direct", "vs-u1"),
         St("anunció ⟦la compra de 200.000 dosis al laboratorio surcoreano Daeseong Bio por 3,4 millones de euros⟧",
            "Elena Voskresna", "indirect", "vs-u2"),
         St("ministra, ⟦las primeras 50.000 llegarán en un plazo de dos semanas⟧", "Elena Voskresna", "indirect",
            "vs-u11"),
         St("Pediatría, ⟦la escasez era previsible desde el verano⟧", "Solandria Society of Paediatrics", "indirect",
            "vs-u5"),
         St("«⟦El sarampión no espera a que se arreglen las cadenas de suministro⟧»", "Tadeo Arrizabal", "direct",
            "vs-u4"),
         St("contó que ⟦cada mañana entran padres preguntando por la vacuna⟧", "Las Acequias pharmacist", "indirect",
            "vs-u7"),
         St("confirmó que ⟦el producto está agotado en una docena de sus establecimientos⟧", "FarmaSol", "indirect",
            "vs-u6")),
        (Fg("unas ⟦85.000⟧ dosis", 85_000, "about", "other", "vs-q-doses-missing"),
         Fg("más de ⟦400⟧ centros", 400, "more than", "other", "vs-q-clinics"),
         Fg("compra de ⟦200.000⟧ dosis", 200_000, None, "other", "vs-q-import-doses"),
         Fg("por ⟦3,4 millones de euros⟧", 3_400_000, None, "money", "vs-q-import-cost"),
         Fg("las primeras ⟦50.000⟧ llegarán", 50_000, None, "other", "vs-q-first-batch"),
         Fg("una ⟦docena⟧ de sus", 12, "about", "other", "vs-q-pharmacies-out"))),
    Art("ml10-vaccine-shortage", "bioilbo.example", "news/articleView.html?idxno=204518", "2026-11-18", "ko",
        "대성바이오, 솔란드리아에 MMR 백신 20만 회분 공급…현지 품귀 사태",
        ("솔란드리아 보건부가 홍역·볼거리·풍진(MMR) 백신 품귀 사태를 해결하기 위해 국내 제약사 대성바이오로부터 "
         "백신 20만 회분을 긴급 수입하기로 했다.",
         "현지 보건부에 따르면 현재 전국적으로 8만5천 회분가량이 부족한 상황이다. 보건부는 백신이 바닥난 소아과 "
         "의원과 보건소가 400여 곳에 이른다고 밝혔다.",
         "엘레나 보스크레스나 보건장관은 17일(현지시간) 기자회견에서 “어떤 아이도 빠지지 않는다. 미뤄진 접종은 "
         "모두 다시 이뤄질 것”이라고 말했다. 보스크레스나 장관은 첫 물량 5만 회분이 2주 안에 도착할 것이라고 "
         "덧붙였다.",
         "대성바이오 관계자는 “생산 일정을 조정해 이달 안에 첫 물량을 선적할 수 있다”고 말했다. 수출 규모는 약 "
         "340만 유로로 알려졌다.",
         "이번 품귀는 기존 공급사인 코벨파마의 생산 설비 결함에서 비롯됐다. 타데오 아리사발 소아과학회장은 이미 "
         "여름부터 예견된 일이었다며 정부의 늑장 대응을 비판했다."),
        (St("보건부에 따르면 ⟦현재 전국적으로 8만5천 회분가량이 부족한 상황이다⟧", "Solandria health ministry",
            "indirect", "vs-u3"),
         St("보건부는 ⟦백신이 바닥난 소아과 의원과 보건소가 400여 곳에 이른다⟧고", "Solandria health ministry",
            "indirect", "vs-u9"),
         St("“⟦어떤 아이도 빠지지 않는다. 미뤄진 접종은 모두 다시 이뤄질 것⟧”", "Elena Voskresna", "direct",
            "vs-u1"),
         St("장관은 ⟦첫 물량 5만 회분이 2주 안에 도착할 것⟧이라고", "Elena Voskresna", "indirect", "vs-u11"),
         St("“⟦생산 일정을 조정해 이달 안에 첫 물량을 선적할 수 있다⟧”", "Daeseong Bio", "direct", "vs-u8"),
         St("소아과학회장은 ⟦이미 여름부터 예견된 일이었다⟧며", "Tadeo Arrizabal", "indirect", "vs-u5")),
        (Fg("백신 ⟦20만⟧ 회분", 200_000, None, "other", "vs-q-import-doses"),
         Fg("전국적으로 ⟦8만5천⟧ 회분가량", 85_000, "about", "other", "vs-q-doses-missing"),
         Fg("보건소가 ⟦400여⟧ 곳", 400, "more than", "other", "vs-q-clinics"),
         Fg("첫 물량 ⟦5만⟧ 회분", 50_000, None, "other", "vs-q-first-batch"),
         Fg("약 ⟦340만 유로⟧", 3_400_000, "about", "money", "vs-q-import-cost"))),
    Art("ml10-vaccine-shortage", "ilgiornaledellasalute.example", "2026/11/18/solandria-carenza-vaccino-morbillo",
        "2026-11-18", "it",
        "Solandria, mancano i vaccini contro il morbillo: in arrivo dosi dalla Corea del Sud",
        ("Mancano circa 85mila dosi di vaccino trivalente contro morbillo, parotite e rosolia in Solandria, ha ammesso "
         "il ministero della Salute. Secondo lo stesso ministero, oltre 400 ambulatori pediatrici sono rimasti a "
         "secco.",
         "La ministra Elena Voskresna ha detto che nessun bambino resterà indietro e che ogni vaccinazione rinviata "
         "sarà recuperata. Le prime 50mila dosi delle 200mila ordinate a Daeseong Bio arriveranno entro due "
         "settimane, ha assicurato. Il conto per le casse pubbliche è di 3,4 milioni di euro.",
         "«Il morbillo non aspetta le catene di approvvigionamento», ha avvertito il presidente della Società di "
         "pediatria, Tadeo Arrizabal, secondo cui la carenza era prevedibile già da quest'estate.",
         "Secondo la catena di farmacie FarmaSol, il vaccino è esaurito in una decina dei suoi punti vendita."),
        (St("⟦Mancano circa 85mila dosi di vaccino trivalente contro morbillo, parotite e rosolia in Solandria⟧, ha "
            "ammesso", "Solandria health ministry", "indirect", "vs-u3"),
         St("ministero, ⟦oltre 400 ambulatori pediatrici sono rimasti a secco⟧", "Solandria health ministry",
            "indirect", "vs-u9"),
         St("ha detto che ⟦nessun bambino resterà indietro e che ogni vaccinazione rinviata sarà recuperata⟧",
            "Elena Voskresna", "indirect", "vs-u1"),
         St("⟦Le prime 50mila dosi delle 200mila ordinate a Daeseong Bio arriveranno entro due settimane⟧, ha "
            "assicurato", "Elena Voskresna", "indirect", "vs-u11"),
         St("«⟦Il morbillo non aspetta le catene di approvvigionamento⟧»", "Tadeo Arrizabal", "direct", "vs-u4"),
         St("secondo cui ⟦la carenza era prevedibile già da quest'estate⟧", "Tadeo Arrizabal", "indirect", "vs-u5"),
         St("FarmaSol, ⟦il vaccino è esaurito in una decina dei suoi punti vendita⟧", "FarmaSol", "indirect",
            "vs-u6")),
        (Fg("circa ⟦85mila⟧ dosi", 85_000, "about", "other", "vs-q-doses-missing"),
         Fg("oltre ⟦400⟧ ambulatori", 400, "more than", "other", "vs-q-clinics"),
         Fg("Le prime ⟦50mila⟧ dosi", 50_000, None, "other", "vs-q-first-batch"),
         Fg("delle ⟦200mila⟧ ordinate", 200_000, None, "other", "vs-q-import-doses"),
         Fg("è di ⟦3,4 milioni di euro⟧", 3_400_000, None, "money", "vs-q-import-cost"),
         Fg("una ⟦decina⟧ dei suoi", 10, "about", "other", "vs-q-pharmacies-out"))),
    Art("ml10-vaccine-shortage", "folhadasaude.example", "saude/2026/11/20/vacina-triplice-falta-pediatras",
        "2026-11-20", "pt",
        "Falta de vacina tríplice: pediatras falam em mais de 110 mil doses em falta",
        ("A Sociedade de Pediatria de Solândria estima que faltem já mais de 110 mil doses da vacina tríplice viral, "
         "bem acima do número oficial de cerca de 85 mil da última terça-feira.",
         "Segundo a sociedade, o número de postos de saúde e consultórios sem vacina aproxima-se agora dos 600.",
         "“O sarampo não espera pelas cadeias de abastecimento”, repetiu o presidente da sociedade, o pediatra Tadeo "
         "Arrizabal, que pede ao governo um plano de recuperação das vacinas em atraso.",
         "A ministra da Saúde, Elena Voskresna, garantiu que nenhuma criança ficará para trás. De acordo com o "
         "ministério, as primeiras 50 mil doses encomendadas à sul-coreana Daeseong Bio chegam na próxima semana.",
         "Nas farmácias da rede FarmaSol, a vacina esgotou em cerca de uma dezena de lojas, disse à Folha uma "
         "porta-voz da empresa. Um farmacêutico de Ribamar, que pediu anonimato, relatou que há pais que fazem fila "
         "antes da abertura."),
        (St("estima que ⟦faltem já mais de 110 mil doses da vacina tríplice viral⟧", "Solandria Society of Paediatrics",
            "indirect", "vs-u12"),
         St("sociedade, ⟦o número de postos de saúde e consultórios sem vacina aproxima-se agora dos 600⟧",
            "Solandria Society of Paediatrics", "indirect", "vs-u13"),
         St("“⟦O sarampo não espera pelas cadeias de abastecimento⟧”", "Tadeo Arrizabal", "direct", "vs-u4"),
         St("garantiu que ⟦nenhuma criança ficará para trás⟧", "Elena Voskresna", "indirect", "vs-u1"),
         St("ministério, ⟦as primeiras 50 mil doses encomendadas à sul-coreana Daeseong Bio chegam na próxima "
            "semana⟧", "Solandria health ministry", "indirect", "vs-u11"),
         St("⟦Nas farmácias da rede FarmaSol, a vacina esgotou em cerca de uma dezena de lojas⟧, disse", "FarmaSol",
            "indirect", "vs-u6"),
         St("relatou que ⟦há pais que fazem fila antes da abertura⟧", "Ribamar pharmacist", "indirect", "vs-u14")),
        (Fg("mais de ⟦110 mil⟧ doses", 110_000, "more than", "other", "vs-q-doses-missing"),
         Fg("cerca de ⟦85 mil⟧ da última", 85_000, "about", "other", "vs-q-doses-missing"),
         Fg("agora dos ⟦600⟧", 600, "nearly", "other", "vs-q-clinics"),
         Fg("primeiras ⟦50 mil⟧ doses", 50_000, None, "other", "vs-q-first-batch"),
         Fg("uma ⟦dezena⟧ de lojas", 10, "about", "other", "vs-q-pharmacies-out"))),
    Art("ml10-vaccine-shortage", "mittellandpost.example", "wissen/kinderaerzte-impfstoff-luecke-solandria-2.5521",
        "2026-11-20", "de",
        "Kinderärzte: Impfstoff-Lücke in Solandria größer als gemeldet",
        ("Der Mangel an Masern-Impfstoff in Solandria ist offenbar deutlich größer als von der Regierung angegeben. "
         "Nach Einschätzung der Gesellschaft für Kinderheilkunde fehlen inzwischen mehr als 110.000 Dosen. Zu "
         "Wochenbeginn hatte die offizielle Zahl noch bei rund 85.000 gelegen.",
         "Beinahe 600 Praxen und Impfstellen hätten keine Dosen mehr, teilte die Fachgesellschaft mit. Ihr Präsident "
         "Tadeo Arrizabal forderte ein Nachholprogramm für alle aufgeschobenen Impftermine. Er warnte: „Masern warten "
         "nicht, bis die Lieferketten wieder funktionieren.“",
         "Gesundheitsministerin Jelena Woskresna sagte, kein Kind werde übergangen. Die erste Lieferung des "
         "südkoreanischen Herstellers Daeseong Bio mit 50.000 Dosen treffe kommende Woche ein, erklärte ein "
         "Ministeriumssprecher.",
         "In den Filialen der Apothekenkette FarmaSol bleibt das Präparat Mangelware."),
        (St("Kinderheilkunde ⟦fehlen inzwischen mehr als 110.000 Dosen⟧", "Solandria Society of Paediatrics",
            "indirect", "vs-u12"),
         St("⟦Beinahe 600 Praxen und Impfstellen hätten keine Dosen mehr⟧, teilte", "Solandria Society of Paediatrics",
            "indirect", "vs-u13"),
         St("„⟦Masern warten nicht, bis die Lieferketten wieder funktionieren⟧.“", "Tadeo Arrizabal", "direct",
            "vs-u4"),
         St("sagte, ⟦kein Kind werde übergangen⟧", "Elena Voskresna", "indirect", "vs-u1"),
         St("⟦Die erste Lieferung des südkoreanischen Herstellers Daeseong Bio mit 50.000 Dosen treffe kommende Woche "
            "ein⟧, erklärte", "Solandria health ministry", "indirect", "vs-u11")),
        (Fg("mehr als ⟦110.000⟧ Dosen", 110_000, "more than", "other", "vs-q-doses-missing"),
         Fg("bei rund ⟦85.000⟧ gelegen", 85_000, "about", "other", "vs-q-doses-missing"),
         Fg("Beinahe ⟦600⟧ Praxen", 600, "nearly", "other", "vs-q-clinics"),
         Fg("mit ⟦50.000⟧ Dosen", 50_000, None, "other", "vs-q-first-batch"))),
)

SPEAKER_FORMS_35: dict[str, tuple[str, ...]] = {
    "Dario Kovacin": ("Dario Kovacin", "Kovacin", "Dario Kowatschin", "Kowatschin", "Dario Kovačin", "Kovačin",
                      "Darío Kovačin", "다리오 코바친", "코바친", "다리오 코바친 소방서장", "Einsatzleiter Dario Kowatschin",
                      "commandant des pompiers"),
    "Sofia Lindqvar": ("Sofia Lindqvar", "Lindqvar", "소피아 린드크바르", "린드크바르", "소피아 린드크바르 항만청장",
                       "Hafendirektorin Sofia Lindqvar", "direttrice"),
    "Pavel Jurcik": ("Pavel Jurcik", "Jurcik", "Pawel Jurtschik", "Jurtschik", "Pavel Jurčik", "Jurčik", "Pável Jurčik",
                     "파벨 유르치크", "유르치크", "파벨 유르치크 항만노조 위원장", "Gewerkschaftschef Pawel Jurtschik"),
    "Valdremo fire service": ("Valdremo fire service", "fire service", "소방당국", "현지 소방당국", "soccorritori",
                              "servicio de bomberos", "Feuerwehr", "vigili del fuoco", "secours"),
    "Valdremo Port Authority": ("Valdremo Port Authority", "port authority", "authority", "Hafenbehörde", "항만청",
                                "Autorità portuale", "Autoridad Portuaria", "autorité portuaire"),
    "Valdremo dockworkers' union": ("dockworkers' union", "Hafenarbeitergewerkschaft", "항만노조",
                                    "sindacato dei portuali", "sindicato de estibadores",
                                    "syndicat des dockers"),
    "Hanbada Shipping": ("Hanbada Shipping", "한바다해운", "한바다해운 관계자"),
    "Valdremo harbour office source": ("fonte della capitaneria di porto", "capitaneria di porto", "fonte"),
    "Valdremo investigation source": ("source proche de l'enquête",),
    "Valdremo health authorities": ("autoridades sanitarias", "Valdremo health authorities"),
    "Margit Sallinger": ("Margit Sallinger", "Sallinger", "마르기트 잘링거", "잘링거", "잘링거 장관",
                         "마르기트 잘링거 교통부 장관", "Verkehrsministerin Margit Sallinger", "Ministerin", "ministra",
                         "ministre des Transports"),
    "Aleksei Morozin": ("Aleksei Morozin", "Morozin", "Alexej Morosin", "Morosin", "Alexeï Morozine", "Morozine",
                        "알렉세이 모로진", "모로진", "알렉세이 모로진 수석 교량기술자"),
    "Ingrid Halvorsen": ("Ingrid Halvorsen", "Halvorsen", "잉그리드 할보르센", "할보르센", "잉그리드 할보르센 회장",
                         "Verbandspräsidentin Ingrid Halvorsen"),
    "Aldren National Road Agency": ("Aldren National Road Agency", "National Road Agency", "agency", "Autobahnagentur",
                                    "Agence nationale des routes", "도로청", "Agência Nacional de Estradas", "agência"),
    "Aldren Road Hauliers' Association": ("Road Hauliers' Association", "hauliers' association",
                                          "Verband der Transportunternehmer", "Verband",
                                          "fédération des transporteurs routiers", "화물운송협회",
                                          "associação de transportadores rodoviários"),
    "Aldren transport ministry source": ("ministry official", "Ministeriumskreisen", "Ministeriumskreise"),
    "Hanul Battery": ("Hanul Battery", "한울배터리", "회사 측"),
    "Elena Voskresna": ("Elena Voskresna", "Voskresna", "Jelena Woskresna", "Woskresna", "엘레나 보스크레스나",
                        "보스크레스나", "보스크레스나 장관", "엘레나 보스크레스나 보건장관",
                        "Gesundheitsministerin Jelena Woskresna", "ministra", "ministra da Saúde"),
    "Tadeo Arrizabal": ("Tadeo Arrizabal", "Arrizabal", "타데오 아리사발", "아리사발", "타데오 아리사발 소아과학회장",
                        "doctor Tadeo Arrizabal", "pediatra Tadeo Arrizabal"),
    "Solandria health ministry": ("Solandria health ministry", "Gesundheitsministerium", "Ministerium",
                                  "Ministerio de Sanidad", "Sanidad", "ministero della Salute", "ministero",
                                  "Ministério da Saúde", "ministério", "보건부", "현지 보건부",
                                  "Ministeriumssprecher"),
    "Solandria Society of Paediatrics": ("Sociedad de Pediatría", "Società di pediatria",
                                         "Sociedade de Pediatria de Solândria", "sociedade",
                                         "Gesellschaft für Kinderheilkunde", "Fachgesellschaft", "소아과학회"),
    "FarmaSol": ("FarmaSol", "Apothekenkette FarmaSol", "cadena FarmaSol", "catena di farmacie FarmaSol",
                 "porta-voz da empresa"),
    "Daeseong Bio": ("Daeseong Bio", "대성바이오", "대성바이오 관계자"),
    "Las Acequias pharmacist": ("farmacéutica",),
    "Ribamar pharmacist": ("farmacêutico",),
}
