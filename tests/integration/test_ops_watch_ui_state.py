"""Trace analysis, failed filter, Regression Watch and OPS overview handlers on real data, with server-side checks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import reflex as rx
from sqlmodel import Session

from services.admin import auth
from services.admin.service import principal_for
from services.core import db
from services.core.security import SYSTEM, Principal
from services.ops import regression
from services.ops.service import ask
from spa_ai.state.auth import AuthState
from spa_ai.state.ops_overview import OverviewState
from spa_ai.state.ops_regression import RegressionState
from spa_ai.state.toast import ToastState
from spa_ai.state.traces import TraceDetailState, TraceListState
from tests.integration.helpers import PASSWORD, make_user

GOLDEN = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "ops-golden-public.json").read_text())


@pytest.fixture
def session(infra_small_url: str) -> Iterator[Session]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        yield s


def _state(token: str, cls: type[rx.State]) -> rx.State:
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    return root.substates[cls.get_name()]


def _toasts(state: rx.State) -> list[str]:
    assert state.parent_state is not None
    return state.parent_state.substates[ToastState.get_name()].texts()  # type: ignore[attr-defined]


def _signed_in(session: Session, username: str, role: str) -> tuple[str, Principal]:
    user = make_user(session, username, role)
    return auth.login(session, username=username, password=PASSWORD)[0], principal_for(user)


def _token(session: Session, username: str, role: str) -> str:
    return _signed_in(session, username, role)[0]


async def _drain(events) -> list:  # an async generator handler, run to its end
    return [item async for item in events]


async def test_analyse_button_and_failed_filter(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    token, user = _signed_in(session, "op", "operator")
    ok = ask(session, question="web-01 지난 1시간 평균 CPU?", actor=user)["trace_id"]
    bad = ask(session, question="web-01 지난 2000시간 평균 CPU?", actor=user)["trace_id"]
    session.commit()

    listing = _state(token, TraceListState)
    await listing.load()
    assert {t["trace_id"] for t in listing.traces} == {ok, bad}
    await listing.set_failed_only(True)
    assert [t["trace_id"] for t in listing.traces] == [bad] and "failed=1" in listing.url_target

    detail = _state(token, TraceDetailState)
    monkeypatch.setattr(TraceDetailState, "_trace_id_from_url", lambda self: bad)
    await detail.load()
    await _drain(detail.analyse())
    assert detail.rca_status == "done" and detail.rca[0].kind == "validation"
    assert detail.rca[0].label == "검증" and detail.rca[0].action
    monkeypatch.setattr(TraceDetailState, "_trace_id_from_url", lambda self: ok)
    await detail.load()
    assert detail.rca == [] and detail.rca_status == ""  # another trace starts afresh
    await _drain(detail.analyse())
    assert detail.rca_status == "done" and detail.rca == []


async def test_regression_page_run_accept_and_viewer_refusals(session: Session) -> None:
    op, viewer = _token(session, "op", "operator"), _token(session, "view", "viewer")
    cases = [c for c in GOLDEN["cases"] if c["kind"] == "lookup"][:2]
    regression.import_golden(session, actor=SYSTEM, payload={**GOLDEN, "cases": cases})
    session.commit()

    page = _state(op, RegressionState)
    await page.load()
    assert page.can_write and page.runs == [] and [q["key"] for q in page.queries] == [c["id"] for c in cases]
    await _drain(page.run_now())
    assert page.runs[0]["new"] == "2" and page.run_id == page.runs[0]["id"] and len(page.results) == 2
    assert {r.outcome for r in page.results} == {"new"} and page.chart.data
    await page.accept(page.results[0].result_id)
    assert "accepted" in _toasts(page)[-1] or "기준" in _toasts(page)[-1]

    watcher = _state(viewer, RegressionState)
    await watcher.load()
    assert not watcher.can_write and len(watcher.runs) == 1
    await _drain(watcher.run_now())
    await watcher.accept(page.results[0].result_id)
    await watcher.delete_query(cases[0]["id"])
    assert len(regression.list_runs(session, actor=SYSTEM)) == 1
    assert len(regression.list_queries(session, actor=SYSTEM)) == 2


async def test_overview_needs_ops_watch_and_reads_the_window(session: Session) -> None:
    op, viewer = _token(session, "op", "operator"), _token(session, "view", "viewer")
    page = _state(op, OverviewState)
    await page.load()
    assert page.window == "24h" and page.cards["questions"] == "0" and not page.error
    await page.set_window("7d")
    assert page.window == "7d" and "window=7d" in page.url_target
    denied = _state(viewer, OverviewState)
    await denied.load()
    assert denied.cards == {}
