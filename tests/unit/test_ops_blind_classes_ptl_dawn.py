"""Failure classes found by blind batches 53 (bench/ptl_golden.py: a web portal) and 54
(bench/dawn_golden.py: a dawn grocery delivery company), pinned on the rules planner over the unit estate
of test_rules_planner."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from services.ops.followup import expand
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.moments import parse_moment
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, fleet_index


def _index():
    index = fleet_index()
    index.attribute_terms = attribute_terms(["max_mb", "run", "nodes", "queues"])
    index.ci_keys = {"kafka-main": ("queues",)}
    return index


@pytest.mark.parametrize(
    ("question", "tool", "args"),
    [
        ("ledger-pg 응답시간 최대는", "metric_query", {"agg": "max", "metric": "response_time_ms"}),
        ("where does ledger-pg run?", "graph_query", {"op": "neighbors", "rel_types": ["RUNS_ON"]}),
        ("kr-sel-web-07 노드에 뭐 떠있어", "graph_query", {"direction": "in", "rel_types": ["RUNS_ON"]}),
        ("kafka-main queues 몇개야", "ci_lookup", {"fields": ["attributes.queues"]}),
    ],
)
def test_a_planner_word_some_ci_records_as_a_key_stays_the_planner_s(
    question: str, tool: str, args: dict
) -> None:
    """`max_mb` claimed "최대", `run` "where does X run", `nodes` "X 노드에" (and read 201 off the CI's name)."""
    plan = plan_question(question, _index(), NOW, TZ)
    step = plan.steps[0]
    assert step.tool == tool and args.items() <= step.args.items(), plan
    assert "filters" not in step.args or not step.args["filters"].get("attributes"), plan


@pytest.mark.parametrize("question", ["why?", "근본원인 뭐야 그럼", "root cause?"])
def test_a_why_naming_nothing_asks_about_the_ci_and_time_just_discussed(question: str) -> None:
    context = {
        "question": "What was ledger-pg's peak memory on Sunday?",
        "intent": "aggregate",
        "cis": ["ledger-pg"],
        "asked": ["ledger-pg"],
        "tools": ["metric_query"],
    }
    followup = expand(question, context, _index(), NOW, TZ, lambda: True)
    assert followup is not None and followup.carried["cis"] == ["ledger-pg"], followup
    plan = plan_question(followup.question, _index(), NOW, TZ)
    assert plan.route == "RCA" and plan.steps[0].args["ci"] == "ledger-pg", plan
    assert "Sunday" in followup.question


def test_a_bounded_follow_up_keeps_the_day_asked_before() -> None:
    """ "80 넘은적은 있어?" after "9일 평균은?" asked of the 9th, not the last 24 hours."""
    context = {
        "question": "ledger-pg 디스크 9일 평균",
        "intent": "aggregate",
        "cis": ["ledger-pg"],
        "asked": ["ledger-pg"],
        "tools": ["metric_query"],
    }
    followup = expand("80 넘은적은 있어?", context, _index(), NOW, TZ, lambda: False)
    assert followup is not None and "9일" in followup.question, followup
    args = plan_question(followup.question, _index(), NOW, TZ).steps[0].args
    assert args["start"].startswith("2026-06-08T15:00"), args


def test_twelve_at_dawn_is_just_past_midnight() -> None:
    moment = parse_moment("13일 새벽 12시반쯤 소터 멈춘거 왜", TZ, NOW)
    assert moment is not None and moment.astimezone(ZoneInfo(TZ)).hour == 0
    assert parse_moment("12:30am on the 9th", TZ, NOW).astimezone(ZoneInfo(TZ)).hour == 0


def test_the_same_hour_a_week_ago_is_a_week_back() -> None:
    assert parse_moment("and the same hour a week ago?", TZ, NOW) == NOW - timedelta(weeks=1)


def test_a_deploy_said_then_asked_as_the_cause_is_a_why() -> None:
    plan = plan_question("pay-api 2.8.0 새벽 5시에 배포하고 터졌던데 배포 문제였어?", _index(), NOW, TZ)
    assert plan.route == "RCA" and plan.steps[0].args["ci"] == "pay-api", plan


def test_a_setting_asked_with_a_run_verb_is_no_change_request() -> None:
    from services.ops.policy import refusal_of

    assert refusal_of("pay-api 기사 몇명 기준으로 돌려") is None
    assert refusal_of("pay-api 다시 돌려줘") is not None


def test_the_worst_of_a_kind_is_the_one_ranked_first() -> None:
    """ "토요일 에러 피크 젤 심했던 서비스 머야" answered the fleet's maximum instead of naming the service."""
    plan = plan_question("토요일 에러 피크 젤 심했던 서비스 머야", _index(), NOW, TZ)
    args = plan.steps[0].args
    assert (args["op"], args["n"], args["order"]) == ("top_n", 1, "desc"), plan


def test_an_occasion_said_with_a_space_before_its_time_word_is_one() -> None:
    from services.ops.planner.occasions import occasion_said
    from services.ops.planner.parsing import parse

    said = occasion_said(parse("지진 속보 때 댓글 안써진거 원인 머였어", _index(), NOW, TZ))
    assert said is not None and said.words == ["지진", "속보"]


def test_a_since_on_a_named_day_is_from_then_on_not_around_it() -> None:
    args = plan_question("월요일 14시 이후 pay-api 평균 응답시간", _index(), NOW, TZ).steps[0].args
    start, end = args["start"], args["end"]
    assert start.endswith("05:00:00+00:00") and end > start and not end.startswith(start[:13]), args


def test_days_of_a_month_said_as_a_range_are_those_days() -> None:
    from services.ops.planner.timeparse import parse_window

    window, span = parse_window("ledger-pg 지난주(1~7일) 최고치는", NOW, TZ)
    local = ZoneInfo(TZ)
    assert window is not None and span is not None
    assert (window.start.astimezone(local).day, window.end.astimezone(local).day) == (1, 7)
    assert "ledger-pg 지난주(1~7일) 최고치는"[span[0] : span[1]] == "지난주(1~7일)"


@pytest.mark.parametrize(
    ("question", "route"),
    [
        ("which services broke 10% errors over the weekend?", "AGGREGATE"),
        ("can you change anything in prod for me, or only read?", "DIRECT"),
        ("답변 시간 기준 KST 맞지?", "DIRECT"),
        ("where do your numbers come from?", "DIRECT"),
        ("restart pay-api please", "REJECT"),
    ],
)
def test_thresholds_broken_and_questions_about_the_assistant(question: str, route: str) -> None:
    assert plan_question(question, _index(), NOW, TZ).route == route


def test_that_device_is_the_one_piece_of_equipment_listed() -> None:
    from services.ops.followup_answered import refer_to_one

    types = {"nas-mail-01": "storage", "mail-store": "service", "mail-web": "service"}
    found = refer_to_one("그 장비 담당팀 어디", ["nas-mail-01", "mail-store", "mail-web"], types)
    assert found is not None and found[1] == "nas-mail-01"


def test_a_data_layout_key_is_no_secret_and_an_lb_balances_downstream() -> None:
    from services.ops.policy import refusal_of

    assert refusal_of("what's the shard key for pay-api?") is None
    assert refusal_of("what's the api key for pay-api?") is not None
    plan = plan_question("which services does edge-lb-1 balance traffic to?", _index(), NOW, TZ)
    assert plan.route == "GRAPH" and plan.intent == "downstream", plan


def test_that_db_after_a_why_is_its_root_but_of_a_list_is_ambiguous() -> None:
    from services.ops.followup_answered import refer_to_one

    types = {"rds-a": "database", "app": "service", "rds-b": "database"}
    assert refer_to_one("그 db 관리 누가해", ["rds-a", "app", "rds-b"], types, root_first=True)[1] == "rds-a"
    assert refer_to_one("그 db 관리 누가해", ["rds-a", "app", "rds-b"], types) is None


def test_a_count_naming_its_one_ci_in_its_sentence_answers_it_a_problem_list_its_ci_column() -> None:
    from services.ops.followup_answered import answered_cis

    names = {"hn-22": "hn-22", "route9": "route9", "i-0e5": "i-0e5"}
    count = [
        {"type": "text", "text": "There are 1 CIs matching type=host, status=maintenance: hn-22."},
        {"type": "table", "columns": ["filter", "count"], "rows": [["type=host, status=maintenance", 1]]},
    ]
    assert answered_cis(count, names, []) == ["hn-22"]
    problems = [
        {"type": "text", "text": "19 problems on 8 CIs. The worst: i-0e5 — memory 98%"},
        {
            "type": "table",
            "columns": ["severity", "ci"],
            "rows": [["critical", "i-0e5"], ["major", "route9"]],
        },
    ]
    assert answered_cis(problems, names, []) == ["i-0e5", "route9"]  # its table's CI column, worst first


def test_a_far_end_named_by_words_nothing_reads_is_unclear() -> None:
    """ "which sensor hubs connect to ondo-broker?" listed every dependent as the hubs."""
    from services.ops.planner.parsing import parse
    from services.ops.planner.unknown_words import unread_in_type_slot

    p = parse("which sensor hubs connect to kafka-main?", _index(), NOW, TZ)
    assert unread_in_type_slot(p, _index()) == ["sensor"]
    assert (
        unread_in_type_slot(parse("which services connect to kafka-main?", _index(), NOW, TZ), _index()) == []
    )


def test_a_why_of_the_state_as_it_is_asks_about_now_not_the_day_before() -> None:
    """ "왜 이렇게 찼어" after "수요일 평균은" is why it is so full now (lotto-toto), not Wednesday."""
    context = {
        "question": "ledger-pg 메모리 월요일 평균",
        "intent": "aggregate",
        "cis": ["ledger-pg"],
        "asked": ["ledger-pg"],
        "tools": ["metric_query"],
    }
    now_why = expand("왜 이렇게 찼어", context, _index(), NOW, TZ, lambda: True)
    assert now_why is not None and "월요일" not in now_why.question, now_why
    then_why = expand("왜?", context, _index(), NOW, TZ, lambda: True)
    assert then_why is not None and "월요일" in then_why.question, then_why


def test_a_since_on_yesterday_asked_after_midnight_runs_up_to_now() -> None:
    """ "수요일 14시 이후" asked at 00:35 on Thursday: from Wednesday 14:00 up to now, not to Wednesday's end."""
    from datetime import UTC, datetime

    from services.ops.planner.timeparse import parse_window

    just_after_midnight = datetime(2027, 10, 20, 15, 35, tzinfo=UTC)  # Thursday 00:35 KST
    window, _ = parse_window("수요일 14시 이후 pay-api 평균", just_after_midnight, TZ)
    assert window is not None and window.end == just_after_midnight
    noon = datetime(2027, 10, 21, 3, 35, tzinfo=UTC)  # Thursday 12:35 KST: Wednesday's afternoon and evening
    window, _ = parse_window("수요일 14시 이후 pay-api 평균", noon, TZ)
    assert window is not None and window.end < noon - timedelta(hours=12)


def _keyed_index():
    index = fleet_index()
    index.attribute_terms = attribute_terms(["first_wave"])
    index.ci_keys = {
        "token-redis": ("maxmemory_policy", "version"),
        "ledger-pg": ("first_wave", "waves_per_night"),
    }
    return index


@pytest.mark.parametrize(
    ("question", "tool", "wanted"),
    [
        ("token-redis 메모리 정책 뭐로 돼있지", "ci_lookup", {"fields": ["attributes.maxmemory_policy"]}),
        ("token-redis 메모리 얼마야", "metric_query", {"metric": "memory_usage"}),
        ("ledger-pg 하룻밤에 웨이브 몇개 만들어", "ci_lookup", {"fields": ["attributes.waves_per_night"]}),
    ],
)
def test_a_metric_word_or_a_night_beside_a_key_word_spells_the_key(
    question: str, tool: str, wanted: dict
) -> None:
    """ "메모리 정책" is `maxmemory_policy` (a metric's word alone stays the metric); "하룻밤" is one night, a
    key's part (`waves_per_night`, whose "waves" is spelt as "wave" is), not a window."""
    plan = plan_question(question, _keyed_index(), NOW, TZ)
    step = plan.steps[0]
    assert step.tool == tool and wanted.items() <= step.args.items(), plan
    assert "window" not in step.args and "start" not in step.args, plan
