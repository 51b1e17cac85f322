"""App replicas as real processes for reliability tests: the REST API and every domain's lifespan task.

`create_app` is a uvicorn factory (`python -m uvicorn --factory tests.integration.cep_replica:create_app`)
serving what the Reflex backend serves minus the UI: `create_api()` and, in its lifespan, the database
preparation of `spa_ai.spa_ai.database_lifespan` and every registered lifespan task (CEP scheduler,
notification loop, job worker, ...), run the way Reflex runs them. The Reflex UI is left out because
importing and compiling it takes minutes; nothing the scheduler or the outbox does depends on it.
`Replica` starts one such process on a free port against a given database and can SIGKILL it.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def create_app() -> FastAPI:
    """The REST app with the platform's lifespan (database prepared, lifespan tasks running)."""
    from services.bootstrap import prepare_database
    from services.core import db
    from services.domains import install_domains
    from spa_ai.api.app import create_api

    registry = install_domains()
    api = create_api()

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        logging.basicConfig(level="INFO", format="%(asctime)s %(levelname)s %(name)s %(message)s")
        db.reset_engine()
        await asyncio.to_thread(prepare_database)
        tasks: list[asyncio.Task[Any]] = []
        async with contextlib.AsyncExitStack() as stack:
            for task in registry.lifespan_tasks:
                started = task()
                if inspect.iscoroutine(started):
                    tasks.append(asyncio.create_task(started))
                else:
                    await stack.enter_async_context(started)
            try:
                yield
            finally:
                for running in tasks:
                    running.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

    api.router.lifespan_context = lifespan
    return api


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Replica:
    """One app process on 127.0.0.1; `status()` is its `/api/health/ready` CEP block."""

    def __init__(self, name: str, db_url: str, work: Path, env: dict[str, str]) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = work / f"{name}.log"
        self._env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("SPA_")},
            "PYTHONPATH": str(PROJECT_ROOT),
            "SPA_DATABASE_URL": db_url,
            "SPA_DATA_DIR": str(work / f"data-{name}"),
            "SPA_SECRET_KEY": "test-secret-key-" + "x" * 32,
            "SPA_DEMO_DATA": "false",
            "SPA_DEMO_SIMULATOR": "false",
            **env,
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Replica:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "tests.integration.cep_replica:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            cwd=PROJECT_ROOT,
            env=self._env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def log_tail(self, chars: int = 3000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""

    def status(self) -> dict[str, Any] | None:
        """This process's view of the CEP scheduler, or None when it does not answer."""
        try:
            answer = httpx.get(f"{self.url}/api/health/ready", timeout=3)
        except httpx.HTTPError:
            return None
        if answer.status_code != 200:
            return None
        return dict(answer.json().get("cep") or {})

    def is_leader(self) -> bool:
        state = self.status()
        return bool(state and state.get("this_process", {}).get("leader"))

    def wait_ready(self, deadline: float) -> None:
        while self.status() is None:
            assert self.proc is not None and self.proc.poll() is None, f"{self.name} died:\n{self.log_tail()}"
            assert time.monotonic() < deadline, f"{self.name} did not become ready:\n{self.log_tail()}"
            time.sleep(0.2)

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as when a host dies."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
