"""Built-in demo infrastructure: generate it in the interchange format and load it.

`generate_demo` writes cis.csv, relations.csv, metrics.csv and events.csv (ARCHITECTURE §4) for the
estate in `demo_estate`, with `days` of 5-minute samples ending at `end` and one incident: the
`orders-db` disk fills up (WAL retained for a broken replica), its latency climbs, and the services
that depend on it — and theirs, up to the load balancers — slow down and fail more, a few minutes
later per hop. Output is fully determined by `end`, `days` and `seed`.
"""

from __future__ import annotations

import csv
import json
import logging
import random
import tempfile
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from services.core.security import Principal
from services.infra.demo_estate import CI, Rel, build_estate
from services.infra.demo_events import background_events, incident_events, threshold_events
from services.infra.demo_model import METRICS_BY_TYPE, STEP_S, Noise, SeriesModel, series_model, time_context
from services.infra.models import ConfigurationItem

log = logging.getLogger(__name__)

INCIDENT_ROOT = "orders-db"
HOP_DELAY = timedelta(minutes=5)


@dataclass
class Incident:
    """The injected incident: root CI, timeline and how far (hops) each affected CI is from the root."""

    root: str
    root_host: str
    start: datetime
    mitigated: datetime
    end: datetime
    affected: dict[str, int] = field(default_factory=dict)

    def intensity(self, name: str, ts: datetime) -> float:
        """0..1: how strongly `name` suffers at `ts` (ramps up after its hop delay, down after mitigation)."""
        hops = 0 if name == self.root_host else self.affected.get(name)
        if hops is None:
            return 0.0
        onset = self.start + HOP_DELAY * hops
        if ts < onset:
            return 0.0
        up = min((ts - onset) / timedelta(minutes=10), 1.0)
        down = 1.0 - min(max((ts - self.mitigated - HOP_DELAY * hops) / timedelta(minutes=20), 0.0), 1.0)
        return max(min(up, down), 0.0)

    def disk_fill(self, ts: datetime) -> float:
        """0..1: how far the root's disk has filled (climbs for two hours before `start`)."""
        fill_start = self.start - timedelta(hours=2)
        if ts < fill_start or ts > self.mitigated + timedelta(minutes=15):
            return 0.0
        if ts <= self.start:
            return ((ts - fill_start) / timedelta(hours=2)) ** 1.5
        if ts <= self.mitigated:
            return 1.0
        return 1.0 - (ts - self.mitigated) / timedelta(minutes=15)

    def apply(self, model: SeriesModel, ts: datetime, value: float) -> float:
        """`value` with the incident's effect on `model`'s CI and metric at `ts`."""
        metric, name = model.metric, model.ci
        if metric == "disk_usage" and name in (self.root, self.root_host):
            return value + (96.5 - value) * self.disk_fill(ts)
        level = self.intensity(name, ts)
        if level <= 0:
            return value
        hops = 0 if name == self.root_host else self.affected[name]
        weight = 1.0 / max(hops, 1)
        if metric == "response_time_ms":
            return value * (1 + level * (60.0 if hops == 0 else 4.5 * weight))
        if metric == "error_rate":
            return value + level * (4.0 if hops == 0 else 6.5 * weight)
        if metric == "cpu_usage":
            return min(value + level * 38.0, 100.0) if hops == 0 else value
        if metric == "request_rate":
            return value * (1 - level * (0.3 if hops == 0 else 0.12 * weight))
        return value


def plan_incident(cis: list[CI], rels: list[Rel], end: datetime, seed: int) -> Incident:
    """Place the incident about six hours before `end` and find who it reaches (via dependents)."""
    rng = random.Random(f"incident-{seed}")
    start = _floor(end - timedelta(hours=6) + timedelta(minutes=rng.randint(-20, 20)))
    kinds = {c["name"]: c["type"] for c in cis}
    host = next(t for s, t, kind in rels if s == INCIDENT_ROOT and kind == "RUNS_ON")
    dependents: dict[str, list[str]] = {}
    for source, target, kind in rels:
        if kind in ("DEPENDS_ON", "CONNECTS_TO"):
            dependents.setdefault(target, []).append(source)
    affected = {INCIDENT_ROOT: 0}
    queue = deque([INCIDENT_ROOT])
    while queue:
        current = queue.popleft()
        for parent in dependents.get(current, []):
            if parent not in affected and kinds[parent] in ("service", "load_balancer"):
                affected[parent] = affected[current] + 1
                queue.append(parent)
    return Incident(
        INCIDENT_ROOT, host, start, start + timedelta(minutes=75), start + timedelta(minutes=95), affected
    )


def _floor(ts: datetime) -> datetime:
    ts = ts.astimezone(UTC).replace(microsecond=0)
    return ts - timedelta(seconds=int(ts.timestamp()) % STEP_S)


def _iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class DemoManifest:
    """What `generate_demo` wrote: counts, the time window and the incident."""

    out_dir: Path
    start: datetime
    end: datetime
    counts: dict[str, int]
    incident: Incident


def generate_demo(out_dir: Path, *, end: datetime, days: int = 7, seed: int = 42) -> DemoManifest:
    """Write the demo estate with `days` of metrics ending at `end` (UTC) into `out_dir`."""
    if end.tzinfo is None:
        raise ValueError("end must be timezone-aware")
    out_dir.mkdir(parents=True, exist_ok=True)
    cis, rels = build_estate()
    last = _floor(end)
    steps = days * 86400 // STEP_S
    times = [last - timedelta(seconds=STEP_S * (steps - 1 - k)) for k in range(steps)]
    incident = plan_incident(cis, rels, last, seed)
    contexts = [time_context(ts.timestamp()) for ts in times]

    series: list[tuple[SeriesModel, list[float]]] = []
    for ci in cis:
        if ci["status"] == "retired":
            continue
        for metric in METRICS_BY_TYPE[ci["type"]]:
            model = series_model(ci, metric)
            noise = Noise(random.Random(f"{seed}|{ci['name']}|{metric}"))
            values = [
                incident.apply(model, ts, model.value(ctx, noise.next()))
                for ts, ctx in zip(times, contexts, strict=True)
            ]
            series.append((model, values))

    events = [
        *threshold_events(series, times),
        *incident_events(incident),
        *background_events(cis, times[0], last, seed),
    ]
    events.sort(key=lambda e: (e[0], e[1]))

    _write(
        out_dir / "cis.csv",
        ["name", "type", "environment", "owner", "location", "status", "attributes"],
        (
            [
                c["name"],
                c["type"],
                c["environment"],
                c["owner"],
                c["location"],
                c["status"],
                json.dumps(c["attributes"], sort_keys=True),
            ]
            for c in cis
        ),
    )
    _write(out_dir / "relations.csv", ["source", "target", "type"], rels)
    stamps = [_iso(ts) for ts in times]
    _write(
        out_dir / "metrics.csv",
        ["ts", "ci", "metric", "value"],
        (
            [stamps[k], model.ci, model.metric, f"{values[k]:.2f}"]
            for k in range(steps)
            for model, values in series
        ),
    )
    _write(
        out_dir / "events.csv",
        ["ts", "ci", "severity", "type", "message"],
        ([_iso(ts), ci, sev, kind, msg] for ts, ci, sev, kind, msg in events),
    )
    counts = {"cis": len(cis), "relations": len(rels), "metrics": steps * len(series), "events": len(events)}
    return DemoManifest(out_dir, times[0], last, counts, incident)


def _write(path: Path, header: list[str], rows: Any) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def load_demo(
    session: Session, *, actor: Principal, end: datetime | None = None, days: int = 7, seed: int = 42
) -> Any:
    """Generate the demo into a temporary directory and import it; returns the importer's report."""
    from services.core.clock import utcnow
    from services.infra.importer import import_path

    with tempfile.TemporaryDirectory(prefix="spa-demo-") as tmp:
        generate_demo(Path(tmp), end=end or utcnow(), days=days, seed=seed)
        return import_path(session, Path(tmp), actor=actor)


def has_cis(session: Session) -> bool:
    """Whether any configuration item exists."""
    return bool(session.exec(select(func.count()).select_from(ConfigurationItem)).one())


def has_demo_cis(session: Session) -> bool:
    """Whether demo configuration items (attributes.demo = true) exist."""
    query = select(ConfigurationItem.id).where(ConfigurationItem.attributes.contains({"demo": True})).limit(1)  # type: ignore[attr-defined]
    return session.exec(query).first() is not None


def demo_wanted(demo_data: bool | None, external_db: bool) -> bool:
    """The `demo_data` setting resolved: None means only on the embedded default database."""
    return demo_data if demo_data is not None else not external_db


def seed_demo_on_first_run(*, external_db: bool) -> Any:
    """Load the demo when the database has no CIs and the settings ask for it; returns the report or None."""
    from services.core.db import session_scope
    from services.core.security import SYSTEM
    from services.core.settings import get_settings

    if not demo_wanted(get_settings().demo_data, external_db):
        return None
    with session_scope() as session:
        if has_cis(session):
            return None
        print("Loading the demo infrastructure (first start)…", flush=True)
        return load_demo(session, actor=SYSTEM)
