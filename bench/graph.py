"""Graph store latency: PostgreSQL (recursive CTEs) vs Neo4j on a 5 000-CI estate.

The estate is layered like a real one: per application a load balancer CONNECTS_TO front services,
services DEPENDS_ON services of the next tier and on databases/caches/queues, every service and
data store RUNS_ON one or two shared hosts, hosts CONNECTS_TO a storage array, databases replicate
to each other (CONNECTS_TO both ways), a few shared platform services are used across applications,
and a handful of DEPENDS_ON cycles exist. It is loaded into a temporary embedded PostgreSQL
(migrated), copied to a temporary Neo4j by the full sync, then both stores answer the same random
queries: 3-hop dependents and shortest paths (max 6 hops). Results are checked to be equal.
Prints JSON and a table. Target: p95 ≤ 100 ms.
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from services.core import db  # noqa: E402
from services.infra.graph.neo4j_store import Neo4jGraphStore  # noqa: E402
from services.infra.graph.postgres import PostgresGraphStore  # noqa: E402
from services.infra.graph.sync import full_sync  # noqa: E402
from tests.support.neo4j_server import running_neo4j  # noqa: E402

TARGET_P95_MS = 100.0
APPS = 100  # applications; each gets 1 LB, 22 services, 4 databases, 3 caches, 1-2 queues
HOSTS = 1796
STORAGE = 50


def build_estate(seed: int = 42) -> tuple[list[dict[str, str]], list[tuple[str, str, str]]]:
    """5 000 CIs and their relations (deterministic for a seed)."""
    rng = random.Random(seed)
    cis: list[dict[str, str]] = []
    rels: set[tuple[str, str, str]] = set()

    def ci(name: str, type_: str, env: str) -> str:
        cis.append({"name": name, "type": type_, "environment": env})
        return name

    hosts = [ci(f"host-{i:04d}", "host", "prod") for i in range(HOSTS)]
    arrays = [ci(f"san-{i:02d}", "storage", "prod") for i in range(STORAGE)]
    for h in hosts:
        rels.add((h, rng.choice(arrays), "CONNECTS_TO"))
    platform = [ci(f"platform-{n}", "service", "prod") for n in ("auth", "config", "audit", "billing")]
    envs = ["prod"] * 6 + ["staging"] * 3 + ["dev"]
    all_services: list[str] = []
    for a in range(APPS):
        env = envs[a % len(envs)]
        lb = ci(f"app{a:03d}-lb", "load_balancer", env)
        tiers = [
            [ci(f"app{a:03d}-{t}-svc{i}", "service", env) for i in range(n)]
            for t, n in (("fe", 5), ("mid", 9), ("be", 8))
        ]
        dbs = [ci(f"app{a:03d}-db{i}", "database", env) for i in range(4)]
        caches = [ci(f"app{a:03d}-cache{i}", "cache", env) for i in range(3)]
        queues = [ci(f"app{a:03d}-queue{i}", "queue", env) for i in range(1 + a % 2)]
        for svc in tiers[0]:
            rels.add((lb, svc, "CONNECTS_TO"))
        for upper, lower in ((tiers[0], tiers[1]), (tiers[1], tiers[2])):
            for svc in upper:
                for dep in rng.sample(lower, rng.randint(1, 3)):
                    rels.add((svc, dep, "DEPENDS_ON"))
        for svc in tiers[2]:
            for dep in rng.sample(dbs, rng.randint(1, 2)) + rng.sample(caches + queues, rng.randint(0, 2)):
                rels.add((svc, dep, "DEPENDS_ON"))
        rels.add((dbs[0], dbs[1], "CONNECTS_TO"))  # replication, both ways
        rels.add((dbs[1], dbs[0], "CONNECTS_TO"))
        for node in [x for tier in tiers for x in tier] + dbs + caches + queues:
            for host in rng.sample(hosts, rng.randint(1, 2)):
                rels.add((node, host, "RUNS_ON"))
        for svc in rng.sample(tiers[1], 2):
            rels.add((svc, rng.choice(platform), "DEPENDS_ON"))
        all_services.extend(x for tier in tiers for x in tier)
    for p in platform:
        rels.add((p, rng.choice(hosts), "RUNS_ON"))
    for _ in range(40):  # cross-application calls
        rels.add((rng.choice(all_services), rng.choice(all_services), "DEPENDS_ON"))
    for _ in range(5):  # a few cycles
        a_, b_ = rng.sample(all_services, 2)
        rels.add((a_, b_, "DEPENDS_ON"))
        rels.add((b_, a_, "DEPENDS_ON"))
    rels = {r for r in rels if r[0] != r[1]}
    assert len(cis) == 5000, len(cis)
    return cis, sorted(rels)


def load_postgres(url: str, cis: list[dict[str, str]], rels: list[tuple[str, str, str]]) -> None:
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cis (name, type, environment, owner, location, status) "
                "VALUES (:name, :type, :environment, '', '', 'active')"
            ),
            cis,
        )
        ids = dict(conn.execute(text("SELECT name, id FROM cis")).all())
        conn.execute(
            text("INSERT INTO ci_relations (source_id, target_id, type) VALUES (:s, :t, :k)"),
            [{"s": ids[s], "t": ids[t], "k": k} for s, t, k in rels],
        )
        conn.execute(text("ANALYZE cis; ANALYZE ci_relations"))
    engine.dispose()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def measure(
    store: Any, calls: list[tuple[str, tuple[Any, ...]]], warmup: int
) -> tuple[list[float], list[Any]]:
    for method, args in calls[:warmup]:
        getattr(store, method)(*args)
    times, answers = [], []
    for method, args in calls:
        t0 = time.perf_counter()
        answers.append(getattr(store, method)(*args))
        times.append((time.perf_counter() - t0) * 1000)
    return times, answers


def summary(times: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
        "max_ms": round(max(times), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=300, help="random queries per kind (default 300)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)

    cis, rels = build_estate(args.seed)
    rng = random.Random(args.seed + 1)
    names = [c["name"] for c in cis]
    kinds: dict[str, list[tuple[str, tuple[Any, ...]]]] = {
        "dependents_3hop": [("dependents", (rng.choice(names), 3)) for _ in range(args.queries)],
        "shortest_path": [
            ("shortest_path", (rng.choice(names), rng.choice(names))) for _ in range(args.queries)
        ],
    }
    result: dict[str, Any] = {
        "cis": len(cis),
        "relations": len(rels),
        "queries_per_kind": args.queries,
        "load_avg_1m_at_start": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory(prefix="bench-graph-") as tmp:
        t0 = time.perf_counter()
        url = db.start_embedded_postgres(Path(tmp))
        db.upgrade_database(url)
        load_postgres(url, cis, rels)
        result["postgres_load_s"] = round(time.perf_counter() - t0, 1)
        engine = create_engine(url, pool_size=2)
        t0 = time.perf_counter()
        with running_neo4j(Path(tmp) / "neo4j") as uri:
            result["neo4j_start_s"] = round(time.perf_counter() - t0, 1)
            neo = Neo4jGraphStore(uri)
            t0 = time.perf_counter()
            full_sync(neo, engine)
            result["neo4j_full_sync_s"] = round(time.perf_counter() - t0, 1)
            stores = {"postgres": PostgresGraphStore(engine), "neo4j": neo}
            for kind, calls in kinds.items():
                answers: dict[str, list[Any]] = {}
                for label, store in stores.items():
                    times, answers[label] = measure(store, calls, warmup=20)
                    result.setdefault(kind, {})[label] = summary(times)
                result[kind]["identical_answers"] = answers["postgres"] == answers["neo4j"]
                if kind == "dependents_3hop":
                    result[kind]["mean_result_size"] = round(
                        statistics.mean(len(a) for a in answers["postgres"]), 1
                    )
                else:
                    found = [a for a in answers["postgres"] if a is not None]
                    result[kind]["found"] = len(found)
                    result[kind]["mean_hops"] = (
                        round(statistics.mean(len(a["edges"]) for a in found), 2) if found else 0
                    )
            neo.close()
        engine.dispose()
    print(json.dumps(result, indent=2))
    print()
    print("| query | store | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    ok = True
    for kind in kinds:
        for label in ("postgres", "neo4j"):
            s = result[kind][label]
            ok = ok and s["p95_ms"] <= TARGET_P95_MS
            print(f"| {kind} | {label} | {s['p50_ms']} | {s['p95_ms']} | {s['max_ms']} |")
    ok = ok and all(result[k]["identical_answers"] for k in kinds)
    print(f"\ntarget p95 ≤ {TARGET_P95_MS:.0f} ms and identical answers: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
