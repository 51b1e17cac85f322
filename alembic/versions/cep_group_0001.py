"""cep: Alertmanager-style notification groups (group_wait / group_interval / repeat_interval)

Revision ID: cep_group_0001
Revises: cep_0004
Create Date: 2026-12-02 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "cep_group_0001"
down_revision: str | None = "cep_0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cep_alert_groups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("group_key", sa.String(64), nullable=False, unique=True),
        sa.Column("rule_id", sa.Integer(), sa.ForeignKey("cep_rules.id", ondelete="CASCADE"), nullable=False),
        sa.Column("labels", postgresql.JSONB(), nullable=False, server_default="{}"),
        sa.Column("next_flush_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("has_flushed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("seq", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("flushed_seq", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("flushes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notified_firing", postgresql.JSONB(), nullable=False, server_default="[]"),
        sa.Column("notified_resolved", postgresql.JSONB(), nullable=False, server_default="[]"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_cep_alert_groups_due", "cep_alert_groups", ["next_flush_at"])
    op.add_column(
        "cep_alerts",
        sa.Column(
            "group_id", sa.Integer(), sa.ForeignKey("cep_alert_groups.id", ondelete="SET NULL"), nullable=True
        ),
    )
    op.add_column("cep_alerts", sa.Column("group_seq", sa.BigInteger(), nullable=True))
    op.create_index("ix_cep_alerts_group", "cep_alerts", ["group_id"])


def downgrade() -> None:
    op.drop_index("ix_cep_alerts_group", table_name="cep_alerts")
    op.drop_column("cep_alerts", "group_seq")
    op.drop_column("cep_alerts", "group_id")
    op.drop_table("cep_alert_groups")
