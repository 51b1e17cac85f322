"""The CEP scheduler: APScheduler jobs in every app process, doing work only on the leader.

Four jobs: the leader-only jobs other domains register (`services.cep.leader_jobs`), `leader` (every 2 s, `LeaderLock(LockKey.CEP_SCHEDULER)`), the schedule loop (cron /
interval rules, plus the timers of event rules) and the metric poll loop (metric rules, at most
`cep_metric_poll_concurrency` evaluations at once, on that many threads of its own; an HTTP or
Prometheus source is read before the evaluation's transaction opens, through the shared pooled client).
The event inbox is evaluated by `services.cep.inbox.run_consumer` under this scheduler's leadership. A rule's due time is `cep_rules.next_run_at`, so
timing survives restarts and leader changes; after a pause every overdue rule runs once and its next
time is the first tick after now (missed ticks coalesce). A run evaluates at its grid tick
(`evaluation_tick`), as Prometheus evaluates at its aligned timestamp, so loop lag never stretches a
`for`. Each evaluation is its own transaction,
fenced by the leader's epoch: a paused ex-leader's evaluation is refused and it steps down.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from services.cep import sources
from services.cep.evaluate import evaluate_rule
from services.cep.leader_jobs import LeaderJobRunner
from services.cep.models import CepAlert, CepRule
from services.cep.rule_settings import METRIC_POLL_CONCURRENCY, SCHEDULER_ENABLED
from services.cep.schema import HttpSource, PrometheusSource, RuleSpec
from services.cep.sources import Sample, SourceError
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.leader import LeaderLock, LockKey, StaleLeader

log = logging.getLogger(__name__)
TICK_S = 1.0
LEADER_CHECK_S = 2.0
EVENT_TIMER_S = 5.0
LEADER_JOBS_TICK_S = 10.0


def next_run(spec: RuleSpec, scheduled: datetime, now: datetime) -> datetime:
    """The first tick of the rule's timing after `now` (missed ticks in between are skipped)."""
    trigger = spec.trigger
    if trigger.kind == "schedule" and trigger.cron:
        from apscheduler.triggers.cron import CronTrigger

        cron = CronTrigger.from_crontab(trigger.cron, timezone=UTC)
        found = cron.get_next_fire_time(None, now + timedelta(seconds=1))
        return found if found is not None else now + timedelta(days=365)
    interval = trigger.interval_seconds if trigger.kind == "schedule" else trigger.poll_interval_seconds  # type: ignore[union-attr]
    assert interval is not None
    step = timedelta(seconds=interval)
    if scheduled > now:
        return scheduled
    missed = int((now - scheduled) / step) + 1
    return scheduled + missed * step


def evaluation_tick(spec: RuleSpec, scheduled: datetime, now: datetime) -> datetime:
    """The timestamp a run due at `scheduled` evaluates at: the latest tick of the rule's timing at or
    before `now` (a run late by loop lag keeps its tick, so `for` counts whole intervals; a run that
    coalesced missed interval ticks takes the last of them; a coalesced cron run takes `now`)."""
    trigger = spec.trigger
    if scheduled >= now:
        return scheduled
    if trigger.kind == "schedule" and trigger.cron:
        return scheduled if next_run(spec, scheduled, scheduled) > now else now
    interval = trigger.interval_seconds if trigger.kind == "schedule" else trigger.poll_interval_seconds  # type: ignore[union-attr]
    assert interval is not None
    step = timedelta(seconds=interval)
    return scheduled + int((now - scheduled) / step) * step


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


@dataclass(frozen=True)
class Prefetched:
    """A remote reading taken for the rule whose stored spec was `spec`: its samples or its error."""

    spec: dict[str, Any]
    samples: list[Sample] | None
    error: str | None = None


def rule_specs(session: Session, rule_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The stored specs of `rule_ids` (one query)."""
    rows = session.exec(select(CepRule.id, CepRule.spec).where(col(CepRule.id).in_(rule_ids))).all()
    return {int(rule_id): dict(spec) for rule_id, spec in rows if rule_id is not None}


def prefetch(
    raw_spec: dict[str, Any] | None, scheduled_at: datetime | None, now: datetime
) -> Prefetched | None:
    """A remote source's reading (HTTP, Prometheus) taken before the evaluation's transaction opens, so
    no database connection or rule lock is held while another service answers; None for the others."""
    if raw_spec is None or scheduled_at is None:
        return None
    spec = RuleSpec.model_validate(raw_spec)
    if not isinstance(spec.source, HttpSource | PrometheusSource) or spec.trigger.kind == "event":
        return None
    tick = evaluation_tick(spec, scheduled_at, now)
    try:
        return Prefetched(raw_spec, sources.read_remote(spec.source, tick))
    except SourceError as exc:
        return Prefetched(raw_spec, None, str(exc)[:1000])


def run_rule(
    rule_id: int,
    *,
    now: datetime,
    epoch: int | None,
    scheduled_at: datetime | None,
    prefetched: Prefetched | None = None,
) -> None:
    """Evaluate one rule in its own fenced transaction and set its next due time (a due rule's row is
    read and locked in one statement; its next due time goes out with the monitor counters)."""
    with session_scope() as session:
        query = select(CepRule).where(CepRule.id == rule_id)
        rule = session.exec(query.with_for_update() if scheduled_at is not None else query).one()
        spec = RuleSpec.model_validate(rule.spec)
        timed = scheduled_at is not None and spec.trigger.kind != "event"
        tick = evaluation_tick(spec, scheduled_at, now) if timed and scheduled_at is not None else None
        due_next = next_run(spec, scheduled_at, now) if timed and scheduled_at and rule.enabled else None
        if prefetched is not None and prefetched.spec != rule.spec:
            prefetched = None  # the rule changed since: read its new source inside the evaluation
        evaluate_rule(
            session,
            rule_id,
            now=now,
            epoch=epoch,
            scheduled_at=scheduled_at,
            fenced=True,
            tick=tick,
            samples=prefetched.samples if prefetched else None,
            source_error=prefetched.error if prefetched else None,
            rule=rule if timed else None,
            next_run_at=due_next,
        )


def _record_failure(rule_id: int, scheduled_at: datetime | None, now: datetime, error: str) -> None:
    with session_scope() as session:
        rule = session.get(CepRule, rule_id)
        if rule is None:
            return
        rule.errors += 1
        rule.last_error = error[:1000]
        if scheduled_at is not None and rule.enabled and rule.trigger_kind != "event":
            rule.next_run_at = next_run(RuleSpec.model_validate(rule.spec), scheduled_at, now)
        session.add(rule)


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
        now = utcnow()
        try:
            prefetched = prefetch(spec, scheduled_at, now)
            run_rule(
                rule_id, now=now, epoch=self.lock.epoch, scheduled_at=scheduled_at, prefetched=prefetched
            )
            return True
        except StaleLeader:
            log.warning("CEP scheduler: epoch %s is stale; stepping down", self.lock.epoch)
            self.lock.step_down()
        except Exception as exc:
            log.exception("CEP rule %s: evaluation failed", rule_id)
            _record_failure(rule_id, scheduled_at, now, f"{type(exc).__name__}: {exc}")
        return False

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

    async def run_due(self, loop: str, kinds: tuple[str, ...], concurrency: int) -> int:
        """Evaluate every due rule of `kinds`, at most `concurrency` at once; the number evaluated."""
        if not self.is_leader:
            return 0
        now = utcnow()
        status = self.loops[loop]
        due, timers, specs = await asyncio.to_thread(self._collect, loop, kinds, now)
        status.runs += 1
        status.last_tick_at = now
        status.last_lag_ms = max(((now - at).total_seconds() * 1000 for _, at in due), default=0.0)
        pool = self._pool(loop, max(1, concurrency))
        running = asyncio.get_running_loop()

        async def one(rule_id: int, at: datetime | None) -> bool:
            return await running.run_in_executor(pool, self._evaluate, rule_id, at, specs.get(rule_id))

        done = await asyncio.gather(*(one(r, at) for r, at in due), *(one(r, None) for r in timers))
        status.last_evaluations = sum(done)
        return status.last_evaluations

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

    async def _metric_job(self) -> None:
        await self.run_due("metric", ("metric",), self._concurrency())

    def start(self) -> None:
        """Add the jobs to an AsyncIOScheduler on the running loop (coalesced, one instance each)."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        scheduler = AsyncIOScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30}
        )
        now = datetime.now(UTC)
        scheduler.add_job(
            self._leader_job, "interval", seconds=LEADER_CHECK_S, id="cep-leader", next_run_time=now
        )
        scheduler.add_job(self._schedule_job, "interval", seconds=TICK_S, id="cep-schedule-loop")
        scheduler.add_job(self._metric_job, "interval", seconds=TICK_S, id="cep-metric-loop")
        scheduler.add_job(self.run_leader_jobs, "interval", seconds=LEADER_JOBS_TICK_S, id="cep-leader-jobs")
        scheduler.start()
        self._scheduler = scheduler

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        for pool in self._pools.values():
            pool.shutdown(wait=False)
        self._pools.clear()
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
