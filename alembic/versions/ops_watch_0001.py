"""ops watch: golden queries with baselines, regression runs and their per-query results

Revision ID: ops_watch_0001
Revises: 0007
Create Date: 2026-12-02 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "ops_watch_0001"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = False, now: bool = True) -> sa.Column:
    return sa.Column(
        name, sa.DateTime(timezone=True), nullable=nullable, server_default=sa.text("now()") if now else None
    )


def upgrade() -> None:
    op.create_table(
        "ops_golden_queries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("question", sa.String(2000), nullable=False),
        sa.Column("lang", sa.String(5), nullable=False, server_default="en"),
        sa.Column("routes", postgresql.ARRAY(sa.String()), nullable=False, server_default="{}"),
        sa.Column("expect", postgresql.JSONB(), nullable=False, server_default="{}"),
        sa.Column("kind", sa.String(32), nullable=False, server_default=""),
        sa.Column("note", sa.String(500), nullable=False, server_default=""),
        sa.Column("tags", postgresql.ARRAY(sa.String()), nullable=False, server_default="{}"),
        _ts("pinned_now", nullable=True, now=False),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("baseline", postgresql.JSONB(), nullable=True),
        _ts("baseline_at", nullable=True, now=False),
        sa.Column("baseline_by", sa.String(64), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
    )
    op.create_index("ix_ops_golden_queries_tags", "ops_golden_queries", ["tags"], postgresql_using="gin")
    op.create_table(
        "ops_watch_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _ts("started_at"),
        _ts("finished_at", nullable=True, now=False),
        sa.Column("trigger", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("tags", postgresql.ARRAY(sa.String()), nullable=False, server_default="{}"),
        sa.Column("total", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("passed", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("new", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("regressed", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("duration_ms", sa.Float(), nullable=False, server_default="0"),
        sa.Column("status", sa.String(16), nullable=False, server_default="running"),
        sa.CheckConstraint("status IN ('running', 'ok', 'regressed')", name="ck_ops_watch_runs_status"),
    )
    op.create_index("ix_ops_watch_runs_started", "ops_watch_runs", ["started_at"])
    op.create_table(
        "ops_watch_results",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "run_id", sa.Integer(), sa.ForeignKey("ops_watch_runs.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "query_id",
            sa.Integer(),
            sa.ForeignKey("ops_golden_queries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("expect_ok", sa.Boolean(), nullable=False),
        sa.Column("expect_why", sa.String(2000), nullable=False, server_default=""),
        sa.Column("diffs", postgresql.JSONB(), nullable=False, server_default="[]"),
        sa.Column("snapshot", postgresql.JSONB(), nullable=False, server_default="{}"),
        sa.Column("trace_id", sa.String(32), nullable=False),
        sa.Column("duration_ms", sa.Float(), nullable=False, server_default="0"),
        sa.CheckConstraint(
            "outcome IN ('pass', 'new', 'regressed', 'failed')", name="ck_ops_watch_results_outcome"
        ),
    )
    op.create_index("ix_ops_watch_results_run_id", "ops_watch_results", ["run_id"])
    op.create_index("ix_ops_watch_results_query_id", "ops_watch_results", ["query_id"])


def downgrade() -> None:
    op.drop_table("ops_watch_results")
    op.drop_table("ops_watch_runs")
    op.drop_table("ops_golden_queries")
