"""cep: grouping on the channel (Alertmanager's receiver route), shared by every rule that notifies it

A channel may carry `grouping` (group_by and the three timers); a group of such a channel belongs to
the channel, not to one rule, so `cep_alert_groups.rule_id` becomes nullable and `channel_id` names
the channel.

Revision ID: cep_gaps_0001
Revises: cep_group_0002, cep_0002 (it needs cep_channels: this revision merges the two heads)
Create Date: 2026-12-02 20:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from alembic import op

revision: str = "cep_gaps_0001"
down_revision: str | Sequence[str] | None = ("cep_group_0002", "cep_0002")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("cep_channels", sa.Column("grouping", JSONB(none_as_null=True), nullable=True))
    op.add_column(
        "cep_alert_groups",
        sa.Column("channel_id", sa.Integer(), sa.ForeignKey("cep_channels.id", ondelete="CASCADE"), nullable=True),
    )
    op.alter_column("cep_alert_groups", "rule_id", nullable=True)
    op.create_check_constraint(
        "ck_cep_alert_groups_owner", "cep_alert_groups", "(rule_id IS NULL) <> (channel_id IS NULL)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM cep_alert_groups WHERE channel_id IS NOT NULL")
    op.drop_constraint("ck_cep_alert_groups_owner", "cep_alert_groups", type_="check")
    op.alter_column("cep_alert_groups", "rule_id", nullable=False)
    op.drop_column("cep_alert_groups", "channel_id")
    op.drop_column("cep_channels", "grouping")
