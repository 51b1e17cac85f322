"""OPS: questions about the estate → plan → validate → execute tools → compose → present."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """Built-in tools, seeded OPS assets (prompt, catalog, policy, tools), runtime settings (LLM model),
    the questions counter, and the watch: trace RCA, Regression Watch, KPIs."""
    from sqlalchemy import text

    from services.asset_registry.seeding import register_seed
    from services.core.i18n import add_strings
    from services.core.settings_registry import declare
    from services.ops.seed_assets import ops_seed_assets
    from services.ops.settings import SPECS
    from services.ops.strings_oncall import STRINGS as ONCALL_STRINGS
    from services.ops.tools import load_builtin_tools
    from services.ops.watch_install import install_watch

    declare(*SPECS)
    load_builtin_tools()
    add_strings(ONCALL_STRINGS)
    register_seed(ops_seed_assets)
    registry.counter(
        "ops_questions",
        lambda s: int(s.execute(text("SELECT count(*) FROM ops_traces")).scalar_one()),
        permission="ops:ask",
    )
    install_watch(registry)
    registry.lifespan(warm_up)


async def warm_up() -> None:
    """Lifespan task: load the Korean analyser and the English word list the planner's honesty and typo
    checks use, so the first question does not wait seconds for them."""
    import asyncio
    import logging

    from services.documents.tokenize import analyzer
    from services.ops.planner.spelling import english_dictionary

    def warm() -> None:
        analyzer().tokenize("디스크 사용률 점검")  # the first call loads the model, not only the constructor
        english_dictionary()

    try:
        await asyncio.to_thread(warm)
    except Exception:
        logging.getLogger(__name__).exception("warming up the OPS planner failed")
