"""On-call question classes over infra-small, answered from the real stores: yes/no relations between two
CIs, counts over relations, places that are not literal location values, and near-miss CI names.

Expected paths and counts are read off tests/fixtures/infra-small/relations.csv by hand; place counts are
read from its cis.csv.
"""

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.ops_demo_helpers import infra_small_session_fixture, infra_small_url_fixture  # noqa: F401

NOW = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)
CIS = list(csv.DictReader((Path(__file__).parents[1] / "fixtures" / "infra-small" / "cis.csv").open()))


def _ask(session: Session, question: str) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=NOW)


def _text(answer: dict) -> str:
    return next(b["text"] for b in answer["blocks"] if b["type"] == "text")


def _path(answer: dict) -> list[str]:
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    return [row[1] for row in table["rows"]]


# question, (source, target, depth, relation types), yes, path shown (the evidence), words of the answer
REACH = [
    (
        "Does checkout-service depend on orders-db?",
        ("checkout-service", "orders-db", 10, ["DEPENDS_ON"]),
        True,
        ["checkout-service", "order-service", "orders-db"],
        "Yes — checkout-service depends on orders-db (transitively, 2 hops)",
    ),
    (
        "orders-db가 checkout-service에 의존해?",
        ("orders-db", "checkout-service", 10, ["DEPENDS_ON"]),
        False,
        ["checkout-service", "order-service", "orders-db"],  # the other way round
        "아니요 — orders-db가 checkout-service에 의존하지 않습니다 (orders-db에서 나가는 방향으로 최대 10단계",
    ),
    (
        "Does cart-service depend directly on catalog-db?",
        ("cart-service", "catalog-db", 1, ["DEPENDS_ON"]),
        False,
        ["cart-service", "catalog-service", "catalog-db"],  # not directly, but in 2 hops
        "No — cart-service does not depend on catalog-db (searched from cart-service outwards, direct links",
    ),
    (
        "user-service가 users-db에 직접 의존하나요?",
        ("user-service", "users-db", 1, ["DEPENDS_ON"]),
        True,
        ["user-service", "users-db"],
        "예 — user-service가 users-db에 의존합니다 (직접, 1단계)",
    ),
    (
        "Is frontend affected if users-db fails?",
        ("frontend", "users-db", 10, None),
        True,
        ["frontend", "api-gateway", "auth-service", "users-db"],
        "Yes — frontend is affected if users-db fails (transitively, 3 hops)",
    ),
    (
        "session-cache가 죽으면 notification-service도 영향 받아?",
        ("notification-service", "session-cache", 10, None),
        False,
        None,
        "아니요 — session-cache에 장애가 나도 notification-service는 영향을 받지 않습니다",
    ),
    (
        "Would frontend break if users-db goes down?",
        ("frontend", "users-db", 10, None),
        True,
        ["frontend", "api-gateway", "auth-service", "users-db"],
        "Yes — frontend is affected if users-db fails",
    ),
    (
        "users-db를 frontend가 사용해?",
        ("frontend", "users-db", 10, ["DEPENDS_ON"]),
        True,
        ["frontend", "api-gateway", "auth-service", "users-db"],
        "예 — frontend가 users-db에 의존합니다 (간접, 3단계)",
    ),
    (
        "Does order-queue serve shipping-service?",
        ("shipping-service", "order-queue", 10, ["DEPENDS_ON"]),
        True,
        ["shipping-service", "order-queue"],
        "Yes — shipping-service depends on order-queue (directly, 1 hop)",
    ),
    (
        "Is payment-service used by api-gateway?",
        ("api-gateway", "payment-service", 10, ["DEPENDS_ON"]),
        True,
        ["api-gateway", "checkout-service", "payment-service"],
        "Yes — api-gateway depends on payment-service (transitively, 2 hops)",
    ),
]


@pytest.mark.parametrize(("question", "args", "yes", "path", "said"), REACH, ids=[c[0] for c in REACH])
def test_a_yes_no_relation_answers_with_the_path_or_the_direction_searched(
    session: Session, question: str, args: tuple, yes: bool, path: list[str] | None, said: str
) -> None:
    answer = _ask(session, question)
    assert answer["status"] == "ok" and answer["route"] == "GRAPH", answer
    step = answer["plan"]["steps"][0]["args"]
    assert (step["op"], step["direction"]) == ("path", "out")
    assert (step["ci"], step["target"], step["depth"], step.get("rel_types")) == args
    assert _text(answer).startswith(said), _text(answer)
    assert _text(answer).startswith(("Yes", "예") if yes else ("No", "아니요"))
    if path is None:
        assert not any(b["type"] == "table" for b in answer["blocks"])
    else:
        assert _path(answer) == path


@pytest.mark.parametrize(
    ("question", "op", "depth", "types", "names"),
    [
        (
            "How many services depend directly on orders-db?",
            "dependents",
            1,
            ["service"],
            {"order-service", "payment-service", "shipping-service"},
        ),
        (
            "orders-db에 직접 의존하는 서비스 몇 개야?",
            "dependents",
            1,
            ["service"],
            {"order-service", "payment-service", "shipping-service"},
        ),
        (
            "How many databases does checkout-service depend on, directly or indirectly?",
            "dependencies",
            10,
            ["database"],
            {"catalog-db", "orders-db"},
        ),
        (
            "How many CIs rely directly on session-cache?",
            "dependents",
            1,
            None,
            {"auth-service", "cart-service"},
        ),
    ],
)
def test_a_count_over_a_relation_is_a_graph_count_with_its_list(
    session: Session, question: str, op: str, depth: int, types: list[str] | None, names: set[str]
) -> None:
    answer = _ask(session, question)
    assert answer["status"] == "ok" and answer["route"] == "GRAPH", answer
    step = answer["plan"]["steps"][0]["args"]
    assert (step["op"], step["depth"], step.get("types"), step["count"]) == (op, depth, types, True)
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert {row[0] for row in table["rows"]} == names
    assert f"{len(names)}" in _text(answer) and all(name in _text(answer) for name in names)


def _count(location: str, ci_type: str) -> int:
    return sum(1 for ci in CIS if ci["location"] == location and ci["type"] == ci_type)


@pytest.mark.parametrize(
    ("question", "location", "ci_type"),
    [
        ("서울 데이터센터에 있는 호스트는 몇 대야?", "seoul-idc-1", "host"),
        ("How many hosts are in the Seoul IDC?", "seoul-idc-1", "host"),
        ("서울 리전에 있는 호스트 몇 대?", "aws-ap-northeast-2a", "host"),
        ("how many databases in seoul-idc-1", "seoul-idc-1", "database"),
    ],
)
def test_place_words_become_the_estates_location(
    session: Session, question: str, location: str, ci_type: str
) -> None:
    answer = _ask(session, question)
    assert answer["status"] == "ok", answer
    step = answer["plan"]["steps"][0]["args"]
    assert step["filters"] == {"location": location, "type": ci_type}
    expected = _count(location, ci_type)
    assert expected > 0 and str(expected) in _text(answer)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("How many hosts are in the Busan DC?", "Busan DC"),
        ("광주 데이터센터에 있는 서비스 목록", "광주 데이터센터"),
        ("What is the average CPU of hosts in Mokpo IDC?", "Mokpo IDC"),
    ],
)
def test_a_place_no_location_matches_is_unclear_with_the_known_locations(
    session: Session, question: str, words: str
) -> None:
    answer = _ask(session, question)
    assert answer["status"] == "unclear" and answer["plan"]["steps"] == [], answer
    assert words in _text(answer)
    assert "seoul-idc-1" in _text(answer) and "aws-ap-northeast-2a" in _text(answer)
    assert any("seoul-idc-1" in s for s in answer["suggestions"])


@pytest.mark.parametrize(
    ("question", "word", "first"),
    [
        ("What is the CPU of checkout-svc?", "checkout-svc", "checkout-service"),
        ("Show the path from checkout-svc to orders-db", "checkout-svc", "checkout-service"),
        ("Does checkout-svc depend on orders-db?", "checkout-svc", "checkout-service"),
        ("who owns user-svc", "user-svc", "user-service"),
        ("orders-database 메모리 사용률은?", "orders-database", "orders-db"),
    ],
)
def test_a_near_miss_name_is_never_dropped_and_gets_ranked_suggestions(
    session: Session, question: str, word: str, first: str
) -> None:
    answer = _ask(session, question)
    assert answer["status"] == "unclear" and answer["plan"]["steps"] == [], answer
    assert f"'{word}'" in _text(answer) and first in _text(answer)
    assert answer["suggestions"][0] == question.replace(word, first)


def test_free_space_is_what_the_latest_usage_leaves(session: Session) -> None:
    samples = csv.DictReader((Path(__file__).parents[1] / "fixtures" / "infra-small" / "metrics.csv").open())
    latest = max(
        (
            r
            for r in samples
            if r["ci"] == "app-03" and r["metric"] == "disk_usage" and r["ts"] <= "2026-03-10T04"
        ),
        key=lambda r: r["ts"],
    )
    free = f"{100 - float(latest['value']):.2f}%"
    for question, words in [
        ("app-03 디스크 여유 공간 얼마나 남았어?", f"app-03의 여유는 {free}"),
        ("how much free disk does app-03 have?", f"app-03 has {free} free"),
    ]:
        answer = _ask(session, question)
        assert answer["status"] == "ok" and words in _text(answer), answer
    answer = _ask(session, "디스크 여유 제일 적은 서버")  # a ranking of free space is not one of usage
    assert answer["status"] == "unclear" and "여유" in _text(answer), answer


@pytest.mark.parametrize(
    ("question", "said"),
    [("orders-db ip?", "of the hosts it runs on"), ("orders-db 서버 IP 알려줘", "실행 호스트 기준")],
)
def test_an_attribute_a_ci_lacks_is_read_off_the_hosts_it_runs_on(
    session: Session,
    question: str,
    said: str,
) -> None:
    """orders-db records no IP; it runs on db-01 and db-02 (relations.csv), whose IPs answer, said as theirs."""
    answer = _ask(session, question)
    assert answer["status"] == "ok", answer
    ips = {
        row["name"]: json.loads(row["attributes"])["ip"] for row in CIS if row["name"] in ("db-01", "db-02")
    }
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert {(row[0], row[2]) for row in table["rows"]} == set(ips.items())
    assert said in _text(answer) and all(ip in _text(answer) for ip in ips.values())


def test_events_no_message_says_are_all_of_the_cis_events_then_said_so(session: Session) -> None:
    """A message in other words than the question's ("alarm limits" of a config change written in Korean, or
    of "http.pool.max"): the CI's events of that day are listed, and the answer says none said the words."""
    answer = _ask(session, "what time were order-service's alarm thresholds raised on March 1?")
    assert answer["status"] == "ok", answer
    assert _text(answer).startswith("No event") and "says '" in _text(answer), _text(answer)
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert any("http.pool.max 64 -> 128" in row[4] for row in table["rows"]), table["rows"]
