"""Translated text for components: the strings are compiled in, the language comes from state."""

from __future__ import annotations

import reflex as rx
from reflex.vars import Var

from services.core.i18n import STRINGS
from spa_ai.state.auth import AuthState


def t(key: str) -> Var:
    """The UI string `key` in the signed-in user's language."""
    entry = STRINGS[key]
    return rx.cond(AuthState.is_en, entry["en"], entry["ko"])  # type: ignore[return-value]
