"""An alert on a CI shows what was attached when it fired and links to the OPS chat with the question
pre-filled (/ops?q=...)."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from playwright.sync_api import Page, expect
from sqlmodel import select

from services.cep import explain
from services.cep.events import EventIn, ingest
from services.cep.models import CepAlert, CepRule
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.security import SYSTEM
from tests.e2e.helpers import expect_dashboard, new_user, sign_in


def test_alert_links_to_ops_with_the_question(page: Page, app_session: None) -> None:
    name = f"Service down {uuid.uuid4().hex[:6]}"
    ci = f"svc-{uuid.uuid4().hex[:6]}"
    spec = {"name": name, "trigger": {"kind": "event", "match": {"rule": name}, "group_by": ["rule", "ci"]}}
    with session_scope() as session:
        create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    with session_scope() as session:
        ingest(session, [EventIn(labels={"rule": name, "ci": ci})], now=utcnow())
    assert explain.wait_idle(60)

    sign_in(page, new_user("operator"))
    expect_dashboard(page)
    page.get_by_test_id("nav-cep_alerts").first.click()
    alert = page.get_by_test_id("alert-row").filter(has_text=name)
    expect(alert).to_contain_text("원인 분석에 실패했습니다")  # the CI is not in the store
    alert.get_by_test_id("alert-ask-ops").click()
    expect(page).to_have_url(re.compile(rf"/ops\?q=[^&]*{ci}"))
    expect(page.get_by_test_id("ops-input")).to_have_value(explain.question(ci, _fired_at(name)))


def _fired_at(rule_name: str) -> datetime:
    with session_scope() as session:
        return session.exec(select(CepAlert.fired_at).join(CepRule).where(CepRule.name == rule_name)).one()
