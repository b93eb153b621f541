"""Test part 7 stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which
holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every town, person, company, outlet and figure is invented. Stories (all test, ml12-*): a metro collision,
a dust explosion at a sugar mill, a tanker spill, a recall of cadmium-painted toddlers' cups, a rail strike that cuts
off an airport, a flooded road tunnel, a typhoid outbreak and a ransomware attack on a university.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_45: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-subway-crash: two metro trains collide
    Art("ml12-subway-crash", "eastharbourgazette.example", "world/2026/11/17/oldrava-metro-collision", "2026-11-17",
        "en",
        "Three dead as metro trains collide under Oldrava",
        ("Three people died and more than 60 were hurt, four of them seriously, when two metro trains collided in a "
         "tunnel beneath central Oldrava during Tuesday's evening rush hour. About 400 passengers were on board.",
         '"Nobody in this city should be afraid of the ride home," Mayor Radim Sokal said at the scene. He said Line '
         "4 would remain closed at least until Friday while every signal on it was checked.",
         "Oldrava Metro, which runs the network, said the second train had passed a red signal seconds before the "
         "impact. According to a person familiar with the investigation, its driver had reported trouble with the "
         "brakes two stations earlier."),
        (St('"⟦Nobody in this city should be afraid of the ride home⟧,"', "Radim Sokal", "direct", "ml12subway-u1"),
         St("He said ⟦Line 4 would remain closed at least until Friday while every signal on it was checked⟧",
            "Radim Sokal", "indirect", "ml12subway-u3"),
         St("network, said ⟦the second train had passed a red signal seconds before the impact⟧", "Oldrava Metro",
            "indirect", "ml12subway-u2"),
         St("investigation, ⟦its driver had reported trouble with the brakes two stations earlier⟧",
            "Oldrava crash investigation source", "indirect", "ml12subway-u4")),
        (Fg("⟦Three⟧ people died", 3, None, "killed", "ml12subway-q-killed"),
         Fg("more than ⟦60⟧ were hurt", 60, "more than", "wounded", "ml12subway-q-wounded"),
         Fg("⟦four⟧ of them seriously", 4, None, "wounded", "ml12subway-q-serious"),
         Fg("About ⟦400⟧ passengers", 400, "about", "other", "ml12subway-q-passengers"))),
    Art("ml12-subway-crash", "lausitzer-abendzeitung.example", "panorama/u-bahn-unglueck-oldrava-1.88231",
        "2026-11-17", "de",
        "U-Bahn-Unglück in Oldrava: Drei Tote, Dutzende Verletzte",
        ("Beim Zusammenstoß zweier U-Bahn-Züge in Oldrava sind am Dienstagabend drei Menschen ums Leben gekommen. "
         "Mehr als 60 Fahrgäste wurden verletzt, vier von ihnen schwer. In den beiden Zügen saßen rund 400 "
         "Menschen.",
         "„Niemand in dieser Stadt sollte Angst vor der Heimfahrt haben müssen“, sagte Bürgermeister Radim Sokal "
         "am Unglücksort. Die Linie 4 bleibe mindestens bis Freitag gesperrt, kündigte er an.",
         "Nach Angaben des Betreibers Oldrava Metro hatte der zweite Zug kurz vor dem Aufprall ein rotes Signal "
         "überfahren. Aus Ermittlerkreisen hieß es, der Fahrer habe bereits zwei Stationen zuvor Probleme mit den "
         "Bremsen gemeldet."),
        (St("„⟦Niemand in dieser Stadt sollte Angst vor der Heimfahrt haben müssen⟧“", "Radim Sokal", "direct",
            "ml12subway-u1"),
         St("⟦Die Linie 4 bleibe mindestens bis Freitag gesperrt⟧, kündigte", "Radim Sokal", "indirect",
            "ml12subway-u3"),
         St("Oldrava Metro ⟦hatte der zweite Zug kurz vor dem Aufprall ein rotes Signal überfahren⟧",
            "Oldrava Metro", "indirect", "ml12subway-u2"),
         St("hieß es, ⟦der Fahrer habe bereits zwei Stationen zuvor Probleme mit den Bremsen gemeldet⟧",
            "Oldrava crash investigation source", "indirect", "ml12subway-u4")),
        (Fg("sind am Dienstagabend ⟦drei⟧ Menschen", 3, None, "killed", "ml12subway-q-killed"),
         Fg("Mehr als ⟦60⟧ Fahrgäste", 60, "more than", "wounded", "ml12subway-q-wounded"),
         Fg("⟦vier⟧ von ihnen schwer", 4, None, "wounded", "ml12subway-q-serious"),
         Fg("rund ⟦400⟧ Menschen", 400, "about", "other", "ml12subway-q-passengers"))),
    Art("ml12-subway-crash", "gaonilbo.example", "news/articleView.html?idxno=310457", "2026-11-17", "ko",
        "올드라바 지하철 열차 충돌…3명 사망·60여 명 부상",
        ("올드라바 도심 지하 터널에서 17일 저녁 퇴근 시간대에 지하철 열차 두 대가 충돌해 3명이 숨지고 60여 명이 "
         "다쳤다. 부상자 가운데 4명은 중상이다. 두 열차에는 승객 약 400명이 타고 있었다.",
         "라딤 소칼 시장은 사고 현장에서 “이 도시에서 누구도 집으로 가는 길을 두려워해서는 안 된다”고 말했다. 그는 "
         "4호선 전 구간의 신호 장치를 점검하는 동안 최소 금요일까지 운행을 중단하겠다고 밝혔다.",
         "운영사 올드라바 메트로에 따르면 뒤따르던 열차가 충돌 직전 정지 신호를 무시하고 진행했다. 수사 사정에 "
         "밝은 한 관계자는 해당 열차 기관사가 두 정거장 전에 제동 장치 이상을 보고했다고 전했다."),
        (St("“⟦이 도시에서 누구도 집으로 가는 길을 두려워해서는 안 된다⟧”", "Radim Sokal", "direct", "ml12subway-u1"),
         St("그는 ⟦4호선 전 구간의 신호 장치를 점검하는 동안 최소 금요일까지 운행을 중단하겠다⟧고", "Radim Sokal",
            "indirect", "ml12subway-u3"),
         St("따르면 ⟦뒤따르던 열차가 충돌 직전 정지 신호를 무시하고 진행했다⟧", "Oldrava Metro", "indirect",
            "ml12subway-u2"),
         St("관계자는 ⟦해당 열차 기관사가 두 정거장 전에 제동 장치 이상을 보고했다⟧고",
            "Oldrava crash investigation source", "indirect", "ml12subway-u4")),
        (Fg("⟦3⟧명이 숨지고", 3, None, "killed", "ml12subway-q-killed"),
         Fg("⟦60여⟧ 명이", 60, "more than", "wounded", "ml12subway-q-wounded"),
         Fg("⟦4⟧명은 중상", 4, None, "wounded", "ml12subway-q-serious"),
         Fg("약 ⟦400⟧명이", 400, "about", "other", "ml12subway-q-passengers"))),
    Art("ml12-subway-crash", "lecourrierdelavesle.example", "monde/collision-metro-oldrava", "2026-11-17", "fr",
        "Collision dans le métro d'Oldrava : trois morts",
        ("Deux rames du métro d'Oldrava se sont percutées mardi soir dans un tunnel du centre-ville, faisant trois "
         "morts et une soixantaine de blessés. Quelque 400 voyageurs se trouvaient à bord.",
         f"«{NB}Personne dans cette ville ne devrait avoir peur de rentrer chez soi{NB}», a lancé le maire, Radim "
         "Sokal, venu sur place. L'élu a assuré que la ligne 4 resterait fermée au moins jusqu'à vendredi.",
         "D'après l'exploitant, Oldrava Metro, la seconde rame a franchi un signal rouge quelques secondes avant le "
         "choc. Le parquet n'a pas souhaité commenter."),
        (St(f"«{NB}⟦Personne dans cette ville ne devrait avoir peur de rentrer chez soi⟧{NB}»", "Radim Sokal",
            "direct", "ml12subway-u1"),
         St("assuré que ⟦la ligne 4 resterait fermée au moins jusqu'à vendredi⟧", "Radim Sokal", "indirect",
            "ml12subway-u3"),
         St("Oldrava Metro, ⟦la seconde rame a franchi un signal rouge quelques secondes avant le choc⟧",
            "Oldrava Metro", "indirect", "ml12subway-u2")),
        (Fg("faisant ⟦trois⟧ morts", 3, None, "killed", "ml12subway-q-killed"),
         Fg("⟦une soixantaine⟧ de blessés", 60, "about", "wounded", "ml12subway-q-wounded"),
         Fg("Quelque ⟦400⟧ voyageurs", 400, "about", "other", "ml12subway-q-passengers"))),
    Art("ml12-subway-crash", "elcorreodeltajo.example", "internacional/2026-11-18/metro-oldrava-cuarta-victima",
        "2026-11-18", "es",
        "Sube a cuatro la cifra de muertos por el choque de metro en Oldrava",
        ("Una mujer herida en el choque de dos trenes del metro de Oldrava murió el miércoles en el hospital, con lo "
         "que el número de víctimas mortales asciende a cuatro. Otras 64 personas resultaron heridas en el "
         "accidente del martes.",
         "Según el operador, Oldrava Metro, el segundo tren rebasó una señal en rojo segundos antes del impacto. "
         "Fuentes de la investigación citadas por la prensa local sostienen que el maquinista había avisado de un "
         "fallo en los frenos dos estaciones antes.",
         "El alcalde, Radim Sokal, repitió el miércoles que nadie en la ciudad \"debería tener miedo de volver a "
         "casa\"."),
        (St("Oldrava Metro, ⟦el segundo tren rebasó una señal en rojo segundos antes del impacto⟧", "Oldrava Metro",
            "indirect", "ml12subway-u2"),
         St("sostienen que ⟦el maquinista había avisado de un fallo en los frenos dos estaciones antes⟧",
            "Oldrava crash investigation source", "indirect", "ml12subway-u4"),
         St("repitió el miércoles que ⟦nadie en la ciudad \"debería tener miedo de volver a casa\"⟧", "Radim Sokal",
            "partial", "ml12subway-u1")),
        (Fg("asciende a ⟦cuatro⟧", 4, None, "killed", "ml12subway-q-killed"),
         Fg("Otras ⟦64⟧ personas", 64, None, "wounded", "ml12subway-q-wounded"))),
    # ---------------------------------------------------------------- ml12-sugar-factory: dust blast at a sugar mill
    Art("ml12-sugar-factory", "folhadocanavial.example", "cidades/2026/11/12/explosao-usina-rio-carauna",
        "2026-11-12", "pt",
        "Explosão em usina de açúcar deixa cinco mortos em Rio Caraúna",
        ("Uma explosão seguida de incêndio na Usina Boa Colheita, em Rio Caraúna, matou cinco trabalhadores na "
         "madrugada desta quinta-feira. Outros 18 ficaram feridos e dois continuam desaparecidos.",
         "“A poeira de açúcar é tão explosiva quanto a pólvora”, afirmou o tenente-coronel Ademar Bitencourt, que "
         "coordena o resgate. Segundo ele, as equipes só poderão entrar no silo depois que a estrutura for "
         "escorada.",
         "Em nota, a usina disse que a unidade tinha passado por uma vistoria de segurança em agosto. Um operador "
         "que pediu para não ser identificado contou que o pó se acumulava havia semanas nas esteiras. Cerca de "
         "300 pessoas trabalhavam no turno da noite."),
        (St("“⟦A poeira de açúcar é tão explosiva quanto a pólvora⟧”", "Ademar Bitencourt", "direct", "ml12sugar-u1"),
         St("Segundo ele, ⟦as equipes só poderão entrar no silo depois que a estrutura for escorada⟧",
            "Ademar Bitencourt", "indirect", "ml12sugar-u2"),
         St("disse que ⟦a unidade tinha passado por uma vistoria de segurança em agosto⟧", "Usina Boa Colheita",
            "indirect", "ml12sugar-u3"),
         St("contou que ⟦o pó se acumulava havia semanas nas esteiras⟧", "Boa Colheita anonymous worker",
            "indirect", "ml12sugar-u4")),
        (Fg("matou ⟦cinco⟧ trabalhadores", 5, None, "killed", "ml12sugar-q-killed"),
         Fg("Outros ⟦18⟧ ficaram", 18, None, "wounded", "ml12sugar-q-wounded"),
         Fg("e ⟦dois⟧ continuam", 2, None, "missing", "ml12sugar-q-missing"),
         Fg("Cerca de ⟦300⟧ pessoas", 300, "about", "other", "ml12sugar-q-shift"))),
    Art("ml12-sugar-factory", "southcrossherald.example", "world/2026/11/12/rio-carauna-sugar-mill-blast",
        "2026-11-12", "en",
        "Explosion at Rio Caraúna sugar mill kills five",
        ("Five workers were killed and 18 injured when an explosion ripped through the Boa Colheita sugar mill in "
         "Rio Caraúna early on Thursday. Two others are missing. Some 300 people were working the night shift.",
         'Fire commander Ademar Bitencourt said sugar dust was "as explosive as gunpowder". Crews could not search the '
         "silo until the structure had been shored up, he added.",
         "The mill's owners said it had passed a safety inspection in August."),
        (St('said ⟦sugar dust was "as explosive as gunpowder"⟧', "Ademar Bitencourt", "partial", "ml12sugar-u1"),
         St("⟦Crews could not search the silo until the structure had been shored up⟧, he added", "Ademar Bitencourt",
            "indirect", "ml12sugar-u2"),
         St("owners said ⟦it had passed a safety inspection in August⟧", "Usina Boa Colheita", "indirect",
            "ml12sugar-u3")),
        (Fg("⟦Five⟧ workers", 5, None, "killed", "ml12sugar-q-killed"),
         Fg("and ⟦18⟧ injured", 18, None, "wounded", "ml12sugar-q-wounded"),
         Fg("⟦Two⟧ others are missing", 2, None, "missing", "ml12sugar-q-missing"),
         Fg("Some ⟦300⟧ people", 300, "about", "other", "ml12sugar-q-shift"))),
    Art("ml12-sugar-factory", "suedharzkurier.example", "welt/zuckerfabrik-explosion-rio-carauna-1.20931",
        "2026-11-13", "de",
        "Explosion in Zuckerfabrik: Zahl der Toten steigt auf sechs",
        ("Nach der Explosion in der Zuckerfabrik Boa Colheita in Rio Caraúna ist die Zahl der Todesopfer auf sechs "
         "gestiegen. Die Rettungskräfte bargen am Freitag die Leiche eines Arbeiters, ein weiterer gilt noch als "
         "vermisst. Mindestens 18 Menschen wurden verletzt.",
         "„Zuckerstaub ist so explosiv wie Schießpulver“, sagte Einsatzleiter Ademar Bitencourt. Erst wenn das Silo "
         "abgestützt sei, könnten seine Leute hinein, erklärte er.",
         "Der Betreiber erklärte, dass die Anlage im August eine Sicherheitsprüfung bestanden habe. Ein Arbeiter, "
         "der anonym bleiben wollte, sagte hingegen, auf den Förderbändern habe sich seit Wochen Staub gesammelt."),
        (St("„⟦Zuckerstaub ist so explosiv wie Schießpulver⟧“", "Ademar Bitencourt", "direct", "ml12sugar-u1"),
         St("⟦Erst wenn das Silo abgestützt sei, könnten seine Leute hinein⟧, erklärte", "Ademar Bitencourt",
            "indirect", "ml12sugar-u2"),
         St("erklärte, dass ⟦die Anlage im August eine Sicherheitsprüfung bestanden habe⟧", "Usina Boa Colheita",
            "indirect", "ml12sugar-u3"),
         St("hingegen, ⟦auf den Förderbändern habe sich seit Wochen Staub gesammelt⟧",
            "Boa Colheita anonymous worker", "indirect", "ml12sugar-u4")),
        (Fg("auf ⟦sechs⟧", 6, None, "killed", "ml12sugar-q-killed"),
         Fg("Mindestens ⟦18⟧ Menschen", 18, "at least", "wounded", "ml12sugar-q-wounded"))),
    Art("ml12-sugar-factory", "saebichnews.example", "news/articleView.html?idxno=77120", "2026-11-13", "ko",
        "리우 카라우나 설탕 공장 폭발…사망자 6명으로 늘어",
        ("리우 카라우나의 보아 콜례이타 제당 공장에서 발생한 폭발 사고 사망자가 6명으로 늘었다. 부상자는 18명이며 "
         "1명은 아직 실종 상태다.",
         "구조 작업을 지휘하는 아데마르 비텐코르트 소방 지휘관은 “설탕 가루는 화약만큼 폭발성이 강하다”고 말했다. "
         "비텐코르트 지휘관에 따르면 사일로 구조물을 보강한 뒤에야 수색 대원이 들어갈 수 있다.",
         "공장 측은 지난 8월 안전 점검을 통과했다고 해명했다. 그러나 익명을 요구한 한 직원은 컨베이어 벨트에 "
         "몇 주째 가루가 쌓여 있었다고 주장했다."),
        (St("“⟦설탕 가루는 화약만큼 폭발성이 강하다⟧”", "Ademar Bitencourt", "direct", "ml12sugar-u1"),
         St("따르면 ⟦사일로 구조물을 보강한 뒤에야 수색 대원이 들어갈 수 있다⟧", "Ademar Bitencourt", "indirect",
            "ml12sugar-u2"),
         St("공장 측은 ⟦지난 8월 안전 점검을 통과했다⟧고", "Usina Boa Colheita", "indirect", "ml12sugar-u3"),
         St("직원은 ⟦컨베이어 벨트에 몇 주째 가루가 쌓여 있었다⟧고", "Boa Colheita anonymous worker", "indirect",
            "ml12sugar-u4")),
        (Fg("⟦6⟧명으로 늘었다", 6, None, "killed", "ml12sugar-q-killed"),
         Fg("부상자는 ⟦18⟧명", 18, None, "wounded", "ml12sugar-q-wounded"),
         Fg("⟦1⟧명은 아직 실종", 1, None, "missing", "ml12sugar-q-missing"))),
    Art("ml12-sugar-factory", "ilcorrieredelcanneto.example", "esteri/esplosione-zuccherificio-rio-carauna",
        "2026-11-12", "it",
        "Esplosione in uno zuccherificio a Rio Caraúna: cinque morti",
        ("Sono almeno cinque i morti dell'esplosione che giovedì notte ha devastato lo zuccherificio Boa Colheita a "
         "Rio Caraúna. I feriti sono una ventina, due operai risultano dispersi.",
         "Secondo il comandante dei vigili del fuoco, Ademar Bitencourt, la polvere di zucchero «è esplosiva quanto "
         "la polvere da sparo». Ha spiegato che le squadre non potranno entrare nel silo finché la struttura non "
         "sarà messa in sicurezza.",
         "Nello stabilimento lavoravano circa 300 persone. L'azienda sostiene che l'impianto avesse superato un "
         "controllo di sicurezza ad agosto."),
        (St("Bitencourt, ⟦la polvere di zucchero «è esplosiva quanto la polvere da sparo»⟧", "Ademar Bitencourt",
            "partial", "ml12sugar-u1"),
         St("Ha spiegato che ⟦le squadre non potranno entrare nel silo finché la struttura non sarà messa in "
            "sicurezza⟧", "Ademar Bitencourt", "indirect", "ml12sugar-u2"),
         St("sostiene che ⟦l'impianto avesse superato un controllo di sicurezza ad agosto⟧", "Usina Boa Colheita",
            "indirect", "ml12sugar-u3")),
        (Fg("almeno ⟦cinque⟧ i morti", 5, "at least", "killed", "ml12sugar-q-killed"),
         Fg("sono ⟦una ventina⟧", 20, "about", "wounded", "ml12sugar-q-wounded"),
         Fg("⟦due⟧ operai", 2, None, "missing", "ml12sugar-q-missing"),
         Fg("circa ⟦300⟧ persone", 300, "about", "other", "ml12sugar-q-shift"))),
    # ---------------------------------------------------------------- ml12-tanker-spill: a grounded tanker leaks crude
    Art("ml12-tanker-spill", "lavozdecorvera.example", "sociedad/2026-11-20/petrolero-aldebaran-spirit-cabo-moreas",
        "2026-11-20", "es",
        "Un petrolero encallado vierte unas 2.000 toneladas de crudo frente a Corvera",
        ("El petrolero Aldebaran Spirit, con bandera de Tarsena, encalló el jueves frente al cabo Moréas y ha "
         "vertido unas 2.000 toneladas de crudo al mar. La mancha se extiende ya a lo largo de 40 kilómetros de "
         "costa.",
         "\"Es la peor catástrofe ecológica que ha sufrido esta costa\", declaró la ministra de Medio Ambiente, "
         "Teresa Albornoz. La ministra avanzó que el Gobierno exigirá a la naviera que pague la limpieza.",
         "Los 24 tripulantes fueron rescatados sanos y salvos, según Salvamento Marítimo. La naviera, Helvara "
         "Shipping, aseguró que la vía de agua del casco ya está sellada."),
        (St("\"⟦Es la peor catástrofe ecológica que ha sufrido esta costa⟧\"", "Teresa Albornoz", "direct",
            "ml12tanker-u1"),
         St("avanzó que ⟦el Gobierno exigirá a la naviera que pague la limpieza⟧", "Teresa Albornoz", "indirect",
            "ml12tanker-u2"),
         St("⟦Los 24 tripulantes fueron rescatados sanos y salvos⟧, según", "Corvera maritime rescue", "indirect",
            "ml12tanker-u4"),
         St("aseguró que ⟦la vía de agua del casco ya está sellada⟧", "Helvara Shipping", "indirect",
            "ml12tanker-u3")),
        (Fg("unas ⟦2.000⟧ toneladas", 2000, "about", "other", "ml12tanker-q-oil"),
         Fg("de ⟦40⟧ kilómetros", 40, None, "other", "ml12tanker-q-coast"),
         Fg("Los ⟦24⟧ tripulantes", 24, None, "other", "ml12tanker-q-crew"))),
    Art("ml12-tanker-spill", "lesoirdelarance.example", "monde/maree-noire-corvera-aldebaran-spirit", "2026-11-20",
        "fr",
        "Marée noire au large de Corvera après l'échouement d'un pétrolier",
        (f"Environ 2{NB}000 tonnes de pétrole brut se sont échappées jeudi de l'Aldebaran Spirit, un pétrolier "
         "échoué au large du cap Moréas, sur l'île de Corvera. Les 24 membres d'équipage ont été hélitreuillés.",
         f"«{NB}C'est la pire catastrophe écologique qu'ait connue cette côte{NB}», a déploré la ministre de "
         "l'Environnement, Teresa Albornoz. Selon elle, l'armateur devra payer l'intégralité du nettoyage.",
         "L'armateur, Helvara Shipping, affirme que la brèche dans la coque a été colmatée. Un responsable du port, "
         "sous couvert d'anonymat, doute pourtant que la fuite soit totalement arrêtée."),
        (St(f"«{NB}⟦C'est la pire catastrophe écologique qu'ait connue cette côte⟧{NB}»", "Teresa Albornoz",
            "direct", "ml12tanker-u1"),
         St("Selon elle, ⟦l'armateur devra payer l'intégralité du nettoyage⟧", "Teresa Albornoz", "indirect",
            "ml12tanker-u2"),
         St("affirme que ⟦la brèche dans la coque a été colmatée⟧", "Helvara Shipping", "indirect",
            "ml12tanker-u3"),
         St("doute pourtant que ⟦la fuite soit totalement arrêtée⟧", "Corvera anonymous port official", "indirect",
            "ml12tanker-u5")),
        (Fg(f"Environ ⟦2{NB}000⟧ tonnes", 2000, "about", "other", "ml12tanker-q-oil"),
         Fg("Les ⟦24⟧ membres", 24, None, "other", "ml12tanker-q-crew"))),
    Art("ml12-tanker-spill", "nordfriesland-echo.example", "welt/oelpest-corvera-tanker-1.55310", "2026-11-21", "de",
        "Ölpest vor Corvera weitet sich aus",
        ("Aus dem vor Corvera gestrandeten Tanker Aldebaran Spirit sind nach neuen Schätzungen mehr als 3.500 Tonnen "
         "Rohöl ausgelaufen – fast doppelt so viel wie zunächst angenommen. Der Ölteppich hat inzwischen rund 55 "
         "Kilometer Küste erreicht.",
         "Umweltministerin Teresa Albornoz hatte bereits am Donnerstag von der „schlimmsten Umweltkatastrophe, die "
         "diese Küste je erlebt hat“, gesprochen. Die Reederei müsse für die gesamte Reinigung aufkommen, sagte sie.",
         "Nach Angaben der Reederei Helvara Shipping ist das Leck im Rumpf inzwischen abgedichtet. Ein Hafenbeamter, "
         "der nicht genannt werden wollte, bezweifelte das: Es trete weiterhin Öl aus."),
        (St("von ⟦der „schlimmsten Umweltkatastrophe, die diese Küste je erlebt hat“⟧", "Teresa Albornoz",
            "partial", "ml12tanker-u1"),
         St("⟦Die Reederei müsse für die gesamte Reinigung aufkommen⟧, sagte", "Teresa Albornoz", "indirect",
            "ml12tanker-u2"),
         St("Helvara Shipping ⟦ist das Leck im Rumpf inzwischen abgedichtet⟧", "Helvara Shipping", "indirect",
            "ml12tanker-u3"),
         St("⟦Es trete weiterhin Öl aus⟧", "Corvera anonymous port official", "indirect", "ml12tanker-u5")),
        (Fg("mehr als ⟦3.500⟧ Tonnen", 3500, "more than", "other", "ml12tanker-q-oil"),
         Fg("rund ⟦55⟧ Kilometer", 55, "about", "other", "ml12tanker-q-coast"))),
    Art("ml12-tanker-spill", "pureunbadanews.example", "news/articleView.html?idxno=51873", "2026-11-21", "ko",
        "코르베라 앞바다 유조선 좌초…원유 3천500t 넘게 유출",
        ("코르베라섬 모레아스곶 앞바다에서 좌초한 유조선 알데바란 스피릿호에서 흘러나온 원유가 3천500t을 넘어선 것으로 "
         "추정된다. 기름띠는 해안선 약 55km에 걸쳐 퍼졌다.",
         "테레사 알보르노스 환경장관은 “이 해안이 겪은 최악의 생태 재앙”이라고 말했다. 알보르노스 장관은 선주가 "
         "방제 비용 전액을 부담해야 한다고 강조했다.",
         "해상구조당국에 따르면 승조원 24명은 전원 무사히 구조됐다. 선사인 헬바라 시핑은 선체 파손 부위를 막았다고 "
         "밝혔다."),
        (St("“⟦이 해안이 겪은 최악의 생태 재앙⟧”", "Teresa Albornoz", "direct", "ml12tanker-u1"),
         St("장관은 ⟦선주가 방제 비용 전액을 부담해야 한다⟧고", "Teresa Albornoz", "indirect", "ml12tanker-u2"),
         St("따르면 ⟦승조원 24명은 전원 무사히 구조됐다⟧", "Corvera maritime rescue", "indirect", "ml12tanker-u4"),
         St("헬바라 시핑은 ⟦선체 파손 부위를 막았다⟧고", "Helvara Shipping", "indirect", "ml12tanker-u3")),
        (Fg("⟦3천500⟧t을 넘어선", 3500, "more than", "other", "ml12tanker-q-oil"),
         Fg("약 ⟦55⟧km", 55, "about", "other", "ml12tanker-q-coast"),
         Fg("승조원 ⟦24⟧명", 24, None, "other", "ml12tanker-q-crew"))),
    Art("ml12-tanker-spill", "ilgazzettinodelmaestrale.example", "cronaca/petroliera-incagliata-corvera",
        "2026-11-20", "it",
        "Petroliera incagliata al largo di Corvera, in mare duemila tonnellate di greggio",
        ("Circa duemila tonnellate di petrolio greggio sono finite in mare dopo che la petroliera Aldebaran Spirit si "
         "è incagliata giovedì davanti a capo Moréas. La chiazza copre già una quarantina di chilometri di costa.",
         "Per la ministra dell'Ambiente Teresa Albornoz si tratta della «peggiore catastrofe ecologica mai vista su "
         "questa costa». Ha aggiunto che sarà l'armatore a dover pagare la bonifica.",
         "Tutti i 24 marittimi a bordo sono stati tratti in salvo, ha fatto sapere il soccorso marittimo."),
        (St("Albornoz ⟦si tratta della «peggiore catastrofe ecologica mai vista su questa costa»⟧", "Teresa Albornoz",
            "partial", "ml12tanker-u1"),
         St("Ha aggiunto che ⟦sarà l'armatore a dover pagare la bonifica⟧", "Teresa Albornoz", "indirect",
            "ml12tanker-u2"),
         St("⟦Tutti i 24 marittimi a bordo sono stati tratti in salvo⟧, ha fatto sapere", "Corvera maritime rescue",
            "indirect", "ml12tanker-u4")),
        (Fg("Circa ⟦duemila⟧ tonnellate", 2000, "about", "other", "ml12tanker-q-oil"),
         Fg("⟦una quarantina⟧ di chilometri", 40, "about", "other", "ml12tanker-q-coast"),
         Fg("i ⟦24⟧ marittimi", 24, None, "other", "ml12tanker-q-crew"))),
    # ---------------------------------------------------------------- ml12-toxic-toys: cadmium in toddlers' cups
    Art("ml12-toxic-toys", "westmarchtelegraph.example", "world/2026/11/24/lumikki-cups-cadmium-recall",
        "2026-11-24", "en",
        "Toy cups recalled after cadmium found; 14 children in hospital",
        ("About 120,000 plastic stacking cups made by Lumikki Play are being recalled across Norvalia after "
         "inspectors found cadmium in the paint. Fourteen children who had chewed the cups have been taken to "
         "hospital.",
         '"Parents must take these cups away from their children today," said Joost Verhaag, who heads the '
         "Norvalian Consumer Safety Authority. Some samples contained up to 40 times the permitted level of "
         "cadmium, he said.",
         "Lumikki Play's chief executive, Sanna Virtavuo, apologised. The company had relied on certificates from "
         "its paint supplier, she said."),
        (St('"⟦Parents must take these cups away from their children today⟧,"', "Joost Verhaag", "direct",
            "ml12toys-u1"),
         St("⟦Some samples contained up to 40 times the permitted level of cadmium⟧, he said", "Joost Verhaag",
            "indirect", "ml12toys-u2"),
         St("⟦The company had relied on certificates from its paint supplier⟧, she said", "Sanna Virtavuo",
            "indirect", "ml12toys-u3")),
        (Fg("About ⟦120,000⟧ plastic", 120_000, "about", "other", "ml12toys-q-recalled"),
         Fg("⟦Fourteen⟧ children", 14, None, "wounded", "ml12toys-q-children"))),
    Art("ml12-toxic-toys", "kinzigtaler-bote.example", "verbraucher/cadmium-kinderbecher-rueckruf-1.30144",
        "2026-11-24", "de",
        "Cadmium in Kinderbechern: Rückruf von rund 120.000 Spielzeugen",
        ("Wegen giftigen Cadmiums im Lack ruft der Hersteller Lumikki Play in Norvalien rund 120.000 Stapelbecher "
         "für Kleinkinder zurück. Vierzehn Kinder, die auf den Bechern gekaut hatten, wurden ins Krankenhaus "
         "gebracht.",
         "„Eltern müssen ihren Kindern diese Becher noch heute wegnehmen“, sagte Joost Verhaag, der Leiter der "
         "norvalischen Verbraucherschutzbehörde. Laut Verhaag enthielten einzelne Proben das Vierzigfache des "
         "zulässigen Cadmiumwerts.",
         "Lumikki-Chefin Sanna Virtavuo entschuldigte sich. Man habe sich auf die Zertifikate des Farbenlieferanten "
         "verlassen, sagte sie. Ärzten zufolge schwebt keines der Kinder in Lebensgefahr."),
        (St("„⟦Eltern müssen ihren Kindern diese Becher noch heute wegnehmen⟧“", "Joost Verhaag", "direct",
            "ml12toys-u1"),
         St("Laut Verhaag ⟦enthielten einzelne Proben das Vierzigfache des zulässigen Cadmiumwerts⟧",
            "Joost Verhaag", "indirect", "ml12toys-u2"),
         St("⟦Man habe sich auf die Zertifikate des Farbenlieferanten verlassen⟧, sagte", "Sanna Virtavuo",
            "indirect", "ml12toys-u3"),
         St("Ärzten zufolge ⟦schwebt keines der Kinder in Lebensgefahr⟧", "Norvalia doctors", "indirect",
            "ml12toys-u4")),
        (Fg("rund ⟦120.000⟧ Stapelbecher", 120_000, "about", "other", "ml12toys-q-recalled"),
         Fg("⟦Vierzehn⟧ Kinder", 14, None, "wounded", "ml12toys-q-children"))),
    Art("ml12-toxic-toys", "haetsalilbo.example", "news/articleView.html?idxno=62409", "2026-11-25", "ko",
        "노르발리아, 카드뮴 검출 유아용 컵 12만여 개 리콜…어린이 17명 입원",
        ("노르발리아에서 유아용 쌓기 컵 12만여 개가 카드뮴 검출로 리콜된다. 이 컵을 입에 물었던 어린이 17명이 "
         "병원에 입원했다.",
         "요스트 페르하흐 노르발리아 소비자안전청장은 “부모들은 오늘 당장 아이들에게서 이 컵을 치워야 한다”고 "
         "말했다. 그는 일부 시료에서 허용치의 40배에 달하는 카드뮴이 나왔다고 덧붙였다.",
         "제조사 루미키 플레이의 산나 비르타부오 대표는 사과하면서 도료 납품업체의 인증서를 믿었다고 해명했다. "
         "의료진에 따르면 입원한 어린이들은 모두 생명에는 지장이 없다."),
        (St("“⟦부모들은 오늘 당장 아이들에게서 이 컵을 치워야 한다⟧”", "Joost Verhaag", "direct", "ml12toys-u1"),
         St("그는 ⟦일부 시료에서 허용치의 40배에 달하는 카드뮴이 나왔다⟧고", "Joost Verhaag", "indirect",
            "ml12toys-u2"),
         St("사과하면서 ⟦도료 납품업체의 인증서를 믿었다⟧고", "Sanna Virtavuo", "indirect", "ml12toys-u3"),
         St("따르면 ⟦입원한 어린이들은 모두 생명에는 지장이 없다⟧", "Norvalia doctors", "indirect",
            "ml12toys-u4")),
        (Fg("컵 ⟦12만여⟧ 개가", 120_000, "more than", "other", "ml12toys-q-recalled"),
         Fg("어린이 ⟦17⟧명이", 17, None, "wounded", "ml12toys-q-children"))),
    Art("ml12-toxic-toys", "jornaldoconsumidor.example", "noticias/2026/11/24/lumikki-recolhe-copos-cadmio",
        "2026-11-24", "pt",
        "Copos de brinquedo com cádmio: recolhimento de 120 mil unidades na Norvália",
        ("A fabricante Lumikki Play vai recolher cerca de 120 mil copos de empilhar para bebês vendidos na "
         "Norvália, depois que fiscais encontraram cádmio na tinta. Catorze crianças foram levadas ao hospital.",
         "De acordo com Joost Verhaag, diretor da autoridade de defesa do consumidor, algumas amostras tinham até 40 "
         "vezes o limite de cádmio permitido. “Os pais devem tirar esses copos das crianças hoje mesmo”, disse ele.",
         "A presidente da empresa, Sanna Virtavuo, pediu desculpas e afirmou que a Lumikki confiou nos certificados "
         "do fornecedor de tinta."),
        (St("consumidor, ⟦algumas amostras tinham até 40 vezes o limite de cádmio permitido⟧", "Joost Verhaag",
            "indirect", "ml12toys-u2"),
         St("“⟦Os pais devem tirar esses copos das crianças hoje mesmo⟧”", "Joost Verhaag", "direct",
            "ml12toys-u1"),
         St("afirmou que ⟦a Lumikki confiou nos certificados do fornecedor de tinta⟧", "Sanna Virtavuo", "indirect",
            "ml12toys-u3")),
        (Fg("cerca de ⟦120 mil⟧ copos", 120_000, "about", "other", "ml12toys-q-recalled"),
         Fg("⟦Catorze⟧ crianças", 14, None, "wounded", "ml12toys-q-children"))),
    Art("ml12-toxic-toys", "lafeuilledeslandes.example", "monde/gobelets-cadmium-norvalie-enfants", "2026-11-25",
        "fr",
        "Gobelets pour bébés au cadmium : 17 enfants hospitalisés en Norvalie",
        (f"Le fabricant Lumikki Play rappelle plus de 120{NB}000 gobelets empilables contaminés au cadmium. "
         "Dix-sept enfants qui les avaient mâchonnés ont été hospitalisés, selon le ministère de la Santé.",
         f"«{NB}Les parents doivent retirer ces gobelets à leurs enfants dès aujourd'hui{NB}», a martelé Joost "
         "Verhaag, le directeur de l'autorité de sécurité des consommateurs. Certains échantillons contenaient "
         "jusqu'à quarante fois la dose autorisée, a-t-il précisé.",
         "Aucun enfant n'est en danger de mort, d'après les médecins."),
        (St("⟦Dix-sept enfants qui les avaient mâchonnés ont été hospitalisés⟧, selon", "Norvalia health ministry",
            "indirect", "ml12toys-u5"),
         St(f"«{NB}⟦Les parents doivent retirer ces gobelets à leurs enfants dès aujourd'hui⟧{NB}»", "Joost Verhaag",
            "direct", "ml12toys-u1"),
         St("⟦Certains échantillons contenaient jusqu'à quarante fois la dose autorisée⟧, a-t-il", "Joost Verhaag",
            "indirect", "ml12toys-u2"),
         St("⟦Aucun enfant n'est en danger de mort⟧, d'après", "Norvalia doctors", "indirect", "ml12toys-u4")),
        (Fg(f"plus de ⟦120{NB}000⟧ gobelets", 120_000, "more than", "other", "ml12toys-q-recalled"),
         Fg("⟦Dix-sept⟧ enfants", 17, None, "wounded", "ml12toys-q-children"))),
    # ---------------------------------------------------------------- ml12-train-strike-airport: rail strike cuts airport
    Art("ml12-train-strike-airport", "lagazzettadellalucaria.example", "cronaca/sciopero-treni-aeroporto-fontebella",
        "2026-11-25", "it",
        "Sciopero dei treni, l'aeroporto di Fontebella resta isolato",
        ("Lo sciopero di 48 ore dei ferrovieri ha lasciato senza collegamento su rotaia l'aeroporto di Fontebella: "
         "secondo la Rete Ferroviaria Lucana sono stati cancellati 340 treni. Circa 12mila viaggiatori sono rimasti "
         "bloccati tra il terminal e la stazione.",
         "«Non siamo noi ad aver chiuso l'aeroporto, è l'azienda che non ci ascolta», ha detto Ornella Cattabriga, "
         "segretaria del Sindacato Ferrovieri Uniti. La sindacalista ha confermato che l'astensione proseguirà fino "
         "a giovedì notte.",
         "Lo scalo ha messo a disposizione una sessantina di bus navetta, ha riferito il portavoce Davide "
         "Menichetti. Secondo fonti del ministero dei Trasporti, il governo valuta la precettazione dei lavoratori."),
        (St("Lucana ⟦sono stati cancellati 340 treni⟧", "Rete Ferroviaria Lucana", "indirect", "ml12rail-u4"),
         St("«⟦Non siamo noi ad aver chiuso l'aeroporto, è l'azienda che non ci ascolta⟧»", "Ornella Cattabriga",
            "direct", "ml12rail-u1"),
         St("confermato che ⟦l'astensione proseguirà fino a giovedì notte⟧", "Ornella Cattabriga", "indirect",
            "ml12rail-u2"),
         St("⟦Lo scalo ha messo a disposizione una sessantina di bus navetta⟧, ha riferito", "Davide Menichetti",
            "indirect", "ml12rail-u3"),
         St("Trasporti, ⟦il governo valuta la precettazione dei lavoratori⟧", "Lucaria transport ministry source",
            "indirect", "ml12rail-u5")),
        (Fg("cancellati ⟦340⟧ treni", 340, None, "other", "ml12rail-q-trains"),
         Fg("Circa ⟦12mila⟧ viaggiatori", 12_000, "about", "other", "ml12rail-q-stranded"),
         Fg("⟦una sessantina⟧ di bus", 60, "about", "other", "ml12rail-q-buses"))),
    Art("ml12-train-strike-airport", "oberland-anzeiger.example", "reise/bahnstreik-lucaria-flughafen-1.70562",
        "2026-11-25", "de",
        "Bahnstreik in Lucaria: Flughafen Fontebella ohne Zuganbindung",
        ("Ein 48-stündiger Streik der Eisenbahner hat den Flughafen Fontebella in Lucaria vom Schienennetz "
         "abgeschnitten. Nach Angaben des Betreibers Rete Ferroviaria Lucana fielen mehr als 300 Züge aus, etwa "
         "12.000 Reisende saßen fest.",
         "„Nicht wir haben den Flughafen geschlossen, sondern das Unternehmen, das uns nicht zuhört“, sagte "
         "Gewerkschaftschefin Ornella Cattabriga. Sie kündigte an, dass der Ausstand bis Donnerstagnacht weitergehe.",
         "Flughafensprecher Davide Menichetti zufolge wurden rund 60 Shuttlebusse eingesetzt."),
        (St("Lucana ⟦fielen mehr als 300 Züge aus, etwa 12.000 Reisende saßen fest⟧", "Rete Ferroviaria Lucana",
            "indirect", "ml12rail-u4"),
         St("„⟦Nicht wir haben den Flughafen geschlossen, sondern das Unternehmen, das uns nicht zuhört⟧“",
            "Ornella Cattabriga", "direct", "ml12rail-u1"),
         St("dass ⟦der Ausstand bis Donnerstagnacht weitergehe⟧", "Ornella Cattabriga", "indirect", "ml12rail-u2"),
         St("zufolge ⟦wurden rund 60 Shuttlebusse eingesetzt⟧", "Davide Menichetti", "indirect", "ml12rail-u3")),
        (Fg("mehr als ⟦300⟧ Züge", 300, "more than", "other", "ml12rail-q-trains"),
         Fg("etwa ⟦12.000⟧ Reisende", 12_000, "about", "other", "ml12rail-q-stranded"),
         Fg("rund ⟦60⟧ Shuttlebusse", 60, "about", "other", "ml12rail-q-buses"))),
    Art("ml12-train-strike-airport", "nuribitnews.example", "news/articleView.html?idxno=140288", "2026-11-26",
        "ko",
        "루카리아 철도 파업 이틀째…폰테벨라 공항 여행객 1만5천 명 발 묶여",
        ("루카리아 철도 노동자들의 48시간 파업이 이틀째 이어지면서 폰테벨라 공항과 도심을 잇는 열차 운행이 전면 "
         "중단됐다. 공항 측은 이틀 동안 여행객 1만5천여 명이 발이 묶였다고 밝혔다.",
         "오르넬라 카타브리가 철도노조 위원장은 “공항을 닫은 것은 우리가 아니라 우리 말을 듣지 않는 회사”라고 "
         "말했다. 그는 파업이 목요일 밤까지 계속될 것이라고 밝혔다.",
         "교통부 관계자에 따르면 정부는 파업 참가자들에 대한 업무 복귀 명령을 검토하고 있다."),
        (St("공항 측은 ⟦이틀 동안 여행객 1만5천여 명이 발이 묶였다⟧고", "Fontebella airport", "indirect",
            "ml12rail-u6"),
         St("“⟦공항을 닫은 것은 우리가 아니라 우리 말을 듣지 않는 회사⟧”", "Ornella Cattabriga", "direct",
            "ml12rail-u1"),
         St("그는 ⟦파업이 목요일 밤까지 계속될 것⟧이라고", "Ornella Cattabriga", "indirect", "ml12rail-u2"),
         St("따르면 ⟦정부는 파업 참가자들에 대한 업무 복귀 명령을 검토하고 있다⟧", "Lucaria transport ministry source",
            "indirect", "ml12rail-u5")),
        (Fg("여행객 ⟦1만5천여⟧ 명이", 15_000, "more than", "other", "ml12rail-q-stranded"),)),
    Art("ml12-train-strike-airport", "diariodelatravesia.example", "internacional/2026-11-25/huelga-tren-fontebella",
        "2026-11-25", "es",
        "Una huelga ferroviaria deja aislado el aeropuerto de Fontebella",
        ("Unos 12.000 pasajeros se quedaron atrapados el miércoles en el aeropuerto de Fontebella por una huelga de "
         "ferroviarios que obligó a suprimir 340 trenes en la región de Lucaria.",
         "La secretaria general del sindicato, Ornella Cattabriga, sostuvo que no son ellos \"quienes han cerrado el "
         "aeropuerto\" y culpó a la empresa. Según Cattabriga, el paro se prolongará hasta la noche del jueves.",
         "El aeropuerto fletó medio centenar de autobuses lanzadera, informó su portavoz, Davide Menichetti."),
        (St("sostuvo que ⟦no son ellos \"quienes han cerrado el aeropuerto\"⟧", "Ornella Cattabriga", "partial",
            "ml12rail-u1"),
         St("Según Cattabriga, ⟦el paro se prolongará hasta la noche del jueves⟧", "Ornella Cattabriga", "indirect",
            "ml12rail-u2"),
         St("⟦El aeropuerto fletó medio centenar de autobuses lanzadera⟧, informó", "Davide Menichetti", "indirect",
            "ml12rail-u3")),
        (Fg("Unos ⟦12.000⟧ pasajeros", 12_000, "about", "other", "ml12rail-q-stranded"),
         Fg("suprimir ⟦340⟧ trenes", 340, None, "other", "ml12rail-q-trains"),
         Fg("fletó ⟦medio centenar⟧ de", 50, "about", "other", "ml12rail-q-buses"))),
    Art("ml12-train-strike-airport", "diariodomiradouro.example", "mundo/2026/11/26/greve-ferroviaria-fontebella",
        "2026-11-26", "pt",
        "Greve ferroviária isola aeroporto de Fontebella pelo segundo dia",
        ("A greve dos ferroviários da Lucária completou nesta quinta-feira o segundo dia, e o aeroporto de "
         "Fontebella continua sem ligação por trem. Segundo a administração do aeroporto, mais de 15 mil "
         "passageiros ficaram retidos desde quarta-feira.",
         "“Não fomos nós que fechamos o aeroporto; foi a empresa, que não nos ouve”, disse a líder sindical Ornella "
         "Cattabriga.",
         "A operadora Rete Ferroviaria Lucana afirmou que apenas um em cada cinco trens circulou."),
        (St("aeroporto, ⟦mais de 15 mil passageiros ficaram retidos desde quarta-feira⟧", "Fontebella airport",
            "indirect", "ml12rail-u6"),
         St("“⟦Não fomos nós que fechamos o aeroporto; foi a empresa, que não nos ouve⟧”", "Ornella Cattabriga",
            "direct", "ml12rail-u1"),
         St("afirmou que ⟦apenas um em cada cinco trens circulou⟧", "Rete Ferroviaria Lucana", "indirect",
            "ml12rail-u7")),
        (Fg("mais de ⟦15 mil⟧ passageiros", 15_000, "more than", "other", "ml12rail-q-stranded"),)),
    # ---------------------------------------------------------------- ml12-tunnel-flood: a cloudburst floods a tunnel
    Art("ml12-tunnel-flood", "lenztaler-nachrichten.example", "region/sturzflut-scharnegg-tunnel-1.90817",
        "2026-11-29", "de",
        "Sturzflut im Scharnegg-Tunnel: Zwei Tote",
        ("Nach einem Wolkenbruch ist der Scharnegg-Tunnel bei Oberwald am Samstagabend binnen Minuten vollgelaufen. "
         "Zwei Menschen kamen ums Leben, 57 wurden aus ihren Autos gerettet. Im Tunnel steckten rund 30 Fahrzeuge "
         "fest.",
         "„Das Wasser stieg schneller, als irgendjemand laufen konnte“, sagte Feuerwehrkommandantin Brigitte "
         "Auer-Lindner. Taucher hätten jedes Fahrzeug abgesucht, berichtete sie.",
         "Landeshauptmann Gerold Pfandl kündigte an, der Tunnel bleibe mindestens drei Wochen gesperrt. Die "
         "Lenztaler Straßengesellschaft erklärte, die Pumpen hätten funktioniert, seien aber den Wassermassen nicht "
         "gewachsen gewesen."),
        (St("„⟦Das Wasser stieg schneller, als irgendjemand laufen konnte⟧“", "Brigitte Auer-Lindner", "direct",
            "ml12tunnel-u1"),
         St("⟦Taucher hätten jedes Fahrzeug abgesucht⟧, berichtete", "Brigitte Auer-Lindner", "indirect",
            "ml12tunnel-u2"),
         St("kündigte an, ⟦der Tunnel bleibe mindestens drei Wochen gesperrt⟧", "Gerold Pfandl", "indirect",
            "ml12tunnel-u3"),
         St("erklärte, ⟦die Pumpen hätten funktioniert, seien aber den Wassermassen nicht gewachsen gewesen⟧",
            "Lenztaler Straßengesellschaft", "indirect", "ml12tunnel-u4")),
        (Fg("⟦Zwei⟧ Menschen kamen", 2, None, "killed", "ml12tunnel-q-killed"),
         Fg("⟦57⟧ wurden aus", 57, None, "other", "ml12tunnel-q-rescued"),
         Fg("rund ⟦30⟧ Fahrzeuge", 30, "about", "other", "ml12tunnel-q-vehicles"))),
    Art("ml12-tunnel-flood", "highlandsentinel.example", "europe/2026/11/29/scharnegg-tunnel-flood",
        "2026-11-29", "en",
        "Two dead as flash flood swamps Alpine road tunnel",
        ("Two people died and 57 were pulled from their cars after a cloudburst flooded the Scharnegg tunnel near "
         "Oberwald on Saturday evening. Around 30 vehicles were caught inside.",
         '"The water rose faster than anyone could run," fire chief Brigitte Auer-Lindner told reporters. Divers '
         "had checked every vehicle, she said.",
         "The tunnel's operator insisted the pumps had worked but were overwhelmed. A maintenance worker, speaking "
         "on condition of anonymity, said two of the four pumps had been out of service since the summer."),
        (St('"⟦The water rose faster than anyone could run⟧,"', "Brigitte Auer-Lindner", "direct", "ml12tunnel-u1"),
         St("⟦Divers had checked every vehicle⟧, she said", "Brigitte Auer-Lindner", "indirect", "ml12tunnel-u2"),
         St("insisted ⟦the pumps had worked but were overwhelmed⟧", "Lenztaler Straßengesellschaft", "indirect",
            "ml12tunnel-u4"),
         St("anonymity, said ⟦two of the four pumps had been out of service since the summer⟧",
            "Scharnegg anonymous maintenance worker", "indirect", "ml12tunnel-u5")),
        (Fg("⟦Two⟧ people died", 2, None, "killed", "ml12tunnel-q-killed"),
         Fg("and ⟦57⟧ were pulled", 57, None, "other", "ml12tunnel-q-rescued"),
         Fg("Around ⟦30⟧ vehicles", 30, "about", "other", "ml12tunnel-q-vehicles"))),
    Art("ml12-tunnel-flood", "hanmoeumnews.example", "news/articleView.html?idxno=208311", "2026-11-30", "ko",
        "샤르네크 터널 침수 사망자 3명으로 늘어",
        ("폭우로 물에 잠긴 샤르네크 터널에서 30일 실종자 1명이 숨진 채 발견되면서 사망자가 3명으로 늘었다. "
         "구조된 사람은 57명이다.",
         "브리기테 아우어린드너 소방대장은 “물이 누구도 뛰어서 피할 수 없을 만큼 빨리 차올랐다”고 말했다. 게롤트 "
         "프판들 주지사는 터널을 최소 3주 동안 폐쇄하겠다고 밝혔다.",
         "익명을 요청한 한 정비 직원은 배수 펌프 4대 중 2대가 여름부터 고장 난 상태였다고 말했다. 터널 운영사는 "
         "펌프가 정상 작동했지만 물의 양을 감당하지 못했다는 입장이다."),
        (St("“⟦물이 누구도 뛰어서 피할 수 없을 만큼 빨리 차올랐다⟧”", "Brigitte Auer-Lindner", "direct",
            "ml12tunnel-u1"),
         St("주지사는 ⟦터널을 최소 3주 동안 폐쇄하겠다⟧고", "Gerold Pfandl", "indirect", "ml12tunnel-u3"),
         St("직원은 ⟦배수 펌프 4대 중 2대가 여름부터 고장 난 상태였다⟧고", "Scharnegg anonymous maintenance worker",
            "indirect", "ml12tunnel-u5"),
         St("운영사는 ⟦펌프가 정상 작동했지만 물의 양을 감당하지 못했다⟧는", "Lenztaler Straßengesellschaft",
            "indirect", "ml12tunnel-u4")),
        (Fg("⟦3⟧명으로 늘었다", 3, None, "killed", "ml12tunnel-q-killed"),
         Fg("구조된 사람은 ⟦57⟧명", 57, None, "other", "ml12tunnel-q-rescued"))),
    Art("ml12-tunnel-flood", "lavoixdesvallees.example", "monde/tunnel-inonde-scharnegg-bilan", "2026-11-30", "fr",
        "Tunnel inondé de Scharnegg : le bilan passe à trois morts",
        ("Le corps d'un automobiliste porté disparu a été retrouvé lundi dans le tunnel de Scharnegg, ce qui porte à "
         "trois le nombre de morts. Une trentaine de véhicules avaient été piégés samedi soir par la montée des "
         "eaux.",
         f"«{NB}L'eau montait plus vite que quiconque ne pouvait courir{NB}», a raconté la commandante des pompiers, "
         "Brigitte Auer-Lindner. D'après le gouverneur Gerold Pfandl, le tunnel restera fermé au moins trois "
         "semaines.",
         "Selon un technicien cité anonymement par la presse locale, deux des quatre pompes étaient en panne depuis "
         "l'été."),
        (St(f"«{NB}⟦L'eau montait plus vite que quiconque ne pouvait courir⟧{NB}»", "Brigitte Auer-Lindner",
            "direct", "ml12tunnel-u1"),
         St("Pfandl, ⟦le tunnel restera fermé au moins trois semaines⟧", "Gerold Pfandl", "indirect",
            "ml12tunnel-u3"),
         St("locale, ⟦deux des quatre pompes étaient en panne depuis l'été⟧", "Scharnegg anonymous maintenance worker",
            "indirect", "ml12tunnel-u5")),
        (Fg("porte à ⟦trois⟧", 3, None, "killed", "ml12tunnel-q-killed"),
         Fg("⟦Une trentaine⟧ de véhicules", 30, "about", "other", "ml12tunnel-q-vehicles"))),
    Art("ml12-tunnel-flood", "lavocedelleprealpi.example", "esteri/nubifragio-tunnel-scharnegg", "2026-11-29", "it",
        "Nubifragio, allagato il tunnel di Scharnegg: due morti",
        ("Due persone sono morte e 57 sono state tratte in salvo dopo che un nubifragio ha allagato sabato sera il "
         "tunnel di Scharnegg, vicino a Oberwald. Nella galleria erano rimasti intrappolati una trentina di veicoli.",
         "Secondo la comandante dei vigili del fuoco, Brigitte Auer-Lindner, i sommozzatori hanno ispezionato ogni "
         "veicolo. «L'acqua saliva più in fretta di quanto chiunque potesse correre», ha detto.",
         "Il gestore della galleria sostiene che le pompe funzionavano ma sono state sopraffatte dall'acqua."),
        (St("Auer-Lindner, ⟦i sommozzatori hanno ispezionato ogni veicolo⟧", "Brigitte Auer-Lindner", "indirect",
            "ml12tunnel-u2"),
         St("«⟦L'acqua saliva più in fretta di quanto chiunque potesse correre⟧»", "Brigitte Auer-Lindner", "direct",
            "ml12tunnel-u1"),
         St("sostiene che ⟦le pompe funzionavano ma sono state sopraffatte dall'acqua⟧",
            "Lenztaler Straßengesellschaft", "indirect", "ml12tunnel-u4")),
        (Fg("⟦Due⟧ persone", 2, None, "killed", "ml12tunnel-q-killed"),
         Fg("e ⟦57⟧ sono state", 57, None, "other", "ml12tunnel-q-rescued"),
         Fg("⟦una trentina⟧ di veicoli", 30, "about", "other", "ml12tunnel-q-vehicles"))),
    # ---------------------------------------------------------------- ml12-typhoid: typhoid from a broken sewage pipe
    Art("ml12-typhoid", "elheraldodevaldequemada.example", "salud/2026-12-01/brote-fiebre-tifoidea", "2026-12-01",
        "es",
        "Un brote de fiebre tifoidea deja dos muertos y 230 contagios en Valdequemada",
        ("Las autoridades sanitarias de Valdequemada han confirmado 230 casos de fiebre tifoidea y dos "
         "fallecimientos en lo que va de semana. Unas 90 personas permanecen ingresadas.",
         "\"Hervir el agua no es una recomendación, es una obligación\", advirtió la secretaria de Salud, Inés "
         "Ugalde. La funcionaria explicó que la bacteria se detectó en un depósito del barrio norte, junto a una "
         "tubería de aguas residuales rota.",
         "La empresa Aguas de Valdequemada negó que su red sea el origen del brote. Una enfermera del hospital "
         "comarcal, que pidió no ser identificada, contó que hay pacientes atendidos en los pasillos."),
        (St("\"⟦Hervir el agua no es una recomendación, es una obligación⟧\"", "Remedios Ugalde", "direct",
            "ml12typhoid-u1"),
         St("explicó que ⟦la bacteria se detectó en un depósito del barrio norte, junto a una tubería de aguas "
            "residuales rota⟧", "Remedios Ugalde", "indirect", "ml12typhoid-u2"),
         St("negó que ⟦su red sea el origen del brote⟧", "Aguas de Valdequemada", "indirect", "ml12typhoid-u3"),
         St("contó que ⟦hay pacientes atendidos en los pasillos⟧", "Valdequemada anonymous nurse", "indirect",
            "ml12typhoid-u4")),
        (Fg("confirmado ⟦230⟧ casos", 230, None, "other", "ml12typhoid-q-cases"),
         Fg("y ⟦dos⟧ fallecimientos", 2, None, "killed", "ml12typhoid-q-killed"),
         Fg("Unas ⟦90⟧ personas", 90, "about", "other", "ml12typhoid-q-hospital"))),
    Art("ml12-typhoid", "southernplainspost.example", "world/2026/12/01/valdequemada-typhoid-outbreak", "2026-12-01",
        "en",
        "Typhoid outbreak kills two in Valdequemada",
        ("Two people have died and 230 have fallen ill in a typhoid outbreak in the town of Valdequemada, health "
         "officials said on Tuesday. Roughly 90 patients are in hospital.",
         "Health secretary Remedios Ugalde said the bacteria had been traced to a storage tank in the north of the "
         'town, next to a broken sewage pipe. "Boiling your water is not advice. It is an obligation," she said.',
         "The water company, Aguas de Valdequemada, denied that its network was to blame."),
        (St("⟦Two people have died and 230 have fallen ill in a typhoid outbreak in the town of Valdequemada⟧, health",
            "Valdequemada health authorities", "indirect", "ml12typhoid-u5"),
         St("Ugalde said ⟦the bacteria had been traced to a storage tank in the north of the town, next to a broken "
            "sewage pipe⟧", "Remedios Ugalde", "indirect", "ml12typhoid-u2"),
         St('"⟦Boiling your water is not advice. It is an obligation⟧,"', "Remedios Ugalde", "direct",
            "ml12typhoid-u1"),
         St("denied that ⟦its network was to blame⟧", "Aguas de Valdequemada", "indirect", "ml12typhoid-u3")),
        (Fg("⟦Two⟧ people have died", 2, None, "killed", "ml12typhoid-q-killed"),
         Fg("and ⟦230⟧ have fallen ill", 230, None, "other", "ml12typhoid-q-cases"),
         Fg("Roughly ⟦90⟧ patients", 90, "about", "other", "ml12typhoid-q-hospital"))),
    Art("ml12-typhoid", "mittelrhein-anzeiger.example", "gesundheit/typhus-valdequemada-1.61520", "2026-12-02", "de",
        "Typhus-Ausbruch in Valdequemada: Bereits mehr als 260 Erkrankte",
        ("Der Typhus-Ausbruch in der Stadt Valdequemada weitet sich aus: Die Gesundheitsbehörden zählen inzwischen "
         "mehr als 260 Erkrankte. Zwei Menschen sind gestorben, knapp 100 liegen im Krankenhaus.",
         "„Das Abkochen des Wassers ist keine Empfehlung, sondern eine Pflicht“, sagte Gesundheitssekretärin Inés "
         "Ugalde. Nach ihren Angaben wurde der Erreger in einem Wasserspeicher im Norden der Stadt gefunden, neben "
         "einem geborstenen Abwasserrohr.",
         "Der Wasserversorger Aguas de Valdequemada bestreitet, dass sein Netz die Quelle ist. Rund 18.000 Haushalte "
         "bekommen seit Montag Trinkwasser aus Tankwagen."),
        (St("„⟦Das Abkochen des Wassers ist keine Empfehlung, sondern eine Pflicht⟧“", "Remedios Ugalde", "direct",
            "ml12typhoid-u1"),
         St("Nach ihren Angaben ⟦wurde der Erreger in einem Wasserspeicher im Norden der Stadt gefunden, neben einem "
            "geborstenen Abwasserrohr⟧", "Remedios Ugalde", "indirect", "ml12typhoid-u2"),
         St("bestreitet, dass ⟦sein Netz die Quelle ist⟧", "Aguas de Valdequemada", "indirect", "ml12typhoid-u3")),
        (Fg("mehr als ⟦260⟧ Erkrankte", 260, "more than", "other", "ml12typhoid-q-cases"),
         Fg("⟦Zwei⟧ Menschen sind", 2, None, "killed", "ml12typhoid-q-killed"),
         Fg("knapp ⟦100⟧ liegen", 100, "nearly", "other", "ml12typhoid-q-hospital"),
         Fg("Rund ⟦18.000⟧ Haushalte", 18_000, "about", "other", "ml12typhoid-q-households"))),
    Art("ml12-typhoid", "daeyangilbo.example", "news/articleView.html?idxno=93364", "2026-12-02", "ko",
        "발데케마다 장티푸스 확산…환자 260명 넘어",
        ("발데케마다에서 장티푸스 환자가 260명을 넘어섰다고 현지 보건당국이 2일 밝혔다. 지금까지 2명이 숨졌고 약 "
         "100명이 입원 중이다.",
         "레메디오스 우갈데 보건국장은 “물을 끓여 마시는 것은 권고가 아니라 의무”라고 강조했다. 그는 북부 지역 "
         "저수조에서 균이 검출됐으며 바로 옆 하수관이 파손돼 있었다고 설명했다.",
         "시 당국은 1만8천 가구에 급수차로 식수를 공급하고 있다. 한 간호사는 익명을 전제로 병상이 모자라 복도에서 "
         "환자를 치료하고 있다고 전했다."),
        (St("⟦발데케마다에서 장티푸스 환자가 260명을 넘어섰다⟧고", "Valdequemada health authorities", "indirect",
            "ml12typhoid-u6"),
         St("“⟦물을 끓여 마시는 것은 권고가 아니라 의무⟧”", "Remedios Ugalde", "direct", "ml12typhoid-u1"),
         St("그는 ⟦북부 지역 저수조에서 균이 검출됐으며 바로 옆 하수관이 파손돼 있었다⟧고", "Remedios Ugalde",
            "indirect", "ml12typhoid-u2"),
         St("전제로 ⟦병상이 모자라 복도에서 환자를 치료하고 있다⟧고", "Valdequemada anonymous nurse", "indirect",
            "ml12typhoid-u4")),
        (Fg("환자가 ⟦260⟧명을 넘어섰다", 260, "more than", "other", "ml12typhoid-q-cases"),
         Fg("⟦2⟧명이 숨졌고", 2, None, "killed", "ml12typhoid-q-killed"),
         Fg("약 ⟦100⟧명이", 100, "about", "other", "ml12typhoid-q-hospital"),
         Fg("⟦1만8천⟧ 가구", 18_000, None, "other", "ml12typhoid-q-households"))),
    Art("ml12-typhoid", "gazetadosertanejo.example", "saude/2026/12/01/surto-febre-tifoide-valdequemada",
        "2026-12-01", "pt",
        "Surto de febre tifoide mata duas pessoas em Valdequemada",
        ("Um surto de febre tifoide já deixou duas pessoas mortas e 230 infectadas em Valdequemada. Cerca de 90 "
         "pacientes estão internados, segundo a secretaria de Saúde.",
         "Segundo a secretária Remedios Ugalde, a bactéria foi encontrada em um reservatório da zona norte, ao lado de "
         "um cano de esgoto rompido. “Ferver a água não é um conselho, é uma obrigação”, frisou.",
         "Uma enfermeira do hospital regional, que não quis se identificar, relatou que há doentes sendo atendidos "
         "nos corredores."),
        (St("⟦Cerca de 90 pacientes estão internados⟧, segundo", "Valdequemada health authorities", "indirect",
            "ml12typhoid-u7"),
         St("Ugalde, ⟦a bactéria foi encontrada em um reservatório da zona norte, ao lado de um cano de esgoto "
            "rompido⟧", "Remedios Ugalde", "indirect", "ml12typhoid-u2"),
         St("“⟦Ferver a água não é um conselho, é uma obrigação⟧”", "Remedios Ugalde", "direct", "ml12typhoid-u1"),
         St("relatou que ⟦há doentes sendo atendidos nos corredores⟧", "Valdequemada anonymous nurse", "indirect",
            "ml12typhoid-u4")),
        (Fg("deixou ⟦duas⟧ pessoas", 2, None, "killed", "ml12typhoid-q-killed"),
         Fg("e ⟦230⟧ infectadas", 230, None, "other", "ml12typhoid-q-cases"),
         Fg("Cerca de ⟦90⟧ pacientes", 90, "about", "other", "ml12typhoid-q-hospital"))),
    # ---------------------------------------------------------------- ml12-university-hack: ransomware at a university
    Art("ml12-university-hack", "weidenauer-tageblatt.example", "region/hackerangriff-universitaet-1.44827",
        "2026-12-03", "de",
        "Hackerangriff auf Universität Weidenau-Brück: Daten von 48.000 Menschen gestohlen",
        ("Unbekannte haben bei einem Cyberangriff auf die Universität Weidenau-Brück die Daten von rund 48.000 "
         "Studierenden und Beschäftigten erbeutet. Die Angreifer fordern 2,5 Millionen Euro Lösegeld.",
         "„Wir werden kein Lösegeld zahlen“, sagte Rektorin Sieglinde Haberkorn am Mittwoch. Kopiert worden seien "
         "Namen, Anschriften und Bankverbindungen, räumte sie ein.",
         "Laut Landeskriminalamt drangen die Täter mit dem gestohlenen Passwort eines Mitarbeiters in das Netz ein. "
         "Ein Beschäftigter der IT-Abteilung, der anonym bleiben möchte, sagte, Warnungen vor veralteten Servern "
         "seien seit zwei Jahren ignoriert worden."),
        (St("„⟦Wir werden kein Lösegeld zahlen⟧“", "Sieglinde Haberkorn", "direct", "ml12unihack-u1"),
         St("⟦Kopiert worden seien Namen, Anschriften und Bankverbindungen⟧, räumte", "Sieglinde Haberkorn",
            "indirect", "ml12unihack-u2"),
         St("Laut Landeskriminalamt ⟦drangen die Täter mit dem gestohlenen Passwort eines Mitarbeiters in das Netz "
            "ein⟧", "Weidenau-Brück state criminal police", "indirect", "ml12unihack-u3"),
         St("sagte, ⟦Warnungen vor veralteten Servern seien seit zwei Jahren ignoriert worden⟧",
            "Weidenau-Brück anonymous IT employee", "indirect", "ml12unihack-u4")),
        (Fg("rund ⟦48.000⟧ Studierenden", 48_000, "about", "other", "ml12unihack-q-records"),
         Fg("fordern ⟦2,5 Millionen Euro⟧ Lösegeld", 2_500_000, None, "money", "ml12unihack-q-ransom"))),
    Art("ml12-university-hack", "hanbaekilbo.example", "news/articleView.html?idxno=35219", "2026-12-04", "ko",
        "바이데나우브뤼크대 해킹 피해 6만1천 명으로 늘어",
        ("바이데나우브뤼크대학교 해킹 사건의 피해자가 졸업생을 포함해 6만1천여 명으로 늘었다. 해커들은 250만 "
         "유로의 몸값을 요구하고 있다.",
         "지글린데 하버코른 총장은 “몸값은 한 푼도 지불하지 않을 것”이라고 말했다. 그는 학생들의 이름과 주소, 계좌 "
         "정보가 복사됐다고 인정했다.",
         "주 범죄수사국에 따르면 해커들은 한 직원의 도난당한 비밀번호로 대학 전산망에 침입했다."),
        (St("“⟦몸값은 한 푼도 지불하지 않을 것⟧”", "Sieglinde Haberkorn", "direct", "ml12unihack-u1"),
         St("그는 ⟦학생들의 이름과 주소, 계좌 정보가 복사됐다⟧고", "Sieglinde Haberkorn", "indirect",
            "ml12unihack-u2"),
         St("따르면 ⟦해커들은 한 직원의 도난당한 비밀번호로 대학 전산망에 침입했다⟧",
            "Weidenau-Brück state criminal police", "indirect", "ml12unihack-u3")),
        (Fg("⟦6만1천여⟧ 명으로", 61_000, "more than", "other", "ml12unihack-q-records"),
         Fg("⟦250만 유로⟧의", 2_500_000, None, "money", "ml12unihack-q-ransom"))),
    Art("ml12-university-hack", "lecourrierdesfacultes.example", "monde/cyberattaque-universite-weidenau-bruck",
        "2026-12-03", "fr",
        "Cyberattaque contre l'université de Weidenau-Brück : une rançon de 2,5 millions d'euros exigée",
        (f"Des pirates ont dérobé les données de près de 48{NB}000 étudiants et employés de l'université allemande "
         "de Weidenau-Brück et réclament une rançon de 2,5 millions d'euros.",
         f"«{NB}Nous ne paierons aucune rançon{NB}», a affirmé la présidente de l'université, Sieglinde Haberkorn. "
         "Elle a reconnu que des noms, des adresses et des coordonnées bancaires avaient été copiés.",
         "Selon la police criminelle régionale, les assaillants sont entrés grâce au mot de passe volé d'un "
         "employé."),
        (St(f"«{NB}⟦Nous ne paierons aucune rançon⟧{NB}»", "Sieglinde Haberkorn", "direct", "ml12unihack-u1"),
         St("reconnu que ⟦des noms, des adresses et des coordonnées bancaires avaient été copiés⟧",
            "Sieglinde Haberkorn", "indirect", "ml12unihack-u2"),
         St("régionale, ⟦les assaillants sont entrés grâce au mot de passe volé d'un employé⟧",
            "Weidenau-Brück state criminal police", "indirect", "ml12unihack-u3")),
        (Fg(f"près de ⟦48{NB}000⟧ étudiants", 48_000, "nearly", "other", "ml12unihack-q-records"),
         Fg("de ⟦2,5 millions d'euros⟧", 2_500_000, None, "money", "ml12unihack-q-ransom"))),
    Art("ml12-university-hack", "ilcorrieredegliatenei.example", "esteri/attacco-hacker-universita-weidenau",
        "2026-12-03", "it",
        "Attacco hacker all'università di Weidenau-Brück, rubati i dati di 48mila persone",
        ("Un attacco informatico all'università tedesca di Weidenau-Brück ha esposto i dati di circa 48mila tra "
         "studenti e dipendenti. Gli autori chiedono un riscatto di due milioni e mezzo di euro.",
         "La rettrice Sieglinde Haberkorn ha detto che l'ateneo «non pagherà alcun riscatto». Secondo un tecnico "
         "informatico dell'università, che ha chiesto l'anonimato, gli avvertimenti sui server obsoleti erano stati "
         "ignorati per due anni.",
         "La polizia criminale del Land ha riferito che gli hacker sono entrati usando la password rubata di un "
         "dipendente."),
        (St("detto che ⟦l'ateneo «non pagherà alcun riscatto»⟧", "Sieglinde Haberkorn", "partial",
            "ml12unihack-u1"),
         St("anonimato, ⟦gli avvertimenti sui server obsoleti erano stati ignorati per due anni⟧",
            "Weidenau-Brück anonymous IT employee", "indirect", "ml12unihack-u4"),
         St("riferito che ⟦gli hacker sono entrati usando la password rubata di un dipendente⟧",
            "Weidenau-Brück state criminal police", "indirect", "ml12unihack-u3")),
        (Fg("circa ⟦48mila⟧ tra", 48_000, "about", "other", "ml12unihack-q-records"),
         Fg("di ⟦due milioni e mezzo di euro⟧", 2_500_000, None, "money", "ml12unihack-q-ransom"))),
    Art("ml12-university-hack", "eldiariodelclaustro.example", "internacional/2026-12-04/ciberataque-weidenau",
        "2026-12-04", "es",
        "Ascienden a 61.000 los afectados por el ciberataque a la Universidad de Weidenau-Brück",
        ("El número de personas afectadas por el robo de datos en la Universidad de Weidenau-Brück, en Alemania, "
         "asciende ya a más de 61.000 al incluir a antiguos alumnos. Los piratas exigen 2,5 millones de euros.",
         "La rectora, Sieglinde Haberkorn, insistió en que la universidad \"no pagará ningún rescate\". Según "
         "Haberkorn, se copiaron nombres, direcciones y datos bancarios de los estudiantes.",
         "Un empleado del departamento de informática, que habló bajo condición de anonimato, aseguró que las "
         "advertencias sobre servidores obsoletos se ignoraron durante dos años."),
        (St("insistió en que ⟦la universidad \"no pagará ningún rescate\"⟧", "Sieglinde Haberkorn", "partial",
            "ml12unihack-u1"),
         St("Haberkorn, ⟦se copiaron nombres, direcciones y datos bancarios de los estudiantes⟧",
            "Sieglinde Haberkorn", "indirect", "ml12unihack-u2"),
         St("aseguró que ⟦las advertencias sobre servidores obsoletos se ignoraron durante dos años⟧",
            "Weidenau-Brück anonymous IT employee", "indirect", "ml12unihack-u4")),
        (Fg("más de ⟦61.000⟧", 61_000, "more than", "other", "ml12unihack-q-records"),
         Fg("exigen ⟦2,5 millones de euros⟧", 2_500_000, None, "money", "ml12unihack-q-ransom"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_45: dict[str, tuple[str, ...]] = {
    "Radim Sokal": ("Radim Sokal", "Sokal", "라딤 소칼", "소칼", "라딤 소칼 시장", "Mayor Radim Sokal",
                    "Bürgermeister Radim Sokal", "maire", "élu", "alcalde"),
    "Oldrava Metro": ("Oldrava Metro", "올드라바 메트로", "운영사 올드라바 메트로", "Betreiber", "exploitant",
                      "operador"),
    "Oldrava crash investigation source": ("person familiar with the investigation", "Ermittlerkreise", "관계자",
                                           "Fuentes de la investigación"),
    "Ademar Bitencourt": ("Ademar Bitencourt", "Bitencourt", "아데마르 비텐코르트", "비텐코르트", "아데마르 비텐코르트 소방 지휘관",
                        "비텐코르트 지휘관", "tenente-coronel Ademar Bitencourt", "Einsatzleiter Ademar Bitencourt",
                        "Fire commander Ademar Bitencourt"),
    "Usina Boa Colheita": ("Usina Boa Colheita", "Boa Colheita", "usina", "mill's owners", "owners", "Betreiber",
                           "공장 측", "azienda"),
    "Boa Colheita anonymous worker": ("operador", "Arbeiter", "직원", "worker"),
    "Teresa Albornoz": ("Teresa Albornoz", "Albornoz", "테레사 알보르노스", "알보르노스", "테레사 알보르노스 환경장관",
                        "알보르노스 장관", "Umweltministerin Teresa Albornoz", "ministra", "ministre"),
    "Helvara Shipping": ("Helvara Shipping", "헬바라 시핑", "naviera", "armateur", "Reederei"),
    "Corvera maritime rescue": ("Salvamento Marítimo", "해상구조당국", "soccorso marittimo"),
    "Corvera anonymous port official": ("responsable du port", "Hafenbeamter"),
    "Joost Verhaag": ("Joost Verhaag", "Verhaag", "요스트 페르하흐", "페르하흐", "요스트 페르하흐 노르발리아 소비자안전청장"),
    "Sanna Virtavuo": ("Sanna Virtavuo", "Virtavuo", "산나 비르타부오", "비르타부오", "산나 비르타부오 대표",
                       "Lumikki-Chefin Sanna Virtavuo"),
    "Norvalia doctors": ("Ärzte", "Ärzten", "의료진", "médecins"),
    "Norvalia health ministry": ("ministère de la Santé",),
    "Ornella Cattabriga": ("Ornella Cattabriga", "Cattabriga", "오르넬라 카타브리가", "카타브리가",
                           "오르넬라 카타브리가 철도노조 위원장", "Gewerkschaftschefin Ornella Cattabriga",
                           "sindacalista", "secretaria general", "líder sindical Ornella Cattabriga"),
    "Davide Menichetti": ("Davide Menichetti", "Menichetti", "Flughafensprecher Davide Menichetti", "portavoce",
                          "portavoz"),
    "Rete Ferroviaria Lucana": ("Rete Ferroviaria Lucana", "Betreiber", "operadora"),
    "Fontebella airport": ("공항 측", "administração do aeroporto", "aeroporto"),
    "Lucaria transport ministry source": ("fonti del ministero dei Trasporti", "교통부 관계자", "관계자"),
    "Brigitte Auer-Lindner": ("Brigitte Auer-Lindner", "Auer-Lindner", "브리기테 아우어린드너", "아우어린드너",
                              "브리기테 아우어린드너 소방대장", "Feuerwehrkommandantin Brigitte Auer-Lindner",
                              "fire chief Brigitte Auer-Lindner", "commandante"),
    "Gerold Pfandl": ("Gerold Pfandl", "Pfandl", "게롤트 프판들", "프판들", "게롤트 프판들 주지사",
                      "Landeshauptmann Gerold Pfandl", "gouverneur Gerold Pfandl"),
    "Lenztaler Straßengesellschaft": ("Lenztaler Straßengesellschaft", "operator", "터널 운영사", "운영사", "gestore"),
    "Scharnegg anonymous maintenance worker": ("maintenance worker", "정비 직원", "technicien"),
    "Remedios Ugalde": ("Remedios Ugalde", "Ugalde", "레메디오스 우갈데", "우갈데",
                      "레메디오스 우갈데 보건국장", "Gesundheitssekretärin Remedios Ugalde",
                      "Health secretary Remedios Ugalde", "secretaria de Salud", "funcionaria",
                      "secretária Remedios Ugalde"),
    "Aguas de Valdequemada": ("Aguas de Valdequemada", "water company", "Wasserversorger"),
    "Valdequemada health authorities": ("health officials", "보건당국", "현지 보건당국", "secretaria de Saúde"),
    "Valdequemada anonymous nurse": ("enfermera", "enfermeira", "간호사"),
    "Sieglinde Haberkorn": ("Sieglinde Haberkorn", "Haberkorn", "지글린데 하버코른", "하버코른", "지글린데 하버코른 총장",
                            "Rektorin Sieglinde Haberkorn", "rettrice", "rectora", "présidente"),
    "Weidenau-Brück state criminal police": ("Landeskriminalamt", "주 범죄수사국", "police criminelle régionale",
                                              "polizia criminale del Land", "police criminelle"),
    "Weidenau-Brück anonymous IT employee": ("Beschäftigter der IT-Abteilung", "tecnico informatico",
                                              "empleado del departamento de informática"),
}
