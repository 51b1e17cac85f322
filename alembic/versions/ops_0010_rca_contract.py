"""ops seeds: the `rca` tool asset loses `window_minutes`, an argument the tool never read

Installs whose `tool/rca` still publishes the seed with `window_minutes` get the current one, as in
ops_0009: only when the published version is byte-equal to an earlier seed (an admin never edited
it). `event_query` catches up too: installs seeded between ops_0009 and the contract's per-operation
defaults still publish that seed. `EARLIER_SEEDS` holds the SHA-256 of the canonical JSON of each seed
published since ops_0009, by kind and name.

Revision ID: ops_0010
Revises: ops_attrs_0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "ops_0010"
down_revision: str | None = "ops_attrs_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EARLIER_SEEDS: dict[tuple[str, str], frozenset[str]] = {
    ("tool", "rca"): frozenset({"75d221873544df89232f5f9ddbdc48c2c973a746c527f746c2b981d176ce04e1"}),
    ("tool", "event_query"): frozenset({"7c0cb5ce63e63533e9c23f9a4feea45ddd37b9b74fb1aaa4a83604ea418cc499"}),
}


def upgrade() -> None:
    from services.ops.seed_assets import republish_in_migration

    republish_in_migration(op.get_bind(), EARLIER_SEEDS)


def downgrade() -> None:
    """Nothing: the republished versions stay (an admin rolls an asset back through the registry)."""
