"""Invented stories for the held-out test part 6 of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every town, person, company, outlet and figure is invented. Stories here (both test, listed in
TEST_STORIES there): a ring of pharmacies billing a health insurer for medicines never dispensed, and hikers caught
by a storm on a mountain ridge.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_37: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a pharmacy billing fraud (TEST)
    Art("ml9-pharmacy-fraud", "ravensteiner-tagblatt.example", "region/razzia-apotheken-ortelsheim-1.90231",
        "2026-10-20", "de",
        "Razzia bei 17 Apotheken: Acht Festnahmen wegen Abrechnungsbetrugs",
        ("Mit einer groß angelegten Razzia sind Ermittler am Dienstag gegen einen mutmaßlichen Betrügerring aus "
         "Apothekern im Raum Ortelsheim vorgegangen. Mehr als 250 Polizistinnen und Polizisten durchsuchten 31 "
         "Objekte, darunter 17 Apotheken, Wohnungen und ein Steuerbüro. Acht Verdächtige wurden festgenommen, unter "
         "ihnen der 54-jährige Inhaber von vier Apotheken.",
         "Die Gruppe soll der Ravensteiner Gesundheitskasse über drei Jahre hinweg teure Krebs- und HIV-Medikamente "
         "in Rechnung gestellt haben, die nie an Patienten ausgegeben wurden. „Wir gehen von einem über Jahre "
         "eingespielten System aus“, sagte Oberstaatsanwalt Knut Hellweger. Nach Angaben der Staatsanwaltschaft "
         "beläuft sich der Schaden auf mindestens 4,3 Millionen Euro; abgerechnet worden seien rund 12.000 Rezepte.",
         "Henning Lavrentz, Vorstandsvorsitzender der geschädigten Kasse, hielt dagegen: Nach eigenen Berechnungen "
         "gehe es um rund sechs Millionen Euro. „Dieses Geld fehlt am Ende den Versicherten“, fügte er hinzu.",
         "Die Landesapothekerkammer Ravenstein zeigte sich erschüttert. „Die überwältigende Mehrheit der Apotheken "
         "arbeitet ehrlich“, sagte Kammerpräsidentin Sabine Ottenbrink. Sie kündigte an, dass die Kammer "
         "berufsrechtliche Schritte gegen die Beschuldigten prüfe."),
        (St("„⟦Wir gehen von einem über Jahre eingespielten System aus⟧“", "Knut Hellweger", "direct", "phfraud-u1"),
         St("Staatsanwaltschaft ⟦beläuft sich der Schaden auf mindestens 4,3 Millionen Euro⟧", "Ortelsheim prosecutors",
            "indirect", "phfraud-u2"),
         St("; ⟦abgerechnet worden seien rund 12.000 Rezepte⟧", "Ortelsheim prosecutors", "indirect", "phfraud-u3"),
         St("hielt dagegen: ⟦Nach eigenen Berechnungen gehe es um rund sechs Millionen Euro⟧",
            "Henning Lavrentz", "indirect", "phfraud-u4"),
         St("„⟦Dieses Geld fehlt am Ende den Versicherten⟧“", "Henning Lavrentz", "direct", "phfraud-u5"),
         St("„⟦Die überwältigende Mehrheit der Apotheken arbeitet ehrlich⟧“", "Sabine Ottenbrink", "direct",
            "phfraud-u6"),
         St("dass ⟦die Kammer berufsrechtliche Schritte gegen die Beschuldigten prüfe⟧", "Sabine Ottenbrink",
            "indirect", "phfraud-u7")),
        (Fg("Mehr als ⟦250⟧ Polizistinnen", 250, "more than", "other", "phfraud-q-officers"),
         Fg("durchsuchten ⟦31⟧", 31, None, "other", "phfraud-q-premises"),
         Fg("darunter ⟦17⟧ Apotheken", 17, None, "other", "phfraud-q-pharmacies"),
         Fg("⟦Acht⟧ Verdächtige", 8, None, "other", "phfraud-q-arrested"),
         Fg("mindestens ⟦4,3 Millionen Euro⟧", 4_300_000, "at least", "money", "phfraud-q-damage"),
         Fg("rund ⟦12.000⟧ Rezepte", 12000, "about", "other", "phfraud-q-prescriptions"),
         Fg("rund ⟦sechs Millionen Euro⟧", 6_000_000, "about", "money", "phfraud-q-damage"))),
    Art("ml9-pharmacy-fraud", "continentalledger.example", "europe/2026/10/21/germany-pharmacy-insurance-fraud",
        "2026-10-21", "en",
        "Eight held as German prosecutors raid pharmacies over insurance fraud",
        ("German police arrested eight people on Tuesday in raids on 17 pharmacies, homes and offices around the "
         "western city of Ortelsheim over an alleged scheme to bill a public health insurer for drugs that were "
         "never handed out.",
         "The damage amounts to at least €4.3 million, prosecutors said. Henning Lavrentz, who chairs the board of "
         "the insurer, Ravensteiner Gesundheitskasse, said its own calculations pointed to roughly €6 million.",
         '"We are looking at a system that was rehearsed over years," senior prosecutor Knut Hellweger told '
         "reporters. He said the pharmacies had charged for cancer and HIV medication that no patient ever "
         "received. Some 12,000 prescriptions were involved, according to the prosecutors' office.",
         "One investigator, who asked not to be named because the inquiry is continuing, said some of the "
         "prescriptions had been written out in the names of patients who had already died.",
         "Sabine Ottenbrink, president of the regional pharmacists' chamber, said the \"overwhelming majority\" of "
         "pharmacies worked honestly. She added that the chamber was weighing disciplinary steps against those "
         "under suspicion."),
        (St("⟦The damage amounts to at least €4.3 million⟧, prosecutors said", "Ortelsheim prosecutors", "indirect",
            "phfraud-u2"),
         St("said ⟦its own calculations pointed to roughly €6 million⟧", "Henning Lavrentz", "indirect",
            "phfraud-u4"),
         St('"⟦We are looking at a system that was rehearsed over years⟧,"', "Knut Hellweger", "direct",
            "phfraud-u1"),
         St("He said ⟦the pharmacies had charged for cancer and HIV medication that no patient ever received⟧",
            "Knut Hellweger", "indirect", "phfraud-u8"),
         St("⟦Some 12,000 prescriptions were involved⟧, according to", "Ortelsheim prosecutors", "indirect",
            "phfraud-u3"),
         St("said ⟦some of the prescriptions had been written out in the names of patients who had already died⟧",
            "Ortelsheim anonymous investigator", "indirect", "phfraud-u9"),
         St("said ⟦the \"overwhelming majority\" of pharmacies worked honestly⟧", "Sabine Ottenbrink", "partial",
            "phfraud-u6"),
         St("She added that ⟦the chamber was weighing disciplinary steps against those under suspicion⟧",
            "Sabine Ottenbrink", "indirect", "phfraud-u7")),
        (Fg("arrested ⟦eight⟧ people", 8, None, "other", "phfraud-q-arrested"),
         Fg("raids on ⟦17⟧ pharmacies", 17, None, "other", "phfraud-q-pharmacies"),
         Fg("at least ⟦€4.3 million⟧", 4_300_000, "at least", "money", "phfraud-q-damage"),
         Fg("roughly ⟦€6 million⟧", 6_000_000, "about", "money", "phfraud-q-damage"),
         Fg("Some ⟦12,000⟧ prescriptions", 12000, "about", "other", "phfraud-q-prescriptions"))),
    Art("ml9-pharmacy-fraud", "hannuri-ilbo.example", "news/articleView.html?idxno=117342", "2026-10-21", "ko",
        "독일서 약국 낀 건강보험 사기…8명 체포",
        ("독일 서부 오르텔스하임 일대에서 실제로 내주지도 않은 의약품 값을 건강보험에 청구해 온 약사 조직이 "
         "적발돼 8명이 체포됐다. 현지 검찰은 20일 경찰관 250여 명을 투입해 약국 17곳을 포함한 31곳을 "
         "압수수색했다.",
         "검찰에 따르면 이들은 지난 3년간 항암제와 에이즈 치료제 등 고가 약품 처방전 1만2천여 건을 허위로 "
         "청구했다. 피해액은 최소 430만 유로에 이른다고 검찰은 밝혔다.",
         "피해를 본 라벤슈타이너 건강보험조합의 헨닝 라브렌츠 이사장은 자체 계산으로는 피해 규모가 약 600만 "
         "유로에 달한다고 말했다. 그는 “이 돈은 결국 가입자들의 몫에서 빠져나간 것”이라고 덧붙였다.",
         "수사를 지휘하는 크누트 헬베거 수석검사는 “수년간 손발을 맞춰 온 조직적 범행으로 보고 있다”고 "
         "말했다.",
         "지역 약사회의 자비네 오텐브링크 회장은 성명을 내고 대다수 약국은 정직하게 운영되고 있다며 징계 "
         "절차를 검토하겠다고 밝혔다."),
        (St("따르면 ⟦이들은 지난 3년간 항암제와 에이즈 치료제 등 고가 약품 처방전 1만2천여 건을 허위로 청구했다⟧",
            "Ortelsheim prosecutors", "indirect", "phfraud-u3"),
         St("⟦피해액은 최소 430만 유로에 이른다⟧고", "Ortelsheim prosecutors", "indirect", "phfraud-u2"),
         St("이사장은 ⟦자체 계산으로는 피해 규모가 약 600만 유로에 달한다⟧고", "Henning Lavrentz", "indirect",
            "phfraud-u4"),
         St("“⟦이 돈은 결국 가입자들의 몫에서 빠져나간 것⟧”", "Henning Lavrentz", "direct", "phfraud-u5"),
         St("“⟦수년간 손발을 맞춰 온 조직적 범행으로 보고 있다⟧”", "Knut Hellweger", "direct", "phfraud-u1"),
         St("성명을 내고 ⟦대다수 약국은 정직하게 운영되고 있다⟧며", "Sabine Ottenbrink", "indirect", "phfraud-u6"),
         St("⟦징계 절차를 검토하겠다⟧고", "Sabine Ottenbrink", "indirect", "phfraud-u7")),
        (Fg("⟦8⟧명이 체포", 8, None, "other", "phfraud-q-arrested"),
         Fg("경찰관 ⟦250여⟧ 명", 250, "more than", "other", "phfraud-q-officers"),
         Fg("약국 ⟦17⟧곳", 17, None, "other", "phfraud-q-pharmacies"),
         Fg("포함한 ⟦31⟧곳", 31, None, "other", "phfraud-q-premises"),
         Fg("처방전 ⟦1만2천여⟧ 건", 12000, "more than", "other", "phfraud-q-prescriptions"),
         Fg("최소 ⟦430만 유로⟧", 4_300_000, "at least", "money", "phfraud-q-damage"),
         Fg("약 ⟦600만 유로⟧", 6_000_000, "about", "money", "phfraud-q-damage"))),
    Art("ml9-pharmacy-fraud", "ilcorrieredelvalico.example", "esteri/germania-truffa-farmacie-ortelsheim",
        "2026-10-21", "it",
        "Germania, truffa delle farmacie alla cassa malattia: otto arresti",
        ("Ricette per farmaci oncologici mai consegnati e rimborsi incassati per anni. Secondo la procura di "
         "Ortelsheim, nella Germania occidentale, una rete di farmacisti avrebbe sottratto così alla cassa malattia "
         "regionale oltre quattro milioni di euro. Martedì otto persone sono state arrestate e diciassette farmacie "
         "perquisite.",
         "«Siamo di fronte a un sistema collaudato da anni», ha detto il procuratore capo Knut Hellweger. Il "
         "magistrato ha spiegato che le farmacie fatturavano medicinali che nessun paziente aveva mai ritirato.",
         "La cassa, la Ravensteiner Gesundheitskasse, parla però di un danno ben più alto, intorno ai sei milioni. "
         "«Alla fine a pagare sono gli assicurati», ha commentato il presidente Henning Lavrentz.",
         "Secondo fonti investigative, alcune ricette sarebbero state intestate a pazienti già deceduti.",
         "«La stragrande maggioranza delle farmacie lavora onestamente», ha sottolineato la presidente dell'ordine "
         "dei farmacisti del Land, Sabine Ottenbrink."),
        (St("occidentale, ⟦una rete di farmacisti avrebbe sottratto così alla cassa malattia regionale oltre quattro "
            "milioni di euro⟧", "Ortelsheim prosecutors", "indirect", "phfraud-u2"),
         St("«⟦Siamo di fronte a un sistema collaudato da anni⟧»", "Knut Hellweger", "direct", "phfraud-u1"),
         St("spiegato che ⟦le farmacie fatturavano medicinali che nessun paziente aveva mai ritirato⟧",
            "Knut Hellweger", "indirect", "phfraud-u8"),
         St("parla però di ⟦un danno ben più alto, intorno ai sei milioni⟧", "Ravensteiner Gesundheitskasse",
            "indirect", "phfraud-u4"),
         St("«⟦Alla fine a pagare sono gli assicurati⟧»", "Henning Lavrentz", "direct", "phfraud-u5"),
         St("Secondo fonti investigative, ⟦alcune ricette sarebbero state intestate a pazienti già deceduti⟧",
            "Ortelsheim anonymous investigator", "indirect", "phfraud-u9"),
         St("«⟦La stragrande maggioranza delle farmacie lavora onestamente⟧»", "Sabine Ottenbrink", "direct",
            "phfraud-u6")),
        (Fg("oltre ⟦quattro milioni di euro⟧", 4_000_000, "more than", "money", "phfraud-q-damage"),
         Fg("Martedì ⟦otto⟧ persone", 8, None, "other", "phfraud-q-arrested"),
         Fg("e ⟦diciassette⟧ farmacie", 17, None, "other", "phfraud-q-pharmacies"),
         Fg("intorno ai ⟦sei milioni⟧", 6_000_000, "about", "money", "phfraud-q-damage"))),
    Art("ml9-pharmacy-fraud", "jornaldoatlantico.example", "mundo/2026-10-22/alemanha-burla-farmacias",
        "2026-10-22", "pt",
        "Alemanha: rede de farmácias acusada de burla de milhões ao seguro de saúde",
        ("As autoridades alemãs detiveram oito pessoas suspeitas de integrarem uma rede de farmácias que cobrava ao "
         "seguro de saúde público medicamentos que nunca chegaram aos doentes. A operação, que mobilizou mais de 250 "
         "agentes, incluiu buscas em 17 farmácias da região de Ortelsheim.",
         "Segundo o procurador Knut Hellweger, trata-se de \"um sistema montado e afinado ao longo de anos\". De "
         "acordo com o Ministério Público, o prejuízo ascende a pelo menos 4,3 milhões de euros, mas a seguradora, a "
         "Ravensteiner Gesundheitskasse, afirma que a fraude terá custado cerca de seis milhões.",
         "O presidente da seguradora, Henning Lavrentz, disse que o dinheiro desviado \"acaba por sair do bolso dos "
         "segurados\".",
         "Em comunicado, a Câmara de Farmacêuticos do estado federado distanciou-se dos suspeitos. \"A esmagadora "
         "maioria das farmácias trabalha com honestidade\", afirmou a presidente, Sabine Ottenbrink."),
        (St("Hellweger, ⟦trata-se de \"um sistema montado e afinado ao longo de anos\"⟧", "Knut Hellweger", "partial",
            "phfraud-u1"),
         St("Público, ⟦o prejuízo ascende a pelo menos 4,3 milhões de euros⟧", "Ortelsheim prosecutors", "indirect",
            "phfraud-u2"),
         St("afirma que ⟦a fraude terá custado cerca de seis milhões⟧", "Ravensteiner Gesundheitskasse", "indirect",
            "phfraud-u4"),
         St("disse que ⟦o dinheiro desviado \"acaba por sair do bolso dos segurados\"⟧", "Henning Lavrentz",
            "partial", "phfraud-u5"),
         St("\"⟦A esmagadora maioria das farmácias trabalha com honestidade⟧\"", "Sabine Ottenbrink", "direct",
            "phfraud-u6")),
        (Fg("detiveram ⟦oito⟧ pessoas", 8, None, "other", "phfraud-q-arrested"),
         Fg("mais de ⟦250⟧", 250, "more than", "other", "phfraud-q-officers"),
         Fg("em ⟦17⟧ farmácias", 17, None, "other", "phfraud-q-pharmacies"),
         Fg("pelo menos ⟦4,3 milhões de euros⟧", 4_300_000, "at least", "money", "phfraud-q-damage"),
         Fg("cerca de ⟦seis milhões⟧", 6_000_000, "about", "money", "phfraud-q-damage"))),
    Art("ml9-pharmacy-fraud", "hanseabend.example", "wirtschaft/apothekenbetrug-schaden-7-8-millionen",
        "2026-10-23", "de",
        "Apothekenbetrug: Schaden fast doppelt so hoch wie angenommen",
        ("Der mutmaßliche Abrechnungsbetrug mehrerer Apotheken im Raum Ortelsheim hat die Ravensteiner "
         "Gesundheitskasse offenbar deutlich mehr gekostet als bisher bekannt. Wie die Staatsanwaltschaft am "
         "Donnerstag mitteilte, liegt der Schaden nach Auswertung der beschlagnahmten Unterlagen bei rund 7,8 "
         "Millionen Euro. Zunächst war von mindestens 4,3 Millionen die Rede gewesen.",
         "Die Zahl der Festgenommenen stieg damit auf neun: Am Mittwoch wurde ein 41 Jahre alter Mitarbeiter eines "
         "Großhändlers gefasst. Er soll leere Medikamentenpackungen beschafft haben, mit denen die Apotheken "
         "Lieferungen vortäuschten.",
         "Oberstaatsanwalt Knut Hellweger sprach von einem „ungewöhnlich dreisten Vorgehen“. Die Ermittler rechnen "
         "damit, dass sich die Summe noch erhöhen könnte, da erst ein Teil der rund 12.000 verdächtigen Rezepte "
         "geprüft sei.",
         "Die Ravensteiner Gesundheitskasse kündigte an, sämtliche Zahlungen an die betroffenen Apotheken vorerst "
         "einzufrieren. Die Landesapothekerkammer teilte mit, sie habe berufsrechtliche Verfahren gegen fünf "
         "Apothekerinnen und Apotheker eingeleitet."),
        (St("mitteilte, ⟦liegt der Schaden nach Auswertung der beschlagnahmten Unterlagen bei rund 7,8 Millionen "
            "Euro⟧", "Ortelsheim prosecutors", "indirect", "phfraud-u10"),
         St("sprach von ⟦einem „ungewöhnlich dreisten Vorgehen“⟧", "Knut Hellweger", "partial", "phfraud-u11"),
         St("damit, dass ⟦sich die Summe noch erhöhen könnte, da erst ein Teil der rund 12.000 verdächtigen Rezepte "
            "geprüft sei⟧", "Ortelsheim prosecutors", "indirect", "phfraud-u12"),
         St("kündigte an, ⟦sämtliche Zahlungen an die betroffenen Apotheken vorerst einzufrieren⟧",
            "Ravensteiner Gesundheitskasse", "indirect", "phfraud-u13"),
         St("teilte mit, ⟦sie habe berufsrechtliche Verfahren gegen fünf Apothekerinnen und Apotheker eingeleitet⟧",
            "Landesapothekerkammer Ravenstein", "indirect", "phfraud-u14")),
        (Fg("rund ⟦7,8 Millionen Euro⟧", 7_800_000, "about", "money", "phfraud-q-damage"),
         Fg("mindestens ⟦4,3 Millionen⟧", 4_300_000, "at least", "money", "phfraud-q-damage"),
         Fg("stieg damit auf ⟦neun⟧", 9, None, "other", "phfraud-q-arrested"),
         Fg("rund ⟦12.000⟧ verdächtigen", 12000, "about", "other", "phfraud-q-prescriptions"),
         Fg("gegen ⟦fünf⟧ Apothekerinnen", 5, None, "other", "phfraud-q-proceedings"))),
    # ---------------------------------------------------------------- hikers caught by a storm on a ridge (TEST)
    Art("ml9-mountain-rescue", "lechodesalpages.example", "faits-divers/orage-arete-mourgon-disparus",
        "2026-08-15", "fr",
        "Orage sur l'arête de Mourgon : quatre randonneurs portés disparus",
        ("Un violent orage de grêle s'est abattu samedi en début d'après-midi sur l'arête de Mourgon, dans le massif "
         "du Vérel, surprenant une quarantaine de randonneurs. Trente et un d'entre eux ont été hélitreuillés par les "
         "trois hélicoptères engagés, mais quatre personnes restaient portées disparues samedi soir.",
         "Sept randonneurs ont été blessés, dont deux grièvement. Selon une source proche des secours, ces deux "
         "victimes ont été touchées par la foudre. Une soixantaine de secouristes du peloton de secours en montagne "
         "et de pompiers ont été mobilisés.",
         f"«{NB}Les conditions étaient dantesques, on ne voyait pas à trois mètres{NB}», a raconté le capitaine "
         "Lionel Barthoux, qui commande le peloton. Il a assuré que les randonneurs n'avaient commis aucune "
         "imprudence.",
         "Le préfet de la Haute-Sorne, Hervé Quintard, s'est rendu au poste de commandement. "
         f"«{NB}Tout est mis en œuvre pour retrouver les quatre personnes disparues{NB}», a-t-il déclaré, précisant "
         "que l'accès à l'arête resterait interdit jusqu'à nouvel ordre."),
        (St("secours, ⟦ces deux victimes ont été touchées par la foudre⟧", "Vérel rescue anonymous source", "indirect",
            "mtn-u8"),
         St(f"«{NB}⟦Les conditions étaient dantesques, on ne voyait pas à trois mètres⟧{NB}»", "Lionel Barthoux",
            "direct", "mtn-u1"),
         St("assuré que ⟦les randonneurs n'avaient commis aucune imprudence⟧", "Lionel Barthoux", "indirect",
            "mtn-u2"),
         St(f"«{NB}⟦Tout est mis en œuvre pour retrouver les quatre personnes disparues⟧{NB}»", "Hervé Quintard",
            "direct", "mtn-u3"),
         St("précisant que ⟦l'accès à l'arête resterait interdit jusqu'à nouvel ordre⟧", "Hervé Quintard",
            "indirect", "mtn-u4")),
        (Fg("surprenant ⟦une quarantaine⟧ de", 40, "about", "other", "mtn-q-hikers"),
         Fg("⟦Trente et un⟧ d'entre", 31, None, "other", "mtn-q-rescued"),
         Fg("les ⟦trois⟧ hélicoptères", 3, None, "other", "mtn-q-helicopters"),
         Fg("mais ⟦quatre⟧ personnes", 4, None, "missing", "mtn-q-missing"),
         Fg("⟦Sept⟧ randonneurs", 7, None, "wounded", "mtn-q-wounded"),
         Fg("dont ⟦deux⟧ grièvement", 2, None, "wounded", "mtn-q-serious"),
         Fg("⟦Une soixantaine⟧ de secouristes", 60, "about", "other", "mtn-q-rescuers"),
         Fg("retrouver les ⟦quatre⟧ personnes", 4, None, "missing", "mtn-q-missing"))),
    Art("ml9-mountain-rescue", "lavocedellealpi.example", "esteri/francia-grandinata-cresta-mourgon",
        "2026-08-15", "it",
        "Francia, tempesta improvvisa sul crinale: quattro escursionisti dispersi",
        ("Una grandinata improvvisa, accompagnata da fulmini, ha sorpreso sabato pomeriggio una quarantina di "
         "escursionisti sulla cresta di Mourgon, nelle Alpi francesi. Trentuno sono stati recuperati dagli "
         "elicotteri, sette sono rimasti feriti e quattro risultano dispersi.",
         "«Faremo tutto il possibile per ritrovare le quattro persone disperse», ha dichiarato il prefetto Hervé "
         "Quintard. Secondo il comandante del soccorso alpino, Lionel Barthoux, il gruppo non aveva commesso alcuna "
         "imprudenza.",
         "Sul posto lavorano circa sessanta soccorritori. Tra le persone tratte in salvo c'è anche una comitiva di "
         "quattordici escursionisti sudcoreani."),
        (St("«⟦Faremo tutto il possibile per ritrovare le quattro persone disperse⟧»", "Hervé Quintard", "direct",
            "mtn-u3"),
         St("Barthoux, ⟦il gruppo non aveva commesso alcuna imprudenza⟧", "Lionel Barthoux", "indirect", "mtn-u2")),
        (Fg("pomeriggio ⟦una quarantina⟧ di", 40, "about", "other", "mtn-q-hikers"),
         Fg("⟦Trentuno⟧ sono stati", 31, None, "other", "mtn-q-rescued"),
         Fg("⟦sette⟧ sono rimasti", 7, None, "wounded", "mtn-q-wounded"),
         Fg("e ⟦quattro⟧ risultano", 4, None, "missing", "mtn-q-missing"),
         Fg("ritrovare le ⟦quattro⟧ persone", 4, None, "missing", "mtn-q-missing"),
         Fg("circa ⟦sessanta⟧ soccorritori", 60, "about", "other", "mtn-q-rescuers"),
         Fg("di ⟦quattordici⟧ escursionisti", 14, None, "other", "mtn-q-koreans"))),
    Art("ml9-mountain-rescue", "hanbyeol-sinmun.example", "news/articleView.html?idxno=64518", "2026-08-16", "ko",
        "프랑스 알프스 능선서 폭풍우 고립…한국인 등산객 14명 전원 구조",
        ("프랑스 남동부 베렐 산군의 무르공 능선에서 15일(현지시간) 갑작스러운 우박과 낙뢰를 동반한 폭풍우가 "
         "몰아쳐 등산객 40여 명이 고립됐다. 이 가운데 한국인 산악회 회원 14명은 모두 헬기로 구조됐다.",
         "현지 산악구조대에 따르면 지금까지 31명이 구조됐고 7명이 다쳤으며, 4명은 여전히 연락이 닿지 않고 있다. "
         "구조대원 60여 명과 헬기 3대가 투입됐다.",
         "구조된 배승호(58) 씨는 본지와의 통화에서 “번개가 바로 옆 바위에 떨어졌다. 살아서 내려온 것 자체가 "
         "기적”이라고 말했다. 그는 일행이 서로 몸을 밧줄로 묶고 바위 아래에 웅크린 채 두 시간 넘게 구조를 "
         "기다렸다고 전했다.",
         "리오넬 바르투 산악구조대장은 “시야가 3m도 되지 않을 만큼 최악의 상황이었다”고 말했다.",
         "주프랑스 한국대사관 관계자는 부상자 가운데 한국인은 없는 것으로 파악됐다고 밝혔다."),
        (St("따르면 ⟦지금까지 31명이 구조됐고 7명이 다쳤으며, 4명은 여전히 연락이 닿지 않고 있다⟧",
            "Vérel mountain rescue", "indirect", "mtn-u9"),
         St("“⟦번개가 바로 옆 바위에 떨어졌다. 살아서 내려온 것 자체가 기적⟧”", "Bae Seung-ho", "direct", "mtn-u5"),
         St("그는 ⟦일행이 서로 몸을 밧줄로 묶고 바위 아래에 웅크린 채 두 시간 넘게 구조를 기다렸다⟧고",
            "Bae Seung-ho", "indirect", "mtn-u6"),
         St("“⟦시야가 3m도 되지 않을 만큼 최악의 상황이었다⟧”", "Lionel Barthoux", "direct", "mtn-u1"),
         St("관계자는 ⟦부상자 가운데 한국인은 없는 것으로 파악됐다⟧고", "Korean embassy in Paris", "indirect",
            "mtn-u10")),
        (Fg("등산객 ⟦40여⟧ 명", 40, "more than", "other", "mtn-q-hikers"),
         Fg("회원 ⟦14⟧명", 14, None, "other", "mtn-q-koreans"),
         Fg("지금까지 ⟦31⟧명이", 31, None, "other", "mtn-q-rescued"),
         Fg("⟦7⟧명이 다쳤으며", 7, None, "wounded", "mtn-q-wounded"),
         Fg("⟦4⟧명은 여전히", 4, None, "missing", "mtn-q-missing"),
         Fg("구조대원 ⟦60여⟧ 명", 60, "more than", "other", "mtn-q-rescuers"),
         Fg("헬기 ⟦3⟧대", 3, None, "other", "mtn-q-helicopters"))),
    Art("ml9-mountain-rescue", "lemessagerdesvallees.example", "montagne/mourgon-disparus-retrouves-refuge",
        "2026-08-16", "fr",
        "Arête de Mourgon : les quatre disparus retrouvés vivants dans un refuge",
        ("Les quatre randonneurs portés disparus depuis l'orage de samedi sur l'arête de Mourgon ont été retrouvés "
         "vivants dimanche à l'aube, dans un refuge non gardé situé en contrebas. Légèrement hypothermiques, ils ont "
         "été évacués vers l'hôpital de Valmorge.",
         "D'après le peloton de secours en montagne, ils avaient quitté la crête dès les premiers grêlons et "
         "s'étaient abrités pour la nuit. Au total, 35 personnes ont été secourues et le bilan s'établit désormais à "
         "neuf blessés, dont deux dans un état grave.",
         f"«{NB}Ils ont eu le bon réflexe, c'est ce qui les a sauvés{NB}», a estimé le capitaine Lionel Barthoux.",
         f"Le préfet Hervé Quintard a salué l'«{NB}engagement exceptionnel{NB}» des secouristes et confirmé que le "
         "sentier de l'arête resterait fermé.",
         "Parmi les rescapés figure un groupe de quatorze randonneurs sud-coréens. L'un d'eux, Bae Seung-ho, a "
         f"confié à la presse de son pays que la foudre était tombée «{NB}sur le rocher juste à côté{NB}» du groupe."),
        (St("montagne, ⟦ils avaient quitté la crête dès les premiers grêlons et s'étaient abrités pour la nuit⟧",
            "Vérel mountain rescue", "indirect", "mtn-u7"),
         St(f"«{NB}⟦Ils ont eu le bon réflexe, c'est ce qui les a sauvés⟧{NB}»", "Lionel Barthoux", "direct",
            "mtn-u11"),
         St(f"a salué ⟦l'«{NB}engagement exceptionnel{NB}» des secouristes⟧", "Hervé Quintard", "partial", "mtn-u12"),
         St("confirmé que ⟦le sentier de l'arête resterait fermé⟧", "Hervé Quintard", "indirect", "mtn-u4"),
         St(f"pays que ⟦la foudre était tombée «{NB}sur le rocher juste à côté{NB}» du groupe⟧", "Bae Seung-ho",
            "partial", "mtn-u5")),
        (Fg("Les ⟦quatre⟧ randonneurs", 4, None, "missing", "mtn-q-missing"),
         Fg("Au total, ⟦35⟧ personnes", 35, None, "other", "mtn-q-rescued"),
         Fg("à ⟦neuf⟧ blessés", 9, None, "wounded", "mtn-q-wounded"),
         Fg("dont ⟦deux⟧ dans", 2, None, "wounded", "mtn-q-serious"),
         Fg("de ⟦quatorze⟧ randonneurs", 14, None, "other", "mtn-q-koreans"))),
    Art("ml9-mountain-rescue", "diariodelasierra.example", "internacional/2026-08-16/rescate-cresta-mourgon",
        "2026-08-16", "es",
        "Rescatan a 35 excursionistas atrapados por una tormenta en los Alpes franceses",
        ("Los equipos de rescate franceses dieron por concluida este domingo la búsqueda en la cresta de Mourgon, "
         "donde una tormenta repentina sorprendió el sábado a unos 40 excursionistas. Los cuatro que seguían "
         "desaparecidos fueron localizados con vida en un refugio. En total, 35 personas fueron rescatadas, la "
         "mayoría en helicóptero.",
         "Nueve personas resultaron heridas, dos de ellas de gravedad. En el operativo participaron medio centenar de "
         "rescatistas y tres helicópteros, según la prefectura.",
         '"Las condiciones eran dantescas, no se veía a tres metros", relató el capitán Lionel Barthoux, jefe del '
         "servicio de rescate de montaña. Según Barthoux, los excursionistas no cometieron ninguna imprudencia.",
         "Entre los rescatados hay catorce surcoreanos. Uno de ellos, Bae Seung-ho, contó a un diario de su país que "
         'un rayo cayó "en la roca de al lado" y que bajar con vida fue "un milagro".',
         "El prefecto Hervé Quintard anunció que el acceso a la cresta seguirá cerrado hasta nuevo aviso."),
        (St("⟦En el operativo participaron medio centenar de rescatistas y tres helicópteros⟧, según",
            "Haute-Sorne prefecture", "indirect", "mtn-u13"),
         St('"⟦Las condiciones eran dantescas, no se veía a tres metros⟧"', "Lionel Barthoux", "direct", "mtn-u1"),
         St("Según Barthoux, ⟦los excursionistas no cometieron ninguna imprudencia⟧", "Lionel Barthoux", "indirect",
            "mtn-u2"),
         St('país que ⟦un rayo cayó "en la roca de al lado" y que bajar con vida fue "un milagro"⟧', "Bae Seung-ho",
            "partial", "mtn-u5"),
         St("anunció que ⟦el acceso a la cresta seguirá cerrado hasta nuevo aviso⟧", "Hervé Quintard", "indirect",
            "mtn-u4")),
        (Fg("a unos ⟦40⟧ excursionistas", 40, "about", "other", "mtn-q-hikers"),
         Fg("Los ⟦cuatro⟧ que", 4, None, "missing", "mtn-q-missing"),
         Fg("total, ⟦35⟧ personas", 35, None, "other", "mtn-q-rescued"),
         Fg("⟦Nueve⟧ personas", 9, None, "wounded", "mtn-q-wounded"),
         Fg("⟦dos⟧ de ellas", 2, None, "wounded", "mtn-q-serious"),
         Fg("participaron ⟦medio centenar⟧ de", 50, "about", "other", "mtn-q-rescuers"),
         Fg("y ⟦tres⟧ helicópteros", 3, None, "other", "mtn-q-helicopters"),
         Fg("hay ⟦catorce⟧ surcoreanos", 14, None, "other", "mtn-q-koreans"))),
    Art("ml9-mountain-rescue", "alpenbote.example", "panorama/unwetter-mourgon-grat-vermisste-gefunden",
        "2026-08-16", "de",
        "Unwetter am Mourgon-Grat: Vermisste Wanderer lebend gefunden",
        ("Nach einem plötzlichen Unwetter im französischen Vérel-Massiv sind vier vermisste Bergwanderer am "
         "Sonntagmorgen lebend gefunden worden. Sie hatten die Nacht in einer unbewirtschafteten Hütte unterhalb des "
         "Mourgon-Grats verbracht, wie die Bergrettung mitteilte.",
         "Das Gewitter mit Hagel und Blitzschlag hatte am Samstag rund 40 Menschen auf dem Grat überrascht. Mehr als "
         "60 Bergretter und drei Hubschrauber waren im Einsatz, insgesamt wurden 35 Wanderer in Sicherheit gebracht. "
         "Neun Menschen wurden verletzt, zwei von ihnen schwer.",
         "„Die Bedingungen waren katastrophal, man sah keine drei Meter weit“, sagte Einsatzleiter Lionel Barthoux. "
         "Laut Barthoux haben die Vermissten genau richtig gehandelt, als sie sich in die Hütte retteten.",
         "Unter den Geretteten sind 14 Wanderer aus Südkorea. Einer von ihnen, Bae Seung-ho, schilderte einer "
         "koreanischen Zeitung, der Blitz sei „direkt neben uns in den Fels“ eingeschlagen. Präfekt Hervé Quintard "
         "kündigte an, der Weg über den Grat bleibe bis auf Weiteres gesperrt."),
        (St("⟦Sie hatten die Nacht in einer unbewirtschafteten Hütte unterhalb des Mourgon-Grats verbracht⟧, wie",
            "Vérel mountain rescue", "indirect", "mtn-u7"),
         St("„⟦Die Bedingungen waren katastrophal, man sah keine drei Meter weit⟧“", "Lionel Barthoux", "direct",
            "mtn-u1"),
         St("Laut Barthoux ⟦haben die Vermissten genau richtig gehandelt, als sie sich in die Hütte retteten⟧",
            "Lionel Barthoux", "indirect", "mtn-u11"),
         St("Zeitung, ⟦der Blitz sei „direkt neben uns in den Fels“ eingeschlagen⟧", "Bae Seung-ho", "partial",
            "mtn-u5"),
         St("kündigte an, ⟦der Weg über den Grat bleibe bis auf Weiteres gesperrt⟧", "Hervé Quintard", "indirect",
            "mtn-u4")),
        (Fg("sind ⟦vier⟧ vermisste", 4, None, "missing", "mtn-q-missing"),
         Fg("rund ⟦40⟧ Menschen", 40, "about", "other", "mtn-q-hikers"),
         Fg("Mehr als ⟦60⟧ Bergretter", 60, "more than", "other", "mtn-q-rescuers"),
         Fg("und ⟦drei⟧ Hubschrauber", 3, None, "other", "mtn-q-helicopters"),
         Fg("wurden ⟦35⟧ Wanderer", 35, None, "other", "mtn-q-rescued"),
         Fg("⟦Neun⟧ Menschen", 9, None, "wounded", "mtn-q-wounded"),
         Fg("⟦zwei⟧ von ihnen", 2, None, "wounded", "mtn-q-serious"),
         Fg("sind ⟦14⟧ Wanderer", 14, None, "other", "mtn-q-koreans"))),
)

SPEAKER_FORMS_37: dict[str, tuple[str, ...]] = {
    "Knut Hellweger": ("Knut Hellweger", "Hellweger", "Oberstaatsanwalt Knut Hellweger", "크누트 헬베거", "헬베거",
                       "크누트 헬베거 수석검사"),
    "Ortelsheim prosecutors": ("Staatsanwaltschaft", "Staatsanwaltschaft Ortelsheim", "Ermittler", "prosecutors",
                               "prosecutors' office", "검찰", "현지 검찰", "procura di Ortelsheim", "procura",
                               "Ministério Público"),
    "Henning Lavrentz": ("Henning Lavrentz", "Lavrentz", "헨닝 라브렌츠", "라브렌츠 이사장"),
    "Ravensteiner Gesundheitskasse": ("Ravensteiner Gesundheitskasse", "Gesundheitskasse", "Kasse", "cassa",
                                      "cassa malattia", "seguradora", "insurer", "라벤슈타이너 건강보험조합"),
    "Sabine Ottenbrink": ("Sabine Ottenbrink", "Ottenbrink", "자비네 오텐브링크", "오텐브링크 회장"),
    "Landesapothekerkammer Ravenstein": ("Landesapothekerkammer Ravenstein", "Landesapothekerkammer",
                                         "Apothekerkammer", "pharmacists' chamber", "약사회",
                                         "ordine dei farmacisti", "Câmara de Farmacêuticos"),
    "Ortelsheim anonymous investigator": ("investigator", "fonti investigative"),
    "Lionel Barthoux": ("Lionel Barthoux", "Barthoux", "capitaine Lionel Barthoux", "capitán Lionel Barthoux",
                        "Einsatzleiter Lionel Barthoux", "리오넬 바르투", "리오넬 바르투 산악구조대장", "바르투"),
    "Hervé Quintard": ("Hervé Quintard", "Quintard", "préfet", "prefetto", "prefecto", "Präfekt Hervé Quintard"),
    "Bae Seung-ho": ("Bae Seung-ho", "Bae Seung Ho", "배승호", "배승호 씨", "배 씨"),
    "Vérel mountain rescue": ("peloton de secours en montagne", "secours en montagne", "Bergrettung",
                              "산악구조대", "현지 산악구조대", "soccorso alpino", "servicio de rescate de montaña",
                              "mountain rescue"),
    "Haute-Sorne prefecture": ("prefectura", "préfecture", "prefecture"),
    "Vérel rescue anonymous source": ("source proche des secours", "source"),
    "Korean embassy in Paris": ("주프랑스 한국대사관", "한국대사관", "대사관 관계자", "Korean embassy"),
}
