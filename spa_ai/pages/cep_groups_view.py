"""The alerts page's groups tab: notification groups (rule or channel, group labels, alerts, next
notification, last sent) with a state filter and a label matcher, their own loading / empty / error
states, and a group's detail dialog (timers, last and next message, members linking to their alerts)."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import empty_state, loading_state, state_view
from spa_ai.state.cep import CepAlertsState as A
from spa_ai.state.cep_groups import GROUP_STATES
from spa_ai.state.cep_groups import CepGroupsState as G

_COLUMNS = (
    "cep_groups.rule",
    "cep_groups.labels",
    "cep_groups.alerts",
    "cep_groups.state",
    "cep_groups.next",
    "cep_groups.last",
)


def _never() -> rx.Component:
    return rx.text(t("cep_groups.never"), color=rx.color("gray", 10))


def _owner(group: rx.Var) -> rx.Component:
    """The group's rule, or its channel (a channel's grouping gathers the alerts of several rules)."""
    return rx.vstack(
        rx.button(  # a button, not a link: an href-less link navigates to "#", which re-runs on_load
            group["owner"],
            on_click=G.open_group(group["id"]),
            variant="ghost",
            size="2",
            data_testid="group-open",
        ),
        rx.cond(
            group["channel"] != "",
            rx.badge(t("cep_groups.channel_group"), color_scheme="blue", variant="soft", size="1"),
        ),
        rx.cond(
            group["route"] != "",
            rx.badge(t("cep_groups.route"), " ", group["route"], variant="soft", size="1"),
        ),
        spacing="1",
    )


def _state_badge(state: rx.Var) -> rx.Component:
    return rx.badge(
        rx.cond(state == "active", t("cep_groups.state_active"), t("cep_groups.state_idle")),
        color_scheme=rx.cond(state == "active", "orange", "gray"),
        variant="soft",
    )


def _row(group: rx.Var) -> rx.Component:
    never = _never()
    return rx.table.row(
        rx.table.cell(_owner(group)),
        rx.table.cell(rx.code(group["labels"], size="1"), data_testid="group-labels"),
        rx.table.cell(
            rx.hstack(
                rx.badge(group["firing"], color_scheme=rx.cond(group["firing"] != "0", "red", "gray")),
                rx.text("/ ", group["alerts"], size="1", color=rx.color("gray", 10)),
                spacing="1",
                align="center",
            ),
            data_testid="group-count",
        ),
        rx.table.cell(_state_badge(group["state"]), data_testid="group-state"),
        rx.table.cell(rx.cond(group["next"] != "", rx.text(group["next"]), never), data_testid="group-next"),
        rx.table.cell(rx.cond(group["last"] != "", rx.text(group["last"]), never), data_testid="group-last"),
        data_testid="group-row",
    )


_MEMBER_COLUMNS = (
    "cep_groups.member_rule",
    "cep.col.ci",
    "cep.col.state",
    "cep.col.severity",
    "cep.col.since",
    "cep.col.labels",
)
_ALERT_STATE_COLOR = {"firing": "red", "pending": "orange", "resolved": "green"}


def _member(alert: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.link(
                alert["rule"],
                href=alert["link"],  # a real link (a new tab loads it); a click shows it in place
                on_click=[G.set_detail_open(False), A.show_alert(alert["id"])],
                data_testid="member-link",
            )
        ),
        rx.table.cell(alert["ci"]),
        rx.table.cell(
            rx.badge(
                rx.match(
                    alert["state"], *((s, t(f"cep.state.{s}")) for s in _ALERT_STATE_COLOR), alert["state"]
                ),
                color_scheme=rx.match(alert["state"], *_ALERT_STATE_COLOR.items(), "gray"),
                variant="soft",
            ),
            data_testid="member-state",
        ),
        rx.table.cell(alert["severity"]),
        rx.table.cell(rx.cond(alert["since"] != "", rx.text(alert["since"]), _never())),
        rx.table.cell(rx.text(alert["labels"], size="1", color_scheme="gray")),
        data_testid="member-row",
    )


def _fact(label_key: str, value: rx.Component | rx.Var, testid: str) -> rx.Component:
    return rx.vstack(
        rx.text(t(label_key), size="1", color=rx.color("gray", 10)),
        rx.box(value, data_testid=testid),
        spacing="0",
        min_width="140px",
    )


def _detail_body() -> rx.Component:
    d = G.detail
    facts = rx.flex(
        _fact("cep_groups.state", _state_badge(d["state"]), "detail-state"),
        _fact("cep_groups.labels", rx.code(d["labels"], size="1"), "detail-labels"),
        _fact("cep_groups.group_by", rx.code(d["group_by"], size="1"), "detail-group-by"),
        _fact(
            "cep_groups.timers",
            rx.text(d["wait"], " · ", d["interval"], " · ", d["repeat"], size="2"),
            "detail-timers",
        ),
        _fact("cep_groups.last", rx.cond(d["last"] != "", rx.text(d["last"]), _never()), "detail-last"),
        _fact("cep_groups.next", rx.cond(d["next"] != "", rx.text(d["next"]), _never()), "detail-next"),
        _fact(
            "cep_groups.last_message",
            rx.cond(
                d["last"] != "",
                rx.text(
                    t_format(
                        "cep_groups.last_message_counts",
                        firing=d["notified_firing"],
                        resolved=d["notified_resolved"],
                    )
                ),
                _never(),
            ),
            "detail-last-message",
        ),
        gap="16px",
        wrap="wrap",
    )
    header = rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in _MEMBER_COLUMNS)))
    members = rx.cond(
        G.members.length() > 0,  # type: ignore[attr-defined]
        rx.box(
            rx.table.root(header, rx.table.body(rx.foreach(G.members, _member)), width="100%", size="1"),
            overflow_x="auto",
            width="100%",
        ),
        empty_state("cep_groups.no_members"),
    )
    return rx.vstack(
        facts,
        rx.text(t("cep_groups.timers_hint"), size="1", color=rx.color("gray", 10)),
        rx.heading(t("cep_groups.members"), size="3"),
        members,
        spacing="3",
        width="100%",
    )


def _detail_dialog() -> rx.Component:
    title = rx.hstack(
        rx.text(t("cep_groups.detail_title")),
        rx.text(G.detail["owner"], weight="bold", data_testid="detail-owner"),
        rx.cond(
            G.detail["channel"] != "",
            rx.badge(t("cep_groups.channel_group"), color_scheme="blue", variant="soft"),
        ),
        spacing="2",
        align="center",
    )
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(title),
            rx.dialog.description(
                t("cep_groups.detail_hint"), size="2", color=rx.color("gray", 10), margin_bottom="12px"
            ),
            rx.cond(G.detail_loading, loading_state(), _detail_body()),
            rx.flex(
                rx.dialog.close(rx.button(t("cep_groups.close"), variant="soft", data_testid="detail-close")),
                justify="end",
                margin_top="12px",
            ),
            max_width="960px",
            data_testid="group-detail",
        ),
        open=G.detail_open,
        on_open_change=G.set_detail_open,
    )


def groups_view() -> rx.Component:
    toolbar = rx.flex(
        rx.segmented_control.root(
            *(rx.segmented_control.item(t(f"cep_groups.state_{s}"), value=s) for s in GROUP_STATES),
            value=G.group_state,
            on_change=G.filter_state,
            data_testid="group-filter",
        ),
        rx.vstack(
            rx.input(
                value=G.label,
                on_change=G.filter_label,
                debounce_timeout=500,
                placeholder=t("cep_groups.matcher"),
                max_length=300,
                width="260px",
                data_testid="group-label-filter",
            ),
            rx.cond(
                G.label_invalid,
                rx.text(
                    t("errors.cep_group_bad_matcher"),
                    size="1",
                    color_scheme="red",
                    data_testid="group-label-error",
                ),
            ),
            spacing="1",
        ),
        gap="12px",
        wrap="wrap",
        align="start",
        width="100%",
    )
    header = rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in _COLUMNS)))
    table = rx.cond(
        G.groups.length() > 0,  # type: ignore[attr-defined]
        rx.box(
            rx.table.root(header, rx.table.body(rx.foreach(G.groups, _row)), width="100%", size="1"),
            overflow_x="auto",
            width="100%",
        ),
        empty_state("cep_groups.empty"),
    )
    body = rx.vstack(
        rx.text(t("cep_groups.hint"), size="1", color=rx.color("gray", 10)),
        toolbar,
        table,
        spacing="3",
        width="100%",
    )
    return rx.box(state_view(G, body, G.load), _detail_dialog(), width="100%", data_testid="groups-view")
