"""API MANAGER tables, REST schemas and the permissions the domain checks.

An `Api` is the stable identity (slug, logic type, access rules); its logic lives in immutable
`ApiVersion` rows (every save is a new version with a content hash). `published_version` names the
version callers get at `/api/x/{slug}`; newer versions are drafts until published. Test cases and the
execution log point at the API; an execution records the version it ran.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PField
from sqlalchemy import BigInteger, Column, DateTime, ForeignKey, Index, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.types import String
from sqlmodel import Field, SQLModel

READ, WRITE, EXECUTE = "apis:read", "apis:write", "apis:execute"
LOGIC_TYPES: tuple[str, ...] = ("sql", "http", "python", "script", "workflow")
LogicType = Literal["sql", "http", "python", "script", "workflow"]
EXECUTION_MODES: tuple[str, ...] = ("call", "test", "dry_run", "workflow", "cep", "ops")
SLUG_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"
MAX_BODY_CHARS = 50_000


def _ts(nullable: bool = False, default_now: bool = True) -> Column:
    return Column(
        DateTime(timezone=True), nullable=nullable, server_default=func.now() if default_now else None
    )


class Api(SQLModel, table=True):
    """A user-defined API: identity, access rules and which version is published."""

    __tablename__ = "apis"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=64, unique=True, index=True)
    name: str = Field(max_length=120)
    description: str = Field(default="", max_length=2000)
    logic_type: str = Field(max_length=16)
    owner: str = Field(max_length=120)
    tags: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String), nullable=False))
    allowed_roles: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String), nullable=False))
    required_scopes: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String), nullable=False))
    rate_limit_per_minute: int = Field(default=60)
    ops_tool: bool = Field(default=False)
    secrets: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    latest_version: int = Field(default=0)
    published_version: int | None = Field(default=None)
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    updated_at: datetime | None = Field(default=None, sa_column=_ts())
    deleted_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))


class ApiVersion(SQLModel, table=True):
    """One immutable version of an API's logic (a database trigger refuses updates)."""

    __tablename__ = "api_versions"
    __table_args__ = (UniqueConstraint("api_id", "version", name="uq_api_versions_api_version"),)

    id: int | None = Field(default=None, primary_key=True)
    api_id: int = Field(sa_column=Column(ForeignKey("apis.id", ondelete="CASCADE"), nullable=False))
    version: int
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    content_hash: str = Field(max_length=64)
    message: str = Field(default="", max_length=500)
    author: str = Field(max_length=120)
    created_at: datetime | None = Field(default=None, sa_column=_ts())


class ApiTestCase(SQLModel, table=True):
    """Parameters and expectations for one test of an API; the last result is kept."""

    __tablename__ = "api_test_cases"

    id: int | None = Field(default=None, primary_key=True)
    api_id: int = Field(sa_column=Column(ForeignKey("apis.id", ondelete="CASCADE"), nullable=False))
    name: str = Field(max_length=120)
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    expect: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    last_result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    last_run_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    created_by: str = Field(max_length=120)
    created_at: datetime | None = Field(default=None, sa_column=_ts())


class ApiExecution(SQLModel, table=True):
    """One run of an API: who, which version, parameters (secrets redacted), outcome and timing."""

    __tablename__ = "api_executions"
    __table_args__ = (Index("ix_api_executions_api_ts", "api_id", "ts"),)

    id: int | None = Field(default=None, sa_column=Column(BigInteger, primary_key=True, autoincrement=True))
    api_id: int | None = Field(
        default=None, sa_column=Column(ForeignKey("apis.id", ondelete="CASCADE"), nullable=True)
    )
    version: int | None = Field(default=None)
    mode: str = Field(max_length=16)
    caller: str = Field(max_length=120)
    via: str = Field(default="session", max_length=16)
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    status: str = Field(max_length=16)  # ok | error | timeout | rejected | rate_limited
    error: str | None = Field(default=None, max_length=2000)
    duration_ms: float = Field(default=0.0)
    row_count: int = Field(default=0)
    truncated: bool = Field(default=False)
    ts: datetime | None = Field(default=None, sa_column=_ts())


# --- REST schemas -----------------------------------------------------------------------------------------


class ApiContent(BaseModel):
    """What a version holds: the logic body, the parameter schema and the run limits."""

    model_config = ConfigDict(extra="forbid")

    body: str = PField(default="", max_length=MAX_BODY_CHARS)
    params_schema: dict[str, Any] = PField(default_factory=lambda: {"type": "object", "properties": {}})
    timeout_ms: int = PField(default=3000, ge=100, le=60_000)
    row_limit: int = PField(default=200, ge=1, le=1000)


class ApiCreate(ApiContent):
    name: str = PField(min_length=1, max_length=120)
    slug: str = PField(min_length=1, max_length=64, pattern=SLUG_PATTERN)
    description: str = PField(default="", max_length=2000)
    logic_type: LogicType
    tags: list[str] = PField(default_factory=list, max_length=20)
    allowed_roles: list[str] = PField(default_factory=list, max_length=10)
    required_scopes: list[str] = PField(default_factory=list, max_length=20)
    rate_limit_per_minute: int = PField(default=60, ge=0, le=100_000)
    ops_tool: bool = False
    secrets: dict[str, str] = PField(default_factory=dict, max_length=20)
    message: str = PField(default="", max_length=500)


class ApiUpdate(BaseModel):
    """A save: any of the metadata, and/or new content (which becomes a new version)."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = PField(default=None, min_length=1, max_length=120)
    description: str | None = PField(default=None, max_length=2000)
    tags: list[str] | None = PField(default=None, max_length=20)
    allowed_roles: list[str] | None = PField(default=None, max_length=10)
    required_scopes: list[str] | None = PField(default=None, max_length=20)
    rate_limit_per_minute: int | None = PField(default=None, ge=0, le=100_000)
    ops_tool: bool | None = None
    secrets: dict[str, str] | None = PField(default=None, max_length=20)
    content: ApiContent | None = None
    message: str = PField(default="", max_length=500)
    publish: bool = False


class ApiRead(BaseModel):
    id: int
    slug: str
    name: str
    description: str
    logic_type: str
    owner: str
    tags: list[str]
    allowed_roles: list[str]
    required_scopes: list[str]
    rate_limit_per_minute: int
    ops_tool: bool
    secret_names: list[str]
    latest_version: int
    published_version: int | None
    created_at: str | None
    updated_at: str | None


class ApiDetail(ApiRead):
    content: ApiContent
    content_version: int


class VersionRead(BaseModel):
    version: int
    content_hash: str
    message: str
    author: str
    created_at: str | None
    published: bool
    content: ApiContent | None = None


class VersionDiff(BaseModel):
    from_version: int
    to_version: int
    diff: str


class RollbackBody(BaseModel):
    version: int = PField(ge=1)
    message: str = PField(default="", max_length=500)
    publish: bool = True


class PublishBody(BaseModel):
    version: int | None = PField(default=None, ge=1)


class ExecuteBody(BaseModel):
    params: dict[str, Any] = PField(default_factory=dict)
    version: int | None = PField(default=None, ge=1, description="default: the published version")


class DryRunBody(BaseModel):
    logic_type: LogicType
    content: ApiContent
    params: dict[str, Any] = PField(default_factory=dict)
    api_id: int | None = PField(default=None, description="whose secrets and limits apply, if any")


class ValidateSqlBody(BaseModel):
    sql: str | None = PField(default=None, max_length=MAX_BODY_CHARS, description="default: latest body")
    explain: bool = True


class Problem(BaseModel):
    code: str
    message: str
    line: int | None = None
    col: int | None = None
    start: int | None = None
    end: int | None = None


class SqlVerdict(BaseModel):
    is_safe: bool
    is_valid: bool
    errors: list[Problem]
    warnings: list[Problem]
    params: list[str] = PField(default_factory=list)
    tables: list[str] = PField(default_factory=list)


class ExecutionResultRead(BaseModel):
    status: str
    columns: list[str]
    rows: list[list[Any]]
    row_count: int
    truncated: bool
    duration_ms: float
    error: str | None = None
    version: int | None = None
    execution_id: int | None = None
    stdout: str = ""
    stderr: str = ""
    details: dict[str, Any] = PField(default_factory=dict)


class TestCaseBody(BaseModel):
    name: str = PField(min_length=1, max_length=120)
    params: dict[str, Any] = PField(default_factory=dict)
    expect: dict[str, Any] = PField(default_factory=dict)


class TestRunBody(BaseModel):
    case_ids: list[int] | None = PField(default=None, description="default: every case")
    version: int | None = PField(default=None, ge=1, description="default: the latest version")
    cases: list[TestCaseBody] | None = PField(default=None, description="ad-hoc cases, not stored")


class TestResultRead(BaseModel):
    case_id: int | None
    name: str
    passed: bool
    failures: list[str]
    result: ExecutionResultRead


class TestRunRead(BaseModel):
    version: int
    passed: int
    failed: int
    results: list[TestResultRead]


class TestCaseRead(TestCaseBody):
    id: int
    last_result: dict[str, Any] | None
    last_run_at: str | None


class ExecutionLogRead(BaseModel):
    id: int
    ts: str | None
    version: int | None
    mode: str
    caller: str
    via: str
    params: dict[str, Any]
    status: str
    error: str | None
    duration_ms: float
    row_count: int
    truncated: bool


class LatencyStats(BaseModel):
    window_minutes: int
    calls: int
    errors: int
    p50_ms: float | None
    p95_ms: float | None
