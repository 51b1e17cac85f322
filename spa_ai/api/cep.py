"""CEP engine REST: rules (revisions, diff, restore, enable/disable, dry run, backtest), alerts (ack, silence),
notification groups, silences, and the event receivers (`/api/cep/events`, Alertmanager's webhook at `/events/alertmanager`).

Event bodies are read raw and bounded by `cep_max_event_bytes` before they are parsed (413 above it);
events need an API key or token holding `cep:write` (verified credentials are cached in-process for a few
seconds, `deps.cached_principal`), and are answered 202 once stored durably in the event inbox
(`services.cep.inbox`), before evaluation.
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from services.cep import alerts, backtest, events, group_reads, inbox, service
from services.cep.reads import (
    AckBody,
    AlertDetail,
    AlertRead,
    AlertSilenceBody,
    DryRunBody,
    DryRunResult,
    RestoreBody,
    RevisionRead,
    RuleDetail,
    RuleDiff,
    RuleRead,
    RuleWrite,
    SilenceBody,
    SilenceRead,
    silence_read,
)
from services.cep.rule_settings import MAX_EVENT_BYTES
from services.core import settings_registry
from services.core.clock import utcnow
from services.core.errors import NotFound
from services.core.pagination import Page
from services.core.security import Principal
from spa_ai.api.deps import PageQuery, Requires, RequiresCached, SessionDep

router = APIRouter(prefix="/api/cep", tags=["cep"])
Reader = Annotated[Principal, Requires(service.READ)]
Writer = Annotated[Principal, Requires(service.WRITE)]
EventWriter = Annotated[Principal, RequiresCached(service.WRITE)]
Severity = Literal["critical", "major", "minor", "warning", "info"]
State = Literal["inactive", "pending", "firing", "resolved"]


class Deleted(BaseModel):
    deleted: bool


# --- rules -------------------------------------------------------------------------------------------


@router.get("/rules", response_model=Page[RuleRead])
def list_rules(
    session: SessionDep,
    _: Reader,
    page: PageQuery,
    q: Annotated[str | None, Query(max_length=120)] = None,
    enabled: bool | None = None,
    severity: Severity | None = None,
) -> Page[RuleRead]:
    """Rules by name with their state (the most severe of their instances) and monitor counters."""
    return service.list_rules(
        session, limit=page.limit, cursor=page.cursor, q=q, enabled=enabled, severity=severity
    )


@router.post("/rules", response_model=RuleDetail, status_code=201)
def create_rule(body: RuleWrite, session: SessionDep, caller: Writer) -> RuleDetail:
    """A new rule (revision 1)."""
    rule = service.create_rule(session, actor=caller, spec=body.spec, message=body.message)
    assert rule.id is not None
    return service.get_rule(session, rule.id)


@router.get("/rules/{rule_id}", response_model=RuleDetail)
def get_rule(rule_id: int, session: SessionDep, _: Reader) -> RuleDetail:
    return service.get_rule(session, rule_id)


@router.put("/rules/{rule_id}", response_model=RuleDetail)
def update_rule(rule_id: int, body: RuleWrite, session: SessionDep, caller: Writer) -> RuleDetail:
    """Save the spec as the rule's next revision."""
    service.update_rule(session, actor=caller, rule_id=rule_id, spec=body.spec, message=body.message)
    return service.get_rule(session, rule_id)


@router.delete("/rules/{rule_id}", response_model=Deleted)
def delete_rule(rule_id: int, session: SessionDep, caller: Writer) -> Deleted:
    service.delete_rule(session, actor=caller, rule_id=rule_id)
    return Deleted(deleted=True)


@router.post("/rules/{rule_id}/enable", response_model=RuleDetail)
def enable_rule(rule_id: int, session: SessionDep, caller: Writer) -> RuleDetail:
    service.set_enabled(session, actor=caller, rule_id=rule_id, enabled=True)
    return service.get_rule(session, rule_id)


@router.post("/rules/{rule_id}/disable", response_model=RuleDetail)
def disable_rule(rule_id: int, session: SessionDep, caller: Writer) -> RuleDetail:
    service.set_enabled(session, actor=caller, rule_id=rule_id, enabled=False)
    return service.get_rule(session, rule_id)


@router.get("/rules/{rule_id}/revisions", response_model=list[RevisionRead])
def list_revisions(rule_id: int, session: SessionDep, _: Reader) -> list[RevisionRead]:
    """Every revision, newest first (author, time, message, spec)."""
    return service.revisions(session, rule_id)


@router.get("/rules/{rule_id}/diff", response_model=RuleDiff)
def diff_revisions(
    rule_id: int,
    session: SessionDep,
    _: Reader,
    from_revision: Annotated[int, Query(alias="from", ge=1)],
    to_revision: Annotated[int, Query(alias="to", ge=1)],
) -> RuleDiff:
    """Changed fields between two revisions."""
    return service.diff(session, rule_id, from_revision, to_revision)


@router.post("/rules/{rule_id}/restore", response_model=RuleDetail)
def restore_revision(rule_id: int, body: RestoreBody, session: SessionDep, caller: Writer) -> RuleDetail:
    """Save an old revision's spec as the newest revision."""
    service.restore_rule(session, actor=caller, rule_id=rule_id, revision=body.revision, message=body.message)
    return service.get_rule(session, rule_id)


@router.post("/rules/dry-run", response_model=DryRunResult)
def dry_run(body: DryRunBody, session: SessionDep, caller: Reader) -> DryRunResult:
    """Evaluate a draft rule against a typed `value`, or against its source's latest data; stores nothing."""
    return alerts.dry_run(session, actor=caller, spec=body.spec, value=body.value)


@router.post("/rules/backtest", response_model=backtest.BacktestResult)
def backtest_rule(
    body: backtest.BacktestBody, session: SessionDep, caller: Reader
) -> backtest.BacktestResult:
    """Replay a draft rule (internal store source) over [start, end] of stored history, with the engine's
    semantics: the would-be transitions per CI, the notification count and each CI's values; stores nothing.
    At most 7 days and 2000 evaluation steps."""
    return backtest.backtest(session, actor=caller, body=body)


# --- alerts and silences -------------------------------------------------------------------------------


@router.get("/alerts", response_model=Page[AlertRead])
def list_alerts(
    session: SessionDep,
    _: Reader,
    page: PageQuery,
    state: State | None = None,
    severity: Severity | None = None,
    rule_id: int | None = None,
) -> Page[AlertRead]:
    """Alert instances, most recently changed first."""
    return alerts.list_alerts(
        session, limit=page.limit, cursor=page.cursor, state=state, severity=severity, rule_id=rule_id
    )


@router.get("/alerts/{alert_id}", response_model=AlertDetail)
def get_alert(alert_id: int, session: SessionDep, _: Reader) -> AlertDetail:
    """An alert instance with its last 100 transitions and what became of their notifications."""
    return alerts.get_alert(session, alert_id)


@router.get("/groups", response_model=Page[group_reads.GroupRead])
def list_groups(
    session: SessionDep,
    _: Reader,
    page: PageQuery,
    rule_id: int | None = None,
    state: group_reads.GroupState | None = None,
    label: Annotated[
        str | None, Query(max_length=300, description="one matcher: name=value, !=, =~, !~")
    ] = None,
) -> Page[group_reads.GroupRead]:
    """Notification groups (Alertmanager aggregation groups), newest first."""
    return group_reads.list_groups(
        session, limit=page.limit, cursor=page.cursor, rule_id=rule_id, state=state, label=label
    )


@router.get("/groups/{group_id}", response_model=group_reads.GroupDetail)
def get_group(group_id: int, session: SessionDep, _: Reader) -> group_reads.GroupDetail:
    """A notification group: its alerts, route timers, next flush and what its last message said."""
    return group_reads.get_group(session, group_id)


@router.post("/alerts/{alert_id}/ack", response_model=AlertDetail)
def acknowledge(alert_id: int, body: AckBody, session: SessionDep, caller: Writer) -> AlertDetail:
    alerts.acknowledge(session, actor=caller, alert_id=alert_id, comment=body.comment)
    return alerts.get_alert(session, alert_id)


@router.post("/alerts/{alert_id}/silence", response_model=SilenceRead, status_code=201)
def silence_alert(alert_id: int, body: AlertSilenceBody, session: SessionDep, caller: Writer) -> SilenceRead:
    """Silence this alert's exact labels for `duration_seconds`."""
    silence = alerts.silence_alert(
        session, actor=caller, alert_id=alert_id, duration_seconds=body.duration_seconds, comment=body.comment
    )
    return silence_read(silence, utcnow())


@router.get("/silences", response_model=Page[SilenceRead])
def list_silences(
    session: SessionDep, _: Reader, page: PageQuery, active: bool = False, expired: bool = False
) -> Page[SilenceRead]:
    """Silences, newest first; `active`: those not over yet (active or pending), `expired`: those over."""
    return alerts.list_silences(
        session, limit=page.limit, cursor=page.cursor, active_only=active, expired_only=expired
    )


@router.post("/silences", response_model=SilenceRead, status_code=201)
def create_silence(body: SilenceBody, session: SessionDep, caller: Writer) -> SilenceRead:
    silence = alerts.create_silence(
        session,
        actor=caller,
        matchers=body.matchers,
        ends_at=body.ends_at,
        starts_at=body.starts_at,
        comment=body.comment,
    )
    return silence_read(silence, utcnow())


@router.delete("/silences/{silence_id}", response_model=SilenceRead)
def expire_silence(silence_id: int, session: SessionDep, caller: Writer) -> SilenceRead:
    """End a silence now (it stays listed as expired)."""
    return silence_read(alerts.expire_silence(session, actor=caller, silence_id=silence_id), utcnow())


# --- events --------------------------------------------------------------------------------------------


def _limit() -> int:
    return int(settings_registry.get(MAX_EVENT_BYTES))


async def _read_bounded(request: Request, limit: int) -> bytes:
    """The body, refused (413) as soon as it passes `limit` bytes."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise events.EventTooLarge(
                f"body: the event is larger than {limit} bytes",
                details={"field": "body", "max_bytes": limit},
                key="cep_event_too_large",
                params={"max_bytes": limit},
            )
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/events", response_model=events.EventsAccepted, status_code=202)
async def post_events(request: Request, _: EventWriter) -> events.EventsAccepted:
    """One event `{labels, value?, status?, message?}` or a list of up to 100: stored durably in the
    event inbox before the answer, evaluated by the CEP leader within moments (see `GET /events/{id}`)."""
    limit = await asyncio.to_thread(_limit)
    parsed = events.parse_events(await _read_bounded(request, limit), max_bytes=limit)
    ids = await inbox.append(parsed, "rest")
    return events.EventsAccepted(accepted=len(ids), ids=ids)


@router.post("/events/alertmanager", response_model=events.EventsAccepted, status_code=202)
async def post_alertmanager(request: Request, _: EventWriter) -> events.EventsAccepted:
    """Alertmanager's webhook payload (version 4): each alert becomes an event with its labels and status,
    stored in the event inbox like `POST /events`."""
    limit = await asyncio.to_thread(_limit) * 16
    parsed = events.parse_alertmanager(await _read_bounded(request, limit), max_bytes=limit)
    ids = await inbox.append(parsed, "alertmanager")
    return events.EventsAccepted(accepted=len(ids), ids=ids)


@router.get("/events/{event_id}", response_model=events.EventStatus)
def get_event(event_id: int, session: SessionDep, _: EventWriter) -> events.EventStatus:
    """Whether an accepted event has been evaluated yet, and what its evaluation did (kept 15 minutes)."""
    found = inbox.status_of(session, event_id)
    if found is None:
        raise NotFound(
            f"event {event_id} not found (evaluated events are kept 15 minutes)",
            details={"field": "event_id"},
            key="cep_event_not_found",
            params={"id": event_id},
        )
    state: Literal["queued", "evaluated", "failed"] = (
        "failed" if found["error"] else "evaluated" if found["evaluated_at"] else "queued"
    )
    return events.EventStatus(status=state, **found)
