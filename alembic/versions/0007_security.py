"""security: sign-in throttling per username + address, login guards, forced password change

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "users",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # Lockouts become per (username, client address); the old per-username rows last 15 minutes at
    # most and are dropped rather than translated.
    op.drop_table("lockouts")
    op.create_table(
        "lockouts",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("username", "ip"),
    )
    op.create_table(
        "login_guards",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("counted_since", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("username"),
    )
    op.create_index("ix_login_attempts_user_ip_ts", "login_attempts", ["username", "ip", "ts"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_login_attempts_user_ip_ts", table_name="login_attempts")
    op.drop_table("login_guards")
    op.drop_table("lockouts")
    op.create_table(
        "lockouts",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("username"),
    )
    op.drop_column("users", "must_change_password")
