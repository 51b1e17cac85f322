"""Root-cause analysis: rank the CI and its dependencies by how well each explains a problem.

For the troubled CI and everything it depends on (transitively, any relation type), every metric is
compared with its own baseline (the 6 hours before the incident window): the size of the deviation
(z-score), when it began (onset), and warning-or-worse events in the window. A candidate whose
anomaly starts no later than any anomaly among its own dependencies is an origin, not a victim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.infra.graph import get_graph_store

Z_ANOMALY = 3.0
MIN_RELATIVE_CHANGE = 0.25
BASELINE = timedelta(hours=6)
BEFORE = timedelta(minutes=90)
AFTER = timedelta(minutes=15)
HOST_GRACE = timedelta(minutes=5)
LOAD_METRICS = frozenset({"request_rate"})
LOAD_WEIGHT = 0.3
EVENT_WEIGHT = {"critical": 1.0, "major": 0.7, "minor": 0.4, "warning": 0.3, "info": 0.05}

_ANOMALY_SQL = """
WITH base AS (
  SELECT ci_id, metric_id, avg(value) AS mean, stddev_samp(value) AS sd FROM metric_samples
  WHERE ci_id = ANY(:ids) AND ts >= :b0 AND ts < :b1 GROUP BY ci_id, metric_id),
scored AS (
  SELECT s.ci_id, s.metric_id, s.ts, s.value,
         abs(s.value - b.mean) / greatest(coalesce(b.sd, 0), abs(b.mean) * 0.05, 0.01) AS z,
         abs(s.value - b.mean) / greatest(abs(b.mean), 0.01) AS rel
  FROM metric_samples s JOIN base b USING (ci_id, metric_id)
  WHERE s.ci_id = ANY(:ids) AND s.ts >= :w0 AND s.ts < :w1),
win AS (  -- a sample is anomalous when it and the next one both deviate strongly (noise rarely does twice)
  SELECT *, z > :zmin AND rel > :relmin
            AND lead(z) OVER w > :zmin AND lead(rel) OVER w > :relmin AS sustained
  FROM scored WINDOW w AS (PARTITION BY ci_id, metric_id ORDER BY ts))
SELECT c.name, m.name, max(w.z) FILTER (WHERE w.sustained), min(w.ts) FILTER (WHERE w.sustained),
       (array_agg(b.mean))[1], max(w.value), min(w.value)
FROM win w JOIN cis c ON c.id = w.ci_id JOIN metric_catalog m ON m.id = w.metric_id
JOIN base b ON b.ci_id = w.ci_id AND b.metric_id = w.metric_id
GROUP BY c.name, m.name
"""
_EVENTS_SQL = """
SELECT c.name, e.severity, e.type, e.message, e.ts FROM events e JOIN cis c ON c.id = e.ci_id
WHERE e.ci_id = ANY(:ids) AND e.ts >= :w0 AND e.ts < :w1 ORDER BY e.ts
"""


@dataclass
class Candidate:
    name: str
    hops: int
    z: float = 0.0
    onset: datetime | None = None
    evidence: list[str] = field(default_factory=list)
    event_score: float = 0.0
    worst_metric: str = ""


def rank_causes(
    session: Session, *, ci: str, at: datetime, metric: str | None = None, top: int = 5
) -> dict[str, Any]:
    """Hypotheses [{ci, cause, score, evidence}] ranked best first, plus the SQL that was run."""
    store = get_graph_store()
    reach = store.dependencies(ci, depth=6)
    hops = {ci: 0, **{r["name"]: r["depth"] for r in reach}}
    deps_of = {name: {r["name"] for r in store.dependencies(name, depth=6)} for name in hops}
    rows = session.execute(
        text("SELECT id, name, type FROM cis WHERE name = ANY(:n)"), {"n": list(hops)}
    ).all()
    ids = [r[0] for r in rows]
    ci_type = {r[1]: r[2] for r in rows}
    w0, w1 = at - BEFORE, at + AFTER
    params = {
        "ids": ids,
        "b0": w0 - BASELINE,
        "b1": w0,
        "w0": w0,
        "w1": w1,
        "zmin": Z_ANOMALY,
        "relmin": MIN_RELATIVE_CHANGE,
    }
    candidates = {name: Candidate(name, depth) for name, depth in hops.items()}
    for name, metric_name, zmax, onset, mean, vmax, vmin in session.execute(text(_ANOMALY_SQL), params):
        cand = candidates[name]
        if onset is None or zmax is None:
            continue
        peak = vmax if abs(vmax - mean) >= abs(vmin - mean) else vmin
        cand.evidence.append(f"{metric_name}: {peak:.2f} vs baseline {mean:.2f} (z={min(zmax, 99):.1f}) "
                             f"from {onset:%H:%M}Z")  # fmt: skip
        weight = LOAD_WEIGHT if metric_name in LOAD_METRICS else 1.0  # demand swings daily; faults don't
        if zmax * weight > cand.z:
            cand.z, cand.worst_metric = float(zmax) * weight, metric_name
        cand.onset = onset if cand.onset is None or onset < cand.onset else cand.onset
    for name, severity, etype, message, ts in session.execute(text(_EVENTS_SQL), params):
        cand = candidates[name]
        cand.event_score += EVENT_WEIGHT.get(severity, 0.1) * (
            0.3 if etype in ("deployment", "config_change") else 1
        )
        cand.evidence.append(f"event {ts:%H:%M}Z {severity} {etype}: {message}")
    anomalous = [c for c in candidates.values() if c.onset is not None]
    if not anomalous:
        return {"hypotheses": [], "sql": [_ANOMALY_SQL.strip(), _EVENTS_SQL.strip()]}
    onsets = sorted(c.onset for c in anomalous if c.onset)
    span = max((onsets[-1] - onsets[0]).total_seconds(), 1.0)
    hypotheses: list[dict[str, Any]] = []
    for cand in anomalous:
        assert cand.onset is not None
        earliness = 1 - (cand.onset - onsets[0]).total_seconds() / span
        dep_onsets = [
            candidates[d].onset for d in deps_of[cand.name] if d in candidates and candidates[d].onset
        ]
        origin = all(o >= cand.onset for o in dep_onsets if o)
        if ci_type.get(cand.name) == "host":  # a host sharing the fate of what runs on it is not the origin
            tenants = [c for c in anomalous if cand.name in deps_of[c.name] and ci_type.get(c.name) != "host"]
            if any(t.onset and t.onset <= cand.onset + HOST_GRACE for t in tenants):
                origin = False
        strength = min(cand.z, 20.0) / 20.0
        score = (
            0.4 * strength
            + 0.25 * earliness
            + 0.2 * (1.0 if origin else 0.0)
            + 0.15 * min(cand.event_score, 2) / 2
        )
        cause = f"{cand.worst_metric} anomaly from {cand.onset:%H:%M}Z" + (" (origin)" if origin else "")
        hypotheses.append({"ci": cand.name, "cause": cause, "score": round(score, 3),
                           "evidence": cand.evidence[:6], "hops": cand.hops})  # fmt: skip
    hypotheses.sort(key=lambda h: (-h["score"], h["ci"]))
    return {"hypotheses": hypotheses[:top], "sql": [_ANOMALY_SQL.strip(), _EVENTS_SQL.strip()]}
