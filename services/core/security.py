"""Password hashing, JWTs, API key secrets and the role → permission map."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache

import jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from services.core.clock import utcnow
from services.core.errors import Forbidden, Unauthorized, ValidationFailed
from services.core.settings import get_settings

PERMISSIONS: tuple[str, ...] = (
    "ops:ask",
    "ops:watch",
    "cep:read",
    "cep:write",
    "docs:read",
    "docs:write",
    "apis:read",
    "apis:write",
    "apis:execute",
    "infra:read",
    "infra:write",
    "admin:users",
    "admin:settings",
    "admin:audit",
)

_READ = ("ops:ask", "cep:read", "docs:read", "apis:read", "infra:read")
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(PERMISSIONS),
    "operator": frozenset(
        (*_READ, "ops:watch", "cep:write", "docs:write", "apis:write", "apis:execute", "infra:write")
    ),
    "viewer": frozenset(_READ),
}
ROLES: tuple[str, ...] = tuple(ROLE_PERMISSIONS)

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 512  # longer inputs are refused before hashing (Argon2 cost grows with length)

# Argon2id as the OWASP Password Storage Cheat Sheet configures it (46 MiB, one pass, one lane): about
# 60 ms a check here. pwdlib's default (64 MiB, three passes, four lanes) took 0.4–0.75 s on two cores for
# each sign-in, and four lanes buy nothing there; a hash made with other parameters is still checked with
# its own and replaced at the next sign-in (`verify_and_update`).
_hasher = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=47_104, parallelism=1),))


@cache
def _dummy_hash() -> str:
    """A hash of a random password, checked for unknown users so that timing does not reveal them."""
    return _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class Principal:
    """The authenticated caller of a UI event or REST request."""

    user_id: int
    username: str
    role: str
    permissions: frozenset[str] = field(default_factory=frozenset)
    via: str = "session"  # session | jwt | api_key
    session_id: str | None = None  # the signed-in session behind a JWT (None for API keys, jobs, CLI)
    must_change_password: bool = False  # only "who am I", change password and sign out are allowed

    def can(self, permission: str) -> bool:
        """Whether this caller holds `permission`."""
        return permission in self.permissions


SYSTEM = Principal(user_id=0, username="system", role="admin", permissions=frozenset(PERMISSIONS), via="cli")


def require(actor: Principal, permission: str) -> Principal:
    """Return `actor` when it holds `permission`; raise Forbidden otherwise.

    The one permission check: REST dependencies, UI guards and service functions all call it.
    """
    if not actor.can(permission):
        raise Forbidden(
            f"permission '{permission}' required",
            details={"permission": permission},
            key="permission_required",
            params={"permission": permission},
        )
    return actor


def hash_password(password: str) -> str:
    """An Argon2 hash of `password`."""
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> tuple[bool, str | None]:
    """Check a password; returns (valid, new hash when the parameters changed).

    Unknown users are checked against a dummy hash so timing does not reveal them.
    """
    if password_hash is None or len(password) > MAX_PASSWORD_LENGTH:
        _hasher.verify(password[:MAX_PASSWORD_LENGTH], _dummy_hash())
        return False, None
    try:
        return _hasher.verify_and_update(password, password_hash)
    except Exception:
        return False, None


def validate_password_strength(password: str) -> None:
    """Reject passwords too weak to protect an operations platform (or too long to hash cheaply)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(
            f"password must have at least {MIN_PASSWORD_LENGTH} characters",
            details={"field": "password"},
            key="password_too_short",
            params={"min": MIN_PASSWORD_LENGTH},
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationFailed(
            f"password must have at most {MAX_PASSWORD_LENGTH} characters",
            details={"field": "password"},
            key="password_too_long",
            params={"max": MAX_PASSWORD_LENGTH},
        )


def new_session_id() -> str:
    """A random, URL-safe session id."""
    return secrets.token_urlsafe(24)


def issue_jwt(*, username: str, session_id: str, lifetime: timedelta | None = None) -> tuple[str, datetime]:
    """A signed access token for a session; returns (token, expiry)."""
    settings = get_settings()
    now = utcnow()
    expires = now + (lifetime or timedelta(minutes=settings.jwt_lifetime_minutes))
    payload = {"sub": username, "sid": session_id, "iat": now, "exp": expires}
    return jwt.encode(payload, settings.signing_key(), algorithm="HS256"), expires


def decode_jwt(token: str) -> dict:
    """The claims of a valid token; raises Unauthorized when expired or forged."""
    try:
        return jwt.decode(token, get_settings().signing_key(), algorithms=["HS256"])
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("token expired") from exc
    except jwt.InvalidTokenError as exc:
        raise Unauthorized("invalid token") from exc


API_KEY_PREFIX = "spa_"


def new_api_key() -> tuple[str, str, str]:
    """A fresh API key: (full secret shown once, lookup prefix, SHA-256 hex of the secret)."""
    prefix = secrets.token_hex(6)
    secret = f"{API_KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    return secret, prefix, hash_api_key(secret)


def hash_api_key(secret: str) -> str:
    """SHA-256 hex digest of an API key secret."""
    return hashlib.sha256(secret.encode()).hexdigest()


def api_key_prefix(secret: str) -> str | None:
    """The lookup prefix embedded in a key, or None when the key is malformed."""
    if not secret.startswith(API_KEY_PREFIX):
        return None
    parts = secret[len(API_KEY_PREFIX) :].split("_", 1)
    return parts[0] if len(parts) == 2 and len(parts[0]) == 12 else None
