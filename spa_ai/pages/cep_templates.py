"""Rule templates page (/cep/templates): the template library with an apply dialog (CI selector) and the
rules linked to an older template version, with their changes and a rollout button."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.data_table import table_header
from spa_ai.components.fields import dialog_actions
from spa_ai.components.i18n import t
from spa_ai.components.layout import confirm_button, empty_state, state_view
from spa_ai.shell import page
from spa_ai.state.cep_templates import APPLY_FIELDS
from spa_ai.state.cep_templates import CepTemplatesState as S


def _row(row: rx.Var) -> rx.Component:
    tid = row["id"].to(str)
    return rx.table.row(
        rx.table.cell(rx.text(row["title"].to(str), weight="medium")),
        rx.table.cell(rx.code(row["metric"].to(str))),
        rx.table.cell(row["condition"].to(str)),
        rx.table.cell(row["for"].to_string()),
        rx.table.cell(row["types"].to(str)),
        rx.table.cell(row["version"].to_string()),
        rx.table.cell(row["linked"].to_string()),
        rx.table.cell(
            rx.button(
                t("cep_templates.apply"), size="1", on_click=S.open_apply(tid), data_testid="template-apply"
            )
        ),
        data_testid="template-row",
        data_template=tid,
    )


def _field(name: str, key: str, limit: int) -> rx.Component:
    return rx.vstack(
        rx.text(t(key), size="2"),
        rx.input(name=name, max_length=limit, width="100%", data_testid=f"apply-{name}"),
        spacing="1",
        width="100%",
    )


def _apply_dialog() -> rx.Component:
    form = rx.form(
        rx.vstack(
            *(_field(name, key, limit) for name, key, limit in APPLY_FIELDS),
            dialog_actions("cep_templates.create", "apply-submit"),
            spacing="3",
        ),
        on_submit=S.apply,
        reset_on_submit=True,
    )
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(t("cep_templates.apply_title")),
            rx.dialog.description(t("cep_templates.apply_hint"), size="2"),
            form,
            data_testid="apply-dialog",
        ),
        open=S.applying != "",
        on_open_change=S.close_apply,
    )


def _outdated_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(row["name"].to(str), href="/cep")),
        rx.table.cell(row["template"].to(str)),
        rx.table.cell(rx.text(row["from_version"].to_string(), " → ", row["to_version"].to_string())),
        rx.table.cell(rx.text(row["changes_text"].to(str), size="1")),
        data_testid="outdated-row",
    )


def _outdated() -> rx.Component:
    columns = (
        "cep_templates.rule",
        "cep_templates.template",
        "cep_templates.version",
        "cep_templates.changes",
    )
    table = rx.table.root(
        table_header(*columns),
        rx.table.body(rx.foreach(S.outdated, _outdated_row)),
        width="100%",
    )
    rollout = confirm_button(
        t("cep_templates.roll_out"),
        S.roll_out,
        message=t("cep_templates.confirm_roll_out"),
        color="blue",
        data_testid="roll-out",
    )
    return rx.vstack(
        rx.heading(t("cep_templates.outdated"), size="4"),
        rx.cond(
            S.outdated.length() > 0,
            rx.vstack(table, rollout, width="100%"),
            empty_state("cep_templates.none_outdated"),
        ),  # type: ignore[attr-defined]
        width="100%",
        spacing="3",
    )


@page(
    "/cep/templates",
    title_key="cep_templates.title",
    icon="layout-template",
    nav_key="nav.cep_templates",
    permission="cep:read",
    on_load=S.load,
    nav_order=52,
)
def cep_templates_page() -> rx.Component:
    columns = ("template", "metric", "condition", "for", "types", "version", "linked", "actions")
    library = rx.table.root(
        table_header(*(f"cep_templates.{k}" for k in columns)),
        rx.table.body(rx.foreach(S.rows, _row)),
        width="100%",
        data_testid="template-library",
    )
    body = rx.vstack(
        rx.text(t("cep_templates.hint"), size="2", color=rx.color("gray", 11)),
        library,
        rx.divider(),
        _outdated(),
        _apply_dialog(),
        width="100%",
        spacing="4",
    )
    return state_view(S, body, S.load)
