"""CEP engine tables: rules with immutable revisions, alert instances with their transitions, silences.

A `CepRule` is the stable identity plus a copy of its newest spec (what the scheduler runs); every
save adds an immutable `CepRuleRevision` (a database trigger refuses updates). A `CepAlert` is one
instance of a rule (one CI, one Prometheus series, one event label set), keyed by the fingerprint of
its labels, holding the Prometheus-style timers (`active_at`, `fired_at`, `keep_firing_since`) in the
database so `for` survives restarts; every state change adds a `CepTransition` in the same
transaction, and joins the alert to its `CepAlertGroup`, whose flush writes the outbox rows. A
`CepSilence` mutes notifications of alerts its matchers select.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

STATES = ("inactive", "pending", "firing", "resolved")
ACTIVE_STATES = ("pending", "firing")


def _ts(nullable: bool = False, default_now: bool = True) -> Column:
    return Column(
        DateTime(timezone=True), nullable=nullable, server_default=func.now() if default_now else None
    )


def _json(default: str = "{}") -> Column:
    return Column(JSONB, nullable=False, server_default=default)


class CepRule(SQLModel, table=True):
    """A rule: identity, its current spec (copy of the newest revision), schedule state and monitor."""

    __tablename__ = "cep_rules"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    enabled: bool = Field(default=True)
    severity: str = Field(default="warning", max_length=16)
    owner: str = Field(default="", max_length=120)
    trigger_kind: str = Field(max_length=16)
    spec: dict[str, Any] = Field(default_factory=dict, sa_column=_json())
    latest_revision: int = Field(default=1)
    next_run_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    last_eval_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    evaluations: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    matches: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    errors: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    last_duration_ms: float | None = Field(default=None)
    last_lag_ms: float | None = Field(default=None)
    last_error: str | None = Field(default=None, max_length=1000)
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    updated_at: datetime | None = Field(default=None, sa_column=_ts())


class CepRuleRevision(SQLModel, table=True):
    """One immutable saved spec of a rule."""

    __tablename__ = "cep_rule_revisions"
    __table_args__ = (UniqueConstraint("rule_id", "revision", name="uq_cep_rule_revisions"),)

    id: int | None = Field(default=None, primary_key=True)
    rule_id: int = Field(sa_column=Column(ForeignKey("cep_rules.id", ondelete="CASCADE"), nullable=False))
    revision: int
    spec: dict[str, Any] = Field(default_factory=dict, sa_column=_json())
    message: str = Field(default="", max_length=500)
    author: str = Field(max_length=120)
    created_at: datetime | None = Field(default=None, sa_column=_ts())


class CepAlert(SQLModel, table=True):
    """One alert instance of a rule and its Prometheus-style timers (all persisted)."""

    __tablename__ = "cep_alerts"
    __table_args__ = (UniqueConstraint("rule_id", "fingerprint", name="uq_cep_alerts_fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    rule_id: int = Field(sa_column=Column(ForeignKey("cep_rules.id", ondelete="CASCADE"), nullable=False))
    fingerprint: str = Field(max_length=64)
    labels: dict[str, str] = Field(default_factory=dict, sa_column=_json())
    ci: str | None = Field(default=None, max_length=200)
    state: str = Field(default="inactive", max_length=16)
    severity: str = Field(default="warning", max_length=16)
    value: float | None = Field(default=None)
    observed: bool | None = Field(default=None)  # the last observation (events: until resolve_after)
    samples: list[list[Any]] = Field(default_factory=list, sa_column=_json("[]"))  # [[epoch_s, value]]
    active_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    fired_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    resolved_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    keep_firing_since: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    last_seen_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    last_eval_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    rule_revision: int = Field(default=1)
    flapping: bool = Field(default=False)
    ack_by: str | None = Field(default=None, max_length=120)
    ack_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    ack_comment: str | None = Field(default=None, max_length=1000)
    # what `services.cep.explain` attached when it last fired: root-cause hypotheses, runbook hits
    context: dict[str, Any] | None = Field(
        default=None, sa_column=Column(JSONB(none_as_null=True), nullable=True)
    )
    updated_at: datetime | None = Field(default=None, sa_column=_ts())


class CepAlertGroup(SQLModel, table=True):
    """One Alertmanager aggregation group: a rule's alerts on one route (`grouping.routes`) sharing the
    values of the route's `group_by` labels — or, for a channel with its own grouping (`channel_id`
    set, `rule_id` null), the alerts of every rule that notifies the channel.

    `next_flush_at` is the group's timer (group_wait, then group_interval); `seq` counts the changes
    alerts made to it and `flushed_seq` the last one a flush saw; `notified_*` and `notified_at` are
    the notification log (what the last message said, and when)."""

    __tablename__ = "cep_alert_groups"
    __table_args__ = (
        Index("ix_cep_alert_groups_due", "next_flush_at"),
        CheckConstraint("(rule_id IS NULL) <> (channel_id IS NULL)", name="ck_cep_alert_groups_owner"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_key: str = Field(max_length=64, unique=True)
    rule_id: int | None = Field(
        default=None, sa_column=Column(ForeignKey("cep_rules.id", ondelete="CASCADE"), nullable=True)
    )
    channel_id: int | None = Field(
        default=None, sa_column=Column(ForeignKey("cep_channels.id", ondelete="CASCADE"), nullable=True)
    )
    route: str = Field(default="", max_length=16)
    labels: dict[str, str] = Field(default_factory=dict, sa_column=_json())
    next_flush_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    has_flushed: bool = Field(default=False)
    seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    flushed_seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    flushes: int = Field(default=0)
    notified_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    notified_firing: list[str] = Field(default_factory=list, sa_column=_json("[]"))
    notified_resolved: list[str] = Field(default_factory=list, sa_column=_json("[]"))
    created_at: datetime | None = Field(default=None, sa_column=_ts())


class CepAlertGroupMember(SQLModel, table=True):
    """An alert in a group: `seq` is the group's `seq` when the alert last changed in it (a flush sends
    the alerts still firing and those changed since its `flushed_seq`)."""

    __tablename__ = "cep_alert_group_members"

    group_id: int = Field(
        sa_column=Column(ForeignKey("cep_alert_groups.id", ondelete="CASCADE"), primary_key=True)
    )
    alert_id: int = Field(
        sa_column=Column(ForeignKey("cep_alerts.id", ondelete="CASCADE"), primary_key=True, index=True)
    )
    seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))


class CepTransition(SQLModel, table=True):
    """A persisted state change of an alert instance and what became of its notification."""

    __tablename__ = "cep_transitions"

    id: int | None = Field(default=None, sa_column=Column(BigInteger, primary_key=True))
    alert_id: int = Field(sa_column=Column(ForeignKey("cep_alerts.id", ondelete="CASCADE"), nullable=False))
    rule_id: int = Field(sa_column=Column(ForeignKey("cep_rules.id", ondelete="CASCADE"), nullable=False))
    from_state: str = Field(max_length=16)
    to_state: str = Field(max_length=16)
    at: datetime | None = Field(default=None, sa_column=_ts())
    value: float | None = Field(default=None)
    rule_revision: int = Field(default=1)
    notification: str = Field(default="none", max_length=32)  # queued | silenced | flapping | none
    outbox_ids: list[int] = Field(default_factory=list, sa_column=_json("[]"))
    epoch: int | None = Field(default=None)


class CepSilence(SQLModel, table=True):
    """Label matchers and a time window during which matching alerts send no notification."""

    __tablename__ = "cep_silences"

    id: int | None = Field(default=None, primary_key=True)
    matchers: list[dict[str, str]] = Field(default_factory=list, sa_column=_json("[]"))
    starts_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    ends_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    author: str = Field(max_length=120)
    comment: str = Field(default="", max_length=1000)
    created_at: datetime | None = Field(default=None, sa_column=_ts())
