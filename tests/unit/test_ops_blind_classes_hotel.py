"""Failure classes found by blind batch 22 (bench/hotel_golden.py: a hotel chain's IT), pinned on the rules
planner over the unit estate of test_rules_planner."""

import pytest

from services.ops.planner.entities import EntityIndex
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(("spoken", "said"), [("월욜 cpu", "월요일 cpu"), ("토욜 오후", "토요일 오후")])
def test_spoken_weekdays_are_those_days(spoken: str, said: str) -> None:
    assert parse_window(spoken, NOW, TZ)[0] == parse_window(said, NOW, TZ)[0] is not None


def test_had_a_figure_over_a_bound_in_a_window_is_any_sample(index: EntityIndex) -> None:  # noqa: F811
    args = (
        plan_question("which databases had response time over 50 ms on Monday?", index, NOW, TZ).steps[0].args
    )
    assert (args["op"], args["agg"], args["value"]) == ("threshold", "max", 50.0), args


def test_how_full_it_got_is_the_peak(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("How full did kr-sel-db-02 disk get yesterday?", index, NOW, TZ).steps[0].args
    assert (args["op"], args["agg"]) == ("aggregate", "max"), args


@pytest.mark.parametrize("question", ["pay-api 어디서 돌아가?", "pay-api 어느 서버에 있어?"])
def test_where_a_ci_runs_is_its_hosts(index: EntityIndex, question: str) -> None:  # noqa: F811
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert (args["op"], args["direction"], args["rel_types"]) == ("neighbors", "out", ["RUNS_ON"]), args
