"""The OPS chat and trace viewer in a real browser against the infra-small estate.

The app answers with the real clock, so the questions are ones whose answers do not depend on `now`,
plus a trend over fresh samples inserted at the real current time.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from sqlalchemy import text

from services.core.db import session_scope
from services.core.security import SYSTEM
from services.infra.importer import import_path
from tests.e2e.helpers import (
    expect_dashboard,
    new_user,
    no_horizontal_overflow,
    replace_estate,
    shot,
    sign_in,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "infra-small"
SHOTS = os.environ.get("SPA_E2E_SHOTS")  # a directory: save screenshots there while the test runs
RCA_QUESTION = "checkout-service가 2026-03-01 15:20 KST쯤 느렸는데 원인이 뭐야?"
WATCH_STAGES = """() => {
  window.__seen = new Set();
  const record = () => {
    document.querySelectorAll('[data-testid="answer"]').forEach(
      (a) => window.__seen.add("answer:" + a.dataset.status));
    document.querySelectorAll('[data-testid="stage"]').forEach(
      (s) => window.__seen.add(s.dataset.stage + ":" + s.dataset.status));
  };
  new MutationObserver(record).observe(document.body, {subtree: true, childList: true, attributes: true});
}"""
FRESH_SAMPLES = """
INSERT INTO metric_samples (ci_id, metric_id, ts, value)
SELECT c.id, m.id, date_trunc('minute', now()) - make_interval(mins => 5 * i), 40 + 2 * i
FROM cis c, metric_catalog m, generate_series(0, 10) AS i
WHERE c.name = 'session-cache' AND m.name = 'memory_usage'
ON CONFLICT DO NOTHING
"""


@pytest.fixture
def estate(app_session: None) -> None:
    """infra-small in the app's database, plus memory samples of session-cache for the last hour."""
    replace_estate(lambda session: import_path(session, FIXTURE, actor=SYSTEM))
    with session_scope() as session:
        session.execute(text(FRESH_SAMPLES))


def _shot(page: Page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def _ask(page: Page, question: str) -> Locator:
    """Type and send a question; the answer card once every stage has finished."""
    count = page.get_by_test_id("answer").count()
    page.get_by_test_id("ops-input").fill(question)
    page.get_by_test_id("ops-send").click()
    expect(page.get_by_test_id("answer")).to_have_count(count + 1)
    answer = page.get_by_test_id("answer").nth(count)
    expect(answer).not_to_have_attribute("data-status", "running", timeout=30_000)
    return answer


def _expect_stages_done(answer: Locator) -> None:
    stages = answer.get_by_test_id("stage")
    expect(stages).to_have_count(5)
    for i, name in enumerate(("route_plan", "validate", "execute", "compose", "present")):
        expect(stages.nth(i)).to_have_attribute("data-stage", name)
        expect(stages.nth(i)).to_have_attribute("data-status", "ok")
        expect(stages.nth(i)).to_contain_text(re.compile(r"\d ms"))


def _first_column(answer: Locator) -> list[str]:
    rows = answer.get_by_test_id("table-row")
    return [rows.nth(i).locator("td").first.inner_text().strip() for i in range(rows.count())]


def test_ops_chat_streams_stages_renders_blocks_and_links_traces(page: Page, estate: None) -> None:
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    nav = page.get_by_test_id("nav-ops")
    expect(nav).to_be_visible()
    nav.click()
    expect(page.get_by_test_id("page-title")).to_have_text("운영 질의")
    expect(page.get_by_test_id("examples")).to_be_visible()  # empty state
    expect(page.get_by_test_id("example")).to_have_count(10)
    _shot(page, "ops-empty")

    # A lookup (the latest sample is in the fixture, so "now" does not matter).
    answer = _ask(page, "web-01의 현재 CPU 사용률은?")
    _expect_stages_done(answer)
    expect(answer.get_by_test_id("block-text").first).to_contain_text("web-01")
    expect(answer.get_by_test_id("table-row").first).to_contain_text("cpu_usage")

    # Topology: table + drawn graph; the header sorts the table both ways.
    answer = _ask(page, "orders-db에 의존하는 서비스는?")
    _expect_stages_done(answer)
    expect(answer).to_have_attribute("data-status", "ok")
    expect(answer.get_by_test_id("answer-route")).to_have_text("GRAPH")
    expect(answer.get_by_test_id("table-row")).to_have_count(3)
    assert _first_column(answer) == ["order-service", "payment-service", "shipping-service"]
    graph = answer.get_by_test_id("block-graph")
    expect(graph.locator("svg.main-svg").first).to_be_visible()
    for name in ("orders-db", "order-service", "payment-service", "shipping-service"):
        expect(graph).to_contain_text(name)
    header = answer.get_by_test_id("table-header").first
    header.click()
    expect(answer.get_by_test_id("table-row").first).to_contain_text("order-service")
    header.click()
    expect(answer.get_by_test_id("table-row").first).to_contain_text("shipping-service")
    assert _first_column(answer) == ["shipping-service", "payment-service", "order-service"]
    answer.get_by_test_id("plan-panel").locator("summary").click()
    expect(answer.get_by_test_id("plan-panel")).to_contain_text('"graph_query"')
    expect(answer.get_by_test_id("block-reference").first).to_contain_text("SQL", ignore_case=True)
    _shot(page, "ops-graph")

    # Copy and export.
    answer.get_by_test_id("copy-answer").click()
    expect(page.get_by_text("답변을 복사했습니다.")).to_be_visible()
    with page.expect_download() as download:
        answer.get_by_test_id("export-answer").click()
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert exported["route"] == "GRAPH" and download.value.suggested_filename.endswith(".json")
    assert {"text", "table", "graph"} <= {b["type"] for b in exported["blocks"]}

    # A chart over the fresh samples.
    answer = _ask(page, "session-cache 최근 1시간 메모리 추이")
    _expect_stages_done(answer)
    expect(answer.get_by_test_id("block-chart").locator("svg.main-svg").first).to_be_visible()
    expect(answer.get_by_test_id("block-text").first).to_contain_text("session-cache")
    _shot(page, "ops-chart")

    # Root-cause analysis at a fixed moment of the fixture's incident: ranked hypotheses with scores.
    # Its execute stage takes long enough to be seen running: record every state the page shows.
    page.evaluate(WATCH_STAGES)
    answer = _ask(page, RCA_QUESTION)
    _expect_stages_done(answer)
    seen = set(page.evaluate("Array.from(window.__seen)"))
    assert {"answer:running", "execute:started", "execute:ok"} <= seen, sorted(seen)
    expect(answer.get_by_test_id("answer-route")).to_have_text("RCA")
    expect(answer.get_by_test_id("rca-hypothesis").first).to_be_visible()
    expect(answer.get_by_test_id("rca-ci").filter(has_text=re.compile("^orders-db$"))).to_have_count(1)
    expect(answer.get_by_test_id("rca-score").first).to_have_text(re.compile(r"^\d+%$"))
    _shot(page, "ops-rca")

    # A refusal is shown distinctly.
    answer = _ask(page, "Drop the metrics table.")
    expect(answer).to_have_attribute("data-status", "rejected")
    expect(answer.get_by_test_id("answer-rejected")).to_be_visible()
    expect(answer.get_by_test_id("block-text")).to_contain_text("only read")

    # English UI and an English question.
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("page-title")).to_have_text("Ask OPS")
    answer = _ask(page, "Which CIs are in maintenance?")
    _expect_stages_done(answer)
    assert sorted(_first_column(answer)) == ["app-12", "web-04"]
    expect(answer.get_by_test_id("stage").first).to_contain_text("Plan")

    # History: newest first; clicking shows the stored answer without running it again.
    history = page.get_by_test_id("history-item")
    expect(history.first).to_contain_text("Which CIs are in maintenance?")
    expect(history).to_have_count(6)
    before = page.get_by_test_id("answer").count()
    history.nth(4).get_by_test_id("history-show").click()
    expect(page.get_by_test_id("answer")).to_have_count(before + 1)
    stored = page.get_by_test_id("answer").last
    expect(stored).to_contain_text("Stored answer")
    expect(stored.get_by_test_id("block-graph").locator("svg.main-svg").first).to_be_visible()
    _shot(page, "ops-english-history")

    # The trace of the maintenance question: five spans on a timeline.
    page.get_by_test_id("answer").nth(before - 1).get_by_test_id("trace-link").click()
    expect(page.get_by_test_id("page-title")).to_have_text("Traces")
    expect(page.get_by_test_id("trace-question")).to_have_text("Which CIs are in maintenance?")
    spans = page.get_by_test_id("span")
    expect(spans).to_have_count(5)
    expect(page.get_by_test_id("span-bar")).to_have_count(5)
    expect(spans.nth(2)).to_have_attribute("data-stage", "execute")
    expect(page.get_by_test_id("block-table")).to_contain_text("web-04")
    _shot(page, "trace-detail")

    page.get_by_test_id("back-to-traces").click()
    expect(page.get_by_test_id("trace-row")).to_have_count(6)
    expect(page.get_by_test_id("trace-scope")).to_have_count(0)  # operators see only their own
    _shot(page, "trace-list")


def test_admin_sees_everyones_traces(page: Page, estate: None) -> None:
    sign_in(page, new_user("viewer"))
    expect_dashboard(page)
    page.goto("/ops")
    _ask(page, "Which CIs are in maintenance?")
    page.get_by_test_id("user-menu").click()
    page.get_by_test_id("logout").click()
    expect(page.get_by_test_id("login-submit")).to_be_visible()

    sign_in(page, new_user("admin"))
    expect_dashboard(page)
    page.get_by_test_id("nav-ops").click()
    expect(page.get_by_test_id("examples")).to_be_visible()  # the previous user's chat is gone
    expect(page.get_by_test_id("answer")).to_have_count(0)
    expect(page.get_by_test_id("history-item")).to_have_count(0)
    page.get_by_test_id("nav-traces").click()
    expect(page.get_by_test_id("trace-scope")).to_be_visible()
    expect(page.get_by_test_id("trace-row")).to_have_count(0)  # own traces first: none yet
    page.get_by_test_id("trace-scope").get_by_role("radio", name="전체 사용자").click()
    rows = page.get_by_test_id("trace-row")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 1
    expect(rows.filter(has_text="Which CIs are in maintenance?").first).to_be_visible()


def _answer_in_view(page: Page, answer: Locator) -> None:
    """The new answer starts at the top of the viewport (or is whole above the input) and the input bar is
    pinned to the bottom of the viewport."""
    page.wait_for_function(
        """(el) => {
          const top = el.getBoundingClientRect().top, bottom = el.getBoundingClientRect().bottom;
          const bar = document.querySelector('[data-testid="ops-input-bar"]').getBoundingClientRect();
          return (top >= 0 && top <= 40) || (top >= 0 && bottom <= bar.top);
        }""",
        arg=answer.element_handle(),
        timeout=5_000,
    )
    bar = page.get_by_test_id("ops-input-bar").bounding_box()
    height = page.evaluate("innerHeight")
    assert bar is not None and height - 30 <= bar["y"] + bar["height"] <= height + 1, (bar, height)


def test_answers_scroll_into_view_with_a_one_line_stage_summary(page: Page, estate: None) -> None:
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    for width in (1024, 768):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto("/ops")
        expect(page.get_by_test_id("ops-input")).to_be_visible()
        for question in ("orders-db에 의존하는 서비스는?", "session-cache 최근 1시간 메모리 추이"):
            answer = _ask(page, question)
            _answer_in_view(page, answer)
            summary = answer.get_by_test_id("stage-summary")
            expect(summary).to_have_text(re.compile(r"^5단계 · [\d,.]+ ms$"))
            expect(answer.get_by_test_id("stage").first).to_be_hidden()  # folded into the one line
        no_horizontal_overflow(page)
        shot(page, f"ops-answer-in-view-{width}", full_page=False)
        answer.get_by_test_id("stage-summary").click()
        expect(answer.get_by_test_id("stage")).to_have_count(5)
        expect(answer.get_by_test_id("stage").first).to_be_visible()

    # A refusal: amber, no green ticks.
    answer = _ask(page, "metrics 테이블 삭제해줘")
    expect(answer).to_have_attribute("data-status", "rejected")
    expect(answer.get_by_test_id("stage-summary")).to_contain_text("거절됨")
    statuses = {answer.get_by_test_id("stage").nth(i).get_attribute("data-status") for i in range(5)}
    assert "ok" not in statuses, statuses
    _answer_in_view(page, answer)

    # Below 1280 px the history opens from the toolbar; Korean words are not broken inside.
    page.get_by_test_id("history-open").click()
    drawer = page.get_by_test_id("history-drawer")
    expect(drawer.get_by_test_id("history-item").first).to_be_visible()
    style = drawer.get_by_test_id("history-question").first.evaluate(
        "e => [getComputedStyle(e).wordBreak, getComputedStyle(e).overflowWrap]"
    )
    assert style == ["keep-all", "anywhere"], style
    shot(page, "ops-history-drawer-768", full_page=False)
    count = page.get_by_test_id("answer").count()
    drawer.get_by_test_id("history-show").nth(1).click()
    expect(page.get_by_test_id("history-drawer")).to_have_count(0)
    expect(page.get_by_test_id("answer")).to_have_count(count + 1)
    _answer_in_view(page, page.get_by_test_id("answer").last)


def test_follow_ups_carry_the_context_until_a_new_chat(page: Page, estate: None) -> None:
    """An elliptic question is read against the previous one; 'new chat' forgets it; an unknown name offers
    clickable rephrasings."""
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.goto("/ops")
    first = _ask(page, "web-01의 현재 CPU 사용률은?")
    expect(first).to_have_attribute("data-status", "ok")

    follow = _ask(page, "db-01은?")  # the same metric, now for db-01
    expect(follow).to_have_attribute("data-status", "ok")
    expect(follow.get_by_test_id("block-text").first).to_contain_text("이어서")
    expect(follow.get_by_test_id("table-row").first).to_contain_text("db-01")
    expect(follow.get_by_test_id("table-row").first).to_contain_text("cpu_usage")

    page.get_by_test_id("new-chat").click()
    expect(page.get_by_test_id("answer")).to_have_count(0)
    fresh = _ask(page, "db-01은?")  # no context: what db-01 is
    expect(fresh.get_by_test_id("block-text").first).not_to_contain_text("이어서")
    expect(fresh.get_by_test_id("table-row").first).not_to_contain_text("cpu_usage")

    unclear = _ask(page, "ordrs-db 의 상태는?")
    expect(unclear).to_have_attribute("data-status", "unclear")
    suggestion = unclear.get_by_test_id("suggestion").first
    expect(suggestion).to_contain_text("orders-db")
    suggestion.click()
    expect(page.get_by_test_id("answer")).to_have_count(3)
    answered = page.get_by_test_id("answer").nth(2)
    expect(answered).to_have_attribute("data-status", "ok", timeout=30_000)
    expect(answered.get_by_test_id("block-text").first).to_contain_text("orders-db")


def test_a_typo_is_read_and_said_and_a_scoped_problem_question_names_its_scope(
    page: Page, estate: None
) -> None:
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.goto("/ops")
    typo = _ask(page, "whats the memroy usage on web-01 now")
    expect(typo).to_have_attribute("data-status", "ok")
    expect(typo.get_by_test_id("block-text").first).to_contain_text("“memroy” → “memory”")
    expect(typo.get_by_test_id("table-row").first).to_contain_text("memory_usage")
    scoped = _ask(page, "지금 운영 환경에서 문제 있는 거 있어?")
    expect(scoped).to_have_attribute("data-status", "ok")
    expect(scoped.get_by_test_id("block-text").first).to_contain_text("환경=prod")
    _shot(page, "ops-typo-and-scope")
