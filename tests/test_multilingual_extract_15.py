"""Issue 17, round 4 (held-out part 6's Spanish speakers): figures speak for whoever published them (según los
datos de la junta → the board), and a role of five words after its article, closed by a comma and a relative
clause describing it, is all speaker (según la agencia regional de protección civil, que … → the whole agency).
Every sentence is invented."""

from __future__ import annotations

import pytest

from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    ex = extract_by_rules(Article(id="x", text=text, lang=lang))
    names = {s.id: s.name for s in ex.sources}
    return [(st.text, names.get(st.source)) for st in ex.statements]


@pytest.mark.parametrize(("text", "speaker"), [
    ("La participación fue del 48 %, según los datos provisionales de la comisión electoral municipal.",
     "comisión electoral municipal"),
    ("Unas 300 viviendas quedaron sin luz, según las cifras oficiales de la compañía eléctrica.",
     "compañía eléctrica"),
])
def test_figures_speak_for_whoever_published_them(text, speaker):
    ((_content, source),) = _read(text, "es")
    assert source == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Al menos 12 personas resultaron heridas en el incendio, según la agencia regional de protección civil, "
     "que mantiene cerrada la carretera.", "agencia regional de protección civil"),
    ("Dos puentes quedaron dañados, según el servicio provincial de obras públicas, que revisará la zona.",
     "servicio provincial de obras públicas"),
])
def test_a_role_a_relative_clause_describes_is_all_speaker(text, speaker):
    ((_content, source),) = _read(text, "es")
    assert source == speaker
