"""OPS execution traces: one row per question, one span per stage."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, DateTime, ForeignKey, Index, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel


class OpsTrace(SQLModel, table=True):
    """A question, its plan and answer, with timings: the run's record and the user's history."""

    __tablename__ = "ops_traces"
    __table_args__ = (Index("ix_ops_traces_user_created", "username", "created_at"),)

    id: str = Field(sa_column=Column(String(32), primary_key=True))
    created_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )
    username: str = Field(max_length=64)
    question: str = Field(max_length=2000)
    lang: str = Field(max_length=5)
    route: str = Field(max_length=16)
    status: str = Field(max_length=16)
    planner: str = Field(max_length=16)
    duration_ms: float = 0.0
    plan: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    answer: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    error: str | None = Field(default=None, max_length=2000)


class OpsSpan(SQLModel, table=True):
    """One stage of a run: timing, a summary of its input and output, and its status."""

    __tablename__ = "ops_spans"

    id: int | None = Field(default=None, primary_key=True)
    trace_id: str = Field(sa_column=Column(String(32), ForeignKey("ops_traces.id", ondelete="CASCADE"),
                                           nullable=False, index=True))  # fmt: skip
    seq: int
    stage: str = Field(max_length=32)
    started_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    duration_ms: float
    status: str = Field(max_length=16)
    input_summary: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    output_summary: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    error: str | None = Field(default=None, max_length=2000)
