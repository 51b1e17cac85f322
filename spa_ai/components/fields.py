"""Shared form pieces: a control under its label, and a wrapping group of checkboxes over a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import reflex as rx

from spa_ai.components.i18n import t


def labelled(label_key: str, child: rx.Component) -> rx.Component:
    """A form control under its translated label."""
    return rx.vstack(rx.text(t(label_key), size="2", weight="medium"), child, spacing="1", width="100%")


def checkbox_group(
    options: rx.Var,
    chosen: rx.Var,
    on_toggle: Callable[[rx.Var, rx.Var], Any],
    *,
    gap: str = "8px",
    **box_props: Any,
) -> rx.Component:
    """One checkbox per option (checked when in `chosen`); `on_toggle(option, checked)` is the handler;
    `box_props` go to each checkbox (e.g. data_testid)."""
    return rx.flex(
        rx.foreach(
            options,
            lambda option: rx.checkbox(
                option,
                checked=chosen.contains(option),
                on_change=lambda checked: on_toggle(option, checked),
                **box_props,
            ),
        ),
        wrap="wrap",
        gap=gap,
    )
