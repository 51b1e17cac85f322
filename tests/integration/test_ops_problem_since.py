"""When a problem began, and questions pointing back at it: the problem list's start of a threshold breach is
the start of its unbroken run (not its newest sample), "그거 언제부터야?" after "뭐가 문제야 지금?" asks since when
the worst problem's metric has been past its threshold, and "왜 그런거야?" opening a chat says there is nothing
earlier to refer to."""

from datetime import datetime, timedelta

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra import metric_queries
from services.ops.oncall import BREACH_LOOKBACK, estate_problems
from services.ops.service import ask
from tests.integration.ops_demo_helpers import END, demo_fixture, demo_session_fixture  # noqa: F401


def _ask(session: Session, question: str, conversation: str | None = None, now: datetime = END) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=now, conversation_id=conversation)


def test_a_breach_starts_where_its_unbroken_run_starts(session: Session) -> None:
    breaches = [p for p in estate_problems(session, now=END)["problems"] if p["kind"] == "threshold"]
    assert breaches
    for breach in breaches:
        details = breach["details"]
        points = metric_queries.series(
            session, breach["ci"], details["metric"], END - BREACH_LOOKBACK, END, 300
        )
        since: datetime = breach["since"]
        during = [p["value"] for p in points if p["ts"] >= since]
        before = [p["value"] for p in points if p["ts"] < since]
        assert during and min(during) >= details["threshold"] * 0.97, breach  # brief dips aside
        if details["since_floor"]:
            assert not before or min(p["ts"] for p in points) >= since, breach
        else:
            assert before and before[-1] < details["threshold"], breach


@pytest.mark.parametrize(
    "hours_before_end", [0, 5]
)  # at END a warning leads the list, 5 h earlier a critical
def test_since_when_after_what_is_wrong_is_about_the_worst_problem(
    session: Session, hours_before_end: int
) -> None:
    now = END - timedelta(hours=hours_before_end)
    problems = _ask(session, "뭐가 문제야 지금?", conversation=f"since-{hours_before_end}", now=now)
    table = next(b for b in problems["blocks"] if b["type"] == "table")
    worst, level, started = table["rows"][0][1], table["rows"][0][0], table["rows"][0][4]
    answer = _ask(session, "그거 언제부터야?", conversation=f"since-{hours_before_end}", now=now)
    assert answer["status"] == "ok", answer
    args = answer["plan"]["steps"][0]["args"]
    assert (args["op"], args["ci"]) == ("since", worst), args
    worst_problem = estate_problems(session, now=now)["problems"][0]
    assert args["metric"] == worst_problem["details"]["metric"]
    rows = next(b for b in answer["blocks"] if b["type"] == "table")["rows"]
    # past a stricter level than the warning one: since when at each level, the mildest crossed first
    assert len(rows) == (2 if level == "심각" else 1), rows
    assert rows[0][3] <= rows[-1][3], rows
    assert started.startswith(rows[-1][3])  # the list and the answer agree on when its level began
    if len(rows) == 2:
        assert "심각 수준" in answer["blocks"][1]["text"], answer["blocks"]


@pytest.mark.parametrize(
    "question", ["왜 그런거야?", "why is that?", "since when?", "그럼 메모리는?", "and yesterday?"]
)
def test_pointing_back_with_nothing_before_is_unclear(session: Session, question: str) -> None:
    answer = _ask(session, question)
    assert answer["status"] == "unclear" and answer["suggestions"], answer
    said = answer["blocks"][0]["text"]
    assert ("앞선 질문이 없어" in said) if "가" <= question[0] <= "힣" else ("no earlier question" in said), (
        said
    )


def test_an_off_topic_question_with_a_pronoun_is_still_out_of_scope(session: Session) -> None:
    answer = _ask(session, "is it raining in seoul?")
    assert answer["status"] == "rejected" and "no earlier question" not in answer["blocks"][0]["text"], answer
