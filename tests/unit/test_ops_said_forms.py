"""Small forms that changed a reading: "X도 Y 타?" (X too) makes X the subject of a reach question, and
"last night" in "when did X finish last night?" is a window, not "the last time X finished"."""

import pytest

from services.ops.planner.lexicon import LAST_TIME
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def test_a_ci_said_with_too_is_the_subject_of_a_reach_question() -> None:
    plan = plan_question("pay-api도 ledger-pg 타? 간접이라도", fleet_index(), NOW, TZ)
    args = plan.steps[0].args
    assert (plan.intent, args["ci"], args["target"], args["direction"]) == (
        "reach",
        "pay-api",
        "ledger-pg",
        "out",
    ), plan


@pytest.mark.parametrize(
    ("question", "newest"),
    [
        ("when did pay-api finish last night?", False),
        ("when did the batch start last Monday?", False),
        ("when was pay-api last deployed?", True),
        ("when did pay-api last restart?", True),
    ],
)
def test_last_night_is_a_window_not_the_newest_event(question: str, newest: bool) -> None:
    assert (LAST_TIME.search(question) is not None) is newest
