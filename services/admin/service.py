"""User management: create, list, update, passwords, preferences — permission-checked and audited.

Every user-facing error carries an i18n key (`errors.<key>` in `services.admin.messages`) and its
parameters, so the UI shows it in the user's language.
"""

from __future__ import annotations

import re
import secrets
from typing import Any, cast

from sqlalchemy import func, update
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from services.admin import roles, throttle
from services.admin.models import DISPLAY_NAME_MAX, EMAIL_MAX, User, UserRead, UserSession
from services.core import audit
from services.core.audit import current_request
from services.core.clock import utcnow
from services.core.errors import Conflict, NotFound, Unauthorized, ValidationFailed
from services.core.i18n import LANGUAGES
from services.core.pagination import Page, paginate
from services.core.security import Principal, hash_password, require, validate_password_strength

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def principal_for(
    user: User, via: str = "session", scopes: frozenset[str] | None = None, session_id: str | None = None
) -> Principal:
    """The principal of an active user with what its role grants now; API keys narrow it to their scopes."""
    granted = roles.permissions_of(cast(Session | None, Session.object_session(user)), user.role)
    if scopes is not None:
        granted = granted & scopes
    assert user.id is not None
    return Principal(
        user_id=user.id,
        username=user.username,
        role=user.role,
        permissions=granted,
        via=via,
        session_id=session_id,
        must_change_password=user.must_change_password,
    )


def user_view(user: User) -> dict[str, Any]:
    """A user as plain JSON-safe data (never the password hash)."""
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "email": user.email,
        "role": user.role,
        "is_active": user.is_active,
        "must_change_password": user.must_change_password,
        "locale": user.locale,
        "timezone": user.timezone,
        "created_at": user.created_at.isoformat() if user.created_at else None,
    }


def get_user(session: Session, username: str) -> User | None:
    """The user named `username`, or None."""
    return session.exec(select(User).where(User.username == username)).first()


def existing_user(session: Session, username: str) -> User:
    """The user named `username` (any case); NotFound otherwise."""
    name = username.strip().lower()
    user = get_user(session, name)
    if user is None:
        raise NotFound(f"user '{name}' not found", key="unknown_user", params={"username": name})
    return user


def _validate_fields(locale: str | None, email: str | None, display_name: str | None = None) -> None:
    if locale is not None and locale not in LANGUAGES:
        raise ValidationFailed(
            f"unknown locale '{locale}'; expected one of {', '.join(LANGUAGES)}",
            details={"field": "locale"},
            key="unknown_locale",
            params={"locale": locale},
        )
    if email and "@" not in email:
        raise ValidationFailed("email must contain '@'", details={"field": "email"}, key="invalid_email")
    if email and len(email) > EMAIL_MAX:
        raise ValidationFailed(
            f"email must have at most {EMAIL_MAX} characters",
            details={"field": "email"},
            key="email_too_long",
            params={"max": EMAIL_MAX},
        )
    if display_name is not None and len(display_name) > DISPLAY_NAME_MAX:
        raise ValidationFailed(
            f"display name must have at most {DISPLAY_NAME_MAX} characters",
            details={"field": "display_name"},
            key="display_name_too_long",
            params={"max": DISPLAY_NAME_MAX},
        )


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
    must_change_password: bool = False,
) -> User:
    """Create a user; the username must be new and the password strong enough.

    `must_change_password` makes the user replace the password at the first sign-in (first admin,
    accounts handed out with a temporary password).
    """
    require(actor, "admin:users")
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationFailed(
            "username must be 2-64 characters: lowercase letters, digits, '.', '_', '-'",
            details={"field": "username"},
            key="invalid_username",
        )
    roles.check_role(session, role)
    _validate_fields(locale, email, display_name)
    validate_password_strength(password)
    if get_user(session, username):
        raise Conflict(
            f"user '{username}' already exists", key="duplicate_username", params={"username": username}
        )
    user = User(
        username=username,
        display_name=display_name or username,
        email=email or None,
        password_hash=hash_password(password),
        role=role,
        locale=locale,
        must_change_password=must_change_password,
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


def _active_admins(session: Session) -> int:
    query = select(func.count()).select_from(User).where(User.role == "admin", col(User.is_active).is_(True))
    return int(session.exec(query).one())


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
    """Change a user's role, status or profile.

    Admins cannot demote or disable themselves, and the last active admin stays one. Disabling a user
    revokes their sessions, so enabling them again does not revive old tokens.
    """
    require(actor, "admin:users")
    user = existing_user(session, username)
    if role is not None:
        roles.check_role(session, role)
    _validate_fields(None, email, display_name)
    if user.id == actor.user_id and (role not in (None, user.role) or is_active is False):
        raise ValidationFailed(
            "you cannot change your own role or disable yourself", key="self_change", params={}
        )
    loses_admin = role not in (None, "admin") or is_active is False
    if user.role == "admin" and user.is_active and loses_admin and _active_admins(session) <= 1:
        raise ValidationFailed(
            f"'{user.username}' is the last active admin",
            key="last_admin",
            params={"username": user.username},
        )
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
    after = user_view(user)
    if is_active is False and before["is_active"]:
        assert user.id is not None
        after["sessions_revoked"] = revoke_sessions(session, user_id=user.id)
    audit.record(
        session,
        actor=actor.username,
        action="user.update",
        entity_type="user",
        entity_id=user.id,
        before=before,
        after=after,
    )
    return user


def revoke_sessions(session: Session, *, user_id: int, keep: str | None = None) -> int:
    """Revoke every live session of a user (except `keep`); returns how many were revoked."""
    now = utcnow()
    stmt = (
        update(UserSession)
        .where(col(UserSession.user_id) == user_id, col(UserSession.revoked_at).is_(None))
        .values(revoked_at=now)
    )
    if keep is not None:
        stmt = stmt.where(col(UserSession.id) != keep)
    result = session.execute(stmt)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def change_password(session: Session, *, actor: Principal, current_password: str, new_password: str) -> None:
    """Replace the caller's own password after checking the current one.

    The check counts as a sign-in attempt (a stolen session cannot guess the password faster than the
    sign-in form allows). Clears `must_change_password`; every other session of the user is revoked.
    """
    user = session.get(User, actor.user_id)
    if user is None or user.username != actor.username:
        raise NotFound("user not found", key="unknown_user", params={"username": actor.username})
    bind = session.get_bind()
    try:
        throttle.check_password(bind, user.username, current_password, current_request.get().ip)  # type: ignore[arg-type]
    except Unauthorized as exc:
        raise ValidationFailed(
            "the current password is wrong",
            details={"field": "current_password"},
            key="wrong_current_password",
        ) from exc
    validate_password_strength(new_password)
    if new_password == current_password:
        raise ValidationFailed(
            "the new password must differ from the current one",
            details={"field": "new_password"},
            key="password_unchanged",
        )
    session.refresh(user)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    user.updated_at = utcnow()
    session.add(user)
    assert user.id is not None
    revoked = revoke_sessions(session, user_id=user.id, keep=actor.session_id)
    audit.record(
        session,
        actor=actor.username,
        action="user.change_password",
        entity_type="user",
        entity_id=user.id,
        after={"sessions_revoked": revoked},
    )


def reset_password(session: Session, *, actor: Principal, username: str) -> str:
    """Give a user a random one-time password (returned once); they must change it at the next sign-in.

    Their sessions are revoked and their sign-in locks lifted. Admins change their own password instead.
    """
    require(actor, "admin:users")
    user = existing_user(session, username)
    if user.id == actor.user_id:
        raise ValidationFailed(
            "reset is for other users; change your own password instead", key="reset_own_password"
        )
    password = secrets.token_urlsafe(12)
    user.password_hash = hash_password(password)
    user.must_change_password = True
    user.updated_at = utcnow()
    session.add(user)
    assert user.id is not None
    revoked = revoke_sessions(session, user_id=user.id)
    throttle.clear_locks(session, user.username)
    audit.record(
        session,
        actor=actor.username,
        action="user.reset_password",
        entity_type="user",
        entity_id=user.id,
        after={"must_change_password": True, "sessions_revoked": revoked},
    )
    return password


def set_locale(session: Session, *, actor: Principal, locale: str) -> None:
    """Persist the caller's own UI language."""
    _validate_fields(locale, None)
    user = session.get(User, actor.user_id)
    if user is None:
        raise NotFound("user not found", key="unknown_user", params={"username": actor.username})
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


def _user_filter(stmt: Any, query: str, active: bool | None) -> Any:
    if query:
        pattern = f"%{query.strip()}%"
        stmt = stmt.where(col(User.username).ilike(pattern) | col(User.display_name).ilike(pattern))
    if active is not None:
        stmt = stmt.where(User.is_active == active)
    return stmt


def users_page(
    session: Session,
    *,
    actor: Principal,
    query: str = "",
    active: bool | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[UserRead]:
    """One page of users by name (keyset on the username), with the total matching count."""
    require(actor, "admin:users")
    stmt = _user_filter(select(User), query, active)
    return paginate(
        session,
        stmt,
        keys=[cast(ColumnElement[Any], col(User.username))],
        limit=limit,
        cursor=cursor,
        count=True,
        to_item=UserRead.model_validate,
    )


def count_users(session: Session) -> int:
    """Number of users."""
    return int(session.exec(select(func.count()).select_from(User)).one())
