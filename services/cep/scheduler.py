"""The CEP scheduler: APScheduler jobs in every app process, doing work only on the leader.

Four jobs: the leader-only jobs other domains register (`services.cep.leader_jobs`), `leader` (every
2 s, `LeaderLock(LockKey.CEP_SCHEDULER)`), the schedule loop (cron / interval rules, plus the timers
of event rules; each run its own transaction, `rule_runs`) and the metric loop (an asyncio task
ticking every `METRIC_TICK_S`; `metric_tick`: the due metric rules' sources read concurrently, at
most `cep_metric_poll_concurrency` GETs at once, each distinct GET once per tick; evaluations in
batched transactions). The event inbox is evaluated by
`services.cep.inbox.run_consumer` under this scheduler's leadership. A rule's due time is
`cep_rules.next_run_at`, so timing survives restarts and leader changes; after a pause every overdue
rule runs once and its next time is the first tick after now (missed ticks coalesce). A run evaluates
at its grid tick (`rule_runs.evaluation_tick`), as Prometheus evaluates at its aligned timestamp, so
loop lag never stretches a `for`. Every write is fenced by the leader's epoch: a paused ex-leader's
evaluation is refused and it steps down.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, select

from services.cep import metric_tick
from services.cep.http_delivery import Clients
from services.cep.leader_jobs import LeaderJobRunner
from services.cep.models import CepAlert, CepRule
from services.cep.rule_runs import prefetch, run_guarded, run_rule
from services.cep.rule_settings import METRIC_POLL_CONCURRENCY, SCHEDULER_ENABLED
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.leader import LeaderLock, LockKey, StaleLeader

__all__ = ["CepScheduler", "event_rules_with_instances", "run_rule", "run_scheduler"]

log = logging.getLogger(__name__)
TICK_S = 1.0
METRIC_TICK_S = 0.25  # the metric loop looks for due rules 4× a second: a due rule waits ≤ 0.25 s for it
LEADER_CHECK_S = 2.0
EVENT_TIMER_S = 5.0
LEADER_JOBS_TICK_S = 10.0


def due_rules(session: Session, kinds: tuple[str, ...], now: datetime) -> list[tuple[int, datetime]]:
    """Enabled rules of `kinds` whose time has come, oldest due first."""
    rows = session.exec(
        select(CepRule.id, CepRule.next_run_at)
        .where(
            col(CepRule.enabled),
            col(CepRule.trigger_kind).in_(kinds),
            col(CepRule.next_run_at).is_not(None),
            col(CepRule.next_run_at) <= now,
        )
        .order_by(col(CepRule.next_run_at))
    ).all()
    return [(int(rule_id), due) for rule_id, due in rows if rule_id is not None and due is not None]


def event_rules_with_instances(session: Session) -> list[int]:
    """Enabled event rules whose instances have timers to advance (pending, firing or still observed)."""
    rows = session.exec(
        select(CepRule.id)
        .join(CepAlert, col(CepAlert.rule_id) == col(CepRule.id))
        .where(
            col(CepRule.enabled),
            col(CepRule.trigger_kind) == "event",
            col(CepAlert.state).in_(("pending", "firing")),
        )
        .distinct()
    ).all()
    return [int(r) for r in rows if r is not None]


def rule_specs(session: Session, rule_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The stored specs of `rule_ids` (one query)."""
    rows = session.exec(select(CepRule.id, CepRule.spec).where(col(CepRule.id).in_(rule_ids))).all()
    return {int(rule_id): dict(spec) for rule_id, spec in rows if rule_id is not None}


@dataclass
class LoopStatus:
    runs: int = 0
    last_tick_at: datetime | None = None
    last_lag_ms: float | None = None
    last_evaluations: int = 0


@dataclass
class CepScheduler:
    """The jobs of one process; `status()` feeds /api/health/ready and the dashboard."""

    concurrency: int | None = None
    lock: LeaderLock = field(default_factory=lambda: LeaderLock(LockKey.CEP_SCHEDULER))
    loops: dict[str, LoopStatus] = field(
        default_factory=lambda: {"schedule": LoopStatus(), "metric": LoopStatus()}
    )
    leader_jobs: LeaderJobRunner = field(default_factory=LeaderJobRunner)
    _last_event_timers: float = 0.0
    _scheduler: Any = None
    _pools: dict[str, ThreadPoolExecutor] = field(default_factory=dict)
    _http: tuple[asyncio.AbstractEventLoop, Clients] | None = None
    _metric_task: asyncio.Task[None] | None = None

    @property
    def is_leader(self) -> bool:
        return self.lock.is_leader

    def check_leader(self) -> bool:
        try:
            return self.lock.try_acquire()
        except Exception:
            log.exception("CEP scheduler: leader check failed")
            return False

    def _evaluate(
        self, rule_id: int, scheduled_at: datetime | None, spec: dict[str, Any] | None = None
    ) -> bool:
        try:
            prefetched = prefetch(spec, scheduled_at, utcnow())
        except ValueError:  # an unreadable stored spec: the evaluation reports it
            prefetched = None
        try:
            return run_guarded(
                rule_id, scheduled_at=scheduled_at, prefetched=prefetched, epoch=self.lock.epoch
            )
        except StaleLeader:
            self._step_down()
            return False

    def _step_down(self) -> None:
        log.warning("CEP scheduler: epoch %s is stale; stepping down", self.lock.epoch)
        self.lock.step_down()

    def _collect(
        self, loop: str, kinds: tuple[str, ...], now: datetime
    ) -> tuple[list[tuple[int, datetime]], list[int], dict[int, dict[str, Any]]]:
        with session_scope() as session:
            due = due_rules(session, kinds, now)
            specs = rule_specs(session, [rule_id for rule_id, _ in due]) if due else {}
            timers: list[int] = []
            if loop == "schedule" and time.monotonic() - self._last_event_timers >= EVENT_TIMER_S:
                self._last_event_timers = time.monotonic()
                timers = event_rules_with_instances(session)
        return due, timers, specs

    def _pool(self, loop: str, concurrency: int) -> ThreadPoolExecutor:
        """The loop's own worker threads, as many as its concurrency (the event loop's default
        executor has only a few, shared with everything else)."""
        pool = self._pools.get(loop)
        if pool is None or pool._max_workers != concurrency:
            if pool is not None:
                pool.shutdown(wait=False)
            pool = self._pools[loop] = ThreadPoolExecutor(concurrency, thread_name_prefix=f"cep-{loop}")
        return pool

    def _clients(self) -> Clients:
        """The metric loop's kept-alive source connections, kept across ticks on the same event loop."""
        running = asyncio.get_running_loop()
        if self._http is None or self._http[0] is not running:
            self._http = (running, Clients())
        return self._http[1]

    async def run_due(self, loop: str, kinds: tuple[str, ...], concurrency: int) -> int:
        """Evaluate every due rule of `kinds` (the metric loop: `metric_tick`, at most `concurrency`
        source reads at once; the others: at most `concurrency` evaluations at once); how many."""
        if not self.is_leader:
            return 0
        now = utcnow()
        status = self.loops[loop]
        due, timers, specs = await asyncio.to_thread(self._collect, loop, kinds, now)
        status.runs += 1
        status.last_tick_at = now
        status.last_lag_ms = max(((now - at).total_seconds() * 1000 for _, at in due), default=0.0)
        if loop == "metric":
            status.last_evaluations = await self._metric_tick(due, specs, max(1, concurrency))
            return status.last_evaluations
        pool = self._pool(loop, max(1, concurrency))
        running = asyncio.get_running_loop()

        async def one(rule_id: int, at: datetime | None) -> bool:
            return await running.run_in_executor(pool, self._evaluate, rule_id, at, specs.get(rule_id))

        done = await asyncio.gather(*(one(r, at) for r, at in due), *(one(r, None) for r in timers))
        status.last_evaluations = sum(done)
        return status.last_evaluations

    async def _metric_tick(
        self, due: list[tuple[int, datetime]], specs: dict[int, dict[str, Any]], concurrency: int
    ) -> int:
        if not due:
            return 0
        try:
            return await metric_tick.run_tick(
                self._clients(), due, specs, epoch=self.lock.epoch, concurrency=concurrency
            )
        except StaleLeader:
            self._step_down()
            return 0

    async def run_leader_jobs(self, now: datetime | None = None) -> list[str]:
        """The registered leader-only jobs due at `now` (`services.cep.leader_jobs`); ids of those run."""
        if not self.is_leader:
            return []
        return await asyncio.to_thread(self.leader_jobs.run_due, now or utcnow())

    def _concurrency(self) -> int:
        if self.concurrency is not None:
            return self.concurrency
        from services.core import settings_registry

        return int(settings_registry.get(METRIC_POLL_CONCURRENCY))

    async def _leader_job(self) -> None:
        await asyncio.to_thread(self.check_leader)

    async def _schedule_job(self) -> None:
        await self.run_due("schedule", ("schedule",), 4)

    async def _metric_loop(self) -> None:
        """The metric loop: a tick every METRIC_TICK_S, or right after a longer one (never two at once)."""
        while True:
            started = time.monotonic()
            try:
                await self.run_due("metric", ("metric",), self._concurrency())
            except Exception:
                log.exception("CEP metric loop: the tick failed")
            await asyncio.sleep(max(0.0, METRIC_TICK_S - (time.monotonic() - started)))

    def start(self) -> None:
        """Add the jobs to an AsyncIOScheduler on the running loop (coalesced, one instance each), and
        start the metric loop's task there."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        scheduler = AsyncIOScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30}
        )
        now = datetime.now(UTC)
        scheduler.add_job(
            self._leader_job, "interval", seconds=LEADER_CHECK_S, id="cep-leader", next_run_time=now
        )
        scheduler.add_job(self._schedule_job, "interval", seconds=TICK_S, id="cep-schedule-loop")
        scheduler.add_job(self.run_leader_jobs, "interval", seconds=LEADER_JOBS_TICK_S, id="cep-leader-jobs")
        scheduler.start()
        self._scheduler = scheduler
        self._metric_task = asyncio.get_running_loop().create_task(self._metric_loop())

    def stop(self) -> None:
        """Stop the jobs and the metric loop (callable from any thread) and give up leadership."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        if self._metric_task is not None:
            self._metric_task.get_loop().call_soon_threadsafe(self._metric_task.cancel)
            self._metric_task = None
        for pool in self._pools.values():
            pool.shutdown(wait=False)
        self._pools.clear()
        self._http = None
        self.lock.release()

    def status(self) -> dict[str, Any]:
        """Leader, epoch and per-loop tick lag of this process."""
        return {
            "running": self._scheduler is not None,
            "leader": self.is_leader,
            "epoch": self.lock.epoch,
            "loops": {
                name: {
                    "runs": s.runs,
                    "last_tick_at": s.last_tick_at.isoformat() if s.last_tick_at else None,
                    "lag_ms": s.last_lag_ms,
                    "last_evaluations": s.last_evaluations,
                }
                for name, s in self.loops.items()
            },
        }


SCHEDULER: CepScheduler | None = None


async def run_scheduler() -> None:
    """Lifespan task: run the CEP scheduler for the life of the worker (unless `cep_scheduler` is off)."""
    from services.core import settings_registry

    global SCHEDULER
    if not settings_registry.get(SCHEDULER_ENABLED):
        log.info("CEP scheduler disabled (cep_scheduler_enabled=false)")
        return
    SCHEDULER = CepScheduler()
    SCHEDULER.start()
    try:
        while True:
            await asyncio.sleep(3600)
    finally:
        await asyncio.shield(asyncio.to_thread(SCHEDULER.stop))
