"""Infrastructure data: import throughput of `import_path` and latency of the hot metric queries.

Generates an estate (default 500 CIs × 6 metrics × 720 five-minute points = 2.16 M samples) as
interchange CSV in a temp dir, loads it into a fresh embedded PostgreSQL through `import_path` in two
halves of ~1 M rows (into an empty table, then into a populated one) plus an idempotent re-import, then
times latest / window avg 1 h / window avg 24 h / p95 24 h / top-10 24 h / series 24 h over random CIs.
Targets: 1 M rows import ≤ 20 s; window aggregates p95 ≤ 50 ms.

    .venv/bin/python bench/infra.py [--cis 500] [--points 720] [--runs 300] [--json-only]
"""

from __future__ import annotations

import argparse
import atexit
import csv
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.core import db
from services.core.security import SYSTEM
from services.infra import metric_queries
from services.infra.importer import import_path

METRICS = ("cpu_usage", "memory_usage", "disk_usage", "response_time_ms", "error_rate", "request_rate")
TYPES = ("host", "service", "database", "cache", "queue", "load_balancer", "storage")
STEP = timedelta(minutes=5)
START = datetime(2026, 3, 1, tzinfo=UTC)
TARGET_IMPORT_S_PER_M = 20.0
TARGET_WINDOW_P95_MS = 50.0


def write_estate(folder: Path, n_cis: int, points: int, rng: random.Random) -> tuple[list[str], Path, Path]:
    """cis.csv into `folder`; metrics split at half the time range into folder/a and folder/b."""
    names = [f"ci-{i:04d}" for i in range(n_cis)]
    part_a, part_b = folder / "a", folder / "b"
    part_a.mkdir(parents=True)
    part_b.mkdir()
    with (part_a / "cis.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(("name", "type", "environment", "owner", "location", "status", "attributes"))
        for i, name in enumerate(names):
            out.writerow(
                (
                    name,
                    TYPES[i % len(TYPES)],
                    ("prod", "staging", "dev")[i % 3],
                    f"team-{i % 9}",
                    "seoul-idc-1",
                    "active",
                    json.dumps({"rack": f"R-{i % 40:02d}"}),
                )
            )
    half = points // 2
    base = [rng.uniform(5, 60) for _ in range(n_cis * len(METRICS))]
    for part, span in ((part_a, range(half)), (part_b, range(half, points))):
        with (part / "metrics.csv").open("w") as handle:
            handle.write("ts,ci,metric,value\n")
            for step in span:
                ts = (START + step * STEP).strftime("%Y-%m-%dT%H:%M:%SZ")
                lines = []
                for c, name in enumerate(names):
                    for m, metric in enumerate(METRICS):
                        value = base[c * len(METRICS) + m] + rng.gauss(0, 5)
                        lines.append(f"{ts},{name},{metric},{value:.2f}\n")
                handle.write("".join(lines))
    return names, part_a, part_b


def timed_import(engine: Any, folder: Path) -> dict[str, Any]:
    started = time.perf_counter()
    with Session(engine) as session:
        report = import_path(session, folder, actor=SYSTEM)
        session.commit()
    elapsed = time.perf_counter() - started
    assert report.ok, report.to_dict()
    rows = sum(f.accepted for f in report.files if f.file.startswith("metrics"))
    written = sum(f.written for f in report.files if f.file.startswith("metrics"))
    return {
        "rows": rows,
        "written": written,
        "seconds": round(elapsed, 2),
        "rows_per_s": round(rows / elapsed),
        "s_per_million": round(elapsed / rows * 1e6, 2),
    }


def latency(fn: Callable[[], Any], runs: int) -> dict[str, float]:
    fn()  # warm the path once
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 2),
        "max_ms": round(samples[-1], 2),
        "runs": runs,
    }


def plans(engine: Any, session: Session, ci: str, now: datetime) -> dict[str, str]:
    """EXPLAIN of the statements each query function sends: which index serves metric_samples."""
    calls: dict[str, Callable[[], Any]] = {
        "latest": lambda: metric_queries.latest(session, ci, "cpu_usage", at=now),
        "window_avg_24h": lambda: metric_queries.window_aggregate(
            session, ci, "cpu_usage", "avg", now - timedelta(hours=24), now
        ),
        "top10_24h": lambda: metric_queries.top_n(
            session, "cpu_usage", "avg", now - timedelta(hours=24), now, n=10
        ),
    }
    found: dict[str, str] = {}
    for name, call in calls.items():
        sent: list[tuple[str, Any]] = []

        def capture(_c, _cur, statement, params, _ctx, _many, sent=sent) -> None:  # type: ignore[no-untyped-def]
            if "metric_samples" in statement:
                sent.append((statement, params))

        event.listen(engine, "before_cursor_execute", capture)
        call()
        event.remove(engine, "before_cursor_execute", capture)
        raw = session.connection().connection.driver_connection
        assert raw is not None
        plan = [row[0] for row in raw.execute(f"EXPLAIN {sent[0][0]}", sent[0][1])]
        scans = [line.strip() for line in plan if "metric_samples" in line]
        found[name] = "; ".join(s.split("  (")[0].lstrip("-> ") for s in scans)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cis", type=int, default=500)
    parser.add_argument("--points", type=int, default=720, help="5-minute samples per CI and metric")
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json-only", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    work = Path(tempfile.mkdtemp(prefix="spa-bench-infra-"))
    atexit.register(shutil.rmtree, work, True)  # registered first, so it runs after the server stops
    names, part_a, part_b = write_estate(work / "csv", args.cis, args.points, rng)
    (work / "data").mkdir()
    url = db.start_embedded_postgres(work / "data")
    db.upgrade_database(url)
    engine = create_engine(url)

    result: dict[str, Any] = {
        "samples": args.cis * len(METRICS) * args.points,
        "cis": args.cis,
        "points": args.points,
    }
    result["import_empty_table"] = timed_import(engine, part_a)
    result["import_populated_table"] = timed_import(engine, part_b)
    result["reimport_unchanged"] = timed_import(engine, part_b)
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE metric_samples"))
        size = conn.execute(text("SELECT pg_size_pretty(pg_total_relation_size('metric_samples'))")).scalar()
    result["table_size"] = size

    now = START + args.points * STEP
    hour, day = timedelta(hours=1), timedelta(hours=24)
    pick = lambda: (rng.choice(names), rng.choice(METRICS))  # noqa: E731
    with Session(engine) as session:

        def run(fn: Callable[[str, str], Any]) -> dict[str, float]:
            return latency(lambda: fn(*pick()), args.runs)

        result["latency"] = {
            "latest": run(lambda ci, m: metric_queries.latest(session, ci, m, at=now - rng.random() * day)),
            "window_avg_1h": run(
                lambda ci, m: metric_queries.window_aggregate(session, ci, m, "avg", now - hour, now)
            ),
            "window_avg_24h": run(
                lambda ci, m: metric_queries.window_aggregate(session, ci, m, "avg", now - day, now)
            ),
            "window_p95_24h": run(
                lambda ci, m: metric_queries.window_aggregate(session, ci, m, "p95", now - day, now)
            ),
            "top10_avg_24h": run(
                lambda _ci, m: metric_queries.top_n(session, m, "avg", now - day, now, n=10)
            ),
            "series_24h_5min": run(lambda ci, m: metric_queries.series(session, ci, m, now - day, now, 300)),
        }
        result["plans"] = plans(engine, session, names[0], now)
    engine.dispose()

    print(json.dumps(result, indent=2))
    if args.json_only:
        return
    print(
        f"\n{result['samples']:,} samples ({args.cis} CIs × {len(METRICS)} metrics × {args.points} points), "
        f"table {size}"
    )
    print(f"{'import':<28}{'rows':>12}{'seconds':>10}{'rows/s':>12}{'s per 1M':>10}")
    for key in ("import_empty_table", "import_populated_table", "reimport_unchanged"):
        r = result[key]
        print(f"{key:<28}{r['rows']:>12,}{r['seconds']:>10}{r['rows_per_s']:>12,}{r['s_per_million']:>10}")
    print(f"\n{'query':<20}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for key, r in result["latency"].items():
        print(f"{key:<20}{r['p50_ms']:>10}{r['p95_ms']:>10}{r['max_ms']:>10}")
    for key, plan in result["plans"].items():
        print(f"plan {key}: {plan}")


if __name__ == "__main__":
    main()
