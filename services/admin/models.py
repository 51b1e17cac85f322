"""Users, sessions, login attempts and API keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Index, func
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import String
from sqlmodel import Field, SQLModel


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
    username: str = Field(max_length=64, unique=True, index=True)
    display_name: str = Field(default="", max_length=120)
    email: str | None = Field(default=None, max_length=255)
    password_hash: str = Field(max_length=255)
    role: str = Field(max_length=20)
    is_active: bool = Field(default=True)
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
    """One password check, successful or not; drives the lockout rule."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_user_ts", "username", "ts"),)

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64)
    ts: datetime | None = Field(default=None, sa_column=_ts())
    success: bool
    ip: str | None = Field(default=None, max_length=64)


class Lockout(SQLModel, table=True):
    """A username that may not sign in until `locked_until`."""

    __tablename__ = "lockouts"

    username: str = Field(primary_key=True, max_length=64)
    locked_until: datetime = Field(sa_column=_ts(default_now=False))


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
