"""CEP: alert rules (trigger → condition → actions), alert instances, silences, the leader-run scheduler."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """Settings, strings, the scheduler in every process, demo rules at start, firing alerts on the dashboard."""
    from services.cep import alerts, demo_rules
    from services.cep.rule_settings import SPECS
    from services.cep.scheduler import run_scheduler
    from services.cep.strings import STRINGS
    from services.core.i18n import add_strings
    from services.core.settings_registry import declare

    declare(*SPECS)
    add_strings(STRINGS)
    registry.lifespan(run_scheduler)
    registry.on_startup("cep demo rules", demo_rules.seed_demo_rules)
    registry.counter("cep_firing", alerts.count_firing, permission="cep:read")
    registry.problems("cep alerts", alerts.firing_problems)
