"""API keys: create (secret shown once), list, revoke — scoped to permissions, audited.

Every signed-in user manages their own keys; holders of `admin:users` see and revoke everyone's. A key
may only grant scopes its creator holds right now: the role's permissions for a signed-in user, the
key's own (narrowed) scopes when the creator is itself an API key. Each key remembers when and from which
client address it was last used.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from services.admin.models import KEY_NAME_MAX, ApiKey, ApiKeyRead, User
from services.core import audit
from services.core.clock import utcnow
from services.core.errors import Forbidden, NotFound, ValidationFailed
from services.core.pagination import Page, paginate
from services.core.security import PERMISSIONS, Principal, new_api_key, require


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
        "last_used_ip": key.last_used_ip,
    }


def key_read(key: ApiKey, owner: str | None = None) -> ApiKeyRead:
    """The REST read model of a key."""
    assert key.id is not None
    return ApiKeyRead(
        id=key.id,
        name=key.name,
        prefix=key.prefix,
        owner=owner,
        scopes=list(key.scopes),
        created_at=key.created_at,
        expires_at=key.expires_at,
        revoked_at=key.revoked_at,
        last_used_at=key.last_used_at,
        last_used_ip=key.last_used_ip,
    )


def _check_scopes(actor: Principal, scopes: list[str]) -> list[str]:
    wanted = sorted(set(scopes))
    if not wanted:
        raise ValidationFailed(
            "at least one scope is required", details={"field": "scopes"}, key="scopes_required"
        )
    unknown = [scope for scope in wanted if scope not in PERMISSIONS]
    if unknown:
        raise ValidationFailed(
            f"scopes must be a non-empty subset of your permissions; invalid: {unknown}",
            details={"field": "scopes", "invalid": unknown},
            key="unknown_scope",
            params={"scopes": ", ".join(unknown)},
        )
    not_held = [scope for scope in wanted if not actor.can(scope)]
    if not_held:
        raise Forbidden(
            f"a key can only grant scopes you hold; not held: {not_held}",
            details={"field": "scopes", "not_held": not_held},
            key="scope_not_held",
            params={"scopes": ", ".join(not_held)},
        )
    return wanted


def create_api_key(
    session: Session,
    *,
    actor: Principal,
    name: str,
    scopes: list[str],
    expires_at: datetime | None = None,
) -> tuple[str, ApiKey]:
    """Create a key owned by the caller; its scopes must be a subset of the caller's own permissions."""
    name = name.strip()
    if not name:
        raise ValidationFailed("name is required", details={"field": "name"}, key="api_key_name_required")
    if len(name) > KEY_NAME_MAX:
        raise ValidationFailed(
            f"name must have at most {KEY_NAME_MAX} characters",
            details={"field": "name"},
            key="api_key_name_too_long",
            params={"max": KEY_NAME_MAX},
        )
    granted = _check_scopes(actor, scopes)
    if expires_at is not None and (expires_at.tzinfo is None or expires_at <= utcnow()):
        raise ValidationFailed(
            "expires_at must be in the future and carry a timezone offset",
            details={"field": "expires_at"},
            key="invalid_expiry",
        )
    secret, prefix, digest = new_api_key()
    key = ApiKey(
        name=name,
        prefix=prefix,
        secret_hash=digest,
        user_id=actor.user_id,
        scopes=granted,
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


def _keys_with_owner(actor: Principal, everyone: bool) -> Any:
    """Keys with their owners' names: everyone's (admins asking for all) or the actor's own."""
    query = select(ApiKey, User.username).join(User, col(User.id) == ApiKey.user_id)
    if everyone:
        require(actor, "admin:users")
        return query
    return query.where(ApiKey.user_id == actor.user_id)


def list_api_keys(session: Session, *, actor: Principal, everyone: bool = True) -> list[dict[str, Any]]:
    """Keys with their owner, newest first: everyone's (needs admin:users) or the actor's own."""
    rows = session.exec(_keys_with_owner(actor, everyone).order_by(col(ApiKey.id).desc())).all()
    return [key_view(key, owner) for key, owner in rows]


def api_keys_page(
    session: Session, *, actor: Principal, everyone: bool = True, limit: int = 50, cursor: str | None = None
) -> Page[ApiKeyRead]:
    """One page of keys with their owners, newest first: everyone's (needs admin:users) or the actor's own."""
    return paginate(
        session,
        _keys_with_owner(actor, everyone),
        keys=[cast(ColumnElement[Any], col(ApiKey.id))],
        limit=limit,
        cursor=cursor,
        descending=True,
        to_item=lambda row: key_read(row[0], row[1]),
    )


def revoke_api_key(session: Session, *, actor: Principal, key_id: int) -> ApiKey:
    """Revoke one of the actor's keys (anyone's with admin:users); revoking twice is a no-op. Another
    user's key is NotFound to everyone else, so ids reveal nothing."""
    key = session.get(ApiKey, key_id)
    if key is None or (key.user_id != actor.user_id and not actor.can("admin:users")):
        raise NotFound(f"API key {key_id} not found", key="unknown_api_key", params={"id": key_id})
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


def owner_of(session: Session, key: ApiKey) -> str | None:
    """The username owning `key`."""
    user = session.get(User, key.user_id)
    return user.username if user else None
