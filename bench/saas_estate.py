"""Generate the saas-cloud estate (tests/fixtures/saas-cloud/, interchange format) and its faults file.

A cloud-native B2B SaaS company on AWS/EKS: a multi-tenant API, auth/SSO, billing and subscriptions, search
(OpenSearch), notifications and a data pipeline (MSK Kafka → Flink/Spark jobs) over Aurora, ElastiCache
Redis and S3, in two regions (ap-northeast-2, us-west-2) and three environments. Named unlike telco-mid,
retail-kr and bank-fin: region/env-prefixed hosts (`apne2-prd-eks-ng-general-03`), managed-service
prefixes (`aurora-pg-billing-prd`, `ec-redis-sessions`, `msk-events-prd`, `s3-tenant-exports`,
`alb-public-apne2`) and a few generic words as CI names (`api`, `auth`, `search`). Three injected incidents:
an Aurora MySQL failover on `aurora-mysql-identity-prd` this morning (deep chain: identity db → sso-gateway
→ auth → tenant-api/api/admin-console → export-svc/webhook-relay), a broker disk filling up on
`msk-events-prd` last night (producers and consumers of the event bus time out), and an eviction storm on
`ec-redis-search-cache` right now (search failing, tenant-api slow). Deterministic (seeded); the golden
questions (bench/saas_golden.py) are computed from the files this writes.

    .venv/bin/python bench/saas_estate.py   # rewrites tests/fixtures/saas-cloud*
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
    host_gauges,
    incident_hits,
    kst_utc_clock,
    level_by_kind,
    progress,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "saas-cloud"
NOW = datetime(2026, 12, 3, 2, 30, tzinfo=UTC)  # 11:30 KST
START = NOW - timedelta(hours=48)
SEED = 20261203
REGIONS = {"apne2": "ap-northeast-2", "usw2": "us-west-2"}
ENVS = {"prd": "prod", "stg": "staging", "dev": "dev"}


kst = kst_utc_clock("2026-12")


def ng(pool: str, n: int, region: str = "apne2", env: str = "prd") -> str:
    """An EKS node of a node group: `apne2-prd-eks-ng-general-03`."""
    return f"{region}-{env}-eks-ng-{pool}-{n:02d}"


def inst(kind: str, n: int, region: str = "apne2", env: str = "prd") -> str:
    """A managed-service instance: `apne2-prd-aurora-identity-01`, `apne2-prd-msk-b02`."""
    return f"{region}-{env}-{kind}-{n:02d}"


G = ng
# name: (type, owner, region, env, hosts, depends_on)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str]]] = {
    "api": (
        "service",
        "platform-edge",
        "apne2",
        "prd",
        [G("general", 1), G("general", 2)],
        ["auth", "tenant-api", "ec-redis-ratelimit"],
    ),
    "auth": ("service", "identity", "apne2", "prd", [G("general", 3)], ["sso-gateway", "ec-redis-sessions"]),
    "sso-gateway": ("service", "identity", "apne2", "prd", [G("general", 3)], ["aurora-mysql-identity-prd"]),
    "tenant-api": (
        "service",
        "core-platform",
        "apne2",
        "prd",
        [G("general", 1), G("general", 2), G("general", 4)],
        ["auth", "aurora-pg-tenant-prd", "search", "billing-api"],
    ),
    "admin-console": ("service", "core-platform", "apne2", "prd", [G("general", 4)], ["auth", "tenant-api"]),
    "export-svc": (
        "service",
        "core-platform",
        "apne2",
        "prd",
        [G("general", 5)],
        ["tenant-api", "s3-tenant-exports"],
    ),
    "webhook-relay": (
        "service",
        "integrations",
        "apne2",
        "prd",
        [G("general", 5)],
        ["tenant-api", "sqs-notif-prd"],
    ),
    "billing-api": (
        "service",
        "billing",
        "apne2",
        "prd",
        [G("general", 2)],
        ["aurora-pg-billing-prd", "subscription-svc"],
    ),
    "subscription-svc": (
        "service",
        "billing",
        "apne2",
        "prd",
        [G("general", 4)],
        ["aurora-pg-billing-prd", "msk-events-prd"],
    ),
    "billing-worker": (
        "service",
        "billing",
        "apne2",
        "prd",
        [G("general", 5)],
        ["aurora-pg-billing-prd", "msk-events-prd", "notif-dispatcher"],
    ),
    "search": (
        "service",
        "search-team",
        "apne2",
        "prd",
        [G("memory", 1), G("memory", 2)],
        ["opensearch-tenant-prd", "ec-redis-search-cache"],
    ),
    "search-indexer": (
        "service",
        "search-team",
        "apne2",
        "prd",
        [G("memory", 2)],
        ["msk-events-prd", "opensearch-tenant-prd"],
    ),
    "notif-dispatcher": ("service", "messaging", "apne2", "prd", [G("general", 6)], ["sqs-notif-prd"]),
    "event-ingest": ("service", "data-platform", "apne2", "prd", [G("data", 1)], ["msk-events-prd"]),
    "flink-usage-agg": (
        "service",
        "data-platform",
        "apne2",
        "prd",
        [G("data", 1), G("data", 2)],
        ["msk-events-prd", "aurora-pg-billing-prd"],
    ),
    "spark-etl-nightly": (
        "service",
        "data-platform",
        "apne2",
        "prd",
        [G("data", 2)],
        ["s3-datalake-raw", "aurora-pg-tenant-prd"],
    ),
    "aurora-pg-billing-prd": (
        "database",
        "dba-cloud",
        "apne2",
        "prd",
        [inst("aurora-billing", 1), inst("aurora-billing", 2)],
        [],
    ),
    "aurora-pg-tenant-prd": (
        "database",
        "dba-cloud",
        "apne2",
        "prd",
        [inst("aurora-tenant", 1), inst("aurora-tenant", 2)],
        [],
    ),
    "aurora-mysql-identity-prd": (
        "database",
        "identity",
        "apne2",
        "prd",
        [inst("aurora-identity", 1), inst("aurora-identity", 2)],
        [],
    ),
    "opensearch-tenant-prd": (
        "database",
        "search-team",
        "apne2",
        "prd",
        [inst("os-data", 1), inst("os-data", 2), inst("os-data", 3)],
        [],
    ),
    "ec-redis-sessions": ("cache", "identity", "apne2", "prd", [inst("ec-redis", 1)], []),
    "ec-redis-ratelimit": ("cache", "platform-edge", "apne2", "prd", [inst("ec-redis", 2)], []),
    "ec-redis-search-cache": ("cache", "search-team", "apne2", "prd", [inst("ec-redis", 3)], []),
    "msk-events-prd": (
        "queue",
        "data-platform",
        "apne2",
        "prd",
        [inst("msk-b", 1), inst("msk-b", 2), inst("msk-b", 3)],
        [],
    ),
    "sqs-notif-prd": ("queue", "messaging", "apne2", "prd", [], []),
    # us-west-2 prod (the US tenants' cell)
    "api-usw2": (
        "service",
        "platform-edge",
        "usw2",
        "prd",
        [G("general", 1, "usw2"), G("general", 2, "usw2")],
        ["auth-usw2", "tenant-api-usw2"],
    ),
    "auth-usw2": (
        "service",
        "identity",
        "usw2",
        "prd",
        [G("general", 2, "usw2")],
        ["ec-redis-sessions-usw2", "sso-gateway"],
    ),
    "tenant-api-usw2": (
        "service",
        "core-platform",
        "usw2",
        "prd",
        [G("general", 1, "usw2")],
        ["auth-usw2", "aurora-pg-tenant-usw2"],
    ),
    "aurora-pg-tenant-usw2": (
        "database",
        "dba-cloud",
        "usw2",
        "prd",
        [inst("aurora-tenant", 1, "usw2")],
        [],
    ),
    "ec-redis-sessions-usw2": ("cache", "identity", "usw2", "prd", [inst("ec-redis", 1, "usw2")], []),
    # staging and dev
    "tenant-api-stg": (
        "service",
        "core-platform",
        "apne2",
        "stg",
        [G("general", 1, env="stg")],
        ["auth-stg", "aurora-pg-tenant-stg"],
    ),
    "auth-stg": ("service", "identity", "apne2", "stg", [G("general", 1, env="stg")], []),
    "billing-api-stg": (
        "service",
        "billing",
        "apne2",
        "stg",
        [G("general", 2, env="stg")],
        ["aurora-pg-billing-stg"],
    ),
    "aurora-pg-tenant-stg": (
        "database",
        "dba-cloud",
        "apne2",
        "stg",
        [inst("aurora-tenant", 1, env="stg")],
        [],
    ),
    "aurora-pg-billing-stg": (
        "database",
        "dba-cloud",
        "apne2",
        "stg",
        [inst("aurora-billing", 1, env="stg")],
        [],
    ),
    "msk-events-stg": ("queue", "data-platform", "apne2", "stg", [inst("msk-b", 1, env="stg")], []),
    "tenant-api-dev": ("service", "core-platform", "apne2", "dev", [G("general", 1, env="dev")], []),
    "search-dev": ("service", "search-team", "apne2", "dev", [G("general", 1, env="dev")], []),
}
LOAD_BALANCERS = {
    "alb-public-apne2": ("apne2", ["api", "admin-console", "sso-gateway"]),
    "nlb-internal-apne2": ("apne2", ["tenant-api", "billing-api", "search"]),
    "alb-public-usw2": ("usw2", ["api-usw2"]),
    "alb-stg-apne2": ("apne2", ["tenant-api-stg"]),
}
STORAGE = {
    "s3-tenant-exports": (
        "apne2",
        "prd",
        {"bucket": "acme-tenant-exports-apne2", "storage_class": "STANDARD"},
    ),
    "s3-datalake-raw": (
        "apne2",
        "prd",
        {"bucket": "acme-datalake-raw-apne2", "storage_class": "INTELLIGENT_TIERING"},
    ),
    "s3-backups-usw2": ("usw2", "prd", {"bucket": "acme-backups-usw2", "storage_class": "GLACIER_IR"}),
    "ebs-os-snapshots": ("apne2", "prd", {"bucket": "-", "storage_class": "EBS_SNAPSHOT"}),
}
# hosts attached to storage (CONNECTS_TO), like a node writing its backups there
STORAGE_LINKS = {
    "s3-backups-usw2": [inst("aurora-tenant", 1, "usw2")],
    "ebs-os-snapshots": [inst("os-data", n) for n in (1, 2, 3)],
}
EXTRA_HOSTS = [
    G("general", 7),
    G("general", 8),
    G("memory", 3),
    G("general", 3, "usw2"),
    "apne2-prd-bastion-01",
]
STATUS = {
    G("general", 7): "maintenance",  # cordoned and drained for an AMI upgrade
    G("memory", 3): "retired",
    G("general", 3, "usw2"): "maintenance",
    "spark-etl-nightly": "active",
    "search-dev": "maintenance",
    "auth-stg": "maintenance",
    "ebs-os-snapshots": "retired",
}
TIER = {
    "api": "tier-0",
    "auth": "tier-0",
    "sso-gateway": "tier-0",
    "tenant-api": "tier-0",
    "billing-api": "tier-1",
    "search": "tier-1",
    "subscription-svc": "tier-1",
    "api-usw2": "tier-0",
    "auth-usw2": "tier-0",
}
LANG = ["go", "kotlin", "typescript", "python", "rust"]
ENGINE = {
    "aurora-pg": ("aurora-postgresql-15.4", 5432),
    "aurora-mysql": ("aurora-mysql-3.05", 3306),
    "opensearch": ("opensearch-2.11", 9200),
}
INSTANCE_TYPE = {
    "general": ["m6i.2xlarge", "m6i.4xlarge", "m7g.2xlarge"],
    "memory": ["r6i.4xlarge", "r7g.4xlarge"],
    "data": ["c6i.4xlarge", "c7g.4xlarge"],
    "aurora": ["db.r6g.2xlarge", "db.r6g.4xlarge"],
    "ec-redis": ["cache.r6g.xlarge", "cache.r6g.2xlarge"],
    "msk-b": ["kafka.m5.2xlarge"],
    "os-data": ["r6g.2xlarge.search"],
    "bastion": ["t3.medium"],
}

INCIDENTS = [
    {
        "id": "F1",
        "kind": "db_failover",
        "root": "aurora-mysql-identity-prd",
        "description": "an unplanned Aurora MySQL failover on aurora-mysql-identity-prd (writer reboot): sso-gateway"
        " loses its connections, auth token checks time out, every API behind auth slows and fails",
        "start": kst(3, 8, 40),
        "end": kst(3, 9, 35),
        "hops": {
            "aurora-mysql-identity-prd": 0,
            "sso-gateway": 1,
            "auth": 2,
            "auth-usw2": 2,
            "tenant-api": 3,
            "api": 3,
            "admin-console": 3,
            "export-svc": 4,
            "webhook-relay": 4,
        },
    },
    {
        "id": "F2",
        "kind": "broker_disk_full",
        "root": "msk-events-prd",
        "description": "a broker of msk-events-prd runs out of log disk: partitions go under-replicated, produce"
        " requests time out, consumers lag",
        "start": kst(2, 23, 10),
        "end": kst(2, 23, 55),
        "hops": {
            "msk-events-prd": 0,
            "event-ingest": 1,
            "subscription-svc": 1,
            "billing-worker": 1,
            "search-indexer": 1,
            "flink-usage-agg": 1,
            "billing-api": 2,
        },
    },
    {
        "id": "F3",
        "kind": "cache_eviction_storm",
        "root": "ec-redis-search-cache",
        "description": "ec-redis-search-cache hits maxmemory after a key-TTL change: eviction storm, search falls"
        " back to OpenSearch and times out, tenant-api slows (ongoing)",
        "start": kst(3, 10, 55),
        "end": None,
        "hops": {"ec-redis-search-cache": 0, "search": 1, "tenant-api": 2},
    },
]


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    hosts: dict[str, str] = {}
    for name, (kind, owner, region, env, on, deps) in SERVICES.items():
        attrs: dict = {"version": f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"}
        if kind == "service":
            attrs |= {
                "language": rng.choice(LANG),
                "port": rng.choice([8080, 8443, 3000, 9090]),
                "replicas": rng.choice([2, 3, 4, 6, 12]),
                "tier": TIER.get(name, "tier-2"),
                "namespace": name.split("-")[0] if not name.startswith(("flink", "spark")) else "data-jobs",
            }
        elif kind == "database":
            key = (
                "opensearch"
                if name.startswith("opensearch")
                else "aurora-mysql"
                if "mysql" in name
                else "aurora-pg"
            )
            engine, port = ENGINE[key]
            attrs |= {"engine": engine, "port": port, "multi_az": env == "prd"}
        elif kind == "cache":
            attrs |= {
                "engine": "redis-7.1",
                "port": 6379,
                "maxmemory_gb": rng.choice([13, 26, 52]),
                "cluster_mode": rng.choice([True, False]),
            }
        else:
            if name.startswith("msk"):
                attrs |= {"engine": "kafka-3.6", "port": 9098, "partitions": rng.choice([96, 192, 384])}
            else:
                attrs |= {"engine": "sqs", "fifo": False, "visibility_timeout_s": 60}
        cis.append(
            ci_record(name, kind, ENVS[env], owner, REGIONS[region], attrs, STATUS.get(name, "active"))
        )
        rels += service_relations(name, deps, on)
        for h in on:
            hosts[h] = ENVS[env]
    for lb, (region, targets) in LOAD_BALANCERS.items():
        env = "staging" if "-stg-" in lb else "prod"
        attrs = {
            "kind": "application" if lb.startswith("alb") else "network",
            "scheme": "internal" if "internal" in lb else "internet-facing",
            "dns": f"{lb}-{rng.randint(100000, 999999)}.{REGIONS[region]}.elb.amazonaws.com",
        }
        cis.append(ci_record(lb, "load_balancer", env, "platform-edge", REGIONS[region], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (region, env, attrs) in STORAGE.items():
        cis.append(
            ci_record(
                st, "storage", ENVS[env], "cloud-infra", REGIONS[region], attrs, STATUS.get(st, "active")
            )
        )
        rels += [(h, st, "CONNECTS_TO") for h in STORAGE_LINKS.get(st, [])]
    for h in EXTRA_HOSTS:
        hosts.setdefault(h, "prod")
    for i, (h, env) in enumerate(sorted(hosts.items())):
        region = h.split("-")[0]
        pool = next(p for p in INSTANCE_TYPE if f"-{p}-" in h or h.rsplit("-", 1)[0].endswith(p))
        net = {"apne2": 10, "usw2": 20}[region] + {"prod": 0, "staging": 1, "dev": 2}[env]
        attrs = {
            "ip": f"10.{net}.{32 + i // 40}.{11 + i % 40 * 5}",
            "instance_type": rng.choice(INSTANCE_TYPE[pool]),
            "az": f"{REGIONS[region]}{'abc'[rng.randint(0, 2)]}",
            "vcpu": rng.choice([4, 8, 16, 32]),
            "memory_gb": rng.choice([16, 32, 64, 128]),
        }
        if "-eks-ng-" in h:
            attrs |= {
                "node_group": h.split("-eks-ng-")[1].rsplit("-", 1)[0],
                "kubelet": "v1.29.6-eks",
                "ami": f"ami-0{rng.randint(10**9, 10**10 - 1):x}",
            }
        else:
            attrs |= {"os": rng.choice(["amazon-linux-2023", "managed"])}
        cis.append(ci_record(h, "host", env, "cloud-infra", REGIONS[region], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), rels


def _daily(ts: datetime) -> float:
    """B2B SaaS load: business hours in Korea (and a US bump in the KST night), 0..1."""
    hour = seoul_hour(ts)
    kr = 0.5 - 0.5 * math.cos(2 * math.pi * (hour - 4) / 24)
    return min(1.0, kr + 0.25 * max(0.0, math.cos(2 * math.pi * (hour - 1) / 24)))


ROOT_HOSTS = {h: inc for inc in INCIDENTS for h in SERVICES[inc["root"]][4]}  # the hosts of each root
SPILL = G("data", 2)  # Spark shuffle spill filling the data node's disk since the nightly ETL
HOST = HostBaseline(cpu=(0.6, 0.8, 1.5), memory=(6, 0.7), disk_noise=0.15)
SERVICE = ServiceBaseline(response=(0.85, 0.35, 0.06), requests=(0.25, 0.95), memory=(15, 0.6))
EFFECT = {  # on response time and error rate, at the root and beyond
    "F1": Fade(response=(9.0, 4.0), errors=(14.0, 6.0), fade=0.5),
    "F2": Fade(response=(7.0, 2.5), errors=(8.0, 3.2)),
    "F3": Fade(response=(6.0, 5.0), errors=(3.0, 9.0), fade=1),
}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    levels = rng.uniform(8, 40), rng.uniform(30, 68), rng.uniform(18, 62)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, _daily, levels, rng.uniform(0, 1.0)):
        inc = ROOT_HOSTS.get(name)
        if inc and inc["id"] == "F1":
            cpu += (88 - cpu) * ramp(ts, inc["start"], inc["end"]) + rng.gauss(0, 0.8)
        if inc and inc["id"] == "F2" and name == inst("msk-b", 2):
            pre = inc["start"] - timedelta(minutes=40)
            disk = max(disk, disk + (97.5 - disk) * ramp(ts, pre, inc["end"], rise=40, fall=30))
        if inc and inc["id"] == "F3":
            mem += (97 - mem) * ramp(ts, inc["start"], None) + rng.gauss(0, 0.3)
        if name == SPILL:
            disk = 71.0 + 22.5 * max(0.0, progress(ts, kst(3, 2, 0), NOW))
            disk += rng.gauss(0, 0.1)
        rows += host_gauges(ts, name, cpu, mem, disk)
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    return storage_fill(rng, ci["name"], times, START, (35, 70), 0.3)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = level_by_kind(rng, kind, (3, 18), (0.4, 1.8), (4, 14), (8, 35), other=(30, 220))
    levels = rt0, rng.uniform(0.02, 0.6), rng.uniform(30, 1500), rng.uniform(35, 62)
    for ts, _, rt, err, req, mem in SERVICE.walk(rng, times, _daily, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            rt, err = EFFECT[inc["id"]].apply(hop, r, rt, err)
            if inc["id"] == "F3" and hop == 0:  # the cache itself fills up
                mem += (98.0 - mem) * r
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0), request_rate=req)
        if kind == "cache":
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
    return rows


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (1, 13, 5, "tenant-api", "info", "deployment", "Deployed tenant-api v4.12.0 (argo-rollouts canary 100%)"),
    (1, 14, 20, G("general", 4), "info", "autoscaling", "Karpenter scaled node group general 6 -> 8 nodes"),
    (1, 16, 40, "notif-dispatcher", "warning", "error", "SES throttling: 312 emails deferred (MaxSendRate)"),
    (
        1,
        18,
        0,
        G("memory", 3),
        "info",
        "maintenance",
        "Node terminated and removed from the cluster (retired)",
    ),
    (
        1,
        19,
        30,
        "search-dev",
        "info",
        "maintenance",
        "Namespace scaled to zero for the reindex test (maintenance)",
    ),
    (1, 21, 10, "admin-console", "minor", "restart", "Pod admin-console-7d9f4c-xk2lp restarted (OOMKilled)"),
    (2, 1, 0, "spark-etl-nightly", "info", "batch_job", "Spark job etl-tenant-daily finished in 52 min"),
    (
        2,
        3,
        0,
        "aurora-pg-billing-prd",
        "info",
        "backup",
        "Automated snapshot rds:aurora-pg-billing-prd completed",
    ),
    (2, 9, 15, "billing-api", "info", "deployment", "Deployed billing-api v2.8.3 by argocd"),
    (2, 10, 5, "api", "warning", "threshold_breach", "5xx rate above 1% for 5 min (recovered)"),
    (
        2,
        11,
        30,
        G("general", 7),
        "info",
        "maintenance",
        "Node cordoned and drained for AMI upgrade (CHG-4471)",
    ),
    (2, 13, 45, "webhook-relay", "minor", "error", "Webhook deliveries failing for tenant t-8812 (HTTP 410)"),
    (
        2,
        14,
        0,
        "auth-stg",
        "info",
        "maintenance",
        "Scaled down for the IdP migration rehearsal (maintenance)",
    ),
    (2, 15, 20, "search", "info", "config_change", "Config changed: query cache TTL 300s -> 600s"),
    (2, 16, 10, "ec-redis-ratelimit", "info", "scaling", "ElastiCache shard added (2 -> 3 shards)"),
    (2, 17, 30, "api-usw2", "info", "deployment", "Deployed api-usw2 v7.3.1 by argocd"),
    (2, 19, 50, G("general", 5), "warning", "threshold_breach", "kubelet: memory pressure, 3 pods evicted"),
    (
        2,
        21,
        0,
        "export-svc",
        "info",
        "batch_job",
        "Tenant export run finished (1,482 archives to s3-tenant-exports)",
    ),
    (3, 1, 5, "spark-etl-nightly", "info", "batch_job", "Spark job etl-tenant-daily finished in 67 min"),
    (
        3,
        2,
        20,
        G("data", 2),
        "warning",
        "threshold_breach",
        "disk_usage above 75% on /var/lib/spark (shuffle spill)",
    ),
    (
        3,
        3,
        0,
        "aurora-pg-billing-prd",
        "info",
        "backup",
        "Automated snapshot rds:aurora-pg-billing-prd completed",
    ),
    (3, 7, 30, "admin-console", "info", "deployment", "Deployed admin-console v3.1.0 by argocd"),
    (
        3,
        8,
        0,
        G("data", 2),
        "major",
        "threshold_breach",
        "disk_usage above 85% on /var/lib/spark (shuffle spill)",
    ),
    (3, 10, 15, "tenant-api-stg", "info", "deployment", "Deployed tenant-api-stg v4.13.0-rc.2 by argocd"),
    (3, 10, 40, "apne2-prd-bastion-01", "info", "login", "SSM session opened by sre-lee (ticket OPS-2231)"),
]
INCIDENT_EVENTS = [
    # F1 (this morning)
    (3, 8, 30, "sso-gateway", "info", "deployment", "Deployed sso-gateway v5.2.1 by argocd"),
    (
        3,
        8,
        40,
        "aurora-mysql-identity-prd",
        "critical",
        "failover",
        "Aurora failover started: writer instance apne2-prd-aurora-identity-01 rebooted",
    ),
    (
        3,
        8,
        43,
        "sso-gateway",
        "major",
        "connection_refused",
        "connection refused to aurora-mysql-identity-prd:3306",
    ),
    (3, 8, 47, "auth", "major", "timeout", "timeout calling sso-gateway (token introspection, 5000 ms)"),
    (
        3,
        8,
        50,
        "aurora-mysql-identity-prd",
        "critical",
        "threshold_breach",
        "response_time_ms above 100 ms for 10 min",
    ),
    (3, 8, 54, "tenant-api", "major", "timeout", "timeout calling auth (401 fallback engaged)"),
    (3, 8, 55, "api", "major", "threshold_breach", "5xx rate above 5% for 5 min"),
    (3, 8, 58, "admin-console", "minor", "error", "Login failures: 1,204 in 5 min"),
    (3, 9, 3, "webhook-relay", "warning", "timeout", "timeout calling tenant-api (retries queued)"),
    (3, 9, 5, "auth-usw2", "warning", "timeout", "timeout calling sso-gateway (cross-region)"),
    (
        3,
        9,
        36,
        "aurora-mysql-identity-prd",
        "info",
        "recovery",
        "Failover complete, new writer apne2-prd-aurora-identity-02",
    ),
    # F2 (last night)
    (2, 22, 50, inst("msk-b", 2), "warning", "threshold_breach", "disk_usage above 85% on /kafka/data"),
    (
        2,
        23,
        12,
        "msk-events-prd",
        "critical",
        "broker_down",
        "Broker 2 out of disk: 148 partitions under-replicated",
    ),
    (2, 23, 17, "event-ingest", "major", "timeout", "timeout calling msk-events-prd (produce, acks=all)"),
    (2, 23, 18, "billing-worker", "major", "timeout", "timeout calling msk-events-prd (consumer lag 412k)"),
    (2, 23, 20, "subscription-svc", "major", "error", "NotEnoughReplicasException from msk-events-prd"),
    (2, 23, 22, "flink-usage-agg", "major", "restart", "Flink job usage-agg restarted from checkpoint 8812"),
    (2, 23, 35, "msk-events-prd", "info", "config_change", "Config changed: log.retention.hours 168 -> 72"),
    (2, 23, 58, "msk-events-prd", "info", "recovery", "All partitions back in sync, consumer lag draining"),
    # F3 (now)
    (
        3,
        10,
        50,
        "ec-redis-search-cache",
        "info",
        "config_change",
        "Config changed: search result TTL 10m -> 24h",
    ),
    (
        3,
        10,
        58,
        "ec-redis-search-cache",
        "major",
        "eviction",
        "Evicted 2.4M keys in 60 s (maxmemory reached)",
    ),
    (
        3,
        11,
        5,
        "search",
        "major",
        "timeout",
        "timeout calling ec-redis-search-cache, falling back to OpenSearch",
    ),
    (3, 11, 10, "ec-redis-search-cache", "critical", "threshold_breach", "memory_usage above 95% for 10 min"),
    (3, 11, 15, "search", "critical", "threshold_breach", "error_rate above 5% for 10 min"),
    (3, 11, 18, "tenant-api", "warning", "threshold_breach", "response_time_ms above 400 ms for 5 min"),
]


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "saas", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()
