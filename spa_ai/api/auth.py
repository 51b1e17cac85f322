"""Token endpoint: exchange a username and password for a JWT."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlmodel import Session

from services.admin import auth
from services.admin.service import user_view
from services.core.settings import get_settings
from spa_ai.api.deps import db_session

router = APIRouter(prefix="/api/auth", tags=["auth"])


class TokenRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=512)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    user: dict


@router.post("/token", response_model=TokenResponse)
def token(body: TokenRequest, request: Request, session: Session = Depends(db_session)) -> TokenResponse:
    """A bearer JWT for valid credentials; 401 when wrong, 429 while locked out."""
    ip = request.client.host if request.client else None
    access_token, user = auth.login(session, username=body.username, password=body.password, ip=ip)
    return TokenResponse(
        access_token=access_token,
        expires_in=get_settings().jwt_lifetime_minutes * 60,
        user=user_view(user),
    )
