"""Stories of the fourth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (both test, listed in TEST_STORIES there): an explosion at a refinery whose toll rises from two dead
and one missing to three dead overnight while thousands of residents are told to stay indoors (ml5-refinery), and a
ferry crews' strike whose stranded passengers and cancelled crossings the union and the company count differently
(ml5-ferry-strike).

Annotation choices beyond the protocol: residents told to stay indoors (sheltering in place, not leaving) are
`other`, not `displaced`; a toll reported on the first day and its revision are the same quantity, as are the
union's and the company's counts of one thing; a sentence in the German subjunctive that continues a named
speaker's words without a cue of its own is that speaker's indirect statement.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_10: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: a refinery explosion (TEST)
    Art("ml5-refinery", "lejournaldelalenne.example", "faits-divers/2026/09/13/explosion-raffinerie-vaubreuil",
        "2026-09-13", "fr",
        "Explosion à la raffinerie de Vaubreuil : deux morts et un salarié disparu",
        ("Une violente explosion a secoué dimanche matin la raffinerie Transéole de Vaubreuil, tuant deux salariés "
         "et en blessant 14 autres, dont quatre grièvement. Un troisième employé était toujours porté disparu en fin "
         f"de journée. Par précaution, quelque 8{NB}000 habitants des communes voisines ont reçu l'ordre de rester "
         "chez eux, fenêtres fermées.",
         f"«{NB}Le feu est circonscrit, mais il n'est pas encore éteint{NB}», a indiqué en milieu d'après-midi le "
         "colonel Bastien Lhermitte, qui dirige les secours. Plus de 120 sapeurs-pompiers sont mobilisés sur le site. "
         "Le commandant a ajouté que les recherches pour retrouver le salarié disparu se poursuivaient dans les "
         "décombres.",
         "Selon Transéole Énergie, l'explosion s'est produite dans une unité de désulfuration à l'arrêt pour "
         "maintenance depuis une semaine. D'après l'agence régionale de l'environnement, les premières mesures de "
         "dioxyde de soufre restent en dessous des seuils d'alerte. Un employé de la raffinerie, qui a requis "
         f"l'anonymat, affirme que des fuites «{NB}avaient été signalées à plusieurs reprises{NB}» ces derniers "
         "mois."),
        (St(f"«{NB}⟦Le feu est circonscrit, mais il n'est pas encore éteint⟧{NB}»", "Bastien Lhermitte", "direct",
            "refinery-u1"),
         St("ajouté que ⟦les recherches pour retrouver le salarié disparu se poursuivaient dans les décombres⟧",
            "Bastien Lhermitte", "indirect", "refinery-u2"),
         St("Énergie, ⟦l'explosion s'est produite dans une unité de désulfuration à l'arrêt pour maintenance depuis "
            "une semaine⟧", "Transéole Énergie", "indirect", "refinery-u3"),
         St("environnement, ⟦les premières mesures de dioxyde de soufre restent en dessous des seuils d'alerte⟧",
            "Lenne environment agency", "indirect", "refinery-u4"),
         St(f"affirme que ⟦des fuites «{NB}avaient été signalées à plusieurs reprises{NB}» ces derniers mois⟧",
            "Vaubreuil refinery worker (anonymous)", "partial", "refinery-u5")),
        (Fg("tuant ⟦deux⟧ salariés", 2, None, "killed", "refinery-q-killed"),
         Fg("blessant ⟦14⟧ autres", 14, None, "wounded", "refinery-q-wounded"),
         Fg("dont ⟦quatre⟧ grièvement", 4, None, "wounded", "refinery-q-serious"),
         Fg(f"quelque ⟦8{NB}000⟧ habitants", 8000, "about", "other", "refinery-q-sheltering"),
         Fg("Plus de ⟦120⟧ sapeurs-pompiers", 120, "more than", "other", "refinery-q-firefighters"))),
    Art("ml5-refinery", "oberrheinblatt.example", "panorama/explosion-raffinerie-vaubreuil-1.73310", "2026-09-13",
        "de",
        "Explosion in französischer Raffinerie – zwei Arbeiter getötet",
        ("Bei einer Explosion in der Raffinerie von Vaubreuil im Osten Frankreichs sind am Sonntagmorgen zwei "
         "Arbeiter ums Leben gekommen. Mindestens 14 Menschen wurden verletzt, ein weiterer Beschäftigter wird noch "
         "vermisst. Rund 8.000 Anwohner sollen ihre Häuser vorerst nicht verlassen und Fenster und Türen geschlossen "
         "halten.",
         "„Das Feuer ist eingedämmt, aber noch nicht gelöscht“, sagte Feuerwehrkommandant Bastien Lhermitte am "
         "Nachmittag. Mehr als 120 Feuerwehrleute seien im Einsatz. Laut dem Betreiber Transéole Énergie ereignete "
         "sich die Explosion in einer Entschwefelungsanlage, die seit einer Woche zur Wartung stillstand.",
         "Die regionale Umweltbehörde teilte mit, dass die gemessenen Schwefeldioxidwerte unter den Alarmschwellen "
         "lägen. Ob die Anlage ausreichend gesichert war, ist noch unklar."),
        (St("„⟦Das Feuer ist eingedämmt, aber noch nicht gelöscht⟧“", "Bastien Lhermitte", "direct", "refinery-u1"),
         St("⟦Mehr als 120 Feuerwehrleute seien im Einsatz⟧", "Bastien Lhermitte", "indirect", "refinery-u6"),
         St("Transéole Énergie ⟦ereignete sich die Explosion in einer Entschwefelungsanlage, die seit einer Woche "
            "zur Wartung stillstand⟧", "Transéole Énergie", "indirect", "refinery-u3"),
         St("mit, dass ⟦die gemessenen Schwefeldioxidwerte unter den Alarmschwellen lägen⟧",
            "Lenne environment agency", "indirect", "refinery-u4")),
        (Fg("Sonntagmorgen ⟦zwei⟧ Arbeiter", 2, None, "killed", "refinery-q-killed"),
         Fg("Mindestens ⟦14⟧ Menschen", 14, "at least", "wounded", "refinery-q-wounded"),
         Fg("Rund ⟦8.000⟧ Anwohner", 8000, "about", "other", "refinery-q-sheltering"),
         Fg("Mehr als ⟦120⟧ Feuerwehrleute", 120, "more than", "other", "refinery-q-firefighters"))),
    Art("ml5-refinery", "jungbusinmun.example", "news/articleView.html?idxno=402217", "2026-09-14", "ko",
        "프랑스 보브뢰유 정유공장 폭발…3명 사망·14명 부상",
        ("프랑스 동부 보브뢰유의 정유공장에서 13일 오전(현지시간) 폭발이 일어나 근로자 3명이 숨지고 14명이 다쳤다. "
         "당초 실종자로 분류됐던 직원 한 명은 14일 새벽 잔해 속에서 숨진 채 발견됐다. 인근 주민 8천여 명에게는 "
         "외출 자제령이 내려졌다.",
         "현장을 지휘한 바스티앙 레르미트 소방대장은 “불길은 잡혔지만 아직 완전히 꺼진 것은 아니다”라고 말했다. "
         "그는 소방관 120여 명이 밤새 진화 작업을 벌였다고 덧붙였다.",
         "운영사 트랑세올 에네르지에 따르면 폭발은 일주일째 정비를 위해 가동을 멈춘 탈황 설비에서 발생했다. 지역 "
         "환경청은 대기 중 이산화황 농도가 경보 기준치를 밑돌고 있다고 밝혔다."),
        (St("“⟦불길은 잡혔지만 아직 완전히 꺼진 것은 아니다⟧”", "Bastien Lhermitte", "direct", "refinery-u1"),
         St("그는 ⟦소방관 120여 명이 밤새 진화 작업을 벌였다⟧고", "Bastien Lhermitte", "indirect", "refinery-u6"),
         St("따르면 ⟦폭발은 일주일째 정비를 위해 가동을 멈춘 탈황 설비에서 발생했다⟧", "Transéole Énergie",
            "indirect", "refinery-u3"),
         St("환경청은 ⟦대기 중 이산화황 농도가 경보 기준치를 밑돌고 있다⟧고", "Lenne environment agency", "indirect",
            "refinery-u4")),
        (Fg("근로자 ⟦3⟧명이", 3, None, "killed", "refinery-q-killed"),
         Fg("⟦14⟧명이 다쳤다", 14, None, "wounded", "refinery-q-wounded"),
         Fg("주민 ⟦8천여⟧ 명", 8000, "more than", "other", "refinery-q-sheltering"),
         Fg("소방관 ⟦120여⟧ 명", 120, "more than", "other", "refinery-q-firefighters"))),
    Art("ml5-refinery", "thecontinentalpost.example", "world/2026/09/14/vaubreuil-refinery-blast-toll-rises",
        "2026-09-14", "en",
        "Death toll from French refinery blast rises to three",
        ("The body of a missing worker was pulled from the wreckage of the Transéole refinery in Vaubreuil early on "
         "Monday, bringing the death toll from Sunday's explosion to three. Fifteen people were hurt, four of them "
         "critically, and about 8,000 residents were still being told to stay indoors with their windows shut.",
         '"Our thoughts go first of all to the families of the victims," Marc-Antoine Feyrolles, the chief executive '
         "of Transéole Énergie, said at a news conference. He promised that the company would cooperate fully with "
         "investigators.",
         "The order to stay indoors will remain in force at least until Tuesday morning, prefect Thierry Valladier "
         "said. According to the regional environment agency, sulphur dioxide readings have stayed below alert "
         "levels. A refinery worker, who asked not to be named, told reporters that leaks had been reported \"again "
         "and again\" over the summer."),
        (St('"⟦Our thoughts go first of all to the families of the victims⟧,"', "Marc-Antoine Feyrolles", "direct",
            "refinery-u7"),
         St("He promised that ⟦the company would cooperate fully with investigators⟧", "Marc-Antoine Feyrolles",
            "indirect", "refinery-u8"),
         St("⟦The order to stay indoors will remain in force at least until Tuesday morning⟧, prefect",
            "Thierry Valladier", "indirect", "refinery-u9"),
         St("agency, ⟦sulphur dioxide readings have stayed below alert levels⟧", "Lenne environment agency",
            "indirect", "refinery-u4"),
         St('reporters that ⟦leaks had been reported "again and again" over the summer⟧',
            "Vaubreuil refinery worker (anonymous)", "partial", "refinery-u5")),
        (Fg("explosion to ⟦three⟧", 3, None, "killed", "refinery-q-killed"),
         Fg("⟦Fifteen⟧ people were hurt", 15, None, "wounded", "refinery-q-wounded"),
         Fg("⟦four⟧ of them critically", 4, None, "wounded", "refinery-q-serious"),
         Fg("about ⟦8,000⟧ residents", 8000, "about", "other", "refinery-q-sheltering"))),
    Art("ml5-refinery", "ilcorrieredellalpe.example", "esteri/2026/09/14/francia-esplosione-raffineria-vaubreuil",
        "2026-09-14", "it",
        "Francia, esplode una raffineria a Vaubreuil: tre morti",
        ("È salito a tre morti il bilancio dell'esplosione che domenica mattina ha devastato un impianto della "
         "raffineria di Vaubreuil, nella Francia orientale. I feriti sono una quindicina, quattro dei quali in gravi "
         "condizioni. Circa 8mila residenti dei comuni vicini sono ancora chiusi in casa su ordine della prefettura.",
         "Secondo il comandante dei vigili del fuoco, Bastien Lhermitte, l'incendio è sotto controllo ma non ancora "
         "spento. L'amministratore delegato di Transéole Énergie, Marc-Antoine Feyrolles, ha detto che il suo primo "
         "pensiero va «alle famiglie delle vittime» e ha assicurato che l'azienda collaborerà con gli inquirenti.",
         "La procura di Vaubreuil ha aperto un'inchiesta per omicidio colposo."),
        (St("Lhermitte, ⟦l'incendio è sotto controllo ma non ancora spento⟧", "Bastien Lhermitte", "indirect",
            "refinery-u1"),
         St("detto che ⟦il suo primo pensiero va «alle famiglie delle vittime»⟧", "Marc-Antoine Feyrolles",
            "partial", "refinery-u7"),
         St("assicurato che ⟦l'azienda collaborerà con gli inquirenti⟧", "Marc-Antoine Feyrolles", "indirect",
            "refinery-u8")),
        (Fg("salito a ⟦tre⟧ morti", 3, None, "killed", "refinery-q-killed"),
         Fg("sono ⟦una quindicina⟧", 15, "about", "wounded", "refinery-q-wounded"),
         Fg("⟦quattro⟧ dei quali", 4, None, "wounded", "refinery-q-serious"),
         Fg("Circa ⟦8mila⟧ residenti", 8000, "about", "other", "refinery-q-sheltering"))),
    Art("ml5-refinery", "leveilrhodanien.example", "region/vaubreuil-raffinerie-bilan-confinement-prolonge",
        "2026-09-14", "fr",
        "Raffinerie de Vaubreuil : le bilan s'alourdit, le confinement prolongé",
        ("Le corps du salarié porté disparu depuis dimanche a été retrouvé lundi à l'aube sous les décombres de "
         "l'unité de désulfuration, a annoncé le parquet de Vaubreuil, qui a ouvert une enquête pour homicides "
         "involontaires. L'explosion a désormais fait trois morts et quinze blessés.",
         f"«{NB}Le confinement sera maintenu au moins jusqu'à mardi matin{NB}», a fait savoir le préfet de la Lenne, "
         f"Thierry Valladier, à l'issue d'une réunion de crise. Près de 8{NB}000 riverains sont concernés.",
         "Devant la presse, le PDG de Transéole Énergie, Marc-Antoine Feyrolles, a eu "
         f"«{NB}une pensée d'abord pour les familles des victimes{NB}». Il a promis que l'entreprise coopérerait "
         "pleinement avec la justice."),
        (St("⟦Le corps du salarié porté disparu depuis dimanche a été retrouvé lundi à l'aube sous les décombres de "
            "l'unité de désulfuration⟧, a annoncé", "Parquet de Vaubreuil", "indirect", "refinery-u10"),
         St(f"«{NB}⟦Le confinement sera maintenu au moins jusqu'à mardi matin⟧{NB}»", "Thierry Valladier", "direct",
            "refinery-u9"),
         St(f"eu «{NB}⟦une pensée d'abord pour les familles des victimes⟧{NB}»", "Marc-Antoine Feyrolles",
            "partial", "refinery-u7"),
         St("Il a promis que ⟦l'entreprise coopérerait pleinement avec la justice⟧", "Marc-Antoine Feyrolles",
            "indirect", "refinery-u8")),
        (Fg("fait ⟦trois⟧ morts", 3, None, "killed", "refinery-q-killed"),
         Fg("et ⟦quinze⟧ blessés", 15, None, "wounded", "refinery-q-wounded"),
         Fg(f"Près de ⟦8{NB}000⟧ riverains", 8000, "nearly", "other", "refinery-q-sheltering"))),
    # ---------------------------------------------------------------- story: a ferry crews' strike (TEST)
    Art("ml5-ferry-strike", "eldiariodecalderinas.example", "islas/2026/07/20/huelga-ferris-naviera-alcaravan",
        "2026-07-20", "es",
        "Primera jornada de huelga en los ferris: miles de pasajeros atrapados en Puerto Zafra",
        ("La huelga de los tripulantes de Naviera Alcaraván dejó este lunes en tierra a miles de viajeros en Puerto "
         "Zafra y en los muelles de las islas Calderinas. La compañía canceló 48 travesías y cifra en unos 7.000 los "
         "pasajeros afectados; el sindicato eleva la cifra a más de 12.000.",
         '"La huelga sigue hasta que la naviera se siente a negociar de verdad", advirtió Inés Barrachina, '
         "secretaria general del Sindicato Unitario de Tripulantes (SUT), ante los cerca de 1.400 trabajadores "
         'convocados. Barrachina denunció que la empresa ha recortado plantillas "hasta el límite de la seguridad".',
         "Según el director de operaciones de la naviera, Rodrigo Maldonado, los servicios mínimos se están "
         "cumpliendo en todas las líneas. Entre los afectados hay una cuarentena de turistas surcoreanos y unos 300 "
         "camiones que esperaban embarcar en el puerto."),
        (St('"⟦La huelga sigue hasta que la naviera se siente a negociar de verdad⟧", advirtió', "Inés Barrachina",
            "direct", "ferry-u1"),
         St('denunció que ⟦la empresa ha recortado plantillas "hasta el límite de la seguridad"⟧', "Inés Barrachina",
            "partial", "ferry-u2"),
         St("Maldonado, ⟦los servicios mínimos se están cumpliendo en todas las líneas⟧", "Rodrigo Maldonado",
            "indirect", "ferry-u3")),
        (Fg("canceló ⟦48⟧ travesías", 48, None, "other", "ferry-q-cancelled"),
         Fg("en unos ⟦7.000⟧ los", 7000, "about", "other", "ferry-q-stranded"),
         Fg("a más de ⟦12.000⟧", 12000, "more than", "other", "ferry-q-stranded"),
         Fg("cerca de ⟦1.400⟧ trabajadores", 1400, "about", "other", "ferry-q-strikers"),
         Fg("hay ⟦una cuarentena⟧ de turistas", 40, "about", "other", "ferry-q-koreans"),
         Fg("unos ⟦300⟧ camiones", 300, "about", "other", "ferry-q-trucks"))),
    Art("ml5-ferry-strike", "diariodoatlantico.example", "economia/2026/07/21/greve-ferries-calderinas-camionistas",
        "2026-07-21", "pt",
        "Greve nos ferries das Calderinas retém camionistas portugueses em Puerto Zafra",
        ("Mais de 300 camiões, muitos deles portugueses, continuam retidos no porto espanhol de Puerto Zafra, no "
         "segundo dia da greve dos tripulantes da Naviera Alcaraván. Segundo a companhia, já foram canceladas 86 "
         "travessias desde segunda-feira.",
         "A líder sindical Inés Barrachina afirmou que a paralisação vai continuar enquanto a empresa não aceitar "
         "negociar “a sério”. De acordo com o sindicato, cerca de 12 mil passageiros ficaram em terra.",
         "“Estamos parados há dois dias, a dormir na cabine e sem saber de nada”, contou ao nosso jornal um "
         "motorista de Leiria que pediu para não ser identificado. A conselheira regional da Mobilidade, Pilar "
         "Ugarte, anunciou que vai convocar as duas partes para uma reunião de mediação na quinta-feira."),
        (St("companhia, ⟦já foram canceladas 86 travessias desde segunda-feira⟧", "Naviera Alcaraván", "indirect",
            "ferry-u4"),
         St("afirmou que ⟦a paralisação vai continuar enquanto a empresa não aceitar negociar “a sério”⟧",
            "Inés Barrachina", "partial", "ferry-u1"),
         St("sindicato, ⟦cerca de 12 mil passageiros ficaram em terra⟧", "Sindicato Unitario de Tripulantes",
            "indirect", "ferry-u5"),
         St("“⟦Estamos parados há dois dias, a dormir na cabine e sem saber de nada⟧”",
            "Leiria lorry driver (anonymous)", "direct", "ferry-u6"),
         St("anunciou que ⟦vai convocar as duas partes para uma reunião de mediação na quinta-feira⟧",
            "Pilar Ugarte", "indirect", "ferry-u7")),
        (Fg("Mais de ⟦300⟧ camiões", 300, "more than", "other", "ferry-q-trucks"),
         Fg("canceladas ⟦86⟧ travessias", 86, None, "other", "ferry-q-cancelled"),
         Fg("cerca de ⟦12 mil⟧ passageiros", 12000, "about", "other", "ferry-q-stranded"))),
    Art("ml5-ferry-strike", "nordseebote.example", "reise/faehrstreik-calderinas-urlauber-sitzen-fest-1.55092",
        "2026-07-21", "de",
        "Fährstreik auf den Calderinas: Urlauber sitzen fest",
        ("Auf den spanischen Calderinas-Inseln sitzen wegen eines Streiks der Fährbesatzungen Tausende Urlauber "
         "fest, darunter auch viele Deutsche. Nach Angaben der Reederei Naviera Alcaraván fielen seit Montag 86 "
         "Überfahrten aus. Die Gewerkschaft SUT spricht von mehr als 12.000 gestrandeten Passagieren, die Reederei "
         "von rund 7.000.",
         "„Niemand sagt uns, wann wir nach Hause kommen“, sagte Sabine Kröhnert aus Bielefeld, die mit ihrer "
         "Familie seit Montag im Hafen von Puerto Zafra wartet. Ihr Rückflug nach Deutschland gehe am Donnerstag, "
         "erzählte sie.",
         "Gewerkschaftschefin Inés Barrachina kündigte an, der Streik gehe weiter, bis die Reederei „ernsthaft“ "
         "verhandle. Betriebsleiter Rodrigo Maldonado erklärte dagegen, die Notfahrpläne würden auf allen Linien "
         "eingehalten."),
        (St("Alcaraván ⟦fielen seit Montag 86 Überfahrten aus⟧", "Naviera Alcaraván", "indirect", "ferry-u4"),
         St("„⟦Niemand sagt uns, wann wir nach Hause kommen⟧“", "Sabine Kröhnert", "direct", "ferry-u8"),
         St("⟦Ihr Rückflug nach Deutschland gehe am Donnerstag⟧, erzählte sie", "Sabine Kröhnert", "indirect",
            "ferry-u9"),
         St("kündigte an, ⟦der Streik gehe weiter, bis die Reederei „ernsthaft“ verhandle⟧", "Inés Barrachina",
            "partial", "ferry-u1"),
         St("erklärte dagegen, ⟦die Notfahrpläne würden auf allen Linien eingehalten⟧", "Rodrigo Maldonado",
            "indirect", "ferry-u3")),
        (Fg("seit Montag ⟦86⟧ Überfahrten", 86, None, "other", "ferry-q-cancelled"),
         Fg("von mehr als ⟦12.000⟧ gestrandeten", 12000, "more than", "other", "ferry-q-stranded"),
         Fg("von rund ⟦7.000⟧", 7000, "about", "other", "ferry-q-stranded"))),
    Art("ml5-ferry-strike", "daehanmaeil.example", "news/articleView.html?idxno=517730", "2026-07-21", "ko",
        "스페인 칼데리나스 제도 여객선 파업…한국인 관광객 40여 명 발 묶여",
        ("스페인 칼데리나스 제도를 오가는 여객선 선원들의 파업이 이틀째 이어지면서 한국인 관광객 40여 명이 섬에 "
         "발이 묶였다. 외교부에 따르면 이들은 모두 안전하며 현지 호텔에 머물고 있다.",
         "파업을 주도하는 선원노조(SUT)의 이네스 바라치나 위원장은 “회사가 진지하게 협상 테이블에 앉을 때까지 "
         "파업은 계속된다”고 말했다. 노조는 이번 파업으로 승객 1만2천여 명이 피해를 봤다고 주장했다.",
         "반면 선사인 나비에라 알카라반 측은 피해 승객이 7천 명 수준이라고 반박했다. 로드리고 말도나도 운영이사는 "
         "필수 운항은 모든 노선에서 지켜지고 있다고 밝혔다. 파업에는 선원 1천400여 명이 참여하고 있다."),
        (St("따르면 ⟦이들은 모두 안전하며 현지 호텔에 머물고 있다⟧", "South Korean foreign ministry", "indirect",
            "ferry-u10"),
         St("“⟦회사가 진지하게 협상 테이블에 앉을 때까지 파업은 계속된다⟧”", "Inés Barrachina", "direct",
            "ferry-u1"),
         St("노조는 ⟦이번 파업으로 승객 1만2천여 명이 피해를 봤다⟧고", "Sindicato Unitario de Tripulantes",
            "indirect", "ferry-u5"),
         St("측은 ⟦피해 승객이 7천 명 수준⟧이라고", "Naviera Alcaraván", "indirect", "ferry-u11"),
         St("운영이사는 ⟦필수 운항은 모든 노선에서 지켜지고 있다⟧고", "Rodrigo Maldonado", "indirect", "ferry-u3")),
        (Fg("관광객 ⟦40여⟧ 명이", 40, "more than", "other", "ferry-q-koreans"),
         Fg("승객 ⟦1만2천여⟧ 명이", 12000, "more than", "other", "ferry-q-stranded"),
         Fg("승객이 ⟦7천⟧ 명 수준", 7000, "about", "other", "ferry-q-stranded"),
         Fg("선원 ⟦1천400여⟧ 명이", 1400, "more than", "other", "ferry-q-strikers"))),
    Art("ml5-ferry-strike", "theatlanticledger.example", "europe/2026/07/22/calderinas-ferry-strike-third-day",
        "2026-07-22", "en",
        "Ferry strike strands thousands in Calderinas islands for a third day",
        ("Thousands of travellers remained stranded in the Calderinas islands on Wednesday as a strike by ferry "
         "crews entered its third day. Naviera Alcaraván, which runs most crossings to the mainland port of Puerto "
         "Zafra, said 131 sailings had now been cancelled and put the number of affected passengers at around "
         "9,500. The union says more than 15,000 people have been left behind.",
         '"We are not striking against passengers, we are striking for their safety," said Inés Barrachina, who '
         "leads the Unitary Crew Workers' Union (SUT). She said crews had been cut \"to the very limit of safety\" "
         "over the past two years.",
         "Regional mobility chief Pilar Ugarte has summoned both sides to mediation talks on Thursday. A source "
         "close to the negotiations said the company was ready to hire 200 extra crew. Seoul's foreign ministry said "
         "the roughly 40 South Korean tourists among those stuck were all safe and staying in hotels."),
        (St("said ⟦131 sailings had now been cancelled⟧", "Naviera Alcaraván", "indirect", "ferry-u4"),
         St("The union says ⟦more than 15,000 people have been left behind⟧", "Sindicato Unitario de Tripulantes",
            "indirect", "ferry-u5"),
         St('"⟦We are not striking against passengers, we are striking for their safety⟧,"', "Inés Barrachina",
            "direct", "ferry-u12"),
         St('She said ⟦crews had been cut "to the very limit of safety" over the past two years⟧', "Inés Barrachina",
            "partial", "ferry-u2"),
         St("negotiations said ⟦the company was ready to hire 200 extra crew⟧",
            "Calderinas negotiation source (anonymous)", "indirect", "ferry-u13"),
         St("ministry said ⟦the roughly 40 South Korean tourists among those stuck were all safe and staying in "
            "hotels⟧", "South Korean foreign ministry", "indirect", "ferry-u10")),
        (Fg("said ⟦131⟧ sailings", 131, None, "other", "ferry-q-cancelled"),
         Fg("at around ⟦9,500⟧", 9500, "about", "other", "ferry-q-stranded"),
         Fg("more than ⟦15,000⟧ people", 15000, "more than", "other", "ferry-q-stranded"),
         Fg("roughly ⟦40⟧ South Korean", 40, "about", "other", "ferry-q-koreans"))),
    Art("ml5-ferry-strike", "lavozdepuertozafra.example", "comarca/2026/07/21/ugarte-convoca-mediacion-huelga-ferris",
        "2026-07-21", "es",
        "El Gobierno regional convoca a naviera y sindicato tras dos días de huelga en los ferris",
        ("La consejera de Movilidad, Pilar Ugarte, convocó este martes a Naviera Alcaraván y al Sindicato Unitario "
         "de Tripulantes a una mediación el jueves, cuando la huelga de los ferris cumplirá su cuarto día. \"Las "
         "islas no pueden seguir aisladas ni un día más\", dijo Ugarte en rueda de prensa.",
         "Según la naviera, desde el lunes se han suspendido 86 travesías. La empresa calcula que unos 8.000 "
         "pasajeros no han podido viajar, mientras que el SUT habla de casi 13.000.",
         "Fuentes de la negociación aseguran que la compañía estaría dispuesta a contratar a 200 tripulantes más, "
         "algo que Maldonado no quiso confirmar. \"No vamos a negociar en los periódicos\", se limitó a decir el "
         "director de operaciones."),
        (St('"⟦Las islas no pueden seguir aisladas ni un día más⟧", dijo', "Pilar Ugarte", "direct", "ferry-u14"),
         St("naviera, ⟦desde el lunes se han suspendido 86 travesías⟧", "Naviera Alcaraván", "indirect", "ferry-u4"),
         St("calcula que ⟦unos 8.000 pasajeros no han podido viajar⟧", "Naviera Alcaraván", "indirect", "ferry-u11"),
         St("aseguran que ⟦la compañía estaría dispuesta a contratar a 200 tripulantes más⟧",
            "Calderinas negotiation source (anonymous)", "indirect", "ferry-u13"),
         St('"⟦No vamos a negociar en los periódicos⟧", se limitó', "Rodrigo Maldonado", "direct", "ferry-u15")),
        (Fg("suspendido ⟦86⟧ travesías", 86, None, "other", "ferry-q-cancelled"),
         Fg("unos ⟦8.000⟧ pasajeros", 8000, "about", "other", "ferry-q-stranded"),
         Fg("de casi ⟦13.000⟧", 13000, "nearly", "other", "ferry-q-stranded"))),
)

SPEAKER_FORMS_10: dict[str, tuple[str, ...]] = {
    "Bastien Lhermitte": ("Bastien Lhermitte", "Lhermitte", "colonel Bastien Lhermitte", "commandant",
                          "Feuerwehrkommandant Bastien Lhermitte", "바스티앙 레르미트", "레르미트",
                          "바스티앙 레르미트 소방대장", "comandante dei vigili del fuoco"),
    "Transéole Énergie": ("Transéole Énergie", "Transéole", "Betreiber", "Betreiber Transéole Énergie", "운영사",
                          "트랑세올 에네르지", "운영사 트랑세올 에네르지"),
    "Lenne environment agency": ("agence régionale de l'environnement", "regionale Umweltbehörde", "Umweltbehörde",
                                 "지역 환경청", "환경청", "regional environment agency"),
    "Vaubreuil refinery worker (anonymous)": ("employé de la raffinerie", "Un employé de la raffinerie",
                                              "refinery worker", "A refinery worker"),
    "Marc-Antoine Feyrolles": ("Marc-Antoine Feyrolles", "Feyrolles", "chief executive", "PDG de Transéole Énergie",
                               "amministratore delegato", "amministratore delegato di Transéole Énergie"),
    "Thierry Valladier": ("Thierry Valladier", "Valladier", "préfet de la Lenne", "prefect Thierry Valladier"),
    "Parquet de Vaubreuil": ("parquet de Vaubreuil", "parquet"),
    "Inés Barrachina": ("Inés Barrachina", "Barrachina", "Ines Barrachina", "secretaria general",
                        "líder sindical Inés Barrachina", "Gewerkschaftschefin Inés Barrachina", "이네스 바라치나",
                        "바라치나", "이네스 바라치나 위원장"),
    "Sindicato Unitario de Tripulantes": ("Sindicato Unitario de Tripulantes", "SUT", "sindicato", "Gewerkschaft",
                                          "Gewerkschaft SUT", "노조", "선원노조", "union",
                                          "Unitary Crew Workers' Union"),
    "Naviera Alcaraván": ("Naviera Alcaraván", "naviera", "companhia", "compañía", "empresa", "Reederei",
                          "Reederei Naviera Alcaraván", "나비에라 알카라반", "나비에라 알카라반 측", "선사", "company"),
    "Rodrigo Maldonado": ("Rodrigo Maldonado", "Maldonado", "director de operaciones",
                          "Betriebsleiter Rodrigo Maldonado", "로드리고 말도나도", "말도나도",
                          "로드리고 말도나도 운영이사"),
    "Pilar Ugarte": ("Pilar Ugarte", "Ugarte", "consejera de Movilidad", "conselheira regional da Mobilidade",
                     "regional mobility chief Pilar Ugarte"),
    "Sabine Kröhnert": ("Sabine Kröhnert", "Kröhnert"),
    "Leiria lorry driver (anonymous)": ("motorista", "um motorista de Leiria"),
    "Calderinas negotiation source (anonymous)": ("Fuentes de la negociación", "fuentes de la negociación",
                                                  "source close to the negotiations",
                                                  "A source close to the negotiations"),
}
