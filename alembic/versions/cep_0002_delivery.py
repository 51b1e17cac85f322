"""cep delivery: channels, notification outbox, delivery log

Revision ID: cep_0002
Revises: 0007
Create Date: 2026-12-02 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "cep_0002"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = False, now: bool = True) -> sa.Column:
    return sa.Column(
        name, sa.DateTime(timezone=True), nullable=nullable, server_default=sa.text("now()") if now else None
    )


def upgrade() -> None:
    op.create_table(
        "cep_channels",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("config", postgresql.JSONB(), nullable=False, server_default="{}"),
        sa.Column("secrets", postgresql.JSONB(), nullable=False, server_default="{}"),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("rate_limit_per_minute", sa.Integer(), nullable=False, server_default="60"),
        _ts("broken_at", nullable=True, now=False),
        sa.Column("broken_reason", sa.String(500), nullable=True),
        sa.Column("created_by", sa.String(120), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        _ts("deleted_at", nullable=True, now=False),
        sa.CheckConstraint("kind IN ('slack', 'email', 'sms', 'webhook')", name="ck_cep_channels_kind"),
    )
    op.create_index(
        "uq_cep_channels_live_name",
        "cep_channels",
        ["name"],
        unique=True,
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_table(
        "cep_outbox",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("dedup_key", sa.String(64), nullable=False, unique=True),
        sa.Column("group_key", sa.String(200), nullable=False),
        sa.Column("action_kind", sa.String(40), nullable=False),
        sa.Column(
            "channel_id", sa.Integer(), sa.ForeignKey("cep_channels.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("target", postgresql.JSONB(), nullable=False),
        sa.Column("payload", postgresql.JSONB(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("max_attempts", sa.Integer(), nullable=False, server_default="8"),
        _ts("next_attempt_at"),
        sa.Column("locked_by", sa.String(120), nullable=True),
        _ts("locked_until", nullable=True, now=False),
        sa.Column("last_error", sa.String(1000), nullable=True),
        sa.Column("last_error_class", sa.String(40), nullable=True),
        _ts("created_at"),
        _ts("delivered_at", nullable=True, now=False),
        sa.CheckConstraint(
            "status IN ('pending', 'sending', 'delivered', 'dead')", name="ck_cep_outbox_status"
        ),
    )
    op.create_index("ix_cep_outbox_due", "cep_outbox", ["status", "next_attempt_at"])
    op.create_index("ix_cep_outbox_group_key", "cep_outbox", ["group_key"])
    op.create_index("ix_cep_outbox_channel", "cep_outbox", ["channel_id", "status"])
    op.create_table(
        "cep_delivery_log",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column(
            "outbox_id", sa.BigInteger(), sa.ForeignKey("cep_outbox.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(120), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("error_class", sa.String(40), nullable=True),
        sa.Column("response", sa.String(1000), nullable=False, server_default=""),
        sa.Column("latency_ms", sa.Float(), nullable=False, server_default="0"),
        _ts("started_at"),
    )
    op.create_index("ix_cep_delivery_log_outbox", "cep_delivery_log", ["outbox_id", "attempt"])
    op.create_index("ix_cep_delivery_log_channel", "cep_delivery_log", ["channel_id", "started_at"])


def downgrade() -> None:
    op.drop_table("cep_delivery_log")
    op.drop_table("cep_outbox")
    op.drop_index("uq_cep_channels_live_name", table_name="cep_channels")
    op.drop_table("cep_channels")
