"""Backtest: replay a draft rule over the infrastructure store's history with the engine's own semantics.

The source's readings at every evaluation moment of [start, end] come from one query
(`sources.read_internal_series`, the same SQL a live evaluation runs); each CI's instance is a transient
`CepAlert` stepped through `evaluate.observe` and `evaluate.advance` — the evaluator's own code — so
`for`, `keep_firing_for`, the recovery threshold, the window aggregation and the no-data policy mean
here exactly what they mean live. Nothing is stored. `notifications` counts the firing and resolved
notices the rule would send (before silences, flap muting and grouping, which depend on live state).
Range, step count and CIs × steps are bounded; a bad request is a 422 naming its field.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlmodel import Session

from services.cep import sources
from services.cep.evaluate import advance, fingerprint, observe
from services.cep.models import CepAlert
from services.cep.notify import notice as notice_of
from services.cep.schema import InternalSource, RuleSpec
from services.cep.service import READ
from services.core.errors import ValidationFailed
from services.core.security import Principal, require

MAX_RANGE = timedelta(days=7)
MAX_STEPS = 2000
MAX_EVALUATIONS = 100_000  # CIs × steps
MAX_SERIES = 12
MAX_TRANSITIONS = 500
CRON_STEP = 60  # a cron rule is replayed every minute


class BacktestBody(BaseModel):
    """A draft rule and the history range to replay it over (`step_seconds`: the rule's own interval)."""

    model_config = ConfigDict(extra="forbid")

    spec: RuleSpec
    start: AwareDatetime
    end: AwareDatetime
    step_seconds: int | None = Field(default=None, ge=5, le=86400, strict=True)


class BacktestTransition(BaseModel):
    ci: str
    from_state: str
    to_state: str
    at: datetime
    value: float | None
    notice: str | None = Field(description="firing | resolved: the notification this transition sends")


class BacktestSeries(BaseModel):
    """One CI: the compared value at every moment of `times`, and its firing intervals."""

    ci: str
    values: list[float | None]
    firing: list[tuple[datetime, datetime | None]] = Field(description="[fired_at, resolved_at or null]")


class BacktestResult(BaseModel):
    start: datetime
    end: datetime
    step_seconds: int
    evaluations: int = Field(description="evaluation moments replayed")
    instances: int = Field(description="CIs the rule read")
    notifications: int
    firing_instances: int = Field(description="CIs that fired at least once")
    times: list[datetime]
    series: list[BacktestSeries] = Field(description=f"CIs that fired first, at most {MAX_SERIES}")
    transitions: list[BacktestTransition] = Field(description=f"oldest first, at most {MAX_TRANSITIONS}")
    threshold: float | None
    threshold_high: float | None
    recovery_threshold: float | None


def _invalid(field: str, message: str, key: str, **params: object) -> ValidationFailed:
    return ValidationFailed(f"{field}: {message}", details={"field": field}, key=key, params=params)


def _step(body: BacktestBody) -> int:
    trigger = body.spec.trigger
    if body.step_seconds is not None:
        return body.step_seconds
    if trigger.kind == "metric":
        return trigger.poll_interval_seconds
    if trigger.kind == "schedule":
        return trigger.interval_seconds or CRON_STEP
    raise _invalid("spec.trigger", "an event rule cannot be backtested", "cep_backtest_event")


def _checked(session: Session, body: BacktestBody) -> tuple[InternalSource, list[datetime], int]:
    """(the internal source, the evaluation moments, the step) or a 422 naming the field."""
    source = body.spec.source
    step = _step(body)
    if not isinstance(source, InternalSource):
        raise _invalid(
            "spec.source", "backtests read the infrastructure store (kind internal)", "cep_backtest_source"
        )
    if body.end <= body.start:
        raise _invalid("end", "must be after start", "cep_backtest_range")
    if body.end - body.start > MAX_RANGE:
        raise _invalid(
            "end", f"the range is at most {MAX_RANGE.days} days", "cep_backtest_too_long", days=MAX_RANGE.days
        )
    count = int((body.end - body.start).total_seconds() // step) + 1
    if count > MAX_STEPS:
        raise _invalid(
            "step_seconds",
            f"{count} evaluations; at most {MAX_STEPS} (a longer step or a shorter range)",
            "cep_backtest_steps",
            count=count,
            max=MAX_STEPS,
        )
    cis = sources.selected_cis(session, source)
    if cis * count > MAX_EVALUATIONS:
        field = "spec.source.selector" if source.selector else "spec.source.ci"
        raise _invalid(
            field,
            f"{cis} CIs × {count} evaluations; at most {MAX_EVALUATIONS}",
            "cep_backtest_work",
            cis=cis,
            count=count,
            max=MAX_EVALUATIONS,
        )
    moments = [body.start + timedelta(seconds=step * k) for k in range(count)]
    return source, moments, step


def backtest(session: Session, *, actor: Principal, body: BacktestBody) -> BacktestResult:
    """Replay `body.spec` at every step of [start, end]; the would-be transitions and notifications."""
    require(actor, READ)
    spec = body.spec
    source, moments, step = _checked(session, body)
    try:
        readings = sources.read_internal_series(session, source, spec.condition, moments)
    except sources.SourceError as exc:
        field = "spec.source.ci" if "CI" in str(exc) else "spec.source.metric"
        raise _invalid(field, str(exc), "cep_backtest_source_error", error=str(exc)) from exc
    rows: dict[str, CepAlert] = {}
    values: dict[str, list[float | None]] = {}
    firing: dict[str, list[tuple[datetime, datetime | None]]] = {}
    transitions: list[BacktestTransition] = []
    notifications = 0
    for index, at in enumerate(moments):
        for sample in readings[at]:
            ci = sample.ci or ""
            row = rows.get(ci)
            if row is None:  # transient: never added to the session
                row = rows[ci] = CepAlert(
                    rule_id=0, fingerprint=fingerprint(sample.labels), labels=sample.labels, ci=ci
                )
                values[ci] = [None] * len(moments)
            values[ci][index] = None if sample.value is None else round(sample.value, 4)
            for from_state, to_state in advance(row, spec, observe(row, spec, sample, at), at):
                notice = notice_of(spec, from_state, to_state)
                notifications += notice is not None
                if to_state == "firing":
                    firing.setdefault(ci, []).append((at, None))
                elif from_state == "firing":
                    firing[ci][-1] = (firing[ci][-1][0], at)
                transitions.append(
                    BacktestTransition(
                        ci=ci, from_state=from_state, to_state=to_state, at=at, value=row.value, notice=notice
                    )
                )
    fired_first = sorted(firing, key=lambda ci: (firing[ci][0][0], ci))
    peak = lambda ci: max((v for v in values[ci] if v is not None), default=float("-inf"))  # noqa: E731
    quiet = sorted((ci for ci in values if ci not in firing), key=lambda ci: (-peak(ci), ci))
    shown = (fired_first + quiet)[:MAX_SERIES]
    cond = spec.condition
    return BacktestResult(
        start=body.start,
        end=body.end,
        step_seconds=step,
        evaluations=len(moments),
        instances=len(rows),
        notifications=notifications,
        firing_instances=len(firing),
        times=moments,
        series=[BacktestSeries(ci=ci, values=values[ci], firing=firing.get(ci, [])) for ci in shown],
        transitions=transitions[:MAX_TRANSITIONS],
        threshold=cond.threshold,
        threshold_high=cond.threshold_high,
        recovery_threshold=cond.recovery_threshold,
    )
