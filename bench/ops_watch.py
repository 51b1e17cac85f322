"""Trace RCA latency and Regression Watch run time over the infra-small estate.

Imports tests/fixtures/infra-small into a fresh embedded PostgreSQL, loads 100 golden queries (the public
golden set, repeated under new keys until there are 100) and times
`run_watch` twice: the first run stores baselines, the second compares with them. Then asks questions that
fail (windows past the policy, unknown metrics) or succeed, and times `trace_rca.analyse` on every trace
recorded so far. Targets: trace RCA ≤ 1 s p95; 100 golden queries ≤ 30 s.

    .venv/bin/python bench/ops_watch.py [--queries 100] [--rca 300]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.core import db
from services.core.security import SYSTEM
from services.domains import install_domains
from services.infra.importer import import_path
from services.ops import regression, trace_rca
from services.ops.models import OpsTrace
from services.ops.service import ask, history

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = json.loads((ROOT / "tests" / "fixtures" / "ops-golden-public.json").read_text())
FAILING = [
    "web-01 지난 2000시간 평균 CPU?",
    "What was the maximum response time of orders-db in the last 900 days?",
]
TARGETS = {"rca_p95_ms": 1000.0, "regression_100_s": 30.0}


def percentiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "n": len(values)}


def golden_cases(count: int) -> list[dict]:
    """`count` cases: the public set, then copies of it under new keys."""
    cases = []
    for i in range(count):
        case = dict(GOLDEN["cases"][i % len(GOLDEN["cases"])])
        if i >= len(GOLDEN["cases"]):
            case["id"] = f"{case['id']}-r{i}"
        cases.append(case)
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--rca", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = db.start_embedded_postgres(Path(tmp))
        db.upgrade_database(url)
        os.environ["SPA_DATABASE_URL"] = url
        os.environ["SPA_TIMEZONE"] = GOLDEN["timezone"]
        db.reset_engine()
        install_domains()
        with Session(db.get_engine(), expire_on_commit=False) as session:
            import_path(session, ROOT / "tests" / "fixtures" / "infra-small", actor=SYSTEM)
            regression.import_golden(
                session, actor=SYSTEM, payload={**GOLDEN, "cases": golden_cases(args.queries)}
            )
            session.commit()
            runs = []
            for _ in range(2):
                t0 = time.perf_counter()
                run = regression.run_watch(session, actor=SYSTEM, trigger="cli")
                session.commit()
                runs.append(
                    {
                        "seconds": round(time.perf_counter() - t0, 2),
                        "total": run.total,
                        "new": run.new,
                        "passed": run.passed,
                        "regressed": run.regressed,
                    }
                )
            now = datetime.fromisoformat(GOLDEN["now"])
            for i in range(40):
                ask(session, question=FAILING[i % 2], actor=SYSTEM, now=now + timedelta(minutes=i))
            session.commit()
            trace_ids = list(session.exec(select(OpsTrace.id)).all())
            failed = [
                r["trace_id"] for r in history(session, actor=SYSTEM, limit=500, everyone=True, failed=True)
            ]
            rca_ms: dict[str, list[float]] = {"failed": [], "all": []}
            kinds: dict[str, int] = {}
            for i in range(args.rca):
                for sample, pool in rca_ms.items():
                    chosen = failed if sample == "failed" else trace_ids
                    trace_id = chosen[i % len(chosen)]
                    t0 = time.perf_counter()
                    result = trace_rca.analyse(session, actor=SYSTEM, trace_id=trace_id)
                    pool.append((time.perf_counter() - t0) * 1000)
                    kinds[result.kind] = kinds.get(result.kind, 0) + 1
    result = {
        "traces": len(trace_ids),
        "failed_traces": len(failed),
        "regression_runs": runs,
        "rca_ms": {sample: percentiles(values) for sample, values in rca_ms.items()},
        "rca_kinds": kinds,
        "targets": TARGETS,
    }
    print(json.dumps(result))
    print(
        f"regression, {args.queries} golden queries: first run (baselines) {runs[0]['seconds']} s, "
        f"second run (diff) {runs[1]['seconds']} s — target ≤ {TARGETS['regression_100_s']} s"
    )
    for sample, stats in result["rca_ms"].items():
        print(
            f"trace RCA, {sample} traces: p50 {stats['p50']} ms, p95 {stats['p95']} ms "
            f"— target p95 ≤ {TARGETS['rca_p95_ms']} ms"
        )


if __name__ == "__main__":
    main()
