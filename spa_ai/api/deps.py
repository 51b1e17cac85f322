"""Shared REST dependencies: a DB session per request and the caller resolved from JWT or API key."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fastapi import Depends, Header, Request
from sqlmodel import Session

from services.admin.auth import resolve_api_key, resolve_token
from services.core.db import session_scope
from services.core.errors import Forbidden, Unauthorized
from services.core.security import Principal


def db_session() -> Iterator[Session]:
    """One transaction per request: committed on success, rolled back on error."""
    with session_scope() as session:
        yield session


def current_principal(
    request: Request,
    authorization: str | None = Header(default=None),
    x_api_key: str | None = Header(default=None),
    session: Session = Depends(db_session),
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


def require(permission: str) -> Callable[..., Principal]:
    """A dependency that admits callers holding `permission` (401 unauthenticated, 403 lacking it)."""

    def check(principal: Principal = Depends(current_principal)) -> Principal:
        if not principal.can(permission):
            raise Forbidden(f"permission '{permission}' required")
        return principal

    check.__name__ = f"require_{permission.replace(':', '_')}"
    return check
