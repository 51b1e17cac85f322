"""Shared form pieces: a control under its label, a wrapping group of checkboxes over a list, and a dialog
holding one form with its cancel and submit buttons."""

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


def dialog_actions(submit_key: str, submit_testid: str) -> rx.Component:
    """A dialog form's buttons at the right: cancel (closes the dialog) and submit."""
    return rx.hstack(
        rx.dialog.close(rx.button(t("common.cancel"), variant="soft", color_scheme="gray", type="button")),
        rx.button(t(submit_key), type="submit", data_testid=submit_testid),
        justify="end",
        width="100%",
    )


def form_dialog(
    title: rx.Component | rx.Var | str,
    *fields: rx.Component,
    submit: tuple[str, str],
    on_submit: Any,
    open: rx.Var,
    on_open_change: Any,
    spacing: str = "3",
    max_width: str | None = None,
) -> rx.Component:
    """A dialog holding one form: `title`, the `fields`, then cancel and the submit button (`submit` is
    its label key and test id)."""
    content_props = {"max_width": max_width} if max_width else {}
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(title),
            rx.form(
                rx.vstack(*fields, dialog_actions(*submit), spacing=spacing, width="100%"),
                on_submit=on_submit,
            ),
            **content_props,
        ),
        open=open,
        on_open_change=on_open_change,
    )
