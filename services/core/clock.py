"""The time source; tests and reproducible runs pin it."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def format_local(moment: datetime, tz_name: str | None = None) -> str:
    """`moment` shown in the configured timezone (default: the SPA_TIMEZONE setting)."""
    from zoneinfo import ZoneInfo

    from services.core.settings import get_settings

    zone = ZoneInfo(tz_name or get_settings().timezone)
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
