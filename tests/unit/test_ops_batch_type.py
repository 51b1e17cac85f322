"""Batch jobs are a CI type where a CMDB types them so ("배치잡 목록", "batch jobs on X"); elsewhere the same
words stay words that describe services ("정산 배치 작업": a service the records call a batch)."""

import pytest

from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.unknown_words import unread_words
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def with_batch_jobs():
    index = fleet_index()
    index.ci_types |= {"settle-nightly": "batch", "ledger-close": "batch"}
    return index


@pytest.mark.parametrize("question", ["배치잡 목록좀", "list the batch jobs", "배치 작업 몇개야?"])
def test_batch_words_name_the_type_where_the_estate_has_it(question: str) -> None:
    index = with_batch_jobs()
    parsed = parse(question, index, NOW, TZ)
    assert parsed.types == ["batch"] and unread_words(parsed, index) == []
    assert parse(question, fleet_index(), NOW, TZ).types == []


def test_batch_jobs_on_a_host_are_what_runs_on_it_of_that_type() -> None:
    plan = plan_question("kr-sel-web-07 위에 올라간 배치들", with_batch_jobs(), NOW, TZ)
    args = plan.steps[0].args
    assert plan.intent == "hosted" and args["types"] == ["batch"] and args["rel_types"] == ["RUNS_ON"], plan


@pytest.mark.parametrize("question", ["배치잡 목록", "list the batch jobs"])
def test_batch_jobs_asked_where_none_are_typed_so_are_unclear_not_dropped(question: str) -> None:
    """No CI of the estate is a batch job: the words are read as unplaced (the answer says so and offers
    rephrasings), neither silently dropped nor refused as off-topic."""
    index = fleet_index()
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.route.value, plan.reason) == ("REJECT", "unclear"), plan
    assert unread_words(parse(question, index, NOW, TZ), index)
