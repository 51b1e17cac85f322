"""Tool registry: each OPS tool takes its validated contract and returns data plus the queries it ran.

Tools register themselves with `register(name, contract)`; later domains (document search, read-only
SQL) add theirs the same way. The contract (a `ToolArgs` model) is the one source of the tool's
arguments, their defaults and its description; the validator parses a step's args into it once and
the executor hands that instance to the tool. The SQL a tool runs is captured from the database driver, so the reference
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

from services.core.errors import NotFound
from services.core.security import Principal
from services.ops.tools.contracts import ToolArgs, contract_description


class AskedOtherwise(NotFound):
    """The question cannot be answered as asked (the answer is `unclear`): `details` holds questions that
    can be."""


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


ToolFn = Callable[[ToolContext, Any], ToolResult]  # Any: an instance of the tool's own contract


@dataclass(frozen=True)
class Tool:
    name: str
    fn: ToolFn
    contract: type[ToolArgs]

    @property
    def description(self) -> str:
        return contract_description(self.contract)


TOOLS: dict[str, Tool] = {}


def register(name: str, contract: type[ToolArgs]) -> Callable[[ToolFn], ToolFn]:
    """Decorator: make `fn` callable by plans as tool `name`, taking `contract` instances."""

    def wrap(fn: ToolFn) -> ToolFn:
        TOOLS[name] = Tool(name, fn, contract)
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
