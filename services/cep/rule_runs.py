"""One rule's run at its due time: its timing (the grid `next_run` / `evaluation_tick`), the remote
reading taken before its transaction opens, and its evaluation in a fenced transaction of its own.

The schedule loop runs every rule this way; the metric loop runs rules in batches on the same timing
(`services.cep.metric_tick`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import select

from services.cep import sources
from services.cep.evaluate import evaluate_rule
from services.cep.models import CepRule
from services.cep.schema import HttpSource, PrometheusSource, RuleSpec
from services.cep.sources import Sample, SourceError
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.leader import StaleLeader

log = logging.getLogger(__name__)
UNREADABLE_SPEC_RETRY = timedelta(minutes=1)


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


@dataclass(frozen=True)
class Prefetched:
    """A remote reading taken for the rule whose stored spec was `spec`: its samples or its error."""

    spec: dict[str, Any]
    samples: list[Sample] | None
    error: str | None = None


def remote_read(spec: RuleSpec, scheduled_at: datetime, now: datetime) -> sources.RemoteRequest | None:
    """The GET reading a timed rule's remote source (HTTP, Prometheus) at the run's tick; None for the
    other rules."""
    if not isinstance(spec.source, HttpSource | PrometheusSource) or spec.trigger.kind == "event":
        return None
    return sources.remote_request(spec.source, evaluation_tick(spec, scheduled_at, now))


def reading(raw_spec: dict[str, Any], source: HttpSource | PrometheusSource, answer: Any) -> Prefetched:
    """The rule's reading from its source's JSON answer, or from the SourceError reading it raised."""
    try:
        if isinstance(answer, SourceError):
            raise answer
        return Prefetched(raw_spec, sources.samples_of(source, answer))
    except SourceError as exc:
        return Prefetched(raw_spec, None, str(exc)[:1000])


def prefetch(
    raw_spec: dict[str, Any] | None, scheduled_at: datetime | None, now: datetime
) -> Prefetched | None:
    """A remote source's reading taken before the evaluation's transaction opens, so no database
    connection or rule lock is held while another service answers; None for the other sources."""
    if raw_spec is None or scheduled_at is None:
        return None
    spec = RuleSpec.model_validate(raw_spec)
    request = remote_read(spec, scheduled_at, now)
    if request is None or not isinstance(spec.source, HttpSource | PrometheusSource):
        return None
    try:
        answer: Any = sources.get_json(request)
    except SourceError as exc:
        answer = exc
    return reading(raw_spec, spec.source, answer)


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


def run_guarded(
    rule_id: int, *, scheduled_at: datetime | None, prefetched: Prefetched | None, epoch: int | None
) -> bool:
    """`run_rule` now; a failure other than a stale epoch (which propagates) is logged and counted on
    the rule, whose next due time still advances. Whether it was evaluated."""
    now = utcnow()
    try:
        run_rule(rule_id, now=now, epoch=epoch, scheduled_at=scheduled_at, prefetched=prefetched)
        return True
    except StaleLeader:
        raise
    except Exception as exc:
        log.exception("CEP rule %s: evaluation failed", rule_id)
        record_failure(rule_id, scheduled_at, now, f"{type(exc).__name__}: {exc}")
    return False


def record_failure(rule_id: int, scheduled_at: datetime | None, now: datetime, error: str) -> None:
    """Count a failed run on the rule and move its next due time on (a minute on when its stored spec
    cannot be read), so a failing rule is not retried on every tick."""
    with session_scope() as session:
        rule = session.get(CepRule, rule_id)
        if rule is None:
            return
        rule.errors += 1
        rule.last_error = error[:1000]
        if scheduled_at is not None and rule.enabled and rule.trigger_kind != "event":
            try:
                rule.next_run_at = next_run(RuleSpec.model_validate(rule.spec), scheduled_at, now)
            except ValueError:
                rule.next_run_at = now + UNREADABLE_SPEC_RETRY
        session.add(rule)
