"""The silences page (/cep/silences): active, pending and expired silences; create and expire one."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.data_table import data_table, list_toolbar
from spa_ai.components.fields import form_dialog, labelled
from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import MONO, confirm_button, state_view
from spa_ai.shell import page
from spa_ai.state.auth import AuthState
from spa_ai.state.cep_silences import OPS, SHOW
from spa_ai.state.cep_silences import CepSilencesState as S

_STATUS_COLOR = {"active": "green", "pending": "blue", "expired": "gray"}


def _can_write() -> rx.Var:
    return AuthState.permissions.contains("cep:write")


def _status(value: rx.Var) -> rx.Component:
    badges = (
        (key, rx.badge(t(f"cep.silence_status.{key}"), color_scheme=color, variant="soft"))
        for key, color in _STATUS_COLOR.items()
    )
    return rx.box(rx.match(value, *badges, rx.badge(value)), data_testid="silence-status", data_value=value)


def _row(row: rx.Var) -> rx.Component:
    expire = rx.cond(
        _can_write() & (row["status"] != "expired"),
        confirm_button(
            t("cep.expire"),
            S.expire(row["id"]),
            message_key="cep.expire_confirm",
            size="1",
            variant="soft",
            data_testid="silence-expire",
        ),
    )
    return rx.table.row(
        rx.table.cell(_status(row["status"])),
        rx.table.cell(rx.text(row["matchers"], style=MONO), data_testid="silence-matchers"),
        rx.table.cell(rx.text(row["starts"], " → ", row["ends"], size="1")),
        rx.table.cell(row["author"]),
        rx.table.cell(rx.text(row["comment"], size="1")),
        rx.table.cell(expire),
        data_testid="silence-row",
    )


def _matcher_row(matcher: rx.Var, index: rx.Var) -> rx.Component:
    return rx.hstack(
        rx.input(
            value=matcher["name"],
            on_change=lambda v: S.set_matcher(index, "name", v),
            placeholder=t("cep.label_name"),
            width="30%",
            data_testid="matcher-name",
        ),
        rx.select(
            list(OPS),
            value=matcher["op"],
            on_change=lambda v: S.set_matcher(index, "op", v),
            data_testid="matcher-op",
        ),
        rx.input(
            value=matcher["value"],
            on_change=lambda v: S.set_matcher(index, "value", v),
            placeholder=t("cep.label_value"),
            width="45%",
            data_testid="matcher-value",
        ),
        rx.icon_button(
            rx.icon("x", size=14),
            type="button",
            size="1",
            variant="ghost",
            color_scheme="gray",
            on_click=S.remove_matcher(index),
            aria_label="remove",
        ),
        width="100%",
        align="center",
        data_testid="matcher-row",
    )


def _form() -> rx.Component:
    prefilled = rx.cond(
        S.prefilled_from != "",
        rx.callout(t_format("cep.silence_prefilled", id=S.prefilled_from), icon="info", size="1"),
    )
    window = rx.hstack(
        labelled(
            "cep.starts_at",
            rx.input(
                type="datetime-local", value=S.starts, on_change=S.set_starts, data_testid="silence-starts"
            ),
        ),
        labelled(
            "cep.ends_at",
            rx.input(type="datetime-local", value=S.ends, on_change=S.set_ends, data_testid="silence-ends"),
        ),
        width="100%",
    )
    return form_dialog(
        t("cep.new_silence"),
        prefilled,
        rx.text(t("cep.silence_matchers"), size="2", weight="medium"),
        rx.text(t("cep.silence_matchers_help"), size="1", color=rx.color("gray", 11)),
        rx.foreach(S.matchers, _matcher_row),
        rx.button(
            rx.icon("plus", size=14),
            t("cep.add_matcher"),
            type="button",
            size="1",
            variant="soft",
            on_click=S.add_matcher,
            data_testid="matcher-add",
        ),
        window,
        rx.text(t_format("cep.time_zone_note", tz=S.timezone), size="1", color=rx.color("gray", 11)),
        labelled(
            "cep.comment",
            rx.text_area(
                value=S.comment,
                on_change=S.set_comment,
                width="100%",
                data_testid="silence-comment",
            ),
        ),
        submit=("cep.create", "silence-submit"),
        on_submit=S.create,
        open=S.form_open,
        on_open_change=S.set_form_open,
        max_width="640px",
    )


@page(
    "/cep/silences",
    title_key="cep.silences_title",
    icon="bell-off",
    nav_key="nav.cep_silences",
    permission="cep:read",
    on_load=S.load,
    nav_order=52,
)
def silences_page() -> rx.Component:
    toolbar = list_toolbar(
        rx.segmented_control.root(
            *(rx.segmented_control.item(t(f"cep.silence_show.{s}"), value=s) for s in SHOW),
            value=S.show,
            on_change=S.filter_show,
            data_testid="silence-filter",
        ),
        rx.spacer(),
        rx.cond(
            _can_write(),
            rx.button(
                rx.icon("plus", size=16), t("cep.new_silence"), on_click=S.open_new, data_testid="new-silence"
            ),
        ),
    )
    headers = ("cep.col.status", "cep.silence_matchers", "cep.col.window", "cep.author", "cep.comment")
    table = data_table(S.rows, _row, (*headers, "cep.action"), empty="cep.no_silences")
    intro = rx.text(t("cep.silences_intro"), size="2", color=rx.color("gray", 11))
    body = rx.vstack(intro, toolbar, table, _form(), width="100%", spacing="4")
    return state_view(S, body, S.load)
