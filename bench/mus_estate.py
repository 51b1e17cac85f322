"""Generate the music-streaming estate (tests/fixtures/music-streaming/, interchange format) and its faults file.

A Korean music streaming service's IT (나래뮤직, app NARAE, api.naraemusic.com): the player edge — the Kong
gateway `tempo-gw`, the player API `tempo-api` (재생 시작, 큐, 이어듣기), the personalised home `tempo-home`, the
DRM licence server `coda-lic` (Widevine/FairPlay) with its key cache `rd-lic`, the HLS/CMAF packager `hls-pack`
over the audio masters bucket `obj-masters`, the CDN origin shields `orig-2a`/`orig-2b`/`orig-2c` behind the CDN
PoPs `cdn-icn-sa1`, `cdn-pus-1`, `cdn-nrt-1`, and the play-log receiver `plog-rcv`; the catalogue `cadenza-meta`
on Aurora `my-catalog`, the distributor (DDEX) feed ingest `dist-ingest`, the legacy Friday new-release loader
`sinbo_loader` (신보) and the album-art resizer `jacket-img`; search `fuga-search` on Elasticsearch
`es-catalog`, recommendation `motif-reco` with the feature store `feat-store` (Redis `rd-feast` + Cassandra
`cas-kr1`) and Triton model serving `trt-serve` on two GPU instances, the nightly retraining `reco-train`;
real-time charts (실시간 차트): play logs on Kafka `kfk-plog`, the Flink job `flink-chart` into ClickHouse
`ch-plays`, the hourly publisher `chart-tick` (매시 정각) into `rd-chart`, `chart-api` and the abuse filter
`abuse-guard`; billing: subscriptions `gudok-api` (구독), the PG bridge `pg-bridge` (토스페이먼츠, KG이니시스,
카카오페이), app-store receipt validation `iap-verify`, the 04:00 renewal batch `bill_renew_batch`, all on Aurora
`my-billing`; royalty settlement (저작권료 정산) at the on-prem 가산IDC: the monthly `jeongsan_batch` (매월 10일
01:00) and the nightly `etl_playlog_daily` on the Greenplum DW `gsdw` over the SAN `gsn-san01`, the rights
holders' portal `rights-portal`, the KOMCA file transfer `komca-xfer`; lyrics `gasa-api` and the fan community
`fanbbs` on Cassandra, push `allim-push` and the comeback/new-release campaigns `allim-camp`, login `mem-auth` with
the session cache `rd-session` and Aurora `my-user`. Sites: the Seoul region ap-northeast-2 (EKS workloads) and its
AZs ap-northeast-2a/2b/2c (stateful EC2), 가산IDC, the PoPs 상암PoP, 부산PoP, 도쿄PoP; environments prod, stg, dev;
owners are teams with Korean and English names.

Naming (this company's own): music-term code names for the product services (`tempo-*`, `coda-lic`,
`cadenza-meta`, `fuga-search`, `motif-reco`), romanised Korean (`gudok-api` 구독, `gasa-api` 가사, `allim-push` 알림,
`jeongsan_batch` 정산, `sinbo_loader` 신보), legacy snake_case batches (`bill_renew_batch`, `etl_playlog_daily`,
the retired `chart_legacy_php`), engine-prefixed data stores (`my-*` Aurora MySQL, `rd-*` ElastiCache, `kfk-*`,
`es-*`, `ch-*`, `cas-*`), EKS nodes by their cloud-generated private DNS (`ip-10-41-3-18`), stateful EC2 by AZ and
role (`apn2c-kfk03`), GPU instances by their EC2 instance ids (`i-0a7f3c19e2b4d5e61`), IDC bare metal by asset tag
(`ast-2201`, rack positions in the attributes) and CDN PoPs by airport code (`cdn-pus-1`).

Seven injected incidents (times KST; now = Wednesday 2027-11-17 19:20, in the evening commute peak; the window is
the ten days before; commute peaks 07:30–09:00 and 18:00–19:30 on weekdays, late-night listening to ~01:00, the
hourly chart tick at :00, Friday 18:00 new-release drops (신곡 발매), weekends later and flatter):
  M1 Mon  8 07:55–08:50  cas-kr1 read latency soars with the compaction backlog of Sunday night's repair, in the
                         morning commute: gasa-api (loudest, 3.4.0 deployed at 07:40), fanbbs, feat-store,
                         motif-reco
  M2 Wed 10 01:20–02:15  (night, the monthly settlement run) gsn-san01 loses a controller (firmware-triggered
                         failover) and its latency jumps: gsdw stalls, jeongsan_batch (loudest; its November rate
                         rules changed on Tuesday) and rights-portal fail
  M3 Thu 11 14:20–15:15  a direct ALTER TABLE on my-billing waits on a long transaction and holds a metadata lock:
                         gudok-api (loudest, 6.2.0 deployed at 14:05), pg-bridge, iap-verify, coda-lic (licence
                         checks of paid tracks)
  M4 Fri 12 18:05–19:00  the new-release drop (comeback): sinbo_loader's reindex and the search storm saturate the
                         hot shards of es-catalog: fuga-search (loudest, 4.0.3 deployed at 17:35), sinbo_loader,
                         tempo-gw
  M5 Sat 13 22:50–23:45  (weekend, late night) GPU instance i-0a7f3c19e2b4d5e61 hits Xid 79 (GPU fell off the
                         bus): trt-serve, motif-reco (loudest, 2.11.0 deployed at 22:30), tempo-home; the other GPU
                         instance is busy with the nightly retraining (noisy neighbour)
  M6 Tue 16 13:05–14:00  the Kafka broker apn2c-kfk03's data volume fills (retention raised to 7 days on Thursday,
                         partition leaders moved onto it on Monday): kfk-plog, flink-chart, plog-rcv, chart-tick
                         (loudest, 12:40 deploy; the 14:00 chart fails)
  M7 Wed 17 18:35–now    rd-session's engine CPU saturates on a cleanup job's KEYS scans in the evening peak,
                         commands time out: mem-auth (loudest, 4.12.0 deployed at 18:10), tempo-api, tempo-gw
                         (ongoing)
Confounders: commute peaks, late-night listening, the hourly chart tick, the Friday release drop and its push
campaign, deploys on victims before every incident, the nightly retraining on i-0d91be6c0a57f2e38 (noisy
neighbour during M5), an analyst's ad-hoc ClickHouse query on Monday 15 (noisy neighbour on ch-plays), the Direct
Connect maintenance on Saturday night, the drained origin `orig-2b` and `fuga-search-stg` in maintenance, the
retired `chart_legacy_php`, the IDC log server `ast-2207`'s disk creeping up and the public ALB `alb-tempo-ext`'s
certificate expiring on 2027-11-24 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/mus_golden.py) are computed from the files.

    .venv/bin/python bench/mus_estate.py   # rewrites tests/fixtures/music-streaming*
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

NAME = "music-streaming"
NOW = datetime(2027, 11, 17, 10, 20, tzinfo=UTC)  # Wednesday 2027-11-17 19:20 KST
START = NOW - timedelta(days=10)  # Sunday 2027-11-07 19:20 KST
SEED = 20271117
SITES = {
    "R": "ap-northeast-2",
    "A": "ap-northeast-2a",
    "B": "ap-northeast-2b",
    "C": "ap-northeast-2c",
    "G": "가산IDC",
    "S": "상암PoP",
    "U": "부산PoP",
    "T": "도쿄PoP",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2027-11")

PLAYER, STREAM, CONTENT, SEARCH = "플레이어개발팀", "streaming-infra", "콘텐츠수급팀", "search-reco"
ML, CHART, BILL, ROYALTY = "ML플랫폼파트", "차트서비스팀", "결제구독팀", "정산시스템팀"
COMM, PUSH, DATA, DBA = "커뮤니티개발팀", "notification-core", "데이터플랫폼팀", "dba-guild"
CLOUD, IDC, NET, MEMBER = "cloud-sre", "가산IDC운영", "네트워크보안팀", "회원인증셀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- player edge
    "tempo-gw": ("service", PLAYER, "R", "P", ["ip-10-41-3-18", "ip-10-42-4-201"],
                 ["tempo-api", "tempo-home", "mem-auth", "fuga-search", "chart-api", "gudok-api", "gasa-api", "fanbbs"],
                 {"desc": "앱/웹 API 게이트웨이", "product": "Kong Gateway 3.6", "version": "3.6.1.4", "replicas": 12,
                  "rate_limit_rps": 40000, "endpoint": "api.naraemusic.com"}),
    "tempo-api": ("service", PLAYER, "R", "P", ["ip-10-41-3-18", "ip-10-43-2-145"],
                  ["rd-session", "my-user", "cadenza-meta", "coda-lic", "plog-rcv"],
                  {"desc": "플레이어 API (재생 시작, 재생목록 큐, 이어듣기)", "product": "Kotlin / Spring Boot 3.2",
                   "version": "7.14.2", "replicas": 24, "hpa_max": 60}),
    "tempo-home": ("service", PLAYER, "R", "P", ["ip-10-42-4-201"], ["motif-reco", "chart-api", "cadenza-meta"],
                   {"desc": "개인화 홈 피드 (믹스, 오늘의 추천)", "product": "Kotlin / Spring Boot 3.2", "version": "3.3.0",
                    "replicas": 10}),
    "coda-lic": ("service", STREAM, "R", "P", ["ip-10-41-5-77", "ip-10-43-7-92"], ["rd-lic", "gudok-api"],
                 {"desc": "DRM 라이선스 서버 (스트리밍/오프라인 저장 키 발급)", "drm": "Widevine L1/L3, FairPlay",
                  "version": "2.8.5", "port": 8443, "endpoint": "lic.naraemusic.com", "license_ttl_h": 48,
                  "replicas": 8}),
    "hls-pack": ("service", STREAM, "R", "P", ["ip-10-41-5-77"], ["obj-masters"],
                 {"desc": "HLS/CMAF 실시간 패키저 (세그먼트 생성)", "product": "자체개발 (Go 1.22)", "version": "1.19.0",
                  "bitrates": "96/192/320 kbps AAC, FLAC 16/24bit", "segment_sec": 6}),
    "orig-2a": ("service", STREAM, "A", "P", ["apn2a-ngx01"], ["hls-pack"],
                {"desc": "CDN 오리진 실드 (AZ a)", "product": "nginx 1.25 (proxy_cache)", "cache_tb": 7.5,
                 "version": "1.25.4"}),
    "orig-2b": ("service", STREAM, "B", "P", ["apn2b-ngx02"], ["hls-pack"],
                {"desc": "CDN 오리진 실드 (AZ b, AMI 재빌드로 트래픽 제외 중)", "product": "nginx 1.25 (proxy_cache)",
                 "cache_tb": 7.5, "version": "1.25.4"}),
    "orig-2c": ("service", STREAM, "C", "P", ["apn2c-ngx03"], ["hls-pack"],
                {"desc": "CDN 오리진 실드 (AZ c)", "product": "nginx 1.25 (proxy_cache)", "cache_tb": 7.5,
                 "version": "1.25.4"}),
    "plog-rcv": ("service", DATA, "R", "P", ["ip-10-43-2-145"], ["kfk-plog"],
                 {"desc": "재생 로그 수신기 (1분 재생 인정, 차트 집계용)", "product": "자체개발 (Go 1.22)",
                  "version": "2.6.1", "topic": "playlog.v3"}),
    # ---------------------------------------------------------------- catalogue
    "cadenza-meta": ("service", CONTENT, "R", "P", ["ip-10-42-9-36"], ["my-catalog", "rd-meta"],
                     {"desc": "카탈로그/메타데이터 API (곡, 앨범, 아티스트, 크레딧)", "version": "5.2.1",
                      "product": "Java 21 / Spring Boot 3.3", "tracks_million": 98.4, "albums_million": 7.1}),
    "dist-ingest": ("service", CONTENT, "R", "P", ["ip-10-42-9-36"], ["my-catalog", "kfk-biz", "obj-masters", "sqs-jacket"],
                    {"desc": "유통사 피드 수집 (DDEX ERN, 음원/메타 입수)", "feed_format": "DDEX ERN 4.3",
                     "distributors": 63, "version": "3.9.2", "schedule": "매일 06:00 + 수시"}),
    "sinbo_loader": ("service", CONTENT, "R", "P", ["ip-10-42-9-36"], ["my-catalog", "es-catalog", "rd-meta"],
                     {"desc": "신곡 발매 공개 배치 (매주 금 18:00 일괄 공개, 검색 재색인)", "product": "Python 3.6 (레거시 cron)",
                      "schedule": "매주 금 18:00", "version": "0.9.14"}),
    "jacket-img": ("service", CONTENT, "R", "P", ["ip-10-43-7-92"], ["obj-masters", "sqs-jacket"],
                   {"desc": "앨범 재킷 이미지 리사이즈", "product": "Thumbor 7.7", "version": "7.7.3"}),
    # ---------------------------------------------------------------- search and recommendation
    "fuga-search": ("service", SEARCH, "R", "P", ["ip-10-42-4-201", "ip-10-43-7-92"], ["es-catalog", "rd-meta"],
                    {"desc": "통합 검색 (곡/앨범/아티스트/가사, 초성 검색)", "version": "4.0.3",
                     "product": "Java 21 / Spring Boot 3.3", "replicas": 14, "analyzer": "nori + 초성"}),
    "motif-reco": ("service", SEARCH, "R", "P", ["ip-10-43-2-145"], ["feat-store", "trt-serve"],
                   {"desc": "추천 API (홈 믹스, 다음 곡, 비슷한 곡)", "version": "2.11.0", "product": "Python 3.11 (FastAPI)",
                    "replicas": 16}),
    "feat-store": ("service", ML, "R", "P", ["ip-10-43-2-145"], ["rd-feast", "cas-kr1"],
                   {"desc": "피처 스토어 (온라인 피처 조회)", "product": "Feast 0.38", "version": "0.38.1",
                    "feature_views": 42}),
    "trt-serve": ("service", ML, "R", "P", ["i-0a7f3c19e2b4d5e61", "i-0d91be6c0a57f2e38"], [],
                  {"desc": "모델 서빙 (two-tower 임베딩, 랭킹 모델)", "product": "NVIDIA Triton 24.05", "models": 14,
                   "version": "24.05"}),
    "reco-train": ("service", ML, "R", "P", ["i-0d91be6c0a57f2e38"], ["ch-plays", "obj-masters"],
                   {"desc": "추천 모델 재학습 (매일 21:00)", "product": "PyTorch 2.3 + Ray 2.24", "schedule": "매일 21:00",
                    "version": "1.8.0"}),
    # ---------------------------------------------------------------- real-time charts
    "flink-chart": ("service", DATA, "R", "P", ["ip-10-43-2-145"], ["kfk-plog", "ch-plays", "efs-flink-ckpt"],
                    {"desc": "실시간 차트 집계 (재생 로그 → 1시간 텀블링 윈도우)", "product": "Apache Flink 1.18",
                     "parallelism": 48, "version": "1.18.1", "checkpoint_sec": 60}),
    "chart-tick": ("service", CHART, "R", "P", ["ip-10-41-5-77"], ["flink-chart", "ch-plays", "rd-chart"],
                   {"desc": "실시간 차트 정각 반영 (TOP100 산출/게시)", "schedule": "매시 정각", "version": "2.4.0",
                    "product": "Kotlin 배치"}),
    "chart-api": ("service", CHART, "R", "P", ["ip-10-41-5-77", "ip-10-42-9-36"], ["rd-chart", "cadenza-meta"],
                  {"desc": "차트 조회 API (실시간/일간/주간/장르)", "version": "3.1.7", "replicas": 10}),
    "abuse-guard": ("service", CHART, "R", "P", ["ip-10-43-7-92"], ["kfk-plog", "ch-plays"],
                    {"desc": "차트 어뷰징 탐지 (매크로 재생, 계정 공장)", "version": "1.5.2", "product": "Python 3.11"}),
    "chart_legacy_php": ("service", CHART, "G", "P", [], [],
                         {"desc": "구 차트 서버 (2024년 chart-api로 대체)", "product": "PHP 5.6", "version": "1.22",
                          "decommissioned": "2024-06-30"}),
    # ---------------------------------------------------------------- billing and subscriptions
    "gudok-api": ("service", BILL, "R", "P", ["ip-10-41-5-77", "ip-10-42-9-36"],
                  ["my-billing", "pg-bridge", "iap-verify", "kfk-biz"],
                  {"desc": "구독/이용권 API (가입, 해지, 이용권 확인)", "version": "6.2.0",
                   "product": "Java 17 / Spring Boot 3.1", "replicas": 8, "plans": 11}),
    "pg-bridge": ("service", BILL, "R", "P", ["ip-10-41-5-77"], ["my-billing"],
                  {"desc": "PG 연동 (카드/간편결제 승인, 정기결제 빌링키)", "pgs": "토스페이먼츠, KG이니시스, 카카오페이",
                   "version": "2.7.4"}),
    "iap-verify": ("service", BILL, "R", "P", ["ip-10-42-9-36"], ["my-billing"],
                   {"desc": "앱스토어 영수증 검증 (인앱 결제)", "stores": "App Store Server API v2, Google Play Developer API",
                    "version": "1.12.0"}),
    "bill_renew_batch": ("service", BILL, "R", "P", ["ip-10-42-9-36"], ["my-billing", "pg-bridge"],
                         {"desc": "정기결제 갱신 배치", "schedule": "매일 04:00", "product": "Spring Batch 5.1",
                          "version": "2.0.9"}),
    # ---------------------------------------------------------------- royalty settlement (IDC)
    "jeongsan_batch": ("service", ROYALTY, "G", "P", ["ast-2205"], ["gsdw", "my-rights"],
                       {"desc": "저작권료 정산 월 배치 (저작권/인접권/실연권 분배)", "schedule": "매월 10일 01:00",
                        "product": "Spring Batch 4.3 + Greenplum 함수", "version": "4.1.0", "rights_holders": 2140}),
    "etl_playlog_daily": ("service", DATA, "G", "P", ["ast-2205"], ["ch-plays", "gsdw"],
                          {"desc": "일 재생 로그 DW 적재 (ClickHouse → Greenplum)", "schedule": "매일 00:30",
                           "product": "Airflow 2.8 DAG", "version": "1.3.2"}),
    "rights-portal": ("service", ROYALTY, "G", "P", ["ast-2206"], ["gsdw", "my-rights"],
                      {"desc": "권리자 정산 포털 (기획사/유통사 정산서 조회)", "version": "2.2.5",
                       "endpoint": "rights.naraemusic.com", "partners": 2140}),
    "komca-xfer": ("service", ROYALTY, "G", "P", ["ast-2206"], ["nas-settle"],
                   {"desc": "신탁단체 정산 파일 전송 (KOMCA, 함께하는음악저작인협회, 음실련)", "protocol": "SFTP",
                    "version": "1.0.6"}),
    # ---------------------------------------------------------------- lyrics, community, push, login
    "gasa-api": ("service", COMM, "R", "P", ["ip-10-42-4-201"], ["cas-kr1", "rd-meta"],
                 {"desc": "가사 API (싱크 가사, 번역 가사)", "version": "3.4.0", "synced_tracks_million": 41.7}),
    "fanbbs": ("service", COMM, "R", "P", ["ip-10-43-7-92"], ["cas-kr1", "obj-ugc", "allim-push"],
               {"desc": "아티스트 팬 커뮤니티 (포스트, 댓글, 응원하기)", "version": "1.17.3", "artists_with_board": 3860}),
    "allim-push": ("service", PUSH, "R", "P", ["ip-10-41-3-18"], ["kfk-biz", "my-user"],
                   {"desc": "푸시 발송 (FCM/APNs)", "version": "5.0.2", "devices_million": 14.2,
                    "providers": "FCM HTTP v1, APNs"}),
    "allim-camp": ("service", PUSH, "R", "P", ["ip-10-41-3-18"], ["allim-push", "cadenza-meta"],
                   {"desc": "캠페인 발송 (컴백/신곡 알림, 마케팅 푸시)", "version": "1.6.0", "quiet_hours": "21:00-08:00"}),
    "mem-auth": ("service", MEMBER, "R", "P", ["ip-10-41-3-18", "ip-10-43-2-145"], ["rd-session", "my-user"],
                 {"desc": "로그인/토큰 (카카오, 네이버, 애플 로그인, OAuth2)", "version": "4.12.0", "token_ttl_min": 60,
                  "replicas": 10}),
    "vigil-mon": ("service", CLOUD, "A", "P", ["apn2a-mon01"], [],
                  {"desc": "모니터링 (Prometheus + Grafana + Alertmanager)", "product": "Prometheus 2.53, Grafana 11",
                   "retention_days": 15}),
    "elk-idc": ("service", IDC, "G", "P", ["ast-2207"], [],
                {"desc": "IDC 로그 수집 (정산/DW 로그)", "product": "Elasticsearch 7.17 + Logstash", "retention_days": 90}),
    # ---------------------------------------------------------------- stg / dev
    "tempo-gw-stg": ("service", PLAYER, "R", "S", ["ip-10-61-1-20"], ["tempo-api-stg"],
                     {"desc": "API 게이트웨이 (스테이징)", "version": "3.7.0"}),
    "tempo-api-stg": ("service", PLAYER, "R", "S", ["ip-10-61-1-20"], ["rd-session-stg"],
                      {"desc": "플레이어 API (스테이징)", "version": "7.15.0-rc3"}),
    "gudok-api-stg": ("service", BILL, "R", "S", ["ip-10-61-1-20"], ["my-billing-stg"],
                      {"desc": "구독 API (스테이징)", "version": "6.3.0-rc1"}),
    "coda-lic-stg": ("service", STREAM, "R", "S", ["ip-10-61-1-20"], [],
                     {"desc": "DRM 라이선스 (스테이징)", "version": "2.9.0-rc2"}),
    "fuga-search-stg": ("service", SEARCH, "R", "S", ["ip-10-61-1-20"], [],
                        {"desc": "검색 (스테이징, ES 8.15 업그레이드 리허설)", "version": "4.1.0-rc1"}),
    "motif-reco-dev": ("service", SEARCH, "R", "D", ["ip-10-71-2-33"], [],
                       {"desc": "추천 API (개발)", "version": "2.12.0-dev"}),
    "chart-tick-dev": ("service", CHART, "R", "D", ["ip-10-71-2-33"], [],
                       {"desc": "차트 정각 반영 (개발)", "version": "2.5.0-SNAPSHOT"}),
    # ---------------------------------------------------------------- databases
    "my-user": ("database", DBA, "R", "P", [], [],
                {"engine": "mysql", "product": "Aurora MySQL 3.05 (MySQL 8.0)", "version": "8.0.mysql_aurora.3.05.2",
                 "instance_class": "db.r7g.4xlarge", "replicas": 2, "port": 3306, "desc": "회원/기기/토큰 DB"}),
    "my-catalog": ("database", DBA, "R", "P", [], [],
                   {"engine": "mysql", "product": "Aurora MySQL 3.05 (MySQL 8.0)", "version": "8.0.mysql_aurora.3.05.2",
                    "instance_class": "db.r7g.8xlarge", "replicas": 3, "port": 3306, "desc": "카탈로그/메타 DB"}),
    "my-billing": ("database", DBA, "R", "P", [], [],
                   {"engine": "mysql", "product": "Aurora MySQL 3.04 (MySQL 8.0)", "version": "8.0.mysql_aurora.3.04.1",
                    "instance_class": "db.r6g.2xlarge", "replicas": 1, "port": 3306, "desc": "결제/구독/이용권 DB",
                    "pci_dss": True}),
    "my-rights": ("database", DBA, "G", "P", ["ast-2204"], [],
                  {"engine": "mysql", "product": "MySQL 8.0 Community", "version": "8.0.36", "port": 3306,
                   "desc": "권리자/계약/요율 DB"}),
    "cas-kr1": ("database", DBA, "R", "P", ["apn2a-cas01", "apn2b-cas02", "apn2c-cas03"], [],
                {"engine": "cassandra", "product": "Apache Cassandra 4.1", "version": "4.1.5", "nodes": 3,
                 "replication": "NetworkTopologyStrategy apne2=3", "keyspaces": "lyrics, community, features",
                 "desc": "가사/커뮤니티/피처 저장소"}),
    "ch-plays": ("database", DATA, "R", "P", ["apn2a-ch01", "apn2b-ch02"], [],
                 {"engine": "clickhouse", "product": "ClickHouse 24.3 LTS", "version": "24.3.6", "shards": 2,
                  "replicas_per_shard": 1, "port": 9000, "desc": "재생 로그 분석 (차트 원천)"}),
    "es-catalog": ("database", SEARCH, "R", "P", ["apn2a-es01", "apn2b-es02", "apn2c-es03"], [],
                   {"engine": "elasticsearch", "product": "Elasticsearch 8.13", "version": "8.13.4", "nodes": 3,
                    "shards": 30, "port": 9200, "desc": "검색 인덱스 (곡/앨범/아티스트/가사)"}),
    "gsdw": ("database", DBA, "G", "P", ["ast-2201", "ast-2202", "ast-2203"], ["gsn-san01"],
             {"engine": "greenplum", "product": "Greenplum 6.26", "version": "6.26.4", "segments": 16,
              "size_tb": 84, "port": 5432, "desc": "정산 DW (가산)"}),
    "my-billing-stg": ("database", DBA, "R", "S", [], [],
                       {"engine": "mysql", "product": "Aurora MySQL 3.05", "instance_class": "db.r6g.large",
                        "port": 3306}),
    # ---------------------------------------------------------------- caches and queues
    "rd-session": ("cache", MEMBER, "R", "P", [], [],
                   {"engine": "redis", "product": "ElastiCache Redis OSS 7.1", "version": "7.1.0",
                    "node_type": "cache.r7g.2xlarge", "cluster_mode": False, "maxmemory_policy": "volatile-lru",
                    "port": 6379, "desc": "로그인 세션/디바이스 토큰"}),
    "rd-meta": ("cache", CONTENT, "R", "P", [], [],
                {"engine": "redis", "product": "ElastiCache Redis OSS 7.1", "version": "7.1.0",
                 "node_type": "cache.r7g.xlarge", "cluster_mode": True, "shards": 4,
                 "maxmemory_policy": "allkeys-lru", "port": 6379, "desc": "메타데이터 캐시"}),
    "rd-chart": ("cache", CHART, "R", "P", [], [],
                 {"engine": "redis", "product": "ElastiCache Redis OSS 7.0", "version": "7.0.7",
                  "node_type": "cache.r6g.large", "cluster_mode": False, "maxmemory_policy": "noeviction",
                  "port": 6379, "desc": "차트 결과 캐시"}),
    "rd-lic": ("cache", STREAM, "R", "P", [], [],
               {"engine": "redis", "product": "ElastiCache Redis OSS 7.1", "version": "7.1.0",
                "node_type": "cache.r7g.large", "cluster_mode": False, "maxmemory_policy": "volatile-ttl",
                "port": 6379, "desc": "DRM 키/라이선스 캐시"}),
    "rd-feast": ("cache", ML, "R", "P", [], [],
                 {"engine": "redis", "product": "ElastiCache Redis OSS 7.1", "version": "7.1.0",
                  "node_type": "cache.r7g.4xlarge", "cluster_mode": True, "shards": 6,
                  "maxmemory_policy": "allkeys-lru", "port": 6379, "desc": "온라인 피처 캐시"}),
    "rd-session-stg": ("cache", MEMBER, "R", "S", [], [],
                       {"engine": "redis", "product": "ElastiCache Redis OSS 7.1", "node_type": "cache.t4g.medium"}),
    "kfk-plog": ("queue", DATA, "R", "P", ["apn2a-kfk01", "apn2b-kfk02", "apn2c-kfk03"], [],
                 {"product": "Apache Kafka 3.7 (KRaft)", "version": "3.7.1", "brokers": 3, "partitions": 192,
                  "retention_hours": 72, "port": 9092, "desc": "재생 로그 (차트/정산 원천)"}),
    "kfk-biz": ("queue", DATA, "R", "P", ["apn2a-kfk11", "apn2b-kfk12"], [],
                {"product": "Apache Kafka 3.6 (KRaft)", "version": "3.6.2", "brokers": 2, "partitions": 96,
                 "retention_hours": 72, "port": 9092, "desc": "업무 이벤트 (결제, 입수, 푸시)"}),
    "sqs-jacket": ("queue", CONTENT, "R", "P", [], [],
                   {"product": "Amazon SQS (standard)", "visibility_timeout_s": 120, "desc": "재킷 이미지 작업 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "alb-tempo-ext": ("R", NET, ["tempo-gw"],
                      {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                       "endpoint": "api.naraemusic.com", "cert_expiry": "2027-11-24",
                       "cert_issuer": "Sectigo (수동 갱신, ACM 가져오기)", "waf": "AWS WAF v2"}),
    "nlb-lic": ("R", NET, ["coda-lic"],
                {"vendor": "AWS", "model": "Network Load Balancer", "endpoint": "lic.naraemusic.com",
                 "cert_expiry": "2028-05-02", "cert_issuer": "ACM"}),
    "alb-internal": ("R", CLOUD, ["cadenza-meta", "gudok-api", "motif-reco", "chart-api"],
                     {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internal"}),
    "l4-gasan": ("G", IDC, ["rights-portal", "komca-xfer"],
                 {"vendor": "A10", "model": "Thunder 3350S", "vip": "172.20.10.5", "firmware": "ACOS 5.2.1-P9"}),
    "cdn-icn-sa1": ("S", STREAM, ["orig-2a", "orig-2c"],
                    {"vendor": "자체 CDN (KINX 상면)", "model": "Varnish 7.4 x 12", "capacity_gbps": 400,
                     "city": "서울 상암"}),
    "cdn-pus-1": ("U", STREAM, ["orig-2a", "orig-2c"],
                  {"vendor": "자체 CDN (부산 IX)", "model": "Varnish 7.4 x 6", "capacity_gbps": 160, "city": "부산"}),
    "cdn-nrt-1": ("T", STREAM, ["orig-2c"],
                  {"vendor": "Akamai (위탁)", "model": "Akamai Adaptive Media Delivery", "capacity_gbps": 80,
                   "city": "도쿄"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "obj-masters": ("R", STREAM, {"vendor": "AWS", "model": "S3 (Intelligent-Tiering)", "bucket": "nr-audio-masters-apne2",
                                  "objects_million": 412, "capacity_tb": 2600,
                                  "desc": "음원 마스터 + HLS 세그먼트"}, []),
    "obj-ugc": ("R", COMM, {"vendor": "AWS", "model": "S3 Standard", "bucket": "nr-fan-ugc-apne2", "capacity_tb": 180,
                            "desc": "팬 커뮤니티 이미지/영상"}, []),
    "efs-flink-ckpt": ("R", DATA, {"vendor": "AWS", "model": "EFS (General Purpose)", "capacity_tb": 6,
                                   "desc": "Flink 체크포인트/세이브포인트"}, []),
    "gsn-san01": ("G", IDC, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 300, "firmware": "93-07-21-80/00",
                             "controllers": 2, "desc": "정산 DW 블록 스토리지"},
                  ["ast-2201", "ast-2202", "ast-2203", "ast-2204"]),
    "nas-settle": ("G", IDC, {"vendor": "NetApp", "model": "FAS2820", "ontap": "9.14.1P3", "capacity_tb": 90,
                              "protocol": "NFS v4.1", "desc": "정산 결과/신탁단체 전송 파일"}, ["ast-2205", "ast-2206"]),
    "bk-gsn01": ("G", IDC, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 170,
                            "desc": "DW/정산 백업"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # EKS worker nodes (cloud-generated private DNS names)
    "ip-10-41-3-18": ("A", "P", "eks", {"node_group": "ng-general-a", "instance_type": "m7i.4xlarge",
                                         "instance_id": "i-04b1c7d2e9f0a3b51"}),
    "ip-10-41-5-77": ("A", "P", "eks", {"node_group": "ng-general-a", "instance_type": "m7i.4xlarge",
                                         "instance_id": "i-0e2d94a1b7c3f6082"}),
    "ip-10-42-4-201": ("B", "P", "eks", {"node_group": "ng-general-b", "instance_type": "m7i.4xlarge",
                                          "instance_id": "i-09f7a3c5e1d2b4c67"}),
    "ip-10-42-9-36": ("B", "P", "eks", {"node_group": "ng-general-b", "instance_type": "c7i.4xlarge",
                                         "instance_id": "i-0b5e8d2c4a1f7e913"}),
    "ip-10-43-2-145": ("C", "P", "eks", {"node_group": "ng-stream-c", "instance_type": "c7i.8xlarge",
                                          "instance_id": "i-03c6a8e1f2d9b7a40"}),
    "ip-10-43-7-92": ("C", "P", "eks", {"node_group": "ng-general-c", "instance_type": "m7i.4xlarge",
                                         "instance_id": "i-0a1d3f5b7c9e2d684"}),
    "ip-10-61-1-20": ("A", "S", "eks", {"node_group": "ng-stg", "instance_type": "m7i.2xlarge",
                                         "instance_id": "i-07e3b9d1c5a2f8e06"}),
    "ip-10-71-2-33": ("A", "D", "eks", {"node_group": "ng-dev", "instance_type": "m7i.xlarge",
                                         "instance_id": "i-05d2f8a4c6b1e9d37"}),
    # stateful EC2 by AZ and role
    "apn2a-kfk01": ("A", "P", "ec2", {"role": "Kafka broker 1 (kfk-plog)", "instance_type": "i4i.2xlarge",
                                      "data_volume": "gp3 3TB /data/kafka", "broker_id": 1}),
    "apn2b-kfk02": ("B", "P", "ec2", {"role": "Kafka broker 2 (kfk-plog)", "instance_type": "i4i.2xlarge",
                                      "data_volume": "gp3 3TB /data/kafka", "broker_id": 2}),
    "apn2c-kfk03": ("C", "P", "ec2", {"role": "Kafka broker 3 (kfk-plog)", "instance_type": "i4i.2xlarge",
                                      "data_volume": "gp3 3TB /data/kafka", "broker_id": 3}),
    "apn2a-kfk11": ("A", "P", "ec2", {"role": "Kafka broker (kfk-biz)", "instance_type": "r6i.xlarge",
                                      "data_volume": "gp3 1TB /data/kafka", "broker_id": 11}),
    "apn2b-kfk12": ("B", "P", "ec2", {"role": "Kafka broker (kfk-biz)", "instance_type": "r6i.xlarge",
                                      "data_volume": "gp3 1TB /data/kafka", "broker_id": 12}),
    "apn2a-cas01": ("A", "P", "ec2", {"role": "Cassandra node (rack a)", "instance_type": "i4i.4xlarge"}),
    "apn2b-cas02": ("B", "P", "ec2", {"role": "Cassandra node (rack b)", "instance_type": "i4i.4xlarge"}),
    "apn2c-cas03": ("C", "P", "ec2", {"role": "Cassandra node (rack c)", "instance_type": "i4i.4xlarge"}),
    "apn2a-ch01": ("A", "P", "ec2", {"role": "ClickHouse shard 1", "instance_type": "r7i.8xlarge"}),
    "apn2b-ch02": ("B", "P", "ec2", {"role": "ClickHouse shard 2", "instance_type": "r7i.8xlarge"}),
    "apn2a-es01": ("A", "P", "ec2", {"role": "Elasticsearch data/master", "instance_type": "r7g.4xlarge"}),
    "apn2b-es02": ("B", "P", "ec2", {"role": "Elasticsearch data/master", "instance_type": "r7g.4xlarge"}),
    "apn2c-es03": ("C", "P", "ec2", {"role": "Elasticsearch data/master", "instance_type": "r7g.4xlarge"}),
    "apn2a-ngx01": ("A", "P", "ec2", {"role": "오리진 실드 nginx", "instance_type": "c7gn.4xlarge"}),
    "apn2b-ngx02": ("B", "P", "ec2", {"role": "오리진 실드 nginx (AMI 재빌드 중)", "instance_type": "c7gn.4xlarge"}),
    "apn2c-ngx03": ("C", "P", "ec2", {"role": "오리진 실드 nginx", "instance_type": "c7gn.4xlarge"}),
    "apn2a-mon01": ("A", "P", "ec2", {"role": "모니터링 (Prometheus/Grafana)", "instance_type": "m7i.2xlarge"}),
    # GPU instances by their EC2 instance ids
    "i-0a7f3c19e2b4d5e61": ("A", "P", "gpu", {"role": "Triton 서빙 #1", "instance_type": "g5.12xlarge",
                                               "gpu": "NVIDIA A10G x4", "driver": "535.161.08"}),
    "i-0d91be6c0a57f2e38": ("C", "P", "gpu", {"role": "Triton 서빙 #2 + 재학습", "instance_type": "g5.12xlarge",
                                               "gpu": "NVIDIA A10G x4", "driver": "535.161.08"}),
    # 가산IDC bare metal by asset tag
    "ast-2201": ("G", "P", "idc", {"role": "Greenplum master", "model": "Dell PowerEdge R760", "rack": "가산 4F C열 R12 U20"}),
    "ast-2202": ("G", "P", "idc", {"role": "Greenplum segment host 1", "model": "Dell PowerEdge R760",
                                   "rack": "가산 4F C열 R12 U24"}),
    "ast-2203": ("G", "P", "idc", {"role": "Greenplum segment host 2", "model": "Dell PowerEdge R760",
                                   "rack": "가산 4F C열 R13 U24"}),
    "ast-2204": ("G", "P", "idc", {"role": "MySQL 권리자 DB", "model": "Dell PowerEdge R660", "rack": "가산 4F C열 R13 U10"}),
    "ast-2205": ("G", "P", "idc", {"role": "정산/ETL 배치 서버", "model": "HPE ProLiant DL380 Gen11",
                                   "rack": "가산 4F C열 R14 U08"}),
    "ast-2206": ("G", "P", "idc", {"role": "권리자 포털, SFTP", "model": "HPE ProLiant DL360 Gen11",
                                   "rack": "가산 4F C열 R14 U12"}),
    "ast-2207": ("G", "P", "idc", {"role": "IDC 로그 서버 (ELK)", "model": "Dell PowerEdge R750xd",
                                   "rack": "가산 4F C열 R15 U02"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-gasan01": ("G", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 600F", "firmware": "FortiOS 7.4.3"}),
    "core-gasan": ("G", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9336C-FX2", "firmware": "NX-OS 10.3(4a)"}),
    "dx-gasan-apne2": ("G", {"device": "Direct Connect", "vendor": "AWS / KINX", "model": "Dedicated 10Gbps",
                             "circuit": "dxcon-fgk3v9r2", "desc": "가산IDC ↔ 서울 리전 전용선"}),
    "tgw-apne2": ("R", {"device": "Transit Gateway", "vendor": "AWS", "model": "Transit Gateway",
                        "tgw_id": "tgw-0c81d5e7a2f4b9036"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("core-gasan", "fw-gasan01"),
    ("fw-gasan01", "dx-gasan-apne2"),
    ("dx-gasan-apne2", "tgw-apne2"),
    ("etl_playlog_daily", "dx-gasan-apne2"),
    ("jeongsan_batch", "dx-gasan-apne2"),
]
# fmt: on
STATUS = {
    "orig-2b": "maintenance",
    "apn2b-ngx02": "maintenance",
    "fuga-search-stg": "maintenance",
    "chart_legacy_php": "retired",
}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "M1",
        "kind": "db_read_latency_repair",
        "root": "cas-kr1",
        "description": "in Monday's morning commute cas-kr1's read latency soars on the compaction backlog left by"
        " Sunday night's anti-entropy repair: gasa-api (3.4.0 deployed at 07:40, loudest) times out on synced"
        " lyrics, fanbbs and feat-store follow, motif-reco degrades, until compaction throughput is raised and the"
        " backlog drains",
        "start": kst(8, 7, 55),
        "end": kst(8, 8, 50),
        "affected": ["cas-kr1", "gasa-api", "fanbbs", "feat-store", "motif-reco"],
    },
    {
        "id": "M2",
        "kind": "san_controller_failover",
        "root": "gsn-san01",
        "description": "in the small hours of Wednesday 10, during the monthly settlement run, the IDC SAN gsn-san01"
        " loses a controller (firmware-triggered failover) and its latency jumps: the Greenplum DW gsdw stalls,"
        " jeongsan_batch (loudest; its November rate rules were changed on Tuesday) and rights-portal fail, until"
        " the controller is back and the batch is restarted",
        "start": kst(10, 1, 20),
        "end": kst(10, 2, 15),
        "affected": ["gsn-san01", "gsdw", "jeongsan_batch", "rights-portal"],
    },
    {
        "id": "M3",
        "kind": "db_metadata_lock",
        "root": "my-billing",
        "description": "on Thursday afternoon a direct ALTER TABLE on my-billing's subscription table waits behind a"
        " long transaction and holds a metadata lock, every query on the table queues: gudok-api (6.2.0 deployed"
        " at 14:05, loudest), pg-bridge and iap-verify fail, coda-lic cannot confirm entitlements for paid tracks,"
        " until the DDL session is killed",
        "start": kst(11, 14, 20),
        "end": kst(11, 15, 15),
        "affected": ["my-billing", "gudok-api", "pg-bridge", "iap-verify", "coda-lic"],
    },
    {
        "id": "M4",
        "kind": "search_hot_shards",
        "root": "es-catalog",
        "description": "at Friday's 18:00 new-release drop (a comeback) sinbo_loader's reindex and the search storm"
        " saturate the hot shards of es-catalog (search thread pool rejections): fuga-search (4.0.3 deployed at"
        " 17:35, loudest), sinbo_loader and tempo-gw suffer, until the reindex is throttled and replicas added",
        "start": kst(12, 18, 5),
        "end": kst(12, 19, 0),
        "affected": ["es-catalog", "fuga-search", "sinbo_loader", "tempo-gw"],
    },
    {
        "id": "M5",
        "kind": "gpu_xid_error",
        "root": "i-0a7f3c19e2b4d5e61",
        "description": "late on Saturday night GPU instance i-0a7f3c19e2b4d5e61 hits Xid 79 (GPU fell off the bus):"
        " trt-serve loses half its capacity, motif-reco (2.11.0 deployed at 22:30, loudest) times out, tempo-home"
        " falls back to charts, while the other GPU instance is busy with the nightly retraining, until the"
        " instance is stopped and started on a new host",
        "start": kst(13, 22, 50),
        "end": kst(13, 23, 45),
        "affected": ["i-0a7f3c19e2b4d5e61", "trt-serve", "motif-reco", "tempo-home"],
    },
    {
        "id": "M6",
        "kind": "broker_disk_full",
        "root": "apn2c-kfk03",
        "description": "on Tuesday afternoon the data volume of the Kafka broker apn2c-kfk03 fills (playlog"
        " retention raised to 7 days on Thursday, partition leaders moved onto it on Monday): kfk-plog rejects"
        " writes, flink-chart and plog-rcv fail, chart-tick (deployed at 12:40, loudest) cannot publish the 14:00"
        " chart, until retention is cut and partitions are moved off",
        "start": kst(16, 13, 5),
        "end": kst(16, 14, 0),
        "affected": ["apn2c-kfk03", "kfk-plog", "flink-chart", "plog-rcv", "chart-tick"],
    },
    {
        "id": "M7",
        "kind": "cache_cpu_blocking_commands",
        "root": "rd-session",
        "description": "in Wednesday's evening commute rd-session's engine CPU saturates on a session cleanup job's"
        " KEYS scans, commands queue and time out: mem-auth (4.12.0 deployed at 18:10, loudest), tempo-api and"
        " tempo-gw fail logins and playback starts (ongoing)",
        "start": kst(17, 18, 35),
        "end": None,
        "affected": ["rd-session", "mem-auth", "tempo-api", "tempo-gw"],
    },
]
M1, M2, M3, M4, M5, M6, M7 = INCIDENTS
REPAIR = (kst(7, 23, 0), kst(8, 6, 10))  # cas-kr1 weekly repair
RETENTION_UP = kst(11, 16, 0)  # kfk-plog retention 3 → 7 days
REASSIGN = kst(15, 10, 0)  # partition leaders moved onto apn2c-kfk03
RETRAIN = (kst(13, 21, 0), kst(13, 23, 55))  # the nightly retraining on the other GPU instance (noisy)
ADHOC = (kst(15, 14, 10), kst(15, 15, 40))  # an analyst's ad-hoc ClickHouse query
RELEASE = kst(12, 18, 0)  # Friday's new-release drop


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


def _ip(name: str, site: str, env: str, i: int) -> str:
    if name.startswith("ip-"):
        return ".".join(name.split("-")[1:])
    if site == "G":
        return f"172.20.{20 + i % 3}.{31 + (i * 7) % 200}"
    net = {"A": "10.41", "B": "10.42", "C": "10.43", "R": "10.40"}[site]
    return f"{net}.{100 + i % 40}.{10 + (i * 29) % 230}"


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
        owner = CLOUD
        attrs: dict = {"ip": _ip(h, site, env, i)}
        if kind == "eks":
            attrs |= {"os": "Amazon Linux 2023 (EKS 1.29)", "kubelet": "v1.29.3-eks"}
        elif kind == "ec2":
            attrs |= {"os": rng.choice(["Amazon Linux 2023", "Rocky Linux 9.3"]), "ami_date": "2027-08"}
            if "kfk" in h or "ch0" in h:
                owner = DATA
            elif "cas" in h or "es0" in h:
                owner = DBA if "cas" in h else SEARCH
        elif kind == "gpu":
            attrs |= {"os": "Ubuntu 22.04 (Deep Learning AMI)", "cuda": "12.2"}
            owner = ML
        else:  # IDC bare metal
            attrs |= {
                "os": rng.choice(["Rocky Linux 8.9", "RHEL 8.9"]),
                "cores": rng.choice([32, 48, 64]),
                "mem_gb": rng.choice([256, 384, 512]),
                "asset_tag": h.upper(),
                "serial": f"{rng.choice(['CN7', 'SGH', 'JPX'])}{rng.randint(100000, 999999)}",
                "도입일": rng.choice(["2022-03-14", "2023-01-09", "2023-10-30"]),
            }
            owner = IDC
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"172.20.0.{rng.randint(2, 250)}" if site == "G" else f"10.40.0.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _awake(h: float, rise: float, fall: float) -> float:
    """About 1 between `rise` and `fall` o'clock (fall may pass midnight), 0 outside, soft edges."""
    x = h if h >= rise - 3 else h + 24
    return 1 / (1 + math.exp(-(x - rise) * 2.5)) * 1 / (1 + math.exp(-(fall - x) * 2.5))


def _listen(ts: datetime) -> float:
    """Listening: weekday commute peaks 07:30–09:00 and 18:00–19:30, lunch, late-night listening; weekends later
    and flatter; Friday's 18:00 new-release drop and Saturday's comeback afterglow."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5:
        v = 0.1 + 0.34 * _awake(h, 7.0, 24.8) + 0.36 * _bump(h, 8.25, 0.5) + 0.38 * _bump(h, 18.8, 0.55)
        v += 0.06 * _bump(h, 12.5, 0.5) + 0.14 * _bump(h, 23.2, 1.1)
    else:
        v = 0.12 + 0.42 * _awake(h, 9.5, 25.5) + 0.12 * _bump(h, 15.5, 2.5) + 0.16 * _bump(h, 23.5, 1.2)
    if wd == 4 and h >= 18:  # new-release drop
        v += 0.22 * math.exp(-(h - 18) / 2.5)
    if wd == 5:
        v += 0.06
    return max(0.05, min(1.0, v))


def _chart(ts: datetime) -> float:
    """Chart readers: listening plus the rush at every hour's chart tick."""
    m = _local(ts).minute
    return max(0.05, min(1.0, 0.8 * _listen(ts) + (0.25 if m < 10 else 0.0)))


def _tick(ts: datetime) -> float:
    """The hourly chart job: busy in the first ten minutes of each hour."""
    return 0.85 if _local(ts).minute < 10 else 0.12


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1 + 0.03 * _bump(h, 14, 3)
    return 0.1 + 0.6 * (1 if 9 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1) + 0.1 * _bump(h, 10, 1)


def _idc(ts: datetime) -> float:
    """The IDC: the 00:30 playlog ETL, the monthly settlement run on the 10th, portal office hours."""
    h, d = seoul_hour(ts), _local(ts).day
    v = 0.15 + 0.4 * _office(ts)
    if 0.5 <= h < 1.2:
        v += 0.45
    if d == 10 and 1 <= h < 5:
        v += 0.55
    return max(0.05, min(1.0, v))


def _billing(ts: datetime) -> float:
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.55 * _listen(ts) + 0.25 * _office(ts) + (0.4 if 4 <= h < 4.6 else 0)))


def _retrain(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 21 <= h < 23.9 else 0.35 * _listen(ts) + 0.05


def _steady(ts: datetime) -> float:
    return 0.5


LISTEN_SIDE = {
    "tempo-gw", "tempo-api", "tempo-home", "coda-lic", "hls-pack", "orig-2a", "orig-2b", "orig-2c", "plog-rcv",
    "cadenza-meta", "fuga-search", "motif-reco", "feat-store", "trt-serve", "flink-chart", "abuse-guard",
    "gasa-api", "fanbbs", "allim-push", "mem-auth", "my-user", "my-catalog", "cas-kr1", "es-catalog", "rd-session",
    "rd-meta", "rd-lic", "rd-feast", "kfk-plog", "kfk-biz", "alb-tempo-ext", "nlb-lic", "alb-internal",
    "cdn-icn-sa1", "cdn-pus-1", "cdn-nrt-1", "obj-masters", "obj-ugc", "efs-flink-ckpt", "ip-10-41-3-18",
    "ip-10-41-5-77", "ip-10-42-4-201", "ip-10-42-9-36", "ip-10-43-2-145", "ip-10-43-7-92", "apn2a-kfk01",
    "apn2b-kfk02", "apn2c-kfk03", "apn2a-kfk11", "apn2b-kfk12", "apn2a-cas01", "apn2b-cas02", "apn2c-cas03",
    "apn2a-es01", "apn2b-es02", "apn2c-es03", "apn2a-ngx01", "apn2b-ngx02", "apn2c-ngx03", "i-0a7f3c19e2b4d5e61",
    "tgw-apne2",
}  # fmt: skip
CHART_SIDE = {"chart-api", "rd-chart", "ch-plays", "apn2a-ch01", "apn2b-ch02"}
TICK_SIDE = {"chart-tick"}
OFFICE = {"dist-ingest", "jacket-img", "sqs-jacket", "allim-camp", "apn2a-mon01", "vigil-mon", "sinbo_loader"}
IDC_SIDE = {
    "jeongsan_batch", "etl_playlog_daily", "rights-portal", "komca-xfer", "gsdw", "my-rights", "gsn-san01",
    "nas-settle", "bk-gsn01", "ast-2201", "ast-2202", "ast-2203", "ast-2204", "ast-2205", "ast-2206", "ast-2207",
    "elk-idc", "l4-gasan", "fw-gasan01", "core-gasan", "dx-gasan-apne2",
}  # fmt: skip
BILLING = {"gudok-api", "pg-bridge", "iap-verify", "bill_renew_batch", "my-billing"}
RETRAIN_SIDE = {"reco-train", "i-0d91be6c0a57f2e38"}


def _load(name: str):
    for group, shape in (
        (LISTEN_SIDE, _listen),
        (CHART_SIDE, _chart),
        (TICK_SIDE, _tick),
        (OFFICE, _office),
        (IDC_SIDE, _idc),
        (BILLING, _billing),
        (RETRAIN_SIDE, _retrain),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "M1": {0: (11.0, 3.0), 1: (4.0, 9.0), 2: (2.0, 5.0)},
    "M2": {0: (14.0, 2.5), 1: (6.0, 10.0), 2: (2.5, 12.0)},
    "M3": {0: (8.0, 6.0), 1: (5.0, 14.0), 2: (2.2, 7.0)},
    "M4": {0: (7.0, 6.0), 1: (4.0, 12.0), 2: (1.8, 5.0)},
    "M5": {1: (6.0, 15.0), 2: (3.0, 9.0), 3: (1.7, 4.5)},
    "M6": {1: (4.0, 8.0), 2: (3.0, 11.0), 3: (2.0, 6.0)},
    "M7": {0: (12.0, 9.0), 1: (3.5, 12.0), 2: (2.0, 6.0)},
}
EFFECT_OVERRIDE = {
    ("M1", "gasa-api"): (6.0, 24.0),
    ("M2", "jeongsan_batch"): (3.0, 38.0),
    ("M3", "gudok-api"): (5.5, 27.0),
    ("M4", "fuga-search"): (6.0, 31.0),
    ("M5", "motif-reco"): (4.5, 26.0),
    ("M6", "chart-tick"): (2.5, 35.0),
    ("M7", "mem-auth"): (4.0, 29.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.08, 1.0))
NETWORK_NAMES = set(NETWORK)


def _kafka_disk(ts: datetime, base: float) -> float:
    """apn2c-kfk03's /data/kafka: creeps up from Thursday's retention increase, climbs from Monday's partition
    reassignment until full at M6, then back after retention is cut and partitions are moved off."""
    if ts < RETENTION_UP:
        return base
    if ts < REASSIGN:
        return base + 1.6 * (ts - RETENTION_UP).total_seconds() / 86400
    at_reassign = base + 1.6 * (REASSIGN - RETENTION_UP).total_seconds() / 86400
    if ts < M6["start"]:
        p = (ts - REASSIGN).total_seconds() / (M6["start"] - REASSIGN).total_seconds()
        return at_reassign + (99.3 - at_reassign) * p**1.6
    if ts < M6["end"]:
        return 99.7
    return max(base - 4.0, 99.7 - 40 * (ts - M6["end"]).total_seconds() / 2400)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(14, 36), rng.uniform(36, 62), rng.uniform(22, 52)
    growth = rng.uniform(0, 0.12)
    if name == "ast-2207":  # the ELK log volume creeps up
        disk0, growth = 62.0, 1.42
    if name == "apn2c-kfk03":
        disk0, growth = 57.0, 0.0
    if name == "apn2b-ngx02":  # drained origin
        cpu0 = 3.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "apn2c-kfk03":
            disk = _kafka_disk(ts, disk) + rng.gauss(0, 0.1)
            cpu += 18 * ramp(ts, M6["start"], M6["end"], rise=5, fall=10)
        if name in ("apn2a-cas01", "apn2b-cas02", "apn2c-cas03"):  # repair, then compaction under load
            cpu += 16 * ramp(ts, REPAIR[0], M1["end"], rise=20, fall=20)
            cpu += 22 * ramp(ts, M1["start"], M1["end"], rise=5, fall=10)
        if name in ("apn2a-es01", "apn2b-es02", "apn2c-es03"):  # hot shards
            cpu += (95.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, M4["start"], M4["end"], rise=5, fall=10)
        if name == "i-0a7f3c19e2b4d5e61":  # Xid 79: kernel threads spin on the lost GPU
            cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, M5["start"], M5["end"], rise=5, fall=10)
            mem += 18 * ramp(ts, M5["start"], M5["end"], rise=5, fall=10)
        if name == "i-0d91be6c0a57f2e38":  # the retraining (noisy neighbour)
            cpu += 38 * ramp(ts, RETRAIN[0], RETRAIN[1], rise=10, fall=10)
        if name == "apn2a-ch01":  # the analyst's ad-hoc query
            cpu += 41 * ramp(ts, ADHOC[0], ADHOC[1], rise=5, fall=10)
        if name in ("ast-2201", "ast-2202", "ast-2203"):  # DW hosts wait on the SAN
            cpu *= 1 - 0.5 * ramp(ts, M2["start"], M2["end"], rise=5, fall=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"dx-gasan-apne2": 2.4, "tgw-apne2": 0.6}.get(name, rng.uniform(0.2, 0.8))
    load = _load(name)
    dx_maint = (kst(14, 2, 0), kst(14, 3, 40))  # Direct Connect planned maintenance (Saturday night)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "dx-gasan-apne2" and dx_maint[0] <= ts < dx_maint[1]:  # on the backup VPN
            rtt *= 3.2
            loss += 0.4
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"gsn-san01": (66, 67), "nas-settle": (58, 59), "bk-gsn01": (61, 63)}.get(name, (30, 52))
    per_day = 0.25 if name == "nas-settle" else 0.06
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = {"gsn-san01": 0.6, "efs-flink-ckpt": 2.2}.get(name, rng.uniform(3, 9))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "bk-gsn01" and 3 <= seoul_hour(ts) < 4.5:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "tempo-gw": 38.0, "tempo-api": 62.0, "tempo-home": 140.0, "coda-lic": 45.0, "hls-pack": 28.0, "orig-2a": 9.0,
    "orig-2b": 9.0, "orig-2c": 9.5, "plog-rcv": 6.0, "cadenza-meta": 34.0, "dist-ingest": 420.0,
    "sinbo_loader": 650.0, "jacket-img": 85.0, "fuga-search": 72.0, "motif-reco": 95.0, "feat-store": 11.0,
    "trt-serve": 18.0, "reco-train": 300.0, "flink-chart": 240.0, "chart-tick": 520.0, "chart-api": 22.0,
    "abuse-guard": 160.0, "gudok-api": 58.0, "pg-bridge": 310.0, "iap-verify": 380.0, "bill_renew_batch": 450.0,
    "jeongsan_batch": 600.0, "etl_playlog_daily": 540.0, "rights-portal": 260.0, "komca-xfer": 180.0,
    "gasa-api": 26.0, "fanbbs": 88.0, "allim-push": 120.0, "allim-camp": 210.0, "mem-auth": 31.0,
    "vigil-mon": 70.0, "elk-idc": 110.0,
    "my-user": 1.8, "my-catalog": 2.1, "my-billing": 2.6, "my-rights": 3.4, "cas-kr1": 2.9, "ch-plays": 38.0,
    "es-catalog": 14.0, "gsdw": 95.0,
    "rd-session": 0.35, "rd-meta": 0.4, "rd-chart": 0.3, "rd-lic": 0.3, "rd-feast": 0.5,
    "kfk-plog": 4.5, "kfk-biz": 5.5, "sqs-jacket": 12.0,
    "alb-tempo-ext": 2.2, "nlb-lic": 0.8, "alb-internal": 1.4, "l4-gasan": 0.9, "cdn-icn-sa1": 14.0,
    "cdn-pus-1": 17.0, "cdn-nrt-1": 26.0,
}  # fmt: skip
REQUEST_RATE = {
    "tempo-gw": 36000.0, "tempo-api": 14500.0, "tempo-home": 2400.0, "coda-lic": 5200.0, "hls-pack": 21000.0,
    "orig-2a": 9800.0, "orig-2b": 9800.0, "orig-2c": 10400.0, "plog-rcv": 18500.0, "cadenza-meta": 26000.0,
    "dist-ingest": 45.0, "sinbo_loader": 12.0, "jacket-img": 820.0, "fuga-search": 3900.0, "motif-reco": 3100.0,
    "feat-store": 15200.0, "trt-serve": 6200.0, "flink-chart": 18200.0, "chart-tick": 30.0, "chart-api": 6100.0,
    "abuse-guard": 4200.0, "gudok-api": 2600.0, "pg-bridge": 160.0, "iap-verify": 210.0, "jeongsan_batch": 55.0,
    "rights-portal": 24.0, "gasa-api": 5400.0, "fanbbs": 1700.0, "allim-push": 950.0, "mem-auth": 3300.0,
    "my-user": 9800.0, "my-catalog": 31000.0, "my-billing": 4100.0, "my-rights": 600.0, "cas-kr1": 24000.0,
    "ch-plays": 420.0, "es-catalog": 5200.0, "gsdw": 140.0, "rd-session": 42000.0, "rd-meta": 88000.0,
    "rd-chart": 15000.0, "rd-lic": 9800.0, "rd-feast": 31000.0, "kfk-plog": 19000.0, "kfk-biz": 3400.0,
    "sqs-jacket": 140.0, "alb-tempo-ext": 37000.0, "nlb-lic": 5300.0, "alb-internal": 21000.0,
    "l4-gasan": 60.0, "cdn-icn-sa1": 52000.0, "cdn-pus-1": 17000.0, "cdn-nrt-1": 4800.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "rd-session": (54.0, 8.0), "rd-meta": (71.0, 4.0), "rd-chart": (38.0, 6.0), "rd-lic": (46.0, 5.0),
    "rd-feast": (63.0, 3.0), "kfk-plog": (58.0, 9.0), "kfk-biz": (44.0, 6.0),
}  # fmt: skip
DB_CPU = {  # managed stores with an engine CPU gauge: (base, swing with load)
    "my-user": (14.0, 30.0), "my-catalog": (18.0, 34.0), "my-billing": (12.0, 24.0), "es-catalog": (20.0, 36.0),
    "ch-plays": (22.0, 30.0), "rd-session": (9.0, 30.0), "rd-meta": (12.0, 28.0), "gsdw": (18.0, 40.0),
}  # fmt: skip


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu_base, cpu_swing = DB_CPU.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is M4 and name in ("fuga-search", "es-catalog"):
                req *= 1 + 0.5 * r  # the comeback search storm and retries
            if inc is M2 and name == "jeongsan_batch":
                req *= 1 - 0.75 * r
            if inc is M6 and name in ("plog-rcv", "kfk-plog", "flink-chart"):
                req *= 1 - 0.6 * r  # produce/consume failures
            if inc is M7 and name == "rd-session":
                req *= 1 - 0.45 * r  # commands stuck behind KEYS
            if inc is M5 and name == "trt-serve":
                req *= 1 - 0.5 * r
        if name == "orig-2b":  # drained
            req *= 0.02
        if name == "jeongsan_batch" and not (_local(ts).day == 10 and 1 <= seoul_hour(ts) < 5):
            req *= 0.05
        if name == "sinbo_loader" and ts >= RELEASE and ts < RELEASE + timedelta(hours=1, minutes=10):
            req *= 14  # the release reindex
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "kfk-plog":
                mem += 12 * ramp(ts, M6["start"], M6["end"], rise=10, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:
            cpu = cpu_base + cpu_swing * d + rng.gauss(0, 1.0)
            if name == "es-catalog":
                cpu += (96.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, M4["start"], M4["end"], rise=5, fall=10)
            if name == "rd-session":
                cpu += (98.6 + rng.gauss(0, 0.4) - cpu) * ramp(ts, M7["start"], M7["end"], rise=5)
            if name == "ch-plays":
                cpu += 38 * ramp(ts, ADHOC[0], ADHOC[1], rise=5, fall=10)
            if name == "gsdw":
                cpu *= 1 - 0.6 * ramp(ts, M2["start"], M2["end"], rise=5, fall=10)  # waiting on I/O
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The hourly chart tick, the nightly ETL, the renewal batch, the distributor feeds, the retraining and the
    public ALB certificate warning."""
    rows = []
    for d in range(7, 18):
        for hh in range(24):
            if (d, hh) == (16, 14):
                continue  # the 14:00 chart failed (M6)
            rows.append(
                (d, hh, 3, "chart-tick", "info", "batch_job", f"실시간 차트 {hh:02d}시 TOP100 반영 완료")
            )
        rows.append(
            (
                d,
                0,
                30,
                "etl_playlog_daily",
                "info",
                "batch_job",
                "일 재생로그 DW 적재 시작 (dag playlog_to_gp)",
            )
        )
        rows.append((d, 1, 8, "etl_playlog_daily", "info", "batch_job", "일 재생로그 DW 적재 완료"))
        rows.append(
            (d, 4, 0, "bill_renew_batch", "info", "batch_job", "정기결제 갱신 배치 시작 (RENEW_DAILY)")
        )
        rows.append((d, 4, 36, "bill_renew_batch", "info", "batch_job", "정기결제 갱신 배치 완료"))
        rows.append((d, 6, 0, "dist-ingest", "info", "batch_job", "유통사 일일 DDEX 피드 수집 시작"))
        rows.append((d, 21, 0, "reco-train", "info", "batch_job", "추천 모델 재학습 시작 (two-tower v14)"))
        left = (datetime(2027, 11, 24) - datetime(2027, 11, d)).days
        rows.append(
            (d, 9, 0, "alb-tempo-ext", "warning", "cert_expiry",
             f"TLS certificate api.naraemusic.com expires in {left} days (2027-11-24), Sectigo manual renewal")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (7, 23, 0, "cas-kr1", "info", "maintenance", "주간 정기 repair 시작 (nodetool repair -pr, keyspace lyrics/community/features)"),
    (8, 6, 10, "cas-kr1", "info", "maintenance", "repair 완료, pending compactions 1,840"),
    (8, 7, 40, "gasa-api", "info", "deployment", "gasa-api 3.4.0 배포 (번역 가사 노출)"),
    (8, 11, 0, "ast-2207", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (9, 10, 30, "tempo-api", "info", "deployment", "tempo-api 7.14.2 배포 (이어듣기 동기화 수정)"),
    (9, 11, 0, "orig-2b", "info", "maintenance", "AZ b 오리진 AMI 재빌드, CDN 풀에서 제외"),
    (9, 14, 0, "tempo-api-stg", "info", "deployment", "tempo-api-stg 7.15.0-rc3 배포"),
    (9, 17, 0, "jeongsan_batch", "info", "config_change", "11월 정산 요율 룰 반영 (스트리밍 상품 징수규정 2027 개정)"),
    (9, 22, 0, "gsn-san01", "info", "change_notice", "VSP E790 마이크로코드 93-07-21 적용 완료 (컨트롤러 순차 재기동)"),
    (10, 1, 0, "jeongsan_batch", "info", "batch_job", "11월 저작권료 정산 배치 시작 (JOB_ROYALTY_MONTHLY)"),
    (10, 15, 0, "fuga-search-stg", "info", "maintenance", "ES 8.15 업그레이드 리허설 (스테이징 점검)"),
    (11, 10, 20, "cadenza-meta", "info", "deployment", "cadenza-meta 5.2.1 배포 (크레딧 정보 확장)"),
    (11, 11, 0, "ast-2207", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (11, 14, 5, "gudok-api", "info", "deployment", "gudok-api 6.2.0 배포 (가족 이용권 신설)"),
    (11, 16, 0, "kfk-plog", "info", "config_change", "topic playlog.v3 retention.ms 3일 → 7일 (차트 감사 대응)"),
    (12, 15, 0, "allim-push", "info", "deployment", "allim-push 5.0.2 배포"),
    (12, 17, 35, "fuga-search", "info", "deployment", "fuga-search 4.0.3 배포 (초성 검색 개선)"),
    (12, 18, 0, "sinbo_loader", "info", "batch_job", "신곡 발매 배치 시작: 1,284곡 공개, 검색 재색인"),
    (12, 18, 0, "allim-camp", "info", "batch_job", "컴백 알림 캠페인 발송 (대상 4.2M)"),
    (13, 2, 0, "dx-gasan-apne2", "info", "maintenance", "Direct Connect 정기 점검 (02:00–03:40, VPN 백업 경로 전환)"),
    (13, 3, 40, "dx-gasan-apne2", "info", "maintenance", "Direct Connect 점검 종료, 전용선 복귀"),
    (13, 22, 30, "motif-reco", "info", "deployment", "motif-reco 2.11.0 배포 (다음 곡 추천 랭커 교체)"),
    (14, 10, 0, "motif-reco-dev", "info", "deployment", "motif-reco-dev 2.12.0-dev 배포"),
    (15, 10, 0, "kfk-plog", "info", "config_change", "partition reassignment 실행 (리더 재배치, broker 3 편중)"),
    (15, 11, 0, "coda-lic", "info", "deployment", "coda-lic 2.8.5 배포 (FairPlay 오프라인 키 갱신)"),
    (15, 11, 30, "ast-2207", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (15, 14, 12, "ch-plays", "warning", "performance", "ad-hoc 쿼리 (분석팀) memory limit 근접, 실행 84분"),
    (15, 22, 0, "apn2c-kfk03", "warning", "disk", "/data/kafka 78% used"),
    (16, 9, 0, "apn2c-kfk03", "warning", "disk", "/data/kafka 88% used"),
    (16, 12, 40, "chart-tick", "info", "deployment", "chart-tick 2.4.0 배포 (장르 차트 추가)"),
    (17, 10, 0, "gudok-api-stg", "info", "deployment", "gudok-api-stg 6.3.0-rc1 배포"),
    (17, 18, 10, "mem-auth", "info", "deployment", "mem-auth 4.12.0 배포 (애플 로그인 토큰 갱신 변경)"),
    # M1 (Monday morning commute)
    (8, 7, 56, "cas-kr1", "warning", "latency", "read p99 180 ms (pending compactions 2,310)"),
    (8, 7, 59, "cas-kr1", "critical", "latency", "read p99 1.2 s, ReadTimeoutException 증가 (LOCAL_QUORUM)"),
    (8, 8, 2, "gasa-api", "critical", "error", "싱크 가사 조회 타임아웃, 5xx 24%"),
    (8, 8, 4, "feat-store", "major", "error", "online feature 조회 지연 (Cassandra timeout)"),
    (8, 8, 6, "fanbbs", "major", "error", "팬 커뮤니티 피드 로딩 실패"),
    (8, 8, 12, "motif-reco", "warning", "error", "피처 누락으로 기본 추천 fallback"),
    (8, 8, 30, "cas-kr1", "info", "config_change", "compaction_throughput 64 → 256 MB/s, concurrent_compactors 4 → 8"),
    (8, 8, 55, "gasa-api", "info", "recovery", "가사 조회 정상"),
    # M2 (settlement night)
    (10, 1, 21, "gsn-san01", "critical", "hardware", "CTL2 failure detected, failover to CTL1 (MP blade 2 reset)"),
    (10, 1, 24, "gsn-san01", "major", "latency", "LDEV response time 85 ms (write pending 72%)"),
    (10, 1, 27, "gsdw", "critical", "performance", "segment mirror 지연, 쿼리 대기 (I/O wait)"),
    (10, 1, 33, "jeongsan_batch", "critical", "batch_job", "JOB_ROYALTY_MONTHLY step 4 (인접권 분배) FAILED: query timeout"),
    (10, 1, 36, "rights-portal", "major", "error", "정산서 조회 실패 (DW timeout)"),
    (10, 2, 5, "gsn-san01", "info", "recovery", "CTL2 복구, 이중화 정상"),
    (10, 2, 40, "jeongsan_batch", "info", "batch_job", "JOB_ROYALTY_MONTHLY 재실행 (step 4부터)"),
    (10, 5, 10, "jeongsan_batch", "info", "batch_job", "11월 저작권료 정산 배치 완료 (지연)"),
    # M3 (Thursday afternoon)
    (11, 14, 18, "my-billing", "info", "config_change", "ALTER TABLE subscription ADD COLUMN family_owner_id (직접 DDL, DBA)"),
    (11, 14, 21, "my-billing", "critical", "lock", "Waiting for table metadata lock: 1,240 sessions (subscription)"),
    (11, 14, 24, "gudok-api", "critical", "error", "이용권 조회 타임아웃, 5xx 27%"),
    (11, 14, 25, "pg-bridge", "major", "error", "결제 승인 후 DB 기록 실패"),
    (11, 14, 27, "iap-verify", "major", "error", "영수증 검증 결과 저장 실패"),
    (11, 14, 31, "coda-lic", "major", "error", "이용권 확인 실패로 라이선스 발급 거절 증가"),
    (11, 15, 8, "my-billing", "info", "config_change", "DDL 세션 KILL, 장기 트랜잭션 종료"),
    (11, 15, 20, "gudok-api", "info", "recovery", "구독 API 정상"),
    # M4 (Friday new-release drop)
    (12, 18, 6, "es-catalog", "warning", "cpu", "search thread pool queue 1,000, node CPU 93%"),
    (12, 18, 8, "es-catalog", "critical", "performance", "es_rejected_execution_exception (search), hot shards on songs_v7"),
    (12, 18, 11, "fuga-search", "critical", "error", "검색 응답 실패 31% (ES rejected)"),
    (12, 18, 14, "sinbo_loader", "major", "error", "재색인 bulk 요청 실패, 재시도 중"),
    (12, 18, 22, "tempo-gw", "warning", "error", "upstream fuga-search 5xx 증가"),
    (12, 18, 45, "es-catalog", "info", "config_change", "재색인 throttle (requests_per_second 500), replica 1 → 2"),
    (12, 19, 5, "fuga-search", "info", "recovery", "검색 정상"),
    # M5 (Saturday late night)
    (13, 22, 51, "i-0a7f3c19e2b4d5e61", "critical", "hardware", "NVRM: Xid 79, GPU 2 has fallen off the bus"),
    (13, 22, 55, "trt-serve", "major", "error", "model two_tower_v13 instance unavailable on i-0a7f3c19e2b4d5e61"),
    (13, 23, 1, "motif-reco", "critical", "error", "추천 추론 타임아웃 26%, fallback 급증"),
    (13, 23, 8, "tempo-home", "warning", "error", "홈 믹스 생성 실패, 차트 기반 대체"),
    (13, 23, 40, "i-0a7f3c19e2b4d5e61", "info", "config_change", "인스턴스 stop/start (호스트 교체)"),
    (13, 23, 50, "motif-reco", "info", "recovery", "추천 정상"),
    # M6 (Tuesday afternoon)
    (16, 13, 6, "apn2c-kfk03", "critical", "disk", "/data/kafka 100% full, log dir offline"),
    (16, 13, 9, "kfk-plog", "critical", "error", "NOT_ENOUGH_REPLICAS / KafkaStorageException on broker 3"),
    (16, 13, 14, "plog-rcv", "major", "error", "재생 로그 produce 실패, 로컬 버퍼 적재"),
    (16, 13, 16, "flink-chart", "major", "error", "job restart loop, checkpoint 실패"),
    (16, 13, 35, "chart-tick", "warning", "error", "watermark 지연 28분"),
    (16, 14, 2, "chart-tick", "critical", "batch_job", "실시간 차트 14시 반영 실패 (집계 미완료)"),
    (16, 13, 50, "kfk-plog", "info", "config_change", "retention.ms 7일 → 3일 복구, broker 3 파티션 재배치"),
    (16, 14, 20, "chart-tick", "info", "recovery", "14시 차트 지연 반영 (14:18)"),
    # M7 (Wednesday evening commute, ongoing)
    (17, 18, 33, "rd-session", "warning", "performance", "slowlog: KEYS sess:* 2.4 s (session_gc)"),
    (17, 18, 37, "rd-session", "critical", "cpu", "EngineCPUUtilization 98%, command latency 40 ms"),
    (17, 18, 41, "mem-auth", "critical", "error", "토큰 갱신 실패 29% (Redis timeout)"),
    (17, 18, 43, "tempo-api", "major", "error", "재생 시작 세션 확인 실패"),
    (17, 18, 52, "tempo-gw", "warning", "error", "401/5xx 증가 (mem-auth, tempo-api)"),
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
    generate(NAME, "music-streaming", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
