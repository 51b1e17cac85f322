"""Sign-in with lockout, sessions behind JWTs, and resolving a caller from a token or API key."""

from __future__ import annotations

import hmac
from datetime import timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.admin.models import ApiKey, Lockout, LoginAttempt, User, UserSession
from services.admin.service import get_user, principal_for
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Locked, Unauthorized
from services.core.security import (
    Principal,
    api_key_prefix,
    decode_jwt,
    hash_api_key,
    issue_jwt,
    new_session_id,
    verify_password,
)

MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=5)
LOCKOUT_DURATION = timedelta(minutes=15)
INVALID_CREDENTIALS = "invalid username or password"


def _lockout_until(session: Session, username: str):
    lock = session.get(Lockout, username)
    return lock.locked_until if lock and lock.locked_until > utcnow() else None


def _register_failure(session: Session, username: str, ip: str | None) -> bool:
    """Record a failed attempt; returns True when it triggered a lockout."""
    now = utcnow()
    session.add(LoginAttempt(username=username, success=False, ip=ip, ts=now))
    session.flush()
    previous_lock = session.get(Lockout, username)
    since = now - FAILURE_WINDOW
    if previous_lock and previous_lock.locked_until > since:
        since = previous_lock.locked_until
    failures = session.exec(
        select(func.count())
        .select_from(LoginAttempt)
        .where(
            LoginAttempt.username == username,
            col(LoginAttempt.success).is_(False),
            col(LoginAttempt.ts) >= since,
        )
    ).one()
    if failures < MAX_FAILURES:
        return False
    until = now + LOCKOUT_DURATION
    if previous_lock:
        previous_lock.locked_until = until
        session.add(previous_lock)
    else:
        session.add(Lockout(username=username, locked_until=until))
    audit.record(
        session,
        actor=username,
        action="auth.lockout",
        entity_type="user",
        entity_id=username,
        after={"locked_until": until.isoformat(), "failures": int(failures)},
    )
    return True


def login(session: Session, *, username: str, password: str, ip: str | None = None) -> tuple[str, User]:
    """Check credentials and open a session; returns (JWT, user).

    Raises Locked while the username is locked out and Unauthorized for bad credentials.
    Failed attempts are committed even though the call raises.
    """
    username = username.strip().lower()
    if until := _lockout_until(session, username):
        raise Locked("too many failed sign-ins; try again later", details={"locked_until": until.isoformat()})
    user = get_user(session, username)
    valid, new_hash = verify_password(password, user.password_hash if user else None)
    if not (valid and user and user.is_active):
        locked = _register_failure(session, username, ip)
        session.commit()
        if locked:
            raise Locked("too many failed sign-ins; try again later")
        raise Unauthorized(INVALID_CREDENTIALS)
    if new_hash:
        user.password_hash = new_hash
        session.add(user)
    session.add(LoginAttempt(username=username, success=True, ip=ip, ts=utcnow()))
    token = open_session(session, user=user, ip=ip)
    audit.record(session, actor=username, action="auth.login", entity_type="user", entity_id=user.id)
    return token, user


def open_session(session: Session, *, user: User, ip: str | None = None) -> str:
    """Create a session row and return its signed JWT."""
    assert user.id is not None
    sid = new_session_id()
    token, expires = issue_jwt(username=user.username, session_id=sid)
    session.add(UserSession(id=sid, user_id=user.id, expires_at=expires, ip=ip))
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


def resolve_token(session: Session, token: str) -> tuple[Principal, User]:
    """The caller behind a JWT whose session is live and whose user is active."""
    claims = decode_jwt(token)
    row = session.get(UserSession, claims.get("sid", ""))
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        raise Unauthorized("session expired or signed out")
    user = session.get(User, row.user_id)
    if user is None or not user.is_active or user.username != claims.get("sub"):
        raise Unauthorized("user is disabled")
    return principal_for(user, via="jwt"), user


def resolve_api_key(session: Session, secret: str) -> Principal:
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
    key.last_used_at = now
    session.add(key)
    return principal_for(user, via="api_key", scopes=frozenset(key.scopes))
