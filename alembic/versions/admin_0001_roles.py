"""admin: custom roles (named permission sets; the built-in roles stay in code); API keys remember the
client address of their last call

Revision ID: admin_0001
Revises: 0007
Create Date: 2026-12-02 10:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "admin_0001"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("permissions", postgresql.ARRAY(sa.String()), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_roles_name", "roles", ["name"], unique=True)
    op.add_column("api_keys", sa.Column("last_used_ip", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("api_keys", "last_used_ip")
    op.drop_index("ix_roles_name", table_name="roles")
    op.drop_table("roles")
