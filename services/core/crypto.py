"""Secrets at rest (channel webhooks, SMTP passwords, secret settings): Fernet with a key from the app secret.

The Fernet key is derived from the JWT signing key with HKDF-SHA256 (purpose-bound `info`), so no
second key has to be managed; rotating `SPA_SECRET_KEY` makes stored secrets unreadable, which
`decrypt` reports as a clear error instead of garbage.
"""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from services.core.errors import DomainError
from services.core.settings import get_settings

PREFIX = "enc:v1:"


class SecretUnreadable(DomainError):
    """A stored secret cannot be decrypted (the app secret key changed)."""

    code, status = "secret_unreadable", 500


@lru_cache(maxsize=4)
def _fernet(signing_key: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"spa-ai secrets at rest v1").derive(
        signing_key.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt(plaintext: str) -> str:
    """`enc:v1:<token>` for `plaintext`."""
    return PREFIX + _fernet(get_settings().signing_key()).encrypt(plaintext.encode()).decode()


def decrypt(stored: str) -> str:
    """The plaintext of a value made by `encrypt`."""
    if not is_encrypted(stored):
        raise SecretUnreadable("value is not an encrypted secret")
    try:
        return _fernet(get_settings().signing_key()).decrypt(stored[len(PREFIX) :].encode()).decode()
    except InvalidToken as exc:
        raise SecretUnreadable("stored secret cannot be decrypted: was SPA_SECRET_KEY changed?") from exc


def is_encrypted(value: object) -> bool:
    """Whether `value` is a string made by `encrypt`."""
    return isinstance(value, str) and value.startswith(PREFIX)
