"""Unseen dev stories ml11-* (first annotator) of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every town, company, person, outlet and figure is invented. Stories here: salmonella traced to a bakery
chain, a ferry aground in fog, a strike at a coal power plant (all dev: the round's generalisation check).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_38: tuple[Art, ...] = (
    # ---------------------------------------------------------------- salmonella traced to a bakery chain (dev)
    Art("ml11-bakery-salmonella", "weserblatt.example", "region/salmonellen-kornmeister-1.88120", "2026-03-12", "de",
        "Salmonellen aus der Backstube: Kind im Raum Welzburg gestorben",
        ("Nach dem Salmonellen-Ausbruch im Raum Welzburg ist ein vierjähriger Junge gestorben. Mehr als 140 Menschen "
         "sind nach dem Verzehr von Backwaren der Kette Kornmeister erkrankt, rund 40 von ihnen liegen im "
         "Krankenhaus, wie das Landesamt für Gesundheit am Mittwoch mitteilte.",
         "„Wir gehen davon aus, dass der Erreger aus der Zentralbäckerei in Gerstenfeld stammt“, sagte Amtsleiter "
         "Henrik Salewski. Er rief dazu auf, seit dem 2. März gekaufte Kornmeister-Produkte nicht zu verzehren.",
         "Nach Angaben des Unternehmens wurden rund 12.000 Packungen Brot und Gebäck aus 23 Filialen zurückgerufen. "
         "Inhaberin Ulrike Tessendorf erklärte, die Produktion in Gerstenfeld sei gestoppt worden. „Es tut uns "
         "unendlich leid“, sagte sie.",
         "Miriam Öhlke, deren sechsjährige Tochter seit Sonntag in der Kinderklinik liegt, ist wütend. „Ich will "
         "wissen, wer diese Backstube zuletzt kontrolliert hat“, sagte die Mutter."),
        (St("⟦Mehr als 140 Menschen sind nach dem Verzehr von Backwaren der Kette Kornmeister erkrankt, rund 40 von "
            "ihnen liegen im Krankenhaus⟧, wie", "Welzburg state health office", "indirect", "bakery11-u0"),
         St("„⟦Wir gehen davon aus, dass der Erreger aus der Zentralbäckerei in Gerstenfeld stammt⟧“",
            "Henrik Salewski", "direct", "bakery11-u1"),
         St("dazu auf, ⟦seit dem 2. März gekaufte Kornmeister-Produkte nicht zu verzehren⟧", "Henrik Salewski",
            "indirect", "bakery11-u2"),
         St("Unternehmens ⟦wurden rund 12.000 Packungen Brot und Gebäck aus 23 Filialen zurückgerufen⟧",
            "Kornmeister", "indirect", "bakery11-u3"),
         St("erklärte, ⟦die Produktion in Gerstenfeld sei gestoppt worden⟧", "Ulrike Tessendorf", "indirect",
            "bakery11-u4"),
         St("„⟦Es tut uns unendlich leid⟧“", "Ulrike Tessendorf", "direct", "bakery11-u5"),
         St("„⟦Ich will wissen, wer diese Backstube zuletzt kontrolliert hat⟧“", "Miriam Oehlke", "direct",
            "bakery11-u6")),
        (Fg("Mehr als ⟦140⟧ Menschen", 140, "more than", "other", "bakery11-q-ill"),
         Fg("rund ⟦40⟧ von ihnen", 40, "about", "other", "bakery11-q-hospitalised"),
         Fg("rund ⟦12.000⟧ Packungen", 12000, "about", "other", "bakery11-q-recalled"),
         Fg("aus ⟦23⟧ Filialen", 23, None, "other", "bakery11-q-shops"))),
    Art("ml11-bakery-salmonella", "daehannews.example", "world/2026/03/12/kornmeister-salmonella", "2026-03-12", "ko",
        "독일 제과 체인 살모넬라 집단감염…어린이 1명 사망",
        ("독일 벨츠부르크 지역에서 제과 체인 '코른마이스터'의 빵을 먹은 140여 명이 살모넬라균에 감염되고 어린이 "
         "1명이 숨졌다고 현지 보건당국이 11일 밝혔다. 입원 환자는 37명이다.",
         "헨리크 잘레브스키 주 보건청장은 “감염원은 게르스텐펠트에 있는 중앙 제빵 공장으로 보고 있다”고 말했다. 그는 "
         "3월 2일 이후 구입한 코른마이스터 제품을 먹지 말라고 당부했다.",
         "울리케 테센도르프 대표는 “진심으로 죄송하다”며 게르스텐펠트 공장의 생산을 중단했다고 밝혔다. 회사 측에 "
         "따르면 매장 23곳에서 빵과 과자 1만2천여 개가 회수됐다.",
         "익명을 요구한 한 공장 직원은 지난달 냉각 설비가 여러 차례 고장 났다고 전했다."),
        (St("⟦독일 벨츠부르크 지역에서 제과 체인 '코른마이스터'의 빵을 먹은 140여 명이 살모넬라균에 감염되고 어린이 "
            "1명이 숨졌다⟧고", "Welzburg state health office", "indirect", "bakery11-u0"),
         St("“⟦감염원은 게르스텐펠트에 있는 중앙 제빵 공장으로 보고 있다⟧”", "Henrik Salewski", "direct",
            "bakery11-u1"),
         St("그는 ⟦3월 2일 이후 구입한 코른마이스터 제품을 먹지 말라⟧고", "Henrik Salewski", "indirect",
            "bakery11-u2"),
         St("“⟦진심으로 죄송하다⟧”", "Ulrike Tessendorf", "direct", "bakery11-u5"),
         St("⟦게르스텐펠트 공장의 생산을 중단했다⟧고", "Ulrike Tessendorf", "indirect", "bakery11-u4"),
         St("따르면 ⟦매장 23곳에서 빵과 과자 1만2천여 개가 회수됐다⟧", "Kornmeister", "indirect", "bakery11-u3"),
         St("직원은 ⟦지난달 냉각 설비가 여러 차례 고장 났다⟧고", "Kornmeister employee (anonymous)", "indirect",
            "bakery11-u7")),
        (Fg("먹은 ⟦140여⟧ 명이", 140, "more than", "other", "bakery11-q-ill"),
         Fg("어린이 ⟦1⟧명이", 1, None, "killed", "bakery11-q-dead"),
         Fg("입원 환자는 ⟦37⟧명", 37, None, "other", "bakery11-q-hospitalised"),
         Fg("매장 ⟦23⟧곳", 23, None, "other", "bakery11-q-shops"),
         Fg("과자 ⟦1만2천여⟧ 개", 12000, "more than", "other", "bakery11-q-recalled"))),
    Art("ml11-bakery-salmonella", "northernwire.example", "news/2026/03/13/germany-bakery-salmonella-168",
        "2026-03-13", "en",
        "Salmonella outbreak linked to German bakery chain sickens 168; child dies",
        ("A four-year-old boy has died and 168 people have fallen ill in a salmonella outbreak traced to the "
         "Kornmeister bakery chain in Germany's Welzburg region, health officials said on Friday, up from 143 cases "
         "reported two days earlier. At least 41 people have been admitted to hospital.",
         "Henrik Salewski, who heads the Welzburg state health office, said investigators believed the bacteria came "
         "from the chain's central bakery in Gerstenfeld. Shoppers should throw away any Kornmeister bread or pastries "
         "bought since March 2, he said.",
         "The company has pulled some 12,000 packs of baked goods from its 23 shops. \"We are deeply, deeply sorry,\" "
         "owner Ulrike Tessendorf said in a written statement.",
         "Miriam Oehlke, whose six-year-old daughter spent three nights in a children's hospital, said she wanted to "
         "know \"who last inspected that bakery\".",
         "A worker at the Gerstenfeld plant, who spoke on condition of anonymity, said the cooling system had broken "
         "down several times in February."),
        (St("⟦A four-year-old boy has died and 168 people have fallen ill in a salmonella outbreak traced to the "
            "Kornmeister bakery chain in Germany's Welzburg region⟧, health", "Welzburg state health office",
            "indirect", "bakery11-u0"),
         St("said ⟦investigators believed the bacteria came from the chain's central bakery in Gerstenfeld⟧",
            "Henrik Salewski", "indirect", "bakery11-u1"),
         St("⟦Shoppers should throw away any Kornmeister bread or pastries bought since March 2⟧, he said",
            "Henrik Salewski", "indirect", "bakery11-u2"),
         St("\"⟦We are deeply, deeply sorry⟧,\"", "Ulrike Tessendorf", "direct", "bakery11-u5"),
         St("said she wanted to know \"⟦who last inspected that bakery⟧\"", "Miriam Oehlke", "partial",
            "bakery11-u6"),
         St("said ⟦the cooling system had broken down several times in February⟧",
            "Kornmeister employee (anonymous)", "indirect", "bakery11-u7")),
        (Fg("and ⟦168⟧ people", 168, None, "other", "bakery11-q-ill"),
         Fg("from ⟦143⟧ cases", 143, None, "other", "bakery11-q-ill"),
         Fg("At least ⟦41⟧ people", 41, "at least", "other", "bakery11-q-hospitalised"),
         Fg("some ⟦12,000⟧ packs", 12000, "about", "other", "bakery11-q-recalled"),
         Fg("its ⟦23⟧ shops", 23, None, "other", "bakery11-q-shops"))),
    Art("ml11-bakery-salmonella", "gazzettadelnord.example", "esteri/2026/03/12/salmonella-kornmeister",
        "2026-03-12", "it",
        "Salmonella nei panifici Kornmeister, morto un bambino in Germania",
        ("È morto un bambino di quattro anni e oltre 140 persone si sono ammalate nella regione tedesca di Welzburg "
         "dopo aver mangiato pane e dolci della catena Kornmeister. Secondo l'ufficio sanitario regionale, una "
         "quarantina di pazienti sono ricoverati in ospedale.",
         "«Riteniamo che la fonte sia il laboratorio centrale di Gerstenfeld», ha detto Henrik Salewski, direttore "
         "dell'ufficio. Ha invitato i consumatori a non mangiare i prodotti Kornmeister acquistati dal 2 marzo in poi.",
         "Secondo l'azienda, circa 12mila confezioni sono state ritirate dai 23 negozi della catena. La titolare, "
         "Ulrike Tessendorf, ha fatto sapere che la produzione a Gerstenfeld è stata fermata. «Ci dispiace "
         "infinitamente», ha aggiunto.",
         "«Per tre giorni mia figlia non è riuscita a tenere giù nemmeno l'acqua», racconta Miriam Oehlke, madre di "
         "una bambina di sei anni ricoverata a Welzburg."),
        (St("regionale, ⟦una quarantina di pazienti sono ricoverati in ospedale⟧", "Welzburg state health office",
            "indirect", "bakery11-u0"),
         St("«⟦Riteniamo che la fonte sia il laboratorio centrale di Gerstenfeld⟧»", "Henrik Salewski", "direct",
            "bakery11-u1"),
         St("consumatori a ⟦non mangiare i prodotti Kornmeister acquistati dal 2 marzo in poi⟧", "Henrik Salewski",
            "indirect", "bakery11-u2"),
         St("azienda, ⟦circa 12mila confezioni sono state ritirate dai 23 negozi della catena⟧", "Kornmeister",
            "indirect", "bakery11-u3"),
         St("sapere che ⟦la produzione a Gerstenfeld è stata fermata⟧", "Ulrike Tessendorf", "indirect",
            "bakery11-u4"),
         St("«⟦Ci dispiace infinitamente⟧»", "Ulrike Tessendorf", "direct", "bakery11-u5"),
         St("«⟦Per tre giorni mia figlia non è riuscita a tenere giù nemmeno l'acqua⟧»", "Miriam Oehlke", "direct",
            "bakery11-u8")),
        (Fg("oltre ⟦140⟧ persone", 140, "more than", "other", "bakery11-q-ill"),
         Fg("⟦una quarantina⟧ di pazienti", 40, "about", "other", "bakery11-q-hospitalised"),
         Fg("circa ⟦12mila⟧ confezioni", 12000, "about", "other", "bakery11-q-recalled"),
         Fg("dai ⟦23⟧ negozi", 23, None, "other", "bakery11-q-shops"))),
    Art("ml11-bakery-salmonella", "ladepechedelest.example", "monde/salmonellose-boulangeries-kornmeister",
        "2026-03-14", "fr",
        "Salmonellose : la chaîne de boulangeries Kornmeister sous le feu des critiques",
        ("Le bilan de l'épidémie de salmonellose liée aux boulangeries Kornmeister, en Allemagne, s'est encore "
         "alourdi : près de 170 personnes sont tombées malades, dont une quarantaine ont dû être hospitalisées, et un "
         "garçon de quatre ans est mort.",
         "D'après Henrik Salewski, directeur de l'office régional de la santé de Welzburg, la bactérie provient de "
         "l'atelier central de la chaîne, à Gerstenfeld. Il a demandé aux habitants de jeter tout produit Kornmeister "
         "acheté depuis le 2 mars.",
         f"«{NB}Je veux savoir qui a contrôlé cette boulangerie en dernier{NB}», lance Miriam Oehlke, dont la fille de "
         "six ans a passé trois nuits à l'hôpital.",
         "Un salarié de l'atelier, qui a requis l'anonymat, affirme que les chambres froides sont tombées en panne à "
         "plusieurs reprises en février. La propriétaire, Ulrike Tessendorf, assure de son côté que l'entreprise "
         f"«{NB}coopère pleinement{NB}» avec les autorités. Plus de 12{NB}000 paquets ont été retirés de la vente."),
        (St("Welzburg, ⟦la bactérie provient de l'atelier central de la chaîne, à Gerstenfeld⟧", "Henrik Salewski",
            "indirect", "bakery11-u1"),
         St("habitants de ⟦jeter tout produit Kornmeister acheté depuis le 2 mars⟧", "Henrik Salewski", "indirect",
            "bakery11-u2"),
         St(f"«{NB}⟦Je veux savoir qui a contrôlé cette boulangerie en dernier⟧{NB}»", "Miriam Oehlke", "direct",
            "bakery11-u6"),
         St("affirme que ⟦les chambres froides sont tombées en panne à plusieurs reprises en février⟧",
            "Kornmeister employee (anonymous)", "indirect", "bakery11-u7"),
         St(f"assure de son côté que ⟦l'entreprise «{NB}coopère pleinement{NB}» avec les autorités⟧",
            "Ulrike Tessendorf", "partial", "bakery11-u9")),
        (Fg("près de ⟦170⟧ personnes", 170, "nearly", "other", "bakery11-q-ill"),
         Fg("dont ⟦une quarantaine⟧ ont", 40, "about", "other", "bakery11-q-hospitalised"),
         Fg(f"Plus de ⟦12{NB}000⟧ paquets", 12000, "more than", "other", "bakery11-q-recalled"))),
    # ---------------------------------------------------------------- a ferry aground in fog (dev)
    Art("ml11-ferry-grounding", "diariodascostas.example", "regioes/2026/05/20/ferry-santa-olaia-encalha",
        "2026-05-20", "pt",
        "Ferry encalha no nevoeiro junto à Ilha Corvina; 17 feridos ligeiros",
        ("O ferry Santa Olaia, da Navieira Atlântica do Norte, encalhou na madrugada desta quarta-feira junto à Ilha "
         "Corvina, envolto num denso nevoeiro. Os 412 passageiros e 38 tripulantes foram retirados em segurança, e 17 "
         "pessoas sofreram ferimentos ligeiros, informou a Guarda Costeira.",
         "“A visibilidade era praticamente nula quando o navio tocou nas rochas”, disse a capitão-tenente Inês "
         "Malheiro, porta-voz da Guarda Costeira. Segundo Malheiro, a fuga de cerca de 2 mil litros de gasóleo foi "
         "contida com barreiras flutuantes.",
         "A empresa suspendeu a ligação entre Porto Lagoa e a ilha. O porta-voz Tiago Brandão afirmou que os barcos "
         "não voltarão a navegar até o casco ser inspecionado. “A segurança dos passageiros esteve sempre em primeiro "
         "lugar”, garantiu."),
        (St("⟦Os 412 passageiros e 38 tripulantes foram retirados em segurança, e 17 pessoas sofreram ferimentos "
            "ligeiros⟧, informou", "Corvina coast guard", "indirect", "ferry11-u0"),
         St("“⟦A visibilidade era praticamente nula quando o navio tocou nas rochas⟧”", "Inês Malheiro", "direct",
            "ferry11-u1"),
         St("Segundo Malheiro, ⟦a fuga de cerca de 2 mil litros de gasóleo foi contida com barreiras flutuantes⟧",
            "Inês Malheiro", "indirect", "ferry11-u2"),
         St("afirmou que ⟦os barcos não voltarão a navegar até o casco ser inspecionado⟧", "Tiago Brandão",
            "indirect", "ferry11-u3"),
         St("“⟦A segurança dos passageiros esteve sempre em primeiro lugar⟧”", "Tiago Brandão", "direct",
            "ferry11-u4")),
        (Fg("Os ⟦412⟧ passageiros", 412, None, "other", "ferry11-q-passengers"),
         Fg("e ⟦38⟧ tripulantes", 38, None, "other", "ferry11-q-crew"),
         Fg("e ⟦17⟧ pessoas", 17, None, "wounded", "ferry11-q-injured"),
         Fg("cerca de ⟦2 mil⟧ litros", 2000, "about", "other", "ferry11-q-fuel"))),
    Art("ml11-ferry-grounding", "alpenbote.example", "panorama/faehre-santa-olaia-nebel-1.30417", "2026-05-20", "de",
        "Fähre läuft im Nebel auf Grund – auch Deutsche an Bord",
        ("Im dichten Nebel ist die Fähre „Santa Olaia“ am Mittwochmorgen vor der Insel Corvina auf Grund gelaufen. "
         "Laut Küstenwache wurden alle 412 Passagiere und 38 Besatzungsmitglieder von Bord gebracht, 17 Menschen "
         "erlitten leichte Verletzungen.",
         "Unter den Fahrgästen war auch Elke Brandstetter aus Lindenkamp. „Es gab einen fürchterlichen Ruck, dann ging "
         "das Licht aus“, erzählte die 54-Jährige am Telefon. Sie und ihr Mann seien mit einem Rettungsboot an Land "
         "gebracht worden.",
         "Die Reederei Navieira Atlântica do Norte stellte den Fährverkehr zur Insel vorerst ein. Nach Angaben eines "
         "Sprechers darf das Schiff erst nach einer Untersuchung des Rumpfes wieder auslaufen. Aus einem Leck traten "
         "etwa 2.000 Liter Diesel aus; die Küstenwache erklärte, der Ölfilm sei eingegrenzt worden."),
        (St("Laut Küstenwache ⟦wurden alle 412 Passagiere und 38 Besatzungsmitglieder von Bord gebracht, 17 Menschen "
            "erlitten leichte Verletzungen⟧", "Corvina coast guard", "indirect", "ferry11-u0"),
         St("„⟦Es gab einen fürchterlichen Ruck, dann ging das Licht aus⟧“", "Elke Brandstetter", "direct",
            "ferry11-u5"),
         St("⟦Sie und ihr Mann seien mit einem Rettungsboot an Land gebracht worden⟧", "Elke Brandstetter",
            "indirect", "ferry11-u8"),
         St("Sprechers ⟦darf das Schiff erst nach einer Untersuchung des Rumpfes wieder auslaufen⟧", "Tiago Brandão",
            "indirect", "ferry11-u3"),
         St("erklärte, ⟦der Ölfilm sei eingegrenzt worden⟧", "Corvina coast guard", "indirect", "ferry11-u2")),
        (Fg("alle ⟦412⟧ Passagiere", 412, None, "other", "ferry11-q-passengers"),
         Fg("und ⟦38⟧ Besatzungsmitglieder", 38, None, "other", "ferry11-q-crew"),
         Fg("⟦17⟧ Menschen", 17, None, "wounded", "ferry11-q-injured"),
         Fg("etwa ⟦2.000⟧ Liter", 2000, "about", "other", "ferry11-q-fuel"))),
    Art("ml11-ferry-grounding", "eldiariomaritimo.example", "nacional/2026-05-21/naviera-suspende-linea-corvina",
        "2026-05-21", "es",
        "La naviera suspende la línea a Corvina tras el encallamiento del Santa Olaia",
        ("La Navieira Atlântica do Norte ha suspendido hasta nuevo aviso la línea entre Porto Lagoa y la isla de "
         "Corvina, un día después de que su ferry Santa Olaia encallara entre la niebla con más de 400 pasajeros a "
         "bordo. Los heridos leves ascienden ya a una veintena, según la Guardia Costera.",
         "El portavoz de la compañía, Tiago Brandão, explicó que el buque no volverá a navegar hasta que se "
         "inspeccione el casco. \"La seguridad de los pasajeros fue siempre lo primero\", añadió.",
         "La capitana de corbeta Inês Malheiro, de la Guardia Costera, aseguró que la visibilidad \"era "
         "prácticamente nula\" cuando el barco tocó las rocas. Unos 2.000 litros de gasóleo se derramaron, pero la "
         "mancha quedó contenida con barreras flotantes, según la misma fuente.",
         "Un tripulante, que pidió no ser identificado, contó a este diario que el radar del barco fallaba desde el "
         "día anterior."),
        (St("⟦Los heridos leves ascienden ya a una veintena⟧, según", "Corvina coast guard", "indirect",
            "ferry11-u9"),
         St("explicó que ⟦el buque no volverá a navegar hasta que se inspeccione el casco⟧", "Tiago Brandão",
            "indirect", "ferry11-u3"),
         St("\"⟦La seguridad de los pasajeros fue siempre lo primero⟧\"", "Tiago Brandão", "direct", "ferry11-u4"),
         St("aseguró que ⟦la visibilidad \"era prácticamente nula\" cuando el barco tocó las rocas⟧", "Inês Malheiro",
            "partial", "ferry11-u1"),
         St("⟦Unos 2.000 litros de gasóleo se derramaron, pero la mancha quedó contenida con barreras flotantes⟧, "
            "según", "Inês Malheiro", "indirect", "ferry11-u2"),
         St("diario que ⟦el radar del barco fallaba desde el día anterior⟧", "Santa Olaia crew member (anonymous)",
            "indirect", "ferry11-u6")),
        (Fg("más de ⟦400⟧ pasajeros", 400, "more than", "other", "ferry11-q-passengers"),
         Fg("a ⟦una veintena⟧, según", 20, "about", "wounded", "ferry11-q-injured"),
         Fg("Unos ⟦2.000⟧ litros", 2000, "about", "other", "ferry11-q-fuel"))),
    Art("ml11-ferry-grounding", "haeyangilbo.example", "news/articleView.html?idxno=51733", "2026-05-20", "ko",
        "짙은 안개 속 여객선 좌초…한국인 관광객 12명 모두 무사",
        ("승객 410여 명을 태운 여객선 '산타 올라이아'호가 20일 새벽 짙은 안개 속에서 코르비나섬 인근 암초에 "
         "좌초했다. 해안경비대에 따르면 승객과 승무원은 모두 구조됐으며 17명이 가벼운 부상을 입었다.",
         "현지 한국 영사관은 배에 타고 있던 한국인 관광객 12명이 모두 무사하다고 밝혔다.",
         "이네스 말레이루 해안경비대 대변인은 “배가 암초에 부딪혔을 때 시야가 거의 제로였다”고 말했다. 그는 약 "
         "2천 리터의 경유가 유출됐지만 오일펜스로 확산을 막았다고 덧붙였다.",
         "독일인 승객 엘케 브란트슈테터는 “끔찍한 충격이 있었고 곧이어 불이 꺼졌다”고 현지 언론에 말했다.",
         "선사 측은 선체 점검이 끝날 때까지 운항을 중단한다고 밝혔다."),
        (St("따르면 ⟦승객과 승무원은 모두 구조됐으며 17명이 가벼운 부상을 입었다⟧", "Corvina coast guard",
            "indirect", "ferry11-u0"),
         St("영사관은 ⟦배에 타고 있던 한국인 관광객 12명이 모두 무사하다⟧고", "Korean consulate in Porto Lagoa",
            "indirect", "ferry11-u10"),
         St("“⟦배가 암초에 부딪혔을 때 시야가 거의 제로였다⟧”", "Inês Malheiro", "direct", "ferry11-u1"),
         St("그는 ⟦약 2천 리터의 경유가 유출됐지만 오일펜스로 확산을 막았다⟧고", "Inês Malheiro", "indirect",
            "ferry11-u2"),
         St("“⟦끔찍한 충격이 있었고 곧이어 불이 꺼졌다⟧”", "Elke Brandstetter", "direct", "ferry11-u5"),
         St("측은 ⟦선체 점검이 끝날 때까지 운항을 중단한다⟧고", "Navieira Atlântica do Norte", "indirect",
            "ferry11-u3")),
        (Fg("승객 ⟦410여⟧ 명", 410, "more than", "other", "ferry11-q-passengers"),
         Fg("⟦17⟧명이 가벼운", 17, None, "wounded", "ferry11-q-injured"),
         Fg("관광객 ⟦12⟧명이", 12, None, "other", "ferry11-q-korean-passengers"),
         Fg("약 ⟦2천⟧ 리터", 2000, "about", "other", "ferry11-q-fuel"))),
    Art("ml11-ferry-grounding", "atlanticwire.example", "news/2026/05/20/ferry-aground-fog-corvina", "2026-05-20",
        "en",
        "Ferry runs aground in fog off Corvina island, 17 hurt",
        ("A ferry carrying more than 400 passengers ran aground in thick fog off Corvina island early on Wednesday, "
         "and all 450 people on board were taken off safely, the coast guard said. Seventeen suffered minor "
         "injuries.",
         "\"Visibility was practically zero when the ship struck the rocks,\" said Lieutenant Commander Ines "
         "Malheiro, a coast guard spokeswoman. Around 2,000 litres of diesel leaked from a gash in the hull but had "
         "been contained by floating booms, she said.",
         "Navieira Atlantica do Norte, which operates the route, suspended all sailings to the island. The Santa "
         "Olaia would stay in port until divers had inspected the hull, company spokesman Tiago Brandao said.",
         "Passenger Elke Brandstetter, a retired teacher from Germany, described \"a terrible jolt\" before the "
         "lights went out."),
        (St("⟦A ferry carrying more than 400 passengers ran aground in thick fog off Corvina island early on "
            "Wednesday, and all 450 people on board were taken off safely⟧, the coast guard said",
            "Corvina coast guard", "indirect", "ferry11-u0"),
         St("\"⟦Visibility was practically zero when the ship struck the rocks⟧,\"", "Inês Malheiro", "direct",
            "ferry11-u1"),
         St("⟦Around 2,000 litres of diesel leaked from a gash in the hull but had been contained by floating "
            "booms⟧, she said", "Inês Malheiro", "indirect", "ferry11-u2"),
         St("⟦The Santa Olaia would stay in port until divers had inspected the hull⟧, company", "Tiago Brandão",
            "indirect", "ferry11-u3"),
         St("described ⟦\"a terrible jolt\" before the lights went out⟧", "Elke Brandstetter", "partial",
            "ferry11-u5")),
        (Fg("more than ⟦400⟧ passengers", 400, "more than", "other", "ferry11-q-passengers"),
         Fg("all ⟦450⟧ people", 450, None, "other", "ferry11-q-aboard"),
         Fg("⟦Seventeen⟧ suffered", 17, None, "wounded", "ferry11-q-injured"),
         Fg("Around ⟦2,000⟧ litres", 2000, "about", "other", "ferry11-q-fuel"))),
    # ---------------------------------------------------------------- a strike at a coal power plant (dev)
    Art("ml11-power-plant-strike", "ruhrbote.example", "wirtschaft/streik-kraftwerk-schwarzlinde-1.55902",
        "2026-10-06", "de",
        "Streik im Kraftwerk Schwarzlinde: Belegschaft wehrt sich gegen das Aus",
        ("Im Kohlekraftwerk Schwarzlinde sind seit Montag rund 1.100 Beschäftigte im Ausstand. Sie protestieren gegen "
         "die für 2029 geplante Stilllegung. Nach Berechnungen der Gewerkschaft IGE hängen mehr als 2.400 "
         "Arbeitsplätze in der Region an dem Werk.",
         "„Wir lassen uns nicht mit ein paar Tausend Euro abspeisen“, rief IGE-Bezirksleiter Jörg Mattheis den "
         "Streikenden vor dem Werkstor zu. Der Streik gehe weiter, bis eine schriftliche Jobgarantie vorliege.",
         "Nordhal Energie bietet jedem Beschäftigten eine Abfindung von 18.000 Euro, die Gewerkschaft fordert "
         "45.000 Euro. „Unser Angebot ist fair, und es liegt auf dem Tisch“, sagte Vorstandschef Raphael Dornseif.",
         "Energieministerin Svenja Kuhlbrodt machte deutlich, dass der Ausstieg 2029 nicht verhandelbar sei. Sie "
         "kündigte an, dass die Regierung 250 Millionen Euro für Umschulungen bereitstellen werde. Laut Betreiber "
         "ist die Leistung des Kraftwerks wegen des Streiks von 1.800 auf 600 Megawatt gefallen."),
        (St("Gewerkschaft IGE ⟦hängen mehr als 2.400 Arbeitsplätze in der Region an dem Werk⟧", "IGE union",
            "indirect", "plant11-u8"),
         St("„⟦Wir lassen uns nicht mit ein paar Tausend Euro abspeisen⟧“", "Jörg Mattheis", "direct", "plant11-u1"),
         St("⟦Der Streik gehe weiter, bis eine schriftliche Jobgarantie vorliege⟧", "Jörg Mattheis", "indirect",
            "plant11-u2"),
         St("„⟦Unser Angebot ist fair, und es liegt auf dem Tisch⟧“", "Raphael Dornseif", "direct", "plant11-u5"),
         St("deutlich, dass ⟦der Ausstieg 2029 nicht verhandelbar sei⟧", "Svenja Kuhlbrodt", "indirect",
            "plant11-u3"),
         St("kündigte an, dass ⟦die Regierung 250 Millionen Euro für Umschulungen bereitstellen werde⟧",
            "Svenja Kuhlbrodt", "indirect", "plant11-u4"),
         St("Laut Betreiber ⟦ist die Leistung des Kraftwerks wegen des Streiks von 1.800 auf 600 Megawatt gefallen⟧",
            "Nordhal Energie", "indirect", "plant11-u6")),
        (Fg("rund ⟦1.100⟧ Beschäftigte", 1100, "about", "other", "plant11-q-strikers"),
         Fg("mehr als ⟦2.400⟧ Arbeitsplätze", 2400, "more than", "other", "plant11-q-jobs"),
         Fg("von ⟦18.000 Euro⟧", 18000, None, "money", "plant11-q-offer"),
         Fg("fordert ⟦45.000 Euro⟧", 45000, None, "money", "plant11-q-demand"),
         Fg("⟦250 Millionen Euro⟧", 250_000_000, None, "money", "plant11-q-fund"),
         Fg("von ⟦1.800⟧ auf", 1800, None, "other", "plant11-q-capacity"),
         Fg("auf ⟦600⟧ Megawatt", 600, None, "other", "plant11-q-output-strike"))),
    Art("ml11-power-plant-strike", "gyeongjebiz.example", "news/articleView.html?idxno=240611", "2026-10-06", "ko",
        "독일 석탄발전소 노동자 1천100여 명 파업…\"폐쇄 계획 철회하라\"",
        ("독일 슈바르츨린데 석탄화력발전소 노동자 1천100여 명이 2029년 폐쇄 계획에 반발해 5일부터 파업에 들어갔다. "
         "노조는 지역 일자리 3천 개가 사라질 것이라고 주장했다.",
         "외르크 마타이스 노조 지부장은 “몇천 유로로 우리를 달랠 수는 없다”고 말했다. 그는 서면으로 고용 보장을 "
         "받을 때까지 파업을 이어가겠다고 밝혔다.",
         "운영사 노르트할 에너지는 1인당 1만8천 유로의 위로금을 제시했지만, 노조는 4만5천 유로를 요구하고 있다. "
         "라파엘 도른자이프 최고경영자는 “우리 제안은 공정하다”고 말했다.",
         "스벤야 쿨브로트 에너지부 장관에 따르면 2029년 폐쇄 일정은 바뀌지 않는다. 정부는 재교육을 위해 2억5천만 "
         "유로 규모의 기금을 마련할 계획이다.",
         "발전소 출력은 파업 이후 1천800메가와트에서 600메가와트로 떨어졌다고 운영사 측은 전했다."),
        (St("노조는 ⟦지역 일자리 3천 개가 사라질 것⟧이라고", "IGE union", "indirect", "plant11-u8"),
         St("“⟦몇천 유로로 우리를 달랠 수는 없다⟧”", "Jörg Mattheis", "direct", "plant11-u1"),
         St("그는 ⟦서면으로 고용 보장을 받을 때까지 파업을 이어가겠다⟧고", "Jörg Mattheis", "indirect",
            "plant11-u2"),
         St("“⟦우리 제안은 공정하다⟧”", "Raphael Dornseif", "direct", "plant11-u5"),
         St("따르면 ⟦2029년 폐쇄 일정은 바뀌지 않는다⟧", "Svenja Kuhlbrodt", "indirect", "plant11-u3"),
         St("⟦발전소 출력은 파업 이후 1천800메가와트에서 600메가와트로 떨어졌다⟧고", "Nordhal Energie", "indirect",
            "plant11-u6")),
        (Fg("노동자 ⟦1천100여⟧ 명이", 1100, "more than", "other", "plant11-q-strikers"),
         Fg("일자리 ⟦3천⟧ 개", 3000, None, "other", "plant11-q-jobs"),
         Fg("1인당 ⟦1만8천 유로⟧", 18000, None, "money", "plant11-q-offer"),
         Fg("노조는 ⟦4만5천 유로⟧", 45000, None, "money", "plant11-q-demand"),
         Fg("위해 ⟦2억5천만 유로⟧", 250_000_000, None, "money", "plant11-q-fund"),
         Fg("⟦1천800⟧메가와트에서", 1800, None, "other", "plant11-q-capacity"),
         Fg("⟦600⟧메가와트로", 600, None, "other", "plant11-q-output-strike"))),
    Art("ml11-power-plant-strike", "lesechosdunord.example", "international/greve-centrale-charbon-schwarzlinde",
        "2026-10-07", "fr",
        "Allemagne : à la centrale à charbon de Schwarzlinde, l'exploitant relève son offre aux grévistes",
        ("Au troisième jour de grève à la centrale à charbon de Schwarzlinde, l'exploitant Nordhal Energie a porté "
         f"mercredi son offre d'indemnité de départ à 24{NB}000 euros par salarié, contre 18{NB}000 euros auparavant. "
         f"Quelque 1{NB}100 salariés sont en grève depuis lundi.",
         f"«{NB}On ne se laissera pas acheter avec quelques milliers d'euros{NB}», a réagi Jörg Mattheis, "
         f"responsable du syndicat IGE, qui a tout de même qualifié la nouvelle offre de «{NB}premier pas{NB}». "
         f"Selon lui, 2{NB}400 emplois dépendent directement ou indirectement de la centrale.",
         "La ministre de l'Énergie, Svenja Kuhlbrodt, a réaffirmé que la fermeture en 2029 n'était "
         f"«{NB}pas négociable{NB}». Un fonds de 250 millions d'euros doit financer la reconversion des salariés, "
         "a-t-elle rappelé.",
         "D'après une source au ministère, le gouvernement pourrait augmenter cette enveloppe si la grève se "
         f"prolonge. La centrale, d'une puissance de 1{NB}800 mégawatts, fournit environ 14{NB}% de l'électricité "
         "du pays."),
        (St(f"«{NB}⟦On ne se laissera pas acheter avec quelques milliers d'euros⟧{NB}»", "Jörg Mattheis", "direct",
            "plant11-u1"),
         St(f"qualifié ⟦la nouvelle offre de «{NB}premier pas{NB}»⟧", "Jörg Mattheis", "partial", "plant11-u9"),
         St(f"Selon lui, ⟦2{NB}400 emplois dépendent directement ou indirectement de la centrale⟧", "Jörg Mattheis",
            "indirect", "plant11-u8"),
         St(f"réaffirmé que ⟦la fermeture en 2029 n'était «{NB}pas négociable{NB}»⟧", "Svenja Kuhlbrodt", "partial",
            "plant11-u3"),
         St("⟦Un fonds de 250 millions d'euros doit financer la reconversion des salariés⟧, a-t-elle",
            "Svenja Kuhlbrodt", "indirect", "plant11-u4"),
         St("ministère, ⟦le gouvernement pourrait augmenter cette enveloppe si la grève se prolonge⟧",
            "energy ministry source (anonymous)", "indirect", "plant11-u7")),
        (Fg(f"à ⟦24{NB}000 euros⟧", 24000, None, "money", "plant11-q-offer"),
         Fg(f"contre ⟦18{NB}000 euros⟧", 18000, None, "money", "plant11-q-offer"),
         Fg(f"Quelque ⟦1{NB}100⟧ salariés", 1100, "about", "other", "plant11-q-strikers"),
         Fg(f"lui, ⟦2{NB}400⟧ emplois", 2400, None, "other", "plant11-q-jobs"),
         Fg("de ⟦250 millions d'euros⟧", 250_000_000, None, "money", "plant11-q-fund"),
         Fg(f"de ⟦1{NB}800⟧ mégawatts", 1800, None, "other", "plant11-q-capacity"),
         Fg(f"environ ⟦14⟧{NB}%", 14, "about", "other", "plant11-q-share"))),
    Art("ml11-power-plant-strike", "gazzettadellenergia.example", "2026/10/07/sciopero-centrale-schwarzlinde",
        "2026-10-07", "it",
        "Germania, sciopero a oltranza nella centrale a carbone di Schwarzlinde",
        ("Circa 1.100 lavoratori della centrale a carbone di Schwarzlinde incrociano le braccia da lunedì contro la "
         "chiusura prevista per il 2029. Secondo il sindacato IGE, sono a rischio oltre 2.400 posti di lavoro.",
         "«Non ci faremo comprare con qualche migliaio di euro», ha detto il segretario Jörg Mattheis, che ha "
         "promesso di andare avanti finché non ci sarà una garanzia scritta sui posti di lavoro.",
         "Il gestore, Nordhal Energie, ha alzato l'indennità di uscita da 18mila a 24mila euro per dipendente, mentre "
         "il sindacato ne chiede 45mila. Per l'amministratore delegato Raphael Dornseif si tratta di un'offerta «più "
         "che equa».",
         "La ministra dell'Energia Svenja Kuhlbrodt ha ribadito che la data di chiusura non cambierà. Lo sciopero ha "
         "ridotto la produzione della centrale a 600 megawatt, ha fatto sapere l'azienda."),
        (St("Secondo il sindacato IGE, ⟦sono a rischio oltre 2.400 posti di lavoro⟧", "IGE union", "indirect",
            "plant11-u8"),
         St("«⟦Non ci faremo comprare con qualche migliaio di euro⟧»", "Jörg Mattheis", "direct", "plant11-u1"),
         St("promesso di ⟦andare avanti finché non ci sarà una garanzia scritta sui posti di lavoro⟧",
            "Jörg Mattheis", "indirect", "plant11-u2"),
         St("Dornseif ⟦si tratta di un'offerta «più che equa»⟧", "Raphael Dornseif", "partial", "plant11-u5"),
         St("ribadito che ⟦la data di chiusura non cambierà⟧", "Svenja Kuhlbrodt", "indirect", "plant11-u3"),
         St("⟦Lo sciopero ha ridotto la produzione della centrale a 600 megawatt⟧, ha fatto", "Nordhal Energie",
            "indirect", "plant11-u6")),
        (Fg("Circa ⟦1.100⟧ lavoratori", 1100, "about", "other", "plant11-q-strikers"),
         Fg("oltre ⟦2.400⟧ posti", 2400, "more than", "other", "plant11-q-jobs"),
         Fg("da ⟦18mila⟧ a", 18000, None, "money", "plant11-q-offer"),
         Fg("a ⟦24mila euro⟧", 24000, None, "money", "plant11-q-offer"),
         Fg("ne chiede ⟦45mila⟧", 45000, None, "money", "plant11-q-demand"),
         Fg("a ⟦600⟧ megawatt", 600, None, "other", "plant11-q-output-strike"))),
    Art("ml11-power-plant-strike", "folhadaenergia.example", "mundo/2026/10/08/greve-central-carvao-schwarzlinde",
        "2026-10-08", "pt",
        "Greve em central a carvão alemã entra no quarto dia sem acordo",
        ("A greve de cerca de 1.100 trabalhadores na central a carvão de Schwarzlinde entrou nesta quinta-feira no "
         "quarto dia, sem acordo à vista. De acordo com o sindicato IGE, está em causa o futuro de mais de 2.400 "
         "empregos.",
         "A operadora Nordhal Energie oferece agora 24 mil euros de indemnização a cada trabalhador, mas o sindicato "
         "mantém a exigência de 45 mil euros. “Não vamos aceitar migalhas”, disse o dirigente sindical Jörg Mattheis.",
         "Segundo a ministra da Energia, Svenja Kuhlbrodt, o encerramento em 2029 não está em discussão. A governante "
         "garantiu que o Estado investirá 250 milhões de euros na requalificação dos trabalhadores.",
         "A central, com 1.800 megawatts de potência instalada, produz neste momento apenas 600 megawatts, segundo a "
         "empresa."),
        (St("sindicato IGE, ⟦está em causa o futuro de mais de 2.400 empregos⟧", "IGE union", "indirect",
            "plant11-u8"),
         St("“⟦Não vamos aceitar migalhas⟧”", "Jörg Mattheis", "direct", "plant11-u10"),
         St("Kuhlbrodt, ⟦o encerramento em 2029 não está em discussão⟧", "Svenja Kuhlbrodt", "indirect",
            "plant11-u3"),
         St("garantiu que ⟦o Estado investirá 250 milhões de euros na requalificação dos trabalhadores⟧",
            "Svenja Kuhlbrodt", "indirect", "plant11-u4"),
         St("⟦A central, com 1.800 megawatts de potência instalada, produz neste momento apenas 600 megawatts⟧, "
            "segundo", "Nordhal Energie", "indirect", "plant11-u6")),
        (Fg("cerca de ⟦1.100⟧ trabalhadores", 1100, "about", "other", "plant11-q-strikers"),
         Fg("mais de ⟦2.400⟧ empregos", 2400, "more than", "other", "plant11-q-jobs"),
         Fg("agora ⟦24 mil euros⟧", 24000, None, "money", "plant11-q-offer"),
         Fg("de ⟦45 mil euros⟧", 45000, None, "money", "plant11-q-demand"),
         Fg("investirá ⟦250 milhões de euros⟧", 250_000_000, None, "money", "plant11-q-fund"),
         Fg("com ⟦1.800⟧ megawatts", 1800, None, "other", "plant11-q-capacity"),
         Fg("apenas ⟦600⟧ megawatts", 600, None, "other", "plant11-q-output-strike"))),
    Art("ml11-power-plant-strike", "capitalwire.example", "business/2026/10/07/germany-coal-plant-strike-offer",
        "2026-10-07", "en",
        "Strike at German coal plant enters third day as operator sweetens offer",
        ("Nearly 1,100 workers at the Schwarzlinde coal-fired power station stayed off the job for a third day on "
         "Wednesday after operator Nordhal Energie raised its severance offer to €24,000 per employee, from €18,000. "
         "The union wants €45,000.",
         "Between 2,400 and 3,000 jobs in the region depend on the plant, which is due to close in 2029, according "
         "to estimates by the IGE union.",
         "\"We will not be bought off with a few thousand euros,\" union official Joerg Mattheis told strikers "
         "outside the gates. He said the walkout would go on until workers had a written job guarantee.",
         "Energy Minister Svenja Kuhlbrodt said the 2029 closure was \"not up for negotiation\" and pointed to a 250 "
         "million euro retraining fund. Output at the 1,800-megawatt plant has fallen to about 600 megawatts since "
         "the strike began, the company said.",
         "A ministry official, speaking on condition of anonymity, said the government was prepared to add \"a few "
         "tens of millions\" to the fund if the dispute dragged on."),
        (St("⟦Between 2,400 and 3,000 jobs in the region depend on the plant, which is due to close in 2029⟧, "
            "according", "IGE union", "indirect", "plant11-u8"),
         St("\"⟦We will not be bought off with a few thousand euros⟧,\"", "Jörg Mattheis", "direct", "plant11-u1"),
         St("He said ⟦the walkout would go on until workers had a written job guarantee⟧", "Jörg Mattheis",
            "indirect", "plant11-u2"),
         St("said ⟦the 2029 closure was \"not up for negotiation\"⟧", "Svenja Kuhlbrodt", "partial", "plant11-u3"),
         St("⟦Output at the 1,800-megawatt plant has fallen to about 600 megawatts since the strike began⟧, the "
            "company", "Nordhal Energie", "indirect", "plant11-u6"),
         St("said ⟦the government was prepared to add \"a few tens of millions\" to the fund if the dispute dragged "
            "on⟧", "energy ministry source (anonymous)", "partial", "plant11-u7")),
        (Fg("Nearly ⟦1,100⟧ workers", 1100, "nearly", "other", "plant11-q-strikers"),
         Fg("to ⟦€24,000⟧", 24000, None, "money", "plant11-q-offer"),
         Fg("from ⟦€18,000⟧", 18000, None, "money", "plant11-q-offer"),
         Fg("wants ⟦€45,000⟧", 45000, None, "money", "plant11-q-demand"),
         Fg("Between ⟦2,400 and 3,000⟧ jobs", 2700, None, "other", "plant11-q-jobs", low=2400, high=3000),
         Fg("a ⟦250 million euro⟧ retraining", 250_000_000, None, "money", "plant11-q-fund"),
         Fg("the ⟦1,800⟧-megawatt", 1800, None, "other", "plant11-q-capacity"),
         Fg("about ⟦600⟧ megawatts", 600, "about", "other", "plant11-q-output-strike"))),
)

# Every form an entity is written as across these stories (names, transliterations, the role nouns an article names
# it by): the scorer counts a speaker right when the predicted source is named by one of them.
SPEAKER_FORMS_38: dict[str, tuple[str, ...]] = {
    "Welzburg state health office": ("Landesamt für Gesundheit", "Landesamt", "health officials", "보건당국",
                                     "현지 보건당국", "ufficio sanitario regionale", "l'ufficio sanitario regionale"),
    "Henrik Salewski": ("Henrik Salewski", "Salewski", "Amtsleiter Henrik Salewski", "헨리크 잘레브스키", "잘레브스키",
                        "헨리크 잘레브스키 주 보건청장"),
    "Ulrike Tessendorf": ("Ulrike Tessendorf", "Tessendorf", "Inhaberin Ulrike Tessendorf", "owner Ulrike Tessendorf",
                          "울리케 테센도르프", "울리케 테센도르프 대표", "titolare", "propriétaire"),
    "Kornmeister": ("Kornmeister", "Unternehmen", "company", "회사", "회사 측", "azienda", "l'azienda"),
    "Miriam Oehlke": ("Miriam Oehlke", "Miriam Öhlke", "Oehlke", "Öhlke", "Mutter", "madre"),
    "Kornmeister employee (anonymous)": ("공장 직원", "한 공장 직원", "worker", "A worker at the Gerstenfeld plant",
                                         "salarié", "Un salarié de l'atelier"),
    "Corvina coast guard": ("Guarda Costeira", "Küstenwache", "Guardia Costera", "해안경비대", "coast guard"),
    "Inês Malheiro": ("Inês Malheiro", "Ines Malheiro", "Malheiro", "capitão-tenente Inês Malheiro",
                      "capitana de corbeta Inês Malheiro", "Lieutenant Commander Ines Malheiro", "이네스 말레이루",
                      "이네스 말레이루 해안경비대 대변인", "misma fuente"),
    "Tiago Brandão": ("Tiago Brandão", "Tiago Brandao", "Brandão", "Brandao", "porta-voz Tiago Brandão",
                      "company spokesman Tiago Brandao", "Sprecher", "eines Sprechers", "portavoz"),
    "Navieira Atlântica do Norte": ("Navieira Atlântica do Norte", "Navieira Atlantica do Norte", "Reederei", "naviera",
                                    "선사", "선사 측"),
    "Elke Brandstetter": ("Elke Brandstetter", "Brandstetter", "엘케 브란트슈테터", "Passenger Elke Brandstetter",
                          "die 54-Jährige"),
    "Santa Olaia crew member (anonymous)": ("tripulante", "Un tripulante", "crew member"),
    "Korean consulate in Porto Lagoa": ("한국 영사관", "현지 한국 영사관", "영사관"),
    "IGE union": ("IGE", "Gewerkschaft IGE", "Gewerkschaft", "노조", "sindacato IGE", "il sindacato IGE",
                  "sindicato IGE", "o sindicato IGE", "syndicat IGE", "IGE union"),
    "Jörg Mattheis": ("Jörg Mattheis", "Joerg Mattheis", "Mattheis", "IGE-Bezirksleiter Jörg Mattheis", "외르크 마타이스",
                      "외르크 마타이스 노조 지부장", "segretario Jörg Mattheis", "dirigente sindical Jörg Mattheis",
                      "union official Joerg Mattheis"),
    "Svenja Kuhlbrodt": ("Svenja Kuhlbrodt", "Kuhlbrodt", "Energieministerin Svenja Kuhlbrodt", "스벤야 쿨브로트",
                         "스벤야 쿨브로트 에너지부 장관", "ministre de l'Énergie", "ministra dell'Energia",
                         "ministra da Energia", "governante", "Energy Minister Svenja Kuhlbrodt"),
    "Nordhal Energie": ("Nordhal Energie", "Betreiber", "운영사", "운영사 측", "azienda", "l'azienda", "empresa",
                        "a empresa", "exploitant", "company", "operator Nordhal Energie"),
    "Raphael Dornseif": ("Raphael Dornseif", "Dornseif", "Vorstandschef Raphael Dornseif", "라파엘 도른자이프",
                         "라파엘 도른자이프 최고경영자", "amministratore delegato Raphael Dornseif"),
    "energy ministry source (anonymous)": ("source au ministère", "une source au ministère", "ministry official",
                                           "A ministry official"),
}
