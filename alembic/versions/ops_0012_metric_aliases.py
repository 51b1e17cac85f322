"""metric catalog: CPU as it is often typed in Korean ("씨퓨 지금 얼마", "시피유")

Adds the spellings to `cpu_usage`'s Korean aliases where an install does not hold them yet.

Revision ID: ops_0012
Revises: ops_0011
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "ops_0012"
down_revision: str | None = "ops_0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ADDED_KO = {"cpu_usage": ["씨퓨", "시피유"]}


def upgrade() -> None:
    for metric, aliases in ADDED_KO.items():
        for alias in aliases:
            op.get_bind().execute(
                sa.text(
                    "UPDATE metric_catalog SET aliases_ko = array_append(aliases_ko, :a)"
                    " WHERE name = :m AND NOT (:a = ANY(aliases_ko))"
                ),
                {"m": metric, "a": alias},
            )


def downgrade() -> None:
    for metric, aliases in ADDED_KO.items():
        for alias in aliases:
            op.get_bind().execute(
                sa.text(
                    "UPDATE metric_catalog SET aliases_ko = array_remove(aliases_ko, :a) WHERE name = :m"
                ),
                {"m": metric, "a": alias},
            )
