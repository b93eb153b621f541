"""Stories of the fourth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (test, listed in TEST_STORIES there): a heat dome over three cities whose death toll the health agency
revises twice while the grid operator reports record demand and cuts power (ml5-heat-dome); a motorway viaduct
that collapses under rush-hour traffic, whose dead, missing and vehicles in the river the fire brigade counts anew the
next day while the transport minister and a structural engineer are quoted (ml5-bridge).

Annotation choices beyond the protocol: peak electricity demand (megawatts) is a figure the story is about (category
`other`, like households without power), and the new peak of a later day is the same quantity with a new value;
temperatures and ages are not annotated. A toll the agency publishes on a new day is a new utterance (the same
quantity). A sentence carrying the content followed by a separate sentence naming the source (`… gestiegen. Das
teilte die Behörde mit.`) is an indirect statement of that source; a verb of recording (`registró`) is no speech cue.
A range (`zehn bis zwölf Fahrzeuge`) has `low`/`high` its bounds and `value` their midpoint, no qualifier. Vehicles
that fell into the river are `other`; the bodies recovered on a day ("two more bodies"), lengths and durations
("in zehn Sekunden") are not annotated. An opinion given after a fronted `Per X,` / `Secondo l'ingegnera` is a
statement of X; a whole clause quoted after a fronted cue is direct.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_12: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a heat dome over southern Lusavia (TEST)
    Art("ml5-heat-dome", "jornaldoalmar.example", "sociedade/2026/08/04/cupula-de-calor-23-mortes", "2026-08-04", "pt",
        "Cúpula de calor já fez 23 mortos e leva consumo de eletricidade a máximo histórico",
        ("A cúpula de calor que se instalou sobre o sul da Lusávia já causou 23 mortes, segundo o primeiro balanço "
         "da Agência de Saúde Pública (ASP), divulgado nesta terça-feira. Em Porto Almar, Vila Cardosa e Santa Irene "
         "os termómetros passaram dos 45 graus pelo terceiro dia seguido.",
         "Mais de 1.800 pessoas foram internadas desde sábado com sintomas de golpe de calor ou desidratação, a "
         "maioria com mais de 75 anos. “São os idosos que vivem sozinhos que mais nos preocupam”, afirmou a "
         "porta-voz da ASP, Beatriz Lameiras, que pediu aos vizinhos que batam à porta de quem mora só.",
         "Na segunda-feira à tarde, o consumo de eletricidade atingiu o recorde de 11.450 megawatts, informou a "
         "RedeLuz, operadora da rede elétrica. “A rede aguentou, mas com uma margem mínima”, disse o diretor de "
         "operações da empresa, Tiago Sarmento."),
        (St("⟦A cúpula de calor que se instalou sobre o sul da Lusávia já causou 23 mortes⟧, segundo",
            "Lusavian public health agency", "indirect", "heatdome-u2"),
         St("“⟦São os idosos que vivem sozinhos que mais nos preocupam⟧”", "Beatriz Lameiras", "direct",
            "heatdome-u1"),
         St("pediu aos vizinhos que ⟦batam à porta de quem mora só⟧", "Beatriz Lameiras", "indirect", "heatdome-u7"),
         St("⟦Na segunda-feira à tarde, o consumo de eletricidade atingiu o recorde de 11.450 megawatts⟧, informou",
            "RedeLuz", "indirect", "heatdome-u8"),
         St("“⟦A rede aguentou, mas com uma margem mínima⟧”", "Tiago Sarmento", "direct", "heatdome-u3")),
        (Fg("causou ⟦23⟧ mortes", 23, None, "killed", "heatdome-q-deaths"),
         Fg("Mais de ⟦1.800⟧ pessoas", 1800, "more than", "other", "heatdome-q-admitted"),
         Fg("recorde de ⟦11.450⟧ megawatts", 11450, None, "other", "heatdome-q-demand"))),
    Art("ml5-heat-dome", "cronicaiberica.example", "internacional/2026/08/04/lusavia-cupula-calor", "2026-08-04",
        "es",
        "Al menos 23 muertos por una cúpula de calor en el sur de Lusavia",
        ("Al menos 23 personas han muerto en el sur de Lusavia a causa del calor extremo, según la Agencia de Salud "
         "Pública del país, que publicó el martes su primer recuento. Casi 2.000 vecinos de Porto Almar, Vila "
         "Cardosa y Santa Irene han tenido que ser hospitalizados desde el fin de semana.",
         "«Los que más nos preocupan son los ancianos que viven solos», dijo la portavoz de la agencia, Beatriz "
         "Lameiras.",
         "El operador de la red eléctrica, RedeLuz, registró el lunes un consumo récord de 11.450 megavatios. Su "
         "director de operaciones, Tiago Sarmento, admitió que el sistema había resistido «con un margen mínimo» y "
         "advirtió de que no se pueden descartar cortes rotativos si la demanda sigue subiendo."),
        (St("⟦Al menos 23 personas han muerto en el sur de Lusavia a causa del calor extremo⟧, según",
            "Lusavian public health agency", "indirect", "heatdome-u2"),
         St("«⟦Los que más nos preocupan son los ancianos que viven solos⟧»", "Beatriz Lameiras", "direct",
            "heatdome-u1"),
         St("admitió que ⟦el sistema había resistido «con un margen mínimo»⟧", "Tiago Sarmento", "partial",
            "heatdome-u3"),
         St("advirtió de que ⟦no se pueden descartar cortes rotativos si la demanda sigue subiendo⟧",
            "Tiago Sarmento", "indirect", "heatdome-u4")),
        (Fg("Al menos ⟦23⟧ personas", 23, "at least", "killed", "heatdome-q-deaths"),
         Fg("Casi ⟦2.000⟧ vecinos", 2000, "nearly", "other", "heatdome-q-admitted"),
         Fg("récord de ⟦11.450⟧ megavatios", 11450, None, "other", "heatdome-q-demand"))),
    Art("ml5-heat-dome", "suedwestbote.example", "panorama/hitzeglocke-lusavien-31-tote-1.8812", "2026-08-05", "de",
        "Hitzeglocke über Lusavien: Zahl der Toten steigt auf 31",
        ("Die Zahl der Hitzetoten im Süden Lusaviens ist auf 31 gestiegen. Das teilte die nationale "
         "Gesundheitsbehörde ASP am Mittwoch mit. Rund 2.100 Menschen wurden seit dem Wochenende in Krankenhäuser "
         "eingeliefert, die meisten von ihnen Senioren.",
         "„Am meisten Sorgen machen uns die alten Menschen, die allein leben“, sagte ASP-Sprecherin Beatriz "
         "Lameiras. Sie rief die Bevölkerung auf, bei alleinstehenden Nachbarn zu klingeln.",
         "Laut dem Netzbetreiber RedeLuz erreichte der Stromverbrauch am Montagnachmittag mit 11.450 Megawatt einen "
         "Rekordwert. Betriebsdirektor Tiago Sarmento sagte, das Netz habe gehalten, allerdings „mit minimalem "
         "Spielraum“. Er schloss nicht aus, dass es zu rollierenden Abschaltungen kommen könnte, sollte der "
         "Verbrauch weiter steigen."),
        (St("⟦Die Zahl der Hitzetoten im Süden Lusaviens ist auf 31 gestiegen⟧. Das teilte",
            "Lusavian public health agency", "indirect", "heatdome-u6"),
         St("„⟦Am meisten Sorgen machen uns die alten Menschen, die allein leben⟧“", "Beatriz Lameiras", "direct",
            "heatdome-u1"),
         St("Bevölkerung auf, ⟦bei alleinstehenden Nachbarn zu klingeln⟧", "Beatriz Lameiras", "indirect",
            "heatdome-u7"),
         St("RedeLuz ⟦erreichte der Stromverbrauch am Montagnachmittag mit 11.450 Megawatt einen Rekordwert⟧",
            "RedeLuz", "indirect", "heatdome-u8"),
         St("sagte, ⟦das Netz habe gehalten, allerdings „mit minimalem Spielraum“⟧", "Tiago Sarmento", "partial",
            "heatdome-u3"),
         St("dass ⟦es zu rollierenden Abschaltungen kommen könnte, sollte der Verbrauch weiter steigen⟧",
            "Tiago Sarmento", "indirect", "heatdome-u4")),
        (Fg("ist auf ⟦31⟧ gestiegen", 31, None, "killed", "heatdome-q-deaths"),
         Fg("Rund ⟦2.100⟧ Menschen", 2100, "about", "other", "heatdome-q-admitted"),
         Fg("mit ⟦11.450⟧ Megawatt", 11450, None, "other", "heatdome-q-demand"))),
    Art("ml5-heat-dome", "daehanmaeil.example", "news/articleView.html?idxno=311847", "2026-08-05", "ko",
        "루사비아 남부 ‘열돔’ 폭염…사망자 31명으로 늘어",
        ("루사비아 남부를 덮친 열돔 현상으로 지금까지 31명이 숨졌다고 루사비아 공중보건청(ASP)이 5일 밝혔다. 주말 "
         "이후 더위로 병원에 입원한 환자는 2천100여 명에 이른다.",
         "베아트리스 라메이라스 공중보건청 대변인은 “가장 걱정되는 것은 혼자 사는 노인들”이라고 말했다. 그는 "
         "이웃에 혼자 사는 사람이 있으면 문을 두드려 안부를 확인해 달라고 당부했다.",
         "전력망 운영사 레데루스(RedeLuz)에 따르면 3일 오후 전력 수요는 1만1천450메가와트로 사상 최고치를 "
         "기록했다. 티아구 사르멘투 운영본부장은 “전력망은 버텼지만 여유가 거의 없었다”고 전했다.",
         "산타이레네의 한 종합병원 간호사는 익명을 요구하며 “응급실이 야전병원 같다”고 말했다."),
        (St("⟦루사비아 남부를 덮친 열돔 현상으로 지금까지 31명이 숨졌다⟧고", "Lusavian public health agency",
            "indirect", "heatdome-u6"),
         St("“⟦가장 걱정되는 것은 혼자 사는 노인들⟧”", "Beatriz Lameiras", "direct", "heatdome-u1"),
         St("그는 ⟦이웃에 혼자 사는 사람이 있으면 문을 두드려 안부를 확인해 달라⟧고", "Beatriz Lameiras",
            "indirect", "heatdome-u7"),
         St("따르면 ⟦3일 오후 전력 수요는 1만1천450메가와트로 사상 최고치를 기록했다⟧", "RedeLuz", "indirect",
            "heatdome-u8"),
         St("“⟦전력망은 버텼지만 여유가 거의 없었다⟧”", "Tiago Sarmento", "direct", "heatdome-u3"),
         St("“⟦응급실이 야전병원 같다⟧”", "Santa Irene nurse (anonymous)", "direct", "heatdome-u5")),
        (Fg("⟦31⟧명이 숨졌다", 31, None, "killed", "heatdome-q-deaths"),
         Fg("⟦2천100여⟧ 명에", 2100, "more than", "other", "heatdome-q-admitted"),
         Fg("⟦1만1천450⟧메가와트", 11450, None, "other", "heatdome-q-demand"))),
    Art("ml5-heat-dome", "coastalherald.example", "world/2026/08/06/lusavia-heat-dome-toll-power-cuts",
        "2026-08-06", "en",
        "Lusavia heat toll passes 40 as grid operator cuts power to 60,000 homes",
        ("More than 40 people have now died in the heat dome over southern Lusavia, the country's public health "
         "agency said on Thursday, revising its toll upwards for the second time in three days. About 2,300 people "
         "have been treated in hospital since the weekend.",
         "Power was cut to roughly 60,000 households in Vila Cardosa and Santa Irene on Wednesday evening, when "
         "demand on the national grid hit a new peak of 11,900 megawatts. The operator, RedeLuz, called the cuts "
         '"controlled and temporary". Its operations director, Tiago Sarmento, had warned on Tuesday that rolling '
         "outages could not be ruled out.",
         '"The emergency ward is like a field hospital," said a nurse at Santa Irene\'s general hospital, who asked '
         "not to be named. Beatriz Lameiras, the agency's spokeswoman, urged people to look in on elderly neighbours "
         "who live alone. She said a new toll would be published on Friday."),
        (St("⟦More than 40 people have now died in the heat dome over southern Lusavia⟧, the country's",
            "Lusavian public health agency", "indirect", "heatdome-u9"),
         St('called ⟦the cuts "controlled and temporary"⟧', "RedeLuz", "partial", "heatdome-u10"),
         St("Tuesday that ⟦rolling outages could not be ruled out⟧", "Tiago Sarmento", "indirect", "heatdome-u4"),
         St('"⟦The emergency ward is like a field hospital⟧,"', "Santa Irene nurse (anonymous)", "direct",
            "heatdome-u5"),
         St("urged people to ⟦look in on elderly neighbours who live alone⟧", "Beatriz Lameiras", "indirect",
            "heatdome-u7"),
         St("She said ⟦a new toll would be published on Friday⟧", "Beatriz Lameiras", "indirect", "heatdome-u11")),
        (Fg("More than ⟦40⟧ people", 40, "more than", "killed", "heatdome-q-deaths"),
         Fg("About ⟦2,300⟧ people", 2300, "about", "other", "heatdome-q-admitted"),
         Fg("roughly ⟦60,000⟧ households", 60000, "about", "other", "heatdome-q-outage"),
         Fg("peak of ⟦11,900⟧ megawatts", 11900, None, "other", "heatdome-q-demand"))),
    Art("ml5-heat-dome", "folhadesantairene.example", "pais/2026/08/06/calor-mortos-sobem-para-42-apagoes",
        "2026-08-06", "pt",
        "Calor: número de mortos sobe para 42 e apagões deixam 60 mil casas às escuras",
        ("Segundo a Agência de Saúde Pública, o número de mortos atribuídos ao calor subiu para 42 desde o início "
         "da vaga, e cerca de 2.300 pessoas passaram pelos hospitais. O novo balanço foi divulgado na quinta-feira "
         "de manhã.",
         "Na noite de quarta-feira, a RedeLuz desligou a eletricidade a cerca de 60 mil casas em Vila Cardosa e Santa "
         "Irene, depois de a procura ter chegado aos 11.900 megawatts. De acordo com a operadora, os cortes foram "
         "“controlados e temporários”.",
         "“Isto parece um hospital de campanha”, desabafou uma enfermeira das urgências do Hospital Geral de Santa "
         "Irene, que não quis ser identificada. Ela contou que há doentes a ser atendidos em macas nos corredores."),
        (St("Pública, ⟦o número de mortos atribuídos ao calor subiu para 42 desde o início da vaga, e cerca de 2.300 "
            "pessoas passaram pelos hospitais⟧", "Lusavian public health agency", "indirect", "heatdome-u9"),
         St("operadora, ⟦os cortes foram “controlados e temporários”⟧", "RedeLuz", "partial", "heatdome-u10"),
         St("“⟦Isto parece um hospital de campanha⟧”", "Santa Irene nurse (anonymous)", "direct", "heatdome-u5"),
         St("Ela contou que ⟦há doentes a ser atendidos em macas nos corredores⟧", "Santa Irene nurse (anonymous)",
            "indirect", "heatdome-u12")),
        (Fg("para ⟦42⟧ desde", 42, None, "killed", "heatdome-q-deaths"),
         Fg("cerca de ⟦2.300⟧ pessoas", 2300, "about", "other", "heatdome-q-admitted"),
         Fg("cerca de ⟦60 mil⟧ casas", 60000, "about", "other", "heatdome-q-outage"),
         Fg("aos ⟦11.900⟧ megawatts", 11900, None, "other", "heatdome-q-demand"))),
    # ---------------------------------------------------------------- a viaduct collapse near Castrovalle (TEST)
    Art("ml5-bridge", "ilcorrieredicastrovalle.example", "cronaca/2026/09/15/crollo-viadotto-sercana", "2026-09-15",
        "it",
        "Crolla il viadotto della Sercana: sette morti, si cercano 14 dispersi",
        ("È di sette morti e 23 feriti il bilancio provvisorio del crollo del viadotto della Sercana, che lunedì poco "
         "dopo le 18 ha ceduto di schianto sotto il traffico dell'ora di punta, trascinando nell'Olvena una dozzina "
         "di veicoli. All'appello mancano ancora 14 persone, hanno fatto sapere i vigili del fuoco di Castrovalle, "
         "che andranno avanti con i sommozzatori per tutta la notte.",
         "«Chi ha sbagliato pagherà, fino all'ultimo», ha detto il ministro delle Infrastrutture Matteo Vallorani, "
         "arrivato in serata sul luogo del disastro. Il ministro ha assicurato che il viadotto era stato ispezionato "
         "l'ultima volta a marzo e che non erano emerse criticità.",
         "Per Giada Rinaldelli, docente di tecnica delle costruzioni al Politecnico di Castrovalle, «un ponte non "
         "viene giù in dieci secondi senza dare segnali». Secondo l'ingegnera la causa più probabile è la corrosione "
         "dei cavi di precompressione.",
         "«Ho sentito un boato, poi davanti a me il ponte non c'era più», racconta un camionista che è riuscito a "
         "frenare a pochi metri dal vuoto."),
        (St("⟦All'appello mancano ancora 14 persone⟧, hanno fatto sapere", "Castrovalle fire brigade", "indirect",
            "bridge-u5"),
         St("«⟦Chi ha sbagliato pagherà, fino all'ultimo⟧»", "Matteo Vallorani", "direct", "bridge-u1"),
         St("assicurato che ⟦il viadotto era stato ispezionato l'ultima volta a marzo e che non erano emerse "
            "criticità⟧", "Matteo Vallorani", "indirect", "bridge-u2"),
         St("«⟦un ponte non viene giù in dieci secondi senza dare segnali⟧»", "Giada Rinaldelli", "direct",
            "bridge-u3"),
         St("l'ingegnera ⟦la causa più probabile è la corrosione dei cavi di precompressione⟧", "Giada Rinaldelli",
            "indirect", "bridge-u4"),
         St("«⟦Ho sentito un boato, poi davanti a me il ponte non c'era più⟧»", "Sercana lorry driver (anonymous)",
            "direct", "bridge-u6")),
        (Fg("di ⟦sette⟧ morti", 7, None, "killed", "bridge-q-dead"),
         Fg("e ⟦23⟧ feriti", 23, None, "wounded", "bridge-q-injured"),
         Fg("⟦una dozzina⟧ di veicoli", 12, "about", "other", "bridge-q-vehicles"),
         Fg("ancora ⟦14⟧ persone", 14, None, "missing", "bridge-q-missing"))),
    Art("ml5-bridge", "lestafettealpine.example", "international/effondrement-viaduc-sercana-ardenzie",
        "2026-09-15", "fr",
        "Effondrement d'un viaduc en Ardenzie : au moins sept morts",
        ("Au moins sept personnes ont été tuées et une vingtaine blessées lundi soir dans l'effondrement du viaduc "
         "de la Sercana, près de Castrovalle, en Ardenzie. Une douzaine de véhicules ont été précipités dans "
         "l'Olvena et quatorze personnes sont toujours portées disparues, selon les pompiers.",
         f"«{NB}Ceux qui ont commis des erreurs paieront, jusqu'au dernier{NB}», a promis le ministre des "
         "Infrastructures, Matteo Vallorani, qui s'est rendu sur place dans la soirée. Selon lui, l'ouvrage avait "
         "été inspecté pour la dernière fois en mars.",
         "D'après l'ingénieure Giada Rinaldelli, spécialiste des structures à l'école polytechnique de Castrovalle, "
         f"la corrosion des câbles de précontrainte est «{NB}la piste la plus probable{NB}»."),
        (St("⟦Une douzaine de véhicules ont été précipités dans l'Olvena et quatorze personnes sont toujours portées "
            "disparues⟧, selon", "Castrovalle fire brigade", "indirect", "bridge-u5"),
         St(f"«{NB}⟦Ceux qui ont commis des erreurs paieront, jusqu'au dernier⟧{NB}»", "Matteo Vallorani", "direct",
            "bridge-u1"),
         St("Selon lui, ⟦l'ouvrage avait été inspecté pour la dernière fois en mars⟧", "Matteo Vallorani",
            "indirect", "bridge-u2"),
         St(f"Castrovalle, ⟦la corrosion des câbles de précontrainte est «{NB}la piste la plus probable{NB}»⟧",
            "Giada Rinaldelli", "partial", "bridge-u4")),
        (Fg("Au moins ⟦sept⟧ personnes", 7, "at least", "killed", "bridge-q-dead"),
         Fg("et ⟦une vingtaine⟧ blessées", 20, "about", "wounded", "bridge-q-injured"),
         Fg("⟦Une douzaine⟧ de véhicules", 12, "about", "other", "bridge-q-vehicles"),
         Fg("et ⟦quatorze⟧ personnes", 14, None, "missing", "bridge-q-missing"))),
    Art("ml5-bridge", "donauzeitung.example", "panorama/brueckeneinsturz-ardenzien-castrovalle-1.9034",
        "2026-09-15", "de",
        "Brückeneinsturz in Ardenzien: Autos stürzen in den Fluss",
        ("Beim Einsturz einer Autobahnbrücke nahe der ardenzischen Stadt Castrovalle sind am Montagabend mindestens "
         "sieben Menschen ums Leben gekommen. Nach Angaben der Feuerwehr stürzten zehn bis zwölf Fahrzeuge in den "
         "Fluss Olvena, 14 Menschen werden noch vermisst. 23 weitere wurden verletzt.",
         "„Wer Fehler gemacht hat, wird dafür bezahlen, bis zum Letzten“, sagte Verkehrsminister Matteo Vallorani "
         "am Unglücksort. Die Brücke sei zuletzt im März geprüft worden, Mängel habe man dabei nicht festgestellt, "
         "betonte er.",
         "Die Bauingenieurin Giada Rinaldelli von der Technischen Hochschule Castrovalle vermutet, dass Korrosion an "
         "den Spannkabeln die Ursache war. „Eine Brücke stürzt nicht in zehn Sekunden ein, ohne vorher Warnzeichen "
         "zu geben“, sagte sie."),
        (St("Feuerwehr ⟦stürzten zehn bis zwölf Fahrzeuge in den Fluss Olvena, 14 Menschen werden noch vermisst⟧",
            "Castrovalle fire brigade", "indirect", "bridge-u5"),
         St("„⟦Wer Fehler gemacht hat, wird dafür bezahlen, bis zum Letzten⟧“", "Matteo Vallorani", "direct",
            "bridge-u1"),
         St("⟦Die Brücke sei zuletzt im März geprüft worden, Mängel habe man dabei nicht festgestellt⟧, betonte",
            "Matteo Vallorani", "indirect", "bridge-u2"),
         St("vermutet, dass ⟦Korrosion an den Spannkabeln die Ursache war⟧", "Giada Rinaldelli", "indirect",
            "bridge-u4"),
         St("„⟦Eine Brücke stürzt nicht in zehn Sekunden ein, ohne vorher Warnzeichen zu geben⟧“",
            "Giada Rinaldelli", "direct", "bridge-u3")),
        (Fg("mindestens ⟦sieben⟧ Menschen", 7, "at least", "killed", "bridge-q-dead"),
         Fg("⟦zehn bis zwölf⟧ Fahrzeuge", 11, None, "other", "bridge-q-vehicles", low=10, high=12),
         Fg("Olvena, ⟦14⟧ Menschen", 14, None, "missing", "bridge-q-missing"),
         Fg("⟦23⟧ weitere", 23, None, "wounded", "bridge-q-injured"))),
    Art("ml5-bridge", "hangyeolsinmun.example", "news/articleView.html?idxno=402215", "2026-09-15", "ko",
        "아르덴치아 고가교 붕괴…차량 10여 대 강으로 추락, 최소 7명 사망",
        ("아르덴치아 북부 카스트로발레 인근의 세르카나 고가교가 14일 오후(현지시간) 퇴근길 차량이 몰린 상태에서 "
         "무너져 최소 7명이 숨지고 23명이 다쳤다. 차량 10여 대가 올베나강으로 추락했으며, 현지 소방당국에 따르면 "
         "14명이 아직 실종 상태다.",
         "마테오 발로라니 인프라교통부 장관은 사고 현장을 찾아 “잘못한 사람은 끝까지 책임을 지게 될 것”이라고 "
         "말했다. 그는 다리가 지난 3월 마지막으로 점검을 받았으며 당시 문제는 발견되지 않았다고 설명했다.",
         "구조공학자인 자다 리날델리 카스트로발레 공대 교수는 “다리는 아무런 징후 없이 10초 만에 무너지지 "
         "않는다”고 말했다. 그는 프리스트레스 강선의 부식이 가장 유력한 원인이라고 덧붙였다."),
        (St("따르면 ⟦14명이 아직 실종 상태다⟧", "Castrovalle fire brigade", "indirect", "bridge-u5"),
         St("“⟦잘못한 사람은 끝까지 책임을 지게 될 것⟧”", "Matteo Vallorani", "direct", "bridge-u1"),
         St("그는 ⟦다리가 지난 3월 마지막으로 점검을 받았으며 당시 문제는 발견되지 않았다⟧고", "Matteo Vallorani",
            "indirect", "bridge-u2"),
         St("“⟦다리는 아무런 징후 없이 10초 만에 무너지지 않는다⟧”", "Giada Rinaldelli", "direct", "bridge-u3"),
         St("그는 ⟦프리스트레스 강선의 부식이 가장 유력한 원인⟧이라고", "Giada Rinaldelli", "indirect", "bridge-u4")),
        (Fg("최소 ⟦7⟧명이", 7, "at least", "killed", "bridge-q-dead"),
         Fg("⟦23⟧명이 다쳤다", 23, None, "wounded", "bridge-q-injured"),
         Fg("차량 ⟦10여⟧ 대가", 10, "more than", "other", "bridge-q-vehicles"),
         Fg("⟦14⟧명이 아직", 14, None, "missing", "bridge-q-missing"))),
    Art("ml5-bridge", "northstartribune.example", "world/2026/09/16/ardenzia-sercana-viaduct-collapse-toll",
        "2026-09-16", "en",
        "Death toll from Ardenzian viaduct collapse rises to nine",
        ("Divers pulled two more bodies from the Olvena river on Tuesday, bringing the death toll from the collapse "
         "of the Sercana viaduct near Castrovalle to nine, firefighters said. Twelve people are still missing, and "
         "23 remain in hospital.",
         "At least 11 cars, vans and lorries plunged into the water when a 90-metre section of the viaduct gave way "
         'during Monday\'s evening rush hour. "I heard a bang, and then the bridge in front of me was gone," said a '
         "lorry driver who managed to stop a few metres from the edge.",
         'Transport Minister Matteo Vallorani vowed that those responsible would "pay, down to the last one". He '
         "insisted the viaduct had passed an inspection in March. Structural engineer Giada Rinaldelli said "
         "corroded prestressing cables were the most likely cause."),
        (St("⟦Divers pulled two more bodies from the Olvena river on Tuesday, bringing the death toll from the "
            "collapse of the Sercana viaduct near Castrovalle to nine⟧, firefighters said", "Castrovalle fire brigade",
            "indirect", "bridge-u7"),
         St('"⟦I heard a bang, and then the bridge in front of me was gone⟧,"', "Sercana lorry driver (anonymous)",
            "direct", "bridge-u6"),
         St('vowed that ⟦those responsible would "pay, down to the last one"⟧', "Matteo Vallorani", "partial",
            "bridge-u1"),
         St("He insisted ⟦the viaduct had passed an inspection in March⟧", "Matteo Vallorani", "indirect",
            "bridge-u2"),
         St("Rinaldelli said ⟦corroded prestressing cables were the most likely cause⟧", "Giada Rinaldelli",
            "indirect", "bridge-u4")),
        (Fg("Castrovalle to ⟦nine⟧", 9, None, "killed", "bridge-q-dead"),
         Fg("⟦Twelve⟧ people", 12, None, "missing", "bridge-q-missing"),
         Fg("and ⟦23⟧ remain", 23, None, "wounded", "bridge-q-injured"),
         Fg("At least ⟦11⟧ cars", 11, "at least", "other", "bridge-q-vehicles"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_12: dict[str, tuple[str, ...]] = {
    "Lusavian public health agency": ("Agência de Saúde Pública", "ASP", "Agencia de Salud Pública",
                                      "Gesundheitsbehörde", "Gesundheitsbehörde ASP", "공중보건청",
                                      "루사비아 공중보건청", "public health agency", "health agency", "agency"),
    "Beatriz Lameiras": ("Beatriz Lameiras", "Lameiras", "ASP-Sprecherin Beatriz Lameiras", "베아트리스 라메이라스",
                         "라메이라스", "베아트리스 라메이라스 공중보건청 대변인", "porta-voz da ASP"),
    "RedeLuz": ("RedeLuz", "레데루스", "Netzbetreiber", "Netzbetreiber RedeLuz", "operadora da rede elétrica",
                "operador de la red eléctrica", "전력망 운영사", "operator", "grid operator"),
    "Tiago Sarmento": ("Tiago Sarmento", "Sarmento", "Betriebsdirektor Tiago Sarmento", "티아구 사르멘투",
                       "사르멘투", "티아구 사르멘투 운영본부장"),
    "Santa Irene nurse (anonymous)": ("간호사", "nurse", "종합병원 간호사", "enfermeira"),
    "Castrovalle fire brigade": ("vigili del fuoco", "vigili del fuoco di Castrovalle", "pompiers", "Feuerwehr",
                                 "소방당국", "현지 소방당국", "firefighters", "fire brigade"),
    "Matteo Vallorani": ("Matteo Vallorani", "Vallorani", "ministro delle Infrastrutture Matteo Vallorani",
                         "Verkehrsminister Matteo Vallorani", "마테오 발로라니", "발로라니",
                         "마테오 발로라니 인프라교통부 장관", "Transport Minister Matteo Vallorani"),
    "Giada Rinaldelli": ("Giada Rinaldelli", "Rinaldelli", "ingegnera", "ingénieure Giada Rinaldelli",
                         "Bauingenieurin Giada Rinaldelli", "자다 리날델리", "리날델리",
                         "자다 리날델리 카스트로발레 공대 교수"),
    "Sercana lorry driver (anonymous)": ("camionista", "lorry driver"),
}
