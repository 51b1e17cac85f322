"""OPS latency: rules-planner time and end-to-end answer time per route on ≥ 2 M metric samples.

Builds an estate in a fresh embedded PostgreSQL with SQL (default 700 CIs: load balancers →
services → databases/caches/queues, services RUN_ON hosts; 6 metrics × 5-minute samples for 2 days
= 2.4 M rows), then asks generated Korean and English questions about random CIs through
`services.ops.service.ask` — the path REST, SSE and the CLI use. Targets: plan ≤ 20 ms p95;
answer ≤ 300 ms p95 (LOOKUP/AGGREGATE), ≤ 500 ms p95 (GRAPH).

    .venv/bin/python bench/ops.py [--cis 700] [--days 2] [--runs 150]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil
from sqlalchemy import create_engine, text
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.core import db
from services.core.security import SYSTEM
from services.ops.planner.entities import index_cache
from services.ops.planner.rules import plan_question
from services.ops.service import ask

NOW = datetime(2026, 3, 3, tzinfo=UTC)
TZ = "Asia/Seoul"
TARGETS_MS = {"plan": 20.0, "LOOKUP": 300.0, "AGGREGATE": 300.0, "GRAPH": 500.0}
TEMPLATES = {
    "LOOKUP": [
        "{svc}의 현재 CPU 사용률은?",
        "What is the current response time of {svc}?",
        "Who owns {db}?",
        "{host}의 IP 주소는?",
        "Show the events for {db} in the last 24 hours.",
    ],
    "AGGREGATE": [
        "{host} 지난 1시간 평균 CPU?",
        "What was the maximum response time of {svc} in the last 24 hours?",
        "Top 5 services by average error rate over the last 24 hours",
        "지난 6시간 평균 CPU 사용률이 70%를 넘은 호스트는?",
        "How many active hosts are there in prod?",
    ],
    "GRAPH": [
        "What does {svc} depend on directly?",
        "{db}에 직접 의존하는 서비스는?",
        "What would be impacted if {db} fails?",
        "Which hosts does {svc} run on?",
        "{lb}에서 {db}까지의 의존 경로를 보여줘",
    ],
}

BUILD_SQL = """
INSERT INTO cis (name, type, environment, owner, location, status, attributes)
SELECT name, type, (ARRAY['prod','staging','dev'])[1 + i % 3], 'team-' || (i % 12), 'seoul-idc-' || (1 + i % 2),
       'active', jsonb_build_object('ip', '10.0.' || (i / 250) || '.' || (i % 250), 'cpu_cores', 8 * (1 + i % 4))
FROM (SELECT i, CASE WHEN i < :lbs THEN 'lb-' || i WHEN i < :svc THEN 'svc-' || i WHEN i < :data THEN 'db-' || i
                     ELSE 'host-' || i END AS name,
             CASE WHEN i < :lbs THEN 'load_balancer' WHEN i < :svc THEN 'service'
                  WHEN i < :data THEN (ARRAY['database','cache','queue'])[1 + i % 3] ELSE 'host' END AS type
      FROM generate_series(0, :n - 1) AS i) s;
INSERT INTO metric_samples (ci_id, metric_id, ts, value)
SELECT c.id, m.id, ts, greatest(0, 30 + 25 * sin(extract(epoch FROM ts) / 13751.0 + c.id) + random() * 10)
FROM cis c CROSS JOIN metric_catalog m
CROSS JOIN generate_series(:start, :end - interval '5 minutes', interval '5 minutes') AS ts;
INSERT INTO events (ts, ci_id, severity, type, message)
SELECT :end - (random() * interval '24 hours'), c.id, (ARRAY['critical','major','minor','warning','info'])[1 + g % 5],
       'threshold_breach', 'synthetic event ' || g
FROM cis c CROSS JOIN generate_series(1, 3) AS g;
"""


def build(url: str, n: int, days: int, seed: int) -> dict[str, list[str]]:
    """Create the estate; return CI names by role."""
    rng = random.Random(seed)
    lbs, svc, data = max(2, n // 50), n // 3, n // 2
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in BUILD_SQL.split(";\n"):
            if statement.strip():
                conn.execute(
                    text(statement),
                    {
                        "n": n,
                        "lbs": lbs,
                        "svc": svc,
                        "data": data,
                        "start": NOW - timedelta(days=days),
                        "end": NOW,
                    },
                )
        ids = dict(conn.execute(text("SELECT name, id FROM cis")).all())
        names = defaultdict(list)
        for name in ids:
            names[name.split("-")[0]].append(name)
        edges = set()
        for s in names["svc"]:
            edges |= {
                (s, rng.choice(names["db"]), "DEPENDS_ON"),
                (s, rng.choice(names["svc"]), "DEPENDS_ON"),
                (s, rng.choice(names["host"]), "RUNS_ON"),
                (s, rng.choice(names["host"]), "RUNS_ON"),
            }
        for lb in names["lb"]:
            edges |= {(lb, rng.choice(names["svc"]), "CONNECTS_TO") for _ in range(5)}
        for d in names["db"]:
            edges.add((d, rng.choice(names["host"]), "RUNS_ON"))
        conn.execute(
            text("INSERT INTO ci_relations (source_id, target_id, type) VALUES (:s, :t, :ty)"),
            [{"s": ids[a], "t": ids[b], "ty": ty} for a, b, ty in edges if a != b],
        )
        conn.execute(text("ANALYZE"))
        samples = conn.execute(text("SELECT count(*) FROM metric_samples")).scalar_one()
    engine.dispose()
    return {**names, "samples": [str(samples)]}


def percentiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": round(cuts[49], 2), "p95": round(cuts[94], 2), "n": len(values)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cis", type=int, default=700)
    parser.add_argument("--days", type=int, default=2)
    parser.add_argument("--runs", type=int, default=150)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        url = db.start_embedded_postgres(Path(tmp))
        db.upgrade_database(url)
        started = time.perf_counter()
        names = build(url, args.cis, args.days, seed=7)
        build_s = time.perf_counter() - started
        os.environ["SPA_DATABASE_URL"] = url
        db.reset_engine()
        plan_ms: list[float] = []
        answer_ms: dict[str, list[float]] = defaultdict(list)
        failures = 0
        with Session(db.get_engine()) as session:
            index = index_cache.get(session)
            for templates in TEMPLATES.values():
                for _ in range(args.runs):
                    question = rng.choice(templates).format(
                        svc=rng.choice(names["svc"]),
                        db=rng.choice(names["db"]),
                        host=rng.choice(names["host"]),
                        lb=rng.choice(names["lb"]),
                    )
                    t0 = time.perf_counter()
                    plan_question(question, index, NOW, TZ)
                    plan_ms.append((time.perf_counter() - t0) * 1000)
                    t0 = time.perf_counter()
                    answer = ask(session, question=question, actor=SYSTEM, now=NOW)
                    answer_ms[answer["route"]].append((time.perf_counter() - t0) * 1000)
                    failures += answer["status"] != "ok"
                    session.commit()
        rss_mb = psutil.Process().memory_info().rss / 2**20
    result = {
        "samples": int(names["samples"][0]),
        "cis": args.cis,
        "build_s": round(build_s, 1),
        "plan_ms": percentiles(plan_ms),
        "answer_ms": {r: percentiles(v) for r, v in sorted(answer_ms.items())},
        "non_ok_answers": failures,
        "rss_mb": round(rss_mb, 1),
        "targets_ms": TARGETS_MS,
    }
    print(json.dumps(result))
    print(f"{'measure':<28}{'p50 ms':>10}{'p95 ms':>10}{'n':>6}{'target p95':>12}")
    print(
        f"{'rules planner':<28}{result['plan_ms']['p50']:>10}{result['plan_ms']['p95']:>10}"
        f"{result['plan_ms']['n']:>6}{TARGETS_MS['plan']:>12}"
    )
    for route, stats in result["answer_ms"].items():
        target = TARGETS_MS.get(route, "")
        print(f"{'answer ' + route:<28}{stats['p50']:>10}{stats['p95']:>10}{stats['n']:>6}{target:>12}")
    print(f"samples {result['samples']:,}; RSS {result['rss_mb']} MB; non-ok answers {failures}")


if __name__ == "__main__":
    main()
