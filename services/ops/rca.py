"""Root-cause analysis: rank the CI and its dependencies by how well each explains a problem.

For the troubled CI and everything it depends on (transitively, any relation type), every metric is
compared with its own baseline: the same time of day on up to 7 previous days when that much history
exists (demand follows the clock), else the 6 hours before the analysed window. Candidates are ranked
by the size of the deviation (z-score), when it began (onset), warning-or-worse events, and evidence
that one waits on another: an event of a candidate naming another ("Timeouts calling orders-db")
makes the named one more root-like and the caller a victim. A candidate whose anomaly starts no later
than any anomaly among its own dependencies is an origin. Asked about a window ("in the last 6 hours",
"this morning"), the window is scanned for the troubled CI's own onset and the analysis is anchored
there. The answer lists the victims after the root, in onset order (the propagation chain).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.infra.graph import get_graph_store
from services.ops.rca_chain import co_callers, connected
from services.ops.rca_demand import (
    LOAD_METRICS,
    LOAD_WEIGHT,
    follows_demand,
    harmless_fall,
    lull,
    riding_load,
)
from services.ops.rca_evidence import (
    CHANGE_EVENTS,
    EVENT_WEIGHT,
    HOST_FAULTS,
    Candidate,
    blame,
    blame_loader,
    failure_onset,
    flooding_callers,
    fold_hosts,
    loading_callers,
    named_loaders,
    own_failure,
    tenant_pairs,
    wait_on_failed_hosts,
)
from services.ops.rca_scan import ANOMALY_SQL, anomalies, nearest_onset, symptom_onset
from services.ops.rca_wording import Wording

BEFORE = timedelta(minutes=90)
AFTER = timedelta(minutes=15)
HOST_GRACE = timedelta(minutes=5)
VICTIM_PENALTY = 0.15
# a candidate's own scheduled work ("상품 검색 인덱스 재색인", info): its load rising with it is that work's
PLANNED_WORK = frozenset({"batch_job", "batch", "job", "maintenance", "backup", "reindex", "scheduled_job"})
PLANNED_LEAD = timedelta(minutes=15)
FAINT_Z = 10.0  # an anomaly this weak with nothing said of it (no event, no errors) explains no failure
UNCHAINED_WEIGHT = 0.4  # an anomaly behind healthy measured CIs: another incident, not this one's cause

_EVENTS_SQL = """
SELECT c.name, e.severity, e.type, e.message, e.ts FROM events e JOIN cis c ON c.id = e.ci_id
WHERE e.ci_id = ANY(:ids) AND e.ts >= :w0 AND e.ts < :w1 ORDER BY e.ts
"""


def faint(cand: Candidate, erred: set[str]) -> bool:
    """A weak metric shift with nothing else: no event of any kind, no error rate rising."""
    return cand.z < FAINT_Z and not cand.event_score and cand.name not in erred


def quiet(cand: Candidate, erred: set[str], *, strong: bool = False) -> bool:
    """A shift that explains no failure after it: a faint one, or — of what a host failing on its own
    uses (`strong`: its GPU fell off the bus) — any shift with no event and no error rate rising."""
    return faint(cand, erred) or (strong and not cand.event_score and cand.name not in erred)


def rank_causes(
    session: Session,
    *,
    ci: str,
    at: datetime,
    metric: str | None = None,
    top: int = 5,
    start: datetime | None = None,
    end: datetime | None = None,
    tz: str = "UTC",
    lang: str = "en",
    labels: dict[str, str] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Hypotheses [{ci, cause, score, evidence}] best first, the propagation chain and the SQL run.

    With a window (`start`, `end`), the analysis is anchored at `ci`'s own onset inside it (`at` is
    ignored); `onset` in the result is that moment, or None when the window shows no anomaly of `ci` —
    then `nearest` is the onset of its closest anomaly outside the window (up to `now`), if any.
    """
    sql = [ANOMALY_SQL.strip(), _EVENTS_SQL.strip()]
    onset_found: datetime | None = None
    if start is not None and end is not None:
        # an onset at the window's end shows in the samples after it
        seen_until = min(end + AFTER, max(now or end, end))
        onset_found = symptom_onset(session, ci=ci, start=start, end=seen_until, metric=metric)
        if onset_found is None and metric is None:  # a host whose disks slowed: its failure, not a metric
            onset_found = failure_onset(session, ci=ci, start=start, end=end)
        if onset_found is None:
            nearest = nearest_onset(
                session, ci=ci, start=start, end=end, now=now or max(at, end), metric=metric
            )
            return {"hypotheses": [], "chain": [], "onset": None, "nearest": nearest, "sql": sql}
        at = onset_found + AFTER
    words = Wording(tz, lang, labels or {})
    store = get_graph_store()
    reach = store.dependencies(ci, depth=6)
    hops = {ci: 0, **{r["name"]: r["depth"] for r in reach}}
    # what runs on `ci` (a host's tenants): a workload in trouble loads the host it runs on
    tenants = [
        r["name"] for r in store.dependents(ci, depth=1, rel_types=["RUNS_ON"]) if r["name"] not in hops
    ]
    hops.update(dict.fromkeys(tenants, 1))
    # the direct callers too: one flooding `ci` (a DDoS at its load balancer) is a cause upstream
    callers = [r["name"] for r in store.dependents(ci, depth=1) if r["name"] not in hops]
    hops.update(dict.fromkeys(callers, 1))
    neighbours = co_callers(store, hops, [r["name"] for r in reach])  # may load a shared dependency
    hops.update(neighbours)
    w0, w1 = at - BEFORE, at + AFTER
    said_by = named_loaders(session, list(hops), w0, w1)  # loaders no relation records
    neighbours.update({name: hops[by] + 1 for name, by in said_by.items() if name not in hops})
    hops.update(neighbours)
    deps_of = {name: {r["name"] for r in rows} for name, rows in store.reach_of(list(hops), depth=6).items()}
    rows = session.execute(
        text("SELECT id, name, type FROM cis WHERE name = ANY(:n)"), {"n": list(hops)}
    ).all()
    ids = [r[0] for r in rows]
    ci_type = {r[1]: r[2] for r in rows}
    candidates = {name: Candidate(name, depth) for name, depth in hops.items()}
    load_onsets: dict[str, tuple[datetime, str]] = {}
    surges: dict[str, datetime] = {}  # request rate rises: a caller flooding `ci`
    erred: set[str] = set()  # candidates whose error rate rose
    planned: dict[str, datetime] = {}  # candidates' own scheduled work (a reindex batch, a backup)
    found = anomalies(session, ids, w0, w1)
    with_load = riding_load(found)
    for name, metric_name, zmax, onset, mean, vmax, vmin, _ in found:
        cand = candidates[name]
        if onset is None or zmax is None:
            continue
        peak = vmax if abs(vmax - mean) >= abs(vmin - mean) else vmin
        cand.evidence.append(words.metric(metric_name, peak, mean, min(zmax, 99), onset))
        load_like = (
            follows_demand(metric_name, vmax)
            or (name, metric_name) in with_load
            or harmless_fall(metric_name, mean, vmax, vmin)
        )
        weight = LOAD_WEIGHT if load_like else 1.0  # demand swings; faults don't
        if zmax * weight > cand.z:
            cand.z, cand.worst_metric = float(zmax) * weight, metric_name
        if metric_name == "error_rate" and peak > mean:
            erred.add(name)
        if metric_name in LOAD_METRICS and peak > mean:  # a rise: a caller sending less floods nothing
            surges[name] = min(onset, surges.get(name, onset))
        if load_like:  # a daily traffic ramp starts early everywhere: no fault's onset
            load_onsets[name] = min((onset, metric_name), load_onsets.get(name, (onset, metric_name)))
        elif cand.onset is None or onset < cand.onset:
            cand.onset, cand.first_metric = onset, metric_name
    for name, (onset, metric_name) in load_onsets.items():  # load alone: the onset of a CI with nothing else
        if candidates[name].onset is None:
            candidates[name].onset, candidates[name].first_metric = onset, metric_name
            candidates[name].demand_only = True
    first_alarm: dict[tuple[str, str], datetime] = {}  # a host's disk at 85 %, then full: one trouble
    pairs = tenant_pairs(session, ids)  # read once: for onsets here and for folding hosts below
    hosts_with_tenants = {host for host, _ in pairs if ci_type.get(host) == "host"}
    for name, severity, etype, message, ts in session.execute(
        text(_EVENTS_SQL), {"ids": ids, "w0": w0, "w1": w1}
    ):
        cand = candidates[name]
        cand.event_score += EVENT_WEIGHT.get(severity, 0.1) * (0.3 if etype in CHANGE_EVENTS else 1)
        cand.evidence.append(words.event(ts, severity, etype, message))
        if severity == "info" and etype.lower() in PLANNED_WORK:
            planned.setdefault(name, ts)
        if own_failure(severity, etype, ci_type.get(name), message) and not cand.failed_at:
            cand.failed_at, cand.failure = ts, message
            # down with no metric to show it (a host off the network), or a host whose own metrics only
            # followed its tenants' work until its hardware failed: the failure (from its first alarm of
            # the kind) is its onset (a host nothing runs on, a clock or a switch, keeps its own metrics',
            # and so does one whose CPU or memory alarm only says what its metrics showed first)
            if cand.onset is None or (name in hosts_with_tenants and not _resource_alarm(etype)):
                cand.onset, cand.first_metric = first_alarm.get((name, etype), ts), etype
        if severity != "info":
            if etype.lower() in HOST_FAULTS and ci_type.get(name) == "host":
                first_alarm.setdefault((name, etype), ts)
            cand.alarmed_at = cand.alarmed_at or ts
            cand.demand_only = cand.demand_only and etype in CHANGE_EVENTS  # a failure event is no demand
            blame(candidates, name, deps_of[name], severity, message)
            blame_loader(candidates, name, [*callers, *neighbours], deps_of, severity, message, ts, said_by)
    for name, scheduled in planned.items():  # busy with its own scheduled work, erring nowhere: no fault
        cand = candidates[name]
        if (
            cand.onset
            and not cand.alarmed_at
            and name not in erred
            and scheduled <= cand.onset <= scheduled + PLANNED_LEAD
        ):
            cand.z, cand.demand_only = cand.z * LOAD_WEIGHT, True
    for cand in candidates.values():  # a load began no later than the trouble it caused
        caused = [o for d in cand.loads if (o := candidates[d].onset) is not None]
        if caused and (cand.onset is None or min(caused) < cand.onset):
            cand.onset = min(caused)
    fold_hosts(session, candidates, pairs, ci_type)
    flooding = flooding_callers(candidates, ci, callers, surges)
    loading = loading_callers(candidates, neighbours)
    anomalous = [c for c in candidates.values() if c.onset is not None]
    if onset_found is None and all(c.demand_only for c in anomalous) and lull(found):
        anomalous = []  # asked at a quiet hour: less traffic than usual is no trouble to explain
    if not anomalous:
        nearest = None
        if onset_found is None:  # a moment with nothing around it: point to the closest anomaly instead
            nearest = nearest_onset(session, ci=ci, start=w0, end=w1, now=now or w1, metric=metric)
        return {"hypotheses": [], "chain": [], "onset": onset_found, "nearest": nearest, "sql": sql}
    chained = (
        flooding
        | loading
        | {name for name in tenants if candidates[name].onset is not None}  # it runs on `ci`: linked
        | connected(
            session,
            ci=ci,
            ids=ids,
            anomalous={c.name for c in anomalous},
            w0=w0,
            w1=w1,
            through={name for name, kind in ci_type.items() if kind == "host"},
            faults={c.name for c in anomalous if not c.demand_only},
        )
    )
    wait_on_failed_hosts(anomalous, ci_type, deps_of)
    onsets = sorted(c.onset for c in anomalous if c.onset)
    span = max((onsets[-1] - onsets[0]).total_seconds(), 1.0)
    hypotheses: list[dict[str, Any]] = []
    for cand in anomalous:
        assert cand.onset is not None
        earliness = 1 - (cand.onset - onsets[0]).total_seconds() / span
        dep_onsets = [
            candidates[d].onset
            for d in deps_of[cand.name]
            if d in candidates
            and candidates[d].onset
            and not (cand.failed_at and quiet(candidates[d], erred, strong=ci_type.get(cand.name) == "host"))
        ]  # a CI failing on its own is no victim of a faint shift in what it uses before it failed
        origin = all(o >= cand.onset for o in dep_onsets if o)
        if ci_type.get(cand.name) == "host" and not cand.own_trouble:  # its tenants' fate, or after them
            tenants = [c for c in anomalous if cand.name in deps_of[c.name] and ci_type.get(c.name) != "host"]
            grace = HOST_GRACE if cand.failed_at is None else -timedelta(microseconds=1)
            if any(
                t.onset and t.onset <= cand.onset + grace and not (cand.failed_at and faint(t, erred))
                for t in tenants
            ):
                origin = False
        cand.waits_on = {n for n in cand.waits_on if candidates[n].onset is not None}
        victim = bool(cand.waits_on)
        origin = (origin or cand.name in loading) and not victim
        origin = origin and not (cand.demand_only and cand.name not in flooding | loading)
        strength = min(cand.z, 20.0) / 20.0
        score = (
            0.35 * strength
            + 0.25 * earliness
            + 0.2 * (1.0 if origin else 0.0)
            + 0.1 * min(cand.event_score, 2) / 2
            + 0.1 * min(cand.blamed, 1.0)
            - (VICTIM_PENALTY if victim else 0.0)
        ) * (1.0 if cand.name in chained else UNCHAINED_WEIGHT)
        hypotheses.append(
            {
                "ci": cand.name,
                "cause": words.cause(cand, origin),
                "score": round(max(score, 0.0), 3),
                "evidence": cand.evidence[:6],
                "hops": cand.hops,
                "onset": cand.onset.isoformat(),
                "linked": cand.name in chained,  # reaches `ci` through anomalous CIs (or floods it)
            }
        )
    hypotheses.sort(key=lambda h: (-h["score"], h["ci"]))
    root = hypotheses[0]["ci"]
    sources = {root, *candidates[root].loads}  # what a loader loads passes its trouble on
    began = candidates[root].onset
    victims = [  # not a CI whose load alone rose before the root's trouble began: no victim of it
        c
        for c in anomalous
        if c.name != root
        and (sources & {c.name, *deps_of[c.name]} or c.name == ci)
        and not (c.demand_only and began and c.onset and c.onset < began and c.name != ci)
    ]
    chain = [candidates[root], *sorted(victims, key=lambda c: (c.onset, -c.hops))]
    steps = [
        {
            "ci": c.name,
            "onset": c.onset.isoformat() if c.onset else None,
            "clock": words.clock(c.onset) if c.onset else "",
        }
        for c in chain
    ]
    return {"hypotheses": hypotheses[:top], "chain": steps, "onset": onset_found, "sql": sql}


RESOURCE_ALARMS = frozenset({"cpu", "cpu_usage", "memory", "memory_usage", "load", "swap"})


def _resource_alarm(etype: str) -> bool:
    """Whether an event type is an alarm on a host's CPU or memory, which its metrics show as well."""
    return etype.lower() in RESOURCE_ALARMS
