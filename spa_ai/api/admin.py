"""Admin REST: the caller, users (create, update, unlock, reset password) and API keys."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.admin import api_keys, auth, service
from services.admin.models import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyRead,
    Me,
    PasswordReset,
    UserCreate,
    UserRead,
    UserUpdate,
)
from services.core.pagination import Page
from services.core.security import Principal
from spa_ai.api.auth import SignedInDep
from spa_ai.api.deps import PageQuery, Requires, SessionDep

router = APIRouter(prefix="/api/admin", tags=["admin"])

UserAdmin = Annotated[Principal, Requires("admin:users")]


@router.get("/me", response_model=Me)
def me(caller: SignedInDep) -> Me:
    """The caller and its effective permissions (also while a password change is pending)."""
    return Me(
        username=caller.username,
        role=caller.role,
        via=caller.via,
        permissions=sorted(caller.permissions),
        must_change_password=caller.must_change_password,
    )


@router.get("/users", response_model=Page[UserRead])
def list_users(
    caller: UserAdmin,
    session: SessionDep,
    page: PageQuery,
    q: str = Query("", max_length=100, description="part of the username or display name"),
    active: bool | None = None,
) -> Page[UserRead]:
    """Users by name; `next_cursor` is null on the last page, `total` counts every match."""
    return service.users_page(
        session, actor=caller, query=q, active=active, limit=page.limit, cursor=page.cursor
    )


@router.post("/users", status_code=201, response_model=UserRead)
def create_user(body: UserCreate, caller: UserAdmin, session: SessionDep) -> UserRead:
    """Create a user."""
    user = service.create_user(session, actor=caller, **body.model_dump())
    return UserRead.model_validate(user)


@router.patch("/users/{username}", response_model=UserRead)
def update_user(username: str, body: UserUpdate, caller: UserAdmin, session: SessionDep) -> UserRead:
    """Change role, status or profile of a user (disabling revokes the user's sessions)."""
    user = service.update_user(session, actor=caller, username=username, **body.model_dump())
    return UserRead.model_validate(user)


@router.post("/users/{username}/unlock", status_code=204, response_class=Response)
def unlock_user(username: str, caller: UserAdmin, session: SessionDep) -> Response:
    """Lift every sign-in lock of a user (all client addresses)."""
    auth.unlock(session, actor=caller, username=username)
    return Response(status_code=204)


@router.post("/users/{username}/reset-password", response_model=PasswordReset)
def reset_password(username: str, caller: UserAdmin, session: SessionDep) -> PasswordReset:
    """A one-time password for the user (shown once); they must change it at the next sign-in."""
    password = service.reset_password(session, actor=caller, username=username)
    return PasswordReset(username=username.strip().lower(), one_time_password=password)


@router.get("/api-keys", response_model=Page[ApiKeyRead])
def list_keys(caller: UserAdmin, session: SessionDep, page: PageQuery) -> Page[ApiKeyRead]:
    """API keys newest first (never their secrets)."""
    return api_keys.api_keys_page(session, actor=caller, limit=page.limit, cursor=page.cursor)


@router.post("/api-keys", status_code=201, response_model=ApiKeyCreated)
def create_key(body: ApiKeyCreate, caller: UserAdmin, session: SessionDep) -> ApiKeyCreated:
    """Create a key with scopes the caller holds; the response carries the secret, never shown again."""
    secret, key = api_keys.create_api_key(session, actor=caller, **body.model_dump())
    read = api_keys.key_read(key, caller.username)
    return ApiKeyCreated(**read.model_dump(), secret=secret)


@router.delete("/api-keys/{key_id}", response_model=ApiKeyRead)
def revoke_key(key_id: int, caller: UserAdmin, session: SessionDep) -> ApiKeyRead:
    """Revoke a key."""
    key = api_keys.revoke_api_key(session, actor=caller, key_id=key_id)
    return api_keys.key_read(key, api_keys.owner_of(session, key))
