"""Users, sessions, sign-in throttling and API keys (tables), and the REST read/write models."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict
from pydantic import Field as PydanticField
from sqlalchemy import Column, DateTime, Index, func
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import String
from sqlmodel import Field, SQLModel

from services.core.security import MAX_PASSWORD_LENGTH

USERNAME_MAX = 64
DISPLAY_NAME_MAX = 120
EMAIL_MAX = 255
KEY_NAME_MAX = 120
ROLE_NAME_MAX = 20  # users.role holds the name
ROLE_DESCRIPTION_MAX = 200


def _ts(nullable: bool = False, default_now: bool = True) -> Column:
    return Column(
        DateTime(timezone=True),
        nullable=nullable,
        server_default=func.now() if default_now else None,
    )


class User(SQLModel, table=True):
    """A person who signs in to the UI or calls the API with a token."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=USERNAME_MAX, unique=True, index=True)
    display_name: str = Field(default="", max_length=DISPLAY_NAME_MAX)
    email: str | None = Field(default=None, max_length=EMAIL_MAX)
    password_hash: str = Field(max_length=255)
    role: str = Field(max_length=20)
    is_active: bool = Field(default=True)
    must_change_password: bool = Field(default=False)  # set by a reset (one-time password), first admin
    locale: str = Field(default="ko", max_length=5)
    timezone: str = Field(default="Asia/Seoul", max_length=64)
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    updated_at: datetime | None = Field(default=None, sa_column=_ts())


class UserSession(SQLModel, table=True):
    """A signed-in session; a JWT names it by `sid` so logout can revoke it."""

    __tablename__ = "user_sessions"

    id: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="users.id", index=True)
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    expires_at: datetime = Field(sa_column=_ts(default_now=False))
    revoked_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    ip: str | None = Field(default=None, max_length=64)


class LoginAttempt(SQLModel, table=True):
    """One password check, successful or not; drives the lockout rules."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_user_ts", "username", "ts"),
        Index("ix_login_attempts_user_ip_ts", "username", "ip", "ts"),
    )

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64)
    ts: datetime | None = Field(default=None, sa_column=_ts())
    success: bool
    ip: str | None = Field(default=None, max_length=64)


class Lockout(SQLModel, table=True):
    """A username that may not sign in from client address `ip` until `locked_until`."""

    __tablename__ = "lockouts"

    username: str = Field(primary_key=True, max_length=64)
    ip: str = Field(primary_key=True, max_length=64)  # "" when the address is unknown
    locked_until: datetime = Field(sa_column=_ts(default_now=False))


class LoginGuard(SQLModel, table=True):
    """One row per username ever tried: locked `FOR UPDATE` while a password is checked, so parallel
    guesses queue and are counted one by one; holds the lock for every address (a higher threshold)."""

    __tablename__ = "login_guards"

    username: str = Field(primary_key=True, max_length=64)
    locked_until: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    counted_since: datetime | None = Field(  # failures before this moment no longer count (unlock)
        default=None, sa_column=_ts(nullable=True, default_now=False)
    )


class ApiKey(SQLModel, table=True):
    """A machine credential: the secret is shown once, only its SHA-256 is stored."""

    __tablename__ = "api_keys"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    prefix: str = Field(max_length=16, unique=True, index=True)
    secret_hash: str = Field(max_length=64)
    user_id: int = Field(foreign_key="users.id", index=True)
    scopes: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String), nullable=False))
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    expires_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    revoked_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    last_used_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True, default_now=False))
    last_used_ip: str | None = Field(default=None, max_length=64)  # the client address of the last call


class CustomRole(SQLModel, table=True):
    """A role an admin defined: a name and the named permissions it grants (built-in roles live in code)."""

    __tablename__ = "roles"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=ROLE_NAME_MAX, unique=True, index=True)
    description: str = Field(default="", max_length=ROLE_DESCRIPTION_MAX)
    permissions: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String), nullable=False))
    created_at: datetime | None = Field(default=None, sa_column=_ts())
    updated_at: datetime | None = Field(default=None, sa_column=_ts())


# --- REST schemas -------------------------------------------------------------------------------------

RoleName = Annotated[str, PydanticField(min_length=2, max_length=ROLE_NAME_MAX)]
Locale = Literal["ko", "en"]


class UserRead(BaseModel):
    """A user as clients see it (never the password hash)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    display_name: str
    email: str | None
    role: str
    is_active: bool
    must_change_password: bool
    locale: str
    timezone: str
    created_at: datetime | None


class UserCreate(BaseModel):
    username: str = PydanticField(min_length=2, max_length=USERNAME_MAX)
    password: str = PydanticField(min_length=1, max_length=MAX_PASSWORD_LENGTH)
    role: RoleName
    display_name: str = PydanticField("", max_length=DISPLAY_NAME_MAX)
    email: str | None = PydanticField(None, max_length=EMAIL_MAX)
    locale: Locale = "ko"


class UserUpdate(BaseModel):
    role: RoleName | None = None
    is_active: bool | None = None
    display_name: str | None = PydanticField(None, max_length=DISPLAY_NAME_MAX)
    email: str | None = PydanticField(None, max_length=EMAIL_MAX)


class PasswordChange(BaseModel):
    current_password: str = PydanticField(min_length=1, max_length=MAX_PASSWORD_LENGTH)
    new_password: str = PydanticField(min_length=1, max_length=MAX_PASSWORD_LENGTH)


class PasswordReset(BaseModel):
    """The one-time password of a reset: shown once; the user must change it at the next sign-in."""

    username: str
    one_time_password: str


class Me(BaseModel):
    """The caller and its effective permissions."""

    username: str
    role: str
    via: str
    permissions: list[str]
    must_change_password: bool


class ApiKeyRead(BaseModel):
    """An API key without its secret or hash."""

    id: int
    name: str
    prefix: str
    owner: str | None
    scopes: list[str]
    created_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    last_used_ip: str | None


class ApiKeyCreate(BaseModel):
    name: str = PydanticField(min_length=1, max_length=KEY_NAME_MAX)
    scopes: list[str] = PydanticField(min_length=1, max_length=64)
    expires_at: AwareDatetime | None = PydanticField(
        None, description="with a timezone offset, in the future"
    )


class ApiKeyCreated(ApiKeyRead):
    """A new key: `secret` is shown in this response only."""

    secret: str


class AuditEntryRead(BaseModel):
    """One audit row."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    ts: datetime | None
    actor: str
    action: str
    entity_type: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    ip: str | None
    request_id: str | None


class TokenRequest(BaseModel):
    username: str = PydanticField(min_length=1, max_length=USERNAME_MAX)
    password: str = PydanticField(min_length=1, max_length=MAX_PASSWORD_LENGTH)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    user: UserRead
