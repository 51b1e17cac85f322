"""CEP: alert rules (trigger → condition → actions) on a leader-run scheduler, alert instances, silences,
a durable notification outbox and real channels (Slack, e-mail, SMS, webhook)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry

IDLE_GROUP_SWEEP_S = 300


def install(registry: Registry) -> None:
    """Settings and strings; the scheduler and the notification loop in every process (the scheduler works
    only on the leader), its event-inbox consumer and idle-group sweep; demo rules at start; firing alerts
    and channel problems on the dashboard."""
    from services.cep import actions, alerts, demo_rules, groups, inbox, notifications, outbox
    from services.cep.builder_strings import STRINGS as BUILDER_STRINGS
    from services.cep.delivery_settings import SPECS as DELIVERY_SPECS
    from services.cep.delivery_strings import STRINGS as DELIVERY_STRINGS
    from services.cep.group_strings import STRINGS as GROUP_STRINGS
    from services.cep.health_strings import STRINGS as HEALTH_STRINGS
    from services.cep.leader_jobs import register_leader_job
    from services.cep.rule_settings import SPECS
    from services.cep.rules_io_strings import STRINGS as RULES_IO_STRINGS
    from services.cep.scheduler import run_scheduler
    from services.cep.silence_strings import STRINGS as SILENCE_STRINGS
    from services.cep.strings import STRINGS
    from services.core.i18n import add_strings
    from services.core.settings_registry import declare

    declare(*SPECS, *DELIVERY_SPECS)
    add_strings(STRINGS)
    add_strings(DELIVERY_STRINGS)
    add_strings(RULES_IO_STRINGS)
    add_strings(HEALTH_STRINGS)
    add_strings(SILENCE_STRINGS)
    add_strings(BUILDER_STRINGS)
    add_strings(GROUP_STRINGS)
    assert "notify" in actions.ACTIONS  # the built-in kinds register on import
    registry.lifespan(run_scheduler)
    register_leader_job("cep-idle-groups", groups.delete_idle, lambda: IDLE_GROUP_SWEEP_S)
    registry.lifespan(inbox.run_consumer)  # evaluates the event inbox while this process leads
    registry.lifespan(outbox.notification_loop)  # safe on every replica: rows are claimed SKIP LOCKED
    registry.on_startup("cep demo rules", demo_rules.seed_demo_rules)
    registry.counter("cep_firing", alerts.count_firing, permission="cep:read")
    registry.problems("cep alerts", alerts.firing_problems)
    registry.problems("cep delivery", notifications.problems)
