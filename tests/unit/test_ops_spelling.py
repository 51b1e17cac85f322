"""Typos in the planner's own words (services/ops/planner/spelling.py) over the unit estate of
test_rules_planner: one edit from exactly one known word is corrected, anything else is left as typed."""

import pytest

from services.ops.planner.entities import EntityIndex
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.spelling import _one_edit, corrected, corrections
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(
    ("typed", "known", "one"),
    [
        ("memroy", "memory", True),  # neighbours swapped
        ("latncy", "latency", True),  # a letter dropped
        ("cpuu", "cpu", True),  # a letter added
        ("avarage", "average", True),  # a letter replaced
        ("mmeory", "memory", True),
        ("memory", "memory", False),
        ("mroemy", "memory", False),  # two edits
        ("laten", "latency", False),
    ],
)
def test_one_edit(typed: str, known: str, one: bool) -> None:
    assert _one_edit(typed, known) is one


@pytest.mark.parametrize(
    ("question", "fixes", "intent"),
    [
        ("whats the memroy usage on kr-sel-web-07 now", {"memroy": "memory"}, "latest"),
        ("what are the dependancies of pay-api", {"dependancies": "dependencies"}, "dependencies"),
        ("avrage cpu of kr-sel-web-07 in the last hour", {"avrage": "average"}, "aggregate"),
        ("show me the latncy of pay-api", {"latncy": "latency"}, "latest"),
        ("waht depends on ledger-pg?", {"waht": "what"}, "dependents"),
    ],
)
def test_a_typo_of_one_known_word_is_corrected(
    index: EntityIndex,  # noqa: F811
    question: str,
    fixes: dict[str, str],
    intent: str,
) -> None:
    assert corrections(parse(question, index, NOW, TZ), index) == fixes
    assert plan_question(corrected(question, fixes), index, NOW, TZ).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "what is the jitter on pay-api",  # no known word one edit away
        "pay-api uptime",
        "pay-api heap size",  # "heap" is one edit from "help", but an English word
        "what's the p99 GC pause on pay-api?",  # "pause" is one edit from "cause": a real word is no typo
        "kr-sel-web-07 memory usage",  # nothing unread
    ],
)
def test_other_words_are_left_as_typed(index: EntityIndex, question: str) -> None:  # noqa: F811
    assert corrections(parse(question, index, NOW, TZ), index) == {}


def test_names_are_never_corrected(index: EntityIndex) -> None:  # noqa: F811
    assert corrected("pay-apii memroy", {"memroy": "memory"}) == "pay-apii memory"
    assert corrections(parse("ledger-pgg cpu", index, NOW, TZ), index) == {}


def test_a_question_mostly_of_unknown_words_is_not_guessed_at(index: EntityIndex) -> None:  # noqa: F811
    question = "pay-api memroy latncy avrage depnds"  # four typos: no longer a question with a typo
    assert corrections(parse(question, index, NOW, TZ), index) == {}
