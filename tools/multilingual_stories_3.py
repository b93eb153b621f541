"""Stories of the second held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (both test, listed in TEST_STORIES there): a heatwave whose death toll is revised day by day
(ml3-heatwave), a migrant boat capsizing whose dead, missing and rescued the coast guard and an aid group count
differently (ml3-boat).

Annotation choices beyond the protocol: temperatures are measurements, not counts, and are left unannotated; an
institutional toll announced on different days is a new utterance each day (the same quantity, though); a figure a
source gives as "passa de 25" / "60명 넘게" (a bound written after the number) is *more than*.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_3: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story 10: a heatwave (TEST)
    Art("ml3-heatwave", "lagazzettaditirreno.example", "cronaca/caldo-record-valmorena-dodici-morti", "2026-07-20",
        "it",
        "Caldo record nel Valmorenese, dodici morti e oltre 900 ricoveri",
        ("Sono almeno dodici le vittime dell'ondata di calore che da una settimana stringe la provincia di "
         "Valmorena, dove ieri pomeriggio il termometro ha toccato i 44,6 gradi a Sant'Orsola del Piano. Oltre 900 "
         "persone sono state ricoverate per colpi di calore e disidratazione, quasi tutte anziane, e le chiamate al "
         "118 sono state più di 6mila in tre giorni.",
         "«Nessuno deve restare solo in casa in questi giorni», ha detto la ministra della Salute Ilaria Brunoldi, "
         "arrivata in mattinata all'ospedale San Lucio di Valmorena. La ministra ha annunciato che i pronto soccorso "
         "della provincia saranno rinforzati con medici militari.",
         "Secondo il climatologo Tommaso Ferrentino, dell'Osservatorio di Monte Aurelio, il caldo non darà tregua "
         "almeno fino a domenica. «È la settimana più calda da quando esistono le misurazioni», ha aggiunto. Nei "
         "centri climatizzati aperti dai Comuni si sono rifugiate oltre 12mila persone."),
        (St("«⟦Nessuno deve restare solo in casa in questi giorni⟧»", "Ilaria Brunoldi", "direct", "heat-u1"),
         St("annunciato che ⟦i pronto soccorso della provincia saranno rinforzati con medici militari⟧",
            "Ilaria Brunoldi", "indirect", "heat-u2"),
         St("Aurelio, ⟦il caldo non darà tregua almeno fino a domenica⟧", "Tommaso Ferrentino", "indirect",
            "heat-u3"),
         St("«⟦È la settimana più calda da quando esistono le misurazioni⟧»", "Tommaso Ferrentino", "direct",
            "heat-u4")),
        (Fg("almeno ⟦dodici⟧ le vittime", 12, "at least", "killed", "heat-q-deaths"),
         Fg("Oltre ⟦900⟧", 900, "more than", "other", "heat-q-admitted"),
         Fg("più di ⟦6mila⟧ in tre", 6000, "more than", "other", "heat-q-calls"),
         Fg("oltre ⟦12mila⟧ persone", 12000, "more than", "other", "heat-q-sheltered"))),
    Art("ml3-heatwave", "rheinpost.example", "panorama/hitzewelle-italien-valmorena-1.5120", "2026-07-21", "de",
        "Hitzewelle in Süditalien: Zahl der Toten steigt auf 19",
        ("Nach Angaben der Gesundheitsbehörde von Valmorena sind seit Beginn der Hitzewelle in der "
         "süditalienischen Provinz 19 Menschen gestorben. Rund 1.100 Menschen mussten wegen Hitzschlags oder "
         "Kreislaufproblemen im Krankenhaus behandelt werden, bei den Rettungsdiensten gingen seit Freitag mehr als "
         "6.000 Notrufe ein. In Sant'Orsola del Piano wurden am Sonntag 44,6 Grad gemessen.",
         "„Niemand darf in diesen Tagen allein zu Hause bleiben“, sagte Gesundheitsministerin Ilaria Brunoldi am "
         "Montag bei einem Besuch im Krankenhaus San Lucio. Sie kündigte an, dass die Notaufnahmen der Provinz "
         "durch Militärärzte verstärkt würden.",
         "Laut dem Meteorologen Tommaso Ferrentino hält die Hitze mindestens bis Sonntag an. Danach werde es nur "
         "langsam kühler, fügte er hinzu."),
        (St("Valmorena ⟦sind seit Beginn der Hitzewelle in der süditalienischen Provinz 19 Menschen gestorben⟧",
            "Valmorena health authority", "indirect", "heat-u5"),
         St("„⟦Niemand darf in diesen Tagen allein zu Hause bleiben⟧“", "Ilaria Brunoldi", "direct", "heat-u1"),
         St("dass ⟦die Notaufnahmen der Provinz durch Militärärzte verstärkt würden⟧", "Ilaria Brunoldi",
            "indirect", "heat-u2"),
         St("Ferrentino ⟦hält die Hitze mindestens bis Sonntag an⟧", "Tommaso Ferrentino", "indirect", "heat-u3"),
         St("⟦Danach werde es nur langsam kühler⟧, fügte", "Tommaso Ferrentino", "indirect", "heat-u6")),
        (Fg("Provinz ⟦19⟧ Menschen", 19, None, "killed", "heat-q-deaths"),
         Fg("Rund ⟦1.100⟧ Menschen", 1100, "about", "other", "heat-q-admitted"),
         Fg("mehr als ⟦6.000⟧ Notrufe", 6000, "more than", "other", "heat-q-calls"))),
    Art("ml3-heatwave", "hanbitilbo.example", "news/articleView.html?idxno=95530", "2026-07-21", "ko",
        "이탈리아 남부 폭염 사망자 19명으로 늘어",
        ("이탈리아 남부 발모레나 지역에서 일주일째 이어지고 있는 폭염으로 지금까지 19명이 숨지고 1천100여 명이 병원 "
         "치료를 받았다고 현지 보건당국이 21일 밝혔다. 지난 19일 산토르솔라델피아노의 낮 최고기온은 섭씨 44.6도까지 "
         "올랐다. 응급 신고는 사흘 동안 6천여 건이 접수됐다.",
         "일라리아 브루놀디 이탈리아 보건장관은 20일 산루초 병원을 찾아 “이런 날에는 누구도 집에 혼자 있어서는 안 "
         "된다”고 말했다. 브루놀디 장관은 지역 응급실에 군의관을 투입하겠다고 밝혔다.",
         "기상학자 톰마소 페렌티노는 “관측 이래 가장 더운 한 주”라고 말했다. 그는 더위가 적어도 일요일까지 이어질 "
         "것이라고 덧붙였다. 지방자치단체가 운영하는 무더위 쉼터에는 1만2천 명 넘게 몰렸다."),
        (St("⟦이탈리아 남부 발모레나 지역에서 일주일째 이어지고 있는 폭염으로 지금까지 19명이 숨지고 1천100여 명이 "
            "병원 치료를 받았다⟧고", "Valmorena health authority", "indirect", "heat-u5"),
         St("“⟦이런 날에는 누구도 집에 혼자 있어서는 안 된다⟧”", "Ilaria Brunoldi", "direct", "heat-u1"),
         St("장관은 ⟦지역 응급실에 군의관을 투입하겠다⟧고", "Ilaria Brunoldi", "indirect", "heat-u2"),
         St("“⟦관측 이래 가장 더운 한 주⟧”", "Tommaso Ferrentino", "direct", "heat-u4"),
         St("그는 ⟦더위가 적어도 일요일까지 이어질 것⟧이라고", "Tommaso Ferrentino", "indirect", "heat-u3")),
        (Fg("⟦19⟧명이 숨지고", 19, None, "killed", "heat-q-deaths"),
         Fg("⟦1천100여⟧ 명이", 1100, "more than", "other", "heat-q-admitted"),
         Fg("⟦6천여⟧ 건", 6000, "more than", "other", "heat-q-calls"),
         Fg("⟦1만2천⟧ 명 넘게", 12000, "more than", "other", "heat-q-sheltered"))),
    Art("ml3-heatwave", "lecourrierdulac.example", "monde/canicule-italie-valmorena-bilan", "2026-07-22", "fr",
        "Canicule en Italie : le bilan s'alourdit à 27 morts",
        ("La vague de chaleur qui frappe depuis plus d'une semaine la province de Valmorena, dans le sud de "
         "l'Italie, a fait au moins 27 morts, selon un nouveau bilan communiqué mercredi par les autorités "
         f"sanitaires. Plus de 1{NB}400 personnes ont été hospitalisées, pour la plupart des personnes âgées.",
         f"«{NB}Personne ne doit rester seul chez soi ces jours-ci{NB}», a insisté la ministre italienne de la "
         "Santé, Ilaria Brunoldi. D'après elle, des médecins militaires ont déjà rejoint les services d'urgence de "
         "la province.",
         "Le météorologue Tommaso Ferrentino, de l'observatoire de Monte Aurelio, estime que la chaleur ne faiblira "
         "pas avant dimanche. Un médecin urgentiste de l'hôpital San Lucio, qui a requis l'anonymat, décrit des "
         f"couloirs «{NB}transformés en dortoirs{NB}»."),
        (St("⟦La vague de chaleur qui frappe depuis plus d'une semaine la province de Valmorena, dans le sud de "
            "l'Italie, a fait au moins 27 morts⟧, selon", "Valmorena health authority", "indirect", "heat-u7"),
         St(f"«{NB}⟦Personne ne doit rester seul chez soi ces jours-ci⟧{NB}»", "Ilaria Brunoldi", "direct",
            "heat-u1"),
         St("D'après elle, ⟦des médecins militaires ont déjà rejoint les services d'urgence de la province⟧",
            "Ilaria Brunoldi", "indirect", "heat-u8"),
         St("estime que ⟦la chaleur ne faiblira pas avant dimanche⟧", "Tommaso Ferrentino", "indirect", "heat-u3"),
         St(f"décrit ⟦des couloirs «{NB}transformés en dortoirs{NB}»⟧", "San Lucio doctor (anonymous)", "partial",
            "heat-u9")),
        (Fg("au moins ⟦27⟧ morts", 27, "at least", "killed", "heat-q-deaths"),
         Fg(f"Plus de ⟦1{NB}400⟧ personnes", 1400, "more than", "other", "heat-q-admitted"))),
    Art("ml3-heatwave", "harbourtimes.example", "world/2026/07/23/italy-heatwave-death-toll", "2026-07-23", "en",
        "Italian heatwave death toll rises to 34 as hospitals fill up",
        ("At least 34 people have died in a heatwave that has gripped the southern Italian province of Valmorena "
         "for more than a week, health officials said on Thursday. More than 1,500 people have been admitted to "
         "hospital, most of them elderly.",
         '"Nobody should be left alone at home in these days," Health Minister Ilaria Brunoldi said on Monday '
         "during a visit to San Lucio hospital, where army doctors have since joined the emergency staff.",
         "A senior doctor at San Lucio, who asked not to be named, said corridors had been \"turned into "
         "dormitories\". Meteorologist Tommaso Ferrentino said the heat would not break before Sunday. Temperatures "
         "would fall only slowly after that, he added."),
        (St("⟦At least 34 people have died in a heatwave that has gripped the southern Italian province of Valmorena "
            "for more than a week⟧, health officials", "Valmorena health authority", "indirect", "heat-u10"),
         St('"⟦Nobody should be left alone at home in these days⟧,"', "Ilaria Brunoldi", "direct", "heat-u1"),
         St('said ⟦corridors had been "turned into dormitories"⟧', "San Lucio doctor (anonymous)", "partial",
            "heat-u9"),
         St("Ferrentino said ⟦the heat would not break before Sunday⟧", "Tommaso Ferrentino", "indirect",
            "heat-u3"),
         St("⟦Temperatures would fall only slowly after that⟧, he added", "Tommaso Ferrentino", "indirect",
            "heat-u6")),
        (Fg("At least ⟦34⟧ people", 34, "at least", "killed", "heat-q-deaths"),
         Fg("More than ⟦1,500⟧ people", 1500, "more than", "other", "heat-q-admitted"))),
    Art("ml3-heatwave", "corrieredellecoste.example", "2026/07/23/valmorena-caldo-morti-salgono", "2026-07-23", "it",
        "Valmorena, il caldo ha fatto 34 vittime. Ma per i medici sono di più",
        ("Salgono a 34 le vittime dell'ondata di calore nel Valmorenese, secondo l'ultimo bollettino dell'Azienda "
         "sanitaria provinciale diffuso in mattinata. Ma per l'Ordine dei medici di Valmorena il conto reale è più "
         "alto. «Parliamo di una quarantina di morti, molti anziani trovati in casa giorni dopo», ha detto il "
         "presidente dell'Ordine, Franco Tessarolo.",
         "I ricoverati dall'inizio dell'emergenza sono 1.530, quasi il doppio di un'estate normale. «I corridoi del "
         "pronto soccorso sono diventati dormitori», racconta un medico del San Lucio che chiede di non essere "
         "nominato.",
         "La ministra della Salute Ilaria Brunoldi ha ribadito che nessuno deve essere lasciato solo in casa. Il "
         "climatologo Tommaso Ferrentino ha spiegato che le temperature scenderanno solo dopo domenica, e "
         "lentamente."),
        (St("⟦Salgono a 34 le vittime dell'ondata di calore nel Valmorenese⟧, secondo", "Valmorena health authority",
            "indirect", "heat-u10"),
         St("di Valmorena ⟦il conto reale è più alto⟧", "Ordine dei medici di Valmorena", "indirect", "heat-u11"),
         St("«⟦Parliamo di una quarantina di morti, molti anziani trovati in casa giorni dopo⟧»", "Franco Tessarolo",
            "direct", "heat-u12"),
         St("«⟦I corridoi del pronto soccorso sono diventati dormitori⟧»", "San Lucio doctor (anonymous)", "direct",
            "heat-u9"),
         St("ribadito che ⟦nessuno deve essere lasciato solo in casa⟧", "Ilaria Brunoldi", "indirect", "heat-u1"),
         St("spiegato che ⟦le temperature scenderanno solo dopo domenica, e lentamente⟧", "Tommaso Ferrentino",
            "indirect", "heat-u6")),
        (Fg("Salgono a ⟦34⟧ le vittime", 34, None, "killed", "heat-q-deaths"),
         Fg("di ⟦una quarantina⟧ di morti", 40, "about", "killed", "heat-q-deaths"),
         Fg("sono ⟦1.530⟧, quasi", 1530, None, "other", "heat-q-admitted"))),
    # ---------------------------------------------------------------- story 11: a migrant boat capsizing (TEST)
    Art("ml3-boat", "diariodelsur.example", "sociedad/2026-08-14/naufragio-cayuco-punta-salinera", "2026-08-14",
        "es",
        "Al menos cuatro muertos y 17 desaparecidos en el naufragio de un cayuco frente a Punta Salinera",
        ("Al menos cuatro personas murieron y otras 17 siguen desaparecidas tras volcar la madrugada de este "
         "viernes un cayuco a unas 20 millas de Punta Salinera. Salvamento Marítimo rescató con vida a 31 "
         "ocupantes, que fueron trasladados al puerto de la localidad.",
         "«Seguimos buscando con todos los medios a nuestro alcance», dijo el portavoz de Salvamento Marítimo, Óscar "
         "Valdemoro. Según el portavoz, en la embarcación viajaban unas 52 personas. Valdemoro explicó que el cayuco "
         "volcó cuando sus ocupantes se desplazaron hacia un costado al ver acercarse la lancha de rescate.",
         "La ONG Brújula Solidaria, que había seguido la embarcación desde su salida, maneja otras cifras. «Éramos "
         "más de 60», relató a los voluntarios de la organización uno de los supervivientes. La coordinadora de la "
         "ONG, Olena Kovalchuk, afirmó que hay «más de 25 desaparecidos» y que la tragedia «se podía haber "
         "evitado»: según ella, la ONG alertó del cayuco a las autoridades seis horas antes del naufragio. Fuentes "
         "de Salvamento Marítimo aseguraron que el primer aviso llegó pasadas las tres de la madrugada."),
        (St("«⟦Seguimos buscando con todos los medios a nuestro alcance⟧»", "Óscar Valdemoro", "direct", "boat-u1"),
         St("Según el portavoz, ⟦en la embarcación viajaban unas 52 personas⟧", "Óscar Valdemoro", "indirect",
            "boat-u2"),
         St("explicó que ⟦el cayuco volcó cuando sus ocupantes se desplazaron hacia un costado al ver acercarse la "
            "lancha de rescate⟧", "Óscar Valdemoro", "indirect", "boat-u3"),
         St("«⟦Éramos más de 60⟧»", "Punta Salinera survivor (anonymous)", "direct", "boat-u4"),
         St("afirmó que ⟦hay «más de 25 desaparecidos»⟧", "Olena Kovalchuk", "partial", "boat-u5"),
         St("y que ⟦la tragedia «se podía haber evitado»⟧", "Olena Kovalchuk", "partial", "boat-u6"),
         St("según ella, ⟦la ONG alertó del cayuco a las autoridades seis horas antes del naufragio⟧",
            "Olena Kovalchuk", "indirect", "boat-u7"),
         St("aseguraron que ⟦el primer aviso llegó pasadas las tres de la madrugada⟧", "Salvamento Marítimo",
            "indirect", "boat-u13")),
        (Fg("Al menos ⟦cuatro⟧ personas", 4, "at least", "killed", "boat-q-dead"),
         Fg("otras ⟦17⟧ siguen", 17, None, "missing", "boat-q-missing"),
         Fg("a ⟦31⟧ ocupantes", 31, None, "other", "boat-q-rescued"),
         Fg("unas ⟦52⟧ personas", 52, "about", "other", "boat-q-aboard"),
         Fg("«Éramos más de ⟦60⟧»", 60, "more than", "other", "boat-q-aboard"),
         Fg("«más de ⟦25⟧ desaparecidos»", 25, "more than", "missing", "boat-q-missing"))),
    Art("ml3-boat", "gazetadoplanalto.example", "mundo/2026/08/14/naufragio-barco-migrantes-espanha", "2026-08-14",
        "pt",
        "Naufrágio de barco com migrantes na Espanha deixa quatro mortos",
        ("Pelo menos quatro pessoas morreram e 17 estão desaparecidas depois que um barco com migrantes virou nesta "
         "sexta-feira perto de Punta Salinera, no sul da Espanha, informou o serviço espanhol de salvamento "
         "marítimo. Trinta e uma pessoas foram resgatadas com vida.",
         "“Continuamos procurando com todos os meios ao nosso alcance”, disse o porta-voz Óscar Valdemoro. Segundo "
         "a ONG Brújula Solidaria, porém, havia mais de 60 pessoas a bordo e o número de desaparecidos passa de 25.",
         "A coordenadora da ONG, a ucraniana Olena Kovalchuk, disse que a organização tinha alertado as autoridades "
         "sobre o barco seis horas antes do naufrágio. “Esta tragédia podia ter sido evitada”, afirmou."),
        (St("⟦Pelo menos quatro pessoas morreram e 17 estão desaparecidas depois que um barco com migrantes virou "
            "nesta sexta-feira perto de Punta Salinera, no sul da Espanha⟧, informou", "Salvamento Marítimo",
            "indirect", "boat-u8"),
         St("“⟦Continuamos procurando com todos os meios ao nosso alcance⟧”", "Óscar Valdemoro", "direct",
            "boat-u1"),
         St("Solidaria, porém, ⟦havia mais de 60 pessoas a bordo e o número de desaparecidos passa de 25⟧",
            "Brújula Solidaria", "indirect", "boat-u9"),
         St("disse que ⟦a organização tinha alertado as autoridades sobre o barco seis horas antes do naufrágio⟧",
            "Olena Kovalchuk", "indirect", "boat-u7"),
         St("“⟦Esta tragédia podia ter sido evitada⟧”", "Olena Kovalchuk", "direct", "boat-u6")),
        (Fg("Pelo menos ⟦quatro⟧ pessoas", 4, "at least", "killed", "boat-q-dead"),
         Fg("e ⟦17⟧ estão", 17, None, "missing", "boat-q-missing"),
         Fg("⟦Trinta e uma⟧ pessoas", 31, None, "other", "boat-q-rescued"),
         Fg("mais de ⟦60⟧ pessoas", 60, "more than", "other", "boat-q-aboard"),
         Fg("passa de ⟦25⟧", 25, "more than", "missing", "boat-q-missing"))),
    Art("ml3-boat", "elbkurier.example", "welt/bootsunglueck-punta-salinera", "2026-08-15", "de",
        "Bootsunglück vor Spanien: Zahl der Toten steigt auf sieben",
        ("Nach dem Kentern eines Flüchtlingsboots vor der südspanischen Küste ist die Zahl der Toten auf sieben "
         "gestiegen. Die Seenotrettung Salvamento Marítimo barg am Samstag drei weitere Leichen, 14 Menschen werden "
         "noch vermisst. 31 Insassen waren am Freitag lebend aus dem Wasser gezogen worden.",
         "„Wir suchen mit allen verfügbaren Mitteln weiter“, sagte Sprecher Óscar Valdemoro. Die Hoffnung, noch "
         "Überlebende zu finden, sei allerdings gering, räumte er ein.",
         "Die Hilfsorganisation Brújula Solidaria widerspricht den offiziellen Zahlen. Der Organisation zufolge "
         "waren mehr als 60 Menschen an Bord, rund 30 würden noch vermisst. Sie zählt zudem nur 29 Überlebende. "
         "Koordinatorin Olena Kowaltschuk sprach von einer Tragödie, die „vermeidbar gewesen“ wäre. Sie sagte, ihre "
         "Organisation habe die Behörden sechs Stunden vor dem Unglück alarmiert."),
        (St("„⟦Wir suchen mit allen verfügbaren Mitteln weiter⟧“", "Óscar Valdemoro", "direct", "boat-u1"),
         St("⟦Die Hoffnung, noch Überlebende zu finden, sei allerdings gering⟧, räumte", "Óscar Valdemoro",
            "indirect", "boat-u10"),
         St("zufolge ⟦waren mehr als 60 Menschen an Bord, rund 30 würden noch vermisst⟧", "Brújula Solidaria",
            "indirect", "boat-u11"),
         St("sprach von ⟦einer Tragödie, die „vermeidbar gewesen“ wäre⟧", "Olena Kovalchuk", "partial", "boat-u6"),
         St("Sie sagte, ⟦ihre Organisation habe die Behörden sechs Stunden vor dem Unglück alarmiert⟧",
            "Olena Kovalchuk", "indirect", "boat-u7")),
        (Fg("auf ⟦sieben⟧ gestiegen", 7, None, "killed", "boat-q-dead"),
         Fg("⟦14⟧ Menschen werden", 14, None, "missing", "boat-q-missing"),
         Fg("⟦31⟧ Insassen", 31, None, "other", "boat-q-rescued"),
         Fg("mehr als ⟦60⟧ Menschen", 60, "more than", "other", "boat-q-aboard"),
         Fg("rund ⟦30⟧ würden", 30, "about", "missing", "boat-q-missing"),
         Fg("nur ⟦29⟧ Überlebende", 29, None, "other", "boat-q-rescued"))),
    Art("ml3-boat", "seoulmaeil.example", "article/2026081507218", "2026-08-15", "ko",
        "스페인 남부 해상서 이주민 보트 전복…사망자 7명으로 늘어",
        ("스페인 남부 푼타살리네라 앞바다에서 이주민들을 태운 보트가 뒤집힌 사고의 사망자가 7명으로 늘었다. 스페인 "
         "해상구조청은 15일 시신 3구를 추가로 수습했으며 14명이 여전히 실종 상태라고 밝혔다. 구조된 생존자는 "
         "31명이다.",
         "오스카르 발데모로 해상구조청 대변인은 “가용한 모든 수단을 동원해 수색을 계속하고 있다”고 말했다. 그는 "
         "승객들이 구조선을 보고 한쪽으로 몰리면서 보트가 뒤집혔다고 설명했다.",
         "그러나 현지 구호단체 ‘브루훌라 솔리다리아’에 따르면 보트에는 60명 넘게 타고 있었고 실종자도 30명가량에 "
         "이른다. 올레나 코발추크 코디네이터는 “막을 수 있었던 비극”이라고 비판했다."),
        (St("15일 ⟦시신 3구를 추가로 수습했으며 14명이 여전히 실종 상태⟧라고", "Salvamento Marítimo", "indirect",
            "boat-u12"),
         St("“⟦가용한 모든 수단을 동원해 수색을 계속하고 있다⟧”", "Óscar Valdemoro", "direct", "boat-u1"),
         St("그는 ⟦승객들이 구조선을 보고 한쪽으로 몰리면서 보트가 뒤집혔다⟧고", "Óscar Valdemoro", "indirect",
            "boat-u3"),
         St("따르면 ⟦보트에는 60명 넘게 타고 있었고 실종자도 30명가량에 이른다⟧", "Brújula Solidaria", "indirect",
            "boat-u11"),
         St("“⟦막을 수 있었던 비극⟧”", "Olena Kovalchuk", "direct", "boat-u6")),
        (Fg("사망자가 ⟦7⟧명으로", 7, None, "killed", "boat-q-dead"),
         Fg("⟦14⟧명이 여전히", 14, None, "missing", "boat-q-missing"),
         Fg("생존자는 ⟦31⟧명이다", 31, None, "other", "boat-q-rescued"),
         Fg("보트에는 ⟦60⟧명 넘게", 60, "more than", "other", "boat-q-aboard"),
         Fg("실종자도 ⟦30⟧명가량", 30, "about", "missing", "boat-q-missing"))),
    Art("ml3-boat", "thecoastalherald.example", "world/2026/08/15/spain-migrant-boat-capsizes", "2026-08-15", "en",
        "Death toll rises to seven after migrant boat capsizes off Spain",
        ("Seven people are now known to have died after a boat carrying migrants capsized off Punta Salinera in "
         "southern Spain, and 14 remain missing, Spain's maritime rescue service said on Saturday. Rescuers pulled "
         "31 survivors from the water on Friday.",
         '"We are still searching with every means we have," spokesman Óscar Valdemoro said. He said the boat '
         "overturned when its passengers rushed to one side as a rescue launch approached.",
         "The aid group Brújula Solidaria disputes the official figures. According to its coordinator, Olena "
         'Kovalchuk, more than 60 people were on board and about 30 are still missing. "This tragedy could have '
         'been avoided," she said, adding that the group had alerted the authorities six hours before the boat '
         "went down."),
        (St("⟦Seven people are now known to have died after a boat carrying migrants capsized off Punta Salinera in "
            "southern Spain, and 14 remain missing⟧, Spain's", "Salvamento Marítimo", "indirect", "boat-u12"),
         St('"⟦We are still searching with every means we have⟧,"', "Óscar Valdemoro", "direct", "boat-u1"),
         St("He said ⟦the boat overturned when its passengers rushed to one side as a rescue launch approached⟧",
            "Óscar Valdemoro", "indirect", "boat-u3"),
         St("Kovalchuk, ⟦more than 60 people were on board and about 30 are still missing⟧", "Olena Kovalchuk",
            "indirect", "boat-u11"),
         St('"⟦This tragedy could have been avoided⟧,"', "Olena Kovalchuk", "direct", "boat-u6"),
         St("adding that ⟦the group had alerted the authorities six hours before the boat went down⟧",
            "Olena Kovalchuk", "indirect", "boat-u7")),
        (Fg("⟦Seven⟧ people", 7, None, "killed", "boat-q-dead"),
         Fg("and ⟦14⟧ remain", 14, None, "missing", "boat-q-missing"),
         Fg("pulled ⟦31⟧ survivors", 31, None, "other", "boat-q-rescued"),
         Fg("more than ⟦60⟧ people", 60, "more than", "other", "boat-q-aboard"),
         Fg("about ⟦30⟧ are", 30, "about", "missing", "boat-q-missing"))),
    Art("ml3-boat", "ilgiornaledelnord.example", "esteri/spagna-naufragio-barcone-punta-salinera", "2026-08-15",
        "it",
        "Spagna, si ribalta un barcone di migranti: sette morti",
        ("È salito a sette morti il bilancio del naufragio di un barcone di migranti al largo di Punta Salinera, nel "
         "sud della Spagna. Secondo il servizio di soccorso marittimo spagnolo i dispersi sono 14, mentre i "
         "sopravvissuti sono 31.",
         "«Continuiamo a cercare con tutti i mezzi a disposizione», ha detto il portavoce Óscar Valdemoro. Ma per la "
         "ong Brújula Solidaria a bordo c'erano più di 60 persone e i dispersi sarebbero una trentina. La "
         "coordinatrice Olena Kovalchuk ha detto che la tragedia «si poteva evitare»."),
        (St("spagnolo ⟦i dispersi sono 14, mentre i sopravvissuti sono 31⟧", "Salvamento Marítimo", "indirect",
            "boat-u12"),
         St("«⟦Continuiamo a cercare con tutti i mezzi a disposizione⟧»", "Óscar Valdemoro", "direct", "boat-u1"),
         St("Solidaria ⟦a bordo c'erano più di 60 persone e i dispersi sarebbero una trentina⟧", "Brújula Solidaria",
            "indirect", "boat-u11"),
         St("detto che ⟦la tragedia «si poteva evitare»⟧", "Olena Kovalchuk", "partial", "boat-u6")),
        (Fg("salito a ⟦sette⟧ morti", 7, None, "killed", "boat-q-dead"),
         Fg("sono ⟦14⟧, mentre", 14, None, "missing", "boat-q-missing"),
         Fg("sopravvissuti sono ⟦31⟧", 31, None, "other", "boat-q-rescued"),
         Fg("più di ⟦60⟧ persone", 60, "more than", "other", "boat-q-aboard"),
         Fg("sarebbero ⟦una trentina⟧", 30, "about", "missing", "boat-q-missing"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_3: dict[str, tuple[str, ...]] = {
    "Ilaria Brunoldi": ("Ilaria Brunoldi", "Brunoldi", "일라리아 브루놀디", "브루놀디", "브루놀디 장관",
                        "일라리아 브루놀디 이탈리아 보건장관", "Gesundheitsministerin Ilaria Brunoldi",
                        "ministra della Salute", "ministre de la Santé", "Health Minister Ilaria Brunoldi"),
    "Tommaso Ferrentino": ("Tommaso Ferrentino", "Ferrentino", "톰마소 페렌티노", "페렌티노",
                           "기상학자 톰마소 페렌티노"),
    "Valmorena health authority": ("Valmorena health authority", "Gesundheitsbehörde von Valmorena",
                                   "Gesundheitsbehörde", "현지 보건당국", "보건당국", "autorités sanitaires",
                                   "health officials", "Azienda sanitaria provinciale", "Azienda sanitaria"),
    "Ordine dei medici di Valmorena": ("Ordine dei medici di Valmorena", "Ordine dei medici", "Ordine"),
    "Franco Tessarolo": ("Franco Tessarolo", "Tessarolo", "presidente dell'Ordine"),
    "San Lucio doctor (anonymous)": ("médecin urgentiste", "un médecin urgentiste de l'hôpital San Lucio",
                                     "senior doctor", "A senior doctor at San Lucio", "medico del San Lucio",
                                     "un medico del San Lucio"),
    "Óscar Valdemoro": ("Óscar Valdemoro", "Oscar Valdemoro", "Valdemoro", "오스카르 발데모로", "발데모로",
                        "오스카르 발데모로 해상구조청 대변인", "Sprecher Óscar Valdemoro",
                        "spokesman Óscar Valdemoro", "portavoz de Salvamento Marítimo",
                        "portavoz"),
    "Salvamento Marítimo": ("Salvamento Marítimo", "Salvamento Maritimo", "Fuentes de Salvamento Marítimo",
                            "serviço espanhol de salvamento marítimo", "스페인 해상구조청", "해상구조청",
                            "Seenotrettung Salvamento Marítimo", "Spain's maritime rescue service",
                            "maritime rescue service", "servizio di soccorso marittimo spagnolo",
                            "servizio di soccorso marittimo"),
    "Brújula Solidaria": ("Brújula Solidaria", "Brujula Solidaria", "ONG Brújula Solidaria",
                          "ong Brújula Solidaria", "Hilfsorganisation Brújula Solidaria", "Organisation",
                          "브루훌라 솔리다리아", "현지 구호단체", "구호단체"),
    "Olena Kovalchuk": ("Olena Kovalchuk", "Olena Kowaltschuk", "Kovalchuk", "Kowaltschuk", "올레나 코발추크",
                        "코발추크", "올레나 코발추크 코디네이터", "Koordinatorin Olena Kowaltschuk"),
    "Punta Salinera survivor (anonymous)": ("superviviente", "uno de los supervivientes", "survivor"),
}
