"""Relations as data: Korean and English phrasings of dependents, dependencies, hosting, shared
dependencies, paths and hop counts over infra-small, answered from the real graph store.

Expected rows are read off tests/fixtures/infra-small/relations.csv by hand, not computed.
"""

from datetime import UTC, datetime

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.ops_demo_helpers import infra_small_session_fixture, infra_small_url_fixture  # noqa: F401

NOW = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)
ORDERS_DB_TRANSITIVE = {
    "order-service",
    "payment-service",
    "shipping-service",
    "checkout-service",
    "api-gateway",
    "frontend",
}

# question, (op, depth or None, types or None, target or None), expected names
CASES = [
    (
        "what depends on orders-db?",
        ("dependents", 1, None, None),
        {"order-service", "payment-service", "shipping-service"},
    ),
    ("who uses session-cache", ("dependents", 1, None, None), {"auth-service", "cart-service"}),
    (
        "session-cache is used by which services?",
        ("dependents", 1, ["service"], None),
        {"auth-service", "cart-service"},
    ),
    (
        "Which services rely on users-db?",
        ("dependents", 1, ["service"], None),
        {"auth-service", "notification-service", "user-service"},
    ),
    (
        "Which services call catalog-db?",
        ("dependents", 1, ["service"], None),
        {"catalog-service", "inventory-service"},
    ),
    (
        "consumers of order-queue",
        ("dependents", 1, None, None),
        {"notification-service", "order-service", "shipping-service"},
    ),
    ("downstream of payment-service", ("dependents", 1, None, None), {"checkout-service"}),
    (
        "which services depend on orders-db transitively?",
        ("dependents", 10, ["service"], None),
        ORDERS_DB_TRANSITIVE,
    ),
    (
        "orders-db에 의존하는 서비스",
        ("dependents", 1, ["service"], None),
        {"order-service", "payment-service", "shipping-service"},
    ),
    (
        "users-db를 쓰는 서비스는?",
        ("dependents", 1, ["service"], None),
        {"auth-service", "notification-service", "user-service"},
    ),
    (
        "catalog-db를 호출하는 서비스",
        ("dependents", 1, ["service"], None),
        {"catalog-service", "inventory-service"},
    ),
    (
        "users-db에 기대는 서비스",
        ("dependents", 1, ["service"], None),
        {"auth-service", "notification-service", "user-service"},
    ),
    (
        "order-queue에 물려 있는 서비스",
        ("dependents", 1, ["service"], None),
        {"notification-service", "order-service", "shipping-service"},
    ),
    (
        "orders-db에 간접적으로 의존하는 서비스 전부",
        ("dependents", 10, ["service"], None),
        ORDERS_DB_TRANSITIVE,
    ),
    (
        "what does order-service depend on?",
        ("dependencies", 1, None, None),
        {"inventory-service", "order-queue", "orders-db"},
    ),
    (
        "services used by checkout-service",
        ("dependencies", 1, ["service"], None),
        {"cart-service", "order-service", "payment-service"},
    ),
    (
        "upstream of cart-service",
        ("dependencies", 1, None, None),
        {"catalog-service", "inventory-service", "session-cache"},
    ),
    (
        "which databases does checkout-service depend on transitively?",
        ("dependencies", 10, ["database"], None),
        {"catalog-db", "orders-db"},
    ),
    ("inventory-service가 사용하는 DB", ("dependencies", 1, ["database"], None), {"catalog-db"}),
    (
        "order-service는 뭘 써?",
        ("dependencies", 1, None, None),
        {"inventory-service", "order-queue", "orders-db"},
    ),
    (
        "checkout-service가 간접적으로 의존하는 데이터베이스",
        ("dependencies", 10, ["database"], None),
        {"catalog-db", "orders-db"},
    ),
    ("what runs on app-09?", ("neighbors", None, None, None), {"order-service", "payment-service"}),
    ("what is hosted on db-01", ("neighbors", None, None, None), {"orders-db"}),
    (
        "app-07에서 실행 중인 서비스는?",
        ("neighbors", None, ["service"], None),
        {"cart-service", "checkout-service"},
    ),
    ("db-03에 올라가 있는 건?", ("neighbors", None, None, None), {"users-db"}),
    ("where does orders-db run?", ("neighbors", None, None, None), {"db-01", "db-02"}),
    ("which host is checkout-service hosted on?", ("neighbors", None, ["host"], None), {"app-07", "app-08"}),
    ("checkout-service는 어디서 돌아가?", ("neighbors", None, None, None), {"app-07", "app-08"}),
    (
        "what breaks if session-cache goes down?",
        ("dependents", 10, None, None),
        {"auth-service", "cart-service", "api-gateway", "checkout-service", "frontend", "web-lb"},
    ),
    (
        "what do order-service and payment-service both depend on?",
        ("shared", 1, None, "payment-service"),
        {"orders-db"},
    ),
    (
        "order-service와 shipping-service가 공통으로 의존하는 것은?",
        ("shared", 1, None, "shipping-service"),
        {"order-queue", "orders-db"},
    ),
    (
        "how many hops from web-lb to orders-db?",
        ("path", None, None, "orders-db"),
        {"web-lb", "frontend", "api-gateway", "order-service", "orders-db"},
    ),
    (
        "checkout-service에서 catalog-db까지 몇 단계야?",
        ("path", None, None, "catalog-db"),
        {"checkout-service", "cart-service", "catalog-service", "catalog-db"},
    ),
    ("what depends on web-lb?", ("dependents", 1, None, None), set()),
    ("what does orders-db depend on?", ("dependencies", 1, None, None), set()),
    ("web-lb에 의존하는 서비스", ("dependents", 1, ["service"], None), set()),
]
EMPTY_TEXT = {
    "what depends on web-lb?": "CIs that depend on web-lb (direct): none",
    "what does orders-db depend on?": "CIs orders-db depends on (direct): none",
    "web-lb에 의존하는 서비스": "web-lb에 의존하는 서비스(직접): 없음",
}
HOPS = {
    "how many hops from web-lb to orders-db?": "4 hops",
    "checkout-service에서 catalog-db까지 몇 단계야?": "3단계",
}


def _names(answer: dict) -> set[str]:
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    column = 1 if table["columns"][0] in ("step", "단계") else 0  # a path: (step, CI) rows
    return {row[column] for row in table["rows"]}


@pytest.mark.parametrize(("question", "plan", "expected"), CASES, ids=[c[0] for c in CASES])
def test_relation_phrasings(session: Session, question: str, plan: tuple, expected: set[str]) -> None:
    answer = ask(session, question=question, actor=SYSTEM, now=NOW)
    assert answer["status"] == "ok" and answer["route"] == "GRAPH", answer
    (step,) = answer["plan"]["steps"]
    args = step["args"]
    op, depth, types, target = plan
    assert (args["op"], args.get("depth"), args.get("types"), args.get("target")) == (
        op,
        depth,
        types,
        target,
    )
    assert _names(answer) == expected
    text = answer["blocks"][0]["text"]
    if question in EMPTY_TEXT:
        assert text == EMPTY_TEXT[question]
    if question in HOPS:
        assert HOPS[question] in text
