"""A why asked at a quiet hour: the demo estate's three days ending on a Saturday afternoon (13:45 KST),
whose traffic, CPU and latency sit below the weekday afternoons of its baseline. Less load than usual is
nothing to find a cause of: the answer says nothing is wrong now and points to the morning's incident
(orders-db, about six hours before the end), which a trouble told in the past is analysed as."""

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.rca import BEFORE
from services.ops.rca_demand import lull
from services.ops.rca_scan import anomalies
from services.ops.service import ask
from tests.integration.ops_demo_helpers import kst_session, module_demo

SATURDAY = datetime.fromisoformat("2026-12-05T04:45:00+00:00")  # 13:45 KST
TEMPLATE = "spa_template_ops_quiet_hour"


@pytest.fixture(scope="module", name="quiet_url")
def quiet_url_fixture(
    pg_admin_url: str, template_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    for _, url in module_demo(pg_admin_url, tmp_path_factory.mktemp("quiet"), TEMPLATE, end=SATURDAY):
        yield url


@pytest.fixture(name="session")
def quiet_session_fixture(
    quiet_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    yield from kst_session(quiet_url, tmp_path, monkeypatch)


def _text(answer: dict) -> str:
    return " ".join(b.get("text", "") for b in answer["blocks"] if b["type"] == "text")


def test_the_hour_asked_about_is_a_lull(session: Session) -> None:
    ids = list(session.execute(text("SELECT id FROM cis WHERE name = 'orders-db'")).scalars())
    rows = anomalies(session, ids, SATURDAY - BEFORE, SATURDAY)
    assert rows and lull(rows), rows  # its CPU and traffic are below their usual level, nothing rose


def test_a_lull_is_no_trouble_to_explain(session: Session) -> None:
    for question, nothing in (
        ("why is order-service slow?", "No clear anomaly"),
        ("orders-db 왜 느려?", "뚜렷한 이상 징후를 찾지 못했습니다"),
    ):
        answer = ask(session, question=question, actor=SYSTEM, now=SATURDAY)
        assert answer["plan"]["route"] == "RCA" and answer["status"] == "unclear", _text(answer)
        assert nothing in _text(answer) and not [b for b in answer["blocks"] if b["type"] == "rca"]
        assert "2026-12-05 07:" in _text(answer) or "2026-12-05 08:" in _text(answer)  # the morning's


def test_a_trouble_told_in_the_past_is_the_mornings(session: Session) -> None:
    answer = ask(session, question="orders-db 느려졌던거 원인 뭐야?", actor=SYSTEM, now=SATURDAY)
    assert answer["status"] == "ok", _text(answer)
    rca = next(b for b in answer["blocks"] if b["type"] == "rca")
    assert rca["hypotheses"][0]["ci"] == "orders-db"
    assert "디스크" in rca["hypotheses"][0]["cause"]  # its filling disk, not the afternoon's lower CPU
