"""Roles page (admin:users): the permission matrix of every role, custom roles edited cell by cell,
created and deleted."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.fields import checkbox_group
from spa_ai.components.i18n import t, t_format
from spa_ai.components.layout import confirm_button, scroll_box, state_view
from spa_ai.shell import page
from spa_ai.state.admin_roles import RolesState


def _role_header(role: rx.Var) -> rx.Component:
    name = role["name"].to(str)
    delete = confirm_button(
        t("roles.delete"),
        RolesState.delete(name),
        message=t_format("roles.confirm_delete", role=name),
        size="1",
        variant="ghost",
        data_testid="role-delete",
    )
    return rx.table.column_header_cell(
        rx.vstack(
            rx.text(name, weight="bold"),
            rx.cond(role["builtin"], rx.badge(t("roles.builtin"), color_scheme="gray"), delete),
            rx.text(
                t_format("roles.users", count=role["users"].to_string()), size="1", color=rx.color("gray", 10)
            ),
            spacing="1",
            align="center",
        ),
        text_align="center",
        data_testid="role-column",
        data_role=name,
    )


def _cell(cell: rx.Var, permission: rx.Var) -> rx.Component:
    role = cell["role"].to(str)
    return rx.table.cell(
        rx.center(
            rx.checkbox(
                checked=cell["granted"].to(bool),
                disabled=~cell["editable"].to(bool),
                on_change=lambda checked: RolesState.toggle(role, permission, checked),
                data_testid="grant",
                data_role=role,
                data_permission=permission,
            )
        )
    )


def _matrix_row(row: rx.Var) -> rx.Component:
    permission = row["permission"].to(str)
    return rx.table.row(
        rx.table.row_header_cell(rx.code(permission)),
        rx.foreach(row["cells"].to(list[dict]), lambda cell: _cell(cell, permission)),
        data_testid="matrix-row",
    )


def _new_role() -> rx.Component:
    boxes = checkbox_group(
        RolesState.all_permissions, RolesState.new_permissions, RolesState.choose, gap="10px"
    )
    return rx.form(
        rx.vstack(
            rx.heading(t("roles.new"), size="4"),
            rx.flex(
                rx.input(name="name", placeholder=t("roles.name"), max_length=20, data_testid="role-name"),
                rx.input(
                    name="description", placeholder=t("roles.description"), max_length=200, width="320px"
                ),
                rx.button(t("roles.create"), type="submit", data_testid="role-create"),
                gap="8px",
                wrap="wrap",
            ),
            boxes,
            spacing="3",
        ),
        on_submit=RolesState.create,
        reset_on_submit=True,
    )


@page(
    "/admin/roles",
    title_key="roles.title",
    icon="key-round",
    nav_key="nav.roles",
    permission="admin:users",
    on_load=RolesState.load,
    nav_order=93,
)
def roles_page() -> rx.Component:
    matrix = scroll_box(
        rx.table.root(
            rx.table.header(
                rx.table.row(
                    rx.table.column_header_cell(t("roles.permission")),
                    rx.foreach(RolesState.role_cols, _role_header),
                )
            ),
            rx.table.body(rx.foreach(RolesState.matrix, _matrix_row)),
            width="100%",
        ),
        data_testid="permission-matrix",
    )
    body = rx.vstack(
        rx.text(t("roles.hint"), size="2", color=rx.color("gray", 11)),
        matrix,
        rx.divider(),
        _new_role(),
        width="100%",
        spacing="4",
    )
    return state_view(RolesState, body, RolesState.load)
