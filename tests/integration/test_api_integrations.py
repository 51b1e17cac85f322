"""Where other parts use API MANAGER: `spa-ai sql check`, OPS tools from published SQL APIs, the CEP action."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlmodel import Session

from services.api_manager import integrations, service
from services.api_manager.models import ApiCreate
from services.core import db
from services.core.security import SYSTEM, Principal
from tests.integration.api_manager_helpers import reader_fixture  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, env_db: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SPA_DATABASE_URL": env_db}
    return subprocess.run(
        [sys.executable, "-m", "spa_ai.cli", "sql", "check", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_sql_check_cli_single_and_batch(db_url: str, tmp_path: Path) -> None:
    safe = _cli("SELECT name FROM cis WHERE owner <> 'please delete me'", "--json", env_db=db_url)
    assert safe.returncode == 0 and json.loads(safe.stdout)["is_safe"] is True
    unsafe = _cli("SELECT pg_sleep(1)", env_db=db_url)
    assert unsafe.returncode == 1 and "function_not_allowed" in unsafe.stdout
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        "\n".join(
            json.dumps(item) for item in [{"id": "a", "sql": "SELECT 1"}, {"id": 7, "sql": "DROP TABLE cis"}]
        )
    )
    out = _cli("--batch", str(batch), env_db=db_url)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(line["id"], line["is_safe"]) for line in lines] == [("a", True), (7, False)]
    assert lines[1]["errors"][0]["line"] == 1


def _published(session: Session, slug: str, body: str, **extra: object) -> int:
    api = service.create_api(
        session,
        actor=SYSTEM,
        body=ApiCreate.model_validate(
            {
                "name": slug,
                "slug": slug,
                "logic_type": "sql",
                "body": body,
                "params_schema": {"type": "object", "properties": {"type": {"type": "string"}}},
                **extra,
            }
        ),
    )
    assert api.id is not None
    service.publish(session, actor=SYSTEM, api_id=api.id)
    return api.id


def test_ops_may_use_published_sql_apis_as_tools(reader: str) -> None:
    from services.ops.tools import TOOLS, ToolContext

    with Session(db.get_engine(), expire_on_commit=False) as session:
        _published(
            session, "count-by-type", "SELECT count(*) AS n FROM cis WHERE type = :type", ops_tool=True
        )
        _published(session, "not-for-ops", "SELECT 1 AS one")
        session.commit()
        names = integrations.register_ops_tools(session)
        assert names == ["api_count_by_type"] and "api_not_for_ops" not in TOOLS
        assert integrations.OPS_TOOL_SCHEMAS["api_count_by_type"]["properties"] == {
            "type": {"type": "string"}
        }
        context = ToolContext(session=session, principal=SYSTEM, now=None, tz="UTC", lang="en", policy={})  # type: ignore[arg-type]
        tool = TOOLS["api_count_by_type"]
        assert tool.description == "count-by-type"
        result = tool.fn(context, tool.contract.model_validate({"type": "host"}))
        assert result.data["columns"] == ["n"] and result.data["rows"][0][0] > 0
        assert result.references == [{"kind": "api", "text": "count-by-type v1"}]


def test_the_cep_action_returns_results_and_failures_for_the_delivery_log(reader: str) -> None:
    with Session(db.get_engine(), expire_on_commit=False) as session:
        _published(session, "hosts-of-type", "SELECT name FROM cis WHERE type = :type ORDER BY name")
        session.commit()
        done = integrations.call_api_action(session, slug="hosts-of-type", params={"type": "database"})
        assert done["ok"] and done["row_count"] > 0 and done["version"] == 1 and done["execution_id"]
        missing = integrations.call_api_action(session, slug="nope", params={})
        assert missing == {"ok": False, "status": "rejected", "error": "API 'nope' not found", "slug": "nope"}
        bad = integrations.call_api_action(session, slug="hosts-of-type", params={"type": 5})
        assert not bad["ok"] and "type" in bad["error"]
        viewer = Principal(user_id=0, username="v", role="viewer", permissions=frozenset({"apis:read"}))
        assert (
            integrations.call_api_action(session, slug="hosts-of-type", params={}, actor=viewer)["status"]
            == "rejected"
        )
