"""A known CI plus words the planner does not understand is `unclear` (issue 8), on the demo estate: the
answer says what it understood, names the words it could not place and offers rephrasings — never that
CI's whole record or an unrelated list. Generic filler around a CI ("좀 알려줘", "please") stays answered."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from services.ops.service import ask
from tests.conftest import _point_app_at, clone_database, drop_database
from tests.integration.ops_demo_helpers import DEMO_TEMPLATE, END, demo_fixture  # noqa: F401

# (question, a word the answer must say it could not place)
UNPLACEABLE = [
    ("orders-db 온도 몇 도야?", "온도"),
    ("orders-db 백업 정책 뭐야?", "정책"),
    ("web-lb 방화벽 규칙 알려줘", "방화벽"),
    ("payment-service 라이선스 만료일 언제야?", "라이선스"),
    ("orders-db 샤딩 설정 켜져 있어?", "샤딩"),
    ("session-cache 전력 소비량은?", "전력"),
    ("order-service 비상 연락처 알려줘", "비상"),
    ("catalog-db 복구 목표 시간이 뭐야?", "복구"),
    ("api-gateway 인증서 만료 언제야?", "인증서"),
    ("event-queue 보존 기간 얼마야?", "보존"),
    ("users-db 패치 일정 알려줘", "패치"),
    ("web-lb 전원 상태 알려줘", "전원"),
    ("what's the blast door status of web-lb", "blast"),
    ("what is the backup policy of orders-db?", "policy"),
    ("show me the firewall rules for api-lb", "firewall"),
    ("when does the tls certificate of api-gateway expire?", "certificate"),
    ("what's the power draw of orders-db?", "power"),
    ("tell me the license expiry of payment-service", "license"),
    ("what's the retention period of event-queue?", "retention"),
    ("is encryption at rest enabled on users-db?", "encryption"),
    ("what's the patch schedule for catalog-db?", "patch"),
    ("what's the fan speed of prod-db-01?", "fan"),
    ("orders-db humidity?", "humidity"),
    ("orders-db 디스크 교체 주기", "교체"),  # a metric plan would answer disk usage
    ("what's the disk replacement cycle of orders-db?", "replacement"),
    ("what hardware is behind orders-db?", "hardware"),  # a graph plan would list every dependency
    ("orders-db 뒤에 있는 하드웨어는?", "하드웨어"),
]

# known CI with generic filler, or with words the planner does answer: never `unclear`
ANSWERED = [
    "orders-db 좀 알려줘",
    "tell me about orders-db please",
    "orders-db 상태 어때?",
    "orders-db 정보 보여줘",
    "show me orders-db",
    "what's the version of orders-db?",
    "orders-db 버전 뭐야?",
    "who owns payment-service?",
    "give me the details of api-gateway",
    "orders-db 속성 보여줘",
    "can you show me the attributes of session-cache?",
    "orders-db 엔진이 뭐야?",
    "what port does orders-db listen on?",
    "hey, could you quickly tell me about web-lb?",
    "orders-db 에 대해 간단히 알려줄래?",
    "orders-db 포트 번호 알려줘",
    "which team is on the hook for orders-db?",
    "orders-db 누가 관리해?",
    "how many deployments happened in the last 48 hours?",
    "orders-db 디스크 사용률 지금 몇 %야?",
    "what is behind api-gateway?",
    "api-gateway 뒤에 있는 서비스는?",
]


@pytest.fixture
def session(
    demo: object, pg_admin_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    name = f"t_unknown_words_{tmp_path.name[-8:].replace('-', '_')}"
    _point_app_at(clone_database(pg_admin_url, name, template=DEMO_TEMPLATE), tmp_path, monkeypatch)
    with Session(db.get_engine()) as s:
        yield s
    db.reset_engine()
    drop_database(pg_admin_url, name)


def _ask(session: Session, question: str) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=END)


def test_a_known_ci_with_unplaceable_words_is_unclear_and_names_them(session: Session) -> None:
    wrong = []
    for question, word in UNPLACEABLE:
        answer = _ask(session, question)
        text = " ".join(b["text"] for b in answer["blocks"] if b["type"] == "text")
        if answer["status"] != "unclear" or word not in text or len(answer["suggestions"]) < 2:
            wrong.append(f"{question} → {answer['status']}: {text[:120]} {answer['suggestions']}")
    assert not wrong, "\n".join(wrong)


def test_a_known_ci_with_generic_filler_stays_answered(session: Session) -> None:
    unclear = []
    for question in ANSWERED:
        answer = _ask(session, question)
        if answer["status"] != "ok":
            unclear.append(f"{question} → {answer['status']}: {answer['blocks'][:1]}")
    assert not unclear, "\n".join(unclear)


# (question with a typo in one of the planner's words, the correction, the tool that answers it)
TYPOS = [
    ("whats the memroy usage on orders-db now", {"memroy": "memory"}, "metric_query"),
    ("what are the dependancies of order-service?", {"dependancies": "dependencies"}, "graph_query"),
    ("avrage cpu of orders-db in the last hour", {"avrage": "average"}, "metric_query"),
    ("what depnds on orders-db?", {"depnds": "depends"}, "graph_query"),
]


def test_a_typo_in_a_planner_word_is_read_as_that_word_and_said(session: Session) -> None:
    for question, fixes, tool in TYPOS:
        answer = _ask(session, question)
        assert answer["status"] == "ok", (question, answer["blocks"][:1])
        assert answer["corrections"] == fixes
        assert [step["tool"] for step in answer["plan"]["steps"]] == [tool]
        typed, fix = next(iter(fixes.items()))
        assert f"“{typed}” → “{fix}”" in answer["blocks"][0]["text"]


def test_an_unknown_word_is_no_typo_to_guess_at(session: Session) -> None:
    """Words one edit from nothing the planner knows, or from two of its words, stay unclear."""
    for question in ("what's the jitter on orders-db?", "orders-db uptime?"):
        answer = _ask(session, question)
        assert answer["status"] == "unclear" and answer["corrections"] == {}, question


def test_two_questions_in_one_are_split_not_half_answered(session: Session) -> None:
    answer = _ask(session, "what depends on orders-db and is any of it broken?")
    assert answer["status"] == "unclear" and answer["plan"]["steps"] == []
    assert answer["suggestions"] == ["what depends on orders-db?", "Is any of it broken?"]
    assert "one question at a time" in answer["blocks"][0]["text"]
