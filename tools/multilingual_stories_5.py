"""Stories of the second held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Story here (test, listed in TEST_STORIES there): a coach carrying South Korean and German tourists falls into a
ravine below an Alpine pass (ml3-bus); the dead and injured by nationality are counted differently by the local
traffic police, the two countries' diplomats and the tour operator, and the toll is revised over a day.

Annotation choices beyond the protocol: one victim held both passports, so the South Korean embassy counts six South
Korean dead where the police count five; each body's count is the same quantity (South Korean dead, German dead) with
its own value. The police's nationality breakdown of one morning and of the next evening are different utterances
(a toll announced anew), the police commander's account of the skid and the police's unnamed rendering of it one
utterance. Counts that are not about the crash's victims, passengers, rescuers or the road's funding (ages, metres,
years, the tour's length) are not annotated. A sentence giving a count without a speech cue ("eleva a seis") is no
statement, though its figure is annotated.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_5: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: a coach crash on an Alpine pass (TEST)
    Art("ml3-bus", "lecodellevalli.example", "cronaca/2026/11/24/pullman-turisti-precipita-passo-valdorsa",
        "2026-11-24", "it",
        "Pullman di turisti precipita dal Passo di Valdorsa: almeno sette morti",
        ("Almeno sette persone sono morte e una trentina sono rimaste ferite, sei delle quali in modo grave, quando "
         "un pullman con a bordo 46 persone, in gran parte turisti sudcoreani e tedeschi, è uscito di strada nel "
         "tardo pomeriggio di martedì su un tornante della provinciale del Passo di Valdorsa, precipitando per una "
         "sessantina di metri in un burrone.",
         "Secondo la Polizia stradale di Val Codrana, tra le vittime ci sono quattro cittadini sudcoreani e tre "
         "tedeschi. «Il mezzo ha sbandato su una lastra di ghiaccio e ha sfondato il guardrail», ha spiegato la "
         "comandante Loredana Ferri, che ha coordinato i soccorsi. Sul posto hanno lavorato fino a tarda sera oltre "
         "80 tra vigili del fuoco, tecnici del soccorso alpino e sanitari.",
         "«È una tragedia che colpisce tre Paesi e tre comunità», ha detto il prefetto di Val Codrana, Raffaele "
         "Sartori, arrivato a Lurate in serata. Il prefetto ha aggiunto che la strada resterà chiusa almeno fino a "
         "giovedì.",
         "Alla guida c'era un autista di 52 anni della ditta Autolinee Valdorsa, ricoverato con diverse fratture "
         "all'ospedale San Bernardo di Lurate. «Conosce quella strada come le sue tasche, la percorre da vent'anni», "
         "ha detto il titolare dell'azienda, Renato Carobbi. Secondo Carobbi, il pullman era stato revisionato a "
         "ottobre.",
         "Non è la prima volta che il tornante finisce sotto accusa: nel 2024 la Provincia aveva stanziato 1,2 "
         "milioni di euro per mettere in sicurezza il tratto, ma i lavori non sono mai partiti. La Procura di Val "
         "Codrana ha aperto un fascicolo per omicidio stradale plurimo."),
        (St("Codrana, ⟦tra le vittime ci sono quattro cittadini sudcoreani e tre tedeschi⟧", "Val Codrana traffic police",
            "indirect", "bus-u1"),
         St("«⟦Il mezzo ha sbandato su una lastra di ghiaccio e ha sfondato il guardrail⟧»", "Loredana Ferri",
            "direct", "bus-u2"),
         St("«⟦È una tragedia che colpisce tre Paesi e tre comunità⟧»", "Raffaele Sartori", "direct", "bus-u3"),
         St("aggiunto che ⟦la strada resterà chiusa almeno fino a giovedì⟧", "Raffaele Sartori", "indirect",
            "bus-u4"),
         St("«⟦Conosce quella strada come le sue tasche, la percorre da vent'anni⟧»", "Renato Carobbi", "direct",
            "bus-u5"),
         St("Secondo Carobbi, ⟦il pullman era stato revisionato a ottobre⟧", "Renato Carobbi", "indirect", "bus-u6")),
        (Fg("Almeno ⟦sette⟧ persone", 7, "at least", "killed", "bus-q-killed"),
         Fg("e ⟦una trentina⟧ sono", 30, "about", "wounded", "bus-q-wounded"),
         Fg("⟦sei⟧ delle quali", 6, None, "wounded", "bus-q-serious"),
         Fg("a bordo ⟦46⟧ persone", 46, None, "other", "bus-q-onboard"),
         Fg("ci sono ⟦quattro⟧ cittadini", 4, None, "killed", "bus-q-korean-killed"),
         Fg("e ⟦tre⟧ tedeschi", 3, None, "killed", "bus-q-german-killed"),
         Fg("oltre ⟦80⟧ tra", 80, "more than", "other", "bus-q-rescuers"),
         Fg("stanziato ⟦1,2 milioni di euro⟧", 1_200_000, None, "money", "bus-q-roadworks"))),
    Art("ml3-bus", "hanbitilbo.example", "news/articleView.html?idxno=97214", "2026-11-25", "ko",
        "이탈리아 알프스서 관광버스 추락…한국인 6명 사망",
        ("이탈리아 북부 발코드라나 지역의 산악도로에서 24일 오후(현지시간) 한국인과 독일인 관광객을 태운 버스가 "
         "급커브를 돌다 60m 아래 협곡으로 추락했다. 현지 경찰은 이 사고로 최소 8명이 숨지고 30여 명이 다쳤다고 "
         "밝혔다.",
         "주이탈리아 한국대사관에 따르면 버스에는 한국인 관광객 27명이 타고 있었으며, 이 가운데 6명이 숨지고 "
         "19명이 부상을 입어 인근 병원 세 곳으로 옮겨졌다. 전유나 외교부 대변인은 25일 정례 브리핑에서 "
         "“신속대응팀을 현지에 급파했으며, 부상자들이 최선의 치료를 받을 수 있도록 모든 지원을 다하겠다”고 "
         "말했다. 그는 한국인 사망자 가운데 1명은 독일 국적을 함께 가진 복수국적자라고 덧붙였다.",
         "사고 버스에 타고 있던 김혜린(34) 씨는 병원에서 본지와의 통화에서 “커브를 도는 순간 버스가 미끄러지더니 "
         "사람들이 한꺼번에 비명을 질렀다”며 “정신을 차려 보니 창문 밖으로 나무만 보였다”고 말했다.",
         "여행 상품을 판매한 독일 여행사 베르크팔케 라이젠의 토비아스 벤들링거 대표는 “깊은 충격에 빠져 있다”며 "
         "승객 가족들의 현지 방문 비용을 회사가 부담하겠다고 밝혔다. 버스 운행사 아우톨리네에 발도르사의 레나토 "
         "카로비 대표는 운전기사가 20년 동안 이 도로를 운행해 온 베테랑이라고 말했다.",
         "현지 경찰에 따르면 버스는 빙판으로 변한 급커브에서 미끄러지며 가드레일을 뚫고 떨어졌다. 현장에는 "
         "구조대원 80여 명이 투입됐다. 발코드라나 지방정부는 2024년 이 구간의 안전시설 보강에 120만 유로를 "
         "배정했지만 공사는 아직 시작되지 않았다."),
        (St("경찰은 ⟦이 사고로 최소 8명이 숨지고 30여 명이 다쳤다⟧고", "Val Codrana traffic police", "indirect",
            "bus-u7"),
         St("따르면 ⟦버스에는 한국인 관광객 27명이 타고 있었으며, 이 가운데 6명이 숨지고 19명이 부상을 입어 인근 "
            "병원 세 곳으로 옮겨졌다⟧", "South Korean embassy in Italy", "indirect", "bus-u8"),
         St("“⟦신속대응팀을 현지에 급파했으며, 부상자들이 최선의 치료를 받을 수 있도록 모든 지원을 다하겠다⟧”",
            "Jeon Yu-na", "direct", "bus-u9"),
         St("그는 ⟦한국인 사망자 가운데 1명은 독일 국적을 함께 가진 복수국적자⟧라고", "Jeon Yu-na", "indirect",
            "bus-u10"),
         St("“⟦커브를 도는 순간 버스가 미끄러지더니 사람들이 한꺼번에 비명을 질렀다⟧”", "Kim Hye-rin", "direct",
            "bus-u11"),
         St("“⟦정신을 차려 보니 창문 밖으로 나무만 보였다⟧”", "Kim Hye-rin", "direct", "bus-u12"),
         St("“⟦깊은 충격에 빠져 있다⟧”", "Tobias Wendlinger", "direct", "bus-u13"),
         St("며 ⟦승객 가족들의 현지 방문 비용을 회사가 부담하겠다⟧고", "Tobias Wendlinger", "indirect", "bus-u14"),
         St("대표는 ⟦운전기사가 20년 동안 이 도로를 운행해 온 베테랑⟧이라고", "Renato Carobbi", "indirect", "bus-u5"),
         St("따르면 ⟦버스는 빙판으로 변한 급커브에서 미끄러지며 가드레일을 뚫고 떨어졌다⟧",
            "Val Codrana traffic police", "indirect", "bus-u2")),
        (Fg("최소 ⟦8⟧명이", 8, "at least", "killed", "bus-q-killed"),
         Fg("⟦30여⟧ 명이 다쳤다", 30, "more than", "wounded", "bus-q-wounded"),
         Fg("관광객 ⟦27⟧명", 27, None, "other", "bus-q-korean-onboard"),
         Fg("이 가운데 ⟦6⟧명이", 6, None, "killed", "bus-q-korean-killed"),
         Fg("⟦19⟧명이 부상", 19, None, "wounded", "bus-q-korean-wounded"),
         Fg("구조대원 ⟦80여⟧ 명", 80, "more than", "other", "bus-q-rescuers"),
         Fg("⟦120만 유로⟧를", 1_200_000, None, "money", "bus-q-roadworks"))),
    Art("ml3-bus", "isarbote.example", "panorama/busunglueck-italien-valdorsa-1.6031", "2026-11-25", "de",
        "Busunglück in Italien: Auch deutsche Urlauber unter den Toten",
        ("Beim Absturz eines Reisebusses in den norditalienischen Alpen sind mindestens acht Menschen ums Leben "
         "gekommen. Der Bus mit 46 Insassen, überwiegend Urlaubern aus Südkorea und Deutschland, war am "
         "Dienstagabend am Passo di Valdorsa in einer Haarnadelkurve von der Straße abgekommen und rund 60 Meter "
         "tief in eine Schlucht gestürzt. Mehr als 30 Menschen wurden verletzt.",
         "Nach Angaben des Auswärtigen Amts in Berlin sind mindestens zwei deutsche Staatsangehörige unter den "
         "Todesopfern, rund ein Dutzend wurde verletzt. Ein Sprecher des Ministeriums sagte, man stehe in engem "
         "Kontakt mit den italienischen Behörden und den Angehörigen.",
         "Der Reiseveranstalter Bergfalke Reisen aus Hallbrunn, der die zehntägige Rundreise „Alpen und Seen“ "
         "angeboten hatte, nennt eine höhere Zahl: Nach seiner Darstellung kamen drei deutsche Gäste ums Leben. "
         "„Wir sind zutiefst erschüttert“, sagte Geschäftsführer Tobias Wendlinger. Er kündigte an, dass das "
         "Unternehmen die Reisekosten der Angehörigen übernehme. Von den 17 deutschen Reisenden seien 14 verletzt "
         "worden, sagte Wendlinger.",
         "„In der Kurve rutschte der Bus einfach weg, und auf einmal haben alle geschrien“, erzählte die "
         "Südkoreanerin Kim Hye Rin einem koreanischen Fernsehsender aus dem Krankenhaus von Lurate.",
         "Laut Polizei geriet der Bus auf einer vereisten Stelle ins Rutschen und durchbrach die Leitplanke. Rund 80 "
         "Einsatzkräfte waren bis in die Nacht im Einsatz. Der Busunternehmer Renato Carobbi, bei dem der "
         "52-jährige Fahrer angestellt ist, verteidigte seinen Mitarbeiter: Dieser fahre die Strecke seit zwanzig "
         "Jahren. Die Provinz hatte bereits 2024 rund 1,2 Millionen Euro für die Sicherung der Passstraße "
         "bereitgestellt, die Arbeiten begannen jedoch nie."),
        (St("Berlin ⟦sind mindestens zwei deutsche Staatsangehörige unter den Todesopfern, rund ein Dutzend wurde "
            "verletzt⟧", "German Foreign Office", "indirect", "bus-u15"),
         St("sagte, ⟦man stehe in engem Kontakt mit den italienischen Behörden und den Angehörigen⟧",
            "German Foreign Office", "indirect", "bus-u16"),
         St("Darstellung ⟦kamen drei deutsche Gäste ums Leben⟧", "Bergfalke Reisen", "indirect", "bus-u17"),
         St("„⟦Wir sind zutiefst erschüttert⟧“", "Tobias Wendlinger", "direct", "bus-u13"),
         St("dass ⟦das Unternehmen die Reisekosten der Angehörigen übernehme⟧", "Tobias Wendlinger", "indirect",
            "bus-u14"),
         St("⟦Von den 17 deutschen Reisenden seien 14 verletzt worden⟧, sagte", "Tobias Wendlinger", "indirect",
            "bus-u18"),
         St("„⟦In der Kurve rutschte der Bus einfach weg, und auf einmal haben alle geschrien⟧“", "Kim Hye-rin",
            "direct", "bus-u11"),
         St("Laut Polizei ⟦geriet der Bus auf einer vereisten Stelle ins Rutschen und durchbrach die Leitplanke⟧",
            "Val Codrana traffic police", "indirect", "bus-u2"),
         St("⟦Dieser fahre die Strecke seit zwanzig Jahren⟧", "Renato Carobbi", "indirect", "bus-u5")),
        (Fg("mindestens ⟦acht⟧ Menschen", 8, "at least", "killed", "bus-q-killed"),
         Fg("mit ⟦46⟧ Insassen", 46, None, "other", "bus-q-onboard"),
         Fg("Mehr als ⟦30⟧ Menschen", 30, "more than", "wounded", "bus-q-wounded"),
         Fg("mindestens ⟦zwei⟧ deutsche", 2, "at least", "killed", "bus-q-german-killed"),
         Fg("rund ⟦ein Dutzend⟧ wurde", 12, "about", "wounded", "bus-q-german-wounded"),
         Fg("kamen ⟦drei⟧ deutsche", 3, None, "killed", "bus-q-german-killed"),
         Fg("Von den ⟦17⟧ deutschen", 17, None, "other", "bus-q-german-onboard"),
         Fg("seien ⟦14⟧ verletzt", 14, None, "wounded", "bus-q-german-wounded"),
         Fg("Rund ⟦80⟧ Einsatzkräfte", 80, "about", "other", "bus-q-rescuers"),
         Fg("rund ⟦1,2 Millionen Euro⟧", 1_200_000, "about", "money", "bus-q-roadworks"))),
    Art("ml3-bus", "lavoixdumidi.example", "international/italie-accident-autocar-col-valdorsa", "2026-11-25", "fr",
        "Italie : un autocar de touristes sud-coréens et allemands chute dans un ravin, huit morts",
        ("Huit personnes ont été tuées et une trentaine blessées mardi soir lorsqu'un autocar transportant 46 "
         "personnes, pour la plupart des touristes sud-coréens et allemands, a quitté la route dans un virage en "
         "épingle du col de Valdorsa, dans les Alpes italiennes, avant de s'écraser une soixantaine de mètres plus "
         "bas.",
         f"«{NB}C'est une tragédie qui frappe trois pays et trois communautés{NB}», a déclaré le préfet de Val "
         "Codrana, Raffaele Sartori, qui s'est rendu sur place dans la nuit. Il a ajouté que la route resterait "
         "fermée au moins jusqu'à jeudi.",
         "D'après la police de la route, cinq des victimes sont sud-coréennes et trois allemandes. Le ministère "
         "allemand des Affaires étrangères a confirmé que deux de ses ressortissants figuraient parmi les morts. "
         "L'ambassade de Corée du Sud à Rome affirme de son côté que six Sud-Coréens ont perdu la vie et que 19 "
         "autres ont été blessés.",
         f"«{NB}Il y avait du verglas dans le virage et pas un grain de sel{NB}», confie un secouriste qui a requis "
         "l'anonymat. Selon la police, l'autocar a dérapé sur une plaque de glace avant de défoncer la glissière de "
         "sécurité.",
         "Le voyagiste allemand Bergfalke Reisen organisait ce circuit de dix jours. Son directeur, Tobias "
         f"Wendlinger, s'est dit «{NB}profondément bouleversé{NB}»."),
        (St(f"«{NB}⟦C'est une tragédie qui frappe trois pays et trois communautés⟧{NB}»", "Raffaele Sartori", "direct",
            "bus-u3"),
         St("Il a ajouté que ⟦la route resterait fermée au moins jusqu'à jeudi⟧", "Raffaele Sartori", "indirect",
            "bus-u4"),
         St("la route, ⟦cinq des victimes sont sud-coréennes et trois allemandes⟧", "Val Codrana traffic police",
            "indirect", "bus-u19"),
         St("confirmé que ⟦deux de ses ressortissants figuraient parmi les morts⟧", "German Foreign Office",
            "indirect", "bus-u15"),
         St("affirme de son côté que ⟦six Sud-Coréens ont perdu la vie et que 19 autres ont été blessés⟧",
            "South Korean embassy in Italy", "indirect", "bus-u8"),
         St(f"«{NB}⟦Il y avait du verglas dans le virage et pas un grain de sel⟧{NB}»", "Valdorsa rescuer (anonymous)",
            "direct", "bus-u20"),
         St("Selon la police, ⟦l'autocar a dérapé sur une plaque de glace avant de défoncer la glissière de "
            "sécurité⟧", "Val Codrana traffic police", "indirect", "bus-u2"),
         St(f"s'est dit ⟦«{NB}profondément bouleversé{NB}»⟧", "Tobias Wendlinger", "partial", "bus-u13")),
        (Fg("⟦Huit⟧ personnes", 8, None, "killed", "bus-q-killed"),
         Fg("et ⟦une trentaine⟧ blessées", 30, "about", "wounded", "bus-q-wounded"),
         Fg("transportant ⟦46⟧", 46, None, "other", "bus-q-onboard"),
         Fg("⟦cinq⟧ des victimes", 5, None, "killed", "bus-q-korean-killed"),
         Fg("et ⟦trois⟧ allemandes", 3, None, "killed", "bus-q-german-killed"),
         Fg("que ⟦deux⟧ de ses", 2, None, "killed", "bus-q-german-killed"),
         Fg("que ⟦six⟧ Sud-Coréens", 6, None, "killed", "bus-q-korean-killed"),
         Fg("et que ⟦19⟧ autres", 19, None, "wounded", "bus-q-korean-wounded"))),
    Art("ml3-bus", "harbourtimes.example", "world/2026/11/25/italy-coach-crash-valdorsa-toll-rises", "2026-11-25",
        "en",
        "Death toll in Italian Alps coach crash rises to nine",
        ("The death toll from a coach crash on a mountain pass in northern Italy rose to nine on Wednesday after a "
         "German woman died in hospital, police said. Thirty-four people were injured, seven of them critically, "
         "when the coach, carrying 27 South Korean and 17 German tourists, plunged into a ravine below the Valdorsa "
         "pass on Tuesday evening.",
         "Police and diplomats gave different counts by nationality. According to the Italian traffic police, five "
         "of the dead were South Korean and four German. South Korea's embassy in Rome said six of its nationals "
         "had been killed and 19 injured. One of the victims held both South Korean and German citizenship, Seoul's "
         "foreign ministry said.",
         '"As we went round the bend the bus started sliding, and suddenly everyone was screaming," Kim Hye-rin, a '
         "34-year-old passenger, told Korean media from her hospital bed.",
         '"This is a tragedy that strikes three countries and three communities," said Raffaele Sartori, the '
         "prefect of Val Codrana. One rescuer, who asked not to be named, said there had been \"black ice on the "
         'bend and no salt at all".',
         "Bergfalke Reisen, the German operator that sold the tour, said three of its German guests had died. Its "
         "managing director, Tobias Wendlinger, said the company would pay for relatives to travel to Italy.",
         "Renato Carobbi, who owns the bus company that employs the 52-year-old driver, said his employee had driven "
         "the road for twenty years and that the coach had passed its inspection in October. The driver, who "
         "suffered several fractures, has not yet been questioned by prosecutors."),
        (St("⟦The death toll from a coach crash on a mountain pass in northern Italy rose to nine on Wednesday after a "
            "German woman died in hospital⟧, police said", "Val Codrana traffic police", "indirect", "bus-u21"),
         St("traffic police, ⟦five of the dead were South Korean and four German⟧", "Val Codrana traffic police",
            "indirect", "bus-u22"),
         St("Rome said ⟦six of its nationals had been killed and 19 injured⟧", "South Korean embassy in Italy",
            "indirect", "bus-u8"),
         St("⟦One of the victims held both South Korean and German citizenship⟧, Seoul's",
            "South Korean foreign ministry", "indirect", "bus-u10"),
         St('"⟦As we went round the bend the bus started sliding, and suddenly everyone was screaming⟧,"',
            "Kim Hye-rin", "direct", "bus-u11"),
         St('"⟦This is a tragedy that strikes three countries and three communities⟧,"', "Raffaele Sartori",
            "direct", "bus-u3"),
         St('said ⟦there had been "black ice on the bend and no salt at all"⟧', "Valdorsa rescuer (anonymous)",
            "partial", "bus-u20"),
         St("tour, said ⟦three of its German guests had died⟧", "Bergfalke Reisen", "indirect", "bus-u17"),
         St("Wendlinger, said ⟦the company would pay for relatives to travel to Italy⟧", "Tobias Wendlinger",
            "indirect", "bus-u14"),
         St("said ⟦his employee had driven the road for twenty years⟧", "Renato Carobbi", "indirect", "bus-u5"),
         St("and that ⟦the coach had passed its inspection in October⟧", "Renato Carobbi", "indirect", "bus-u6")),
        (Fg("rose to ⟦nine⟧", 9, None, "killed", "bus-q-killed"),
         Fg("⟦Thirty-four⟧ people", 34, None, "wounded", "bus-q-wounded"),
         Fg("⟦seven⟧ of them critically", 7, None, "wounded", "bus-q-serious"),
         Fg("carrying ⟦27⟧ South Korean", 27, None, "other", "bus-q-korean-onboard"),
         Fg("and ⟦17⟧ German tourists", 17, None, "other", "bus-q-german-onboard"),
         Fg("⟦five⟧ of the dead", 5, None, "killed", "bus-q-korean-killed"),
         Fg("and ⟦four⟧ German", 4, None, "killed", "bus-q-german-killed"),
         Fg("said ⟦six⟧ of its", 6, None, "killed", "bus-q-korean-killed"),
         Fg("and ⟦19⟧ injured", 19, None, "wounded", "bus-q-korean-wounded"),
         Fg("said ⟦three⟧ of its German", 3, None, "killed", "bus-q-german-killed"))),
    Art("ml3-bus", "diariodelsur.example", "internacional/2026-11-26/accidente-autobus-turistas-alpes-italia",
        "2026-11-26", "es",
        "Nueve muertos en el accidente de un autobús con turistas en los Alpes italianos",
        ("La cifra de muertos en el accidente de un autobús de turistas en el paso de Valdorsa, en los Alpes "
         "italianos, ascendió a nueve el miércoles por la noche, después de que una mujer alemana de 71 años "
         "falleciera en el hospital de Lurate. Otras 34 personas resultaron heridas, siete de ellas de gravedad.",
         "Según la policía de tráfico italiana, entre los fallecidos hay cinco surcoreanos y cuatro alemanes. La "
         "embajada de Corea del Sur en Roma eleva, sin embargo, a seis el número de surcoreanos muertos: uno de ellos "
         "tenía también la nacionalidad alemana, explicó el Ministerio de Asuntos Exteriores de Seúl.",
         "“Al tomar la curva, el autobús empezó a patinar y de repente todos gritaban”, relató desde el hospital "
         "Kim Hye-rin, una surcoreana de 34 años que viajaba con su madre.",
         "El dueño de la empresa de autobuses Autolinee Valdorsa, Renato Carobbi, aseguró que el conductor, de 52 "
         "años, conocía la carretera “como la palma de su mano” y que el vehículo había pasado la revisión en "
         "octubre.",
         "Según la agencia alemana Bergfalke Reisen, que vendió el circuito, tres de sus clientes alemanes murieron "
         "y 14 resultaron heridos. La empresa pagará el viaje a Italia de los familiares, anunció su director, "
         "Tobias Wendlinger. La Fiscalía de Val Codrana investiga al conductor por homicidio imprudente."),
        (St("italiana, ⟦entre los fallecidos hay cinco surcoreanos y cuatro alemanes⟧", "Val Codrana traffic police",
            "indirect", "bus-u22"),
         St("muertos: ⟦uno de ellos tenía también la nacionalidad alemana⟧, explicó", "South Korean foreign ministry",
            "indirect", "bus-u10"),
         St("“⟦Al tomar la curva, el autobús empezó a patinar y de repente todos gritaban⟧”", "Kim Hye-rin", "direct",
            "bus-u11"),
         St("aseguró que ⟦el conductor, de 52 años, conocía la carretera “como la palma de su mano”⟧",
            "Renato Carobbi", "partial", "bus-u5"),
         St("y que ⟦el vehículo había pasado la revisión en octubre⟧", "Renato Carobbi", "indirect", "bus-u6"),
         St("circuito, ⟦tres de sus clientes alemanes murieron y 14 resultaron heridos⟧", "Bergfalke Reisen",
            "indirect", "bus-u17"),
         St("⟦La empresa pagará el viaje a Italia de los familiares⟧, anunció", "Tobias Wendlinger", "indirect",
            "bus-u14")),
        (Fg("ascendió a ⟦nueve⟧", 9, None, "killed", "bus-q-killed"),
         Fg("Otras ⟦34⟧ personas", 34, None, "wounded", "bus-q-wounded"),
         Fg("⟦siete⟧ de ellas", 7, None, "wounded", "bus-q-serious"),
         Fg("hay ⟦cinco⟧ surcoreanos", 5, None, "killed", "bus-q-korean-killed"),
         Fg("y ⟦cuatro⟧ alemanes", 4, None, "killed", "bus-q-german-killed"),
         Fg("a ⟦seis⟧ el número", 6, None, "killed", "bus-q-korean-killed"),
         Fg("⟦tres⟧ de sus clientes", 3, None, "killed", "bus-q-german-killed"),
         Fg("y ⟦14⟧ resultaron", 14, None, "wounded", "bus-q-german-wounded"))),
)


# Every form an entity of this story is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_5: dict[str, tuple[str, ...]] = {
    "Val Codrana traffic police": ("Polizia stradale di Val Codrana", "Polizia stradale", "polizia", "현지 경찰",
                                   "경찰", "Polizei", "police", "Italian traffic police", "traffic police",
                                   "police de la route", "policía de tráfico italiana", "policía de tráfico",
                                   "policía"),
    "Loredana Ferri": ("Loredana Ferri", "Ferri", "comandante Loredana Ferri"),
    "Raffaele Sartori": ("Raffaele Sartori", "Sartori", "prefetto", "prefetto di Val Codrana", "préfet",
                         "préfet de Val Codrana", "prefect of Val Codrana"),
    "Renato Carobbi": ("Renato Carobbi", "Carobbi", "레나토 카로비", "카로비", "레나토 카로비 대표",
                       "Busunternehmer Renato Carobbi"),
    "South Korean embassy in Italy": ("주이탈리아 한국대사관", "한국대사관", "South Korea's embassy in Rome",
                                      "South Korea's embassy", "embassy", "ambassade de Corée du Sud à Rome",
                                      "ambassade de Corée du Sud", "ambassade"),
    "Jeon Yu-na": ("Jeon Yu-na", "Jeon Yu Na", "전유나", "전유나 외교부 대변인"),
    "South Korean foreign ministry": ("South Korean foreign ministry", "Seoul's foreign ministry", "foreign ministry",
                                      "외교부", "Ministerio de Asuntos Exteriores de Seúl",
                                      "Ministerio de Asuntos Exteriores"),
    "Kim Hye-rin": ("Kim Hye-rin", "Kim Hye Rin", "김혜린", "김혜린 씨"),
    "Tobias Wendlinger": ("Tobias Wendlinger", "Wendlinger", "토비아스 벤들링거", "벤들링거", "토비아스 벤들링거 대표",
                          "Geschäftsführer Tobias Wendlinger"),
    "Bergfalke Reisen": ("Bergfalke Reisen", "Bergfalke", "Reiseveranstalter Bergfalke Reisen", "Reiseveranstalter",
                         "agencia alemana Bergfalke Reisen", "베르크팔케 라이젠"),
    "German Foreign Office": ("Auswärtiges Amt", "Auswärtigen Amts", "Auswärtige Amt", "Ministerium",
                              "ministère allemand des Affaires étrangères", "German Foreign Office"),
    "Valdorsa rescuer (anonymous)": ("secouriste", "rescuer"),
}
