"""The on-call engineer's two questions besides "why": what happened to X (around T), what is wrong now.

`timeline` lists the events on a CI and on what it depends on in a window, and the CI's own metric
changes (onset, peak, recovery against its baseline), in time order. `estate_problems` ranks what is
wrong across the estate now: metrics past their thresholds, the strongest anomalies against each
series' own baseline, recent critical/major events, and the problems other domains contribute through
the registry (firing alerts, failing jobs…) — by severity, then by how many CIs depend on the CI.
Both are plain functions: OPS tools call them, and so can the dashboard.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.core.registry import REGISTRY
from services.infra.condition_runs import condition_since
from services.infra.graph import GraphStore, get_graph_store
from services.ops.rca_demand import LOAD_METRICS
from services.ops.rca_scan import EPISODES_CTE, anomalies, scored_params
from services.ops.thresholds import (
    MAJOR_Z,
    catalog_thresholds,
    levels_of,
    mild_rise,
    published_catalog,
    warning_levels,
)

log = logging.getLogger(__name__)
GRAPH_DEPTH = 6
TIMELINE_DEPENDENCY_DEPTH = 2
MAX_TIMELINE_EVENTS = 60
PROBLEM_WINDOW = timedelta(minutes=30)  # "now": the last half hour of samples
RECENT_EVENTS = timedelta(hours=2)
MAX_PROBLEMS = 15
BREACH_LOOKBACK = timedelta(days=7)  # how far back a shown breach's start is looked for
MAX_ELSEWHERE = 5  # problems outside a scope with nothing wrong, shown after its all-clear
MAX_SCOPE_TRACED = 40  # a scope of more CIs is not traced to what it depends on
MAX_VIA = 3
MAX_ANOMALIES = 8
SEVERITY_RANK = {"critical": 0, "major": 1, "minor": 2, "warning": 3, "info": 4}
_CHANGES_SQL = (  # each metric's strongest episode: where it began, peaked and last strayed
    EPISODES_CTE
    + """SELECT m.name, m.unit, (array_agg(w.mean ORDER BY w.z DESC) FILTER (WHERE w.sustained))[1] AS mean,
       min(w.ts) FILTER (WHERE w.sustained AND w.episode = w.peak_episode) AS onset,
       (array_agg(w.ts ORDER BY w.z DESC) FILTER (WHERE w.sustained))[1] AS peak_ts,
       (array_agg(w.value ORDER BY w.z DESC) FILTER (WHERE w.sustained))[1] AS peak,
       max(w.z) FILTER (WHERE w.sustained) AS zmax,
       max(w.ts) FILTER (WHERE w.z > :zmin AND w.rel > :relmin AND w.episode = w.peak_episode) AS last_abnormal,
       max(w.ts) AS last_sample
FROM strongest w JOIN metric_catalog m ON m.id = w.metric_id
GROUP BY m.name, m.unit HAVING bool_or(w.sustained) ORDER BY onset
"""
)
_TIMELINE_EVENTS_SQL = """
SELECT * FROM (
  SELECT e.ts, c.name, e.severity, e.type, e.message FROM events e JOIN cis c ON c.id = e.ci_id
  WHERE c.name = ANY(:names) AND e.ts >= :start AND e.ts < :end ORDER BY e.ts DESC LIMIT :n
) newest ORDER BY ts
"""  # a long window ("무슨 작업중이야": 30 days) keeps its newest events
_LATEST_SQL = """
SELECT DISTINCT ON (s.ci_id, s.metric_id) c.name, m.name, m.unit, s.value, s.ts
FROM metric_samples s JOIN cis c ON c.id = s.ci_id JOIN metric_catalog m ON m.id = s.metric_id
WHERE s.ts > :start AND s.ts <= :now AND (CAST(:names AS text[]) IS NULL OR c.name = ANY(:names))
ORDER BY s.ci_id, s.metric_id, s.ts DESC
"""
_RECENT_EVENTS_SQL = """
SELECT e.ts, c.name, e.severity, e.type, e.message FROM events e JOIN cis c ON c.id = e.ci_id
WHERE e.severity IN ('critical', 'major') AND e.ts > :start AND e.ts <= :now ORDER BY e.ts DESC LIMIT 50
"""


def timeline(session: Session, *, ci: str, start: datetime, end: datetime) -> dict[str, Any]:
    """Events on `ci` and its near dependencies, and `ci`'s metric changes (a mild rise aside), in
    [start, end), by time."""
    depends_on = [r["name"] for r in get_graph_store().dependencies(ci, depth=TIMELINE_DEPENDENCY_DEPTH)]
    names = [ci, *depends_on]
    items: list[dict[str, Any]] = [
        {"ts": ts, "ci": name, "kind": "event", "severity": severity, "type": etype, "message": message}
        for ts, name, severity, etype, message in session.execute(
            text(_TIMELINE_EVENTS_SQL), {"names": names, "start": start, "end": end, "n": MAX_TIMELINE_EVENTS}
        )
    ]
    ci_id = session.execute(text("SELECT id FROM cis WHERE name = :n"), {"n": ci}).scalar_one()
    changes, warnings = [], warning_levels(session)
    for metric, unit, mean, onset, peak_ts, peak, zmax, last_abnormal, last_sample in session.execute(
        text(_CHANGES_SQL), scored_params(session, [ci_id], start, end)
    ):
        if mild_rise(zmax, peak, mean, warnings.get(metric)):  # noise the on-call summary would not show
            continue
        ongoing = last_abnormal is not None and last_abnormal >= last_sample
        change = {
            "metric": metric,
            "unit": unit,
            "baseline": mean,
            "onset": onset,
            "peak_ts": peak_ts,
            "peak": peak,
            "recovered": None if ongoing else last_abnormal,
            "ongoing": ongoing,
        }
        changes.append(change)
        items.append({"ts": onset, "ci": ci, "kind": "onset", **change})
        if peak_ts and peak_ts != onset:
            items.append({"ts": peak_ts, "ci": ci, "kind": "peak", **change})
        if not ongoing and last_abnormal:
            items.append({"ts": last_abnormal, "ci": ci, "kind": "recovery", **change})
    items.sort(key=lambda item: (item["ts"], item["ci"]))
    return {
        "items": items,
        "changes": changes,
        "scope": names,
        "sql": [_TIMELINE_EVENTS_SQL.strip(), _CHANGES_SQL.strip()],
    }


def threshold_breaches(
    session: Session, *, now: datetime, names: list[str] | None = None
) -> list[dict[str, Any]]:
    """Metrics whose latest sample in the PROBLEM_WINDOW before `now` is past a threshold (of `names`
    only, when given), worst level first per metric: [{source, severity, ci, kind, since, details}]."""
    per_metric = catalog_thresholds(published_catalog(session))
    breaches = []
    for ci, metric, unit, value, ts in session.execute(
        text(_LATEST_SQL), {"start": now - PROBLEM_WINDOW, "now": now, "names": names}
    ):
        levels = levels_of(per_metric, metric, unit)
        level = next(((limit, sev) for limit, sev in levels if value >= limit), None)
        if level:
            breaches.append(
                {
                    "source": "ops.threshold",
                    "severity": level[1],
                    "ci": ci,
                    "kind": "threshold",
                    "since": ts,
                    "details": {"metric": metric, "unit": unit, "value": value, "threshold": level[0]},
                }
            )
    return breaches


def collect_problems(session: Session, *, now: datetime) -> list[dict[str, Any]]:
    """Every problem now, unranked and uncapped: [{source, severity, ci, kind, since, details, link?}]."""
    problems = threshold_breaches(session, now=now)
    ids = [row[0] for row in session.execute(text("SELECT id FROM cis"))]
    # a metric with thresholds is worse when higher: its fall (latency below its usual) is no problem, nor
    # is a mild rise far below its warning level (an error rate of 0.45 % against 0.33 % usual)
    warnings = warning_levels(session)
    found = []
    for row in anomalies(session, ids, now - PROBLEM_WINDOW, now):
        ci, metric, z, onset, mean, vmax, vmin, _ = row
        if onset is None or metric in LOAD_METRICS:
            continue
        peak = vmax if abs(vmax - mean) >= abs(vmin - mean) else vmin
        warning = warnings.get(metric)
        if (warning is not None and peak < mean) or mild_rise(z, peak, mean, warning):
            continue
        found.append((ci, metric, z, onset, mean, peak))
    for ci, metric, z, onset, mean, peak in sorted(found, key=lambda r: -r[2])[:MAX_ANOMALIES]:
        problems.append(
            {
                "source": "ops.anomaly",
                "severity": "major" if z >= MAJOR_Z else "minor",
                "ci": ci,
                "kind": "anomaly",
                "since": onset,
                "details": {"metric": metric, "value": peak, "baseline": mean, "z": round(min(z, 99), 1)},
            }
        )
    for ts, ci, severity, etype, message in session.execute(
        text(_RECENT_EVENTS_SQL), {"start": now - RECENT_EVENTS, "now": now}
    ):
        problems.append(
            {
                "source": "ops.event",
                "severity": severity,
                "ci": ci,
                "kind": "event",
                "since": ts,
                "details": {"type": etype, "message": message},
            }
        )
    problems = _merge_breach_events(problems)
    breached = {(p["ci"], p["details"].get("metric")) for p in problems if p["kind"] == "threshold"}
    for name, source in REGISTRY.problem_sources:
        try:
            contributed = source(session, now)
        except Exception:  # one failing domain must not hide the others' problems
            log.exception("problem source %s failed", name)
            continue
        # A domain's own threshold alert on a metric already found breached here is the same problem.
        contributed = [p for p in contributed if not (p.ci and (p.ci, p.details.get("metric")) in breached)]
        problems += [
            {
                "source": p.source,
                "severity": p.severity,
                "ci": p.ci,
                "kind": "external",
                "since": p.since,
                "link": p.link,
                "details": {"summary": p.summary, **p.details},
            }
            for p in contributed
        ]
    return problems


UNIT_WORDS = frozenset({"ms", "pct", "percent", "gb", "mb", "bytes", "count", "per", "sec", "s"})


def _names_metric(message: str, metric: str) -> bool:
    """Whether an event message names `metric` ("CPU usage 96.1% exceeded 90%" names `cpu_usage`)."""
    words = [w for w in metric.lower().split("_") if w not in UNIT_WORDS]
    return bool(words) and " ".join(words) in message.lower().replace("_", " ")


def _merge_breach_events(problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A `threshold_breach` event about a metric that is over its threshold now is that row's reason, not
    a row of its own: the newest such event joins the threshold row (its severity too, when worse)."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for p in problems:
        if p["kind"] == "threshold":
            rows.setdefault(p["ci"], []).append(p)
    kept = []
    for p in problems:  # events come newest first
        details = p["details"]
        if p["kind"] == "event" and details["type"] == "threshold_breach":
            row = next(
                (
                    r
                    for r in rows.get(p["ci"], [])
                    if _names_metric(details["message"], r["details"]["metric"])
                ),
                None,
            )
            if row is not None:
                if "event" not in row["details"]:
                    row["details"]["event"] = {"ts": p["since"], "severity": p["severity"], **details}
                if SEVERITY_RANK.get(p["severity"], 5) < SEVERITY_RANK.get(row["severity"], 5):
                    row["severity"] = p["severity"]
                continue
        kept.append(p)
    return kept


def estate_problems(session: Session, *, now: datetime, cis: set[str] | None = None) -> dict[str, Any]:
    """What is wrong now, worst first: [{source, severity, ci, kind, since, link, blast, details}]; only
    problems of `cis` when given (a question scoped to an environment, a type, a site), and then
    `upstream` too: the problems of what those CIs depend on outside the scope, each with `via` (the
    scoped CIs that depend on it) — "강남점 키오스크 결제 장애": the branch's kiosks are fine, the central
    payment link they call is not."""
    everything = collect_problems(session, now=now)
    problems = everything if cis is None else [p for p in everything if p["ci"] in cis]
    store = get_graph_store()
    callers = _scope_dependencies(store, cis) if cis else {}
    upstream = [p for p in everything if p["ci"] in callers]
    blast = _dependents_counts(store, {p["ci"] for p in problems + upstream if p["ci"]})
    for p in problems + upstream:
        p["blast"] = blast.get(p["ci"], 0)
        p.setdefault("link", f"/infra/{p['ci']}" if p["ci"] else None)
    for p in upstream:
        p["via"] = callers[p["ci"]][:MAX_VIA]
    # a scope with nothing wrong in it or below it ("고촌센터에서 전화왔어, 장애현황 좀"): the trouble the caller
    # feels may be elsewhere, so the estate's problems outside the scope are listed after the all-clear
    elsewhere = (
        [p for p in everything if p not in problems] if cis is not None and not problems + upstream else []
    )
    blast = _dependents_counts(store, {p["ci"] for p in elsewhere if p["ci"]})
    for p in elsewhere:
        p["blast"] = blast.get(p["ci"], 0)
        p.setdefault("link", f"/infra/{p['ci']}" if p["ci"] else None)
    for listed in (problems, upstream, elsewhere):
        listed.sort(key=lambda p: (SEVERITY_RANK.get(p["severity"], 5), -p["blast"], p["ci"] or ""))
    shown = {
        "problems": shown_problems(problems, MAX_PROBLEMS),
        "upstream": shown_problems(upstream, MAX_PROBLEMS),
        "elsewhere": shown_problems(elsewhere, MAX_ELSEWHERE),
    }
    _breach_starts(session, [p for listed in shown.values() for p in listed], now)
    return {
        "problems": shown["problems"],
        "total": len(problems),
        "cis": len({p["ci"] for p in problems if p["ci"]}),
        "upstream": shown["upstream"],
        "upstream_cis": len({p["ci"] for p in upstream}),
        "elsewhere": shown["elsewhere"],
        "elsewhere_cis": len({p["ci"] for p in elsewhere if p["ci"]}),
        "sql": [_LATEST_SQL.strip(), _ANOMALY_NOTE, _RECENT_EVENTS_SQL.strip()],
    }


def _breach_starts(session: Session, problems: list[dict[str, Any]], now: datetime) -> None:
    """A threshold row's `since` becomes the start of the metric's unbroken run past the threshold, not
    its newest sample; `since_floor` says the run reaches back past BREACH_LOOKBACK (it began earlier)."""
    for p in problems:
        details = p["details"]
        if p["kind"] != "threshold" or "since_floor" in details:  # a row shown in two lists is done once
            continue
        run = condition_since(
            session, p["ci"], details["metric"], ">=", details["threshold"], now, BREACH_LOOKBACK
        )
        details["since_floor"] = bool(run and run["whole_lookback"])
        if run and run["since"]:
            p["since"] = run["since"]


def _dependents_counts(store: GraphStore, cis: set[str]) -> dict[str, int]:
    """How many CIs depend on each of `cis` (0 for one the store no longer has: an event-named CI)."""
    reached = store.reach_of(sorted(cis), depth=GRAPH_DEPTH, direction="in") if cis else {}
    return {ci: len(rows) for ci, rows in reached.items()}


def _scope_dependencies(store: GraphStore, cis: set[str]) -> dict[str, list[str]]:
    """What the scoped CIs depend on outside the scope → the scoped CIs that depend on it; none for a
    scope too wide to trace (a whole environment: its problems are the estate's)."""
    if len(cis) > MAX_SCOPE_TRACED:
        return {}
    callers: dict[str, list[str]] = {}
    for ci, reached in sorted(store.reach_of(sorted(cis), depth=GRAPH_DEPTH).items()):
        for row in reached:
            if row["name"] not in cis:
                callers.setdefault(row["name"], []).append(ci)
    return callers


def shown_problems(problems: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The `limit` rows to show of `problems` (worst first): every CI's worst row before any CI's second
    one, so a CI the summary counts is never cut from the table by another CI's extra rows; order kept."""
    first_of_ci: dict[str | None, int] = {}
    for i, problem in enumerate(problems):
        first_of_ci.setdefault(problem["ci"], i)
    keep = set(list(first_of_ci.values())[:limit])
    keep.update([i for i in range(len(problems)) if i not in keep][: limit - len(keep)])
    return [problem for i, problem in enumerate(problems) if i in keep]


_ANOMALY_NOTE = "-- anomalies: every series against its own baseline (see the RCA anomaly query)"


def problems_per_ci(session: Session, *, now: datetime) -> dict[str, tuple[str, int]]:
    """Per CI with a problem now (alerts, thresholds, anomalies, events): its worst severity and how many."""
    out: dict[str, tuple[str, int]] = {}
    for problem in collect_problems(session, now=now):
        if not problem["ci"]:
            continue
        worst, count = out.get(problem["ci"], (problem["severity"], 0))
        if SEVERITY_RANK.get(problem["severity"], 5) < SEVERITY_RANK.get(worst, 5):
            worst = problem["severity"]
        out[problem["ci"]] = (worst, count + 1)
    return out
