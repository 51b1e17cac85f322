"""Generate the second-hand marketplace estate (tests/fixtures/used-market/, interchange format) and its faults.

A Korean neighbourhood second-hand marketplace app (솔솔마켓 — 중고거래 앱, about 9 M MAU): the mobile BFF
`app-bff` behind the GCP HTTPS load balancer `glb-api-prd`, login/session `user-auth` on Cloud SQL
`csql-member-prd` and Memorystore `redis-session`; listings `lst-api` (매물 등록/수정) on `csql-listing-prd`
and `redis-listing`, the indexer `lst-indexer` and search `srch-api` on the OpenSearch cluster `os-listing`, the
home feed `feed-home` (동네 피드) with the ranker `reco-rank`; chat (채팅) through the websocket gateway
`chat-ws-gw` (behind `glb-ws-prd`), the message API `chat-api` on ScyllaDB `scylla-chat` and Kafka `kfk-chat`,
the fan-out `chat-fanout` and `push-sender`; image upload `img-upload`, resize `img-resize` over Pub/Sub
`pubsub-img` and GCS buckets (served by the CDN `cdn-img-edge`), image moderation `img-moder` on the GPU servers
of 목동IDC; neighbourhood verification `dongne-cert` (동네인증) on PostGIS `postgis-dongne`; escrow payments
`anjeon-pay` (안전결제) and the seller payout batch `payout-batch` (정산 지급) on the on-prem PostgreSQL/Patroni
`escrowdb` with RabbitMQ `rmq-payout`, the PG line to KCP and the KFTC firm-banking line; fraud scoring
`fraud-score` on `redis-fraud` and MySQL `riskdb`; ads `ads-serve` / `ads-billing`; the CS console `cs-desk`
and trust & safety console `ts-review`; the data warehouse DAGs `dw-airflow` into BigQuery `bq-jng-dw`. Sites
GCP 서울리전 (asia-northeast3), 목동IDC (payments, GPUs, risk), 판교사옥 (office) and 안산DR센터 (DR);
environments prod, stg, dev; owners are squads and teams with Korean and English names.

Naming (unlike the earlier estates): short service codes (`lst-*` listing, `srch-api`, `img-*`, `chat-*`), some
Korean words (`dongne-cert` 동네인증, `anjeon-pay` 안전결제), GKE nodes by cluster, pool and hash
(`gke-prd-core-8f2a`), GCE VMs by role and number (`gce-os-data-2`), managed resources by product and env
(`csql-listing-prd`, `bq-jng-dw`, `pubsub-img`, `gcs-jng-img-pub`), on-prem bare metal by site, rack and role
(`mdc-a03-gpu02`, `mdc-b11-pgesc01`), on-prem VMs `vm-<role><nn>`, the DR site `asn-*`, the office `pty-*`,
and network gear by function (`fw-mdc-edge`, `ic-gcp-mdc`, `kftc-firm-line`, `pgline-kcp`).

Seven injected incidents (times KST; now = Sunday 2028-11-12 20:40, the Sunday-evening trading peak; the window is
the 10 days before; the app peaks in the evening 20–23 and on weekend afternoons, listings are posted most on
weekend afternoons, the seller payout runs at 01:00, the DW DAGs at 03:00, CS works office hours):
  J1 Fri 03 21:10–22:05  a full reindex of os-listing (alias swap job) trips the parent circuit breaker and
                         the data nodes' heap: srch-api (loudest, deployed at 20:50), feed-home, app-bff
  J2 Sat 04 15:20–16:15  a partition reassignment on kfk-chat (chat.message 24 → 48) leaves under-replicated
                         partitions and produce requests time out: chat-api (loudest, deployed at 15:00),
                         chat-fanout, chat-ws-gw
  J3 Tue 07 12:40–13:35  GPU #1 of mdc-a03-gpu02 falls off the bus (Xid 79) at lunch and inference falls back to
                         CPU: img-moder (loudest, deployed at 12:20), lst-api, ts-review
  J4 Wed 08 08:05–09:00  redis-session reaches maxmemory (the session TTL was raised on Tuesday) and evicts /
                         stalls in the morning commute: user-auth (loudest, deployed at 07:50), app-bff, chat-ws-gw
  J5 Thu 09 01:40–02:35  a long payout transaction blocks autovacuum on escrowdb, bloat and lock waits:
                         payout-batch (loudest, deployed Wednesday 18:00), anjeon-pay, cs-desk
  J6 Fri 10 19:10–20:05  the fraud model v41 rolled out to fraud-score at 19:00 is four times heavier: fraud-score
                         slows, anjeon-pay (loudest), chat-api and chat-ws-gw time out
  J7 Sun 12 19:55–now    a migration on postgis-dongne rebuilt the boundary index as invalid and the point-in-
                         polygon queries scan: dongne-cert (loudest), lst-api (deployed at 19:30), feed-home
Confounders: evening and weekend peaks, lunch listing spike, the nightly payout / DW / ads billing batches, the
Saturday keyword-alert push, deploys on victims before most incidents, shared hosts (the GKE core pool, the presence
/ fraud Redis VM), `mdc-a03-gpu03` and `anjeon-pay-stg` in maintenance, the retired `legacy-php-web` and
`chat-xmpp-old`, the log server `vm-log01`'s disk creeping up, and the CDN certificate for img.solsol.market
expiring on 2028-11-20 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/jng_golden.py) are computed from the files.

    .venv/bin/python bench/jng_estate.py   # rewrites tests/fixtures/used-market*
"""

from __future__ import annotations

import gzip
import math
import random
import sys
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import FIXTURES, ramp
from estate_series import (
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    hop_effect,
    incident_hits,
    kst_utc_clock,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "used-market"
NOW = datetime(2028, 11, 12, 11, 40, tzinfo=UTC)  # Sunday 2028-11-12 20:40 KST
START = NOW - timedelta(days=10)  # Thursday 2028-11-02 20:40 KST
SEED = 20281112
SITES = {"G": "GCP 서울리전", "M": "목동IDC", "P": "판교사옥", "D": "안산DR센터"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

TRADE, SEARCH, CHAT, MEDIA = "거래경험스쿼드", "search-discovery", "채팅스쿼드", "media-platform"
ML, LOCAL, PAY, TRUST = "ML플랫폼팀", "동네인증파트", "payments", "트러스트앤세이프티"
GROWTH, ADS, CX, DATA = "growth-notify", "광고사업팀", "CX기술팀", "data-eng"
SRE, DBA, NET, CORE = "SRE팀", "DB플랫폼팀", "네트워크팀", "core-identity"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- app edge, identity
    "app-bff": ("service", CORE, "G", "P", ["gke-prd-core-8f2a", "gke-prd-core-3d9c"],
                ["lst-api", "srch-api", "feed-home", "chat-api", "user-auth", "ads-serve", "anjeon-pay"],
                {"desc": "모바일 앱 BFF (iOS/Android)", "product": "Kotlin 2.0 (Spring WebFlux, GKE)", "version": "9.14.2",
                 "pods": 36, "mau": 9200000, "endpoint": "api.solsol.market"}),
    "user-auth": ("service", CORE, "G", "P", ["gke-prd-core-3d9c"], ["csql-member-prd", "redis-session"],
                  {"desc": "로그인/세션/토큰 (휴대폰 인증)", "product": "Go 1.23 (GKE)", "version": "4.8.0", "pods": 12,
                   "session_ttl_days": 30, "token_ttl_min": 60}),
    # ---------------------------------------------------------------- listings, search, feed
    "lst-api": ("service", TRADE, "G", "P", ["gke-prd-core-8f2a", "gke-prd-core-k71m"],
                ["csql-listing-prd", "redis-listing", "kfk-core", "img-upload", "img-moder", "dongne-cert"],
                {"desc": "매물 등록/수정/끌올 API", "product": "Kotlin 2.0 (Spring Boot 3.3, GKE)", "version": "12.3.0",
                 "pods": 24, "daily_new_listings": 410000, "max_photos": 10}),
    "lst-indexer": ("service", SEARCH, "G", "P", ["gke-prd-batch-m4t8"], ["kfk-core", "os-listing", "csql-listing-prd"],
                    {"desc": "매물 색인기 (kfk-core listing.changed → OpenSearch)", "product": "Java 21 (GKE)",
                     "version": "3.6.1", "consumer_group": "cg-lst-indexer"}),
    "srch-api": ("service", SEARCH, "G", "P", ["gke-prd-core-k71m"], ["os-listing", "redis-listing"],
                 {"desc": "매물 검색 (키워드, 동네 범위, 카테고리)", "product": "Java 21 (GKE)", "version": "7.2.0",
                  "pods": 18, "analyzer": "nori"}),
    "feed-home": ("service", SEARCH, "G", "P", ["gke-prd-core-8f2a"],
                  ["srch-api", "reco-rank", "ads-serve", "redis-feed", "dongne-cert"],
                  {"desc": "홈 피드 (내 동네 최신 매물)", "product": "Go 1.23 (GKE)", "version": "5.0.7", "pods": 16,
                   "radius_km_default": 3}),
    "reco-rank": ("service", ML, "G", "P", ["gke-prd-core-k71m"], ["redis-feed"],
                  {"desc": "피드 랭킹 모델 서빙", "product": "Python 3.12 (Triton, GKE)", "version": "2.11.0",
                   "model": "feed-rank-v18"}),
    # ---------------------------------------------------------------- chat
    "chat-ws-gw": ("service", CHAT, "G", "P", ["gke-prd-chat-5q2w", "gke-prd-chat-x0b6"],
                   ["chat-api", "user-auth", "redis-presence"],
                   {"desc": "채팅 웹소켓 게이트웨이", "product": "Go 1.23 (gorilla/websocket, GKE)", "version": "3.9.4",
                    "pods": 20, "max_conns_per_pod": 60000, "port": 8443}),
    "chat-api": ("service", CHAT, "G", "P", ["gke-prd-chat-5q2w"],
                 ["scylla-chat", "kfk-chat", "redis-presence", "fraud-score", "gcs-jng-chat-attach"],
                 {"desc": "채팅 메시지 저장/조회 API", "product": "Kotlin 2.0 (GKE)", "version": "6.4.0", "pods": 14,
                  "retention_days": 365}),
    "chat-fanout": ("service", CHAT, "G", "P", ["gke-prd-chat-x0b6"], ["kfk-chat", "push-sender"],
                    {"desc": "채팅 팬아웃 (오프라인 사용자 푸시 연계)", "product": "Go 1.23 (GKE)", "version": "2.2.3",
                     "consumer_group": "cg-chat-fanout"}),
    "push-sender": ("service", GROWTH, "G", "P", ["gke-prd-chat-x0b6"], ["kfk-core", "csql-member-prd"],
                    {"desc": "푸시 발송 (FCM/APNs, 키워드 알림)", "product": "Python 3.12 (GKE)", "version": "3.1.0",
                     "daily_quota": 40000000}),
    "keyword-alert": ("service", GROWTH, "G", "P", ["gke-prd-batch-m4t8"], ["kfk-core", "push-sender", "csql-member-prd"],
                      {"desc": "키워드 알림 매칭 (새 매물 → 관심 키워드 구독자)", "product": "Go 1.23 (GKE)",
                       "version": "1.12.0", "max_keywords_per_user": 30}),
    "review-manner": ("service", TRADE, "G", "P", ["gke-prd-core-w5p0"], ["csql-member-prd", "kfk-core"],
                      {"desc": "거래후기/매너온도 계산", "product": "Kotlin 2.0 (GKE)", "version": "2.3.5",
                       "base_temp_c": 36.5}),
    "biz-profile": ("service", TRADE, "G", "P", ["gke-prd-core-w5p0"], ["csql-listing-prd", "img-upload"],
                    {"desc": "동네가게 비즈프로필 (소상공인)", "product": "Kotlin 2.0 (GKE)", "version": "1.8.0",
                     "shops": 182000}),
    # ---------------------------------------------------------------- media, moderation
    "img-upload": ("service", MEDIA, "G", "P", ["gke-prd-core-3d9c"], ["pubsub-img", "gcs-jng-img-raw"],
                   {"desc": "사진 업로드 (presigned URL 발급)", "product": "Go 1.23 (GKE)", "version": "2.5.1",
                    "max_mb": 20}),
    "img-resize": ("service", MEDIA, "G", "P", ["gke-prd-batch-m4t8"],
                   ["pubsub-img", "gcs-jng-img-raw", "gcs-jng-img-pub"],
                   {"desc": "사진 리사이즈/워터마크 워커", "product": "Rust (libvips, GKE)", "version": "1.7.0",
                    "variants": 4}),
    "img-moder": ("service", TRUST, "M", "P", ["mdc-a03-gpu01", "mdc-a03-gpu02"], ["pubsub-img"],
                  {"desc": "이미지 검수 추론 (금지품목, 개인정보 노출)", "product": "Triton Inference Server 24.08",
                   "version": "5.3.0", "model": "moder-vit-l-v9", "gpus": 8, "batch_size": 32}),
    # ---------------------------------------------------------------- neighbourhood
    "dongne-cert": ("service", LOCAL, "G", "P", ["gke-prd-core-3d9c"], ["postgis-dongne", "csql-member-prd"],
                    {"desc": "동네인증 (GPS 좌표 → 행정동 판정)", "product": "Go 1.23 (GKE)", "version": "2.9.1",
                     "dongs": 3541, "cert_valid_days": 30}),
    # ---------------------------------------------------------------- payments, risk
    "anjeon-pay": ("service", PAY, "M", "P", ["vm-pay-ap01", "vm-pay-ap02"],
                   ["escrowdb", "fraud-score", "kfk-core", "rmq-payout"],
                   {"desc": "안전결제 (에스크로 결제/구매확정/환불)", "product": "Java 17 (Spring Boot 3.2)",
                    "version": "8.1.4", "pg": "KCP", "fee_pct": 3.5, "port": 8443}),
    "payout-batch": ("service", PAY, "M", "P", ["vm-payout01"], ["escrowdb", "rmq-payout"],
                     {"desc": "판매자 정산금 지급 배치 (펌뱅킹)", "product": "Spring Batch 5.1", "version": "3.4.0",
                      "schedule": "매일 01:00", "bank": "KFTC 펌뱅킹"}),
    "fraud-score": ("service", TRUST, "G", "P", ["gke-prd-core-k71m"], ["redis-fraud", "riskdb"],
                    {"desc": "사기 탐지 실시간 스코어링 (결제, 채팅 사기 문구)", "product": "Python 3.12 (LightGBM + BERT)",
                     "version": "4.1.0", "model": "fraud-gbm-bert-v41", "threshold": 0.82}),
    # ---------------------------------------------------------------- ads
    "ads-serve": ("service", ADS, "G", "P", ["gke-prd-core-k71m"], ["redis-ads", "csql-ads-prd"],
                  {"desc": "동네광고 서빙 (피드 광고 슬롯)", "product": "Go 1.23 (GKE)", "version": "3.0.2",
                   "slots_per_feed": 3}),
    "ads-billing": ("service", ADS, "G", "P", ["gke-prd-batch-m4t8"], ["csql-ads-prd", "bq-jng-dw"],
                    {"desc": "광고 과금 정산 배치", "product": "Python 3.11 (Airflow task)", "version": "1.4.2",
                     "schedule": "매일 04:00"}),
    # ---------------------------------------------------------------- back office, data, infra
    "cs-desk": ("service", CX, "G", "P", ["gke-prd-core-3d9c"], ["csql-cs-prd", "anjeon-pay", "chat-api", "lst-api"],
                {"desc": "고객센터 상담 콘솔 (거래 분쟁, 환불)", "product": "Next.js 14 + NestJS (GKE)", "version": "2.18.0",
                 "agents": 140, "hours": "09:00-22:00"}),
    "ts-review": ("service", TRUST, "M", "P", ["vm-ts-ap01"], ["img-moder", "riskdb", "chat-api"],
                  {"desc": "신고/검수 콘솔 (트러스트앤세이프티)", "product": "Django 5.0", "version": "1.22.3",
                   "reviewers": 60}),
    "dw-airflow": ("service", DATA, "G", "P", ["gke-prd-batch-m4t8"],
                   ["bq-jng-dw", "csql-listing-prd", "escrowdb", "gcs-jng-dw-stage"],
                   {"desc": "DW 일배치 (dag jng_daily_mart)", "product": "Apache Airflow 2.10 (Cloud Composer 3)",
                    "schedule": "매일 03:00"}),
    "superset-bi": ("service", DATA, "P", "P", ["pty-bi01"], ["bq-jng-dw"],
                    {"desc": "사내 BI 대시보드 (거래액, 신고율)", "product": "Apache Superset 4.0", "dashboards": 236}),
    "loki-logs": ("service", SRE, "M", "P", ["vm-log01"], [],
                  {"desc": "로그 수집 (IDC 결제/검수 로그)", "product": "Grafana Loki 3.2", "retention_days": 30}),
    "grafana-ops": ("service", SRE, "M", "P", ["vm-mon01"], [],
                    {"desc": "운영 대시보드/알람", "product": "Grafana 11.3 + Prometheus 2.55", "alert_rules": 1840}),
    # ---------------------------------------------------------------- staging, dev, retired
    "lst-api-stg": ("service", TRADE, "G", "S", ["gke-nonprd-2h6v"], ["csql-listing-stg", "redis-stg"],
                    {"desc": "매물 API (스테이징)", "version": "12.4.0-rc1"}),
    "chat-api-stg": ("service", CHAT, "G", "S", ["gke-nonprd-2h6v"], ["redis-stg"],
                     {"desc": "채팅 API (스테이징)", "version": "6.5.0-rc2"}),
    "anjeon-pay-stg": ("service", PAY, "M", "S", ["vm-stg-pay01"], [],
                       {"desc": "안전결제 (스테이징, KCP 테스트 상점)", "version": "8.2.0-rc1"}),
    "srch-api-dev": ("service", SEARCH, "G", "D", ["gke-nonprd-2h6v"], [],
                     {"desc": "검색 (개발)", "version": "7.3.0-SNAPSHOT"}),
    "img-moder-dev": ("service", TRUST, "M", "D", ["vm-dev01"], [],
                      {"desc": "이미지 검수 (개발, CPU 추론)", "version": "5.4.0-SNAPSHOT"}),
    "legacy-php-web": ("service", TRADE, "M", "P", [], [],
                       {"desc": "구 웹 매물 페이지 (PHP 7, 2027년 app-bff로 대체)", "version": "2.9.77",
                        "decommissioned": "2027-06-30"}),
    "chat-xmpp-old": ("service", CHAT, "M", "P", [], [],
                      {"desc": "구 XMPP 채팅 서버 (ejabberd)", "version": "21.12", "decommissioned": "2026-12-15"}),
    # ---------------------------------------------------------------- databases
    "os-listing": ("database", SEARCH, "G", "P", ["gce-os-data-1", "gce-os-data-2", "gce-os-data-3"], [],
                   {"engine": "opensearch", "version": "2.17.1", "product": "OpenSearch 2.17", "data_nodes": 3,
                    "shards": 48, "replicas": 1, "heap_gb": 31, "index_alias": "listing-live",
                    "desc": "매물 검색 인덱스"}),
    "scylla-chat": ("database", DBA, "G", "P", ["gce-scylla-1", "gce-scylla-2", "gce-scylla-3"], [],
                    {"engine": "scylladb", "version": "6.1.2", "product": "ScyllaDB 6.1", "nodes": 3,
                     "replication_factor": 3, "keyspace": "chat", "desc": "채팅 메시지"}),
    "postgis-dongne": ("database", LOCAL, "G", "P", ["gce-postgis-1"], [],
                       {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16 + PostGIS 3.4",
                        "port": 5432, "table": "dongne_boundary", "desc": "행정동 경계 폴리곤"}),
    "escrowdb": ("database", DBA, "M", "P", ["mdc-b11-pgesc01", "mdc-b11-pgesc02"], [],
                 {"engine": "postgresql", "version": "15.8", "product": "PostgreSQL 15 (Patroni 3.3)", "port": 5432,
                  "ha": "Patroni sync standby", "dr_replica": "asn-dr-pgesc01", "size_tb": 4.2,
                  "desc": "에스크로 결제/정산 원장"}),
    "riskdb": ("database", DBA, "M", "P", ["mdc-b12-mysql01"], [],
               {"engine": "mysql", "version": "8.0.39", "product": "MySQL 8.0 Community", "port": 3306,
                "max_connections": 2000, "desc": "사기 탐지 룰/블랙리스트"}),
    "csql-listing-prd": ("database", DBA, "G", "P", [], [],
                         {"engine": "postgresql", "version": "15.7", "product": "Cloud SQL for PostgreSQL",
                          "tier": "db-custom-32-122880", "read_replicas": 2, "desc": "매물 원장"}),
    "csql-member-prd": ("database", DBA, "G", "P", [], [],
                        {"engine": "postgresql", "version": "15.7", "product": "Cloud SQL for PostgreSQL",
                         "tier": "db-custom-16-65536", "read_replicas": 1, "desc": "회원/동네인증 이력"}),
    "csql-ads-prd": ("database", ADS, "G", "P", [], [],
                     {"engine": "mysql", "version": "8.0.37", "product": "Cloud SQL for MySQL",
                      "tier": "db-custom-8-32768", "desc": "광고 캠페인/과금"}),
    "csql-cs-prd": ("database", CX, "G", "P", [], [],
                    {"engine": "mysql", "version": "8.0.37", "product": "Cloud SQL for MySQL",
                     "tier": "db-custom-4-16384", "desc": "상담 티켓"}),
    "bq-jng-dw": ("database", DATA, "G", "P", [], [],
                  {"engine": "bigquery", "product": "BigQuery", "dataset": "jng_mart", "slots": 2000,
                   "desc": "데이터 웨어하우스"}),
    "csql-member-stg": ("database", DBA, "G", "S", [], [],
                        {"engine": "postgresql", "version": "15.7", "product": "Cloud SQL for PostgreSQL",
                         "tier": "db-custom-2-8192"}),
    "csql-listing-stg": ("database", DBA, "G", "S", [], [],
                         {"engine": "postgresql", "version": "15.7", "product": "Cloud SQL for PostgreSQL",
                          "tier": "db-custom-4-16384"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-session": ("cache", CORE, "G", "P", [], [],
                      {"engine": "redis", "version": "7.2", "product": "Memorystore for Redis (Standard)",
                       "maxmemory_gb": 64, "maxmemory_policy": "volatile-ttl", "desc": "로그인 세션/리프레시 토큰"}),
    "redis-listing": ("cache", TRADE, "G", "P", [], [],
                      {"engine": "redis", "version": "7.2", "product": "Memorystore for Redis Cluster",
                       "maxmemory_gb": 96, "maxmemory_policy": "allkeys-lru", "shards": 6, "desc": "매물 상세/조회수 캐시"}),
    "redis-feed": ("cache", SEARCH, "G", "P", [], [],
                   {"engine": "redis", "version": "7.2", "product": "Memorystore for Redis",
                    "maxmemory_gb": 32, "maxmemory_policy": "allkeys-lfu", "desc": "피드 후보/랭킹 피처"}),
    "redis-presence": ("cache", CHAT, "G", "P", ["gce-redis-pres-1"], [],
                       {"engine": "redis", "version": "7.4.1", "maxmemory_gb": 24, "maxmemory_policy": "noeviction",
                        "port": 6379, "desc": "채팅 접속 상태/세션 라우팅"}),
    "redis-fraud": ("cache", TRUST, "G", "P", ["gce-redis-pres-1"], [],
                    {"engine": "redis", "version": "7.4.1", "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lru",
                     "port": 6380, "desc": "사기 탐지 실시간 피처 (기기, 계좌 속도)"}),
    "redis-ads": ("cache", ADS, "G", "P", [], [],
                  {"engine": "redis", "version": "7.2", "product": "Memorystore for Redis",
                   "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lru", "desc": "광고 예산/빈도 캡"}),
    "redis-stg": ("cache", SRE, "G", "S", ["gke-nonprd-2h6v"], [],
                  {"engine": "redis", "version": "7.4.1", "maxmemory_gb": 4, "port": 6379}),
    "kfk-core": ("queue", SRE, "G", "P", ["gce-kfk-1", "gce-kfk-2", "gce-kfk-3"], [],
                 {"product": "Apache Kafka 3.8 (KRaft)", "brokers": 3, "topics": 64, "port": 9092,
                  "desc": "도메인 이벤트 (listing.changed, payment.*, push.request)"}),
    "kfk-chat": ("queue", CHAT, "G", "P", ["gce-kfk-4", "gce-kfk-5", "gce-kfk-6"], [],
                 {"product": "Apache Kafka 3.8 (KRaft)", "brokers": 3, "topics": 9, "port": 9092,
                  "min_insync_replicas": 2, "desc": "채팅 메시지 스트림 (chat.message)"}),
    "pubsub-img": ("queue", MEDIA, "G", "P", [], [],
                   {"product": "Google Cloud Pub/Sub", "topic": "img-uploaded", "subscriptions": 2,
                    "ack_deadline_s": 60, "desc": "사진 업로드 이벤트"}),
    "rmq-payout": ("queue", PAY, "M", "P", ["mdc-b12-rmq01"], [],
                   {"product": "RabbitMQ 3.13.7", "port": 5672, "vhost": "/payout", "queues": 14,
                    "desc": "정산 지급 요청/펌뱅킹 응답 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "glb-api-prd": ("G", SRE, ["app-bff"],
                    {"vendor": "Google Cloud", "model": "Global external Application Load Balancer",
                     "endpoint": "api.solsol.market", "cert_issuer": "Google-managed (자동 갱신)", "cloud_armor": True}),
    "glb-ws-prd": ("G", SRE, ["chat-ws-gw"],
                   {"vendor": "Google Cloud", "model": "Global external Application Load Balancer (websocket)",
                    "endpoint": "chat.solsol.market", "backend_timeout_s": 3600}),
    "cdn-img-edge": ("G", MEDIA, ["gcs-jng-img-pub"],
                     {"vendor": "Akamai", "model": "Akamai Image & Video Manager", "endpoint": "img.solsol.market",
                      "cert_expiry": "2028-11-20", "cert_issuer": "DigiCert (수동 갱신)", "cache_hit_target_pct": 95}),
    "f5-mdc-pay": ("M", NET, ["anjeon-pay"],
                   {"vendor": "F5", "model": "BIG-IP r4600", "vip": "10.50.1.20", "firmware": "17.1.1",
                    "endpoint": "pay.solsol.market", "cert_expiry": "2029-03-31"}),
    "ilb-backoffice": ("G", SRE, ["cs-desk", "ts-review", "grafana-ops"],
                       {"vendor": "Google Cloud", "model": "Internal Application Load Balancer",
                        "endpoint": "bo.solsol.internal"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "gcs-jng-img-raw": ("G", MEDIA, {"vendor": "Google Cloud", "model": "Cloud Storage (Standard)",
                                     "region": "asia-northeast3", "lifecycle_days": 14, "desc": "업로드 원본 사진"}, []),
    "gcs-jng-img-pub": ("G", MEDIA, {"vendor": "Google Cloud", "model": "Cloud Storage (Standard)",
                                     "region": "asia-northeast3", "capacity_tb": 1800, "desc": "리사이즈 공개 사진 (CDN 원본)"},
                        []),
    "gcs-jng-chat-attach": ("G", CHAT, {"vendor": "Google Cloud", "model": "Cloud Storage (Standard)",
                                        "region": "asia-northeast3", "lifecycle_days": 365, "desc": "채팅 첨부 사진"}, []),
    "gcs-jng-dw-stage": ("G", DATA, {"vendor": "Google Cloud", "model": "Cloud Storage (Nearline)",
                                     "region": "asia-northeast3", "desc": "DW 적재 스테이징"}, []),
    "nas-mdc-01": ("M", SRE, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.15.1", "capacity_tb": 200,
                              "protocol": "NFS v4.1", "desc": "정산 파일/펌뱅킹 전문, 검수 증빙"},
                   ["vm-payout01", "vm-ts-ap01", "vm-pay-ap01", "vm-pay-ap02"]),
    "pure-mdc-01": ("M", DBA, {"vendor": "Pure Storage", "model": "FlashArray//X20 R4", "capacity_tb": 90,
                               "desc": "escrowdb/riskdb 블록 스토리지"},
                    ["mdc-b11-pgesc01", "mdc-b11-pgesc02", "mdc-b12-mysql01"]),
    "dd-asn-01": ("D", SRE, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                             "desc": "백업 (DB, NAS), 안산 DR"}, ["asn-dr-pgesc01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # GKE nodes
    "gke-prd-core-8f2a": ("G", "P", "gke", {"role": "GKE core 노드", "machine_type": "n2d-standard-32",
                                            "zone": "asia-northeast3-a", "node_pool": "core-pool"}),
    "gke-prd-core-3d9c": ("G", "P", "gke", {"role": "GKE core 노드", "machine_type": "n2d-standard-32",
                                            "zone": "asia-northeast3-b", "node_pool": "core-pool"}),
    "gke-prd-core-k71m": ("G", "P", "gke", {"role": "GKE core 노드", "machine_type": "n2d-standard-32",
                                            "zone": "asia-northeast3-c", "node_pool": "core-pool"}),
    "gke-prd-core-w5p0": ("G", "P", "gke", {"role": "GKE core 노드", "machine_type": "n2d-standard-16",
                                            "zone": "asia-northeast3-a", "node_pool": "core-pool-small"}),
    "gke-prd-chat-5q2w": ("G", "P", "gke", {"role": "GKE 채팅 노드", "machine_type": "c3-standard-22",
                                            "zone": "asia-northeast3-a", "node_pool": "chat-pool"}),
    "gke-prd-chat-x0b6": ("G", "P", "gke", {"role": "GKE 채팅 노드", "machine_type": "c3-standard-22",
                                            "zone": "asia-northeast3-b", "node_pool": "chat-pool"}),
    "gke-prd-batch-m4t8": ("G", "P", "gke", {"role": "GKE 배치/워커 노드", "machine_type": "e2-highmem-16",
                                             "zone": "asia-northeast3-c", "node_pool": "batch-pool", "spot": True}),
    "gke-nonprd-2h6v": ("G", "S", "gke", {"role": "GKE 스테이징/개발 노드", "machine_type": "e2-standard-8",
                                          "zone": "asia-northeast3-a", "node_pool": "nonprd-pool"}),
    # GCE VMs
    "gce-os-data-1": ("G", "P", "gce", {"role": "OpenSearch data node", "machine_type": "n2-highmem-16",
                                        "zone": "asia-northeast3-a", "pd_ssd_tb": 4}),
    "gce-os-data-2": ("G", "P", "gce", {"role": "OpenSearch data node", "machine_type": "n2-highmem-16",
                                        "zone": "asia-northeast3-b", "pd_ssd_tb": 4}),
    "gce-os-data-3": ("G", "P", "gce", {"role": "OpenSearch data node", "machine_type": "n2-highmem-16",
                                        "zone": "asia-northeast3-c", "pd_ssd_tb": 4}),
    "gce-scylla-1": ("G", "P", "gce", {"role": "ScyllaDB node", "machine_type": "n2-highmem-32",
                                       "zone": "asia-northeast3-a", "local_ssd": 8}),
    "gce-scylla-2": ("G", "P", "gce", {"role": "ScyllaDB node", "machine_type": "n2-highmem-32",
                                       "zone": "asia-northeast3-b", "local_ssd": 8}),
    "gce-scylla-3": ("G", "P", "gce", {"role": "ScyllaDB node", "machine_type": "n2-highmem-32",
                                       "zone": "asia-northeast3-c", "local_ssd": 8}),
    "gce-kfk-1": ("G", "P", "gce", {"role": "Kafka broker (core)", "machine_type": "n2-standard-16",
                                    "zone": "asia-northeast3-a", "broker_id": 1}),
    "gce-kfk-2": ("G", "P", "gce", {"role": "Kafka broker (core)", "machine_type": "n2-standard-16",
                                    "zone": "asia-northeast3-b", "broker_id": 2}),
    "gce-kfk-3": ("G", "P", "gce", {"role": "Kafka broker (core)", "machine_type": "n2-standard-16",
                                    "zone": "asia-northeast3-c", "broker_id": 3}),
    "gce-kfk-4": ("G", "P", "gce", {"role": "Kafka broker (chat)", "machine_type": "n2-standard-16",
                                    "zone": "asia-northeast3-a", "broker_id": 11}),
    "gce-kfk-5": ("G", "P", "gce", {"role": "Kafka broker (chat)", "machine_type": "n2-standard-16",
                                    "zone": "asia-northeast3-b", "broker_id": 12}),
    "gce-kfk-6": ("G", "P", "gce", {"role": "Kafka broker (chat)", "machine_type": "n2-standard-16",
                                    "zone": "asia-northeast3-c", "broker_id": 13}),
    "gce-postgis-1": ("G", "P", "gce", {"role": "PostGIS (동네 경계)", "machine_type": "n2-highcpu-32",
                                        "zone": "asia-northeast3-a"}),
    "gce-redis-pres-1": ("G", "P", "gce", {"role": "Redis (채팅 presence, 사기탐지 피처)",
                                           "machine_type": "n2-highmem-8", "zone": "asia-northeast3-b"}),
    # 목동IDC bare metal by site-rack-role
    "mdc-a03-gpu01": ("M", "P", "gpu", {"role": "GPU 추론 #1", "model": "Supermicro SYS-821GE-TNHR",
                                        "gpu": "NVIDIA L40S x4", "rack": "MD-A03 U10"}),
    "mdc-a03-gpu02": ("M", "P", "gpu", {"role": "GPU 추론 #2", "model": "Supermicro SYS-821GE-TNHR",
                                        "gpu": "NVIDIA L40S x4", "rack": "MD-A03 U20"}),
    "mdc-a03-gpu03": ("M", "P", "gpu", {"role": "GPU 추론 #3 (RMA 대기)", "model": "Supermicro SYS-821GE-TNHR",
                                        "gpu": "NVIDIA L40S x4", "rack": "MD-A03 U30"}),
    "mdc-b11-pgesc01": ("M", "P", "bare", {"role": "escrowdb primary (Patroni)", "model": "Dell PowerEdge R760",
                                           "rack": "MD-B11 U08"}),
    "mdc-b11-pgesc02": ("M", "P", "bare", {"role": "escrowdb sync standby (Patroni)", "model": "Dell PowerEdge R760",
                                           "rack": "MD-B11 U10"}),
    "mdc-b12-mysql01": ("M", "P", "bare", {"role": "MySQL riskdb", "model": "Dell PowerEdge R660",
                                           "rack": "MD-B12 U04"}),
    "mdc-b12-rmq01": ("M", "P", "bare", {"role": "RabbitMQ (정산)", "model": "Dell PowerEdge R660",
                                         "rack": "MD-B12 U06"}),
    # 목동IDC VMs
    "vm-pay-ap01": ("M", "P", "vm", {"role": "안전결제 AP #1"}),
    "vm-pay-ap02": ("M", "P", "vm", {"role": "안전결제 AP #2"}),
    "vm-payout01": ("M", "P", "vm", {"role": "정산 지급 배치"}),
    "vm-ts-ap01": ("M", "P", "vm", {"role": "신고/검수 콘솔"}),
    "vm-log01": ("M", "P", "vm", {"role": "Loki 로그 수집"}),
    "vm-mon01": ("M", "P", "vm", {"role": "Prometheus/Grafana"}),
    "vm-stg-pay01": ("M", "S", "vm", {"role": "결제 스테이징"}),
    "vm-dev01": ("M", "D", "vm", {"role": "개발 공용"}),
    # 판교사옥, 안산DR
    "pty-bi01": ("P", "P", "vm", {"role": "사내 BI (Superset)"}),
    "asn-dr-pgesc01": ("D", "P", "bare", {"role": "escrowdb DR 비동기 복제", "model": "Dell PowerEdge R760",
                                          "rack": "AS-C02 U12"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-mdc-edge": ("M", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440", "firmware": "PAN-OS 11.1.4"}),
    "sw-mdc-core": ("M", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.32.2F"}),
    "ic-gcp-mdc": ("M", {"device": "Cloud Interconnect", "vendor": "Google Cloud", "model": "Partner Interconnect 10Gbps x2",
                         "circuit": "KINX-PI-20931", "desc": "목동IDC ↔ GCP 서울리전"}),
    "kftc-firm-line": ("M", {"device": "leased line", "vendor": "금융결제원", "model": "전용회선 50Mbps x2",
                             "circuit": "KFTC-FB-0733", "desc": "펌뱅킹 (정산 지급)"}),
    "pgline-kcp": ("M", {"device": "leased line", "vendor": "NHN KCP", "model": "전용회선 100Mbps x2",
                         "circuit": "KCP-DL-5521", "desc": "PG 승인 회선"}),
    "vpn-pty-mdc": ("P", {"device": "VPN gateway", "vendor": "Fortinet", "model": "FortiGate 400F",
                          "firmware": "FortiOS 7.4.5", "tunnels": 2, "desc": "판교사옥 ↔ 목동IDC"}),
    "fw-pty-office": ("P", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 200F",
                            "firmware": "FortiOS 7.4.5", "desc": "판교사옥 인터넷/사내망"}),
    "wan-asn-dr": ("D", {"device": "WAN link", "vendor": "LG U+", "model": "MetroE 1Gbps",
                         "circuit": "LGU-DR-77120", "desc": "목동IDC ↔ 안산DR센터"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("ic-gcp-mdc", "sw-mdc-core"),
    ("fw-mdc-edge", "sw-mdc-core"),
    ("vpn-pty-mdc", "fw-mdc-edge"),
    ("wan-asn-dr", "sw-mdc-core"),
    ("f5-mdc-pay", "fw-mdc-edge"),
    ("anjeon-pay", "pgline-kcp"),
    ("payout-batch", "kftc-firm-line"),
    ("escrowdb", "asn-dr-pgesc01"),
    ("pty-bi01", "vpn-pty-mdc"),
    ("vpn-pty-mdc", "fw-pty-office"),
]
# fmt: on
STATUS = {
    "mdc-a03-gpu03": "maintenance",
    "anjeon-pay-stg": "maintenance",
    "legacy-php-web": "retired",
    "chat-xmpp-old": "retired",
}
NET_PREFIX = {"G": "10.80", "M": "10.50", "P": "10.10", "D": "10.60"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "J1",
        "kind": "search_circuit_breaker",
        "root": "os-listing",
        "description": "on Friday evening a full reindex of os-listing (the alias swap job, started by hand at 21:00)"
        " fills the data nodes' heap and trips the parent circuit breaker: srch-api (7.2.0 deployed at 20:50,"
        " loudest) times out searches, feed-home and app-bff follow, until the reindex is throttled",
        "start": kst(3, 21, 10),
        "end": kst(3, 22, 5),
        "affected": ["os-listing", "srch-api", "feed-home", "app-bff"],
    },
    {
        "id": "J2",
        "kind": "kafka_under_replicated",
        "root": "kfk-chat",
        "description": "on Saturday afternoon a partition reassignment of chat.message on kfk-chat (24 → 48) saturates"
        " the brokers' replica fetchers, the ISR shrinks below min.insync.replicas and produce requests time out:"
        " chat-api (6.4.0 deployed at 15:00, loudest) fails to send messages, chat-fanout lags and chat-ws-gw"
        " drops sends, until the reassignment is throttled",
        "start": kst(4, 15, 20),
        "end": kst(4, 16, 15),
        "affected": ["kfk-chat", "chat-api", "chat-fanout", "chat-ws-gw"],
    },
    {
        "id": "J3",
        "kind": "gpu_fell_off_bus",
        "root": "mdc-a03-gpu02",
        "description": "at Tuesday lunch a GPU of mdc-a03-gpu02 falls off the bus (Xid 79) and Triton on that server"
        " falls back to CPU: img-moder (5.3.0 deployed at 12:20, loudest) moderates photos slowly and times out,"
        " lst-api's listing registration and ts-review's review queue follow, until the server is drained",
        "start": kst(7, 12, 40),
        "end": kst(7, 13, 35),
        "affected": ["mdc-a03-gpu02", "img-moder", "lst-api", "ts-review"],
    },
    {
        "id": "J4",
        "kind": "cache_maxmemory_evictions",
        "root": "redis-session",
        "description": "in Wednesday's morning commute redis-session reaches maxmemory (the session TTL was raised from"
        " 7 to 30 days on Tuesday) and evicts and stalls: user-auth (4.8.0 deployed at 07:50, loudest) fails"
        " logins and token refreshes, app-bff and chat-ws-gw follow, until the instance is scaled up",
        "start": kst(8, 8, 5),
        "end": kst(8, 9, 0),
        "affected": ["redis-session", "user-auth", "app-bff", "chat-ws-gw"],
    },
    {
        "id": "J5",
        "kind": "db_long_transaction_bloat",
        "root": "escrowdb",
        "description": "in the small hours of Thursday a long transaction on escrowdb blocks autovacuum on the"
        " ledger tables, bloat and lock waits pile up: payout-batch (3.4.0 deployed Wednesday 18:00, loudest)"
        " stalls the seller payouts, anjeon-pay's purchase confirmations time out and cs-desk can't load"
        " orders, until the session is terminated and the tables vacuumed",
        "start": kst(9, 1, 40),
        "end": kst(9, 2, 35),
        "affected": ["escrowdb", "payout-batch", "anjeon-pay", "cs-desk"],
    },
    {
        "id": "J6",
        "kind": "bad_model_rollout",
        "root": "fraud-score",
        "description": "on Friday evening the fraud model v41 rolled out to fraud-score at 19:00 is about four times"
        " heavier per request and fraud-score's latency climbs: anjeon-pay (loudest) times out payments waiting"
        " for scores, chat-api's scam-phrase checks time out and chat-ws-gw follows, until v40 is restored",
        "start": kst(10, 19, 10),
        "end": kst(10, 20, 5),
        "affected": ["fraud-score", "anjeon-pay", "chat-api", "chat-ws-gw"],
    },
    {
        "id": "J7",
        "kind": "db_invalid_index_scan",
        "root": "postgis-dongne",
        "description": "on Sunday evening (the trading peak) a migration on postgis-dongne rebuilt the GiST index of"
        " dongne_boundary CONCURRENTLY, it ended INVALID and every point-in-polygon query scans the table:"
        " dongne-cert (loudest) fails neighbourhood verification, lst-api (deployed at 19:30) and feed-home"
        " follow (ongoing)",
        "start": kst(12, 19, 55),
        "end": None,
        "affected": ["postgis-dongne", "dongne-cert", "lst-api", "feed-home"],
    },
]
J1, J2, J3, J4, J5, J6, J7 = INCIDENTS


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    return rels + [(a, b, "CONNECTS_TO") for a, b in NETWORK_LINKS]


RELATIONS = _relations()


def _hops() -> None:
    """Each incident's hops: the distance of each affected CI from the root, walking to the CIs that depend on
    it or run on it (DEPENDS_ON and RUNS_ON backwards)."""
    into: dict[str, set[str]] = {}
    for s, t, k in RELATIONS:
        if k in ("DEPENDS_ON", "RUNS_ON"):
            into.setdefault(t, set()).add(s)
    for inc in INCIDENTS:
        dist, todo = {inc["root"]: 0}, deque([inc["root"]])
        while todo:
            n = todo.popleft()
            for m in sorted(into.get(n, ())):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    todo.append(m)
        missing = [a for a in inc["affected"] if a not in dist]
        assert not missing, (inc["id"], missing)
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


_hops()


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        cis.append(
            ci_record(name, kind, ENVS[env], owner, SITES[site], dict(extra), STATUS.get(name, "active"))
        )
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        owner = SRE
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 20, 'S': 40, 'D': 70}[env]) + i // 8}.{11 + (i * 37) % 220}"
        }
        if kind == "gke":
            attrs |= {
                "os": "Container-Optimized OS 117",
                "cluster": "gke-jng-prd" if env == "P" else "gke-jng-nonprd",
                "kubelet": "1.30.5-gke.1014",
            }
        elif kind == "gce":
            attrs |= {"os": rng.choice(["Ubuntu 22.04 LTS", "Rocky Linux 9.4"]), "project": "jng-prd-data"}
            owner = DBA if h.startswith(("gce-scylla", "gce-postgis")) else owner
        elif kind == "gpu":
            attrs |= {"os": "Ubuntu 22.04 LTS", "driver": "NVIDIA 550.90.07", "cuda": "12.4", "cores": 64,
                      "mem_gb": 512, "serial": f"S{rng.randint(10000000, 99999999)}"}  # fmt: skip
            owner = ML
        elif kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.4", "Rocky Linux 9.4"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "Proxmox VE 8.2",
                      "cluster": "pve-mdc" if site == "M" else "pve-pty"}  # fmt: skip
        else:  # bare metal
            attrs |= {
                "os": rng.choice(["Rocky Linux 9.4", "RHEL 9.4"]),
                "cores": rng.choice([32, 48]),
                "mem_gb": rng.choice([256, 384, 512]),
                "serial": f"{rng.choice(['7XK', 'HZ4', 'J2P'])}{rng.randint(1000, 9999)}{rng.choice('ABCD')}",
            }
            if "pgesc" in h or "mysql" in h:
                owner = DBA
        if h == "pty-bi01":
            owner = DATA
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _app(ts: datetime) -> float:
    """App usage: a night low, the morning commute, lunch and the long evening peak around 21:30; weekends add a
    wide afternoon plateau (people selling and picking up) and a stronger evening."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.12 * _bump(h, 15, 5)
    if wd < 5:
        v += 0.22 * _bump(h, 8.3, 0.8) + 0.28 * _bump(h, 12.4, 0.7) + 0.58 * _bump(h, 21.5, 1.6)
    else:
        v += 0.08 * _bump(h, 9.5, 1.5) + 0.42 * _bump(h, 15.0, 2.6) + 0.66 * _bump(h, 21.0, 1.8)
    return max(0.05, min(1.0, v))


def _listing(ts: datetime) -> float:
    """New listings and photos: weekend afternoons heaviest, weekday lunch and evening."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.06 + 0.1 * _bump(h, 15, 5)
    if wd < 5:
        v += 0.3 * _bump(h, 12.6, 0.7) + 0.45 * _bump(h, 21.0, 1.5)
    else:
        v += 0.72 * _bump(h, 15.5, 2.4) + 0.4 * _bump(h, 20.5, 1.4)
    return max(0.05, min(1.0, v))


def _pay(ts: datetime) -> float:
    """Escrow payments: daytime into the evening, weekends higher."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.06 + 0.45 * _bump(h, 19.5, 3.2) + 0.2 * _bump(h, 13, 2)
    if wd >= 5:
        v += 0.2 * _bump(h, 15.5, 3)
    return max(0.05, min(1.0, v))


def _payout(ts: datetime) -> float:
    """Seller payouts: the 01:00 run until about 03:00, small retries during the day."""
    h = seoul_hour(ts)
    return 0.95 if 1 <= h < 3 else 0.12


def _dw(ts: datetime) -> float:
    """The DW DAGs at 03:00 and ads billing at 04:00."""
    h = seoul_hour(ts)
    return 0.9 if 3 <= h < 5.5 else 0.1


def _office(ts: datetime) -> float:
    """CS / T&S consoles: 09–22 (agents work weekends too, fewer)."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if not 9 <= h < 22:
        return 0.08
    return (0.7 if wd < 5 else 0.45) * (0.75 if 12 <= h < 13 else 1) + 0.05


def _steady(ts: datetime) -> float:
    return 0.5


LISTING = {"lst-api", "img-upload", "img-resize", "img-moder", "pubsub-img", "csql-listing-prd", "lst-indexer",
           "kfk-core", "gcs-jng-img-raw", "gcs-jng-img-pub", "mdc-a03-gpu01", "mdc-a03-gpu02", "gce-kfk-1",
           "gce-kfk-2", "gce-kfk-3", "gke-prd-batch-m4t8", "dongne-cert", "postgis-dongne", "gce-postgis-1", "keyword-alert", "biz-profile"}  # fmt: skip
PAY_SIDE = {"anjeon-pay", "fraud-score", "redis-fraud", "riskdb", "vm-pay-ap01", "vm-pay-ap02", "f5-mdc-pay",
            "pgline-kcp", "mdc-b12-mysql01", "fw-mdc-edge", "ic-gcp-mdc", "sw-mdc-core"}  # fmt: skip
PAYOUT = {"payout-batch", "escrowdb", "rmq-payout", "vm-payout01", "mdc-b11-pgesc01", "mdc-b11-pgesc02",
          "mdc-b12-rmq01", "kftc-firm-line", "nas-mdc-01", "pure-mdc-01", "asn-dr-pgesc01", "wan-asn-dr",
          "dd-asn-01"}  # fmt: skip
DW = {"dw-airflow", "ads-billing", "bq-jng-dw", "gcs-jng-dw-stage"}
OFFICE = {"cs-desk", "csql-cs-prd", "ts-review", "vm-ts-ap01", "ilb-backoffice", "pty-bi01", "vpn-pty-mdc",
          "grafana-ops", "vm-mon01", "superset-bi", "fw-pty-office"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (LISTING, _listing),
        (PAY_SIDE, _pay),
        (PAYOUT, _payout),
        (DW, _dw),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    if name in ("loki-logs", "vm-log01"):
        return _steady
    return _app


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "J1": {0: (6.0, 4.0), 1: (4.5, 13.0), 2: (2.2, 7.0)},
    "J2": {0: (8.0, 3.0), 1: (4.0, 12.0), 2: (2.1, 7.5)},
    "J3": {1: (7.0, 10.0), 2: (2.6, 8.0)},
    "J4": {0: (12.0, 2.5), 1: (5.0, 14.0), 2: (2.3, 7.0)},
    "J5": {0: (7.0, 3.5), 1: (4.0, 12.0), 2: (2.0, 6.5)},
    "J6": {0: (4.0, 6.0), 1: (3.6, 13.0), 2: (2.0, 7.0)},
    "J7": {0: (9.0, 4.5), 1: (5.5, 15.0), 2: (2.4, 8.0)},
}
EFFECT_OVERRIDE = {
    ("J1", "srch-api"): (5.5, 26.0),
    ("J2", "chat-api"): (4.5, 28.0),
    ("J3", "img-moder"): (6.0, 32.0),
    ("J4", "user-auth"): (4.8, 30.0),
    ("J5", "payout-batch"): (4.0, 35.0),
    ("J6", "anjeon-pay"): (4.4, 27.0),
    ("J7", "dongne-cert"): (6.2, 33.0),
    ("J7", "lst-api"): (2.6, 12.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "gce-os-data-1", "gce-os-data-2", "gce-os-data-3", "gce-scylla-1", "gce-scylla-2", "gce-scylla-3", "gce-kfk-4",
    "gce-kfk-5", "gce-kfk-6", "gce-postgis-1", "mdc-b11-pgesc01", "mdc-b11-pgesc02", "mdc-b12-mysql01",
    "mdc-b12-rmq01", "vm-log01", "vm-payout01", "asn-dr-pgesc01", "mdc-a03-gpu01", "mdc-a03-gpu02",
}  # fmt: skip
GPU_HOSTS = {"mdc-a03-gpu01", "mdc-a03-gpu02", "mdc-a03-gpu03"}
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    gpu0 = rng.uniform(45, 60)
    if name == "vm-log01":  # Loki chunks creep up
        disk0, growth = 62.4, 1.45
    if name == "mdc-b11-pgesc01":
        disk0, growth = 51.0, 0.08
    load = _load(name)
    for ts, d, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        gpu = gpu0 * (0.3 + 0.9 * d) + rng.gauss(0, 1.5)
        if name in ("gce-os-data-1", "gce-os-data-2", "gce-os-data-3"):  # GC storms under the reindex
            cpu += 30 * ramp(ts, J1["start"], J1["end"], rise=5, fall=10)
            mem += (93.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, J1["start"], J1["end"], rise=10, fall=10)
        if name in ("gce-kfk-4", "gce-kfk-5", "gce-kfk-6"):  # replica fetchers busy
            cpu += 24 * ramp(ts, J2["start"], J2["end"], rise=5, fall=10)
        if name == "mdc-a03-gpu02":  # the GPU is gone, inference on CPU
            r = ramp(ts, J3["start"], J3["end"], rise=5, fall=10)
            cpu += (96.5 + rng.gauss(0, 0.5) - cpu) * r
            gpu *= 1 - 0.8 * r
        if name == "mdc-b11-pgesc01":  # bloat and WAL
            disk += 9 * ramp(ts, J5["start"] - timedelta(minutes=15), J5["end"], rise=30, fall=30)
            cpu += 20 * ramp(ts, J5["start"], J5["end"], rise=5, fall=10)
        if name == "gke-prd-core-k71m":  # the heavier model
            cpu += 16 * ramp(ts, J6["start"] - timedelta(minutes=10), J6["end"], rise=10, fall=10)
        if name == "gce-postgis-1":  # sequential scans
            cpu += 28 * ramp(ts, J7["start"], J7["end"], rise=10)
        if name == "mdc-a03-gpu03":
            cpu, gpu = 1.1 + abs(rng.gauss(0, 0.3)), 0.0
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        if name in GPU_HOSTS:
            row["gpu_utilization"] = round(max(0.0, min(gpu, 100.0)), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"ic-gcp-mdc": 1.6, "kftc-firm-line": 6.8, "pgline-kcp": 3.9, "wan-asn-dr": 2.4,
            "vpn-pty-mdc": 4.2}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"gcs-jng-img-pub": (71, 72), "dd-asn-01": (58, 60), "nas-mdc-01": (47, 49),
            "pure-mdc-01": (63, 64)}.get(name, (20, 45))  # fmt: skip
    per_day = 0.18 if name == "gcs-jng-img-pub" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "pure-mdc-01" else rng.uniform(8.0, 22.0) if name.startswith(
        "gcs") else rng.uniform(1.5, 4.0)  # fmt: skip
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-asn-01" and 2 <= seoul_hour(ts) < 4:  # the nightly backups
            lat *= 1.8
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "app-bff": 120.0, "user-auth": 18.0, "lst-api": 95.0, "lst-indexer": 35.0, "srch-api": 60.0, "feed-home": 85.0,
    "reco-rank": 22.0, "chat-ws-gw": 12.0, "chat-api": 28.0, "chat-fanout": 9.0, "push-sender": 140.0,
    "img-upload": 45.0, "img-resize": 380.0, "img-moder": 160.0, "dongne-cert": 30.0, "anjeon-pay": 420.0,
    "payout-batch": 650.0, "fraud-score": 38.0, "ads-serve": 14.0, "ads-billing": 600.0, "cs-desk": 310.0,
    "ts-review": 260.0, "keyword-alert": 16.0, "review-manner": 42.0, "biz-profile": 75.0,
    "superset-bi": 620.0, "dw-airflow": 520.0, "loki-logs": 70.0, "grafana-ops": 140.0,
    "os-listing": 18.0, "scylla-chat": 1.4, "postgis-dongne": 3.2, "escrowdb": 2.6, "riskdb": 1.8,
    "csql-listing-prd": 2.4, "csql-member-prd": 2.1, "csql-ads-prd": 2.9, "csql-cs-prd": 3.3, "bq-jng-dw": 380.0,
    "redis-session": 0.4, "redis-listing": 0.5, "redis-feed": 0.45, "redis-presence": 0.3, "redis-fraud": 0.38,
    "redis-ads": 0.35, "kfk-core": 4.2, "kfk-chat": 3.6, "pubsub-img": 28.0, "rmq-payout": 2.9,
    "glb-api-prd": 3.1, "glb-ws-prd": 2.8, "cdn-img-edge": 24.0, "f5-mdc-pay": 1.2, "ilb-backoffice": 2.2,
}  # fmt: skip
REQUEST_RATE = {
    "app-bff": 14800.0, "user-auth": 3200.0, "lst-api": 2600.0, "lst-indexer": 1900.0, "srch-api": 6400.0,
    "feed-home": 5200.0, "reco-rank": 5100.0, "chat-ws-gw": 9700.0, "chat-api": 7300.0, "chat-fanout": 2400.0,
    "push-sender": 3600.0, "img-upload": 820.0, "img-resize": 780.0, "img-moder": 760.0, "dongne-cert": 410.0,
    "anjeon-pay": 240.0, "payout-batch": 95.0, "fraud-score": 2900.0, "ads-serve": 4300.0, "cs-desk": 55.0,
    "ts-review": 38.0, "keyword-alert": 2300.0, "review-manner": 610.0, "os-listing": 8100.0, "scylla-chat": 21000.0, "postgis-dongne": 1300.0, "escrowdb": 3900.0,
    "riskdb": 2700.0, "csql-listing-prd": 11800.0, "csql-member-prd": 6900.0, "redis-session": 26000.0,
    "redis-listing": 41000.0, "redis-feed": 18500.0, "redis-presence": 33000.0, "redis-fraud": 9100.0,
    "kfk-core": 5600.0, "kfk-chat": 7800.0, "pubsub-img": 790.0, "rmq-payout": 180.0, "glb-api-prd": 15200.0,
    "glb-ws-prd": 9900.0, "cdn-img-edge": 68000.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search heap with a memory gauge: (level, swing with load)
    "redis-session": (61.0, 9.0), "redis-listing": (54.0, 8.0), "redis-feed": (47.0, 10.0),
    "redis-presence": (38.0, 12.0), "redis-fraud": (42.0, 6.0), "redis-ads": (35.0, 5.0),
    "kfk-core": (44.0, 6.0), "kfk-chat": (41.0, 8.0), "rmq-payout": (24.0, 14.0), "os-listing": (58.0, 9.0),
}  # fmt: skip
CPU_DB = {"os-listing": (24.0, 36.0), "escrowdb": (14.0, 30.0), "postgis-dongne": (12.0, 26.0),
          "scylla-chat": (20.0, 38.0)}  # fmt: skip
LAG = {"kfk-core": 1800.0, "kfk-chat": 900.0, "pubsub-img": 350.0}  # consumer lag / backlog (messages)
BATCH_HOURS = {"payout-batch": (1.0, 3.0), "dw-airflow": (3.0, 5.5), "ads-billing": (4.0, 4.8)}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0, cpu_swing = CPU_DB.get(name, (0.0, 0.0))
    lag0 = LAG.get(name, 0.0)
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        lag = lag0 * (0.5 + d) * (1 + rng.gauss(0, 0.1))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is J2 and name == "kfk-chat":
                lag *= 1 + 60 * r
            if inc is J2 and name == "chat-api":
                req *= 1 - 0.4 * r
            if inc is J7 and name == "dongne-cert":
                req *= 1 + 0.6 * r  # clients retry
            if inc is J5 and name == "payout-batch":
                req *= 1 - 0.7 * r
        if name in BATCH_HOURS:
            a, z = BATCH_HOURS[name]
            if not a <= seoul_hour(ts) < z:
                req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-session":  # fills up through Tuesday night, full at the morning commute
                mem += (98.6 + rng.gauss(0, 0.2) - mem) * ramp(ts, J4["start"] - timedelta(minutes=20), J4["end"],
                                                                rise=25, fall=15)  # fmt: skip
            if name == "os-listing":
                mem += (96.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, J1["start"], J1["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "postgis-dongne":
                cpu += (97.0 + rng.gauss(0, 0.5) - cpu) * ramp(ts, J7["start"], J7["end"], rise=5)
            if name == "os-listing":
                cpu += 26 * ramp(ts, J1["start"], J1["end"], rise=5, fall=10)
            if name == "escrowdb":
                cpu += 22 * ramp(ts, J5["start"], J5["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name in LAG:
            row["consumer_lag"] = round(max(0.0, lag))
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The payout run, the DW DAG, ads billing, the evening keyword push and the CDN certificate."""
    rows = []
    for d in range(2, 13):
        rows.append(
            (d, 1, 0, "payout-batch", "info", "batch_job", "판매자 정산금 지급 배치 시작 (PAYOUT_DAILY)")
        )
        if d != 9:
            rows.append((d, 2, 48, "payout-batch", "info", "batch_job", "정산금 지급 완료, 펌뱅킹 응답 수신"))
        rows.append((d, 3, 0, "dw-airflow", "info", "batch_job", "dag jng_daily_mart run started"))
        rows.append((d, 5, 12, "dw-airflow", "info", "batch_job", "dag jng_daily_mart run success"))
        rows.append((d, 4, 0, "ads-billing", "info", "batch_job", "광고 과금 일정산 시작"))
        rows.append((d, 19, 0, "push-sender", "info", "batch_job", "키워드 알림 저녁 배치 발송 시작"))
        left = (datetime(2028, 11, 20) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 30, "cdn-img-edge", "warning", "cert_expiry",
             f"TLS certificate img.solsol.market expires in {left} days (2028-11-20), manual renewal (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (3, 10, 0, "lst-api-stg", "info", "deployment", "lst-api-stg 12.4.0-rc1 deployed"),
    (3, 14, 20, "vm-log01", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/loki"),
    (3, 20, 50, "srch-api", "info", "deployment", "srch-api 7.2.0 배포 (동의어 사전 갱신, nori 사용자 사전)"),
    (3, 21, 0, "os-listing", "info", "config_change", "reindex listing-v31 → listing-v32 시작 (alias swap job, 수동 실행)"),
    (4, 11, 0, "kfk-chat", "info", "change_notice", "토요일 15:10 chat.message 파티션 확장 (24→48) 및 재배치 예정"),
    (4, 15, 0, "chat-api", "info", "deployment", "chat-api 6.4.0 배포 (읽음 처리 배치화)"),
    (4, 15, 10, "kfk-chat", "info", "config_change", "kafka-reassign-partitions --execute chat.message 24→48 (throttle 미설정)"),
    (5, 2, 0, "vm-dev01", "info", "maintenance", "Proxmox 노드 패치, 개발 VM 재기동"),
    (5, 13, 0, "vm-log01", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/loki"),
    (6, 10, 0, "mdc-a03-gpu03", "info", "maintenance", "GPU #3 서버 RMA (GPU 2장 교체), 서비스 제외"),
    (6, 16, 0, "anjeon-pay-stg", "info", "maintenance", "결제 스테이징 KCP 테스트 상점 재계약, 점검"),
    (7, 12, 20, "img-moder", "info", "deployment", "img-moder 5.3.0 배포 (모델 moder-vit-l-v9, 금지품목 카테고리 추가)"),
    (7, 17, 30, "redis-session", "info", "config_change", "session TTL 7d → 30d (user-auth 로그인 유지 기간 연장)"),
    (8, 7, 50, "user-auth", "info", "deployment", "user-auth 4.8.0 배포 (리프레시 토큰 로테이션)"),
    (8, 9, 10, "redis-session", "info", "config_change", "Memorystore 용량 확장 48GB → 64GB"),
    (8, 11, 0, "vm-log01", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/loki"),
    (8, 15, 0, "srch-api-dev", "info", "deployment", "srch-api-dev 7.3.0-SNAPSHOT deployed"),
    (8, 18, 0, "payout-batch", "info", "deployment", "payout-batch 3.4.0 배포 (지급 보류 건 재처리 단계 추가)"),
    (9, 14, 0, "chat-api-stg", "info", "deployment", "chat-api-stg 6.5.0-rc2 deployed"),
    (10, 11, 0, "fraud-score", "info", "change_notice", "금요일 19:00 사기탐지 모델 v41 (BERT 문구 탐지 추가) 전량 배포 예정"),
    (10, 19, 0, "fraud-score", "info", "deployment", "fraud-score 4.1.0 배포 (model fraud-gbm-bert-v41, 100% rollout)"),
    (11, 10, 0, "push-sender", "info", "batch_job", "주말 동네 인기매물 푸시 발송 (대상 520만명)"),
    (12, 14, 0, "postgis-dongne", "info", "change_notice", "일요일 19:40 dongne_boundary 인덱스 재생성 마이그레이션 예정"),
    (12, 19, 30, "lst-api", "info", "deployment", "lst-api 12.3.0 배포 (끌올 쿨다운 정책 변경)"),
    (12, 19, 40, "postgis-dongne", "info", "config_change",
     "flyway V2028_11_12_1: DROP INDEX idx_boundary_geom; CREATE INDEX CONCURRENTLY idx_boundary_geom USING gist"),
    # J1 (Friday evening)
    (3, 21, 12, "os-listing", "warning", "performance", "JVM heap 92% on gce-os-data-2, old GC 4.1s"),
    (3, 21, 15, "os-listing", "critical", "circuit_breaker", "CircuitBreakingException: [parent] Data too large, data for [<http_request>] would be larger than limit"),
    (3, 21, 18, "srch-api", "critical", "error", "검색 타임아웃 26%, es client 503"),
    (3, 21, 24, "feed-home", "major", "error", "피드 후보 조회 실패 (search upstream timeout)"),
    (3, 21, 27, "app-bff", "warning", "error", "홈/검색 탭 응답 지연, 5xx 증가"),
    (3, 21, 58, "os-listing", "info", "config_change", "reindex requests_per_second 무제한 → 500 throttle"),
    (3, 22, 15, "srch-api", "info", "recovery", "검색 정상화"),
    # J2 (Saturday afternoon)
    (4, 15, 21, "kfk-chat", "warning", "replication", "UnderReplicatedPartitions 31, IsrShrinksPerSec rising"),
    (4, 15, 24, "kfk-chat", "critical", "replication", "NotEnoughReplicasException: chat.message-17 ISR [12] below min.insync.replicas=2"),
    (4, 15, 27, "chat-api", "critical", "error", "메시지 전송 실패 28% (produce timeout, acks=all)"),
    (4, 15, 30, "chat-fanout", "major", "error", "consumer lag 급증, 오프라인 푸시 지연"),
    (4, 15, 34, "chat-ws-gw", "warning", "error", "send ack timeout 증가, 재전송 폭주"),
    (4, 16, 5, "kfk-chat", "info", "config_change", "leader.replication.throttled.rate=50MB/s 적용, 재배치 일시중지"),
    (4, 16, 25, "chat-api", "info", "recovery", "메시지 전송 정상"),
    # J3 (Tuesday lunch)
    (7, 12, 41, "mdc-a03-gpu02", "critical", "hardware", "NVRM: Xid 79, GPU has fallen off the bus (GPU 1, PCI 0000:41:00)"),
    (7, 12, 44, "mdc-a03-gpu02", "warning", "hardware", "nvidia-smi: Unable to determine the device handle for GPU 0000:41:00.0"),
    (7, 12, 47, "img-moder", "critical", "error", "추론 타임아웃 32%, Triton CPU fallback (instance_group KIND_CPU)"),
    (7, 12, 52, "lst-api", "major", "error", "매물 등록 실패 증가 (사진 검수 응답 지연)"),
    (7, 12, 57, "ts-review", "warning", "error", "검수 대기열 지연"),
    (7, 13, 25, "mdc-a03-gpu02", "info", "maintenance", "노드 drain, 트래픽 mdc-a03-gpu01로 전환"),
    (7, 13, 45, "img-moder", "info", "recovery", "검수 지연 해소"),
    # J4 (Wednesday morning commute)
    (8, 7, 52, "redis-session", "warning", "memory", "used_memory 94% of maxmemory, evicted_keys rising"),
    (8, 8, 7, "redis-session", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory', evictions 48k/s"),
    (8, 8, 10, "user-auth", "critical", "error", "로그인/토큰 갱신 실패 30% (session store timeout)"),
    (8, 8, 16, "app-bff", "major", "error", "401 급증, 강제 로그아웃 문의"),
    (8, 8, 18, "chat-ws-gw", "warning", "error", "websocket handshake auth 실패 증가"),
    (8, 8, 55, "user-auth", "info", "recovery", "로그인 정상"),
    # J5 (Thursday small hours)
    (9, 1, 42, "escrowdb", "warning", "performance", "long running transaction pid 48211 (payout) 21 min, autovacuum blocked on ledger_entry"),
    (9, 1, 46, "escrowdb", "critical", "performance", "lock wait: 612 sessions waiting, dead tuples ledger_entry 38M"),
    (9, 1, 48, "mdc-b11-pgesc01", "warning", "disk", "/pgwal 78% used"),
    (9, 1, 50, "payout-batch", "critical", "batch_job", "PAYOUT_DAILY step 3 (지급 원장 갱신) 지연, 타임아웃 35%"),
    (9, 1, 55, "anjeon-pay", "major", "error", "구매확정 처리 지연 (DB lock wait)"),
    (9, 2, 2, "cs-desk", "warning", "error", "주문 상세 조회 실패"),
    (9, 2, 30, "escrowdb", "info", "config_change", "pg_terminate_backend(48211), VACUUM (ANALYZE) ledger_entry"),
    (9, 3, 20, "payout-batch", "info", "batch_job", "정산금 지급 완료 (재실행, 지연)"),
    # J6 (Friday evening)
    (10, 19, 12, "fraud-score", "warning", "performance", "p99 latency 410ms (SLO 80ms), model v41 inference"),
    (10, 19, 15, "fraud-score", "critical", "performance", "worker queue saturated, score timeouts"),
    (10, 19, 18, "anjeon-pay", "critical", "error", "결제 승인 전 사기점수 조회 타임아웃 27%"),
    (10, 19, 22, "chat-api", "major", "error", "사기 문구 검사 타임아웃, 메시지 전송 지연"),
    (10, 19, 28, "chat-ws-gw", "warning", "error", "send ack 지연"),
    (10, 20, 0, "fraud-score", "info", "deployment", "fraud-score 4.0.3 롤백 (model fraud-gbm-v40)"),
    (10, 20, 15, "anjeon-pay", "info", "recovery", "결제 정상"),
    # J7 (Sunday evening, ongoing)
    (12, 19, 56, "postgis-dongne", "warning", "performance", "seq scan on dongne_boundary, mean exec time 1.8s (ST_Contains)"),
    (12, 19, 59, "postgis-dongne", "critical", "performance", "index idx_boundary_geom INVALID, active backends 480, CPU 97%"),
    (12, 20, 2, "dongne-cert", "critical", "error", "동네인증 실패 33% (DB query timeout)"),
    (12, 20, 7, "lst-api", "major", "error", "매물 등록 시 동네 확인 지연"),
    (12, 20, 12, "feed-home", "warning", "error", "동네 범위 조회 지연, 피드 빈 화면"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND + _daily_rows())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "used-market", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
