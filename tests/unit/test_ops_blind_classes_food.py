"""Failure classes found by blind batch 25 (bench/food_golden.py: a food-delivery platform's IT), pinned on
the rules planner over the unit estate of test_rules_planner."""

from datetime import timedelta

import pytest

from services.ops.planner.entities import RESERVED_WORDS, EntityIndex
from services.ops.planner.index_terms import event_type_terms
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(
    ("said", "hours"),
    [("한시간 반 동안 평균 응답시간", 1.5), ("지난 2시간 반 cpu", 2.5), ("the last 2 hours and a half", 2.5)],
)
def test_half_a_unit_more(said: str, hours: float) -> None:
    window = parse_window(said, NOW, TZ)[0]
    assert window is not None and window.end - window.start == timedelta(hours=hours)


def test_hours_and_minutes_are_a_clock_time_not_a_duration() -> None:
    window = parse_window("16일 11시50분쯤 라이더 위치 안올라온거 왜", NOW, TZ)[0]
    assert window is None or "minutes" not in window.label


@pytest.mark.parametrize(("said", "label"), [("since 7pm", "since 19:00"), ("since 7:30 pm", "since 19:30")])
def test_since_a_clock_hour_with_am_or_pm(said: str, label: str) -> None:
    window = parse_window(said, NOW, TZ)[0]
    assert window is not None and window.label == label
    assert parse_window("since 7", NOW, TZ)[0] is None  # a bare number is no clock time


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("pay-api 지금 정상이야?", "health_ok"),
        ("is pay-api healthy right now?", "health_ok"),
        ("pay-api 지금 문제 있어?", "health_trouble"),
    ],
)
def test_a_yes_or_no_health_question_says_which_answer_is_yes(
    question: str,
    intent: str,
    index: EntityIndex,  # noqa: F811
) -> None:
    assert plan_question(question, index, NOW, TZ).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("pay-api, token-redis 중에 지금 cpu 젤 높은거", "compare_top"),
        ("which of pay-api and token-redis has the lowest latency now?", "compare_bottom"),
        ("pay-api vs token-redis cpu now", "compare"),
    ],
)
def test_a_superlative_comparison_asks_for_one_ci(question: str, intent: str, index: EntityIndex) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).intent == intent


def test_when_a_ci_was_last_deployed_is_its_newest_deployment(index: EntityIndex) -> None:  # noqa: F811
    index.event_type_terms = event_type_terms(["deployment"], RESERVED_WORDS)
    args = plan_question("when was pay-api last deployed?", index, NOW, TZ).steps[0].args
    assert (args.get("event_type"), args.get("limit")) == ("deployment", 1), args


def test_a_why_naming_no_ci_looks_at_the_whole_estate(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("지난 1시간 동안 문제 원인 뭐야", index, NOW, TZ)
    assert plan.route.value == "RCA" and plan.steps[0].args["filters"] == {}, plan


@pytest.mark.parametrize(
    "question",
    ["what depends on ledger-pg besides pay-api?", "ledger-pg 의존하는 서비스 중에 pay-api 말고 뭐 있어"],
)
def test_a_ci_the_question_leaves_out_is_left_out_of_the_graph_answer(
    question: str,
    index: EntityIndex,  # noqa: F811
) -> None:
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert (args["op"], args["ci"], args.get("besides")) == ("dependents", "ledger-pg", ["pay-api"]), args


def test_a_ci_left_out_of_a_figure_is_unclear_not_ignored(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("cpu of kr-sel-web-07 except kr-sel-db-02", index, NOW, TZ).reason == "unclear"


@pytest.mark.parametrize("question", ["너 뭐 할줄 알아?", "장애 원인 분석도 해줘? 어떻게 하는데"])
def test_what_the_assistant_can_do_is_answered(question: str, index: EntityIndex) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).route.value == "DIRECT"


def test_a_generic_type_word_is_the_type_not_an_attribute_value(index: EntityIndex) -> None:  # noqa: F811
    from dataclasses import replace

    from services.ops.planner.attribute_values import ValueVocabulary

    vocabulary = ValueVocabulary(
        terms=[("서버", "server"), ("server", "server")], keys={"server": {"form": {"host"}}}
    )
    with_form = replace(index, values=vocabulary, _patterns={})
    args = plan_question("디스크 많이 찬 서버 top2", with_form, NOW, TZ).steps[0].args
    assert args["filters"] == {"type": "host"}, args


@pytest.mark.parametrize(
    ("question", "intent"), [("pay-api OK now?", "health_ok"), ("lyr02 위에 뭐 돌아", "hosted")]
)
def test_batch_26_shorthand(question: str, intent: str, index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question(question.replace("lyr02", "kr-sel-web-07"), index, NOW, TZ)
    assert plan.intent == intent, plan


def test_a_remote_reset_is_a_change() -> None:
    from services.ops.policy import refusal_of

    refusal = refusal_of("remote-reset all chargers at the site", None)
    assert refusal is not None and refusal.category == "changes"


@pytest.mark.parametrize(
    "question",
    ["pay-api 방금 배포해서 그런거야? 에러 원인 뭐임", "why did pay-api fail at 2pm? deploy right before?"],
)
def test_a_change_asked_about_as_a_cause_is_no_change_request(question: str) -> None:
    from services.ops.policy import refusal_of

    assert refusal_of(question, None) is None
    assert refusal_of("pay-api 배포해", None) is not None


def test_a_why_pointing_back_at_nothing_is_no_estate_analysis(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("걔 왜그래?", index, NOW, TZ).route.value == "REJECT"
    assert plan_question("최근 30분 문제 원인 분석해줘", index, NOW, TZ).route.value == "RCA"


def test_a_cause_asked_of_a_past_window_is_an_estate_analysis(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("오늘 아침 문제 원인 뭐야", index, NOW, TZ)
    assert plan.route.value == "RCA" and plan.steps[0].args["filters"] == {}, plan
