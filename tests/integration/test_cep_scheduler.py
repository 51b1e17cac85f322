"""CEP scheduler: one leader among contenders, only the leader evaluates, a paused ex-leader's write is
refused by the fencing epoch, missed ticks coalesce into one run, and the APScheduler jobs run rules."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from services.cep.models import CepAlert, CepRule
from services.cep.scheduler import CepScheduler, run_rule
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.clock import utcnow
from services.core.leader import LeaderLock, LockKey, current_epoch
from services.core.security import SYSTEM
from tests.integration.cep_helpers import MetricsServer, http_rule, loopback_sources  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("loopback_sources")


def _rule(session: Session, url: str, interval: int = 60) -> int:
    spec = http_rule(url, op=">", threshold=1)
    spec["trigger"]["poll_interval_seconds"] = interval
    rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    session.commit()
    assert rule.id is not None
    return rule.id


def _rule_row(session: Session, rule_id: int) -> CepRule:
    session.expire_all()
    rule = session.get(CepRule, rule_id)
    assert rule is not None
    return rule


def test_two_contenders_one_leader(session: Session) -> None:
    first, second = LeaderLock(LockKey.CEP_SCHEDULER), LeaderLock(LockKey.CEP_SCHEDULER)
    try:
        assert [first.try_acquire(), second.try_acquire()] == [True, False]
        assert first.try_acquire() and not second.try_acquire()  # a held lock stays held
        epoch = first.epoch
        first.release()
        assert second.try_acquire() and second.epoch == (epoch or 0) + 1
        assert not first.try_acquire()
        newest = current_epoch(session, LockKey.CEP_SCHEDULER)
        assert newest is not None and newest[0] == second.epoch
    finally:
        first.release()
        second.release()


def test_only_the_leader_evaluates_and_a_stale_leader_is_fenced(session: Session) -> None:
    with MetricsServer() as server:
        server.value = 5
        rule_id = _rule(session, f"{server.url}/value")
        a, b = CepScheduler(concurrency=4), CepScheduler(concurrency=4)
        try:
            assert a.check_leader() and not b.check_leader()
            assert asyncio.run(b.run_due("metric", ("metric",), 4)) == 0
            assert asyncio.run(a.run_due("metric", ("metric",), 4)) == 1
            assert asyncio.run(a.run_due("metric", ("metric",), 4)) == 0  # not due again for 60 s
            assert _rule_row(session, rule_id).evaluations == 1

            # `a` pauses: its lock session is cut, `b` takes over; `a` still believes it leads.
            session.execute(
                text(
                    "SELECT pg_terminate_backend(pid, 5000) FROM pg_locks WHERE locktype = 'advisory' AND objid = :k"
                ),
                {"k": int(LockKey.CEP_SCHEDULER)},
            )
            session.commit()
            assert b.check_leader() and a.is_leader
            rule = _rule_row(session, rule_id)
            rule.next_run_at = utcnow() - timedelta(seconds=1)
            session.add(rule)
            session.commit()
            assert asyncio.run(a.run_due("metric", ("metric",), 4)) == 0  # refused: stale epoch
            assert not a.is_leader and _rule_row(session, rule_id).evaluations == 1
            assert asyncio.run(b.run_due("metric", ("metric",), 4)) == 1
            assert _rule_row(session, rule_id).evaluations == 2
        finally:
            a.stop()
            b.stop()


def test_missed_ticks_coalesce_into_one_run(session: Session) -> None:
    with MetricsServer() as server:
        rule_id = _rule(session, f"{server.url}/value", interval=60)
        rule = _rule_row(session, rule_id)
        overdue = utcnow() - timedelta(minutes=10, seconds=5)
        rule.next_run_at = overdue
        session.add(rule)
        session.commit()
        scheduler = CepScheduler(concurrency=2)
        try:
            assert scheduler.check_leader()
            assert asyncio.run(scheduler.run_due("metric", ("metric",), 2)) == 1
            assert asyncio.run(scheduler.run_due("metric", ("metric",), 2)) == 0
        finally:
            scheduler.stop()
        rule = _rule_row(session, rule_id)
        assert rule.evaluations == 1 and server.requests == 1
        assert rule.next_run_at is not None and rule.next_run_at > utcnow()
        assert (rule.next_run_at - overdue).total_seconds() % 60 == 0  # still on the rule's own grid
        assert rule.last_lag_ms is not None and rule.last_lag_ms >= 600_000


def test_the_apscheduler_jobs_run_due_rules(session: Session) -> None:
    with MetricsServer() as server:
        server.value = 5
        rule_id = _rule(session, f"{server.url}/value", interval=5)

        async def run() -> dict:
            scheduler = CepScheduler()
            scheduler.start()
            try:
                await asyncio.sleep(7.5)
                return scheduler.status()
            finally:
                await asyncio.to_thread(scheduler.stop)

        status = asyncio.run(run())
    assert status["leader"] and status["running"] and status["loops"]["metric"]["runs"] >= 5
    rule = _rule_row(session, rule_id)
    assert rule.evaluations == 2  # at start, then 5 s later
    assert rule.last_duration_ms is not None and rule.errors == 0


def test_for_counts_grid_ticks_not_loop_lag(session: Session) -> None:
    """A run late by loop lag evaluates at its tick (as Prometheus evaluates at its aligned timestamp): a
    rule polled every 5 s with `for` 10 s fires on the third tick even when the first ran 0.8 s late
    and the third on time (by wall-clock times it would have held only 9.25 s and waited 5 s more)."""
    with MetricsServer() as server:
        server.value = 5
        spec = http_rule(f"{server.url}/value", op=">", threshold=1, for_seconds=10)
        spec["trigger"]["poll_interval_seconds"] = 5
        rule = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
        session.commit()
        assert rule.id is not None
        lock = LeaderLock(LockKey.CEP_SCHEDULER)
        try:
            assert lock.try_acquire()
            t0 = utcnow().replace(microsecond=0) - timedelta(minutes=1)
            for tick, late in ((0, 0.8), (5, 0.3), (10, 0.05)):
                due = t0 + timedelta(seconds=tick)
                run_rule(rule.id, now=due + timedelta(seconds=late), epoch=lock.epoch, scheduled_at=due)
        finally:
            lock.release()
    alert = session.exec(select(CepAlert).where(CepAlert.rule_id == rule.id)).one()
    assert (alert.state, alert.active_at, alert.fired_at) == ("firing", t0, t0 + timedelta(seconds=10))
    stored = _rule_row(session, rule.id)
    assert stored.last_lag_ms == pytest.approx(50, abs=1)  # the monitor still sees the real lag
    assert stored.next_run_at == t0 + timedelta(seconds=15)
