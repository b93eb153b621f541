"""Stories of the fifth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, company, outlet and figure is
invented. Stories here (both test, listed in TEST_STORIES there): a carmaker announcing job cuts at its plants, with
the company's and the union's counts of the jobs lost and a strike vote a week later (ml6-layoffs); a violent
hailstorm with injured people, damaged cars and roofs, insurance claims and an estimate of the damage that grows
from day to day (ml6-hailstorm).

Annotation choices beyond the protocol: the company's and the union's counts of the jobs lost are one quantity (the
jobs the cuts cost), and so is the company's later, revised count; an earlier count a later article mentions only
to say it was raised (`from 4,800`) is still a figure of that quantity with its old value; jobs, plants, workers of
a plant, union members balloted and the share voting for a strike are `other`, and a share is annotated by its
numeral with its value in percent (`91,4 Prozent` → 91.4); cars and roofs damaged and insurance claims filed are
`other`, estimated damage is `money`; an estimate given by a verb with a noun object and no clause (`schätzt den
Schaden auf …`, `estima o prejuízo em …`) is a figure, not a statement; a clause in German reported speech
(Konjunktiv) that follows a quote of the same speaker with no cue of its own is an indirect statement of that
speaker; a cue of the union as an institution (`the Metallbund union said`, `teilte der Metallbund mit`) is the
union, not its leader.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_20: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story ml6-layoffs: job cuts at a carmaker (TEST)
    Art("ml6-layoffs", "brenlandkurier.example", "wirtschaft/valdrin-stellenabbau-heslingen-1.88120", "2026-11-17",
        "de",
        "Valdrin streicht 4.800 Stellen – Werk Heslingen vor dem Aus",
        ("Der Autobauer Valdrin Motorenwerke will bis Ende 2028 rund 4.800 Arbeitsplätze abbauen und sein Werk in "
         "Heslingen schließen. Betroffen sind alle drei Standorte des Konzerns in Brenland, wie das Unternehmen am "
         "Dienstag in Obermark mitteilte. Allein in Heslingen arbeiten derzeit etwa 2.100 Menschen.",
         "„Wir haben keine andere Wahl, wenn Valdrin den Umbruch zur Elektromobilität überstehen soll“, sagte "
         "Vorstandschef Konstantin Orlowski. Der Stellenabbau sei „schmerzhaft, aber notwendig“, fügte er hinzu. "
         "Betriebsbedingte Kündigungen solle es vor 2027 nicht geben, versicherte Orlowski.",
         "Die Gewerkschaft Metallbund reagierte empört. „Das ist eine Kriegserklärung an die Belegschaft“, sagte "
         "die Vorsitzende Birgit Sandhäger. Nach ihren Berechnungen stehen mehr als 6.000 Jobs auf dem Spiel, wenn "
         "man Leiharbeiter mitzählt. Sie kündigte an, dass die Gewerkschaft an allen Standorten eine Urabstimmung "
         "über einen Streik abhalten werde.",
         "Aus Aufsichtsratskreisen hieß es, auch eine Schließung des Werks Traunried sei zeitweise erwogen worden. "
         "Arbeitsministerin Renate Kolbeck forderte beide Seiten auf, an den Verhandlungstisch zurückzukehren."),
        (St("⟦Betroffen sind alle drei Standorte des Konzerns in Brenland⟧, wie das Unternehmen",
            "Valdrin Motorenwerke", "indirect", "layoffs-u10"),
         St("„⟦Wir haben keine andere Wahl, wenn Valdrin den Umbruch zur Elektromobilität überstehen soll⟧“",
            "Konstantin Orlowski", "direct", "layoffs-u1"),
         St("⟦Der Stellenabbau sei „schmerzhaft, aber notwendig“⟧, fügte er", "Konstantin Orlowski", "partial",
            "layoffs-u2"),
         St("⟦Betriebsbedingte Kündigungen solle es vor 2027 nicht geben⟧, versicherte", "Konstantin Orlowski",
            "indirect", "layoffs-u3"),
         St("„⟦Das ist eine Kriegserklärung an die Belegschaft⟧“", "Birgit Sandhäger", "direct", "layoffs-u4"),
         St("Berechnungen ⟦stehen mehr als 6.000 Jobs auf dem Spiel, wenn man Leiharbeiter mitzählt⟧",
            "Birgit Sandhäger", "indirect", "layoffs-u5"),
         St("dass ⟦die Gewerkschaft an allen Standorten eine Urabstimmung über einen Streik abhalten werde⟧",
            "Birgit Sandhäger", "indirect", "layoffs-u6"),
         St("hieß es, ⟦auch eine Schließung des Werks Traunried sei zeitweise erwogen worden⟧",
            "Valdrin board source (anonymous)", "indirect", "layoffs-u7"),
         St("auf, ⟦an den Verhandlungstisch zurückzukehren⟧", "Renate Kolbeck", "indirect", "layoffs-u8")),
        (Fg("rund ⟦4.800⟧ Arbeitsplätze", 4800, "about", "other", "layoffs-q-jobs"),
         Fg("alle ⟦drei⟧ Standorte", 3, None, "other", "layoffs-q-plants"),
         Fg("etwa ⟦2.100⟧ Menschen", 2100, "about", "other", "layoffs-q-heslingen-staff"),
         Fg("mehr als ⟦6.000⟧ Jobs", 6000, "more than", "other", "layoffs-q-jobs"))),
    Art("ml6-layoffs", "haneulilbo.example", "news/articleView.html?idxno=301547", "2026-11-18", "ko",
        "브렌란트 완성차업체 발드린, 4천800명 감원…헤슬링겐 공장 폐쇄",
        ("브렌란트 최대 자동차업체 발드린 모토렌베르케가 2028년 말까지 직원 4천800명을 줄이고 헤슬링겐 공장을 "
         "폐쇄하기로 했다. 감원은 국내 공장 3곳 모두에서 이뤄지며, 헤슬링겐 공장에는 현재 2천100여 명이 일하고 있다.",
         "콘스탄틴 오를롭스키 최고경영자(CEO)는 17일 오베르마르크 본사에서 기자회견을 열고 “발드린이 전기차 "
         "전환기를 버텨내려면 다른 선택지가 없다”고 말했다. 그는 2027년 이전에는 정리해고가 없을 것이라고 "
         "강조했다. 회사 측은 보도자료에서 내연기관차 수요가 급감했다고 설명했다.",
         "금속노조 메탈분트의 비르기트 잔트헤거 위원장은 “직원들에 대한 선전포고”라고 반발했다. 잔트헤거 위원장에 "
         "따르면 파견 노동자까지 포함하면 6천 명 이상이 일자리를 잃게 된다. 그는 모든 공장에서 파업 찬반투표를 "
         "실시하겠다고 덧붙였다.",
         "레나테 콜베크 노동부 장관은 “헤슬링겐이 유령도시가 돼서는 안 된다”며 노사 양측에 협상 테이블로 돌아올 "
         "것을 촉구했다."),
        (St("“⟦발드린이 전기차 전환기를 버텨내려면 다른 선택지가 없다⟧”", "Konstantin Orlowski", "direct",
            "layoffs-u1"),
         St("그는 ⟦2027년 이전에는 정리해고가 없을 것⟧이라고", "Konstantin Orlowski", "indirect", "layoffs-u3"),
         St("보도자료에서 ⟦내연기관차 수요가 급감했다⟧고", "Valdrin Motorenwerke", "indirect", "layoffs-u11"),
         St("“⟦직원들에 대한 선전포고⟧”", "Birgit Sandhäger", "direct", "layoffs-u4"),
         St("따르면 ⟦파견 노동자까지 포함하면 6천 명 이상이 일자리를 잃게 된다⟧", "Birgit Sandhäger", "indirect",
            "layoffs-u5"),
         St("그는 ⟦모든 공장에서 파업 찬반투표를 실시하겠다⟧고", "Birgit Sandhäger", "indirect", "layoffs-u6"),
         St("“⟦헤슬링겐이 유령도시가 돼서는 안 된다⟧”", "Renate Kolbeck", "direct", "layoffs-u9"),
         St("노사 양측에 ⟦협상 테이블로 돌아올 것⟧을", "Renate Kolbeck", "indirect", "layoffs-u8")),
        (Fg("직원 ⟦4천800⟧명을", 4800, None, "other", "layoffs-q-jobs"),
         Fg("공장 ⟦3⟧곳", 3, None, "other", "layoffs-q-plants"),
         Fg("현재 ⟦2천100여⟧ 명이", 2100, "more than", "other", "layoffs-q-heslingen-staff"),
         Fg("⟦6천⟧ 명 이상이", 6000, "at least", "other", "layoffs-q-jobs"))),
    Art("ml6-layoffs", "ladepecheboreale.example", "economie/2026/11/17/valdrin-suppressions-emplois-heslingen",
        "2026-11-17", "fr",
        f"Brenland : Valdrin va supprimer 4{NB}800 emplois et fermer son usine de Heslingen",
        (f"Le constructeur automobile brenlandais Valdrin Motorenwerke supprimera 4{NB}800 postes d'ici à la fin de "
         f"2028 et fermera son usine de Heslingen, où travaillent quelque 2{NB}100 salariés. Ses trois usines du pays "
         "sont concernées.",
         f"«{NB}Nous n'avons pas le choix si Valdrin veut survivre au passage à l'électrique{NB}», a justifié mardi "
         "à Obermark le PDG, Konstantin Orlovski. D'après lui, aucun licenciement sec n'interviendra avant 2027.",
         f"«{NB}C'est une déclaration de guerre aux salariés{NB}», a tonné Birgit Sandhäger, présidente du "
         f"syndicat Metallbund. Elle estime que plus de 6{NB}000 emplois sont menacés si l'on compte les "
         "intérimaires. Le syndicat organisera un vote sur la grève sur tous les sites, a-t-elle annoncé.",
         "Selon une source proche du conseil de surveillance, la fermeture de l'usine de Traunried a elle aussi été "
         f"envisagée. La ministre du Travail, Renate Kolbeck, a appelé la direction et les syndicats à «{NB}revenir "
         f"à la table des négociations{NB}»."),
        (St(f"«{NB}⟦Nous n'avons pas le choix si Valdrin veut survivre au passage à l'électrique⟧{NB}»",
            "Konstantin Orlowski", "direct", "layoffs-u1"),
         St("D'après lui, ⟦aucun licenciement sec n'interviendra avant 2027⟧", "Konstantin Orlowski", "indirect",
            "layoffs-u3"),
         St(f"«{NB}⟦C'est une déclaration de guerre aux salariés⟧{NB}»", "Birgit Sandhäger", "direct", "layoffs-u4"),
         St(f"Elle estime que ⟦plus de 6{NB}000 emplois sont menacés si l'on compte les intérimaires⟧",
            "Birgit Sandhäger", "indirect", "layoffs-u5"),
         St("⟦Le syndicat organisera un vote sur la grève sur tous les sites⟧, a-t-elle", "Birgit Sandhäger",
            "indirect", "layoffs-u6"),
         St("surveillance, ⟦la fermeture de l'usine de Traunried a elle aussi été envisagée⟧",
            "Valdrin board source (anonymous)", "indirect", "layoffs-u7"),
         St(f"appelé ⟦la direction et les syndicats à «{NB}revenir à la table des négociations{NB}»⟧",
            "Renate Kolbeck", "partial", "layoffs-u8")),
        (Fg(f"supprimera ⟦4{NB}800⟧ postes", 4800, None, "other", "layoffs-q-jobs"),
         Fg(f"quelque ⟦2{NB}100⟧ salariés", 2100, "about", "other", "layoffs-q-heslingen-staff"),
         Fg("Ses ⟦trois⟧ usines", 3, None, "other", "layoffs-q-plants"),
         Fg(f"plus de ⟦6{NB}000⟧ emplois", 6000, "more than", "other", "layoffs-q-jobs"))),
    Art("ml6-layoffs", "lagazzettadellavoro.example", "economia/valdrin-taglia-4800-posti-heslingen", "2026-11-18",
        "it",
        "Valdrin taglia 4.800 posti e chiude lo stabilimento di Heslingen",
        ("La casa automobilistica Valdrin Motorenwerke eliminerà 4.800 posti di lavoro entro la fine del 2028 e "
         "chiuderà la fabbrica di Heslingen, che impiega circa 2.100 persone. Il piano coinvolge tutti e tre gli "
         "stabilimenti del gruppo in Brenland.",
         "Secondo l'amministratore delegato Konstantin Orlovski, il taglio è «doloroso ma necessario». L'azienda ha "
         "spiegato in una nota che la domanda di modelli a combustione è crollata.",
         "Durissima la reazione del sindacato Metallbund. «È una dichiarazione di guerra contro chi lavora», ha "
         "detto la leader Birgit Sandhäger, secondo cui i posti a rischio sono oltre 6.000 se si contano anche gli "
         "interinali.",
         "La ministra del Lavoro, Renate Kolbeck, ha avvertito: «Heslingen non deve diventare una città fantasma». "
         "Ha aggiunto che il governo valuterà aiuti per la regione."),
        (St("Orlovski, ⟦il taglio è «doloroso ma necessario»⟧", "Konstantin Orlowski", "partial", "layoffs-u2"),
         St("nota che ⟦la domanda di modelli a combustione è crollata⟧", "Valdrin Motorenwerke", "indirect",
            "layoffs-u11"),
         St("«⟦È una dichiarazione di guerra contro chi lavora⟧»", "Birgit Sandhäger", "direct", "layoffs-u4"),
         St("secondo cui ⟦i posti a rischio sono oltre 6.000 se si contano anche gli interinali⟧",
            "Birgit Sandhäger", "indirect", "layoffs-u5"),
         St("«⟦Heslingen non deve diventare una città fantasma⟧»", "Renate Kolbeck", "direct", "layoffs-u9"),
         St("aggiunto che ⟦il governo valuterà aiuti per la regione⟧", "Renate Kolbeck", "indirect",
            "layoffs-u12")),
        (Fg("eliminerà ⟦4.800⟧ posti", 4800, None, "other", "layoffs-q-jobs"),
         Fg("circa ⟦2.100⟧ persone", 2100, "about", "other", "layoffs-q-heslingen-staff"),
         Fg("tutti e ⟦tre⟧ gli", 3, None, "other", "layoffs-q-plants"),
         Fg("oltre ⟦6.000⟧ se", 6000, "more than", "other", "layoffs-q-jobs"))),
    Art("ml6-layoffs", "ostmarkblatt.example", "wirtschaft/valdrin-urabstimmung-streik", "2026-11-25", "de",
        "Urabstimmung bei Valdrin: Belegschaft stimmt für Streik",
        ("Die Beschäftigten des Autobauers Valdrin haben sich mit großer Mehrheit für einen Streik ausgesprochen. In "
         "der Urabstimmung, zu der rund 23.000 Gewerkschaftsmitglieder aufgerufen waren, votierten 91,4 Prozent für "
         "einen Ausstand, teilte der Metallbund am Mittwoch mit.",
         "„Die Antwort aus den Werkshallen könnte nicht deutlicher sein“, sagte Metallbund-Chefin Birgit Sandhäger "
         "in Heslingen. Erste Arbeitsniederlegungen seien ab dem 1. Dezember möglich.",
         "Valdrin hat die Zahl der zu streichenden Stellen inzwischen auf rund 5.200 erhöht, weil auch Jobs in der "
         "Verwaltung wegfallen sollen. Laut Vorstandschef Konstantin Orlowski bleibt das Unternehmen "
         "gesprächsbereit, an der Schließung von Heslingen werde aber nicht gerüttelt.",
         "Arbeitsministerin Renate Kolbeck kündigte an, dass die Regierung Hilfen für die Region Heslingen prüfen "
         "werde. „Heslingen darf nicht zur Geisterstadt werden“, sagte sie."),
        (St("⟦In der Urabstimmung, zu der rund 23.000 Gewerkschaftsmitglieder aufgerufen waren, votierten 91,4 "
            "Prozent für einen Ausstand⟧, teilte", "Metallbund union", "indirect", "layoffs-u13"),
         St("„⟦Die Antwort aus den Werkshallen könnte nicht deutlicher sein⟧“", "Birgit Sandhäger", "direct",
            "layoffs-u14"),
         St("⟦Erste Arbeitsniederlegungen seien ab dem 1. Dezember möglich⟧", "Birgit Sandhäger", "indirect",
            "layoffs-u15"),
         St("Orlowski ⟦bleibt das Unternehmen gesprächsbereit, an der Schließung von Heslingen werde aber nicht "
            "gerüttelt⟧", "Konstantin Orlowski", "indirect", "layoffs-u16"),
         St("dass ⟦die Regierung Hilfen für die Region Heslingen prüfen werde⟧", "Renate Kolbeck", "indirect",
            "layoffs-u12"),
         St("„⟦Heslingen darf nicht zur Geisterstadt werden⟧“", "Renate Kolbeck", "direct", "layoffs-u9")),
        (Fg("rund ⟦23.000⟧ Gewerkschaftsmitglieder", 23000, "about", "other", "layoffs-q-balloted"),
         Fg("votierten ⟦91,4⟧ Prozent", 91.4, None, "other", "layoffs-q-strike-share"),
         Fg("auf rund ⟦5.200⟧ erhöht", 5200, "about", "other", "layoffs-q-jobs"))),
    Art("ml6-layoffs", "northbankherald.example", "business/2026/11/25/valdrin-strike-vote", "2026-11-25", "en",
        "Valdrin workers vote to strike as planned job cuts grow to 5,200",
        ("Workers at Valdrin Motorenwerke's three plants have voted overwhelmingly to strike, the Metallbund union "
         "said on Wednesday, a week after Brenland's biggest carmaker announced it would shut its Heslingen factory. "
         "Valdrin has since raised the number of jobs it plans to cut to some 5,200, from 4,800, after adding posts "
         "in administration.",
         "Of the roughly 23,000 members balloted, 91.4 percent backed a walkout. \"The answer from the shop floor "
         "could not be clearer,\" union leader Birgit Sandhaeger told reporters in Heslingen. She said the first "
         "stoppages could begin as early as December 1.",
         "Chief executive Konstantin Orlovski, who has called the cuts \"painful but necessary\", said the company "
         "remained open to talks but would not reverse the closure. Labour Minister Renate Kolbeck urged both sides "
         "to get back to the negotiating table."),
        (St("⟦Workers at Valdrin Motorenwerke's three plants have voted overwhelmingly to strike⟧, the Metallbund",
            "Metallbund union", "indirect", "layoffs-u13"),
         St("\"⟦The answer from the shop floor could not be clearer⟧,\"", "Birgit Sandhäger", "direct",
            "layoffs-u14"),
         St("She said ⟦the first stoppages could begin as early as December 1⟧", "Birgit Sandhäger", "indirect",
            "layoffs-u15"),
         St("who has called ⟦the cuts \"painful but necessary\"⟧", "Konstantin Orlowski", "partial", "layoffs-u2"),
         St("said ⟦the company remained open to talks but would not reverse the closure⟧", "Konstantin Orlowski",
            "indirect", "layoffs-u16"),
         St("both sides to ⟦get back to the negotiating table⟧", "Renate Kolbeck", "indirect", "layoffs-u8")),
        (Fg("Motorenwerke's ⟦three⟧ plants", 3, None, "other", "layoffs-q-plants"),
         Fg("some ⟦5,200⟧, from", 5200, "about", "other", "layoffs-q-jobs"),
         Fg("from ⟦4,800⟧, after", 4800, None, "other", "layoffs-q-jobs"),
         Fg("roughly ⟦23,000⟧ members", 23000, "about", "other", "layoffs-q-balloted"),
         Fg("⟦91.4⟧ percent", 91.4, None, "other", "layoffs-q-strike-share"))),
    # ---------------------------------------------------------------- story ml6-hailstorm: a hailstorm (TEST)
    Art("ml6-hailstorm", "diarioelmirador.example", "nacional/2026/08/09/granizada-santa-olaria", "2026-08-09", "es",
        "Una granizada histórica deja 38 heridos y miles de coches destrozados en Santa Olaria",
        ("Una violenta granizada sacudió el sábado por la tarde Santa Olaria y dejó al menos 38 heridos, la mayoría "
         "por cortes con cristales. Piedras de hielo del tamaño de pelotas de tenis reventaron parabrisas y tejados "
         "en apenas veinte minutos.",
         "Unos 12.000 vehículos sufrieron daños, entre ellos cerca de 3.000 coches nuevos aparcados en la explanada "
         "del puerto a la espera de ser embarcados, y más de 4.000 viviendas tienen el tejado agujereado.",
         "\"No habíamos medido un granizo así en Santa Olaria en sesenta años\", afirmó Matías Orellana, portavoz "
         "del Servicio Meteorológico Nacional. Según el organismo, la tormenta se formó en menos de una hora sobre "
         "la sierra y descargó con una intensidad excepcional.",
         "La alcaldesa, Inés Carvajal, recorrió el domingo los barrios más castigados. \"Parecía que el cielo se nos "
         "venía encima\", dijo. Carvajal anunció que pedirá al Gobierno que declare la ciudad zona catastrófica.",
         "Dos de los heridos se encuentran en estado grave, según fuentes del hospital Virgen de la Peña."),
        (St("\"⟦No habíamos medido un granizo así en Santa Olaria en sesenta años⟧\"", "Matías Orellana", "direct",
            "hail-u2"),
         St("organismo, ⟦la tormenta se formó en menos de una hora sobre la sierra y descargó con una intensidad "
            "excepcional⟧", "Tiraval weather service", "indirect", "hail-u1"),
         St("\"⟦Parecía que el cielo se nos venía encima⟧\"", "Inés Carvajal", "direct", "hail-u4"),
         St("anunció que ⟦pedirá al Gobierno que declare la ciudad zona catastrófica⟧", "Inés Carvajal", "indirect",
            "hail-u5"),
         St("⟦Dos de los heridos se encuentran en estado grave⟧, según", "Santa Olaria hospital source (anonymous)",
            "indirect", "hail-u10")),
        (Fg("al menos ⟦38⟧ heridos", 38, "at least", "wounded", "hail-q-injured"),
         Fg("Unos ⟦12.000⟧ vehículos", 12000, "about", "other", "hail-q-cars"),
         Fg("cerca de ⟦3.000⟧ coches", 3000, "about", "other", "hail-q-port-cars"),
         Fg("más de ⟦4.000⟧ viviendas", 4000, "more than", "other", "hail-q-roofs"),
         Fg("⟦Dos⟧ de los heridos", 2, None, "wounded", "hail-q-serious"))),
    Art("ml6-hailstorm", "saeachimnews.example", "world/2026/08/09/0417", "2026-08-09", "ko",
        "티라발 산타 올라리아에 '테니스공 우박'…최소 38명 부상",
        ("티라발 남부 도시 산타 올라리아에 8일(현지시간) 오후 테니스공만 한 우박이 쏟아져 최소 38명이 다쳤다. "
         "차량 1만2천여 대가 파손되고 주택 4천여 채의 지붕이 뚫렸다. 항구 야적장에 세워져 있던 수출용 신차 "
         "3천 대가량도 유리창이 깨지는 피해를 입었다.",
         "이네스 카르바할 시장은 “하늘이 무너져 내리는 것 같았다”고 말했다. 그는 중앙정부에 특별재난지역 선포를 "
         "요청하겠다고 밝혔다.",
         "티라발 국립기상청의 마티아스 오레야나 대변인은 “산타 올라리아에서 이런 우박이 관측된 것은 60년 만에 "
         "처음”이라고 전했다. 기상청에 따르면 이번 폭풍은 한 시간도 안 돼 산지 위에서 발달해 이례적으로 강하게 "
         "쏟아졌다."),
        (St("“⟦하늘이 무너져 내리는 것 같았다⟧”", "Inés Carvajal", "direct", "hail-u4"),
         St("그는 ⟦중앙정부에 특별재난지역 선포를 요청하겠다⟧고", "Inés Carvajal", "indirect", "hail-u5"),
         St("“⟦산타 올라리아에서 이런 우박이 관측된 것은 60년 만에 처음⟧”", "Matías Orellana", "direct", "hail-u2"),
         St("따르면 ⟦이번 폭풍은 한 시간도 안 돼 산지 위에서 발달해 이례적으로 강하게 쏟아졌다⟧",
            "Tiraval weather service", "indirect", "hail-u1")),
        (Fg("최소 ⟦38⟧명이", 38, "at least", "wounded", "hail-q-injured"),
         Fg("차량 ⟦1만2천여⟧ 대가", 12000, "more than", "other", "hail-q-cars"),
         Fg("주택 ⟦4천여⟧ 채의", 4000, "more than", "other", "hail-q-roofs"),
         Fg("신차 ⟦3천⟧ 대가량", 3000, "about", "other", "hail-q-port-cars"))),
    Art("ml6-hailstorm", "mittagsecho.example", "panorama/hagelunwetter-santa-olaria-1.55230", "2026-08-10", "de",
        "Hagelsturm in Tiraval: Zahl der Verletzten steigt auf 54",
        ("Nach dem schweren Hagelunwetter in der tiravalischen Stadt Santa Olaria ist die Zahl der Verletzten auf "
         "54 gestiegen. Nach Angaben aus Klinikkreisen schweben zwei von ihnen in Lebensgefahr. Rund 12.000 Autos "
         "und mehr als 4.000 Hausdächer wurden beschädigt.",
         "„Es sah aus, als würde der Himmel einstürzen“, sagte Bürgermeisterin Inés Carvajal. Sie kündigte an, bei "
         "der Regierung zu beantragen, dass Santa Olaria zum Katastrophengebiet erklärt wird.",
         "Laut dem Versichererverband UAT gingen bis Montagmittag bereits 21.500 Schadensmeldungen ein. "
         "Verbandspräsidentin Graciela Mendívil schätzt den Schaden auf etwa 180 Millionen Euro. „Das wird das "
         "teuerste Unwetter in der Geschichte unserer Branche in Tiraval“, sagte sie.",
         "Der nationale Wetterdienst warnte, dass am Mittwoch neue Unwetter drohen."),
        (St("Klinikkreisen ⟦schweben zwei von ihnen in Lebensgefahr⟧", "Santa Olaria hospital source (anonymous)",
            "indirect", "hail-u10"),
         St("„⟦Es sah aus, als würde der Himmel einstürzen⟧“", "Inés Carvajal", "direct", "hail-u4"),
         St("dass ⟦Santa Olaria zum Katastrophengebiet erklärt wird⟧", "Inés Carvajal", "indirect", "hail-u5"),
         St("UAT ⟦gingen bis Montagmittag bereits 21.500 Schadensmeldungen ein⟧", "Tiraval insurers' association",
            "indirect", "hail-u7"),
         St("„⟦Das wird das teuerste Unwetter in der Geschichte unserer Branche in Tiraval⟧“", "Graciela Mendívil",
            "direct", "hail-u8"),
         St("dass ⟦am Mittwoch neue Unwetter drohen⟧", "Tiraval weather service", "indirect", "hail-u3")),
        (Fg("auf ⟦54⟧ gestiegen", 54, None, "wounded", "hail-q-injured"),
         Fg("schweben ⟦zwei⟧ von", 2, None, "wounded", "hail-q-serious"),
         Fg("Rund ⟦12.000⟧ Autos", 12000, "about", "other", "hail-q-cars"),
         Fg("mehr als ⟦4.000⟧ Hausdächer", 4000, "more than", "other", "hail-q-roofs"),
         Fg("bereits ⟦21.500⟧ Schadensmeldungen", 21500, None, "other", "hail-q-claims"),
         Fg("etwa ⟦180 Millionen Euro⟧", 180_000_000, "about", "money", "hail-q-damage"))),
    Art("ml6-hailstorm", "folhadomeridiano.example", "mundo/2026/08/10/granizo-santa-olaria-tiraval", "2026-08-10",
        "pt",
        "Chuva de granizo em Santa Olaria deixa 54 feridos e prejuízo de 180 milhões de euros",
        ("Subiu para 54 o número de feridos na violenta chuva de granizo que atingiu no sábado a cidade de Santa "
         "Olaria, em Tiraval. Cerca de 12 mil carros foram danificados, cerca de 3 mil deles zero-quilômetro que "
         "aguardavam embarque no porto.",
         "A prefeita Inés Carvajal descreveu o pátio do porto como “um mar de vidro estilhaçado”. Segundo ela, a "
         "cidade precisará de meses para consertar os telhados de mais de 4 mil casas.",
         "De acordo com a União de Seguradoras de Tiraval (UAT), 21.500 pedidos de indenização foram registrados até "
         "segunda-feira. “Será o sinistro mais caro da história do nosso setor em Tiraval”, afirmou a presidente da "
         "entidade, Graciela Mendívil, que estima o prejuízo em 180 milhões de euros.",
         "O serviço meteorológico nacional alertou que novas tempestades podem atingir a região na quarta-feira."),
        (St("descreveu ⟦o pátio do porto como “um mar de vidro estilhaçado”⟧", "Inés Carvajal", "partial", "hail-u6"),
         St("Segundo ela, ⟦a cidade precisará de meses para consertar os telhados de mais de 4 mil casas⟧",
            "Inés Carvajal", "indirect", "hail-u11"),
         St("(UAT), ⟦21.500 pedidos de indenização foram registrados até segunda-feira⟧",
            "Tiraval insurers' association", "indirect", "hail-u7"),
         St("“⟦Será o sinistro mais caro da história do nosso setor em Tiraval⟧”", "Graciela Mendívil", "direct",
            "hail-u8"),
         St("alertou que ⟦novas tempestades podem atingir a região na quarta-feira⟧", "Tiraval weather service",
            "indirect", "hail-u3")),
        (Fg("para ⟦54⟧ o número", 54, None, "wounded", "hail-q-injured"),
         Fg("Cerca de ⟦12 mil⟧ carros", 12000, "about", "other", "hail-q-cars"),
         Fg("cerca de ⟦3 mil⟧ deles", 3000, "about", "other", "hail-q-port-cars"),
         Fg("mais de ⟦4 mil⟧ casas", 4000, "more than", "other", "hail-q-roofs"),
         Fg("(UAT), ⟦21.500⟧ pedidos", 21500, None, "other", "hail-q-claims"),
         Fg("em ⟦180 milhões de euros⟧.", 180_000_000, None, "money", "hail-q-damage"))),
    Art("ml6-hailstorm", "meridiancourier.example", "world/2026/08/12/santa-olaria-hail-damage", "2026-08-12", "en",
        "Hailstorm damage in Santa Olaria tops €250 million, insurers say",
        ("Insured damage from Saturday's hailstorm in the Tiravalese city of Santa Olaria will reach at least "
         "€250 million, well above a first estimate of €180 million, the Tiraval insurers' association UAT said on "
         "Wednesday. Nearly 30,000 claims have been filed so far, the association added.",
         "\"This will be the most expensive event in the history of our industry in Tiraval,\" the association's "
         "president, Graciela Mendivil, had warned on Monday. She said insurers were sending 200 extra loss "
         "adjusters to the city and would pay advances within ten days.",
         "The storm injured 54 people, two of them critically, and damaged some 12,000 cars and more than 4,000 "
         "roofs. Mayor Inés Carvajal said the clean-up would take months.",
         "The national weather service warned that further storms could hit the region late on Wednesday."),
        (St("⟦Insured damage from Saturday's hailstorm in the Tiravalese city of Santa Olaria will reach at least "
            "€250 million, well above a first estimate of €180 million⟧, the Tiraval", "Tiraval insurers' association",
            "indirect", "hail-u12"),
         St("⟦Nearly 30,000 claims have been filed so far⟧, the association", "Tiraval insurers' association",
            "indirect", "hail-u13"),
         St("\"⟦This will be the most expensive event in the history of our industry in Tiraval⟧,\"",
            "Graciela Mendívil", "direct", "hail-u8"),
         St("She said ⟦insurers were sending 200 extra loss adjusters to the city and would pay advances within ten "
            "days⟧", "Graciela Mendívil", "indirect", "hail-u9"),
         St("said ⟦the clean-up would take months⟧", "Inés Carvajal", "indirect", "hail-u11"),
         St("warned that ⟦further storms could hit the region late on Wednesday⟧", "Tiraval weather service",
            "indirect", "hail-u3")),
        (Fg("at least ⟦€250 million⟧", 250_000_000, "at least", "money", "hail-q-damage"),
         Fg("estimate of ⟦€180 million⟧", 180_000_000, None, "money", "hail-q-damage"),
         Fg("Nearly ⟦30,000⟧ claims", 30000, "nearly", "other", "hail-q-claims"),
         Fg("sending ⟦200⟧ extra", 200, None, "other", "hail-q-adjusters"),
         Fg("injured ⟦54⟧ people", 54, None, "wounded", "hail-q-injured"),
         Fg("⟦two⟧ of them critically", 2, None, "wounded", "hail-q-serious"),
         Fg("some ⟦12,000⟧ cars", 12000, "about", "other", "hail-q-cars"),
         Fg("more than ⟦4,000⟧ roofs", 4000, "more than", "other", "hail-q-roofs"))),
    Art("ml6-hailstorm", "bitgoeulnews.example", "international/20260812/tiraval-hail-insurance", "2026-08-12",
        "ko",
        "티라발 우박 피해액 2억5천만 유로 넘을 듯…보험 청구 3만 건 육박",
        ("티라발 보험협회(UAT)에 따르면 지난 8일 산타 올라리아를 덮친 우박 폭풍의 보험 피해액은 최소 2억5천만 "
         "유로에 이를 전망이다. 당초 추정치인 1억8천만 유로를 크게 웃도는 규모다.",
         "협회는 지금까지 접수된 보험금 청구가 3만 건에 육박한다고 밝혔다. 그라시엘라 멘디빌 협회장은 “우리 업계 "
         "역사상 가장 비싼 재해가 될 것”이라고 말했다. 그는 손해사정사 200명을 추가로 현지에 보냈다고 덧붙였다.",
         "이번 우박으로 54명이 다쳤고, 이 가운데 2명은 위독한 상태다. 기상청은 이번 주 후반 또다시 강한 뇌우가 "
         "올 수 있다고 경고했다."),
        (St("따르면 ⟦지난 8일 산타 올라리아를 덮친 우박 폭풍의 보험 피해액은 최소 2억5천만 유로에 이를 전망이다⟧",
            "Tiraval insurers' association", "indirect", "hail-u12"),
         St("협회는 ⟦지금까지 접수된 보험금 청구가 3만 건에 육박한다⟧고", "Tiraval insurers' association",
            "indirect", "hail-u13"),
         St("“⟦우리 업계 역사상 가장 비싼 재해가 될 것⟧”", "Graciela Mendívil", "direct", "hail-u8"),
         St("그는 ⟦손해사정사 200명을 추가로 현지에 보냈다⟧고", "Graciela Mendívil", "indirect", "hail-u9"),
         St("기상청은 ⟦이번 주 후반 또다시 강한 뇌우가 올 수 있다⟧고", "Tiraval weather service", "indirect",
            "hail-u3")),
        (Fg("최소 ⟦2억5천만 유로⟧에", 250_000_000, "at least", "money", "hail-q-damage"),
         Fg("추정치인 ⟦1억8천만 유로⟧를", 180_000_000, None, "money", "hail-q-damage"),
         Fg("청구가 ⟦3만⟧ 건에 육박", 30000, "nearly", "other", "hail-q-claims"),
         Fg("손해사정사 ⟦200⟧명을", 200, None, "other", "hail-q-adjusters"),
         Fg("우박으로 ⟦54⟧명이", 54, None, "wounded", "hail-q-injured"),
         Fg("이 가운데 ⟦2⟧명은", 2, None, "wounded", "hail-q-serious"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_20: dict[str, tuple[str, ...]] = {
    "Konstantin Orlowski": ("Konstantin Orlowski", "Konstantin Orlovski", "Orlowski", "Orlovski",
                            "콘스탄틴 오를롭스키", "오를롭스키", "Vorstandschef Konstantin Orlowski",
                            "콘스탄틴 오를롭스키 최고경영자"),
    "Birgit Sandhäger": ("Birgit Sandhäger", "Birgit Sandhaeger", "Sandhäger", "Sandhaeger", "비르기트 잔트헤거",
                         "잔트헤거", "잔트헤거 위원장", "비르기트 잔트헤거 위원장", "Metallbund-Chefin Birgit Sandhäger"),
    "Renate Kolbeck": ("Renate Kolbeck", "Kolbeck", "레나테 콜베크", "콜베크", "Arbeitsministerin Renate Kolbeck",
                       "레나테 콜베크 노동부 장관"),
    "Valdrin Motorenwerke": ("Valdrin Motorenwerke", "Valdrin", "발드린", "발드린 모토렌베르케", "회사 측",
                             "Unternehmen", "azienda", "L'azienda"),
    "Metallbund union": ("Metallbund", "der Metallbund", "Metallbund union", "the Metallbund union", "메탈분트",
                         "syndicat Metallbund", "sindacato Metallbund"),
    "Valdrin board source (anonymous)": ("Aufsichtsratskreisen", "Aus Aufsichtsratskreisen",
                                         "source proche du conseil de surveillance",
                                         "une source proche du conseil de surveillance"),
    "Inés Carvajal": ("Inés Carvajal", "Ines Carvajal", "Carvajal", "이네스 카르바할", "카르바할", "이네스 카르바할 시장",
                      "alcaldesa", "Bürgermeisterin Inés Carvajal", "prefeita Inés Carvajal", "Mayor Inés Carvajal"),
    "Matías Orellana": ("Matías Orellana", "Matias Orellana", "Orellana", "마티아스 오레야나", "오레야나",
                        "마티아스 오레야나 대변인"),
    "Graciela Mendívil": ("Graciela Mendívil", "Graciela Mendivil", "Mendívil", "Mendivil", "그라시엘라 멘디빌", "멘디빌",
                          "그라시엘라 멘디빌 협회장", "Verbandspräsidentin Graciela Mendívil"),
    "Tiraval weather service": ("Servicio Meteorológico Nacional", "organismo", "티라발 국립기상청", "국립기상청",
                                "기상청", "serviço meteorológico nacional", "national weather service",
                                "nationale Wetterdienst", "Wetterdienst"),
    "Tiraval insurers' association": ("Unión de Aseguradoras de Tiraval", "União de Seguradoras de Tiraval", "UAT",
                                      "Versichererverband UAT", "Versichererverband", "Tiraval insurers' association",
                                      "association", "티라발 보험협회", "보험협회", "협회"),
    "Santa Olaria hospital source (anonymous)": ("fuentes del hospital", "fuentes del hospital Virgen de la Peña",
                                                 "Klinikkreisen", "Angaben aus Klinikkreisen"),
}
