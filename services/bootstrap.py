"""Start-up of a process: migrate, install the domains, run their start-up steps, ensure an admin.

Replicas may start together on one database: each start-up step (and the first-admin check) runs in a
transaction holding the `STARTUP_STEPS` advisory lock, so a step's check-then-create (demo rules, the
first admin, ...) sees what another replica's same step committed instead of racing it.
"""

from __future__ import annotations

import logging
import secrets

from sqlalchemy import text
from sqlmodel import Session

from services.core.db import session_scope, upgrade_database
from services.core.errors import Conflict
from services.core.leader import LockKey
from services.core.security import SYSTEM
from services.core.settings import get_settings
from services.domains import install_domains

log = logging.getLogger(__name__)


def _one_replica_at_a_time(session: Session) -> None:
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": int(LockKey.STARTUP_STEPS)})


def ensure_first_admin() -> tuple[str, str] | None:
    """Create the first admin on an empty database; returns (username, password) once, else None."""
    from services.admin.service import count_users, create_user

    username = get_settings().initial_admin
    password = secrets.token_urlsafe(12)
    try:
        with session_scope() as session:
            _one_replica_at_a_time(session)
            if count_users(session):
                return None
            create_user(
                session,
                actor=SYSTEM,
                username=username,
                password=password,
                role="admin",
                display_name="Administrator",
                must_change_password=True,  # the printed password is replaced at the first sign-in
            )
    except Conflict:  # another worker created it first
        return None
    return username, password


def prepare_database() -> tuple[str, str] | None:
    """Migrate, install domains and run their start-up steps, make sure an admin exists.

    Returns the credentials of a newly created first admin (shown once), else None.
    """
    upgrade_database()
    registry = install_domains()
    for name, step in registry.startup_steps:
        log.debug("start-up step: %s", name)
        with session_scope() as session:
            _one_replica_at_a_time(session)
            step(session)
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
