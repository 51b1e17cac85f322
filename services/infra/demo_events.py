"""Events of the demo estate: alerts derived from the generated metrics, the incident's story and
ordinary operations noise (deployments, backups, restarts, config changes)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from services.infra.demo_model import KST_OFFSET_S, SeriesModel

if TYPE_CHECKING:
    from services.infra.demo import Incident

EventRow = tuple[datetime, str, str, str, str]  # ts, ci, severity, type, message
_UNITS = {"response_time_ms": " ms", "request_rate": " req/s"}


def _fmt(metric: str, value: float) -> str:
    return f"{value:.1f}{_UNITS.get(metric, '%')}"


def threshold_events(series: list[tuple[SeriesModel, list[float]]], times: list[datetime]) -> list[EventRow]:
    """Alerts when a series stays above a threshold for two samples; an info event when it recovers."""
    events: list[EventRow] = []
    for model, values in series:
        levels = model.threshold_levels()
        if not levels:
            continue
        state, above, below = 0, 0, 0
        for k, value in enumerate(values):
            reached = sum(1 for limit, _ in levels if value >= limit)
            above = above + 1 if reached > state else 0
            below = below + 1 if state and value < levels[0][0] * 0.95 else 0
            if above >= 2:
                state = reached
                limit, severity = levels[state - 1]
                events.append(
                    (
                        times[k],
                        model.ci,
                        severity,
                        "threshold_breach",
                        f"{model.metric} {_fmt(model.metric, value)} above threshold "
                        f"{_fmt(model.metric, limit)}",
                    )
                )
                above = 0
            elif below >= 3:
                state, below = 0, 0
                events.append(
                    (
                        times[k],
                        model.ci,
                        "info",
                        "recovered",
                        f"{model.metric} back to normal ({_fmt(model.metric, value)})",
                    )
                )
    return events


def incident_events(incident: Incident) -> list[EventRow]:
    """The narrative of the injected incident (what people and tools reported)."""
    s = incident.start
    m = timedelta(minutes=1)
    root, host = incident.root, incident.root_host
    rows: list[EventRow] = [
        (
            s - 125 * m,
            f"{root}-replica",
            "warning",
            "replication_lag",
            f"Replication lag 180 s and growing: walreceiver keeps reconnecting to {root}",
        ),
        (
            s - 118 * m,
            root,
            "warning",
            "replication_slot_inactive",
            "Replication slot 'busan_dr' inactive; pg_wal is being retained",
        ),
        (
            s + 2 * m,
            root,
            "major",
            "slow_query",
            "212 statements slower than 1 s in 5 min (checkpoint I/O wait on pg_wal volume)",
        ),
        (s + 3 * m, host, "major", "disk_io_saturation", "Disk /data/pg_wal 100% busy, await 180 ms"),
    ]
    for name, hops in sorted(incident.affected.items(), key=lambda item: (item[1], item[0])):
        if hops == 0:
            continue
        at = s + (5 * hops + 4) * m
        if hops == 1:
            rows.append(
                (
                    at,
                    name,
                    "major",
                    "timeout",
                    f"Timeouts calling {root}: connection pool exhausted (30/30 busy)",
                )
            )
        elif hops == 2:
            rows.append((at, name, "major", "http_5xx", "HTTP 5xx ratio above 3% on /api/orders/*"))
        else:
            rows.append((at, name, "minor", "slow_backend", "Upstream response time above SLO (p95 > 1 s)"))
    first_dependent = next(
        (n for n, h in sorted(incident.affected.items(), key=lambda i: i[1]) if h == 1), None
    )
    if first_dependent:
        rows.append(
            (
                s + 16 * m,
                first_dependent,
                "minor",
                "restart",
                f"Pod {first_dependent}-7c9f4 restarted (liveness probe failed)",
            )
        )
    rows += [
        (
            incident.mitigated - 5 * m,
            root,
            "info",
            "config_change",
            "Dropped inactive replication slot 'busan_dr' (change CHG-5121, by dba-team)",
        ),
        (
            incident.mitigated + 6 * m,
            root,
            "info",
            "maintenance",
            "Checkpoint completed: 118 GB of pg_wal freed",
        ),
        (
            incident.end + 90 * m,
            f"{root}-replica",
            "info",
            "replication_resumed",
            "Replica re-seeded from backup-storage; streaming replication resumed",
        ),
    ]
    return rows


def _business_moment(rng: random.Random, start: datetime, end: datetime) -> datetime | None:
    """A random weekday business-hours moment (09:30-17:30 KST) in [start, end], or None."""
    for _ in range(20):
        ts = start + (end - start) * rng.random()
        local = ts.timestamp() + KST_OFFSET_S
        hour = (local % 86400) / 3600
        if (int(local // 86400) + 3) % 7 < 5 and 9.5 <= hour <= 17.5:
            return ts.replace(microsecond=0)
    return None


def background_events(cis: list[dict[str, Any]], start: datetime, end: datetime, seed: int) -> list[EventRow]:
    """Everyday events: deployments, nightly backups, restarts, config changes, cache evictions."""
    rng = random.Random(f"events-{seed}")
    rows: list[EventRow] = []
    active = [c for c in cis if c["status"] != "retired"]
    for ci in (c for c in active if c["type"] == "service"):
        deploys = rng.randint(0, 2) if ci["environment"] == "prod" else rng.randint(1, 3)
        major, minor, patch = (int(p) for p in ci["attributes"]["version"].split("."))
        for i in range(deploys):
            at = _business_moment(rng, start, end)
            if at:
                version = f"{major}.{minor}.{max(patch - deploys + i + 1, 0)}"
                rows.append(
                    (
                        at,
                        ci["name"],
                        "info",
                        "deployment",
                        f"Deployed {ci['name']} v{version} (build #{rng.randint(4000, 9999)}) by argocd",
                    )
                )
    day = timedelta(days=1)
    first_backup = start.replace(hour=17, minute=10, second=0, microsecond=0)  # 02:10 KST
    for ci in (c for c in active if c["type"] == "database" and c["environment"] == "prod"):
        at = first_backup if first_backup >= start else first_backup + day
        size = ci["attributes"].get("size_gb", 100)
        while at <= end:
            rows.append(
                (
                    at + timedelta(minutes=rng.randint(5, 25)),
                    ci["name"],
                    "info",
                    "backup",
                    f"Nightly backup to backup-storage completed ({size} GB in {rng.randint(6, 40)} min)",
                )
            )
            at += day
    services = [c["name"] for c in active if c["type"] == "service"]
    for _ in range(8):
        name = rng.choice(services)
        rows.append(
            (
                start + (end - start) * rng.random(),
                name,
                "minor",
                "restart",
                f"Pod {name}-{rng.randrange(16**5):05x} restarted (OOMKilled, limit 2Gi)",
            )
        )
    prod = [c["name"] for c in active if c["environment"] == "prod" and c["type"] != "host"]
    for _ in range(6):
        name = rng.choice(prod)
        at = _business_moment(rng, start, end)
        if at:
            rows.append(
                (
                    at,
                    name,
                    "info",
                    "config_change",
                    f"Configuration updated (change CHG-{rng.randint(4000, 4999)})",
                )
            )
    for _ in range(3):
        rows.append(
            (
                start + (end - start) * rng.random(),
                "catalog-cache",
                "warning",
                "eviction",
                f"Evicted {rng.randint(5, 40)}k keys (maxmemory reached)",
            )
        )
    for ci in (c for c in active if c["status"] == "maintenance"):
        rows.append(
            (
                start + timedelta(hours=3),
                ci["name"],
                "info",
                "maintenance",
                "Entered maintenance mode (change CHG-4516, kernel upgrade)",
            )
        )
    return [(ts.replace(microsecond=0), ci, sev, kind, msg) for ts, ci, sev, kind, msg in rows]
