"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them (test part 6). Every town, person, outlet and figure is invented.
Stories here: a gondola falling from a fair's Ferris wheel, E. coli in a town's tap water, a toxic algae bloom that
closes beaches, a construction crane collapsing onto a street (all test: listed in TEST_STORIES there).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_33: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a Ferris-wheel gondola falls at a fair (test)
    Art("ml9-ferris-wheel", "hallbrucker-anzeiger.example", "lokales/herbstmesse-gondel-abgestuerzt-2.8812",
        "2026-09-19", "de",
        "Gondel stürzt von Riesenrad auf der Herbstmesse – neun Verletzte",
        ("Auf der Hallbrucker Herbstmesse ist am Samstagabend eine Gondel des Riesenrads aus rund 20 Metern Höhe auf "
         "den Festplatz gestürzt. Neun Menschen wurden verletzt, zwei von ihnen schwer. Weitere 38 Fahrgäste saßen "
         "stundenlang in den übrigen Gondeln fest.",
         "„Unsere Gedanken sind heute Abend bei den Verletzten und ihren Familien“, sagte Bürgermeisterin Agnes "
         "Thalwitz noch am Unglücksort. Die Messe bleibe geschlossen, bis die Ursache geklärt sei, kündigte sie an.",
         "Nach Angaben von Einsatzleiterin Lena Okrasch waren mehr als 120 Feuerwehrleute im Einsatz. Die letzten "
         "Fahrgäste seien erst nach knapp vier Stunden mit einer Drehleiter nach unten gebracht worden, sagte sie. "
         "Betreiber Bernd Raschke erklärte, das Rad sei erst in der vergangenen Woche vom Sachverständigen abgenommen "
         "worden."),
        (St("„⟦Unsere Gedanken sind heute Abend bei den Verletzten und ihren Familien⟧“", "Agnes Thalwitz", "direct",
            "wheel9-u1"),
         St("⟦Die Messe bleibe geschlossen, bis die Ursache geklärt sei⟧, kündigte", "Agnes Thalwitz", "indirect",
            "wheel9-u4"),
         St("Okrasch ⟦waren mehr als 120 Feuerwehrleute im Einsatz⟧", "Lena Okrasch", "indirect", "wheel9-u5"),
         St("⟦Die letzten Fahrgäste seien erst nach knapp vier Stunden mit einer Drehleiter nach unten gebracht "
            "worden⟧, sagte sie", "Lena Okrasch", "indirect", "wheel9-u2"),
         St("erklärte, ⟦das Rad sei erst in der vergangenen Woche vom Sachverständigen abgenommen worden⟧",
            "Bernd Raschke", "indirect", "wheel9-u3")),
        (Fg("rund ⟦20⟧ Metern", 20, "about", "other", "wheel9-q-height"),
         Fg("⟦Neun⟧ Menschen wurden", 9, None, "wounded", "wheel9-q-injured"),
         Fg("⟦zwei⟧ von ihnen schwer", 2, None, "wounded", "wheel9-q-serious"),
         Fg("Weitere ⟦38⟧ Fahrgäste", 38, None, "other", "wheel9-q-stuck"),
         Fg("mehr als ⟦120⟧ Feuerwehrleute", 120, "more than", "other", "wheel9-q-firefighters"))),
    Art("ml9-ferris-wheel", "hanguksinmun.example", "news/articleView.html?idxno=310457", "2026-09-20", "ko",
        "할브루크 축제 대관람차 곤돌라 추락…부상자 11명으로 늘어",
        ("독일 할브루크 가을 축제에서 19일 저녁 대관람차 곤돌라 1개가 약 20m 높이에서 떨어져 부상자가 11명으로 "
         "늘었다. 이 가운데 2명은 중상이다. 나머지 곤돌라에 타고 있던 38명은 4시간 가까이 공중에 갇혀 있다가 모두 "
         "구조됐다. 현장에는 소방관 120여 명이 투입됐다.",
         "아그네스 탈비츠 시장은 “오늘 밤 우리의 마음은 다친 분들과 그 가족들과 함께한다”고 말했다. 그는 원인이 "
         "밝혀질 때까지 축제장을 닫겠다고 덧붙였다.",
         "운영업체 대표 베른트 라슈케는 “관람차는 지난주에 안전 검사를 통과했다”고 주장했다. 현지 경찰에 따르면 "
         "검찰은 과실치상 혐의로 수사에 착수했다."),
        (St("“⟦오늘 밤 우리의 마음은 다친 분들과 그 가족들과 함께한다⟧”", "Agnes Thalwitz", "direct", "wheel9-u1"),
         St("그는 ⟦원인이 밝혀질 때까지 축제장을 닫겠다⟧고", "Agnes Thalwitz", "indirect", "wheel9-u4"),
         St("“⟦관람차는 지난주에 안전 검사를 통과했다⟧”", "Bernd Raschke", "direct", "wheel9-u3"),
         St("따르면 ⟦검찰은 과실치상 혐의로 수사에 착수했다⟧", "Hallbruck police", "indirect", "wheel9-u6")),
        (Fg("약 ⟦20⟧m", 20, "about", "other", "wheel9-q-height"),
         Fg("부상자가 ⟦11⟧명으로", 11, None, "wounded", "wheel9-q-injured"),
         Fg("이 가운데 ⟦2⟧명은", 2, None, "wounded", "wheel9-q-serious"),
         Fg("있던 ⟦38⟧명은", 38, None, "other", "wheel9-q-stuck"),
         Fg("소방관 ⟦120여⟧ 명", 120, "more than", "other", "wheel9-q-firefighters"))),
    Art("ml9-ferris-wheel", "gazzettadelnordest.example", "esteri/germania-ruota-panoramica-cabina-hallbruck",
        "2026-09-20", "it",
        "Germania, si stacca una cabina della ruota panoramica: undici feriti",
        ("Una cabina della ruota panoramica si è staccata sabato sera durante la fiera d'autunno di Hallbruck, in "
         "Germania, precipitando da una ventina di metri. I feriti sono undici, due dei quali in gravi condizioni, "
         "mentre 38 persone sono rimaste bloccate in quota per quasi quattro ore.",
         "Secondo la comandante dei vigili del fuoco Lena Okrasch, gli ultimi passeggeri sono stati calati a terra "
         "con un'autoscala. «Il nostro pensiero va ai feriti e alle loro famiglie», ha detto la sindaca Agnes "
         "Thalwitz.",
         "Il gestore della giostra, Bernd Raschke, sostiene che la ruota era stata «collaudata appena la settimana "
         "scorsa». La procura ha aperto un'inchiesta per lesioni colpose."),
        (St("Okrasch, ⟦gli ultimi passeggeri sono stati calati a terra con un'autoscala⟧", "Lena Okrasch", "indirect",
            "wheel9-u2"),
         St("«⟦Il nostro pensiero va ai feriti e alle loro famiglie⟧»", "Agnes Thalwitz", "direct", "wheel9-u1"),
         St("sostiene che ⟦la ruota era stata «collaudata appena la settimana scorsa»⟧", "Bernd Raschke", "partial",
            "wheel9-u3")),
        (Fg("da ⟦una ventina⟧ di metri", 20, "about", "other", "wheel9-q-height"),
         Fg("sono ⟦undici⟧, due", 11, None, "wounded", "wheel9-q-injured"),
         Fg("⟦due⟧ dei quali", 2, None, "wounded", "wheel9-q-serious"),
         Fg("mentre ⟦38⟧ persone", 38, None, "other", "wheel9-q-stuck"))),
    Art("ml9-ferris-wheel", "eurodispatch.example", "europe/2026/09/19/hallbruck-ferris-wheel-gondola", "2026-09-19",
        "en",
        "Gondola falls from Ferris wheel at German fair, injuring nine",
        ("A gondola broke away from a Ferris wheel at the autumn fair in the German town of Hallbruck on Saturday "
         "evening, plunging some 20 metres to the ground and injuring nine people, two of them seriously. "
         "Thirty-eight riders were left stranded in the other cars.",
         "Firefighters worked for nearly four hours to bring everyone down, fire chief Lena Okrasch said. More than "
         "120 firefighters took part in the rescue, she added.",
         '"Our thoughts tonight are with the injured and their families," said Mayor Agnes Thalwitz. Ride owner '
         "Bernd Raschke told the local paper that the wheel had passed a safety inspection only last week. Police "
         "have opened an investigation."),
        (St("⟦Firefighters worked for nearly four hours to bring everyone down⟧, fire chief", "Lena Okrasch",
            "indirect", "wheel9-u2"),
         St("⟦More than 120 firefighters took part in the rescue⟧, she added", "Lena Okrasch", "indirect",
            "wheel9-u5"),
         St('"⟦Our thoughts tonight are with the injured and their families⟧,"', "Agnes Thalwitz", "direct",
            "wheel9-u1"),
         St("paper that ⟦the wheel had passed a safety inspection only last week⟧", "Bernd Raschke", "indirect",
            "wheel9-u3")),
        (Fg("some ⟦20⟧ metres", 20, "about", "other", "wheel9-q-height"),
         Fg("injuring ⟦nine⟧ people", 9, None, "wounded", "wheel9-q-injured"),
         Fg("⟦two⟧ of them seriously", 2, None, "wounded", "wheel9-q-serious"),
         Fg("⟦Thirty-eight⟧ riders", 38, None, "other", "wheel9-q-stuck"),
         Fg("More than ⟦120⟧ firefighters", 120, "more than", "other", "wheel9-q-firefighters"))),
    Art("ml9-ferris-wheel", "lanouvellegazette.example", "monde/allemagne-nacelle-grande-roue-hallbruck",
        "2026-09-20", "fr",
        "Allemagne : une nacelle de grande roue se décroche, onze blessés",
        ("Une nacelle de la grande roue de la foire d'automne de Hallbruck, en Allemagne, s'est décrochée samedi soir "
         "et s'est écrasée au sol d'une hauteur d'environ 20 mètres. Le bilan s'est alourdi dimanche à onze blessés, "
         "dont deux grièvement atteints. Une quarantaine de passagers sont restés coincés dans les airs.",
         "D'après la commandante des pompiers, Lena Okrasch, les derniers passagers ont été descendus à l'aide d'une "
         f"grande échelle après près de quatre heures. «{NB}Nos pensées vont ce soir aux blessés et à leurs "
         f"familles{NB}», a déclaré la maire, Agnes Thalwitz, qui a annoncé que la foire resterait fermée jusqu'à "
         "nouvel ordre.",
         "Selon la police locale, le parquet a ouvert une enquête pour blessures involontaires."),
        (St("Okrasch, ⟦les derniers passagers ont été descendus à l'aide d'une grande échelle après près de quatre "
            "heures⟧", "Lena Okrasch", "indirect", "wheel9-u2"),
         St(f"«{NB}⟦Nos pensées vont ce soir aux blessés et à leurs familles⟧{NB}»", "Agnes Thalwitz", "direct",
            "wheel9-u1"),
         St("annoncé que ⟦la foire resterait fermée jusqu'à nouvel ordre⟧", "Agnes Thalwitz", "indirect",
            "wheel9-u4"),
         St("locale, ⟦le parquet a ouvert une enquête pour blessures involontaires⟧", "Hallbruck police", "indirect",
            "wheel9-u6")),
        (Fg("d'environ ⟦20⟧ mètres", 20, "about", "other", "wheel9-q-height"),
         Fg("à ⟦onze⟧ blessés", 11, None, "wounded", "wheel9-q-injured"),
         Fg("dont ⟦deux⟧ grièvement", 2, None, "wounded", "wheel9-q-serious"),
         Fg("⟦Une quarantaine⟧ de passagers", 40, "about", "other", "wheel9-q-stuck"))),
    # ---------------------------------------------------------------- E. coli in a town's tap water (test)
    Art("ml9-water-contamination", "jornaldovouga.example", "regiao/ecoli-rede-agua-ribeira-funda", "2026-10-05",
        "pt",
        "E. coli na rede de água de Ribeira Funda: 14 mil moradores devem ferver a água",
        ("Cerca de 14 mil moradores de Ribeira Funda foram orientados a ferver a água da torneira depois de as "
         "análises terem detetado a bactéria E. coli na rede pública. Até à noite desta segunda-feira, 180 pessoas "
         "tinham procurado o centro de saúde com diarreia e vómitos, e 12 foram internadas, entre elas cinco "
         "crianças.",
         "A delegada de saúde, Marta Queirós, explicou que a água deve ferver durante pelo menos um minuto antes de "
         "ser bebida ou usada para cozinhar. Segundo ela, a maioria dos doentes apresenta «sintomas ligeiros».",
         "“A prioridade absoluta é devolver às pessoas uma água em que possam confiar”, afirmou Henrique Lobato, "
         "presidente do conselho de administração da Águas de Ribeira Funda. A empresa admite que a contaminação "
         "terá tido origem numa conduta rompida junto à estação elevatória, após as chuvas fortes do fim de semana."),
        (St("explicou que ⟦a água deve ferver durante pelo menos um minuto antes de ser bebida ou usada para "
            "cozinhar⟧", "Marta Queirós", "indirect", "water9-u3"),
         St("Segundo ela, ⟦a maioria dos doentes apresenta «sintomas ligeiros»⟧", "Marta Queirós", "partial",
            "water9-u4"),
         St("“⟦A prioridade absoluta é devolver às pessoas uma água em que possam confiar⟧”", "Henrique Lobato",
            "direct", "water9-u1"),
         St("admite que ⟦a contaminação terá tido origem numa conduta rompida junto à estação elevatória, após as "
            "chuvas fortes do fim de semana⟧", "Águas de Ribeira Funda", "indirect", "water9-u2")),
        (Fg("Cerca de ⟦14 mil⟧ moradores", 14000, "about", "other", "water9-q-boil"),
         Fg("segunda-feira, ⟦180⟧ pessoas", 180, None, "other", "water9-q-ill"),
         Fg("e ⟦12⟧ foram internadas", 12, None, "other", "water9-q-hospitalised"),
         Fg("elas ⟦cinco⟧ crianças", 5, None, "other", "water9-q-children"))),
    Art("ml9-water-contamination", "suedwestblick.example", "panorama/portugal-kolibakterien-trinkwasser-1.99120",
        "2026-10-06", "de",
        "Kolibakterien im Trinkwasser: Mehr als 230 Erkrankte in portugiesischer Kleinstadt",
        ("In der portugiesischen Kleinstadt Ribeira Funda ist die Zahl der Erkrankten nach dem Fund von "
         "Kolibakterien im Leitungswasser auf mehr als 230 gestiegen. 17 Menschen liegen im Krankenhaus. Rund 14.000 "
         "Einwohner dürfen ihr Leitungswasser nur abgekocht trinken.",
         "Laut der Amtsärztin Marta Queirós haben die meisten Patienten nur leichte Beschwerden. Der Wasserversorger "
         "Águas de Ribeira Funda geht davon aus, dass ein gebrochenes Rohr an einer Pumpstation die Ursache ist; das "
         "Netz werde seit Montag zusätzlich gechlort, teilte das Unternehmen mit.",
         "„Zwei Tage lang hat uns niemand gewarnt“, sagte Anwohnerin Ilda Fontes, die ein Café am Marktplatz "
         "betreibt. Ihre beiden Enkel seien krank geworden, erzählte sie."),
        (St("Queirós ⟦haben die meisten Patienten nur leichte Beschwerden⟧", "Marta Queirós", "indirect",
            "water9-u4"),
         St("dass ⟦ein gebrochenes Rohr an einer Pumpstation die Ursache ist⟧", "Águas de Ribeira Funda", "indirect",
            "water9-u2"),
         St("⟦das Netz werde seit Montag zusätzlich gechlort⟧, teilte", "Águas de Ribeira Funda", "indirect",
            "water9-u7"),
         St("„⟦Zwei Tage lang hat uns niemand gewarnt⟧“", "Ilda Fontes", "direct", "water9-u5"),
         St("⟦Ihre beiden Enkel seien krank geworden⟧, erzählte sie", "Ilda Fontes", "indirect", "water9-u8")),
        (Fg("auf mehr als ⟦230⟧ gestiegen", 230, "more than", "other", "water9-q-ill"),
         Fg("⟦17⟧ Menschen liegen", 17, None, "other", "water9-q-hospitalised"),
         Fg("Rund ⟦14.000⟧ Einwohner", 14000, "about", "other", "water9-q-boil"))),
    Art("ml9-water-contamination", "saeilbo.example", "news/articleView.html?idxno=52871", "2026-10-06", "ko",
        "포르투갈 소도시 수돗물서 대장균…230여 명 탈 나",
        ("포르투갈 소도시 히베이라 푼다의 상수도에서 대장균이 검출돼 주민 1만4천여 명에게 물을 끓여 마시라는 권고가 "
         "내려졌다. 보건당국에 따르면 설사와 구토 증상을 보인 환자는 230여 명으로 늘었고, 이 중 17명이 입원했다.",
         "마르타 케이로스 보건소장은 “물을 최소 1분 이상 끓인 뒤 마시거나 요리에 써야 한다”고 당부했다. 그는 대부분의 "
         "환자가 가벼운 증상을 보이고 있다고 설명했다.",
         "수도사업자 아구아스 드 히베이라 푼다의 엔히크 로바투 이사장은 “주민들이 다시 믿을 수 있는 물을 돌려드리는 "
         "것이 최우선”이라고 말했다. 한 병원 관계자는 소아 병동이 이미 가득 찼다고 전했다."),
        (St("따르면 ⟦설사와 구토 증상을 보인 환자는 230여 명으로 늘었고, 이 중 17명이 입원했다⟧",
            "Ribeira Funda health authorities", "indirect", "water9-u9"),
         St("“⟦물을 최소 1분 이상 끓인 뒤 마시거나 요리에 써야 한다⟧”", "Marta Queirós", "direct", "water9-u3"),
         St("그는 ⟦대부분의 환자가 가벼운 증상을 보이고 있다⟧고", "Marta Queirós", "indirect", "water9-u4"),
         St("“⟦주민들이 다시 믿을 수 있는 물을 돌려드리는 것이 최우선⟧”", "Henrique Lobato", "direct", "water9-u1"),
         St("관계자는 ⟦소아 병동이 이미 가득 찼다⟧고", "Ribeira Funda hospital source", "indirect", "water9-u6")),
        (Fg("주민 ⟦1만4천여⟧ 명", 14000, "more than", "other", "water9-q-boil"),
         Fg("환자는 ⟦230여⟧ 명으로", 230, "more than", "other", "water9-q-ill"),
         Fg("이 중 ⟦17⟧명이", 17, None, "other", "water9-q-hospitalised"))),
    Art("ml9-water-contamination", "heraldodelaraya.example", "internacional/2026-10-06/ecoli-agua-ribeira-funda",
        "2026-10-06", "es",
        "Más de 230 enfermos por una bacteria en el agua del grifo de un pueblo portugués",
        ("Las autoridades sanitarias portuguesas han pedido a unos 14.000 vecinos de Ribeira Funda que hiervan el "
         "agua del grifo tras detectar la bacteria E. coli en la red municipal. Más de 230 personas han enfermado y "
         "17 permanecen hospitalizadas, entre ellas seis niños.",
         "Según la delegada de salud, Marta Queirós, el agua debe hervir al menos un minuto antes de beberla o "
         "usarla para cocinar. La empresa municipal de aguas explicó que la contaminación se debió probablemente a la "
         "rotura de una tubería junto a una estación de bombeo, tras las intensas lluvias del fin de semana.",
         '"Durante dos días nadie nos avisó de nada", lamentó Ilda Fontes, vecina del pueblo. Una fuente del hospital '
         "comarcal aseguró que la planta de pediatría está al completo."),
        (St("Queirós, ⟦el agua debe hervir al menos un minuto antes de beberla o usarla para cocinar⟧",
            "Marta Queirós", "indirect", "water9-u3"),
         St("explicó que ⟦la contaminación se debió probablemente a la rotura de una tubería junto a una estación de "
            "bombeo, tras las intensas lluvias del fin de semana⟧", "Águas de Ribeira Funda", "indirect",
            "water9-u2"),
         St('"⟦Durante dos días nadie nos avisó de nada⟧"', "Ilda Fontes", "direct", "water9-u5"),
         St("aseguró que ⟦la planta de pediatría está al completo⟧", "Ribeira Funda hospital source", "indirect",
            "water9-u6")),
        (Fg("a unos ⟦14.000⟧ vecinos", 14000, "about", "other", "water9-q-boil"),
         Fg("Más de ⟦230⟧ personas", 230, "more than", "other", "water9-q-ill"),
         Fg("y ⟦17⟧ permanecen", 17, None, "other", "water9-q-hospitalised"),
         Fg("ellas ⟦seis⟧ niños", 6, None, "other", "water9-q-children"))),
    Art("ml9-water-contamination", "atlanticledger.example", "europe/2026/10/05/ribeira-funda-boil-water-ecoli",
        "2026-10-05", "en",
        "Portuguese town told to boil water after E. coli found in supply",
        ("About 14,000 residents of the Portuguese town of Ribeira Funda have been told to boil their tap water after "
         "E. coli bacteria were found in the municipal supply. At least 180 people have fallen ill with diarrhoea "
         "and vomiting, and a dozen have been admitted to hospital.",
         '"Our absolute priority is to give people back water they can trust," said Henrique Lobato, who chairs the '
         "utility, Águas de Ribeira Funda. The company said a pipe near a pumping station had probably burst during "
         "heavy weekend rain, letting in contaminated water.",
         "Health delegate Marta Queirós urged residents to boil water for at least a minute before drinking it or "
         "cooking with it. Most patients had mild symptoms, she said."),
        (St('"⟦Our absolute priority is to give people back water they can trust⟧,"', "Henrique Lobato", "direct",
            "water9-u1"),
         St("company said ⟦a pipe near a pumping station had probably burst during heavy weekend rain, letting in "
            "contaminated water⟧", "Águas de Ribeira Funda", "indirect", "water9-u2"),
         St("urged residents to ⟦boil water for at least a minute before drinking it or cooking with it⟧",
            "Marta Queirós", "indirect", "water9-u3"),
         St("⟦Most patients had mild symptoms⟧, she said", "Marta Queirós", "indirect", "water9-u4")),
        (Fg("About ⟦14,000⟧ residents", 14000, "about", "other", "water9-q-boil"),
         Fg("At least ⟦180⟧ people", 180, "at least", "other", "water9-q-ill"),
         Fg("and ⟦a dozen⟧ have been", 12, "about", "other", "water9-q-hospitalised"))),
    # ---------------------------------------------------------------- a toxic algae bloom closes beaches (test)
    Art("ml9-algae-bloom", "lecourrierdeslagunes.example", "littoral/algues-toxiques-plages-fermees-port-vezac",
        "2026-08-11", "fr",
        "Algues toxiques : neuf plages fermées à Port-Vézac, six chiens morts",
        ("Neuf plages de Port-Vézac ont été fermées lundi après la prolifération d'une algue toxique le long de 12 "
         "kilomètres de côte. Au moins six chiens sont morts après s'être baignés dans la lagune, et une quarantaine "
         "de personnes ont été soignées pour des irritations cutanées et des nausées.",
         f"«{NB}Je préfère fermer une plage de trop que de voir un enfant à l'hôpital{NB}», a expliqué la maire, "
         "Corinne Battesti. Selon l'Office régional de l'environnement, la concentration de cyanobactéries dépasse "
         "dix fois le seuil d'alerte.",
         "Pour le biologiste Théo Garrigues, de l'université de Montvert, les dernières semaines de canicule ont "
         f"«{NB}transformé la lagune en bouillon de culture{NB}». La toxine peut tuer un chien en moins d'une heure, "
         "prévient-il."),
        (St(f"«{NB}⟦Je préfère fermer une plage de trop que de voir un enfant à l'hôpital⟧{NB}»", "Corinne Battesti",
            "direct", "algae9-u1"),
         St("l'environnement, ⟦la concentration de cyanobactéries dépasse dix fois le seuil d'alerte⟧",
            "Port-Vézac environment agency", "indirect", "algae9-u3"),
         St(f"Montvert, ⟦les dernières semaines de canicule ont «{NB}transformé la lagune en bouillon de "
            f"culture{NB}»⟧", "Théo Garrigues", "partial", "algae9-u5"),
         St("⟦La toxine peut tuer un chien en moins d'une heure⟧, prévient-il", "Théo Garrigues", "indirect",
            "algae9-u6")),
        (Fg("⟦Neuf⟧ plages", 9, None, "other", "algae9-q-beaches"),
         Fg("de ⟦12⟧ kilomètres", 12, None, "other", "algae9-q-coast"),
         Fg("Au moins ⟦six⟧ chiens", 6, "at least", "other", "algae9-q-dogs"),
         Fg("et ⟦une quarantaine⟧ de personnes", 40, "about", "other", "algae9-q-treated"))),
    Art("ml9-algae-bloom", "rheinufer-zeitung.example", "panorama/frankreich-giftige-algen-straende-1.55043",
        "2026-08-12", "de",
        "Giftige Algen: 14 Strände an französischer Lagune gesperrt",
        ("Wegen einer giftigen Algenblüte hat die südfranzösische Gemeinde Port-Vézac inzwischen 14 Strände gesperrt. "
         "Mindestens sieben Hunde sind nach dem Baden in der Lagune verendet, rund 40 Menschen mussten wegen "
         "Hautausschlägen und Übelkeit behandelt werden.",
         "„Lieber sperre ich einen Strand zu viel, als ein Kind im Krankenhaus zu sehen“, sagte Bürgermeisterin "
         "Corinne Battesti. Die Strände blieben mindestens bis zum Wochenende geschlossen, fügte sie hinzu.",
         "Der Biologe Théo Garrigues warnt, dass das Gift einen Hund in weniger als einer Stunde töten kann. Laut der "
         "regionalen Umweltbehörde sind Baden, Angeln und das Sammeln von Muscheln bis auf Weiteres verboten."),
        (St("„⟦Lieber sperre ich einen Strand zu viel, als ein Kind im Krankenhaus zu sehen⟧“", "Corinne Battesti",
            "direct", "algae9-u1"),
         St("⟦Die Strände blieben mindestens bis zum Wochenende geschlossen⟧, fügte sie", "Corinne Battesti",
            "indirect", "algae9-u2"),
         St("warnt, dass ⟦das Gift einen Hund in weniger als einer Stunde töten kann⟧", "Théo Garrigues", "indirect",
            "algae9-u6"),
         St("Umweltbehörde ⟦sind Baden, Angeln und das Sammeln von Muscheln bis auf Weiteres verboten⟧",
            "Port-Vézac environment agency", "indirect", "algae9-u4")),
        (Fg("inzwischen ⟦14⟧ Strände", 14, None, "other", "algae9-q-beaches"),
         Fg("Mindestens ⟦sieben⟧ Hunde", 7, "at least", "other", "algae9-q-dogs"),
         Fg("rund ⟦40⟧ Menschen", 40, "about", "other", "algae9-q-treated"))),
    Art("ml9-algae-bloom", "hanbadailbo.example", "news/articleView.html?idxno=77302", "2026-08-12", "ko",
        "프랑스 석호에 독성 녹조…해변 14곳 폐쇄·개 7마리 폐사",
        ("프랑스 남부 포르베자크의 석호 해안 약 12㎞에 걸쳐 독성 녹조가 번지면서 해변 14곳이 폐쇄됐다. 석호에서 "
         "물놀이를 한 개 7마리가 폐사했고, 피부 발진과 구토 증세로 치료를 받은 사람도 40여 명에 이른다.",
         "코린 바테스티 시장은 “아이가 병원에 실려 가는 것을 보느니 해변 하나를 더 닫겠다”고 말했다. 지역 "
         "환경청에 따르면 남조류 농도는 경보 기준치의 10배를 넘었다.",
         "몽베르대 생물학자 테오 가리그는 “몇 주간 이어진 폭염이 석호를 배양액으로 바꿔 놓았다”며 독소가 개를 한 "
         "시간 안에 죽일 수도 있다고 경고했다."),
        (St("“⟦아이가 병원에 실려 가는 것을 보느니 해변 하나를 더 닫겠다⟧”", "Corinne Battesti", "direct",
            "algae9-u1"),
         St("따르면 ⟦남조류 농도는 경보 기준치의 10배를 넘었다⟧", "Port-Vézac environment agency", "indirect",
            "algae9-u3"),
         St("“⟦몇 주간 이어진 폭염이 석호를 배양액으로 바꿔 놓았다⟧”", "Théo Garrigues", "direct", "algae9-u5"),
         St("며 ⟦독소가 개를 한 시간 안에 죽일 수도 있다⟧고", "Théo Garrigues", "indirect", "algae9-u6")),
        (Fg("해안 약 ⟦12⟧㎞", 12, "about", "other", "algae9-q-coast"),
         Fg("해변 ⟦14⟧곳", 14, None, "other", "algae9-q-beaches"),
         Fg("개 ⟦7⟧마리", 7, None, "other", "algae9-q-dogs"),
         Fg("사람도 ⟦40여⟧ 명", 40, "more than", "other", "algae9-q-treated"))),
    Art("ml9-algae-bloom", "larivieraoggi.example", "esteri/francia-alga-tossica-laguna-spiagge-chiuse",
        "2026-08-12", "it",
        "Francia, alga tossica in laguna: chiuse 14 spiagge, morti sette cani",
        ("Sono salite a 14 le spiagge chiuse a Port-Vézac, nel sud della Francia, per la fioritura di un'alga "
         "tossica. Sette cani sono morti dopo aver fatto il bagno nella laguna e circa 40 persone sono state "
         "medicate per irritazioni alla pelle e nausea.",
         "«Preferisco chiudere una spiaggia in più piuttosto che vedere un bambino in ospedale», ha spiegato la "
         "sindaca Corinne Battesti. Secondo l'agenzia regionale per l'ambiente, sono vietati fino a nuovo ordine la "
         "balneazione, la pesca e la raccolta di molluschi.",
         "Il biologo Théo Garrigues ha avvertito che la tossina può uccidere un cane in meno di un'ora."),
        (St("«⟦Preferisco chiudere una spiaggia in più piuttosto che vedere un bambino in ospedale⟧»",
            "Corinne Battesti", "direct", "algae9-u1"),
         St("ambiente, ⟦sono vietati fino a nuovo ordine la balneazione, la pesca e la raccolta di molluschi⟧",
            "Port-Vézac environment agency", "indirect", "algae9-u4"),
         St("avvertito che ⟦la tossina può uccidere un cane in meno di un'ora⟧", "Théo Garrigues", "indirect",
            "algae9-u6")),
        (Fg("salite a ⟦14⟧ le spiagge", 14, None, "other", "algae9-q-beaches"),
         Fg("⟦Sette⟧ cani", 7, None, "other", "algae9-q-dogs"),
         Fg("circa ⟦40⟧ persone", 40, "about", "other", "algae9-q-treated"))),
    Art("ml9-algae-bloom", "lavozdelestrecho.example", "internacional/2026-08-11/francia-algas-toxicas-playas",
        "2026-08-11", "es",
        "Cierran nueve playas en el sur de Francia por un alga tóxica",
        ("Una proliferación de algas tóxicas ha obligado a cerrar nueve playas de Port-Vézac, en el sur de Francia. "
         "Al menos seis perros han muerto tras bañarse en la laguna y medio centenar de personas han recibido "
         "atención médica por irritaciones en la piel.",
         "La alcaldesa, Corinne Battesti, dijo que las playas seguirán cerradas al menos hasta el fin de semana. "
         '"Prefiero cerrar una playa de más que ver a un niño en el hospital", añadió.',
         "Según el biólogo Théo Garrigues, las semanas de calor extremo han convertido la laguna en \"un caldo de "
         "cultivo\". Fuentes municipales señalaron que los análisis se repetirán cada día."),
        (St("dijo que ⟦las playas seguirán cerradas al menos hasta el fin de semana⟧", "Corinne Battesti", "indirect",
            "algae9-u2"),
         St('"⟦Prefiero cerrar una playa de más que ver a un niño en el hospital⟧"', "Corinne Battesti", "direct",
            "algae9-u1"),
         St("Garrigues, ⟦las semanas de calor extremo han convertido la laguna en \"un caldo de cultivo\"⟧",
            "Théo Garrigues", "partial", "algae9-u5"),
         St("señalaron que ⟦los análisis se repetirán cada día⟧", "Port-Vézac town hall sources", "indirect",
            "algae9-u7")),
        (Fg("cerrar ⟦nueve⟧ playas", 9, None, "other", "algae9-q-beaches"),
         Fg("Al menos ⟦seis⟧ perros", 6, "at least", "other", "algae9-q-dogs"),
         Fg("y ⟦medio centenar⟧ de personas", 50, "about", "other", "algae9-q-treated"))),
    # ---------------------------------------------------------------- a construction crane falls onto a street (test)
    Art("ml9-crane-collapse", "dongrimilbo.example", "news/articleView.html?idxno=140926", "2026-11-03", "ko",
        "동림시 공사장 타워크레인 붕괴…2명 사망·7명 부상",
        ("3일 오전 동림시 중앙동의 아파트 신축 공사장에서 높이 60m 타워크레인이 도로 쪽으로 쓰러져 2명이 숨지고 "
         "7명이 다쳤다. 크레인이 왕복 4차로를 덮치면서 신호 대기 중이던 차량 5대가 부서졌다.",
         "시공사인 삼광건설의 정대식 홍보팀장은 “피해자와 유가족께 깊이 사죄드린다”고 말했다. 회사 측은 크레인이 "
         "지난 8월 정기 검사를 통과했다고 밝혔다.",
         "현장을 찾은 노재균 근로감독관은 “작업을 멈췄어야 할 날씨였다”고 지적했다. 경찰은 크레인 기사 등을 상대로 "
         "업무상 과실치사 혐의를 조사하고 있다고 밝혔다. 인근 건물 주민 200여 명은 한때 대피했다."),
        (St("“⟦피해자와 유가족께 깊이 사죄드린다⟧”", "Jung Dae-sik", "direct", "crane9-u1"),
         St("측은 ⟦크레인이 지난 8월 정기 검사를 통과했다⟧고", "Samgwang Construction", "indirect", "crane9-u2"),
         St("“⟦작업을 멈췄어야 할 날씨였다⟧”", "Noh Jae-gyun", "direct", "crane9-u4"),
         St("경찰은 ⟦크레인 기사 등을 상대로 업무상 과실치사 혐의를 조사하고 있다⟧고", "Dongrim police", "indirect",
            "crane9-u5")),
        (Fg("높이 ⟦60⟧m", 60, None, "other", "crane9-q-height"),
         Fg("쓰러져 ⟦2⟧명이", 2, None, "killed", "crane9-q-killed"),
         Fg("⟦7⟧명이 다쳤다", 7, None, "wounded", "crane9-q-injured"),
         Fg("차량 ⟦5⟧대", 5, None, "other", "crane9-q-cars"),
         Fg("주민 ⟦200여⟧ 명", 200, "more than", "displaced", "crane9-q-evacuated"))),
    Art("ml9-crane-collapse", "hansestadt-echo.example", "panorama/suedkorea-baukran-stuerzt-auf-strasse-1.30771",
        "2026-11-03", "de",
        "Südkorea: Baukran stürzt auf Straße – zwei Tote",
        ("In der südkoreanischen Stadt Dongrim ist am Dienstag ein 60 Meter hoher Turmdrehkran auf eine vierspurige "
         "Straße gestürzt. Zwei Menschen kamen ums Leben, mindestens sieben wurden verletzt. Fünf Autos, die an einer "
         "Ampel warteten, wurden unter dem Ausleger zerquetscht.",
         "„Wir bitten die Opfer und ihre Angehörigen zutiefst um Verzeihung“, sagte Jung Dae Sik, Sprecher des "
         "Bauunternehmens Samgwang. Arbeitsinspektor Noh Jae Gyun sagte vor Ort, bei diesem Wind hätte nie gearbeitet "
         "werden dürfen.",
         "Laut Polizei wird gegen den Kranführer und zwei Bauleiter wegen fahrlässiger Tötung ermittelt. Rund 200 "
         "Bewohner eines Nachbarhauses wurden vorübergehend in Sicherheit gebracht."),
        (St("„⟦Wir bitten die Opfer und ihre Angehörigen zutiefst um Verzeihung⟧“", "Jung Dae-sik", "direct",
            "crane9-u1"),
         St("Ort, ⟦bei diesem Wind hätte nie gearbeitet werden dürfen⟧", "Noh Jae-gyun", "indirect", "crane9-u4"),
         St("Laut Polizei ⟦wird gegen den Kranführer und zwei Bauleiter wegen fahrlässiger Tötung ermittelt⟧",
            "Dongrim police", "indirect", "crane9-u5")),
        (Fg("ein ⟦60⟧ Meter", 60, None, "other", "crane9-q-height"),
         Fg("⟦Zwei⟧ Menschen kamen", 2, None, "killed", "crane9-q-killed"),
         Fg("mindestens ⟦sieben⟧ wurden", 7, "at least", "wounded", "crane9-q-injured"),
         Fg("⟦Fünf⟧ Autos", 5, None, "other", "crane9-q-cars"),
         Fg("Rund ⟦200⟧ Bewohner", 200, "about", "displaced", "crane9-q-evacuated"))),
    Art("ml9-crane-collapse", "asiapacificreport.example", "korea/2026/11/04/dongrim-crane-collapse-toll",
        "2026-11-04", "en",
        "Death toll rises to three after crane collapse in South Korean city",
        ("The death toll from a tower crane collapse in the South Korean city of Dongrim has risen to three, police "
         "said on Wednesday. Seven other people were injured on Tuesday when the 60-metre crane toppled from a "
         "construction site, flattening five cars waiting at traffic lights.",
         "Labour inspector Noh Jae-gyun said gusts had probably exceeded the crane's operating limit. \"This was "
         'weather in which work should have stopped," he told reporters at the site.',
         "Samgwang Construction, the builder, said the crane had passed a routine inspection in August. A worker at "
         'the site, who asked not to be named, said the crane had been "swaying all morning".'),
        (St("⟦The death toll from a tower crane collapse in the South Korean city of Dongrim has risen to three⟧, "
            "police", "Dongrim police", "indirect", "crane9-u7"),
         St("Jae-gyun said ⟦gusts had probably exceeded the crane's operating limit⟧", "Noh Jae-gyun", "indirect",
            "crane9-u3"),
         St('"⟦This was weather in which work should have stopped⟧,"', "Noh Jae-gyun", "direct", "crane9-u4"),
         St("builder, said ⟦the crane had passed a routine inspection in August⟧", "Samgwang Construction",
            "indirect", "crane9-u2"),
         St('named, said ⟦the crane had been "swaying all morning"⟧', "Dongrim crane site worker", "partial",
            "crane9-u6")),
        (Fg("risen to ⟦three⟧", 3, None, "killed", "crane9-q-killed"),
         Fg("⟦Seven⟧ other people", 7, None, "wounded", "crane9-q-injured"),
         Fg("the ⟦60⟧-metre crane", 60, None, "other", "crane9-q-height"),
         Fg("flattening ⟦five⟧ cars", 5, None, "other", "crane9-q-cars"))),
    Art("ml9-crane-collapse", "folhadoatlantico.example", "mundo/2026/11/04/queda-guindaste-coreia-do-sul",
        "2026-11-04", "pt",
        "Queda de guindaste na Coreia do Sul deixa três mortos",
        ("Subiu para três o número de mortos na queda de um guindaste de 60 metros sobre uma avenida movimentada de "
         "Dongrim, na Coreia do Sul. Outras sete pessoas ficaram feridas e cinco carros foram esmagados.",
         "Segundo o inspetor do trabalho Noh Jae-gyun, as rajadas de vento provavelmente ultrapassaram o limite de "
         "operação do guindaste. “Pedimos profundas desculpas às vítimas e às suas famílias”, disse o porta-voz da "
         "construtora Samgwang, Jung Dae-sik.",
         "A polícia informou que o operador do guindaste e dois mestres de obras estão sendo investigados por "
         "homicídio culposo. Cerca de 200 moradores de um prédio vizinho chegaram a ser retirados de casa."),
        (St("Jae-gyun, ⟦as rajadas de vento provavelmente ultrapassaram o limite de operação do guindaste⟧",
            "Noh Jae-gyun", "indirect", "crane9-u3"),
         St("“⟦Pedimos profundas desculpas às vítimas e às suas famílias⟧”", "Jung Dae-sik", "direct", "crane9-u1"),
         St("informou que ⟦o operador do guindaste e dois mestres de obras estão sendo investigados por homicídio "
            "culposo⟧", "Dongrim police", "indirect", "crane9-u5")),
        (Fg("para ⟦três⟧ o número", 3, None, "killed", "crane9-q-killed"),
         Fg("de ⟦60⟧ metros", 60, None, "other", "crane9-q-height"),
         Fg("Outras ⟦sete⟧ pessoas", 7, None, "wounded", "crane9-q-injured"),
         Fg("e ⟦cinco⟧ carros", 5, None, "other", "crane9-q-cars"),
         Fg("Cerca de ⟦200⟧ moradores", 200, "about", "displaced", "crane9-q-evacuated"))),
    Art("ml9-crane-collapse", "ilsecolodellavoro.example", "esteri/corea-del-sud-crolla-gru-dongrim", "2026-11-03",
        "it",
        "Corea del Sud, crolla una gru su una strada: due morti e sette feriti",
        ("Una gru alta 60 metri è crollata martedì su una strada a quattro corsie di Dongrim, in Corea del Sud, "
         "uccidendo due persone e ferendone sette. Cinque auto ferme al semaforo sono state schiacciate.",
         "Secondo l'ispettore del lavoro Noh Jae-gyun, «con quel vento non si sarebbe mai dovuto lavorare». La polizia "
         "ha fatto sapere che sono indagati il gruista e due capocantiere per omicidio colposo.",
         "L'impresa costruttrice, la Samgwang, sostiene che la gru aveva superato un controllo periodico ad agosto. "
         "Circa duecento residenti di un palazzo vicino sono stati evacuati per alcune ore."),
        (St("«⟦con quel vento non si sarebbe mai dovuto lavorare⟧»", "Noh Jae-gyun", "direct", "crane9-u4"),
         St("fatto sapere che ⟦sono indagati il gruista e due capocantiere per omicidio colposo⟧", "Dongrim police",
            "indirect", "crane9-u5"),
         St("sostiene che ⟦la gru aveva superato un controllo periodico ad agosto⟧", "Samgwang Construction",
            "indirect", "crane9-u2")),
        (Fg("alta ⟦60⟧ metri", 60, None, "other", "crane9-q-height"),
         Fg("uccidendo ⟦due⟧ persone", 2, None, "killed", "crane9-q-killed"),
         Fg("ferendone ⟦sette⟧", 7, None, "wounded", "crane9-q-injured"),
         Fg("⟦Cinque⟧ auto", 5, None, "other", "crane9-q-cars"),
         Fg("Circa ⟦duecento⟧ residenti", 200, "about", "displaced", "crane9-q-evacuated"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_33: dict[str, tuple[str, ...]] = {
    "Agnes Thalwitz": ("Agnes Thalwitz", "Thalwitz", "아그네스 탈비츠", "탈비츠", "Bürgermeisterin Agnes Thalwitz",
                       "아그네스 탈비츠 시장", "sindaca Agnes Thalwitz", "Mayor Agnes Thalwitz", "maire"),
    "Lena Okrasch": ("Lena Okrasch", "Okrasch", "레나 오크라슈", "오크라슈", "Einsatzleiterin Lena Okrasch",
                     "fire chief Lena Okrasch"),
    "Bernd Raschke": ("Bernd Raschke", "Raschke", "베른트 라슈케", "라슈케", "운영업체 대표 베른트 라슈케",
                      "Betreiber Bernd Raschke", "Ride owner Bernd Raschke"),
    "Hallbruck police": ("police", "police locale", "Polizei", "경찰", "현지 경찰"),
    "Henrique Lobato": ("Henrique Lobato", "Lobato", "엔히크 로바투", "로바투", "엔히크 로바투 이사장"),
    "Marta Queirós": ("Marta Queirós", "Queirós", "마르타 케이로스", "케이로스", "마르타 케이로스 보건소장",
                       "Amtsärztin Marta Queirós", "delegada de saúde", "delegada de salud",
                       "Health delegate Marta Queirós"),
    "Ilda Fontes": ("Ilda Fontes", "Fontes", "Anwohnerin Ilda Fontes"),
    "Águas de Ribeira Funda": ("Águas de Ribeira Funda", "Aguas de Ribeira Funda", "empresa", "Wasserversorger",
                               "Unternehmen", "company", "utility", "empresa municipal de aguas", "수도사업자"),
    "Ribeira Funda health authorities": ("보건당국", "autoridades sanitarias", "health authorities",
                                         "Gesundheitsbehörden"),
    "Ribeira Funda hospital source": ("병원 관계자", "한 병원 관계자", "fuente del hospital", "hospital source"),
    "Corinne Battesti": ("Corinne Battesti", "Battesti", "코린 바테스티", "바테스티", "코린 바테스티 시장",
                         "Bürgermeisterin Corinne Battesti", "maire", "sindaca Corinne Battesti", "alcaldesa"),
    "Théo Garrigues": ("Théo Garrigues", "Theo Garrigues", "Garrigues", "테오 가리그", "가리그", "biologiste",
                       "Biologe Théo Garrigues", "biologo Théo Garrigues", "biólogo Théo Garrigues",
                       "몽베르대 생물학자 테오 가리그"),
    "Port-Vézac environment agency": ("Office régional de l'environnement", "regionale Umweltbehörde",
                                      "Umweltbehörde", "지역 환경청", "환경청", "agenzia regionale per l'ambiente"),
    "Port-Vézac town hall sources": ("Fuentes municipales", "fuentes municipales"),
    "Jung Dae-sik": ("Jung Dae-sik", "Jung Dae Sik", "정대식", "정대식 홍보팀장"),
    "Noh Jae-gyun": ("Noh Jae-gyun", "Noh Jae Gyun", "노재균", "노재균 근로감독관", "Arbeitsinspektor Noh Jae Gyun",
                     "Labour inspector Noh Jae-gyun", "inspetor do trabalho Noh Jae-gyun",
                     "ispettore del lavoro Noh Jae-gyun"),
    "Samgwang Construction": ("Samgwang Construction", "Samgwang", "삼광건설", "회사 측", "construtora Samgwang",
                              "impresa costruttrice", "builder"),
    "Dongrim police": ("police", "Polizei", "경찰", "polícia", "polizia"),
    "Dongrim crane site worker": ("A worker at the site", "worker"),
}
