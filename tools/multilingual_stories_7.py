"""Stories of the third held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (both test, listed in TEST_STORIES there): a grid blackout across two countries whose death toll and
count of households without power differ by source and day (ml4-blackout), and an explosion at a Korean-owned
battery factory in Germany with the company, a union and a prosecutor quoted (ml4-factory).

Annotation choices beyond the protocol: households without power, hospitals on generators, passengers freed from
stalled trains and workers evacuated from a plant are `other`; the one-country count of households (Meltrenia only)
is its own quantity; durations ("mehr als 20 Stunden"), percentages of customers reconnected and plant capacity are
not counts the story is about and stay unannotated; an official toll given on a new day is a new utterance (the same
quantity); an ordinal that gives the toll ("A fourth worker has died") is annotated with the count it states.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_7: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a blackout across two countries (TEST)
    Art("ml4-blackout", "elbkurier.example", "panorama/stromausfall-sarovien-meltrenien-1.7731", "2026-11-03", "de",
        "Stromausfall in Sarovien und Meltrenien: Mindestens vier Tote",
        ("Ein großflächiger Stromausfall hat in der Nacht zum Dienstag weite Teile Saroviens und des benachbarten "
         "Meltrenien lahmgelegt. Mehr als drei Millionen Haushalte waren zeitweise ohne Strom, rund 40 "
         "Krankenhäuser mussten auf Notstromaggregate umschalten. Mindestens vier Todesfälle werden mit dem Ausfall "
         "in Verbindung gebracht, darunter ein Patient, dessen Beatmungsgerät versagte.",
         "„Das Netz ist wieder stabil, aber über den Berg sind wir noch nicht“, sagte der sarovische "
         "Energieminister Ilija Wareschko am Dienstag in Tarnel. Er erklärte, dass eine Störung im grenznahen "
         "Umspannwerk Velka Lipa die Kettenreaktion ausgelöst habe. Einen Cyberangriff schließe die Regierung "
         "derzeit aus, fügte Wareschko hinzu.",
         "In der Hauptstadt Tarnel saßen rund 12.000 Fahrgäste stundenlang in U-Bahn-Zügen fest. Laut Netzbetreiber "
         "Sarelec hatten bis Dienstagmittag wieder neun von zehn Haushalten Strom.",
         "„Unsere Generatoren laufen seit mehr als 20 Stunden ohne Pause“, sagte Petra Lunek, Direktorin der "
         "Universitätsklinik Tarnel. Dem meltrenischen Zivilschutz zufolge waren im Nachbarland zeitweise 1,4 "
         "Millionen Haushalte betroffen."),
        (St("„⟦Das Netz ist wieder stabil, aber über den Berg sind wir noch nicht⟧“", "Ilija Varesko", "direct",
            "blackout-u1"),
         St("dass ⟦eine Störung im grenznahen Umspannwerk Velka Lipa die Kettenreaktion ausgelöst habe⟧",
            "Ilija Varesko", "indirect", "blackout-u2"),
         St("⟦Einen Cyberangriff schließe die Regierung derzeit aus⟧, fügte", "Ilija Varesko", "indirect",
            "blackout-u3"),
         St("Sarelec ⟦hatten bis Dienstagmittag wieder neun von zehn Haushalten Strom⟧", "Sarelec", "indirect",
            "blackout-u4"),
         St("„⟦Unsere Generatoren laufen seit mehr als 20 Stunden ohne Pause⟧“", "Petra Lunek", "direct",
            "blackout-u5"),
         St("zufolge ⟦waren im Nachbarland zeitweise 1,4 Millionen Haushalte betroffen⟧",
            "Meltrenian civil protection", "indirect", "blackout-u6")),
        (Fg("Mehr als ⟦drei Millionen⟧ Haushalte", 3_000_000, "more than", "other", "blackout-q-households"),
         Fg("rund ⟦40⟧ Krankenhäuser", 40, "about", "other", "blackout-q-hospitals"),
         Fg("Mindestens ⟦vier⟧ Todesfälle", 4, "at least", "killed", "blackout-q-dead"),
         Fg("rund ⟦12.000⟧ Fahrgäste", 12000, "about", "other", "blackout-q-metro"),
         Fg("zeitweise ⟦1,4 Millionen⟧ Haushalte", 1_400_000, None, "other", "blackout-q-households-meltrenia"))),
    Art("ml4-blackout", "dongbuilbo.example", "news/articleView.html?idxno=120447", "2026-11-03", "ko",
        "사로비아·멜트레니아 대정전…최소 4명 사망",
        ("사로비아와 이웃 나라 멜트레니아 일대에서 2일 밤 대규모 정전이 발생해 약 350만 가구가 전기 없이 밤을 "
         "보냈다. 병원 40여 곳이 비상 발전기를 돌렸고, 정전과 관련된 사망자는 최소 4명으로 집계됐다.",
         "일리야 바레스코 사로비아 에너지장관은 3일 기자회견에서 “전력망은 안정을 되찾았지만 아직 고비를 넘긴 것은 "
         "아니다”라고 말했다. 그는 국경 인근 벨카 리파 변전소의 고장이 연쇄 정전을 불렀다고 설명했다.",
         "수도 타르넬에서는 지하철 승객 1만2천여 명이 멈춰 선 열차 안에 몇 시간씩 갇혀 있었다. 타르넬 대학병원의 "
         "페트라 루넥 원장은 “발전기가 20시간 넘게 한 번도 멈추지 않고 돌아가고 있다”고 전했다.",
         "사로비아 전력망 운영사 사렐렉에 따르면 3일 정오까지 전체 가구의 90%에 전력 공급이 재개됐다. 마렌 "
         "둘라비치 멜트레니아 내무장관은 사이버 공격의 흔적은 발견되지 않았다고 밝혔다."),
        (St("“⟦전력망은 안정을 되찾았지만 아직 고비를 넘긴 것은 아니다⟧”", "Ilija Varesko", "direct", "blackout-u1"),
         St("그는 ⟦국경 인근 벨카 리파 변전소의 고장이 연쇄 정전을 불렀다⟧고", "Ilija Varesko", "indirect",
            "blackout-u2"),
         St("“⟦발전기가 20시간 넘게 한 번도 멈추지 않고 돌아가고 있다⟧”", "Petra Lunek", "direct", "blackout-u5"),
         St("따르면 ⟦3일 정오까지 전체 가구의 90%에 전력 공급이 재개됐다⟧", "Sarelec", "indirect", "blackout-u4"),
         St("내무장관은 ⟦사이버 공격의 흔적은 발견되지 않았다⟧고", "Maren Dulavic", "indirect", "blackout-u7")),
        (Fg("약 ⟦350만⟧ 가구", 3_500_000, "about", "other", "blackout-q-households"),
         Fg("병원 ⟦40여⟧ 곳", 40, "more than", "other", "blackout-q-hospitals"),
         Fg("최소 ⟦4⟧명으로", 4, "at least", "killed", "blackout-q-dead"),
         Fg("승객 ⟦1만2천여⟧ 명이", 12000, "more than", "other", "blackout-q-metro"))),
    Art("ml4-blackout", "lasentinelledurhone.example", "monde/panne-geante-sarovie-meltrenie-bilan", "2026-11-04",
        "fr",
        "Panne géante en Sarovie et en Meltrénie : le bilan monte à six morts",
        ("Au lendemain de la gigantesque panne d'électricité qui a plongé dans le noir une bonne partie de la "
         "Sarovie et de la Meltrénie voisine, le bilan s'est alourdi mercredi : six décès sont désormais attribués "
         "à la coupure, selon le ministère sarovien de la Santé. Près de 3,5 millions de foyers ont été privés de "
         "courant, parfois pendant plus d'une journée.",
         f"Une quarantaine d'hôpitaux ont dû fonctionner sur groupes électrogènes. «{NB}Nos générateurs tournent "
         f"depuis plus de vingt heures sans interruption{NB}», a témoigné mardi Petra Lunek, directrice du centre "
         "hospitalier universitaire de Tarnel.",
         "D'après le ministre sarovien de l'Énergie, Ilija Varesko, c'est une défaillance du poste de "
         "transformation de Velka Lipa, près de la frontière, qui a déclenché la réaction en chaîne. Le ministre a "
         "assuré qu'aucune piste criminelle n'était privilégiée à ce stade. Un ingénieur de l'opérateur Sarelec, qui "
         f"a souhaité rester anonyme, affirme pourtant que le poste «{NB}attendait une révision depuis des "
         f"mois{NB}».",
         f"À Tarnel, quelque 12{NB}000 voyageurs ont été évacués des rames de métro bloquées dans les tunnels."),
        (St("⟦six décès sont désormais attribués à la coupure⟧, selon", "Sarovian health ministry", "indirect",
            "blackout-u8"),
         St(f"«{NB}⟦Nos générateurs tournent depuis plus de vingt heures sans interruption⟧{NB}»", "Petra Lunek",
            "direct", "blackout-u5"),
         St("Varesko, ⟦c'est une défaillance du poste de transformation de Velka Lipa, près de la frontière, qui a "
            "déclenché la réaction en chaîne⟧", "Ilija Varesko", "indirect", "blackout-u2"),
         St("assuré qu'⟦aucune piste criminelle n'était privilégiée à ce stade⟧", "Ilija Varesko", "indirect",
            "blackout-u3"),
         St(f"affirme pourtant que ⟦le poste «{NB}attendait une révision depuis des mois{NB}»⟧",
            "Sarelec engineer (anonymous)", "partial", "blackout-u9")),
        (Fg("⟦six⟧ décès", 6, None, "killed", "blackout-q-dead"),
         Fg("Près de ⟦3,5 millions⟧ de foyers", 3_500_000, "nearly", "other", "blackout-q-households"),
         Fg("⟦Une quarantaine⟧ d'hôpitaux", 40, "about", "other", "blackout-q-hospitals"),
         Fg(f"quelque ⟦12{NB}000⟧ voyageurs", 12000, "about", "other", "blackout-q-metro"))),
    Art("ml4-blackout", "elfarodeponiente.example", "internacional/2026-11-04/apagon-sarovia-meltrenia-muertos",
        "2026-11-04", "es",
        "Seis muertos y millones de hogares a oscuras por el gran apagón de Sarovia y Meltrenia",
        ("El apagón que dejó sin luz a Sarovia y a la vecina Meltrenia en la noche del lunes se ha cobrado al menos "
         "seis vidas, según el Ministerio de Sanidad sarovio. Unos 3,2 millones de hogares se quedaron sin "
         "suministro y más de 12.000 pasajeros tuvieron que ser evacuados del metro de Tarnel.",
         "«La red está estable, pero todavía no hemos salido del bache», dijo el ministro de Energía sarovio, Ilia "
         "Varesko. Según el ministro, el fallo se originó en la subestación fronteriza de Velka Lipa.",
         "La ministra del Interior de Meltrenia, Maren Dulavic, aseguró que su país «no tiene ningún indicio» de un "
         "ciberataque. Sin embargo, un técnico de la operadora Sarelec contó a este diario, bajo condición de "
         "anonimato, que la subestación llevaba meses pendiente de mantenimiento.",
         "Unos cuarenta hospitales funcionaron con generadores durante la noche."),
        (St("⟦El apagón que dejó sin luz a Sarovia y a la vecina Meltrenia en la noche del lunes se ha cobrado al "
            "menos seis vidas⟧, según", "Sarovian health ministry", "indirect", "blackout-u8"),
         St("«⟦La red está estable, pero todavía no hemos salido del bache⟧»", "Ilija Varesko", "direct",
            "blackout-u1"),
         St("Según el ministro, ⟦el fallo se originó en la subestación fronteriza de Velka Lipa⟧", "Ilija Varesko",
            "indirect", "blackout-u2"),
         St("aseguró que ⟦su país «no tiene ningún indicio» de un ciberataque⟧", "Maren Dulavic", "partial",
            "blackout-u7"),
         St("anonimato, que ⟦la subestación llevaba meses pendiente de mantenimiento⟧",
            "Sarelec engineer (anonymous)", "indirect", "blackout-u9")),
        (Fg("al menos ⟦seis⟧ vidas", 6, "at least", "killed", "blackout-q-dead"),
         Fg("Unos ⟦3,2 millones⟧ de hogares", 3_200_000, "about", "other", "blackout-q-households"),
         Fg("más de ⟦12.000⟧ pasajeros", 12000, "more than", "other", "blackout-q-metro"),
         Fg("Unos ⟦cuarenta⟧ hospitales", 40, "about", "other", "blackout-q-hospitals"))),
    Art("ml4-blackout", "thenorthernledger.example", "world/2026/11/05/sarovia-blackout-death-toll-seven",
        "2026-11-05", "en",
        "Blackout death toll rises to seven as Sarovia looks at substation fault",
        ("Seven deaths have now been linked to the blackout that cut power across Sarovia and neighbouring "
         "Meltrenia on Monday night, the Sarovian health ministry said on Thursday.",
         "At the peak of the outage, 3.6 million households were without electricity, according to Sarelec, the "
         "Sarovian grid operator, and some 40 hospitals ran on backup generators. The company said it had restored "
         "supply to almost every customer by Wednesday evening.",
         '"The grid is stable, but we are not out of the woods yet," Energy Minister Ilija Varesko told parliament '
         "in Tarnel on Wednesday. He said a fault at the Velka Lipa substation near the border had set off a "
         "cascade of failures across both networks.",
         "An engineer at Sarelec, speaking on condition of anonymity, said the substation had been \"waiting for an "
         "overhaul for months\". Meltrenia's Interior Minister Maren Dulavic said there was \"no indication "
         "whatsoever\" of a cyberattack."),
        (St("⟦Seven deaths have now been linked to the blackout that cut power across Sarovia and neighbouring "
            "Meltrenia on Monday night⟧, the Sarovian", "Sarovian health ministry", "indirect", "blackout-u10"),
         St("⟦At the peak of the outage, 3.6 million households were without electricity⟧, according",
            "Sarelec", "indirect", "blackout-u11"),
         St("said ⟦it had restored supply to almost every customer by Wednesday evening⟧", "Sarelec", "indirect",
            "blackout-u12"),
         St('"⟦The grid is stable, but we are not out of the woods yet⟧,"', "Ilija Varesko", "direct",
            "blackout-u1"),
         St("He said ⟦a fault at the Velka Lipa substation near the border had set off a cascade of failures across "
            "both networks⟧", "Ilija Varesko", "indirect", "blackout-u2"),
         St('said ⟦the substation had been "waiting for an overhaul for months"⟧', "Sarelec engineer (anonymous)",
            "partial", "blackout-u9"),
         St('Dulavic said ⟦there was "no indication whatsoever" of a cyberattack⟧', "Maren Dulavic", "partial",
            "blackout-u7")),
        (Fg("⟦Seven⟧ deaths", 7, None, "killed", "blackout-q-dead"),
         Fg("outage, ⟦3.6 million⟧ households", 3_600_000, None, "other", "blackout-q-households"),
         Fg("some ⟦40⟧ hospitals", 40, "about", "other", "blackout-q-hospitals"))),
    Art("ml4-blackout", "lagazzettadelbrennero.example", "esteri/blackout-sarovia-meltrenia-sei-morti", "2026-11-04",
        "it",
        "Blackout tra Sarovia e Meltrenia, sei morti. Il ministro: «Rete stabile, ma non è finita»",
        ("Sale a sei il numero dei morti collegati al blackout che nella notte tra lunedì e martedì ha lasciato al "
         "buio la Sarovia e la vicina Meltrenia. Oltre 3 milioni di famiglie sono rimaste senza corrente, secondo "
         "le stime dei due gestori di rete, e una quarantina di ospedali hanno dovuto ricorrere ai generatori. "
         "Dal policlinico universitario di Tarnel una decina di pazienti della terapia intensiva sono stati "
         "trasferiti in elicottero in città rimaste illuminate.",
         "«La rete è stabile, ma non siamo ancora fuori pericolo», ha detto il ministro dell'Energia sarovese Ilija "
         "Varesko, secondo cui il guasto è partito dalla sottostazione di Velka Lipa, al confine tra i due Paesi.",
         "A Tarnel circa 12mila passeggeri sono rimasti intrappolati per ore nei vagoni della metropolitana. La "
         "ministra dell'Interno meltrenese, Maren Dulavic, ha escluso un attacco informatico: «Non abbiamo alcun "
         "indizio in questo senso»."),
        (St("⟦Oltre 3 milioni di famiglie sono rimaste senza corrente⟧, secondo", "Sarovian and Meltrenian grid operators",
            "indirect", "blackout-u13"),
         St("«⟦La rete è stabile, ma non siamo ancora fuori pericolo⟧»", "Ilija Varesko", "direct", "blackout-u1"),
         St("secondo cui ⟦il guasto è partito dalla sottostazione di Velka Lipa, al confine tra i due Paesi⟧",
            "Ilija Varesko", "indirect", "blackout-u2"),
         St("«⟦Non abbiamo alcun indizio in questo senso⟧»", "Maren Dulavic", "direct", "blackout-u7")),
        (Fg("a ⟦sei⟧ il numero", 6, None, "killed", "blackout-q-dead"),
         Fg("Oltre ⟦3 milioni⟧ di famiglie", 3_000_000, "more than", "other", "blackout-q-households"),
         Fg("e ⟦una quarantina⟧ di ospedali", 40, "about", "other", "blackout-q-hospitals"),
         Fg("Tarnel ⟦una decina⟧ di pazienti", 10, "about", "other", "blackout-q-transferred"),
         Fg("circa ⟦12mila⟧ passeggeri", 12000, "about", "other", "blackout-q-metro"))),
    # ---------------------------------------------------------------- a battery factory explosion (TEST)
    Art("ml4-factory", "nordwestbote.example", "region/explosion-batteriefabrik-ostervelde-1.90214", "2026-10-15",
        "de",
        "Explosion in Batteriefabrik in Ostervelde: Drei Tote, mehr als 20 Verletzte",
        ("Bei einer Explosion in der Batteriezellfabrik des südkoreanischen Konzerns Daeryun Cell in Ostervelde sind "
         "am Donnerstagmorgen drei Menschen ums Leben gekommen. Mehr als 20 Beschäftigte wurden verletzt, sechs von "
         "ihnen schwer. Rund 1.200 Mitarbeiterinnen und Mitarbeiter brachten sich aus dem Werk in Sicherheit, "
         "Anwohner wurden aufgefordert, Fenster und Türen geschlossen zu halten.",
         "Nach Angaben der Feuerwehr ereignete sich die Explosion gegen 6.40 Uhr in der sogenannten "
         "Formierungshalle, in der die Zellen zum ersten Mal geladen werden. „Wir bedauern zutiefst, was heute "
         "geschehen ist, und arbeiten eng mit den Behörden zusammen“, sagte Unternehmenssprecher Ha-neul Kim am "
         "Nachmittag vor dem Werkstor.",
         "Die Gewerkschaft IGBC erhebt schwere Vorwürfe. „Wir haben seit Monaten vor dem Zeitdruck in der "
         "Formierung gewarnt“, sagte Gewerkschaftssekretär Jörg Tenhagen. Die Werksleitung habe alle Hinweise der "
         "Belegschaft ignoriert.",
         "Die Staatsanwaltschaft Ostervelde hat ein Ermittlungsverfahren wegen fahrlässiger Tötung eingeleitet. "
         "„Wir ermitteln in alle Richtungen“, sagte Oberstaatsanwältin Miriam Oldenkott."),
        (St("Feuerwehr ⟦ereignete sich die Explosion gegen 6.40 Uhr in der sogenannten Formierungshalle, in der die "
            "Zellen zum ersten Mal geladen werden⟧", "Ostervelde fire brigade", "indirect", "factory-u2"),
         St("„⟦Wir bedauern zutiefst, was heute geschehen ist, und arbeiten eng mit den Behörden zusammen⟧“",
            "Kim Ha-neul", "direct", "factory-u1"),
         St("„⟦Wir haben seit Monaten vor dem Zeitdruck in der Formierung gewarnt⟧“", "Jörg Tenhagen", "direct",
            "factory-u3"),
         St("⟦Die Werksleitung habe alle Hinweise der Belegschaft ignoriert⟧", "Jörg Tenhagen", "indirect",
            "factory-u4"),
         St("„⟦Wir ermitteln in alle Richtungen⟧“", "Miriam Oldenkott", "direct", "factory-u5")),
        (Fg("⟦drei⟧ Menschen ums", 3, None, "killed", "factory-q-dead"),
         Fg("Mehr als ⟦20⟧ Beschäftigte", 20, "more than", "wounded", "factory-q-injured"),
         Fg("⟦sechs⟧ von", 6, None, "wounded", "factory-q-serious"),
         Fg("Rund ⟦1.200⟧ Mitarbeiterinnen", 1200, "about", "other", "factory-q-evacuated"))),
    Art("ml4-factory", "minjokilbo.example", "news/articleView.html?idxno=311829", "2026-10-16", "ko",
        "대륜셀 독일 배터리 공장서 폭발…3명 사망·20여 명 부상",
        ("대륜셀의 독일 오스터펠데 배터리 셀 공장에서 15일 오전(현지시간) 폭발 사고가 나 근로자 3명이 숨지고 "
         "20여 명이 다쳤다. 부상자 가운데 6명은 중상인 것으로 알려졌다. 사고 당시 공장에 있던 직원 1천200여 명은 "
         "모두 대피했다.",
         "김하늘 대륜셀 대변인은 “오늘 일어난 일에 대해 깊은 유감을 표하며 현지 당국과 긴밀히 협력하고 있다”고 "
         "말했다. 그는 사고가 셀을 처음 충전하는 화성 공정 건물에서 발생했다고 설명했다.",
         "현지 노동조합 IGBC의 외르크 텐하겐 사무국장은 “몇 달 전부터 화성 공정의 무리한 작업 속도를 "
         "경고해왔다”며 회사 측을 비판했다.",
         "독일 검찰은 업무상 과실치사 혐의로 수사에 착수했다. 미리암 올덴코트 검사는 “모든 가능성을 열어두고 "
         "수사하고 있다”고 밝혔다. 업계에 따르면 오스터펠데 공장은 대륜셀이 유럽에 처음 세운 생산기지다."),
        (St("“⟦오늘 일어난 일에 대해 깊은 유감을 표하며 현지 당국과 긴밀히 협력하고 있다⟧”", "Kim Ha-neul",
            "direct", "factory-u1"),
         St("그는 ⟦사고가 셀을 처음 충전하는 화성 공정 건물에서 발생했다⟧고", "Kim Ha-neul", "indirect",
            "factory-u6"),
         St("“⟦몇 달 전부터 화성 공정의 무리한 작업 속도를 경고해왔다⟧”", "Jörg Tenhagen", "direct", "factory-u3"),
         St("“⟦모든 가능성을 열어두고 수사하고 있다⟧”", "Miriam Oldenkott", "direct", "factory-u5"),
         St("따르면 ⟦오스터펠데 공장은 대륜셀이 유럽에 처음 세운 생산기지다⟧", "industry sources (anonymous)",
            "indirect", "factory-u7")),
        (Fg("근로자 ⟦3⟧명이", 3, None, "killed", "factory-q-dead"),
         Fg("⟦20여⟧ 명이 다쳤다", 20, "more than", "wounded", "factory-q-injured"),
         Fg("가운데 ⟦6⟧명은", 6, None, "wounded", "factory-q-serious"),
         Fg("직원 ⟦1천200여⟧ 명은", 1200, "more than", "other", "factory-q-evacuated"))),
    Art("ml4-factory", "ilcorrieredelvalico.example", "esteri/germania-esplosione-fabbrica-batterie-ostervelde",
        "2026-10-16", "it",
        "Germania, esplode fabbrica di batterie coreana: salgono a quattro i morti",
        ("È salito a quattro il bilancio delle vittime dell'esplosione che giovedì mattina ha devastato la fabbrica "
         "di celle per batterie del gruppo sudcoreano Daeryun Cell a Ostervelde, nella Germania settentrionale. Uno "
         "dei feriti gravi è morto nella notte in ospedale, ha fatto sapere la polizia. I feriti sono una ventina, "
         "mentre circa 1.200 lavoratori sono stati evacuati.",
         "«Siamo profondamente addolorati e stiamo collaborando strettamente con le autorità», ha dichiarato il "
         "portavoce dell'azienda, Kim Ha-neul. Secondo il sindacalista Jörg Tenhagen, dell'IGBC, i vertici dello "
         "stabilimento erano stati avvertiti da mesi dei ritmi eccessivi nel reparto di formazione delle celle.",
         "La procura di Ostervelde ha aperto un'inchiesta per omicidio colposo plurimo. «Indaghiamo in tutte le "
         "direzioni», ha detto la procuratrice Miriam Oldenkott, che non ha voluto commentare le accuse del "
         "sindacato. Venerdì visiterà personalmente lo stabilimento, ha aggiunto."),
        (St("⟦Uno dei feriti gravi è morto nella notte in ospedale⟧, ha fatto", "Ostervelde police", "indirect",
            "factory-u8"),
         St("«⟦Siamo profondamente addolorati e stiamo collaborando strettamente con le autorità⟧»", "Kim Ha-neul",
            "direct", "factory-u1"),
         St("IGBC, ⟦i vertici dello stabilimento erano stati avvertiti da mesi dei ritmi eccessivi nel reparto di "
            "formazione delle celle⟧", "Jörg Tenhagen", "indirect", "factory-u3"),
         St("«⟦Indaghiamo in tutte le direzioni⟧»", "Miriam Oldenkott", "direct", "factory-u5"),
         St("⟦Venerdì visiterà personalmente lo stabilimento⟧, ha aggiunto", "Miriam Oldenkott", "indirect",
            "factory-u10")),
        (Fg("a ⟦quattro⟧ il bilancio", 4, None, "killed", "factory-q-dead"),
         Fg("sono ⟦una ventina⟧", 20, "about", "wounded", "factory-q-injured"),
         Fg("circa ⟦1.200⟧ lavoratori", 1200, "about", "other", "factory-q-evacuated"))),
    Art("ml4-factory", "diariodeaveiro.example", "mundo/explosao-fabrica-baterias-alemanha-quatro-mortos",
        "2026-10-16", "pt",
        "Explosão em fábrica de baterias na Alemanha faz quatro mortos",
        ("Subiu para quatro o número de mortos da explosão de quinta-feira numa fábrica de baterias da sul-coreana "
         "Daeryun Cell em Ostervelde, no norte da Alemanha. Mais de 20 pessoas ficaram feridas, seis delas com "
         "gravidade, e cerca de 1.200 funcionários foram retirados do edifício.",
         "Segundo a procuradora Miriam Oldenkott, foi aberto um inquérito por homicídio por negligência. “Estamos a "
         "investigar em todas as direções”, disse aos jornalistas.",
         "O sindicalista Jörg Tenhagen afirmou que a direção da fábrica “fez ouvidos moucos” aos avisos dos "
         "trabalhadores. A "
         "empresa, por sua vez, garantiu em comunicado que está a colaborar plenamente com as autoridades alemãs."),
        (St("Oldenkott, ⟦foi aberto um inquérito por homicídio por negligência⟧", "Miriam Oldenkott", "indirect",
            "factory-u11"),
         St("“⟦Estamos a investigar em todas as direções⟧”", "Miriam Oldenkott", "direct", "factory-u5"),
         St("afirmou que ⟦a direção da fábrica “fez ouvidos moucos” aos avisos dos trabalhadores⟧", "Jörg Tenhagen",
            "partial", "factory-u4"),
         St("comunicado que ⟦está a colaborar plenamente com as autoridades alemãs⟧", "Daeryun Cell", "indirect",
            "factory-u12")),
        (Fg("para ⟦quatro⟧ o número", 4, None, "killed", "factory-q-dead"),
         Fg("Mais de ⟦20⟧ pessoas", 20, "more than", "wounded", "factory-q-injured"),
         Fg("⟦seis⟧ delas", 6, None, "wounded", "factory-q-serious"),
         Fg("cerca de ⟦1.200⟧ funcionários", 1200, "about", "other", "factory-q-evacuated"))),
    Art("ml4-factory", "thecoastalherald.example", "world/2026/10/16/germany-battery-plant-blast-fourth-death",
        "2026-10-16", "en",
        "Fourth worker dies after blast at Korean-owned battery plant in Germany",
        ("A fourth worker has died after an explosion tore through a battery cell factory run by South Korea's "
         "Daeryun Cell in the northern German town of Ostervelde, police said on Friday. Twenty-one people were "
         "hurt in Thursday's blast, six of them seriously, and about 1,200 staff were evacuated.",
         '"We deeply regret what happened and are working closely with the authorities," company spokesman Kim '
         "Ha-neul said. Prosecutor Miriam Oldenkott said her office had opened an investigation into negligent "
         "homicide. She would visit the plant herself on Friday, she added.",
         "Jörg Tenhagen, a secretary at the IGBC union, said workers had warned management for months about the "
         "pace of production in the formation hall, where new cells are charged for the first time. \"Nobody "
         "listened,\" he said."),
        (St("⟦A fourth worker has died after an explosion tore through a battery cell factory run by South Korea's "
            "Daeryun Cell in the northern German town of Ostervelde⟧, police", "Ostervelde police", "indirect",
            "factory-u8"),
         St('"⟦We deeply regret what happened and are working closely with the authorities⟧,"', "Kim Ha-neul",
            "direct", "factory-u1"),
         St("said ⟦her office had opened an investigation into negligent homicide⟧", "Miriam Oldenkott", "indirect",
            "factory-u11"),
         St("⟦She would visit the plant herself on Friday⟧, she added", "Miriam Oldenkott", "indirect",
            "factory-u10"),
         St("said ⟦workers had warned management for months about the pace of production in the formation hall, "
            "where new cells are charged for the first time⟧", "Jörg Tenhagen", "indirect", "factory-u3"),
         St('"⟦Nobody listened⟧,"', "Jörg Tenhagen", "direct", "factory-u4")),
        (Fg("A ⟦fourth⟧ worker", 4, None, "killed", "factory-q-dead"),
         Fg("⟦Twenty-one⟧ people", 21, None, "wounded", "factory-q-injured"),
         Fg("⟦six⟧ of them", 6, None, "wounded", "factory-q-serious"),
         Fg("about ⟦1,200⟧ staff", 1200, "about", "other", "factory-q-evacuated"))),
    Art("ml4-factory", "suedwestanzeiger.example", "wirtschaft/ostervelde-explosion-vierter-toter-1.33018",
        "2026-10-16", "de",
        "Nach Explosion in Ostervelde: Zahl der Toten steigt auf vier",
        ("Nach der Explosion in der Batteriefabrik von Daeryun Cell in Ostervelde ist die Zahl der Todesopfer auf "
         "vier gestiegen. Ein 34-jähriger Schichtleiter erlag in der Nacht zum Freitag seinen Verletzungen, wie die "
         "Polizei mitteilte. Insgesamt wurden 21 Menschen verletzt.",
         "Laut Oberstaatsanwältin Miriam Oldenkott richten sich die Ermittlungen derzeit gegen Unbekannt. Sie "
         "kündigte an, am Freitag selbst das Werk zu besichtigen.",
         "Der südkoreanische Konzern wies die Vorwürfe der Gewerkschaft zurück. „Die Sicherheit unserer "
         "Beschäftigten hatte und hat für uns oberste Priorität“, heißt es in einer Erklärung des Unternehmens. "
         "Gewerkschaftssekretär Jörg Tenhagen zufolge hatte die Belegschaft bereits im Frühjahr schriftlich auf "
         "Mängel in der Formierungshalle hingewiesen."),
        (St("⟦Ein 34-jähriger Schichtleiter erlag in der Nacht zum Freitag seinen Verletzungen⟧, wie",
            "Ostervelde police", "indirect", "factory-u8"),
         St("Oldenkott ⟦richten sich die Ermittlungen derzeit gegen Unbekannt⟧", "Miriam Oldenkott", "indirect",
            "factory-u13"),
         St("kündigte an, ⟦am Freitag selbst das Werk zu besichtigen⟧", "Miriam Oldenkott", "indirect",
            "factory-u10"),
         St("„⟦Die Sicherheit unserer Beschäftigten hatte und hat für uns oberste Priorität⟧“", "Daeryun Cell",
            "direct", "factory-u14"),
         St("zufolge ⟦hatte die Belegschaft bereits im Frühjahr schriftlich auf Mängel in der Formierungshalle "
            "hingewiesen⟧", "Jörg Tenhagen", "indirect", "factory-u15")),
        (Fg("auf ⟦vier⟧ gestiegen", 4, None, "killed", "factory-q-dead"),
         Fg("Insgesamt wurden ⟦21⟧ Menschen", 21, None, "wounded", "factory-q-injured"))),
)

SPEAKER_FORMS_7: dict[str, tuple[str, ...]] = {
    "Ilija Varesko": ("Ilija Varesko", "Ilija Wareschko", "Wareschko", "Ilia Varesko", "Varesko", "일리야 바레스코",
                      "바레스코", "Energieminister", "ministre", "ministro", "Energy Minister"),
    "Petra Lunek": ("Petra Lunek", "Lunek", "페트라 루넥", "루넥 원장"),
    "Sarelec": ("Sarelec", "Netzbetreiber Sarelec", "사렐렉", "company"),
    "Meltrenian civil protection": ("Zivilschutz", "meltrenischen Zivilschutz"),
    "Maren Dulavic": ("Maren Dulavic", "Dulavic", "마렌 둘라비치", "둘라비치"),
    "Sarovian health ministry": ("ministère sarovien de la Santé", "Ministerio de Sanidad", "health ministry",
                                 "Sarovian health ministry"),
    "Sarelec engineer (anonymous)": ("ingénieur", "técnico", "engineer"),
    "Sarovian and Meltrenian grid operators": ("gestori di rete",),
    "Kim Ha-neul": ("Kim Ha-neul", "Ha-neul Kim", "Kim Ha Neul", "김하늘", "김하늘 대륜셀 대변인"),
    "Jörg Tenhagen": ("Jörg Tenhagen", "Joerg Tenhagen", "Tenhagen", "외르크 텐하겐"),
    "Miriam Oldenkott": ("Miriam Oldenkott", "Oldenkott", "미리암 올덴코트"),
    "Ostervelde fire brigade": ("Feuerwehr",),
    "Ostervelde police": ("polizia", "police", "Polizei"),
    "Daeryun Cell": ("Daeryun Cell", "대륜셀", "empresa", "Konzern", "Unternehmen"),
    "industry sources (anonymous)": ("업계",),
}
