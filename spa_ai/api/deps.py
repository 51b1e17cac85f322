"""REST dependencies: a session per request, the caller (JWT or API key), declared permissions, paging.

Routes take `session: SessionDep`, `caller: Annotated[Principal, Requires("perm")]` (or `CallerDep` for
any signed-in caller, `Public` in `dependencies=` for open routes) and `page: PageQuery`. Every route
declares one of these, so a test can check each route's permission from the app itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Header, Query, Request
from pydantic import BaseModel
from sqlmodel import Session

from services.admin.auth import resolve_api_key, resolve_token
from services.core import security
from services.core.db import session_scope
from services.core.errors import Unauthorized
from services.core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from services.core.security import Principal


def db_session() -> Iterator[Session]:
    """One transaction per request: committed on success, rolled back on error."""
    with session_scope() as session:
        yield session


SessionDep = Annotated[Session, Depends(db_session)]


def current_principal(
    request: Request,
    session: SessionDep,
    authorization: str | None = Header(default=None),
    x_api_key: str | None = Header(default=None),
) -> Principal:
    """The caller of this request; 401 when no valid credential is given."""
    if x_api_key:
        principal = resolve_api_key(session, x_api_key)
    elif authorization and authorization.lower().startswith("bearer "):
        principal, _ = resolve_token(session, authorization[7:].strip())
    else:
        raise Unauthorized("authentication required: send 'Authorization: Bearer <token>' or 'X-API-Key'")
    request.state.principal = principal
    return principal


CallerDep = Annotated[Principal, Depends(current_principal)]

AUTH_CACHE_TTL_S = 3.0
AUTH_CACHE_MAX = 4096
_verified: dict[str, tuple[Principal, float]] = {}
_verifying: dict[str, asyncio.Future[Principal]] = {}


def _resolve_fresh(x_api_key: str | None, authorization: str | None) -> Principal:
    with session_scope() as session:
        if x_api_key:
            return resolve_api_key(session, x_api_key)
        return resolve_token(session, (authorization or "")[7:].strip())[0]


def _settle(digest: str, done: asyncio.Future[Principal]) -> None:
    _verifying.pop(digest, None)
    if done.cancelled() or done.exception() is not None:
        return  # failures are never cached
    if len(_verified) >= AUTH_CACHE_MAX:
        _verified.clear()
    _verified[digest] = (done.result(), time.monotonic() + AUTH_CACHE_TTL_S)


async def _verify(digest: str, x_api_key: str | None, authorization: str | None) -> Principal:
    """One database verification per credential at a time, as a task of its own: concurrent requests
    with the same credential await it (a request that is cancelled does not cancel it for the others)
    instead of each querying and writing the key's last use."""
    verification = _verifying.get(digest)
    if verification is None:
        verification = asyncio.ensure_future(asyncio.to_thread(_resolve_fresh, x_api_key, authorization))
        _verifying[digest] = verification
        verification.add_done_callback(lambda done: _settle(digest, done))
    return await asyncio.shield(verification)


async def cached_principal(
    request: Request,
    authorization: str | None = Header(default=None),
    x_api_key: str | None = Header(default=None),
) -> Principal:
    """`current_principal` for hot ingestion routes: a verified credential is trusted for
    AUTH_CACHE_TTL_S seconds in this process (no database round trip), so a revoked key, a signed-out
    session or a disabled owner stops working within that time; failures are never cached."""
    if not x_api_key and not (authorization and authorization.lower().startswith("bearer ")):
        raise Unauthorized("authentication required: send 'Authorization: Bearer <token>' or 'X-API-Key'")
    credential = f"k:{x_api_key}" if x_api_key else f"b:{authorization}"
    digest = hashlib.sha256(credential.encode()).hexdigest()
    hit = _verified.get(digest)
    if hit is not None and hit[1] > time.monotonic():
        principal = hit[0]
    else:
        principal = await _verify(digest, x_api_key, authorization)
    request.state.principal = principal
    return principal


def Requires(permission: str) -> Any:
    """The dependency admitting callers holding `permission` (401 unauthenticated, 403 lacking it)."""

    def check(principal: CallerDep) -> Principal:
        return security.require(principal, permission)

    check.__name__ = f"requires_{permission.replace(':', '_')}"
    check.permission = permission  # type: ignore[attr-defined]  # read by the route × permission test
    return Depends(check)


def RequiresCached(permission: str) -> Any:
    """`Requires(permission)` over `cached_principal` (for high-rate machine-to-machine routes)."""

    async def check(principal: Annotated[Principal, Depends(cached_principal)]) -> Principal:
        return security.require(principal, permission)

    check.__name__ = f"requires_cached_{permission.replace(':', '_')}"
    check.permission = permission  # type: ignore[attr-defined]  # read by the route × permission test
    return Depends(check)


def public_route() -> None:
    """Marks a route that needs no credentials (health, sign-in, webhooks with their own checks)."""


Public = Depends(public_route)


class PageParams(BaseModel):
    """`limit` and `cursor` of a list endpoint."""

    limit: int = DEFAULT_LIMIT
    cursor: str | None = None


def _page_params(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="rows per page"),
    cursor: str | None = Query(None, max_length=512, description="`next_cursor` of the previous page"),
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor)


PageQuery = Annotated[PageParams, Depends(_page_params)]
