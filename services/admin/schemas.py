"""REST read/write models of settings, roles, sessions and the audit viewer."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, Field

from services.admin.models import ROLE_DESCRIPTION_MAX, ROLE_NAME_MAX

MAX_BULK_SETTINGS = 200


class SettingDescription(BaseModel):
    ko: str
    en: str


class SettingRead(BaseModel):
    """A runtime setting: effective value (secrets as `***`), where it comes from, and its declaration."""

    key: str
    category: str
    type: Literal["int", "float", "bool", "str"]
    value: Any
    default: Any
    source: Literal["default", "environment", "database"]
    description: SettingDescription
    minimum: float | None
    maximum: float | None
    choices: list[Any] | None
    nullable: bool
    secret: bool
    restart_required: bool
    env_var: str


class SettingValue(BaseModel):
    """The new value of one setting (JSON of its type; strings are parsed like the environment's)."""

    value: Any = Field(description="int, float, bool or string; null only for optional settings")


class SettingsUpdate(BaseModel):
    """Several settings at once: all are validated first, then all are stored, or none is."""

    values: dict[str, Any] = Field(min_length=1, max_length=MAX_BULK_SETTINGS)


class RoleRead(BaseModel):
    name: str
    builtin: bool
    description: str
    permissions: list[str]
    users: int = Field(description="users holding the role")


class RoleCreate(BaseModel):
    name: str = Field(min_length=2, max_length=ROLE_NAME_MAX)
    description: str = Field("", max_length=ROLE_DESCRIPTION_MAX)
    permissions: list[str] = Field(min_length=1, max_length=64)


class RoleUpdate(BaseModel):
    description: str | None = Field(None, max_length=ROLE_DESCRIPTION_MAX)
    permissions: list[str] | None = Field(None, min_length=1, max_length=64)


class PermissionMatrix(BaseModel):
    """Every permission and, per role, which of them it grants."""

    permissions: list[str]
    roles: list[RoleRead]


class SessionRead(BaseModel):
    """A live session of a user: `ref` names it for ending it."""

    ref: str
    created_at: datetime | None
    expires_at: datetime
    ip: str | None


class SessionsEnded(BaseModel):
    ended: int


class AuditQuery(BaseModel):
    """Filters of the audit viewer and its CSV export."""

    actor: str | None = Field(None, max_length=120)
    action: str | None = Field(None, max_length=120, description="prefix, e.g. `user.` or `settings.`")
    entity_type: str | None = Field(None, max_length=60)
    entity_id: str | None = Field(None, max_length=120)
    since: AwareDatetime | None = Field(None, description="from (inclusive), with a timezone offset")
    until: AwareDatetime | None = Field(None, description="to (exclusive), with a timezone offset")
    request_id: str | None = Field(None, max_length=64)


class HostReading(BaseModel):
    """A platform host's newest sample of each host metric."""

    name: str
    at: datetime
    values: dict[str, float]


class MonitorProblem(BaseModel):
    """A CEP alert firing on a platform host."""

    severity: str
    summary: str
    ci: str | None
    since: datetime | None
    rule: str
    value: float | None
    link: str


class SchedulerStatus(BaseModel):
    """The CEP scheduler: leading instance, fencing epoch, evaluation lag, notification outbox."""

    leader: str | None
    epoch: int | None
    lag_ms: float | None = Field(description="the largest lag of a rule evaluation behind its due time")
    rules_enabled: int
    rules_failing: int
    outbox_depth: int = Field(description="notifications pending or being sent")
    oldest_pending_s: float | None


class MonitorRead(BaseModel):
    """The platform's own health: its hosts' newest readings, CEP alerts on them, database, job queue and
    CEP scheduler."""

    hosts: list[HostReading]
    problems: list[MonitorProblem]
    db_size_mb: float
    db_connections: int
    jobs_queued: int
    jobs_running: int
    scheduler: SchedulerStatus
    uptime_s: float
    version: str


class BackupRead(BaseModel):
    """A kept backup archive."""

    name: str
    size: int = Field(description="bytes")
    created_at: datetime


class BackupQueued(BaseModel):
    """A backup job; poll `GET /api/jobs/{job_id}`, its result names the archive."""

    job_id: str
