"""A why that blames a change, on hr-payroll (bench/payroll_estate.py) and realty-kr (bench/realty_estate.py):
the trouble may show hours after the change ("어제밤에 배포한거 때문에 터진거임?": the morning's outage), in
what uses the changed CI rather than in it ("madang-render 스타일 배포하고 지도 터진거": the map tiles), or
after a blip the deploy itself caused on the victim ("배포하고 바로 터졌던데": its errors half an hour
later). Each answer names the root its faults file records, not the changed CI."""

import json
from datetime import datetime

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.test_ops_generalisation import FIXTURES, session  # noqa: F401

BLAMED = {
    "ops-golden-payroll.json": [
        ("munjigi-sso 어제밤에 배포한거 때문에 터진거임?", "kv-sess", "munjigi-sso"),
        ("금욜 bank_kb_sender 배포하고 바로 터졌던데 배포탓임?", "mq-bank", "bank_kb_sender"),
    ],
    "ops-golden-realty.json": [
        ("madang-render 스타일 배포하고 지도 터진거 아냐? 진짜 원인 머야", "tilecache-gsn", "madang-render"),
        ("member-auth 10:40 배포 후 토큰갱신 실패 원인이 배포야?", "kv-session", "member-auth"),
    ],
}


@pytest.fixture(params=sorted(BLAMED))
def golden(request: pytest.FixtureRequest) -> dict:
    return json.loads((FIXTURES / request.param).read_text()) | {"file": request.param}


def _text(answer: dict) -> str:
    return " ".join(b.get("text", "") for b in answer["blocks"] if b["type"] == "text")


def test_a_blamed_change_finds_the_root_of_the_trouble_after_it(golden: dict, session: Session) -> None:  # noqa: F811
    now = datetime.fromisoformat(golden["now"].replace("Z", "+00:00"))
    for question, root, changed in BLAMED[golden["file"]]:
        answer = ask(session, question=question, actor=SYSTEM, now=now)
        assert answer["status"] == "ok", (question, _text(answer))
        rca = next((b for b in answer["blocks"] if b["type"] == "rca"), None)
        assert rca is not None and rca["hypotheses"][0]["ci"] == root, (question, _text(answer))
        assert rca["hypotheses"][0]["ci"] != changed
