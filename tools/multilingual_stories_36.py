"""Unseen dev stories ml10-* of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py,
which holds the conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never read the extraction or linking rules.
Every country, town, person, company, outlet and figure is invented. Stories here (all dev): a crush at a music
festival's exit, big cats escaping from a zoo after a storm, a national bank's two-day payment outage.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_36: tuple[Art, ...] = (
    # ---------------------------------------------------------------- ml10: a crush at a festival exit (dev)
    Art("ml10-festival-stampede", "northlinewire.example", "world/2026/08/16/estravia-festival-crush", "2026-08-16",
        "en",
        "Crush at Estravian music festival exit kills at least 11",
        ("At least 11 people were killed and more than 80 injured in a crush at the exit of the Kalmora Sound "
         "festival near Veldrin late on Saturday, as tens of thousands of fans tried to leave the grounds after the "
         "closing concert, police said.",
         '"The exit gates simply could not cope with the pressure from behind," police spokeswoman Ilse Varnow '
         "told reporters at the site. She said 14 of the injured were in a critical condition.",
         "Kalmora Live, the organiser, said some 42,000 people had attended the final night, but a police estimate "
         "put the crowd at nearly 60,000.",
         '"We are heartbroken. Every safety measure the authorities asked of us was in place," the company\'s '
         "director, Teodor Brask, said in a statement.",
         "Lena Morvik, 23, who was near the east gate, said people had started to fall \"like dominoes\" and that "
         "nobody further back could see what was happening.",
         "The Veldrin prosecutor's office said it had opened an investigation into possible negligent manslaughter."),
        (St("⟦At least 11 people were killed and more than 80 injured in a crush at the exit of the Kalmora Sound "
            "festival near Veldrin late on Saturday, as tens of thousands of fans tried to leave the grounds after "
            "the closing concert⟧, police said", "Veldrin police", "indirect", "ml10fest-u0"),
         St('"⟦The exit gates simply could not cope with the pressure from behind⟧,"', "Ilse Varnow", "direct",
            "ml10fest-u1"),
         St("She said ⟦14 of the injured were in a critical condition⟧", "Ilse Varnow", "indirect", "ml10fest-u2"),
         St("organiser, said ⟦some 42,000 people had attended the final night⟧", "Kalmora Live", "indirect",
            "ml10fest-u4"),
         St('"⟦We are heartbroken. Every safety measure the authorities asked of us was in place⟧,"',
            "Teodor Brask", "direct", "ml10fest-u3"),
         St("said ⟦people had started to fall \"like dominoes\"⟧", "Lena Morvik", "partial", "ml10fest-u5"),
         St("and that ⟦nobody further back could see what was happening⟧", "Lena Morvik", "indirect",
            "ml10fest-u6"),
         St("said ⟦it had opened an investigation into possible negligent manslaughter⟧",
            "Veldrin prosecutor's office", "indirect", "ml10fest-u7")),
        (Fg("At least ⟦11⟧ people", 11, "at least", "killed", "ml10fest-q-killed"),
         Fg("more than ⟦80⟧ injured", 80, "more than", "wounded", "ml10fest-q-wounded"),
         Fg("said ⟦14⟧ of the injured", 14, None, "wounded", "ml10fest-q-critical"),
         Fg("some ⟦42,000⟧ people", 42_000, "about", "other", "ml10fest-q-crowd"),
         Fg("nearly ⟦60,000⟧", 60_000, "nearly", "other", "ml10fest-q-crowd"))),
    Art("ml10-festival-stampede", "moselbote.example", "panorama/estravien-festival-gedraenge-1.8812", "2026-08-16",
        "de",
        "Gedränge am Festivalausgang: Mindestens elf Tote in Estravien",
        ("Beim Verlassen des Kalmora-Sound-Festivals nahe der estravischen Stadt Veldrin sind in der Nacht zum "
         "Sonntag mindestens elf Menschen ums Leben gekommen. Mehr als 80 Besucher wurden verletzt.",
         "„Die Ausgänge haben dem Druck von hinten einfach nicht standgehalten“, sagte Polizeisprecherin Ilse "
         "Warnow. Vierzehn Verletzte schwebten in Lebensgefahr, fügte sie hinzu.",
         "Laut dem Veranstalter Kalmora Live waren am letzten Abend rund 42.000 Menschen auf dem Gelände, die "
         "Polizei spricht dagegen von knapp 60.000. Veranstalter-Chef Teodor Brask zeigte sich erschüttert: „Alle "
         "Sicherheitsauflagen der Behörden waren erfüllt.“",
         "Eine Besucherin, die 23-jährige Lena Morvik, schilderte, die Menschen seien „wie Dominosteine“ "
         "umgefallen.",
         "Die Staatsanwaltschaft Veldrin teilte mit, sie habe Ermittlungen wegen fahrlässiger Tötung eingeleitet."),
        (St("„⟦Die Ausgänge haben dem Druck von hinten einfach nicht standgehalten⟧“", "Ilse Varnow", "direct",
            "ml10fest-u1"),
         St("⟦Vierzehn Verletzte schwebten in Lebensgefahr⟧, fügte sie hinzu", "Ilse Varnow", "indirect",
            "ml10fest-u2"),
         St("Kalmora Live ⟦waren am letzten Abend rund 42.000 Menschen auf dem Gelände⟧", "Kalmora Live",
            "indirect", "ml10fest-u4"),
         St("„⟦Alle Sicherheitsauflagen der Behörden waren erfüllt⟧.“", "Teodor Brask", "direct", "ml10fest-u3"),
         St("schilderte, ⟦die Menschen seien „wie Dominosteine“ umgefallen⟧", "Lena Morvik", "partial",
            "ml10fest-u5"),
         St("mit, ⟦sie habe Ermittlungen wegen fahrlässiger Tötung eingeleitet⟧",
            "Veldrin prosecutor's office", "indirect", "ml10fest-u7")),
        (Fg("mindestens ⟦elf⟧ Menschen", 11, "at least", "killed", "ml10fest-q-killed"),
         Fg("Mehr als ⟦80⟧ Besucher", 80, "more than", "wounded", "ml10fest-q-wounded"),
         Fg("⟦Vierzehn⟧ Verletzte", 14, None, "wounded", "ml10fest-q-critical"),
         Fg("rund ⟦42.000⟧ Menschen", 42_000, "about", "other", "ml10fest-q-crowd"),
         Fg("knapp ⟦60.000⟧", 60_000, "nearly", "other", "ml10fest-q-crowd"))),
    Art("ml10-festival-stampede", "elheraldocostero.example", "internacional/2026-08-16/avalancha-festival-veldrin",
        "2026-08-16", "es",
        "Once muertos en una avalancha a la salida de un festival de música en Estravia",
        ("Al menos once personas murieron y más de 80 resultaron heridas en una avalancha humana a la salida del "
         "festival Kalmora Sound, cerca de la ciudad estravia de Veldrin, en la madrugada del domingo.",
         "Según la portavoz de la policía, Ilse Varnow, las puertas de salida \"no aguantaron la presión\" de la "
         "multitud que empujaba desde atrás.",
         "La organizadora, Kalmora Live, calcula que unas 42.000 personas asistieron al último concierto; la policía "
         "eleva la cifra a entre 55.000 y 60.000.",
         "\"Estamos destrozados\", declaró su director, Teodor Brask, en un comunicado.",
         "Lena Morvik, una estudiante de 23 años, contó que la gente \"caía como fichas de dominó\" y que los de "
         "atrás no veían nada.",
         "La Fiscalía de Veldrin anunció que investigará la tragedia como un posible homicidio imprudente."),
        (St("Varnow, ⟦las puertas de salida \"no aguantaron la presión\" de la multitud que empujaba desde atrás⟧",
            "Ilse Varnow", "partial", "ml10fest-u1"),
         St("calcula que ⟦unas 42.000 personas asistieron al último concierto⟧", "Kalmora Live", "indirect",
            "ml10fest-u4"),
         St("\"⟦Estamos destrozados⟧\"", "Teodor Brask", "direct", "ml10fest-u3"),
         St("contó que ⟦la gente \"caía como fichas de dominó\"⟧", "Lena Morvik", "partial", "ml10fest-u5"),
         St("y que ⟦los de atrás no veían nada⟧", "Lena Morvik", "indirect", "ml10fest-u6"),
         St("anunció que ⟦investigará la tragedia como un posible homicidio imprudente⟧",
            "Veldrin prosecutor's office", "indirect", "ml10fest-u7")),
        (Fg("Al menos ⟦once⟧ personas", 11, "at least", "killed", "ml10fest-q-killed"),
         Fg("más de ⟦80⟧ resultaron", 80, "more than", "wounded", "ml10fest-q-wounded"),
         Fg("unas ⟦42.000⟧ personas", 42_000, "about", "other", "ml10fest-q-crowd"),
         Fg("entre ⟦55.000 y 60.000⟧", 57_500, None, "other", "ml10fest-q-crowd", low=55_000, high=60_000))),
    Art("ml10-festival-stampede", "lephareduouest.example", "monde/estravie-bousculade-kalmora-bilan", "2026-08-17",
        "fr",
        "Bousculade au festival Kalmora Sound : le bilan s'alourdit à 13 morts",
        ("Le bilan de la bousculade survenue samedi soir à la sortie du festival Kalmora Sound, près de Veldrin, "
         "est passé à 13 morts, a annoncé dimanche la police estravienne. Deux blessés ont succombé à l'hôpital "
         "dans la nuit.",
         "Près de 90 personnes ont été blessées, dont une douzaine se trouvent toujours dans un état critique.",
         f"«{NB}Les portes de sortie n'ont tout simplement pas résisté à la pression venue de l'arrière{NB}», a "
         "expliqué la porte-parole de la police, Ilse Varnow.",
         f"D'après l'organisateur, Kalmora Live, quelque 42{NB}000 spectateurs assistaient au concert de clôture. "
         f"La police avance plutôt le chiffre de 60{NB}000.",
         "Un agent de sécurité, qui a requis l'anonymat, affirme que seules deux des six sorties étaient ouvertes "
         "au moment du drame. Teodor Brask, directeur de Kalmora Live, a assuré pour sa part que "
         f"«{NB}toutes les mesures de sécurité exigées par les autorités{NB}» avaient été respectées.",
         "Le parquet de Veldrin a ouvert une enquête pour homicide involontaire."),
        (St("⟦Le bilan de la bousculade survenue samedi soir à la sortie du festival Kalmora Sound, près de Veldrin, "
            "est passé à 13 morts⟧, a annoncé", "Veldrin police", "indirect", "ml10fest-u8"),
         St(f"«{NB}⟦Les portes de sortie n'ont tout simplement pas résisté à la pression venue de l'arrière⟧{NB}»",
            "Ilse Varnow", "direct", "ml10fest-u1"),
         St("Kalmora Live, ⟦quelque 42\u00a0000 spectateurs assistaient au concert de clôture⟧", "Kalmora Live",
            "indirect", "ml10fest-u4"),
         St("affirme que ⟦seules deux des six sorties étaient ouvertes au moment du drame⟧",
            "Kalmora Sound security guard (anonymous)", "indirect", "ml10fest-u9"),
         St(f"part que ⟦«{NB}toutes les mesures de sécurité exigées par les autorités{NB}» avaient été respectées⟧",
            "Teodor Brask", "partial", "ml10fest-u3")),
        (Fg("passé à ⟦13⟧ morts", 13, None, "killed", "ml10fest-q-killed"),
         Fg("Près de ⟦90⟧ personnes", 90, "nearly", "wounded", "ml10fest-q-wounded"),
         Fg("dont ⟦une douzaine⟧", 12, "about", "wounded", "ml10fest-q-critical"),
         Fg(f"quelque ⟦42{NB}000⟧ spectateurs", 42_000, "about", "other", "ml10fest-q-crowd"),
         Fg(f"chiffre de ⟦60{NB}000⟧", 60_000, None, "other", "ml10fest-q-crowd"))),
    Art("ml10-festival-stampede", "saenalsinmun.example", "news/articleView.html?idxno=210544", "2026-08-17", "ko",
        "에스트라비아 음악축제 출구서 압사 사고…사망자 13명으로 늘어",
        ("에스트라비아 벨드린 인근에서 열린 '칼모라 사운드' 음악축제 출구에서 15일 밤 발생한 압사 사고로 숨진 "
         "사람이 13명으로 늘었다. 부상자는 90명 가까이 되며, 이 가운데 10여 명은 위중한 상태다.",
         "현지 경찰에 따르면 폐막 공연이 끝난 직후 수만 명의 관객이 동쪽 출구로 한꺼번에 몰리면서 사고가 났다. "
         "일제 바르노 경찰 대변인은 “출구 문이 뒤에서 밀려드는 압력을 도저히 견디지 못했다”고 말했다.",
         "주최사 칼모라 라이브는 마지막 날 관객이 4만2천 명이었다고 밝혔지만, 경찰은 6만 명에 육박했던 것으로 "
         "추산했다. 한 보안요원은 익명을 전제로 “여섯 개 출구 가운데 두 곳만 열려 있었다”고 전했다.",
         "테오도르 브라스크 칼모라 라이브 대표는 성명에서 “당국이 요구한 안전 조치는 모두 갖췄다”며 “참담한 "
         "심정”이라고 밝혔다.",
         "벨드린 검찰은 업무상 과실치사 혐의로 수사에 착수했다고 밝혔다."),
        (St("따르면 ⟦폐막 공연이 끝난 직후 수만 명의 관객이 동쪽 출구로 한꺼번에 몰리면서 사고가 났다⟧",
            "Veldrin police", "indirect", "ml10fest-u0"),
         St("“⟦출구 문이 뒤에서 밀려드는 압력을 도저히 견디지 못했다⟧”", "Ilse Varnow", "direct", "ml10fest-u1"),
         St("라이브는 ⟦마지막 날 관객이 4만2천 명이었다⟧고", "Kalmora Live", "indirect", "ml10fest-u4"),
         St("“⟦여섯 개 출구 가운데 두 곳만 열려 있었다⟧”", "Kalmora Sound security guard (anonymous)", "direct",
            "ml10fest-u9"),
         St("“⟦당국이 요구한 안전 조치는 모두 갖췄다⟧”", "Teodor Brask", "direct", "ml10fest-u3"),
         St("“⟦참담한 심정⟧”", "Teodor Brask", "direct", "ml10fest-u3"),
         St("검찰은 ⟦업무상 과실치사 혐의로 수사에 착수했다⟧고", "Veldrin prosecutor's office", "indirect",
            "ml10fest-u7")),
        (Fg("사람이 ⟦13⟧명으로", 13, None, "killed", "ml10fest-q-killed"),
         Fg("부상자는 ⟦90⟧명 가까이", 90, "nearly", "wounded", "ml10fest-q-wounded"),
         Fg("이 가운데 ⟦10여⟧ 명", 10, "more than", "wounded", "ml10fest-q-critical"),
         Fg("관객이 ⟦4만2천⟧ 명", 42_000, None, "other", "ml10fest-q-crowd"),
         Fg("경찰은 ⟦6만⟧ 명에 육박", 60_000, "nearly", "other", "ml10fest-q-crowd"))),
    # ---------------------------------------------------------------- ml10: big cats escape from a zoo (dev)
    Art("ml10-zoo-escape", "folhadeferrazo.example", "cidade/2026/10/03/felinos-fogem-jardim-zoologico",
        "2026-10-03", "pt",
        "Temporal derruba vedações e sete felinos fogem do zoo de Ferrazo",
        ("Sete grandes felinos — quatro leões, dois tigres e um jaguar — fugiram neste sábado do Jardim Zoológico "
         "de Ferrazo, depois de um temporal ter derrubado árvores sobre as vedações do recinto. Cerca de 1.800 "
         "visitantes foram retirados do parque às pressas.",
         "Segundo a polícia, quatro animais foram anestesiados e recapturados ao fim da tarde. Dois tigres, que já "
         "circulavam numa rua residencial do bairro de Vale Doce, acabaram abatidos a tiro.",
         "“Não havia outra opção. Os animais estavam a poucos metros de um parque infantil”, disse o porta-voz da "
         "Polícia Metropolitana de Ferrazo, Duarte Vilaça.",
         "A diretora do zoo, Helena Quaresma, afirmou que a prioridade foi “proteger os visitantes e, sempre que "
         "possível, trazer os animais de volta com vida”. O jaguar continuava em fuga ao fecho desta edição.",
         "A associação Patas Livres condenou o abate. “Matar animais assustados por uma tempestade é "
         "inaceitável”, declarou a sua porta-voz, Inês Carvalhal."),
        (St("Segundo a polícia, ⟦quatro animais foram anestesiados e recapturados ao fim da tarde⟧", "Ferrazo police",
            "indirect", "ml10zoo-u8"),
         St("“⟦Não havia outra opção. Os animais estavam a poucos metros de um parque infantil⟧”", "Duarte Vilaça",
            "direct", "ml10zoo-u3"),
         St("afirmou que ⟦a prioridade foi “proteger os visitantes e, sempre que possível, trazer os animais de volta "
            "com vida”⟧", "Helena Quaresma", "partial", "ml10zoo-u1"),
         St("“⟦Matar animais assustados por uma tempestade é inaceitável⟧”", "Inês Carvalhal", "direct",
            "ml10zoo-u5")),
        (Fg("⟦Sete⟧ grandes felinos", 7, None, "other", "ml10zoo-q-escaped"),
         Fg("Cerca de ⟦1.800⟧", 1800, "about", "other", "ml10zoo-q-visitors"),
         Fg("polícia, ⟦quatro⟧ animais", 4, None, "other", "ml10zoo-q-recaptured"),
         Fg("⟦Dois⟧ tigres, que", 2, None, "other", "ml10zoo-q-shot"))),
    Art("ml10-zoo-escape", "capitalherald.example", "world/2026/10/04/ferrazo-zoo-tigers-shot", "2026-10-04", "en",
        "Two tigers shot, jaguar still loose after storm frees big cats from Castrelian zoo",
        ("Police in the Castrelian city of Ferrazo shot dead two tigers and were still searching for a jaguar on "
         "Sunday, a day after a storm brought down trees on the fences of the city zoo and let seven big cats "
         "escape.",
         "Four lions were sedated and returned to their enclosure within hours, police said. Some 1,800 visitors "
         "were led out of the zoo as the animals roamed free, and two keepers suffered minor injuries.",
         '"There was no other option. The animals were only metres away from a children\'s playground," police '
         "spokesman Duarte Vilaca said. He added that residents of the Vale Doce district, about 12,000 people, "
         "had been told to stay indoors until the jaguar is found.",
         'Zoo director Helena Quaresma said the priority had been "to protect the visitors and, wherever possible, '
         'bring the animals back alive". The zoo will stay closed until every enclosure has been inspected, she '
         "said.",
         "The animal-welfare group Patas Livres said that killing animals frightened by a storm was "
         '"unacceptable". A keeper, speaking on condition of anonymity, said repairs to the big-cat fences had '
         "been postponed since the spring."),
        (St("⟦Four lions were sedated and returned to their enclosure within hours⟧, police said", "Ferrazo police",
            "indirect", "ml10zoo-u8"),
         St('"⟦There was no other option. The animals were only metres away from a children\'s playground⟧,"',
            "Duarte Vilaça", "direct", "ml10zoo-u3"),
         St("He added that ⟦residents of the Vale Doce district, about 12,000 people, had been told to stay indoors "
            "until the jaguar is found⟧", "Duarte Vilaça", "indirect", "ml10zoo-u9"),
         St('said ⟦the priority had been "to protect the visitors and, wherever possible, bring the animals back '
            'alive"⟧', "Helena Quaresma", "partial", "ml10zoo-u1"),
         St("⟦The zoo will stay closed until every enclosure has been inspected⟧, she said", "Helena Quaresma",
            "indirect", "ml10zoo-u4"),
         St('said that ⟦killing animals frightened by a storm was "unacceptable"⟧', "Patas Livres", "partial",
            "ml10zoo-u5"),
         St("said ⟦repairs to the big-cat fences had been postponed since the spring⟧",
            "Ferrazo zoo keeper (anonymous)", "indirect", "ml10zoo-u7")),
        (Fg("shot dead ⟦two⟧ tigers", 2, None, "other", "ml10zoo-q-shot"),
         Fg("let ⟦seven⟧ big cats", 7, None, "other", "ml10zoo-q-escaped"),
         Fg("⟦Four⟧ lions", 4, None, "other", "ml10zoo-q-recaptured"),
         Fg("Some ⟦1,800⟧ visitors", 1800, "about", "other", "ml10zoo-q-visitors"),
         Fg("and ⟦two⟧ keepers", 2, None, "wounded", "ml10zoo-q-keepers"),
         Fg("about ⟦12,000⟧ people", 12_000, "about", "other", "ml10zoo-q-residents"))),
    Art("ml10-zoo-escape", "donaublatt.example", "panorama/raubkatzen-zoo-ferrazo-unwetter-1.5530", "2026-10-04",
        "de",
        "Nach Unwetter: Raubkatzen brechen aus Zoo in Ferrazo aus",
        ("Ein schweres Unwetter hat im castrelischen Ferrazo die Gehege des städtischen Zoos beschädigt: "
         "Mindestens fünf Raubkatzen konnten am Samstag entkommen, darunter Löwen und Tiger. Rund 1.800 Besucher "
         "mussten den Zoo verlassen.",
         "Nach Angaben der Polizei wurden vier Löwen betäubt und wieder eingefangen, zwei Tiger wurden erschossen. "
         "„Es gab keine andere Möglichkeit“, sagte Polizeisprecher Duarte Vilaça. Die Tiere seien nur wenige Meter "
         "von einem Spielplatz entfernt gewesen.",
         "Zoodirektorin Helena Quaresma kündigte an, der Zoo bleibe bis auf Weiteres geschlossen.",
         "Tierschützer der Organisation Patas Livres kritisierten den Polizeieinsatz scharf. Es sei "
         "„inakzeptabel“, verängstigte Tiere zu töten, erklärte die Gruppe."),
        (St("Polizei ⟦wurden vier Löwen betäubt und wieder eingefangen, zwei Tiger wurden erschossen⟧",
            "Ferrazo police", "indirect", "ml10zoo-u8"),
         St("„⟦Es gab keine andere Möglichkeit⟧“", "Duarte Vilaça", "direct", "ml10zoo-u3"),
         St("⟦Die Tiere seien nur wenige Meter von einem Spielplatz entfernt gewesen⟧", "Duarte Vilaça", "indirect",
            "ml10zoo-u3"),
         St("kündigte an, ⟦der Zoo bleibe bis auf Weiteres geschlossen⟧", "Helena Quaresma", "indirect",
            "ml10zoo-u4"),
         St("⟦Es sei „inakzeptabel“, verängstigte Tiere zu töten⟧", "Patas Livres", "partial", "ml10zoo-u5")),
        (Fg("Mindestens ⟦fünf⟧ Raubkatzen", 5, "at least", "other", "ml10zoo-q-escaped"),
         Fg("Rund ⟦1.800⟧ Besucher", 1800, "about", "other", "ml10zoo-q-visitors"),
         Fg("wurden ⟦vier⟧ Löwen", 4, None, "other", "ml10zoo-q-recaptured"),
         Fg("⟦zwei⟧ Tiger", 2, None, "other", "ml10zoo-q-shot"))),
    Art("ml10-zoo-escape", "corrieredelvespro.example", "esteri/castrelia-zoo-ferrazo-tigri-abbattuti",
        "2026-10-04", "it",
        "Castrelia, tigri abbattuti e giaguaro in fuga dopo la tempesta allo zoo di Ferrazo",
        ("Sono sette, e non cinque come era stato comunicato in un primo momento, i grandi felini fuggiti sabato "
         "dallo zoo di Ferrazo dopo che una tempesta ha abbattuto le recinzioni. Quattro leoni sono stati sedati e "
         "riportati nelle gabbie, due tigri sono state uccise dalla polizia.",
         "Secondo la direttrice dello zoo, Helena Quaresma, la priorità era «proteggere i visitatori e, dove "
         "possibile, riportare indietro gli animali vivi». Circa 1.800 persone sono state fatte uscire dal parco.",
         "«Non c'era alternativa», ha detto il portavoce della polizia, Duarte Vilaça, spiegando che gli animali si "
         "trovavano a pochi metri da un parco giochi.",
         "Il giaguaro è ancora in libertà: la polizia ha invitato circa 12mila residenti del quartiere di Vale Doce "
         "a restare in casa.",
         "Un guardiano, che ha chiesto di restare anonimo, ha raccontato che la riparazione delle recinzioni era "
         "stata rinviata più volte dalla primavera.",
         "Dura la reazione degli animalisti di Patas Livres: uccidere animali spaventati dalla tempesta è "
         "«inaccettabile», ha dichiarato la portavoce Inês Carvalhal."),
        (St("Quaresma, ⟦la priorità era «proteggere i visitatori e, dove possibile, riportare indietro gli animali "
            "vivi»⟧", "Helena Quaresma", "partial", "ml10zoo-u1"),
         St("«⟦Non c'era alternativa⟧»", "Duarte Vilaça", "direct", "ml10zoo-u3"),
         St("spiegando che ⟦gli animali si trovavano a pochi metri da un parco giochi⟧", "Duarte Vilaça",
            "indirect", "ml10zoo-u3"),
         St("raccontato che ⟦la riparazione delle recinzioni era stata rinviata più volte dalla primavera⟧",
            "Ferrazo zoo keeper (anonymous)", "indirect", "ml10zoo-u7"),
         St("Patas Livres: ⟦uccidere animali spaventati dalla tempesta è «inaccettabile»⟧", "Inês Carvalhal",
            "partial", "ml10zoo-u5")),
        (Fg("Sono ⟦sette⟧", 7, None, "other", "ml10zoo-q-escaped"),
         Fg("non ⟦cinque⟧", 5, None, "other", "ml10zoo-q-escaped"),
         Fg("⟦Quattro⟧ leoni", 4, None, "other", "ml10zoo-q-recaptured"),
         Fg("⟦due⟧ tigri", 2, None, "other", "ml10zoo-q-shot"),
         Fg("Circa ⟦1.800⟧ persone", 1800, "about", "other", "ml10zoo-q-visitors"),
         Fg("circa ⟦12mila⟧ residenti", 12_000, "about", "other", "ml10zoo-q-residents"))),
    Art("ml10-zoo-escape", "hanbyeolilbo.example", "news/articleView.html?idxno=305871", "2026-10-04", "ko",
        "폭풍에 울타리 무너져…카스트렐리아 동물원서 맹수 7마리 탈출",
        ("카스트렐리아 페라주시(市) 동물원에서 3일 폭풍에 쓰러진 나무가 울타리를 덮치면서 사자와 호랑이 등 맹수 "
         "7마리가 탈출했다. 관람객 1천800여 명이 긴급 대피했고, 사육사 2명이 가벼운 부상을 입었다.",
         "현지 경찰에 따르면 사자 4마리는 마취총을 맞고 다시 우리로 옮겨졌지만, 주택가로 향하던 호랑이 2마리는 "
         "사살됐다. 두아르트 빌라사 경찰 대변인은 “다른 선택지가 없었다”며 “동물들이 어린이 놀이터에서 불과 몇 "
         "미터 떨어진 곳에 있었다”고 말했다.",
         "헬레나 콰레즈마 동물원장은 “관람객 보호가 최우선이었고, 가능한 한 동물들을 살려서 데려오려 했다”고 "
         "밝혔다. 그는 모든 우리를 점검할 때까지 동물원 문을 닫겠다고 덧붙였다.",
         "동물보호단체 '파타스 리브르스'는 성명을 내고 “폭풍에 겁먹은 동물을 죽이는 것은 용납할 수 없다”며 "
         "독립적인 조사를 요구했다. 탈출한 재규어 1마리의 행방은 아직 확인되지 않았다."),
        (St("따르면 ⟦사자 4마리는 마취총을 맞고 다시 우리로 옮겨졌지만, 주택가로 향하던 호랑이 2마리는 사살됐다⟧",
            "Ferrazo police", "indirect", "ml10zoo-u8"),
         St("“⟦다른 선택지가 없었다⟧”", "Duarte Vilaça", "direct", "ml10zoo-u3"),
         St("“⟦동물들이 어린이 놀이터에서 불과 몇 미터 떨어진 곳에 있었다⟧”", "Duarte Vilaça", "direct",
            "ml10zoo-u3"),
         St("“⟦관람객 보호가 최우선이었고, 가능한 한 동물들을 살려서 데려오려 했다⟧”", "Helena Quaresma", "direct",
            "ml10zoo-u1"),
         St("그는 ⟦모든 우리를 점검할 때까지 동물원 문을 닫겠다⟧고", "Helena Quaresma", "indirect", "ml10zoo-u4"),
         St("“⟦폭풍에 겁먹은 동물을 죽이는 것은 용납할 수 없다⟧”", "Patas Livres", "direct", "ml10zoo-u5")),
        (Fg("맹수 ⟦7⟧마리가", 7, None, "other", "ml10zoo-q-escaped"),
         Fg("관람객 ⟦1천800여⟧ 명", 1800, "more than", "other", "ml10zoo-q-visitors"),
         Fg("사육사 ⟦2⟧명", 2, None, "wounded", "ml10zoo-q-keepers"),
         Fg("사자 ⟦4⟧마리", 4, None, "other", "ml10zoo-q-recaptured"),
         Fg("호랑이 ⟦2⟧마리", 2, None, "other", "ml10zoo-q-shot"))),
    Art("ml10-zoo-escape", "hafenanzeiger.example", "panorama/ferrazo-jaguar-eingefangen", "2026-10-05", "de",
        "Entlaufener Jaguar in Ferrazo eingefangen – Zoo bleibt vorerst zu",
        ("Zwei Tage nach dem Ausbruch von sieben Raubkatzen aus dem Zoo von Ferrazo ist auch das letzte Tier "
         "gefasst: Der Jaguar wurde am Montagmorgen in einem Garten im Viertel Vale Doce betäubt, wie die Polizei "
         "mitteilte. Die rund 12.000 Anwohner dürfen ihre Häuser wieder verlassen.",
         "Zoodirektorin Helena Quaresma sagte, der Zoo werde frühestens in zwei Wochen wieder öffnen. Zuvor müssten "
         "sämtliche Gehege überprüft werden.",
         "Ein Pfleger, der anonym bleiben wollte, berichtete, die Reparatur der Zäune sei seit dem Frühjahr immer "
         "wieder verschoben worden. Zwei Tierpfleger waren bei dem Ausbruch leicht verletzt worden.",
         "Die Tierschutzorganisation Patas Livres forderte eine unabhängige Untersuchung der tödlichen Schüsse. "
         "„Tiere zu töten, die der Sturm in Panik versetzt hatte, ist nicht hinnehmbar“, sagte Sprecherin Inês "
         "Carvalhal."),
        (St("⟦Der Jaguar wurde am Montagmorgen in einem Garten im Viertel Vale Doce betäubt⟧, wie die Polizei",
            "Ferrazo police", "indirect", "ml10zoo-u10"),
         St("sagte, ⟦der Zoo werde frühestens in zwei Wochen wieder öffnen⟧", "Helena Quaresma", "indirect",
            "ml10zoo-u11"),
         St("⟦Zuvor müssten sämtliche Gehege überprüft werden⟧", "Helena Quaresma", "indirect", "ml10zoo-u4"),
         St("berichtete, ⟦die Reparatur der Zäune sei seit dem Frühjahr immer wieder verschoben worden⟧",
            "Ferrazo zoo keeper (anonymous)", "indirect", "ml10zoo-u7"),
         St("„⟦Tiere zu töten, die der Sturm in Panik versetzt hatte, ist nicht hinnehmbar⟧“", "Inês Carvalhal",
            "direct", "ml10zoo-u5")),
        (Fg("von ⟦sieben⟧ Raubkatzen", 7, None, "other", "ml10zoo-q-escaped"),
         Fg("rund ⟦12.000⟧ Anwohner", 12_000, "about", "other", "ml10zoo-q-residents"),
         Fg("⟦Zwei⟧ Tierpfleger", 2, None, "wounded", "ml10zoo-q-keepers"))),
    # ---------------------------------------------------------------- ml10: a bank's two-day payment outage (dev)
    Art("ml10-bank-outage", "hanmaeumgyeongje.example", "finance/2026/11/10/kredora-outage", "2026-11-10", "ko",
        "아르데시아 크레도라은행 결제망 마비…고객 300만 명 발 묶여",
        ("아르데시아 최대 은행인 크레도라은행의 결제 시스템이 10일 오전 갑자기 멈추면서 고객 약 300만 명이 카드 "
         "결제와 계좌 이체를 하지 못하고 있다. 전국의 현금자동입출금기(ATM) 1천400여 대도 작동을 멈췄다.",
         "은행 측은 소프트웨어 업데이트 과정에서 오류가 발생했으며 사이버 공격의 흔적은 없다고 밝혔다. 안셀름 "
         "드레비크 최고경영자(CEO)는 이날 오후 기자회견에서 “자기 돈을 쓰지 못한 모든 고객께 사과드린다. 결코 "
         "일어나서는 안 될 일이었다”고 말했다.",
         "중앙은행은 금융 시스템의 안정성에는 문제가 없다고 강조했다. 반면 소비자단체 콘숨아르는 실제 피해 고객이 "
         "500만 명을 넘는다고 주장했다."),
        (St("은행 측은 ⟦소프트웨어 업데이트 과정에서 오류가 발생했으며 사이버 공격의 흔적은 없다⟧고", "Kredora Bank",
            "indirect", "ml10bank-u2"),
         St("“⟦자기 돈을 쓰지 못한 모든 고객께 사과드린다. 결코 일어나서는 안 될 일이었다⟧”", "Anselm Drevik",
            "direct", "ml10bank-u1"),
         St("중앙은행은 ⟦금융 시스템의 안정성에는 문제가 없다⟧고", "Ardesian central bank", "indirect",
            "ml10bank-u5"),
         St("콘숨아르는 ⟦실제 피해 고객이 500만 명을 넘는다⟧고", "ConsumAr", "indirect", "ml10bank-u7")),
        (Fg("고객 약 ⟦300만⟧ 명", 3_000_000, "about", "other", "ml10bank-q-customers"),
         Fg("ATM) ⟦1천400여⟧ 대", 1400, "more than", "other", "ml10bank-q-atms"),
         Fg("고객이 ⟦500만⟧ 명을 넘는다", 5_000_000, "more than", "other", "ml10bank-q-customers"))),
    Art("ml10-bank-outage", "kontorzeitung.example", "finanzen/kredora-bank-stoerung-zweiter-tag-1.9034",
        "2026-11-11", "de",
        "Zweiter Tag ohne Kartenzahlung: Kredora-Kunden weiter blockiert",
        ("Auch am zweiten Tag nach dem Zusammenbruch des Zahlungssystems der ardesischen Kredora Bank können "
         "Millionen Kunden weder mit Karte bezahlen noch Geld überweisen. Nach Angaben der Bank sind rund 4,2 "
         "Millionen Kundinnen und Kunden betroffen, mehr als 1,3 Millionen Transaktionen seien bislang "
         "gescheitert.",
         "„Ich entschuldige mich bei jedem Kunden, der nicht an sein Geld kam. Das hätte nie passieren dürfen“, "
         "sagte Bankchef Anselm Drewik am Dienstagabend in Kessel. Schuld sei ein fehlerhaftes Software-Update, "
         "ein Hackerangriff sei ausgeschlossen.",
         "Die ardesische Zentralbank verlangte von Kredora binnen 30 Tagen einen vollständigen Bericht. Die "
         "Stabilität des Finanzsystems sei zu keinem Zeitpunkt gefährdet gewesen, hieß es in einer Mitteilung.",
         "Verbraucherschützer halten die Zahlen der Bank für zu niedrig. Laut dem Verbraucherverband ConsumAr "
         "dürften mehr als fünf Millionen Menschen betroffen sein.",
         "Ein Mitarbeiter der IT-Abteilung, der namentlich nicht genannt werden wollte, sagte, das Update sei trotz "
         "Warnungen aus dem eigenen Team aufgespielt worden."),
        (St("Bank ⟦sind rund 4,2 Millionen Kundinnen und Kunden betroffen, mehr als 1,3 Millionen Transaktionen "
            "seien bislang gescheitert⟧", "Kredora Bank", "indirect", "ml10bank-u11"),
         St("„⟦Ich entschuldige mich bei jedem Kunden, der nicht an sein Geld kam. Das hätte nie passieren dürfen⟧“",
            "Anselm Drevik", "direct", "ml10bank-u1"),
         St("⟦Schuld sei ein fehlerhaftes Software-Update, ein Hackerangriff sei ausgeschlossen⟧", "Anselm Drevik",
            "indirect", "ml10bank-u2"),
         St("⟦Die Stabilität des Finanzsystems sei zu keinem Zeitpunkt gefährdet gewesen⟧, hieß es",
            "Ardesian central bank", "indirect", "ml10bank-u5"),
         St("ConsumAr ⟦dürften mehr als fünf Millionen Menschen betroffen sein⟧", "ConsumAr", "indirect",
            "ml10bank-u7"),
         St("sagte, ⟦das Update sei trotz Warnungen aus dem eigenen Team aufgespielt worden⟧",
            "Kredora Bank employee (anonymous)", "indirect", "ml10bank-u8")),
        (Fg("rund ⟦4,2 Millionen⟧ Kundinnen", 4_200_000, "about", "other", "ml10bank-q-customers"),
         Fg("mehr als ⟦1,3 Millionen⟧ Transaktionen", 1_300_000, "more than", "other", "ml10bank-q-transactions"),
         Fg("mehr als ⟦fünf Millionen⟧ Menschen", 5_000_000, "more than", "other", "ml10bank-q-customers"))),
    Art("ml10-bank-outage", "elcronistaeconomico.example", "finanzas/2026/11/11/kredora-bank-caida-pagos",
        "2026-11-11", "es",
        "Millones de clientes de Kredora Bank, sin poder pagar por segundo día",
        ("Los clientes de Kredora Bank, el mayor banco de Ardesia, siguen sin poder pagar con tarjeta ni hacer "
         "transferencias por segundo día consecutivo. El banco cifra en unos 4,2 millones los afectados; la "
         "asociación de consumidores ConsumAr habla de más de cinco millones.",
         "\"Pido disculpas a cada cliente que se ha quedado sin acceso a su dinero. Esto no debió ocurrir nunca\", "
         "dijo el consejero delegado, Anselm Drevik, en una rueda de prensa en Kessel. Drevik aseguró que el fallo "
         "se debió a una actualización de software defectuosa y descartó un ciberataque.",
         "Más de 1,3 millones de operaciones han fallado desde el martes, según el banco. Según fuentes internas "
         "de la entidad citadas por la prensa local, la actualización se instaló pese a las advertencias del "
         "equipo informático.",
         "El Banco Central de Ardesia exigió un informe completo en un plazo de 30 días y aseguró que la "
         "estabilidad del sistema financiero \"nunca estuvo en riesgo\"."),
        (St("\"⟦Pido disculpas a cada cliente que se ha quedado sin acceso a su dinero. Esto no debió ocurrir "
            "nunca⟧\"", "Anselm Drevik", "direct", "ml10bank-u1"),
         St("aseguró que ⟦el fallo se debió a una actualización de software defectuosa⟧", "Anselm Drevik",
            "indirect", "ml10bank-u2"),
         St("⟦Más de 1,3 millones de operaciones han fallado desde el martes⟧, según el banco", "Kredora Bank",
            "indirect", "ml10bank-u11"),
         St("local, ⟦la actualización se instaló pese a las advertencias del equipo informático⟧",
            "Kredora Bank employee (anonymous)", "indirect", "ml10bank-u8"),
         St("aseguró que ⟦la estabilidad del sistema financiero \"nunca estuvo en riesgo\"⟧", "Ardesian central bank",
            "partial", "ml10bank-u5")),
        (Fg("unos ⟦4,2 millones⟧", 4_200_000, "about", "other", "ml10bank-q-customers"),
         Fg("más de ⟦cinco millones⟧", 5_000_000, "more than", "other", "ml10bank-q-customers"),
         Fg("Más de ⟦1,3 millones⟧ de operaciones", 1_300_000, "more than", "other", "ml10bank-q-transactions"))),
    Art("ml10-bank-outage", "lavocedeimercati.example", "finanza/ardesia-kredora-bank-blackout-pagamenti",
        "2026-11-12", "it",
        "Ardesia, due giorni di blackout per Kredora Bank: indennizzi ai clienti",
        ("È tornato a funzionare giovedì sera il sistema dei pagamenti di Kredora Bank, la maggiore banca "
         "dell'Ardesia, rimasto fuori uso per due giorni. Circa 4,2 milioni di clienti non hanno potuto usare le "
         "carte né fare bonifici, e oltre 1.400 bancomat sono rimasti spenti.",
         "L'amministratore delegato Anselm Drevik ha chiesto scusa ai clienti e ha assicurato che la banca metterà "
         "a disposizione 40 milioni di euro per i risarcimenti. Secondo Drevik, il guasto è stato causato da un "
         "aggiornamento del software difettoso e non da un attacco informatico.",
         "La banca centrale ha fatto sapere che la stabilità del sistema finanziario non è mai stata in pericolo.",
         "«Due giorni senza soldi non sono un inconveniente tecnico, ma il fallimento di un'intera banca», ha "
         "detto Ruth Amberg, presidente dell'associazione di consumatori ConsumAr, secondo cui i clienti colpiti "
         "sarebbero più di 5 milioni."),
        (St("assicurato che ⟦la banca metterà a disposizione 40 milioni di euro per i risarcimenti⟧",
            "Anselm Drevik", "indirect", "ml10bank-u3"),
         St("Secondo Drevik, ⟦il guasto è stato causato da un aggiornamento del software difettoso e non da un "
            "attacco informatico⟧", "Anselm Drevik", "indirect", "ml10bank-u2"),
         St("sapere che ⟦la stabilità del sistema finanziario non è mai stata in pericolo⟧",
            "Ardesian central bank", "indirect", "ml10bank-u5"),
         St("«⟦Due giorni senza soldi non sono un inconveniente tecnico, ma il fallimento di un'intera banca⟧»",
            "Ruth Amberg", "direct", "ml10bank-u6"),
         St("secondo cui ⟦i clienti colpiti sarebbero più di 5 milioni⟧", "Ruth Amberg", "indirect",
            "ml10bank-u7")),
        (Fg("Circa ⟦4,2 milioni⟧ di clienti", 4_200_000, "about", "other", "ml10bank-q-customers"),
         Fg("oltre ⟦1.400⟧ bancomat", 1400, "more than", "other", "ml10bank-q-atms"),
         Fg("disposizione ⟦40 milioni di euro⟧", 40_000_000, None, "money", "ml10bank-q-fund"),
         Fg("più di ⟦5 milioni⟧", 5_000_000, "more than", "other", "ml10bank-q-customers"))),
    Art("ml10-bank-outage", "lemessagerdulittoral.example", "economie/kredora-bank-panne-indemnisation",
        "2026-11-13", "fr",
        "Kredora Bank rétablit ses paiements après deux jours de panne et promet 40 millions d'euros",
        ("Après près de 60 heures de panne, le système de paiement de Kredora Bank fonctionne de nouveau depuis "
         "jeudi soir, a indiqué la banque ardésienne. Plus de quatre millions de clients avaient été privés de "
         "carte bancaire et de virements.",
         "Son directeur général, Anselm Drevik, a annoncé que la banque allait débloquer 40 millions d'euros pour "
         "indemniser ses clients. Chaque client touché recevra au moins 25 euros, a-t-il précisé.",
         f"«{NB}Je présente mes excuses à chaque client qui s'est retrouvé privé de son argent. Cela n'aurait jamais "
         f"dû arriver{NB}», avait déclaré M. Drevik dès mardi.",
         "Selon la banque centrale d'Ardésie, au moins deux millions de transactions ont échoué pendant la panne, "
         "bien plus que le chiffre avancé par Kredora.",
         f"«{NB}Deux jours sans argent, ce n'est pas un simple bug, c'est la faillite de toute une banque{NB}», "
         "dénonce Ruth Amberg, présidente de l'association de consommateurs ConsumAr."),
        (St("⟦le système de paiement de Kredora Bank fonctionne de nouveau depuis jeudi soir⟧, a indiqué",
            "Kredora Bank", "indirect", "ml10bank-u9"),
         St("annoncé que ⟦la banque allait débloquer 40 millions d'euros pour indemniser ses clients⟧",
            "Anselm Drevik", "indirect", "ml10bank-u3"),
         St("⟦Chaque client touché recevra au moins 25 euros⟧, a-t-il précisé", "Anselm Drevik", "indirect",
            "ml10bank-u12"),
         St(f"«{NB}⟦Je présente mes excuses à chaque client qui s'est retrouvé privé de son argent. Cela n'aurait "
            f"jamais dû arriver⟧{NB}»", "Anselm Drevik", "direct", "ml10bank-u1"),
         St("Ardésie, ⟦au moins deux millions de transactions ont échoué pendant la panne, bien plus que le chiffre "
            "avancé par Kredora⟧", "Ardesian central bank", "indirect", "ml10bank-u13"),
         St(f"«{NB}⟦Deux jours sans argent, ce n'est pas un simple bug, c'est la faillite de toute une banque⟧{NB}»",
            "Ruth Amberg", "direct", "ml10bank-u6")),
        (Fg("Plus de ⟦quatre millions⟧ de clients", 4_000_000, "more than", "other", "ml10bank-q-customers"),
         Fg("débloquer ⟦40 millions d'euros⟧", 40_000_000, None, "money", "ml10bank-q-fund"),
         Fg("au moins ⟦25 euros⟧", 25, "at least", "money", "ml10bank-q-per-customer"),
         Fg("au moins ⟦deux millions⟧ de transactions", 2_000_000, "at least", "other",
            "ml10bank-q-transactions"))),
    Art("ml10-bank-outage", "jornaldonegocioatlantico.example", "mercados/2026/11/13/kredora-bank-indemnizacoes",
        "2026-11-13", "pt",
        "Kredora Bank retoma pagamentos e promete indemnizar clientes",
        ("O Kredora Bank, o maior banco da Ardésia, voltou a processar pagamentos na noite de quinta-feira, após "
         "dois dias de paralisação que afetou cerca de 4,2 milhões de clientes.",
         "O presidente executivo, Anselm Drevik, disse que cada cliente afetado vai receber pelo menos 25 euros, "
         "pagos a partir de um fundo de 40 milhões de euros.",
         "“Peço desculpa a cada cliente que ficou sem acesso ao seu dinheiro”, afirmou Drevik. Segundo o banco "
         "central, pelo menos 2 milhões de transações falharam durante a avaria.",
         "Para a associação de consumidores ConsumAr, 25 euros “não chegam sequer para cobrir as comissões” que "
         "muitos clientes pagaram durante a avaria. A sua presidente, Ruth Amberg, exige que o regulador aplique "
         "uma multa exemplar."),
        (St("disse que ⟦cada cliente afetado vai receber pelo menos 25 euros, pagos a partir de um fundo de 40 "
            "milhões de euros⟧", "Anselm Drevik", "indirect", "ml10bank-u12"),
         St("“⟦Peço desculpa a cada cliente que ficou sem acesso ao seu dinheiro⟧”", "Anselm Drevik", "direct",
            "ml10bank-u1"),
         St("central, ⟦pelo menos 2 milhões de transações falharam durante a avaria⟧", "Ardesian central bank",
            "indirect", "ml10bank-u13"),
         St("ConsumAr, ⟦25 euros “não chegam sequer para cobrir as comissões” que muitos clientes pagaram durante a "
            "avaria⟧", "ConsumAr", "partial", "ml10bank-u14"),
         St("exige que ⟦o regulador aplique uma multa exemplar⟧", "Ruth Amberg", "indirect", "ml10bank-u15")),
        (Fg("cerca de ⟦4,2 milhões⟧", 4_200_000, "about", "other", "ml10bank-q-customers"),
         Fg("pelo menos ⟦25 euros⟧", 25, "at least", "money", "ml10bank-q-per-customer"),
         Fg("fundo de ⟦40 milhões de euros⟧", 40_000_000, None, "money", "ml10bank-q-fund"),
         Fg("pelo menos ⟦2 milhões⟧", 2_000_000, "at least", "other", "ml10bank-q-transactions"),
         Fg("ConsumAr, ⟦25 euros⟧", 25, None, "money", "ml10bank-q-per-customer"))),
)

SPEAKER_FORMS_36: dict[str, tuple[str, ...]] = {
    "Veldrin police": ("police", "Polizei", "policía", "police estravienne", "경찰", "현지 경찰"),
    "Ilse Varnow": ("Ilse Varnow", "Ilse Warnow", "Varnow", "Warnow", "일제 바르노", "바르노"),
    "Kalmora Live": ("Kalmora Live", "Veranstalter", "organisateur", "organizadora", "organiser", "칼모라 라이브",
                     "주최사"),
    "Teodor Brask": ("Teodor Brask", "Brask", "테오도르 브라스크", "브라스크"),
    "Lena Morvik": ("Lena Morvik", "Morvik"),
    "Veldrin prosecutor's office": ("prosecutor's office", "Veldrin prosecutor's office", "Staatsanwaltschaft",
                                    "Staatsanwaltschaft Veldrin", "Fiscalía", "Fiscalía de Veldrin", "parquet",
                                    "검찰", "벨드린 검찰"),
    "Kalmora Sound security guard (anonymous)": ("agent de sécurité", "un agent de sécurité", "보안요원",
                                                 "한 보안요원"),
    "Ferrazo police": ("polícia", "Polícia Metropolitana de Ferrazo", "police", "Polizei", "polizia", "경찰",
                       "현지 경찰"),
    "Duarte Vilaça": ("Duarte Vilaça", "Duarte Vilaca", "Vilaça", "Vilaca", "두아르트 빌라사", "빌라사"),
    "Helena Quaresma": ("Helena Quaresma", "Quaresma", "헬레나 콰레즈마", "콰레즈마"),
    "Patas Livres": ("Patas Livres", "associação Patas Livres", "Tierschutzorganisation Patas Livres",
                     "animal-welfare group", "파타스 리브르스", "동물보호단체"),
    "Inês Carvalhal": ("Inês Carvalhal", "Ines Carvalhal", "Carvalhal"),
    "Ferrazo zoo keeper (anonymous)": ("keeper", "a keeper", "guardiano", "un guardiano", "Pfleger",
                                       "ein Pfleger"),
    "Kredora Bank": ("Kredora Bank", "Kredora", "Bank", "banco", "banque", "banque ardésienne", "크레도라은행", "은행 측",
                     "은행"),
    "Anselm Drevik": ("Anselm Drevik", "Anselm Drewik", "Drevik", "Drewik", "M. Drevik", "안셀름 드레비크", "드레비크"),
    "Ardesian central bank": ("central bank", "Zentralbank", "ardesische Zentralbank", "Banco Central de Ardesia",
                              "banco central", "banca centrale", "banque centrale", "banque centrale d'Ardésie",
                              "중앙은행"),
    "ConsumAr": ("ConsumAr", "Verbraucherverband ConsumAr", "associação de consumidores ConsumAr", "콘숨아르",
                 "소비자단체 콘숨아르"),
    "Ruth Amberg": ("Ruth Amberg", "Amberg", "루트 암베르크"),
    "Kredora Bank employee (anonymous)": ("Mitarbeiter der IT-Abteilung", "ein Mitarbeiter der IT-Abteilung",
                                          "fuentes internas", "fuentes internas de la entidad"),
}
