"""Failure classes found by blind batches 53 (bench/ptl_golden.py: a web portal) and 54
(bench/dawn_golden.py: a dawn grocery delivery company), pinned on the rules planner over the unit estate
of test_rules_planner."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from services.ops.followup import expand
from services.ops.planner.entities import attribute_terms
from services.ops.planner.moments import parse_moment
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _index():
    index = fleet_index()
    index.attribute_terms = attribute_terms(["max_mb", "run", "nodes", "queues"])
    index.ci_keys = {"kafka-main": ("queues",)}
    return index


@pytest.mark.parametrize(
    ("question", "tool", "args"),
    [
        ("ledger-pg 응답시간 최대는", "metric_query", {"agg": "max", "metric": "response_time_ms"}),
        ("where does ledger-pg run?", "graph_query", {"op": "neighbors", "rel_types": ["RUNS_ON"]}),
        ("kr-sel-web-07 노드에 뭐 떠있어", "graph_query", {"direction": "in", "rel_types": ["RUNS_ON"]}),
        ("kafka-main queues 몇개야", "ci_lookup", {"fields": ["attributes.queues"]}),
    ],
)
def test_a_planner_word_some_ci_records_as_a_key_stays_the_planner_s(
    question: str, tool: str, args: dict
) -> None:
    """`max_mb` claimed "최대", `run` "where does X run", `nodes` "X 노드에" (and read 201 off the CI's name)."""
    plan = plan_question(question, _index(), NOW, TZ)
    step = plan.steps[0]
    assert step.tool == tool and args.items() <= step.args.items(), plan
    assert "filters" not in step.args or not step.args["filters"].get("attributes"), plan


@pytest.mark.parametrize("question", ["why?", "근본원인 뭐야 그럼", "root cause?"])
def test_a_why_naming_nothing_asks_about_the_ci_and_time_just_discussed(question: str) -> None:
    context = {
        "question": "What was ledger-pg's peak memory on Sunday?",
        "intent": "aggregate",
        "cis": ["ledger-pg"],
        "asked": ["ledger-pg"],
        "tools": ["metric_query"],
    }
    followup = expand(question, context, _index(), NOW, TZ, lambda: True)
    assert followup is not None and followup.carried["cis"] == ["ledger-pg"], followup
    plan = plan_question(followup.question, _index(), NOW, TZ)
    assert plan.route == "RCA" and plan.steps[0].args["ci"] == "ledger-pg", plan
    assert "Sunday" in followup.question


def test_a_bounded_follow_up_keeps_the_day_asked_before() -> None:
    """ "80 넘은적은 있어?" after "9일 평균은?" asked of the 9th, not the last 24 hours."""
    context = {
        "question": "ledger-pg 디스크 9일 평균",
        "intent": "aggregate",
        "cis": ["ledger-pg"],
        "asked": ["ledger-pg"],
        "tools": ["metric_query"],
    }
    followup = expand("80 넘은적은 있어?", context, _index(), NOW, TZ, lambda: False)
    assert followup is not None and "9일" in followup.question, followup
    args = plan_question(followup.question, _index(), NOW, TZ).steps[0].args
    assert args["start"].startswith("2026-06-08T15:00"), args


def test_twelve_at_dawn_is_just_past_midnight() -> None:
    moment = parse_moment("13일 새벽 12시반쯤 소터 멈춘거 왜", TZ, NOW)
    assert moment is not None and moment.astimezone(ZoneInfo(TZ)).hour == 0
    assert parse_moment("12:30am on the 9th", TZ, NOW).astimezone(ZoneInfo(TZ)).hour == 0


def test_the_same_hour_a_week_ago_is_a_week_back() -> None:
    assert parse_moment("and the same hour a week ago?", TZ, NOW) == NOW - timedelta(weeks=1)


def test_a_deploy_said_then_asked_as_the_cause_is_a_why() -> None:
    plan = plan_question("pay-api 2.8.0 새벽 5시에 배포하고 터졌던데 배포 문제였어?", _index(), NOW, TZ)
    assert plan.route == "RCA" and plan.steps[0].args["ci"] == "pay-api", plan
