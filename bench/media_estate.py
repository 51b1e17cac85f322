"""Generate the media-ott estate (tests/fixtures/media-ott/, interchange format) and its faults file.

A Korean broadcaster's OTT/streaming estate: live encoders and packagers at the 상암 broadcast centre
(`sangam-bc`), origins, the VOD transcoding farm, DRM, subscriber/billing, Elasticsearch and RabbitMQ at the
목동 IDC (`mokdong-idc`), the player API, multi-CDN steering, server-side ad insertion, recommendation and
search on GCP Seoul (`gcp-asia-northeast3`) and two overseas CDN edge caches in Los Angeles (`edge-lax`);
prod/staging/dev, with a few services present in two environments (`player.api` / `stg-player.api`).

Named unlike the other estates (telco-mid, retail-kr: lowercase dashes; bank-fin: dotted host names; saas-cloud:
region prefixes and generic words; plant-mes: UPPER_UNDERSCORE; hosp-emr: CamelCase): a site prefix with a
function code (`sa-enc-live02`, `md-org-03`, `gc-gke-n04`), dots inside service names (`player.api`,
`drm.license`, `cdn.steer`, `ssai.stitch`), digits that read as resolutions or protocol versions
(`tx-1080p-02`, `tx-4k-01`, `pkg-hls4`, `pkg-dash4`, `pkg-jit2`), Korean-romanised product names
(`chucheon-api` 추천, `geomsaek-api` 검색, `pyeonseong-cms` 편성, `gaip-sub` 가입, `gyeolje-bill` 결제,
`gwanggo-ads` 광고, `sicheong-log` 시청) and CIs that differ only by a trailing letter (`origin-a`/`origin-b`,
`es-vod-a`/`es-vod-b`, `redis-sess-a`/`redis-sess-b`, `lx-edge-a`/`lx-edge-b`). Some owners are Korean team
names (`송출기술팀`).

Seven injected incidents (times KST, now = 2026-10-22 22:30, 한국시리즈 Game 3 on air):
  F5 yesterday 15:10–16:40  cdn.steer flaps between CDNs after its probe threshold was lowered
  F4 last night 22:40–00:50 origin-b's segment cache disk (md-org-03) fills up; the LA edges see 5xx
  F7 새벽 02:00–04:20        a full reindex on es-vod-b slows geomsaek-api search
  F2 this morning 09:40–11:30 drm.license latency after the FairPlay/Widevine certificate rotation
  F3 this afternoon 14:05–17:50 mq-tx hits its memory high watermark: transcoding backlog, CMS publish
     timeouts
  F6 ongoing since 19:30    chucheon-api leaks memory since yesterday's 3.8.0 deploy: GC pauses, slow rails
  F1 ongoing since 21:05    sa-enc-live02 drops frames after its profile was switched to 1080p60 HDR
plus the live archive NAS (`sa-nas-arc`) filling past 90 %. Deterministic (seeded); the golden questions
(bench/media_golden.py) are computed from the files this writes.

    .venv/bin/python bench/media_estate.py   # rewrites tests/fixtures/media-ott*
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
    HostBaseline,
    ci_record,
    dated,
    generate,
    hop_effect,
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

NAME = "media-ott"
NOW = datetime(2026, 10, 22, 13, 30, tzinfo=UTC)  # 22:30 KST
START = NOW - timedelta(hours=48)
SEED = 20261022
SITES = {"sa": "sangam-bc", "md": "mokdong-idc", "gc": "gcp-asia-northeast3", "lx": "edge-lax"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}


kst = kst_utc_clock("2026-10")


LIVE = "송출기술팀"
VOD = "VOD플랫폼팀"
# name: (type, owner, site, env, hosts, depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # 상암 broadcast centre: live encoding and packaging, CMS, EPG, monitoring
    "sa-enc-live01": (
        "service",
        LIVE,
        "sa",
        "P",
        ["sa-enc-h01"],
        [],
        {"vendor": "AWS Elemental Live", "channel": "drama", "profile": "1080p30", "bitrate_kbps": 8000},
    ),
    "sa-enc-live02": (
        "service",
        LIVE,
        "sa",
        "P",
        ["sa-enc-h02"],
        [],
        {
            "vendor": "Harmonic Electra X",
            "channel": "sports",
            "profile": "1080p60-hdr",
            "bitrate_kbps": 14000,
        },
    ),
    "sa-enc-live03": (
        "service",
        LIVE,
        "sa",
        "P",
        ["sa-enc-h01"],
        [],
        {"vendor": "AWS Elemental Live", "channel": "news", "profile": "1080p30", "bitrate_kbps": 6000},
    ),
    "sa-enc-bk01": (
        "service",
        LIVE,
        "sa",
        "P",
        ["sa-enc-h03"],
        [],
        {"vendor": "Harmonic Electra X", "channel": "standby", "profile": "1080p60", "bitrate_kbps": 12000},
    ),
    "pkg-hls4": (
        "service",
        LIVE,
        "sa",
        "P",
        ["sa-pkg-h01"],
        ["sa-enc-live01", "sa-enc-live02", "drm.kms"],
        {"protocol": "HLS v4", "segment_sec": 4, "drm": "FairPlay"},
    ),
    "pkg-dash4": (
        "service",
        LIVE,
        "sa",
        "P",
        ["sa-pkg-h01"],
        ["sa-enc-live02", "sa-enc-live03", "drm.kms"],
        {"protocol": "MPEG-DASH", "segment_sec": 4, "drm": "Widevine+PlayReady"},
    ),
    "pyeonseong-cms": (
        "service",
        "cms-team",
        "sa",
        "P",
        ["sa-app-h01"],
        ["pg-cms", "vod-store", "mq-tx"],
        {"language": "java", "port": 8443},
    ),
    "epg.api": (
        "service",
        "cms-team",
        "sa",
        "P",
        ["sa-app-h01"],
        ["pyeonseong-cms"],
        {"language": "kotlin", "port": 8080},
    ),
    "mon.prom": ("service", "sre-core", "sa", "P", ["sa-mon-h01"], [], {"language": "go", "port": 9090}),
    "mon.grafana": (
        "service",
        "sre-core",
        "sa",
        "P",
        ["sa-mon-h01"],
        ["mon.prom"],
        {"language": "go", "port": 3000},
    ),
    # 목동 IDC: origins, DRM, subscribers and billing, transcoding, search indexing
    "origin-a": (
        "service",
        VOD,
        "md",
        "P",
        ["md-org-01", "md-org-02"],
        ["pkg-hls4", "pkg-dash4"],
        {"role": "live origin", "software": "nginx-1.25 + varnish-7.4", "cache_gb": 800, "port": 443},
    ),
    "origin-b": (
        "service",
        VOD,
        "md",
        "P",
        ["md-org-03"],
        ["pkg-jit2", "vod-store"],
        {"role": "vod origin", "software": "nginx-1.25", "cache_gb": 3600, "port": 443},
    ),
    "pkg-jit2": (
        "service",
        VOD,
        "md",
        "P",
        ["md-org-02"],
        ["vod-store", "drm.kms"],
        {"protocol": "HLS+DASH just-in-time", "segment_sec": 6, "drm": "multi-DRM"},
    ),
    "drm.license": (
        "service",
        "drm-team",
        "md",
        "P",
        ["md-drm-h01"],
        ["drm.kms", "pg-drm", "gaip-sub"],
        {
            "language": "java",
            "port": 8443,
            "drm_systems": "widevine,fairplay,playready",
            "cert_expires": "2027-10-21",
        },
    ),
    "drm.kms": (
        "service",
        "drm-team",
        "md",
        "P",
        ["md-drm-h01"],
        [],
        {"language": "go", "port": 9443, "hsm": "Thales Luna 7"},
    ),
    "gaip-sub": (
        "service",
        "sub-billing",
        "md",
        "P",
        ["md-sub-h01"],
        ["pg-gaip", "mq-billing", "redis-sess-b"],
        {"language": "java", "port": 8080},
    ),
    "gyeolje-bill": (
        "service",
        "sub-billing",
        "md",
        "P",
        ["md-sub-h01"],
        ["pg-bill", "mq-billing", "gaip-sub"],
        {"language": "java", "port": 8080, "pg_gateway": "KG Inicis"},
    ),
    "auth.sso": (
        "service",
        "sub-billing",
        "md",
        "P",
        ["md-sub-h01"],
        ["pg-gaip", "redis-sess-a"],
        {"language": "kotlin", "port": 8443},
    ),
    "tx-dispatch": (
        "service",
        VOD,
        "md",
        "P",
        ["md-tx-h01"],
        ["mq-tx", "pg-cms"],
        {"language": "python", "port": 8000},
    ),
    "tx-1080p-01": (
        "service",
        VOD,
        "md",
        "P",
        ["md-tx-h02"],
        ["mq-tx", "vod-store"],
        {"ladder": "1080p/720p/480p h264", "max_jobs": 6},
    ),
    "tx-1080p-02": (
        "service",
        VOD,
        "md",
        "P",
        ["md-tx-h02"],
        ["mq-tx", "vod-store"],
        {"ladder": "1080p/720p/480p h264", "max_jobs": 6},
    ),
    "tx-4k-01": (
        "service",
        VOD,
        "md",
        "P",
        ["md-tx-h03"],
        ["mq-tx", "vod-store"],
        {"ladder": "2160p/1440p hevc", "max_jobs": 2},
    ),
    "tx-720p-01": (
        "service",
        VOD,
        "md",
        "P",
        ["md-tx-h01"],
        ["mq-tx", "vod-store"],
        {"ladder": "720p/480p/360p h264", "max_jobs": 10},
    ),
    "tx-480p-01": (
        "service",
        VOD,
        "md",
        "P",
        ["md-tx-h04"],
        [],
        {"ladder": "480p/360p h264", "max_jobs": 12},
    ),
    "geomsaek-indexer": (
        "service",
        "search-team",
        "md",
        "P",
        ["md-es-h02"],
        ["es-vod-b", "pg-cms"],
        {"language": "python", "port": 8000},
    ),
    # GCP asia-northeast3 (Seoul): player API, steering, SSAI, recommendation, search, fronts
    "player.api": (
        "service",
        "player-team",
        "gc",
        "P",
        ["gc-gke-n01", "gc-gke-n02"],
        ["drm.license", "cdn.steer", "auth.sso", "ssai.stitch", "redis-sess-a"],
        {"language": "go", "port": 8080},
    ),
    "cdn.steer": (
        "service",
        "player-team",
        "gc",
        "P",
        ["gc-gke-n02"],
        ["redis-steer", "lx-edge-a", "lx-edge-b"],
        {"language": "go", "port": 8080, "cdns": "akamai,cloudfront", "probe_threshold": 3},
    ),
    "ssai.stitch": (
        "service",
        "ad-tech",
        "gc",
        "P",
        ["gc-gke-n03"],
        ["origin-a", "gwanggo-ads"],
        {"language": "node", "port": 8080, "vast": "4.2"},
    ),
    "gwanggo-ads": (
        "service",
        "ad-tech",
        "gc",
        "P",
        ["gc-gke-n03"],
        ["mongo-ads"],
        {"language": "node", "port": 8080},
    ),
    "chucheon-api": (
        "service",
        "reco-ml",
        "gc",
        "P",
        ["gc-gke-n04"],
        ["mongo-reco", "redis-reco"],
        {"language": "java", "port": 8080, "heap_gb": 12},
    ),
    "chucheon-train": (
        "service",
        "reco-ml",
        "gc",
        "P",
        ["gc-gke-n04"],
        ["mongo-reco", "gcs-logs"],
        {"language": "python", "port": 8000, "schedule": "daily 04:30"},
    ),
    "geomsaek-api": (
        "service",
        "search-team",
        "gc",
        "P",
        ["gc-gke-n05"],
        ["es-vod-a", "es-vod-b"],
        {"language": "kotlin", "port": 8080},
    ),
    "app.bff": (
        "service",
        "player-team",
        "gc",
        "P",
        ["gc-gke-n01"],
        ["player.api", "chucheon-api", "geomsaek-api", "gaip-sub"],
        {"language": "node", "port": 8080},
    ),
    "ott-web": (
        "service",
        "player-team",
        "gc",
        "P",
        ["gc-gke-n03"],
        ["player.api", "chucheon-api", "geomsaek-api", "epg.api"],
        {"language": "node", "port": 3000},
    ),
    "sicheong-log": (
        "service",
        "data-eng",
        "gc",
        "P",
        ["gc-gke-n05"],
        ["mq-events", "gcs-logs"],
        {"language": "go", "port": 8080},
    ),
    # staging and dev copies
    "stg-player.api": (
        "service",
        "player-team",
        "gc",
        "S",
        ["gc-stg-n01"],
        ["stg-drm.license"],
        {"language": "go", "port": 8080},
    ),
    "stg-drm.license": (
        "service",
        "drm-team",
        "gc",
        "S",
        ["gc-stg-n01"],
        ["stg-pg-gaip"],
        {"language": "java", "port": 8443, "drm_systems": "widevine,fairplay", "cert_expires": "2026-11-30"},
    ),
    "stg-tx-1080p-01": (
        "service",
        VOD,
        "md",
        "S",
        ["md-stg-h01"],
        [],
        {"ladder": "1080p/720p/480p h264", "max_jobs": 2},
    ),
    "dev-chucheon-api": (
        "service",
        "reco-ml",
        "gc",
        "D",
        ["gc-dev-n01"],
        [],
        {"language": "java", "port": 8080, "heap_gb": 4},
    ),
    # databases
    "pg-gaip": ("database", "dba", "md", "P", ["md-db-h01"], [], {"engine": "postgresql-15.6", "port": 5432}),
    "pg-bill": (
        "database",
        "dba",
        "md",
        "P",
        ["md-db-h02"],
        [],
        {"engine": "postgresql-14.11", "port": 5432},
    ),
    "pg-drm": ("database", "dba", "md", "P", ["md-db-h02"], [], {"engine": "postgresql-15.6", "port": 5433}),
    "pg-cms": ("database", "dba", "sa", "P", ["sa-db-h01"], [], {"engine": "postgresql-13.14", "port": 5432}),
    "stg-pg-gaip": (
        "database",
        "dba",
        "md",
        "S",
        ["md-stg-h01"],
        [],
        {"engine": "postgresql-16.2", "port": 5432},
    ),
    "mongo-reco": (
        "database",
        "reco-ml",
        "gc",
        "P",
        ["gc-mongo-n01"],
        [],
        {"engine": "mongodb-6.0", "port": 27017, "replica_set": "rs-reco"},
    ),
    "mongo-ads": (
        "database",
        "ad-tech",
        "gc",
        "P",
        ["gc-mongo-n01"],
        [],
        {"engine": "mongodb-7.0", "port": 27017, "replica_set": "rs-ads"},
    ),
    "es-vod-a": (
        "database",
        "search-team",
        "md",
        "P",
        ["md-es-h01"],
        [],
        {"engine": "elasticsearch-8.11", "port": 9200, "shards": 6},
    ),
    "es-vod-b": (
        "database",
        "search-team",
        "md",
        "P",
        ["md-es-h02"],
        [],
        {"engine": "elasticsearch-8.11", "port": 9200, "shards": 12},
    ),
    # caches and queues
    "redis-sess-a": (
        "cache",
        "player-team",
        "gc",
        "P",
        ["gc-gke-n05"],
        [],
        {"engine": "redis-7.2", "port": 6379, "maxmemory_gb": 16},
    ),
    "redis-sess-b": (
        "cache",
        "sub-billing",
        "md",
        "P",
        ["md-db-h01"],
        [],
        {"engine": "redis-7.0", "port": 6379, "maxmemory_gb": 8},
    ),
    "redis-reco": (
        "cache",
        "reco-ml",
        "gc",
        "P",
        ["gc-gke-n04"],
        [],
        {"engine": "redis-7.2", "port": 6379, "maxmemory_gb": 32},
    ),
    "redis-steer": (
        "cache",
        "player-team",
        "gc",
        "P",
        ["gc-gke-n02"],
        [],
        {"engine": "redis-7.2", "port": 6379, "maxmemory_gb": 4},
    ),
    "mq-tx": (
        "queue",
        VOD,
        "md",
        "P",
        ["md-mq-h01"],
        [],
        {"engine": "rabbitmq-3.12", "port": 5672, "vhost": "/vod", "queue": "vod.transcode"},
    ),
    "mq-billing": (
        "queue",
        "sub-billing",
        "md",
        "P",
        ["md-mq-h01"],
        [],
        {"engine": "rabbitmq-3.12", "port": 5672, "vhost": "/billing", "queue": "billing.events"},
    ),
    "mq-events": (
        "queue",
        "data-eng",
        "gc",
        "P",
        ["gc-gke-n05"],
        [],
        {"engine": "rabbitmq-3.13", "port": 5672, "vhost": "/player", "queue": "player.heartbeat"},
    ),
}
LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lx-edge-a": (
        "lx",
        "cdn-ops",
        ["origin-a", "origin-b"],
        {"vendor": "Akamai", "pop": "LAX", "cname": "lax-a.ott-cdn.example"},
    ),
    "lx-edge-b": (
        "lx",
        "cdn-ops",
        ["origin-a", "origin-b"],
        {"vendor": "CloudFront", "pop": "LAX", "cname": "lax-b.ott-cdn.example"},
    ),
    "md-l4-a": (
        "md",
        "infra-noc",
        ["drm.license", "gaip-sub", "auth.sso"],
        {"vendor": "F5 BIG-IP i5800", "vip": "10.30.0.21"},
    ),
    "gc-glb-ott": (
        "gc",
        "infra-noc",
        ["ott-web", "app.bff", "player.api"],
        {"vendor": "GCP HTTPS LB", "vip": "34.64.120.7"},
    ),
}
STORAGE = {  # name: (site, owner, attributes, hosts writing there (CONNECTS_TO))
    "vod-store": (
        "md",
        VOD,
        {"vendor": "Ceph RGW (S3)", "capacity_tb": 2400, "bucket": "vod-master"},
        ["md-org-03", "md-tx-h02", "md-tx-h03"],
    ),
    "gcs-logs": (
        "gc",
        "data-eng",
        {"vendor": "Google Cloud Storage", "capacity_tb": 500, "bucket": "ott-viewlogs-apne3"},
        [],
    ),
    "sa-nas-arc": (
        "sa",
        LIVE,
        {"vendor": "NetApp AFF A400", "capacity_tb": 320, "share": "/archive/live"},
        ["sa-enc-h01", "sa-enc-h02"],
    ),
}
HOST_EXTRA = {  # hosts with hardware worth asking about
    "sa-enc-h01": {"gpu": "NVIDIA A2"},
    "sa-enc-h02": {"gpu": "NVIDIA L4"},
    "sa-enc-h03": {"gpu": "NVIDIA L4"},
    "sa-enc-h04": {"gpu": "NVIDIA A2"},
    "md-tx-h02": {"gpu": "NVIDIA T4 x2"},
    "md-tx-h03": {"gpu": "NVIDIA L40S"},
    "md-tx-h04": {"gpu": "NVIDIA T4"},
}
EXTRA_HOSTS = ["sa-enc-h04", "md-org-04"]
STATUS = {
    "sa-enc-h04": "maintenance",  # GPU card swap
    "md-org-04": "maintenance",  # being re-imaged to join origin-b
    "md-tx-h04": "retired",
    "tx-480p-01": "retired",
    "stg-tx-1080p-01": "maintenance",
}
LANG_FALLBACK = "cpp"  # encoders, packagers and transcoders

INCIDENTS = [
    {
        "id": "F1",
        "kind": "encoder_frame_drop",
        "root": "sa-enc-live02",
        "description": "the sports encoder sa-enc-live02 was switched to a 1080p60 HDR profile during 한국시리즈"
        " Game 3; its GPU host sa-enc-h02 saturates and it drops frames: pkg-hls4 and pkg-dash4 get segment"
        " gaps, origin-a serves stale live playlists, ssai.stitch fails some ad stitches (ongoing)",
        "start": kst(22, 21, 5),
        "end": None,
        "hops": {"sa-enc-live02": 0, "pkg-hls4": 1, "pkg-dash4": 1, "origin-a": 2, "ssai.stitch": 3},
    },
    {
        "id": "F2",
        "kind": "drm_cert_rotation",
        "root": "drm.license",
        "description": "after the DRM certificate rotation drm.license lost its OCSP stapling cache and checked"
        " revocation online for every licence: licence latency up, player.api times out acquiring licences,"
        " app.bff and ott-web slow down",
        "start": kst(22, 9, 40),
        "end": kst(22, 11, 30),
        "hops": {"drm.license": 0, "player.api": 1, "app.bff": 2, "ott-web": 2},
    },
    {
        "id": "F3",
        "kind": "queue_backlog",
        "root": "mq-tx",
        "description": "a bulk archive ingest pushes mq-tx (RabbitMQ on md-mq-h01) past its memory high"
        " watermark; publishers are blocked and the vod.transcode queue backs up: the transcoders and"
        " tx-dispatch lag, pyeonseong-cms times out publishing, epg.api slows",
        "start": kst(22, 14, 5),
        "end": kst(22, 17, 50),
        "hops": {
            "mq-tx": 0,
            "tx-dispatch": 1,
            "tx-1080p-01": 1,
            "tx-1080p-02": 1,
            "tx-4k-01": 1,
            "tx-720p-01": 1,
            "pyeonseong-cms": 1,
            "epg.api": 2,
        },
    },
    {
        "id": "F4",
        "kind": "origin_disk_full",
        "root": "origin-b",
        "description": "the segment purge cron on md-org-03 failed, the VOD origin origin-b's cache disk fills"
        " up and it answers 5xx (ENOSPC); the LA edges lx-edge-a and lx-edge-b pass the errors on until the"
        " cache is purged by hand",
        "start": kst(21, 22, 40),
        "end": kst(22, 0, 50),
        "hops": {"origin-b": 0, "lx-edge-a": 1, "lx-edge-b": 1},
    },
    {
        "id": "F5",
        "kind": "cdn_switch_flapping",
        "root": "cdn.steer",
        "description": "cdn.steer's health-probe threshold was lowered to one failed probe; it flaps between"
        " Akamai and CloudFront, player.api hands out broken playback URLs, app.bff and ott-web see errors",
        "start": kst(21, 15, 10),
        "end": kst(21, 16, 40),
        "hops": {"cdn.steer": 0, "player.api": 1, "app.bff": 2, "ott-web": 2},
    },
    {
        "id": "F6",
        "kind": "memory_leak",
        "root": "chucheon-api",
        "description": "chucheon-api 3.8.0 (deployed yesterday 11:00) leaks heap; since 19:30 full-GC pauses"
        " make it slow and erroring, the home rails of app.bff and ott-web slow down (ongoing)",
        "start": kst(22, 19, 30),
        "end": None,
        "hops": {"chucheon-api": 0, "app.bff": 1, "ott-web": 1},
    },
    {
        "id": "F7",
        "kind": "search_reindex",
        "root": "es-vod-b",
        "description": "a full reindex (vod_catalog v7 -> v8) on the es-vod-b cluster saturates md-es-h02;"
        " search queries slow down in geomsaek-api, geomsaek-indexer lags, app.bff and ott-web search is slow",
        "start": kst(22, 2, 0),
        "end": kst(22, 4, 20),
        "hops": {"es-vod-b": 0, "geomsaek-api": 1, "geomsaek-indexer": 1, "app.bff": 2, "ott-web": 2},
    },
]
F1, F2, F3, F4, F5, F6, F7 = INCIDENTS
LEAK_FROM = kst(21, 11, 0)  # chucheon-api 3.8.0 deployed
PURGE_FAILED = kst(21, 3, 0)  # md-org-03 segment purge cron failed
PROFILE_SWITCH = kst(22, 20, 50)  # sa-enc-live02 switched to 1080p60 HDR
GAMES = [(kst(21, 18, 30), kst(21, 21, 50)), (kst(22, 18, 30), kst(22, 23, 30))]
LIVE_CHAIN = {"sa-enc-live02", "pkg-hls4", "pkg-dash4", "origin-a", "ssai.stitch", "lx-edge-a", "lx-edge-b"}
NET = {"sa": 20, "md": 30, "gc": 178, "lx": 90}


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    hosts: dict[str, tuple[str, str]] = {}
    for name, (kind, owner, site, env, on, deps, extra) in SERVICES.items():
        attrs: dict = {"version": f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"}
        if name == "chucheon-api":
            attrs["version"] = "3.8.0"
        if kind == "service" and "language" not in extra and "port" not in extra:
            attrs |= {"language": LANG_FALLBACK, "port": rng.choice([1935, 8088, 9000])}
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
        for h in on:
            hosts.setdefault(h, (site, ENVS[env]))
    for lb, (site, owner, targets, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, owner, attrs, writers) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
        rels += [(h, st, "CONNECTS_TO") for h in writers]
    for h in EXTRA_HOSTS:
        hosts.setdefault(h, (h[:2], "prod"))
    for i, (h, (site, env)) in enumerate(sorted(hosts.items())):
        net = NET[site] + {"prod": 0, "staging": 4, "dev": 5}[env]
        attrs = {
            "ip": f"10.{net}.{8 + i // 20}.{21 + i % 20 * 9}",
            "vcpu": rng.choice([8, 16, 32, 48]) if site != "gc" else rng.choice([8, 16]),
            "memory_gb": rng.choice([32, 64, 128, 256]) if site != "gc" else rng.choice([32, 64]),
        }
        if site == "gc":
            attrs |= {
                "os": "cos-113" if "-gke-" in h or "-stg-" in h or "-dev-" in h else "ubuntu-22.04",
                "zone": f"asia-northeast3-{'abc'[i % 3]}",
                "machine_type": rng.choice(["n2-standard-8", "n2-highmem-8", "c3-standard-8"]),
            }
        else:
            attrs |= {
                "os": rng.choice(["rocky-9.4", "rocky-8.10", "ubuntu-22.04"]),
                "rack": f"{site.upper()}-{rng.choice('ABC')}{rng.randint(1, 9)}-R{rng.randint(1, 30):02d}",
            }
        attrs |= HOST_EXTRA.get(h, {})
        owner = "infra-noc" if site != "gc" else "sre-core"
        cis.append(ci_record(h, "host", env, owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), rels


def _viewing(ts: datetime) -> float:
    """OTT viewing load: night trough around 04-06 KST, a lunch bump and the prime-time peak around 21:30."""
    hour = seoul_hour(ts)
    dist = min(abs(hour - 21.5), 24 - abs(hour - 21.5))
    prime = math.exp(-(dist**2) / (2 * 3.2**2))
    lunch = 0.25 * math.exp(-((hour - 12.5) ** 2) / (2 * 1.4**2))
    return 0.2 + 0.75 * prime + lunch


def _game(ts: datetime) -> float:
    """1 while a 한국시리즈 game is on air (with 20-minute shoulders)."""
    best = 0.0
    for a, b in GAMES:
        if a <= ts < b:
            best = 1.0
        elif a - timedelta(minutes=20) <= ts < a:
            best = max(best, 1 - (a - ts).total_seconds() / 1200)
        elif b <= ts < b + timedelta(minutes=20):
            best = max(best, 1 - (ts - b).total_seconds() / 1200)
    return best


# per incident: (response-time factor at the root, error points at the root, rt factor, error points) by hop
HOST = HostBaseline(cpu=(0.55, 0.6, 1.2), memory=(5, 0.5), disk_noise=0.12)
EFFECT = {
    "F1": {0: (2.4, 11.0), 1: (1.6, 5.5), 2: (0.8, 2.6), 3: (0.3, 0.9)},
    "F2": {0: (17.0, 2.5), 1: (3.5, 3.2), 2: (1.2, 0.8)},
    "F3": {0: (18.0, 14.0), 1: (4.5, 3.5), 2: (0.6, 0.9)},
    "F4": {0: (5.0, 22.0), 1: (1.8, 7.5)},
    "F5": {0: (2.5, 11.0), 1: (1.4, 4.2), 2: (0.4, 1.3)},
    "F6": {0: (8.5, 4.0), 1: (1.1, 0.6)},
    "F7": {0: (9.0, 2.6), 1: (4.0, 2.2), 2: (0.6, 0.4)},
}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    cpu0, mem0, disk0 = rng.uniform(8, 36), rng.uniform(30, 60), rng.uniform(22, 58)
    growth = rng.uniform(0, 0.6)
    if name.startswith("sa-enc-h"):
        cpu0 = rng.uniform(34, 42)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, _viewing, (cpu0, mem0, disk0), growth):
        if name == "sa-enc-h02":  # the sports encoder: game load, then the HDR profile saturates the GPU box
            cpu += 14 * _game(ts)
            cpu += (96.5 - cpu) * ramp(ts, PROFILE_SWITCH, None, rise=10)
            mem += 9 * ramp(ts, PROFILE_SWITCH, None, rise=20)
        if name == "md-org-03":  # segment cache: purge cron failed, fills until the manual purge at 00:40
            if ts < PURGE_FAILED:
                disk = 44 + 6 * ((ts - START).total_seconds() % 86400) / 86400 + rng.gauss(0, 0.2)
            elif ts < kst(22, 0, 40):
                frac = min(1.0, progress(ts, PURGE_FAILED, F4["start"]))
                disk = 47 + 52.2 * frac**1.6 + rng.gauss(0, 0.1)
            else:
                disk = 38 + 1.5 * (ts - kst(22, 0, 40)).total_seconds() / 86400 + rng.gauss(0, 0.15)
        if name == "md-mq-h01":  # RabbitMQ memory high watermark
            mem += (94.5 - mem) * ramp(ts, F3["start"] - timedelta(minutes=25), F3["end"], rise=25, fall=25)
        if name == "md-es-h02":  # the reindex
            cpu += (92.5 - cpu) * ramp(ts, F7["start"] - timedelta(minutes=5), F7["end"], rise=10, fall=15)
            disk += 7 * ramp(ts, F7["start"], F7["end"], rise=120, fall=20) + 3 * (ts >= F7["end"])
        if name == "gc-gke-n04":  # the node under the leaking pods
            mem += 17 * max(0.0, progress(ts, LEAK_FROM, NOW))
        rows += host_gauges(ts, name, cpu, mem, disk, disk_cap=99.2)
    return rows


def _recordings(rng: random.Random, ts: datetime) -> float:
    """sa-nas-arc: recordings of the 한국시리즈 games pile up."""
    return 72.0 + 19.0 * progress(ts, START, NOW) + rng.gauss(0, 0.06)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = _recordings if ci["name"] == "sa-nas-arc" else None
    return storage_fill(rng, ci["name"], times, START, (38, 62), 0.3, filling)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = level_by_kind(rng, kind, (3, 18), (0.4, 1.8), (4, 10), (8, 40), other=(30, 220))
    if name.startswith(("sa-enc-", "tx-")):  # encode latency / per-segment transcode time
        rt0 = rng.uniform(380, 520)
    if name == "chucheon-api":
        rt0 = 118.0
    if name == "drm.license":
        rt0 = 62.0
    err0, req0, mem0 = rng.uniform(0.03, 0.45), rng.uniform(30, 1500), rng.uniform(30, 55)
    for ts in times:
        d = _viewing(ts)
        g = _game(ts) if name in LIVE_CHAIN else 0.0
        rt = rt0 * (0.85 + 0.25 * d) * (1 + rng.gauss(0, 0.05))
        err = max(0.0, err0 * (1 + rng.gauss(0, 0.25)))
        req = req0 * (0.25 + 0.8 * d) * (1 + 0.9 * g) * (1 + rng.gauss(0, 0.05))
        mem = mem0 + 10 * d + rng.gauss(0, 0.5)
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            if inc["id"] == "F5":  # the flapping: errors come and go with each switch
                r *= 0.65 + 0.35 * math.sin((ts - inc["start"]).total_seconds() / 420)
            rt *= 1 + r * f_rt
            err += r * f_err
        if name == "chucheon-api":
            mem = 38 + 55 * max(0.0, progress(ts, LEAK_FROM, NOW)) ** 1.3
            mem += rng.gauss(0, 0.4)
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0), request_rate=req)
        if kind == "cache" or name == "chucheon-api":
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
    return rows


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (21, 0, 30, "pg-gaip", "info", "backup", "Nightly pg_basebackup of pg-gaip to vod-store done (212 GB)"),
    (21, 1, 0, "chucheon-train", "info", "batch_job", "Daily model training started (viewlog 2026-10-20)"),
    (21, 3, 0, "md-org-03", "warning", "batch_job", "segment purge cron failed: /data/cache locked by rsync"),
    (21, 4, 30, "chucheon-train", "info", "batch_job", "Model 2026-10-20 published to mongo-reco"),
    (21, 9, 10, "pyeonseong-cms", "info", "deployment", "Deployed pyeonseong-cms 5.14.2 (편성표 bulk edit)"),
    (21, 10, 20, "sa-enc-h04", "info", "maintenance", "Taken out of service: GPU card swap (RMA 88-2041)"),
    (21, 11, 0, "chucheon-api", "info", "deployment", "Deployed chucheon-api 3.8.0 (continue-watching rail)"),
    (
        21,
        13,
        40,
        "gyeolje-bill",
        "minor",
        "error",
        "KG Inicis callback rejected: signature mismatch (3 orders)",
    ),
    (21, 15, 2, "cdn.steer", "info", "config_change", "probe_threshold 3 -> 1 (faster failover for LAX)"),
    (
        21,
        17,
        55,
        "sa-enc-live02",
        "info",
        "config_change",
        "Input switched to SDI-3 (잠실 OB van, 한국시리즈 G2)",
    ),
    (21, 19, 10, "md-org-03", "warning", "threshold_breach", "disk_usage above 85% on /data/cache"),
    (21, 20, 5, "stg-drm.license", "info", "deployment", "Deployed stg-drm.license 4.2.0-rc1"),
    (21, 23, 30, "md-org-04", "info", "maintenance", "Re-imaging to join the origin-b pool (maintenance)"),
    (22, 0, 30, "pg-gaip", "info", "backup", "Nightly pg_basebackup of pg-gaip to vod-store done (213 GB)"),
    (22, 1, 0, "chucheon-train", "info", "batch_job", "Daily model training started (viewlog 2026-10-21)"),
    (21, 18, 40, "sa-nas-arc", "warning", "threshold_breach", "disk_usage above 80% on /archive/live"),
    (22, 20, 0, "sa-nas-arc", "major", "threshold_breach", "disk_usage above 90% on /archive/live"),
    (22, 4, 35, "chucheon-train", "info", "batch_job", "Model 2026-10-21 published to mongo-reco"),
    (22, 8, 50, "stg-tx-1080p-01", "info", "maintenance", "Stopped for the NVENC driver upgrade test"),
    (22, 10, 5, "gaip-sub", "info", "deployment", "Deployed gaip-sub 2.31.0 (가입 promo codes)"),
    (22, 12, 20, "gc-gke-n03", "info", "login", "kubectl exec session by vendor engineer (ticket AD-3391)"),
    (22, 13, 0, "dev-chucheon-api", "info", "deployment", "Deployed dev-chucheon-api 3.9.0-SNAPSHOT"),
    (
        22,
        13,
        40,
        "pyeonseong-cms",
        "info",
        "batch_job",
        "Bulk ingest of drama archive started (1,800 episodes)",
    ),
    (22, 15, 30, "redis-sess-b", "minor", "restart", "Replica redis-sess-b resynced after restart"),
    (
        22,
        18,
        15,
        "sa-enc-live02",
        "info",
        "config_change",
        "Input switched to SDI-3 (잠실 OB van, 한국시리즈 G3)",
    ),
    (22, 18, 30, "sa-nas-arc", "info", "batch_job", "Recording of 한국시리즈 G3 started (sports1)"),
]
INCIDENT_EVENTS = [
    # F5 (yesterday afternoon)
    (
        21,
        15,
        10,
        "cdn.steer",
        "major",
        "cdn_switch",
        "Traffic switched akamai -> cloudfront (1 probe failed LAX)",
    ),
    (
        21,
        15,
        13,
        "cdn.steer",
        "major",
        "cdn_switch",
        "Traffic switched cloudfront -> akamai (1 probe failed)",
    ),
    (21, 15, 18, "player.api", "warning", "threshold_breach", "error_rate above 3% for 5 min"),
    (21, 15, 20, "cdn.steer", "critical", "flapping", "14 CDN switches in 10 min: steering is flapping"),
    (21, 15, 26, "app.bff", "warning", "error", "playback start failures up (HTTP 403 on signed URLs)"),
    (21, 16, 35, "cdn.steer", "info", "config_change", "probe_threshold 1 -> 3, hold-down 10 min (rollback)"),
    (21, 16, 42, "cdn.steer", "info", "recovery", "Steering stable on akamai, no switch for 5 min"),
    # F4 (last night)
    (21, 21, 40, "md-org-03", "major", "threshold_breach", "disk_usage above 95% on /data/cache"),
    (21, 22, 40, "origin-b", "critical", "disk_full", "No space left on device writing segment cache"),
    (21, 22, 46, "lx-edge-a", "major", "error", "origin 5xx ratio 14% from origin-b"),
    (21, 22, 47, "lx-edge-b", "major", "error", "origin 5xx ratio 11% from origin-b"),
    (22, 0, 40, "origin-b", "info", "maintenance", "Purged 3.1 TB of expired VOD segments by hand"),
    (22, 0, 52, "origin-b", "info", "recovery", "5xx back to baseline, cache fill resumed"),
    # F7 (새벽)
    (
        22,
        1,
        55,
        "geomsaek-indexer",
        "info",
        "batch_job",
        "Full reindex vod_catalog v7 -> v8 started (1.9 M docs)",
    ),
    (22, 2, 5, "es-vod-b", "warning", "threshold_breach", "search latency above 1.5 s (p95)"),
    (22, 2, 10, "md-es-h02", "major", "threshold_breach", "cpu_usage above 90% for 5 min"),
    (22, 2, 15, "geomsaek-api", "major", "timeout", "timeout calling es-vod-b (query, 3 s)"),
    (22, 4, 18, "geomsaek-indexer", "info", "batch_job", "Reindex done, alias vod_catalog -> v8"),
    (22, 4, 22, "es-vod-b", "info", "recovery", "Search latency back to normal"),
    # F2 (this morning)
    (22, 9, 32, "drm.license", "info", "cert_rotation", "FairPlay/Widevine signing certificates rotated"),
    (22, 9, 41, "drm.license", "major", "threshold_breach", "response_time_ms above 800 ms for 5 min"),
    (
        22,
        9,
        44,
        "drm.license",
        "critical",
        "error",
        "OCSP stapling cache empty: online revocation check per licence",
    ),
    (22, 9, 48, "player.api", "major", "timeout", "timeout calling drm.license (licence acquisition, 5 s)"),
    (22, 9, 56, "app.bff", "warning", "threshold_breach", "response_time_ms above 600 ms for 5 min"),
    (
        22,
        11,
        24,
        "drm.license",
        "info",
        "config_change",
        "OCSP responder cache re-enabled, stapling refreshed",
    ),
    (22, 11, 33, "drm.license", "info", "recovery", "Licence latency back under 100 ms"),
    # F3 (this afternoon)
    (22, 13, 50, "md-mq-h01", "warning", "threshold_breach", "memory_usage above 80%"),
    (22, 14, 5, "mq-tx", "critical", "memory_alarm", "memory high watermark reached, publishers blocked"),
    (22, 14, 10, "pyeonseong-cms", "major", "timeout", "timeout publishing to mq-tx (episode ingest)"),
    (22, 14, 12, "tx-1080p-02", "major", "timeout", "consumer channel blocked, job lag 35 min"),
    (22, 14, 30, "tx-dispatch", "warning", "backlog", "transcoding backlog 312 jobs (vod.transcode)"),
    (22, 15, 0, "tx-4k-01", "minor", "timeout", "job ack timeout on mq-tx, requeued"),
    (22, 17, 20, "mq-tx", "info", "config_change", "vm_memory_high_watermark 0.4 -> 0.6, vod.transcode lazy"),
    (22, 17, 52, "mq-tx", "info", "recovery", "publishers unblocked, backlog draining"),
    # F6 (memory leak, ongoing)
    (22, 15, 25, "chucheon-api", "warning", "threshold_breach", "memory_usage above 80% (heap)"),
    (22, 19, 32, "chucheon-api", "major", "gc_pause", "full GC pauses 2.8 s (old gen 91%)"),
    (22, 20, 10, "app.bff", "warning", "timeout", "timeout calling chucheon-api (home rails)"),
    (22, 20, 50, "chucheon-api", "major", "threshold_breach", "memory_usage above 90% (heap)"),
    # F1 (live, ongoing)
    (
        22,
        20,
        50,
        "sa-enc-live02",
        "info",
        "config_change",
        "Profile switched 1080p30 -> 1080p60 HDR (한국시리즈 G3)",
    ),
    (22, 20, 58, "sa-enc-h02", "warning", "threshold_breach", "cpu_usage above 90% (GPU encoder busy)"),
    (22, 21, 5, "sa-enc-live02", "critical", "frame_drop", "dropped 1,240 frames in 60 s on output 1080p60"),
    (22, 21, 11, "pkg-hls4", "major", "segment_gap", "segment gap on sports1: 2 segments missing"),
    (22, 21, 12, "pkg-dash4", "major", "segment_gap", "segment gap on sports1 (DASH period split)"),
    (22, 21, 20, "origin-a", "major", "timeout", "stale playlist: sports1 manifest not updated for 12 s"),
    (22, 21, 31, "ssai.stitch", "warning", "error", "ad break stitch failed: missing SCTE-35 segment"),
    (22, 21, 40, "sa-enc-live02", "critical", "threshold_breach", "error_rate above 5% for 10 min"),
]


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "media", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()
