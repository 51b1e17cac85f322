"""cep: the root-cause hypotheses and runbook hits attached to an alert instance when it fires

Revision ID: cep_0004
Revises: cep_0001
Create Date: 2026-12-02 11:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "cep_0004"
down_revision: str | None = "cep_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("cep_alerts", sa.Column("context", postgresql.JSONB(), nullable=True))


def downgrade() -> None:
    op.drop_column("cep_alerts", "context")
