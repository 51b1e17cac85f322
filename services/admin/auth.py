"""Sign-in (throttled, see `throttle`), sessions behind JWTs, unlocking, and resolving a caller from a
token or API key.

A user whose password was reset (or the first admin) has `must_change_password`: resolving their token
or key raises `PasswordChangeRequired` (403 `password_change_required`) unless the caller asked to allow
it — only "who am I", changing the password and signing out do.
"""

from __future__ import annotations

import hmac
from datetime import timedelta

from sqlmodel import Session, select

from services.admin import throttle
from services.admin.models import ApiKey, User, UserSession
from services.admin.service import existing_user, principal_for
from services.core import audit
from services.core.audit import current_request
from services.core.clock import utcnow
from services.core.errors import Forbidden, Unauthorized
from services.core.security import (
    Principal,
    api_key_prefix,
    decode_jwt,
    hash_api_key,
    issue_jwt,
    new_session_id,
    require,
)

INVALID_CREDENTIALS = throttle.INVALID_CREDENTIALS
LAST_USED_RESOLUTION = timedelta(minutes=1)  # how often an API key's last use is written


class PasswordChangeRequired(Forbidden):
    """The caller must change the password before doing anything else."""

    code = "password_change_required"


def login(session: Session, *, username: str, password: str, ip: str | None = None) -> tuple[str, User]:
    """Check credentials and open a session; returns (JWT, user).

    Raises Locked while the username is locked for this address and Unauthorized for bad credentials.
    The attempt is committed in its own transaction (see `throttle.check_password`), so a later error
    in the caller's transaction cannot undo a failure.
    """
    username = username.strip().lower()[:64]
    user_id, new_hash = throttle.check_password(session.get_bind(), username, password, ip)  # type: ignore[arg-type]
    user = session.get(User, user_id)
    if user is None:  # deleted between the check and now
        raise throttle.invalid_credentials()
    if new_hash:
        user.password_hash = new_hash
        session.add(user)
    token = open_session(session, user=user, ip=ip)
    audit.record(session, actor=username, action="auth.login", entity_type="user", entity_id=user.id)
    return token, user


def unlock(session: Session, *, actor: Principal, username: str) -> None:
    """Lift every sign-in lock of a user (all addresses) and restart its failure counts; audited."""
    require(actor, "admin:users")
    user = existing_user(session, username)
    before = throttle.lock_state(session, user.username)
    throttle.clear_locks(session, user.username)
    audit.record(
        session,
        actor=actor.username,
        action="auth.unlock",
        entity_type="user",
        entity_id=user.id,
        before=before,
        after={"username": user.username},
    )


def open_session(session: Session, *, user: User, ip: str | None = None) -> str:
    """Create a session row and return its signed JWT."""
    assert user.id is not None
    sid = new_session_id()
    token, expires = issue_jwt(username=user.username, session_id=sid)
    session.add(UserSession(id=sid, user_id=user.id, expires_at=expires, ip=(ip or None) and ip[:64]))
    return token


def logout(session: Session, *, token: str) -> None:
    """Revoke the session named by `token` (idempotent)."""
    try:
        claims = decode_jwt(token)
    except Unauthorized:
        return
    row = session.get(UserSession, claims.get("sid", ""))
    if row and row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
        audit.record(
            session,
            actor=claims.get("sub", "?"),
            action="auth.logout",
            entity_type="session",
            entity_id=row.id[:8],
        )


def _refuse_pending(user: User, allow_password_change: bool) -> None:
    if user.must_change_password and not allow_password_change:
        raise PasswordChangeRequired(
            "password change required: change your password first (POST /api/auth/change-password)",
            key="password_change_required",
        )


def resolve_token(
    session: Session, token: str, *, allow_password_change: bool = False
) -> tuple[Principal, User]:
    """The caller behind a JWT whose session is live and whose user is active.

    PasswordChangeRequired while the user must change the password, unless `allow_password_change`.
    """
    claims = decode_jwt(token)
    row = session.get(UserSession, claims.get("sid", ""))
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        raise Unauthorized("session expired or signed out", key="session_expired")
    user = session.get(User, row.user_id)
    if user is None or not user.is_active or user.username != claims.get("sub"):
        raise Unauthorized("user is disabled", key="user_disabled")
    _refuse_pending(user, allow_password_change)
    return principal_for(user, via="jwt", session_id=row.id), user


def resolve_api_key(session: Session, secret: str, *, allow_password_change: bool = False) -> Principal:
    """The caller behind an API key that is known, unrevoked, unexpired and owned by an active user."""
    prefix = api_key_prefix(secret)
    key = session.exec(select(ApiKey).where(ApiKey.prefix == prefix)).first() if prefix else None
    if key is None or not hmac.compare_digest(key.secret_hash, hash_api_key(secret)):
        raise Unauthorized("invalid API key")
    now = utcnow()
    if key.revoked_at is not None:
        raise Unauthorized("API key revoked")
    if key.expires_at is not None and key.expires_at <= now:
        raise Unauthorized("API key expired")
    user = session.get(User, key.user_id)
    if user is None or not user.is_active:
        raise Unauthorized("API key owner is disabled")
    _refuse_pending(user, allow_password_change)
    ip = current_request.get().ip
    address = ip[:64] if ip else None
    if (
        key.last_used_at is None
        or now - key.last_used_at >= LAST_USED_RESOLUTION
        or key.last_used_ip != address
    ):
        # At most one write a minute per caller address: a write per request would hold the key's row until
        # each request commits, and serialise every concurrent request made with one key (CEP event senders).
        key.last_used_at, key.last_used_ip = now, address
        session.add(key)
    return principal_for(user, via="api_key", scopes=frozenset(key.scopes))
