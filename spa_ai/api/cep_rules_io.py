"""CEP rule import/export (Prometheus alerting-rule files) and rule templates REST.

`POST /api/cep/rules/import/prometheus` takes the YAML text and the Prometheus server URL the imported
rules will query; `dry_run` shows what would be created and what is refused, storing nothing.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from services.cep import prom_rules, rule_templates, service
from services.cep.reads import RuleDetail
from services.core.security import Principal
from spa_ai.api.deps import Requires, SessionDep

router = APIRouter(prefix="/api/cep", tags=["cep"])
Reader = Annotated[Principal, Requires(service.READ)]
Writer = Annotated[Principal, Requires(service.WRITE)]


class PrometheusImportBody(BaseModel):
    """A Prometheus rule file and the server its imported rules query."""

    model_config = ConfigDict(extra="forbid")

    yaml: str = Field(min_length=1, max_length=prom_rules.MAX_YAML_BYTES)
    prometheus_url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://")
    dry_run: bool = False
    poll_interval_seconds: int = Field(default=60, ge=5, le=86400)


@router.post("/rules/import/prometheus", response_model=prom_rules.ImportResult)
def import_prometheus(
    body: PrometheusImportBody, session: SessionDep, caller: Writer
) -> prom_rules.ImportResult:
    """Create CEP rules from a Prometheus alerting-rule file; every refused rule is listed with the reason."""
    return prom_rules.import_rules(
        session,
        actor=caller,
        text=body.yaml,
        url=body.prometheus_url,
        dry_run=body.dry_run,
        interval_seconds=body.poll_interval_seconds,
    )


@router.get("/rules/{rule_id}/export/prometheus", response_model=prom_rules.ExportResult)
def export_prometheus(rule_id: int, session: SessionDep, _: Reader) -> prom_rules.ExportResult:
    """The rule as a Prometheus alerting-rule file, or a comment saying why it cannot be one."""
    return prom_rules.export_rule(session, rule_id)


@router.get("/templates", response_model=list[rule_templates.TemplateRead])
def list_templates(session: SessionDep, caller: Reader) -> list[rule_templates.TemplateRead]:
    """The template library with the number of rules linked to each template."""
    return rule_templates.list_templates(session, caller)


@router.get("/templates/outdated", response_model=list[rule_templates.OutdatedRule])
def outdated_rules(session: SessionDep, caller: Reader) -> list[rule_templates.OutdatedRule]:
    """Rules linked to an older template version, with the changes a rollout makes."""
    return rule_templates.outdated(session, caller)


@router.post("/templates/rollout", response_model=rule_templates.RolloutResult)
def rollout(
    body: rule_templates.RolloutBody, session: SessionDep, caller: Writer
) -> rule_templates.RolloutResult:
    """Update the given outdated rules to their template's current version (a new revision each)."""
    return rule_templates.RolloutResult(
        updated=rule_templates.rollout(session, actor=caller, rule_ids=body.rule_ids)
    )


@router.post("/templates/{template_id}/apply", response_model=RuleDetail, status_code=201)
def apply_template(
    template_id: str, body: rule_templates.ApplyBody, session: SessionDep, caller: Writer
) -> RuleDetail:
    """Create a rule from the template for the CIs of the selector."""
    rule = rule_templates.apply_template(session, actor=caller, template_id=template_id, body=body)
    assert rule.id is not None
    return service.get_rule(session, rule.id)
