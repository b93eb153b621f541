"""The quality gate: every scorer in eval/ runs on its fixed subset and must not fall below its pinned floors.

Floors live in eval_baseline.json. Raise them when quality improves; lowering one is a reviewed decision recorded in
the commit message, never a silent edit (the model is trafilatura's tests/eval_gate.py + eval_baseline.json).
"""

from __future__ import annotations

import importlib
import json

import pytest

from tests.conftest import DATA, REPO, need_shared

BASELINE = json.loads((REPO / "eval_baseline.json").read_text())


@pytest.mark.slow
@pytest.mark.parametrize("task", sorted(BASELINE))
def test_quality_does_not_regress(task: str) -> None:
    need_shared(DATA)
    spec = BASELINE[task]
    # one scorer may gate two subsets ("scorer" names it; the key is the scorer itself otherwise)
    scorer = importlib.import_module(f"newsledger.eval.{spec.get('scorer', task)}")
    scores = scorer.gate_scores(DATA, **spec.get("params", {}))
    failures = [f"{metric}: {scores.get(metric)} < floor {floor}" for metric, floor in spec["floors"].items()
                if scores.get(metric) is None or scores[metric] < floor - 1e-9]
    assert not failures, f"{task} fell below its floors: " + "; ".join(failures)


def test_every_gate_has_floors() -> None:
    for task, spec in BASELINE.items():
        assert spec.get("floors"), f"{task} has no floors"


def test_attribution_gate_checks_speaker_entities() -> None:
    """Issue 15: the resolved source of each statement is gated on GGT dev, overall, for pronoun speakers and for
    quotes with no speaker mention, beside GGT's span F1."""
    floors = BASELINE["attribution"]["floors"]
    for key in ("ggt_f1", "ggt_speaker_entity_accuracy", "ggt_speaker_entity_pronoun_accuracy",
                "ggt_speaker_entity_no_mention_accuracy"):
        assert key in floors, key
