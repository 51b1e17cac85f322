"""API MANAGER: user-defined SQL / HTTP / Python / script / workflow APIs with versions, tests and logs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.core.registry import Registry


def install(registry: Registry) -> None:
    """Settings, UI strings, the reader role at start, the log writer's shutdown flush, published APIs as OPS tools, the CEP action."""
    from sqlalchemy import text

    from services.api_manager import exec_log, integrations, sql_reader
    from services.api_manager.settings import SPECS
    from services.api_manager.strings import STRINGS
    from services.core.i18n import add_strings
    from services.core.settings_registry import declare

    declare(*SPECS)
    add_strings(STRINGS)
    registry.on_startup("api reader role", lambda _session: sql_reader.prepare_reader())
    registry.on_startup("api ops tools", integrations.register_ops_tools)
    integrations.register_cep_action()
    registry.lifespan(exec_log.flush_at_shutdown)
    registry.counter(
        "apis",
        lambda s: int(s.execute(text("SELECT count(*) FROM apis WHERE deleted_at IS NULL")).scalar_one()),
        permission="apis:read",
    )
