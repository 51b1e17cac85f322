"""ops seeds: `metric_query` gains the `since` operation ("since when has X been above N"), `graph_query`
the `filters` of the far end ("maintenance hosts behind X")

Installs whose `tool/metric_query` or `tool/graph_query` still publishes the previous seed (never edited
by an admin) get the current one, as in ops_0009 and ops_0010. `EARLIER_SEEDS` holds the SHA-256 of the
canonical JSON of each seed published before these changes.

Revision ID: ops_0011
Revises: ops_0010
"""

from collections.abc import Sequence

from alembic import op

revision: str = "ops_0011"
down_revision: str | None = "ops_0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EARLIER_SEEDS: dict[tuple[str, str], frozenset[str]] = {
    ("tool", "metric_query"): frozenset({"ce5d6ccb59e36067fd0ad37630c8e7b530276582144adbe0e50b93432482290c"}),
    ("tool", "graph_query"): frozenset({"46c7cebda5a9c6b75ace1206df2ad733cdce2be440639d94299ca43f3ab31c3c"}),
}


def upgrade() -> None:
    from services.ops.seed_assets import republish_in_migration

    republish_in_migration(op.get_bind(), EARLIER_SEEDS)


def downgrade() -> None:
    """Nothing: the republished version stays (an admin rolls an asset back through the registry)."""
