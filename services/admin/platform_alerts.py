"""The monitor's threshold alerts as built-in CEP rules, so CEP is the one place that evaluates them.

One rule per host metric (CPU, memory, disk) and severity (warning, critical) on the internal metric
store, selecting the host CIs the sampler writes (attribute `label: spa-ai`). Their thresholds are the
settings `monitor_warning_percent` / `monitor_critical_percent`: the rules are created at start and
re-saved (a new revision, audited, by `system`) at start and whenever one of those settings changes —
every other part of a rule, its actions above all, is kept. Their alerts are ordinary CEP alerts: the
dashboard's problems, /cep/alerts, the monitor page, and the channels of the rule's notify actions. Like
the "OPS regression" rule they start without actions (CEP has no default channel): add a notify action
with your channel to each rule. Disable a rule rather than delete it: a deleted one returns at start.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from services.admin import settings as admin_settings
from services.admin.host_sampler import PERCENT_METRICS, PLATFORM_LABEL, platform_hosts
from services.core import settings_registry
from services.core.security import SYSTEM, Principal

FOR_SECONDS = 120  # a busy minute (a build, a backup) is no alert
POLL_SECONDS = 60
THRESHOLD_SETTINGS = {
    "warning": admin_settings.MONITOR_WARNING_PERCENT,
    "critical": admin_settings.MONITOR_CRITICAL_PERCENT,
}
METRIC_TITLES = {"cpu_usage": "CPU", "memory_usage": "memory", "disk_usage": "disk"}


def rule_name(metric: str, severity: str) -> str:
    """The built-in rule's name, e.g. "SPA AI host CPU warning"."""
    return f"SPA AI host {METRIC_TITLES[metric]} {severity}"


def rule_spec(metric: str, severity: str, threshold: float) -> dict[str, Any]:
    """The spec of one built-in rule at `threshold` percent."""
    title = METRIC_TITLES[metric]
    return {
        "name": rule_name(metric, severity),
        "description": (
            f"{title} use of an SPA AI host at or above {threshold:g} % for {FOR_SECONDS // 60} minutes. "
            f"The threshold follows the setting {THRESHOLD_SETTINGS[severity]}."
        ),
        "severity": severity,
        "owner": "spa-ai",
        "labels": {"team": "platform", "source": "admin.monitor"},
        "annotations": {"summary": f"SPA AI host {title} at or above {threshold:g} %"},
        "trigger": {"kind": "metric", "poll_interval_seconds": POLL_SECONDS},
        "source": {
            "kind": "internal",
            "metric": metric,
            "selector": {"type": "host", "labels": {"label": PLATFORM_LABEL}},
        },
        "condition": {"op": ">=", "threshold": threshold, "for_seconds": FOR_SECONDS},
    }


def sync_rules(session: Session, actor: Principal = SYSTEM) -> int:
    """Create the missing built-in rules and give every one the thresholds of the settings now (as read
    in `session`); how many rules were created or changed. Also the settings watcher (`actor` changed
    them; the rules are saved by `system`, which holds cep:write whoever changed the setting)."""
    from services.cep.models import CepRule
    from services.cep.schema import RuleSpec
    from services.cep.service import ensure_builtin_rule, update_rule

    reason = f"threshold follows the monitor settings (changed by {actor.username})"
    changed = 0
    for severity, key in THRESHOLD_SETTINGS.items():
        threshold = float(settings_registry.get(key, session))
        for metric in PERCENT_METRICS:
            wanted = rule_spec(metric, severity, threshold)
            if ensure_builtin_rule(session, wanted):
                changed += 1
            rule = session.exec(select(CepRule).where(col(CepRule.name) == wanted["name"])).first()
            if rule is None:  # another replica is creating it
                continue
            kept = rule.spec
            if kept["condition"].get("threshold") == threshold:
                continue
            spec = {
                **kept,
                "description": wanted["description"],
                "annotations": {**kept.get("annotations", {}), **wanted["annotations"]},
                "condition": {**kept["condition"], "threshold": threshold},
            }
            update_rule(
                session,
                actor=SYSTEM,
                rule_id=rule.id or 0,
                spec=RuleSpec.model_validate(spec),
                message=reason,
            )
            changed += 1
    return changed


def firing_on_platform(session: Session, now: datetime) -> list[dict[str, Any]]:
    """Firing CEP alerts on the platform's own hosts (any rule), most severe then oldest first."""
    from services.cep.health import MAX_FIRING, firing_alerts

    hosts = set(platform_hosts(session))
    return [
        {
            "severity": alert["severity"],
            "summary": f"{alert['rule']} on {alert['ci']}"
            + (f" ({alert['value']:g})" if alert["value"] is not None else ""),
            "ci": alert["ci"],
            "since": alert["fired_at"],
            "rule": alert["rule"],
            "value": alert["value"],
            "link": f"/cep/alerts?alert={alert['id']}",
        }
        for alert in firing_alerts(session, now, limit=MAX_FIRING)
        if alert["ci"] in hosts
    ]
