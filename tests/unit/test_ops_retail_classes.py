"""Failure classes found on the retail-kr estate (bench/retail_*.py), pinned on the rules planner alone."""

import pytest

from services.ops.plan import Route
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import metric_term_variants
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("avg cpu between 09:00 and 11:00 today", "00:00", "02:00"),  # UTC of 09:00–11:00 KST
        ("오늘 오전 9시부터 11시까지 평균", "00:00", "02:00"),
        ("from 9am to 11am", "00:00", "02:00"),
        ("오전 9시 반부터 10시까지", "00:30", "01:00"),
    ],
)
def test_a_clock_range_is_the_window(text: str, start: str, end: str) -> None:
    window, span = parse_window(text, NOW, TZ)
    assert window is not None and span is not None
    assert (window.start.strftime("%H:%M"), window.end.strftime("%H:%M")) == (start, end)


def test_a_range_ending_after_now_stops_at_now_and_bare_numbers_are_no_range() -> None:
    window, _ = parse_window("from 11:00 to 13:00", NOW, TZ)  # now is 12:00 KST
    assert window is not None and window.end == NOW
    assert parse_window("top 3-5 hosts", NOW, TZ) == (None, None)


def test_korean_count_nouns_are_also_asked_as_quantities() -> None:
    assert metric_term_variants("요청 수") == ["요청 수", "요청량", "요청 건수", "요청"]
    assert metric_term_variants("error rate") == ["error rate", "error rates", "error-rate"]  # no Korean ones


def test_an_unknown_korean_noun_before_a_role_noun_is_an_unknown_name(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("쿠폰 서비스 지난 1시간 에러율", index, NOW, TZ)
    assert (plan.route, plan.reason, plan.detail) == (Route.REJECT, "unknown_ci", "쿠폰")
    assert plan_question("에러율이 가장 높은 서비스는?", index, NOW, TZ).route != Route.REJECT


def test_questions_about_the_assistant_and_attribute_verbs(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("어떤 데이터 볼 수 있어?", index, NOW, TZ).route == Route.DIRECT
    plan = plan_question("Which OS is kr-sel-web-07 deployed with?", index, NOW, TZ)
    assert [s.tool for s in plan.steps] == ["ci_lookup"]
    plan = plan_question("Which hosts are attached to ledger-pg?", index, NOW, TZ)
    assert plan.route == Route.GRAPH and plan.steps[0].args["op"] == "dependents"


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("slowest database right now", "desc"),
        ("지난 1시간 동안 가장 느린 서비스는?", "desc"),
        ("fastest service", "asc"),
    ],
)
def test_a_superlative_names_its_measure(index: EntityIndex, question: str, order: str) -> None:  # noqa: F811
    (step,) = plan_question(question, index, NOW, TZ).steps
    assert (step.args["op"], step.args["metric"], step.args["n"], step.args["order"]) == (
        "top_n",
        "response_time_ms",
        1,
        order,
    )
