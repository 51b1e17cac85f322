"""Domain errors with a stable code and HTTP status; REST and UI map them to messages.

`message` is English (REST, logs); `key` + `params` name the `errors.<key>` string the UI shows in the
user's language (services/core/i18n.py `translate_error`).
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base class: a user-facing failure with a machine-readable code."""

    code = "error"
    status = 400

    def __init__(
        self,
        message: str,
        details: Any = None,
        *,
        key: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details
        self.key = key  # i18n key under `errors.` for the UI's language; `message` is the English text
        self.params = params or {}


class ValidationFailed(DomainError):
    code, status = "validation_failed", 422


class Unauthorized(DomainError):
    code, status = "unauthorized", 401


class Forbidden(DomainError):
    code, status = "forbidden", 403


class NotFound(DomainError):
    code, status = "not_found", 404


class Conflict(DomainError):
    code, status = "conflict", 409


class Locked(DomainError):
    code, status = "locked", 429
