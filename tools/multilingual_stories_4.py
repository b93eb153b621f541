"""Stories of the second held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place and outlet is invented. Stories
here: an earthquake with a toll revised over two days (test), a stadium roof collapse with injured counts from the
police and from the organisers (test); both are listed in TEST_STORIES there.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_4: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: an earthquake (TEST)
    Art("ml3-earthquake", "northgatepost.example", "world/2026/11/17/kostrava-earthquake-zolotets", "2026-11-17",
        "en",
        "Earthquake in Kostrava kills at least 38, thousands left homeless",
        ("At least 38 people were killed and more than 300 injured when a magnitude 6.4 earthquake struck the Hirsk "
         "region of southern Kostrava before dawn on Tuesday, flattening much of the small town of Zolotets. About "
         "12,000 people have been left homeless, regional authorities said.",
         '"We are racing against time. There are still people alive under the rubble," civil protection chief '
         "Pavlo Kovalchuk told reporters in Zolotets. Seventeen people are still missing, he said, and rescue teams "
         "have reached every village in the region except two that remain cut off by landslides.",
         "Oksana Hrytsenko, director of the National Seismological Centre, warned that aftershocks of up to "
         "magnitude 5 were likely in the coming days. It was the strongest earthquake to hit the region since 1931, "
         "she said.",
         "Neighbouring Aldoria will send €2.5 million in emergency aid and a team of 60 rescuers, its foreign "
         "ministry said on Tuesday evening."),
        (St("⟦About 12,000 people have been left homeless⟧, regional", "Hirsk regional authorities", "indirect",
            "quake-u7"),
         St('"⟦We are racing against time. There are still people alive under the rubble⟧,"', "Pavlo Kovalchuk",
            "direct", "quake-u1"),
         St("⟦Seventeen people are still missing⟧, he said", "Pavlo Kovalchuk", "indirect", "quake-u6"),
         St("and ⟦rescue teams have reached every village in the region except two that remain cut off by "
            "landslides⟧", "Pavlo Kovalchuk", "indirect", "quake-u2"),
         St("warned that ⟦aftershocks of up to magnitude 5 were likely in the coming days⟧", "Oksana Hrytsenko",
            "indirect", "quake-u3"),
         St("⟦It was the strongest earthquake to hit the region since 1931⟧, she said", "Oksana Hrytsenko",
            "indirect", "quake-u4"),
         St("⟦Neighbouring Aldoria will send €2.5 million in emergency aid and a team of 60 rescuers⟧, its",
            "Aldorian foreign ministry", "indirect", "quake-u5")),
        (Fg("At least ⟦38⟧ people", 38, "at least", "killed", "quake-q-killed"),
         Fg("more than ⟦300⟧ injured", 300, "more than", "wounded", "quake-q-wounded"),
         Fg("About ⟦12,000⟧ people", 12000, "about", "displaced", "quake-q-homeless"),
         Fg("⟦Seventeen⟧ people", 17, None, "missing", "quake-q-missing"),
         Fg("send ⟦€2.5 million⟧", 2_500_000, None, "money", "quake-q-aid"),
         Fg("team of ⟦60⟧ rescuers", 60, None, "other", "quake-q-aid-rescuers"))),
    Art("ml3-earthquake", "rheinpost.example", "panorama/erdbeben-kostrawa-solotez-1.5121", "2026-11-17", "de",
        "Schweres Erdbeben in Kostrawa: Mindestens 38 Tote",
        ("Ein Erdbeben der Stärke 6,4 hat in der Nacht zum Dienstag die Region Hirsk im Süden Kostrawas erschüttert. "
         "Mindestens 38 Menschen kamen ums Leben, rund 320 wurden verletzt. Besonders schwer getroffen ist die "
         "Kleinstadt Solotez, wo kaum ein Haus unbeschädigt blieb. Nach Angaben der Regionalbehörden sind mehr als "
         "12.000 Menschen obdachlos.",
         "„Wir arbeiten gegen die Zeit. Unter den Trümmern sind noch Menschen am Leben“, sagte der Chef des "
         "Katastrophenschutzes, Pawlo Kowaltschuk, am Morgen in Solotez. Nach seinen Angaben werden noch 17 "
         "Menschen vermisst. Er fügte hinzu, dass zwei Dörfer wegen Erdrutschen weiterhin von der Außenwelt "
         "abgeschnitten seien.",
         "Laut der Seismologin Oksana Hryzenko, Direktorin des Nationalen Seismologischen Zentrums, ist in den "
         "kommenden Tagen mit Nachbeben bis zur Stärke 5 zu rechnen. Es sei das stärkste Beben in der Region seit "
         "1931 gewesen, sagte sie.",
         "Das Nachbarland Aldorien werde 2,5 Millionen Euro Soforthilfe bereitstellen und 60 Rettungskräfte "
         "entsenden, teilte das Außenministerium in Tarsk mit."),
        (St("Regionalbehörden ⟦sind mehr als 12.000 Menschen obdachlos⟧", "Hirsk regional authorities", "indirect",
            "quake-u7"),
         St("„⟦Wir arbeiten gegen die Zeit. Unter den Trümmern sind noch Menschen am Leben⟧“", "Pavlo Kovalchuk",
            "direct", "quake-u1"),
         St("Angaben ⟦werden noch 17 Menschen vermisst⟧", "Pavlo Kovalchuk", "indirect", "quake-u6"),
         St("dass ⟦zwei Dörfer wegen Erdrutschen weiterhin von der Außenwelt abgeschnitten seien⟧",
            "Pavlo Kovalchuk", "indirect", "quake-u2"),
         St("Zentrums, ⟦ist in den kommenden Tagen mit Nachbeben bis zur Stärke 5 zu rechnen⟧", "Oksana Hrytsenko",
            "indirect", "quake-u3"),
         St("⟦Es sei das stärkste Beben in der Region seit 1931 gewesen⟧, sagte sie", "Oksana Hrytsenko",
            "indirect", "quake-u4"),
         St("⟦Das Nachbarland Aldorien werde 2,5 Millionen Euro Soforthilfe bereitstellen und 60 Rettungskräfte "
            "entsenden⟧, teilte", "Aldorian foreign ministry", "indirect", "quake-u5")),
        (Fg("Mindestens ⟦38⟧ Menschen", 38, "at least", "killed", "quake-q-killed"),
         Fg("rund ⟦320⟧ wurden", 320, "about", "wounded", "quake-q-wounded"),
         Fg("mehr als ⟦12.000⟧ Menschen", 12000, "more than", "displaced", "quake-q-homeless"),
         Fg("noch ⟦17⟧ Menschen", 17, None, "missing", "quake-q-missing"),
         Fg("⟦2,5 Millionen Euro⟧", 2_500_000, None, "money", "quake-q-aid"),
         Fg("und ⟦60⟧ Rettungskräfte", 60, None, "other", "quake-q-aid-rescuers"))),
    Art("ml3-earthquake", "hanbitilbo.example", "news/articleView.html?idxno=95530", "2026-11-17", "ko",
        "코스트라바 규모 6.4 강진…최소 38명 사망",
        ("코스트라바 남부 히르스크 주에서 17일 새벽(현지시간) 규모 6.4의 지진이 발생해 최소 38명이 숨지고 300여 "
         "명이 다쳤다. 진앙에서 가까운 소도시 졸로테츠에서는 건물 대부분이 무너졌다. 히르스크 주 당국에 따르면 "
         "주민 1만2천여 명이 집을 잃었다.",
         "파블로 코발추크 코스트라바 비상사태청장은 현장에서 “시간과의 싸움을 하고 있다. 잔해 아래에 아직 살아 있는 "
         "사람들이 있다”고 말했다. 코발추크 청장에 따르면 실종자는 17명이다. 그는 산사태로 고립된 마을 두 곳을 "
         "제외한 모든 마을에 구조대가 도착했다고 덧붙였다.",
         "옥사나 흐리첸코 국립지진센터장은 앞으로 며칠 동안 규모 5 안팎의 여진이 이어질 수 있다고 경고했다. "
         "흐리첸코 센터장은 “1931년 이후 이 지역에서 일어난 가장 강한 지진”이라고 설명했다.",
         "이웃 나라 알도리아 외교부는 긴급 구호금 250만 유로를 지원하고 구조대원 60명을 파견하겠다고 밝혔다."),
        (St("주 당국에 따르면 ⟦주민 1만2천여 명이 집을 잃었다⟧", "Hirsk regional authorities", "indirect",
            "quake-u7"),
         St("“⟦시간과의 싸움을 하고 있다. 잔해 아래에 아직 살아 있는 사람들이 있다⟧”", "Pavlo Kovalchuk", "direct",
            "quake-u1"),
         St("청장에 따르면 ⟦실종자는 17명이다⟧", "Pavlo Kovalchuk", "indirect", "quake-u6"),
         St("그는 ⟦산사태로 고립된 마을 두 곳을 제외한 모든 마을에 구조대가 도착했다⟧고", "Pavlo Kovalchuk",
            "indirect", "quake-u2"),
         St("국립지진센터장은 ⟦앞으로 며칠 동안 규모 5 안팎의 여진이 이어질 수 있다⟧고", "Oksana Hrytsenko",
            "indirect", "quake-u3"),
         St("“⟦1931년 이후 이 지역에서 일어난 가장 강한 지진⟧”", "Oksana Hrytsenko", "direct", "quake-u4"),
         St("외교부는 ⟦긴급 구호금 250만 유로를 지원하고 구조대원 60명을 파견하겠다⟧고", "Aldorian foreign ministry",
            "indirect", "quake-u5")),
        (Fg("최소 ⟦38⟧명이", 38, "at least", "killed", "quake-q-killed"),
         Fg("⟦300여⟧ 명이", 300, "more than", "wounded", "quake-q-wounded"),
         Fg("주민 ⟦1만2천여⟧ 명", 12000, "more than", "displaced", "quake-q-homeless"),
         Fg("실종자는 ⟦17⟧명", 17, None, "missing", "quake-q-missing"),
         Fg("구호금 ⟦250만 유로⟧", 2_500_000, None, "money", "quake-q-aid"),
         Fg("구조대원 ⟦60⟧명을", 60, None, "other", "quake-q-aid-rescuers"))),
    Art("ml3-earthquake", "elheraldoaustral.example", "internacional/2026-11-17/terremoto-kostrava-hirsk",
        "2026-11-17", "es",
        "Un terremoto de magnitud 6,4 deja casi 40 muertos en Kostrava",
        ("Casi 40 personas murieron y más de 300 resultaron heridas en el terremoto de magnitud 6,4 que sacudió en la "
         "madrugada del martes la región de Hirsk, en el sur de Kostrava. Unas 12.000 personas se han quedado sin "
         "hogar, según las autoridades regionales.",
         '"Estamos en una carrera contra el tiempo. Todavía hay gente con vida bajo los escombros", declaró el jefe '
         "de Protección Civil, Pavlo Kovalchuk. Según Kovalchuk, 17 personas siguen desaparecidas. El funcionario "
         "añadió que dos aldeas permanecen aisladas por los corrimientos de tierra.",
         "La sismóloga Oksana Grítsenko, directora del Centro Sismológico Nacional, advirtió de que en los próximos "
         "días podrían producirse réplicas de hasta magnitud 5. Según Grítsenko, se trata del terremoto más fuerte "
         "en la región desde 1931.",
         "El Ministerio de Exteriores de Aldoria, país vecino, anunció que enviará 60 rescatistas y una ayuda de "
         "emergencia de 2,5 millones de euros."),
        (St("⟦Unas 12.000 personas se han quedado sin hogar⟧, según", "Hirsk regional authorities", "indirect",
            "quake-u7"),
         St('"⟦Estamos en una carrera contra el tiempo. Todavía hay gente con vida bajo los escombros⟧"',
            "Pavlo Kovalchuk", "direct", "quake-u1"),
         St("Según Kovalchuk, ⟦17 personas siguen desaparecidas⟧", "Pavlo Kovalchuk", "indirect", "quake-u6"),
         St("añadió que ⟦dos aldeas permanecen aisladas por los corrimientos de tierra⟧", "Pavlo Kovalchuk",
            "indirect", "quake-u2"),
         St("advirtió de que ⟦en los próximos días podrían producirse réplicas de hasta magnitud 5⟧",
            "Oksana Hrytsenko", "indirect", "quake-u3"),
         St("Según Grítsenko, ⟦se trata del terremoto más fuerte en la región desde 1931⟧", "Oksana Hrytsenko",
            "indirect", "quake-u4"),
         St("anunció que ⟦enviará 60 rescatistas y una ayuda de emergencia de 2,5 millones de euros⟧",
            "Aldorian foreign ministry", "indirect", "quake-u5")),
        (Fg("Casi ⟦40⟧ personas", 40, "nearly", "killed", "quake-q-killed"),
         Fg("más de ⟦300⟧ resultaron", 300, "more than", "wounded", "quake-q-wounded"),
         Fg("Unas ⟦12.000⟧ personas", 12000, "about", "displaced", "quake-q-homeless"),
         Fg("Kovalchuk, ⟦17⟧ personas", 17, None, "missing", "quake-q-missing"),
         Fg("de ⟦2,5 millones de euros⟧", 2_500_000, None, "money", "quake-q-aid"),
         Fg("enviará ⟦60⟧ rescatistas", 60, None, "other", "quake-q-aid-rescuers"))),
    Art("ml3-earthquake", "ilgiornaledelnord.example", "esteri/terremoto-kostrava-bilancio-morti", "2026-11-18",
        "it",
        "Terremoto in Kostrava, sale a 47 il bilancio delle vittime",
        ("Sale a 47 morti il bilancio del terremoto di magnitudo 6,4 che martedì notte ha colpito la regione di "
         "Hirsk, in Kostrava. I feriti sono oltre 400, mentre circa 15mila persone hanno perso la casa. Una decina i "
         "dispersi.",
         "«Stiamo lottando contro il tempo: sotto le macerie ci sono ancora persone vive», ha detto ieri il capo "
         "della protezione civile, Pavlo Kovalciuk. Secondo Kovalciuk, i soccorritori hanno raggiunto nella notte "
         "anche i due villaggi rimasti isolati a causa delle frane.",
         "Un medico dell'ospedale di Zolotec, che ha chiesto di restare anonimo, ha raccontato che i reparti «sono "
         "pieni, curiamo i feriti anche nei corridoi».",
         "La sismologa Oksana Hrytsenko, direttrice del Centro sismologico nazionale, ha avvertito che nei prossimi "
         "giorni sono possibili repliche fino a magnitudo 5. L'Aldoria ha promesso 2,5 milioni di euro di aiuti "
         "d'emergenza."),
        (St("«⟦Stiamo lottando contro il tempo: sotto le macerie ci sono ancora persone vive⟧»", "Pavlo Kovalchuk",
            "direct", "quake-u1"),
         St("Secondo Kovalciuk, ⟦i soccorritori hanno raggiunto nella notte anche i due villaggi rimasti isolati a "
            "causa delle frane⟧", "Pavlo Kovalchuk", "indirect", "quake-u8"),
         St("raccontato che ⟦i reparti «sono pieni, curiamo i feriti anche nei corridoi»⟧",
            "anonymous Zolotets doctor", "partial", "quake-u9"),
         St("avvertito che ⟦nei prossimi giorni sono possibili repliche fino a magnitudo 5⟧", "Oksana Hrytsenko",
            "indirect", "quake-u3")),
        (Fg("a ⟦47⟧ morti", 47, None, "killed", "quake-q-killed"),
         Fg("oltre ⟦400⟧", 400, "more than", "wounded", "quake-q-wounded"),
         Fg("circa ⟦15mila⟧ persone", 15000, "about", "displaced", "quake-q-homeless"),
         Fg("⟦Una decina⟧ i dispersi", 10, "about", "missing", "quake-q-missing"),
         Fg("⟦2,5 milioni di euro⟧", 2_500_000, None, "money", "quake-q-aid"))),
    Art("ml3-earthquake", "gyeonginsinmun.example", "article/2026111808311", "2026-11-18", "ko",
        "코스트라바 지진 사망자 52명으로 늘어…이재민 1만5천 명",
        ("코스트라바 남부를 강타한 규모 6.4 지진의 사망자가 52명으로 늘었다. 부상자는 420여 명, 이재민은 1만5천 "
         "명에 이른다고 현지 당국이 18일 밝혔다.",
         "파블로 코발추크 비상사태청장은 “밤사이 산사태로 고립됐던 마을 두 곳에도 구조대가 들어갔다”고 말했다. "
         "그는 “생존자를 찾을 수 있다는 희망을 버리지 않았다”고 덧붙였다.",
         "졸로테츠 병원의 한 의사는 익명을 요구하며 “병실이 꽉 차 복도에서도 부상자를 치료하고 있다”고 전했다.",
         "알도리아가 약속한 구조대원 60명은 이날 오전 현지에 도착했다. 실종자는 10명 안팎으로 줄었다."),
        (St("⟦부상자는 420여 명, 이재민은 1만5천 명에 이른다⟧고", "Hirsk regional authorities", "indirect",
            "quake-u10"),
         St("“⟦밤사이 산사태로 고립됐던 마을 두 곳에도 구조대가 들어갔다⟧”", "Pavlo Kovalchuk", "direct",
            "quake-u8"),
         St("“⟦생존자를 찾을 수 있다는 희망을 버리지 않았다⟧”", "Pavlo Kovalchuk", "direct", "quake-u11"),
         St("“⟦병실이 꽉 차 복도에서도 부상자를 치료하고 있다⟧”", "anonymous Zolotets doctor", "direct",
            "quake-u9")),
        (Fg("사망자가 ⟦52⟧명으로", 52, None, "killed", "quake-q-killed"),
         Fg("⟦420여⟧ 명", 420, "more than", "wounded", "quake-q-wounded"),
         Fg("⟦1만5천⟧ 명에", 15000, None, "displaced", "quake-q-homeless"),
         Fg("구조대원 ⟦60⟧명은", 60, None, "other", "quake-q-aid-rescuers"),
         Fg("⟦10⟧명 안팎", 10, "about", "missing", "quake-q-missing"))),
    # ---------------------------------------------------------------- story: a stadium roof collapse (TEST)
    Art("ml3-stadium", "gazetadoplanalto.example", "esportes/2026/11/22/cobertura-desaba-estadio-ze-lourenco",
        "2026-11-22", "pt",
        "Cobertura de arquibancada desaba no Zé Lourenço e deixa dezenas de feridos",
        ("Parte da cobertura da arquibancada norte do Estádio Zé Lourenço, em Itaboranga, desabou na tarde deste "
         "domingo durante o clássico entre o Esporte Clube Itaboranga e o Atlético Piratini. Segundo a Polícia "
         "Militar, 96 torcedores ficaram feridos. O clube, por sua vez, informou que 41 pessoas foram atendidas, a "
         "maioria com escoriações leves. Cerca de 22 mil pessoas estavam no estádio.",
         "“É o dia mais triste dos 90 anos de história do clube”, disse o presidente do Itaboranga, Wellington "
         "Sardinha, que garantiu que a arquibancada tinha passado por vistoria do Corpo de Bombeiros em agosto.",
         "De acordo com o porta-voz da PM, major Cláudio Esteves, a estrutura cedeu aos 25 minutos do segundo tempo, "
         "em meio a uma forte chuva. A prefeita Marta Ribas determinou a interdição do estádio e afirmou que os "
         "responsáveis “vão responder na Justiça”."),
        (St("Militar, ⟦96 torcedores ficaram feridos⟧", "Itaboranga military police", "indirect", "stadium-u4"),
         St("informou que ⟦41 pessoas foram atendidas, a maioria com escoriações leves⟧", "Esporte Clube Itaboranga",
            "indirect", "stadium-u5"),
         St("“⟦É o dia mais triste dos 90 anos de história do clube⟧”", "Wellington Sardinha", "direct",
            "stadium-u1"),
         St("garantiu que ⟦a arquibancada tinha passado por vistoria do Corpo de Bombeiros em agosto⟧",
            "Wellington Sardinha", "indirect", "stadium-u2"),
         St("Esteves, ⟦a estrutura cedeu aos 25 minutos do segundo tempo, em meio a uma forte chuva⟧",
            "Cláudio Esteves", "indirect", "stadium-u6"),
         St("afirmou que ⟦os responsáveis “vão responder na Justiça”⟧", "Marta Ribas", "partial", "stadium-u3")),
        (Fg("Militar, ⟦96⟧ torcedores", 96, None, "wounded", "stadium-q-wounded"),
         Fg("informou que ⟦41⟧ pessoas", 41, None, "wounded", "stadium-q-wounded"),
         Fg("Cerca de ⟦22 mil⟧ pessoas", 22000, "about", "other", "stadium-q-crowd"))),
    Art("ml3-stadium", "nordkurier-online.example", "sport/brasilien-tribuenendach-eingestuerzt-itaboranga",
        "2026-11-23", "de",
        "Tribünendach in Brasilien eingestürzt: Viele Verletzte bei Fußballderby",
        ("Beim Einsturz eines Tribünendachs im brasilianischen Itaboranga sind am Sonntag zahlreiche Fußballfans "
         "verletzt worden. Nach Angaben der Polizei wurden 96 Menschen verletzt; der Gastgeberverein Esporte Clube "
         "Itaboranga zählte dagegen nur 41 Verletzte. Rund 22.000 Zuschauer verfolgten das Derby gegen Atlético "
         "Piratini.",
         "„Das ist der traurigste Tag in der 90-jährigen Geschichte unseres Vereins“, sagte Präsident Wellington "
         "Sardinha. Die Tribüne sei erst im August von der Feuerwehr abgenommen worden, betonte er.",
         "Laut Polizeisprecher Cláudio Esteves gab das Dach in der 70. Minute während eines heftigen Regengusses "
         "nach. Bürgermeisterin Marta Ribas ließ das Stadion sperren. Die Verantwortlichen würden sich „vor Gericht "
         "verantworten müssen“, kündigte sie an."),
        (St("Polizei ⟦wurden 96 Menschen verletzt⟧", "Itaboranga military police", "indirect", "stadium-u4"),
         St("„⟦Das ist der traurigste Tag in der 90-jährigen Geschichte unseres Vereins⟧“", "Wellington Sardinha",
            "direct", "stadium-u1"),
         St("⟦Die Tribüne sei erst im August von der Feuerwehr abgenommen worden⟧, betonte", "Wellington Sardinha",
            "indirect", "stadium-u2"),
         St("Esteves ⟦gab das Dach in der 70. Minute während eines heftigen Regengusses nach⟧", "Cláudio Esteves",
            "indirect", "stadium-u6"),
         St("⟦Die Verantwortlichen würden sich „vor Gericht verantworten müssen“⟧, kündigte", "Marta Ribas",
            "partial", "stadium-u3")),
        (Fg("wurden ⟦96⟧ Menschen", 96, None, "wounded", "stadium-q-wounded"),
         Fg("nur ⟦41⟧ Verletzte", 41, None, "wounded", "stadium-q-wounded"),
         Fg("Rund ⟦22.000⟧ Zuschauer", 22000, "about", "other", "stadium-q-crowd"))),
    Art("ml3-stadium", "dongbunews.example", "sports/2026/11/23/itaboranga-stadium-roof", "2026-11-23", "ko",
        "브라질 축구장 관중석 지붕 붕괴…이준호 뛴 경기서 96명 부상",
        ("브라질 이타보랑가의 제 로렌수 경기장에서 22일(현지시간) 북쪽 관중석 지붕 일부가 무너져 관중 96명이 "
         "다쳤다고 현지 경찰이 밝혔다. 홈팀 이타보랑가 구단은 부상자가 41명이며 대부분 가벼운 찰과상이라고 "
         "발표했다. 경기장에는 2만여 명이 입장해 있었다.",
         "웰링톤 사르지냐 구단 회장은 “구단 90년 역사상 가장 슬픈 날”이라며 고개를 숙였다. 그는 관중석이 지난 "
         "8월 소방당국의 안전 점검을 통과했다고 강조했다.",
         "이 경기에 선발 출전한 한국인 공격수 이준호는 다치지 않았다. 이준호는 경기 후 자신의 SNS에 “다친 팬들이 "
         "하루빨리 회복하기를 기도한다”고 적었다.",
         "마르타 히바스 이타보랑가 시장은 경기장을 폐쇄하고 “책임자들은 법의 심판을 받게 될 것”이라고 말했다."),
        (St("⟦브라질 이타보랑가의 제 로렌수 경기장에서 22일(현지시간) 북쪽 관중석 지붕 일부가 무너져 관중 96명이 "
            "다쳤다⟧고", "Itaboranga military police", "indirect", "stadium-u4"),
         St("구단은 ⟦부상자가 41명이며 대부분 가벼운 찰과상⟧이라고", "Esporte Clube Itaboranga", "indirect",
            "stadium-u5"),
         St("“⟦구단 90년 역사상 가장 슬픈 날⟧”", "Wellington Sardinha", "direct", "stadium-u1"),
         St("그는 ⟦관중석이 지난 8월 소방당국의 안전 점검을 통과했다⟧고", "Wellington Sardinha", "indirect",
            "stadium-u2"),
         St("“⟦다친 팬들이 하루빨리 회복하기를 기도한다⟧”", "Lee Jun-ho", "direct", "stadium-u7"),
         St("“⟦책임자들은 법의 심판을 받게 될 것⟧”", "Marta Ribas", "direct", "stadium-u3")),
        (Fg("관중 ⟦96⟧명이", 96, None, "wounded", "stadium-q-wounded"),
         Fg("부상자가 ⟦41⟧명이며", 41, None, "wounded", "stadium-q-wounded"),
         Fg("⟦2만여⟧ 명이", 20000, "more than", "other", "stadium-q-crowd"))),
    Art("ml3-stadium", "lavoixdumidi.example", "sports/bresil-toit-tribune-effondre-itaboranga", "2026-11-23", "fr",
        "Brésil : le toit d'une tribune s'effondre en plein match, plus de 90 blessés",
        ("Une partie du toit de la tribune nord du stade Zé-Lourenço, à Itaboranga, dans le sud-est du Brésil, s'est "
         f"effondrée dimanche en plein derby, devant quelque 22{NB}000 spectateurs. D'après la police militaire, 96 "
         f"supporters ont été blessés{NB}; les organisateurs n'en recensent que 41.",
         f"«{NB}On a entendu un grand craquement, puis tout s'est écroulé sur nous{NB}», raconte un supporter, le "
         "bras en écharpe, qui n'a pas souhaité donner son nom.",
         f"Le président du club, Wellington Sardinha, a évoqué «{NB}le jour le plus triste{NB}» des 90 ans "
         "d'histoire de l'Itaboranga. Il assure que la tribune avait été contrôlée par les pompiers en août. La "
         f"maire, Marta Ribas, a fait fermer le stade et promis que les responsables «{NB}répondront devant la "
         f"justice{NB}»."),
        (St("militaire, ⟦96 supporters ont été blessés⟧", "Itaboranga military police", "indirect", "stadium-u4"),
         St(f"«{NB}⟦On a entendu un grand craquement, puis tout s'est écroulé sur nous⟧{NB}»",
            "anonymous Itaboranga fan", "direct", "stadium-u8"),
         St(f"a évoqué ⟦«{NB}le jour le plus triste{NB}» des 90 ans d'histoire de l'Itaboranga⟧",
            "Wellington Sardinha", "partial", "stadium-u1"),
         St("Il assure que ⟦la tribune avait été contrôlée par les pompiers en août⟧", "Wellington Sardinha",
            "indirect", "stadium-u2"),
         St(f"promis que ⟦les responsables «{NB}répondront devant la justice{NB}»⟧", "Marta Ribas", "partial",
            "stadium-u3")),
        (Fg(f"quelque ⟦22{NB}000⟧ spectateurs", 22000, "about", "other", "stadium-q-crowd"),
         Fg("militaire, ⟦96⟧ supporters", 96, None, "wounded", "stadium-q-wounded"),
         Fg("recensent que ⟦41⟧", 41, None, "wounded", "stadium-q-wounded"))),
    Art("ml3-stadium", "elobservadorandino.example", "deportes/brasil-derrumbe-techo-tribuna-itaboranga",
        "2026-11-23", "es",
        "Casi un centenar de heridos al derrumbarse el techo de una tribuna en un estadio de Brasil",
        ("Casi un centenar de personas resultaron heridas el domingo al desplomarse parte del techo de la tribuna "
         "norte del estadio Zé Lourenço, en la ciudad brasileña de Itaboranga, durante un partido al que asistían "
         "unos 22.000 aficionados.",
         "La Policía Militar cifró en 96 el número de heridos, mientras que el club local, el Esporte Clube "
         "Itaboranga, aseguró que fueron 41 y que la mayoría sufrió solo rasguños.",
         '"Oímos un crujido enorme y luego todo se nos vino encima", relató un aficionado que prefirió no dar su '
         "nombre. Según el portavoz policial, Cláudio Esteves, el techo cedió en el minuto 70, en medio de un fuerte "
         "aguacero.",
         '"Es el día más triste en los 90 años de historia del club", dijo su presidente, Wellington Sardinha. La '
         "alcaldesa, Marta Ribas, ordenó cerrar el estadio."),
        (St("aseguró que ⟦fueron 41 y que la mayoría sufrió solo rasguños⟧", "Esporte Clube Itaboranga", "indirect",
            "stadium-u5"),
         St('"⟦Oímos un crujido enorme y luego todo se nos vino encima⟧"', "anonymous Itaboranga fan", "direct",
            "stadium-u8"),
         St("Esteves, ⟦el techo cedió en el minuto 70, en medio de un fuerte aguacero⟧", "Cláudio Esteves",
            "indirect", "stadium-u6"),
         St('"⟦Es el día más triste en los 90 años de historia del club⟧"', "Wellington Sardinha", "direct",
            "stadium-u1")),
        (Fg("Casi ⟦un centenar⟧ de personas", 100, "nearly", "wounded", "stadium-q-wounded"),
         Fg("unos ⟦22.000⟧ aficionados", 22000, "about", "other", "stadium-q-crowd"),
         Fg("en ⟦96⟧ el número", 96, None, "wounded", "stadium-q-wounded"),
         Fg("fueron ⟦41⟧", 41, None, "wounded", "stadium-q-wounded"))),
    Art("ml3-stadium", "harbourtimes.example", "world/2026/11/24/itaboranga-stadium-roof-injured", "2026-11-24", "en",
        "Brazil stadium roof collapse: number of injured rises to 118",
        ("The number of people hurt when part of a stand roof collapsed during a football match in the Brazilian "
         "city of Itaboranga on Sunday has risen to 118, the state health department said on Tuesday, far above the "
         "41 reported by the home club. Police had put the figure at 96. More than 20,000 fans were watching the "
         "derby against Atlético Piratini.",
         "Eleven people remain in hospital, two of them in a serious condition, a department spokeswoman said.",
         '"This is the saddest day in our club\'s 90-year history," club president Wellington Sardinha said after '
         "the match. He insisted the stand had been inspected by the fire brigade in August.",
         "Mayor Marta Ribas has closed the stadium until engineers have examined the entire structure. Those "
         'responsible would "answer before the courts", she said. South Korean striker Lee Jun-ho, who started the '
         "match for Itaboranga, was unhurt; he wrote on social media that he was praying for the injured fans to "
         "recover quickly."),
        (St("⟦The number of people hurt when part of a stand roof collapsed during a football match in the Brazilian "
            "city of Itaboranga on Sunday has risen to 118⟧, the state", "state health department", "indirect",
            "stadium-u9"),
         St("⟦Eleven people remain in hospital, two of them in a serious condition⟧, a department",
            "state health department", "indirect", "stadium-u10"),
         St('"⟦This is the saddest day in our club\'s 90-year history⟧,"', "Wellington Sardinha", "direct",
            "stadium-u1"),
         St("He insisted ⟦the stand had been inspected by the fire brigade in August⟧", "Wellington Sardinha",
            "indirect", "stadium-u2"),
         St('⟦Those responsible would "answer before the courts"⟧, she said', "Marta Ribas", "partial",
            "stadium-u3"),
         St("social media that ⟦he was praying for the injured fans to recover quickly⟧", "Lee Jun-ho", "indirect",
            "stadium-u7")),
        (Fg("risen to ⟦118⟧", 118, None, "wounded", "stadium-q-wounded"),
         Fg("the ⟦41⟧ reported", 41, None, "wounded", "stadium-q-wounded"),
         Fg("at ⟦96⟧.", 96, None, "wounded", "stadium-q-wounded"),
         Fg("More than ⟦20,000⟧ fans", 20000, "more than", "other", "stadium-q-crowd"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_4: dict[str, tuple[str, ...]] = {
    "Pavlo Kovalchuk": ("Pavlo Kovalchuk", "Kovalchuk", "Pawlo Kowaltschuk", "Kowaltschuk", "Pavlo Kovalciuk",
                        "Kovalciuk", "파블로 코발추크", "코발추크", "파블로 코발추크 비상사태청장",
                        "파블로 코발추크 코스트라바 비상사태청장", "코발추크 청장", "civil protection chief",
                        "Chef des Katastrophenschutzes", "jefe de Protección Civil", "capo della protezione civile",
                        "funcionario"),
    "Oksana Hrytsenko": ("Oksana Hrytsenko", "Hrytsenko", "Oksana Hryzenko", "Hryzenko", "Oksana Grítsenko",
                         "Grítsenko", "옥사나 흐리첸코", "흐리첸코", "옥사나 흐리첸코 국립지진센터장", "흐리첸코 센터장",
                         "Seismologin Oksana Hryzenko", "sismóloga", "sismologa"),
    "Hirsk regional authorities": ("regional authorities", "Regionalbehörden", "히르스크 주 당국", "주 당국",
                                   "현지 당국", "autoridades regionales"),
    "Aldorian foreign ministry": ("Aldorian foreign ministry", "foreign ministry", "Außenministerium",
                                  "알도리아 외교부", "외교부", "Ministerio de Exteriores de Aldoria",
                                  "Ministerio de Exteriores"),
    "anonymous Zolotets doctor": ("medico", "doctor", "의사", "한 의사", "졸로테츠 병원의 한 의사"),
    "Wellington Sardinha": ("Wellington Sardinha", "Sardinha", "웰링톤 사르지냐", "사르지냐", "웰링톤 사르지냐 구단 회장",
                            "presidente do Itaboranga", "Präsident Wellington Sardinha", "président du club",
                            "club president Wellington Sardinha", "presidente"),
    "Marta Ribas": ("Marta Ribas", "Ribas", "마르타 히바스", "히바스", "마르타 히바스 이타보랑가 시장",
                    "prefeita Marta Ribas", "Bürgermeisterin Marta Ribas", "maire", "Mayor Marta Ribas",
                    "alcaldesa"),
    "Cláudio Esteves": ("Cláudio Esteves", "Claudio Esteves", "Esteves", "major Cláudio Esteves",
                        "Polizeisprecher Cláudio Esteves", "portavoz policial"),
    "Itaboranga military police": ("Polícia Militar", "PM", "Polizei", "police militaire", "police", "현지 경찰",
                                   "경찰", "Policía Militar"),
    "Esporte Clube Itaboranga": ("Esporte Clube Itaboranga", "Itaboranga", "clube", "club", "이타보랑가 구단",
                                 "홈팀 이타보랑가 구단", "구단", "Gastgeberverein", "organisateurs"),
    "Lee Jun-ho": ("Lee Jun-ho", "Lee Jun Ho", "이준호"),
    "anonymous Itaboranga fan": ("supporter", "un supporter", "aficionado", "un aficionado"),
    "state health department": ("state health department", "health department", "department spokeswoman"),
}
