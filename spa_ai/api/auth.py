"""Sign-in REST: exchange a username and password for a JWT, sign out, change the own password.

`SignedInDep` admits any signed-in caller even while a password change is pending (the routes here and
`GET /api/admin/me`); every other route goes through `deps.current_principal`, which refuses such a
caller with 403 `password_change_required`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response

from services.admin import auth, service
from services.admin.models import PasswordChange, TokenRequest, TokenResponse, UserRead
from services.core.errors import Unauthorized
from services.core.security import Principal
from services.core.settings import get_settings
from spa_ai.api.deps import Public, SessionDep

router = APIRouter(prefix="/api/auth", tags=["auth"])


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def signed_in_principal(
    request: Request,
    session: SessionDep,
    authorization: str | None = Header(default=None),
    x_api_key: str | None = Header(default=None),
) -> Principal:
    """The caller (JWT or API key), admitted even while it must change its password; 401 otherwise."""
    if x_api_key:
        principal = auth.resolve_api_key(session, x_api_key, allow_password_change=True)
    elif token := _bearer(authorization):
        principal, _ = auth.resolve_token(session, token, allow_password_change=True)
    else:
        raise Unauthorized("authentication required: send 'Authorization: Bearer <token>' or 'X-API-Key'")
    request.state.principal = principal
    return principal


SignedInDep = Annotated[Principal, Depends(signed_in_principal)]


@router.post("/token", response_model=TokenResponse, dependencies=[Public])
def token(body: TokenRequest, request: Request, session: SessionDep) -> TokenResponse:
    """A bearer JWT for valid credentials; 401 when wrong, 429 while locked out.

    A synchronous route: FastAPI runs it in its thread pool, so hashing never blocks the event loop.
    The response's `user.must_change_password` says whether the password must be changed first.
    """
    ip = request.client.host if request.client else None
    access_token, user = auth.login(session, username=body.username, password=body.password, ip=ip)
    return TokenResponse(
        access_token=access_token,
        expires_in=get_settings().jwt_lifetime_minutes * 60,
        user=UserRead.model_validate(user),
    )


@router.post("/logout", status_code=204, response_class=Response)
def logout(
    caller: SignedInDep, session: SessionDep, authorization: str | None = Header(default=None)
) -> Response:
    """Revoke the session of the bearer token (API keys have no session: revoke the key instead)."""
    token = _bearer(authorization)
    if token is not None and caller.via == "jwt":
        auth.logout(session, token=token)
    return Response(status_code=204)


@router.post("/change-password", status_code=204, response_class=Response)
def change_password(body: PasswordChange, caller: SignedInDep, session: SessionDep) -> Response:
    """Replace the caller's password (the current one is checked like a sign-in); other sessions end."""
    service.change_password(
        session, actor=caller, current_password=body.current_password, new_password=body.new_password
    )
    return Response(status_code=204)
