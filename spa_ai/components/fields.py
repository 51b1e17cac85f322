"""Shared form pieces: a control under its label."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t


def labelled(label_key: str, child: rx.Component) -> rx.Component:
    """A form control under its translated label."""
    return rx.vstack(rx.text(t(label_key), size="2", weight="medium"), child, spacing="1", width="100%")
