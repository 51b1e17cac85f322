"""One chat exchange: the question, the stage progress (one line — "5 stages · 42 ms", or the stage
running now — that opens to the five stages), the answer (status, blocks), its tools (copy, export
JSON, trace link) and the "show plan" panel."""

from __future__ import annotations

from typing import Any

import reflex as rx

from services.ops.service import STAGES
from spa_ai.components.answer_blocks import MONO, answer_blocks, code_panel
from spa_ai.components.i18n import t

STATUS_COLORS = {"ok": "green", "rejected": "orange", "unclear": "amber", "error": "red", "running": "blue"}
STAGE_ICON_SIZE = 14


def stage_label(name: rx.Var) -> rx.Var:
    """The translated name of a pipeline stage."""
    return rx.match(name, *((stage, t(f"ops.stage.{stage}")) for stage in STAGES), name)


def _stage(stage: rx.Var) -> rx.Component:
    icon = rx.match(
        stage.status,
        ("started", rx.spinner(size="1")),
        ("ok", rx.icon("circle-check", size=14, color=rx.color("green", 9))),
        ("done", rx.icon("circle-check", size=14, color=rx.color("gray", 9))),
        ("rejected", rx.icon("ban", size=14, color=rx.color("orange", 9))),
        ("error", rx.icon("circle-x", size=14, color=rx.color("red", 9))),
        rx.icon("circle-dashed", size=14, color=rx.color("gray", 8)),
    )
    return rx.hstack(
        icon,
        rx.text(stage_label(stage.name), size="1"),
        rx.cond(stage.ms != "", rx.text(stage.ms, size="1", color=rx.color("gray", 10), font_family=MONO)),
        align="center",
        spacing="1",
        padding="2px 8px",
        border_radius="999px",
        background=rx.color("gray", 3),
        data_testid="stage",
        data_stage=stage.name,
        data_status=stage.status,
        title=stage.detail,
    )


def _stage_summary(message: rx.Var) -> rx.Component:
    """The one line: the running stage while the answer streams in, then "5 stages · 42 ms" coloured by
    the outcome (a refusal is amber, not a row of green ticks)."""
    icon = rx.match(
        message.status,
        ("running", rx.spinner(size="1")),
        ("ok", rx.icon("circle-check", size=STAGE_ICON_SIZE, color=rx.color("green", 9))),
        ("rejected", rx.icon("ban", size=STAGE_ICON_SIZE, color=rx.color("orange", 9))),
        rx.icon("circle-x", size=STAGE_ICON_SIZE, color=rx.color("red", 9)),
    )
    running = rx.text(
        rx.cond(message.current_stage != "", stage_label(message.current_stage), t("ops.running")),
        " (",
        message.stages_done,
        "/",
        message.stages.length(),
        ")",
        size="1",
    )
    finished = rx.text(
        message.stages_done,
        t("ops.stages_unit"),
        rx.cond(message.total_ms != "", " · " + message.total_ms.to(str), ""),
        size="1",
        font_family=MONO,
    )
    return rx.hstack(
        icon,
        rx.cond(message.status == "running", running, finished),
        rx.cond(
            message.status == "rejected",
            rx.text(t("ops.refused_short"), size="1", color=rx.color("orange", 11)),
        ),
        rx.icon("chevron-down", size=12, color=rx.color("gray", 9), class_name="stage-chevron"),
        align="center",
        spacing="1",
        display="inline-flex",
        color=rx.color("gray", 11),
        data_testid="stage-summary",
    )


def stage_progress(message: rx.Var) -> rx.Component:
    """route_plan → validate → execute → compose → present in one line, opened on click to each stage
    with its state and duration."""
    return rx.el.details(
        rx.el.summary(_stage_summary(message), cursor="pointer", list_style="none", width="fit-content"),
        rx.flex(
            rx.foreach(message.stages, _stage),
            wrap="wrap",
            gap="6px",
            align="center",
            padding_top="6px",
        ),
        data_testid="stage-progress",
    )


def _status_banner(message: rx.Var) -> rx.Component:
    return rx.match(
        message.status,
        (
            "rejected",
            rx.callout(
                t("ops.rejected"), icon="ban", color_scheme="orange", size="1", data_testid="answer-rejected"
            ),
        ),
        (
            "unclear",
            rx.callout(
                t("ops.unclear"),
                icon="circle-help",
                color_scheme="amber",
                size="1",
                data_testid="answer-unclear",
            ),
        ),
        (
            "error",
            rx.callout(
                t("ops.error"),
                icon="triangle-alert",
                color_scheme="red",
                size="1",
                data_testid="answer-error",
            ),
        ),
        rx.fragment(),
    )


def _tools(message: rx.Var, state: Any) -> rx.Component:
    return rx.hstack(
        rx.badge(message.route, variant="soft", data_testid="answer-route"),
        rx.cond(
            message.source == "history",
            rx.badge(t("ops.from_history"), variant="outline", color_scheme="gray"),
        ),
        rx.spacer(),
        rx.tooltip(
            rx.icon_button(
                rx.icon("copy", size=14),
                size="1",
                variant="ghost",
                # In the browser: the text is already here, and a script sent by the server may not run.
                on_click=[rx.set_clipboard(message.copy_text), rx.toast.success(t("ops.copied"))],
                data_testid="copy-answer",
            ),
            content=t("ops.copy"),
        ),
        rx.tooltip(
            rx.icon_button(
                rx.icon("download", size=14),
                size="1",
                variant="ghost",
                on_click=state.export_answer(message.id),
                data_testid="export-answer",
            ),
            content=t("ops.export"),
        ),
        rx.cond(
            message.trace_id != "",
            rx.link(
                rx.hstack(
                    rx.icon("activity", size=14),
                    rx.text(t("ops.trace"), size="1"),
                    align="center",
                    spacing="1",
                ),
                href="/ops/traces/" + message.trace_id.to(str),
                data_testid="trace-link",
            ),
        ),
        width="100%",
        align="center",
        spacing="3",
    )


def plan_panel(message: rx.Var) -> rx.Component:
    """The "show plan" panel: route, planner and the steps as JSON."""
    summary = rx.hstack(
        rx.icon("list-tree", size=14),
        rx.text(t("ops.show_plan")),
        rx.text("· ", message.route, " · ", message.planner, color=rx.color("gray", 10)),
        align="center",
        spacing="2",
        display="inline-flex",
    )
    return code_panel(summary, message.plan_json, "plan-panel")


def _suggestions(message: rx.Var, state: Any) -> rx.Component:
    """Rephrasings of an unclear question; a click asks one (in the chat, where questions can be asked)."""
    if not hasattr(state, "ask_question"):
        return rx.fragment()

    def button(question: rx.Var) -> rx.Component:
        return rx.button(
            rx.icon("corner-down-right", size=14),
            question,
            size="1",
            variant="soft",
            disabled=state.running,
            on_click=state.ask_question(question),
            data_testid="suggestion",
        )

    return rx.cond(
        message.suggestions.length() > 0,
        rx.vstack(
            rx.text(t("ops.suggestions"), size="2", color_scheme="gray"),
            rx.flex(rx.foreach(message.suggestions, button), wrap="wrap", gap="2"),
            spacing="1",
        ),
    )


def _answer(message: rx.Var, state: Any) -> rx.Component:
    running = rx.hstack(rx.spinner(size="2"), rx.text(t("ops.running"), size="2"), align="center")
    body = rx.vstack(
        _tools(message, state),
        _status_banner(message),
        answer_blocks(message.id, message.blocks, state),
        _suggestions(message, state),
        plan_panel(message),
        width="100%",
        spacing="3",
    )
    return rx.card(
        rx.vstack(
            stage_progress(message),
            rx.cond(message.status == "running", running, body),
            width="100%",
            spacing="3",
        ),
        width="100%",
        id="answer-" + message.id.to(str),
        scroll_margin_top="12px",
        border_left=rx.match(
            message.status,
            *((status, f"3px solid {rx.color(color, 9)}") for status, color in STATUS_COLORS.items()),
            "3px solid transparent",
        ),
        data_testid="answer",
        data_status=message.status,
    )


def chat_message(message: rx.Var, state: Any) -> rx.Component:
    """The question bubble followed by its answer card."""
    question = rx.box(
        rx.text(message.question, white_space="pre-wrap"),
        align_self="end",
        max_width="80%",
        padding="8px 14px",
        border_radius="14px",
        background=rx.color("accent", 4),
        data_testid="question",
    )
    return rx.vstack(
        question,
        _answer(message, state),
        width="100%",
        spacing="2",
        id="message-" + message.id.to(str),
        scroll_margin_top="12px",
        # The newest exchange is at least a screen tall, so its answer can scroll to the top of the page.
        style={"&:last-child": {"min_height": "calc(100vh - 60px)"}},
        data_testid="message",
    )
