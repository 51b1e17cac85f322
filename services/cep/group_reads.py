"""Reading notification groups (`GET /api/cep/groups`, the alerts page's groups tab).

A group is `active` while it has a timer (`next_flush_at`: a message may follow) and `idle` once its
alerts stopped firing (it waits for the next alert, or for `groups.delete_idle`). The label filter is
one Alertmanager matcher (`name=value`, `!=`, `=~`, `!~`) on the group labels.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, cast

from pydantic import BaseModel, ValidationError
from sqlalchemy import ColumnElement, Select, func, text
from sqlmodel import Session, col, select

from services.cep import grouping
from services.cep.models import CepAlert, CepAlertGroup, CepAlertGroupMember, CepRule
from services.cep.schema import Matcher, RuleSpec, matcher_parts
from services.core.errors import NotFound, ValidationFailed
from services.core.pagination import Page, paginate

GroupState = Literal["active", "idle"]
MAX_DETAIL_ALERTS = 200


class GroupRead(BaseModel):
    id: int
    rule_id: int
    rule_name: str
    route: str  # "" is the rule's own timers; else an action's override (`grouping.routes`)
    labels: dict[str, str]
    state: GroupState
    alert_count: int
    firing_count: int
    next_flush_at: datetime | None
    notified_at: datetime | None
    created_at: datetime | None


class GroupAlertRead(BaseModel):
    id: int
    ci: str | None
    state: str
    severity: str
    labels: dict[str, str]
    fired_at: datetime | None
    resolved_at: datetime | None


class GroupDetail(GroupRead):
    group_by: list[str]
    group_wait_seconds: int
    group_interval_seconds: int
    repeat_interval_seconds: int
    notified_firing: int
    notified_resolved: int
    alerts: list[GroupAlertRead]


def parse_matcher(raw: str) -> Matcher:
    """`name=value` (or `!=`, `=~`, `!~`) as a matcher; 422 naming `label` otherwise."""
    try:
        return Matcher.model_validate(matcher_parts(raw))
    except ValidationError as exc:
        raise ValidationFailed(
            "label: use name=value, name!=value, name=~regex or name!~regex",
            details={"field": "label"},
            key="cep_group_bad_matcher",
        ) from exc


def _counts() -> Any:
    return (
        select(
            col(CepAlertGroupMember.group_id).label("group_id"),
            func.count().label("alerts"),
            func.count().filter(col(CepAlert.state) == "firing").label("firing"),
        )
        .join(CepAlert, col(CepAlert.id) == col(CepAlertGroupMember.alert_id))
        .group_by(col(CepAlertGroupMember.group_id))
        .subquery()
    )


def _read(group: CepAlertGroup, rule_name: str, alerts: int | None, firing: int | None) -> GroupRead:
    assert group.id is not None
    return GroupRead(
        id=group.id,
        rule_id=group.rule_id,
        rule_name=rule_name,
        route=group.route,
        labels=dict(group.labels),
        state="active" if group.next_flush_at is not None else "idle",
        alert_count=int(alerts or 0),
        firing_count=int(firing or 0),
        next_flush_at=group.next_flush_at,
        notified_at=group.notified_at,
        created_at=group.created_at,
    )


def list_groups(
    session: Session,
    *,
    limit: int,
    cursor: str | None = None,
    rule_id: int | None = None,
    state: GroupState | None = None,
    label: str | None = None,
) -> Page[GroupRead]:
    """Groups, newest first, with their alert and firing counts."""
    counts = _counts()
    query = (
        select(CepAlertGroup, CepRule.name, counts.c.alerts, counts.c.firing)
        .join(CepRule, col(CepRule.id) == col(CepAlertGroup.rule_id))
        .outerjoin(counts, counts.c.group_id == col(CepAlertGroup.id))
    )
    if rule_id is not None:
        query = query.where(col(CepAlertGroup.rule_id) == rule_id)
    if state == "active":
        query = query.where(col(CepAlertGroup.next_flush_at).is_not(None))
    elif state == "idle":
        query = query.where(col(CepAlertGroup.next_flush_at).is_(None))
    if label:
        matcher = parse_matcher(label)
        value = func.coalesce(col(CepAlertGroup.labels).op("->>")(matcher.name), "")
        pattern = f"^(?:{matcher.value})$"
        condition = {
            "=": value == matcher.value,
            "!=": value != matcher.value,
            "=~": value.op("~")(pattern),
            "!~": value.op("!~")(pattern),
        }[matcher.op]
        query = query.where(condition)
    return paginate(
        session,
        cast(Select[Any], query),
        keys=[cast(ColumnElement[Any], col(CepAlertGroup.id))],
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=lambda row: _read(row[0], row[1], row[2], row[3]),
    )


def get_group(session: Session, group_id: int) -> GroupDetail:
    """A group with its route's timers, what its last message said, and its alerts (firing first)."""
    row = session.exec(
        select(CepAlertGroup, CepRule)
        .join(CepRule, col(CepRule.id) == col(CepAlertGroup.rule_id))
        .where(col(CepAlertGroup.id) == group_id)
    ).first()
    if row is None:
        raise NotFound(f"group {group_id} not found", key="cep_group_not_found", params={"id": group_id})
    group, rule = row
    alerts = session.exec(
        select(CepAlert)
        .join(CepAlertGroupMember, col(CepAlertGroupMember.alert_id) == col(CepAlert.id))
        .where(col(CepAlertGroupMember.group_id) == group_id)
        .order_by(text("cep_alerts.state <> 'firing'"), col(CepAlert.fired_at).desc(), col(CepAlert.id))
        .limit(MAX_DETAIL_ALERTS)
    ).all()
    route = grouping.route_of(RuleSpec.model_validate(rule.spec), group.route).grouping
    firing = sum(1 for a in alerts if a.state == "firing")
    return GroupDetail(
        **_read(group, rule.name, len(alerts), firing).model_dump(),
        **route.model_dump(),
        notified_firing=len(group.notified_firing),
        notified_resolved=len(group.notified_resolved),
        alerts=[
            GroupAlertRead(
                id=a.id or 0,
                ci=a.ci,
                state=a.state,
                severity=a.severity,
                labels=dict(a.labels),
                fired_at=a.fired_at,
                resolved_at=a.resolved_at,
            )
            for a in alerts
        ],
    )
