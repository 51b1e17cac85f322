"""A why about a quiet day: the demo estate's seven days (as the app loads them) ending at 06:50 KST, its
incident after midnight. Yesterday had only its usual business-hours peaks and noise — among them a
ten-minute error-rate blip of order-service to 0.33 % against 0.18 % — so "why was order-service slow
yesterday?" says nothing was wrong then and points to the nearest trouble, instead of explaining the
morning ramp (each hour is held against the same hour on other days) or the blip (far below any warning
level) as an incident; the day's timeline lists its events and no metric noise."""

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra.demo import DemoManifest
from services.ops.oncall import timeline
from services.ops.rca_scan import anomalies, symptom_onset
from services.ops.service import ask
from tests.integration.ops_demo_helpers import KST, kst_session, module_demo

END = datetime.fromisoformat("2026-03-09T21:50:00+00:00")  # Tuesday 06:50 KST
YESTERDAY = datetime.fromisoformat("2026-03-08T15:00:00+00:00")  # Monday 00:00 KST
TEMPLATE = "spa_template_ops_quiet_day"


@pytest.fixture(scope="module", name="week")
def week_fixture(
    pg_admin_url: str, template_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DemoManifest, str]]:
    yield from module_demo(pg_admin_url, tmp_path_factory.mktemp("week"), TEMPLATE, end=END, days=7)


@pytest.fixture(name="session")
def week_session_fixture(
    week: tuple[DemoManifest, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    yield from kst_session(week[1], tmp_path, monkeypatch)


def _text(answer: dict) -> str:
    return " ".join(b.get("text", "") for b in answer["blocks"] if b["type"] == "text")


def test_the_incident_began_after_midnight(week: tuple[DemoManifest, str]) -> None:
    assert week[0].incident.start > YESTERDAY + timedelta(days=1)


def test_the_business_day_is_held_against_the_same_hours_on_other_days(session: Session) -> None:
    order_service = session.execute(text("SELECT id FROM cis WHERE name = 'order-service'")).scalar_one()
    rows = anomalies(session, [order_service], YESTERDAY, YESTERDAY + timedelta(days=1))
    surges = [row for row in rows if row[1] == "request_rate" and row[2] is not None]
    assert not surges, surges  # its traffic peaks at 10:30 every weekday: no anomaly against itself


def test_a_quiet_day_has_no_onset(session: Session) -> None:
    assert (
        symptom_onset(session, ci="order-service", start=YESTERDAY, end=YESTERDAY + timedelta(days=1)) is None
    )


def test_the_days_timeline_shows_its_events_and_no_noise(session: Session) -> None:
    day = timeline(session, ci="order-service", start=YESTERDAY, end=YESTERDAY + timedelta(days=1))
    assert any(item["kind"] == "event" for item in day["items"])
    assert day["changes"] == []  # the error-rate blip is no change worth a line


def test_the_incidents_changes_recover_when_it_ended(
    session: Session, week: tuple[DemoManifest, str]
) -> None:
    incident = week[0].incident
    today = timeline(session, ci="order-service", start=YESTERDAY + timedelta(days=1), end=END)
    assert today["changes"], today
    for change in today["changes"]:  # its strongest episode: begun with the incident, over soon after it
        assert incident.start <= change["onset"] <= incident.end, change
        assert change["recovered"] is not None and change["recovered"] <= incident.end + timedelta(minutes=30)


@pytest.mark.parametrize(
    ("question", "nothing"),
    [
        ("why was order-service slow yesterday?", "No clear anomaly of order-service in"),
        ("어제 order-service 왜 느렸어?", "뚜렷한 이상 징후를 찾지 못했습니다"),
    ],
)
def test_why_yesterday_says_nothing_was_wrong_and_points_to_the_incident(
    session: Session, week: tuple[DemoManifest, str], question: str, nothing: str
) -> None:
    answer = ask(session, question=question, actor=SYSTEM, now=END)
    assert answer["status"] == "ok" and answer["route"] == "RCA", _text(answer)
    assert nothing in _text(answer)
    assert not any(b["type"] == "rca" and b["hypotheses"] for b in answer["blocks"])
    onset = week[0].incident.start.astimezone(KST)
    assert onset.strftime("%Y-%m-%d") in _text(answer)  # the nearest anomaly: the incident after midnight
