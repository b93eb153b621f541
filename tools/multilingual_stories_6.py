"""Stories of the third held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (both test, listed in TEST_STORIES there): a river flood below a hydroelectric dam whose toll is revised
over four days (ml4-flood); a lorry fire in a road tunnel under the French-Italian border whose dead the two
countries' authorities count differently until a joint statement (ml4-tunnel).

Annotation choices beyond the protocol: a toll the civil-protection agency gives on a new day is a new utterance (the
same quantities, though); a rescuer quoted without a name is one anonymous source across outlets; a sentence that
quotes a whole clause after a fronted cue (`Según X, "…"`) is direct; a toll given with a verb of counting rather
than of saying (`zählen`, `집계했다`, `put the toll at`) is a figure of that source, not a statement; a rumour with no
source (`…것으로 전해졌다`) is no statement. The South Korean foreign ministry is the entity already defined for a dev
story (tools/multilingual_stories_5.py), reused here rather than defined twice.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_6: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story ml4-flood: a river flood (TEST)
    Art("ml4-flood", "lecodellevalli.example", "cronaca/2026/10/13/piena-lisona-borgo-sarentico", "2026-10-13", "it",
        "Esonda il Lisòna, quattro morti e undici dispersi nel Valdastra",
        ("Quattro morti, undici dispersi e circa 2.500 sfollati: è il bilancio, ancora provvisorio, della piena del "
         "Lisòna, che nella notte tra lunedì e martedì ha travolto Borgo Sarentico e i paesi della bassa valle.",
         "«Stiamo vivendo le ore più difficili nella storia di questa regione», ha detto la presidente della Regione, "
         "Renata Scolari, dopo aver sorvolato in elicottero la zona allagata. Scolari ha annunciato che chiederà al "
         "governo di dichiarare lo stato di emergenza.",
         "Sotto accusa è finita la diga di Pian dell'Orso, a monte del paese, gestita dalla società Valdastra "
         "Energia. «La diga ha retto, non c'è stato alcun cedimento», ha assicurato il direttore tecnico Ettore "
         "Malvezzi. Secondo Malvezzi, le paratoie erano state aperte già domenica sera per alleggerire la pressione "
         "sull'invaso.",
         "Più di 400 tra vigili del fuoco, volontari e militari sono al lavoro nella valle. «L'acqua è arrivata come "
         "un muro, in pochi minuti», racconta un soccorritore che chiede di non essere nominato."),
        (St("«⟦Stiamo vivendo le ore più difficili nella storia di questa regione⟧»", "Renata Scolari", "direct",
            "flood-u1"),
         St("annunciato che ⟦chiederà al governo di dichiarare lo stato di emergenza⟧", "Renata Scolari", "indirect",
            "flood-u2"),
         St("«⟦La diga ha retto, non c'è stato alcun cedimento⟧»", "Ettore Malvezzi", "direct", "flood-u3"),
         St("Secondo Malvezzi, ⟦le paratoie erano state aperte già domenica sera per alleggerire la pressione "
            "sull'invaso⟧", "Ettore Malvezzi", "indirect", "flood-u4"),
         St("«⟦L'acqua è arrivata come un muro, in pochi minuti⟧»", "Lisòna rescuer (anonymous)", "direct",
            "flood-u5")),
        (Fg("⟦Quattro⟧ morti", 4, None, "killed", "flood-q-dead"),
         Fg("⟦undici⟧ dispersi", 11, None, "missing", "flood-q-missing"),
         Fg("circa ⟦2.500⟧ sfollati", 2500, "about", "displaced", "flood-q-evacuated"),
         Fg("Più di ⟦400⟧ tra", 400, "more than", "other", "flood-q-rescuers"))),
    Art("ml4-flood", "alpenbote.example", "panorama/hochwasser-valdastra-1.8817", "2026-10-14", "de",
        "Hochwasser in Norditalien: Zahl der Toten steigt auf sechs",
        ("Nach dem Hochwasser am Fluss Lisòna in der norditalienischen Region Valdastra ist die Zahl der Toten auf "
         "sechs gestiegen. Nach Angaben des regionalen Zivilschutzes werden noch zehn Menschen vermisst, mehr als "
         "3.000 Bewohner mussten ihre Häuser verlassen.",
         "„Das sind die schwersten Stunden in der Geschichte dieser Region“, sagte Regionalpräsidentin Renata "
         "Scolari nach einem Hubschrauberflug über das Überschwemmungsgebiet. Sie kündigte an, dass sie die "
         "Regierung in Rom um die Ausrufung des Notstands bitten werde.",
         "Im Mittelpunkt der Kritik steht der Staudamm Pian dell'Orso oberhalb von Borgo Sarentico, betrieben vom "
         "Energieversorger Valdastra Energia. „Der Damm hat gehalten, es gab keinerlei Bruch“, erklärte dessen "
         "Technikchef Ettore Malvezzi. Laut Malvezzi wurden die Schleusen bereits am Sonntagabend geöffnet, um den "
         "Druck auf den Stausee zu verringern.",
         "Rund 450 Einsatzkräfte suchen weiter nach den Vermissten. Ein Feuerwehrmann, der seinen Namen nicht in "
         "der Zeitung lesen will, beschrieb das Wasser als „eine Wand“, die binnen Minuten gekommen sei."),
        (St("Zivilschutzes ⟦werden noch zehn Menschen vermisst, mehr als 3.000 Bewohner mussten ihre Häuser "
            "verlassen⟧", "Valdastra civil protection", "indirect", "flood-u6"),
         St("„⟦Das sind die schwersten Stunden in der Geschichte dieser Region⟧“", "Renata Scolari", "direct",
            "flood-u1"),
         St("dass ⟦sie die Regierung in Rom um die Ausrufung des Notstands bitten werde⟧", "Renata Scolari",
            "indirect", "flood-u2"),
         St("„⟦Der Damm hat gehalten, es gab keinerlei Bruch⟧“", "Ettore Malvezzi", "direct", "flood-u3"),
         St("Laut Malvezzi ⟦wurden die Schleusen bereits am Sonntagabend geöffnet, um den Druck auf den Stausee zu "
            "verringern⟧", "Ettore Malvezzi", "indirect", "flood-u4"),
         St("beschrieb ⟦das Wasser als „eine Wand“, die binnen Minuten gekommen sei⟧", "Lisòna rescuer (anonymous)",
            "partial", "flood-u5")),
        (Fg("auf ⟦sechs⟧ gestiegen", 6, None, "killed", "flood-q-dead"),
         Fg("noch ⟦zehn⟧ Menschen", 10, None, "missing", "flood-q-missing"),
         Fg("mehr als ⟦3.000⟧ Bewohner", 3000, "more than", "displaced", "flood-q-evacuated"),
         Fg("Rund ⟦450⟧ Einsatzkräfte", 450, "about", "other", "flood-q-rescuers"))),
    Art("ml4-flood", "hangangtimes.example", "news/articleView.html?idxno=310552", "2026-10-14", "ko",
        "이탈리아 북부 홍수 사망 6명·실종 10명…3천여 명 대피",
        ("이탈리아 북부 발다스트라주를 흐르는 리소나강이 범람해 지금까지 6명이 숨지고 10명이 실종됐다고 현지 "
         "시민보호청이 14일 밝혔다. 주민 3천여 명은 집을 떠나 대피소에 머물고 있다.",
         "레나타 스콜라리 발다스트라 주지사는 헬기로 피해 지역을 둘러본 뒤 “지금이 이 지역 역사상 가장 힘든 "
         "시간”이라고 말했다. 그는 중앙정부에 국가비상사태 선포를 요청하겠다고 밝혔다.",
         "상류의 피안델오르소 댐을 운영하는 발다스트라 에네르지아의 에토레 말베치 기술이사는 “댐은 무너지지 "
         "않았고 어떤 균열도 없었다”고 강조했다. 말베치 이사에 따르면 수문은 이미 일요일 밤에 열려 있었다.",
         "현장에는 구조대원 450여 명이 투입돼 실종자를 찾고 있다."),
        (St("⟦이탈리아 북부 발다스트라주를 흐르는 리소나강이 범람해 지금까지 6명이 숨지고 10명이 실종됐다⟧고",
            "Valdastra civil protection", "indirect", "flood-u6"),
         St("“⟦지금이 이 지역 역사상 가장 힘든 시간⟧”", "Renata Scolari", "direct", "flood-u1"),
         St("그는 ⟦중앙정부에 국가비상사태 선포를 요청하겠다⟧고", "Renata Scolari", "indirect", "flood-u2"),
         St("“⟦댐은 무너지지 않았고 어떤 균열도 없었다⟧”", "Ettore Malvezzi", "direct", "flood-u3"),
         St("따르면 ⟦수문은 이미 일요일 밤에 열려 있었다⟧", "Ettore Malvezzi", "indirect", "flood-u4")),
        (Fg("지금까지 ⟦6⟧명이", 6, None, "killed", "flood-q-dead"),
         Fg("⟦10⟧명이 실종", 10, None, "missing", "flood-q-missing"),
         Fg("주민 ⟦3천여⟧ 명", 3000, "more than", "displaced", "flood-q-evacuated"),
         Fg("구조대원 ⟦450여⟧ 명", 450, "more than", "other", "flood-q-rescuers"))),
    Art("ml4-flood", "jornaldoribeiro.example", "mundo/cheias-italia-valdastra-seis-mortos", "2026-10-14", "pt",
        "Cheias no norte de Itália fazem seis mortos",
        ("Subiu para seis o número de mortos das cheias provocadas pelo transbordo do rio Lisòna, na região italiana "
         "de Valdastra. Segundo a Proteção Civil regional, dez pessoas continuam desaparecidas e cerca de 3.100 "
         "foram retiradas de casa.",
         "“Estamos a viver as horas mais difíceis da história desta região”, afirmou a presidente regional, Renata "
         "Scolari. A responsável disse que vai pedir ao Governo de Roma a declaração do estado de emergência.",
         "Ettore Malvezzi, diretor técnico da Valdastra Energia, a empresa que gere a barragem de Pian dell'Orso, "
         "garante que a barragem “aguentou” e que não houve qualquer rutura. Segundo ele, as comportas foram "
         "abertas no domingo à noite para aliviar a pressão.",
         "Mais de 450 operacionais participam nas buscas."),
        (St("regional, ⟦dez pessoas continuam desaparecidas e cerca de 3.100 foram retiradas de casa⟧",
            "Valdastra civil protection", "indirect", "flood-u6"),
         St("“⟦Estamos a viver as horas mais difíceis da história desta região⟧”", "Renata Scolari", "direct",
            "flood-u1"),
         St("disse que ⟦vai pedir ao Governo de Roma a declaração do estado de emergência⟧", "Renata Scolari",
            "indirect", "flood-u2"),
         St("garante que ⟦a barragem “aguentou” e que não houve qualquer rutura⟧", "Ettore Malvezzi", "partial",
            "flood-u3"),
         St("Segundo ele, ⟦as comportas foram abertas no domingo à noite para aliviar a pressão⟧", "Ettore Malvezzi",
            "indirect", "flood-u4")),
        (Fg("para ⟦seis⟧ o número", 6, None, "killed", "flood-q-dead"),
         Fg("⟦dez⟧ pessoas continuam", 10, None, "missing", "flood-q-missing"),
         Fg("cerca de ⟦3.100⟧ foram", 3100, "about", "displaced", "flood-q-evacuated"),
         Fg("Mais de ⟦450⟧ operacionais", 450, "more than", "other", "flood-q-rescuers"))),
    Art("ml4-flood", "heraldodelnorte.example", "internacional/2026-10-14/inundaciones-italia-lisona", "2026-10-14",
        "es",
        "Seis muertos y diez desaparecidos por el desbordamiento de un río en el norte de Italia",
        ("Al menos seis personas han muerto y otras diez siguen desaparecidas tras el desbordamiento del río Lisòna, "
         "en la región italiana de Valdastra, donde más de 3.000 vecinos han tenido que abandonar sus hogares.",
         "La presidenta regional, Renata Scolari, afirmó que la región vive \"las horas más difíciles de su "
         "historia\" y anunció que pedirá al Gobierno italiano que declare el estado de emergencia.",
         "Según Ettore Malvezzi, director técnico de Valdastra Energia, la empresa que gestiona la presa de Pian "
         "dell'Orso, \"la presa resistió y no hubo ninguna rotura\". Las compuertas se abrieron el domingo por la "
         "noche para aliviar la presión del embalse, explicó.",
         "Un bombero, que pidió el anonimato, describió una crecida \"como un muro\" que arrasó la parte baja del "
         "pueblo en pocos minutos."),
        (St("afirmó que ⟦la región vive \"las horas más difíciles de su historia\"⟧", "Renata Scolari", "partial",
            "flood-u1"),
         St("anunció que ⟦pedirá al Gobierno italiano que declare el estado de emergencia⟧", "Renata Scolari",
            "indirect", "flood-u2"),
         St("\"⟦la presa resistió y no hubo ninguna rotura⟧\"", "Ettore Malvezzi", "direct", "flood-u3"),
         St("⟦Las compuertas se abrieron el domingo por la noche para aliviar la presión del embalse⟧, explicó",
            "Ettore Malvezzi", "indirect", "flood-u4"),
         St("describió ⟦una crecida \"como un muro\" que arrasó la parte baja del pueblo en pocos minutos⟧",
            "Lisòna rescuer (anonymous)", "partial", "flood-u5")),
        (Fg("Al menos ⟦seis⟧ personas", 6, "at least", "killed", "flood-q-dead"),
         Fg("otras ⟦diez⟧ siguen", 10, None, "missing", "flood-q-missing"),
         Fg("más de ⟦3.000⟧ vecinos", 3000, "more than", "displaced", "flood-q-evacuated"))),
    Art("ml4-flood", "continentalpost.example", "world/2026/10/16/italy-lisona-flood-toll", "2026-10-16", "en",
        "Italy flood toll rises to nine as search for the missing goes on",
        ("The death toll from flooding along the Lisòna river in northern Italy has risen to nine, the Valdastra "
         "region's civil protection agency said on Friday, with six people still unaccounted for. Around 3,400 "
         "residents remain in emergency shelters.",
         "\"These are the hardest hours this region has ever lived through,\" regional president Renata Scolari said "
         "after flying over the flooded valley by helicopter. She said she would ask the government in Rome to "
         "declare a state of emergency.",
         "Questions have focused on the Pian dell'Orso dam upstream of Borgo Sarentico. Ettore Malvezzi, technical "
         "director of the operator, Valdastra Energia, insisted the dam \"held\" and that its floodgates had been "
         "opened on Sunday evening to ease the pressure on the reservoir.",
         "More than 500 firefighters, soldiers and volunteers are combing the valley. One rescuer, speaking on "
         "condition of anonymity, said the water had come down \"like a wall\"."),
        (St("⟦The death toll from flooding along the Lisòna river in northern Italy has risen to nine⟧, the "
            "Valdastra", "Valdastra civil protection", "indirect", "flood-u7"),
         St("\"⟦These are the hardest hours this region has ever lived through⟧,\"", "Renata Scolari", "direct",
            "flood-u1"),
         St("She said ⟦she would ask the government in Rome to declare a state of emergency⟧", "Renata Scolari",
            "indirect", "flood-u2"),
         St("insisted ⟦the dam \"held\"⟧", "Ettore Malvezzi", "partial", "flood-u3"),
         St("and that ⟦its floodgates had been opened on Sunday evening to ease the pressure on the reservoir⟧",
            "Ettore Malvezzi", "indirect", "flood-u4"),
         St("said ⟦the water had come down \"like a wall\"⟧", "Lisòna rescuer (anonymous)", "partial",
            "flood-u5")),
        (Fg("risen to ⟦nine⟧", 9, None, "killed", "flood-q-dead"),
         Fg("with ⟦six⟧ people", 6, None, "missing", "flood-q-missing"),
         Fg("Around ⟦3,400⟧ residents", 3400, "about", "displaced", "flood-q-evacuated"),
         Fg("More than ⟦500⟧ firefighters", 500, "more than", "other", "flood-q-rescuers"))),
    # ---------------------------------------------------------------- story ml4-tunnel: a tunnel fire (TEST)
    Art("ml4-tunnel", "lechodesalpes.example", "faits-divers/incendie-tunnel-arvel-bilan", "2026-11-18", "fr",
        "Incendie dans le tunnel de l'Arvel : au moins cinq morts",
        ("Au moins cinq personnes ont péri et 23 ont été blessées dans l'incendie qui s'est déclaré mardi soir dans "
         "le tunnel routier de l'Arvel, sous la frontière franco-italienne. Un poids lourd a pris feu à environ "
         "quatre kilomètres de l'entrée française, piégeant une trentaine de véhicules derrière lui.",
         f"«{NB}Les pompiers sont entrés dans une fournaise{NB}», a déclaré le préfet de la Haute-Arvelle, Olivier "
         "Marchadier, lors d'un point presse à Saint-Jorand. Le préfet a précisé que plus de 150 usagers avaient pu "
         "gagner les abris pressurisés du tunnel.",
         "Côté italien, le bilan n'est pas le même. D'après la préfecture de Castelvaro, sept personnes sont mortes, "
         "dont deux retrouvées dans la partie italienne de l'ouvrage. Selon le préfet Marchadier, l'écart entre les "
         f"deux décomptes s'explique par des zones «{NB}encore inaccessibles{NB}» du tunnel.",
         "La société exploitante, le GEIE Tunnel de l'Arvel, a annoncé que l'ouvrage resterait fermé "
         f"«{NB}au moins plusieurs semaines{NB}»."),
        (St(f"«{NB}⟦Les pompiers sont entrés dans une fournaise⟧{NB}»", "Olivier Marchadier", "direct", "tunnel-u1"),
         St("précisé que ⟦plus de 150 usagers avaient pu gagner les abris pressurisés du tunnel⟧",
            "Olivier Marchadier", "indirect", "tunnel-u2"),
         St("Castelvaro, ⟦sept personnes sont mortes, dont deux retrouvées dans la partie italienne de l'ouvrage⟧",
            "Prefettura di Castelvaro", "indirect", "tunnel-u3"),
         St(f"Marchadier, ⟦l'écart entre les deux décomptes s'explique par des zones «{NB}encore inaccessibles{NB}» "
            "du tunnel⟧", "Olivier Marchadier", "partial", "tunnel-u4"),
         St(f"annoncé que ⟦l'ouvrage resterait fermé «{NB}au moins plusieurs semaines{NB}»⟧",
            "GEIE Tunnel de l'Arvel", "partial", "tunnel-u5")),
        (Fg("Au moins ⟦cinq⟧ personnes", 5, "at least", "killed", "tunnel-q-dead"),
         Fg("et ⟦23⟧ ont été", 23, None, "wounded", "tunnel-q-injured"),
         Fg("⟦une trentaine⟧ de véhicules", 30, "about", "other", "tunnel-q-vehicles"),
         Fg("plus de ⟦150⟧ usagers", 150, "more than", "other", "tunnel-q-sheltered"),
         Fg("⟦sept⟧ personnes sont mortes", 7, None, "killed", "tunnel-q-dead"))),
    Art("ml4-tunnel", "ilgiornaledivalsorre.example", "cronaca/rogo-traforo-arvello-sette-vittime", "2026-11-18",
        "it",
        "Rogo nel traforo dell'Arvello, sette vittime",
        ("È di sette morti il bilancio dell'incendio scoppiato martedì sera nel traforo dell'Arvello, il tunnel "
         "stradale che collega l'Italia alla Francia. Secondo la prefettura di Castelvaro, due delle vittime sono "
         "state trovate nel tratto italiano della galleria.",
         "Per il prefetto francese Olivier Marchadier, invece, i morti sono cinque. «I numeri li daremo solo quando "
         "avremo ispezionato ogni metro del tunnel», ha detto il prefetto di Castelvaro, Nicola Ardenghi. Ardenghi "
         "ha aggiunto che una quarantina di veicoli sono rimasti intrappolati nel fumo.",
         "Secondo fonti sanitarie della provincia, i feriti sono una ventina, tra cui due turisti sudcoreani."),
        (St("Castelvaro, ⟦due delle vittime sono state trovate nel tratto italiano della galleria⟧",
            "Prefettura di Castelvaro", "indirect", "tunnel-u3"),
         St("invece, ⟦i morti sono cinque⟧", "Olivier Marchadier", "indirect", "tunnel-u6"),
         St("«⟦I numeri li daremo solo quando avremo ispezionato ogni metro del tunnel⟧»", "Nicola Ardenghi",
            "direct", "tunnel-u7"),
         St("aggiunto che ⟦una quarantina di veicoli sono rimasti intrappolati nel fumo⟧", "Nicola Ardenghi",
            "indirect", "tunnel-u8"),
         St("provincia, ⟦i feriti sono una ventina, tra cui due turisti sudcoreani⟧",
            "Castelvaro health sources (anonymous)", "indirect", "tunnel-u9")),
        (Fg("di ⟦sette⟧ morti", 7, None, "killed", "tunnel-q-dead"),
         Fg("morti sono ⟦cinque⟧", 5, None, "killed", "tunnel-q-dead"),
         Fg("⟦una quarantina⟧ di veicoli", 40, "about", "other", "tunnel-q-vehicles"),
         Fg("sono ⟦una ventina⟧", 20, "about", "wounded", "tunnel-q-injured"),
         Fg("⟦due⟧ turisti", 2, None, "wounded", "tunnel-q-korean-injured"))),
    Art("ml4-tunnel", "bergstrasse-zeitung.example", "panorama/arvel-tunnel-brand-1.22904", "2026-11-18", "de",
        "Brand im Arvel-Tunnel: Frankreich und Italien nennen unterschiedliche Opferzahlen",
        ("Nach dem Brand im Arvel-Straßentunnel zwischen Frankreich und Italien herrscht Unklarheit über die Zahl "
         "der Toten. Die französischen Behörden zählen mindestens fünf Tote, die italienische Präfektur in Castelvaro "
         "sieben. 23 Menschen wurden verletzt.",
         "„Unsere Feuerwehrleute sind in einen Glutofen hineingegangen“, sagte der Präfekt des Départements "
         "Haute-Arvelle, Olivier Marchadier. Mehr als 150 Autofahrer hätten sich in die Schutzräume des Tunnels "
         "retten können, fügte er hinzu.",
         "Ausgelöst wurde das Feuer nach ersten Erkenntnissen von einem brennenden Lastwagen, rund vier Kilometer "
         "hinter der französischen Einfahrt. Dahinter steckten rund 35 Fahrzeuge fest. Einer der Lkw-Fahrer, der "
         "Slowake Tibor Ondrejka, schilderte der Nachrichtenagentur, er habe „nur noch schwarzen Rauch“ gesehen und "
         "sei zu Fuß geflohen.",
         "Laut dem Tunnelbetreiber GEIE Tunnel de l'Arvel bleibt die Röhre „mindestens mehrere Wochen“ gesperrt."),
        (St("„⟦Unsere Feuerwehrleute sind in einen Glutofen hineingegangen⟧“", "Olivier Marchadier", "direct",
            "tunnel-u1"),
         St("⟦Mehr als 150 Autofahrer hätten sich in die Schutzräume des Tunnels retten können⟧, fügte",
            "Olivier Marchadier", "indirect", "tunnel-u2"),
         St("Nachrichtenagentur, ⟦er habe „nur noch schwarzen Rauch“ gesehen und sei zu Fuß geflohen⟧",
            "Tibor Ondrejka", "partial", "tunnel-u10"),
         St("l'Arvel ⟦bleibt die Röhre „mindestens mehrere Wochen“ gesperrt⟧", "GEIE Tunnel de l'Arvel", "partial",
            "tunnel-u5")),
        (Fg("mindestens ⟦fünf⟧ Tote", 5, "at least", "killed", "tunnel-q-dead"),
         Fg("Castelvaro ⟦sieben⟧", 7, None, "killed", "tunnel-q-dead"),
         Fg("⟦23⟧ Menschen wurden verletzt", 23, None, "wounded", "tunnel-q-injured"),
         Fg("Mehr als ⟦150⟧ Autofahrer", 150, "more than", "other", "tunnel-q-sheltered"),
         Fg("rund ⟦35⟧ Fahrzeuge", 35, "about", "other", "tunnel-q-vehicles"))),
    Art("ml4-tunnel", "dongnamilbo.example", "news/articleView.html?idxno=77310", "2026-11-18", "ko",
        "프랑스·이탈리아 국경 터널 화재…한국인 관광객 2명 부상",
        ("프랑스와 이탈리아 국경 아래를 지나는 아르벨 도로터널에서 17일 밤(현지시간) 화물차 화재가 발생해 최소 "
         "5명이 숨지고 23명이 다쳤다. 이탈리아 카스텔바로 당국은 사망자를 7명으로 집계했다.",
         "외교부에 따르면 부상자 가운데 한국인 단체관광객 2명이 포함됐다. 두 사람 모두 생명에는 지장이 없는 "
         "상태다.",
         "올리비에 마르샤디에 프랑스 오트아르벨 도지사는 “소방관들이 불가마 속으로 들어갔다”고 말했다. 그는 "
         "150명 이상이 터널 내 대피소로 피신했다고 덧붙였다.",
         "니콜라 아르덴기 카스텔바로 도지사는 “터널을 1미터도 빠짐없이 점검한 뒤에야 숫자를 발표하겠다”고 "
         "밝혔다. 터널 안에는 차량 40여 대가 갇혀 있었던 것으로 전해졌다."),
        (St("따르면 ⟦부상자 가운데 한국인 단체관광객 2명이 포함됐다⟧", "South Korean foreign ministry", "indirect",
            "tunnel-u11"),
         St("“⟦소방관들이 불가마 속으로 들어갔다⟧”", "Olivier Marchadier", "direct", "tunnel-u1"),
         St("그는 ⟦150명 이상이 터널 내 대피소로 피신했다⟧고", "Olivier Marchadier", "indirect", "tunnel-u2"),
         St("“⟦터널을 1미터도 빠짐없이 점검한 뒤에야 숫자를 발표하겠다⟧”", "Nicola Ardenghi", "direct",
            "tunnel-u7")),
        (Fg("최소 ⟦5⟧명이", 5, "at least", "killed", "tunnel-q-dead"),
         Fg("⟦23⟧명이 다쳤다", 23, None, "wounded", "tunnel-q-injured"),
         Fg("사망자를 ⟦7⟧명으로", 7, None, "killed", "tunnel-q-dead"),
         Fg("단체관광객 ⟦2⟧명", 2, None, "wounded", "tunnel-q-korean-injured"),
         # 이상 is inclusive ("150 or more"): at least, as the Korean lexicon and the set's other Korean figures read it
         # (relabelled from "more than" by the lead when this story was in dev, 2026-12-06)
         Fg("⟦150⟧명 이상이", 150, "at least", "other", "tunnel-q-sheltered"),
         Fg("차량 ⟦40여⟧ 대", 40, "more than", "other", "tunnel-q-vehicles"))),
    Art("ml4-tunnel", "continentalpost.example", "world/2026/11/19/arvel-tunnel-fire-joint-toll", "2026-11-19", "en",
        "Tunnel fire death toll rises to eight as France and Italy agree on a joint count",
        ("Eight people died in the fire that engulfed the Arvel road tunnel beneath the French-Italian border on "
         "Tuesday night, French and Italian authorities said in a joint statement on Thursday, ending two days of "
         "conflicting figures. Twenty-six people were injured.",
         "The French authorities had put the toll at five and the Italian prefecture in Castelvaro at seven. Prefect "
         "Olivier Marchadier said on Wednesday that parts of the tunnel had been \"still out of reach\" for rescuers.",
         "\"Our firefighters walked into a furnace,\" Marchadier told reporters. Some 40 vehicles were trapped behind "
         "the burning lorry, and more than 150 drivers and passengers sheltered in the tunnel's pressurised refuges.",
         "Slovak lorry driver Tibor Ondrejka said he had seen \"nothing but black smoke\" before running for the "
         "exit. The operator, GEIE Tunnel de l'Arvel, said the tunnel would stay closed for several weeks at least."),
        (St("⟦Eight people died in the fire that engulfed the Arvel road tunnel beneath the French-Italian border on "
            "Tuesday night⟧, French", "French and Italian authorities (joint statement)", "indirect", "tunnel-u12"),
         St("Wednesday that ⟦parts of the tunnel had been \"still out of reach\" for rescuers⟧", "Olivier Marchadier",
            "partial", "tunnel-u4"),
         St("\"⟦Our firefighters walked into a furnace⟧,\"", "Olivier Marchadier", "direct", "tunnel-u1"),
         St("said ⟦he had seen \"nothing but black smoke\" before running for the exit⟧", "Tibor Ondrejka",
            "partial", "tunnel-u10"),
         St("l'Arvel, said ⟦the tunnel would stay closed for several weeks at least⟧", "GEIE Tunnel de l'Arvel",
            "indirect", "tunnel-u5")),
        (Fg("⟦Eight⟧ people died", 8, None, "killed", "tunnel-q-dead"),
         Fg("⟦Twenty-six⟧ people", 26, None, "wounded", "tunnel-q-injured"),
         Fg("toll at ⟦five⟧", 5, None, "killed", "tunnel-q-dead"),
         Fg("Castelvaro at ⟦seven⟧", 7, None, "killed", "tunnel-q-dead"),
         Fg("Some ⟦40⟧ vehicles", 40, "about", "other", "tunnel-q-vehicles"),
         Fg("more than ⟦150⟧ drivers", 150, "more than", "other", "tunnel-q-sheltered"))),
    Art("ml4-tunnel", "lagacetadelvalle.example", "internacional/2026-11-19/incendio-tunel-arvel-ocho-muertos",
        "2026-11-19", "es",
        "Ocho muertos en el incendio del túnel del Arvel, según el recuento conjunto de Francia e Italia",
        ("Francia e Italia elevaron este jueves a ocho el número de muertos en el incendio del túnel de carretera "
         "del Arvel, que atraviesa el macizo bajo la frontera entre ambos países. Hasta ahora, las autoridades "
         "francesas hablaban de cinco fallecidos y la prefectura italiana de Castelvaro, de siete.",
         "Según el comunicado conjunto, 26 personas resultaron heridas, entre ellas dos turistas surcoreanos. El "
         "prefecto francés Olivier Marchadier dijo que los bomberos habían entrado \"en un horno\".",
         "Unos 40 vehículos quedaron atrapados detrás del camión en llamas. \"Solo veía humo negro, así que salí "
         "corriendo\", contó el camionero eslovaco Tibor Ondrejka.",
         "La empresa gestora, el GEIE Tunnel de l'Arvel, ha indicado que el túnel permanecerá cerrado al menos "
         "varias semanas."),
        (St("conjunto, ⟦26 personas resultaron heridas, entre ellas dos turistas surcoreanos⟧",
            "French and Italian authorities (joint statement)", "indirect", "tunnel-u13"),
         St("dijo que ⟦los bomberos habían entrado \"en un horno\"⟧", "Olivier Marchadier", "partial", "tunnel-u1"),
         St("\"⟦Solo veía humo negro, así que salí corriendo⟧\"", "Tibor Ondrejka", "direct", "tunnel-u10"),
         St("indicado que ⟦el túnel permanecerá cerrado al menos varias semanas⟧", "GEIE Tunnel de l'Arvel",
            "indirect", "tunnel-u5")),
        (Fg("a ⟦ocho⟧ el número", 8, None, "killed", "tunnel-q-dead"),
         Fg("de ⟦cinco⟧ fallecidos", 5, None, "killed", "tunnel-q-dead"),
         Fg("Castelvaro, de ⟦siete⟧", 7, None, "killed", "tunnel-q-dead"),
         Fg("⟦26⟧ personas", 26, None, "wounded", "tunnel-q-injured"),
         Fg("⟦dos⟧ turistas", 2, None, "wounded", "tunnel-q-korean-injured"),
         Fg("Unos ⟦40⟧ vehículos", 40, "about", "other", "tunnel-q-vehicles"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_6: dict[str, tuple[str, ...]] = {
    "Renata Scolari": ("Renata Scolari", "Scolari", "레나타 스콜라리", "스콜라리", "레나타 스콜라리 발다스트라 주지사",
                       "presidente della Regione", "Regionalpräsidentin Renata Scolari", "presidente regional",
                       "presidenta regional", "regional president Renata Scolari"),
    "Ettore Malvezzi": ("Ettore Malvezzi", "Malvezzi", "에토레 말베치", "말베치", "말베치 이사", "에토레 말베치 기술이사",
                        "Technikchef Ettore Malvezzi", "diretor técnico", "director técnico", "direttore tecnico"),
    "Valdastra civil protection": ("Valdastra civil protection", "Protezione civile regionale", "Zivilschutz",
                                   "regionaler Zivilschutz", "시민보호청", "현지 시민보호청", "Proteção Civil",
                                   "Proteção Civil regional", "civil protection agency",
                                   "Valdastra region's civil protection agency"),
    "Lisòna rescuer (anonymous)": ("soccorritore", "un soccorritore", "Feuerwehrmann", "Ein Feuerwehrmann", "bombero",
                                   "Un bombero", "rescuer", "One rescuer"),
    "Olivier Marchadier": ("Olivier Marchadier", "Marchadier", "préfet Marchadier", "올리비에 마르샤디에", "마르샤디에",
                           "올리비에 마르샤디에 프랑스 오트아르벨 도지사", "préfet de la Haute-Arvelle",
                           "prefetto francese Olivier Marchadier", "Prefect Olivier Marchadier",
                           "prefecto francés Olivier Marchadier"),
    "Nicola Ardenghi": ("Nicola Ardenghi", "Ardenghi", "니콜라 아르덴기", "아르덴기", "니콜라 아르덴기 카스텔바로 도지사",
                        "prefetto di Castelvaro"),
    "Prefettura di Castelvaro": ("Prefettura di Castelvaro", "prefettura di Castelvaro", "préfecture de Castelvaro",
                                 "Präfektur in Castelvaro", "카스텔바로 당국", "Italian prefecture in Castelvaro"),
    "GEIE Tunnel de l'Arvel": ("GEIE Tunnel de l'Arvel", "GEIE", "société exploitante", "Tunnelbetreiber",
                               "Tunnelbetreiber GEIE Tunnel de l'Arvel", "operator", "empresa gestora"),
    "Tibor Ondrejka": ("Tibor Ondrejka", "Ondrejka", "Slowake Tibor Ondrejka", "lorry driver Tibor Ondrejka",
                       "camionero eslovaco Tibor Ondrejka"),
    "Castelvaro health sources (anonymous)": ("fonti sanitarie", "fonti sanitarie della provincia"),
    "French and Italian authorities (joint statement)": ("French and Italian authorities", "authorities",
                                                         "comunicado conjunto"),
}
