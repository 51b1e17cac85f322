"""Regression Watch tables (golden queries with their baseline, runs, per-query results) and read models."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel
from pydantic import Field as PydanticField
from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, func
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, SQLModel

MAX_TAGS = 16
KEY_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"


def _ts(nullable: bool = False, now: bool = True) -> Any:
    return Field(
        default=None,
        sa_column=Column(
            DateTime(timezone=True), nullable=nullable, server_default=func.now() if now else None
        ),
    )


class GoldenQuery(SQLModel, table=True):
    """A question with its expected answer and, once a run accepted it, the baseline answer's fingerprint."""

    __tablename__ = "ops_golden_queries"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    question: str = Field(max_length=2000)
    lang: str = Field(default="en", max_length=5)
    routes: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String()), nullable=False))
    expect: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    kind: str = Field(default="", max_length=32)
    note: str = Field(default="", max_length=500)
    tags: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String()), nullable=False))
    pinned_now: datetime | None = _ts(nullable=True, now=False)
    enabled: bool = True
    baseline: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    baseline_at: datetime | None = _ts(nullable=True, now=False)
    baseline_by: str | None = Field(default=None, max_length=64)
    created_at: datetime | None = _ts()
    updated_at: datetime | None = _ts()


class WatchRun(SQLModel, table=True):
    """One run over the enabled golden queries (optionally those with given tags)."""

    __tablename__ = "ops_watch_runs"

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime | None = _ts()
    finished_at: datetime | None = _ts(nullable=True, now=False)
    trigger: str = Field(max_length=16)  # cli | ui | api | schedule
    actor: str = Field(max_length=64)
    tags: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String()), nullable=False))
    total: int = 0
    passed: int = 0
    new: int = 0
    regressed: int = 0
    duration_ms: float = 0.0
    status: str = Field(default="running", max_length=16)  # running | ok | regressed


class WatchResult(SQLModel, table=True):
    """One golden query's outcome in a run: the answer's fingerprint and what differs from the baseline."""

    __tablename__ = "ops_watch_results"

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("ops_watch_runs.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    query_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("ops_golden_queries.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    outcome: str = Field(max_length=16)  # pass | new | regressed | failed
    expect_ok: bool
    expect_why: str = Field(default="", max_length=2000)
    diffs: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    snapshot: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    trace_id: str = Field(max_length=32)
    duration_ms: float = 0.0


# --- read and write models ---------------------------------------------------------------------------


class GoldenQueryIn(BaseModel):
    """A golden query as created or imported (the golden JSON format's case, plus tags)."""

    key: str = PydanticField(pattern=KEY_PATTERN, description="stable id, e.g. pub-001")
    question: str = PydanticField(min_length=1, max_length=2000)
    lang: Literal["ko", "en"] = "en"
    routes: list[Literal["LOOKUP", "AGGREGATE", "GRAPH", "RCA", "DIRECT", "REJECT"]] = PydanticField(
        min_length=1, max_length=6
    )
    expect: dict[str, Any] = PydanticField(
        description="number/tol_rel, names/match, rows, reject, direct, root_cause/k"
    )
    kind: str = PydanticField(default="", max_length=32)
    note: str = PydanticField(default="", max_length=500)
    tags: list[str] = PydanticField(default_factory=list, max_length=MAX_TAGS)
    now: datetime | None = PydanticField(default=None, description="pinned clock (with offset); null = live")
    enabled: bool = True


class GoldenQueryRead(BaseModel):
    id: int
    key: str
    question: str
    lang: str
    routes: list[str]
    expect: dict[str, Any]
    kind: str
    note: str
    tags: list[str]
    now: datetime | None
    enabled: bool
    has_baseline: bool
    baseline_at: datetime | None
    baseline_by: str | None


class WatchRunRead(BaseModel):
    id: int
    started_at: datetime | None
    finished_at: datetime | None
    trigger: str
    actor: str
    tags: list[str]
    total: int
    passed: int
    new: int
    regressed: int
    duration_ms: float
    status: str


class WatchResultRead(BaseModel):
    id: int
    query_id: int
    key: str
    question: str
    outcome: str
    expect_ok: bool
    expect_why: str
    diffs: list[dict[str, Any]]
    trace_id: str
    duration_ms: float


class WatchRunDetail(WatchRunRead):
    results: list[WatchResultRead]


class GoldenFile(BaseModel):
    """The golden JSON format of tests/fixtures/ops-golden-public.json (extra top-level keys are kept out)."""

    dataset: str = ""
    now: datetime | None = None
    timezone: str | None = None
    cases: list[dict[str, Any]] = PydanticField(max_length=5000)


class ImportReport(BaseModel):
    created: int
    updated: int
    keys: list[str]
