"""Tables shared by every domain (audit log, durable jobs, runtime settings, leader epochs) and their read models."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import BigInteger, Column, DateTime, Index, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel


class AuditLog(SQLModel, table=True):
    """One mutation: who did what to which entity, with the state before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity_type", "entity_id"),
        Index("ix_audit_log_ts", "ts"),
    )

    id: int | None = Field(default=None, primary_key=True)
    ts: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )
    actor: str = Field(max_length=120, index=True)
    action: str = Field(max_length=120, index=True)
    entity_type: str = Field(max_length=60)
    entity_id: str | None = Field(default=None, max_length=120)
    before: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    after: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    ip: str | None = Field(default=None, max_length=64)
    request_id: str | None = Field(default=None, max_length=64)


class Job(SQLModel, table=True):
    """One unit of long work (import, ingest, backtest) run by any worker; see services/core/jobs.py."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status_created", "status", "created_at"),)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex, primary_key=True, max_length=32)
    kind: str = Field(max_length=64)
    status: str = Field(default="queued", max_length=16)  # queued | running | succeeded | failed
    progress: float = Field(default=0.0)
    message: str = Field(default="", max_length=500)
    payload: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    error: str | None = Field(default=None, max_length=4000)
    created_by: str = Field(max_length=120, index=True)
    created_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )
    started_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    finished_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    heartbeat_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    attempts: int = Field(default=0)
    worker: str | None = Field(default=None, max_length=120)


class AppSetting(SQLModel, table=True):
    """A runtime setting changed by an admin; overrides the environment and the declared default."""

    __tablename__ = "app_settings"

    key: str = Field(primary_key=True, max_length=120)
    value: Any = Field(sa_column=Column(JSONB, nullable=False))
    updated_by: str = Field(max_length=120)
    updated_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )


class LeaderEpoch(SQLModel, table=True):
    """The fencing epoch of a leadership (e.g. the CEP scheduler): raised by every new leader."""

    __tablename__ = "leader_epochs"

    name: str = Field(primary_key=True, max_length=60)
    epoch: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    holder: str = Field(default="", max_length=120)
    acquired_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))


class JobRead(BaseModel):
    """A durable job as clients see it (never its payload)."""

    id: str
    kind: str
    status: str  # queued | running | succeeded | failed
    progress: float
    message: str
    result: dict[str, Any] | None
    error: str | None
    created_by: str
    created_at: str | None
    started_at: str | None
    finished_at: str | None
    attempts: int
