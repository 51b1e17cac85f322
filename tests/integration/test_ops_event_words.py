"""Words of an event's message found in no event of the type a word also names ("백업 에이전트 업그레이드
몇시에 했어": a `change` whose message says backup agent upgrade, while "백업" names the `backup` type) are
looked for in the CI's events of any type, and the answer no longer names the type."""

from datetime import timedelta

from sqlalchemy import text
from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra.demo import DemoManifest
from services.ops.service import ask
from tests.integration.ops_demo_helpers import END, KST, demo_fixture, demo_session_fixture  # noqa: F401


def _event(session: Session, ci: str, minutes_ago: int, etype: str, message: str) -> None:
    session.execute(
        text(
            "INSERT INTO events (ts, ci_id, severity, type, message) "
            "SELECT :ts, id, 'info', :type, :message FROM cis WHERE name = :ci"
        ),
        {"ts": END - timedelta(minutes=minutes_ago), "ci": ci, "type": etype, "message": message},
    )
    session.commit()


def test_words_of_a_change_are_found_though_one_of_them_names_another_type(
    session: Session, demo: DemoManifest
) -> None:
    _event(session, "orders-db", 300, "backup", "nightly backup completed")
    _event(session, "orders-db", 200, "change", "백업 에이전트 업그레이드 (v7 → v8)")
    answer = ask(session, question="orders-db 백업 에이전트 업그레이드 몇시에 했어", actor=SYSTEM, now=END)
    said = " ".join(b["text"] for b in answer["blocks"] if b["type"] == "text")
    upgraded = (END - timedelta(minutes=200)).astimezone(KST).strftime("%H:%M")
    assert answer["status"] == "ok" and upgraded in said, said
    assert "backup 이벤트" not in said  # the change was found among events of any type
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert [row[3] for row in table["rows"]] == ["change"]
