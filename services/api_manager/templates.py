"""`{{params.x}}`-style templates, rendered for the context they land in.

A path is dotted names and `[n]` indexes into the context (`params`, `secrets`, `steps`):
`{{steps.load.rows[0].name}}`. In a JSON structure a string that is exactly one template takes the
value itself (numbers stay numbers); text around a template makes a string. URL parts are
percent-encoded, header values may not contain line breaks, JSON bodies are serialised, never
concatenated, so a parameter can never change the shape of a request.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

TEMPLATE = re.compile(r"\{\{\s*([A-Za-z_]\w*(?:\.\w+|\[\d+\])*)\s*\}\}")
_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")
MAX_RENDERED = 100_000


class TemplateError(ValueError):
    """A template names something missing or renders an unsafe value."""


def lookup(path: str, context: dict[str, Any]) -> Any:
    """The value at `path` (e.g. `steps.a.rows[0].name`) in `context`; TemplateError when absent."""
    head = re.match(r"[A-Za-z_]\w*", path)
    assert head is not None
    value: Any = context
    parts: list[str | int] = [head.group(0)]
    parts += [name if name else int(index) for name, index in _STEP.findall(path[head.end() :])]
    for part in parts:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            raise TemplateError(f"'{{{{{path}}}}}' has no value") from None
    return value


def names_in(text: str) -> list[str]:
    """The template paths used in `text`."""
    return [match.group(1) for match in TEMPLATE.finditer(text)]


def render_text(text: str, context: dict[str, Any], escape: Callable[[str], str] = str) -> str:
    """`text` with every template replaced by its value passed through `escape`."""

    def substitute(match: re.Match[str]) -> str:
        value = lookup(match.group(1), context)
        return escape("" if value is None else value if isinstance(value, str) else _scalar_text(value))

    rendered = TEMPLATE.sub(substitute, text)
    if len(rendered) > MAX_RENDERED:
        raise TemplateError("the rendered text is too long")
    return rendered


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        import json

        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def url_component(value: str) -> str:
    """Percent-encode everything that is not unreserved: a value stays inside its path segment/query value."""
    return quote(value, safe="")


def header_value(value: str) -> str:
    """A header value; line breaks would start a new header, so they are refused."""
    if any(ch in value for ch in "\r\n\x00"):
        raise TemplateError("a header value may not contain line breaks")
    return value


def render_value(value: Any, context: dict[str, Any]) -> Any:
    """Render a JSON structure: a string that is exactly one template becomes that value."""
    if isinstance(value, str):
        whole = TEMPLATE.fullmatch(value.strip())
        if whole:
            return lookup(whole.group(1), context)
        return render_text(value, context)
    if isinstance(value, dict):
        return {str(key): render_value(item, context) for key, item in value.items()}
    if isinstance(value, list):
        return [render_value(item, context) for item in value]
    return value
