"""CEP page states: the rules list (/cep: search, severity filter, enable/disable) and the alert
instances (/cep/alerts: state filter, one alert by `?alert=ID`, acknowledge with a comment). Thin: rows
come from the services."""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx

from services.cep import alerts, service
from services.cep.reads import AlertRead, RuleRead
from services.core.clock import format_local
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.security import Principal
from spa_ai.state import url_state
from spa_ai.state.page import PageState

SEVERITIES = ("critical", "major", "minor", "warning", "info")
ALERT_STATES = ("firing", "pending", "resolved", "inactive")
MAX_ROWS = 200
ALERTS_ROUTE = "/cep/alerts"


def rule_row(rule: RuleRead) -> dict[str, str]:
    """What the rules table shows of one rule (strings only)."""
    monitor = rule.monitor
    return {
        "id": str(rule.id),
        "name": rule.name,
        "state": rule.state,
        "enabled": "yes" if rule.enabled else "",
        "severity": rule.severity,
        "trigger": rule.trigger_kind,
        "owner": rule.owner,
        "revision": f"r{rule.revision}",
        "firing": str(rule.firing),
        "evaluations": str(monitor.evaluations),
        "errors": str(monitor.errors),
        "last_error": monitor.last_error or "",
        "last_eval": format_local(monitor.last_eval_at),
    }


def alert_row(alert: AlertRead) -> dict[str, str]:
    """What the alerts table shows of one instance (strings only)."""
    labels = {k: v for k, v in alert.labels.items() if k not in ("alertname", "severity")}
    context = alert.context
    runbook = context.runbooks[0] if context and context.runbooks else {}
    return {
        "id": str(alert.id),
        "rule": alert.rule_name,
        "ci": alert.ci or "",
        "labels": ", ".join(f"{k}={v}" for k, v in sorted(labels.items()))[:200],
        "state": alert.state,
        "severity": alert.severity,
        "value": f"{alert.value:g}" if alert.value is not None else "",
        "since": format_local(alert.fired_at or alert.active_at),
        "acked": "yes" if alert.acknowledged else "",
        "ack_by": alert.ack_by or "",
        "ack_comment": alert.ack_comment or "",
        "flapping": "yes" if alert.flapping else "",
        "silenced": "yes" if alert.silenced_by else "",
        "inhibited_by": alert.inhibited_by.rule_name if alert.inhibited_by else "",
        "rca": (context.line or "") if context else "",
        "rca_status": context.status if context else "",
        "ops_link": context.ops_link if context else "",
        "runbook": str(runbook.get("title") or "")[:200],
        "runbook_link": str(runbook.get("link") or ""),
    }


def _rules(search: str, severity: str) -> list[dict[str, str]]:
    with session_scope() as session:
        page = service.list_rules(session, limit=MAX_ROWS, q=search or None, severity=severity or None)
    return [rule_row(rule) for rule in page.items]


def _set_enabled(caller: Principal, rule_id: int, enabled: bool) -> None:
    with session_scope() as session:
        service.set_enabled(session, actor=caller, rule_id=rule_id, enabled=enabled)


def _alerts(state: str, alert_id: int | None = None) -> list[dict[str, str]]:
    with session_scope() as session:
        page = alerts.list_alerts(session, limit=MAX_ROWS, state=state or None, alert_id=alert_id)
    return [alert_row(alert) for alert in page.items]


def _ack(caller: Principal, alert_id: int, comment: str) -> None:
    with session_scope() as session:
        alerts.acknowledge(session, actor=caller, alert_id=alert_id, comment=comment)


def _choice(value: str | list[str], allowed: tuple[str, ...]) -> str:
    chosen = value[0] if isinstance(value, list) and value else value
    return chosen if isinstance(chosen, str) and chosen in allowed else "all"


class CepRulesState(PageState, rx.State):
    """The rules list with state badges and monitor counters."""

    rules: list[dict[str, str]] = []
    search: str = ""
    severity_filter: str = "all"

    @rx.event
    async def load(self):
        return await self._refresh()

    async def _refresh(self):
        return await self.load_with(service.READ, self._fetch)

    async def _fetch(self, _caller: Principal) -> None:
        severity = "" if self.severity_filter == "all" else self.severity_filter
        self.rules = await asyncio.to_thread(_rules, self.search, severity)

    @rx.event
    async def search_for(self, value: str):
        self.search = value[:120]
        return await self._refresh()

    @rx.event
    async def filter_severity(self, value: str | list[str]):
        self.severity_filter = _choice(value, ("all", *SEVERITIES))
        return await self._refresh()

    @rx.event
    async def set_enabled(self, rule_id: str, enabled: bool):
        caller = await self.authorize(service.WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_set_enabled, caller, int(rule_id), enabled)
        except (DomainError, ValueError) as exc:
            return await self.toast_error(exc)
        await self.toast_ok("cep.rule_enabled" if enabled else "cep.rule_disabled")
        return await self._refresh()


class CepAlertsState(PageState, rx.State):
    """Alert instances by state, and the acknowledge dialog."""

    alerts: list[dict[str, str]] = []
    state_filter: str = "firing"
    focus: str = ""  # `?alert=ID` (a link from a notification or a group): only that alert is shown
    tab: str = "alerts"  # the page's tab: alerts | groups
    ack_open: bool = False
    ack_id: str = ""
    ack_comment: str = ""

    @rx.event
    async def load(self):
        self.focus = str(url_state.number(self.url_params(), "alert", 0, 0, 2**31 - 1) or "")
        self.tab = "alerts"
        return await self._refresh()

    @rx.event
    async def refresh(self):
        """The page's periodic reload: the same view (tab, filter, focused alert), fresh rows."""
        return await self._refresh()

    @rx.event
    def set_tab(self, value: str | list[str]):
        self.tab = "groups" if _choice(value, ("alerts", "groups")) == "groups" else "alerts"

    @rx.event
    async def show_alert(self, alert_id: str):
        """Show one alert (a group's member): the alerts tab with only it, its link in the address."""
        if not alert_id.isdigit():
            return None
        self.focus, self.tab = alert_id, "alerts"
        self.show_in_url(ALERTS_ROUTE, url_state.query_string({"alert": alert_id}))
        return await self._refresh()

    async def _refresh(self):
        return await self.load_with(service.READ, self._fetch)

    async def _fetch(self, _caller: Principal) -> None:
        if self.focus:
            self.alerts = await asyncio.to_thread(_alerts, "", int(self.focus))
            return
        state = "" if self.state_filter == "all" else self.state_filter
        self.alerts = await asyncio.to_thread(_alerts, state)

    @rx.event
    async def filter_state(self, value: str | list[str]):
        self.state_filter = _choice(value, ("all", *ALERT_STATES))
        self.focus = ""
        self.show_in_url(ALERTS_ROUTE, "")
        return await self._refresh()

    @rx.event
    async def show_all(self):
        """Leave the one alert a link pointed at for the list."""
        self.focus = ""
        self.show_in_url(ALERTS_ROUTE, "")
        return await self._refresh()

    @rx.event
    def open_ack(self, alert_id: str):
        self.ack_id, self.ack_comment, self.ack_open = alert_id, "", True

    @rx.event
    def set_ack_open(self, value: bool):
        self.ack_open = value

    @rx.event
    def set_ack_comment(self, value: str):
        self.ack_comment = value[:1000]

    @rx.event
    async def acknowledge(self, _form: dict[str, Any] | None = None):
        caller = await self.authorize(service.WRITE)
        if not isinstance(caller, Principal):
            return caller
        try:
            await asyncio.to_thread(_ack, caller, int(self.ack_id), self.ack_comment.strip())
        except (DomainError, ValueError) as exc:
            return await self.toast_error(exc)
        self.ack_open = False
        await self.toast_ok("cep.acked")
        return await self._refresh()
