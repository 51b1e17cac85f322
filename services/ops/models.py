"""OPS execution traces: one row per question, one span per stage."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Column, DateTime, ForeignKey, Index, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

MAX_ERROR = 2000  # an error kept with a trace or span is cut to this (a failed query quotes its SQL)


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
    error: str | None = Field(default=None, max_length=MAX_ERROR)


class OpsSpan(SQLModel, table=True):
    """One stage of a run: timing, a summary of its input and output, and its status."""

    __tablename__ = "ops_spans"

    id: int | None = Field(default=None, primary_key=True)
    trace_id: str = Field(
        sa_column=Column(
            String(32), ForeignKey("ops_traces.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    seq: int
    stage: str = Field(max_length=32)
    started_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    duration_ms: float
    status: str = Field(max_length=16)
    input_summary: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    output_summary: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    error: str | None = Field(default=None, max_length=MAX_ERROR)


class OpsConversation(SQLModel, table=True):
    """What a chat carries into its next question: the last answered plan's CIs, metrics, window, intent.

    Keyed by the conversation id and its user together, so one user's context is never another's.
    """

    __tablename__ = "ops_conversations"

    id: str = Field(sa_column=Column(String(64), primary_key=True))
    username: str = Field(sa_column=Column(String(64), primary_key=True))
    updated_at: datetime | None = Field(
        default=None,
        sa_column=Column(
            DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now()
        ),
    )
    context: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))


class AnswerRead(BaseModel):
    """The answer object (ARCHITECTURE §4): the same from REST, SSE, the CLI and the chat."""

    question: str
    route: str
    status: str
    plan: dict[str, Any]
    blocks: list[dict[str, Any]]
    trace_id: str
    timings_ms: dict[str, float]
    conversation_id: str | None = None
    followup: dict[str, Any] | None = None
    corrections: dict[str, str] = {}  # typo → the planner word it was read as
    suggestions: list[str] = []


class HistoryItemRead(BaseModel):
    """One asked question in a user's history."""

    trace_id: str
    question: str
    username: str
    route: str
    status: str
    planner: str
    duration_ms: float
    created_at: datetime | None


class SpanRead(BaseModel):
    """One stage of a run."""

    stage: str
    started_at: str
    duration_ms: float
    status: str
    input: dict[str, Any] | None
    output: dict[str, Any] | None
    error: str | None


class TraceRead(BaseModel):
    """A run: question, answer, and a span per stage."""

    trace_id: str
    question: str
    username: str
    route: str
    status: str
    planner: str
    duration_ms: float
    error: str | None
    created_at: str | None
    answer: dict[str, Any] | None
    spans: list[SpanRead]


class ProblemRead(BaseModel):
    """One thing wrong now: where, how bad, why (kind + details), since when, where to look."""

    source: str
    severity: str
    ci: str | None
    kind: str  # threshold | anomaly | event | external (another domain's problem source)
    since: datetime | None
    link: str | None
    blast: int  # how many CIs depend on the CI (transitively)
    details: dict[str, Any]


class ProblemsRead(BaseModel):
    """The estate's problems, worst first (by severity, then blast radius)."""

    problems: list[ProblemRead]
    total: int
