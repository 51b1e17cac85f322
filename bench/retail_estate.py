"""Generate the retail-kr estate (tests/fixtures/retail-kr/, interchange format) and its faults file.

An e-commerce and store retailer on Black Friday: a cloud region, a Seoul IDC, a warehouse in Icheon, a DR
site and two stores, with naming unlike the other estates — `-prd/-stg/-dev` suffixes, hosts named after
their service (`pay-api-prd-02`), upper-case database names (`INV-DB-PRIMARY`, `WMS_DB_PRIMARY`),
romanised Korean service names (`jumun-api-prd` = orders, `jaego-svc-prd` = inventory, `gyeolje-gw-prd`
= payment, `baesong-tracker-prd` = delivery), store terminals (`GN-POS-01`), and chains five hops deep
(storefront → cart → jumun → jaego → wms-bridge → WMS_DB_PRIMARY). Three injected incidents: the
inventory database's connection pool exhausted this morning (victims up to four hops away, with "timeout
calling X" evidence), the warehouse queue backed up last night, and the payment adapter failing right now.
Deterministic (seeded); the golden questions (bench/retail_golden.py) are computed from the files.

    .venv/bin/python bench/retail_estate.py   # rewrites tests/fixtures/retail-kr*
"""

from __future__ import annotations

import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import ramp
from estate_series import (
    Fade,
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    incident_hits,
    kst_utc_clock,
    level_by_kind,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "retail-kr"
NOW = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)  # Friday 16:00 KST
START = NOW - timedelta(hours=48)
SEED = 20261127
SITES = {
    "C": "cloud-apne2",
    "S": "seoul-idc",
    "W": "icheon-wh",
    "D": "gimpo-dr",
    "G": "gangnam-store",
    "H": "haeundae-store",
}


kst = kst_utc_clock("2026-11")


def _hosts(name: str, n: int) -> list[str]:
    return [f"{name}-{i:02d}" for i in range(1, n + 1)]


# name: (type, owner, site, hosts, depends_on)
SERVICES: dict[str, tuple[str, str, str, list[str], list[str]]] = {
    "storefront-web-prd": (
        "service",
        "commerce-core",
        "C",
        _hosts("storefront-web-prd", 2),
        ["cart-api-prd", "catalog-api-prd", "member-api-prd"],
    ),
    "mobile-gw-prd": (
        "service",
        "commerce-core",
        "C",
        _hosts("mobile-gw-prd", 2),
        ["cart-api-prd", "catalog-api-prd", "member-api-prd", "promo-engine-prd"],
    ),
    "cart-api-prd": (
        "service",
        "commerce-core",
        "C",
        _hosts("cart-api-prd", 2),
        ["jumun-api-prd", "price-svc-prd", "session-redis-prd"],
    ),
    "jumun-api-prd": (
        "service",
        "commerce-core",
        "S",
        _hosts("jumun-api-prd", 2),
        ["gyeolje-gw-prd", "jaego-svc-prd", "OMS-DB-PRIMARY", "order-events-kafka"],
    ),
    "gyeolje-gw-prd": (
        "service",
        "payments-squad",
        "S",
        _hosts("gyeolje-gw-prd", 1),
        ["pay-api-prd", "fraud-score-prd", "PAY-DB-PRIMARY"],
    ),
    "pay-api-prd": ("service", "payments-squad", "S", _hosts("pay-api-prd", 2), ["PAY-DB-PRIMARY"]),
    "fraud-score-prd": (
        "service",
        "payments-squad",
        "C",
        _hosts("fraud-score-prd", 1),
        ["feature-store-prd"],
    ),
    "jaego-svc-prd": (
        "service",
        "fulfilment",
        "S",
        _hosts("jaego-svc-prd", 2),
        ["wms-bridge-prd", "INV-DB-PRIMARY", "stock-cache-prd"],
    ),
    "wms-bridge-prd": (
        "service",
        "fulfilment",
        "W",
        _hosts("wms-bridge-prd", 1),
        ["WMS_DB_PRIMARY", "wms-mq-prd"],
    ),
    "baesong-tracker-prd": (
        "service",
        "fulfilment",
        "W",
        _hosts("baesong-tracker-prd", 1),
        ["wms-mq-prd", "carrier-adapter-prd"],
    ),
    "carrier-adapter-prd": ("service", "fulfilment", "C", _hosts("carrier-adapter-prd", 1), []),
    "catalog-api-prd": (
        "service",
        "commerce-core",
        "C",
        _hosts("catalog-api-prd", 2),
        ["search-es-prd", "CATALOG-DB-PRIMARY"],
    ),
    "price-svc-prd": (
        "service",
        "growth",
        "C",
        _hosts("price-svc-prd", 1),
        ["CATALOG-DB-PRIMARY", "promo-engine-prd"],
    ),
    "promo-engine-prd": (
        "service",
        "growth",
        "C",
        _hosts("promo-engine-prd", 1),
        ["promo-redis-prd", "MEMBER-DB-PRIMARY"],
    ),
    "member-api-prd": (
        "service",
        "commerce-core",
        "S",
        _hosts("member-api-prd", 1),
        ["MEMBER-DB-PRIMARY", "session-redis-prd"],
    ),
    "pos-sync-prd": (
        "service",
        "store-ops",
        "S",
        _hosts("pos-sync-prd", 1),
        ["jumun-api-prd", "jaego-svc-prd", "store-mq-prd"],
    ),
    "pos-client-gn": (
        "service",
        "store-ops",
        "G",
        ["GN-POS-01", "GN-POS-02"],
        ["pos-sync-prd", "store-mq-prd"],
    ),
    "pos-client-hu": ("service", "store-ops", "H", ["HU-POS-01"], ["pos-sync-prd", "store-mq-prd"]),
    "sales-dashboard-prd": (
        "service",
        "data-platform",
        "C",
        _hosts("sales-dashboard-prd", 1),
        ["order-events-kafka"],
    ),
    "legacy-erp-link": ("service", "store-ops", "S", ["old-batch-prd-01"], ["OMS-DB-PRIMARY"]),
    "feature-store-prd": ("database", "data-platform", "C", ["feature-store-prd-01"], []),
    "search-es-prd": (
        "database",
        "commerce-core",
        "C",
        ["es-data-prd-01", "es-data-prd-02", "es-data-prd-03"],
        [],
    ),
    "OMS-DB-PRIMARY": ("database", "dba-team", "S", ["omsdb-prd-01"], []),
    "OMS-DB-REPLICA": ("database", "dba-team", "D", ["omsdb-dr-01"], ["OMS-DB-PRIMARY"]),
    "PAY-DB-PRIMARY": ("database", "dba-team", "S", ["paydb-prd-01"], []),
    "INV-DB-PRIMARY": ("database", "dba-team", "S", ["invdb-prd-01"], []),
    "CATALOG-DB-PRIMARY": ("database", "dba-team", "C", ["catdb-prd-01"], []),
    "MEMBER-DB-PRIMARY": ("database", "dba-team", "S", ["memdb-prd-01"], []),
    "WMS_DB_PRIMARY": ("database", "fulfilment", "W", ["wmsdb-icn-01"], []),
    "session-redis-prd": ("cache", "commerce-core", "C", ["redis-prd-01"], []),
    "stock-cache-prd": ("cache", "fulfilment", "S", ["redis-prd-02"], []),
    "promo-redis-prd": ("cache", "growth", "C", ["redis-prd-03"], []),
    "wms-mq-prd": ("queue", "fulfilment", "W", ["mq-icn-01", "mq-icn-02"], []),
    "store-mq-prd": ("queue", "store-ops", "S", ["mq-sel-01"], []),
    "order-events-kafka": (
        "queue",
        "data-platform",
        "C",
        ["kafka-prd-01", "kafka-prd-02", "kafka-prd-03"],
        [],
    ),
    # staging and dev copies
    "cart-api-stg": ("service", "commerce-core", "C", ["stg-shared-01"], ["OMS-DB-STG"]),
    "jumun-api-stg": ("service", "commerce-core", "C", ["stg-shared-01"], ["OMS-DB-STG"]),
    "pay-api-stg": ("service", "payments-squad", "C", ["stg-shared-02"], []),
    "OMS-DB-STG": ("database", "dba-team", "C", ["stg-db-01"], []),
    "storefront-web-dev": ("service", "commerce-core", "C", ["dev-box-01"], []),
    "jaego-svc-dev": ("service", "fulfilment", "C", ["dev-box-01"], []),
}
LOAD_BALANCERS = {
    "edge-alb-prd": ("C", ["storefront-web-prd", "mobile-gw-prd"]),
    "store-l4-sel": ("S", ["pos-sync-prd"]),
}
STORAGE = {
    "san-sel-a": ("S", ["omsdb-prd-01", "paydb-prd-01", "invdb-prd-01", "memdb-prd-01"]),
    "nas-icn-01": ("W", ["wmsdb-icn-01", "mq-icn-01", "mq-icn-02"]),
}
EXTRA_HOSTS = {"bastion-sel-01": "S", "jenkins-ci-01": "C", "GN-POS-03": "G"}
STATUS = {
    "GN-POS-03": "maintenance",
    "pay-api-stg": "maintenance",
    "old-batch-prd-01": "retired",
    "legacy-erp-link": "retired",
}
LANG = ["java", "kotlin", "go", "node", "python"]
ENGINE = {
    "database": ["mysql-8.0", "postgresql-16", "tibero-7"],
    "cache": ["redis-7.2", "valkey-8.0"],
    "queue": ["rabbitmq-3.13", "kafka-3.7"],
}
PORT = {"database": 3306, "cache": 6379, "queue": 5672}

INCIDENTS = [
    {
        "id": "R1",
        "kind": "connection_pool_exhaustion",
        "root": "INV-DB-PRIMARY",
        "description": "a stock-recount job holds INV-DB-PRIMARY connections: the pool is exhausted, queries queue "
        "and time out, callers up to four hops away slow down",
        "start": kst(27, 9, 20),
        "end": kst(27, 10, 35),
        "hops": {
            "INV-DB-PRIMARY": 0,
            "jaego-svc-prd": 1,
            "jumun-api-prd": 2,
            "pos-sync-prd": 2,
            "cart-api-prd": 3,
            "pos-client-gn": 3,
            "storefront-web-prd": 4,
            "mobile-gw-prd": 4,
        },
    },
    {
        "id": "R2",
        "kind": "queue_backlog",
        "root": "wms-mq-prd",
        "description": "the warehouse queue hits its memory alarm: publishers block, consumers stall",
        "start": kst(26, 22, 40),
        "end": kst(26, 23, 35),
        "hops": {"wms-mq-prd": 0, "wms-bridge-prd": 1, "baesong-tracker-prd": 1},
    },
    {
        "id": "R3",
        "kind": "pg_upstream_errors",
        "root": "pay-api-prd",
        "description": "the external payment gateway rejects requests: pay-api-prd errors climb, gyeolje-gw-prd "
        "fails payments (ongoing)",
        "start": kst(27, 15, 20),
        "end": None,
        "hops": {"pay-api-prd": 0, "gyeolje-gw-prd": 1},
    },
]


def _env(name: str) -> str:
    return "staging" if name.endswith("-stg") else "dev" if name.endswith("-dev") else "prod"


def _ci(name: str, kind: str, env: str, owner: str, site: str, attrs: dict) -> dict:
    return ci_record(name, kind, env, owner, SITES[site], attrs, STATUS.get(name, "active"))


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    hosts: dict[str, tuple[str, str]] = {}
    for name, (kind, owner, site, on, deps) in SERVICES.items():
        env = _env(name)
        attrs: dict = {"version": f"{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}"}
        if kind == "service":
            attrs |= {
                "language": rng.choice(LANG),
                "port": rng.choice([8080, 8443, 3000, 9090]),
                "replicas": rng.choice([2, 3, 4, 8]),
                "namespace": f"{owner}-{env}",
            }
        else:
            attrs |= {"engine": rng.choice(ENGINE[kind]), "port": PORT[kind]}
        cis.append(_ci(name, kind, env, owner, site, attrs))
        rels += service_relations(name, deps, on)
        for h in on:
            hosts[h] = (env, site)
    for lb, (site, targets) in LOAD_BALANCERS.items():
        attrs = {"vendor": rng.choice(["aws-alb", "a10"]), "vip": f"172.24.{len(cis)}.20"}
        cis.append(_ci(lb, "load_balancer", "prod", "sre-infra", site, attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, attached) in STORAGE.items():
        attrs = {"capacity_tb": rng.choice([60, 200]), "vendor": rng.choice(["pure", "synology"])}
        cis.append(_ci(st, "storage", "prod", "sre-infra", site, attrs))
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for h, site in EXTRA_HOSTS.items():
        hosts.setdefault(h, ("prod", site))
    for i, (h, (env, site)) in enumerate(sorted(hosts.items())):
        pos = "-POS-" in h
        attrs = {
            "ip": f"10.{60 + list(SITES).index(site)}.{2 + i // 50}.{21 + i % 50}",
            "os": "windows-10-iot" if pos else rng.choice(["rocky-9.4", "ubuntu-24.04", "amazon-linux-2023"]),
            "cpu_cores": 4 if pos else rng.choice([4, 8, 16, 32]),
            "memory_gb": 8 if pos else rng.choice([16, 32, 64, 128]),
            "zone": f"apne2-az{rng.randint(1, 3)}" if site == "C" else f"{SITES[site]}-r{rng.randint(1, 9)}",
        }
        cis.append(_ci(h, "host", env, "store-ops" if pos else "sre-infra", site, attrs))
    return sorted(cis, key=lambda c: c["name"]), rels


def _daily(ts: datetime) -> float:
    """Shopping load: quiet at 04:00 KST, a lunch peak around 12:30 and an evening peak around 21:30 (0..1)."""
    hour = seoul_hour(ts)
    lunch = math.exp(-(((hour - 12.5) / 2.5) ** 2))
    evening = math.exp(-(((hour - 21.5) / 2.2) ** 2))
    return 0.08 + 0.92 * max(0.75 * lunch, evening)


HOST = HostBaseline(cpu=(0.6, 0.8, 1.5), memory=(5, 0.8), disk_noise=0.15)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.06), requests=(0.3, 1.0))
EFFECT = {  # on response time and error rate, at the root and beyond
    "R1": Fade(response=(7.0, 4.0), errors=(5.5, 3.0), fade=1),
    "R2": Fade(response=(6.0, 2.5), errors=(4.0, 6.0)),
    "R3": Fade(response=(1.5, 0.8), errors=(14.0, 6.5)),
}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = level_by_kind(rng, kind, (5, 22), (0.6, 2.5), (2, 9), (15, 45), other=(40, 300))
    levels = rt0, rng.uniform(0.05, 0.8), rng.uniform(20, 600), None
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, _daily, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            rt, err = EFFECT[inc["id"]].apply(hop, r, rt, err)
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0), request_rate=req)
        if kind == "cache":
            rows.append((ts, name, "memory_usage", 52 + 18 * d + rng.gauss(0, 0.7)))
    return rows


ROOT_HOSTS = {SERVICES[inc["root"]][3][0]: inc for inc in INCIDENTS}  # the first host of each root


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, root_of, rows = ci["name"], ROOT_HOSTS.get(ci["name"]), []
    levels = rng.uniform(6, 38), rng.uniform(28, 70), rng.uniform(15, 66)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, _daily, levels, rng.uniform(0, 1.2)):
        if name == "kafka-prd-02":  # segment retention misconfigured: the disk fills today
            disk = 78.0 + 15 * max(0.0, (ts - (NOW - timedelta(hours=10))).total_seconds() / 36000)
            disk += rng.gauss(0, 0.1)
        if root_of and root_of["id"] == "R1":
            cpu += (92 - cpu) * ramp(ts, root_of["start"], root_of["end"]) + rng.gauss(0, 0.8)
        if root_of and root_of["id"] == "R2":
            mem += (96.5 - mem) * ramp(ts, root_of["start"] - timedelta(minutes=30), root_of["end"], rise=30)
        rows += samples(
            ts, name, cpu_usage=min(cpu, 99.5), memory_usage=min(mem, 99.0), disk_usage=min(disk, 99.0)
        )
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    return storage_fill(rng, ci["name"], times, START, (50, 72), 0.4)


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (
        25,
        17,
        10,
        "catalog-api-prd",
        "info",
        "deployment",
        "Deployed catalog-api-prd 4.18.0 (argo rollout #812)",
    ),
    (25, 18, 0, "old-batch-prd-01", "info", "maintenance", "Host retired (change CHG-3390)"),
    (
        25,
        20,
        45,
        "promo-engine-prd",
        "info",
        "config_change",
        "Config changed: blackfriday.coupon.enabled false -> true",
    ),
    (25, 23, 30, "PAY-DB-PRIMARY", "info", "backup", "Nightly xtrabackup completed (88 GB)"),
    (26, 2, 0, "OMS-DB-PRIMARY", "info", "backup", "Nightly xtrabackup completed (212 GB)"),
    (26, 8, 55, "GN-POS-03", "info", "maintenance", "Terminal in maintenance (receipt printer replaced)"),
    (26, 10, 5, "mobile-gw-prd", "info", "deployment", "Deployed mobile-gw-prd 2.33.1 (argo rollout #815)"),
    (26, 12, 40, "search-es-prd", "warning", "threshold_breach", "response_time_ms above 120 ms for 5 min"),
    (26, 13, 15, "session-redis-prd", "minor", "eviction", "Evicted 18k keys (maxmemory reached)"),
    (
        26,
        14,
        30,
        "pay-api-stg",
        "info",
        "maintenance",
        "Environment frozen for Black Friday (change CHG-3402)",
    ),
    (
        26,
        16,
        20,
        "fraud-score-prd",
        "info",
        "deployment",
        "Deployed fraud-score-prd 0.14.2 (argo rollout #818)",
    ),
    (26, 19, 5, "member-api-prd", "minor", "restart", "Pod member-api-prd-6b7c9 restarted (OOMKilled)"),
    (26, 21, 40, "edge-alb-prd", "warning", "threshold_breach", "request_rate above 2,000/s (evening peak)"),
    (
        27,
        0,
        5,
        "promo-engine-prd",
        "info",
        "config_change",
        "Config changed: blackfriday.discount 20% -> 30%",
    ),
    (27, 2, 0, "OMS-DB-PRIMARY", "info", "backup", "Nightly xtrabackup completed (215 GB)"),
    (27, 3, 30, "INV-DB-PRIMARY", "info", "backup", "Nightly xtrabackup completed (41 GB)"),
    (27, 6, 45, "kafka-prd-02", "warning", "threshold_breach", "disk_usage above 80% on /data/kafka"),
    (
        27,
        11,
        50,
        "catalog-api-prd",
        "minor",
        "restart",
        "Pod catalog-api-prd-5f1d2 restarted (liveness probe failed)",
    ),
    (
        27,
        12,
        35,
        "HU-POS-01",
        "warning",
        "connection_refused",
        "Store link flapped: POS sync refused 3 times",
    ),
    (27, 13, 10, "price-svc-prd", "info", "deployment", "Deployed price-svc-prd 7.2.0 (argo rollout #824)"),
    (27, 14, 40, "kafka-prd-02", "major", "threshold_breach", "disk_usage above 90% on /data/kafka"),
]
INCIDENT_EVENTS = [
    # R1 decoys and evidence
    (27, 9, 12, "cart-api-prd", "info", "deployment", "Deployed cart-api-prd 9.4.0 (argo rollout #821)"),
    (
        27,
        9,
        18,
        "INV-DB-PRIMARY",
        "info",
        "batch_job",
        "Batch job STOCK_RECOUNT started (manual, by fulfilment)",
    ),
    (27, 9, 24, "INV-DB-PRIMARY", "major", "connection_pool", "Too many connections: 1,500/1,500 in use"),
    (27, 9, 26, "stock-cache-prd", "info", "config_change", "Config changed: ttl 300s -> 120s"),
    (
        27,
        9,
        28,
        "jaego-svc-prd",
        "major",
        "timeout",
        "Timeouts calling INV-DB-PRIMARY (HikariPool connection not available)",
    ),
    (27, 9, 35, "INV-DB-PRIMARY", "critical", "threshold_breach", "response_time_ms above 80 ms for 10 min"),
    (27, 9, 37, "jumun-api-prd", "major", "timeout", "Timeouts calling jaego-svc-prd"),
    (27, 9, 39, "pos-sync-prd", "major", "timeout", "Timeouts calling jaego-svc-prd"),
    (27, 9, 46, "cart-api-prd", "warning", "threshold_breach", "response_time_ms above 900 ms for 5 min"),
    (27, 9, 52, "storefront-web-prd", "warning", "threshold_breach", "error_rate above 2% for 5 min"),
    (
        27,
        10,
        5,
        "jaego-svc-prd",
        "minor",
        "restart",
        "Pod jaego-svc-prd-7c4e1 restarted (liveness probe failed)",
    ),
    (
        27,
        10,
        40,
        "INV-DB-PRIMARY",
        "info",
        "recovery",
        "Connections back to normal after STOCK_RECOUNT was stopped",
    ),
    # R2
    (26, 22, 20, "mq-icn-01", "warning", "threshold_breach", "memory_usage above 85% (rabbitmq vm_memory)"),
    (
        26,
        22,
        42,
        "wms-mq-prd",
        "critical",
        "queue_backlog",
        "Queue wms.outbound depth 480k: memory alarm, publishers blocked",
    ),
    (26, 22, 45, "wms-bridge-prd", "major", "timeout", "Timeouts calling wms-mq-prd (publish confirm)"),
    (
        26,
        22,
        48,
        "baesong-tracker-prd",
        "major",
        "consumer_lag",
        "Consumer on wms-mq-prd stalled: 92k unacked",
    ),
    (
        26,
        23,
        0,
        "carrier-adapter-prd",
        "info",
        "deployment",
        "Deployed carrier-adapter-prd 1.9.0 (argo rollout #820)",
    ),
    (
        26,
        23,
        20,
        "wms-mq-prd",
        "info",
        "config_change",
        "Config changed: vm_memory_high_watermark 0.4 -> 0.6",
    ),
    (26, 23, 50, "wms-mq-prd", "info", "recovery", "Queue drained, memory alarm cleared"),
    # R3 (ongoing)
    (
        27,
        15,
        22,
        "pay-api-prd",
        "major",
        "upstream_error",
        "PG gateway returned HTTP 503 for 38% of approvals",
    ),
    (27, 15, 27, "gyeolje-gw-prd", "major", "timeout", "Timeouts calling pay-api-prd"),
    (27, 15, 31, "pay-api-prd", "critical", "threshold_breach", "error_rate above 5% for 10 min"),
]


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "retail", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()
