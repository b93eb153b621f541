"""Dev stories of the multilingual evaluation set (issue 17, ml8-*), imported by tools/build_multilingual.py, which
holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them. Every country, region, town, person, outlet and figure is
invented. Stories here: sheep killed by wolves on a mountain pasture, with compensation claims and a cull permit
(dev); an airport ground-staff strike (dev).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_25: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml8: wolves kill sheep on a pasture (dev)
    Art("ml8-wolf-attacks", "bergpost.example", "tirol-sued/wolf-schrofenalm-1.9120", "2026-08-17", "de",
        "Wolf reißt 46 Schafe auf der Schrofenalm",
        ("Auf der Schrofenalm oberhalb von Tannwies im Karvental hat ein Wolfsrudel in der Nacht auf Montag 46 "
         "Schafe gerissen. Weitere Tiere stürzten auf der Flucht in eine Felsrinne, mehrere werden noch vermisst.",
         "„Wir können unsere Tiere nicht mehr schützen, ganz egal, wie hoch wir die Zäune bauen“, sagte Lorenz "
         "Aichberger, Obmann des Bergbauernverbands Karvental. Seit Mai seien im Tal mehr als 180 Schafe und Ziegen "
         "gerissen worden, rechnete er vor.",
         "Das Landesamt für Wildtiere hat Proben von den Kadavern genommen. Laut Amtsleiterin Mirela Stanek wird das "
         "Ergebnis der Genanalyse in etwa zwei Wochen vorliegen."),
        (St("„⟦Wir können unsere Tiere nicht mehr schützen, ganz egal, wie hoch wir die Zäune bauen⟧“",
            "Lorenz Aichberger", "direct", "wolf8-u1"),
         St("⟦Seit Mai seien im Tal mehr als 180 Schafe und Ziegen gerissen worden⟧, rechnete", "Lorenz Aichberger",
            "indirect", "wolf8-u2"),
         St("Stanek ⟦wird das Ergebnis der Genanalyse in etwa zwei Wochen vorliegen⟧", "Mirela Stanek", "indirect",
            "wolf8-u3")),
        (Fg("Montag ⟦46⟧ Schafe", 46, None, "other", "wolf8-q-sheep"),
         Fg("mehr als ⟦180⟧ Schafe", 180, "more than", "other", "wolf8-q-season"))),
    Art("ml8-wolf-attacks", "hanmaeumnews.example", "news/articleView.html?idxno=310457", "2026-08-18", "ko",
        "카르펜탈 고산 목초지서 늑대 습격…양 50여 마리 폐사",
        ("알프스 산악지대 카르펜탈의 한 고산 목초지에서 늑대 무리가 양 떼를 습격해 50여 마리가 죽었다. 올해 5월 "
         "이후 이 지역에서 늑대에게 희생된 양과 염소는 180마리가 넘는다.",
         "로렌츠 아이히베르거 카르펜탈 산악농민연합 회장은 “울타리를 아무리 높이 쳐도 이제는 가축을 지킬 수 "
         "없다”고 말했다. 그는 피해 농가들이 지금까지 64건의 보상을 신청했다고 덧붙였다.",
         "주 야생동물청은 사체에서 채취한 시료를 분석하고 있다. 미렐라 스타네크 야생동물청장에 따르면 유전자 분석 "
         "결과는 약 2주 뒤에 나온다."),
        (St("“⟦울타리를 아무리 높이 쳐도 이제는 가축을 지킬 수 없다⟧”", "Lorenz Aichberger", "direct", "wolf8-u1"),
         St("그는 ⟦피해 농가들이 지금까지 64건의 보상을 신청했다⟧고", "Lorenz Aichberger", "indirect", "wolf8-u4"),
         St("따르면 ⟦유전자 분석 결과는 약 2주 뒤에 나온다⟧", "Mirela Stanek", "indirect", "wolf8-u3")),
        (Fg("습격해 ⟦50여⟧ 마리가", 50, "more than", "other", "wolf8-q-sheep"),
         Fg("염소는 ⟦180⟧마리가 넘는다", 180, "more than", "other", "wolf8-q-season"),
         Fg("지금까지 ⟦64⟧건의", 64, None, "other", "wolf8-q-claims"))),
    Art("ml8-wolf-attacks", "ilcorrieredellevalli.example", "cronaca/karvental-lupo-pecore-alpeggio", "2026-08-18",
        "it",
        "Karvental, strage di pecore all'alpeggio: il lupo torna a colpire",
        ("Sono 52 le pecore sbranate nella notte tra domenica e lunedì sull'alpeggio di Schrofen, sopra il paese di "
         "Tannwies, nel Karvental. Il primo conteggio parlava di 46 capi, ma i pastori ne hanno ritrovati altri sei "
         "in fondo a un canalone.",
         "«Non riusciamo più a proteggere i nostri animali, per quanto alti costruiamo i recinti», ha detto Lorenz "
         "Aichberger, presidente dell'associazione dei contadini di montagna. Secondo lui, dall'inizio della "
         "stagione in valle sono stati uccisi oltre 180 capi tra pecore e capre.",
         "Un pastore, che ha chiesto di restare anonimo, ha raccontato che la recinzione elettrica era fuori uso da "
         "giorni per un guasto alla batteria. L'ufficio regionale per la fauna selvatica ha fatto sapere che le "
         "analisi genetiche richiederanno circa due settimane."),
        (St("«⟦Non riusciamo più a proteggere i nostri animali, per quanto alti costruiamo i recinti⟧»",
            "Lorenz Aichberger", "direct", "wolf8-u1"),
         St("Secondo lui, ⟦dall'inizio della stagione in valle sono stati uccisi oltre 180 capi tra pecore e capre⟧",
            "Lorenz Aichberger", "indirect", "wolf8-u2"),
         St("raccontato che ⟦la recinzione elettrica era fuori uso da giorni per un guasto alla batteria⟧",
            "Schrofen herder (anonymous)", "indirect", "wolf8-u5"),
         St("sapere che ⟦le analisi genetiche richiederanno circa due settimane⟧", "Karvental wildlife office",
            "indirect", "wolf8-u3")),
        (Fg("Sono ⟦52⟧ le pecore", 52, None, "other", "wolf8-q-sheep"),
         Fg("parlava di ⟦46⟧ capi", 46, None, "other", "wolf8-q-sheep"),
         Fg("oltre ⟦180⟧ capi", 180, "more than", "other", "wolf8-q-season"))),
    Art("ml8-wolf-attacks", "lechodesalpes.example", "regions/karvental-loup-autorisation-de-tir", "2026-08-19",
        "fr",
        "Loup dans le Karvental : la ministre autorise l'abattage de deux animaux",
        ("La ministre de l'Environnement, Renata Vollmer, a signé mardi une autorisation de tir visant deux loups "
         "de la meute du Karvental, après la mort d'une cinquantaine de brebis sur un alpage au-dessus de Tannwies.",
         f"«{NB}Celui qui protège son troupeau et perd malgré tout des bêtes sera indemnisé, sans délai{NB}», "
         f"a-t-elle promis devant la presse à Tannwies. Selon le ministère, 212{NB}000 euros ont déjà été versés aux "
         "éleveurs depuis le printemps.",
         "D'après Lorenz Aichberger, le président de l'union des paysans de montagne, les éleveurs ont déposé une "
         f"soixantaine de demandes d'indemnisation. Il juge la mesure «{NB}bien trop tardive{NB}».",
         "La directrice de l'office régional de la faune, Mirela Stanek, rappelle que les chiens de protection "
         f"restent «{NB}le moyen le plus efficace{NB}» contre les attaques."),
        (St(f"«{NB}⟦Celui qui protège son troupeau et perd malgré tout des bêtes sera indemnisé, sans délai⟧{NB}»",
            "Renata Vollmer", "direct", "wolf8-u6"),
         St(f"Selon le ministère, ⟦212{NB}000 euros ont déjà été versés aux éleveurs depuis le printemps⟧",
            "Karvental environment ministry", "indirect", "wolf8-u7"),
         St("montagne, ⟦les éleveurs ont déposé une soixantaine de demandes d'indemnisation⟧", "Lorenz Aichberger",
            "indirect", "wolf8-u4"),
         St(f"juge ⟦la mesure «{NB}bien trop tardive{NB}»⟧", "Lorenz Aichberger", "partial", "wolf8-u8"),
         St(f"rappelle que ⟦les chiens de protection restent «{NB}le moyen le plus efficace{NB}» contre les "
            "attaques⟧", "Mirela Stanek", "partial", "wolf8-u9")),
        (Fg("visant ⟦deux⟧ loups", 2, None, "other", "wolf8-q-cull"),
         Fg("mort d'⟦une cinquantaine⟧ de brebis", 50, "about", "other", "wolf8-q-sheep"),
         Fg(f"ministère, ⟦212{NB}000 euros⟧", 212_000, None, "money", "wolf8-q-paid"),
         Fg("déposé ⟦une soixantaine⟧ de demandes", 60, "about", "other", "wolf8-q-claims"))),
    Art("ml8-wolf-attacks", "mountainherald.example", "news/2026/08/19/karvental-wolf-cull-approved", "2026-08-19",
        "en",
        "Minister approves cull of two wolves after sheep massacre in Karvental",
        ("Environment Minister Renata Vollmer has approved the shooting of two wolves after a pack killed 52 sheep "
         "in a single night on a high pasture above the village of Tannwies. According to the regional farmers' "
         "union, more than 180 sheep and goats have been lost to wolves in the valley since May.",
         '"Anyone who protects their flock and still loses animals will be compensated, without delay," Vollmer '
         "said. She added that the permit would expire at the end of September.",
         "Mirela Stanek, who heads the regional wildlife office, said genetic tests on the carcasses would take "
         "about two weeks. The office estimates that between 12 and 15 wolves roam the Karvental.",
         "Lorenz Aichberger, who chairs the farmers' union, called the decision \"far too late\"."),
        (St("union, ⟦more than 180 sheep and goats have been lost to wolves in the valley since May⟧",
            "Bergbauernverband Karvental", "indirect", "wolf8-u2"),
         St('"⟦Anyone who protects their flock and still loses animals will be compensated, without delay⟧,"',
            "Renata Vollmer", "direct", "wolf8-u6"),
         St("She added that ⟦the permit would expire at the end of September⟧", "Renata Vollmer", "indirect",
            "wolf8-u10"),
         St("said ⟦genetic tests on the carcasses would take about two weeks⟧", "Mirela Stanek", "indirect",
            "wolf8-u3"),
         St("estimates that ⟦between 12 and 15 wolves roam the Karvental⟧", "Karvental wildlife office", "indirect",
            "wolf8-u11"),
         St('called ⟦the decision "far too late"⟧', "Lorenz Aichberger", "partial", "wolf8-u8")),
        (Fg("shooting of ⟦two⟧ wolves", 2, None, "other", "wolf8-q-cull"),
         Fg("pack killed ⟦52⟧ sheep", 52, None, "other", "wolf8-q-sheep"),
         Fg("more than ⟦180⟧ sheep", 180, "more than", "other", "wolf8-q-season"),
         Fg("between ⟦12 and 15⟧ wolves", 13.5, None, "other", "wolf8-q-pack", low=12, high=15))),
    Art("ml8-wolf-attacks", "talbote.example", "karvental/abschuss-zwei-woelfe-genehmigt", "2026-08-20", "de",
        "Abschuss von zwei Wölfen genehmigt – Bauern: „Viel zu spät“",
        ("Nach dem Angriff auf der Schrofenalm, bei dem 52 Schafe getötet wurden, hat Umweltministerin Renata "
         "Vollmer den Abschuss von zwei Wölfen genehmigt. Die Genehmigung gilt bis Ende September, teilte das "
         "Ministerium mit.",
         "„Wer seine Herde schützt und trotzdem Tiere verliert, wird entschädigt, und zwar sofort“, versprach "
         "Vollmer. Bislang seien mehr als 200.000 Euro an die Halter ausgezahlt worden.",
         "Bauernobmann Aichberger hält die Entscheidung für „viel zu spät“. Nach Angaben seines Verbands sind rund "
         "60 Anträge auf Entschädigung eingegangen, die meisten davon noch nicht bearbeitet.",
         "Das Landesamt für Wildtiere schätzt den Bestand im Karvental auf zwölf bis 15 Tiere."),
        (St("⟦Die Genehmigung gilt bis Ende September⟧, teilte", "Karvental environment ministry", "indirect",
            "wolf8-u10"),
         St("„⟦Wer seine Herde schützt und trotzdem Tiere verliert, wird entschädigt, und zwar sofort⟧“",
            "Renata Vollmer", "direct", "wolf8-u6"),
         St("⟦Bislang seien mehr als 200.000 Euro an die Halter ausgezahlt worden⟧", "Renata Vollmer", "indirect",
            "wolf8-u7"),
         St("hält ⟦die Entscheidung für „viel zu spät“⟧", "Lorenz Aichberger", "partial", "wolf8-u8"),
         St("Verbands ⟦sind rund 60 Anträge auf Entschädigung eingegangen, die meisten davon noch nicht "
            "bearbeitet⟧", "Bergbauernverband Karvental", "indirect", "wolf8-u4"),
         St("schätzt ⟦den Bestand im Karvental auf zwölf bis 15 Tiere⟧", "Karvental wildlife office", "indirect",
            "wolf8-u11")),
        (Fg("bei dem ⟦52⟧ Schafe", 52, None, "other", "wolf8-q-sheep"),
         Fg("von ⟦zwei⟧ Wölfen", 2, None, "other", "wolf8-q-cull"),
         Fg("mehr als ⟦200.000 Euro⟧", 200_000, "more than", "money", "wolf8-q-paid"),
         Fg("rund ⟦60⟧ Anträge", 60, "about", "other", "wolf8-q-claims"),
         Fg("auf ⟦zwölf bis 15⟧ Tiere", 13.5, None, "other", "wolf8-q-pack", low=12, high=15))),
    # ---------------------------------------------------------------- ml8: airport ground-staff strike (dev)
    Art("ml8-strike-airport", "elheraldodealcebra.example", "economia/2026/10/15/huelga-personal-tierra-aeropuerto",
        "2026-10-15", "es",
        "La huelga del personal de tierra paraliza el aeropuerto de Alcebra",
        ("La huelga de 48 horas del personal de tierra dejó este jueves el aeropuerto internacional de Alcebra "
         "prácticamente paralizado: 214 vuelos fueron cancelados y unos 38.000 pasajeros se vieron afectados, según "
         "los datos de Aerovía Gestión, la empresa que opera la terminal.",
         "«No vamos a seguir cargando maletas con sueldos de hace diez años», dijo a las puertas de la terminal "
         "Damián Ortuño, secretario general del Sindicato de Trabajadores de Tierra (STT). Ortuño aseguró que, si "
         "la empresa no mejora su oferta, el paro se extenderá a toda la semana próxima.",
         "Fuentes de la compañía cifran las pérdidas en unos 4,5 millones de euros por cada jornada de huelga. El "
         "ministro de Transportes, Esteban Larraín, anunció que convocará a ambas partes a una mediación el lunes."),
        (St("paralizado: ⟦214 vuelos fueron cancelados y unos 38.000 pasajeros se vieron afectados⟧, según",
            "Aerovía Gestión", "indirect", "strike8-u9"),
         St("«⟦No vamos a seguir cargando maletas con sueldos de hace diez años⟧»", "Damián Ortuño", "direct",
            "strike8-u1"),
         St("aseguró que, ⟦si la empresa no mejora su oferta, el paro se extenderá a toda la semana próxima⟧",
            "Damián Ortuño", "indirect", "strike8-u2"),
         St("cifran ⟦las pérdidas en unos 4,5 millones de euros por cada jornada de huelga⟧", "Aerovía Gestión",
            "indirect", "strike8-u4"),
         St("anunció que ⟦convocará a ambas partes a una mediación el lunes⟧", "Esteban Larraín", "indirect",
            "strike8-u7")),
        (Fg("paralizado: ⟦214⟧ vuelos", 214, None, "other", "strike8-q-cancelled-day1"),
         Fg("unos ⟦38.000⟧ pasajeros", 38_000, "about", "other", "strike8-q-passengers-day1"),
         Fg("unos ⟦4,5 millones de euros⟧", 4_500_000, "about", "money", "strike8-q-loss-daily"))),
    Art("ml8-strike-airport", "folhadaserra.example", "mundo/2026/10/16/greve-aeroporto-alcebra", "2026-10-16", "pt",
        "Greve no aeroporto de Alcebra deixa milhares de passageiros em terra",
        ("Mais de 200 voos foram cancelados na quinta-feira no aeroporto de Alcebra, devido à greve dos "
         "trabalhadores de terra, que se prolonga até sexta-feira. Entre os afetados estão cerca de 1.500 "
         "passageiros com destino a Lisboa e ao Porto.",
         "Segundo o sindicalista Damián Ortuño, os trabalhadores não vão “continuar a carregar malas com salários de "
         "há dez anos”. A empresa gestora, a Aerovía Gestión, afirmou em comunicado que apresentou “a melhor "
         "proposta dos últimos quinze anos”.",
         "O ministro dos Transportes, Esteban Larraín, disse que nenhuma reivindicação justifica deixar “milhares de "
         "famílias abandonadas num terminal”. De acordo com uma fonte próxima das negociações, a empresa está "
         "disposta a rever a proposta salarial antes de segunda-feira."),
        (St("Ortuño, ⟦os trabalhadores não vão “continuar a carregar malas com salários de há dez anos”⟧",
            "Damián Ortuño", "partial", "strike8-u1"),
         St("comunicado que ⟦apresentou “a melhor proposta dos últimos quinze anos”⟧", "Aerovía Gestión", "partial",
            "strike8-u5"),
         St("disse que ⟦nenhuma reivindicação justifica deixar “milhares de famílias abandonadas num terminal”⟧",
            "Esteban Larraín", "partial", "strike8-u6"),
         St("negociações, ⟦a empresa está disposta a rever a proposta salarial antes de segunda-feira⟧",
            "Alcebra negotiation source (anonymous)", "indirect", "strike8-u8")),
        (Fg("Mais de ⟦200⟧ voos", 200, "more than", "other", "strike8-q-cancelled-day1"),
         Fg("cerca de ⟦1.500⟧ passageiros", 1500, "about", "other", "strike8-q-passengers-portugal"))),
    Art("ml8-strike-airport", "hanbaramnews.example", "news/articleView.html?idxno=402218", "2026-10-16", "ko",
        "알세브라 공항 지상직 파업에 항공편 200여 편 결항…한국인 여행객 발 묶여",
        ("알세브라 국제공항의 지상조업 노동자 2천300여 명이 48시간 파업에 들어가면서 15일 하루에만 항공편 200여 편이 "
         "결항했다. 공항 운영사인 아에로비아 헤스티온에 따르면 첫날 발이 묶인 승객은 3만8천여 명에 이른다.",
         "주알세브라 한국총영사관은 한국인 단체 관광객 약 300명이 귀국 항공편을 기다리고 있다고 밝혔다.",
         "다미안 오르투뇨 지상직노조 위원장은 “10년 전 임금으로 계속 짐을 나를 수는 없다”며 회사가 제안을 개선하지 "
         "않으면 파업을 다음 주 내내 이어가겠다고 경고했다.",
         "카를라 메네세스 운영사 대변인은 “지난 15년 중 가장 좋은 조건을 제시했다”고 반박했다. 에스테반 라라인 "
         "교통부 장관은 19일 양측을 불러 중재에 나설 예정이다."),
        (St("따르면 ⟦첫날 발이 묶인 승객은 3만8천여 명에 이른다⟧", "Aerovía Gestión", "indirect", "strike8-u9"),
         St("한국총영사관은 ⟦한국인 단체 관광객 약 300명이 귀국 항공편을 기다리고 있다⟧고",
            "Korean consulate in Alcebra", "indirect", "strike8-u10"),
         St("“⟦10년 전 임금으로 계속 짐을 나를 수는 없다⟧”", "Damián Ortuño", "direct", "strike8-u1"),
         St("”며 ⟦회사가 제안을 개선하지 않으면 파업을 다음 주 내내 이어가겠다⟧고", "Damián Ortuño", "indirect",
            "strike8-u2"),
         St("“⟦지난 15년 중 가장 좋은 조건을 제시했다⟧”", "Carla Meneses", "direct", "strike8-u5")),
        (Fg("노동자 ⟦2천300여⟧ 명", 2300, "more than", "other", "strike8-q-strikers"),
         Fg("항공편 ⟦200여⟧ 편이", 200, "more than", "other", "strike8-q-cancelled-day1"),
         Fg("승객은 ⟦3만8천여⟧ 명", 38_000, "more than", "other", "strike8-q-passengers-day1"),
         Fg("관광객 약 ⟦300⟧명", 300, "about", "other", "strike8-q-korean-tourists"))),
    Art("ml8-strike-airport", "rheinmaintagblatt.example", "wirtschaft/streik-flughafen-alcebra-1.77342",
        "2026-10-16", "de",
        "Streik am Flughafen Alcebra: Hunderte Flüge gestrichen",
        ("Der Streik des Bodenpersonals hat den Flughafen von Alcebra auch am zweiten Tag lahmgelegt. Rund 2.300 "
         "Beschäftigte – Gepäckabfertiger, Check-in-Personal und Vorfeldmitarbeiter – legten die Arbeit nieder. Nach "
         "Angaben des Betreibers Aerovía Gestión wurden seit Donnerstag insgesamt 431 Flüge gestrichen, mehr als "
         "70.000 Reisende saßen fest. Betroffen waren auch Verbindungen nach Frankfurt und München.",
         "„Wir werden nicht länger Koffer für Löhne von vor zehn Jahren schleppen“, sagte Gewerkschaftschef Damián "
         "Ortuño. Er drohte, den Ausstand auf die gesamte kommende Woche auszuweiten, falls der Betreiber nicht "
         "nachbessere.",
         "Der Betreiber beziffert seinen Schaden auf rund neun Millionen Euro. Verkehrsminister Esteban Larraín hat "
         "beide Seiten für Montag zu Schlichtungsgesprächen geladen. „Kein Anliegen rechtfertigt es, Tausende "
         "Familien in einem Terminal sitzen zu lassen“, sagte der Minister."),
        (St("Gestión ⟦wurden seit Donnerstag insgesamt 431 Flüge gestrichen, mehr als 70.000 Reisende saßen fest⟧",
            "Aerovía Gestión", "indirect", "strike8-u11"),
         St("„⟦Wir werden nicht länger Koffer für Löhne von vor zehn Jahren schleppen⟧“", "Damián Ortuño", "direct",
            "strike8-u1"),
         St("Er drohte, ⟦den Ausstand auf die gesamte kommende Woche auszuweiten, falls der Betreiber nicht "
            "nachbessere⟧", "Damián Ortuño", "indirect", "strike8-u2"),
         St("beziffert ⟦seinen Schaden auf rund neun Millionen Euro⟧", "Aerovía Gestión", "indirect", "strike8-u12"),
         St("„⟦Kein Anliegen rechtfertigt es, Tausende Familien in einem Terminal sitzen zu lassen⟧“",
            "Esteban Larraín", "direct", "strike8-u6")),
        (Fg("Rund ⟦2.300⟧ Beschäftigte", 2300, "about", "other", "strike8-q-strikers"),
         Fg("insgesamt ⟦431⟧ Flüge", 431, None, "other", "strike8-q-cancelled-total"),
         Fg("mehr als ⟦70.000⟧ Reisende", 70_000, "more than", "other", "strike8-q-passengers-total"),
         Fg("rund ⟦neun Millionen Euro⟧", 9_000_000, "about", "money", "strike8-q-loss-total"))),
    Art("ml8-strike-airport", "lesnouvellesdelaube.example", "monde/alcebra-greve-personnel-au-sol-deuxieme-jour",
        "2026-10-16", "fr",
        "Alcebra : deuxième journée de grève au sol, les vols annulés se comptent par centaines",
        ("Plus de 200 vols ont encore été annulés vendredi à l'aéroport d'Alcebra, au deuxième jour de la grève du "
         "personnel au sol. Selon l'exploitant, Aerovía Gestión, près de 430 vols ont été supprimés depuis jeudi et "
         f"quelque 70{NB}000 voyageurs ont vu leur trajet perturbé.",
         f"«{NB}Nous ne porterons plus des valises pour des salaires d'il y a dix ans{NB}», a lancé Damián Ortuño, "
         "le secrétaire général du syndicat du personnel au sol. D'après lui, aucun agent de piste ne s'est présenté "
         "au travail depuis jeudi matin.",
         "Le ministre des Transports, Esteban Larraín, a convoqué les deux parties lundi pour une médiation. Il "
         f"estime qu'aucune revendication ne justifie de laisser «{NB}des milliers de familles bloquées dans un "
         f"terminal{NB}». La direction chiffre ses pertes à environ 4,5 millions d'euros par jour de grève."),
        (St(f"Gestión, ⟦près de 430 vols ont été supprimés depuis jeudi et quelque 70{NB}000 voyageurs ont vu leur "
            "trajet perturbé⟧", "Aerovía Gestión", "indirect", "strike8-u11"),
         St(f"«{NB}⟦Nous ne porterons plus des valises pour des salaires d'il y a dix ans⟧{NB}»", "Damián Ortuño",
            "direct", "strike8-u1"),
         St("D'après lui, ⟦aucun agent de piste ne s'est présenté au travail depuis jeudi matin⟧", "Damián Ortuño",
            "indirect", "strike8-u3"),
         St(f"estime qu'⟦aucune revendication ne justifie de laisser «{NB}des milliers de familles bloquées dans un "
            f"terminal{NB}»⟧", "Esteban Larraín", "partial", "strike8-u6"),
         St("chiffre ⟦ses pertes à environ 4,5 millions d'euros par jour de grève⟧", "Aerovía Gestión", "indirect",
            "strike8-u4")),
        (Fg("Plus de ⟦200⟧ vols", 200, "more than", "other", "strike8-q-cancelled-day2"),
         Fg("près de ⟦430⟧ vols", 430, "nearly", "other", "strike8-q-cancelled-total"),
         Fg(f"quelque ⟦70{NB}000⟧ voyageurs", 70_000, "about", "other", "strike8-q-passengers-total"),
         Fg("environ ⟦4,5 millions d'euros⟧", 4_500_000, "about", "money", "strike8-q-loss-daily"))),
    Art("ml8-strike-airport", "skylinepost.example", "business/2026/10/17/alcebra-airport-strike-ends",
        "2026-10-17", "en",
        "Alcebra airport strike ends with more than 400 flights lost",
        ("Flights at Alcebra International Airport were returning to normal on Saturday after a two-day walkout by "
         "ground staff that forced the cancellation of more than 400 flights and disrupted the journeys of some "
         "70,000 passengers.",
         "Airport operator Aerovía Gestión put its losses at €9.2 million. The union said the figure had been "
         '"inflated to turn travellers against us". Spokeswoman Carla Meneses said the company had tabled "the best '
         'offer in fifteen years".',
         "Transport Minister Esteban Larraín will chair talks between the two sides on Monday. \"No grievance "
         'justifies leaving thousands of families stranded in a terminal," he said on Friday. Union leader Damián '
         "Ortuño said his members would walk out again for a full week if the offer was not improved.",
         "A baggage handler who did not want to be named said staff had not been offered a pay rise since 2016."),
        (St("put ⟦its losses at €9.2 million⟧", "Aerovía Gestión", "indirect", "strike8-u12"),
         St('said ⟦the figure had been "inflated to turn travellers against us"⟧', "Sindicato de Trabajadores de Tierra",
            "partial", "strike8-u13"),
         St('said ⟦the company had tabled "the best offer in fifteen years"⟧', "Carla Meneses", "partial",
            "strike8-u5"),
         St('"⟦No grievance justifies leaving thousands of families stranded in a terminal⟧,"', "Esteban Larraín",
            "direct", "strike8-u6"),
         St("said ⟦his members would walk out again for a full week if the offer was not improved⟧", "Damián Ortuño",
            "indirect", "strike8-u2"),
         St("named said ⟦staff had not been offered a pay rise since 2016⟧", "Alcebra baggage handler (anonymous)",
            "indirect", "strike8-u14")),
        (Fg("more than ⟦400⟧ flights", 400, "more than", "other", "strike8-q-cancelled-total"),
         Fg("some ⟦70,000⟧ passengers", 70_000, "about", "other", "strike8-q-passengers-total"),
         Fg("at ⟦€9.2 million⟧", 9_200_000, None, "money", "strike8-q-loss-total"))),
)

SPEAKER_FORMS_25: dict[str, tuple[str, ...]] = {
    "Lorenz Aichberger": ("Lorenz Aichberger", "Aichberger", "Bauernobmann Aichberger", "로렌츠 아이히베르거",
                          "아이히베르거", "로렌츠 아이히베르거 카르펜탈 산악농민연합 회장"),
    "Mirela Stanek": ("Mirela Stanek", "Stanek", "Amtsleiterin Mirela Stanek", "미렐라 스타네크", "스타네크",
                      "미렐라 스타네크 야생동물청장"),
    "Renata Vollmer": ("Renata Vollmer", "Vollmer", "Umweltministerin Renata Vollmer",
                       "Environment Minister Renata Vollmer", "ministre de l'Environnement"),
    "Karvental wildlife office": ("Landesamt für Wildtiere", "Das Landesamt für Wildtiere",
                                  "ufficio regionale per la fauna selvatica", "wildlife office", "office",
                                  "The office", "야생동물청"),
    "Karvental environment ministry": ("Ministerium", "das Ministerium", "ministère", "le ministère",
                                       "environment ministry"),
    "Bergbauernverband Karvental": ("Bergbauernverband Karvental", "Verband", "seines Verbands", "farmers' union",
                                    "regional farmers' union", "산악농민연합"),
    "Schrofen herder (anonymous)": ("pastore", "Un pastore", "herder"),
    "Damián Ortuño": ("Damián Ortuño", "Damian Ortuno", "Ortuño", "다미안 오르투뇨", "오르투뇨",
                      "다미안 오르투뇨 지상직노조 위원장", "Gewerkschaftschef Damián Ortuño", "sindicalista Damián Ortuño",
                      "Union leader Damián Ortuño"),
    "Carla Meneses": ("Carla Meneses", "Meneses", "카를라 메네세스", "카를라 메네세스 운영사 대변인",
                      "Spokeswoman Carla Meneses"),
    "Esteban Larraín": ("Esteban Larraín", "Esteban Larrain", "Larraín", "에스테반 라라인",
                        "에스테반 라라인 교통부 장관", "Verkehrsminister Esteban Larraín",
                        "Transport Minister Esteban Larraín", "ministre des Transports", "ministro dos Transportes",
                        "ministro de Transportes", "der Minister"),
    "Aerovía Gestión": ("Aerovía Gestión", "Aerovia Gestion", "아에로비아 헤스티온", "운영사", "Betreiber",
                        "Der Betreiber", "exploitant", "l'exploitant", "direction", "La direction", "empresa gestora",
                        "Fuentes de la compañía", "compañía", "operator", "Airport operator Aerovía Gestión"),
    "Sindicato de Trabajadores de Tierra": ("Sindicato de Trabajadores de Tierra", "STT", "union", "The union",
                                            "지상직노조"),
    "Korean consulate in Alcebra": ("주알세브라 한국총영사관", "한국총영사관", "총영사관"),
    "Alcebra negotiation source (anonymous)": ("fonte próxima das negociações", "uma fonte próxima das negociações"),
    "Alcebra baggage handler (anonymous)": ("baggage handler", "A baggage handler"),
}
