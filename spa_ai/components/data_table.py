"""Shared list-page pieces: the toolbar above a list, a header row of translated column names, and a table
of a state list that shows a specific empty state when the list is empty."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, scroll_box


def table_header(*keys: str) -> rx.Component:
    """The header row of a table: one column per i18n key."""
    return rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in keys)))


def data_table(
    rows: rx.Var,
    render_row: Callable[[rx.Var], rx.Component],
    headers: Sequence[str],
    *,
    empty: str | rx.Component,
    size: str | None = "1",
    **box_props: Any,
) -> rx.Component:
    """`rows` rendered by `render_row` under `headers` (i18n keys) in a sideways-scrolling box, or `empty`
    (an i18n key for `empty_state`, or a component) when there are none; `box_props` go to the box."""
    table_props: dict[str, Any] = {"width": "100%"}
    if size is not None:
        table_props["size"] = size
    table = rx.table.root(table_header(*headers), rx.table.body(rx.foreach(rows, render_row)), **table_props)
    none = empty_state(empty) if isinstance(empty, str) else empty
    return rx.cond(rows.length() > 0, scroll_box(table, **box_props), none)


def list_toolbar(*children: rx.Component) -> rx.Component:
    """The row above a list: filters, a spacer, actions; it wraps on narrow screens."""
    return rx.flex(*children, gap="12px", wrap="wrap", align="center", width="100%")
