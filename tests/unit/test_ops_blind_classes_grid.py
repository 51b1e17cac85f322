"""Failure classes found by blind batch 19 (bench/grid_golden.py: a power utility's IT/OT), pinned on the
rules planner over the unit estate of test_rules_planner."""

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from services.ops.honesty import unused_terms
from services.ops.planner.attribute_values import ValueVocabulary
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.moments import parse_moment
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.spoken_forms import normalize
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)

FRIDAY = datetime(2026, 6, 26, 5, 20, tzinfo=UTC)  # 14:20 KST


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is pay-api latency above 800 right now?", {"op": "aggregate", "agg": "last", "cmp": ">"}),
        ("오늘 새벽에 kr-sel-web-07 디스크 몇까지 찼었어", {"op": "aggregate", "agg": "max"}),
    ],
)
def test_grid_metric_phrasings(index: EntityIndex, question: str, expected: dict) -> None:  # noqa: F811
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert {k: args.get(k) for k in expected} == expected, args


def test_rca_said_as_a_word_is_a_why(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("RCA: pay-api errors since 13:30 today", index, NOW, TZ).intent == "rca"


@pytest.mark.parametrize(
    "text", ["월요일 밤 자정에 검침 왜 실패했어?", "what failed Monday night at midnight?"]
)
def test_the_midnight_of_a_named_night_ends_that_day(text: str) -> None:
    moment = parse_moment(normalize(text), TZ, FRIDAY)
    assert moment is not None and f"{moment.astimezone(ZoneInfo(TZ)):%m-%d %H:%M}" == "06-23 00:00"


def test_a_function_value_of_one_ci_is_that_ci(index: EntityIndex) -> None:  # noqa: F811
    described = replace(
        index,
        values=ValueVocabulary(terms=[("mdms", "mdms")], keys={"mdms": {"system": {"service"}}}),
        attribute_terms=attribute_terms(["product", "vendor"]),
        ci_functions={"pay-api": ("mdms",), "pay-api-canary": ("mdms",)},
        _patterns={},
    )
    plan = plan_question("MDMS product and vendor?", described, NOW, TZ)  # the base name, not its twin
    assert plan.steps[0].args == {
        "op": "get",
        "name": "pay-api",
        "fields": ["attributes.product", "attributes.vendor"],
    }


def test_servers_said_after_an_attribute_are_the_hosts(index: EntityIndex) -> None:  # noqa: F811
    keyed = replace(
        index, attribute_terms=attribute_terms(["brokers", *dict(index.attribute_terms).values()])
    )
    plan = plan_question("kafka-main 브로커 서버들", replace(keyed, _patterns={}), NOW, TZ)
    assert plan.intent == "runs_on" and plan.steps[0].args["rel_types"] == ["RUNS_ON"], plan


def test_a_type_word_that_starts_an_attribute_name_is_no_type(index: EntityIndex) -> None:  # noqa: F811
    keyed = replace(index, attribute_terms=attribute_terms(["tier"]), _patterns={})
    question = "ledger-pg service tier"
    plan = plan_question(question, keyed, NOW, TZ)
    assert unused_terms(plan, parse(question, keyed, NOW, TZ), keyed.ci_types) == [], plan
