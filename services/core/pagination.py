"""One way to page a list (ARCHITECTURE §4: `limit` + `cursor`): keyset pagination with opaque cursors.

`paginate(session, statement, keys=[...])` orders by the key columns and continues after the cursor's
key values, so pages stay stable while rows are added; `page_of(rows, limit, key_of)` does the same for
services that fetch `limit + 1` rows themselves. Both return a `Page` whose `next_cursor` is null on
the last page. A cursor is base64url JSON of the last row's key values; a forged one is a 422.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar, cast

from pydantic import BaseModel, Field
from sqlalchemy import tuple_
from sqlalchemy.orm import Mapped
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from services.core.errors import ValidationFailed

T = TypeVar("T")
DEFAULT_LIMIT = 50
MAX_LIMIT = 500


class Page(BaseModel, Generic[T]):
    """One page of a list; pass `next_cursor` back as `cursor` for the next one."""

    items: list[T]
    next_cursor: str | None = Field(default=None, description="null on the last page")
    total: int | None = Field(default=None, description="rows matching the filters, when counted")


def encode_cursor(values: Sequence[Any]) -> str:
    """An opaque cursor for the key values of the last row of a page."""
    packed = [{"dt": v.isoformat()} if isinstance(v, datetime) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(packed, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The key values inside `cursor`; ValidationFailed when it was not made by `encode_cursor`."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != size:
            raise ValueError("wrong length")
        return [datetime.fromisoformat(v["dt"]) if isinstance(v, dict) and "dt" in v else v for v in values]
    except (ValueError, TypeError, KeyError, binascii.Error) as exc:
        raise ValidationFailed("invalid cursor", details={"field": "cursor"}, key="invalid_cursor") from exc


def page_of(
    rows: Sequence[T], limit: int, key_of: Callable[[T], Sequence[Any]], total: int | None = None
) -> Page[T]:
    """A page from `limit + 1` fetched rows: the extra row only says that another page exists."""
    items = list(rows[:limit])
    more = len(rows) > limit
    return Page(
        items=items, next_cursor=encode_cursor(key_of(items[-1])) if more and items else None, total=total
    )


def page_from_list(
    rows: Sequence[T], limit: int, cursor: str | None, key_of: Callable[[T], Sequence[Any]]
) -> Page[T]:
    """Page a small list already sorted by `key_of` in memory (registries of tens of rows)."""
    remaining = list(rows)
    if cursor:
        after = tuple(decode_cursor(cursor, len(key_of(rows[0])) if rows else 0))
        remaining = [row for row in rows if tuple(key_of(row)) > after]
    return page_of(remaining[: limit + 1], limit, key_of, total=len(rows))


def paginate(
    session: Session,
    statement: Select[Any],
    *,
    keys: Sequence[ColumnElement[Any] | Mapped[Any]],
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
    descending: bool = False,
    to_item: Callable[[Any], Any] = lambda row: row,
    count: bool = False,
) -> Page[Any]:
    """Run `statement` one page at a time, ordered by the (non-null, unique together) `keys`.

    Rows of a single-entity select reach `to_item` as that entity, others as the row tuple.
    """
    limit = max(1, min(limit, MAX_LIMIT))
    keys = [cast(ColumnElement[Any], key) for key in keys]  # a model attribute (`col(...)`) is a column
    total = None
    if count:
        from sqlalchemy import func, select

        total = int(session.execute(select(func.count()).select_from(statement.subquery())).scalar_one())
    stmt = statement.add_columns(*(key.label(f"_page_key_{i}") for i, key in enumerate(keys)))
    if cursor:
        after = decode_cursor(cursor, len(keys))
        bound = tuple_(*keys) < tuple_(*after) if descending else tuple_(*keys) > tuple_(*after)
        stmt = stmt.where(bound)
    stmt = stmt.order_by(*(key.desc() if descending else key.asc() for key in keys)).limit(limit + 1)
    rows = session.execute(stmt).all()
    width = len(keys)
    items = [(row[0] if len(row) - width == 1 else tuple(row[:-width]), tuple(row[-width:])) for row in rows]
    page = page_of(items, limit, key_of=lambda pair: pair[1], total=total)
    return Page(items=[to_item(item) for item, _ in page.items], next_cursor=page.next_cursor, total=total)
