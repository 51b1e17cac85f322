"""User management: create, list, update, preferences — permission-checked and audited."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.admin.models import User
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Conflict, NotFound, ValidationFailed
from services.core.i18n import LANGUAGES
from services.core.security import (
    ROLE_PERMISSIONS,
    ROLES,
    Principal,
    hash_password,
    require,
    validate_password_strength,
)

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def principal_for(user: User, via: str = "session", scopes: frozenset[str] | None = None) -> Principal:
    """The principal of an active user; API keys narrow it to their scopes."""
    granted = ROLE_PERMISSIONS.get(user.role, frozenset())
    if scopes is not None:
        granted = granted & scopes
    assert user.id is not None
    return Principal(user_id=user.id, username=user.username, role=user.role, permissions=granted, via=via)


def user_view(user: User) -> dict[str, Any]:
    """A user as plain JSON-safe data (never the password hash)."""
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "email": user.email,
        "role": user.role,
        "is_active": user.is_active,
        "locale": user.locale,
        "timezone": user.timezone,
        "created_at": user.created_at.isoformat() if user.created_at else None,
    }


def get_user(session: Session, username: str) -> User | None:
    """The user named `username`, or None."""
    return session.exec(select(User).where(User.username == username)).first()


def _validate_fields(role: str | None, locale: str | None, email: str | None) -> None:
    if role is not None and role not in ROLES:
        raise ValidationFailed(f"unknown role '{role}'; expected one of {', '.join(ROLES)}")
    if locale is not None and locale not in LANGUAGES:
        raise ValidationFailed(f"unknown locale '{locale}'; expected one of {', '.join(LANGUAGES)}")
    if email and "@" not in email:
        raise ValidationFailed("email must contain '@'")


def create_user(
    session: Session,
    *,
    actor: Principal,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    email: str | None = None,
    locale: str = "ko",
) -> User:
    """Create a user; the username must be new and the password strong enough."""
    require(actor, "admin:users")
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationFailed("username must be 2-64 characters: lowercase letters, digits, '.', '_', '-'")
    _validate_fields(role, locale, email)
    validate_password_strength(password)
    if get_user(session, username):
        raise Conflict(f"user '{username}' already exists")
    user = User(
        username=username,
        display_name=display_name or username,
        email=email or None,
        password_hash=hash_password(password),
        role=role,
        locale=locale,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="user.create",
        entity_type="user",
        entity_id=user.id,
        after=user_view(user),
    )
    return user


def update_user(
    session: Session,
    *,
    actor: Principal,
    username: str,
    role: str | None = None,
    is_active: bool | None = None,
    display_name: str | None = None,
    email: str | None = None,
) -> User:
    """Change a user's role, status or profile; admins cannot demote or disable themselves."""
    require(actor, "admin:users")
    user = get_user(session, username)
    if user is None:
        raise NotFound(f"user '{username}' not found")
    _validate_fields(role, None, email)
    if user.id == actor.user_id and (role not in (None, user.role) or is_active is False):
        raise ValidationFailed("you cannot change your own role or disable yourself")
    before = user_view(user)
    for name, value in (
        ("role", role),
        ("is_active", is_active),
        ("display_name", display_name),
        ("email", email),
    ):
        if value is not None:
            setattr(user, name, value)
    user.updated_at = utcnow()
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="user.update",
        entity_type="user",
        entity_id=user.id,
        before=before,
        after=user_view(user),
    )
    return user


def set_locale(session: Session, *, actor: Principal, locale: str) -> None:
    """Persist the caller's own UI language."""
    _validate_fields(None, locale, None)
    user = session.get(User, actor.user_id)
    if user is None:
        raise NotFound("user not found")
    if user.locale == locale:
        return
    before = {"locale": user.locale}
    user.locale = locale
    user.updated_at = utcnow()
    session.add(user)
    audit.record(
        session,
        actor=actor.username,
        action="user.set_locale",
        entity_type="user",
        entity_id=user.id,
        before=before,
        after={"locale": locale},
    )


def list_users(
    session: Session,
    *,
    actor: Principal,
    query: str = "",
    active: bool | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[User], int]:
    """Users matching a name/display-name search and status filter, with the total count."""
    require(actor, "admin:users")
    stmt = select(User)
    if query:
        pattern = f"%{query.strip()}%"
        stmt = stmt.where(col(User.username).ilike(pattern) | col(User.display_name).ilike(pattern))
    if active is not None:
        stmt = stmt.where(User.is_active == active)
    total = session.exec(select(func.count()).select_from(stmt.subquery())).one()
    rows = session.exec(stmt.order_by(col(User.username)).offset(offset).limit(limit)).all()
    return list(rows), int(total)


def count_users(session: Session) -> int:
    """Number of users."""
    return int(session.exec(select(func.count()).select_from(User)).one())
