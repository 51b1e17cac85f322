"""API keys: create (secret shown once), list, revoke — scoped to permissions, audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from services.admin.models import ApiKey, User
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import NotFound, ValidationFailed
from services.core.security import ROLE_PERMISSIONS, Principal, new_api_key, require


def key_view(key: ApiKey, owner: str | None = None) -> dict[str, Any]:
    """An API key as JSON-safe data; never the secret or its hash."""
    return {
        "id": key.id,
        "name": key.name,
        "prefix": key.prefix,
        "owner": owner,
        "scopes": list(key.scopes),
        "created_at": key.created_at.isoformat() if key.created_at else None,
        "expires_at": key.expires_at.isoformat() if key.expires_at else None,
        "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
        "last_used_at": key.last_used_at.isoformat() if key.last_used_at else None,
    }


def create_api_key(
    session: Session,
    *,
    actor: Principal,
    name: str,
    scopes: list[str],
    expires_at: datetime | None = None,
) -> tuple[str, ApiKey]:
    """Create a key owned by the caller; its scopes must be a subset of the caller's role."""
    require(actor, "admin:users")
    name = name.strip()
    if not name:
        raise ValidationFailed("name is required")
    allowed = ROLE_PERMISSIONS.get(actor.role, frozenset())
    unknown = sorted(set(scopes) - allowed)
    if unknown or not scopes:
        raise ValidationFailed(f"scopes must be a non-empty subset of your permissions; invalid: {unknown}")
    if expires_at is not None and expires_at <= utcnow():
        raise ValidationFailed("expires_at must be in the future")
    secret, prefix, digest = new_api_key()
    key = ApiKey(
        name=name,
        prefix=prefix,
        secret_hash=digest,
        user_id=actor.user_id,
        scopes=sorted(set(scopes)),
        expires_at=expires_at,
    )
    session.add(key)
    session.flush()
    audit.record(
        session,
        actor=actor.username,
        action="api_key.create",
        entity_type="api_key",
        entity_id=key.id,
        after=key_view(key, actor.username),
    )
    return secret, key


def list_api_keys(session: Session, *, actor: Principal) -> list[dict[str, Any]]:
    """Every key with its owner, newest first."""
    require(actor, "admin:users")
    rows = session.exec(
        select(ApiKey, User.username)
        .join(User, col(User.id) == ApiKey.user_id)
        .order_by(col(ApiKey.id).desc())
    ).all()
    return [key_view(key, owner) for key, owner in rows]


def revoke_api_key(session: Session, *, actor: Principal, key_id: int) -> ApiKey:
    """Revoke a key; revoking twice is a no-op."""
    require(actor, "admin:users")
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFound(f"API key {key_id} not found")
    if key.revoked_at is None:
        before = key_view(key)
        key.revoked_at = utcnow()
        session.add(key)
        audit.record(
            session,
            actor=actor.username,
            action="api_key.revoke",
            entity_type="api_key",
            entity_id=key.id,
            before=before,
            after=key_view(key),
        )
    return key
