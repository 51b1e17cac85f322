"""Follow-ups on the demo estate, as a table of conversations: a follow-up carries the previous intent,
CIs, metric and window only for what it leaves unsaid; a self-contained question is planned as asked; a
word naming another intent wins over the carried one; the answer says what it kept only when it kept it."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from services.ops.service import ask
from tests.conftest import _point_app_at, clone_database, drop_database
from tests.integration.ops_demo_helpers import DEMO_TEMPLATE, END, demo_fixture  # noqa: F401

RCA_MORNING = "Why was order-service slow this morning?"
CPU_HOUR = "prod-app-03 지난 1시간 평균 CPU?"
DEPENDENTS = "What depends on orders-db?"
EVENTS_DAY = "orders-db 최근 24시간 이벤트 보여줘"
TOP_CPU = "CPU 상위 3개 서버는?"
HEALTH = "is orders-db healthy?"
HAPPENED = "what happened to orders-db around 08:00?"
WRONG_NOW = "what is wrong now"
HOSTS = "How many hosts are there?"
HOSTS_AT = "How many hosts are in seoul-1?"
DEPENDENCIES = "what does order-service depend on, directly or indirectly?"
SAME = "same"  # the window of the conversation's first question


@dataclass
class Expect:
    """What the plan of a turn must be. `carried`: None when the question is planned as asked, else the
    keys the follow-up took from the previous question (with "intent" when it kept the previous intent)."""

    route: str
    carried: set[str] | None
    ci: str | None = None
    metric: str | None = None
    op: str | None = None
    agg: str | None = None
    hours: float | str | None = None  # the window's length, or SAME
    extra: dict[str, Any] = field(default_factory=dict)


def figures(
    carried: set[str] | None,
    ci: str | None,
    metric: str,
    op: str,
    agg: str | None = None,
    hours: float | str | None = None,
    **extra: Any,
) -> Expect:
    return Expect("AGGREGATE", carried, ci, metric, op, agg, hours, extra)


def compare(carried: set[str], other: str) -> Expect:
    """The previous figure of prod-app-03 beside the same figure of `other`."""
    return figures(carried, "prod-app-03", "cpu_usage", "aggregate", "avg", SAME, cis=["prod-app-03", other])


def graph(carried: set[str] | None, ci: str, op: str | None = None) -> Expect:
    return Expect("GRAPH", carried, ci, op=op)


def lookup(
    carried: set[str] | None,
    ci: str,
    metric: str | None = None,
    op: str | None = None,
    hours: float | None = None,
) -> Expect:
    return Expect("LOOKUP", carried, ci, metric, op, hours=hours)


def why(carried: set[str], ci: str, hours: float | str) -> Expect:
    return Expect("RCA", carried, ci, hours=hours)


UNCLEAR = Expect("REJECT", None)
TABLE: dict[str, list[tuple[str, Expect]]] = {
    RCA_MORNING: [
        ("orders-db 지난 1시간 평균 CPU?", figures(None, "orders-db", "cpu_usage", "aggregate", "avg", 1)),
        (
            "what was the average memory of orders-db over the last hour?",
            figures(None, "orders-db", "memory_usage", "aggregate", "avg", 1),
        ),
        (
            "orders-db cpu peak in the last 6 hours?",
            figures(None, "orders-db", "cpu_usage", "aggregate", "max", 6),
        ),
        ("orders-db 평균 CPU는?", figures(None, "orders-db", "cpu_usage", "aggregate", "avg", 1)),
        ("orders-db 이벤트는?", lookup(None, "orders-db", op="list", hours=24)),
        ("what does orders-db depend on?", graph(None, "orders-db", op="dependencies")),
        ("orders-db가 의존하는 서비스는?", graph(None, "orders-db")),
        ("prod-db-01은?", why({"intent", "window"}, "prod-db-01", hours=SAME)),
        ("and inventory-service?", why({"intent", "window"}, "inventory-service", hours=SAME)),
        ("and over the last 7 days?", why({"intent", "cis"}, "order-service", hours=168)),
        (
            "그럼 에러율은?",
            figures({"cis", "window"}, "order-service", "error_rate", "aggregate", "avg", SAME),
        ),
        (
            "and the average response time?",
            figures({"cis", "window"}, "order-service", "response_time_ms", "aggregate", "avg", SAME),
        ),
        ("최대는?", UNCLEAR),  # a maximum of what? not a why-answer, nor attributes
        # ... a new intent word after a connective asks about the same CI (and window, when it has one)
        ("그럼 이벤트는?", lookup({"cis", "window"}, "order-service", op="list", hours=SAME)),
        ("and the events?", lookup({"cis", "window"}, "order-service", op="list", hours=SAME)),
        ("그럼 상태는?", lookup({"cis"}, "order-service", op="get")),
        ("what about its dependencies?", graph({"cis"}, "order-service", op="dependencies")),
    ],
    CPU_HOUR: [
        (
            "orders-db는?",
            figures({"intent", "metrics", "window"}, "orders-db", "cpu_usage", "aggregate", "avg", SAME),
        ),
        (
            "최대는?",
            figures(
                {"intent", "cis", "metrics", "window"}, "prod-app-03", "cpu_usage", "aggregate", "max", SAME
            ),
        ),
        (
            "and over the last 7 days?",
            figures({"intent", "cis", "metrics"}, "prod-app-03", "cpu_usage", "aggregate", "avg", 168),
        ),
        (
            "그럼 메모리는?",
            figures({"intent", "cis", "window"}, "prod-app-03", "memory_usage", "aggregate", "avg", SAME),
        ),
        ("top 3은?", figures({"metrics", "window"}, None, "cpu_usage", "top_n", "avg", SAME, n=3)),
        ("what does it depend on?", graph({"cis"}, "prod-app-03", op="dependencies")),
        (
            "orders-db 지난 7일 최대 메모리?",
            figures(None, "orders-db", "memory_usage", "aggregate", "max", 168),
        ),
        ("what depends on orders-db?", graph(None, "orders-db", op="dependents")),
        ("prod-app-03 이벤트 보여줘", lookup(None, "prod-app-03", op="list", hours=24)),
        ("orders-db와 비교하면?", compare({"intent", "cis", "metrics", "window"}, "orders-db")),
        ("compared with payments-db?", compare({"intent", "cis", "metrics", "window"}, "payments-db")),
        (
            "orders-db와 payments-db CPU 비교",
            Expect(
                "LOOKUP",
                None,
                "orders-db",
                "cpu_usage",
                "latest",
                extra={"cis": ["orders-db", "payments-db"]},
            ),
        ),
        ("지금은?", lookup({"intent", "cis", "metrics"}, "prod-app-03", "cpu_usage", "latest")),
        (
            "추이는?",
            figures({"intent", "cis", "metrics", "window"}, "prod-app-03", "cpu_usage", "series", hours=SAME),
        ),
        ("몇 개야?", UNCLEAR),  # one CI's figure has no count
        ("and what about events?", lookup({"cis", "window"}, "prod-app-03", op="list", hours=1)),
    ],
    DEPENDENTS: [
        ("and payments-db?", graph({"intent"}, "payments-db", op="dependents")),
        ("그럼 평균 CPU는?", figures({"cis"}, "orders-db", "cpu_usage", "aggregate", "avg", 1)),
        ("orders-db 메모리?", lookup(None, "orders-db", "memory_usage", "latest")),
        ("and over the last 7 days?", UNCLEAR),  # a relation has no window: said, not dropped
        ("몇 개야?", Expect("GRAPH", {"intent", "cis"}, "orders-db", op="dependents", extra={"count": True})),
        (
            "how many?",
            Expect("GRAPH", {"intent", "cis"}, "orders-db", op="dependents", extra={"count": True}),
        ),
        ("추이는?", UNCLEAR),  # a relation has no trend
        # "that replica": the one CI the answer listed whose name has that word
        ("and that replica's memory now?", lookup({"cis"}, "orders-db-replica", "memory_usage", "latest")),
        # "그 서비스들": the services the answer listed (not orders-db-replica, a database)
        (
            "그 서비스들 응답시간 지금 얼마야?",
            Expect(
                "LOOKUP",
                {"cis"},
                "inventory-service",
                "response_time_ms",
                "latest",
                extra={"cis": ["inventory-service", "order-service", "shipping-service"]},
            ),
        ),
    ],
    EVENTS_DAY: [
        ("payments-db는?", lookup({"intent", "window"}, "payments-db", op="list", hours=24)),
        ("그럼 CPU는?", figures({"cis", "window"}, "orders-db", "cpu_usage", "aggregate", "avg", 24)),
        ("최대는?", UNCLEAR),
        ("몇 건이야?", Expect("AGGREGATE", {"intent", "cis", "window"}, "orders-db", op="count", hours=SAME)),
        ("그때 원인 뭐였어?", Expect("RCA", {"cis", "window"}, "orders-db")),  # 그때: the same CI and window
    ],
    TOP_CPU: [
        ("top 5는?", figures({"intent", "metrics"}, None, "cpu_usage", "top_n", n=5)),
        ("그럼 메모리는?", figures({"intent"}, None, "memory_usage", "top_n", n=3)),
        ("and over the last 7 days?", figures({"intent", "metrics"}, None, "cpu_usage", "top_n", hours=168)),
    ],
    HEALTH: [
        ("and users-db?", lookup({"intent"}, "users-db", op="snapshot")),
        ("그럼 메모리는?", lookup({"cis"}, "orders-db", "memory_usage", "latest")),
    ],
    # a kept intent or moment the new plan cannot use is said, not dropped
    HAPPENED: [
        ("and at 10:00?", lookup({"intent", "cis"}, "orders-db", op="timeline", hours=2)),
        ("payments-db는?", lookup({"intent", "window"}, "payments-db", op="timeline", hours=SAME)),
        ("메모리는?", lookup({"cis", "window"}, "orders-db", "memory_usage", "latest")),  # at that moment
    ],
    WRONG_NOW: [
        ("orders-db는?", UNCLEAR),  # the estate's problems are not one CI's attributes
        # what was wrong yesterday: that day's serious events (the past-window problem question), not today's
        (
            "and yesterday?",
            Expect("LOOKUP", {"intent"}, op="list", hours=24, extra={"min_severity": "major"}),
        ),
    ],
    HOSTS: [("orders-db는?", UNCLEAR)],  # nor how many hosts orders-db runs on
    # a place alone asks the previous question there; "그 중에 DB만" narrows the previous answer to a type
    HOSTS_AT: [
        (
            "and in busan-1?",
            Expect(
                "AGGREGATE",
                {"intent"},
                op="count",
                extra={"filters": {"location": "busan-1", "type": "host"}},
            ),
        )
    ],
    DEPENDENCIES: [
        (
            "그 중에 DB만",
            Expect("GRAPH", {"intent"}, "order-service", op="dependencies", extra={"types": ["database"]}),
        ),
        (
            "그 서비스 어느 서버에서 돌아?",  # 그 서비스 = order-service
            Expect(
                "GRAPH",
                {"cis"},
                "order-service",
                op="neighbors",
                extra={"rel_types": ["RUNS_ON"], "types": ["host"]},  # not services
            ),
        ),
        ("what does that service depend on?", graph({"cis"}, "order-service", op="dependencies")),
    ],
}
CASES = [(previous, question, expect) for previous, turns in TABLE.items() for question, expect in turns]


@pytest.fixture(scope="module")
def chat_db(demo: object, pg_admin_url: str) -> Iterator[str]:
    """One copy of the demo estate for the module: every test asks in its own uncommitted session."""
    name = "t_followup_table"
    url = clone_database(pg_admin_url, name, template=DEMO_TEMPLATE)
    yield url
    drop_database(pg_admin_url, name)


@pytest.fixture
def session(chat_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    _point_app_at(chat_db, tmp_path, monkeypatch)
    with Session(db.get_engine()) as s:
        yield s  # closed without a commit: conversations never leak between tests
    db.reset_engine()


def _ask(session: Session, question: str) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=END, conversation_id="chat")


def _window(args: dict) -> tuple[datetime, datetime] | None:
    if "start" in args:
        return datetime.fromisoformat(args["start"]), datetime.fromisoformat(args["end"])
    return None


def _check(answer: dict, expect: Expect, first: dict) -> None:
    """The answer's plan and its first text against `expect`; `first` is the conversation's first answer."""
    assert answer["route"] == expect.route, answer
    followup = answer["followup"]
    text = next((b["text"] for b in answer["blocks"] if b["type"] == "text"), "")
    if expect.route == "REJECT":
        assert answer["status"] == "unclear", answer
        return
    if expect.route == "RCA" and answer["status"] == "unclear":  # no cause found: said, with questions
        assert answer["suggestions"], answer
    else:
        assert answer["status"] == "ok", answer
    if expect.carried is None:
        assert followup is None, followup
        assert not text.startswith(("Following up", "이전 질문")), text
    else:
        assert followup is not None and set(followup["carried"]) == expect.carried, followup
        slots = {k: v for k, v in followup["carried"].items() if k != "intent"}
        assert ("kept:" in text or "유지:" in text) == bool(slots), text  # said only when something was kept
        for value in slots.values():
            assert all(item in text for item in (value if isinstance(value, list) else [value])), text
    args = answer["plan"]["steps"][0]["args"]
    assert args.get("ci", args.get("name")) == expect.ci, args
    for key in ("metric", "op", "agg"):
        if getattr(expect, key) is not None:
            assert args.get(key) == getattr(expect, key), (key, args)
    named = [step["args"].get("ci") for step in answer["plan"]["steps"] if step["args"].get("op") != "series"]
    assert {k: named if k == "cis" else args.get(k) for k in expect.extra} == expect.extra, args
    window = _window(args)
    if expect.hours == SAME:
        assert window is not None and window == _window(first["plan"]["steps"][0]["args"]), args
    elif expect.hours is not None:
        assert window is not None and window[1] - window[0] == timedelta(hours=float(expect.hours)), args


@pytest.mark.parametrize(("previous", "question", "expect"), CASES, ids=[f"{p} → {q}" for p, q, _ in CASES])
def test_a_follow_up_carries_only_what_it_leaves_unsaid(
    session: Session, previous: str, question: str, expect: Expect
) -> None:
    first = _ask(session, previous)
    assert first["status"] == "ok" and first["followup"] is None, first
    _check(_ask(session, question), expect, first)


def test_the_reported_case_then_its_own_follow_ups(session: Session) -> None:
    """After the why-question, the self-contained figure question becomes the context: "최대는?" refines
    it, "prod-db-01은?" moves it; the why is not carried into either."""
    why = _ask(session, RCA_MORNING)
    figure = _ask(session, "orders-db 지난 1시간 평균 CPU?")
    _check(figure, Expect("AGGREGATE", None, "orders-db", "cpu_usage", "aggregate", "avg", 1), why)
    peak = _ask(session, "최대는?")
    _check(
        peak,
        Expect(
            "AGGREGATE",
            {"intent", "cis", "metrics", "window"},
            "orders-db",
            "cpu_usage",
            "aggregate",
            "max",
            1,
        ),
        why,
    )
    host = _ask(session, "prod-db-01은?")
    _check(
        host,
        Expect(
            "AGGREGATE", {"intent", "metrics", "window"}, "prod-db-01", "cpu_usage", "aggregate", "max", 1
        ),
        why,
    )
    assert host["followup"]["read_as"] == "prod-db-01 지난 1시간 최대 CPU?"
