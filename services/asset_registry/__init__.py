"""Asset registry: versioned prompt, catalog, policy and tool assets (domains seed their own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """Seed the assets other domains registered (missing ones only) at every start."""
    from services.asset_registry.seeding import ensure_seeded

    registry.on_startup("seed assets", ensure_seeded)
