"""CEP pages in a real browser: a rule fired by an event shows its state badge on /cep; the alert is
acknowledged with a comment on /cep/alerts; a rule is built, previewed, backtested and saved in the
builder (with its grouping fields and two inhibitions, whose server-computed texts follow the language
toggle); the alert's notification group shows in the alerts page's groups tab and opens its detail,
whose member links to the alert. Korean first (the default), then the same pages in English."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

from playwright.sync_api import Page, expect
from sqlmodel import select

from services.cep.events import EventIn, ingest
from services.cep.models import CepRule
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.security import SYSTEM
from services.infra.demo import INCIDENT_ROOT, load_demo
from tests.e2e.helpers import expect_dashboard, new_user, replace_estate, shot, sign_in


def _fired_rule() -> str:
    """An event rule fired by one event (in the app's database); its name. Its webhook action puts the
    alert in a notification group whose first message waits an hour (nothing is sent meanwhile)."""
    name = f"Disk full {uuid.uuid4().hex[:6]}"
    spec = {
        "name": name,
        "severity": "critical",
        "trigger": {"kind": "event", "match": {"rule": name}, "resolve_after_seconds": 3600},
        "actions": [{"kind": "webhook", "params": {"url": "https://hooks.example.invalid/cep"}}],
        "grouping": {"group_by": ["alertname", "instance"], "group_wait_seconds": 3600},
    }
    with session_scope() as session:
        create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    with session_scope() as session:
        ingest(session, [EventIn(labels={"rule": name, "instance": "db-1"}, value=97)], now=utcnow())
    return name


def test_rules_show_state_and_alerts_are_acknowledged(page: Page, app_session: None) -> None:
    name = _fired_rule()
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.get_by_test_id("nav-cep").first.click()
    expect(page.get_by_test_id("page-title")).to_have_text("경보 규칙")
    page.get_by_test_id("rule-search").fill(name)
    row = page.get_by_test_id("rule-row").filter(has_text=name)
    expect(row.get_by_test_id("rule-state")).to_have_text("발생")
    expect(row.get_by_test_id("rule-severity")).to_have_text("치명")
    shot(page, "e2e-cep-rules-ko")

    page.get_by_test_id("nav-cep_alerts").first.click()
    expect(page.get_by_test_id("page-title")).to_have_text("경보 인스턴스")
    alert = page.get_by_test_id("alert-row").filter(has_text=name)
    expect(alert.get_by_test_id("alert-state")).to_have_text("발생")
    alert.get_by_test_id("ack-button").click()
    page.get_by_test_id("ack-comment").fill("디스크 정리 중")
    page.get_by_test_id("ack-submit").click()
    expect(alert).to_contain_text("확인:")
    expect(alert.get_by_test_id("ack-button")).to_have_count(0)
    shot(page, "e2e-cep-alerts-ko")

    # The alert's notification group: its labels, one firing alert, the next message in an hour.
    page.get_by_test_id("tab-groups").click()
    page.get_by_test_id("group-label-filter").fill("alertname=~bad[")
    expect(page.get_by_test_id("group-label-error")).to_contain_text("형식이어야 합니다")
    page.get_by_test_id("group-label-filter").fill(f"alertname={name}")
    group = page.get_by_test_id("group-row")
    expect(group).to_have_count(1)
    expect(group.get_by_test_id("group-labels")).to_contain_text("instance=db-1")
    expect(group.get_by_test_id("group-count")).to_contain_text("1/ 1")
    expect(group.get_by_test_id("group-state")).to_have_text("활성")
    expect(group.get_by_test_id("group-last")).to_have_text("없음")
    expect(group.get_by_test_id("group-next")).to_contain_text(str(utcnow().year))
    shot(page, "e2e-cep-groups-ko")
    group.get_by_test_id("group-open").click()
    detail = page.get_by_test_id("group-detail")
    expect(detail.get_by_test_id("detail-owner")).to_have_text(name)
    expect(detail.get_by_test_id("detail-group-by")).to_have_text("alertname, instance")
    expect(detail.get_by_test_id("detail-timers")).to_contain_text("1h · 5m · 4h")
    expect(detail.get_by_test_id("detail-last")).to_have_text("없음")
    expect(detail.get_by_test_id("detail-next")).to_contain_text(str(utcnow().year))
    expect(detail.get_by_test_id("member-row")).to_have_count(1)
    expect(detail.get_by_test_id("member-state")).to_have_text("발생")
    shot(page, "e2e-cep-group-detail-ko")
    detail.get_by_test_id("detail-close").click()
    expect(detail).to_have_count(0)
    page.get_by_test_id("group-filter").get_by_role("radio", name="유휴").click()
    expect(page.get_by_test_id("groups-view").get_by_test_id("empty")).to_be_visible()
    page.get_by_test_id("group-filter").get_by_role("radio", name="활성").click()
    expect(group).to_have_count(1)

    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("page-title")).to_have_text("Alert instances")
    expect(group.get_by_test_id("group-state")).to_have_text("Active")
    expect(group.get_by_test_id("group-last")).to_have_text("Never")
    shot(page, "e2e-cep-groups-en")
    group.get_by_test_id("group-open").click()
    expect(detail.get_by_test_id("member-state")).to_have_text("Firing")
    expect(detail.get_by_test_id("detail-last-message")).to_have_text("Never")  # nothing sent yet
    shot(page, "e2e-cep-group-detail-en")
    # The member links to its alert: the alerts page shows that one alert until "Show all".
    detail.get_by_test_id("member-link").click()
    expect(detail).to_have_count(0)
    expect(page).to_have_url(re.compile(r"/cep/alerts\?alert=\d+$"))
    expect(page.get_by_test_id("alert-focus")).to_contain_text("Showing alert #")
    expect(page.get_by_test_id("alert-row")).to_have_count(1)
    expect(page.get_by_test_id("alert-row")).to_contain_text(name)
    shot(page, "e2e-cep-alert-focus-en")
    page.get_by_test_id("alert-focus").get_by_role("button").click()
    expect(page.get_by_test_id("alert-focus")).to_have_count(0)
    page.get_by_test_id("tab-alerts").click()
    expect(alert.get_by_test_id("alert-state")).to_have_text("Firing")
    expect(alert).to_contain_text("Acked by")
    page.get_by_test_id("nav-cep").first.click()
    expect(page.get_by_test_id("page-title")).to_have_text("Alert rules")
    page.get_by_test_id("rule-search").fill(name)
    expect(page.get_by_test_id("rule-row").filter(has_text=name).get_by_test_id("rule-state")).to_have_text(
        "Firing"
    )
    shot(page, "e2e-cep-rules-en")

    # Silence the alert from its row: the form is filled in with its labels; then expire the silence.
    page.get_by_test_id("nav-cep_alerts").first.click()
    alert.get_by_test_id("alert-silence").click()
    expect(page.get_by_test_id("page-title")).to_have_text("Silences")
    matcher_values = page.get_by_test_id("matcher-value")
    expect(matcher_values.first).to_be_visible()
    assert name in [matcher_values.nth(i).input_value() for i in range(matcher_values.count())]
    page.get_by_test_id("silence-comment").fill("disk swap tonight")
    page.get_by_test_id("silence-submit").click()
    silence = page.get_by_test_id("silence-row").filter(has_text=name)
    expect(silence.get_by_test_id("silence-status")).to_have_text("Active")
    expect(silence).to_contain_text("disk swap tonight")
    shot(page, "e2e-cep-silences-en")
    silence.get_by_test_id("silence-expire").click()
    page.get_by_test_id("confirm").click()
    expect(silence).to_have_count(0)
    page.get_by_test_id("silence-filter").get_by_role("radio", name="Expired").click()
    expect(silence.get_by_test_id("silence-status")).to_have_text("Expired")
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("page-title")).to_have_text("사일런스")
    expect(silence.get_by_test_id("silence-status")).to_have_text("만료")
    shot(page, "e2e-cep-silences-ko")


def test_viewers_see_alerts_but_cannot_acknowledge(page: Page, app_session: None) -> None:
    name = _fired_rule()
    sign_in(page, new_user("viewer", locale="en"))
    expect_dashboard(page)
    page.get_by_test_id("nav-cep_alerts").first.click()
    alert = page.get_by_test_id("alert-row").filter(has_text=name)
    expect(alert.get_by_test_id("alert-state")).to_have_text("Firing")
    expect(alert.get_by_test_id("ack-button")).to_have_count(0)


def test_build_preview_backtest_and_save_a_rule(page: Page, app_session: None) -> None:
    """The builder on the demo incident happening now: a latency rule on the database selector previews
    the incident's database as pending, its backtest draws the chart, and it is saved into the list."""
    replace_estate(
        lambda session: load_demo(
            session, actor=SYSTEM, end=utcnow() + timedelta(hours=5, minutes=20), days=1
        )
    )
    name = f"DB 지연 {uuid.uuid4().hex[:6]}"
    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.get_by_test_id("nav-cep").first.click()
    page.get_by_test_id("new-rule").click()
    expect(page.get_by_test_id("page-title")).to_have_text("규칙 빌더")
    expect(page.get_by_test_id("error-name")).to_have_text("값을 입력하세요")

    page.get_by_test_id("input-name").fill(name)
    page.get_by_test_id("select-sel_type").click()
    page.get_by_role("option", name="database", exact=True).click()
    page.get_by_test_id("input-threshold").fill("abc")
    expect(page.get_by_test_id("error-threshold")).to_have_text("숫자여야 합니다")
    page.get_by_test_id("input-threshold").fill("250")
    page.get_by_test_id("select-aggregation").click()
    page.get_by_role("option", name="avg", exact=True).click()
    page.get_by_test_id("input-window_seconds").fill("600")
    page.get_by_test_id("input-for_seconds").fill("600")
    expect(page.get_by_test_id("error-threshold")).to_have_count(0)
    root = page.get_by_test_id("preview-row").first  # the active rows come first
    expect(root).to_contain_text(INCIDENT_ROOT)
    expect(root).to_contain_text("대기 (600초 후 발생)")
    expect(page.get_by_test_id("preview-summary")).to_contain_text("조건을 만족합니다")
    shot(page, "e2e-cep-builder-preview-ko")

    page.get_by_test_id("run-backtest").click()
    expect(page.get_by_test_id("backtest-summary")).to_contain_text("알림")
    chart = page.get_by_test_id("backtest-chart")
    expect(chart.locator("svg.main-svg").first).to_be_visible()
    expect(chart.locator("text.legendtext").get_by_text(INCIDENT_ROOT, exact=True)).to_have_count(1)
    expect(page.get_by_test_id("backtest-transition").filter(has_text=INCIDENT_ROOT).first).to_be_visible()
    shot(page, "e2e-cep-builder-backtest-ko")

    # Grouping and two inhibitions: errors at the fields (each inhibition row's at its own inputs), in
    # the language the toggle picks (the server's texts — errors, the backtest summary — are computed
    # again when it changes).
    page.get_by_test_id("input-group_by").fill("alertname, bad-label")
    expect(page.get_by_test_id("error-group_by")).to_have_text("형식이 올바르지 않습니다")
    expect(page.get_by_test_id("inhibit-empty")).to_be_visible()
    page.get_by_test_id("inhibit-add").click()
    first, second = page.get_by_test_id("inhibit-row").nth(0), page.get_by_test_id("inhibit-row").nth(1)
    expect(first.get_by_test_id("inhibit-error")).to_have_text(
        "음소거할 규칙이나 레이블 조건을 하나 이상 지정하세요"
    )
    first.get_by_test_id("inhibit-matchers").fill("nonsense")
    expect(first.get_by_test_id("inhibit-error")).to_contain_text("형식이어야 합니다")
    page.get_by_test_id("inhibit-add").click()
    expect(second.get_by_test_id("inhibit-error")).to_have_text(
        "음소거할 규칙이나 레이블 조건을 하나 이상 지정하세요"
    )
    expect(second).to_contain_text("억제 2")
    shot(page, "e2e-cep-builder-inhibits-ko")
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("save-rule")).to_have_text("Save rule")
    expect(page.get_by_test_id("error-group_by")).to_have_text("Not in the expected form")
    expect(first.get_by_test_id("inhibit-error")).to_contain_text("Use name=value")
    expect(second.get_by_test_id("inhibit-error")).to_have_text(
        "Choose rules or give label matchers for this rule to mute"
    )
    expect(page.get_by_test_id("backtest-summary")).to_contain_text("evaluations")
    shot(page, "e2e-cep-builder-en")
    page.get_by_test_id("input-group_by").fill("alertname")
    page.get_by_test_id("input-group_wait_seconds").fill("0")
    first.get_by_test_id("inhibit-matchers").fill("severity=warning")
    expect(first.get_by_test_id("inhibit-error")).to_have_count(0)
    expect(page.get_by_test_id("grouping-note")).to_have_count(0)  # the second row still mutes nothing
    second.get_by_test_id("inhibit-rule").first.click()
    second.get_by_test_id("inhibit-equal").fill("ci, env")
    expect(page.get_by_test_id("inhibit-error")).to_have_count(0)
    expect(page.get_by_test_id("grouping-note")).to_contain_text(
        "Grouped by alertname: first message after 0 s"
    )
    page.get_by_test_id("inhibit-add").click()  # a third row, removed again
    expect(page.get_by_test_id("inhibit-row")).to_have_count(3)
    page.get_by_test_id("inhibit-row").nth(2).get_by_test_id("inhibit-remove").click()
    expect(page.get_by_test_id("inhibit-row")).to_have_count(2)
    expect(page.get_by_test_id("inhibit-error")).to_have_count(0)
    shot(page, "e2e-cep-builder-inhibits-en")
    page.get_by_test_id("lang-toggle").click()
    expect(page.get_by_test_id("grouping-note")).to_contain_text("alertname별로 묶어 0초")
    expect(page.get_by_test_id("backtest-summary")).to_contain_text("평가")
    shot(page, "e2e-cep-builder-grouping-ko")
    page.get_by_test_id("revision-message").fill("빌더에서 작성")
    page.get_by_test_id("save-rule").click()
    expect(page.get_by_test_id("page-title")).to_have_text("경보 규칙")
    page.get_by_test_id("rule-search").fill(name)
    expect(page.get_by_test_id("rule-row").filter(has_text=name)).to_have_count(1)
    shot(page, "e2e-cep-builder-saved-ko")
    with session_scope() as session:
        saved = session.exec(select(CepRule).where(CepRule.name == name)).one()
    assert saved.spec["grouping"]["group_by"] == ["alertname"]
    assert saved.spec["grouping"]["group_wait_seconds"] == 0
    by_matchers, by_rule = saved.spec["inhibits"]
    assert by_matchers == {
        "rule_ids": [],
        "matchers": [{"name": "severity", "op": "=", "value": "warning"}],
        "equal": ["ci"],
    }
    assert len(by_rule["rule_ids"]) == 1 and by_rule["matchers"] == [] and by_rule["equal"] == ["ci", "env"]
