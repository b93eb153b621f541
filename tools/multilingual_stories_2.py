"""Second batch of invented stories for the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the first six and the conventions (see its docstring and docs/quality.md,
"Multilingual evaluation set").

Written and annotated before any system run on them. Every country, town, person, outlet and figure is invented.
Stories here: a cross-border shelling with casualty figures from both sides (dev), a nurses' strike with numbers of
patients (dev), an election-night crowd crush (test: listed in TEST_STORIES there).
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_2: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story 7: a cross-border shelling (dev)
    Art("sarn-border-shelling", "harbourtimes.example", "world/2026/07/12/brzeniv-shelling", "2026-07-12", "en",
        "Nine civilians killed as shells hit Dravenian border town",
        ("Nine civilians were killed and 27 wounded when artillery shells struck the Dravenian border town of "
         "Brzeniv overnight into Sunday. Some 3,000 residents have fled towards the regional capital, Haldov.",
         '"This was a deliberate attack on sleeping families," Interior Minister Tomas Kradek said on Sunday. He '
         "said the shells had been fired from positions across the Sarn river, and added that Dravenia would recall "
         "its ambassador from Velmark.",
         "Velmark's defence ministry said three of its soldiers had been killed and 11 wounded in Oskal, on the "
         'other side of the river. Its spokesman, Mattis Ekholm, insisted that Velmark\'s troops had "only returned '
         'fire".'),
        (St('"⟦This was a deliberate attack on sleeping families⟧,"', "Tomas Kradek", "direct", "sarn-u1"),
         St("He said ⟦the shells had been fired from positions across the Sarn river⟧", "Tomas Kradek", "indirect",
            "sarn-u2"),
         St("added that ⟦Dravenia would recall its ambassador from Velmark⟧", "Tomas Kradek", "indirect", "sarn-u6"),
         St("ministry said ⟦three of its soldiers had been killed and 11 wounded in Oskal, on the other side of the "
            "river⟧", "Velmark defence ministry", "indirect", "sarn-u3"),
         St("insisted that ⟦Velmark's troops had \"only returned fire\"⟧", "Mattis Ekholm", "partial", "sarn-u4")),
        (Fg("⟦Nine⟧ civilians", 9, None, "killed", "sarn-q-civilians-killed"),
         Fg("and ⟦27⟧ wounded", 27, None, "wounded", "sarn-q-civilians-wounded"),
         Fg("Some ⟦3,000⟧ residents", 3000, "about", "displaced", "sarn-q-displaced"),
         Fg("said ⟦three⟧ of its soldiers", 3, None, "killed", "sarn-q-soldiers-killed"),
         Fg("and ⟦11⟧ wounded", 11, None, "wounded", "sarn-q-soldiers-wounded"))),
    Art("sarn-border-shelling", "rheinpost.example", "politik/beschuss-brzeniv-1.4702", "2026-07-12", "de",
        "Beschuss im Grenzgebiet: Neun Zivilisten in Brzeniv getötet",
        ("Bei nächtlichem Artilleriebeschuss auf die dravenische Grenzstadt Brzeniv sind neun Zivilisten getötet und "
         "27 weitere verletzt worden. Mehr als 3.000 Einwohner flohen in die Regionalhauptstadt Haldov.",
         "„Das war ein gezielter Angriff auf schlafende Familien“, sagte Innenminister Tomas Kradek am Sonntag. Die "
         "Granaten seien von Stellungen jenseits des Flusses Sarn abgefeuert worden, fügte er hinzu.",
         "Nach Angaben des Verteidigungsministeriums von Velmark wurden auf der anderen Seite der Grenze, in Oskal, "
         "drei Soldaten getötet und elf verwundet. Laut Ministeriumssprecher Mattis Ekholm haben die "
         "velmarkischen Truppen „lediglich das Feuer erwidert“."),
        (St("„⟦Das war ein gezielter Angriff auf schlafende Familien⟧“", "Tomas Kradek", "direct", "sarn-u1"),
         St("⟦Die Granaten seien von Stellungen jenseits des Flusses Sarn abgefeuert worden⟧, fügte", "Tomas Kradek",
            "indirect", "sarn-u2"),
         St("Velmark ⟦wurden auf der anderen Seite der Grenze, in Oskal, drei Soldaten getötet und elf verwundet⟧",
            "Velmark defence ministry", "indirect", "sarn-u3"),
         St("Ekholm ⟦haben die velmarkischen Truppen „lediglich das Feuer erwidert“⟧", "Mattis Ekholm", "partial",
            "sarn-u4")),
        (Fg("sind ⟦neun⟧ Zivilisten", 9, None, "killed", "sarn-q-civilians-killed"),
         Fg("und ⟦27⟧ weitere", 27, None, "wounded", "sarn-q-civilians-wounded"),
         Fg("Mehr als ⟦3.000⟧ Einwohner", 3000, "more than", "displaced", "sarn-q-displaced"),
         Fg("⟦drei⟧ Soldaten", 3, None, "killed", "sarn-q-soldiers-killed"),
         Fg("und ⟦elf⟧ verwundet", 11, None, "wounded", "sarn-q-soldiers-wounded"))),
    Art("sarn-border-shelling", "elbkurier.example", "politik/dravenien-velmark-schuldzuweisungen", "2026-07-13",
        "de",
        "Nach dem Beschuss von Brzeniv: Dravenien und Velmark beschuldigen sich gegenseitig",
        ("Nach dem nächtlichen Beschuss der Grenzstadt Brzeniv, bei dem mindestens neun Zivilisten ums Leben kamen, "
         "weisen sich Dravenien und Velmark gegenseitig die Verantwortung zu. Inzwischen haben rund 3.200 Menschen "
         "die Region verlassen, die Zahl der Verletzten stieg auf 31.",
         "Der dravenische Innenminister Tomas Kradek sprach von einem „gezielten Angriff auf schlafende Familien“. "
         "Er kündigte an, dass Dravenien seinen Botschafter aus Velmark zurückrufen werde.",
         "„Unsere Truppen haben lediglich das Feuer erwidert“, sagte dagegen Mattis Ekholm, der Sprecher des "
         "Verteidigungsministeriums in Velmark."),
        (St("sprach von ⟦einem „gezielten Angriff auf schlafende Familien“⟧", "Tomas Kradek", "partial", "sarn-u1"),
         St("dass ⟦Dravenien seinen Botschafter aus Velmark zurückrufen werde⟧", "Tomas Kradek", "indirect",
            "sarn-u6"),
         St("„⟦Unsere Truppen haben lediglich das Feuer erwidert⟧“", "Mattis Ekholm", "direct", "sarn-u4")),
        (Fg("mindestens ⟦neun⟧ Zivilisten", 9, "at least", "killed", "sarn-q-civilians-killed"),
         Fg("rund ⟦3.200⟧ Menschen", 3200, "about", "displaced", "sarn-q-displaced"),
         Fg("stieg auf ⟦31⟧", 31, None, "wounded", "sarn-q-civilians-wounded"))),
    Art("sarn-border-shelling", "hanbitilbo.example", "news/articleView.html?idxno=90417", "2026-07-12", "ko",
        "드라베니아 국경 마을에 포격…민간인 9명 사망",
        ("드라베니아의 국경 마을 브르제니우에 12일 새벽 포탄이 떨어져 민간인 9명이 숨지고 27명이 다쳤다. 주민 "
         "3천여 명이 지역 중심도시 할도프로 피란했다.",
         "토마스 크라덱 드라베니아 내무장관은 “잠든 가족들을 겨냥한 의도적인 공격”이라고 말했다. 그는 포탄이 "
         "사른강 건너편 진지에서 발사됐다고 덧붙였다.",
         "벨마르크 국방부에 따르면 강 건너편 오스칼에서도 군인 3명이 숨지고 11명이 부상했다. 마티스 에크홀름 "
         "국방부 대변인은 “우리 군은 대응 사격을 했을 뿐”이라고 밝혔다."),
        (St("“⟦잠든 가족들을 겨냥한 의도적인 공격⟧”", "Tomas Kradek", "direct", "sarn-u1"),
         St("그는 ⟦포탄이 사른강 건너편 진지에서 발사됐다⟧고", "Tomas Kradek", "indirect", "sarn-u2"),
         St("따르면 ⟦강 건너편 오스칼에서도 군인 3명이 숨지고 11명이 부상했다⟧", "Velmark defence ministry",
            "indirect", "sarn-u3"),
         St("“⟦우리 군은 대응 사격을 했을 뿐⟧”", "Mattis Ekholm", "direct", "sarn-u4")),
        (Fg("민간인 ⟦9⟧명", 9, None, "killed", "sarn-q-civilians-killed"),
         Fg("⟦27⟧명이 다쳤다", 27, None, "wounded", "sarn-q-civilians-wounded"),
         Fg("⟦3천여⟧ 명", 3000, "more than", "displaced", "sarn-q-displaced"),
         Fg("군인 ⟦3⟧명", 3, None, "killed", "sarn-q-soldiers-killed"),
         Fg("⟦11⟧명이 부상", 11, None, "wounded", "sarn-q-soldiers-wounded"))),
    Art("sarn-border-shelling", "lecourrierdulac.example", "monde/bombardement-brzeniv-dravenie", "2026-07-12",
        "fr",
        "Bombardement à la frontière entre la Dravénie et le Velmark : neuf civils tués",
        ("Neuf civils ont été tués et près de 30 blessés dans la nuit de samedi à dimanche par des tirs d'artillerie "
         f"sur Brzeniv, ville frontalière de la Dravénie. Plus de 3{NB}000 habitants ont fui vers Haldov, la "
         "capitale régionale.",
         f"«{NB}C'était une attaque délibérée contre des familles endormies{NB}», a déclaré le ministre de "
         "l'Intérieur, Tomas Kradek. Il a ajouté que les obus avaient été tirés depuis des positions situées de "
         "l'autre côté de la Sarn.",
         "D'après le ministère de la Défense du Velmark, trois soldats ont été tués et onze blessés à Oskal. Son "
         f"porte-parole, Mattis Ekholm, assure que l'armée velmarkoise n'a fait que «{NB}riposter{NB}»."),
        (St(f"«{NB}⟦C'était une attaque délibérée contre des familles endormies⟧{NB}»", "Tomas Kradek", "direct",
            "sarn-u1"),
         St("ajouté que ⟦les obus avaient été tirés depuis des positions situées de l'autre côté de la Sarn⟧",
            "Tomas Kradek", "indirect", "sarn-u2"),
         St("Velmark, ⟦trois soldats ont été tués et onze blessés à Oskal⟧", "Velmark defence ministry", "indirect",
            "sarn-u3"),
         St(f"assure que ⟦l'armée velmarkoise n'a fait que «{NB}riposter{NB}»⟧", "Mattis Ekholm", "partial",
            "sarn-u4")),
        (Fg("⟦Neuf⟧ civils", 9, None, "killed", "sarn-q-civilians-killed"),
         Fg("près de ⟦30⟧ blessés", 30, "nearly", "wounded", "sarn-q-civilians-wounded"),
         Fg(f"Plus de ⟦3{NB}000⟧ habitants", 3000, "more than", "displaced", "sarn-q-displaced"),
         Fg("⟦trois⟧ soldats", 3, None, "killed", "sarn-q-soldiers-killed"),
         Fg("et ⟦onze⟧ blessés", 11, None, "wounded", "sarn-q-soldiers-wounded"))),
    Art("sarn-border-shelling", "diariodelsur.example", "internacional/2026-07-12/bombardeo-brzeniv", "2026-07-12",
        "es",
        "Al menos nueve civiles muertos en un bombardeo en la frontera entre Dravenia y Velmark",
        ("Al menos nueve civiles murieron y 27 resultaron heridos en el bombardeo nocturno de Brzeniv, una localidad "
         "dravenia fronteriza con Velmark. Unas 3.000 personas han huido hacia Haldov.",
         "Según el ministro del Interior dravenio, Tomas Kradek, se trató de \"un ataque deliberado contra familias "
         "dormidas\". El portavoz del Ministerio de Defensa de Velmark, Mattis Ekholm, aseguró que sus tropas \"solo "
         "respondieron al fuego\".",
         "Según el ministerio, tres soldados velmarqueses murieron y once resultaron heridos en Oskal, al otro lado "
         "del río Sarn."),
        (St("Kradek, ⟦se trató de \"un ataque deliberado contra familias dormidas\"⟧", "Tomas Kradek", "partial",
            "sarn-u1"),
         St("aseguró que ⟦sus tropas \"solo respondieron al fuego\"⟧", "Mattis Ekholm", "partial", "sarn-u4"),
         St("ministerio, ⟦tres soldados velmarqueses murieron y once resultaron heridos en Oskal, al otro lado del "
            "río Sarn⟧", "Velmark defence ministry", "indirect", "sarn-u3")),
        (Fg("Al menos ⟦nueve⟧ civiles", 9, "at least", "killed", "sarn-q-civilians-killed"),
         Fg("y ⟦27⟧ resultaron", 27, None, "wounded", "sarn-q-civilians-wounded"),
         Fg("Unas ⟦3.000⟧ personas", 3000, "about", "displaced", "sarn-q-displaced"),
         Fg("⟦tres⟧ soldados", 3, None, "killed", "sarn-q-soldiers-killed"),
         Fg("y ⟦once⟧ resultaron", 11, None, "wounded", "sarn-q-soldiers-wounded"))),
    # ---------------------------------------------------------------- story 8: a nurses' strike (dev)
    Art("hansol-hospital-strike", "dongbunews.example", "society/2026/09/08/hansol-strike", "2026-09-08", "ko",
        "한솔대병원 간호사 파업 이틀째…외래 환자 1만2천 명 진료 연기",
        ("한솔대병원 간호사 1천200여 명이 인력 충원을 요구하며 파업에 들어간 지 이틀째인 8일, 외래 환자 1만2천 "
         "명의 진료가 연기되고 수술 340건이 취소됐다.",
         "윤서연 한솔대병원 노조위원장은 “지금 인력의 절반으로는 환자를 안전하게 돌볼 수 없다”고 말했다. 그는 "
         "병원이 인력 충원에 합의할 때까지 파업을 계속하겠다고 밝혔다.",
         "최재원 병원장에 따르면 응급실과 중환자실은 정상적으로 운영되고 있다. 다만 병원 측은 중환자 10명을 인근 "
         "병원으로 옮겼다."),
        (St("“⟦지금 인력의 절반으로는 환자를 안전하게 돌볼 수 없다⟧”", "Yoon Seo-yeon", "direct", "hansol-u1"),
         St("그는 ⟦병원이 인력 충원에 합의할 때까지 파업을 계속하겠다⟧고", "Yoon Seo-yeon", "indirect",
            "hansol-u2"),
         St("따르면 ⟦응급실과 중환자실은 정상적으로 운영되고 있다⟧", "Choi Jae-won", "indirect", "hansol-u3")),
        (Fg("간호사 ⟦1천200여⟧ 명", 1200, "more than", "other", "hansol-q-strikers"),
         Fg("외래 환자 ⟦1만2천⟧ 명", 12000, None, "other", "hansol-q-postponed"),
         Fg("수술 ⟦340⟧건", 340, None, "other", "hansol-q-cancelled-operations"),
         Fg("중환자 ⟦10⟧명", 10, None, "other", "hansol-q-transferred"))),
    Art("hansol-hospital-strike", "seoulmaeil.example", "article/2026090914027", "2026-09-09", "ko",
        "정부 “한솔대병원 노사, 즉시 협상 테이블로”",
        ("간호사 파업이 사흘째 이어지고 있는 한솔대병원에서 진료 차질이 커지고 있다. 진료가 미뤄진 외래 환자는 "
         "1만2천여 명에 이른다.",
         "임하나 보건복지부 대변인은 9일 브리핑에서 “노사 양측이 즉시 협상 테이블로 돌아와야 한다”고 말했다. 임 "
         "대변인은 정부가 중재에 나설 준비가 돼 있다고 덧붙였다.",
         "노조 측에 따르면 파업에 참여한 간호사는 약 1천300명이다."),
        (St("“⟦노사 양측이 즉시 협상 테이블로 돌아와야 한다⟧”", "Lim Ha-na", "direct", "hansol-u4"),
         St("대변인은 ⟦정부가 중재에 나설 준비가 돼 있다⟧고", "Lim Ha-na", "indirect", "hansol-u5"),
         St("따르면 ⟦파업에 참여한 간호사는 약 1천300명이다⟧", "Hansol nurses' union", "indirect", "hansol-u6")),
        (Fg("환자는 ⟦1만2천여⟧ 명", 12000, "more than", "other", "hansol-q-postponed"),
         Fg("약 ⟦1천300⟧명", 1300, "about", "other", "hansol-q-strikers"))),
    Art("hansol-hospital-strike", "eastasiawire.example", "korea/2026/09/08/hansol-nurses-strike", "2026-09-08",
        "en",
        "Nurses' strike at South Korean hospital delays care for 12,000 patients",
        ("More than 1,200 nurses at Hansol University Hospital in South Korea walked out on Monday to demand more "
         "staff, forcing the hospital to postpone appointments for 12,000 outpatients and cancel 340 operations.",
         '"We cannot care for patients safely with half the staff we need," union leader Yoon Seo-yeon told '
         "reporters. She said the strike would go on until the hospital agreed to hire more nurses.",
         "Hospital director Choi Jae-won said the emergency department and intensive care units were operating "
         "normally. Ten critically ill patients have been moved to other hospitals."),
        (St('"⟦We cannot care for patients safely with half the staff we need⟧,"', "Yoon Seo-yeon", "direct",
            "hansol-u1"),
         St("She said ⟦the strike would go on until the hospital agreed to hire more nurses⟧", "Yoon Seo-yeon",
            "indirect", "hansol-u2"),
         St("Jae-won said ⟦the emergency department and intensive care units were operating normally⟧",
            "Choi Jae-won", "indirect", "hansol-u3")),
        (Fg("More than ⟦1,200⟧ nurses", 1200, "more than", "other", "hansol-q-strikers"),
         Fg("for ⟦12,000⟧ outpatients", 12000, None, "other", "hansol-q-postponed"),
         Fg("cancel ⟦340⟧ operations", 340, None, "other", "hansol-q-cancelled-operations"),
         Fg("⟦Ten⟧ critically", 10, None, "other", "hansol-q-transferred"))),
    Art("hansol-hospital-strike", "nordkurier-online.example", "welt/suedkorea-pflegestreik-hansol", "2026-09-08",
        "de",
        "Südkorea: Pflegestreik legt Universitätsklinik lahm",
        ("An der Hansol-Universitätsklinik in Südkorea streiken seit Montag rund 1.200 Pflegekräfte für mehr "
         "Personal. Die Termine von mehr als 12.000 Patienten wurden verschoben, 340 Operationen fielen aus.",
         "„Mit der Hälfte des nötigen Personals können wir Patienten nicht sicher versorgen“, sagte "
         "Gewerkschaftschefin Yoon Seo Yeon. Sie kündigte an, dass der Streik weitergehe, bis die Klinik neue "
         "Stellen zusage.",
         "Laut Klinikdirektor Choi Jae Won arbeiten Notaufnahme und Intensivstation normal. Zehn Intensivpatienten "
         "wurden dennoch in andere Krankenhäuser verlegt."),
        (St("„⟦Mit der Hälfte des nötigen Personals können wir Patienten nicht sicher versorgen⟧“", "Yoon Seo-yeon",
            "direct", "hansol-u1"),
         St("dass ⟦der Streik weitergehe, bis die Klinik neue Stellen zusage⟧", "Yoon Seo-yeon", "indirect",
            "hansol-u2"),
         St("Won ⟦arbeiten Notaufnahme und Intensivstation normal⟧", "Choi Jae-won", "indirect", "hansol-u3")),
        (Fg("rund ⟦1.200⟧ Pflegekräfte", 1200, "about", "other", "hansol-q-strikers"),
         Fg("mehr als ⟦12.000⟧ Patienten", 12000, "more than", "other", "hansol-q-postponed"),
         Fg("⟦340⟧ Operationen", 340, None, "other", "hansol-q-cancelled-operations"),
         Fg("⟦Zehn⟧ Intensivpatienten", 10, None, "other", "hansol-q-transferred"))),
    Art("hansol-hospital-strike", "lavoixdumidi.example", "international/coree-greve-infirmieres-hansol",
        "2026-09-09", "fr",
        "Corée du Sud : grève des infirmières dans un hôpital universitaire",
        (f"Quelque 1{NB}200 infirmières de l'hôpital universitaire Hansol, en Corée du Sud, sont en grève depuis "
         f"lundi pour réclamer des renforts. Plus de 12{NB}000 patients ont vu leur rendez-vous reporté et près de "
         "350 opérations ont été annulées.",
         f"D'après la responsable syndicale Yoon Seo-yeon, il est impossible de «{NB}soigner les patients en "
         f"sécurité avec la moitié du personnel{NB}». La porte-parole du ministère de la Santé, Lim Ha-na, a déclaré "
         f"que les deux parties devaient «{NB}revenir immédiatement à la table des négociations{NB}»."),
        (St(f"Yoon Seo-yeon, ⟦il est impossible de «{NB}soigner les patients en sécurité avec la moitié du "
            f"personnel{NB}»⟧", "Yoon Seo-yeon", "partial", "hansol-u1"),
         St(f"déclaré que ⟦les deux parties devaient «{NB}revenir immédiatement à la table des négociations{NB}»⟧",
            "Lim Ha-na", "partial", "hansol-u4")),
        (Fg(f"Quelque ⟦1{NB}200⟧ infirmières", 1200, "about", "other", "hansol-q-strikers"),
         Fg(f"Plus de ⟦12{NB}000⟧ patients", 12000, "more than", "other", "hansol-q-postponed"),
         Fg("près de ⟦350⟧ opérations", 350, "nearly", "other", "hansol-q-cancelled-operations"))),
    Art("hansol-hospital-strike", "corrieredellecoste.example", "2026/09/09/corea-sciopero-infermieri-hansol",
        "2026-09-09", "it",
        "Corea del Sud, sciopero degli infermieri: rinviate le visite di 12mila pazienti",
        ("Sono circa 1.200 gli infermieri in sciopero da lunedì all'ospedale universitario Hansol, in Corea del Sud. "
         "Oltre 12mila pazienti si sono visti rinviare le visite e una decina di malati gravi è stata trasferita in "
         "altre strutture.",
         "«Non possiamo curare i pazienti in sicurezza con metà del personale», ha detto la sindacalista Yoon "
         "Seo-yeon. Secondo il direttore dell'ospedale, Choi Jae-won, pronto soccorso e terapia intensiva "
         "funzionano regolarmente.",
         "La portavoce del ministero della Salute, Lim Ha-na, ha detto che le parti devono tornare subito al tavolo "
         "delle trattative."),
        (St("«⟦Non possiamo curare i pazienti in sicurezza con metà del personale⟧»", "Yoon Seo-yeon", "direct",
            "hansol-u1"),
         St("Jae-won, ⟦pronto soccorso e terapia intensiva funzionano regolarmente⟧", "Choi Jae-won", "indirect",
            "hansol-u3"),
         St("detto che ⟦le parti devono tornare subito al tavolo delle trattative⟧", "Lim Ha-na", "indirect",
            "hansol-u4")),
        (Fg("circa ⟦1.200⟧ gli", 1200, "about", "other", "hansol-q-strikers"),
         Fg("Oltre ⟦12mila⟧ pazienti", 12000, "more than", "other", "hansol-q-postponed"),
         Fg("⟦una decina⟧ di malati", 10, "about", "other", "hansol-q-transferred"))),
    # ---------------------------------------------------------------- story 9: an election-night crush (TEST)
    Art("vale-formoso-crush", "diariodelisboa.example", "pais/tragedia-festa-eleitoral-vale-formoso", "2026-10-12",
        "pt",
        "Sete mortos em debandada na festa eleitoral de Vale Formoso",
        ("Sete pessoas morreram e 64 ficaram feridas na noite de domingo numa debandada na Praça da República, em "
         "Vale Formoso, onde cerca de 20 mil pessoas celebravam a vitória de Rui Cordeiro nas eleições autárquicas.",
         "“Esta devia ter sido uma noite de festa”, disse o presidente da câmara eleito, visivelmente abalado. "
         "Segundo o porta-voz da polícia, comissário Nuno Valente, a multidão precipitou-se para a saída do metro "
         "quando rebentaram os primeiros foguetes.",
         "A ministra da Administração Interna, Helena Brás, anunciou que um inquérito independente vai apurar o que "
         "falhou."),
        (St("“⟦Esta devia ter sido uma noite de festa⟧”", "Rui Cordeiro", "direct", "formoso-u1"),
         St("Valente, ⟦a multidão precipitou-se para a saída do metro quando rebentaram os primeiros foguetes⟧",
            "Nuno Valente", "indirect", "formoso-u2"),
         St("anunciou que ⟦um inquérito independente vai apurar o que falhou⟧", "Helena Brás", "indirect",
            "formoso-u3")),
        (Fg("⟦Sete⟧ pessoas", 7, None, "killed", "formoso-q-killed"),
         Fg("e ⟦64⟧ ficaram", 64, None, "wounded", "formoso-q-wounded"),
         Fg("cerca de ⟦20 mil⟧ pessoas", 20000, "about", "other", "formoso-q-crowd"))),
    Art("vale-formoso-crush", "elobservadorandino.example", "mundo/avalancha-celebracion-electoral-portugal",
        "2026-10-12", "es",
        "Al menos siete muertos en una avalancha durante una celebración electoral en Portugal",
        ("Al menos siete personas murieron y más de 60 resultaron heridas en una avalancha humana en la ciudad "
         "portuguesa de Vale Formoso, donde unas 20.000 personas festejaban el triunfo del nuevo alcalde, Rui "
         "Cordeiro.",
         "Según la policía, la multitud se abalanzó hacia la salida del metro cuando estallaron los primeros fuegos "
         'artificiales. "Esta tendría que haber sido una noche de fiesta", declaró Cordeiro.'),
        (St("policía, ⟦la multitud se abalanzó hacia la salida del metro cuando estallaron los primeros fuegos "
            "artificiales⟧", "Vale Formoso police", "indirect", "formoso-u2"),
         St('"⟦Esta tendría que haber sido una noche de fiesta⟧"', "Rui Cordeiro", "direct", "formoso-u1")),
        (Fg("Al menos ⟦siete⟧ personas", 7, "at least", "killed", "formoso-q-killed"),
         Fg("más de ⟦60⟧ resultaron", 60, "more than", "wounded", "formoso-q-wounded"),
         Fg("unas ⟦20.000⟧ personas", 20000, "about", "other", "formoso-q-crowd"))),
    Art("vale-formoso-crush", "rheinpost.example", "panorama/massenpanik-wahlfeier-portugal-1.4977", "2026-10-12",
        "de",
        "Massenpanik bei Wahlfeier in Portugal: Sieben Tote",
        ("Bei einer Massenpanik während einer Wahlfeier in der portugiesischen Stadt Vale Formoso sind in der Nacht "
         "zum Montag sieben Menschen ums Leben gekommen. Mehr als 60 wurden verletzt. Rund 20.000 Menschen hatten "
         "auf dem Hauptplatz den Sieg des neuen Bürgermeisters Rui Cordeiro gefeiert.",
         "„Das hätte eine Nacht der Freude sein sollen“, sagte Cordeiro. Laut Polizeisprecher Nuno Valente drängte "
         "die Menge zum Ausgang der U-Bahn-Station, als die ersten Feuerwerkskörper explodierten.",
         "Innenministerin Helena Brás kündigte eine unabhängige Untersuchung an. Sie sagte, man werde klären, was "
         "schiefgelaufen sei."),
        (St("„⟦Das hätte eine Nacht der Freude sein sollen⟧“", "Rui Cordeiro", "direct", "formoso-u1"),
         St("Valente ⟦drängte die Menge zum Ausgang der U-Bahn-Station, als die ersten Feuerwerkskörper "
            "explodierten⟧", "Nuno Valente", "indirect", "formoso-u2"),
         St("Sie sagte, ⟦man werde klären, was schiefgelaufen sei⟧", "Helena Brás", "indirect", "formoso-u3")),
        (Fg("zum Montag ⟦sieben⟧ Menschen", 7, None, "killed", "formoso-q-killed"),
         Fg("Mehr als ⟦60⟧ wurden", 60, "more than", "wounded", "formoso-q-wounded"),
         Fg("Rund ⟦20.000⟧ Menschen", 20000, "about", "other", "formoso-q-crowd"))),
    Art("vale-formoso-crush", "hanbitilbo.example", "news/articleView.html?idxno=92108", "2026-10-12", "ko",
        "포르투갈 선거 축하 행사서 압사 사고…7명 사망",
        ("포르투갈 도시 발레포르모주의 중앙 광장에서 11일 밤(현지시간) 지방선거 승리를 축하하던 인파가 한꺼번에 "
         "몰리면서 7명이 숨지고 60여 명이 다쳤다. 현장에는 약 2만 명이 모여 있었다.",
         "현지 경찰에 따르면 첫 폭죽이 터지자 군중이 지하철역 출구 쪽으로 몰려들었다. 루이 코르데이루 시장 "
         "당선인은 “축제의 밤이 됐어야 했다”며 애도를 표했다.",
         "엘레나 브라스 내무장관은 독립적인 조사를 통해 무엇이 잘못됐는지 밝히겠다고 말했다."),
        (St("따르면 ⟦첫 폭죽이 터지자 군중이 지하철역 출구 쪽으로 몰려들었다⟧", "Vale Formoso police", "indirect",
            "formoso-u2"),
         St("“⟦축제의 밤이 됐어야 했다⟧”", "Rui Cordeiro", "direct", "formoso-u1"),
         St("내무장관은 ⟦독립적인 조사를 통해 무엇이 잘못됐는지 밝히겠다⟧고", "Helena Brás", "indirect",
            "formoso-u3")),
        (Fg("⟦7⟧명이 숨지고", 7, None, "killed", "formoso-q-killed"),
         Fg("⟦60여⟧ 명이", 60, "more than", "wounded", "formoso-q-wounded"),
         Fg("약 ⟦2만⟧ 명", 20000, "about", "other", "formoso-q-crowd"))),
    Art("vale-formoso-crush", "lecourrierdulac.example", "monde/bousculade-fete-electorale-portugal", "2026-10-12",
        "fr",
        "Portugal : sept morts dans une bousculade lors d'une fête électorale",
        ("Sept personnes sont mortes et une soixantaine ont été blessées dans une bousculade survenue dans la nuit "
         f"de dimanche à lundi à Vale Formoso, au Portugal, où quelque 20{NB}000 partisans fêtaient l'élection du "
         "maire Rui Cordeiro.",
         f"«{NB}Cela aurait dû être une nuit de fête{NB}», a réagi le nouvel élu. Selon la police, la foule s'est "
         "ruée vers la sortie du métro au moment où les premiers feux d'artifice ont éclaté. La ministre de "
         "l'Intérieur, Helena Brás, a promis qu'une enquête indépendante établirait les responsabilités."),
        (St(f"«{NB}⟦Cela aurait dû être une nuit de fête⟧{NB}»", "Rui Cordeiro", "direct", "formoso-u1"),
         St("police, ⟦la foule s'est ruée vers la sortie du métro au moment où les premiers feux d'artifice ont "
            "éclaté⟧", "Vale Formoso police", "indirect", "formoso-u2"),
         St("promis qu'⟦une enquête indépendante établirait les responsabilités⟧", "Helena Brás", "indirect",
            "formoso-u3")),
        (Fg("⟦Sept⟧ personnes", 7, None, "killed", "formoso-q-killed"),
         Fg("⟦une soixantaine⟧ ont", 60, "about", "wounded", "formoso-q-wounded"),
         Fg(f"quelque ⟦20{NB}000⟧ partisans", 20000, "about", "other", "formoso-q-crowd"))),
    Art("vale-formoso-crush", "harbourtimes.example", "world/2026/10/12/vale-formoso-crush", "2026-10-12", "en",
        "Seven killed in crush at Portuguese election celebration",
        ("Seven people were killed and 64 injured in a crush in the Portuguese city of Vale Formoso late on Sunday, "
         "as about 20,000 supporters celebrated the election of mayor Rui Cordeiro.",
         "Police spokesman Nuno Valente said the crowd surged towards a metro exit when the first fireworks went "
         'off. "This should have been a night of celebration," Cordeiro said.',
         "Interior Minister Helena Brás promised an independent inquiry. It would establish what went wrong, she "
         "said."),
        (St("Valente said ⟦the crowd surged towards a metro exit when the first fireworks went off⟧", "Nuno Valente",
            "indirect", "formoso-u2"),
         St('"⟦This should have been a night of celebration⟧,"', "Rui Cordeiro", "direct", "formoso-u1"),
         St("⟦It would establish what went wrong⟧, she", "Helena Brás", "indirect", "formoso-u3")),
        (Fg("⟦Seven⟧ people", 7, None, "killed", "formoso-q-killed"),
         Fg("and ⟦64⟧ injured", 64, None, "wounded", "formoso-q-wounded"),
         Fg("about ⟦20,000⟧ supporters", 20000, "about", "other", "formoso-q-crowd"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_2: dict[str, tuple[str, ...]] = {
    "Tomas Kradek": ("Tomas Kradek", "Kradek", "토마스 크라덱", "크라덱", "Innenminister Tomas Kradek",
                     "토마스 크라덱 드라베니아 내무장관"),
    "Mattis Ekholm": ("Mattis Ekholm", "Ekholm", "마티스 에크홀름", "에크홀름", "마티스 에크홀름 국방부 대변인"),
    "Velmark defence ministry": ("Velmark defence ministry", "defence ministry", "Verteidigungsministerium",
                                 "Verteidigungsministerium von Velmark", "벨마르크 국방부", "국방부",
                                 "ministère de la Défense", "Ministerio de Defensa", "ministerio"),
    "Yoon Seo-yeon": ("Yoon Seo-yeon", "Yoon Seo Yeon", "윤서연", "윤서연 한솔대병원 노조위원장"),
    "Choi Jae-won": ("Choi Jae-won", "Choi Jae Won", "최재원", "최재원 병원장"),
    "Lim Ha-na": ("Lim Ha-na", "Lim Ha Na", "임하나", "임하나 보건복지부 대변인", "임 대변인"),
    "Hansol nurses' union": ("노조", "노조 측", "Hansol nurses' union"),
    "Rui Cordeiro": ("Rui Cordeiro", "Cordeiro", "루이 코르데이루", "코르데이루", "루이 코르데이루 시장 당선인",
                     "presidente da câmara eleito", "nouvel élu"),
    "Nuno Valente": ("Nuno Valente", "Valente", "comissário Nuno Valente", "Polizeisprecher Nuno Valente"),
    "Vale Formoso police": ("polícia", "policía", "police", "Polizei", "경찰", "현지 경찰"),
    "Helena Brás": ("Helena Brás", "Helena Bras", "Brás", "엘레나 브라스", "엘레나 브라스 내무장관",
                    "Innenministerin Helena Brás"),
}
