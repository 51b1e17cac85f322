"""One contract over every executor (SQL, HTTP, Python, script, workflow), each against real back ends.

Every implementation must: check bodies without running them; return a table echoing a parameter
exactly (quotes and SQL text included, never interpreted); cut at the row limit with the truncation
flag; stop at the timeout with status `timeout`; and report failures as `error` results, not raise.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from sqlmodel import Session

from services.api_manager import runs, service
from services.api_manager.executors import ExecutionResult, RunRequest, executor_for
from services.api_manager.models import ApiCreate
from services.api_manager.settings import HTTP_ALLOWED_NETWORKS
from services.core import db, settings_registry
from services.core.security import SYSTEM
from tests.integration.api_manager_helpers import reader_fixture  # noqa: F401

TRICKY = "x'; DROP TABLE cis; --\" {{params.x}} $1"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/echo":
            self._json([{"x": query.get("x")}])
        elif url.path == "/many":
            self._json([{"n": n} for n in range(int(query.get("n", "30")))])
        elif url.path == "/slow":
            time.sleep(2)
            self._json([])
        else:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"boom")

    def _json(self, data: object) -> None:
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def http_base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@dataclass
class Case:
    logic_type: str
    echo: str
    many: str
    slow: str
    failing: str
    invalid: str


def _http(path: str, base: str) -> str:
    return json.dumps({"method": "GET", "url": f"{base}{path}"})


def _cases(base: str) -> dict[str, Case]:
    return {
        "sql": Case(
            "sql",
            "SELECT :x::text AS x",
            "SELECT n FROM generate_series(1, 30) AS n",
            "SELECT count(*) FROM generate_series(1, 100000) a, generate_series(1, 100000 + length(:x)) b",
            "SELECT 1 / 0 AS boom",
            "SELECT FROM WHERE",
        ),
        "http": Case(
            "http",
            _http("/echo?x={{params.x}}", base),
            _http("/many?n=30", base),
            _http("/slow", base),
            _http("/fail", base),
            '{"method": "GET", "url": ',
        ),
        "python": Case(
            "python",
            "def main(params):\n    return [{'x': params['x']}]",
            "result = [{'n': n} for n in range(30)]",
            "while True:\n    pass",
            "raise RuntimeError('boom')",
            "def main(:\n",
        ),
        "script": Case(
            "script",
            "printf '[%s]' \"$(cat params.json)\"",
            "for n in $(seq 1 30); do echo $n; done",
            "while true; do :; done",
            "echo boom >&2; exit 3",
            "if then fi",
        ),
    }


def _api(session: Session, slug: str, logic_type: str, body: str) -> None:
    api = service.create_api(
        session,
        actor=SYSTEM,
        body=ApiCreate(
            name=slug,
            slug=slug,
            logic_type=logic_type,  # type: ignore[arg-type]
            body=body,
            params_schema={"type": "object", "properties": {"x": {"type": "string"}}},
            timeout_ms=1000,
            rate_limit_per_minute=0,
        ),
    )
    assert api.id is not None
    service.publish(session, actor=SYSTEM, api_id=api.id)


@pytest.fixture
def backends(reader: str, http_base: str) -> Iterator[tuple[dict[str, Case], Session]]:
    """Every back end ready; workflows call published Python APIs through the real service."""
    with db.session_scope() as session:
        settings_registry.update(session, actor=SYSTEM, values={HTTP_ALLOWED_NETWORKS: "127.0.0.0/8"})
    settings_registry.invalidate()
    cases = _cases(http_base)
    with Session(db.get_engine(), expire_on_commit=False) as session:
        for kind in ("echo", "many", "slow", "failing"):
            _api(session, f"py-{kind}", "python", getattr(cases["python"], kind))
        session.commit()
        step = '{{"steps": [{{"id": "a", "api": "py-{0}", "params": {1}}}]}}'
        cases["workflow"] = Case(
            "workflow",
            step.format("echo", '{"x": "{{params.x}}"}'),
            step.format("many", "{}"),
            step.format("slow", "{}"),
            step.format("failing", "{}"),
            '{"steps": [{"id": "a"}]}',
        )
        yield cases, session


KINDS = ("sql", "http", "python", "script", "workflow")


def _run(backends: tuple[dict[str, Case], Session], kind: str, body: str, **limits: int) -> ExecutionResult:
    session = backends[1]
    request = RunRequest(
        body=body, params={"x": TRICKY}, **{"timeout_ms": 10_000, **limits}
    )  # a busy CI machine
    request.call_api = lambda slug, params, depth: runs._call(
        session, actor=SYSTEM, slug=slug, params=params, stack=("wf",)
    )
    return executor_for(kind).run(request)


@pytest.mark.parametrize("kind", KINDS)
def test_check_finds_problems_without_running(backends, kind: str) -> None:
    case = backends[0][kind]
    assert executor_for(kind).check(case.echo) == []
    problems = executor_for(kind).check(case.invalid)
    assert problems and all(p.message for p in problems)


@pytest.mark.parametrize("kind", KINDS)
def test_parameters_come_back_exactly(backends, kind: str) -> None:
    result = _run(backends, kind, backends[0][kind].echo)
    assert result.status == "ok", result.error
    assert result.columns == ["x"] and result.rows == [[TRICKY]]


@pytest.mark.parametrize("kind", KINDS)
def test_the_row_limit_truncates(backends, kind: str) -> None:
    result = _run(backends, kind, backends[0][kind].many, row_limit=10)
    assert result.status == "ok", result.error
    assert result.row_count == 10 and result.truncated


@pytest.mark.parametrize("kind", KINDS)
def test_the_timeout_stops_the_run(backends, kind: str) -> None:
    started = time.monotonic()
    result = _run(backends, kind, backends[0][kind].slow, timeout_ms=700)
    elapsed = time.monotonic() - started
    if kind == "workflow":  # the step runs with its own API's timeout (1 s) and fails the workflow
        assert result.status == "error" and "longer than 1000 ms" in (result.error or "")
    else:
        assert result.status == "timeout", result.error
    assert elapsed < 5


@pytest.mark.parametrize("kind", KINDS)
def test_failures_are_results_not_exceptions(backends, kind: str) -> None:
    result = _run(backends, kind, backends[0][kind].failing)
    assert result.status == "error" and result.error
