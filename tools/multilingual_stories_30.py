"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set"). Test part 6, written by an
annotator who never ran the system nor read its rules: a hauliers' blockade, locust swarms, a tsunami warning and a
kidnapping of aid workers.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

_TB = "ml9-truckers-blockade"
_LO = "ml9-locusts"
_TS = "ml9-tsunami-warning"
_AK = "ml9-aid-kidnapping"

ARTICLES_30: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a hauliers' blockade over diesel prices (test)
    Art(_TB, "meridianwire.example", "europe/2026/10/13/kelmar-hauliers-blockade", "2026-10-13", "en",
        "Hauliers block Kelmar motorways over diesel prices",
        ("Some 1,800 lorries brought traffic to a standstill on three motorways in Kelmar on Tuesday as hauliers "
         "protested against a surge in diesel prices. Queues at the Brenzelo border crossing stretched for 40 "
         "kilometres by nightfall.",
         '"We will stay on the motorways until diesel costs what it cost in spring," said Ilja Vorontsek, president '
         "of the hauliers' association Transkel. He added that drivers had brought food and blankets for several "
         "days.",
         "Transport Minister Teodor Banlescu told parliament that the blockade was unlawful. \"The roads are not a "
         'bargaining chip," he said, while signalling that his ministry was ready to meet the hauliers on Thursday.',
         "Police said two crossings on the southern border had been closed to freight traffic. Exporters put their "
         "losses at €12 million a day."),
        (St('"⟦We will stay on the motorways until diesel costs what it cost in spring⟧,"', "Ilja Vorontsek",
            "direct", "tb-u1"),
         St("He added that ⟦drivers had brought food and blankets for several days⟧", "Ilja Vorontsek", "indirect",
            "tb-u2"),
         St("parliament that ⟦the blockade was unlawful⟧", "Teodor Banlescu", "indirect", "tb-u3"),
         St('"⟦The roads are not a bargaining chip⟧,"', "Teodor Banlescu", "direct", "tb-u4"),
         St("signalling that ⟦his ministry was ready to meet the hauliers on Thursday⟧", "Teodor Banlescu",
            "indirect", "tb-u5"),
         St("Police said ⟦two crossings on the southern border had been closed to freight traffic⟧", "Kelmar police",
            "indirect", "tb-u6")),
        (Fg("Some ⟦1,800⟧ lorries", 1800, "about", "other", "tb-q-trucks"),
         Fg("for ⟦40⟧ kilometres", 40, None, "other", "tb-q-queue"),
         Fg("at ⟦€12 million⟧ a day", 12_000_000, None, "money", "tb-q-losses"))),
    Art(_TB, "elbtaler.example", "wirtschaft/fernfahrer-blockade-kelmar-1.77310", "2026-10-13", "de",
        "Fernfahrer legen Autobahnen in Kelmar lahm",
        ("Aus Protest gegen die hohen Dieselpreise haben rund 1.800 Lastwagen am Dienstag drei Autobahnen in Kelmar "
         "blockiert. Am Grenzübergang Brenzelo stauten sich die Lkw am Abend auf einer Länge von 40 Kilometern.",
         "„Wir bleiben auf der Autobahn, bis der Diesel wieder so viel kostet wie im Frühjahr“, sagte Ilja Woronzek, "
         "Präsident des Fuhrunternehmerverbands Transkel. Die Fahrer hätten Proviant und Decken für mehrere Tage "
         "dabei, fügte er hinzu.",
         "Verkehrsminister Teodor Banlescu erklärte vor dem Parlament, die Blockade sei rechtswidrig. „Die Straßen "
         "sind kein Faustpfand“, sagte er. Laut Banlescu ist sein Ministerium aber bereit, sich am Donnerstag mit "
         "den Fuhrunternehmern zu treffen.",
         "Nach Angaben der Polizei sind zwei Übergänge an der Südgrenze für den Güterverkehr gesperrt. Die "
         "Exportwirtschaft beziffert ihre Verluste auf zwölf Millionen Euro pro Tag."),
        (St("„⟦Wir bleiben auf der Autobahn, bis der Diesel wieder so viel kostet wie im Frühjahr⟧“",
            "Ilja Vorontsek", "direct", "tb-u1"),
         St("⟦Die Fahrer hätten Proviant und Decken für mehrere Tage dabei⟧, fügte er hinzu", "Ilja Vorontsek",
            "indirect", "tb-u2"),
         St("Parlament, ⟦die Blockade sei rechtswidrig⟧", "Teodor Banlescu", "indirect", "tb-u3"),
         St("„⟦Die Straßen sind kein Faustpfand⟧“", "Teodor Banlescu", "direct", "tb-u4"),
         St("Laut Banlescu ⟦ist sein Ministerium aber bereit, sich am Donnerstag mit den Fuhrunternehmern zu "
            "treffen⟧", "Teodor Banlescu", "indirect", "tb-u5"),
         St("Polizei ⟦sind zwei Übergänge an der Südgrenze für den Güterverkehr gesperrt⟧", "Kelmar police",
            "indirect", "tb-u6")),
        (Fg("rund ⟦1.800⟧ Lastwagen", 1800, "about", "other", "tb-q-trucks"),
         Fg("von ⟦40⟧ Kilometern", 40, None, "other", "tb-q-queue"),
         Fg("auf ⟦zwölf Millionen Euro⟧", 12_000_000, None, "money", "tb-q-losses"))),
    Art(_TB, "dongbuilbo.example", "news/articleView.html?idxno=310482", "2026-10-14", "ko",
        "켈마르 화물차 운전사들, 경유값 항의하며 고속도로 봉쇄",
        ("경유 가격 급등에 항의하는 화물차 1천800여 대가 13일 켈마르의 고속도로 세 곳을 막아섰다. 브렌젤로 "
         "국경검문소 앞에는 화물차 행렬이 40㎞ 넘게 이어졌다.",
         "운송업자협회 트란스켈의 일리야 보론체크 회장은 “봄철 수준으로 경유값이 내려갈 때까지 고속도로에 "
         "머물겠다”고 말했다. 그는 운전사들이 며칠 버틸 식량과 담요를 챙겨 왔다고 덧붙였다.",
         "테오도르 반레스쿠 교통부 장관은 의회에서 이번 봉쇄가 불법이라고 비판하면서도 목요일에 운송업자들과 "
         "만날 용의가 있다고 밝혔다.",
         "경찰에 따르면 남부 국경 검문소 두 곳의 화물차 통행이 차단됐다. 수출업계는 하루 손실액을 1천200만 "
         "유로로 추산했다."),
        (St("“⟦봄철 수준으로 경유값이 내려갈 때까지 고속도로에 머물겠다⟧”", "Ilja Vorontsek", "direct", "tb-u1"),
         St("그는 ⟦운전사들이 며칠 버틸 식량과 담요를 챙겨 왔다⟧고", "Ilja Vorontsek", "indirect", "tb-u2"),
         St("의회에서 ⟦이번 봉쇄가 불법⟧이라고", "Teodor Banlescu", "indirect", "tb-u3"),
         St("⟦목요일에 운송업자들과 만날 용의가 있다⟧고", "Teodor Banlescu", "indirect", "tb-u5"),
         St("따르면 ⟦남부 국경 검문소 두 곳의 화물차 통행이 차단됐다⟧", "Kelmar police", "indirect", "tb-u6")),
        (Fg("화물차 ⟦1천800여⟧ 대", 1800, "more than", "other", "tb-q-trucks"),
         Fg("행렬이 ⟦40⟧㎞ 넘게", 40, "more than", "other", "tb-q-queue"),
         Fg("손실액을 ⟦1천200만⟧ 유로로", 12_000_000, None, "money", "tb-q-losses"))),
    Art(_TB, "lesoirdelest.example", "economie/2026/10/14/kelmar-routiers-blocage", "2026-10-14", "fr",
        f"Kelmar : le blocage des routiers s'étend, près de 2{NB}500 camions à l'arrêt",
        ("Le mouvement des routiers contre la flambée du gazole s'est étendu mercredi à une quatrième autoroute de "
         f"Kelmar. Près de 2{NB}500 poids lourds étaient immobilisés en fin de journée, selon la police, contre "
         f"environ 1{NB}800 la veille.",
         f"«{NB}Nous resterons sur l'autoroute tant que le gazole ne sera pas revenu à son prix du printemps{NB}», "
         "a martelé Ilja Vorontsek, président de la fédération Transkel. D'après lui, les chauffeurs ont emporté des "
         "vivres pour plusieurs jours.",
         "Le ministre des Transports, Teodor Banlescu, a répété que ce blocage était illégal, mais a assuré qu'il "
         "recevrait les routiers jeudi. Un conseiller du ministère, qui a requis l'anonymat, a indiqué qu'une baisse "
         f"temporaire de la taxe sur le gazole était «{NB}sur la table{NB}».",
         "Les exportateurs chiffrent leurs pertes à 12 millions d'euros par jour."),
        (St(f"Kelmar. ⟦Près de 2{NB}500 poids lourds étaient immobilisés en fin de journée⟧, selon la police",
            "Kelmar police", "indirect", "tb-u7"),
         St(f"«{NB}⟦Nous resterons sur l'autoroute tant que le gazole ne sera pas revenu à son prix du printemps⟧"
            f"{NB}»", "Ilja Vorontsek", "direct", "tb-u1"),
         St("D'après lui, ⟦les chauffeurs ont emporté des vivres pour plusieurs jours⟧", "Ilja Vorontsek",
            "indirect", "tb-u2"),
         St("a répété que ⟦ce blocage était illégal⟧", "Teodor Banlescu", "indirect", "tb-u3"),
         St("a assuré qu'⟦il recevrait les routiers jeudi⟧", "Teodor Banlescu", "indirect", "tb-u5"),
         St(f"a indiqué qu'⟦une baisse temporaire de la taxe sur le gazole était «{NB}sur la table{NB}»⟧",
            "Kelmar transport ministry adviser (anonymous)", "partial", "tb-u8")),
        (Fg(f"Près de ⟦2{NB}500⟧ poids", 2500, "nearly", "other", "tb-q-trucks"),
         Fg(f"environ ⟦1{NB}800⟧ la veille", 1800, "about", "other", "tb-q-trucks"),
         Fg("à ⟦12 millions d'euros⟧", 12_000_000, None, "money", "tb-q-losses"))),
    Art(_TB, "diariodelevante.example", "economia/2026-10-15/camioneros-kelmar-bloqueo", "2026-10-15", "es",
        "Los camioneros de Kelmar mantienen el bloqueo antes de reunirse con el Gobierno",
        ("Más de 2.500 camiones seguían el jueves bloqueando cuatro autopistas de Kelmar, en el tercer día de "
         "protesta de los transportistas contra el precio del gasóleo. En el paso fronterizo de Brenzelo, la fila "
         "de vehículos superaba los 50 kilómetros.",
         '"No nos moveremos hasta que el gasóleo vuelva a costar lo que costaba en primavera", advirtió Ilja '
         "Vorontsek, presidente de la asociación de transportistas Transkel, antes de la reunión con el ministro de "
         "Transportes, Teodor Banlescu.",
         'Según Banlescu, el Gobierno no negociará "bajo presión", aunque el ministro reconoció que la subida del '
         "combustible ha golpeado al sector. La policía informó de que dos pasos de la frontera sur siguen cerrados "
         "a las mercancías.",
         "Las pérdidas de los exportadores rondan ya los 15 millones de euros diarios."),
        (St('"⟦No nos moveremos hasta que el gasóleo vuelva a costar lo que costaba en primavera⟧"',
            "Ilja Vorontsek", "direct", "tb-u1"),
         St('Según Banlescu, ⟦el Gobierno no negociará "bajo presión"⟧', "Teodor Banlescu", "partial", "tb-u9"),
         St("reconoció que ⟦la subida del combustible ha golpeado al sector⟧", "Teodor Banlescu", "indirect",
            "tb-u10"),
         St("informó de que ⟦dos pasos de la frontera sur siguen cerrados a las mercancías⟧", "Kelmar police",
            "indirect", "tb-u6")),
        (Fg("Más de ⟦2.500⟧ camiones", 2500, "more than", "other", "tb-q-trucks"),
         Fg("superaba los ⟦50⟧ kilómetros", 50, "more than", "other", "tb-q-queue"),
         Fg("los ⟦15 millones de euros⟧", 15_000_000, "about", "money", "tb-q-losses"))),
    # ---------------------------------------------------------------- locust swarms strip a province (test)
    Art(_LO, "sunfieldpost.example", "world/2026/04/20/zembara-locust-swarms", "2026-04-20", "en",
        "Locust swarms strip crops across Zembara's Oued Kessa province",
        ("Swarms of desert locusts have destroyed about 64,000 hectares of wheat and barley in Zembara's Oued Kessa "
         "province, leaving roughly 12,000 farming families without a harvest, the agriculture ministry said on "
         "Monday.",
         '"This is the worst invasion our farmers have seen in thirty years," Agriculture Minister Salma Oukrid said '
         "after visiting fields near the town of Tazrit. She promised that the state would compensate growers for "
         "every hectare lost.",
         "Spraying teams have treated 15,000 hectares since the weekend, according to the ministry. But Henrik "
         "Aasvold, a locust officer at the World Crop Protection Organisation, warned that new swarms could form "
         'within weeks if the rains continued. "Spraying alone will not stop them," he said.',
         '"In two hours there was nothing left of my wheat," said Youssef Tamri, who farms on the edge of Tazrit.'),
        (St("⟦Swarms of desert locusts have destroyed about 64,000 hectares of wheat and barley in Zembara's Oued "
            "Kessa province, leaving roughly 12,000 farming families without a harvest⟧, the agriculture",
            "Zembara agriculture ministry", "indirect", "lo-u7"),
         St('"⟦This is the worst invasion our farmers have seen in thirty years⟧,"', "Salma Oukrid", "direct",
            "lo-u1"),
         St("She promised that ⟦the state would compensate growers for every hectare lost⟧", "Salma Oukrid",
            "indirect", "lo-u2"),
         St("⟦Spraying teams have treated 15,000 hectares since the weekend⟧, according", "Zembara agriculture ministry",
            "indirect", "lo-u6"),
         St("warned that ⟦new swarms could form within weeks if the rains continued⟧", "Henrik Aasvold", "indirect",
            "lo-u3"),
         St('"⟦Spraying alone will not stop them⟧,"', "Henrik Aasvold", "direct", "lo-u4"),
         St('"⟦In two hours there was nothing left of my wheat⟧,"', "Youssef Tamri", "direct", "lo-u5")),
        (Fg("about ⟦64,000⟧ hectares", 64000, "about", "other", "lo-q-destroyed"),
         Fg("roughly ⟦12,000⟧ farming", 12000, "about", "other", "lo-q-families"),
         Fg("treated ⟦15,000⟧ hectares", 15000, None, "other", "lo-q-sprayed"))),
    Art(_LO, "badischerbote.example", "panorama/heuschrecken-zembara-1.90214", "2026-04-21", "de",
        "Heuschrecken vernichten Ernte in Zembara",
        ("Riesige Schwärme von Wüstenheuschrecken haben in der zembarischen Provinz Oued Kessa mehr als 60.000 "
         "Hektar Weizen und Gerste kahlgefressen. Nach Angaben des Agrarministeriums sind rund 12.000 "
         "Bauernfamilien betroffen.",
         "„Das ist die schlimmste Invasion, die unsere Bauern seit dreißig Jahren erlebt haben“, sagte "
         "Landwirtschaftsministerin Salma Ukrid bei einem Besuch in Tazrit. Der Staat werde jeden verlorenen Hektar "
         "entschädigen, versprach sie.",
         "Henrik Aasvold von der Weltorganisation für Pflanzenschutz befürchtet, dass sich bei anhaltendem Regen "
         "binnen Wochen neue Schwärme bilden. Mit Sprühen allein seien die Tiere „nicht aufzuhalten“, sagte der "
         "Experte.",
         "Bisher wurden rund 15.000 Hektar mit Insektiziden behandelt."),
        (St("Agrarministeriums ⟦sind rund 12.000 Bauernfamilien betroffen⟧", "Zembara agriculture ministry",
            "indirect", "lo-u7"),
         St("„⟦Das ist die schlimmste Invasion, die unsere Bauern seit dreißig Jahren erlebt haben⟧“", "Salma Oukrid",
            "direct", "lo-u1"),
         St("⟦Der Staat werde jeden verlorenen Hektar entschädigen⟧, versprach sie", "Salma Oukrid", "indirect",
            "lo-u2"),
         St("befürchtet, dass ⟦sich bei anhaltendem Regen binnen Wochen neue Schwärme bilden⟧", "Henrik Aasvold",
            "indirect", "lo-u3"),
         St("⟦Mit Sprühen allein seien die Tiere „nicht aufzuhalten“⟧, sagte der", "Henrik Aasvold", "partial",
            "lo-u4")),
        (Fg("mehr als ⟦60.000⟧ Hektar", 60000, "more than", "other", "lo-q-destroyed"),
         Fg("rund ⟦12.000⟧ Bauernfamilien", 12000, "about", "other", "lo-q-families"),
         Fg("rund ⟦15.000⟧ Hektar", 15000, "about", "other", "lo-q-sprayed"))),
    Art(_LO, "honamilbo.example", "news/articleView.html?idxno=207731", "2026-04-21", "ko",
        "잠바라 오에드케사주 메뚜기 떼 습격…농지 6만4천㏊ 초토화",
        ("사막메뚜기 떼가 잠바라 오에드케사주를 휩쓸어 밀과 보리밭 6만4천㏊가 피해를 입었다고 잠바라 농업부가 "
         "20일 밝혔다. 농가 1만2천여 가구가 한 해 농사를 망쳤다.",
         "살마 우크리드 농업부 장관은 타즈리트 인근 농지를 둘러본 뒤 “농민들이 30년 만에 겪는 최악의 습격”이라고 "
         "말했다. 그는 잃어버린 농지 1㏊마다 국가가 보상하겠다고 약속했다.",
         "세계작물보호기구(WCPO)의 헨리크 오스볼 메뚜기 담당관에 따르면 비가 계속될 경우 몇 주 안에 새로운 떼가 "
         "형성될 수 있다. 그는 “방제만으로는 막을 수 없다”고 경고했다.",
         "농업부는 주말 이후 1만5천㏊에 살충제를 살포했다고 전했다."),
        (St("⟦사막메뚜기 떼가 잠바라 오에드케사주를 휩쓸어 밀과 보리밭 6만4천㏊가 피해를 입었다⟧고",
            "Zembara agriculture ministry", "indirect", "lo-u7"),
         St("“⟦농민들이 30년 만에 겪는 최악의 습격⟧”", "Salma Oukrid", "direct", "lo-u1"),
         St("그는 ⟦잃어버린 농지 1㏊마다 국가가 보상하겠다⟧고", "Salma Oukrid", "indirect", "lo-u2"),
         St("따르면 ⟦비가 계속될 경우 몇 주 안에 새로운 떼가 형성될 수 있다⟧", "Henrik Aasvold", "indirect", "lo-u3"),
         St("“⟦방제만으로는 막을 수 없다⟧”", "Henrik Aasvold", "direct", "lo-u4"),
         St("농업부는 ⟦주말 이후 1만5천㏊에 살충제를 살포했다⟧고", "Zembara agriculture ministry", "indirect",
            "lo-u6")),
        (Fg("보리밭 ⟦6만4천⟧㏊가", 64000, None, "other", "lo-q-destroyed"),
         Fg("농가 ⟦1만2천여⟧ 가구", 12000, "more than", "other", "lo-q-families"),
         Fg("이후 ⟦1만5천⟧㏊에", 15000, None, "other", "lo-q-sprayed"))),
    Art(_LO, "ilmattinodellasera.example", "esteri/2026/04/22/locuste-zembara", "2026-04-22", "it",
        "Locuste, in Zembara distrutti quasi 90mila ettari di raccolti",
        ("Non si ferma l'avanzata delle locuste nel sud di Zembara: secondo il ministero dell'Agricoltura, gli "
         "sciami hanno ormai distrutto quasi 90mila ettari di grano e orzo nella provincia di Oued Kessa, contro i "
         "circa 64mila stimati lunedì.",
         "«È la peggiore invasione degli ultimi trent'anni», ha detto la ministra Salma Oukrid. La ministra ha poi "
         "assicurato che lo Stato risarcirà ogni ettaro perduto. Più di 12mila famiglie di agricoltori hanno perso "
         "il raccolto.",
         "Per l'Organizzazione mondiale per la protezione delle colture la situazione potrebbe peggiorare. «Con le "
         "sole irrorazioni non li fermeremo», ha avvertito l'esperto Henrik Aasvold, secondo cui nuove ondate "
         "potrebbero formarsi entro poche settimane se le piogge continueranno.",
         "«In due ore del mio grano non è rimasto niente», racconta Youssef Tamri, agricoltore di Tazrit."),
        (St("dell'Agricoltura, ⟦gli sciami hanno ormai distrutto quasi 90mila ettari di grano e orzo nella provincia "
            "di Oued Kessa⟧", "Zembara agriculture ministry", "indirect", "lo-u8"),
         St("«⟦È la peggiore invasione degli ultimi trent'anni⟧»", "Salma Oukrid", "direct", "lo-u1"),
         St("assicurato che ⟦lo Stato risarcirà ogni ettaro perduto⟧", "Salma Oukrid", "indirect", "lo-u2"),
         St("colture ⟦la situazione potrebbe peggiorare⟧", "World Crop Protection Organisation", "indirect", "lo-u9"),
         St("«⟦Con le sole irrorazioni non li fermeremo⟧»", "Henrik Aasvold", "direct", "lo-u4"),
         St("secondo cui ⟦nuove ondate potrebbero formarsi entro poche settimane se le piogge continueranno⟧",
            "Henrik Aasvold", "indirect", "lo-u3"),
         St("«⟦In due ore del mio grano non è rimasto niente⟧»", "Youssef Tamri", "direct", "lo-u5")),
        (Fg("quasi ⟦90mila⟧ ettari", 90000, "nearly", "other", "lo-q-destroyed"),
         Fg("circa ⟦64mila⟧ stimati", 64000, "about", "other", "lo-q-destroyed"),
         Fg("Più di ⟦12mila⟧ famiglie", 12000, "more than", "other", "lo-q-families"))),
    Art(_LO, "folhadoatlantico.example", "mundo/2026/04/23/gafanhotos-zembara", "2026-04-23", "pt",
        "Gafanhotos já devastaram 90 mil hectares em Zembara",
        ("As nuvens de gafanhotos-do-deserto que invadiram a província de Oued Kessa, em Zembara, já destruíram "
         "cerca de 90 mil hectares de trigo e cevada, e mais de 12 mil famílias de agricultores perderam a colheita.",
         "Segundo a ministra da Agricultura, Salma Oukrid, trata-se da pior invasão dos últimos 30 anos. Ela "
         "garantiu que o Estado vai indenizar os produtores por cada hectare perdido.",
         "O Ministério da Agricultura informou que equipes de pulverização já trataram 21 mil hectares. “Só a "
         "pulverização não vai detê-los”, alertou Henrik Aasvold, especialista da Organização Mundial de Proteção "
         "das Culturas.",
         "“Em duas horas não sobrou nada do meu trigo”, contou o agricultor Youssef Tamri, de Tazrit."),
        (St("Oukrid, ⟦trata-se da pior invasão dos últimos 30 anos⟧", "Salma Oukrid", "indirect", "lo-u1"),
         St("garantiu que ⟦o Estado vai indenizar os produtores por cada hectare perdido⟧", "Salma Oukrid",
            "indirect", "lo-u2"),
         St("informou que ⟦equipes de pulverização já trataram 21 mil hectares⟧", "Zembara agriculture ministry",
            "indirect", "lo-u10"),
         St("“⟦Só a pulverização não vai detê-los⟧”", "Henrik Aasvold", "direct", "lo-u4"),
         St("“⟦Em duas horas não sobrou nada do meu trigo⟧”", "Youssef Tamri", "direct", "lo-u5")),
        (Fg("cerca de ⟦90 mil⟧ hectares", 90000, "about", "other", "lo-q-destroyed"),
         Fg("mais de ⟦12 mil⟧ famílias", 12000, "more than", "other", "lo-q-families"),
         Fg("trataram ⟦21 mil⟧ hectares", 21000, None, "other", "lo-q-sprayed"))),
    # ---------------------------------------------------------------- a tsunami warning after an offshore quake (test)
    Art(_TS, "eldiariodelpacifico.example", "nacional/2026-11-02/alerta-tsunami-punta-soral", "2026-11-02", "es",
        "Alerta de tsunami en Maruvia tras un sismo de magnitud 7,4 frente a Punta Soral",
        ("Unos 38.000 vecinos de la costa de Punta Soral pasaron la noche en zonas altas después de que un sismo de "
         "magnitud 7,4 con epicentro en el mar activara la alerta de tsunami. La primera ola alcanzó 1,2 metros en "
         "el puerto de Vellamar.",
         '"Las sirenas han salvado vidas esta noche", dijo el gobernador Aurelio Santiváñez, quien anunció que las '
         "escuelas de la provincia permanecerán cerradas el martes.",
         "Según la directora del Instituto Geofísico Nacional, Rosalba Quintrel, se esperan réplicas durante varios "
         "días. Protección Civil informó de 17 heridos leves, la mayoría por caídas durante la evacuación.",
         '"Nadie debe volver a la costa hasta que lo indiquemos", advirtió el portavoz de Protección Civil, Tomás '
         "Ederra."),
        (St('"⟦Las sirenas han salvado vidas esta noche⟧"', "Aurelio Santiváñez", "direct", "ts-u4"),
         St("anunció que ⟦las escuelas de la provincia permanecerán cerradas el martes⟧", "Aurelio Santiváñez",
            "indirect", "ts-u5"),
         St("Quintrel, ⟦se esperan réplicas durante varios días⟧", "Rosalba Quintrel", "indirect", "ts-u1"),
         St("informó de ⟦17 heridos leves, la mayoría por caídas durante la evacuación⟧", "Maruvia civil protection",
            "indirect", "ts-u7"),
         St('"⟦Nadie debe volver a la costa hasta que lo indiquemos⟧"', "Tomás Ederra", "direct", "ts-u3")),
        (Fg("Unos ⟦38.000⟧ vecinos", 38000, "about", "displaced", "ts-q-evacuated"),
         Fg("alcanzó ⟦1,2⟧ metros", 1.2, None, "other", "ts-q-wave"),
         Fg("de ⟦17⟧ heridos", 17, None, "wounded", "ts-q-injured"))),
    Art(_TS, "weserbote.example", "welt/tsunami-alarm-maruvia-1.55082", "2026-11-02", "de",
        "Tsunami-Alarm in Maruvia: Zehntausende fliehen vor der Welle",
        ("Nach einem Seebeben der Stärke 7,4 vor der Küste von Punta Soral haben rund 38.000 Menschen in der Nacht "
         "ihre Häuser verlassen. Im Hafen von Vellamar wurde eine Welle von 1,2 Metern gemessen, teilte das "
         "Nationale Geophysikalische Institut mit.",
         "„Die Sirenen haben heute Nacht Leben gerettet“, sagte Gouverneur Aurelio Santivanez. Er kündigte an, dass "
         "die Schulen der Provinz am Dienstag geschlossen bleiben.",
         "Institutsdirektorin Rosalba Quintrel sagte, es werde über mehrere Tage Nachbeben geben. Nach Angaben des "
         "Zivilschutzes gab es 17 Leichtverletzte. Die meisten seien bei der Flucht gestürzt, hieß es aus einem "
         "Krankenhaus in Vellamar."),
        (St("⟦Im Hafen von Vellamar wurde eine Welle von 1,2 Metern gemessen⟧, teilte", "Maruvia geophysical institute",
            "indirect", "ts-u8"),
         St("„⟦Die Sirenen haben heute Nacht Leben gerettet⟧“", "Aurelio Santiváñez", "direct", "ts-u4"),
         St("an, dass ⟦die Schulen der Provinz am Dienstag geschlossen bleiben⟧", "Aurelio Santiváñez", "indirect",
            "ts-u5"),
         St("Quintrel sagte, ⟦es werde über mehrere Tage Nachbeben geben⟧", "Rosalba Quintrel", "indirect", "ts-u1"),
         St("Zivilschutzes ⟦gab es 17 Leichtverletzte⟧", "Maruvia civil protection", "indirect", "ts-u7"),
         St("⟦Die meisten seien bei der Flucht gestürzt⟧, hieß es", "Vellamar hospital source (anonymous)", "indirect",
            "ts-u6")),
        (Fg("rund ⟦38.000⟧ Menschen", 38000, "about", "displaced", "ts-q-evacuated"),
         Fg("von ⟦1,2⟧ Metern", 1.2, None, "other", "ts-q-wave"),
         Fg("es ⟦17⟧ Leichtverletzte", 17, None, "wounded", "ts-q-injured"))),
    Art(_TS, "haeansinmun.example", "news/articleView.html?idxno=51920", "2026-11-03", "ko",
        "마루비아 앞바다 규모 7.4 지진…4만5천여 명 대피",
        ("마루비아 푼타소랄주 앞바다에서 규모 7.4의 강진이 발생해 쓰나미 경보가 내려지면서 해안 주민 4만5천여 명이 "
         "고지대로 대피했다. 벨라마르항에는 높이 1.2m의 파도가 밀려왔다.",
         "아우렐리오 산티바녜스 주지사는 “오늘 밤 사이렌이 생명을 구했다”고 말했다. 그는 도내 학교들이 화요일 "
         "휴교한다고 밝혔다.",
         "국립지구물리연구소 로살바 킨트렐 소장은 여진이 며칠간 이어질 것이라고 전망했다. 민방위청 토마스 에데라 "
         "대변인은 “우리가 알릴 때까지 누구도 해안으로 돌아가서는 안 된다”고 강조했다.",
         "민방위청에 따르면 부상자는 23명으로 늘었으며 대부분 대피 과정에서 넘어져 다쳤다."),
        (St("“⟦오늘 밤 사이렌이 생명을 구했다⟧”", "Aurelio Santiváñez", "direct", "ts-u4"),
         St("그는 ⟦도내 학교들이 화요일 휴교한다⟧고", "Aurelio Santiváñez", "indirect", "ts-u5"),
         St("소장은 ⟦여진이 며칠간 이어질 것⟧이라고", "Rosalba Quintrel", "indirect", "ts-u1"),
         St("“⟦우리가 알릴 때까지 누구도 해안으로 돌아가서는 안 된다⟧”", "Tomás Ederra", "direct", "ts-u3"),
         St("따르면 ⟦부상자는 23명으로 늘었으며 대부분 대피 과정에서 넘어져 다쳤다⟧", "Maruvia civil protection",
            "indirect", "ts-u9")),
        (Fg("주민 ⟦4만5천여⟧ 명", 45000, "more than", "displaced", "ts-q-evacuated"),
         Fg("높이 ⟦1.2⟧m", 1.2, None, "other", "ts-q-wave"),
         Fg("부상자는 ⟦23⟧명으로", 23, None, "wounded", "ts-q-injured"))),
    Art(_TS, "corrieredeltirreno.example", "esteri/2026/11/03/allerta-tsunami-maruvia", "2026-11-03", "it",
        "Allerta tsunami a Maruvia, evacuate 45mila persone",
        ("Sono circa 45mila le persone evacuate lungo la costa di Punta Soral dopo la scossa di magnitudo 7,4 "
         "registrata al largo nella notte. A Vellamar l'onda ha toccato 1,2 metri, ha riferito l'Istituto geofisico "
         "nazionale.",
         "«Stanotte le sirene hanno salvato delle vite», ha dichiarato il governatore Aurelio Santiváñez. Secondo la "
         "Protezione civile i feriti sono saliti a 23, quasi tutti per cadute durante l'evacuazione.",
         "Il portavoce Tomás Ederra ha chiesto alla popolazione di non tornare sulla costa «finché non lo diremo "
         "noi». La direttrice dell'Istituto, Rosalba Quintrel, ha spiegato che le repliche potrebbero proseguire per "
         "diversi giorni."),
        (St("⟦A Vellamar l'onda ha toccato 1,2 metri⟧, ha riferito", "Maruvia geophysical institute", "indirect",
            "ts-u8"),
         St("«⟦Stanotte le sirene hanno salvato delle vite⟧»", "Aurelio Santiváñez", "direct", "ts-u4"),
         St("civile ⟦i feriti sono saliti a 23, quasi tutti per cadute durante l'evacuazione⟧",
            "Maruvia civil protection", "indirect", "ts-u9"),
         St("popolazione di ⟦non tornare sulla costa «finché non lo diremo noi»⟧", "Tomás Ederra", "partial",
            "ts-u3"),
         St("spiegato che ⟦le repliche potrebbero proseguire per diversi giorni⟧", "Rosalba Quintrel", "indirect",
            "ts-u1")),
        (Fg("circa ⟦45mila⟧ le", 45000, "about", "displaced", "ts-q-evacuated"),
         Fg("toccato ⟦1,2⟧ metri", 1.2, None, "other", "ts-q-wave"),
         Fg("saliti a ⟦23⟧,", 23, None, "wounded", "ts-q-injured"))),
    Art(_TS, "jornaldaorla.example", "mundo/2026/11/04/maruvia-suspende-alerta-tsunami", "2026-11-04", "pt",
        "Maruvia suspende alerta de tsunami; feridos chegam a 23",
        ("As autoridades de Maruvia suspenderam na terça-feira o alerta de tsunami emitido após o sismo de "
         "magnitude 7,4 ao largo de Punta Soral. Mais de 45 mil moradores tinham deixado a costa durante a noite.",
         "“As sirenes salvaram vidas”, afirmou o governador Aurelio Santiváñez, que visitou o porto de Vellamar, onde "
         "a onda chegou a 1,2 metro.",
         "Segundo a Proteção Civil, 23 pessoas ficaram feridas, quase todas em quedas durante a retirada. De acordo "
         "com um médico do hospital de Vellamar, que pediu para não ser identificado, nenhum dos feridos corre risco "
         "de vida.",
         "A diretora do Instituto Geofísico Nacional, Rosalba Quintrel, disse que as réplicas devem continuar por "
         "vários dias."),
        (St("“⟦As sirenes salvaram vidas⟧”", "Aurelio Santiváñez", "direct", "ts-u4"),
         St("Civil, ⟦23 pessoas ficaram feridas, quase todas em quedas durante a retirada⟧", "Maruvia civil protection",
            "indirect", "ts-u9"),
         St("identificado, ⟦nenhum dos feridos corre risco de vida⟧", "Vellamar hospital source (anonymous)",
            "indirect", "ts-u10"),
         St("disse que ⟦as réplicas devem continuar por vários dias⟧", "Rosalba Quintrel", "indirect", "ts-u1")),
        (Fg("Mais de ⟦45 mil⟧ moradores", 45000, "more than", "displaced", "ts-q-evacuated"),
         Fg("chegou a ⟦1,2⟧ metro", 1.2, None, "other", "ts-q-wave"),
         Fg("Civil, ⟦23⟧ pessoas", 23, None, "wounded", "ts-q-injured"))),
    # ---------------------------------------------------------------- aid workers kidnapped from a convoy (test)
    Art(_AK, "globalcourier.example", "world/2026/09/09/sudrana-aid-workers-abducted", "2026-09-09", "en",
        "Six aid workers seized in Sudrana's Ouarzeb region",
        ("Gunmen abducted six aid workers from a water charity's convoy near the town of Tamberi in Sudrana's "
         "Ouarzeb region on Tuesday, police said on Wednesday. Two of the captives are French, one is German and one "
         "South Korean; the other two are local staff.",
         "Regional police commander Idrissa Komanta said the convoy had been stopped by around 20 armed men on "
         "motorcycles.",
         '"Our colleagues came to dig wells, not to be traded," said Claire Mondésir, director of the charity Puits '
         "et Partage. The group said it had suspended all its missions in the region.",
         "In Seoul, foreign ministry spokesman Moon Ga-rin said a crisis team had been set up. \"We are doing "
         'everything we can to bring our citizen home safely," he said.'),
        (St("⟦Gunmen abducted six aid workers from a water charity's convoy near the town of Tamberi in Sudrana's "
            "Ouarzeb region on Tuesday⟧, police said", "Ouarzeb police", "indirect", "ak-u8"),
         St("Komanta said ⟦the convoy had been stopped by around 20 armed men on motorcycles⟧", "Idrissa Komanta",
            "indirect", "ak-u5"),
         St('"⟦Our colleagues came to dig wells, not to be traded⟧,"', "Claire Mondésir", "direct", "ak-u1"),
         St("The group said ⟦it had suspended all its missions in the region⟧", "Puits et Partage", "indirect",
            "ak-u2"),
         St("Moon Ga-rin said ⟦a crisis team had been set up⟧", "Moon Ga-rin", "indirect", "ak-u3"),
         St('"⟦We are doing everything we can to bring our citizen home safely⟧,"', "Moon Ga-rin", "direct",
            "ak-u4")),
        (Fg("abducted ⟦six⟧ aid workers", 6, None, "other", "ak-q-kidnapped"),
         Fg("around ⟦20⟧ armed", 20, "about", "other", "ak-q-gunmen"))),
    Art(_AK, "lecourrierdusahel.example", "afrique/2026/09/09/sudrana-humanitaires-enleves", "2026-09-09", "fr",
        "Six humanitaires enlevés au Sudrana, dont deux Français",
        ("Six humanitaires de l'ONG Puits et Partage, dont deux Français, un Allemand et un Sud-Coréen, ont été "
         "enlevés mardi près de Tamberi, dans la région d'Ouarzeb, au Sudrana. Selon le commandant de la police "
         "régionale, Idrissa Komanta, une vingtaine d'hommes armés circulant à moto ont intercepté leur convoi.",
         f"«{NB}Nos collègues étaient venus creuser des puits, pas servir de monnaie d'échange{NB}», a réagi Claire "
         "Mondésir, directrice de Puits et Partage. L'ONG a annoncé qu'elle suspendait toutes ses missions dans la "
         "région.",
         "Le ministère des Affaires étrangères a indiqué qu'une cellule de crise était "
         f"«{NB}pleinement mobilisée{NB}».",
         "Une source sécuritaire, sous couvert d'anonymat, affirme que les ravisseurs se dirigent vers la "
         "frontière."),
        (St("Komanta, ⟦une vingtaine d'hommes armés circulant à moto ont intercepté leur convoi⟧", "Idrissa Komanta",
            "indirect", "ak-u5"),
         St(f"«{NB}⟦Nos collègues étaient venus creuser des puits, pas servir de monnaie d'échange⟧{NB}»",
            "Claire Mondésir", "direct", "ak-u1"),
         St("annoncé qu'⟦elle suspendait toutes ses missions dans la région⟧", "Puits et Partage", "indirect",
            "ak-u2"),
         St(f"indiqué qu'⟦une cellule de crise était «{NB}pleinement mobilisée{NB}»⟧", "French foreign ministry",
            "partial", "ak-u9"),
         St("affirme que ⟦les ravisseurs se dirigent vers la frontière⟧", "Ouarzeb security source (anonymous)",
            "indirect", "ak-u7")),
        (Fg("⟦Six⟧ humanitaires de", 6, None, "other", "ak-q-kidnapped"),
         Fg("une ⟦vingtaine⟧ d'hommes", 20, "about", "other", "ak-q-gunmen"))),
    Art(_AK, "hangangilbo.example", "news/articleView.html?idxno=118644", "2026-09-11", "ko",
        "수드라나서 구호요원 6명 피랍…한국인 1명 포함",
        ("수드라나 우아르제브 지역에서 국제 구호단체 ‘퓌 에 파르타주’ 소속 구호요원 6명이 무장괴한들에게 "
         "납치됐다. 피랍자 중에는 한국인 1명과 프랑스인 2명, 독일인 1명이 포함됐다.",
         "외교부 문가린 대변인은 11일 정례브리핑에서 “우리 국민이 무사히 귀환할 수 있도록 모든 노력을 다하고 "
         "있다”고 말했다. 그는 외교부가 재외국민보호대책반을 꾸렸다고 밝혔다.",
         "이드리사 코만타 지역 경찰청장에 따르면 오토바이를 탄 무장괴한 20여 명이 탐베리 인근에서 차량 행렬을 "
         "가로막았다. 그는 현지인 직원 2명이 10일 저녁 풀려났다고 전했다.",
         "퓌 에 파르타주는 해당 지역의 모든 활동을 중단했다고 발표했다."),
        (St("“⟦우리 국민이 무사히 귀환할 수 있도록 모든 노력을 다하고 있다⟧”", "Moon Ga-rin", "direct", "ak-u4"),
         St("그는 ⟦외교부가 재외국민보호대책반을 꾸렸다⟧고", "Moon Ga-rin", "indirect", "ak-u3"),
         St("따르면 ⟦오토바이를 탄 무장괴한 20여 명이 탐베리 인근에서 차량 행렬을 가로막았다⟧", "Idrissa Komanta",
            "indirect", "ak-u5"),
         St("그는 ⟦현지인 직원 2명이 10일 저녁 풀려났다⟧고", "Idrissa Komanta", "indirect", "ak-u6"),
         St("파르타주는 ⟦해당 지역의 모든 활동을 중단했다⟧고", "Puits et Partage", "indirect", "ak-u2")),
        (Fg("구호요원 ⟦6⟧명이", 6, None, "other", "ak-q-kidnapped"),
         Fg("무장괴한 ⟦20여⟧ 명", 20, "more than", "other", "ak-q-gunmen"),
         Fg("직원 ⟦2⟧명이", 2, None, "other", "ak-q-freed"))),
    Art(_AK, "mainzeitung.example", "politik/ausland/entfuehrung-sudrana-1.66120", "2026-09-11", "de",
        "Entführte Helfer im Sudrana: Zwei einheimische Mitarbeiter frei",
        ("Zwei der sechs im Sudrana entführten Mitarbeiter der Hilfsorganisation Puits et Partage sind wieder frei. "
         "Die beiden einheimischen Helfer seien am Donnerstagabend in der Nähe von Tamberi freigelassen worden, "
         "sagte der regionale Polizeichef Idrissa Komanta.",
         "Weiterhin in der Gewalt der Entführer sind zwei Franzosen, ein Deutscher und ein Südkoreaner. Laut Komanta "
         "hatten rund 20 bewaffnete Männer auf Motorrädern den Konvoi gestoppt.",
         "Das Auswärtige Amt bestätigte, dass ein deutscher Staatsbürger unter den Geiseln ist, und richtete einen "
         "Krisenstab ein.",
         "„Unsere Kollegen sind gekommen, um Brunnen zu bohren, nicht um als Tauschware zu dienen“, sagte Claire "
         "Mondésir, Direktorin von Puits et Partage. Nach eigenen Angaben hat die Organisation alle Einsätze in der "
         "Region ausgesetzt."),
        (St("⟦Die beiden einheimischen Helfer seien am Donnerstagabend in der Nähe von Tamberi freigelassen worden⟧, "
            "sagte", "Idrissa Komanta", "indirect", "ak-u6"),
         St("Laut Komanta ⟦hatten rund 20 bewaffnete Männer auf Motorrädern den Konvoi gestoppt⟧", "Idrissa Komanta",
            "indirect", "ak-u5"),
         St("bestätigte, dass ⟦ein deutscher Staatsbürger unter den Geiseln ist⟧", "German Foreign Office",
            "indirect", "ak-u10"),
         St("„⟦Unsere Kollegen sind gekommen, um Brunnen zu bohren, nicht um als Tauschware zu dienen⟧“",
            "Claire Mondésir", "direct", "ak-u1"),
         St("Angaben ⟦hat die Organisation alle Einsätze in der Region ausgesetzt⟧", "Puits et Partage", "indirect",
            "ak-u2")),
        (Fg("⟦Zwei⟧ der sechs", 2, None, "other", "ak-q-freed"),
         Fg("der ⟦sechs⟧ im", 6, None, "other", "ak-q-kidnapped"),
         Fg("rund ⟦20⟧ bewaffnete", 20, "about", "other", "ak-q-gunmen"))),
    Art(_AK, "noticiasdolitoral.example", "mundo/2026-09-12/sudrana-humanitarios-libertados", "2026-09-12", "pt",
        "Sequestradores libertam dois dos seis trabalhadores humanitários raptados no Sudrana",
        ("Dois dos seis trabalhadores humanitários raptados na terça-feira no Sudrana foram libertados, confirmou o "
         "comandante da polícia regional, Idrissa Komanta. Os quatro estrangeiros — dois franceses, um alemão e um "
         "sul-coreano — continuam em cativeiro.",
         "De acordo com uma fonte de segurança que pediu anonimato, os sequestradores estarão a caminho da "
         "fronteira.",
         "“Os nossos colegas vieram abrir poços, não servir de moeda de troca”, declarou Claire Mondésir, diretora "
         "da organização Puits et Partage.",
         "O porta-voz da diplomacia sul-coreana, Moon Ga-rin, disse que Seul está a fazer todos os esforços para "
         "trazer o seu cidadão de volta em segurança."),
        (St("⟦Dois dos seis trabalhadores humanitários raptados na terça-feira no Sudrana foram libertados⟧, "
            "confirmou", "Idrissa Komanta", "indirect", "ak-u6"),
         St("anonimato, ⟦os sequestradores estarão a caminho da fronteira⟧", "Ouarzeb security source (anonymous)",
            "indirect", "ak-u7"),
         St("“⟦Os nossos colegas vieram abrir poços, não servir de moeda de troca⟧”", "Claire Mondésir", "direct",
            "ak-u1"),
         St("disse que ⟦Seul está a fazer todos os esforços para trazer o seu cidadão de volta em segurança⟧",
            "Moon Ga-rin", "indirect", "ak-u4")),
        (Fg("⟦Dois⟧ dos seis", 2, None, "other", "ak-q-freed"),
         Fg("dos ⟦seis⟧ trabalhadores", 6, None, "other", "ak-q-kidnapped"),
         Fg("Os ⟦quatro⟧ estrangeiros", 4, None, "other", "ak-q-held"))),
)

SPEAKER_FORMS_30: dict[str, tuple[str, ...]] = {
    "Ilja Vorontsek": ("Ilja Vorontsek", "Ilja Woronzek", "Vorontsek", "Woronzek", "일리야 보론체크",
                       "일리야 보론체크 회장", "보론체크"),
    "Teodor Banlescu": ("Teodor Banlescu", "Banlescu", "테오도르 반레스쿠", "테오도르 반레스쿠 교통부 장관", "반레스쿠",
                        "Verkehrsminister", "ministre des Transports", "ministro de Transportes", "ministro"),
    "Kelmar police": ("police", "Polizei", "경찰", "policía", "Police"),
    "Kelmar transport ministry adviser (anonymous)": ("conseiller du ministère",),
    "Salma Oukrid": ("Salma Oukrid", "Salma Ukrid", "Oukrid", "Ukrid", "살마 우크리드", "살마 우크리드 농업부 장관",
                     "우크리드", "Landwirtschaftsministerin", "ministra", "ministra da Agricultura"),
    "Zembara agriculture ministry": ("agriculture ministry", "ministry", "Agrarministerium", "Agrarministeriums",
                                     "잠바라 농업부", "농업부", "ministero dell'Agricoltura",
                                     "Ministério da Agricultura"),
    "Henrik Aasvold": ("Henrik Aasvold", "Aasvold", "헨리크 오스볼", "오스볼", "Experte", "esperto"),
    "World Crop Protection Organisation": ("World Crop Protection Organisation", "Weltorganisation für Pflanzenschutz",
                                           "세계작물보호기구", "WCPO",
                                           "Organizzazione mondiale per la protezione delle colture",
                                           "Organização Mundial de Proteção das Culturas"),
    "Youssef Tamri": ("Youssef Tamri", "Tamri", "agricoltore", "agricultor"),
    "Aurelio Santiváñez": ("Aurelio Santiváñez", "Aurelio Santivanez", "Santiváñez", "Santivanez",
                           "아우렐리오 산티바녜스", "아우렐리오 산티바녜스 주지사", "산티바녜스", "gobernador", "Gouverneur",
                           "governatore", "governador"),
    "Rosalba Quintrel": ("Rosalba Quintrel", "Quintrel", "로살바 킨트렐", "로살바 킨트렐 소장", "킨트렐",
                         "Institutsdirektorin", "directora", "direttrice", "diretora"),
    "Tomás Ederra": ("Tomás Ederra", "Tomas Ederra", "Ederra", "토마스 에데라", "토마스 에데라 대변인", "에데라",
                     "portavoz", "portavoce"),
    "Maruvia civil protection": ("Protección Civil", "Zivilschutz", "Zivilschutzes", "민방위청", "Protezione civile",
                                 "Proteção Civil"),
    "Maruvia geophysical institute": ("Instituto Geofísico Nacional", "Nationale Geophysikalische Institut",
                                      "Nationales Geophysikalisches Institut", "국립지구물리연구소",
                                      "Istituto geofisico nazionale"),
    "Vellamar hospital source (anonymous)": ("Krankenhaus", "médico", "hospital"),
    "Idrissa Komanta": ("Idrissa Komanta", "Komanta", "이드리사 코만타", "이드리사 코만타 지역 경찰청장", "코만타",
                        "Polizeichef", "commandant", "comandante"),
    "Ouarzeb police": ("police", "polícia"),
    "Claire Mondésir": ("Claire Mondésir", "Claire Mondesir", "Mondésir", "클레르 몽데지르", "directrice",
                        "Direktorin", "diretora"),
    "Puits et Partage": ("Puits et Partage", "퓌 에 파르타주", "ONG", "group", "charity", "Organisation",
                         "organização"),
    "Moon Ga-rin": ("Moon Ga-rin", "Moon Ga Rin", "문가린", "문가린 대변인", "외교부 대변인", "spokesman", "porta-voz"),
    "Ouarzeb security source (anonymous)": ("source sécuritaire", "fonte de segurança"),
}
