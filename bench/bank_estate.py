"""Generate the bank-fin estate (tests/fixtures/bank-fin/, interchange format) and its faults file.

A Korean bank's channels, core banking, card authorisation, payments and fraud scoring across three sites
(Yeouido primary, Ilsan secondary, Gasan DR) and three environments, named unlike telco-mid
(lowercase-hyphen) and retail-kr (UPPERCASE-HYPHEN): mixed-case services (`CardAuth-API`), underscore
databases, caches and storage (`core_banking_db`, `redis_fds_cache`, `nas_batch_01`), queues with
numeric-letter suffixes (`mq-broker-02a`) and dotted FQDN-like hosts (`apyd07.prod.bank.local`). Three
injected incidents: an index rebuild slowing `ledger_db` this morning (deep chain: ledger → posting →
core banking → transfer/inquiry → channels), a full transmission queue on `mq-broker-02a` last night,
and `redis_fds_cache` out of memory right now (fraud scoring failing, card authorisations timing out).
Deterministic (seeded); the golden questions (bench/bank_golden.py) are computed from the files this writes.

    .venv/bin/python bench/bank_estate.py   # rewrites tests/fixtures/bank-fin*
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

NAME = "bank-fin"
NOW = datetime(2026, 11, 18, 5, 45, tzinfo=UTC)  # 14:45 KST
START = NOW - timedelta(hours=48)
SEED = 20261118
SITES = {"yd": "yeouido-dc", "il": "ilsan-dc", "gs": "gasan-dr"}
kst = kst_utc_clock("2026-11")


def host(role: str, site: str, n: int, env: str = "prod") -> str:
    """`apyd07.prod.bank.local`: role, site, number, then the environment's domain."""
    return f"{role}{site}{n:02d}.{ {'prod': 'prod', 'staging': 'stg', 'dev': 'dev'}[env] }.bank.local"


H = host
# name: (type, owner, site, hosts, depends_on)
SERVICES: dict[str, tuple[str, str, str, list[str], list[str]]] = {
    "InternetBanking-Web": (
        "service",
        "digital-channel",
        "yd",
        [H("wb", "yd", 1), H("wb", "yd", 2)],
        ["Auth-SSO", "Account-Inquiry", "Transfer-Svc"],
    ),
    "MobileBanking-BFF": (
        "service",
        "digital-channel",
        "yd",
        [H("wb", "yd", 3), H("wb", "il", 1)],
        ["Auth-SSO", "Account-Inquiry", "Transfer-Svc", "Notification-Push"],
    ),
    "OpenBanking-API": (
        "service",
        "openapi-platform",
        "yd",
        [H("ap", "yd", 1), H("ap", "yd", 2)],
        ["Auth-SSO", "Account-Inquiry", "Transfer-Svc", "redis_rate_limit", "openapi_meta_db"],
    ),
    "Auth-SSO": (
        "service",
        "security-eng",
        "yd",
        [H("ap", "yd", 3), H("ap", "il", 1)],
        ["redis_sess_01", "customer_db"],
    ),
    "Account-Inquiry": ("service", "core-banking", "yd", [H("ap", "yd", 4)], ["CoreBanking-Online"]),
    "Transfer-Svc": (
        "service",
        "core-banking",
        "yd",
        [H("ap", "yd", 5), H("ap", "yd", 6)],
        ["CoreBanking-Online", "FDS-Scoring", "Clearing-KFTC"],
    ),
    "CoreBanking-Online": (
        "service",
        "core-banking",
        "yd",
        [H("ap", "yd", 7), H("ap", "yd", 8)],
        ["Ledger-Posting", "core_banking_db", "mq-broker-01a"],
    ),
    "Ledger-Posting": ("service", "core-banking", "yd", [H("ap", "yd", 9)], ["ledger_db"]),
    "Clearing-KFTC": ("service", "payments", "il", [H("ap", "il", 2)], ["mq-broker-02a"]),
    "CardAuth-API": (
        "service",
        "card-platform",
        "yd",
        [H("ap", "yd", 10), H("ap", "yd", 11)],
        ["FDS-Scoring", "card_auth_db", "redis_token_02"],
    ),
    "VAN-Relay": ("service", "card-platform", "il", [H("ap", "il", 3)], ["CardAuth-API"]),
    "Card-Issuing": ("service", "card-platform", "il", [H("ap", "il", 4)], ["card_auth_db", "KYC-Verify"]),
    "PayGW-Core": (
        "service",
        "payments",
        "yd",
        [H("ap", "yd", 12), H("ap", "il", 5)],
        ["CardAuth-API", "mq-broker-02a", "settle_db"],
    ),
    "FDS-Scoring": (
        "service",
        "fraud-risk",
        "yd",
        [H("ap", "yd", 13), H("ap", "yd", 14)],
        ["redis_fds_cache", "fds_feature_db", "kafka-txn-03c"],
    ),
    "FDS-RuleMgr": ("service", "fraud-risk", "il", [H("ap", "il", 6)], ["fds_feature_db"]),
    "Settlement-Batch": (
        "service",
        "payments",
        "il",
        [H("bt", "il", 1)],
        ["mq-broker-02a", "settle_db", "ledger_db", "nas_batch_01"],
    ),
    "Statement-Gen": ("service", "core-banking", "il", [H("bt", "il", 2)], ["ledger_db", "dw_risk_db"]),
    "Notification-Push": ("service", "digital-channel", "il", [H("ap", "il", 7)], ["mq-broker-01a"]),
    "KYC-Verify": ("service", "security-eng", "il", [H("ap", "il", 8)], ["customer_db"]),
    "Loan-Origination": (
        "service",
        "lending",
        "il",
        [H("ap", "il", 9)],
        ["loan_db", "KYC-Verify", "CoreBanking-Online"],
    ),
    "FX-Rate": ("service", "treasury", "yd", [H("ap", "yd", 15)], ["core_banking_db"]),
    "Risk-Report": ("service", "fraud-risk", "gs", [H("ap", "gs", 1)], ["dw_risk_db"]),
    "core_banking_db": ("database", "dba-team", "yd", [H("db", "yd", 1), H("db", "yd", 2)], []),
    "ledger_db": ("database", "dba-team", "yd", [H("db", "yd", 3), H("db", "yd", 4)], []),
    "card_auth_db": ("database", "dba-team", "yd", [H("db", "yd", 5)], []),
    "customer_db": ("database", "dba-team", "yd", [H("db", "yd", 6)], []),
    "fds_feature_db": ("database", "fraud-risk", "yd", [H("db", "yd", 7)], []),
    "settle_db": ("database", "dba-team", "il", [H("db", "il", 1), H("db", "il", 2)], []),
    "openapi_meta_db": ("database", "openapi-platform", "il", [H("db", "il", 3)], []),
    "loan_db": ("database", "dba-team", "il", [H("db", "il", 4)], []),
    "dw_risk_db": ("database", "data-platform", "gs", [H("db", "gs", 1)], []),
    "redis_sess_01": ("cache", "security-eng", "yd", [H("rd", "yd", 1)], []),
    "redis_token_02": ("cache", "card-platform", "yd", [H("rd", "yd", 2)], []),
    "redis_fds_cache": ("cache", "fraud-risk", "yd", [H("rd", "yd", 3)], []),
    "redis_rate_limit": ("cache", "openapi-platform", "il", [H("rd", "il", 1)], []),
    "mq-broker-01a": ("queue", "middleware", "yd", [H("mq", "yd", 1), H("mq", "yd", 2)], []),
    "mq-broker-02a": ("queue", "middleware", "il", [H("mq", "il", 1), H("mq", "il", 2)], []),
    "kafka-txn-03c": (
        "queue",
        "data-platform",
        "yd",
        [H("kf", "yd", 1), H("kf", "yd", 2), H("kf", "yd", 3)],
        [],
    ),
    # staging and dev copies
    "CardAuth-API-stg": (
        "service",
        "card-platform",
        "gs",
        [H("ap", "gs", 2, "staging")],
        ["card_auth_db_stg"],
    ),
    "PayGW-Core-stg": (
        "service",
        "payments",
        "gs",
        [H("ap", "gs", 2, "staging")],
        ["card_auth_db_stg", "CardAuth-API-stg"],
    ),
    "card_auth_db_stg": ("database", "dba-team", "gs", [H("db", "gs", 2, "staging")], []),
    "OpenBanking-API-dev": ("service", "openapi-platform", "gs", [H("ap", "gs", 3, "dev")], []),
    "FDS-Scoring-dev": ("service", "fraud-risk", "gs", [H("ap", "gs", 3, "dev")], []),
}
LOAD_BALANCERS = {
    "f5_ext_yd01": ("yd", ["InternetBanking-Web", "MobileBanking-BFF", "OpenBanking-API"]),
    "f5_ext_il01": ("il", ["MobileBanking-BFF"]),
    "f5_int_yd02": ("yd", ["CardAuth-API", "PayGW-Core"]),
}
STORAGE = {
    "vsp_yd_01": (
        "yd",
        [H("db", "yd", n) for n in range(1, 8)],
        {"vendor": "hitachi", "model": "vsp-5600", "capacity_tb": 480},
    ),
    "vsp_il_01": (
        "il",
        [H("db", "il", n) for n in range(1, 5)],
        {"vendor": "hitachi", "model": "vsp-e990", "capacity_tb": 240},
    ),
    "nas_batch_01": (
        "il",
        [H("bt", "il", 1), H("bt", "il", 2)],
        {"vendor": "netapp", "model": "aff-a400", "capacity_tb": 96},
    ),
}
EXTRA_HOSTS = [H("ap", "yd", 16), H("ap", "il", 10), H("ap", "gs", 4), H("jump", "yd", 1)]
STATUS = {
    H("ap", "il", 10): "maintenance",
    H("ap", "gs", 4): "maintenance",
    H("ap", "yd", 16): "retired",
    "FDS-RuleMgr": "maintenance",
    "PayGW-Core-stg": "maintenance",
    "Risk-Report": "retired",
}
TIER = {
    "CardAuth-API": "tier-0",
    "CoreBanking-Online": "tier-0",
    "Ledger-Posting": "tier-0",
    "PayGW-Core": "tier-0",
    "Transfer-Svc": "tier-0",
    "FDS-Scoring": "tier-1",
    "Auth-SSO": "tier-0",
}
LANG = ["java", "kotlin", "go", "python"]
ENGINE = {  # by host role
    "db": {"yd01": "oracle-19c", "yd03": "oracle-19c", "yd06": "oracle-19c", "il01": "oracle-19c"},
    "mq": "ibm-mq-9.3",
    "kf": "kafka-3.7",
    "rd": "redis-7.2",
}
PORT = {"database": {"oracle-19c": 1521, "postgresql-16": 5432}, "cache": 6379}

INCIDENTS = [
    {
        "id": "F1",
        "kind": "index_rebuild",
        "root": "ledger_db",
        "description": "an online index rebuild on ledger_db during business hours: log file sync waits, postings"
        " slow x6, callers up the core banking chain time out",
        "start": kst(18, 8, 10),
        "end": kst(18, 9, 25),
        "hops": {
            "ledger_db": 0,
            "Ledger-Posting": 1,
            "Statement-Gen": 1,
            "CoreBanking-Online": 2,
            "Account-Inquiry": 3,
            "Transfer-Svc": 3,
            "Loan-Origination": 3,
            "MobileBanking-BFF": 4,
            "InternetBanking-Web": 4,
            "OpenBanking-API": 4,
        },
    },
    {
        "id": "F2",
        "kind": "xmitq_full",
        "root": "mq-broker-02a",
        "description": "the transmission queue of mq-broker-02a fills its log disk: puts fail, settlement and"
        " clearing messages back up",
        "start": kst(17, 23, 20),
        "end": kst(18, 0, 5),
        "hops": {
            "mq-broker-02a": 0,
            "Settlement-Batch": 1,
            "Clearing-KFTC": 1,
            "PayGW-Core": 1,
            "Transfer-Svc": 2,
        },
    },
    {
        "id": "F3",
        "kind": "cache_oom",
        "root": "redis_fds_cache",
        "description": "redis_fds_cache reaches maxmemory: OOM command errors, FDS-Scoring fails, card"
        " authorisations time out (ongoing)",
        "start": kst(18, 14, 5),
        "end": None,
        "hops": {"redis_fds_cache": 0, "FDS-Scoring": 1, "CardAuth-API": 2, "VAN-Relay": 3},
    },
]


def env_of(name: str) -> str:
    return (
        "staging"
        if name.endswith("-stg") or name.endswith("_stg")
        else "dev"
        if name.endswith("-dev")
        else "prod"
    )


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    hosts: dict[str, str] = {}
    for name, (kind, owner, site, on, deps) in SERVICES.items():
        env = env_of(name)
        attrs: dict = {"version": f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"}
        if kind == "service":
            attrs |= {
                "language": rng.choice(LANG),
                "port": rng.choice([8080, 8443, 9443, 7001]),
                "replicas": rng.choice([2, 3, 4, 6, 8]),
                "tier": TIER.get(name, "tier-2"),
            }
        elif kind == "database":
            engine = ENGINE["db"].get(on[0].split(".")[0][2:], "postgresql-16")
            attrs |= {"engine": engine, "port": PORT["database"][engine]}
        elif kind == "cache":
            attrs |= {"engine": ENGINE["rd"], "port": 6379, "maxmemory_gb": rng.choice([16, 32, 64])}
        else:
            engine = ENGINE["mq" if on[0].startswith("mq") else "kf"]
            attrs |= {"engine": engine, "port": 1414 if engine.startswith("ibm") else 9092}
        cis.append(ci_record(name, kind, env, owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
        for h in on:
            hosts[h] = env
    for lb, (site, targets) in LOAD_BALANCERS.items():
        attrs = {"vendor": "f5", "model": "big-ip-i10800", "vip": f"172.16.{len(cis)}.20"}
        cis.append(ci_record(lb, "load_balancer", "prod", "network-ops", SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, attached, attrs) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", "storage-ops", SITES[site], attrs))
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for h in EXTRA_HOSTS:
        hosts.setdefault(h, "prod")
    for i, (h, env) in enumerate(sorted(hosts.items())):
        short = h.split(".")[0]
        site = next(s for s in SITES if short[len(short.rstrip("0123456789")) - 2 :].startswith(s))
        net = {"yd": 41, "il": 42, "gs": 43}[site]
        attrs = {
            "ip": f"10.{net}.{8 + i // 30}.{21 + i % 30}",
            "os": rng.choice(["rhel-8.10", "rhel-9.4", "oracle-linux-8.9"]),
            "cpu_cores": rng.choice([16, 32, 48, 64]),
            "memory_gb": rng.choice([64, 128, 256, 512]),
            "rack": f"{site.upper()}-R{rng.randint(1, 12):02d}-U{rng.randint(1, 40):02d}",
        }
        cis.append(ci_record(h, "host", env, "infra-ops", SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), rels


def _daily(ts: datetime) -> float:
    """Banking load curve: low at 03:00 KST, peak in the afternoon (0..1)."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * (seoul_hour(ts) - 3) / 24)


ROOT_HOSTS = {h: inc for inc in INCIDENTS for h in SERVICES[inc["root"]][3]}  # the hosts of each root
HOST = HostBaseline(cpu=(0.65, 0.7, 1.5), memory=(5, 0.7), disk_noise=0.15)
SERVICE = ServiceBaseline(response=(0.85, 0.35, 0.06), requests=(0.3, 0.95), memory=(18, 0.6))
EFFECT = {  # on response time and error rate, at the root and beyond
    "F1": Fade(response=(5.0, 3.0), errors=(5.5, 2.6), fade=0.5),
    "F2": Fade(response=(8.0, 2.2), errors=(9.0, 3.5)),
    "F3": Fade(response=(2.5, 4.0), errors=(12.0, 6.0), fade=1),
}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    levels = rng.uniform(6, 38), rng.uniform(28, 70), rng.uniform(15, 66)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, _daily, levels, rng.uniform(0, 1.2)):
        inc = ROOT_HOSTS.get(name)
        if inc and inc["id"] == "F1":
            cpu += (91 - cpu) * ramp(ts, inc["start"], inc["end"]) + rng.gauss(0, 0.8)
        if inc and inc["id"] == "F2":
            pre = inc["start"] - timedelta(minutes=35)
            disk = max(disk, disk + (98.0 - disk) * ramp(ts, pre, inc["end"], rise=35, fall=25))
        if inc and inc["id"] == "F3":
            mem += (96 - mem) * ramp(ts, inc["start"], None) + rng.gauss(0, 0.3)
        rows += host_gauges(ts, name, cpu, mem, disk)
    return rows


def _settlement_spool(rng: random.Random, ts: datetime) -> float:
    """nas_batch_01: settlement spool files piling up since the night batch."""
    return 84.0 + 9.5 * max(0.0, progress(ts, kst(18, 1, 0), NOW)) + rng.gauss(0, 0.08)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = _settlement_spool if ci["name"] == "nas_batch_01" else None
    return storage_fill(rng, ci["name"], times, START, (52, 74), 0.25, filling)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = level_by_kind(rng, kind, (5, 22), (0.6, 2.5), (2, 10), (15, 50), other=(40, 240))
    levels = rt0, rng.uniform(0.03, 0.7), rng.uniform(20, 600), rng.uniform(40, 60)
    for ts, _, rt, err, req, mem in SERVICE.walk(rng, times, _daily, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            rt, err = EFFECT[inc["id"]].apply(hop, r, rt, err)
            if inc["id"] == "F3" and hop == 0:  # the cache itself fills up
                mem += (97.5 - mem) * r
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0), request_rate=req)
        if kind == "cache":
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
    return rows


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (
        16,
        15,
        20,
        "OpenBanking-API",
        "info",
        "deployment",
        "Deployed OpenBanking-API v4.11.2 (release RB-3381) by argocd",
    ),
    (16, 16, 5, H("ap", "yd", 16), "info", "maintenance", "Host decommissioned (change CHG-88120)"),
    (16, 18, 30, "core_banking_db", "info", "backup", "RMAN level-1 backup completed (212 GB)"),
    (
        16,
        19,
        42,
        "MobileBanking-BFF",
        "minor",
        "restart",
        "Pod MobileBanking-BFF-6b7c9 restarted (OOMKilled)",
    ),
    (
        16,
        21,
        0,
        "Risk-Report",
        "info",
        "maintenance",
        "Service retired, reports moved to the DW portal (CHG-88127)",
    ),
    (
        17,
        0,
        30,
        "Settlement-Batch",
        "info",
        "batch_job",
        "Daily settlement batch SETL_D01 completed in 41 min",
    ),
    (17, 1, 15, H("ap", "il", 10), "info", "maintenance", "Entered maintenance mode (change CHG-88131)"),
    (17, 2, 0, "ledger_db", "info", "backup", "RMAN incremental backup completed"),
    (17, 3, 20, "Auth-SSO", "info", "config_change", "Config changed: session.idle_timeout 600s -> 900s"),
    (
        17,
        9,
        12,
        "CardAuth-API",
        "info",
        "deployment",
        "Deployed CardAuth-API v8.3.0 (release RB-3390) by argocd",
    ),
    (
        17,
        10,
        40,
        "f5_ext_yd01",
        "minor",
        "connection_refused",
        "Pool member MobileBanking-BFF refused 9 connections (recovered)",
    ),
    (17, 11, 45, "KYC-Verify", "warning", "threshold_breach", "response_time_ms above 55 ms for 5 min"),
    (
        17,
        13,
        50,
        "FDS-RuleMgr",
        "info",
        "maintenance",
        "Entered maintenance mode for rule migration (CHG-88140)",
    ),
    (
        17,
        15,
        5,
        "Loan-Origination",
        "info",
        "deployment",
        "Deployed Loan-Origination v2.7.1 (release RB-3394) by argocd",
    ),
    (
        17,
        16,
        35,
        "Notification-Push",
        "minor",
        "error",
        "APNs push rejected for 214 device tokens (BadDeviceToken)",
    ),
    (17, 18, 0, "PayGW-Core-stg", "info", "maintenance", "Entered maintenance mode (change CHG-88144)"),
    (
        17,
        20,
        10,
        "Transfer-Svc",
        "minor",
        "restart",
        "Pod Transfer-Svc-58d1e restarted (liveness probe failed)",
    ),
    (17, 22, 0, "dw_risk_db", "info", "backup", "pg_basebackup completed (1.9 TB)"),
    (
        18,
        1,
        10,
        "Settlement-Batch",
        "info",
        "batch_job",
        "Daily settlement batch SETL_D01 completed in 78 min (retries)",
    ),
    (18, 2, 0, "ledger_db", "info", "backup", "RMAN incremental backup completed"),
    (18, 4, 30, "kafka-txn-03c", "info", "config_change", "Config changed: retention.ms 7d -> 5d"),
    (18, 6, 45, "FX-Rate", "info", "deployment", "Deployed FX-Rate v1.9.0 (release RB-3402) by argocd"),
    (18, 7, 5, "nas_batch_01", "warning", "threshold_breach", "disk_usage above 88% on /spool/settle"),
    (
        18,
        11,
        15,
        "Card-Issuing",
        "info",
        "deployment",
        "Deployed Card-Issuing v3.2.4 (release RB-3405) by argocd",
    ),
    (18, 9, 45, "nas_batch_01", "major", "threshold_breach", "disk_usage above 90% on /spool/settle"),
    (18, 13, 10, "customer_db", "info", "config_change", "Config changed: open_cursors 800 -> 1200"),
    (
        18,
        13,
        30,
        H("jump", "yd", 1),
        "info",
        "login",
        "Privileged session opened by ops-kim (PAM ticket 7721)",
    ),
]
INCIDENT_EVENTS = [
    # F1 (this morning) evidence and decoys
    (18, 7, 55, "Auth-SSO", "info", "deployment", "Deployed Auth-SSO v6.0.3 (release RB-3403) by argocd"),
    (
        18,
        8,
        9,
        "ledger_db",
        "info",
        "batch_job",
        "Online index rebuild IX_LEDGER_TXN_DT started (by dba-park)",
    ),
    (18, 8, 14, "ledger_db", "major", "slow_query", "Slow queries: avg 3.1 s, top wait event log file sync"),
    (18, 8, 20, "Ledger-Posting", "major", "timeout", "Timeouts calling ledger_db (JDBC pool exhausted)"),
    (18, 8, 25, "ledger_db", "critical", "threshold_breach", "response_time_ms above 80 ms for 10 min"),
    (18, 8, 27, "CoreBanking-Online", "major", "timeout", "Timeouts calling Ledger-Posting"),
    (18, 8, 31, "Transfer-Svc", "major", "timeout", "Timeouts calling CoreBanking-Online"),
    (18, 8, 33, "Account-Inquiry", "major", "timeout", "Timeouts calling CoreBanking-Online"),
    (
        18,
        8,
        45,
        "MobileBanking-BFF",
        "warning",
        "threshold_breach",
        "response_time_ms above 250 ms for 5 min",
    ),
    (18, 8, 45, "InternetBanking-Web", "warning", "threshold_breach", "error_rate above 1.5% for 5 min"),
    (18, 8, 41, "OpenBanking-API", "minor", "error", "HTTP 504 returned to 37 fintech partners"),
    (
        18,
        8,
        50,
        "Statement-Gen",
        "minor",
        "restart",
        "Pod Statement-Gen-2a9f0 restarted (liveness probe failed)",
    ),
    (
        18,
        9,
        26,
        "ledger_db",
        "info",
        "recovery",
        "Index rebuild cancelled; log file sync waits back to normal",
    ),
    # F2 (last night)
    (17, 23, 0, H("mq", "il", 1), "warning", "threshold_breach", "disk_usage above 85% on /var/mqm/log"),
    (17, 23, 5, "Settlement-Batch", "info", "batch_job", "Daily settlement batch SETL_D01 started"),
    (
        17,
        23,
        22,
        "mq-broker-02a",
        "critical",
        "queue_full",
        "Transmission queue PAY.XMITQ full (MQRC_Q_FULL 2053)",
    ),
    (17, 23, 26, "Settlement-Batch", "major", "error", "MQPUT to mq-broker-02a failed (reason 2053)"),
    (17, 23, 29, "Clearing-KFTC", "major", "timeout", "Timeouts calling mq-broker-02a"),
    (17, 23, 33, "PayGW-Core", "major", "timeout", "Timeouts calling mq-broker-02a"),
    (
        17,
        23,
        45,
        "mq-broker-02a",
        "info",
        "config_change",
        "Config changed: PAY.XMITQ MAXDEPTH 50000 -> 200000",
    ),
    (18, 0, 15, "mq-broker-02a", "info", "recovery", "Channel PAY.TO.KFTC running, queue depth drained"),
    # F3 (ongoing)
    (
        18,
        13,
        58,
        "FDS-Scoring",
        "info",
        "deployment",
        "Deployed FDS-Scoring v5.4.0 (release RB-3406) by argocd",
    ),
    (18, 14, 7, "redis_fds_cache", "major", "eviction", "Evicted 1.2M keys in 60 s (maxmemory reached)"),
    (18, 14, 12, "FDS-Scoring", "major", "error", "OOM command not allowed when used memory > maxmemory"),
    (18, 14, 25, "redis_fds_cache", "critical", "threshold_breach", "memory_usage above 95% for 10 min"),
    (
        18,
        14,
        20,
        "CardAuth-API",
        "major",
        "timeout",
        "Timeouts calling FDS-Scoring (stand-in approvals engaged)",
    ),
    (18, 14, 30, "FDS-Scoring", "critical", "threshold_breach", "error_rate above 5% for 10 min"),
    (18, 14, 35, "VAN-Relay", "warning", "threshold_breach", "response_time_ms above 250 ms for 5 min"),
]


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "bank", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()
