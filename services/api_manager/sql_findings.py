"""What the SQL validator reports: findings placed in the SQL text, and the verdict that collects them.

`Finding` is also the shape every executor's `check` answers in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlglot import exp


@dataclass
class Finding:
    """One error or warning, with its position in the SQL text (1-based line/col, 0-based offsets)."""

    code: str
    message: str
    line: int | None = None
    col: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Verdict:
    """The validator's answer; `to_dict()` is the CLI/REST shape."""

    is_safe: bool
    is_valid: bool
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    params: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def offset_of(sql: str, line: int, col: int) -> int:
    """0-based offset of the 1-based (line, column) in `sql`."""
    lines = sql.split("\n")
    return sum(len(text) + 1 for text in lines[: max(0, line - 1)]) + max(0, col - 1)


def _position(sql: str, start: int) -> tuple[int, int]:
    """1-based (line, column) of offset `start`."""
    line = sql.count("\n", 0, start) + 1
    return line, start - (sql.rfind("\n", 0, start) + 1) + 1


def finding_at(sql: str, node: exp.Expr | None, code: str, message: str) -> Finding:
    """A finding placed at the first token of `node` that carries a position."""
    if node is not None:
        for candidate in node.walk():
            meta = candidate.meta if isinstance(candidate, exp.Expr) else {}
            if "start" in meta:
                line, col = _position(sql, meta["start"])
                return Finding(code, message, line, col, meta["start"], meta["end"] + 1)
    return Finding(code, message, 1, 1, 0, 0)
