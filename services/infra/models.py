"""CMDB tables (configuration items, relations), metric samples, events and the metric catalog.

Metric samples are the big table (millions of rows). Queries always name one CI and one metric
and a time window, so the primary key (ci_id, metric_id, ts) doubles as the index that serves
them as a range scan and makes re-imports idempotent; a BRIN index on ts serves estate-wide time
scans (top-N, thresholds) cheaply because rows arrive in time order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, SQLModel

CI_TYPES = ("host", "service", "database", "cache", "queue", "load_balancer", "storage", "batch", "network")
ENVIRONMENTS = ("prod", "staging", "dev")
# how CMDB exports spell the environments: an import reads them as ours
ENVIRONMENT_ALIASES = {
    **dict.fromkeys(("production", "prd", "live"), "prod"),
    **dict.fromkeys(("stg", "stage", "uat", "preprod", "pre-prod", "qa", "test", "tst"), "staging"),
    **dict.fromkeys(("development", "develop", "devel"), "dev"),
}
# environments an export may name that are more than a spelling of ours: an import keeps the label (`env_label`)
# beside the environment it reads them as, so "everything in qa" is not all of staging
KEPT_ENVIRONMENT_LABELS = ("qa", "uat", "preprod", "pre-prod", "stage")
ENV_LABEL_KEY = "env_label"
# CI types a CMDB export may use beyond ours: an import reads them as the nearest of ours and keeps the
# type it was given (`type_label`) when it says more than a spelling ("switch": network gear that is a switch)
TYPE_ALIASES = {
    **dict.fromkeys(("batch_job", "job", "cronjob", "cron_job", "scheduled_job"), "batch"),
    **dict.fromkeys(("app", "application"), "service"),
    **dict.fromkeys(("vm", "virtual_machine", "server", "bare_metal", "baremetal", "physical"), "host"),
    **dict.fromkeys(
        ("switch", "router", "firewall", "network_device", "netgear", "wan_link", "link"), "network"
    ),
    # devices in the field (a store's POS or kiosk fleet, appliances): machines, kept as what they are
    **dict.fromkeys(("device", "device_group", "appliance", "iot_device", "endpoint"), "host"),
    **dict.fromkeys(("db", "rdbms"), "database"),
    **dict.fromkeys(("lb", "loadbalancer", "load-balancer"), "load_balancer"),
    **dict.fromkeys(("mq", "message_queue", "broker"), "queue"),
    **dict.fromkeys(("nas", "san", "object_storage"), "storage"),
}
SPELLED_TYPES = (
    "batch_job",
    "job",
    "cronjob",
    "cron_job",
    "scheduled_job",
    "server",
    "app",
    "application",
    "db",
    "rdbms",
    "lb",
    "loadbalancer",
    "load-balancer",
    "mq",
    "network_device",
    "netgear",
)
TYPE_LABEL_KEY = "type_label"
CI_STATUSES = ("active", "standby", "maintenance", "retired")  # standby: a DR or spare CI, ready
RELATION_TYPES = ("DEPENDS_ON", "RUNS_ON", "CONNECTS_TO")
SEVERITIES = ("critical", "major", "minor", "warning", "info")


def _ts(nullable: bool = False) -> Column:
    return Column(DateTime(timezone=True), nullable=nullable, server_default=func.now())


class ConfigurationItem(SQLModel, table=True):
    """A host, service, database… identified by a unique name."""

    __tablename__ = "cis"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True, index=True)
    type: str = Field(max_length=32, index=True)
    environment: str = Field(max_length=16, index=True)
    owner: str = Field(default="", max_length=120)
    location: str = Field(default="", max_length=120)
    status: str = Field(default="active", max_length=16)
    attributes: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSONB, nullable=False, server_default="{}")
    )
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    updated_at: datetime | None = Field(default=None, sa_column=_ts())


class Relation(SQLModel, table=True):
    """A directed, typed edge between two CIs (source DEPENDS_ON target, …)."""

    __tablename__ = "ci_relations"
    __table_args__ = (
        UniqueConstraint("source_id", "target_id", "type", name="uq_ci_relations_edge"),
        Index("ix_ci_relations_target", "target_id", "type"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(sa_column=Column(ForeignKey("cis.id", ondelete="CASCADE"), nullable=False))
    target_id: int = Field(sa_column=Column(ForeignKey("cis.id", ondelete="CASCADE"), nullable=False))
    type: str = Field(max_length=32)


class MetricDefinition(SQLModel, table=True):
    """The metric catalog: unit, description and the words people use for a metric."""

    __tablename__ = "metric_catalog"

    id: int | None = Field(default=None, sa_column=Column(SmallInteger, primary_key=True, autoincrement=True))
    name: str = Field(max_length=64, unique=True)
    unit: str = Field(max_length=16)
    description_ko: str = Field(default="", max_length=200)
    description_en: str = Field(default="", max_length=200)
    aliases_ko: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String), nullable=False))
    aliases_en: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String), nullable=False))


class MetricSample(SQLModel, table=True):
    """One value of one metric of one CI at one time."""

    __tablename__ = "metric_samples"
    __table_args__ = (Index("ix_metric_samples_ts_brin", "ts", postgresql_using="brin"),)

    ci_id: int = Field(sa_column=Column(ForeignKey("cis.id", ondelete="CASCADE"), primary_key=True))
    metric_id: int = Field(sa_column=Column(SmallInteger, ForeignKey("metric_catalog.id"), primary_key=True))
    ts: datetime = Field(sa_column=Column(DateTime(timezone=True), primary_key=True))
    value: float = Field(sa_column=Column(Float, nullable=False))


class Event(SQLModel, table=True):
    """Something that happened to a CI: an alert, a deploy, a restart."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_ci_ts", "ci_id", "ts"), Index("ix_events_ts", "ts"))

    id: int | None = Field(default=None, sa_column=Column(BigInteger, primary_key=True, autoincrement=True))
    ts: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    ci_id: int = Field(sa_column=Column(ForeignKey("cis.id", ondelete="CASCADE"), nullable=False))
    severity: str = Field(max_length=16, index=True)
    type: str = Field(max_length=64)
    message: str = Field(default="", max_length=2000)


# --- REST read models ---------------------------------------------------------------------------------


class CIRead(BaseModel):
    name: str
    type: str
    environment: str
    owner: str | None
    location: str | None
    status: str
    attributes: dict[str, Any]


class CIRelations(BaseModel):
    outgoing: list[dict[str, str]]  # {"type", "target"}
    incoming: list[dict[str, str]]  # {"type", "source"}


class CIDetail(CIRead):
    created_at: datetime | None
    updated_at: datetime | None
    relations: CIRelations


class EventRead(BaseModel):
    id: int
    ts: datetime
    ci: str
    severity: str
    type: str
    message: str


class MetricInfo(BaseModel):
    name: str
    unit: str
    description_ko: str | None
    description_en: str | None
    aliases_ko: list[str] | None
    aliases_en: list[str] | None


class CatalogRead(BaseModel):
    items: list[MetricInfo]


class SampleRead(BaseModel):
    ci: str
    metric: str
    value: float
    ts: datetime
    unit: str


class SeriesPoint(BaseModel):
    ts: datetime
    value: float | None


class SeriesRead(BaseModel):
    ci: str
    metric: str
    unit: str
    agg: str
    start: datetime
    end: datetime
    step: int
    points: list[SeriesPoint]


class FileReportRead(BaseModel):
    file: str
    accepted: int
    rejected: int
    applied: bool
    written: int
    errors: list[dict[str, Any]]  # {"row", "reason"}
    note: str | None


class ImportReportRead(BaseModel):
    source: str
    ok: bool
    accepted: int
    rejected: int
    errors: list[str]
    ignored: list[str]
    files: list[FileReportRead]


class JobQueued(BaseModel):
    job_id: str
