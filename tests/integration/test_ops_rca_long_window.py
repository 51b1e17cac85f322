"""RCA over a window of days on the demo estate: each day is scanned against its own baseline, so a week's
window (with no week of history before it) still finds this morning's incident."""

from datetime import datetime

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra.demo import DemoManifest
from services.ops.service import ask
from tests.integration.ops_demo_helpers import END, demo_fixture, demo_session_fixture  # noqa: F401


def _root_and_onset(answer: dict) -> tuple[str, datetime]:
    rca = next(b for b in answer["blocks"] if b["type"] == "rca")
    return rca["hypotheses"][0]["ci"], datetime.fromisoformat(rca["chain"][-1]["onset"])


def test_a_week_follow_up_after_the_morning_rca_finds_the_same_incident(
    session: Session, demo: DemoManifest
) -> None:
    morning = ask(
        session,
        question="why was order-service slow this morning?",
        actor=SYSTEM,
        now=END,
        conversation_id="w",
    )
    week = ask(session, question="and over the last 7 days?", actor=SYSTEM, now=END, conversation_id="w")
    assert week["status"] == "ok" and week["route"] == "RCA", week
    assert _root_and_onset(week) == _root_and_onset(morning)
    assert _root_and_onset(week)[0] == demo.incident.root


@pytest.mark.parametrize(
    "question", ["지난 3일 동안 order-service 왜 느렸어?", "why was order-service slow this week?"]
)
def test_a_window_of_days_names_the_root_of_its_strongest_episode(
    session: Session, demo: DemoManifest, question: str
) -> None:
    answer = ask(session, question=question, actor=SYSTEM, now=END)
    assert answer["status"] == "ok" and answer["route"] == "RCA", answer
    root, onset = _root_and_onset(answer)
    assert root == demo.incident.root
    assert demo.incident.start <= onset <= demo.incident.end
