"""Failure classes found by blind batch 20 (bench/metro_golden.py: a subway operator's IT/OT), pinned on the
rules planner over the unit estate of test_rules_planner."""

from dataclasses import replace

import pytest

from services.ops.planner.entities import EntityIndex
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


def test_a_function_said_whole_names_its_ci(index: EntityIndex) -> None:  # noqa: F811
    """ "도착정보 API" is all of one CI's function: that CI, although another's function also says 도착정보."""
    described = replace(
        index, ci_functions={"pay-api": ("도착정보 api",), "web-01": ("열차 도착정보",)}, _patterns={}
    )
    plan = plan_question("도착정보 API 에러율 현재 얼마", described, NOW, TZ)
    assert plan.steps[0].args["ci"] == "pay-api", plan.steps[0].args
    assert plan.steps[0].args["metric"] == "error_rate"


def test_a_function_said_whole_keeps_a_named_ci(index: EntityIndex) -> None:  # noqa: F811
    described = replace(index, ci_functions={"web-01": ("pay api gateway",)}, _patterns={})
    plan = plan_question("pay-api 에러율 현재 얼마", described, NOW, TZ)
    assert plan.steps[0].args["ci"] == "pay-api"


@pytest.mark.parametrize("question", ["pay-api 오늘 cpu 제일 낮았을 때 얼마", "pay-api 지난 12시간 cpu 최저"])
def test_the_lowest_sample_is_the_minimum(index: EntityIndex, question: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).steps[0].args["agg"] == "min"


@pytest.mark.parametrize("question", ["full dependency tree of pay-api", "pay-api 전체 의존 체인"])
def test_a_dependency_tree_is_transitive(index: EntityIndex, question: str) -> None:  # noqa: F811
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert (args["op"], args["ci"], args["depth"] > 1) == ("dependencies", "pay-api", True), args


def test_a_dotted_name_typed_with_spaces_is_that_name(index: EntityIndex) -> None:  # noqa: F811
    dotted = replace(
        index,
        ci_types={**index.ci_types, "occ.video-wall": "service"},
        ci_names={**index.ci_names, "occ.video-wall": "occ.video-wall"},
        _patterns={},
    )
    plan = plan_question("occ video wall 응답시간 지금 얼마", dotted, NOW, TZ)
    assert plan.steps[0].args["ci"] == "occ.video-wall", plan.steps[0].args
