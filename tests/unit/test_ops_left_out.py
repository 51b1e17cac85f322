"""What a question leaves out is filtered out, never filtered on: "prod 빼고 서버 몇 대야" counts the hosts
outside prod, "운영 말고 스테이징" keeps staging, "prod랑 staging 빼고" keeps the one left; a site, a team, a
status and a type left out likewise, a facet left out qualifying the type it is said with."""

import pytest

from services.ops.planner.left_out import facet_kept, said_environment
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


@pytest.mark.parametrize(
    ("question", "environment"),
    [
        ("prod 빼고 서버 몇 대야", "!= prod"),
        ("서버 중 운영 아닌거 몇 대", "!= prod"),
        ("스테이징 db 말고 다른 db 몇 개", "!= staging"),
        ("hosts other than staging ones, how many?", "!= staging"),
        ("dev 제외 서비스 목록", "!= dev"),
        ("non-prod hosts by cpu top 3", "!= prod"),
        ("hosts not in prod", "!= prod"),
        ("운영 말고 스테이징 서버 cpu 높은 순 3개", "staging"),
        ("스테이징 말고 운영 서버 cpu 높은 순 3개", "prod"),
        ("prod랑 staging 빼고 서버 목록", "dev"),
        ("운영 서버 몇 대", "prod"),
    ],
)
def test_the_environment_filter_is_the_one_kept(question: str, environment: str) -> None:
    assert said_environment(question) == environment
    args = plan_question(question, fleet_index(), NOW, TZ).steps[0].args
    assert args["filters"]["environment"] == environment, args


def test_a_negated_environment_keeps_every_other_one() -> None:
    assert facet_kept("!= prod", "staging") and facet_kept("!= prod", "DEV")
    assert not facet_kept("!= prod", "prod") and facet_kept("prod", "Prod")
    assert said_environment("web-01 cpu 지금") is None


@pytest.mark.parametrize(
    ("question", "filters"),
    [
        ("seoul-az1 빼고 서버 몇 대", {"location": "!= seoul-az1", "type": "host"}),
        ("hosts outside seoul-az1", {"location": "!= seoul-az1", "type": "host"}),
        ("services not owned by fin-platform", {"owner": "!= fin-platform", "type": "service"}),
        ("fin-platform 말고 다른 팀 서비스 목록", {"owner": "!= fin-platform", "type": "service"}),
        ("폐기된 서버 빼고 몇 대", {"status": "!= retired", "type": "host"}),  # the type qualified
        ("점검중 아닌 서버 몇 대", {"status": "!= maintenance", "type": "host"}),
        ("점검중인 서버 몇 대", {"status": "maintenance", "type": "host"}),
        ("db 빼고 전부 몇 개", {"type": "!= database"}),
        ("except databases, how many CIs?", {"type": "!= database"}),
        ("db 캐시 빼고 서비스만 목록", {"type": "service"}),
        ("seoul-az1 서버 몇 대", {"location": "seoul-az1", "type": "host"}),
    ],
)
def test_a_facet_or_type_left_out_is_filtered_out(question: str, filters: dict[str, str]) -> None:
    args = plan_question(question, fleet_index(), NOW, TZ).steps[0].args
    assert args["filters"] == filters, args


def test_a_type_left_out_of_a_graph_walk_filters_its_far_end() -> None:
    args = plan_question("what depends on ledger-pg except caches?", fleet_index(), NOW, TZ).steps[0].args
    assert (args["op"], args["filters"]) == ("dependents", {"type": "!= cache"}), args
