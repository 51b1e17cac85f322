"""The dashboard's "problems now": firing CEP alerts (severity, age, ack state) and the OPS summary of
what is wrong across the estate, each row linking to its CI or alert; refreshed while the page is open.

Firing alerts need `cep:read`, the OPS summary `ops:ask`; a caller holding neither sees no section.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any
from urllib.parse import quote

import reflex as rx

from services.cep import health
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.security import Principal
from services.ops.compose_oncall import KIND_LABEL
from services.ops.oncall import estate_problems
from spa_ai.state.page import PageState

ALERTS_PERMISSION, ESTATE_PERMISSION = "cep:read", "ops:ask"
MAX_ROWS = 15


def format_age(seconds: int) -> str:
    """A short age: 45s, 12m, 3h 05m, 2d 4h."""
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if days:
        return f"{days}d {hours % 24}h"
    if hours:
        return f"{hours}h {minutes % 60:02d}m"
    return f"{minutes}m" if minutes else f"{seconds}s"


def ci_link(ci: str | None) -> str:
    return f"/infra/{quote(ci, safe='')}" if ci else ""


def alert_rows(alerts: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Firing alerts as table rows (all strings)."""
    return [
        {
            "id": str(a["id"]),
            "severity": a["severity"],
            "rule": a["rule"],
            "summary": a["summary"],
            "ci": a["ci"] or "",
            "ci_link": ci_link(a["ci"]),
            "alert_link": f"/cep/alerts?alert={a['id']}",
            "age": format_age(a["age_seconds"]),
            "acked": "1" if a["acknowledged"] else "",
            "ack_by": a["ack_by"] or "",
            "value": f"{a['value']:.4g}" if a["value"] is not None else "",
            "rca": a.get("rca") or "",
        }
        for a in alerts
    ]


def _problem_line(problem: dict[str, Any]) -> str:
    details = problem.get("details") or {}
    if problem["kind"] == "threshold":
        return f"{details['metric']} {details['value']:g} ≥ {details['threshold']:g}"
    if problem["kind"] == "anomaly":
        return f"{details['metric']} {details['value']:g} (z {details['z']})"
    if problem["kind"] == "event":
        return f"{details['type']}: {details['message']}"
    return str(details.get("summary", problem["source"]))


def _kind_labels(problem: dict[str, Any]) -> dict[str, str]:
    """What kind of problem a row is, in both languages (a domain's own problem: its source)."""
    label = KIND_LABEL.get(problem["kind"]) if problem["kind"] != "external" else None
    return (
        {"kind_ko": label["ko"], "kind_en": label["en"]}
        if label
        else dict.fromkeys(("kind_ko", "kind_en"), problem["source"])
    )


def estate_rows(problems: list[dict[str, Any]], now: datetime) -> list[dict[str, str]]:
    """OPS problems as table rows, without firing CEP alerts (the alert table shows those)."""
    return [
        {
            "severity": p["severity"],
            "ci": p["ci"] or "",
            **_kind_labels(p),
            "line": _problem_line(p),
            "age": _age(p, now),
            "link": p.get("link") or "",
        }
        for p in problems
        if p["source"] != "cep.alert"
    ][:MAX_ROWS]


def _age(problem: dict[str, Any], now: datetime) -> str:
    """How long the problem has lasted; ">" when it began before the look-back read."""
    if not problem.get("since"):
        return ""
    age = format_age(max(0, int((now - problem["since"]).total_seconds())))
    return f">{age}" if problem["details"].get("since_floor") else age


def read_problems(caller: Principal) -> tuple[list[dict[str, str]], dict[str, int], list[dict[str, str]]]:
    """(firing alert rows, their counts by severity, OPS problem rows), each empty without its permission."""
    now = utcnow()
    with session_scope() as session:
        alerts = health.firing_alerts(session, now) if caller.can(ALERTS_PERMISSION) else []
        found = estate_problems(session, now=now)["problems"] if caller.can(ESTATE_PERMISSION) else []
        return alert_rows(alerts), health.severity_counts(alerts), estate_rows(found, now)


class ProblemsNowState(PageState, rx.State):
    """The dashboard's problems section."""

    alerts: list[dict[str, str]] = []
    counts: list[list[str]] = []  # [[severity, count]] in severity order
    estate: list[dict[str, str]] = []
    can_alerts: bool = False
    can_estate: bool = False

    @rx.var
    def all_clear(self) -> bool:
        return not self.alerts and not self.estate

    @rx.event
    async def load(self):
        """Read the firing alerts and the estate's problems; refreshes update in place."""
        caller = await self.authorize(quiet=True)
        if not isinstance(caller, Principal):
            return caller
        self.can_alerts, self.can_estate = caller.can(ALERTS_PERMISSION), caller.can(ESTATE_PERMISSION)
        try:
            alerts, counts, estate = await asyncio.to_thread(read_problems, caller)
        except Exception as exc:
            return await self.fail_load(exc)
        self.alerts, self.estate = alerts, estate
        self.counts = [[severity, str(n)] for severity, n in counts.items()]
        self.error, self.loading = "", False
        return None
