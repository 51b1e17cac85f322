"""The OPS chat page (/ops): conversation, input box, example questions and the history sidebar."""

from __future__ import annotations

import reflex as rx
from reflex.vars.function import FunctionStringVar

from spa_ai.components.answer_message import chat_message
from spa_ai.components.i18n import t
from spa_ai.shell import page
from spa_ai.state.ops import OpsState

# Questions that answer from the built-in demo estate (orders-db carries the injected incident).
EXAMPLES: dict[str, list[str]] = {
    "ko": [
        "orders-db 장애 시 영향받는 서비스는?",
        "orders-db 최근 24시간 디스크 사용률 추이",
        "지난 24시간 평균 에러율 상위 5개 서비스",
        "최근 24시간 critical 이벤트는 몇 건?",
        "web-frontend에서 orders-db까지의 의존 경로를 보여줘",
    ],
    "en": [
        "What would be impacted if orders-db fails?",
        "Show the disk usage trend of orders-db over the last 24 hours",
        "Top 5 services by average response time in the last hour",
        "Why was order-service slow in the last 6 hours?",
        "Which CIs are in maintenance?",
    ],
}


def _example(question: str) -> rx.Component:
    return rx.button(
        rx.icon("message-circle-question", size=14, flex_shrink="0"),
        rx.text(question, text_align="left"),
        variant="surface",
        size="2",
        justify_content="flex-start",
        height="auto",
        padding="8px 12px",
        white_space="normal",
        width="100%",
        disabled=OpsState.running,
        on_click=OpsState.ask_question(question),  # type: ignore[misc]  # background handler
        data_testid="example",
    )


def examples_panel() -> rx.Component:
    """The empty state: what the assistant does and clickable examples in both languages."""
    column = lambda label, lang: rx.vstack(  # noqa: E731
        rx.text(label, size="2", weight="bold", color=rx.color("gray", 11)),
        *(_example(q) for q in EXAMPLES[lang]),
        width="100%",
        spacing="2",
    )
    return rx.card(
        rx.vstack(
            rx.hstack(rx.icon("sparkles", size=18), rx.heading(t("ops.welcome"), size="4"), align="center"),
            rx.text(t("ops.welcome_hint"), size="2", color=rx.color("gray", 11)),
            rx.grid(
                column("한국어", "ko"),
                column("English", "en"),
                columns=rx.breakpoints(initial="1", sm="2"),
                spacing="4",
                width="100%",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_testid="examples",
    )


def _input() -> rx.Component:
    """The question box, pinned to the bottom of the viewport while the conversation scrolls."""
    form = rx.form(
        rx.hstack(
            rx.input(
                name="question",
                default_value=OpsState.prefill,
                key=OpsState.prefill,  # a new ?q= remounts the box with it
                placeholder=t("ops.placeholder"),
                size="3",
                width="100%",
                max_length=2000,
                auto_complete="off",
                data_testid="ops-input",
            ),
            rx.button(
                rx.icon("send", size=16),
                t("ops.send"),
                type="submit",
                size="3",
                loading=OpsState.running,
                disabled=OpsState.running,
                data_testid="ops-send",
            ),
            width="100%",
            align="center",
        ),
        on_submit=OpsState.submit,
        reset_on_submit=True,
        width="100%",
    )
    return rx.box(
        form,
        position="sticky",
        bottom="0",
        z_index="5",
        width="100%",
        padding_y="12px",
        background=rx.color("gray", 1),
        border_top=f"1px solid {rx.color('gray', 4)}",
        data_testid="ops-input-bar",
    )


# Korean words stay whole; only a token longer than the panel (a long CI name) breaks inside.
HISTORY_WRAP = {"word_break": "keep-all", "overflow_wrap": "anywhere"}


def _history_item(item: rx.Var) -> rx.Component:
    dot = rx.match(
        item["status"],
        ("ok", rx.color("green", 9)),
        ("rejected", rx.color("orange", 9)),
        rx.color("red", 9),
    )
    return rx.hstack(
        rx.box(width="8px", height="8px", border_radius="50%", background=dot, flex_shrink="0"),
        rx.vstack(
            rx.text(
                item["question"], size="2", trim="both", style=HISTORY_WRAP, data_testid="history-question"
            ),
            rx.text(item["at"], " · ", item["route"], size="1", color=rx.color("gray", 10)),
            spacing="0",
            flex="1",
            min_width="0",
            cursor="pointer",
            on_click=OpsState.show_stored(item["trace_id"]),
            data_testid="history-show",
        ),
        rx.tooltip(
            rx.icon_button(
                rx.icon("rotate-ccw", size=12),
                size="1",
                variant="ghost",
                disabled=OpsState.running,
                on_click=OpsState.ask_question(item["question"]),  # type: ignore[misc]  # background handler
                data_testid="history-reask",
            ),
            content=t("ops.reask"),
        ),
        width="100%",
        align="center",
        spacing="2",
        padding="6px",
        border_radius="6px",
        _hover={"background": rx.color("gray", 3)},
        data_testid="history-item",
    )


def _history_list() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.icon("history", size=16),
            rx.text(t("ops.history"), weight="bold"),
            rx.spacer(),
            rx.link(t("nav.traces"), href="/ops/traces", size="1"),
            width="100%",
            align="center",
        ),
        rx.cond(
            OpsState.history_error != "",
            rx.text(OpsState.history_error, color=rx.color("red", 10), size="1", data_testid="history-error"),
        ),
        rx.cond(
            OpsState.history.length() > 0,
            rx.vstack(rx.foreach(OpsState.history, _history_item), width="100%", spacing="1"),
            rx.text(t("ops.history_empty"), size="1", color=rx.color("gray", 10)),
        ),
        width="100%",
        spacing="2",
    )


def history_sidebar() -> rx.Component:
    """The user's recent questions beside the chat from 1280 px on: click to see the stored answer, ↻ to
    ask again."""
    return rx.box(
        _history_list(),
        display=rx.breakpoints(initial="none", lg="block"),
        width="280px",
        min_width="240px",
        flex_shrink="0",
        padding="12px",
        border_radius="8px",
        background=rx.color("gray", 2),
        max_height="calc(100vh - 120px)",
        overflow_y="auto",
        position="sticky",
        top="16px",
        data_testid="history",
    )


def history_drawer() -> rx.Component:
    """Below 1280 px the recent questions open from a toolbar button, so the chat keeps the full width
    and the input stays the last thing on the page (pinned to the bottom of the viewport)."""
    return rx.drawer.root(
        rx.drawer.trigger(
            rx.button(
                rx.icon("history", size=14),
                t("ops.history"),
                size="1",
                variant="soft",
                color_scheme="gray",
                display=rx.breakpoints(initial="inline-flex", lg="none"),
                data_testid="history-open",
            )
        ),
        rx.drawer.overlay(),
        rx.drawer.portal(
            rx.drawer.content(
                rx.box(_history_list(), padding="16px", overflow_y="auto", height="100%"),
                width="min(360px, 90vw)",
                height="100%",
                left="auto",  # the drawer's own style pins both sides
                right="0",
                top="0",
                position="fixed",
                background=rx.color("gray", 2),
                data_testid="history-drawer",
            )
        ),
        direction="right",
        open=OpsState.history_open,
        on_open_change=OpsState.set_history_open,
    )


# Scroll the element to the top; while the answer still renders (charts load lazily, the page grows) for
# up to 2 s, keep it there — unless the user scrolls meanwhile. While a drawer or dialog holds the page
# still (it restores the old position when it closes), wait for it to close first.
_SCROLL_INTO_VIEW: FunctionStringVar = FunctionStringVar.create(
    """((id) => {
  const target = document.getElementById(id);
  if (!target) return;
  const place = () => { target.scrollIntoView({block: "start", behavior: "auto"}); return window.scrollY; };
  const follow = () => {
    let placed = place();
    const watch = new ResizeObserver(() => {
      if (Math.abs(window.scrollY - placed) > 2) { watch.disconnect(); return; }
      placed = place();
    });
    watch.observe(document.body);
    setTimeout(() => watch.disconnect(), 2000);
  };
  const locked = () => document.body.hasAttribute("data-scroll-locked");
  let waited = 0;
  const start = () => {
    if (locked() && waited < 2000) { waited += 50; setTimeout(start, 50); return; }
    if (waited) setTimeout(follow, 50); else follow();
  };
  start();
})"""
)


def _scroller() -> rx.Component:
    """Scrolls to `OpsState.scroll_target` each time `scroll_seq` changes: two distinct elements take
    turns by its parity, so each change mounts one of them, and mounting runs the scroll."""

    def mark(name: str) -> rx.Component:
        return rx.box(
            on_mount=rx.run_script(_SCROLL_INTO_VIEW.call(OpsState.scroll_target)),
            display="none",
            data_testid=f"scroller-{name}",
        )

    return rx.cond(OpsState.scroll_seq % 2 == 0, mark("even"), mark("odd"))


def _conversation() -> rx.Component:
    toolbar = rx.hstack(
        history_drawer(),
        rx.spacer(),
        rx.cond(
            OpsState.messages.length() > 0,
            rx.button(
                rx.icon("square-pen", size=14),
                t("ops.new_chat"),
                size="1",
                variant="soft",
                color_scheme="gray",
                disabled=OpsState.running,
                on_click=OpsState.clear,
                data_testid="new-chat",
            ),
        ),
        width="100%",
    )
    return rx.vstack(
        toolbar,
        rx.cond(
            OpsState.messages.length() > 0,
            rx.vstack(
                rx.foreach(OpsState.messages, lambda m: chat_message(m, OpsState)),
                width="100%",
                spacing="5",
                min_height="40vh",
            ),
            examples_panel(),
        ),
        _scroller(),
        _input(),
        width="100%",
        min_width="0",
        flex="1",
        spacing="4",
    )


@page(
    "/ops",
    title_key="ops.title",
    icon="message-square",
    nav_key="nav.ops",
    permission="ops:ask",
    on_load=OpsState.load,
    nav_order=10,
)
def ops_page() -> rx.Component:
    return rx.hstack(_conversation(), history_sidebar(), width="100%", align="start", spacing="4")
