"""A user's signed-in sessions as admins see them, and ending them (one or all); audited.

Sessions are named by the first `SESSION_REF_LENGTH` characters of their id: enough to tell them apart,
never the whole id a JWT carries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from services.admin.models import UserSession
from services.admin.service import existing_user, revoke_sessions
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import NotFound
from services.core.security import Principal, require

SESSION_REF_LENGTH = 8


def session_view(row: UserSession) -> dict[str, Any]:
    """A live session without its id: a short reference, when it started and ends, the client address."""
    return {
        "ref": row.id[:SESSION_REF_LENGTH],
        "created_at": row.created_at,
        "expires_at": row.expires_at,
        "ip": row.ip,
    }


def live_sessions(session: Session, *, actor: Principal, username: str) -> list[dict[str, Any]]:
    """The user's sessions that are neither revoked nor expired, newest first."""
    require(actor, "admin:users")
    user = existing_user(session, username)
    query = (
        select(UserSession)
        .where(
            UserSession.user_id == user.id,
            col(UserSession.revoked_at).is_(None),
            col(UserSession.expires_at) > utcnow(),
        )
        .order_by(col(UserSession.created_at).desc())
        .limit(500)
    )
    return [session_view(row) for row in session.exec(query).all()]


def end_sessions(session: Session, *, actor: Principal, username: str, ref: str | None = None) -> int:
    """End one live session of the user (by reference) or all of them; returns how many ended."""
    require(actor, "admin:users")
    user = existing_user(session, username)
    assert user.id is not None
    if ref is None:
        ended = revoke_sessions(session, user_id=user.id)
    else:
        if len(ref) != SESSION_REF_LENGTH:
            raise NotFound(f"no live session '{ref}'", key="unknown_session", params={"ref": ref})
        stmt = (
            update(UserSession)
            .where(
                col(UserSession.user_id) == user.id,
                col(UserSession.revoked_at).is_(None),
                col(UserSession.id).startswith(ref, autoescape=True),
            )
            .values(revoked_at=utcnow())
        )
        ended = int(session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]
        if not ended:
            raise NotFound(f"no live session '{ref}'", key="unknown_session", params={"ref": ref})
    audit.record(
        session,
        actor=actor.username,
        action="user.end_sessions",
        entity_type="user",
        entity_id=user.id,
        after={"username": user.username, "session": ref or "*", "sessions_revoked": ended},
    )
    return ended
