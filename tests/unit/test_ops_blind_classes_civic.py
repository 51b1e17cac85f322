"""Failure classes found by blind batch 17 (bench/civic_golden.py: a public-sector portal), pinned on the
rules planner over the unit estate of test_rules_planner."""

from dataclasses import replace

import pytest

from services.ops.planner.entities import EntityIndex
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a bound in seconds on the time metric is in its unit, ms
        ("서비스 중에 지금 응답시간 1초 넘는 거 있어?", {"op": "threshold", "cmp": ">", "value": 1000.0}),
        ("pay-api latency above 1.5s in the last hour?", {"cmp": ">", "value": 1500.0}),
        ("pay-api 응답시간 500ms 넘은 적 있어?", {"cmp": ">", "value": 500.0}),
        # a crossing in a named window is any sample's; now, the latest one's
        ("어제 응답시간 1초 넘은 service 들", {"op": "threshold", "agg": "max", "value": 1000.0}),
        ("지금 cpu 90% 넘은 호스트", {"op": "threshold", "agg": "last"}),
        ("어제 평균 cpu 90% 넘은 호스트", {"op": "threshold", "agg": "avg"}),
        # past forms of "the slowest / the lowest" rank
        ("어제 평균 응답시간 제일 느렸던 DB 3개", {"op": "top_n", "n": 3, "order": "desc"}),
        ("어제 cpu 제일 낮았던 호스트 2개", {"op": "top_n", "n": 2, "order": "asc"}),
        # "hit" is the peak's verb, not a thing
        ("highest CPU pay-api hit yesterday", {"op": "aggregate", "agg": "max"}),
        # 검증계 / UAT are staging
        ("검증계(stg) CI 몇 개야", {"op": "count", "filters": {"environment": "staging"}}),
        ("How many CIs are in UAT?", {"op": "count", "filters": {"environment": "staging"}}),
        # "같이 의존하는": what both depend on
        ("pay-api랑 ledger-pg가 직접 같이 의존하는 거", {"op": "shared", "target": "ledger-pg", "depth": 1}),
        # a word labelling a name in parentheses is read with it
        ("정부클라우드(seoul-az1)에 등록된 거 몇 개", {"op": "count", "filters": {"location": "seoul-az1"}}),
    ],
)
def test_civic_phrasings_are_planned(index: EntityIndex, question: str, expected: dict) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert plan.route.value != "REJECT", plan
    args = plan.steps[0].args
    assert {k: args.get(k) for k in expected} == expected, args


def test_is_it_alive_of_a_retired_ci_says_it_is_retired(index: EntityIndex) -> None:  # noqa: F811
    retired = replace(index, ci_statuses={"pay-api": "retired"}, _patterns={})
    plan = plan_question("pay-api 아직 살아있는 장비야?", retired, NOW, TZ)
    assert plan.intent == "health_ok" and plan.steps[0].args == {
        "op": "get",
        "name": "pay-api",
        "fields": ["status"],
    }
    plan = plan_question("pay-api 아직 살아있는 장비야?", index, NOW, TZ)  # an active one: its health only
    assert [s.tool for s in plan.steps] == ["metric_query", "event_query"]


def test_a_name_with_underscores_is_found_when_typed_with_spaces(index: EntityIndex) -> None:  # noqa: F811
    named = replace(index, ci_types={**index.ci_types, "dcsdb_n2": "database"}, _patterns={})
    plan = plan_question("dcsdb n2 cpu 지금 몇이야?", named, NOW, TZ)
    assert plan.steps[0].args.get("ci") == "dcsdb_n2", plan


def test_a_cpu_rise_with_headroom_follows_demand_a_pegged_one_is_a_fault() -> None:
    from services.ops.rca_demand import follows_demand

    assert follows_demand("cpu_usage", 35.0) and follows_demand("request_rate", 900.0)
    assert not follows_demand("cpu_usage", 96.0)
    assert not follows_demand("error_rate", 1.0) and not follows_demand("response_time_ms", 10.0)
