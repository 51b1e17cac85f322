"""ops seeds follow the tool contracts: unedited tool assets and planner prompt get the current seed

Installs seeded before the tool contracts carried their defaults keep their old `tool` assets and
planner prompt until republished. For each, the current seed (generated from the contracts and the
default prompt) is published when the published version is byte-equal to an earlier seed, i.e. an
admin never edited it; an edited asset is left alone and a warning is logged. `EARLIER_SEEDS` holds the
SHA-256 of the canonical JSON of every seed any earlier release published (computed by running each
release's seed provider), by kind and name.

Revision ID: ops_0009
Revises: ops_0008
"""

from collections.abc import Sequence

from alembic import op

revision: str = "ops_0009"
down_revision: str | None = "ops_0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EARLIER_SEEDS: dict[tuple[str, str], frozenset[str]] = {
    ("prompt", "ops.planner"): frozenset(
        {
            "67622283ba872c2bf7da260b69bbd93f3c4cac44dc63fa9486135481466fb88c",
            "7cc6e1763df7e4469f4e01e0cf03b06b614489b109b2614b43df39c447fab4e4",
            "be8307b7f762b83548da9dd6492208db60bce4f0393e513ac981bcef8a74f83b",
        }
    ),
    ("tool", "ci_lookup"): frozenset(
        {
            "9ca385c289e88d431783009d26004e84dfc8b5528641a466930b17fd4b33a892",
            "9f306a181a88183870c3b3f89e1cd0869aac1a50c8c9a6f7218398669797c2b2",
            "ff64c88a8255c501121e255b8ad826d88168a39095f73173389b90037e6c1c21",
        }
    ),
    ("tool", "event_query"): frozenset(
        {
            "1bc6c59a20b23211033025046663a9392f2be2ef6af8a63cf65b55a54891e0bd",
            "34fe4baee5f6a949c9fa353cd95e67287af12d9a9b086cd119ada5de652ac92c",
            "4b3b23d3f8aee6262d79716bbcd2b12641b51205420bdbc5d4f2df8d8726e2a3",
            "5ffaa23d3ca0c0b7675758b70460e0ac272c72b336d3cdd53f5db62c59d0039c",
            "e798a407e1d51d97b0ded4350fb73fa4fd9b12c5dc783bac5982b15b67359c5f",
        }
    ),
    ("tool", "graph_query"): frozenset(
        {
            "12aa5b005a81b63d197318d8ad4d5cbcd9906e181564a6057df96f9ebb40b65f",
            "25a2dbdde38b6d8133f1c536edbac0cb144917665c167b5c99e71a1229af4b59",
            "3a52897fedb365db9fe6607e4f277671027a6d92da20198543c384536d3c0098",
            "be82b9ff0aed71b43feaad70986960973028569e0dc326259f302af32cd959c9",
        }
    ),
    ("tool", "metric_query"): frozenset(
        {
            "2b086b13c6d4cb95e348d2d8d41ce18159fd13fcd0856a0ab35638b1cc733bec",
            "2cf2850f990226168afebfd9b58c077abdb9caa27b7e70f6731e7524a9b23c89",
            "51d7b89c3f06734fd1682a7b2a2297291cb3f8748b040c43c5610b2cb155fdaf",
            "7aef80443dacee59122a35a456788d5357b7dbd46027fec51c69cffe840350bc",
            "e96017d6e9cd23d7d0fe7e194f961844394843ceb12b7dd42194d448aff4162f",
        }
    ),
    ("tool", "rca"): frozenset(
        {
            "142ea276f96d49fd44a09dbbd51bc89164794b88369ff6347fa2dc6d63458da4",
            "75d221873544df89232f5f9ddbdc48c2c973a746c527f746c2b981d176ce04e1",
            "b0c669a02e69960b7a3772833e1e75e921582fa5ed00bc8955d48abee727ad60",
        }
    ),
}


def upgrade() -> None:
    from services.ops.seed_assets import republish_in_migration

    republish_in_migration(op.get_bind(), EARLIER_SEEDS)


def downgrade() -> None:
    """Nothing: the republished versions stay (an admin rolls an asset back through the registry)."""
