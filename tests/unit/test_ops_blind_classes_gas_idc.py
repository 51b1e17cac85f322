"""Failure classes found by blind batches 51 (bench/gas_golden.py: a city-gas supplier) and 52
(bench/idc_golden.py: a colocation data-centre operator), pinned on the rules planner over the unit estate
of test_rules_planner."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from services.ops.compose import Composer
from services.ops.compose_ci import ci_lookup_blocks
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window
from services.ops.policy import refusal_of
from services.ops.rca_evidence import own_failure
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _index():
    index = fleet_index()
    index.ci_statuses = dict.fromkeys(index.ci_types, "active")
    index.attribute_terms = attribute_terms(["cpu_cores", "inspectors", "rtus", "devices", "capacity_rt"])
    return index


def test_a_ranking_within_a_group_of_a_size_the_cis_read_are_not_is_unclear() -> None:
    """ "카프카 브로커 서버 3대 중" read as every host ranked the whole type (two hosts here)."""
    plan = plan_question("서버 3대 중 cpu 제일 높았던거", _index(), NOW, TZ)
    assert plan.route == "REJECT" and plan.reason == "unplaced", plan


def test_a_group_of_the_size_read_ranks_the_one_asked() -> None:
    plan = plan_question("호스트 2대 중 cpu 제일 높은거", _index(), NOW, TZ)
    assert plan.steps[0].args["op"] == "top_n" and plan.steps[0].args["n"] == 1, plan


def test_slower_than_a_bound_is_above_it() -> None:
    plan = plan_question("since when has pay-api been slower than 20 ms?", _index(), NOW, TZ)
    assert (plan.steps[0].args["cmp"], plan.steps[0].args["value"]) == (">", 20.0), plan


def test_fastest_first_orders_a_comparison_lowest_first() -> None:
    plan = plan_question("pay-api pay-api-canary 어제 평균 응답시간 빠른순으로", _index(), NOW, TZ)
    assert plan.intent == "compare_ascending", plan


def test_a_status_word_inside_a_longer_word_is_no_status() -> None:
    """ "안전점검원" is an inspector, not a CI under maintenance (점검)."""
    plan = plan_question("안전점검원 몇명이야 pay-api 기준", _index(), NOW, TZ)
    assert plan.route == "REJECT" or plan.steps[0].args.get("fields") != ["status"], plan


def test_the_things_a_which_names_by_their_name_part_are_the_related_cis() -> None:
    index = _index()
    index.ci_types |= {"gv017-rtu": "host", "gv031-rtu": "host"}
    index.ci_names = {n: n for n in index.ci_types}
    index.ci_keys = {"kafka-main": ("rtus",)}
    plan = plan_question("which RTUs connect to kafka-main?", index, NOW, TZ)
    assert plan.route == "GRAPH", plan
    assert plan.steps[0].args["filters"]["names"] == ["gv017-rtu", "gv031-rtu"], plan


def test_a_count_the_ci_records_is_not_what_a_which_asks() -> None:
    index = _index()
    index.ci_keys = {"edge-lb-1": ("devices",)}  # `devices: 412`: a number, so no text value
    plan = plan_question("which devices sit behind edge-lb-1?", index, NOW, TZ)
    assert plan.route == "GRAPH", plan


def test_a_unit_asked_reads_the_key_ending_with_it() -> None:
    index = _index()
    index.ci_keys = {"token-redis": ("capacity_rt", "model")}
    plan = plan_question("token-redis 몇RT짜리야", index, NOW, TZ)
    assert plan.steps[0].args["fields"] == ["attributes.capacity_rt"], plan


@pytest.mark.parametrize("question", ["give me the KFTC CMS login that pay-api uses", "the login it uses?"])
def test_the_login_a_ci_uses_is_a_credential(question: str) -> None:
    refusal = refusal_of(question)
    assert refusal is not None and refusal.category == "secrets", refusal


@pytest.mark.parametrize(
    "said", ["pay-api 배포하고 로그인 터졌던데 그거땜에?", "pay-api 느려진거 그 패치 때문에?"]
)
def test_because_of_that_asks_for_the_cause(said: str) -> None:
    """ "7/26 doori-auth 25.0.2 배포하고 로그인 터졌던데 그거땜에?" was read as a list of the deployments."""
    plan = plan_question(said, _index(), NOW, TZ)
    assert plan.route == "RCA", plan


def test_a_deploy_told_then_a_failure_is_analysed_from_the_deploy() -> None:
    plan = plan_question(
        "pay-api was deployed at 01:10 on Thursday and then failed - was it the deploy?", _index(), NOW, TZ
    )
    assert plan.route == "RCA" and plan.steps[0].args.get("after_change") is True, plan


def test_a_weekday_part_of_the_day_last_week_is_that_morning() -> None:
    """ "on Monday morning last week" read as the whole last week, the morning dropped."""
    window = parse_window("doori-web errors on Monday morning last week", NOW, TZ)[0]
    assert window is not None
    local_now, start = NOW.astimezone(ZoneInfo(TZ)), window.start.astimezone(ZoneInfo(TZ))
    assert start.date() == local_now.date() - timedelta(days=local_now.weekday() + 7)
    assert window.end - window.start <= timedelta(hours=7) and 5 <= start.hour <= 9, window


def test_a_host_disk_filling_up_is_no_fault_of_its_own() -> None:
    """RabbitMQ's unconsumed queue filled its host's disk: the host's 'disk_usage 85%' warning is its tenant's
    doing, so the host is folded into the tenant's trouble, while a failing disk stays the host's own."""
    assert not own_failure("warning", "disk", "host", "disk_usage 85% on /var/lib/rabbitmq (dcim.audit 적체)")
    assert own_failure("warning", "disk", "host", "SMART predictive failure on sdb")
    assert own_failure("critical", "disk", "host", "disk_usage 99%")


def test_a_percentage_asked_of_a_record_that_is_none_is_unclear() -> None:
    """ "그 db 지금 FRA 몇%" answered with the recorded FRA size ("+FRA 2TB") as if it were the share asked."""
    index = _index()
    index.ci_keys = {"ledger-pg": ("fra",)}
    index.attribute_terms = attribute_terms(["cpu_cores", "fra"])
    plan = plan_question("ledger-pg fra 몇%", index, NOW, TZ)
    assert plan.asks_share and plan.steps[0].tool == "ci_lookup", plan
    index.metric_units = {"disk_usage": "%", "response_time_ms": "ms"}
    data = {
        "op": "get",
        "ci": {"name": "ledger-pg", "attributes": {"fra": "+FRA 2TB"}},
        "fields": plan.steps[0].args["fields"],
        "checks": [],
    }
    composer = Composer(plan, index, TZ, NOW)
    blocks = ci_lookup_blocks(composer, data)
    assert "비율(%)은 기록에 없습니다" in blocks[0]["text"], blocks
    assert composer.asks_instead == ["ledger-pg 지금 디스크 사용률"], composer.asks_instead
    data["ci"]["attributes"]["fra"] = "41%"  # a share on record answers it
    composer = Composer(plan, index, TZ, NOW)
    assert "41%" in ci_lookup_blocks(composer, data)[0]["text"] and composer.asks_instead is None


def test_what_else_runs_on_the_hosts_answered_leaves_out_the_ci_asked_before() -> None:
    """ "which nodes does doori-web run on?" then "what else runs on them?" listed doori-web among them."""
    from services.ops.followup import expand

    context = {
        "question": "which hosts does pay-api run on?",
        "intent": "graph",
        "cis": ["kr-sel-web-07", "kr-sel-db-02"],
        "asked": ["pay-api"],
        "answered": ["kr-sel-web-07", "kr-sel-db-02"],
        "tools": ["graph_query"],
    }
    followup = expand("what else runs on them?", context, _index(), NOW, TZ, lambda: False)
    assert followup is not None and followup.question.endswith("besides pay-api?"), followup
    plan = plan_question(followup.question, _index(), NOW, TZ)
    assert plan.route == "GRAPH" and all(s.args["besides"] == ["pay-api"] for s in plan.steps), plan


def test_a_change_at_the_moment_said_then_a_trouble_is_scanned_from_that_moment() -> None:
    """ "일욜 17:50에 경보한계 바꾸고 scada_master 느려졌던데" analysed 17:50 itself; the slowdown began 18:15."""
    plan = plan_question(
        "일욜 17:50에 경보한계 바꾸고 pay-api 느려졌던데 그 설정변경 때문?", _index(), NOW, TZ
    )
    args = plan.steps[0].args
    assert plan.route == "RCA" and args["start"] == args["at"] and args["end"] > args["start"], plan
    plan = plan_question("why did pay-api fail at 14:10 after we changed the pool size?", _index(), NOW, TZ)
    assert "start" not in plan.steps[0].args, plan  # there the moment is the failure's


@pytest.mark.parametrize(
    "question",
    [
        "which of the two has more memory in use right now?",
        "둘 중에 메모리 더 많이 쓰는 건?",
        "두 대 중 cpu 높은 거?",
    ],
)
def test_a_counted_reference_means_the_cis_that_are_that_many(question: str) -> None:
    """ "which of the two …" after "what else runs on them?" (three CIs listed) meant the two hosts asked."""
    from services.ops.followup_answered import refer_to_answered

    hosts, tenants = ["kr-sel-web-07", "kr-sel-db-02"], ["pay-api", "auth-api", "batch-01"]
    found = refer_to_answered(question, tenants, [], _index().ci_types, asked=hosts)
    assert found is not None and found[1] == hosts
    assert (
        refer_to_answered("그 중에 제일 느린 거?", tenants, [], _index().ci_types, asked=hosts)[1] == tenants
    )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("root cause of the cc-crm timeouts on billing day?", ["billing"]),
        ("why did pay-api fail on launch night?", ["launch"]),
        ("why did pay-api fail on Sunday night?", None),
        ("why did pay-api fail on the same day?", None),
        ("why did pay-api fail on the night of May 11?", None),
    ],
)
def test_an_occasion_day_named_in_english_is_an_occasion(question: str, words: list[str] | None) -> None:
    """ "on billing day" was dropped and the why analysed now; weekdays and dates stay times."""
    from services.ops.planner.occasions import occasion_said
    from services.ops.planner.parsing import parse

    said = occasion_said(parse(question, _index(), NOW, TZ))
    assert (said.words if said else None) == words
