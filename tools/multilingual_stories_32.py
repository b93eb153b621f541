"""Invented stories for the sixth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every country, town, person, outlet and figure is invented. Stories here (all test, listed in TEST_STORIES
there): a cold snap that kills homeless people, whose toll and lowest temperature are revised day by day; a
snowstorm that strands drivers on a motorway; a cargo ship that loses containers, some with chemicals; a jet that
crashes at an air show, whose toll rises.
Temperatures are figures of category ``other`` with a negative value; their span includes the sign as written
(``minus 27``, ``-29``, ``영하 29``, ``menos 29``).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_32: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a cold snap kills homeless people (test)
    Art("ml9-cold-snap", "thelanternpost.example", "world/2026/01/14/morvania-cold-snap-homeless", "2026-01-14",
        "en",
        "Cold snap kills at least 11 homeless people in Morvania",
        ("At least 11 homeless people have died in Morvania since temperatures plunged to minus 27 degrees at the "
         "weekend, police said on Wednesday, as the capital Tarnovec scrambled to open emergency shelters.",
         "“Nobody in this country should freeze to death on a park bench,” Social Affairs Minister Daria Pelnikova "
         "said after visiting a shelter. She announced that night shelters would stay open around the clock until "
         "the frost breaks, and that the government would fund some 2,000 extra beds.",
         "Charities say that is too little, too late. Tomislav Rudek, director of the Svetlin Foundation, which runs "
         "soup kitchens in the capital, said the city alone had more than 6,000 people sleeping rough and called "
         "the deaths “a tragedy everyone saw coming”.",
         "Mayor Mirela Hostak said three metro stations would be left open overnight as warm rooms."),
        (St("⟦At least 11 homeless people have died in Morvania since temperatures plunged to minus 27 degrees at "
            "the weekend⟧, police said", "Morvanian police", "indirect", "cold-u0"),
         St("Charities say ⟦that is too little, too late⟧", "Morvanian charities", "indirect", "cold-u11"),
         St("“⟦Nobody in this country should freeze to death on a park bench⟧,”", "Daria Pelnikova", "direct",
            "cold-u1"),
         St("She announced that ⟦night shelters would stay open around the clock until the frost breaks⟧",
            "Daria Pelnikova", "indirect", "cold-u2"),
         St("and that ⟦the government would fund some 2,000 extra beds⟧", "Daria Pelnikova", "indirect", "cold-u3"),
         St("said ⟦the city alone had more than 6,000 people sleeping rough⟧", "Tomislav Rudek", "indirect",
            "cold-u5"),
         St("called ⟦the deaths “a tragedy everyone saw coming”⟧", "Tomislav Rudek", "partial", "cold-u6"),
         St("Hostak said ⟦three metro stations would be left open overnight as warm rooms⟧", "Mirela Hostak",
            "indirect", "cold-u4")),
        (Fg("At least ⟦11⟧ homeless", 11, "at least", "killed", "cold-q-dead"),
         Fg("plunged to ⟦minus 27⟧ degrees", -27, None, "other", "cold-q-temp"),
         Fg("some ⟦2,000⟧ extra beds", 2000, "about", "other", "cold-q-beds"),
         Fg("more than ⟦6,000⟧ people", 6000, "more than", "other", "cold-q-rough-sleepers"))),
    Art("ml9-cold-snap", "weserbote.example", "panorama/kaeltewelle-morwanien-obdachlose-1.7731", "2026-01-15", "de",
        "Kältewelle in Morwanien: Zahl der erfrorenen Obdachlosen steigt auf 14",
        ("Die Kältewelle in Morwanien hat mindestens 14 Obdachlosen das Leben gekostet. In der Hauptstadt Tarnovec "
         "fiel das Thermometer in der Nacht zum Donnerstag auf minus 29 Grad, wie der staatliche Wetterdienst "
         "mitteilte.",
         "„Niemand in diesem Land sollte auf einer Parkbank erfrieren“, sagte Sozialministerin Darja Pelnikowa. Die "
         "Notunterkünfte blieben rund um die Uhr geöffnet, bis der Frost nachlasse, kündigte sie an.",
         "Laut Pelnikowa finanziert die Regierung rund 2.000 zusätzliche Schlafplätze. Das reiche bei Weitem nicht, "
         "kritisieren Hilfsorganisationen. Allein in Tarnovec lebten mehr als 6.000 Menschen auf der Straße, "
         "erklärte Tomislav Rudek von der Swetlin-Stiftung. Er sprach von einer „Tragödie mit Ansage“.",
         "Bürgermeisterin Mirela Hostak ließ drei U-Bahn-Stationen über Nacht als Wärmestuben öffnen."),
        (St("⟦In der Hauptstadt Tarnovec fiel das Thermometer in der Nacht zum Donnerstag auf minus 29 Grad⟧, wie",
            "Morvanian weather service", "indirect", "cold-u7"),
         St("„⟦Niemand in diesem Land sollte auf einer Parkbank erfrieren⟧“", "Daria Pelnikova", "direct", "cold-u1"),
         St("⟦Die Notunterkünfte blieben rund um die Uhr geöffnet, bis der Frost nachlasse⟧, kündigte",
            "Daria Pelnikova", "indirect", "cold-u2"),
         St("Laut Pelnikowa ⟦finanziert die Regierung rund 2.000 zusätzliche Schlafplätze⟧", "Daria Pelnikova",
            "indirect", "cold-u3"),
         St("⟦Das reiche bei Weitem nicht⟧, kritisieren", "Morvanian charities", "indirect", "cold-u11"),
         St("⟦Allein in Tarnovec lebten mehr als 6.000 Menschen auf der Straße⟧, erklärte", "Tomislav Rudek",
            "indirect", "cold-u5"),
         St("sprach von ⟦einer „Tragödie mit Ansage“⟧", "Tomislav Rudek", "partial", "cold-u6")),
        (Fg("mindestens ⟦14⟧ Obdachlosen", 14, "at least", "killed", "cold-q-dead"),
         Fg("auf ⟦minus 29⟧ Grad", -29, None, "other", "cold-q-temp"),
         Fg("rund ⟦2.000⟧ zusätzliche", 2000, "about", "other", "cold-q-beds"),
         Fg("mehr als ⟦6.000⟧ Menschen", 6000, "more than", "other", "cold-q-rough-sleepers"))),
    Art("ml9-cold-snap", "dongbangsinmun.example", "news/articleView.html?idxno=310552", "2026-01-15", "ko",
        "모르바니아 한파에 노숙인 14명 숨져",
        ("모르바니아에 영하 29도의 강추위가 이어지면서 노숙인 14명이 숨졌다고 현지 경찰이 15일 밝혔다.",
         "다리아 펠니코바 사회부 장관은 “이 나라에서 누구도 공원 벤치에서 얼어 죽어서는 안 된다”고 말했다. 그는 "
         "한파가 물러갈 때까지 노숙인 쉼터를 24시간 운영하겠다고 밝혔다.",
         "정부는 임시 잠자리 2천여 개를 추가로 마련하기로 했다. 그러나 구호단체 스베틀린 재단의 토미슬라브 루데크 "
         "이사장은 수도 타르노베츠에서만 6천 명 넘는 사람이 거리에서 잠을 잔다며 정부 대책이 턱없이 부족하다고 "
         "지적했다.",
         "미렐라 호스탁 타르노베츠 시장에 따르면 시는 지하철역 세 곳을 밤새 개방해 난방 대피소로 쓰고 있다."),
        (St("⟦모르바니아에 영하 29도의 강추위가 이어지면서 노숙인 14명이 숨졌다⟧고", "Morvanian police", "indirect",
            "cold-u8"),
         St("“⟦이 나라에서 누구도 공원 벤치에서 얼어 죽어서는 안 된다⟧”", "Daria Pelnikova", "direct", "cold-u1"),
         St("그는 ⟦한파가 물러갈 때까지 노숙인 쉼터를 24시간 운영하겠다⟧고", "Daria Pelnikova", "indirect", "cold-u2"),
         St("이사장은 ⟦수도 타르노베츠에서만 6천 명 넘는 사람이 거리에서 잠을 잔다⟧며", "Tomislav Rudek", "indirect",
            "cold-u5"),
         St("⟦정부 대책이 턱없이 부족하다⟧고", "Tomislav Rudek", "indirect", "cold-u9"),
         St("따르면 ⟦시는 지하철역 세 곳을 밤새 개방해 난방 대피소로 쓰고 있다⟧", "Mirela Hostak", "indirect",
            "cold-u4")),
        (Fg("⟦영하 29⟧도의", -29, None, "other", "cold-q-temp"),
         Fg("노숙인 ⟦14⟧명이", 14, None, "killed", "cold-q-dead"),
         Fg("잠자리 ⟦2천여⟧ 개", 2000, "more than", "other", "cold-q-beds"),
         Fg("⟦6천⟧ 명 넘는", 6000, "more than", "other", "cold-q-rough-sleepers"))),
    Art("ml9-cold-snap", "lepetitmatin.example", "international/morvanie-vague-de-froid-sans-abri", "2026-01-15",
        "fr",
        "Vague de froid en Morvanie : au moins 14 sans-abri morts",
        ("Au moins quatorze sans-abri sont morts de froid en Morvanie depuis le début de la vague de froid, selon un "
         f"bilan de la police publié jeudi. Le mercure est descendu jusqu'à -29{NB}°C dans la nuit à Tarnovec, la "
         "capitale.",
         f"«{NB}Personne dans ce pays ne devrait mourir de froid sur un banc public{NB}», a déclaré la ministre des "
         "Affaires sociales, Daria Pelnikova. Elle a promis que les centres d'hébergement resteraient ouverts jour "
         "et nuit jusqu'à la fin du gel.",
         f"Le gouvernement finance quelque 2{NB}000 places supplémentaires. D'après Tomislav Rudek, directeur de la "
         f"fondation Svetlin, plus de 6{NB}000 personnes dorment dehors rien qu'à Tarnovec. «{NB}C'était une "
         f"tragédie annoncée{NB}», estime-t-il.",
         "La maire, Mirela Hostak, a fait ouvrir trois stations de métro pendant la nuit."),
        (St("⟦Au moins quatorze sans-abri sont morts de froid en Morvanie depuis le début de la vague de froid⟧, "
            "selon", "Morvanian police", "indirect", "cold-u8"),
         St(f"«{NB}⟦Personne dans ce pays ne devrait mourir de froid sur un banc public⟧{NB}»", "Daria Pelnikova",
            "direct", "cold-u1"),
         St("promis que ⟦les centres d'hébergement resteraient ouverts jour et nuit jusqu'à la fin du gel⟧",
            "Daria Pelnikova", "indirect", "cold-u2"),
         St(f"Svetlin, ⟦plus de 6{NB}000 personnes dorment dehors rien qu'à Tarnovec⟧", "Tomislav Rudek",
            "indirect", "cold-u5"),
         St(f"«{NB}⟦C'était une tragédie annoncée⟧{NB}»", "Tomislav Rudek", "direct", "cold-u6")),
        (Fg("Au moins ⟦quatorze⟧ sans-abri", 14, "at least", "killed", "cold-q-dead"),
         Fg(f"jusqu'à ⟦-29⟧{NB}°C", -29, None, "other", "cold-q-temp"),
         Fg(f"quelque ⟦2{NB}000⟧ places", 2000, "about", "other", "cold-q-beds"),
         Fg(f"plus de ⟦6{NB}000⟧ personnes", 6000, "more than", "other", "cold-q-rough-sleepers"))),
    Art("ml9-cold-snap", "diariodoatlantico.example", "mundo/2026-01-16/frio-extremo-morvania-sem-abrigo",
        "2026-01-16", "pt",
        "Frio extremo mata 17 sem-abrigo na Morvânia",
        ("Subiu para 17 o número de sem-abrigo que morreram de frio na Morvânia, de acordo com a polícia. Na capital, "
         "Tarnovec, os termómetros registaram temperaturas de menos 29 graus durante a noite.",
         "“Ninguém neste país deveria morrer de frio num banco de jardim”, disse a ministra dos Assuntos Sociais, "
         "Daria Pelnikova. A ministra garantiu que os abrigos ficarão abertos 24 horas por dia enquanto durar a "
         "vaga de frio.",
         "Segundo a governante, o Executivo vai pagar cerca de 2 mil camas extra. Tomislav Rudek, diretor da "
         "Fundação Svetlin, que distribui refeições na capital, falou de uma “tragédia anunciada”.",
         "De acordo com a presidente da câmara, Mirela Hostak, três estações de metro ficam abertas durante a noite."),
        (St("⟦Subiu para 17 o número de sem-abrigo que morreram de frio na Morvânia⟧, de acordo", "Morvanian police",
            "indirect", "cold-u10"),
         St("“⟦Ninguém neste país deveria morrer de frio num banco de jardim⟧”", "Daria Pelnikova", "direct",
            "cold-u1"),
         St("garantiu que ⟦os abrigos ficarão abertos 24 horas por dia enquanto durar a vaga de frio⟧",
            "Daria Pelnikova", "indirect", "cold-u2"),
         St("governante, ⟦o Executivo vai pagar cerca de 2 mil camas extra⟧", "Daria Pelnikova", "indirect",
            "cold-u3"),
         St("falou de ⟦uma “tragédia anunciada”⟧", "Tomislav Rudek", "partial", "cold-u6"),
         St("Hostak, ⟦três estações de metro ficam abertas durante a noite⟧", "Mirela Hostak", "indirect", "cold-u4")),
        (Fg("para ⟦17⟧ o número", 17, None, "killed", "cold-q-dead"),
         Fg("de ⟦menos 29⟧ graus", -29, None, "other", "cold-q-temp"),
         Fg("cerca de ⟦2 mil⟧ camas", 2000, "about", "other", "cold-q-beds"))),
    # ---------------------------------------------------------------- a snowstorm strands drivers (test)
    Art("ml9-snowstorm", "dailymeridian.example", "world/2026/02/07/serenia-a9-snowstorm", "2026-02-07", "en",
        "Snowstorm traps 1,500 vehicles on Serenian motorway",
        ("About 1,500 vehicles were stranded overnight on the A9 motorway in northern Serenia after a snowstorm swept "
         "across the Valdorno plateau on Friday, and more than 300 people had to be rescued from their cars.",
         "“In twenty years on the job I have never seen the A9 shut for this long,” said Davide Orsolin, a spokesman "
         "for the highway police. He said all vehicles should be freed by Sunday evening.",
         "The motorway operator, Autovie Serene, said its snowploughs could not reach jack-knifed lorries because "
         "drivers had blocked the emergency lane. Its spokeswoman, Chiara Benvegnù, described the snowfall as "
         "“exceptional even for the Valdorno”.",
         "Lorry driver Ondrej Kalina, stuck near the Pradelle exit, said he had spent 19 hours in his cab. “I had "
         "half a bottle of water and a packet of biscuits,” he told the Meridian by phone.",
         "At Pradelle airport, 120 flights were cancelled on Saturday, an airport spokesperson said."),
        (St("“⟦In twenty years on the job I have never seen the A9 shut for this long⟧,”", "Davide Orsolin", "direct",
            "snow-u1"),
         St("He said ⟦all vehicles should be freed by Sunday evening⟧", "Davide Orsolin", "indirect", "snow-u2"),
         St("Serene, said ⟦its snowploughs could not reach jack-knifed lorries because drivers had blocked the "
            "emergency lane⟧", "Autovie Serene", "indirect", "snow-u3"),
         St("described ⟦the snowfall as “exceptional even for the Valdorno”⟧", "Chiara Benvegnù", "partial",
            "snow-u4"),
         St("said ⟦he had spent 19 hours in his cab⟧", "Ondrej Kalina", "indirect", "snow-u5"),
         St("“⟦I had half a bottle of water and a packet of biscuits⟧,”", "Ondrej Kalina", "direct", "snow-u6"),
         St("⟦At Pradelle airport, 120 flights were cancelled on Saturday⟧, an airport", "Pradelle airport",
            "indirect", "snow-u7")),
        (Fg("About ⟦1,500⟧ vehicles", 1500, "about", "other", "snow-q-vehicles"),
         Fg("more than ⟦300⟧ people", 300, "more than", "other", "snow-q-rescued"),
         Fg("⟦120⟧ flights", 120, None, "other", "snow-q-flights"))),
    Art("ml9-snowstorm", "alpenrundschau.example", "panorama/schneechaos-serenien-a9-1.5520", "2026-02-07", "de",
        "Schneechaos in Serenien: Tausende sitzen auf der A9 fest",
        ("Ein heftiger Schneesturm hat auf der Autobahn A9 im Norden Sereniens rund 1.500 Fahrzeuge eingeschlossen. "
         "Nach Angaben der Autobahnpolizei mussten mehr als 300 Menschen aus ihren Autos geholt werden.",
         "„In zwanzig Dienstjahren habe ich die A9 noch nie so lange gesperrt gesehen“, sagte Polizeisprecher Davide "
         "Orsolin. Er rechnet damit, dass bis Sonntagabend alle Fahrzeuge befreit sind.",
         "Der Autobahnbetreiber Autovie Serene erklärte, die Räumfahrzeuge seien nicht zu den querstehenden "
         "Lastwagen durchgekommen, weil Autofahrer die Rettungsgasse blockiert hätten. Sprecherin Chiara Benvegnù "
         "sprach von „selbst für das Valdorno außergewöhnlichen“ Schneefällen.",
         "Am Flughafen Pradelle fielen am Samstag 120 Flüge aus."),
        (St("Autobahnpolizei ⟦mussten mehr als 300 Menschen aus ihren Autos geholt werden⟧",
            "Serenian highway police", "indirect", "snow-u8"),
         St("„⟦In zwanzig Dienstjahren habe ich die A9 noch nie so lange gesperrt gesehen⟧“", "Davide Orsolin",
            "direct", "snow-u1"),
         St("dass ⟦bis Sonntagabend alle Fahrzeuge befreit sind⟧", "Davide Orsolin", "indirect", "snow-u2"),
         St("erklärte, ⟦die Räumfahrzeuge seien nicht zu den querstehenden Lastwagen durchgekommen, weil Autofahrer "
            "die Rettungsgasse blockiert hätten⟧", "Autovie Serene", "indirect", "snow-u3"),
         St("sprach von ⟦„selbst für das Valdorno außergewöhnlichen“ Schneefällen⟧", "Chiara Benvegnù", "partial",
            "snow-u4")),
        (Fg("rund ⟦1.500⟧ Fahrzeuge", 1500, "about", "other", "snow-q-vehicles"),
         Fg("mehr als ⟦300⟧ Menschen", 300, "more than", "other", "snow-q-rescued"),
         Fg("Samstag ⟦120⟧ Flüge", 120, None, "other", "snow-q-flights"))),
    Art("ml9-snowstorm", "hanultimes.example", "news/articleView.html?idxno=204871", "2026-02-08", "ko",
        "세레니아 폭설로 고속도로 차량 1천500여 대 고립",
        ("세레니아 북부 발도르노 고원에 폭설이 내려 A9 고속도로에서 차량 1천500여 대가 밤새 고립됐다. "
         "고속도로순찰대는 차 안에 갇혀 있던 300여 명을 구조했다고 밝혔다.",
         "다비데 오르솔린 순찰대 대변인은 “20년 동안 일하면서 A9이 이렇게 오래 막힌 것은 처음 본다”고 말했다. 그는 "
         "일요일 저녁까지 모든 차량을 빼낼 수 있을 것이라고 덧붙였다.",
         "도로 운영사 아우토비에 세레네 측은 운전자들이 비상차로를 막는 바람에 제설차가 트럭에 접근하지 못했다고 "
         "해명했다.",
         "트럭 운전사 온드레이 칼리나는 “물 반 병과 과자 한 봉지로 버텼다”며 19시간 동안 운전석에 갇혀 있었다고 "
         "전했다.",
         "프라델레 공항에서는 항공편 120편이 결항했다."),
        (St("고속도로순찰대는 ⟦차 안에 갇혀 있던 300여 명을 구조했다⟧고", "Serenian highway police", "indirect",
            "snow-u8"),
         St("“⟦20년 동안 일하면서 A9이 이렇게 오래 막힌 것은 처음 본다⟧”", "Davide Orsolin", "direct", "snow-u1"),
         St("그는 ⟦일요일 저녁까지 모든 차량을 빼낼 수 있을 것⟧이라고", "Davide Orsolin", "indirect", "snow-u2"),
         St("측은 ⟦운전자들이 비상차로를 막는 바람에 제설차가 트럭에 접근하지 못했다⟧고", "Autovie Serene", "indirect",
            "snow-u3"),
         St("“⟦물 반 병과 과자 한 봉지로 버텼다⟧”", "Ondrej Kalina", "direct", "snow-u6"),
         St("며 ⟦19시간 동안 운전석에 갇혀 있었다⟧고", "Ondrej Kalina", "indirect", "snow-u5")),
        (Fg("차량 ⟦1천500여⟧ 대", 1500, "more than", "other", "snow-q-vehicles"),
         Fg("있던 ⟦300여⟧ 명", 300, "more than", "other", "snow-q-rescued"),
         Fg("항공편 ⟦120⟧편", 120, None, "other", "snow-q-flights"))),
    Art("ml9-snowstorm", "corrieredelnord.example", "cronaca/2026/02/08/bufera-neve-a9-valdorno", "2026-02-08",
        "it",
        "Bufera di neve sulla A9, quasi duemila veicoli bloccati",
        ("Sono saliti a quasi 2.000 i veicoli rimasti intrappolati sulla A9 dopo la bufera di neve che da venerdì si "
         "è abbattuta sull'altopiano del Valdorno. Secondo la polizia stradale, oltre 400 persone sono state "
         "soccorse e portate nelle palestre di Pradelle.",
         "«In vent'anni di servizio non avevo mai visto la A9 chiusa così a lungo», ha detto il portavoce della "
         "Stradale, Davide Orsolin, che prevede di liberare tutti i mezzi entro domenica sera.",
         "Autovie Serene, la società che gestisce l'autostrada, ha spiegato che gli spazzaneve non sono riusciti a "
         "raggiungere i tir di traverso perché gli automobilisti avevano occupato la corsia d'emergenza. La "
         "portavoce Chiara Benvegnù ha parlato di una nevicata «eccezionale perfino per il Valdorno».",
         "Fonti della prefettura riferiscono che l'esercito è pronto a intervenire con mezzi cingolati.",
         "All'aeroporto di Pradelle sono stati cancellati 120 voli."),
        (St("Secondo la polizia stradale, ⟦oltre 400 persone sono state soccorse e portate nelle palestre di "
            "Pradelle⟧", "Serenian highway police", "indirect", "snow-u9"),
         St("«⟦In vent'anni di servizio non avevo mai visto la A9 chiusa così a lungo⟧»", "Davide Orsolin", "direct",
            "snow-u1"),
         St("che prevede di ⟦liberare tutti i mezzi entro domenica sera⟧", "Davide Orsolin", "indirect", "snow-u2"),
         St("spiegato che ⟦gli spazzaneve non sono riusciti a raggiungere i tir di traverso perché gli automobilisti "
            "avevano occupato la corsia d'emergenza⟧", "Autovie Serene", "indirect", "snow-u3"),
         St("parlato di ⟦una nevicata «eccezionale perfino per il Valdorno»⟧", "Chiara Benvegnù", "partial",
            "snow-u4"),
         St("riferiscono che ⟦l'esercito è pronto a intervenire con mezzi cingolati⟧", "Pradelle prefecture",
            "indirect", "snow-u10")),
        (Fg("quasi ⟦2.000⟧ i veicoli", 2000, "nearly", "other", "snow-q-vehicles"),
         Fg("oltre ⟦400⟧ persone", 400, "more than", "other", "snow-q-rescued"),
         Fg("cancellati ⟦120⟧ voli", 120, None, "other", "snow-q-flights"))),
    Art("ml9-snowstorm", "lagacetadeponiente.example", "internacional/2026-02-09/serenia-nieve-a9-rescate",
        "2026-02-09", "es",
        "Liberados los últimos vehículos atrapados por la nieve en la A9 de Serenia",
        ("Los equipos de emergencia liberaron este domingo los últimos vehículos atrapados en la autopista A9, en el "
         "norte de Serenia, donde la nevada dejó bloqueados a unos 2.000 coches y camiones desde el viernes. Al "
         "menos 420 personas fueron rescatadas, según la policía de carreteras.",
         "El portavoz policial Davide Orsolin dijo que nunca había visto la A9 cerrada tanto tiempo en sus veinte "
         "años de servicio.",
         "“Es una nevada excepcional incluso para el Valdorno”, afirmó Chiara Benvegnù, portavoz de la concesionaria "
         "Autovie Serene.",
         "El camionero Ondrej Kalina pasó 19 horas en su cabina. “Tenía media botella de agua y un paquete de "
         "galletas”, contó a este diario.",
         "Según el aeropuerto de Pradelle, alrededor de un centenar de vuelos fueron cancelados el sábado."),
        (St("⟦Al menos 420 personas fueron rescatadas⟧, según", "Serenian highway police", "indirect", "snow-u11"),
         St("dijo que ⟦nunca había visto la A9 cerrada tanto tiempo en sus veinte años de servicio⟧",
            "Davide Orsolin", "indirect", "snow-u1"),
         St("“⟦Es una nevada excepcional incluso para el Valdorno⟧”", "Chiara Benvegnù", "direct", "snow-u4"),
         St("“⟦Tenía media botella de agua y un paquete de galletas⟧”", "Ondrej Kalina", "direct", "snow-u6"),
         St("Pradelle, ⟦alrededor de un centenar de vuelos fueron cancelados el sábado⟧", "Pradelle airport",
            "indirect", "snow-u7")),
        (Fg("unos ⟦2.000⟧ coches", 2000, "about", "other", "snow-q-vehicles"),
         Fg("menos ⟦420⟧ personas", 420, "at least", "other", "snow-q-rescued"),
         Fg("alrededor de ⟦un centenar⟧ de vuelos", 100, "about", "other", "snow-q-flights"))),
    # ---------------------------------------------------------------- a cargo ship loses containers (test)
    Art("ml9-containers-lost", "jornaldascostas.example", "pais/2026-03-03/hallmar-tide-contentores-perdidos",
        "2026-03-03", "pt",
        "Porta-contentores perde dezenas de contentores ao largo de Estremar",
        ("O porta-contentores Hallmar Tide perdeu 46 contentores durante a tempestade que atingiu a costa de "
         "Estremar na noite de domingo, informou a armadora Kessling Line. Os 22 tripulantes estão a salvo.",
         "“Há contentores a flutuar logo abaixo da superfície, um perigo para a navegação”, alertou o comandante "
         "Artur Meireles, da Guarda Costeira. Segundo o oficial, pelo menos quatro transportavam produtos químicos, "
         "entre eles soda cáustica.",
         "A Agência do Ambiente mandou fechar 12 praias da Costa das Gralhas, onde deram à costa sacos de resina e "
         "pedaços de plástico. A presidente da agência, Lídia Carvoeiro, disse que as praias só reabrirão quando as "
         "análises da água estiverem concluídas.",
         "“A nossa prioridade é recuperar todos os contentores e pagar a limpeza”, afirmou o porta-voz da Kessling "
         "Line, Henrik Solvang."),
        (St("⟦O porta-contentores Hallmar Tide perdeu 46 contentores durante a tempestade que atingiu a costa de "
            "Estremar na noite de domingo⟧, informou", "Kessling Line", "indirect", "cont-u1"),
         St("“⟦Há contentores a flutuar logo abaixo da superfície, um perigo para a navegação⟧”", "Artur Meireles",
            "direct", "cont-u3"),
         St("Segundo o oficial, ⟦pelo menos quatro transportavam produtos químicos, entre eles soda cáustica⟧",
            "Artur Meireles", "indirect", "cont-u4"),
         St("disse que ⟦as praias só reabrirão quando as análises da água estiverem concluídas⟧", "Lídia Carvoeiro",
            "indirect", "cont-u5"),
         St("“⟦A nossa prioridade é recuperar todos os contentores e pagar a limpeza⟧”", "Henrik Solvang", "direct",
            "cont-u2")),
        (Fg("perdeu ⟦46⟧ contentores", 46, None, "other", "cont-q-lost"),
         Fg("Os ⟦22⟧ tripulantes", 22, None, "other", "cont-q-crew"),
         Fg("pelo menos ⟦quatro⟧ transportavam", 4, "at least", "other", "cont-q-chemical"),
         Fg("fechar ⟦12⟧ praias", 12, None, "other", "cont-q-beaches"))),
    Art("ml9-containers-lost", "hansekurier.example", "wirtschaft/hallmar-tide-container-verloren-1.9034",
        "2026-03-03", "de",
        "Sturm vor Estremar: Frachter der Kessling Line verliert Dutzende Container",
        ("Der Containerfrachter „Hallmar Tide“ der Reederei Kessling Line aus Norderhaven hat in einem Sturm vor der "
         "Küste Estremars 46 Container verloren. Das teilte die Reederei am Montag mit.",
         "Nach Angaben der Küstenwache enthielten mindestens vier der Boxen Chemikalien, darunter Natronlauge. "
         "„Einige Container treiben knapp unter der Wasseroberfläche und sind eine Gefahr für die Schifffahrt“, "
         "warnte Kommandant Artur Meireles.",
         "Die Umweltbehörde Estremars ließ zwölf Strände an der Costa das Gralhas sperren. Behördenchefin Lídia "
         "Carvoeiro sagte, die Strände würden erst wieder geöffnet, wenn die Wasserproben ausgewertet seien.",
         "Aus Hafenkreisen hieß es, das Schiff sei bei der Abfahrt überladen gewesen."),
        (St("⟦Der Containerfrachter „Hallmar Tide“ der Reederei Kessling Line aus Norderhaven hat in einem Sturm vor "
            "der Küste Estremars 46 Container verloren⟧.", "Kessling Line", "indirect", "cont-u1"),
         St("Küstenwache ⟦enthielten mindestens vier der Boxen Chemikalien, darunter Natronlauge⟧",
            "Estremar coast guard", "indirect", "cont-u4"),
         St("„⟦Einige Container treiben knapp unter der Wasseroberfläche und sind eine Gefahr für die Schifffahrt⟧“",
            "Artur Meireles", "direct", "cont-u3"),
         St("sagte, ⟦die Strände würden erst wieder geöffnet, wenn die Wasserproben ausgewertet seien⟧",
            "Lídia Carvoeiro", "indirect", "cont-u5"),
         St("hieß es, ⟦das Schiff sei bei der Abfahrt überladen gewesen⟧", "Porto Vélio port sources", "indirect",
            "cont-u7")),
        (Fg("Estremars ⟦46⟧ Container", 46, None, "other", "cont-q-lost"),
         Fg("mindestens ⟦vier⟧ der Boxen", 4, "at least", "other", "cont-q-chemical"),
         Fg("ließ ⟦zwölf⟧ Strände", 12, None, "other", "cont-q-beaches"))),
    Art("ml9-containers-lost", "seohaeilbo.example", "news/articleView.html?idxno=77310", "2026-03-04", "ko",
        "에스트레마르 앞바다서 컨테이너선 컨테이너 50여 개 유실",
        ("에스트레마르 해안에서 폭풍을 만난 컨테이너선 ‘할마르 타이드’호가 컨테이너 50여 개를 바다에 잃었다. 선원 "
         "22명은 모두 무사하다.",
         "아르투르 메이렐레스 해안경비대 사령관은 “일부 컨테이너가 수면 바로 아래에 떠 있어 선박 운항에 위험하다”고 "
         "경고했다. 그는 이 가운데 최소 4개에 가성소다 등 화학물질이 실려 있었다고 말했다.",
         "환경청은 플라스틱 조각과 수지 알갱이가 밀려온 해변 15곳의 출입을 통제했다. 리디아 카르보에이루 환경청장은 "
         "“수질 분석 결과가 나올 때까지 해변을 다시 열지 않겠다”고 밝혔다.",
         "선사인 케슬링 라인 측은 “모든 컨테이너를 회수하고 정화 비용을 부담하겠다”는 입장을 냈다."),
        (St("“⟦일부 컨테이너가 수면 바로 아래에 떠 있어 선박 운항에 위험하다⟧”", "Artur Meireles", "direct",
            "cont-u3"),
         St("그는 ⟦이 가운데 최소 4개에 가성소다 등 화학물질이 실려 있었다⟧고", "Artur Meireles", "indirect",
            "cont-u4"),
         St("“⟦수질 분석 결과가 나올 때까지 해변을 다시 열지 않겠다⟧”", "Lídia Carvoeiro", "direct", "cont-u5"),
         St("“⟦모든 컨테이너를 회수하고 정화 비용을 부담하겠다⟧”", "Kessling Line", "direct", "cont-u2")),
        (Fg("컨테이너 ⟦50여⟧ 개", 50, "more than", "other", "cont-q-lost"),
         Fg("선원 ⟦22⟧명", 22, None, "other", "cont-q-crew"),
         Fg("최소 ⟦4⟧개에", 4, "at least", "other", "cont-q-chemical"),
         Fg("해변 ⟦15⟧곳", 15, None, "other", "cont-q-beaches"))),
    Art("ml9-containers-lost", "ouestlittoral.example", "monde/hallmar-tide-conteneurs-estremar", "2026-03-04", "fr",
        f"Le «{NB}Hallmar Tide{NB}» perd une cinquantaine de conteneurs dans la tempête",
        (f"Une cinquantaine de conteneurs sont tombés à la mer depuis le porte-conteneurs «{NB}Hallmar Tide{NB}», "
         "pris dans une violente tempête au large d'Estremar. D'après les garde-côtes, au moins quatre d'entre eux "
         "contenaient des produits chimiques.",
         f"«{NB}Certains conteneurs dérivent juste sous la surface et menacent la navigation{NB}», a averti le "
         "commandant Artur Meireles.",
         "L'agence de l'environnement a fait fermer quinze plages de la Costa das Gralhas, souillées par des billes "
         "de résine. Sa présidente, Lídia Carvoeiro, assure qu'elles ne rouvriront pas avant les résultats des "
         "analyses.",
         "L'armateur, Kessling Line, dit avoir perdu 46 conteneurs et promet de financer le nettoyage. Selon une "
         "source portuaire, le navire était surchargé au départ de Porto Vélio."),
        (St("D'après les garde-côtes, ⟦au moins quatre d'entre eux contenaient des produits chimiques⟧",
            "Estremar coast guard", "indirect", "cont-u4"),
         St(f"«{NB}⟦Certains conteneurs dérivent juste sous la surface et menacent la navigation⟧{NB}»",
            "Artur Meireles", "direct", "cont-u3"),
         St("assure qu'⟦elles ne rouvriront pas avant les résultats des analyses⟧", "Lídia Carvoeiro", "indirect",
            "cont-u5"),
         St("dit ⟦avoir perdu 46 conteneurs⟧", "Kessling Line", "indirect", "cont-u1"),
         St("promet de ⟦financer le nettoyage⟧", "Kessling Line", "indirect", "cont-u2"),
         St("portuaire, ⟦le navire était surchargé au départ de Porto Vélio⟧", "Porto Vélio port sources",
            "indirect", "cont-u7")),
        (Fg("⟦Une cinquantaine⟧ de conteneurs", 50, "about", "other", "cont-q-lost"),
         Fg("au moins ⟦quatre⟧ d'entre", 4, "at least", "other", "cont-q-chemical"),
         Fg("fermer ⟦quinze⟧ plages", 15, None, "other", "cont-q-beaches"),
         Fg("perdu ⟦46⟧ conteneurs", 46, None, "other", "cont-q-lost"))),
    Art("ml9-containers-lost", "elfarodelatlantico.example", "internacional/2026-03-05/estremar-playas-contenedores",
        "2026-03-05", "es",
        "Estremar cierra playas por la carga química de un buque que perdió 52 contenedores",
        ("La cifra de contenedores perdidos por el buque Hallmar Tide en la tormenta frente a Estremar asciende ya a "
         "al menos 52, según la Guardia Costera, que ha localizado 19 flotando a la deriva.",
         "El comandante Artur Meireles afirmó que seis de los contenedores transportaban sustancias químicas, dos más "
         "de lo que se creía.",
         "“No hay riesgo inmediato para la salud, pero nadie debe tocar el material que llegue a la arena”, advirtió "
         "Lídia Carvoeiro, presidenta de la Agencia de Medio Ambiente de Estremar, que mantiene cerradas una docena "
         "de playas.",
         "Según fuentes del puerto de Porto Vélio, el barco zarpó con sobrecarga."),
        (St("⟦La cifra de contenedores perdidos por el buque Hallmar Tide en la tormenta frente a Estremar asciende ya "
            "a al menos 52⟧, según", "Estremar coast guard", "indirect", "cont-u8"),
         St("afirmó que ⟦seis de los contenedores transportaban sustancias químicas⟧", "Artur Meireles", "indirect",
            "cont-u9"),
         St("“⟦No hay riesgo inmediato para la salud, pero nadie debe tocar el material que llegue a la arena⟧”",
            "Lídia Carvoeiro", "direct", "cont-u6"),
         St("Porto Vélio, ⟦el barco zarpó con sobrecarga⟧", "Porto Vélio port sources", "indirect", "cont-u7")),
        (Fg("al menos ⟦52⟧, según", 52, "at least", "other", "cont-q-lost"),
         Fg("localizado ⟦19⟧ flotando", 19, None, "other", "cont-q-located"),
         Fg("⟦seis⟧ de los contenedores", 6, None, "other", "cont-q-chemical"),
         Fg("⟦una docena⟧ de playas", 12, "about", "other", "cont-q-beaches"))),
    # ---------------------------------------------------------------- a jet crashes at an air show (test)
    Art("ml9-air-show-crash", "globedispatch.example", "world/2026/06/13/velandria-air-show-crash", "2026-06-13",
        "en",
        "Jet crashes at Velandrian air show, killing pilot and spectator",
        ("Two people — the pilot and a spectator — were killed on Saturday when a military jet crashed during an air "
         "show at Castelfiorito air base in Velandria. Thirty-one spectators were injured, four of them critically, "
         "the regional health service said. Some 40,000 people had come to watch.",
         "The two-seat trainer, flown by Captain Sandro Meluzzi of the air force's Aquilone display team, lost height "
         "after a loop and hit the ground just beyond the safety barrier.",
         "“Captain Meluzzi did everything he could to steer the aircraft away from the crowd,” said General Ettore "
         "Scalvini, the air force spokesman. He said a commission of inquiry had been set up.",
         "Prosecutor Marta Ferraguti said she had opened a manslaughter investigation and that the flight recorder "
         "had been recovered.",
         "“We saw it tip over, then a ball of fire, and everyone ran,” said Jonas Riedl, who had driven in from "
         "nearby Montebruna with his two sons."),
        (St("⟦Thirty-one spectators were injured, four of them critically⟧, the regional health service said",
            "Velandrian regional health service", "indirect", "air-u7"),
         St("“⟦Captain Meluzzi did everything he could to steer the aircraft away from the crowd⟧,”",
            "Ettore Scalvini", "direct", "air-u1"),
         St("He said ⟦a commission of inquiry had been set up⟧", "Ettore Scalvini", "indirect", "air-u2"),
         St("said ⟦she had opened a manslaughter investigation⟧", "Marta Ferraguti", "indirect", "air-u3"),
         St("and that ⟦the flight recorder had been recovered⟧", "Marta Ferraguti", "indirect", "air-u4"),
         St("“⟦We saw it tip over, then a ball of fire, and everyone ran⟧,”", "Jonas Riedl", "direct", "air-u5")),
        (Fg("⟦Two⟧ people", 2, None, "killed", "air-q-dead"),
         Fg("⟦Thirty-one⟧ spectators", 31, None, "wounded", "air-q-injured"),
         Fg("⟦four⟧ of them critically", 4, None, "wounded", "air-q-critical"),
         Fg("Some ⟦40,000⟧ people", 40000, "about", "other", "air-q-crowd"))),
    Art("ml9-air-show-crash", "suedwestbote.example", "panorama/flugschau-absturz-castelfiorito-1.6615", "2026-06-13",
        "de",
        "Flugschau-Unglück in Velandrien: Zwei Tote, Dutzende Verletzte",
        ("Bei einer Flugschau auf dem Militärflugplatz Castelfiorito in Velandrien ist am Samstag ein Militärjet "
         "abgestürzt. Zwei Menschen kamen ums Leben, der Pilot und ein Zuschauer; mindestens 31 weitere wurden "
         "verletzt. Rund 40.000 Besucher verfolgten die Vorführung.",
         "„Hauptmann Meluzzi hat alles getan, um die Maschine von den Zuschauern wegzusteuern“, sagte "
         "Luftwaffensprecher General Ettore Scalvini. Eine Untersuchungskommission sei bereits eingesetzt, fügte "
         "er hinzu.",
         "Der Zuschauer Jonas Riedl schilderte die Sekunden des Absturzes: „Wir sahen, wie er kippte, dann kam ein "
         "Feuerball, und alle rannten.“",
         "Laut Staatsanwältin Marta Ferraguti wird wegen fahrlässiger Tötung ermittelt."),
        (St("„⟦Hauptmann Meluzzi hat alles getan, um die Maschine von den Zuschauern wegzusteuern⟧“",
            "Ettore Scalvini", "direct", "air-u1"),
         St("⟦Eine Untersuchungskommission sei bereits eingesetzt⟧, fügte", "Ettore Scalvini", "indirect", "air-u2"),
         St("„⟦Wir sahen, wie er kippte, dann kam ein Feuerball, und alle rannten⟧.“", "Jonas Riedl", "direct",
            "air-u5"),
         St("Laut Staatsanwältin Marta Ferraguti ⟦wird wegen fahrlässiger Tötung ermittelt⟧", "Marta Ferraguti",
            "indirect", "air-u3")),
        (Fg("⟦Zwei⟧ Menschen", 2, None, "killed", "air-q-dead"),
         Fg("mindestens ⟦31⟧ weitere", 31, "at least", "wounded", "air-q-injured"),
         Fg("Rund ⟦40.000⟧ Besucher", 40000, "about", "other", "air-q-crowd"))),
    Art("ml9-air-show-crash", "gukjeilbo.example", "news/articleView.html?idxno=158204", "2026-06-14", "ko",
        "벨란드리아 에어쇼서 공군 훈련기 추락…관람객 34명 부상",
        ("벨란드리아 카스텔피오리토 공군기지에서 13일 열린 에어쇼 도중 공군 훈련기가 추락해 조종사와 관람객 등 "
         "2명이 숨지고 관람객 34명이 다쳤다. 이 가운데 4명은 중상이다. 이날 에어쇼에는 4만여 명이 몰렸다.",
         "공군 대변인 에토레 스칼비니 장군은 “멜루치 대위는 기체를 관중에게서 떨어뜨리려고 할 수 있는 모든 것을 "
         "했다”고 말했다. 공군은 사고 조사위원회를 꾸렸다고 밝혔다.",
         "공군 소식통에 따르면 조사단은 조류 충돌 가능성도 살펴보고 있다.",
         "마르타 페라구티 검사는 과실치사 혐의로 수사에 착수했다고 밝혔다. 그는 비행기록장치도 회수했다고 "
         "덧붙였다."),
        (St("“⟦멜루치 대위는 기체를 관중에게서 떨어뜨리려고 할 수 있는 모든 것을 했다⟧”", "Ettore Scalvini", "direct",
            "air-u1"),
         St("공군은 ⟦사고 조사위원회를 꾸렸다⟧고", "Velandrian air force", "indirect", "air-u2"),
         St("따르면 ⟦조사단은 조류 충돌 가능성도 살펴보고 있다⟧", "Velandrian air force source", "indirect",
            "air-u6"),
         St("검사는 ⟦과실치사 혐의로 수사에 착수했다⟧고", "Marta Ferraguti", "indirect", "air-u3"),
         St("그는 ⟦비행기록장치도 회수했다⟧고", "Marta Ferraguti", "indirect", "air-u4")),
        (Fg("등 ⟦2⟧명이 숨지고", 2, None, "killed", "air-q-dead"),
         Fg("관람객 ⟦34⟧명이 다쳤다", 34, None, "wounded", "air-q-injured"),
         Fg("이 가운데 ⟦4⟧명은 중상", 4, None, "wounded", "air-q-critical"),
         Fg("⟦4만여⟧ 명이 몰렸다", 40000, "more than", "other", "air-q-crowd"))),
    Art("ml9-air-show-crash", "lanazionedelsud.example", "cronaca/2026/06/14/castelfiorito-jet-precipita",
        "2026-06-14", "it",
        "Jet precipita all'air show di Castelfiorito: due morti e una trentina di feriti",
        ("Due morti, tra cui il pilota, e una trentina di feriti, quattro dei quali in gravi condizioni: è il "
         "bilancio dello schianto di un jet dell'aeronautica durante la manifestazione aerea di Castelfiorito, "
         "seguita da 40mila spettatori.",
         "Secondo il portavoce dell'aeronautica, il generale Ettore Scalvini, il capitano Sandro Meluzzi «ha fatto di "
         "tutto per allontanare l'aereo dalla folla».",
         "La procuratrice Marta Ferraguti ha detto che è stato aperto un fascicolo per omicidio colposo e che la "
         "scatola nera è già stata recuperata.",
         "«L'abbiamo visto inclinarsi, poi una palla di fuoco e tutti a correre», racconta Jonas Riedl, che era in "
         "prima fila.",
         "Fonti dell'aeronautica non escludono l'impatto con uno stormo di uccelli."),
        (St("Scalvini, ⟦il capitano Sandro Meluzzi «ha fatto di tutto per allontanare l'aereo dalla folla»⟧",
            "Ettore Scalvini", "partial", "air-u1"),
         St("detto che ⟦è stato aperto un fascicolo per omicidio colposo⟧", "Marta Ferraguti", "indirect", "air-u3"),
         St("e che ⟦la scatola nera è già stata recuperata⟧", "Marta Ferraguti", "indirect", "air-u4"),
         St("«⟦L'abbiamo visto inclinarsi, poi una palla di fuoco e tutti a correre⟧»", "Jonas Riedl", "direct",
            "air-u5"),
         St("non escludono ⟦l'impatto con uno stormo di uccelli⟧", "Velandrian air force source", "indirect",
            "air-u6")),
        (Fg("⟦Due⟧ morti", 2, None, "killed", "air-q-dead"),
         Fg("e ⟦una trentina⟧ di feriti", 30, "about", "wounded", "air-q-injured"),
         Fg("⟦quattro⟧ dei quali", 4, None, "wounded", "air-q-critical"),
         Fg("da ⟦40mila⟧ spettatori", 40000, None, "other", "air-q-crowd"))),
    Art("ml9-air-show-crash", "lecourrierdesalpes.example", "monde/castelfiorito-meeting-aerien-bilan",
        "2026-06-15", "fr",
        "Crash au meeting aérien de Castelfiorito : le bilan passe à trois morts",
        ("Un spectateur grièvement blessé lors du crash d'un avion militaire au meeting aérien de Castelfiorito, "
         "samedi, est mort lundi à l'hôpital, portant le bilan à trois morts, a annoncé le service régional de santé. "
         "Trente-quatre personnes avaient été blessées.",
         "Selon le général Ettore Scalvini, porte-parole de l'armée de l'air, le pilote, le capitaine Sandro Meluzzi, "
         f"«{NB}a tout fait pour éloigner l'appareil de la foule{NB}».",
         "D'après la procureure Marta Ferraguti, l'enregistreur de vol a été récupéré et ne semble pas endommagé.",
         f"Quelque 40{NB}000 spectateurs assistaient au meeting."),
        (St("⟦Un spectateur grièvement blessé lors du crash d'un avion militaire au meeting aérien de Castelfiorito, "
            "samedi, est mort lundi à l'hôpital, portant le bilan à trois morts⟧, a annoncé",
            "Velandrian regional health service", "indirect", "air-u8"),
         St("l'air, ⟦le pilote, le capitaine Sandro Meluzzi, "
            f"«{NB}a tout fait pour éloigner l'appareil de la foule{NB}»⟧", "Ettore Scalvini", "partial", "air-u1"),
         St("Ferraguti, ⟦l'enregistreur de vol a été récupéré et ne semble pas endommagé⟧", "Marta Ferraguti",
            "indirect", "air-u4")),
        (Fg("à ⟦trois⟧ morts", 3, None, "killed", "air-q-dead"),
         Fg("⟦Trente-quatre⟧ personnes", 34, None, "wounded", "air-q-injured"),
         Fg(f"Quelque ⟦40{NB}000⟧ spectateurs", 40000, "about", "other", "air-q-crowd"))),
)

SPEAKER_FORMS_32: dict[str, tuple[str, ...]] = {
    "Daria Pelnikova": ("Daria Pelnikova", "Darja Pelnikowa", "Pelnikova", "Pelnikowa", "다리아 펠니코바", "펠니코바",
                        "다리아 펠니코바 사회부 장관", "Sozialministerin Darja Pelnikowa", "ministra", "governante",
                        "ministre"),
    "Tomislav Rudek": ("Tomislav Rudek", "Rudek", "토미슬라브 루데크", "루데크", "토미슬라브 루데크 이사장"),
    "Mirela Hostak": ("Mirela Hostak", "Hostak", "미렐라 호스탁", "미렐라 호스탁 타르노베츠 시장", "presidente da câmara"),
    "Morvanian police": ("police", "Polizei", "polícia", "경찰", "현지 경찰"),
    "Morvanian weather service": ("Wetterdienst", "staatliche Wetterdienst"),
    "Morvanian charities": ("Charities", "charities", "Hilfsorganisationen"),
    "Davide Orsolin": ("Davide Orsolin", "Orsolin", "다비데 오르솔린", "오르솔린", "다비데 오르솔린 순찰대 대변인",
                       "Polizeisprecher Davide Orsolin", "portavoz policial Davide Orsolin"),
    "Chiara Benvegnù": ("Chiara Benvegnù", "Chiara Benvegnu", "Benvegnù", "Sprecherin Chiara Benvegnù"),
    "Autovie Serene": ("Autovie Serene", "아우토비에 세레네", "아우토비에 세레네 측", "도로 운영사",
                       "Autobahnbetreiber Autovie Serene", "motorway operator", "società", "concesionaria"),
    "Ondrej Kalina": ("Ondrej Kalina", "Kalina", "온드레이 칼리나", "칼리나", "Lorry driver Ondrej Kalina", "camionero"),
    "Serenian highway police": ("highway police", "Autobahnpolizei", "고속도로순찰대", "polizia stradale", "Stradale",
                                "policía de carreteras", "policía"),
    "Pradelle airport": ("airport spokesperson", "aeropuerto de Pradelle", "aeropuerto"),
    "Pradelle prefecture": ("prefettura", "Fonti della prefettura"),
    "Kessling Line": ("Kessling Line", "Reederei Kessling Line", "Reederei", "케슬링 라인", "케슬링 라인 측",
                      "armadora", "armateur"),
    "Henrik Solvang": ("Henrik Solvang", "Solvang", "porta-voz da Kessling Line"),
    "Artur Meireles": ("Artur Meireles", "Meireles", "comandante Artur Meireles", "Kommandant Artur Meireles",
                       "아르투르 메이렐레스", "메이렐레스", "아르투르 메이렐레스 해안경비대 사령관", "oficial"),
    "Estremar coast guard": ("Guarda Costeira", "Küstenwache", "garde-côtes", "Guardia Costera", "해안경비대"),
    "Lídia Carvoeiro": ("Lídia Carvoeiro", "Lidia Carvoeiro", "Carvoeiro", "리디아 카르보에이루",
                        "리디아 카르보에이루 환경청장", "Behördenchefin Lídia Carvoeiro"),
    "Porto Vélio port sources": ("Hafenkreisen", "source portuaire", "fuentes del puerto"),
    "Ettore Scalvini": ("Ettore Scalvini", "Scalvini", "General Ettore Scalvini", "generale Ettore Scalvini",
                        "général Ettore Scalvini", "Luftwaffensprecher General Ettore Scalvini", "에토레 스칼비니",
                        "스칼비니", "에토레 스칼비니 장군", "공군 대변인 에토레 스칼비니 장군"),
    "Marta Ferraguti": ("Marta Ferraguti", "Ferraguti", "Prosecutor Marta Ferraguti", "Staatsanwältin Marta Ferraguti",
                        "procuratrice Marta Ferraguti", "procureure Marta Ferraguti", "마르타 페라구티", "페라구티",
                        "마르타 페라구티 검사"),
    "Jonas Riedl": ("Jonas Riedl", "Riedl", "Zuschauer Jonas Riedl"),
    "Velandrian air force": ("air force", "Luftwaffe", "aeronautica", "공군"),
    "Velandrian air force source": ("공군 소식통", "Fonti dell'aeronautica"),
    "Velandrian regional health service": ("regional health service", "service régional de santé"),
}
