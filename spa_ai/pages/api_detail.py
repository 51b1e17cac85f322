"""API MANAGER: one API's page (/apis/[id]): editor with validation and limits, settings, and the test,
versions and logs tabs (`api_detail_tabs.py`)."""

from __future__ import annotations

import reflex as rx

from services.core.security import ROLES
from spa_ai.components.code_editor import code_editor
from spa_ai.components.i18n import t
from spa_ai.components.layout import MONO, state_view
from spa_ai.pages.api_detail_tabs import logs_tab, result_view, test_tab, versions_tab
from spa_ai.pages.apis import type_badge
from spa_ai.shell import page
from spa_ai.state.api_editor import ApiEditorState as E

# --- /apis/[id] -------------------------------------------------------------------------------------------


def _problem(item: rx.Var, color: str) -> rx.Component:
    return rx.hstack(
        rx.badge(item["where"], color_scheme=color, variant="soft", style=MONO),
        rx.text(item["message"], size="2"),
        spacing="2",
        align="center",
        data_testid=f"problem-{color}",
    )


def _validation() -> rx.Component:
    return rx.vstack(
        rx.foreach(E.problems, lambda p: _problem(p, "red")),
        rx.foreach(E.warnings, lambda p: _problem(p, "amber")),
        rx.cond(
            E.validated & (E.problems.length() == 0),
            rx.callout(
                t("apis.valid"), icon="circle-check", color_scheme="green", size="1", data_testid="valid"
            ),
        ),
        spacing="1",
        width="100%",
    )


def _limits() -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.text(t("apis.timeout_ms"), size="1"),
            rx.input(value=E.timeout_ms, on_change=E.set_timeout_ms, width="120px", type="number"),
        ),
        rx.vstack(
            rx.text(t("apis.row_limit"), size="1"),
            rx.input(value=E.row_limit, on_change=E.set_row_limit, width="120px", type="number"),
        ),
        rx.vstack(
            rx.text(t("apis.message"), size="1"),
            rx.input(
                value=E.save_note,
                on_change=E.set_save_note,
                width=["100%", "280px"],
                data_testid="save-message",
            ),
        ),
        gap="12px",
        wrap="wrap",
    )


def _editor_tab() -> rx.Component:
    sandbox_note = rx.cond(
        E.is_sandboxed,
        rx.cond(
            E.isolated,
            rx.callout(t("apis.sandboxed"), icon="shield-check", size="1"),
            rx.callout(
                t("apis.net_not_isolated"),
                icon="triangle-alert",
                color_scheme="amber",
                size="1",
                data_testid="not-isolated",
            ),
        ),
    )
    buttons = rx.flex(
        rx.button(
            rx.icon("check-check", size=16),
            t("apis.validate"),
            variant="soft",
            on_click=E.validate,
            data_testid="validate",
        ),
        rx.button(
            rx.icon("play", size=16),
            t("apis.dry_run"),
            variant="soft",
            color_scheme="gray",
            on_click=E.dry_run,
            loading=E.running,
            data_testid="dry-run",
        ),
        rx.button(rx.icon("save", size=16), t("apis.save"), on_click=E.save(False), data_testid="save"),
        rx.button(
            rx.icon("upload", size=16),
            t("apis.save_publish"),
            color_scheme="green",
            on_click=E.save(True),
            data_testid="save-publish",
        ),
        gap="8px",
        wrap="wrap",
    )
    return rx.vstack(
        sandbox_note,
        rx.text(t("apis.logic"), size="2", weight="bold"),
        code_editor(
            E.editor_body,
            E.set_body,
            revision=E.editor_revision,
            language=E.editor_language,
            problems=E.problems,
            height="300px",
            test_id="logic-editor",
        ),
        _validation(),
        rx.text(t("apis.params_schema"), size="2", weight="bold"),
        code_editor(
            E.editor_schema,
            E.set_schema_text,
            revision=E.editor_revision,
            language="json",
            height="160px",
            test_id="schema-editor",
        ),
        _limits(),
        buttons,
        result_view(),
        width="100%",
        spacing="3",
    )


def _settings_tab() -> rx.Component:
    def field(label: str, control: rx.Component) -> rx.Component:
        return rx.vstack(rx.text(t(label), size="2", weight="medium"), control, spacing="1", width="100%")

    return rx.vstack(
        field(
            "apis.description",
            rx.text_area(value=E.description, on_change=E.set_description, width="100%", rows="3"),
        ),
        field("apis.tags", rx.input(value=E.tags, on_change=E.set_tags, width="100%")),
        field(
            "apis.allowed_roles",
            rx.hstack(
                *(
                    rx.checkbox(
                        role,
                        checked=E.allowed_roles.contains(role),
                        on_change=lambda _v, r=role: E.toggle_role(r),
                    )
                    for role in ROLES
                ),
                spacing="4",
            ),
        ),
        field(
            "apis.required_scopes",
            rx.input(
                value=E.required_scopes,
                on_change=E.set_required_scopes,
                width="100%",
                placeholder="infra:read",
            ),
        ),
        field(
            "apis.rate_limit",
            rx.input(value=E.rate_limit, on_change=E.set_rate_limit, width="160px", type="number"),
        ),
        rx.cond(
            E.api["logic_type"] == "sql",
            rx.hstack(
                rx.switch(checked=E.ops_tool, on_change=E.set_ops_tool, data_testid="ops-tool"),
                rx.text(t("apis.ops_tool"), size="2"),
            ),
        ),
        rx.button(t("apis.save_settings"), on_click=E.save_settings, data_testid="save-settings"),
        width="100%",
        max_width="720px",
        spacing="3",
    )


@page("/apis/[id]", title_key="apis.detail", permission="apis:read", on_load=E.load)
def api_detail_page() -> rx.Component:
    header = rx.flex(
        type_badge(E.api["logic_type"]),
        rx.heading(E.api["name"], size="5", data_testid="api-name"),
        rx.code("/api/x/" + E.api["slug"].to(str), data_testid="api-url"),
        rx.cond(
            E.api["published"] != "",
            rx.badge(
                t("apis.published"),
                " v",
                E.api["published"],
                color_scheme="green",
                data_testid="published-badge",
            ),
            rx.badge(t("apis.unpublished"), color_scheme="gray", data_testid="published-badge"),
        ),
        rx.text(
            t("apis.latest"),
            " v",
            E.api["latest"],
            size="2",
            color=rx.color("gray", 10),
            data_testid="latest-version",
        ),
        gap="10px",
        align="center",
        wrap="wrap",
    )
    tabs = rx.tabs.root(
        rx.tabs.list(
            rx.tabs.trigger(t("apis.tab.editor"), value="editor", data_testid="tab-editor"),
            rx.tabs.trigger(t("apis.tab.test"), value="test", data_testid="tab-test"),
            rx.tabs.trigger(t("apis.tab.versions"), value="versions", data_testid="tab-versions"),
            rx.tabs.trigger(t("apis.tab.logs"), value="logs", data_testid="tab-logs"),
            rx.tabs.trigger(t("apis.tab.settings"), value="settings", data_testid="tab-settings"),
        ),
        rx.tabs.content(_editor_tab(), value="editor", padding_top="12px"),
        rx.tabs.content(test_tab(), value="test", padding_top="12px"),
        rx.tabs.content(versions_tab(), value="versions", padding_top="12px"),
        rx.tabs.content(logs_tab(), value="logs", padding_top="12px"),
        rx.tabs.content(_settings_tab(), value="settings", padding_top="12px"),
        default_value="editor",
        on_change=E.tab_opened,
        width="100%",
    )
    return state_view(
        E,
        rx.vstack(
            rx.link("← ", t("apis.title"), href="/apis", size="2"), header, tabs, width="100%", spacing="3"
        ),
        E.load,
        not_found_key="apis.not_found",
    )
