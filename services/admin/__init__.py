"""Administration: users, roles, sessions, API keys, sign-in."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """User and API-key counters for user administrators; the domain's error texts and UI strings; its
    runtime settings (sign-in lockout, monitor); the host sampler with its metrics; the threshold alerts as
    built-in CEP rules that follow the monitor settings; the backup job."""
    from services.admin import backup_job, host_sampler, messages, monitor, platform_alerts, settings, strings
    from services.core import i18n, jobs, settings_registry

    settings_registry.declare(*settings.SPECS, *settings.MONITOR_SPECS)
    registry.on_startup("admin: host metrics in the catalog", host_sampler.ensure_catalog)
    registry.lifespan(host_sampler.run_sampler)
    registry.on_startup("admin: platform host alert rules", platform_alerts.sync_rules)
    settings_registry.watch(tuple(platform_alerts.THRESHOLD_SETTINGS.values()), platform_alerts.sync_rules)
    jobs.register(backup_job.KIND, backup_job.run_backup)
    i18n.add_strings(messages.STRINGS)
    i18n.add_strings(strings.STRINGS)
    registry.counter("users", monitor.count_users, permission="admin:users")
    registry.counter("api_keys", monitor.count_active_api_keys, permission="admin:users")
