"""Stories of the fourth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (test, listed in TEST_STORIES there): a regional train and a freight train collide head-on on a
single-track line (ml5-train-collision; the toll is revised from at least seven to nine dead, a group of South Korean
tourists is on board); smoke from forest fires blankets a capital (ml5-wildfire-smoke; emergency visits for breathing
problems rise from 1,240 to over 2,000, schools are shut, the burnt area is counted differently by each outlet);
ammonia leaks from a tank at a port terminal (ml5-chemical-leak; one dead, the people treated rise from at least 87 to
114, residents and port workers evacuated, a company and a prosecutor quoted).

Annotation choices beyond the protocol: the passengers on board, the South Korean group and the rescuers are counts of
the story (category `other`), and so are the emergency visits, the schools and pupils, the firefighters deployed and
the burnt area of the wildfire story, and the tonnes of ammonia, the port workers sent out and the Korean ship's crew
of the leak story. The seriously injured and the injured Korean tourists or sailors are quantities of their own
(`wounded`); people treated after inhaling the leaked gas are `wounded` (hurt by the event), unlike the smoke story's
emergency visits. Ages and durations are not annotated. A claim is one utterance whether a spokeswoman or her company
is named as the source (the named one is then the speaker): the operator's word that the signalling had been
inspected, the leak company's word that the tank had passed its inspections. So is the Korean foreign-ministry count,
given by an anonymous official in Korean and by "Seoul's foreign ministry" in English. The health ministry's Thursday
count of emergency visits and its Friday count are two utterances (a count announced anew). The health minister's
appeal to stay indoors and the prosecutor's announcement that the terminal's maintenance staff will be questioned are
one utterance each, quoted or paraphrased. A sentence giving a count without a speech cue is no statement, though its
figures are annotated.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_14: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: two trains collide (TEST)
    Art("ml5-train-collision", "ilcorrieredellavaldorsa.example", "cronaca/2026/10/13/scontro-treni-borgo-calvena",
        "2026-10-13", "it",
        "Scontro tra treni a Borgo Calvena: almeno sette morti",
        ("Almeno sette persone sono morte e oltre 60 sono rimaste ferite, undici delle quali in gravi condizioni, "
         "nello scontro frontale avvenuto martedì mattina tra un treno regionale e un convoglio merci sulla linea a "
         "binario unico tra Borgo Calvena e Sant'Irene. A bordo del regionale viaggiavano circa 230 passeggeri, tra "
         "cui una dozzina di turisti sudcoreani.",
         "«Siamo vicini alle famiglie delle vittime e collaboreremo pienamente con chi indaga», ha detto Chiara "
         "Montisola, portavoce delle Ferrovie Valdorsane. L'azienda ha precisato che il sistema di segnalamento "
         "della tratta era stato revisionato a settembre.",
         "Secondo Dario Fenzi, che guida gli investigatori della Direzione indagini ferroviarie, è troppo presto per "
         "stabilire se si sia trattato di un errore umano o di un guasto tecnico. I registratori di bordo di "
         "entrambi i convogli sono stati recuperati, ha aggiunto.",
         "Una fonte vicina all'inchiesta riferisce che il treno merci avrebbe superato un segnale rosso. Sul posto "
         "hanno lavorato fino a sera un centinaio di soccorritori."),
        (St("«⟦Siamo vicini alle famiglie delle vittime e collaboreremo pienamente con chi indaga⟧»",
            "Chiara Montisola", "direct", "train-u1"),
         St("precisato che ⟦il sistema di segnalamento della tratta era stato revisionato a settembre⟧",
            "Ferrovie Valdorsane", "indirect", "train-u2"),
         St("ferroviarie, ⟦è troppo presto per stabilire se si sia trattato di un errore umano o di un guasto "
            "tecnico⟧", "Dario Fenzi", "indirect", "train-u3"),
         St("⟦I registratori di bordo di entrambi i convogli sono stati recuperati⟧, ha aggiunto", "Dario Fenzi",
            "indirect", "train-u4"),
         St("riferisce che ⟦il treno merci avrebbe superato un segnale rosso⟧",
            "Valdorsa rail investigators (anonymous)", "indirect", "train-u7")),
        (Fg("Almeno ⟦sette⟧ persone", 7, "at least", "killed", "train-q-killed"),
         Fg("e oltre ⟦60⟧ sono", 60, "more than", "wounded", "train-q-wounded"),
         Fg("⟦undici⟧ delle quali", 11, None, "wounded", "train-q-serious"),
         Fg("circa ⟦230⟧ passeggeri", 230, "about", "other", "train-q-passengers"),
         Fg("una ⟦dozzina⟧ di turisti", 12, "about", "other", "train-q-korean-group"),
         Fg("un ⟦centinaio⟧ di soccorritori", 100, "about", "other", "train-q-rescuers"))),
    Art("ml5-train-collision", "suedwestbote.example", "panorama/zugunglueck-valdorsa-1.8820", "2026-10-14", "de",
        "Zugunglück in Valdorsa: Zahl der Toten steigt auf neun",
        ("Nach dem Zusammenstoß eines Regionalzugs mit einem Güterzug bei Borgo Calvena ist die Zahl der "
         "Todesopfer auf neun gestiegen. Mehr als 60 Menschen wurden verletzt, elf von ihnen schwer. Im Regionalzug "
         "saßen rund 230 Fahrgäste, darunter zwölf Touristen aus Südkorea.",
         "„Wir sind in Gedanken bei den Familien der Opfer und werden voll mit den Ermittlern zusammenarbeiten“, "
         "sagte Bahnsprecherin Chiara Montisola. Das Signalsystem auf der eingleisigen Strecke sei erst im "
         "September überprüft worden, betonte sie.",
         "Der Leiter der Untersuchungsbehörde, Dario Fenzi, wollte sich auf keine Ursache festlegen. Es sei zu früh, "
         "um zwischen menschlichem Versagen und einem technischen Defekt zu unterscheiden. Aus Ermittlerkreisen "
         "verlautete hingegen, der Güterzug habe offenbar ein rotes Signal überfahren.",
         "Unter den Verletzten ist auch die südkoreanische Studentin Han Su-bin. „Es gab einen gewaltigen Knall, "
         "und dann lag ich zwischen den Koffern auf dem Boden“, erzählte die 23-Jährige. Rund 150 Rettungskräfte "
         "waren bis in die Nacht im Einsatz."),
        (St("„⟦Wir sind in Gedanken bei den Familien der Opfer und werden voll mit den Ermittlern "
            "zusammenarbeiten⟧“", "Chiara Montisola", "direct", "train-u1"),
         St("⟦Das Signalsystem auf der eingleisigen Strecke sei erst im September überprüft worden⟧, betonte sie",
            "Chiara Montisola", "indirect", "train-u2"),
         St("⟦Es sei zu früh, um zwischen menschlichem Versagen und einem technischen Defekt zu unterscheiden⟧",
            "Dario Fenzi", "indirect", "train-u3"),
         St("verlautete hingegen, ⟦der Güterzug habe offenbar ein rotes Signal überfahren⟧",
            "Valdorsa rail investigators (anonymous)", "indirect", "train-u7"),
         St("„⟦Es gab einen gewaltigen Knall, und dann lag ich zwischen den Koffern auf dem Boden⟧“", "Han Su-bin",
            "direct", "train-u5")),
        (Fg("auf ⟦neun⟧ gestiegen", 9, None, "killed", "train-q-killed"),
         Fg("Mehr als ⟦60⟧ Menschen", 60, "more than", "wounded", "train-q-wounded"),
         Fg("⟦elf⟧ von ihnen schwer", 11, None, "wounded", "train-q-serious"),
         Fg("rund ⟦230⟧ Fahrgäste", 230, "about", "other", "train-q-passengers"),
         Fg("darunter ⟦zwölf⟧ Touristen", 12, None, "other", "train-q-korean-group"),
         Fg("Rund ⟦150⟧ Rettungskräfte", 150, "about", "other", "train-q-rescuers"))),
    Art("ml5-train-collision", "saenaldaily.example", "news/articleView.html?idxno=231774", "2026-10-14", "ko",
        "발도르사 열차 정면충돌…9명 사망, 한국인 관광객 3명 경상",
        ("발도르사 지역 보르고 칼베나 인근 단선 구간에서 13일 오전(현지시간) 여객열차와 화물열차가 정면으로 충돌해 "
         "9명이 숨지고 60여 명이 다쳤다. 부상자 가운데 11명은 중상인 것으로 알려졌다. 사고 당시 여객열차에는 "
         "승객 230여 명이 타고 있었다.",
         "외교부 당국자는 “탑승객 가운데 한국인 관광객은 12명으로, 이 중 3명이 가벼운 부상을 입었다”고 전했다.",
         "배낭여행 중이던 대학생 한수빈(23) 씨는 사고 이튿날 입원한 병원에서 기자와 통화하며 “쾅 하는 굉음이 "
         "들리더니 정신을 차려 보니 바닥에 여행 가방들과 함께 쓰러져 있었다”고 말했다. 한씨는 승객들이 서로 도와 "
         "깨진 창문으로 빠져나왔다고 전했다.",
         "철도 운영사 발도르사철도의 키아라 몬티솔라 대변인은 “희생자 가족들과 슬픔을 함께하며, 조사 당국에 "
         "전적으로 협조하겠다”고 밝혔다. 사고조사위원회를 이끄는 다리오 펜치 조사단장에 따르면 두 열차의 "
         "운행기록장치는 모두 회수됐다."),
        (St("“⟦탑승객 가운데 한국인 관광객은 12명으로, 이 중 3명이 가벼운 부상을 입었다⟧”",
            "South Korean foreign ministry official (anonymous)", "direct", "train-u8"),
         St("“⟦쾅 하는 굉음이 들리더니 정신을 차려 보니 바닥에 여행 가방들과 함께 쓰러져 있었다⟧”", "Han Su-bin",
            "direct", "train-u5"),
         St("한씨는 ⟦승객들이 서로 도와 깨진 창문으로 빠져나왔다⟧고", "Han Su-bin", "indirect", "train-u6"),
         St("“⟦희생자 가족들과 슬픔을 함께하며, 조사 당국에 전적으로 협조하겠다⟧”", "Chiara Montisola", "direct",
            "train-u1"),
         St("따르면 ⟦두 열차의 운행기록장치는 모두 회수됐다⟧", "Dario Fenzi", "indirect", "train-u4")),
        (Fg("충돌해 ⟦9⟧명이", 9, None, "killed", "train-q-killed"),
         Fg("⟦60여⟧ 명이 다쳤다", 60, "more than", "wounded", "train-q-wounded"),
         Fg("가운데 ⟦11⟧명은 중상", 11, None, "wounded", "train-q-serious"),
         Fg("승객 ⟦230여⟧ 명", 230, "more than", "other", "train-q-passengers"),
         Fg("관광객은 ⟦12⟧명으로", 12, None, "other", "train-q-korean-group"),
         Fg("이 중 ⟦3⟧명이", 3, None, "wounded", "train-q-korean-wounded"))),
    Art("ml5-train-collision", "continentalwire.example", "europe/2026/10/14/valdorsa-train-collision-toll",
        "2026-10-14", "en",
        "Death toll in Valdorsa train collision rises to nine",
        ("Nine people were killed and 64 injured, 11 of them seriously, when a regional passenger train and a "
         "freight train collided head-on on a single-track line near Borgo Calvena on Tuesday morning. The "
         "passenger train was carrying about 240 people.",
         '"Our thoughts are with the families of the victims, and we will cooperate fully with the investigators," '
         "said Chiara Montisola, a spokeswoman for the operator, Ferrovie Valdorsane. The company said the "
         "signalling on the line had been inspected in September and that the line would stay closed until at "
         "least Friday.",
         "Dario Fenzi, who heads the national rail accident investigation body, cautioned that it was too early to "
         "say whether human error or a technical fault was to blame. Both trains' data recorders have been "
         "recovered, he said.",
         "Among those on board were 12 South Korean tourists; three of them were slightly hurt, according to "
         "Seoul's foreign ministry. One of them, 23-year-old student Han Su-bin, told a Korean newspaper she had "
         'heard "a huge bang" before finding herself on the floor among the luggage.'),
        (St('"⟦Our thoughts are with the families of the victims, and we will cooperate fully with the '
            'investigators⟧,"', "Chiara Montisola", "direct", "train-u1"),
         St("said ⟦the signalling on the line had been inspected in September⟧", "Ferrovie Valdorsane", "indirect",
            "train-u2"),
         St("and that ⟦the line would stay closed until at least Friday⟧", "Ferrovie Valdorsane", "indirect",
            "train-u9"),
         St("cautioned that ⟦it was too early to say whether human error or a technical fault was to blame⟧",
            "Dario Fenzi", "indirect", "train-u3"),
         St("⟦Both trains' data recorders have been recovered⟧, he said", "Dario Fenzi", "indirect", "train-u4"),
         St("⟦Among those on board were 12 South Korean tourists; three of them were slightly hurt⟧, according to",
            "South Korean foreign ministry", "indirect", "train-u8"),
         St('newspaper ⟦she had heard "a huge bang" before finding herself on the floor among the luggage⟧',
            "Han Su-bin", "partial", "train-u5")),
        (Fg("⟦Nine⟧ people were killed", 9, None, "killed", "train-q-killed"),
         Fg("and ⟦64⟧ injured", 64, None, "wounded", "train-q-wounded"),
         Fg("⟦11⟧ of them seriously", 11, None, "wounded", "train-q-serious"),
         Fg("about ⟦240⟧ people", 240, "about", "other", "train-q-passengers"),
         Fg("were ⟦12⟧ South Korean", 12, None, "other", "train-q-korean-group"),
         Fg("⟦three⟧ of them were slightly", 3, None, "wounded", "train-q-korean-wounded"))),
    Art("ml5-train-collision", "jornaldaribeira.example", "mundo/2026-10-13/choque-comboios-valdorsa", "2026-10-13",
        "pt",
        "Choque entre comboios em Valdorsa faz pelo menos sete mortos",
        ("Pelo menos sete pessoas morreram e cerca de 60 ficaram feridas na colisão frontal entre um comboio "
         "regional e um comboio de mercadorias, esta terça-feira de manhã, perto de Borgo Calvena, na região de "
         "Valdorsa. Seguiam a bordo do regional mais de 200 passageiros.",
         "Segundo a porta-voz da Ferrovie Valdorsane, Chiara Montisola, a empresa está \"ao lado das famílias das "
         "vítimas\" e vai colaborar com a investigação. A operadora garantiu que a linha, de via única, "
         "permanecerá encerrada pelo menos até sexta-feira.",
         "\"É demasiado cedo para dizer se houve erro humano ou falha técnica\", afirmou Dario Fenzi, responsável "
         "pelo organismo que investiga acidentes ferroviários. Mais de 150 operacionais participaram nas operações "
         "de socorro, de acordo com a proteção civil."),
        (St("Montisola, ⟦a empresa está \"ao lado das famílias das vítimas\" e vai colaborar com a investigação⟧",
            "Chiara Montisola", "partial", "train-u1"),
         St("garantiu que ⟦a linha, de via única, permanecerá encerrada pelo menos até sexta-feira⟧",
            "Ferrovie Valdorsane", "indirect", "train-u9"),
         St("\"⟦É demasiado cedo para dizer se houve erro humano ou falha técnica⟧\"", "Dario Fenzi", "direct",
            "train-u3"),
         St("⟦Mais de 150 operacionais participaram nas operações de socorro⟧, de acordo com",
            "Valdorsa civil protection", "indirect", "train-u10")),
        (Fg("Pelo menos ⟦sete⟧ pessoas", 7, "at least", "killed", "train-q-killed"),
         Fg("e cerca de ⟦60⟧ ficaram", 60, "about", "wounded", "train-q-wounded"),
         Fg("mais de ⟦200⟧ passageiros", 200, "more than", "other", "train-q-passengers"),
         Fg("Mais de ⟦150⟧ operacionais", 150, "more than", "other", "train-q-rescuers"))),
    # ---------------------------------------------------------------- story: wildfire smoke over cities (TEST)
    Art("ml5-wildfire-smoke", "elheraldodecalvara.example", "nacional/2026/08/20/humo-valcorza-colegios-ribanova",
        "2026-08-20", "es",
        "El humo de los incendios de Valcorza obliga a cerrar 300 colegios en Ribanova",
        ("Una densa capa de humo procedente de los incendios que arrasan la Sierra de Valcorza cubrió este jueves "
         "Ribanova y Almerín, donde las autoridades ordenaron el cierre de unos 300 colegios. Más de 18.000 "
         "hectáreas han ardido desde el domingo, y unos 2.300 vecinos de las aldeas cercanas permanecen "
         "desalojados.",
         "\"Pedimos a la población que no salga de casa si no es imprescindible, sobre todo a los niños, a los "
         "mayores y a quienes padecen asma\", declaró la ministra de Salud, Inés Barroeta, en rueda de prensa. Según "
         "el Ministerio de Salud, 1.240 personas han sido atendidas en urgencias por problemas respiratorios desde "
         "el martes.",
         "Julián Escartín, jefe de operaciones de los Bomberos Forestales, reconoció que el viento del norte "
         "complica el trabajo de los cerca de 900 efectivos desplegados. \"Hasta que no cambie el viento, no "
         "podremos hablar de estabilización\", advirtió.",
         "Un médico del Hospital General de Ribanova, que pidió no ser identificado, aseguró que las salas de espera "
         "están \"desbordadas\" desde el miércoles."),
        (St("\"⟦Pedimos a la población que no salga de casa si no es imprescindible, sobre todo a los niños, a los "
            "mayores y a quienes padecen asma⟧\"", "Inés Barroeta", "direct", "smoke-u1"),
         St("Salud, ⟦1.240 personas han sido atendidas en urgencias por problemas respiratorios desde el martes⟧",
            "Calvaran health ministry", "indirect", "smoke-u2"),
         St("reconoció que ⟦el viento del norte complica el trabajo de los cerca de 900 efectivos desplegados⟧",
            "Julián Escartín", "indirect", "smoke-u3"),
         St("\"⟦Hasta que no cambie el viento, no podremos hablar de estabilización⟧\"", "Julián Escartín",
            "direct", "smoke-u4"),
         St("aseguró que ⟦las salas de espera están \"desbordadas\" desde el miércoles⟧",
            "Ribanova hospital doctor (anonymous)", "partial", "smoke-u5")),
        (Fg("unos ⟦300⟧ colegios", 300, "about", "other", "smoke-q-schools"),
         Fg("Más de ⟦18.000⟧ hectáreas", 18000, "more than", "other", "smoke-q-area"),
         Fg("unos ⟦2.300⟧ vecinos", 2300, "about", "displaced", "smoke-q-displaced"),
         Fg("Salud, ⟦1.240⟧ personas", 1240, None, "other", "smoke-q-hospital"),
         Fg("cerca de ⟦900⟧ efectivos", 900, "about", "other", "smoke-q-firefighters"))),
    Art("ml5-wildfire-smoke", "lavoixdusud.example", "international/calvara-fumee-incendies-ribanova",
        "2026-08-21", "fr",
        "Calvara : la fumée des incendies envahit Ribanova, les hôpitaux sous pression",
        ("Pour le deuxième jour consécutif, un épais panache de fumée venu de la Sierra de Valcorza a plongé "
         f"Ribanova dans la pénombre vendredi. Plus de 2{NB}000 personnes ont été prises en charge aux urgences pour "
         "des difficultés respiratoires depuis mardi, d'après le ministère calvarais de la Santé.",
         f"«{NB}Nous demandons à la population de ne pas sortir sauf nécessité, en particulier les enfants, les "
         f"personnes âgées et les asthmatiques{NB}», avait déclaré jeudi la ministre de la Santé, Inés Barroeta. "
         "Elle a annoncé vendredi que les écoles de la capitale resteraient fermées jusqu'à lundi. Quelque 300 "
         f"établissements sont concernés à Ribanova et à Almerín, soit environ 120{NB}000 élèves privés de cours.",
         f"Près de 20{NB}000 hectares sont déjà partis en fumée. Selon Julián Escartín, qui dirige les opérations "
         "des pompiers forestiers, le vent du nord rend la tâche très difficile pour le millier d'hommes engagés. "
         f"«{NB}Tant que le vent ne tourne pas, impossible de parler de stabilisation{NB}», a-t-il prévenu."),
        (St(f"⟦Plus de 2{NB}000 personnes ont été prises en charge aux urgences pour des difficultés respiratoires "
            "depuis mardi⟧, d'après", "Calvaran health ministry", "indirect", "smoke-u6"),
         St(f"«{NB}⟦Nous demandons à la population de ne pas sortir sauf nécessité, en particulier les enfants, les "
            f"personnes âgées et les asthmatiques⟧{NB}»", "Inés Barroeta", "direct", "smoke-u1"),
         St("vendredi que ⟦les écoles de la capitale resteraient fermées jusqu'à lundi⟧", "Inés Barroeta",
            "indirect", "smoke-u7"),
         St("forestiers, ⟦le vent du nord rend la tâche très difficile pour le millier d'hommes engagés⟧",
            "Julián Escartín", "indirect", "smoke-u3"),
         St(f"«{NB}⟦Tant que le vent ne tourne pas, impossible de parler de stabilisation⟧{NB}»", "Julián Escartín",
            "direct", "smoke-u4")),
        (Fg(f"Plus de ⟦2{NB}000⟧ personnes", 2000, "more than", "other", "smoke-q-hospital"),
         Fg("Quelque ⟦300⟧ établissements", 300, "about", "other", "smoke-q-schools"),
         Fg(f"environ ⟦120{NB}000⟧ élèves", 120000, "about", "other", "smoke-q-pupils"),
         Fg(f"Près de ⟦20{NB}000⟧ hectares", 20000, "nearly", "other", "smoke-q-area"),
         Fg("le ⟦millier⟧ d'hommes", 1000, "about", "other", "smoke-q-firefighters"))),
    Art("ml5-wildfire-smoke", "isartagblatt.example", "panorama/waldbraende-calvara-rauch-ribanova-1.5531",
        "2026-08-21", "de",
        "Rauch über Ribanova: Schulen in Calvara bleiben geschlossen",
        ("Dichter Rauch von den Waldbränden in der Sierra de Valcorza hat die calvarische Hauptstadt Ribanova den "
         "zweiten Tag in Folge eingehüllt. Nach Angaben des Gesundheitsministeriums mussten seit Dienstag mehr als "
         "2.000 Menschen wegen Atembeschwerden in Notaufnahmen behandelt werden.",
         "„Wir bitten die Bevölkerung, das Haus nur zu verlassen, wenn es unbedingt nötig ist – vor allem Kinder, "
         "ältere Menschen und Asthmatiker“, sagte Gesundheitsministerin Inés Barroeta. Die Schulen der Hauptstadt "
         "blieben bis Montag geschlossen, kündigte die Ministerin an. Betroffen sind rund 120.000 Schülerinnen und "
         "Schüler an mehr als 300 Schulen.",
         "Die Flammen haben inzwischen rund 19.500 Hektar Wald vernichtet. Laut Einsatzleiter Julián Escartín "
         "erschwert der Nordwind die Arbeit der fast 1.000 Feuerwehrleute erheblich. Etwa 2.300 Anwohner mussten "
         "ihre Dörfer verlassen.",
         "Ein Arzt des Zentralkrankenhauses von Ribanova, der namentlich nicht genannt werden wollte, sprach von "
         "„überfüllten“ Wartesälen."),
        (St("Gesundheitsministeriums ⟦mussten seit Dienstag mehr als 2.000 Menschen wegen Atembeschwerden in "
            "Notaufnahmen behandelt werden⟧", "Calvaran health ministry", "indirect", "smoke-u6"),
         St("„⟦Wir bitten die Bevölkerung, das Haus nur zu verlassen, wenn es unbedingt nötig ist – vor allem "
            "Kinder, ältere Menschen und Asthmatiker⟧“", "Inés Barroeta", "direct", "smoke-u1"),
         St("⟦Die Schulen der Hauptstadt blieben bis Montag geschlossen⟧, kündigte", "Inés Barroeta", "indirect",
            "smoke-u7"),
         St("Escartín ⟦erschwert der Nordwind die Arbeit der fast 1.000 Feuerwehrleute erheblich⟧",
            "Julián Escartín", "indirect", "smoke-u3"),
         St("sprach von ⟦„überfüllten“ Wartesälen⟧", "Ribanova hospital doctor (anonymous)", "partial",
            "smoke-u5")),
        (Fg("mehr als ⟦2.000⟧ Menschen", 2000, "more than", "other", "smoke-q-hospital"),
         Fg("rund ⟦120.000⟧ Schülerinnen", 120000, "about", "other", "smoke-q-pupils"),
         Fg("mehr als ⟦300⟧ Schulen", 300, "more than", "other", "smoke-q-schools"),
         Fg("rund ⟦19.500⟧ Hektar", 19500, "about", "other", "smoke-q-area"),
         Fg("fast ⟦1.000⟧ Feuerwehrleute", 1000, "nearly", "other", "smoke-q-firefighters"),
         Fg("Etwa ⟦2.300⟧ Anwohner", 2300, "about", "displaced", "smoke-q-displaced"))),
    Art("ml5-wildfire-smoke", "gukjenews24.example", "news/articleView.html?idxno=318806", "2026-08-21", "ko",
        "칼바라 산불 연기 수도 덮쳐…호흡기 환자 2천여 명 응급실로",
        ("칼바라 발코르사 산맥에서 닷새째 이어지는 산불의 연기가 수도 리바노바와 알메린 일대를 뒤덮으면서 학교 "
         "300여 곳이 문을 닫았다. 지금까지 불에 탄 산림은 1만8천여 헥타르에 이른다.",
         "칼바라 보건부에 따르면 지난 18일부터 호흡 곤란 등으로 응급실을 찾은 환자는 2천여 명에 달한다. 이네스 "
         "바로에타 보건장관은 “꼭 필요한 경우가 아니면 외출을 삼가 달라. 특히 어린이와 노약자, 천식 환자는 각별히 "
         "주의해야 한다”고 당부했다.",
         "현장 진화를 지휘하는 훌리안 에스카르틴 산림소방대 작전국장은 “바람 방향이 바뀌기 전까지는 진화 국면을 "
         "말하기 어렵다”고 말했다. 진화에는 소방대원 900여 명이 투입됐으며, 인근 마을 주민 2천300명이 대피했다.",
         "현지 한인회 관계자는 “교민들 대부분이 마스크를 쓰고 집 안에 머물고 있다”고 전했다."),
        (St("따르면 ⟦지난 18일부터 호흡 곤란 등으로 응급실을 찾은 환자는 2천여 명에 달한다⟧",
            "Calvaran health ministry", "indirect", "smoke-u6"),
         St("“⟦꼭 필요한 경우가 아니면 외출을 삼가 달라. 특히 어린이와 노약자, 천식 환자는 각별히 주의해야 한다⟧”",
            "Inés Barroeta", "direct", "smoke-u1"),
         St("“⟦바람 방향이 바뀌기 전까지는 진화 국면을 말하기 어렵다⟧”", "Julián Escartín", "direct", "smoke-u4"),
         St("“⟦교민들 대부분이 마스크를 쓰고 집 안에 머물고 있다⟧”",
            "Korean residents' association official in Calvara (anonymous)", "direct", "smoke-u8")),
        (Fg("학교 ⟦300여⟧ 곳", 300, "more than", "other", "smoke-q-schools"),
         Fg("산림은 ⟦1만8천여⟧ 헥타르", 18000, "more than", "other", "smoke-q-area"),
         Fg("환자는 ⟦2천여⟧ 명", 2000, "more than", "other", "smoke-q-hospital"),
         Fg("소방대원 ⟦900여⟧ 명", 900, "more than", "other", "smoke-q-firefighters"),
         Fg("주민 ⟦2천300⟧명", 2300, None, "displaced", "smoke-q-displaced"))),
    Art("ml5-wildfire-smoke", "thecoastalherald.example", "world/2026/08/21/calvara-wildfire-smoke-ribanova",
        "2026-08-21", "en",
        "Wildfire smoke shuts schools in Calvara's capital as hospital visits pass 2,000",
        ("Smoke from wildfires in the Sierra de Valcorza blanketed Ribanova for a second day on Friday, and "
         "Calvara's health ministry said 2,150 people had sought emergency care for breathing problems since "
         "Tuesday. Around 21,000 hectares have burned since Sunday, according to the forest firefighting service.",
         "Health Minister Inés Barroeta urged people to stay indoors unless absolutely necessary, particularly "
         "children, the elderly and anyone with asthma. Schools in the capital, some 300 of them, will stay shut "
         "until Monday, she said.",
         '"Until the wind turns, we cannot talk about stabilising the fire," said Julián Escartín, who leads '
         "operations for the forest firefighters. Nearly 1,000 firefighters are on the lines, and about 2,300 "
         "villagers have been evacuated."),
        (St("ministry said ⟦2,150 people had sought emergency care for breathing problems since Tuesday⟧",
            "Calvaran health ministry", "indirect", "smoke-u6"),
         St("⟦Around 21,000 hectares have burned since Sunday⟧, according to", "Calvaran forest firefighters",
            "indirect", "smoke-u9"),
         St("urged ⟦people to stay indoors unless absolutely necessary, particularly children, the elderly and "
            "anyone with asthma⟧", "Inés Barroeta", "indirect", "smoke-u1"),
         St("⟦Schools in the capital, some 300 of them, will stay shut until Monday⟧, she said", "Inés Barroeta",
            "indirect", "smoke-u7"),
         St('"⟦Until the wind turns, we cannot talk about stabilising the fire⟧,"', "Julián Escartín", "direct",
            "smoke-u4")),
        (Fg("said ⟦2,150⟧ people", 2150, None, "other", "smoke-q-hospital"),
         Fg("Around ⟦21,000⟧ hectares", 21000, "about", "other", "smoke-q-area"),
         Fg("some ⟦300⟧ of them", 300, "about", "other", "smoke-q-schools"),
         Fg("Nearly ⟦1,000⟧ firefighters", 1000, "nearly", "other", "smoke-q-firefighters"),
         Fg("about ⟦2,300⟧ villagers", 2300, "about", "displaced", "smoke-q-displaced"))),
    # ---------------------------------------------------------------- story: a chemical leak at a port (TEST)
    Art("ml5-chemical-leak", "diariodealdeira.example", "regiao/2026-05-20/fuga-amoniaco-porto-aldeira",
        "2026-05-20", "pt",
        "Fuga de amoníaco no porto de Aldeira: um morto e 87 pessoas assistidas",
        ("Um trabalhador morreu e pelo menos 87 pessoas tiveram de receber assistência médica depois de uma fuga de "
         "amoníaco num tanque do terminal da Quimiporto, no porto de Aldeira, na madrugada desta quarta-feira. Seis "
         "vítimas estão em estado grave.",
         "Cerca de 4.500 moradores dos bairros da Ribeira Velha e de São Brás foram retirados de casa por "
         "precaução, e os 1.300 trabalhadores do porto receberam ordem para abandonar as instalações. \"A nuvem já "
         "se dissipou, mas as medições vão continuar durante toda a noite\", disse o comandante da Proteção Civil, "
         "Nuno Ferraz.",
         "A presidente executiva da Quimiporto, Helena Prado, garantiu que o tanque \"tinha passado todas as "
         "inspeções\". De acordo com a empresa, escaparam cerca de 12 toneladas de amoníaco.",
         "O Ministério Público abriu um inquérito. A procuradora Marta Gouveia afirmou que serão ouvidos os "
         "responsáveis pela manutenção do terminal."),
        (St("\"⟦A nuvem já se dissipou, mas as medições vão continuar durante toda a noite⟧\"", "Nuno Ferraz",
            "direct", "leak-u1"),
         St("garantiu que ⟦o tanque \"tinha passado todas as inspeções\"⟧", "Helena Prado", "partial", "leak-u2"),
         St("empresa, ⟦escaparam cerca de 12 toneladas de amoníaco⟧", "Quimiporto", "indirect", "leak-u3"),
         St("afirmou que ⟦serão ouvidos os responsáveis pela manutenção do terminal⟧", "Marta Gouveia", "indirect",
            "leak-u4")),
        (Fg("⟦Um⟧ trabalhador morreu", 1, None, "killed", "leak-q-killed"),
         Fg("pelo menos ⟦87⟧ pessoas", 87, "at least", "wounded", "leak-q-treated"),
         Fg("⟦Seis⟧ vítimas", 6, None, "wounded", "leak-q-serious"),
         Fg("Cerca de ⟦4.500⟧ moradores", 4500, "about", "displaced", "leak-q-displaced"),
         Fg("os ⟦1.300⟧ trabalhadores", 1300, None, "other", "leak-q-workers"),
         Fg("cerca de ⟦12⟧ toneladas", 12, "about", "other", "leak-q-ammonia"))),
    Art("ml5-chemical-leak", "haeyangilbo.example", "news/articleView.html?idxno=77215", "2026-05-21", "ko",
        "베나비라 알데이라항 암모니아 누출…1명 사망·100여 명 치료",
        ("베나비라 남부 알데이라항의 화학물질 저장 터미널에서 20일 새벽(현지시간) 암모니아가 누출돼 작업자 1명이 "
         "숨지고 100여 명이 치료를 받았다. 이 가운데 6명은 위중한 상태다. 당국은 인근 주민 4천500여 명을 긴급 "
         "대피시켰다.",
         "주베나비라 한국대사관에 따르면 당시 항구에 정박해 있던 한국 국적 화물선의 선원 21명 가운데 5명이 가스를 "
         "들이마셔 현지 병원에서 치료를 받았으며, 모두 생명에는 지장이 없는 것으로 확인됐다.",
         "터미널 운영사 키미포르투의 엘레나 프라두 대표는 기자회견에서 “사고 탱크는 모든 안전 점검을 통과한 "
         "상태였다”며 “숨진 직원의 유족에게 깊은 애도를 표한다”고 말했다.",
         "사고 수사를 맡은 마르타 고베이아 검사는 터미널 정비 책임자들을 차례로 소환할 방침이라고 밝혔다."),
        (St("따르면 ⟦당시 항구에 정박해 있던 한국 국적 화물선의 선원 21명 가운데 5명이 가스를 들이마셔 현지 병원에서 "
            "치료를 받았으며, 모두 생명에는 지장이 없는 것으로 확인됐다⟧", "South Korean embassy in Benavira",
            "indirect", "leak-u5"),
         St("“⟦사고 탱크는 모든 안전 점검을 통과한 상태였다⟧”", "Helena Prado", "direct", "leak-u2"),
         St("“⟦숨진 직원의 유족에게 깊은 애도를 표한다⟧”", "Helena Prado", "direct", "leak-u6"),
         St("검사는 ⟦터미널 정비 책임자들을 차례로 소환할 방침⟧이라고", "Marta Gouveia", "indirect", "leak-u4")),
        (Fg("작업자 ⟦1⟧명이", 1, None, "killed", "leak-q-killed"),
         Fg("⟦100여⟧ 명이 치료", 100, "more than", "wounded", "leak-q-treated"),
         Fg("이 가운데 ⟦6⟧명은", 6, None, "wounded", "leak-q-serious"),
         Fg("주민 ⟦4천500여⟧ 명", 4500, "more than", "displaced", "leak-q-displaced"),
         Fg("선원 ⟦21⟧명", 21, None, "other", "leak-q-korean-crew"),
         Fg("가운데 ⟦5⟧명이 가스", 5, None, "wounded", "leak-q-korean-treated"))),
    Art("ml5-chemical-leak", "hafenblatt-nord.example", "panorama/ammoniak-leck-aldeira-1.6694", "2026-05-21", "de",
        "Ammoniak-Leck im Hafen von Aldeira: Ein Toter, über 110 Verletzte",
        ("Nach dem Austritt von Ammoniak aus einem Tank im Hafen der benavirischen Stadt Aldeira ist die Zahl der "
         "Verletzten auf mehr als 110 gestiegen. Ein Hafenarbeiter kam ums Leben. Nach Angaben der Behörden "
         "schweben sechs Menschen in Lebensgefahr.",
         "Rund 4.500 Anwohner mussten in der Nacht zu Mittwoch ihre Wohnungen verlassen. „Die Wolke hat sich "
         "aufgelöst, aber wir messen die ganze Nacht weiter“, sagte Zivilschutz-Kommandant Nuno Ferraz.",
         "Die Betreiberfirma Quimiporto weist Vorwürfe zurück. Der Tank habe „sämtliche Prüfungen bestanden“, "
         "erklärte Vorstandschefin Helena Prado. Laut Unternehmen traten etwa zwölf Tonnen Ammoniak aus.",
         "Staatsanwältin Marta Gouveia ermittelt wegen fahrlässiger Tötung. Sie kündigte an, dass die für die "
         "Wartung des Terminals Verantwortlichen vernommen würden."),
        (St("Behörden ⟦schweben sechs Menschen in Lebensgefahr⟧", "Aldeira authorities", "indirect", "leak-u7"),
         St("„⟦Die Wolke hat sich aufgelöst, aber wir messen die ganze Nacht weiter⟧“", "Nuno Ferraz", "direct",
            "leak-u1"),
         St("⟦Der Tank habe „sämtliche Prüfungen bestanden“⟧, erklärte", "Helena Prado", "partial", "leak-u2"),
         St("Laut Unternehmen ⟦traten etwa zwölf Tonnen Ammoniak aus⟧", "Quimiporto", "indirect", "leak-u3"),
         St("an, dass ⟦die für die Wartung des Terminals Verantwortlichen vernommen würden⟧", "Marta Gouveia",
            "indirect", "leak-u4")),
        (Fg("auf mehr als ⟦110⟧ gestiegen", 110, "more than", "wounded", "leak-q-treated"),
         Fg("⟦Ein⟧ Hafenarbeiter", 1, None, "killed", "leak-q-killed"),
         Fg("schweben ⟦sechs⟧ Menschen", 6, None, "wounded", "leak-q-serious"),
         Fg("Rund ⟦4.500⟧ Anwohner", 4500, "about", "displaced", "leak-q-displaced"),
         Fg("etwa ⟦zwölf⟧ Tonnen", 12, "about", "other", "leak-q-ammonia"))),
    Art("ml5-chemical-leak", "lemessagerdelatlantique.example", "monde/benavira-fuite-ammoniac-port-aldeira",
        "2026-05-21", "fr",
        "Fuite d'ammoniac au port d'Aldeira : un mort et 114 personnes soignées",
        ("Un ouvrier a été tué et 114 personnes ont été soignées, dont six se trouvent toujours dans un état "
         "critique, après une fuite d'ammoniac survenue mercredi à l'aube dans un terminal chimique du port "
         f"d'Aldeira. Quelque 5{NB}000 riverains ont été évacués.",
         f"«{NB}Le nuage s'est dissipé, mais nous poursuivrons les mesures toute la nuit{NB}», a indiqué Nuno Ferraz, "
         "commandant de la protection civile. D'après un docker qui a requis l'anonymat, l'alarme du terminal n'a "
         "retenti qu'une vingtaine de minutes après le début de la fuite.",
         f"La procureure Marta Gouveia a ouvert une enquête pour homicide involontaire. «{NB}Nous entendrons tous "
         f"ceux qui avaient la charge de l'entretien de ce réservoir{NB}», a-t-elle déclaré.",
         "La direction de Quimiporto affirme que le réservoir avait satisfait à tous les contrôles."),
        (St(f"«{NB}⟦Le nuage s'est dissipé, mais nous poursuivrons les mesures toute la nuit⟧{NB}»", "Nuno Ferraz",
            "direct", "leak-u1"),
         St("l'anonymat, ⟦l'alarme du terminal n'a retenti qu'une vingtaine de minutes après le début de la fuite⟧",
            "Aldeira dock worker (anonymous)", "indirect", "leak-u8"),
         St(f"«{NB}⟦Nous entendrons tous ceux qui avaient la charge de l'entretien de ce réservoir⟧{NB}»",
            "Marta Gouveia", "direct", "leak-u4"),
         St("affirme que ⟦le réservoir avait satisfait à tous les contrôles⟧", "Quimiporto", "indirect", "leak-u2")),
        (Fg("⟦Un⟧ ouvrier a été", 1, None, "killed", "leak-q-killed"),
         Fg("et ⟦114⟧ personnes", 114, None, "wounded", "leak-q-treated"),
         Fg("dont ⟦six⟧ se trouvent", 6, None, "wounded", "leak-q-serious"),
         Fg(f"Quelque ⟦5{NB}000⟧ riverains", 5000, "about", "displaced", "leak-q-displaced"))),
    Art("ml5-chemical-leak", "ilgiornaledelporto.example", "cronaca/2026/05/21/ammoniaca-porto-aldeira",
        "2026-05-21", "it",
        "Nube di ammoniaca sul porto di Aldeira, un morto e oltre cento intossicati",
        ("È di un morto e oltre cento intossicati il bilancio della fuga di ammoniaca avvenuta mercoledì all'alba "
         "in un deposito chimico del porto di Aldeira, in Benavira. Circa 4.500 residenti dei quartieri vicini sono "
         "stati fatti evacuare, insieme a 1.300 lavoratori portuali.",
         "Secondo Helena Prado, amministratrice delegata della Quimiporto, il serbatoio aveva superato tutte le "
         "ispezioni. Dall'azienda fanno sapere che sono fuoriuscite circa 12 tonnellate di gas.",
         "«La nube si è dissolta, ma continueremo le misurazioni per tutta la notte», ha spiegato Nuno Ferraz, "
         "comandante della protezione civile. Tra le persone soccorse ci sono anche cinque marinai di una nave "
         "sudcoreana ormeggiata in banchina.",
         "La procuratrice Marta Gouveia ha aperto un fascicolo per omicidio colposo."),
        (St("Quimiporto, ⟦il serbatoio aveva superato tutte le ispezioni⟧", "Helena Prado", "indirect", "leak-u2"),
         St("fanno sapere che ⟦sono fuoriuscite circa 12 tonnellate di gas⟧", "Quimiporto", "indirect", "leak-u3"),
         St("«⟦La nube si è dissolta, ma continueremo le misurazioni per tutta la notte⟧»", "Nuno Ferraz", "direct",
            "leak-u1")),
        (Fg("È di ⟦un⟧ morto", 1, None, "killed", "leak-q-killed"),
         Fg("e oltre ⟦cento⟧ intossicati il", 100, "more than", "wounded", "leak-q-treated"),
         Fg("Circa ⟦4.500⟧ residenti", 4500, "about", "displaced", "leak-q-displaced"),
         Fg("insieme a ⟦1.300⟧ lavoratori", 1300, None, "other", "leak-q-workers"),
         Fg("circa ⟦12⟧ tonnellate", 12, "about", "other", "leak-q-ammonia"),
         Fg("anche ⟦cinque⟧ marinai", 5, None, "wounded", "leak-q-korean-treated"))),
)

SPEAKER_FORMS_14: dict[str, tuple[str, ...]] = {
    "Chiara Montisola": ("Chiara Montisola", "Montisola", "Bahnsprecherin Chiara Montisola", "Bahnsprecherin",
                         "키아라 몬티솔라", "몬티솔라", "키아라 몬티솔라 대변인", "portavoce", "porta-voz",
                         "spokeswoman"),
    "Ferrovie Valdorsane": ("Ferrovie Valdorsane", "azienda", "operadora", "empresa", "발도르사철도", "operator",
                            "company", "Bahn"),
    "Dario Fenzi": ("Dario Fenzi", "Fenzi", "다리오 펜치", "펜치", "다리오 펜치 조사단장",
                    "Leiter der Untersuchungsbehörde"),
    "Han Su-bin": ("Han Su-bin", "Han Su Bin", "한수빈", "한수빈 씨", "한씨", "Studentin", "student"),
    "Valdorsa rail investigators (anonymous)": ("fonte vicina all'inchiesta", "fonte", "Ermittlerkreisen",
                                                "Ermittlerkreise", "Ermittler"),
    "Valdorsa civil protection": ("proteção civil", "protezione civile", "civil protection"),
    "Inés Barroeta": ("Inés Barroeta", "Ines Barroeta", "Barroeta", "ministra de Salud", "ministre de la Santé",
                      "Gesundheitsministerin Inés Barroeta", "Gesundheitsministerin", "Ministerin", "이네스 바로에타",
                      "바로에타", "이네스 바로에타 보건장관", "Health Minister Inés Barroeta", "health minister"),
    "Calvaran health ministry": ("Calvaran health ministry", "Ministerio de Salud", "ministère calvarais de la Santé",
                                 "ministère de la Santé", "Gesundheitsministerium", "칼바라 보건부", "보건부",
                                 "Calvara's health ministry", "health ministry"),
    "Julián Escartín": ("Julián Escartín", "Julian Escartin", "Escartín", "Escartin", "Einsatzleiter Julián Escartín",
                        "Einsatzleiter", "훌리안 에스카르틴", "에스카르틴", "훌리안 에스카르틴 산림소방대 작전국장"),
    "Calvaran forest firefighters": ("Bomberos Forestales", "forest firefighting service", "pompiers forestiers",
                                     "forest firefighters", "산림소방대"),
    "Ribanova hospital doctor (anonymous)": ("médico", "un médico", "Arzt", "ein Arzt", "médecin", "doctor"),
    "Korean residents' association official in Calvara (anonymous)": ("한인회 관계자", "현지 한인회 관계자", "관계자"),
    "Nuno Ferraz": ("Nuno Ferraz", "Ferraz", "comandante da Proteção Civil", "Zivilschutz-Kommandant Nuno Ferraz",
                    "Zivilschutz-Kommandant", "commandant de la protection civile",
                    "comandante della protezione civile", "누누 페라스"),
    "Helena Prado": ("Helena Prado", "Prado", "presidente executiva", "Vorstandschefin Helena Prado", "Vorstandschefin",
                     "amministratrice delegata", "엘레나 프라두", "프라두", "엘레나 프라두 대표"),
    "Quimiporto": ("Quimiporto", "empresa", "Unternehmen", "Betreiberfirma Quimiporto", "Betreiberfirma",
                   "direction de Quimiporto", "azienda", "키미포르투"),
    "Marta Gouveia": ("Marta Gouveia", "Gouveia", "procuradora Marta Gouveia", "Staatsanwältin Marta Gouveia",
                      "Staatsanwältin", "procureure Marta Gouveia", "procureure", "procuratrice", "마르타 고베이아",
                      "고베이아", "마르타 고베이아 검사"),
    "South Korean embassy in Benavira": ("주베나비라 한국대사관", "한국대사관"),
    "Aldeira authorities": ("Behörden", "autorités", "autorità", "autoridades", "당국"),
    "Aldeira dock worker (anonymous)": ("docker", "un docker", "estivador"),
}
