"""Leader-only periodic jobs that other domains add to the CEP scheduler (e.g. OPS Regression Watch).

`register_leader_job(job_id, func, interval_seconds, last_run=)` (at install time) adds a job; the
CEP scheduler's `leader-jobs` tick runs each due one on the current leader only, one after another in
a worker thread. `interval_seconds()` is read on every tick (a setting can change it; 0 turns the job
off). `last_run()` — when given — reads the last run from the domain's own tables, so a new leader or a
restarted process keeps the rhythm instead of running at once; otherwise the first tick runs it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LeaderJob:
    job_id: str
    func: Callable[[], Any]
    interval_seconds: Callable[[], float]
    last_run: Callable[[], datetime | None] | None = None


LEADER_JOBS: dict[str, LeaderJob] = {}


def register_leader_job(
    job_id: str,
    func: Callable[[], Any],
    interval_seconds: Callable[[], float],
    *,
    last_run: Callable[[], datetime | None] | None = None,
) -> None:
    """Run `func()` every `interval_seconds()` seconds on the CEP leader (registering `job_id` again
    replaces it)."""
    LEADER_JOBS[job_id] = LeaderJob(job_id, func, interval_seconds, last_run)


@dataclass
class LeaderJobRunner:
    """This process's memory of when each job last ran (seeded from `last_run()` on first sight)."""

    last: dict[str, datetime] = field(default_factory=dict)

    def _due(self, job: LeaderJob, now: datetime) -> bool:
        interval = float(job.interval_seconds())
        if interval <= 0:
            return False
        if job.job_id not in self.last and job.last_run is not None:
            previous = job.last_run()
            if previous is not None:
                self.last[job.job_id] = previous
        last = self.last.get(job.job_id)
        return last is None or now - last >= timedelta(seconds=interval)

    def run_due(self, now: datetime) -> list[str]:
        """Run every due job (a failure is logged; the job waits a full interval before retrying)."""
        ran = []
        for job in list(LEADER_JOBS.values()):
            try:
                if not self._due(job, now):
                    continue
                self.last[job.job_id] = now
                job.func()
                ran.append(job.job_id)
            except Exception:
                log.exception("CEP leader job %s failed", job.job_id)
        return ran
