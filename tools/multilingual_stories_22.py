"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them. Every ship, town, person, outlet and figure is invented.
Stories here (both dev): a norovirus outbreak on a cruise ship held in port, whose case count is revised day by day;
a landfill fire burning for days, with pollution readings and advice to residents.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_22: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a norovirus outbreak on a cruise ship (dev)
    Art("ml7-cruise-norovirus", "portsidegazette.example", "world/2026/10/14/belmare-aurora-norovirus", "2026-10-14",
        "en",
        "Norovirus sweeps cruise ship held in Salvanto",
        ("More than 200 passengers and 48 crew members aboard the Belmare Aurora have come down with norovirus, and "
         "the ship has been barred from leaving the port of Salvanto until it is disinfected. About 260 people were "
         "confined to their cabins on Wednesday.",
         "The vessel, carrying 3,412 passengers and 1,180 crew, docked on Tuesday after a ten-day voyage. Renata "
         "Colasanti, who heads the port health office, said no one would be allowed ashore until the outbreak was "
         'under control. "We are not going to export this virus into the town," she said.',
         "Belmare Cruises said in a statement that the ship's crew had stepped up cleaning and that passengers would "
         "receive a full refund for the voyage. A spokesman for the company, Tobias Wrenfield, called the outbreak "
         '"deeply regrettable".',
         "Passengers described long queues outside the ship's medical centre. \"Half our table was sick by Sunday,\" "
         "said Moon Hae-rin, a retired teacher from Busan travelling with her husband."),
        (St("said ⟦no one would be allowed ashore until the outbreak was under control⟧", "Renata Colasanti",
            "indirect", "cruise7-u1"),
         St('"⟦We are not going to export this virus into the town⟧," she said', "Renata Colasanti", "direct",
            "cruise7-u2"),
         St("statement that ⟦the ship's crew had stepped up cleaning⟧", "Belmare Cruises", "indirect", "cruise7-u3"),
         St("and that ⟦passengers would receive a full refund for the voyage⟧", "Belmare Cruises", "indirect",
            "cruise7-u4"),
         St('called the outbreak "⟦deeply regrettable⟧"', "Tobias Wrenfield", "partial", "cruise7-u5"),
         St('"⟦Half our table was sick by Sunday⟧,"', "Moon Hae-rin", "direct", "cruise7-u6")),
        (Fg("More than ⟦200⟧ passengers", 200, "more than", "other", "cruise7-q-ill-passengers"),
         Fg("and ⟦48⟧ crew members", 48, None, "other", "cruise7-q-ill-crew"),
         Fg("About ⟦260⟧ people", 260, "about", "other", "cruise7-q-isolated"),
         Fg("carrying ⟦3,412⟧ passengers", 3412, None, "other", "cruise7-q-passengers-aboard"),
         Fg("and ⟦1,180⟧ crew", 1180, None, "other", "cruise7-q-crew-aboard"))),
    Art("ml7-cruise-norovirus", "elbbote.example", "panorama/norovirus-kreuzfahrtschiff-salvanto-1.9931", "2026-10-14",
        "de",
        "Noroviren an Bord: Kreuzfahrtschiff in Salvanto festgesetzt",
        ("Auf dem Kreuzfahrtschiff „Belmare Aurora“ sind mehr als 200 Passagiere und 48 Besatzungsmitglieder am "
         "Norovirus erkrankt. Die Hafenbehörden von Salvanto untersagten dem Schiff am Dienstag das Auslaufen; rund "
         "260 Menschen müssen vorerst in ihren Kabinen bleiben.",
         "„Wir werden dieses Virus nicht in die Stadt tragen lassen“, sagte die Leiterin des Hafengesundheitsamts, "
         "Renata Colasanti. An Land dürfe erst wieder gehen, wer 48 Stunden lang keine Symptome mehr gehabt habe, fügte "
         "sie hinzu.",
         "Laut der Reederei Belmare Cruises wurde die Reinigung an Bord verstärkt. Ein Sprecher, Tobias Wrenfield, "
         "nannte den Ausbruch „zutiefst bedauerlich“. Nach Angaben des Unternehmens sollen die rund 3.400 "
         "Passagiere den vollen Reisepreis zurückerhalten.",
         "Unter den Passagieren sind auch 31 Südkoreaner. Eine von ihnen, die pensionierte Lehrerin Moon Hae-rin aus "
         "Busan, erzählte, schon am Sonntag sei die Hälfte ihres Tisches krank gewesen."),
        (St("„⟦Wir werden dieses Virus nicht in die Stadt tragen lassen⟧“", "Renata Colasanti", "direct",
            "cruise7-u2"),
         St("⟦An Land dürfe erst wieder gehen, wer 48 Stunden lang keine Symptome mehr gehabt habe⟧, fügte",
            "Renata Colasanti", "indirect", "cruise7-u7"),
         St("Laut der Reederei Belmare Cruises ⟦wurde die Reinigung an Bord verstärkt⟧", "Belmare Cruises",
            "indirect", "cruise7-u3"),
         St("nannte den Ausbruch „⟦zutiefst bedauerlich⟧“", "Tobias Wrenfield", "partial", "cruise7-u5"),
         St("Unternehmens ⟦sollen die rund 3.400 Passagiere den vollen Reisepreis zurückerhalten⟧",
            "Belmare Cruises", "indirect", "cruise7-u4"),
         St("erzählte, ⟦schon am Sonntag sei die Hälfte ihres Tisches krank gewesen⟧", "Moon Hae-rin", "indirect",
            "cruise7-u6")),
        (Fg("mehr als ⟦200⟧ Passagiere", 200, "more than", "other", "cruise7-q-ill-passengers"),
         Fg("und ⟦48⟧ Besatzungsmitglieder", 48, None, "other", "cruise7-q-ill-crew"),
         Fg("rund ⟦260⟧ Menschen", 260, "about", "other", "cruise7-q-isolated"),
         Fg("rund ⟦3.400⟧ Passagiere", 3400, "about", "other", "cruise7-q-passengers-aboard"),
         Fg("auch ⟦31⟧ Südkoreaner", 31, None, "other", "cruise7-q-koreans"))),
    Art("ml7-cruise-norovirus", "dongbuknews.example", "news/articleView.html?idxno=402117", "2026-10-15", "ko",
        "노로바이러스 집단 감염 크루즈선, 사흘째 살반토항에 발 묶여",
        ("승객과 승무원 4천500여 명을 태운 크루즈선 '벨마레 오로라'호에서 노로바이러스 집단 감염이 발생해 배가 "
         "사흘째 살반토항을 떠나지 못하고 있다. 15일 현지 항만 보건당국에 따르면 지금까지 승객 312명과 승무원 "
         "52명이 구토와 설사 증세를 보였다.",
         "이 가운데 한국인 승객은 31명으로, 이 중 4명이 감염된 것으로 확인됐다. 부산에서 온 은퇴 교사 문해린(67) "
         "씨는 본지와의 통화에서 \"일요일쯤엔 같은 테이블 사람 절반이 앓아누웠다\"며 \"지금은 선실 밖으로 한 "
         "발짝도 못 나간다\"고 말했다.",
         "항만 보건소장 레나타 콜라산티는 \"바이러스를 도시로 퍼뜨릴 수는 없다\"며 증상이 사라지고 48시간이 "
         "지나야 하선을 허용하겠다고 밝혔다. 선사인 벨마레 크루즈 측은 전 승객에게 여행 경비 전액을 환불하겠다고 "
         "전했다.",
         "선실 격리 인원은 전날 260여 명에서 이날 400명 가까이로 늘었다."),
        (St("보건당국에 따르면 ⟦지금까지 승객 312명과 승무원 52명이 구토와 설사 증세를 보였다⟧",
            "Salvanto port health office", "indirect", "cruise7-u8"),
         St("\"⟦일요일쯤엔 같은 테이블 사람 절반이 앓아누웠다⟧\"며", "Moon Hae-rin", "direct", "cruise7-u6"),
         St("\"⟦지금은 선실 밖으로 한 발짝도 못 나간다⟧\"고", "Moon Hae-rin", "direct", "cruise7-u9"),
         St("\"⟦바이러스를 도시로 퍼뜨릴 수는 없다⟧\"며", "Renata Colasanti", "direct", "cruise7-u2"),
         St("⟦증상이 사라지고 48시간이 지나야 하선을 허용하겠다⟧고", "Renata Colasanti", "indirect", "cruise7-u7"),
         St("⟦전 승객에게 여행 경비 전액을 환불하겠다⟧고", "Belmare Cruises", "indirect", "cruise7-u4")),
        (Fg("승무원 ⟦4천500여⟧ 명", 4500, "more than", "other", "cruise7-q-aboard-total"),
         Fg("승객 ⟦312⟧명과", 312, None, "other", "cruise7-q-ill-passengers"),
         Fg("승무원 ⟦52⟧명이", 52, None, "other", "cruise7-q-ill-crew"),
         Fg("한국인 승객은 ⟦31⟧명", 31, None, "other", "cruise7-q-koreans"),
         Fg("이 중 ⟦4⟧명이", 4, None, "other", "cruise7-q-koreans-ill"),
         Fg("전날 ⟦260여⟧ 명", 260, "more than", "other", "cruise7-q-isolated"),
         Fg("이날 ⟦400⟧명 가까이", 400, "nearly", "other", "cruise7-q-isolated"))),
    Art("ml7-cruise-norovirus", "lavozdelpuerto.example", "sociedad/2026/10/15/crucero-norovirus-salvanto",
        "2026-10-15", "es",
        "Más de 300 pasajeros enfermos de norovirus en un crucero retenido en Salvanto",
        ("El número de pasajeros del crucero Belmare Aurora afectados por norovirus ya supera los 300, según la "
         "autoridad sanitaria del puerto de Salvanto, donde el barco permanece retenido desde el martes. También ha "
         "enfermado medio centenar de tripulantes.",
         '"No vamos a llevar este virus a la ciudad", afirmó la directora de la oficina de sanidad portuaria, Renata '
         "Colasanti, quien explicó que nadie bajará a tierra hasta pasar 48 horas sin síntomas.",
         "Cerca de 400 personas permanecen aisladas en sus camarotes. La naviera, Belmare Cruises, aseguró que ha "
         "reforzado la limpieza a bordo y que devolverá el importe íntegro del viaje a los 3.412 pasajeros.",
         "Entre los afectados hay cuatro surcoreanos. Una pasajera de Busan, Moon Hae-rin, lo resumió así: \"Desde "
         'el domingo, media mesa estaba enferma. Ahora no podemos dar ni un paso fuera del camarote".'),
        (St("⟦El número de pasajeros del crucero Belmare Aurora afectados por norovirus ya supera los 300⟧, según",
            "Salvanto port health office", "indirect", "cruise7-u8"),
         St('"⟦No vamos a llevar este virus a la ciudad⟧"', "Renata Colasanti", "direct", "cruise7-u2"),
         St("explicó que ⟦nadie bajará a tierra hasta pasar 48 horas sin síntomas⟧", "Renata Colasanti", "indirect",
            "cruise7-u7"),
         St("aseguró que ⟦ha reforzado la limpieza a bordo⟧", "Belmare Cruises", "indirect", "cruise7-u3"),
         St("y que ⟦devolverá el importe íntegro del viaje a los 3.412 pasajeros⟧", "Belmare Cruises", "indirect",
            "cruise7-u4"),
         St('"⟦Desde el domingo, media mesa estaba enferma⟧.', "Moon Hae-rin", "direct", "cruise7-u6"),
         St('⟦Ahora no podemos dar ni un paso fuera del camarote⟧"', "Moon Hae-rin", "direct", "cruise7-u9")),
        (Fg("supera los ⟦300⟧", 300, "more than", "other", "cruise7-q-ill-passengers"),
         Fg("⟦medio centenar⟧ de tripulantes", 50, "about", "other", "cruise7-q-ill-crew"),
         Fg("Cerca de ⟦400⟧ personas", 400, "about", "other", "cruise7-q-isolated"),
         Fg("a los ⟦3.412⟧ pasajeros", 3412, None, "other", "cruise7-q-passengers-aboard"),
         Fg("hay ⟦cuatro⟧ surcoreanos", 4, None, "other", "cruise7-q-koreans-ill"))),
    Art("ml7-cruise-norovirus", "corrieredelgolfo.example", "cronaca/2026/10/16/belmare-aurora-ferma-salvanto",
        "2026-10-16", "it",
        "Norovirus sulla Belmare Aurora, la nave resta ferma a Salvanto fino a sabato",
        ("Resterà ormeggiata almeno fino a sabato nel porto di Salvanto la Belmare Aurora, la nave da crociera a "
         "bordo della quale si è diffuso il norovirus. Secondo l'ultimo bollettino dell'ufficio di sanità portuale, "
         "i passeggeri colpiti sono saliti a 337, ai quali si aggiunge una sessantina di membri dell'equipaggio.",
         "«Non porteremo questo virus in città», ha detto la direttrice dell'ufficio, Renata Colasanti. La "
         "dirigente ha poi precisato che la nave potrà ripartire solo dopo una disinfezione completa. Secondo "
         "Colasanti, nessuno scenderà a terra prima di 48 ore senza sintomi.",
         "La compagnia, Belmare Cruises, si è scusata con i passeggeri e ha fatto sapere che rimborserà interamente "
         "la crociera. Il portavoce Tobias Wrenfield ha parlato di un episodio «profondamente deplorevole».",
         "A bordo ci sono 3.412 passeggeri e 1.180 membri dell'equipaggio. Circa 400 persone restano isolate nelle "
         "cabine."),
        (St("portuale, ⟦i passeggeri colpiti sono saliti a 337, ai quali si aggiunge una sessantina di membri "
            "dell'equipaggio⟧", "Salvanto port health office", "indirect", "cruise7-u10"),
         St("«⟦Non porteremo questo virus in città⟧»", "Renata Colasanti", "direct", "cruise7-u2"),
         St("precisato che ⟦la nave potrà ripartire solo dopo una disinfezione completa⟧", "Renata Colasanti",
            "indirect", "cruise7-u11"),
         St("Colasanti, ⟦nessuno scenderà a terra prima di 48 ore senza sintomi⟧", "Renata Colasanti", "indirect",
            "cruise7-u7"),
         St("fatto sapere che ⟦rimborserà interamente la crociera⟧", "Belmare Cruises", "indirect", "cruise7-u4"),
         St("un episodio «⟦profondamente deplorevole⟧»", "Tobias Wrenfield", "partial", "cruise7-u5")),
        (Fg("saliti a ⟦337⟧", 337, None, "other", "cruise7-q-ill-passengers"),
         Fg("⟦una sessantina⟧ di membri", 60, "about", "other", "cruise7-q-ill-crew"),
         Fg("ci sono ⟦3.412⟧ passeggeri", 3412, None, "other", "cruise7-q-passengers-aboard"),
         Fg("e ⟦1.180⟧ membri", 1180, None, "other", "cruise7-q-crew-aboard"),
         Fg("Circa ⟦400⟧ persone", 400, "about", "other", "cruise7-q-isolated"))),
    # ---------------------------------------------------------------- a landfill fire burning for days (dev)
    Art("ml7-landfill-fire", "northfieldcourier.example", "news/2026/09/03/tesliv-landfill-fire-third-day",
        "2026-09-03", "en",
        "Tesliv landfill fire burns into third day as smoke readings soar",
        ("A fire at the Hrabove landfill outside Tesliv burned for a third day on Thursday, with an estimated 40,000 "
         "tonnes of waste alight across some 12 hectares. More than 150 firefighters were at the site, and two of "
         "them were treated in hospital for smoke inhalation.",
         '"The fire is burning deep inside the waste, where we cannot reach it with water," fire chief Oleksandr '
         "Zhurba said. He said crews were cutting firebreaks with excavators, and warned that it could take \"at "
         'least a week" to put the blaze out.',
         "The regional environment agency said concentrations of PM10 particles in the town centre had reached 480 "
         "micrograms per cubic metre on Wednesday night, against a daily limit of 50. It told residents that they "
         "should keep their windows shut and children indoors. Tesliv has roughly 25,000 inhabitants.",
         "Residents said the smell had reached the town long before the smoke. \"My eyes have been stinging since "
         'Tuesday," said Halyna Ostapchuk, who lives two kilometres from the landfill. "Nobody told us anything for '
         'a whole day."'),
        (St('"⟦The fire is burning deep inside the waste, where we cannot reach it with water⟧,"', "Oleksandr Zhurba",
            "direct", "landfill7-u1"),
         St("He said ⟦crews were cutting firebreaks with excavators⟧", "Oleksandr Zhurba", "indirect",
            "landfill7-u2"),
         St('warned that ⟦it could take "at least a week" to put the blaze out⟧', "Oleksandr Zhurba", "partial",
            "landfill7-u3"),
         St("agency said ⟦concentrations of PM10 particles in the town centre had reached 480 micrograms per cubic "
            "metre on Wednesday night, against a daily limit of 50⟧", "Tesliv regional environment agency",
            "indirect", "landfill7-u4"),
         St("told residents that ⟦they should keep their windows shut and children indoors⟧",
            "Tesliv regional environment agency", "indirect", "landfill7-u5"),
         St("Residents said ⟦the smell had reached the town long before the smoke⟧", "Tesliv residents", "indirect",
            "landfill7-u8"),
         St('"⟦My eyes have been stinging since Tuesday⟧,"', "Halyna Ostapchuk", "direct", "landfill7-u6"),
         St('"⟦Nobody told us anything for a whole day⟧."', "Halyna Ostapchuk", "direct", "landfill7-u7")),
        (Fg("estimated ⟦40,000⟧ tonnes", 40000, "about", "other", "landfill7-q-tonnes"),
         Fg("some ⟦12⟧ hectares", 12, "about", "other", "landfill7-q-area"),
         Fg("More than ⟦150⟧ firefighters", 150, "more than", "other", "landfill7-q-firefighters"),
         Fg("and ⟦two⟧ of them", 2, None, "wounded", "landfill7-q-firefighters-hurt"),
         Fg("reached ⟦480⟧ micrograms", 480, None, "other", "landfill7-q-pm10"),
         Fg("roughly ⟦25,000⟧ inhabitants", 25000, "about", "other", "landfill7-q-residents"))),
    Art("ml7-landfill-fire", "suedwestecho.example", "panorama/deponiebrand-tesliv-1.2208", "2026-09-03", "de",
        "Mülldeponie bei Tesliv brennt seit drei Tagen",
        ("Seit Dienstag brennt die Mülldeponie Hrabove am Rand der Stadt Tesliv. Nach Schätzungen der Feuerwehr "
         "stehen rund 40.000 Tonnen Abfall auf einer Fläche von etwa zwölf Hektar in Flammen. Über 150 "
         "Feuerwehrleute sind im Einsatz, zwei von ihnen mussten mit Rauchvergiftungen ins Krankenhaus.",
         "„Das Feuer sitzt tief im Müll, dort kommen wir mit Wasser nicht heran“, sagte Feuerwehrchef Oleksandr "
         "Schurba. Seine Leute höben mit Baggern Schneisen aus. Bis der Brand gelöscht sei, könne es „mindestens "
         "eine Woche“ dauern, warnte Schurba.",
         "Laut der regionalen Umweltbehörde erreichte die Feinstaubbelastung (PM10) in der Innenstadt in der Nacht "
         "zum Donnerstag 480 Mikrogramm pro Kubikmeter; der Tagesgrenzwert liegt bei 50. Die Behörde rief die rund "
         "25.000 Einwohner auf, Fenster und Türen geschlossen zu halten.",
         "Anwohnerin Halyna Ostaptschuk klagt über brennende Augen. „Einen ganzen Tag lang hat uns niemand etwas "
         "gesagt“, sagt sie."),
        (St("Nach Schätzungen der Feuerwehr ⟦stehen rund 40.000 Tonnen Abfall auf einer Fläche von etwa zwölf Hektar "
            "in Flammen⟧", "Tesliv fire service", "indirect", "landfill7-u9"),
         St("„⟦Das Feuer sitzt tief im Müll, dort kommen wir mit Wasser nicht heran⟧“", "Oleksandr Zhurba", "direct",
            "landfill7-u1"),
         St("⟦Seine Leute höben mit Baggern Schneisen aus⟧", "Oleksandr Zhurba", "indirect", "landfill7-u2"),
         St("⟦Bis der Brand gelöscht sei, könne es „mindestens eine Woche“ dauern⟧, warnte", "Oleksandr Zhurba",
            "partial", "landfill7-u3"),
         St("Laut der regionalen Umweltbehörde ⟦erreichte die Feinstaubbelastung (PM10) in der Innenstadt in der "
            "Nacht zum Donnerstag 480 Mikrogramm pro Kubikmeter⟧", "Tesliv regional environment agency",
            "indirect", "landfill7-u4"),
         St("Einwohner auf, ⟦Fenster und Türen geschlossen zu halten⟧", "Tesliv regional environment agency",
            "indirect", "landfill7-u5"),
         St("„⟦Einen ganzen Tag lang hat uns niemand etwas gesagt⟧“", "Halyna Ostapchuk", "direct",
            "landfill7-u7")),
        (Fg("rund ⟦40.000⟧ Tonnen", 40000, "about", "other", "landfill7-q-tonnes"),
         Fg("etwa ⟦zwölf⟧ Hektar", 12, "about", "other", "landfill7-q-area"),
         Fg("Über ⟦150⟧ Feuerwehrleute", 150, "more than", "other", "landfill7-q-firefighters"),
         Fg("Einsatz, ⟦zwei⟧ von ihnen", 2, None, "wounded", "landfill7-q-firefighters-hurt"),
         Fg("Donnerstag ⟦480⟧ Mikrogramm", 480, None, "other", "landfill7-q-pm10"),
         Fg("rund ⟦25.000⟧ Einwohner", 25000, "about", "other", "landfill7-q-residents"))),
    Art("ml7-landfill-fire", "hangangsinmun.example", "news/articleView.html?idxno=77346", "2026-09-04", "ko",
        "테슬리우 쓰레기 매립지 화재 나흘째…미세먼지 치솟아",
        ("테슬리우 외곽 흐라보베 쓰레기 매립지에서 난 불이 나흘째 꺼지지 않고 있다. 현지 소방당국은 4일 소방대원 "
         "170여 명과 굴착기 20여 대를 투입해 진화 작업을 벌이고 있다고 밝혔다. 불에 탄 쓰레기는 4만t 가량으로 "
         "추산된다.",
         "올렉산드르 주르바 소방서장은 \"불이 쓰레기 더미 깊숙이 파고들어 물이 닿지 않는다\"고 말했다. 그는 완전히 "
         "진화하려면 \"최소 일주일\"은 걸릴 것이라고 내다봤다.",
         "지역 환경청에 따르면 3일 밤 시내 미세먼지(PM10) 농도는 ㎥당 610㎍까지 치솟았다. 환경청은 주민 2만5천여 "
         "명에게 창문을 닫고 외출을 자제해 달라고 당부했다.",
         "매립지에서 2㎞ 떨어진 곳에 사는 할리나 오스탑추크는 \"화요일부터 눈이 따갑다\"며 \"하루 종일 아무도 "
         "우리에게 알려주지 않았다\"고 했다. 한 지방정부 관계자는 익명을 전제로 \"매립지 운영사가 허가받은 양보다 "
         "훨씬 많은 쓰레기를 쌓아 왔다\"고 전했다."),
        (St("⟦소방대원 170여 명과 굴착기 20여 대를 투입해 진화 작업을 벌이고 있다⟧고", "Tesliv fire service",
            "indirect", "landfill7-u10"),
         St("\"⟦불이 쓰레기 더미 깊숙이 파고들어 물이 닿지 않는다⟧\"고", "Oleksandr Zhurba", "direct",
            "landfill7-u1"),
         St("그는 ⟦완전히 진화하려면 \"최소 일주일\"은 걸릴 것⟧이라고", "Oleksandr Zhurba", "partial", "landfill7-u3"),
         St("환경청에 따르면 ⟦3일 밤 시내 미세먼지(PM10) 농도는 ㎥당 610㎍까지 치솟았다⟧",
            "Tesliv regional environment agency", "indirect", "landfill7-u11"),
         St("⟦창문을 닫고 외출을 자제해 달라⟧고", "Tesliv regional environment agency", "indirect", "landfill7-u5"),
         St("\"⟦화요일부터 눈이 따갑다⟧\"며", "Halyna Ostapchuk", "direct", "landfill7-u6"),
         St("\"⟦하루 종일 아무도 우리에게 알려주지 않았다⟧\"고", "Halyna Ostapchuk", "direct", "landfill7-u7"),
         St("\"⟦매립지 운영사가 허가받은 양보다 훨씬 많은 쓰레기를 쌓아 왔다⟧\"", "Tesliv regional official (anonymous)",
            "direct", "landfill7-u12")),
        (Fg("소방대원 ⟦170여⟧ 명", 170, "more than", "other", "landfill7-q-firefighters"),
         Fg("굴착기 ⟦20여⟧ 대", 20, "more than", "other", "landfill7-q-excavators"),
         Fg("쓰레기는 ⟦4만⟧t 가량", 40000, "about", "other", "landfill7-q-tonnes"),
         Fg("㎥당 ⟦610⟧㎍", 610, None, "other", "landfill7-q-pm10"),
         Fg("주민 ⟦2만5천여⟧ 명", 25000, "more than", "other", "landfill7-q-residents"))),
    Art("ml7-landfill-fire", "lecourrierdesplaines.example", "international/incendie-decharge-tesliv", "2026-09-04",
        "fr",
        "Incendie de la décharge de Tesliv : les habitants priés de rester calfeutrés",
        (f"Au quatrième jour de l'incendie de la décharge de Hrabove, près de Tesliv, plus de 160{NB}pompiers "
         f"luttaient encore vendredi matin contre les flammes. Quelque 40{NB}000{NB}tonnes de déchets brûlent sur une "
         "douzaine d'hectares, d'après les pompiers.",
         f"«{NB}Le feu couve au cœur des déchets, l'eau n'y arrive pas{NB}», a expliqué le commandant des pompiers, "
         f"Oleksandr Jourba. Selon lui, il faudra «{NB}au moins une semaine{NB}» pour en venir à bout.",
         "L'agence régionale de l'environnement a indiqué que les particules PM10 avaient atteint 610 microgrammes "
         "par mètre cube au centre-ville dans la nuit de jeudi à vendredi, alors que la limite journalière est de "
         f"50. Elle demande aux quelque 25{NB}000 habitants de garder portes et fenêtres fermées.",
         "Selon une source à l'administration régionale, l'exploitant du site aurait entassé bien plus de déchets "
         f"que ne l'autorisait son permis. «{NB}Personne ne nous a rien dit pendant une journée entière{NB}», "
         "s'indigne une riveraine, Halyna Ostaptchouk."),
        (St(f"⟦Quelque 40{NB}000{NB}tonnes de déchets brûlent sur une douzaine d'hectares⟧, d'après",
            "Tesliv fire service", "indirect", "landfill7-u9"),
         St(f"«{NB}⟦Le feu couve au cœur des déchets, l'eau n'y arrive pas⟧{NB}»", "Oleksandr Zhurba", "direct",
            "landfill7-u1"),
         St(f"Selon lui, ⟦il faudra «{NB}au moins une semaine{NB}» pour en venir à bout⟧", "Oleksandr Zhurba",
            "partial", "landfill7-u3"),
         St("indiqué que ⟦les particules PM10 avaient atteint 610 microgrammes par mètre cube au centre-ville dans la "
            "nuit de jeudi à vendredi, alors que la limite journalière est de 50⟧",
            "Tesliv regional environment agency", "indirect", "landfill7-u11"),
         St("habitants ⟦de garder portes et fenêtres fermées⟧", "Tesliv regional environment agency", "indirect",
            "landfill7-u5"),
         St("régionale, ⟦l'exploitant du site aurait entassé bien plus de déchets que ne l'autorisait son permis⟧",
            "Tesliv regional official (anonymous)", "indirect", "landfill7-u12"),
         St(f"«{NB}⟦Personne ne nous a rien dit pendant une journée entière⟧{NB}»", "Halyna Ostapchuk", "direct",
            "landfill7-u7")),
        (Fg(f"plus de ⟦160⟧{NB}pompiers", 160, "more than", "other", "landfill7-q-firefighters"),
         Fg(f"Quelque ⟦40{NB}000⟧{NB}tonnes", 40000, "about", "other", "landfill7-q-tonnes"),
         Fg("sur une ⟦douzaine⟧ d'hectares", 12, "about", "other", "landfill7-q-area"),
         Fg("atteint ⟦610⟧ microgrammes", 610, None, "other", "landfill7-q-pm10"),
         Fg(f"quelque ⟦25{NB}000⟧ habitants", 25000, "about", "other", "landfill7-q-residents"))),
    Art("ml7-landfill-fire", "jornaldoplanalto.example", "mundo/2026-09-05/incendio-aterro-tesliv-quinto-dia",
        "2026-09-05", "pt",
        "Incêndio no aterro de Tesliv entra no quinto dia",
        ("O incêndio que lavra desde terça-feira no aterro sanitário de Hrabove, nos arredores de Tesliv, entrou "
         "este sábado no quinto dia. Segundo o comandante dos bombeiros, Oleksandr Jurba, as chamas estão agora "
         "confinadas a cerca de metade da área inicial de 12 hectares.",
         "Mais de 200 bombeiros revezam-se no local, apoiados por duas dezenas de escavadoras. \"O fogo está "
         "enterrado no lixo e a água não chega lá\", disse Jurba, que repetiu que a extinção total levará \"pelo "
         'menos uma semana".',
         "De acordo com a agência regional do ambiente, a concentração de partículas PM10 desceu para 310 "
         "microgramas por metro cúbico na noite de sexta-feira, depois de ter chegado a 610. A agência mantém, no "
         "entanto, o apelo aos moradores para que mantenham as janelas fechadas.",
         "Cerca de 40 mil toneladas de resíduos já arderam. \"Desde terça-feira que me ardem os olhos\", contou à "
         "imprensa local Halyna Ostaptchuk, moradora a dois quilómetros do aterro."),
        (St("Jurba, ⟦as chamas estão agora confinadas a cerca de metade da área inicial de 12 hectares⟧",
            "Oleksandr Zhurba", "indirect", "landfill7-u13"),
         St('"⟦O fogo está enterrado no lixo e a água não chega lá⟧"', "Oleksandr Zhurba", "direct", "landfill7-u1"),
         St('repetiu que ⟦a extinção total levará "pelo menos uma semana"⟧', "Oleksandr Zhurba", "partial",
            "landfill7-u3"),
         St("ambiente, ⟦a concentração de partículas PM10 desceu para 310 microgramas por metro cúbico na noite de "
            "sexta-feira, depois de ter chegado a 610⟧", "Tesliv regional environment agency", "indirect",
            "landfill7-u14"),
         St("para que ⟦mantenham as janelas fechadas⟧", "Tesliv regional environment agency", "indirect",
            "landfill7-u5"),
         St('"⟦Desde terça-feira que me ardem os olhos⟧"', "Halyna Ostapchuk", "direct", "landfill7-u6")),
        (Fg("área inicial de ⟦12⟧ hectares", 12, None, "other", "landfill7-q-area"),
         Fg("Mais de ⟦200⟧ bombeiros", 200, "more than", "other", "landfill7-q-firefighters"),
         Fg("por ⟦duas dezenas⟧ de escavadoras", 20, "about", "other", "landfill7-q-excavators"),
         Fg("desceu para ⟦310⟧", 310, None, "other", "landfill7-q-pm10"),
         Fg("chegado a ⟦610⟧", 610, None, "other", "landfill7-q-pm10"),
         Fg("Cerca de ⟦40 mil⟧ toneladas", 40000, "about", "other", "landfill7-q-tonnes"))),
)

SPEAKER_FORMS_22: dict[str, tuple[str, ...]] = {
    "Renata Colasanti": ("Renata Colasanti", "Colasanti", "레나타 콜라산티", "콜라산티", "Leiterin des "
                         "Hafengesundheitsamts", "directora", "direttrice", "dirigente"),
    "Salvanto port health office": ("Salvanto port health office", "port health office", "항만 보건당국",
                                    "보건당국", "autoridad sanitaria del puerto de Salvanto", "autoridad sanitaria",
                                    "ufficio di sanità portuale"),
    "Belmare Cruises": ("Belmare Cruises", "벨마레 크루즈", "선사", "Reederei", "Unternehmen", "naviera",
                        "compagnia"),
    "Tobias Wrenfield": ("Tobias Wrenfield", "Wrenfield", "portavoce", "Sprecher", "spokesman"),
    "Moon Hae-rin": ("Moon Hae-rin", "Moon Hae Rin", "문해린", "문해린 씨"),
    "Oleksandr Zhurba": ("Oleksandr Zhurba", "Zhurba", "Oleksandr Schurba", "Schurba", "Oleksandr Jourba",
                         "Jourba", "Oleksandr Jurba", "Jurba", "올렉산드르 주르바", "주르바", "올렉산드르 주르바 소방서장",
                         "Feuerwehrchef", "commandant des pompiers", "comandante dos bombeiros", "fire chief"),
    "Tesliv fire service": ("Tesliv fire service", "Feuerwehr", "pompiers", "소방당국", "현지 소방당국"),
    "Tesliv regional environment agency": ("regional environment agency", "environment agency",
                                           "regionale Umweltbehörde", "Umweltbehörde", "Behörde", "지역 환경청",
                                           "환경청", "agence régionale de l'environnement",
                                           "agência regional do ambiente", "agência"),
    "Halyna Ostapchuk": ("Halyna Ostapchuk", "Ostapchuk", "Halyna Ostaptschuk", "Ostaptschuk", "Halyna Ostaptchouk",
                         "Ostaptchouk", "Halyna Ostaptchuk", "Ostaptchuk", "할리나 오스탑추크", "오스탑추크",
                         "Anwohnerin", "riveraine", "moradora"),
    "Tesliv regional official (anonymous)": ("한 지방정부 관계자", "지방정부 관계자", "관계자",
                                             "source à l'administration régionale", "source"),
    "Tesliv residents": ("Residents", "residents"),
}
