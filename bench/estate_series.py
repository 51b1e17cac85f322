"""How the generated OPS estates (bench/*_estate.py) are built and sampled before estate_kit writes them.

`generate` builds an estate from its seed (its CIs and relations, then every CI's metric series, from one
random stream), checks it and writes it. For the building: Seoul times (`kst_utc_clock`, `dated`), CI records
and relations. For the series: the 5-minute sample times and the Seoul hour, the quiet baselines of hosts and
services under an estate's load (`HostBaseline`, `ServiceBaseline`), which incidents touch a CI when and how
hard (`incident_hits`, `Fade`, `hop_effect`), sample rows and a storage array filling up. Every random draw
is made in the order the estates have always made it; load curves, levels, coefficients and incident effects
stay with each estate.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from estate_kit import faults_document, incident_onset, iso, kst_clock, ramp, write_estate

STEP = timedelta(minutes=5)
Sample = tuple[datetime, str, str, float]
Relation = tuple[str, str, str]
Event = tuple[datetime, str, str, str, str]
Series = Callable[[random.Random, dict, list[datetime]], list[Sample]]
Load = Callable[[datetime], float]


def kst_utc_clock(month: str) -> Callable[..., datetime]:
    """`kst(day, hh, mm=0)`: a Seoul wall-clock time in `month` ("2026-06"), as UTC (the times estates write)."""
    local = kst_clock(month)

    def kst(day: int, hh: int, mm: int = 0) -> datetime:
        return local(day, hh, mm).astimezone(UTC)

    return kst


def dated(kst: Callable[..., datetime], rows: Iterable[tuple]) -> list[Event]:
    """(KST day, hh, mm, ci, severity, type, message) rows as events at their moment (`kst` of the month)."""
    return [(kst(d, h, m), ci, sev, typ, msg) for d, h, m, ci, sev, typ, msg in rows]


def ci_record(
    name: str,
    kind: str,
    environment: str,
    owner: str,
    location: str,
    attributes: dict,
    status: str = "active",
) -> dict:
    """One CI as estate_kit.write_estate takes it."""
    return {
        "name": name,
        "type": kind,
        "environment": environment,
        "owner": owner,
        "location": location,
        "status": status,
        "attributes": attributes,
    }


def service_relations(name: str, depends_on: Iterable[str], runs_on: Iterable[str]) -> list[Relation]:
    """`name` DEPENDS_ON each of `depends_on`, then RUNS_ON each of `runs_on`."""
    return [(name, d, "DEPENDS_ON") for d in depends_on] + [(name, h, "RUNS_ON") for h in runs_on]


def sample_times(start: datetime, now: datetime) -> list[datetime]:
    """Every STEP from `start`, before `now`."""
    return [start + i * STEP for i in range(int((now - start) / STEP))]


def seoul_hour(ts: datetime) -> float:
    """The hour of the day in Seoul, with the minutes as a fraction."""
    return (ts.hour + 9 + ts.minute / 60) % 24


def progress(ts: datetime, since: datetime, until: datetime) -> float:
    """How far `ts` is from `since` to `until`: 0 at `since`, 1 at `until` (not clamped)."""
    return (ts - since).total_seconds() / (until - since).total_seconds()


def incident_hits(incidents: list[dict], name: str, ts: datetime) -> list[tuple[dict, int, float]]:
    """(incident, hop, ramp) for each incident touching `name` at `ts`."""
    hits = []
    for inc in incidents:
        if name in inc["hops"]:
            hop = inc["hops"][name]
            r = ramp(ts, incident_onset(inc, hop), inc["end"])
            if r:
                hits.append((inc, hop, r))
    return hits


@dataclass(frozen=True)
class Fade:
    """How an incident moves a service `hop` steps from its root, at ramp `r`: response time × (1 + r·f) and
    error rate + r·e, where f and e are the first of `response` and `errors` at the root, and the second
    divided by hop**`fade` beyond it."""

    response: tuple[float, float]
    errors: tuple[float, float]
    fade: float = 0

    def apply(self, hop: int, r: float, rt: float, err: float) -> tuple[float, float]:
        (rt_root, rt_beyond), (err_root, err_beyond) = self.response, self.errors
        rt *= 1 + r * (rt_root if hop == 0 else rt_beyond / hop**self.fade)
        err += r * (err_root if hop == 0 else err_beyond / hop**self.fade)
        return rt, err


def hop_effect(effects: dict[str, dict[int, tuple]], incident: dict, hop: int) -> tuple:
    """The incident's effect at `hop` in a table by incident id and hop (farther hops take the last one)."""
    by_hop = effects[incident["id"]]
    return by_hop[min(hop, max(by_hop))]


def level_by_kind(
    rng: random.Random,
    kind: str,
    database: tuple[float, float],
    cache: tuple[float, float],
    queue: tuple[float, float],
    load_balancer: tuple[float, float],
    other: tuple[float, float],
) -> float:
    """A base level for a CI of `kind`, uniform in its range; every range is drawn, in this order, whatever
    the kind."""
    levels = {
        "database": rng.uniform(*database),
        "cache": rng.uniform(*cache),
        "queue": rng.uniform(*queue),
        "load_balancer": rng.uniform(*load_balancer),
    }
    return levels.get(kind, rng.uniform(*other))


@dataclass(frozen=True)
class HostBaseline:
    """A host's usage under its estate's load d (0..1) before anything happens to it: cpu = level × (base +
    swing·d) + noise, memory = level + swing·d + noise, disk = level + growth a day + noise."""

    cpu: tuple[float, float, float]  # base, swing, noise
    memory: tuple[float, float]  # swing, noise
    disk_noise: float

    def walk(
        self,
        rng: random.Random,
        times: list[datetime],
        start: datetime,
        load: Load,
        levels: tuple[float, float, float],
        growth: float,
    ) -> Iterator[tuple[datetime, float, float, float, float]]:
        """(ts, d, cpu, memory, disk) at each of `times`, from the (cpu, memory, disk) `levels`."""
        (base, swing, cpu_noise), (mem_swing, mem_noise) = self.cpu, self.memory
        cpu0, mem0, disk0 = levels
        for ts in times:
            d = load(ts)
            cpu = cpu0 * (base + swing * d) + rng.gauss(0, cpu_noise)
            mem = mem0 + mem_swing * d + rng.gauss(0, mem_noise)
            disk = disk0 + growth * (ts - start).total_seconds() / 86400 + rng.gauss(0, self.disk_noise)
            yield ts, d, cpu, mem, disk


@dataclass(frozen=True)
class ServiceBaseline:
    """A service-like CI's samples under its estate's load d (0..1) before any incident: response time =
    level × (base + swing·d) × (1 + noise), error rate = level × (1 + 25 % noise) (not below 0), request rate
    = level × (base + swing·d) × (1 + 5 % noise), memory = level + swing·d + noise; an estate without request
    rate or memory samples leaves them out (and walks None)."""

    response: tuple[float, float, float]  # base, swing, relative noise
    requests: tuple[float, float] | None = None  # base, swing
    memory: tuple[float, float] | None = None  # swing, noise

    def walk(
        self,
        rng: random.Random,
        times: list[datetime],
        load: Load,
        levels: tuple[float, float, float | None, float | None],
    ) -> Iterator[tuple[datetime, float, float, float, float | None, float | None]]:
        """(ts, d, response time, error rate, request rate, memory) at each of `times`, from the levels
        (response time, error rate, request rate, memory)."""
        base, swing, noise = self.response
        rt0, err0, req0, mem0 = levels
        for ts in times:
            d = load(ts)
            rt = rt0 * (base + swing * d) * (1 + rng.gauss(0, noise))
            err = max(0.0, err0 * (1 + rng.gauss(0, 0.25)))
            req = mem = None
            if self.requests:
                req = req0 * (self.requests[0] + self.requests[1] * d) * (1 + rng.gauss(0, 0.05))
            if self.memory:
                mem = mem0 + self.memory[0] * d + rng.gauss(0, self.memory[1])
            yield ts, d, rt, err, req, mem


def samples(ts: datetime, name: str, **values: float) -> list[Sample]:
    """A sample row of `name` at `ts` for each metric given, in that order."""
    return [(ts, name, metric, value) for metric, value in values.items()]


def host_gauges(
    ts: datetime, name: str, cpu: float, mem: float, disk: float, disk_cap: float = 99.0
) -> list[Sample]:
    """cpu, memory and disk usage of a host at `ts`, clamped as the gauges read (cpu 0.5–99.5, memory up to
    99, disk up to `disk_cap`)."""
    return samples(
        ts,
        name,
        cpu_usage=max(0.5, min(cpu, 99.5)),
        memory_usage=min(mem, 99.0),
        disk_usage=min(disk, disk_cap),
    )


def storage_fill(
    rng: random.Random,
    name: str,
    times: list[datetime],
    start: datetime,
    used: tuple[float, float],
    per_day: float,
    filling: Callable[[random.Random, datetime], float] | None = None,
) -> list[Sample]:
    """disk_usage of a storage array: a level uniform in `used`, growing `per_day` points a day, with
    noise; where `filling` is given, its value (drawn after the noise) replaces that."""
    level = rng.uniform(*used)
    rows = []
    for ts in times:
        v = level + per_day * (ts - start).total_seconds() / 86400 + rng.gauss(0, 0.05)
        if filling:
            v = filling(rng, ts)
        rows.append((ts, name, "disk_usage", v))
    return rows


def not_retired(ci: dict) -> bool:
    """What most estates measure: every CI but the retired ones."""
    return ci["status"] != "retired"


def estate_metrics(
    rng: random.Random,
    cis: list[dict],
    times: list[datetime],
    series: tuple[Series, Series, Series],
    measured: Callable[[dict], bool] = not_retired,
) -> list[tuple[str, str, str, float]]:
    """The samples of every measured CI, in the order of `cis`, by the (host, storage, any other type)
    `series`; as written (ISO time, value rounded to 2 places)."""
    host, storage, service = series
    rows = []
    for ci in cis:
        if measured(ci):
            kind_series = host if ci["type"] == "host" else storage if ci["type"] == "storage" else service
            rows += kind_series(rng, ci, times)
    return [(iso(t), c, m, round(v, 2)) for t, c, m, v in rows]


def generate(
    name: str,
    profile: str,
    seed: int,
    window: tuple[datetime, datetime],
    incidents: list[dict],
    events: list[Event],
    build_cis: Callable[[random.Random], tuple[list[dict], list[Relation]]],
    series: tuple[Series, Series, Series],
    measured: Callable[[dict], bool] = not_retired,
) -> None:
    """Build an estate from `seed` (its CIs and relations, then the series of each measured CI, every 5
    minutes of `window` = (start, now)), check that every relation and event names a CI and every event falls
    in the window, and write it with its faults file."""
    start, now = window
    rng = random.Random(seed)
    cis, rels = build_cis(rng)
    metrics = estate_metrics(rng, cis, sample_times(start, now), series, measured)
    known = {c["name"] for c in cis}
    assert len(known) == len(cis), "CI names repeat"
    assert all(s in known and t in known for s, t, _ in rels), [r for r in rels if not {r[0], r[1]} <= known]
    assert all(e[1] in known for e in events), [e for e in events if e[1] not in known]
    assert all(start <= e[0] < now for e in events), [e for e in events if not start <= e[0] < now]
    faults = faults_document(name, profile, seed, start, now, rels, incidents)
    write_estate(name, cis, rels, events, metrics, faults)
