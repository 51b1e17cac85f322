"""A question naming a type after an answer: "그 중에 DB만" narrows the previous list, while one with its own
metric and ranking that only says "만" ("서비스만 cpu 높은 순 3개") is a new ranking, whatever came before."""

import pytest

from services.ops.followup import expand
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index

AFTER_RCA = {
    "question": "왜 느렸어 pay-api 오늘 아침",
    "intent": "rca",
    "cis": ["pay-api"],
    "asked": ["pay-api"],
    "answered": ["ledger-pg", "pay-api"],
    "tools": ["rca"],
}
AFTER_LIST = {
    "question": "pay-api가 의존하는 것들은?",
    "intent": "dependencies",
    "cis": ["pay-api"],
    "asked": ["pay-api"],
    "answered": ["ledger-pg", "token-redis", "kafka-main"],
    "tools": ["graph_query"],
}


@pytest.mark.parametrize(
    "question", ["스테이징 db 말고 서비스만 cpu 높은 순 3개", "서비스만 cpu 높은 순 3개"]
)
def test_a_ranking_of_a_type_saying_only_stands_alone(question: str) -> None:
    assert expand(question, AFTER_RCA, fleet_index(), NOW, TZ, lambda: True) is None
    args = plan_question(question, fleet_index(), NOW, TZ).steps[0].args
    assert (args["op"], args["n"], args["filters"]["type"]) == ("top_n", 3, "service"), args
    assert args["filters"].get("environment") in (None, "!= staging"), args  # never staging itself


@pytest.mark.parametrize("question", ["그 중에 DB만", "DB만"])
def test_a_type_alone_narrows_the_list_before(question: str) -> None:
    followup = expand(question, AFTER_LIST, fleet_index(), NOW, TZ, lambda: True)
    assert followup is not None and followup.question.startswith(AFTER_LIST["question"].rstrip("?")), followup
    assert followup.carried == {"intent": "dependencies"}, followup
