"""The time source; tests and reproducible runs (OPS `now`) pin it per context."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

_pinned: ContextVar[datetime | None] = ContextVar("pinned_now", default=None)


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (the pinned time inside `pinned_at`)."""
    return _pinned.get() or datetime.now(UTC)


@contextmanager
def pinned_at(moment: datetime) -> Iterator[None]:
    """Make `utcnow()` return `moment` within the block (this context only)."""
    if moment.tzinfo is None:
        raise ValueError("pinned time must be timezone-aware")
    token = _pinned.set(moment.astimezone(UTC))
    try:
        yield
    finally:
        _pinned.reset(token)


def display_timezone() -> str:
    """The timezone times are shown in: the runtime setting `timezone` (admins change it live), or
    `SPA_TIMEZONE` where the settings are not installed or no database is open yet (unit tests, bare
    scripts) — showing a time never starts a database."""
    from services.core import settings_registry
    from services.core.errors import NotFound
    from services.core.settings import get_settings

    settings = get_settings()
    if not settings.database_url:
        return settings.timezone
    try:
        return str(settings_registry.get("timezone"))
    except NotFound:
        return settings.timezone


def format_local(moment: datetime | None, tz_name: str | None = None) -> str:
    """`moment` shown in `tz_name` (default: `display_timezone()`); '' for None."""
    if moment is None:
        return ""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz_name or display_timezone())
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
