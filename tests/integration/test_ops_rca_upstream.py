"""RCA upstream of the symptom, on game-live (bench/game_estate.py): a SYN flood on the lobby's load balancer
(`l4-lobby` CONNECTS_TO `lobby`, its request rate ×7 from 20:05 KST) makes the lobby fail from 20:10; the
caller that flooded it is the root, though it depends on the lobby and not the other way round."""

import json
from datetime import datetime

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.test_ops_generalisation import FIXTURES, session  # noqa: F401


@pytest.fixture
def golden() -> dict:
    return json.loads((FIXTURES / "ops-golden-game.json").read_text()) | {"file": "ops-golden-game.json"}


def _ranked(db: Session, question: str, now: datetime) -> list[str]:
    answer = ask(db, question=question, actor=SYSTEM, now=now)
    block = next(b for b in answer["blocks"] if b["type"] == "rca")
    return [h["ci"] for h in block["hypotheses"]]


def test_a_caller_flooding_the_symptom_is_its_root(golden: dict, session: Session) -> None:  # noqa: F811
    now = datetime.fromisoformat(golden["now"].replace("Z", "+00:00"))
    for question in ("what caused the lobby errors around 20:10 yesterday?", "어제 저녁 8시쯤 lobby 렉 원인"):
        assert _ranked(session, question, now)[:2] == ["l4-lobby", "lobby"], question
    # a caller whose load did not surge first is no candidate: the matchmaker after the morning's patch
    ranked = _ranked(session, "why was lobby erroring around 10:25 today?", now)
    assert ranked[0] == "mm01" and "l4-lobby" not in ranked
