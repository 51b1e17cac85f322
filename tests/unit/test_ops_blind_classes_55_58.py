"""Failure classes found by blind batches 55–58 (bench/bld_golden.py: a blood service, bench/fan_golden.py: a
fan platform, bench/dfs_golden.py: a duty-free retailer, bench/tcd_golden.py: a transit-card operator), pinned
on the rules planner over the unit estate of test_rules_planner."""

from datetime import UTC, datetime

import pytest

from services.ops.followup_context import without_replaced
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.parsing import parse
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.policy import refusal_of
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _index():
    index = fleet_index()
    index.attribute_terms = attribute_terms(["rcu", "capacity_mode"])
    index.ci_keys = {
        "edge-lb-1": ("cert_issuer", "cert_expiry"),
        "pay-api": ("order_cutoff", "sender_no", "decommissioned", "analyzers"),
        "kr-sel-web-07": ("setpoint_c",),
        "ledger-pg": ("rcu", "capacity_mode"),
    }
    index.ci_values = {"pay-api": {"decommissioned": "2025-11-28", "order_cutoff": "14:00"}}
    index.ci_statuses = {"pay-api": "retired"}
    return index


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("who issued the certificate on edge-lb-1?", "cert_issuer"),
        ("pay-api 주문마감 몇시로 돼있음", "order_cutoff"),
        ("kr-sel-web-07 설정온도 몇도", "setpoint_c"),
        ("pay-api 발신번호 머야", "sender_no"),
        ("pay-api 형태소분석기 머 씀", "analyzers"),
        ("How many read capacity units are provisioned on ledger-pg?", "rcu"),
        ("pay-api 언제 폐기됐어", "decommissioned"),
        ("when was pay-api retired?", "decommissioned"),
    ],
)
def test_a_key_said_in_the_estate_s_words_is_looked_up(question: str, key: str) -> None:
    """Keys in words their parts are spelt with ("발신번호": `sender_no`, glued Hangul read whole), and a
    status word asked "when" of a CI whose record dates it."""
    plan = plan_question(question, _index(), NOW, TZ)
    step = plan.steps[0]
    assert step.tool == "ci_lookup" and f"attributes.{key}" in step.args["fields"], plan


@pytest.mark.parametrize(
    ("question", "reason"),
    [("cpu 좀", "unclear"), ("pay-api 사용률", "unplaced")],
)
def test_a_usage_or_metric_of_nothing_in_particular_is_unclear(question: str, reason: str) -> None:
    """ "cpu 좀" names no CI, kind or ranking; "사용률" of a service is no one usage (CPU, memory, disk)."""
    plan = plan_question(question, _index(), NOW, TZ)
    assert plan.route == "REJECT" and plan.reason == reason, plan


def test_listing_a_metric_still_lists_it() -> None:
    assert plan_question("디스크 사용률 보여줘", _index(), NOW, TZ).intent == "metric_list"


def test_who_to_call_about_a_ci_is_its_owner() -> None:
    plan = plan_question("who should I call about ledger-pg?", _index(), NOW, TZ)
    assert plan.steps[0].tool == "ci_lookup" and plan.steps[0].args["fields"] == ["owner"], plan
    assert plan_question("what calls ledger-pg?", _index(), NOW, TZ).steps[0].tool == "graph_query"


def test_a_range_of_day_parts_spans_both() -> None:
    """ "새벽~아침": from 00:00 to 12:00; "아침부터 점심까지" keeps the day named for both."""
    now = datetime(2027, 1, 23, 6, 10, tzinfo=UTC)  # Saturday 15:10 KST
    window, _ = parse_window("어제 새벽~아침 응답", now, "Asia/Seoul")
    assert window is not None and (window.start.hour, window.end.hour) == (15, 3)  # 00:00–12:00 KST
    window, _ = parse_window("어제 아침부터 점심까지 cpu", now, "Asia/Seoul")
    assert window is not None and window.end == datetime(2027, 1, 22, 5, tzinfo=UTC)  # yesterday 14:00 KST


def test_one_night_is_no_window() -> None:
    assert parse("pay-api 하룻밤에 몇 번", _index(), NOW, TZ).window is None


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Why did encore-queue fail to hand out tokens at the 20:00 presale?", False),
        ("show me the token of encore-queue", True),
    ],
)
def test_tokens_a_service_hands_out_are_no_secret(question: str, refused: bool) -> None:
    assert (refusal_of(question) is not None) is refused


def test_a_numeronym_is_a_word_the_question_said() -> None:
    """ "k8s" was split by a day-of-month pattern into "k" and "s" and silently dropped."""
    from services.ops.planner.unknown_words import content_words

    parsed = parse("list the k8s worker nodes", _index(), NOW, TZ)
    assert "k8s" in [w for _, _, w in content_words(parsed, _index())]


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which host hit the highest CPU yesterday?", {"op": "top_n", "agg": "max", "n": 1}),
        ("which service had the biggest error spike on Friday?", {"op": "top_n", "agg": "max", "n": 1}),
    ],
)
def test_a_peak_reached_ranks_by_the_peak(question: str, wanted: dict) -> None:
    """ "hit the highest" ranks by each CI's maximum; "biggest" ranks (it gave one figure for all services)."""
    plan = plan_question(question, _index(), NOW, TZ)
    assert wanted.items() <= plan.steps[0].args.items(), plan


def test_two_of_a_kind_said_in_korean_that_no_filter_picks_is_unclear() -> None:
    """ "es 노드 두대 중" where there are more hosts: ranking all hosts answered another question."""
    plan = plan_question("es 노드 세대 중 지금 메모리 더 높은거", _index(), NOW, TZ)  # two hosts here
    assert plan.route == "REJECT", plan


@pytest.mark.parametrize(
    ("question", "op", "direction"),
    [
        ("pay-api 타고 끝까지 내려가면 나오는 db", "dependencies", None),
        ("kr-sel-web-07 위에 뭐돌아", "neighbors", "in"),
        ("ledger-pg 어느 인스턴스에서 돌아", "neighbors", "out"),
    ],
)
def test_relations_said_in_chat(question: str, op: str, direction: str | None) -> None:
    """Following the chain "끝까지 내려가면" is no failure; "뭐돌아" is "뭐 돌아"; an instance is where it runs."""
    args = plan_question(question, _index(), NOW, TZ).steps[0].args
    assert args["op"] == op and (direction is None or args["direction"] == direction), args


def test_a_kind_of_thing_on_a_host_is_what_runs_there() -> None:
    """ "which cluster runs on X?" of a host recording no `cluster` (other CIs do): what runs on it."""
    index = _index()
    index.attribute_terms = attribute_terms(["cluster"])
    index.ci_keys = {"pay-api": ("cluster",)}
    args = plan_question("which cluster runs on kr-sel-web-07?", index, NOW, TZ).steps[0].args
    assert args["op"] == "neighbors" and args["direction"] == "in", args


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("last week 말고 어제는?", "어제는?"),
        ("CPU 말고 메모리는?", "메모리는?"),
        ("pay-api 말고 다른 서비스는?", "pay-api 말고 다른 서비스는?"),  # other than: kept
        ("pay-api 말고 서비스 목록", "pay-api 말고 서비스 목록"),  # a CI left out: kept
        ("instead of staging, prod?", "prod?"),
    ],
)
def test_what_is_not_meant_is_left_out(question: str, read: str) -> None:
    assert without_replaced(question, _index()) == read


@pytest.mark.parametrize(
    "question", ["majgam-cutoff 마감시간 23시반으로 늦춰줘", "postpone the settlement batch to 02:00"]
)
def test_moving_a_schedule_is_a_change(question: str) -> None:
    refusal = refusal_of(question)
    assert refusal is not None and refusal.category == "changes"
