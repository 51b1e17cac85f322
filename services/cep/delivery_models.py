"""CEP delivery tables and REST schemas: channels, the notification outbox and its delivery log.

A `Channel` holds a kind's non-secret `config` and its `secrets` (each value `crypto.encrypt`ed;
only the names ever leave the service). An `OutboxRow` is one delivery of one action to one target,
unique by `dedup_key` (also its `Idempotency-Key`); `DeliveryAttempt` is one row per try.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PField
from sqlalchemy import BigInteger, Column, DateTime, ForeignKey, Index, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from services.cep.schema import Grouping

CHANNEL_KIND_NAMES: tuple[str, ...] = ("slack", "email", "sms", "webhook")
ChannelKindName = Literal["slack", "email", "sms", "webhook"]
PENDING, SENDING, DELIVERED, DEAD = "pending", "sending", "delivered", "dead"
OUTBOX_STATUSES: tuple[str, ...] = (PENDING, SENDING, DELIVERED, DEAD)
OutboxStatus = Literal["pending", "sending", "delivered", "dead"]


def _ts(nullable: bool = False, default_now: bool = True) -> Column:
    return Column(
        DateTime(timezone=True), nullable=nullable, server_default=func.now() if default_now else None
    )


class Channel(SQLModel, table=True):
    """Where notifications go: a Slack webhook, an SMTP account, an SMS gateway or a generic webhook."""

    __tablename__ = "cep_channels"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    kind: str = Field(max_length=16)
    config: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    secrets: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    enabled: bool = Field(default=True)
    rate_limit_per_minute: int = Field(default=60)
    # Alertmanager's route timers for this receiver (a `schema.Grouping`): set, every rule's notify
    # action to this channel (without its own `grouping`) joins the channel's groups, shared across rules
    grouping: dict[str, Any] | None = Field(
        default=None, sa_column=Column(JSONB(none_as_null=True), nullable=True)
    )
    broken_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    broken_reason: str | None = Field(default=None, max_length=500)
    created_by: str = Field(max_length=120)
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    updated_at: datetime | None = Field(default=None, sa_column=_ts())
    deleted_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))


class OutboxRow(SQLModel, table=True):
    """One notification to deliver: an action kind, its target, the alert payload and the lease state."""

    __tablename__ = "cep_outbox"
    __table_args__ = (Index("ix_cep_outbox_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, sa_column=Column(BigInteger, primary_key=True, autoincrement=True))
    dedup_key: str = Field(max_length=64, unique=True)
    group_key: str = Field(max_length=200, index=True)
    action_kind: str = Field(max_length=40)
    channel_id: int | None = Field(
        default=None, sa_column=Column(ForeignKey("cep_channels.id", ondelete="SET NULL"), nullable=True)
    )
    target: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    status: str = Field(default=PENDING, max_length=16)
    attempts: int = Field(default=0)
    max_attempts: int = Field(default=8)
    next_attempt_at: datetime | None = Field(default=None, sa_column=_ts())
    locked_by: str | None = Field(default=None, max_length=120)
    locked_until: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    last_error: str | None = Field(default=None, max_length=1000)
    last_error_class: str | None = Field(default=None, max_length=40)
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    delivered_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))


class DeliveryAttempt(SQLModel, table=True):
    """One try at delivering an outbox row: outcome, error class, latency and a response snippet."""

    __tablename__ = "cep_delivery_log"
    __table_args__ = (Index("ix_cep_delivery_log_outbox", "outbox_id", "attempt"),)

    id: int | None = Field(default=None, sa_column=Column(BigInteger, primary_key=True, autoincrement=True))
    outbox_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("cep_outbox.id", ondelete="CASCADE"), nullable=False)
    )
    channel_id: int | None = Field(default=None)
    attempt: int
    worker: str = Field(max_length=120)
    ok: bool
    error_class: str | None = Field(default=None, max_length=40)
    response: str = Field(default="", max_length=1000)
    latency_ms: float = Field(default=0.0)
    started_at: datetime | None = Field(default=None, sa_column=_ts())


# --- REST schemas -----------------------------------------------------------------------------------------


class ChannelCreate(BaseModel):
    """A new channel: `config` and `secrets` follow the kind (see `GET /api/cep/channel-kinds`)."""

    model_config = ConfigDict(extra="forbid")

    name: str = PField(min_length=1, max_length=120)
    kind: ChannelKindName
    config: dict[str, Any] = PField(default_factory=dict)
    secrets: dict[str, str] = PField(default_factory=dict, description="write-only; never returned")
    enabled: bool = True
    rate_limit_per_minute: int = PField(default=60, ge=1, le=1_000_000)
    grouping: Grouping | None = PField(
        default=None, description="group alerts of every rule that notifies this channel (null: per rule)"
    )


class ChannelUpdate(BaseModel):
    """Changes to a channel; a secret left out or given as "" is kept, one given as null is removed;
    `grouping` given as null returns the channel to per-rule grouping."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = PField(default=None, min_length=1, max_length=120)
    config: dict[str, Any] | None = None
    secrets: dict[str, str | None] | None = PField(default=None, description="write-only; never returned")
    enabled: bool | None = None
    rate_limit_per_minute: int | None = PField(default=None, ge=1, le=1_000_000)
    grouping: Grouping | None = None


class ChannelRead(BaseModel):
    """A channel as callers see it: secret names only, never their values."""

    id: int
    name: str
    kind: str
    config: dict[str, Any]
    secret_names: list[str]
    enabled: bool
    rate_limit_per_minute: int
    grouping: Grouping | None
    broken: bool
    broken_at: datetime | None
    broken_reason: str | None
    created_by: str
    created_at: datetime | None
    updated_at: datetime | None


class ChannelKindRead(BaseModel):
    kind: str
    description_ko: str
    description_en: str
    config_schema: dict[str, Any]
    secret_names: list[str]
    required_secrets: list[str]


class TestResultRead(BaseModel):
    """The outcome of "send test"."""

    ok: bool
    error_class: str | None
    response: str
    latency_ms: float


class AttemptRead(BaseModel):
    id: int
    attempt: int
    worker: str
    ok: bool
    error_class: str | None
    response: str
    latency_ms: float
    started_at: datetime | None


class NotificationRead(BaseModel):
    """An outbox row: what goes where, its state and the last error."""

    id: int
    dedup_key: str
    group_key: str
    action_kind: str
    channel_id: int | None
    channel_name: str | None
    summary: str
    status: str
    attempts: int
    max_attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    last_error_class: str | None
    created_at: datetime | None
    delivered_at: datetime | None


class NotificationDetail(NotificationRead):
    target: dict[str, Any]
    payload: dict[str, Any]
    log: list[AttemptRead]


class ActionKindRead(BaseModel):
    kind: str
    description_ko: str
    description_en: str
    params_schema: dict[str, Any]
