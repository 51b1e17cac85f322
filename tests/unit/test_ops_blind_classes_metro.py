"""Failure classes found by blind batch 20 (bench/metro_golden.py: a subway operator's IT/OT), pinned on the
rules planner over the unit estate of test_rules_planner."""

from dataclasses import replace

import pytest

from services.ops.planner.attribute_values import ValueVocabulary, value_terms
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.unknown_words import unread_words
from services.ops.planner.value_glossary import korean_surfaces
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


@pytest.mark.parametrize(
    "question", ["Windows Server 2022 쓰는 서버 목록", "which servers run Windows Server 2022?"]
)
def test_a_role_word_inside_a_value_is_no_name_slot(index: EntityIndex, question: str) -> None:  # noqa: F811
    """ "Server" in the value "Windows Server 2022" puts no unknown CI name ("windows") before it."""
    keys = {"windows-server-2022": {"os": {"host"}}, "windows-server": {"os": {"host"}}}
    with_os = replace(index, values=ValueVocabulary(keys=keys, terms=value_terms(keys)), _patterns={})
    plan = plan_question(question, with_os, NOW, TZ)
    assert plan.steps[0].args["filters"] == {"attributes": {"os": "windows-server-2022"}, "type": "host"}, (
        plan
    )


def test_a_copula_glued_to_a_known_word_is_no_noun(index: EntityIndex) -> None:  # noqa: F811
    """ "상태인거": 인거 is the copula and 거 glued to 상태, not an unknown noun."""
    assert unread_words(parse("retired 상태인거 몇 개?", index, NOW, TZ), index) == []
    plan = plan_question("retired 상태인거 몇 개?", index, NOW, TZ)
    assert (plan.intent, plan.steps[0].args.get("filters")) == ("ci_count", {"status": "retired"}), plan


def test_on_the_hour_is_the_moment(index: EntityIndex) -> None:  # noqa: F811
    assert unread_words(parse("월요일 아침 8시 정각 pay-api 응답시간", index, NOW, TZ), index) == []
    args = plan_question("월요일 아침 8시 정각 pay-api 응답시간", index, NOW, TZ).steps[0].args
    assert (args["op"], args["metric"], args["at"][11:16]) == ("latest", "response_time_ms", "23:00"), args


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("pay-api 카메라 몇대 물려있음?", "cameras"),
        ("Which vendor makes pay-api?", "vendor"),
        ("kr-sel-web-07 호스트네임이 뭐였지", "hostname"),
    ],
)
def test_own_keys_in_loanwords_and_phrasing(index: EntityIndex, question: str, key: str) -> None:  # noqa: F811
    keyed = replace(
        index,
        ci_keys={"pay-api": ("cameras", "vendor"), "kr-sel-web-07": ("hostname",)},
        attribute_terms=attribute_terms(["hostname", "vendor"]),
        _patterns={},
    )
    args = plan_question(question, keyed, NOW, TZ).steps[0].args
    assert args["fields"] == [f"attributes.{key}"], args
    assert unread_words(parse(question, keyed, NOW, TZ), keyed) == []


def test_values_of_server_kinds_are_said_in_korean() -> None:
    """ "역서버 목록" is the hosts whose form is station-server; "윈도우 서버" the windows-server family."""
    assert {"역서버", "역 서버"} <= korean_surfaces("station-server")
    assert "윈도우 서버" in korean_surfaces("windows-server")
    assert "방화벽" in korean_surfaces("firewall")
