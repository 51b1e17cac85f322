"""The rules planner on an estate it was not written for: other names, other phrasings."""

from datetime import UTC, datetime

import pytest

from services.ops.plan import Route
from services.ops.planner.entities import EntityIndex
from services.ops.planner.index_terms import attribute_terms
from services.ops.planner.rules import plan_question
from services.ops.planner.timeparse import parse_window

NOW = datetime(2026, 6, 10, 3, 0, tzinfo=UTC)  # 12:00 in Seoul
TZ = "Asia/Seoul"
CATALOG = {
    "cpu_usage": ("%", ["cpu", "cpu usage", "processor"], ["CPU", "CPU 사용률", "CPU 사용량", "CPU 점유율"]),
    "memory_usage": ("%", ["memory", "ram"], ["메모리", "메모리 사용률"]),
    "response_time_ms": ("ms", ["response time", "latency"], ["응답시간", "응답 시간", "레이턴시"]),
    "error_rate": ("%", ["error rate", "errors"], ["에러율", "오류율"]),
    "request_rate": ("req/s", ["request rate", "rps", "traffic"], ["요청수", "요청 수", "초당 요청"]),
    "disk_usage": ("%", ["disk", "disk usage"], ["디스크", "디스크 사용률"]),
}


def fleet_index() -> EntityIndex:
    """A small estate of other names: a host, services, a database, a cache, an LB and a queue."""
    idx = EntityIndex()
    idx.ci_types = {
        "kr-sel-web-07": "host",
        "pay-api": "service",
        "pay-api-canary": "service",
        "ledger-pg": "database",
        "token-redis": "cache",
        "edge-lb-1": "load_balancer",
        "kafka-main": "queue",
        "kr-sel-db-02": "host",
    }
    idx.owners = ["fin-platform"]
    idx.locations = ["seoul-az1", "busan-az2"]
    terms = []
    for metric, (unit, en, ko) in CATALOG.items():
        idx.metric_units[metric] = unit
        idx.metric_labels[metric] = {"ko": ko[-1], "en": en[-1]}
        terms += [(t.lower(), metric) for t in [metric, *en, *ko]]
    idx.metric_terms = sorted(set(terms), key=lambda t: len(t[0]), reverse=True)
    idx.attribute_terms = attribute_terms(["cpu_cores", "ip", "os", "kernel_version", "memory_gb"])
    return idx


@pytest.fixture(scope="module")
def index() -> EntityIndex:
    return fleet_index()


@pytest.mark.parametrize(
    ("question", "route", "tool", "expected"),
    [
        (
            "kr-sel-web-07 CPU 지금 몇 %야?",
            Route.LOOKUP,
            "metric_query",
            {"op": "latest", "ci": "kr-sel-web-07"},
        ),
        (
            "pay-api 레이턴시 최근 3시간 p95",
            Route.AGGREGATE,
            "metric_query",
            {"op": "aggregate", "agg": "p95", "ci": "pay-api", "metric": "response_time_ms"},
        ),
        (
            "peak latency of pay-api-canary over the past 2 days",
            Route.AGGREGATE,
            "metric_query",
            {"op": "aggregate", "agg": "max", "ci": "pay-api-canary"},
        ),
        (
            "어제 ledger-pg 평균 메모리",
            Route.AGGREGATE,
            "metric_query",
            {
                "op": "aggregate",
                "agg": "avg",
                "start": "2026-06-08T15:00:00+00:00",
                "end": "2026-06-09T15:00:00+00:00",
            },
        ),
        (
            "busiest 3 services by request rate today",
            Route.AGGREGATE,
            "metric_query",
            {"op": "top_n", "n": 3, "filters": {"type": "service"}, "start": "2026-06-09T15:00:00+00:00"},
        ),
        (
            "에러율 2% 넘는 서비스 알려줘",
            Route.AGGREGATE,
            "metric_query",
            {"op": "threshold", "cmp": ">", "value": 2.0, "filters": {"type": "service"}},
        ),
        (
            "hosts with average cpu below 5 percent in the last 30 minutes",
            Route.AGGREGATE,
            "metric_query",
            {"op": "threshold", "cmp": "<", "value": 5.0, "filters": {"type": "host"}},
        ),
        ("who is responsible for ledger-pg", Route.LOOKUP, "ci_lookup", {"op": "get", "name": "ledger-pg"}),
        ("kr-sel-db-02의 커널 버전은?", Route.LOOKUP, "ci_lookup", {"fields": ["attributes.kernel_version"]}),
        (
            "how many queues do we have",
            Route.AGGREGATE,
            "ci_lookup",
            {"op": "count", "filters": {"type": "queue"}},
        ),
        (
            "busan-az2에 있는 서버 목록",
            Route.LOOKUP,
            "ci_lookup",
            {"op": "search", "filters": {"location": "busan-az2", "type": "host"}},
        ),
        (
            "fin-platform 팀이 관리하는 CI는 몇 개?",
            Route.AGGREGATE,
            "ci_lookup",
            {"op": "count", "filters": {"owner": "fin-platform"}},
        ),
        (
            "what breaks if token-redis goes down?",
            Route.GRAPH,
            "graph_query",
            {"op": "dependents", "ci": "token-redis"},
        ),
        (
            "ledger-pg에 의존하는 서비스",
            Route.GRAPH,
            "graph_query",
            {"op": "dependents", "types": ["service"]},
        ),
        ("pay-api의 의존성을 전부 보여줘", Route.GRAPH, "graph_query", {"op": "dependencies", "depth": 10}),
        ("where does pay-api run?", Route.GRAPH, "graph_query", {"op": "neighbors", "direction": "out"}),
        (
            "path from edge-lb-1 to ledger-pg",
            Route.GRAPH,
            "graph_query",
            {"op": "path", "ci": "edge-lb-1", "target": "ledger-pg"},
        ),
        (
            "kafka-main 최근 2일 critical 이벤트 몇 건?",
            Route.AGGREGATE,
            "event_query",
            {"op": "count", "ci": "kafka-main", "severity": "critical"},
        ),
        ("why was pay-api slow at 2026-06-09 14:10 KST?", Route.RCA, "rca", {"ci": "pay-api"}),
        (
            "ledger-pg 메모리 사용률 24시간 평균은?",
            Route.AGGREGATE,
            "metric_query",
            {"op": "aggregate", "agg": "avg", "start": "2026-06-09T03:00:00+00:00"},
        ),
        (
            "pay-api가 의존하는 서비스는?",
            Route.GRAPH,
            "graph_query",
            {"op": "dependencies", "types": ["service"]},
        ),
        (
            "What was the lowest CPU usage of kr-sel-web-07 in the past 6 hours?",
            Route.AGGREGATE,
            "metric_query",
            {"op": "aggregate", "agg": "min"},
        ),
        (
            "pay-api 지난 3시간 가장 높은 응답시간",
            Route.AGGREGATE,
            "metric_query",
            {"op": "aggregate", "agg": "max"},
        ),
        (
            "Which services send traffic to pay-api?",
            Route.GRAPH,
            "graph_query",
            {"op": "dependents", "ci": "pay-api"},
        ),
        ("ledger-pg의 지난 7일 critical 이벤트 수", Route.AGGREGATE, "event_query", {"op": "count"}),
        (
            "CPU 평균이 70% 이상인 서버",
            Route.AGGREGATE,
            "metric_query",
            {"op": "threshold", "cmp": ">=", "value": 70.0},
        ),
        ("is ledger-pg in maintenance?", Route.LOOKUP, "ci_lookup", {"fields": ["status"]}),
        (
            "average cpu across all hosts in the last hour",
            Route.AGGREGATE,
            "metric_query",
            {"op": "fleet", "agg": "avg", "filters": {"type": "host"}},
        ),
        ("전체 서비스의 현재 평균 에러율", Route.AGGREGATE, "metric_query", {"op": "fleet", "latest": True}),
        (
            "pay-api는 어떤 DB를 써?",
            Route.GRAPH,
            "graph_query",
            {"op": "dependencies", "types": ["database"]},
        ),
        (
            "which database does pay-api use?",
            Route.GRAPH,
            "graph_query",
            {"op": "dependencies", "types": ["database"]},
        ),
        (
            "token-redis 다운되면?",
            Route.GRAPH,
            "graph_query",
            {"op": "dependents", "ci": "token-redis", "depth": 10},
        ),
        ("edge-lb-1 뒤에 있는 서비스", Route.GRAPH, "graph_query", {"op": "neighbors", "direction": "out"}),
        ("kr-sel-db-02에 올라간 DB", Route.GRAPH, "graph_query", {"op": "neighbors", "direction": "in"}),
        ("Which services call token-redis?", Route.GRAPH, "graph_query", {"op": "dependents", "depth": 1}),
        (
            "what is the memory usage of cache nodes",
            Route.AGGREGATE,
            "metric_query",
            {"op": "top_n", "filters": {"type": "cache"}, "agg": "last"},
        ),
        (
            "prod DB 서버 중 CPU가 가장 높은 곳은?",
            Route.AGGREGATE,
            "metric_query",
            {"op": "top_n", "n": 1, "agg": "last", "filters": {"type": "database", "environment": "prod"}},
        ),
        (
            "is anything wrong with ledger-pg?",
            Route.LOOKUP,
            "metric_query",
            {"op": "snapshot", "ci": "ledger-pg"},
        ),
        (
            "how much ram does kr-sel-db-02 have",
            Route.LOOKUP,
            "ci_lookup",
            {"fields": ["attributes.memory_gb"]},
        ),
    ],
)
def test_unseen_estate_and_phrasings(
    index: EntityIndex, question: str, route: Route, tool: str, expected: dict
) -> None:
    plan = plan_question(question, index, NOW, TZ)
    assert plan.route == route, plan
    assert plan.steps and plan.steps[0].tool == tool, plan
    args = plan.steps[0].args
    for key, value in expected.items():
        if key == "filters":
            assert value.items() <= args.get("filters", {}).items(), args
        else:
            assert args.get(key) == value, (key, args)


@pytest.mark.parametrize(
    ("question", "route", "reason"),
    [
        ("restart pay-api now", Route.REJECT, "changes"),
        ("ledger-pg 테이블 다 지워줘", Route.REJECT, "changes"),
        ("what's the weather in Busan tomorrow?", Route.REJECT, "out_of_scope"),
        ("tell me a joke", Route.REJECT, "out_of_scope"),
        ("show me the dependencies of checkout", Route.REJECT, "unclear"),
        ("지금 몇 시야", Route.DIRECT, "time"),
        ("hello there", Route.DIRECT, "hello"),
        ("뭘 물어볼 수 있어?", Route.DIRECT, "help"),
    ],
)
def test_refusals_and_direct_answers(index: EntityIndex, question: str, route: Route, reason: str) -> None:
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.route, plan.reason) == (route, reason)
    assert plan.lang == ("ko" if any("가" <= ch <= "힣" for ch in question) else "en")


def test_history_questions_about_restarts_are_not_refused(index: EntityIndex) -> None:
    plan = plan_question("How many restart events did pay-api have in the last 7 days?", index, NOW, TZ)
    assert plan.route == Route.AGGREGATE and plan.steps[0].tool == "event_query"


def test_longest_name_wins_and_names_hide_vocabulary(index: EntityIndex) -> None:
    plan = plan_question("pay-api-canary current latency", index, NOW, TZ)
    assert plan.steps[0].args["ci"] == "pay-api-canary"
    plan = plan_question("kr-sel-db-02 디스크 사용률", index, NOW, TZ)  # "db" inside the name is not a type
    assert plan.steps[0].args == {
        "ci": "kr-sel-db-02",
        "metric": "disk_usage",
        "op": "latest",
        "at": NOW.isoformat(),
    }


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("지난 90분", 1.5),
        ("최근 2일", 48),
        ("last hour", 1),
        ("past three days", 72),
        ("over the last 15 minutes", 0.25),
        ("지난 한 시간", 1),
    ],
)
def test_relative_windows(text: str, hours: float) -> None:
    window, _ = parse_window(text, NOW, TZ)
    assert window is not None and window.end == NOW and window.hours == pytest.approx(hours)


def test_unknown_ci_names_are_refused_by_name(index: EntityIndex) -> None:
    plan = plan_question("ghost-99 cpu 평균 지난 1시간", index, NOW, TZ)
    assert (plan.route, plan.reason, plan.detail) == (Route.REJECT, "unknown_ci", "ghost-99")
    plan = plan_question("ghost-99의 상태는?", index, NOW, TZ)  # a particle right after the name
    assert (plan.route, plan.detail) == (Route.REJECT, "ghost-99")


def test_comparing_named_cis_asks_once_per_ci(index: EntityIndex) -> None:
    plan = plan_question(
        "compare cpu of kr-sel-web-07 and kr-sel-db-02 over the last 2 hours", index, NOW, TZ
    )
    figures = [s.args["ci"] for s in plan.steps if s.args["op"] == "aggregate"]
    assert figures == ["kr-sel-web-07", "kr-sel-db-02"]
    overlaid = [(s.args["ci"], s.args["start"]) for s in plan.steps if s.args["op"] == "series"]
    assert overlaid == [(ci, plan.steps[0].args["start"]) for ci in figures]  # one chart, the same window
    assert plan.intent == "compare"


def test_changes_are_events(index: EntityIndex) -> None:
    plan = plan_question("What changed on ledger-pg yesterday?", index, NOW, TZ)
    assert plan.steps[0].tool == "event_query" and plan.steps[0].args["ci"] == "ledger-pg"
    assert plan.steps[0].args["start"] == "2026-06-08T15:00:00+00:00"


def test_questions_about_past_restarts_are_not_refused(index: EntityIndex) -> None:
    plan = plan_question("average cpu of kr-sel-web-07 since the last restart", index, NOW, TZ)
    assert plan.route != Route.REJECT


def test_attribute_keys_of_any_estate_are_understood_in_both_languages() -> None:
    idx = EntityIndex(ci_types={"kr-sel-web-07": "host"})
    idx.attribute_terms = attribute_terms(["instance_type", "disk_size_gb"])
    for question, key in [
        ("What instance type is kr-sel-web-07?", "instance_type"),
        ("kr-sel-web-07의 인스턴스 유형은?", "instance_type"),
        ("kr-sel-web-07 디스크 크기는?", "disk_size_gb"),
    ]:
        plan = plan_question(question, idx, NOW, TZ)
        assert plan.steps[0].args["fields"] == [f"attributes.{key}"], (question, plan)


@pytest.mark.parametrize(
    "question",
    [
        "Increase the memory of kr-sel-web-07",
        "kr-sel-web-07 메모리 늘려줘",
        "please upgrade pay-api",
        "pay-api 설정 바꿔줘",
    ],
)
def test_requests_to_change_things_are_refused(index: EntityIndex, question: str) -> None:
    plan = plan_question(question, index, NOW, TZ)
    assert (plan.route, plan.reason) == (Route.REJECT, "changes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("major 이상 이벤트 보여줘", {"min_severity": "major"}),
        ("critical or major events in the last 2 days", {"severity": ["critical", "major"]}),
        ("Show the last 5 events of ledger-pg", {"limit": 5, "ci": "ledger-pg"}),
        ("ledger-pg 최근 이벤트 3건", {"limit": 3}),
    ],
)
def test_event_severities_and_limits(index: EntityIndex, question: str, expected: dict) -> None:
    args = plan_question(question, index, NOW, TZ).steps[0].args
    assert expected.items() <= args.items(), args


def test_several_metrics_of_one_ci(index: EntityIndex) -> None:
    plan = plan_question("kr-sel-web-07 CPU랑 메모리 지금 얼마야?", index, NOW, TZ)
    assert [(s.args["ci"], s.args["metric"]) for s in plan.steps] == [
        ("kr-sel-web-07", "cpu_usage"),
        ("kr-sel-web-07", "memory_usage"),
    ]


@pytest.mark.parametrize(
    ("question", "at"),
    [
        ("why was pay-api slow at 11:20?", "2026-06-10T02:20:00+00:00"),
        ("pay-api가 오전 9시 반쯤 왜 느렸어?", "2026-06-10T00:30:00+00:00"),
        ("어제 21시에 pay-api 에러가 많았던 원인은?", "2026-06-09T12:00:00+00:00"),
        ("why did pay-api fail 30 minutes ago?", "2026-06-10T02:30:00+00:00"),
        ("why is pay-api slow?", NOW.isoformat()),
    ],
)
def test_root_cause_moments(index: EntityIndex, question: str, at: str) -> None:
    plan = plan_question(question, index, NOW, TZ)
    assert plan.route == Route.RCA and plan.steps[0].args["at"] == at
