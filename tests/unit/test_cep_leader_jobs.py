"""Leader jobs keep their rhythm: due after the interval, off at 0, seeded from the domain's last run."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from services.cep import leader_jobs
from services.cep.explain import one_line
from services.cep.leader_jobs import LeaderJobRunner, register_leader_job

T0 = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(leader_jobs, "LEADER_JOBS", {})
    yield


def test_runs_when_due_and_not_before() -> None:
    ran: list[int] = []
    register_leader_job("j", lambda: ran.append(1), lambda: 600)
    runner = LeaderJobRunner()
    assert runner.run_due(T0) == ["j"]
    assert runner.run_due(T0 + timedelta(seconds=599)) == []
    assert runner.run_due(T0 + timedelta(seconds=600)) == ["j"] and len(ran) == 2


def test_zero_interval_is_off_and_a_failure_waits_a_full_interval() -> None:
    interval = [0.0]

    def boom() -> None:
        raise RuntimeError("down")

    register_leader_job("j", boom, lambda: interval[0])
    runner = LeaderJobRunner()
    assert runner.run_due(T0) == []
    interval[0] = 60
    assert runner.run_due(T0) == []  # failed: logged, not reported as run
    assert runner.last["j"] == T0 and runner.run_due(T0 + timedelta(seconds=30)) == []


def test_a_new_leader_continues_from_the_last_stored_run() -> None:
    register_leader_job("j", lambda: None, lambda: 3600, last_run=lambda: T0 - timedelta(minutes=50))
    assert LeaderJobRunner().run_due(T0) == []
    assert LeaderJobRunner().run_due(T0 + timedelta(minutes=10)) == ["j"]


def test_one_line_is_the_best_hypothesis_with_its_first_evidence() -> None:
    assert one_line([]) is None
    line = one_line(
        [{"ci": "orders-db", "cause": "disk_usage anomaly", "score": 0.91, "evidence": ["disk 96%"]}]
    )
    assert line == "orders-db: disk_usage anomaly (91%) — disk 96%"
