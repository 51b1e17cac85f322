"""A why placed only by an occasion ("쿠키 50% 프로모션때", "시즌 피날레 이벤트날"), on webtoon
(bench/wt_estate.py): the events whose messages name it place the window; an occasion on record on several
days, or on none, is `unclear` and offers questions that can be asked."""

import json
from datetime import datetime

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.test_ops_generalisation import FIXTURES, session  # noqa: F401


@pytest.fixture
def golden() -> dict:
    return json.loads((FIXTURES / "ops-golden-wt.json").read_text()) | {"file": "ops-golden-wt.json"}


def _text(answer: dict) -> str:
    return " ".join(b.get("text", "") for b in answer["blocks"] if b["type"] == "text")


def test_an_occasion_is_placed_by_the_events_that_name_it(golden: dict, session: Session) -> None:  # noqa: F811
    now = datetime.fromisoformat(golden["now"].replace("Z", "+00:00"))
    # the promotion began at 10:30 KST on 03-08 (wt-event); aurora-wallet's lock waits began at 12:10
    answer = ask(
        session, question="쿠키 50% 프로모션때 트래픽 몰려서 터진거야? 진짜 원인 뭐임", actor=SYSTEM, now=now
    )
    assert answer["status"] == "ok", _text(answer)
    rca = next(b for b in answer["blocks"] if b["type"] == "rca")
    assert rca["hypotheses"][0]["ci"] == "aurora-wallet"
    assert "2027-03-08 10:30 KST" in _text(answer) and "wt-event" in _text(answer)
    # the traffic was the user's guess, not the symptom: no request-rate metric is pinned
    assert "metric" not in answer["plan"]["steps"][0]["args"]


def test_an_occasion_on_record_on_several_days_asks_which(golden: dict, session: Session) -> None:  # noqa: F811
    now = datetime.fromisoformat(golden["now"].replace("Z", "+00:00"))
    answer = ask(session, question="이벤트때 ranking 왜 느렸어?", actor=SYSTEM, now=now)
    assert answer["status"] == "unclear", _text(answer)
    assert "03-11" in _text(answer) and "03-06" in _text(answer)
    assert answer["suggestions"] == ["ranking 3월 11일에 왜 문제였어?", "ranking 3월 6일에 왜 문제였어?"]
    for offered in answer["suggestions"]:  # each can be asked as it is
        assert ask(session, question=offered, actor=SYSTEM, now=now)["status"] == "ok", offered


def test_an_occasion_on_no_record_asks_when_it_was(golden: dict, session: Session) -> None:  # noqa: F811
    now = datetime.fromisoformat(golden["now"].replace("Z", "+00:00"))
    answer = ask(
        session,
        question="root cause of the viewer errors during the black friday sale?",
        actor=SYSTEM,
        now=now,
    )
    assert answer["status"] == "unclear", _text(answer)
    assert "black friday sale" in _text(answer)
    for offered in answer["suggestions"]:
        assert ask(session, question=offered, actor=SYSTEM, now=now)["status"] == "ok", offered
