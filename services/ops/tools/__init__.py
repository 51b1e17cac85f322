"""Tool registry: each OPS tool takes validated args and returns data plus the queries it ran.

Tools register themselves with `register`; later domains (document search, read-only SQL) add
theirs the same way. The SQL a tool runs is captured from the database driver, so the reference
block shows exactly what was executed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlmodel import Session

from services.core.security import Principal


@dataclass
class ToolContext:
    """What a tool may use: the session, the caller, the pinned clock and the policy."""

    session: Session
    principal: Principal
    now: datetime
    tz: str
    lang: str
    policy: dict[str, Any]


@dataclass
class ToolResult:
    """A tool's output: structured data and the statements it ran."""

    data: dict[str, Any]
    references: list[dict[str, str]] = field(default_factory=list)


ToolFn = Callable[[ToolContext, dict[str, Any]], ToolResult]


@dataclass(frozen=True)
class Tool:
    name: str
    fn: ToolFn
    description: str


TOOLS: dict[str, Tool] = {}


def register(name: str, description: str) -> Callable[[ToolFn], ToolFn]:
    """Decorator: make `fn` callable by plans as tool `name`."""

    def wrap(fn: ToolFn) -> ToolFn:
        TOOLS[name] = Tool(name, fn, description)
        return fn

    return wrap


@contextmanager
def captured_sql(session: Session) -> Iterator[list[str]]:
    """Collect the SQL statements run on `session`'s connection inside the block."""
    statements: list[str] = []
    connection: Connection = session.connection()

    def before(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement.strip())

    event.listen(connection, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(connection, "before_cursor_execute", before)


def load_builtin_tools() -> None:
    """Import the built-in tool modules so they register."""
    from services.ops.tools import ci, events, graph, metric, rca  # noqa: F401
