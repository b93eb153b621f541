"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Test part 6 (listed in TEST_STORIES there), written and annotated before any system run on them. Every country, town,
person, outlet and figure is invented. Stories here: a minor radioactive leak at a nuclear plant, a farmers' tractor
protest in a capital, a national rail strike, a flu wave overloading hospitals.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_34: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a radioactive leak alert at a nuclear plant
    Art("ml9-nuclear-alert", "lejournaldelaleyre.example", "region/fuite-radioactive-brevaux", "2026-11-17", "fr",
        "Fuite radioactive à la centrale de Brevaux : quatre salariés exposés",
        ("Une fuite d'eau faiblement radioactive a été détectée mardi matin dans le circuit de refroidissement du "
         "réacteur 2 de la centrale nucléaire de Brevaux. Quatre salariés ont été exposés, et l'exploitant, Lusatom, "
         f"a mis le réacteur à l'arrêt dans la foulée. Plus de 3{NB}000 litres d'eau se sont écoulés dans un local "
         "technique.",
         f"«{NB}À aucun moment les riverains n'ont été en danger{NB}», a assuré la porte-parole de Lusatom, Claire "
         "Vandamme. Elle a précisé que le réacteur resterait arrêté tant que l'origine de la fuite ne serait pas "
         "établie.",
         "D'après l'Autorité de sûreté nucléaire de Lusanie, les doses reçues par les agents restent très "
         "inférieures à la limite annuelle. Son directeur, Mathieu Lerebours, a annoncé que l'incident serait classé "
         "au niveau 1 de l'échelle INES. Les balises installées autour du site ont relevé 0,8 microsievert par heure.",
         f"Inès Taillefer, porte-parole de l'association Vigie Verte, dénonce une «{NB}culture du secret{NB}» : selon "
         "elle, Lusatom a attendu six heures avant d'alerter la préfecture."),
        (St(f"«{NB}⟦À aucun moment les riverains n'ont été en danger⟧{NB}»", "Claire Vandamme", "direct", "nuc9-u1"),
         St("précisé que ⟦le réacteur resterait arrêté tant que l'origine de la fuite ne serait pas établie⟧",
            "Claire Vandamme", "indirect", "nuc9-u2"),
         St("Lusanie, ⟦les doses reçues par les agents restent très inférieures à la limite annuelle⟧",
            "Lusania nuclear safety authority", "indirect", "nuc9-u4"),
         St("annoncé que ⟦l'incident serait classé au niveau 1 de l'échelle INES⟧", "Mathieu Lerebours", "indirect",
            "nuc9-u3"),
         St(f"dénonce ⟦une «{NB}culture du secret{NB}»⟧", "Inès Taillefer", "partial", "nuc9-u5"),
         St("selon elle, ⟦Lusatom a attendu six heures avant d'alerter la préfecture⟧", "Inès Taillefer", "indirect",
            "nuc9-u6")),
        (Fg("⟦Quatre⟧ salariés", 4, None, "other", "nuc9-q-exposed"),
         Fg(f"Plus de ⟦3{NB}000⟧ litres", 3000, "more than", "other", "nuc9-q-leak"),
         Fg("relevé ⟦0,8⟧ microsievert", 0.8, None, "other", "nuc9-q-reading"))),
    Art("ml9-nuclear-alert", "mainbote.example", "panorama/strahlenalarm-brevaux-1.8812", "2026-11-18", "de",
        "Strahlenalarm in Brevaux: Sechs Mitarbeiter betroffen",
        ("Nach dem Austritt von schwach radioaktivem Kühlwasser im Atomkraftwerk Brevaux ist die Zahl der betroffenen "
         "Mitarbeiter auf sechs gestiegen. Der Betreiber Lusatom hatte Reaktor 2 am Dienstag vom Netz genommen; rund "
         "3.200 Liter Wasser waren in einen Technikraum gelaufen.",
         "„Die Anwohner waren zu keinem Zeitpunkt in Gefahr“, sagte Lusatom-Sprecherin Claire Vandamme. Der Reaktor "
         "bleibe abgeschaltet, bis die Ursache geklärt sei, fügte sie hinzu.",
         "Laut der nationalen Atomaufsicht ASNL lagen die Messwerte am Zaun des Geländes bei 0,8 Mikrosievert pro "
         "Stunde. Behördenchef Mathieu Lerebours erklärte, dass der Vorfall auf Stufe 1 der internationalen "
         "INES-Skala eingeordnet werde. Aus Kreisen der Ermittler hieß es, ein defektes Ventil sei die "
         "wahrscheinliche Ursache.",
         "„Lusatom hat sechs Stunden gewartet, bevor es die Präfektur alarmierte“, kritisierte Inès Taillefer von der "
         "Umweltgruppe Vigie Verte."),
        (St("„⟦Die Anwohner waren zu keinem Zeitpunkt in Gefahr⟧“", "Claire Vandamme", "direct", "nuc9-u1"),
         St("⟦Der Reaktor bleibe abgeschaltet, bis die Ursache geklärt sei⟧, fügte", "Claire Vandamme", "indirect",
            "nuc9-u2"),
         St("ASNL ⟦lagen die Messwerte am Zaun des Geländes bei 0,8 Mikrosievert pro Stunde⟧",
            "Lusania nuclear safety authority", "indirect", "nuc9-u7"),
         St("dass ⟦der Vorfall auf Stufe 1 der internationalen INES-Skala eingeordnet werde⟧", "Mathieu Lerebours",
            "indirect", "nuc9-u3"),
         St("hieß es, ⟦ein defektes Ventil sei die wahrscheinliche Ursache⟧", "Brevaux investigators (anonymous)",
            "indirect", "nuc9-u8"),
         St("„⟦Lusatom hat sechs Stunden gewartet, bevor es die Präfektur alarmierte⟧“", "Inès Taillefer", "direct",
            "nuc9-u6")),
        (Fg("auf ⟦sechs⟧ gestiegen", 6, None, "other", "nuc9-q-exposed"),
         Fg("rund ⟦3.200⟧ Liter", 3200, "about", "other", "nuc9-q-leak"),
         Fg("bei ⟦0,8⟧ Mikrosievert", 0.8, None, "other", "nuc9-q-reading"))),
    Art("ml9-nuclear-alert", "daehanpyeongron.example", "news/articleView.html?idxno=130457", "2026-11-17", "ko",
        "루사니 브레보 원전서 방사성 냉각수 누출…작업자 4명 피폭",
        ("루사니 브레보 원자력발전소 2호기 냉각 계통에서 17일 오전 방사성 물질이 섞인 냉각수가 새어 나와 작업자 "
         "4명이 피폭됐다. 누출된 냉각수는 3천여 리터로 추정된다.",
         "운영사 루사톰은 2호기 가동을 즉시 중단했다. 클레르 방담 루사톰 대변인은 “인근 주민들은 단 한 순간도 "
         "위험에 처한 적이 없다”고 말했다.",
         "루사니 원자력안전청에 따르면 발전소 울타리 주변의 방사선 측정치는 시간당 0.8마이크로시버트였다. 마티외 "
         "르르부르 청장은 이번 사고가 국제원자력사건등급(INES) 1등급으로 분류될 것이라고 밝혔다.",
         "환경단체 비지 베르트의 이네스 타유페르 대변인은 운영사가 당국에 알리기까지 6시간이나 걸렸다며 "
         "운영사를 비판했다."),
        (St("“⟦인근 주민들은 단 한 순간도 위험에 처한 적이 없다⟧”", "Claire Vandamme", "direct", "nuc9-u1"),
         St("따르면 ⟦발전소 울타리 주변의 방사선 측정치는 시간당 0.8마이크로시버트였다⟧",
            "Lusania nuclear safety authority", "indirect", "nuc9-u7"),
         St("청장은 ⟦이번 사고가 국제원자력사건등급(INES) 1등급으로 분류될 것⟧이라고", "Mathieu Lerebours",
            "indirect", "nuc9-u3"),
         St("대변인은 ⟦운영사가 당국에 알리기까지 6시간이나 걸렸다⟧며", "Inès Taillefer", "indirect", "nuc9-u6")),
        (Fg("작업자 ⟦4⟧명이", 4, None, "other", "nuc9-q-exposed"),
         Fg("⟦3천여⟧ 리터", 3000, "more than", "other", "nuc9-q-leak"),
         Fg("시간당 ⟦0.8⟧마이크로시버트", 0.8, None, "other", "nuc9-q-reading"))),
    Art("ml9-nuclear-alert", "northseaherald.example", "world/2026/11/18/brevaux-nuclear-leak", "2026-11-18", "en",
        "Six workers exposed in radioactive leak at Brevaux nuclear plant",
        ("Six workers were exposed to radiation after slightly radioactive cooling water leaked from reactor 2 at the "
         "Brevaux nuclear power station, the plant's operator said on Wednesday, revising its earlier count of four. "
         "Roughly 3,200 litres escaped into a maintenance room before the circuit was isolated.",
         "The reactor was shut down on Tuesday and will stay offline until engineers find the cause, Lusatom "
         'spokeswoman Claire Vandamme said. "At no point were local residents at risk," she told reporters.',
         "Monitors at the site fence recorded 0.8 microsieverts per hour, according to Lusania's nuclear safety "
         "authority, whose director, Mathieu Lerebours, said the event would be rated level 1 on the international "
         'INES scale, an "anomaly" rather than an accident.',
         'Inès Taillefer of the environmental group Vigie Verte accused Lusatom of fostering "a culture of '
         'secrecy". It had waited six hours before alerting the prefecture, she said.'),
        (St("⟦Six workers were exposed to radiation after slightly radioactive cooling water leaked from reactor 2 at "
            "the Brevaux nuclear power station⟧, the plant's", "Lusatom", "indirect", "nuc9-u9"),
         St("⟦The reactor was shut down on Tuesday and will stay offline until engineers find the cause⟧, Lusatom",
            "Claire Vandamme", "indirect", "nuc9-u2"),
         St('"⟦At no point were local residents at risk⟧,"', "Claire Vandamme", "direct", "nuc9-u1"),
         St("⟦Monitors at the site fence recorded 0.8 microsieverts per hour⟧, according",
            "Lusania nuclear safety authority", "indirect", "nuc9-u7"),
         St('said ⟦the event would be rated level 1 on the international INES scale, an "anomaly" rather than an '
            "accident⟧", "Mathieu Lerebours", "partial", "nuc9-u3"),
         St('Lusatom of ⟦fostering "a culture of secrecy"⟧', "Inès Taillefer", "partial", "nuc9-u5"),
         St("⟦It had waited six hours before alerting the prefecture⟧, she said", "Inès Taillefer", "indirect",
            "nuc9-u6")),
        (Fg("⟦Six⟧ workers", 6, None, "other", "nuc9-q-exposed"),
         Fg("count of ⟦four⟧", 4, None, "other", "nuc9-q-exposed"),
         Fg("Roughly ⟦3,200⟧ litres", 3200, "about", "other", "nuc9-q-leak"),
         Fg("recorded ⟦0.8⟧ microsieverts", 0.8, None, "other", "nuc9-q-reading"))),
    Art("ml9-nuclear-alert", "ilcorrieredelvalico.example", "esteri/lusania-perdita-radioattiva-brevaux",
        "2026-11-17", "it",
        "Lusania, perdita radioattiva nella centrale di Brevaux: reattore spento",
        ("Allarme nella centrale nucleare di Brevaux, in Lusania, dove martedì mattina circa 3mila litri di acqua "
         "debolmente radioattiva sono fuoriusciti dal circuito di raffreddamento del reattore 2. Quattro tecnici sono "
         "stati esposti alle radiazioni, ma secondo il gestore Lusatom nessuno di loro presenta sintomi.",
         "«In nessun momento i residenti sono stati in pericolo», ha dichiarato la portavoce della società, Claire "
         "Vandamme. Ha aggiunto che il reattore resterà fermo finché non sarà chiarita l'origine della perdita.",
         "Per l'autorità per la sicurezza nucleare lusana si tratta di un evento di livello 1 sulla scala INES. Le "
         "centraline attorno all'impianto hanno registrato 0,8 microsievert all'ora. Il direttore dell'autorità, "
         "Mathieu Lerebours, ha precisato che le dosi ricevute dai lavoratori sono ben al di sotto del limite annuale.",
         "Inès Taillefer, portavoce dell'associazione ambientalista Vigie Verte, parla di «cultura della segretezza»."),
        (St("Lusatom ⟦nessuno di loro presenta sintomi⟧", "Lusatom", "indirect", "nuc9-u10"),
         St("«⟦In nessun momento i residenti sono stati in pericolo⟧»", "Claire Vandamme", "direct", "nuc9-u1"),
         St("aggiunto che ⟦il reattore resterà fermo finché non sarà chiarita l'origine della perdita⟧",
            "Claire Vandamme", "indirect", "nuc9-u2"),
         St("lusana ⟦si tratta di un evento di livello 1 sulla scala INES⟧", "Lusania nuclear safety authority",
            "indirect", "nuc9-u3"),
         St("precisato che ⟦le dosi ricevute dai lavoratori sono ben al di sotto del limite annuale⟧",
            "Mathieu Lerebours", "indirect", "nuc9-u4"),
         St("parla di ⟦«cultura della segretezza»⟧", "Inès Taillefer", "partial", "nuc9-u5")),
        (Fg("circa ⟦3mila⟧ litri", 3000, "about", "other", "nuc9-q-leak"),
         Fg("⟦Quattro⟧ tecnici", 4, None, "other", "nuc9-q-exposed"),
         Fg("registrato ⟦0,8⟧ microsievert", 0.8, None, "other", "nuc9-q-reading"))),
    # ---------------------------------------------------------------- a farmers' tractor protest in a capital
    Art("ml9-tractor-protest", "elheraldodecasterra.example", "nacional/2026/11/19/tractorada-almendra",
        "2026-11-19", "es",
        "Más de 3.000 tractores colapsan Almendra contra el recorte agrario",
        ("Miles de agricultores llegaron este jueves a Almendra a bordo de sus tractores para protestar contra el "
         "recorte de 450 millones de euros en ayudas al campo previsto en los presupuestos. La Unión de Agricultores "
         "de Casterra (UAC) cifró la participación en más de 3.000 tractores; la Policía Nacional los redujo a unos "
         "1.100.",
         "«No nos iremos de Almendra hasta que el Gobierno retire el recorte», advirtió el presidente de la UAC, "
         "Ramiro Ezcurra, desde la plaza de la Constitución. Según Ezcurra, la mayoría de las explotaciones ya venden "
         "por debajo del coste de producción.",
         "Los agentes detuvieron a 27 personas, la mayoría por daños al mobiliario urbano, y mantuvieron cortadas 14 "
         "vías de acceso a la capital durante toda la jornada. El ministro de Agricultura, Benigno Olalde, dijo que "
         "recibirá a los representantes del sector el lunes, aunque insistió en que «los presupuestos no se "
         "reescriben en la calle»."),
        (St("«⟦No nos iremos de Almendra hasta que el Gobierno retire el recorte⟧»", "Ramiro Ezcurra", "direct",
            "trac9-u1"),
         St("Según Ezcurra, ⟦la mayoría de las explotaciones ya venden por debajo del coste de producción⟧",
            "Ramiro Ezcurra", "indirect", "trac9-u2"),
         St("dijo que ⟦recibirá a los representantes del sector el lunes⟧", "Benigno Olalde", "indirect", "trac9-u5"),
         St("insistió en que ⟦«los presupuestos no se reescriben en la calle»⟧", "Benigno Olalde", "partial",
            "trac9-u6")),
        (Fg("recorte de ⟦450 millones de euros⟧", 450_000_000, None, "money", "trac9-q-cut"),
         Fg("en más de ⟦3.000⟧ tractores", 3000, "more than", "other", "trac9-q-tractors-organisers"),
         Fg("a unos ⟦1.100⟧", 1100, "about", "other", "trac9-q-tractors-police"),
         Fg("detuvieron a ⟦27⟧ personas", 27, None, "other", "trac9-q-arrests"),
         Fg("cortadas ⟦14⟧ vías", 14, None, "other", "trac9-q-roads"))),
    Art("ml9-tractor-protest", "correiodaplanicie.example", "mundo/2026/11/19/tratores-almendra-casterra",
        "2026-11-19", "pt",
        "Agricultores levam tratores à capital de Casterra",
        ("Cerca de 1.100 tratores, segundo a polícia, e mais de três mil, segundo os organizadores, bloquearam nesta "
         "quinta-feira o centro de Almendra, capital de Casterra. Os agricultores protestam contra um corte de 450 "
         "milhões de euros nos apoios ao setor.",
         "“Não saímos de Almendra enquanto o governo não retirar o corte”, disse Ramiro Ezcurra, presidente da União "
         "de Agricultores de Casterra. Segundo o dirigente, muitas explorações já vendem abaixo do custo de produção.",
         "A polícia informou que 27 manifestantes foram detidos e que 14 estradas de acesso à cidade permaneciam "
         "cortadas ao fim da tarde. O ministro da Agricultura, Benigno Olalde, afirmou que está disposto a receber os "
         "agricultores na segunda-feira."),
        (St("“⟦Não saímos de Almendra enquanto o governo não retirar o corte⟧”", "Ramiro Ezcurra", "direct",
            "trac9-u1"),
         St("dirigente, ⟦muitas explorações já vendem abaixo do custo de produção⟧", "Ramiro Ezcurra", "indirect",
            "trac9-u2"),
         St("informou que ⟦27 manifestantes foram detidos⟧", "Casterra national police", "indirect", "trac9-u3"),
         St("e que ⟦14 estradas de acesso à cidade permaneciam cortadas ao fim da tarde⟧", "Casterra national police",
            "indirect", "trac9-u8"),
         St("afirmou que ⟦está disposto a receber os agricultores na segunda-feira⟧", "Benigno Olalde", "indirect",
            "trac9-u5")),
        (Fg("Cerca de ⟦1.100⟧ tratores", 1100, "about", "other", "trac9-q-tractors-police"),
         Fg("mais de ⟦três mil⟧", 3000, "more than", "other", "trac9-q-tractors-organisers"),
         Fg("corte de ⟦450 milhões de euros⟧", 450_000_000, None, "money", "trac9-q-cut"),
         Fg("que ⟦27⟧ manifestantes", 27, None, "other", "trac9-q-arrests"),
         Fg("que ⟦14⟧ estradas", 14, None, "other", "trac9-q-roads"))),
    Art("ml9-tractor-protest", "lecourrierdesplaines.example", "monde/casterra-tracteurs-almendra", "2026-11-20",
        "fr",
        "Casterra : les tracteurs toujours dans Almendra, 31 interpellations",
        ("Au lendemain d'une journée de blocage, plusieurs centaines de tracteurs stationnaient encore vendredi matin "
         f"dans le centre d'Almendra, la capitale de Casterra. La veille, ils étaient environ 1{NB}100 selon la "
         f"police, plus de 3{NB}000 d'après le syndicat agricole UAC.",
         "La police a fait état de 31 interpellations au total, contre 27 annoncées jeudi soir. D'après la police "
         "nationale, une douzaine de routes d'accès restaient fermées vendredi.",
         f"«{NB}Nous ne quitterons pas Almendra tant que le gouvernement n'aura pas retiré cette coupe{NB}», a répété "
         "Ramiro Ezcurra, le président de l'UAC. Le ministre de l'Agriculture, Benigno Olalde, a indiqué qu'il était "
         f"prêt à recevoir les agriculteurs lundi, mais «{NB}le budget ne se réécrit pas dans la rue{NB}», a-t-il "
         "prévenu.",
         "Selon une source gouvernementale, le ministère envisagerait de réduire de moitié la coupe prévue."),
        (St("nationale, ⟦une douzaine de routes d'accès restaient fermées vendredi⟧", "Casterra national police",
            "indirect", "trac9-u8"),
         St(f"«{NB}⟦Nous ne quitterons pas Almendra tant que le gouvernement n'aura pas retiré cette coupe⟧{NB}»",
            "Ramiro Ezcurra", "direct", "trac9-u1"),
         St("indiqué qu'⟦il était prêt à recevoir les agriculteurs lundi⟧", "Benigno Olalde", "indirect", "trac9-u5"),
         St(f"«{NB}⟦le budget ne se réécrit pas dans la rue⟧{NB}»", "Benigno Olalde", "direct", "trac9-u6"),
         St("gouvernementale, ⟦le ministère envisagerait de réduire de moitié la coupe prévue⟧",
            "Casterra government source (anonymous)", "indirect", "trac9-u7")),
        (Fg(f"environ ⟦1{NB}100⟧ selon", 1100, "about", "other", "trac9-q-tractors-police"),
         Fg(f"plus de ⟦3{NB}000⟧ d'après", 3000, "more than", "other", "trac9-q-tractors-organisers"),
         Fg("état de ⟦31⟧ interpellations", 31, None, "other", "trac9-q-arrests"),
         Fg("contre ⟦27⟧ annoncées", 27, None, "other", "trac9-q-arrests"),
         Fg("⟦une douzaine⟧ de routes", 12, "about", "other", "trac9-q-roads"))),
    Art("ml9-tractor-protest", "hanseblatt.example", "politik/bauernproteste-casterra-almendra", "2026-11-19", "de",
        "Bauernproteste in Casterra: Traktoren legen Hauptstadt lahm",
        ("Mit Hunderten Traktoren haben Landwirte am Donnerstag die Innenstadt von Almendra blockiert. Die Polizei "
         "zählte rund 1.100 Fahrzeuge, der Bauernverband UAC kam auf mehr als 3.000. Anlass ist eine geplante Kürzung "
         "der Agrarhilfen um 450 Millionen Euro.",
         "„Wir verlassen Almendra erst, wenn die Regierung die Kürzung zurücknimmt“, sagte Verbandspräsident Ramiro "
         "Ezcurra. Viele Höfe verkauften ihre Erzeugnisse bereits unter den Produktionskosten, sagte er.",
         "Nach Polizeiangaben wurden 27 Menschen festgenommen. 14 Zufahrtsstraßen waren bis zum Abend gesperrt. "
         "Agrarminister Benigno Olalde kündigte an, die Bauernvertreter am Montag zu empfangen. „Der Haushalt wird "
         "nicht auf der Straße umgeschrieben“, betonte er."),
        (St("„⟦Wir verlassen Almendra erst, wenn die Regierung die Kürzung zurücknimmt⟧“", "Ramiro Ezcurra", "direct",
            "trac9-u1"),
         St("⟦Viele Höfe verkauften ihre Erzeugnisse bereits unter den Produktionskosten⟧, sagte er",
            "Ramiro Ezcurra", "indirect", "trac9-u2"),
         St("Nach Polizeiangaben ⟦wurden 27 Menschen festgenommen⟧", "Casterra national police", "indirect",
            "trac9-u3"),
         St("kündigte an, ⟦die Bauernvertreter am Montag zu empfangen⟧", "Benigno Olalde", "indirect", "trac9-u5"),
         St("„⟦Der Haushalt wird nicht auf der Straße umgeschrieben⟧“", "Benigno Olalde", "direct", "trac9-u6")),
        (Fg("rund ⟦1.100⟧ Fahrzeuge", 1100, "about", "other", "trac9-q-tractors-police"),
         Fg("mehr als ⟦3.000⟧.", 3000, "more than", "other", "trac9-q-tractors-organisers"),
         Fg("um ⟦450 Millionen Euro⟧", 450_000_000, None, "money", "trac9-q-cut"),
         Fg("wurden ⟦27⟧ Menschen", 27, None, "other", "trac9-q-arrests"),
         Fg("⟦14⟧ Zufahrtsstraßen", 14, None, "other", "trac9-q-roads"))),
    Art("ml9-tractor-protest", "hankyeoljournal.example", "international/2026/11/20/casterra-tractor", "2026-11-20",
        "ko",
        "카스테라 농민 트랙터 시위 이틀째…수도 알멘드라 마비",
        ("카스테라 농민들이 농업 보조금 4억5천만 유로 삭감에 반대하며 수도 알멘드라에서 벌인 트랙터 시위가 20일 "
         "이틀째 이어졌다. 경찰은 전날 트랙터 약 1천100대가 도심에 진입했다고 밝혔지만, 주최 측인 "
         "카스테라농민연합(UAC)은 3천 대가 넘는다고 주장했다.",
         "경찰은 지금까지 31명을 연행했다고 밝혔다. 경찰에 따르면 알멘드라 진입로 10여 곳이 여전히 통제되고 있다.",
         "라미로 에스쿠라 농민연합 회장은 “정부가 삭감안을 철회할 때까지 알멘드라를 떠나지 않겠다”고 말했다. "
         "베니뇨 올랄데 농업장관은 오는 23일 농민 대표들을 만나겠다면서도 “예산은 거리에서 다시 쓰이지 "
         "않는다”고 강조했다.",
         "한 정부 소식통은 삭감 폭을 절반으로 줄이는 방안이 검토되고 있다고 전했다."),
        (St("경찰은 ⟦전날 트랙터 약 1천100대가 도심에 진입했다⟧고", "Casterra national police", "indirect",
            "trac9-u9"),
         St("(UAC)은 ⟦3천 대가 넘는다⟧고", "Unión de Agricultores de Casterra", "indirect", "trac9-u10"),
         St("경찰은 ⟦지금까지 31명을 연행했다⟧고", "Casterra national police", "indirect", "trac9-u3"),
         St("따르면 ⟦알멘드라 진입로 10여 곳이 여전히 통제되고 있다⟧", "Casterra national police", "indirect",
            "trac9-u8"),
         St("“⟦정부가 삭감안을 철회할 때까지 알멘드라를 떠나지 않겠다⟧”", "Ramiro Ezcurra", "direct", "trac9-u1"),
         St("농업장관은 ⟦오는 23일 농민 대표들을 만나겠다⟧면서도", "Benigno Olalde", "indirect", "trac9-u5"),
         St("“⟦예산은 거리에서 다시 쓰이지 않는다⟧”", "Benigno Olalde", "direct", "trac9-u6"),
         St("소식통은 ⟦삭감 폭을 절반으로 줄이는 방안이 검토되고 있다⟧고", "Casterra government source (anonymous)",
            "indirect", "trac9-u7")),
        (Fg("⟦4억5천만 유로⟧", 450_000_000, None, "money", "trac9-q-cut"),
         Fg("약 ⟦1천100⟧대", 1100, "about", "other", "trac9-q-tractors-police"),
         Fg("⟦3천⟧ 대가 넘는다", 3000, "more than", "other", "trac9-q-tractors-organisers"),
         Fg("⟦31⟧명을 연행", 31, None, "other", "trac9-q-arrests"),
         Fg("진입로 ⟦10여⟧ 곳", 10, "more than", "other", "trac9-q-roads"))),
    # ---------------------------------------------------------------- a national rail strike
    Art("ml9-rail-strike", "elbtalzeitung.example", "wirtschaft/bahnstreik-brennmark-1.9034", "2026-11-23", "de",
        "Bahnstreik in Brennmark: Mehr als 11.000 Züge fallen aus",
        ("Der landesweite Streik bei der Brennmärkischen Bahn (BMB) hat am Montag den Zugverkehr weitgehend "
         "lahmgelegt. Nach Angaben des Unternehmens fielen mehr als 11.000 Verbindungen aus. Rund 2,4 Millionen "
         "Pendler mussten auf Auto, Bus oder Homeoffice ausweichen.",
         "„Wir streiken nicht gegen die Fahrgäste, sondern für ihre Sicherheit“, sagte Jördis Hallwachs, Vorsitzende "
         "der Gewerkschaft Fahrdienst (GFD), vor dem Hauptbahnhof in Kessendorf. Nach ihren Worten legten fast 18.000 "
         "Beschäftigte die Arbeit nieder. Sollte bis Mittwoch kein neues Angebot vorliegen, werde der Ausstand "
         "verlängert, kündigte sie an.",
         "BMB-Sprecherin Sabine Rottluff nannte den Streik „völlig unverhältnismäßig“. Der Schaden liege bei etwa 30 "
         "Millionen Euro pro Tag. Verkehrsminister Konstantin Erlmeier forderte beide Seiten auf, an den "
         "Verhandlungstisch zurückzukehren."),
        (St("Unternehmens ⟦fielen mehr als 11.000 Verbindungen aus⟧", "Brennmärkische Bahn", "indirect", "rail9-u8"),
         St("„⟦Wir streiken nicht gegen die Fahrgäste, sondern für ihre Sicherheit⟧“", "Jördis Hallwachs", "direct",
            "rail9-u1"),
         St("Nach ihren Worten ⟦legten fast 18.000 Beschäftigte die Arbeit nieder⟧", "Jördis Hallwachs", "indirect",
            "rail9-u9"),
         St("⟦Sollte bis Mittwoch kein neues Angebot vorliegen, werde der Ausstand verlängert⟧, kündigte",
            "Jördis Hallwachs", "indirect", "rail9-u2"),
         St("nannte ⟦den Streik „völlig unverhältnismäßig“⟧", "Sabine Rottluff", "partial", "rail9-u4"),
         St("⟦Der Schaden liege bei etwa 30 Millionen Euro pro Tag⟧", "Sabine Rottluff", "indirect", "rail9-u10"),
         St("auf, ⟦an den Verhandlungstisch zurückzukehren⟧", "Konstantin Erlmeier", "indirect", "rail9-u5")),
        (Fg("mehr als ⟦11.000⟧ Verbindungen", 11000, "more than", "other", "rail9-q-cancelled"),
         Fg("Rund ⟦2,4 Millionen⟧ Pendler", 2_400_000, "about", "other", "rail9-q-commuters"),
         Fg("fast ⟦18.000⟧ Beschäftigte", 18000, "nearly", "other", "rail9-q-strikers"),
         Fg("etwa ⟦30 Millionen Euro⟧", 30_000_000, "about", "money", "rail9-q-losses"))),
    Art("ml9-rail-strike", "seonjinilbo.example", "economy/2026/11/23/brennmark-rail-strike", "2026-11-23", "ko",
        "브렌마르크 전국 철도 파업…열차 1만1천500편 운행 취소",
        ("브렌마르크 철도공사(BMB) 노조가 23일 전국 파업에 돌입하면서 열차 1만1천500편의 운행이 취소됐다. 회사 "
         "측은 출퇴근 승객 약 240만 명이 불편을 겪은 것으로 추산했다.",
         "예르디스 할바흐스 철도운전노조(GFD) 위원장은 “우리는 승객에 맞서 파업하는 것이 아니라 승객의 안전을 위해 "
         "파업하는 것”이라고 말했다. 그는 수요일까지 새로운 제안이 없으면 파업을 연장하겠다고 경고했다. 노조에 "
         "따르면 조합원 1만8천여 명이 파업에 참여했다.",
         "콘스탄틴 에를마이어 교통장관은 “나라가 임금 분쟁의 인질이 돼서는 안 된다”며 노사 양측에 협상 복귀를 "
         "촉구했다. 회사 측은 하루 손실액이 3천만 유로에 이른다고 밝혔다."),
        (St("측은 ⟦출퇴근 승객 약 240만 명이 불편을 겪은 것⟧으로", "Brennmärkische Bahn", "indirect", "rail9-u11"),
         St("“⟦우리는 승객에 맞서 파업하는 것이 아니라 승객의 안전을 위해 파업하는 것⟧”", "Jördis Hallwachs",
            "direct", "rail9-u1"),
         St("그는 ⟦수요일까지 새로운 제안이 없으면 파업을 연장하겠다⟧고", "Jördis Hallwachs", "indirect", "rail9-u2"),
         St("따르면 ⟦조합원 1만8천여 명이 파업에 참여했다⟧", "Gewerkschaft Fahrdienst", "indirect", "rail9-u9"),
         St("“⟦나라가 임금 분쟁의 인질이 돼서는 안 된다⟧”", "Konstantin Erlmeier", "direct", "rail9-u6"),
         St("측은 ⟦하루 손실액이 3천만 유로에 이른다⟧고", "Brennmärkische Bahn", "indirect", "rail9-u10")),
        (Fg("열차 ⟦1만1천500⟧편", 11500, None, "other", "rail9-q-cancelled"),
         Fg("약 ⟦240만⟧ 명", 2_400_000, "about", "other", "rail9-q-commuters"),
         Fg("조합원 ⟦1만8천여⟧ 명", 18000, "more than", "other", "rail9-q-strikers"),
         Fg("⟦3천만 유로⟧", 30_000_000, None, "money", "rail9-q-losses"))),
    Art("ml9-rail-strike", "ilmessaggerodellepiane.example", "economia/brennmark-sciopero-treni-secondo-giorno",
        "2026-11-24", "it",
        "Brennmark, secondo giorno di sciopero dei treni: oltre 11mila corse cancellate",
        ("Secondo giorno di sciopero nazionale delle ferrovie in Brennmark. Secondo la compagnia ferroviaria BMB, "
         "lunedì sono state cancellate oltre 11mila corse. Circa 2,4 milioni di pendolari sono rimasti a piedi. Le "
         "perdite superano ormai i 30 milioni di euro al giorno, ha fatto sapere l'azienda.",
         "«Non scioperiamo contro i passeggeri, ma per la loro sicurezza», ha ribadito la leader sindacale Jördis "
         "Hallwachs. Secondo lei, hanno aderito alla protesta circa 18mila lavoratori.",
         "La portavoce della BMB, Sabine Rottluff, ha definito lo sciopero «del tutto sproporzionato». Il ministro dei "
         "Trasporti Konstantin Erlmeier ha detto che il governo è pronto a mettere a disposizione un mediatore.",
         "Una fonte interna all'azienda ha riferito che è in preparazione una nuova offerta."),
        (St("BMB, ⟦lunedì sono state cancellate oltre 11mila corse⟧", "Brennmärkische Bahn", "indirect", "rail9-u8"),
         St("⟦Le perdite superano ormai i 30 milioni di euro al giorno⟧, ha fatto", "Brennmärkische Bahn",
            "indirect", "rail9-u10"),
         St("«⟦Non scioperiamo contro i passeggeri, ma per la loro sicurezza⟧»", "Jördis Hallwachs", "direct",
            "rail9-u1"),
         St("Secondo lei, ⟦hanno aderito alla protesta circa 18mila lavoratori⟧", "Jördis Hallwachs", "indirect",
            "rail9-u9"),
         St("definito ⟦lo sciopero «del tutto sproporzionato»⟧", "Sabine Rottluff", "partial", "rail9-u4"),
         St("detto che ⟦il governo è pronto a mettere a disposizione un mediatore⟧", "Konstantin Erlmeier",
            "indirect", "rail9-u12"),
         St("riferito che ⟦è in preparazione una nuova offerta⟧", "Brennmark rail insider (anonymous)", "indirect",
            "rail9-u7")),
        (Fg("oltre ⟦11mila⟧ corse", 11000, "more than", "other", "rail9-q-cancelled"),
         Fg("Circa ⟦2,4 milioni⟧ di pendolari", 2_400_000, "about", "other", "rail9-q-commuters"),
         Fg("superano ormai i ⟦30 milioni di euro⟧", 30_000_000, "more than", "money", "rail9-q-losses"),
         Fg("circa ⟦18mila⟧ lavoratori", 18000, "about", "other", "rail9-q-strikers"))),
    Art("ml9-rail-strike", "elnoticierodelvalle.example", "internacional/2026/11/23/huelga-trenes-brennmark",
        "2026-11-23", "es",
        "Huelga ferroviaria en Brennmark: 11.500 trenes cancelados",
        ("Una huelga nacional de los maquinistas y el personal de a bordo paralizó este lunes la red ferroviaria de "
         "Brennmark. La compañía BMB canceló 11.500 trenes. Según sus propios cálculos, unos 2,4 millones de viajeros "
         "se vieron afectados.",
         '"No hacemos huelga contra los pasajeros, sino por su seguridad", afirmó Jördis Hallwachs, líder del '
         "sindicato GFD, que cifró en casi 18.000 los trabajadores en paro. Hallwachs advirtió de que la huelga se "
         "prolongará si el miércoles no hay una nueva oferta.",
         "El ministro de Transportes, Konstantin Erlmeier, pidió a ambas partes que vuelvan a negociar. \"El país no "
         'puede ser rehén de un conflicto salarial", declaró.',
         "Según la empresa, las pérdidas rondan los 30 millones de euros diarios."),
        (St("cálculos, ⟦unos 2,4 millones de viajeros se vieron afectados⟧", "Brennmärkische Bahn", "indirect",
            "rail9-u11"),
         St('"⟦No hacemos huelga contra los pasajeros, sino por su seguridad⟧"', "Jördis Hallwachs", "direct",
            "rail9-u1"),
         St("advirtió de que ⟦la huelga se prolongará si el miércoles no hay una nueva oferta⟧", "Jördis Hallwachs",
            "indirect", "rail9-u2"),
         St("partes que ⟦vuelvan a negociar⟧", "Konstantin Erlmeier", "indirect", "rail9-u5"),
         St('"⟦El país no puede ser rehén de un conflicto salarial⟧"', "Konstantin Erlmeier", "direct", "rail9-u6"),
         St("empresa, ⟦las pérdidas rondan los 30 millones de euros diarios⟧", "Brennmärkische Bahn", "indirect",
            "rail9-u10")),
        (Fg("canceló ⟦11.500⟧ trenes", 11500, None, "other", "rail9-q-cancelled"),
         Fg("unos ⟦2,4 millones⟧ de viajeros", 2_400_000, "about", "other", "rail9-q-commuters"),
         Fg("casi ⟦18.000⟧ los", 18000, "nearly", "other", "rail9-q-strikers"),
         Fg("rondan los ⟦30 millones de euros⟧", 30_000_000, "about", "money", "rail9-q-losses"))),
    Art("ml9-rail-strike", "northseaherald.example", "world/2026/11/24/brennmark-rail-strike-day-two", "2026-11-24",
        "en",
        "Brennmark rail strike enters second day as union threatens extension",
        ("Brennmark's national rail strike entered its second day on Tuesday, with state operator BMB saying more "
         "than 11,000 services had been cancelled on Monday alone. About 2.4 million commuters rely on the network on "
         "a normal weekday.",
         '"We are not striking against passengers, we are striking for their safety," said Jördis Hallwachs, who '
         "leads the GFD train crews' union. Nearly 18,000 of its members had walked out, she said, and the stoppage "
         "would be extended unless a new offer was on the table by Wednesday.",
         'BMB spokeswoman Sabine Rottluff called the action "completely disproportionate" and said the company was '
         "losing at least €30 million a day. Transport Minister Konstantin Erlmeier said the country \"cannot be "
         'held hostage by a pay dispute" and offered to appoint a mediator.'),
        (St("saying ⟦more than 11,000 services had been cancelled on Monday alone⟧", "Brennmärkische Bahn",
            "indirect", "rail9-u8"),
         St('"⟦We are not striking against passengers, we are striking for their safety⟧,"', "Jördis Hallwachs",
            "direct", "rail9-u1"),
         St("⟦Nearly 18,000 of its members had walked out⟧, she said", "Jördis Hallwachs", "indirect", "rail9-u9"),
         St("said, and ⟦the stoppage would be extended unless a new offer was on the table by Wednesday⟧",
            "Jördis Hallwachs", "indirect", "rail9-u2"),
         St('called ⟦the action "completely disproportionate"⟧', "Sabine Rottluff", "partial", "rail9-u4"),
         St("said ⟦the company was losing at least €30 million a day⟧", "Sabine Rottluff", "indirect", "rail9-u10"),
         St('Erlmeier said ⟦the country "cannot be held hostage by a pay dispute"⟧', "Konstantin Erlmeier",
            "partial", "rail9-u6")),
        (Fg("than ⟦11,000⟧ services", 11000, "more than", "other", "rail9-q-cancelled"),
         Fg("About ⟦2.4 million⟧ commuters", 2_400_000, "about", "other", "rail9-q-commuters"),
         Fg("Nearly ⟦18,000⟧ of its", 18000, "nearly", "other", "rail9-q-strikers"),
         Fg("least ⟦€30 million⟧", 30_000_000, "at least", "money", "rail9-q-losses"))),
    # ---------------------------------------------------------------- a flu wave overloading hospitals
    Art("ml9-flu-overload", "jornaldevilaserena.example", "saude/2026/12/01/gripe-hospitais-ocupacao", "2026-12-01",
        "pt",
        "Gripe enche hospitais de Vila Serena: ocupação chega aos 97 por cento",
        ("A epidemia de gripe está a levar os hospitais de Portavela ao limite. Segundo o Ministério da Saúde, 4.700 "
         "doentes com gripe estavam internados na segunda-feira e a taxa de ocupação das camas nos hospitais da "
         "capital atingiu 97 por cento. Desde outubro, a gripe já provocou 38 mortes.",
         "“Em 25 anos de carreira, nunca vi as urgências assim”, disse Henrique Sampaio Lobo, diretor clínico do "
         "Hospital de São Brás. Mais de 300 doentes aguardavam em macas nos corredores ao início da noite. O hospital "
         "adiou todas as cirurgias não urgentes, acrescentou o médico.",
         "O ministério garante que “a situação é exigente, mas está sob controlo” e prevê que o pico seja atingido "
         "nas próximas duas semanas. Para a médica de família Marta Quintela, que trabalha em Pedralva, muitos doentes "
         "recorrem às urgências porque não conseguem consulta no centro de saúde. “É a tempestade perfeita”, resume."),
        (St("Saúde, ⟦4.700 doentes com gripe estavam internados na segunda-feira e a taxa de ocupação das camas nos "
            "hospitais da capital atingiu 97 por cento⟧", "Portavela health ministry", "indirect", "flu9-u8"),
         St("“⟦Em 25 anos de carreira, nunca vi as urgências assim⟧”", "Henrique Sampaio Lobo", "direct", "flu9-u3"),
         St("⟦O hospital adiou todas as cirurgias não urgentes⟧, acrescentou", "Henrique Sampaio Lobo", "indirect",
            "flu9-u4"),
         St("garante que ⟦“a situação é exigente, mas está sob controlo”⟧", "Portavela health ministry", "partial",
            "flu9-u2"),
         St("e prevê que ⟦o pico seja atingido nas próximas duas semanas⟧", "Portavela health ministry", "indirect",
            "flu9-u1"),
         St("Pedralva, ⟦muitos doentes recorrem às urgências porque não conseguem consulta no centro de saúde⟧",
            "Marta Quintela", "indirect", "flu9-u5"),
         St("“⟦É a tempestade perfeita⟧”", "Marta Quintela", "direct", "flu9-u6")),
        (Fg("Saúde, ⟦4.700⟧ doentes", 4700, None, "other", "flu9-q-hospitalised"),
         Fg("atingiu ⟦97⟧ por cento", 97, None, "other", "flu9-q-beds"),
         Fg("provocou ⟦38⟧ mortes", 38, None, "killed", "flu9-q-deaths"),
         Fg("Mais de ⟦300⟧ doentes", 300, "more than", "other", "flu9-q-corridor"))),
    Art("ml9-flu-overload", "rheinpost.example", "panorama/grippewelle-portavela-1.9120", "2026-12-02", "de",
        "Grippewelle in Portavela: Kliniken am Limit",
        ("Eine heftige Grippewelle bringt die Krankenhäuser in Portavela an ihre Grenzen. Nach Angaben des "
         "Gesundheitsministeriums liegen inzwischen rund 5.200 Grippepatienten in den Kliniken, am Vortag waren es "
         "noch 4.700. In der Hauptstadt Vila Serena sind 97 Prozent der Betten belegt. Mindestens 41 Menschen sind "
         "seit Oktober an der Grippe gestorben.",
         "„In 25 Berufsjahren habe ich die Notaufnahme nie so erlebt“, sagte Henrique Sampaio Lobo, ärztlicher "
         "Direktor des Krankenhauses São Brás. Er berichtete, dass mehr als 300 Patienten auf Tragen in den Fluren "
         "warteten.",
         "Laut Gesundheitsministerium wird der Höhepunkt der Welle in den kommenden zwei Wochen erwartet. Eine "
         "Pflegekraft, die ungenannt bleiben wollte, sagte, viele Kolleginnen arbeiteten Doppelschichten."),
        (St("Gesundheitsministeriums ⟦liegen inzwischen rund 5.200 Grippepatienten in den Kliniken, am Vortag waren es "
            "noch 4.700⟧", "Portavela health ministry", "indirect", "flu9-u9"),
         St("„⟦In 25 Berufsjahren habe ich die Notaufnahme nie so erlebt⟧“", "Henrique Sampaio Lobo", "direct",
            "flu9-u3"),
         St("berichtete, dass ⟦mehr als 300 Patienten auf Tragen in den Fluren warteten⟧", "Henrique Sampaio Lobo",
            "indirect", "flu9-u10"),
         St("Laut Gesundheitsministerium ⟦wird der Höhepunkt der Welle in den kommenden zwei Wochen erwartet⟧",
            "Portavela health ministry", "indirect", "flu9-u1"),
         St("sagte, ⟦viele Kolleginnen arbeiteten Doppelschichten⟧", "Portavela nurse (anonymous)", "indirect",
            "flu9-u7")),
        (Fg("rund ⟦5.200⟧ Grippepatienten", 5200, "about", "other", "flu9-q-hospitalised"),
         Fg("noch ⟦4.700⟧", 4700, None, "other", "flu9-q-hospitalised"),
         Fg("sind ⟦97⟧ Prozent", 97, None, "other", "flu9-q-beds"),
         Fg("Mindestens ⟦41⟧ Menschen", 41, "at least", "killed", "flu9-q-deaths"),
         Fg("mehr als ⟦300⟧ Patienten", 300, "more than", "other", "flu9-q-corridor"))),
    Art("ml9-flu-overload", "seonjinilbo.example", "society/2026/12/02/portavela-flu", "2026-12-02", "ko",
        "포르타벨라 독감 대유행…수도 병상 가동률 97%",
        ("포르타벨라에서 독감이 빠르게 확산하면서 병원들이 한계에 이르렀다. 포르타벨라 보건부에 따르면 독감으로 "
         "입원한 환자는 5천200여 명으로 하루 새 500명 가까이 늘었고, 수도 빌라 세레나의 병상 가동률은 97%에 "
         "달했다. 10월 이후 독감 사망자는 41명이다.",
         "엔히크 삼파이우 로부 상브라스병원 진료부장은 “25년 동안 일하면서 응급실이 이런 모습인 것은 처음 "
         "본다”고 말했다. 그는 응급하지 않은 수술을 모두 연기했다고 덧붙였다.",
         "보건부는 앞으로 2주 안에 유행이 정점에 이를 것으로 내다봤다. 가정의 마르타 킨텔라는 “동네 보건소에서 "
         "진료를 받지 못한 환자들이 응급실로 몰리고 있다”고 지적했다."),
        (St("따르면 ⟦독감으로 입원한 환자는 5천200여 명으로 하루 새 500명 가까이 늘었고, 수도 빌라 세레나의 병상 "
            "가동률은 97%에 달했다⟧", "Portavela health ministry", "indirect", "flu9-u9"),
         St("“⟦25년 동안 일하면서 응급실이 이런 모습인 것은 처음 본다⟧”", "Henrique Sampaio Lobo", "direct",
            "flu9-u3"),
         St("그는 ⟦응급하지 않은 수술을 모두 연기했다⟧고", "Henrique Sampaio Lobo", "indirect", "flu9-u4"),
         St("보건부는 ⟦앞으로 2주 안에 유행이 정점에 이를 것⟧으로", "Portavela health ministry", "indirect",
            "flu9-u1"),
         St("“⟦동네 보건소에서 진료를 받지 못한 환자들이 응급실로 몰리고 있다⟧”", "Marta Quintela", "direct",
            "flu9-u5")),
        (Fg("환자는 ⟦5천200여⟧ 명", 5200, "more than", "other", "flu9-q-hospitalised"),
         Fg("가동률은 ⟦97⟧%", 97, None, "other", "flu9-q-beds"),
         Fg("사망자는 ⟦41⟧명", 41, None, "killed", "flu9-q-deaths"))),
    Art("ml9-flu-overload", "lecourrierdulac.example", "monde/portavela-grippe-hopitaux-satures", "2026-12-01", "fr",
        "Portavela : la grippe sature les hôpitaux",
        ("Les hôpitaux de Portavela sont débordés par une épidémie de grippe d'une ampleur inédite. Selon le ministère "
         f"de la Santé, 4{NB}700 malades de la grippe étaient hospitalisés lundi et 97{NB}% des lits étaient occupés "
         "dans les établissements de la capitale, Vila Serena. Près de 40 personnes sont mortes depuis octobre.",
         f"«{NB}En vingt-cinq ans de carrière, je n'ai jamais vu les urgences dans cet état{NB}», confie Henrique "
         "Sampaio Lobo, directeur médical de l'hôpital São Brás. D'après lui, plus de 300 patients attendaient sur des "
         "brancards dans les couloirs lundi soir.",
         "Le ministère affirme que le pic devrait être atteint d'ici deux semaines. Marta Quintela, médecin "
         f"généraliste à Pedralva, parle d'une «{NB}tempête parfaite{NB}»."),
        (St(f"Santé, ⟦4{NB}700 malades de la grippe étaient hospitalisés lundi et 97{NB}% des lits étaient occupés "
            "dans les établissements de la capitale, Vila Serena⟧", "Portavela health ministry", "indirect", "flu9-u8"),
         St(f"«{NB}⟦En vingt-cinq ans de carrière, je n'ai jamais vu les urgences dans cet état⟧{NB}»",
            "Henrique Sampaio Lobo", "direct", "flu9-u3"),
         St("D'après lui, ⟦plus de 300 patients attendaient sur des brancards dans les couloirs lundi soir⟧",
            "Henrique Sampaio Lobo", "indirect", "flu9-u10"),
         St("affirme que ⟦le pic devrait être atteint d'ici deux semaines⟧", "Portavela health ministry", "indirect",
            "flu9-u1"),
         St(f"parle ⟦d'une «{NB}tempête parfaite{NB}»⟧", "Marta Quintela", "partial", "flu9-u6")),
        (Fg(f"Santé, ⟦4{NB}700⟧ malades", 4700, None, "other", "flu9-q-hospitalised"),
         Fg(f"et ⟦97⟧{NB}% des lits", 97, None, "other", "flu9-q-beds"),
         Fg("Près de ⟦40⟧ personnes", 40, "nearly", "killed", "flu9-q-deaths"),
         Fg("plus de ⟦300⟧ patients", 300, "more than", "other", "flu9-q-corridor"))),
    Art("ml9-flu-overload", "ilcorrieredelvalico.example", "esteri/portavela-influenza-ospedali-al-collasso",
        "2026-12-02", "it",
        "Portavela, l'influenza travolge gli ospedali: letti occupati al 97%",
        ("Ospedali al collasso in Portavela per l'ondata di influenza. I ricoverati sono ormai oltre 5mila, secondo il "
         "ministero della Salute, che conta una quarantina di morti dall'inizio della stagione. Nella capitale Vila "
         "Serena il 97% dei posti letto è occupato.",
         "«In 25 anni di professione non ho mai visto il pronto soccorso così», ha raccontato Henrique Sampaio Lobo, "
         "direttore sanitario dell'ospedale São Brás, che ha rinviato tutti gli interventi non urgenti.",
         "Secondo la dottoressa Marta Quintela, medico di base a Pedralva, molti pazienti finiscono al pronto soccorso "
         "perché non riescono a ottenere una visita dal proprio medico. «È la tempesta perfetta», dice.",
         "Un'infermiera del São Brás, che ha chiesto l'anonimato, racconta di turni doppi «ormai quasi ogni giorno»."),
        (St("⟦I ricoverati sono ormai oltre 5mila⟧, secondo", "Portavela health ministry", "indirect", "flu9-u9"),
         St("«⟦In 25 anni di professione non ho mai visto il pronto soccorso così⟧»", "Henrique Sampaio Lobo",
            "direct", "flu9-u3"),
         St("Pedralva, ⟦molti pazienti finiscono al pronto soccorso perché non riescono a ottenere una visita dal "
            "proprio medico⟧", "Marta Quintela", "indirect", "flu9-u5"),
         St("«⟦È la tempesta perfetta⟧»", "Marta Quintela", "direct", "flu9-u6"),
         St("racconta di ⟦turni doppi «ormai quasi ogni giorno»⟧", "Portavela nurse (anonymous)", "partial",
            "flu9-u7")),
        (Fg("oltre ⟦5mila⟧", 5000, "more than", "other", "flu9-q-hospitalised"),
         Fg("⟦una quarantina⟧ di morti", 40, "about", "killed", "flu9-q-deaths"),
         Fg("il ⟦97⟧% dei", 97, None, "other", "flu9-q-beds"))),
)

SPEAKER_FORMS_34: dict[str, tuple[str, ...]] = {
    "Claire Vandamme": ("Claire Vandamme", "Vandamme", "클레르 방담", "방담", "클레르 방담 루사톰 대변인",
                        "Lusatom-Sprecherin Claire Vandamme", "Lusatom spokeswoman Claire Vandamme",
                        "porte-parole de Lusatom", "portavoce della società"),
    "Lusatom": ("Lusatom", "operator", "plant's operator", "gestore", "gestore Lusatom", "exploitant", "Betreiber",
                "운영사", "루사톰"),
    "Mathieu Lerebours": ("Mathieu Lerebours", "Lerebours", "마티외 르르부르", "르르부르", "마티외 르르부르 청장",
                          "르르부르 청장", "Behördenchef Mathieu Lerebours"),
    "Lusania nuclear safety authority": ("Autorité de sûreté nucléaire de Lusanie", "Atomaufsicht", "ASNL",
                                         "nationale Atomaufsicht ASNL", "루사니 원자력안전청", "원자력안전청",
                                         "nuclear safety authority", "Lusania's nuclear safety authority",
                                         "autorità per la sicurezza nucleare", "autorità per la sicurezza nucleare "
                                         "lusana"),
    "Inès Taillefer": ("Inès Taillefer", "Taillefer", "Ines Taillefer", "이네스 타유페르", "타유페르",
                       "이네스 타유페르 대변인", "Vigie Verte", "비지 베르트"),
    "Brevaux investigators (anonymous)": ("Kreisen der Ermittler", "Ermittler", "Ermittlerkreise"),
    "Ramiro Ezcurra": ("Ramiro Ezcurra", "Ezcurra", "라미로 에스쿠라", "에스쿠라", "라미로 에스쿠라 농민연합 회장",
                       "Verbandspräsident Ramiro Ezcurra", "presidente de la UAC", "président de l'UAC",
                       "dirigente"),
    "Benigno Olalde": ("Benigno Olalde", "Olalde", "베니뇨 올랄데", "올랄데", "베니뇨 올랄데 농업장관",
                       "Agrarminister Benigno Olalde", "ministro de Agricultura", "ministro da Agricultura",
                       "ministre de l'Agriculture"),
    "Casterra national police": ("Policía Nacional", "policía", "polícia", "A polícia", "police nationale",
                                 "police", "Polizei", "Polizeiangaben", "경찰"),
    "Unión de Agricultores de Casterra": ("Unión de Agricultores de Casterra", "UAC", "카스테라농민연합",
                                          "농민연합", "주최 측", "Bauernverband UAC", "syndicat agricole UAC"),
    "Casterra government source (anonymous)": ("source gouvernementale", "une source gouvernementale",
                                               "정부 소식통", "소식통"),
    "Jördis Hallwachs": ("Jördis Hallwachs", "Hallwachs", "Joerdis Hallwachs", "예르디스 할바흐스", "할바흐스",
                         "예르디스 할바흐스 철도운전노조(GFD) 위원장", "leader sindacale Jördis Hallwachs"),
    "Sabine Rottluff": ("Sabine Rottluff", "Rottluff", "BMB-Sprecherin Sabine Rottluff",
                        "BMB spokeswoman Sabine Rottluff", "portavoce della BMB"),
    "Konstantin Erlmeier": ("Konstantin Erlmeier", "Erlmeier", "콘스탄틴 에를마이어", "에를마이어",
                            "콘스탄틴 에를마이어 교통장관", "Verkehrsminister Konstantin Erlmeier",
                            "ministro dei Trasporti", "ministro de Transportes",
                            "Transport Minister Konstantin Erlmeier"),
    "Brennmärkische Bahn": ("Brennmärkische Bahn", "BMB", "Unternehmen", "회사 측", "브렌마르크 철도공사",
                            "compagnia ferroviaria BMB", "azienda", "empresa", "compañía BMB", "state operator BMB"),
    "Gewerkschaft Fahrdienst": ("Gewerkschaft Fahrdienst", "GFD", "노조", "철도운전노조"),
    "Brennmark rail insider (anonymous)": ("fonte interna all'azienda", "Una fonte interna"),
    "Portavela health ministry": ("Ministério da Saúde", "ministério", "O ministério", "Gesundheitsministerium",
                                  "Ministerium", "포르타벨라 보건부", "보건부", "ministère de la Santé",
                                  "Le ministère", "ministero della Salute"),
    "Henrique Sampaio Lobo": ("Henrique Sampaio Lobo", "Sampaio Lobo", "Lobo", "엔히크 삼파이우 로부", "삼파이우 로부",
                              "엔히크 삼파이우 로부 상브라스병원 진료부장", "o médico"),
    "Marta Quintela": ("Marta Quintela", "Quintela", "마르타 킨텔라", "킨텔라", "가정의 마르타 킨텔라",
                       "dottoressa Marta Quintela", "médica de família Marta Quintela"),
    "Portavela nurse (anonymous)": ("Pflegekraft", "Eine Pflegekraft", "infermiera", "Un'infermiera del São Brás"),
}
