"""A code editor with SQL / Python / JSON / shell highlighting and inline problems (CodeMirror 6).

Reflex 0.10 ships a read-only `rx.code_block` but no editor, so this wraps `@uiw/react-codemirror`
(a maintained React binding of CodeMirror 6) with the official language packages and
`@codemirror/lint`: problems held in state as `[{from, to, severity, message}]` (character offsets)
are drawn as underlines and gutter markers at their positions.
"""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex_base.components.component import NoSSRComponent
from reflex_base.event import EventHandler
from reflex_base.utils.imports import ImportVar
from reflex_base.vars.base import Var, VarData

_LANGUAGES = VarData(
    imports={
        "@codemirror/lang-sql": [ImportVar(tag="sql"), ImportVar(tag="PostgreSQL")],
        "@codemirror/lang-python": [ImportVar(tag="python")],
        "@codemirror/lang-json": [ImportVar(tag="json")],
        "@codemirror/lint": [ImportVar(tag="linter"), ImportVar(tag="lintGutter")],
    }
)


def _text_changed(value: Var[str]) -> tuple[Var[str]]:
    """onChange(value, viewUpdate): handlers get the new text."""
    return (value,)


class CodeMirror(NoSSRComponent):
    """`@uiw/react-codemirror`'s editor."""

    library = "@uiw/react-codemirror@4.25.12"
    tag = "CodeMirror"
    is_default = True
    lib_dependencies: list[str] = [
        "@codemirror/lang-sql@6.10.0",
        "@codemirror/lang-python@6.2.1",
        "@codemirror/lang-json@6.0.2",
        "@codemirror/lint@6.9.8",
    ]

    value: rx.Var[str]
    height: rx.Var[str]
    min_height: rx.Var[str]
    theme: rx.Var[str]
    editable: rx.Var[bool]
    extensions: rx.Var[list[Any]]
    placeholder: rx.Var[str]

    on_change: EventHandler[_text_changed]  # type: ignore[valid-type,type-arg]  # Reflex reads the spec function


def _extensions(language: Var | str, problems: Var | None) -> Var:
    """The language mode for `language` (sql | python | json | script) plus the problem linter."""
    lang = Var.create(language)
    found: Var = Var.create(problems if problems is not None else [])
    expression = (
        f"[(({lang}) === 'sql' ? sql({{dialect: PostgreSQL}}) : ({lang}) === 'python' ? python() : "
        f"({lang}) === 'script' ? [] : json()), lintGutter(), "
        f"linter(() => ({found} || []).map((p) => ({{from: p.from, to: Math.max(p.to, p.from + 1), "
        f"severity: p.severity, message: p.message}})), {{delay: 0}})]"
    )
    data = VarData.merge(_LANGUAGES, lang._get_all_var_data(), found._get_all_var_data())
    return Var(_js_expr=expression, _var_data=data)


def code_editor(
    value: Var,
    on_change: Any,
    *,
    revision: Var,
    language: Var | str,
    problems: Var | None = None,
    height: str = "320px",
    test_id: str = "code-editor",
    **props: Any,
) -> rx.Component:
    """An editor that opens with `value` and reports what is typed to `on_change`.

    `value` is what was loaded, not an echo of the typing: the binding applies a value that arrives
    while the user types once they pause, so an echo of older text would replace newer text. A new
    `revision` (a load) remounts the editor with the new `value`. `problems` are drawn at their positions.
    """
    return rx.box(
        CodeMirror.create(
            value=value,
            key=revision,
            on_change=on_change,
            height=height,
            theme=rx.color_mode_cond("light", "dark"),
            extensions=_extensions(language, problems),
            **props,
        ),
        border=f"1px solid {rx.color('gray', 6)}",
        border_radius="8px",
        overflow="hidden",
        width="100%",
        font_size="13px",
        data_testid=test_id,
    )
