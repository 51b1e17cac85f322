"""CEP pages: alert rules with live state badges (/cep) and alert instances with acknowledge (/cep/alerts,
with a tab of their notification groups)."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.data_table import data_table, list_toolbar
from spa_ai.components.fields import form_dialog
from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import state_view
from spa_ai.pages.cep_groups_view import groups_view
from spa_ai.shell import page
from spa_ai.state.auth import AuthState
from spa_ai.state.cep import ALERT_STATES, SEVERITIES
from spa_ai.state.cep import CepAlertsState as A
from spa_ai.state.cep import CepRulesState as R
from spa_ai.state.cep_groups import CepGroupsState as G

_STATE_COLOR = {"firing": "red", "pending": "amber", "resolved": "green", "inactive": "gray"}
_SEVERITY_COLOR = {
    "critical": "red",
    "major": "orange",
    "minor": "amber",
    "warning": "yellow",
    "info": "blue",
}
REFRESH_MS = 15_000


def _badge(value: rx.Var, colors: dict[str, str], prefix: str, testid: str) -> rx.Component:
    badges = (
        (key, rx.badge(t(f"{prefix}.{key}"), color_scheme=color, variant="soft"))
        for key, color in colors.items()
    )
    return rx.box(rx.match(value, *badges, rx.badge(value)), data_testid=testid, data_value=value)


def _refresh(handler: object) -> rx.Component:
    """Reload every REFRESH_MS while the page is open, so state badges stay live."""
    return rx.moment(interval=REFRESH_MS, on_change=handler, display="none")  # type: ignore[arg-type]


# --- /cep ---------------------------------------------------------------------------------------------


def _rule_row(rule: rx.Var) -> rx.Component:
    toggle = rx.switch(
        checked=rule["enabled"] != "",
        on_change=lambda on: R.set_enabled(rule["id"], on),
        disabled=~AuthState.permissions.contains("cep:write"),
        data_testid="rule-enabled",
    )
    return rx.table.row(
        rx.table.cell(
            rx.link(rule["name"], href="/cep/builder?rule=" + rule["id"], weight="medium"),
            data_testid="rule-name",
        ),
        rx.table.cell(_badge(rule["state"], _STATE_COLOR, "cep.state", "rule-state")),
        rx.table.cell(_badge(rule["severity"], _SEVERITY_COLOR, "cep.severity", "rule-severity")),
        rx.table.cell(rule["trigger"]),
        rx.table.cell(rule["owner"]),
        rx.table.cell(rule["revision"]),
        rx.table.cell(rule["evaluations"]),
        rx.table.cell(
            rx.cond(
                rule["last_error"] != "",
                rx.tooltip(rx.badge(rule["errors"], color_scheme="red"), content=rule["last_error"]),
                rx.text(rule["errors"]),
            )
        ),
        rx.table.cell(rule["last_eval"]),
        rx.table.cell(toggle),
        data_testid="rule-row",
    )


@page(
    "/cep",
    title_key="cep.rules_title",
    icon="siren",
    nav_key="nav.cep",
    permission="cep:read",
    on_load=R.load,
    nav_order=50,
)
def rules_page() -> rx.Component:
    toolbar = list_toolbar(
        rx.input(
            placeholder=t("cep.search"),
            value=R.search,
            on_change=R.search_for,
            debounce_timeout=300,
            width=["100%", "280px"],
            data_testid="rule-search",
        ),
        rx.segmented_control.root(
            rx.segmented_control.item(t("cep.all"), value="all"),
            *(rx.segmented_control.item(t(f"cep.severity.{s}"), value=s) for s in SEVERITIES),
            value=R.severity_filter,
            on_change=R.filter_severity,
        ),
        rx.spacer(),
        rx.link(t("cep.alerts_title"), href="/cep/alerts"),
        rx.cond(
            AuthState.permissions.contains("cep:write"),
            rx.link(
                rx.button(rx.icon("plus", size=16), t("cep_builder.new"), size="2"),
                href="/cep/builder",
                data_testid="new-rule",
            ),
        ),
    )
    headers = (
        "cep.col.name",
        "cep.col.state",
        "cep.col.severity",
        "cep.col.trigger",
        "cep.col.owner",
        "cep.col.revision",
        "cep.col.evaluations",
        "cep.col.errors",
        "cep.col.last_eval",
        "cep.col.enabled",
    )
    table = data_table(R.rules, _rule_row, headers, empty="cep.no_rules")
    return rx.fragment(
        _refresh(R.load), state_view(R, rx.vstack(toolbar, table, width="100%", spacing="4"), R.load)
    )


# --- /cep/alerts -----------------------------------------------------------------------------------------


def _ack_cell(alert: rx.Var) -> rx.Component:
    acked = rx.tooltip(
        rx.badge(t("cep.acked_by") + " " + alert["ack_by"], color_scheme="green", variant="soft"),
        content=alert["ack_comment"],
    )
    can_ack = AuthState.permissions.contains("cep:write") & (
        (alert["state"] == "firing") | (alert["state"] == "pending")
    )
    silence = rx.cond(
        can_ack,
        rx.link(
            t("cep.silence_action"),
            href="/cep/silences?alert=" + alert["id"],
            size="1",
            data_testid="alert-silence",
        ),
    )
    ack = rx.cond(
        alert["acked"] != "",
        acked,
        rx.cond(
            can_ack,
            rx.button(
                t("cep.ack"),
                size="1",
                variant="soft",
                on_click=A.open_ack(alert["id"]),
                data_testid="ack-button",
            ),
        ),
    )
    return rx.hstack(ack, silence, spacing="2", align="center")


def _explanation(alert: rx.Var) -> rx.Component:
    """The root-cause line, the top runbook and "ask OPS" attached when the alert fired."""
    return rx.cond(
        alert["ops_link"] != "",
        rx.vstack(
            rx.cond(
                alert["rca"] != "",
                rx.text(t("cep.likely_cause"), ": ", alert["rca"], size="1", data_testid="alert-rca"),
                rx.text(
                    rx.match(
                        alert["rca_status"],
                        ("timeout", t("cep.rca_timeout")),
                        ("error", t("cep.rca_error")),
                        t("cep.rca_ready"),
                    ),
                    size="1",
                    color_scheme="gray",
                ),
            ),
            rx.hstack(
                rx.link(t("cep.ask_ops"), href=alert["ops_link"], size="1", data_testid="alert-ask-ops"),
                rx.cond(
                    alert["runbook_link"] != "",
                    rx.link(
                        t("cep.runbook") + ": " + alert["runbook"],
                        href=alert["runbook_link"],
                        size="1",
                        data_testid="alert-runbook",
                    ),
                ),
                spacing="3",
            ),
            spacing="0",
            align="start",
        ),
    )


def _alert_row(alert: rx.Var) -> rx.Component:
    marks = rx.hstack(
        rx.cond(alert["flapping"] != "", rx.badge(t("cep.flapping"), color_scheme="purple", variant="soft")),
        rx.cond(alert["silenced"] != "", rx.badge(t("cep.silenced"), color_scheme="gray", variant="soft")),
        rx.cond(
            alert["inhibited_by"] != "",
            rx.badge(
                t_format("cep.inhibited_by", rule=alert["inhibited_by"]),
                color_scheme="gray",
                variant="soft",
                data_testid="alert-inhibited",
            ),
        ),
        spacing="1",
    )
    return rx.table.row(
        rx.table.cell(rx.vstack(rx.text(alert["rule"], weight="medium"), _explanation(alert), spacing="1")),
        rx.table.cell(alert["ci"]),
        rx.table.cell(
            rx.hstack(_badge(alert["state"], _STATE_COLOR, "cep.state", "alert-state"), marks, spacing="1")
        ),
        rx.table.cell(_badge(alert["severity"], _SEVERITY_COLOR, "cep.severity", "alert-severity")),
        rx.table.cell(alert["value"]),
        rx.table.cell(alert["since"]),
        rx.table.cell(rx.text(alert["labels"], size="1", color_scheme="gray")),
        rx.table.cell(_ack_cell(alert)),
        data_testid="alert-row",
    )


def _ack_dialog() -> rx.Component:
    return form_dialog(
        t("cep.ack"),
        rx.text(t("cep.ack_comment"), size="2", weight="medium"),
        rx.text_area(
            value=A.ack_comment,
            on_change=A.set_ack_comment,
            width="100%",
            data_testid="ack-comment",
        ),
        submit=("cep.ack", "ack-submit"),
        on_submit=A.acknowledge,
        open=A.ack_open,
        on_open_change=A.set_ack_open,
        spacing="2",
    )


@page(
    "/cep/alerts",
    title_key="cep.alerts_title",
    icon="bell-ring",
    nav_key="nav.cep_alerts",
    permission="cep:read",
    on_load=A.load,
    nav_order=51,
)
def alerts_page() -> rx.Component:
    toolbar = list_toolbar(
        rx.segmented_control.root(
            *(rx.segmented_control.item(t(f"cep.state.{s}"), value=s) for s in ALERT_STATES),
            rx.segmented_control.item(t("cep.all"), value="all"),
            value=A.state_filter,
            on_change=A.filter_state,
            data_testid="alert-filter",
        ),
        rx.spacer(),
        rx.link(t("cep.rules_title"), href="/cep"),
    )
    headers = (
        "cep.col.rule",
        "cep.col.ci",
        "cep.col.state",
        "cep.col.severity",
        "cep.col.value",
        "cep.col.since",
        "cep.col.labels",
        "cep.col.ack",
    )
    table = data_table(A.alerts, _alert_row, headers, empty="cep.no_alerts")
    focus = rx.cond(
        A.focus != "",
        rx.callout(
            rx.hstack(
                rx.text(t_format("cep.focus_alert", id=A.focus)),
                rx.button(t("cep.show_all"), size="1", variant="soft", on_click=A.show_all),
                spacing="3",
                align="center",
            ),
            icon="filter",
            size="1",
            data_testid="alert-focus",
        ),
    )
    alerts = rx.vstack(toolbar, focus, table, _ack_dialog(), width="100%", spacing="4")
    tabs = rx.tabs.root(
        rx.tabs.list(
            rx.tabs.trigger(t("cep_groups.tab_alerts"), value="alerts", data_testid="tab-alerts"),
            rx.tabs.trigger(t("cep_groups.tab_groups"), value="groups", data_testid="tab-groups"),
        ),
        rx.tabs.content(rx.box(alerts, padding_top="12px"), value="alerts"),
        rx.tabs.content(rx.box(groups_view(), padding_top="12px"), value="groups"),
        value=A.tab,
        on_change=lambda value: [A.set_tab(value), G.open_tab(value)],
        width="100%",
    )
    return rx.fragment(_refresh(A.refresh), _refresh(G.refresh), state_view(A, tabs, A.load))
