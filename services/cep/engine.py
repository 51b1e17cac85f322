"""The alert state machine, pure: Prometheus alerting-rule semantics on persisted instance timers.

`step` follows `AlertingRule.Eval` of prometheus/prometheus `rules/alerting.go`:
- an active observation of an instance that is not pending/firing starts it `pending` with
  `active_at = ts`; an active pending/firing instance only updates its value;
- an instance whose observation is not active: a firing one with `keep_firing_for > 0` sets
  `keep_firing_since` at the first such evaluation and stays firing while
  `ts - keep_firing_since < keep_firing_for`; otherwise pending → inactive (no notice, it never fired)
  and firing → resolved (`resolved_at = ts`);
- an active instance clears `keep_firing_since`; a pending one fires when `ts - active_at >= for`
  (in the same evaluation that created it when `for` is 0).
An observation of None (policy keep_last, or an error with that policy) leaves the instance untouched,
as Prometheus does when a query fails. `active` itself comes from `is_active`: the comparison, and the
recovery threshold (hysteresis) for instances already pending or firing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from services.cep.schema import Condition


@dataclass
class Instance:
    """The timers of one alert instance (mirrors the persisted columns of `CepAlert`)."""

    state: str = "inactive"
    active_at: datetime | None = None
    fired_at: datetime | None = None
    resolved_at: datetime | None = None
    keep_firing_since: datetime | None = None
    value: float | None = None


@dataclass(frozen=True)
class Transition:
    """`from_state` → `to_state` at `at`."""

    from_state: str
    to_state: str
    at: datetime


def compare(condition: Condition, value: float) -> bool:
    """Whether `value` satisfies the condition's comparison."""
    threshold = condition.threshold
    if threshold is None:  # event rules without a threshold: every matching event is active
        return True
    op = condition.op
    if op == "between":
        assert condition.threshold_high is not None
        return threshold <= value <= condition.threshold_high
    results = {
        ">": value > threshold,
        ">=": value >= threshold,
        "<": value < threshold,
        "<=": value <= threshold,
        "==": value == threshold,
        "!=": value != threshold,
    }
    return results[op]


def is_active(condition: Condition, value: float, state: str) -> bool:
    """The comparison; an instance already pending/firing stays active until the recovery threshold is crossed."""
    if condition.recovery_threshold is not None and state in ("pending", "firing"):
        recovery = condition.recovery_threshold
        recovered = value < recovery if condition.op.startswith(">") else value > recovery
        return not recovered
    return compare(condition, value)


def policy_observation(policy: str) -> bool | None:
    """What no data / an error means: alerting → active, ok → not active, keep_last → no observation."""
    return {"alerting": True, "ok": False}.get(policy)


def step(
    instance: Instance,
    active: bool | None,
    ts: datetime,
    *,
    for_seconds: int,
    keep_firing_for_seconds: int,
    value: float | None = None,
) -> Transition | None:
    """Advance `instance` by one evaluation at `ts` (in place); the state change, if any."""
    if active is None:
        return None
    before = instance.state
    if active:
        if value is not None:
            instance.value = value
        if instance.state not in ("pending", "firing"):
            instance.state = "pending"
            instance.active_at = ts
            instance.fired_at = None
            instance.resolved_at = None
        instance.keep_firing_since = None
        held = ts - instance.active_at if instance.active_at is not None else None
        if instance.state == "pending" and held is not None and held >= timedelta(seconds=for_seconds):
            instance.state = "firing"
            instance.fired_at = ts
    else:
        if value is not None:
            instance.value = value
        keep_firing = False
        if instance.state == "firing" and keep_firing_for_seconds > 0:
            if instance.keep_firing_since is None:
                instance.keep_firing_since = ts
            keep_firing = ts - instance.keep_firing_since < timedelta(seconds=keep_firing_for_seconds)
        if not keep_firing:
            if instance.state == "pending":
                instance.state = "inactive"
            elif instance.state == "firing":
                instance.state = "resolved"
                instance.resolved_at = ts
                instance.keep_firing_since = None
    if instance.state == before:
        return None
    # A new alert may go inactive → pending → firing in one evaluation (for = 0): report where it landed.
    return Transition(before, instance.state, ts)


def aggregate(samples: list[tuple[float, float]], aggregation: str) -> float | None:
    """avg/min/max/count of the values, or rate = change per second from the first to the last sample."""
    if aggregation == "count":
        return float(len(samples))
    if not samples:
        return None
    values = [v for _, v in samples]
    if aggregation == "avg":
        return sum(values) / len(values)
    if aggregation == "min":
        return min(values)
    if aggregation == "max":
        return max(values)
    if len(samples) < 2 or samples[-1][0] == samples[0][0]:
        return None
    return (samples[-1][1] - samples[0][1]) / (samples[-1][0] - samples[0][0])


def trimmed_window(samples: list[Any], now_s: float, window_s: int) -> list[tuple[float, float]]:
    """The (epoch seconds, value) samples within (now - window, now], oldest first."""
    start = now_s - window_s
    return [(float(t), float(v)) for t, v in samples if start < float(t) <= now_s]
