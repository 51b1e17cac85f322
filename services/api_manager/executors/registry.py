"""Every logic type's executor, by name."""

from __future__ import annotations

from services.api_manager.executors import Executor
from services.api_manager.executors.http import HttpExecutor
from services.api_manager.executors.python import PythonExecutor, ScriptExecutor
from services.api_manager.executors.sql import SqlExecutor
from services.api_manager.executors.workflow import WorkflowExecutor

EXECUTORS: dict[str, Executor] = {
    executor.logic_type: executor
    for executor in (SqlExecutor(), HttpExecutor(), PythonExecutor(), ScriptExecutor(), WorkflowExecutor())
}
