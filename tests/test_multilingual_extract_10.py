"""Issue 17, phase 10: reported speech by grammar, not by the cue list. A subordinator (`dass`, `que`, `che`) right
after a lower-case finite verb (or an auxiliary and its participle) whose subject names a person or a body opens what
was said, even when no lexicon lists the verb; guards from each language's `report_guards.txt` (a preposition or
conjunction fused with the subordinator, a comparative), `report_non_speech.txt` (verbs of perceiving and causing),
an article before the word (a noun heading a relative clause) and a subject that names nobody keep other clauses out;
a closed quotation, a comma, an unlisted verb and a person or body after it name the quotation's speaker. Checked on invented newspaper sentences (never the evaluation set's text), with verbs no cue file lists."""

from __future__ import annotations

import pytest

from newsledger.extract.rules.language import rules_for
from tests.rules_kit import read as _read
from tests.rules_kit import said as _said
from tests.rules_kit import speaker_of as _speaker_of

_UNLISTED = {"de": "bekniete", "es": "recalcitró", "fr": "tonitrue", "it": "ha sottolineatissimo", "pt": "martelou"}
_UNLISTED_AFTER_QUOTES = (("de", "polterte"), ("fr", "a tonné"), ("es", "remachó"), ("it", "ha tuonato"))


@pytest.mark.parametrize("lang", sorted(_UNLISTED))
def test_the_probe_verbs_are_in_no_cue_file(lang: str) -> None:
    # the fallback is what these tests measure, so the verbs must stay unknown to the cue lists
    assert rules_for(lang).cue_named(_UNLISTED[lang]) is None


@pytest.mark.parametrize("lang,verb", _UNLISTED_AFTER_QUOTES)
def test_the_verbs_after_quotations_are_in_no_cue_file(lang: str, verb: str) -> None:
    assert rules_for(lang).cue_named(verb) is None


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("de", "Die Ministerin Anna Berger bekniete, dass die Brücke bis Freitag gesperrt bleibt.",
     "die Brücke bis Freitag gesperrt bleibt", "Anna Berger"),
    ("de", "Der Landrat hat bekniet, dass die Schule am Montag wieder öffnet.",
     "die Schule am Montag wieder öffnet", "Landrat"),
    ("es", "El alcalde Pablo Soto recalcitró que las obras no terminarán antes del verano.",
     "las obras no terminarán antes del verano", "Pablo Soto"),
    ("fr", "La préfète Claire Morin tonitrue que la route restera fermée jusqu'à lundi.",
     "la route restera fermée jusqu'à lundi", "Claire Morin"),
    ("it", "Il prefetto Marco Rossi ha sottolineatissimo che la strada resterà chiusa fino a lunedì.",
     "la strada resterà chiusa fino a lunedì", "Marco Rossi"),
    ("pt", "O autarca Rui Pinto martelou que as obras não terminam antes do verão.",
     "as obras não terminam antes do verão", "Rui Pinto"),
])
def test_an_unlisted_verb_before_the_subordinator_reports(lang: str, text: str, words: str, speaker: str) -> None:
    assert _speaker_of(_read(lang, text), words) == speaker


def test_a_one_word_name_reports_when_an_earlier_full_name_ends_in_it() -> None:
    ex = _read("es", "La diputada Ana Iriberri votó en contra del presupuesto. Iriberri recalcitró que la revisión le da "
                     "la razón.")
    assert (_speaker_of(ex, "la revisión le da la razón") or "").endswith("Iriberri")


@pytest.mark.parametrize("lang,text", [
    ("es", "Es evidente que las obras no terminarán antes del verano."),  # a capitalised opener, nobody speaks
    ("es", "El ayuntamiento cerró la calle para que las obras terminen antes del verano."),  # para que
    ("es", "Llegaron más vecinos de los previstos que en la última crecida del río."),  # a comparative
    ("fr", "La route est fermée parce que le pont menace de céder sous le poids des camions."),  # parce que
    ("fr", "Il y a eu plus de blessés cette année que lors de la dernière crue."),  # plus … que
    ("de", "Die Straße wurde gesperrt, so dass die Busse einen weiten Umweg fahren müssen."),  # so dass
    ("de", "Die Tatsache, dass die Brücke gesperrt bleibt, ärgert viele Pendler im Tal."),  # a noun, capitalised
    ("it", "La strada è stata chiusa prima che il ponte cedesse sotto il peso dei camion."),  # prima che
    ("pt", "A estrada foi fechada antes que a ponte cedesse sob o peso dos camiões."),  # antes que
])
def test_guarded_subordinators_and_subjects_naming_nobody_report_nothing(lang: str, text: str) -> None:
    assert _said(_read(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("es", "La policía evitó que los manifestantes entraran en el edificio del ayuntamiento."),  # preventing
    ("fr", "La police a vu que l'eau entrait par la porte principale de la mairie."),  # seeing
    ("it", "Il sindaco ha fatto sì che i lavori finissero prima dell'estate."),  # causing
    ("pt", "O presidente do clube descobriu que faltavam fundos no cofre."),  # finding
    ("de", "Die Feuerwehr verhinderte, dass das Feuer auf die Nachbarhäuser übergriff."),  # preventing
    ("de", "Der Bürgermeister sorgte dafür, dass die Bewohner eine Unterkunft bekamen."),  # dafür, dass
])
def test_verbs_of_perceiving_and_causing_report_nothing(lang: str, text: str) -> None:
    assert _said(_read(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("es", "El juez dictó una orden que obliga a la empresa a cerrar la planta."),
    ("it", "Il giudice ha emesso un'ordinanza che obbliga l'azienda a chiudere l'impianto."),
])
def test_a_noun_after_its_article_opens_a_relative_clause_not_a_report(lang: str, text: str) -> None:
    assert _said(_read(lang, text)) == []


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("fr", "Le maire Jean Roux a dit que la grève continue. « Nous ne lâcherons rien sur les salaires », a tonné "
           "Paul Morel devant ses partisans.", "Nous ne lâcherons rien", "Paul Morel"),
    ("de", "„Wir lassen niemanden im Stich“, polterte Anna Berger vor ihren Anhängern.",
     "Wir lassen niemanden im Stich", "Anna Berger"),
    ("es", "«No vamos a ceder ni un milímetro», remachó Pablo Soto ante sus seguidores.",
     "No vamos a ceder", "Pablo Soto"),
    ("it", "«Non faremo un passo indietro», ha tuonato Marco Rossi davanti ai suoi sostenitori.",
     "Non faremo un passo indietro", "Marco Rossi"),
])
def test_an_unlisted_verb_after_a_closed_quotation_names_its_subject_not_the_last_speaker(lang: str, text: str, words: str,
                                                                    speaker: str) -> None:
    assert _speaker_of(_read(lang, text), words) == speaker


def test_a_quotation_followed_by_a_comma_and_no_verb_keeps_no_invented_speaker() -> None:
    ex = _read("es", "«No vamos a ceder ni un milímetro», una frase que repitió toda la tarde.")
    assert all(name != "frase" for _, name in _said(ex))
