"""Admin page views without Reflex: settings rows (grouping, secrets, dirty tracking), audit rows and the
permission matrix."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from services.core.security import PERMISSIONS
from spa_ai.state.admin_views import audit_row, edited, matrix_rows, pending_values, setting_rows


def _described(key: str, category: str, **extra: object) -> dict:
    base = {
        "key": key,
        "category": category,
        "type": "int",
        "value": 5,
        "default": 5,
        "source": "default",
        "description": {"ko": "설명", "en": "text"},
        "minimum": 1.0,
        "maximum": 10.0,
        "choices": None,
        "nullable": False,
        "secret": False,
        "restart_required": False,
        "env_var": f"SPA_{key.upper()}",
    }
    return {**base, **extra}


def test_setting_rows_group_by_category_and_hide_secrets() -> None:
    rows = setting_rows(
        [
            _described("b", "security"),
            _described("token", "security", type="str", value="***", default="", secret=True, minimum=None),
            _described("tz", "general", type="str", value="UTC", minimum=None, maximum=None),
            _described("flag", "general", type="bool", value=True, default=False, minimum=None, maximum=None),
        ]
    )
    assert [(r["key"], r["show_category"]) for r in rows] == [
        ("flag", True),
        ("tz", False),
        ("b", True),
        ("token", False),
    ]
    assert (
        rows[0]["value"] == "true" and rows[0]["default"] == "false" and rows[0]["category_en"] == "General"
    )
    assert rows[2]["limits"] == "1 … 10" and rows[1]["limits"] == ""
    token = rows[3]
    assert token["value"] == "" and token["secret_set"] and "***" not in str(token["default"])


def test_edits_mark_rows_dirty_and_collect_pending_values() -> None:
    rows = setting_rows([_described("a", "general"), _described("b", "general")])
    rows = edited(rows, "a", "7")
    assert pending_values(rows) == {"a": "7"}
    assert pending_values(edited(rows, "a", "5")) == {}


def test_audit_row_and_matrix() -> None:
    entry = SimpleNamespace(
        id=3,
        ts=datetime(2026, 1, 1, tzinfo=UTC),
        actor="root",
        action="user.update",
        entity_type="user",
        entity_id="7",
        request_id=None,
        ip="10.0.0.1",
        before={"role": "viewer", "name": "kim"},
        after={"role": "operator", "name": "kim"},
    )
    row = audit_row(entry, "UTC")
    assert row["ts"] == "2026-01-01 00:00:00" and row["entity"] == "user:7" and row["changed"] == 1
    assert row["diff"][0] == {"field": "role", "before": "viewer", "after": "operator", "change": "changed"}
    roles = [
        {"name": "viewer", "builtin": True, "permissions": ["infra:read"]},
        {"name": "auditor", "builtin": False, "permissions": ["admin:audit"]},
    ]
    matrix = matrix_rows(roles)
    assert [r["permission"] for r in matrix] == list(PERMISSIONS)
    audit = next(r for r in matrix if r["permission"] == "admin:audit")
    assert audit["cells"] == [
        {"role": "viewer", "granted": False, "editable": False},
        {"role": "auditor", "granted": True, "editable": True},
    ]
