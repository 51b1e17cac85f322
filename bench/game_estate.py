"""Generate the game-live estate (tests/fixtures/game-live/, interchange format) and its faults file.

An online game company's live-ops estate: login/auth (`gate`, `login`), lobbies, matchmaking (`mm01`…`mm04`),
game servers as shards/channels per region (`gs-kr1-ch03`, `gs-jp1-ch01`), chat, guild, the in-game store
and payment with external PG links (`store`, `store-v2`, `pay-kr`/`pay-jp`/`pay-na`, `pg-kcp`), a leaderboard
(`ladder`), anti-cheat (`shield`), patch/CDN distribution (`patchd`, `patch-cdn`, `patch-origin`), Redis
(`redis-6379`, `redis-6380`, `redis-7000-jp` — names that look like ports), MySQL shards (`gamedb-s01`…),
Kafka, a log pipeline, a GM tool and Kubernetes nodes (`kn-kr1-04`) plus EC2 hosts named the AWS way
(`ip-10-40-1-22`). Regions: Korea in two IDCs (가산 `gasan-idc`, 판교 `pangyo-idc`), AWS Tokyo
(`aws-tokyo`) and AWS Oregon for NA (`aws-oregon`). The company says live/qa/dev; the importer only knows
prod/staging/dev, so live = prod and qa = staging (every CI also carries `stage` = live|qa|dev).

Named unlike the other estates: short game-ops codes (`gs-kr2-ch01`, `mm01`, `kn-kr2-03`, `l4-lobby`),
ordinary English words as CI names (`gate`, `login`, `lobby`, `chat`, `guild`, `store`, `ladder`, `shield`),
numbers that look like ports or versions (`redis-6379`, `redis-7000-na`, `store-v2`) and siblings that differ
only by a region or shard suffix (`lobby`/`lobby-jp`/`lobby-na`, `pay-kr`/`pay-jp`/`pay-na`,
`gamedb-s01`…`gamedb-s04`). Korean game jargon lives in attributes (월드, 필드섭/PvP섭, 정기점검).

Seven injected incidents over 48 h ending Thursday 2027-03-18 14:20 KST:
  F7  kafka-kr   broker ISR shrink → consumer lag for ladder, shield, log-indexer (yesterday 03:10–05:40)
  F4  l4-lobby   DDoS-like SYN flood on the lobby VIP → lobby overloaded (yesterday 20:05–20:50)
  F1  redis-6379 session Redis master lost, sentinel failover → login/gate errors, lobbies (yesterday 23:30–23:58)
  F2  mm01       matchmaking queue blow-up after the 3.12.0 patch at the end of 정기점검 (today 10:15–11:40,
                 rolled back)
  F6  pg-kcp     payment PG approval API timeouts → pay-kr, store purchases fail (today 12:05–12:50)
  F5  gs-kr1-ch03 memory leak in the 3.12.0 build rising since 10:05, tick overruns (렉) since 13:30 (ongoing)
  F3  gamedb-s03 binlog retention raised yesterday, data volume fills, writes fail since 13:45 (ongoing):
                 guild, gs-kr2-ch01 and gmtool error
Deterministic (seeded); the golden questions (bench/game_golden.py) are computed from the files this writes.

    .venv/bin/python bench/game_estate.py   # rewrites tests/fixtures/game-live*
"""

from __future__ import annotations

import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import incident_onset, ramp
from estate_series import (
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    host_gauges,
    incident_hits,
    kst_utc_clock,
    level_by_kind,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "game-live"
NOW = datetime(2027, 3, 18, 5, 20, tzinfo=UTC)  # Thursday 14:20 KST
START = NOW - timedelta(hours=48)
SEED = 20270318
SITES = {"K1": "gasan-idc", "K2": "pangyo-idc", "JP": "aws-tokyo", "NA": "aws-oregon", "EX": "external"}
ENVS = {"L": "prod", "Q": "staging", "D": "dev"}
STAGE = {"L": "live", "Q": "qa", "D": "dev"}


kst = kst_utc_clock("2027-03")
MAINT = (kst(18, 6, 0), kst(18, 10, 0))  # this morning's KR 정기점검 (the KR worlds are closed)

# name: (type, owner, site, env, hosts, depends_on)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str]]] = {
    # Korea, live
    "gate": ("service", "account", "K1", "L", ["kn-kr1-01"], ["login", "redis-6379"]),
    "login": ("service", "account", "K1", "L", ["kn-kr1-01", "kn-kr2-03"], ["accountdb", "redis-6379"]),
    "lobby": (
        "service",
        "platform-svc",
        "K1",
        "L",
        ["kn-kr1-01", "kn-kr2-03"],
        ["login", "redis-6380", "mm01", "mm02", "chat", "ladder"],
    ),
    "mm01": (
        "service",
        "platform-svc",
        "K1",
        "L",
        ["kn-kr1-02"],
        ["redis-6380", "gs-kr1-ch01", "gs-kr1-ch02", "gs-kr1-ch03"],
    ),
    "mm02": (
        "service",
        "platform-svc",
        "K2",
        "L",
        ["kn-kr2-01"],
        ["redis-6380", "gs-kr2-ch01", "gs-kr2-ch02"],
    ),
    "gs-kr1-ch01": ("service", "gameserver", "K1", "L", ["kn-kr1-03"], ["gamedb-s01", "shield", "kafka-kr"]),
    "gs-kr1-ch02": ("service", "gameserver", "K1", "L", ["kn-kr1-03"], ["gamedb-s01", "shield", "kafka-kr"]),
    "gs-kr1-ch03": ("service", "gameserver", "K1", "L", ["kn-kr1-04"], ["gamedb-s02", "shield", "kafka-kr"]),
    "gs-kr2-ch01": ("service", "gameserver", "K2", "L", ["kn-kr2-01"], ["gamedb-s03", "shield", "kafka-kr"]),
    "gs-kr2-ch02": ("service", "gameserver", "K2", "L", ["kn-kr2-02"], ["gamedb-s04", "shield", "kafka-kr"]),
    "chat": ("service", "platform-svc", "K1", "L", ["kn-kr1-02"], ["redis-6381", "login", "kafka-kr"]),
    "guild": ("service", "platform-svc", "K2", "L", ["kn-kr2-01"], ["gamedb-s03", "redis-6381"]),
    "store": ("service", "billing", "K1", "L", ["kn-kr1-02"], ["pay-kr", "accountdb", "redis-6380"]),
    "pay-kr": ("service", "billing", "K1", "L", ["kn-kr1-02"], ["pg-kcp", "paydb"]),
    "pg-kcp": ("service", "billing", "EX", "L", [], []),
    "ladder": ("service", "data", "K2", "L", ["kn-kr2-02"], ["redis-6381", "kafka-kr"]),
    "shield": ("service", "anticheat", "K1", "L", ["kn-kr1-04"], ["kafka-kr", "replay-nas"]),
    "patchd": ("service", "build-deploy", "K1", "L", ["kn-kr1-04"], ["patch-origin"]),
    "gmtool": (
        "service",
        "liveops",
        "K1",
        "L",
        ["kn-kr1-04"],
        ["gmdb", "accountdb", "gamedb-s01", "gamedb-s02", "gamedb-s03", "gamedb-s04"],
    ),
    "logship": ("service", "data", "K2", "L", ["kn-kr2-02"], ["kafka-kr"]),
    "log-indexer": ("service", "data", "K2", "L", ["kn-kr2-02"], ["kafka-kr", "es-log"]),
    "accountdb": ("database", "dba", "K1", "L", ["mydb-kr1-03"], []),
    "paydb": ("database", "dba", "K1", "L", ["mydb-kr1-03"], []),
    "gmdb": ("database", "dba", "K1", "L", ["mydb-kr1-03"], []),
    "gamedb-s01": ("database", "dba", "K1", "L", ["mydb-kr1-01"], []),
    "gamedb-s02": ("database", "dba", "K1", "L", ["mydb-kr1-02"], []),
    "gamedb-s03": ("database", "dba", "K2", "L", ["mydb-kr2-01"], []),
    "gamedb-s04": ("database", "dba", "K2", "L", ["mydb-kr2-02"], []),
    "es-log": ("database", "data", "K2", "L", ["mydb-kr2-02"], []),
    "redis-6379": ("cache", "platform-svc", "K1", "L", ["rd-kr1-01", "rd-kr1-02"], []),
    "redis-6380": ("cache", "platform-svc", "K1", "L", ["rd-kr1-02"], []),
    "redis-6381": ("cache", "platform-svc", "K2", "L", ["rd-kr2-01"], []),
    "kafka-kr": ("queue", "data", "K2", "L", ["kfk-kr2-01", "kfk-kr2-02", "kfk-kr2-03"], []),
    # AWS Tokyo, live (JP service, also hosts the global store)
    "lobby-jp": (
        "service",
        "platform-svc",
        "JP",
        "L",
        ["ip-10-40-1-21"],
        ["redis-7000-jp", "mm03", "chat-jp", "login"],
    ),
    "mm03": (
        "service",
        "platform-svc",
        "JP",
        "L",
        ["ip-10-40-1-21"],
        ["redis-7000-jp", "gs-jp1-ch01", "gs-jp1-ch02"],
    ),
    "gs-jp1-ch01": ("service", "gameserver", "JP", "L", ["ip-10-40-1-22"], ["gamedb-jp-s01", "kafka-jp"]),
    "gs-jp1-ch02": ("service", "gameserver", "JP", "L", ["ip-10-40-1-22"], ["gamedb-jp-s01", "kafka-jp"]),
    "chat-jp": ("service", "platform-svc", "JP", "L", ["ip-10-40-1-21"], ["redis-7000-jp"]),
    "store-v2": ("service", "billing", "JP", "L", ["ip-10-40-2-33"], ["pay-jp", "pay-na", "accountdb"]),
    "pay-jp": ("service", "billing", "JP", "L", ["ip-10-40-2-33"], ["pg-komoju", "paydb"]),
    "pg-komoju": ("service", "billing", "EX", "L", [], []),
    "gamedb-jp-s01": ("database", "dba", "JP", "L", [], []),
    "redis-7000-jp": ("cache", "cloud-ops", "JP", "L", [], []),
    "kafka-jp": ("queue", "cloud-ops", "JP", "L", [], []),
    # AWS Oregon, live (NA service)
    "lobby-na": ("service", "platform-svc", "NA", "L", ["ip-10-60-1-14"], ["redis-7000-na", "mm04", "login"]),
    "mm04": ("service", "platform-svc", "NA", "L", ["ip-10-60-1-14"], ["redis-7000-na", "gs-na1-ch01"]),
    "gs-na1-ch01": ("service", "gameserver", "NA", "L", ["ip-10-60-1-14"], ["gamedb-na-s01", "kafka-jp"]),
    "pay-na": ("service", "billing", "NA", "L", ["ip-10-60-1-15"], ["pg-stripe", "paydb"]),
    "pg-stripe": ("service", "billing", "EX", "L", [], []),
    "gamedb-na-s01": ("database", "dba", "NA", "L", [], []),
    "redis-7000-na": ("cache", "cloud-ops", "NA", "L", [], []),
    # QA (staging) and dev, Pangyo
    "lobby-qa": ("service", "qa", "K2", "Q", ["qa-kn-01"], ["login-qa", "redis-qa"]),
    "login-qa": ("service", "qa", "K2", "Q", ["qa-kn-01"], ["gamedb-qa", "redis-qa"]),
    "gs-qa-ch01": ("service", "qa", "K2", "Q", ["qa-kn-01"], ["gamedb-qa"]),
    "store-qa": ("service", "qa", "K2", "Q", ["qa-kn-02"], ["gamedb-qa"]),
    "gamedb-qa": ("database", "qa", "K2", "Q", ["qa-kn-02"], []),
    "redis-qa": ("cache", "qa", "K2", "Q", ["qa-kn-02"], []),
    "gs-dev": ("service", "gameserver", "K2", "D", ["dev-box-01"], ["gamedb-dev"]),
    "login-dev": ("service", "account", "K2", "D", ["dev-box-01"], ["gamedb-dev"]),
    "gamedb-dev": ("database", "gameserver", "K2", "D", ["dev-box-01"], []),
}
LOAD_BALANCERS = {  # name: (site, connects_to, attributes)
    "l4-gate": ("K1", ["gate"], {"model": "A10 Thunder 3350S", "vip": "211.45.12.20", "port": 443}),
    "l4-lobby": ("K1", ["lobby"], {"model": "A10 Thunder 3350S", "vip": "211.45.12.21", "port": 12000}),
    "alb-jp-lobby": ("JP", ["lobby-jp"], {"model": "AWS ALB", "dns": "lobby-jp.alb.ap-northeast-1.example"}),
    "alb-na-lobby": ("NA", ["lobby-na"], {"model": "AWS ALB", "dns": "lobby-na.alb.us-west-2.example"}),
    "patch-cdn": (
        "EX",
        ["patchd", "patch-origin"],
        {"model": "Akamai NetStorage+Download Delivery", "cname": "patch.example-game.com"},
    ),
}
STORAGE = {
    "patch-origin": (
        "K1",
        "build-deploy",
        {"provider": "ncloud-object-storage", "quota_tb": 40, "bucket": "patch-live"},
    ),
    "replay-nas": (
        "K1",
        "anticheat",
        {"model": "NetApp AFF A250", "capacity_tb": 120, "share": "/vol/replay"},
    ),
    "backup-s3": ("JP", "infra", {"provider": "aws-s3", "quota_tb": 400, "bucket": "db-backup-apne1"}),
}
STORAGE_LINKS = {  # hosts writing there (CONNECTS_TO)
    "backup-s3": ["mydb-kr1-01", "mydb-kr1-02", "mydb-kr1-03", "mydb-kr2-01", "mydb-kr2-02"],
    "replay-nas": ["kn-kr1-03", "kn-kr1-04"],
}
EXTRA_HOSTS = {"kn-kr1-05": ("K1", "L"), "bastion-kr1": ("K1", "L"), "kn-kr2-04": ("K2", "L")}
STATUS = {
    "kn-kr1-05": "retired",  # replaced by kn-kr2-03 last month
    "login-dev": "retired",
    "bastion-kr1": "maintenance",  # PAM agent upgrade
    "store-qa": "maintenance",  # QA store DB refresh
    "gs-kr2-ch02": "maintenance",  # 판교 2채널 closed for a 서버 이전 (server move) this week
}
# game server shards: (world, channel, 서버 종류, max CCU, build)
GAME = {
    "gs-kr1-ch01": ("아스테라", 1, "필드섭", 5000, "3.12.0"),
    "gs-kr1-ch02": ("아스테라", 2, "필드섭", 5000, "3.12.0"),
    "gs-kr1-ch03": ("아스테라", 3, "PvP섭", 3000, "3.12.0"),
    "gs-kr2-ch01": ("벨루나", 1, "필드섭", 5000, "3.12.0"),
    "gs-kr2-ch02": ("벨루나", 2, "던전섭", 4000, "3.12.0"),
    "gs-jp1-ch01": ("Sakura", 1, "필드섭", 4000, "3.11.4"),
    "gs-jp1-ch02": ("Sakura", 2, "PvP섭", 2500, "3.11.4"),
    "gs-na1-ch01": ("Aurora", 1, "필드섭", 3500, "3.11.4"),
    "gs-qa-ch01": ("QA-월드", 1, "필드섭", 500, "3.12.1-rc2"),
    "gs-dev": ("DEV-월드", 1, "필드섭", 100, "3.13.0-dev"),
}
LANG = {"gameserver": "cpp", "billing": "java", "account": "go", "data": "java", "anticheat": "rust"}
DB_ENGINE = {  # name: (engine, port, extra attributes)
    "accountdb": ("mysql-8.0.36", 3306, {"role": "계정/캐릭터 목록", "size_gb": 620}),
    "paydb": ("mysql-8.0.36", 3306, {"role": "결제 원장", "size_gb": 410}),
    "gmdb": ("mysql-8.0.32", 3306, {"role": "GM 작업 로그", "size_gb": 90}),
    "gamedb-s01": ("mysql-8.0.36", 3306, {"shard": "s01", "uid_mod": "uid % 4 = 0", "size_gb": 1750}),
    "gamedb-s02": ("mysql-8.0.36", 3306, {"shard": "s02", "uid_mod": "uid % 4 = 1", "size_gb": 1690}),
    "gamedb-s03": ("mysql-8.0.36", 3306, {"shard": "s03", "uid_mod": "uid % 4 = 2", "size_gb": 1820}),
    "gamedb-s04": ("mysql-8.0.32", 3306, {"shard": "s04", "uid_mod": "uid % 4 = 3", "size_gb": 1580}),
    "es-log": ("elasticsearch-8.13", 9200, {"role": "게임 로그 검색", "size_gb": 5400}),
    "gamedb-jp-s01": ("aurora-mysql-3.05", 3306, {"shard": "jp-s01", "size_gb": 980}),
    "gamedb-na-s01": ("aurora-mysql-3.05", 3306, {"shard": "na-s01", "size_gb": 640}),
    "gamedb-qa": ("mysql-8.0.36", 3306, {"shard": "qa", "size_gb": 120}),
    "gamedb-dev": ("mysql-8.4.0", 3306, {"shard": "dev", "size_gb": 60}),
}
CACHE = {  # name: (engine, port, mode, maxmemory_gb, role)
    "redis-6379": ("redis-7.0.15", 6379, "sentinel", 32, "세션 저장소"),
    "redis-6380": ("redis-7.0.15", 6380, "sentinel", 24, "매칭 대기열/로비 캐시"),
    "redis-6381": ("redis-7.2.4", 6381, "cluster", 48, "채팅 접속상태/랭킹"),
    "redis-7000-jp": ("elasticache-redis-7.1", 6379, "cluster", 26, "JP 세션/매칭"),
    "redis-7000-na": ("elasticache-redis-7.1", 6379, "cluster", 13, "NA 세션/매칭"),
    "redis-qa": ("redis-7.2.4", 6379, "standalone", 4, "QA 공용"),
}
PORTS = {
    "gate": 443,
    "login": 9001,
    "lobby": 12000,
    "chat": 5222,
    "guild": 9300,
    "store": 8443,
    "ladder": 9400,
    "shield": 9500,
    "patchd": 8080,
    "gmtool": 8088,
    "logship": 24224,
    "log-indexer": 9600,
}

INCIDENTS = [
    {
        "id": "F7",
        "kind": "consumer_lag",
        "root": "kafka-kr",
        "description": "kafka-kr: broker kfk-kr2-02 drops out of the ISR of 212 partitions after a partition"
        " reassignment and fetch latency climbs; the consumer groups of ladder (랭킹 집계), shield (anti-cheat"
        " detection) and log-indexer fall behind by up to 1.2 M messages",
        "start": kst(17, 3, 10),
        "end": kst(17, 5, 40),
        "hops": {"kafka-kr": 0, "ladder": 1, "shield": 1, "log-indexer": 1},
    },
    {
        "id": "F4",
        "kind": "ddos",
        "root": "l4-lobby",
        "description": "a SYN flood (about 2.3 M pps) hits the KR lobby VIP on l4-lobby: its connection table"
        " fills, requests time out and lobby behind it is overloaded until the scrubbing centre takes over",
        "start": kst(17, 20, 5),
        "end": kst(17, 20, 50),
        "hops": {"l4-lobby": 0, "lobby": 1},
    },
    {
        "id": "F1",
        "kind": "redis_failover",
        "root": "redis-6379",
        "description": "the master of the session Redis redis-6379 (on rd-kr1-01) stalls on a fork for BGSAVE and"
        " sentinel fails over to rd-kr1-02: login and gate get READONLY/connection errors for about 25 min,"
        " players are disconnected (튕김) and the KR, JP and NA lobbies fail logins",
        "start": kst(17, 23, 30),
        "end": kst(17, 23, 58),
        "hops": {"redis-6379": 0, "login": 1, "gate": 1, "lobby": 2, "lobby-jp": 2, "lobby-na": 2},
    },
    {
        "id": "F2",
        "kind": "queue_blowup",
        "root": "mm01",
        "description": "mm01 3.12.0, deployed during this morning's 정기점검, re-enqueues tickets after a party"
        " change: the matchmaking queue grows to 48,000 and lobby times out on match requests until mm01 is"
        " rolled back to 3.11.4",
        "start": kst(18, 10, 15),
        "end": kst(18, 11, 40),
        "hops": {"mm01": 0, "lobby": 1},
    },
    {
        "id": "F6",
        "kind": "pg_timeout",
        "root": "pg-kcp",
        "description": "the KCP payment gateway's approval API times out (30 s): pay-kr fails payments and"
        " store purchases of 다이아 packages fail",
        "start": kst(18, 12, 5),
        "end": kst(18, 12, 50),
        "hops": {"pg-kcp": 0, "pay-kr": 1, "store": 2},
    },
    {
        "id": "F5",
        "kind": "memory_leak",
        "root": "gs-kr1-ch03",
        "description": "the 3.12.0 build of the PvP shard gs-kr1-ch03 leaks memory (replay buffers never freed)"
        " since the patch at 10:05: memory climbs for hours, and since 13:30 GC pauses cause tick overruns"
        " (렉) and disconnects (ongoing)",
        "start": kst(18, 13, 30),
        "end": None,
        "hops": {"gs-kr1-ch03": 0},
    },
    {
        "id": "F3",
        "kind": "db_disk_full",
        "root": "gamedb-s03",
        "description": "binlog retention on gamedb-s03 was raised from 3 to 30 days yesterday at 16:00; the data"
        " volume fills and since 13:45 writes fail (MySQL error 28): guild, gs-kr2-ch01 and gmtool fail to"
        " save (ongoing)",
        "start": kst(18, 13, 45),
        "end": None,
        "hops": {"gamedb-s03": 0, "guild": 1, "gs-kr2-ch01": 1, "gmtool": 1},
    },
]
LEAK_FROM = kst(18, 10, 5)
BINLOG_FROM = kst(17, 16, 0)


def _attrs(name: str, kind: str, owner: str, site: str, env: str, rng: random.Random) -> dict:
    attrs: dict = {"stage": STAGE[env]}
    if name in GAME:
        world, ch, server_type, ccu, build = GAME[name]
        attrs |= {
            "world": world,
            "channel": ch,
            "server_type": server_type,
            "max_ccu": ccu,
            "build": build,
            "tick_rate": 30 if server_type != "PvP섭" else 60,
            "port": 7700 + ch + (10 if site == "K2" else 0),
            "lang": "cpp",
        }
    elif kind == "service":
        attrs |= {
            "version": f"{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            "lang": LANG.get(owner, rng.choice(["go", "java", "node", "kotlin"])),
            "port": PORTS.get(name, rng.choice([8080, 8443, 9000, 9090])),
        }
        if name.startswith("mm"):
            attrs |= {"version": "3.11.4" if name == "mm01" else "3.12.0", "queue": "redis sorted set"}
        if name.startswith("pg-"):
            attrs = {
                "stage": "live",
                "vendor": {"pg-kcp": "NHN KCP", "pg-komoju": "KOMOJU", "pg-stripe": "Stripe"}[name],
                "timeout_s": 30,
                "endpoint": f"https://{name[3:]}.pg.example/approve",
                "contract": "외부 PG사",
            }
        if name == "gmtool":
            attrs["note"] = "운영툴: 아이템 지급, 제재, 공지"
    elif kind == "database":
        engine, port, extra = DB_ENGINE[name]
        attrs |= {"engine": engine, "port": port, **extra}
        if engine.startswith("mysql"):
            attrs["binlog_expire_days"] = 30 if name == "gamedb-s03" else 3
    elif kind == "cache":
        engine, port, mode, maxmem, role = CACHE[name]
        attrs |= {"engine": engine, "port": port, "mode": mode, "maxmemory_gb": maxmem, "role": role}
    else:
        attrs |= (
            {"engine": "kafka-3.6.1", "port": 9092, "brokers": 3, "topics": 41, "retention_h": 72}
            if name == "kafka-kr"
            else {"engine": "msk-3.5.1", "port": 9094, "brokers": 3, "topics": 18, "retention_h": 48}
        )
    return attrs


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    hosts: dict[str, tuple[str, str]] = {}
    for name, (kind, owner, site, env, on, deps) in SERVICES.items():
        attrs = _attrs(name, kind, owner, site, env, rng)
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
        for h in on:
            hosts.setdefault(h, (site, env))
    for lb, (site, targets, attrs) in LOAD_BALANCERS.items():
        owner = "network" if site in ("K1", "EX") else "cloud-ops"
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], {"stage": "live", **attrs}))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, owner, attrs) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], {"stage": "live", **attrs}))
        rels += [(h, st, "CONNECTS_TO") for h in STORAGE_LINKS.get(st, [])]
    hosts |= EXTRA_HOSTS
    for i, (h, (site, env)) in enumerate(sorted(hosts.items())):
        if site in ("JP", "NA"):
            az = "ap-northeast-1" if site == "JP" else "us-west-2"
            attrs = {
                "ip": h[3:].replace("-", "."),
                "os": "amazon-linux-2023",
                "instance_type": rng.choice(["c6i.4xlarge", "m6i.2xlarge", "c7g.4xlarge"]),
                "az": f"{az}{rng.choice('abc')}",
                "vcpu": rng.choice([8, 16]),
                "memory_gb": rng.choice([32, 64]),
            }
        else:
            net = {"K1": 21, "K2": 22}[site] + {"L": 0, "Q": 100, "D": 110}[env]
            attrs = {
                "ip": f"10.{net}.{8 + i // 20}.{10 + (i * 7) % 200}",
                "os": rng.choice(["rocky-9.3", "ubuntu-22.04"]),
                "vcpu": rng.choice([16, 32, 48, 64]),
                "memory_gb": rng.choice([64, 128, 256]),
                "rack": f"{'GS' if site == 'K1' else 'PG'}-{rng.choice('ABCD')}{rng.randint(1, 12):02d}",
                "idc": {"K1": "가산", "K2": "판교"}[site],
            }
            if h.startswith(("kn-", "qa-kn-")):
                attrs |= {
                    "k8s": "v1.29.4",
                    "node_pool": "gs-pool" if h in ("kn-kr1-03", "kn-kr1-04") else "svc-pool",
                }
        attrs["stage"] = STAGE[env]
        owner = "cloud-ops" if site in ("JP", "NA") else "infra"
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), rels


def _players(ts: datetime, site: str) -> float:
    """Concurrent-player shape: evening peak (KR/JP ~21:30 KST, NA ~12:00 KST), morning trough."""
    hour = seoul_hour(ts)
    peak = 12.0 if site == "NA" else 21.5
    dist = min(abs(hour - peak), 24 - abs(hour - peak))
    return 0.2 + 0.8 * math.exp(-(dist**2) / (2 * 5.0**2))


KR_CLOSED = {  # closed while the KR worlds are down for 정기점검
    "lobby",
    "mm01",
    "mm02",
    "gs-kr1-ch01",
    "gs-kr1-ch02",
    "gs-kr1-ch03",
    "gs-kr2-ch01",
    "gs-kr2-ch02",
    "chat",
    "guild",
    "store",
    "pay-kr",
    "ladder",
    "l4-lobby",
}


SITE_CODE = {v: k for k, v in SITES.items()}
HOST = HostBaseline(cpu=(0.4, 0.9, 1.3), memory=(7, 0.5), disk_noise=0.12)
SERVICE = ServiceBaseline(response=(0.85, 0.3, 0.05), requests=(0.15, 0.9), memory=(14, 0.5))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, site, rows = ci["name"], SITE_CODE[ci["location"]], []
    idles = site == "K1" and name.startswith("kn-")  # a KR node: idle while the worlds are closed

    def load(ts: datetime) -> float:
        d = _players(ts, site)
        return d * 0.15 if idles and MAINT[0] <= ts < MAINT[1] else d

    levels = rng.uniform(8, 40), rng.uniform(30, 62), rng.uniform(22, 58)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, levels, rng.uniform(0, 0.9)):
        if name == "kn-kr1-04" and ts >= LEAK_FROM:  # the leaking pod's node fills up too
            mem += 22 * min(1.0, (ts - LEAK_FROM) / (NOW - LEAK_FROM))
        if name == "kn-kr1-01":  # the lobby pods on the flooded VIP's node
            inc = INCIDENTS[1]
            cpu += (88 - cpu) * ramp(ts, incident_onset(inc, 1), inc["end"])
        if name == "rd-kr1-01":  # the stalled Redis master: fork for BGSAVE
            inc = INCIDENTS[2]
            mem += (93 - mem) * ramp(ts, inc["start"] - timedelta(minutes=10), inc["end"], rise=10)
        if name == "kfk-kr2-02":  # the broker that fell out of the ISR
            inc = INCIDENTS[0]
            cpu += (91 - cpu) * ramp(ts, inc["start"] - timedelta(minutes=5), inc["end"])
        rows += host_gauges(ts, name, cpu, mem, disk)
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    return storage_fill(rng, ci["name"], times, START, (38, 70), 0.3)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, site, rows = ci["name"], ci["type"], SITE_CODE[ci["location"]], []
    rt0 = level_by_kind(rng, kind, (3, 18), (0.4, 1.8), (4, 14), (5, 25), other=(20, 180))
    if name.startswith("gs-"):
        rt0 = rng.uniform(18, 45)  # server tick/round-trip latency
    if name.startswith("pg-"):
        rt0 = rng.uniform(260, 420)
    err0, req0 = rng.uniform(0.03, 0.45), rng.uniform(40, 2500)
    if name == "l4-lobby":
        req0 = 2600.0
    levels = rt0, err0, req0, rng.uniform(32, 55)
    disk0, disk_growth = rng.uniform(38, 72), rng.uniform(0.05, 0.6)
    for ts, _, rt, err, req, mem in SERVICE.walk(rng, times, lambda ts: _players(ts, site), levels):
        if (name in KR_CLOSED and MAINT[0] <= ts < MAINT[1]) or ci["status"] == "maintenance":
            req *= 0.03
        if name == "gs-kr1-ch03" and ts >= LEAK_FROM:
            frac = (ts - LEAK_FROM) / (NOW - LEAK_FROM)
            mem = max(mem, 47 + 49 * frac + rng.gauss(0, 0.3))
        if name == "redis-6380":  # the matchmaking queue piles up in redis (below the warning level)
            inc = INCIDENTS[3]
            mem += 24 * ramp(ts, inc["start"], inc["end"], rise=40)
        if name == "redis-6379":
            inc = INCIDENTS[2]
            mem += (91 - mem) * ramp(ts, inc["start"] - timedelta(minutes=10), inc["end"], rise=10)
        disk = disk0 + disk_growth * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.08)
        if name == "gamedb-s03" and ts >= BINLOG_FROM:
            full_at = INCIDENTS[6]["start"]
            if ts < full_at:
                disk += (97.6 - disk) * ((ts - BINLOG_FROM) / (full_at - BINLOG_FROM)) ** 1.3
            else:
                disk = 98.5 + rng.gauss(0, 0.15)
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            fid = inc["id"]
            if fid == "F7":  # fetch latency, consumers fall behind
                rt *= 1 + r * (9.0 if hop == 0 else 3.5)
                err += r * (4.0 if hop == 0 else 2.5)
            elif fid == "F4":  # the flood
                req *= 1 + r * (14.0 if hop == 0 else 4.0)
                rt *= 1 + r * (11.0 if hop == 0 else 5.0)
                err += r * (22.0 if hop == 0 else 9.0)
            elif fid == "F1":
                rt *= 1 + r * (5.0 if hop == 0 else 3.0 / hop)
                err += r * (35.0 if hop == 0 else 18.0 / hop**1.5)
            elif fid == "F2":
                rt *= 1 + r * (16.0 if hop == 0 else 5.0)
                err += r * (9.0 if hop == 0 else 6.5)
            elif fid == "F6":
                rt *= 1 + r * (30.0 if hop == 0 else 9.0 / hop)
                err += r * (38.0 if hop == 0 else 22.0 / hop**1.5)
            elif fid == "F5":
                rt *= 1 + r * 6.0
                err += r * 7.5
            else:  # F3: writes fail
                rt *= 1 + r * (9.0 if hop == 0 else 3.0)
                err += r * (16.0 if hop == 0 else 8.0)
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0), request_rate=req)
        if kind == "cache" or name.startswith("gs-"):
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
        if kind == "database":
            rows.append((ts, name, "disk_usage", min(disk, 99.5)))
    return rows


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (
        16,
        15,
        0,
        "shield",
        "info",
        "deployment",
        "Deployed shield detection rules 2026.11 (speed-hack pattern #412)",
    ),
    (16, 16, 40, "gs-qa-ch01", "info", "deployment", "Deployed gs build 3.12.1-rc1 to QA-월드"),
    (16, 18, 10, "store", "info", "hotfix", "핫픽스: 다이아 패키지 가격 표기 오류 수정 (store 2.14.1)"),
    (16, 19, 0, "gmtool", "info", "gm_action", "GM 공지 발송: 주말 경험치 2배 이벤트"),
    (16, 21, 30, "chat", "warning", "threshold_breach", "chat spam filter queue above 5,000 messages"),
    (16, 22, 15, "gs-jp1-ch02", "minor", "restart", "Pod restarted after liveness probe failure (exit 137)"),
    (17, 1, 0, "ip-10-60-1-15", "info", "autoscale", "ASG replaced instance (scheduled retirement)"),
    (17, 2, 0, "gamedb-s01", "info", "backup", "Nightly xtrabackup to backup-s3 done (1.7 TB, 41 min)"),
    (17, 2, 0, "accountdb", "info", "backup", "Nightly xtrabackup to backup-s3 done (0.6 TB, 15 min)"),
    (17, 10, 30, "gs-qa-ch01", "info", "deployment", "Deployed gs build 3.12.1-rc2 to QA-월드"),
    (17, 11, 0, "patchd", "info", "deployment", "Patch 3.12.0 manifest staged to patch-origin (4.1 GB)"),
    (17, 14, 0, "alb-jp-lobby", "info", "cert_renewal", "ACM certificate renewed for lobby-jp"),
    (
        17,
        16,
        0,
        "gamedb-s03",
        "info",
        "config_change",
        "Config changed: binlog_expire_logs_seconds 259200 -> 2592000",
    ),
    (17, 17, 20, "store-qa", "info", "maintenance", "QA store DB refresh started (maintenance)"),
    (17, 18, 30, "bastion-kr1", "info", "maintenance", "Bastion locked for PAM agent upgrade (maintenance)"),
    (17, 19, 45, "kn-kr2-04", "info", "autoscale", "Node joined svc-pool (cluster autoscaler)"),
    (
        17,
        21,
        40,
        "gs-kr2-ch02",
        "info",
        "maintenance",
        "판교 2채널 서버 이전 작업으로 채널 닫힘 (maintenance)",
    ),
    (18, 2, 0, "gamedb-s01", "info", "backup", "Nightly xtrabackup to backup-s3 done (1.7 TB, 43 min)"),
    (18, 2, 0, "accountdb", "info", "backup", "Nightly xtrabackup to backup-s3 done (0.6 TB, 15 min)"),
    (18, 5, 50, "gmtool", "info", "gm_action", "GM 공지: 06:00~10:00 정기점검 안내"),
    (18, 6, 0, "lobby", "info", "maintenance", "정기점검 시작: KR 월드 닫힘 (아스테라, 벨루나)"),
    (18, 6, 5, "patchd", "info", "deployment", "Patch 3.12.0 published to patch-cdn"),
    (18, 9, 30, "gs-kr1-ch01", "info", "deployment", "Deployed gs build 3.12.0"),
    (18, 9, 31, "gs-kr1-ch02", "info", "deployment", "Deployed gs build 3.12.0"),
    (18, 9, 32, "gs-kr1-ch03", "info", "deployment", "Deployed gs build 3.12.0"),
    (18, 9, 33, "gs-kr2-ch01", "info", "deployment", "Deployed gs build 3.12.0"),
    (18, 9, 40, "mm01", "info", "deployment", "Deployed mm01 3.12.0 (party re-queue change)"),
    (18, 9, 41, "mm02", "info", "deployment", "Deployed mm02 3.12.0"),
    (18, 9, 45, "lobby", "info", "deployment", "Deployed lobby 3.12.0"),
    (18, 10, 0, "lobby", "info", "maintenance", "정기점검 종료: KR 월드 오픈"),
    (18, 12, 55, "gmtool", "info", "gm_action", "GM 보상 우편 발송: 결제 실패 유저 대상 보상"),
]
INCIDENT_EVENTS = [
    # F7 (yesterday 03:10–05:40)
    (
        17,
        3,
        5,
        "kafka-kr",
        "info",
        "config_change",
        "Partition reassignment started (topics match-result, chat-log)",
    ),
    (
        17,
        3,
        12,
        "kafka-kr",
        "critical",
        "isr_shrink",
        "ISR shrank on 212 partitions: broker kfk-kr2-02 fell behind",
    ),
    (17, 3, 18, "ladder", "major", "consumer_lag", "consumer group ladder-agg lag 480,000 on match-result"),
    (
        17,
        3,
        19,
        "shield",
        "major",
        "consumer_lag",
        "consumer group shield-detect lag 350,000 (detection delayed)",
    ),
    (
        17,
        3,
        20,
        "log-indexer",
        "major",
        "consumer_lag",
        "consumer group log-indexer lag 1,200,000 on game-log",
    ),
    (17, 4, 50, "kafka-kr", "info", "config_change", "Reassignment throttle lowered to 50 MB/s"),
    (17, 5, 45, "kafka-kr", "info", "recovery", "All partitions back in ISR, consumer lag draining"),
    # F4 (yesterday 20:05–20:50)
    (
        17,
        20,
        6,
        "l4-lobby",
        "critical",
        "ddos",
        "SYN flood on VIP 211.45.12.21:12000, 2.3 M pps, connection table 98%",
    ),
    (17, 20, 12, "lobby", "major", "threshold_breach", "request_rate above 4x baseline, login queue 12,000"),
    (17, 20, 15, "lobby", "major", "timeout", "timeout accepting client sessions (accept backlog full)"),
    (
        17,
        20,
        25,
        "l4-lobby",
        "info",
        "mitigation",
        "Traffic diverted to the scrubbing centre (KT Clean Zone)",
    ),
    (17, 20, 55, "l4-lobby", "info", "recovery", "Flood ended, VIP back on direct routing"),
    # F1 (last night 23:30–23:58)
    (17, 23, 28, "redis-6379", "warning", "latency", "fork for BGSAVE took 4.8 s on rd-kr1-01"),
    (17, 23, 30, "redis-6379", "critical", "failover", "master rd-kr1-01 down, sentinel promoted rd-kr1-02"),
    (
        17,
        23,
        35,
        "login",
        "major",
        "error",
        "READONLY You can't write against a read only replica (session save)",
    ),
    (
        17,
        23,
        36,
        "gate",
        "major",
        "connection_lost",
        "connection lost to redis-6379, 8,400 players disconnected",
    ),
    (17, 23, 42, "lobby", "major", "error", "login failed for 31% of entries (auth timeout)"),
    (17, 23, 43, "lobby-jp", "warning", "error", "auth via login failing (KR session store)"),
    (17, 23, 44, "lobby-na", "warning", "error", "auth via login failing (KR session store)"),
    (17, 23, 59, "redis-6379", "info", "recovery", "clients reconnected to new master rd-kr1-02"),
    # F2 (today 10:15–11:40)
    (18, 10, 18, "mm01", "critical", "queue_backlog", "matchmaking queue depth 48,000 (normal < 2,000)"),
    (18, 10, 25, "lobby", "major", "timeout", "timeout calling mm01 (match request, 10 s)"),
    (18, 10, 40, "mm01", "major", "threshold_breach", "response_time_ms above 2000 ms for 15 min"),
    (18, 11, 25, "mm01", "info", "rollback", "Rolled back mm01 3.12.0 -> 3.11.4"),
    (18, 11, 42, "mm01", "info", "recovery", "queue drained, match time back to 18 s"),
    # F6 (today 12:05–12:50)
    (18, 12, 6, "pg-kcp", "critical", "timeout", "KCP approval API timeout (30 s), 0 of 212 approvals"),
    (18, 12, 10, "pay-kr", "major", "timeout", "timeout calling pg-kcp (payment approval)"),
    (18, 12, 14, "store", "major", "error", "purchase failed for 다이아 패키지: payment not approved"),
    (18, 12, 52, "pg-kcp", "info", "recovery", "KCP approval API responding normally"),
    # F5 (today, ongoing)
    (18, 13, 2, "gs-kr1-ch03", "warning", "threshold_breach", "memory_usage above 80% of pod limit"),
    (
        18,
        13,
        32,
        "gs-kr1-ch03",
        "major",
        "tick_overrun",
        "tick overrun 180 ms (GC pause), 렉 reports from players",
    ),
    (18, 13, 52, "gs-kr1-ch03", "critical", "threshold_breach", "memory_usage above 90% of pod limit"),
    (18, 14, 5, "gs-kr1-ch03", "major", "disconnect", "1,240 players disconnected (튕김) in 10 min"),
    # F3 (today, ongoing)
    (
        18,
        9,
        32,
        "gamedb-s03",
        "warning",
        "threshold_breach",
        "disk_usage above 85% on /data (binlog 1.1 TB)",
    ),
    (18, 12, 57, "gamedb-s03", "major", "threshold_breach", "disk_usage above 95% on /data"),
    (
        18,
        13,
        46,
        "gamedb-s03",
        "critical",
        "disk_full",
        "Got error 28 from storage engine (No space left on device)",
    ),
    (18, 13, 52, "guild", "major", "error", "guild save failed: gamedb-s03 write error"),
    (18, 13, 53, "gs-kr2-ch01", "major", "error", "character save failed on gamedb-s03, retrying"),
    (18, 13, 58, "gmtool", "minor", "error", "item grant failed for uid%4=2 users (gamedb-s03)"),
]


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "game", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()
