"""OPS trace viewer: the list (/ops/traces) and one trace (/ops/traces/[trace_id]) with its span
timeline, inputs/outputs, plan and answer."""

from __future__ import annotations

import reflex as rx

from spa_ai.components.answer_blocks import MONO, answer_blocks, code_panel
from spa_ai.components.answer_message import STATUS_COLORS, stage_label
from spa_ai.components.i18n import t
from spa_ai.components.layout import empty_state, scroll_box, state_view
from spa_ai.shell import page
from spa_ai.state.traces import EVERYONE, MINE, TraceDetailState, TraceListState

L, D = TraceListState, TraceDetailState


def _status_badge(status: rx.Var) -> rx.Component:
    return rx.badge(status, color_scheme=rx.match(status, *STATUS_COLORS.items(), "gray"), variant="soft")


def _trace_row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(row["at"], white_space="nowrap", size="2")),
        rx.cond(L.scope == EVERYONE, rx.table.cell(row["username"])),
        rx.table.cell(
            rx.link(row["question"], href="/ops/traces/" + row["trace_id"].to(str), data_testid="trace-open")
        ),
        rx.table.cell(rx.badge(row["route"], variant="outline")),
        rx.table.cell(_status_badge(row["status"].to(str))),
        rx.table.cell(rx.text(row["duration"], font_family=MONO, size="2", white_space="nowrap")),
        data_testid="trace-row",
    )


@page(
    "/ops/traces",
    title_key="traces.title",
    icon="activity",
    nav_key="nav.traces",
    permission="ops:ask",
    on_load=L.load,
    nav_order=20,
)
def traces_page() -> rx.Component:
    scope = rx.cond(
        L.can_see_all,
        rx.segmented_control.root(
            rx.segmented_control.item(t("traces.mine"), value=MINE),
            rx.segmented_control.item(t("traces.everyone"), value=EVERYONE),
            value=L.scope,
            on_change=L.set_scope,
            data_testid="trace-scope",
        ),
    )
    headers = [
        t("traces.time"),
        rx.cond(L.scope == EVERYONE, t("traces.user"), ""),
        t("traces.question"),
        t("traces.route"),
        t("traces.status"),
        t("traces.duration"),
    ]
    table = rx.table.root(
        rx.table.header(
            rx.table.row(
                rx.table.column_header_cell(headers[0]),
                rx.cond(L.scope == EVERYONE, rx.table.column_header_cell(headers[1])),
                *(rx.table.column_header_cell(h) for h in headers[2:]),
            )
        ),
        rx.table.body(rx.foreach(L.traces, _trace_row)),
        width="100%",
        variant="surface",
    )
    body = rx.vstack(
        rx.hstack(
            rx.link(
                rx.hstack(rx.icon("arrow-left", size=16), t("traces.back_chat"), align="center"), href="/ops"
            ),
            rx.spacer(),
            rx.el.label(
                rx.hstack(
                    rx.switch(checked=L.failed_only, on_change=L.set_failed_only, data_testid="trace-failed"),
                    rx.text(t("traces.failed_only"), size="2"),
                    align="center",
                ),
            ),
            scope,
            width="100%",
            align="center",
        ),
        rx.cond(
            L.traces.length() > 0,
            scroll_box(table),
            rx.cond(
                L.failed_only,
                empty_state("traces.none_failed"),
                rx.cond(
                    L.scope == EVERYONE, empty_state("traces.none_anyone"), empty_state("traces.none_mine")
                ),
            ),
        ),
        width="100%",
        spacing="4",
    )
    return state_view(L, body, L.load)


# --- detail -------------------------------------------------------------------------------------------


def _fact(label_key: str, value: rx.Var | rx.Component) -> rx.Component:
    return rx.vstack(
        rx.text(t(label_key), size="1", color=rx.color("gray", 10)),
        value if isinstance(value, rx.Component) else rx.text(value, size="2"),
        spacing="0",
    )


def _header() -> rx.Component:
    trace = D.trace
    return rx.card(
        rx.vstack(
            rx.heading(trace["question"], size="4", data_testid="trace-question"),
            rx.flex(
                _fact("traces.time", trace["at"]),
                _fact("traces.user", trace["username"]),
                _fact("traces.route", rx.badge(trace["route"], variant="outline")),
                _fact("traces.planner", trace["planner"]),
                _fact("traces.status", _status_badge(trace["status"].to(str))),
                _fact("traces.duration", rx.text(trace["duration"], font_family=MONO, size="2")),
                _fact("traces.id", rx.code(trace["trace_id"], size="1")),
                wrap="wrap",
                gap="12px 28px",
            ),
            rx.cond(
                trace["error"] != "",
                rx.callout(trace["error"], icon="triangle-alert", color_scheme="red", size="1"),
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _span(span: rx.Var) -> rx.Component:
    # In a refused run the stages that merely ran are neutral, not green (as in the chat).
    ran = rx.cond(D.trace["status"] == "rejected", "gray", "green")
    color = rx.match(span.status, ("ok", ran), ("rejected", "orange"), ("error", "red"), "gray")
    bar = rx.box(
        rx.box(
            margin_left=span.offset_pct,
            width=span.width_pct,
            height="100%",
            min_width="3px",
            border_radius="3px",
            background=rx.color(color, 9),
            data_testid="span-bar",
        ),
        flex="1",
        height="14px",
        background=rx.color("gray", 3),
        border_radius="3px",
    )
    return rx.vstack(
        rx.hstack(
            rx.text(stage_label(span.stage), size="2", width="120px", weight="medium"),
            bar,
            rx.text(span.ms, size="1", width="80px", text_align="right", font_family=MONO),
            rx.badge(span.status, color_scheme=color, variant="soft", size="1", width="72px"),
            width="100%",
            align="center",
            spacing="3",
        ),
        rx.cond(
            span.error != "",
            rx.text(span.error, size="1", color=rx.color("red", 11), data_testid="span-error"),
        ),
        rx.flex(
            code_panel(rx.text(t("traces.input"), display="inline"), span.input_json, "span-input"),
            code_panel(rx.text(t("traces.output"), display="inline"), span.output_json, "span-output"),
            gap="12px",
            width="100%",
            direction=rx.breakpoints(initial="column", md="row"),
            padding_left=rx.breakpoints(initial="0", sm="132px"),
        ),
        width="100%",
        spacing="1",
        data_testid="span",
        data_stage=span.stage,
    )


def _hypothesis(h: rx.Var) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.badge(h.label, color_scheme="orange", variant="soft"),
                rx.text(h.cause, weight="medium", size="2"),
                rx.spacer(),
                rx.text(h.score, font_family=MONO, size="1"),
                width="100%",
                align="center",
            ),
            rx.foreach(
                h.evidence, lambda e: rx.text("· ", e, size="1", font_family=MONO, color=rx.color("gray", 11))
            ),
            rx.hstack(
                rx.icon("lightbulb", size=14),
                rx.text(h.action, size="2"),
                align="center",
                spacing="2",
            ),
            width="100%",
            spacing="2",
        ),
        width="100%",
        data_testid="rca-hypothesis",
        data_kind=h.kind,
    )


def _analysis() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.heading(t("traces.rca_title"), size="3"),
            rx.spacer(),
            rx.button(
                rx.icon("search-check", size=16),
                t("traces.analyse"),
                on_click=D.analyse,
                loading=D.rca_status == "running",
                variant="soft",
                data_testid="trace-analyse",
            ),
            width="100%",
            align="center",
        ),
        rx.cond(
            D.rca_status == "done",
            rx.cond(D.rca.length() > 0, rx.foreach(D.rca, _hypothesis), empty_state("traces.rca_none")),
            rx.text(t("traces.rca_hint"), size="2", color=rx.color("gray", 10)),
        ),
        width="100%",
        spacing="3",
    )


def _section(title_key: str, *children: rx.Component, **props: object) -> rx.Component:
    return rx.card(
        rx.vstack(rx.heading(t(title_key), size="3"), *children, width="100%", spacing="3"),
        width="100%",
        **props,
    )


@page("/ops/traces/[trace_id]", title_key="traces.title", permission="ops:ask", on_load=D.load)
def trace_detail_page() -> rx.Component:
    answer = rx.cond(
        D.messages.length() > 0,
        rx.foreach(
            D.messages,
            lambda m: answer_blocks(m.id, m.blocks, D),
        ),
        empty_state(),
    )
    body = rx.vstack(
        rx.link(
            rx.hstack(rx.icon("arrow-left", size=16), t("traces.back"), align="center"),
            href="/ops/traces",
            data_testid="back-to-traces",
        ),
        _header(),
        rx.card(_analysis(), width="100%", data_testid="trace-rca"),
        _section("traces.timeline", rx.foreach(D.spans, _span), data_testid="timeline"),
        _section(
            "traces.plan",
            rx.el.pre(
                D.trace["plan"],
                font_family=MONO,
                font_size="12px",
                white_space="pre-wrap",
                margin="0",
            ),
        ),
        _section(
            "traces.answer",
            answer,
            code_panel(rx.text(t("traces.answer_json"), display="inline"), D.trace["answer"], "answer-json"),
        ),
        width="100%",
        spacing="4",
    )
    return state_view(D, body, D.load, "traces.not_found", back_href="/ops/traces", back_key="traces.back")
