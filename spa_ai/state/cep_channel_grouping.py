"""The channel form's grouping section: a channel's own group_by and timers (Alertmanager's receiver
route), as text fields and back. Pure functions; the channels page state holds the fields."""

from __future__ import annotations

from typing import Any

from services.cep.promql import format_duration
from services.cep.schema import Grouping
from services.core.errors import ValidationFailed

TIMERS = {
    "wait": "group_wait_seconds",
    "interval": "group_interval_seconds",
    "repeat": "repeat_interval_seconds",
}


def form_fields(grouping: dict[str, Any] | None) -> dict[str, str]:
    """The form's text fields for a channel's stored grouping (the defaults, switched off, for none)."""
    value = Grouping.model_validate(grouping or {})
    return {
        "on": "yes" if grouping else "",
        "group_by": ", ".join(value.group_by),
        **{name: str(getattr(value, key)) for name, key in TIMERS.items()},
    }


def summary(grouping: dict[str, Any] | None) -> str:
    """One line for the channel table: group_by and wait / interval / repeat; "" when per rule."""
    if not grouping:
        return ""
    value = Grouping.model_validate(grouping)
    timers = " / ".join(format_duration(getattr(value, key)) for key in TIMERS.values())
    return f"{', '.join(value.group_by)} · {timers}"


def from_fields(fields: dict[str, str]) -> dict[str, Any] | None:
    """The grouping the form asks for (None: the channel follows each rule's grouping); a timer that is
    not a whole number is a ValidationFailed naming its field (the service checks the ranges)."""
    if fields.get("on") != "yes":
        return None
    body: dict[str, Any] = {
        "group_by": [name.strip() for name in fields.get("group_by", "").split(",") if name.strip()]
    }
    for name, key in TIMERS.items():
        text = fields.get(name, "").strip()
        if not text.isdigit() or len(text) > 9:
            raise ValidationFailed(
                f"grouping.{key}: a whole number of seconds", details={"field": f"grouping.{key}"}
            )
        body[key] = int(text)
    return body
