"""One figure across a set of CIs, checked against the fixture's CSV computed in Python."""

import csv
import statistics
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from services.ops.service import ask
from tests.integration.ops_scoring import _numbers

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "infra-small"
NOW = datetime.fromisoformat("2026-03-02T00:00:00+00:00")


def _expected_host_cpu_average() -> float:
    hosts = {row["name"] for row in csv.DictReader((FIXTURE / "cis.csv").open()) if row["type"] == "host"}
    values = [
        float(row["value"])
        for row in csv.DictReader((FIXTURE / "metrics.csv").open())
        if row["ci"] in hosts
        and row["metric"] == "cpu_usage"
        and "2026-03-01T23:00:00Z" <= row["ts"] < "2026-03-02T00"
    ]
    return statistics.fmean(values)


def test_average_across_all_hosts(infra_small_url: str) -> None:
    with Session(db.get_engine()) as session:
        answer = ask(
            session,
            question="What is the average CPU across all hosts in the last hour?",
            actor=SYSTEM,
            now=NOW,
        )
    assert answer["plan"]["steps"][0]["args"]["op"] == "fleet"
    text = answer["blocks"][0]["text"]
    assert round(_expected_host_cpu_average(), 2) in _numbers(text), text


def test_a_ranking_over_cis_that_never_measured_the_metric_says_so(infra_small_url: str) -> None:
    with Session(db.get_engine()) as session:
        queues = ask(
            session, question="Which queue had the highest CPU in the last hour?", actor=SYSTEM, now=NOW
        )
        hosts = ask(
            session, question="Which host had the highest CPU in the last hour?", actor=SYSTEM, now=NOW
        )
    assert queues["status"] == "unclear", queues  # the queue has no CPU samples: no "no data" as ok
    assert "cpu_usage" in queues["blocks"][0]["text"] and "queue" in queues["blocks"][0]["text"]
    assert hosts["status"] == "ok" and hosts["plan"]["steps"][0]["args"]["op"] == "top_n", hosts
