"""Read models of the CEP engine (REST responses and what the pages render) and write bodies."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from urllib.parse import quote, urlencode

from pydantic import BaseModel, ConfigDict, Field

from services.cep.models import CepAlert, CepRule, CepSilence
from services.cep.schema import Matcher, Number, RuleSpec


class RuleMonitor(BaseModel):
    """Per-rule evaluation counters."""

    evaluations: int
    matches: int
    errors: int
    last_eval_at: datetime | None
    last_duration_ms: float | None
    last_lag_ms: float | None
    last_error: str | None


class RuleRead(BaseModel):
    id: int
    name: str
    enabled: bool
    severity: str
    owner: str
    trigger_kind: str
    revision: int
    state: Literal["inactive", "pending", "firing"] = Field(
        description="the most severe state of its instances"
    )
    firing: int
    pending: int
    next_run_at: datetime | None
    monitor: RuleMonitor
    updated_at: datetime | None


class RuleDetail(RuleRead):
    spec: dict[str, Any]


class RevisionRead(BaseModel):
    revision: int
    author: str
    message: str
    created_at: datetime | None
    spec: dict[str, Any]


class DiffLine(BaseModel):
    path: str
    before: Any = None
    after: Any = None


class RuleDiff(BaseModel):
    rule_id: int
    from_revision: int
    to_revision: int
    changes: list[DiffLine]


class TransitionRead(BaseModel):
    from_state: str
    to_state: str
    at: datetime | None
    value: float | None
    notification: str
    rule_revision: int


class AlertContext(BaseModel):
    """What was attached when the alert last fired (`services.cep.explain`)."""

    status: Literal["ready", "timeout", "error"]
    at: datetime
    line: str | None = Field(description="the best hypothesis in one line (as added to the notification)")
    hypotheses: list[dict[str, Any]] = Field(
        description="OPS root-cause hypotheses: ci, cause, score, evidence"
    )
    runbooks: list[dict[str, Any]] = Field(description="top runbook hits for the CI type and metric")
    question: str
    ops_link: str = Field(description="the OPS chat with the question pre-filled")


class InhibitedBy(BaseModel):
    """The firing alert whose rule inhibits this one (its notifications are held back)."""

    alert_id: int
    rule_id: int
    rule_name: str


class AlertRead(BaseModel):
    id: int
    rule_id: int
    rule_name: str
    labels: dict[str, str]
    ci: str | None
    state: str
    severity: str
    value: float | None
    active_at: datetime | None
    fired_at: datetime | None
    resolved_at: datetime | None
    flapping: bool
    acknowledged: bool
    ack_by: str | None
    ack_at: datetime | None
    ack_comment: str | None
    silenced_by: int | None = None
    inhibited_by: InhibitedBy | None = None
    context: AlertContext | None = None


class AlertDetail(AlertRead):
    transitions: list[TransitionRead]


class SilenceRead(BaseModel):
    id: int
    matchers: list[dict[str, str]]
    starts_at: datetime
    ends_at: datetime
    author: str
    comment: str
    active: bool
    status: Literal["pending", "active", "expired"] = Field(description="pending: starts in the future")


class RuleWrite(BaseModel):
    """A rule to save: the spec and a revision message."""

    model_config = ConfigDict(extra="forbid")

    spec: RuleSpec
    message: str = Field(default="", max_length=500)


class RestoreBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    revision: int = Field(ge=1)
    message: str = Field(default="", max_length=500)


class AckBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comment: str = Field(default="", max_length=1000)


class SilenceBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    matchers: list[Matcher] = Field(min_length=1, max_length=20)
    starts_at: datetime | None = None
    ends_at: datetime
    comment: str = Field(default="", max_length=1000)


class AlertSilenceBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    duration_seconds: int = Field(default=3600, ge=60, le=30 * 86400)
    comment: str = Field(default="", max_length=1000)


class DryRunBody(BaseModel):
    """A draft rule and, optionally, a value to test it against (else the source's latest data)."""

    model_config = ConfigDict(extra="forbid")

    spec: RuleSpec
    value: Number | None = None


class DryRunInstance(BaseModel):
    labels: dict[str, str]
    value: float | None
    active: bool | None
    would_fire_after_seconds: int | None = Field(description="0: fires on this evaluation; null: not active")


class DryRunResult(BaseModel):
    instances: list[DryRunInstance]
    error: str | None = None


def rule_read(rule: CepRule, counts: dict[str, int], *, detail: bool = False) -> RuleRead:
    """The read model of a rule with its instance counts by state."""
    firing, pending = counts.get("firing", 0), counts.get("pending", 0)
    state: Literal["inactive", "pending", "firing"] = (
        "firing" if firing else "pending" if pending else "inactive"
    )
    assert rule.id is not None
    fields: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "enabled": rule.enabled,
        "severity": rule.severity,
        "owner": rule.owner,
        "trigger_kind": rule.trigger_kind,
        "revision": rule.latest_revision,
        "state": state,
        "firing": firing,
        "pending": pending,
        "next_run_at": rule.next_run_at,
        "updated_at": rule.updated_at,
        "monitor": RuleMonitor(
            evaluations=rule.evaluations,
            matches=rule.matches,
            errors=rule.errors,
            last_eval_at=rule.last_eval_at,
            last_duration_ms=rule.last_duration_ms,
            last_lag_ms=rule.last_lag_ms,
            last_error=rule.last_error,
        ),
    }
    return RuleDetail(**fields, spec=rule.spec) if detail else RuleRead(**fields)


def alert_read(
    alert: CepAlert, rule_name: str, silenced_by: int | None = None, inhibited_by: InhibitedBy | None = None
) -> AlertRead:
    assert alert.id is not None
    return AlertRead(
        id=alert.id,
        rule_id=alert.rule_id,
        rule_name=rule_name,
        labels=alert.labels,
        ci=alert.ci,
        state=alert.state,
        severity=alert.severity,
        value=alert.value,
        active_at=alert.active_at,
        fired_at=alert.fired_at,
        resolved_at=alert.resolved_at,
        flapping=alert.flapping,
        acknowledged=alert.ack_at is not None,
        ack_by=alert.ack_by,
        ack_at=alert.ack_at,
        ack_comment=alert.ack_comment,
        silenced_by=silenced_by,
        inhibited_by=inhibited_by,
        context=alert_context(alert.context),
    )


def ops_link(question: str) -> str:
    """The OPS chat with `question` pre-filled."""
    return "/ops?" + urlencode({"q": question}, quote_via=quote)


def alert_context(raw: dict[str, Any] | None) -> AlertContext | None:
    """The stored explanation as read by REST and the pages (with its OPS chat link)."""
    if not raw or raw.get("status") not in ("ready", "timeout", "error"):
        return None
    return AlertContext(
        status=raw["status"],
        at=raw["at"],
        line=raw.get("line"),
        hypotheses=raw.get("hypotheses") or [],
        runbooks=raw.get("runbooks") or [],
        question=raw.get("question") or "",
        ops_link=ops_link(raw.get("question") or ""),
    )


def silence_read(silence: CepSilence, now: datetime) -> SilenceRead:
    assert silence.id is not None
    return SilenceRead(
        id=silence.id,
        matchers=silence.matchers,
        starts_at=silence.starts_at,
        ends_at=silence.ends_at,
        author=silence.author,
        comment=silence.comment,
        active=silence.starts_at <= now < silence.ends_at,
        status="expired" if silence.ends_at <= now else "pending" if silence.starts_at > now else "active",
    )
