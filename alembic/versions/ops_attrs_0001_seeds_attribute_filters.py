"""ops seeds carry the attribute filter: unedited tool assets get the current seed again

The CI filters of `ci_lookup`, `metric_query` and `event_query` gained `attributes` (and `get` checks its
filters), so their seeded `tool` assets change; `graph_query` changed since ops_0009 too. As in ops_0009,
each seed whose published version is byte-equal to an earlier seed (ops_0009's list plus the seeds of the
release before this one) is republished; edited assets stay, with a warning.

Revision ID: ops_attrs_0001
Revises: ops_0009
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "ops_attrs_0001"
down_revision: str | None = "ops_0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SHA-256 of the canonical JSON of the seeds the release before this one published (by kind and name)
PREVIOUS_SEEDS: dict[tuple[str, str], str] = {
    ("tool", "metric_query"): "1c7d43f43aa0f3901359a8adf53d1fabb455684f7fdef14e1d81b49dc3686912",
    ("tool", "ci_lookup"): "7866b100278c9830a68553a155a682733e8f530448d9d0cc80e6fae7cd8c62e5",
    ("tool", "event_query"): "4b3b23d3f8aee6262d79716bbcd2b12641b51205420bdbc5d4f2df8d8726e2a3",
    ("tool", "graph_query"): "46c7cebda5a9c6b75ace1206df2ad733cdce2be440639d94299ca43f3ab31c3c",
    ("tool", "rca"): "75d221873544df89232f5f9ddbdc48c2c973a746c527f746c2b981d176ce04e1",
    ("prompt", "ops.planner"): "67622283ba872c2bf7da260b69bbd93f3c4cac44dc63fa9486135481466fb88c",
}


def _earlier_seeds() -> dict[tuple[str, str], frozenset[str]]:
    path = Path(__file__).with_name("ops_0009_seeds_follow_contracts.py")
    spec = importlib.util.spec_from_file_location("ops_0009_seeds", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    merged: dict[tuple[str, str], frozenset[str]] = dict(module.EARLIER_SEEDS)
    for key, seed in PREVIOUS_SEEDS.items():
        merged[key] = merged.get(key, frozenset()) | {seed}
    return merged


def upgrade() -> None:
    from services.ops.seed_assets import republish_in_migration

    republish_in_migration(op.get_bind(), _earlier_seeds())


def downgrade() -> None:
    """Nothing: the republished versions stay (an admin rolls an asset back through the registry)."""
