"""The demo estate: ~100 configuration items of a small e-commerce company and their relations.

Everything here is a fixed description (no randomness): the same names, owners, placements and
dependencies every time, so the simulator and tests can rely on them. Demo CIs carry
`attributes["demo"] = True`.
"""

from __future__ import annotations

from typing import Any

CI = dict[str, Any]
Rel = tuple[str, str, str]

# name, owner, language, version, dependencies (prod names), base response time (ms), relative load
SERVICES: list[tuple[str, str, str, str, list[str], float, float]] = [
    ("web-frontend", "web-team", "typescript", "3.18.2", ["api-gateway", "session-cache"], 180.0, 1.0),
    (
        "api-gateway",
        "platform-team",
        "go",
        "4.5.2",
        [
            "auth-service",
            "user-service",
            "order-service",
            "cart-service",
            "catalog-service",
            "search-service",
            "payment-service",
            "recommendation-service",
        ],
        95.0,
        1.2,
    ),
    ("auth-service", "identity-team", "java", "2.9.0", ["users-db", "session-cache"], 35.0, 0.9),
    ("user-service", "identity-team", "java", "2.4.7", ["users-db", "event-queue"], 45.0, 0.5),
    (
        "order-service",
        "commerce-team",
        "java",
        "5.12.1",
        ["orders-db", "inventory-service", "payment-service", "event-queue"],
        120.0,
        0.35,
    ),
    ("payment-service", "commerce-team", "java", "3.3.4", ["payments-db", "event-queue"], 210.0, 0.2),
    ("cart-service", "commerce-team", "go", "1.21.0", ["session-cache", "catalog-service"], 40.0, 0.6),
    ("inventory-service", "commerce-team", "go", "2.2.3", ["orders-db", "event-queue"], 55.0, 0.3),
    ("shipping-service", "commerce-team", "python", "1.8.5", ["orders-db", "event-queue"], 85.0, 0.15),
    ("catalog-service", "search-team", "kotlin", "4.0.9", ["catalog-db", "catalog-cache"], 60.0, 0.8),
    ("search-service", "search-team", "java", "6.1.0", ["catalog-db", "catalog-cache"], 140.0, 0.7),
    (
        "recommendation-service",
        "search-team",
        "python",
        "0.14.2",
        ["analytics-db", "catalog-cache"],
        160.0,
        0.4,
    ),
    (
        "notification-service",
        "platform-team",
        "python",
        "1.5.0",
        ["event-queue", "mail-queue", "users-db"],
        70.0,
        0.25,
    ),
    (
        "report-service",
        "data-team",
        "python",
        "2.0.3",
        ["orders-db-replica", "analytics-db", "object-storage"],
        900.0,
        0.05,
    ),
]

# name, type, owner, attributes, host(s), location
DATA_STORES: list[tuple[str, str, str, dict[str, Any], list[str], str]] = [
    (
        "orders-db",
        "database",
        "dba-team",
        {"engine": "postgresql", "version": "16.4", "role": "primary", "port": 5432, "size_gb": 420},
        ["prod-db-01"],
        "seoul-1",
    ),
    (
        "orders-db-replica",
        "database",
        "dba-team",
        {"engine": "postgresql", "version": "16.4", "role": "replica", "port": 5432, "size_gb": 420},
        ["dr-db-01"],
        "busan-1",
    ),
    (
        "users-db",
        "database",
        "dba-team",
        {"engine": "postgresql", "version": "16.4", "role": "primary", "port": 5432, "size_gb": 85},
        ["prod-db-02"],
        "seoul-1",
    ),
    (
        "payments-db",
        "database",
        "dba-team",
        {"engine": "postgresql", "version": "15.8", "role": "primary", "port": 5432, "size_gb": 160},
        ["prod-db-03"],
        "seoul-1",
    ),
    (
        "catalog-db",
        "database",
        "dba-team",
        {"engine": "mysql", "version": "8.0.39", "role": "primary", "port": 3306, "size_gb": 240},
        ["prod-db-04"],
        "seoul-1",
    ),
    (
        "analytics-db",
        "database",
        "data-team",
        {"engine": "clickhouse", "version": "24.8", "role": "primary", "port": 9000, "size_gb": 1800},
        ["prod-db-05"],
        "seoul-1",
    ),
    (
        "session-cache",
        "cache",
        "platform-team",
        {"engine": "redis", "version": "7.2.5", "port": 6379, "maxmemory_gb": 24},
        ["prod-cache-01"],
        "seoul-1",
    ),
    (
        "catalog-cache",
        "cache",
        "search-team",
        {"engine": "redis", "version": "7.2.5", "port": 6379, "maxmemory_gb": 48},
        ["prod-cache-02"],
        "seoul-1",
    ),
    (
        "event-queue",
        "queue",
        "platform-team",
        {"engine": "kafka", "version": "3.7.1", "partitions": 48, "port": 9092},
        ["prod-mq-01", "prod-mq-02"],
        "seoul-1",
    ),
    (
        "mail-queue",
        "queue",
        "platform-team",
        {"engine": "rabbitmq", "version": "3.13.6", "port": 5672},
        ["prod-mq-03"],
        "seoul-1",
    ),
    (
        "object-storage",
        "storage",
        "infra-team",
        {"kind": "object", "product": "ceph", "version": "18.2", "capacity_tb": 120},
        [],
        "seoul-1",
    ),
    (
        "backup-storage",
        "storage",
        "infra-team",
        {"kind": "nas", "product": "netapp", "version": "9.14", "capacity_tb": 300},
        [],
        "busan-1",
    ),
]

STAGING_SERVICES = (
    "web-frontend",
    "api-gateway",
    "auth-service",
    "order-service",
    "catalog-service",
    "payment-service",
)
STAGING_STORES = ("orders-db", "users-db", "catalog-db", "session-cache", "event-queue")
DEV_SERVICES = ("web-frontend", "api-gateway", "auth-service", "order-service", "catalog-service")

# Hosts whose CPU runs hot at night (batch jobs); one dev host with a fuller disk.
BATCH_HOSTS = frozenset({"prod-batch-01"})
FULL_DISK_HOSTS = frozenset({"dev-app-03"})

_OSES = ("ubuntu-22.04", "rocky-9.4", "ubuntu-24.04")


def _host(
    name: str,
    env: str,
    location: str,
    index: int,
    cores: int,
    memory: int,
    owner: str = "infra-team",
    status: str = "active",
) -> CI:
    subnet = {"prod": 10, "staging": 20, "dev": 30}[env] + (5 if location == "busan-1" else 0)
    return {
        "name": name,
        "type": "host",
        "environment": env,
        "owner": owner,
        "location": location,
        "status": status,
        "attributes": {
            "cpu_cores": cores,
            "memory_gb": memory,
            "os": _OSES[index % len(_OSES)],
            "ip": f"10.{subnet}.{1 + index // 40}.{10 + index % 40}",
            "rack": f"{'ABCDEF'[index % 6]}-{1 + index % 12:02d}",
            "demo": True,
        },
    }


def _ci(name: str, ci_type: str, env: str, owner: str, location: str, attributes: dict[str, Any]) -> CI:
    return {
        "name": name,
        "type": ci_type,
        "environment": env,
        "owner": owner,
        "location": location,
        "status": "active",
        "attributes": {**attributes, "demo": True},
    }


def _prefixed(env: str, name: str) -> str:
    return name if env == "prod" else f"{'stg' if env == 'staging' else 'dev'}-{name}"


def build_estate() -> tuple[list[CI], list[Rel]]:
    """All demo CIs and relations `(source, target, type)`."""
    cis: list[CI] = []
    rels: list[Rel] = []
    # --- prod (seoul-1, DR in busan-1)
    app_hosts = [f"prod-app-{i:02d}" for i in range(1, 19)]
    for i, name in enumerate(app_hosts):
        cis.append(_host(name, "prod", "seoul-1", i, 32 if i % 3 else 16, 128 if i % 3 else 64))
    index = len(app_hosts)
    for name, cores, mem, loc in [
        *((f"prod-db-{i:02d}", 48, 384, "seoul-1") for i in range(1, 6)),
        ("dr-db-01", 48, 384, "busan-1"),
        *((f"prod-cache-{i:02d}", 16, 64, "seoul-1") for i in range(1, 3)),
        *((f"prod-mq-{i:02d}", 16, 64, "seoul-1") for i in range(1, 4)),
        ("prod-batch-01", 32, 128, "seoul-1"),
        *((f"prod-{role}-{i:02d}", 16, 64, "seoul-1") for role in ("mon", "log") for i in range(1, 3)),
        *((f"dr-app-{i:02d}", 32, 128, "busan-1") for i in range(1, 3)),
    ]:
        cis.append(_host(name, "prod", loc, index, cores, mem))
        index += 1
    cis.append(_host("prod-app-legacy-01", "prod", "seoul-1", index, 8, 32, status="retired"))
    for j, (name, owner, lang, version, deps, _rt, _load) in enumerate(SERVICES):
        cis.append(
            _ci(
                name,
                "service",
                "prod",
                owner,
                "seoul-1",
                {"language": lang, "version": version, "port": 8080 + j % 3, "replicas": 2},
            )
        )
        if name == "report-service":
            rels.append((name, "prod-batch-01", "RUNS_ON"))
        else:
            rels.append((name, app_hosts[(2 * j) % len(app_hosts)], "RUNS_ON"))
            rels.append((name, app_hosts[(2 * j + 1) % len(app_hosts)], "RUNS_ON"))
        rels.extend((name, dep, "DEPENDS_ON") for dep in deps)
    for name, ci_type, owner, attrs, hosts, loc in DATA_STORES:
        cis.append(_ci(name, ci_type, "prod", owner, loc, attrs))
        rels.extend((name, host, "RUNS_ON") for host in hosts)
    rels.append(("orders-db-replica", "orders-db", "DEPENDS_ON"))
    rels.append(("analytics-db", "object-storage", "DEPENDS_ON"))
    cis.append(
        _ci(
            "web-lb",
            "load_balancer",
            "prod",
            "platform-team",
            "seoul-1",
            {"vendor": "haproxy", "version": "2.8.10", "vip": "203.0.113.10", "public": True},
        )
    )
    cis.append(
        _ci(
            "api-lb",
            "load_balancer",
            "prod",
            "platform-team",
            "seoul-1",
            {"vendor": "nginx", "version": "1.26.2", "vip": "10.10.0.20", "public": False},
        )
    )
    rels.append(("web-lb", "web-frontend", "CONNECTS_TO"))
    rels.append(("api-lb", "api-gateway", "CONNECTS_TO"))
    # --- staging and dev (seoul-2): smaller copies of part of prod
    for env, services, stores, n_hosts in [
        ("staging", STAGING_SERVICES, STAGING_STORES, 7),
        ("dev", DEV_SERVICES, ("orders-db", "session-cache"), 4),
    ]:
        hosts = [_prefixed(env, f"app-{i:02d}") for i in range(1, n_hosts + 1)]
        db_host = _prefixed(env, "db-01")
        for name in [*hosts, db_host]:
            status = "maintenance" if name == "stg-app-07" else "active"
            cis.append(_host(name, env, "seoul-2", index, 8, 32, status=status))
            index += 1
        present = {_prefixed(env, s) for s in (*services, *stores)}
        for j, (name, owner, lang, version, deps, _rt, _load) in enumerate(SERVICES):
            if name not in services:
                continue
            env_name = _prefixed(env, name)
            cis.append(
                _ci(
                    env_name,
                    "service",
                    env,
                    owner,
                    "seoul-2",
                    {"language": lang, "version": version, "port": 8080, "replicas": 1},
                )
            )
            rels.append((env_name, hosts[j % len(hosts)], "RUNS_ON"))
            rels.extend(
                (env_name, _prefixed(env, d), "DEPENDS_ON") for d in deps if _prefixed(env, d) in present
            )
        for name, ci_type, owner, attrs, _hosts, _loc in DATA_STORES:
            if name in stores:
                cis.append(_ci(_prefixed(env, name), ci_type, env, owner, "seoul-2", attrs))
                rels.append((_prefixed(env, name), db_host, "RUNS_ON"))
        cis.append(
            _ci(
                _prefixed(env, "web-lb"),
                "load_balancer",
                env,
                "platform-team",
                "seoul-2",
                {
                    "vendor": "haproxy",
                    "version": "2.8.10",
                    "vip": f"10.{20 if env == 'staging' else 30}.0.10",
                    "public": False,
                },
            )
        )
        rels.append((_prefixed(env, "web-lb"), _prefixed(env, "web-frontend"), "CONNECTS_TO"))
    return cis, rels


def service_profile(name: str) -> tuple[float, float] | None:
    """(base response time ms, relative load) of a service by its prod name, or None."""
    base = name.split("-", 1)[1] if name.startswith(("stg-", "dev-")) else name
    for svc, _owner, _lang, _version, _deps, rt, load in SERVICES:
        if svc == base:
            return rt, load
    return None
