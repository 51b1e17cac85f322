"""Python and script (bash) logic, each run in `sandbox` with JSON in and JSON out.

Python: the code sees `params` (a dict) and either defines `main(params)` or sets `result`; the value is
written as JSON and becomes a table (`executors.table_from_json`). Script: bash gets the parameters
as JSON on stdin and in `params.json`, and each scalar as `PARAM_<NAME>`; JSON on stdout becomes a
table, other output one row per line. print() output and stderr are kept (truncated) for the test
runner. `check` compiles Python / runs `bash -n`; neither executes the code.
"""

from __future__ import annotations

import json
import subprocess

from services.api_manager import sandbox
from services.api_manager import settings as keys
from services.api_manager.executors import ExecutionResult, RunRequest, table_from_json
from services.api_manager.sql_findings import Finding
from services.core import settings_registry

PYTHON = "/usr/bin/python3"
BASH = "/usr/bin/bash"
RESULT_FILE = ".result.json"
RUNNER = b"""
import json, sys
params = json.loads(sys.stdin.read() or "{}")
namespace = {"params": params, "__name__": "__main__"}
exec(compile(open("main.py").read(), "main.py", "exec"), namespace)
value = namespace["main"](params) if callable(namespace.get("main")) else namespace.get("result")
with open(".result.json", "w") as out:
    json.dump(value, out, default=str)
"""


def _limits(request: RunRequest) -> sandbox.Limits:
    return sandbox.Limits(
        wall_ms=request.timeout_ms,
        cpu_seconds=int(settings_registry.get(keys.SANDBOX_CPU_SECONDS)),
        memory_mb=int(settings_registry.get(keys.SANDBOX_MEMORY_MB)),
    )


def _failure(outcome: sandbox.ProcessResult, request: RunRequest) -> ExecutionResult | None:
    details = {"exit_code": outcome.exit_code, "isolated": outcome.isolated}
    if outcome.timed_out:
        result = ExecutionResult.failed(
            "timeout", f"the run took longer than {request.timeout_ms} ms", **details
        )
    elif outcome.killed_by:
        reason = {"SIGXCPU": "CPU time limit", "SIGXFSZ": "file size limit", "SIGKILL": "killed"}
        message = reason.get(outcome.killed_by, outcome.killed_by)
        result = ExecutionResult.failed("error", f"stopped: {message}", **details)
    elif outcome.exit_code:
        last = (outcome.stderr.strip().splitlines() or [f"exit code {outcome.exit_code}"])[-1]
        result = ExecutionResult.failed("error", last, **details)
    else:
        return None
    result.stdout, result.stderr = outcome.stdout, outcome.stderr
    return result


def _table(data: object, request: RunRequest, outcome: sandbox.ProcessResult) -> ExecutionResult:
    columns, rows, truncated = table_from_json(data, request.row_limit)
    return ExecutionResult(
        columns=columns,
        rows=rows,
        truncated=truncated,
        stdout=outcome.stdout,
        stderr=outcome.stderr,
        details={"isolated": outcome.isolated},
    )


class PythonExecutor:
    """Python logic type."""

    logic_type = "python"

    def check(self, body: str) -> list[Finding]:
        try:
            compile(body, "main.py", "exec", dont_inherit=True)
        except SyntaxError as exc:
            line, col = exc.lineno or 1, exc.offset or 1
            return [Finding("syntax_error", exc.msg, line, col)]
        except ValueError as exc:
            return [Finding("syntax_error", str(exc))]
        return []

    def run(self, request: RunRequest) -> ExecutionResult:
        problems = self.check(request.body)
        if problems:
            return ExecutionResult.failed("rejected", f"{problems[0].message} (line {problems[0].line})")
        outcome = sandbox.run(
            [PYTHON, "-I", "-S", "-B", "runner.py"],
            files={"main.py": request.body.encode(), "runner.py": RUNNER},
            stdin=json.dumps(request.params).encode(),
            limits=_limits(request),
            collect=(RESULT_FILE,),
        )
        failure = _failure(outcome, request)
        if failure:
            return failure
        try:
            data = json.loads(outcome.workdir_files.get(RESULT_FILE, b"null"))
        except json.JSONDecodeError:
            return ExecutionResult.failed("error", "the result is not valid JSON")
        return _table(data, request, outcome)


class ScriptExecutor:
    """Script (bash) logic type."""

    logic_type = "script"

    def check(self, body: str) -> list[Finding]:
        checked = subprocess.run(
            [BASH, "-n"],
            input=body.encode(),
            capture_output=True,
            env=sandbox.CLEAN_ENV,
            timeout=5,
            check=False,
        )
        if checked.returncode == 0:
            return []
        message = checked.stderr.decode("utf-8", "replace").strip().splitlines()
        text = message[0] if message else "syntax error"
        line = next((int(part) for part in text.split(":") if part.strip().isdigit()), None)
        return [Finding("syntax_error", text.split(": ", 2)[-1], line, 1 if line else None)]

    def run(self, request: RunRequest) -> ExecutionResult:
        problems = self.check(request.body)
        if problems:
            return ExecutionResult.failed("rejected", problems[0].message)
        env = {
            f"PARAM_{name.upper()}": value if isinstance(value, str) else json.dumps(value)
            for name, value in request.params.items()
            if name.isidentifier()
        }
        payload = json.dumps(request.params).encode()
        outcome = sandbox.run(
            [BASH, "main.sh"],
            files={"main.sh": request.body.encode(), "params.json": payload},
            stdin=payload,
            limits=_limits(request),
            env=env,
        )
        failure = _failure(outcome, request)
        if failure:
            return failure
        try:
            data = json.loads(outcome.stdout) if outcome.stdout.strip()[:1] in ("{", "[") else None
        except json.JSONDecodeError:
            data = None
        if data is None:
            lines = outcome.stdout.splitlines()
            result = ExecutionResult(
                columns=["line"],
                rows=[[line] for line in lines[: request.row_limit]],
                truncated=len(lines) > request.row_limit,
                stdout=outcome.stdout,
                stderr=outcome.stderr,
                details={"isolated": outcome.isolated},
            )
            return result
        return _table(data, request, outcome)
