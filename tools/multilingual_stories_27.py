"""Invented stories for the multilingual evaluation set (issue 17), test part 6, imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them. Every town, person, outlet, company and figure is invented.
Stories here (all test, listed in TEST_STORIES there): a tram derailment, a glacier collapse, a hospital fire, a
missing fishing boat.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

_TRAM: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml9-tram-derailment (test)
    Art("ml9-tram-derailment", "nordstadtbote.example", "lokales/strassenbahn-entgleist-linie-7-1.88120",
        "2026-11-19", "de",
        "Straßenbahn entgleist in Brennholmer Innenstadt: Zwei Tote",
        ("Beim Entgleisen einer Straßenbahn der Linie 7 sind am Donnerstagmorgen in der Brennholmer Innenstadt zwei "
         "Menschen ums Leben gekommen. Mehr als 30 Fahrgäste wurden verletzt, fünf von ihnen schwer. Nach Angaben "
         "der Verkehrsbetriebe Brennholm (VBB) waren rund 120 Menschen an Bord.",
         "„Die Bahn war deutlich langsamer unterwegs als erlaubt“, sagte VBB-Sprecherin Ilse Tannert am Nachmittag. "
         "Sie kündigte an, dass alle Fahrzeuge desselben Typs vorerst in den Depots bleiben.",
         "Die Staatsanwaltschaft hat ein Ermittlungsverfahren wegen fahrlässiger Tötung eingeleitet. Laut "
         "Oberstaatsanwalt Jakob Ferenczi gibt es bislang keine Hinweise auf Sabotage.",
         "„Es klang, als wäre eine Bombe explodiert“, erzählte die Anwohnerin Dorota Wilk, die den Unfall von ihrem "
         "Balkon aus beobachtet hatte."),
        (St("(VBB) ⟦waren rund 120 Menschen an Bord⟧", "VBB Brennholm", "indirect", "tram9-u0"),
         St("„⟦Die Bahn war deutlich langsamer unterwegs als erlaubt⟧“", "Ilse Tannert", "direct", "tram9-u1"),
         St("an, dass ⟦alle Fahrzeuge desselben Typs vorerst in den Depots bleiben⟧", "Ilse Tannert", "indirect",
            "tram9-u2"),
         St("Ferenczi ⟦gibt es bislang keine Hinweise auf Sabotage⟧", "Jakob Ferenczi", "indirect", "tram9-u4"),
         St("„⟦Es klang, als wäre eine Bombe explodiert⟧“", "Dorota Wilk", "direct", "tram9-u3")),
        (Fg("Innenstadt ⟦zwei⟧ Menschen", 2, None, "killed", "tram9-q-killed"),
         Fg("Mehr als ⟦30⟧ Fahrgäste", 30, "more than", "wounded", "tram9-q-wounded"),
         Fg("⟦fünf⟧ von ihnen schwer", 5, None, "wounded", "tram9-q-serious"),
         Fg("rund ⟦120⟧ Menschen", 120, "about", "other", "tram9-q-aboard"))),
    Art("ml9-tram-derailment", "hanulsinmun.example", "news/articleView.html?idxno=310557", "2026-11-19", "ko",
        "브렌홀름 도심서 트램 탈선…2명 사망·30여 명 부상",
        ("브렌홀름 도심에서 19일 오전 7번 노선 트램이 탈선해 2명이 숨지고 30여 명이 다쳤다. 부상자 가운데 5명은 "
         "중상인 것으로 알려졌다.",
         "브렌홀름 교통공사(VBB)에 따르면 사고 당시 트램에는 승객 약 120명이 타고 있었다.",
         "일제 타네르트 교통공사 대변인은 “트램은 제한속도보다 훨씬 느리게 달리고 있었다”고 말했다. 그는 같은 "
         "기종의 차량을 당분간 운행하지 않겠다고 덧붙였다.",
         "야코프 페렌치 검사장은 과실치사 혐의로 수사에 착수했으며 현재까지 사보타주 정황은 없다고 밝혔다."),
        (St("따르면 ⟦사고 당시 트램에는 승객 약 120명이 타고 있었다⟧", "VBB Brennholm", "indirect", "tram9-u0"),
         St("“⟦트램은 제한속도보다 훨씬 느리게 달리고 있었다⟧”", "Ilse Tannert", "direct", "tram9-u1"),
         St("그는 ⟦같은 기종의 차량을 당분간 운행하지 않겠다⟧고", "Ilse Tannert", "indirect", "tram9-u2"),
         St("착수했으며 ⟦현재까지 사보타주 정황은 없다⟧고", "Jakob Ferenczi", "indirect", "tram9-u4")),
        (Fg("⟦2⟧명이 숨지고", 2, None, "killed", "tram9-q-killed"),
         Fg("⟦30여⟧ 명이 다쳤다", 30, "more than", "wounded", "tram9-q-wounded"),
         Fg("⟦5⟧명은", 5, None, "wounded", "tram9-q-serious"),
         Fg("약 ⟦120⟧명이", 120, "about", "other", "tram9-q-aboard"))),
    Art("ml9-tram-derailment", "lavigiedelest.example", "faits-divers/brennholm-deraillement-tramway",
        "2026-11-20", "fr",
        "Déraillement d'un tramway à Brennholm : deux morts et 37 blessés",
        ("Deux personnes ont été tuées et 37 blessées jeudi matin lorsqu'un tramway de la ligne 7 a déraillé en "
         "plein centre de Brennholm. Quelque 120 passagers se trouvaient à bord, selon l'exploitant.",
         f"«{NB}La rame circulait bien en dessous de la vitesse autorisée{NB}», a assuré Ilse Tannert, porte-parole "
         "de la régie des transports VBB.",
         "D'après le procureur Jakob Ferenczi, qui a ouvert une enquête pour homicide involontaire, aucun élément ne "
         "laisse penser à un sabotage.",
         f"Une habitante du quartier, Dorota Wilk, raconte avoir entendu «{NB}comme une bombe qui explose{NB}»."),
        (St("⟦Quelque 120 passagers se trouvaient à bord⟧, selon", "VBB Brennholm", "indirect", "tram9-u0"),
         St(f"«{NB}⟦La rame circulait bien en dessous de la vitesse autorisée⟧{NB}»", "Ilse Tannert", "direct",
            "tram9-u1"),
         St("involontaire, ⟦aucun élément ne laisse penser à un sabotage⟧", "Jakob Ferenczi", "indirect", "tram9-u4"),
         St(f"raconte ⟦avoir entendu «{NB}comme une bombe qui explose{NB}»⟧", "Dorota Wilk", "partial", "tram9-u3")),
        (Fg("⟦Deux⟧ personnes", 2, None, "killed", "tram9-q-killed"),
         Fg("et ⟦37⟧ blessées", 37, None, "wounded", "tram9-q-wounded"),
         Fg("Quelque ⟦120⟧ passagers", 120, "about", "other", "tram9-q-aboard"))),
    Art("ml9-tram-derailment", "lavocedelbrennero.example", "esteri/brennholm-deraglia-tram-centro",
        "2026-11-19", "it",
        "Brennholm, deraglia un tram in pieno centro: due morti",
        ("Un tram della linea 7 è deragliato giovedì mattina nel centro di Brennholm: due persone sono morte e almeno "
         "35 sono rimaste ferite. A bordo viaggiavano circa 120 passeggeri.",
         "Secondo la portavoce dell'azienda dei trasporti, Ilse Tannert, il mezzo procedeva «molto al di sotto del "
         "limite di velocità».",
         "Il procuratore Jakob Ferenczi ha detto che al momento non ci sono indizi di sabotaggio. La procura indaga "
         "per omicidio colposo.",
         "«Ho sentito un boato, poi soltanto urla», ha raccontato una testimone."),
        (St("Tannert, ⟦il mezzo procedeva «molto al di sotto del limite di velocità»⟧", "Ilse Tannert", "partial",
            "tram9-u1"),
         St("detto che ⟦al momento non ci sono indizi di sabotaggio⟧", "Jakob Ferenczi", "indirect", "tram9-u4"),
         St("«⟦Ho sentito un boato, poi soltanto urla⟧»", "Brennholm tram witness (anonymous)", "direct", "tram9-u6")),
        (Fg("⟦due⟧ persone sono morte", 2, None, "killed", "tram9-q-killed"),
         Fg("almeno ⟦35⟧ sono", 35, "at least", "wounded", "tram9-q-wounded"),
         Fg("circa ⟦120⟧ passeggeri", 120, "about", "other", "tram9-q-aboard"))),
    Art("ml9-tram-derailment", "northseaherald.example", "europe/2026/11/20/brennholm-tram-derailment",
        "2026-11-20", "en",
        "Two dead, dozens hurt as tram derails in Brennholm",
        ("Two people died and 37 were injured, five of them critically, when a packed tram left the rails in "
         "central Brennholm on Thursday morning.",
         "The operator, VBB, said about 120 passengers had been aboard the line 7 tram. Its spokeswoman, Ilse "
         "Tannert, insisted the tram had been running well below the speed limit.",
         '"I heard a bang like a bomb, and then the carriage was on its side," said Dorota Wilk, who lives above the '
         "junction.",
         "Chief prosecutor Jakob Ferenczi has opened a negligent homicide inquiry. There was no sign of sabotage so "
         "far, he said."),
        (St("VBB, said ⟦about 120 passengers had been aboard the line 7 tram⟧", "VBB Brennholm", "indirect",
            "tram9-u0"),
         St("insisted ⟦the tram had been running well below the speed limit⟧", "Ilse Tannert", "indirect", "tram9-u1"),
         St('"⟦I heard a bang like a bomb, and then the carriage was on its side⟧,"', "Dorota Wilk", "direct",
            "tram9-u3"),
         St("⟦There was no sign of sabotage so far⟧, he said", "Jakob Ferenczi", "indirect", "tram9-u4")),
        (Fg("⟦Two⟧ people died", 2, None, "killed", "tram9-q-killed"),
         Fg("and ⟦37⟧ were injured", 37, None, "wounded", "tram9-q-wounded"),
         Fg("⟦five⟧ of them", 5, None, "wounded", "tram9-q-serious"),
         Fg("about ⟦120⟧ passengers", 120, "about", "other", "tram9-q-aboard"))),
)

_TRAM_FORMS: dict[str, tuple[str, ...]] = {
    "VBB Brennholm": ("Verkehrsbetriebe Brennholm", "Verkehrsbetriebe", "VBB", "브렌홀름 교통공사", "교통공사",
                      "exploitant", "operator"),
    "Ilse Tannert": ("Ilse Tannert", "Tannert", "일제 타네르트", "타네르트 대변인", "VBB-Sprecherin Ilse Tannert"),
    "Jakob Ferenczi": ("Jakob Ferenczi", "Ferenczi", "야코프 페렌치", "야코프 페렌치 검사장", "페렌치"),
    "Dorota Wilk": ("Dorota Wilk", "Wilk"),
    "Brennholm tram witness (anonymous)": ("testimone", "witness"),
}

_GLACIER: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml9-glacier-collapse (test)
    Art("ml9-glacier-collapse", "ilmessaggerodivalle.example", "cronaca/2026/08/02/crollo-vadret-serlina",
        "2026-08-02", "it",
        "Crolla il Vadret da Serlina: quattro morti, una decina di dispersi",
        ("Circa 300mila metri cubi di ghiaccio si sono staccati domenica pomeriggio dal Vadret da Serlina, sopra "
         "Pradella, "
         "travolgendo un gruppo di escursionisti. Il bilancio provvisorio è di quattro morti e una decina di "
         "dispersi; 14 persone sono state tratte in salvo, alcune con gravi ferite.",
         "«Ogni ora conta, ma non manderò nessuno su un ghiaccio che si muove ancora», ha detto Corrado Alvisi, capo "
         "del soccorso alpino della Valsorna. Le ricerche sono state sospese al calare del buio per il rischio di "
         "nuovi crolli, ha spiegato.",
         "Il presidente della Regione, Ottavio Brenni, ha parlato di «una tragedia che ferisce tutta la valle» e ha "
         "annunciato la chiusura di tutti i sentieri sul ghiacciaio fino a nuovo ordine.",
         "Secondo la glaciologa Lene Habicht, settimane di caldo eccezionale avevano indebolito la lingua del "
         "ghiacciaio."),
        (St("«⟦Ogni ora conta, ma non manderò nessuno su un ghiaccio che si muove ancora⟧»", "Corrado Alvisi",
            "direct", "glacier9-u1"),
         St("⟦Le ricerche sono state sospese al calare del buio per il rischio di nuovi crolli⟧, ha spiegato",
            "Corrado Alvisi", "indirect", "glacier9-u2"),
         St("«⟦una tragedia che ferisce tutta la valle⟧»", "Ottavio Brenni", "partial", "glacier9-u4"),
         St("annunciato ⟦la chiusura di tutti i sentieri sul ghiacciaio fino a nuovo ordine⟧", "Ottavio Brenni",
            "indirect", "glacier9-u5"),
         St("Habicht, ⟦settimane di caldo eccezionale avevano indebolito la lingua del ghiacciaio⟧", "Lene Habicht",
            "indirect", "glacier9-u3")),
        (Fg("Circa ⟦300mila⟧ metri cubi", 300_000, "about", "other", "glacier9-q-ice"),
         Fg("di ⟦quattro⟧ morti", 4, None, "killed", "glacier9-q-killed"),
         Fg("⟦una decina⟧ di", 10, "about", "missing", "glacier9-q-missing"),
         Fg("⟦14⟧ persone", 14, None, "other", "glacier9-q-rescued"))),
    Art("ml9-glacier-collapse", "alpenrundschau.example", "region/gletscherabbruch-pradella-1.20931",
        "2026-08-03", "de",
        "Gletscherabbruch bei Pradella: Zahl der Toten steigt auf sechs",
        ("Nach dem Abbruch am Vadret da Serlina ist die Zahl der Todesopfer auf sechs gestiegen. Rund 300.000 "
         "Kubikmeter Eis waren am Sonntagnachmittag abgebrochen. Etwa zehn Wanderer werden noch vermisst, wie die "
         "Bergrettung am Montag mitteilte. Vierzehn Menschen konnten lebend geborgen werden.",
         "„Jede Stunde zählt, aber ich schicke niemanden auf Eis, das sich noch bewegt“, sagte Einsatzleiter Corrado "
         "Alvisi. Die Suche sei in der Nacht wegen der Gefahr weiterer Abbrüche unterbrochen worden, fügte er hinzu.",
         "Die Glaziologin Lene Habicht erklärte, dass sich nach wochenlanger Hitze unter der Gletscherzunge "
         "Schmelzwasser gesammelt habe. „Der Gletscher hat diesen Sommer einfach nicht verkraftet“, sagte sie.",
         "Regionalpräsident Ottavio Brenni ließ alle Wege über den Gletscher bis auf Weiteres sperren. Laut Brenni "
         "handelt es sich um „eine Tragödie für das ganze Tal“."),
        (St("⟦Etwa zehn Wanderer werden noch vermisst⟧, wie", "Soccorso alpino Valsorna", "indirect", "glacier9-u7"),
         St("„⟦Jede Stunde zählt, aber ich schicke niemanden auf Eis, das sich noch bewegt⟧“", "Corrado Alvisi",
            "direct", "glacier9-u1"),
         St("⟦Die Suche sei in der Nacht wegen der Gefahr weiterer Abbrüche unterbrochen worden⟧, fügte",
            "Corrado Alvisi", "indirect", "glacier9-u2"),
         St("dass ⟦sich nach wochenlanger Hitze unter der Gletscherzunge Schmelzwasser gesammelt habe⟧",
            "Lene Habicht", "indirect", "glacier9-u3"),
         St("„⟦Der Gletscher hat diesen Sommer einfach nicht verkraftet⟧“", "Lene Habicht", "direct", "glacier9-u6"),
         St("Laut Brenni ⟦handelt es sich um „eine Tragödie für das ganze Tal“⟧", "Ottavio Brenni", "partial",
            "glacier9-u4")),
        (Fg("Rund ⟦300.000⟧ Kubikmeter", 300_000, "about", "other", "glacier9-q-ice"),
         Fg("auf ⟦sechs⟧ gestiegen", 6, None, "killed", "glacier9-q-killed"),
         Fg("Etwa ⟦zehn⟧ Wanderer", 10, "about", "missing", "glacier9-q-missing"),
         Fg("⟦Vierzehn⟧ Menschen", 14, None, "other", "glacier9-q-rescued"))),
    Art("ml9-glacier-collapse", "daehanilbo.example", "news/articleView.html?idxno=774102", "2026-08-03", "ko",
        "발소르나 빙하 붕괴로 등산객 6명 사망…10명가량 실종",
        ("발소르나 지방 프라델라 마을 위쪽의 세를리나 빙하에서 얼음 약 30만㎥가 무너져 내려 등산객 6명이 숨지고 10명가량이 "
         "실종됐다. 14명은 구조됐다.",
         "코라도 알비시 산악구조대장은 “한 시간 한 시간이 중요하지만 아직 움직이는 얼음 위로는 아무도 보내지 "
         "않겠다”고 말했다. 알비시 대장에 따르면 추가 붕괴 위험 때문에 야간 수색은 중단됐다.",
         "빙하학자 레네 하비히트는 이례적인 폭염이 몇 주째 이어지면서 빙하 아래에 녹은 물이 고였다고 설명했다.",
         "오타비오 브렌니 주지사는 빙하를 지나는 모든 등산로를 당분간 폐쇄한다고 밝혔다."),
        (St("“⟦한 시간 한 시간이 중요하지만 아직 움직이는 얼음 위로는 아무도 보내지 않겠다⟧”", "Corrado Alvisi",
            "direct", "glacier9-u1"),
         St("따르면 ⟦추가 붕괴 위험 때문에 야간 수색은 중단됐다⟧", "Corrado Alvisi", "indirect", "glacier9-u2"),
         St("하비히트는 ⟦이례적인 폭염이 몇 주째 이어지면서 빙하 아래에 녹은 물이 고였다⟧고", "Lene Habicht",
            "indirect", "glacier9-u3"),
         St("주지사는 ⟦빙하를 지나는 모든 등산로를 당분간 폐쇄한다⟧고", "Ottavio Brenni", "indirect",
            "glacier9-u5")),
        (Fg("약 ⟦30만⟧㎥", 300_000, "about", "other", "glacier9-q-ice"),
         Fg("등산객 ⟦6⟧명이", 6, None, "killed", "glacier9-q-killed"),
         Fg("⟦10⟧명가량이", 10, "about", "missing", "glacier9-q-missing"),
         Fg("⟦14⟧명은", 14, None, "other", "glacier9-q-rescued"))),
    Art("ml9-glacier-collapse", "ledauphinalpin.example", "montagne/effondrement-glacier-serlina-pradella",
        "2026-08-03", "fr",
        "Effondrement d'un glacier près de Pradella : au moins six morts",
        (f"Au moins six randonneurs ont péri et une dizaine restent portés disparus après l'effondrement d'un pan du "
         f"glacier de Serlina, dimanche, au-dessus du village de Pradella. Quelque 300{NB}000 mètres cubes de glace "
         "se sont détachés. Les sauveteurs ont sorti 14 personnes "
         "vivantes de la glace.",
         f"«{NB}Chaque heure compte, mais je n'enverrai personne sur une glace qui bouge encore{NB}», a déclaré "
         "Corrado Alvisi, chef du secours en montagne.",
         "Selon la glaciologue Lene Habicht, des semaines de chaleur exceptionnelle ont fragilisé la langue "
         "glaciaire.",
         f"Le président de la région, Ottavio Brenni, a évoqué «{NB}une tragédie pour toute la vallée{NB}». Il a "
         "fait fermer tous les sentiers du glacier jusqu'à nouvel ordre."),
        (St(f"«{NB}⟦Chaque heure compte, mais je n'enverrai personne sur une glace qui bouge encore⟧{NB}»",
            "Corrado Alvisi", "direct", "glacier9-u1"),
         St("Habicht, ⟦des semaines de chaleur exceptionnelle ont fragilisé la langue glaciaire⟧", "Lene Habicht",
            "indirect", "glacier9-u3"),
         St(f"«{NB}⟦une tragédie pour toute la vallée⟧{NB}»", "Ottavio Brenni", "partial", "glacier9-u4")),
        (Fg(f"Quelque ⟦300{NB}000⟧ mètres", 300_000, "about", "other", "glacier9-q-ice"),
         Fg("Au moins ⟦six⟧ randonneurs", 6, "at least", "killed", "glacier9-q-killed"),
         Fg("⟦une dizaine⟧ restent", 10, "about", "missing", "glacier9-q-missing"),
         Fg("sorti ⟦14⟧ personnes", 14, None, "other", "glacier9-q-rescued"))),
    Art("ml9-glacier-collapse", "diariocordillera.example", "internacional/2026/08/03/glaciar-serlina-pradella",
        "2026-08-03", "es",
        "Seis muertos al desplomarse parte de un glaciar en el valle de Valsorna",
        ("Al menos seis excursionistas murieron y unos diez siguen desaparecidos tras el desprendimiento de unos "
         "250.000 metros cúbicos de hielo del glaciar de Serlina, cerca de la localidad de Pradella. Catorce "
         "personas fueron rescatadas con vida.",
         "Según el jefe de rescate de montaña, Corrado Alvisi, la búsqueda se suspendió durante la noche por el "
         'riesgo de nuevos desprendimientos. "Cada hora cuenta", dijo.',
         "La glacióloga Lene Habicht explicó que el agua de deshielo acumulada bajo la lengua del glaciar tras "
         "semanas de calor extremo pudo provocar el colapso.",
         "El presidente regional, Ottavio Brenni, anunció el cierre de todos los senderos del glaciar."),
        (St("Alvisi, ⟦la búsqueda se suspendió durante la noche por el riesgo de nuevos desprendimientos⟧",
            "Corrado Alvisi", "indirect", "glacier9-u2"),
         St('"⟦Cada hora cuenta⟧", dijo', "Corrado Alvisi", "direct", "glacier9-u1"),
         St("explicó que ⟦el agua de deshielo acumulada bajo la lengua del glaciar tras semanas de calor extremo "
            "pudo provocar el colapso⟧", "Lene Habicht", "indirect", "glacier9-u3"),
         St("anunció ⟦el cierre de todos los senderos del glaciar⟧", "Ottavio Brenni", "indirect", "glacier9-u5")),
        (Fg("unos ⟦250.000⟧ metros", 250_000, "about", "other", "glacier9-q-ice"),
         Fg("Al menos ⟦seis⟧ excursionistas", 6, "at least", "killed", "glacier9-q-killed"),
         Fg("unos ⟦diez⟧ siguen", 10, "about", "missing", "glacier9-q-missing"),
         Fg("⟦Catorce⟧ personas", 14, None, "other", "glacier9-q-rescued"))),
)

_GLACIER_FORMS: dict[str, tuple[str, ...]] = {
    "Corrado Alvisi": ("Corrado Alvisi", "Alvisi", "코라도 알비시", "알비시 대장", "코라도 알비시 산악구조대장",
                       "Einsatzleiter Corrado Alvisi"),
    "Lene Habicht": ("Lene Habicht", "Habicht", "레네 하비히트", "하비히트"),
    "Ottavio Brenni": ("Ottavio Brenni", "Brenni", "오타비오 브렌니", "브렌니 주지사", "Regionalpräsident Ottavio Brenni"),
    "Soccorso alpino Valsorna": ("Soccorso alpino", "soccorso alpino", "Bergrettung", "산악구조대",
                                 "secours en montagne", "rescate de montaña"),
}

_HOSPITAL: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml9-hospital-fire (test)
    Art("ml9-hospital-fire", "jornaldaserra.example", "regiao/2026/10/21/incendio-hospital-santa-clara",
        "2026-10-21", "pt",
        "Incêndio no Hospital de Santa Clara faz três mortos",
        ("Três doentes morreram e 11 pessoas ficaram feridas, entre elas dois enfermeiros, num incêndio que "
         "deflagrou na madrugada desta quarta-feira no serviço de medicina interna do Hospital de Santa Clara, em "
         "Vila Serrana. Foram retirados 86 doentes do edifício.",
         "“Em menos de vinte minutos, todos os doentes estavam fora da ala”, disse a diretora clínica, Graça "
         "Montalvão, que elogiou a atuação “exemplar” das equipas.",
         "Segundo o comandante dos bombeiros, Rui Amaral, o fogo começou numa arrecadação contígua à enfermaria. "
         "Cerca de 60 operacionais estiveram no local.",
         "A ministra da Saúde, Beatriz Lobão, que se deslocou ao hospital, afirmou que mandou abrir um inquérito. "
         "“Ninguém vai ficar sem respostas”, garantiu."),
        (St("“⟦Em menos de vinte minutos, todos os doentes estavam fora da ala⟧”", "Graça Montalvão", "direct",
            "hospital9-u1"),
         St("elogiou ⟦a atuação “exemplar” das equipas⟧", "Graça Montalvão", "partial", "hospital9-u2"),
         St("Amaral, ⟦o fogo começou numa arrecadação contígua à enfermaria⟧", "Rui Amaral", "indirect",
            "hospital9-u3"),
         St("afirmou que ⟦mandou abrir um inquérito⟧", "Beatriz Lobão", "indirect", "hospital9-u5"),
         St("“⟦Ninguém vai ficar sem respostas⟧”", "Beatriz Lobão", "direct", "hospital9-u4")),
        (Fg("⟦Três⟧ doentes", 3, None, "killed", "hospital9-q-killed"),
         Fg("e ⟦11⟧ pessoas", 11, None, "wounded", "hospital9-q-wounded"),
         Fg("retirados ⟦86⟧ doentes", 86, None, "other", "hospital9-q-evacuated"),
         Fg("Cerca de ⟦60⟧ operacionais", 60, "about", "other", "hospital9-q-firefighters"))),
    Art("ml9-hospital-fire", "lagacetaiberica.example", "internacional/incendio-hospital-vila-serrana",
        "2026-10-21", "es",
        "Tres muertos en el incendio de un hospital portugués",
        ("Tres pacientes fallecieron y más de una decena de personas resultaron heridas en el incendio declarado de "
         "madrugada en la planta de medicina interna del Hospital de Santa Clara, en la ciudad portuguesa de Vila "
         "Serrana. Cerca de 90 enfermos fueron evacuados.",
         "La directora del centro, Graça Montalvão, aseguró que todos los pacientes fueron sacados de la planta en "
         "menos de veinte minutos.",
         "Según los bomberos, el fuego se originó en un almacén contiguo a la sala.",
         '"Nadie se quedará sin respuestas", prometió la ministra de Sanidad portuguesa, Beatriz Lobão, que ordenó '
         "abrir una investigación."),
        (St("aseguró que ⟦todos los pacientes fueron sacados de la planta en menos de veinte minutos⟧",
            "Graça Montalvão", "indirect", "hospital9-u1"),
         St("bomberos, ⟦el fuego se originó en un almacén contiguo a la sala⟧", "Bombeiros de Vila Serrana",
            "indirect", "hospital9-u3"),
         St('"⟦Nadie se quedará sin respuestas⟧"', "Beatriz Lobão", "direct", "hospital9-u4")),
        (Fg("⟦Tres⟧ pacientes", 3, None, "killed", "hospital9-q-killed"),
         Fg("más de ⟦una decena⟧", 10, "more than", "wounded", "hospital9-q-wounded"),
         Fg("Cerca de ⟦90⟧ enfermos", 90, "about", "other", "hospital9-q-evacuated"))),
    Art("ml9-hospital-fire", "tageskurier-sued.example", "panorama/klinikbrand-vila-serrana-1.55302",
        "2026-10-21", "de",
        "Brand in portugiesischer Klinik: Drei Patienten sterben",
        ("Bei einem Feuer in einem Krankenhaus im portugiesischen Vila Serrana sind drei Patienten ums Leben "
         "gekommen. Elf Menschen wurden verletzt, rund 90 Patienten mussten in der Nacht in Sicherheit gebracht "
         "werden.",
         "Nach Angaben der Feuerwehr brach der Brand in einem Lagerraum neben der Station für Innere Medizin aus. "
         "Rund 60 Einsatzkräfte waren vor Ort.",
         "Klinikdirektorin Graça Montalvão lobte das Personal. Innerhalb von zwanzig Minuten seien alle Patienten "
         "aus der Station gebracht worden, sagte sie.",
         "„Niemand wird ohne Antworten bleiben“, versprach Gesundheitsministerin Beatriz Lobão. Eine "
         "Krankenschwester, die nicht namentlich genannt werden wollte, sagte unserer Zeitung, der Rauch habe sich "
         "„schneller als gedacht“ ausgebreitet."),
        (St("Feuerwehr ⟦brach der Brand in einem Lagerraum neben der Station für Innere Medizin aus⟧",
            "Bombeiros de Vila Serrana", "indirect", "hospital9-u3"),
         St("⟦Innerhalb von zwanzig Minuten seien alle Patienten aus der Station gebracht worden⟧, sagte sie",
            "Graça Montalvão", "indirect", "hospital9-u1"),
         St("„⟦Niemand wird ohne Antworten bleiben⟧“", "Beatriz Lobão", "direct", "hospital9-u4"),
         St("Zeitung, ⟦der Rauch habe sich „schneller als gedacht“ ausgebreitet⟧", "Santa Clara nurse (anonymous)",
            "partial", "hospital9-u6")),
        (Fg("sind ⟦drei⟧ Patienten", 3, None, "killed", "hospital9-q-killed"),
         Fg("⟦Elf⟧ Menschen", 11, None, "wounded", "hospital9-q-wounded"),
         Fg("rund ⟦90⟧ Patienten", 90, "about", "other", "hospital9-q-evacuated"),
         Fg("Rund ⟦60⟧ Einsatzkräfte", 60, "about", "other", "hospital9-q-firefighters"))),
    Art("ml9-hospital-fire", "gukjeilbo.example", "news/articleView.html?idxno=502871", "2026-10-21", "ko",
        "포르투갈 병원 화재로 환자 3명 사망…80여 명 대피",
        ("포르투갈 빌라 세하나의 산타 클라라 병원 내과 병동에서 21일 새벽 불이 나 환자 3명이 숨지고 11명이 "
         "다쳤다. 환자 80여 명이 긴급 대피했다.",
         "그라사 몬탈방 병원장은 “20분도 안 돼 모든 환자를 병동 밖으로 옮겼다”고 말했다. 현지 소방당국에 "
         "따르면 불은 병동 옆 창고에서 시작됐다.",
         "베아트리스 로방 보건장관은 진상 조사를 지시했다며 “누구도 답을 듣지 못한 채 남겨지지 않을 것”이라고 "
         "강조했다."),
        (St("“⟦20분도 안 돼 모든 환자를 병동 밖으로 옮겼다⟧”", "Graça Montalvão", "direct", "hospital9-u1"),
         St("따르면 ⟦불은 병동 옆 창고에서 시작됐다⟧", "Bombeiros de Vila Serrana", "indirect", "hospital9-u3"),
         St("보건장관은 ⟦진상 조사를 지시했다⟧며", "Beatriz Lobão", "indirect", "hospital9-u5"),
         St("“⟦누구도 답을 듣지 못한 채 남겨지지 않을 것⟧”", "Beatriz Lobão", "direct", "hospital9-u4")),
        (Fg("환자 ⟦3⟧명이", 3, None, "killed", "hospital9-q-killed"),
         Fg("⟦11⟧명이", 11, None, "wounded", "hospital9-q-wounded"),
         Fg("⟦80여⟧ 명이", 80, "more than", "other", "hospital9-q-evacuated"))),
    Art("ml9-hospital-fire", "atlanticdispatch.example", "world/2026/10/22/vila-serrana-hospital-fire",
        "2026-10-22", "en",
        "Three patients die in Portuguese hospital fire",
        ("A fire tore through an internal medicine ward at Santa Clara Hospital in Vila Serrana before dawn on "
         "Wednesday, killing three patients. The number of injured rose to 14 by the evening, among them four "
         "members of staff. Nearly 90 patients were moved out of the building.",
         '"Within twenty minutes every patient was out of the ward," hospital director Graça Montalvão told '
         'reporters. She said the staff had acted in an "exemplary" way.',
         "Fire commander Rui Amaral said the blaze appeared to have started in a storeroom next to the ward. About "
         "60 firefighters were deployed.",
         'Health Minister Beatriz Lobão has ordered an inquiry. "No one will be left without answers," she said.'),
        (St('"⟦Within twenty minutes every patient was out of the ward⟧,"', "Graça Montalvão", "direct",
            "hospital9-u1"),
         St('She said ⟦the staff had acted in an "exemplary" way⟧', "Graça Montalvão", "partial", "hospital9-u2"),
         St("Amaral said ⟦the blaze appeared to have started in a storeroom next to the ward⟧", "Rui Amaral",
            "indirect", "hospital9-u3"),
         St('"⟦No one will be left without answers⟧,"', "Beatriz Lobão", "direct", "hospital9-u4")),
        (Fg("killing ⟦three⟧ patients", 3, None, "killed", "hospital9-q-killed"),
         Fg("rose to ⟦14⟧", 14, None, "wounded", "hospital9-q-wounded"),
         Fg("Nearly ⟦90⟧ patients", 90, "nearly", "other", "hospital9-q-evacuated"),
         Fg("About ⟦60⟧ firefighters", 60, "about", "other", "hospital9-q-firefighters"))),
)

_HOSPITAL_FORMS: dict[str, tuple[str, ...]] = {
    "Graça Montalvão": ("Graça Montalvão", "Montalvão", "Graca Montalvao", "그라사 몬탈방", "몬탈방 병원장",
                        "Klinikdirektorin Graça Montalvão"),
    "Rui Amaral": ("Rui Amaral", "Amaral"),
    "Bombeiros de Vila Serrana": ("Bombeiros de Vila Serrana", "bombeiros", "Feuerwehr", "현지 소방당국", "소방당국",
                                  "firefighters"),
    "Beatriz Lobão": ("Beatriz Lobão", "Lobão", "Beatriz Lobao", "베아트리스 로방", "로방 장관", "로방 보건장관",
                      "Gesundheitsministerin Beatriz Lobão", "ministra"),
    "Santa Clara nurse (anonymous)": ("Krankenschwester", "nurse", "enfermeira"),
}

_BOAT: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml9-fishing-boat (test)
    Art("ml9-fishing-boat", "ilgiornaledelporto.example", "mare/peschereccio-scomparso-cabo-ferral", "2026-02-10",
        "it",
        "Peschereccio scomparso al largo di Cabo Ferral, undici marinai dispersi",
        ("Nessuna traccia del peschereccio portoghese Maré Alta III, partito domenica da Porto Calvão con undici "
         "uomini a bordo. Secondo la guardia costiera portoghese, l'ultimo contatto radio risale a lunedì sera, "
         "quando il mare era forza 7. Tutti gli undici marinai risultano dispersi.",
         "Le ricerche coinvolgono tre motovedette e un elicottero in un'area di circa 1.800 chilometri quadrati. "
         "«Non abbandoniamo nessuno», ha dichiarato il "
         "portavoce, il comandante Nuno Várzea.",
         "Il proprietario, Albino Serrão, ha detto che la barca era «in perfette condizioni» e aveva superato "
         "l'ispezione ad aprile."),
        (St("portoghese, ⟦l'ultimo contatto radio risale a lunedì sera, quando il mare era forza 7⟧",
            "Guarda Costeira (Porto Calvão)", "indirect", "fboat9-u7"),
         St("«⟦Non abbandoniamo nessuno⟧»", "Nuno Várzea", "direct", "fboat9-u2"),
         St("detto che ⟦la barca era «in perfette condizioni» e aveva superato l'ispezione ad aprile⟧",
            "Albino Serrão", "partial", "fboat9-u3")),
        (Fg("con ⟦undici⟧ uomini", 11, None, "other", "fboat9-q-aboard"),
         Fg("gli ⟦undici⟧ marinai", 11, None, "missing", "fboat9-q-missing"),
         Fg("circa ⟦1.800⟧ chilometri", 1800, "about", "other", "fboat9-q-area"))),
    Art("ml9-fishing-boat", "diariodolitoral.example", "pais/2026/02/10/naufragio-mare-alta-iii", "2026-02-10",
        "pt",
        "Naufrágio do Maré Alta III: quatro sobreviventes, seis pescadores desaparecidos",
        ("Quatro dos onze tripulantes do arrastão Maré Alta III, que deixou de dar sinal na noite de segunda-feira "
         "ao largo do Cabo Ferral, foram resgatados com vida esta terça-feira. Um pescador foi encontrado morto e "
         "seis continuam desaparecidos.",
         "De acordo com a Guarda Costeira, os sobreviventes estavam numa jangada salva-vidas e apresentavam sinais "
         "de hipotermia, mas encontram-se estáveis. As buscas abrangem uma área de mais de 2.500 quilómetros "
         "quadrados. “Não desistimos de ninguém”, disse o comandante Nuno Várzea, "
         "porta-voz da instituição.",
         "O armador, Albino Serrão, garantiu que o barco tinha passado a inspeção em abril. “Estes homens são a "
         "minha família”, disse, emocionado.",
         "O Sindicato dos Pescadores do Litoral Norte acusa as empresas de mandarem os barcos para o mar «com "
         "qualquer tempo» para pagar dívidas."),
        (St("Costeira, ⟦os sobreviventes estavam numa jangada salva-vidas e apresentavam sinais de hipotermia, mas "
            "encontram-se estáveis⟧", "Guarda Costeira (Porto Calvão)", "indirect", "fboat9-u1"),
         St("“⟦Não desistimos de ninguém⟧”", "Nuno Várzea", "direct", "fboat9-u2"),
         St("garantiu que ⟦o barco tinha passado a inspeção em abril⟧", "Albino Serrão", "indirect", "fboat9-u3"),
         St("“⟦Estes homens são a minha família⟧”", "Albino Serrão", "direct", "fboat9-u4"),
         St("acusa ⟦as empresas de mandarem os barcos para o mar «com qualquer tempo» para pagar dívidas⟧",
            "Sindicato dos Pescadores do Litoral Norte", "partial", "fboat9-u5")),
        (Fg("⟦Quatro⟧ dos onze", 4, None, "other", "fboat9-q-rescued"),
         Fg("dos ⟦onze⟧ tripulantes", 11, None, "other", "fboat9-q-aboard"),
         Fg("⟦Um⟧ pescador", 1, None, "killed", "fboat9-q-killed"),
         Fg("⟦seis⟧ continuam", 6, None, "missing", "fboat9-q-missing"),
         Fg("mais de ⟦2.500⟧ quilómetros", 2500, "more than", "other", "fboat9-q-area"))),
    Art("ml9-fishing-boat", "lavozdelcantabrico.example", "internacional/rescate-pesquero-mare-alta",
        "2026-02-11", "es",
        "Rescatan a cuatro marineros del pesquero portugués desaparecido",
        ("Los equipos de salvamento rescataron el martes a cuatro de los 11 tripulantes del arrastrero Maré Alta "
         "III, desaparecido frente al cabo Ferral. Uno de los pescadores fue hallado sin vida y otros seis siguen "
         "sin aparecer.",
         "Según la Guardia Costera portuguesa, los supervivientes se encontraban en una balsa salvavidas con "
         'síntomas de hipotermia. La zona de búsqueda supera los 2.500 kilómetros cuadrados. "No vamos a '
         'abandonar a nadie", declaró su portavoz, el comandante Nuno Várzea.',
         "El armador, Albino Serrão, afirmó que el barco había superado la inspección en abril.",
         "El sindicato de pescadores denunció que la alerta por temporal se había emitido horas antes de que zarpara "
         "el barco."),
        (St("portuguesa, ⟦los supervivientes se encontraban en una balsa salvavidas con síntomas de hipotermia⟧",
            "Guarda Costeira (Porto Calvão)", "indirect", "fboat9-u1"),
         St('"⟦No vamos a abandonar a nadie⟧"', "Nuno Várzea", "direct", "fboat9-u2"),
         St("afirmó que ⟦el barco había superado la inspección en abril⟧", "Albino Serrão", "indirect", "fboat9-u3"),
         St("denunció que ⟦la alerta por temporal se había emitido horas antes de que zarpara el barco⟧",
            "Sindicato dos Pescadores do Litoral Norte", "indirect", "fboat9-u6")),
        (Fg("a ⟦cuatro⟧ de los", 4, None, "other", "fboat9-q-rescued"),
         Fg("los ⟦11⟧ tripulantes", 11, None, "other", "fboat9-q-aboard"),
         Fg("⟦Uno⟧ de los pescadores", 1, None, "killed", "fboat9-q-killed"),
         Fg("otros ⟦seis⟧", 6, None, "missing", "fboat9-q-missing"),
         Fg("supera los ⟦2.500⟧ kilómetros", 2500, "more than", "other", "fboat9-q-area"))),
    Art("ml9-fishing-boat", "hansewelle.example", "panorama/fischkutter-portugal-vier-gerettet-1.30472",
        "2026-02-11", "de",
        "Fischkutter vor Portugal gesunken: Vier Seeleute gerettet",
        ("Vier Besatzungsmitglieder des vermissten portugiesischen Fischkutters „Maré Alta III“ sind am Dienstag "
         "lebend aus einer Rettungsinsel geborgen worden. Ein Fischer wurde tot aufgefunden, sechs weitere werden "
         "noch vermisst. Insgesamt waren elf Männer an Bord.",
         "„Wir geben niemanden auf“, sagte Kommandant Nuno Várzea, Sprecher der Küstenwache. Die Geretteten seien "
         "unterkühlt, aber in stabilem Zustand, teilte die Küstenwache mit. Das Suchgebiet umfasst mehr als 2500 "
         "Quadratkilometer.",
         "Reeder Albino Serrão zeigte sich erschüttert: „Diese Männer sind meine Familie.“",
         "Die Fischergewerkschaft des nördlichen Küstenabschnitts wirft den Reedereien vor, die Boote „bei jedem "
         "Wetter“ hinauszuschicken."),
        (St("„⟦Wir geben niemanden auf⟧“", "Nuno Várzea", "direct", "fboat9-u2"),
         St("⟦Die Geretteten seien unterkühlt, aber in stabilem Zustand⟧, teilte", "Guarda Costeira (Porto Calvão)",
            "indirect", "fboat9-u1"),
         St("„⟦Diese Männer sind meine Familie⟧.“", "Albino Serrão", "direct", "fboat9-u4"),
         St("vor, ⟦die Boote „bei jedem Wetter“ hinauszuschicken⟧", "Sindicato dos Pescadores do Litoral Norte",
            "partial", "fboat9-u5")),
        (Fg("⟦Vier⟧ Besatzungsmitglieder", 4, None, "other", "fboat9-q-rescued"),
         Fg("⟦Ein⟧ Fischer", 1, None, "killed", "fboat9-q-killed"),
         Fg("⟦sechs⟧ weitere", 6, None, "missing", "fboat9-q-missing"),
         Fg("waren ⟦elf⟧ Männer", 11, None, "other", "fboat9-q-aboard"),
         Fg("mehr als ⟦2500⟧ Quadratkilometer", 2500, "more than", "other", "fboat9-q-area"))),
    Art("ml9-fishing-boat", "haeyangsinmun.example", "news/articleView.html?idxno=119364", "2026-02-11", "ko",
        "포르투갈 어선 실종…한국인 선원 포함 6명 수색 중",
        ("포르투갈 카보 페랄 앞바다에서 연락이 끊긴 어선 ‘마레 알타 3호’의 선원 11명 가운데 4명이 구조되고 "
         "1명은 숨진 채 발견됐다. 한국인 선원 1명을 포함한 6명은 아직 실종 상태다.",
         "해안경비대에 따르면 구조된 선원들은 구명뗏목에 타고 있었으며 저체온증 증세를 보였지만 생명에는 지장이 "
         "없다. 수색 범위는 2천500여㎢에 이른다. 누누 바르제아 해안경비대 대변인은 “단 한 명도 포기하지 않겠다”고 말했다.",
         "선주 알비누 세항은 이 배가 지난 4월 안전검사를 통과했다고 주장했다.",
         "북부 연안 어민노조는 성명을 내고 “빚과 할당량 때문에 어민들이 날씨와 상관없이 바다로 내몰리고 "
         "있다”고 비판했다."),
        (St("따르면 ⟦구조된 선원들은 구명뗏목에 타고 있었으며 저체온증 증세를 보였지만 생명에는 지장이 없다⟧",
            "Guarda Costeira (Porto Calvão)", "indirect", "fboat9-u1"),
         St("“⟦단 한 명도 포기하지 않겠다⟧”", "Nuno Várzea", "direct", "fboat9-u2"),
         St("세항은 ⟦이 배가 지난 4월 안전검사를 통과했다⟧고", "Albino Serrão", "indirect", "fboat9-u3"),
         St("“⟦빚과 할당량 때문에 어민들이 날씨와 상관없이 바다로 내몰리고 있다⟧”",
            "Sindicato dos Pescadores do Litoral Norte", "direct", "fboat9-u5")),
        (Fg("선원 ⟦11⟧명", 11, None, "other", "fboat9-q-aboard"),
         Fg("⟦4⟧명이 구조되고", 4, None, "other", "fboat9-q-rescued"),
         Fg("⟦1⟧명은 숨진", 1, None, "killed", "fboat9-q-killed"),
         Fg("⟦6⟧명은 아직", 6, None, "missing", "fboat9-q-missing"),
         Fg("⟦2천500여⟧㎢", 2500, "more than", "other", "fboat9-q-area"))),
)

_BOAT_FORMS: dict[str, tuple[str, ...]] = {
    "Guarda Costeira (Porto Calvão)": ("Guarda Costeira", "guarda costeira", "guardia costiera", "Guardia Costera",
                                       "Küstenwache", "해안경비대"),
    "Nuno Várzea": ("Nuno Várzea", "Várzea", "Nuno Varzea", "누누 바르제아", "바르제아 대변인",
                    "Kommandant Nuno Várzea", "comandante Nuno Várzea"),
    "Albino Serrão": ("Albino Serrão", "Serrão", "Albino Serrao", "알비누 세항", "세항", "Reeder Albino Serrão",
                      "armador", "proprietario"),
    "Sindicato dos Pescadores do Litoral Norte": ("Sindicato dos Pescadores do Litoral Norte",
                                                  "sindicato de pescadores", "Fischergewerkschaft", "어민노조",
                                                  "북부 연안 어민노조"),
}

ARTICLES_27: tuple[Art, ...] = _TRAM + _GLACIER + _HOSPITAL + _BOAT
SPEAKER_FORMS_27: dict[str, tuple[str, ...]] = {
    **_TRAM_FORMS, **_GLACIER_FORMS, **_HOSPITAL_FORMS, **_BOAT_FORMS}
