"""The audit viewer's pure parts: CSV cells and the before/after diff."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.admin.audit_view import csv_cell, diff


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+31 20 123", "'+31 20 123"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("plain", "plain"),
        (None, ""),
        (42, "42"),
        (-3, "'-3"),
        ({"b": 1, "a": "x"}, '{"a": "x", "b": 1}'),
        (datetime(2026, 1, 2, 3, 4, tzinfo=UTC), "2026-01-02T03:04:00+00:00"),
    ],
)
def test_csv_cells(value: object, cell: str) -> None:
    assert csv_cell(value) == cell


def test_diff_lists_changes_first() -> None:
    rows = diff({"role": "viewer", "name": "kim", "gone": 1}, {"role": "operator", "name": "kim", "new": [1]})
    assert rows == [
        {"field": "gone", "before": "1", "after": "", "change": "removed"},
        {"field": "new", "before": "", "after": "[1]", "change": "added"},
        {"field": "role", "before": "viewer", "after": "operator", "change": "changed"},
        {"field": "name", "before": "kim", "after": "kim", "change": "same"},
    ]
    assert diff(None, None) == []
    assert [r["change"] for r in diff(None, {"a": 1})] == ["added"]
