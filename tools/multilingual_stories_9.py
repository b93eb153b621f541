"""Stories of the third held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Story here (test, listed in TEST_STORIES there): an avalanche buries skiers on a marked run of a French Alpine resort
(ml4-avalanche); among the dead are South Korean and German tourists. The toll is revised from Saturday afternoon to
Monday (dead 3 → 4 → 5), the rescuers and the skiers cleared from the slopes are counted differently by each outlet.

Annotation choices beyond the protocol: the skiers buried, the skiers dug out alive, the South Korean group, the
rescuers, the skiers cleared from the slopes and the resort's guests are counts of the story (category `other`);
durations, ages, the run's width and helicopters are not annotated. The prefecture's Saturday toll, its Saturday
evening toll and its Sunday toll are three utterances (a toll announced anew); the Sunday toll as rendered by the
Italian and the English outlet is one. The rescue chief's account of the slab breaking loose is one utterance in
every language, and so is the resort's claim that the run was open and marked, whether its spokeswoman or "the
company" is named as the source (the company is then the speaker). A sentence giving a count without a speech cue is
no statement, though its figures are annotated. "secondo il bollettino" (in line with the bulletin) is no speech cue.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_9: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: an avalanche at a ski resort (TEST)
    Art("ml4-avalanche", "lechodelavernaz.example", "faits-divers/2026/02/14/avalanche-saint-aurel-les-cimes",
        "2026-02-14", "fr",
        "Avalanche à Saint-Aurel-les-Cimes : au moins trois morts, deux skieurs toujours recherchés",
        ("Une avalanche a emporté samedi en fin de matinée une quinzaine de skieurs sur la piste rouge du "
         "Clot-Férand, dans la station de Saint-Aurel-les-Cimes (Haute-Vernaz). Selon la préfecture, au moins trois "
         "d'entre eux ont péri et deux restaient portés disparus en fin d'après-midi.",
         "Neuf personnes ont pu être dégagées vivantes, dont quatre dans un état grave. Parmi les skieurs emportés "
         "figuraient des membres d'un groupe de onze touristes sud-coréens ainsi que des vacanciers allemands.",
         f"«{NB}Chaque minute comptait. Mes gars ont creusé à mains nues avant même l'arrivée des chiens{NB}», a "
         "raconté le capitaine Thibaut Corbassière, qui dirige le peloton de secours en montagne de la Haute-Vernaz. "
         "Plus de 120 secouristes, appuyés par quatre hélicoptères, ont été engagés. D'après le capitaine "
         "Corbassière, la plaque s'est détachée d'elle-même, sous le poids de la neige tombée toute la semaine.",
         f"«{NB}La piste était ouverte et balisée, en conformité avec le bulletin d'estimation du risque{NB}», a "
         "assuré Laure Pélissonnier, porte-parole de la Compagnie des remontées de Saint-Aurel, qui exploite le "
         "domaine. Elle a indiqué que l'ensemble des remontées mécaniques resterait fermé dimanche. Plus de "
         f"2{NB}000 skieurs ont été évacués des pistes dans l'après-midi ; la station accueillait ce week-end "
         f"quelque 12{NB}000 vacanciers.",
         "Un pisteur de la station, qui a souhaité garder l'anonymat, affirme que des fissures avaient été repérées "
         f"dans la corniche dès vendredi soir. «{NB}C'est toute la vallée qui est en deuil{NB}», a déclaré le préfet "
         "de la Haute-Vernaz, Bernard Ollagnier, venu sur place. Le parquet d'Albarenne a ouvert une enquête pour "
         "homicides involontaires."),
        (St("Selon la préfecture, ⟦au moins trois d'entre eux ont péri et deux restaient portés disparus en fin "
            "d'après-midi⟧", "Haute-Vernaz prefecture", "indirect", "aval-u1"),
         St(f"«{NB}⟦Chaque minute comptait. Mes gars ont creusé à mains nues avant même l'arrivée des chiens⟧{NB}»",
            "Thibaut Corbassière", "direct", "aval-u2"),
         St("Corbassière, ⟦la plaque s'est détachée d'elle-même, sous le poids de la neige tombée toute la semaine⟧",
            "Thibaut Corbassière", "indirect", "aval-u3"),
         St(f"«{NB}⟦La piste était ouverte et balisée, en conformité avec le bulletin d'estimation du risque⟧{NB}»",
            "Laure Pélissonnier", "direct", "aval-u4"),
         St("Elle a indiqué que ⟦l'ensemble des remontées mécaniques resterait fermé dimanche⟧",
            "Laure Pélissonnier", "indirect", "aval-u5"),
         St("affirme que ⟦des fissures avaient été repérées dans la corniche dès vendredi soir⟧",
            "Saint-Aurel ski patroller (anonymous)", "indirect", "aval-u6"),
         St(f"«{NB}⟦C'est toute la vallée qui est en deuil⟧{NB}»", "Bernard Ollagnier", "direct", "aval-u19")),
        (Fg("une ⟦quinzaine⟧ de skieurs", 15, "about", "other", "aval-q-buried"),
         Fg("au moins ⟦trois⟧ d'entre eux", 3, "at least", "killed", "aval-q-killed"),
         Fg("et ⟦deux⟧ restaient", 2, None, "missing", "aval-q-missing"),
         Fg("⟦Neuf⟧ personnes ont pu", 9, None, "other", "aval-q-rescued"),
         Fg("dont ⟦quatre⟧ dans un état grave", 4, None, "wounded", "aval-q-serious"),
         Fg("groupe de ⟦onze⟧ touristes", 11, None, "other", "aval-q-korean-group"),
         Fg("Plus de ⟦120⟧ secouristes", 120, "more than", "other", "aval-q-rescuers"),
         Fg(f"Plus de ⟦2{NB}000⟧ skieurs", 2000, "more than", "other", "aval-q-cleared"),
         Fg(f"quelque ⟦12{NB}000⟧ vacanciers", 12000, "about", "other", "aval-q-guests"))),
    Art("ml4-avalanche", "alpenkurier.example", "panorama/lawine-saint-aurel-frankreich-1.7312", "2026-02-14", "de",
        "Lawinenunglück in Frankreich: Mindestens vier Tote, auch Deutsche betroffen",
        ("Bei einem Lawinenabgang im französischen Skigebiet Saint-Aurel-les-Cimes sind am Samstag mindestens vier "
         "Menschen ums Leben gekommen. Nach Angaben der Präfektur wurden insgesamt 14 Wintersportler von den "
         "Schneemassen verschüttet; ein Skifahrer wurde am Abend noch vermisst.",
         "Laut dem deutschen Generalkonsulat in Albarenne ist unter den Toten ein 61-jähriger Urlauber aus "
         "Kemnatried, drei weitere Deutsche seien verletzt worden. Auch zwei Südkoreaner sollen ums Leben gekommen "
         "sein.",
         "„Jede Minute zählte. Meine Leute haben mit bloßen Händen gegraben, noch bevor die Hunde da waren“, sagte "
         "Bergrettungschef Thibaut Corbassière. Das Schneebrett habe sich von selbst gelöst, unter dem Gewicht des "
         "Neuschnees der vergangenen Tage. Rund 130 Einsatzkräfte suchten bis zum Einbruch der Dunkelheit.",
         "Lukas Hembach aus Ravensfeld hatte Glück. „Plötzlich war alles weiß und totenstill, ich konnte nur noch "
         "die rechte Hand bewegen“, erzählte der 34-Jährige am Telefon. Nach etwa zwanzig Minuten hätten ihn Retter "
         "ausgegraben.",
         "Die Betreibergesellschaft der Lifte weist jede Verantwortung von sich. Die Piste sei „geöffnet und "
         "ordnungsgemäß markiert“ gewesen, sagte Sprecherin Laure Pelissonnier. Mehr als 2.000 Skifahrer wurden am "
         "Nachmittag von den Hängen geholt."),
        (St("Präfektur ⟦wurden insgesamt 14 Wintersportler von den Schneemassen verschüttet; ein Skifahrer wurde am "
            "Abend noch vermisst⟧", "Haute-Vernaz prefecture", "indirect", "aval-u7"),
         St("Albarenne ⟦ist unter den Toten ein 61-jähriger Urlauber aus Kemnatried, drei weitere Deutsche seien "
            "verletzt worden⟧", "German consulate general in Albarenne", "indirect", "aval-u8"),
         St("„⟦Jede Minute zählte. Meine Leute haben mit bloßen Händen gegraben, noch bevor die Hunde da waren⟧“",
            "Thibaut Corbassière", "direct", "aval-u2"),
         St("⟦Das Schneebrett habe sich von selbst gelöst, unter dem Gewicht des Neuschnees der vergangenen Tage⟧",
            "Thibaut Corbassière", "indirect", "aval-u3"),
         St("„⟦Plötzlich war alles weiß und totenstill, ich konnte nur noch die rechte Hand bewegen⟧“",
            "Lukas Hembach", "direct", "aval-u9"),
         St("⟦Nach etwa zwanzig Minuten hätten ihn Retter ausgegraben⟧", "Lukas Hembach", "indirect", "aval-u10"),
         St("⟦Die Piste sei „geöffnet und ordnungsgemäß markiert“ gewesen⟧, sagte", "Laure Pélissonnier", "partial",
            "aval-u4")),
        (Fg("mindestens ⟦vier⟧ Menschen", 4, "at least", "killed", "aval-q-killed"),
         Fg("insgesamt ⟦14⟧ Wintersportler", 14, None, "other", "aval-q-buried"),
         Fg("⟦ein⟧ Skifahrer wurde", 1, None, "missing", "aval-q-missing"),
         Fg("⟦drei⟧ weitere Deutsche", 3, None, "wounded", "aval-q-german-wounded"),
         Fg("Auch ⟦zwei⟧ Südkoreaner", 2, None, "killed", "aval-q-korean-killed"),
         Fg("Rund ⟦130⟧ Einsatzkräfte", 130, "about", "other", "aval-q-rescuers"),
         Fg("Mehr als ⟦2.000⟧ Skifahrer", 2000, "more than", "other", "aval-q-cleared"))),
    Art("ml4-avalanche", "minjungtimes.example", "news/articleView.html?idxno=120583", "2026-02-15", "ko",
        "프랑스 알프스 스키장 눈사태…한국인 관광객 2명 사망",
        ("프랑스 남동부 오트베르나즈 지역의 생토렐레시므 스키장에서 14일 오전(현지시간) 눈사태가 발생해 스키를 "
         "타던 14명이 눈에 파묻혔다. 이 가운데 5명이 숨졌으며, 숨진 이들 중에는 한국인 관광객 2명이 포함됐다.",
         "주프랑스 한국대사관에 따르면 숨진 이들은 단체 여행을 온 한국인 11명 가운데 일부로, 일행 중 1명은 다리 "
         "골절로 현지 병원에 입원했다. 외교부 당국자는 “현지 공관 직원을 사고 현장에 보내 유가족 지원에 "
         "나섰다”고 전했다.",
         "단체 관광을 이끈 가이드 류다은 씨는 본지와의 통화에서 “눈이 무너져 내리기 직전까지 아무도 위험을 느끼지 "
         "못했다”며 “일행 중 몇 명은 불과 몇 미터 차이로 화를 면했다”고 말했다.",
         "구조 작업을 지휘한 티보 코르바시에르 산악구조대장은 “1분 1초가 급했다. 대원들은 구조견이 도착하기도 전에 "
         "맨손으로 눈을 파헤쳤다”고 말했다. 그는 눈판이 최근 며칠간 쌓인 눈의 무게를 이기지 못하고 저절로 떨어져 "
         "나갔다고 설명했다. 구조에는 120여 명이 투입됐다.",
         "스키장 운영사의 로르 펠리소니에 대변인은 사고 당시 해당 슬로프가 눈사태 위험 예보에 따라 정상적으로 "
         "개방돼 있었다고 밝혔다. 스키장 측은 사고 직후 스키객 2천여 명을 대피시키고 15일 하루 모든 리프트 운행을 "
         "중단했다. 이번 주말 스키장 일대에는 관광객 1만2천여 명이 머물고 있었다."),
        (St("따르면 ⟦숨진 이들은 단체 여행을 온 한국인 11명 가운데 일부로, 일행 중 1명은 다리 골절로 현지 병원에 "
            "입원했다⟧", "South Korean embassy in France", "indirect", "aval-u11"),
         St("“⟦현지 공관 직원을 사고 현장에 보내 유가족 지원에 나섰다⟧”",
            "South Korean foreign ministry official (anonymous)", "direct", "aval-u12"),
         St("“⟦눈이 무너져 내리기 직전까지 아무도 위험을 느끼지 못했다⟧”", "Ryu Da-eun", "direct", "aval-u13"),
         St("“⟦일행 중 몇 명은 불과 몇 미터 차이로 화를 면했다⟧”", "Ryu Da-eun", "direct", "aval-u14"),
         St("“⟦1분 1초가 급했다. 대원들은 구조견이 도착하기도 전에 맨손으로 눈을 파헤쳤다⟧”", "Thibaut Corbassière",
            "direct", "aval-u2"),
         St("그는 ⟦눈판이 최근 며칠간 쌓인 눈의 무게를 이기지 못하고 저절로 떨어져 나갔다⟧고", "Thibaut Corbassière",
            "indirect", "aval-u3"),
         St("대변인은 ⟦사고 당시 해당 슬로프가 눈사태 위험 예보에 따라 정상적으로 개방돼 있었다⟧고",
            "Laure Pélissonnier", "indirect", "aval-u4")),
        (Fg("타던 ⟦14⟧명이", 14, None, "other", "aval-q-buried"),
         Fg("이 가운데 ⟦5⟧명이", 5, None, "killed", "aval-q-killed"),
         Fg("관광객 ⟦2⟧명이", 2, None, "killed", "aval-q-korean-killed"),
         Fg("한국인 ⟦11⟧명", 11, None, "other", "aval-q-korean-group"),
         Fg("일행 중 ⟦1⟧명은", 1, None, "wounded", "aval-q-korean-wounded"),
         Fg("구조에는 ⟦120여⟧ 명", 120, "more than", "other", "aval-q-rescuers"),
         Fg("스키객 ⟦2천여⟧ 명", 2000, "more than", "other", "aval-q-cleared"),
         Fg("관광객 ⟦1만2천여⟧ 명", 12000, "more than", "other", "aval-q-guests"))),
    Art("ml4-avalanche", "lavocedellecime.example", "cronaca/2026/02/15/valanga-saint-aurel-cinque-morti",
        "2026-02-15", "it",
        "Valanga sulle piste di Saint-Aurel, sale a cinque il bilancio delle vittime",
        ("Secondo la prefettura della Haute-Vernaz, è salito a cinque morti e una decina di feriti, quattro dei "
         "quali gravi, il bilancio della valanga che sabato mattina ha travolto una pista rossa nella stazione "
         "sciistica di Saint-Aurel-les-Cimes, nelle Alpi francesi. Nessuno risulta più disperso.",
         "Le vittime sono due turisti sudcoreani, un tedesco di 61 anni e due francesi. In tutto erano 14 gli "
         "sciatori rimasti sotto la neve.",
         "«Ogni minuto era prezioso: i miei uomini hanno scavato a mani nude prima ancora che arrivassero i cani», "
         "ha dichiarato il capo del soccorso in montagna, Thibaut Corbassière, che ha guidato oltre un centinaio di "
         "soccorritori. Secondo Corbassière, le ricerche si sono concluse domenica all'alba: sotto la neve non c'è "
         "più nessuno.",
         "La portavoce della società che gestisce gli impianti, Laure Pélissonnier, ha detto che la pista era aperta "
         "e segnalata secondo il bollettino valanghe e che gli impianti sarebbero rimasti chiusi per tutta la "
         "domenica. Circa 2.300 sciatori erano stati fatti scendere a valle nel pomeriggio di sabato.",
         "Il prefetto Bernard Ollagnier ha parlato di una «valle intera in lutto». La procura di Albarenne ha aperto "
         "un fascicolo per omicidio colposo plurimo."),
        (St("Haute-Vernaz, ⟦è salito a cinque morti e una decina di feriti, quattro dei quali gravi, il bilancio "
            "della valanga che sabato mattina ha travolto una pista rossa nella stazione sciistica di "
            "Saint-Aurel-les-Cimes, nelle Alpi francesi⟧", "Haute-Vernaz prefecture", "indirect", "aval-u15"),
         St("«⟦Ogni minuto era prezioso: i miei uomini hanno scavato a mani nude prima ancora che arrivassero i "
            "cani⟧»", "Thibaut Corbassière", "direct", "aval-u2"),
         St("Secondo Corbassière, ⟦le ricerche si sono concluse domenica all'alba: sotto la neve non c'è più "
            "nessuno⟧", "Thibaut Corbassière", "indirect", "aval-u16"),
         St("ha detto che ⟦la pista era aperta e segnalata secondo il bollettino valanghe⟧", "Laure Pélissonnier",
            "indirect", "aval-u4"),
         St("e che ⟦gli impianti sarebbero rimasti chiusi per tutta la domenica⟧", "Laure Pélissonnier", "indirect",
            "aval-u5"),
         St("parlato di ⟦una «valle intera in lutto»⟧", "Bernard Ollagnier", "partial", "aval-u19")),
        (Fg("salito a ⟦cinque⟧ morti", 5, None, "killed", "aval-q-killed"),
         Fg("e ⟦una decina⟧ di feriti", 10, "about", "wounded", "aval-q-wounded"),
         Fg("⟦quattro⟧ dei quali gravi", 4, None, "wounded", "aval-q-serious"),
         Fg("sono ⟦due⟧ turisti sudcoreani", 2, None, "killed", "aval-q-korean-killed"),
         Fg("e ⟦due⟧ francesi", 2, None, "killed", "aval-q-french-killed"),
         Fg("erano ⟦14⟧ gli sciatori", 14, None, "other", "aval-q-buried"),
         Fg("oltre ⟦un centinaio⟧ di", 100, "more than", "other", "aval-q-rescuers"),
         Fg("Circa ⟦2.300⟧ sciatori", 2300, "about", "other", "aval-q-cleared"))),
    Art("ml4-avalanche", "continentalpost.example", "europe/2026/02/15/french-alps-avalanche-saint-aurel",
        "2026-02-15", "en",
        "Five dead, including two South Koreans, in French Alps avalanche",
        ("An avalanche that swept across a marked run at the French ski resort of Saint-Aurel-les-Cimes on "
         "Saturday killed five people, among them two South Korean tourists and a German man, the regional "
         "prefecture said on Sunday. Fourteen skiers were buried under the snow; nine were dug out alive.",
         '"Every minute counted. My men were digging with their bare hands before the dogs even got there," said '
         "Thibaut Corbassière, the mountain-rescue chief who led more than 120 rescuers on the slope. The slab had "
         "broken away on its own under a week's worth of fresh snow, he said.",
         "Laure Pelissonnier, a spokeswoman for the company that runs the lifts, said the run had been open and "
         "marked in line with the avalanche bulletin. But a ski patroller who asked not to be named told reporters "
         "in the village that cracks had been spotted in the cornice as early as Friday evening.",
         "South Korea's embassy in Paris said the victims were part of a group of 11 South Koreans on a package "
         'tour, and that one other member of the group had broken a leg. "Until the very last second nobody sensed '
         'any danger," their guide, Ryu Da-eun, told Korean television.',
         '"Suddenly everything went white and silent, and I could only move my right hand," Lukas Hembach, a '
         "34-year-old German, told German media from his hospital bed. Three German skiers were injured, according "
         "to Germany's consulate in Albarenne."),
        (St("⟦An avalanche that swept across a marked run at the French ski resort of Saint-Aurel-les-Cimes on "
            "Saturday killed five people, among them two South Korean tourists and a German man⟧, the regional",
            "Haute-Vernaz prefecture", "indirect", "aval-u15"),
         St('"⟦Every minute counted. My men were digging with their bare hands before the dogs even got there⟧,"',
            "Thibaut Corbassière", "direct", "aval-u2"),
         St("⟦The slab had broken away on its own under a week's worth of fresh snow⟧, he said",
            "Thibaut Corbassière", "indirect", "aval-u3"),
         St("said ⟦the run had been open and marked in line with the avalanche bulletin⟧", "Laure Pélissonnier",
            "indirect", "aval-u4"),
         St("village that ⟦cracks had been spotted in the cornice as early as Friday evening⟧",
            "Saint-Aurel ski patroller (anonymous)", "indirect", "aval-u6"),
         St("said ⟦the victims were part of a group of 11 South Koreans on a package tour⟧",
            "South Korean embassy in France", "indirect", "aval-u11"),
         St("and that ⟦one other member of the group had broken a leg⟧", "South Korean embassy in France",
            "indirect", "aval-u11"),
         St('"⟦Until the very last second nobody sensed any danger⟧,"', "Ryu Da-eun", "direct", "aval-u13"),
         St('"⟦Suddenly everything went white and silent, and I could only move my right hand⟧,"', "Lukas Hembach",
            "direct", "aval-u9"),
         St("⟦Three German skiers were injured⟧, according", "German consulate general in Albarenne", "indirect",
            "aval-u8")),
        (Fg("killed ⟦five⟧ people", 5, None, "killed", "aval-q-killed"),
         Fg("among them ⟦two⟧ South Korean", 2, None, "killed", "aval-q-korean-killed"),
         Fg("⟦Fourteen⟧ skiers", 14, None, "other", "aval-q-buried"),
         Fg("⟦nine⟧ were dug out", 9, None, "other", "aval-q-rescued"),
         Fg("more than ⟦120⟧ rescuers", 120, "more than", "other", "aval-q-rescuers"),
         Fg("group of ⟦11⟧ South Koreans", 11, None, "other", "aval-q-korean-group"),
         Fg("that ⟦one⟧ other member", 1, None, "wounded", "aval-q-korean-wounded"),
         Fg("⟦Three⟧ German skiers", 3, None, "wounded", "aval-q-german-wounded"))),
    Art("ml4-avalanche", "diariodelsur.example", "internacional/2026-02-16/alud-saint-aurel-reabre", "2026-02-16",
        "es",
        "La estación de Saint-Aurel reabre tras el alud que mató a cinco esquiadores",
        ("La estación francesa de Saint-Aurel-les-Cimes volvió a abrir este lunes parte de sus remontes, dos días "
         "después del alud que sepultó a catorce esquiadores y mató a cinco de ellos, entre los que había dos "
         "turistas surcoreanos.",
         "Según el hospital de Albarenne, siete heridos siguen ingresados, cuatro en estado grave.",
         '"Cada minuto contaba; mis hombres cavaron con las manos antes de que llegaran los perros", recordó el jefe '
         "de rescate en montaña, Thibaut Corbassière. Según él, la placa de nieve se desprendió sola por el peso de "
         "la nevada de toda la semana.",
         "La guía del grupo surcoreano, Ryu Da-eun, contó a la televisión de su país que nadie en el grupo \"sintió "
         'el peligro hasta el último segundo".',
         "La empresa que gestiona los remontes insiste, por su parte, en que la pista estaba abierta y señalizada "
         "conforme al boletín de riesgo de aludes. Unos 2.300 esquiadores tuvieron que ser evacuados el sábado. La "
         "fiscalía de Albarenne investiga el caso como homicidio imprudente."),
        (St("Albarenne, ⟦siete heridos siguen ingresados, cuatro en estado grave⟧", "Albarenne hospital",
            "indirect", "aval-u18"),
         St('"⟦Cada minuto contaba; mis hombres cavaron con las manos antes de que llegaran los perros⟧"',
            "Thibaut Corbassière", "direct", "aval-u2"),
         St("Según él, ⟦la placa de nieve se desprendió sola por el peso de la nevada de toda la semana⟧",
            "Thibaut Corbassière", "indirect", "aval-u3"),
         St("país que ⟦nadie en el grupo \"sintió el peligro hasta el último segundo\"⟧", "Ryu Da-eun", "partial",
            "aval-u13"),
         St("en que ⟦la pista estaba abierta y señalizada conforme al boletín de riesgo de aludes⟧",
            "Compagnie des remontées de Saint-Aurel", "indirect", "aval-u4")),
        (Fg("a ⟦catorce⟧ esquiadores", 14, None, "other", "aval-q-buried"),
         Fg("mató a ⟦cinco⟧ de ellos", 5, None, "killed", "aval-q-killed"),
         Fg("había ⟦dos⟧ turistas", 2, None, "killed", "aval-q-korean-killed"),
         Fg("⟦siete⟧ heridos", 7, None, "wounded", "aval-q-wounded"),
         Fg("⟦cuatro⟧ en estado grave", 4, None, "wounded", "aval-q-serious"),
         Fg("Unos ⟦2.300⟧ esquiadores", 2300, "about", "other", "aval-q-cleared"))),
)


# Every form an entity of this story is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_9: dict[str, tuple[str, ...]] = {
    "Haute-Vernaz prefecture": ("préfecture", "préfecture de la Haute-Vernaz", "Präfektur",
                                "prefettura della Haute-Vernaz", "prefettura", "regional prefecture", "prefecture"),
    "Thibaut Corbassière": ("Thibaut Corbassière", "Corbassière", "capitaine Thibaut Corbassière",
                            "capitaine Corbassière", "Bergrettungschef Thibaut Corbassière", "티보 코르바시에르",
                            "코르바시에르", "티보 코르바시에르 산악구조대장", "mountain-rescue chief",
                            "jefe de rescate en montaña", "capo del soccorso in montagna"),
    "Laure Pélissonnier": ("Laure Pélissonnier", "Laure Pelissonnier", "Pélissonnier", "Pelissonnier",
                           "Sprecherin Laure Pelissonnier", "로르 펠리소니에", "펠리소니에", "로르 펠리소니에 대변인",
                           "portavoce", "porte-parole"),
    "Compagnie des remontées de Saint-Aurel": ("Compagnie des remontées de Saint-Aurel", "empresa",
                                               "empresa que gestiona los remontes", "Betreibergesellschaft",
                                               "스키장 운영사", "company"),
    "Saint-Aurel ski patroller (anonymous)": ("pisteur", "un pisteur", "pisteur de la station", "ski patroller",
                                              "patroller"),
    "Bernard Ollagnier": ("Bernard Ollagnier", "Ollagnier", "préfet", "préfet de la Haute-Vernaz", "prefetto",
                          "prefetto Bernard Ollagnier"),
    "German consulate general in Albarenne": ("deutsches Generalkonsulat in Albarenne", "Generalkonsulat",
                                              "deutschen Generalkonsulat in Albarenne",
                                              "Germany's consulate in Albarenne", "consulate"),
    "Lukas Hembach": ("Lukas Hembach", "Hembach"),
    "South Korean embassy in France": ("주프랑스 한국대사관", "한국대사관", "South Korea's embassy in Paris",
                                       "South Korea's embassy", "embassy"),
    "South Korean foreign ministry official (anonymous)": ("외교부 당국자", "당국자"),
    "Ryu Da-eun": ("Ryu Da-eun", "Ryu Da Eun", "류다은", "류다은 씨", "guide", "guía"),
    "Albarenne hospital": ("hospital de Albarenne", "hospital"),
}
