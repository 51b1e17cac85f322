"""Alerts that explain themselves: root-cause hypotheses and runbooks attached when an alert fires.

When an instance on a CI goes firing, `record_transition` calls `after_firing`, which waits for the
transition and its outbox rows to commit and then hands the work to one worker thread, so the
notification never waits for it. The worker runs the OPS root-cause analysis (the `rca` tool's
`rank_causes`) for the CI at the firing moment, top 3 with evidence, and looks up the top runbook hits
for the CI's type and the rule's metric, under `cep_rca_timeout_seconds` (a PostgreSQL statement
timeout plus a deadline on the whole computation). The result is stored on the alert
(`CepAlert.context`: status ready | timeout | error, hypotheses, one-line cause, runbooks and the OPS
question) and the one-line cause is added to the notifications about the alert not yet attempted
(`outbox.annotate_alert`); a group message written later takes it from the alert.
A result for an episode that has already ended is dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from services.cep.models import CepAlert
from services.cep.rule_settings import RCA_TIMEOUT
from services.cep.schema import RuleSpec
from services.core import on_commit, settings_registry
from services.core.db import session_scope
from services.core.errors import DomainError
from services.core.security import SYSTEM

log = logging.getLogger(__name__)
TOP = 3
RUNBOOKS = 3

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cep-explain")
_inflight: set[Future[None]] = set()
_inflight_lock = threading.Lock()


def question(ci: str, at: datetime, lang: str = "en") -> str:
    """The OPS chat question the alert links to (pre-filled on /ops?q=...)."""
    stamp = at.strftime("%Y-%m-%d %H:%M UTC")
    if lang == "ko":
        return f"{stamp} 무렵 {ci} 문제의 원인은?"
    return f"Why did {ci} have a problem around {stamp}?"


def one_line(hypotheses: list[dict[str, Any]]) -> str | None:
    """The short form for a notification: the best hypothesis, its score and its first evidence."""
    if not hypotheses:
        return None
    best = hypotheses[0]
    evidence = f" — {best['evidence'][0]}" if best.get("evidence") else ""
    return f"{best['ci']}: {best['cause']} ({round(100 * float(best['score']))}%){evidence}"[:300]


def after_firing(session: Session, *, alert: CepAlert, spec: RuleSpec) -> None:
    """Explain `alert` (just gone firing, on a CI) once the caller's transaction commits."""
    if not alert.ci or alert.id is None or alert.fired_at is None:
        return
    metric = getattr(spec.source, "metric", None) if spec.source is not None else None
    job = (alert.id, alert.ci, alert.fired_at, metric)
    on_commit.on_commit(session, lambda: _submit(*job))


def _submit(alert_id: int, ci: str, at: datetime, metric: str | None) -> None:
    future = _executor.submit(_guarded, alert_id, ci, at, metric)
    with _inflight_lock:
        _inflight.add(future)
    future.add_done_callback(_forget)


def _forget(future: Future[None]) -> None:
    with _inflight_lock:
        _inflight.discard(future)


def wait_idle(timeout_s: float = 30.0) -> bool:
    """Wait until every explanation submitted so far is stored (tests, shutdown); False on timeout."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with _inflight_lock:
            if not _inflight:
                return True
        time.sleep(0.02)
    return False


def _guarded(alert_id: int, ci: str, at: datetime, metric: str | None) -> None:
    try:
        explain(alert_id, ci=ci, at=at, metric=metric)
    except Exception:  # the alert and its notification are committed; an explanation is a bonus
        log.exception("explaining alert %s failed", alert_id)


def _analyse(session: Session, ci: str, at: datetime, metric: str | None, timeout_s: float) -> dict[str, Any]:
    from services.documents.ops_tool import runbook_hits
    from services.ops.rca import rank_causes

    session.execute(text(f"SET LOCAL statement_timeout = {max(int(timeout_s * 1000), 1)}"))
    result = rank_causes(session, ci=ci, at=at, metric=metric, top=TOP)
    ci_type = session.execute(text("SELECT type FROM cis WHERE name = :n"), {"n": ci}).scalar()
    runbooks = (
        runbook_hits(session, actor=SYSTEM, ci_type=str(ci_type), metric=metric or "", top_k=RUNBOOKS)
        if ci_type
        else []
    )
    return {"hypotheses": result["hypotheses"][:TOP], "runbooks": runbooks[:RUNBOOKS]}


def explain(alert_id: int, *, ci: str, at: datetime, metric: str | None) -> dict[str, Any]:
    """Compute, store and annotate (see the module docstring); the stored context."""
    timeout_s = float(settings_registry.get(RCA_TIMEOUT))
    started = time.monotonic()
    context: dict[str, Any] = {
        "at": at.isoformat(),
        "hypotheses": [],
        "runbooks": [],
        "line": None,
        "question": question(ci, at),
        "metric": metric,
    }
    try:
        with session_scope() as work:
            context.update(_analyse(work, ci, at, metric, timeout_s))
        context["status"] = "ready" if time.monotonic() - started <= timeout_s else "timeout"
    except DBAPIError as exc:
        cancelled = "statement timeout" in str(exc.orig) or "canceling statement" in str(exc.orig)
        context["status"] = "timeout" if cancelled else "error"
        if not cancelled:
            log.warning("root-cause analysis for alert %s failed: %s", alert_id, exc.orig)
    except DomainError as exc:  # e.g. an event naming a CI the store does not know
        context["status"], context["error"] = "error", exc.message[:300]
    if context["status"] != "ready":
        context["hypotheses"], context["runbooks"] = [], []
    context["line"] = one_line(context["hypotheses"])
    context["took_ms"] = round((time.monotonic() - started) * 1000, 1)
    with session_scope() as session:
        alert = session.get(CepAlert, alert_id, with_for_update=True)
        if alert is None or alert.fired_at != at:
            return context  # deleted, or a later episode: this explanation belongs to the past
        alert.context = context
        session.add(alert)
        if context["line"]:
            from services.cep import outbox

            outbox.annotate_alert(session, alert_id=alert_id, fields={"rca": context["line"]})
    return context
