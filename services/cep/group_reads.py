"""Reading notification groups (`GET /api/cep/groups`, the alerts page's groups tab).

A group belongs to one rule (`rule_id`) or, when a channel has its own grouping, to that channel
(`channel_id`), gathering the alerts of every rule that notifies it. A group is `active` while it has a timer (`next_flush_at`: a message may follow) and `idle` once its
alerts stopped firing (it waits for the next alert, or for `groups.delete_idle`). The label filter is
one Alertmanager matcher (`name=value`, `!=`, `=~`, `!~`) on the group labels.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, cast

from pydantic import BaseModel, ValidationError
from sqlalchemy import ColumnElement, Select, func, text
from sqlalchemy import select as sa_select  # five columns: more than sqlmodel's `select` is typed for
from sqlmodel import Session, col, select

from services.cep import grouping, groups
from services.cep.delivery_models import Channel
from services.cep.models import CepAlert, CepAlertGroup, CepAlertGroupMember, CepRule
from services.cep.schema import Grouping, Matcher, RuleSpec, matcher_parts
from services.core.errors import NotFound, ValidationFailed
from services.core.pagination import Page, paginate

GroupState = Literal["active", "idle"]
MAX_DETAIL_ALERTS = 200


class GroupRead(BaseModel):
    id: int
    rule_id: int | None  # null for a channel's group
    rule_name: str | None
    channel_id: int | None  # set for a channel's group (shared across rules)
    channel_name: str | None
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
    rule_id: int
    rule_name: str
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


def _read(
    group: CepAlertGroup,
    rule_name: str | None,
    channel_name: str | None,
    alerts: int | None,
    firing: int | None,
) -> GroupRead:
    assert group.id is not None
    return GroupRead(
        id=group.id,
        rule_id=group.rule_id,
        rule_name=rule_name,
        channel_id=group.channel_id,
        channel_name=channel_name,
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
    """Groups, newest first, with their alert and firing counts; `rule_id` selects the rule's own groups
    and the channel groups holding one of its alerts."""
    counts = _counts()
    query = (
        sa_select(CepAlertGroup, col(CepRule.name), col(Channel.name), counts.c.alerts, counts.c.firing)
        .outerjoin(CepRule, col(CepRule.id) == col(CepAlertGroup.rule_id))
        .outerjoin(Channel, col(Channel.id) == col(CepAlertGroup.channel_id))
        .outerjoin(counts, counts.c.group_id == col(CepAlertGroup.id))
    )
    if rule_id is not None:
        holds_alert_of_rule = (
            select(CepAlertGroupMember.group_id)
            .join(CepAlert, col(CepAlert.id) == col(CepAlertGroupMember.alert_id))
            .where(col(CepAlert.rule_id) == rule_id)
        )
        query = query.where(
            (col(CepAlertGroup.rule_id) == rule_id)
            | (col(CepAlertGroup.channel_id).is_not(None) & col(CepAlertGroup.id).in_(holds_alert_of_rule))
        )
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
        to_item=lambda row: _read(*row),
    )


def get_group(session: Session, group_id: int) -> GroupDetail:
    """A group with its route's timers, what its last message said, and its alerts (firing first)."""
    row = session.exec(
        select(CepAlertGroup, CepRule, Channel)
        .outerjoin(CepRule, col(CepRule.id) == col(CepAlertGroup.rule_id))
        .outerjoin(Channel, col(Channel.id) == col(CepAlertGroup.channel_id))
        .where(col(CepAlertGroup.id) == group_id)
    ).first()
    if row is None:
        raise NotFound(f"group {group_id} not found", key="cep_group_not_found", params={"id": group_id})
    group, rule, channel = row
    alerts = session.exec(
        select(CepAlert, CepRule.name)
        .join(CepAlertGroupMember, col(CepAlertGroupMember.alert_id) == col(CepAlert.id))
        .join(CepRule, col(CepRule.id) == col(CepAlert.rule_id))
        .where(col(CepAlertGroupMember.group_id) == group_id)
        .order_by(text("cep_alerts.state <> 'firing'"), col(CepAlert.fired_at).desc(), col(CepAlert.id))
        .limit(MAX_DETAIL_ALERTS)
    ).all()
    if rule is not None:
        shared = groups.shared_groupings(session)
        timers = grouping.route_of(RuleSpec.model_validate(rule.spec), group.route, shared).grouping
    else:
        timers = Grouping.model_validate(channel.grouping) if channel and channel.grouping else Grouping()
    firing = sum(1 for a, _ in alerts if a.state == "firing")
    return GroupDetail(
        **_read(
            group, rule.name if rule else None, channel.name if channel else None, len(alerts), firing
        ).model_dump(),
        **timers.model_dump(),
        notified_firing=len(group.notified_firing),
        notified_resolved=len(group.notified_resolved),
        alerts=[
            GroupAlertRead(
                id=a.id or 0,
                rule_id=a.rule_id,
                rule_name=rule_name,
                ci=a.ci,
                state=a.state,
                severity=a.severity,
                labels=dict(a.labels),
                fired_at=a.fired_at,
                resolved_at=a.resolved_at,
            )
            for a, rule_name in alerts
        ],
    )
