"""The metric loop's tick, set-based: due rules read their sources together and are evaluated in batches.

A tick takes the due metric rules (`scheduler.due_rules`), reads their remote sources concurrently on
the event loop with each distinct GET sent once (`remote_reads`), and evaluates the rules as their
readings arrive (a ready rule waits up to `BATCH_WAIT_S` for others to share its transaction), up to
`BATCH_RULES` per transaction in a worker thread: the batch claims its rules
in one statement (`FOR UPDATE SKIP LOCKED`, still enabled and due), checks the leader's epoch once
(its share lock holds until commit, so a newer leader cannot begin while the batch writes), takes the
channel-route locks of all its rules, reads all their instances in one query, runs `evaluate_rule` for
each (the same per-rule semantics: grid ticks, `for`, `keep_firing_for`, no-data and error policies,
grouping and muting on transitions) and writes every rule's monitor counters and next due time in one
UPDATE. A batch that fails on anything but a stale epoch is rolled back and its rules are evaluated
one by one, so one broken rule cannot hold back the others.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from services.cep import groups, remote_reads
from services.cep.evaluate import MonitorEntry, evaluate_rule, record_monitors
from services.cep.http_delivery import Clients
from services.cep.models import CepAlert, CepRule
from services.cep.rule_runs import Prefetched, evaluation_tick, next_run, reading, record_failure, remote_read
from services.cep.schema import HttpSource, PrometheusSource, RuleSpec
from services.cep.sources import RemoteRequest
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.leader import LockKey, StaleLeader, assert_epoch

log = logging.getLogger(__name__)
BATCH_RULES = 100
BATCH_WAIT_S = 0.05


@dataclass(frozen=True)
class Work:
    """A due rule, its stored spec as the tick read it (`stored`, parsed: `spec`), and its remote
    reading when it has one."""

    rule_id: int
    scheduled_at: datetime
    stored: dict[str, Any] | None = None
    spec: RuleSpec | None = None
    prefetched: Prefetched | None = None


def _claim(session: Session, works: list[Work], now: datetime) -> list[CepRule]:
    """The batch's rules still enabled, metric and due, locked; rules another transaction holds are
    skipped (they stay due for the next tick)."""
    query = (
        select(CepRule)
        .where(
            col(CepRule.id).in_([work.rule_id for work in works]),
            col(CepRule.enabled),
            col(CepRule.trigger_kind) == "metric",
            col(CepRule.next_run_at) <= now,
        )
        .order_by(col(CepRule.id))
        .with_for_update(skip_locked=True)
    )
    return list(session.exec(query).all())


def _instances(session: Session, rule_ids: list[int]) -> dict[int, dict[str, CepAlert]]:
    """The instances of `rule_ids` by rule and fingerprint, freshly read in one query."""
    query = select(CepAlert).where(col(CepAlert.rule_id).in_(rule_ids))
    found: dict[int, dict[str, CepAlert]] = {rule_id: {} for rule_id in rule_ids}
    for row in session.exec(query.execution_options(populate_existing=True)).all():
        found[row.rule_id][row.fingerprint] = row
    return found


def _spec(rule: CepRule, work: Work) -> RuleSpec:
    """The rule's parsed spec: the tick's, unless the rule changed since."""
    if work.spec is not None and work.stored == rule.spec:
        return work.spec
    return RuleSpec.model_validate(rule.spec)


def _evaluate_claimed(session: Session, works: list[Work], epoch: int | None, now: datetime) -> int:
    """Claim, fence and evaluate the batch in the caller's transaction; how many rules it evaluated."""
    rules = _claim(session, works, now)
    if not rules:
        return 0
    assert_epoch(session, LockKey.CEP_SCHEDULER, epoch)
    by_id = {work.rule_id: work for work in works}
    specs = [_spec(rule, by_id[int(rule.id or 0)]) for rule in rules]
    groups.lock_channel_routes(session, specs)  # before any instance or group lock, as evaluate_rule does
    instances = _instances(session, [int(rule.id or 0) for rule in rules])
    monitors: list[MonitorEntry] = []
    for rule, spec in zip(rules, specs, strict=True):
        rule_id, scheduled, work = int(rule.id or 0), rule.next_run_at, by_id[int(rule.id or 0)]
        assert scheduled is not None
        prefetched = work.prefetched
        if prefetched is not None and (prefetched.spec != rule.spec or scheduled != work.scheduled_at):
            prefetched = None  # changed since the tick began: the evaluation reads its source itself
        evaluate_rule(
            session,
            rule_id,
            now=now,
            epoch=epoch,
            scheduled_at=scheduled,
            tick=evaluation_tick(spec, scheduled, now),
            samples=prefetched.samples if prefetched else None,
            source_error=prefetched.error if prefetched else None,
            rule=rule,
            next_run_at=next_run(spec, scheduled, now),
            instances=instances[rule_id],
            monitors=monitors,
            spec=spec,
        )
    record_monitors(session, monitors)
    return len(rules)


def evaluate_batch(works: list[Work], *, epoch: int | None, now: datetime | None = None) -> int:
    """Evaluate `works` at `now` in one fenced transaction; how many were evaluated. A failing batch
    is rolled back and retried rule by rule; a failing rule is logged and counted on the rule, whose
    next due time still advances. StaleLeader when a newer leader exists."""
    at = now or utcnow()
    try:
        with session_scope() as session:
            return _evaluate_claimed(session, works, epoch, at)
    except StaleLeader:
        raise
    except Exception as exc:
        if len(works) > 1:
            log.warning(
                "CEP metric batch of %d rules failed (%s); one by one", len(works), type(exc).__name__
            )
            return sum(evaluate_batch([work], epoch=epoch, now=now) for work in works)
        log.exception("CEP rule %s: evaluation failed", works[0].rule_id)
        record_failure(works[0].rule_id, works[0].scheduled_at, at, f"{type(exc).__name__}: {exc}")
        return 0


def _read(work: Work, answer: Any) -> Work:
    """`work` with its reading from its source's answer."""
    assert work.stored is not None and work.spec is not None
    assert isinstance(work.spec.source, HttpSource | PrometheusSource)
    return replace(work, prefetched=reading(work.stored, work.spec.source, answer))


async def run_tick(
    clients: Clients,
    due: list[tuple[int, datetime]],
    specs: dict[int, dict[str, Any]],
    *,
    epoch: int | None,
    concurrency: int,
) -> int:
    """Read and evaluate the `due` rules (`specs`: their stored specs); how many were evaluated.
    Rules without a remote source go first; the others as their source answers."""
    now = utcnow()
    ready: list[Work] = []
    readers: dict[RemoteRequest, list[Work]] = {}
    for rule_id, at in due:
        stored = specs.get(rule_id)
        try:
            spec = RuleSpec.model_validate(stored) if stored is not None else None
        except ValueError:  # an unreadable stored spec: its evaluation reports the error
            spec = None
        work = Work(rule_id, at, stored, spec)
        request = remote_read(spec, at, now) if spec is not None else None
        if request is None:
            ready.append(work)
        else:
            readers.setdefault(request, []).append(work)
    arrivals: asyncio.Queue[list[Work] | None] = asyncio.Queue()

    async def read() -> None:
        try:
            async for request, answer in remote_reads.read_all(clients, list(readers), concurrency):
                arrivals.put_nowait([_read(work, answer) for work in readers[request]])
        except Exception:
            log.exception("CEP metric tick: reading sources failed; their rules stay due")
        finally:
            arrivals.put_nowait(None)

    reader = asyncio.create_task(read()) if readers else None
    reading_sources, evaluated = reader is not None, 0
    clock = asyncio.get_running_loop()
    gather_until = clock.time() + BATCH_WAIT_S  # ready rules wait at most this for others to join them
    try:
        while ready or reading_sources:
            while reading_sources and len(ready) < BATCH_RULES:
                wait = max(0.0, gather_until - clock.time()) if ready else None
                try:
                    arrived = await asyncio.wait_for(arrivals.get(), wait)
                except TimeoutError:
                    break
                reading_sources = arrived is not None
                if arrived and not ready:
                    gather_until = clock.time() + BATCH_WAIT_S
                ready.extend(arrived or [])
            if ready:
                batch, ready = ready[:BATCH_RULES], ready[BATCH_RULES:]
                evaluated += await asyncio.to_thread(evaluate_batch, batch, epoch=epoch)
    finally:
        if reader is not None:
            reader.cancel()
    return evaluated
