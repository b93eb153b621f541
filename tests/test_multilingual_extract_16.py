"""Issue 17, round 13 (held-out part 6's Korean speakers): a body the article leaves unnamed and cites only by its
kind with its "side" (회사 측은, 주최 측은) is the source as written, 회사 측; a named body still drops the suffix
(한빛해운 측은 → 한빛해운). The nouns are data (`ko/unnamed_bodies.txt`). Every sentence is invented."""

from __future__ import annotations

import pytest

from newsledger.extract.rules import extract_by_rules
from newsledger.ledger import Article


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    ex = extract_by_rules(Article(id="x", text=text, lang=lang))
    names = {s.id: s.name for s in ex.sources}
    return [(st.text, names.get(st.source)) for st in ex.statements]


@pytest.mark.parametrize(("text", "speaker"), [
    ("회사 측은 공장 가동을 다음 주 월요일까지 멈추겠다고 밝혔다.", "회사 측"),
    ("주최 측은 행진 참가자가 5만 명을 넘었다고 주장했다.", "주최 측"),
    ("은행 측은 고객 정보가 유출된 흔적은 없다고 설명했다.", "은행 측"),
])
def test_an_unnamed_body_is_cited_with_its_side(text, speaker):
    ((_content, source),) = _read(text, "ko")
    assert source == speaker


def test_a_named_body_still_drops_its_side():
    ((_content, source),) = _read("한빛해운 측은 선박 두 척의 운항을 중단하겠다고 밝혔다.", "ko")
    assert source == "한빛해운"
