"""Trace RCA: why one OPS run failed or was slow — ranked hypotheses, each with evidence and an action.

The failing span (the first one not `ok`; for a slow run, the stage furthest above its usual p95) is
classified by the error signatures in `SIGNATURES`, evaluated in that order, refined by the span's stage
and the planner's LLM usage. Evidence is then gathered around the run: other runs failing the same way
(systemic or not), the stage's usual latency, and the platform's own host CIs (the ADMIN monitor's,
marked `attributes.platform = true`): resource metrics near saturation and warning-or-worse events.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session, col, select

from services.core.security import Principal
from services.ops.models import OpsSpan, OpsTrace
from services.ops.service import SLOW_RUN_MS, get_trace
from services.ops.trace_rca_classes import CLASSES, LABELS
from services.ops.validator import MESSAGES as REJECTION_MESSAGES

NEARBY = timedelta(minutes=15)
HOST_SATURATION = 85.0  # % of cpu / memory / disk on a platform host
HOST_METRICS = ("cpu_usage", "memory_usage", "disk_usage")
LLM_FALLBACKS = frozenset({"provider_error", "timeout"})
Lang = Literal["ko", "en"]


# Evaluated top to bottom: the first matching signature names the class (timeouts are wrapped in
# OperationalError, so they come before connection errors; provider errors before generic ones).
SIGNATURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("statement_timeout", re.compile(r"statement timeout|QueryCanceled|canceling statement", re.I)),
    ("memory", re.compile(r"MemoryError|out of memory|OutOfMemory|cannot allocate memory", re.I)),
    (
        "llm_provider",
        re.compile(
            r"litellm|RateLimitError|APIConnectionError|AuthenticationError|"
            r"ServiceUnavailableError|InternalServerError|provider",
            re.I,
        ),
    ),
    (
        "db_connection",
        re.compile(
            r"OperationalError|InterfaceError|could not connect|connection refused|"
            r"server closed the connection|terminating connection|connection (?:is )?closed|"
            r"ServiceUnavailable|Couldn't connect|could not translate host",
            re.I,
        ),
    ),
    ("permission", re.compile(r"Forbidden|permission denied|InsufficientPrivilege|permission '", re.I)),
    ("empty_data", re.compile(r"not found|no data|no samples|찾을 수 없|데이터가 없", re.I)),
    ("validation", re.compile(r"ValidationError|ValidationFailed|PlanRejected", re.I)),
)


def _rejection_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The validator's refusal messages (both languages) as patterns, each with its class."""
    patterns = []
    for code, texts in REJECTION_MESSAGES.items():
        kind = "permission" if code == "tool_denied" else "validation"
        for template in texts.values():
            patterns.append((re.compile(re.escape(template).replace(re.escape("{v}"), ".*")), kind))
    return patterns


REJECTIONS = _rejection_patterns()


class Hypothesis(BaseModel):
    """One candidate explanation, ranked by `score` (0..1)."""

    kind: str
    label: str
    score: float
    cause: str
    evidence: list[str]
    action: str


class TraceRca(BaseModel):
    """The analysis of one trace; `kind` is the top hypothesis' class (`none` for a healthy run)."""

    trace_id: str
    status: str
    kind: str
    failing_stage: str | None
    slow: bool
    lang: str
    hypotheses: list[Hypothesis]


def classify(stage: str, status: str, error: str) -> str:
    """The failure class of a span from its stage, status and error text."""
    if status == "rejected":
        for pattern, kind in REJECTIONS:
            if pattern.fullmatch(error):
                return kind
    for key, pattern in SIGNATURES:
        if pattern.search(error):
            return key
    if stage == "validate" and status == "rejected":
        return "validation"
    if stage == "route_plan" and status == "error":
        return "llm_provider" if "llm" in error.lower() else "internal"
    return "tool_error" if stage == "execute" else "internal"


def _llm_usage(trace: dict[str, Any]) -> dict[str, Any]:
    spans = trace.get("spans") or []
    plan_span = next((s for s in spans if s["stage"] == "route_plan"), None)
    return ((plan_span or {}).get("output") or {}).get("usage") or {}


def _empty_answer(trace: dict[str, Any]) -> bool:
    """An answered data question whose tables and graphs are all empty."""
    blocks = (trace.get("answer") or {}).get("blocks") or []
    data = [b for b in blocks if b.get("type") in ("table", "graph")]
    return bool(data) and all(not (b.get("rows") or b.get("nodes")) for b in data)


def _stage_p95(session: Session, stage: str, before: datetime) -> float | None:
    """The stage's p95 latency over the week before `before` (None without history)."""
    value = session.execute(
        text(
            "SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) FROM ops_spans "
            "WHERE stage = :stage AND status = 'ok' AND started_at >= :since AND started_at < :before"
        ),
        {"stage": stage, "since": before - timedelta(days=7), "before": before},
    ).scalar_one()
    return float(value) if value is not None else None


def _failing_span(session: Session, trace: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """The span to explain and whether the run was slow."""
    spans = trace.get("spans") or []
    broken = next((s for s in spans if s["status"] != "ok"), None)
    slow = float(trace.get("duration_ms") or 0) >= SLOW_RUN_MS
    if broken is not None or not spans or not slow:
        return broken, slow
    at = datetime.fromisoformat(spans[0]["started_at"])

    def excess(span: dict[str, Any]) -> float:
        usual = _stage_p95(session, span["stage"], at)
        return span["duration_ms"] / usual if usual else span["duration_ms"] / 1000

    return max(spans, key=excess), slow


def _nearby_failures(session: Session, trace_id: str, at: datetime, kind: str) -> list[str]:
    """Other runs within `NEARBY` whose failing span has the same class."""
    rows = session.exec(
        select(OpsSpan.trace_id, OpsSpan.stage, OpsSpan.status, OpsSpan.error)
        .where(col(OpsSpan.status) != "ok", OpsSpan.trace_id != trace_id)
        .where(col(OpsSpan.started_at) >= at - NEARBY, col(OpsSpan.started_at) <= at + NEARBY)
        .limit(500)
    ).all()
    return sorted({t for t, stage, status, error in rows if classify(stage, status, error or "") == kind})


_HOST_METRICS_SQL = """
SELECT c.name, m.name, max(s.value) FROM metric_samples s JOIN cis c ON c.id = s.ci_id
JOIN metric_catalog m ON m.id = s.metric_id
WHERE (c.attributes->>'platform') = 'true' AND m.name = ANY(:metrics) AND s.ts >= :t0 AND s.ts <= :t1
GROUP BY c.name, m.name HAVING max(s.value) >= :limit ORDER BY max(s.value) DESC
"""
_HOST_EVENTS_SQL = """
SELECT c.name, e.severity, e.type, e.message FROM events e JOIN cis c ON c.id = e.ci_id
WHERE (c.attributes->>'platform') = 'true' AND e.ts >= :t0 AND e.ts <= :t1
  AND e.severity IN ('critical', 'major', 'minor', 'warning') ORDER BY e.ts DESC LIMIT 10
"""


def _host_evidence(session: Session, at: datetime, lang: Lang) -> list[str]:
    """Saturated metrics and warning-or-worse events on the platform's host CIs around `at`."""
    window = {"t0": at - NEARBY, "t1": at + timedelta(minutes=5)}
    found = []
    for ci, metric, peak in session.execute(
        text(_HOST_METRICS_SQL), {**window, "metrics": list(HOST_METRICS), "limit": HOST_SATURATION}
    ).all():
        found.append(f"{ci}: {metric} {float(peak):.1f}%" + (" 최고치" if lang == "ko" else " peak"))
    for ci, severity, kind, message in session.execute(text(_HOST_EVENTS_SQL), window).all():
        found.append(f"{ci}: [{severity}] {kind} — {message[:160]}")
    return found


def _says(lang: Lang, ko: str, en: str) -> str:
    return ko if lang == "ko" else en


def _primary(trace: dict[str, Any], span: dict[str, Any] | None) -> tuple[str, float, list[str]]:
    """The class of the failing span, how sure the signature makes us, and the evidence it carries."""
    usage = _llm_usage(trace)
    fallback = usage.get("fallback") in LLM_FALLBACKS
    if span is None or span["status"] == "ok":
        if fallback:
            return (
                "llm_provider",
                0.9,
                [f"LLM fallback: {usage['fallback']} — {usage.get('error', '')}"[:300]],
            )
        if _empty_answer(trace):
            return "empty_data", 0.7, ["all tables and graphs of the answer are empty"]
        if span is None:
            return "none", 0.0, []
        return "slow_stage", 0.6, [f"{span['stage']}: {span['duration_ms']:.0f} ms"]
    error = span.get("error") or ""
    evidence = [f"{span['stage']}: {span['status']} — {error[:300]}"] if error else []
    kind = classify(span["stage"], span["status"], error)
    matched = any(p.search(error) for _, p in SIGNATURES) or any(p.fullmatch(error) for p, _ in REJECTIONS)
    if fallback:
        evidence.append(f"LLM fallback: {usage['fallback']}")
    return kind, 0.9 if matched else 0.6, evidence


def analyse(session: Session, *, actor: Principal, trace_id: str, lang: Lang | None = None) -> TraceRca:
    """Ranked hypotheses for one trace the caller may see (NotFound otherwise)."""
    trace = get_trace(session, actor=actor, trace_id=trace_id)
    row = session.get(OpsTrace, trace_id)
    assert row is not None  # get_trace found it
    language: Lang = lang or ("ko" if row.lang == "ko" else "en")
    span, slow = _failing_span(session, trace)
    kind, score, evidence = _primary(trace, span)
    at = row.created_at or datetime.fromisoformat(trace["spans"][0]["started_at"])
    if kind == "none":
        return TraceRca(
            trace_id=trace_id,
            status=row.status,
            kind="none",
            failing_stage=None,
            slow=False,
            lang=language,
            hypotheses=[],
        )
    stage = span["stage"] if span else None
    if span is not None:
        usual = _stage_p95(session, span["stage"], at)
        if usual is not None:
            evidence.append(
                _says(
                    language,
                    f"{stage} 평소 p95 {usual:.1f} ms, 이번 {span['duration_ms']:.1f} ms",
                    f"{stage} usual p95 {usual:.1f} ms, this run {span['duration_ms']:.1f} ms",
                )
            )
    others = _nearby_failures(session, trace_id, at, kind)
    if others:
        score = min(1.0, score + 0.05)
        evidence.append(
            _says(
                language,
                f"전후 15분 안에 같은 유형의 실패 {len(others)}건 (시스템 문제 가능성)",
                f"{len(others)} other runs failed the same way within 15 minutes (systemic)",
            )
        )
    hypotheses = [_hypothesis(kind, score, evidence, language)]
    host = _host_evidence(session, at, language)
    if host:
        host_kind = (
            "db_connection" if kind == "db_connection" else "memory" if "memory" in " ".join(host) else None
        )
        hypotheses.append(
            _hypothesis(
                host_kind or "slow_stage", 0.5 if kind in ("slow_stage", "none") else 0.4, host, language
            )
        )
    hypotheses.sort(key=lambda h: -h.score)
    return TraceRca(
        trace_id=trace_id,
        status=row.status,
        kind=hypotheses[0].kind,
        failing_stage=stage,
        slow=slow,
        lang=language,
        hypotheses=hypotheses,
    )


def _hypothesis(kind: str, score: float, evidence: list[str], lang: Lang) -> Hypothesis:
    meta = CLASSES[kind]
    return Hypothesis(
        kind=kind,
        label=LABELS[kind][lang],
        score=round(score, 2),
        cause=meta.cause[lang],
        evidence=evidence,
        action=meta.action[lang],
    )
