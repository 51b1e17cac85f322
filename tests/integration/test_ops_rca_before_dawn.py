"""A why asked before dawn: the demo estate's three days ending at 04:24 KST, its incident last evening
(orders-db from 22:15, over by midnight). "This morning" is the small hours, in which nothing was wrong:
the answer says so, analyses the nearest anomaly instead and gives its real onset — not the moment the
window's scan first saw the evening's trouble still on."""

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra.demo import DemoManifest
from services.ops.rca_scan import symptom_onset
from services.ops.service import ask
from tests.integration.ops_demo_helpers import KST, kst_session, module_demo

BEFORE_DAWN = datetime.fromisoformat("2026-03-09T19:24:00+00:00")  # 04:24 KST
MIDNIGHT = datetime.fromisoformat("2026-03-09T15:00:00+00:00")  # 00:00 KST
TEMPLATE = "spa_template_ops_before_dawn"


@pytest.fixture(scope="module", name="dawn")
def dawn_fixture(
    pg_admin_url: str, template_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DemoManifest, str]]:
    yield from module_demo(pg_admin_url, tmp_path_factory.mktemp("dawn"), TEMPLATE, end=BEFORE_DAWN)


@pytest.fixture(name="session")
def dawn_session_fixture(
    dawn: tuple[DemoManifest, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    yield from kst_session(dawn[1], tmp_path, monkeypatch)


def _text(answer: dict) -> str:
    return " ".join(b.get("text", "") for b in answer["blocks"] if b["type"] == "text")


def test_the_incident_was_over_before_midnight(dawn: tuple[DemoManifest, str]) -> None:
    incident = dawn[0].incident
    assert incident.start.astimezone(KST).hour == 22 and incident.end < MIDNIGHT


def test_an_episode_over_before_the_window_is_no_onset_in_it(session: Session) -> None:
    # the scan's lead (half an hour before midnight) still sees the evening's trouble, ended by midnight
    assert symptom_onset(session, ci="order-service", start=MIDNIGHT, end=BEFORE_DAWN) is None


@pytest.mark.parametrize(
    ("question", "nothing"),
    [
        ("why was order-service slow this morning?", "No clear anomaly of order-service in"),
        ("오늘 아침 order-service 왜 느렸어?", "뚜렷한 이상 징후를 찾지 못해"),
    ],
)
def test_this_morning_before_dawn_says_nothing_then_and_analyses_the_evening(
    session: Session, dawn: tuple[DemoManifest, str], question: str, nothing: str
) -> None:
    incident = dawn[0].incident
    answer = ask(session, question=question, actor=SYSTEM, now=BEFORE_DAWN)
    assert answer["status"] == "ok" and answer["route"] == "RCA", _text(answer)
    assert nothing in _text(answer)  # the window asked about showed nothing: the answer says so first
    rca = next(b for b in answer["blocks"] if b["type"] == "rca")
    assert rca["hypotheses"][0]["ci"] == incident.root
    symptom = next(link for link in rca["chain"] if link["ci"] == "order-service")
    began = datetime.fromisoformat(symptom["onset"])
    assert incident.start < began < incident.end
    assert began.astimezone(KST).strftime("%H:%M") in _text(answer)  # the header's onset is the chain's


def test_last_night_is_the_evening_incident(session: Session, dawn: tuple[DemoManifest, str]) -> None:
    answer = ask(session, question="why was order-service slow last night?", actor=SYSTEM, now=BEFORE_DAWN)
    assert answer["status"] == "ok", _text(answer)
    assert "No clear anomaly" not in _text(answer)
    assert (
        next(b for b in answer["blocks"] if b["type"] == "rca")["hypotheses"][0]["ci"]
        == dawn[0].incident.root
    )
