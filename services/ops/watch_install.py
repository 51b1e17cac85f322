"""What trace RCA, Regression Watch and the OPS KPIs add to the platform (called from `services.ops.install`)."""

from __future__ import annotations

from services.core.registry import Registry


def install_watch(registry: Registry) -> None:
    """UI strings and Regression Watch's problem source ("what is wrong now")."""
    from services.core.i18n import add_strings
    from services.ops import regression
    from services.ops.watch_strings import STRINGS

    add_strings(STRINGS)
    registry.problems("ops.regression", regression.problems)
