"""Failure classes left by blind batches 45 (bench/cad_golden.py: a 119 dispatch centre) and 46
(bench/shy_golden.py: a shipyard), pinned on the rules planner over the unit estate of test_rules_planner."""

from datetime import datetime
from zoneinfo import ZoneInfo

from services.ops.followup_context import with_that_day
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index

SUNDAY, TUESDAY = 6, 1


def _local(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(ZoneInfo(TZ))


def test_a_change_blamed_for_trouble_on_the_next_day_is_analysed_on_the_trouble_s_day() -> None:
    plan = plan_question(
        "pay-api 토욜 저녁에 배포했잖아 그거땜에 일욜 새벽에 터진거?", fleet_index(), NOW, TZ
    )
    assert plan.route == "RCA", plan
    start, end = _local(plan.steps[0].args["start"]), _local(plan.steps[0].args["end"])
    assert (start.weekday(), start.hour, end.hour) == (SUNDAY, 0, 6), plan


def test_after_midnight_of_a_day_is_its_small_hours() -> None:
    for question in (
        "화요일 자정 넘어서 pay-api 에러율 최고",
        "pay-api max error rate on Tuesday after midnight",
    ):
        args = plan_question(question, fleet_index(), NOW, TZ).steps[0].args
        start, end = _local(args["start"]), _local(args["end"])
        assert (start.weekday(), start.hour, end.hour) == (TUESDAY, 0, 6), (question, args)


def test_things_told_by_a_key_at_a_relation_s_far_end_are_filtered_by_it() -> None:
    index = fleet_index()
    index.ci_keys = {"pay-api": ("robots", "port")}
    index.attribute_terms = attribute_terms(["robot", "robots", "port"])
    plan = plan_question("which robot controllers sit behind pay-api?", index, NOW, TZ)
    assert plan.route == "GRAPH", plan
    assert plan.steps[0].args.get("filters") == {"attributes": {"robot": "*"}}, plan
    plan = plan_question("pay-api robots", index, NOW, TZ)  # its own key, asked without a relation
    assert plan.steps[0].args.get("fields") == ["attributes.robots"], plan


def test_that_night_of_a_trouble_in_the_small_hours_is_those_hours() -> None:
    context = {"day": "2027-04-18", "onset": "2027-04-18T01:40:00+09:00"}
    assert with_that_day("how bad did its errors get that night?", context).endswith("on 4/18 dawn?")
    assert with_that_day("그날 밤 에러 최고 몇이었어", context).startswith("4월 18일 새벽 에러")
    evening = {"day": "2027-04-18", "onset": "2027-04-18T21:40:00+09:00"}
    assert "on 4/18 night" in with_that_day("errors that night?", evening)
