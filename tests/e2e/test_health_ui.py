"""Health on every view in a real browser: the demo incident happening now, its rules replayed by the real
evaluator; the dashboard opens with the firing alert, the CI page rings it, the CI list sorts by health."""

from __future__ import annotations

import re
from datetime import timedelta

from playwright.sync_api import Page, expect
from sqlmodel import col, delete

from services.cep.demo_rules import DEMO_RULES, seed_demo_rules
from services.cep.models import CepRule
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.security import SYSTEM
from services.infra.demo import INCIDENT_ROOT, load_demo
from tests.e2e.helpers import expect_dashboard, new_user, replace_estate, shot, sign_in

INCIDENT_NOW = timedelta(hours=5, minutes=20)  # the demo incident (seed 42) began some 40 minutes ago


def test_dashboard_shows_the_firing_demo_alert_and_links_to_the_ci(page: Page, app_session: None) -> None:
    replace_estate(lambda session: load_demo(session, actor=SYSTEM, end=utcnow() + INCIDENT_NOW, days=1))
    with session_scope() as session:
        names = [rule["name"] for rule in DEMO_RULES]
        session.exec(delete(CepRule).where(col(CepRule.name).in_(names)))  # type: ignore[call-overload]
        assert seed_demo_rules(session) == len(DEMO_RULES)

    sign_in(page, new_user("viewer", locale="en"))
    expect_dashboard(page)
    section = page.get_by_test_id("problems-now")
    expect(section).to_contain_text("Problems now")
    row = section.get_by_test_id("firing-alert-row").filter(has_text="Database latency high")
    expect(row.filter(has_text=INCIDENT_ROOT).first).to_be_visible()
    expect(row.first).to_have_attribute("data-severity", "critical")
    expect(row.first).to_contain_text("not acked")
    expect(section.get_by_test_id("count-critical")).to_be_visible()
    expect(section.get_by_test_id("estate-problem-row").first).to_be_visible()
    shot(page, "health-dashboard")

    row.first.get_by_test_id("problem-ci").click()
    expect(page).to_have_url(re.compile(rf"/infra/{INCIDENT_ROOT}$"))
    expect(page.get_by_test_id("ci-name")).to_have_text(INCIDENT_ROOT)
    chart = page.get_by_test_id("metric-chart")
    expect(chart.locator("svg.main-svg").first).to_be_visible()
    shot(page, "health-ci-page")
    expect(chart.locator("text.annotation-text", has_text="Database latency high 250")).to_have_count(1)
    graph = page.get_by_test_id("dependency-graph")
    expect(graph.locator("text.legendtext", has_text="alert: critical")).to_have_count(1)

    page.get_by_test_id("nav-infra").click()
    expect(page.get_by_test_id("ci-row").first).to_be_visible()
    page.get_by_test_id("sort-health").click()
    expect(page).to_have_url(re.compile(r"sort=health"))
    expect(page.get_by_test_id("ci-health").first).to_have_text("critical")
    shot(page, "health-ci-list")
