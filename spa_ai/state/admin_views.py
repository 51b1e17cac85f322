"""What the admin settings, audit and roles pages render, computed without Reflex state (unit-tested)."""

from __future__ import annotations

from typing import Any

from services.admin.audit_view import diff
from services.core.clock import format_local
from services.core.security import PERMISSIONS

CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "general": ("일반", "General"),
    "security": ("보안 · 로그인", "Security · sign-in"),
    "ops": ("운영 질의 (OPS)", "OPS"),
    "api_manager": ("API 관리", "API manager"),
    "documents": ("문서", "Documents"),
    "monitor": ("시스템 모니터", "System monitor"),
}


def _text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    return str(value)


def _limits(item: dict[str, Any]) -> str:
    low, high = item.get("minimum"), item.get("maximum")
    if low is None and high is None:
        return ""
    return f"{'' if low is None else f'{low:g}'} … {'' if high is None else f'{high:g}'}"


def setting_rows(described: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Settings (`settings_registry.describe`) as editable rows, grouped by category; the first row of a
    category carries its heading. A secret's value is never put in a row (the input starts empty)."""
    rows = []
    previous = None
    for item in sorted(described, key=lambda i: (i["category"], i["key"])):
        ko, en = CATEGORY_LABELS.get(item["category"], (item["category"], item["category"]))
        value = "" if item["secret"] else _text(item["value"], item["type"])
        rows.append(
            {
                "key": item["key"],
                "type": item["type"],
                "value": value,
                "saved": value,
                "dirty": False,
                "default": "" if item["secret"] else _text(item["default"], item["type"]),
                "source": item["source"],
                "secret": item["secret"],
                "secret_set": bool(item["secret"] and item["value"]),
                "restart": item["restart_required"],
                "choices": [str(choice) for choice in item["choices"] or []],
                "limits": _limits(item),
                "env_var": item["env_var"],
                "description_ko": item["description"]["ko"],
                "description_en": item["description"]["en"],
                "category_ko": ko,
                "category_en": en,
                "show_category": item["category"] != previous,
            }
        )
        previous = item["category"]
    return rows


def edited(rows: list[dict[str, Any]], key: str, value: str) -> list[dict[str, Any]]:
    """`rows` with the input of `key` set to `value` (marked dirty when it differs from the saved one)."""
    return [
        {**row, "value": value, "dirty": value != row["saved"] or (row["secret"] and value != "")}
        if row["key"] == key
        else row
        for row in rows
    ]


def pending_values(rows: list[dict[str, Any]]) -> dict[str, str]:
    """The changed inputs, by key (what one all-or-nothing save stores)."""
    return {row["key"]: row["value"] for row in rows if row["dirty"]}


def audit_row(entry: Any, tz: str | None = None) -> dict[str, Any]:
    """An audit entry as a table row with its before/after diff (changed fields first)."""
    changes = diff(entry.before, entry.after)
    return {
        "id": entry.id,
        "ts": format_local(entry.ts, tz),
        "actor": entry.actor,
        "action": entry.action,
        "entity": f"{entry.entity_type}:{entry.entity_id or ''}",
        "request_id": entry.request_id or "",
        "ip": entry.ip or "",
        "changed": sum(1 for change in changes if change["change"] != "same"),
        "diff": changes,
    }


def matrix_rows(roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per permission: per role (in `roles` order) whether it grants it and whether it can change."""
    return [
        {
            "permission": permission,
            "cells": [
                {
                    "role": role["name"],
                    "granted": permission in role["permissions"],
                    "editable": not role["builtin"],
                }
                for role in roles
            ],
        }
        for permission in PERMISSIONS
    ]
