"""The alerts page's groups tab: notification groups (rule, group labels, alerts, next notification, last
sent) with a state filter and a label matcher, and their own loading / empty / error states."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, state_view
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


def _row(group: rx.Var) -> rx.Component:
    never = rx.text(t("cep_groups.never"), color=rx.color("gray", 10))
    return rx.table.row(
        rx.table.cell(
            rx.vstack(
                rx.text(group["rule"], weight="medium"),
                rx.cond(
                    group["route"] != "",
                    rx.badge(t("cep_groups.route"), " ", group["route"], variant="soft", size="1"),
                ),
                spacing="1",
            )
        ),
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
        rx.table.cell(
            rx.badge(
                rx.cond(group["state"] == "active", t("cep_groups.state_active"), t("cep_groups.state_idle")),
                color_scheme=rx.cond(group["state"] == "active", "orange", "gray"),
                variant="soft",
            ),
            data_testid="group-state",
        ),
        rx.table.cell(rx.cond(group["next"] != "", rx.text(group["next"]), never), data_testid="group-next"),
        rx.table.cell(rx.cond(group["last"] != "", rx.text(group["last"]), never), data_testid="group-last"),
        data_testid="group-row",
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
    return rx.box(state_view(G, body, G.load), width="100%", data_testid="groups-view")
