"""The caller's own API keys (`/api/account/api-keys`): any signed-in user creates, lists and revokes
their keys; `/api/admin/api-keys` is the admins' view of everyone's."""

from __future__ import annotations

from fastapi import APIRouter

from services.admin import api_keys
from services.admin.models import ApiKeyCreate, ApiKeyCreated, ApiKeyRead
from services.core.pagination import Page
from spa_ai.api.deps import CallerDep, PageQuery, SessionDep

router = APIRouter(prefix="/api/account", tags=["account"])


@router.get("/api-keys", response_model=Page[ApiKeyRead])
def my_keys(caller: CallerDep, session: SessionDep, page: PageQuery) -> Page[ApiKeyRead]:
    """The caller's keys, newest first, with last use and its client address (never a secret)."""
    return api_keys.api_keys_page(session, actor=caller, everyone=False, limit=page.limit, cursor=page.cursor)


@router.post("/api-keys", status_code=201, response_model=ApiKeyCreated)
def create_my_key(body: ApiKeyCreate, caller: CallerDep, session: SessionDep) -> ApiKeyCreated:
    """A key with scopes the caller holds; the response carries the secret, never shown again."""
    secret, key = api_keys.create_api_key(session, actor=caller, **body.model_dump())
    return ApiKeyCreated(**api_keys.key_read(key, caller.username).model_dump(), secret=secret)


@router.delete("/api-keys/{key_id}", response_model=ApiKeyRead)
def revoke_my_key(key_id: int, caller: CallerDep, session: SessionDep) -> ApiKeyRead:
    """Revoke one of the caller's keys (404 for anyone else's)."""
    key = api_keys.revoke_api_key(session, actor=caller, key_id=key_id)
    return api_keys.key_read(key, caller.username)
