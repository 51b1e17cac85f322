"""Default assets that domains seed on first start; the registry itself stays generic.

A domain registers a provider (`register_seed`) in its `install`; `ensure_seeded` creates and publishes
every provided asset that does not exist yet, so edits made through the registry survive restarts.
Several workers starting at once serialise on an advisory lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from services.asset_registry.models import Asset
from services.asset_registry.service import create_asset
from services.core.leader import LockKey
from services.core.security import SYSTEM


@dataclass(frozen=True)
class SeedAsset:
    """One asset to seed: kind, name, description and content."""

    kind: str
    name: str
    description: str
    content: dict[str, Any]


SeedProvider = Callable[[Session], list[SeedAsset]]
_providers: list[SeedProvider] = []


def register_seed(provider: SeedProvider) -> None:
    """Seed the assets `provider(session)` returns on every start (missing ones only)."""
    if provider not in _providers:
        _providers.append(provider)


def ensure_seeded(session: Session) -> list[str]:
    """Create and publish every missing seeded asset; returns the `kind/name` of those created."""
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": int(LockKey.SEED_ASSETS)})
    existing = {(a.kind, a.name) for a in session.exec(select(Asset)).all()}
    created = []
    for provider in _providers:
        for seed in provider(session):
            if (seed.kind, seed.name) in existing:
                continue
            create_asset(
                session,
                actor=SYSTEM,
                kind=seed.kind,
                name=seed.name,
                content=seed.content,
                description=seed.description,
                note="seeded default",
                publish_now=True,
            )
            existing.add((seed.kind, seed.name))
            created.append(f"{seed.kind}/{seed.name}")
    return created
