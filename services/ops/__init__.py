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
