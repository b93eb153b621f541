"""Stories of the third held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (both test, listed in TEST_STORIES there): a bank hostage-taking that ends after a day, with hostage
and injured counts revised between the first evening and the end (ml4-hostage), and a cholera outbreak after a
flood whose cases, deaths and vaccinations a health ministry and an aid group count differently over a week
(ml4-cholera).

Annotation choices beyond the protocol: a count reported on the first day and its revision are the same quantity;
an age ("une soixantaine d'années", "60대") is not a count and is left unannotated; a figure inside a quote is
annotated like any other.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_8: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: a bank hostage-taking (TEST)
    Art("ml4-hostage", "lagazzettadelgolfo.example", "cronaca/2026/11/17/porto-salvia-ostaggi-banca-solvari",
        "2026-11-17", "it",
        "Porto Salvia, assalto in banca: una ventina di ostaggi nella filiale di via Ardenza",
        ("Due uomini armati tengono in ostaggio da questa mattina una ventina di persone nella filiale della Banca "
         "Solvari di via Ardenza, nel centro di Porto Salvia. Tra i sequestrati ci sarebbero anche tre turisti "
         "sudcoreani.",
         "«Stiamo trattando, e la priorità assoluta resta la vita di chi si trova là dentro», ha detto il questore "
         "Aurelio Danzi in un breve incontro con i giornalisti davanti al cordone di agenti. Secondo il questore, i "
         "due hanno chiesto un riscatto di 2 milioni di euro e un'auto per lasciare la città.",
         "In serata cinque ostaggi, tra cui una donna incinta e due anziani, sono stati lasciati uscire. Circa 300 "
         "agenti presidiano la zona, che è stata sgomberata. Secondo fonti investigative, uno dei sequestratori "
         "sarebbe un ex dipendente della banca licenziato l'anno scorso."),
        (St("«⟦Stiamo trattando, e la priorità assoluta resta la vita di chi si trova là dentro⟧»", "Aurelio Danzi",
            "direct", "hostage-u1"),
         St("questore, ⟦i due hanno chiesto un riscatto di 2 milioni di euro e un'auto per lasciare la città⟧",
            "Aurelio Danzi", "indirect", "hostage-u2"),
         St("investigative, ⟦uno dei sequestratori sarebbe un ex dipendente della banca licenziato l'anno scorso⟧",
            "Porto Salvia investigators (anonymous)", "indirect", "hostage-u3")),
        (Fg("mattina ⟦una ventina⟧ di persone", 20, "about", "other", "hostage-q-hostages"),
         Fg("anche ⟦tre⟧ turisti", 3, None, "other", "hostage-q-koreans"),
         Fg("riscatto di ⟦2 milioni di euro⟧", 2_000_000, None, "money", "hostage-q-ransom"),
         Fg("serata ⟦cinque⟧ ostaggi", 5, None, "other", "hostage-q-released-early"),
         Fg("Circa ⟦300⟧ agenti", 300, "about", "other", "hostage-q-police"))),
    Art("ml4-hostage", "gyeongnamsinmun.example", "news/articleView.html?idxno=310582", "2026-11-18", "ko",
        "이탈리아 은행 인질극 26시간 만에 종료…한국인 3명 무사",
        ("이탈리아 항구도시 포르토 살비아의 한 은행 지점에서 벌어진 인질극이 26시간 만에 끝났다. 인질로 잡혀 있던 "
         "17명은 모두 풀려났으며, 이 가운데 한국인 관광객 3명도 무사한 것으로 확인됐다. 인질범들은 몸값으로 200만 "
         "유로를 요구했었다.",
         "백지훈 외교부 장관은 18일 “우리 국민이 무사히 가족 품으로 돌아오게 돼 다행”이라고 말했다. 백 장관은 "
         "외교부가 현지에 신속대응팀을 보냈으며 이들의 귀국을 지원하고 있다고 밝혔다.",
         "아우렐리오 단치 포르토 살비아 경찰청장에 따르면 인질범 2명은 18일 정오께 무기를 내려놓고 투항했다. 단치 "
         "청장은 “경찰은 단 한 발의 총도 쏘지 않았다”고 강조했다. 현지 병원 측은 인질 4명이 치료를 받고 있으며 이 "
         "중 60대 여성은 중상이라고 전했다."),
        (St("“⟦우리 국민이 무사히 가족 품으로 돌아오게 돼 다행⟧”", "Baek Ji-hoon", "direct", "hostage-u4"),
         St("백 장관은 ⟦외교부가 현지에 신속대응팀을 보냈으며 이들의 귀국을 지원하고 있다⟧고", "Baek Ji-hoon",
            "indirect", "hostage-u5"),
         St("따르면 ⟦인질범 2명은 18일 정오께 무기를 내려놓고 투항했다⟧", "Aurelio Danzi", "indirect",
            "hostage-u6"),
         St("“⟦경찰은 단 한 발의 총도 쏘지 않았다⟧”", "Aurelio Danzi", "direct", "hostage-u7"),
         St("병원 측은 ⟦인질 4명이 치료를 받고 있으며 이 중 60대 여성은 중상⟧이라고", "San Ruffino hospital",
            "indirect", "hostage-u8")),
        (Fg("있던 ⟦17⟧명은", 17, None, "other", "hostage-q-hostages"),
         Fg("관광객 ⟦3⟧명도", 3, None, "other", "hostage-q-koreans"),
         Fg("몸값으로 ⟦200만 유로⟧를", 2_000_000, None, "money", "hostage-q-ransom"),
         Fg("인질 ⟦4⟧명이", 4, None, "wounded", "hostage-q-injured"))),
    Art("ml4-hostage", "mainzeitung.example", "panorama/geiselnahme-porto-salvia-beendet-1.88241", "2026-11-18",
        "de",
        "Geiselnahme in italienischer Bank nach 26 Stunden beendet",
        ("Nach mehr als einem Tag in der Gewalt zweier Bewaffneter sind am Mittwoch alle 17 Geiseln aus einer "
         "Filiale der Banca Solvari in der italienischen Hafenstadt Porto Salvia freigekommen. Drei von ihnen wurden "
         "leicht verletzt, wie die Polizei mitteilte.",
         "„Wir haben keinen einzigen Schuss abgegeben“, sagte Polizeipräsident Aurelio Danzi am Mittag vor "
         "Journalisten. Die beiden Männer hätten sich kurz vor 12 Uhr ergeben, nachdem Unterhändler die ganze Nacht "
         "mit ihnen gesprochen hätten. Laut Danzi hatten die Täter zwei Millionen Euro und ein Fluchtauto verlangt.",
         "Unter den Geiseln waren auch drei Touristen aus Südkorea. Der südkoreanische Außenminister Baek Ji Hoon "
         "zeigte sich erleichtert: Man sei froh, dass die Landsleute bald wieder bei ihren Familien seien, sagte er "
         "in Seoul. Rund 300 Polizisten waren im Einsatz."),
        (St("⟦Drei von ihnen wurden leicht verletzt⟧, wie", "Porto Salvia police", "indirect", "hostage-u9"),
         St("„⟦Wir haben keinen einzigen Schuss abgegeben⟧“", "Aurelio Danzi", "direct", "hostage-u7"),
         St("⟦Die beiden Männer hätten sich kurz vor 12 Uhr ergeben, nachdem Unterhändler die ganze Nacht mit ihnen "
            "gesprochen hätten⟧", "Aurelio Danzi", "indirect", "hostage-u6"),
         St("Laut Danzi ⟦hatten die Täter zwei Millionen Euro und ein Fluchtauto verlangt⟧", "Aurelio Danzi",
            "indirect", "hostage-u2"),
         St("⟦Man sei froh, dass die Landsleute bald wieder bei ihren Familien seien⟧, sagte er", "Baek Ji-hoon",
            "indirect", "hostage-u4")),
        (Fg("alle ⟦17⟧ Geiseln", 17, None, "other", "hostage-q-hostages"),
         Fg("⟦Drei⟧ von ihnen", 3, None, "wounded", "hostage-q-injured"),
         Fg("⟦zwei Millionen Euro⟧", 2_000_000, None, "money", "hostage-q-ransom"),
         Fg("auch ⟦drei⟧ Touristen", 3, None, "other", "hostage-q-koreans"),
         Fg("Rund ⟦300⟧ Polizisten", 300, "about", "other", "hostage-q-police"))),
    Art("ml4-hostage", "lequotidiendelouest.example", "international/italie-prise-d-otages-porto-salvia-fin",
        "2026-11-18", "fr",
        "Italie : fin de la prise d'otages dans une banque de Porto Salvia",
        ("Les deux preneurs d'otages qui retenaient depuis mardi matin 17 personnes dans une agence de la Banca "
         "Solvari, à Porto Salvia, se sont rendus mercredi vers midi. Quatre otages ont été hospitalisés, selon "
         "l'hôpital San Ruffino, dont une femme d'une soixantaine d'années grièvement blessée.",
         f"«{NB}Aucun coup de feu n'a été tiré par nos hommes{NB}», a souligné le chef de la police, Aurelio Danzi. "
         "D'après lui, les négociateurs sont restés en contact avec les ravisseurs toute la nuit, et cinq otages "
         "avaient déjà été relâchés mardi soir.",
         "À Séoul, le ministre sud-coréen des Affaires étrangères, Baek Ji-hoon, a déclaré que son pays était "
         f"«{NB}soulagé de voir ses ressortissants rentrer auprès des leurs{NB}». Trois Sud-Coréens figuraient parmi "
         "les otages. Les ravisseurs réclamaient deux millions d'euros."),
        (St("⟦Quatre otages ont été hospitalisés⟧, selon", "San Ruffino hospital", "indirect", "hostage-u8"),
         St(f"«{NB}⟦Aucun coup de feu n'a été tiré par nos hommes⟧{NB}»", "Aurelio Danzi", "direct", "hostage-u7"),
         St("D'après lui, ⟦les négociateurs sont restés en contact avec les ravisseurs toute la nuit, et cinq otages "
            "avaient déjà été relâchés mardi soir⟧", "Aurelio Danzi", "indirect", "hostage-u10"),
         St(f"déclaré que ⟦son pays était «{NB}soulagé de voir ses ressortissants rentrer auprès des leurs{NB}»⟧",
            "Baek Ji-hoon", "partial", "hostage-u4")),
        (Fg("matin ⟦17⟧ personnes", 17, None, "other", "hostage-q-hostages"),
         Fg("⟦Quatre⟧ otages", 4, None, "wounded", "hostage-q-injured"),
         Fg("et ⟦cinq⟧ otages", 5, None, "other", "hostage-q-released-early"),
         Fg("⟦Trois⟧ Sud-Coréens", 3, None, "other", "hostage-q-koreans"),
         Fg("réclamaient ⟦deux millions d'euros⟧", 2_000_000, None, "money", "hostage-q-ransom"))),
    Art("ml4-hostage", "thecoastalherald.example", "world/2026/11/18/porto-salvia-bank-siege-ends", "2026-11-18",
        "en",
        "Gunmen free all 17 hostages and surrender after 26-hour bank siege in Italy",
        ("Two armed men who had held 17 people inside a bank in the Italian port city of Porto Salvia since Tuesday "
         "morning surrendered to police around noon on Wednesday, ending a siege that lasted more than a day. All "
         "the hostages, among them three South Korean tourists, were freed.",
         '"Our officers did not fire a single shot," police chief Aurelio Danzi said outside the Banca Solvari '
         "branch. He said negotiators had stayed in contact with the men throughout the night and that five "
         "hostages had been let go on Tuesday evening.",
         "Four hostages were taken to San Ruffino hospital, which said a woman in her sixties was in a serious "
         "condition. Police had earlier put the number of injured at three.",
         'In Seoul, Foreign Minister Baek Ji-hoon said he was "relieved that our citizens are going home to their '
         'families". According to investigators, one of the gunmen is a former employee of the bank who was '
         "dismissed last year. The men had demanded a ransom of €2 million."),
        (St('"⟦Our officers did not fire a single shot⟧,"', "Aurelio Danzi", "direct", "hostage-u7"),
         St("He said ⟦negotiators had stayed in contact with the men throughout the night and that five hostages had "
            "been let go on Tuesday evening⟧", "Aurelio Danzi", "indirect", "hostage-u10"),
         St("which said ⟦a woman in her sixties was in a serious condition⟧", "San Ruffino hospital", "indirect",
            "hostage-u8"),
         St('said ⟦he was "relieved that our citizens are going home to their families"⟧', "Baek Ji-hoon",
            "partial", "hostage-u4"),
         St("investigators, ⟦one of the gunmen is a former employee of the bank who was dismissed last year⟧",
            "Porto Salvia investigators (anonymous)", "indirect", "hostage-u3")),
        (Fg("held ⟦17⟧ people", 17, None, "other", "hostage-q-hostages"),
         Fg("them ⟦three⟧ South Korean", 3, None, "other", "hostage-q-koreans"),
         Fg("that ⟦five⟧ hostages", 5, None, "other", "hostage-q-released-early"),
         Fg("⟦Four⟧ hostages", 4, None, "wounded", "hostage-q-injured"),
         Fg("injured at ⟦three⟧", 3, None, "wounded", "hostage-q-injured"),
         Fg("ransom of ⟦€2 million⟧", 2_000_000, None, "money", "hostage-q-ransom"))),
    Art("ml4-hostage", "lavozdelestrecho.example", "internacional/2026-11-18/italia-rehenes-banco-porto-salvia",
        "2026-11-18", "es",
        "Liberados los 17 rehenes del asalto a un banco en Italia tras más de un día de secuestro",
        ("Los dos atracadores que desde el martes retenían a 17 personas en una sucursal de la Banca Solvari en Porto "
         "Salvia, en el sur de Italia, se entregaron este miércoles sin que se disparara un solo tiro. Tres de los "
         "rehenes son turistas surcoreanos.",
         "Según el jefe de la policía local, Aurelio Danzi, los secuestradores pidieron dos millones de euros y un "
         "coche para huir. \"La prioridad era sacar a todos con vida, y lo hemos conseguido\", declaró Danzi, que "
         "confirmó que tres rehenes sufrieron heridas leves.",
         "Fuentes de la investigación citadas por la prensa italiana apuntan a que uno de los detenidos trabajó en la "
         "entidad hasta el año pasado. Cerca de 300 agentes participaron en el dispositivo."),
        (St("Danzi, ⟦los secuestradores pidieron dos millones de euros y un coche para huir⟧", "Aurelio Danzi",
            "indirect", "hostage-u2"),
         St("\"⟦La prioridad era sacar a todos con vida, y lo hemos conseguido⟧\"", "Aurelio Danzi", "direct",
            "hostage-u11"),
         St("confirmó que ⟦tres rehenes sufrieron heridas leves⟧", "Aurelio Danzi", "indirect", "hostage-u12"),
         St("apuntan a que ⟦uno de los detenidos trabajó en la entidad hasta el año pasado⟧",
            "Porto Salvia investigators (anonymous)", "indirect", "hostage-u3")),
        (Fg("retenían a ⟦17⟧ personas", 17, None, "other", "hostage-q-hostages"),
         Fg("⟦Tres⟧ de los rehenes", 3, None, "other", "hostage-q-koreans"),
         Fg("pidieron ⟦dos millones de euros⟧", 2_000_000, None, "money", "hostage-q-ransom"),
         Fg("que ⟦tres⟧ rehenes", 3, None, "wounded", "hostage-q-injured"),
         Fg("Cerca de ⟦300⟧ agentes", 300, "about", "other", "hostage-q-police"))),
    # ---------------------------------------------------------------- story: a cholera outbreak after a flood (TEST)
    Art("ml4-cholera", "jornaldoindico.example", "sociedade/2026/02/10/colera-nhamacuro-quatro-mortes", "2026-02-10",
        "pt",
        "Cólera em Nhamacuro: ministério confirma quatro mortes após as cheias",
        ("O Ministério da Saúde confirmou esta terça-feira quatro mortes por cólera na província de Nhamacuro, onde "
         "as cheias do rio Mabuzi deixaram cerca de 15 mil pessoas desalojadas no fim de janeiro. Há 127 casos "
         "suspeitos registados em três distritos.",
         "“A situação está sob controlo, mas ninguém deve beber água que não tenha sido fervida”, afirmou a ministra "
         "da Saúde, Celeste Mabunda, em Vila Nhacolo. A governante anunciou que serão abertos cinco centros de "
         "tratamento nos próximos dias.",
         "A organização humanitária Aliança Mão Amiga, que gere duas clínicas na zona, fala em mais de 300 doentes. "
         "Segundo a coordenadora da organização, a alemã Johanna Reitmeier, muitas famílias continuam a beber água "
         "de poços contaminados pelas cheias."),
        (St("“⟦A situação está sob controlo, mas ninguém deve beber água que não tenha sido fervida⟧”",
            "Celeste Mabunda", "direct", "cholera-u1"),
         St("anunciou que ⟦serão abertos cinco centros de tratamento nos próximos dias⟧", "Celeste Mabunda",
            "indirect", "cholera-u2"),
         St("Reitmeier, ⟦muitas famílias continuam a beber água de poços contaminados pelas cheias⟧",
            "Johanna Reitmeier", "indirect", "cholera-u5")),
        (Fg("terça-feira ⟦quatro⟧ mortes", 4, None, "killed", "cholera-q-deaths"),
         Fg("cerca de ⟦15 mil⟧ pessoas", 15_000, "about", "displaced", "cholera-q-displaced"),
         Fg("Há ⟦127⟧ casos", 127, None, "other", "cholera-q-cases"),
         Fg("abertos ⟦cinco⟧ centros", 5, None, "other", "cholera-q-centres"),
         Fg("mais de ⟦300⟧ doentes", 300, "more than", "other", "cholera-q-cases"))),
    Art("ml4-cholera", "suedwestbote.example", "welt/cholera-quelvane-nhamacuro-1.20917", "2026-02-11", "de",
        "Cholera nach der Flut in Quelvane: Helfer sprechen von mehr als 300 Kranken",
        ("Knapp zwei Wochen nach den schweren Überschwemmungen in der Provinz Nhamacuro breitet sich im Küstenstaat "
         "Quelvane die Cholera aus. Nach offiziellen Angaben sind vier Menschen gestorben, die Behörden zählen 127 "
         "Verdachtsfälle.",
         "Die Hilfsorganisation Aliança Mão Amiga hält diese Zahlen für zu niedrig. „Wir sehen jeden Tag mehr "
         "Kranke, als in der Statistik auftauchen“, sagte Koordinatorin Johanna Reitmeier am Telefon. In den beiden "
         "Kliniken der Organisation seien bereits mehr als 300 Patienten behandelt worden.",
         "Gesundheitsministerin Celeste Mabunda versicherte dagegen, die Lage sei unter Kontrolle. Zugleich rief sie "
         "die Bevölkerung auf, nur abgekochtes Wasser zu trinken. Rund 15.000 Menschen hatten wegen des Hochwassers "
         "ihre Häuser verlassen müssen."),
        (St("Angaben ⟦sind vier Menschen gestorben⟧", "Quelvane health ministry", "indirect", "cholera-u8"),
         St("„⟦Wir sehen jeden Tag mehr Kranke, als in der Statistik auftauchen⟧“", "Johanna Reitmeier", "direct",
            "cholera-u4"),
         St("⟦In den beiden Kliniken der Organisation seien bereits mehr als 300 Patienten behandelt worden⟧",
            "Johanna Reitmeier", "indirect", "cholera-u9"),
         St("versicherte dagegen, ⟦die Lage sei unter Kontrolle⟧", "Celeste Mabunda", "indirect", "cholera-u1")),
        (Fg("sind ⟦vier⟧ Menschen", 4, None, "killed", "cholera-q-deaths"),
         Fg("zählen ⟦127⟧", 127, None, "other", "cholera-q-cases"),
         Fg("mehr als ⟦300⟧ Patienten", 300, "more than", "other", "cholera-q-cases"),
         Fg("Rund ⟦15.000⟧ Menschen", 15_000, "about", "displaced", "cholera-q-displaced"))),
    Art("ml4-cholera", "daehanilbo.example", "news/articleView.html?idxno=204417", "2026-02-14", "ko",
        "홍수 휩쓴 켈바네서 콜레라 확산…사망자 11명으로 늘어",
        ("지난달 말 대홍수가 덮친 켈바네 남부 냐마쿠로주에서 콜레라가 빠르게 번지고 있다. 켈바네 보건부는 13일 기준 "
         "콜레라 의심 환자가 480명, 사망자가 11명으로 늘었다고 발표했다.",
         "그러나 현지에서 진료소를 운영하는 구호단체 ‘알리안사 마우 아미가’는 환자 수가 900명에 육박한다고 보고 "
         "있다. 요하나 라이트마이어 현장 코디네이터는 “공식 통계보다 훨씬 많은 환자를 매일 보고 있다”고 말했다. "
         "그에 따르면 사망자도 최소 19명이다.",
         "셀레스트 마분다 보건장관은 “확진된 사례만 집계하기 때문에 숫자에 차이가 나는 것”이라고 설명했다. "
         "보건부는 이번 주 안에 주민 12만 명을 대상으로 백신 접종을 시작할 계획이다. 홍수로 집을 잃은 이재민은 "
         "1만5천여 명에 이른다."),
        (St("보건부는 ⟦13일 기준 콜레라 의심 환자가 480명, 사망자가 11명으로 늘었다⟧고", "Quelvane health ministry",
            "indirect", "cholera-u10"),
         St("‘알리안사 마우 아미가’는 ⟦환자 수가 900명에 육박한다⟧고", "Aliança Mão Amiga", "indirect",
            "cholera-u11"),
         St("“⟦공식 통계보다 훨씬 많은 환자를 매일 보고 있다⟧”", "Johanna Reitmeier", "direct", "cholera-u4"),
         St("그에 따르면 ⟦사망자도 최소 19명이다⟧", "Johanna Reitmeier", "indirect", "cholera-u12"),
         St("“⟦확진된 사례만 집계하기 때문에 숫자에 차이가 나는 것⟧”", "Celeste Mabunda", "direct", "cholera-u3")),
        (Fg("환자가 ⟦480⟧명", 480, None, "other", "cholera-q-cases"),
         Fg("사망자가 ⟦11⟧명으로", 11, None, "killed", "cholera-q-deaths"),
         Fg("⟦900⟧명에 육박", 900, "nearly", "other", "cholera-q-cases"),
         Fg("최소 ⟦19⟧명", 19, "at least", "killed", "cholera-q-deaths"),
         Fg("주민 ⟦12만⟧ 명", 120_000, None, "other", "cholera-q-vaccination-target"),
         Fg("⟦1만5천여⟧ 명", 15_000, "more than", "displaced", "cholera-q-displaced"))),
    Art("ml4-cholera", "elheraldoaustral.example", "internacional/2026-02-14/colera-quelvane-vacunas", "2026-02-14",
        "es",
        "El cólera deja ya 11 muertos en Quelvane y las vacunas no alcanzan",
        ("Las autoridades sanitarias de Quelvane elevaron este viernes a 11 el número de muertos por el brote de "
         "cólera en la provincia de Nhamacuro, donde las inundaciones de finales de enero dejaron sin hogar a unas "
         "15.000 personas. Los casos sospechosos rozan ya los 500.",
         "La ministra de Salud, Celeste Mabunda, explicó que la diferencia con las cifras de las ONG se debe a que el "
         "Gobierno solo cuenta los casos confirmados en laboratorio. La organización Aliança Mão Amiga habla de "
         "cerca de 900 enfermos y de al menos 19 fallecidos.",
         "Un funcionario de Naciones Unidas que pidió no ser identificado advirtió de que las 60.000 dosis enviadas "
         "hasta ahora \"solo alcanzan para la mitad de la población en riesgo\". Según él, el resto de las vacunas "
         "no llegará antes de dos semanas."),
        (St("explicó que ⟦la diferencia con las cifras de las ONG se debe a que el Gobierno solo cuenta los casos "
            "confirmados en laboratorio⟧", "Celeste Mabunda", "indirect", "cholera-u3"),
         St("advirtió de que ⟦las 60.000 dosis enviadas hasta ahora \"solo alcanzan para la mitad de la población en "
            "riesgo\"⟧", "UN official (anonymous)", "partial", "cholera-u6"),
         St("Según él, ⟦el resto de las vacunas no llegará antes de dos semanas⟧", "UN official (anonymous)",
            "indirect", "cholera-u13")),
        (Fg("viernes a ⟦11⟧ el", 11, None, "killed", "cholera-q-deaths"),
         Fg("unas ⟦15.000⟧ personas", 15_000, "about", "displaced", "cholera-q-displaced"),
         Fg("rozan ya los ⟦500⟧", 500, "nearly", "other", "cholera-q-cases"),
         Fg("cerca de ⟦900⟧ enfermos", 900, "about", "other", "cholera-q-cases"),
         Fg("al menos ⟦19⟧ fallecidos", 19, "at least", "killed", "cholera-q-deaths"),
         Fg("las ⟦60.000⟧ dosis", 60_000, None, "other", "cholera-q-doses"))),
    Art("ml4-cholera", "globalhealthwire.example", "africa/2026/02/17/quelvane-cholera-vaccination", "2026-02-17",
        "en",
        "Cholera deaths rise to 16 in flood-hit Quelvane as vaccination falls behind",
        ("Cholera has killed 16 people in Quelvane's flood-hit Nhamacuro province, the health ministry said on "
         "Tuesday, a week after the first cases were confirmed. The ministry has recorded 612 suspected cases; the "
         "aid group Aliança Mão Amiga, which runs clinics in the area, says it has treated more than 1,100 patients.",
         "Health Minister Celeste Mabunda said some 45,000 people had been vaccinated since Thursday. \"We are ahead "
         "of schedule,\" she told state radio.",
         "Johanna Reitmeier, the group's field coordinator, disputed that figure. Only about 20,000 people had "
         "received the vaccine in the districts where her teams work, she said, adding: \"Half of the camps have not "
         "seen a single vaccinator.\"",
         "A UN official, speaking on condition of anonymity, said the 60,000 doses delivered so far covered only half "
         "of the people at risk."),
        (St("⟦Cholera has killed 16 people in Quelvane's flood-hit Nhamacuro province⟧, the health ministry",
            "Quelvane health ministry", "indirect", "cholera-u14"),
         St("says ⟦it has treated more than 1,100 patients⟧", "Aliança Mão Amiga", "indirect", "cholera-u15"),
         St("Mabunda said ⟦some 45,000 people had been vaccinated since Thursday⟧", "Celeste Mabunda", "indirect",
            "cholera-u16"),
         St("\"⟦We are ahead of schedule⟧,\"", "Celeste Mabunda", "direct", "cholera-u17"),
         St("⟦Only about 20,000 people had received the vaccine in the districts where her teams work⟧, she said",
            "Johanna Reitmeier", "indirect", "cholera-u18"),
         St("\"⟦Half of the camps have not seen a single vaccinator⟧.\"", "Johanna Reitmeier", "direct",
            "cholera-u19"),
         St("anonymity, said ⟦the 60,000 doses delivered so far covered only half of the people at risk⟧",
            "UN official (anonymous)", "indirect", "cholera-u6")),
        (Fg("killed ⟦16⟧ people", 16, None, "killed", "cholera-q-deaths"),
         Fg("recorded ⟦612⟧ suspected", 612, None, "other", "cholera-q-cases"),
         Fg("more than ⟦1,100⟧ patients", 1100, "more than", "other", "cholera-q-cases"),
         Fg("some ⟦45,000⟧ people", 45_000, "about", "other", "cholera-q-vaccinated"),
         Fg("Only about ⟦20,000⟧ people", 20_000, "about", "other", "cholera-q-vaccinated"),
         Fg("the ⟦60,000⟧ doses", 60_000, None, "other", "cholera-q-doses"))),
    Art("ml4-cholera", "diariodabeira.example", "saude/colera-governo-vacinacao-mao-amiga-contesta", "2026-02-17",
        "pt",
        "Cólera: Governo diz ter vacinado 45 mil pessoas, Mão Amiga contesta",
        ("O número de mortos pela epidemia de cólera em Nhamacuro subiu para 16, segundo o último boletim do "
         "Ministério da Saúde, divulgado esta terça-feira. Os casos suspeitos são agora 612.",
         "De acordo com a ministra Celeste Mabunda, 45 mil pessoas já foram vacinadas desde quinta-feira. “Estamos "
         "adiantados em relação ao calendário”, garantiu.",
         "A Aliança Mão Amiga contesta os números. A coordenadora Johanna Reitmeier disse ao nosso jornal que pouco "
         "mais de 20 mil pessoas receberam a vacina nos distritos onde a organização trabalha e que “metade dos "
         "campos” ainda não recebeu nenhum vacinador. A organização estima ter atendido mais de 1.100 doentes desde "
         "o início do surto."),
        (St("⟦O número de mortos pela epidemia de cólera em Nhamacuro subiu para 16⟧, segundo",
            "Quelvane health ministry", "indirect", "cholera-u14"),
         St("Mabunda, ⟦45 mil pessoas já foram vacinadas desde quinta-feira⟧", "Celeste Mabunda", "indirect",
            "cholera-u16"),
         St("“⟦Estamos adiantados em relação ao calendário⟧”", "Celeste Mabunda", "direct", "cholera-u17"),
         St("jornal que ⟦pouco mais de 20 mil pessoas receberam a vacina nos distritos onde a organização trabalha⟧",
            "Johanna Reitmeier", "indirect", "cholera-u18"),
         St("e que ⟦“metade dos campos” ainda não recebeu nenhum vacinador⟧", "Johanna Reitmeier", "partial",
            "cholera-u19")),
        (Fg("subiu para ⟦16⟧", 16, None, "killed", "cholera-q-deaths"),
         Fg("agora ⟦612⟧", 612, None, "other", "cholera-q-cases"),
         Fg("Mabunda, ⟦45 mil⟧ pessoas", 45_000, None, "other", "cholera-q-vaccinated"),
         Fg("pouco mais de ⟦20 mil⟧ pessoas", 20_000, "more than", "other", "cholera-q-vaccinated"),
         Fg("mais de ⟦1.100⟧ doentes", 1100, "more than", "other", "cholera-q-cases"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_8: dict[str, tuple[str, ...]] = {
    "Aurelio Danzi": ("Aurelio Danzi", "Danzi", "questore Aurelio Danzi", "questore", "아우렐리오 단치", "단치",
                      "단치 청장", "아우렐리오 단치 포르토 살비아 경찰청장", "Polizeipräsident Aurelio Danzi",
                      "chef de la police", "police chief Aurelio Danzi",
                      "jefe de la policía local"),
    "Baek Ji-hoon": ("Baek Ji-hoon", "Baek Ji Hoon", "Baek", "백지훈", "백지훈 외교부 장관", "백 장관",
                     "Außenminister Baek Ji Hoon", "Foreign Minister Baek Ji-hoon",
                     "ministre sud-coréen des Affaires étrangères"),
    "San Ruffino hospital": ("San Ruffino hospital", "hôpital San Ruffino", "San Ruffino", "현지 병원 측", "병원 측",
                             "병원"),
    "Porto Salvia police": ("Polizei", "police", "polizia", "경찰"),
    "Porto Salvia investigators (anonymous)": ("fonti investigative", "investigators", "Ermittler", "수사 당국",
                                               "Fuentes de la investigación"),
    "Celeste Mabunda": ("Celeste Mabunda", "Mabunda", "ministra da Saúde", "governante", "A governante",
                        "Gesundheitsministerin Celeste Mabunda", "셀레스트 마분다", "마분다", "셀레스트 마분다 보건장관",
                        "ministra de Salud", "Health Minister Celeste Mabunda", "ministra Celeste Mabunda"),
    "Johanna Reitmeier": ("Johanna Reitmeier", "Reitmeier", "요하나 라이트마이어", "라이트마이어",
                          "요하나 라이트마이어 현장 코디네이터", "Koordinatorin Johanna Reitmeier", "coordenadora",
                          "coordenadora Johanna Reitmeier", "field coordinator"),
    "Aliança Mão Amiga": ("Aliança Mão Amiga", "Alianca Mao Amiga", "Mão Amiga", "알리안사 마우 아미가", "구호단체",
                          "aid group", "Hilfsorganisation Aliança Mão Amiga", "organização", "organización"),
    "Quelvane health ministry": ("Quelvane health ministry", "health ministry", "Ministério da Saúde",
                                 "켈바네 보건부", "보건부", "Behörden", "offiziellen Angaben",
                                 "autoridades sanitarias", "ministry"),
    "UN official (anonymous)": ("funcionario de Naciones Unidas", "Un funcionario de Naciones Unidas", "UN official",
                                "A UN official"),
}
