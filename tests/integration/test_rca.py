"""Root-cause ranking against the injected faults of infra-small (ground truth in the fixture)."""

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from services.core import db
from services.ops.rca import rank_causes

FAULTS = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "infra-small.faults.json").read_text()
)


@pytest.mark.parametrize("scenario", FAULTS["scenarios"], ids=lambda s: s["id"])
def test_the_injected_root_ranks_first_for_every_affected_ci(infra_small_url: str, scenario: dict) -> None:
    """Asked about any victim shortly after its onset, the root of the fault is the top hypothesis."""
    with Session(db.get_engine()) as session:
        for ci, onset in scenario["onset"].items():
            if ci == scenario["root"]:
                continue
            at = datetime.fromisoformat(onset.replace("Z", "+00:00")) + timedelta(minutes=15)
            ranked = [h["ci"] for h in rank_causes(session, ci=ci, at=at)["hypotheses"]]
            assert ranked[:1] == [scenario["root"]], (ci, ranked)


def test_a_quiet_moment_yields_no_strong_hypothesis(infra_small_url: str) -> None:
    with Session(db.get_engine()) as session:
        result = rank_causes(
            session, ci="checkout-service", at=datetime.fromisoformat("2026-03-01T02:00:00+00:00")
        )
    assert all(h["score"] < 0.6 for h in result["hypotheses"]), result["hypotheses"]
