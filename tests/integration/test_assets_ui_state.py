"""Assets page handlers: server-side permission checks and no lost edits on errors."""

from sqlmodel import Session

from services.asset_registry import reads
from services.asset_registry.seeding import ensure_seeded
from services.core.i18n import translate
from services.core.security import SYSTEM
from services.ops.tools.contracts import CONTRACTS as TOOLS
from spa_ai.state.assets import AssetsState
from tests.integration.ui_state_helpers import signed_in_root, substate, toasts


def _state(session: Session, username: str, role: str) -> AssetsState:
    ensure_seeded(session)
    return substate(signed_in_root(session, username, role), AssetsState)


async def test_viewer_is_refused_every_handler(session: Session) -> None:
    state = _state(session, "view", "viewer")
    assert await state.load() is None  # refused quietly: the frame shows its one forbidden notice
    assert state.assets == [] and not state.loading
    state.selected_kind, state.selected_name = "policy", "ops.policy"
    result = await state.save_draft({"content": '{"max_rows": 1}'})
    assert result is None and toasts(state) == [translate("common.forbidden", "ko")]
    await state.rollback("1")
    assert reads.get_asset(session, actor=SYSTEM, kind="policy", name="ops.policy")["latest_version"] == 1


async def test_admin_edits_keep_text_on_errors_and_publish(session: Session) -> None:
    state = _state(session, "root", "admin")
    await state.load()
    assert not state.error and len(state.assets) == 3 + len(TOOLS)
    await state.select_asset("policy", "ops.policy")
    assert state.published_version == "1" and '"max_rows": 500' in state.draft_text

    broken = state.draft_text.replace('"max_rows": 500', '"max_rows": ')
    await state.save_draft({"content": broken, "note": "oops"})
    assert state.draft_text == broken and state.draft_version == ""
    invalid = broken.replace('"max_rows": ', '"max_rows": -3')
    await state.save_draft({"content": invalid, "note": "oops"})
    assert state.draft_text == invalid and state.draft_version == ""

    await state.save_draft({"content": invalid.replace("-3", "50"), "note": "smaller"})
    assert state.draft_version == "2" and state.draft_note == "smaller"
    await state.publish_draft()
    assert state.published_version == "2" and state.draft_version == ""
    await state.show_diff()
    assert {"text": '+  "max_rows": 50,', "kind": "add"} in state.diff
    await state.rollback("1")
    assert state.published_version == "3"
    assert reads.published_content(session, "policy", "ops.policy")["max_rows"] == 500
