"""Stories of the multilingual evaluation set (issue 17), imported by tools/build_multilingual.py, which holds the
conventions (see its docstring and docs/quality.md, "Multilingual evaluation set").

Written and annotated before any system run on them, by an annotator who never ran the system nor read its rules or
lexicons. Every region, town, person, company, outlet and figure is invented. Stories here (all test part 6, listed in
TEST_STORIES there): a regional autonomy referendum, a teachers' strike, a fire on an offshore oil rig, a listeria
outbreak traced to a cheese.
"""

from __future__ import annotations

from build_multilingual import NB, Art, Fg, St

ARTICLES_31: tuple[Art, ...] = (
    # ---------------------------------------------------------------- a regional autonomy referendum (test)
    Art("ml9-referendum", "northgazette.example", "politics/2026/09/14/karsovia-autonomy-vote", "2026-09-14", "en",
        "Karsovia votes for self-rule as turnout tops 61 percent",
        ("Voters in the northern region of Karsovia have backed a statute granting it wide self-rule, with 54.3 "
         "percent voting yes and 45.7 percent no in Sunday's referendum, preliminary results showed on Monday. "
         "Turnout was 61.4 percent, and some 9,000 ballots were declared invalid.",
         '"The count was orderly and the result is clear," said Emil Savchenko, who chairs the regional electoral '
         "board. He said the final figures would be published on Thursday, once postal votes had been added.",
         'Petra Lindqvar, who led the yes campaign, said the vote marked "the beginning of a new chapter" for the '
         "region. Aurel Monteanu, leader of the no camp, conceded defeat but said his side would \"watch every step\" "
         "of the transfer of powers.",
         'The head of the international observer mission, Greta Hallum, said voting had been "largely calm", though '
         "she noted that some polling stations in the mountain districts had opened late."),
        (St('"⟦The count was orderly and the result is clear⟧,"', "Emil Savchenko", "direct", "ref9-u1"),
         St("He said ⟦the final figures would be published on Thursday, once postal votes had been added⟧",
            "Emil Savchenko", "indirect", "ref9-u2"),
         St('campaign, said ⟦the vote marked "the beginning of a new chapter" for the region⟧', "Petra Lindqvar",
            "partial", "ref9-u3"),
         St('but said ⟦his side would "watch every step" of the transfer of powers⟧', "Aurel Monteanu", "partial",
            "ref9-u4"),
         St('Hallum, said ⟦voting had been "largely calm"⟧', "Greta Hallum", "partial", "ref9-u5"),
         St("noted that ⟦some polling stations in the mountain districts had opened late⟧", "Greta Hallum",
            "indirect", "ref9-u6")),
        (Fg("with ⟦54.3⟧ percent", 54.3, None, "other", "ref9-q-yes"),
         Fg("and ⟦45.7⟧ percent", 45.7, None, "other", "ref9-q-no"),
         Fg("Turnout was ⟦61.4⟧ percent", 61.4, None, "other", "ref9-q-turnout"),
         Fg("some ⟦9,000⟧ ballots", 9000, "about", "other", "ref9-q-invalid"))),
    Art("ml9-referendum", "donaubote.example", "politik/karsowien-endergebnis-autonomie-1.8841", "2026-09-17", "de",
        "Karsowien stimmt für Autonomie – Beteiligung bei 62,1 Prozent",
        ("Das Autonomiestatut für die Region Karsowien ist angenommen. Das amtliche Endergebnis, das die regionale "
         "Wahlbehörde am Donnerstag vorlegte, weist 54,6 Prozent Ja-Stimmen und 45,4 Prozent Nein-Stimmen aus. Die "
         "Wahlbeteiligung lag bei 62,1 Prozent, 9.412 Stimmzettel waren ungültig.",
         "„Die Auszählung verlief geordnet, und das Ergebnis ist eindeutig“, sagte der Vorsitzende der Wahlbehörde, "
         "Emil Sawtschenko. Durch die Briefwahlstimmen habe sich die Beteiligung gegenüber dem vorläufigen Ergebnis "
         "noch leicht erhöht, erklärte er.",
         "Die Anführerin des Ja-Lagers, Petra Lindqvar, sprach vom „Beginn eines neuen Kapitels“ für die Region. Ihr "
         "Gegenspieler Aurel Monteanu räumte die Niederlage ein. Man werde jeden Schritt der Machtübertragung „genau "
         "beobachten“, kündigte er an.",
         "Laut der Leiterin der internationalen Beobachtermission, Greta Hallum, verlief die Abstimmung weitgehend "
         "ruhig."),
        (St("„⟦Die Auszählung verlief geordnet, und das Ergebnis ist eindeutig⟧“", "Emil Savchenko", "direct",
            "ref9-u1"),
         St("⟦Durch die Briefwahlstimmen habe sich die Beteiligung gegenüber dem vorläufigen Ergebnis noch leicht "
            "erhöht⟧, erklärte er", "Emil Savchenko", "indirect", "ref9-u7"),
         St("sprach vom ⟦„Beginn eines neuen Kapitels“ für die Region⟧", "Petra Lindqvar", "partial", "ref9-u3"),
         St("⟦Man werde jeden Schritt der Machtübertragung „genau beobachten“⟧, kündigte", "Aurel Monteanu",
            "partial", "ref9-u4"),
         St("Hallum, ⟦verlief die Abstimmung weitgehend ruhig⟧", "Greta Hallum", "indirect", "ref9-u5")),
        (Fg("weist ⟦54,6⟧ Prozent", 54.6, None, "other", "ref9-q-yes"),
         Fg("und ⟦45,4⟧ Prozent", 45.4, None, "other", "ref9-q-no"),
         Fg("lag bei ⟦62,1⟧ Prozent", 62.1, None, "other", "ref9-q-turnout"),
         Fg("⟦9.412⟧ Stimmzettel", 9412, None, "other", "ref9-q-invalid"))),
    Art("ml9-referendum", "lagazettealpine.example", "monde/karsovie-referendum-autonomie-oui", "2026-09-14", "fr",
        f"Référendum en Karsovie : le oui l'emporte avec 54,3{NB}%",
        ("Les électeurs de Karsovie ont approuvé dimanche par référendum un statut d'autonomie élargie. Selon les "
         "résultats provisoires publiés lundi par la commission électorale régionale, le oui a recueilli "
         f"54,3{NB}% des suffrages, contre 45,7{NB}% pour le non. La participation a atteint 61,4{NB}%.",
         f"«{NB}Le dépouillement s'est déroulé dans l'ordre et le résultat est clair{NB}», a déclaré Emil "
         f"Savtchenko, président de la commission. D'après lui, près de 9{NB}000 bulletins ont été déclarés nuls.",
         f"Petra Lindqvar, cheffe de file du camp du oui, a salué «{NB}le début d'un nouveau chapitre{NB}». Son "
         "adversaire, Aurel Monteanu, a reconnu sa défaite tout en prévenant que le non "
         f"«{NB}surveillera chaque étape{NB}» du transfert des compétences.",
         "Les observateurs internationaux n'ont relevé aucune irrégularité grave, selon un communiqué de la "
         "mission."),
        (St(f"régionale, ⟦le oui a recueilli 54,3{NB}% des suffrages, contre 45,7{NB}% pour le non⟧",
            "Karsovia electoral board", "indirect", "ref9-u8"),
         St(f"«{NB}⟦Le dépouillement s'est déroulé dans l'ordre et le résultat est clair⟧{NB}»", "Emil Savchenko",
            "direct", "ref9-u1"),
         St(f"D'après lui, ⟦près de 9{NB}000 bulletins ont été déclarés nuls⟧", "Emil Savchenko", "indirect",
            "ref9-u9"),
         St(f"a salué ⟦«{NB}le début d'un nouveau chapitre{NB}»⟧", "Petra Lindqvar", "partial", "ref9-u3"),
         St(f"prévenant que ⟦le non «{NB}surveillera chaque étape{NB}» du transfert des compétences⟧",
            "Aurel Monteanu", "partial", "ref9-u4"),
         St("⟦Les observateurs internationaux n'ont relevé aucune irrégularité grave⟧, selon",
            "Karsovia observer mission", "indirect", "ref9-u10")),
        (Fg(f"recueilli ⟦54,3⟧{NB}%", 54.3, None, "other", "ref9-q-yes"),
         Fg(f"contre ⟦45,7⟧{NB}%", 45.7, None, "other", "ref9-q-no"),
         Fg(f"atteint ⟦61,4⟧{NB}%", 61.4, None, "other", "ref9-q-turnout"),
         Fg(f"près de ⟦9{NB}000⟧ bulletins", 9000, "nearly", "other", "ref9-q-invalid"))),
    Art("ml9-referendum", "elheraldocontinental.example", "internacional/2026-09-14/karsovia-referendum-autonomia",
        "2026-09-14", "es",
        "Karsovia aprueba en referéndum su estatuto de autonomía",
        ("Los votantes de la región de Karsovia respaldaron este domingo en referéndum un estatuto que le otorga una "
         "amplia autonomía. El sí obtuvo el 54,3 % de los votos y el no, el 45,7 %, con una participación del "
         "61,4 %, según los datos provisionales de la junta electoral regional.",
         '"El escrutinio se desarrolló con orden y el resultado es claro", afirmó el presidente de la junta, Emil '
         "Savchenko, quien precisó que unas 9.000 papeletas fueron anuladas.",
         'La líder de la campaña del sí, Petra Lindqvar, habló del "comienzo de un nuevo capítulo". Según Aurel '
         'Monteanu, que encabezó el no, su bando vigilará "cada paso" del traspaso de competencias.',
         "Greta Hallum, jefa de la misión internacional de observación, aseguró que la votación fue \"en gran medida "
         'tranquila".'),
        (St("⟦El sí obtuvo el 54,3 % de los votos y el no, el 45,7 %, con una participación del 61,4 %⟧, según",
            "Karsovia electoral board", "indirect", "ref9-u8"),
         St('"⟦El escrutinio se desarrolló con orden y el resultado es claro⟧"', "Emil Savchenko", "direct",
            "ref9-u1"),
         St("precisó que ⟦unas 9.000 papeletas fueron anuladas⟧", "Emil Savchenko", "indirect", "ref9-u9"),
         St('habló del ⟦"comienzo de un nuevo capítulo"⟧', "Petra Lindqvar", "partial", "ref9-u3"),
         St('el no, ⟦su bando vigilará "cada paso" del traspaso de competencias⟧', "Aurel Monteanu", "partial",
            "ref9-u4"),
         St('aseguró que ⟦la votación fue "en gran medida tranquila"⟧', "Greta Hallum", "partial", "ref9-u5")),
        (Fg("el ⟦54,3⟧ % de los votos", 54.3, None, "other", "ref9-q-yes"),
         Fg("el ⟦45,7⟧ %, con", 45.7, None, "other", "ref9-q-no"),
         Fg("del ⟦61,4⟧ %", 61.4, None, "other", "ref9-q-turnout"),
         Fg("unas ⟦9.000⟧ papeletas", 9000, "about", "other", "ref9-q-invalid"))),
    Art("ml9-referendum", "hangangsinmun.example", "news/articleView.html?idxno=502731", "2026-09-14", "ko",
        "카르소비아 자치법 주민투표 가결…찬성 54.3%",
        ("카르소비아 지역에서 13일 실시된 자치 확대 법안 주민투표가 가결됐다. 지역 선거관리위원회에 따르면 개표 "
         "결과 찬성이 54.3%, 반대가 45.7%로 집계됐으며 투표율은 61.4%였다.",
         "에밀 사브첸코 선관위원장은 “개표는 질서 있게 진행됐고 결과는 분명하다”고 말했다. 그는 무효 처리된 "
         "투표용지가 9천여 장에 달했다고 덧붙였다.",
         "찬성 운동을 이끈 페트라 린드크바르는 이번 결과가 지역에 “새로운 장의 시작”을 의미한다고 평가했다. 반대 "
         "진영의 아우렐 몬테아누 대표는 패배를 인정하면서도 권한 이양 과정을 “한 걸음 한 걸음 지켜보겠다”고 밝혔다.",
         "국제 선거감시단의 그레타 할룸 단장은 투표가 대체로 평온하게 진행됐다고 전했다."),
        (St("따르면 ⟦개표 결과 찬성이 54.3%, 반대가 45.7%로 집계됐으며 투표율은 61.4%였다⟧",
            "Karsovia electoral board", "indirect", "ref9-u8"),
         St("“⟦개표는 질서 있게 진행됐고 결과는 분명하다⟧”", "Emil Savchenko", "direct", "ref9-u1"),
         St("그는 ⟦무효 처리된 투표용지가 9천여 장에 달했다⟧고", "Emil Savchenko", "indirect", "ref9-u9"),
         St("린드크바르는 ⟦이번 결과가 지역에 “새로운 장의 시작”을 의미한다⟧고", "Petra Lindqvar", "partial",
            "ref9-u3"),
         St("인정하면서도 ⟦권한 이양 과정을 “한 걸음 한 걸음 지켜보겠다”⟧고", "Aurel Monteanu", "partial", "ref9-u4"),
         St("단장은 ⟦투표가 대체로 평온하게 진행됐다⟧고", "Greta Hallum", "indirect", "ref9-u5")),
        (Fg("찬성이 ⟦54.3⟧%", 54.3, None, "other", "ref9-q-yes"),
         Fg("반대가 ⟦45.7⟧%", 45.7, None, "other", "ref9-q-no"),
         Fg("투표율은 ⟦61.4⟧%", 61.4, None, "other", "ref9-q-turnout"),
         Fg("투표용지가 ⟦9천여⟧ 장", 9000, "more than", "other", "ref9-q-invalid"))),
    # ---------------------------------------------------------------- a teachers' strike (test)
    Art("ml9-teachers-strike", "diariodoatlantico.example", "sociedade/2026-10-06/greve-professores-escolas-fechadas",
        "2026-10-06", "pt",
        "Greve de professores fecha mais de 1.200 escolas em Almadora",
        ("Mais de 1.200 escolas ficaram de portas fechadas esta terça-feira em Almadora, no primeiro dia da greve "
         "nacional de professores convocada pela Fenaprof. Cerca de 600 mil alunos ficaram sem aulas.",
         "“Não aceitaremos mais promessas sem dinheiro em cima da mesa”, afirmou a presidente da federação, Joana "
         "Serrate, diante do Ministério da Educação, em Porto Almada. Segundo a sindicalista, mais de 40 mil docentes "
         "aderiram à paralisação.",
         "O ministro da Educação, Henrique Salgueiro Vaz, contesta os números: de acordo com o ministério, a adesão "
         "foi de cerca de 18 mil professores. “A porta do ministério está aberta, mas o orçamento tem limites”, disse "
         "o governante.",
         "Luísa Bacelar, da Confederação das Associações de Pais, disse que as famílias “estão a pagar a fatura” de "
         "um conflito que se arrasta há meses."),
        (St("“⟦Não aceitaremos mais promessas sem dinheiro em cima da mesa⟧”", "Joana Serrate", "direct",
            "strike9-u1"),
         St("sindicalista, ⟦mais de 40 mil docentes aderiram à paralisação⟧", "Joana Serrate", "indirect",
            "strike9-u2"),
         St("ministério, ⟦a adesão foi de cerca de 18 mil professores⟧", "Almadora education ministry", "indirect",
            "strike9-u4"),
         St("“⟦A porta do ministério está aberta, mas o orçamento tem limites⟧”", "Henrique Salgueiro Vaz", "direct",
            "strike9-u3"),
         St("disse que ⟦as famílias “estão a pagar a fatura” de um conflito que se arrasta há meses⟧",
            "Luísa Bacelar", "partial", "strike9-u5")),
        (Fg("Mais de ⟦1.200⟧ escolas", 1200, "more than", "other", "strike9-q-schools"),
         Fg("Cerca de ⟦600 mil⟧ alunos", 600_000, "about", "other", "strike9-q-pupils"),
         Fg("mais de ⟦40 mil⟧ docentes", 40_000, "more than", "other", "strike9-q-strikers"),
         Fg("cerca de ⟦18 mil⟧ professores", 18_000, "about", "other", "strike9-q-strikers"))),
    Art("ml9-teachers-strike", "saalezeitung.example", "politik/lehrerstreik-almadora-zweiter-tag-1.2207",
        "2026-10-07", "de",
        "Lehrerstreik in Almadora: Gewerkschaft meldet 45.000 Streikende",
        ("Auch am zweiten Tag des landesweiten Lehrerstreiks in Almadora blieben mehr als 1.100 Schulen geschlossen. "
         "Nach Angaben der Lehrergewerkschaft Fenaprof beteiligten sich am Mittwoch rund 45.000 Lehrkräfte an dem "
         "Ausstand; das Bildungsministerium zählte dagegen knapp 19.000.",
         "„Wir werden keine weiteren Versprechen akzeptieren, solange kein Geld auf dem Tisch liegt“, sagte "
         "Gewerkschaftschefin Joana Serrate.",
         "Bildungsminister Henrique Salgueiro Vaz zeigte sich gesprächsbereit, verwies aber auf die knappen Kassen: "
         "Die Tür seines Ministeriums stehe offen, der Haushalt habe jedoch Grenzen. Aus Ministeriumskreisen hieß es, "
         "man wolle der Gewerkschaft in der kommenden Woche ein neues Angebot vorlegen.",
         "Rund 600.000 Schülerinnen und Schüler sind von dem Streik betroffen."),
        (St("Fenaprof ⟦beteiligten sich am Mittwoch rund 45.000 Lehrkräfte an dem Ausstand⟧", "Fenaprof", "indirect",
            "strike9-u7"),
         St("„⟦Wir werden keine weiteren Versprechen akzeptieren, solange kein Geld auf dem Tisch liegt⟧“",
            "Joana Serrate", "direct", "strike9-u1"),
         St("Kassen: ⟦Die Tür seines Ministeriums stehe offen, der Haushalt habe jedoch Grenzen⟧",
            "Henrique Salgueiro Vaz", "indirect", "strike9-u3"),
         St("hieß es, ⟦man wolle der Gewerkschaft in der kommenden Woche ein neues Angebot vorlegen⟧",
            "Almadora education ministry source (anonymous)", "indirect", "strike9-u6")),
        (Fg("mehr als ⟦1.100⟧ Schulen", 1100, "more than", "other", "strike9-q-schools"),
         Fg("rund ⟦45.000⟧ Lehrkräfte", 45_000, "about", "other", "strike9-q-strikers"),
         Fg("knapp ⟦19.000⟧", 19_000, "nearly", "other", "strike9-q-strikers"),
         Fg("Rund ⟦600.000⟧ Schülerinnen", 600_000, "about", "other", "strike9-q-pupils"))),
    Art("ml9-teachers-strike", "lagazzettaligure.example", "esteri/almadora-sciopero-insegnanti-scuole-chiuse",
        "2026-10-06", "it",
        "Almadora, sciopero degli insegnanti: chiuse oltre 1.200 scuole",
        ("Oltre 1.200 scuole chiuse e circa 600mila studenti a casa: è il bilancio del primo giorno dello sciopero "
         "nazionale degli insegnanti in Almadora. Secondo il sindacato Fenaprof, hanno incrociato le braccia più di "
         "40mila docenti; il ministero dell'Istruzione parla invece di circa 18mila.",
         "«Non accetteremo altre promesse senza soldi sul tavolo», ha detto la leader sindacale Joana Serrate davanti "
         "al ministero.",
         "Il ministro Henrique Salgueiro Vaz ha replicato che la porta del ministero è aperta, ma che il bilancio ha "
         "dei limiti.",
         "Molti genitori si sono arrangiati con nonni e vicini. «Stiamo pagando il conto di una vertenza che dura da "
         "mesi», ha dichiarato Luísa Bacelar, presidente della confederazione delle associazioni dei genitori."),
        (St("Fenaprof, ⟦hanno incrociato le braccia più di 40mila docenti⟧", "Fenaprof", "indirect", "strike9-u2"),
         St("«⟦Non accetteremo altre promesse senza soldi sul tavolo⟧»", "Joana Serrate", "direct", "strike9-u1"),
         St("replicato che ⟦la porta del ministero è aperta, ma che il bilancio ha dei limiti⟧",
            "Henrique Salgueiro Vaz", "indirect", "strike9-u3"),
         St("«⟦Stiamo pagando il conto di una vertenza che dura da mesi⟧»", "Luísa Bacelar", "direct",
            "strike9-u5")),
        (Fg("Oltre ⟦1.200⟧ scuole", 1200, "more than", "other", "strike9-q-schools"),
         Fg("circa ⟦600mila⟧ studenti", 600_000, "about", "other", "strike9-q-pupils"),
         Fg("più di ⟦40mila⟧ docenti", 40_000, "more than", "other", "strike9-q-strikers"),
         Fg("di circa ⟦18mila⟧", 18_000, "about", "other", "strike9-q-strikers"))),
    Art("ml9-teachers-strike", "lequotidienduval.example", "international/almadora-greve-enseignants-deuxieme-jour",
        "2026-10-07", "fr",
        "Almadora : la grève des enseignants se poursuit",
        ("La grève des enseignants est entrée mercredi dans son deuxième jour en Almadora. Selon le syndicat "
         f"Fenaprof, quelque 45{NB}000 professeurs ont cessé le travail, un chiffre que le ministère de l'Éducation "
         f"conteste : il en recense environ 19{NB}000.",
         f"«{NB}Nous n'accepterons plus de promesses sans argent sur la table{NB}», a martelé Joana Serrate, la "
         "présidente du syndicat. Elle a ajouté que le mouvement serait reconduit vendredi si le gouvernement ne "
         "bougeait pas.",
         f"D'après le ministre de l'Éducation, Henrique Salgueiro Vaz, «{NB}la porte est ouverte{NB}», mais le "
         f"budget «{NB}a ses limites{NB}».",
         f"Plus de 1{NB}100 écoles restaient fermées mercredi, privant de cours environ 580{NB}000 élèves."),
        (St(f"Fenaprof, ⟦quelque 45{NB}000 professeurs ont cessé le travail⟧", "Fenaprof", "indirect", "strike9-u7"),
         St(f"«{NB}⟦Nous n'accepterons plus de promesses sans argent sur la table⟧{NB}»", "Joana Serrate", "direct",
            "strike9-u1"),
         St("ajouté que ⟦le mouvement serait reconduit vendredi si le gouvernement ne bougeait pas⟧", "Joana Serrate",
            "indirect", "strike9-u8"),
         St(f"Vaz, ⟦«{NB}la porte est ouverte{NB}», mais le budget «{NB}a ses limites{NB}»⟧",
            "Henrique Salgueiro Vaz", "partial", "strike9-u3")),
        (Fg(f"quelque ⟦45{NB}000⟧ professeurs", 45_000, "about", "other", "strike9-q-strikers"),
         Fg(f"environ ⟦19{NB}000⟧.", 19_000, "about", "other", "strike9-q-strikers"),
         Fg(f"Plus de ⟦1{NB}100⟧ écoles", 1100, "more than", "other", "strike9-q-schools"),
         Fg(f"environ ⟦580{NB}000⟧ élèves", 580_000, "about", "other", "strike9-q-pupils"))),
    Art("ml9-teachers-strike", "donghaeilbo.example", "news/articleView.html?idxno=311809", "2026-10-07", "ko",
        "알마도라 교사 총파업 이틀째…학교 1천100여 곳 휴교",
        ("알마도라 교사 총파업이 7일 이틀째 이어지면서 전국 학교 1천100여 곳이 문을 닫았다. 교원노조 페나프로프는 "
         "이날 파업에 참여한 교사가 4만5천 명에 이른다고 주장했지만, 교육부는 참여 인원을 1만9천 명가량으로 "
         "집계했다.",
         "조아나 세하트 노조위원장은 “책상 위에 돈이 없는 약속은 더 이상 받아들이지 않겠다”고 말했다.",
         "엔히크 살게이루 바스 교육부 장관은 “교육부의 문은 열려 있지만 예산에는 한계가 있다”고 밝혔다. 교육부의 "
         "한 관계자는 다음 주 노조에 새로운 안을 제시하겠다고 전했다.",
         "학부모 단체를 이끄는 루이자 바셀라르는 “몇 달째 이어진 갈등의 대가를 가족들이 치르고 있다”고 말했다. "
         "파업으로 학생 약 58만 명이 수업을 받지 못했다."),
        (St("페나프로프는 ⟦이날 파업에 참여한 교사가 4만5천 명에 이른다⟧고", "Fenaprof", "indirect", "strike9-u7"),
         St("“⟦책상 위에 돈이 없는 약속은 더 이상 받아들이지 않겠다⟧”", "Joana Serrate", "direct", "strike9-u1"),
         St("“⟦교육부의 문은 열려 있지만 예산에는 한계가 있다⟧”", "Henrique Salgueiro Vaz", "direct", "strike9-u3"),
         St("관계자는 ⟦다음 주 노조에 새로운 안을 제시하겠다⟧고", "Almadora education ministry source (anonymous)",
            "indirect", "strike9-u6"),
         St("“⟦몇 달째 이어진 갈등의 대가를 가족들이 치르고 있다⟧”", "Luísa Bacelar", "direct", "strike9-u5")),
        (Fg("학교 ⟦1천100여⟧ 곳", 1100, "more than", "other", "strike9-q-schools"),
         Fg("교사가 ⟦4만5천⟧ 명", 45_000, None, "other", "strike9-q-strikers"),
         Fg("인원을 ⟦1만9천⟧ 명가량", 19_000, "about", "other", "strike9-q-strikers"),
         Fg("학생 약 ⟦58만⟧ 명", 580_000, "about", "other", "strike9-q-pupils"))),
    # ---------------------------------------------------------------- a fire on an offshore oil rig (test)
    Art("ml9-oil-rig-fire", "tidewaterherald.example", "world/2026/11/14/halvard-bravo-rig-fire", "2026-11-14", "en",
        "Four missing after fire engulfs Halvard Bravo rig",
        ("Four workers were missing and 11 injured after a fire broke out on the Halvard Bravo oil platform in the "
         "Selje Sea late on Friday, forcing the evacuation of all 186 people on board.",
         '"Our thoughts are with the families of those we have not yet found," Ravnfjord Petroleum said in a '
         "statement on Saturday. The company said the blaze had started in the platform's gas compression module, "
         "and that production had been shut down.",
         "Coast guard spokesman Kjetil Amundrud said two rescue helicopters and three vessels were still searching "
         "the area. Winds of up to 60 km/h were hampering the operation, he said.",
         "Siri Vangen, who heads the Offshore Workers' Federation, said the union had warned about \"repeated gas "
         'alarms" on the platform since the summer.'),
        (St('"⟦Our thoughts are with the families of those we have not yet found⟧,"', "Ravnfjord Petroleum",
            "direct", "rig9-u1"),
         St("company said ⟦the blaze had started in the platform's gas compression module⟧", "Ravnfjord Petroleum",
            "indirect", "rig9-u2"),
         St("and that ⟦production had been shut down⟧", "Ravnfjord Petroleum", "indirect", "rig9-u3"),
         St("Amundrud said ⟦two rescue helicopters and three vessels were still searching the area⟧",
            "Kjetil Amundrud", "indirect", "rig9-u4"),
         St("⟦Winds of up to 60 km/h were hampering the operation⟧, he said", "Kjetil Amundrud", "indirect",
            "rig9-u5"),
         St('Federation, said ⟦the union had warned about "repeated gas alarms" on the platform since the summer⟧',
            "Siri Vangen", "partial", "rig9-u6")),
        (Fg("⟦Four⟧ workers", 4, None, "missing", "rig9-q-missing"),
         Fg("and ⟦11⟧ injured", 11, None, "wounded", "rig9-q-injured"),
         Fg("all ⟦186⟧ people", 186, None, "other", "rig9-q-aboard"))),
    Art("ml9-oil-rig-fire", "kuestenbote.example", "nachrichten/welt/oelplattform-halvard-bravo-brand-1.5530",
        "2026-11-15", "de",
        "Brand auf Ölplattform: Drei Arbeiter weiter vermisst",
        ("Nach dem Großbrand auf der Ölplattform „Halvard Bravo“ in der Seljesee werden noch drei Arbeiter vermisst. "
         "Ein vierter Mann, nach dem seit Freitagnacht gesucht worden war, wurde am Sonntag lebend in einem "
         "Rettungsboot entdeckt, wie die Küstenwache mitteilte. Die Zahl der Verletzten stieg auf 13.",
         "Alle 186 Beschäftigten hatten die Plattform in der Nacht verlassen müssen. Küstenwachen-Sprecher Kjetil "
         "Amundrud sagte, die Suche werde trotz des starken Windes fortgesetzt.",
         "Der Betreiber Ravnfjord Petroleum erklärte, das Feuer sei im Gasverdichtermodul ausgebrochen. „Unsere "
         "Gedanken sind bei den Familien derer, die wir noch nicht gefunden haben“, hieß es in einer Mitteilung des "
         "Unternehmens.",
         "Die Gewerkschaft der Offshore-Arbeiter erhebt schwere Vorwürfe: Laut ihrer Vorsitzenden Siri Vangen hatte "
         "es seit dem Sommer „wiederholt Gasalarme“ auf der Plattform gegeben."),
        (St("⟦Ein vierter Mann, nach dem seit Freitagnacht gesucht worden war, wurde am Sonntag lebend in einem "
            "Rettungsboot entdeckt⟧, wie", "Selje Sea coast guard", "indirect", "rig9-u7"),
         St("Amundrud sagte, ⟦die Suche werde trotz des starken Windes fortgesetzt⟧", "Kjetil Amundrud", "indirect",
            "rig9-u8"),
         St("erklärte, ⟦das Feuer sei im Gasverdichtermodul ausgebrochen⟧", "Ravnfjord Petroleum", "indirect",
            "rig9-u2"),
         St("„⟦Unsere Gedanken sind bei den Familien derer, die wir noch nicht gefunden haben⟧“",
            "Ravnfjord Petroleum", "direct", "rig9-u1"),
         St("Vangen ⟦hatte es seit dem Sommer „wiederholt Gasalarme“ auf der Plattform gegeben⟧", "Siri Vangen",
            "partial", "rig9-u6")),
        (Fg("noch ⟦drei⟧ Arbeiter", 3, None, "missing", "rig9-q-missing"),
         Fg("stieg auf ⟦13⟧", 13, None, "wounded", "rig9-q-injured"),
         Fg("Alle ⟦186⟧ Beschäftigten", 186, None, "other", "rig9-q-aboard"))),
    Art("ml9-oil-rig-fire", "badanews.example", "news/articleView.html?idxno=77420", "2026-11-14", "ko",
        "셀레해 해상 석유 플랫폼 화재…4명 실종·11명 부상",
        ("셀레해의 해상 석유 플랫폼 ‘할바르 브라보’에서 13일 밤 불이 나 작업자 4명이 실종되고 11명이 다쳤다. "
         "플랫폼에 있던 작업자 186명은 모두 대피했다.",
         "해안경비대 셰틸 아문드루 대변인은 “헬기 2대와 선박 3척이 실종자를 찾고 있다”고 말했다. 그는 강풍 탓에 "
         "수색이 쉽지 않다고 덧붙였다.",
         "운영사인 라븐피오르 페트롤리움은 성명에서 “아직 찾지 못한 이들의 가족들을 생각하고 있다”고 밝혔다. 회사 "
         "측에 따르면 불은 가스 압축 설비에서 시작됐다.",
         "해상노동자연맹의 시리 반겐 위원장은 여름부터 “가스 경보가 잇따랐다”며 철저한 조사를 요구했다."),
        (St("“⟦헬기 2대와 선박 3척이 실종자를 찾고 있다⟧”", "Kjetil Amundrud", "direct", "rig9-u4"),
         St("그는 ⟦강풍 탓에 수색이 쉽지 않다⟧고", "Kjetil Amundrud", "indirect", "rig9-u5"),
         St("“⟦아직 찾지 못한 이들의 가족들을 생각하고 있다⟧”", "Ravnfjord Petroleum", "direct", "rig9-u1"),
         St("따르면 ⟦불은 가스 압축 설비에서 시작됐다⟧", "Ravnfjord Petroleum", "indirect", "rig9-u2"),
         St("위원장은 ⟦여름부터 “가스 경보가 잇따랐다”⟧며", "Siri Vangen", "partial", "rig9-u6")),
        (Fg("작업자 ⟦4⟧명이", 4, None, "missing", "rig9-q-missing"),
         Fg("⟦11⟧명이 다쳤다", 11, None, "wounded", "rig9-q-injured"),
         Fg("작업자 ⟦186⟧명은", 186, None, "other", "rig9-q-aboard"))),
    Art("ml9-oil-rig-fire", "ojornaldafoz.example", "mundo/2026/11/14/incendio-plataforma-halvard-bravo",
        "2026-11-14", "pt",
        "Incêndio em plataforma de petróleo deixa quatro desaparecidos no mar de Selje",
        ("Um incêndio na plataforma de petróleo Halvard Bravo, no mar de Selje, deixou quatro trabalhadores "
         "desaparecidos e pelo menos 11 feridos na noite de sexta-feira. Os 186 ocupantes da unidade foram "
         "retirados, informou a guarda costeira.",
         "Segundo a operadora, a Ravnfjord Petroleum, o fogo começou no módulo de compressão de gás. A produção foi "
         "interrompida, acrescentou a empresa.",
         "“Dois helicópteros e três navios continuam as buscas”, disse o porta-voz da guarda costeira, Kjetil "
         "Amundrud.",
         "Para a federação dos trabalhadores offshore, o acidente “não foi uma surpresa”. Sua presidente, Siri "
         "Vangen, afirmou que o sindicato alertava para alarmes de gás repetidos desde o verão."),
        (St("⟦Os 186 ocupantes da unidade foram retirados⟧, informou", "Selje Sea coast guard", "indirect",
            "rig9-u9"),
         St("Petroleum, ⟦o fogo começou no módulo de compressão de gás⟧", "Ravnfjord Petroleum", "indirect",
            "rig9-u2"),
         St("⟦A produção foi interrompida⟧, acrescentou", "Ravnfjord Petroleum", "indirect", "rig9-u3"),
         St("“⟦Dois helicópteros e três navios continuam as buscas⟧”", "Kjetil Amundrud", "direct", "rig9-u4"),
         St("offshore, ⟦o acidente “não foi uma surpresa”⟧", "Offshore Workers' Federation", "partial", "rig9-u10"),
         St("afirmou que ⟦o sindicato alertava para alarmes de gás repetidos desde o verão⟧", "Siri Vangen",
            "indirect", "rig9-u6")),
        (Fg("deixou ⟦quatro⟧ trabalhadores", 4, None, "missing", "rig9-q-missing"),
         Fg("pelo menos ⟦11⟧ feridos", 11, "at least", "wounded", "rig9-q-injured"),
         Fg("Os ⟦186⟧ ocupantes", 186, None, "other", "rig9-q-aboard"))),
    Art("ml9-oil-rig-fire", "elfarodelnorte.example", "internacional/2026-11-15/plataforma-petrolera-desaparecidos",
        "2026-11-15", "es",
        "Tres trabajadores siguen desaparecidos tras el incendio de una plataforma petrolera",
        ("Tres trabajadores seguían desaparecidos este domingo tras el incendio que arrasó el viernes la plataforma "
         "petrolera Halvard Bravo, en el mar de Selje. Los heridos son ya 13, dos de ellos graves, según la guardia "
         "costera.",
         "Un cuarto operario fue hallado con vida en un bote salvavidas, informó el portavoz de la guardia costera, "
         "Kjetil Amundrud, quien aseguró que la búsqueda continuará pese al fuerte viento. Casi 190 personas fueron "
         "evacuadas de la instalación.",
         '"Nuestros pensamientos están con las familias de quienes aún no hemos encontrado", señaló en un comunicado '
         'la operadora, Ravnfjord Petroleum. El sindicato de trabajadores offshore denunció que hubo "repetidas '
         'alarmas de gas" desde el verano.'),
        (St("⟦Los heridos son ya 13, dos de ellos graves⟧, según", "Selje Sea coast guard", "indirect", "rig9-u11"),
         St("⟦Un cuarto operario fue hallado con vida en un bote salvavidas⟧, informó", "Kjetil Amundrud",
            "indirect", "rig9-u7"),
         St("aseguró que ⟦la búsqueda continuará pese al fuerte viento⟧", "Kjetil Amundrud", "indirect", "rig9-u8"),
         St('"⟦Nuestros pensamientos están con las familias de quienes aún no hemos encontrado⟧"',
            "Ravnfjord Petroleum", "direct", "rig9-u1"),
         St('denunció que ⟦hubo "repetidas alarmas de gas" desde el verano⟧', "Offshore Workers' Federation",
            "partial", "rig9-u6")),
        (Fg("⟦Tres⟧ trabajadores", 3, None, "missing", "rig9-q-missing"),
         Fg("son ya ⟦13⟧", 13, None, "wounded", "rig9-q-injured"),
         Fg("⟦dos⟧ de ellos graves", 2, None, "wounded", "rig9-q-serious"),
         Fg("Casi ⟦190⟧ personas", 190, "nearly", "other", "rig9-q-aboard"))),
    # ---------------------------------------------------------------- a listeria outbreak traced to a cheese (test)
    Art("ml9-listeria-recall", "alpenrundschau.example", "gesundheit/listerien-weichkaese-hohenmark-1.3361",
        "2026-08-20", "de",
        "Listerien im Weichkäse: Vier Tote in der Hohenmark",
        ("Ein Listerien-Ausbruch in der Region Hohenmark hat bislang vier Menschenleben gefordert. Insgesamt 37 "
         "Erkrankungen seien registriert worden, teilte das Bundesamt für Lebensmittelsicherheit (BLS) am Donnerstag "
         "mit.",
         "„Wir haben den Ausbruch eindeutig auf den Weichkäse der Molkerei Grünthal zurückgeführt“, sagte "
         "BLS-Präsidentin Ulrike Fahrenholz. Verbraucher sollten die betroffenen Produkte keinesfalls essen, sondern "
         "in den Handel zurückbringen, mahnte sie.",
         "Die Molkerei hat 14 Produkte zurückgerufen, rund 80.000 Packungen sind betroffen. Man bedauere zutiefst, "
         "was geschehen sei, und arbeite eng mit den Behörden zusammen, erklärte ein Sprecher des Unternehmens.",
         "Die Infektiologin Lorenza Vidmar vom Universitätsklinikum Hohenmark warnt, dass Schwangere und ältere "
         "Menschen besonders gefährdet seien. Die Inkubationszeit könne bis zu zehn Wochen betragen, sagte sie."),
        (St("⟦Insgesamt 37 Erkrankungen seien registriert worden⟧, teilte", "BLS food safety agency", "indirect",
            "lis9-u8"),
         St("„⟦Wir haben den Ausbruch eindeutig auf den Weichkäse der Molkerei Grünthal zurückgeführt⟧“",
            "Ulrike Fahrenholz", "direct", "lis9-u1"),
         St("⟦Verbraucher sollten die betroffenen Produkte keinesfalls essen, sondern in den Handel zurückbringen⟧, "
            "mahnte", "Ulrike Fahrenholz", "indirect", "lis9-u2"),
         St("⟦Man bedauere zutiefst, was geschehen sei, und arbeite eng mit den Behörden zusammen⟧, erklärte",
            "Molkerei Grünthal", "indirect", "lis9-u4"),
         St("warnt, dass ⟦Schwangere und ältere Menschen besonders gefährdet seien⟧", "Lorenza Vidmar", "indirect",
            "lis9-u6"),
         St("⟦Die Inkubationszeit könne bis zu zehn Wochen betragen⟧, sagte sie", "Lorenza Vidmar", "indirect",
            "lis9-u9")),
        (Fg("bislang ⟦vier⟧ Menschenleben", 4, None, "killed", "lis9-q-deaths"),
         Fg("Insgesamt ⟦37⟧ Erkrankungen", 37, None, "other", "lis9-q-cases"),
         Fg("hat ⟦14⟧ Produkte", 14, None, "other", "lis9-q-products"),
         Fg("rund ⟦80.000⟧ Packungen", 80_000, "about", "other", "lis9-q-packs"))),
    Art("ml9-listeria-recall", "leveilleurdelest.example", "sante/listeriose-hohenmark-fromage-laiterie-grunthal",
        "2026-08-21", "fr",
        "Listériose : une quarantaine de malades, un fromage mis en cause",
        ("Une quarantaine de personnes ont contracté la listériose dans la région de Hohenmark, et quatre d'entre "
         "elles sont mortes. D'après l'Office fédéral de la sécurité alimentaire, le séquençage génétique a permis de "
         "relier les souches des malades à celles prélevées à la laiterie Grünthal.",
         f"«{NB}Nous avons clairement identifié le fromage à pâte molle de la laiterie Grünthal comme la source de "
         f"l'épidémie{NB}», a affirmé la présidente de l'Office, Ulrike Fahrenholz.",
         f"La laiterie a rappelé quatorze produits, soit environ 80{NB}000 unités. Elle dit «{NB}regretter "
         f"profondément{NB}» la situation. Selon la direction, l'usine restera fermée jusqu'à nouvel ordre pour être "
         "désinfectée.",
         f"«{NB}Toute personne qui a de la fièvre après avoir mangé ce fromage doit consulter un médecin{NB}», "
         "insiste l'infectiologue Lorenza Vidmar."),
        (St("alimentaire, ⟦le séquençage génétique a permis de relier les souches des malades à celles prélevées à la "
            "laiterie Grünthal⟧", "BLS food safety agency", "indirect", "lis9-u3"),
         St(f"«{NB}⟦Nous avons clairement identifié le fromage à pâte molle de la laiterie Grünthal comme la source de "
            f"l'épidémie⟧{NB}»", "Ulrike Fahrenholz", "direct", "lis9-u1"),
         St(f"Elle dit ⟦«{NB}regretter profondément{NB}» la situation⟧", "Molkerei Grünthal", "partial", "lis9-u4"),
         St("direction, ⟦l'usine restera fermée jusqu'à nouvel ordre pour être désinfectée⟧", "Molkerei Grünthal",
            "indirect", "lis9-u5"),
         St(f"«{NB}⟦Toute personne qui a de la fièvre après avoir mangé ce fromage doit consulter un médecin⟧{NB}»",
            "Lorenza Vidmar", "direct", "lis9-u7")),
        (Fg("⟦Une quarantaine⟧ de personnes", 40, "about", "other", "lis9-q-cases"),
         Fg("et ⟦quatre⟧ d'entre", 4, None, "killed", "lis9-q-deaths"),
         Fg("rappelé ⟦quatorze⟧ produits", 14, None, "other", "lis9-q-products"),
         Fg(f"environ ⟦80{NB}000⟧ unités", 80_000, "about", "other", "lis9-q-packs"))),
    Art("ml9-listeria-recall", "cronicadelvalle.example", "sociedad/2026-08-21/brote-listeria-queso-hohenmark",
        "2026-08-21", "es",
        "Cuatro muertos por un brote de listeria vinculado a un queso",
        ("Al menos 37 personas se han infectado y cuatro han muerto en un brote de listeria en la región de "
         "Hohenmark, según la agencia federal de seguridad alimentaria, que atribuye el origen a un queso blando de "
         "la lechería Grünthal.",
         "La presidenta de la agencia, Ulrike Fahrenholz, pidió a los consumidores que no coman los productos "
         'afectados y que los devuelvan en los comercios. "Hemos identificado claramente el origen del brote", dijo.',
         'La empresa retiró del mercado 14 productos, unas 80.000 unidades. "Lamentamos profundamente lo ocurrido y '
         'colaboramos plenamente con las autoridades", afirmó un portavoz de la lechería.',
         "La infectóloga Lorenza Vidmar recordó que las embarazadas y las personas mayores son las más expuestas."),
        (St("⟦Al menos 37 personas se han infectado y cuatro han muerto en un brote de listeria en la región de "
            "Hohenmark⟧, según", "BLS food safety agency", "indirect", "lis9-u8"),
         St("consumidores que ⟦no coman los productos afectados y que los devuelvan en los comercios⟧",
            "Ulrike Fahrenholz", "indirect", "lis9-u2"),
         St('"⟦Hemos identificado claramente el origen del brote⟧"', "Ulrike Fahrenholz", "direct", "lis9-u1"),
         St('"⟦Lamentamos profundamente lo ocurrido y colaboramos plenamente con las autoridades⟧"',
            "Molkerei Grünthal", "direct", "lis9-u4"),
         St("recordó que ⟦las embarazadas y las personas mayores son las más expuestas⟧", "Lorenza Vidmar",
            "indirect", "lis9-u6")),
        (Fg("Al menos ⟦37⟧ personas", 37, "at least", "other", "lis9-q-cases"),
         Fg("y ⟦cuatro⟧ han muerto", 4, None, "killed", "lis9-q-deaths"),
         Fg("mercado ⟦14⟧ productos", 14, None, "other", "lis9-q-products"),
         Fg("unas ⟦80.000⟧ unidades", 80_000, "about", "other", "lis9-q-packs"))),
    Art("ml9-listeria-recall", "ilgazzettinodellevalli.example", "salute/listeria-formaggio-hohenmark-cinque-morti",
        "2026-08-22", "it",
        "Listeria nel formaggio, salgono a cinque i morti",
        ("Sale a cinque il numero dei morti per il focolaio di listeria nella regione di Hohenmark. I casi accertati "
         "sono ora 41, ha comunicato sabato l'agenzia federale per la sicurezza alimentare.",
         "Secondo la presidente dell'agenzia, Ulrike Fahrenholz, il formaggio molle del caseificio Grünthal è «senza "
         "dubbio» all'origine dell'epidemia. Fahrenholz ha ribadito che i prodotti richiamati non vanno consumati.",
         "Il caseificio ha ritirato 14 prodotti, circa 80mila confezioni, e ha fermato la produzione. «Siamo "
         "profondamente dispiaciuti», ha fatto sapere l'azienda in una nota.",
         "L'infettivologa Lorenza Vidmar avverte che le donne incinte e gli anziani sono i più a rischio: «Chi ha la "
         "febbre dopo aver mangiato quel formaggio deve andare dal medico»."),
        (St("⟦I casi accertati sono ora 41⟧, ha comunicato", "BLS food safety agency", "indirect", "lis9-u10"),
         St("Fahrenholz, ⟦il formaggio molle del caseificio Grünthal è «senza dubbio» all'origine dell'epidemia⟧",
            "Ulrike Fahrenholz", "partial", "lis9-u1"),
         St("ribadito che ⟦i prodotti richiamati non vanno consumati⟧", "Ulrike Fahrenholz", "indirect", "lis9-u2"),
         St("«⟦Siamo profondamente dispiaciuti⟧»", "Molkerei Grünthal", "direct", "lis9-u4"),
         St("avverte che ⟦le donne incinte e gli anziani sono i più a rischio⟧", "Lorenza Vidmar", "indirect",
            "lis9-u6"),
         St("«⟦Chi ha la febbre dopo aver mangiato quel formaggio deve andare dal medico⟧»", "Lorenza Vidmar",
            "direct", "lis9-u7")),
        (Fg("Sale a ⟦cinque⟧", 5, None, "killed", "lis9-q-deaths"),
         Fg("ora ⟦41⟧", 41, None, "other", "lis9-q-cases"),
         Fg("ritirato ⟦14⟧ prodotti", 14, None, "other", "lis9-q-products"),
         Fg("circa ⟦80mila⟧ confezioni", 80_000, "about", "other", "lis9-q-packs"))),
    Art("ml9-listeria-recall", "daegyeongilbo.example", "news/articleView.html?idxno=240518", "2026-08-22", "ko",
        "호엔마르크 리스테리아 집단감염 사망 5명으로 늘어…치즈 14종 회수",
        ("호엔마르크 지역에서 발생한 리스테리아 집단감염으로 숨진 사람이 5명으로 늘었다. 연방식품안전청에 따르면 "
         "확진자는 41명이며, 감염원은 그륀탈 유가공업체의 연성 치즈로 확인됐다.",
         "울리케 파렌홀츠 연방식품안전청장은 “해당 제품을 절대 먹지 말고 구입한 매장에 반품해 달라”고 당부했다.",
         "그륀탈 측은 제품 14종, 8만여 개를 회수했다고 밝혔다. 회사는 “일어난 일에 대해 깊이 사과드린다”고 "
         "말했다.",
         "감염내과 전문의 로렌차 비드마르 교수는 임신부와 고령자가 특히 위험하다며 잠복기가 최장 10주에 이를 수 "
         "있다고 설명했다."),
        (St("따르면 ⟦확진자는 41명이며, 감염원은 그륀탈 유가공업체의 연성 치즈로 확인됐다⟧",
            "BLS food safety agency", "indirect", "lis9-u10"),
         St("“⟦해당 제품을 절대 먹지 말고 구입한 매장에 반품해 달라⟧”", "Ulrike Fahrenholz", "direct", "lis9-u2"),
         St("측은 ⟦제품 14종, 8만여 개를 회수했다⟧고", "Molkerei Grünthal", "indirect", "lis9-u11"),
         St("“⟦일어난 일에 대해 깊이 사과드린다⟧”", "Molkerei Grünthal", "direct", "lis9-u4"),
         St("교수는 ⟦임신부와 고령자가 특히 위험하다⟧며", "Lorenza Vidmar", "indirect", "lis9-u6"),
         St("위험하다며 ⟦잠복기가 최장 10주에 이를 수 있다⟧고", "Lorenza Vidmar", "indirect", "lis9-u9")),
        (Fg("사람이 ⟦5⟧명으로", 5, None, "killed", "lis9-q-deaths"),
         Fg("확진자는 ⟦41⟧명", 41, None, "other", "lis9-q-cases"),
         Fg("제품 ⟦14⟧종", 14, None, "other", "lis9-q-products"),
         Fg("⟦8만여⟧ 개", 80_000, "more than", "other", "lis9-q-packs"))),
)

SPEAKER_FORMS_31: dict[str, tuple[str, ...]] = {
    "Emil Savchenko": ("Emil Savchenko", "Savchenko", "Emil Sawtschenko", "Sawtschenko", "Emil Savtchenko",
                       "Savtchenko", "에밀 사브첸코", "사브첸코", "에밀 사브첸코 선관위원장"),
    "Petra Lindqvar": ("Petra Lindqvar", "Lindqvar", "페트라 린드크바르", "린드크바르"),
    "Aurel Monteanu": ("Aurel Monteanu", "Monteanu", "아우렐 몬테아누", "몬테아누", "아우렐 몬테아누 대표"),
    "Greta Hallum": ("Greta Hallum", "Hallum", "그레타 할룸", "할룸", "그레타 할룸 단장"),
    "Karsovia electoral board": ("regional electoral board", "electoral board", "commission électorale régionale",
                                 "commission électorale", "Wahlbehörde", "regionale Wahlbehörde",
                                 "junta electoral regional", "junta electoral", "지역 선거관리위원회",
                                 "선거관리위원회", "선관위"),
    "Karsovia observer mission": ("mission", "mission d'observation", "international observer mission",
                                  "Beobachtermission", "misión internacional de observación", "국제 선거감시단",
                                  "선거감시단"),
    "Joana Serrate": ("Joana Serrate", "Serrate", "sindicalista", "Gewerkschaftschefin Joana Serrate",
                      "조아나 세하트", "세하트", "조아나 세하트 노조위원장"),
    "Henrique Salgueiro Vaz": ("Henrique Salgueiro Vaz", "Salgueiro Vaz", "Bildungsminister Henrique Salgueiro Vaz",
                               "governante", "ministro", "ministre de l'Éducation", "엔히크 살게이루 바스",
                               "살게이루 바스", "엔히크 살게이루 바스 교육부 장관"),
    "Luísa Bacelar": ("Luísa Bacelar", "Luisa Bacelar", "Bacelar", "루이자 바셀라르", "바셀라르"),
    "Fenaprof": ("Fenaprof", "Lehrergewerkschaft Fenaprof", "sindacato Fenaprof", "syndicat Fenaprof",
                 "교원노조 페나프로프", "페나프로프", "federação"),
    "Almadora education ministry": ("ministério", "Ministério da Educação", "Bildungsministerium",
                                    "ministero dell'Istruzione", "ministère de l'Éducation", "교육부"),
    "Almadora education ministry source (anonymous)": ("Ministeriumskreisen", "Aus Ministeriumskreisen",
                                                       "교육부의 한 관계자", "관계자"),
    "Ravnfjord Petroleum": ("Ravnfjord Petroleum", "Ravnfjord", "company", "Betreiber", "Unternehmen",
                            "라븐피오르 페트롤리움", "회사 측", "operadora", "empresa"),
    "Kjetil Amundrud": ("Kjetil Amundrud", "Amundrud", "Küstenwachen-Sprecher Kjetil Amundrud", "셰틸 아문드루",
                        "아문드루", "셰틸 아문드루 대변인"),
    "Selje Sea coast guard": ("coast guard", "Küstenwache", "guarda costeira", "guardia costera", "해안경비대"),
    "Siri Vangen": ("Siri Vangen", "Vangen", "시리 반겐", "반겐", "시리 반겐 위원장"),
    "Offshore Workers' Federation": ("Offshore Workers' Federation", "federação dos trabalhadores offshore",
                                     "sindicato de trabajadores offshore", "Gewerkschaft der Offshore-Arbeiter",
                                     "해상노동자연맹", "union", "sindicato"),
    "Ulrike Fahrenholz": ("Ulrike Fahrenholz", "Fahrenholz", "BLS-Präsidentin Ulrike Fahrenholz", "울리케 파렌홀츠",
                          "파렌홀츠", "울리케 파렌홀츠 연방식품안전청장"),
    "BLS food safety agency": ("Bundesamt für Lebensmittelsicherheit", "BLS",
                               "Office fédéral de la sécurité alimentaire", "Office",
                               "agencia federal de seguridad alimentaria", "agencia",
                               "agenzia federale per la sicurezza alimentare", "agenzia", "연방식품안전청"),
    "Molkerei Grünthal": ("Molkerei Grünthal", "Molkerei", "Unternehmen", "Sprecher des Unternehmens",
                          "laiterie Grünthal", "laiterie", "direction", "empresa", "lechería",
                          "portavoz de la lechería", "caseificio Grünthal", "caseificio", "azienda", "그륀탈",
                          "그륀탈 측", "회사"),
    "Lorenza Vidmar": ("Lorenza Vidmar", "Vidmar", "Infektiologin Lorenza Vidmar", "infectiologue Lorenza Vidmar",
                       "로렌차 비드마르", "비드마르", "로렌차 비드마르 교수"),
}
