"""The silences page's handlers on a real database: list, silence an alert from its labels, create
with a bad matcher or window (refused, nothing stored), expire, and a viewer who may only read; the
rule, alert and silence lists paged by cursor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlmodel import Session, select

from services.cep.alerts import create_silence, list_alerts, list_silences
from services.cep.events import EventIn, ingest
from services.cep.models import CepAlert, CepSilence
from services.cep.schema import Matcher, RuleSpec
from services.cep.service import create_rule, list_rules
from services.core.clock import utcnow
from services.core.i18n import translate
from services.core.pagination import Page
from services.core.security import SYSTEM
from spa_ai.state.cep import CepAlertsState
from spa_ai.state.cep_silences import CepSilencesState
from tests.integration.ui_state_helpers import signed_in_root, substate, toasts


def _states(session: Session, username: str, role: str) -> tuple[CepSilencesState, CepAlertsState]:
    root = signed_in_root(session, username, role)
    return substate(root, CepSilencesState), substate(root, CepAlertsState)


def _firing_alert(session: Session) -> int:
    spec: dict[str, Any] = {"name": "disk full", "trigger": {"kind": "event", "match": {"kind": "disk"}}}
    create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    ingest(session, [EventIn(labels={"kind": "disk", "ci": "db-01"})], now=utcnow())
    session.commit()
    alert = session.exec(select(CepAlert)).one()
    assert alert.state == "firing" and alert.id is not None
    return alert.id


async def test_operator_silences_an_alert_from_its_row_and_expires_it(session: Session) -> None:
    alert_id = _firing_alert(session)
    silences, alerts = _states(session, "ops", "operator")
    await silences.load()
    assert (silences.rows, silences.loading, silences.error) == ([], False, "")  # the empty state
    await silences.silence_alert(str(alert_id))
    assert silences.form_open and silences.prefilled_from == str(alert_id)
    assert {"name": "ci", "op": "=", "value": "db-01"} in silences.matchers
    assert {"name": "alertname", "op": "=", "value": "disk full"} in silences.matchers
    silences.set_comment("disk swap tonight")
    await silences.create()
    assert not silences.form_open and toasts(silences)[-1] == translate("cep.silence_created", "ko")
    [row] = silences.rows
    assert (row["status"], row["author"], row["comment"]) == ("active", "ops", "disk swap tonight")
    assert 'ci="db-01"' in row["matchers"]
    await alerts.load()
    assert alerts.alerts[0]["silenced"] == "yes"

    await silences.expire(row["id"])
    assert silences.rows == [] and toasts(silences)[-1] == translate("cep.silence_expired", "ko")
    await silences.filter_show("expired")
    assert [r["status"] for r in silences.rows] == ["expired"]
    assert silences.url_target.endswith("?show=expired")
    await alerts.load()
    assert alerts.alerts[0]["silenced"] == ""


async def test_bad_matchers_and_windows_are_refused_naming_the_field(session: Session) -> None:
    silences, _ = _states(session, "ops", "operator")
    await silences.load()
    await silences.open_new()
    silences.set_matcher(0, "name", "ci")
    silences.set_matcher(0, "op", "=~")
    silences.set_matcher(0, "value", "db-(01")
    await silences.create()
    assert "matchers.0" in toasts(silences)[-1] and silences.form_open
    silences.set_matcher(0, "value", "db-0[12]")
    silences.set_ends(silences.starts)
    await silences.create()
    assert toasts(silences)[-1] == translate("errors.cep_silence_window", "ko")
    silences.set_ends("next tuesday")
    await silences.create()
    assert "ends_at" in toasts(silences)[-1]
    assert session.exec(select(CepSilence)).all() == []
    silences.add_matcher()
    silences.set_matcher(1, "op", "<>")  # not an operator: ignored
    assert silences.matchers[1]["op"] == "="


async def test_viewer_lists_but_cannot_create_or_expire(session: Session) -> None:
    silences, _ = _states(session, "viewer", "viewer")
    await silences.load()
    assert not silences.error and silences.rows == []
    await silences.open_new()
    assert not silences.form_open and toasts(silences)[-1] == translate("common.forbidden", "ko")
    await silences.create()
    assert session.exec(select(CepSilence)).all() == []


def _every_page(list_page: Callable[[str | None], Page[Any]]) -> list[Any]:
    items: list[Any] = []
    cursor = None
    for _ in range(5):  # three rows at two a page: a cursor that does not move on fails here
        page = list_page(cursor)
        items += page.items
        if page.next_cursor is None:
            return items
        cursor = page.next_cursor
    raise AssertionError(f"paging did not end: {items}")


def test_rules_alerts_and_silences_page_by_cursor(session: Session) -> None:
    for n in range(3):
        spec = {"name": f"disk {n}", "trigger": {"kind": "event", "match": {"kind": "disk"}}}
        create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(spec))
    ingest(session, [EventIn(labels={"kind": "disk", "ci": "db-01"})], now=utcnow())
    ends = utcnow() + timedelta(hours=1)
    made = [
        create_silence(session, actor=SYSTEM, matchers=[Matcher(name="ci", value=f"db-{n}")], ends_at=ends).id
        for n in range(3)
    ]
    session.commit()
    rules = _every_page(lambda cursor: list_rules(session, limit=2, cursor=cursor))
    assert [r.name for r in rules] == ["disk 0", "disk 1", "disk 2"]  # by name, each once
    stored = session.exec(select(CepAlert)).all()
    newest_first = [a.id for a in sorted(stored, key=lambda a: (a.updated_at, a.id), reverse=True)]
    alerts = _every_page(lambda cursor: list_alerts(session, limit=2, cursor=cursor))
    assert [a.id for a in alerts] == newest_first and len(newest_first) == 3
    silences = _every_page(lambda cursor: list_silences(session, limit=2, cursor=cursor))
    assert [s.id for s in silences] == made[::-1]  # newest first
