"""cep: notification routes (an action's own grouping) and group membership; idle-group cleanup index

An alert now belongs to one group per route of its rule, so membership moves from
`cep_alerts.group_id/group_seq` to `cep_alert_group_members`.

Revision ID: cep_group_0002
Revises: cep_group_0001
Create Date: 2026-12-02 17:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "cep_group_0002"
down_revision: str | None = "cep_group_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("cep_alert_groups", sa.Column("route", sa.String(16), nullable=False, server_default=""))
    op.create_table(
        "cep_alert_group_members",
        sa.Column(
            "group_id",
            sa.Integer(),
            sa.ForeignKey("cep_alert_groups.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "alert_id", sa.Integer(), sa.ForeignKey("cep_alerts.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("seq", sa.BigInteger(), nullable=False, server_default="0"),
    )
    op.create_index("ix_cep_alert_group_members_alert_id", "cep_alert_group_members", ["alert_id"])
    op.execute(
        "INSERT INTO cep_alert_group_members (group_id, alert_id, seq) "
        "SELECT group_id, id, coalesce(group_seq, 0) FROM cep_alerts WHERE group_id IS NOT NULL"
    )
    op.drop_index("ix_cep_alerts_group", table_name="cep_alerts")
    op.drop_column("cep_alerts", "group_seq")
    op.drop_column("cep_alerts", "group_id")


def downgrade() -> None:
    op.add_column(
        "cep_alerts",
        sa.Column(
            "group_id", sa.Integer(), sa.ForeignKey("cep_alert_groups.id", ondelete="SET NULL"), nullable=True
        ),
    )
    op.add_column("cep_alerts", sa.Column("group_seq", sa.BigInteger(), nullable=True))
    op.create_index("ix_cep_alerts_group", "cep_alerts", ["group_id"])
    op.execute(
        "UPDATE cep_alerts a SET group_id = m.group_id, group_seq = m.seq FROM cep_alert_group_members m "
        "JOIN cep_alert_groups g ON g.id = m.group_id AND g.route = '' WHERE m.alert_id = a.id"
    )
    op.drop_table("cep_alert_group_members")
    op.drop_column("cep_alert_groups", "route")
