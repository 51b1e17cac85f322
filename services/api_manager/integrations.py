"""Where other modules use published APIs: CEP's "call an API" action and OPS tools.

CEP: `call_api_action(session, slug=…, params=…, actor=…)` runs a published API and returns a dict
for the delivery log (it never raises); `register_cep_action` adds it to CEP's action registry as
kind `call_api` when `services.cep.actions` exists. OPS: every published SQL API marked "OPS may use"
becomes tool `api_<slug>` (hyphens as underscores) whose argument schema is the API's parameter schema
(`OPS_TOOL_SCHEMAS`); `refresh_ops_tools` re-reads them after every change is committed.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from sqlmodel import Session, col, select

from services.api_manager import runs
from services.api_manager.models import Api, ApiVersion
from services.core import db
from services.core.errors import DomainError
from services.core.security import Principal

log = logging.getLogger(__name__)
CEP_ACTOR = Principal(
    user_id=0, username="cep", role="operator", permissions=frozenset({"apis:execute"}), via="cep"
)
OPS_TOOL_PREFIX = "api_"
OPS_TOOL_SCHEMAS: dict[str, dict[str, Any]] = {}
MAX_LOGGED_ROWS = 20


def call_api_action(
    session: Session, *, slug: str, params: dict[str, Any], actor: Principal = CEP_ACTOR
) -> dict[str, Any]:
    """Run the published API `slug` for a CEP rule; the answer (never an exception) goes to the delivery log."""
    try:
        view = runs.execute(session, actor=actor, slug=slug, params=params, mode="cep")
    except DomainError as exc:
        return {"ok": False, "status": "rejected", "error": exc.message, "slug": slug}
    return {
        "ok": view["status"] == "ok",
        "status": view["status"],
        "slug": slug,
        "version": view["version"],
        "execution_id": view["execution_id"],
        "duration_ms": view["duration_ms"],
        "columns": view["columns"],
        "rows": view["rows"][:MAX_LOGGED_ROWS],
        "row_count": view["row_count"],
        "error": view["error"],
    }


def register_cep_action() -> bool:
    """Add kind `call_api` to CEP's action registry when CEP is installed; True when registered."""
    try:
        from pydantic import BaseModel, ConfigDict, Field

        from services.cep.actions import Target, register_action
        from services.cep.channels import DeliveryResult
    except ImportError:
        return False

    class CallApiParams(BaseModel):
        """Call a published API; string parameter values may use CEP templates."""

        model_config = ConfigDict(extra="forbid")

        slug: str = Field(min_length=1, max_length=64)
        params: dict[str, Any] = Field(default_factory=dict)

    def targets(_session: Session, params: BaseModel) -> list[Target]:
        assert isinstance(params, CallApiParams)
        return [Target(None, {"slug": params.slug, "params": params.params})]

    def deliver_now(target: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
        from services.cep.templates import render

        rendered = {
            k: render(v, payload) if isinstance(v, str) else v for k, v in target.get("params", {}).items()
        }
        with db.session_scope() as session:
            return call_api_action(session, slug=target["slug"], params=rendered)

    async def deliver(ctx: Any) -> Any:
        result = await asyncio.to_thread(deliver_now, ctx.target, ctx.payload)
        return DeliveryResult(
            ok=result["ok"],
            error_class=None if result["ok"] else result["status"],
            response=json.dumps(result, default=str)[:4000],
        )

    register_action(
        "call_api",
        CallApiParams,
        targets=targets,
        deliver=deliver,
        description_ko="게시된 API를 호출합니다 (결과는 전달 기록에 남습니다)",
        description_en="Call a published API (its result lands in the delivery log)",
    )
    return True


def ops_tool_name(slug: str) -> str:
    return OPS_TOOL_PREFIX + slug.replace("-", "_")


def _ops_contract(name: str, description: str) -> Any:
    """The contract of an API tool: any parameters (the API checks them against its `params_schema`
    when it runs), described as the API is."""
    from pydantic import ConfigDict

    from services.ops.tools.contracts import ToolArgs

    config = ConfigDict(extra="allow")
    return type(name, (ToolArgs,), {"__doc__": description, "model_config": config})


def _ops_tool(slug: str) -> Any:
    from services.ops.tools import ToolContext, ToolResult
    from services.ops.tools.contracts import ToolArgs

    def run(ctx: ToolContext, args: ToolArgs) -> ToolResult:
        params = args.model_dump(exclude_unset=True)
        view = runs.execute(ctx.session, actor=ctx.principal, slug=slug, params=params, mode="ops")
        if view["status"] != "ok":
            raise ValueError(f"API '{slug}' failed: {view['error']}")
        data = {key: view[key] for key in ("columns", "rows", "row_count", "truncated")}
        return ToolResult(data, [{"kind": "api", "text": f"{slug} v{view['version']}"}])

    return run


def register_ops_tools(session: Session) -> list[str]:
    """Make the current set of published, OPS-enabled SQL APIs the `api_*` OPS tools; returns their names."""
    try:
        from services.ops import tools
    except ImportError:
        return []
    rows = session.exec(
        select(Api, ApiVersion)
        .join(
            ApiVersion,
            (col(ApiVersion.api_id) == Api.id) & (col(ApiVersion.version) == Api.published_version),
        )
        .where(col(Api.deleted_at).is_(None), col(Api.ops_tool), Api.logic_type == "sql")
    ).all()
    wanted = {ops_tool_name(api.slug): (api, version) for api, version in rows}
    for name in [n for n in tools.TOOLS if n.startswith(OPS_TOOL_PREFIX) and n not in wanted]:
        tools.TOOLS.pop(name, None)
        OPS_TOOL_SCHEMAS.pop(name, None)
    for name, (api, version) in wanted.items():
        tools.register(name, _ops_contract(name, api.description or api.name))(_ops_tool(api.slug))
        OPS_TOOL_SCHEMAS[name] = version.content.get("params_schema") or {"type": "object", "properties": {}}
    return sorted(wanted)


def refresh_ops_tools() -> None:
    """After a committed change: re-register OPS tools (failures are logged, never raised)."""
    try:
        with db.session_scope() as session:
            register_ops_tools(session)
    except Exception:
        log.exception("could not refresh API tools for OPS")
