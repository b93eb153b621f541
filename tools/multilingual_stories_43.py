"""Invented stories for test part 7 of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every country, town, person, outlet and figure is invented. Stories here (all test, ml12-*: listed in
TEST_STORIES there): a doctors' strike, a landslide on a mountain road, lightning at a youth camp, a market fire, a
migrant boat, a power cut, rabies in stray dogs, a polluted river.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_43: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-hospital-strike (test)
    Art("ml12-hospital-strike", "northstarherald.example", "world/2026/10/13/talmera-doctors-strike", "2026-10-13",
        "en",
        "Doctors walk out at Talmera hospitals over unpaid overtime",
        ("About 2,400 doctors at the public hospitals of Talmera province stopped work on Tuesday, demanding payment "
         "for overtime they have not been paid for two years. More than 1,100 planned operations were postponed on "
         "the first day, according to the provincial health authority.",
         '"We work for nothing one night in three, and nobody at the ministry wants to hear it," said Ilona Varga, '
         "who heads the doctors' union. She said the hospitals owed their staff some €18 million in overtime pay.",
         'Health Minister Rasmus Oldeholm said the strike was "irresponsible towards patients" and that emergency '
         "departments had to remain fully staffed. Talks are due to resume on Thursday."),
        (St("⟦More than 1,100 planned operations were postponed on the first day⟧, according to",
            "Talmera health authority", "indirect", "hs12-u5"),
         St('"⟦We work for nothing one night in three, and nobody at the ministry wants to hear it⟧,"',
            "Ilona Varga", "direct", "hs12-u1"),
         St("She said ⟦the hospitals owed their staff some €18 million in overtime pay⟧", "Ilona Varga", "indirect",
            "hs12-u2"),
         St('said ⟦the strike was "irresponsible towards patients"⟧', "Rasmus Oldeholm", "partial", "hs12-u3"),
         St("and that ⟦emergency departments had to remain fully staffed⟧", "Rasmus Oldeholm", "indirect",
            "hs12-u4")),
        (Fg("About ⟦2,400⟧ doctors", 2400, "about", "other", "hs12-q-strikers"),
         Fg("More than ⟦1,100⟧ planned", 1100, "more than", "other", "hs12-q-postponed"),
         Fg("some ⟦€18 million⟧", 18_000_000, "about", "money", "hs12-q-owed"))),
    Art("ml12-hospital-strike", "donaubote.example", "politik/aerztestreik-talmera-1.8812", "2026-10-13", "de",
        "Ärztestreik in Talmera: Über tausend Eingriffe abgesagt",
        ("In der Provinz Talmera sind am Dienstag rund 2.400 Klinikärzte in einen unbefristeten Streik getreten. Sie "
         "verlangen die Bezahlung von Überstunden, die seit zwei Jahren ausstehen. Allein am ersten Tag wurden mehr "
         "als 1.100 geplante Eingriffe abgesagt.",
         "„Jede dritte Nacht arbeiten wir umsonst, und im Ministerium will das niemand hören“, sagte die Vorsitzende "
         "der Ärztegewerkschaft, Ilona Varga. Nach ihrer Rechnung schulden die Kliniken dem Personal etwa 18 "
         "Millionen Euro.",
         "Gesundheitsminister Rasmus Oldeholm nannte den Ausstand „verantwortungslos gegenüber den Patienten“. Er "
         "bestand darauf, dass die Notaufnahmen voll besetzt bleiben müssten."),
        (St("„⟦Jede dritte Nacht arbeiten wir umsonst, und im Ministerium will das niemand hören⟧“", "Ilona Varga",
            "direct", "hs12-u1"),
         St("Nach ihrer Rechnung ⟦schulden die Kliniken dem Personal etwa 18 Millionen Euro⟧", "Ilona Varga",
            "indirect", "hs12-u2"),
         St("nannte ⟦den Ausstand „verantwortungslos gegenüber den Patienten“⟧", "Rasmus Oldeholm", "partial",
            "hs12-u3"),
         St("darauf, dass ⟦die Notaufnahmen voll besetzt bleiben müssten⟧", "Rasmus Oldeholm", "indirect",
            "hs12-u4")),
        (Fg("rund ⟦2.400⟧ Klinikärzte", 2400, "about", "other", "hs12-q-strikers"),
         Fg("mehr als ⟦1.100⟧ geplante", 1100, "more than", "other", "hs12-q-postponed"),
         Fg("etwa ⟦18 Millionen Euro⟧", 18_000_000, "about", "money", "hs12-q-owed"))),
    Art("ml12-hospital-strike", "gyeongdoilbo.example", "news/articleView.html?idxno=310544", "2026-10-14", "ko",
        "탈메라주 공립병원 의사 2천400여 명 파업…수술 1천100여 건 연기",
        ("탈메라주 공립병원 의사 2천400여 명이 밀린 초과근무 수당 지급을 요구하며 13일 파업에 들어갔다. 주 "
         "보건당국에 따르면 파업 첫날에만 예정된 수술 1천100여 건이 연기됐다.",
         "의사노조를 이끄는 일로나 바르가 위원장은 “사흘에 하루꼴로 공짜로 밤을 새우는데 부처에서는 아무도 귀 "
         "기울이지 않는다”고 말했다. 바르가 위원장은 병원들이 의료진에게 지급하지 않은 초과근무 수당이 약 "
         "1천800만 유로에 이른다고 주장했다.",
         "라스무스 올데홀름 보건장관은 이번 파업을 “환자들에 대한 무책임한 행동”이라고 비판했다. 그는 응급실 "
         "인력은 빠짐없이 유지돼야 한다고 강조했다."),
        (St("따르면 ⟦파업 첫날에만 예정된 수술 1천100여 건이 연기됐다⟧", "Talmera health authority", "indirect",
            "hs12-u5"),
         St("“⟦사흘에 하루꼴로 공짜로 밤을 새우는데 부처에서는 아무도 귀 기울이지 않는다⟧”", "Ilona Varga",
            "direct", "hs12-u1"),
         St("위원장은 ⟦병원들이 의료진에게 지급하지 않은 초과근무 수당이 약 1천800만 유로에 이른다⟧고",
            "Ilona Varga", "indirect", "hs12-u2"),
         St("“⟦환자들에 대한 무책임한 행동⟧”", "Rasmus Oldeholm", "direct", "hs12-u3"),
         St("그는 ⟦응급실 인력은 빠짐없이 유지돼야 한다⟧고", "Rasmus Oldeholm", "indirect", "hs12-u4")),
        (Fg("의사 ⟦2천400여⟧ 명이", 2400, "more than", "other", "hs12-q-strikers"),
         Fg("수술 ⟦1천100여⟧ 건이", 1100, "more than", "other", "hs12-q-postponed"),
         Fg("약 ⟦1천800만 유로⟧", 18_000_000, "about", "money", "hs12-q-owed"))),
    Art("ml12-hospital-strike", "ilcorrieredellapianura.example", "esteri/2026/10/13/talmera-sciopero-medici",
        "2026-10-13", "it",
        "Talmera, sciopero dei medici ospedalieri: saltati oltre mille interventi",
        ("Sono circa 2.400 i medici degli ospedali pubblici della provincia di Talmera che da martedì hanno "
         "incrociato le braccia per chiedere il pagamento degli straordinari arretrati. Secondo l'autorità "
         "sanitaria provinciale, nella prima giornata sono saltati oltre mille interventi programmati.",
         "«Lavoriamo gratis una notte su tre e al ministero nessuno vuole ascoltarci», ha detto Ilona Varga, "
         "presidente del sindacato dei medici. Secondo la sindacalista, gli ospedali devono al personale circa 18 "
         "milioni di euro.",
         "Il ministro della Salute, Rasmus Oldeholm, ha definito lo sciopero «irresponsabile nei confronti dei "
         "pazienti». Ha poi aggiunto che i pronto soccorso devono restare a pieno organico."),
        (St("provinciale, ⟦nella prima giornata sono saltati oltre mille interventi programmati⟧",
            "Talmera health authority", "indirect", "hs12-u5"),
         St("«⟦Lavoriamo gratis una notte su tre e al ministero nessuno vuole ascoltarci⟧»", "Ilona Varga", "direct",
            "hs12-u1"),
         St("sindacalista, ⟦gli ospedali devono al personale circa 18 milioni di euro⟧", "Ilona Varga", "indirect",
            "hs12-u2"),
         St("ha definito ⟦lo sciopero «irresponsabile nei confronti dei pazienti»⟧", "Rasmus Oldeholm", "partial",
            "hs12-u3"),
         St("aggiunto che ⟦i pronto soccorso devono restare a pieno organico⟧", "Rasmus Oldeholm", "indirect",
            "hs12-u4")),
        (Fg("circa ⟦2.400⟧ i medici", 2400, "about", "other", "hs12-q-strikers"),
         Fg("oltre ⟦mille⟧ interventi", 1000, "more than", "other", "hs12-q-postponed"),
         Fg("circa ⟦18 milioni di euro⟧", 18_000_000, "about", "money", "hs12-q-owed"))),
    Art("ml12-hospital-strike", "correiodaribeira.example", "mundo/2026/10/14/greve-medicos-talmera", "2026-10-14",
        "pt",
        "Greve de médicos em Talmera chega ao segundo dia com mais adesões",
        ("A greve dos médicos dos hospitais públicos da província de Talmera entrou nesta quarta-feira no segundo "
         "dia. Segundo o sindicato, aderiram à paralisação cerca de 2.600 profissionais. Só na terça-feira foram "
         "adiadas 1.140 cirurgias.",
         "“Trabalhamos de graça uma noite em cada três e no ministério ninguém nos quer ouvir”, afirmou a presidente "
         "do sindicato, Ilona Varga. Segundo ela, os hospitais devem aos profissionais cerca de 18 milhões de euros "
         "em horas extraordinárias.",
         "O ministro da Saúde, Rasmus Oldeholm, disse que a greve é “irresponsável para com os doentes” e garantiu "
         "que as urgências vão continuar a funcionar com as equipas completas."),
        (St("sindicato, ⟦aderiram à paralisação cerca de 2.600 profissionais⟧", "Talmera doctors' union", "indirect",
            "hs12-u6"),
         St("“⟦Trabalhamos de graça uma noite em cada três e no ministério ninguém nos quer ouvir⟧”", "Ilona Varga",
            "direct", "hs12-u1"),
         St("Segundo ela, ⟦os hospitais devem aos profissionais cerca de 18 milhões de euros em horas "
            "extraordinárias⟧", "Ilona Varga", "indirect", "hs12-u2"),
         St("disse que ⟦a greve é “irresponsável para com os doentes”⟧", "Rasmus Oldeholm", "partial", "hs12-u3"),
         St("garantiu que ⟦as urgências vão continuar a funcionar com as equipas completas⟧", "Rasmus Oldeholm",
            "indirect", "hs12-u4")),
        (Fg("cerca de ⟦2.600⟧ profissionais", 2600, "about", "other", "hs12-q-strikers"),
         Fg("adiadas ⟦1.140⟧ cirurgias", 1140, None, "other", "hs12-q-postponed"),
         Fg("cerca de ⟦18 milhões de euros⟧", 18_000_000, "about", "money", "hs12-q-owed"))),
    # ---------------------------------------------------------------- ml12-landslide-road (test)
    Art("ml12-landslide-road", "bergpost.example", "panorama/erdrutsch-montavien-passstrasse-1.5530", "2026-11-18",
        "de",
        "Erdrutsch verschüttet Passstraße in Montavien: Sieben Tote",
        ("Ein Erdrutsch hat am Dienstagabend die Passstraße zwischen Corvada und Pelmar im Süden Montaviens auf "
         "einer Länge von 200 Metern verschüttet. Mindestens sieben Menschen kamen ums Leben, zwölf werden noch "
         "vermisst. Unter den Schlammmassen liegen ein Linienbus und mehrere Autos.",
         "„Der Hang bewegt sich noch immer, wir können die Mannschaften nachts nicht unter diese Wand schicken“, "
         "sagte die Leiterin des Zivilschutzes, Marta Ilundain. Rund 300 Helfer seien im Einsatz, fügte sie hinzu.",
         "Laut dem Straßenbetreiber Vialpina war der Abschnitt erst im September geprüft worden. Verkehrsministerin "
         "Helena Corbal kündigte an, binnen zehn Tagen eine Umfahrung zu öffnen. Mehr als 4.500 Bewohner der Dörfer "
         "oberhalb des Passes sind von der Außenwelt abgeschnitten."),
        (St("„⟦Der Hang bewegt sich noch immer, wir können die Mannschaften nachts nicht unter diese Wand "
            "schicken⟧“", "Marta Ilundain", "direct", "ls12-u1"),
         St("⟦Rund 300 Helfer seien im Einsatz⟧, fügte sie hinzu", "Marta Ilundain", "indirect", "ls12-u6"),
         St("Vialpina ⟦war der Abschnitt erst im September geprüft worden⟧", "Vialpina", "indirect", "ls12-u3"),
         St("kündigte an, ⟦binnen zehn Tagen eine Umfahrung zu öffnen⟧", "Helena Corbal", "indirect", "ls12-u5")),
        (Fg("Mindestens ⟦sieben⟧ Menschen", 7, "at least", "killed", "ls12-q-killed"),
         Fg("⟦zwölf⟧ werden noch", 12, None, "missing", "ls12-q-missing"),
         Fg("Rund ⟦300⟧ Helfer", 300, "about", "other", "ls12-q-rescuers"),
         Fg("Mehr als ⟦4.500⟧ Bewohner", 4500, "more than", "other", "ls12-q-cutoff"))),
    Art("ml12-landslide-road", "hwangsanilbo.example", "news/articleView.html?idxno=77120", "2026-11-19", "ko",
        "몬타비아 산악도로 산사태…최소 9명 사망·12명 실종",
        ("몬타비아 남부 코르바다와 펠마르를 잇는 산악도로에서 17일 저녁 산사태가 일어나 최소 9명이 숨지고 12명이 "
         "실종됐다. 흙더미에 노선버스 1대와 승용차 여러 대가 묻혔다.",
         "마르타 일룬다인 민방위청장은 19일 “산이 아직도 움직이고 있어 밤에는 구조대를 비탈 아래로 보낼 수 "
         "없다”고 말했다. 일룬다인 청장에 따르면 현장에는 구조대원 300여 명이 투입됐다.",
         "현지 지질학자 파벨 드로즈 교수는 3주 동안 내린 비로 비탈이 “스펀지처럼” 물을 머금은 상태였다고 "
         "설명했다. 고개 위쪽 마을 주민 4천500여 명은 외부와 고립됐다."),
        (St("“⟦산이 아직도 움직이고 있어 밤에는 구조대를 비탈 아래로 보낼 수 없다⟧”", "Marta Ilundain", "direct",
            "ls12-u1"),
         St("따르면 ⟦현장에는 구조대원 300여 명이 투입됐다⟧", "Marta Ilundain", "indirect", "ls12-u6"),
         St("교수는 ⟦3주 동안 내린 비로 비탈이 “스펀지처럼” 물을 머금은 상태였다⟧고", "Pavel Droz", "partial",
            "ls12-u4")),
        (Fg("최소 ⟦9⟧명이", 9, "at least", "killed", "ls12-q-killed"),
         Fg("⟦12⟧명이 실종", 12, None, "missing", "ls12-q-missing"),
         Fg("구조대원 ⟦300여⟧ 명", 300, "more than", "other", "ls12-q-rescuers"),
         Fg("주민 ⟦4천500여⟧ 명", 4500, "more than", "other", "ls12-q-cutoff"))),
    Art("ml12-landslide-road", "lavozdelaribera.example", "internacional/2026-11-18/alud-carretera-montavia",
        "2026-11-18", "es",
        "Un deslizamiento de tierra sepulta una carretera de montaña en Montavia",
        ("Al menos nueve personas murieron y una docena siguen desaparecidas tras el deslizamiento de tierra que el "
         "martes sepultó la carretera entre Corvada y Pelmar, en el sur de Montavia. Unas 4.500 personas de los "
         "pueblos del puerto han quedado aisladas.",
         "La directora de Protección Civil, Marta Ilundain, explicó que la ladera sigue moviéndose y que por la noche "
         "no se puede enviar a los equipos bajo el talud. \"Trabajan en la zona unos 300 rescatistas\", añadió.",
         "Según el geólogo Pavel Droz, tres semanas de lluvias habían empapado la ladera \"como una esponja\"."),
        (St("explicó que ⟦la ladera sigue moviéndose y que por la noche no se puede enviar a los equipos bajo el "
            "talud⟧", "Marta Ilundain", "indirect", "ls12-u1"),
         St("\"⟦Trabajan en la zona unos 300 rescatistas⟧\"", "Marta Ilundain", "direct", "ls12-u6"),
         St("Droz, ⟦tres semanas de lluvias habían empapado la ladera \"como una esponja\"⟧", "Pavel Droz", "partial",
            "ls12-u4")),
        (Fg("Al menos ⟦nueve⟧ personas", 9, "at least", "killed", "ls12-q-killed"),
         Fg("y ⟦una docena⟧ siguen", 12, "about", "missing", "ls12-q-missing"),
         Fg("Unas ⟦4.500⟧ personas", 4500, "about", "other", "ls12-q-cutoff"),
         Fg("unos ⟦300⟧ rescatistas", 300, "about", "other", "ls12-q-rescuers"))),
    Art("ml12-landslide-road", "lejournaldessommets.example", "monde/montavie-glissement-terrain-col", "2026-11-19",
        "fr",
        "Montavie : un glissement de terrain ensevelit une route de col, neuf morts",
        ("Le bilan du glissement de terrain qui a enseveli mardi soir la route du col entre Corvada et Pelmar s'est "
         "alourdi à neuf morts, a annoncé jeudi la protection civile montavienne. Une douzaine de personnes sont "
         "toujours portées disparues.",
         f"«{NB}La montagne bouge encore. Nous ne pouvons pas envoyer les équipes sous cette pente la nuit{NB}», a "
         "expliqué sa directrice, Marta Ilundain. Près de 300 secouristes sont mobilisés.",
         "D'après l'exploitant de la route, Vialpina, le tronçon avait été inspecté en septembre sans qu'aucune "
         f"fissure n'apparaisse. Plus de 4{NB}500 habitants des villages situés au-dessus du col restent coupés du "
         "monde."),
        (St("⟦Le bilan du glissement de terrain qui a enseveli mardi soir la route du col entre Corvada et Pelmar "
            "s'est alourdi à neuf morts⟧, a annoncé", "Montavia civil protection", "indirect", "ls12-u7"),
         St(f"«{NB}⟦La montagne bouge encore. Nous ne pouvons pas envoyer les équipes sous cette pente la "
            f"nuit⟧{NB}»", "Marta Ilundain", "direct", "ls12-u1"),
         St("Vialpina, ⟦le tronçon avait été inspecté en septembre sans qu'aucune fissure n'apparaisse⟧", "Vialpina",
            "indirect", "ls12-u3")),
        (Fg("alourdi à ⟦neuf⟧ morts", 9, None, "killed", "ls12-q-killed"),
         Fg("⟦Une douzaine⟧ de personnes", 12, "about", "missing", "ls12-q-missing"),
         Fg("Près de ⟦300⟧ secouristes", 300, "nearly", "other", "ls12-q-rescuers"),
         Fg(f"Plus de ⟦4{NB}500⟧ habitants", 4500, "more than", "other", "ls12-q-cutoff"))),
    Art("ml12-landslide-road", "jornaldaserra.example", "mundo/2026/11/19/deslizamento-estrada-montavia",
        "2026-11-19", "pt",
        "Deslizamento de terras soterra estrada de montanha na Montávia",
        ("Subiu para nove o número de mortos do deslizamento de terras que na terça-feira soterrou a estrada de "
         "montanha entre Corvada e Pelmar, na Montávia. Doze pessoas continuam desaparecidas e cerca de 4.500 "
         "moradores estão isolados.",
         "A ministra dos Transportes, Helena Corbal, anunciou que uma estrada alternativa será aberta dentro de dez "
         "dias. “Não vamos deixar estas aldeias isoladas durante o inverno”, disse.",
         "Segundo o geólogo Pavel Droz, da Universidade de Pelmar, três semanas de chuva deixaram a encosta "
         "“encharcada como uma esponja”."),
        (St("anunciou que ⟦uma estrada alternativa será aberta dentro de dez dias⟧", "Helena Corbal", "indirect",
            "ls12-u5"),
         St("“⟦Não vamos deixar estas aldeias isoladas durante o inverno⟧”", "Helena Corbal", "direct", "ls12-u8"),
         St("Pelmar, ⟦três semanas de chuva deixaram a encosta “encharcada como uma esponja”⟧", "Pavel Droz",
            "partial", "ls12-u4")),
        (Fg("para ⟦nove⟧ o número", 9, None, "killed", "ls12-q-killed"),
         Fg("⟦Doze⟧ pessoas", 12, None, "missing", "ls12-q-missing"),
         Fg("cerca de ⟦4.500⟧ moradores", 4500, "about", "other", "ls12-q-cutoff"))),
    # ---------------------------------------------------------------- ml12-lightning-camp (test)
    Art("ml12-lightning-camp", "eveningledger.example", "world/2026/07/18/savernia-lightning-youth-camp",
        "2026-07-18", "en",
        "Lightning kills two teenagers at youth camp in Savernia",
        ("Two teenagers were killed and 14 other campers injured when lightning struck a youth camp near Brevanne, "
         "in the Savernian hills, on Saturday afternoon. Three of the injured are in serious condition.",
         '"The storm came over the ridge in a matter of minutes. We had no time to get everyone into the hall," camp '
         "director Lukas Ferrand said. According to Ferrand, a group of children had taken shelter under the large "
         "tent when the bolt hit its central pole.",
         "Some 230 children and supervisors were taken to a school gym in Brevanne for the night. The national "
         "weather service said it had issued a storm warning for the region at midday."),
        (St('"⟦The storm came over the ridge in a matter of minutes. We had no time to get everyone into the '
            'hall⟧,"', "Lukas Ferrand", "direct", "lc12-u1"),
         St("According to Ferrand, ⟦a group of children had taken shelter under the large tent when the bolt hit "
            "its central pole⟧", "Lukas Ferrand", "indirect", "lc12-u2"),
         St("service said ⟦it had issued a storm warning for the region at midday⟧", "Savernian weather service",
            "indirect", "lc12-u3")),
        (Fg("⟦Two⟧ teenagers", 2, None, "killed", "lc12-q-killed"),
         Fg("and ⟦14⟧ other campers", 14, None, "wounded", "lc12-q-wounded"),
         Fg("⟦Three⟧ of the injured", 3, None, "wounded", "lc12-q-serious"),
         Fg("Some ⟦230⟧ children", 230, "about", "other", "lc12-q-evacuated"))),
    Art("ml12-lightning-camp", "hochlandzeitung.example", "panorama/blitzschlag-jugendlager-savernien-1.2291",
        "2026-07-19", "de",
        "Blitzschlag in Jugendlager: Zwei Jugendliche tot",
        ("Bei einem Blitzeinschlag in einem Jugendlager bei Brevanne in Savernien sind am Samstagnachmittag zwei "
         "Jugendliche ums Leben gekommen. 14 weitere Kinder und Jugendliche wurden verletzt, drei von ihnen schwer.",
         "Lagerleiter Lukas Ferrand zufolge hatte sich eine Gruppe unter dem großen Zelt untergestellt, als der "
         "Blitz in den Mittelmast einschlug. „Das Gewitter kam innerhalb weniger Minuten über den Kamm. Wir hatten "
         "keine Zeit, alle in die Halle zu bringen“, sagte er.",
         "Nach Angaben des nationalen Wetterdienstes war bereits am Mittag eine Unwetterwarnung für die Region "
         "herausgegeben worden. Die Staatsanwaltschaft leitete Ermittlungen wegen fahrlässiger Tötung ein. Rund 230 "
         "Lagerteilnehmer verbrachten die Nacht in einer Turnhalle."),
        (St("Ferrand zufolge ⟦hatte sich eine Gruppe unter dem großen Zelt untergestellt, als der Blitz in den "
            "Mittelmast einschlug⟧", "Lukas Ferrand", "indirect", "lc12-u2"),
         St("„⟦Das Gewitter kam innerhalb weniger Minuten über den Kamm. Wir hatten keine Zeit, alle in die Halle zu "
            "bringen⟧“", "Lukas Ferrand", "direct", "lc12-u1"),
         St("Wetterdienstes ⟦war bereits am Mittag eine Unwetterwarnung für die Region herausgegeben worden⟧",
            "Savernian weather service", "indirect", "lc12-u3")),
        (Fg("⟦zwei⟧ Jugendliche", 2, None, "killed", "lc12-q-killed"),
         Fg("⟦14⟧ weitere Kinder", 14, None, "wounded", "lc12-q-wounded"),
         Fg("⟦drei⟧ von ihnen", 3, None, "wounded", "lc12-q-serious"),
         Fg("Rund ⟦230⟧ Lagerteilnehmer", 230, "about", "other", "lc12-q-evacuated"))),
    Art("ml12-lightning-camp", "saeronilbo.example", "news/articleView.html?idxno=64418", "2026-07-19", "ko",
        "사베르니아 청소년 캠프에 낙뢰…10대 2명 숨지고 14명 부상",
        ("사베르니아 브레반 인근의 청소년 캠프에 18일 오후 벼락이 떨어져 10대 2명이 숨지고 14명이 다쳤다. 부상자 "
         "가운데 3명은 중상이다.",
         "루카스 페랑 캠프 책임자는 “폭풍이 몇 분 만에 능선을 넘어왔다. 모두를 강당으로 옮길 시간이 없었다”고 "
         "말했다. 브레반 병원 응급실의 안젤름 크로이터 과장은 중상자들의 생명에는 지장이 없다고 전했다.",
         "오딜 사라쟁 브레반 시장은 “계곡 전체를 덮친 비극”이라며 애도를 표했다. 캠프 참가자 230여 명은 인근 "
         "학교 체육관으로 옮겨 밤을 보냈다."),
        (St("“⟦폭풍이 몇 분 만에 능선을 넘어왔다. 모두를 강당으로 옮길 시간이 없었다⟧”", "Lukas Ferrand", "direct",
            "lc12-u1"),
         St("과장은 ⟦중상자들의 생명에는 지장이 없다⟧고", "Anselm Kreuter", "indirect", "lc12-u5"),
         St("“⟦계곡 전체를 덮친 비극⟧”", "Odile Sarrazin", "direct", "lc12-u4")),
        (Fg("10대 ⟦2⟧명이", 2, None, "killed", "lc12-q-killed"),
         Fg("⟦14⟧명이 다쳤다", 14, None, "wounded", "lc12-q-wounded"),
         Fg("가운데 ⟦3⟧명은", 3, None, "wounded", "lc12-q-serious"),
         Fg("참가자 ⟦230여⟧ 명", 230, "more than", "other", "lc12-q-evacuated"))),
    Art("ml12-lightning-camp", "ledauphinlibre.example", "monde/savernie-foudre-camp-adolescents", "2026-07-19",
        "fr",
        "Savernie : la foudre frappe un camp de jeunes, deux adolescents tués",
        ("Deux adolescents ont été tués et une quinzaine d'autres jeunes blessés samedi après-midi lorsque la foudre "
         "s'est abattue sur un camp de vacances près de Brevanne. Trois blessés se trouvent dans un état grave.",
         f"«{NB}C'est une tragédie qui frappe toute la vallée{NB}», a réagi la maire de Brevanne, Odile Sarrazin. "
         "Selon le directeur du camp, Lukas Ferrand, un groupe d'enfants s'était abrité sous le grand chapiteau "
         "quand l'éclair a touché le mât central.",
         "Le parquet de Brevanne a ouvert une enquête pour homicides involontaires. Météo-Savernie affirme avoir "
         "émis une alerte aux orages dès midi. Environ 230 participants ont été hébergés pour la nuit dans un "
         "gymnase."),
        (St(f"«{NB}⟦C'est une tragédie qui frappe toute la vallée⟧{NB}»", "Odile Sarrazin", "direct", "lc12-u4"),
         St("Ferrand, ⟦un groupe d'enfants s'était abrité sous le grand chapiteau quand l'éclair a touché le mât "
            "central⟧", "Lukas Ferrand", "indirect", "lc12-u2"),
         St("affirme ⟦avoir émis une alerte aux orages dès midi⟧", "Savernian weather service", "indirect",
            "lc12-u3")),
        (Fg("⟦Deux⟧ adolescents", 2, None, "killed", "lc12-q-killed"),
         Fg("⟦une quinzaine⟧ d'autres", 15, "about", "wounded", "lc12-q-wounded"),
         Fg("⟦Trois⟧ blessés", 3, None, "wounded", "lc12-q-serious"),
         Fg("Environ ⟦230⟧ participants", 230, "about", "other", "lc12-q-evacuated"))),
    Art("ml12-lightning-camp", "lagazzettadeicolli.example", "esteri/2026/07/19/savernia-fulmine-campo-scout",
        "2026-07-19", "it",
        "Fulmine su un campo scout in Savernia: morti due ragazzi",
        ("Due ragazzi sono morti e 14 sono rimasti feriti, tre dei quali in modo grave, dopo che un fulmine ha "
         "colpito sabato pomeriggio un campo estivo vicino a Brevanne, in Savernia.",
         "«Il temporale ha superato il crinale in pochi minuti, non abbiamo avuto il tempo di portare tutti nel "
         "salone», ha raccontato il responsabile del campo, Lukas Ferrand. Secondo il primario del pronto soccorso "
         "di Brevanne, Anselm Kreuter, i feriti più gravi non sono in pericolo di vita.",
         "La sindaca Odile Sarrazin ha detto che si tratta di «una tragedia che colpisce tutta la valle». Circa 230 "
         "partecipanti hanno trascorso la notte in una palestra."),
        (St("«⟦Il temporale ha superato il crinale in pochi minuti, non abbiamo avuto il tempo di portare tutti nel "
            "salone⟧»", "Lukas Ferrand", "direct", "lc12-u1"),
         St("Kreuter, ⟦i feriti più gravi non sono in pericolo di vita⟧", "Anselm Kreuter", "indirect", "lc12-u5"),
         St("detto che ⟦si tratta di «una tragedia che colpisce tutta la valle»⟧", "Odile Sarrazin", "partial",
            "lc12-u4")),
        (Fg("⟦Due⟧ ragazzi", 2, None, "killed", "lc12-q-killed"),
         Fg("e ⟦14⟧ sono rimasti", 14, None, "wounded", "lc12-q-wounded"),
         Fg("⟦tre⟧ dei quali", 3, None, "wounded", "lc12-q-serious"),
         Fg("Circa ⟦230⟧ partecipanti", 230, "about", "other", "lc12-q-evacuated"))),
    # ---------------------------------------------------------------- ml12-market-fire (test)
    Art("ml12-market-fire", "diariodasmares.example", "pais/2026/09/20/incendio-mercado-central-vila-serena",
        "2026-09-20", "pt",
        "Incêndio destrói Mercado Central de Vila Serena",
        ("Um incêndio de grandes proporções destruiu na madrugada deste domingo o Mercado Central de Vila Serena, na "
         "Almarra. Cerca de 600 bancas ficaram reduzidas a cinzas e cinco bombeiros sofreram ferimentos ligeiros. "
         "Não há registo de vítimas mortais.",
         "“O velho telhado de madeira ardeu como papel”, disse a comandante dos bombeiros, coronel Sílvia Mendes. "
         "Segundo ela, as chamas terão começado numa câmara frigorífica da zona do peixe, por volta das duas da "
         "manhã. Mais de 140 bombeiros combateram o fogo durante seis horas.",
         "O presidente da câmara, Rodrigo Ameixial, prometeu reconstruir o mercado “banca a banca” e anunciou que a "
         "autarquia vai pagar um apoio de emergência aos 1.800 vendedores durante três meses."),
        (St("“⟦O velho telhado de madeira ardeu como papel⟧”", "Sílvia Mendes", "direct", "mf12-u4"),
         St("Segundo ela, ⟦as chamas terão começado numa câmara frigorífica da zona do peixe, por volta das duas da "
            "manhã⟧", "Sílvia Mendes", "indirect", "mf12-u3"),
         St("prometeu ⟦reconstruir o mercado “banca a banca”⟧", "Rodrigo Ameixial", "partial", "mf12-u1"),
         St("anunciou que ⟦a autarquia vai pagar um apoio de emergência aos 1.800 vendedores durante três meses⟧",
            "Rodrigo Ameixial", "indirect", "mf12-u2")),
        (Fg("Cerca de ⟦600⟧ bancas", 600, "about", "other", "mf12-q-stalls"),
         Fg("e ⟦cinco⟧ bombeiros", 5, None, "wounded", "mf12-q-wounded"),
         Fg("Mais de ⟦140⟧ bombeiros", 140, "more than", "other", "mf12-q-firefighters"),
         Fg("aos ⟦1.800⟧ vendedores", 1800, None, "other", "mf12-q-vendors"))),
    Art("ml12-market-fire", "atlanticdispatch.example", "world/2026/09/20/vila-serena-market-fire", "2026-09-20",
        "en",
        "Fire guts historic market in Almarran city of Vila Serena",
        ("A fire tore through the central market of Vila Serena, Almarra's second city, early on Sunday, destroying "
         "some 600 stalls. Five firefighters suffered minor injuries; no one was killed.",
         '"We will rebuild this market stall by stall, and no vendor will be left behind," Mayor Rodrigo Ameixial '
         "told reporters at the scene. He said the city would pay emergency aid for three months to the 1,800 "
         "traders who worked there.",
         "Fire chief Sílvia Mendes said the blaze appeared to have started shortly after 2 a.m. in a refrigeration "
         "unit in the fish hall. A police source said arson had not been ruled out. Damage was put at about $12 million."),
        (St('"⟦We will rebuild this market stall by stall, and no vendor will be left behind⟧,"', "Rodrigo Ameixial",
            "direct", "mf12-u1"),
         St("He said ⟦the city would pay emergency aid for three months to the 1,800 traders who worked there⟧",
            "Rodrigo Ameixial", "indirect", "mf12-u2"),
         St("Mendes said ⟦the blaze appeared to have started shortly after 2 a.m. in a refrigeration unit in the "
            "fish hall⟧", "Sílvia Mendes", "indirect", "mf12-u3"),
         St("A police source said ⟦arson had not been ruled out⟧", "Vila Serena police source (anonymous)",
            "indirect", "mf12-u6")),
        (Fg("some ⟦600⟧ stalls", 600, "about", "other", "mf12-q-stalls"),
         Fg("⟦Five⟧ firefighters", 5, None, "wounded", "mf12-q-wounded"),
         Fg("the ⟦1,800⟧ traders", 1800, None, "other", "mf12-q-vendors"),
         Fg("about ⟦$12 million⟧", 12_000_000, "about", "money", "mf12-q-damage"))),
    Art("ml12-market-fire", "saarkurier.example", "welt/grossbrand-markthalle-vila-serena-1.3307", "2026-09-20",
        "de",
        "Großbrand zerstört Zentralmarkt von Vila Serena",
        ("Ein Großbrand hat in der Nacht zum Sonntag den historischen Zentralmarkt der almarrischen Stadt Vila "
         "Serena zerstört. Rund 600 Verkaufsstände brannten nieder, fünf Feuerwehrleute wurden leicht verletzt.",
         "Nach Angaben von Feuerwehrkommandantin Sílvia Mendes brach das Feuer gegen zwei Uhr früh in einer "
         "Kühlanlage der Fischhalle aus. „Das alte Holzdach hat wie Papier gebrannt“, sagte sie. Aus Polizeikreisen "
         "hieß es, Brandstiftung sei nicht ausgeschlossen.",
         "Bürgermeister Rodrigo Ameixial versprach, den Markt „Stand für Stand“ wieder aufzubauen. Für mehr als "
         "1.800 Händler gehe es um ihre Existenz, sagte er. Den Schaden schätzt die Stadt auf rund zehn Millionen "
         "Dollar."),
        (St("Mendes ⟦brach das Feuer gegen zwei Uhr früh in einer Kühlanlage der Fischhalle aus⟧", "Sílvia Mendes",
            "indirect", "mf12-u3"),
         St("„⟦Das alte Holzdach hat wie Papier gebrannt⟧“", "Sílvia Mendes", "direct", "mf12-u4"),
         St("hieß es, ⟦Brandstiftung sei nicht ausgeschlossen⟧", "Vila Serena police source (anonymous)",
            "indirect", "mf12-u6"),
         St("versprach, ⟦den Markt „Stand für Stand“ wieder aufzubauen⟧", "Rodrigo Ameixial", "partial",
            "mf12-u1"),
         St("⟦Für mehr als 1.800 Händler gehe es um ihre Existenz⟧, sagte er", "Rodrigo Ameixial", "indirect",
            "mf12-u7")),
        (Fg("Rund ⟦600⟧ Verkaufsstände", 600, "about", "other", "mf12-q-stalls"),
         Fg("⟦fünf⟧ Feuerwehrleute", 5, None, "wounded", "mf12-q-wounded"),
         Fg("mehr als ⟦1.800⟧ Händler", 1800, "more than", "other", "mf12-q-vendors"),
         Fg("rund ⟦zehn Millionen Dollar⟧", 10_000_000, "about", "money", "mf12-q-damage"))),
    Art("ml12-market-fire", "gwangmyeongilbo.example", "news/articleView.html?idxno=55873", "2026-09-21", "ko",
        "알마라 빌라 세레나 중앙시장 화재…점포 600여 곳 잿더미",
        ("알마라 제2의 도시 빌라 세레나의 중앙시장에서 20일 새벽 큰불이 나 점포 600여 곳이 모두 탔다. 진화 과정에서 "
         "소방관 5명이 가벼운 부상을 입었으며 사망자는 없었다.",
         "실비아 멘데스 소방대장에 따르면 불은 오전 2시께 생선 매장의 냉동설비에서 시작된 것으로 추정된다. 경찰 "
         "관계자는 방화 가능성도 배제하지 않고 있다고 말했다.",
         "호드리구 아메이시알 시장은 “시장을 점포 하나하나 다시 세우겠다. 상인 누구도 버려두지 않겠다”고 "
         "약속했다. 시 당국은 피해액을 1천200만 달러가량으로 추산했다."),
        (St("따르면 ⟦불은 오전 2시께 생선 매장의 냉동설비에서 시작된 것으로 추정된다⟧", "Sílvia Mendes", "indirect",
            "mf12-u3"),
         St("관계자는 ⟦방화 가능성도 배제하지 않고 있다⟧고", "Vila Serena police source (anonymous)", "indirect",
            "mf12-u6"),
         St("“⟦시장을 점포 하나하나 다시 세우겠다. 상인 누구도 버려두지 않겠다⟧”", "Rodrigo Ameixial", "direct",
            "mf12-u1")),
        (Fg("점포 ⟦600여⟧ 곳이", 600, "more than", "other", "mf12-q-stalls"),
         Fg("소방관 ⟦5⟧명이", 5, None, "wounded", "mf12-q-wounded"),
         Fg("피해액을 ⟦1천200만 달러⟧가량", 12_000_000, "about", "money", "mf12-q-damage"))),
    Art("ml12-market-fire", "elcronistadelpacifico.example", "internacional/2026-09-20/incendio-mercado-vila-serena",
        "2026-09-20", "es",
        "Un incendio arrasa el mercado central de Vila Serena",
        ("Un incendio arrasó en la madrugada del domingo el mercado central de Vila Serena, en Almarra, y dejó en "
         "cenizas unos 600 puestos. Cinco bomberos resultaron heridos leves.",
         "\"Reconstruiremos este mercado puesto por puesto y ningún comerciante quedará abandonado\", aseguró el "
         "alcalde, Rodrigo Ameixial. Añadió que el ayuntamiento pagará durante tres meses una ayuda de emergencia a "
         "los cerca de 1.800 vendedores afectados.",
         "De acuerdo con la jefa de bomberos, Sílvia Mendes, el fuego comenzó hacia las dos de la madrugada en una "
         "cámara frigorífica de la nave del pescado. Las pérdidas se calculan, en una primera estimación, en unos 10 "
         "millones de dólares."),
        (St("\"⟦Reconstruiremos este mercado puesto por puesto y ningún comerciante quedará abandonado⟧\"",
            "Rodrigo Ameixial", "direct", "mf12-u1"),
         St("Añadió que ⟦el ayuntamiento pagará durante tres meses una ayuda de emergencia a los cerca de 1.800 "
            "vendedores afectados⟧", "Rodrigo Ameixial", "indirect", "mf12-u2"),
         St("Mendes, ⟦el fuego comenzó hacia las dos de la madrugada en una cámara frigorífica de la nave del "
            "pescado⟧", "Sílvia Mendes", "indirect", "mf12-u3")),
        (Fg("unos ⟦600⟧ puestos", 600, "about", "other", "mf12-q-stalls"),
         Fg("⟦Cinco⟧ bomberos", 5, None, "wounded", "mf12-q-wounded"),
         Fg("cerca de ⟦1.800⟧ vendedores", 1800, "about", "other", "mf12-q-vendors"),
         Fg("unos ⟦10 millones de dólares⟧", 10_000_000, "about", "money", "mf12-q-damage"))),
    # ---------------------------------------------------------------- ml12-migrant-boat (test)
    Art("ml12-migrant-boat", "ilgiornaledelleisole.example", "cronaca/2026/05/15/scarvoni-barcone-deriva",
        "2026-05-15", "it",
        "Scarvoni, barcone alla deriva per cinque giorni: sei morti a bordo",
        ("Sono 74 i sopravvissuti sbarcati ieri sera nel porto di Scarvoni da un barcone di legno rimasto alla "
         "deriva per cinque giorni. A bordo i soccorritori hanno trovato sei cadaveri, tra cui quelli di due "
         "bambini. Tra i superstiti ci sono 11 minori non accompagnati.",
         "Secondo la Capitaneria di porto, il motore si era fermato già il secondo giorno di navigazione. «Molti di "
         "loro non bevevano da tre giorni», ha detto Chiara Benvenuti, medico della ong Mare Aperto.",
         "Il sindaco Salvatore Orlandino ha denunciato che l'isola è stata «lasciata sola» dal governo. Alcuni "
         "superstiti raccontano che una decina di persone sono cadute in mare durante la traversata."),
        (St("porto, ⟦il motore si era fermato già il secondo giorno di navigazione⟧", "Scarvoni port authority",
            "indirect", "mb12-u1"),
         St("«⟦Molti di loro non bevevano da tre giorni⟧»", "Chiara Benvenuti", "direct", "mb12-u2"),
         St("denunciato che ⟦l'isola è stata «lasciata sola» dal governo⟧", "Salvatore Orlandino", "partial",
            "mb12-u3"),
         St("raccontano che ⟦una decina di persone sono cadute in mare durante la traversata⟧",
            "Scarvoni boat survivors", "indirect", "mb12-u4")),
        (Fg("Sono ⟦74⟧ i sopravvissuti", 74, None, "other", "mb12-q-survivors"),
         Fg("trovato ⟦sei⟧ cadaveri", 6, None, "killed", "mb12-q-dead"),
         Fg("di ⟦due⟧ bambini", 2, None, "killed", "mb12-q-dead-children"),
         Fg("ci sono ⟦11⟧ minori", 11, None, "other", "mb12-q-minors"),
         Fg("⟦una decina⟧ di persone", 10, "about", "missing", "mb12-q-overboard"))),
    Art("ml12-migrant-boat", "ostseeblatt.example", "politik/migrantenboot-scarvoni-sechs-tote-1.6614",
        "2026-05-15", "de",
        "Fünf Tage auf offener See: Sechs Tote auf Migrantenboot",
        ("Nach fünf Tagen auf offener See hat ein Holzboot mit 74 Überlebenden den Hafen der Insel Scarvoni "
         "erreicht. An Bord fanden Helfer sechs Leichen, darunter zwei Kinder. Elf der Geretteten sind unbegleitete "
         "Minderjährige.",
         "„Viele von ihnen hatten seit drei Tagen kein Wasser getrunken“, sagte die Ärztin Chiara Benvenuti von der "
         "Hilfsorganisation Mare Aperto. Laut Hafenbehörde war der Motor bereits am zweiten Tag ausgefallen.",
         "Überlebende berichteten, etwa zehn Menschen seien während der Überfahrt über Bord gegangen. Bürgermeister "
         "Salvatore Orlandino warf der Regierung vor, die Insel „allein gelassen“ zu haben."),
        (St("„⟦Viele von ihnen hatten seit drei Tagen kein Wasser getrunken⟧“", "Chiara Benvenuti", "direct",
            "mb12-u2"),
         St("Hafenbehörde ⟦war der Motor bereits am zweiten Tag ausgefallen⟧", "Scarvoni port authority",
            "indirect", "mb12-u1"),
         St("berichteten, ⟦etwa zehn Menschen seien während der Überfahrt über Bord gegangen⟧",
            "Scarvoni boat survivors", "indirect", "mb12-u4"),
         St("vor, ⟦die Insel „allein gelassen“ zu haben⟧", "Salvatore Orlandino", "partial", "mb12-u3")),
        (Fg("mit ⟦74⟧ Überlebenden", 74, None, "other", "mb12-q-survivors"),
         Fg("Helfer ⟦sechs⟧ Leichen", 6, None, "killed", "mb12-q-dead"),
         Fg("darunter ⟦zwei⟧ Kinder", 2, None, "killed", "mb12-q-dead-children"),
         Fg("⟦Elf⟧ der Geretteten", 11, None, "other", "mb12-q-minors"),
         Fg("etwa ⟦zehn⟧ Menschen", 10, "about", "missing", "mb12-q-overboard"))),
    Art("ml12-migrant-boat", "badanews.example", "news/articleView.html?idxno=42096", "2026-05-15", "ko",
        "닷새 표류한 이주민 보트…6명 숨진 채 발견",
        ("닷새 동안 바다를 표류하던 이주민 목선이 지난 14일 밤 스카르보니섬 항구에 들어왔다. 생존자는 74명이며, 배 "
         "안에서는 어린이 2명을 포함한 6명의 시신이 발견됐다.",
         "구호단체 ‘마레 아페르토’ 소속 의사 키아라 벤베누티는 “상당수가 사흘 동안 물을 한 모금도 마시지 못했다”고 "
         "전했다. 항만당국은 출항 이틀째에 엔진이 고장 났다고 밝혔다.",
         "생존자들에 따르면 항해 도중 10여 명이 바다에 빠졌다. 살바토레 오를란디노 시장은 정부가 섬을 “외면하고 "
         "있다”고 비판했다."),
        (St("“⟦상당수가 사흘 동안 물을 한 모금도 마시지 못했다⟧”", "Chiara Benvenuti", "direct", "mb12-u2"),
         St("항만당국은 ⟦출항 이틀째에 엔진이 고장 났다⟧고", "Scarvoni port authority", "indirect", "mb12-u1"),
         St("따르면 ⟦항해 도중 10여 명이 바다에 빠졌다⟧", "Scarvoni boat survivors", "indirect", "mb12-u4"),
         St("시장은 ⟦정부가 섬을 “외면하고 있다”⟧고", "Salvatore Orlandino", "partial", "mb12-u3")),
        (Fg("생존자는 ⟦74⟧명", 74, None, "other", "mb12-q-survivors"),
         Fg("어린이 ⟦2⟧명을", 2, None, "killed", "mb12-q-dead-children"),
         Fg("⟦6⟧명의 시신", 6, None, "killed", "mb12-q-dead"),
         Fg("도중 ⟦10여⟧ 명이", 10, "more than", "missing", "mb12-q-overboard"))),
    Art("ml12-migrant-boat", "elfarodelponiente.example", "internacional/2026-05-15/barca-migrantes-scarvoni",
        "2026-05-15", "es",
        "Hallan seis cadáveres en una barca de migrantes que pasó cinco días a la deriva",
        ("Los equipos de rescate hallaron seis cadáveres, entre ellos los de dos niños, en una barca de madera que "
         "llegó el jueves al puerto de la isla de Scarvoni tras pasar cinco días a la deriva. Los 74 supervivientes "
         "fueron atendidos en el muelle.",
         "\"Muchos no habían bebido agua en tres días\", relató la doctora Chiara Benvenuti, de la ONG Mare Aperto. "
         "Según los supervivientes, unas diez personas cayeron al mar durante la travesía.",
         "El alcalde de Scarvoni, Salvatore Orlandino, acusó al Gobierno de haber \"dejado sola\" a la isla."),
        (St("\"⟦Muchos no habían bebido agua en tres días⟧\"", "Chiara Benvenuti", "direct", "mb12-u2"),
         St("supervivientes, ⟦unas diez personas cayeron al mar durante la travesía⟧", "Scarvoni boat survivors",
            "indirect", "mb12-u4"),
         St("acusó al Gobierno de ⟦haber \"dejado sola\" a la isla⟧", "Salvatore Orlandino", "partial", "mb12-u3")),
        (Fg("hallaron ⟦seis⟧ cadáveres", 6, None, "killed", "mb12-q-dead"),
         Fg("de ⟦dos⟧ niños", 2, None, "killed", "mb12-q-dead-children"),
         Fg("Los ⟦74⟧ supervivientes", 74, None, "other", "mb12-q-survivors"),
         Fg("unas ⟦diez⟧ personas", 10, "about", "missing", "mb12-q-overboard"))),
    Art("ml12-migrant-boat", "lapressedulittoral.example", "monde/scarvoni-bateau-migrants-derive-bilan",
        "2026-05-16", "fr",
        "Bateau de migrants à la dérive : au moins sept morts",
        ("Le bilan s'est alourdi vendredi : au moins sept personnes sont mortes après la dérive d'un bateau de "
         "migrants arrivé jeudi à Scarvoni, un rescapé ayant succombé à l'hôpital. Six corps, dont ceux de deux "
         "enfants, avaient été retrouvés à bord.",
         "D'après la capitainerie du port, le moteur était tombé en panne dès le deuxième jour. "
         f"«{NB}Beaucoup n'avaient rien bu depuis trois jours{NB}», a raconté Chiara Benvenuti, médecin de l'ONG "
         "Mare Aperto.",
         "Selon des rescapés, une dizaine de personnes sont tombées à l'eau pendant la traversée. Parmi les "
         "survivants figurent onze mineurs non accompagnés."),
        (St("port, ⟦le moteur était tombé en panne dès le deuxième jour⟧", "Scarvoni port authority", "indirect",
            "mb12-u1"),
         St(f"«{NB}⟦Beaucoup n'avaient rien bu depuis trois jours⟧{NB}»", "Chiara Benvenuti", "direct", "mb12-u2"),
         St("rescapés, ⟦une dizaine de personnes sont tombées à l'eau pendant la traversée⟧",
            "Scarvoni boat survivors", "indirect", "mb12-u4")),
        (Fg("au moins ⟦sept⟧ personnes", 7, "at least", "killed", "mb12-q-dead"),
         Fg("⟦Six⟧ corps", 6, None, "killed", "mb12-q-dead"),
         Fg("de ⟦deux⟧ enfants", 2, None, "killed", "mb12-q-dead-children"),
         Fg("⟦une dizaine⟧ de personnes", 10, "about", "missing", "mb12-q-overboard"),
         Fg("figurent ⟦onze⟧ mineurs", 11, None, "other", "mb12-q-minors"))),
    # ---------------------------------------------------------------- ml12-power-cut (test)
    Art("ml12-power-cut", "thecapitalobserver.example", "world/2026/02/10/eskeria-blackout", "2026-02-10", "en",
        "Blackout leaves 1.2 million Eskerian households without power",
        ("A fault at a substation plunged much of Eskeria into darkness on Tuesday evening, cutting power to 1.2 "
         "million households and stranding about 4,000 passengers on metro trains in the capital, Lundvik. Police "
         "said two people had died in road accidents at junctions where the traffic lights had failed.",
         '"A fault at the Skarnes substation tripped the protection systems across the whole network within '
         'seconds," said Halvard Brenne, chief executive of the grid operator Eskernet. He said supply should be '
         "fully restored by Thursday evening.",
         "An Eskernet engineer, speaking on condition of anonymity, said warnings about the ageing substation had "
         "gone unheeded for years. Energy Minister Ragna Tollefsen ordered an independent inquiry."),
        (St("Police said ⟦two people had died in road accidents at junctions where the traffic lights had failed⟧",
            "Eskeria police", "indirect", "pc12-u4"),
         St('"⟦A fault at the Skarnes substation tripped the protection systems across the whole network within '
            'seconds⟧,"', "Halvard Brenne", "direct", "pc12-u1"),
         St("He said ⟦supply should be fully restored by Thursday evening⟧", "Halvard Brenne", "indirect",
            "pc12-u2"),
         St("anonymity, said ⟦warnings about the ageing substation had gone unheeded for years⟧",
            "Eskernet engineer (anonymous)", "indirect", "pc12-u5")),
        (Fg("to ⟦1.2 million⟧ households", 1_200_000, None, "other", "pc12-q-households"),
         Fg("about ⟦4,000⟧ passengers", 4000, "about", "other", "pc12-q-metro"),
         Fg("said ⟦two⟧ people", 2, None, "killed", "pc12-q-killed"))),
    Art("ml12-power-cut", "kielerabendpost.example", "politik/stromausfall-eskerien-1.9043", "2026-02-11", "de",
        "Stromausfall in Eskerien: 1,2 Millionen Haushalte im Dunkeln",
        ("Ein Defekt in einem Umspannwerk hat am Dienstagabend weite Teile Eskeriens lahmgelegt. Rund 1,2 Millionen "
         "Haushalte waren ohne Strom, in der Hauptstadt Lundvik saßen etwa 4.000 Fahrgäste in U-Bahnen fest.",
         "„Ein Fehler im Umspannwerk Skarnes hat innerhalb von Sekunden die Schutzsysteme im gesamten Netz "
         "ausgelöst“, erklärte Halvard Brenne, Chef des Netzbetreibers Eskernet. Bis Donnerstagabend solle die "
         "Versorgung vollständig wiederhergestellt sein, sagte er.",
         "Energieministerin Ragna Tollefsen sagte, ein solcher Ausfall dürfe sich „nie wiederholen“, und ordnete "
         "eine unabhängige Untersuchung an. Der Polizei zufolge kamen zwei Menschen bei Unfällen an Kreuzungen mit "
         "ausgefallenen Ampeln ums Leben."),
        (St("„⟦Ein Fehler im Umspannwerk Skarnes hat innerhalb von Sekunden die Schutzsysteme im gesamten Netz "
            "ausgelöst⟧“", "Halvard Brenne", "direct", "pc12-u1"),
         St("⟦Bis Donnerstagabend solle die Versorgung vollständig wiederhergestellt sein⟧, sagte er",
            "Halvard Brenne", "indirect", "pc12-u2"),
         St("sagte, ⟦ein solcher Ausfall dürfe sich „nie wiederholen“⟧", "Ragna Tollefsen", "partial", "pc12-u3"),
         St("Polizei zufolge ⟦kamen zwei Menschen bei Unfällen an Kreuzungen mit ausgefallenen Ampeln ums Leben⟧",
            "Eskeria police", "indirect", "pc12-u4")),
        (Fg("Rund ⟦1,2 Millionen⟧ Haushalte", 1_200_000, "about", "other", "pc12-q-households"),
         Fg("etwa ⟦4.000⟧ Fahrgäste", 4000, "about", "other", "pc12-q-metro"),
         Fg("kamen ⟦zwei⟧ Menschen", 2, None, "killed", "pc12-q-killed"))),
    Art("ml12-power-cut", "daeyangsinbo.example", "news/articleView.html?idxno=20931", "2026-02-11", "ko",
        "에스케리아 대정전…120만 가구 전기 끊겨",
        ("에스케리아에서 10일 저녁 변전소 고장으로 대규모 정전이 발생해 120만 가구에 전기 공급이 끊겼다. 수도 "
         "룬드비크에서는 지하철 승객 4천여 명이 멈춰 선 열차에 갇혔다가 구조됐다.",
         "송전망 운영사 에스케르네트의 할바르드 브렌네 최고경영자는 “스카르네스 변전소의 결함으로 몇 초 만에 "
         "전력망 전체의 보호 장치가 작동했다”고 설명했다. 11일 오전 현재 30만 가구가 여전히 전기 없이 지내고 "
         "있다고 회사 측은 밝혔다.",
         "라그나 톨레프센 에너지장관은 “이런 일이 다시는 일어나서는 안 된다”며 독립적인 조사를 지시했다. 경찰에 "
         "따르면 신호등이 꺼진 교차로에서 교통사고로 2명이 숨졌다."),
        (St("“⟦스카르네스 변전소의 결함으로 몇 초 만에 전력망 전체의 보호 장치가 작동했다⟧”", "Halvard Brenne",
            "direct", "pc12-u1"),
         St("⟦11일 오전 현재 30만 가구가 여전히 전기 없이 지내고 있다⟧고 회사 측은", "Eskernet", "indirect",
            "pc12-u6"),
         St("“⟦이런 일이 다시는 일어나서는 안 된다⟧”", "Ragna Tollefsen", "direct", "pc12-u3"),
         St("따르면 ⟦신호등이 꺼진 교차로에서 교통사고로 2명이 숨졌다⟧", "Eskeria police", "indirect", "pc12-u4")),
        (Fg("⟦120만⟧ 가구에", 1_200_000, None, "other", "pc12-q-households"),
         Fg("승객 ⟦4천여⟧ 명", 4000, "more than", "other", "pc12-q-metro"),
         Fg("현재 ⟦30만⟧ 가구가", 300_000, None, "other", "pc12-q-still-off"),
         Fg("교통사고로 ⟦2⟧명이", 2, None, "killed", "pc12-q-killed"))),
    Art("ml12-power-cut", "lequotidiendesfjords.example", "monde/eskerie-panne-geante-electricite", "2026-02-11",
        "fr",
        "Eskérie : une panne géante prive 1,2 million de foyers d'électricité",
        ("Une gigantesque panne de courant a plongé mardi soir une grande partie de l'Eskérie dans le noir, privant "
         f"d'électricité quelque 1,2 million de foyers. Mercredi matin, 300{NB}000 d'entre eux étaient toujours sans "
         "courant, selon l'opérateur du réseau, Eskernet.",
         f"«{NB}Un défaut au poste de Skarnes a déclenché en quelques secondes les protections de tout le "
         f"réseau{NB}», a expliqué son directeur général, Halvard Brenne. Il a assuré que l'alimentation serait "
         "entièrement rétablie jeudi soir.",
         "Un ingénieur d'Eskernet, qui a requis l'anonymat, affirme que les alertes sur la vétusté du poste étaient "
         f"ignorées depuis des années. Dans la capitale, Lundvik, environ 4{NB}000 voyageurs ont dû être évacués de "
         "rames de métro bloquées."),
        (St(f"⟦Mercredi matin, 300{NB}000 d'entre eux étaient toujours sans courant⟧, selon", "Eskernet",
            "indirect", "pc12-u6"),
         St(f"«{NB}⟦Un défaut au poste de Skarnes a déclenché en quelques secondes les protections de tout le "
            f"réseau⟧{NB}»", "Halvard Brenne", "direct", "pc12-u1"),
         St("assuré que ⟦l'alimentation serait entièrement rétablie jeudi soir⟧", "Halvard Brenne", "indirect",
            "pc12-u2"),
         St("affirme que ⟦les alertes sur la vétusté du poste étaient ignorées depuis des années⟧",
            "Eskernet engineer (anonymous)", "indirect", "pc12-u5")),
        (Fg("quelque ⟦1,2 million⟧ de foyers", 1_200_000, "about", "other", "pc12-q-households"),
         Fg(f"⟦300{NB}000⟧ d'entre eux", 300_000, None, "other", "pc12-q-still-off"),
         Fg(f"environ ⟦4{NB}000⟧ voyageurs", 4000, "about", "other", "pc12-q-metro"))),
    Art("ml12-power-cut", "gazetadaslinhas.example", "mundo/2026/02/11/apagao-esqueria", "2026-02-11", "pt",
        "Apagão na Esquéria deixa 1,2 milhão de casas sem luz",
        ("Cerca de 1,2 milhão de casas ficaram sem eletricidade na terça-feira à noite na Esquéria, depois de uma "
         "avaria numa subestação. Na capital, Lundvik, cerca de 4 mil passageiros tiveram de ser retirados de "
         "comboios do metro parados nos túneis.",
         "A ministra da Energia, Ragna Tollefsen, afirmou que um apagão destes “não pode voltar a acontecer” e "
         "mandou abrir um inquérito independente. Segundo a polícia, duas pessoas morreram em acidentes em "
         "cruzamentos onde os semáforos estavam apagados.",
         "Um engenheiro da Eskernet, que pediu para não ser identificado, disse que os avisos sobre o estado da "
         "subestação foram ignorados durante anos."),
        (St("afirmou que ⟦um apagão destes “não pode voltar a acontecer”⟧", "Ragna Tollefsen", "partial",
            "pc12-u3"),
         St("polícia, ⟦duas pessoas morreram em acidentes em cruzamentos onde os semáforos estavam apagados⟧",
            "Eskeria police", "indirect", "pc12-u4"),
         St("disse que ⟦os avisos sobre o estado da subestação foram ignorados durante anos⟧",
            "Eskernet engineer (anonymous)", "indirect", "pc12-u5")),
        (Fg("Cerca de ⟦1,2 milhão⟧ de casas", 1_200_000, "about", "other", "pc12-q-households"),
         Fg("cerca de ⟦4 mil⟧ passageiros", 4000, "about", "other", "pc12-q-metro"),
         Fg("⟦duas⟧ pessoas morreram", 2, None, "killed", "pc12-q-killed"))),
    # ---------------------------------------------------------------- ml12-rabies-dogs (test)
    Art("ml12-rabies-dogs", "lanaciondeoccidente.example", "sociedad/2026-03-05/rabia-perros-puerto-ocaso",
        "2026-03-05", "es",
        "Brote de rabia en los perros callejeros de Puerto Ocaso: 37 personas mordidas",
        ("Un brote de rabia entre los perros callejeros de Puerto Ocaso, en Marivela, ha dejado 37 personas mordidas "
         "en dos semanas y un niño de ocho años muerto.",
         "\"Cualquier mordedura, incluso un pequeño arañazo, debe tratarse como una urgencia\", advirtió la "
         "secretaria de Salud municipal, Beatriz Quiroga. Según el laboratorio nacional de referencia, nueve de los "
         "doce perros analizados dieron positivo.",
         "Quiroga anunció que el lunes comenzará una campaña para vacunar a 20.000 perros en un mes. La ciudad tiene "
         "unos 15.000 perros sin dueño, según cálculos municipales."),
        (St("\"⟦Cualquier mordedura, incluso un pequeño arañazo, debe tratarse como una urgencia⟧\"",
            "Beatriz Quiroga", "direct", "rd12-u1"),
         St("referencia, ⟦nueve de los doce perros analizados dieron positivo⟧",
            "Marivela national reference laboratory", "indirect", "rd12-u3"),
         St("anunció que ⟦el lunes comenzará una campaña para vacunar a 20.000 perros en un mes⟧", "Beatriz Quiroga",
            "indirect", "rd12-u2"),
         St("⟦La ciudad tiene unos 15.000 perros sin dueño⟧, según", "Puerto Ocaso city hall", "indirect",
            "rd12-u5")),
        (Fg("dejado ⟦37⟧ personas", 37, None, "wounded", "rd12-q-bitten"),
         Fg("⟦nueve⟧ de los doce", 9, None, "other", "rd12-q-positive"),
         Fg("de los ⟦doce⟧ perros", 12, None, "other", "rd12-q-tested"),
         Fg("a ⟦20.000⟧ perros", 20_000, None, "other", "rd12-q-vaccinate"),
         Fg("unos ⟦15.000⟧ perros", 15_000, "about", "other", "rd12-q-strays"))),
    Art("ml12-rabies-dogs", "lahnbote.example", "panorama/tollwut-strassenhunde-puerto-ocaso-1.7720", "2026-03-05",
        "de",
        "Tollwut unter Straßenhunden: 37 Menschen in Puerto Ocaso gebissen",
        ("In der marivelischen Hafenstadt Puerto Ocaso breitet sich unter Straßenhunden die Tollwut aus. Innerhalb "
         "von zwei Wochen wurden 37 Menschen gebissen, ein achtjähriger Junge starb am Montag.",
         "Das nationale Referenzlabor wies das Virus bei neun von zwölf untersuchten Hunden nach. „Jeder Biss, "
         "selbst ein kleiner Kratzer, muss als Notfall behandelt werden“, mahnte die städtische "
         "Gesundheitsdezernentin Beatriz Quiroga.",
         "Nach ihren Worten sollen ab Montag binnen eines Monats 20.000 Hunde geimpft werden. Tierschützer lehnen "
         "Tötungen ab: Massenkeulungen seien „grausam und nutzlos“, sagte Tomás Alcaraz von der Organisation Patas "
         "Libres."),
        (St("„⟦Jeder Biss, selbst ein kleiner Kratzer, muss als Notfall behandelt werden⟧“", "Beatriz Quiroga",
            "direct", "rd12-u1"),
         St("Worten ⟦sollen ab Montag binnen eines Monats 20.000 Hunde geimpft werden⟧", "Beatriz Quiroga",
            "indirect", "rd12-u2"),
         St("⟦Massenkeulungen seien „grausam und nutzlos“⟧, sagte", "Tomás Alcaraz", "partial", "rd12-u4")),
        (Fg("wurden ⟦37⟧ Menschen", 37, None, "wounded", "rd12-q-bitten"),
         Fg("bei ⟦neun⟧ von zwölf", 9, None, "other", "rd12-q-positive"),
         Fg("von ⟦zwölf⟧ untersuchten", 12, None, "other", "rd12-q-tested"),
         Fg("⟦20.000⟧ Hunde", 20_000, None, "other", "rd12-q-vaccinate"))),
    Art("ml12-rabies-dogs", "hanseomilbo.example", "news/articleView.html?idxno=38802", "2026-03-05", "ko",
        "마리벨라 항구도시 떠돌이 개 광견병 확산…2주 새 37명 물려",
        ("마리벨라의 항구도시 푸에르토 오카소에서 떠돌이 개들 사이에 광견병이 번지면서 2주 동안 37명이 개에 "
         "물렸다. 이 가운데 8살 남자아이가 지난 2일 숨졌다.",
         "베아트리스 키로가 시 보건국장은 “아무리 작은 긁힘이라도 물린 상처는 모두 응급 상황으로 다뤄야 한다”고 "
         "당부했다. 키로가 국장은 다음 주 월요일부터 한 달 동안 개 2만 마리에게 백신을 접종하겠다고 밝혔다.",
         "시 당국에 따르면 주인 없는 개는 1만5천 마리가량이다. 동물보호단체 ‘파타스 리브레스’의 토마스 알카라스 "
         "대변인은 대량 살처분이 “잔인하고 쓸모없다”고 반대했다."),
        (St("“⟦아무리 작은 긁힘이라도 물린 상처는 모두 응급 상황으로 다뤄야 한다⟧”", "Beatriz Quiroga", "direct",
            "rd12-u1"),
         St("국장은 ⟦다음 주 월요일부터 한 달 동안 개 2만 마리에게 백신을 접종하겠다⟧고", "Beatriz Quiroga",
            "indirect", "rd12-u2"),
         St("따르면 ⟦주인 없는 개는 1만5천 마리가량이다⟧", "Puerto Ocaso city hall", "indirect", "rd12-u5"),
         St("대변인은 ⟦대량 살처분이 “잔인하고 쓸모없다”⟧고", "Tomás Alcaraz", "partial", "rd12-u4")),
        (Fg("동안 ⟦37⟧명이", 37, None, "wounded", "rd12-q-bitten"),
         Fg("개 ⟦2만⟧ 마리", 20_000, None, "other", "rd12-q-vaccinate"),
         Fg("개는 ⟦1만5천⟧ 마리가량", 15_000, "about", "other", "rd12-q-strays"))),
    Art("ml12-rabies-dogs", "ilcorrieredellesponde.example", "esteri/2026/03/05/puerto-ocaso-rabbia-randagi",
        "2026-03-05", "it",
        "Puerto Ocaso, focolaio di rabbia tra i randagi: 37 persone morse",
        ("È salito a 37 il numero delle persone morse da cani randagi in due settimane a Puerto Ocaso, in Marivela, "
         "dove è in corso un focolaio di rabbia. Un bambino di otto anni è morto lunedì.",
         "Secondo il laboratorio nazionale di riferimento, il virus è stato trovato in nove dei dodici cani "
         "esaminati. La responsabile della Sanità comunale, Beatriz Quiroga, ha spiegato che da lunedì partirà una "
         "campagna per vaccinare 20mila cani entro un mese.",
         "Gli animalisti si oppongono agli abbattimenti. «Uccidere in massa è crudele e non serve a niente», ha detto "
         "Tomás Alcaraz, portavoce dell'associazione Patas Libres. In città si stimano circa 15mila cani senza "
         "padrone."),
        (St("riferimento, ⟦il virus è stato trovato in nove dei dodici cani esaminati⟧",
            "Marivela national reference laboratory", "indirect", "rd12-u3"),
         St("spiegato che ⟦da lunedì partirà una campagna per vaccinare 20mila cani entro un mese⟧",
            "Beatriz Quiroga", "indirect", "rd12-u2"),
         St("«⟦Uccidere in massa è crudele e non serve a niente⟧»", "Tomás Alcaraz", "direct", "rd12-u4")),
        (Fg("a ⟦37⟧ il numero", 37, None, "wounded", "rd12-q-bitten"),
         Fg("in ⟦nove⟧ dei dodici", 9, None, "other", "rd12-q-positive"),
         Fg("dei ⟦dodici⟧ cani", 12, None, "other", "rd12-q-tested"),
         Fg("vaccinare ⟦20mila⟧ cani", 20_000, None, "other", "rd12-q-vaccinate"),
         Fg("circa ⟦15mila⟧ cani", 15_000, "about", "other", "rd12-q-strays"))),
    Art("ml12-rabies-dogs", "correiodasaldeias.example", "mundo/2026/03/06/raiva-caes-puerto-ocaso", "2026-03-06",
        "pt",
        "Surto de raiva em cães de rua: já são 41 as pessoas mordidas em Puerto Ocaso",
        ("Subiu para 41 o número de pessoas mordidas por cães de rua em Puerto Ocaso, na Marivela, onde um surto de "
         "raiva já matou uma criança de oito anos, informou nesta sexta-feira a secretaria municipal de Saúde.",
         "“Qualquer mordedura, mesmo um pequeno arranhão, tem de ser tratada como uma urgência”, alertou a "
         "secretária de Saúde, Beatriz Quiroga. A campanha de vacinação, que começa na segunda-feira, quer imunizar "
         "20 mil cães num mês, acrescentou.",
         "De acordo com a prefeitura, há na cidade cerca de 15 mil cães sem dono. Tomás Alcaraz, porta-voz da "
         "associação Patas Libres, considera que o abate em massa seria “cruel e inútil”."),
        (St("⟦Subiu para 41 o número de pessoas mordidas por cães de rua em Puerto Ocaso, na Marivela, onde um surto "
            "de raiva já matou uma criança de oito anos⟧, informou", "Puerto Ocaso health department", "indirect",
            "rd12-u6"),
         St("“⟦Qualquer mordedura, mesmo um pequeno arranhão, tem de ser tratada como uma urgência⟧”",
            "Beatriz Quiroga", "direct", "rd12-u1"),
         St("⟦A campanha de vacinação, que começa na segunda-feira, quer imunizar 20 mil cães num mês⟧, acrescentou",
            "Beatriz Quiroga", "indirect", "rd12-u2"),
         St("prefeitura, ⟦há na cidade cerca de 15 mil cães sem dono⟧", "Puerto Ocaso city hall", "indirect",
            "rd12-u5"),
         St("considera que ⟦o abate em massa seria “cruel e inútil”⟧", "Tomás Alcaraz", "partial", "rd12-u4")),
        (Fg("para ⟦41⟧ o número", 41, None, "wounded", "rd12-q-bitten"),
         Fg("imunizar ⟦20 mil⟧ cães", 20_000, None, "other", "rd12-q-vaccinate"),
         Fg("cerca de ⟦15 mil⟧ cães", 15_000, "about", "other", "rd12-q-strays"))),
    # ---------------------------------------------------------------- ml12-river-pollution (test)
    Art("ml12-river-pollution", "themeridianpost.example", "world/2026/06/08/velsenia-melna-tannery-spill",
        "2026-06-08", "en",
        "Tannery spill poisons Velsenian river, cuts drinking water to 85,000",
        ("More than 30 tonnes of dead fish have been pulled from the Melna river in Velsenia since Saturday, after "
         "chromium-laced waste from a tannery in Pravlo poured into the water. Some 85,000 residents of Haldrun and "
         "neighbouring villages have been told not to drink tap water.",
         '"The river has been poisoned from the tannery outflow all the way down to the Berren weir," said Jonas '
         "Welander, director of the national environment agency. He said chromium levels had reached 14 times the "
         "legal limit along a 40-kilometre stretch.",
         "Corvel Leather said in a statement that the waste had escaped from a damaged retention tank and that the "
         'leak had been stopped on Sunday. "I have fished here for forty years and never seen anything like this," '
         "said an angler in Haldrun who did not want to be named."),
        (St('"⟦The river has been poisoned from the tannery outflow all the way down to the Berren weir⟧,"',
            "Jonas Welander", "direct", "rp12-u1"),
         St("He said ⟦chromium levels had reached 14 times the legal limit along a 40-kilometre stretch⟧",
            "Jonas Welander", "indirect", "rp12-u2"),
         St("statement that ⟦the waste had escaped from a damaged retention tank and that the leak had been stopped "
            "on Sunday⟧", "Corvel Leather", "indirect", "rp12-u3"),
         St('"⟦I have fished here for forty years and never seen anything like this⟧,"',
            "Haldrun angler (anonymous)", "direct", "rp12-u5")),
        (Fg("More than ⟦30⟧ tonnes", 30, "more than", "other", "rp12-q-fish"),
         Fg("Some ⟦85,000⟧ residents", 85_000, "about", "other", "rp12-q-no-water"),
         Fg("reached ⟦14⟧ times", 14, None, "other", "rp12-q-ratio"),
         Fg("a ⟦40⟧-kilometre", 40, None, "other", "rp12-q-stretch"))),
    Art("ml12-river-pollution", "oderbote.example", "panorama/fischsterben-melna-gerberei-1.4478", "2026-06-08",
        "de",
        "Giftige Gerbereiabwässer: Fischsterben in der Melna",
        ("Nach dem Austritt chromhaltiger Abwässer aus einer Gerberei in Pravlo sind aus dem Fluss Melna seit "
         "Samstag mehr als 30 Tonnen toter Fische geborgen worden. Rund 85.000 Einwohner von Haldrun und umliegenden "
         "Dörfern dürfen kein Leitungswasser trinken.",
         "„Der Fluss ist vom Auslass der Gerberei bis hinunter zum Berren-Wehr vergiftet“, sagte der Direktor der "
         "nationalen Umweltbehörde, Jonas Welander. Auf einer Strecke von 40 Kilometern liege der Chromgehalt beim "
         "14-Fachen des Grenzwerts, fügte er hinzu.",
         "Die Firma Corvel Leather erklärte, das Abwasser sei aus einem beschädigten Rückhaltebecken ausgetreten und "
         "das Leck am Sonntag geschlossen worden. Haldruns Bürgermeisterin Mirela Dorcas sagte, die Menschen "
         "fühlten sich „verraten“."),
        (St("„⟦Der Fluss ist vom Auslass der Gerberei bis hinunter zum Berren-Wehr vergiftet⟧“", "Jonas Welander",
            "direct", "rp12-u1"),
         St("⟦Auf einer Strecke von 40 Kilometern liege der Chromgehalt beim 14-Fachen des Grenzwerts⟧, fügte er",
            "Jonas Welander", "indirect", "rp12-u2"),
         St("erklärte, ⟦das Abwasser sei aus einem beschädigten Rückhaltebecken ausgetreten und das Leck am Sonntag "
            "geschlossen worden⟧", "Corvel Leather", "indirect", "rp12-u3"),
         St("sagte, ⟦die Menschen fühlten sich „verraten“⟧", "Mirela Dorcas", "partial", "rp12-u4")),
        (Fg("mehr als ⟦30⟧ Tonnen", 30, "more than", "other", "rp12-q-fish"),
         Fg("Rund ⟦85.000⟧ Einwohner", 85_000, "about", "other", "rp12-q-no-water"),
         Fg("von ⟦40⟧ Kilometern", 40, None, "other", "rp12-q-stretch"),
         Fg("beim ⟦14⟧-Fachen", 14, None, "other", "rp12-q-ratio"))),
    Art("ml12-river-pollution", "gangbyeonilbo.example", "news/articleView.html?idxno=51267", "2026-06-09", "ko",
        "벨세니아 멜나강에 무두질 공장 폐수…물고기 30여t 떼죽음",
        ("벨세니아 프라블로의 무두질 공장에서 크롬이 섞인 폐수가 멜나강으로 흘러들어 6일 이후 죽은 물고기 30여t이 "
         "건져졌다. 하류 할드룬과 인근 마을 주민 8만5천 명에게는 수돗물을 마시지 말라는 권고가 내려졌다.",
         "요나스 벨란데르 국가환경청장은 “공장 배출구에서 베렌 보까지 강 전체가 오염됐다”고 말했다. 그는 40㎞ "
         "구간에서 크롬 농도가 기준치의 14배에 달했다고 덧붙였다.",
         "익명을 요구한 한 어부는 “40년 동안 여기서 고기를 잡았지만 이런 일은 처음 본다”고 말했다. 미렐라 도르카스 "
         "할드룬 시장은 주민들이 “배신감을 느끼고 있다”고 전했다."),
        (St("“⟦공장 배출구에서 베렌 보까지 강 전체가 오염됐다⟧”", "Jonas Welander", "direct", "rp12-u1"),
         St("그는 ⟦40㎞ 구간에서 크롬 농도가 기준치의 14배에 달했다⟧고", "Jonas Welander", "indirect", "rp12-u2"),
         St("“⟦40년 동안 여기서 고기를 잡았지만 이런 일은 처음 본다⟧”", "Haldrun angler (anonymous)", "direct",
            "rp12-u5"),
         St("시장은 ⟦주민들이 “배신감을 느끼고 있다”⟧고", "Mirela Dorcas", "partial", "rp12-u4")),
        (Fg("물고기 ⟦30여⟧t", 30, "more than", "other", "rp12-q-fish"),
         Fg("주민 ⟦8만5천⟧ 명", 85_000, None, "other", "rp12-q-no-water"),
         Fg("그는 ⟦40⟧㎞", 40, None, "other", "rp12-q-stretch"),
         Fg("기준치의 ⟦14⟧배", 14, None, "other", "rp12-q-ratio"))),
    Art("ml12-river-pollution", "lestafettedesrives.example", "monde/velsenie-tannerie-melna-pollution", "2026-06-09",
        "fr",
        "Velsénie : les rejets d'une tannerie empoisonnent la Melna",
        ("Plus de 30 tonnes de poissons morts ont été retirées de la Melna depuis samedi, après le déversement "
         f"d'effluents chargés de chrome par une tannerie de Pravlo. Près de 90{NB}000 habitants de Haldrun et des "
         "villages voisins sont privés d'eau potable.",
         "Selon le directeur de l'agence nationale de l'environnement, Jonas Welander, la teneur en chrome atteint "
         "quatorze fois la limite autorisée sur une quarantaine de kilomètres. La société Corvel Leather assure que "
         "la fuite, provenant d'un bassin de rétention endommagé, a été colmatée dimanche.",
         f"«{NB}Les gens se sentent trahis{NB}», a confié la maire de Haldrun, Mirela Dorcas."),
        (St("Welander, ⟦la teneur en chrome atteint quatorze fois la limite autorisée sur une quarantaine de "
            "kilomètres⟧", "Jonas Welander", "indirect", "rp12-u2"),
         St("assure que ⟦la fuite, provenant d'un bassin de rétention endommagé, a été colmatée dimanche⟧",
            "Corvel Leather", "indirect", "rp12-u3"),
         St(f"«{NB}⟦Les gens se sentent trahis⟧{NB}»", "Mirela Dorcas", "direct", "rp12-u4")),
        (Fg("Plus de ⟦30⟧ tonnes", 30, "more than", "other", "rp12-q-fish"),
         Fg(f"Près de ⟦90{NB}000⟧ habitants", 90_000, "nearly", "other", "rp12-q-no-water"),
         Fg("atteint ⟦quatorze⟧ fois", 14, None, "other", "rp12-q-ratio"),
         Fg("⟦une quarantaine⟧ de kilomètres", 40, "about", "other", "rp12-q-stretch"))),
    Art("ml12-river-pollution", "elpregonerodelnorte.example", "internacional/2026-06-08/vertido-rio-melna",
        "2026-06-08", "es",
        "Un vertido de una curtiduría envenena el río Melna en Velsenia",
        ("Más de 30 toneladas de peces muertos han sido retiradas del río Melna desde el sábado tras el vertido de "
         "residuos con cromo de una curtiduría de Pravlo, en Velsenia. Unos 85.000 vecinos de Haldrun no pueden "
         "beber agua del grifo.",
         "\"El río está envenenado desde la salida de la curtiduría hasta la presa de Berren\", afirmó el director "
         "de la agencia nacional de Medio Ambiente, Jonas Welander. Según sus datos, el cromo supera en 14 veces el "
         "límite legal.",
         "\"Llevo cuarenta años pescando aquí y nunca había visto nada igual\", contó un pescador de Haldrun que "
         "prefirió no dar su nombre. La empresa Corvel Leather sostuvo que la fuga se debió a un depósito de "
         "retención dañado."),
        (St("\"⟦El río está envenenado desde la salida de la curtiduría hasta la presa de Berren⟧\"",
            "Jonas Welander", "direct", "rp12-u1"),
         St("Según sus datos, ⟦el cromo supera en 14 veces el límite legal⟧", "Jonas Welander", "indirect",
            "rp12-u2"),
         St("\"⟦Llevo cuarenta años pescando aquí y nunca había visto nada igual⟧\"", "Haldrun angler (anonymous)",
            "direct", "rp12-u5"),
         St("sostuvo que ⟦la fuga se debió a un depósito de retención dañado⟧", "Corvel Leather", "indirect",
            "rp12-u3")),
        (Fg("Más de ⟦30⟧ toneladas", 30, "more than", "other", "rp12-q-fish"),
         Fg("Unos ⟦85.000⟧ vecinos", 85_000, "about", "other", "rp12-q-no-water"),
         Fg("en ⟦14⟧ veces", 14, None, "other", "rp12-q-ratio"))),
)

SPEAKER_FORMS_43: dict[str, tuple[str, ...]] = {
    "Ilona Varga": ("Ilona Varga", "Varga", "일로나 바르가", "바르가 위원장", "일로나 바르가 위원장",
                    "Vorsitzende der Ärztegewerkschaft", "presidente do sindicato"),
    "Rasmus Oldeholm": ("Rasmus Oldeholm", "Oldeholm", "라스무스 올데홀름", "올데홀름 보건장관",
                        "라스무스 올데홀름 보건장관", "Gesundheitsminister Rasmus Oldeholm"),
    "Talmera health authority": ("provincial health authority", "health authority", "주 보건당국", "보건당국",
                                 "autorità sanitaria provinciale"),
    "Talmera doctors' union": ("sindicato", "sindicato dos médicos", "doctors' union", "Ärztegewerkschaft",
                               "sindacato dei medici", "의사노조"),
    "Marta Ilundain": ("Marta Ilundain", "Ilundain", "마르타 일룬다인", "일룬다인 청장", "마르타 일룬다인 민방위청장",
                       "Leiterin des Zivilschutzes", "directora de Protección Civil", "directrice"),
    "Pavel Droz": ("Pavel Droz", "Droz", "파벨 드로즈", "파벨 드로즈 교수", "geólogo Pavel Droz"),
    "Vialpina": ("Vialpina", "Straßenbetreiber", "Straßenbetreiber Vialpina", "exploitant de la route"),
    "Helena Corbal": ("Helena Corbal", "Corbal", "Verkehrsministerin Helena Corbal", "ministra dos Transportes"),
    "Montavia civil protection": ("protection civile", "protection civile montavienne", "Protección Civil",
                                  "Zivilschutz", "민방위청"),
    "Lukas Ferrand": ("Lukas Ferrand", "Ferrand", "루카스 페랑", "루카스 페랑 캠프 책임자", "Lagerleiter Lukas Ferrand",
                      "directeur du camp", "responsabile del campo", "camp director"),
    "Odile Sarrazin": ("Odile Sarrazin", "Sarrazin", "오딜 사라쟁", "오딜 사라쟁 브레반 시장", "maire de Brevanne",
                       "sindaca"),
    "Anselm Kreuter": ("Anselm Kreuter", "Kreuter", "안젤름 크로이터", "안젤름 크로이터 과장",
                       "primario del pronto soccorso"),
    "Savernian weather service": ("national weather service", "weather service", "Wetterdienst",
                                  "nationaler Wetterdienst", "Météo-Savernie"),
    "Rodrigo Ameixial": ("Rodrigo Ameixial", "Ameixial", "호드리구 아메이시알", "호드리구 아메이시알 시장",
                         "presidente da câmara", "alcalde", "Bürgermeister Rodrigo Ameixial",
                         "Mayor Rodrigo Ameixial"),
    "Sílvia Mendes": ("Sílvia Mendes", "Silvia Mendes", "Mendes", "실비아 멘데스", "실비아 멘데스 소방대장",
                      "comandante dos bombeiros", "coronel Sílvia Mendes", "Feuerwehrkommandantin Sílvia Mendes",
                      "jefa de bomberos", "Fire chief Sílvia Mendes"),
    "Vila Serena police source (anonymous)": ("police source", "A police source", "Polizeikreisen", "경찰 관계자",
                                              "관계자"),
    "Chiara Benvenuti": ("Chiara Benvenuti", "Benvenuti", "키아라 벤베누티", "Ärztin Chiara Benvenuti",
                         "doctora Chiara Benvenuti", "medico della ong Mare Aperto"),
    "Salvatore Orlandino": ("Salvatore Orlandino", "Orlandino", "살바토레 오를란디노", "살바토레 오를란디노 시장",
                            "sindaco", "Bürgermeister Salvatore Orlandino", "alcalde de Scarvoni"),
    "Scarvoni port authority": ("Capitaneria di porto", "Hafenbehörde", "항만당국", "capitainerie du port",
                                "capitainerie"),
    "Scarvoni boat survivors": ("superstiti", "Alcuni superstiti", "Überlebende", "생존자들", "supervivientes",
                                "rescapés", "des rescapés"),
    "Halvard Brenne": ("Halvard Brenne", "Brenne", "할바르드 브렌네", "할바르드 브렌네 최고경영자",
                       "directeur général"),
    "Ragna Tollefsen": ("Ragna Tollefsen", "Tollefsen", "라그나 톨레프센", "라그나 톨레프센 에너지장관",
                        "Energieministerin Ragna Tollefsen", "ministra da Energia", "Energy Minister Ragna Tollefsen"),
    "Eskernet": ("Eskernet", "에스케르네트", "회사 측", "Netzbetreiber", "opérateur du réseau", "grid operator"),
    "Eskeria police": ("Police", "police", "Polizei", "경찰", "polícia"),
    "Eskernet engineer (anonymous)": ("An Eskernet engineer", "Eskernet engineer", "ingénieur d'Eskernet",
                                      "Un ingénieur d'Eskernet", "engenheiro da Eskernet",
                                      "Um engenheiro da Eskernet"),
    "Beatriz Quiroga": ("Beatriz Quiroga", "Quiroga", "베아트리스 키로가", "베아트리스 키로가 시 보건국장", "키로가 국장",
                        "secretaria de Salud municipal", "secretária de Saúde", "Gesundheitsdezernentin Beatriz Quiroga",
                        "responsabile della Sanità comunale"),
    "Tomás Alcaraz": ("Tomás Alcaraz", "Tomas Alcaraz", "Alcaraz", "토마스 알카라스", "토마스 알카라스 대변인",
                      "porta-voz da associação Patas Libres", "portavoce dell'associazione Patas Libres"),
    "Marivela national reference laboratory": ("laboratorio nacional de referencia",
                                               "laboratorio nazionale di riferimento", "Referenzlabor"),
    "Puerto Ocaso city hall": ("cálculos municipales", "시 당국", "prefeitura", "city hall"),
    "Puerto Ocaso health department": ("secretaria municipal de Saúde", "secretaría de Salud"),
    "Jonas Welander": ("Jonas Welander", "Welander", "요나스 벨란데르", "요나스 벨란데르 국가환경청장",
                       "director of the national environment agency"),
    "Corvel Leather": ("Corvel Leather", "Corvel", "Firma Corvel Leather", "société Corvel Leather",
                       "empresa Corvel Leather"),
    "Mirela Dorcas": ("Mirela Dorcas", "Dorcas", "미렐라 도르카스", "미렐라 도르카스 할드룬 시장",
                      "Bürgermeisterin Mirela Dorcas", "maire de Haldrun"),
    "Haldrun angler (anonymous)": ("an angler in Haldrun", "angler", "한 어부", "어부", "un pescador de Haldrun",
                                   "pescador"),
}
