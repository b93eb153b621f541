"""Test part 7 stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which
holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every country, town, person, outlet and figure is invented. Stories (all test, ml12-*): an ambulance strike,
a bridge fire, an arrest after a forest fire, a dam release, a ferry fire, a gold heist, oil in a harbour, an ice
storm.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

_AMBULANCE: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-ambulance-strike (TEST)
    Art("ml12-ambulance-strike", "giornaledipianura.example", "cronaca/sciopero-ambulanze-sorvenna", "2026-10-14",
        "it",
        "Ambulanze ferme a Sorvenna, oltre 300 chiamate in attesa",
        ("Primo giorno di sciopero per i soccorritori delle ambulanze di Sorvenna: circa 1.200 tra autisti e "
         "infermieri hanno incrociato le braccia alle 7 di martedì, e in serata si contavano oltre 300 chiamate di "
         "emergenza gestite con ritardo.",
         "«Non possiamo salvare vite con mezzi che cadono a pezzi», ha detto Ilaria Benvenuti, segretaria del "
         "Sindacato autonomo soccorritori. Secondo la sindacalista, un terzo della flotta ha più di dodici anni.",
         "L'assessore regionale alla Sanità, Stefano Corradi, ha assicurato che i codici rossi sono stati tutti "
         "coperti e che lo stanziamento di 14 milioni di euro per nuovi mezzi «resta sul tavolo»."),
        (St("«⟦Non possiamo salvare vite con mezzi che cadono a pezzi⟧»", "Ilaria Benvenuti", "direct", "amb-u1"),
         St("Secondo la sindacalista, ⟦un terzo della flotta ha più di dodici anni⟧", "Ilaria Benvenuti", "indirect",
            "amb-u2"),
         St("assicurato che ⟦i codici rossi sono stati tutti coperti⟧", "Stefano Corradi", "indirect", "amb-u3"),
         St("e che ⟦lo stanziamento di 14 milioni di euro per nuovi mezzi «resta sul tavolo»⟧", "Stefano Corradi",
            "partial", "amb-u4")),
        (Fg("circa ⟦1.200⟧ tra", 1200, "about", "other", "amb-q-strikers"),
         Fg("oltre ⟦300⟧ chiamate", 300, "more than", "other", "amb-q-calls"),
         Fg("di ⟦14 milioni di euro⟧ per", 14000000, None, "money", "amb-q-funds"))),
    Art("ml12-ambulance-strike", "tagespost-sued.example", "panorama/italien-rettungsdienst-streik-1.8812",
        "2026-10-15", "de",
        "Rettungsdienst in Sorvenna streikt – Hunderte Notrufe verzögert",
        ("In der italienischen Region Sorvenna streiken seit Dienstag rund 1.200 Rettungssanitäter und Fahrer. "
         "Nach Angaben der regionalen Gesundheitsbehörde wurden bis Mittwochmorgen mehr als 450 Notrufe verspätet "
         "bearbeitet.",
         "„Mit Fahrzeugen, die auseinanderfallen, kann man keine Leben retten“, sagte Gewerkschaftssekretärin "
         "Ilaria Benvenuti. Sie drohte, den Ausstand um eine weitere Woche zu verlängern.",
         "Das Angebot von 14 Millionen Euro für neue Fahrzeuge liege weiterhin auf dem Tisch, sagte Regionalrat "
         "Stefano Corradi. Alle lebensbedrohlichen Notfälle seien versorgt worden, betonte er."),
        (St("Gesundheitsbehörde ⟦wurden bis Mittwochmorgen mehr als 450 Notrufe verspätet bearbeitet⟧",
            "Sorvenna health authority", "indirect", "amb-u5"),
         St("„⟦Mit Fahrzeugen, die auseinanderfallen, kann man keine Leben retten⟧“", "Ilaria Benvenuti", "direct",
            "amb-u1"),
         St("Sie drohte, ⟦den Ausstand um eine weitere Woche zu verlängern⟧", "Ilaria Benvenuti", "indirect",
            "amb-u6"),
         St("⟦Das Angebot von 14 Millionen Euro für neue Fahrzeuge liege weiterhin auf dem Tisch⟧, sagte",
            "Stefano Corradi", "indirect", "amb-u4"),
         St("⟦Alle lebensbedrohlichen Notfälle seien versorgt worden⟧, betonte", "Stefano Corradi", "indirect",
            "amb-u3")),
        (Fg("rund ⟦1.200⟧ Rettungssanitäter", 1200, "about", "other", "amb-q-strikers"),
         Fg("mehr als ⟦450⟧ Notrufe", 450, "more than", "other", "amb-q-calls"),
         Fg("von ⟦14 Millionen Euro⟧ für", 14000000, None, "money", "amb-q-funds"))),
    Art("ml12-ambulance-strike", "hankyeolsinmun.example", "article/2026101507731", "2026-10-15", "ko",
        "이탈리아 소르벤나 구급대원 파업…응급 신고 450여 건 지연",
        ("이탈리아 북부 소르벤나주의 구급차 운전원과 구급대원 1천200여 명이 13일부터 파업에 들어갔다. 현지 "
         "보건당국에 따르면 14일 오전까지 응급 신고 450여 건의 처리가 늦어졌다.",
         "자율구급노조의 일라리아 벤베누티 위원장은 “부서져 가는 차량으로는 생명을 구할 수 없다”고 말했다. 그는 "
         "파업을 한 주 더 연장할 수도 있다고 경고했다.",
         "스테파노 코라디 주 보건담당 위원은 새 구급차 구입에 1천400만 유로를 투입하겠다는 제안이 여전히 "
         "유효하다고 말했다."),
        (St("따르면 ⟦14일 오전까지 응급 신고 450여 건의 처리가 늦어졌다⟧", "Sorvenna health authority",
            "indirect", "amb-u5"),
         St("“⟦부서져 가는 차량으로는 생명을 구할 수 없다⟧”", "Ilaria Benvenuti", "direct", "amb-u1"),
         St("그는 ⟦파업을 한 주 더 연장할 수도 있다⟧고", "Ilaria Benvenuti", "indirect", "amb-u6"),
         St("위원은 ⟦새 구급차 구입에 1천400만 유로를 투입하겠다는 제안이 여전히 유효하다⟧고", "Stefano Corradi",
            "indirect", "amb-u4")),
        (Fg("구급대원 ⟦1천200여⟧ 명", 1200, "more than", "other", "amb-q-strikers"),
         Fg("응급 신고 ⟦450여⟧ 건의", 450, "more than", "other", "amb-q-calls"),
         Fg("구입에 ⟦1천400만 유로⟧를", 14000000, None, "money", "amb-q-funds"))),
    Art("ml12-ambulance-strike", "lavozdelestuario.example", "internacional/huelga-ambulancias-sorvenna",
        "2026-10-15", "es",
        "Huelga de ambulancias en la región italiana de Sorvenna",
        ("Más de mil técnicos y conductores de ambulancias de la región italiana de Sorvenna mantienen desde el "
         "martes una huelga por el estado de los vehículos. Unas 450 llamadas de emergencia se atendieron con "
         "retraso, según la autoridad sanitaria regional.",
         "\"No podemos salvar vidas con vehículos que se caen a pedazos\", afirmó la dirigente sindical Ilaria "
         "Benvenuti, quien advirtió de que el paro podría prolongarse una semana más.",
         "El consejero regional de Sanidad, Stefano Corradi, dijo que todas las urgencias vitales fueron cubiertas."),
        (St("⟦Unas 450 llamadas de emergencia se atendieron con retraso⟧, según", "Sorvenna health authority",
            "indirect", "amb-u5"),
         St("\"⟦No podemos salvar vidas con vehículos que se caen a pedazos⟧\"", "Ilaria Benvenuti", "direct",
            "amb-u1"),
         St("advirtió de que ⟦el paro podría prolongarse una semana más⟧", "Ilaria Benvenuti", "indirect", "amb-u6"),
         St("dijo que ⟦todas las urgencias vitales fueron cubiertas⟧", "Stefano Corradi", "indirect", "amb-u3")),
        (Fg("Más de ⟦mil⟧ técnicos", 1000, "more than", "other", "amb-q-strikers"),
         Fg("Unas ⟦450⟧ llamadas", 450, "about", "other", "amb-q-calls"))),
    Art("ml12-ambulance-strike", "continentaldispatch.example", "europe/2026/10/14/sorvenna-ambulance-strike",
        "2026-10-14", "en",
        "Ambulance crews walk out across Italy's Sorvenna region",
        ("Some 1,200 paramedics and ambulance drivers in the northern Italian region of Sorvenna went on strike on "
         "Tuesday, and 312 emergency calls had been answered late by the evening, the regional health authority "
         "said.",
         '"We cannot save lives in vehicles that are falling apart," said Ilaria Benvenuti, who leads the '
         "paramedics' union. She said a third of the fleet was more than 12 years old.",
         "Stefano Corradi, the region's health commissioner, insisted that every life-threatening call had been "
         'covered, and that €14 million for new vehicles remained "on the table".'),
        (St("and ⟦312 emergency calls had been answered late by the evening⟧", "Sorvenna health authority",
            "indirect", "amb-u7"),
         St('"⟦We cannot save lives in vehicles that are falling apart⟧,"', "Ilaria Benvenuti", "direct", "amb-u1"),
         St("She said ⟦a third of the fleet was more than 12 years old⟧", "Ilaria Benvenuti", "indirect", "amb-u2"),
         St("insisted that ⟦every life-threatening call had been covered⟧", "Stefano Corradi", "indirect", "amb-u3"),
         St('and that ⟦€14 million for new vehicles remained "on the table"⟧', "Stefano Corradi", "partial",
            "amb-u4")),
        (Fg("Some ⟦1,200⟧ paramedics", 1200, "about", "other", "amb-q-strikers"),
         Fg("and ⟦312⟧ emergency", 312, None, "other", "amb-q-calls"),
         Fg("that ⟦€14 million⟧ for", 14000000, None, "money", "amb-q-funds"))),
)

_BRIDGE: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-bridge-fire (TEST)
    Art("ml12-bridge-fire", "lechodelossagne.example", "verancourt/incendie-camion-pont-ossagne", "2026-09-02",
        "fr",
        "Vérancourt : le pont de l'Ossagne fermé après l'incendie d'un poids lourd",
        ("Un camion chargé de pneus a pris feu mardi soir au milieu du pont de l'Ossagne, à Vérancourt. Une "
         "soixantaine de pompiers ont lutté pendant quatre heures contre les flammes ; le chauffeur et un "
         "sapeur-pompier ont été légèrement blessés.",
         f"«{NB}Le pont restera fermé tant que des experts n'auront pas garanti sa solidité{NB}», a annoncé "
         "mercredi le préfet, Gilles Vernassac. Selon la commandante des pompiers, Sophie Lannoy, le tablier "
         "métallique a plié sous l'effet de la chaleur. D'après une source proche de l'enquête, les freins du "
         "camion auraient surchauffé dans la descente.",
         f"Quelque 18{NB}000 véhicules empruntent chaque jour l'ouvrage. Le maire, Hervé Dutreil, craint que la "
         f"commune ne se retrouve «{NB}coupée en deux pour des mois{NB}». Les réparations coûteront au moins "
         "6 millions d'euros, selon le conseil départemental."),
        (St(f"«{NB}⟦Le pont restera fermé tant que des experts n'auront pas garanti sa solidité⟧{NB}»",
            "Gilles Vernassac", "direct", "brf-u1"),
         St("Lannoy, ⟦le tablier métallique a plié sous l'effet de la chaleur⟧", "Sophie Lannoy", "indirect",
            "brf-u2"),
         St("l'enquête, ⟦les freins du camion auraient surchauffé dans la descente⟧", "Vérancourt investigation source",
            "indirect", "brf-u3"),
         St(f"craint que ⟦la commune ne se retrouve «{NB}coupée en deux pour des mois{NB}»⟧", "Hervé Dutreil",
            "partial", "brf-u4"),
         St("⟦Les réparations coûteront au moins 6 millions d'euros⟧, selon", "Ossagne departmental council",
            "indirect", "brf-u5")),
        (Fg("⟦Une soixantaine⟧ de pompiers", 60, "about", "other", "brf-q-firefighters"),
         Fg(f"Quelque ⟦18{NB}000⟧ véhicules", 18000, "about", "other", "brf-q-traffic"),
         Fg("au moins ⟦6 millions d'euros⟧", 6000000, "at least", "money", "brf-q-cost"))),
    Art("ml12-bridge-fire", "rheintal-anzeiger.example", "welt/frankreich-lkw-brand-bruecke-gesperrt",
        "2026-09-03", "de",
        "Lkw-Brand legt Brücke in Frankreich lahm",
        ("Nach dem Brand eines mit Altreifen beladenen Lastwagens ist die Ossagne-Brücke im französischen "
         "Vérancourt auf unbestimmte Zeit gesperrt. Zwei Menschen wurden leicht verletzt, rund 60 Feuerwehrleute "
         "waren im Einsatz.",
         "„Die Brücke bleibt gesperrt, bis Gutachter ihre Standfestigkeit bestätigt haben“, sagte Präfekt Gilles "
         "Vernassac. Aus Ermittlerkreisen hieß es, die Bremsen des Lastwagens hätten sich auf der Gefällestrecke "
         "überhitzt.",
         "Täglich überqueren rund 18.000 Fahrzeuge den Fluss an dieser Stelle. Der Schaden wird auf mindestens "
         "sechs Millionen Euro geschätzt."),
        (St("„⟦Die Brücke bleibt gesperrt, bis Gutachter ihre Standfestigkeit bestätigt haben⟧“", "Gilles Vernassac",
            "direct", "brf-u1"),
         St("hieß es, ⟦die Bremsen des Lastwagens hätten sich auf der Gefällestrecke überhitzt⟧",
            "Vérancourt investigation source", "indirect", "brf-u3")),
        (Fg("⟦Zwei⟧ Menschen", 2, None, "wounded", "brf-q-injured"),
         Fg("rund ⟦60⟧ Feuerwehrleute", 60, "about", "other", "brf-q-firefighters"),
         Fg("rund ⟦18.000⟧ Fahrzeuge", 18000, "about", "other", "brf-q-traffic"),
         Fg("mindestens ⟦sechs Millionen Euro⟧", 6000000, "at least", "money", "brf-q-cost"))),
    Art("ml12-bridge-fire", "haeoreumilbo.example", "news/articleView.html?idxno=31877", "2026-09-03", "ko",
        "프랑스 베랑쿠르 다리 위 화물차 화재…교량 무기한 폐쇄",
        ("프랑스 중부 베랑쿠르의 오사뉴강 다리 위에서 1일 밤 폐타이어를 실은 화물차에 불이 나 운전기사와 "
         "소방관 등 2명이 다쳤다. 현장에는 소방관 60여 명이 투입됐다.",
         "질 베르나사크 지사는 “전문가들이 안전성을 확인할 때까지 다리를 열지 않겠다”고 말했다. 수사 관계자는 "
         "화물차 브레이크가 내리막길에서 과열된 것으로 보인다고 전했다.",
         "이 다리는 하루 1만8천 대의 차량이 오가는 지역 교통의 요지다. 복구 비용은 최소 600만 유로로 추산된다."),
        (St("“⟦전문가들이 안전성을 확인할 때까지 다리를 열지 않겠다⟧”", "Gilles Vernassac", "direct", "brf-u1"),
         St("관계자는 ⟦화물차 브레이크가 내리막길에서 과열된 것으로 보인다⟧고", "Vérancourt investigation source",
            "indirect", "brf-u3")),
        (Fg("등 ⟦2⟧명이", 2, None, "wounded", "brf-q-injured"),
         Fg("소방관 ⟦60여⟧ 명", 60, "more than", "other", "brf-q-firefighters"),
         Fg("하루 ⟦1만8천⟧ 대", 18000, None, "other", "brf-q-traffic"),
         Fg("최소 ⟦600만 유로⟧", 6000000, "at least", "money", "brf-q-cost"))),
    Art("ml12-bridge-fire", "diariodaserrania.example", "mundo/incendio-camiao-ponte-franca", "2026-09-03", "pt",
        "Incêndio em camião obriga a fechar ponte em França",
        ("Uma ponte sobre o rio Ossagne, em Vérancourt, no centro de França, foi encerrada depois de um camião "
         "carregado de pneus usados se ter incendiado sobre o tabuleiro. Duas pessoas ficaram feridas e cerca de "
         "70 bombeiros foram mobilizados.",
         "Segundo o prefeito Gilles Vernassac, a ponte permanecerá fechada até que os peritos garantam a sua "
         "solidez. O presidente da câmara, Hervé Dutreil, teme que a vila fique \"dividida ao meio durante "
         "meses\".",
         "Pela ponte passam 18 mil veículos por dia."),
        (St("Vernassac, ⟦a ponte permanecerá fechada até que os peritos garantam a sua solidez⟧", "Gilles Vernassac",
            "indirect", "brf-u1"),
         St("teme que ⟦a vila fique \"dividida ao meio durante meses\"⟧", "Hervé Dutreil", "partial", "brf-u4")),
        (Fg("⟦Duas⟧ pessoas", 2, None, "wounded", "brf-q-injured"),
         Fg("cerca de ⟦70⟧ bombeiros", 70, "about", "other", "brf-q-firefighters"),
         Fg("passam ⟦18 mil⟧ veículos", 18000, None, "other", "brf-q-traffic"))),
    Art("ml12-bridge-fire", "ridgelinepost.example", "world/2026/09/03/verancourt-bridge-lorry-fire",
        "2026-09-03", "en",
        "Lorry fire shuts French river bridge",
        ("A bridge over the Ossagne river in the French town of Vérancourt has been closed after a lorry loaded "
         "with old tyres caught fire on it late on Tuesday. Two people, the driver and a firefighter, suffered "
         "minor injuries.",
         '"The bridge will stay closed until engineers can vouch for its strength," said Gilles Vernassac, the '
         "regional prefect. Fire commander Sophie Lannoy said the steel deck had buckled in the heat. More than "
         "70 firefighters fought the blaze for four hours.",
         "Repairs will cost at least €6 million, according to the departmental council. Some 18,000 vehicles a "
         'day normally cross the bridge, and mayor Hervé Dutreil warned that the town could be "cut in two for '
         'months".'),
        (St('"⟦The bridge will stay closed until engineers can vouch for its strength⟧,"', "Gilles Vernassac",
            "direct", "brf-u1"),
         St("Lannoy said ⟦the steel deck had buckled in the heat⟧", "Sophie Lannoy", "indirect", "brf-u2"),
         St("⟦Repairs will cost at least €6 million⟧, according to", "Ossagne departmental council", "indirect",
            "brf-u5"),
         St('warned that ⟦the town could be "cut in two for months"⟧', "Hervé Dutreil", "partial", "brf-u4")),
        (Fg("⟦Two⟧ people", 2, None, "wounded", "brf-q-injured"),
         Fg("More than ⟦70⟧ firefighters", 70, "more than", "other", "brf-q-firefighters"),
         Fg("at least ⟦€6 million⟧", 6000000, "at least", "money", "brf-q-cost"),
         Fg("Some ⟦18,000⟧ vehicles", 18000, "about", "other", "brf-q-traffic"))),
)

_ARREST: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-forest-fire-arrest (TEST)
    Art("ml12-forest-fire-arrest", "heraldodelasierra.example", "provincia/detenido-incendio-sierra-montejara",
        "2026-08-19", "es",
        "Detenido un vecino de Peñalisa como presunto autor del incendio de la sierra de Montejara",
        ("La Guardia Civil detuvo el lunes a un hombre de 47 años como presunto autor del incendio que ha arrasado "
         "unas 2.300 hectáreas en la sierra de Montejara y obligó a desalojar a unos 600 vecinos. Tres bomberos "
         "forestales resultaron heridos durante la extinción.",
         "Según la Guardia Civil, el detenido fue visto abandonando la zona en una furgoneta minutos antes de que "
         "aparecieran las primeras llamas. \"Quien prende fuego al monte pone en peligro a todo un pueblo\", declaró "
         "la consejera de Medio Ambiente, Marta Olaizola.",
         "Su abogado, Íñigo Larrazábal, aseguró que su cliente niega cualquier implicación. El fuego se da por "
         "estabilizado desde la madrugada del martes."),
        (St("Según la Guardia Civil, ⟦el detenido fue visto abandonando la zona en una furgoneta minutos antes de "
            "que aparecieran las primeras llamas⟧", "Montejara Guardia Civil", "indirect", "ffa-u1"),
         St("\"⟦Quien prende fuego al monte pone en peligro a todo un pueblo⟧\"", "Marta Olaizola", "direct",
            "ffa-u2"),
         St("aseguró que ⟦su cliente niega cualquier implicación⟧", "Íñigo Larrazábal", "indirect", "ffa-u3")),
        (Fg("unas ⟦2.300⟧ hectáreas", 2300, "about", "other", "ffa-q-area"),
         Fg("unos ⟦600⟧ vecinos", 600, "about", "displaced", "ffa-q-evacuated"),
         Fg("⟦Tres⟧ bomberos", 3, None, "wounded", "ffa-q-injured"))),
    Art("ml12-forest-fire-arrest", "isarspiegel.example", "panorama/spanien-waldbrand-festnahme-1.5530",
        "2026-08-19", "de",
        "Waldbrand in Spanien: Mutmaßlicher Brandstifter festgenommen",
        ("Nach dem verheerenden Waldbrand in der spanischen Sierra de Montejara hat die Guardia Civil einen "
         "47-jährigen Mann festgenommen. Das Feuer vernichtete rund 2.300 Hektar Wald, 600 Anwohner mussten ihre "
         "Häuser verlassen.",
         "Der Verdächtige sei kurz vor Ausbruch der Flammen mit einem Lieferwagen aus dem Gebiet weggefahren, "
         "teilte die Guardia Civil mit. „Wer den Wald anzündet, bringt ein ganzes Dorf in Gefahr“, sagte die "
         "regionale Umweltministerin Marta Olaizola.",
         "Sein Anwalt Íñigo Larrazábal erklärte, sein Mandant bestreite jede Beteiligung. Drei Feuerwehrleute "
         "wurden bei den Löscharbeiten verletzt."),
        (St("⟦Der Verdächtige sei kurz vor Ausbruch der Flammen mit einem Lieferwagen aus dem Gebiet "
            "weggefahren⟧, teilte", "Montejara Guardia Civil", "indirect", "ffa-u1"),
         St("„⟦Wer den Wald anzündet, bringt ein ganzes Dorf in Gefahr⟧“", "Marta Olaizola", "direct", "ffa-u2"),
         St("erklärte, ⟦sein Mandant bestreite jede Beteiligung⟧", "Íñigo Larrazábal", "indirect", "ffa-u3")),
        (Fg("rund ⟦2.300⟧ Hektar", 2300, "about", "other", "ffa-q-area"),
         Fg("⟦600⟧ Anwohner", 600, None, "displaced", "ffa-q-evacuated"),
         Fg("⟦Drei⟧ Feuerwehrleute", 3, None, "wounded", "ffa-q-injured"))),
    Art("ml12-forest-fire-arrest", "ilmessaggerodelmonte.example", "esteri/spagna-arrestato-piromane-montejara",
        "2026-08-20", "it",
        "Spagna, arrestato il presunto piromane della sierra di Montejara",
        ("È un uomo di 47 anni il presunto responsabile del rogo che in Spagna ha divorato oltre 2.300 ettari di "
         "bosco nella sierra di Montejara. Seicento residenti sono stati evacuati dal paese di Peñalisa e dalle "
         "frazioni vicine.",
         "Per la Guardia Civil l'uomo si sarebbe allontanato con un furgone pochi minuti prima che divampassero le "
         "fiamme. Il suo legale, Íñigo Larrazábal, ha fatto sapere che l'uomo respinge ogni accusa.",
         "«Chi dà fuoco al bosco mette in pericolo un intero paese», ha dichiarato l'assessora regionale "
         "all'Ambiente Marta Olaizola, secondo cui l'incendio è ormai sotto controllo."),
        (St("Guardia Civil ⟦l'uomo si sarebbe allontanato con un furgone pochi minuti prima che divampassero le "
            "fiamme⟧", "Montejara Guardia Civil", "indirect", "ffa-u1"),
         St("sapere che ⟦l'uomo respinge ogni accusa⟧", "Íñigo Larrazábal", "indirect", "ffa-u3"),
         St("«⟦Chi dà fuoco al bosco mette in pericolo un intero paese⟧»", "Marta Olaizola", "direct", "ffa-u2"),
         St("secondo cui ⟦l'incendio è ormai sotto controllo⟧", "Marta Olaizola", "indirect", "ffa-u4")),
        (Fg("oltre ⟦2.300⟧ ettari", 2300, "more than", "other", "ffa-q-area"),
         Fg("⟦Seicento⟧ residenti", 600, None, "displaced", "ffa-q-evacuated"))),
    Art("ml12-forest-fire-arrest", "lesnouvellesdusud.example", "monde/espagne-suspect-incendie-montejara",
        "2026-08-20", "fr",
        "Espagne : un suspect arrêté après l'incendie de la sierra de Montejara",
        ("Un homme de 47 ans a été interpellé lundi en Espagne, soupçonné d'avoir allumé l'incendie qui a parcouru "
         f"près de 2{NB}400 hectares dans la sierra de Montejara. Quelque 600 habitants avaient été évacués et trois "
         "pompiers blessés.",
         "D'après la Guardia Civil, le suspect a été aperçu quittant les lieux à bord d'une camionnette peu avant le "
         f"départ du feu. Son avocat, Íñigo Larrazábal, affirme que son client «{NB}n'a rien à voir{NB}» avec le "
         "sinistre.",
         f"«{NB}Celui qui met le feu à la forêt met en danger tout un village{NB}», a réagi la responsable régionale "
         "de l'Environnement, Marta Olaizola. Elle a précisé que le feu était désormais maîtrisé."),
        (St("Guardia Civil, ⟦le suspect a été aperçu quittant les lieux à bord d'une camionnette peu avant le départ "
            "du feu⟧", "Montejara Guardia Civil", "indirect", "ffa-u1"),
         St(f"affirme que ⟦son client «{NB}n'a rien à voir{NB}» avec le sinistre⟧", "Íñigo Larrazábal", "partial",
            "ffa-u3"),
         St(f"«{NB}⟦Celui qui met le feu à la forêt met en danger tout un village⟧{NB}»", "Marta Olaizola", "direct",
            "ffa-u2"),
         St("Elle a précisé que ⟦le feu était désormais maîtrisé⟧", "Marta Olaizola", "indirect", "ffa-u4")),
        (Fg(f"près de ⟦2{NB}400⟧ hectares", 2400, "nearly", "other", "ffa-q-area"),
         Fg("Quelque ⟦600⟧ habitants", 600, "about", "displaced", "ffa-q-evacuated"),
         Fg("et ⟦trois⟧ pompiers", 3, None, "wounded", "ffa-q-injured"))),
    Art("ml12-forest-fire-arrest", "bitgaramnews.example", "world/2026/08/20/montejara-arson", "2026-08-20", "ko",
        "스페인 몬테하라 산불 방화 용의자 체포",
        ("스페인 몬테하라 산맥 일대 산림 2천300헥타르를 태운 산불의 방화 용의자로 40대 남성이 체포됐다. 이 불로 "
         "주민 600여 명이 대피했고 산림 소방대원 3명이 다쳤다.",
         "스페인 치안경찰대(과르디아 시빌)에 따르면 이 남성은 불길이 처음 목격되기 몇 분 전 승합차를 타고 현장을 "
         "떠나는 모습이 포착됐다.",
         "마르타 올라이솔라 주 환경장관은 “숲에 불을 지르는 사람은 마을 전체를 위험에 빠뜨린다”고 말했다. "
         "용의자의 변호인 이니고 라라사발은 의뢰인이 혐의를 전면 부인하고 있다고 밝혔다."),
        (St("따르면 ⟦이 남성은 불길이 처음 목격되기 몇 분 전 승합차를 타고 현장을 떠나는 모습이 포착됐다⟧",
            "Montejara Guardia Civil", "indirect", "ffa-u1"),
         St("“⟦숲에 불을 지르는 사람은 마을 전체를 위험에 빠뜨린다⟧”", "Marta Olaizola", "direct", "ffa-u2"),
         St("라라사발은 ⟦의뢰인이 혐의를 전면 부인하고 있다⟧고", "Íñigo Larrazábal", "indirect", "ffa-u3")),
        (Fg("산림 ⟦2천300⟧헥타르", 2300, None, "other", "ffa-q-area"),
         Fg("주민 ⟦600여⟧ 명", 600, "more than", "displaced", "ffa-q-evacuated"),
         Fg("소방대원 ⟦3⟧명", 3, None, "wounded", "ffa-q-injured"))),
)

_DAM: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-dam-release (TEST)
    Art("ml12-dam-release", "folhadocaiabu.example", "cidades/2026/11/03/comportas-pedra-alvarenga", "2026-11-03",
        "pt",
        "Abertura de comportas alaga Pedra Alvarenga e deixa 4 mil desalojados",
        ("A abertura das comportas da barragem do rio Caiabu, na madrugada de segunda-feira, inundou bairros "
         "inteiros de Pedra Alvarenga. Cerca de 4 mil pessoas deixaram suas casas e dois pescadores estão "
         "desaparecidos. Mais de 1.200 casas foram atingidas pela água.",
         "\"A água chegou em menos de uma hora e ninguém nos avisou\", disse a prefeita Marisa Furtado. Ela afirmou "
         "que vai cobrar indenização da empresa.",
         "Em nota, a Hidrelétrica Caiabu informou que a vazão de 1.800 metros cúbicos por segundo foi necessária "
         "para garantir a segurança da estrutura. De acordo com o coordenador da Defesa Civil, Renato Ibiapina, as "
         "buscas pelos pescadores foram retomadas ao amanhecer."),
        (St("\"⟦A água chegou em menos de uma hora e ninguém nos avisou⟧\"", "Marisa Furtado", "direct", "dmr-u2"),
         St("Ela afirmou que ⟦vai cobrar indenização da empresa⟧", "Marisa Furtado", "indirect", "dmr-u4"),
         St("informou que ⟦a vazão de 1.800 metros cúbicos por segundo foi necessária para garantir a segurança da "
            "estrutura⟧", "Hidrelétrica Caiabu", "indirect", "dmr-u1"),
         St("Ibiapina, ⟦as buscas pelos pescadores foram retomadas ao amanhecer⟧", "Renato Ibiapina", "indirect",
            "dmr-u3")),
        (Fg("Cerca de ⟦4 mil⟧ pessoas", 4000, "about", "displaced", "dmr-q-displaced"),
         Fg("e ⟦dois⟧ pescadores", 2, None, "missing", "dmr-q-missing"),
         Fg("Mais de ⟦1.200⟧ casas", 1200, "more than", "other", "dmr-q-homes"),
         Fg("vazão de ⟦1.800⟧ metros", 1800, None, "other", "dmr-q-flow"))),
    Art("ml12-dam-release", "elcorreodelplata.example", "internacional/brasil-represa-compuertas-inundacion",
        "2026-11-03", "es",
        "Brasil: la apertura de una represa inunda un municipio y obliga a evacuar a más de 4.000 personas",
        ("Más de 4.000 personas tuvieron que abandonar sus viviendas en el municipio brasileño de Pedra Alvarenga "
         "después de que la empresa que gestiona una represa sobre el río Caiabu abriera sus compuertas. Dos "
         "pescadores siguen desaparecidos.",
         "\"El agua llegó en menos de una hora y nadie nos avisó\", denunció la alcaldesa, Marisa Furtado. La "
         "compañía, Hidrelétrica Caiabu, sostuvo en un comunicado que la descarga era imprescindible para proteger "
         "la estructura.",
         "Según Defensa Civil, el agua alcanzó unas 1.200 viviendas."),
        (St("\"⟦El agua llegó en menos de una hora y nadie nos avisó⟧\"", "Marisa Furtado", "direct", "dmr-u2"),
         St("comunicado que ⟦la descarga era imprescindible para proteger la estructura⟧", "Hidrelétrica Caiabu",
            "indirect", "dmr-u1"),
         St("Según Defensa Civil, ⟦el agua alcanzó unas 1.200 viviendas⟧", "Pedra Alvarenga civil defence",
            "indirect", "dmr-u5")),
        (Fg("Más de ⟦4.000⟧ personas", 4000, "more than", "displaced", "dmr-q-displaced"),
         Fg("⟦Dos⟧ pescadores", 2, None, "missing", "dmr-q-missing"),
         Fg("unas ⟦1.200⟧ viviendas", 1200, "about", "other", "dmr-q-homes"))),
    Art("ml12-dam-release", "globalwirereport.example", "americas/2026/11/04/brazil-dam-floodgates",
        "2026-11-04", "en",
        "Thousands flee as Brazilian dam operator opens floodgates",
        ("Some 5,300 people have been forced from their homes in the Brazilian town of Pedra Alvarenga after the "
         "operator of a hydroelectric dam upstream released water at 1,800 cubic metres a second. Two fishermen, a "
         "father and his son, are missing.",
         '"The water came in less than an hour and nobody warned us," said the mayor, Marisa Furtado. She said the '
         "town would seek compensation from the company, Hidrelétrica Caiabu, which said in a statement that the "
         "release had been needed to keep the dam safe.",
         "Civil defence says about 1,200 homes were flooded. Its coordinator, Renato Ibiapina, said the search for "
         "the fishermen would resume at first light."),
        (St('"⟦The water came in less than an hour and nobody warned us⟧,"', "Marisa Furtado", "direct", "dmr-u2"),
         St("She said ⟦the town would seek compensation from the company, Hidrelétrica Caiabu⟧", "Marisa Furtado",
            "indirect", "dmr-u4"),
         St("statement that ⟦the release had been needed to keep the dam safe⟧", "Hidrelétrica Caiabu",
            "indirect", "dmr-u1"),
         St("Civil defence says ⟦about 1,200 homes were flooded⟧", "Pedra Alvarenga civil defence", "indirect",
            "dmr-u5"),
         St("Ibiapina, said ⟦the search for the fishermen would resume at first light⟧", "Renato Ibiapina",
            "indirect", "dmr-u3")),
        (Fg("Some ⟦5,300⟧ people", 5300, "about", "displaced", "dmr-q-displaced"),
         Fg("at ⟦1,800⟧ cubic", 1800, None, "other", "dmr-q-flow"),
         Fg("⟦Two⟧ fishermen", 2, None, "missing", "dmr-q-missing"),
         Fg("about ⟦1,200⟧ homes", 1200, "about", "other", "dmr-q-homes"))),
    Art("ml12-dam-release", "mainpfalz-bote.example", "welt/brasilien-schleusen-geoeffnet-pedra-alvarenga",
        "2026-11-04", "de",
        "Brasilien: Kraftwerksbetreiber öffnet Schleusen – Tausende auf der Flucht vor dem Wasser",
        ("In der brasilianischen Kleinstadt Pedra Alvarenga haben rund 5.300 Menschen ihre Häuser verlassen müssen, "
         "nachdem der Betreiber eines Wasserkraftwerks am Fluss Caiabu die Schleusen geöffnet hatte. Mehr als 1.000 "
         "Häuser stehen unter Wasser, zwei Fischer werden vermisst.",
         "Bürgermeisterin Marisa Furtado erhob schwere Vorwürfe: „Das Wasser kam in weniger als einer Stunde, und "
         "niemand hat uns gewarnt.“ Die Stadt werde den Konzern auf Schadenersatz verklagen, kündigte sie an.",
         "Das Unternehmen Hidrelétrica Caiabu erklärte, der Ablass sei notwendig gewesen, um die Staumauer zu "
         "sichern."),
        (St("„⟦Das Wasser kam in weniger als einer Stunde, und niemand hat uns gewarnt⟧.“", "Marisa Furtado",
            "direct", "dmr-u2"),
         St("⟦Die Stadt werde den Konzern auf Schadenersatz verklagen⟧, kündigte", "Marisa Furtado", "indirect",
            "dmr-u4"),
         St("erklärte, ⟦der Ablass sei notwendig gewesen, um die Staumauer zu sichern⟧", "Hidrelétrica Caiabu",
            "indirect", "dmr-u1")),
        (Fg("rund ⟦5.300⟧ Menschen", 5300, "about", "displaced", "dmr-q-displaced"),
         Fg("Mehr als ⟦1.000⟧ Häuser", 1000, "more than", "other", "dmr-q-homes"),
         Fg("⟦zwei⟧ Fischer", 2, None, "missing", "dmr-q-missing"))),
    Art("ml12-dam-release", "dongnyeokilbo.example", "news/articleView.html?idxno=52206", "2026-11-04", "ko",
        "브라질 댐 수문 개방에 마을 침수…5천300여 명 대피",
        ("브라질 남동부 페드라 알바렝가시에서 상류 수력발전 댐이 수문을 열면서 주택 1천200여 채가 물에 잠기고 "
         "주민 5천300여 명이 대피했다. 부자 관계인 어민 2명은 실종됐다.",
         "마리자 푸르타두 시장은 “한 시간도 안 돼 물이 들이닥쳤는데 아무도 우리에게 알려주지 않았다”고 분통을 "
         "터뜨렸다. 그는 댐 운영사에 피해 보상을 요구하겠다고 말했다.",
         "댐 운영사인 이드렐레트리카 카이아부는 성명을 내고 초당 1천800㎥의 방류는 댐 구조물의 안전을 위해 "
         "불가피했다고 해명했다."),
        (St("“⟦한 시간도 안 돼 물이 들이닥쳤는데 아무도 우리에게 알려주지 않았다⟧”", "Marisa Furtado", "direct",
            "dmr-u2"),
         St("그는 ⟦댐 운영사에 피해 보상을 요구하겠다⟧고", "Marisa Furtado", "indirect", "dmr-u4"),
         St("성명을 내고 ⟦초당 1천800㎥의 방류는 댐 구조물의 안전을 위해 불가피했다⟧고", "Hidrelétrica Caiabu",
            "indirect", "dmr-u1")),
        (Fg("주택 ⟦1천200여⟧ 채", 1200, "more than", "other", "dmr-q-homes"),
         Fg("주민 ⟦5천300여⟧ 명", 5300, "more than", "displaced", "dmr-q-displaced"),
         Fg("어민 ⟦2⟧명", 2, None, "missing", "dmr-q-missing"),
         Fg("초당 ⟦1천800⟧㎥", 1800, None, "other", "dmr-q-flow"))),
)

_FERRY: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-ferry-fire (TEST)
    Art("ml12-ferry-fire", "ojornaldasilhas.example", "regiao/incendio-lusitania-prima", "2026-07-21", "pt",
        "Incêndio a bordo do Lusitânia Prima faz um morto",
        ("Um tripulante morreu e 11 pessoas receberam assistência por inalação de fumo depois de um incêndio ter "
         "deflagrado na casa das máquinas do ferry Lusitânia Prima, que fazia a ligação entre a ilha de Santa "
         "Olívia e Porto Cardeal com 450 pessoas a bordo.",
         "Segundo a porta-voz da Autoridade Marítima, Inês Carrapatoso, as chamas começaram num dos motores e foram "
         "dominadas ao fim de duas horas. Todos os passageiros foram transferidos para outra embarcação.",
         "\"A empresa lamenta profundamente a perda do nosso colega\", lê-se num comunicado da Transportes Marítimos "
         "Insulares. O passageiro Tiago Abrunhosa contou que viu \"fumo negro a sair do convés\" antes de soar o "
         "alarme."),
        (St("Carrapatoso, ⟦as chamas começaram num dos motores e foram dominadas ao fim de duas horas⟧",
            "Inês Carrapatoso", "indirect", "fyf-u1"),
         St("\"⟦A empresa lamenta profundamente a perda do nosso colega⟧\"", "Transportes Marítimos Insulares",
            "direct", "fyf-u2"),
         St("contou que ⟦viu \"fumo negro a sair do convés\" antes de soar o alarme⟧", "Tiago Abrunhosa", "partial",
            "fyf-u3")),
        (Fg("⟦Um⟧ tripulante", 1, None, "killed", "fyf-q-killed"),
         Fg("e ⟦11⟧ pessoas", 11, None, "wounded", "fyf-q-smoke"),
         Fg("com ⟦450⟧ pessoas", 450, None, "other", "fyf-q-onboard"))),
    Art("ml12-ferry-fire", "lanazionemarittima.example", "esteri/portogallo-incendio-traghetto-lusitania-prima",
        "2026-07-21", "it",
        "Portogallo, incendio sul traghetto Lusitânia Prima: un morto",
        ("Un marittimo è morto e una decina di persone sono state soccorse per aver respirato il fumo dopo che un "
         "incendio è scoppiato in sala macchine del traghetto portoghese Lusitânia Prima. A bordo c'erano circa "
         "450 persone.",
         "«Abbiamo visto del fumo nero uscire dal ponte e la gente ha cominciato a correre», ha raccontato "
         "all'emittente locale un passeggero, Tiago Abrunhosa.",
         "Secondo l'Autorità marittima portoghese, il rogo è partito da uno dei motori ed è stato spento in circa "
         "due ore. La compagnia, Transportes Marítimos Insulares, si è detta «profondamente addolorata» per la "
         "perdita del collega."),
        (St("«⟦Abbiamo visto del fumo nero uscire dal ponte e la gente ha cominciato a correre⟧»", "Tiago Abrunhosa",
            "direct", "fyf-u3"),
         St("portoghese, ⟦il rogo è partito da uno dei motori ed è stato spento in circa due ore⟧",
            "Portuguese maritime authority", "indirect", "fyf-u1"),
         St("si è detta ⟦«profondamente addolorata» per la perdita del collega⟧", "Transportes Marítimos Insulares",
            "partial", "fyf-u2")),
        (Fg("⟦Un⟧ marittimo", 1, None, "killed", "fyf-q-killed"),
         Fg("e ⟦una decina⟧ di persone", 10, "about", "wounded", "fyf-q-smoke"),
         Fg("circa ⟦450⟧ persone", 450, "about", "other", "fyf-q-onboard"))),
    Art("ml12-ferry-fire", "leportail-atlantique.example", "monde/portugal-incendie-ferry-un-marin-tue",
        "2026-07-22", "fr",
        "Portugal : un marin tué dans l'incendie d'un ferry",
        ("Un marin a péri et onze personnes ont été intoxiquées par les fumées lors de l'incendie qui s'est déclaré "
         "mardi dans la salle des machines du ferry Lusitânia Prima, au large de Porto Cardeal. Quelque 450 "
         "passagers et membres d'équipage ont été évacués.",
         f"«{NB}Nous avons vu une fumée noire sortir du pont, et tout le monde s'est mis à courir{NB}», raconte Tiago "
         "Abrunhosa, un passager. D'après Inês Carrapatoso, porte-parole de l'Autorité maritime, le feu est parti "
         "d'un moteur.",
         "Elle a ajouté qu'une enquête avait été ouverte pour déterminer les causes du sinistre."),
        (St(f"«{NB}⟦Nous avons vu une fumée noire sortir du pont, et tout le monde s'est mis à courir⟧{NB}»",
            "Tiago Abrunhosa", "direct", "fyf-u3"),
         St("maritime, ⟦le feu est parti d'un moteur⟧", "Inês Carrapatoso", "indirect", "fyf-u1"),
         St("Elle a ajouté qu'⟦une enquête avait été ouverte pour déterminer les causes du sinistre⟧",
            "Inês Carrapatoso", "indirect", "fyf-u4")),
        (Fg("⟦Un⟧ marin", 1, None, "killed", "fyf-q-killed"),
         Fg("et ⟦onze⟧ personnes", 11, None, "wounded", "fyf-q-smoke"),
         Fg("Quelque ⟦450⟧ passagers", 450, "about", "other", "fyf-q-onboard"))),
    Art("ml12-ferry-fire", "kieler-rundschau.example", "welt/portugal-brand-faehre-lusitania-prima",
        "2026-07-22", "de",
        "Feuer auf portugiesischer Fähre – ein Toter",
        ("Bei einem Brand im Maschinenraum der portugiesischen Fähre „Lusitânia Prima“ ist ein Besatzungsmitglied "
         "ums Leben gekommen. Elf Menschen erlitten Rauchvergiftungen; insgesamt waren 450 Menschen an Bord.",
         "Das Feuer sei in einem der Motoren ausgebrochen und nach rund zwei Stunden gelöscht worden, sagte eine "
         "Sprecherin der Seebehörde, Inês Carrapatoso. Man habe eine Untersuchung eingeleitet.",
         "Die Reederei Transportes Marítimos Insulares zeigte sich „zutiefst erschüttert“ über den Tod ihres "
         "Mitarbeiters."),
        (St("⟦Das Feuer sei in einem der Motoren ausgebrochen und nach rund zwei Stunden gelöscht worden⟧, sagte",
            "Inês Carrapatoso", "indirect", "fyf-u1"),
         St("⟦Man habe eine Untersuchung eingeleitet⟧", "Inês Carrapatoso", "indirect", "fyf-u4"),
         St("zeigte sich ⟦„zutiefst erschüttert“ über den Tod ihres Mitarbeiters⟧", "Transportes Marítimos Insulares",
            "partial", "fyf-u2")),
        (Fg("ist ⟦ein⟧ Besatzungsmitglied", 1, None, "killed", "fyf-q-killed"),
         Fg("⟦Elf⟧ Menschen", 11, None, "wounded", "fyf-q-smoke"),
         Fg("insgesamt waren ⟦450⟧ Menschen", 450, None, "other", "fyf-q-onboard"))),
    Art("ml12-ferry-fire", "mulgyeolilbo.example", "article/2026072209284", "2026-07-22", "ko",
        "포르투갈 여객선 기관실 화재…선원 1명 사망",
        ("포르투갈 산타올리비아섬과 포르투카르데알을 오가던 여객선 루시타니아 프리마호 기관실에서 21일 불이 나 "
         "선원 1명이 숨지고 11명이 연기를 들이마셔 치료를 받았다. 배에는 승객과 승무원 450명이 타고 있었다.",
         "포르투갈 해양청 이네스 카라파토주 대변인은 불이 엔진 한 곳에서 시작됐으며 약 2시간 만에 진화됐다고 "
         "밝혔다. 그는 정확한 화재 원인을 조사하고 있다고 덧붙였다.",
         "승객 티아구 아브루뇨자는 “갑판에서 검은 연기가 솟아오르자 사람들이 뛰기 시작했다”고 당시 상황을 "
         "전했다."),
        (St("대변인은 ⟦불이 엔진 한 곳에서 시작됐으며 약 2시간 만에 진화됐다⟧고", "Inês Carrapatoso", "indirect",
            "fyf-u1"),
         St("그는 ⟦정확한 화재 원인을 조사하고 있다⟧고", "Inês Carrapatoso", "indirect", "fyf-u4"),
         St("“⟦갑판에서 검은 연기가 솟아오르자 사람들이 뛰기 시작했다⟧”", "Tiago Abrunhosa", "direct", "fyf-u3")),
        (Fg("선원 ⟦1⟧명", 1, None, "killed", "fyf-q-killed"),
         Fg("⟦11⟧명이 연기", 11, None, "wounded", "fyf-q-smoke"),
         Fg("승무원 ⟦450⟧명", 450, None, "other", "fyf-q-onboard"))),
)

_GOLD: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-gold-heist (TEST)
    Art("ml12-gold-heist", "lerepublicaindemorvelle.example", "faits-divers/braquage-or-aeroport-morvelle",
        "2026-06-10", "fr",
        "Braquage à l'aéroport de Morvelle : 312 kilos d'or envolés",
        ("Six hommes armés et cagoulés ont dérobé mardi soir 312 kilos d'or sur le tarmac de l'aéroport de "
         "Morvelle, au moment où les lingots étaient transférés d'un avion-cargo vers un fourgon blindé. Le butin "
         "est estimé à environ 24 millions d'euros. Deux convoyeurs ont été blessés.",
         f"«{NB}Il s'agit d'une équipe très organisée, qui connaissait les horaires du transfert{NB}», a déclaré "
         "mercredi la procureure de la République, Élodie Ferrandon. Selon une source policière, les malfaiteurs "
         "circulaient à bord d'un faux véhicule des douanes.",
         "Le propriétaire du métal, l'affineur Aurelis, a fait savoir que la cargaison était intégralement "
         "assurée."),
        (St(f"«{NB}⟦Il s'agit d'une équipe très organisée, qui connaissait les horaires du transfert⟧{NB}»",
            "Élodie Ferrandon", "direct", "gld-u1"),
         St("policière, ⟦les malfaiteurs circulaient à bord d'un faux véhicule des douanes⟧", "Morvelle police source",
            "indirect", "gld-u2"),
         St("fait savoir que ⟦la cargaison était intégralement assurée⟧", "Aurelis", "indirect", "gld-u3")),
        (Fg("⟦Six⟧ hommes", 6, None, "other", "gld-q-robbers"),
         Fg("mardi soir ⟦312⟧ kilos", 312, None, "other", "gld-q-weight"),
         Fg("à environ ⟦24 millions d'euros⟧", 24000000, "about", "money", "gld-q-value"),
         Fg("⟦Deux⟧ convoyeurs", 2, None, "wounded", "gld-q-injured"))),
    Art("ml12-gold-heist", "thecapitalherald.example", "world/2026/06/11/morvelle-airport-gold-robbery",
        "2026-06-11", "en",
        "Armed gang seizes gold worth €24m at French airport",
        ("Six armed men stole 312 kilograms of gold bars from the tarmac of Morvelle airport in eastern France on "
         "Tuesday evening, as the bullion was being moved from a cargo plane to an armoured van. The haul is worth "
         "about €24 million. Two guards were hurt.",
         '"This was a highly organised team that knew the transfer schedule," prosecutor Élodie Ferrandon told a '
         "news conference on Wednesday. She said three suspects had been arrested overnight in a flat near the "
         "airport.",
         "According to a police source, the gang drove a fake customs vehicle. The refiner that owns the gold, "
         "Aurelis, said the cargo was fully insured."),
        (St('"⟦This was a highly organised team that knew the transfer schedule⟧,"', "Élodie Ferrandon", "direct",
            "gld-u1"),
         St("She said ⟦three suspects had been arrested overnight in a flat near the airport⟧", "Élodie Ferrandon",
            "indirect", "gld-u4"),
         St("According to a police source, ⟦the gang drove a fake customs vehicle⟧", "Morvelle police source",
            "indirect", "gld-u2"),
         St("Aurelis, said ⟦the cargo was fully insured⟧", "Aurelis", "indirect", "gld-u3")),
        (Fg("⟦Six⟧ armed men", 6, None, "other", "gld-q-robbers"),
         Fg("stole ⟦312⟧ kilograms", 312, None, "other", "gld-q-weight"),
         Fg("about ⟦€24 million⟧", 24000000, "about", "money", "gld-q-value"),
         Fg("⟦Two⟧ guards", 2, None, "wounded", "gld-q-injured"),
         Fg("said ⟦three⟧ suspects", 3, None, "other", "gld-q-arrested"))),
    Art("ml12-gold-heist", "alpenland-zeitung.example", "panorama/goldraub-flughafen-morvelle-festnahmen",
        "2026-06-11", "de",
        "Goldraub am Flughafen Morvelle: Drei Festnahmen",
        ("Nach dem spektakulären Goldraub auf dem Flughafen im ostfranzösischen Morvelle hat die Polizei drei "
         "Verdächtige festgenommen. Mindestens sechs bewaffnete Täter hatten am Dienstagabend 312 Kilogramm Gold im "
         "Wert von rund 24 Millionen Euro erbeutet.",
         "„Es handelt sich um eine hochprofessionelle Bande, die den Zeitplan des Transports kannte“, sagte "
         "Staatsanwältin Élodie Ferrandon. Zwei Wachleute wurden bei dem Überfall verletzt.",
         "Nach Angaben aus Polizeikreisen waren die Täter mit einem gefälschten Zollfahrzeug unterwegs."),
        (St("„⟦Es handelt sich um eine hochprofessionelle Bande, die den Zeitplan des Transports kannte⟧“",
            "Élodie Ferrandon", "direct", "gld-u1"),
         St("Polizeikreisen ⟦waren die Täter mit einem gefälschten Zollfahrzeug unterwegs⟧", "Morvelle police source",
            "indirect", "gld-u2")),
        (Fg("Polizei ⟦drei⟧ Verdächtige", 3, None, "other", "gld-q-arrested"),
         Fg("Mindestens ⟦sechs⟧ bewaffnete", 6, "at least", "other", "gld-q-robbers"),
         Fg("⟦312⟧ Kilogramm", 312, None, "other", "gld-q-weight"),
         Fg("rund ⟦24 Millionen Euro⟧", 24000000, "about", "money", "gld-q-value"),
         Fg("⟦Zwei⟧ Wachleute", 2, None, "wounded", "gld-q-injured"))),
    Art("ml12-gold-heist", "cronicadelnorte.example", "internacional/robo-oro-aeropuerto-francia", "2026-06-11",
        "es",
        "Roban más de 300 kilos de oro en un aeropuerto francés",
        ("Un grupo de seis hombres armados se llevó más de 300 kilos de oro en lingotes en el aeropuerto de "
         "Morvelle, en el este de Francia. El botín asciende a casi 25 millones de euros, y dos vigilantes "
         "resultaron heridos.",
         "La fiscal Élodie Ferrandon afirmó que se trata de \"una banda muy organizada que conocía los horarios del "
         "traslado\". Tres sospechosos fueron detenidos durante la noche, según la fiscalía.",
         "La refinería Aurelis, propietaria del metal, aseguró que el cargamento estaba totalmente asegurado."),
        (St("afirmó que ⟦se trata de \"una banda muy organizada que conocía los horarios del traslado\"⟧",
            "Élodie Ferrandon", "partial", "gld-u1"),
         St("⟦Tres sospechosos fueron detenidos durante la noche⟧, según", "Élodie Ferrandon", "indirect", "gld-u4"),
         St("aseguró que ⟦el cargamento estaba totalmente asegurado⟧", "Aurelis", "indirect", "gld-u3")),
        (Fg("de ⟦seis⟧ hombres", 6, None, "other", "gld-q-robbers"),
         Fg("más de ⟦300⟧ kilos", 300, "more than", "other", "gld-q-weight"),
         Fg("casi ⟦25 millones de euros⟧", 25000000, "nearly", "money", "gld-q-value"),
         Fg("y ⟦dos⟧ vigilantes", 2, None, "wounded", "gld-q-injured"),
         Fg("⟦Tres⟧ sospechosos", 3, None, "other", "gld-q-arrested"))),
    Art("ml12-gold-heist", "hanbandonews.example", "international/2026/06/11/morvelle-gold", "2026-06-11", "ko",
        "프랑스 공항서 금괴 312㎏ 강탈…용의자 3명 체포",
        ("프랑스 동부 모르벨 공항 활주로에서 9일 저녁 무장 괴한 6명이 화물기에서 장갑차로 옮겨지던 금괴 312kg을 "
         "빼앗아 달아났다. 시가로 약 2천400만 유로어치다. 이 과정에서 경비원 2명이 다쳤다.",
         "엘로디 페랑동 검사는 “수송 일정을 꿰뚫고 있던 고도로 조직된 일당”이라고 말했다. 그는 공항 인근 "
         "아파트에서 용의자 3명을 체포했다고 밝혔다.",
         "현지 언론은 경찰 소식통을 인용해 범인들이 가짜 세관 차량을 타고 있었다고 전했다."),
        (St("“⟦수송 일정을 꿰뚫고 있던 고도로 조직된 일당⟧”", "Élodie Ferrandon", "direct", "gld-u1"),
         St("그는 ⟦공항 인근 아파트에서 용의자 3명을 체포했다⟧고", "Élodie Ferrandon", "indirect", "gld-u4"),
         St("인용해 ⟦범인들이 가짜 세관 차량을 타고 있었다⟧고", "Morvelle police source", "indirect", "gld-u2")),
        (Fg("괴한 ⟦6⟧명", 6, None, "other", "gld-q-robbers"),
         Fg("금괴 ⟦312⟧kg", 312, None, "other", "gld-q-weight"),
         Fg("약 ⟦2천400만 유로⟧", 24000000, "about", "money", "gld-q-value"),
         Fg("경비원 ⟦2⟧명", 2, None, "wounded", "gld-q-injured"),
         Fg("용의자 ⟦3⟧명을", 3, None, "other", "gld-q-arrested"))),
)

_HARBOUR: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-harbour-oil (TEST)
    Art("ml12-harbour-oil", "nambunews.example", "society/2026/05/12/gaeum-oil-leak", "2026-05-12", "ko",
        "가음항 송유관 파손…원유 3만2천ℓ 바다로 유출",
        ("남해안의 가음항 석유 부두에서 11일 밤 유조선 하역 중 송유관이 파손돼 원유 약 3만2천ℓ가 바다로 "
         "흘러들었다. 기름띠는 해안선 4㎞를 따라 번졌고, 인근 양식장 12곳이 피해를 입었다.",
         "가음해양경찰서에 따르면 유출은 12일 새벽 3시께 멈췄다. 해경과 주민 등 방제 인력 600여 명이 기름 "
         "제거 작업에 나섰다.",
         "박영식 가음어촌계장은 “30년 동안 일군 양식장이 하룻밤 사이에 망가졌다”고 말했다. 청해석유터미널은 "
         "사과문을 내고 피해를 전액 보상하겠다고 밝혔다."),
        (St("따르면 ⟦유출은 12일 새벽 3시께 멈췄다⟧", "Gaeum coast guard", "indirect", "hbo-u1"),
         St("“⟦30년 동안 일군 양식장이 하룻밤 사이에 망가졌다⟧”", "Park Yeong-sik", "direct", "hbo-u2"),
         St("사과문을 내고 ⟦피해를 전액 보상하겠다⟧고", "Cheonghae Oil Terminal", "indirect", "hbo-u3")),
        (Fg("약 ⟦3만2천⟧ℓ", 32000, "about", "other", "hbo-q-oil"),
         Fg("해안선 ⟦4⟧㎞", 4, None, "other", "hbo-q-coast"),
         Fg("양식장 ⟦12⟧곳", 12, None, "other", "hbo-q-farms"),
         Fg("인력 ⟦600여⟧ 명", 600, "more than", "other", "hbo-q-workers"))),
    Art("ml12-harbour-oil", "asiapacificbulletin.example", "asia/2026/05/13/gaeum-port-oil-spill", "2026-05-13",
        "en",
        "Oil spill at South Korean port larger than first thought",
        ("About 41,000 litres of crude oil escaped into the sea at the South Korean port of Gaeum, the coast guard "
         "said on Wednesday, revising up an earlier estimate of 32,000 litres. The slick has fouled some four "
         "kilometres of shoreline.",
         "The leak came from a pipeline that ruptured while a tanker was unloading late on Monday, and was stopped "
         "around 3 a.m., according to the coast guard. More than 600 coast guard officers and residents have "
         "joined the clean-up.",
         '"Thirty years of work was ruined in a single night," said Park Yeong-sik, who heads the local fishing '
         "cooperative; 12 fish farms have been hit. The terminal operator, Cheonghae Oil Terminal, apologised and "
         "promised to pay for all the damage."),
        (St("⟦About 41,000 litres of crude oil escaped into the sea at the South Korean port of Gaeum⟧, the coast",
            "Gaeum coast guard", "indirect", "hbo-u4"),
         St("⟦The leak came from a pipeline that ruptured while a tanker was unloading late on Monday, and was "
            "stopped around 3 a.m.⟧, according to", "Gaeum coast guard", "indirect", "hbo-u1"),
         St('"⟦Thirty years of work was ruined in a single night⟧,"', "Park Yeong-sik", "direct", "hbo-u2"),
         St("promised to ⟦pay for all the damage⟧", "Cheonghae Oil Terminal", "indirect", "hbo-u3")),
        (Fg("About ⟦41,000⟧ litres", 41000, "about", "other", "hbo-q-oil"),
         Fg("estimate of ⟦32,000⟧ litres", 32000, None, "other", "hbo-q-oil"),
         Fg("some ⟦four⟧ kilometres", 4, "about", "other", "hbo-q-coast"),
         Fg("More than ⟦600⟧ coast", 600, "more than", "other", "hbo-q-workers"),
         Fg("; ⟦12⟧ fish farms", 12, None, "other", "hbo-q-farms"))),
    Art("ml12-harbour-oil", "hanse-tageblatt.example", "welt/suedkorea-oelpest-hafen-gaeum", "2026-05-13", "de",
        "Ölpest im südkoreanischen Hafen Gaeum",
        ("Im südkoreanischen Hafen Gaeum sind nach dem Bruch einer Pipeline rund 41.000 Liter Rohöl ins Meer "
         "gelaufen – deutlich mehr als zunächst angenommen. Nach Angaben der Küstenwache wurde das Leck in der "
         "Nacht zum Dienstag gegen drei Uhr geschlossen.",
         "„Dreißig Jahre Arbeit sind in einer einzigen Nacht zerstört worden“, sagte Park Yeong-sik, der "
         "Vorsitzende der örtlichen Fischereigenossenschaft. Betroffen sind zwölf Fischzuchtbetriebe.",
         "Der Terminalbetreiber Cheonghae Oil Terminal entschuldigte sich und kündigte an, sämtliche Schäden zu "
         "ersetzen. Rund 600 Helfer säubern die Küste."),
        (St("Küstenwache ⟦wurde das Leck in der Nacht zum Dienstag gegen drei Uhr geschlossen⟧", "Gaeum coast guard",
            "indirect", "hbo-u1"),
         St("„⟦Dreißig Jahre Arbeit sind in einer einzigen Nacht zerstört worden⟧“", "Park Yeong-sik", "direct",
            "hbo-u2"),
         St("kündigte an, ⟦sämtliche Schäden zu ersetzen⟧", "Cheonghae Oil Terminal", "indirect", "hbo-u3")),
        (Fg("rund ⟦41.000⟧ Liter", 41000, "about", "other", "hbo-q-oil"),
         Fg("sind ⟦zwölf⟧ Fischzuchtbetriebe", 12, None, "other", "hbo-q-farms"),
         Fg("Rund ⟦600⟧ Helfer", 600, "about", "other", "hbo-q-workers"))),
    Art("ml12-harbour-oil", "jornaldomundo.example", "mundo/derrame-petroleo-porto-gaeum", "2026-05-12", "pt",
        "Derrame de petróleo atinge porto sul-coreano",
        ("Cerca de 32 mil litros de petróleo bruto foram derramados no porto sul-coreano de Gaeum, depois de uma "
         "conduta se ter rompido durante a descarga de um petroleiro. A mancha estende-se por quatro quilómetros "
         "de costa.",
         "De acordo com a guarda costeira, a fuga foi estancada por volta das três da manhã. Cerca de 600 pessoas, "
         "entre agentes e moradores, participam na limpeza.",
         "\"Trinta anos de trabalho foram destruídos numa só noite\", lamentou Park Yeong-sik, presidente da "
         "cooperativa de pescadores local, que conta 12 viveiros afetados."),
        (St("guarda costeira, ⟦a fuga foi estancada por volta das três da manhã⟧", "Gaeum coast guard", "indirect",
            "hbo-u1"),
         St("\"⟦Trinta anos de trabalho foram destruídos numa só noite⟧\"", "Park Yeong-sik", "direct", "hbo-u2")),
        (Fg("Cerca de ⟦32 mil⟧ litros", 32000, "about", "other", "hbo-q-oil"),
         Fg("por ⟦quatro⟧ quilómetros", 4, None, "other", "hbo-q-coast"),
         Fg("Cerca de ⟦600⟧ pessoas", 600, "about", "other", "hbo-q-workers"),
         Fg("conta ⟦12⟧ viveiros", 12, None, "other", "hbo-q-farms"))),
    Art("ml12-harbour-oil", "ilcorrieredelporto.example", "esteri/corea-del-sud-greggio-porto-gaeum", "2026-05-13",
        "it",
        "Corea del Sud, greggio in mare nel porto di Gaeum",
        ("Oltre 30mila litri di petrolio greggio si sono riversati in mare nel porto sudcoreano di Gaeum dopo la "
         "rottura di un oleodotto durante lo scarico di una petroliera. Colpiti una dozzina di allevamenti ittici.",
         "«Trent'anni di lavoro distrutti in una sola notte», ha detto Park Yeong-sik, presidente della cooperativa "
         "dei pescatori. Secondo la guardia costiera, la perdita è stata fermata verso le tre del mattino. Seicento "
         "persone lavorano alla bonifica.",
         "La società che gestisce il terminal, Cheonghae Oil Terminal, ha promesso che risarcirà tutti i danni."),
        (St("«⟦Trent'anni di lavoro distrutti in una sola notte⟧»", "Park Yeong-sik", "direct", "hbo-u2"),
         St("guardia costiera, ⟦la perdita è stata fermata verso le tre del mattino⟧", "Gaeum coast guard",
            "indirect", "hbo-u1"),
         St("ha promesso che ⟦risarcirà tutti i danni⟧", "Cheonghae Oil Terminal", "indirect", "hbo-u3")),
        (Fg("Oltre ⟦30mila⟧ litri", 30000, "more than", "other", "hbo-q-oil"),
         Fg("Colpiti ⟦una dozzina⟧ di", 12, "about", "other", "hbo-q-farms"),
         Fg("⟦Seicento⟧ persone", 600, None, "other", "hbo-q-workers"))),
)

_ICE: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml12-ice-storm (TEST)
    Art("ml12-ice-storm", "lejournaldebrevent.example", "region/verglas-pannes-lac-brevent", "2026-01-15", "fr",
        "Verglas : 180 000 foyers privés d'électricité dans la région du Lac-Brévent",
        ("La pluie verglaçante qui s'abat depuis mardi sur la région du Lac-Brévent a privé d'électricité "
         f"180{NB}000 foyers. Plus de 250 kilomètres de lignes ont été arrachés par le poids de la glace et trois "
         "personnes ont perdu la vie.",
         f"«{NB}Restez chez vous, les routes sont de véritables patinoires{NB}», a lancé mercredi la ministre de la "
         "Sécurité publique, Claire Dubosq. Selon la police provinciale, deux des victimes ont été intoxiquées au "
         "monoxyde de carbone par une génératrice.",
         "Le porte-parole d'Énergie Brévent, Mathieu Gagnerot, a assuré que la majorité des clients seraient "
         "rebranchés d'ici 72 heures. Une quarantaine de centres d'hébergement ont été ouverts."),
        (St(f"«{NB}⟦Restez chez vous, les routes sont de véritables patinoires⟧{NB}»", "Claire Dubosq", "direct",
            "ice-u1"),
         St("provinciale, ⟦deux des victimes ont été intoxiquées au monoxyde de carbone par une génératrice⟧",
            "Lac-Brévent provincial police", "indirect", "ice-u2"),
         St("a assuré que ⟦la majorité des clients seraient rebranchés d'ici 72 heures⟧", "Mathieu Gagnerot",
            "indirect", "ice-u3")),
        (Fg(f"électricité ⟦180{NB}000⟧ foyers", 180000, None, "other", "ice-q-outage"),
         Fg("Plus de ⟦250⟧ kilomètres", 250, "more than", "other", "ice-q-lines"),
         Fg("et ⟦trois⟧ personnes", 3, None, "killed", "ice-q-killed"),
         Fg("⟦Une quarantaine⟧ de centres", 40, "about", "other", "ice-q-shelters"))),
    Art("ml12-ice-storm", "bodensee-blick.example", "welt/kanada-eissturm-lac-brevent", "2026-01-15", "de",
        "Eissturm in Kanada: Drei Tote, Hunderttausende ohne Strom",
        ("Ein schwerer Eisregen hat in der kanadischen Region Lac-Brévent rund 180.000 Haushalte von der "
         "Stromversorgung abgeschnitten. Drei Menschen kamen ums Leben.",
         "„Bleiben Sie zu Hause, die Straßen sind reine Eisbahnen“, appellierte Ministerin Claire Dubosq an die "
         "Bevölkerung. Laut Polizei starben zwei der Opfer an einer Kohlenmonoxidvergiftung durch ein "
         "Notstromaggregat.",
         "Die meisten Kunden würden innerhalb von 72 Stunden wieder angeschlossen, sagte Mathieu Gagnerot, Sprecher "
         "des Versorgers Énergie Brévent. Die Behörden öffneten 40 Notunterkünfte."),
        (St("„⟦Bleiben Sie zu Hause, die Straßen sind reine Eisbahnen⟧“", "Claire Dubosq", "direct", "ice-u1"),
         St("Laut Polizei ⟦starben zwei der Opfer an einer Kohlenmonoxidvergiftung durch ein Notstromaggregat⟧",
            "Lac-Brévent provincial police", "indirect", "ice-u2"),
         St("⟦Die meisten Kunden würden innerhalb von 72 Stunden wieder angeschlossen⟧, sagte", "Mathieu Gagnerot",
            "indirect", "ice-u3")),
        (Fg("rund ⟦180.000⟧ Haushalte", 180000, "about", "other", "ice-q-outage"),
         Fg("⟦Drei⟧ Menschen", 3, None, "killed", "ice-q-killed"),
         Fg("öffneten ⟦40⟧ Notunterkünfte", 40, None, "other", "ice-q-shelters"))),
    Art("ml12-ice-storm", "nunbitnews.example", "world/2026/01/16/lac-brevent-ice-storm", "2026-01-16", "ko",
        "캐나다 라크브레방 지역 '얼음 폭풍'…3명 사망·9만5천 가구 정전",
        ("캐나다 퀘벡주 라크브레방 지역에 사흘째 어는 비가 내리면서 3명이 숨지고 한때 18만 가구의 전기가 "
         "끊겼다. 16일 현재 9만5천 가구가 여전히 정전 상태다.",
         "클레르 뒤보스크 공공안전부 장관은 “집에 머물러 달라. 도로가 빙판이나 다름없다”고 당부했다. 현지 "
         "경찰은 사망자 중 2명이 발전기에서 나온 일산화탄소에 중독됐다고 밝혔다.",
         "전력회사 에네르지 브레방의 마티외 가녜로 대변인은 대부분의 가구에 72시간 안에 전기 공급이 재개될 "
         "것이라고 말했다."),
        (St("“⟦집에 머물러 달라. 도로가 빙판이나 다름없다⟧”", "Claire Dubosq", "direct", "ice-u1"),
         St("경찰은 ⟦사망자 중 2명이 발전기에서 나온 일산화탄소에 중독됐다⟧고", "Lac-Brévent provincial police",
            "indirect", "ice-u2"),
         St("대변인은 ⟦대부분의 가구에 72시간 안에 전기 공급이 재개될 것⟧이라고", "Mathieu Gagnerot", "indirect",
            "ice-u3")),
        (Fg("⟦3⟧명이 숨지고", 3, None, "killed", "ice-q-killed"),
         Fg("한때 ⟦18만⟧ 가구", 180000, None, "other", "ice-q-outage"),
         Fg("현재 ⟦9만5천⟧ 가구", 95000, None, "other", "ice-q-outage"))),
    Art("ml12-ice-storm", "elheraldoboreal.example", "internacional/tormenta-hielo-canada-tres-muertos",
        "2026-01-16", "es",
        "Una tormenta de hielo deja tres muertos en Canadá",
        ("Tres personas murieron y casi 100.000 hogares seguían este jueves sin electricidad en la región "
         "canadiense de Lac-Brévent, azotada desde el martes por una lluvia helada.",
         "\"Quédense en casa, las carreteras son pistas de patinaje\", pidió la ministra de Seguridad Pública, "
         "Claire Dubosq. Según la policía, dos de las víctimas fallecieron intoxicadas por el monóxido de carbono "
         "de un generador.",
         "La eléctrica Énergie Brévent prevé restablecer el suministro a la mayoría de sus clientes en 72 horas, "
         "según su portavoz, Mathieu Gagnerot."),
        (St("\"⟦Quédense en casa, las carreteras son pistas de patinaje⟧\"", "Claire Dubosq", "direct", "ice-u1"),
         St("Según la policía, ⟦dos de las víctimas fallecieron intoxicadas por el monóxido de carbono de un "
            "generador⟧", "Lac-Brévent provincial police", "indirect", "ice-u2"),
         St("⟦La eléctrica Énergie Brévent prevé restablecer el suministro a la mayoría de sus clientes en 72 "
            "horas⟧, según", "Mathieu Gagnerot", "indirect", "ice-u3")),
        (Fg("⟦Tres⟧ personas", 3, None, "killed", "ice-q-killed"),
         Fg("casi ⟦100.000⟧ hogares", 100000, "nearly", "other", "ice-q-outage"))),
    Art("ml12-ice-storm", "lagazzettadelnordovest.example", "esteri/canada-tempesta-ghiaccio-lac-brevent",
        "2026-01-16", "it",
        "Canada, tempesta di ghiaccio: tre morti e 95mila case al buio",
        ("È di tre vittime il bilancio della tempesta di ghiaccio che da martedì colpisce la regione canadese di "
         "Lac-Brévent. Giovedì erano ancora 95mila le utenze senza corrente, dopo un picco di oltre 180mila.",
         "«Restate a casa, le strade sono piste di pattinaggio», ha esortato la ministra della Sicurezza pubblica, "
         "Claire Dubosq.",
         "Secondo il gestore della rete, Énergie Brévent, la maggior parte degli utenti tornerà ad avere la luce "
         "entro 72 ore. Una quarantina i centri di accoglienza aperti."),
        (St("«⟦Restate a casa, le strade sono piste di pattinaggio⟧»", "Claire Dubosq", "direct", "ice-u1"),
         St("Brévent, ⟦la maggior parte degli utenti tornerà ad avere la luce entro 72 ore⟧", "Énergie Brévent",
            "indirect", "ice-u3")),
        (Fg("di ⟦tre⟧ vittime", 3, None, "killed", "ice-q-killed"),
         Fg("ancora ⟦95mila⟧ le", 95000, None, "other", "ice-q-outage"),
         Fg("di oltre ⟦180mila⟧", 180000, "more than", "other", "ice-q-outage"),
         Fg("⟦Una quarantina⟧ i centri", 40, "about", "other", "ice-q-shelters"))),
)


ARTICLES_41: tuple[Art, ...] = (_AMBULANCE + _BRIDGE + _ARREST + _DAM + _FERRY + _GOLD + _HARBOUR + _ICE)
SPEAKER_FORMS_41: dict[str, tuple[str, ...]] = {
    "Ilaria Benvenuti": ("Ilaria Benvenuti", "Benvenuti", "일라리아 벤베누티", "벤베누티", "일라리아 벤베누티 위원장",
                         "Gewerkschaftssekretärin Ilaria Benvenuti", "sindacalista"),
    "Stefano Corradi": ("Stefano Corradi", "Corradi", "스테파노 코라디", "코라디", "Regionalrat Stefano Corradi",
                        "assessore regionale alla Sanità", "스테파노 코라디 주 보건담당 위원"),
    "Sorvenna health authority": ("Gesundheitsbehörde", "regionale Gesundheitsbehörde", "보건당국", "현지 보건당국",
                                   "autoridad sanitaria regional", "regional health authority", "health authority"),
    "Gilles Vernassac": ("Gilles Vernassac", "Vernassac", "질 베르나사크", "베르나사크", "질 베르나사크 지사",
                         "Präfekt Gilles Vernassac", "préfet", "prefeito Gilles Vernassac"),
    "Sophie Lannoy": ("Sophie Lannoy", "Lannoy", "commandante des pompiers"),
    "Hervé Dutreil": ("Hervé Dutreil", "Herve Dutreil", "Dutreil", "maire", "presidente da câmara"),
    "Vérancourt investigation source": ("source proche de l'enquête", "Ermittlerkreise", "Ermittlerkreisen",
                                        "수사 관계자", "관계자"),
    "Ossagne departmental council": ("conseil départemental", "departmental council"),
    "Montejara Guardia Civil": ("Guardia Civil", "치안경찰대", "과르디아 시빌", "스페인 치안경찰대"),
    "Marta Olaizola": ("Marta Olaizola", "Olaizola", "마르타 올라이솔라", "올라이솔라", "마르타 올라이솔라 주 환경장관",
                       "consejera de Medio Ambiente", "Umweltministerin Marta Olaizola"),
    "Íñigo Larrazábal": ("Íñigo Larrazábal", "Inigo Larrazabal", "Larrazábal", "이니고 라라사발", "라라사발",
                         "abogado", "Anwalt", "avocat", "legale"),
    "Marisa Furtado": ("Marisa Furtado", "Furtado", "마리자 푸르타두", "푸르타두", "마리자 푸르타두 시장",
                       "prefeita Marisa Furtado", "alcaldesa", "Bürgermeisterin Marisa Furtado", "mayor"),
    "Hidrelétrica Caiabu": ("Hidrelétrica Caiabu", "Hidreletrica Caiabu", "이드렐레트리카 카이아부", "댐 운영사",
                            "compañía", "company", "Unternehmen", "empresa"),
    "Renato Ibiapina": ("Renato Ibiapina", "Ibiapina", "coordenador da Defesa Civil"),
    "Pedra Alvarenga civil defence": ("Defensa Civil", "Defesa Civil", "Civil defence", "civil defence"),
    "Inês Carrapatoso": ("Inês Carrapatoso", "Ines Carrapatoso", "Carrapatoso", "이네스 카라파토주", "카라파토주",
                         "이네스 카라파토주 대변인", "porte-parole de l'Autorité maritime", "Sprecherin der Seebehörde",
                         "porta-voz da Autoridade Marítima"),
    "Portuguese maritime authority": ("Autorità marittima portoghese", "Autorità marittima", "Autoridade Marítima",
                                      "Autorité maritime", "Seebehörde", "해양청"),
    "Transportes Marítimos Insulares": ("Transportes Marítimos Insulares", "Transportes Maritimos Insulares",
                                        "compagnia", "Reederei", "empresa"),
    "Tiago Abrunhosa": ("Tiago Abrunhosa", "Abrunhosa", "티아구 아브루뇨자", "아브루뇨자", "passageiro", "passager",
                        "passeggero"),
    "Élodie Ferrandon": ("Élodie Ferrandon", "Elodie Ferrandon", "Ferrandon", "엘로디 페랑동", "페랑동",
                         "엘로디 페랑동 검사", "Staatsanwältin Élodie Ferrandon", "procureure de la République",
                         "fiscal", "fiscalía", "prosecutor"),
    "Morvelle police source": ("source policière", "police source", "Polizeikreisen", "Polizeikreise",
                               "경찰 소식통"),
    "Aurelis": ("Aurelis", "affineur Aurelis", "refinería Aurelis", "refiner"),
    "Gaeum coast guard": ("가음해양경찰서", "해경", "coast guard", "Küstenwache", "guarda costeira",
                          "guardia costiera"),
    "Park Yeong-sik": ("Park Yeong-sik", "Park Yeong Sik", "박영식", "박영식 가음어촌계장"),
    "Cheonghae Oil Terminal": ("Cheonghae Oil Terminal", "청해석유터미널", "Terminalbetreiber", "terminal operator",
                               "società"),
    "Claire Dubosq": ("Claire Dubosq", "Dubosq", "클레르 뒤보스크", "뒤보스크", "클레르 뒤보스크 공공안전부 장관",
                      "ministre de la Sécurité publique", "Ministerin Claire Dubosq", "ministra"),
    "Lac-Brévent provincial police": ("police provinciale", "Polizei", "현지 경찰", "경찰", "policía"),
    "Mathieu Gagnerot": ("Mathieu Gagnerot", "Gagnerot", "마티외 가녜로", "가녜로", "마티외 가녜로 대변인",
                         "porte-parole d'Énergie Brévent", "portavoz"),
    "Énergie Brévent": ("Énergie Brévent", "Energie Brevent", "gestore della rete", "에네르지 브레방"),
}
