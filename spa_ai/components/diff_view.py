"""A version diff as coloured lines (from `spa_ai.state.diff_view.diff_lines`), shown once compared."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import MONO


def _diff_line(line: rx.Var) -> rx.Component:
    kind = line["kind"].to(str)
    return rx.el.div(
        line["text"],
        class_name="diff-" + kind,
        style={**MONO, "white_space": "pre-wrap", "padding": "0 8px"},
        color=rx.match(
            kind,
            ("add", rx.color("green", 11)),
            ("del", rx.color("red", 11)),
            ("hunk", rx.color("blue", 11)),
            ("meta", rx.color("gray", 10)),
            rx.color("gray", 12),
        ),
        background=rx.match(kind, ("add", rx.color("green", 3)), ("del", rx.color("red", 3)), "transparent"),
    )


def diff_view(lines: rx.Var, done: rx.Var, no_diff_key: str) -> rx.Component:
    """The tagged `lines` once `done` (a comparison ran), or `no_diff_key` when the versions are equal."""
    return rx.cond(
        done,
        rx.cond(
            lines.length() > 0,
            rx.box(
                rx.foreach(lines, _diff_line),
                border=f"1px solid {rx.color('gray', 5)}",
                border_radius="8px",
                padding_y="8px",
                width="100%",
                overflow_x="auto",
                data_testid="diff-view",
            ),
            rx.text(t(no_diff_key), color=rx.color("gray", 10), data_testid="diff-empty"),
        ),
    )
