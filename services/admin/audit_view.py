"""The audit trail as admins read it: a before/after diff per field, and CSV export safe for spreadsheets.

A CSV cell that starts with `=`, `+`, `-`, `@` (or a tab / carriage return) is prefixed with `'`, so a
spreadsheet shows it as text instead of evaluating it as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from services.core.audit import AuditFilter
from services.core.models import AuditLog
from services.core.security import Principal, require

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXPORT_MAX_ROWS = 50_000
EXPORT_BATCH = 1_000
CSV_COLUMNS = (
    "id",
    "ts",
    "actor",
    "action",
    "entity_type",
    "entity_id",
    "ip",
    "request_id",
    "before",
    "after",
)


def csv_cell(value: Any) -> str:
    """`value` as one CSV cell: JSON for structures, '' for None, formulas neutralised."""
    if value is None:
        text = ""
    elif isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    elif hasattr(value, "isoformat"):
        text = value.isoformat()
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()


def export_csv(
    session: Session, *, actor: Principal, where: AuditFilter, max_rows: int = EXPORT_MAX_ROWS
) -> Iterator[str]:
    """CSV lines (header first) of the rows `where` admits, newest first, at most `max_rows`.

    Reads in keyset batches of `EXPORT_BATCH` rows.
    """
    require(actor, "admin:audit")
    yield _line(list(CSV_COLUMNS))
    sent, last_id = 0, None
    while sent < max_rows:
        query = where.apply(select(AuditLog))
        if last_id is not None:
            query = query.where(col(AuditLog.id) < last_id)
        order = cast(ColumnElement[Any], col(AuditLog.id)).desc()
        rows = session.exec(query.order_by(order).limit(min(EXPORT_BATCH, max_rows - sent))).all()
        if not rows:
            return
        for row in rows:
            yield _line([csv_cell(getattr(row, name)) for name in CSV_COLUMNS])
        sent += len(rows)
        last_id = rows[-1].id


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[dict[str, str]]:
    """Field by field: `{"field", "before", "after", "change"}` with change added / removed / changed /
    same; changed fields first, then the rest, each group by field name."""
    old, new = before or {}, after or {}
    rows = []
    for name in sorted(set(old) | set(new)):
        if name not in old:
            change = "added"
        elif name not in new:
            change = "removed"
        else:
            change = "same" if old[name] == new[name] else "changed"
        rows.append(
            {"field": name, "before": _shown(old.get(name)), "after": _shown(new.get(name)), "change": change}
        )
    return sorted(rows, key=lambda row: (row["change"] == "same", row["field"]))
