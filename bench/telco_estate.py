"""Generate the telco-mid estate (tests/fixtures/telco-mid/, interchange format) and its faults file.

A mobile operator's BSS/OSS across three sites (Seoul, Busan, Daejeon DR) and three environments, with
site-prefixed host names (`sel-ora-n01`), long dependency chains (portal → account → billing → invoice →
rating → database) and three injected incidents: a lock-contention slowdown of `subscriber-db` this
morning, a full Kafka broker disk last night and an SMS gateway failing right now. Deterministic (seeded);
the golden questions (bench/telco_golden.py) are computed from the files this writes.

    .venv/bin/python bench/telco_estate.py   # rewrites tests/fixtures/telco-mid*
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

NAME = "telco-mid"
NOW = datetime(2026, 6, 10, 5, 30, tzinfo=UTC)  # 14:30 KST
START = NOW - timedelta(hours=48)
SEED = 20260610
SITES = {"sel": "seoul-dc1", "pus": "busan-dc2", "dje": "daejeon-dr"}
kst = kst_utc_clock("2026-06")


# name: (type, env, owner, site, status, attributes, hosts, depends_on)
SERVICES: dict[str, tuple[str, str, str, list[str], list[str]]] = {
    # name: (type, owner, site, hosts, depends_on)
    "selfcare-portal": (
        "service",
        "digital-channels",
        "sel",
        ["sel-web-n01", "sel-web-n02"],
        ["account-api", "auth-gw"],
    ),
    "mobile-bff": (
        "service",
        "digital-channels",
        "sel",
        ["sel-web-n03", "pus-web-n01"],
        ["account-api", "auth-gw", "usage-api"],
    ),
    "account-api": (
        "service",
        "bss-billing",
        "sel",
        ["sel-app-n01", "sel-app-n02"],
        ["billing-api", "subscriber-profile", "crm-core"],
    ),
    "usage-api": ("service", "bss-billing", "sel", ["sel-app-n03"], ["rating-svc", "usage-analytics"]),
    "billing-api": (
        "service",
        "bss-billing",
        "sel",
        ["sel-app-n04", "sel-app-n05"],
        ["invoice-svc", "payment-adapter", "balance-cache"],
    ),
    "invoice-svc": ("service", "bss-billing", "sel", ["sel-app-n06"], ["rating-svc", "billing-db"]),
    "rating-svc": (
        "service",
        "bss-billing",
        "sel",
        ["sel-app-n07", "sel-app-n08"],
        ["subscriber-profile", "rating-db", "balance-cache"],
    ),
    "subscriber-profile": (
        "service",
        "identity",
        "sel",
        ["sel-app-n09", "sel-app-n10"],
        ["subscriber-db", "profile-cache"],
    ),
    "auth-gw": (
        "service",
        "identity",
        "sel",
        ["sel-app-n11", "pus-app-n01"],
        ["subscriber-profile", "token-cache"],
    ),
    "crm-core": ("service", "digital-channels", "pus", ["pus-app-n02"], ["crm-db", "subscriber-profile"]),
    "payment-adapter": ("service", "bss-billing", "pus", ["pus-app-n03"], ["billing-db", "event-bus"]),
    "charging-engine": (
        "service",
        "oss-network",
        "sel",
        ["sel-app-n13", "sel-app-n14"],
        ["balance-cache", "rating-db", "subscriber-profile"],
    ),
    "provisioning-orch": (
        "service",
        "oss-network",
        "pus",
        ["pus-app-n04", "pus-app-n05"],
        ["subscriber-db", "hlr-proxy", "provisioning-mq"],
    ),
    "hlr-proxy": ("service", "oss-network", "pus", ["pus-app-n06"], []),
    "number-portability": (
        "service",
        "oss-network",
        "pus",
        ["pus-app-n07"],
        ["subscriber-db", "provisioning-orch"],
    ),
    "cdr-collector": ("service", "data-eng", "sel", ["sel-app-n15"], ["cdr-kafka"]),
    "mediation-svc": ("service", "data-eng", "sel", ["sel-app-n16"], ["cdr-kafka", "rating-svc"]),
    "fraud-detector": ("service", "data-eng", "pus", ["pus-app-n08"], ["cdr-kafka", "subscriber-profile"]),
    "usage-analytics": ("service", "data-eng", "dje", ["dje-app-n01"], ["cdr-warehouse"]),
    "notification-hub": ("service", "digital-channels", "pus", ["pus-app-n09"], ["sms-gateway", "event-bus"]),
    "sms-gateway": ("service", "oss-network", "pus", ["pus-app-n10"], []),
    "subscriber-db": ("database", "platform-sre", "sel", ["sel-ora-n01", "sel-ora-n02"], []),
    "billing-db": ("database", "platform-sre", "sel", ["sel-ora-n03", "sel-ora-n04"], []),
    "rating-db": ("database", "platform-sre", "sel", ["sel-pg-n01"], []),
    "crm-db": ("database", "platform-sre", "pus", ["pus-db-n01", "pus-db-n02"], []),
    "cdr-warehouse": ("database", "data-eng", "dje", ["dje-db-n01"], []),
    "profile-cache": ("cache", "identity", "sel", ["sel-rds-n01"], []),
    "token-cache": ("cache", "identity", "sel", ["sel-rds-n02"], []),
    "balance-cache": ("cache", "bss-billing", "sel", ["sel-rds-n03"], []),
    "cdr-kafka": ("queue", "data-eng", "sel", ["sel-kfk-n01", "sel-kfk-n02", "sel-kfk-n03"], []),
    "event-bus": ("queue", "platform-sre", "pus", ["pus-kfk-n01"], []),
    "provisioning-mq": ("queue", "oss-network", "pus", ["pus-mq-n01"], []),
    # staging and dev copies
    "billing-api-stg": ("service", "bss-billing", "dje", ["dje-stg-n01"], ["billing-db-stg"]),
    "billing-db-stg": ("database", "platform-sre", "dje", ["dje-stg-n02"], []),
    "rating-svc-stg": ("service", "bss-billing", "dje", ["dje-stg-n01"], ["billing-db-stg"]),
    "charging-engine-dev": ("service", "oss-network", "dje", ["dje-dev-n01"], []),
    "selfcare-portal-dev": ("service", "digital-channels", "dje", ["dje-dev-n01"], []),
}
LOAD_BALANCERS = {
    "edge-lb-sel": ("sel", ["selfcare-portal", "mobile-bff"]),
    "edge-lb-pus": ("pus", ["mobile-bff"]),
}
STORAGE = {
    "san-sel-01": ("sel", ["sel-ora-n01", "sel-ora-n02", "sel-ora-n03", "sel-ora-n04", "sel-pg-n01"]),
    "san-pus-01": ("pus", ["pus-db-n01", "pus-db-n02"]),
}
EXTRA_HOSTS = ["sel-app-n12", "pus-app-n11", "dje-app-n02", "dje-app-n03", "sel-bastion-n01"]
STATUS = {
    "pus-app-n11": "maintenance",
    "dje-app-n02": "maintenance",
    "sel-app-n12": "retired",
    "billing-api-stg": "maintenance",
}
LANG = ["java", "go", "kotlin", "python", "node"]
ENGINE = {
    "database": ["oracle-19c", "postgresql-15"],
    "cache": ["redis-7.2"],
    "queue": ["kafka-3.6", "rabbitmq-3.12"],
}  # by host role

INCIDENTS = [
    {
        "id": "F1",
        "kind": "lock_contention",
        "root": "subscriber-db",
        "description": "an ad-hoc batch holds row locks on subscriber-db: queries slow x6 and time out, callers slow down",
        "start": kst(10, 7, 40),
        "end": kst(10, 9, 5),
        "hops": {
            "subscriber-db": 0,
            "subscriber-profile": 1,
            "provisioning-orch": 1,
            "auth-gw": 2,
            "account-api": 2,
            "rating-svc": 2,
            "selfcare-portal": 3,
            "mobile-bff": 3,
        },
    },
    {
        "id": "F2",
        "kind": "broker_disk_full",
        "root": "cdr-kafka",
        "description": "Kafka broker disks fill up: produce latency x10 and errors, CDR pipeline stalls",
        "start": kst(9, 23, 10),
        "end": kst(9, 23, 55),
        "hops": {"cdr-kafka": 0, "cdr-collector": 1, "mediation-svc": 1, "fraud-detector": 1},
    },
    {
        "id": "F3",
        "kind": "smsc_bind_failure",
        "root": "sms-gateway",
        "description": "the SMSC rejects binds: sms-gateway errors climb, notification-hub fails to send (ongoing)",
        "start": kst(10, 13, 55),
        "end": None,
        "hops": {"sms-gateway": 0, "notification-hub": 1},
    },
]


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    hosts: dict[str, str] = {}
    for name, (kind, owner, site, on, deps) in SERVICES.items():
        env = "staging" if name.endswith("-stg") else "dev" if name.endswith("-dev") else "prod"
        attrs: dict = {"version": f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"}
        if kind == "service":
            attrs |= {
                "language": rng.choice(LANG),
                "port": rng.choice([8080, 8443, 9000, 7001]),
                "replicas": rng.choice([2, 3, 4, 6]),
            }
        else:
            engine = ENGINE[kind][0 if "-ora-" in on[0] or "-kfk-" in on[0] else -1]
            attrs |= {"engine": engine, "port": {"database": 1521, "cache": 6379, "queue": 9092}[kind]}
        cis.append(ci_record(name, kind, env, owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
        for h in on:
            hosts[h] = env
    for lb, (site, targets) in LOAD_BALANCERS.items():
        attrs = {"vendor": "f5", "vip": f"172.20.{len(cis)}.10"}
        cis.append(ci_record(lb, "load_balancer", "prod", "platform-sre", SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, attached) in STORAGE.items():
        attrs = {"capacity_tb": rng.choice([120, 240]), "vendor": "netapp"}
        cis.append(ci_record(st, "storage", "prod", "platform-sre", SITES[site], attrs))
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for h in EXTRA_HOSTS:
        hosts.setdefault(h, "prod")
    for i, (h, env) in enumerate(sorted(hosts.items())):
        site = h.split("-")[0]
        net = {"sel": 31, "pus": 32, "dje": 33}[site]
        attrs = {
            "ip": f"10.{net}.{4 + i // 40}.{11 + i % 40}",
            "os": rng.choice(["rhel-8.9", "rhel-9.3", "ubuntu-22.04"]),
            "cpu_cores": rng.choice([8, 16, 32, 64]),
            "memory_gb": rng.choice([32, 64, 128, 256]),
            "rack": f"{site.upper()}-{rng.choice('ABCD')}{rng.randint(1, 20):02d}",
        }
        cis.append(ci_record(h, "host", env, "infra-ops", SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), rels


def _daily(ts: datetime) -> float:
    """Telecom load curve: low at 04:00 KST, peak around 21:00 KST (0..1)."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * (seoul_hour(ts) - 4) / 24) ** 1


ROOT_HOSTS = {h: inc for inc in INCIDENTS for h in SERVICES[inc["root"]][3]}  # the hosts of each root
HOST = HostBaseline(cpu=(0.7, 0.6, 1.6), memory=(4, 0.8), disk_noise=0.15)
SERVICE = ServiceBaseline(response=(0.85, 0.35, 0.06), requests=(0.35, 0.9))
EFFECT = {  # on response time and error rate, at the root and beyond
    "F1": Fade(response=(5.0, 3.0), errors=(6.5, 2.4), fade=1),
    "F2": Fade(response=(9.0, 2.0), errors=(7.0, 1.5)),
    "F3": Fade(response=(1.0, 0.6), errors=(10.5, 4.2)),
}
CDR_COLLECTOR_F2 = Fade(response=(9.0, 2.0), errors=(7.0, 14.0))  # the Kafka consumer fails harder


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    levels = rng.uniform(8, 40), rng.uniform(30, 72), rng.uniform(18, 68)
    growth = 7.5 if name == "pus-db-n02" else rng.uniform(0, 1.5)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, _daily, levels, growth):
        if name == "pus-db-n02":
            disk = (
                80.5
                + 13 * max(0.0, (ts - (NOW - timedelta(hours=8))).total_seconds() / 28800)
                + rng.gauss(0, 0.1)
            )
        inc = ROOT_HOSTS.get(name)
        if inc and inc["id"] == "F1":
            cpu += (94 - cpu) * ramp(ts, inc["start"], inc["end"]) + rng.gauss(0, 0.8)
        if inc and inc["id"] == "F2":
            pre = inc["start"] - timedelta(minutes=40)
            disk = max(disk, disk + (97.5 - disk) * ramp(ts, pre, inc["end"], rise=40, fall=20))
        rows += samples(ts, name, cpu_usage=min(cpu, 99.5), memory_usage=mem, disk_usage=min(disk, 99.0))
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    return storage_fill(rng, ci["name"], times, START, (55, 75), 0.3)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = level_by_kind(rng, kind, (6, 25), (0.8, 3), (3, 12), (20, 60), other=(35, 260))
    levels = rt0, rng.uniform(0.05, 0.9), rng.uniform(15, 420), None
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, _daily, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            effect = CDR_COLLECTOR_F2 if (inc["id"], name) == ("F2", "cdr-collector") else EFFECT[inc["id"]]
            rt, err = effect.apply(hop, r, rt, err)
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0), request_rate=req)
        if kind == "cache":
            rows.append((ts, name, "memory_usage", 48 + 20 * d + rng.gauss(0, 0.7)))
    return rows


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (
        8,
        15,
        2,
        "billing-api",
        "info",
        "deployment",
        "Deployed billing-api v7.12.0 (pipeline #5512) by spinnaker",
    ),
    (8, 16, 40, "sel-app-n12", "info", "maintenance", "Host decommissioned (change CR-20731)"),
    (8, 18, 5, "rating-db", "info", "backup", "Nightly logical backup completed (41 GB)"),
    (8, 21, 33, "mobile-bff", "minor", "restart", "Pod mobile-bff-7d9f4 restarted (OOMKilled)"),
    (9, 1, 10, "pus-app-n11", "info", "maintenance", "Entered maintenance mode (change CR-20744)"),
    (9, 2, 0, "billing-db", "info", "backup", "RMAN incremental backup completed"),
    (9, 3, 12, "crm-core", "info", "config_change", "Config changed: pool.max 40 -> 60"),
    (
        9,
        9,
        48,
        "charging-engine",
        "info",
        "deployment",
        "Deployed charging-engine v3.4.1 (pipeline #5530) by spinnaker",
    ),
    (9, 11, 20, "hlr-proxy", "warning", "threshold_breach", "response_time_ms above 250 ms for 5 min"),
    (
        9,
        13,
        5,
        "edge-lb-pus",
        "minor",
        "connection_refused",
        "Backend mobile-bff refused 12 connections (recovered)",
    ),
    (9, 15, 30, "dje-app-n02", "info", "maintenance", "Entered maintenance mode (change CR-20751)"),
    (
        9,
        17,
        45,
        "payment-adapter",
        "info",
        "deployment",
        "Deployed payment-adapter v2.8.3 (pipeline #5541) by spinnaker",
    ),
    (9, 19, 0, "account-api", "minor", "restart", "Pod account-api-5c2e1 restarted (liveness probe failed)"),
    (9, 20, 55, "usage-api", "warning", "threshold_breach", "response_time_ms above 400 ms for 5 min"),
    (9, 22, 30, "subscriber-db", "info", "backup", "RMAN archive-log backup completed"),
    (10, 2, 0, "rating-db", "info", "backup", "Nightly logical backup completed (42 GB)"),
    (10, 3, 40, "provisioning-orch", "info", "config_change", "Config changed: hlr.timeout 3s -> 5s"),
    (
        10,
        6,
        10,
        "selfcare-portal",
        "info",
        "deployment",
        "Deployed selfcare-portal v5.2.0 (pipeline #5566) by spinnaker",
    ),
    (
        10,
        10,
        15,
        "invoice-svc",
        "info",
        "deployment",
        "Deployed invoice-svc v2.19.4 (pipeline #5570) by spinnaker",
    ),
    (10, 11, 2, "billing-api-stg", "info", "maintenance", "Entered maintenance mode (change CR-20760)"),
    (10, 12, 30, "pus-db-n02", "warning", "threshold_breach", "disk_usage above 85% on /u02"),
    (10, 13, 20, "usage-analytics", "info", "config_change", "Config changed: batch.window 15m -> 10m"),
    (10, 14, 5, "pus-db-n02", "major", "threshold_breach", "disk_usage above 90% on /u02 (archive logs)"),
]
INCIDENT_EVENTS = [
    # F1 decoys and evidence
    (
        10,
        7,
        31,
        "usage-analytics",
        "info",
        "deployment",
        "Deployed usage-analytics v1.40.0 (pipeline #5568) by spinnaker",
    ),
    (
        10,
        7,
        43,
        "subscriber-db",
        "major",
        "slow_query",
        "Slow queries: avg 2.7 s, lock waits on SUBSCRIBER_PROFILE",
    ),
    (10, 7, 41, "subscriber-db", "info", "batch_job", "Batch job SUB_RECALC started (ad hoc, by dba-oncall)"),
    (10, 7, 50, "subscriber-profile", "major", "timeout", "Timeouts calling subscriber-db (pool exhausted)"),
    (10, 7, 52, "auth-gw", "info", "config_change", "Config changed: token.ttl 900s -> 1200s"),
    (10, 7, 55, "subscriber-db", "critical", "threshold_breach", "response_time_ms above 100 ms for 10 min"),
    (10, 7, 58, "account-api", "major", "timeout", "Timeouts calling subscriber-profile"),
    (10, 8, 1, "rating-svc", "major", "timeout", "Timeouts calling subscriber-profile"),
    (10, 8, 3, "provisioning-orch", "major", "timeout", "Timeouts calling subscriber-db"),
    (10, 8, 9, "selfcare-portal", "warning", "threshold_breach", "response_time_ms above 800 ms for 5 min"),
    (10, 8, 12, "mobile-bff", "warning", "threshold_breach", "error_rate above 2% for 5 min"),
    (
        10,
        8,
        40,
        "subscriber-profile",
        "minor",
        "restart",
        "Pod subscriber-profile-66f1a restarted (liveness probe failed)",
    ),
    (
        10,
        9,
        20,
        "subscriber-db",
        "info",
        "recovery",
        "Lock waits cleared after batch job SUB_RECALC was killed",
    ),
    # F2
    (9, 22, 40, "sel-kfk-n02", "warning", "threshold_breach", "disk_usage above 85% on /kafka-logs"),
    (
        9,
        23,
        5,
        "fraud-detector",
        "info",
        "deployment",
        "Deployed fraud-detector v0.9.7 (pipeline #5560) by spinnaker",
    ),
    (9, 23, 12, "cdr-kafka", "critical", "disk_full", "Broker 2 log directory full: partitions offline"),
    (
        9,
        23,
        15,
        "cdr-collector",
        "major",
        "error",
        "Produce requests to cdr-kafka failing (NotEnoughReplicas)",
    ),
    (
        9,
        23,
        18,
        "mediation-svc",
        "major",
        "consumer_lag",
        "Consumer lag on cdr-kafka topic cdr.raw above 2.1M",
    ),
    (9, 23, 40, "cdr-kafka", "info", "config_change", "Config changed: retention.hours 168 -> 72"),
    (10, 0, 5, "cdr-kafka", "info", "recovery", "All partitions back online after log cleanup"),
    # F3 (ongoing)
    (10, 13, 57, "sms-gateway", "major", "connection_refused", "SMSC bind rejected (ESME_RBINDFAIL)"),
    (10, 14, 2, "notification-hub", "major", "timeout", "Timeouts calling sms-gateway"),
    (10, 14, 6, "sms-gateway", "critical", "threshold_breach", "error_rate above 5% for 10 min"),
]


def _measured(ci: dict) -> bool:
    """Every CI: telco-mid measures its retired host too."""
    return True


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "telco", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured=_measured)


if __name__ == "__main__":
    main()
