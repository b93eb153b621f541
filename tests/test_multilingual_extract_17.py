"""Issue 17, round 14: a construction checklist for statements and speakers in de, es, fr, it and pt — the
constructions a newspaper in each language commonly uses (speech verb before/after/inside the quote, fronted and
trailing source prepositions, reported speech with its subordinator and mood, titles, appositions, pronoun and
role-word speakers, organisations, quote paragraphs going on without attribution, passives, questions, verbs beyond
the commonest). Each item was written with its expected output before the system was run on it. An item passes
when every expected statement is found (overlap-50, as `newsledger eval multilingual` scores) with its speaker, and
no other statement is reported. Every sentence is invented.

Pass counts (HEAD f2002a5 → after this round): first batch 91 → 100 of 100, second batch 49 → 50 of 50 (written
after the first batch's fixes), third batch 38 → 50 of 50 (written after the second passed), fourth batch 24 → 25
of 25 (written after the third passed): 202 → 225 of 225. No item is left failing, so every item is asserted one by
one; an item a later change cannot fix goes into a list of its own with its pass count pinned, never deleted."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsledger.eval.multilingual import speaker_matches
from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article


@dataclass(frozen=True)
class Item:
    key: str
    lang: str
    text: str
    # (statement content as written, speaker forms: the name as the text gives it, or a form of it)
    expected: tuple[tuple[str, tuple[str, ...]], ...]


def _i(key: str, lang: str, text: str, *expected: tuple[str, str | tuple[str, ...]]) -> Item:
    return Item(key, lang, text, tuple((c, (s,) if isinstance(s, str) else s) for c, s in expected))


CHECKLIST: tuple[Item, ...] = (
    # --- Spanish ---------------------------------------------------------------------------------------------
    _i("es-quote-verb-after", "es",
       "«No vamos a cerrar ninguna escuela este año», dijo la consejera de Educación, Pilar Navarro.",
       ("No vamos a cerrar ninguna escuela este año", "Pilar Navarro")),
    _i("es-verb-colon-quote", "es",
       "El alcalde de Tolosa, Andrés Quiroga, afirmó: «El agua potable llegará a todos los barrios antes del "
       "viernes».", ("El agua potable llegará a todos los barrios antes del viernes", "Andrés Quiroga")),
    _i("es-verb-inside-quote", "es",
       "«Hemos perdido la cosecha entera», lamentó Rosa Medina, «y nadie nos ha llamado desde el ministerio».",
       ("Hemos perdido la cosecha entera", "Rosa Medina"),
       ("y nadie nos ha llamado desde el ministerio", "Rosa Medina")),
    _i("es-fronted-segun-org", "es",
       "Según la Guardia Civil, el conductor del camión circulaba a más de 120 kilómetros por hora.",
       ("el conductor del camión circulaba a más de 120 kilómetros por hora", "Guardia Civil")),
    _i("es-trailing-segun-title", "es",
       "Las obras del puente terminarán en marzo, según el director del proyecto, Javier Salas.",
       ("Las obras del puente terminarán en marzo", "Javier Salas")),
    _i("es-que-title-org", "es",
       "La ministra de Hacienda, Elena Castro, aseguró que el déficit bajará al 3 % el próximo año.",
       ("el déficit bajará al 3 % el próximo año", "Elena Castro")),
    _i("es-subjunctive-org", "es",
       "El sindicato negó que los trabajadores hubieran aceptado la propuesta de la empresa.",
       ("los trabajadores hubieran aceptado la propuesta de la empresa", "sindicato")),
    _i("es-apposition", "es",
       "Tomás Berrocal, portavoz de la Cruz Roja en Almería, explicó que los voluntarios atendieron a 230 personas "
       "durante la noche.", ("los voluntarios atendieron a 230 personas durante la noche", "Tomás Berrocal")),
    _i("es-subrayo", "es",
       "El presidente de la patronal, Ignacio Vera, subrayó que la reforma pone en riesgo miles de empleos.",
       ("la reforma pone en riesgo miles de empleos", "Ignacio Vera")),
    _i("es-pronoun-after-name", "es",
       "Lucía Ferrer habló con los vecinos durante una hora. Después, ella reconoció que la evacuación había "
       "llegado tarde.", ("la evacuación había llegado tarde", "Lucía Ferrer")),
    _i("es-dropped-subject-adds", "es",
       "«La carretera seguirá cortada hasta el lunes», advirtió el jefe de bomberos, Raúl Ortega. Además, añadió "
       "que dos casas corren peligro de derrumbe.",
       ("La carretera seguirá cortada hasta el lunes", "Raúl Ortega"),
       ("dos casas corren peligro de derrumbe", "Raúl Ortega")),
    _i("es-organisation", "es",
       "El Ayuntamiento de Cádiz aseguró que la playa volverá a abrirse el sábado.",
       ("la playa volverá a abrirse el sábado", "Ayuntamiento de Cádiz")),
    _i("es-quote-paragraph-goes-on", "es",
       "«Nadie esperaba una crecida así», dijo el alcalde, Manuel Soto.\n\n«En cuarenta años no habíamos visto "
       "nada parecido. Necesitamos ayuda del Gobierno ya.»",
       ("Nadie esperaba una crecida así", "Manuel Soto"),
       ("En cuarenta años no habíamos visto nada parecido. Necesitamos ayuda del Gobierno ya.", "Manuel Soto")),
    _i("es-question", "es",
       "«¿Quién va a pagar las reparaciones?», preguntó una vecina, Carmen Ruiz.",
       ("¿Quién va a pagar las reparaciones?", "Carmen Ruiz")),
    _i("es-trailing-de-acuerdo-con", "es",
       "La empresa ocultó los datos durante dos años, de acuerdo con la fiscalía.",
       ("La empresa ocultó los datos durante dos años", "fiscalía")),
    _i("es-insistio-apposition-after", "es",
       "«Estamos preparados para lo peor», insistió Óscar Lema, consejero de Sanidad.",
       ("Estamos preparados para lo peor", "Óscar Lema")),
    _i("es-denuncio-time-word", "es",
       "La portavoz del Gobierno, Marta Ibáñez, denunció ayer que el ataque fue deliberado.",
       ("el ataque fue deliberado", "Marta Ibáñez")),
    _i("es-segun-ha-informado", "es",
       "Según ha informado la Policía Nacional, el detenido tiene 34 años y antecedentes por robo.",
       ("el detenido tiene 34 años y antecedentes por robo", "Policía Nacional")),
    _i("es-perfect-ministry", "es",
       "El Ministerio de Defensa ha confirmado que dos soldados resultaron heridos en el ataque.",
       ("dos soldados resultaron heridos en el ataque", "Ministerio de Defensa")),
    _i("es-fronted-adverbial", "es",
       "En declaraciones a esta agencia, el director del hospital, Luis Ángel Pardo, explicó que quedan doce "
       "pacientes en la UCI.", ("quedan doce pacientes en la UCI", "Luis Ángel Pardo")),
    # --- Portuguese ------------------------------------------------------------------------------------------
    _i("pt-quote-verb-after", "pt",
       "“Não vamos desistir dos moradores”, disse o presidente da câmara, Rui Almeida.",
       ("Não vamos desistir dos moradores", "Rui Almeida")),
    _i("pt-verb-colon-quote", "pt",
       "A ministra da Saúde, Ana Paula Teixeira, afirmou: “Os hospitais estão preparados para receber os "
       "feridos.”", ("Os hospitais estão preparados para receber os feridos.", "Ana Paula Teixeira")),
    _i("pt-verb-inside-quote", "pt",
       "“Perdemos tudo”, contou Joana Martins, “mas pelo menos estamos vivos.”",
       ("Perdemos tudo", "Joana Martins"), ("mas pelo menos estamos vivos.", "Joana Martins")),
    _i("pt-fronted-segundo-org", "pt",
       "Segundo a Polícia Judiciária, o suspeito fugiu para Espanha na madrugada de sábado.",
       ("o suspeito fugiu para Espanha na madrugada de sábado", "Polícia Judiciária")),
    _i("pt-trailing-segundo-title", "pt",
       "A ponte vai reabrir dentro de duas semanas, segundo o engenheiro responsável pela obra, Paulo Cardoso.",
       ("A ponte vai reabrir dentro de duas semanas", "Paulo Cardoso")),
    _i("pt-que-title-org", "pt",
       "O ministro das Finanças, Carlos Moura, garantiu que os salários não serão cortados.",
       ("os salários não serão cortados", "Carlos Moura")),
    _i("pt-subjunctive-org", "pt",
       "O sindicato negou que os trabalhadores tivessem aceitado a proposta da empresa.",
       ("os trabalhadores tivessem aceitado a proposta da empresa", "sindicato")),
    _i("pt-apposition", "pt",
       "Marta Lopes, porta-voz da Proteção Civil, explicou que as chamas estão controladas desde a manhã.",
       ("as chamas estão controladas desde a manhã", "Marta Lopes")),
    _i("pt-ressaltou", "pt",
       "O presidente da associação de agricultores, João Pereira, ressaltou que a seca já destruiu metade das "
       "colheitas.", ("a seca já destruiu metade das colheitas", "João Pereira")),
    _i("pt-pronoun-after-name", "pt",
       "Beatriz Santos visitou a escola na segunda-feira. Ela sublinhou que as aulas recomeçam em breve.",
       ("as aulas recomeçam em breve", "Beatriz Santos")),
    _i("pt-dropped-subject-adds", "pt",
       "“A estrada continua fechada”, alertou o comandante dos bombeiros, Luís Rocha. Acrescentou ainda que três "
       "casas foram evacuadas.",
       ("A estrada continua fechada", "Luís Rocha"), ("três casas foram evacuadas", "Luís Rocha")),
    _i("pt-organisation", "pt",
       "A empresa Águas do Norte informou que o abastecimento será retomado na quinta-feira.",
       ("o abastecimento será retomado na quinta-feira", "Águas do Norte")),
    _i("pt-quote-paragraph-goes-on", "pt",
       "“Ninguém esperava uma cheia assim”, disse a autarca, Helena Sousa.\n\n“Em trinta anos nunca vimos nada "
       "parecido. Precisamos de ajuda já.”",
       ("Ninguém esperava uma cheia assim", "Helena Sousa"),
       ("Em trinta anos nunca vimos nada parecido. Precisamos de ajuda já.", "Helena Sousa")),
    _i("pt-question", "pt",
       "“Quem vai pagar os prejuízos?”, perguntou um comerciante, Manuel Faria.",
       ("Quem vai pagar os prejuízos?", "Manuel Faria")),
    _i("pt-fronted-de-acordo-com", "pt",
       "De acordo com a Defesa Civil, mais de 400 famílias estão desalojadas.",
       ("mais de 400 famílias estão desalojadas", "Defesa Civil")),
    _i("pt-reiterou-apposition-after", "pt",
       "“Estamos prontos”, reiterou Sérgio Nunes, secretário de Estado da Energia.",
       ("Estamos prontos", "Sérgio Nunes")),
    _i("pt-ministry", "pt",
       "O Ministério da Defesa confirmou que dois militares ficaram feridos no ataque.",
       ("dois militares ficaram feridos no ataque", "Ministério da Defesa")),
    _i("pt-declarou-time-word", "pt",
       "O porta-voz do governo, Tiago Ramos, declarou ontem que a decisão é definitiva.",
       ("a decisão é definitiva", "Tiago Ramos")),
    _i("pt-fronted-adverbial", "pt",
       "Em entrevista à rádio local, a diretora do hospital, Sofia Mendes, disse que restam dez doentes nos "
       "cuidados intensivos.", ("restam dez doentes nos cuidados intensivos", "Sofia Mendes")),
    _i("pt-conforme-informou", "pt",
       "Conforme informou a Polícia Militar, o motorista foi detido no local.",
       ("o motorista foi detido no local", "Polícia Militar")),
    # --- German ----------------------------------------------------------------------------------------------
    _i("de-quote-verb-after", "de",
       "„Wir lassen niemanden im Stich“, sagte Bürgermeisterin Anna Kessler.",
       ("Wir lassen niemanden im Stich", "Anna Kessler")),
    _i("de-verb-colon-quote", "de",
       "Innenminister Jürgen Falk erklärte: „Die Lage ist unter Kontrolle.“",
       ("Die Lage ist unter Kontrolle.", "Jürgen Falk")),
    _i("de-verb-inside-quote", "de",
       "„Das Wasser kam mitten in der Nacht“, berichtete Petra Lange, „und wir hatten keine Zeit mehr.“",
       ("Das Wasser kam mitten in der Nacht", "Petra Lange"), ("und wir hatten keine Zeit mehr.", "Petra Lange")),
    _i("de-fronted-laut", "de",
       "Laut Polizei war der Fahrer zum Zeitpunkt des Unfalls betrunken.",
       ("war der Fahrer zum Zeitpunkt des Unfalls betrunken", "Polizei")),
    _i("de-zufolge", "de",
       "Dem Wetterdienst zufolge soll der Regen bis Donnerstag anhalten.",
       ("soll der Regen bis Donnerstag anhalten", "Wetterdienst")),
    _i("de-trailing-separable-verb", "de",
       "Die Brücke bleibt bis Ende Mai gesperrt, teilte das Landratsamt mit.",
       ("Die Brücke bleibt bis Ende Mai gesperrt", "Landratsamt")),
    _i("de-konjunktiv-title-org", "de",
       "Der Sprecher der Feuerwehr, Michael Brandt, sagte, die Löscharbeiten würden noch Stunden dauern.",
       ("die Löscharbeiten würden noch Stunden dauern", "Michael Brandt")),
    _i("de-betonte-dass", "de",
       "Finanzministerin Sabine Dorn betonte, dass der Haushalt ausgeglichen sei.",
       ("der Haushalt ausgeglichen sei", "Sabine Dorn")),
    _i("de-apposition", "de",
       "Thomas Weber, Sprecher des Roten Kreuzes in Kassel, sagte, man habe mehr als 200 Menschen versorgt.",
       ("man habe mehr als 200 Menschen versorgt", "Thomas Weber")),
    _i("de-kritisierte", "de",
       "Der Vorsitzende der Gewerkschaft, Klaus Richter, kritisierte, die Pläne gingen zulasten der "
       "Beschäftigten.", ("die Pläne gingen zulasten der Beschäftigten", "Klaus Richter")),
    _i("de-pronoun-after-name", "de",
       "Lena Hoffmann besuchte am Dienstag das Krankenhaus. Sie sagte, die Versorgung der Verletzten sei "
       "gesichert.", ("die Versorgung der Verletzten sei gesichert", "Lena Hoffmann")),
    _i("de-organisation-mit", "de",
       "Der Energieversorger Nordstrom teilte mit, dass der Strom am Abend wieder fließen werde.",
       ("der Strom am Abend wieder fließen werde", "Nordstrom")),
    _i("de-quote-paragraph-goes-on", "de",
       "„Niemand hat mit einem solchen Hochwasser gerechnet“, sagte Landrat Peter Schulz.\n\n„In dreißig Jahren "
       "haben wir so etwas nicht erlebt. Wir brauchen jetzt Hilfe vom Bund.“",
       ("Niemand hat mit einem solchen Hochwasser gerechnet", "Peter Schulz"),
       ("In dreißig Jahren haben wir so etwas nicht erlebt. Wir brauchen jetzt Hilfe vom Bund.", "Peter Schulz")),
    _i("de-question", "de",
       "„Wer soll das alles bezahlen?“, fragte eine Anwohnerin, Maria Becker.",
       ("Wer soll das alles bezahlen?", "Maria Becker")),
    _i("de-passive-wurde-mitgeteilt", "de",
       "Vom Gesundheitsamt wurde mitgeteilt, dass alle Proben negativ seien.",
       ("alle Proben negativ seien", "Gesundheitsamt")),
    _i("de-wie-mitteilte", "de",
       "Wie die Staatsanwaltschaft mitteilte, wurde der Verdächtige am Morgen festgenommen.",
       ("wurde der Verdächtige am Morgen festgenommen", "Staatsanwaltschaft")),
    _i("de-guillemets-versicherte", "de",
       "»Wir sind auf alles vorbereitet«, versicherte Gesundheitsminister Frank Lehmann.",
       ("Wir sind auf alles vorbereitet", "Frank Lehmann")),
    _i("de-nach-angaben", "de",
       "Nach Angaben des Veranstalters kamen rund 5.000 Besucher zu dem Konzert.",
       ("kamen rund 5.000 Besucher zu dem Konzert", ("Veranstalter", "Veranstalters"))),
    _i("de-role-word-after-name", "de",
       "Bildungsministerin Karin Vogt besuchte die Schule am Vormittag. Die Ministerin räumte ein, dass Fehler "
       "gemacht worden seien.", ("Fehler gemacht worden seien", "Karin Vogt")),
    _i("de-colon-konjunktiv", "de",
       "Der Bürgermeister von Lindau, Stefan Maier, warnte vor voreiligen Schlüssen: Die Ursache sei noch völlig "
       "unklar.", ("Die Ursache sei noch völlig unklar", "Stefan Maier")),
    # --- French ----------------------------------------------------------------------------------------------
    _i("fr-quote-verb-after", "fr",
       "« Nous ne laisserons personne derrière nous », a déclaré la maire, Sophie Bernard.",
       ("Nous ne laisserons personne derrière nous", "Sophie Bernard")),
    _i("fr-verb-colon-quote", "fr",
       "Le ministre de l'Intérieur, Laurent Girard, a affirmé : « La situation est sous contrôle. »",
       ("La situation est sous contrôle.", "Laurent Girard")),
    _i("fr-verb-inside-quote", "fr",
       "« L'eau est montée en quelques minutes », raconte Julie Moreau, « et nous n'avons rien pu sauver. »",
       ("L'eau est montée en quelques minutes", "Julie Moreau"), ("et nous n'avons rien pu sauver.", "Julie Moreau")),
    _i("fr-fronted-selon", "fr",
       "Selon la préfecture, plus de 300 foyers sont toujours privés d'électricité.",
       ("plus de 300 foyers sont toujours privés d'électricité", "préfecture")),
    _i("fr-trailing-d-apres-title", "fr",
       "Le pont restera fermé jusqu'au dernier jour de l'été, d'après le directeur des travaux, Marc Lefèvre.",
       ("Le pont restera fermé jusqu'au dernier jour de l'été", "Marc Lefèvre")),
    _i("fr-a-souligne", "fr",
       "La porte-parole du gouvernement, Claire Dumas, a souligné que la réforme entrerait en vigueur en janvier.",
       ("la réforme entrerait en vigueur en janvier", "Claire Dumas")),
    _i("fr-subjunctive-org", "fr",
       "Le syndicat a nié que les salariés aient accepté l'accord.",
       ("les salariés aient accepté l'accord", "syndicat")),
    _i("fr-apposition", "fr",
       "Pierre Lambert, porte-parole de la Croix-Rouge, a déclaré que 150 personnes avaient été hébergées.",
       ("150 personnes avaient été hébergées", "Pierre Lambert")),
    _i("fr-a-explique-title-org", "fr",
       "Le président de la chambre d'agriculture, Henri Roux, a expliqué que la sécheresse avait détruit la "
       "moitié des récoltes.", ("la sécheresse avait détruit la moitié des récoltes", "Henri Roux")),
    _i("fr-pronoun-after-name", "fr",
       "Nathalie Garnier s'est rendue à l'hôpital mardi. Elle a assuré que les blessés étaient hors de danger.",
       ("les blessés étaient hors de danger", "Nathalie Garnier")),
    _i("fr-pronoun-adds", "fr",
       "« La route restera coupée », a prévenu le chef des pompiers, Éric Blanc. Il a ajouté que deux maisons "
       "menaçaient de s'effondrer.",
       ("La route restera coupée", "Éric Blanc"), ("deux maisons menaçaient de s'effondrer", "Éric Blanc")),
    _i("fr-organisation", "fr",
       "La compagnie Aérolignes du Sud a annoncé que tous les vols seraient annulés jeudi.",
       ("tous les vols seraient annulés jeudi", "Aérolignes du Sud")),
    _i("fr-quote-paragraph-goes-on", "fr",
       "« Personne ne s'attendait à une telle crue », a dit le maire, Alain Fournier.\n\n« En quarante ans, nous "
       "n'avons jamais vu cela. Nous avons besoin de l'aide de l'État. »",
       ("Personne ne s'attendait à une telle crue", "Alain Fournier"),
       ("En quarante ans, nous n'avons jamais vu cela. Nous avons besoin de l'aide de l'État.", "Alain Fournier")),
    _i("fr-question", "fr",
       "« Qui va payer les réparations ? », s'interroge une habitante, Monique Perrin.",
       ("Qui va payer les réparations ?", "Monique Perrin")),
    _i("fr-trailing-selon-place", "fr",
       "Le suspect a reconnu les faits lors de sa garde à vue, selon le parquet de Lyon.",
       ("Le suspect a reconnu les faits lors de sa garde à vue", ("parquet de Lyon", "parquet"))),
    _i("fr-a-assure-apposition-after", "fr",
       "« Nous sommes prêts », a assuré Vincent Morel, ministre de la Santé.",
       ("Nous sommes prêts", "Vincent Morel")),
    _i("fr-inverted-pronoun", "fr",
       "Le préfet Bruno Caron est arrivé sur place dans la soirée. « La décision est irrévocable », a-t-il "
       "insisté.", ("La décision est irrévocable", "Bruno Caron")),
    _i("fr-fronted-d-apres", "fr",
       "D'après le service météorologique, les pluies devraient cesser jeudi.",
       ("les pluies devraient cesser jeudi", "service météorologique")),
    _i("fr-ministry", "fr",
       "Le ministère des Armées a confirmé que deux soldats avaient été blessés.",
       ("deux soldats avaient été blessés", "ministère des Armées")),
    _i("fr-fronted-participle", "fr",
       "Interrogée par notre journal, la directrice de l'hôpital, Isabelle Petit, a indiqué que dix patients "
       "restaient en réanimation.", ("dix patients restaient en réanimation", "Isabelle Petit")),
    # --- Italian ---------------------------------------------------------------------------------------------
    _i("it-quote-verb-after", "it",
       "«Non lasceremo sola nessuna famiglia», ha detto il sindaco, Marco Rinaldi.",
       ("Non lasceremo sola nessuna famiglia", "Marco Rinaldi")),
    _i("it-verb-colon-quote", "it",
       "Il ministro dell'Interno, Luca Ferri, ha dichiarato: «La situazione è sotto controllo».",
       ("La situazione è sotto controllo", "Luca Ferri")),
    _i("it-verb-inside-quote", "it",
       "«L'acqua è salita in pochi minuti», racconta Giulia Conti, «e non abbiamo potuto salvare niente».",
       ("L'acqua è salita in pochi minuti", "Giulia Conti"), ("e non abbiamo potuto salvare niente", "Giulia Conti")),
    _i("it-fronted-secondo", "it",
       "Secondo i carabinieri, il conducente viaggiava a oltre 130 chilometri orari.",
       ("il conducente viaggiava a oltre 130 chilometri orari", "carabinieri")),
    _i("it-trailing-secondo-title", "it",
       "Il ponte resterà chiuso fino a fine mese, secondo il direttore dei lavori, Paolo Greco.",
       ("Il ponte resterà chiuso fino a fine mese", "Paolo Greco")),
    _i("it-ha-sottolineato", "it",
       "La portavoce del governo, Elena Marchetti, ha sottolineato che la riforma entrerà in vigore a gennaio.",
       ("la riforma entrerà in vigore a gennaio", "Elena Marchetti")),
    _i("it-subjunctive-org", "it",
       "Il sindacato ha negato che i lavoratori abbiano accettato l'accordo.",
       ("i lavoratori abbiano accettato l'accordo", "sindacato")),
    _i("it-apposition-ha-spiegato", "it",
       "Roberto Galli, portavoce della Croce Rossa, ha spiegato che 180 persone sono state ospitate nella "
       "palestra.", ("180 persone sono state ospitate nella palestra", "Roberto Galli")),
    _i("it-ha-ribadito-title-org", "it",
       "Il presidente dell'associazione degli agricoltori, Franco Moretti, ha ribadito che la siccità ha "
       "distrutto metà del raccolto.", ("la siccità ha distrutto metà del raccolto", "Franco Moretti")),
    _i("it-pronoun-after-name", "it",
       "Silvia Barbieri ha visitato l'ospedale martedì. Lei ha assicurato che i feriti sono fuori pericolo.",
       ("i feriti sono fuori pericolo", "Silvia Barbieri")),
    _i("it-dropped-subject-adds", "it",
       "«La strada resterà chiusa», ha avvertito il comandante dei pompieri volontari, Andrea Costa. Ha aggiunto "
       "inoltre che due case rischiano di crollare.",
       ("La strada resterà chiusa", "Andrea Costa"), ("due case rischiano di crollare", "Andrea Costa")),
    _i("it-organisation", "it",
       "La società Autolinee del Nord ha annunciato che tutte le corse saranno sospese giovedì.",
       ("tutte le corse saranno sospese giovedì", "Autolinee del Nord")),
    _i("it-quote-paragraph-goes-on", "it",
       "«Nessuno si aspettava una piena così», ha detto il sindaco, Giorgio Fontana.\n\n«In quarant'anni non "
       "abbiamo mai visto niente di simile. Abbiamo bisogno dell'aiuto dello Stato.»",
       ("Nessuno si aspettava una piena così", "Giorgio Fontana"),
       ("In quarant'anni non abbiamo mai visto niente di simile. Abbiamo bisogno dell'aiuto dello Stato.",
        "Giorgio Fontana")),
    _i("it-question", "it",
       "«Chi pagherà i danni?», si chiede una residente, Anna Lombardi.",
       ("Chi pagherà i danni?", "Anna Lombardi")),
    _i("it-passive-come-riferito", "it",
       "Come riferito dalla questura, il sospettato è stato arrestato all'alba.",
       ("il sospettato è stato arrestato all'alba", "questura")),
    _i("it-ha-assicurato-apposition-after", "it",
       "«Siamo pronti», ha assicurato Davide Ricci, ministro della Salute.",
       ("Siamo pronti", "Davide Ricci")),
    _i("it-dropped-subject-after-name", "it",
       "Il prefetto Stefano Villa è arrivato in serata. «La decisione è definitiva», ha insistito.",
       ("La decisione è definitiva", "Stefano Villa")),
    _i("it-trailing-secondo-org", "it",
       "Il peggio è passato, secondo la Protezione civile regionale.",
       ("Il peggio è passato", "Protezione civile regionale")),
    _i("it-ministry", "it",
       "Il ministero della Difesa ha confermato che due soldati sono rimasti feriti.",
       ("due soldati sono rimasti feriti", "ministero della Difesa")),
    _i("it-fronted-participle", "it",
       "Intervistata dal nostro giornale, la direttrice dell'ospedale, Chiara De Luca, ha spiegato che dieci "
       "pazienti restano in terapia intensiva.", ("dieci pazienti restano in terapia intensiva", "Chiara De Luca")),
)

# A second batch, written after the first one's causes were fixed and before the system was run on it: the same
# constructions in other everyday shapes (an addressee between verb and speaker, a perfect tense, the speaker's own
# words split by a second cue with no subject written, opinion prepositions, sources from a body's circles).
SECOND: tuple[Item, ...] = (
    _i("es-addressee-before-speaker", "es",
       "«Es una tragedia», declaró a la prensa la alcaldesa de Huelva, Carmen Ortiz.",
       ("Es una tragedia", "Carmen Ortiz")),
    _i("es-perfect-title-org", "es",
       "El portavoz de la Policía Municipal, Adrián Gómez, ha explicado que el tráfico se restablecerá por la tarde.",
       ("el tráfico se restablecerá por la tarde", "Adrián Gómez")),
    _i("es-segun-fuentes-de", "es",
       "Según fuentes del Ministerio del Interior, el detenido planeaba huir a Francia.",
       ("el detenido planeaba huir a Francia", ("Ministerio del Interior", "fuentes del Ministerio del Interior"))),
    _i("es-title-no-comma-recalco", "es",
       "La jueza Beatriz Moreno recalcó que nadie está por encima de la ley.",
       ("nadie está por encima de la ley", "Beatriz Moreno")),
    _i("es-para-person", "es",
       "Para el economista Daniel Prieto, la subida de tipos llega demasiado tarde.",
       ("la subida de tipos llega demasiado tarde", "Daniel Prieto")),
    _i("es-relato-addressee", "es",
       "«No hubo ningún aviso previo», relató a este diario un testigo, Sergio Vidal.",
       ("No hubo ningún aviso previo", "Sergio Vidal")),
    _i("es-plural-body", "es",
       "Los bomberos señalaron que el fuego se originó en la cocina.",
       ("el fuego se originó en la cocina", "bomberos")),
    _i("es-second-quote-no-subject", "es",
       "«Seguiremos trabajando», dijo Ana Belén Ruiz. «Nadie se quedará atrás», insistió.",
       ("Seguiremos trabajando", "Ana Belén Ruiz"), ("Nadie se quedará atrás", "Ana Belén Ruiz")),
    _i("es-a-juicio-de", "es",
       "A juicio de la presidenta de la asociación, Nuria Sanz, el plan llega tarde.",
       ("el plan llega tarde", "Nuria Sanz")),
    _i("es-en-un-comunicado", "es",
       "En un comunicado, la Diputación de Lugo anunció que las carreteras volverán a abrirse el jueves.",
       ("las carreteras volverán a abrirse el jueves", "Diputación de Lugo")),
    _i("pt-addressee-before-speaker", "pt",
       "“Foi uma tragédia”, declarou aos jornalistas o prefeito de Campinas, Roberto Lima.",
       ("Foi uma tragédia", "Roberto Lima")),
    _i("pt-addressee-before-que", "pt",
       "O porta-voz da PSP, André Costa, afirmou à Lusa que a situação está calma.",
       ("a situação está calma", "André Costa")),
    _i("pt-fontes-de", "pt",
       "De acordo com fontes do Ministério da Saúde, a vacina chegará em maio.",
       ("a vacina chegará em maio", ("Ministério da Saúde", "fontes do Ministério da Saúde"))),
    _i("pt-title-no-comma-sublinhou", "pt",
       "A juíza Fernanda Alves sublinhou que ninguém está acima da lei.",
       ("ninguém está acima da lei", "Fernanda Alves")),
    _i("pt-para-person", "pt",
       "Para o economista Ricardo Matos, a subida dos juros chega tarde demais.",
       ("a subida dos juros chega tarde demais", "Ricardo Matos")),
    _i("pt-relatou-witness", "pt",
       "“Não houve nenhum aviso”, relatou uma testemunha, Carla Reis.",
       ("Não houve nenhum aviso", "Carla Reis")),
    _i("pt-plural-body", "pt",
       "Os bombeiros informaram que o fogo começou na cozinha.",
       ("o fogo começou na cozinha", "bombeiros")),
    _i("pt-second-quote-no-subject", "pt",
       "“Vamos continuar a trabalhar”, disse Pedro Antunes. “Ninguém ficará para trás”, garantiu.",
       ("Vamos continuar a trabalhar", "Pedro Antunes"), ("Ninguém ficará para trás", "Pedro Antunes")),
    _i("pt-na-opiniao-de", "pt",
       "Na opinião da presidente da associação, Teresa Gomes, o plano chega tarde.",
       ("o plano chega tarde", "Teresa Gomes")),
    _i("pt-em-comunicado", "pt",
       "Em comunicado, a Câmara Municipal de Braga adiantou que as escolas reabrem na segunda-feira.",
       ("as escolas reabrem na segunda-feira", "Câmara Municipal de Braga")),
    _i("de-addressee-after-speaker", "de",
       "„Das war eine Katastrophe“, sagte Ute Krämer, Bürgermeisterin von Neustadt, der Deutschen Presse-Agentur.",
       ("Das war eine Katastrophe", "Ute Krämer")),
    _i("de-perfect-bestaetigt", "de",
       "Der Sprecher der Stadtwerke, Jan Vogel, hat bestätigt, dass die Leitung repariert wird.",
       ("die Leitung repariert wird", "Jan Vogel")),
    _i("de-aus-kreisen", "de",
       "Aus Kreisen des Innenministeriums hieß es, der Täter sei polizeibekannt.",
       ("der Täter sei polizeibekannt", ("Innenministerium", "Innenministeriums", "Kreisen des Innenministeriums"))),
    _i("de-stellte-klar", "de",
       "Richterin Eva Brandt stellte klar, dass niemand über dem Gesetz stehe.",
       ("niemand über dem Gesetz stehe", "Eva Brandt")),
    _i("de-nach-ansicht", "de",
       "Nach Ansicht des Ökonomen Daniel Roth kommt die Zinserhöhung zu spät.",
       ("kommt die Zinserhöhung zu spät", "Daniel Roth")),
    _i("de-witness-apposition", "de",
       "„Es gab keine Warnung“, berichtete ein Augenzeuge, Sven Richter.",
       ("Es gab keine Warnung", "Sven Richter")),
    _i("de-body-teilte-mit-konjunktiv", "de",
       "Die Feuerwehr teilte mit, das Feuer sei in der Küche ausgebrochen.",
       ("das Feuer sei in der Küche ausgebrochen", "Feuerwehr")),
    _i("de-second-quote-pronoun", "de",
       "„Wir machen weiter“, sagte Jana Winkler. „Niemand wird zurückgelassen“, versprach sie.",
       ("Wir machen weiter", "Jana Winkler"), ("Niemand wird zurückgelassen", "Jana Winkler")),
    _i("de-erklaerte-in-einer-mitteilung", "de",
       "Der Verband erklärte in einer Mitteilung, die Preise würden im Herbst steigen.",
       ("die Preise würden im Herbst steigen", "Verband")),
    _i("de-wie-ein-sprecher", "de",
       "Wie ein Sprecher der Bahn sagte, fallen am Montag alle Züge aus.",
       ("fallen am Montag alle Züge aus", ("Bahn", "Sprecher der Bahn"))),
    _i("fr-addressee-before-speaker", "fr",
       "« C'était une catastrophe », a confié à l'AFP le maire de Nantes, Olivier Dubois.",
       ("C'était une catastrophe", "Olivier Dubois")),
    _i("fr-addressee-before-que", "fr",
       "Le porte-parole de la police, Jérôme Martin, a précisé à la presse que la circulation reprendrait dans "
       "l'après-midi.", ("la circulation reprendrait dans l'après-midi", "Jérôme Martin")),
    _i("fr-pour-person", "fr",
       "Pour l'économiste Daniel Mercier, la hausse des taux arrive trop tard.",
       ("la hausse des taux arrive trop tard", "Daniel Mercier")),
    _i("fr-title-no-comma-a-rappele", "fr",
       "La juge Hélène Robert a rappelé que personne n'était au-dessus des lois.",
       ("personne n'était au-dessus des lois", "Hélène Robert")),
    _i("fr-raconte-witness", "fr",
       "« Il n'y a eu aucune alerte », raconte un témoin, Sébastien Faure.",
       ("Il n'y a eu aucune alerte", "Sébastien Faure")),
    _i("fr-plural-body", "fr",
       "Les pompiers ont indiqué que l'incendie avait pris dans la cuisine.",
       ("l'incendie avait pris dans la cuisine", "pompiers")),
    _i("fr-second-quote-inverted-pronoun", "fr",
       "« Nous continuerons », a dit Camille Roussel. « Personne ne sera oublié », a-t-elle promis.",
       ("Nous continuerons", "Camille Roussel"), ("Personne ne sera oublié", "Camille Roussel")),
    _i("fr-dans-un-communique", "fr",
       "Dans un communiqué, la mairie de Rennes a annoncé que les écoles rouvriraient lundi.",
       ("les écoles rouvriraient lundi", "mairie de Rennes")),
    _i("fr-role-alone", "fr",
       "Le ministre a estimé que les aides arriveraient d'ici dix jours.",
       ("les aides arriveraient d'ici dix jours", "ministre")),
    _i("fr-d-apres-name-apposition", "fr",
       "D'après Paul Girard, directeur de l'ONG Terre Solidaire, les réfugiés manquent de tout.",
       ("les réfugiés manquent de tout", "Paul Girard")),
    _i("it-addressee-before-speaker", "it",
       "«È stata una tragedia», ha dichiarato all'ANSA il sindaco di Lecco, Mauro Bellini.",
       ("È stata una tragedia", "Mauro Bellini")),
    _i("it-addressee-before-che", "it",
       "Il portavoce della polizia locale, Fabio Sala, ha precisato ai giornalisti che il traffico riprenderà nel "
       "pomeriggio.", ("il traffico riprenderà nel pomeriggio", "Fabio Sala")),
    _i("it-per-person", "it",
       "Per l'economista Daniele Ferraro, l'aumento dei tassi arriva troppo tardi.",
       ("l'aumento dei tassi arriva troppo tardi", "Daniele Ferraro")),
    _i("it-title-no-comma-ha-ricordato", "it",
       "La giudice Laura Riva ha ricordato che nessuno è al di sopra della legge.",
       ("nessuno è al di sopra della legge", "Laura Riva")),
    _i("it-racconta-witness", "it",
       "«Non c'è stato alcun allarme», racconta un testimone, Simone Gatti.",
       ("Non c'è stato alcun allarme", "Simone Gatti")),
    _i("it-plural-body", "it",
       "I vigili del fuoco hanno riferito che l'incendio è partito dalla cucina.",
       ("l'incendio è partito dalla cucina", "vigili del fuoco")),
    _i("it-second-quote-no-subject", "it",
       "«Andremo avanti», ha detto Carla Sartori. «Nessuno sarà lasciato indietro», ha promesso.",
       ("Andremo avanti", "Carla Sartori"), ("Nessuno sarà lasciato indietro", "Carla Sartori")),
    _i("it-in-una-nota", "it",
       "In una nota, il Comune di Bergamo ha annunciato che le scuole riapriranno lunedì.",
       ("le scuole riapriranno lunedì", "Comune di Bergamo")),
    _i("it-stando-a", "it",
       "Stando ai dati della Regione, i contagi sono in calo da due settimane.",
       ("i contagi sono in calo da due settimane", "Regione")),
    _i("it-a-detta-di", "it",
       "A detta del presidente dell'ordine dei medici, Luigi Parisi, mancano almeno 200 infermieri.",
       ("mancano almeno 200 infermieri", "Luigi Parisi")),
)

# A third batch, written after the second passed and before the system was run on it: "as X explained" clauses,
# compound and particle names, an age after the name, a pronoun after a source preposition, indirect questions,
# a government or a body as speaker, two speakers contrasted in one sentence, a newspaper named in quotation marks
# after the speaker (not a statement), a question closed by a reflexive verb.
THIRD: tuple[Item, ...] = (
    _i("es-segun-explico", "es",
       "Según explicó la portavoz de Sanidad, María José García-Luengo, las vacunas llegarán el lunes.",
       ("las vacunas llegarán el lunes", "María José García-Luengo")),
    _i("es-particle-name-age", "es",
       "Juan de la Fuente, de 52 años, contó que el agua le llegó a la cintura.",
       ("el agua le llegó a la cintura", "Juan de la Fuente")),
    _i("es-segun-el-pronoun", "es",
       "El jefe de bomberos, Iván Castaño, visitó la zona. «No tenemos medios suficientes», reconoció. Según él, "
       "faltan al menos 40 bomberos.",
       ("No tenemos medios suficientes", "Iván Castaño"), ("faltan al menos 40 bomberos", "Iván Castaño")),
    _i("es-indirect-question", "es",
       "La vecina preguntó si alguien se haría cargo de los daños.",
       ("alguien se haría cargo de los daños", "vecina")),
    _i("es-government", "es",
       "El Gobierno ha asegurado que no subirá los impuestos en 2027.",
       ("no subirá los impuestos en 2027", "Gobierno")),
    _i("es-cuenta-occupation", "es",
       "«Ha sido la peor noche de mi vida», cuenta Ramón Díaz, pescador de Barbate.",
       ("Ha sido la peor noche de mi vida", "Ramón Díaz")),
    _i("es-advirtio-de-que", "es",
       "La Comisión Europea advirtió de que las sanciones podrían ampliarse.",
       ("las sanciones podrían ampliarse", "Comisión Europea")),
    _i("es-two-speakers-mientras", "es",
       "El secretario general del sindicato, Jorge Quintana, y la presidenta de la patronal, Elisa Moya, firmaron "
       "el acuerdo. Quintana aseguró que el pacto es histórico, mientras que Moya advirtió que llega tarde.",
       ("el pacto es histórico", "Jorge Quintana"), ("llega tarde", "Elisa Moya")),
    _i("es-criticized-subjunctive", "es",
       "La oposición criticó que el Gobierno no haya consultado a los alcaldes.",
       ("el Gobierno no haya consultado a los alcaldes", "oposición")),
    _i("es-question-reflexive", "es",
       "«¿Dónde estaban las autoridades?», se preguntaba ayer indignado un comerciante, Luis Romero.",
       ("¿Dónde estaban las autoridades?", "Luis Romero")),
    _i("pt-segundo-explicou", "pt",
       "Segundo explicou a porta-voz da Saúde, Maria João Ferreira, as vacinas chegam na segunda-feira.",
       ("as vacinas chegam na segunda-feira", "Maria João Ferreira")),
    _i("pt-particle-name-age", "pt",
       "José da Silva, de 61 anos, contou que a água lhe chegou à cintura.",
       ("a água lhe chegou à cintura", "José da Silva")),
    _i("pt-segundo-ele-pronoun", "pt",
       "O comandante dos bombeiros, Nuno Pires, visitou a zona. “Não temos meios suficientes”, admitiu. Segundo "
       "ele, faltam pelo menos 40 bombeiros.",
       ("Não temos meios suficientes", "Nuno Pires"), ("faltam pelo menos 40 bombeiros", "Nuno Pires")),
    _i("pt-indirect-question", "pt",
       "A moradora perguntou se alguém vai pagar os prejuízos.",
       ("alguém vai pagar os prejuízos", "moradora")),
    _i("pt-government", "pt",
       "O Governo garantiu que não vai aumentar os impostos em 2027.",
       ("não vai aumentar os impostos em 2027", "Governo")),
    _i("pt-conta-occupation", "pt",
       "“Foi a pior noite da minha vida”, conta Ramiro Dias, pescador de Peniche.",
       ("Foi a pior noite da minha vida", "Ramiro Dias")),
    _i("pt-advertiu", "pt",
       "A Comissão Europeia advertiu que as sanções podem ser alargadas.",
       ("as sanções podem ser alargadas", "Comissão Europeia")),
    _i("pt-two-speakers-enquanto", "pt",
       "O líder do sindicato, Jorge Quintela, e a presidente da confederação, Elisa Moura, assinaram o acordo. "
       "Quintela afirmou que o acordo é histórico, enquanto Moura avisou que chega tarde.",
       ("o acordo é histórico", "Jorge Quintela"), ("chega tarde", "Elisa Moura")),
    _i("pt-criticized-subjunctive", "pt",
       "A oposição criticou que o Governo não tenha ouvido os autarcas.",
       ("o Governo não tenha ouvido os autarcas", "oposição")),
    _i("pt-question-imperfect", "pt",
       "“Onde estavam as autoridades?”, questionava ontem um comerciante, Luís Romão.",
       ("Onde estavam as autoridades?", "Luís Romão")),
    _i("de-wie-erklaerte-apposition", "de",
       "Wie die Sprecherin des Gesundheitsamts, Anna-Lena Brück, erklärte, sollen die Impfstoffe am Montag "
       "eintreffen.", ("sollen die Impfstoffe am Montag eintreffen", "Anna-Lena Brück")),
    _i("de-three-word-name-age", "de",
       "Hans Peter Albers, 52, erzählte, das Wasser habe ihm bis zur Hüfte gestanden.",
       ("das Wasser habe ihm bis zur Hüfte gestanden", "Hans Peter Albers")),
    _i("de-ihm-zufolge-pronoun", "de",
       "Feuerwehrchef Ivo Kastner besuchte den Ort. „Wir haben nicht genug Leute“, räumte er ein. Ihm zufolge "
       "fehlen mindestens 40 Einsatzkräfte.",
       ("Wir haben nicht genug Leute", "Ivo Kastner"), ("fehlen mindestens 40 Einsatzkräfte", "Ivo Kastner")),
    _i("de-indirect-question-ob", "de",
       "Die Anwohnerin fragte, ob jemand für die Schäden aufkomme.",
       ("jemand für die Schäden aufkomme", "Anwohnerin")),
    _i("de-government-perfect", "de",
       "Die Bundesregierung hat versichert, dass sie die Steuern 2027 nicht erhöhen werde.",
       ("sie die Steuern 2027 nicht erhöhen werde", "Bundesregierung")),
    _i("de-erzaehlt-occupation", "de",
       "„Das war die schlimmste Nacht meines Lebens“, erzählt Ramon Dietz, Fischer aus Büsum.",
       ("Das war die schlimmste Nacht meines Lebens", "Ramon Dietz")),
    _i("de-hyphenated-body", "de",
       "Die EU-Kommission warnte, die Sanktionen könnten ausgeweitet werden.",
       ("die Sanktionen könnten ausgeweitet werden", "EU-Kommission")),
    _i("de-two-speakers-waehrend", "de",
       "Gewerkschaftschef Jörg Quandt und Arbeitgeberpräsidentin Elisa Mohr unterzeichneten den Vertrag. Quandt "
       "sagte, der Abschluss sei historisch, während Mohr betonte, er komme zu spät.",
       ("der Abschluss sei historisch", "Jörg Quandt"), ("er komme zu spät", "Elisa Mohr")),
    _i("de-newspaper-in-quotes", "de",
       "„Wir bleiben hart“, sagte Jörg Quandt dem „Talboten“.",
       ("Wir bleiben hart", "Jörg Quandt")),
    _i("de-question-adjective-speaker", "de",
       "„Wo waren die Behörden?“, fragte gestern ein empörter Händler, Lutz Römer.",
       ("Wo waren die Behörden?", "Lutz Römer")),
    _i("fr-comme-l-a-explique", "fr",
       "Comme l'a expliqué la directrice de l'agence régionale de santé, Marie-Hélène Lemaire, les vaccins "
       "arriveront lundi.", ("les vaccins arriveront lundi", "Marie-Hélène Lemaire")),
    _i("fr-hyphenated-name-age", "fr",
       "Jean-Pierre Ducos, 52 ans, raconte que l'eau lui est montée jusqu'à la taille.",
       ("l'eau lui est montée jusqu'à la taille", "Jean-Pierre Ducos")),
    _i("fr-selon-lui-pronoun", "fr",
       "Le chef des pompiers, Yves Castagne, s'est rendu sur place. « Nous manquons de moyens », a-t-il reconnu. "
       "Selon lui, il manque au moins 40 pompiers.",
       ("Nous manquons de moyens", "Yves Castagne"), ("il manque au moins 40 pompiers", "Yves Castagne")),
    _i("fr-indirect-question", "fr",
       "Une habitante a demandé si quelqu'un allait payer les dégâts.",
       ("quelqu'un allait payer les dégâts", "habitante")),
    _i("fr-government-elided-que", "fr",
       "Le gouvernement a assuré qu'il n'augmenterait pas les impôts en 2027.",
       ("il n'augmenterait pas les impôts en 2027", "gouvernement")),
    _i("fr-confie-occupation", "fr",
       "« C'était la pire nuit de ma vie », confie Ramon Diaz, pêcheur à Douarnenez.",
       ("C'était la pire nuit de ma vie", "Ramon Diaz")),
    _i("fr-body-lower-case-tail", "fr",
       "La Commission européenne a averti que les sanctions pourraient être étendues.",
       ("les sanctions pourraient être étendues", "Commission européenne")),
    _i("fr-two-speakers-tandis-que", "fr",
       "Le patron du syndicat, Joël Quentin, et la présidente de la fédération patronale, Élise Morin, ont signé "
       "l'accord. Quentin a affirmé que l'accord était historique, tandis que Morin a estimé qu'il arrivait trop "
       "tard.", ("l'accord était historique", "Joël Quentin"), ("il arrivait trop tard", "Élise Morin")),
    _i("fr-newspaper-in-quotes", "fr",
       "« Nous ne céderons pas », a déclaré Joël Quentin au « Courrier du Val ».",
       ("Nous ne céderons pas", "Joël Quentin")),
    _i("fr-question-imperfect-reflexive", "fr",
       "« Où étaient les autorités ? », s'indignait hier un commerçant, Luc Romain.",
       ("Où étaient les autorités ?", "Luc Romain")),
    _i("it-come-ha-spiegato", "it",
       "Come ha spiegato la portavoce dell'azienda sanitaria, Maria Grazia Ferretti, i vaccini arriveranno lunedì.",
       ("i vaccini arriveranno lunedì", "Maria Grazia Ferretti")),
    _i("it-particle-name-age", "it",
       "Gianni Di Stefano, 52 anni, racconta che l'acqua gli arrivava alla vita.",
       ("l'acqua gli arrivava alla vita", "Gianni Di Stefano")),
    _i("it-secondo-lui-pronoun", "it",
       "Il comandante dei pompieri volontari, Ivo Castagna, è arrivato sul posto. «Non abbiamo mezzi sufficienti», "
       "ha ammesso. Secondo lui, mancano almeno 40 pompieri.",
       ("Non abbiamo mezzi sufficienti", "Ivo Castagna"), ("mancano almeno 40 pompieri", "Ivo Castagna")),
    _i("it-indirect-question", "it",
       "Una residente ha chiesto se qualcuno pagherà i danni.",
       ("qualcuno pagherà i danni", "residente")),
    _i("it-government", "it",
       "Il governo ha assicurato che non aumenterà le tasse nel 2027.",
       ("non aumenterà le tasse nel 2027", "governo")),
    _i("it-racconta-occupation", "it",
       "«È stata la notte peggiore della mia vita», racconta Ramon Dini, pescatore di Chioggia.",
       ("È stata la notte peggiore della mia vita", "Ramon Dini")),
    _i("it-body-lower-case-tail", "it",
       "La Commissione europea ha avvertito che le sanzioni potrebbero essere estese.",
       ("le sanzioni potrebbero essere estese", "Commissione europea")),
    _i("it-two-speakers-mentre", "it",
       "Il leader del sindacato, Giorgio Quaranta, e la presidente degli industriali, Elisa Mori, hanno firmato "
       "l'accordo. Quaranta ha affermato che l'intesa è storica, mentre Mori ha osservato che arriva tardi.",
       ("l'intesa è storica", "Giorgio Quaranta"), ("arriva tardi", "Elisa Mori")),
    _i("it-newspaper-in-quotes", "it",
       "«Non molleremo», ha detto Giorgio Quaranta al «Corriere della Valle».",
       ("Non molleremo", "Giorgio Quaranta")),
    _i("it-question-reflexive-imperfect", "it",
       "«Dov'erano le istituzioni?», si chiedeva ieri un commerciante, Luca Romagnoli.",
       ("Dov'erano le istituzioni?", "Luca Romagnoli")),
)

# A fourth batch, written after the third passed and before the system was run on it: a quotation split by a dash
# frame, verbs closing a quotation that no earlier batch used (zanjó, rematou, martelé, ha tuonato, stellte … klar),
# a speaker described by a relative clause after the quotation, anonymous spokespeople of a named body, a trailing
# body as source after a report.
FOURTH: tuple[Item, ...] = (
    _i("es-dash-frame", "es",
       "«La situación es grave —dijo el alcalde, Tomás Gil—, pero está bajo control».",
       ("La situación es grave", "Tomás Gil"), ("pero está bajo control", "Tomás Gil")),
    _i("es-zanjo", "es",
       "«No vamos a negociar con amenazas», zanjó la ministra de Trabajo, Rocío Benítez.",
       ("No vamos a negociar con amenazas", "Rocío Benítez")),
    _i("es-spokesperson-of-body-subjunctive", "es",
       "El portavoz de la Guardia Civil negó rotundamente que hubiera heridos graves.",
       ("hubiera heridos graves", ("Guardia Civil", "portavoz de la Guardia Civil", "portavoz"))),
    _i("es-apostillo-relative", "es",
       "«Es un día triste para el pueblo», apostilló el párroco, Andrés Llamas, que ofició el funeral.",
       ("Es un día triste para el pueblo", "Andrés Llamas")),
    _i("es-trailing-body-perfect", "es",
       "Las lluvias continuarán hasta el domingo, ha advertido la Agencia Estatal de Meteorología.",
       ("Las lluvias continuarán hasta el domingo", "Agencia Estatal de Meteorología")),
    _i("pt-frisou-split", "pt",
       "“A situação é grave”, frisou o presidente da câmara, Tomás Gil, “mas está controlada”.",
       ("A situação é grave", "Tomás Gil"), ("mas está controlada", "Tomás Gil")),
    _i("pt-rematou", "pt",
       "“Não vamos negociar sob ameaça”, rematou a ministra do Trabalho, Rosa Bento.",
       ("Não vamos negociar sob ameaça", "Rosa Bento")),
    _i("pt-revelou-addressee", "pt",
       "O ministro revelou ao PÚBLICO que o plano será aprovado na quinta-feira.",
       ("o plano será aprovado na quinta-feira", "ministro")),
    _i("pt-lamentou-relative", "pt",
       "“É um dia triste para a aldeia”, lamentou o padre, André Lemos, que celebrou o funeral.",
       ("É um dia triste para a aldeia", "André Lemos")),
    _i("pt-trailing-body", "pt",
       "As chuvas vão continuar até domingo, avisou o Instituto Português do Mar e da Atmosfera.",
       ("As chuvas vão continuar até domingo", "Instituto Português do Mar e da Atmosfera")),
    _i("de-so-adverb", "de",
       "„Das ist ein schwarzer Tag für die Stadt“, so Bürgermeister Karl Hansen.",
       ("Das ist ein schwarzer Tag für die Stadt", "Karl Hansen")),
    _i("de-stellte-klar-after-quote", "de",
       "„Wir verhandeln nicht unter Druck“, stellte Arbeitsministerin Rita Benz klar.",
       ("Wir verhandeln nicht unter Druck", "Rita Benz")),
    _i("de-anonymous-spokesperson", "de",
       "Ein Sprecher des Ministeriums, der seinen Namen nicht nennen wollte, sagte, der Plan werde am "
       "Donnerstag beschlossen.",
       ("der Plan werde am Donnerstag beschlossen", ("Ministerium", "Ministeriums", "Sprecher des Ministeriums"))),
    _i("de-trailing-body-time", "de",
       "Der Regen soll bis Sonntag anhalten, warnte der Deutsche Wetterdienst am Freitag.",
       ("Der Regen soll bis Sonntag anhalten", ("Deutsche Wetterdienst", "Deutscher Wetterdienst"))),
    _i("de-relative-after-speaker", "de",
       "„Es ist ein trauriger Tag“, sagte Pfarrer Andreas Lemke, der die Trauerfeier leitete.",
       ("Es ist ein trauriger Tag", "Andreas Lemke")),
    _i("fr-a-martele", "fr",
       "« La situation est grave », a martelé la ministre, Agnès Fabre.",
       ("La situation est grave", "Agnès Fabre")),
    _i("fr-a-tranche", "fr",
       "« Nous ne négocierons pas sous la menace », a tranché le ministre du Travail, Rémi Benoît.",
       ("Nous ne négocierons pas sous la menace", "Rémi Benoît")),
    _i("fr-spokesperson-addressee", "fr",
       "Un porte-parole de la préfecture a indiqué à l'AFP que le plan serait adopté jeudi.",
       ("le plan serait adopté jeudi", ("préfecture", "porte-parole de la préfecture"))),
    _i("fr-relative-after-speaker", "fr",
       "« C'est un jour triste pour le village », a déclaré le curé, André Lemoine, qui a célébré les obsèques.",
       ("C'est un jour triste pour le village", "André Lemoine")),
    _i("fr-trailing-body-circumstance", "fr",
       "Les pluies devraient se poursuivre jusqu'à dimanche, a averti Météo-Sud dans un bulletin.",
       ("Les pluies devraient se poursuivre jusqu'à dimanche", "Météo-Sud")),
    _i("it-ha-tuonato", "it",
       "«La situazione è grave», ha tuonato il ministro, Alberto Fabbri.",
       ("La situazione è grave", "Alberto Fabbri")),
    _i("it-ha-tagliato-corto", "it",
       "«Non tratteremo sotto minaccia», ha tagliato corto la ministra del Lavoro, Rita Benedetti.",
       ("Non tratteremo sotto minaccia", "Rita Benedetti")),
    _i("it-spokesperson-addressee", "it",
       "Un portavoce della prefettura ha riferito all'ANSA che il piano sarà approvato giovedì.",
       ("il piano sarà approvato giovedì", ("prefettura", "portavoce della prefettura"))),
    _i("it-don-relative", "it",
       "«È un giorno triste per il paese», ha detto il parroco, don Andrea Lemmi, che ha celebrato il funerale.",
       ("È un giorno triste per il paese", "Andrea Lemmi")),
    _i("it-trailing-body", "it",
       "Le piogge continueranno fino a domenica, ha avvertito il Servizio meteorologico regionale.",
       ("Le piogge continueranno fino a domenica", "Servizio meteorologico regionale")),
)


def _overlap50(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov > 0 and ov * 2 >= a[1] - a[0] and ov * 2 >= b[1] - b[0]


def passes(item: Item) -> bool:
    ex = extract_by_rules(Article(id="x", text=item.text, lang=item.lang))
    names = {s.id: [s.name, *s.aliases] for s in ex.sources}
    preds = [(st.start, st.end, names.get(st.source or "", [])) for st in ex.statements]
    used: set[int] = set()
    for content, forms in item.expected:
        start = item.text.index(content)
        span = (start, start + len(content))
        hit = next((i for i, p in enumerate(preds) if i not in used and _overlap50(span, p[:2])), None)
        if hit is None or not speaker_matches(preds[hit][2], forms):
            return False
        used.add(hit)
    return len(used) == len(preds)


ALL = CHECKLIST + SECOND + THIRD + FOURTH


def test_every_item_has_a_unique_key_and_content_as_written():
    assert len({i.key for i in ALL}) == len(ALL)
    for item in ALL:
        for content, _forms in item.expected:
            assert item.text.count(content) == 1, (item.key, content)


@pytest.mark.parametrize("item", ALL, ids=[i.key for i in ALL])
def test_checklist_item(item: Item) -> None:
    assert passes(item)


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    ex = extract_by_rules(Article(id="x", text=text, lang=lang))
    names = {s.id: s.name for s in ex.sources}
    return [(st.text, names.get(st.source)) for st in ex.statements]


@pytest.mark.parametrize(("text", "source"), [
    ("Es wurde mitgeteilt, dass die Straße bis Freitag gesperrt bleibe.", None),
    ("Am Abend hieß es, die Straße bleibe bis Freitag gesperrt.", None),
    ("Von der Stadtverwaltung wurde mitgeteilt, dass die Straße bis Freitag gesperrt bleibe.", "Stadtverwaltung"),
])
def test_a_passive_cue_cites_only_its_agent(text, source):
    ((_content, found),) = _read(text, "de")
    assert found == source


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El tribunal decidirá si el acusado queda en libertad bajo fianza."),
    ("es", "El alcalde todavía no sabe si habrá dinero para las obras."),
    ("it", "Il tribunale deciderà se l'imputato resterà in carcere fino al processo."),
    ("pt", "O tribunal vai decidir se o arguido fica em prisão preventiva."),
    ("fr", "Le tribunal décidera si le prévenu reste en détention provisoire."),
])
def test_whether_after_a_verb_of_deciding_or_knowing_reports_nothing(lang, text):
    assert _read(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "„Die Lage ist ernst“, sagte Tina Rehm im „Morgenblatt“.", "Die Lage ist ernst"),
    ("it", "«La situazione è seria», ha detto Carlo Berti alla «Gazzetta del Lago».", "La situazione è seria"),
    ("es", "«La situación es seria», dijo Carlos Bermejo al «Diario del Sur».", "La situación es seria"),
])
def test_a_newspaper_named_in_quotation_marks_is_no_statement(lang, text, said):
    assert [c for c, _s in _read(text, lang)] == [said]


def test_a_possessive_opening_a_sentence_introduces_no_one():
    # Ihr Ministerium … / „…“, sagte sie: the pronoun is the minister named with her title, not "Ihr Ministerium"
    text = ("„Wir liefern nach“, versprach Gesundheitsministerin Dana Kreil. Ihr Ministerium habe neue Dosen "
            "bestellt. Die ersten sollen binnen einer Woche eintreffen, sagte sie.")
    assert {s for _c, s in _read(text, "de")} == {"Dana Kreil"}
