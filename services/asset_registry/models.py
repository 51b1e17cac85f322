"""Assets (prompt, catalog, policy, tool) and their numbered versions.

A version is a draft, published or archived. Two partial unique indexes keep at most one published
and at most one draft version per asset, whatever the application code does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel
from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Column, DateTime, ForeignKey, Index, UniqueConstraint, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

ASSET_KINDS: tuple[str, ...] = ("prompt", "catalog", "policy", "tool")
VERSION_STATUSES: tuple[str, ...] = ("draft", "published", "archived")
READ = WRITE = "admin:settings"  # the registry is configuration: one rule for UI and REST


def _ts(nullable: bool = False, default_now: bool = True) -> Column:
    return Column(
        DateTime(timezone=True), nullable=nullable, server_default=func.now() if default_now else None
    )


class Asset(SQLModel, table=True):
    """A named, versioned piece of configuration the OPS engine reads at run time."""

    __tablename__ = "assets"
    __table_args__ = (
        UniqueConstraint("kind", "name", name="uq_assets_kind_name"),
        CheckConstraint("kind IN ('prompt', 'catalog', 'policy', 'tool')", name="ck_assets_kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    name: str = Field(max_length=120)
    description: str = Field(default="", max_length=500)
    created_at: datetime | None = Field(default=None, sa_column=_ts())


class AssetVersion(SQLModel, table=True):
    """One version of an asset's JSON content."""

    __tablename__ = "asset_versions"
    __table_args__ = (
        UniqueConstraint("asset_id", "version", name="uq_asset_versions_asset_version"),
        CheckConstraint("status IN ('draft', 'published', 'archived')", name="ck_asset_versions_status"),
        Index(
            "uq_asset_versions_one_published",
            "asset_id",
            unique=True,
            postgresql_where=text("status = 'published'"),
        ),
        Index(
            "uq_asset_versions_one_draft",
            "asset_id",
            unique=True,
            postgresql_where=text("status = 'draft'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    asset_id: int = Field(sa_column=Column(ForeignKey("assets.id", ondelete="CASCADE"), nullable=False))
    version: int
    status: str = Field(default="draft", max_length=16)
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    note: str = Field(default="", max_length=500)
    created_by: str = Field(default="", max_length=120)
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    published_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))


# --- REST schemas -------------------------------------------------------------------------------------

AssetKind = Literal["prompt", "catalog", "policy", "tool"]


class AssetCreate(BaseModel):
    kind: AssetKind
    name: str = PydanticField(min_length=1, max_length=120)
    description: str = PydanticField("", max_length=500)
    content: dict[str, Any]
    note: str = PydanticField("", max_length=500)


class DraftBody(BaseModel):
    content: dict[str, Any]
    note: str = PydanticField("", max_length=500)


class RollbackBody(BaseModel):
    version: int = PydanticField(ge=1)
    note: str = PydanticField("", max_length=500)


class AssetVersionRead(BaseModel):
    version: int
    status: str
    note: str
    created_by: str
    created_at: str | None
    published_at: str | None
    content: dict[str, Any] | None = None


class AssetSummary(BaseModel):
    kind: str
    name: str
    description: str
    created_at: str | None
    published_version: int | None
    draft_version: int | None
    latest_version: int | None


class AssetDetail(AssetSummary):
    versions: list[AssetVersionRead]


class AssetDiff(BaseModel):
    from_version: int = PydanticField(serialization_alias="from")
    to_version: int = PydanticField(serialization_alias="to")
    diff: str
