"""Generate the web-portal estate (tests/fixtures/news-portal/, interchange format) and its faults file.

A Korean web portal and news company (하늬소프트, portal 하늬 / hanui.net): the front page BFF `portal-home` and
the API gateway `portal-gw`; search LUMEN (crawler `lumen-crawl`, indexer `lumen-idx`, query serving
`lumen-qry`, autocomplete `lumen-ac`, the nightly index rebuild `lumen_reindex_nightly`) on the OpenSearch
cluster `osc-lumen` and the legacy Elasticsearch 6 news index `es6_news_legacy`; news SOSIK (press agency feeds
`sosik-feedrcv`, 언론사 ingest `sosik-ingest`, ranking `sosik-rank` with the ZSET cache `redis-sosik-rank`, the
news front `sosik-front`), comments 댓글 (`daetgeul-api` on the MySQL shards `cmtdb-s01..s03`, the abuse/spam
filter `daetgeul-guard`), 실시간 이슈 keywords `issuekw-stream`; web mail NURIMAIL (`nurimail-web`, `-mta`,
`-store` on the NetApp `nas-mail-jj01` and HBase `hbase-nurimail`, `-spam`); cafe/blog MOIM (`moim-cafe`,
`moim-blog`, `moim-upload` on Cassandra `cass-moim`, MySQL `mysql-moim`, memcached `memcd-moim`); login
`gate-sso` (MySQL `mysql-gate`, sessions `redis-gate-sess`) and 본인인증 relay `idv-relay`; ads (`adx-serve`
with frequency capping `redis-adx-freq`, `adx-billing`, the daily settlement batch `ad_settle_daily`,
`adx-report`) on `mysql-adx` and the ad log Kafka `evbus-adlog`; images `pix-thumb` and video `vod-transcode`;
the CDN PoPs `edge-pop-jj` / `edge-pop-hn`, the Ceph object store `obj-ceph-jj` and the S3 bucket
`bucket-hanui-vod`. Sites 죽전IDC (main), 하남IDC (second) and AWS 서울리전; environments prod, stage, dev;
owners are teams with Korean and English names.

Naming (unlike the earlier estates): product code names (`lumen-*`, `gate-sso`, `adx-*`), romanised Korean
(`sosik-*` 소식, `daetgeul-*` 댓글, `nurimail-*` 누리메일, `moim-*` 모임), legacy snake_case
(`lumen_reindex_nightly`, `ad_settle_daily`, `es6_news_legacy`, the retired `press_feed_ftp`), bare metal named
by IDC floor, rack and unit (`jj3f-k08-05` = 죽전 3층 랙 K08 유닛 05, `hn1f-c16-02`), VMs by asset tag
(`hvm-20421`), Kubernetes clusters as hosts (`kube-jj-a`, `eks-apne2-media`) and EC2 instances by their
generated ids (`i-0e8d52c7a1f94b3d6`).

Seven injected incidents (times KST; now = Wednesday 2027-03-24 08:50, in the morning news peak; the window is
the 10 days before; news peaks 07–09 (strongest on Mondays), at lunch and 21–23, mail in office hours, the
nightly index rebuild 02:00–04:30 and the ad settlement 04:00–05:05; a breaking-news spike (지진 속보) on Thursday
18 from 21:05):
  N1 Mon 15 07:45–08:40  redis-sosik-rank pins its single thread on a huge ranking ZSET (new formula keeps every
                         article): sosik-rank (loudest, 4.12.0 deployed at 07:20), sosik-front, portal-home;
                         redis-lumen-ac on the same host slows a little (noisy neighbour)
  N2 Tue 16 03:10–04:05  (night) the OpenSearch data node jj3f-k11-03 crosses the flood-stage watermark during the
                         nightly rebuild and its indices go read-only: osc-lumen, lumen_reindex_nightly (loudest,
                         mapping changed on Monday), lumen-idx
  N3 Wed 17 12:10–13:05  (lunch peak) a broker of evbus-adlog loses a disk and the ISR shrinks, acks=all produces
                         stall: adx-serve (loudest, 8.3.0 deployed at 11:50), adx-billing, portal-home
  N4 Thu 18 21:20–22:15  (breaking news) the comments of the earthquake article all land on cmtdb-s03 and row
                         locks pile up: daetgeul-api (loudest, 2.19.0 deployed at 20:55), sosik-front
  N5 Sat 20 14:30–15:25  (weekend) nas-mail-jj01 rebuilds RAID after a failed disk and its latency soars:
                         nurimail-store (loudest, deployed at 14:05), nurimail-web, nurimail-mta; core-hn-sw01 had
                         firmware maintenance 14:00–14:20
  N6 Mon 22 07:40–08:35  the Monday login storm exhausts mysql-gate's max_connections after gate-sso's pool was
                         raised on Sunday night: gate-sso (loudest), portal-gw, nurimail-web
  N7 Wed 24 08:20–now    obj-ceph-jj crosses nearfull after an OSD fails and backfills with slow ops: pix-thumb
                         (loudest), moim-upload (3.4.0 deployed at 08:05), sosik-ingest (ongoing)
Confounders: the news peaks, Monday mornings, the lunch and evening peaks, the breaking-news spike, the nightly
rebuild and the ad settlement, deploys on victims before N1, N3, N4, N5 and N7 (and gate-sso's pool change
before N6), a noisy neighbour (N1), `core-hn-sw01` maintenance before N5, `hn1f-c15-22` and `adx-serve-stg` in
maintenance, the retired `press_feed_ftp`, the legacy ES host `jj3f-k03-17`'s disk creeping up and `l4-jj-web`'s
certificate for *.hanui.net expiring on 2027-03-31 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/ptl_golden.py) are computed from the files.

    .venv/bin/python bench/ptl_estate.py   # rewrites tests/fixtures/news-portal*
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

NAME = "news-portal"
NOW = datetime(2027, 3, 23, 23, 50, tzinfo=UTC)  # Wednesday 2027-03-24 08:50 KST
START = NOW - timedelta(days=10)  # Sunday 2027-03-14 08:50 KST
SEED = 20270324
SITES = {"J": "죽전IDC", "H": "하남IDC", "C": "AWS 서울리전"}
ENVS = {"P": "prod", "S": "stage", "D": "dev"}

kst = kst_utc_clock("2027-03")

PORTAL, SEARCH, NEWS, CMT = "포털프론트팀", "search-platform", "뉴스서비스개발팀", "댓글클린팀"
MAIL, COMM, ID, ADS = "mail-eng", "커뮤니티개발팀", "계정인증파트", "광고플랫폼팀"
MEDIA, SRE, DBA, NET, STOR = "media-infra", "SRE", "DB운영팀", "네트워크운영팀", "storage-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- front
    "portal-home": ("service", PORTAL, "J", "P", ["kube-jj-a", "kube-hn-a"],
                    ["portal-gw", "sosik-front", "lumen-ac", "adx-serve", "pix-thumb"],
                    {"desc": "하늬 첫화면 BFF (뉴스 판, 검색창, 광고 슬롯)", "product": "Next.js 14 + Kotlin BFF",
                     "version": "2027.03.2", "replicas": 48, "domain": "www.hanui.net"}),
    "portal-gw": ("service", PORTAL, "J", "P", ["kube-jj-a", "kube-hn-a"], ["gate-sso"],
                  {"desc": "API 게이트웨이 (앱/웹 공통)", "product": "Envoy 1.29 + 자체 필터", "version": "1.29.3",
                   "replicas": 24, "rate_limit_rps": 60000, "port": 443}),
    # ---------------------------------------------------------------- search LUMEN
    "lumen-crawl": ("service", SEARCH, "J", "P", ["kube-jj-a"], ["evbus-news"],
                    {"desc": "웹 문서 수집기 (블로그/카페/웹)", "product": "자체개발 (Go 1.22)", "version": "7.4.1",
                     "replicas": 40, "pages_per_day_million": 185, "politeness_ms": 800}),
    "lumen-idx": ("service", SEARCH, "J", "P", ["kube-jj-a"], ["evbus-news", "osc-lumen"],
                  {"desc": "실시간 색인기 (증분 색인)", "product": "자체개발 (Java 21)", "version": "5.2.0",
                   "replicas": 12, "bulk_size": 5000}),
    "lumen-qry": ("service", SEARCH, "J", "P", ["kube-jj-a"], ["osc-lumen", "es6_news_legacy"],
                  {"desc": "검색 질의 서빙 (통합검색, 뉴스 탭)", "product": "자체개발 (Java 21, Spring Boot 3.2)",
                   "version": "9.0.3", "replicas": 36, "timeout_ms": 700}),
    "lumen-ac": ("service", SEARCH, "J", "P", ["kube-jj-a"], ["redis-lumen-ac", "issuekw-stream"],
                 {"desc": "검색어 자동완성", "product": "자체개발 (Rust)", "version": "3.1.4", "replicas": 16,
                  "prefix_max": 20}),
    "lumen_reindex_nightly": ("service", SEARCH, "J", "P", ["hvm-31008"], ["osc-lumen", "mysql-sosik"],
                              {"desc": "야간 전체 색인 재구축 배치", "product": "Airflow 2.8 DAG + Spark 3.5",
                               "schedule": "매일 02:00", "version": "2.6.0", "index_alias": "lumen-docs"}),
    # ---------------------------------------------------------------- news SOSIK
    "sosik-feedrcv": ("service", NEWS, "J", "P", ["kube-jj-a"], ["evbus-news"],
                      {"desc": "통신사 피드 수신 (연합뉴스, 뉴시스, 뉴스1)", "product": "자체개발 (Python 3.12)",
                       "version": "1.8.2", "agencies": 3, "protocol": "NewsML-G2 over HTTPS"}),
    "sosik-ingest": ("service", NEWS, "J", "P", ["kube-jj-a"], ["evbus-news", "mysql-sosik", "pix-thumb"],
                     {"desc": "언론사 기사 전송 수신/정규화", "product": "자체개발 (Kotlin)", "version": "6.0.7",
                      "partner_press": 127, "replicas": 10}),
    "sosik-rank": ("service", NEWS, "J", "P", ["kube-jj-a"], ["redis-sosik-rank", "evbus-news", "mysql-sosik"],
                   {"desc": "뉴스 랭킹 (많이 본 뉴스, 섹션별 랭킹)", "product": "자체개발 (Kotlin)",
                    "version": "4.12.0", "replicas": 8, "window_min": 60}),
    "sosik-front": ("service", NEWS, "J", "P", ["kube-jj-a"],
                    ["sosik-rank", "mysql-sosik", "daetgeul-api", "es6_news_legacy"],
                    {"desc": "뉴스 홈/기사 본문 서빙", "product": "자체개발 (Kotlin, Spring WebFlux)",
                     "version": "11.3.1", "replicas": 30, "domain": "news.hanui.net"}),
    "daetgeul-api": ("service", CMT, "J", "P", ["kube-jj-a"],
                     ["cmtdb-s01", "cmtdb-s02", "cmtdb-s03", "daetgeul-guard", "gate-sso"],
                     {"desc": "댓글 API (작성, 공감, 정렬)", "product": "자체개발 (Java 21)", "version": "2.19.0",
                      "replicas": 20, "shard_key": "article_id % 3"}),
    "daetgeul-guard": ("service", CMT, "J", "P", ["kube-jj-a"], ["evbus-news"],
                       {"desc": "댓글 어뷰징/스팸 필터 (욕설, 도배, 매크로 탐지)", "product": "자체개발 (Python, ONNX)",
                        "version": "0.31.2", "model": "cleanbot-v5", "replicas": 6}),
    "issuekw-stream": ("service", NEWS, "J", "P", ["kube-jj-a"], ["evbus-news", "redis-lumen-ac"],
                       {"desc": "실시간 이슈 키워드 집계", "product": "Apache Flink 1.18", "version": "1.18.1",
                        "taskmanagers": 12, "window_sec": 300}),
    # ---------------------------------------------------------------- mail NURIMAIL
    "nurimail-web": ("service", MAIL, "H", "P", ["kube-hn-a"], ["gate-sso", "nurimail-store", "hbase-nurimail"],
                     {"desc": "누리메일 웹메일", "product": "자체개발 (Java 17)", "version": "5.5.2", "replicas": 14,
                      "domain": "mail.hanui.net", "mailboxes_million": 21.4}),
    "nurimail-mta": ("service", MAIL, "J", "P", ["hvm-20418"], ["nurimail-spam", "rabbit-mail", "nurimail-store"],
                     {"desc": "메일 송수신 MTA", "product": "Postfix 3.8", "version": "3.8.5", "port": 25,
                      "daily_mail_million": 64}),
    "nurimail-store": ("service", MAIL, "J", "P", ["hvm-20421"], ["nas-mail-jj01", "hbase-nurimail"],
                       {"desc": "메일 저장소 (IMAP/POP)", "product": "Dovecot 2.3", "version": "2.3.21",
                        "protocol": "IMAP", "quota_gb": 15}),
    "nurimail-spam": ("service", MAIL, "J", "P", ["hvm-20418"], [],
                      {"desc": "스팸 필터", "product": "Rspamd 3.8", "version": "3.8.4", "port": 11333}),
    # ---------------------------------------------------------------- community MOIM
    "moim-cafe": ("service", COMM, "H", "P", ["kube-hn-a"],
                  ["cass-moim", "mysql-moim", "memcd-moim", "gate-sso", "moim-upload"],
                  {"desc": "하늬 카페", "product": "자체개발 (Java 17)", "version": "8.7.0", "replicas": 22,
                   "cafes": 412000}),
    "moim-blog": ("service", COMM, "H", "P", ["kube-hn-a"],
                  ["cass-moim", "mysql-moim", "memcd-moim", "gate-sso", "moim-upload"],
                  {"desc": "하늬 블로그", "product": "자체개발 (Java 17)", "version": "6.2.3", "replicas": 18,
                   "blogs": 2350000}),
    "moim-upload": ("service", COMM, "J", "P", ["kube-jj-a"], ["pix-thumb", "obj-ceph-jj"],
                    {"desc": "카페/블로그 첨부 업로드", "product": "자체개발 (Go)", "version": "3.4.0", "replicas": 8,
                     "max_file_mb": 50}),
    # ---------------------------------------------------------------- login
    "gate-sso": ("service", ID, "J", "P", ["kube-jj-a"], ["mysql-gate", "redis-gate-sess", "idv-relay"],
                 {"desc": "하늬 통합 로그인/SSO", "product": "자체개발 (Java 21, OAuth 2.1)", "version": "4.0.9",
                  "replicas": 16, "db_pool_max": 120, "token_ttl_min": 60}),
    "idv-relay": ("service", ID, "J", "P", ["hvm-20433"], [],
                  {"desc": "본인인증 중계 (휴대폰 PASS, 아이핀)", "product": "자체개발 (Java 11)", "version": "2.3.0",
                   "vendor": "NICE평가정보", "port": 8443}),
    # ---------------------------------------------------------------- ads
    "adx-serve": ("service", ADS, "J", "P", ["kube-jj-a", "kube-hn-a"], ["redis-adx-freq", "mysql-adx", "evbus-adlog"],
                  {"desc": "광고 서빙 (디스플레이/검색광고)", "product": "자체개발 (Go 1.22)", "version": "8.3.0",
                   "replicas": 32, "slots": 64, "timeout_ms": 120}),
    "adx-billing": ("service", ADS, "H", "P", ["kube-hn-a"], ["mysql-adx", "evbus-adlog"],
                    {"desc": "광고 과금 (노출/클릭 집계, 예산 소진)", "product": "자체개발 (Kotlin)",
                     "version": "3.9.1", "replicas": 6}),
    "ad_settle_daily": ("service", ADS, "J", "P", ["hvm-31007"], ["mysql-adx", "adx-billing"],
                        {"desc": "광고 일 정산 배치 (광고주 과금 확정, 매체 정산)", "product": "Spring Batch 5.1",
                         "schedule": "매일 04:00", "version": "1.14.2", "advertisers": 38200}),
    "adx-report": ("service", ADS, "C", "P", ["i-05a7c3e9b28d41f07"], ["mysql-adx"],
                   {"desc": "광고주 리포트", "product": "Superset 3.1 + Athena", "version": "3.1.2",
                    "region": "ap-northeast-2"}),
    # ---------------------------------------------------------------- media
    "pix-thumb": ("service", MEDIA, "J", "P", ["kube-jj-a"], ["obj-ceph-jj"],
                  {"desc": "이미지 썸네일/리사이즈", "product": "imgproxy 3.22", "version": "3.22.0",
                   "replicas": 26, "formats": "webp, avif, jpeg"}),
    "vod-transcode": ("service", MEDIA, "C", "P", ["eks-apne2-media", "i-0e8d52c7a1f94b3d6"],
                      ["bucket-hanui-vod", "evbus-news"],
                      {"desc": "동영상 트랜스코딩 (뉴스 영상, 블로그 동영상)", "product": "FFmpeg 6.1 + 자체 워커",
                       "version": "2.7.3", "gpu": "NVIDIA A10G", "profiles": "1080p, 720p, 480p HLS"}),
    "obs-prom": ("service", SRE, "J", "P", ["hvm-31010"], [],
                 {"desc": "모니터링 (Prometheus + Alertmanager)", "product": "Prometheus 2.51", "version": "2.51.2",
                  "retention": "15d"}),
    "press_feed_ftp": ("service", NEWS, "J", "P", [], [],
                       {"desc": "구 통신사 FTP 피드 수신 (2026년 sosik-feedrcv로 대체)", "version": "0.9.8",
                        "decommissioned": "2026-11-30"}),
    # ---------------------------------------------------------------- stage, dev
    "portal-gw-stg": ("service", PORTAL, "J", "S", ["kube-stg"], ["redis-stg"],
                      {"desc": "API 게이트웨이 (스테이지)", "version": "1.30.0-rc1"}),
    "daetgeul-api-stg": ("service", CMT, "J", "S", ["kube-stg"], ["cmtdb-stg"],
                         {"desc": "댓글 API (스테이지)", "version": "2.20.0-rc3"}),
    "adx-serve-stg": ("service", ADS, "J", "S", ["kube-stg"], ["redis-stg", "evbus-stg"],
                      {"desc": "광고 서빙 (스테이지, 부하테스트 환경 재구성 중)", "version": "8.4.0-beta1"}),
    "nurimail-web-stg": ("service", MAIL, "H", "S", ["kube-stg"], [],
                         {"desc": "웹메일 (스테이지)", "version": "5.6.0-rc1"}),
    "lumen-qry-dev": ("service", SEARCH, "J", "D", ["kube-dev"], [],
                      {"desc": "검색 질의 서빙 (개발)", "version": "9.1.0-SNAPSHOT"}),
    "sosik-rank-dev": ("service", NEWS, "J", "D", ["kube-dev"], [],
                       {"desc": "뉴스 랭킹 (개발)", "version": "4.13.0-SNAPSHOT"}),
    # ---------------------------------------------------------------- databases
    "mysql-sosik": ("database", DBA, "J", "P", ["jj3f-k08-07"], [],
                    {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 (Percona Server)",
                     "port": 3306, "size_tb": 4.2, "replicas": 3, "desc": "뉴스 기사 마스터 DB"}),
    "cmtdb-s01": ("database", DBA, "J", "P", ["jj3f-k07-31"], [],
                  {"engine": "mysql", "version": "8.0.36", "shard": 1, "port": 3306, "size_tb": 1.9,
                   "max_connections": 4000, "desc": "댓글 샤드 1"}),
    "cmtdb-s02": ("database", DBA, "J", "P", ["jj3f-k07-33"], [],
                  {"engine": "mysql", "version": "8.0.36", "shard": 2, "port": 3306, "size_tb": 1.8,
                   "max_connections": 4000, "desc": "댓글 샤드 2"}),
    "cmtdb-s03": ("database", DBA, "J", "P", ["jj3f-k08-05"], [],
                  {"engine": "mysql", "version": "8.0.32", "shard": 3, "port": 3306, "size_tb": 2.1,
                   "max_connections": 4000, "desc": "댓글 샤드 3"}),
    "mysql-gate": ("database", DBA, "J", "P", ["jj3f-k09-12"], [],
                   {"engine": "mysql", "version": "8.0.36", "port": 3306, "max_connections": 1500,
                    "members_million": 31.7, "desc": "회원/로그인 DB"}),
    "mysql-adx": ("database", DBA, "H", "P", ["hn1f-c12-09"], [],
                  {"engine": "mysql", "version": "8.0.35", "port": 3306, "size_tb": 3.3,
                   "desc": "광고 캠페인/과금 DB"}),
    "mysql-moim": ("database", DBA, "H", "P", ["hn1f-c12-11"], [],
                   {"engine": "mysql", "version": "5.7.44", "port": 3306, "size_tb": 6.8,
                    "desc": "카페/블로그 메타 DB (5.7 EOL, 이관 예정)"}),
    "hbase-nurimail": ("database", MAIL, "H", "P", ["hn1f-c14-01", "hn1f-c14-03"], [],
                       {"engine": "hbase", "version": "2.5.8", "product": "Apache HBase 2.5", "regionservers": 2,
                        "desc": "메일 메타데이터/색인"}),
    "cass-moim": ("database", COMM, "H", "P", ["hn1f-c15-20", "hn1f-c15-22"], [],
                  {"engine": "cassandra", "version": "4.1.4", "product": "Apache Cassandra 4.1",
                   "replication_factor": 3, "desc": "카페/블로그 글/피드"}),
    "osc-lumen": ("database", SEARCH, "J", "P", ["jj3f-k11-01", "jj3f-k11-03", "jj3f-k11-05"], [],
                  {"engine": "opensearch", "version": "2.12.0", "product": "OpenSearch 2.12", "data_nodes": 3,
                   "shards": 240, "flood_stage": "95%", "desc": "통합검색 색인 클러스터"}),
    "es6_news_legacy": ("database", SEARCH, "J", "P", ["jj3f-k03-17"], [],
                        {"engine": "elasticsearch", "version": "6.8.23", "product": "Elasticsearch 6.8",
                         "desc": "뉴스 검색 구 색인 (OpenSearch 이관 전)", "eol": True}),
    "mysql-sosik-stg": ("database", DBA, "J", "S", ["hvm-50101"], [],
                        {"engine": "mysql", "version": "8.0.36", "port": 3306}),
    "cmtdb-stg": ("database", DBA, "J", "S", ["hvm-50101"], [],
                  {"engine": "mysql", "version": "8.0.36", "port": 3307}),
    # ---------------------------------------------------------------- caches, queues
    "redis-sosik-rank": ("cache", NEWS, "J", "P", ["jj3f-k09-20"], [],
                         {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 24, "port": 6379,
                          "maxmemory_policy": "volatile-lru", "desc": "뉴스 랭킹 ZSET"}),
    "redis-lumen-ac": ("cache", SEARCH, "J", "P", ["jj3f-k09-20"], [],
                       {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 16, "port": 6380,
                        "maxmemory_policy": "allkeys-lru", "desc": "자동완성/이슈 키워드 캐시"}),
    "redis-gate-sess": ("cache", ID, "J", "P", ["jj3f-k09-22"], [],
                        {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 32, "port": 6379,
                         "maxmemory_policy": "volatile-ttl", "desc": "로그인 세션"}),
    "redis-adx-freq": ("cache", ADS, "H", "P", ["hn1f-c13-04"], [],
                       {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 48, "port": 6379,
                        "maxmemory_policy": "allkeys-lfu", "desc": "광고 노출 빈도 제한 카운터"}),
    "memcd-moim": ("cache", COMM, "H", "P", ["hn1f-c13-06"], [],
                   {"engine": "memcached", "version": "1.6.23", "memory_gb": 64, "port": 11211,
                    "desc": "카페/블로그 페이지 캐시"}),
    "redis-stg": ("cache", SRE, "J", "S", ["hvm-50102"], [], {"engine": "redis", "version": "7.2.4",
                                                              "maxmemory_gb": 4, "port": 6379}),
    "evbus-news": ("queue", SRE, "J", "P", ["jj3f-k10-02", "jj3f-k10-04"], [],
                   {"product": "Apache Kafka 3.6.1", "brokers": 2, "topics": 186, "port": 9092,
                    "desc": "뉴스/검색 이벤트 버스 (기사, 색인, 댓글, 클릭)"}),
    "evbus-adlog": ("queue", ADS, "H", "P", ["hn1f-c16-02"], [],
                    {"product": "Apache Kafka 3.5.2", "brokers": 3, "topics": 41, "port": 9092,
                     "min_insync_replicas": 2, "desc": "광고 노출/클릭 로그"}),
    "rabbit-mail": ("queue", MAIL, "J", "P", ["hvm-20417"], [],
                    {"product": "RabbitMQ 3.13.1", "queues": 22, "port": 5672, "desc": "메일 발송 큐"}),
    "evbus-stg": ("queue", SRE, "J", "S", ["hvm-50102"], [], {"product": "Apache Kafka 3.7.0", "brokers": 1,
                                                              "port": 9092}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "gdns-hanui": ("J", NET, ["edge-pop-jj", "edge-pop-hn", "l4-jj-web", "l4-hn-web"],
                   {"vendor": "F5", "model": "BIG-IP DNS i2800", "version": "17.1.1", "zone": "hanui.net",
                    "policy": "지역/가용성 기반 GSLB"}),
    "l4-jj-web": ("J", NET, ["portal-home", "portal-gw", "sosik-front", "lumen-qry"],
                  {"vendor": "A10", "model": "Thunder 5840", "version": "6.0.2", "vip": "211.43.80.10",
                   "cert_cn": "*.hanui.net", "cert_expiry": "2027-03-31", "cert_issuer": "Sectigo (수동 갱신)"}),
    "l4-hn-web": ("H", NET, ["portal-home", "portal-gw", "nurimail-web", "moim-cafe", "moim-blog"],
                  {"vendor": "A10", "model": "Thunder 5840", "version": "6.0.2", "vip": "211.43.96.10",
                   "cert_cn": "*.hanui.net", "cert_expiry": "2028-03-30", "cert_issuer": "Sectigo"}),
    "edge-pop-jj": ("J", MEDIA, ["pix-thumb", "obj-ceph-jj"],
                    {"vendor": "자체 CDN", "model": "Apache Traffic Server 9.2", "nodes": 14, "egress_gbps": 400,
                     "domain": "img.hanui.net"}),
    "edge-pop-hn": ("H", MEDIA, ["pix-thumb"],
                    {"vendor": "자체 CDN", "model": "Apache Traffic Server 9.2", "nodes": 10, "egress_gbps": 240,
                     "domain": "img.hanui.net"}),
    "alb-media-apne2": ("C", MEDIA, ["vod-transcode"],
                        {"vendor": "AWS", "model": "Application Load Balancer", "region": "ap-northeast-2",
                         "arn_suffix": "app/alb-media/7c1e0f5d2a9b4e31"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-mail-jj01": ("J", STOR, {"vendor": "NetApp", "model": "AFF A800", "ontap": "9.14.1P2", "capacity_tb": 1200,
                                  "protocol": "NFS v3", "raid": "RAID-DP", "desc": "메일 본문 저장 (maildir)"},
                      ["hvm-20421"]),
    "obj-ceph-jj": ("J", STOR, {"vendor": "Red Hat", "model": "Ceph Storage 7 (RGW)", "capacity_tb": 2400,
                                "osds": 96, "nearfull_ratio": 0.85, "desc": "이미지/첨부 오브젝트 스토리지"},
                    ["jj3f-k11-01"]),
    "san-hn-01": ("H", STOR, {"vendor": "Pure Storage", "model": "FlashArray//XL130", "capacity_tb": 360,
                              "desc": "하남 DB 블록 스토리지"},
                  ["hn1f-c12-09", "hn1f-c12-11", "hn1f-c14-01", "hn1f-c14-03"]),
    "bucket-hanui-vod": ("C", MEDIA, {"vendor": "AWS", "model": "S3 Standard", "region": "ap-northeast-2",
                                      "capacity_tb": 5000, "desc": "동영상 원본/HLS 버킷"}, []),
    "dd-hn-backup": ("H", STOR, {"vendor": "Dell", "model": "PowerProtect DD9900", "capacity_tb": 1000,
                                 "desc": "DB/메일 백업"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # Kubernetes clusters (capacity used by the cluster)
    "kube-jj-a": ("J", "P", "k8s", {"role": "죽전 운영 쿠버네티스", "platform": "Kubernetes 1.29 (kubeadm)",
                                    "nodes": 180}),
    "kube-hn-a": ("H", "P", "k8s", {"role": "하남 운영 쿠버네티스",
                                                     "platform": "Kubernetes 1.29 (kubeadm)", "nodes": 120}),
    "eks-apne2-media": ("C", "P", "k8s", {"role": "미디어 EKS", "platform": "Amazon EKS 1.29", "nodes": 24,
                                          "region": "ap-northeast-2"}),
    "kube-stg": ("J", "S", "k8s", {"role": "스테이지 쿠버네티스", "platform": "Kubernetes 1.30 (kubeadm)", "nodes": 20}),
    "kube-dev": ("J", "D", "k8s", {"role": "개발 쿠버네티스", "platform": "Kubernetes 1.30 (kubeadm)", "nodes": 12}),
    # 죽전IDC bare metal (floor, rack, unit)
    "jj3f-k07-31": ("J", "P", "db", {"role": "cmtdb-s01 primary", "model": "Dell PowerEdge R760"}),
    "jj3f-k07-33": ("J", "P", "db", {"role": "cmtdb-s02 primary", "model": "Dell PowerEdge R760"}),
    "jj3f-k08-05": ("J", "P", "db", {"role": "cmtdb-s03 primary", "model": "Dell PowerEdge R750"}),
    "jj3f-k08-07": ("J", "P", "db", {"role": "mysql-sosik primary", "model": "Dell PowerEdge R760"}),
    "jj3f-k09-12": ("J", "P", "db", {"role": "mysql-gate primary", "model": "Dell PowerEdge R760"}),
    "jj3f-k09-20": ("J", "P", "bare", {"role": "Redis (랭킹, 자동완성)", "model": "Supermicro SYS-120U"}),
    "jj3f-k09-22": ("J", "P", "bare", {"role": "Redis (세션)", "model": "Supermicro SYS-120U"}),
    "jj3f-k10-02": ("J", "P", "bare", {"role": "Kafka broker 1 (evbus-news)", "model": "Supermicro SSG-620P"}),
    "jj3f-k10-04": ("J", "P", "bare", {"role": "Kafka broker 2 (evbus-news)", "model": "Supermicro SSG-620P"}),
    "jj3f-k11-01": ("J", "P", "bare", {"role": "OpenSearch data 1, Ceph RGW", "model": "Dell PowerEdge R7625"}),
    "jj3f-k11-03": ("J", "P", "bare", {"role": "OpenSearch data 2", "model": "Dell PowerEdge R7625"}),
    "jj3f-k11-05": ("J", "P", "bare", {"role": "OpenSearch data 3", "model": "Dell PowerEdge R7625"}),
    "jj3f-k03-17": ("J", "P", "bare", {"role": "Elasticsearch 6 (구 뉴스 색인)", "model": "HPE ProLiant DL380 Gen9"}),
    # 하남IDC bare metal
    "hn1f-c12-09": ("H", "P", "db", {"role": "mysql-adx primary", "model": "Lenovo ThinkSystem SR650 V3"}),
    "hn1f-c12-11": ("H", "P", "db", {"role": "mysql-moim primary", "model": "Lenovo ThinkSystem SR650 V2"}),
    "hn1f-c13-04": ("H", "P", "bare", {"role": "Redis (광고 빈도)", "model": "Lenovo ThinkSystem SR630 V3"}),
    "hn1f-c13-06": ("H", "P", "bare", {"role": "memcached (모임)", "model": "Lenovo ThinkSystem SR630 V2"}),
    "hn1f-c14-01": ("H", "P", "bare", {"role": "HBase RegionServer 1", "model": "Lenovo ThinkSystem SR650 V2"}),
    "hn1f-c14-03": ("H", "P", "bare", {"role": "HBase RegionServer 2", "model": "Lenovo ThinkSystem SR650 V2"}),
    "hn1f-c15-20": ("H", "P", "bare", {"role": "Cassandra node 1", "model": "Lenovo ThinkSystem SR650 V3"}),
    "hn1f-c15-22": ("H", "P", "bare", {"role": "Cassandra node 2 (디스크 교체 중)",
                                       "model": "Lenovo ThinkSystem SR650 V3"}),
    "hn1f-c16-02": ("H", "P", "bare", {"role": "Kafka brokers (evbus-adlog)", "model": "Lenovo ThinkSystem SR655 V3"}),
    # VMs by asset tag (죽전)
    "hvm-20417": ("J", "P", "vm", {"role": "RabbitMQ (메일)"}),
    "hvm-20418": ("J", "P", "vm", {"role": "Postfix MTA, Rspamd"}),
    "hvm-20421": ("J", "P", "vm", {"role": "Dovecot 메일 저장"}),
    "hvm-20433": ("J", "P", "vm", {"role": "본인인증 중계"}),
    "hvm-31007": ("J", "P", "vm", {"role": "광고 정산 배치"}),
    "hvm-31008": ("J", "P", "vm", {"role": "색인 재구축 배치 (Airflow worker)"}),
    "hvm-31010": ("J", "P", "vm", {"role": "모니터링"}),
    "hvm-50101": ("J", "S", "vm", {"role": "스테이지 DB"}),
    "hvm-50102": ("J", "S", "vm", {"role": "스테이지 Redis/Kafka"}),
    # AWS 서울리전 EC2 (generated ids)
    "i-0e8d52c7a1f94b3d6": ("C", "P", "ec2", {"role": "GPU 트랜스코딩 워커 (EKS 밖 예약 인스턴스)",
                                              "instance_type": "g5.4xlarge", "az": "ap-northeast-2a"}),
    "i-05a7c3e9b28d41f07": ("C", "P", "ec2", {"role": "광고 리포트 (Superset)", "instance_type": "r6i.2xlarge",
                                              "az": "ap-northeast-2c"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-jj-dmz01": ("J", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5445", "firmware": "PAN-OS 11.1.2"}),
    "core-jj-sw01": ("J", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9508", "firmware": "NX-OS 10.3(4a)"}),
    "core-hn-sw01": ("H", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9504", "firmware": "NX-OS 10.4(2)"}),
    "dci-jj-hn": ("J", {"device": "DCI link", "vendor": "SK브로드밴드", "model": "전용회선 100G x2",
                        "circuit": "SKB-DCI-7731-0915", "desc": "죽전 ↔ 하남 IDC 연동"}),
    "cloudlink-apne2": ("J", {"device": "cloud interconnect", "vendor": "AWS", "model": "Direct Connect 10G",
                              "circuit": "dxcon-fg7k2m9q", "desc": "죽전 ↔ AWS 서울리전"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("l4-jj-web", "fw-jj-dmz01"),
    ("fw-jj-dmz01", "core-jj-sw01"),
    ("core-jj-sw01", "dci-jj-hn"),
    ("dci-jj-hn", "core-hn-sw01"),
    ("core-jj-sw01", "cloudlink-apne2"),
    ("l4-hn-web", "core-hn-sw01"),
]
# fmt: on
STATUS = {"hn1f-c15-22": "maintenance", "adx-serve-stg": "maintenance", "press_feed_ftp": "retired"}
NET_PREFIX = {"J": "10.21", "H": "10.34", "C": "172.31"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "N1",
        "kind": "cache_hot_key_cpu",
        "root": "redis-sosik-rank",
        "description": "in the Monday morning news peak redis-sosik-rank pins its single thread on one huge"
        " ranking ZSET (the new ranking formula stopped trimming old articles): sosik-rank (4.12.0 deployed at"
        " 07:20, loudest) times out, the news front and the front page slow down, until the ZSET is trimmed",
        "start": kst(15, 7, 45),
        "end": kst(15, 8, 40),
        "affected": ["redis-sosik-rank", "sosik-rank", "sosik-front", "portal-home"],
    },
    {
        "id": "N2",
        "kind": "search_disk_watermark",
        "root": "jj3f-k11-03",
        "description": "in the small hours of Tuesday the OpenSearch data node jj3f-k11-03 crosses the flood-stage"
        " disk watermark during the nightly rebuild (the new index is written next to the old one) and its"
        " indices are made read-only: osc-lumen rejects writes, lumen_reindex_nightly (mapping changed on Monday,"
        " loudest) aborts, lumen-idx stops indexing, until the old index is deleted and the block lifted",
        "start": kst(16, 3, 10),
        "end": kst(16, 4, 5),
        "affected": ["jj3f-k11-03", "osc-lumen", "lumen_reindex_nightly", "lumen-idx"],
    },
    {
        "id": "N3",
        "kind": "kafka_isr_shrink",
        "root": "evbus-adlog",
        "description": "in Wednesday's lunch peak a broker of evbus-adlog loses a data disk, partitions fall under"
        " min.insync.replicas and acks=all produces stall: adx-serve (8.3.0 deployed at 11:50, loudest) times"
        " out ad slots, adx-billing stops counting, the front page waits for ads, until the partitions are"
        " reassigned",
        "start": kst(17, 12, 10),
        "end": kst(17, 13, 5),
        "affected": ["evbus-adlog", "adx-serve", "adx-billing", "portal-home"],
    },
    {
        "id": "N4",
        "kind": "db_hot_shard_locks",
        "root": "cmtdb-s03",
        "description": "during Thursday evening's breaking-news spike (지진 속보) the comments of the top article"
        " all land on shard cmtdb-s03 and row locks on its like counters pile up: daetgeul-api (2.19.0 deployed"
        " at 20:55, loudest) fails comment writes, sosik-front slows on the article pages, until the counters"
        " are moved to Redis",
        "start": kst(18, 21, 20),
        "end": kst(18, 22, 15),
        "affected": ["cmtdb-s03", "daetgeul-api", "sosik-front"],
    },
    {
        "id": "N5",
        "kind": "nas_raid_rebuild",
        "root": "nas-mail-jj01",
        "description": "on Saturday afternoon nas-mail-jj01 rebuilds a RAID group after a disk fails and its NFS"
        " latency soars: nurimail-store (deployed at 14:05, loudest) times out IMAP, nurimail-web and"
        " nurimail-mta back up, until the rebuild priority is lowered",
        "start": kst(20, 14, 30),
        "end": kst(20, 15, 25),
        "affected": ["nas-mail-jj01", "nurimail-store", "nurimail-web", "nurimail-mta"],
    },
    {
        "id": "N6",
        "kind": "db_connection_exhaustion",
        "root": "mysql-gate",
        "description": "in the Monday morning login storm mysql-gate reaches max_connections (gate-sso's pool was"
        " raised from 50 to 120 per pod on Sunday night): gate-sso (loudest) fails logins, portal-gw rejects"
        " authenticated calls, nurimail-web users are logged out, until the pool is lowered again",
        "start": kst(22, 7, 40),
        "end": kst(22, 8, 35),
        "affected": ["mysql-gate", "gate-sso", "portal-gw", "nurimail-web"],
    },
    {
        "id": "N7",
        "kind": "object_store_nearfull",
        "root": "obj-ceph-jj",
        "description": "on Wednesday morning an OSD of obj-ceph-jj fails, the backfill pushes the cluster past"
        " nearfull and client requests turn slow: pix-thumb (loudest) fails thumbnails, moim-upload (3.4.0"
        " deployed at 08:05) fails attachments, sosik-ingest stalls on article photos (ongoing)",
        "start": kst(24, 8, 20),
        "end": None,
        "affected": ["obj-ceph-jj", "pix-thumb", "moim-upload", "sosik-ingest"],
    },
]
N1, N2, N3, N4, N5, N6, N7 = INCIDENTS
BREAKING = (kst(18, 21, 5), kst(18, 23, 0))  # 지진 속보


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 8, 'S': 40, 'D': 60}[env]) + i // 9}.{21 + (i * 29) % 200}"
        }
        if kind == "k8s":
            attrs |= {"cni": "Cilium 1.15", "ingress": "ingress-nginx 1.10"}
            owner = "platform-k8s"
        elif kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Rocky Linux 9.3"]), "vcpu": rng.choice([4, 8, 16]),
                      "mem_gb": rng.choice([16, 32, 64]), "hypervisor": "OpenStack Nova (KVM)",
                      "asset_tag": h.replace("hvm-", "HN-V-")}  # fmt: skip
        elif kind == "ec2":
            attrs |= {"os": "Amazon Linux 2023", "account": "hanui-media-prod"}
            owner = MEDIA
        else:  # bare metal
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Rocky Linux 9.3", "Ubuntu 22.04 LTS"]),
                      "cores": rng.choice([32, 48, 64, 96]), "mem_gb": rng.choice([256, 384, 512, 768]),
                      "rack": h.split("-")[1].upper(), "unit": int(h.split("-")[2]),
                      "asset_tag": f"HN-S-{rng.randint(10000, 99999)}"}  # fmt: skip
            if kind == "db":
                owner = DBA
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


def _breaking(ts: datetime) -> float:
    return ramp(ts, BREAKING[0], BREAKING[1], rise=10, fall=30)


def _news(ts: datetime) -> float:
    """News and the front page: the morning peak 07–09 (strongest on Mondays), lunch, the evening 21–23, a
    trough 02–06; weekends later and flatter; the breaking-news spike on Thursday 18."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        v = 0.1 + 0.22 * _bump(h, 10.0, 1.5) + 0.18 * (1 if 10 <= h < 23 else 0) + 0.12 * _bump(h, 21.5, 1.2)
    else:
        morning = 0.5 * (1.25 if wd == 0 else 1.0)
        v = (
            0.08
            + morning * _bump(h, 8.0, 0.75)
            + 0.28 * (1 if 9 <= h < 20 else 0)
            + 0.22 * _bump(h, 12.5, 0.5)
        )
        v += 0.2 * _bump(h, 21.8, 1.0)
    return max(0.05, min(1.0, v + 0.4 * _breaking(ts)))


def _search(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.12 + 0.75 * _news(ts)))


def _mail(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.14 + 0.06 * _bump(h, 15, 3)
    v = 0.12 + 0.5 * (1 if 8.5 <= h < 18.5 else 0) + (0.25 if wd == 0 else 0.12) * _bump(h, 9.0, 0.6)
    return max(0.05, min(1.0, v))


def _community(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = (
        0.12
        + 0.25 * _bump(h, 12.5, 0.8)
        + 0.45 * _bump(h, 21.5, 1.6)
        + (0.12 if wd >= 5 and 10 <= h < 23 else 0)
    )
    return max(0.05, min(1.0, v))


def _ads(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.1 + 0.8 * max(_news(ts), 0.8 * _community(ts))))


def _vod(ts: datetime) -> float:
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.15 + 0.55 * _bump(h, 21.0, 1.8) + 0.15 * _bump(h, 8.0, 0.8)))


def _reindex(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 4.5 else 0.08


def _settle(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 4 <= h < 5.1 else 0.1 + 0.3 * _ads(ts)


def _index_side(ts: datetime) -> float:
    """The search cluster: queries by day, the rebuild at night."""
    return max(_search(ts), 0.7 * _reindex(ts))


def _steady(ts: datetime) -> float:
    return 0.5


NEWS_SIDE = {
    "portal-home", "portal-gw", "sosik-feedrcv", "sosik-ingest", "sosik-rank", "sosik-front", "daetgeul-api",
    "daetgeul-guard", "issuekw-stream", "mysql-sosik", "cmtdb-s01", "cmtdb-s02", "cmtdb-s03", "redis-sosik-rank",
    "evbus-news", "l4-jj-web", "gdns-hanui", "kube-jj-a", "jj3f-k07-31", "jj3f-k07-33", "jj3f-k08-05",
    "jj3f-k08-07", "jj3f-k09-20", "jj3f-k10-02", "jj3f-k10-04", "fw-jj-dmz01", "core-jj-sw01", "pix-thumb",
    "edge-pop-jj", "edge-pop-hn", "obj-ceph-jj", "gate-sso", "mysql-gate", "redis-gate-sess", "jj3f-k09-12",
    "jj3f-k09-22", "idv-relay", "hvm-20433",
}  # fmt: skip
SEARCH_SIDE = {"lumen-qry", "lumen-ac", "lumen-crawl", "redis-lumen-ac", "es6_news_legacy", "jj3f-k03-17"}
INDEX_SIDE = {"osc-lumen", "lumen-idx", "jj3f-k11-01", "jj3f-k11-03", "jj3f-k11-05"}
MAIL_SIDE = {"nurimail-web", "nurimail-mta", "nurimail-store", "nurimail-spam", "hbase-nurimail", "rabbit-mail",
             "nas-mail-jj01", "hvm-20417", "hvm-20418", "hvm-20421", "hn1f-c14-01", "hn1f-c14-03"}  # fmt: skip
COMMUNITY = {"moim-cafe", "moim-blog", "moim-upload", "cass-moim", "mysql-moim", "memcd-moim", "hn1f-c12-11",
             "hn1f-c13-06", "hn1f-c15-20", "hn1f-c15-22", "l4-hn-web", "kube-hn-a", "core-hn-sw01", "dci-jj-hn",
             "san-hn-01"}  # fmt: skip
ADS_SIDE = {"adx-serve", "adx-billing", "adx-report", "mysql-adx", "redis-adx-freq", "evbus-adlog", "hn1f-c12-09",
            "hn1f-c13-04", "hn1f-c16-02", "i-05a7c3e9b28d41f07"}  # fmt: skip
VOD_SIDE = {"vod-transcode", "eks-apne2-media", "i-0e8d52c7a1f94b3d6", "bucket-hanui-vod", "alb-media-apne2",
            "cloudlink-apne2"}  # fmt: skip
REINDEX = {"lumen_reindex_nightly", "hvm-31008"}
SETTLE = {"ad_settle_daily", "hvm-31007", "dd-hn-backup"}


def _load(name: str):
    for group, shape in (
        (NEWS_SIDE, _news),
        (SEARCH_SIDE, _search),
        (INDEX_SIDE, _index_side),
        (MAIL_SIDE, _mail),
        (COMMUNITY, _community),
        (ADS_SIDE, _ads),
        (VOD_SIDE, _vod),
        (REINDEX, _reindex),
        (SETTLE, _settle),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "N1": {0: (14.0, 3.0), 1: (5.0, 12.0), 2: (2.2, 6.0), 3: (1.5, 3.5)},
    "N2": {0: (1.0, 0.0), 1: (4.0, 18.0), 2: (2.5, 12.0)},
    "N3": {0: (10.0, 6.0), 1: (4.0, 13.0), 2: (1.8, 4.5)},
    "N4": {0: (16.0, 5.0), 1: (5.0, 14.0), 2: (2.0, 5.5)},
    "N5": {0: (12.0, 2.0), 1: (6.0, 15.0), 2: (2.4, 7.0)},
    "N6": {0: (3.5, 22.0), 1: (4.0, 15.0), 2: (1.9, 8.0)},
    "N7": {0: (8.0, 4.0), 1: (3.0, 14.0), 2: (1.8, 6.0)},
}
EFFECT_OVERRIDE = {
    ("N1", "sosik-rank"): (6.5, 27.0),
    ("N2", "lumen_reindex_nightly"): (2.0, 44.0),
    ("N3", "adx-serve"): (5.0, 24.0),
    ("N3", "adx-billing"): (3.0, 11.0),
    ("N4", "daetgeul-api"): (6.0, 33.0),
    ("N5", "nurimail-store"): (7.0, 29.0),
    ("N6", "gate-sso"): (4.5, 31.0),
    ("N7", "pix-thumb"): (3.5, 26.0),
    ("N7", "moim-upload"): (2.8, 15.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.45, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {h for h, (_, _, kind, _) in HOSTS.items() if kind in ("db", "bare")} | {
    "hvm-20421",
    "hvm-31010",
}
NETWORK_NAMES = set(NETWORK)
REINDEX_DAYS = [kst(d, 2) for d in range(14, 25)]


def _osc_disk(ts: datetime, base: float, name: str) -> float:
    """An OpenSearch data node: the rebuild writes the new index next to the old one every night (02:00–04:30),
    then the old one is dropped; on Tuesday 16 jj3f-k11-03 runs into the flood stage."""
    add = 0.0
    for d0 in REINDEX_DAYS:
        p = (ts - d0).total_seconds() / 9000  # 2.5 h
        if 0 <= p < 1:
            add = 9.0 * p
        elif 1 <= p < 1.1:
            add = 9.0 * (1.1 - p) / 0.1
    if name == "jj3f-k11-03":
        add *= 1.6
        d0 = kst(16, 2)
        if d0 <= ts < N2["start"]:
            add = (95.6 - base) * min(1.0, (ts - d0).total_seconds() / 4200)
        elif N2["start"] <= ts < N2["end"]:
            add = 95.6 - base
        elif N2["end"] <= ts < N2["end"] + timedelta(minutes=20):
            add = (95.6 - base) * (1 - (ts - N2["end"]).total_seconds() / 1200)
    return base + add


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(14, 36), rng.uniform(40, 66), rng.uniform(22, 54)
    growth = rng.uniform(0, 0.1)
    if name == "jj3f-k03-17":  # the legacy ES 6 box: old indices never rolled off
        disk0, growth = 62.8, 1.5
    if name in ("jj3f-k11-01", "jj3f-k11-03", "jj3f-k11-05"):
        disk0, growth = {"jj3f-k11-01": 61.0, "jj3f-k11-03": 66.0, "jj3f-k11-05": 59.0}[name], 0.05
    if HOSTS.get(name, ("", "", ""))[2] == "k8s":
        cpu0, mem0 = rng.uniform(38, 52), rng.uniform(55, 64)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name.startswith("jj3f-k11-"):
            disk = _osc_disk(ts, disk, name)
        if name == "jj3f-k09-20":  # redis-sosik-rank's hot ZSET
            cpu += 38 * ramp(ts, N1["start"], N1["end"], rise=5, fall=10)
        if name == "jj3f-k08-05":  # lock waits and retries on cmtdb-s03
            cpu += 30 * ramp(ts, N4["start"], N4["end"], rise=5, fall=10)
        if name == "jj3f-k09-12":  # one thread per connection
            mem += 18 * ramp(ts, N6["start"], N6["end"], rise=10, fall=10)
            cpu += 22 * ramp(ts, N6["start"], N6["end"], rise=5, fall=10)
        if name == "hn1f-c16-02":  # the failing disk: iowait
            cpu += 28 * ramp(ts, N3["start"] - timedelta(minutes=5), N3["end"], rise=5, fall=10)
        if name == "jj3f-k11-01":  # the Ceph RGW on the same box backfilling
            cpu += 20 * ramp(ts, N7["start"], N7["end"], rise=10)
        if name == "hn1f-c15-22":  # Cassandra node out for a disk swap
            cpu, mem = 1.4 + abs(rng.gauss(0, 0.3)), 12.0 + rng.gauss(0, 0.3)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"dci-jj-hn": 1.4, "cloudlink-apne2": 2.9}.get(name, rng.uniform(0.2, 0.8))
    load = _load(name)
    maint = (kst(20, 14, 0), kst(20, 14, 20))
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "core-hn-sw01":  # firmware maintenance (ISSU): a short blip
            cpu += 30 * ramp(ts, maint[0], maint[1], rise=5, fall=5)
            loss += 0.8 * ramp(ts, maint[0], maint[1], rise=5, fall=5)
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _ceph_fill(rng: random.Random, ts: datetime) -> float:
    v = 76.4 + 0.12 * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.05)
    return v + 8.6 * ramp(ts, N7["start"] - timedelta(minutes=5), N7["end"], rise=20)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-mail-jj01": (68, 69), "dd-hn-backup": (61, 62), "bucket-hanui-vod": (38, 40)}.get(
        name, (40, 56)
    )
    per_day = 0.18 if name == "nas-mail-jj01" else 0.06
    fill = storage_fill(rng, name, times, START, used, per_day, _ceph_fill if name == "obj-ceph-jj" else None)
    lat0 = rng.uniform(0.4, 1.1) if name == "san-hn-01" else rng.uniform(1.6, 3.8)
    if name == "bucket-hanui-vod":
        lat0 = 18.0
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "dd-hn-backup" and 1 <= seoul_hour(ts) < 3:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "portal-home": 120.0, "portal-gw": 28.0, "lumen-crawl": 340.0, "lumen-idx": 95.0, "lumen-qry": 85.0,
    "lumen-ac": 9.0, "lumen_reindex_nightly": 560.0, "sosik-feedrcv": 150.0, "sosik-ingest": 210.0,
    "sosik-rank": 35.0, "sosik-front": 70.0, "daetgeul-api": 45.0, "daetgeul-guard": 60.0, "issuekw-stream": 40.0,
    "nurimail-web": 180.0, "nurimail-mta": 260.0, "nurimail-store": 55.0, "nurimail-spam": 22.0,
    "moim-cafe": 140.0, "moim-blog": 125.0, "moim-upload": 230.0, "gate-sso": 38.0, "idv-relay": 420.0,
    "adx-serve": 18.0, "adx-billing": 110.0, "ad_settle_daily": 640.0, "adx-report": 480.0, "pix-thumb": 42.0,
    "vod-transcode": 520.0, "obs-prom": 65.0,
    "mysql-sosik": 2.4, "cmtdb-s01": 1.8, "cmtdb-s02": 1.9, "cmtdb-s03": 2.0, "mysql-gate": 1.6,
    "mysql-adx": 3.1, "mysql-moim": 4.4, "hbase-nurimail": 6.8, "cass-moim": 3.6, "osc-lumen": 24.0,
    "es6_news_legacy": 48.0,
    "redis-sosik-rank": 0.5, "redis-lumen-ac": 0.3, "redis-gate-sess": 0.4, "redis-adx-freq": 0.35,
    "memcd-moim": 0.25, "evbus-news": 4.5, "evbus-adlog": 3.8, "rabbit-mail": 2.6,
    "gdns-hanui": 1.2, "l4-jj-web": 0.9, "l4-hn-web": 0.8, "edge-pop-jj": 6.5, "edge-pop-hn": 7.2,
    "alb-media-apne2": 3.4,
}  # fmt: skip
REQUEST_RATE = {
    "portal-home": 42000.0, "portal-gw": 96000.0, "lumen-crawl": 2100.0, "lumen-idx": 5400.0,
    "lumen-qry": 18500.0, "lumen-ac": 61000.0, "lumen_reindex_nightly": 800.0, "sosik-feedrcv": 45.0,
    "sosik-ingest": 310.0, "sosik-rank": 8800.0, "sosik-front": 31000.0, "daetgeul-api": 7600.0,
    "daetgeul-guard": 2300.0, "issuekw-stream": 15000.0, "nurimail-web": 6200.0, "nurimail-mta": 740.0,
    "nurimail-store": 9100.0, "moim-cafe": 12800.0, "moim-blog": 9700.0, "moim-upload": 420.0,
    "gate-sso": 5200.0, "idv-relay": 38.0, "adx-serve": 54000.0, "adx-billing": 3900.0,
    "ad_settle_daily": 260.0, "pix-thumb": 23000.0, "vod-transcode": 12.0,
    "mysql-sosik": 26000.0, "cmtdb-s01": 5200.0, "cmtdb-s02": 5100.0, "cmtdb-s03": 5300.0, "mysql-gate": 14000.0,
    "mysql-adx": 9800.0, "mysql-moim": 17500.0, "hbase-nurimail": 21000.0, "cass-moim": 34000.0,
    "osc-lumen": 16000.0, "es6_news_legacy": 2400.0, "redis-sosik-rank": 64000.0, "redis-lumen-ac": 88000.0,
    "redis-gate-sess": 41000.0, "redis-adx-freq": 120000.0, "memcd-moim": 73000.0, "evbus-news": 52000.0,
    "evbus-adlog": 91000.0, "rabbit-mail": 1900.0, "gdns-hanui": 36000.0, "l4-jj-web": 88000.0,
    "l4-hn-web": 61000.0, "edge-pop-jj": 240000.0, "edge-pop-hn": 170000.0, "alb-media-apne2": 900.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and stores with a memory gauge: (level, swing with load)
    "redis-sosik-rank": (52.0, 8.0), "redis-lumen-ac": (44.0, 5.0), "redis-gate-sess": (58.0, 12.0),
    "redis-adx-freq": (63.0, 9.0), "memcd-moim": (71.0, 6.0), "evbus-news": (46.0, 7.0),
    "evbus-adlog": (49.0, 8.0), "rabbit-mail": (31.0, 6.0), "osc-lumen": (67.0, 7.0), "mysql-gate": (54.0, 6.0),
}  # fmt: skip
OWN_CPU = {"redis-sosik-rank": 14.0, "redis-lumen-ac": 9.0, "osc-lumen": 22.0, "cmtdb-s03": 18.0,
           "mysql-gate": 16.0}  # fmt: skip


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is N2 and name == "lumen_reindex_nightly":
                req *= 1 - 0.85 * r
            if inc is N3 and name == "evbus-adlog":
                req *= 1 - 0.45 * r  # producers blocked
            if inc is N7 and name == "pix-thumb":
                req *= 1 + 0.3 * r  # CDN retries on misses
        if name == "redis-lumen-ac":  # the noisy neighbour on jj3f-k09-20
            rt *= 1 + 0.9 * ramp(ts, N1["start"], N1["end"], rise=5, fall=10)
        if name == "lumen_reindex_nightly" and not 2 <= seoul_hour(ts) < 4.5:
            req *= 0.05
        if name == "ad_settle_daily" and not 4 <= seoul_hour(ts) < 5.1:
            req *= 0.08
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "mysql-gate":
                mem += 21 * ramp(ts, N6["start"], N6["end"], rise=10, fall=10)
            if name == "redis-sosik-rank":  # the untrimmed ZSET grows from Monday 07:20
                mem += 14 * ramp(ts, kst(15, 7, 20), N1["end"], rise=25, fall=20)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in OWN_CPU:
            cpu = OWN_CPU[name] * (0.6 + 1.2 * d) + rng.gauss(0, 0.9)
            if name == "redis-sosik-rank":
                cpu += (99.0 + rng.gauss(0, 0.3) - cpu) * ramp(ts, N1["start"], N1["end"], rise=5, fall=10)
            if name == "cmtdb-s03":
                cpu += 34 * ramp(ts, N4["start"], N4["end"], rise=5, fall=10)
            if name == "mysql-gate":
                cpu += 30 * ramp(ts, N6["start"], N6["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly rebuild, the ad settlement, Monday's pre-scaling and the certificate warning."""
    rows = []
    for d in range(14, 25):
        rows.append(
            (d, 2, 0, "lumen_reindex_nightly", "info", "batch_job", "색인 재구축 DAG 시작 (lumen-docs)")
        )
        if d != 16:
            rows.append(
                (d, 4, 25, "lumen_reindex_nightly", "info", "batch_job", "색인 재구축 완료, alias 전환")
            )
        rows.append((d, 4, 0, "ad_settle_daily", "info", "batch_job", "광고 일정산 배치 시작 (SETTLE_D)"))
        rows.append((d, 5, 5, "ad_settle_daily", "info", "batch_job", "광고 일정산 배치 완료"))
        if datetime(2027, 3, d).weekday() == 0:
            rows.append(
                (
                    d,
                    6,
                    30,
                    "portal-home",
                    "info",
                    "scaling",
                    "월요일 아침 사전 증설 (HPA minReplicas 48 → 72)",
                )
            )
        left = (datetime(2027, 3, 31) - datetime(2027, 3, d)).days
        rows.append(
            (d, 9, 0, "l4-jj-web", "warning", "cert_expiry",
             f"SSL certificate *.hanui.net expires in {left} days (2027-03-31), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (14, 15, 0, "adx-serve-stg", "info", "maintenance", "스테이지 광고 서빙 부하테스트 환경 재구성 (점검)"),
    (15, 7, 20, "sosik-rank", "info", "deployment", "sosik-rank 4.12.0 배포 (랭킹 산식 v7: 체류시간 가중)"),
    (15, 14, 0, "daetgeul-api-stg", "info", "deployment", "daetgeul-api-stg 2.20.0-rc1 배포"),
    (15, 16, 0, "lumen_reindex_nightly", "info", "config_change", "lumen-docs 매핑 변경 (nori 사전 갱신, 필드 12개 추가)"),
    (16, 10, 0, "jj3f-k03-17", "warning", "threshold_breach", "disk_usage above 65% on /data/es6"),
    (17, 11, 50, "adx-serve", "info", "deployment", "adx-serve 8.3.0 배포 (입찰 타임아웃 120ms)"),
    (17, 15, 0, "portal-gw-stg", "info", "deployment", "portal-gw-stg 1.30.0-rc1 배포"),
    (18, 20, 55, "daetgeul-api", "info", "deployment", "daetgeul-api 2.19.0 배포 (공감 수 실시간 반영)"),
    (18, 21, 4, "sosik-ingest", "info", "traffic", "속보: 경북 규모 5.1 지진, 기사 유입 급증 (이슈 모드 전환)"),
    (18, 21, 6, "portal-home", "info", "scaling", "이슈 모드: HPA 최대치 상향, 첫화면 속보 배너"),
    (19, 10, 30, "jj3f-k03-17", "warning", "threshold_breach", "disk_usage above 70% on /data/es6"),
    (19, 11, 0, "hn1f-c15-22", "info", "maintenance", "Cassandra node 2 디스크 교체 (decommission 후 작업)"),
    (19, 17, 30, "cass-moim", "info", "config_change", "node 2 제외 후 RF 3 유지 확인, repair 일정 조정"),
    (20, 14, 0, "core-hn-sw01", "info", "maintenance", "NX-OS 10.4(2) ISSU 업그레이드 (14:00~14:20)"),
    (20, 14, 5, "nurimail-store", "info", "deployment", "nurimail-store 2.3.21 패치 배포 (IMAP IDLE 개선)"),
    (21, 22, 0, "gate-sso", "info", "config_change", "DB 커넥션 풀 최대값 50 → 120 (pod당)"),
    (22, 10, 0, "vod-transcode", "info", "deployment", "vod-transcode 2.7.3 배포 (AV1 프로파일 추가)"),
    (22, 11, 0, "jj3f-k03-17", "warning", "threshold_breach", "disk_usage above 75% on /data/es6"),
    (23, 14, 0, "lumen-qry-dev", "info", "deployment", "lumen-qry-dev 9.1.0-SNAPSHOT 배포"),
    (23, 16, 30, "sosik-front", "info", "deployment", "sosik-front 11.3.1 배포 (기사 하단 추천 개선)"),
    (24, 8, 5, "moim-upload", "info", "deployment", "moim-upload 3.4.0 배포 (HEIC 변환)"),
    # N1 (Monday morning news peak)
    (15, 7, 46, "redis-sosik-rank", "warning", "cpu", "redis main thread CPU 92%, slowlog ZREVRANGEBYSCORE rank:all:24h"),
    (15, 7, 49, "redis-sosik-rank", "critical", "latency", "command latency 180ms, big key rank:all:24h (41M members)"),
    (15, 7, 52, "sosik-rank", "critical", "error", "랭킹 조회 타임아웃, 5xx 27%"),
    (15, 7, 57, "sosik-front", "major", "error", "많이 본 뉴스 영역 로딩 실패"),
    (15, 8, 3, "portal-home", "warning", "latency", "첫화면 p99 1.8s (뉴스 판 지연)"),
    (15, 8, 10, "redis-lumen-ac", "warning", "latency", "p99 latency 2ms (same host jj3f-k09-20 busy)"),
    (15, 8, 35, "redis-sosik-rank", "info", "config_change", "rank:all:24h ZREMRANGEBYRANK 정리, 산식 v6 롤백"),
    (15, 8, 45, "sosik-rank", "info", "recovery", "랭킹 조회 정상"),
    # N2 (Tuesday small hours, the rebuild)
    (16, 2, 48, "jj3f-k11-03", "warning", "disk", "disk usage 90% (high watermark) on /var/lib/opensearch"),
    (16, 3, 9, "jj3f-k11-03", "critical", "disk", "flood stage disk watermark [95%] exceeded"),
    (16, 3, 13, "osc-lumen", "critical", "error", "index [lumen-docs-20270316] blocked by: read-only-allow-delete"),
    (16, 3, 18, "lumen_reindex_nightly", "critical", "batch_job", "task bulk_load FAILED: cluster_block_exception"),
    (16, 3, 21, "lumen-idx", "major", "error", "증분 색인 실패 (403 cluster_block_exception), 적체 시작"),
    (16, 3, 58, "osc-lumen", "info", "config_change", "구 인덱스 lumen-docs-20270315 삭제, read_only_allow_delete 해제"),
    (16, 4, 20, "lumen-idx", "info", "recovery", "증분 색인 재개, 적체 해소"),
    (16, 5, 40, "lumen_reindex_nightly", "info", "batch_job", "색인 재구축 수동 재실행 완료"),
    # N3 (Wednesday lunch peak)
    (17, 12, 8, "hn1f-c16-02", "warning", "disk", "SMART: /dev/nvme3n1 media errors, I/O timeouts"),
    (17, 12, 12, "evbus-adlog", "critical", "replication", "UnderMinIsrPartitionCount 38, NotEnoughReplicasException"),
    (17, 12, 16, "adx-serve", "critical", "error", "광고 슬롯 응답 타임아웃 24% (kafka produce blocked)"),
    (17, 12, 19, "adx-billing", "major", "error", "노출/클릭 집계 지연, 예산 소진 갱신 실패"),
    (17, 12, 24, "portal-home", "warning", "latency", "첫화면 광고 슬롯 대기 p99 1.2s"),
    (17, 12, 58, "evbus-adlog", "info", "config_change", "파티션 재할당 (broker 2 제외), 디스크 교체 요청"),
    (17, 13, 10, "adx-serve", "info", "recovery", "광고 서빙 정상"),
    # N4 (Thursday evening, breaking news)
    (18, 21, 21, "cmtdb-s03", "warning", "lock", "innodb_row_lock_waits 증가, lock wait timeout 38/s"),
    (18, 21, 24, "cmtdb-s03", "critical", "lock", "Lock wait timeout exceeded; hot rows comment_like_cnt (article 20270318-0912)"),
    (18, 21, 27, "daetgeul-api", "critical", "error", "댓글 작성/공감 실패 33% (DB lock timeout)"),
    (18, 21, 33, "sosik-front", "major", "error", "기사 댓글 영역 타임아웃"),
    (18, 22, 10, "cmtdb-s03", "info", "config_change", "공감 카운터 Redis 비동기 반영으로 전환 (기능 플래그)"),
    (18, 22, 25, "daetgeul-api", "info", "recovery", "댓글 작성 정상"),
    # N5 (Saturday afternoon)
    (20, 14, 29, "nas-mail-jj01", "warning", "disk", "disk 0b.23 failed, RAID-DP reconstruction started (aggr_mail02)"),
    (20, 14, 33, "nas-mail-jj01", "critical", "latency", "NFS latency 40 ms on vol_maildir02 (reconstruction priority high)"),
    (20, 14, 37, "nurimail-store", "critical", "error", "IMAP 응답 타임아웃 29%, maildir lock 대기"),
    (20, 14, 43, "nurimail-web", "major", "error", "메일함 열기 실패 증가"),
    (20, 14, 45, "nurimail-mta", "major", "error", "로컬 배달 지연 (deferred 큐 증가)"),
    (20, 15, 20, "nas-mail-jj01", "info", "config_change", "raid.reconstruct.perf_impact high → low"),
    (20, 15, 35, "nurimail-store", "info", "recovery", "IMAP 정상"),
    # N6 (Monday morning login storm)
    (22, 7, 41, "mysql-gate", "warning", "connections", "Threads_connected 1420 / max_connections 1500"),
    (22, 7, 44, "mysql-gate", "critical", "connections", "ERROR 1040 (HY000): Too many connections"),
    (22, 7, 47, "gate-sso", "critical", "error", "로그인 실패 31% (HikariPool connection timeout)"),
    (22, 7, 51, "portal-gw", "major", "error", "인증 필요 API 401/503 증가"),
    (22, 7, 55, "nurimail-web", "major", "error", "세션 만료로 로그아웃, 재로그인 실패"),
    (22, 8, 30, "gate-sso", "info", "config_change", "DB 커넥션 풀 최대값 120 → 50 원복, 롤링 재시작"),
    (22, 8, 40, "gate-sso", "info", "recovery", "로그인 정상"),
    # N7 (Wednesday morning, ongoing)
    (24, 8, 14, "obj-ceph-jj", "warning", "disk", "osd.37 down (jj3f-k11-01 /dev/sdk), backfill started"),
    (24, 8, 21, "obj-ceph-jj", "critical", "disk", "HEALTH_WARN: 4 nearfull osd(s), 212 slow ops"),
    (24, 8, 26, "pix-thumb", "critical", "error", "원본 이미지 GET 타임아웃 (RGW 503 SlowDown) 26%"),
    (24, 8, 29, "moim-upload", "major", "error", "첨부 업로드 실패 증가 (PUT 503)"),
    (24, 8, 37, "sosik-ingest", "warning", "error", "기사 사진 썸네일 생성 지연, 송고 대기열 증가"),
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
    generate(NAME, "news-portal", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
