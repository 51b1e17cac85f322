"""Evidence between RCA candidates: who waits on whom, read from their events ("timeouts calling
orders-db" makes orders-db root-like and the caller a victim; "full scan … by afc-settle-batch" makes the
batch a cause that loads the database), and which callers of the troubled CI or of its dependencies are
candidates at all (those that flooded or loaded it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import text
from sqlmodel import Session

from services.ops.planner.entities import NAME_TOKEN

EVENT_WEIGHT = {"critical": 1.0, "major": 0.7, "minor": 0.4, "warning": 0.3, "info": 0.05}


@dataclass
class Candidate:
    name: str
    hops: int
    z: float = 0.0
    onset: datetime | None = None
    evidence: list[str] = field(default_factory=list)
    event_score: float = 0.0
    worst_metric: str = ""
    first_metric: str = ""  # the metric whose anomaly began first
    blamed: float = 0.0  # events of other candidates name this one ("timeouts calling X")
    waits_on: set[str] = field(default_factory=set)
    failed_at: datetime | None = None  # its first critical event ("host unreachable"): a failure of its own
    failure: str = ""  # that event's message
    demand_only: bool = False  # its only anomalies follow demand (load, CPU with headroom)
    loads: set[str] = field(default_factory=set)  # shared dependencies it loaded (another caller of them)
    alarmed_at: datetime | None = None  # its first event worse than info
    own_trouble: bool = False  # a host in trouble before its tenant, of its own (`fold_hosts`)


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)


def names_ci(message: str, name: str) -> bool:
    """Whether `message` names the CI `name` (whole, in any case)."""
    return _name_pattern(name).search(message) is not None


def blame(
    candidates: dict[str, Candidate], caller: str, depends_on: set[str], severity: str, message: str
) -> None:
    """An event of `caller` naming a candidate it depends on ("timeouts calling orders-db"): that one is
    waited on, the caller a victim. A name the caller does not depend on is only a word of the message
    (a config change of a cache mentioning the service `search`)."""
    for name, cand in candidates.items():
        if name in depends_on and names_ci(message, name):
            cand.blamed += EVENT_WEIGHT.get(severity, 0.1)
            candidates[caller].waits_on.add(name)


CHANGE_EVENTS = ("deployment", "config_change")  # planned changes: weaker evidence, no failure
_FAILURES_SQL = """
SELECT e.ts, e.severity, e.type, c.type AS ci_type, e.message FROM events e JOIN cis c ON c.id = e.ci_id
WHERE c.name = :ci AND e.ts >= :start AND e.ts < :end ORDER BY e.ts
"""


def failure_onset(session: Session, *, ci: str, start: datetime, end: datetime) -> datetime | None:
    """When `ci` first failed in [start, end) by its own events (`own_failure`), if it did."""
    rows = session.execute(text(_FAILURES_SQL), {"ci": ci, "start": start, "end": end})
    return next(
        (row.ts for row in rows if own_failure(row.severity, row.type, row.ci_type, row.message)), None
    )


# event types of a host's own hardware or kernel: a fault even when graded a warning ("RAID battery learn
# cycle started, write policy changed to write-through" slows every disk write of what runs on it)
HOST_FAULTS = frozenset(
    {"hardware", "raid", "bbu", "battery", "disk", "disk_latency", "disk_error", "fan", "psu", "power", "nic"}
    | {"link", "link_flap", "ecc", "memory_error", "kernel", "conntrack", "smart"}
)


# a host's disk filling up is what runs on it writing ("disk_usage 85% on /var/lib/rabbitmq"): no fault
CAPACITY_WORDS = re.compile(
    r"usage|used|full|free|space|capacity|inode|사용률|사용량|용량|여유|가득|\d\s*%", re.I
)


def own_failure(severity: str, etype: str, ci_type: str | None, message: str = "") -> bool:
    """Whether an event shows a failure of the CI's own: a critical one that is no planned change, or on a
    host a major fault other than a threshold crossing (a link flapping, a disk slowing; its tenants' load
    shows as crossings) or a hardware or kernel fault of any grade (a disk filling up is none)."""
    if etype in CHANGE_EVENTS:
        return False
    return severity == "critical" or (
        ci_type == "host"
        and (
            (severity == "major" and etype != "threshold_breach")
            or (severity == "warning" and etype.lower() in HOST_FAULTS and not CAPACITY_WORDS.search(message))
        )
    )


def wait_on_failed_hosts(
    anomalous: list[Candidate], ci_type: dict[str, str], deps_of: dict[str, set[str]]
) -> None:
    """What runs on a host that failed (its link flapping, its disks slowing) and went wrong no earlier
    waits on that host: the host is the more root-like. So does a tenant of a host in trouble of its own
    (`fold_hosts`)."""
    for host in anomalous:
        if ci_type.get(host.name) == "host" and (host.failed_at or host.own_trouble) and host.onset:
            for tenant in anomalous:
                if host.name in deps_of[tenant.name] and tenant.onset and tenant.onset >= host.onset:
                    tenant.waits_on.add(host.name)


def blame_loader(
    candidates: dict[str, Candidate],
    dependency: str,
    others: list[str],
    deps_of: dict[str, set[str]],
    severity: str,
    message: str,
    ts: datetime,
    said_by: dict[str, str],
) -> None:
    """An event of a dependency naming another of its callers with a word of load ("full scan on TAP_TXN by
    afc-settle-batch"), or a CI no relation links that its events name so (`said_by`: that CI → the
    dependency): it loads the dependency, which waits on it. A loader with no anomaly of its own begins
    there."""
    if not LOAD_CUE.search(message):  # "osd.37 down (jj3f-k11-01 /dev/sdk)": where, not who loads it
        return
    for name in others:
        calls = dependency in deps_of[name] or said_by.get(name) == dependency
        if calls and names_ci(message, name):
            loader = candidates[name]
            loader.blamed += EVENT_WEIGHT.get(severity, 0.1)
            loader.loads.add(dependency)
            if loader.onset is None:
                loader.onset, loader.first_metric = ts, "load"
            candidates[dependency].waits_on.add(name)


def loading_callers(candidates: dict[str, Candidate], neighbours: dict[str, int]) -> set[str]:
    """The co-callers named by a shared dependency's events as loading it. Other co-callers are no
    candidates: a rise of their own traffic (the morning rush) says nothing about the shared dependency."""
    loading = set()
    for name in neighbours:
        if candidates[name].loads:
            loading.add(name)
        else:
            candidates[name].onset = None
    return loading


def flooding_callers(
    candidates: dict[str, Candidate], ci: str, callers: list[str], surges: dict[str, datetime]
) -> set[str]:
    """The callers of `ci` whose request rate surged no later than `ci`'s trouble began, or that its events
    name as loading it: they may have flooded it. Other callers are no candidates (they suffer from `ci`,
    not the other way round)."""
    symptom, flooding = candidates[ci].onset, set()
    for name in callers:
        surge = surges.get(name)
        if (symptom is not None and surge is not None and surge <= symptom) or candidates[name].loads:
            flooding.add(name)
        else:
            candidates[name].onset = None
    return flooding


# a word saying that someone put load on the CI whose event it is ("scans … by session X", "job X")
LOAD_CUE = re.compile(
    r"\b(?:by|from|session|sessions|job|batch|query|queries|scans?|load(?:ed|ing)?|flood(?:ed|ing)?|export)\b",
    re.I,
)
_MESSAGES_SQL = """
SELECT c.name, e.message FROM events e JOIN cis c ON c.id = e.ci_id
WHERE c.name = ANY(:names) AND e.ts >= :w0 AND e.ts < :w1 AND e.severity <> 'info'
"""
_NAMED_SQL = "SELECT name FROM cis WHERE lower(name) = ANY(:tokens)"


def named_loaders(session: Session, analysed: list[str], w0: datetime, w1: datetime) -> dict[str, str]:
    """CIs that a warning-or-worse event of another, analysed CI in [w0, w1) names with a word of load
    ("full table scans … by session OSPREY_SNAP (Osprey)"), each with the CI whose event named it: a
    reader no relation records (a data lake's CDC, a batch that normally reads elsewhere) may still load
    it, whether or not it is analysed already."""
    said: dict[str, str] = {}
    for name, message in session.execute(text(_MESSAGES_SQL), {"names": analysed, "w0": w0, "w1": w1}):
        if LOAD_CUE.search(message):
            for token in NAME_TOKEN.findall(message):
                if token.lower() != name.lower():
                    said.setdefault(token.lower(), name)
    if not said:
        return {}
    found = session.execute(text(_NAMED_SQL), {"tokens": list(said)}).scalars()
    return {outsider: said[outsider.lower()] for outsider in found}


_TENANTS_SQL = """
SELECT h.name, t.name FROM ci_relations r JOIN cis h ON h.id = r.target_id JOIN cis t ON t.id = r.source_id
WHERE r.type = 'RUNS_ON' AND r.target_id = ANY(:ids) ORDER BY t.name
"""


def tenant_pairs(session: Session, ids: list[int]) -> list[tuple[str, str]]:
    """(host, tenant) names of what runs on the CIs among `ids`."""
    return [(host, tenant) for host, tenant in session.execute(text(_TENANTS_SQL), {"ids": ids})]


_CHANGES_SQL = """
SELECT c.name, e.ts FROM events e JOIN cis c ON c.id = e.ci_id
WHERE c.name = ANY(:names) AND e.type = ANY(:types) AND e.ts >= :start AND e.ts <= :end
"""
CHANGED_BEFORE = timedelta(hours=48)  # a host's own change this long before its trouble may have caused it


def fold_hosts(
    session: Session,
    candidates: dict[str, Candidate],
    pairs: list[tuple[str, str]],
    ci_type: dict[str, str],
) -> None:
    """An anomalous host whose tenant (what runs on it) is anomalous too is that tenant's trouble, not a
    cause of its own: its evidence and events join the tenant's hypothesis ("db-01: cpu …"); the tenant
    is still ranked by its own anomaly. Not so a host in trouble of its own before its tenant
    (`_own_trouble`): it stays a hypothesis (`own_trouble`). `pairs`: (host, tenant) of `tenant_pairs`."""
    pool: dict[str, set[str]] = {}
    for host, tenant in pairs:
        pool.setdefault(tenant, set()).add(host)
    # "/tbarch 99% used" while its database's archive log area is full: the database's trouble began with
    # the filling, and the host stays a suspect (not folded) but no failure of its own
    filled = _cleanup_stopped_by_tenant(
        session, candidates, hosts_filled_by_tenant_logs(candidates, pairs, ci_type)
    )
    for host, databases in filled.items():
        for name in databases:
            if (began := candidates[name].onset) is not None:
                candidates[name].onset = min(began, candidates[host].onset or began)
        candidates[host].failed_at = None
    hosts = {
        n
        for n, c in candidates.items()
        if ci_type.get(n) == "host"
        and c.onset is not None
        and c.failed_at is None  # a host down is a cause
        and n not in filled
    }
    if not hosts:
        return
    changed = _changed_hosts(session, {h: candidates[h] for h in hosts})
    tenants: dict[str, list[str]] = {}
    for host, tenant in pairs:
        if host in hosts and tenant in candidates and candidates[tenant].onset is not None:
            if host in changed and _own_trouble(candidates, host, tenant, pool[tenant]):
                candidates[host].own_trouble = True
            else:
                tenants.setdefault(host, []).append(tenant)
    for host, names in tenants.items():
        cand = candidates[host]
        if cand.own_trouble:  # not folded into its other tenants either
            continue
        assert cand.onset is not None
        for name in names:
            candidates[name].evidence += [f"{host}: {line}" for line in cand.evidence]
            candidates[name].event_score += cand.event_score
        cand.onset = None  # folded: no longer a hypothesis of its own (nor does it inflate the tenant's)


# a database's own log area full ("archive log destination full", ORA-00257, error 9002, pg_wal): its log
# backups or archiving stopped, the database's trouble though the disk it fills is its host's
LOG_AREA_FULL = re.compile(
    r"archive ?log|archiver|ORA-00257|\b9002\b|transaction log|\bpg_wal\b|\bWAL\b|recovery area|binlog|redo log",
    re.I,
)


def hosts_filled_by_tenant_logs(
    candidates: dict[str, Candidate], pairs: list[tuple[str, str]], ci_type: dict[str, str]
) -> dict[str, list[str]]:
    """The hosts whose failure is a disk filling up, each with the databases on them that say their log
    area is full."""
    filled: dict[str, list[str]] = {}
    for host, tenant in pairs:
        if (
            ci_type.get(host) == "host"
            and ci_type.get(tenant) == "database"
            and (cand := candidates.get(host)) is not None
            and cand.failed_at is not None
            and CAPACITY_WORDS.search(cand.failure)
            and tenant in candidates
            and any(LOG_AREA_FULL.search(line) for line in candidates[tenant].evidence)
        ):
            filled.setdefault(host, []).append(tenant)
    return filled


_LOG_CLEANUP_SQL = """
SELECT 1 FROM events e JOIN cis c ON c.id = e.ci_id
WHERE c.name = ANY(:names) AND e.ts >= :start AND e.ts <= :end
  AND (e.type = ANY(:changes) OR (e.type = 'backup' AND e.severity <> 'info')) LIMIT 1
"""
CLEANUP_CHANGES = ("config_change", "change_notice")


def _cleanup_stopped_by_tenant(
    session: Session, candidates: dict[str, Candidate], filled: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Of the hosts `filled` by a database's logs, those where the database's own record says why its logs
    were not cleaned up in the days before (a change to it, its log backups failing): its trouble. A
    host whose cleanup was changed on the host itself (a backup cron commented out) stays the cause."""
    kept: dict[str, list[str]] = {}
    for host, databases in filled.items():
        failed = candidates[host].failed_at
        assert failed is not None
        start = (candidates[host].onset or failed) - CHANGED_BEFORE
        found = session.execute(
            text(_LOG_CLEANUP_SQL),
            {"names": databases, "start": start, "end": failed, "changes": list(CLEANUP_CHANGES)},
        ).first()
        if found:
            kept[host] = databases
    return kept


def _changed_hosts(session: Session, hosts: dict[str, Candidate]) -> set[str]:
    """The hosts changed themselves (a firmware update, a driver change) in the two days before their
    trouble began."""
    onsets = [c.onset for c in hosts.values() if c.onset is not None]
    found = session.execute(
        text(_CHANGES_SQL),
        {
            "names": list(hosts),
            "types": list(CHANGE_EVENTS),
            "start": min(onsets) - CHANGED_BEFORE,
            "end": max(onsets),
        },
    )
    return {
        name
        for name, ts in found
        if (onset := hosts[name].onset) is not None and onset - CHANGED_BEFORE <= ts <= onset
    }


def _own_trouble(candidates: dict[str, Candidate], host: str, tenant: str, pool: set[str]) -> bool:
    """Whether a changed `host` went wrong on its own before `tenant`: no later than it while the
    tenant's other hosts were read calm (the tenant's work would have loaded them all), or earlier than it
    with an alarm of its own raised before the tenant's trouble or alarm ("CPU 95% (si 71%)", then the SFU's)."""
    host_onset, tenant_onset = candidates[host].onset, candidates[tenant].onset
    if host_onset is None or tenant_onset is None or host_onset > tenant_onset:
        return False
    others = pool - {host}
    if others and all(o in candidates and candidates[o].onset is None for o in others):
        return True
    alarmed, tenant_alarmed = candidates[host].alarmed_at, candidates[tenant].alarmed_at
    return (
        host_onset < tenant_onset
        and alarmed is not None
        and (alarmed <= tenant_onset or tenant_alarmed is None or alarmed <= tenant_alarmed)
    )
