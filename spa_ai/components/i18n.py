"""Translated text for components: the strings are compiled in, the language comes from state."""

from __future__ import annotations

import re
from functools import reduce

import reflex as rx
from reflex.vars import Var

from services.core.i18n import STRINGS
from spa_ai.state.auth import AuthState

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def t(key: str) -> Var:
    """The UI string `key` in the signed-in user's language."""
    entry = STRINGS[key]
    return rx.cond(AuthState.is_en, entry["en"], entry["ko"])  # type: ignore[return-value]


def _fill(template: str, params: dict[str, Var | str]) -> Var:
    parts = _PLACEHOLDER.split(template)  # text, name, text, name, …, text
    pieces: list[Var] = []
    for index, part in enumerate(parts):
        if index % 2:
            value = params[part]
            pieces.append(value.to(str) if isinstance(value, Var) else Var.create(str(value)))
        elif part:
            pieces.append(Var.create(part))
    return reduce(lambda a, b: a + b, pieces) if pieces else Var.create("")  # type: ignore[operator]


def t_format(string_key: str, /, **params: Var | str) -> Var:
    """UI string `string_key` with its `{name}` placeholders filled from Vars (e.g. the user a dialog is
    about)."""
    entry = STRINGS[string_key]
    return rx.cond(AuthState.is_en, _fill(entry["en"], params), _fill(entry["ko"], params))  # type: ignore[return-value]


def language_watcher(on_change: rx.EventHandler) -> rx.Component:
    """Runs `on_change` when the language switches, for pages whose server-computed texts must follow the
    toggle: one hidden element per language (distinct components, so switching mounts the other one and
    its mount runs the handler; the page's first mount runs it too)."""

    def watcher(lang: str) -> rx.Component:
        return rx.box(on_mount=on_change, display="none", data_testid=f"language-watcher-{lang}")

    return rx.cond(AuthState.is_en, watcher("en"), watcher("ko"))
