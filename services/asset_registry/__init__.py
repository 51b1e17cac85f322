"""Asset registry: versioned prompt, catalog, policy and tool assets (domains seed their own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """Its strings; seed the assets other domains registered (missing ones only) at every start."""
    from services.asset_registry.seeding import ensure_seeded
    from services.asset_registry.strings import STRINGS
    from services.core.i18n import add_strings

    add_strings(STRINGS)

    registry.on_startup("seed assets", ensure_seeded)
