"""Domain errors with a stable code and HTTP status; REST and UI map them to messages."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base class: a user-facing failure with a machine-readable code."""

    code = "error"
    status = 400

    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


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
