"""Infrastructure page handlers: server-side auth on every handler, filters, paging, charts and graph."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import reflex as rx
from sqlmodel import Session

from services.admin import auth
from services.core.security import SYSTEM
from services.infra.demo import load_demo
from spa_ai.state.auth import AuthState
from spa_ai.state.infra import PAGE_SIZE, CIDetailState, InfraListState
from spa_ai.state.toast import ToastState
from tests.integration.helpers import PASSWORD, make_user

END = datetime(2026, 3, 8, 6, 0, tzinfo=UTC)


def _toasts(state: rx.State) -> list[str]:
    """What the page's toasts told the user (queued for the frame's relay)."""
    root = state.parent_state
    assert root is not None
    return root.substates[ToastState.get_name()].texts()  # type: ignore[attr-defined]


def _states(token: str) -> tuple[InfraListState, CIDetailState]:
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    return root.substates[InfraListState.get_name()], root.substates[CIDetailState.get_name()]  # type: ignore[return-value]


def _infra(token: str) -> InfraListState:
    return _states(token)[0]


def _detail(token: str) -> CIDetailState:
    return _states(token)[1]


@pytest.fixture
def viewer_token(session: Session) -> str:
    load_demo(session, actor=SYSTEM, end=END, days=1)
    make_user(session, "watcher", "viewer")
    token, _ = auth.login(session, username="watcher", password=PASSWORD)
    session.commit()
    return token


async def test_every_handler_refuses_anonymous_callers(session: Session) -> None:
    state, detail = _states("")
    calls = [
        state.load(),
        state.search({"q": "db"}),
        state.set_filter("type", "database"),
        state.reset_filters(),
        state.turn_page(1),
        detail.set_range("7d"),
        detail.set_graph("depth", "3"),
        detail.open_node([{"curveNumber": 0, "pointNumber": 0}]),
    ]
    for call in calls:
        result = await call
        assert "_redirect" in repr(result) and "/login" in repr(result)
    assert state.rows == [] and detail.ci == {}
    events = [e async for e in detail.load()]
    assert "/login" in repr(events[0])


async def test_list_filters_search_and_paging(viewer_token: str) -> None:
    state = _infra(viewer_token)
    await state.load()
    assert not state.error and len(state.rows) == PAGE_SIZE and state.total >= 90
    assert state.page_label.startswith("1–25 / ") and state.has_next and not state.has_prev
    assert "dba-team" in state.owners and {"seoul-1", "busan-1"} <= set(state.locations)
    first_page = [r["name"] for r in state.rows]
    await state.turn_page(1)
    assert state.page == 1 and state.rows[0]["name"] > first_page[-1]
    await state.set_filter("type", "database")
    assert state.page == 0 and state.total == 10 and {r["type"] for r in state.rows} == {"database"}
    await state.set_filter("environment", "prod")
    await state.search({"q": "ORDERS"})
    assert [r["name"] for r in state.rows] == ["orders-db", "orders-db-replica"]
    assert await state.set_filter("type", "mainframe") is None
    assert "mainframe" in _toasts(state)[-1] and state.filters["type"] == "database"
    await state.reset_filters()
    assert state.total >= 90 and state.q == ""


async def test_detail_chart_graph_and_node_click(viewer_token: str) -> None:
    state = _detail(viewer_token)
    state.ci = {"name": "order-service", "type": "service"}
    await state.set_range("7d")
    assert state.has_chart and state.chart_until.startswith("2026-03-08")
    titles = {a.text for a in state.chart.layout.annotations}
    assert any("(ms)" in title for title in titles)
    assert len([trace for trace in state.chart.data if trace.mode == "lines"]) == 3
    assert [trace.name for trace in state.chart.data if trace.mode == "markers"] == ["event"]  # major events
    await state.set_graph("direction", "downstream")
    await state.set_graph("depth", "2")
    names = {n for curve in state._curves for n in curve}
    assert {"order-service", "orders-db", "payment-service", "event-queue", "prod-db-01"} <= names
    assert "api-gateway" not in names  # upstream is hidden in the downstream view
    await state.set_graph("direction", "both")
    names = {n for curve in state._curves for n in curve}
    assert {"api-gateway", "orders-db"} <= names and state.graph_count == len(names)
    curve = next(i for i, c in enumerate(state._curves) if "orders-db" in c)
    result = await state.open_node(
        [{"curveNumber": curve, "pointNumber": state._curves[curve].index("orders-db")}]
    )
    assert "/infra/orders-db" in repr(result)
    assert await state.open_node([{"curveNumber": 99, "pointNumber": 0}]) is None
