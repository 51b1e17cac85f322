"""CEP: alert rules, a durable notification outbox and real channels (Slack, e-mail, SMS, webhook)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """Delivery settings and strings, the notification loop on every replica, channel problems."""
    from services.cep import actions, notifications, outbox
    from services.cep.delivery_settings import SPECS
    from services.cep.delivery_strings import STRINGS
    from services.core.i18n import add_strings
    from services.core.settings_registry import declare

    declare(*SPECS)
    add_strings(STRINGS)
    assert "notify" in actions.ACTIONS  # the built-in kinds register on import
    registry.lifespan(outbox.notification_loop)  # safe on every replica: rows are claimed SKIP LOCKED
    registry.problems("cep delivery", notifications.problems)
