"""The rule builder's handlers on the demo estate with its incident happening now: errors at the fields in
the user's language, a live preview naming the incident's database, a backtest chart with the threshold
and a firing interval, save checked on the server (a taken name lands at the name field), inhibition rows
added, checked one by one, saved and removed again as a new revision whose diff shows it, and a stored
spec that goes through the form unchanged (editing keeps what the form does not show)."""

from __future__ import annotations

import reflex as rx
from sqlmodel import Session, select

from services.admin import auth
from services.cep import builder
from services.cep.demo_rules import DEMO_RULES
from services.cep.models import CepRule
from services.cep.schema import RuleSpec, spec_dump
from services.cep.service import create_rule, diff
from services.core.i18n import translate
from services.core.security import SYSTEM
from services.infra.demo import INCIDENT_ROOT
from spa_ai.state.auth import AuthState
from spa_ai.state.cep_builder import CepBuilderState
from spa_ai.state.toast import ToastState
from tests.integration.cep_demo_helpers import demo_session, demo_template, demo_url  # noqa: F401
from tests.integration.helpers import PASSWORD, make_user

LATENCY = {
    "name": "orders latency",
    "sel_type": "database",
    "metric": "response_time_ms",
    "threshold": "250",
    "aggregation": "avg",
    "window_seconds": "600",
    "for_seconds": "600",
    "recovery_threshold": "150",
}


def _state(session: Session, username: str, role: str, lang: str = "ko") -> CepBuilderState:
    user = make_user(session, username, role)
    user.locale = lang
    session.add(user)
    session.commit()
    token, _ = auth.login(session, username=username, password=PASSWORD)
    session.commit()
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    return root.substates[CepBuilderState.get_name()]  # type: ignore[return-value]


def _toasts(state: rx.State) -> list[str]:
    root = state.parent_state
    assert root is not None
    return root.substates[ToastState.get_name()].texts()  # type: ignore[attr-defined]


async def test_build_preview_backtest_and_save(demo_session: Session) -> None:  # noqa: F811
    session = demo_session
    state = _state(session, "ops", "operator")
    await state.load()
    assert not state.loading and state.error == "" and "response_time_ms" in state.metrics
    assert state.errors == {"name": translate("cep_builder.error.string_too_short", "ko")}
    await state.set_field("name", "orders latency")  # the spec's own rules run once its fields parse
    assert state.errors == {"threshold": translate("cep_builder.rule_error.threshold", "ko")}
    await state.set_field("threshold", "abc")
    assert state.errors["threshold"] == "숫자여야 합니다" and state.preview == []

    for key, value in LATENCY.items():
        await state.set_field(key, value)
    assert state.errors == {} and state.preview_error == ""
    rows = {row["ci"]: row for row in state.preview}
    assert rows[INCIDENT_ROOT]["state"] == "pending" and "600" in rows[INCIDENT_ROOT]["label"]
    assert state.preview[0]["state"] == "pending" and state.active_count >= 1  # the active rows come first

    async for _ in state.run_backtest():
        pass
    assert state.summary and not state.backtesting, _toasts(state)
    traces = state.figure.data
    assert traces[0].name == INCIDENT_ROOT and max(v for v in traces[0].y if v is not None) > 250
    shapes = state.figure.layout.shapes
    assert any(s.type == "rect" for s in shapes) and any(s.y0 == 250 for s in shapes if s.type == "line")
    assert any(t["ci"] == INCIDENT_ROOT and t["change"] == "pending → firing" for t in state.transitions)

    state.set_revision_message("first")
    await state.save()
    saved = session.exec(select(CepRule).where(CepRule.name == "orders latency")).one()
    assert (
        saved.spec["source"]["selector"]["type"] == "database"
        and saved.spec["condition"]["for_seconds"] == 600
    )
    assert _toasts(state)[-1] == translate("cep_builder.saved", "ko", name="orders latency")

    await state.save()  # again as a new rule: the name is taken now
    assert state.errors["name"] == translate("errors.cep_rule_name_taken", "ko", name="orders latency")


async def test_viewer_previews_but_cannot_save_and_english_errors(demo_session: Session) -> None:  # noqa: F811
    state = _state(demo_session, "view", "viewer", lang="en")
    await state.load()
    assert state.errors["name"] == "Enter a value"
    for key, value in {**LATENCY, "recovery_threshold": "300"}.items():
        await state.set_field(key, value)
    assert state.errors == {
        "recovery_threshold": translate("cep_builder.rule_error.recovery_threshold", "en")
    }
    await state.set_field("recovery_threshold", "")
    await state.save()
    assert _toasts(state) == [translate("common.forbidden", "en")]
    assert demo_session.exec(select(CepRule)).all() == []


def test_a_stored_spec_goes_through_the_form_unchanged() -> None:
    for raw in DEMO_RULES:
        stored = spec_dump(RuleSpec.model_validate(raw))
        form, extra = builder.form_from_spec(stored)
        assert spec_dump(RuleSpec.model_validate(builder.spec_from_form(form, extra))) == stored
    with_extras = spec_dump(
        RuleSpec.model_validate(
            {
                **DEMO_RULES[0],
                "actions": [
                    {"kind": "notify", "params": {"channel_ids": [3], "body_template": "{{ summary }}"}},
                    {"kind": "webhook", "params": {"url": "https://hooks.example/x"}},
                ],
            }
        )
    )
    form, extra = builder.form_from_spec(with_extras)
    assert form["channel"] == "3"
    assert spec_dump(RuleSpec.model_validate(builder.spec_from_form(form, extra))) == with_extras
    event = spec_dump(
        RuleSpec.model_validate({"name": "e", "trigger": {"kind": "event", "match": {"a": "b"}}})
    )
    form, extra = builder.form_from_spec(event)  # a shape the form does not edit rides along in extra
    assert extra["trigger"]["kind"] == "event"
    assert spec_dump(RuleSpec.model_validate(builder.spec_from_form(form, extra))) == event


async def test_grouping_and_inhibition_fields_validate_save_and_follow_the_language(
    demo_session: Session,  # noqa: F811
) -> None:
    session = demo_session
    target = create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(DEMO_RULES[0]), message="")
    session.commit()
    state = _state(session, "ops2", "operator")
    await state.load()
    for key, value in LATENCY.items():
        await state.set_field(key, value)
    assert state.errors == {}
    assert state.grouping_note == builder.grouping_sentence(
        RuleSpec.model_validate(builder.spec_from_form(state.form, {})), "ko"
    )
    await state.set_field("group_by", "ci, bad-label")
    await state.set_field("group_wait_seconds", "-1")
    await state.add_inhibit()  # a new row is checked at once: it mutes nothing yet
    assert state.errors["inhibits.0.rule_ids"] == translate("cep_builder.rule_error.inhibit_rule_ids", "ko")
    await state.set_field("inhibits.0.matchers", "severity=warning, nonsense")
    await state.set_field("inhibits.0.equal", "")
    ko_errors = dict(state.errors)
    assert ko_errors == {
        "group_by": translate("cep_builder.error.string_pattern_mismatch", "ko"),
        "group_wait_seconds": translate("cep_builder.error.greater_than_equal", "ko", ge=0),
        "inhibits.0.matchers": translate("cep_builder.error.model_type", "ko"),
    }
    # The language toggle remounts the page's watcher, which calls relocalize: the same errors in English.
    state.parent_state.substates[AuthState.get_name()].toggle_language()  # type: ignore[union-attr]
    await state.relocalize()
    assert set(state.errors) == set(ko_errors)
    assert state.errors["inhibits.0.matchers"] == translate("cep_builder.error.model_type", "en")
    assert all(state.errors[key] != ko_errors[key] for key in ko_errors)
    await state.set_field("group_by", "alertname")
    await state.set_field("group_wait_seconds", "0")
    await state.set_field("inhibits.0.matchers", "severity=~warning|minor")
    assert (
        state.errors == {} and "alertname" in state.grouping_note and "first message" in state.grouping_note
    )
    victims = [rule["id"] for rule in state.rule_choices]
    assert victims == [str(target.id)]
    await state.add_inhibit()
    await state.set_field("inhibits.1.equal", "ci, env")
    assert set(state.errors) == {"inhibits.1.rule_ids"}, "each row is validated on its own"
    await state.toggle_inhibit("1", victims[0], True)
    assert [row["ids_key"] for row in state.inhibit_rows] == [",,", f",{victims[0]},"]
    assert state.errors == {}
    await state.save()
    saved = session.exec(select(CepRule).where(CepRule.name == "orders latency")).one()
    assert saved.spec["grouping"]["group_by"] == ["alertname"]
    assert saved.spec["grouping"]["group_wait_seconds"] == 0
    first = {
        "rule_ids": [],
        "matchers": [{"name": "severity", "op": "=~", "value": "warning|minor"}],
        "equal": [],
    }
    second = {"rule_ids": [int(victims[0])], "matchers": [], "equal": ["ci", "env"]}
    assert saved.spec["inhibits"] == [first, second]
    # Editing the rule shows both rows; removing the first saves a revision whose diff names the change.
    assert saved.id is not None
    state.rule_id = str(saved.id)
    state.form, state._extra = builder.form_from_spec(saved.spec)
    assert [(row["index"], row["equal"]) for row in state.inhibit_rows] == [("0", ""), ("1", "ci, env")]
    await state.remove_inhibit("0")
    assert [row["rule_ids"] for row in state.inhibit_rows] == [victims[0]]
    state.set_revision_message("only the host rule")
    await state.save()
    session.expire_all()
    revision = session.exec(select(CepRule).where(CepRule.id == saved.id)).one()
    assert revision.latest_revision == 2 and revision.spec["inhibits"] == [second]
    changes = {line.path: line for line in diff(session, saved.id, 1, 2).changes}
    assert (changes["inhibits"].before, changes["inhibits"].after) == ([first, second], [second])


def test_grouping_overrides_and_inhibitions_go_through_the_form_unchanged() -> None:
    stored = spec_dump(
        RuleSpec.model_validate(
            {
                **DEMO_RULES[0],
                "grouping": {"group_by": ["..."], "group_wait_seconds": 5},
                "actions": [
                    {"kind": "notify", "params": {"channel_ids": [3]}, "grouping": {"group_by": ["ci"]}},
                    {"kind": "notify", "params": {"channel_ids": [4]}, "grouping": {"group_wait_seconds": 0}},
                ],
                "inhibits": [
                    {"rule_ids": [7], "matchers": [{"name": "team", "op": "!=", "value": "db"}]},
                    {"rule_ids": [8], "equal": ["ci", "env"]},
                ],
            }
        )
    )
    form, extra = builder.form_from_spec(stored)
    assert (form["group_by"], form["group_wait_seconds"], form["inhibit_count"]) == ("...", "5", "2")
    assert builder.inhibit_rows(form) == [
        {"rule_ids": "7", "matchers": "team!=db", "equal": "ci"},
        {"rule_ids": "8", "matchers": "", "equal": "ci, env"},
    ]
    assert spec_dump(RuleSpec.model_validate(builder.spec_from_form(form, extra))) == stored
