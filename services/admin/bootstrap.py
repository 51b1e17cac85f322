"""First start: migrate the schema and create the first admin with a one-time random password."""

from __future__ import annotations

import secrets

from services.admin.service import SYSTEM, count_users, create_user
from services.asset_registry.defaults import ensure_default_assets
from services.core.db import session_scope, upgrade_database
from services.core.errors import Conflict
from services.core.settings import get_settings
from services.infra.graph.sync import startup_sync


def ensure_first_admin() -> tuple[str, str] | None:
    """Create the first admin on an empty database; returns (username, password) once, else None."""
    username = get_settings().initial_admin
    password = secrets.token_urlsafe(12)
    try:
        with session_scope() as session:
            if count_users(session):
                return None
            create_user(
                session,
                actor=SYSTEM,
                username=username,
                password=password,
                role="admin",
                display_name="Administrator",
            )
    except Conflict:  # another worker created it first
        return None
    return username, password


def prepare_database() -> tuple[str, str] | None:
    """Apply migrations, seed default assets, make sure an admin exists; returns new admin credentials."""
    upgrade_database()
    with session_scope() as session:
        ensure_default_assets(session)
    startup_sync()  # Neo4j graph store: hook CMDB changes and bring the graph up to date (no-op otherwise)
    return ensure_first_admin()


def announce_admin(credentials: tuple[str, str] | None) -> None:
    """Print newly created admin credentials once to the console."""
    if credentials:
        username, password = credentials
        bar = "=" * 64
        print(
            f"\n{bar}\n  First admin created.\n  username: {username}\n  password: {password}\n"
            f"  This password is shown once and stored nowhere in clear text.\n{bar}\n",
            flush=True,
        )
