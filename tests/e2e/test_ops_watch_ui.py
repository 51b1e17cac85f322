"""Trace analysis, Regression Watch and the OPS overview in a real browser against the infra-small estate."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import select

from services.admin.models import User
from services.admin.service import principal_for
from services.core.db import session_scope
from services.core.security import SYSTEM
from services.infra.importer import import_path
from services.ops import regression
from services.ops.service import ask
from tests.e2e.helpers import (
    expect_dashboard,
    new_user,
    no_horizontal_overflow,
    replace_estate,
    shot,
    sign_in,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = json.loads((FIXTURES / "ops-golden-public.json").read_text())


@pytest.fixture
def estate(app_session: None) -> None:
    replace_estate(lambda session: import_path(session, FIXTURES / "infra-small", actor=SYSTEM))


def _ask_as(username: str, question: str) -> str:
    with session_scope() as session:
        user = session.exec(select(User).where(User.username == username)).one()
        return ask(session, question=question, actor=principal_for(user))["trace_id"]


def test_failed_trace_is_listed_and_analysed(page: Page, estate: None) -> None:
    name = new_user("operator")
    _ask_as(name, "web-01의 현재 CPU 사용률은?")
    failed = _ask_as(name, "web-01 지난 2000시간 평균 CPU?")
    sign_in(page, name)
    expect_dashboard(page)
    page.goto("/ops/traces")
    expect(page.get_by_test_id("trace-row")).to_have_count(2)
    page.get_by_test_id("trace-failed").click()
    expect(page.get_by_test_id("trace-row")).to_have_count(1)
    page.get_by_test_id("trace-open").click()
    expect(page.get_by_test_id("trace-question")).to_have_text("web-01 지난 2000시간 평균 CPU?")
    assert failed in page.url
    page.get_by_test_id("trace-analyse").click()
    hypothesis = page.get_by_test_id("rca-hypothesis").first
    expect(hypothesis).to_have_attribute("data-kind", "validation")
    expect(hypothesis).to_contain_text("검증")
    shot(page, "trace-analysis")


def test_regression_page_runs_and_accepts_and_overview_charts(page: Page, estate: None) -> None:
    suffix = uuid.uuid4().hex[:6]
    lookups = [c for c in GOLDEN["cases"] if c["kind"] == "lookup"][:2]
    cases = [{**c, "id": f"{c['id']}-{suffix}", "tags": [suffix]} for c in lookups]
    cases.append(
        {**lookups[0], "id": f"wrong-{suffix}", "tags": [suffix], "expect": {"number": 12345, "tol_rel": 0}}
    )
    with session_scope() as session:
        regression.import_golden(session, actor=SYSTEM, payload={**GOLDEN, "cases": cases})
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.get_by_test_id("nav-regression").click()
    page.get_by_test_id("regression-tags").fill(suffix)
    page.get_by_test_id("regression-run-now").click()
    results = page.get_by_test_id("regression-result")
    expect(results).to_have_count(3, timeout=30_000)
    expect(results.first).to_have_attribute("data-outcome", "failed")  # regressions first
    expect(page.get_by_test_id("regression-history").locator("svg.main-svg").first).to_be_visible()
    page.get_by_test_id("regression-accept").click()
    expect(page.get_by_text(f"wrong-{suffix}의 기준을 갱신했습니다.")).to_be_visible()
    no_horizontal_overflow(page)
    shot(page, "regression")

    page.get_by_test_id("nav-overview").click()
    expect(page.get_by_test_id("kpi-questions")).to_contain_text(re.compile(r"\d+"))
    for chart in ("kpi-outcomes", "kpi-routes", "kpi-latency"):
        expect(page.get_by_test_id(chart).locator("svg.main-svg").first).to_be_visible()
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("page-title")).to_have_text("OPS overview")
    shot(page, "ops-overview")
