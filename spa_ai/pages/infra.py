"""Infrastructure pages: the CI list (/infra) and one CI (/infra/[ci_name])."""

from __future__ import annotations

import reflex as rx

from services.infra.models import CI_STATUSES, CI_TYPES, ENVIRONMENTS
from spa_ai.components.charts import metric_chart
from spa_ai.components.graph_view import TYPE_COLORS, graph_view
from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, scroll_box, state_view
from spa_ai.pages.infra_import import import_panel
from spa_ai.shell import page
from spa_ai.state.infra import ALL, DEPTHS, RANGES, RELATIONS, CIDetailState, InfraListState

L, D = InfraListState, CIDetailState

STATUS_COLORS = {"active": "green", "standby": "blue", "maintenance": "orange", "retired": "gray"}
SEVERITY_COLORS = {
    "critical": "red",
    "major": "orange",
    "minor": "amber",
    "warning": "yellow",
    "info": "blue",
}


def _badge(value: rx.Var, colors: dict[str, str]) -> rx.Component:
    return rx.badge(value, color_scheme=rx.match(value, *colors.items(), "gray"), variant="soft")


def _type_badge(value: rx.Var) -> rx.Component:
    return rx.badge(value, variant="outline", color=rx.match(value, *TYPE_COLORS.items(), "gray"))


def _filter(key: str, label_key: str, options: list[str] | rx.Var) -> rx.Component:
    items = (
        rx.foreach(options, lambda o: rx.select.item(o, value=o))
        if isinstance(options, rx.Var)
        else rx.fragment(*(rx.select.item(o, value=o) for o in options))
    )
    return rx.vstack(
        rx.text(t(label_key), size="1", color=rx.color("gray", 10)),
        rx.select.root(
            rx.select.trigger(min_width="140px", data_testid=f"filter-{key}"),
            rx.select.content(rx.select.item(t("infra.all"), value=ALL), items),
            value=L.filters[key],
            on_change=lambda v: L.set_filter(key, v),
            size="2",
        ),
        spacing="1",
    )


def _filters() -> rx.Component:
    search = rx.form(
        rx.hstack(
            rx.input(
                name="q",
                placeholder=t("infra.search_placeholder"),
                default_value=L.q,
                key=L.q,
                width=rx.breakpoints(initial="100%", sm="240px"),
                data_testid="infra-search",
            ),
            rx.button(
                rx.icon("search", size=16), t("common.search"), type="submit", data_testid="infra-search-go"
            ),
        ),
        on_submit=L.search,
    )
    return rx.flex(
        rx.vstack(rx.text(t("common.search"), size="1", color=rx.color("gray", 10)), search, spacing="1"),
        _filter("type", "infra.type", list(CI_TYPES)),
        _filter("environment", "infra.environment", list(ENVIRONMENTS)),
        _filter("status", "infra.status", list(CI_STATUSES)),
        _filter("owner", "infra.owner", L.owners),
        _filter("location", "infra.location", L.locations),
        rx.button(
            t("infra.reset"),
            variant="soft",
            color_scheme="gray",
            on_click=L.reset_filters,
            data_testid="filter-reset",
            align_self="end",
        ),
        wrap="wrap",
        gap="12px",
        align="end",
    )


def _ci_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.link(row["name"], href="/infra/" + row["name"].to(str), weight="medium", data_testid="ci-link")
        ),
        rx.table.cell(_type_badge(row["type"].to(str))),
        rx.table.cell(row["environment"]),
        rx.table.cell(_badge(row["status"].to(str), STATUS_COLORS)),
        rx.table.cell(row["owner"]),
        rx.table.cell(row["location"]),
        rx.table.cell(
            rx.hstack(
                rx.badge(
                    rx.cond(row["health"] == "ok", t("health.ok"), row["health"]),
                    color_scheme=rx.match(row["health"].to(str), *SEVERITY_COLORS.items(), "green"),
                    variant=rx.cond(row["health"] == "ok", "outline", "solid"),
                    data_testid="ci-health",
                ),
                rx.cond(
                    row["problems"] != "0",
                    rx.tooltip(
                        rx.badge(
                            rx.icon("triangle-alert", size=12),
                            row["problems"],
                            variant="soft",
                            color_scheme="gray",
                            data_testid="ci-problems",
                        ),
                        content=t("health.problem_count"),
                    ),
                ),
                spacing="1",
            )
        ),
        data_testid="ci-row",
    )


def _ci_table() -> rx.Component:
    headers = (
        "infra.name",
        "infra.type",
        "infra.environment",
        "infra.status",
        "infra.owner",
        "infra.location",
    )
    health_header = rx.table.column_header_cell(
        rx.button(
            t("health.column"),
            rx.icon(rx.cond(L.sort == "health", "arrow-down-wide-narrow", "arrow-up-down"), size=14),
            variant="ghost",
            size="1",
            title=rx.cond(L.sort == "health", t("health.sort_name"), t("health.sort_health")),
            on_click=L.set_sort(rx.cond(L.sort == "health", "name", "health")),
            data_testid="sort-health",
            data_sort=L.sort,
        )
    )
    table = rx.table.root(
        rx.table.header(rx.table.row(*(rx.table.column_header_cell(t(k)) for k in headers), health_header)),
        rx.table.body(rx.foreach(L.rows, _ci_row)),
        width="100%",
        variant="surface",
    )
    pager = rx.hstack(
        rx.text(L.page_label, size="2", data_testid="ci-count"),
        rx.button(
            rx.icon("chevron-left", size=16),
            t("infra.prev"),
            size="1",
            variant="soft",
            disabled=~L.has_prev,
            on_click=L.turn_page(-1),
            data_testid="page-prev",
        ),
        rx.button(
            t("infra.next"),
            rx.icon("chevron-right", size=16),
            size="1",
            variant="soft",
            disabled=~L.has_next,
            on_click=L.turn_page(1),
            data_testid="page-next",
        ),
        align="center",
        spacing="3",
    )
    empty = rx.cond(L.filtered, empty_state("infra.no_match"), empty_state("infra.no_cis"))
    return rx.vstack(rx.cond(L.rows.length() > 0, scroll_box(table), empty), pager, width="100%")


@page(
    "/infra",
    title_key="infra.title",
    icon="server",
    nav_key="nav.infra",
    permission="infra:read",
    on_load=L.load,
    nav_order=30,
)
def infra_page() -> rx.Component:
    body = rx.vstack(import_panel(), _filters(), _ci_table(), width="100%", spacing="4")
    return state_view(L, body, L.load)


# --- detail -------------------------------------------------------------------------------------------


def _header() -> rx.Component:
    ci = D.ci
    facts = rx.hstack(
        _type_badge(ci["type"]),
        rx.badge(ci["environment"], variant="surface"),
        _badge(ci["status"], STATUS_COLORS),
        rx.text(t("infra.owner"), ": ", ci["owner"], size="2"),
        rx.text(t("infra.location"), ": ", ci["location"], size="2"),
        wrap="wrap",
        align="center",
        spacing="3",
    )
    attributes = rx.flex(
        rx.foreach(
            D.attributes,
            lambda kv: rx.hstack(
                rx.code(kv[0], size="1"),
                rx.text(kv[1], size="2"),
                spacing="1",
                align="center",
            ),
        ),
        wrap="wrap",
        gap="6px 16px",
    )
    return rx.card(
        rx.vstack(
            rx.heading(ci["name"], size="5", data_testid="ci-name"),
            facts,
            rx.text(t("infra.attributes"), size="1", weight="bold", color=rx.color("gray", 10)),
            attributes,
            spacing="2",
        ),
        width="100%",
    )


def _section(title_key: str, *children: rx.Component, **props: object) -> rx.Component:
    return rx.card(
        rx.vstack(rx.heading(t(title_key), size="4"), *children, width="100%", spacing="3"),
        width="100%",
        **props,
    )


def _metrics() -> rx.Component:
    picker = rx.segmented_control.root(
        *(rx.segmented_control.item(key, value=key) for key in RANGES),
        value=D.range_key,
        on_change=D.set_range,
        data_testid="range-picker",
    )
    return _section(
        "infra.metrics",
        rx.hstack(
            picker,
            rx.text(t("infra.until"), " ", D.chart_until, size="1", color=rx.color("gray", 10)),
            align="center",
            spacing="3",
            wrap="wrap",
        ),
        rx.cond(
            D.has_chart,
            metric_chart(D.chart),
            rx.center(rx.text(t("infra.no_metrics"), color=rx.color("gray", 10)), padding="32px"),
        ),
    )


def _graph() -> rx.Component:
    controls = rx.hstack(
        rx.select.root(
            rx.select.trigger(data_testid="graph-direction"),
            rx.select.content(
                rx.select.item(t("infra.both"), value="both"),
                rx.select.item(t("infra.upstream"), value="upstream"),
                rx.select.item(t("infra.downstream"), value="downstream"),
            ),
            value=D.direction,
            on_change=lambda v: D.set_graph("direction", v),
        ),
        rx.text(t("infra.depth"), size="2"),
        rx.select.root(
            rx.select.trigger(data_testid="graph-depth"),
            rx.select.content(*(rx.select.item(d, value=d) for d in DEPTHS)),
            value=D.depth,
            on_change=lambda v: D.set_graph("depth", v),
        ),
        rx.text(t("health.relation"), size="2"),
        rx.select.root(
            rx.select.trigger(data_testid="graph-relation"),
            rx.select.content(
                rx.select.item(t("infra.all"), value="all"),
                *(rx.select.item(r, value=r) for r in RELATIONS[1:]),
            ),
            value=D.relation,
            on_change=lambda v: D.set_graph("relation", v),
        ),
        rx.checkbox(
            t("health.hide_hosts"),
            checked=D.hosts == "hide",
            on_change=lambda checked: D.set_graph("hosts", rx.cond(checked, "hide", "show")),
            data_testid="graph-hide-hosts",
        ),
        rx.text(D.graph_count, " CI", size="2", color=rx.color("gray", 10)),
        rx.cond(D.graph_truncated, rx.badge(t("infra.truncated"), color_scheme="orange")),
        align="center",
        spacing="3",
        wrap="wrap",
    )
    return _section(
        "infra.graph",
        controls,
        rx.text(t("infra.graph_hint"), size="1", color=rx.color("gray", 10)),
        graph_view(D.graph, D.open_node),
    )


def _events() -> rx.Component:
    table = rx.table.root(
        rx.table.header(
            rx.table.row(
                *(
                    rx.table.column_header_cell(t(k))
                    for k in ("admin.time", "infra.severity", "infra.event_type", "infra.message")
                )
            )
        ),
        rx.table.body(
            rx.foreach(
                D.events,
                lambda e: rx.table.row(
                    rx.table.cell(rx.text(e["ts"], white_space="nowrap", size="2")),
                    rx.table.cell(_badge(e["severity"].to(str), SEVERITY_COLORS)),
                    rx.table.cell(e["type"]),
                    rx.table.cell(rx.text(e["message"], size="2")),
                    data_testid="event-row",
                ),
            )
        ),
        width="100%",
        size="1",
    )
    return _section(
        "infra.events", rx.cond(D.events.length() > 0, scroll_box(table), empty_state("infra.no_events"))
    )


@page("/infra/[ci_name]", title_key="infra.title", permission="infra:read", on_load=D.load)
def ci_detail_page() -> rx.Component:
    body = rx.vstack(
        rx.link(
            rx.hstack(rx.icon("arrow-left", size=16), t("infra.back"), align="center"),
            href="/infra",
            data_testid="back-to-list",
        ),
        _header(),
        _metrics(),
        _graph(),
        _events(),
        width="100%",
        spacing="4",
    )
    return state_view(D, body, D.load, "infra.not_found", back_href="/infra", back_key="infra.back")
