"""Alertmanager's grouping decisions, pure: which group an alert joins and whether a flush notifies.

`group_labels` follows `dispatch.Route` grouping (only the `group_by` labels an alert has; `...`
means all of them). `needs_update` is `notify.DedupStage.needsUpdate` of prometheus/alertmanager
(dedup_stage.go @68fb2d5): the first message of a group needs a firing alert; later flushes notify
when a firing alert is new to the last message, when everything the last message called firing has
resolved, when (with send_resolved) an alert resolved since, or when the last message is older than
`repeat_interval` — checked only at flushes, so a repeat comes at the first flush after it elapsed.

`routes` splits a rule's actions by their timers, as Alertmanager's routes each keep their own
groups: an action's `grouping` override (field by field) wins over the rule's `grouping`, which wins
over the defaults; actions that end up with the same timers share one route (the rule's own route is
`DEFAULT_ROUTE`, so groups made before overrides existed keep their keys). A `notify` action without
an override sends to a channel that has its own grouping (Alertmanager's receiver route) through that
channel's route instead: its groups (`channel_group_key`) are shared by every rule notifying the
channel, so alerts of several rules with the same group labels go out in one message.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping

    from services.cep.schema import ActionSpec, Grouping, RuleSpec

ALL_LABELS = "..."
DEFAULT_ROUTE = ""


@dataclass(frozen=True)
class NotifyLog:
    """What the group's last message said (Alertmanager's nflog entry)."""

    firing: frozenset[str]
    resolved: frozenset[str]
    at: datetime


def group_labels(group_by: list[str], labels: dict[str, str]) -> dict[str, str]:
    """The labels that name the alert's group."""
    if ALL_LABELS in group_by:
        return dict(sorted(labels.items()))
    return {name: labels[name] for name in sorted(set(group_by)) if name in labels}


def group_key(rule_id: int, labels: dict[str, str], route: str = DEFAULT_ROUTE) -> str:
    """A stable id of the rule's group on `route` with these group labels."""
    parts: list[object] = [rule_id, sorted(labels.items())] + ([route] if route else [])
    raw = json.dumps(parts, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()


def channel_group_key(channel_id: int, labels: dict[str, str]) -> str:
    """A stable id of the channel's group with these group labels (shared by every rule)."""
    raw = json.dumps(["channel", channel_id, sorted(labels.items())], separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True)
class Route:
    """Actions that share timers: `key` names it in `cep_alert_groups.route`; a channel's route
    (`channel_id` set) holds the rule's notify action to that channel only."""

    key: str
    grouping: Grouping
    actions: tuple[ActionSpec, ...]
    channel_id: int | None = None


def notify_channels(spec: RuleSpec) -> set[int]:
    """The channels the rule's notify actions without their own grouping send to: those that may
    route through a channel's grouping."""
    return {
        int(cid)
        for action in spec.actions
        if action.kind == "notify" and action.grouping is None
        for cid in action.params.get("channel_ids") or []
    }


def _split(
    action: ActionSpec, shared: Mapping[int, Grouping]
) -> tuple[ActionSpec | None, dict[int, ActionSpec]]:
    """A notify action as the part left on the rule's routes (None if nothing is) and one action per
    channel with its own grouping."""
    if action.kind != "notify" or action.grouping is not None:
        return action, {}
    ids: list[Any] = list(action.params.get("channel_ids") or [])
    own = {int(cid): _with_channels(action, [cid]) for cid in ids if int(cid) in shared}
    rest = [cid for cid in ids if int(cid) not in shared]
    if not own:
        return action, {}
    return (_with_channels(action, rest) if rest else None), own


def _with_channels(action: ActionSpec, channel_ids: list[Any]) -> ActionSpec:
    return action.model_copy(update={"params": {**action.params, "channel_ids": channel_ids}})


def route_key(spec_grouping: Grouping, grouping: Grouping) -> str:
    """DEFAULT_ROUTE for the rule's own timers, else a short hash of the effective timers."""
    if grouping == spec_grouping:
        return DEFAULT_ROUTE
    raw = json.dumps(grouping.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def routes(spec: RuleSpec, shared: Mapping[int, Grouping] | None = None) -> list[Route]:
    """The rule's own routes in key order (the order their group rows are locked in), each with its
    actions, then the routes of the channels in `shared` (channel id → the channel's grouping) that
    it notifies, by channel id."""
    shared = shared or {}
    by_key: dict[str, tuple[Grouping, list[ActionSpec]]] = {}
    by_channel: dict[int, list[ActionSpec]] = {}
    for action in spec.actions:
        kept, own = _split(action, shared)
        for channel_id, channel_action in own.items():
            by_channel.setdefault(channel_id, []).append(channel_action)
        if kept is None:
            continue
        effective = kept.grouping.over(spec.grouping) if kept.grouping else spec.grouping
        key = route_key(spec.grouping, effective)
        by_key.setdefault(key, (effective, []))[1].append(kept)
    own_routes = [Route(key, grouping, tuple(acts)) for key, (grouping, acts) in sorted(by_key.items())]
    return own_routes + [
        Route(DEFAULT_ROUTE, shared[cid], tuple(acts), cid) for cid, acts in sorted(by_channel.items())
    ]


def route_of(spec: RuleSpec, key: str, shared: Mapping[int, Grouping] | None = None) -> Route:
    """The rule's own route `key` of `spec`; a route the rule no longer has (edited since) sends
    nothing and keeps the rule's timers until its group goes idle."""
    for route in routes(spec, shared):
        if route.channel_id is None and route.key == key:
            return route
    return Route(key, spec.grouping, ())


def channel_route_of(spec: RuleSpec, channel_id: int, shared: Mapping[int, Grouping]) -> Route | None:
    """The rule's route through channel `channel_id`'s grouping, None when it no longer has one."""
    return next((r for r in routes(spec, shared) if r.channel_id == channel_id), None)


def needs_update(
    entry: NotifyLog | None,
    firing: set[str],
    resolved: set[str],
    *,
    send_resolved: bool,
    repeat: timedelta,
    now: datetime,
) -> str | None:
    """Why this flush notifies (Alertmanager's NotifyReason), or None when it does not."""
    if entry is None:
        return "first_notification" if firing else None
    if not firing <= entry.firing:
        return "first_notification" if not entry.firing else "new_alerts_in_group"
    if not firing:
        return "all_alerts_resolved" if entry.firing else None
    if send_resolved and not resolved <= entry.resolved:
        return "new_resolved_alerts"
    if entry.at < now - repeat:
        return "repeat_interval_elapsed"
    return None
