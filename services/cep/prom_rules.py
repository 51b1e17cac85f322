"""Prometheus alerting-rule files ↔ CEP rules.

Import reads a rule file (`groups → rules`, `yaml.safe_load`, size-bounded) and turns every alerting
rule whose `expr` is in the subset of `services.cep.promql` into a metric rule with a Prometheus source
(the server given at import), `for`, `keep_firing_for`, labels and annotations; every other rule is
listed with the reason. Export writes a Prometheus-source rule back in the same shape.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from pydantic import BaseModel, Field
from pydantic import ValidationError as PydanticError
from sqlmodel import Session, col, select

from services.cep import service
from services.cep.models import CepRule
from services.cep.promql import Unsupported, duration_seconds, format_duration, parse_expr
from services.cep.schema import SEVERITIES, RuleSpec
from services.core import audit
from services.core.errors import ValidationFailed
from services.core.security import Principal, require

MAX_YAML_BYTES = 1_000_000
MAX_RULES = 500

# --- import --------------------------------------------------------------------------------------------


class ImportedRule(BaseModel):
    """One alerting rule the import creates (or would create, on a dry run)."""

    group: str
    alert: str
    rule_id: int | None = None
    spec: dict[str, Any]


class RefusedRule(BaseModel):
    """One rule of the file that is not imported, and why."""

    group: str
    name: str
    reason: str


class ImportResult(BaseModel):
    dry_run: bool
    created: list[ImportedRule] = Field(default_factory=list)
    refused: list[RefusedRule] = Field(default_factory=list)


def _load(text: str) -> list[dict[str, Any]]:
    if len(text.encode()) > MAX_YAML_BYTES:
        raise ValidationFailed(
            f"yaml: the file is larger than {MAX_YAML_BYTES} bytes",
            details={"field": "yaml"},
            key="cep_prom_yaml_invalid",
            params={"reason": f"> {MAX_YAML_BYTES} bytes"},
        )
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = f"{getattr(exc, 'problem', None) or 'not YAML'}{where}"
        raise ValidationFailed(
            f"yaml: {reason}",
            details={"field": "yaml"},
            key="cep_prom_yaml_invalid",
            params={"reason": reason},
        ) from exc
    groups = doc.get("groups") if isinstance(doc, dict) else None
    if not isinstance(groups, list) or not all(isinstance(g, dict) for g in groups):
        reason = "the file must be a mapping with a 'groups' list of mappings"
        raise ValidationFailed(
            f"yaml: {reason}",
            details={"field": "yaml"},
            key="cep_prom_yaml_invalid",
            params={"reason": reason},
        )
    if sum(len(g.get("rules") or []) for g in groups) > MAX_RULES:
        reason = f"more than {MAX_RULES} rules"
        raise ValidationFailed(
            f"yaml: {reason}",
            details={"field": "yaml"},
            key="cep_prom_yaml_invalid",
            params={"reason": reason},
        )
    return groups


def _str_map(value: Any, field: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Unsupported(f"{field} must be a mapping")
    return {str(k): str(v) for k, v in value.items()}


def rule_spec(rule: dict[str, Any], *, url: str, interval_seconds: int) -> RuleSpec:
    """The CEP rule for one Prometheus alerting rule (`Unsupported` with the reason otherwise)."""
    if "record" in rule:
        raise Unsupported("recording rule (only alerting rules are imported)")
    if not isinstance(rule.get("alert"), str) or not isinstance(rule.get("expr"), str | int | float):
        raise Unsupported("a rule needs 'alert' and 'expr'")
    unknown = set(rule) - {"alert", "expr", "for", "keep_firing_for", "labels", "annotations"}
    if unknown:
        raise Unsupported(f"unknown field(s): {', '.join(sorted(map(str, unknown)))}")
    comparison = parse_expr(str(rule["expr"]))
    labels = _str_map(rule.get("labels"), "labels")
    annotations = _str_map(rule.get("annotations"), "annotations")
    severity = labels.get("severity", "warning")
    runbook = annotations.get("runbook_url")
    raw = {
        "name": rule["alert"],
        "description": annotations.get("description", ""),
        "severity": severity if severity in SEVERITIES else "warning",
        "runbook_url": runbook if runbook and re.match(r"^https?://", runbook) else None,
        "labels": labels,
        "annotations": annotations,
        "trigger": {"kind": "metric", "poll_interval_seconds": interval_seconds},
        "source": {"kind": "prometheus", "url": url, "query": comparison.query},
        "condition": {
            "op": comparison.op,
            "threshold": comparison.threshold,
            "for_seconds": duration_seconds(rule.get("for", "0s"), "for"),
            "keep_firing_for_seconds": duration_seconds(rule.get("keep_firing_for", "0s"), "keep_firing_for"),
            "no_data": "ok",
        },
    }
    try:
        return RuleSpec.model_validate(raw)
    except PydanticError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise Unsupported(f"{where}: {first['msg']}") from exc


def import_rules(
    session: Session,
    *,
    actor: Principal,
    text: str,
    url: str,
    dry_run: bool,
    interval_seconds: int = 60,
) -> ImportResult:
    """Create a CEP rule for every importable alerting rule; list every other rule with its reason.

    A group's `interval` (when given) becomes the poll interval. Names already taken (or repeated in the
    file) are refused. On a dry run nothing is written.
    """
    require(actor, service.WRITE)
    result = ImportResult(dry_run=dry_run)
    taken = set(session.exec(select(col(CepRule.name))).all())
    for group in _load(text):
        group_name = str(group.get("name", ""))[:200]
        for rule in group.get("rules") or []:
            name = str((rule.get("alert") or rule.get("record") or "") if isinstance(rule, dict) else "")[
                :200
            ]
            try:
                if not isinstance(rule, dict):
                    raise Unsupported("a rule must be a mapping")
                interval = group.get("interval")
                poll = max(5, duration_seconds(interval, "interval")) if interval else interval_seconds
                spec = rule_spec(rule, url=url, interval_seconds=poll)
                if spec.name in taken:
                    raise Unsupported(f"a rule named '{spec.name}' exists")
            except Unsupported as exc:
                result.refused.append(RefusedRule(group=group_name, name=name, reason=str(exc)))
                continue
            taken.add(spec.name)
            created = None
            if not dry_run:
                created = service.create_rule(
                    session, actor=actor, spec=spec, message=f"imported from Prometheus group '{group_name}'"
                ).id
            result.created.append(
                ImportedRule(
                    group=group_name, alert=spec.name, rule_id=created, spec=spec.model_dump(mode="json")
                )
            )
    if not dry_run:
        audit.record(
            session,
            actor=actor.username,
            action="cep.rules.import_prometheus",
            entity_type="cep_rule",
            after={
                "url": url,
                "created": [r.rule_id for r in result.created],
                "refused": [r.model_dump() for r in result.refused],
            },
        )
    return result


# --- export --------------------------------------------------------------------------------------------


class ExportResult(BaseModel):
    """The rule as a Prometheus rule file; `exportable` false → `yaml` is a comment with the reason."""

    rule_id: int
    exportable: bool
    reason: str | None = None
    yaml: str


def _not_exportable(spec: RuleSpec) -> str | None:
    source, cond = spec.source, spec.condition
    if source is None or source.kind != "prometheus":
        kind = source.kind if source else spec.trigger.kind
        return f"the rule reads a {kind} source; only Prometheus-source rules can be expressed in PromQL"
    if cond.op == "between" or cond.threshold is None:
        return "a 'between' condition has no single PromQL comparison"
    if cond.aggregation is not None:
        return "window aggregations are evaluated by SPA AI; use *_over_time in the query instead"
    if cond.recovery_threshold is not None:
        return "Prometheus has no recovery threshold (hysteresis)"
    return None


def export_rule(session: Session, rule_id: int) -> ExportResult:
    """One rule as a Prometheus alerting-rule file (or a comment saying why it cannot be one)."""
    detail = service.get_rule(session, rule_id)
    spec = RuleSpec.model_validate(detail.spec)
    reason = _not_exportable(spec)
    if reason is not None:
        text = f"# rule '{spec.name}' is not exportable: {reason}\ngroups: []\n"
        return ExportResult(rule_id=rule_id, exportable=False, reason=reason, yaml=text)
    assert spec.source is not None and spec.source.kind == "prometheus"
    cond = spec.condition
    threshold = (
        int(cond.threshold) if cond.threshold is not None and cond.threshold.is_integer() else cond.threshold
    )
    labels = dict(spec.labels)
    labels.setdefault("severity", spec.severity)
    annotations = dict(spec.annotations)
    if spec.description:
        annotations.setdefault("description", spec.description)
    if spec.runbook_url:
        annotations.setdefault("runbook_url", spec.runbook_url)
    rule: dict[str, Any] = {"alert": spec.name, "expr": f"{spec.source.query} {cond.op} {threshold}"}
    if cond.for_seconds:
        rule["for"] = format_duration(cond.for_seconds)
    if cond.keep_firing_for_seconds:
        rule["keep_firing_for"] = format_duration(cond.keep_firing_for_seconds)
    rule["labels"] = labels
    if annotations:
        rule["annotations"] = annotations
    interval = spec.trigger.poll_interval_seconds if spec.trigger.kind == "metric" else 60
    doc = {"groups": [{"name": "spa-ai", "interval": format_duration(interval), "rules": [rule]}]}
    header = f"# exported from SPA AI rule {rule_id} (source: {spec.source.url})\n"
    return ExportResult(
        rule_id=rule_id,
        exportable=True,
        yaml=header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True),
    )
