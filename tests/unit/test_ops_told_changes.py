"""A change told beside the question is context, not what is asked: "X 상태 괜찮음? 모델 바꿨다던데" asks about
X's health; "v9로 바꿨는데 그거때문에 판독 터진거야?" and "로그인 터진거 푸시때문이야?" ask why the symptom (판독,
로그인) happened, the guessed cause aside; "backup cron changed" is a config change. Also "X랑 연결된 장비
목록" lists X's links, not the topology two hops out."""

import pytest

from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import event_type_terms
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.unknown_words import unread_words
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def described_index() -> EntityIndex:
    """The fleet with records that describe what its CIs do, and two event types."""
    idx = fleet_index()
    idx.ci_texts = {
        "pay-api": "결제 승인 api",
        "token-redis": "로그인 세션 저장소",
        "kafka-main": "알림 푸시 이벤트 버스",
    }
    idx.ci_names = {name: name for name in idx.ci_types}
    idx.event_types = ["backup", "config_change"]
    idx.event_type_terms = event_type_terms(idx.event_types, set())
    return idx


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("여름특가 푸시 나가고 나서 로그인 터진거 푸시때문이야?", ["로그인"]),
        ("배치 모델 3시에 v9로 바꿨는데 그거때문에 판독 터진거야?", ["판독"]),
        ("트래픽 몰려서 그런거임?", []),
    ],
)
def test_a_guessed_cause_leaves_the_symptom_to_read(question: str, unread: list[str]) -> None:
    index = described_index()
    assert unread_words(parse(question, index, NOW, TZ), index) == unread


def test_a_symptom_blamed_on_a_push_is_analysed_among_the_cis_it_describes() -> None:
    plan = plan_question("여름특가 푸시 나가고 나서 로그인 터진거 푸시때문이야?", described_index(), NOW, TZ)
    args = plan.steps[0].args
    assert plan.route.value == "RCA" and args["among"] == ["token-redis"], plan
    assert args["described_as"] == "로그인"


def test_a_change_told_with_its_time_scans_from_that_time() -> None:
    plan = plan_question("pay-api 설정 3시에 바꿨는데 그거때문에 결제 터진거야?", described_index(), NOW, TZ)
    args = plan.steps[0].args
    assert plan.route.value == "RCA" and args["ci"] == "pay-api", plan
    assert args["start"] == "2026-06-09T18:00:00+00:00" and args["after_change"], args  # 03:00 KST today


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("pay-api 상태 괜찮음? os 바꿨다던데", "health_ok"),
        ("pay-api 상태 괜찮아? os 패치 문제없지", "health_ok"),
        ("pay-api os 뭐야? 바꿨다던데", "ci_fields"),
    ],
)
def test_a_field_changed_as_news_leaves_a_health_question(question: str, intent: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    assert plan.intent == intent, plan
    assert "attributes.os" in plan.steps[0].args["fields"]


@pytest.mark.parametrize(
    ("question", "event_type"),
    [
        ("what time was ledger-pg's backup cron changed yesterday?", "config_change"),
        ("ledger-pg 백업 설정 바꾼거 몇시였어?", "config_change"),
        ("when did ledger-pg's backup finish yesterday?", "backup"),
    ],
)
def test_a_changed_backup_is_a_config_change(question: str, event_type: str) -> None:
    plan = plan_question(question, described_index(), NOW, TZ)
    assert plan.steps[0].args.get("event_type") == event_type, plan


@pytest.mark.parametrize(
    "question", ["kr-sel-web-07이랑 연결돼있는 장비 목록", "what is connected with kr-sel-web-07?"]
)
def test_what_is_connected_to_a_ci_is_its_links_one_hop_either_way(question: str) -> None:
    plan = plan_question(question, fleet_index(), NOW, TZ)
    args = plan.steps[0].args
    assert plan.intent == "connected" and args["op"] == "neighbors" and args["direction"] == "both", plan
    assert set(args["rel_types"]) == {"DEPENDS_ON", "CONNECTS_TO"} and "depth" not in args


def test_the_topology_around_a_ci_stays_a_map() -> None:
    plan = plan_question("kr-sel-web-07 주변 토폴로지 보여줘", fleet_index(), NOW, TZ)
    assert plan.steps[0].args["op"] == "subgraph", plan
