"""E2E fixtures: the real app (`spa-ai run`) on a free port, driven by Debian Chromium via Playwright."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from services.core import db
from services.core.settings import reset_settings
from tests.conftest import clone_database

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("SPA_TEST_CHROMIUM", "/usr/bin/chromium")
START_TIMEOUT_S = 600  # a cold frontend build on 2 loaded cores takes minutes
# Assertions wait up to 15 s: the suite shares a 2-core machine with builds and other test runs, and a
# CI page (charts over a day of samples, the graph) can take several seconds to load there.
expect.set_options(timeout=15_000)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunningApp:
    """A started app: its base URL and database URL."""

    def __init__(self, base_url: str, database_url: str) -> None:
        self.base_url = base_url
        self.database_url = database_url


@pytest.fixture(scope="session")
def app_db_url(pg_admin_url: str, template_url: str) -> str:
    return clone_database(pg_admin_url, f"e2e_{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="session")
def running_app(app_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """`spa-ai run` against a migrated test database; the frontend is built once per session."""
    port = _free_port()
    data_dir = tmp_path_factory.mktemp("app-data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPA_")}
    env.update(
        SPA_DATABASE_URL=app_db_url,
        SPA_DATA_DIR=str(data_dir),
        SPA_PORT=str(port),
        SPA_SECRET_KEY="e2e-secret-" + "z" * 32,
        SPA_DEMO_DATA="false",
        SPA_DEMO_SIMULATOR="false",
        SPA_SIGN_IN_ATTEMPTS_PER_ADDRESS="1000",  # every test signs in from 127.0.0.1
        SPA_MONITOR_ENABLED="false",  # the host sampler would add the app's own host to the CMDB
    )
    env["PATH"] = f"{PROJECT_ROOT / '.bun' / 'node_modules' / '.bin'}:{env.get('PATH', '')}"
    log_path = data_dir / "app.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "spa_ai.cli", "run"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(base_url, proc, log_path)
        yield RunningApp(base_url, app_db_url)
    finally:
        _stop(proc)
        log.close()


def _stop(proc: subprocess.Popen) -> None:
    """Stop the app's process group (it may have exited already, e.g. after a failed build)."""
    try:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=20)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, 9)


def _wait_until_serving(base_url: str, proc: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app exited with {proc.returncode}:\n{log_path.read_text()[-4000:]}")
        try:
            if (
                httpx.get(f"{base_url}/api/health", timeout=2).status_code == 200
                and httpx.get(f"{base_url}/login", timeout=2, follow_redirects=True).status_code == 200
            ):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"app did not start within {START_TIMEOUT_S}s:\n{log_path.read_text()[-4000:]}")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        instance = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Browser, running_app: RunningApp) -> Iterator[Page]:
    """A fresh browser context (empty localStorage) per test."""
    context = browser.new_context(base_url=running_app.base_url, locale="ko-KR")
    context.set_default_timeout(20_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def app_session(running_app: RunningApp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point this test process's services at the app's database (to create users, check rows)."""
    monkeypatch.setenv("SPA_DATABASE_URL", running_app.database_url)
    monkeypatch.setenv("SPA_SECRET_KEY", "e2e-secret-" + "z" * 32)
    reset_settings()
    db.reset_engine()
    yield
    db.reset_engine()
    reset_settings()


@pytest.fixture(scope="session", autouse=True)
def _domains(installed_domains: None) -> None:
    """Tests here run against the installed platform."""
