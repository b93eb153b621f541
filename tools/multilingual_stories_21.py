"""Two more dev stories of the multilingual evaluation set (issue 17, ml7-*), imported by tools/build_multilingual.py,
which holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every town, person, outlet, party and figure is invented. Stories here: a sinkhole that swallows two cars in
a Korean city, with a delivery rider missing and later found, and the count of evacuated residents and injured revised
the next day (ml7-sinkhole); a disputed regional election count with votes, turnout, annulled ballots and seats,
revised after a review of the annulled ballots (ml7-election-count).

Annotation notes: a sinkhole's width and depth, the rescuers sent and the cars swallowed are `other`; the length of road
to be surveyed is `other`; evacuated residents are `displaced`. In the election story, votes, the margin, the turnout
(its numeral, value in percent), annulled ballots, seats and observers are `other`. An unnamed official of an
institution is annotated as that institution speaking; an unnamed resident is an entity of its own.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

_SINK = "ml7-sinkhole"
_VOTE = "ml7-election-count"

ARTICLES_21: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml7 story: a sinkhole in Dalmun (dev)
    Art(_SINK, "hanbyeolilbo.example", "news/articleView.html?idxno=241187", "2026-11-17", "ko",
        "달문시 도심 도로에 대형 땅꺼짐…차량 2대 빠지고 배달원 1명 실종",
        ("17일 오전 7시 40분쯤 달문시 가온동 가온대로 한복판에서 지름 약 20m, 깊이 8m 규모의 땅꺼짐(싱크홀)이 "
         "발생해 출근길 승용차 2대가 구멍 아래로 떨어졌다. 운전자 2명은 119 구조대에 구조됐지만 크게 다쳤고, 당시 "
         "옆 차로를 달리던 오토바이 배달원 1명은 연락이 닿지 않고 있다.",
         "달문소방서에 따르면 소방대원과 경찰 등 120여 명이 투입돼 실종된 배달원을 찾고 있다. 구멍 가장자리의 흙이 "
         "계속 무너져 내려 수색에 어려움을 겪고 있다고 소방서 측은 전했다.",
         "시는 인근 아파트 2개 동 주민 300여 명을 가까운 초등학교 체육관으로 대피시켰다. 한 주민은 “‘쿵’ 하는 "
         "소리와 함께 창문이 흔들려 지진이 난 줄 알았다”고 말했다.",
         "달문시 상수도사업본부 관계자는 “땅속에 묻힌 노후 상수도관에서 물이 새면서 흙이 쓸려 나갔을 가능성을 배제할 "
         "수 없다”고 말했다. 정확한 원인은 현장 조사를 마친 뒤 판단하겠다고 덧붙였다.",
         "가온대 지질학과 한지율 교수는 “오랫동안 새어 나온 물이 아스팔트 아래 흙을 조금씩 쓸어 가면서 빈 공간이 "
         "생겼고, 결국 도로가 제 무게를 견디지 못한 것”이라고 설명했다.",
         "현장을 찾은 노경태 달문시장은 “시민 여러분께 큰 불안을 끼쳐 드려 죄송하다”며 “실종자를 찾는 데 모든 "
         "역량을 쏟겠다”고 말했다."),
        (St("따르면 ⟦소방대원과 경찰 등 120여 명이 투입돼 실종된 배달원을 찾고 있다⟧", "Dalmun fire station",
            "indirect", "ml7sink-u9"),
         St("⟦구멍 가장자리의 흙이 계속 무너져 내려 수색에 어려움을 겪고 있다⟧고", "Dalmun fire station", "indirect",
            "ml7sink-u10"),
         St("“⟦‘쿵’ 하는 소리와 함께 창문이 흔들려 지진이 난 줄 알았다⟧”", "Gaon-dong resident", "direct",
            "ml7sink-u11"),
         St("“⟦땅속에 묻힌 노후 상수도관에서 물이 새면서 흙이 쓸려 나갔을 가능성을 배제할 수 없다⟧”",
            "Dalmun water utility", "direct", "ml7sink-u4"),
         St("⟦정확한 원인은 현장 조사를 마친 뒤 판단하겠다⟧고", "Dalmun water utility", "indirect", "ml7sink-u12"),
         St("“⟦오랫동안 새어 나온 물이 아스팔트 아래 흙을 조금씩 쓸어 가면서 빈 공간이 생겼고, 결국 도로가 제 무게를 "
            "견디지 못한 것⟧”", "Han Ji-yul", "direct", "ml7sink-u6"),
         St("“⟦시민 여러분께 큰 불안을 끼쳐 드려 죄송하다⟧”", "Noh Kyung-tae", "direct", "ml7sink-u1"),
         St("“⟦실종자를 찾는 데 모든 역량을 쏟겠다⟧”", "Noh Kyung-tae", "direct", "ml7sink-u13")),
        (Fg("지름 약 ⟦20⟧m", 20, "about", "other", "ml7sink-q-width"),
         Fg("깊이 ⟦8⟧m", 8, None, "other", "ml7sink-q-depth"),
         Fg("승용차 ⟦2⟧대", 2, None, "other", "ml7sink-q-cars"),
         Fg("운전자 ⟦2⟧명", 2, None, "wounded", "ml7sink-q-wounded"),
         Fg("배달원 ⟦1⟧명", 1, None, "missing", "ml7sink-q-missing"),
         Fg("등 ⟦120여⟧ 명", 120, "more than", "other", "ml7sink-q-rescuers"),
         Fg("주민 ⟦300여⟧ 명", 300, "more than", "displaced", "ml7sink-q-displaced"))),
    Art(_SINK, "asiapacificwire.example", "korea/2026/11/17/dalmun-sinkhole-cars", "2026-11-17", "en",
        "Sinkhole swallows two cars on busy South Korean road; delivery rider missing",
        ("A sinkhole roughly 20 metres across opened beneath a busy road in the South Korean city of Dalmun during "
         "Tuesday's morning rush hour, swallowing two cars. A motorcycle courier who was riding in the next lane has "
         "not been heard from since.",
         "The two drivers were pulled out of the eight-metre-deep crater by firefighters and taken to hospital with "
         "serious injuries. More than 100 rescue workers were searching the site, according to the Dalmun fire "
         "station, but loose earth kept sliding in from the edges.",
         "Around 300 residents of two nearby apartment blocks were moved to a school gymnasium as a precaution.",
         '"I apologise to our citizens for the alarm this has caused," Mayor Noh Kyung-tae said at the scene, '
         'promising to put "everything we have" into finding the missing rider.',
         "An official at the city's water utility said a leak from an ageing water main could not be ruled out as "
         "the cause. Han Ji-yul, a geologist at Gaon University, said water seeping from a pipe over a long period "
         "could have carried away the soil beneath the asphalt until the road gave way under its own weight."),
        (St("⟦More than 100 rescue workers were searching the site⟧, according to", "Dalmun fire station",
            "indirect", "ml7sink-u9"),
         St('"⟦I apologise to our citizens for the alarm this has caused⟧,"', "Noh Kyung-tae", "direct",
            "ml7sink-u1"),
         St('promising ⟦to put "everything we have" into finding the missing rider⟧', "Noh Kyung-tae", "partial",
            "ml7sink-u13"),
         St("utility said ⟦a leak from an ageing water main could not be ruled out as the cause⟧",
            "Dalmun water utility", "indirect", "ml7sink-u4"),
         St("University, said ⟦water seeping from a pipe over a long period could have carried away the soil beneath "
            "the asphalt until the road gave way under its own weight⟧", "Han Ji-yul", "indirect", "ml7sink-u6")),
        (Fg("roughly ⟦20⟧ metres", 20, "about", "other", "ml7sink-q-width"),
         Fg("swallowing ⟦two⟧ cars", 2, None, "other", "ml7sink-q-cars"),
         Fg("The ⟦two⟧ drivers", 2, None, "wounded", "ml7sink-q-wounded"),
         Fg("the ⟦eight⟧-metre-deep", 8, None, "other", "ml7sink-q-depth"),
         Fg("More than ⟦100⟧ rescue", 100, "more than", "other", "ml7sink-q-rescuers"),
         Fg("Around ⟦300⟧ residents", 300, "about", "displaced", "ml7sink-q-displaced"))),
    Art(_SINK, "havelkurier.example", "panorama/suedkorea-erdloch-dalmun-kurier-gefunden", "2026-11-18", "de",
        "Erdloch in Südkorea: Vermisster Kurier lebend aufgetaucht",
        ("Einen Tag nach dem Einbruch einer Hauptstraße in der südkoreanischen Stadt Dalmun ist der vermisste "
         "Motorradkurier lebend aufgetaucht. Der 27-Jährige habe sich mit einem gebrochenen Arm selbst in ein "
         "Krankenhaus geschleppt, teilte die Feuerwehr am Mittwoch mit. Sein Motorrad war in das etwa 20 Meter "
         "breite Loch gestürzt, er selbst war offenbar kurz vorher abgesprungen.",
         "Damit stieg die Zahl der Verletzten auf drei: Neben dem Kurier werden die beiden Autofahrer behandelt, "
         "die am Dienstag aus dem acht Meter tiefen Krater geborgen worden waren. Rund 450 Anwohner aus drei "
         "Wohnblocks dürfen vorerst nicht in ihre Wohnungen zurück.",
         "„Es tut mir leid, dass wir unseren Bürgerinnen und Bürgern solche Angst gemacht haben“, sagte "
         "Bürgermeister Noh Kyung Tae. Er kündigte an, dass die Stadt bis Jahresende alle Hauptstraßen mit "
         "Bodenradar untersuchen lassen werde.",
         "Laut dem städtischen Wasserversorger war ein 1989 verlegtes Hauptrohr unter der Fahrbahn geborsten. Die "
         "Geologin Han Ji Yul von der Gaon-Universität warnt: „Wo ein Rohr so lange leckt, gibt es selten nur einen "
         "Hohlraum.“ Weitere Einbrüche in der Umgebung seien nicht auszuschließen."),
        (St("⟦Der 27-Jährige habe sich mit einem gebrochenen Arm selbst in ein Krankenhaus geschleppt⟧, teilte",
            "Dalmun fire station", "indirect", "ml7sink-u8"),
         St("„⟦Es tut mir leid, dass wir unseren Bürgerinnen und Bürgern solche Angst gemacht haben⟧“",
            "Noh Kyung-tae", "direct", "ml7sink-u1"),
         St("dass ⟦die Stadt bis Jahresende alle Hauptstraßen mit Bodenradar untersuchen lassen werde⟧",
            "Noh Kyung-tae", "indirect", "ml7sink-u2"),
         St("Wasserversorger ⟦war ein 1989 verlegtes Hauptrohr unter der Fahrbahn geborsten⟧",
            "Dalmun water utility", "indirect", "ml7sink-u5"),
         St("„⟦Wo ein Rohr so lange leckt, gibt es selten nur einen Hohlraum⟧.“", "Han Ji-yul", "direct",
            "ml7sink-u7"),
         St("⟦Weitere Einbrüche in der Umgebung seien nicht auszuschließen⟧", "Han Ji-yul", "indirect",
            "ml7sink-u14")),
        (Fg("etwa ⟦20⟧ Meter", 20, "about", "other", "ml7sink-q-width"),
         Fg("auf ⟦drei⟧:", 3, None, "wounded", "ml7sink-q-wounded"),
         Fg("dem ⟦acht⟧ Meter", 8, None, "other", "ml7sink-q-depth"),
         Fg("Rund ⟦450⟧ Anwohner", 450, "about", "displaced", "ml7sink-q-displaced"))),
    Art(_SINK, "lavocedellariviera.example", "esteri/2026/11/18/corea-voragine-dalmun-rider-ritrovato",
        "2026-11-18", "it",
        "Corea del Sud, voragine inghiotte due auto: ritrovato il rider disperso",
        ("È stato ritrovato vivo il fattorino in moto che risultava disperso da quando, martedì mattina, una "
         "voragine si è aperta in una delle strade più trafficate di Dalmun, in Corea del Sud. Secondo i vigili del "
         "fuoco, l'uomo, 27 anni, era andato da solo in ospedale con un braccio fratturato.",
         "La voragine, larga una ventina di metri e profonda otto, aveva inghiottito due automobili; i due "
         "conducenti, estratti dai soccorritori, sono ricoverati in gravi condizioni. I feriti salgono così a tre. "
         "Circa 450 residenti sono stati evacuati da tre palazzine vicine.",
         "Il sindaco Noh Kyung-tae ha detto di essere «profondamente dispiaciuto per la paura causata ai "
         "cittadini». Ha poi annunciato che entro la fine dell'anno tutte le strade principali della città, circa "
         "40 chilometri, saranno controllate con il georadar.",
         "Secondo la geologa Han Ji-yul, dell'Università di Gaon, l'acqua fuoriuscita per anni da una tubatura "
         "avrebbe portato via la terra sotto l'asfalto. «Non possiamo escludere altri crolli nella zona», ha "
         "avvertito. L'azienda idrica municipale ha confermato la rottura di una condotta posata nel 1989."),
        (St("fuoco, ⟦l'uomo, 27 anni, era andato da solo in ospedale con un braccio fratturato⟧",
            "Dalmun fire station", "indirect", "ml7sink-u8"),
         St("ha detto di ⟦essere «profondamente dispiaciuto per la paura causata ai cittadini»⟧", "Noh Kyung-tae",
            "partial", "ml7sink-u1"),
         St("annunciato che ⟦entro la fine dell'anno tutte le strade principali della città, circa 40 chilometri, "
            "saranno controllate con il georadar⟧", "Noh Kyung-tae", "indirect", "ml7sink-u2"),
         St("Gaon, ⟦l'acqua fuoriuscita per anni da una tubatura avrebbe portato via la terra sotto l'asfalto⟧",
            "Han Ji-yul", "indirect", "ml7sink-u6"),
         St("«⟦Non possiamo escludere altri crolli nella zona⟧»", "Han Ji-yul", "direct", "ml7sink-u14"),
         St("confermato ⟦la rottura di una condotta posata nel 1989⟧", "Dalmun water utility", "indirect",
            "ml7sink-u5")),
        (Fg("larga ⟦una ventina⟧ di metri", 20, "about", "other", "ml7sink-q-width"),
         Fg("profonda ⟦otto⟧", 8, None, "other", "ml7sink-q-depth"),
         Fg("inghiottito ⟦due⟧ automobili", 2, None, "other", "ml7sink-q-cars"),
         Fg("salgono così a ⟦tre⟧", 3, None, "wounded", "ml7sink-q-wounded"),
         Fg("Circa ⟦450⟧ residenti", 450, "about", "displaced", "ml7sink-q-displaced"),
         Fg("circa ⟦40⟧ chilometri", 40, "about", "other", "ml7sink-q-survey"))),
    Art(_SINK, "jornaldoalvorada.example", "mundo/2026/11/18/cratera-dalmun-coreia-do-sul", "2026-11-18", "pt",
        "Cratera engole carros em cidade sul-coreana; motoboy desaparecido é encontrado",
        ("O motoboy que estava desaparecido desde que uma cratera se abriu numa avenida movimentada de Dalmun, na "
         "Coreia do Sul, foi encontrado com vida nesta quarta-feira. De acordo com o Corpo de Bombeiros local, ele "
         "tinha procurado sozinho um hospital, com o braço quebrado.",
         "A cratera, com cerca de 20 metros de diâmetro e oito de profundidade, engoliu dois carros na manhã de "
         "terça-feira. Os motoristas foram resgatados com ferimentos graves. Mais de 400 moradores de prédios "
         "vizinhos tiveram de deixar suas casas.",
         "“Peço desculpas aos cidadãos pelo medo que causamos”, afirmou o prefeito Noh Kyung-tae. Segundo ele, a "
         "prefeitura vai destinar 5 bilhões de wons a um fundo de emergência para os moradores retirados.",
         "A companhia municipal de águas confirmou que uma adutora instalada em 1989 se rompeu sob a pista."),
        (St("local, ⟦ele tinha procurado sozinho um hospital, com o braço quebrado⟧", "Dalmun fire station",
            "indirect", "ml7sink-u8"),
         St("“⟦Peço desculpas aos cidadãos pelo medo que causamos⟧”", "Noh Kyung-tae", "direct", "ml7sink-u1"),
         St("Segundo ele, ⟦a prefeitura vai destinar 5 bilhões de wons a um fundo de emergência para os moradores "
            "retirados⟧", "Noh Kyung-tae", "indirect", "ml7sink-u3"),
         St("confirmou que ⟦uma adutora instalada em 1989 se rompeu sob a pista⟧", "Dalmun water utility",
            "indirect", "ml7sink-u5")),
        (Fg("cerca de ⟦20⟧ metros", 20, "about", "other", "ml7sink-q-width"),
         Fg("e ⟦oito⟧ de profundidade", 8, None, "other", "ml7sink-q-depth"),
         Fg("engoliu ⟦dois⟧ carros", 2, None, "other", "ml7sink-q-cars"),
         Fg("Mais de ⟦400⟧ moradores", 400, "more than", "displaced", "ml7sink-q-displaced"),
         Fg("destinar ⟦5 bilhões de wons⟧", 5_000_000_000, None, "money", "ml7sink-q-fund"))),
    Art(_SINK, "nuriilbo.example", "society/2026/11/18/dalmun-sinkhole-day2", "2026-11-18", "ko",
        "달문 땅꺼짐 실종 배달원 생존 확인…대피 주민 450여 명으로 늘어",
        ("전날 달문시 가온대로 땅꺼짐 사고 뒤 연락이 끊겼던 오토바이 배달원 김모(27)씨가 18일 살아 있는 것으로 "
         "확인됐다. 소방당국에 따르면 김씨는 도로가 꺼지기 직전 오토바이에서 뛰어내렸고, 팔이 부러진 채 스스로 "
         "병원을 찾았다.",
         "이로써 이번 사고의 부상자는 3명으로 늘었다. 구멍이 밤사이 조금씩 넓어지자 시는 대피 대상을 아파트 3개 "
         "동으로 넓혔고, 집을 떠난 주민은 450여 명에 이른다.",
         "달문시 상수도사업본부는 이날 브리핑에서 사고 지점 아래를 지나는 상수도관이 1989년에 묻힌 것으로, 이음새 "
         "부분이 터져 있었다고 밝혔다.",
         "노경태 시장은 “피해 주민들의 생계와 주거를 위해 긴급 예산 50억 원을 투입하겠다”고 말했다. 노 시장은 또 "
         "연말까지 시내 주요 도로 40km 구간을 지표투과레이더(GPR)로 정밀 조사하겠다고 약속했다.",
         "한지율 가온대 교수는 “물이 오래 샌 곳에 빈 공간이 하나만 있는 경우는 드물다”며 주변 도로에서도 추가 "
         "붕괴가 일어날 수 있다고 경고했다."),
        (St("따르면 ⟦김씨는 도로가 꺼지기 직전 오토바이에서 뛰어내렸고, 팔이 부러진 채 스스로 병원을 찾았다⟧",
            "Dalmun fire station", "indirect", "ml7sink-u8"),
         St("브리핑에서 ⟦사고 지점 아래를 지나는 상수도관이 1989년에 묻힌 것으로, 이음새 부분이 터져 있었다⟧고",
            "Dalmun water utility", "indirect", "ml7sink-u5"),
         St("“⟦피해 주민들의 생계와 주거를 위해 긴급 예산 50억 원을 투입하겠다⟧”", "Noh Kyung-tae", "direct",
            "ml7sink-u3"),
         St("또 ⟦연말까지 시내 주요 도로 40km 구간을 지표투과레이더(GPR)로 정밀 조사하겠다⟧고", "Noh Kyung-tae",
            "indirect", "ml7sink-u2"),
         St("“⟦물이 오래 샌 곳에 빈 공간이 하나만 있는 경우는 드물다⟧”", "Han Ji-yul", "direct", "ml7sink-u7"),
         St("며 ⟦주변 도로에서도 추가 붕괴가 일어날 수 있다⟧고", "Han Ji-yul", "indirect", "ml7sink-u14")),
        (Fg("부상자는 ⟦3⟧명", 3, None, "wounded", "ml7sink-q-wounded"),
         Fg("주민은 ⟦450여⟧ 명", 450, "more than", "displaced", "ml7sink-q-displaced"),
         Fg("예산 ⟦50억 원⟧", 5_000_000_000, None, "money", "ml7sink-q-fund"),
         Fg("도로 ⟦40⟧km", 40, None, "other", "ml7sink-q-survey"))),
    # ---------------------------------------------------------------- ml7 story: a disputed election count (dev)
    Art(_VOTE, "elcorreodemontaveral.example", "politica/2026/11/23/carbajosa-gana-por-2484-votos", "2026-11-23",
        "es",
        "Carbajosa gana por 2.484 votos e Iriberri exige revisar las papeletas nulas",
        ("La presidenta regional, Inés Carbajosa, ganó el domingo las elecciones de Montaveral por apenas 2.484 "
         "votos de diferencia. Su partido, Unión Montaveralense (UM), obtuvo 412.386 votos y 32 de los 81 escaños "
         "del Parlamento regional; la Alianza Verde-Progreso (AVP) de Tomás Iriberri sumó 409.902 votos y 31 "
         "escaños.",
         "La participación fue del 61,7 %, casi cuatro puntos más que hace cuatro años. Pero lo que centra la "
         "disputa son las 14.830 papeletas declaradas nulas, más del doble que en 2022.",
         '"Los ciudadanos han hablado, y han hablado claro", dijo Carbajosa ante sus simpatizantes en la sede de '
         'UM. La presidenta acusó a su rival de querer "ganar en los despachos lo que ha perdido en las urnas".',
         'Iriberri, por su parte, no reconoció la derrota. "No pedimos ningún favor. Pedimos que se cuente cada '
         'voto", afirmó. Anunció que su partido presentará este lunes una reclamación ante la Junta Electoral para '
         "que se revisen una por una las papeletas anuladas en el distrito de San Ermo.",
         "La presidenta de la Junta Electoral, Aurora Belmonte, aseguró que el recuento de las papeletas impugnadas "
         'se hará "a la vista de todos los partidos" y que los resultados definitivos se proclamarán el 2 de '
         "diciembre."),
        (St('"⟦Los ciudadanos han hablado, y han hablado claro⟧"', "Inés Carbajosa", "direct", "ml7elec-u3"),
         St('rival de ⟦querer "ganar en los despachos lo que ha perdido en las urnas"⟧', "Inés Carbajosa", "partial",
            "ml7elec-u4"),
         St('"⟦No pedimos ningún favor. Pedimos que se cuente cada voto⟧"', "Tomás Iriberri", "direct",
            "ml7elec-u5"),
         St("Anunció que ⟦su partido presentará este lunes una reclamación ante la Junta Electoral para que se "
            "revisen una por una las papeletas anuladas en el distrito de San Ermo⟧", "Tomás Iriberri", "indirect",
            "ml7elec-u6"),
         St('aseguró que ⟦el recuento de las papeletas impugnadas se hará "a la vista de todos los partidos"⟧',
            "Aurora Belmonte", "partial", "ml7elec-u1"),
         St("y que ⟦los resultados definitivos se proclamarán el 2 de diciembre⟧", "Aurora Belmonte", "indirect",
            "ml7elec-u2")),
        (Fg("apenas ⟦2.484⟧ votos", 2484, None, "other", "ml7elec-q-margin"),
         Fg("obtuvo ⟦412.386⟧ votos", 412386, None, "other", "ml7elec-q-votes-um"),
         Fg("y ⟦32⟧ de los 81", 32, None, "other", "ml7elec-q-seats-um"),
         Fg("sumó ⟦409.902⟧ votos", 409902, None, "other", "ml7elec-q-votes-avp"),
         Fg("y ⟦31⟧ escaños", 31, None, "other", "ml7elec-q-seats-avp"),
         Fg("del ⟦61,7⟧ %", 61.7, None, "other", "ml7elec-q-turnout"),
         Fg("las ⟦14.830⟧ papeletas", 14830, None, "other", "ml7elec-q-annulled"))),
    Art(_VOTE, "lejournaldesdeuxrives.example", "monde/montaveral-elections-resultat-conteste", "2026-11-23", "fr",
        "Montaveral : la présidente sortante l'emporte d'un cheveu, son rival conteste",
        ("Inés Carbajosa a remporté dimanche les élections régionales de Montaveral avec près de "
         f"2{NB}500 voix d'avance sur son adversaire écologiste, Tomás Iriberri. Son parti, l'Union montaveralaise, "
         "obtient 32 des 81 sièges du Parlement régional, contre 31 pour l'Alliance Verts-Progrès.",
         f"Le taux de participation s'établit à 61,7{NB}%. Mais près de 15{NB}000 bulletins ont été déclarés nuls, "
         "plus du double qu'en 2022.",
         f"«{NB}Nous ne demandons aucune faveur. Nous demandons que chaque voix soit comptée{NB}», a lancé Tomás "
         "Iriberri devant ses partisans. Il a annoncé qu'il déposerait lundi un recours auprès de la commission "
         "électorale pour faire réexaminer un à un les bulletins annulés à San Ermo.",
         f"De son côté, la présidente sortante a accusé son rival de vouloir «{NB}gagner dans les bureaux ce qu'il a "
         f"perdu dans les urnes{NB}».",
         "D'après Mathilde Groeneveld, cheffe de la mission d'observation du réseau Civis Monitor, qui a déployé 140 "
         "observateurs, aucune fraude organisée n'a été constatée. Elle a toutefois relevé que les critères "
         f"d'annulation «{NB}n'étaient pas appliqués de la même manière partout{NB}»."),
        (St(f"«{NB}⟦Nous ne demandons aucune faveur. Nous demandons que chaque voix soit comptée⟧{NB}»",
            "Tomás Iriberri", "direct", "ml7elec-u5"),
         St("annoncé qu'⟦il déposerait lundi un recours auprès de la commission électorale pour faire réexaminer un "
            "à un les bulletins annulés à San Ermo⟧", "Tomás Iriberri", "indirect", "ml7elec-u6"),
         St(f"rival de ⟦vouloir «{NB}gagner dans les bureaux ce qu'il a perdu dans les urnes{NB}»⟧", "Inés Carbajosa",
            "partial", "ml7elec-u4"),
         St("observateurs, ⟦aucune fraude organisée n'a été constatée⟧", "Mathilde Groeneveld", "indirect",
            "ml7elec-u7"),
         St(f"relevé que ⟦les critères d'annulation «{NB}n'étaient pas appliqués de la même manière partout{NB}»⟧",
            "Mathilde Groeneveld", "partial", "ml7elec-u8")),
        (Fg(f"près de ⟦2{NB}500⟧ voix", 2500, "nearly", "other", "ml7elec-q-margin"),
         Fg("obtient ⟦32⟧ des", 32, None, "other", "ml7elec-q-seats-um"),
         Fg("contre ⟦31⟧ pour", 31, None, "other", "ml7elec-q-seats-avp"),
         Fg(f"à ⟦61,7⟧{NB}%", 61.7, None, "other", "ml7elec-q-turnout"),
         Fg(f"près de ⟦15{NB}000⟧ bulletins", 15000, "nearly", "other", "ml7elec-q-annulled"),
         Fg("déployé ⟦140⟧ observateurs", 140, None, "other", "ml7elec-q-observers"))),
    Art(_VOTE, "hanuribodo.example", "world/2026/11/23/montaveral-election", "2026-11-23", "ko",
        "몬타베랄 자치주 선거 2천484표 차 ‘초박빙’…야당 “무효표 다시 세라”",
        ("22일 치러진 몬타베랄 자치주 의회 선거에서 이네스 카르바호사 주지사가 이끄는 몬타베랄연합(UM)이 "
         "41만2천386표를 얻어 40만9천902표에 그친 녹색진보동맹(AVP)을 2천484표 차로 앞섰다고 주 "
         "선거관리위원회가 23일 발표했다.",
         "의석은 전체 81석 가운데 몬타베랄연합이 32석, 녹색진보동맹이 31석을 차지했다. 투표율은 61.7%로 4년 전보다 "
         "4%포인트가량 올랐다.",
         "논란의 중심은 무효표다. 선관위에 따르면 이번 선거에서 무효 처리된 투표지는 1만4천830장으로, 2022년 "
         "선거의 두 배가 넘는다.",
         "토마스 이리베리 녹색진보동맹 대표는 “우리는 특혜를 바라는 게 아니다. 모든 표를 제대로 세어 달라는 "
         "것”이라며 산에르모 선거구의 무효표를 한 장씩 다시 살펴봐 달라는 이의신청을 내겠다고 밝혔다.",
         "카르바호사 주지사는 “시민들은 분명하게 뜻을 밝혔다”고 맞섰다. 아우로라 벨몬테 선관위원장은 이의가 제기된 "
         "투표지를 모든 정당이 지켜보는 가운데 다시 검토하겠다고 말했다.",
         "현지에 참관인 140여 명을 보낸 국제 선거감시단 ‘시비스 모니터’의 마틸데 흐루네벨트 단장은 조직적인 "
         "부정선거의 흔적은 찾지 못했다고 전했다."),
        (St("⟦22일 치러진 몬타베랄 자치주 의회 선거에서 이네스 카르바호사 주지사가 이끄는 몬타베랄연합(UM)이 "
            "41만2천386표를 얻어 40만9천902표에 그친 녹색진보동맹(AVP)을 2천484표 차로 앞섰다⟧고",
            "Junta Electoral de Montaveral", "indirect", "ml7elec-u0"),
         St("따르면 ⟦이번 선거에서 무효 처리된 투표지는 1만4천830장으로, 2022년 선거의 두 배가 넘는다⟧",
            "Junta Electoral de Montaveral", "indirect", "ml7elec-u10"),
         St("“⟦우리는 특혜를 바라는 게 아니다. 모든 표를 제대로 세어 달라는 것⟧”", "Tomás Iriberri", "direct",
            "ml7elec-u5"),
         St("이라며 ⟦산에르모 선거구의 무효표를 한 장씩 다시 살펴봐 달라는 이의신청을 내겠다⟧고", "Tomás Iriberri",
            "indirect", "ml7elec-u6"),
         St("“⟦시민들은 분명하게 뜻을 밝혔다⟧”", "Inés Carbajosa", "direct", "ml7elec-u3"),
         St("선관위원장은 ⟦이의가 제기된 투표지를 모든 정당이 지켜보는 가운데 다시 검토하겠다⟧고", "Aurora Belmonte",
            "indirect", "ml7elec-u1"),
         St("단장은 ⟦조직적인 부정선거의 흔적은 찾지 못했다⟧고", "Mathilde Groeneveld", "indirect", "ml7elec-u7")),
        (Fg("⟦41만2천386⟧표를", 412386, None, "other", "ml7elec-q-votes-um"),
         Fg("⟦40만9천902⟧표에", 409902, None, "other", "ml7elec-q-votes-avp"),
         Fg("⟦2천484⟧표 차로", 2484, None, "other", "ml7elec-q-margin"),
         Fg("몬타베랄연합이 ⟦32⟧석", 32, None, "other", "ml7elec-q-seats-um"),
         Fg("녹색진보동맹이 ⟦31⟧석", 31, None, "other", "ml7elec-q-seats-avp"),
         Fg("투표율은 ⟦61.7⟧%", 61.7, None, "other", "ml7elec-q-turnout"),
         Fg("⟦1만4천830⟧장", 14830, None, "other", "ml7elec-q-annulled"),
         Fg("참관인 ⟦140여⟧ 명", 140, "more than", "other", "ml7elec-q-observers"))),
    Art(_VOTE, "donauspiegel.example", "politik/montaveral-wahlbeobachter-ungueltige-stimmen", "2026-11-24", "de",
        "Wahlbeobachter in Montaveral: Kein Betrug, aber Zweifel an ungültigen Stimmen",
        ("Nach der knapp ausgegangenen Regionalwahl in Montaveral haben internationale Wahlbeobachter keine "
         "Hinweise auf systematischen Betrug gefunden. „Wir haben keine organisierte Fälschung gesehen“, sagte die "
         "Leiterin der Beobachtermission von Civis Monitor, Mathilde Groeneveld, am Montag. Die Kriterien, nach denen "
         "Stimmzettel für ungültig erklärt wurden, seien aber „nicht überall gleich angewandt worden“.",
         "Die Mission hatte am Wahltag rund 140 Beobachter in alle Wahlbezirke geschickt. Nach dem vorläufigen "
         "Ergebnis liegt Regionalpräsidentin Inés Carbajosa mit ihrer Union Montaveral (UM) nur 2.484 Stimmen vor "
         "der grün-progressiven Allianz (AVP) ihres Herausforderers Tomás Iriberri. Mehr als 14.800 Stimmzettel "
         "wurden für ungültig erklärt, bei einer Wahlbeteiligung von 61,7 Prozent.",
         "Iriberri will die ungültigen Stimmen im Bezirk San Ermo einzeln prüfen lassen. „Wir verlangen keine "
         "Gefälligkeiten, wir verlangen, dass jede Stimme gezählt wird“, sagte er. Carbajosa wirft ihm vor, er wolle "
         "„am Schreibtisch gewinnen, was er an der Urne verloren hat“.",
         "Laut Kommissionspräsidentin Aurora Belmonte soll das Endergebnis am 2. Dezember feststehen. Ein Mitglied "
         "der Wahlkommission, das nicht namentlich genannt werden wollte, sagte, rund 2.000 der annullierten "
         "Stimmzettel könnten bei der Überprüfung wieder für gültig erklärt werden."),
        (St("„⟦Wir haben keine organisierte Fälschung gesehen⟧“", "Mathilde Groeneveld", "direct", "ml7elec-u7"),
         St("⟦Die Kriterien, nach denen Stimmzettel für ungültig erklärt wurden, seien aber „nicht überall gleich "
            "angewandt worden“⟧", "Mathilde Groeneveld", "partial", "ml7elec-u8"),
         St("„⟦Wir verlangen keine Gefälligkeiten, wir verlangen, dass jede Stimme gezählt wird⟧“", "Tomás Iriberri",
            "direct", "ml7elec-u5"),
         St("vor, ⟦er wolle „am Schreibtisch gewinnen, was er an der Urne verloren hat“⟧", "Inés Carbajosa",
            "partial", "ml7elec-u4"),
         St("Belmonte ⟦soll das Endergebnis am 2. Dezember feststehen⟧", "Aurora Belmonte", "indirect",
            "ml7elec-u2"),
         St("sagte, ⟦rund 2.000 der annullierten Stimmzettel könnten bei der Überprüfung wieder für gültig erklärt "
            "werden⟧", "Junta Electoral de Montaveral", "indirect", "ml7elec-u9")),
        (Fg("rund ⟦140⟧ Beobachter", 140, "about", "other", "ml7elec-q-observers"),
         Fg("nur ⟦2.484⟧ Stimmen", 2484, None, "other", "ml7elec-q-margin"),
         Fg("Mehr als ⟦14.800⟧ Stimmzettel", 14800, "more than", "other", "ml7elec-q-annulled"),
         Fg("von ⟦61,7⟧ Prozent", 61.7, None, "other", "ml7elec-q-turnout"),
         Fg("rund ⟦2.000⟧ der", 2000, "about", "other", "ml7elec-q-revalidated"))),
    Art(_VOTE, "globaldispatch.example", "world/2026/11/25/montaveral-review-narrows-lead", "2026-11-25", "en",
        "Montaveral ballot review narrows incumbent's lead to 1,448 votes",
        ("A review of the ballots annulled in Montaveral's disputed regional election has cut incumbent Inés "
         "Carbajosa's lead to 1,448 votes, the region's electoral board said on Wednesday. Her Montaveral Union "
         "keeps 32 of the 81 seats in the regional parliament, one more than Tomás Iriberri's Green-Progress "
         "Alliance.",
         "Of the 14,830 ballots initially declared void, 1,912 were found to be valid after being examined one by "
         "one in front of party representatives, leaving 12,918 annulled. Turnout, with late postal votes included, "
         "was revised to 61.9 percent.",
         '"The count was done ballot by ballot, in full view of every party," said Aurora Belmonte, who chairs the '
         "electoral board. She said the final result would be certified on Dec. 2.",
         "Iriberri said the narrower margin proved his party had been right to demand a review, and that it would "
         'take its complaint about San Ermo to the regional high court. "Every vote we recovered was a vote someone '
         'had tried to throw away," he told supporters.',
         "Carbajosa's office said in a statement that the result \"confirms what voters decided on Sunday\"."),
        (St("⟦A review of the ballots annulled in Montaveral's disputed regional election has cut incumbent Inés "
            "Carbajosa's lead to 1,448 votes⟧, the region's", "Junta Electoral de Montaveral", "indirect",
            "ml7elec-u11"),
         St('"⟦The count was done ballot by ballot, in full view of every party⟧,"', "Aurora Belmonte", "direct",
            "ml7elec-u12"),
         St("She said ⟦the final result would be certified on Dec. 2⟧", "Aurora Belmonte", "indirect",
            "ml7elec-u2"),
         St("Iriberri said ⟦the narrower margin proved his party had been right to demand a review⟧",
            "Tomás Iriberri", "indirect", "ml7elec-u13"),
         St("and that ⟦it would take its complaint about San Ermo to the regional high court⟧", "Tomás Iriberri",
            "indirect", "ml7elec-u14"),
         St('"⟦Every vote we recovered was a vote someone had tried to throw away⟧,"', "Tomás Iriberri", "direct",
            "ml7elec-u15"),
         St('statement that ⟦the result "confirms what voters decided on Sunday"⟧', "Montaveral regional presidency",
            "partial", "ml7elec-u16")),
        (Fg("lead to ⟦1,448⟧ votes", 1448, None, "other", "ml7elec-q-margin"),
         Fg("keeps ⟦32⟧ of", 32, None, "other", "ml7elec-q-seats-um"),
         Fg("Of the ⟦14,830⟧ ballots", 14830, None, "other", "ml7elec-q-annulled"),
         Fg("void, ⟦1,912⟧ were", 1912, None, "other", "ml7elec-q-revalidated"),
         Fg("leaving ⟦12,918⟧ annulled", 12918, None, "other", "ml7elec-q-annulled"),
         Fg("to ⟦61.9⟧ percent", 61.9, None, "other", "ml7elec-q-turnout"))),
    Art(_VOTE, "lanuevacronica.example", "espana-y-regiones/2026-11-25/revision-nulos-montaveral", "2026-11-25",
        "es",
        "La revisión de los votos nulos recorta a 1.448 votos la ventaja de Carbajosa",
        ("La Junta Electoral de Montaveral rehabilitó este miércoles 1.912 de las papeletas anuladas el domingo, "
         "tras revisarlas una por una en presencia de interventores de todos los partidos. Con ello, la ventaja de "
         "la presidenta Inés Carbajosa sobre Tomás Iriberri se reduce a 1.448 votos, aunque el reparto de escaños no "
         "cambia: 32 para Unión Montaveralense y 31 para la Alianza Verde-Progreso. La participación definitiva, con "
         "el voto por correo, queda en el 61,9 %.",
         "Según una fuente de la Junta que pidió no ser identificada, cerca de 13.000 papeletas siguen siendo nulas, "
         "la mayoría por llevar marcas en más de una casilla.",
         '"El recuento se ha hecho papeleta a papeleta y a la vista de todos", subrayó la presidenta de la Junta, '
         "Aurora Belmonte, quien confirmó que el resultado definitivo se proclamará el 2 de diciembre.",
         "Iriberri considera que la revisión le da la razón. Recurrirá ante el Tribunal Superior regional por lo "
         'ocurrido en San Ermo, anunció en rueda de prensa. "Cada voto que hemos recuperado es un voto que alguien '
         'quiso tirar a la basura", añadió.',
         "Desde la Presidencia regional, un portavoz se limitó a señalar que el resultado \"confirma lo que "
         'decidieron los votantes el domingo".'),
        (St("identificada, ⟦cerca de 13.000 papeletas siguen siendo nulas, la mayoría por llevar marcas en más de una "
            "casilla⟧", "Junta Electoral de Montaveral", "indirect", "ml7elec-u17"),
         St('"⟦El recuento se ha hecho papeleta a papeleta y a la vista de todos⟧"', "Aurora Belmonte", "direct",
            "ml7elec-u12"),
         St("confirmó que ⟦el resultado definitivo se proclamará el 2 de diciembre⟧", "Aurora Belmonte", "indirect",
            "ml7elec-u2"),
         St("considera que ⟦la revisión le da la razón⟧", "Tomás Iriberri", "indirect", "ml7elec-u13"),
         St("⟦Recurrirá ante el Tribunal Superior regional por lo ocurrido en San Ermo⟧, anunció", "Tomás Iriberri",
            "indirect", "ml7elec-u14"),
         St('"⟦Cada voto que hemos recuperado es un voto que alguien quiso tirar a la basura⟧"', "Tomás Iriberri",
            "direct", "ml7elec-u15"),
         St('señalar que ⟦el resultado "confirma lo que decidieron los votantes el domingo"⟧',
            "Montaveral regional presidency", "partial", "ml7elec-u16")),
        (Fg("miércoles ⟦1.912⟧ de las", 1912, None, "other", "ml7elec-q-revalidated"),
         Fg("a ⟦1.448⟧ votos", 1448, None, "other", "ml7elec-q-margin"),
         Fg("cambia: ⟦32⟧ para", 32, None, "other", "ml7elec-q-seats-um"),
         Fg("y ⟦31⟧ para", 31, None, "other", "ml7elec-q-seats-avp"),
         Fg("el ⟦61,9⟧ %", 61.9, None, "other", "ml7elec-q-turnout"),
         Fg("cerca de ⟦13.000⟧ papeletas", 13000, "about", "other", "ml7elec-q-annulled"))),
)

# Every form an entity is written as in these stories (names, transliterations, the role nouns an article names it by).
SPEAKER_FORMS_21: dict[str, tuple[str, ...]] = {
    "Noh Kyung-tae": ("Noh Kyung-tae", "Noh Kyung Tae", "노경태", "노경태 달문시장", "노 시장", "Mayor Noh Kyung-tae",
                      "Bürgermeister Noh Kyung Tae", "sindaco Noh Kyung-tae", "prefeito Noh Kyung-tae"),
    "Han Ji-yul": ("Han Ji-yul", "Han Ji Yul", "한지율", "한지율 교수", "한지율 가온대 교수", "Geologin Han Ji Yul",
                   "geologa Han Ji-yul"),
    "Dalmun water utility": ("달문시 상수도사업본부", "상수도사업본부", "상수도사업본부 관계자", "water utility",
                             "städtische Wasserversorger", "Wasserversorger", "azienda idrica municipale",
                             "azienda idrica", "companhia municipal de águas"),
    "Dalmun fire station": ("달문소방서", "소방서", "소방당국", "Dalmun fire station", "Feuerwehr", "vigili del fuoco",
                            "Corpo de Bombeiros", "bombeiros"),
    "Gaon-dong resident": ("한 주민", "주민"),
    "Inés Carbajosa": ("Inés Carbajosa", "Ines Carbajosa", "Carbajosa", "이네스 카르바호사", "카르바호사 주지사",
                       "카르바호사", "présidente sortante", "Regionalpräsidentin Inés Carbajosa", "presidenta"),
    "Tomás Iriberri": ("Tomás Iriberri", "Tomas Iriberri", "Iriberri", "토마스 이리베리", "이리베리",
                       "토마스 이리베리 녹색진보동맹 대표"),
    "Aurora Belmonte": ("Aurora Belmonte", "Belmonte", "아우로라 벨몬테", "벨몬테 선관위원장",
                        "Kommissionspräsidentin Aurora Belmonte", "presidenta de la Junta"),
    "Junta Electoral de Montaveral": ("Junta Electoral de Montaveral", "Junta Electoral", "Junta",
                                      "commission électorale", "주 선거관리위원회", "선거관리위원회", "선관위",
                                      "Wahlkommission", "electoral board"),
    "Mathilde Groeneveld": ("Mathilde Groeneveld", "Groeneveld", "마틸데 흐루네벨트", "흐루네벨트 단장"),
    "Montaveral regional presidency": ("Presidencia regional", "portavoz", "Carbajosa's office"),
}
