"""api manager: apis, immutable versions, test cases, execution log

Revision ID: api_manager_0001
Revises: 0006
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "api_manager_0001"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = False, now: bool = True) -> sa.Column:
    return sa.Column(
        name, sa.DateTime(timezone=True), nullable=nullable, server_default=sa.text("now()") if now else None
    )


def upgrade() -> None:
    op.create_table(
        "apis",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("slug", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("description", sa.String(2000), nullable=False, server_default=""),
        sa.Column("logic_type", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(120), nullable=False),
        sa.Column("tags", postgresql.ARRAY(sa.String()), nullable=False, server_default="{}"),
        sa.Column("allowed_roles", postgresql.ARRAY(sa.String()), nullable=False, server_default="{}"),
        sa.Column("required_scopes", postgresql.ARRAY(sa.String()), nullable=False, server_default="{}"),
        sa.Column("rate_limit_per_minute", sa.Integer(), nullable=False, server_default="60"),
        sa.Column("ops_tool", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("secrets", postgresql.JSONB(), nullable=False, server_default="{}"),
        sa.Column("latest_version", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("published_version", sa.Integer(), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _ts("deleted_at", nullable=True, now=False),
        sa.CheckConstraint(
            "logic_type IN ('sql', 'http', 'python', 'script', 'workflow')", name="ck_apis_logic_type"
        ),
    )
    op.create_index("ix_apis_slug", "apis", ["slug"])
    op.create_table(
        "api_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("api_id", sa.Integer(), sa.ForeignKey("apis.id", ondelete="CASCADE"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", postgresql.JSONB(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("message", sa.String(500), nullable=False, server_default=""),
        sa.Column("author", sa.String(120), nullable=False),
        _ts("created_at"),
        sa.UniqueConstraint("api_id", "version", name="uq_api_versions_api_version"),
    )
    # Versions are history: the database itself refuses to rewrite one.
    op.execute(
        """
        CREATE FUNCTION api_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'api_versions rows are immutable';
        END $$;
        CREATE TRIGGER api_versions_no_update BEFORE UPDATE ON api_versions
            FOR EACH ROW EXECUTE FUNCTION api_versions_immutable();
        """
    )
    op.create_table(
        "api_test_cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("api_id", sa.Integer(), sa.ForeignKey("apis.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("params", postgresql.JSONB(), nullable=False),
        sa.Column("expect", postgresql.JSONB(), nullable=False),
        sa.Column("last_result", postgresql.JSONB(), nullable=True),
        _ts("last_run_at", nullable=True, now=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        _ts("created_at"),
    )
    op.create_table(
        "api_executions",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("api_id", sa.Integer(), sa.ForeignKey("apis.id", ondelete="CASCADE"), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("caller", sa.String(120), nullable=False),
        sa.Column("via", sa.String(16), nullable=False, server_default="session"),
        sa.Column("params", postgresql.JSONB(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.String(2000), nullable=True),
        sa.Column("duration_ms", sa.Float(), nullable=False, server_default="0"),
        sa.Column("row_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("truncated", sa.Boolean(), nullable=False, server_default=sa.false()),
        _ts("ts"),
    )
    op.create_index("ix_api_executions_api_ts", "api_executions", ["api_id", "ts"])


def downgrade() -> None:
    op.drop_table("api_executions")
    op.drop_table("api_test_cases")
    op.execute("DROP TRIGGER IF EXISTS api_versions_no_update ON api_versions")
    op.drop_table("api_versions")
    op.execute("DROP FUNCTION IF EXISTS api_versions_immutable()")
    op.drop_table("apis")
