"""Present: final answer blocks — JSON-safe values and one reference block per distinct query run."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def present(blocks: list[dict[str, Any]], references: list[dict[str, str]]) -> list[dict[str, Any]]:
    """The answer's blocks followed by the distinct SQL/Cypher statements that produced them."""
    seen: set[tuple[str, str]] = set()
    refs = []
    for ref in references:
        key = (ref["kind"], ref["text"])
        if key not in seen:
            seen.add(key)
            refs.append({"type": "reference", "kind": ref["kind"], "text": ref["text"]})
    return [_json_safe(b) for b in blocks] + refs
