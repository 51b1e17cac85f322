"""The Reflex app: pages, REST API mount and start-up tasks."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging

import reflex as rx

import services.infra.import_job  # noqa: F401 - registers the infra.import job handler
from services.admin.bootstrap import announce_admin, prepare_database
from services.core import db
from services.core.jobs import run_worker
from services.core.settings import get_settings
from services.infra.simulator import run_demo_simulator
from spa_ai.api.app import create_api
from spa_ai.pages.admin import admin_page
from spa_ai.pages.assets import assets_page
from spa_ai.pages.dashboard import dashboard_page
from spa_ai.pages.infra import ci_detail_page, infra_page
from spa_ai.pages.login import login_page
from spa_ai.pages.ops import ops_page
from spa_ai.pages.traces import trace_detail_page, traces_page
from spa_ai.state.admin import AdminState
from spa_ai.state.assets import AssetsState
from spa_ai.state.auth import AuthState
from spa_ai.state.dashboard import DashboardState
from spa_ai.state.infra import InfraState
from spa_ai.state.ops import OpsState
from spa_ai.state.traces import TraceState


@contextlib.asynccontextmanager
async def database_lifespan():
    """Per worker: fresh connections after fork, schema migrated, first admin present."""
    logging.basicConfig(
        level=get_settings().log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    db.reset_engine()
    announce_admin(prepare_database())
    if get_settings().llm_model:  # litellm takes seconds to import: do it now, not on the first question
        asyncio.get_running_loop().run_in_executor(None, importlib.import_module, "litellm")
    yield
    db.reset_engine()


app = rx.App(
    api_transformer=create_api(),
    toaster=rx.toast.provider(position="top-right"),
)
app.register_lifespan_task(database_lifespan)
app.register_lifespan_task(run_demo_simulator)
app.register_lifespan_task(run_worker)  # durable jobs: one at a time per worker process

app.add_page(login_page, route="/login", title="SPA AI", on_load=AuthState.redirect_if_signed_in)
app.add_page(
    dashboard_page,
    route="/",
    title="SPA AI · Dashboard",
    on_load=[AuthState.check_login, DashboardState.load],
)
app.add_page(ops_page, route="/ops", title="SPA AI · OPS", on_load=[AuthState.check_login, OpsState.load])
app.add_page(
    traces_page,
    route="/ops/traces",
    title="SPA AI · Traces",
    on_load=[AuthState.check_login, TraceState.load_list],
)
app.add_page(
    trace_detail_page,
    route="/ops/traces/[trace_id]",
    title="SPA AI · Trace",
    on_load=[AuthState.check_login, TraceState.load_detail],
)
app.add_page(
    admin_page, route="/admin", title="SPA AI · Admin", on_load=[AuthState.check_login, AdminState.load]
)
app.add_page(
    infra_page,
    route="/infra",
    title="SPA AI · Infrastructure",
    on_load=[AuthState.check_login, InfraState.load_list],
)
app.add_page(
    ci_detail_page,
    route="/infra/[ci_name]",
    title="SPA AI · Infrastructure",
    on_load=[AuthState.check_login, InfraState.load_detail],
)
app.add_page(
    assets_page,
    route="/assets",
    title="SPA AI · Assets",
    on_load=[AuthState.check_login, AssetsState.load],
)
