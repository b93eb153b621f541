"""Stories of the fifth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (both test, listed in TEST_STORIES there): a five-storey apartment block that partly collapses while
its ground floor is being converted, with the dead, injured, trapped and rescued counted over two days
(ml6-building-collapse); runners collapsing in the heat of a city marathon, with treated and hospitalised runners
counted on the race day and revised the day after (ml6-marathon-heat).

Annotation choices beyond the protocol: people still trapped under the rubble or not yet accounted for are
`missing`; people pulled out alive are `other` (as rescued people are); runners treated by the medical teams and
runners taken to hospital are both `wounded` but separate quantities, as are the critically ill; starters, runners
who did not finish, firefighters at work and bottles of water handed out are `other`; a count's first value and its
revision the next day are the same quantity, and an earlier value a later article recalls (`frente a los 17`) is
still a figure of it; `un`/`uma`/`one` used as a count (`un muerto`, `há ainda uma pessoa desaparecida`) is a
figure, an indefinite article introducing a person (`un atleta francés`) is not; a count an authority raises with a
counting verb and no speech cue (`elevó a 23`) is a figure, not a statement; one cue before two clauses joined by
`y que`/`but that` gives two statements; a written company statement is the company's.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_19: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: a building collapse (TEST)
    Art("ml6-building-collapse", "lagazzettadisorvegno.example", "cronaca/2026/10/20/crollo-via-dei-cordai",
        "2026-10-20", "it",
        "Crolla una palazzina in ristrutturazione a Sorvegno: tre morti, si scava tra le macerie",
        ("Tre morti, undici feriti, quattro dei quali in gravi condizioni, e almeno quattro persone che mancano "
         "ancora all'appello. È il bilancio, ancora provvisorio, del crollo che alle 7.10 di questa mattina ha "
         "sventrato la palazzina di cinque piani al civico 9 di via dei Cordai, nel quartiere di Borgo Sant'Ilario. "
         "Cinque inquilini sono stati estratti vivi dalle macerie nel corso della giornata.",
         "Al piano terra, dove fino all'anno scorso c'era un forno, l'impresa Costruzioni Ferralba stava lavorando "
         "da tre settimane per trasformare i locali in un ambulatorio medico. Una residente dello stabile accanto, "
         "che chiede di non essere nominata, racconta che da giorni gli inquilini sentivano «scricchiolii nei muri, "
         "soprattutto di notte».",
         "«Scaviamo a mano, pietra dopo pietra, perché là sotto qualcuno può essere ancora vivo», ha detto nel primo "
         "pomeriggio il comandante provinciale dei vigili del fuoco, Ruggero Valsecchi, che coordina gli oltre 120 "
         "pompieri arrivati anche dalle province vicine. Valsecchi ha spiegato che la parte dell'edificio rimasta in "
         "piedi potrebbe cedere da un momento all'altro.",
         "Secondo l'ingegnere capo del Comune, Elvira Monteleone, il cantiere era autorizzato soltanto per lavori "
         "interni al piano terra. In una nota diffusa in serata, Costruzioni Ferralba assicura che i suoi operai "
         "«non hanno toccato alcuna struttura portante».",
         "Sessantaquattro residenti dei due edifici confinanti sono stati evacuati e trascorreranno la notte in "
         "albergo o da parenti."),
        (St("racconta che ⟦da giorni gli inquilini sentivano «scricchiolii nei muri, soprattutto di notte»⟧",
            "Sorvegno neighbour (anonymous)", "partial", "bcol-u7"),
         St("«⟦Scaviamo a mano, pietra dopo pietra, perché là sotto qualcuno può essere ancora vivo⟧»",
            "Ruggero Valsecchi", "direct", "bcol-u1"),
         St("spiegato che ⟦la parte dell'edificio rimasta in piedi potrebbe cedere da un momento all'altro⟧",
            "Ruggero Valsecchi", "indirect", "bcol-u2"),
         St("Monteleone, ⟦il cantiere era autorizzato soltanto per lavori interni al piano terra⟧",
            "Elvira Monteleone", "indirect", "bcol-u3"),
         St("assicura che ⟦i suoi operai «non hanno toccato alcuna struttura portante»⟧", "Costruzioni Ferralba",
            "partial", "bcol-u5")),
        (Fg("⟦Tre⟧ morti", 3, None, "killed", "bcol-q-killed"),
         Fg("⟦undici⟧ feriti", 11, None, "wounded", "bcol-q-wounded"),
         Fg("⟦quattro⟧ dei quali", 4, None, "wounded", "bcol-q-serious"),
         Fg("almeno ⟦quattro⟧ persone", 4, "at least", "missing", "bcol-q-trapped"),
         Fg("⟦Cinque⟧ inquilini", 5, None, "other", "bcol-q-rescued"),
         Fg("oltre ⟦120⟧ pompieri", 120, "more than", "other", "bcol-q-firefighters"),
         Fg("⟦Sessantaquattro⟧ residenti", 64, None, "displaced", "bcol-q-evacuated"))),
    Art("ml6-building-collapse", "suedalpenkurier.example", "panorama/sorvegno-wohnhaus-eingestuerzt-1.88341",
        "2026-10-20", "de",
        "Wohnhaus in Norditalien eingestürzt – drei Tote, mehrere Verschüttete",
        ("In der norditalienischen Stadt Sorvegno ist am Dienstagmorgen ein fünfstöckiges Wohnhaus während "
         "Umbauarbeiten teilweise eingestürzt. Mindestens drei Menschen kamen ums Leben, elf wurden verletzt. Am "
         "Abend galten noch mindestens vier Bewohner als verschüttet; fünf konnten die Retter lebend aus den "
         "Trümmern ziehen.",
         "„Wir graben mit den Händen, Stein für Stein, denn da unten kann noch jemand am Leben sein“, sagte der "
         "Feuerwehrkommandant der Provinz, Ruggero Valsecchi. Mehr als 120 Feuerwehrleute sind im Einsatz. Der noch "
         "stehende Teil des Gebäudes könne jederzeit nachgeben, warnte Valsecchi.",
         "Im Erdgeschoss, einer früheren Bäckerei, sollte eine Arztpraxis entstehen. Laut der Leiterin des "
         "städtischen Bauamts, Elvira Monteleone, war die Baustelle nur für Arbeiten im Inneren genehmigt. Sie fügte "
         "hinzu, dass niemand eine Genehmigung zur Entfernung einer tragenden Wand beantragt habe. Die Baufirma "
         "Costruzioni Ferralba erklärte am Abend, ihre Arbeiter hätten keine tragenden Teile angerührt.",
         "Rund 60 Anwohner aus den beiden Nachbarhäusern mussten ihre Wohnungen verlassen."),
        (St("„⟦Wir graben mit den Händen, Stein für Stein, denn da unten kann noch jemand am Leben sein⟧“",
            "Ruggero Valsecchi", "direct", "bcol-u1"),
         St("⟦Der noch stehende Teil des Gebäudes könne jederzeit nachgeben⟧, warnte", "Ruggero Valsecchi",
            "indirect", "bcol-u2"),
         St("Monteleone, ⟦war die Baustelle nur für Arbeiten im Inneren genehmigt⟧", "Elvira Monteleone", "indirect",
            "bcol-u3"),
         St("hinzu, dass ⟦niemand eine Genehmigung zur Entfernung einer tragenden Wand beantragt habe⟧",
            "Elvira Monteleone", "indirect", "bcol-u4"),
         St("am Abend, ⟦ihre Arbeiter hätten keine tragenden Teile angerührt⟧", "Costruzioni Ferralba", "indirect",
            "bcol-u5")),
        (Fg("Mindestens ⟦drei⟧ Menschen", 3, "at least", "killed", "bcol-q-killed"),
         Fg("⟦elf⟧ wurden verletzt", 11, None, "wounded", "bcol-q-wounded"),
         Fg("mindestens ⟦vier⟧ Bewohner", 4, "at least", "missing", "bcol-q-trapped"),
         Fg("⟦fünf⟧ konnten", 5, None, "other", "bcol-q-rescued"),
         Fg("Mehr als ⟦120⟧ Feuerwehrleute", 120, "more than", "other", "bcol-q-firefighters"),
         Fg("Rund ⟦60⟧ Anwohner", 60, "about", "displaced", "bcol-q-evacuated"))),
    Art("ml6-building-collapse", "hanseongilbo.example", "news/articleView.html?idxno=613092", "2026-10-21", "ko",
        "이탈리아 소르베뇨 건물 붕괴…한국인 유학생 19시간 만에 구조",
        ("이탈리아 북부 소르베뇨에서 리모델링 공사 중이던 5층짜리 주거용 건물이 무너져 5명이 숨지고 13명이 다쳤다. "
         "잔해에 갇혀 있던 한국인 유학생 한지우(24) 씨는 사고 발생 약 19시간 만인 21일 새벽(현지시간) 구조됐다.",
         "외교부에 따르면 한씨는 다리에 골절상을 입었으나 생명에는 지장이 없다. 한씨는 입원 중인 병원에서 본지와 "
         "전화 통화를 하며 “숨 쉴 수 있는 작은 틈이 있어서 버틸 수 있었다”고 말했다.",
         "루제로 발세키 소방본부장은 21일 오전 기자회견에서 “마지막 한 사람을 찾을 때까지 수색을 멈추지 "
         "않겠다”고 말했다. 소방당국에 따르면 밤사이 한씨 등 2명이 더 구조되면서 생존 구조자는 모두 7명으로 "
         "늘었고, 아직 1명이 실종 상태다. 현장에는 소방관 200여 명이 투입됐다.",
         "사고가 난 건물 1층에서는 현지 시공사 코스트루치오니 페랄바가 옛 제과점을 병원 진료실로 바꾸는 공사를 "
         "하고 있었다. 엘비라 몬텔레오네 시 건축국장은 공사 허가가 1층 내부 공사에 한정돼 있었다고 밝혔다. "
         "시공사 측은 성명을 내고 자사 인부들이 하중을 받치는 구조물에는 손을 대지 않았다고 반박했다. 인근 건물 "
         "주민 60여 명은 대피했다."),
        (St("따르면 ⟦한씨는 다리에 골절상을 입었으나 생명에는 지장이 없다⟧", "South Korean foreign ministry",
            "indirect", "bcol-u11"),
         St("“⟦숨 쉴 수 있는 작은 틈이 있어서 버틸 수 있었다⟧”", "Han Ji-woo", "direct", "bcol-u10"),
         St("“⟦마지막 한 사람을 찾을 때까지 수색을 멈추지 않겠다⟧”", "Ruggero Valsecchi", "direct", "bcol-u8"),
         St("소방당국에 따르면 ⟦밤사이 한씨 등 2명이 더 구조되면서 생존 구조자는 모두 7명으로 늘었고, 아직 1명이 "
            "실종 상태다⟧", "Sorvegno fire brigade", "indirect", "bcol-u9"),
         St("건축국장은 ⟦공사 허가가 1층 내부 공사에 한정돼 있었다⟧고", "Elvira Monteleone", "indirect", "bcol-u3"),
         St("성명을 내고 ⟦자사 인부들이 하중을 받치는 구조물에는 손을 대지 않았다⟧고", "Costruzioni Ferralba",
            "indirect", "bcol-u5")),
        (Fg("⟦5⟧명이 숨지고", 5, None, "killed", "bcol-q-killed"),
         Fg("⟦13⟧명이 다쳤다", 13, None, "wounded", "bcol-q-wounded"),
         Fg("모두 ⟦7⟧명으로", 7, None, "other", "bcol-q-rescued"),
         Fg("아직 ⟦1⟧명이 실종", 1, None, "missing", "bcol-q-trapped"),
         Fg("소방관 ⟦200여⟧ 명", 200, "more than", "other", "bcol-q-firefighters"),
         Fg("주민 ⟦60여⟧ 명은", 60, "more than", "displaced", "bcol-q-evacuated"))),
    Art("ml6-building-collapse", "jornaldonorte.example", "mundo/2026/10/21/portugueses-feridos-desabamento-sorvegno",
        "2026-10-21", "pt",
        "Dois operários portugueses entre os feridos do desabamento de um prédio em Itália",
        ("Dois trabalhadores portugueses da construtora que fazia obras no rés-do-chão do prédio que ruiu na "
         "terça-feira em Sorvegno, no norte de Itália, estão entre os feridos, um deles em estado grave. O Ministério "
         "dos Negócios Estrangeiros confirmou a informação ao nosso jornal e acrescentou que ambos estão a ser "
         "acompanhados pelo consulado-geral em Milão.",
         "O balanço subiu esta quarta-feira para cinco mortos e 13 feridos. Segundo os bombeiros italianos, sete "
         "pessoas foram retiradas com vida dos escombros, entre elas uma estudante sul-coreana que passou 19 horas "
         "soterrada, e há ainda uma pessoa desaparecida.",
         "“Não vamos parar enquanto não encontrarmos a última pessoa”, afirmou o comandante dos bombeiros da "
         "província, Ruggero Valsecchi. Cerca de 60 moradores dos prédios vizinhos tiveram de ser realojados.",
         "A construtora, Costruzioni Ferralba, garante em comunicado que os seus operários “não tocaram em nenhuma "
         "parede mestra”. Já a engenheira-chefe da câmara municipal, Elvira Monteleone, afirmou que a licença "
         "abrangia apenas obras no interior do rés-do-chão."),
        (St("acrescentou que ⟦ambos estão a ser acompanhados pelo consulado-geral em Milão⟧",
            "Portuguese foreign ministry", "indirect", "bcol-u12"),
         St("Segundo os bombeiros italianos, ⟦sete pessoas foram retiradas com vida dos escombros, entre elas uma "
            "estudante sul-coreana que passou 19 horas soterrada, e há ainda uma pessoa desaparecida⟧",
            "Sorvegno fire brigade", "indirect", "bcol-u9"),
         St("“⟦Não vamos parar enquanto não encontrarmos a última pessoa⟧”", "Ruggero Valsecchi", "direct",
            "bcol-u8"),
         St("comunicado que ⟦os seus operários “não tocaram em nenhuma parede mestra”⟧", "Costruzioni Ferralba",
            "partial", "bcol-u5"),
         St("afirmou que ⟦a licença abrangia apenas obras no interior do rés-do-chão⟧", "Elvira Monteleone",
            "indirect", "bcol-u3")),
        (Fg("⟦Dois⟧ trabalhadores portugueses", 2, None, "wounded", "bcol-q-portuguese-injured"),
         Fg("para ⟦cinco⟧ mortos", 5, None, "killed", "bcol-q-killed"),
         Fg("e ⟦13⟧ feridos", 13, None, "wounded", "bcol-q-wounded"),
         Fg("italianos, ⟦sete⟧ pessoas", 7, None, "other", "bcol-q-rescued"),
         Fg("ainda ⟦uma⟧ pessoa desaparecida", 1, None, "missing", "bcol-q-trapped"),
         Fg("Cerca de ⟦60⟧ moradores", 60, "about", "displaced", "bcol-q-evacuated"))),
    Art("ml6-building-collapse", "ilquotidianopadano.example",
        "cronaca/2026/10/21/sorvegno-crollo-cinque-vittime-salvata-studentessa-coreana", "2026-10-21", "it",
        "Sorvegno, salgono a cinque le vittime del crollo. Salvata dopo 19 ore una studentessa coreana",
        ("È salito a cinque morti il bilancio del crollo di via dei Cordai a Sorvegno. I corpi di un uomo di 58 anni "
         "e di suo figlio sono stati recuperati all'alba, mentre nella notte i vigili del fuoco avevano estratto "
         "viva Han Ji-woo, studentessa sudcoreana di 24 anni iscritta al Politecnico, rimasta intrappolata per circa "
         "diciannove ore. Con lei sono sette le persone salvate; i feriti sono tredici.",
         "«C'era un piccolo spazio dove riuscivo a respirare, per questo ho resistito», ha detto la ragazza a un "
         "quotidiano del suo Paese. Secondo i vigili del fuoco, sotto le macerie manca ancora all'appello una donna di "
         "79 anni. Sul posto lavorano da ieri circa duecento vigili del fuoco.",
         "La procuratrice di Sorvegno, Marisa Bontempi, ha annunciato che il suo ufficio ha aperto un fascicolo per "
         "crollo colposo e omicidio colposo plurimo. Secondo fonti investigative, il direttore dei lavori è già "
         "iscritto nel registro degli indagati.",
         "«Faccio questo mestiere da trent'anni e non abbiamo mai toccato un muro portante», ha dichiarato davanti "
         "alle telecamere il titolare dell'impresa, Ottavio Ferralba. Elvira Monteleone, ingegnere capo del Comune, "
         "ha sottolineato invece che nessuno aveva chiesto l'autorizzazione ad abbattere pareti portanti."),
        (St("«⟦C'era un piccolo spazio dove riuscivo a respirare, per questo ho resistito⟧»", "Han Ji-woo", "direct",
            "bcol-u10"),
         St("Secondo i vigili del fuoco, ⟦sotto le macerie manca ancora all'appello una donna di 79 anni⟧",
            "Sorvegno fire brigade", "indirect", "bcol-u13"),
         St("annunciato che ⟦il suo ufficio ha aperto un fascicolo per crollo colposo e omicidio colposo plurimo⟧",
            "Marisa Bontempi", "indirect", "bcol-u14"),
         St("fonti investigative, ⟦il direttore dei lavori è già iscritto nel registro degli indagati⟧",
            "Sorvegno investigative sources (anonymous)", "indirect", "bcol-u15"),
         St("«⟦Faccio questo mestiere da trent'anni e non abbiamo mai toccato un muro portante⟧»", "Ottavio Ferralba",
            "direct", "bcol-u16"),
         St("invece che ⟦nessuno aveva chiesto l'autorizzazione ad abbattere pareti portanti⟧", "Elvira Monteleone",
            "indirect", "bcol-u4")),
        (Fg("salito a ⟦cinque⟧ morti", 5, None, "killed", "bcol-q-killed"),
         Fg("sono ⟦sette⟧ le persone", 7, None, "other", "bcol-q-rescued"),
         Fg("feriti sono ⟦tredici⟧", 13, None, "wounded", "bcol-q-wounded"),
         Fg("circa ⟦duecento⟧ vigili", 200, "about", "other", "bcol-q-firefighters"))),
    Art("ml6-building-collapse", "theeuropeanwire.example", "europe/2026/10/22/sorvegno-collapse-toll-six",
        "2026-10-22", "en",
        "Last missing resident found dead as Sorvegno collapse toll rises to six",
        ("Rescuers in the northern Italian town of Sorvegno on Wednesday recovered the body of a 79-year-old woman "
         "from the ruins of a five-storey apartment block, bringing the death toll from Tuesday's collapse to six and "
         "ending a search that lasted more than 30 hours. Thirteen people were injured and seven were pulled out "
         "alive, among them a South Korean student who spent 19 hours under the rubble.",
         '"We hoped until the very last moment," said Ruggero Valsecchi, the provincial fire commander. He said the '
         "search was over but that the part of the building still standing would have to be pulled down. The "
         "student, Han Ji-woo, told a South Korean newspaper from her hospital bed that a small gap \"where I could "
         'breathe" had kept her going.',
         "The ground floor, a former bakery, was being turned into a doctors' surgery by a local firm, Costruzioni "
         "Ferralba. Elvira Monteleone, the town's chief engineer, said the permit had covered \"only interior work "
         "on the ground floor\" and that nobody had asked to remove a load-bearing wall. The firm's owner, Ottavio "
         'Ferralba, insisted his workers had "never touched a load-bearing wall".',
         "Prosecutors have opened a manslaughter investigation. A neighbour, who asked not to be named, said "
         "residents had heard the walls creaking for days. More than 60 people from two adjoining buildings are "
         "still unable to return home."),
        (St('"⟦We hoped until the very last moment⟧,"', "Ruggero Valsecchi", "direct", "bcol-u17"),
         St("He said ⟦the search was over⟧", "Ruggero Valsecchi", "indirect", "bcol-u18"),
         St("but that ⟦the part of the building still standing would have to be pulled down⟧", "Ruggero Valsecchi",
            "indirect", "bcol-u19"),
         St('newspaper from her hospital bed that ⟦a small gap "where I could breathe" had kept her going⟧',
            "Han Ji-woo", "partial", "bcol-u10"),
         St('said ⟦the permit had covered "only interior work on the ground floor"⟧', "Elvira Monteleone", "partial",
            "bcol-u3"),
         St("and that ⟦nobody had asked to remove a load-bearing wall⟧", "Elvira Monteleone", "indirect", "bcol-u4"),
         St('insisted ⟦his workers had "never touched a load-bearing wall"⟧', "Ottavio Ferralba", "partial",
            "bcol-u16"),
         St("named, said ⟦residents had heard the walls creaking for days⟧", "Sorvegno neighbour (anonymous)",
            "indirect", "bcol-u7")),
        (Fg("collapse to ⟦six⟧", 6, None, "killed", "bcol-q-killed"),
         Fg("⟦Thirteen⟧ people were injured", 13, None, "wounded", "bcol-q-wounded"),
         Fg("and ⟦seven⟧ were pulled", 7, None, "other", "bcol-q-rescued"),
         Fg("More than ⟦60⟧ people", 60, "more than", "displaced", "bcol-q-evacuated"))),
    # ---------------------------------------------------------------- story: heat at a city marathon (TEST)
    Art("ml6-marathon-heat", "eldiariodetordesal.example", "local/2026/05/17/maraton-tordesal-calor-muerto",
        "2026-05-17", "es",
        "Un corredor muerto y 17 hospitalizados por el calor en la Maratón de Tordesal",
        ("La Maratón Internacional de Tordesal se saldó este domingo con un muerto, 17 corredores hospitalizados y "
         "más de 300 atendidos por los equipos sanitarios a lo largo del recorrido, en una mañana en la que los "
         "termómetros superaron los 33 grados. El fallecido, un atleta francés de 41 años, se desplomó a pocos "
         "kilómetros de la meta y murió por la tarde en el Hospital Universitario.",
         "De los 11.432 corredores que tomaron la salida a las 8.30, más de 2.000 abandonaron antes de llegar a la "
         "meta. Emergencias 112 Tordesal informó de que tres de los hospitalizados se encuentran en estado grave.",
         '"Cumplimos todos los protocolos y había agua cada cinco kilómetros", defendió el director de la carrera, '
         "Arturo Benavides, quien aseguró que las previsiones meteorológicas no justificaban suspender la prueba. "
         "Según la organización, se repartieron 250.000 botellas de agua.",
         "Según la jefa del dispositivo sanitario, Celia Valcárcel, la mayoría de los atendidos sufrieron "
         "deshidratación leve o calambres. Una voluntaria del avituallamiento del kilómetro 30, que prefirió no dar "
         "su nombre, contó a este periódico que hacia las 11.30 ya no quedaba agua fría y que tuvieron que rellenar "
         "los bidones con una manguera."),
        (St("informó de que ⟦tres de los hospitalizados se encuentran en estado grave⟧", "Emergencias 112 Tordesal",
            "indirect", "mara-u12"),
         St('"⟦Cumplimos todos los protocolos y había agua cada cinco kilómetros⟧", defendió', "Arturo Benavides",
            "direct", "mara-u1"),
         St("quien aseguró que ⟦las previsiones meteorológicas no justificaban suspender la prueba⟧",
            "Arturo Benavides", "indirect", "mara-u3"),
         St("organización, ⟦se repartieron 250.000 botellas de agua⟧", "Tordesal marathon organisers", "indirect",
            "mara-u2"),
         St("Valcárcel, ⟦la mayoría de los atendidos sufrieron deshidratación leve o calambres⟧", "Celia Valcárcel",
            "indirect", "mara-u5"),
         St("periódico que ⟦hacia las 11.30 ya no quedaba agua fría⟧", "Tordesal volunteer (anonymous)", "indirect",
            "mara-u16"),
         St("y que ⟦tuvieron que rellenar los bidones con una manguera⟧", "Tordesal volunteer (anonymous)",
            "indirect", "mara-u17")),
        (Fg("con ⟦un⟧ muerto", 1, None, "killed", "mara-q-killed"),
         Fg("⟦17⟧ corredores hospitalizados", 17, None, "wounded", "mara-q-hospitalised"),
         Fg("más de ⟦300⟧ atendidos", 300, "more than", "wounded", "mara-q-treated"),
         Fg("los ⟦11.432⟧ corredores", 11432, None, "other", "mara-q-starters"),
         Fg("más de ⟦2.000⟧ abandonaron", 2000, "more than", "other", "mara-q-dnf"),
         Fg("que ⟦tres⟧ de los hospitalizados", 3, None, "wounded", "mara-q-critical"),
         Fg("repartieron ⟦250.000⟧ botellas", 250000, None, "other", "mara-q-bottles"))),
    Art("ml6-marathon-heat", "saarlandecho.example", "sport/hitze-marathon-tordesal-laeufer-gestorben-1.40277",
        "2026-05-17", "de",
        "Hitze-Marathon in Spanien: Ein Toter, Hunderte Läufer behandelt",
        ("Beim Marathon im südspanischen Tordesal ist am Sonntag ein Läufer nach einem Zusammenbruch gestorben. Mehr "
         "als 300 Teilnehmer mussten wegen der Hitze medizinisch versorgt werden, siebzehn kamen ins Krankenhaus, drei "
         "davon in kritischem Zustand. Gestartet waren rund 11.400 Läuferinnen und Läufer; etwa 2.000 gaben "
         "vorzeitig auf.",
         "Der medizinischen Leiterin Celia Valcárcel zufolge litten die meisten Behandelten an leichter Dehydrierung "
         "oder Krämpfen. Renndirektor Arturo Benavides wies Kritik an der Organisation zurück: Man habe sich an alle "
         "Vorschriften gehalten, alle fünf Kilometer habe es Wasser gegeben. Nach Angaben der Veranstalter wurden "
         "250.000 Flaschen Wasser verteilt.",
         "Die Französin Mathilde Lamothe, die das Rennen nach gut vier Stunden beendete, schilderte die Lage anders. "
         "Ab Kilometer 30 habe es nur noch „lauwarmes Wasser und manchmal gar nichts mehr“ gegeben, sagte sie.",
         "Bürgermeisterin Remedios Quintanar kündigte an, dass der Start im kommenden Jahr auf sieben Uhr vorverlegt "
         "werde."),
        (St("zufolge ⟦litten die meisten Behandelten an leichter Dehydrierung oder Krämpfen⟧", "Celia Valcárcel",
            "indirect", "mara-u5"),
         St("zurück: ⟦Man habe sich an alle Vorschriften gehalten, alle fünf Kilometer habe es Wasser gegeben⟧",
            "Arturo Benavides", "indirect", "mara-u1"),
         St("Veranstalter ⟦wurden 250.000 Flaschen Wasser verteilt⟧", "Tordesal marathon organisers", "indirect",
            "mara-u2"),
         St("⟦Ab Kilometer 30 habe es nur noch „lauwarmes Wasser und manchmal gar nichts mehr“ gegeben⟧, sagte sie",
            "Mathilde Lamothe", "partial", "mara-u8"),
         St("an, dass ⟦der Start im kommenden Jahr auf sieben Uhr vorverlegt werde⟧", "Remedios Quintanar",
            "indirect", "mara-u15")),
        (Fg("Mehr als ⟦300⟧ Teilnehmer", 300, "more than", "wounded", "mara-q-treated"),
         Fg("⟦siebzehn⟧ kamen", 17, None, "wounded", "mara-q-hospitalised"),
         Fg("⟦drei⟧ davon", 3, None, "wounded", "mara-q-critical"),
         Fg("rund ⟦11.400⟧ Läuferinnen", 11400, "about", "other", "mara-q-starters"),
         Fg("etwa ⟦2.000⟧ gaben", 2000, "about", "other", "mara-q-dnf"),
         Fg("wurden ⟦250.000⟧ Flaschen", 250000, None, "other", "mara-q-bottles"))),
    Art("ml6-marathon-heat", "lagirondedusoir.example", "faits-divers/2026/05/18/marathon-tordesal-libournais-mort",
        "2026-05-18", "fr",
        "Marathon de Tordesal : un Libournais meurt, une Bordelaise raconte l'enfer de la chaleur",
        ("Un habitant de Libourne âgé de 41 ans est mort dimanche après s'être effondré pendant le marathon de "
         "Tordesal, dans le sud de l'Espagne, couru sous une chaleur écrasante. Selon les services d'urgence "
         "espagnols, vingt-trois coureurs ont été hospitalisés et plus de 400 ont reçu des soins sur le parcours. "
         f"Plus de 11{NB}000 concurrents avaient pris le départ.",
         "D'après la médecin-cheffe du dispositif sanitaire, Celia Valcárcel, le quadragénaire a été victime d'un "
         f"arrêt cardiaque peu avant le 38e kilomètre. «{NB}Nous n'avions jamais vu autant de coups de chaleur en "
         f"une seule matinée{NB}», a-t-elle confié à la presse espagnole. Le ministère des Affaires étrangères a "
         "indiqué qu'il était en contact avec la famille.",
         "Mathilde Lamothe, une Bordelaise de 34 ans qui courait son troisième marathon, a bouclé la course en "
         f"4{NB}h{NB}12. «{NB}À partir du 30e kilomètre, il n'y avait plus que de l'eau tiède, et parfois plus rien "
         f"du tout{NB}», raconte-t-elle. Elle assure que plusieurs coureurs se sont effondrés sous ses yeux au bord "
         "de la route.",
         f"Le directeur de l'épreuve, Arturo Benavides, conteste que l'eau ait manqué. «{NB}Nous avons respecté tous "
         f"les protocoles et il y avait de l'eau tous les cinq kilomètres{NB}», a-t-il déclaré. Selon les "
         f"organisateurs, 250{NB}000 bouteilles ont été distribuées."),
        (St("⟦vingt-trois coureurs ont été hospitalisés et plus de 400 ont reçu des soins sur le parcours⟧",
            "Emergencias 112 Tordesal", "indirect", "mara-u13"),
         St("Valcárcel, ⟦le quadragénaire a été victime d'un arrêt cardiaque peu avant le 38e kilomètre⟧",
            "Celia Valcárcel", "indirect", "mara-u7"),
         St(f"«{NB}⟦Nous n'avions jamais vu autant de coups de chaleur en une seule matinée⟧{NB}»", "Celia Valcárcel",
            "direct", "mara-u6"),
         St("indiqué qu'⟦il était en contact avec la famille⟧", "French foreign ministry", "indirect", "mara-u18"),
         St(f"«{NB}⟦À partir du 30e kilomètre, il n'y avait plus que de l'eau tiède, et parfois plus rien du "
            f"tout⟧{NB}»", "Mathilde Lamothe", "direct", "mara-u8"),
         St("Elle assure que ⟦plusieurs coureurs se sont effondrés sous ses yeux au bord de la route⟧",
            "Mathilde Lamothe", "indirect", "mara-u9"),
         St("conteste que ⟦l'eau ait manqué⟧", "Arturo Benavides", "indirect", "mara-u4"),
         St(f"«{NB}⟦Nous avons respecté tous les protocoles et il y avait de l'eau tous les cinq kilomètres⟧{NB}»",
            "Arturo Benavides", "direct", "mara-u1"),
         St(f"organisateurs, ⟦250{NB}000 bouteilles ont été distribuées⟧", "Tordesal marathon organisers",
            "indirect", "mara-u2")),
        (Fg("⟦vingt-trois⟧ coureurs", 23, None, "wounded", "mara-q-hospitalised"),
         Fg("plus de ⟦400⟧ ont reçu", 400, "more than", "wounded", "mara-q-treated"),
         Fg(f"Plus de ⟦11{NB}000⟧ concurrents", 11000, "more than", "other", "mara-q-starters"),
         Fg(f"⟦250{NB}000⟧ bouteilles", 250000, None, "other", "mara-q-bottles"))),
    Art("ml6-marathon-heat", "baekdusinmun.example", "news/articleView.html?idxno=288415", "2026-05-18", "ko",
        "스페인 토르데살 마라톤서 폭염에 1명 사망…한국인 참가자 2명 응급처치",
        ("스페인 남부 토르데살에서 17일(현지시간) 열린 국제 마라톤 대회에서 33도를 웃도는 더위 속에 참가자 1명이 "
         "숨졌다. 숨진 참가자는 40대 프랑스인 남성으로, 결승선을 몇 ㎞ 앞두고 쓰러져 병원으로 옮겨졌으나 끝내 "
         "깨어나지 못했다. 현지 응급구조 당국에 따르면 23명이 병원으로 이송됐고, 코스 곳곳에서 치료를 받은 "
         "참가자는 400여 명에 이른다. 이번 대회에는 1만1천여 명이 출전했다.",
         "주스페인 한국대사관에 따르면 대회에 참가한 한국인 30여 명 가운데 2명이 현장에서 응급처치를 받았으나 "
         "병원으로 이송된 사람은 없다. 서울에서 온 김도현(38) 씨는 “30㎞ 지점부터는 아스팔트에서 올라오는 열기 "
         "때문에 숨이 턱턱 막혔다”고 말했다.",
         "셀리아 발카르셀 의료팀장에 따르면 치료를 받은 참가자 대부분은 가벼운 탈수나 근육 경련 증세를 보였다. "
         "아르투로 베나비데스 대회 디렉터는 “모든 규정을 지켰고 5㎞마다 물을 제공했다”고 말했다. 조직위원회는 "
         "코스 곳곳에서 생수 25만 병을 나눠줬다고 밝혔다."),
        (St("당국에 따르면 ⟦23명이 병원으로 이송됐고, 코스 곳곳에서 치료를 받은 참가자는 400여 명에 이른다⟧",
            "Emergencias 112 Tordesal", "indirect", "mara-u13"),
         St("한국대사관에 따르면 ⟦대회에 참가한 한국인 30여 명 가운데 2명이 현장에서 응급처치를 받았으나 병원으로 "
            "이송된 사람은 없다⟧", "South Korean embassy in Spain", "indirect", "mara-u11"),
         St("“⟦30㎞ 지점부터는 아스팔트에서 올라오는 열기 때문에 숨이 턱턱 막혔다⟧”", "Kim Do-hyun", "direct",
            "mara-u10"),
         St("의료팀장에 따르면 ⟦치료를 받은 참가자 대부분은 가벼운 탈수나 근육 경련 증세를 보였다⟧",
            "Celia Valcárcel", "indirect", "mara-u5"),
         St("“⟦모든 규정을 지켰고 5㎞마다 물을 제공했다⟧”", "Arturo Benavides", "direct", "mara-u1"),
         St("조직위원회는 ⟦코스 곳곳에서 생수 25만 병을 나눠줬다⟧고", "Tordesal marathon organisers", "indirect",
            "mara-u2")),
        (Fg("참가자 ⟦1⟧명이", 1, None, "killed", "mara-q-killed"),
         Fg("⟦23⟧명이 병원으로", 23, None, "wounded", "mara-q-hospitalised"),
         Fg("참가자는 ⟦400여⟧ 명", 400, "more than", "wounded", "mara-q-treated"),
         Fg("⟦1만1천여⟧ 명이 출전", 11000, "more than", "other", "mara-q-starters"),
         Fg("한국인 ⟦30여⟧ 명", 30, "more than", "other", "mara-q-korean-runners"),
         Fg("가운데 ⟦2⟧명이", 2, None, "wounded", "mara-q-korean-treated"),
         Fg("생수 ⟦25만⟧ 병", 250000, None, "other", "mara-q-bottles"))),
    Art("ml6-marathon-heat", "lagacetadelsur.example", "andalucia/2026/05/18/maraton-tordesal-balance-calor",
        "2026-05-18", "es",
        "El calor en la Maratón de Tordesal deja ya 23 hospitalizados y 412 atendidos",
        ("El balance de la Maratón de Tordesal empeoró este lunes. Emergencias 112 elevó a 23 el número de corredores "
         "hospitalizados y a 412 el de atendidos por los sanitarios, frente a los 17 y los más de 300 que había "
         "comunicado el domingo. Tres de los ingresados siguen en estado grave.",
         '"Nunca habíamos visto tantos golpes de calor en una sola mañana", reconoció la jefa del dispositivo '
         "sanitario, Celia Valcárcel. La médica explicó que el corredor fallecido, un vecino de Libourne (Francia) de "
         "41 años, sufrió una parada cardiaca cerca del kilómetro 38.",
         "Varios participantes han denunciado en redes sociales la falta de agua en el tramo final. \"A partir del "
         'kilómetro 30 solo quedaba agua tibia, y a veces ni eso", relató a este diario la francesa Mathilde '
         "Lamothe. El director de la carrera, Arturo Benavides, negó que faltara agua en ningún avituallamiento.",
         "La alcaldesa, Remedios Quintanar, anunció que pedirá a la organización un informe detallado y que la "
         "próxima edición arrancará a las siete de la mañana."),
        (St('"⟦Nunca habíamos visto tantos golpes de calor en una sola mañana⟧", reconoció', "Celia Valcárcel",
            "direct", "mara-u6"),
         St("explicó que ⟦el corredor fallecido, un vecino de Libourne (Francia) de 41 años, sufrió una parada "
            "cardiaca cerca del kilómetro 38⟧", "Celia Valcárcel", "indirect", "mara-u7"),
         St('"⟦A partir del kilómetro 30 solo quedaba agua tibia, y a veces ni eso⟧", relató', "Mathilde Lamothe",
            "direct", "mara-u8"),
         St("negó que ⟦faltara agua en ningún avituallamiento⟧", "Arturo Benavides", "indirect", "mara-u4"),
         St("anunció que ⟦pedirá a la organización un informe detallado⟧", "Remedios Quintanar", "indirect",
            "mara-u14"),
         St("y que ⟦la próxima edición arrancará a las siete de la mañana⟧", "Remedios Quintanar", "indirect",
            "mara-u15")),
        (Fg("a ⟦23⟧ el número", 23, None, "wounded", "mara-q-hospitalised"),
         Fg("a ⟦412⟧ el de atendidos", 412, None, "wounded", "mara-q-treated"),
         Fg("los ⟦17⟧ y", 17, None, "wounded", "mara-q-hospitalised"),
         Fg("los más de ⟦300⟧ que", 300, "more than", "wounded", "mara-q-treated"),
         Fg("⟦Tres⟧ de los ingresados", 3, None, "wounded", "mara-q-critical"))),
    Art("ml6-marathon-heat", "thesouthernobserver.example", "sport/2026/05/19/tordesal-marathon-heat-scrutiny",
        "2026-05-19", "en",
        "Spanish marathon under scrutiny after heat leaves one dead and 23 in hospital",
        ("Organisers of the Tordesal marathon in southern Spain are facing questions after one runner died and 23 "
         "others were taken to hospital when temperatures climbed above 33C during Sunday's race. Medical teams "
         "treated 412 of the roughly 11,400 runners who started, and about 2,100 failed to finish.",
         '"We had never seen so many cases of heatstroke in a single morning," said Celia Valcárcel, who headed the '
         "race's medical service. The runner who died, a 41-year-old Frenchman, had suffered a cardiac arrest near "
         "the 38th kilometre, she said. Three runners remained in critical condition on Monday.",
         "Mathilde Lamothe, a French amateur who finished in just over four hours, said water stations beyond the "
         '30km mark had offered only lukewarm water "and sometimes nothing at all". Race director Arturo Benavides '
         "denied that any station had run dry. He said the forecasts had not justified calling off the race.",
         "Among the starters were about 30 South Koreans. Kim Do-hyun, one of them, told a Korean newspaper that the "
         'heat rising off the asphalt after 30km had been "suffocating". Mayor Remedios Quintanar said next '
         "year's race would start at 7am, an hour and a half earlier."),
        (St('"⟦We had never seen so many cases of heatstroke in a single morning⟧,"', "Celia Valcárcel", "direct",
            "mara-u6"),
         St("⟦The runner who died, a 41-year-old Frenchman, had suffered a cardiac arrest near the 38th kilometre⟧, "
            "she said", "Celia Valcárcel", "indirect", "mara-u7"),
         St('said ⟦water stations beyond the 30km mark had offered only lukewarm water "and sometimes nothing at '
            'all"⟧', "Mathilde Lamothe", "partial", "mara-u8"),
         St("denied that ⟦any station had run dry⟧", "Arturo Benavides", "indirect", "mara-u4"),
         St("He said ⟦the forecasts had not justified calling off the race⟧", "Arturo Benavides", "indirect",
            "mara-u3"),
         St('newspaper that ⟦the heat rising off the asphalt after 30km had been "suffocating"⟧', "Kim Do-hyun",
            "partial", "mara-u10"),
         St("said ⟦next year's race would start at 7am, an hour and a half earlier⟧", "Remedios Quintanar",
            "indirect", "mara-u15")),
        (Fg("after ⟦one⟧ runner died", 1, None, "killed", "mara-q-killed"),
         Fg("and ⟦23⟧ others", 23, None, "wounded", "mara-q-hospitalised"),
         Fg("treated ⟦412⟧ of", 412, None, "wounded", "mara-q-treated"),
         Fg("roughly ⟦11,400⟧ runners", 11400, "about", "other", "mara-q-starters"),
         Fg("about ⟦2,100⟧ failed", 2100, "about", "other", "mara-q-dnf"),
         Fg("⟦Three⟧ runners remained", 3, None, "wounded", "mara-q-critical"),
         Fg("about ⟦30⟧ South Koreans", 30, "about", "other", "mara-q-korean-runners"))),
)

SPEAKER_FORMS_19: dict[str, tuple[str, ...]] = {
    "Ruggero Valsecchi": ("Ruggero Valsecchi", "Valsecchi", "comandante provinciale dei vigili del fuoco",
                          "Feuerwehrkommandant der Provinz", "Feuerwehrkommandant", "루제로 발세키", "발세키",
                          "루제로 발세키 소방본부장", "소방본부장", "comandante dos bombeiros da província",
                          "comandante", "provincial fire commander"),
    "Elvira Monteleone": ("Elvira Monteleone", "Monteleone", "ingegnere capo del Comune",
                          "Leiterin des städtischen Bauamts", "엘비라 몬텔레오네", "몬텔레오네",
                          "엘비라 몬텔레오네 시 건축국장", "시 건축국장", "engenheira-chefe da câmara municipal",
                          "chief engineer", "the town's chief engineer"),
    "Costruzioni Ferralba": ("Costruzioni Ferralba", "Ferralba", "impresa", "Baufirma",
                             "Baufirma Costruzioni Ferralba", "코스트루치오니 페랄바", "시공사", "시공사 측",
                             "construtora"),
    "Ottavio Ferralba": ("Ottavio Ferralba", "Ferralba", "titolare dell'impresa", "owner", "the firm's owner"),
    "Sorvegno neighbour (anonymous)": ("residente dello stabile accanto", "Una residente dello stabile accanto",
                                       "neighbour", "A neighbour"),
    "Sorvegno fire brigade": ("vigili del fuoco", "소방당국", "bombeiros italianos", "bombeiros"),
    "Han Ji-woo": ("Han Ji-woo", "Han Ji Woo", "한지우", "한지우 씨", "한씨", "ragazza", "student"),
    "Portuguese foreign ministry": ("Ministério dos Negócios Estrangeiros", "ministério"),
    "Marisa Bontempi": ("Marisa Bontempi", "Bontempi", "procuratrice di Sorvegno", "procuratrice"),
    "Sorvegno investigative sources (anonymous)": ("fonti investigative",),
    "Arturo Benavides": ("Arturo Benavides", "Benavides", "director de la carrera", "Renndirektor Arturo Benavides",
                         "Renndirektor", "directeur de l'épreuve", "아르투로 베나비데스", "베나비데스",
                         "아르투로 베나비데스 대회 디렉터", "대회 디렉터", "Race director Arturo Benavides",
                         "race director"),
    "Celia Valcárcel": ("Celia Valcárcel", "Valcárcel", "Celia Valcarcel", "jefa del dispositivo sanitario", "médica",
                        "medizinische Leiterin", "medizinischen Leiterin Celia Valcárcel",
                        "médecin-cheffe du dispositif sanitaire", "셀리아 발카르셀", "발카르셀",
                        "셀리아 발카르셀 의료팀장", "의료팀장"),
    "Mathilde Lamothe": ("Mathilde Lamothe", "Lamothe", "Französin Mathilde Lamothe", "francesa Mathilde Lamothe"),
    "Kim Do-hyun": ("Kim Do-hyun", "Kim Do Hyun", "김도현", "김도현 씨"),
    "Tordesal marathon organisers": ("organización", "Veranstalter", "organisateurs", "조직위원회", "organisers"),
    "Emergencias 112 Tordesal": ("Emergencias 112 Tordesal", "Emergencias 112", "112", "services d'urgence espagnols",
                                 "services d'urgence", "현지 응급구조 당국", "응급구조 당국"),
    "Tordesal volunteer (anonymous)": ("voluntaria", "Una voluntaria del avituallamiento del kilómetro 30"),
    "South Korean embassy in Spain": ("주스페인 한국대사관", "한국대사관"),
    "Remedios Quintanar": ("Remedios Quintanar", "Quintanar", "alcaldesa", "Bürgermeisterin Remedios Quintanar",
                           "Bürgermeisterin", "Mayor Remedios Quintanar", "mayor"),
}
