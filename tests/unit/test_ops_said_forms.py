"""Small forms that changed a reading: "X도 Y 타?" (X too) makes X the subject of a reach question;
"last night" in "when did X finish last night?" is a window, not "the last time X finished"; "카프카 브로커
서버들" are the machines of the one CI its product name describes; "X 무슨 작업중이야" asks X's timeline."""

from datetime import datetime, timedelta

import pytest

from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.lexicon import LAST_TIME
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def test_a_ci_said_with_too_is_the_subject_of_a_reach_question() -> None:
    plan = plan_question("pay-api도 ledger-pg 타? 간접이라도", fleet_index(), NOW, TZ)
    args = plan.steps[0].args
    assert (plan.intent, args["ci"], args["target"], args["direction"]) == (
        "reach",
        "pay-api",
        "ledger-pg",
        "out",
    ), plan


@pytest.mark.parametrize(
    ("question", "newest"),
    [
        ("when did pay-api finish last night?", False),
        ("when did the batch start last Monday?", False),
        ("when was pay-api last deployed?", True),
        ("when did pay-api last restart?", True),
    ],
)
def test_last_night_is_a_window_not_the_newest_event(question: str, newest: bool) -> None:
    assert (LAST_TIME.search(question) is not None) is newest


def test_the_servers_of_a_ci_described_by_its_product_are_its_hosts() -> None:
    """ "카프카 브로커 서버들 디스크 지금 젤 높은거": the hosts the one Kafka queue runs on, ranked; "브로커"
    is that queue's own key (`brokers`), not a CI."""
    index = fleet_index()
    index.ci_hosts = {"kafka-main": ("kr-sel-db-02", "kr-sel-web-07")}
    index.ci_texts = {"kafka-main": "apache kafka 3.7 이벤트 스트림 kafka main"}
    index.ci_environments = {name: "prod" for name in index.ci_types}
    index.ci_keys = {"kafka-main": ("brokers", "port")}
    index.attribute_terms = attribute_terms(["brokers", "port", "cpu_cores", "ip", "os"])
    plan = plan_question("카프카 브로커 서버들 디스크 지금 젤 높은거", index, NOW, TZ)
    filters = plan.steps[0].args["filters"]
    assert filters["names"] == ["kr-sel-db-02", "kr-sel-web-07"], plan
    assert plan.steps[0].args["metric"] == "disk_usage"


@pytest.mark.parametrize(
    "question",
    ["pay-api 무슨 작업중이야", "pay-api 오늘 무슨 작업 했어?", "anything logged against pay-api on Oct 7?"],
)
def test_the_work_done_on_a_ci_is_its_timeline(question: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert (plan.steps[0].args["op"], plan.steps[0].args["ci"]) == ("timeline", "pay-api"), plan


@pytest.mark.parametrize(
    ("question", "days"),
    [("pay-api 무슨 작업중이야", 30), ("pay-api 무슨 일 있었어?", 1)],
)
def test_work_under_way_widens_the_timeline_to_a_month(question: str, days: int) -> None:
    args = plan_question(question, fleet_index(), NOW, TZ).steps[0].args
    span = datetime.fromisoformat(args["end"]) - datetime.fromisoformat(args["start"])
    assert span == timedelta(days=days), args
