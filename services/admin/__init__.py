"""Administration: users, roles, sessions, API keys, sign-in."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """User and API-key counters for user administrators; the domain's error texts and UI strings; its
    runtime settings (sign-in lockout)."""
    from services.admin import messages, monitor, settings, strings
    from services.core import i18n, settings_registry

    settings_registry.declare(*settings.SPECS)
    i18n.add_strings(messages.STRINGS)
    i18n.add_strings(strings.STRINGS)
    registry.counter("users", monitor.count_users, permission="admin:users")
    registry.counter("api_keys", monitor.count_active_api_keys, permission="admin:users")
