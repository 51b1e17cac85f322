"""Sign-in throttling: password checks counted per username + client address first, then per username.

Five failures for one username from one address within 5 minutes lock that pair for 15 minutes, so a
guesser locks out only itself: the user still signs in from anywhere else. Only 50 failures for one
username within 15 minutes (from any addresses) lock the username everywhere for 15 minutes, and even
then not from an address the user signed in from successfully within the last 30 days. These numbers
are runtime settings (`services.admin.settings`): an admin's change applies to the next sign-in. A successful
sign-in from an address restarts that address's count; `clear_locks` (admin unlock, password reset)
lifts every lock of a username and restarts its counts.

Every check runs in its own transaction holding the username's `login_guards` row `FOR UPDATE` while
the password is verified: parallel guesses queue one behind the other, each sees the failures before
it, and its own failure is committed whatever happens to the caller's transaction afterwards.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, func
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import Session, col, select

from services.admin.models import Lockout, LoginAttempt, LoginGuard, User
from services.admin.settings import LockoutPolicy, lockout_policy
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Locked, Unauthorized
from services.core.security import verify_password

INVALID_CREDENTIALS = "invalid username or password"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def address_of(ip: str | None) -> str:
    """The client address as stored with locks ("" when unknown)."""
    return (ip or "")[:64]


def locked_error(until: datetime) -> Locked:
    """The 429 a locked sign-in gets (the same whether or not the password was right)."""
    minutes = max(1, math.ceil((until - utcnow()).total_seconds() / 60))
    return Locked(
        "too many failed sign-ins; try again later",
        details={"locked_until": until.isoformat()},
        key="sign_in_locked",
        params={"minutes": minutes},
    )


def invalid_credentials() -> Unauthorized:
    return Unauthorized(INVALID_CREDENTIALS, key="invalid_credentials")


def check_password(bind: Engine, username: str, password: str, ip: str | None) -> tuple[int, str | None]:
    """Verify `password` for `username` under its guard; returns (user id, new hash when re-hashed).

    Raises Locked while the username is locked for this address (without checking the password) and
    Unauthorized for a wrong password, an unknown or a disabled user (all alike). The attempt is
    committed in a transaction of its own before this returns or raises.
    """
    address = address_of(ip)
    policy = lockout_policy()  # read before the guard transaction holds a pooled connection
    outcome: tuple[int, str | None] | None = None
    locked_until: datetime | None = None
    with Session(bind, expire_on_commit=False) as guard_session, guard_session.begin():
        guard = _lock_guard(guard_session, username)
        now = utcnow()
        locked_until = _current_lock(guard_session, guard, username, address, now, policy)
        if locked_until is None:
            user = guard_session.exec(select(User).where(User.username == username)).first()
            valid, new_hash = verify_password(password, user.password_hash if user else None)
            success = bool(valid and user is not None and user.is_active)
            guard_session.add(LoginAttempt(username=username, success=success, ip=address or None, ts=now))
            guard_session.flush()
            if success:
                assert user is not None and user.id is not None
                outcome = (user.id, new_hash)
            else:
                locked_until = _register_failure(guard_session, guard, username, address, now, policy)
    if outcome is not None:
        return outcome
    if locked_until is not None:
        raise locked_error(locked_until)
    raise invalid_credentials()


def _lock_guard(session: Session, username: str) -> LoginGuard:
    session.execute(insert(LoginGuard).values(username=username).on_conflict_do_nothing())
    query = select(LoginGuard).where(LoginGuard.username == username).with_for_update()
    return session.exec(query).one()


def _known_address(
    session: Session, username: str, address: str, now: datetime, policy: LockoutPolicy
) -> bool:
    if not address:
        return False
    query = (
        select(LoginAttempt.id)
        .where(
            LoginAttempt.username == username,
            LoginAttempt.ip == address,
            col(LoginAttempt.success).is_(True),
            col(LoginAttempt.ts) >= now - policy.known_address_for,
        )
        .limit(1)
    )
    return session.exec(query).first() is not None


def _current_lock(
    session: Session, guard: LoginGuard, username: str, address: str, now: datetime, policy: LockoutPolicy
) -> datetime | None:
    lock = session.get(Lockout, (username, address))
    if lock is not None and lock.locked_until > now:
        return lock.locked_until
    locked_everywhere = guard.locked_until is not None and guard.locked_until > now
    if locked_everywhere and not _known_address(session, username, address, now, policy):
        return guard.locked_until
    return None


def _failures(session: Session, username: str, since: datetime, address: str | None = None) -> int:
    query = (
        select(func.count())
        .select_from(LoginAttempt)
        .where(
            LoginAttempt.username == username,
            col(LoginAttempt.success).is_(False),
            col(LoginAttempt.ts) >= since,
        )
    )
    if address is not None:
        query = query.where(func.coalesce(LoginAttempt.ip, "") == address)
    return int(session.exec(query).one())


def _last_success(session: Session, username: str, address: str) -> datetime:
    query = select(func.max(LoginAttempt.ts)).where(
        LoginAttempt.username == username,
        func.coalesce(LoginAttempt.ip, "") == address,
        col(LoginAttempt.success).is_(True),
    )
    return session.exec(query).one() or _EPOCH


def _register_failure(
    session: Session, guard: LoginGuard, username: str, address: str, now: datetime, policy: LockoutPolicy
) -> datetime | None:
    """Count the failure just recorded; lock the address (and maybe the username). Returns the lock
    that now applies to this address, if any."""
    counted_since = guard.counted_since or _EPOCH
    lock = session.get(Lockout, (username, address))
    since = max(
        now - policy.address_window,
        lock.locked_until if lock is not None else _EPOCH,
        counted_since,
        _last_success(session, username, address),
    )
    applies: datetime | None = None
    failures = _failures(session, username, since, address)
    if failures >= policy.address_max_failures:
        applies = now + policy.lockout
        session.execute(
            insert(Lockout)
            .values(username=username, ip=address, locked_until=applies)
            .on_conflict_do_update(index_elements=["username", "ip"], set_={"locked_until": applies})
        )
        audit.record(
            session,
            actor=username,
            action="auth.lockout",
            entity_type="user",
            entity_id=username,
            after={"locked_until": applies.isoformat(), "failures": failures, "address": address or None},
        )
    user_since = max(now - policy.user_window, guard.locked_until or _EPOCH, counted_since)
    all_failures = _failures(session, username, user_since)
    if all_failures >= policy.user_max_failures:
        guard.locked_until = now + policy.lockout
        session.add(guard)
        audit.record(
            session,
            actor=username,
            action="auth.lockout",
            entity_type="user",
            entity_id=username,
            after={"locked_until": guard.locked_until.isoformat(), "failures": all_failures, "address": "*"},
        )
        if not _known_address(session, username, address, now, policy):
            applies = max(applies or _EPOCH, guard.locked_until)
    return applies


def lock_state(session: Session, username: str) -> dict[str, Any]:
    """The locks on `username` now: addresses locked (with their ends) and the lock for every address."""
    now = utcnow()
    rows = session.exec(
        select(Lockout).where(Lockout.username == username, col(Lockout.locked_until) > now)
    ).all()
    guard = session.get(LoginGuard, username)
    everywhere = guard.locked_until if guard and guard.locked_until and guard.locked_until > now else None
    return {
        "addresses": {row.ip or "?": row.locked_until.isoformat() for row in rows},
        "everywhere_until": everywhere.isoformat() if everywhere else None,
    }


def clear_locks(session: Session, username: str) -> None:
    """Lift every lock of `username` and count its failures afresh from now (in the caller's transaction)."""
    now = utcnow()
    session.execute(delete(Lockout).where(col(Lockout.username) == username))
    session.execute(
        insert(LoginGuard)
        .values(username=username, locked_until=None, counted_since=now)
        .on_conflict_do_update(index_elements=["username"], set_={"locked_until": None, "counted_since": now})
    )
