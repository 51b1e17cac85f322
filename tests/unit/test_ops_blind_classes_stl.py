"""Classes of question blind batches 67 (steel-mill) and 68 (apt-homenet) found misread: a cause asked by
its noun or by "what's behind the … warnings", "X 뭐가 문제야?", hyphenated words describing a symptom, a
metric written with a hyphen, a type left out ("db 캐시 빼고 서비스만"), a kind of host told by a key
whose plural another kind holds, "and on X?" after a relation, a question about the assistant's rights."""

import pytest

from services.ops.followup import expand
from services.ops.honesty import plural_types
from services.ops.planner.index_terms import attribute_terms, metric_term_variants
from services.ops.planner.lexicon_oncall import HAPPENED
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _plan(question: str):
    return plan_question(question, fleet_index(), NOW, TZ)


@pytest.mark.parametrize(
    "question",
    [
        "what's behind the pay-api resend warnings since about 09:25?",
        "what was behind the pay-api timeouts this morning?",
        "pay-api 토요일에 모델 v5 올리고 나서 터졌던데 모델 문제야?",
        "root cause of the lost ledger-call events in pay-api last Tuesday night?",
    ],
)
def test_a_cause_asked_in_other_words_is_analysed(question: str) -> None:
    plan = _plan(question)
    assert plan.route == "RCA" and plan.steps[0].args["ci"] == "pay-api", plan


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what is behind pay-api?", "downstream"),  # topology, not a why
        ("뭐가 문제야?", "wrong_now"),
        ("pay-api 뭐가 문제야?", "health"),
        ("어제 pay-api 뭐가 문제였어?", "timeline"),
        ("are you able to make changes, or is it read-only?", "direct"),
        ("너 읽기 전용이야?", "direct"),
    ],
)
def test_what_a_question_asks_is_read_as_it_is_meant(question: str, intent: str) -> None:
    assert _plan(question).intent == intent


def test_a_hyphenated_word_like_a_name_is_still_a_name_when_it_says_no_symptom() -> None:
    plan = _plan("why was ledger-pgx slow?")
    assert plan.reason == "unknown_ci" and plan.detail == "ledger-pgx", plan


def test_a_historian_is_no_history() -> None:
    assert not parse("PI 히스토리안 db 뭐뭐 있어", fleet_index(), NOW, TZ).says(HAPPENED)
    assert parse("pay-api 히스토리 보여줘", fleet_index(), NOW, TZ).says(HAPPENED)


def test_a_metric_of_several_words_is_also_said_hyphenated() -> None:
    assert "error-rate" in metric_term_variants("error rate")
    assert metric_term_variants("에러율") == ["에러율"]


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("db 캐시 빼고 서비스만 지금 요청량 top3", {"database", "cache"}),
        ("services except databases by cpu", {"database"}),
        ("hosts in prod by cpu", set()),
    ],
)
def test_types_left_out(question: str, left_out: set[str]) -> None:
    parsed = parse(question, fleet_index(), NOW, TZ)
    assert not left_out & set(parsed.types) and parsed.types, parsed.types  # "db 캐시 빼고": read off


def test_a_type_in_the_plural_is_not_the_named_ci() -> None:
    assert plural_types(parse("the prod services of pay-api", fleet_index(), NOW, TZ)) == {"service"}
    assert plural_types(parse("kr-sel-web-07 서버 cpu", fleet_index(), NOW, TZ)) == set()


def test_hosts_with_gpus_are_the_hosts_holding_a_gpu() -> None:
    index = fleet_index()
    index.attribute_terms = attribute_terms(["gpu", "gpus"])
    index.ci_keys = {"kr-sel-web-07": ("gpu",), "pay-api": ("gpus",)}
    plan = plan_question("which hosts have GPUs?", index, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"type": "host", "attributes": {"gpu": "*"}}, plan


def test_and_on_another_ci_keeps_the_relation() -> None:
    context = {
        "question": "what runs on kr-sel-db-02?",
        "intent": "hosted",
        "cis": ["kr-sel-db-02"],
        "answered": ["ledger-pg"],
        "tools": ["graph_query"],
    }
    followup = expand("and on kr-sel-web-07?", context, fleet_index(), NOW, TZ, lambda: True)
    assert followup is not None and followup.question == "what runs on kr-sel-web-07?", followup


@pytest.mark.parametrize("question", ["are you able to make changes, or is it read-only?", "thanks!"])
def test_a_question_about_the_assistant_follows_no_answer(question: str) -> None:
    """Found walking the app: after "어제 X 뭐가 문제였어?", "is it read-only?" listed X's events."""
    context = {
        "question": "어제 pay-api 뭐가 문제였어?",
        "intent": "timeline",
        "cis": ["pay-api"],
        "answered": [],
    }
    assert expand(question, context, fleet_index(), NOW, TZ, lambda: True) is None
