"""Unseen dev stories ml11-* of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py,
which holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every town, person, outlet, institution and figure is invented. Stories here: a ransomware attack on a
university hospital, a street caving in over a broken water main, a fungus ruining an olive harvest (all dev).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_39: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml11: a ransomware attack on a hospital (dev)
    Art("ml11-hospital-hack", "northgatewire.example", "world/2026/10/14/maravel-hospital-ransomware", "2026-10-14",
        "en",
        "Ransomware attack cripples Maravel University Hospital",
        ("A ransomware attack has paralysed the computer network of Maravel University Hospital, forcing it to "
         "postpone more than 400 operations and transfer 37 patients to other hospitals since Sunday.",
         "The attackers encrypted some 1,800 computers and have demanded a ransom of €2.5 million, the National "
         "Cyber Defence Office said on Tuesday. The agency said the intruders had got in through a compromised "
         "account belonging to one of the hospital's suppliers.",
         '"We will not pay a single cent to criminals who gamble with patients\' lives," the hospital\'s director, '
         "Teodor Vasalic, told a news conference. He said the emergency department remained open, with staff "
         "working from paper records.",
         "Lina Dragosh, a cardiac surgeon, described the moment the attack hit. \"I had a patient open on the table "
         "when every screen in the theatre went black,\" she said. She said her team was now working \"like "
         "surgeons thirty years ago\".",
         "The hospital said it could take up to two weeks to restore its systems."),
        (St("⟦The attackers encrypted some 1,800 computers and have demanded a ransom of €2.5 million⟧, the National",
            "Maravel cyber defence office", "indirect", "ml11hack-u5"),
         St("The agency said ⟦the intruders had got in through a compromised account belonging to one of the "
            "hospital's suppliers⟧", "Maravel cyber defence office", "indirect", "ml11hack-u3"),
         St('"⟦We will not pay a single cent to criminals who gamble with patients\' lives⟧,"', "Teodor Vasalic",
            "direct", "ml11hack-u1"),
         St("He said ⟦the emergency department remained open, with staff working from paper records⟧",
            "Teodor Vasalic", "indirect", "ml11hack-u2"),
         St('"⟦I had a patient open on the table when every screen in the theatre went black⟧,"', "Lina Dragosh",
            "direct", "ml11hack-u4"),
         St('She said ⟦her team was now working "like surgeons thirty years ago"⟧', "Lina Dragosh", "partial",
            "ml11hack-u6"),
         St("The hospital said ⟦it could take up to two weeks to restore its systems⟧", "Maravel University Hospital",
            "indirect", "ml11hack-u7")),
        (Fg("more than ⟦400⟧ operations", 400, "more than", "other", "ml11hack-q-ops"),
         Fg("transfer ⟦37⟧ patients", 37, None, "other", "ml11hack-q-transferred"),
         Fg("some ⟦1,800⟧ computers", 1800, "about", "other", "ml11hack-q-computers"),
         Fg("of ⟦€2.5 million⟧", 2_500_000, None, "money", "ml11hack-q-ransom"))),
    Art("ml11-hospital-hack", "elbkurier.example", "digital/uniklinik-maravel-hackerangriff-1.88214", "2026-10-14",
        "de",
        "Hackerangriff legt Uniklinik Maravel lahm",
        ("Ein Erpressungstrojaner hat das Universitätsklinikum Maravel weitgehend lahmgelegt. Seit Sonntag mussten "
         "mehr als 400 Operationen verschoben werden, 37 Patienten wurden in andere Krankenhäuser verlegt.",
         "„Wir zahlen keinen Cent an Kriminelle, die mit dem Leben von Patienten spielen“, sagte Klinikdirektor "
         "Teodor Wasalitsch am Dienstag. Die Notaufnahme sei weiter geöffnet, das Personal dokumentiere aber alles "
         "auf Papier, erklärte er.",
         "Laut dem Nationalen Amt für Cyberabwehr verschlüsselten die Täter rund 1.800 Rechner und fordern "
         "2,5 Millionen Euro Lösegeld. Eingedrungen seien sie über das Konto eines Dienstleisters, teilte die "
         "Behörde mit.",
         "Die Herzchirurgin Lina Dragosch schilderte den Moment des Angriffs: Sie habe gerade einen Patienten am "
         "offenen Herzen operiert, als alle Monitore im Saal schwarz geworden seien."),
        (St("„⟦Wir zahlen keinen Cent an Kriminelle, die mit dem Leben von Patienten spielen⟧“", "Teodor Vasalic",
            "direct", "ml11hack-u1"),
         St("⟦Die Notaufnahme sei weiter geöffnet, das Personal dokumentiere aber alles auf Papier⟧, erklärte er",
            "Teodor Vasalic", "indirect", "ml11hack-u2"),
         St("Cyberabwehr ⟦verschlüsselten die Täter rund 1.800 Rechner und fordern 2,5 Millionen Euro Lösegeld⟧",
            "Maravel cyber defence office", "indirect", "ml11hack-u5"),
         St("⟦Eingedrungen seien sie über das Konto eines Dienstleisters⟧, teilte", "Maravel cyber defence office",
            "indirect", "ml11hack-u3"),
         St("Angriffs: ⟦Sie habe gerade einen Patienten am offenen Herzen operiert, als alle Monitore im Saal schwarz "
            "geworden seien⟧", "Lina Dragosh", "indirect", "ml11hack-u4")),
        (Fg("mehr als ⟦400⟧ Operationen", 400, "more than", "other", "ml11hack-q-ops"),
         Fg("⟦37⟧ Patienten wurden", 37, None, "other", "ml11hack-q-transferred"),
         Fg("rund ⟦1.800⟧ Rechner", 1800, "about", "other", "ml11hack-q-computers"),
         Fg("⟦2,5 Millionen Euro⟧ Lösegeld", 2_500_000, None, "money", "ml11hack-q-ransom"))),
    Art("ml11-hospital-hack", "saebyeokilbo.example", "news/articleView.html?idxno=310457", "2026-10-15", "ko",
        "마라벨 대학병원 랜섬웨어 공격…수술 400여 건 연기",
        ("마라벨 대학병원이 랜섬웨어 공격을 받아 전산망이 마비되면서 수술 400여 건이 연기되고 환자 37명이 다른 병원으로 "
         "옮겨졌다.",
         "테오도르 바살리치 병원장은 14일 기자회견에서 “환자의 생명을 담보로 장난치는 범죄자들에게는 단 한 푼도 주지 "
         "않겠다”고 말했다. 그는 응급실은 정상 운영 중이며 의료진이 종이 차트로 업무를 보고 있다고 덧붙였다.",
         "국가사이버방어청에 따르면 해커들은 컴퓨터 약 1천800대를 암호화한 뒤 복구 대가로 250만 유로를 요구했다. "
         "방어청은 협력업체 계정이 해킹돼 침입 경로가 됐다고 밝혔다.",
         "심장외과 전문의 리나 드라고시는 “환자 가슴을 열어 둔 채 수술하던 중에 수술실 화면이 전부 꺼졌다”고 전했다."),
        (St("“⟦환자의 생명을 담보로 장난치는 범죄자들에게는 단 한 푼도 주지 않겠다⟧”", "Teodor Vasalic", "direct",
            "ml11hack-u1"),
         St("그는 ⟦응급실은 정상 운영 중이며 의료진이 종이 차트로 업무를 보고 있다⟧고", "Teodor Vasalic", "indirect",
            "ml11hack-u2"),
         St("따르면 ⟦해커들은 컴퓨터 약 1천800대를 암호화한 뒤 복구 대가로 250만 유로를 요구했다⟧",
            "Maravel cyber defence office", "indirect", "ml11hack-u5"),
         St("방어청은 ⟦협력업체 계정이 해킹돼 침입 경로가 됐다⟧고", "Maravel cyber defence office", "indirect",
            "ml11hack-u3"),
         St("“⟦환자 가슴을 열어 둔 채 수술하던 중에 수술실 화면이 전부 꺼졌다⟧”", "Lina Dragosh", "direct",
            "ml11hack-u4")),
        (Fg("수술 ⟦400여⟧ 건이", 400, "more than", "other", "ml11hack-q-ops"),
         Fg("환자 ⟦37⟧명이", 37, None, "other", "ml11hack-q-transferred"),
         Fg("약 ⟦1천800⟧대", 1800, "about", "other", "ml11hack-q-computers"),
         Fg("⟦250만 유로⟧를", 2_500_000, None, "money", "ml11hack-q-ransom"))),
    Art("ml11-hospital-hack", "lavigiedumidi.example", "societe/cyberattaque-chu-maravel", "2026-10-15", "fr",
        "Cyberattaque au CHU de Maravel : les pirates réclament 2,5 millions d'euros",
        ("Le CHU de Maravel tourne au ralenti depuis dimanche. Une attaque par rançongiciel a paralysé son réseau "
         "informatique : plus de 400 interventions chirurgicales ont été reportées et une quarantaine de patients "
         "transférés vers d'autres établissements.",
         "D'après l'Office national de cyberdéfense, les pirates se sont introduits par le compte d'un prestataire de "
         f"l'hôpital, puis ont chiffré environ 1{NB}800 postes. Ils exigent 2,5 millions d'euros pour rendre les "
         "données.",
         "Le directeur général, Teodor Vasalić, a exclu tout paiement. L'établissement ne versera "
         f"«{NB}pas un centime à des criminels qui jouent avec la vie des patients{NB}», a-t-il martelé.",
         "Selon la direction, la remise en route complète des systèmes pourrait prendre jusqu'à deux semaines."),
        (St("cyberdéfense, ⟦les pirates se sont introduits par le compte d'un prestataire de l'hôpital, puis ont "
            f"chiffré environ 1{NB}800 postes⟧", "Maravel cyber defence office", "indirect", "ml11hack-u3"),
         St(f"⟦L'établissement ne versera «{NB}pas un centime à des criminels qui jouent avec la vie des "
            f"patients{NB}»⟧, a-t-il", "Teodor Vasalic", "partial", "ml11hack-u1"),
         St("direction, ⟦la remise en route complète des systèmes pourrait prendre jusqu'à deux semaines⟧",
            "Maravel University Hospital", "indirect", "ml11hack-u7")),
        (Fg("plus de ⟦400⟧ interventions", 400, "more than", "other", "ml11hack-q-ops"),
         Fg("une ⟦quarantaine⟧ de patients", 40, "about", "other", "ml11hack-q-transferred"),
         Fg(f"environ ⟦1{NB}800⟧ postes", 1800, "about", "other", "ml11hack-q-computers"),
         Fg("exigent ⟦2,5 millions d'euros⟧", 2_500_000, None, "money", "ml11hack-q-ransom"))),
    Art("ml11-hospital-hack", "cronicadelvalle.example", "sociedad/2026/10/16/hospital-maravel-ciberataque",
        "2026-10-16", "es",
        "El hospital de Maravel sigue sin sistemas informáticos tres días después del ciberataque",
        ("El Hospital Universitario de Maravel ha aplazado ya unas 430 operaciones y ha trasladado a 41 pacientes a "
         "otros centros desde que un ataque de ransomware bloqueó sus sistemas el domingo, informó el jueves el "
         "propio hospital.",
         "\"Tenía a un paciente con el pecho abierto cuando se apagaron todas las pantallas del quirófano\", relató la "
         "cirujana cardiaca Lina Dragosh. Según ella, el equipo trabaja ahora \"como hace treinta años\".",
         "Según la Oficina Nacional de Ciberdefensa, los atacantes exigen 2,5 millones de euros en criptomonedas. El "
         "director del hospital, Teodor Vasalic, reiteró que no pagará."),
        (St("⟦El Hospital Universitario de Maravel ha aplazado ya unas 430 operaciones y ha trasladado a 41 pacientes "
            "a otros centros desde que un ataque de ransomware bloqueó sus sistemas el domingo⟧, informó",
            "Maravel University Hospital", "indirect", "ml11hack-u8"),
         St("\"⟦Tenía a un paciente con el pecho abierto cuando se apagaron todas las pantallas del quirófano⟧\"",
            "Lina Dragosh", "direct", "ml11hack-u4"),
         St("Según ella, ⟦el equipo trabaja ahora \"como hace treinta años\"⟧", "Lina Dragosh", "partial",
            "ml11hack-u6"),
         St("Ciberdefensa, ⟦los atacantes exigen 2,5 millones de euros en criptomonedas⟧",
            "Maravel cyber defence office", "indirect", "ml11hack-u5"),
         St("reiteró que ⟦no pagará⟧", "Teodor Vasalic", "indirect", "ml11hack-u1")),
        (Fg("unas ⟦430⟧ operaciones", 430, "about", "other", "ml11hack-q-ops"),
         Fg("a ⟦41⟧ pacientes", 41, None, "other", "ml11hack-q-transferred"),
         Fg("exigen ⟦2,5 millones de euros⟧", 2_500_000, None, "money", "ml11hack-q-ransom"))),
    # ---------------------------------------------------------------- ml11: a street caves in (dev)
    Art("ml11-street-collapse", "northgatewire.example", "world/2026/11/03/strelno-street-collapse", "2026-11-03",
        "en",
        "Street caves in over burst water main in Strelno's old town",
        ("A street in the historic centre of Strelno collapsed on Monday night after a water main burst beneath it, "
         "swallowing three parked cars and forcing some 120 residents from their homes. Two people were slightly "
         "hurt.",
         "Nearly 2,000 households were left without running water. The municipal utility, Strelno Water Works, said "
         "a cast-iron main laid in 1911 had ruptured and washed away the soil under the roadway.",
         '"These pipes are older than my grandfather, and for decades nobody wanted to pay to replace them," Mayor '
         "Miroslav Kuchta said at the scene. The street would stay closed for at least a month, he said.",
         "Hana Beránková, who lives two doors down, said she had heard \"a roar like a freight train\" shortly before "
         "midnight.",
         "The utility estimated that repairs would cost at least €1.2 million."),
        (St("said ⟦a cast-iron main laid in 1911 had ruptured and washed away the soil under the roadway⟧",
            "Strelno water utility", "indirect", "ml11street-u3"),
         St('"⟦These pipes are older than my grandfather, and for decades nobody wanted to pay to replace them⟧,"',
            "Miroslav Kuchta", "direct", "ml11street-u1"),
         St("⟦The street would stay closed for at least a month⟧, he said", "Miroslav Kuchta", "indirect",
            "ml11street-u2"),
         St('said ⟦she had heard "a roar like a freight train" shortly before midnight⟧', "Hana Beránková",
            "partial", "ml11street-u5"),
         St("estimated that ⟦repairs would cost at least €1.2 million⟧", "Strelno water utility", "indirect",
            "ml11street-u7")),
        (Fg("swallowing ⟦three⟧ parked cars", 3, None, "other", "ml11street-q-cars"),
         Fg("some ⟦120⟧ residents", 120, "about", "displaced", "ml11street-q-evacuated"),
         Fg("⟦Two⟧ people were slightly", 2, None, "wounded", "ml11street-q-injured"),
         Fg("Nearly ⟦2,000⟧ households", 2000, "nearly", "other", "ml11street-q-households"),
         Fg("at least ⟦€1.2 million⟧", 1_200_000, "at least", "money", "ml11street-q-cost"))),
    Art("ml11-street-collapse", "moldaubote.example", "region/strelno-strasse-eingestuerzt-1.55021", "2026-11-03",
        "de",
        "Straße in Strelnos Altstadt eingestürzt – drei Autos im Krater",
        ("In der Altstadt von Strelno ist in der Nacht zum Dienstag eine Straße eingebrochen. Ein geplatztes "
         "Wasserrohr hatte den Untergrund ausgespült; drei geparkte Autos stürzten in das Loch. Rund 120 Anwohner "
         "mussten ihre Wohnungen verlassen, zwei Menschen wurden leicht verletzt.",
         "„Diese Leitungen sind älter als mein Großvater, und jahrzehntelang wollte niemand für ihren Austausch "
         "bezahlen“, sagte Bürgermeister Miroslaw Kuchta. Er kündigte an, dass die Straße mindestens einen Monat "
         "gesperrt bleibe.",
         "Den Stadtwerken Strelno zufolge war eine gusseiserne Hauptleitung aus dem Jahr 1911 geborsten. Knapp "
         "2.000 Haushalte sind ohne fließendes Wasser; die Versorgung solle bis Freitag wiederhergestellt sein, hieß "
         "es bei den Stadtwerken.",
         "„Es klang wie ein Güterzug“, erzählte Anwohnerin Hana Beranková. „Als ich aus dem Fenster sah, war das "
         "Auto meines Nachbarn verschwunden.“"),
        (St("„⟦Diese Leitungen sind älter als mein Großvater, und jahrzehntelang wollte niemand für ihren Austausch "
            "bezahlen⟧“", "Miroslav Kuchta", "direct", "ml11street-u1"),
         St("dass ⟦die Straße mindestens einen Monat gesperrt bleibe⟧", "Miroslav Kuchta", "indirect",
            "ml11street-u2"),
         St("zufolge ⟦war eine gusseiserne Hauptleitung aus dem Jahr 1911 geborsten⟧", "Strelno water utility",
            "indirect", "ml11street-u3"),
         St("⟦die Versorgung solle bis Freitag wiederhergestellt sein⟧, hieß", "Strelno water utility", "indirect",
            "ml11street-u4"),
         St("„⟦Es klang wie ein Güterzug⟧“", "Hana Beránková", "direct", "ml11street-u5"),
         St("„⟦Als ich aus dem Fenster sah, war das Auto meines Nachbarn verschwunden⟧.“", "Hana Beránková",
            "direct", "ml11street-u9")),
        (Fg("⟦drei⟧ geparkte Autos", 3, None, "other", "ml11street-q-cars"),
         Fg("Rund ⟦120⟧ Anwohner", 120, "about", "displaced", "ml11street-q-evacuated"),
         Fg("⟦zwei⟧ Menschen wurden", 2, None, "wounded", "ml11street-q-injured"),
         Fg("Knapp ⟦2.000⟧ Haushalte", 2000, "nearly", "other", "ml11street-q-households"))),
    Art("ml11-street-collapse", "hanuldaily.example", "society/2026/11/04/strelno-sinkhole", "2026-11-04", "ko",
        "스트렐노 구시가지 도로 함몰…차량 3대 빠져",
        ("스트렐노 구시가지의 한 도로가 2일 밤 노후 상수도관 파열로 내려앉으면서 주차돼 있던 차량 3대가 구덩이에 "
         "빠졌다. 주민 130여 명이 대피했고 2명이 가벼운 부상을 입었다.",
         "미로슬라프 쿠흐타 시장은 “이 수도관은 우리 할아버지보다 나이가 많은데, 수십 년 동안 아무도 교체 비용을 내려 "
         "하지 않았다”고 말했다. 그는 도로 통제가 최소 한 달은 이어질 것이라고 밝혔다.",
         "스트렐노 수도공사에 따르면 1911년에 매설된 주철관이 터지면서 도로 아래 흙이 쓸려 나갔다. 현재 1천900여 "
         "가구에 물 공급이 끊긴 상태다. 수도공사 측은 복구 비용이 최소 120만 유로에 이를 것이라고 밝혔다.",
         "인근 주민 하나 베란코바는 “화물열차 같은 굉음이 들렸다”고 전했다."),
        (St("“⟦이 수도관은 우리 할아버지보다 나이가 많은데, 수십 년 동안 아무도 교체 비용을 내려 하지 않았다⟧”",
            "Miroslav Kuchta", "direct", "ml11street-u1"),
         St("그는 ⟦도로 통제가 최소 한 달은 이어질 것⟧이라고", "Miroslav Kuchta", "indirect", "ml11street-u2"),
         St("따르면 ⟦1911년에 매설된 주철관이 터지면서 도로 아래 흙이 쓸려 나갔다⟧", "Strelno water utility",
            "indirect", "ml11street-u3"),
         St("측은 ⟦복구 비용이 최소 120만 유로에 이를 것⟧이라고", "Strelno water utility", "indirect",
            "ml11street-u7"),
         St("“⟦화물열차 같은 굉음이 들렸다⟧”", "Hana Beránková", "direct", "ml11street-u5")),
        (Fg("차량 ⟦3⟧대가", 3, None, "other", "ml11street-q-cars"),
         Fg("주민 ⟦130여⟧ 명이", 130, "more than", "displaced", "ml11street-q-evacuated"),
         Fg("⟦2⟧명이 가벼운", 2, None, "wounded", "ml11street-q-injured"),
         Fg("⟦1천900여⟧ 가구", 1900, "more than", "other", "ml11street-q-households"),
         Fg("최소 ⟦120만 유로⟧", 1_200_000, "at least", "money", "ml11street-q-cost"))),
    Art("ml11-street-collapse", "gazzettinodelnord.example", "cronaca/2026/11/04/strelno-voragine", "2026-11-04",
        "it",
        "Strelno, si apre una voragine nel centro storico: inghiottite tre auto",
        ("Una voragine si è aperta nella notte tra lunedì e martedì in una via del centro storico di Strelno, "
         "inghiottendo tre auto in sosta. La causa è la rottura di una vecchia condotta dell'acqua. Circa 120 "
         "residenti sono stati evacuati e si contano due feriti lievi.",
         "Secondo l'azienda idrica Acque di Strelno, a cedere è stato un tubo in ghisa posato nel 1911. Quasi "
         "duemila utenze sono rimaste senz'acqua; l'azienda ha fatto sapere che la fornitura tornerà entro venerdì e "
         "che le riparazioni costeranno almeno 1,2 milioni di euro.",
         "Il sindaco Miroslav Kuchta non ha nascosto la rabbia: «Queste tubature sono più vecchie di mio nonno e per "
         "decenni nessuno ha voluto pagare per sostituirle». Ha aggiunto che la strada resterà chiusa per almeno un "
         "mese."),
        (St("Strelno, ⟦a cedere è stato un tubo in ghisa posato nel 1911⟧", "Strelno water utility", "indirect",
            "ml11street-u3"),
         St("sapere che ⟦la fornitura tornerà entro venerdì⟧", "Strelno water utility", "indirect", "ml11street-u4"),
         St("e che ⟦le riparazioni costeranno almeno 1,2 milioni di euro⟧", "Strelno water utility", "indirect",
            "ml11street-u7"),
         St("«⟦Queste tubature sono più vecchie di mio nonno e per decenni nessuno ha voluto pagare per "
            "sostituirle⟧»", "Miroslav Kuchta", "direct", "ml11street-u1"),
         St("aggiunto che ⟦la strada resterà chiusa per almeno un mese⟧", "Miroslav Kuchta", "indirect",
            "ml11street-u2")),
        (Fg("inghiottendo ⟦tre⟧ auto", 3, None, "other", "ml11street-q-cars"),
         Fg("Circa ⟦120⟧ residenti", 120, "about", "displaced", "ml11street-q-evacuated"),
         Fg("⟦due⟧ feriti", 2, None, "wounded", "ml11street-q-injured"),
         Fg("Quasi ⟦duemila⟧ utenze", 2000, "nearly", "other", "ml11street-q-households"),
         Fg("almeno ⟦1,2 milioni di euro⟧", 1_200_000, "at least", "money", "ml11street-q-cost"))),
    Art("ml11-street-collapse", "folhadoribeiro.example", "mundo/2026/11/05/cratera-strelno", "2026-11-05", "pt",
        "Cratera em Strelno: sobe para quatro o número de carros engolidos",
        ("O número de carros engolidos pela cratera que se abriu no centro histórico de Strelno subiu para quatro, "
         "depois de as equipes de resgate encontrarem um quarto veículo sob os escombros. Mais de 130 moradores "
         "continuam fora de casa.",
         "Segundo o prefeito Miroslav Kuchta, a rua ficará interditada por pelo menos um mês. \"Esses canos são mais "
         "velhos que o meu avô, e por décadas ninguém quis pagar para trocá-los\", disse ele.",
         "A companhia de águas de Strelno informou que cerca de 1.900 residências seguem sem abastecimento. De acordo "
         "com a empresa, o conserto deve custar pelo menos 1,2 milhão de euros.",
         "\"Ouvi um estrondo como o de um trem de carga\", contou a moradora Hana Beránková."),
        (St("Kuchta, ⟦a rua ficará interditada por pelo menos um mês⟧", "Miroslav Kuchta", "indirect",
            "ml11street-u2"),
         St("\"⟦Esses canos são mais velhos que o meu avô, e por décadas ninguém quis pagar para trocá-los⟧\"",
            "Miroslav Kuchta", "direct", "ml11street-u1"),
         St("informou que ⟦cerca de 1.900 residências seguem sem abastecimento⟧", "Strelno water utility",
            "indirect", "ml11street-u10"),
         St("empresa, ⟦o conserto deve custar pelo menos 1,2 milhão de euros⟧", "Strelno water utility", "indirect",
            "ml11street-u7"),
         St("\"⟦Ouvi um estrondo como o de um trem de carga⟧\"", "Hana Beránková", "direct", "ml11street-u5")),
        (Fg("subiu para ⟦quatro⟧", 4, None, "other", "ml11street-q-cars"),
         Fg("Mais de ⟦130⟧ moradores", 130, "more than", "displaced", "ml11street-q-evacuated"),
         Fg("cerca de ⟦1.900⟧ residências", 1900, "about", "other", "ml11street-q-households"),
         Fg("pelo menos ⟦1,2 milhão de euros⟧", 1_200_000, "at least", "money", "ml11street-q-cost"))),
    # ---------------------------------------------------------------- ml11: a fungus ruins an olive harvest (dev)
    Art("ml11-olive-harvest", "suedlandzeitung.example", "wirtschaft/alta-serrena-olivenernte-pilz-1.90317",
        "2026-10-20", "de",
        "Pilzbefall vernichtet Olivenernte in Alta Serrena",
        ("Ein Pilz hat in der Region Alta Serrena einen Großteil der diesjährigen Olivenernte vernichtet. Betroffen "
         "sind mehr als 3.000 Betriebe auf rund 12.000 Hektar, wie die örtliche Olivenbauern-Genossenschaft "
         "mitteilte. Der Ausfall wird auf etwa 40.000 Tonnen Oliven und 85 Millionen Euro geschätzt.",
         "„In vierzig Jahren habe ich nie erlebt, dass die Früchte so am Zweig verfaulen“, sagte "
         "Genossenschaftspräsidentin Consuelo Arbiol. Viele kleine Höfe würden den Winter ohne Hilfe nicht "
         "überstehen, fügte sie hinzu.",
         "Das Landwirtschaftsministerium kündigte an, 20 Millionen Euro als Soforthilfe bereitzustellen.",
         "Dem Agronomen Piero Landucci zufolge hat der ungewöhnlich feuchte und warme Herbst die Ausbreitung des "
         "Pilzes begünstigt."),
        (St("⟦Betroffen sind mehr als 3.000 Betriebe auf rund 12.000 Hektar⟧, wie", "Alta Serrena olive cooperative",
            "indirect", "ml11olive-u8"),
         St("„⟦In vierzig Jahren habe ich nie erlebt, dass die Früchte so am Zweig verfaulen⟧“", "Consuelo Arbiol",
            "direct", "ml11olive-u1"),
         St("⟦Viele kleine Höfe würden den Winter ohne Hilfe nicht überstehen⟧, fügte", "Consuelo Arbiol",
            "indirect", "ml11olive-u2"),
         St("kündigte an, ⟦20 Millionen Euro als Soforthilfe bereitzustellen⟧", "Alta Serrena agriculture ministry",
            "indirect", "ml11olive-u3"),
         St("zufolge ⟦hat der ungewöhnlich feuchte und warme Herbst die Ausbreitung des Pilzes begünstigt⟧",
            "Piero Landucci", "indirect", "ml11olive-u5")),
        (Fg("mehr als ⟦3.000⟧ Betriebe", 3000, "more than", "other", "ml11olive-q-farms"),
         Fg("rund ⟦12.000⟧ Hektar", 12000, "about", "other", "ml11olive-q-hectares"),
         Fg("etwa ⟦40.000⟧ Tonnen", 40000, "about", "other", "ml11olive-q-tonnes"),
         Fg("⟦85 Millionen Euro⟧ geschätzt", 85_000_000, None, "money", "ml11olive-q-losses"),
         Fg("⟦20 Millionen Euro⟧ als", 20_000_000, None, "money", "ml11olive-q-aid"))),
    Art("ml11-olive-harvest", "daeilsinmun.example", "economy/2026/10/21/alta-serrena-olive", "2026-10-21", "ko",
        "알타 세레나 올리브 곰팡이 피해…손실 8천500만 유로",
        ("알타 세레나 지역에서 곰팡이균이 번지면서 올해 올리브 수확이 큰 타격을 입었다. 알타 세레나 올리브 협동조합에 "
         "따르면 농가 3천여 곳, 1만2천 헥타르가 피해를 봤다.",
         "협동조합은 올리브 생산량이 4만t 가량 줄고 피해액은 8천500만 유로에 이를 것이라고 밝혔다.",
         "콘수엘로 아르비올 조합장은 “40년 동안 농사를 지었지만 열매가 가지에 달린 채 썩는 것은 처음 본다”며 “작은 "
         "농가들은 지원 없이는 겨울을 나기 어렵다”고 말했다.",
         "농림부는 긴급 지원금 2천만 유로를 투입하겠다고 발표했다. 농학자 피에로 란두치는 이례적으로 습하고 따뜻했던 "
         "가을 날씨가 곰팡이 확산을 부추겼다고 설명했다."),
        (St("따르면 ⟦농가 3천여 곳, 1만2천 헥타르가 피해를 봤다⟧", "Alta Serrena olive cooperative", "indirect",
            "ml11olive-u8"),
         St("협동조합은 ⟦올리브 생산량이 4만t 가량 줄고 피해액은 8천500만 유로에 이를 것⟧이라고",
            "Alta Serrena olive cooperative", "indirect", "ml11olive-u9"),
         St("“⟦40년 동안 농사를 지었지만 열매가 가지에 달린 채 썩는 것은 처음 본다⟧”", "Consuelo Arbiol", "direct",
            "ml11olive-u1"),
         St("“⟦작은 농가들은 지원 없이는 겨울을 나기 어렵다⟧”", "Consuelo Arbiol", "direct", "ml11olive-u2"),
         St("농림부는 ⟦긴급 지원금 2천만 유로를 투입하겠다⟧고", "Alta Serrena agriculture ministry", "indirect",
            "ml11olive-u3"),
         St("란두치는 ⟦이례적으로 습하고 따뜻했던 가을 날씨가 곰팡이 확산을 부추겼다⟧고", "Piero Landucci", "indirect",
            "ml11olive-u5")),
        (Fg("농가 ⟦3천여⟧ 곳", 3000, "more than", "other", "ml11olive-q-farms"),
         Fg("⟦1만2천⟧ 헥타르", 12000, None, "other", "ml11olive-q-hectares"),
         Fg("생산량이 ⟦4만⟧t 가량", 40000, "about", "other", "ml11olive-q-tonnes"),
         Fg("⟦8천500만 유로⟧에", 85_000_000, None, "money", "ml11olive-q-losses"),
         Fg("⟦2천만 유로⟧를", 20_000_000, None, "money", "ml11olive-q-aid"))),
    Art("ml11-olive-harvest", "heraldodelsur.example", "economia/2026/10/21/hongo-aceituna-alta-serrena",
        "2026-10-21", "es",
        "Un hongo arrasa la cosecha de aceituna en Alta Serrena",
        ("Un hongo ha arruinado buena parte de la cosecha de aceituna en Alta Serrena, donde más de 3.000 "
         "explotaciones han resultado afectadas. Las pérdidas rondan las 40.000 toneladas y los 85 millones de "
         "euros, según la Cooperativa Olivarera de Alta Serrena.",
         "\"En cuarenta años nunca había visto la aceituna pudrirse en la rama\", lamentó su presidenta, Consuelo "
         "Arbiol, quien advirtió de que muchas fincas pequeñas no aguantarán el invierno sin ayudas.",
         "El Ministerio de Agricultura anunció que destinará 20 millones de euros a ayudas de emergencia. Según un "
         "portavoz del ministerio, los agricultores podrán solicitar las ayudas a partir del mes que viene.",
         "Para el agrónomo Piero Landucci, fumigar ahora no sirve de nada: \"Lo que está en los árboles ya está "
         "perdido; la batalla es por la cosecha del año que viene\"."),
        (St("⟦Las pérdidas rondan las 40.000 toneladas y los 85 millones de euros⟧, según",
            "Alta Serrena olive cooperative", "indirect", "ml11olive-u9"),
         St("\"⟦En cuarenta años nunca había visto la aceituna pudrirse en la rama⟧\"", "Consuelo Arbiol", "direct",
            "ml11olive-u1"),
         St("advirtió de que ⟦muchas fincas pequeñas no aguantarán el invierno sin ayudas⟧", "Consuelo Arbiol",
            "indirect", "ml11olive-u2"),
         St("anunció que ⟦destinará 20 millones de euros a ayudas de emergencia⟧", "Alta Serrena agriculture ministry",
            "indirect", "ml11olive-u3"),
         St("ministerio, ⟦los agricultores podrán solicitar las ayudas a partir del mes que viene⟧",
            "Alta Serrena agriculture ministry", "indirect", "ml11olive-u4"),
         St("Landucci, ⟦fumigar ahora no sirve de nada⟧", "Piero Landucci", "indirect", "ml11olive-u12"),
         St("\"⟦Lo que está en los árboles ya está perdido; la batalla es por la cosecha del año que viene⟧\"",
            "Piero Landucci", "direct", "ml11olive-u6")),
        (Fg("más de ⟦3.000⟧ explotaciones", 3000, "more than", "other", "ml11olive-q-farms"),
         Fg("rondan las ⟦40.000⟧ toneladas", 40000, "about", "other", "ml11olive-q-tonnes"),
         Fg("los ⟦85 millones de euros⟧", 85_000_000, "about", "money", "ml11olive-q-losses"),
         Fg("destinará ⟦20 millones de euros⟧", 20_000_000, None, "money", "ml11olive-q-aid"))),
    Art("ml11-olive-harvest", "corrieredellapiana.example", "economia/2026/10/22/alta-serrena-fungo-ulivi",
        "2026-10-22", "it",
        "Alta Serrena, un fungo distrugge gli uliveti: danni per 85 milioni",
        ("È una stagione da dimenticare per gli olivicoltori di Alta Serrena. Un fungo ha colpito oltre 3mila "
         "aziende agricole e circa 12mila ettari di uliveti, facendo perdere circa 40mila tonnellate di olive. Il "
         "danno stimato è di 85 milioni di euro.",
         "«Gli alberi che hanno piantato i nostri nonni stanno morendo sotto i nostri occhi», ha detto Consuelo "
         "Arbiol, presidente della cooperativa olivicola locale.",
         "Secondo l'agronomo Piero Landucci, l'autunno insolitamente umido e caldo ha favorito la diffusione del "
         "fungo. Landucci ha spiegato che irrorare adesso è inutile: ciò che è sugli alberi è ormai perso.",
         "Il ministero dell'Agricoltura ha annunciato che stanzierà 20 milioni di euro di aiuti d'emergenza."),
        (St("«⟦Gli alberi che hanno piantato i nostri nonni stanno morendo sotto i nostri occhi⟧»", "Consuelo Arbiol",
            "direct", "ml11olive-u10"),
         St("Landucci, ⟦l'autunno insolitamente umido e caldo ha favorito la diffusione del fungo⟧", "Piero Landucci",
            "indirect", "ml11olive-u5"),
         St("spiegato che ⟦irrorare adesso è inutile: ciò che è sugli alberi è ormai perso⟧", "Piero Landucci",
            "indirect", "ml11olive-u6"),
         St("annunciato che ⟦stanzierà 20 milioni di euro di aiuti d'emergenza⟧", "Alta Serrena agriculture ministry",
            "indirect", "ml11olive-u3")),
        (Fg("oltre ⟦3mila⟧ aziende", 3000, "more than", "other", "ml11olive-q-farms"),
         Fg("circa ⟦12mila⟧ ettari", 12000, "about", "other", "ml11olive-q-hectares"),
         Fg("circa ⟦40mila⟧ tonnellate", 40000, "about", "other", "ml11olive-q-tonnes"),
         Fg("di ⟦85 milioni di euro⟧", 85_000_000, None, "money", "ml11olive-q-losses"),
         Fg("stanzierà ⟦20 milioni di euro⟧", 20_000_000, None, "money", "ml11olive-q-aid"))),
    Art("ml11-olive-harvest", "correiodoalvor.example", "economia/2026/10/22/fungo-azeitona-alta-serrena",
        "2026-10-22", "pt",
        "Fungo destrói safra de azeitona em Alta Serrena",
        ("Mais de três mil propriedades rurais de Alta Serrena perderam boa parte da safra de azeitona por causa de "
         "um fungo, segundo a cooperativa de olivicultores da região. A quebra chega a cerca de 40 mil toneladas.",
         "A presidente da cooperativa, Consuelo Arbiol, afirmou que nunca tinha visto, em 40 anos de trabalho, as "
         "azeitonas apodrecerem ainda no galho. \"Muitos pequenos produtores não vão aguentar o inverno sem ajuda\", "
         "disse.",
         "O Ministério da Agricultura prometeu 20 milhões de euros em ajuda emergencial e informou que os pedidos "
         "poderão ser feitos a partir do próximo mês."),
        (St("⟦Mais de três mil propriedades rurais de Alta Serrena perderam boa parte da safra de azeitona por causa "
            "de um fungo⟧, segundo", "Alta Serrena olive cooperative", "indirect", "ml11olive-u8"),
         St("afirmou que ⟦nunca tinha visto, em 40 anos de trabalho, as azeitonas apodrecerem ainda no galho⟧",
            "Consuelo Arbiol", "indirect", "ml11olive-u1"),
         St("\"⟦Muitos pequenos produtores não vão aguentar o inverno sem ajuda⟧\"", "Consuelo Arbiol", "direct",
            "ml11olive-u2"),
         St("informou que ⟦os pedidos poderão ser feitos a partir do próximo mês⟧", "Alta Serrena agriculture ministry",
            "indirect", "ml11olive-u4")),
        (Fg("Mais de ⟦três mil⟧ propriedades", 3000, "more than", "other", "ml11olive-q-farms"),
         Fg("cerca de ⟦40 mil⟧ toneladas", 40000, "about", "other", "ml11olive-q-tonnes"),
         Fg("prometeu ⟦20 milhões de euros⟧", 20_000_000, None, "money", "ml11olive-q-aid"))),
    Art("ml11-olive-harvest", "lalettreagricole.example", "filieres/olives-alta-serrena-champignon", "2026-10-24",
        "fr",
        "Olives : à Alta Serrena, le champignon a tout emporté",
        ("Le bilan s'alourdit à Alta Serrena. Selon le dernier décompte de la coopérative oléicole, "
         f"3{NB}400 exploitations sont touchées, et les pertes atteignent près de 90 millions d'euros.",
         f"Sa présidente, Consuelo Arbiol, dit n'avoir «{NB}jamais vu ça en quarante ans{NB}».",
         "D'après l'agronome Piero Landucci, un automne anormalement humide et doux a permis au champignon de "
         f"proliférer. «{NB}Ce qui est sur les arbres est perdu{NB}; il faut désormais sauver la récolte de l'an "
         f"prochain{NB}», prévient-il.",
         "Le ministère de l'Agriculture a débloqué une aide d'urgence de 20 millions d'euros."),
        (St(f"oléicole, ⟦3{NB}400 exploitations sont touchées, et les pertes atteignent près de 90 millions "
            "d'euros⟧", "Alta Serrena olive cooperative", "indirect", "ml11olive-u11"),
         St(f"dit ⟦n'avoir «{NB}jamais vu ça en quarante ans{NB}»⟧", "Consuelo Arbiol", "partial", "ml11olive-u1"),
         St("Landucci, ⟦un automne anormalement humide et doux a permis au champignon de proliférer⟧",
            "Piero Landucci", "indirect", "ml11olive-u5"),
         St(f"«{NB}⟦Ce qui est sur les arbres est perdu{NB}; il faut désormais sauver la récolte de l'an "
            f"prochain⟧{NB}»", "Piero Landucci", "direct", "ml11olive-u6")),
        (Fg(f"⟦3{NB}400⟧ exploitations", 3400, None, "other", "ml11olive-q-farms"),
         Fg("près de ⟦90 millions d'euros⟧", 90_000_000, "nearly", "money", "ml11olive-q-losses"),
         Fg("de ⟦20 millions d'euros⟧", 20_000_000, None, "money", "ml11olive-q-aid"))),
)

SPEAKER_FORMS_39: dict[str, tuple[str, ...]] = {
    "Teodor Vasalic": ("Teodor Vasalic", "Teodor Vasalić", "Teodor Wasalitsch", "Vasalic", "Wasalitsch",
                       "테오도르 바살리치", "바살리치", "테오도르 바살리치 병원장", "Klinikdirektor Teodor Wasalitsch",
                       "directeur général"),
    "Lina Dragosh": ("Lina Dragosh", "Lina Dragosch", "Dragosh", "Dragosch", "리나 드라고시", "드라고시",
                     "Herzchirurgin Lina Dragosch"),
    "Maravel cyber defence office": ("National Cyber Defence Office", "agency", "Nationales Amt für Cyberabwehr",
                                     "Nationalen Amt für Cyberabwehr", "Amt für Cyberabwehr", "Behörde",
                                     "국가사이버방어청", "방어청", "Office national de cyberdéfense",
                                     "Oficina Nacional de Ciberdefensa"),
    "Maravel University Hospital": ("Maravel University Hospital", "hospital", "Universitätsklinikum Maravel",
                                    "마라벨 대학병원", "CHU de Maravel", "direction",
                                    "Hospital Universitario de Maravel"),
    "Miroslav Kuchta": ("Miroslav Kuchta", "Miroslaw Kuchta", "Kuchta", "미로슬라프 쿠흐타", "쿠흐타",
                        "Mayor Miroslav Kuchta", "Bürgermeister Miroslaw Kuchta", "sindaco", "prefeito"),
    "Hana Beránková": ("Hana Beránková", "Hana Beranková", "Beránková", "Beranková", "하나 베란코바", "베란코바",
                       "Anwohnerin Hana Beranková", "moradora"),
    "Strelno water utility": ("Strelno Water Works", "utility", "Stadtwerke Strelno", "Stadtwerken Strelno",
                              "Stadtwerke", "Stadtwerken", "스트렐노 수도공사", "수도공사", "Acque di Strelno",
                              "azienda idrica", "azienda", "companhia de águas de Strelno", "empresa"),
    "Consuelo Arbiol": ("Consuelo Arbiol", "Arbiol", "콘수엘로 아르비올", "아르비올", "콘수엘로 아르비올 조합장",
                        "Genossenschaftspräsidentin Consuelo Arbiol", "presidenta", "presidente", "présidente"),
    "Alta Serrena olive cooperative": ("Cooperativa Olivarera de Alta Serrena", "Olivenbauern-Genossenschaft",
                                       "Genossenschaft", "알타 세레나 올리브 협동조합", "협동조합",
                                       "cooperativa de olivicultores", "cooperativa", "coopérative oléicole",
                                       "coopérative"),
    "Alta Serrena agriculture ministry": ("Landwirtschaftsministerium", "농림부", "Ministerio de Agricultura",
                                          "ministerio", "portavoz del ministerio", "ministero dell'Agricoltura",
                                          "ministero", "Ministério da Agricultura", "ministério"),
    "Piero Landucci": ("Piero Landucci", "Landucci", "피에로 란두치", "란두치", "Agronomen Piero Landucci",
                       "agrónomo", "agronomo", "agronome"),
}
