"""Evaluate one rule at one moment: read, decide per instance, persist transitions and notifications.

`evaluate_rule` runs in the caller's transaction. A metric or schedule rule's evaluation locks the rule
row first, so two evaluations of it never interleave; an event rule's evaluation locks only the
instances it touches (transaction advisory locks in one order), so events run concurrently; the monitor
counters are one atomic UPDATE at the end. The scheduler passes its leader
epoch, checked with `assert_epoch` before anything is written (a paused ex-leader writes nothing).
Instances live in `cep_alerts` with their timers, so an evaluation after a restart continues a `for`
exactly where it was. Event rules are evaluated with the event's samples (`samples=`), and on a timer
(`samples=None`) so their `for` and `resolve_after_seconds` advance without new events.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session, col, select

from services.cep import engine, grouping, groups, sources
from services.cep.models import CepAlert, CepRule
from services.cep.muting import Muting
from services.cep.notify import (
    alert_labels,
    insert_transitions,
    joins_groups,
    recent_changes,
    record_transition,
)
from services.cep.schema import RuleSpec
from services.cep.sources import Sample, SourceError
from services.core.leader import LockKey, assert_epoch

MAX_WINDOW_SAMPLES = 720


@dataclass
class EvalResult:
    """What one evaluation saw and did."""

    rule_id: int
    at: datetime
    instances: int = 0
    active: int = 0
    error: str | None = None
    transitions: list[dict[str, object]] = field(default_factory=list)
    duration_ms: float = 0.0


def fingerprint(labels: dict[str, str]) -> str:
    """A stable id of an instance's identifying labels."""
    return hashlib.sha256(json.dumps(labels, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _instance(row: CepAlert) -> engine.Instance:
    return engine.Instance(
        state=row.state,
        active_at=row.active_at,
        fired_at=row.fired_at,
        resolved_at=row.resolved_at,
        keep_firing_since=row.keep_firing_since,
        value=row.value,
    )


def _store(row: CepAlert, inst: engine.Instance) -> None:
    row.state, row.active_at, row.fired_at = inst.state, inst.active_at, inst.fired_at
    row.resolved_at, row.keep_firing_since, row.value = inst.resolved_at, inst.keep_firing_since, inst.value


def _windowed(row: CepAlert, spec: RuleSpec, sample: Sample, now: datetime) -> float | None:
    """The value the condition compares: the source's, or the aggregation over the instance's window."""
    cond = spec.condition
    if sample.aggregated or not cond.aggregation or not cond.window_seconds:
        return sample.value
    history = [list(p) for p in row.samples]
    if sample.value is not None:
        history.append([now.timestamp(), sample.value])
    window = engine.trimmed_window(history, now.timestamp(), cond.window_seconds)
    row.samples = [[t, v] for t, v in window][-MAX_WINDOW_SAMPLES:]
    return engine.aggregate(window, cond.aggregation)


def observe(row: CepAlert, spec: RuleSpec, sample: Sample | None, now: datetime) -> bool | None:
    """Whether the instance is active now (None: leave it as it is)."""
    cond = spec.condition
    if spec.trigger.kind == "event":
        if sample is None:  # a timer tick: the last event holds until resolve_after_seconds
            if not row.observed or row.last_seen_at is None:
                return False if row.state in ("pending", "firing") else None
            hold = timedelta(seconds=spec.trigger.resolve_after_seconds)  # type: ignore[union-attr]
            return now - row.last_seen_at < hold
        if sample.resolved:
            return False
        return sample.value is None or engine.compare(cond, sample.value)
    if sample is None:
        return engine.policy_observation(cond.no_data)
    value = _windowed(row, spec, sample, now)
    if value is None:
        return engine.policy_observation(cond.no_data)
    row.value = value
    return engine.is_active(cond, value, row.state)


def _rows(session: Session, rule_id: int, fingerprints: list[str] | None = None) -> dict[str, CepAlert]:
    """The rule's instances (only `fingerprints` when given), freshly read."""
    query = select(CepAlert).where(col(CepAlert.rule_id) == rule_id)
    if fingerprints is not None:
        query = query.where(col(CepAlert.fingerprint).in_(fingerprints))
    rows = session.exec(query.execution_options(populate_existing=True)).all()
    return {row.fingerprint: row for row in rows}


def _lock_instances(session: Session, rule_id: int, fingerprints: list[str]) -> None:
    """Transaction locks on the rule's instances, in one order and one statement (concurrent events on
    one rule only wait for the instances they share)."""
    if fingerprints:
        session.execute(
            text(
                "SELECT count(pg_advisory_xact_lock(:r, hashtext(f))) "
                "FROM (SELECT f FROM unnest(CAST(:fps AS text[])) AS f ORDER BY f) AS ordered"
            ),
            {"r": rule_id, "fps": sorted(set(fingerprints))},
        )


@dataclass(frozen=True)
class MonitorEntry:
    """One evaluation's addition to its rule's monitor counters (and its next due time, when given)."""

    result: EvalResult
    now: datetime
    scheduled_at: datetime | None
    next_run_at: datetime | None


def record_monitors(session: Session, entries: list[MonitorEntry]) -> None:
    """Add evaluations to their rules' monitor counters and set their next due times, in one atomic
    multi-row UPDATE (taken last, so concurrent event evaluations hold a rule row only until they
    commit; at most one entry per rule)."""
    if not entries:
        return
    lags = [
        max(0.0, (e.now - e.scheduled_at).total_seconds() * 1000) if e.scheduled_at is not None else None
        for e in entries
    ]
    session.execute(
        text(
            "UPDATE cep_rules r SET evaluations = r.evaluations + 1, matches = r.matches + v.m, "
            "errors = r.errors + v.e, last_error = v.err, last_duration_ms = v.d, "
            "last_eval_at = greatest(r.last_eval_at, v.now), last_lag_ms = coalesce(v.lag, r.last_lag_ms), "
            "next_run_at = coalesce(v.next_run_at, r.next_run_at) "
            "FROM unnest(CAST(:ids AS int[]), CAST(:m AS int[]), CAST(:e AS int[]), CAST(:err AS text[]), "
            "CAST(:d AS float8[]), CAST(:now AS timestamptz[]), CAST(:lag AS float8[]), "
            "CAST(:next_run_at AS timestamptz[])) AS v(id, m, e, err, d, now, lag, next_run_at) "
            "WHERE r.id = v.id"
        ),
        {
            "ids": [e.result.rule_id for e in entries],
            "m": [e.result.active for e in entries],
            "e": [int(e.result.error is not None) for e in entries],
            "err": [e.result.error for e in entries],
            "d": [e.result.duration_ms for e in entries],
            "now": [e.now for e in entries],
            "lag": lags,
            "next_run_at": [e.next_run_at for e in entries],
        },
    )


def _new_row(
    session: Session, rule: CepRule, spec: RuleSpec, sample: Sample, *, flush: bool = True
) -> CepAlert:
    """A new instance row (`flush=False`: the caller flushes all new rows at once)."""
    assert rule.id is not None
    row = CepAlert(
        rule_id=rule.id,
        fingerprint=fingerprint(sample.labels),
        labels=alert_labels(rule, spec, sample.labels),
        ci=sample.ci or sample.labels.get("ci"),
        severity=spec.severity,
        rule_revision=rule.latest_revision,
    )
    session.add(row)
    if flush:
        session.flush()
    return row


def evaluate_rule(
    session: Session,
    rule_id: int,
    *,
    now: datetime,
    samples: list[Sample] | None = None,
    epoch: int | None = None,
    scheduled_at: datetime | None = None,
    fenced: bool = False,
    tick: datetime | None = None,
    source_error: str | None = None,
    rule: CepRule | None = None,
    next_run_at: datetime | None = None,
    instances: dict[str, CepAlert] | None = None,
    monitors: list[MonitorEntry] | None = None,
    spec: RuleSpec | None = None,
    muting: Muting | None = None,
) -> EvalResult:
    """Evaluate rule `rule_id` at `now` in the caller's transaction (see the module docstring).

    `tick` is the evaluation timestamp when it is not `now`: the scheduler passes the rule's grid tick
    (as Prometheus evaluates a group at its aligned timestamp), so `for` counts whole intervals however
    late a loaded loop got to the rule; the monitor's lag is still measured at `now`. A metric rule's
    remote source may be read by the caller beforehand: its `samples`, or the read's `source_error`.
    `rule`: a metric or schedule rule's row the caller already read `FOR UPDATE` in this transaction
    (the scheduler: one statement instead of two); `next_run_at`: its next due time, written with the
    monitor counters. A batch of evaluations in one transaction (`services.cep.metric_tick`) passes
    the rule's `instances` it read for the whole batch, and `monitors` to collect the counters into
    (written by the caller with `record_monitors`, one statement for the batch), and the `spec` it
    parsed from `rule.spec`. `muting`: what mutes alerts, when the caller already read it (an inbox
    batch).
    """
    started = time.perf_counter()
    at = tick or now
    locked = rule is not None
    if rule is None:
        rule = session.exec(select(CepRule).where(col(CepRule.id) == rule_id)).one()
    spec = spec if spec is not None else RuleSpec.model_validate(rule.spec)
    # Channel locks before the instances' (see its docstring); a scheduled rule's own row is already
    # locked, and no path holds a channel lock while waiting for a metric rule's row.
    groups.lock_channel_routes(session, [spec])
    wanted = None
    if spec.trigger.kind == "event":
        # Events run concurrently: lock only the instances touched (a timer tick: all of them).
        wanted = [fingerprint(s.labels) for s in samples] if samples is not None else None
        _lock_instances(session, rule_id, wanted if wanted is not None else list(_rows(session, rule_id)))
    elif not locked:
        session.exec(select(CepRule.id).where(col(CepRule.id) == rule_id).with_for_update()).one()
    if fenced:
        assert_epoch(session, LockKey.CEP_SCHEDULER, epoch)
    result = EvalResult(rule_id=rule_id, at=at)
    error: str | None = source_error
    if samples is None and error is None and spec.source is not None:
        try:
            samples = sources.read(session, spec.source, spec.condition, at)
        except SourceError as exc:
            error = str(exc)[:1000]
    rows = dict(instances) if instances is not None else _rows(session, rule_id, wanted)
    observed: dict[str, tuple[CepAlert, bool | None]] = {}
    if error is not None:
        policy = engine.policy_observation(spec.condition.on_error)
        assert spec.source is not None
        if policy:
            for labels in sources.expected_labels(spec.source):
                fp = fingerprint(labels)
                if fp not in rows:
                    rows[fp] = _new_row(session, rule, spec, Sample(labels, None))
        observed = {fp: (row, policy) for fp, row in rows.items()}
    else:
        created = False
        for sample in samples or []:
            fp = fingerprint(sample.labels)
            row = rows.get(fp)
            if row is None:
                row = rows[fp] = _new_row(session, rule, spec, sample, flush=False)
                created = True
            observed[fp] = (row, observe(row, spec, sample, at))
            if spec.trigger.kind == "event":
                row.observed = observed[fp][1]
                row.last_seen_at = at
        if created:
            session.flush()  # the new instances, in one round trip
        if spec.trigger.kind != "event" or samples is None:
            for fp, row in rows.items():
                if fp not in observed:
                    observed[fp] = (row, observe(row, spec, None, at))
    stepped: list[tuple[CepAlert, list[tuple[str, str]]]] = []
    for row, active in sorted(observed.values(), key=lambda pair: _group_order(rule, spec, pair[0])):
        result.instances += 1
        result.active += bool(active)
        before = row.state
        hops = advance(row, spec, active, at)
        if row.state in ("pending", "firing"):
            row.last_eval_at = at  # quiet instances are not rewritten on every evaluation
        if not hops:
            continue
        row.updated_at = at  # the alert list orders by the last transition
        if before not in ("pending", "firing") and row.state in ("pending", "firing"):
            row.ack_by, row.ack_at, row.ack_comment = None, None, None  # a new episode
            row.rule_revision = rule.latest_revision
        stepped.append((row, hops))
    joining: dict[int, CepAlert] = {}
    recorded = []
    recent = _flap_counts(session, spec, stepped, at)
    for row, hops in stepped:
        muting = muting or Muting.load(session, now)
        for from_state, to_state in hops:
            recorded.append(
                record_transition(
                    session,
                    rule=rule,
                    spec=spec,
                    alert=row,
                    from_state=from_state,
                    to_state=to_state,
                    now=at,
                    epoch=epoch,
                    recent=recent.get(row.id or 0, 0),
                    muting=muting,
                )
            )
            if joins_groups(spec, from_state, to_state):
                joining[row.id or 0] = row
            result.transitions.append(
                {"alert_id": row.id, "fingerprint": row.fingerprint, "from": from_state, "to": to_state}
            )
    if stepped:  # quiet evaluations write nothing more here (their dirty rows go at commit)
        session.flush()
        insert_transitions(session, recorded)
        touched = groups.join(session, rule=rule, spec=spec, alerts=list(joining.values()), now=at)
        groups.flush_touched(session, touched, now, muting)  # group_wait 0: the message goes with it
    result.error = error
    result.duration_ms = (time.perf_counter() - started) * 1000
    entry = MonitorEntry(result, now, scheduled_at, next_run_at)
    if monitors is not None:
        monitors.append(entry)
    else:
        record_monitors(session, [entry])
    session.expire(rule)
    return result


def _flap_counts(
    session: Session, spec: RuleSpec, stepped: list[tuple[CepAlert, list[tuple[str, str]]]], at: datetime
) -> dict[int, int]:
    """The flap window's earlier firing/resolved transitions of the instances about to record one (a
    new instance has none): one query, only when the rule counts flaps."""
    if not spec.flap.max_transitions:
        return {}
    ids = [
        row.id
        for row, hops in stepped
        if row.id is not None and any(to_state in ("firing", "resolved") for _, to_state in hops)
    ]
    return recent_changes(session, ids, at - timedelta(seconds=spec.flap.window_seconds))


def _group_order(rule: CepRule, spec: RuleSpec, row: CepAlert) -> tuple[str, str]:
    """Instances in the order of their notification groups: concurrent evaluations of one event rule
    take the group rows' locks in the same order, so they never deadlock."""
    assert rule.id is not None
    labels = grouping.group_labels(spec.grouping.group_by, row.labels)
    return grouping.group_key(rule.id, labels), row.fingerprint


def advance(row: CepAlert, spec: RuleSpec, active: bool | None, now: datetime) -> list[tuple[str, str]]:
    """Step the instance's timers by one observation (`engine.step`); the transitions it made, in order
    (the backtest replays drafts on transient rows through this same step)."""
    before = row.state
    inst = _instance(row)
    change = engine.step(
        inst,
        active,
        now,
        for_seconds=spec.condition.for_seconds,
        keep_firing_for_seconds=spec.condition.keep_firing_for_seconds,
    )
    _store(row, inst)
    return [] if change is None else _hops(before, inst.state)


def _hops(before: str, after: str) -> list[tuple[str, str]]:
    """A jump inactive → firing (for = 0) is persisted as its two transitions."""
    if after == "firing" and before not in ("pending", "firing"):
        return [(before, "pending"), ("pending", "firing")]
    return [(before, after)]
