"""Shared parts of the generated OPS test estates (bench/*_estate.py) and their golden questions.

Writing side: incident ramps and the interchange-format writer (cis.csv, relations.csv, events.csv,
metrics.csv.gz and the `<name>.faults.json` ground truth next to the folder); how an estate is built and
sampled before it is written is in estate_series.py. Golden side: `Estate` reads those files back and
answers the questions' expected values with the golden format's semantics ("last N hours" = [now − N h,
now); "current" = the last sample at or before now), `CaseBook` collects cases, and `Batch` plus the
expectation shapes below are what each golden writer (bench/*_golden*.py) writes with.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from statistics import mean
from zoneinfo import ZoneInfo

from estate_graph import EstateGraph

from services.infra.models import ENVIRONMENT_ALIASES

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
CI_COLUMNS = ["name", "type", "environment", "owner", "location", "status", "attributes"]


def iso(t: datetime | None) -> str | None:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ") if t else None


def ramp(ts: datetime, onset: datetime, end: datetime | None, rise: int = 15, fall: int = 15) -> float:
    """0 before onset, 1 during, ramps of `rise`/`fall` minutes."""
    if ts < onset:
        return 0.0
    up = min(1.0, (ts - onset).total_seconds() / 60 / rise + 0.34)
    if end is None or ts < end:
        return up
    return max(0.0, 1 - (ts - end).total_seconds() / 60 / fall)


def incident_onset(incident: dict, hop: int) -> datetime:
    """When a CI `hop` steps from the incident's root starts to suffer (5 min a hop, 5 more past the first)."""
    return incident["start"] + timedelta(minutes=5 * hop + (5 if hop > 1 else 0))


def faults_document(
    name: str, profile: str, seed: int, start: datetime, now: datetime, rels: list, incidents: list[dict]
) -> dict:
    """The faults file of a generated estate: its window and each injected incident with root and onsets."""
    return {
        "dataset": name,
        "profile": profile,
        "seed": seed,
        "start": iso(start),
        "now": iso(now),
        "step_min": 5,
        "timezone": "Asia/Seoul",
        "scenarios": [
            {
                "id": i["id"],
                "kind": i["kind"],
                "root": i["root"],
                "description": i["description"],
                "start": iso(i["start"]),
                "end": iso(i["end"]),
                "root_hosts": [t for s, t, k in rels if s == i["root"] and k == "RUNS_ON"],
                "affected": list(i["hops"]),
                "hops": i["hops"],
                "onset": {ci: iso(incident_onset(i, h)) for ci, h in i["hops"].items()},
            }
            for i in incidents
        ],
    }


def write_estate(
    name: str,
    cis: list[dict],
    rels: list[tuple[str, str, str]],
    events: list[tuple[datetime, str, str, str, str]],
    metrics: list[tuple[str, str, str, float]],
    faults: dict,
) -> None:
    """Write tests/fixtures/<name>/ in the interchange format and tests/fixtures/<name>.faults.json."""
    folder = FIXTURES / name
    folder.mkdir(exist_ok=True)
    with (folder / "cis.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(CI_COLUMNS)
        for c in cis:
            w.writerow([*(c[k] for k in CI_COLUMNS[:-1]), json.dumps(c["attributes"], sort_keys=True)])
    with (folder / "relations.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "type"])
        w.writerows(rels)
    with (folder / "events.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ts", "ci", "severity", "type", "message"])
        w.writerows([(iso(t), ci, s, ty, m) for t, ci, s, ty, m in sorted(events)])
    with gzip.open(folder / "metrics.csv.gz", "wt", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ts", "ci", "metric", "value"])
        w.writerows(metrics)
    (FIXTURES / f"{name}.faults.json").write_text(json.dumps(faults, indent=1) + "\n")
    print(f"{len(cis)} CIs, {len(rels)} relations, {len(metrics)} samples, {len(events)} events")


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class Estate(EstateGraph):
    """A written estate read back, for computing the golden answers."""

    def __init__(self, name: str, now: datetime) -> None:
        data = FIXTURES / name
        self.now = now
        self.cis = {r["name"]: r for r in csv.DictReader((data / "cis.csv").open())}
        for r in self.cis.values():
            r["attributes"] = json.loads(r["attributes"])
        self.rels = [
            (r["source"], r["target"], r["type"]) for r in csv.DictReader((data / "relations.csv").open())
        ]
        self.events = [r | {"at": _utc(r["ts"])} for r in csv.DictReader((data / "events.csv").open())]
        self.series: dict[tuple[str, str], list[tuple[datetime, float]]] = defaultdict(list)
        with gzip.open(data / "metrics.csv.gz", "rt") as f:
            for r in csv.DictReader(f):
                self.series[r["ci"], r["metric"]].append((_utc(r["ts"]), float(r["value"])))

    def values(self, ci: str, metric: str, since: datetime, until: datetime | None = None) -> list[float]:
        until = until or self.now
        return [v for t, v in self.series[ci, metric] if since <= t < until]

    def last_hours(self, ci: str, metric: str, hours: float) -> list[float]:
        return self.values(ci, metric, self.now - timedelta(hours=hours))

    def latest(self, ci: str, metric: str) -> float:
        return [v for t, v in self.series[ci, metric] if t <= self.now][-1]

    def since_above(
        self, ci: str, metric: str, bound: float, dip: timedelta = timedelta(minutes=15)
    ) -> datetime:
        """Start of the run of samples above `bound` ending at the newest one (breaks shorter than `dip`
        aside: the since-when semantics)."""
        points = [(t, v > bound) for t, v in self.series[ci, metric] if t <= self.now]
        assert points[-1][1], (ci, metric, bound)
        k, start = len(points) - 1, len(points) - 1
        while k >= 0:
            if points[k][1]:
                start, k = k, k - 1
                continue
            first = k
            while first > 0 and not points[first - 1][1]:
                first -= 1
            if points[k + 1][0] - points[first][0] >= dip:
                break
            k = first - 1
        return points[start][0]

    def average(self, ci: str, metric: str, since: datetime, until: datetime | None = None) -> float:
        """The mean of the samples in [since, until) (until: now); there must be some."""
        values = self.values(ci, metric, since, until)
        assert values, (ci, metric, since, until)
        return mean(values)

    def peak(self, ci: str, metric: str, since: datetime, until: datetime | None = None) -> float:
        return max(self.values(ci, metric, since, until))

    def low(self, ci: str, metric: str, since: datetime, until: datetime | None = None) -> float:
        return min(self.values(ci, metric, since, until))

    def problems(self, since: datetime, until: datetime) -> list[dict]:
        """The events in [since, until) of a PROBLEM severity."""
        return [e for e in self.events if e["severity"] in PROBLEM and since <= e["at"] < until]

    def warns(self, ci: str) -> bool:
        """Some metric of `ci` is above its WARNING level in its latest sample."""
        return any((ci, m) in self.series and self.latest(ci, m) > level for m, level in WARNING.items())

    def where(self, **fields: str) -> list[str]:
        """The CIs whose fields (type, environment, owner, location, status) have these values, sorted."""
        return sorted(n for n, c in self.cis.items() if all(c[k] == v for k, v in fields.items()))

    def of_type(self, kind: str, env: str | None = None) -> list[str]:
        return sorted(
            n for n, c in self.cis.items() if c["type"] == kind and (env is None or c["environment"] == env)
        )

    def attr(self, ci: str, key: str):
        return self.cis[ci]["attributes"][key]

    def robust_peak(self, ci: str, metric: str, narrow: tuple, wide: tuple) -> float:
        """The peak of a loosely named window ("this morning"): the same in a narrow and a wide reading."""
        a, w = self.peak(ci, metric, *narrow), self.peak(ci, metric, *wide)
        assert a == w, (ci, metric, a, w)
        return a

    def happened_types(self, ci: str, since: datetime, until: datetime) -> set[str]:
        """The types of `ci`'s events in the window."""
        return {x["type"] for x in self.events if x["ci"] == ci and since <= x["at"] < until}

    def events_between(self, since: datetime, until: datetime, **fields: str) -> list[dict]:
        """The events in the window whose fields are `fields`."""
        return [
            x for x in self.events if since <= x["at"] < until and all(x[k] == v for k, v in fields.items())
        ]

    def host_of(self, name: str) -> list[str]:
        """The machines `name` runs on."""
        return sorted(self.out(name, "RUNS_ON"))

    def runs_on(self, host: str) -> list[str]:
        """What runs on `host`."""
        return sorted(self.into(host, "RUNS_ON"))

    def attr_is(self, key: str, value: object, kind: str | None = None) -> list[str]:
        """The CIs (of `kind`) whose `key` is `value`."""
        return sorted(
            n
            for n, c in self.cis.items()
            if c["attributes"].get(key) == value and (kind is None or c["type"] == kind)
        )

    def has_attr(self, key: str, kind: str | None = None) -> list[str]:
        """The CIs (of `kind`) that record `key`."""
        return sorted(
            n for n, c in self.cis.items() if key in c["attributes"] and (kind is None or c["type"] == kind)
        )

    def around(self, ci: str, metric: str, t: datetime, tol: float = 0.03) -> dict:
        """The sample at `t` ("around 09:30"), with a tolerance that covers the samples either side."""
        series = dict(self.series[ci, metric])
        v = series[t]
        for d in (-5, 5):
            n = series[t + timedelta(minutes=d)]
            assert abs(n - v) <= tol * abs(v), (ci, metric, t, v, n)
        return num(v, tol)

    def events_in(
        self, ci: str | None, since: datetime, severity: str | None = None, kind: str | None = None
    ) -> list[dict]:
        return [
            e
            for e in self.events
            if (ci is None or e["ci"] == ci)
            and since <= e["at"] < self.now
            and (severity is None or e["severity"] == severity)
            and (kind is None or e["type"] == kind)
        ]


def threshold(scores: dict[str, float], counts: range) -> float:
    """A round threshold with between 2 and 5 names above it, in the widest gap between neighbours."""
    ranked = sorted(scores.values(), reverse=True)
    k = max(counts, key=lambda i: ranked[i - 1] - ranked[i])
    assert ranked[k - 1] - ranked[k] > 0.4, ranked[: k + 1]
    return round((ranked[k - 1] + ranked[k]) / 2, 1)


def top(scores: dict[str, float], n: int) -> list[str]:
    ranked = sorted(scores, key=lambda k: -scores[k])
    assert scores[ranked[n - 1]] - scores[ranked[n]] > 0.01
    return ranked[:n]


def leaders(scores: dict[str, float], n: int, ordered: bool = False) -> list[str]:
    """The top `n`, clearly ahead of the rest (3 %), and clearly apart from each other when `ordered`."""
    order = top(scores, n)
    rest = max(v for k, v in scores.items() if k not in order)
    assert scores[order[-1]] > 1.03 * rest, (order, scores[order[-1]], rest)
    if ordered:
        assert all(scores[a] > 1.01 * scores[z] for a, z in itertools.pairwise(order)), order
    return order


def ranked(scores: dict[str, float]) -> list[str]:
    """All names, highest first, each clearly above the next (1 %)."""
    order = sorted(scores, key=lambda k: -scores[k])
    assert all(scores[a] > 1.01 * scores[z] for a, z in itertools.pairwise(order)), scores
    return order


def incident_hops(relations: list[tuple[str, str, str]], incidents: list[dict]) -> None:
    """Each incident's hops: the distance of each affected CI from the root, walking to the CIs that depend on
    it or run on it (DEPENDS_ON and RUNS_ON backwards)."""
    into: dict[str, set[str]] = {}
    for s, t, k in relations:
        if k in ("DEPENDS_ON", "RUNS_ON"):
            into.setdefault(t, set()).add(s)
    for inc in incidents:
        dist, todo = {inc["root"]: 0}, deque([inc["root"]])
        while todo:
            n = todo.popleft()
            for m in sorted(into.get(n, ())):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    todo.append(m)
        missing = [a for a in inc["affected"] if a not in dist]
        assert not missing, (inc["id"], missing)
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


# acceptable routes by kind of question
LOOK, AGG, GRAPH = ["LOOKUP", "AGGREGATE"], ["AGGREGATE", "LOOKUP"], ["GRAPH"]
GRAPH_OR_LOOK = ["GRAPH", "LOOKUP"]
ONCALL = ["DIRECT", "AGGREGATE", "LOOKUP", "RCA", "GRAPH"]
HOSTING = [*GRAPH, "LOOKUP"]  # where a CI runs
PROBLEM = ("major", "critical")  # the event severities that are a problem
# the documented warning level of each metric (an estate without a published catalog): what "is X ok?" judges by
WARNING = {
    "cpu_usage": 85.0,
    "memory_usage": 85.0,
    "disk_usage": 80.0,
    "error_rate": 2.0,
    "response_time_ms": 1000.0,
}


def kst_clock(month: str) -> Callable[..., datetime]:
    """`kst(day, hh, mm=0)`: a Seoul wall-clock time in `month` ("2026-06")."""

    def kst(day: int, hh: int, mm: int = 0) -> datetime:
        return datetime.fromisoformat(f"{month}-{day:02d}T{hh:02d}:{mm:02d}:00+09:00")

    return kst


def local_minute(t: datetime, tz: str = "Asia/Seoul") -> str:
    """`t` as the answers print it: "YYYY-MM-DD HH:MM" in the estate's zone."""
    return t.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


def hhmm(t: datetime, tz: str = "Asia/Seoul") -> str:
    """`t` as a clock time in the estate's zone ("14:30")."""
    return t.astimezone(ZoneInfo(tz)).strftime("%H:%M")


def wrong_now(*expected: str) -> dict:
    """What is wrong now: every expected CI named, and not the whole estate."""
    return {"names": list(expected), "match": "include", "max_names": 10}


def root_first(root: str) -> dict:
    return {"root_cause": root.lower(), "k": 3, "first": True}  # the scorer reads ranked names lower-cased


def not_ok(suggest: str | None = None) -> dict:
    return {"not_ok": True, **({"suggest": suggest} if suggest else {})}


REJECT = {"reject": True}


def exact(n: float) -> dict:
    return {"number": n, "tol_rel": 0}


def num(x: float, tol: float = 0.01) -> dict:
    return {"number": round(x, 4), "tol_rel": tol}


def names(ns: Iterable[str], match: str = "set") -> dict:
    return {"names": list(ns), "match": match}


def ci_names(ns: Iterable[str], match: str = "set") -> dict:
    """CI names as a set (sorted) or in order; `contains` when one is dotted, since the scorer reads names as
    `[a-z0-9]+([-_][a-z0-9]+)*` tokens and cannot match a dotted one whole (then no order can be asked)."""
    ns = list(ns) if match == "ordered" else sorted(ns)
    assert ns
    if any("." in n for n in ns):
        assert match != "ordered", ns
        return names(ns, "contains")
    return names(ns, match)


def said(text: object) -> dict:
    """A value the answer must show as it is written."""
    return names([str(text)], "contains")


def yes_no(yes: bool) -> dict:
    return {"answer": "yes" if yes else "no"}


class CaseBook:
    """Golden cases with ids `<prefix>-001…`, written as tests/fixtures/<file>."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.cases: list[dict] = []

    def __call__(self, lang: str, question: str, kind: str, routes: list[str], expect: dict, **extra) -> None:
        self.cases.append(
            {
                "id": f"{self.prefix}-{len(self.cases) + 1:03d}",
                "lang": lang,
                "question": question,
                "routes": routes,
                "kind": kind,
                "expect": expect,
                **extra,
            }
        )

    def conversation(self, cid: str, turns: list[tuple[str, str, str, list[str], dict]]) -> None:
        for i, (lang, q, kind, routes, exp) in enumerate(turns, 1):
            self(lang, q, kind, routes, exp, conversation_id=cid, turn=i)

    def write(self, file: str, header: dict) -> None:
        golden = header | {"cases": self.cases}
        (FIXTURES / file).write_text(json.dumps(golden, ensure_ascii=False, indent=1) + "\n")
        print(f"{len(self.cases)} cases")

    def write_golden(self, file: str, dataset: str, profile: str, now: datetime) -> None:
        """Write the cases as the golden file over the estate `dataset` (tests/fixtures/<dataset>/) at `now`."""
        self.write(
            file,
            {
                "dataset": dataset,
                "data_dir": dataset,
                "profile": profile,
                "now": iso(now),
                "timezone": "Asia/Seoul",
            },
        )


def _is_prod(environment: str) -> bool:
    """Whether a CMDB's environment is production as the import reads it ("prd", "live", "prod")."""
    label = environment.lower()
    return ENVIRONMENT_ALIASES.get(label, label) == "prod"


class Batch:
    """One blind batch of an estate's questions: `ask` adds a case with the batch's tag; `of` and
    `measured` pick the CIs of a type among some or with a metric."""

    def __init__(self, case: CaseBook, estate: Estate, tag: str) -> None:
        self.case, self.estate, self.tag = case, estate, tag

    @classmethod
    def over(cls, dataset: str, now: datetime, prefix: str, tag: str) -> Batch:
        """A batch tagged `tag` whose cases (ids `<prefix>-001…`) are over the estate `dataset` at `now`."""
        return cls(CaseBook(prefix), Estate(dataset, now), tag)

    def ask(self, lang: str, question: str, kind: str, routes: list[str], expect: dict) -> None:
        self.case(lang, question, kind, routes, expect, tag=self.tag)

    def of(self, kind: str, among: Iterable[str]) -> list[str]:
        return sorted(n for n in among if self.estate.cis[n]["type"] == kind)

    def measured(self, kind: str, metric: str) -> list[str]:
        return [n for n in self.estate.of_type(kind) if (n, metric) in self.estate.series]

    def prod_measured(self, kinds: str | tuple[str, ...], metric: str) -> list[str]:
        """The production CIs of the kind(s) that carry `metric`, however the CMDB spells production ("prd")."""
        kinds = (kinds,) if isinstance(kinds, str) else kinds
        return sorted(
            n for k in kinds for n in self.measured(k, metric) if _is_prod(self.estate.cis[n]["environment"])
        )

    def part(self, midnight: datetime, narrow: tuple[float, float], wide: tuple[float, float]) -> tuple:
        """A loose part of the day starting at `midnight`, read narrowly and widely (hours from midnight;
        past 24 run into the next day; never past now)."""

        def at(h: float) -> datetime:
            return min(midnight + timedelta(hours=h), self.estate.now)

        return (at(narrow[0]), at(narrow[1])), (at(wide[0]), at(wide[1]))

    def robust(self, ci: str, metric: str, readings: tuple[tuple, tuple], kind: str = "peak") -> float:
        """The peak (or low) of `metric` over a loose part of a day, the same however it is read."""
        (n0, n1), (w0, w1) = readings
        f = self.estate.peak if kind == "peak" else self.estate.low
        a, w = f(ci, metric, n0, n1), f(ci, metric, w0, w1)
        assert a == w, (ci, metric, a, w)
        return a

    def above(
        self, names: list[str], metric: str, bound: float, since: datetime, until: datetime, margin: float
    ) -> list[str]:
        """The CIs among `names` whose `metric` went above `bound` in the window, none of them within
        `margin` of it (so "ever above" has one answer)."""
        e = self.estate
        peaks = {n: e.peak(n, metric, since, until) for n in names if e.values(n, metric, since, until)}
        near = {n: v for n, v in peaks.items() if abs(v - bound) <= margin}
        assert not near, (metric, bound, near)
        found = sorted(n for n, v in peaks.items() if v > bound)
        assert found, (metric, bound)
        return found

    def happened(self, lang: str, question: str, ci: str, keywords: dict[str, list[str]]) -> None:
        """What happened to `ci`: each event type of `keywords` mentioned (by any of its words)."""
        expect = {"events": list(keywords), "ci": ci, "keywords": keywords}
        self.ask(lang, question, "happened", ONCALL, expect)

    def conversation(self, cid: str, turns: list[tuple[str, str, str, list[str], dict]]) -> None:
        for i, (lang, q, kind, routes, exp) in enumerate(turns, 1):
            self.case(lang, q, kind, routes, exp, conversation_id=cid, turn=i, tag=self.tag)
