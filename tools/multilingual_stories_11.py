"""Stories of the fourth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (both test, listed in TEST_STORIES there): a landslide burying homes in an Andean town after three days
of rain, whose toll rises from one day to the next (ml5-landslide); a shooting in a shopping mall whose first counts
(dead, gunmen) are corrected by the police (ml5-mall-shooting).

Annotation choices beyond the protocol: people pulled alive from the debris are `other` (as rescued people are); homes
buried are `other`; a quantity an outlet gives as a round-number noun (`una treintena`) is *about*; a sentence that
quotes a whole clause after a fronted cue (`De acordo com X, “…”`) is direct; a count given by a counting verb with
no speech cue is a figure, not a statement; a resident who asks not to be named is one anonymous source across
outlets, and so are the police sources of the shooting (`source policière`, `Ermittlerkreise`, `fonti di polizia`);
an earlier toll that a later article mentions only to correct it (`et non quatre`, `von vier auf drei`) is still a
figure of the killed quantity with its old value; the first media reports a Korean article attributes (`현지 언론은
…라고 보도했으나`) are a statement of their own.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_11: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story ml5-landslide: a landslide (TEST)
    Art("ml5-landslide", "lavozdequenual.example", "regiones/2026/11/02/alud-santa-rosa-huaylamarca", "2026-11-02",
        "es",
        "Un alud de lodo sepulta decenas de casas en Huaylamarca: al menos 11 muertos",
        ("Al menos 11 personas murieron y una treintena permanecen desaparecidas después de que un alud de lodo y "
         "piedras sepultara la madrugada de este lunes unas 40 viviendas del barrio de Santa Rosa, en Huaylamarca, "
         "tras tres días de lluvias intensas en la provincia de Alto Quenual.",
         "«El cerro se vino abajo en cuestión de segundos, y la gente estaba durmiendo», dijo a este diario el "
         "alcalde, Rosendo Achata, con la ropa todavía cubierta de barro. El alcalde aseguró que las labores de "
         "búsqueda no se detendrán durante la noche.",
         "Bomberos y voluntarios rescataron con vida a 17 personas, entre ellas un niño de cuatro años. Más de 1.200 "
         "vecinos fueron evacuados de las zonas altas por temor a nuevos deslizamientos.",
         "Según la geóloga Lucía Paredes, del Instituto Andino de Geodinámica, la ladera sigue inestable y podría "
         "volver a deslizarse si continúan las precipitaciones. «Llevábamos meses advirtiendo que no se debía "
         "construir en esa quebrada», lamentó.",
         "Una vecina que pidió no ser identificada contó que oyó «un rugido, como un tren» antes de que se cortara "
         "la luz."),
        (St("«⟦El cerro se vino abajo en cuestión de segundos, y la gente estaba durmiendo⟧»", "Rosendo Achata",
            "direct", "landslide-u1"),
         St("aseguró que ⟦las labores de búsqueda no se detendrán durante la noche⟧", "Rosendo Achata", "indirect",
            "landslide-u2"),
         St("Geodinámica, ⟦la ladera sigue inestable y podría volver a deslizarse si continúan las precipitaciones⟧",
            "Lucía Paredes", "indirect", "landslide-u3"),
         St("«⟦Llevábamos meses advirtiendo que no se debía construir en esa quebrada⟧»", "Lucía Paredes", "direct",
            "landslide-u4"),
         St("contó que ⟦oyó «un rugido, como un tren» antes de que se cortara la luz⟧",
            "Huaylamarca resident (anonymous)", "partial", "landslide-u5")),
        (Fg("Al menos ⟦11⟧ personas", 11, "at least", "killed", "landslide-q-killed"),
         Fg("y ⟦una treintena⟧ permanecen", 30, "about", "missing", "landslide-q-missing"),
         Fg("unas ⟦40⟧ viviendas", 40, "about", "other", "landslide-q-homes"),
         Fg("a ⟦17⟧ personas", 17, None, "other", "landslide-q-rescued"),
         Fg("Más de ⟦1.200⟧", 1200, "more than", "displaced", "landslide-q-evacuated"))),
    Art("ml5-landslide", "folhadoatlantico.example", "mundo/deslizamento-huaylamarca-peru", "2026-11-02", "pt",
        "Deslizamento de terra soterra casas nos Andes peruanos e mata pelo menos 12",
        ("Pelo menos 12 pessoas morreram e cerca de 25 estão desaparecidas depois de um deslizamento de terra ter "
         "soterrado dezenas de casas em Huaylamarca, no sul do Peru, na madrugada desta segunda-feira. A região "
         "estava há três dias debaixo de chuva forte.",
         "De acordo com o autarca de Huaylamarca, Rosendo Achata, “o morro desabou em segundos, e as pessoas estavam "
         "a dormir”.",
         "A geóloga Lucía Paredes, do Instituto Andino de Geodinâmica, explicou que em 72 horas choveu o dobro da "
         "média de todo o mês de outubro. A encosta continua instável, avisou.",
         "As equipas de resgate retiraram 17 sobreviventes dos escombros e mais de 1.200 moradores foram levados "
         "para fora das zonas de risco. Segundo a embaixada da Coreia do Sul em Lima, dois voluntários "
         "sul-coreanos estão entre os desaparecidos.",
         "“Ouvimos um estrondo, como um comboio, e depois ficou tudo às escuras”, contou uma moradora que não quis "
         "ser identificada."),
        (St("“⟦o morro desabou em segundos, e as pessoas estavam a dormir⟧”", "Rosendo Achata", "direct",
            "landslide-u1"),
         St("explicou que ⟦em 72 horas choveu o dobro da média de todo o mês de outubro⟧", "Lucía Paredes",
            "indirect", "landslide-u6"),
         St("⟦A encosta continua instável⟧, avisou", "Lucía Paredes", "indirect", "landslide-u3"),
         St("Lima, ⟦dois voluntários sul-coreanos estão entre os desaparecidos⟧", "South Korean embassy in Peru",
            "indirect", "landslide-u7"),
         St("“⟦Ouvimos um estrondo, como um comboio, e depois ficou tudo às escuras⟧”",
            "Huaylamarca resident (anonymous)", "direct", "landslide-u5")),
        (Fg("Pelo menos ⟦12⟧ pessoas", 12, "at least", "killed", "landslide-q-killed"),
         Fg("cerca de ⟦25⟧ estão", 25, "about", "missing", "landslide-q-missing"),
         Fg("retiraram ⟦17⟧ sobreviventes", 17, None, "other", "landslide-q-rescued"),
         Fg("mais de ⟦1.200⟧ moradores", 1200, "more than", "displaced", "landslide-q-evacuated"),
         Fg("⟦dois⟧ voluntários", 2, None, "missing", "landslide-q-korean-missing"))),
    Art("ml5-landslide", "saebyeoknews.example", "world/2026/11/03/peru-landslide", "2026-11-03", "ko",
        "페루 산사태로 14명 사망…한국인 봉사단원 2명 실종",
        ("페루 남부 알토케누알주 우아일라마르카에서 사흘간 이어진 폭우 끝에 2일 새벽(현지시간) 산사태가 발생해 최소 "
         "14명이 숨지고 23명이 실종됐다. 흙더미가 주택 40여 채를 덮쳤다.",
         "주페루 한국대사관에 따르면 실종자 가운데는 현지에서 교육 봉사활동을 하던 한국인 2명이 포함돼 있다. 함께 "
         "있던 또 다른 한국인 1명은 다리를 다친 채 구조돼 병원에서 치료를 받고 있다. 대사관 측은 영사 2명을 현장에 "
         "급파했다고 밝혔다.",
         "로센도 아차타 우아일라마르카 시장은 “산이 몇 초 만에 무너져 내렸고 사람들은 자고 있었다”고 말했다. 그는 "
         "밤에도 수색 작업을 멈추지 않겠다고 강조했다.",
         "현지 지질학자 루시아 파레데스는 비탈면이 여전히 불안정해 추가 붕괴 가능성이 있다고 경고했다. 구조대는 "
         "지금까지 17명을 구조했으며 주민 1천200여 명이 대피했다."),
        (St("따르면 ⟦실종자 가운데는 현지에서 교육 봉사활동을 하던 한국인 2명이 포함돼 있다⟧",
            "South Korean embassy in Peru", "indirect", "landslide-u7"),
         St("대사관 측은 ⟦영사 2명을 현장에 급파했다⟧고", "South Korean embassy in Peru", "indirect", "landslide-u8"),
         St("“⟦산이 몇 초 만에 무너져 내렸고 사람들은 자고 있었다⟧”", "Rosendo Achata", "direct", "landslide-u1"),
         St("그는 ⟦밤에도 수색 작업을 멈추지 않겠다⟧고", "Rosendo Achata", "indirect", "landslide-u2"),
         St("파레데스는 ⟦비탈면이 여전히 불안정해 추가 붕괴 가능성이 있다⟧고", "Lucía Paredes", "indirect",
            "landslide-u3")),
        (Fg("최소 ⟦14⟧명이", 14, "at least", "killed", "landslide-q-killed"),
         Fg("⟦23⟧명이 실종", 23, None, "missing", "landslide-q-missing"),
         Fg("주택 ⟦40여⟧ 채", 40, "more than", "other", "landslide-q-homes"),
         Fg("한국인 ⟦2⟧명이 포함", 2, None, "missing", "landslide-q-korean-missing"),
         Fg("한국인 ⟦1⟧명은", 1, None, "wounded", "landslide-q-korean-injured"),
         Fg("지금까지 ⟦17⟧명을", 17, None, "other", "landslide-q-rescued"),
         Fg("주민 ⟦1천200여⟧ 명", 1200, "more than", "displaced", "landslide-q-evacuated"))),
    Art("ml5-landslide", "weserblick.example", "panorama/erdrutsch-peru-huaylamarca-1.5531", "2026-11-03", "de",
        "Erdrutsch in Peru: Zahl der Toten steigt auf 14",
        ("Nach dem verheerenden Erdrutsch in der peruanischen Andenstadt Huaylamarca ist die Zahl der Todesopfer auf "
         "14 gestiegen. 23 Menschen gelten noch als vermisst, wie der Zivilschutz der Provinz Alto Quenual am "
         "Dienstag mitteilte. Schlamm und Geröll hatten nach tagelangem Starkregen rund 40 Häuser unter sich "
         "begraben.",
         "„Der Berg ist in wenigen Sekunden heruntergekommen, und die Leute haben geschlafen“, sagte Bürgermeister "
         "Rosendo Achata. Die Suche werde auch nachts fortgesetzt, versicherte er.",
         "Laut der Geologin Lucía Paredes vom Andinen Institut für Geodynamik ist der Hang weiterhin instabil. Sie "
         "habe seit Monaten davor gewarnt, in der Schlucht zu bauen, fügte die Wissenschaftlerin hinzu.",
         "Nach Angaben der südkoreanischen Botschaft in Lima sind unter den Vermissten zwei Südkoreaner, die in "
         "Huaylamarca als freiwillige Lehrer arbeiteten. Ein weiterer Koreaner wurde verletzt gerettet. Insgesamt "
         "wurden 17 Menschen lebend aus den Trümmern gezogen; mehr als 1.200 Anwohner mussten ihre Häuser "
         "verlassen."),
        (St("⟦23 Menschen gelten noch als vermisst⟧, wie", "Alto Quenual civil defence", "indirect", "landslide-u9"),
         St("„⟦Der Berg ist in wenigen Sekunden heruntergekommen, und die Leute haben geschlafen⟧“",
            "Rosendo Achata", "direct", "landslide-u1"),
         St("⟦Die Suche werde auch nachts fortgesetzt⟧, versicherte", "Rosendo Achata", "indirect", "landslide-u2"),
         St("Geodynamik ⟦ist der Hang weiterhin instabil⟧", "Lucía Paredes", "indirect", "landslide-u3"),
         St("⟦Sie habe seit Monaten davor gewarnt, in der Schlucht zu bauen⟧, fügte", "Lucía Paredes", "indirect",
            "landslide-u4"),
         St("Lima ⟦sind unter den Vermissten zwei Südkoreaner, die in Huaylamarca als freiwillige Lehrer "
            "arbeiteten⟧", "South Korean embassy in Peru", "indirect", "landslide-u7")),
        (Fg("auf ⟦14⟧ gestiegen", 14, None, "killed", "landslide-q-killed"),
         Fg("⟦23⟧ Menschen gelten", 23, None, "missing", "landslide-q-missing"),
         Fg("rund ⟦40⟧ Häuser", 40, "about", "other", "landslide-q-homes"),
         Fg("⟦zwei⟧ Südkoreaner", 2, None, "missing", "landslide-q-korean-missing"),
         Fg("wurden ⟦17⟧ Menschen", 17, None, "other", "landslide-q-rescued"),
         Fg("mehr als ⟦1.200⟧ Anwohner", 1200, "more than", "displaced", "landslide-q-evacuated"))),
    Art("ml5-landslide", "meridianpost.example", "world/2026/11/03/peru-huaylamarca-landslide", "2026-11-03", "en",
        "Peru landslide: 14 dead, two South Koreans among the missing",
        ("Rescuers in the Peruvian Andes were digging through mud for a second day on Tuesday after a landslide "
         "buried about 40 homes in the town of Huaylamarca, killing at least 14 people. Twenty-three remain "
         "missing.",
         '"The mountain came down in seconds, and people were asleep," Mayor Rosendo Achata said. The search would '
         "carry on through the night, he said.",
         "Geologist Lucía Paredes of the Andean Institute of Geodynamics warned that the slope was still unstable. "
         "According to Paredes, rainfall over the previous 72 hours had been twice the average for the whole of "
         "October.",
         "South Korea's embassy in Lima said two South Korean volunteer teachers were among the missing and a third "
         "had been rescued with leg injuries. It had sent two consular officers to Huaylamarca, the embassy added.",
         "Seventeen people have been pulled alive from the debris, and more than 1,200 residents have been "
         "evacuated."),
        (St('"⟦The mountain came down in seconds, and people were asleep⟧,"', "Rosendo Achata", "direct",
            "landslide-u1"),
         St("⟦The search would carry on through the night⟧, he said", "Rosendo Achata", "indirect", "landslide-u2"),
         St("warned that ⟦the slope was still unstable⟧", "Lucía Paredes", "indirect", "landslide-u3"),
         St("According to Paredes, ⟦rainfall over the previous 72 hours had been twice the average for the whole "
            "of October⟧", "Lucía Paredes", "indirect", "landslide-u6"),
         St("Lima said ⟦two South Korean volunteer teachers were among the missing and a third had been rescued "
            "with leg injuries⟧", "South Korean embassy in Peru", "indirect", "landslide-u7"),
         St("⟦It had sent two consular officers to Huaylamarca⟧, the embassy added", "South Korean embassy in Peru",
            "indirect", "landslide-u8")),
        (Fg("at least ⟦14⟧ people", 14, "at least", "killed", "landslide-q-killed"),
         Fg("⟦Twenty-three⟧ remain", 23, None, "missing", "landslide-q-missing"),
         Fg("about ⟦40⟧ homes", 40, "about", "other", "landslide-q-homes"),
         Fg("said ⟦two⟧ South Korean", 2, None, "missing", "landslide-q-korean-missing"),
         Fg("⟦Seventeen⟧ people", 17, None, "other", "landslide-q-rescued"),
         Fg("more than ⟦1,200⟧ residents", 1200, "more than", "displaced", "landslide-q-evacuated"))),
    Art("ml5-landslide", "laprovinciadiarenzo.example", "esteri/2026/11/03/peru-frana-huaylamarca", "2026-11-03",
        "it",
        "Frana nelle Ande peruviane, almeno 13 morti. Dispersi anche due volontari coreani",
        ("Sale ad almeno 13 il bilancio delle vittime della frana che all'alba di lunedì ha travolto una quarantina "
         "di case a Huaylamarca, cittadina andina nel sud del Perù. I dispersi sono ancora una ventina.",
         "«La montagna è venuta giù in pochi secondi, e la gente dormiva», ha raccontato il sindaco Rosendo Achata. "
         "Secondo il primo cittadino, le ricerche andranno avanti anche di notte.",
         "La geologa Lucía Paredes, dell'Istituto andino di geodinamica, ha spiegato che in 72 ore è caduta il doppio "
         "della pioggia che di solito cade in tutto ottobre, e che il versante resta instabile.",
         "Tra i dispersi ci sono due giovani volontari sudcoreani che insegnavano in una scuola del paese, ha fatto "
         "sapere l'ambasciata della Corea del Sud a Lima. Sono 17 le persone estratte vive dal fango, mentre oltre "
         "1.200 abitanti hanno dovuto lasciare le loro case."),
        (St("«⟦La montagna è venuta giù in pochi secondi, e la gente dormiva⟧»", "Rosendo Achata", "direct",
            "landslide-u1"),
         St("cittadino, ⟦le ricerche andranno avanti anche di notte⟧", "Rosendo Achata", "indirect", "landslide-u2"),
         St("spiegato che ⟦in 72 ore è caduta il doppio della pioggia che di solito cade in tutto ottobre⟧",
            "Lucía Paredes", "indirect", "landslide-u6"),
         St("e che ⟦il versante resta instabile⟧", "Lucía Paredes", "indirect", "landslide-u3"),
         St("⟦Tra i dispersi ci sono due giovani volontari sudcoreani che insegnavano in una scuola del paese⟧, ha "
            "fatto sapere", "South Korean embassy in Peru", "indirect", "landslide-u7")),
        (Fg("almeno ⟦13⟧ il bilancio", 13, "at least", "killed", "landslide-q-killed"),
         Fg("⟦una quarantina⟧ di case", 40, "about", "other", "landslide-q-homes"),
         Fg("ancora ⟦una ventina⟧", 20, "about", "missing", "landslide-q-missing"),
         Fg("ci sono ⟦due⟧ giovani", 2, None, "missing", "landslide-q-korean-missing"),
         Fg("Sono ⟦17⟧ le persone", 17, None, "other", "landslide-q-rescued"),
         Fg("oltre ⟦1.200⟧ abitanti", 1200, "more than", "displaced", "landslide-q-evacuated"))),
    # ---------------------------------------------------------------- story ml5-mall-shooting: a mall shooting (TEST)
    Art("ml5-mall-shooting", "echodelaleze.example", "faits-divers/2026/11/14/fusillade-centre-commercial-tilleuls",
        "2026-11-14", "fr",
        "Fusillade au centre commercial des Tilleuls à Vérenne : quatre morts selon un premier bilan",
        ("Au moins quatre personnes ont été tuées et neuf blessées samedi après-midi dans une fusillade au centre "
         "commercial des Tilleuls, à Vérenne. D'après une source policière, deux tireurs auraient ouvert le feu au "
         "rez-de-chaussée, près de l'entrée de l'hypermarché.",
         f"Quelque 2{NB}000 clients et salariés ont été évacués par les forces de l'ordre, qui ont bouclé le quartier "
         f"pendant plus de trois heures. «{NB}J'ai entendu trois détonations, puis tout le monde s'est mis à courir "
         f"vers les escaliers{NB}», raconte Nadia Berkane, vendeuse dans un magasin de chaussures de la galerie.",
         "Un homme a été interpellé sur le parking, a indiqué la préfecture de la Haute-Lèze, sans préciser s'il "
         "s'agissait de l'un des tireurs."),
        (St("policière, ⟦deux tireurs auraient ouvert le feu au rez-de-chaussée, près de l'entrée de "
            "l'hypermarché⟧", "Vérenne police source (anonymous)", "indirect", "mall-u8"),
         St(f"«{NB}⟦J'ai entendu trois détonations, puis tout le monde s'est mis à courir vers les escaliers⟧{NB}»",
            "Nadia Berkane", "direct", "mall-u3"),
         St("⟦Un homme a été interpellé sur le parking⟧, a indiqué", "Haute-Lèze prefecture", "indirect",
            "mall-u9")),
        (Fg("Au moins ⟦quatre⟧ personnes", 4, "at least", "killed", "mall-q-killed"),
         Fg("et ⟦neuf⟧ blessées", 9, None, "wounded", "mall-q-wounded"),
         Fg(f"Quelque ⟦2{NB}000⟧ clients", 2000, "about", "other", "mall-q-evacuated"))),
    Art("ml5-mall-shooting", "ilgiornaledelmonviso.example", "esteri/2026/11/14/francia-sparatoria-verenne",
        "2026-11-14", "it",
        "Sparatoria in un centro commerciale in Francia: quattro morti, si cercano due uomini",
        ("Sono almeno quattro i morti e una decina i feriti della sparatoria avvenuta sabato pomeriggio nel centro "
         "commerciale Les Tilleuls di Vérenne, nel sud-est della Francia. Circa duemila persone sono state fatte "
         "uscire dall'edificio.",
         "Secondo fonti di polizia citate dai media francesi, a sparare sarebbero stati due uomini, uno dei quali è "
         "stato fermato nel parcheggio.",
         "«Ho sentito tre colpi, poi tutti hanno cominciato a correre verso le scale», ha raccontato ai giornalisti "
         "una commessa, Nadia Berkane.",
         "Il prefetto della Haute-Lèze, Bertrand Soulac, ha detto che al momento non ci sono elementi che facciano "
         "pensare a un attentato terroristico."),
        (St("francesi, ⟦a sparare sarebbero stati due uomini, uno dei quali è stato fermato nel parcheggio⟧",
            "Vérenne police source (anonymous)", "indirect", "mall-u8"),
         St("«⟦Ho sentito tre colpi, poi tutti hanno cominciato a correre verso le scale⟧»", "Nadia Berkane",
            "direct", "mall-u3"),
         St("detto che ⟦al momento non ci sono elementi che facciano pensare a un attentato terroristico⟧",
            "Bertrand Soulac", "indirect", "mall-u5")),
        (Fg("almeno ⟦quattro⟧ i morti", 4, "at least", "killed", "mall-q-killed"),
         Fg("e ⟦una decina⟧ i feriti", 10, "about", "wounded", "mall-q-wounded"),
         Fg("Circa ⟦duemila⟧ persone", 2000, "about", "other", "mall-q-evacuated"))),
    Art("ml5-mall-shooting", "courrierdelaleze.example", "verenne/fusillade-tilleuls-bilan-corrige", "2026-11-15",
        "fr",
        "Fusillade de Vérenne : la police corrige le bilan, trois morts et un seul tireur",
        ("Le bilan de la fusillade qui a semé la panique samedi au centre commercial des Tilleuls a été revu à la "
         "baisse : trois personnes ont perdu la vie, et non quatre comme annoncé dans un premier temps. Le nombre de "
         "blessés, lui, est passé à 14, dont plusieurs se sont blessés dans la bousculade.",
         f"«{NB}Il n'y avait qu'un seul tireur, qui a agi seul{NB}», a affirmé dimanche le commissaire divisionnaire "
         "Hervé Lanticq, directeur départemental de la sécurité publique. Selon lui, une victime donnée pour morte "
         "avait en réalité été réanimée par les pompiers avant son transfert à l'hôpital.",
         "Le suspect, un homme de 34 ans, a été interpellé sur le parking sans opposer de résistance, a précisé le "
         "policier. D'après une source proche de l'enquête, il venait d'être licencié par l'une des enseignes de la "
         "galerie.",
         "Au CHU de Vérenne, la porte-parole Claire Motteron a indiqué que quatre blessés se trouvaient toujours en "
         f"urgence absolue. «{NB}Les équipes ont opéré toute la nuit{NB}», a-t-elle ajouté."),
        (St(f"«{NB}⟦Il n'y avait qu'un seul tireur, qui a agi seul⟧{NB}»", "Hervé Lanticq", "direct", "mall-u1"),
         St("Selon lui, ⟦une victime donnée pour morte avait en réalité été réanimée par les pompiers avant son "
            "transfert à l'hôpital⟧", "Hervé Lanticq", "indirect", "mall-u7"),
         St("⟦Le suspect, un homme de 34 ans, a été interpellé sur le parking sans opposer de résistance⟧, a précisé",
            "Hervé Lanticq", "indirect", "mall-u2"),
         St("l'enquête, ⟦il venait d'être licencié par l'une des enseignes de la galerie⟧",
            "Vérenne police source (anonymous)", "indirect", "mall-u6"),
         St("indiqué que ⟦quatre blessés se trouvaient toujours en urgence absolue⟧", "Claire Motteron", "indirect",
            "mall-u4"),
         St(f"«{NB}⟦Les équipes ont opéré toute la nuit⟧{NB}»", "Claire Motteron", "direct", "mall-u10")),
        (Fg("baisse : ⟦trois⟧ personnes", 3, None, "killed", "mall-q-killed"),
         Fg("et non ⟦quatre⟧ comme", 4, None, "killed", "mall-q-killed"),
         Fg("passé à ⟦14⟧", 14, None, "wounded", "mall-q-wounded"),
         Fg("que ⟦quatre⟧ blessés", 4, None, "wounded", "mall-q-critical"))),
    Art("ml5-mall-shooting", "spreeblatt.example", "panorama/frankreich-schuesse-einkaufszentrum-verenne-1.6120",
        "2026-11-15", "de",
        "Schüsse in französischem Einkaufszentrum: Polizei korrigiert Zahl der Toten auf drei",
        ("Nach den Schüssen in einem Einkaufszentrum im südostfranzösischen Vérenne hat die Polizei die Zahl der "
         "Todesopfer von vier auf drei korrigiert. 14 Menschen wurden verletzt. Nach Angaben des "
         "Universitätsklinikums schweben vier von ihnen in Lebensgefahr.",
         "„Es gab nur einen Schützen, und er hat allein gehandelt“, sagte der Polizeichef des Départements, Hervé "
         "Lanticq, am Sonntag. Am Vortag hatten französische Medien unter Berufung auf Polizeikreise noch von zwei "
         "Tätern berichtet.",
         "Laut Lanticq wurde der mutmaßliche Schütze, ein 34-jähriger Mann aus der Region, auf dem Parkplatz "
         "festgenommen. Er soll kurz zuvor von einem Geschäft in dem Einkaufszentrum entlassen worden sein, hieß es "
         "aus Ermittlerkreisen.",
         "Die Augenzeugin Nadia Berkane, Verkäuferin in einem Schuhgeschäft, schilderte, sie habe drei Schüsse "
         "gehört, „dann sind alle zu den Treppen gerannt“. Rund 2.000 Kunden und Angestellte wurden aus dem Gebäude "
         "gebracht.",
         "Präfekt Bertrand Soulac erklärte, es gebe derzeit keine Hinweise auf einen terroristischen Hintergrund."),
        (St("Universitätsklinikums ⟦schweben vier von ihnen in Lebensgefahr⟧", "CHU de Vérenne", "indirect",
            "mall-u4"),
         St("„⟦Es gab nur einen Schützen, und er hat allein gehandelt⟧“", "Hervé Lanticq", "direct", "mall-u1"),
         St("Laut Lanticq ⟦wurde der mutmaßliche Schütze, ein 34-jähriger Mann aus der Region, auf dem Parkplatz "
            "festgenommen⟧", "Hervé Lanticq", "indirect", "mall-u2"),
         St("⟦Er soll kurz zuvor von einem Geschäft in dem Einkaufszentrum entlassen worden sein⟧, hieß",
            "Vérenne police source (anonymous)", "indirect", "mall-u6"),
         St("schilderte, ⟦sie habe drei Schüsse gehört, „dann sind alle zu den Treppen gerannt“⟧", "Nadia Berkane",
            "partial", "mall-u3"),
         St("erklärte, ⟦es gebe derzeit keine Hinweise auf einen terroristischen Hintergrund⟧", "Bertrand Soulac",
            "indirect", "mall-u5")),
        (Fg("von ⟦vier⟧ auf", 4, None, "killed", "mall-q-killed"),
         Fg("auf ⟦drei⟧ korrigiert", 3, None, "killed", "mall-q-killed"),
         Fg("⟦14⟧ Menschen wurden", 14, None, "wounded", "mall-q-wounded"),
         Fg("schweben ⟦vier⟧ von", 4, None, "wounded", "mall-q-critical"),
         Fg("Rund ⟦2.000⟧ Kunden", 2000, "about", "other", "mall-q-evacuated"))),
    Art("ml5-mall-shooting", "daehanpyeongron.example", "news/articleView.html?idxno=415877", "2026-11-15", "ko",
        "프랑스 쇼핑몰 총격…경찰 “사망 3명, 총격범은 1명”",
        ("프랑스 남동부 베렌의 틸뢸 쇼핑센터에서 14일 오후(현지시간) 총격 사건이 발생해 3명이 숨지고 14명이 다쳤다. "
         "사건 직후 현지 언론은 사망자가 4명이며 총격범이 2명이라고 보도했으나 경찰은 이를 바로잡았다.",
         "에르베 랑티크 오트레즈 경찰국장은 15일 기자회견에서 “총격범은 한 명뿐이었고 단독으로 범행했다”고 말했다. "
         "그는 처음에 사망자로 집계됐던 부상자 1명이 소방대의 심폐소생술로 의식을 되찾았다고 설명했다.",
         "베렌대학병원 클레르 모트롱 대변인에 따르면 부상자 가운데 4명은 여전히 위독한 상태다. 쇼핑센터 안에 있던 "
         "손님과 직원 2천여 명이 긴급 대피했다.",
         "목격자 나디아 베르칸은 “총소리가 세 번 들리더니 모두가 계단 쪽으로 뛰기 시작했다”고 전했다. 현지 경찰에 "
         "따르면 용의자는 34세 남성으로, 쇼핑센터 주차장에서 체포됐다."),
        (St("언론은 ⟦사망자가 4명이며 총격범이 2명⟧이라고", "French media (early reports)", "indirect", "mall-u12"),
         St("“⟦총격범은 한 명뿐이었고 단독으로 범행했다⟧”", "Hervé Lanticq", "direct", "mall-u1"),
         St("그는 ⟦처음에 사망자로 집계됐던 부상자 1명이 소방대의 심폐소생술로 의식을 되찾았다⟧고", "Hervé Lanticq",
            "indirect", "mall-u7"),
         St("대변인에 따르면 ⟦부상자 가운데 4명은 여전히 위독한 상태다⟧", "Claire Motteron", "indirect", "mall-u4"),
         St("“⟦총소리가 세 번 들리더니 모두가 계단 쪽으로 뛰기 시작했다⟧”", "Nadia Berkane", "direct", "mall-u3"),
         St("따르면 ⟦용의자는 34세 남성으로, 쇼핑센터 주차장에서 체포됐다⟧", "Vérenne police", "indirect",
            "mall-u2")),
        (Fg("⟦3⟧명이 숨지고", 3, None, "killed", "mall-q-killed"),
         Fg("⟦14⟧명이 다쳤다", 14, None, "wounded", "mall-q-wounded"),
         Fg("사망자가 ⟦4⟧명이며", 4, None, "killed", "mall-q-killed"),
         Fg("가운데 ⟦4⟧명은", 4, None, "wounded", "mall-q-critical"),
         Fg("직원 ⟦2천여⟧ 명", 2000, "more than", "other", "mall-q-evacuated"))),
    Art("ml5-mall-shooting", "atlanticdispatch.example", "europe/2026/11/15/france-verenne-mall-shooting",
        "2026-11-15", "en",
        "French mall shooting: police lower death toll to three, say gunman acted alone",
        ("Three people were killed and 14 wounded when a gunman opened fire in a shopping centre in the southern "
         "French city of Vérenne on Saturday, police said on Sunday, revising an earlier toll of four dead.",
         '"There was only one shooter, and he acted alone," said Hervé Lanticq, the head of public security for the '
         "Haute-Lèze department. He said the suspect, a 34-year-old local man, had been arrested in the car park "
         "without a struggle.",
         "Claire Motteron, a spokeswoman for Vérenne University Hospital, said four of the wounded were in a "
         'critical condition. Surgeons "operated through the night", she said.',
         "Nadia Berkane, who works in a shoe shop in the centre, said she heard three shots \"and then everyone "
         'started running for the stairs". Some 2,000 shoppers and staff were evacuated.',
         "A police source, speaking on condition of anonymity, said the man had recently been dismissed by one of "
         "the mall's shops. Prefect Bertrand Soulac said nothing so far pointed to a terrorist motive."),
        (St("⟦Three people were killed and 14 wounded when a gunman opened fire in a shopping centre in the southern "
            "French city of Vérenne on Saturday⟧, police said", "Vérenne police", "indirect", "mall-u11"),
         St('"⟦There was only one shooter, and he acted alone⟧,"', "Hervé Lanticq", "direct", "mall-u1"),
         St("He said ⟦the suspect, a 34-year-old local man, had been arrested in the car park without a struggle⟧",
            "Hervé Lanticq", "indirect", "mall-u2"),
         St("said ⟦four of the wounded were in a critical condition⟧", "Claire Motteron", "indirect", "mall-u4"),
         St('⟦Surgeons "operated through the night"⟧, she said', "Claire Motteron", "partial", "mall-u10"),
         St('said ⟦she heard three shots "and then everyone started running for the stairs"⟧', "Nadia Berkane",
            "partial", "mall-u3"),
         St("anonymity, said ⟦the man had recently been dismissed by one of the mall's shops⟧",
            "Vérenne police source (anonymous)", "indirect", "mall-u6"),
         St("Soulac said ⟦nothing so far pointed to a terrorist motive⟧", "Bertrand Soulac", "indirect", "mall-u5")),
        (Fg("⟦Three⟧ people", 3, None, "killed", "mall-q-killed"),
         Fg("and ⟦14⟧ wounded", 14, None, "wounded", "mall-q-wounded"),
         Fg("of ⟦four⟧ dead", 4, None, "killed", "mall-q-killed"),
         Fg("said ⟦four⟧ of the wounded", 4, None, "wounded", "mall-q-critical"),
         Fg("Some ⟦2,000⟧ shoppers", 2000, "about", "other", "mall-q-evacuated"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_11: dict[str, tuple[str, ...]] = {
    "Rosendo Achata": ("Rosendo Achata", "Achata", "로센도 아차타", "아차타", "로센도 아차타 우아일라마르카 시장",
                       "Bürgermeister Rosendo Achata", "Mayor Rosendo Achata", "alcalde", "autarca",
                       "sindaco Rosendo Achata", "sindaco", "primo cittadino"),
    "Lucía Paredes": ("Lucía Paredes", "Lucia Paredes", "Paredes", "루시아 파레데스", "파레데스",
                      "Geologin Lucía Paredes", "Geologist Lucía Paredes", "geóloga", "Wissenschaftlerin", "geologa"),
    "South Korean embassy in Peru": ("주페루 한국대사관", "한국대사관", "대사관", "대사관 측",
                                     "südkoreanische Botschaft in Lima",
                                     "südkoreanischen Botschaft in Lima", "Botschaft", "South Korea's embassy in Lima",
                                     "South Korea's embassy", "embassy", "embaixada da Coreia do Sul em Lima",
                                     "embaixada", "ambasciata della Corea del Sud a Lima", "ambasciata"),
    "Huaylamarca resident (anonymous)": ("vecina", "una vecina", "moradora", "uma moradora"),
    "Alto Quenual civil defence": ("Zivilschutz", "Zivilschutz der Provinz Alto Quenual", "Defensa Civil",
                                   "civil defence"),
    "Hervé Lanticq": ("Hervé Lanticq", "Herve Lanticq", "Lanticq", "에르베 랑티크", "랑티크",
                      "에르베 랑티크 오트레즈 경찰국장", "commissaire divisionnaire Hervé Lanticq", "policier",
                      "Polizeichef"),
    "Nadia Berkane": ("Nadia Berkane", "Berkane", "나디아 베르칸", "베르칸", "목격자 나디아 베르칸",
                      "Augenzeugin Nadia Berkane", "commessa", "vendeuse", "Verkäuferin"),
    "Claire Motteron": ("Claire Motteron", "Motteron", "클레르 모트롱", "모트롱", "클레르 모트롱 대변인",
                        "porte-parole Claire Motteron", "spokeswoman"),
    "CHU de Vérenne": ("CHU de Vérenne", "Universitätsklinikum", "Universitätsklinikums",
                       "Vérenne University Hospital", "베렌대학병원"),
    "Bertrand Soulac": ("Bertrand Soulac", "Soulac", "Präfekt Bertrand Soulac", "Prefect Bertrand Soulac",
                        "prefetto", "préfet", "베르트랑 술라크"),
    "Haute-Lèze prefecture": ("préfecture de la Haute-Lèze", "préfecture", "prefettura"),
    "French media (early reports)": ("현지 언론", "언론", "französische Medien", "media francesi"),
    "Vérenne police": ("police", "Polizei", "polizia", "경찰", "현지 경찰"),
    "Vérenne police source (anonymous)": ("source policière", "une source policière", "source proche de l'enquête",
                                          "fonti di polizia", "Ermittlerkreisen", "police source",
                                          "A police source"),
}
