"""CEP delivery pages: notification channels (/cep/channels) and the notification log (/cep/notifications)."""

from __future__ import annotations

import reflex as rx

from services.cep.delivery_models import CHANNEL_KIND_NAMES
from spa_ai.components.data_table import data_table, list_toolbar
from spa_ai.components.fields import form_dialog, labelled
from spa_ai.components.i18n import t
from spa_ai.components.layout import MONO, confirm_button, scroll_box, state_view
from spa_ai.shell import page
from spa_ai.state.auth import AuthState
from spa_ai.state.cep_delivery import STATUS_FILTERS
from spa_ai.state.cep_delivery import ChannelsState as C
from spa_ai.state.cep_delivery import NotificationsState as N

_STATUS_COLOR = {"pending": "amber", "sending": "blue", "delivered": "green", "dead": "red"}


def _can_write() -> rx.Var:
    return AuthState.permissions.contains("cep:write")


# --- /cep/channels ----------------------------------------------------------------------------------------


def _secret_input(name: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.code(name),
        rx.input(
            type="password",
            value=C.secret_values[name],
            on_change=lambda value: C.set_secret(name, value),
            placeholder=rx.cond(C.editing_id != "", t("cep.secret_keep"), ""),
            auto_complete="new-password",
            width="100%",
            data_testid="channel-secret-" + name,
        ),
        spacing="1",
        width="100%",
    )


def _grouping_input(name: str, width: str, placeholder: str = "") -> rx.Component:
    return labelled(
        f"cep.grouping_{name}",
        rx.input(
            value=C.form_grouping[name],
            on_change=lambda value: C.set_grouping(name, value),
            placeholder=placeholder,
            max_length=400,
            width=width,
            data_testid=f"channel-grouping-{name}",
        ),
    )


def _grouping_section() -> rx.Component:
    """The channel's own grouping (Alertmanager's receiver route): off, each rule groups on its own."""
    return rx.vstack(
        rx.hstack(
            rx.switch(
                checked=C.form_grouping["on"] == "yes",
                on_change=lambda on: C.set_grouping("on", on),
                data_testid="channel-grouping-on",
            ),
            rx.text(t("cep.grouping_on"), size="2", weight="medium"),
            align="center",
        ),
        rx.text(t("cep.grouping_hint"), size="1", color=rx.color("gray", 10)),
        rx.cond(
            C.form_grouping["on"] == "yes",
            rx.flex(
                _grouping_input("group_by", "200px", "ci, alertname"),
                _grouping_input("wait", "90px"),
                _grouping_input("interval", "90px"),
                _grouping_input("repeat", "100px"),
                gap="12px",
                wrap="wrap",
            ),
        ),
        spacing="2",
        width="100%",
        data_testid="channel-grouping",
    )


def _channel_form() -> rx.Component:
    return form_dialog(
        rx.cond(C.editing_id != "", t("cep.edit_channel"), t("cep.new_channel")),
        labelled(
            "cep.name",
            rx.input(
                value=C.form_name,
                on_change=C.set_form_name,
                width="100%",
                data_testid="channel-name",
            ),
        ),
        labelled(
            "cep.kind",
            rx.select(
                list(CHANNEL_KIND_NAMES),
                value=C.form_kind,
                on_change=C.set_form_kind,
                disabled=C.editing_id != "",
                data_testid="channel-kind",
            ),
        ),
        labelled(
            "cep.config",
            rx.text_area(
                value=C.form_config,
                on_change=C.set_form_config,
                rows="8",
                width="100%",
                style=MONO,
                data_testid="channel-config",
            ),
        ),
        labelled("cep.secrets", rx.vstack(rx.foreach(C.secret_names, _secret_input), width="100%")),
        rx.flex(
            labelled(
                "cep.rate",
                rx.input(value=C.form_rate, on_change=C.set_form_rate, type="number", width="120px"),
            ),
            rx.hstack(
                rx.switch(checked=C.form_enabled, on_change=C.set_form_enabled),
                rx.text(t("cep.enabled"), size="2"),
                align="center",
            ),
            gap="16px",
            align="end",
        ),
        _grouping_section(),
        submit=("common.save", "channel-save"),
        on_submit=C.save,
        open=C.form_open,
        on_open_change=C.set_form_open,
        max_width="560px",
    )


def _channel_state(row: rx.Var) -> rx.Component:
    return rx.cond(
        row["broken"] == "yes",
        rx.tooltip(rx.badge(t("cep.broken"), color_scheme="red"), content=row["broken_reason"]),
        rx.cond(
            row["enabled"] == "yes",
            rx.badge(t("cep.ok"), color_scheme="green"),
            rx.badge(t("cep.disabled"), color_scheme="gray"),
        ),
    )


def _channel_row(row: rx.Var) -> rx.Component:
    actions = rx.hstack(
        rx.button(
            t("cep.send_test"),
            size="1",
            variant="soft",
            on_click=C.send_test(row["id"]),
            data_testid="channel-test",
        ),
        rx.button(
            t("cep.edit"), size="1", variant="soft", color_scheme="gray", on_click=C.open_edit(row["id"])
        ),
        confirm_button(
            t("cep.delete"),
            C.delete(row["id"]),
            message_key="cep.delete_confirm",
            size="1",
            variant="soft",
            data_testid="channel-delete",
        ),
        spacing="2",
    )
    return rx.table.row(
        rx.table.cell(rx.text(row["name"], weight="medium"), data_testid="channel-name-cell"),
        rx.table.cell(rx.badge(row["kind"], variant="soft")),
        rx.table.cell(rx.text(row["where"], style=MONO)),
        rx.table.cell(rx.text(row["secrets"], style=MONO)),
        rx.table.cell(row["rate"]),
        rx.table.cell(
            rx.cond(
                row["grouping"] != "",
                rx.code(row["grouping"], size="1"),
                rx.text(t("cep.grouping_per_rule"), size="1", color=rx.color("gray", 10)),
            ),
            data_testid="channel-grouping-cell",
        ),
        rx.table.cell(_channel_state(row), data_testid="channel-state"),
        rx.table.cell(rx.text(C.last_test.get(row["id"], ""), size="1"), data_testid="channel-last-test"),
        rx.table.cell(rx.cond(_can_write(), actions)),
        data_testid="channel-row",
    )


@page(
    "/cep/channels",
    title_key="cep.channels_title",
    icon="send",
    nav_key="nav.cep_channels",
    permission="cep:read",
    on_load=C.load,
    nav_order=55,
)
def channels_page() -> rx.Component:
    toolbar = list_toolbar(
        rx.text(t("cep.channels_intro"), size="2", color=rx.color("gray", 11)),
        rx.spacer(),
        rx.cond(
            _can_write(),
            rx.button(
                rx.icon("plus", size=16), t("cep.new_channel"), on_click=C.open_new, data_testid="new-channel"
            ),
        ),
    )
    headers = (
        "cep.name",
        "cep.kind",
        "cep.where",
        "cep.secrets",
        "cep.rate",
        "cep.grouping",
        "cep.state",
        "cep.last_test",
    )
    table = data_table(C.channels, _channel_row, (*headers, "cep.action"), empty="cep.no_channels")
    return state_view(C, rx.vstack(toolbar, table, _channel_form(), width="100%", spacing="4"), C.load)


# --- /cep/notifications -----------------------------------------------------------------------------------


def _status_badge(status: rx.Var) -> rx.Component:
    return rx.match(
        status,
        *((s, rx.badge(t(f"cep.status_{s}"), color_scheme=c)) for s, c in _STATUS_COLOR.items()),
        rx.badge(status),
    )


def _notification_row(row: rx.Var) -> rx.Component:
    replay = rx.cond(
        _can_write() & (row["status"] == "dead"),
        rx.button(
            t("cep.replay"),
            size="1",
            variant="soft",
            on_click=N.replay(row["id"]),
            data_testid="notification-replay",
        ),
    )
    return rx.table.row(
        rx.table.cell(row["id"]),
        rx.table.cell(
            rx.link(
                row["summary"],
                on_click=N.select(row["id"]),
                cursor="pointer",
                data_testid="notification-open",
            )
        ),
        rx.table.cell(rx.badge(row["kind"], variant="outline")),
        rx.table.cell(row["channel"]),
        rx.table.cell(_status_badge(row["status"]), data_testid="notification-status"),
        rx.table.cell(row["attempts"]),
        rx.table.cell(rx.text(row["error"], size="1", style=MONO)),
        rx.table.cell(rx.text(row["created"], size="1")),
        rx.table.cell(rx.text(row["next"], size="1")),
        rx.table.cell(replay),
        data_testid="notification-row",
    )


def _attempt_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row["attempt"]),
        rx.table.cell(
            rx.cond(
                row["ok"] == "yes",
                rx.badge("ok", color_scheme="green"),
                rx.badge(row["error_class"], color_scheme="red"),
            )
        ),
        rx.table.cell(row["latency"]),
        rx.table.cell(rx.text(row["response"], size="1", style=MONO)),
        rx.table.cell(rx.text(row["worker"], size="1")),
        rx.table.cell(rx.text(row["started"], size="1")),
        data_testid="attempt-row",
    )


def _detail() -> rx.Component:
    headers = ("cep.attempts", "cep.status", "cep.latency", "cep.response", "cep.worker", "cep.created")
    attempts = data_table(N.attempts, _attempt_row, headers, empty="cep.no_attempts")
    return rx.cond(
        N.selected_id != "",
        rx.card(
            rx.vstack(
                rx.heading(t("cep.details"), " #", N.selected_id, size="3"),
                attempts,
                rx.text(t("cep.payload"), size="2", weight="medium"),
                scroll_box(rx.code_block(N.payload_text, language="json", font_size="12px")),
                spacing="3",
                width="100%",
            ),
            width="100%",
            data_testid="notification-detail",
        ),
    )


@page(
    "/cep/notifications",
    title_key="cep.notifications_title",
    icon="mail-check",
    nav_key="nav.cep_notifications",
    permission="cep:read",
    on_load=N.load,
    nav_order=56,
)
def notifications_page() -> rx.Component:
    toolbar = list_toolbar(
        rx.segmented_control.root(
            *(rx.segmented_control.item(t(f"cep.status_{s}"), value=s) for s in STATUS_FILTERS),
            value=N.status,
            on_change=N.filter_status,
            data_testid="status-filter",
        ),
        rx.spacer(),
        rx.button(rx.icon("refresh-cw", size=14), t("cep.refresh"), variant="soft", on_click=N.refresh),
    )
    first = ("cep.id", "cep.summary", "cep.action", "cep.channel", "cep.status", "cep.attempts")
    headers = (*first, "cep.last_error", "cep.created", "cep.next_attempt", "cep.replay")
    more = rx.cond(
        N.next_cursor != "",
        rx.button(t("cep.load_more"), variant="soft", on_click=N.load_more, data_testid="load-more"),
    )
    table = rx.vstack(
        data_table(N.rows, _notification_row, headers, empty="cep.no_notifications"), more, width="100%"
    )
    return state_view(N, rx.vstack(toolbar, table, _detail(), width="100%", spacing="4"), N.load)
