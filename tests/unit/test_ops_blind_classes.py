"""Failure classes found by the third and fourth blind question batches (bench/*_golden_blind.py), pinned on
the rules planner alone over the unit estate of test_rules_planner (other names than the estates that found
them)."""

from datetime import datetime, timedelta

import pytest

from services.ops.plan import Route
from services.ops.planner.entities import EntityIndex
from services.ops.planner.rules import plan_question
from tests.unit.test_rules_planner import NOW, TZ, index  # noqa: F401  (the module's estate fixture)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("can you bounce pay-api for me", "changes"),
        ("flush token-redis", "changes"),
        ("token-redis 캐시 비워줘", "changes"),
        ("what's the admin login for kr-sel-web-07?", "secrets"),
        ("ledger-pg 관리자 계정 알려줘", "secrets"),
    ],
)
def test_more_change_verbs_and_credentials_are_refused(
    index: EntityIndex,  # noqa: F811
    question: str,
    category: str,
) -> None:
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.route, plan.reason) == (Route.REJECT, category)


def test_history_of_a_change_verb_is_no_request(index: EntityIndex) -> None:  # noqa: F811
    assert (
        plan_question("how many times did pay-api fail over last week?", index, NOW, TZ).route != Route.REJECT
    )


@pytest.mark.parametrize(
    "question",
    [
        "지금뭐가문제야",
        "온콜 방금 넘겨받았는데 현재 이슈 정리 좀 해줘",
        "give me a quick health check of the whole estate",
        "any alerts going off rn?",
        "현재 터진거 있음?",
        "현재 critical한거 뭐있음",
        "status check pls, anything i should worry about?",
    ],
)
def test_colloquial_what_is_wrong_now(index: EntityIndex, question: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).intent == "wrong_now"


@pytest.mark.parametrize(
    "question",
    [
        "what are you able to look at for me?",
        "여기서 어떤 질문 할 수 있어?",
        "how do you work out root causes?",
        "넌 무슨 데이터 기반으로 답해?",
    ],
)
def test_questions_about_the_assistant_are_answered(index: EntityIndex, question: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).route == Route.DIRECT


@pytest.mark.parametrize(
    ("question", "expected"),
    [  # NOW is 12:00 KST = 03:00 UTC
        ("pay-api latency spike around 8am — root cause?", {"at": "2026-06-09T23:00:00+00:00"}),
        (
            "어제 23시~24시 pay-api 에러 근본원인",
            {"start": "2026-06-09T14:00:00+00:00", "end": "2026-06-09T15:00:00+00:00"},
        ),
        (
            "what went on with pay-api between 07:30 and 09:30 today?",
            {"start": "2026-06-09T22:30:00+00:00", "end": "2026-06-10T00:30:00+00:00"},
        ),
        (
            "what's been going on with pay-api since last night?",
            {"start": "2026-06-09T09:00:00+00:00", "end": "2026-06-10T03:00:00+00:00"},
        ),
        ("pay-api got slow at 3 p.m. yesterday, why?", {"at": "2026-06-09T06:00:00+00:00"}),
    ],
)
def test_moments_ranges_and_since_a_part_of_the_day(
    index: EntityIndex,  # noqa: F811
    question: str,
    expected: dict,
) -> None:
    (step,) = plan_question(question, index, NOW, TZ).steps
    assert {k: step.args.get(k) for k in expected} == expected


def test_a_symptom_then_whats_behind_it_asks_why(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("pay-api started timing out at 11:25, what's behind it?", index, NOW, TZ)
    assert plan.route == Route.RCA


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("token-redis 쓰는 서비스 뭐뭐있어", {"op": "dependents", "ci": "token-redis", "types": ["service"]}),
        ("token-redis 누가 씀?", {"op": "dependents", "ci": "token-redis"}),
        ("pay-api 쓰는 거 뭐야", {"op": "dependencies", "ci": "pay-api"}),
        ("pay-api랑 pay-api-canary 둘 다 쓰는거", {"op": "shared", "direction": "out"}),
        ("which boxes is ledger-pg on?", {"op": "neighbors", "direction": "out", "rel_types": ["RUNS_ON"]}),
        ("Which databases does pay-api ultimately rely on?", {"op": "dependencies", "depth": 10}),
        ("pay-api에서 3홉 이내에 있는 DB는?", {"op": "dependencies", "depth": 3, "types": ["database"]}),
        ("Which caches are at most 2 hops from pay-api?", {"op": "dependencies", "depth": 2}),
        ("which hosts get hit if ledger-pg dies?", {"op": "dependents", "types": ["host"], "depth": 10}),
    ],
)
def test_relation_phrasings(index: EntityIndex, question: str, expected: dict) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert plan.route == Route.GRAPH, plan
    (step,) = plan.steps
    assert {k: step.args.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("question", "unplaced"),
    [
        ("What's the packet loss on edge-lb-1?", "packet loss"),
        ("kr-sel-web-07 온도 몇도야?", "온도"),
        ("what's the queue depth of kafka-main?", "queue depth"),
    ],
)
def test_a_value_nothing_holds_is_unclear(index: EntityIndex, question: str, unplaced: str) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.route, plan.reason, plan.detail.split("|")[1]) == (Route.REJECT, "unplaced", unplaced)


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("kr-sel-web-07 코어 몇 개야?", "attributes.cpu_cores"),
        ("what's the IP of kr-sel-web-07", "attributes.ip"),
        ("What is the status of ledger-pg?", "status"),
    ],
)
def test_known_fields_are_still_looked_up(index: EntityIndex, question: str, field: str) -> None:  # noqa: F811
    (step,) = plan_question(question, index, NOW, TZ).steps
    assert step.args["fields"] == [field]


@pytest.mark.parametrize(
    "question", ["그 서버 디스크 몇 %야?", "그거 CPU 지금 몇이야?", "what's its cpu right now?"]
)
def test_a_pointer_with_nothing_to_point_at_is_unclear(index: EntityIndex, question: str) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.route, plan.reason) == (Route.REJECT, "unclear")
    assert plan_question("에러율이 높은 서비스는?", index, NOW, TZ).route != Route.REJECT


# --- batch 4 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what needs my attention right now?",
        "are we having an outage?",
        "장애 난 데 있어?",
        "요즘 상태 어때? 급한 거 있나",
        "블프인데 지금 괜찮냐 전체적으로",
    ],
)
def test_a_problem_word_alone_asks_what_is_wrong_now(index: EntityIndex, question: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).intent == "wrong_now"


def test_counting_incidents_or_a_pronoun_is_not_what_is_wrong_now(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("How many incidents in the last 24 hours?", index, NOW, TZ).intent == "events_count"
    assert plan_question("is it still broken?", index, NOW, TZ).intent != "wrong_now"


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        (
            "anything unusual on pay-api yesterday evening?",
            "timeline",
            {"start": "2026-06-09T09:00:00+00:00", "end": "2026-06-09T15:00:00+00:00"},
        ),
        ("ledger-pg 오늘 아침에 뭔 일이 있었던 거야?", "timeline", {"start": "2026-06-09T21:00:00+00:00"}),
        (
            "did anything happen to pay-api overnight?",
            "timeline",
            {"start": "2026-06-09T09:00:00+00:00", "end": "2026-06-09T21:00:00+00:00"},
        ),
        (
            "give me the timeline for ledger-pg between 9 and 11 am",
            "timeline",
            {"start": "2026-06-10T00:00:00+00:00", "end": "2026-06-10T02:00:00+00:00"},
        ),
        ("what made pay-api slow down at 7:55 this morning?", "rca", {"at": "2026-06-09T22:55:00+00:00"}),
        ("pay-api errors last night — what triggered them?", "rca", {"end": "2026-06-09T21:00:00+00:00"}),
        ("how low did the error rate of pay-api get in the last 12 hours?", "aggregate", {"agg": "min"}),
        ("요청 제일 많이 받는 서비스 3개 지금", "top_n", {"metric": "request_rate", "n": 3, "order": "desc"}),
        # a ranking adjective without 가장/most and a counted number of CIs is a top N
        (
            "최근 1시간 평균 응답 느린 DB 3개",
            "top_n",
            {"metric": "response_time_ms", "n": 3, "order": "desc"},
        ),
        ("지난 1시간 CPU 낮은 호스트 2대", "top_n", {"metric": "cpu_usage", "n": 2, "order": "asc"}),
    ],
)
def test_happened_why_and_window_phrasings(
    index: EntityIndex,  # noqa: F811
    question: str,
    intent: str,
    expected: dict,
) -> None:
    plan = plan_question(question, index, NOW, TZ)
    assert plan.intent == intent, plan
    assert {k: plan.steps[0].args.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        (
            "which services would notice if token-redis went away?",
            "impact",
            {"op": "dependents", "types": ["service"], "depth": 10},
        ),
        ("pay-api가 부르는 서비스들", "dependencies", {"op": "dependencies", "ci": "pay-api"}),
        ("ledger-pg에 붙는 애들 누구야", "dependents", {"op": "dependents", "ci": "ledger-pg"}),
        ("which queues sit under pay-api, at any depth?", "dependencies", {"depth": 10, "types": ["queue"]}),
        ("pay-api랑 pay-api-canary 공유하는 의존성", "shared", {"op": "shared", "direction": "out"}),
        ("is there a path from pay-api to ledger-pg?", "reach", {"op": "path", "direction": "out"}),
    ],
)
def test_more_relation_phrasings(index: EntityIndex, question: str, intent: str, expected: dict) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert plan.intent == intent, plan
    assert {k: plan.steps[0].args.get(k) for k in expected} == expected


def test_actions_on_tickets_and_people_are_refused(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("open a ticket for the pay-api outage and page the owner", index, NOW, TZ)
    assert (plan.route, plan.reason) == (Route.REJECT, "changes")


# --- batch 5 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("turn off the nightly batch on ledger-pg", "changes"),
        ("ledger-pg 커넥션 수 한도 올려", "changes"),
        ("ledger-pg 덤프 떠줘", "changes"),
    ],
)
def test_more_requests_to_act_are_refused(index: EntityIndex, question: str, category: str) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.route, plan.reason) == (Route.REJECT, category)


@pytest.mark.parametrize(
    ("question", "intent", "expected"),
    [
        ("지금 알람 뜬 거 있어?", "wrong_now", {}),
        ("give me a status rundown", "wrong_now", {}),
        ("anything I need to know before I go to bed?", "wrong_now", {}),
        ("최근 알람 5개", "events_list", {"limit": 5}),
        ("what was going on with pay-api around 8?", "timeline", {"start": "2026-06-09T22:00:00+00:00"}),
        ("pay-api stalled around half past nine, why?", "rca", {"at": "2026-06-10T00:30:00+00:00"}),
        ("explain the pay-api failures", "rca", {"ci": "pay-api"}),
        ("token-redis 설정 바뀐 거 있어?", "timeline", {"ci": "token-redis"}),
        ("show me the history of ledger-pg today", "timeline", {"ci": "ledger-pg"}),
        ("how busy was edge-lb-1 over the last 6 hours on average?", "aggregate", {"metric": "request_rate"}),
        ("shortest route from pay-api to ledger-pg", "path", {"op": "path"}),
        ("which services depend on ledger-pg, directly or not?", "dependents", {"depth": 10}),
        ("edge-lb-1 밑으로 연결된 서비스 전부", "dependencies", {"depth": 10, "types": ["service"]}),
        ("list the hosts behind ledger-pg", "runs_on", {"rel_types": ["RUNS_ON"]}),
    ],
)
def test_batch5_phrasings(index: EntityIndex, question: str, intent: str, expected: dict) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    assert plan.intent == intent, plan
    assert {k: plan.steps[0].args.get(k) for k in expected} == expected


def test_two_aggregations_of_one_series_are_both_answered(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("어제 ledger-pg 응답시간 평균이랑 최대", index, NOW, TZ)
    assert [s.args["agg"] for s in plan.steps] == ["avg", "max"]


def test_an_unknown_word_before_a_type_noun_is_an_unknown_name(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("쿠폰 DB 상태 어때", index, NOW, TZ)
    assert (plan.route, plan.reason, plan.detail) == (Route.REJECT, "unknown_ci", "쿠폰")


def test_a_bare_number_after_at_is_a_moment_only_when_it_ends_the_phrase(index: EntityIndex) -> None:  # noqa: F811
    from services.ops.planner.moments import parse_moment

    assert parse_moment("top 3 at 5 hosts", TZ, NOW) is None
    assert parse_moment("cpu around 80%", TZ, NOW) is None


# --- batch 6 ---------------------------------------------------------------------------------------------


def test_a_relation_of_two_cis_joined_by_and_is_asked_of_each(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("which hosts run ledger-pg and token-redis?", index, NOW, TZ)
    assert [(s.args["op"], s.args["ci"]) for s in plan.steps] == [
        ("neighbors", "ledger-pg"),
        ("neighbors", "token-redis"),
    ]
    assert (
        plan_question("what do pay-api and pay-api-canary both depend on?", index, NOW, TZ).intent == "shared"
    )


def test_only_a_question_whether_a_path_exists_is_yes_or_no(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("pay-api에서 ledger-pg까지 경로 보여줘", index, NOW, TZ).intent == "path"
    assert plan_question("pay-api에서 ledger-pg까지 경로 있어?", index, NOW, TZ).intent == "reach"


def test_hurting_or_failing_alone_is_what_is_wrong_now(index: EntityIndex) -> None:  # noqa: F811
    assert plan_question("what's hurting right now?", index, NOW, TZ).intent == "wrong_now"


# --- issue 8, known classes after batch 6 ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["critical hosts", "critical한 서비스 있어?", "any major issues on databases?"]
)
def test_a_severity_named_with_a_type_lists_those_events(index: EntityIndex, question: str) -> None:  # noqa: F811
    plan = plan_question(question, index, NOW, TZ)
    (step,) = plan.steps
    assert step.tool == "event_query" and step.args.get("severity") in ("critical", "major")
    assert step.args["filters"]["type"] in ("host", "service", "database")


def test_a_severity_no_step_uses_is_unclear(index: EntityIndex) -> None:  # noqa: F811
    from services.ops.honesty import unused_severities
    from services.ops.planner.parsing import parse

    parsed = parse("ledger-pg critical 속성", index, NOW, TZ)
    plan = plan_question("ledger-pg 속성", index, NOW, TZ)
    assert unused_severities(plan, parsed) == ["critical"]
    assert unused_severities(plan, parse("주요 서비스 목록", index, NOW, TZ)) == []  # "main", no severity


@pytest.mark.parametrize("question", ["which services are running slowly?", "느리게 도는 서비스 있어?"])
def test_slow_ranks_by_response_time_and_running_is_no_status(index: EntityIndex, question: str) -> None:  # noqa: F811
    (step,) = plan_question(question, index, NOW, TZ).steps
    assert (step.tool, step.args["metric"], step.args["order"]) == (
        "metric_query",
        "response_time_ms",
        "desc",
    )
    assert "status" not in step.args["filters"]


def test_running_on_a_host_is_hosting_not_a_status(index: EntityIndex) -> None:  # noqa: F811
    (step,) = plan_question("which services are running on kr-sel-web-07?", index, NOW, TZ).steps
    assert step.args["direction"] == "in" and "filters" not in step.args


def test_a_metric_named_with_problems_is_what_is_wrong_now_with_its_ranking(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("is black friday traffic causing problems anywhere?", index, NOW, TZ)
    assert plan.intent == "wrong_now"
    assert [s.args["op"] for s in plan.steps] == ["problems", "top_n"]
    assert plan.steps[1].args["metric"] == "request_rate"


# --- batch 7 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["현재 알럿 올라온 거 요약해줘", "지금 얼럿 뜬 거 있어?"])
def test_alert_loanwords_are_alerts(index: EntityIndex, question: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).intent == "wrong_now"


def test_a_korean_attribute_word_inside_another_word_is_not_that_attribute(index: EntityIndex) -> None:  # noqa: F811
    from dataclasses import replace

    from services.ops.planner.index_terms import attribute_terms

    keys = ["cpu_cores", "ip", "os", "kernel_version", "memory_gb", "capacity_tb"]  # capacity_tb: "용량"
    with_capacity = replace(index, attribute_terms=attribute_terms(keys), _patterns={})
    question = "kr-sel-web-07 메모리 사용량 몇 퍼센트?"  # 용량 inside 사용량
    (step,) = plan_question(question, with_capacity, NOW, TZ).steps
    assert (step.tool, step.args["metric"]) == ("metric_query", "memory_usage")
    (step,) = plan_question("kr-sel-web-07 메모리 용량", with_capacity, NOW, TZ).steps
    assert step.args["fields"] == ["attributes.memory_gb"]


@pytest.mark.parametrize(
    "question",
    ["어제 장애 있었음?", "지난주 큰 장애 있었어?", "were there problems yesterday?", "어제 괜찮았어?"],
)
def test_a_problem_word_beside_a_past_window_lists_that_windows_serious_events(
    index: EntityIndex,  # noqa: F811
    question: str,
) -> None:
    plan = plan_question(question, index, NOW, TZ)
    assert plan.intent == "events_list", plan
    args = plan.steps[0].args
    assert args["min_severity"] == "major" and args["end"] <= NOW.isoformat(), args


def test_a_metric_beside_a_past_window_is_no_outage_list(index: EntityIndex) -> None:  # noqa: F811
    plan = plan_question("어제 pay-api cpu 문제 있었어?", index, NOW, TZ)
    assert "min_severity" not in (plan.steps[0].args if plan.steps else {}), plan


@pytest.mark.parametrize(
    "question",
    ["were there any major incidents yesterday?", "어제 메이저 장애 목록", "critical outages last week"],
)
def test_a_grade_before_an_incident_noun_is_a_floor(index: EntityIndex, question: str) -> None:  # noqa: F811
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert "severity" not in args and args["min_severity"] in ("major", "critical"), args


@pytest.mark.parametrize(
    "question", ["anything red on the board rn?", "what's red right now?", "빨간불 들어온 데 있어?"]
)
def test_red_on_a_board_is_what_is_wrong_now(index: EntityIndex, question: str) -> None:  # noqa: F811
    assert plan_question(question, index, NOW, TZ).intent == "wrong_now"


@pytest.mark.parametrize(
    ("question", "minutes"),
    [("어제 밤 11시쯤 pay-api 이상했던거 원인", 60), ("why was pay-api slow around 11:40?", 50)],
)
def test_a_root_cause_around_a_moment_scans_either_side_for_the_onset(
    index: EntityIndex,  # noqa: F811
    question: str,
    minutes: int,
) -> None:
    args = plan_question(question, index, NOW, TZ).steps[0].args
    start, end, moment = (datetime.fromisoformat(args[k]) for k in ("start", "end", "at"))
    assert end - start == timedelta(minutes=minutes) and start + timedelta(minutes=30) == moment, args


def test_a_root_cause_at_an_exact_moment_stays_anchored_there(index: EntityIndex) -> None:  # noqa: F811
    args = plan_question("why was pay-api slow at 09:10?", index, NOW, TZ).steps[0].args
    assert "start" not in args, args
