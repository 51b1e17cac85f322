"""Admin REST: users, API keys and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlmodel import Session

from services.admin import api_keys, service
from services.core import audit
from services.core.security import Principal
from spa_ai.api.deps import current_principal, db_session, require

router = APIRouter(prefix="/api/admin", tags=["admin"])


class UserCreate(BaseModel):
    username: str = Field(min_length=2, max_length=64)
    password: str = Field(min_length=1, max_length=512)
    role: Literal["admin", "operator", "viewer"]
    display_name: str = ""
    email: str | None = None
    locale: Literal["ko", "en"] = "ko"


class UserUpdate(BaseModel):
    role: Literal["admin", "operator", "viewer"] | None = None
    is_active: bool | None = None
    display_name: str | None = None
    email: str | None = None


class ApiKeyCreate(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    scopes: list[str] = Field(min_length=1)
    expires_at: datetime | None = None


@router.get("/me")
def me(principal: Principal = Depends(current_principal)) -> dict:
    """The caller and its effective permissions."""
    return {
        "username": principal.username,
        "role": principal.role,
        "via": principal.via,
        "permissions": sorted(principal.permissions),
    }


@router.get("/users")
def list_users(
    q: str = "",
    active: bool | None = None,
    limit: int = Query(50, ge=1, le=500),
    cursor: int = Query(0, ge=0, description="offset of the first row"),
    principal: Principal = Depends(require("admin:users")),
    session: Session = Depends(db_session),
) -> dict:
    """Users, paginated; `next_cursor` is null on the last page."""
    rows, total = service.list_users(
        session, actor=principal, query=q, active=active, limit=limit, offset=cursor
    )
    next_cursor = cursor + limit if cursor + limit < total else None
    return {"items": [service.user_view(u) for u in rows], "total": total, "next_cursor": next_cursor}


@router.post("/users", status_code=201)
def create_user(
    body: UserCreate,
    principal: Principal = Depends(require("admin:users")),
    session: Session = Depends(db_session),
) -> dict:
    """Create a user."""
    user = service.create_user(session, actor=principal, **body.model_dump())
    return service.user_view(user)


@router.patch("/users/{username}")
def update_user(
    username: str,
    body: UserUpdate,
    principal: Principal = Depends(require("admin:users")),
    session: Session = Depends(db_session),
) -> dict:
    """Change role, status or profile of a user."""
    user = service.update_user(session, actor=principal, username=username, **body.model_dump())
    return service.user_view(user)


@router.get("/api-keys")
def list_keys(
    principal: Principal = Depends(require("admin:users")), session: Session = Depends(db_session)
) -> dict:
    """All API keys (never their secrets)."""
    return {"items": api_keys.list_api_keys(session, actor=principal)}


@router.post("/api-keys", status_code=201)
def create_key(
    body: ApiKeyCreate,
    principal: Principal = Depends(require("admin:users")),
    session: Session = Depends(db_session),
) -> dict:
    """Create a key; the response carries the secret, which is never shown again."""
    secret, key = api_keys.create_api_key(session, actor=principal, **body.model_dump())
    return {**api_keys.key_view(key, principal.username), "secret": secret}


@router.delete("/api-keys/{key_id}")
def revoke_key(
    key_id: int,
    principal: Principal = Depends(require("admin:users")),
    session: Session = Depends(db_session),
) -> dict:
    """Revoke a key."""
    return api_keys.key_view(api_keys.revoke_api_key(session, actor=principal, key_id=key_id))


@router.get("/audit")
def audit_log(
    limit: int = Query(50, ge=1, le=500),
    cursor: int | None = Query(None, description="return entries older than this id"),
    actor: str | None = None,
    action: str | None = None,
    _: Principal = Depends(require("admin:audit")),
    session: Session = Depends(db_session),
) -> dict:
    """Audit entries, newest first; pass `next_cursor` back as `cursor` for the next page."""
    rows = audit.list_entries(session, limit=limit, before_id=cursor, actor=actor, action=action)
    items = [row.model_dump(mode="json") for row in rows]
    return {"items": items, "next_cursor": rows[-1].id if len(rows) == limit else None}
