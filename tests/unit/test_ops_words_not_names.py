"""Words that stand where a CI name would but name none ("20% 넘긴 서비스", "top database"), and places
typed without their spaces ("상암IDC"), pinned on the rules planner over the unit estate of
test_rules_planner."""

from dataclasses import replace

from services.ops.planner.entities import EntityIndex
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


def test_a_korean_verb_before_a_role_noun_is_no_name(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("토요일에 에러율 20% 넘긴 서비스", index, NOW, TZ)
    assert plan.intent == "threshold" and plan.steps[0].args["value"] == 20.0, plan


def test_top_alone_ranks_one(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("top service by peak response time yesterday", index, NOW, TZ)
    assert plan.intent == "top_n", plan
    assert plan.steps[0].args["n"] == 1 and plan.steps[0].args["order"] == "desc"


def test_a_korean_place_is_read_without_its_space(index: EntityIndex) -> None:  # noqa: F811
    placed = replace(index, locations=[*index.locations, "상암 idc"], _patterns={})
    for said in ("상암IDC 서버 몇대임", "상암 IDC 서버 몇대임"):
        assert parse(said, placed, NOW, TZ).filters.get("location") == "상암 idc", said
