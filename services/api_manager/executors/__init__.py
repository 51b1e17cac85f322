"""One protocol for every logic type: `check(body)` finds problems before saving, `run(request)` executes.

Executors never raise for a failed run: a bad query, an unreachable URL, a crashing script or a
timeout is an `ExecutionResult` with `status` error / timeout / rejected and a message, so callers log
it and answer in one shape. Results are tables (columns + rows of JSON-safe values) with a truncation
flag. `tests/integration/test_executor_contract.py` runs the same contract over every implementation.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from services.api_manager.sql_findings import Finding

STATUSES = ("ok", "error", "timeout", "rejected")


@dataclass
class ExecutionResult:
    """What a run produced: a table, or why there is none."""

    status: str = "ok"
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    truncated: bool = False
    error: str | None = None
    stdout: str = ""
    stderr: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def records(self) -> list[dict[str, Any]]:
        """Rows as objects keyed by column (what workflow mappings and CEP templates read)."""
        return [dict(zip(self.columns, row, strict=False)) for row in self.rows]

    @classmethod
    def failed(cls, status: str, message: str, **details: Any) -> ExecutionResult:
        return cls(status=status, error=message[:2000], details=details)


CallApi = Callable[[str, dict[str, Any], int], ExecutionResult]


@dataclass
class RunRequest:
    """One execution: the logic body, validated parameters and the limits that apply."""

    body: str
    params: dict[str, Any]
    timeout_ms: int = 3000
    row_limit: int = 200
    secrets: dict[str, str] = field(default_factory=dict)
    call_api: CallApi | None = None  # workflows call other APIs through the service (permissions, logs)
    depth: int = 0


class Executor(Protocol):
    """A logic type's implementation."""

    logic_type: str

    def check(self, body: str) -> list[Finding]:
        """Problems in `body` that make it unrunnable or unsafe (empty when it may be saved and run)."""
        ...

    def run(self, request: RunRequest) -> ExecutionResult:
        """Execute within the request's limits; never raises for a failed run."""
        ...


def json_value(value: Any) -> Any:
    """A database/HTTP/process value as JSON-safe data."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 2**53 else float(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_value(v) for v in value]
    return str(value)


PLAIN_JSON_TYPES = frozenset({str, int, bool, type(None)})


def json_row(values: Sequence[Any]) -> list[Any]:
    """A row as JSON-safe values; text, whole numbers, booleans and NULLs (most cells) pass as they are."""
    return [value if type(value) in PLAIN_JSON_TYPES else json_value(value) for value in values]


def table_from_json(data: Any, row_limit: int) -> tuple[list[str], list[list[Any]], bool]:
    """JSON as a table: a list of objects → one column per key; an object → one row; else one cell."""
    if isinstance(data, dict):
        for key in ("rows", "items", "data", "results"):
            if isinstance(data.get(key), list):
                return table_from_json(data[key], row_limit)
        data = [data]
    if not isinstance(data, list):
        return ["value"], [[json_value(data)]], False
    items = data[: row_limit + 1]
    truncated = len(data) > row_limit
    items = items[:row_limit]
    if items and all(isinstance(item, dict) for item in items):
        columns: list[str] = []
        for item in items:
            columns.extend(str(k) for k in item if str(k) not in columns)
        return columns, [[json_value(item.get(c)) for c in columns] for item in items], truncated
    return ["value"], [[json_value(item)] for item in items], truncated


def executor_for(logic_type: str) -> Executor:
    """The executor of a logic type."""
    from services.api_manager.executors.registry import EXECUTORS

    return EXECUTORS[logic_type]
