"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Test part 7 (ml12-*), written and annotated before any system run on them by an annotator who never ran the system
nor read its rules or lexicons. Every town, person, outlet, company and figure is invented. Stories here: a bank
robbery with hostages, a cattle disease, a chlorine leak at a pool, a circus fire, a cruise ship aground, drones over
an airport, an earth tremor, a fishing ban (all test: listed in TEST_STORIES there).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_47: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a bank robbery with hostages (test)
    Art("ml12-bank-robbery", "mittelland-rundschau.example", "region/geiselnahme-talwerde-sparbank-1.8817",
        "2026-11-12", "de",
        "Geiselnahme in Talwerde: Polizei fasst zwei Bankräuber",
        ("Nach sechs Stunden war die Geiselnahme in der Talwerder Filiale der Nordkreis Sparbank am Donnerstagabend "
         "vorbei: Spezialkräfte nahmen zwei mutmaßliche Räuber fest, alle elf Geiseln kamen frei. Die Männer sollen "
         "rund 2,4 Millionen Euro aus dem Tresorraum geholt haben.",
         "„Für uns zählte nur, dass jede einzelne Geisel lebend aus diesem Gebäude kommt“, sagte Polizeipräsidentin "
         "Ilka Sommerfeld in der Nacht. Zwei Angestellte erlitten leichte Verletzungen. Nach Angaben der Polizei ist "
         "ein dritter Täter mit einem grauen Lieferwagen entkommen.",
         "Oberstaatsanwalt Dietmar Quandt geht davon aus, dass die Gruppe den Überfall seit Monaten geplant hatte. "
         "Die Filiale bleibt bis auf Weiteres geschlossen, teilte die Sparbank mit."),
        (St("„⟦Für uns zählte nur, dass jede einzelne Geisel lebend aus diesem Gebäude kommt⟧“", "Ilka Sommerfeld",
            "direct", "bankr-u1"),
         St("Polizei ⟦ist ein dritter Täter mit einem grauen Lieferwagen entkommen⟧", "Talwerde police", "indirect",
            "bankr-u2"),
         St("dass ⟦die Gruppe den Überfall seit Monaten geplant hatte⟧", "Dietmar Quandt", "indirect", "bankr-u3"),
         St("⟦Die Filiale bleibt bis auf Weiteres geschlossen⟧, teilte", "Nordkreis Sparbank", "indirect",
            "bankr-u4")),
        (Fg("nahmen ⟦zwei⟧ mutmaßliche", 2, None, "other", "bankr-q-arrested"),
         Fg("alle ⟦elf⟧ Geiseln", 11, None, "other", "bankr-q-hostages"),
         Fg("rund ⟦2,4 Millionen Euro⟧", 2_400_000, "about", "money", "bankr-q-loot"),
         Fg("⟦Zwei⟧ Angestellte", 2, None, "wounded", "bankr-q-wounded"))),
    Art("ml12-bank-robbery", "hanulnews.example", "society/2026/11/13/talwerde-hostage", "2026-11-13", "ko",
        "탈베르데 은행 인질극 6시간 만에 종료…용의자 2명 검거",
        ("탈베르데의 노르트크라이스 저축은행 지점에서 12일 벌어진 무장 인질극이 6시간 만에 끝났다. 경찰 특공대가 "
         "용의자 2명을 체포했으며 인질 11명은 모두 풀려났다. 범인들이 빼돌린 돈은 약 240만 유로로 추산된다.",
         "일카 조머펠트 경찰청장은 “인질 한 명 한 명이 살아서 건물을 나오는 것만이 중요했다”고 말했다. 그는 달아난 "
         "세 번째 용의자를 쫓고 있다고 덧붙였다. 이 과정에서 직원 2명이 가볍게 다쳤다.",
         "디트마어 크반트 수석검사에 따르면 일당은 수개월 전부터 범행을 준비했다."),
        (St("“⟦인질 한 명 한 명이 살아서 건물을 나오는 것만이 중요했다⟧”", "Ilka Sommerfeld", "direct", "bankr-u1"),
         St("그는 ⟦달아난 세 번째 용의자를 쫓고 있다⟧고", "Ilka Sommerfeld", "indirect", "bankr-u5"),
         St("따르면 ⟦일당은 수개월 전부터 범행을 준비했다⟧", "Dietmar Quandt", "indirect", "bankr-u3")),
        (Fg("용의자 ⟦2⟧명을", 2, None, "other", "bankr-q-arrested"),
         Fg("인질 ⟦11⟧명은", 11, None, "other", "bankr-q-hostages"),
         Fg("약 ⟦240만 유로⟧", 2_400_000, "about", "money", "bankr-q-loot"),
         Fg("직원 ⟦2⟧명이", 2, None, "wounded", "bankr-q-wounded"))),
    Art("ml12-bank-robbery", "corrieredellevalli.example", "esteri/2026/11/13/rapina-ostaggi-talwerde",
        "2026-11-13", "it",
        "Rapina con ostaggi a Talwerde, bottino di quasi 2,5 milioni",
        ("Si è conclusa dopo sei ore, con l'irruzione delle teste di cuoio, la rapina con sequestro di ostaggi nella "
         "filiale della Nordkreis Sparbank a Talwerde. Gli undici ostaggi sono stati liberati; due dipendenti hanno "
         "riportato ferite lievi. Secondo una nuova stima della banca, il bottino sfiora i 2,5 milioni di euro.",
         "«La nostra unica priorità era che ogni ostaggio uscisse vivo da quell'edificio», ha detto la questora Ilka "
         "Sommerfeld. Secondo la polizia, un terzo complice è fuggito a bordo di un furgone grigio.",
         "Il procuratore Dietmar Quandt ha spiegato che la banda preparava il colpo da mesi."),
        (St("banca, ⟦il bottino sfiora i 2,5 milioni di euro⟧", "Nordkreis Sparbank", "indirect", "bankr-u6"),
         St("«⟦La nostra unica priorità era che ogni ostaggio uscisse vivo da quell'edificio⟧»", "Ilka Sommerfeld",
            "direct", "bankr-u1"),
         St("polizia, ⟦un terzo complice è fuggito a bordo di un furgone grigio⟧", "Talwerde police", "indirect",
            "bankr-u2"),
         St("spiegato che ⟦la banda preparava il colpo da mesi⟧", "Dietmar Quandt", "indirect", "bankr-u3")),
        (Fg("Gli ⟦undici⟧ ostaggi", 11, None, "other", "bankr-q-hostages"),
         Fg("⟦due⟧ dipendenti", 2, None, "wounded", "bankr-q-wounded"),
         Fg("sfiora i ⟦2,5 milioni di euro⟧", 2_500_000, "nearly", "money", "bankr-q-loot"))),
    Art("ml12-bank-robbery", "lakeshoreherald.example", "world/2026/11/12/talwerde-bank-siege", "2026-11-12", "en",
        "Two held after six-hour hostage siege at Talwerde bank",
        ("Police stormed a Nordkreis Sparbank branch in Talwerde on Thursday evening, arresting two suspected robbers "
         "and freeing all 11 hostages after a six-hour standoff. Two staff members were slightly hurt.",
         "Police chief Ilka Sommerfeld said the only thing that mattered was getting every hostage out alive. A third "
         "suspect escaped in a grey van and was still at large, according to police.",
         "The gang made off with some €2.4 million, the bank said. Prosecutor Dietmar Quandt told reporters that the "
         'men had "spent months planning this".'),
        (St("Sommerfeld said ⟦the only thing that mattered was getting every hostage out alive⟧", "Ilka Sommerfeld",
            "indirect", "bankr-u1"),
         St("⟦A third suspect escaped in a grey van and was still at large⟧, according", "Talwerde police",
            "indirect", "bankr-u2"),
         St("⟦The gang made off with some €2.4 million⟧, the bank", "Nordkreis Sparbank", "indirect", "bankr-u7"),
         St('reporters that ⟦the men had "spent months planning this"⟧', "Dietmar Quandt", "partial", "bankr-u3")),
        (Fg("arresting ⟦two⟧ suspected", 2, None, "other", "bankr-q-arrested"),
         Fg("all ⟦11⟧ hostages", 11, None, "other", "bankr-q-hostages"),
         Fg("⟦Two⟧ staff members", 2, None, "wounded", "bankr-q-wounded"),
         Fg("some ⟦€2.4 million⟧", 2_400_000, "about", "money", "bankr-q-loot"))),
    Art("ml12-bank-robbery", "ouesthorizon.example", "monde/braquage-prise-d-otages-talwerde", "2026-11-13", "fr",
        "Braquage avec prise d'otages à Talwerde : deux suspects interpellés",
        ("Onze otages, six heures d'angoisse et un butin estimé à environ 2,4 millions d'euros : le braquage de "
         "l'agence de la Nordkreis Sparbank à Talwerde s'est achevé jeudi soir par l'assaut des forces spéciales et "
         "l'interpellation de deux suspects.",
         f"«{NB}Tout ce qui comptait, c'était que chaque otage sorte vivant de ce bâtiment{NB}», a affirmé la cheffe "
         "de la police, Ilka Sommerfeld. Elle a précisé qu'un troisième homme avait pris la fuite et faisait l'objet "
         "d'un avis de recherche.",
         "D'après le procureur Dietmar Quandt, les malfaiteurs préparaient leur coup depuis plusieurs mois. La banque "
         "indique que les dépôts de ses clients ne sont pas menacés."),
        (St(f"«{NB}⟦Tout ce qui comptait, c'était que chaque otage sorte vivant de ce bâtiment⟧{NB}»",
            "Ilka Sommerfeld", "direct", "bankr-u1"),
         St("précisé qu'⟦un troisième homme avait pris la fuite et faisait l'objet d'un avis de recherche⟧",
            "Ilka Sommerfeld", "indirect", "bankr-u5"),
         St("Quandt, ⟦les malfaiteurs préparaient leur coup depuis plusieurs mois⟧", "Dietmar Quandt", "indirect",
            "bankr-u3"),
         St("indique que ⟦les dépôts de ses clients ne sont pas menacés⟧", "Nordkreis Sparbank", "indirect",
            "bankr-u8")),
        (Fg("⟦Onze⟧ otages", 11, None, "other", "bankr-q-hostages"),
         Fg("environ ⟦2,4 millions d'euros⟧", 2_400_000, "about", "money", "bankr-q-loot"),
         Fg("de ⟦deux⟧ suspects", 2, None, "other", "bankr-q-arrested"))),
    # ---------------------------------------------------------------- a cattle disease and its culls (test)
    Art("ml12-cattle-disease", "jornaldoteixedo.example", "regiao/2026/11/08/febre-aftosa-abate-bovinos",
        "2026-11-08", "pt",
        "Febre aftosa: Governo manda abater mais de 4.700 bovinos no Alto Teixedo",
        ("O Ministério da Agricultura ordenou o abate de mais de 4.700 bovinos em 23 explorações do Alto Teixedo, "
         "depois de confirmado um surto de febre aftosa na região.",
         "“Não podemos correr o risco de o vírus chegar ao resto do país”, afirmou a ministra da Agricultura, "
         "Rosário Meireles, em Carvalhosa. A governante garantiu que os criadores serão indemnizados por cada animal "
         "abatido.",
         "Segundo o diretor-geral de Veterinária, Tiago Lemos, o vírus terá chegado com animais comprados numa feira. "
         "A Associação de Criadores do Alto Teixedo fala em medidas “desproporcionadas”."),
        (St("“⟦Não podemos correr o risco de o vírus chegar ao resto do país⟧”", "Rosário Meireles", "direct",
            "cattle-u1"),
         St("garantiu que ⟦os criadores serão indemnizados por cada animal abatido⟧", "Rosário Meireles",
            "indirect", "cattle-u2"),
         St("Lemos, ⟦o vírus terá chegado com animais comprados numa feira⟧", "Tiago Lemos", "indirect",
            "cattle-u3"),
         St("fala em ⟦medidas “desproporcionadas”⟧", "Associação de Criadores do Alto Teixedo", "partial",
            "cattle-u4")),
        (Fg("mais de ⟦4.700⟧ bovinos", 4700, "more than", "other", "cattle-q-culled"),
         Fg("em ⟦23⟧ explorações", 23, None, "other", "cattle-q-farms"))),
    Art("ml12-cattle-disease", "lavozdelduero.example", "internacional/2026-11-09/fiebre-aftosa-alto-teixedo",
        "2026-11-09", "es",
        "Sacrificadas unas 5.000 reses por un brote de fiebre aftosa en el Alto Teixedo",
        ("Según el Ministerio de Agricultura del Alto Teixedo, ya se han sacrificado unas 5.000 reses en 26 granjas "
         "para contener el brote de fiebre aftosa detectado a principios de mes.",
         '"No podemos arriesgarnos a que el virus llegue al resto del país", declaró la ministra Rosário Meireles, '
         "que aseguró que los ganaderos recibirán una indemnización por cada animal sacrificado.",
         "Fuentes del ministerio citadas por la prensa local dan por hecho que la prohibición de exportar carne "
         "durará al menos tres meses."),
        (St("Teixedo, ⟦ya se han sacrificado unas 5.000 reses en 26 granjas para contener el brote de fiebre aftosa "
            "detectado a principios de mes⟧", "Alto Teixedo agriculture ministry", "indirect", "cattle-u6"),
         St('"⟦No podemos arriesgarnos a que el virus llegue al resto del país⟧"', "Rosário Meireles", "direct",
            "cattle-u1"),
         St("aseguró que ⟦los ganaderos recibirán una indemnización por cada animal sacrificado⟧", "Rosário Meireles",
            "indirect",
            "cattle-u2"),
         St("hecho que ⟦la prohibición de exportar carne durará al menos tres meses⟧",
            "Alto Teixedo ministry source", "indirect", "cattle-u5")),
        (Fg("unas ⟦5.000⟧ reses", 5000, "about", "other", "cattle-q-culled"),
         Fg("en ⟦26⟧ granjas", 26, None, "other", "cattle-q-farms"))),
    Art("ml12-cattle-disease", "landpost-sued.example", "agrar/maul-und-klauenseuche-alto-teixedo-2211",
        "2026-11-10", "de",
        "Maul- und Klauenseuche im Alto Teixedo: Mehr als 6.000 Rinder gekeult",
        ("Im Kampf gegen die Maul- und Klauenseuche sind im Alto Teixedo inzwischen mehr als 6.000 Rinder getötet "
         "worden. Betroffen sind nach jüngsten Zahlen 31 Höfe.",
         "Landwirtschaftsministerin Rosário Meireles verteidigte das harte Vorgehen. „Wir dürfen nicht riskieren, "
         "dass das Virus den Rest des Landes erreicht“, sagte sie. Für die Entschädigung der Züchter stellt die "
         "Regierung zwölf Millionen Euro bereit.",
         "Der Züchterverband hält die Keulungen für überzogen: Man zerstöre „die Arbeit von Generationen“, erklärte "
         "ein Sprecher."),
        (St("„⟦Wir dürfen nicht riskieren, dass das Virus den Rest des Landes erreicht⟧“", "Rosário Meireles",
            "direct", "cattle-u1"),
         St("⟦Man zerstöre „die Arbeit von Generationen“⟧", "Associação de Criadores do Alto Teixedo", "partial",
            "cattle-u7")),
        (Fg("mehr als ⟦6.000⟧ Rinder", 6000, "more than", "other", "cattle-q-culled"),
         Fg("Zahlen ⟦31⟧ Höfe", 31, None, "other", "cattle-q-farms"),
         Fg("⟦zwölf Millionen Euro⟧", 12_000_000, None, "money", "cattle-q-compensation"))),
    Art("ml12-cattle-disease", "daegyeongilbo.example", "economy/2026/11/10/foot-and-mouth-teixedo", "2026-11-10",
        "ko",
        "알투 테이셰두 구제역 확산…소 6천여 마리 살처분",
        ("알투 테이셰두 지역에서 구제역이 번지면서 지금까지 농장 31곳의 소 6천여 마리가 살처분됐다.",
         "로자리우 메이렐레스 농업장관은 “바이러스가 나라 전체로 퍼지는 위험을 감수할 수는 없다”고 강조했다. "
         "정부는 축산농가 보상금으로 1천200만 유로를 책정했다.",
         "티아구 레무스 수의국장은 가축 시장에서 사들인 소를 통해 바이러스가 들어온 것으로 보인다고 말했다. 현지 "
         "축산협회는 “몇 대에 걸친 노력이 한순간에 사라지고 있다”며 반발했다."),
        (St("“⟦바이러스가 나라 전체로 퍼지는 위험을 감수할 수는 없다⟧”", "Rosário Meireles", "direct", "cattle-u1"),
         St("수의국장은 ⟦가축 시장에서 사들인 소를 통해 바이러스가 들어온 것으로 보인다⟧고", "Tiago Lemos",
            "indirect", "cattle-u3"),
         St("“⟦몇 대에 걸친 노력이 한순간에 사라지고 있다⟧”", "Associação de Criadores do Alto Teixedo", "direct",
            "cattle-u7")),
        (Fg("농장 ⟦31⟧곳", 31, None, "other", "cattle-q-farms"),
         Fg("소 ⟦6천여⟧ 마리", 6000, "more than", "other", "cattle-q-culled"),
         Fg("⟦1천200만 유로⟧", 12_000_000, None, "money", "cattle-q-compensation"))),
    Art("ml12-cattle-disease", "gazettedessillons.example", "elevage/fievre-aphteuse-alto-teixedo", "2026-11-09",
        "fr",
        "Fièvre aphteuse : l'Alto Teixedo abat ses troupeaux",
        (f"Près de 5{NB}000 bovins ont déjà été abattus dans une vingtaine d'exploitations de l'Alto Teixedo, où un "
         "foyer de fièvre aphteuse a été confirmé la semaine dernière.",
         "Selon Tiago Lemos, directeur général des services vétérinaires, le virus serait arrivé avec des bêtes "
         "achetées sur une foire. La ministre de l'Agriculture, Rosário Meireles, a promis que chaque animal abattu "
         "serait indemnisé.",
         f"Les éleveurs, eux, dénoncent des mesures «{NB}disproportionnées{NB}». Une source au ministère s'attend à "
         "ce que l'interdiction d'exporter de la viande dure au moins trois mois."),
        (St("vétérinaires, ⟦le virus serait arrivé avec des bêtes achetées sur une foire⟧", "Tiago Lemos",
            "indirect", "cattle-u3"),
         St("promis que ⟦chaque animal abattu serait indemnisé⟧", "Rosário Meireles", "indirect", "cattle-u2"),
         St(f"dénoncent ⟦des mesures «{NB}disproportionnées{NB}»⟧", "Associação de Criadores do Alto Teixedo",
            "partial", "cattle-u4"),
         St("ce que ⟦l'interdiction d'exporter de la viande dure au moins trois mois⟧",
            "Alto Teixedo ministry source", "indirect", "cattle-u5")),
        (Fg(f"Près de ⟦5{NB}000⟧ bovins", 5000, "nearly", "other", "cattle-q-culled"),
         Fg("une ⟦vingtaine⟧ d'exploitations", 20, "about", "other", "cattle-q-farms"))),
    # ---------------------------------------------------------------- a chlorine leak at an indoor pool (test)
    Art("ml12-chlorine-pool", "kreiszeitung-lindmoor.example", "lokales/chlorgas-hallenbad-lindmoor-3312",
        "2026-08-13", "de",
        "Chlorgas im Hallenbad Lindmoor: 38 Verletzte",
        ("Bei einem Chlorgasaustritt im Hallenbad Lindmoor sind am Mittwochnachmittag 38 Menschen verletzt worden, "
         "die meisten von ihnen Kinder eines Schwimmkurses. Zwölf kamen ins Krankenhaus. Rund 200 Badegäste mussten "
         "das Gebäude verlassen.",
         "„Die Bademeister haben vorbildlich reagiert“, sagte Kreisbrandmeister Holger Wiskott. Ein Ventil im "
         "Technikraum habe versagt, das Gas sei dann in die Lüftung gelangt.",
         "Laut Bürgermeisterin Anke Feldhusen bleibt das Bad geschlossen, bis Gutachter die gesamte Anlage geprüft "
         "haben. Die Stadtwerke erklärten, die Chloranlage sei erst im September gewartet worden."),
        (St("„⟦Die Bademeister haben vorbildlich reagiert⟧“", "Holger Wiskott", "direct", "pool-u2"),
         St("⟦Ein Ventil im Technikraum habe versagt, das Gas sei dann in die Lüftung gelangt⟧", "Holger Wiskott",
            "indirect", "pool-u1"),
         St("Feldhusen ⟦bleibt das Bad geschlossen, bis Gutachter die gesamte Anlage geprüft haben⟧",
            "Anke Feldhusen", "indirect", "pool-u3"),
         St("erklärten, ⟦die Chloranlage sei erst im September gewartet worden⟧", "Stadtwerke Lindmoor", "indirect",
            "pool-u4")),
        (Fg("sind am Mittwochnachmittag ⟦38⟧ Menschen", 38, None, "wounded", "pool-q-injured"),
         Fg("⟦Zwölf⟧ kamen", 12, None, "wounded", "pool-q-hospital"),
         Fg("Rund ⟦200⟧ Badegäste", 200, "about", "other", "pool-q-evacuated"))),
    Art("ml12-chlorine-pool", "jungbumaeil.example", "news/articleView.html?idxno=51207", "2026-08-13", "ko",
        "린트모어 실내수영장 염소가스 누출…어린이 등 27명 부상",
        ("린트모어 시립 실내수영장에서 12일 오후 염소가스가 새어 나와 수영 강습을 받던 어린이 등 27명이 다쳤다. "
         "이 가운데 9명은 병원으로 옮겨졌고, 이용객 200여 명이 긴급 대피했다.",
         "홀거 비스코트 소방서장은 “안전요원들이 모범적으로 대응했다”고 말했다. 그에 따르면 기계실 밸브 하나가 고장 "
         "나면서 가스가 환기 장치로 유입됐다.",
         "안케 펠트후젠 시장은 전문가들이 설비 전체를 점검할 때까지 수영장을 닫겠다고 밝혔다."),
        (St("“⟦안전요원들이 모범적으로 대응했다⟧”", "Holger Wiskott", "direct", "pool-u2"),
         St("따르면 ⟦기계실 밸브 하나가 고장 나면서 가스가 환기 장치로 유입됐다⟧", "Holger Wiskott", "indirect",
            "pool-u1"),
         St("시장은 ⟦전문가들이 설비 전체를 점검할 때까지 수영장을 닫겠다⟧고", "Anke Feldhusen", "indirect",
            "pool-u3")),
        (Fg("등 ⟦27⟧명이", 27, None, "wounded", "pool-q-injured"),
         Fg("⟦9⟧명은 병원", 9, None, "wounded", "pool-q-hospital"),
         Fg("이용객 ⟦200여⟧ 명", 200, "more than", "other", "pool-q-evacuated"))),
    Art("ml12-chlorine-pool", "dailycourant.example", "news/2026/08/13/lindmoor-pool-chlorine-leak", "2026-08-13",
        "en",
        "Dozens hurt in chlorine gas leak at Lindmoor pool",
        ("Thirty-eight people, most of them children in a swimming class, were treated for breathing problems after "
         "chlorine gas leaked into an indoor pool in Lindmoor on Wednesday. Twelve were taken to hospital, one girl "
         "in a serious condition.",
         "Fire chief Holger Wiskott said a faulty valve in the plant room had let the gas into the ventilation "
         'system. "The lifeguards did everything right," he said.',
         "The girl's condition was stable on Thursday morning, a spokeswoman for Lindmoor Hospital said. Mayor Anke "
         "Feldhusen said the pool would remain shut until its entire system had been inspected."),
        (St("Wiskott said ⟦a faulty valve in the plant room had let the gas into the ventilation system⟧",
            "Holger Wiskott", "indirect", "pool-u1"),
         St('"⟦The lifeguards did everything right⟧,"', "Holger Wiskott", "direct", "pool-u2"),
         St("⟦The girl's condition was stable on Thursday morning⟧, a spokeswoman", "Lindmoor Hospital",
            "indirect", "pool-u5"),
         St("Feldhusen said ⟦the pool would remain shut until its entire system had been inspected⟧",
            "Anke Feldhusen", "indirect", "pool-u3")),
        (Fg("⟦Thirty-eight⟧ people", 38, None, "wounded", "pool-q-injured"),
         Fg("⟦Twelve⟧ were taken", 12, None, "wounded", "pool-q-hospital"))),
    Art("ml12-chlorine-pool", "gazzettinodellago.example", "cronaca/2026/08/15/cloro-piscina-lindmoor",
        "2026-08-15", "it",
        "Nube di cloro in piscina a Lindmoor, 38 intossicati",
        ("Sono 38 le persone intossicate dalla fuga di cloro nella piscina comunale di Lindmoor, in gran parte "
         "bambini di un corso di nuoto. Una dozzina è stata ricoverata; circa 200 bagnanti sono stati fatti uscire "
         "dall'impianto.",
         "Secondo il comandante dei vigili del fuoco, Holger Wiskott, a cedere è stata una valvola nel locale tecnico. "
         "«I bagnini hanno reagito in modo esemplare», ha aggiunto.",
         "L'ospedale fa sapere che la bambina ricoverata in condizioni serie è ora stabile. La società che gestisce la "
         "piscina, la Stadtwerke Lindmoor, sostiene che l'impianto era stato revisionato a settembre."),
        (St("Wiskott, ⟦a cedere è stata una valvola nel locale tecnico⟧", "Holger Wiskott", "indirect", "pool-u1"),
         St("«⟦I bagnini hanno reagito in modo esemplare⟧»", "Holger Wiskott", "direct", "pool-u2"),
         St("fa sapere che ⟦la bambina ricoverata in condizioni serie è ora stabile⟧", "Lindmoor Hospital",
            "indirect", "pool-u5"),
         St("sostiene che ⟦l'impianto era stato revisionato a settembre⟧", "Stadtwerke Lindmoor", "indirect",
            "pool-u4")),
        (Fg("Sono ⟦38⟧ le persone", 38, None, "wounded", "pool-q-injured"),
         Fg("Una ⟦dozzina⟧ è stata", 12, "about", "wounded", "pool-q-hospital"),
         Fg("circa ⟦200⟧ bagnanti", 200, "about", "other", "pool-q-evacuated"))),
    Art("ml12-chlorine-pool", "elfarodelnorte.example", "sucesos/2026-08-15/fuga-cloro-piscina-lindmoor",
        "2026-08-15", "es",
        "Una fuga de cloro en una piscina de Lindmoor deja 38 heridos",
        ("Al menos 38 personas, en su mayoría niños, resultaron heridas por la fuga de gas cloro en la piscina "
         "cubierta de Lindmoor. Doce siguen hospitalizadas.",
         "La alcaldesa, Anke Feldhusen, anunció que la instalación permanecerá cerrada hasta que unos peritos revisen "
         'todo el sistema. "Los socorristas actuaron de manera ejemplar", dijo por su parte el jefe de bomberos, '
         "Holger Wiskott.",
         "Según la empresa municipal que gestiona la piscina, el sistema de cloración había pasado una revisión en "
         "septiembre."),
        (St("anunció que ⟦la instalación permanecerá cerrada hasta que unos peritos revisen todo el sistema⟧",
            "Anke Feldhusen", "indirect", "pool-u3"),
         St('"⟦Los socorristas actuaron de manera ejemplar⟧"', "Holger Wiskott", "direct", "pool-u2"),
         St("piscina, ⟦el sistema de cloración había pasado una revisión en septiembre⟧", "Stadtwerke Lindmoor",
            "indirect", "pool-u4")),
        (Fg("Al menos ⟦38⟧ personas", 38, "at least", "wounded", "pool-q-injured"),
         Fg("⟦Doce⟧ siguen", 12, None, "wounded", "pool-q-hospital"))),
    # ---------------------------------------------------------------- a fire in a circus tent (test)
    Art("ml12-circus-fire", "leveilleurnormand.example", "faits-divers/incendie-cirque-valerian-saint-ormel",
        "2026-10-04", "fr",
        "Incendie du Cirque Valérian à Saint-Ormel : quatre morts et 57 blessés",
        ("Le bilan s'est alourdi dimanche : quatre personnes ont péri dans l'incendie qui a ravagé samedi soir le "
         "chapiteau du Cirque Valérian, à Saint-Ormel, et 57 ont été blessées. Quelque "
         f"1{NB}100 spectateurs assistaient à la représentation.",
         "D'après le commandant Yannick Trébaol, porte-parole des pompiers, le feu est parti d'un groupe électrogène "
         f"installé derrière la toile. Le préfet, Armand Castaing, a assuré que «{NB}rien n'est exclu{NB}» à ce "
         "stade.",
         f"«{NB}Cette nuit, nous avons perdu des membres de notre famille{NB}», a confié, en larmes, la directrice du "
         "cirque, Livia Orsenigo. Neuf chevaux sont aussi morts dans les flammes."),
        (St("pompiers, ⟦le feu est parti d'un groupe électrogène installé derrière la toile⟧", "Yannick Trébaol",
            "indirect", "circ-u2"),
         St(f"assuré que ⟦«{NB}rien n'est exclu{NB}» à ce stade⟧", "Armand Castaing", "partial", "circ-u3"),
         St(f"«{NB}⟦Cette nuit, nous avons perdu des membres de notre famille⟧{NB}»", "Livia Orsenigo", "direct",
            "circ-u1")),
        (Fg("⟦quatre⟧ personnes ont péri", 4, None, "killed", "circ-q-killed"),
         Fg("et ⟦57⟧ ont été blessées", 57, None, "wounded", "circ-q-wounded"),
         Fg(f"Quelque ⟦1{NB}100⟧ spectateurs", 1100, "about", "other", "circ-q-audience"),
         Fg("⟦Neuf⟧ chevaux", 9, None, "other", "circ-q-horses"))),
    Art("ml12-circus-fire", "saarlaender-abendblatt.example", "welt/zirkusbrand-saint-ormel-vier-tote",
        "2026-10-04", "de",
        "Zirkusbrand in Saint-Ormel: Vier Tote",
        ("Beim Brand eines Zirkuszelts im französischen Saint-Ormel sind vier Menschen ums Leben gekommen. Mehr als "
         "50 wurden verletzt, als das Feuer während der Abendvorstellung des Cirque Valérian ausbrach. Im Zelt saßen "
         "rund 1.100 Zuschauer.",
         "Nach Angaben von Feuerwehrsprecher Yannick Trébaol gingen die Flammen von einem Stromaggregat hinter dem "
         "Zelt aus. „Heute Nacht haben wir Mitglieder unserer Familie verloren“, sagte Zirkusdirektorin Livia "
         "Orsenigo.",
         "Die Staatsanwaltschaft teilte mit, sie habe Ermittlungen wegen fahrlässiger Tötung eingeleitet. Auch neun "
         "Pferde verendeten."),
        (St("Trébaol ⟦gingen die Flammen von einem Stromaggregat hinter dem Zelt aus⟧", "Yannick Trébaol",
            "indirect", "circ-u2"),
         St("„⟦Heute Nacht haben wir Mitglieder unserer Familie verloren⟧“", "Livia Orsenigo", "direct", "circ-u1"),
         St("teilte mit, ⟦sie habe Ermittlungen wegen fahrlässiger Tötung eingeleitet⟧", "Parquet de Saint-Ormel",
            "indirect", "circ-u4")),
        (Fg("sind ⟦vier⟧ Menschen", 4, None, "killed", "circ-q-killed"),
         Fg("Mehr als ⟦50⟧ wurden", 50, "more than", "wounded", "circ-q-wounded"),
         Fg("rund ⟦1.100⟧ Zuschauer", 1100, "about", "other", "circ-q-audience"),
         Fg("Auch ⟦neun⟧ Pferde", 9, None, "other", "circ-q-horses"))),
    Art("ml12-circus-fire", "yeongnamnews.example", "world/2026/10/04/saint-ormel-circus-fire", "2026-10-04", "ko",
        "프랑스 생오르멜 서커스 천막 화재…3명 사망·50여 명 부상",
        ("프랑스 생오르멜에서 3일 밤 공연 중이던 발레리앙 서커스단 천막에 불이 나 관객 등 3명이 숨지고 50여 명이 "
         "다쳤다. 당시 천막 안에는 관객 1천100여 명이 있었다.",
         "현지 소방당국 대변인인 야닉 트레바올 소령은 천막 뒤편 발전기에서 불이 시작됐다고 전했다. 불길은 10분도 안 "
         "돼 천막 전체로 번진 것으로 알려졌다.",
         "리비아 오르세니고 단장은 “오늘 밤 우리는 가족을 잃었다”며 눈물을 흘렸다. 아르망 카스탱 도지사는 모든 "
         "가능성을 열어 두고 조사하겠다고 말했다."),
        (St("소령은 ⟦천막 뒤편 발전기에서 불이 시작됐다⟧고", "Yannick Trébaol", "indirect", "circ-u2"),
         St("“⟦오늘 밤 우리는 가족을 잃었다⟧”", "Livia Orsenigo", "direct", "circ-u1"),
         St("도지사는 ⟦모든 가능성을 열어 두고 조사하겠다⟧고", "Armand Castaing", "indirect", "circ-u3")),
        (Fg("등 ⟦3⟧명이 숨지고", 3, None, "killed", "circ-q-killed"),
         Fg("⟦50여⟧ 명이 다쳤다", 50, "more than", "wounded", "circ-q-wounded"),
         Fg("관객 ⟦1천100여⟧ 명이", 1100, "more than", "other", "circ-q-audience"))),
    Art("ml12-circus-fire", "diariodoatlantico.example", "mundo/2026/10/05/incendio-circo-saint-ormel",
        "2026-10-05", "pt",
        "Incêndio em circo francês faz quatro mortos",
        ("Quatro pessoas morreram e 57 ficaram feridas no incêndio que destruiu a tenda do Cirque Valérian, em "
         "Saint-Ormel, no leste de França, durante o espetáculo de sábado à noite. Cerca de mil espectadores estavam "
         "no recinto.",
         "A diretora do circo, a italiana Livia Orsenigo, disse que a companhia perdeu “membros da família”. Segundo "
         "o porta-voz dos bombeiros, Yannick Trébaol, as chamas começaram num gerador.",
         "O Ministério Público abriu um inquérito por homicídio por negligência. O prefeito Armand Castaing afirmou "
         "que nenhuma hipótese está excluída."),
        (St("disse que ⟦a companhia perdeu “membros da família”⟧", "Livia Orsenigo", "partial", "circ-u1"),
         St("Trébaol, ⟦as chamas começaram num gerador⟧", "Yannick Trébaol", "indirect", "circ-u2"),
         St("afirmou que ⟦nenhuma hipótese está excluída⟧", "Armand Castaing", "indirect", "circ-u3")),
        (Fg("⟦Quatro⟧ pessoas", 4, None, "killed", "circ-q-killed"),
         Fg("e ⟦57⟧ ficaram", 57, None, "wounded", "circ-q-wounded"),
         Fg("Cerca de ⟦mil⟧ espectadores", 1000, "about", "other", "circ-q-audience"))),
    Art("ml12-circus-fire", "gazzettadelpo.example", "esteri/2026/10/05/rogo-circo-saint-ormel", "2026-10-05",
        "it",
        "Rogo al circo di Saint-Ormel, la direttrice: «Abbiamo perso la nostra famiglia»",
        ("È salito a 4 morti il bilancio dell'incendio che sabato sera ha distrutto il tendone del Cirque Valérian a "
         "Saint-Ormel, in Francia. I feriti sono una cinquantina; oltre mille spettatori erano sotto il tendone.",
         "«Stanotte abbiamo perso dei membri della nostra famiglia», ha raccontato la direttrice Livia Orsenigo. Il "
         "prefetto Armand Castaing ha detto che non si esclude alcuna pista.",
         "Secondo la procura di Saint-Ormel, è stata aperta un'inchiesta per omicidio colposo."),
        (St("«⟦Stanotte abbiamo perso dei membri della nostra famiglia⟧»", "Livia Orsenigo", "direct", "circ-u1"),
         St("detto che ⟦non si esclude alcuna pista⟧", "Armand Castaing", "indirect", "circ-u3"),
         St("Saint-Ormel, ⟦è stata aperta un'inchiesta per omicidio colposo⟧", "Parquet de Saint-Ormel", "indirect",
            "circ-u4")),
        (Fg("a ⟦4⟧ morti", 4, None, "killed", "circ-q-killed"),
         Fg("sono una ⟦cinquantina⟧", 50, "about", "wounded", "circ-q-wounded"),
         Fg("oltre ⟦mille⟧ spettatori", 1000, "more than", "other", "circ-q-audience"))),
    # ---------------------------------------------------------------- a cruise ship aground (test)
    Art("ml12-cruise-grounding", "coastalgazette.example", "world/2026/05/19/stella-boreal-aground-corvaneira",
        "2026-05-19", "en",
        "Cruise ship runs aground off Corvaneira with nearly 4,000 on board",
        ("The cruise ship Stella Boreal ran aground off the island of Corvaneira late on Monday with 2,870 "
         "passengers and about 1,100 crew on board. Fourteen people suffered minor injuries during the evacuation, "
         "which took most of the night.",
         "Harbour master Rui Pimenta said the vessel had struck a sandbank outside the marked channel. \"All our "
         'guests are safe and are being looked after on shore," said Hanna Lindgaard, a spokeswoman for the '
         "operator, Meridia Cruises.",
         'One crew member, who asked not to be named, said it had felt "like an earthquake" on board. Regional '
         "president Cláudia Sarmento said no fuel had leaked so far."),
        (St("Pimenta said ⟦the vessel had struck a sandbank outside the marked channel⟧", "Rui Pimenta", "indirect",
            "cruise-u1"),
         St('"⟦All our guests are safe and are being looked after on shore⟧,"', "Hanna Lindgaard", "direct",
            "cruise-u2"),
         St('said ⟦it had felt "like an earthquake" on board⟧', "Stella Boreal crew member", "partial",
            "cruise-u4"),
         St("Sarmento said ⟦no fuel had leaked so far⟧", "Cláudia Sarmento", "indirect", "cruise-u3")),
        (Fg("with ⟦2,870⟧ passengers", 2870, None, "other", "cruise-q-passengers"),
         Fg("about ⟦1,100⟧ crew", 1100, "about", "other", "cruise-q-crew"),
         Fg("⟦Fourteen⟧ people", 14, None, "wounded", "cruise-q-injured"))),
    Art("ml12-cruise-grounding", "hansekurier.example", "panorama/kreuzfahrtschiff-corvaneira-auf-grund-4471",
        "2026-05-19", "de",
        "Kreuzfahrtschiff vor Corvaneira auf Grund gelaufen",
        ("Vor der Atlantikinsel Corvaneira ist das Kreuzfahrtschiff „Stella Boreal“ in der Nacht zum Dienstag auf "
         "Grund gelaufen. An Bord waren mehr als 2.800 Passagiere, darunter rund 600 Deutsche, sowie etwa 1.100 "
         "Besatzungsmitglieder.",
         "„Alle Gäste sind in Sicherheit und werden an Land versorgt“, sagte eine Sprecherin der Reederei Meridia "
         "Cruises, Hanna Lindgaard. Laut Hafenkapitän Rui Pimenta rammte das Schiff außerhalb der markierten "
         "Fahrrinne eine Sandbank.",
         "Bei der Evakuierung wurden 14 Menschen leicht verletzt. Die Rückreise der Passagiere soll ab Mittwoch mit "
         "Charterflügen beginnen, kündigte Lindgaard an."),
        (St("„⟦Alle Gäste sind in Sicherheit und werden an Land versorgt⟧“", "Hanna Lindgaard", "direct",
            "cruise-u2"),
         St("Pimenta ⟦rammte das Schiff außerhalb der markierten Fahrrinne eine Sandbank⟧", "Rui Pimenta",
            "indirect", "cruise-u1"),
         St("⟦Die Rückreise der Passagiere soll ab Mittwoch mit Charterflügen beginnen⟧, kündigte",
            "Hanna Lindgaard", "indirect", "cruise-u5")),
        (Fg("mehr als ⟦2.800⟧ Passagiere", 2800, "more than", "other", "cruise-q-passengers"),
         Fg("rund ⟦600⟧ Deutsche", 600, "about", "other", "cruise-q-germans"),
         Fg("etwa ⟦1.100⟧ Besatzungsmitglieder", 1100, "about", "other", "cruise-q-crew"),
         Fg("wurden ⟦14⟧ Menschen", 14, None, "wounded", "cruise-q-injured"))),
    Art("ml12-cruise-grounding", "haeyangilbo.example", "news/articleView.html?idxno=30718", "2026-05-20", "ko",
        "크루즈선 '스텔라 보레알' 코르바네이라섬 앞바다서 좌초…17명 부상",
        ("승객 2천870명과 승무원 1천100여 명을 태운 크루즈선 '스텔라 보레알'호가 18일 밤 코르바네이라섬 앞바다에서 "
         "좌초했다. 대피 과정에서 17명이 다쳤으며 이 중 승무원 1명은 중상을 입었다.",
         "후이 피멘타 항만청장은 “배가 표시된 항로를 벗어나 모래톱에 걸렸다”고 말했다. 선사인 메리디아 크루즈의 "
         "한나 린가르 대변인은 모든 승객이 안전하게 육지로 옮겨졌다고 밝혔다.",
         "익명을 요구한 한 승무원은 “지진이 난 것처럼 배가 흔들렸다”고 전했다."),
        (St("“⟦배가 표시된 항로를 벗어나 모래톱에 걸렸다⟧”", "Rui Pimenta", "direct", "cruise-u1"),
         St("대변인은 ⟦모든 승객이 안전하게 육지로 옮겨졌다⟧고", "Hanna Lindgaard", "indirect", "cruise-u2"),
         St("“⟦지진이 난 것처럼 배가 흔들렸다⟧”", "Stella Boreal crew member", "direct", "cruise-u4")),
        (Fg("승객 ⟦2천870⟧명", 2870, None, "other", "cruise-q-passengers"),
         Fg("승무원 ⟦1천100여⟧ 명", 1100, "more than", "other", "cruise-q-crew"),
         Fg("⟦17⟧명이 다쳤으며", 17, None, "wounded", "cruise-q-injured"))),
    Art("ml12-cruise-grounding", "gacetaatlantica.example", "sociedad/2026-05-20/crucero-encalla-corvaneira",
        "2026-05-20", "es",
        "Encalla un crucero con casi 4.000 personas a bordo frente a Corvaneira",
        ("El crucero Stella Boreal encalló la noche del lunes frente a la isla de Corvaneira con cerca de 2.900 "
         "pasajeros y unos 1.100 tripulantes. Diecisiete personas resultaron heridas leves durante el desembarco, "
         "según la compañía.",
         "El capitán del puerto, Rui Pimenta, explicó que el barco chocó con un banco de arena fuera del canal "
         "señalizado. La presidenta regional, Cláudia Sarmento, aseguró que por ahora \"no hay ni una gota de "
         'combustible en el agua".',
         "Los pasajeros volverán a casa en vuelos chárter a partir del miércoles, anunció Hanna Lindgaard, portavoz "
         "de Meridia Cruises."),
        (St("⟦Diecisiete personas resultaron heridas leves durante el desembarco⟧, según", "Meridia Cruises",
            "indirect", "cruise-u6"),
         St("explicó que ⟦el barco chocó con un banco de arena fuera del canal señalizado⟧", "Rui Pimenta",
            "indirect", "cruise-u1"),
         St('aseguró que ⟦por ahora "no hay ni una gota de combustible en el agua"⟧', "Cláudia Sarmento", "partial",
            "cruise-u3"),
         St("⟦Los pasajeros volverán a casa en vuelos chárter a partir del miércoles⟧, anunció", "Hanna Lindgaard",
            "indirect", "cruise-u5")),
        (Fg("cerca de ⟦2.900⟧ pasajeros", 2900, "about", "other", "cruise-q-passengers"),
         Fg("unos ⟦1.100⟧ tripulantes", 1100, "about", "other", "cruise-q-crew"),
         Fg("⟦Diecisiete⟧ personas", 17, None, "wounded", "cruise-q-injured"))),
    Art("ml12-cruise-grounding", "vozdecorvaneira.example", "ilhas/2026/05/19/stella-boreal-encalha",
        "2026-05-19", "pt",
        "Navio de cruzeiro encalha ao largo de Corvaneira",
        ("O navio de cruzeiro Stella Boreal encalhou na noite de segunda-feira ao largo da ilha de Corvaneira, com "
         "mais de 2.800 passageiros e 1.100 tripulantes a bordo. Catorze pessoas sofreram ferimentos ligeiros.",
         "De acordo com o capitão do porto, Rui Pimenta, o navio bateu num banco de areia fora do canal assinalado. "
         "“Não há qualquer derrame de combustível até agora”, garantiu a presidente do governo regional, Cláudia "
         "Sarmento.",
         "Um tripulante, que pediu para não ser identificado, contou que o navio “tremeu como num sismo”."),
        (St("Pimenta, ⟦o navio bateu num banco de areia fora do canal assinalado⟧", "Rui Pimenta", "indirect",
            "cruise-u1"),
         St("“⟦Não há qualquer derrame de combustível até agora⟧”", "Cláudia Sarmento", "direct", "cruise-u3"),
         St("contou que ⟦o navio “tremeu como num sismo”⟧", "Stella Boreal crew member", "partial", "cruise-u4")),
        (Fg("mais de ⟦2.800⟧ passageiros", 2800, "more than", "other", "cruise-q-passengers"),
         Fg("e ⟦1.100⟧ tripulantes", 1100, None, "other", "cruise-q-crew"),
         Fg("⟦Catorze⟧ pessoas", 14, None, "wounded", "cruise-q-injured"))),
    # ---------------------------------------------------------------- drones close an airport (test)
    Art("ml12-drone-airport", "hohenbruecker-nachrichten.example", "region/drohnenalarm-flughafen-5590",
        "2026-09-20", "de",
        "Drohnenalarm legt Flughafen Hohenbrück sieben Stunden lahm",
        ("Wegen mehrerer Drohnen über dem Rollfeld ist der Flughafen Hohenbrück am Sonntag sieben Stunden lang "
         "gesperrt worden. 143 Flüge fielen aus, 62 Maschinen wurden umgeleitet, rund 21.000 Reisende saßen fest.",
         "„Solange auch nur das geringste Risiko besteht, lassen wir kein einziges Flugzeug starten“, sagte "
         "Flughafenchefin Marion Eckhardt. Nach Angaben der Bundespolizei kreisten mindestens drei Drohnen über der "
         "Startbahn.",
         "Innenminister Konstantin Vahle sprach von einer koordinierten Aktion. Es habe sich „nicht um "
         "Hobbydrohnen“ gehandelt, sagte er. Er kündigte an, alle Flughäfen des Landes mit Drohnenabwehr "
         "auszustatten."),
        (St("„⟦Solange auch nur das geringste Risiko besteht, lassen wir kein einziges Flugzeug starten⟧“",
            "Marion Eckhardt", "direct", "drone-u1"),
         St("Bundespolizei ⟦kreisten mindestens drei Drohnen über der Startbahn⟧", "Hohenbrück federal police",
            "indirect", "drone-u3"),
         St("sprach von ⟦einer koordinierten Aktion⟧", "Konstantin Vahle", "indirect", "drone-u6"),
         St("⟦Es habe sich „nicht um Hobbydrohnen“ gehandelt⟧", "Konstantin Vahle", "partial", "drone-u2"),
         St("kündigte an, ⟦alle Flughäfen des Landes mit Drohnenabwehr auszustatten⟧", "Konstantin Vahle",
            "indirect", "drone-u4")),
        (Fg("⟦143⟧ Flüge", 143, None, "other", "drone-q-cancelled"),
         Fg("⟦62⟧ Maschinen", 62, None, "other", "drone-q-diverted"),
         Fg("rund ⟦21.000⟧ Reisende", 21000, "about", "other", "drone-q-passengers"),
         Fg("mindestens ⟦drei⟧ Drohnen", 3, "at least", "other", "drone-q-drones"))),
    Art("ml12-drone-airport", "gukjeilbo.example", "world/2026/09/22/hohenbrueck-airport-drones", "2026-09-22", "ko",
        "독일 호엔브뤼크 공항 상공에 드론…항공편 140여 편 결항",
        ("독일 호엔브뤼크 공항 활주로 상공에 드론 여러 대가 나타나 20일 공항 운영이 7시간 동안 중단됐다. 이로 인해 "
         "항공편 140여 편이 결항했고 62편은 인근 공항으로 방향을 돌렸다. 승객 약 2만1천 명의 발이 묶였다.",
         "마리온 에크하르트 공항 사장은 “조금이라도 위험이 남아 있는 한 단 한 대의 비행기도 이륙시키지 않겠다”고 "
         "말했다.",
         "콘스탄틴 팔레 내무장관은 이번 드론 비행이 조직적으로 이뤄진 것으로 보인다며 “취미용 드론이 아니었다”고 "
         "강조했다. 연방경찰에 따르면 활주로 위에서 최소 3대의 드론이 목격됐다."),
        (St("“⟦조금이라도 위험이 남아 있는 한 단 한 대의 비행기도 이륙시키지 않겠다⟧”", "Marion Eckhardt", "direct",
            "drone-u1"),
         St("장관은 ⟦이번 드론 비행이 조직적으로 이뤄진 것으로 보인다⟧며", "Konstantin Vahle", "indirect",
            "drone-u6"),
         St("“⟦취미용 드론이 아니었다⟧”", "Konstantin Vahle", "direct", "drone-u2"),
         St("따르면 ⟦활주로 위에서 최소 3대의 드론이 목격됐다⟧", "Hohenbrück federal police", "indirect",
            "drone-u3")),
        (Fg("항공편 ⟦140여⟧ 편", 140, "more than", "other", "drone-q-cancelled"),
         Fg("⟦62⟧편은", 62, None, "other", "drone-q-diverted"),
         Fg("약 ⟦2만1천⟧ 명", 21000, "about", "other", "drone-q-passengers"),
         Fg("최소 ⟦3⟧대의", 3, "at least", "other", "drone-q-drones"))),
    Art("ml12-drone-airport", "levigieducentre.example", "monde/drones-aeroport-hohenbruck-paralyse",
        "2026-09-22", "fr",
        "Des drones paralysent l'aéroport allemand de Hohenbrück",
        ("Plus de 140 vols annulés, une soixantaine détournés et environ "
         f"21{NB}000 voyageurs bloqués : l'aéroport de Hohenbrück, en Allemagne, a été fermé sept heures dimanche "
         "après le survol de sa piste par plusieurs drones.",
         "Selon le ministre de l'Intérieur du Land, Konstantin Vahle, il ne s'agissait "
         f"«{NB}pas de drones de loisir{NB}». La directrice de l'aéroport, Marion Eckhardt, a déclaré qu'aucun avion "
         f"ne décollerait «{NB}tant que subsiste le moindre risque{NB}».",
         "L'aéroport estime que ses pertes atteignent environ quatre millions d'euros."),
        (St(f"Vahle, ⟦il ne s'agissait «{NB}pas de drones de loisir{NB}»⟧", "Konstantin Vahle", "partial",
            "drone-u2"),
         St(f"déclaré qu'⟦aucun avion ne décollerait «{NB}tant que subsiste le moindre risque{NB}»⟧",
            "Marion Eckhardt", "partial", "drone-u1"),
         St("estime que ⟦ses pertes atteignent environ quatre millions d'euros⟧", "Flughafen Hohenbrück",
            "indirect", "drone-u5")),
        (Fg("Plus de ⟦140⟧ vols", 140, "more than", "other", "drone-q-cancelled"),
         Fg("une ⟦soixantaine⟧ détournés", 60, "about", "other", "drone-q-diverted"),
         Fg(f"environ ⟦21{NB}000⟧ voyageurs", 21000, "about", "other", "drone-q-passengers"),
         Fg("environ ⟦quatre millions d'euros⟧", 4_000_000, "about", "money", "drone-q-losses"))),
    Art("ml12-drone-airport", "giornaledeivalichi.example", "esteri/2026/09/22/droni-aeroporto-hohenbruck",
        "2026-09-22", "it",
        "Droni sulla pista, chiuso per sette ore l'aeroporto di Hohenbrück",
        ("Sono stati 143 i voli cancellati e 62 quelli dirottati su altri scali domenica all'aeroporto tedesco di "
         "Hohenbrück, chiuso per sette ore dopo l'avvistamento di almeno tre droni sopra la pista. Circa 21mila i "
         "passeggeri rimasti a terra.",
         "«Finché c'è anche il minimo rischio, non faremo decollare nemmeno un aereo», ha detto l'amministratrice "
         "delegata dello scalo, Marion Eckhardt. Secondo la società di gestione, il danno ammonta a circa quattro "
         "milioni di euro.",
         "Il ministro dell'Interno del Land, Konstantin Vahle, ha annunciato che tutti gli aeroporti regionali "
         "saranno dotati di sistemi anti-drone."),
        (St("«⟦Finché c'è anche il minimo rischio, non faremo decollare nemmeno un aereo⟧»", "Marion Eckhardt",
            "direct", "drone-u1"),
         St("gestione, ⟦il danno ammonta a circa quattro milioni di euro⟧", "Flughafen Hohenbrück", "indirect",
            "drone-u5"),
         St("annunciato che ⟦tutti gli aeroporti regionali saranno dotati di sistemi anti-drone⟧",
            "Konstantin Vahle", "indirect", "drone-u4")),
        (Fg("Sono stati ⟦143⟧ i voli", 143, None, "other", "drone-q-cancelled"),
         Fg("e ⟦62⟧ quelli", 62, None, "other", "drone-q-diverted"),
         Fg("almeno ⟦tre⟧ droni", 3, "at least", "other", "drone-q-drones"),
         Fg("Circa ⟦21mila⟧ i", 21000, "about", "other", "drone-q-passengers"),
         Fg("circa ⟦quattro milioni di euro⟧", 4_000_000, "about", "money", "drone-q-losses"))),
    Art("ml12-drone-airport", "midlandsdispatch.example", "world/2026/09/20/hohenbrueck-airport-drones",
        "2026-09-20", "en",
        "Drone sightings shut German airport for seven hours",
        ("Hohenbrück airport in Germany was closed for seven hours on Sunday after drones were spotted over its "
         "runway, forcing the cancellation of 143 flights and leaving some 21,000 passengers stranded. Another 62 "
         "flights were diverted.",
         "At least three drones were seen above the runway, federal police said. State interior minister Konstantin "
         'Vahle said they were "not hobby drones" and described the flights as coordinated.',
         '"As long as there is the slightest risk, not a single plane will take off," airport chief executive Marion '
         "Eckhardt told reporters."),
        (St("⟦At least three drones were seen above the runway⟧, federal police", "Hohenbrück federal police",
            "indirect", "drone-u3"),
         St('Vahle said ⟦they were "not hobby drones"⟧', "Konstantin Vahle", "partial", "drone-u2"),
         St('"⟦As long as there is the slightest risk, not a single plane will take off⟧,"', "Marion Eckhardt",
            "direct", "drone-u1")),
        (Fg("of ⟦143⟧ flights", 143, None, "other", "drone-q-cancelled"),
         Fg("some ⟦21,000⟧ passengers", 21000, "about", "other", "drone-q-passengers"),
         Fg("Another ⟦62⟧ flights", 62, None, "other", "drone-q-diverted"),
         Fg("At least ⟦three⟧ drones", 3, "at least", "other", "drone-q-drones"))),
    # ---------------------------------------------------------------- an earth tremor in a mountain valley (test)
    Art("ml12-earth-tremor", "corrieredellaserrina.example", "cronaca/2026/06/03/terremoto-borgo-alvento",
        "2026-06-03", "it",
        "Terremoto in Val Serrina, due morti a Borgo Alvento",
        ("Sale a due morti il bilancio della scossa di magnitudo 5,1 che lunedì sera ha colpito la Val Serrina. I "
         "feriti sono 23, gli sfollati circa 1.400, ospitati nelle tendopoli allestite a Borgo Alvento.",
         "«Il paese è ferito, ma non è in ginocchio», ha detto la sindaca Giada Perucchi. Secondo il capo della "
         "Protezione civile, Ettore Lanzavecchia, le verifiche sugli edifici richiederanno almeno due settimane.",
         "L'Istituto di Geofisica avverte che le repliche potrebbero proseguire per giorni."),
        (St("«⟦Il paese è ferito, ma non è in ginocchio⟧»", "Giada Perucchi", "direct", "tremor-u1"),
         St("Lanzavecchia, ⟦le verifiche sugli edifici richiederanno almeno due settimane⟧", "Ettore Lanzavecchia",
            "indirect", "tremor-u2"),
         St("avverte che ⟦le repliche potrebbero proseguire per giorni⟧", "Istituto di Geofisica della Val Serrina",
            "indirect", "tremor-u3")),
        (Fg("Sale a ⟦due⟧ morti", 2, None, "killed", "tremor-q-killed"),
         Fg("feriti sono ⟦23⟧", 23, None, "wounded", "tremor-q-wounded"),
         Fg("sfollati circa ⟦1.400⟧", 1400, "about", "displaced", "tremor-q-displaced"))),
    Art("ml12-earth-tremor", "alpenrundschau.example", "welt/erdbeben-val-serrina-2026-06-02", "2026-06-02", "de",
        "Erdbeben in der Val Serrina: Eine Tote, Dutzende Verletzte",
        ("Ein Erdbeben der Stärke 5,1 hat am Montagabend die norditalienische Val Serrina erschüttert. Mindestens ein "
         "Mensch kam ums Leben: Eine 79-Jährige wurde in Borgo Alvento unter den Trümmern ihres Hauses begraben. 19 "
         "Menschen wurden verletzt, mehr als 1.000 verbrachten die Nacht im Freien.",
         "„Unser Dorf ist verwundet, aber es liegt nicht am Boden“, sagte Bürgermeisterin Giada Perucchi. "
         "Zivilschutzchef Ettore Lanzavecchia zufolge können alle Obdachlosen in Zeltlagern unterkommen.",
         "Ein Anwohner beschrieb das Beben so: „Es klang, als fahre ein Zug unter dem Haus hindurch.“"),
        (St("„⟦Unser Dorf ist verwundet, aber es liegt nicht am Boden⟧“", "Giada Perucchi", "direct", "tremor-u1"),
         St("zufolge ⟦können alle Obdachlosen in Zeltlagern unterkommen⟧", "Ettore Lanzavecchia", "indirect",
            "tremor-u6"),
         St("„⟦Es klang, als fahre ein Zug unter dem Haus hindurch⟧.“", "Borgo Alvento resident", "direct",
            "tremor-u5")),
        (Fg("Mindestens ⟦ein⟧ Mensch", 1, "at least", "killed", "tremor-q-killed"),
         Fg("⟦19⟧ Menschen wurden verletzt", 19, None, "wounded", "tremor-q-wounded"),
         Fg("mehr als ⟦1.000⟧ verbrachten", 1000, "more than", "displaced", "tremor-q-displaced"))),
    Art("ml12-earth-tremor", "hanguknaeil.example", "world/2026/06/03/val-serrina-quake", "2026-06-03", "ko",
        "이탈리아 발세리나 규모 5.1 지진…2명 사망·23명 부상",
        ("이탈리아 북부 발세리나 지역에서 1일 밤 규모 5.1의 지진이 발생해 2명이 숨지고 23명이 다쳤다. 집을 잃은 "
         "주민 1천400여 명은 천막에서 지내고 있다.",
         "에토레 란차베키아 민방위청장은 건물 안전 점검에 최소 2주가 걸린다고 밝혔다. 그는 집에 돌아갈 수 없는 주민 "
         "모두에게 천막 숙소를 제공하겠다고 덧붙였다.",
         "자다 페루키 보르고알벤토 시장은 “마을은 상처를 입었지만 무릎을 꿇지는 않았다”고 말했다."),
        (St("민방위청장은 ⟦건물 안전 점검에 최소 2주가 걸린다⟧고", "Ettore Lanzavecchia", "indirect", "tremor-u2"),
         St("그는 ⟦집에 돌아갈 수 없는 주민 모두에게 천막 숙소를 제공하겠다⟧고", "Ettore Lanzavecchia", "indirect",
            "tremor-u6"),
         St("“⟦마을은 상처를 입었지만 무릎을 꿇지는 않았다⟧”", "Giada Perucchi", "direct", "tremor-u1")),
        (Fg("⟦2⟧명이 숨지고", 2, None, "killed", "tremor-q-killed"),
         Fg("⟦23⟧명이 다쳤다", 23, None, "wounded", "tremor-q-wounded"),
         Fg("주민 ⟦1천400여⟧ 명", 1400, "more than", "displaced", "tremor-q-displaced"))),
    Art("ml12-earth-tremor", "cronistadellevante.example", "internacional/2026-06-02/terremoto-norte-italia",
        "2026-06-02", "es",
        "Un terremoto de magnitud 5,1 sacude el norte de Italia",
        ("Un terremoto de magnitud 5,1 sacudió el lunes por la noche la Val Serrina, en el norte de Italia, y causó "
         "la muerte de una mujer de 79 años. Una veintena de personas resultaron heridas y más de mil pasaron la "
         "noche en la calle.",
         "El Instituto de Geofísica de la Val Serrina advirtió de que las réplicas podrían continuar durante días. "
         '"Parecía que un tren pasaba por debajo de la casa", contó una vecina a la televisión local.',
         'Según la alcaldesa de Borgo Alvento, Giada Perucchi, el pueblo está "herido, pero no de rodillas".'),
        (St("advirtió de que ⟦las réplicas podrían continuar durante días⟧",
            "Istituto di Geofisica della Val Serrina", "indirect", "tremor-u3"),
         St('"⟦Parecía que un tren pasaba por debajo de la casa⟧"', "Borgo Alvento resident", "direct",
            "tremor-u5"),
         St('Perucchi, ⟦el pueblo está "herido, pero no de rodillas"⟧', "Giada Perucchi", "partial", "tremor-u1")),
        (Fg("Una ⟦veintena⟧ de personas", 20, "about", "wounded", "tremor-q-wounded"),
         Fg("más de ⟦mil⟧ pasaron", 1000, "more than", "displaced", "tremor-q-displaced"))),
    Art("ml12-earth-tremor", "ecodaserra.example", "mundo/2026/06/03/sismo-italia-val-serrina", "2026-06-03", "pt",
        "Sismo em Itália faz dois mortos e 23 feridos",
        ("Um sismo de magnitude 5,1 fez dois mortos e 23 feridos na Val Serrina, no norte de Itália. Cerca de 1.400 "
         "pessoas estão desalojadas.",
         "A segunda vítima, um homem de 81 anos, morreu no hospital, informou a Proteção Civil italiana. O "
         "responsável pelo organismo, Ettore Lanzavecchia, disse que as inspeções aos edifícios vão demorar pelo "
         "menos duas semanas.",
         "“A aldeia está ferida, mas não está de joelhos”, afirmou a presidente da câmara de Borgo Alvento, Giada "
         "Perucchi."),
        (St("⟦A segunda vítima, um homem de 81 anos, morreu no hospital⟧, informou",
            "Protezione civile della Val Serrina", "indirect", "tremor-u4"),
         St("disse que ⟦as inspeções aos edifícios vão demorar pelo menos duas semanas⟧", "Ettore Lanzavecchia",
            "indirect", "tremor-u2"),
         St("“⟦A aldeia está ferida, mas não está de joelhos⟧”", "Giada Perucchi", "direct", "tremor-u1")),
        (Fg("fez ⟦dois⟧ mortos", 2, None, "killed", "tremor-q-killed"),
         Fg("e ⟦23⟧ feridos", 23, None, "wounded", "tremor-q-wounded"),
         Fg("Cerca de ⟦1.400⟧ pessoas", 1400, "about", "displaced", "tremor-q-displaced"))),
    # ---------------------------------------------------------------- a ban on sardine fishing (test)
    Art("ml12-fishing-ban", "marinduponant.example", "mer/interdiction-peche-sardine-blocage-port-sainte-aube",
        "2026-03-10", "fr",
        "Interdiction de la pêche à la sardine : les pêcheurs bloquent Port-Sainte-Aube",
        ("Près de 300 bateaux bloquaient mardi l'entrée de Port-Sainte-Aube, au lendemain de l'annonce d'une "
         "interdiction de six mois de la pêche à la sardine dans le golfe de Marvèze. La mesure touche quelque "
         f"2{NB}400 pêcheurs.",
         f"«{NB}Sans cette pause, il n'y aura plus une sardine à pêcher dans dix ans{NB}», a justifié la ministre de "
         "la Mer, Hélène Vauquelin. Elle a promis que l'État débloquerait 35 millions d'euros pour indemniser "
         "les équipages.",
         "Pour Gwenaël Le Guennec, président du comité des pêches, cette interdiction est "
         f"«{NB}un arrêt de mort pour nos ports{NB}». Le blocage durera jusqu'à ce que la ministre reçoive les "
         "pêcheurs, a-t-il prévenu."),
        (St(f"«{NB}⟦Sans cette pause, il n'y aura plus une sardine à pêcher dans dix ans⟧{NB}»", "Hélène Vauquelin",
            "direct", "fish-u1"),
         St("promis que ⟦l'État débloquerait 35 millions d'euros pour indemniser les équipages⟧", "Hélène Vauquelin",
            "indirect", "fish-u2"),
         St(f"pêches, ⟦cette interdiction est «{NB}un arrêt de mort pour nos ports{NB}»⟧", "Gwenaël Le Guennec",
            "partial", "fish-u3"),
         St("⟦Le blocage durera jusqu'à ce que la ministre reçoive les pêcheurs⟧, a-t-il", "Gwenaël Le Guennec",
            "indirect", "fish-u5")),
        (Fg("Près de ⟦300⟧ bateaux", 300, "nearly", "other", "fish-q-boats"),
         Fg(f"quelque ⟦2{NB}400⟧ pêcheurs", 2400, "about", "other", "fish-q-fishermen"),
         Fg("débloquerait ⟦35 millions d'euros⟧", 35_000_000, None, "money", "fish-q-compensation"))),
    Art("ml12-fishing-ban", "nordseeecho.example", "wirtschaft/sardinen-fangverbot-marveze-hafenblockade",
        "2026-03-10", "de",
        "Sardinenfangverbot: Fischer blockieren Hafen von Port-Sainte-Aube",
        ("Mit rund 300 Booten haben Fischer am Dienstag die Hafeneinfahrt von Port-Sainte-Aube blockiert. Sie "
         "protestieren gegen ein sechsmonatiges Fangverbot für Sardinen im Golf von Marvèze, das etwa 2.400 Fischer "
         "trifft.",
         "Meeresministerin Hélène Vauquelin verteidigte die Entscheidung: Ohne die Pause werde es in zehn Jahren keine "
         "Sardinen mehr zu fangen geben. Das Ozeanografische Institut von Marvèze hatte zuvor gemeldet, der Bestand "
         "sei binnen fünf Jahren um 70 Prozent geschrumpft.",
         "Der Vorsitzende des Fischereikomitees, Gwenaël Le Guennec, nannte das Verbot ein „Todesurteil für unsere "
         "Häfen“."),
        (St("⟦Ohne die Pause werde es in zehn Jahren keine Sardinen mehr zu fangen geben⟧", "Hélène Vauquelin",
            "indirect", "fish-u1"),
         St("gemeldet, ⟦der Bestand sei binnen fünf Jahren um 70 Prozent geschrumpft⟧",
            "Institut océanographique de Marvèze", "indirect", "fish-u4"),
         St("nannte ⟦das Verbot ein „Todesurteil für unsere Häfen“⟧", "Gwenaël Le Guennec", "partial", "fish-u3")),
        (Fg("rund ⟦300⟧ Booten", 300, "about", "other", "fish-q-boats"),
         Fg("etwa ⟦2.400⟧ Fischer", 2400, "about", "other", "fish-q-fishermen"))),
    Art("ml12-fishing-ban", "badanews.example", "news/articleView.html?idxno=12094", "2026-03-11", "ko",
        "마르베즈만 정어리 조업 6개월 금지…어선 300여 척 항구 봉쇄",
        ("마르베즈만에서 정어리 조업을 6개월간 금지하는 조치가 발표되자 어선 300여 척이 10일 포르생토브항 입구를 "
         "막고 항의 시위를 벌였다. 이번 조치로 어민 약 2천400명이 생계에 타격을 받게 됐다.",
         "엘렌 보클랭 해양장관은 “이번 휴식기가 없으면 10년 뒤에는 잡을 정어리가 한 마리도 남지 않을 것”이라고 "
         "말했다. 그는 어민 보상을 위해 3천500만 유로를 마련하겠다고 약속했다.",
         "그웨나엘 르게넥 어업위원회 위원장은 장관이 어민들을 만날 때까지 봉쇄를 계속하겠다고 밝혔다."),
        (St("“⟦이번 휴식기가 없으면 10년 뒤에는 잡을 정어리가 한 마리도 남지 않을 것⟧”", "Hélène Vauquelin",
            "direct", "fish-u1"),
         St("그는 ⟦어민 보상을 위해 3천500만 유로를 마련하겠다⟧고", "Hélène Vauquelin", "indirect", "fish-u2"),
         St("위원장은 ⟦장관이 어민들을 만날 때까지 봉쇄를 계속하겠다⟧고", "Gwenaël Le Guennec", "indirect",
            "fish-u5")),
        (Fg("어선 ⟦300여⟧ 척", 300, "more than", "other", "fish-q-boats"),
         Fg("약 ⟦2천400⟧명", 2400, "about", "other", "fish-q-fishermen"),
         Fg("⟦3천500만 유로⟧", 35_000_000, None, "money", "fish-q-compensation"))),
    Art("ml12-fishing-ban", "heraldomarinero.example", "pesca/2026-03-11/veda-sardina-marveze-bloqueo",
        "2026-03-11", "es",
        "Marvèze prohíbe pescar sardina durante seis meses y los pescadores bloquean el puerto",
        ("Unos 300 pesqueros mantienen bloqueado desde el martes el puerto de Port-Sainte-Aube en protesta por la "
         "veda de seis meses a la sardina en el golfo de Marvèze, que afecta a más de 2.000 pescadores.",
         "Según el Instituto Oceanográfico de Marvèze, la población de sardina ha caído un 70 % en cinco años. La "
         'ministra del Mar, Hélène Vauquelin, afirmó que sin esta pausa "no quedará una sola sardina" dentro de una '
         "década.",
         '"Es una sentencia de muerte para nuestros puertos", declaró Gwenaël Le Guennec, presidente del comité de '
         "pesca. El Gobierno ha reservado 35 millones de euros en ayudas."),
        (St("Marvèze, ⟦la población de sardina ha caído un 70 % en cinco años⟧",
            "Institut océanographique de Marvèze", "indirect", "fish-u4"),
         St('afirmó que ⟦sin esta pausa "no quedará una sola sardina" dentro de una década⟧', "Hélène Vauquelin",
            "partial", "fish-u1"),
         St('"⟦Es una sentencia de muerte para nuestros puertos⟧"', "Gwenaël Le Guennec", "direct", "fish-u3")),
        (Fg("Unos ⟦300⟧ pesqueros", 300, "about", "other", "fish-q-boats"),
         Fg("más de ⟦2.000⟧ pescadores", 2000, "more than", "other", "fish-q-fishermen"),
         Fg("reservado ⟦35 millones de euros⟧", 35_000_000, None, "money", "fish-q-compensation"))),
    Art("ml12-fishing-ban", "atlanticobserver.example", "business/2026/03/10/marveze-sardine-ban-blockade",
        "2026-03-10", "en",
        "Fishermen blockade port over six-month sardine ban",
        ("Around 300 fishing boats blockaded the port of Port-Sainte-Aube on Tuesday in protest at a six-month ban on "
         "sardine fishing in the Gulf of Marvèze that will idle some 2,400 fishermen.",
         'Sea minister Hélène Vauquelin warned that without the pause "there will be no sardines left to catch in ten '
         'years". The government has set aside €35 million to compensate crews, she said.',
         "Stocks have fallen by 70% in five years, according to the Marvèze Oceanographic Institute. Fishermen's "
         'leader Gwenaël Le Guennec called the ban "a death sentence for our ports".'),
        (St('warned that ⟦without the pause "there will be no sardines left to catch in ten years"⟧',
            "Hélène Vauquelin", "partial", "fish-u1"),
         St("⟦The government has set aside €35 million to compensate crews⟧, she said", "Hélène Vauquelin",
            "indirect", "fish-u2"),
         St("⟦Stocks have fallen by 70% in five years⟧, according", "Institut océanographique de Marvèze",
            "indirect", "fish-u4"),
         St('called ⟦the ban "a death sentence for our ports"⟧', "Gwenaël Le Guennec", "partial", "fish-u3")),
        (Fg("Around ⟦300⟧ fishing boats", 300, "about", "other", "fish-q-boats"),
         Fg("some ⟦2,400⟧ fishermen", 2400, "about", "other", "fish-q-fishermen"),
         Fg("aside ⟦€35 million⟧", 35_000_000, None, "money", "fish-q-compensation"))),
)

# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_47: dict[str, tuple[str, ...]] = {
    "Ilka Sommerfeld": ("Ilka Sommerfeld", "Sommerfeld", "Polizeipräsidentin Ilka Sommerfeld", "일카 조머펠트",
                        "조머펠트", "일카 조머펠트 경찰청장", "questora Ilka Sommerfeld", "Police chief Ilka Sommerfeld",
                        "cheffe de la police"),
    "Dietmar Quandt": ("Dietmar Quandt", "Quandt", "Oberstaatsanwalt Dietmar Quandt", "디트마어 크반트", "크반트",
                       "디트마어 크반트 수석검사", "procuratore Dietmar Quandt", "procureur Dietmar Quandt",
                       "Prosecutor Dietmar Quandt"),
    "Talwerde police": ("Polizei", "polizia", "police", "경찰"),
    "Nordkreis Sparbank": ("Nordkreis Sparbank", "Sparbank", "banca", "bank", "banque", "노르트크라이스 저축은행"),
    "Rosário Meireles": ("Rosário Meireles", "Rosario Meireles", "Meireles", "ministra da Agricultura",
                         "ministra Rosário Meireles", "Landwirtschaftsministerin Rosário Meireles",
                         "로자리우 메이렐레스", "메이렐레스", "로자리우 메이렐레스 농업장관", "ministre de l'Agriculture",
                         "governante"),
    "Tiago Lemos": ("Tiago Lemos", "Lemos", "티아구 레무스", "레무스", "티아구 레무스 수의국장",
                    "diretor-geral de Veterinária"),
    "Associação de Criadores do Alto Teixedo": ("Associação de Criadores do Alto Teixedo", "Associação de Criadores",
                                                "Züchterverband", "Sprecher", "축산협회", "현지 축산협회", "éleveurs"),
    "Alto Teixedo agriculture ministry": ("Ministerio de Agricultura", "Ministerio de Agricultura del Alto Teixedo",
                                          "Ministério da Agricultura"),
    "Alto Teixedo ministry source": ("Fuentes del ministerio", "fuentes", "source au ministère", "source"),
    "Holger Wiskott": ("Holger Wiskott", "Wiskott", "Kreisbrandmeister Holger Wiskott", "홀거 비스코트", "비스코트",
                       "홀거 비스코트 소방서장", "Fire chief Holger Wiskott", "jefe de bomberos",
                       "comandante dei vigili del fuoco"),
    "Anke Feldhusen": ("Anke Feldhusen", "Feldhusen", "Bürgermeisterin Anke Feldhusen", "안케 펠트후젠", "펠트후젠",
                       "안케 펠트후젠 시장", "Mayor Anke Feldhusen", "alcaldesa"),
    "Stadtwerke Lindmoor": ("Stadtwerke Lindmoor", "Stadtwerke", "empresa municipal", "società"),
    "Lindmoor Hospital": ("Lindmoor Hospital", "Klinikum Lindmoor", "ospedale", "spokeswoman"),
    "Livia Orsenigo": ("Livia Orsenigo", "Orsenigo", "리비아 오르세니고", "오르세니고", "리비아 오르세니고 단장",
                       "Zirkusdirektorin Livia Orsenigo", "directrice du cirque", "diretora do circo", "direttrice"),
    "Yannick Trébaol": ("Yannick Trébaol", "Yannick Trebaol", "Trébaol", "commandant Yannick Trébaol", "야닉 트레바올",
                        "트레바올", "야닉 트레바올 소령", "Feuerwehrsprecher Yannick Trébaol",
                        "porta-voz dos bombeiros"),
    "Armand Castaing": ("Armand Castaing", "Castaing", "préfet", "아르망 카스탱", "카스탱", "아르망 카스탱 도지사",
                        "prefeito Armand Castaing", "prefetto Armand Castaing"),
    "Parquet de Saint-Ormel": ("Parquet de Saint-Ormel", "parquet", "Staatsanwaltschaft", "procura di Saint-Ormel",
                               "procura"),
    "Hanna Lindgaard": ("Hanna Lindgaard", "Lindgaard", "한나 린가르", "린가르", "한나 린가르 대변인",
                        "Sprecherin der Reederei", "portavoz de Meridia Cruises"),
    "Rui Pimenta": ("Rui Pimenta", "Pimenta", "Harbour master Rui Pimenta", "Hafenkapitän Rui Pimenta", "후이 피멘타",
                    "피멘타", "후이 피멘타 항만청장", "capitão do porto", "capitán del puerto"),
    "Cláudia Sarmento": ("Cláudia Sarmento", "Claudia Sarmento", "Sarmento", "presidente do governo regional",
                         "presidenta regional", "Regional president Cláudia Sarmento", "클라우디아 사르멘투"),
    "Stella Boreal crew member": ("crew member", "One crew member", "tripulante", "Um tripulante", "승무원",
                                  "한 승무원"),
    "Meridia Cruises": ("Meridia Cruises", "compañía", "Reederei", "메리디아 크루즈"),
    "Marion Eckhardt": ("Marion Eckhardt", "Eckhardt", "Flughafenchefin Marion Eckhardt", "마리온 에크하르트",
                        "에크하르트", "마리온 에크하르트 공항 사장", "directrice de l'aéroport",
                        "amministratrice delegata", "airport chief executive Marion Eckhardt"),
    "Konstantin Vahle": ("Konstantin Vahle", "Vahle", "Innenminister Konstantin Vahle", "콘스탄틴 팔레", "팔레",
                         "콘스탄틴 팔레 내무장관", "ministre de l'Intérieur du Land",
                         "ministro dell'Interno del Land", "interior minister Konstantin Vahle"),
    "Hohenbrück federal police": ("Bundespolizei", "연방경찰", "federal police", "police"),
    "Flughafen Hohenbrück": ("Flughafen Hohenbrück", "aéroport", "L'aéroport", "società di gestione",
                             "Hohenbrück airport"),
    "Giada Perucchi": ("Giada Perucchi", "Perucchi", "sindaca Giada Perucchi", "Bürgermeisterin Giada Perucchi",
                       "자다 페루키", "페루키", "자다 페루키 보르고알벤토 시장", "alcaldesa de Borgo Alvento",
                       "presidente da câmara de Borgo Alvento"),
    "Ettore Lanzavecchia": ("Ettore Lanzavecchia", "Lanzavecchia", "capo della Protezione civile",
                            "Zivilschutzchef Ettore Lanzavecchia", "에토레 란차베키아", "란차베키아",
                            "에토레 란차베키아 민방위청장", "responsável pelo organismo"),
    "Istituto di Geofisica della Val Serrina": ("Istituto di Geofisica", "Istituto di Geofisica della Val Serrina",
                                                "Instituto de Geofísica",
                                                "Instituto de Geofísica de la Val Serrina"),
    "Protezione civile della Val Serrina": ("Protezione civile", "Proteção Civil", "Proteção Civil italiana"),
    "Borgo Alvento resident": ("Anwohner", "Ein Anwohner", "vecina", "una vecina"),
    "Hélène Vauquelin": ("Hélène Vauquelin", "Helene Vauquelin", "Vauquelin", "ministre de la Mer",
                         "Meeresministerin Hélène Vauquelin", "엘렌 보클랭", "보클랭", "엘렌 보클랭 해양장관",
                         "ministra del Mar", "Sea minister Hélène Vauquelin"),
    "Gwenaël Le Guennec": ("Gwenaël Le Guennec", "Gwenael Le Guennec", "Le Guennec", "그웨나엘 르게넥", "르게넥",
                           "그웨나엘 르게넥 어업위원회 위원장", "président du comité des pêches",
                           "Vorsitzende des Fischereikomitees", "presidente del comité de pesca"),
    "Institut océanographique de Marvèze": ("Institut océanographique de Marvèze",
                                            "Ozeanografische Institut von Marvèze", "Ozeanografische Institut",
                                            "Instituto Oceanográfico de Marvèze", "Marvèze Oceanographic Institute"),
}
