"""Since-when questions on the demo estate: its incident fills the root's disk, so "since when" has a
known answer during the incident and "not any more" after it; a chronic breach answers with its run."""

from datetime import datetime, timedelta

import pytest
from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra import metric_queries
from services.infra.condition_runs import BRIEF_DIP
from services.infra.demo import DemoManifest
from services.ops.oncall import threshold_breaches
from services.ops.service import ask
from tests.integration.ops_demo_helpers import END, KST, demo_fixture, demo_session_fixture  # noqa: F401


def _ask(session: Session, question: str, now: datetime) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=now)


def _since_step(answer: dict) -> dict:
    assert answer["status"] == "ok", answer
    step = answer["plan"]["steps"][0]
    assert step["tool"] == "metric_query" and step["args"]["op"] == "since", step
    return step["args"]


def _table_row(answer: dict) -> list:
    return next(b for b in answer["blocks"] if b["type"] == "table")["rows"][0]


@pytest.mark.parametrize(
    "question",
    [
        "since when has {root} disk been above 90%?",
        "{root} 디스크 언제부터 90% 넘었어?",
        "{root} 디스크 얼마나 오래 90% 넘었어?",
        "when did {root} disk start going above 90%?",
        "{root} 디스크 몇시부터 90% 넘었어?",
    ],
)
def test_since_when_during_the_incident_is_the_start_of_the_unbroken_run(
    session: Session, demo: DemoManifest, question: str
) -> None:
    incident = demo.incident
    now = incident.mitigated - timedelta(minutes=5)
    answer = _ask(session, question.format(root=incident.root), now)
    args = _since_step(answer)
    assert (args["ci"], args["metric"], args["cmp"], args["value"]) == (
        incident.root,
        "disk_usage",
        ">",
        90.0,
    )
    since = datetime.strptime(_table_row(answer)[3][:16], "%Y-%m-%d %H:%M").replace(tzinfo=KST)
    points = metric_queries.series(session, incident.root, "disk_usage", since - timedelta(hours=3), now, 300)
    before = [p for p in points if p["ts"] < since]
    during = [p for p in points if p["ts"] >= since]
    assert during and all(p["value"] > 90 for p in during)  # unbroken from `since` on
    assert before and before[-1]["value"] <= 90  # and not before it
    assert incident.start - timedelta(hours=2) <= since <= now


def test_after_the_incident_the_condition_no_longer_holds_and_says_when_it_last_did(
    session: Session, demo: DemoManifest
) -> None:
    incident = demo.incident
    answer = _ask(session, f"since when is {incident.root} disk above 90%?", END)
    _since_step(answer)
    text = next(b["text"] for b in answer["blocks"] if b["type"] == "text")
    assert "is not above 90.00% now" in text and "It was last above" in text
    last = datetime.strptime(text.split("It was last above 90.00% at ")[1][:16], "%Y-%m-%d %H:%M")
    assert incident.start <= last.replace(tzinfo=KST) <= incident.end + timedelta(hours=1)


def test_a_symptom_word_names_the_metric_and_its_threshold_is_the_bound(
    session: Session, demo: DemoManifest
) -> None:
    """'how long has X been slow' reads response time against its warning threshold; brief dips around
    the bound do not end the run."""
    slow = [b for b in threshold_breaches(session, now=END) if b["details"]["metric"] == "response_time_ms"]
    assert slow, "the demo estate has a service over its response-time threshold at END"
    ci, bound = slow[0]["ci"], slow[0]["details"]["threshold"]
    for question in (f"how long has {ci} been slow?", f"{ci} 언제부터 느려졌어?"):
        answer = _ask(session, question, END)
        args = _since_step(answer)
        assert (args["ci"], args["metric"]) == (ci, "response_time_ms") and "value" not in args
        since = datetime.strptime(_table_row(answer)[3][:16], "%Y-%m-%d %H:%M").replace(tzinfo=KST)
        points = metric_queries.series(session, ci, "response_time_ms", since - timedelta(days=1), END, 300)
        below = [p["ts"] for p in points if p["ts"] >= since and p["value"] < bound]
        for ts in below:  # every break inside the run is brief
            assert any(p["ts"] > ts and p["ts"] - ts < BRIEF_DIP and p["value"] >= bound for p in points), ts


def test_a_since_question_without_a_metric_or_symptom_is_unclear(session: Session) -> None:
    answer = _ask(session, "since when has orders-db been like this?", END)
    assert answer["status"] == "unclear" and answer["suggestions"], answer
