"""cep: the durable event inbox — events accepted by `POST /api/cep/events` wait here for the leader's
batched evaluation (claimed SKIP LOCKED, marked evaluated in the evaluating transaction)

Revision ID: cep_inbox_0001
Revises: cep_0001
Create Date: 2026-12-02 17:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "cep_inbox_0001"
down_revision: str | None = "cep_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cep_event_inbox",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("labels", postgresql.JSONB(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False, server_default=""),
        sa.Column("evaluated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rules_evaluated", sa.Integer(), nullable=True),
        sa.Column("transitions", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
    )
    op.create_index(
        "ix_cep_event_inbox_queued",
        "cep_event_inbox",
        ["id"],
        postgresql_where=sa.text("evaluated_at IS NULL"),
    )
    op.create_index("ix_cep_event_inbox_evaluated_at", "cep_event_inbox", ["evaluated_at"])


def downgrade() -> None:
    op.drop_table("cep_event_inbox")
