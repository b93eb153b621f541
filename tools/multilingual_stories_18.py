"""Stories of the fifth held-out test part of the multilingual evaluation set (issue 17), imported by
tools/build_multilingual.py, which holds the conventions (see its docstring and docs/quality.md, "Multilingual
evaluation set").

Written and annotated before any system run on them; every event, person, place, outlet and figure is invented.
Stories here (all test, listed in TEST_STORIES there): a gas explosion in an apartment block whose toll rises from
four to five dead overnight (ml6-gas-explosion), avian influenza on poultry farms (ml6-bird-flu) and a tanker
spilling oil off a coast (ml6-oil-spill).

Annotation choices beyond the protocol: a toll reported on the first day and its revision are the same quantity;
residents rehoused after losing their flats are `displaced`; rescuers, volunteers, birds, farms, tonnes and
kilometres are `other`; a count given by the town hall and one given by the mayor for the same people are the same
quantity but different utterances; an unnamed source is an entity of its own; a remark one outlet gives to a
person and another to the body that person speaks for (the coast guard and its chief, the environmental group
and its secretary general) is one utterance, each rendering annotated with the speaker its article names.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_18: tuple[Art, ...] = (
    # ---------------------------------------------------------------- story: a gas explosion (TEST)
    Art("ml6-gas-explosion", "lestafetteduvalois.example", "faits-divers/2026/11/18/explosion-immeuble-verzanne",
        "2026-11-18", "fr",
        "Explosion dans un immeuble de Verzanne : quatre morts et deux disparus",
        ("Une violente explosion a éventré mercredi, peu avant 6 heures, un immeuble de sept étages de l'avenue "
         "Paul-Vautrin, à Verzanne. Le bilan provisoire fait état de quatre morts et de 23 blessés. Deux habitants "
         "sont toujours portés disparus.",
         "Selon les sapeurs-pompiers, les recherches se poursuivront toute la nuit dans les décombres, avec l'appui "
         "de chiens spécialisés. Près de 80 pompiers sont mobilisés.",
         f"«{NB}Notre ville est en deuil. Mais ce soir, personne ne dormira dehors{NB}», a assuré la maire, Élodie "
         "Carrasset, sur les lieux du drame. Une centaine de résidents ont été relogés dans un gymnase et des hôtels "
         "de la commune, a-t-elle précisé.",
         "Le distributeur Valgaz Réseaux affirme qu'aucune fuite n'avait été signalée dans le quartier avant "
         "l'explosion. D'après une source proche de l'enquête, des techniciens avaient pourtant remplacé un compteur "
         "dans la cave la veille. Le procureur de la République, Antoine Mérindol, a annoncé qu'une enquête était "
         f"ouverte pour homicides et blessures involontaires. «{NB}Aucune hypothèse n'est écartée à ce stade{NB}», "
         "a-t-il déclaré."),
        (St("pompiers, ⟦les recherches se poursuivront toute la nuit dans les décombres, avec l'appui de chiens "
            "spécialisés⟧", "Verzanne firefighters", "indirect", "gas-u7"),
         St(f"«{NB}⟦Notre ville est en deuil. Mais ce soir, personne ne dormira dehors⟧{NB}»", "Élodie Carrasset",
            "direct", "gas-u1"),
         St("⟦Une centaine de résidents ont été relogés dans un gymnase et des hôtels de la commune⟧, a-t-elle",
            "Élodie Carrasset", "indirect", "gas-u2"),
         St("affirme qu'⟦aucune fuite n'avait été signalée dans le quartier avant l'explosion⟧", "Valgaz Réseaux",
            "indirect", "gas-u3"),
         St("l'enquête, ⟦des techniciens avaient pourtant remplacé un compteur dans la cave la veille⟧",
            "Verzanne investigation source", "indirect", "gas-u10"),
         St("annoncé qu'⟦une enquête était ouverte pour homicides et blessures involontaires⟧", "Antoine Mérindol",
            "indirect", "gas-u5"),
         St(f"«{NB}⟦Aucune hypothèse n'est écartée à ce stade⟧{NB}»", "Antoine Mérindol", "direct", "gas-u6")),
        (Fg("de ⟦quatre⟧ morts", 4, None, "killed", "gas-q-killed"),
         Fg("de ⟦23⟧ blessés", 23, None, "wounded", "gas-q-wounded"),
         Fg("⟦Deux⟧ habitants", 2, None, "missing", "gas-q-missing"),
         Fg("Près de ⟦80⟧ pompiers", 80, "nearly", "other", "gas-q-firefighters"),
         Fg("⟦Une centaine⟧ de résidents", 100, "about", "displaced", "gas-q-rehoused"))),
    Art("ml6-gas-explosion", "weserblatt.example", "panorama/gasexplosion-verzanne-frankreich-1.88314",
        "2026-11-18", "de",
        "Gasexplosion in Verzanne: Vier Tote, zwei Menschen vermisst",
        ("Bei einer Gasexplosion in einem Wohnhaus im französischen Verzanne sind am Mittwochmorgen mindestens vier "
         "Menschen ums Leben gekommen. 23 Bewohner wurden verletzt, zwei werden noch vermisst. Die Detonation hatte "
         "gegen 5.40 Uhr die Fassade des siebenstöckigen Gebäudes weggerissen.",
         "„Unsere Stadt trauert. Aber heute Nacht wird niemand auf der Straße schlafen“, sagte Bürgermeisterin "
         "Élodie Carrasset. Nach ihren Angaben wurden rund 100 Bewohner in einer Turnhalle und in Hotels "
         "untergebracht.",
         "Der Netzbetreiber Valgaz Réseaux erklärte, es habe in dem Viertel zuvor keine Meldung über ein Leck "
         "gegeben. Staatsanwalt Antoine Mérindol leitete Ermittlungen wegen fahrlässiger Tötung ein. Man schließe "
         "derzeit keine Ursache aus, sagte er.",
         "Laut Feuerwehr suchen rund 80 Einsatzkräfte mit Spürhunden in den Trümmern weiter nach den Vermissten."),
        (St("„⟦Unsere Stadt trauert. Aber heute Nacht wird niemand auf der Straße schlafen⟧“", "Élodie Carrasset",
            "direct", "gas-u1"),
         St("Nach ihren Angaben ⟦wurden rund 100 Bewohner in einer Turnhalle und in Hotels untergebracht⟧",
            "Élodie Carrasset", "indirect", "gas-u2"),
         St("erklärte, ⟦es habe in dem Viertel zuvor keine Meldung über ein Leck gegeben⟧", "Valgaz Réseaux",
            "indirect", "gas-u3"),
         St("⟦Man schließe derzeit keine Ursache aus⟧, sagte er", "Antoine Mérindol", "indirect", "gas-u6"),
         St("Laut Feuerwehr ⟦suchen rund 80 Einsatzkräfte mit Spürhunden in den Trümmern weiter nach den "
            "Vermissten⟧", "Verzanne firefighters", "indirect", "gas-u7")),
        (Fg("mindestens ⟦vier⟧ Menschen", 4, "at least", "killed", "gas-q-killed"),
         Fg("⟦23⟧ Bewohner wurden", 23, None, "wounded", "gas-q-wounded"),
         Fg("⟦zwei⟧ werden noch vermisst", 2, None, "missing", "gas-q-missing"),
         Fg("rund ⟦100⟧ Bewohner", 100, "about", "displaced", "gas-q-rehoused"),
         Fg("rund ⟦80⟧ Einsatzkräfte", 80, "about", "other", "gas-q-firefighters"))),
    Art("ml6-gas-explosion", "dongbangsinmun.example", "news/articleView.html?idxno=310552", "2026-11-19", "ko",
        "프랑스 베르잔 아파트 가스 폭발…사망자 5명으로 늘어",
        ("프랑스 동부 도시 베르잔의 7층짜리 아파트에서 18일(현지시간) 새벽 발생한 가스 폭발 사고의 사망자가 "
         "5명으로 늘었다. 부상자는 26명이며, 주민 1명은 여전히 실종 상태다.",
         "현지 소방당국에 따르면 밤샘 수색 끝에 잔해 속에서 실종자 한 명의 시신이 수습됐다. 소방관 90여 명이 "
         "구조견과 함께 수색을 이어가고 있다.",
         "엘로디 카라세 베르잔 시장은 “우리 도시는 슬픔에 잠겼지만 오늘 밤 거리에서 잠드는 사람은 없을 것”이라고 "
         "말했다. 시 당국은 이재민 120여 명을 체육관과 인근 호텔에 임시로 수용했다.",
         "가스 공급업체 발가스 레조는 사고 전 해당 지역에서 누출 신고는 없었다고 밝혔다. 앙투안 메랭돌 검사는 "
         "“현 단계에서 어떤 가능성도 배제하지 않는다”며 과실치사 혐의로 수사에 착수했다고 말했다."),
        (St("따르면 ⟦밤샘 수색 끝에 잔해 속에서 실종자 한 명의 시신이 수습됐다⟧", "Verzanne firefighters",
            "indirect", "gas-u8"),
         St("“⟦우리 도시는 슬픔에 잠겼지만 오늘 밤 거리에서 잠드는 사람은 없을 것⟧”", "Élodie Carrasset", "direct",
            "gas-u1"),
         St("레조는 ⟦사고 전 해당 지역에서 누출 신고는 없었다⟧고", "Valgaz Réseaux", "indirect", "gas-u3"),
         St("“⟦현 단계에서 어떤 가능성도 배제하지 않는다⟧”", "Antoine Mérindol", "direct", "gas-u6"),
         St("⟦과실치사 혐의로 수사에 착수했다⟧고", "Antoine Mérindol", "indirect", "gas-u5")),
        (Fg("사망자가 ⟦5⟧명으로", 5, None, "killed", "gas-q-killed"),
         Fg("부상자는 ⟦26⟧명", 26, None, "wounded", "gas-q-wounded"),
         Fg("주민 ⟦1⟧명은", 1, None, "missing", "gas-q-missing"),
         Fg("소방관 ⟦90여⟧ 명", 90, "more than", "other", "gas-q-firefighters"),
         Fg("이재민 ⟦120여⟧ 명", 120, "more than", "displaced", "gas-q-rehoused"))),
    Art("ml6-gas-explosion", "gazzettadelpiave.example", "esteri/2026/11/19/verzanne-esplosione-gas-palazzo",
        "2026-11-19", "it",
        "Francia, esplode il gas in un palazzo di Verzanne: cinque morti",
        ("È salito a cinque morti il bilancio dell'esplosione che mercoledì all'alba ha sventrato un condominio di "
         "sette piani a Verzanne, nella Francia orientale. I feriti sono una ventina, mentre proseguono le ricerche "
         "dell'ultimo disperso.",
         "«La nostra città è in lutto, ma stanotte nessuno dormirà per strada», ha detto la sindaca Élodie "
         "Carrasset. Secondo il Comune, circa 120 residenti sono stati sistemati in una palestra e in alcuni "
         "alberghi.",
         "Il distributore Valgaz Réseaux sostiene che nella zona non era mai stata segnalata alcuna fuga. Per il "
         "procuratore Antoine Mérindol, che ha aperto un'inchiesta per omicidio colposo, «nessuna ipotesi è "
         "esclusa».",
         "Circa 90 vigili del fuoco sono ancora al lavoro tra le macerie."),
        (St("«⟦La nostra città è in lutto, ma stanotte nessuno dormirà per strada⟧»", "Élodie Carrasset", "direct",
            "gas-u1"),
         St("Comune, ⟦circa 120 residenti sono stati sistemati in una palestra e in alcuni alberghi⟧",
            "Verzanne town hall", "indirect", "gas-u9"),
         St("sostiene che ⟦nella zona non era mai stata segnalata alcuna fuga⟧", "Valgaz Réseaux", "indirect",
            "gas-u3"),
         St("«⟦nessuna ipotesi è esclusa⟧»", "Antoine Mérindol", "direct", "gas-u6")),
        (Fg("a ⟦cinque⟧ morti", 5, None, "killed", "gas-q-killed"),
         Fg("sono ⟦una ventina⟧", 20, "about", "wounded", "gas-q-wounded"),
         Fg("circa ⟦120⟧ residenti", 120, "about", "displaced", "gas-q-rehoused"),
         Fg("Circa ⟦90⟧ vigili", 90, "about", "other", "gas-q-firefighters"))),
    Art("ml6-gas-explosion", "northgatechronicle.example", "world/2026/11/19/verzanne-gas-blast-toll",
        "2026-11-19", "en",
        "Death toll rises to five in French apartment gas blast",
        ("Five people have now died after a gas explosion ripped through a seven-storey apartment block in the "
         "French city of Verzanne before dawn on Wednesday. Rescuers recovered a body from the rubble overnight, "
         "raising the toll from four. Twenty-six people were hurt and one resident remains unaccounted for.",
         "“Our town is in mourning, but nobody will sleep on the street tonight,” Mayor Élodie Carrasset said. About "
         "120 residents have been given beds in a school gym and local hotels, according to the town hall.",
         "Valgaz Réseaux, which runs the local gas network, said no leak had been reported in the area before the "
         "blast. Prosecutor Antoine Mérindol has opened a manslaughter investigation. “No hypothesis is being ruled "
         "out at this stage,” he said.",
         "A person familiar with the investigation said technicians had replaced a gas meter in the basement the day "
         "before the explosion."),
        (St("“⟦Our town is in mourning, but nobody will sleep on the street tonight⟧,”", "Élodie Carrasset", "direct",
            "gas-u1"),
         St("⟦About 120 residents have been given beds in a school gym and local hotels⟧, according to",
            "Verzanne town hall", "indirect", "gas-u9"),
         St("said ⟦no leak had been reported in the area before the blast⟧", "Valgaz Réseaux", "indirect", "gas-u3"),
         St("“⟦No hypothesis is being ruled out at this stage⟧,”", "Antoine Mérindol", "direct", "gas-u6"),
         St("investigation said ⟦technicians had replaced a gas meter in the basement the day before the "
            "explosion⟧", "Verzanne investigation source", "indirect", "gas-u10")),
        (Fg("⟦Five⟧ people have now died", 5, None, "killed", "gas-q-killed"),
         Fg("toll from ⟦four⟧", 4, None, "killed", "gas-q-killed"),
         Fg("⟦Twenty-six⟧ people", 26, None, "wounded", "gas-q-wounded"),
         Fg("and ⟦one⟧ resident", 1, None, "missing", "gas-q-missing"),
         Fg("About ⟦120⟧ residents", 120, "about", "displaced", "gas-q-rehoused"))),
    Art("ml6-gas-explosion", "alpenrundschau.example", "panorama/verzanne-explosion-fuenf-tote-1.30977", "2026-11-19",
        "de",
        "Nach Explosion in Verzanne: Zahl der Toten steigt auf fünf",
        ("Einen Tag nach der Gasexplosion in einem Mehrfamilienhaus im ostfranzösischen Verzanne ist die Zahl der "
         "Todesopfer auf fünf gestiegen. Rettungskräfte bargen in der Nacht die Leiche einer Frau aus den Trümmern, "
         "wie die Feuerwehr mitteilte. 26 Menschen wurden verletzt, die Suche nach der letzten Vermissten geht "
         "weiter.",
         "»Wir werden jeden Stein umdrehen, bis wir wissen, was geschehen ist«, sagte Staatsanwalt Antoine Mérindol "
         "am Donnerstag. Aus Ermittlerkreisen hieß es, Techniker hätten am Vortag im Keller einen Gaszähler "
         "ausgetauscht.",
         "Rund 120 Bewohner sind inzwischen in Notunterkünften und Hotels untergebracht. Bürgermeisterin Élodie "
         "Carrasset besuchte am Donnerstag die Turnhalle, in der viele von ihnen schlafen. Sie kündigte an, dass die "
         "Stadt für jede obdachlos gewordene Familie eine dauerhafte Wohnung suchen werde.",
         "Der Gasnetzbetreiber Valgaz Réseaux betonte erneut, in dem Viertel sei vor dem Unglück kein Leck gemeldet "
         "worden."),
        (St("⟦Rettungskräfte bargen in der Nacht die Leiche einer Frau aus den Trümmern⟧, wie die Feuerwehr",
            "Verzanne firefighters", "indirect", "gas-u8"),
         St("»⟦Wir werden jeden Stein umdrehen, bis wir wissen, was geschehen ist⟧«", "Antoine Mérindol", "direct",
            "gas-u11"),
         St("hieß es, ⟦Techniker hätten am Vortag im Keller einen Gaszähler ausgetauscht⟧",
            "Verzanne investigation source", "indirect", "gas-u10"),
         St("dass ⟦die Stadt für jede obdachlos gewordene Familie eine dauerhafte Wohnung suchen werde⟧",
            "Élodie Carrasset", "indirect", "gas-u12"),
         St("betonte erneut, ⟦in dem Viertel sei vor dem Unglück kein Leck gemeldet worden⟧", "Valgaz Réseaux",
            "indirect", "gas-u3")),
        (Fg("auf ⟦fünf⟧ gestiegen", 5, None, "killed", "gas-q-killed"),
         Fg("⟦26⟧ Menschen wurden verletzt", 26, None, "wounded", "gas-q-wounded"),
         Fg("Rund ⟦120⟧ Bewohner", 120, "about", "displaced", "gas-q-rehoused"))),
    # ---------------------------------------------------------------- story: avian influenza on poultry farms (TEST)
    Art("ml6-bird-flu", "elmiradorcastellano.example", "sociedad/2026-11-24/gripe-aviar-ribalta-granjas",
        "2026-11-24", "es",
        "Gripe aviar en Ribalta: sacrificarán 180.000 gallinas y un operario da positivo",
        ("Las autoridades confirmaron este martes tres focos de gripe aviar altamente patógena en granjas de gallinas "
         "ponedoras de la comarca de Ribalta. Unas 180.000 aves serán sacrificadas en los próximos días y se ha "
         "establecido una zona de restricción de 10 kilómetros que afecta a 42 explotaciones.",
         "Uno de los operarios de la granja de Cantaluz ha dado positivo por el virus. Según la Consejería de "
         "Sanidad, el hombre presenta síntomas leves y permanece aislado en el hospital comarcal.",
         '"Actuamos con rapidez porque cada hora cuenta", aseguró la ministra de Agricultura, Pilar Ezcaray, que '
         "anunció que el Gobierno destinará seis millones de euros a indemnizar a los ganaderos afectados.",
         "El director de la Agencia de Sanidad Animal, Rodrigo Almansa, explicó que el virus probablemente llegó con "
         "aves silvestres de la laguna de Fontanar. A su juicio, el riesgo para la población general sigue siendo "
         "bajo.",
         'La Unión de Avicultores de Ribalta lamentó el golpe. "Hay familias que lo han perdido todo en dos días", '
         "dijo su presidenta, Nuria Escartín."),
        (St("Sanidad, ⟦el hombre presenta síntomas leves y permanece aislado en el hospital comarcal⟧",
            "Ribalta health department", "indirect", "flu-u7"),
         St('"⟦Actuamos con rapidez porque cada hora cuenta⟧"', "Pilar Ezcaray", "direct", "flu-u1"),
         St("anunció que ⟦el Gobierno destinará seis millones de euros a indemnizar a los ganaderos afectados⟧",
            "Pilar Ezcaray", "indirect", "flu-u2"),
         St("explicó que ⟦el virus probablemente llegó con aves silvestres de la laguna de Fontanar⟧",
            "Rodrigo Almansa", "indirect", "flu-u3"),
         St("A su juicio, ⟦el riesgo para la población general sigue siendo bajo⟧", "Rodrigo Almansa", "indirect",
            "flu-u4"),
         St('"⟦Hay familias que lo han perdido todo en dos días⟧"', "Nuria Escartín", "direct", "flu-u5")),
        (Fg("⟦tres⟧ focos", 3, None, "other", "flu-q-farms-infected"),
         Fg("Unas ⟦180.000⟧ aves", 180000, "about", "other", "flu-q-culled"),
         Fg("de ⟦10⟧ kilómetros", 10, None, "other", "flu-q-radius"),
         Fg("a ⟦42⟧ explotaciones", 42, None, "other", "flu-q-zone-farms"),
         Fg("⟦seis millones de euros⟧", 6_000_000, None, "money", "flu-q-aid"))),
    Art("ml6-bird-flu", "correiodaraia.example", "mundo/2026/11/25/gripe-aviaria-ribalta-espanha", "2026-11-25",
        "pt",
        "Gripe aviária alastra em Espanha junto à fronteira: 260 mil galinhas vão ser abatidas",
        ("Subiu para cinco o número de explorações avícolas afetadas pela gripe aviária na comarca espanhola de "
         "Ribalta, junto à fronteira portuguesa. De acordo com a Agência de Sanidade Animal, cerca de 260 mil "
         "galinhas terão de ser abatidas.",
         "Um trabalhador de uma das granjas, em Cantaluz, foi infetado. Segundo as autoridades de saúde, tem sintomas "
         "ligeiros e está isolado no hospital.",
         "“Agimos depressa porque cada hora conta”, afirmou a ministra espanhola da Agricultura, Pilar Ezcaray. O "
         "Governo de Madrid prometeu seis milhões de euros em indemnizações.",
         "Para Nuria Escartín, presidente da União de Avicultores de Ribalta, a ajuda prometida não chega para cobrir "
         "as perdas: muitas famílias “perderam tudo em dois dias”."),
        (St("Animal, ⟦cerca de 260 mil galinhas terão de ser abatidas⟧", "Ribalta animal health agency", "indirect",
            "flu-u8"),
         St("saúde, ⟦tem sintomas ligeiros e está isolado no hospital⟧", "Ribalta health department", "indirect",
            "flu-u7"),
         St("“⟦Agimos depressa porque cada hora conta⟧”", "Pilar Ezcaray", "direct", "flu-u1"),
         St("Ribalta, ⟦a ajuda prometida não chega para cobrir as perdas⟧", "Nuria Escartín", "indirect", "flu-u6"),
         St("perdas: ⟦muitas famílias “perderam tudo em dois dias”⟧", "Nuria Escartín", "partial", "flu-u5")),
        (Fg("para ⟦cinco⟧ o número", 5, None, "other", "flu-q-farms-infected"),
         Fg("cerca de ⟦260 mil⟧ galinhas", 260000, "about", "other", "flu-q-culled"),
         Fg("⟦seis milhões de euros⟧", 6_000_000, None, "money", "flu-q-aid"))),
    Art("ml6-bird-flu", "taunusbote.example", "welt/vogelgrippe-spanien-ribalta-1.20931", "2026-11-25", "de",
        "Vogelgrippe in Spanien: Hunderttausende Legehennen müssen getötet werden",
        ("In der spanischen Region Ribalta breitet sich die Vogelgrippe weiter aus. Inzwischen ist das "
         "hochansteckende Virus in fünf Geflügelbetrieben nachgewiesen worden, mehr als 250.000 Legehennen sollen "
         "gekeult werden.",
         "Auch ein Arbeiter eines betroffenen Hofs hat sich angesteckt. Nach Angaben der regionalen "
         "Gesundheitsbehörde hat der Mann leichte Symptome; er liegt isoliert im Krankenhaus.",
         "Das Virus sei vermutlich von Wildvögeln aus einer nahen Lagune eingeschleppt worden, sagte der Leiter der "
         "Tiergesundheitsbehörde, Rodrigo Almansa. Für die Bevölkerung sei das Risiko gering, betonte er.",
         "Rund 40 Betriebe liegen in der Sperrzone von zehn Kilometern um die Ausbruchsherde. „Manche Familien haben "
         "innerhalb von zwei Tagen alles verloren“, sagte Nuria Escartín vom Geflügelzüchterverband der Region. Die "
         "sechs Millionen Euro Entschädigung, die Agrarministerin Pilar Ezcaray zugesagt hat, reichten bei weitem "
         "nicht, kritisierte sie."),
        (St("Gesundheitsbehörde ⟦hat der Mann leichte Symptome; er liegt isoliert im Krankenhaus⟧",
            "Ribalta health department", "indirect", "flu-u7"),
         St("⟦Das Virus sei vermutlich von Wildvögeln aus einer nahen Lagune eingeschleppt worden⟧, sagte",
            "Rodrigo Almansa", "indirect", "flu-u3"),
         St("⟦Für die Bevölkerung sei das Risiko gering⟧, betonte er", "Rodrigo Almansa", "indirect", "flu-u4"),
         St("„⟦Manche Familien haben innerhalb von zwei Tagen alles verloren⟧“", "Nuria Escartín", "direct",
            "flu-u5"),
         St("⟦Die sechs Millionen Euro Entschädigung, die Agrarministerin Pilar Ezcaray zugesagt hat, reichten bei "
            "weitem nicht⟧, kritisierte", "Nuria Escartín", "indirect", "flu-u6")),
        (Fg("in ⟦fünf⟧ Geflügelbetrieben", 5, None, "other", "flu-q-farms-infected"),
         Fg("mehr als ⟦250.000⟧ Legehennen", 250000, "more than", "other", "flu-q-culled"),
         Fg("Rund ⟦40⟧ Betriebe", 40, "about", "other", "flu-q-zone-farms"),
         Fg("von ⟦zehn⟧ Kilometern", 10, None, "other", "flu-q-radius"),
         Fg("Die ⟦sechs Millionen Euro⟧", 6_000_000, None, "money", "flu-q-aid"))),
    Art("ml6-bird-flu", "haenuriilbo.example", "news/articleView.html?idxno=528804", "2026-11-25", "ko",
        "스페인 양계농장 조류인플루엔자 확산…닭 26만 마리 살처분",
        ("스페인 리발타 지역 양계농장에서 고병원성 조류인플루엔자(AI)가 잇따라 확인돼 닭 26만 마리가 살처분될 "
         "예정이다. 감염이 확인된 농장은 5곳으로 늘었고, 반경 10㎞ 방역대 안에 있는 농장 40여 곳에는 이동 제한 "
         "조치가 내려졌다.",
         "농장 직원 한 명도 감염됐다. 스페인 보건당국은 이 직원이 가벼운 증상을 보여 병원에 격리됐다고 전했다.",
         "로드리고 알만사 동물위생청장은 “인근 석호의 야생 조류가 바이러스를 옮겼을 가능성이 크다”고 말했다. "
         "그는 일반인의 감염 위험은 여전히 낮다고 덧붙였다.",
         "필라르 에스카라이 농업장관은 피해 농가에 600만 유로를 지원하겠다고 밝혔다. 리발타 양계협회의 누리아 "
         "에스카르틴 회장은 “이틀 만에 모든 것을 잃은 가족들이 있다”며 지원이 턱없이 부족하다고 주장했다."),
        (St("보건당국은 ⟦이 직원이 가벼운 증상을 보여 병원에 격리됐다⟧고", "Ribalta health department", "indirect",
            "flu-u7"),
         St("“⟦인근 석호의 야생 조류가 바이러스를 옮겼을 가능성이 크다⟧”", "Rodrigo Almansa", "direct", "flu-u3"),
         St("그는 ⟦일반인의 감염 위험은 여전히 낮다⟧고", "Rodrigo Almansa", "indirect", "flu-u4"),
         St("농업장관은 ⟦피해 농가에 600만 유로를 지원하겠다⟧고", "Pilar Ezcaray", "indirect", "flu-u2"),
         St("“⟦이틀 만에 모든 것을 잃은 가족들이 있다⟧”", "Nuria Escartín", "direct", "flu-u5"),
         St("며 ⟦지원이 턱없이 부족하다⟧고", "Nuria Escartín", "indirect", "flu-u6")),
        (Fg("닭 ⟦26만⟧ 마리가", 260000, None, "other", "flu-q-culled"),
         Fg("농장은 ⟦5⟧곳으로", 5, None, "other", "flu-q-farms-infected"),
         Fg("반경 ⟦10⟧㎞", 10, None, "other", "flu-q-radius"),
         Fg("농장 ⟦40여⟧ 곳", 40, "more than", "other", "flu-q-zone-farms"),
         Fg("농가에 ⟦600만 유로⟧", 6_000_000, None, "money", "flu-q-aid"))),
    Art("ml6-bird-flu", "westbrookherald.example", "world/2026/11/25/spain-bird-flu-ribalta-cull", "2026-11-25",
        "en",
        "Spain to cull 260,000 hens as bird flu spreads in Ribalta",
        ("Spanish authorities will cull some 260,000 laying hens after highly pathogenic bird flu was found at two "
         "more poultry farms in the Ribalta district, bringing the number of outbreaks to five, the country's animal "
         "health agency said on Wednesday. More than 40 farms lie inside a 10-kilometre restriction zone.",
         "A worker at one of the affected farms has caught the virus. Regional health officials said he had mild "
         "symptoms and was being treated in isolation.",
         "Agriculture Minister Pilar Ezcaray promised €6 million in compensation for farmers. “We acted fast because "
         "every hour counts,” she said.",
         "Rodrigo Almansa, who heads the agency, said wild birds from a nearby lagoon had most likely brought the "
         "virus in. But Nuria Escartín, president of the Ribalta Poultry Farmers' Union, said the money would not "
         "cover the losses. “Some families have lost everything in two days,” she said."),
        (St("⟦Spanish authorities will cull some 260,000 laying hens after highly pathogenic bird flu was found at two "
            "more poultry farms in the Ribalta district, bringing the number of outbreaks to five⟧, the country's",
            "Ribalta animal health agency", "indirect", "flu-u8"),
         St("officials said ⟦he had mild symptoms and was being treated in isolation⟧", "Ribalta health department",
            "indirect", "flu-u7"),
         St("“⟦We acted fast because every hour counts⟧,”", "Pilar Ezcaray", "direct", "flu-u1"),
         St("agency, said ⟦wild birds from a nearby lagoon had most likely brought the virus in⟧", "Rodrigo Almansa",
            "indirect", "flu-u3"),
         St("Union, said ⟦the money would not cover the losses⟧", "Nuria Escartín", "indirect", "flu-u6"),
         St("“⟦Some families have lost everything in two days⟧,”", "Nuria Escartín", "direct", "flu-u5")),
        (Fg("some ⟦260,000⟧ laying hens", 260000, "about", "other", "flu-q-culled"),
         Fg("outbreaks to ⟦five⟧", 5, None, "other", "flu-q-farms-infected"),
         Fg("More than ⟦40⟧ farms", 40, "more than", "other", "flu-q-zone-farms"),
         Fg("a ⟦10⟧-kilometre", 10, None, "other", "flu-q-radius"),
         Fg("promised ⟦€6 million⟧", 6_000_000, None, "money", "flu-q-aid"))),
    Art("ml6-bird-flu", "lagacetadelduero.example", "espana/2026/11/26/gripe-aviar-sexta-granja-ribalta",
        "2026-11-26", "es",
        "La gripe aviar llega a una sexta granja de Ribalta",
        ("Ya son seis las granjas afectadas por la gripe aviar en la comarca de Ribalta. Con el nuevo foco, detectado "
         "el miércoles por la noche en Olmedilla, el número de gallinas que deberán ser sacrificadas supera las "
         "300.000, según fuentes del Ministerio de Agricultura.",
         "El operario contagiado en Cantaluz evoluciona favorablemente, informó la Consejería de Sanidad, que no ha "
         "detectado nuevos casos entre las personas que estuvieron en contacto con él.",
         "La zona de restricción abarca ya 47 explotaciones. \"Nos piden paciencia, pero los bancos no esperan\", "
         "advirtió Nuria Escartín, presidenta de la Unión de Avicultores.",
         "Según el director de la Agencia de Sanidad Animal, Rodrigo Almansa, los análisis genéticos confirman que "
         "el virus es el mismo en todos los focos."),
        (St("⟦Con el nuevo foco, detectado el miércoles por la noche en Olmedilla, el número de gallinas que deberán "
            "ser sacrificadas supera las 300.000⟧, según", "Spanish agriculture ministry sources", "indirect",
            "flu-u9"),
         St("⟦El operario contagiado en Cantaluz evoluciona favorablemente⟧, informó", "Ribalta health department",
            "indirect", "flu-u10"),
         St("que ⟦no ha detectado nuevos casos entre las personas que estuvieron en contacto con él⟧",
            "Ribalta health department", "indirect", "flu-u11"),
         St('"⟦Nos piden paciencia, pero los bancos no esperan⟧"', "Nuria Escartín", "direct", "flu-u12"),
         St("Almansa, ⟦los análisis genéticos confirman que el virus es el mismo en todos los focos⟧",
            "Rodrigo Almansa", "indirect", "flu-u13")),
        (Fg("son ⟦seis⟧ las granjas", 6, None, "other", "flu-q-farms-infected"),
         Fg("supera las ⟦300.000⟧", 300000, "more than", "other", "flu-q-culled"),
         Fg("ya ⟦47⟧ explotaciones", 47, None, "other", "flu-q-zone-farms"))),
    # ---------------------------------------------------------------- story: a tanker oil spill (TEST)
    Art("ml6-oil-spill", "baramilbo.example", "news/articleView.html?idxno=77120", "2026-12-02", "ko",
        "서림 앞바다서 유조선 좌초…원유 800t 유출",
        ("1일 밤 서해안 서림군 앞바다에서 유조선 해원프런티어호가 암초에 걸려 좌초하면서 원유 약 800t이 바다로 "
         "흘러나갔다. 기름띠는 해안선 25㎞가량을 뒤덮었다.",
         "서림해양경찰서에 따르면 선원 21명은 모두 구조됐다. 백승호 서림해양경찰서장은 “유출은 일단 멈췄지만 "
         "선체에 아직 기름이 남아 있다”고 말했다. 그는 배가 강풍 속에 항로를 벗어나 암초에 부딪힌 것으로 "
         "보인다고 설명했다.",
         "선사인 한결해운은 입장문을 내고 “주민들께 깊이 사과드리며 방제 비용 전액을 부담하겠다”고 밝혔다.",
         "환경단체 푸른바다시민연대의 하윤정 사무국장은 “이 기름은 수십 년 동안 갯벌에 상처로 남을 것”이라고 "
         "우려했다."),
        (St("따르면 ⟦선원 21명은 모두 구조됐다⟧", "Seorim coast guard", "indirect", "oil-u8"),
         St("“⟦유출은 일단 멈췄지만 선체에 아직 기름이 남아 있다⟧”", "Baek Seung-ho", "direct", "oil-u1"),
         St("그는 ⟦배가 강풍 속에 항로를 벗어나 암초에 부딪힌 것으로 보인다⟧고", "Baek Seung-ho", "indirect",
            "oil-u2"),
         St("“⟦주민들께 깊이 사과드리며 방제 비용 전액을 부담하겠다⟧”", "Hangyeol Shipping", "direct", "oil-u3"),
         St("“⟦이 기름은 수십 년 동안 갯벌에 상처로 남을 것⟧”", "Ha Yoon-jung", "direct", "oil-u5")),
        (Fg("원유 약 ⟦800⟧t", 800, "about", "other", "oil-q-tonnes"),
         Fg("해안선 ⟦25⟧㎞가량", 25, "about", "other", "oil-q-coast"),
         Fg("선원 ⟦21⟧명", 21, None, "other", "oil-q-crew"))),
    Art("ml6-oil-spill", "havelkurier.example", "panorama/tankerunglueck-suedkorea-seorim-1.55207", "2026-12-02",
        "de",
        "Tankerunglück vor Südkorea: Hunderte Tonnen Öl ausgelaufen",
        ("Vor der südkoreanischen Westküste ist ein Tanker in der Nacht zum Mittwoch auf ein Riff gelaufen und "
         "leckgeschlagen. Nach Angaben der Küstenwache flossen rund 800 Tonnen Rohöl ins Meer; ein Ölteppich "
         "verschmutzt inzwischen etwa 25 Kilometer Küste beim Landkreis Seorim.",
         "Alle 21 Besatzungsmitglieder der „Haewon Frontier“ wurden gerettet. „Das Leck ist vorerst gestopft, aber "
         "im Rumpf ist noch Öl“, sagte der Chef der örtlichen Küstenwache, Baek Seung Ho. Der Tanker sei bei starkem "
         "Wind vom Kurs abgekommen, erklärte er.",
         "Die Reederei Hangyeol Shipping entschuldigte sich bei den Anwohnern und kündigte an, sämtliche Kosten für "
         "die Reinigung zu übernehmen.",
         "Umweltschützer sind alarmiert. Das Bürgerbündnis Blaues Meer warnte, das Öl werde das Watt „für "
         "Jahrzehnte“ schädigen."),
        (St("Küstenwache ⟦flossen rund 800 Tonnen Rohöl ins Meer; ein Ölteppich verschmutzt inzwischen etwa 25 "
            "Kilometer Küste beim Landkreis Seorim⟧", "Seorim coast guard", "indirect", "oil-u9"),
         St("„⟦Das Leck ist vorerst gestopft, aber im Rumpf ist noch Öl⟧“", "Baek Seung-ho", "direct", "oil-u1"),
         St("⟦Der Tanker sei bei starkem Wind vom Kurs abgekommen⟧, erklärte er", "Baek Seung-ho", "indirect",
            "oil-u2"),
         St("kündigte an, ⟦sämtliche Kosten für die Reinigung zu übernehmen⟧", "Hangyeol Shipping", "indirect",
            "oil-u3"),
         St("warnte, ⟦das Öl werde das Watt „für Jahrzehnte“ schädigen⟧", "Blue Sea Citizens' Alliance", "partial",
            "oil-u5")),
        (Fg("rund ⟦800⟧ Tonnen", 800, "about", "other", "oil-q-tonnes"),
         Fg("etwa ⟦25⟧ Kilometer", 25, "about", "other", "oil-q-coast"),
         Fg("Alle ⟦21⟧ Besatzungsmitglieder", 21, None, "other", "oil-q-crew"))),
    Art("ml6-oil-spill", "hanultimes.example", "news/articleView.html?idxno=416093", "2026-12-05", "ko",
        "서림 기름 유출량 두 배 가까이 늘어…자원봉사자 3천여 명 방제 나서",
        ("서림군 앞바다 유조선 좌초 사고로 바다에 흘러든 원유가 당초 추정치의 두 배 가까이로 불어났다. 기름 "
         "피해를 입은 해안도 38㎞로 늘었다.",
         "한결해운 측은 4일 기자회견에서 “탱크 두 곳이 추가로 파손된 사실을 확인했다”며 유출량이 1천400t가량이라고 "
         "밝혔다.",
         "주말을 맞아 전국에서 모인 자원봉사자 3천여 명이 해변에서 기름 덩어리를 걷어냈다. 해경 관계자는 "
         "“선장을 상대로 항로 이탈 경위를 조사하고 있다”고 전했다.",
         "푸른바다시민연대에 따르면 지금까지 기름을 뒤집어쓴 채 발견된 바닷새는 250마리가 넘고, 이 가운데 "
         "절반가량이 죽었다."),
        (St("“⟦탱크 두 곳이 추가로 파손된 사실을 확인했다⟧”", "Hangyeol Shipping", "direct", "oil-u4"),
         St("며 ⟦유출량이 1천400t가량⟧이라고", "Hangyeol Shipping", "indirect", "oil-u10"),
         St("“⟦선장을 상대로 항로 이탈 경위를 조사하고 있다⟧”", "Seorim coast guard official", "direct", "oil-u7"),
         St("따르면 ⟦지금까지 기름을 뒤집어쓴 채 발견된 바닷새는 250마리가 넘고, 이 가운데 절반가량이 죽었다⟧",
            "Blue Sea Citizens' Alliance", "indirect", "oil-u6")),
        (Fg("해안도 ⟦38⟧㎞로", 38, None, "other", "oil-q-coast"),
         Fg("유출량이 ⟦1천400⟧t가량", 1400, "about", "other", "oil-q-tonnes"),
         Fg("자원봉사자 ⟦3천여⟧ 명", 3000, "more than", "other", "oil-q-volunteers"),
         Fg("바닷새는 ⟦250⟧마리가", 250, "more than", "other", "oil-q-birds"))),
    Art("ml6-oil-spill", "lesechosduponant.example", "monde/2026/12/06/maree-noire-coree-du-sud-seorim",
        "2026-12-06", "fr",
        "Marée noire en Corée du Sud : la fuite bien plus importante qu'annoncé",
        ("Le pétrolier Haewon Frontier, échoué depuis mardi soir sur un récif au large du district de Seorim, en "
         "Corée du Sud, a laissé échapper bien plus de brut qu'annoncé. L'armateur, Hangyeol Shipping, a reconnu "
         f"vendredi que quelque 1{NB}400 tonnes s'étaient déversées en mer, contre 800 selon la première estimation "
         "des garde-côtes.",
         f"Près de 40 kilomètres de côtes sont souillés. «{NB}La fuite est stoppée pour l'instant, mais il reste du "
         f"pétrole dans la coque{NB}», avait déclaré mercredi Baek Seung-ho, le chef des garde-côtes locaux.",
         f"Plus de 3{NB}000 bénévoles ont afflué ce week-end pour nettoyer les plages. D'après l'association "
         "écologiste Alliance citoyenne pour une mer bleue, plus de 250 oiseaux mazoutés ont été recueillis. "
         f"«{NB}Ces vasières porteront la cicatrice de cette marée noire pendant des décennies{NB}», prévient sa "
         "secrétaire générale, Ha Yoon-jung."),
        (St(f"vendredi que ⟦quelque 1{NB}400 tonnes s'étaient déversées en mer⟧", "Hangyeol Shipping", "indirect",
            "oil-u10"),
         St(f"«{NB}⟦La fuite est stoppée pour l'instant, mais il reste du pétrole dans la coque⟧{NB}»",
            "Baek Seung-ho", "direct", "oil-u1"),
         St("bleue, ⟦plus de 250 oiseaux mazoutés ont été recueillis⟧", "Blue Sea Citizens' Alliance", "indirect",
            "oil-u6"),
         St(f"«{NB}⟦Ces vasières porteront la cicatrice de cette marée noire pendant des décennies⟧{NB}»",
            "Ha Yoon-jung", "direct", "oil-u5")),
        (Fg(f"quelque ⟦1{NB}400⟧ tonnes", 1400, "about", "other", "oil-q-tonnes"),
         Fg("contre ⟦800⟧ selon", 800, None, "other", "oil-q-tonnes"),
         Fg("Près de ⟦40⟧ kilomètres", 40, "nearly", "other", "oil-q-coast"),
         Fg(f"Plus de ⟦3{NB}000⟧ bénévoles", 3000, "more than", "other", "oil-q-volunteers"),
         Fg("plus de ⟦250⟧ oiseaux", 250, "more than", "other", "oil-q-birds"))),
    Art("ml6-oil-spill", "lavocedellalaguna.example", "esteri/2026/12/05/corea-del-sud-petroliera-marea-nera",
        "2026-12-05", "it",
        "Corea del Sud, petroliera incagliata: in mare 1.400 tonnellate di greggio",
        ("Sono circa 1.400 le tonnellate di petrolio fuoriuscite dalla petroliera Haewon Frontier, incagliata da "
         "martedì sera su una scogliera al largo di Seorim, sulla costa occidentale della Corea del Sud. La marea "
         "nera ha già raggiunto 38 chilometri di litorale.",
         "Secondo la guardia costiera sudcoreana, la nave avrebbe deviato dalla rotta a causa del vento forte prima "
         "di urtare gli scogli. La compagnia armatrice, la Hangyeol Shipping, ha chiesto scusa agli abitanti e ha "
         "promesso che si farà carico di tutte le spese di bonifica.",
         "Migliaia di volontari – oltre tremila, secondo le autorità locali – stanno ripulendo le spiagge a mano.",
         "«Queste distese di fango porteranno i segni per decenni», ha detto Ha Yoon-jung, dell'associazione "
         "ambientalista Alleanza civica per il mare blu, che ha contato circa 250 uccelli ricoperti di petrolio."),
        (St("sudcoreana, ⟦la nave avrebbe deviato dalla rotta a causa del vento forte prima di urtare gli scogli⟧",
            "Seorim coast guard", "indirect", "oil-u2"),
         St("promesso che ⟦si farà carico di tutte le spese di bonifica⟧", "Hangyeol Shipping", "indirect", "oil-u3"),
         St("«⟦Queste distese di fango porteranno i segni per decenni⟧»", "Ha Yoon-jung", "direct", "oil-u5")),
        (Fg("circa ⟦1.400⟧ le", 1400, "about", "other", "oil-q-tonnes"),
         Fg("raggiunto ⟦38⟧ chilometri", 38, None, "other", "oil-q-coast"),
         Fg("oltre ⟦tremila⟧", 3000, "more than", "other", "oil-q-volunteers"),
         Fg("circa ⟦250⟧ uccelli", 250, "about", "other", "oil-q-birds"))),
    Art("ml6-oil-spill", "diariodoestuario.example", "mundo/2026-12-05/derrame-petroleo-coreia-do-sul-seorim",
        "2026-12-05", "pt",
        "Derrame de petróleo na Coreia do Sul já atinge 38 quilómetros de costa",
        ("O derrame de petróleo provocado pelo encalhe do navio-tanque Haewon Frontier, ao largo de Seorim, na Coreia "
         "do Sul, já atinge 38 quilómetros de costa, segundo a guarda costeira sul-coreana.",
         "A empresa armadora, a Hangyeol Shipping, admitiu que foram derramadas cerca de 1.400 toneladas de crude, "
         "quase o dobro da primeira estimativa.",
         "“A fuga está parada por agora, mas ainda há petróleo no casco”, disse o comandante da guarda costeira "
         "local, Baek Seung-ho. Os 21 tripulantes foram todos resgatados.",
         "Segundo Ha Yoon-jung, da Aliança Cidadã por um Mar Azul, as lamas da baía vão ficar marcadas durante "
         "décadas. Mais de três mil voluntários juntaram-se às operações de limpeza."),
        (St("⟦O derrame de petróleo provocado pelo encalhe do navio-tanque Haewon Frontier, ao largo de Seorim, na "
            "Coreia do Sul, já atinge 38 quilómetros de costa⟧, segundo", "Seorim coast guard", "indirect",
            "oil-u11"),
         St("admitiu que ⟦foram derramadas cerca de 1.400 toneladas de crude, quase o dobro da primeira "
            "estimativa⟧", "Hangyeol Shipping", "indirect", "oil-u10"),
         St("“⟦A fuga está parada por agora, mas ainda há petróleo no casco⟧”", "Baek Seung-ho", "direct", "oil-u1"),
         St("Azul, ⟦as lamas da baía vão ficar marcadas durante décadas⟧", "Ha Yoon-jung", "indirect", "oil-u5")),
        (Fg("atinge ⟦38⟧ quilómetros", 38, None, "other", "oil-q-coast"),
         Fg("cerca de ⟦1.400⟧ toneladas", 1400, "about", "other", "oil-q-tonnes"),
         Fg("Os ⟦21⟧ tripulantes", 21, None, "other", "oil-q-crew"),
         Fg("Mais de ⟦três mil⟧ voluntários", 3000, "more than", "other", "oil-q-volunteers"))),
)


# Every form an entity of these stories is written as (see SPEAKER_FORMS in build_multilingual.py).
SPEAKER_FORMS_18: dict[str, tuple[str, ...]] = {
    "Élodie Carrasset": ("Élodie Carrasset", "Elodie Carrasset", "Carrasset", "엘로디 카라세", "카라세",
                         "엘로디 카라세 베르잔 시장", "maire", "Bürgermeisterin Élodie Carrasset", "sindaca",
                         "Mayor Élodie Carrasset"),
    "Valgaz Réseaux": ("Valgaz Réseaux", "Valgaz", "발가스 레조", "가스 공급업체 발가스 레조", "distributeur",
                       "Netzbetreiber", "Gasnetzbetreiber", "distributore"),
    "Antoine Mérindol": ("Antoine Mérindol", "Antoine Merindol", "Mérindol", "앙투안 메랭돌", "앙투안 메랭돌 검사",
                         "procureur de la République", "Staatsanwalt Antoine Mérindol", "procuratore",
                         "Prosecutor Antoine Mérindol"),
    "Verzanne firefighters": ("sapeurs-pompiers", "pompiers", "Feuerwehr", "현지 소방당국", "소방당국",
                              "firefighters"),
    "Verzanne town hall": ("Comune", "town hall", "mairie", "시 당국"),
    "Verzanne investigation source": ("source proche de l'enquête", "person familiar with the investigation",
                                      "Ermittlerkreisen", "Ermittlerkreise"),
    "Pilar Ezcaray": ("Pilar Ezcaray", "Ezcaray", "필라르 에스카라이", "에스카라이", "필라르 에스카라이 농업장관",
                     "ministra de Agricultura", "ministra espanhola da Agricultura", "Agrarministerin Pilar Ezcaray",
                     "Agriculture Minister Pilar Ezcaray"),
    "Rodrigo Almansa": ("Rodrigo Almansa", "Almansa", "로드리고 알만사", "알만사", "로드리고 알만사 동물위생청장",
                        "director de la Agencia de Sanidad Animal", "Leiter der Tiergesundheitsbehörde"),
    "Ribalta animal health agency": ("Agencia de Sanidad Animal", "Agência de Sanidade Animal",
                                     "Tiergesundheitsbehörde", "동물위생청", "animal health agency"),
    "Nuria Escartín": ("Nuria Escartín", "Nuria Escartin", "Escartín", "누리아 에스카르틴", "에스카르틴",
                       "누리아 에스카르틴 회장", "presidenta", "presidente da União de Avicultores de Ribalta"),
    "Ribalta health department": ("Consejería de Sanidad", "autoridades de saúde", "regionale Gesundheitsbehörde",
                                  "Gesundheitsbehörde", "스페인 보건당국", "보건당국", "Regional health officials",
                                  "health officials"),
    "Spanish agriculture ministry sources": ("fuentes del Ministerio de Agricultura", "Ministerio de Agricultura"),
    "Baek Seung-ho": ("Baek Seung-ho", "Baek Seung Ho", "백승호", "백승호 서림해양경찰서장", "Chef der örtlichen Küstenwache",
                      "chef des garde-côtes locaux", "comandante da guarda costeira local"),
    "Seorim coast guard": ("서림해양경찰서", "해경", "Küstenwache", "garde-côtes", "guardia costiera sudcoreana",
                           "guarda costeira sul-coreana", "coast guard"),
    "Seorim coast guard official": ("해경 관계자",),
    "Hangyeol Shipping": ("Hangyeol Shipping", "한결해운", "한결해운 측", "선사", "Reederei Hangyeol Shipping", "Reederei",
                          "armateur", "compagnia armatrice", "empresa armadora"),
    "Ha Yoon-jung": ("Ha Yoon-jung", "Ha Yoon Jung", "하윤정", "하윤정 사무국장", "secrétaire générale"),
    "Blue Sea Citizens' Alliance": ("푸른바다시민연대", "Bürgerbündnis Blaues Meer", "Alliance citoyenne pour une mer bleue",
                                    "Alleanza civica per il mare blu", "Aliança Cidadã por um Mar Azul",
                                    "Blue Sea Citizens' Alliance"),
}
