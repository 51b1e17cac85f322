"""A CI's metric over a period against the same period earlier, on the demo estate (three days of history,
its incident this morning): the figures are the window aggregates, and an earlier period without data says
there is nothing to compare."""

from datetime import datetime, timedelta

from sqlmodel import Session

from services.core.security import SYSTEM
from services.infra import metric_queries
from services.infra.demo import DemoManifest
from services.ops.service import ask
from tests.integration.ops_demo_helpers import END, KST, demo_fixture, demo_session_fixture  # noqa: F401


def _ask(session: Session, question: str) -> dict:
    return ask(session, question=question, actor=SYSTEM, now=END)


def test_today_against_yesterday_compares_the_same_clock_hours(session: Session, demo: DemoManifest) -> None:
    root = demo.incident.root
    answer = _ask(session, f"compare {root} disk usage today vs yesterday")
    assert answer["status"] == "ok", answer
    assert [s["args"]["op"] for s in answer["plan"]["steps"]] == [
        "aggregate",
        "aggregate",
        "series",
        "series",
    ]
    midnight = END.astimezone(KST).replace(hour=0, minute=0, second=0, microsecond=0)
    windows = [(midnight, END), (midnight - timedelta(days=1), END - timedelta(days=1))]
    steps = answer["plan"]["steps"][:2]
    assert [
        (datetime.fromisoformat(s["args"]["start"]), datetime.fromisoformat(s["args"]["end"])) for s in steps
    ] == windows
    today, yesterday = (
        metric_queries.window_aggregate(session, root, "disk_usage", "avg", a, b) for a, b in windows
    )
    assert today is not None and yesterday is not None and today > yesterday  # the disk filled this morning
    table = next(b for b in answer["blocks"] if b["type"] == "table")
    assert [row[3] for row in table["rows"]] == [f"{today:,.2f}%", f"{yesterday:,.2f}%"]
    assert "higher" in answer["blocks"][0]["text"]


def test_an_earlier_period_before_the_history_has_nothing_to_compare(
    session: Session, demo: DemoManifest
) -> None:
    answer = _ask(session, f"{demo.incident.root} 응답시간 지난주 대비 어때?")
    assert [s["args"]["op"] for s in answer["plan"]["steps"]] == [
        "aggregate",
        "aggregate",
        "series",
        "series",
    ]
    assert "비교할 수 없습니다" in answer["blocks"][0]["text"], answer["blocks"]
