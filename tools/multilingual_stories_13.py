"""Stories of the fourth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (test, listed in TEST_STORIES there):

- ml5-typhoon: Typhoon Ondara comes ashore on the south coast of the invented country of Pelangor (province of
  Batuan) on the night of Tuesday 8 to Wednesday 9 September 2026, where South Korean and European tourists stay.
  The toll is revised from Wednesday to Friday (dead 6 → 9 → 11). Flights cancelled and the South Korean and German
  tourists in the region are counts of the story (category `other`); wind speeds, ages and days are not annotated,
  nor the two missing fishermen later found dead (a part of the toll, given without a count of its own). The
  provincial toll of Wednesday (nine dead) is one utterance whether "officials" or "the authorities" of the province
  are named; the civil protection agency's Thursday bulletin is one utterance in Spanish and Korean although each
  outlet gives other parts of it. The governor's remark on the sea is one utterance in every language; her word on
  how long evacuation orders stay (two days, until Friday, until the weekend) is one, whether she or the provincial
  government is named.
- ml5-prison-riot: a riot in the invented Vale do Tordo prison of the invented Portuguese-speaking country of
  Lusitera on Sunday 18 October 2026. The justice ministry counts 10 dead (8 inmates, 2 guards) and 34 injured,
  revised on Tuesday to 13 (11 inmates); the guards' union counts at least 12 dead inmates and more than 50, then more
  than 60, injured. Each count is annotated with the quantity it measures whoever gives it (the union's 12 and the
  ministry's 8 are one quantity, `riot-q-inmates-killed`); escapees, those recaptured (9, later 16), those still at
  large, guards taken hostage, the inmates held and the places for them, and the South Korean inmates are `other`.
  The union's count is one utterance whether its president is quoted or "the union" is named as the source.

A sentence giving a count without a speech cue is no statement, though its figures are annotated.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_13: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: a typhoon on a tourist coast (TEST)
    Art("ml5-typhoon", "seohaeilbo.example", "news/articleView.html?idxno=240917", "2026-09-09", "ko",
        "태풍 '온다라' 펠랑고르 강타…최소 6명 사망, 한국인 관광객 발 묶여",
        ("태풍 '온다라'가 8일 밤(현지시간) 펠랑고르 남부 바투안주 해안에 상륙해 최소 6명이 숨지고 40여 명이 "
         "다쳤다. 해안 마을 주민 1만2천여 명이 학교와 체육관 등으로 대피했으며, 바투안 국제공항에서는 9일 "
         "예정됐던 항공편 140편이 모두 결항됐다.",
         "펠랑고르 국가기상청에 따르면 온다라는 상륙 당시 최대 순간풍속 초속 58m의 강풍을 동반했다. 기상청은 "
         "태풍이 10일 오전 내륙 산악지대를 지나면서 세력이 크게 약해질 것으로 내다봤다.",
         "데위 사마랑 바투안 주지사는 현지 방송과의 인터뷰에서 “바닷물이 이렇게 깊숙이 밀려든 것은 평생 처음 "
         "본다”고 말했다. 그는 해안 지역에 내린 대피령을 최소 이틀간 유지하겠다고 밝혔다.",
         "외교부 당국자는 “현재까지 우리 국민 사망자는 없으며, 2명이 깨진 유리창 파편에 맞아 가벼운 부상을 "
         "입었다”고 전했다. 바투안 일대에는 한국인 관광객 2천300여 명이 머물고 있는 것으로 파악됐다.",
         "포트 마리솔의 한 리조트에 고립된 관광객 문하린(34) 씨는 본지와의 통화에서 “밤새 호텔 건물 전체가 "
         "흔들렸다. 전기가 끊겨 휴대전화 충전도 못 하고 있다”고 말했다."),
        (St("따르면 ⟦온다라는 상륙 당시 최대 순간풍속 초속 58m의 강풍을 동반했다⟧", "Pelangor weather agency",
            "indirect", "typh-u1"),
         St("기상청은 ⟦태풍이 10일 오전 내륙 산악지대를 지나면서 세력이 크게 약해질 것⟧으로 내다봤다",
            "Pelangor weather agency", "indirect", "typh-u2"),
         St("“⟦바닷물이 이렇게 깊숙이 밀려든 것은 평생 처음 본다⟧”", "Dewi Samarang", "direct", "typh-u3"),
         St("그는 ⟦해안 지역에 내린 대피령을 최소 이틀간 유지하겠다⟧고", "Dewi Samarang", "indirect", "typh-u4"),
         St("“⟦현재까지 우리 국민 사망자는 없으며, 2명이 깨진 유리창 파편에 맞아 가벼운 부상을 입었다⟧”",
            "South Korean foreign ministry official (anonymous)", "direct", "typh-u5"),
         St("“⟦밤새 호텔 건물 전체가 흔들렸다. 전기가 끊겨 휴대전화 충전도 못 하고 있다⟧”", "Moon Ha-rin", "direct",
            "typh-u6")),
        (Fg("최소 ⟦6⟧명이", 6, "at least", "killed", "typh-q-killed"),
         Fg("⟦40여⟧ 명이", 40, "more than", "wounded", "typh-q-wounded"),
         Fg("주민 ⟦1만2천여⟧ 명이", 12000, "more than", "displaced", "typh-q-displaced"),
         Fg("항공편 ⟦140⟧편이", 140, None, "other", "typh-q-flights"),
         Fg("⟦2⟧명이 깨진", 2, None, "wounded", "typh-q-korean-wounded"),
         Fg("관광객 ⟦2천300여⟧ 명이", 2300, "more than", "other", "typh-q-korean-tourists"))),
    Art("ml5-typhoon", "nordseebote.example", "panorama/taifun-ondara-pelangor-batuan-1.9921", "2026-09-10", "de",
        "Taifun „Ondara“ verwüstet Küste von Batuan – auch deutsche Urlauber betroffen",
        ("Der Taifun „Ondara“ ist in der Nacht zum Mittwoch mit Böen von mehr als 200 Kilometern pro Stunde an der "
         "Südküste Pelangors auf Land getroffen. Mindestens neun Menschen kamen ums Leben, mehr als 40 wurden "
         "verletzt, drei Fischer aus dem Dorf Tanjung Lebar gelten als vermisst.",
         "„So weit ist das Meer noch nie ins Land gekommen“, sagte Gouverneurin Dewi Samarang dem örtlichen "
         "Fernsehen. Rund 12.000 Bewohner der Küstendörfer mussten ihre Häuser verlassen. Nach Angaben der "
         "Provinzregierung bleibt die Evakuierungsanordnung mindestens bis Freitag in Kraft.",
         "Das Auswärtige Amt teilte mit, nach bisherigen Erkenntnissen seien keine Deutschen unter den Todesopfern. "
         "Eine Urlauberin aus Bad Selnitz sei leicht verletzt worden. Nach Schätzungen des Bundesverbands "
         "Fernreisen halten sich derzeit rund 1.500 deutsche Touristen in der Region auf.",
         "„Die Palmen lagen quer über der Straße, und das Wasser stand uns bis zu den Knien“, erzählte Jana "
         "Wirsching aus Lindfeld, die mit Mann und zwei Kindern in einem Hotel in Port Marisol ausharrt. Am "
         "Frühstücksbuffet gebe es nur noch Brot und Wasser, sagte sie.",
         "Der staatliche Wetterdienst Pelangors erwartet, dass sich der Sturm bis Donnerstag über dem Bergland im "
         "Landesinneren abschwächt. Die Behörde sprach von einem „Sturm, wie ihn diese Küste seit Jahrzehnten "
         "nicht erlebt hat“. Laut dem Flughafenbetreiber fielen in Batuan bislang mehr als 140 Flüge aus."),
        (St("„⟦So weit ist das Meer noch nie ins Land gekommen⟧“", "Dewi Samarang", "direct", "typh-u3"),
         St("Provinzregierung ⟦bleibt die Evakuierungsanordnung mindestens bis Freitag in Kraft⟧",
            "Batuan provincial government", "indirect", "typh-u4"),
         St("teilte mit, ⟦nach bisherigen Erkenntnissen seien keine Deutschen unter den Todesopfern⟧",
            "German Foreign Office", "indirect", "typh-u7"),
         St("⟦Eine Urlauberin aus Bad Selnitz sei leicht verletzt worden⟧", "German Foreign Office", "indirect",
            "typh-u8"),
         St("Fernreisen ⟦halten sich derzeit rund 1.500 deutsche Touristen in der Region auf⟧",
            "Bundesverband Fernreisen", "indirect", "typh-u9"),
         St("„⟦Die Palmen lagen quer über der Straße, und das Wasser stand uns bis zu den Knien⟧“", "Jana Wirsching",
            "direct", "typh-u10"),
         St("⟦Am Frühstücksbuffet gebe es nur noch Brot und Wasser⟧, sagte sie", "Jana Wirsching", "indirect",
            "typh-u11"),
         St("erwartet, dass ⟦sich der Sturm bis Donnerstag über dem Bergland im Landesinneren abschwächt⟧",
            "Pelangor weather agency", "indirect", "typh-u2"),
         St("sprach von ⟦einem „Sturm, wie ihn diese Küste seit Jahrzehnten nicht erlebt hat“⟧",
            "Pelangor weather agency", "partial", "typh-u22"),
         St("Flughafenbetreiber ⟦fielen in Batuan bislang mehr als 140 Flüge aus⟧", "Batuan airport operator",
            "indirect", "typh-u12")),
        (Fg("Mindestens ⟦neun⟧ Menschen", 9, "at least", "killed", "typh-q-killed"),
         Fg("mehr als ⟦40⟧ wurden", 40, "more than", "wounded", "typh-q-wounded"),
         Fg("⟦drei⟧ Fischer", 3, None, "missing", "typh-q-missing"),
         Fg("Rund ⟦12.000⟧ Bewohner", 12000, "about", "displaced", "typh-q-displaced"),
         Fg("⟦Eine⟧ Urlauberin", 1, None, "wounded", "typh-q-german-wounded"),
         Fg("rund ⟦1.500⟧ deutsche", 1500, "about", "other", "typh-q-german-tourists"),
         Fg("mehr als ⟦140⟧ Flüge", 140, "more than", "other", "typh-q-flights"))),
    Art("ml5-typhoon", "pacificledger.example", "asia/2026/09/09/typhoon-ondara-batuan-toll", "2026-09-09", "en",
        "Typhoon Ondara death toll climbs to nine as thousands shelter in Batuan",
        ("The death toll from Typhoon Ondara rose to nine on Wednesday, officials in Pelangor's Batuan province "
         "said, after the storm tore through fishing villages and beach resorts overnight. Forty-three people were "
         "injured and three fishermen were unaccounted for.",
         '"I have never in my life seen the sea reach this far inland," Governor Dewi Samarang told local '
         "television. She said evacuation orders for the coast would stay in place for at least two more days.",
         "About 12,000 residents spent the night in schools and sports halls. All 140 flights scheduled at Batuan "
         "International Airport on Wednesday were cancelled, stranding thousands of foreign visitors, among them an "
         "estimated 2,300 South Koreans.",
         "Ondara packed gusts of up to 210 km/h when it came ashore, the national weather agency said, adding that "
         "it expected the typhoon to lose much of its strength over the central highlands by Thursday.",
         "South Korea's foreign ministry said no South Korean nationals were among the dead, though two had "
         "suffered minor cuts from shattered glass. A receptionist at a beachfront hotel in Port Marisol, who "
         "did not want to be named, said staff had moved guests to the upper floors shortly before midnight as "
         "seawater poured into the lobby."),
        (St("⟦The death toll from Typhoon Ondara rose to nine on Wednesday⟧, officials", "Batuan provincial government",
            "indirect", "typh-u13"),
         St('"⟦I have never in my life seen the sea reach this far inland⟧,"', "Dewi Samarang", "direct", "typh-u3"),
         St("She said ⟦evacuation orders for the coast would stay in place for at least two more days⟧",
            "Dewi Samarang", "indirect", "typh-u4"),
         St("⟦Ondara packed gusts of up to 210 km/h when it came ashore⟧, the national", "Pelangor weather agency",
            "indirect", "typh-u1"),
         St("adding that ⟦it expected the typhoon to lose much of its strength over the central highlands by "
            "Thursday⟧", "Pelangor weather agency", "indirect", "typh-u2"),
         St("ministry said ⟦no South Korean nationals were among the dead, though two had suffered minor cuts from "
            "shattered glass⟧", "South Korean foreign ministry", "indirect", "typh-u5"),
         St("named, said ⟦staff had moved guests to the upper floors shortly before midnight as seawater poured into "
            "the lobby⟧", "Port Marisol hotel receptionist (anonymous)", "indirect", "typh-u14")),
        (Fg("rose to ⟦nine⟧ on", 9, None, "killed", "typh-q-killed"),
         Fg("⟦Forty-three⟧ people", 43, None, "wounded", "typh-q-wounded"),
         Fg("and ⟦three⟧ fishermen", 3, None, "missing", "typh-q-missing"),
         Fg("About ⟦12,000⟧ residents", 12000, "about", "displaced", "typh-q-displaced"),
         Fg("All ⟦140⟧ flights", 140, None, "other", "typh-q-flights"),
         Fg("estimated ⟦2,300⟧ South Koreans", 2300, "about", "other", "typh-q-korean-tourists"),
         Fg("though ⟦two⟧ had", 2, None, "wounded", "typh-q-korean-wounded"))),
    Art("ml5-typhoon", "lagazettedesiles.example", "monde/2026/09/10/typhon-ondara-pelangor-touristes-bloques",
        "2026-09-10", "fr",
        "Le typhon Ondara dévaste le sud de Pelangor, des touristes bloqués",
        ("Au moins neuf personnes ont été tuées et une quarantaine d'autres blessées lors du passage du typhon "
         "Ondara sur la côte sud de Pelangor, dans la nuit de mardi à mercredi, d'après les autorités de la province de Batuan.",
         f"«{NB}Je n'ai jamais vu de ma vie la mer entrer aussi loin dans les terres{NB}», a confié la gouverneure, "
         "Dewi Samarang, en visite dans un centre d'hébergement. D'après l'agence météorologique nationale, les "
         "rafales ont atteint 210 km/h au moment où l'œil du typhon a touché terre.",
         f"Plus de 12{NB}000 habitants ont été évacués. À l'aéroport de Batuan, quelque 140 vols ont été annulés et "
         "plusieurs centaines de voyageurs européens dormaient encore jeudi sur des lits de camp dans le terminal. "
         "Le ministère des Affaires étrangères a fait savoir qu'aucun ressortissant français ne figurait parmi les "
         "victimes.",
         f"«{NB}Toute la nuit, l'hôtel entier a tremblé{NB}», raconte Moon Ha-rin, une touriste sud-coréenne de 34 "
         "ans jointe par un quotidien de son pays. Selon un employé de l'aéroport, qui a requis l'anonymat, les "
         "premiers vols de rapatriement ne décolleront pas avant vendredi."),
        (St("⟦Au moins neuf personnes ont été tuées et une quarantaine d'autres blessées lors du passage du "
            "typhon Ondara sur la côte sud de Pelangor, dans la nuit de mardi à mercredi⟧, d'après", "Batuan provincial government",
            "indirect", "typh-u13"),
         St(f"«{NB}⟦Je n'ai jamais vu de ma vie la mer entrer aussi loin dans les terres⟧{NB}»", "Dewi Samarang",
            "direct", "typh-u3"),
         St("nationale, ⟦les rafales ont atteint 210 km/h au moment où l'œil du typhon a touché terre⟧",
            "Pelangor weather agency", "indirect", "typh-u1"),
         St("savoir qu'⟦aucun ressortissant français ne figurait parmi les victimes⟧", "French foreign ministry",
            "indirect", "typh-u15"),
         St(f"«{NB}⟦Toute la nuit, l'hôtel entier a tremblé⟧{NB}»", "Moon Ha-rin", "direct", "typh-u6"),
         St("l'anonymat, ⟦les premiers vols de rapatriement ne décolleront pas avant vendredi⟧",
            "Batuan airport employee (anonymous)", "indirect", "typh-u16")),
        (Fg("Au moins ⟦neuf⟧ personnes", 9, "at least", "killed", "typh-q-killed"),
         Fg("une ⟦quarantaine⟧ d'autres", 40, "about", "wounded", "typh-q-wounded"),
         Fg(f"Plus de ⟦12{NB}000⟧ habitants", 12000, "more than", "displaced", "typh-q-displaced"),
         Fg("quelque ⟦140⟧ vols", 140, "about", "other", "typh-q-flights"))),
    Art("ml5-typhoon", "elfaroatlantico.example", "internacional/2026-09-11/tifon-ondara-once-muertos",
        "2026-09-11", "es",
        "El tifón Ondara deja al menos once muertos en el sur de Pelangor",
        ("El tifón Ondara, que tocó tierra en la noche del martes en la provincia de Batuan, ha dejado al menos "
         "once muertos y casi medio centenar de heridos, según el último balance de la Agencia de Protección Civil "
         "de Pelangor.",
         "Dos de los tres pescadores desaparecidos fueron hallados sin vida el jueves en una playa cercana a Port "
         "Marisol, informó la Guardia Costera, que mantiene la búsqueda del tercero.",
         '"Nunca en mi vida había visto el mar llegar tan adentro", declaró la gobernadora Dewi Samarang a la '
         "televisión local. Según la gobernadora, las órdenes de evacuación seguirán vigentes al menos hasta el fin "
         "de semana.",
         "Más de 12.000 personas pasaron dos noches en albergues. El aeropuerto de Batuan reabrió el jueves por la "
         "tarde tras cancelar unos 140 vuelos, y las aerolíneas comenzaron a sacar de la isla a los turistas "
         "extranjeros, entre ellos varios centenares de españoles.",
         "Un funcionario del consulado de España, que pidió no ser identificado, aseguró a este periódico que "
         "ningún ciudadano español figura entre las víctimas."),
        (St("⟦El tifón Ondara, que tocó tierra en la noche del martes en la provincia de Batuan, ha dejado al menos "
            "once muertos y casi medio centenar de heridos⟧, según", "Pelangor civil protection agency",
            "indirect", "typh-u17"),
         St("⟦Dos de los tres pescadores desaparecidos fueron hallados sin vida el jueves en una playa cercana a "
            "Port Marisol⟧, informó", "Pelangor coast guard", "indirect", "typh-u18"),
         St('"⟦Nunca en mi vida había visto el mar llegar tan adentro⟧"', "Dewi Samarang", "direct", "typh-u3"),
         St("Según la gobernadora, ⟦las órdenes de evacuación seguirán vigentes al menos hasta el fin de semana⟧",
            "Dewi Samarang", "indirect", "typh-u4"),
         St("periódico que ⟦ningún ciudadano español figura entre las víctimas⟧",
            "Spanish consulate official (anonymous)", "indirect", "typh-u19")),
        (Fg("al menos ⟦once⟧ muertos", 11, "at least", "killed", "typh-q-killed"),
         Fg("casi ⟦medio centenar⟧ de heridos", 50, "nearly", "wounded", "typh-q-wounded"),
         Fg("de los ⟦tres⟧ pescadores", 3, None, "missing", "typh-q-missing"),
         Fg("Más de ⟦12.000⟧ personas", 12000, "more than", "displaced", "typh-q-displaced"),
         Fg("unos ⟦140⟧ vuelos", 140, "about", "other", "typh-q-flights"))),
    Art("ml5-typhoon", "hangangsinmun.example", "news/articleView.html?idxno=241388", "2026-09-11", "ko",
        "태풍 온다라 사망자 11명으로 늘어…한국인 관광객 귀국 시작",
        ("펠랑고르 남부를 강타한 태풍 '온다라'로 인한 사망자가 11명으로 늘었다. 펠랑고르 민방위청은 11일 부상자는 "
         "48명이며 집을 잃은 이재민은 1만2천 명을 넘는다고 발표했다.",
         "바투안 국제공항은 10일 오후부터 운항을 재개했다. 국적 항공사들은 12일까지 임시편을 띄워 발이 묶인 "
         "관광객을 실어 나를 계획이다.",
         "주펠랑고르 한국대사관 관계자는 “현지에 머물던 우리 국민 2천300여 명 가운데 절반가량이 이번 주말까지 "
         "귀국할 것”이라고 말했다.",
         "사마랑 주지사는 이날 기자회견에서 “피해를 복구하는 데만 최소 석 달이 걸릴 것”이라며 중앙정부에 "
         "특별재난지역 선포를 요청했다."),
        (St("11일 ⟦부상자는 48명이며 집을 잃은 이재민은 1만2천 명을 넘는다⟧고", "Pelangor civil protection agency",
            "indirect", "typh-u17"),
         St("“⟦현지에 머물던 우리 국민 2천300여 명 가운데 절반가량이 이번 주말까지 귀국할 것⟧”",
            "South Korean embassy in Pelangor official (anonymous)", "direct", "typh-u20"),
         St("“⟦피해를 복구하는 데만 최소 석 달이 걸릴 것⟧”", "Dewi Samarang", "direct", "typh-u21")),
        (Fg("사망자가 ⟦11⟧명으로", 11, None, "killed", "typh-q-killed"),
         Fg("부상자는 ⟦48⟧명", 48, None, "wounded", "typh-q-wounded"),
         Fg("이재민은 ⟦1만2천⟧ 명을", 12000, "more than", "displaced", "typh-q-displaced"),
         Fg("국민 ⟦2천300여⟧ 명", 2300, "more than", "other", "typh-q-korean-tourists"))),
    # ---------------------------------------------------------------- story: a prison riot (TEST)
    Art("ml5-prison-riot", "correiodoplanalto.example", "pais/2026/10/18/rebeliao-penitenciaria-vale-do-tordo",
        "2026-10-18", "pt",
        "Rebelião na Penitenciária de Vale do Tordo deixa pelo menos dez mortos",
        ("Uma rebelião na Penitenciária de Vale do Tordo, a maior de Lusitera, deixou pelo menos dez mortos — oito "
         "reclusos e dois guardas prisionais — e 34 feridos, segundo o Ministério da Justiça. O motim começou na "
         "madrugada deste domingo no pavilhão C e só foi dominado ao fim de catorze horas.",
         "Durante a revolta, 17 guardas foram feitos reféns. Foram todos libertados ao fim da tarde, dois deles com "
         "ferimentos graves.",
         "“O Estado não negocia com quem faz reféns. A ordem está restabelecida”, afirmou o ministro da Justiça, "
         "Ricardo Mourão, numa conferência de imprensa em Porto Lindo. De acordo com o ministro, 23 detidos "
         "aproveitaram a confusão para fugir por um buraco aberto no muro do pátio; nove já foram recapturados.",
         "O Sindicato Nacional dos Guardas Prisionais contesta os números oficiais. “Contámos pelo menos 12 reclusos "
         "mortos no pavilhão C, e há mais de 50 feridos”, disse a presidente do sindicato, Adelina Sarmento. "
         "Segundo ela, a cadeia alberga 2.400 presos, embora tenha sido construída para 1.100.",
         "Um guarda que pediu para não ser identificado contou ao Correio que a revolta estalou durante uma revista "
         "às celas à procura de telemóveis."),
        (St("⟦Uma rebelião na Penitenciária de Vale do Tordo, a maior de Lusitera, deixou pelo menos dez mortos — oito "
            "reclusos e dois guardas prisionais — e 34 feridos⟧, segundo", "Lusitera justice ministry", "indirect",
            "riot-u1"),
         St("“⟦O Estado não negocia com quem faz reféns. A ordem está restabelecida⟧”", "Ricardo Mourão", "direct",
            "riot-u2"),
         St("De acordo com o ministro, ⟦23 detidos aproveitaram a confusão para fugir por um buraco aberto no muro do "
            "pátio; nove já foram recapturados⟧", "Ricardo Mourão", "indirect", "riot-u3"),
         St("“⟦Contámos pelo menos 12 reclusos mortos no pavilhão C, e há mais de 50 feridos⟧”", "Adelina Sarmento",
            "direct", "riot-u4"),
         St("Segundo ela, ⟦a cadeia alberga 2.400 presos, embora tenha sido construída para 1.100⟧",
            "Adelina Sarmento", "indirect", "riot-u5"),
         St("Correio que ⟦a revolta estalou durante uma revista às celas à procura de telemóveis⟧",
            "Vale do Tordo guard (anonymous)", "indirect", "riot-u6")),
        (Fg("pelo menos ⟦dez⟧ mortos", 10, "at least", "killed", "riot-q-killed"),
         Fg("— ⟦oito⟧ reclusos", 8, None, "killed", "riot-q-inmates-killed"),
         Fg("e ⟦dois⟧ guardas prisionais", 2, None, "killed", "riot-q-guards-killed"),
         Fg("e ⟦34⟧ feridos", 34, None, "wounded", "riot-q-wounded"),
         Fg("revolta, ⟦17⟧ guardas", 17, None, "other", "riot-q-hostages"),
         Fg("⟦dois⟧ deles com", 2, None, "wounded", "riot-q-hostages-wounded"),
         Fg("ministro, ⟦23⟧ detidos", 23, None, "other", "riot-q-escaped"),
         Fg("⟦nove⟧ já foram", 9, None, "other", "riot-q-recaptured"),
         Fg("pelo menos ⟦12⟧ reclusos", 12, "at least", "killed", "riot-q-inmates-killed"),
         Fg("mais de ⟦50⟧ feridos", 50, "more than", "wounded", "riot-q-wounded"),
         Fg("alberga ⟦2.400⟧ presos", 2400, None, "other", "riot-q-inmates"),
         Fg("para ⟦1.100⟧.", 1100, None, "other", "riot-q-capacity"))),
    Art("ml5-prison-riot", "ilmessaggerodelnord.example", "esteri/2026/10/19/rivolta-carcere-vale-do-tordo-cappellano",
        "2026-10-19", "it",
        "Rivolta nel carcere di Vale do Tordo, il cappellano italiano: «Ho visto l'inferno»",
        ("È di dieci morti, tra cui due agenti penitenziari, e di una trentina di feriti il bilancio ufficiale della "
         "rivolta scoppiata domenica nel carcere di Vale do Tordo, in Lusitera. Ma il sindacato degli agenti parla "
         "di almeno dodici detenuti uccisi.",
         "«Ho visto l'inferno. I ragazzi del braccio C bruciavano i materassi e urlavano che volevano parlare con un "
         "giudice», ha raccontato al telefono padre Anselmo Ruffini, bergamasco, da diciotto anni cappellano del "
         "penitenziario.",
         "Secondo il ministro della Giustizia lusiterano, Ricardo Mourão, 23 detenuti sono evasi approfittando del "
         "caos; ne sono stati ripresi nove. Padre Ruffini ha detto che tra i reclusi del braccio C ci sono anche tre "
         "sudcoreani, che a quanto gli risulta stanno tutti bene.",
         "Il ministro ha escluso qualsiasi trattativa. «Lo Stato non tratta con chi prende ostaggi», ha ribadito "
         "lunedì."),
        (St("parla di ⟦almeno dodici detenuti uccisi⟧", "Sindicato Nacional dos Guardas Prisionais", "indirect",
            "riot-u4"),
         St("«⟦Ho visto l'inferno. I ragazzi del braccio C bruciavano i materassi e urlavano che volevano parlare con "
            "un giudice⟧»", "Anselmo Ruffini", "direct", "riot-u7"),
         St("Mourão, ⟦23 detenuti sono evasi approfittando del caos; ne sono stati ripresi nove⟧", "Ricardo Mourão",
            "indirect", "riot-u3"),
         St("ha detto che ⟦tra i reclusi del braccio C ci sono anche tre sudcoreani, che a quanto gli risulta stanno "
            "tutti bene⟧", "Anselmo Ruffini", "indirect", "riot-u8"),
         St("«⟦Lo Stato non tratta con chi prende ostaggi⟧»", "Ricardo Mourão", "direct", "riot-u2")),
        (Fg("È di ⟦dieci⟧ morti", 10, None, "killed", "riot-q-killed"),
         Fg("tra cui ⟦due⟧ agenti", 2, None, "killed", "riot-q-guards-killed"),
         Fg("una ⟦trentina⟧ di feriti", 30, "about", "wounded", "riot-q-wounded"),
         Fg("almeno ⟦dodici⟧ detenuti", 12, "at least", "killed", "riot-q-inmates-killed"),
         Fg("Mourão, ⟦23⟧ detenuti", 23, None, "other", "riot-q-escaped"),
         Fg("ripresi ⟦nove⟧", 9, None, "other", "riot-q-recaptured"),
         Fg("anche ⟦tre⟧ sudcoreani", 3, None, "other", "riot-q-korean-inmates"))),
    Art("ml5-prison-riot", "dongbangnews.example", "news/articleView.html?idxno=318842", "2026-10-19", "ko",
        "루시테라 교도소 폭동으로 10명 사망…한국인 수감자 3명은 무사",
        ("루시테라 최대 교도소인 발레두토르두 교도소에서 18일(현지시간) 폭동이 일어나 재소자 8명과 교도관 2명 등 "
         "10명이 숨지고 34명이 다쳤다고 현지 법무부가 밝혔다.",
         "폭동을 틈타 재소자 23명이 교도소 담장에 뚫린 구멍으로 달아났으며, 이 가운데 9명이 다시 붙잡혔다. 경찰은 "
         "헬기를 동원해 나머지 14명을 쫓고 있다.",
         "교도관 노조는 정부 발표가 축소됐다고 반발했다. 아델리나 사르멘투 교도관노조 위원장은 “C동에서만 최소 "
         "12명의 재소자가 숨졌고 부상자도 50명이 넘는다”고 주장했다.",
         "히카르두 모랑 법무장관은 기자회견에서 “국가는 인질을 잡는 자들과 협상하지 않는다”고 강조했다.",
         "주루시테라 한국대사관에 따르면 이 교도소에는 마약 밀반입 혐의로 복역 중인 한국인 3명이 수감돼 있으나 "
         "모두 다친 곳은 없는 것으로 확인됐다."),
        (St("⟦루시테라 최대 교도소인 발레두토르두 교도소에서 18일(현지시간) 폭동이 일어나 재소자 8명과 교도관 2명 등 "
            "10명이 숨지고 34명이 다쳤다⟧고", "Lusitera justice ministry", "indirect", "riot-u1"),
         St("노조는 ⟦정부 발표가 축소됐다⟧고", "Sindicato Nacional dos Guardas Prisionais", "indirect", "riot-u9"),
         St("“⟦C동에서만 최소 12명의 재소자가 숨졌고 부상자도 50명이 넘는다⟧”", "Adelina Sarmento", "direct",
            "riot-u4"),
         St("“⟦국가는 인질을 잡는 자들과 협상하지 않는다⟧”", "Ricardo Mourão", "direct", "riot-u2"),
         St("따르면 ⟦이 교도소에는 마약 밀반입 혐의로 복역 중인 한국인 3명이 수감돼 있으나 모두 다친 곳은 없는 것으로 "
            "확인됐다⟧", "South Korean embassy in Lusitera", "indirect", "riot-u10")),
        (Fg("재소자 ⟦8⟧명과", 8, None, "killed", "riot-q-inmates-killed"),
         Fg("교도관 ⟦2⟧명 등", 2, None, "killed", "riot-q-guards-killed"),
         Fg("⟦10⟧명이 숨지고", 10, None, "killed", "riot-q-killed"),
         Fg("⟦34⟧명이 다쳤다", 34, None, "wounded", "riot-q-wounded"),
         Fg("재소자 ⟦23⟧명이", 23, None, "other", "riot-q-escaped"),
         Fg("이 가운데 ⟦9⟧명이", 9, None, "other", "riot-q-recaptured"),
         Fg("나머지 ⟦14⟧명을", 14, None, "other", "riot-q-at-large"),
         Fg("최소 ⟦12⟧명의", 12, "at least", "killed", "riot-q-inmates-killed"),
         Fg("부상자도 ⟦50⟧명이 넘는다", 50, "more than", "wounded", "riot-q-wounded"),
         Fg("한국인 ⟦3⟧명이", 3, None, "other", "riot-q-korean-inmates"))),
    Art("ml5-prison-riot", "weserkurier-abend.example", "politik/ausland/gefaengnisrevolte-lusitera-1.5530482",
        "2026-10-19", "de",
        "Gefängnisrevolte in Lusitera: Zehn Tote, 14 Häftlinge weiter auf der Flucht",
        ("Nach Angaben des Justizministeriums in Porto Lindo wurden bei der Revolte im Gefängnis von Vale do Tordo "
         "zehn Menschen getötet, darunter zwei Vollzugsbeamte, 34 weitere erlitten Verletzungen. Die Gewerkschaft "
         "der Gefängniswärter spricht dagegen von mindestens zwölf toten Häftlingen.",
         "„Wir warnen das Ministerium seit Monaten. In Block C kommen auf einen Beamten sechzig Gefangene“, sagte "
         "Gewerkschaftschefin Adelina Sarmento.",
         "Unter den Insassen ist auch ein 41 Jahre alter Deutscher aus Hallwangen, der wegen Drogenschmuggels eine "
         "Haftstrafe verbüßt. Das Auswärtige Amt bestätigte, dass der Mann bei der Revolte leicht verletzt wurde. Er "
         "werde von der Botschaft konsularisch betreut.",
         "Justizminister Ricardo Mourão schloss Verhandlungen mit den Meuterern aus. Der Staat verhandle nicht mit "
         "Geiselnehmern, sagte er. Von den 23 Entflohenen seien neun wieder gefasst, die übrigen 14 würden mit "
         "Hubschraubern gesucht."),
        (St("Porto Lindo ⟦wurden bei der Revolte im Gefängnis von Vale do Tordo zehn Menschen getötet, darunter zwei "
            "Vollzugsbeamte, 34 weitere erlitten Verletzungen⟧", "Lusitera justice ministry", "indirect", "riot-u1"),
         St("spricht dagegen von ⟦mindestens zwölf toten Häftlingen⟧", "Sindicato Nacional dos Guardas Prisionais",
            "indirect", "riot-u4"),
         St("„⟦Wir warnen das Ministerium seit Monaten. In Block C kommen auf einen Beamten sechzig Gefangene⟧“",
            "Adelina Sarmento", "direct", "riot-u11"),
         St("bestätigte, dass ⟦der Mann bei der Revolte leicht verletzt wurde⟧", "German Foreign Office", "indirect",
            "riot-u12"),
         St("⟦Er werde von der Botschaft konsularisch betreut⟧", "German Foreign Office", "indirect", "riot-u13"),
         St("⟦Der Staat verhandle nicht mit Geiselnehmern⟧, sagte er", "Ricardo Mourão", "indirect", "riot-u2"),
         St("⟦Von den 23 Entflohenen seien neun wieder gefasst, die übrigen 14 würden mit Hubschraubern gesucht⟧",
            "Ricardo Mourão", "indirect", "riot-u3")),
        (Fg("⟦zehn⟧ Menschen getötet", 10, None, "killed", "riot-q-killed"),
         Fg("darunter ⟦zwei⟧ Vollzugsbeamte", 2, None, "killed", "riot-q-guards-killed"),
         Fg("⟦34⟧ weitere erlitten", 34, None, "wounded", "riot-q-wounded"),
         Fg("mindestens ⟦zwölf⟧ toten", 12, "at least", "killed", "riot-q-inmates-killed"),
         Fg("den ⟦23⟧ Entflohenen", 23, None, "other", "riot-q-escaped"),
         Fg("seien ⟦neun⟧ wieder", 9, None, "other", "riot-q-recaptured"),
         Fg("übrigen ⟦14⟧ würden", 14, None, "other", "riot-q-at-large"))),
    Art("ml5-prison-riot", "jornaldoatlantico.example", "sociedade/2026/10/20/vale-do-tordo-balanco-revisto",
        "2026-10-20", "pt",
        "Vale do Tordo: Governo sobe para 13 o número de mortos, sindicato fala em encobrimento",
        ("O Ministério da Justiça reviu esta terça-feira em alta o balanço da rebelião de Vale do Tordo: morreram 13 "
         "pessoas, onze reclusos e os dois guardas já conhecidos. Três dos corpos foram encontrados nos escombros "
         "do pavilhão C, destruído pelo fogo durante o motim.",
         "A presidente do Sindicato Nacional dos Guardas Prisionais, Adelina Sarmento, garantiu que o número real de "
         "feridos ultrapassa os 60. Segundo Sarmento, os guardas trabalham «sem coletes, sem rádios e sem "
         "reforços».",
         "Dos 23 fugitivos, 16 já estão de novo atrás das grades, informou a Polícia Nacional, que mantém "
         "barreiras nas estradas da região.",
         "“Não houve encobrimento nenhum. Cada número que divulgámos foi confirmado pelo Instituto de Medicina "
         "Legal”, reagiu o ministro Ricardo Mourão, que anunciou um inquérito independente."),
        (St("balanço da rebelião de Vale do Tordo: ⟦morreram 13 pessoas, onze reclusos e os dois guardas já "
            "conhecidos⟧", "Lusitera justice ministry", "indirect", "riot-u14"),
         St("garantiu que ⟦o número real de feridos ultrapassa os 60⟧", "Adelina Sarmento", "indirect", "riot-u15"),
         St("Segundo Sarmento, ⟦os guardas trabalham «sem coletes, sem rádios e sem reforços»⟧", "Adelina Sarmento",
            "partial", "riot-u16"),
         St("⟦Dos 23 fugitivos, 16 já estão de novo atrás das grades⟧, informou", "Lusitera national police",
            "indirect", "riot-u17"),
         St("“⟦Não houve encobrimento nenhum. Cada número que divulgámos foi confirmado pelo Instituto de Medicina "
            "Legal⟧”", "Ricardo Mourão", "direct", "riot-u18")),
        (Fg("morreram ⟦13⟧ pessoas", 13, None, "killed", "riot-q-killed"),
         Fg("⟦onze⟧ reclusos", 11, None, "killed", "riot-q-inmates-killed"),
         Fg("os ⟦dois⟧ guardas já", 2, None, "killed", "riot-q-guards-killed"),
         Fg("ultrapassa os ⟦60⟧", 60, "more than", "wounded", "riot-q-wounded"),
         Fg("Dos ⟦23⟧ fugitivos", 23, None, "other", "riot-q-escaped"),
         Fg("⟦16⟧ já estão", 16, None, "other", "riot-q-recaptured"))),
)


# Every form an entity of this story is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_13: dict[str, tuple[str, ...]] = {
    "Pelangor weather agency": ("펠랑고르 국가기상청", "국가기상청", "기상청", "staatliche Wetterdienst Pelangors",
                                "Wetterdienst", "Behörde", "national weather agency", "weather agency",
                                "agence météorologique nationale", "agence météorologique"),
    "Dewi Samarang": ("Dewi Samarang", "Samarang", "데위 사마랑", "사마랑", "데위 사마랑 바투안 주지사", "사마랑 주지사",
                      "Gouverneurin Dewi Samarang", "Governor Dewi Samarang", "gouverneure", "gobernadora",
                      "gobernadora Dewi Samarang"),
    "Batuan provincial government": ("Provinzregierung", "officials in Pelangor's Batuan province", "officials",
                                     "autorités de la province de Batuan", "autorités"),
    "Moon Ha-rin": ("Moon Ha-rin", "Moon Ha Rin", "문하린", "문하린 씨"),
    "Bundesverband Fernreisen": ("Bundesverband Fernreisen", "Bundesverbands Fernreisen"),
    "Jana Wirsching": ("Jana Wirsching", "Wirsching"),
    "Batuan airport operator": ("Flughafenbetreiber", "Betreiber"),
    "Port Marisol hotel receptionist (anonymous)": ("receptionist", "a receptionist"),
    "French foreign ministry": ("ministère des Affaires étrangères", "ministère"),
    "Batuan airport employee (anonymous)": ("employé de l'aéroport", "un employé de l'aéroport", "employé"),
    "Pelangor civil protection agency": ("Agencia de Protección Civil de Pelangor", "Protección Civil",
                                         "펠랑고르 민방위청", "민방위청"),
    "Pelangor coast guard": ("Guardia Costera",),
    "Spanish consulate official (anonymous)": ("funcionario del consulado de España", "funcionario"),
    "South Korean embassy in Pelangor official (anonymous)": ("주펠랑고르 한국대사관 관계자", "한국대사관 관계자",
                                                              "관계자"),
    "Lusitera justice ministry": ("Ministério da Justiça", "법무부", "현지 법무부", "Justizministerium",
                                  "Justizministeriums", "Justizministeriums in Porto Lindo"),
    "Ricardo Mourão": ("Ricardo Mourão", "Mourão", "ministro da Justiça", "ministro Ricardo Mourão",
                       "ministro della Giustizia", "히카르두 모랑", "모랑", "히카르두 모랑 법무장관", "법무장관",
                       "Justizminister Ricardo Mourão", "Justizminister", "ministro"),
    "Adelina Sarmento": ("Adelina Sarmento", "Sarmento", "presidente do sindicato", "아델리나 사르멘투", "사르멘투",
                         "아델리나 사르멘투 교도관노조 위원장", "위원장", "Gewerkschaftschefin Adelina Sarmento",
                         "Gewerkschaftschefin"),
    "Sindicato Nacional dos Guardas Prisionais": ("Sindicato Nacional dos Guardas Prisionais", "sindicato",
                                                  "sindacato degli agenti", "sindacato", "교도관 노조", "노조",
                                                  "Gewerkschaft der Gefängniswärter", "Gewerkschaft"),
    "Vale do Tordo guard (anonymous)": ("guarda", "um guarda"),
    "Anselmo Ruffini": ("Anselmo Ruffini", "Ruffini", "padre Anselmo Ruffini", "padre Ruffini", "cappellano"),
    "South Korean embassy in Lusitera": ("주루시테라 한국대사관", "한국대사관"),
    "Lusitera national police": ("Polícia Nacional", "polícia"),
}
