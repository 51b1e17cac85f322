"""The Reflex app: every domain installed, every declared page added, REST mounted, lifespan tasks."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging

import reflex as rx

from services.bootstrap import announce_admin, prepare_database
from services.core import db
from services.core.settings import get_settings
from services.domains import install_domains
from spa_ai.api.app import create_api
from spa_ai.shell import add_pages


@contextlib.asynccontextmanager
async def database_lifespan():
    """Per worker: fresh connections after fork, schema migrated, first admin present."""
    logging.basicConfig(
        level=get_settings().log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    # the CEP scheduler's 1-second jobs would log two INFO lines a second each: keep their warnings only
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    db.reset_engine()
    announce_admin(await asyncio.to_thread(prepare_database))
    if get_settings().llm_model:  # litellm takes seconds to import: do it now, not on the first question
        asyncio.get_running_loop().run_in_executor(None, importlib.import_module, "litellm")
    yield
    db.reset_engine()


registry = install_domains()
app = rx.App(
    api_transformer=create_api(),
    toaster=rx.toast.provider(position="bottom-right"),
    head_components=[rx.el.link(rel="icon", href="/favicon.svg", type="image/svg+xml")],
)
app.register_lifespan_task(database_lifespan)
for task in registry.lifespan_tasks:
    app.register_lifespan_task(task)
add_pages(app)
