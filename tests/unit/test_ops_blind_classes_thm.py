"""Classes of question blind batches 69 (theme-park) and 70 (wind-farm) found misread: a greeting before a
question, "a dependency on X", "X 이상없어?", "show me …" in an estate with `show` events, "최고였던", "밑으로
쭉 따라가면" and "어디어디서 돌아"."""

import pytest

from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _plan(question: str):
    return plan_question(question, fleet_index(), NOW, TZ)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("hey, is something broken right now?", "wrong_now"),  # a greeting before a question
        ("hey", "direct"),
        ("안녕하세요", "direct"),
        ("안녕 오늘 당직인데 잘부탁해", "direct"),
        ("안녕 너 누구야", "direct"),
        ("hello, who are you?", "direct"),
        ("pay-api in good shape right now?", "health_ok"),
        ("pay-api 이상없어?", "health_ok"),
        ("kafka-main looking normal now?", "health_ok"),  # was kafka-main's record
        ("pay-api 문제 있어?", "health_trouble"),
        ("which CIs have a direct dependency on pay-api?", "dependents"),
        ("화욜 에러율 피크 최고였던 서비스 어디", "top_n"),
        ("kafka-main 어디어디서 돌아", "runs_on"),
        ("알람 떠있는거 요약 ㄱ", "wrong_now"),  # alerts up now
        ("which alerts are firing?", "wrong_now"),
        ("어제 알람 뭐 떴어?", "events_list"),  # where, said twice: the hosts it runs on
    ],
)
def test_what_is_asked(question: str, intent: str) -> None:
    assert _plan(question).intent == intent


def test_the_one_highest_is_one() -> None:
    assert _plan("화욜 에러율 피크 최고였던 서비스 어디").steps[0].args["n"] == 1


def test_all_the_way_down_is_transitive() -> None:
    args = _plan("pay-api 밑으로 쭉 따라가면 걸리는 데이터베이스들").steps[0].args
    assert args["op"] == "dependencies" and args["depth"] > 1 and args["types"] == ["database"]


def test_a_command_verb_is_no_event_type() -> None:
    index = fleet_index()
    index.event_type_terms = [("show", "show")]  # a theme park's parade and show events
    plan = plan_question("show me every database", index, NOW, TZ)
    assert plan.steps[0].tool == "ci_lookup", plan
    assert plan_question("list the show events", index, NOW, TZ).steps[0].args.get("event_type") == "show"


@pytest.mark.parametrize(
    "question",
    [
        "어제 pay-api 3.8.0 올린거 때문에 결제 멈춘거 아냐?",
        "pay-api 5.1.0 올리고 20분 만에 장애난건데 릴리즈 문제 아님?",
        "7일 08:50 pay-api 8.3.0 릴리즈가 주문 타임아웃 원인이야?",
    ],
)
def test_a_change_blamed_is_weighed_from_the_change(question: str) -> None:
    """The release said (by its version, "올린거", "올리고 N분 만에", "릴리즈가 … 원인") is the change the analysis
    starts from, and the cause is asked even when the question only asks to confirm a guess ("… 아냐?")."""
    plan = _plan(question)
    assert plan.route == "RCA" and plan.steps[0].args.get("after_change") is True, plan


def test_a_count_in_words_after_which_ranks_that_many() -> None:
    args = _plan("which three services have the highest error rate right now?").steps[0].args
    assert args["op"] == "top_n" and args["n"] == 3, args
