"""Alertmanager's grouping decisions, pure: which group an alert joins and whether a flush notifies.

`group_labels` follows `dispatch.Route` grouping (only the `group_by` labels an alert has; `...`
means all of them). `needs_update` is `notify.DedupStage.needsUpdate` of prometheus/alertmanager
(dedup_stage.go @68fb2d5): the first message of a group needs a firing alert; later flushes notify
when a firing alert is new to the last message, when everything the last message called firing has
resolved, when (with send_resolved) an alert resolved since, or when the last message is older than
`repeat_interval` — checked only at flushes, so a repeat comes at the first flush after it elapsed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

ALL_LABELS = "..."


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


def group_key(rule_id: int, labels: dict[str, str]) -> str:
    """A stable id of the rule's group with these group labels."""
    raw = json.dumps([rule_id, sorted(labels.items())], separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()


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
