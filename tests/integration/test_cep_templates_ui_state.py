"""Rule templates page handlers on the infra-small store: the library loads (Korean titles by default), the apply dialog creates a
linked rule (bad labels and a viewer refused, nothing stored), a template change is listed and rolled out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import reflex as rx
from sqlalchemy import text
from sqlmodel import Session

from services.cep import rule_templates
from services.core import db
from spa_ai.state.cep_templates import CepTemplatesState
from spa_ai.state.toast import ToastState
from tests.integration.ui_state_helpers import signed_in_root, substate


@pytest.fixture
def infra_session(infra_small_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


def _state(session: Session, username: str, role: str) -> CepTemplatesState:
    return substate(signed_in_root(session, username, role), CepTemplatesState)


def _kinds(state: rx.State) -> list[str]:
    root = state.parent_state
    assert root is not None
    return [str(n["kind"]) for n in root.substates[ToastState.get_name()].notes]  # type: ignore[attr-defined]


def _rules(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM cep_rules")).scalar_one())


async def test_apply_and_roll_out_from_the_page(
    infra_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops = _state(infra_session, "ops", "operator")
    await ops.load()
    assert not ops.loading and ops.error == "" and ops.outdated == []
    disk = next(r for r in ops.rows if r["id"] == "disk_full")
    assert disk["title"] == "디스크 용량 부족" and disk["condition"] == "> 85" and "host" in disk["types"]

    ops.open_apply("disk_full")
    await ops.apply({"type": "host", "environment": "prod", "labels": "oops"})
    assert _kinds(ops) == ["error"] and _rules(infra_session) == 0 and ops.applying == "disk_full"
    form = {
        "type": "host",
        "environment": "prod",
        "ci_owner": "dba-team",
        "labels": "",
        "owner": "infra-team",
    }
    await ops.apply(form)
    assert _kinds(ops)[-1] == "success" and ops.applying == "" and _rules(infra_session) == 1
    spec = infra_session.execute(text("SELECT spec FROM cep_rules")).scalar_one()
    assert spec["source"]["selector"]["owner"] == "dba-team" and spec["owner"] == "infra-team"
    assert next(r for r in ops.rows if r["id"] == "disk_full")["linked"] == 1

    viewer = _state(infra_session, "view", "viewer")
    viewer.open_apply("disk_full")
    await viewer.apply({"type": "host"})
    assert _kinds(viewer) == ["error"] and _rules(infra_session) == 1

    newer = rule_templates.LIBRARY["disk_full"].model_copy(
        update={
            "version": 3,
            "condition": {**rule_templates.LIBRARY["disk_full"].condition, "for_seconds": 1800},
        }
    )
    monkeypatch.setitem(rule_templates.LIBRARY, "disk_full", newer)
    await ops.load()
    (row,) = ops.outdated
    assert (
        row["name"] == "Disk almost full [host/prod/dba-team]"
        and "condition.for_seconds: 900 → 1800" in row["changes_text"]
    )
    await ops.roll_out()
    assert _kinds(ops)[-1] == "success" and ops.outdated == []
    revision = infra_session.execute(
        text("SELECT max(revision) FROM cep_rule_revisions r JOIN cep_rules c ON c.id = r.rule_id")
    ).scalar_one()
    assert revision == 2
