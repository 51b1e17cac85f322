"""API MANAGER pages: the API list (/apis) and one API's editor, tests, versions, logs and settings."""

from __future__ import annotations

import reflex as rx

from services.api_manager.models import LOGIC_TYPES
from services.core.security import ROLES
from spa_ai.components.code_editor import code_editor
from spa_ai.components.diff_view import diff_view
from spa_ai.components.i18n import t
from spa_ai.components.layout import confirm_button, empty_state, state_view
from spa_ai.shell import page
from spa_ai.state.api_editor import ApiEditorState as E
from spa_ai.state.apis import ApiListState as L
from spa_ai.state.auth import AuthState

_MONO = {"font_family": "var(--code-font-family, monospace)", "font_size": "12px"}
_TYPE_COLOR = {"sql": "blue", "http": "green", "python": "amber", "script": "gray", "workflow": "purple"}


def _type_badge(kind: rx.Var) -> rx.Component:
    return rx.match(
        kind,
        *((k, rx.badge(k, color_scheme=c, variant="soft")) for k, c in _TYPE_COLOR.items()),
        rx.badge(kind),
    )


def _header(*keys: str) -> rx.Component:
    return rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in keys)))


# --- /apis ------------------------------------------------------------------------------------------------


def _create_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("plus", size=16), t("apis.new"), data_testid="new-api")),
        rx.dialog.content(
            rx.dialog.title(t("apis.new")),
            rx.form(
                rx.vstack(
                    rx.text(t("apis.name"), size="2", weight="medium"),
                    rx.input(
                        value=L.new_name, on_change=L.set_new_name, width="100%", data_testid="new-api-name"
                    ),
                    rx.text(t("apis.slug"), size="2", weight="medium"),
                    rx.input(
                        value=L.new_slug, on_change=L.set_new_slug, width="100%", data_testid="new-api-slug"
                    ),
                    rx.text(t("apis.type"), size="2", weight="medium"),
                    rx.select(
                        list(LOGIC_TYPES),
                        value=L.new_type,
                        on_change=L.set_new_type,
                        data_testid="new-api-type",
                    ),
                    rx.hstack(
                        rx.dialog.close(
                            rx.button(t("common.cancel"), variant="soft", color_scheme="gray", type="button")
                        ),
                        rx.button(t("apis.create"), type="submit", data_testid="create-api"),
                        justify="end",
                        width="100%",
                    ),
                    spacing="2",
                ),
                on_submit=L.create,
            ),
        ),
        open=L.create_open,
        on_open_change=L.set_create_open,
    )


def _api_row(api: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.link(api["name"], href="/apis/" + api["id"].to(str), weight="medium", data_testid="api-link")
        ),
        rx.table.cell(rx.code(api["slug"])),
        rx.table.cell(_type_badge(api["logic_type"])),
        rx.table.cell(
            rx.cond(
                api["published"] != "",
                rx.badge(api["published"], color_scheme="green"),
                rx.badge(t("apis.unpublished"), color_scheme="gray"),
            )
        ),
        rx.table.cell(api["latest"]),
        rx.table.cell(api["owner"]),
        rx.table.cell(api["tags"]),
        data_testid="api-row",
    )


@page(
    "/apis",
    title_key="apis.title",
    icon="braces",
    nav_key="nav.apis",
    permission="apis:read",
    on_load=L.load,
    nav_order=60,
)
def apis_page() -> rx.Component:
    toolbar = rx.flex(
        rx.input(
            placeholder=t("apis.search"),
            value=L.search,
            on_change=L.search_for,
            debounce_timeout=300,
            width=["100%", "280px"],
            data_testid="api-search",
        ),
        rx.segmented_control.root(
            rx.segmented_control.item(t("apis.all"), value="all"),
            *(rx.segmented_control.item(k, value=k) for k in LOGIC_TYPES),
            value=L.type_filter,
            on_change=L.filter_type,
        ),
        rx.spacer(),
        rx.cond(AuthState.permissions.contains("apis:write"), _create_dialog()),
        gap="12px",
        wrap="wrap",
        align="center",
        width="100%",
    )
    table = rx.cond(
        L.apis.length() > 0,
        rx.box(
            rx.table.root(
                _header(
                    "apis.name",
                    "apis.slug",
                    "apis.type",
                    "apis.published",
                    "apis.latest",
                    "apis.owner",
                    "apis.tags",
                ),
                rx.table.body(rx.foreach(L.apis, _api_row)),
                width="100%",
                size="1",
            ),
            overflow_x="auto",
            width="100%",
        ),
        empty_state("apis.empty"),
    )
    return state_view(L, rx.vstack(toolbar, table, width="100%", spacing="4"), L.load)


# --- /apis/[id] -------------------------------------------------------------------------------------------


def _problem(item: rx.Var, color: str) -> rx.Component:
    return rx.hstack(
        rx.badge(item["where"], color_scheme=color, variant="soft", style=_MONO),
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
            E.body,
            E.set_body,
            language=E.editor_language,
            problems=E.problems,
            height="300px",
            test_id="logic-editor",
        ),
        _validation(),
        rx.text(t("apis.params_schema"), size="2", weight="bold"),
        code_editor(
            E.schema_text, E.set_schema_text, language="json", height="160px", test_id="schema-editor"
        ),
        _limits(),
        buttons,
        _result(),
        width="100%",
        spacing="3",
    )


def _result() -> rx.Component:
    result = E.result
    return rx.cond(
        result.contains("status"),
        rx.vstack(
            rx.hstack(
                rx.text(t("apis.result"), weight="bold", size="2"),
                rx.badge(
                    result["status"],
                    color_scheme=rx.cond(result["status"] == "ok", "green", "red"),
                    data_testid="result-status",
                ),
                rx.text(result["summary"], size="1", color=rx.color("gray", 10)),
                align="center",
            ),
            rx.cond(
                result["error"] != "",
                rx.callout(
                    result["error"], icon="circle-x", color_scheme="red", size="1", data_testid="result-error"
                ),
            ),
            rx.box(
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            rx.foreach(
                                result["columns"].to(list[str]), lambda c: rx.table.column_header_cell(c)
                            )
                        )
                    ),
                    rx.table.body(
                        rx.foreach(
                            result["rows"].to(list[list[str]]),
                            lambda row: rx.table.row(
                                rx.foreach(row, lambda v: rx.table.cell(v, style=_MONO))
                            ),
                        )
                    ),
                    size="1",
                    width="100%",
                ),
                max_height="320px",
                overflow="auto",
                width="100%",
                data_testid="result-table",
            ),
            rx.cond(
                result["stdout"] != "",
                rx.vstack(
                    rx.text(t("apis.stdout"), size="1"), rx.code_block(result["stdout"].to(str), width="100%")
                ),
            ),
            rx.cond(
                result["stderr"] != "",
                rx.vstack(
                    rx.text(t("apis.stderr"), size="1"), rx.code_block(result["stderr"].to(str), width="100%")
                ),
            ),
            width="100%",
            spacing="2",
        ),
    )


def _case_row(case: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(case["name"]),
        rx.table.cell(rx.code(case["params"])),
        rx.table.cell(
            rx.match(
                case["last"],
                ("passed", rx.badge(t("apis.passed"), color_scheme="green")),
                (
                    "failed",
                    rx.tooltip(rx.badge(t("apis.failed"), color_scheme="red"), content=case["failures"]),
                ),
                rx.text("—"),
            )
        ),
        rx.table.cell(
            rx.icon_button(
                rx.icon("trash-2", size=14),
                variant="ghost",
                color_scheme="red",
                on_click=E.delete_case(case["id"].to(str)),
                aria_label="delete",
            )
        ),
        data_testid="case-row",
    )


def _test_tab() -> rx.Component:
    return rx.vstack(
        rx.text(t("apis.params"), size="2", weight="bold"),
        code_editor(
            E.params_text, E.set_params_text, language="json", height="100px", test_id="params-editor"
        ),
        rx.flex(
            rx.button(
                rx.icon("play", size=16),
                t("apis.run"),
                on_click=E.dry_run,
                loading=E.running,
                data_testid="run",
            ),
            rx.input(
                value=E.case_name, on_change=E.set_case_name, placeholder=t("apis.case_name"), width="200px"
            ),
            rx.button(t("apis.add_case"), variant="soft", on_click=E.add_case, data_testid="add-case"),
            rx.button(
                rx.icon("list-checks", size=16),
                t("apis.run_all"),
                variant="soft",
                color_scheme="green",
                on_click=E.run_tests,
                data_testid="run-tests",
            ),
            rx.text(E.test_summary, size="2", data_testid="test-summary"),
            gap="8px",
            wrap="wrap",
            align="center",
        ),
        _result(),
        rx.text(t("apis.test_cases"), size="2", weight="bold"),
        rx.cond(
            E.cases.length() > 0,
            rx.table.root(
                _header("apis.case_name", "apis.params", "apis.status", "apis.actions"),
                rx.table.body(rx.foreach(E.cases, _case_row)),
                size="1",
                width="100%",
            ),
            empty_state("apis.no_cases"),
        ),
        width="100%",
        spacing="3",
    )


def _version_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.hstack(
                rx.text("v" + row["version"].to(str)),
                rx.cond(row["published"] != "", rx.badge(t("apis.published"), color_scheme="green")),
            )
        ),
        rx.table.cell(row["message"]),
        rx.table.cell(row["author"]),
        rx.table.cell(row["created"]),
        rx.table.cell(rx.code(row["hash"])),
        rx.table.cell(
            rx.hstack(
                rx.cond(
                    row["published"] == "",
                    rx.button(
                        t("apis.publish"),
                        size="1",
                        variant="soft",
                        color_scheme="green",
                        on_click=E.publish(row["version"].to(str)),
                        data_testid="publish-version",
                    ),
                ),
                confirm_button(
                    t("apis.rollback"),
                    E.rollback(row["version"].to(str)),
                    color="orange",
                    size="1",
                    variant="soft",
                    data_testid="rollback-version",
                ),
                spacing="2",
            )
        ),
        data_testid="version-row",
    )


def _versions_tab() -> rx.Component:
    pickers = rx.flex(
        rx.select(E.version_numbers, value=E.diff_from, on_change=E.set_diff_from, data_testid="diff-from"),
        rx.icon("arrow-right", size=16),
        rx.select(E.version_numbers, value=E.diff_to, on_change=E.set_diff_to, data_testid="diff-to"),
        rx.button(t("apis.compare"), on_click=E.show_diff, variant="soft", data_testid="show-diff"),
        gap="8px",
        align="center",
        wrap="wrap",
    )
    diff = diff_view(E.diff, E.diff_done, "apis.no_diff")
    return rx.vstack(
        rx.box(
            rx.table.root(
                _header(
                    "apis.version", "apis.message", "apis.author", "apis.created", "apis.hash", "apis.publish"
                ),
                rx.table.body(rx.foreach(E.versions, _version_row)),
                size="1",
                width="100%",
            ),
            overflow_x="auto",
            width="100%",
        ),
        pickers,
        diff,
        width="100%",
        spacing="3",
    )


def _stat(label: str, value: rx.Var, testid: str) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(t(label), size="1", color=rx.color("gray", 10)),
            rx.heading(value, size="4", data_testid=testid),
            spacing="1",
        ),
        min_width="110px",
    )


def _log_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row["ts"], white_space="nowrap"),
        rx.table.cell(row["version"]),
        rx.table.cell(row["mode"]),
        rx.table.cell(row["caller"]),
        rx.table.cell(rx.badge(row["status"], color_scheme=rx.cond(row["status"] == "ok", "green", "red"))),
        rx.table.cell(row["duration"]),
        rx.table.cell(row["rows"]),
        rx.table.cell(rx.code(row["params"])),
        rx.table.cell(row["error"]),
        data_testid="log-row",
    )


def _logs_tab() -> rx.Component:
    return rx.vstack(
        rx.flex(
            _stat("apis.calls", E.stats["calls"], "stat-calls"),
            _stat("apis.errors", E.stats["errors"], "stat-errors"),
            rx.card(
                rx.vstack(
                    rx.text("p50", size="1", color=rx.color("gray", 10)),
                    rx.heading(E.stats["p50"], size="4", data_testid="stat-p50"),
                    spacing="1",
                ),
                min_width="110px",
            ),
            rx.card(
                rx.vstack(
                    rx.text("p95", size="1", color=rx.color("gray", 10)),
                    rx.heading(E.stats["p95"], size="4", data_testid="stat-p95"),
                    spacing="1",
                ),
                min_width="110px",
            ),
            rx.text(t("apis.window"), size="1", color=rx.color("gray", 10)),
            gap="12px",
            wrap="wrap",
            align="end",
        ),
        rx.cond(
            E.logs.length() > 0,
            rx.vstack(
                rx.box(
                    rx.plotly(data=E.latency, width="100%", config={"displaylogo": False}),
                    width="100%",
                    data_testid="latency-chart",
                ),
                rx.box(
                    rx.table.root(
                        _header(
                            "apis.created",
                            "apis.version",
                            "apis.mode",
                            "apis.caller",
                            "apis.status",
                            "apis.duration",
                            "apis.rows",
                            "apis.params",
                            "apis.errors",
                        ),
                        rx.table.body(rx.foreach(E.logs, _log_row)),
                        size="1",
                        width="100%",
                    ),
                    overflow_x="auto",
                    width="100%",
                ),
                width="100%",
            ),
            empty_state("apis.no_logs"),
        ),
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
        _type_badge(E.api["logic_type"]),
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
        rx.tabs.content(_test_tab(), value="test", padding_top="12px"),
        rx.tabs.content(_versions_tab(), value="versions", padding_top="12px"),
        rx.tabs.content(_logs_tab(), value="logs", padding_top="12px"),
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
