"""Infrastructure page in a real browser: list, filters, search, CI detail with a chart and the drawn graph."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from services.core.clock import utcnow
from services.core.security import SYSTEM
from services.infra.demo import load_demo
from tests.e2e.helpers import expect_dashboard, new_user, replace_estate, shot, sign_in


def test_infra_list_filter_detail_chart_and_graph(page: Page, app_session: None) -> None:
    replace_estate(lambda session: load_demo(session, actor=SYSTEM, end=utcnow(), days=1))
    sign_in(page, new_user("viewer"))
    expect_dashboard(page)
    page.get_by_test_id("nav-infra").click()
    expect(page.get_by_test_id("ci-row").first).to_be_visible()
    expect(page.get_by_test_id("ci-count")).to_contain_text("1–25 /")

    page.get_by_test_id("filter-type").click()
    page.get_by_role("option", name="database", exact=True).click()
    page.get_by_test_id("infra-search").fill("orders")
    page.get_by_test_id("infra-search-go").click()
    links = page.get_by_test_id("ci-link")
    expect(links.filter(has_text=re.compile(r"^orders-db$"))).to_be_visible()
    expect(links).to_have_count(4)  # orders-db, its replica, stg-, dev-
    expect(page.get_by_test_id("ci-row").get_by_text("service", exact=True)).to_have_count(0)

    links.filter(has_text=re.compile(r"^orders-db$")).click()
    expect(page.get_by_test_id("ci-name")).to_have_text("orders-db")
    expect(page.locator("[data-testid=metric-chart] svg.main-svg").first).to_be_visible()
    expect(page.locator("[data-testid=metric-chart] g.scatterlayer path.js-line").first).to_be_visible()
    expect(page.get_by_test_id("event-row").first).to_be_visible()

    graph = page.get_by_test_id("dependency-graph")
    expect(graph.locator("svg.main-svg").first).to_be_visible()
    labels = graph.locator("g.textpoint text")
    expect(labels.filter(has_text=re.compile(r"^order-service$"))).to_have_count(1)
    expect(labels.filter(has_text=re.compile(r"^prod-db-01$"))).to_have_count(1)
    assert graph.locator("g.annotation").count() >= 5  # arrows are drawn, not listed

    page.get_by_role("radio", name="7d").click()
    expect(page.locator("[data-testid=metric-chart] svg.main-svg").first).to_be_visible()

    # Clicking a node opens that CI.
    label = labels.filter(has_text=re.compile(r"^order-service$"))
    label.scroll_into_view_if_needed()
    box = label.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] - 12)
    expect(page.get_by_test_id("ci-name")).to_have_text("order-service")
    assert page.url.endswith("/infra/order-service")


def test_unknown_ci_shows_not_found_with_a_way_back(page: Page, app_session: None) -> None:
    sign_in(page, new_user("viewer"))
    expect_dashboard(page)
    page.goto("/infra/no-such-ci")
    expect(page.get_by_test_id("not-found")).to_contain_text("CI를 찾을 수 없습니다")
    expect(page.get_by_test_id("error-message")).to_have_count(0)  # not "something went wrong / retry"
    shot(page, "infra-not-found-ko")
    page.get_by_test_id("go-back").click()
    expect(page.get_by_test_id("infra-search")).to_be_visible()
    assert page.url.rstrip("/").endswith("/infra")
    page.goto("/ops/traces/no-such-trace")
    expect(page.get_by_test_id("not-found")).to_contain_text("추적을 찾을 수 없습니다")
    expect(page.get_by_test_id("go-back")).to_have_attribute("href", "/ops/traces")


def test_filters_paging_and_ranges_live_in_the_address(page: Page, app_session: None) -> None:
    replace_estate(lambda session: load_demo(session, actor=SYSTEM, end=utcnow(), days=1))
    sign_in(page, new_user("viewer"))
    expect_dashboard(page)
    page.goto("/infra")
    expect(page.get_by_test_id("ci-row").first).to_be_visible()
    page.get_by_test_id("page-next").click()
    expect(page.get_by_test_id("ci-count")).to_contain_text("26–")
    expect(page).to_have_url(re.compile(r"/infra/?\?page=2$"))

    page.get_by_test_id("filter-environment").click()
    page.get_by_role("option", name="prod", exact=True).click()
    page.get_by_test_id("infra-search").fill("db")
    page.get_by_test_id("infra-search-go").click()
    expect(page).to_have_url(re.compile(r"/infra/?\?q=db&environment=prod$"))
    names = page.get_by_test_id("ci-link").all_inner_texts()
    assert names and all("db" in name for name in names), names

    # A reload, or the link shared with someone else, shows the same view.
    page.reload()
    expect(page.get_by_test_id("filter-environment")).to_have_text("prod")
    expect(page.get_by_test_id("infra-search")).to_have_value("db")
    expect(page.get_by_test_id("ci-link")).to_have_count(len(names))
    other = page.context.new_page()
    other.goto(page.url)
    expect(other.get_by_test_id("ci-link")).to_have_count(len(names))
    other.close()

    # An empty result says why, not "nothing here yet".
    page.get_by_test_id("infra-search").fill("no-such-thing")
    page.get_by_test_id("infra-search-go").click()
    expect(page.get_by_test_id("empty")).to_have_text(
        "이 조건에 맞는 CI가 없습니다. 필터를 바꾸거나 초기화하세요."
    )
    page.get_by_test_id("filter-reset").click()
    expect(page).to_have_url(re.compile(r"/infra/?$"))
    expect(page.get_by_test_id("ci-count")).to_contain_text("1–25 /")

    # The chart range and the graph view of a CI, too.
    page.goto("/infra/orders-db")
    page.get_by_role("radio", name="7d").click()
    expect(page).to_have_url(re.compile(r"/infra/orders-db/?\?range=7d$"))
    page.reload()
    expect(page.get_by_test_id("ci-name")).to_have_text("orders-db")
    expect(page.get_by_role("radio", name="7d")).to_be_checked()
    page.go_back()  # replacing the address added no history entries: back leaves the CI page
    expect(page.get_by_test_id("ci-name")).to_have_count(0)
