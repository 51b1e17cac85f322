"""Rule templates: common rules per CI type (CPU, memory, disk, latency, error rate, no data).

Applying a template to a CI selector creates a metric rule on the internal store in one step. The rule
stays linked to its template through two labels, `template` and `template_version`; when a template's
version moves on, `outdated` lists the linked rules with the changes a rollout would make and `rollout`
saves them as new revisions. A rollout keeps what the user chose (name, selector, owner, severity,
actions, own labels) and takes the rest from the template. Metric names match the infrastructure
store's catalog (the demo estate's `services.infra.demo_model.METRICS_BY_TYPE`); the CI types a
template fits are read from the store (the types whose CIs report its metric).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import text
from sqlmodel import Session, col, select

from services.cep import service
from services.cep.models import CepRule
from services.cep.reads import DiffLine
from services.cep.schema import CiSelector, RuleSpec
from services.core.errors import NotFound, ValidationFailed
from services.core.security import Principal, require

TEMPLATE_LABEL, VERSION_LABEL = "template", "template_version"


class Template(BaseModel):
    """One library entry: the metric of the infrastructure store and the condition."""

    id: str
    version: int
    title_en: str
    title_ko: str
    metric: str
    severity: str
    description: str
    condition: dict[str, Any]


def _template(
    tid: str, version: int, en: str, ko: str, metric: str, severity: str, **condition: Any
) -> Template:
    return Template(
        id=tid,
        version=version,
        title_en=en,
        title_ko=ko,
        metric=metric,
        severity=severity,
        description=condition.pop("description"),
        condition=condition,
    )


LIBRARY: dict[str, Template] = {
    t.id: t
    for t in (
        _template(
            "cpu_high",
            1,
            "CPU usage high",
            "CPU 사용률 높음",
            "cpu_usage",
            "major",
            op=">",
            threshold=90,
            aggregation="avg",
            window_seconds=600,
            for_seconds=600,
            recovery_threshold=80,
            description="Average CPU usage above 90 % over 10 minutes, for 10 minutes.",
        ),
        _template(
            "memory_high",
            1,
            "Memory usage high",
            "메모리 사용률 높음",
            "memory_usage",
            "major",
            op=">",
            threshold=90,
            aggregation="avg",
            window_seconds=600,
            for_seconds=900,
            recovery_threshold=85,
            description="Average memory usage above 90 % over 10 minutes, for 15 minutes.",
        ),
        _template(
            "disk_full",
            1,
            "Disk almost full",
            "디스크 용량 부족",
            "disk_usage",
            "critical",
            op=">",
            threshold=85,
            for_seconds=900,
            recovery_threshold=80,
            description="Disk usage above 85 % for 15 minutes.",
        ),
        _template(
            "latency_high",
            1,
            "Response time high",
            "응답 시간 지연",
            "response_time_ms",
            "major",
            op=">",
            threshold=500,
            aggregation="avg",
            window_seconds=300,
            for_seconds=300,
            recovery_threshold=300,
            description="Average response time above 500 ms over 5 minutes, for 5 minutes.",
        ),
        _template(
            "error_rate_high",
            1,
            "Error rate high",
            "오류율 높음",
            "error_rate",
            "major",
            op=">",
            threshold=5,
            aggregation="avg",
            window_seconds=300,
            for_seconds=300,
            description="Error rate above 5 % (5-minute average) for 5 minutes.",
        ),
        _template(
            "no_data",
            1,
            "No data",
            "데이터 수신 없음",
            "request_rate",
            "warning",
            op="<",
            threshold=1,
            aggregation="count",
            window_seconds=900,
            for_seconds=300,
            no_data="alerting",
            description="No request-rate sample in the last 15 minutes (the CI stopped reporting).",
        ),
    )
}


class TemplateRead(Template):
    """A template as listed: the CI types whose CIs report its metric, and the rules linked to it."""

    ci_types: list[str]
    linked_rules: int = 0


class ApplyBody(BaseModel):
    """Apply a template to the CIs of `selector` (type, environment, CI owner, attribute labels); `owner`
    is the rule's owner (who answers its alerts)."""

    model_config = ConfigDict(extra="forbid")

    selector: CiSelector
    name: str | None = Field(default=None, min_length=1, max_length=120)
    owner: str = Field(default="", max_length=120)
    severity: str | None = Field(default=None, pattern=r"^(critical|major|minor|warning|info)$")


class OutdatedRule(BaseModel):
    """A rule linked to an older template version, with what a rollout changes."""

    rule_id: int
    name: str
    template: str
    from_version: int
    to_version: int
    changes: list[DiffLine]


class RolloutBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule_ids: list[int] = Field(min_length=1, max_length=500)


class RolloutResult(BaseModel):
    updated: list[int]


def get_template(template_id: str) -> Template:
    template = LIBRARY.get(template_id)
    if template is None:
        raise NotFound(
            f"template '{template_id[:64]}' not found",
            details={"field": "template_id"},
            key="cep_template_not_found",
            params={"id": template_id[:64]},
        )
    return template


def build_spec(
    template: Template, *, selector: CiSelector, name: str, owner: str, severity: str, extra: dict[str, Any]
) -> RuleSpec:
    """The rule spec of `template` on `selector`; `extra` keeps a linked rule's own labels and actions."""
    labels = {**extra.get("labels", {}), TEMPLATE_LABEL: template.id, VERSION_LABEL: str(template.version)}
    return RuleSpec.model_validate(
        {
            "name": name,
            "description": template.description,
            "severity": severity,
            "owner": owner,
            "labels": labels,
            "annotations": {"summary": template.title_en},
            "trigger": {"kind": "metric", "poll_interval_seconds": 60},
            "source": {"kind": "internal", "metric": template.metric, "selector": selector.model_dump()},
            "condition": template.condition,
            "actions": extra.get("actions", []),
        }
    )


def reporting_types(session: Session) -> dict[str, set[str]]:
    """Per library metric, the CI types with at least one CI that has samples of it."""
    rows = session.execute(
        text(
            "SELECT m.name, c.type FROM cis c CROSS JOIN metric_catalog m WHERE m.name = ANY(:metrics) "
            "AND EXISTS (SELECT 1 FROM metric_samples s WHERE s.ci_id = c.id AND s.metric_id = m.id) "
            "GROUP BY m.name, c.type"
        ),
        {"metrics": sorted({t.metric for t in LIBRARY.values()})},
    ).all()
    out: dict[str, set[str]] = {}
    for metric, ci_type in rows:
        out.setdefault(metric, set()).add(ci_type)
    return out


def _linked(session: Session) -> list[CepRule]:
    rows = session.exec(select(CepRule).order_by(col(CepRule.id))).all()
    return [r for r in rows if (r.spec.get("labels") or {}).get(TEMPLATE_LABEL) in LIBRARY]


def list_templates(session: Session, actor: Principal) -> list[TemplateRead]:
    require(actor, service.READ)
    counts: dict[str, int] = {}
    for rule in _linked(session):
        tid = rule.spec["labels"][TEMPLATE_LABEL]
        counts[tid] = counts.get(tid, 0) + 1
    types = reporting_types(session)
    return [
        TemplateRead(
            **t.model_dump(), ci_types=sorted(types.get(t.metric, ())), linked_rules=counts.get(t.id, 0)
        )
        for t in LIBRARY.values()
    ]


def apply_template(session: Session, *, actor: Principal, template_id: str, body: ApplyBody) -> CepRule:
    """Create a rule from the template for `body.selector` (revision 1, linked to the template)."""
    template = get_template(template_id)
    kind = body.selector.type
    if kind is not None and kind not in reporting_types(session).get(template.metric, set()):
        raise ValidationFailed(
            f"selector.type: CIs of type '{kind}' have no metric '{template.metric}'",
            details={"field": "selector.type"},
            key="cep_template_type_mismatch",
            params={"type": kind, "metric": template.metric},
        )
    scope = "/".join(p for p in (kind, body.selector.environment, body.selector.owner) if p) or "all"
    spec = build_spec(
        template,
        selector=body.selector,
        name=body.name or f"{template.title_en} [{scope}]",
        owner=body.owner,
        severity=body.severity or template.severity,
        extra={},
    )
    return service.create_rule(
        session, actor=actor, spec=spec, message=f"from template {template.id} v{template.version}"
    )


def _refreshed(rule: CepRule) -> RuleSpec | None:
    """The spec a rollout would save for `rule`, or None when its template version is current."""
    labels = rule.spec.get("labels") or {}
    template = LIBRARY[labels[TEMPLATE_LABEL]]
    if labels.get(VERSION_LABEL) == str(template.version):
        return None
    current = RuleSpec.model_validate(rule.spec)
    assert current.source is not None and current.source.kind == "internal" and current.source.selector
    own = {k: v for k, v in current.labels.items() if k not in (TEMPLATE_LABEL, VERSION_LABEL)}
    return build_spec(
        template,
        selector=current.source.selector,
        name=current.name,
        owner=current.owner,
        severity=current.severity,
        extra={"labels": own, "actions": [a.model_dump() for a in current.actions]},
    )


def _changes(before: dict[str, Any], after: dict[str, Any]) -> list[DiffLine]:
    flat_before, flat_after = service._flatten(before), service._flatten(after)
    return [
        DiffLine(path=path, before=flat_before.get(path), after=flat_after.get(path))
        for path in sorted(set(flat_before) | set(flat_after))
        if flat_before.get(path) != flat_after.get(path)
    ]


def outdated(session: Session, actor: Principal) -> list[OutdatedRule]:
    """Rules linked to an older template version, with the diff a rollout would apply."""
    require(actor, service.READ)
    out = []
    for rule in _linked(session):
        spec = _refreshed(rule)
        if spec is None:
            continue
        assert rule.id is not None
        tid = rule.spec["labels"][TEMPLATE_LABEL]
        out.append(
            OutdatedRule(
                rule_id=rule.id,
                name=rule.name,
                template=tid,
                from_version=int(rule.spec["labels"].get(VERSION_LABEL) or 0),
                to_version=LIBRARY[tid].version,
                changes=_changes(rule.spec, spec.model_dump(mode="json")),
            )
        )
    return out


def rollout(session: Session, *, actor: Principal, rule_ids: list[int]) -> list[int]:
    """Save the current template version into each outdated rule of `rule_ids` (a new revision each)."""
    require(actor, service.WRITE)
    wanted = set(rule_ids)
    updated = []
    for rule in _linked(session):
        if rule.id not in wanted:
            continue
        spec = _refreshed(rule)
        if spec is None:
            continue
        template = LIBRARY[rule.spec["labels"][TEMPLATE_LABEL]]
        service.update_rule(
            session,
            actor=actor,
            rule_id=rule.id,
            spec=spec,
            message=f"template {template.id} rolled out to v{template.version}",
        )
        updated.append(rule.id)
    return updated
