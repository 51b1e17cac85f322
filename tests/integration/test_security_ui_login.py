"""The UI sign-in (AuthState.login) on a real database: password hashing never blocks the event loop,
sign-in events are rate-limited per browser tab and address, and nothing the state holds is pickled
to disk (the state manager keeps sessions in memory unless Redis is configured)."""

from __future__ import annotations

import asyncio
import gc
import inspect
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import reflex as rx
from reflex.istate.data import RouterData, SessionData
from sqlalchemy import func
from sqlmodel import Session, select

from services.admin.models import LoginAttempt
from services.core.i18n import translate
from spa_ai.state.auth import AuthState, login_limiter
from tests.integration.helpers import PASSWORD, make_user

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_limiter() -> Iterator[None]:
    login_limiter.clear()
    yield
    login_limiter.clear()


def _auth_state(client_token: str, client_ip: str) -> AuthState:
    root = rx.State()
    root.router = RouterData(session=SessionData(client_token=client_token, client_ip=client_ip))
    return root.substates[AuthState.get_name()]  # type: ignore[return-value]


async def _login(state: AuthState, username: str, password: str) -> None:
    result = state.login({"username": username, "password": password})
    if inspect.isawaitable(result):
        await result


async def test_sign_ins_do_not_block_the_event_loop(session: Session) -> None:
    make_user(session, "kim", "viewer")
    states = [_auth_state(f"tab-{i}", f"10.0.{i}.1") for i in range(12)]
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:  # what any other client (e.g. /api/health) would wait for
        while not done.is_set():
            started = loop.time()
            await asyncio.sleep(0.005)
            lags.append(loop.time() - started - 0.005)

    gc.collect()
    gc.disable()  # a full collection of this big test process would stall the loop whatever logs in
    try:
        tick = asyncio.create_task(ticker())
        await asyncio.sleep(0.05)
        tries = [("kim", PASSWORD) if i % 2 else ("nobody", "wrong-password") for i in range(len(states))]
        await asyncio.gather(*(_login(s, *t) for s, t in zip(states, tries, strict=True)))
        done.set()
        await tick
    finally:
        gc.enable()
    assert all(bool(s.auth_token) == (t[0] == "kim") for s, t in zip(states, tries, strict=True))
    # Hashing on the loop stalled it for seconds; 0.3 s leaves room for a loaded machine's scheduling.
    assert max(lags) < 0.3, f"the event loop stalled for {max(lags) * 1000:.0f} ms"


async def test_sign_in_events_are_rate_limited_per_tab_and_address(session: Session) -> None:
    make_user(session, "lee", "viewer")
    state = _auth_state("tab-a", "10.1.1.1")
    for _ in range(5):
        await _login(state, "lee", "wrong-password")
        assert state.login_error and not state.auth_token
    await _login(state, "lee", PASSWORD)
    assert state.login_error == translate("errors.sign_in_too_fast", state.lang)
    assert not state.auth_token
    checked = session.exec(select(func.count()).select_from(LoginAttempt)).one()
    assert checked == 5  # the sixth event was refused before any password was hashed
    # Another tab on the same address shares the address budget …
    for i in range(5):
        await _login(_auth_state(f"tab-b{i}", "10.1.1.1"), "nobody", "wrong-password")
    crowded = _auth_state("tab-c", "10.1.1.1")
    await _login(crowded, "lee", PASSWORD)
    assert crowded.login_error == translate("errors.sign_in_too_fast", crowded.lang)
    # … while a tab elsewhere signs in at once.
    elsewhere = _auth_state("tab-d", "10.2.2.2")
    await _login(elsewhere, "lee", PASSWORD)
    assert elsewhere.auth_token and not elsewhere.login_error


def test_reflex_keeps_state_in_memory_unless_redis_is_configured() -> None:
    script = "import rxconfig; print(rxconfig.config.state_manager_mode.value)"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFLEX_")}

    def mode(**extra: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=PROJECT_ROOT,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip().splitlines()[-1]

    assert mode() == "memory"
    assert mode(REFLEX_REDIS_URL="redis://localhost:6379/0") == "redis"


async def test_a_ui_sign_in_leaves_no_token_in_any_file(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflex.istate.manager import StateManager
    from reflex.istate.manager.token import BaseStateToken
    from reflex.state import State

    states_dir = tmp_path / "states"
    monkeypatch.setenv("REFLEX_STATES_WORKDIR", str(states_dir))
    make_user(session, "park", "viewer")
    manager = StateManager.create()
    token = BaseStateToken(ident="tab-e2e", cls=State)
    async with manager.modify_state(token) as root:
        auth_state = await root.get_state(AuthState)
        await _login(auth_state, "park", PASSWORD)
        auth_token = auth_state.auth_token
    assert auth_token
    await manager.close()
    places = [tmp_path, PROJECT_ROOT / ".states"]
    leaked = [
        path
        for place in places
        if place.exists()
        for path in place.rglob("*")
        if path.is_file() and auth_token.encode() in path.read_bytes()
    ]
    assert leaked == []
    assert type(manager).__name__ == "StateManagerMemory"


async def test_a_user_who_must_change_the_password_is_signed_in_without_permissions(session: Session) -> None:
    from services.admin import service

    make_user(session, "root", "admin")
    make_user(session, "kim", "operator")
    one_time = service.reset_password(
        session, actor=service.principal_for(service.existing_user(session, "root")), username="kim"
    )
    session.commit()
    state = _auth_state("tab-reset", "10.3.3.3")
    await _login(state, "kim", one_time)
    assert state.auth_token and state.must_change_password is True and state.permissions == []
    pending = state.principal()
    assert pending is not None and pending.must_change_password and not pending.can("ops:ask")
    service.change_password(session, actor=pending, current_password=one_time, new_password="a-new-passw0rd!")
    session.commit()
    changed = state.principal()
    assert changed is not None and changed.can("ops:ask") and state.must_change_password is False
