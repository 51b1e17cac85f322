"""Events into event rules: `POST /api/cep/events` bodies and Alertmanager webhook payloads (version 4).

An event is labels, an optional value and a status (firing | resolved). The REST receivers only parse
and store events (`services.cep.inbox`); the leader evaluates them in batches with `evaluate_batch`:
every enabled event rule whose `match` labels the event carries is evaluated — the instance is the
event's `group_by` labels (all labels by default), a firing event makes it active (when the value
passes the condition, if it has a threshold), a resolved event ends it. An Alertmanager notification
becomes one event per alert, with the alert's labels and status.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from sqlmodel import Session, col, select

from services.cep import groups
from services.cep.evaluate import evaluate_rule, fingerprint
from services.cep.models import CepRule
from services.cep.muting import Muting
from services.cep.schema import Labels, Number, RuleSpec, check_label_names
from services.cep.sources import Sample
from services.core.errors import ValidationFailed

MAX_EVENTS = 100


class EventTooLarge(ValidationFailed):
    """A body over `cep_max_event_bytes`."""

    code, status = "payload_too_large", 413


class EventIn(BaseModel):
    """One event: who it is about (labels), what it measured (value) and whether it starts or ends."""

    model_config = ConfigDict(extra="forbid")

    labels: Labels = Field(min_length=1)
    value: Number | None = None
    status: Literal["firing", "resolved"] = "firing"
    message: str = Field(default="", max_length=2000)


class EventsAccepted(BaseModel):
    """202: the events are stored durably in the inbox (ids in request order) and will be evaluated
    by the CEP leader within moments; `GET /api/cep/events/{id}` tells whether one has been."""

    accepted: int
    ids: list[int]


class EventStatus(BaseModel):
    """One accepted event: `queued` or `evaluated` (with the rules it matched and the transitions it
    caused), or `failed` when it could not be evaluated (`error`)."""

    id: int
    status: Literal["queued", "evaluated", "failed"]
    received_at: datetime
    evaluated_at: datetime | None = None
    rules_evaluated: int | None = None
    transitions: int | None = None
    error: str | None = None


class AmAlert(BaseModel):
    """One alert of an Alertmanager webhook notification (unknown fields are ignored, as AM adds some)."""

    status: Literal["firing", "resolved"]
    labels: Labels
    annotations: dict[str, str] = Field(default_factory=dict, max_length=64)
    startsAt: datetime | None = None
    endsAt: datetime | None = None
    generatorURL: str = Field(default="", max_length=4000)
    fingerprint: str = Field(default="", max_length=64)


class AmWebhook(BaseModel):
    """Alertmanager's webhook payload, version 4."""

    version: Literal["4"]
    groupKey: str = Field(default="", max_length=4000)
    truncatedAlerts: int = 0
    status: Literal["firing", "resolved"]
    receiver: str = Field(default="", max_length=256)
    groupLabels: dict[str, str] = Field(default_factory=dict)
    commonLabels: dict[str, str] = Field(default_factory=dict)
    commonAnnotations: dict[str, str] = Field(default_factory=dict)
    externalURL: str = Field(default="", max_length=4000)
    alerts: list[AmAlert] = Field(max_length=1000)


_BATCH = TypeAdapter(Annotated[list[EventIn], Field(min_length=1, max_length=MAX_EVENTS)])


def _field_error(exc: ValidationError, prefix: str = "") -> ValidationFailed:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in (prefix, *first["loc"]) if part != "")
    return ValidationFailed(
        f"{where or 'body'}: {first['msg']}",
        details={"field": where or "body"},
        key="cep_event_invalid",
        params={"field": where or "body"},
    )


def parse_events(raw: bytes, *, max_bytes: int) -> list[EventIn]:
    """One event or a list of at most MAX_EVENTS; 413/422 naming the field."""
    if len(raw) > max_bytes:
        raise EventTooLarge(
            f"body: the event is larger than {max_bytes} bytes",
            details={"field": "body", "max_bytes": max_bytes},
            key="cep_event_too_large",
            params={"max_bytes": max_bytes},
        )
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise ValidationFailed(
            "body: not JSON", details={"field": "body"}, key="cep_event_invalid", params={"field": "body"}
        ) from exc
    try:
        parsed = _BATCH.validate_python(body) if isinstance(body, list) else EventIn.model_validate(body)
    except ValidationError as exc:
        raise _field_error(exc) from exc
    events = parsed if isinstance(parsed, list) else [parsed]
    for index, event in enumerate(events):
        try:
            check_label_names(event.labels)
        except ValueError as exc:
            field = f"{index}.labels" if isinstance(parsed, list) else "labels"
            raise ValidationFailed(
                f"{field}: {exc}", details={"field": field}, key="cep_event_invalid", params={"field": field}
            ) from exc
    return events


def parse_alertmanager(raw: bytes, *, max_bytes: int) -> list[EventIn]:
    """The events of an Alertmanager v4 notification: one per alert, its labels and status."""
    if len(raw) > max_bytes:
        raise EventTooLarge(
            f"body: the notification is larger than {max_bytes} bytes",
            details={"field": "body", "max_bytes": max_bytes},
            key="cep_event_too_large",
            params={"max_bytes": max_bytes},
        )
    try:
        payload = AmWebhook.model_validate_json(raw)
    except ValidationError as exc:
        raise _field_error(exc) from exc
    events = []
    for alert in payload.alerts:
        message = alert.annotations.get("summary") or alert.annotations.get("description") or ""
        events.append(EventIn(labels=dict(alert.labels), status=alert.status, message=message[:2000]))
    return events


def _group_labels(spec: RuleSpec, labels: dict[str, str]) -> dict[str, str]:
    group_by = spec.trigger.group_by  # type: ignore[union-attr]
    if group_by is None:
        return dict(labels)
    return {name: labels.get(name, "") for name in group_by}


def _matches(spec: RuleSpec, event: EventIn) -> bool:
    match = spec.trigger.match  # type: ignore[union-attr]
    return all(event.labels.get(k) == v for k, v in match.items())


@dataclass
class EventOutcome:
    """What evaluating one event did: the rules it matched and the transitions of its instances."""

    rules_evaluated: int = 0
    transitions: int = 0


def _rounds(
    matched: list[tuple[int, str, datetime, Sample]],
) -> list[list[tuple[int, str, datetime, Sample]]]:
    """Events of one rule split into rounds in which each instance appears once: round k holds every
    instance's k-th event, so each instance sees its events one by one, in order."""
    rounds: list[list[tuple[int, str, datetime, Sample]]] = []
    seen: dict[str, int] = {}
    for item in matched:
        k = seen.get(item[1], 0)
        seen[item[1]] = k + 1
        if k == len(rounds):
            rounds.append([])
        rounds[k].append(item)
    return rounds


def evaluate_batch(
    session: Session, items: list[tuple[datetime, EventIn]], *, epoch: int | None = None
) -> list[EventOutcome]:
    """Evaluate every matching enabled event rule with `items` (received time, event; oldest first) in
    the caller's transaction: the rules are read once, each rule is evaluated once per round of its
    events (`_rounds`) at the round's latest received time; what mutes alerts is read once (again after
    an inhibiting rule's transitions, which may change it); one outcome per item."""
    rules = session.exec(
        select(CepRule)
        .where(col(CepRule.enabled), col(CepRule.trigger_kind) == "event")
        .order_by(col(CepRule.id))
    ).all()
    outcomes = [EventOutcome() for _ in items]
    specs = [(rule, RuleSpec.model_validate(rule.spec)) for rule in rules]
    groups.lock_channel_routes(  # every channel lock of the batch first, in one order (see groups)
        session,
        [spec for _, spec in specs if any(_matches(spec, event) for _, event in items)],
    )
    span = (min(at for at, _ in items), max(at for at, _ in items)) if items else None
    muting: Muting | None = None  # read once per batch, again after an inhibiting rule's transitions
    for rule, spec in specs:
        assert rule.id is not None
        matched = []
        for index, (at, event) in enumerate(items):
            if _matches(spec, event):
                labels = _group_labels(spec, event.labels)
                sample = Sample(
                    labels,
                    event.value,
                    ci=labels.get("ci"),
                    resolved=event.status == "resolved",
                    extra={"message": event.message},
                )
                matched.append((index, fingerprint(labels), at, sample))
                outcomes[index].rules_evaluated += 1
        for round_ in _rounds(matched):
            now = max(at for _, _, at, _ in round_)
            if muting is None and span is not None:
                muting = Muting.load(session, *span)
            result = evaluate_rule(
                session, rule.id, now=now, samples=[s for _, _, _, s in round_], epoch=epoch, muting=muting
            )
            if result.transitions and spec.inhibits:
                muting = None
            by_instance = Counter(str(t["fingerprint"]) for t in result.transitions)
            for index, fp, _, _ in round_:
                outcomes[index].transitions += by_instance[fp]
    return outcomes


def ingest(session: Session, events: list[EventIn], *, now: datetime) -> list[EventOutcome]:
    """Evaluate `events` at `now` in the caller's transaction, bypassing the inbox (for producers inside
    the platform that already hold a transaction, e.g. OPS Regression Watch)."""
    return evaluate_batch(session, [(now, event) for event in events])
