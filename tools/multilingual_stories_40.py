"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every country, town, person, company, outlet and figure is invented. Stories here (both TEST, listed in
TEST_STORIES there): a turbine fire at an offshore wind farm, a sewage spill from a failed treatment plant.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_40: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a turbine fire at an offshore wind farm (TEST)
    Art("ml9-wind-farm-fire", "northseaherald.example", "energy/2026/11/03/solgrund-turbine-fire", "2026-11-03",
        "en",
        "Fire on offshore turbine forces evacuation of Solgrund wind farm",
        ("A fire broke out in the nacelle of a turbine at the Solgrund Nord offshore wind farm on Tuesday morning, "
         "forcing the evacuation of 38 technicians working at the site, 60 kilometres off Brenmark's west coast. One "
         "technician was reported missing for several hours before a coast guard helicopter spotted him.",
         "Coast guard commander Aksel Rønning said a helicopter crew had found the missing man, a 27-year-old from "
         "Hovland, in a life raft about four kilometres from the turbine. \"He was frozen, but he was talking to us,\" "
         "Rønning said. Two of his colleagues were treated for smoke inhalation, according to the operator, Havbris "
         "Energi.",
         "\"Our people come first, the turbine second,\" said Sigrun Eklöv, a spokeswoman for Havbris. She said the "
         "entire 480-megawatt farm had been shut down as a precaution and would stay offline until every turbine had "
         "been inspected.",
         "The company put the damage at around €12 million. Tove Lindqvar, who leads the Offshore Technicians' Union, "
         "said her members had warned for months that maintenance crews were stretched too thin. \"This was not bad "
         "luck,\" she said."),
        (St("Rønning said ⟦a helicopter crew had found the missing man, a 27-year-old from Hovland, in a life raft "
            "about four kilometres from the turbine⟧", "Aksel Rønning", "indirect", "windfarm-u2"),
         St("\"⟦He was frozen, but he was talking to us⟧,\"", "Aksel Rønning", "direct", "windfarm-u9"),
         St("⟦Two of his colleagues were treated for smoke inhalation⟧, according", "Havbris Energi", "indirect",
            "windfarm-u8"),
         St("\"⟦Our people come first, the turbine second⟧,\"", "Sigrun Eklöv", "direct", "windfarm-u1"),
         St("She said ⟦the entire 480-megawatt farm had been shut down as a precaution and would stay offline until "
            "every turbine had been inspected⟧", "Sigrun Eklöv", "indirect", "windfarm-u4"),
         St("said ⟦her members had warned for months that maintenance crews were stretched too thin⟧",
            "Tove Lindqvar", "indirect", "windfarm-u3"),
         St("\"⟦This was not bad luck⟧,\"", "Tove Lindqvar", "direct", "windfarm-u5")),
        (Fg("evacuation of ⟦38⟧ technicians", 38, None, "other", "windfarm-q-evacuated"),
         Fg("⟦One⟧ technician was reported missing", 1, None, "missing", "windfarm-q-missing"),
         Fg("⟦Two⟧ of his colleagues", 2, None, "wounded", "windfarm-q-wounded"),
         Fg("entire ⟦480⟧-megawatt", 480, None, "other", "windfarm-q-output"),
         Fg("around ⟦€12 million⟧", 12_000_000, "about", "money", "windfarm-q-damage"))),
    Art("ml9-wind-farm-fire", "kuestenblatt.example", "wirtschaft/windpark-solgrund-brand-1.88214", "2026-11-03",
        "de",
        "Brand auf Windkraftanlage: Offshore-Park Solgrund Nord evakuiert",
        ("Im Offshore-Windpark Solgrund Nord vor der Westküste Brenmarks ist am Dienstagmorgen eine Turbine in Brand "
         "geraten. Alle 38 Techniker, die auf dem Gelände arbeiteten, wurden in Sicherheit gebracht; einer von ihnen "
         "galt stundenlang als vermisst.",
         "„Die Sicherheit unserer Leute geht vor, erst dann kommt die Anlage“, sagte Betreibersprecherin Sigrun "
         "Eklöv. Nach ihren Worten wurde der gesamte Park mit einer Leistung von 480 Megawatt vorsorglich vom Netz "
         "genommen.",
         "Laut Küstenwache-Kommandant Aksel Rønning entdeckte eine Hubschrauberbesatzung den vermissten "
         "27-Jährigen am Nachmittag in einer Rettungsinsel, rund vier Kilometer von der Turbine entfernt. Der Mann "
         "sei unterkühlt, aber ansprechbar gewesen, sagte Rønning. Ein Techniker, der namentlich nicht genannt "
         "werden wollte, berichtete, der Rauch habe sich binnen Minuten im Maschinenhaus ausgebreitet.",
         "Die Gewerkschaft der Offshore-Techniker erhebt schwere Vorwürfe. Ihre Vorsitzende Tove Lindqvar sagte, man "
         "habe seit Monaten davor gewarnt, dass die Wartungsteams überlastet seien. Den Schaden beziffert Havbris "
         "Energi vorläufig auf rund 12 Millionen Euro."),
        (St("„⟦Die Sicherheit unserer Leute geht vor, erst dann kommt die Anlage⟧“", "Sigrun Eklöv", "direct",
            "windfarm-u1"),
         St("Nach ihren Worten ⟦wurde der gesamte Park mit einer Leistung von 480 Megawatt vorsorglich vom Netz "
            "genommen⟧", "Sigrun Eklöv", "indirect", "windfarm-u4"),
         St("Rønning ⟦entdeckte eine Hubschrauberbesatzung den vermissten 27-Jährigen am Nachmittag in einer "
            "Rettungsinsel, rund vier Kilometer von der Turbine entfernt⟧", "Aksel Rønning", "indirect",
            "windfarm-u2"),
         St("⟦Der Mann sei unterkühlt, aber ansprechbar gewesen⟧, sagte", "Aksel Rønning", "indirect",
            "windfarm-u9"),
         St("berichtete, ⟦der Rauch habe sich binnen Minuten im Maschinenhaus ausgebreitet⟧",
            "Solgrund Nord technician (anonymous)", "indirect", "windfarm-u6"),
         St("Lindqvar sagte, ⟦man habe seit Monaten davor gewarnt, dass die Wartungsteams überlastet seien⟧",
            "Tove Lindqvar", "indirect", "windfarm-u3")),
        (Fg("Alle ⟦38⟧ Techniker", 38, None, "other", "windfarm-q-evacuated"),
         Fg("von ⟦480⟧ Megawatt", 480, None, "other", "windfarm-q-output"),
         Fg("rund ⟦12 Millionen Euro⟧", 12_000_000, "about", "money", "windfarm-q-damage"))),
    Art("ml9-wind-farm-fire", "haeyangilbo.example", "news/articleView.html?idxno=310552", "2026-11-04", "ko",
        "브렌마르크 해상풍력단지 터빈 화재…기술자 38명 대피, 1명 한때 실종",
        ("브렌마르크 서부 해안에서 약 60㎞ 떨어진 솔그룬드 노르 해상풍력단지에서 3일 오전(현지시간) 터빈 한 기에 불이 "
         "나 현장에서 일하던 기술자 38명이 긴급 대피했다. 이 가운데 1명은 몇 시간 동안 연락이 끊겼다가 구명뗏목에서 "
         "발견됐다.",
         "악셀 뢰닝 브렌마르크 해안경비대 사령관은 “구조 헬기가 터빈에서 4㎞가량 떨어진 해상에서 뗏목을 "
         "발견했다”고 말했다. 그는 “몸은 얼어 있었지만 대화는 가능한 상태였다”고 덧붙였다.",
         "운영사 하브브리스 에네르기에 따르면 동료 기술자 2명이 연기를 들이마셔 치료를 받았다. 시그룬 에클뢰브 "
         "대변인은 발전용량 480㎿ 규모의 단지 전체를 예방 차원에서 가동 중단했으며 모든 터빈의 점검이 끝날 때까지 "
         "재가동하지 않겠다고 밝혔다.",
         "피해액은 당초 1천200만 유로로 추산됐으나 하브브리스 측은 4일 피해액이 3천만 유로에 이를 수 있다고 "
         "수정했다. 해상기술자노조의 토베 린드크바르 위원장은 “이번 화재는 불운이 아니다”라며 독립적인 조사를 "
         "요구했다."),
        (St("“⟦구조 헬기가 터빈에서 4㎞가량 떨어진 해상에서 뗏목을 발견했다⟧”", "Aksel Rønning", "direct",
            "windfarm-u2"),
         St("“⟦몸은 얼어 있었지만 대화는 가능한 상태였다⟧”", "Aksel Rønning", "direct", "windfarm-u9"),
         St("따르면 ⟦동료 기술자 2명이 연기를 들이마셔 치료를 받았다⟧", "Havbris Energi", "indirect",
            "windfarm-u8"),
         St("대변인은 ⟦발전용량 480㎿ 규모의 단지 전체를 예방 차원에서 가동 중단했으며 모든 터빈의 점검이 끝날 때까지 "
            "재가동하지 않겠다⟧고", "Sigrun Eklöv", "indirect", "windfarm-u4"),
         St("측은 4일 ⟦피해액이 3천만 유로에 이를 수 있다⟧고", "Havbris Energi", "indirect", "windfarm-u7"),
         St("“⟦이번 화재는 불운이 아니다⟧”", "Tove Lindqvar", "direct", "windfarm-u5")),
        (Fg("기술자 ⟦38⟧명이", 38, None, "other", "windfarm-q-evacuated"),
         Fg("이 가운데 ⟦1⟧명은", 1, None, "missing", "windfarm-q-missing"),
         Fg("기술자 ⟦2⟧명이", 2, None, "wounded", "windfarm-q-wounded"),
         Fg("발전용량 ⟦480⟧㎿", 480, None, "other", "windfarm-q-output"),
         Fg("당초 ⟦1천200만 유로⟧로", 12_000_000, None, "money", "windfarm-q-damage"),
         Fg("피해액이 ⟦3천만 유로⟧에", 30_000_000, None, "money", "windfarm-q-damage"))),
    Art("ml9-wind-farm-fire", "lavigiedunord.example", "economie/brenmark-eolienne-incendie-solgrund", "2026-11-04",
        "fr",
        "Brenmark : après l'incendie d'une éolienne en mer, la facture s'alourdit",
        ("L'incendie qui a ravagé mardi une éolienne du parc en mer de Solgrund Nord, au large du Brenmark, coûtera "
         "bien plus cher que prévu. D'après l'exploitant, Havbris Energi, les dégâts pourraient atteindre 30 millions "
         "d'euros, contre 12 millions annoncés la veille.",
         "Une quarantaine de techniciens avaient dû être évacués du site. L'un d'eux, porté disparu pendant près de "
         "cinq heures, a été retrouvé dans un radeau de survie par un hélicoptère des garde-côtes. "
         f"«{NB}Il était gelé, mais il nous parlait{NB}», a raconté le commandant Aksel Rønning.",
         "La porte-parole de Havbris, Sigrun Eklöv, a indiqué que l'ensemble du parc, d'une puissance de "
         f"480{NB}mégawatts, resterait à l'arrêt jusqu'à l'inspection de chaque machine. «{NB}Nos équipes passent "
         f"avant les turbines{NB}», a-t-elle insisté.",
         "Tove Lindqvar, présidente du syndicat des techniciens offshore, dénonce des équipes de maintenance "
         f"«{NB}à bout de souffle{NB}» depuis des mois. Selon elle, l'incendie n'est «{NB}pas un coup de "
         f"malchance{NB}»."),
        (St("Havbris Energi, ⟦les dégâts pourraient atteindre 30 millions d'euros, contre 12 millions annoncés la "
            "veille⟧", "Havbris Energi", "indirect", "windfarm-u7"),
         St(f"«{NB}⟦Il était gelé, mais il nous parlait⟧{NB}»", "Aksel Rønning", "direct", "windfarm-u9"),
         St(f"indiqué que ⟦l'ensemble du parc, d'une puissance de 480{NB}mégawatts, resterait à l'arrêt jusqu'à "
            "l'inspection de chaque machine⟧", "Sigrun Eklöv", "indirect", "windfarm-u4"),
         St(f"«{NB}⟦Nos équipes passent avant les turbines⟧{NB}»", "Sigrun Eklöv", "direct", "windfarm-u1"),
         St(f"dénonce ⟦des équipes de maintenance «{NB}à bout de souffle{NB}» depuis des mois⟧", "Tove Lindqvar",
            "partial", "windfarm-u3"),
         St(f"Selon elle, ⟦l'incendie n'est «{NB}pas un coup de malchance{NB}»⟧", "Tove Lindqvar", "partial",
            "windfarm-u5")),
        (Fg("atteindre ⟦30 millions d'euros⟧", 30_000_000, None, "money", "windfarm-q-damage"),
         Fg("contre ⟦12 millions⟧ annoncés", 12_000_000, None, "money", "windfarm-q-damage"),
         Fg("⟦Une quarantaine⟧ de techniciens", 40, "about", "other", "windfarm-q-evacuated"),
         Fg(f"puissance de ⟦480⟧{NB}mégawatts", 480, None, "other", "windfarm-q-output"))),
    Art("ml9-wind-farm-fire", "eldiariodelcabo.example", "internacional/2026-11-04/incendio-eolico-brenmark",
        "2026-11-04", "es",
        "Arde una turbina en un parque eólico marino del Brenmark",
        ("Un incendio en una turbina del parque eólico marino Solgrund Nord, frente a la costa occidental del "
         "Brenmark, obligó el martes a evacuar a 38 técnicos. Uno de ellos estuvo desaparecido durante cinco horas, "
         "hasta que un helicóptero de la guardia costera lo localizó en una balsa salvavidas.",
         "Según el comandante de la guardia costera, Aksel Rønning, la balsa se encontraba a unos cuatro kilómetros "
         "de la turbina. \"Estaba helado, pero podía hablar\", relató.",
         "La operadora, Havbris Energi, elevó este miércoles su estimación de los daños a 30 millones de euros, "
         "frente a los 12 millones calculados en un primer momento. Dos técnicos fueron atendidos por inhalación de "
         "humo, y los 480 megavatios del parque siguen desconectados de la red.",
         "Tove Lindqvar, líder del sindicato de técnicos offshore, afirmó que los equipos de mantenimiento llevaban "
         "meses trabajando al límite y exigió una investigación independiente. Una técnica que estaba en el parque y "
         "que pidió no ser identificada contó que el humo llenó la sala de máquinas \"en cuestión de minutos\"."),
        (St("Rønning, ⟦la balsa se encontraba a unos cuatro kilómetros de la turbina⟧", "Aksel Rønning",
            "indirect", "windfarm-u2"),
         St("\"⟦Estaba helado, pero podía hablar⟧\"", "Aksel Rønning", "direct", "windfarm-u9"),
         St("afirmó que ⟦los equipos de mantenimiento llevaban meses trabajando al límite⟧", "Tove Lindqvar",
            "indirect", "windfarm-u3"),
         St("contó que ⟦el humo llenó la sala de máquinas \"en cuestión de minutos\"⟧",
            "Solgrund Nord technician (anonymous)", "partial", "windfarm-u6")),
        (Fg("evacuar a ⟦38⟧ técnicos", 38, None, "other", "windfarm-q-evacuated"),
         Fg("⟦Uno⟧ de ellos estuvo desaparecido", 1, None, "missing", "windfarm-q-missing"),
         Fg("daños a ⟦30 millones de euros⟧", 30_000_000, None, "money", "windfarm-q-damage"),
         Fg("los ⟦12 millones⟧ calculados", 12_000_000, None, "money", "windfarm-q-damage"),
         Fg("⟦Dos⟧ técnicos fueron", 2, None, "wounded", "windfarm-q-wounded"),
         Fg("los ⟦480⟧ megavatios", 480, None, "other", "windfarm-q-output"))),
    # ---------------------------------------------------------------- a sewage spill from a treatment plant (TEST)
    Art("ml9-sewage-spill", "ilgiornaledelmerlane.example", "cronaca/2026/08/17/depuratore-sant-albo-sversamento",
        "2026-08-17", "it",
        "Sversamento dal depuratore di Sant'Albo, chiuse 14 spiagge alla foce del Merlane",
        ("Un guasto all'impianto di depurazione di Sant'Albo ha riversato nella notte tra sabato e domenica liquami "
         "non trattati nel fiume Merlane, fino alle spiagge della foce. Il Comune di Porto Scalvi ha vietato la "
         "balneazione su 14 spiagge.",
         "«Un blackout ha fermato le pompe e il generatore di emergenza non è partito», ha spiegato Davide Ranzetti, "
         "portavoce di Acque Merlane, la società che gestisce l'impianto. Secondo Ranzetti, nel fiume sono finiti "
         "circa 2 milioni di litri di reflui. La perdita è stata fermata domenica mattina.",
         "Di tutt'altro avviso l'Agenzia regionale per l'ambiente della Brúlia: secondo i suoi tecnici, nel Merlane "
         "sono finiti almeno sei milioni di litri. La direttrice, Ottavia Pelosini, ha detto che la società rischia "
         "una sanzione di 5 milioni di euro.",
         "Lungo gli argini i pescatori hanno contato oltre 3.000 pesci morti. «Il fiume è morto fino alla prossima "
         "primavera», ha detto Nando Trevisol, presidente dell'Associazione pescatori del Merlane. Un operaio "
         "dell'impianto, che chiede l'anonimato, racconta che il generatore «dava problemi da settimane»."),
        (St("«⟦Un blackout ha fermato le pompe e il generatore di emergenza non è partito⟧»", "Davide Ranzetti",
            "direct", "sewage-u1"),
         St("Secondo Ranzetti, ⟦nel fiume sono finiti circa 2 milioni di litri di reflui⟧", "Davide Ranzetti",
            "indirect", "sewage-u2"),
         St("tecnici, ⟦nel Merlane sono finiti almeno sei milioni di litri⟧", "Brúlia environment agency",
            "indirect", "sewage-u3"),
         St("detto che ⟦la società rischia una sanzione di 5 milioni di euro⟧", "Ottavia Pelosini", "indirect",
            "sewage-u4"),
         St("«⟦Il fiume è morto fino alla prossima primavera⟧»", "Nando Trevisol", "direct", "sewage-u5"),
         St("racconta che ⟦il generatore «dava problemi da settimane»⟧", "Sant'Albo plant worker (anonymous)",
            "partial", "sewage-u7")),
        (Fg("su ⟦14⟧ spiagge", 14, None, "other", "sewage-q-beaches"),
         Fg("circa ⟦2 milioni⟧ di litri", 2_000_000, "about", "other", "sewage-q-volume"),
         Fg("almeno ⟦sei milioni⟧ di litri", 6_000_000, "at least", "other", "sewage-q-volume"),
         Fg("sanzione di ⟦5 milioni di euro⟧", 5_000_000, None, "money", "sewage-q-fine"),
         Fg("oltre ⟦3.000⟧ pesci", 3000, "more than", "other", "sewage-q-fish"))),
    Art("ml9-sewage-spill", "jornaldafoz.example", "ambiente/2026/08/17/esgoto-praias-merlane", "2026-08-17", "pt",
        "Esgoto invade praias na foz do Merlane; pescadores falam em desastre",
        ("Milhões de litros de esgoto sem tratamento escorreram para o rio Merlane depois de uma avaria na estação de "
         "tratamento de Sant'Albo, na região da Brúlia, obrigando ao encerramento de 14 praias junto à foz.",
         "Segundo a agência regional do ambiente, pelo menos seis milhões de litros chegaram ao rio. A empresa Acque "
         "Merlane, que gere a estação, fala em cerca de dois milhões. O porta-voz Davide Ranzetti disse que um corte "
         "de energia parou as bombas e que o gerador de emergência não arrancou.",
         "“O rio está morto até à próxima primavera”, afirmou Nando Trevisol, presidente da associação de "
         "pescadores do Merlane, que já contabiliza mais de três mil peixes mortos. Trevisol disse ainda que os "
         "pescadores vão exigir uma indemnização à empresa."),
        (St("ambiente, ⟦pelo menos seis milhões de litros chegaram ao rio⟧", "Brúlia environment agency",
            "indirect", "sewage-u3"),
         St("disse que ⟦um corte de energia parou as bombas e que o gerador de emergência não arrancou⟧",
            "Davide Ranzetti", "indirect", "sewage-u1"),
         St("“⟦O rio está morto até à próxima primavera⟧”", "Nando Trevisol", "direct", "sewage-u5"),
         St("disse ainda que ⟦os pescadores vão exigir uma indemnização à empresa⟧", "Nando Trevisol", "indirect",
            "sewage-u6")),
        (Fg("encerramento de ⟦14⟧ praias", 14, None, "other", "sewage-q-beaches"),
         Fg("pelo menos ⟦seis milhões⟧ de litros", 6_000_000, "at least", "other", "sewage-q-volume"),
         Fg("cerca de ⟦dois milhões⟧", 2_000_000, "about", "other", "sewage-q-volume"),
         Fg("mais de ⟦três mil⟧ peixes", 3000, "more than", "other", "sewage-q-fish"))),
    Art("ml9-sewage-spill", "thecoastalrecord.example", "news/2026/08/17/merlane-sewage-spill-beaches", "2026-08-17",
        "en",
        "Sewage spill closes beaches as Merlane river turns brown",
        ("Raw sewage poured into the Merlane river for several hours after a power cut knocked out the Sant'Albo "
         "treatment plant late on Saturday, forcing the closure of more than a dozen beaches at the river mouth.",
         "Davide Ranzetti, a spokesman for Acque Merlane, which runs the plant, said about two million litres had "
         "escaped before the leak was stopped on Sunday morning. The regional environment agency put the figure at "
         "six million litres or more.",
         "\"The generator that should have kicked in simply did not start,\" Ranzetti said. A worker at the plant, "
         "speaking on condition of anonymity, said the generator had been \"playing up for weeks\".",
         "Fishermen have pulled more than 3,000 dead fish from the water. \"The river is dead until next spring,\" "
         "said Nando Trevisol, president of the Merlane Fishermen's Association. The agency's director, Ottavia "
         "Pelosini, warned that the company could face a fine of €5 million."),
        (St("said ⟦about two million litres had escaped before the leak was stopped on Sunday morning⟧",
            "Davide Ranzetti", "indirect", "sewage-u2"),
         St("\"⟦The generator that should have kicked in simply did not start⟧,\"", "Davide Ranzetti", "direct",
            "sewage-u1"),
         St("said ⟦the generator had been \"playing up for weeks\"⟧", "Sant'Albo plant worker (anonymous)",
            "partial", "sewage-u7"),
         St("\"⟦The river is dead until next spring⟧,\"", "Nando Trevisol", "direct", "sewage-u5"),
         St("warned that ⟦the company could face a fine of €5 million⟧", "Ottavia Pelosini", "indirect",
            "sewage-u4")),
        (Fg("more than ⟦a dozen⟧ beaches", 12, "more than", "other", "sewage-q-beaches"),
         Fg("about ⟦two million⟧ litres", 2_000_000, "about", "other", "sewage-q-volume"),
         Fg("at ⟦six million⟧ litres or more", 6_000_000, "at least", "other", "sewage-q-volume"),
         Fg("more than ⟦3,000⟧ dead fish", 3000, "more than", "other", "sewage-q-fish"),
         Fg("fine of ⟦€5 million⟧", 5_000_000, None, "money", "sewage-q-fine"))),
    Art("ml9-sewage-spill", "hangangsinmun.example", "article/2026081811342", "2026-08-18", "ko",
        "메를라네강 하수 유출량 900만ℓ로 늘어…해변 14곳 폐쇄",
        ("브룰리아 지방 산탈보 하수처리장의 고장으로 메를라네강에 흘러든 하수가 당초 추정치를 크게 웃도는 "
         "900만ℓ에 달하는 것으로 파악됐다.",
         "오타비아 펠로시니 브룰리아 환경청장은 18일 “유출량은 최소 900만ℓ로, 처음 추산한 600만ℓ보다 훨씬 "
         "많다”고 말했다. 환경청에 따르면 해변 14곳의 물놀이가 금지됐고, 강둑을 따라 물고기 3천여 마리가 "
         "떼죽음을 당했다. 펠로시니 청장은 운영사인 아퀘 메를라네가 500만 유로의 과징금을 물 수 있다고 "
         "경고했다.",
         "다비데 란체티 아퀘 메를라네 대변인은 “정전으로 펌프가 멈췄고 비상발전기가 작동하지 않았다”고 "
         "해명했다. 회사 측은 유출량을 200만ℓ 안팎으로 보고 있다.",
         "메를라네 어민협회의 난도 트레비솔 회장은 “강이 내년 봄까지는 죽은 것이나 다름없다”고 말했다."),
        (St("“⟦유출량은 최소 900만ℓ로, 처음 추산한 600만ℓ보다 훨씬 많다⟧”", "Ottavia Pelosini", "direct",
            "sewage-u8"),
         St("따르면 ⟦해변 14곳의 물놀이가 금지됐고, 강둑을 따라 물고기 3천여 마리가 떼죽음을 당했다⟧",
            "Brúlia environment agency", "indirect", "sewage-u9"),
         St("청장은 ⟦운영사인 아퀘 메를라네가 500만 유로의 과징금을 물 수 있다⟧고", "Ottavia Pelosini",
            "indirect", "sewage-u4"),
         St("“⟦정전으로 펌프가 멈췄고 비상발전기가 작동하지 않았다⟧”", "Davide Ranzetti", "direct",
            "sewage-u1"),
         St("“⟦강이 내년 봄까지는 죽은 것이나 다름없다⟧”", "Nando Trevisol", "direct", "sewage-u5")),
        (Fg("웃도는 ⟦900만⟧ℓ에", 9_000_000, None, "other", "sewage-q-volume"),
         Fg("최소 ⟦900만⟧ℓ로", 9_000_000, "at least", "other", "sewage-q-volume"),
         Fg("추산한 ⟦600만⟧ℓ보다", 6_000_000, None, "other", "sewage-q-volume"),
         Fg("해변 ⟦14⟧곳", 14, None, "other", "sewage-q-beaches"),
         Fg("물고기 ⟦3천여⟧ 마리", 3000, "more than", "other", "sewage-q-fish"),
         Fg("⟦500만 유로⟧의 과징금", 5_000_000, None, "money", "sewage-q-fine"),
         Fg("유출량을 ⟦200만⟧ℓ 안팎", 2_000_000, "about", "other", "sewage-q-volume"))),
    Art("ml9-sewage-spill", "suedpresse.example", "panorama/abwasser-merlane-klaeranlage-1.55310", "2026-08-18", "de",
        "Abwasser im Merlane: Strände gesperrt, Fischer wollen klagen",
        ("Nach dem Ausfall der Kläranlage von Sant'Albo in der Region Brúlia ist deutlich mehr Abwasser in den Fluss "
         "Merlane geflossen als bisher angenommen. Die regionale Umweltbehörde geht inzwischen von rund neun "
         "Millionen Litern aus; zunächst hatte sie sechs Millionen Liter genannt. Der Betreiber Acque Merlane "
         "spricht von zwei Millionen.",
         "„Wir haben es nicht mit einem Unfall zu tun, sondern mit jahrelanger Vernachlässigung“, sagte "
         "Behördenleiterin Ottavia Pelosini. Dem Betreiber drohe eine Geldbuße von fünf Millionen Euro, fügte sie "
         "hinzu.",
         "An der Flussmündung bleiben 14 Strände bis auf Weiteres gesperrt. Mehr als 3.000 tote Fische wurden "
         "bislang aus dem Wasser geholt. Nando Trevisol, Präsident des Fischereiverbands am Merlane, kündigte an, "
         "dass die Fischer den Betreiber auf Schadenersatz verklagen würden.",
         "Acque Merlane weist die Vorwürfe zurück. Das Notstromaggregat sei bei dem Stromausfall nicht "
         "angesprungen, erklärte Sprecher Davide Ranzetti; das sei „ein technischer Defekt, keine Nachlässigkeit“ "
         "gewesen."),
        (St("„⟦Wir haben es nicht mit einem Unfall zu tun, sondern mit jahrelanger Vernachlässigung⟧“",
            "Ottavia Pelosini", "direct", "sewage-u10"),
         St("⟦Dem Betreiber drohe eine Geldbuße von fünf Millionen Euro⟧, fügte", "Ottavia Pelosini", "indirect",
            "sewage-u4"),
         St("dass ⟦die Fischer den Betreiber auf Schadenersatz verklagen würden⟧", "Nando Trevisol", "indirect",
            "sewage-u6"),
         St("⟦Das Notstromaggregat sei bei dem Stromausfall nicht angesprungen⟧, erklärte", "Davide Ranzetti",
            "indirect", "sewage-u1"),
         St("Ranzetti; ⟦das sei „ein technischer Defekt, keine Nachlässigkeit“ gewesen⟧", "Davide Ranzetti",
            "partial", "sewage-u11")),
        (Fg("von rund ⟦neun Millionen⟧ Litern", 9_000_000, "about", "other", "sewage-q-volume"),
         Fg("hatte sie ⟦sechs Millionen⟧ Liter", 6_000_000, None, "other", "sewage-q-volume"),
         Fg("spricht von ⟦zwei Millionen⟧", 2_000_000, None, "other", "sewage-q-volume"),
         Fg("Geldbuße von ⟦fünf Millionen Euro⟧", 5_000_000, None, "money", "sewage-q-fine"),
         Fg("bleiben ⟦14⟧ Strände", 14, None, "other", "sewage-q-beaches"),
         Fg("Mehr als ⟦3.000⟧ tote Fische", 3000, "more than", "other", "sewage-q-fish"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_40: dict[str, tuple[str, ...]] = {
    "Sigrun Eklöv": ("Sigrun Eklöv", "Sigrun Eklov", "Eklöv", "시그룬 에클뢰브", "에클뢰브", "시그룬 에클뢰브 대변인",
                     "Betreibersprecherin Sigrun Eklöv", "porte-parole de Havbris", "spokeswoman"),
    "Aksel Rønning": ("Aksel Rønning", "Aksel Ronning", "Aksel Rönning", "Rønning", "악셀 뢰닝", "뢰닝",
                      "악셀 뢰닝 브렌마르크 해안경비대 사령관", "Küstenwache-Kommandant Aksel Rønning",
                      "commandant Aksel Rønning", "Coast guard commander Aksel Rønning"),
    "Tove Lindqvar": ("Tove Lindqvar", "Lindqvar", "토베 린드크바르", "린드크바르", "토베 린드크바르 위원장"),
    "Havbris Energi": ("Havbris Energi", "Havbris", "하브브리스 에네르기", "하브브리스", "하브브리스 측", "운영사",
                       "exploitant", "operator", "Betreiber", "operadora"),
    "Solgrund Nord technician (anonymous)": ("technician", "Techniker", "Ein Techniker", "técnica", "Una técnica"),
    "Davide Ranzetti": ("Davide Ranzetti", "Ranzetti", "다비데 란체티", "란체티", "다비데 란체티 아퀘 메를라네 대변인",
                        "porta-voz Davide Ranzetti", "Sprecher Davide Ranzetti"),
    "Ottavia Pelosini": ("Ottavia Pelosini", "Pelosini", "오타비아 펠로시니", "펠로시니", "펠로시니 청장",
                         "오타비아 펠로시니 브룰리아 환경청장", "Behördenleiterin Ottavia Pelosini", "direttrice"),
    "Brúlia environment agency": ("Agenzia regionale per l'ambiente", "agência regional do ambiente",
                                  "브룰리아 환경청", "환경청", "Umweltbehörde", "environment agency", "tecnici"),
    "Nando Trevisol": ("Nando Trevisol", "Trevisol", "난도 트레비솔", "트레비솔", "난도 트레비솔 회장"),
    "Sant'Albo plant worker (anonymous)": ("operaio", "Un operaio dell'impianto", "worker", "A worker at the plant"),
}
