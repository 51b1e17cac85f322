"""OPS chat and trace-viewer handlers re-check auth on the server and keep users' traces apart."""

from __future__ import annotations

import pytest
import reflex as rx
from sqlmodel import Session

from services.admin import auth
from services.admin.service import principal_for
from services.ops.service import ask
from spa_ai.state.auth import AuthState
from spa_ai.state.ops import OpsState
from spa_ai.state.ops_blocks import Block, Message
from spa_ai.state.toast import ToastState
from spa_ai.state.traces import TraceDetailState, TraceListState
from tests.integration.helpers import PASSWORD, make_user


def _toasts(state: rx.State) -> list[str]:
    """What the page's toasts told the user (queued for the frame's relay)."""
    root = state.parent_state
    assert root is not None
    return root.substates[ToastState.get_name()].texts()  # type: ignore[attr-defined]


def _states(token: str) -> tuple[OpsState, TraceListState]:
    return _all_states(token)[:2]


def _all_states(token: str) -> tuple[OpsState, TraceListState, TraceDetailState]:
    root = rx.State()
    auth_state = root.substates[AuthState.get_name()]
    auth_state.auth_token = token  # type: ignore[attr-defined]
    return (
        root.substates[OpsState.get_name()],  # type: ignore[return-value]
        root.substates[TraceListState.get_name()],  # type: ignore[return-value]
        root.substates[TraceDetailState.get_name()],  # type: ignore[return-value]
    )


def _signed_in(session: Session, username: str, role: str) -> tuple[str, str]:
    """(token, trace id of one question this user asked)."""
    user = make_user(session, username, role)
    token, _ = auth.login(session, username=username, password=PASSWORD)
    answer = ask(session, question="What can you do?", actor=principal_for(user))
    session.commit()
    return token, answer["trace_id"]


async def test_anonymous_calls_are_sent_to_login(session: Session) -> None:
    ops_state, trace_state, detail_state = _all_states("")
    for call in (
        ops_state.load(),
        ops_state.show_stored("x"),
        ops_state.export_answer(0),
        ops_state.sort_table(0, 0, 0),
        trace_state.load(),
        detail_state.load(),
    ):
        result = await call
        assert "/login" in repr(result)
    assert ops_state.messages == [] and trace_state.traces == []


async def test_history_stored_answers_and_trace_isolation(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, alice_trace = _signed_in(session, "alice", "viewer")
    _, bob_trace = _signed_in(session, "bob", "operator")
    root_token, _ = _signed_in(session, "root", "admin")

    ops_state, trace_state, detail_state = _all_states(alice)
    await ops_state.load()
    assert [h["trace_id"] for h in ops_state.history] == [alice_trace]
    await ops_state.show_stored(alice_trace)
    assert [m.source for m in ops_state.messages] == ["history"]
    assert ops_state.messages[0].blocks[0].type == "text" and ops_state.messages[0].trace_id == alice_trace
    refused = await ops_state.show_stored(bob_trace)  # someone else's trace: not found
    assert refused is None and len(ops_state.messages) == 1
    assert bob_trace in _toasts(ops_state)[-1]  # "찾을 수 없습니다 (trace … not found)"

    await trace_state.load()
    assert [t["trace_id"] for t in trace_state.traces] == [alice_trace] and not trace_state.can_see_all
    await trace_state.set_scope("all")  # ignored for non-admins
    assert trace_state.scope == "mine"
    assert [t["trace_id"] for t in trace_state.traces] == [alice_trace]
    monkeypatch.setattr(TraceDetailState, "_trace_id_from_url", lambda self: bob_trace)
    await detail_state.load()
    assert detail_state.not_found and not detail_state.spans and not detail_state.error

    # Another user signing in on the same tab does not see the previous user's conversation.
    (await ops_state.get_state(AuthState)).auth_token = root_token
    await ops_state.load()
    assert ops_state.messages == [] and alice_trace not in {h["trace_id"] for h in ops_state.history}
    await trace_state.load()
    assert alice_trace not in {t["trace_id"] for t in trace_state.traces}

    _, admin_traces, admin_detail = _all_states(root_token)
    await admin_traces.load()
    await admin_traces.set_scope("all")
    assert admin_traces.can_see_all and {alice_trace, bob_trace} <= {
        t["trace_id"] for t in admin_traces.traces
    }
    await admin_detail.load()  # the URL still names bob's trace
    assert not admin_detail.error and not admin_detail.not_found
    assert [s.stage for s in admin_detail.spans] == [
        "route_plan",
        "validate",
        "execute",
        "compose",
        "present",
    ]
    assert admin_detail.trace["username"] == "bob" and admin_detail.messages[0].status == "ok"


async def test_table_sorting_and_show_more(session: Session) -> None:
    token, _ = _signed_in(session, "carol", "viewer")
    ops_state, _ = _states(token)
    await ops_state.load()
    rows = [[f"ci-{i:03d}", str(i % 7)] for i in range(60)]
    ops_state.messages = [
        Message(
            id=3,
            question="q",
            status="ok",
            blocks=[Block(index=1, type="table", columns=["ci", "v"], rows=rows, total_rows=60)],
        )
    ]
    await ops_state.sort_table(3, 1, 1)
    block = ops_state.messages[0].blocks[0]
    assert (block.sort_col, block.sort_desc) == (1, False) and block.rows[0] == ["ci-000", "0"]
    await ops_state.sort_table(3, 1, 1)
    assert ops_state.messages[0].blocks[0].rows[0][1] == "6"
    await ops_state.sort_table(3, 1, 9)  # no such column: unchanged
    assert ops_state.messages[0].blocks[0].sort_col == 1
    await ops_state.show_more(3, 1)
    assert ops_state.messages[0].blocks[0].shown == 70
