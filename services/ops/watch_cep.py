"""Regression Watch on CEP: scheduled runs on the CEP leader, and a regression raises a CEP alert.

`install_watch_cep` registers `scheduled_regression_run` as a CEP leader job every
`ops_watch_interval_minutes` (0 = off; the last scheduled run in the database keeps the rhythm across
restarts and leader changes) and appends `raise_alert` to `regression.ON_REGRESSION`: a run that found
regressions (scheduled, REST, UI or CLI) ingests a CEP event `{alertname: "OpsRegression", run: id}`;
a scheduled run that is green again ingests the resolved event. The built-in event rule
"OPS regression" (seeded at start, one instance for all runs) turns them into an alert.

The seeded rule's action is "notify the default channels": it reaches the channels an admin named in the
setting `cep_default_channels` (none by default: sending an OPS-quality alert to every channel, the
on-call SMS gateway included, would surprise more users than it helps). The alert shows on the
dashboard's "problems now" and in /cep/alerts at once either way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from services.core import settings_registry
from services.core.clock import utcnow
from services.core.db import session_scope
from services.core.registry import Registry
from services.ops import regression
from services.ops.regression_models import WatchRun
from services.ops.settings import WATCH_INTERVAL_MINUTES

JOB_ID = "ops-regression-watch"
ALERTNAME = "OpsRegression"
RULE_NAME = "OPS regression"
RULE: dict[str, Any] = {
    "name": RULE_NAME,
    "description": "Regression Watch found golden queries whose answers changed against their baseline.",
    "severity": "major",
    "owner": "ops",
    "labels": {"team": "ops"},
    "annotations": {"summary": "OPS answers regressed; see /ops/regression"},
    "trigger": {
        "kind": "event",
        "match": {"alertname": ALERTNAME},
        "group_by": ["alertname"],
        "resolve_after_seconds": 86_400,
    },
    "condition": {},
}


def install_watch_cep(registry: Registry) -> None:
    """The leader job, the regression hook and the built-in rule (see the module docstring)."""
    from services.cep.leader_jobs import register_leader_job

    register_leader_job(JOB_ID, scheduled_regression_run, _interval_seconds, last_run=_last_scheduled_run)
    if raise_alert not in regression.ON_REGRESSION:
        regression.ON_REGRESSION.append(raise_alert)
    registry.on_startup("ops regression rule", seed_regression_rule)


def _interval_seconds() -> float:
    return float(settings_registry.get(WATCH_INTERVAL_MINUTES)) * 60


def _last_scheduled_run() -> datetime | None:
    with session_scope() as session:
        return session.exec(
            select(WatchRun.started_at)
            .where(col(WatchRun.trigger) == "schedule")
            .order_by(col(WatchRun.started_at).desc())
            .limit(1)
        ).first()


def scheduled_regression_run() -> int:
    """One scheduled run (the leader job); a green run resolves the regression alert. The run id."""
    run_id = regression.scheduled_run()
    with session_scope() as session:
        run = session.get(WatchRun, run_id)
        if run is not None and run.status == "ok" and run.total:
            _ingest(session, run, "resolved")
    return run_id


def raise_alert(run: WatchRun) -> None:
    """ON_REGRESSION hook: the run's regression as a CEP event (after the run committed)."""
    with session_scope() as session:
        _ingest(session, run, "firing")


def _ingest(session: Session, run: WatchRun, status: str) -> None:
    from services.cep.events import EventIn, ingest

    message = f"Regression Watch run {run.id}: {run.regressed} of {run.total} golden queries regressed"
    event = EventIn(
        labels={"alertname": ALERTNAME, "run": str(run.id), "tags": ",".join(run.tags or [])[:200] or "all"},
        value=float(run.regressed),
        status=status,  # type: ignore[arg-type]
        message=message,
    )
    ingest(session, [event], now=utcnow())


def seed_regression_rule(session: Session) -> int:
    """Create the built-in "OPS regression" rule when no rule has its name (disable it, rather than delete
    it, to keep it quiet: a deleted one comes back at the next start)."""
    from services.cep.service import ensure_builtin_rule

    return int(ensure_builtin_rule(session, RULE))
