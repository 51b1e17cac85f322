"""Generate the public bike-sharing estate (tests/fixtures/bike-share/, interchange format) and its faults file.

가람시 도시교통공사 공공자전거 '누리바퀴' (Nuri-bakwi): docking stations (대여소) with IoT controllers and LTE modems
(`st1207-ctl`, `st1207-lte` …) on KT's private M2M APN (`apn-gw-kt`); smart locks (GPS, battery) reporting over the
lock broker `vmq-lock` (VerneMQ) to the lock command service `lock-cmd` and the GPS tracker `gps-track` (TimescaleDB
`pgts-gps`); station telemetry through district hub relays (`hub-relay-dongbu` on `dongbu-agg01`, `hub-relay-seobu`
on `seobu-agg01`) into the station broker `emqx-dock`, the ingest `dock-ingest`, the Kafka cluster `kfk-nuri` and the
station-state Redis `kv-dock`; the rental app backend `nuri-app-bff` and web `nuri-web`, rental/QR unlock `daeyeo-api`
and returns `banap-svc` on PostgreSQL `pgdb-daeyeo`; membership `hoewon-svc` and passes (정기권/일일권)
`iyonggwon-svc` on the city's Tibero `tbr-hoewon`; payment `gyeolje-gw` with the card PG relay `card-pg-link`, the
교통카드 linkage `tmoney_link`, refunds `refund-svc` on MySQL `my-gyeolje` in a commercial cloud region; the nightly
02:00 settlement `jeongsan_batch` and rebalancing plan `jaebaechi-plan` (weather feed `weather-if`, ML forecast
`demand-fcst`) with truck dispatch `truck-dispatch`; the repair depot (북부정비센터) work orders `jeongbi-wo`; the
open-data availability API `opendata-api`; the call centre `callcenter-crm` / `cti-ivr`; the 통합관제센터 dashboard
`gwanje-dash`; push/알림톡 `noti-push`. Sites: 가람G클라우드 (the city's G-cloud data centre), 상용클라우드
kr-central-1, 통합관제센터, 북부정비센터, 동부허브, 서부허브; environments prod, stg, dev; owners are teams with
Korean and English names.

Naming (unlike the earlier estates): the brand prefix `nuri-*`; romanised Korean service names (`daeyeo-api` 대여,
`banap-svc` 반납, `hoewon-svc` 회원, `iyonggwon-svc` 이용권, `gyeolje-gw` 결제, `jaebaechi-plan` 재배치, `jeongbi-wo`
정비, `gwanje-dash` 관제); legacy snake_case (`jeongsan_batch`, `tmoney_link`, `bike_master_sync`,
`member_legacy_if`); engine-prefixed data stores (`pgdb-*`, `pgts-*`, `tbr-*`, `my-*`, `kv-*`, `kfk-*`); G-cloud
Kubernetes nodes (`gkp-node-a1`), G-cloud VMs (`gcl-nuri-vm21`) on ESXi (`esx-gcl-07`), bare metal by asset tag
(purchase yymm + serial, `sv2304-0912`), commercial-cloud instance ids (`ins-7f3a91c2`), and station numbers
(`st1207-ctl`).

Seven injected incidents (times KST; now = Monday 2029-04-23 14:20; the window is the 10 days before; commute peaks
07–09 and 18–20 on weekdays, weekend/holiday afternoon leisure peaks along the river, rain on Tuesday 17 from 13:00
kills rentals, the nightly 02:00 settlement and rebalancing plan):
  B1 Sat 14 15:10–16:05  (weekend river peak) the lock broker vmq-lock splits (netsplit after a node's long GC) and
                         drops lock sessions: lock-cmd (loudest, 3.2.0 deployed at 14:45), gps-track, daeyeo-api
                         (QR unlock fails), nuri-app-bff
  B2 Mon 16 18:30–19:25  (evening commute) the card PG relay card-pg-link hangs on the PG vendor's new TLS endpoint
                         and exhausts its pool: gyeolje-gw (loudest, 5.8.1 deployed at 18:05), iyonggwon-svc,
                         nuri-app-bff
  B3 Wed 18 07:55–08:50  (morning commute) pgdb-daeyeo hits max_connections (lowered 800 → 400 on Tuesday):
                         daeyeo-api (loudest, 7.4.0 deployed at 07:30), jaebaechi-plan, nuri-web; demand-fcst
                         retraining on gkp-node-a1 is a noisy neighbour of daeyeo-api at the same time
  B4 Thu 19 02:05–03:00  (night batch) nas-gcl-01 stalls deleting a huge snapshot (retention changed on Tuesday):
                         jeongsan_batch (loudest, 2.6.0 deployed Wednesday 18:30), jaebaechi-plan, truck-dispatch
  B5 Sat 21 14:30–15:25  (weekend river peak) the east district hub aggregator dongbu-agg01 saturates its CPU (a
                         log compression cron on the relay spool): hub-relay-dongbu (loudest), dock-ingest,
                         gwanje-dash
  B6 Sun 22 20:40–21:35  (Sunday evening) tbr-hoewon runs out of temp tablespace under the monthly member
                         statistics report: hoewon-svc (loudest, 4.1.3 deployed at 20:15), iyonggwon-svc,
                         callcenter-crm
  B7 Mon 23 13:45–now    a kfk-nuri broker's log disk fills (retention raised to 7 days on Thursday) and partitions
                         go offline: dock-ingest (loudest), gps-track, noti-push (2.2.0 deployed at 13:25),
                         gwanje-dash (ongoing)
Confounders: commute and leisure peaks, Tuesday's rain, the 02:00 settlement / rebalancing batch and 01:00 backups,
deploys on victims before B1, B2, B3, B4, B6 and B7 (and hub-relay-dongbu on the Friday before B5), demand-fcst's retraining (noisy neighbour) on Wednesday
morning, `st2101-ctl` (station relocation) and `truck-dispatch-stg` in maintenance, the retired
`member_legacy_if`, the log server `sv1907-0031` (elk-nuri) disk creeping up, and the open-data L4
`l4-gcl-open` certificate for openapi.nuribike.garam.go.kr expiring on 2029-04-30 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/bke_golden.py) are computed from the files.

    .venv/bin/python bench/bke_estate.py   # rewrites tests/fixtures/bike-share*
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

NAME = "bike-share"
NOW = datetime(2029, 4, 23, 5, 20, tzinfo=UTC)  # Monday 2029-04-23 14:20 KST
START = NOW - timedelta(days=10)  # Friday 2029-04-13 14:20 KST
SEED = 20290423
SITES = {"G": "가람G클라우드", "C": "상용클라우드 kr-central-1", "K": "통합관제센터", "R": "북부정비센터",
         "E": "동부허브", "W": "서부허브"}  # fmt: skip
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2029-04")

RENT, IOT, MEMBER, PAY = "대여플랫폼팀", "station-iot", "회원서비스팀", "payments-squad"
OPS, DEPOT, DATA, CS = "재배치운영팀", "정비센터IT", "data-lab", "고객센터운영팀"
GWANJE, PLAT, DBA, NET = "통합관제팀", "platform-eng", "DB운영파트", "망운영팀"
SEC, LEGACY = "정보보호팀", "구시스템관리"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- rider-facing
    "nuri-app-bff": ("service", RENT, "G", "P", ["gkp-node-a1", "gkp-node-a2"],
                     ["daeyeo-api", "hoewon-svc", "iyonggwon-svc", "gyeolje-gw", "kv-session", "notice-cms"],
                     {"desc": "누리바퀴 앱 BFF (iOS/Android)", "product": "Kotlin 1.9 / Spring Boot 3.2",
                      "version": "9.12.0", "replicas": 6, "app_min_version": "4.8.0", "port": 8080}),
    "nuri-web": ("service", RENT, "G", "P", ["gkp-node-a3"],
                 ["daeyeo-api", "hoewon-svc", "iyonggwon-svc", "kv-session", "notice-cms"],
                 {"desc": "누리바퀴 웹 (회원가입, 이용권 구매, 대여소 지도)", "product": "Next.js 14",
                  "version": "3.4.2", "replicas": 3, "domain": "www.nuribike.garam.go.kr"}),
    "daeyeo-api": ("service", RENT, "G", "P", ["gkp-node-a1", "gkp-node-a2"],
                   ["pgdb-daeyeo", "kv-dock", "lock-cmd", "kfk-nuri"],
                   {"desc": "대여 API (QR 대여, 잠금 해제 요청, 대여 이력)", "product": "Java 21 / Spring Boot 3.2",
                    "version": "7.4.0", "replicas": 8, "qr_ttl_sec": 90, "max_rent_min": 240}),
    "banap-svc": ("service", RENT, "G", "P", ["gkp-node-a3"], ["pgdb-daeyeo", "kv-dock", "kfk-nuri", "gyeolje-gw"],
                  {"desc": "반납 처리 (거치 확인, 초과요금 계산)", "product": "Java 21 / Spring Boot 3.2",
                   "version": "2.9.5", "replicas": 4, "overtime_fee_won_per_5min": 200}),
    "lock-cmd": ("service", IOT, "G", "P", ["gkp-node-a4"], ["vmq-lock", "kfk-nuri"],
                 {"desc": "스마트락 명령 서비스 (잠금 해제/잠금, 펌웨어 OTA)", "product": "Go 1.22",
                  "version": "3.2.0", "replicas": 4, "locks_registered": 6840, "unlock_timeout_ms": 4000}),
    "gps-track": ("service", IOT, "G", "P", ["gkp-node-a4"], ["vmq-lock", "kfk-nuri", "pgts-gps"],
                  {"desc": "자전거 GPS 위치/배터리 수집", "product": "Go 1.22", "version": "1.15.3", "replicas": 3,
                   "report_interval_sec": 30, "bikes": 6500}),
    "dock-ingest": ("service", IOT, "G", "P", ["gkp-node-a4"],
                    ["emqx-dock", "hub-relay-dongbu", "hub-relay-seobu", "kfk-nuri", "kv-dock"],
                    {"desc": "대여소 컨트롤러 텔레메트리 수집 (거치대 상태, 전원, 통신)", "product": "Go 1.22",
                     "version": "4.0.7", "replicas": 3, "stations": 512, "docks": 7300}),
    "hub-relay-dongbu": ("service", IOT, "E", "P", ["dongbu-agg01"], ["emqx-dock"],
                         {"desc": "동부권역 MQTT 브리지 릴레이 (대여소 → 중앙 브로커)", "product": "Mosquitto 2.0 bridge",
                          "version": "2.0.18", "stations": 268, "spool_gb": 40}),
    "hub-relay-seobu": ("service", IOT, "W", "P", ["seobu-agg01"], ["emqx-dock"],
                        {"desc": "서부권역 MQTT 브리지 릴레이", "product": "Mosquitto 2.0 bridge",
                         "version": "2.0.18", "stations": 244, "spool_gb": 40}),
    # ---------------------------------------------------------------- membership, passes, payment
    "hoewon-svc": ("service", MEMBER, "G", "P", ["gkp-node-a3"], ["tbr-hoewon", "kv-session"],
                   {"desc": "회원 서비스 (가입, 본인인증, 로그인)", "product": "Java 17 / Spring Boot 3.1",
                    "version": "4.1.3", "replicas": 4, "members": 412000, "auth": "PASS 본인인증"}),
    "iyonggwon-svc": ("service", MEMBER, "G", "P", ["gkp-node-a3"], ["tbr-hoewon", "gyeolje-gw"],
                      {"desc": "이용권 (정기권 30/180/365일, 일일권 1/2시간)", "product": "Java 17 / Spring Boot 3.1",
                       "version": "2.3.0", "replicas": 3, "day_pass_won": 1000, "season_pass_365_won": 30000}),
    "gyeolje-gw": ("service", PAY, "C", "P", ["ins-7f3a91c2", "ins-7f3a91d8"],
                   ["my-gyeolje", "card-pg-link", "tmoney_link"],
                   {"desc": "결제 게이트웨이 (카드, 간편결제, 교통카드)", "product": "Java 21 / Spring Boot 3.2",
                    "version": "5.8.1", "replicas": 4, "pci_dss": "SAQ A-EP", "port": 8443}),
    "card-pg-link": ("service", PAY, "C", "P", ["ins-2b06e4aa"], [],
                     {"desc": "카드 PG 연동 릴레이 (PG사 승인/취소 API)", "product": "Node.js 20",
                      "version": "1.9.4", "pg_vendor": "KG이니시스", "pool_size": 64, "timeout_ms": 8000}),
    "tmoney_link": ("service", PAY, "C", "P", ["ins-2b06e4aa"], ["my-gyeolje"],
                    {"desc": "교통카드 연계 (후불 교통카드 대여 승인, 정산 파일)", "product": "Java 8 (레거시)",
                     "version": "1.4.11", "partner": "티머니", "file_cycle": "일 1회 04:00"}),
    "refund-svc": ("service", PAY, "C", "P", ["ins-c41e0b57"], ["my-gyeolje", "gyeolje-gw"],
                   {"desc": "환불 처리 (이용권 환불, 오결제 취소)", "product": "Python 3.11 / FastAPI",
                    "version": "1.6.2", "auto_refund_limit_won": 30000}),
    "jeongsan_batch": ("service", PAY, "G", "P", ["gcl-nuri-vm21"],
                       ["my-gyeolje", "pgdb-daeyeo", "tbr-hoewon", "nas-gcl-01"],
                       {"desc": "야간 정산 배치 (카드사/교통카드 정산 파일, 일 매출 마감)", "product": "Spring Batch 5.1",
                        "version": "2.6.0", "schedule": "매일 02:00", "jobs": 17}),
    # ---------------------------------------------------------------- rebalancing, depot, data
    "jaebaechi-plan": ("service", OPS, "G", "P", ["gcl-nuri-vm22"],
                       ["pgdb-daeyeo", "kv-dock", "weather-if", "demand-fcst", "nas-gcl-01"],
                       {"desc": "재배치 계획 (야간 02:00 전체 계획, 주간 30분 재계산)", "product": "Python 3.11 / OR-Tools 9.9",
                        "version": "3.1.1", "schedule": "매일 02:00 + 30분 주기", "trucks": 14}),
    "truck-dispatch": ("service", OPS, "G", "P", ["gkp-node-a2"], ["jaebaechi-plan", "my-jeongbi", "noti-push"],
                       {"desc": "재배치 차량 배차 (기사 태블릿 앱)", "product": "Node.js 20 (NestJS)", "version": "2.0.9",
                        "trucks": 14, "drivers": 31}),
    "jeongbi-wo": ("service", DEPOT, "G", "P", ["gcl-nuri-vm23"], ["my-jeongbi", "kfk-nuri", "nas-jbc"],
                   {"desc": "정비 작업지시 (고장 신고, 수거, 수리 이력)", "product": "PHP 8.2 / Laravel 10",
                    "version": "1.12.4", "mechanics": 22, "daily_wo_avg": 180}),
    "bike_master_sync": ("service", DEPOT, "G", "P", ["gcl-nuri-vm23"], ["my-jeongbi", "pgdb-daeyeo"],
                         {"desc": "자전거 자산 마스터 동기화 (정비 DB → 대여 DB)", "product": "Python 3.8 cron",
                          "schedule": "매시 15분", "version": "0.9.2"}),
    "weather-if": ("service", DATA, "G", "P", ["gcl-nuri-vm24"], [],
                   {"desc": "기상청 단기예보/초단기실황 연계", "product": "Python 3.11", "version": "1.3.0",
                    "source": "기상청 API허브", "poll_min": 10}),
    "demand-fcst": ("service", DATA, "G", "P", ["gkp-node-a1"], ["pgts-gps", "weather-if"],
                    {"desc": "대여 수요예측 (대여소별 1시간 앞 수요)", "product": "Python 3.11 / LightGBM 4.3",
                     "version": "0.14.0", "retrain": "수요일 07:30 (주간)", "mape_target": 0.18}),
    "opendata-api": ("service", DATA, "G", "P", ["gcl-nuri-vm24"], ["kv-dock", "pgdb-daeyeo"],
                     {"desc": "공공데이터 대여소 실시간 현황 OpenAPI", "product": "Go 1.22", "version": "2.2.1",
                      "daily_quota_per_key": 10000, "api_keys": 1340,
                      "endpoint": "openapi.nuribike.garam.go.kr"}),
    "stat-report": ("service", DATA, "G", "P", ["gcl-nuri-vm21"], ["tbr-hoewon", "pgdb-daeyeo"],
                    {"desc": "이용 통계 리포트 (월간 회원 통계, 시 보고)", "product": "Pentaho 9.4",
                     "schedule": "매월 넷째 일요일 20:30", "version": "9.4.0"}),
    # ---------------------------------------------------------------- control centre, call centre, notices
    "gwanje-dash": ("service", GWANJE, "K", "P", ["gwanje-vw01"], ["dock-ingest", "gps-track", "kv-dock"],
                    {"desc": "통합관제 대시보드 (대여소 지도, 배터리, 통신 장애)", "product": "Grafana 10.4 + 자체 지도",
                     "version": "1.8.0", "screens": 12}),
    "callcenter-crm": ("service", CS, "K", "P", ["gcl-nuri-vm25"],
                       ["my-crm", "hoewon-svc", "refund-svc", "daeyeo-api"],
                       {"desc": "고객센터 CRM (상담 이력, 환불 접수)", "product": "자체개발 (Java 11)",
                        "version": "3.0.6", "agents": 28, "hotline": "1588-5252"}),
    "cti-ivr": ("service", CS, "K", "P", ["cc-ivr-01"], ["callcenter-crm"],
                {"desc": "CTI/IVR (ARS 안내, 상담원 연결)", "product": "Genesys Engage 8.5", "channels": 60}),
    "noti-push": ("service", RENT, "G", "P", ["gkp-node-a2"], ["kfk-nuri"],
                  {"desc": "푸시/알림톡/SMS 발송", "product": "Kotlin / Spring Boot 3.2", "version": "2.2.0",
                   "channels": "FCM, APNs, 카카오 알림톡"}),
    "notice-cms": ("service", RENT, "G", "P", ["gkp-node-a3"], [],
                   {"desc": "공지/이벤트 CMS", "product": "Strapi 4.20", "version": "4.20.1"}),
    "admin-sso": ("service", SEC, "G", "P", ["gcl-nuri-vm25"], [],
                  {"desc": "관리자 SSO (관제, 정비, 고객센터)", "product": "Keycloak 24.0", "version": "24.0.5",
                   "mfa": "OTP"}),
    "elk-nuri": ("service", PLAT, "G", "P", ["sv1907-0031"], [],
                 {"desc": "로그 수집/검색", "product": "Elasticsearch 8.13 + Logstash", "retention_days": 45}),
    "prom-nuri": ("service", PLAT, "G", "P", ["gcl-nuri-vm25"], [],
                  {"desc": "모니터링 (Prometheus/Alertmanager)", "product": "Prometheus 2.51", "targets": 1480}),
    # ---------------------------------------------------------------- staging, dev, retired
    "daeyeo-api-stg": ("service", RENT, "G", "S", ["gks-node-s1"], ["pgdb-daeyeo-stg", "kv-dock-stg"],
                       {"desc": "대여 API (스테이징)", "version": "7.5.0-rc1"}),
    "nuri-app-bff-stg": ("service", RENT, "G", "S", ["gks-node-s1"], ["daeyeo-api-stg"],
                         {"desc": "앱 BFF (스테이징)", "version": "9.13.0-rc2"}),
    "gyeolje-gw-stg": ("service", PAY, "C", "S", ["gks-node-s1"], [],
                       {"desc": "결제 게이트웨이 (스테이징, PG 테스트 MID)", "version": "5.9.0-rc1"}),
    "truck-dispatch-stg": ("service", OPS, "G", "S", ["gks-node-s1"], [],
                           {"desc": "배차 (스테이징, 태블릿 앱 3.0 검증)", "version": "3.0.0-beta1"}),
    "lock-cmd-dev": ("service", IOT, "G", "D", ["gkd-node-d1"], [],
                     {"desc": "스마트락 명령 (개발)", "version": "3.3.0-dev"}),
    "demand-fcst-dev": ("service", DATA, "G", "D", ["gkd-node-d1"], [],
                        {"desc": "수요예측 (개발, 강우 피처 실험)", "version": "0.15.0-dev"}),
    "member_legacy_if": ("service", LEGACY, "G", "P", [], [],
                         {"desc": "구 회원시스템 연계 (2027년 hoewon-svc로 대체)", "version": "1.1.8",
                          "decommissioned": "2027-11-30"}),
    # ---------------------------------------------------------------- databases
    "pgdb-daeyeo": ("database", DBA, "G", "P", ["sv2304-0912"], [],
                    {"engine": "postgresql", "version": "15.6", "product": "PostgreSQL 15 (Patroni)",
                     "port": 5432, "max_connections": 800, "size_gb": 1850, "pooler": "PgBouncer 1.22",
                     "desc": "대여/반납/대여소 운영 DB"}),
    "pgts-gps": ("database", DBA, "G", "P", ["sv2304-0913"], [],
                 {"engine": "postgresql", "version": "15.6", "product": "TimescaleDB 2.14", "port": 5432,
                  "retention": "180d", "size_gb": 4200, "desc": "자전거 GPS/배터리 시계열"}),
    "tbr-hoewon": ("database", DBA, "G", "P", ["sv2211-0457"], [],
                   {"engine": "tibero", "version": "7.2.1", "product": "Tibero 7 FS02", "port": 8629,
                    "sid": "NURIMEM", "temp_tbs_gb": 128, "desc": "회원/이용권 DB (시 표준 DBMS)"}),
    "my-gyeolje": ("database", DBA, "C", "P", ["ins-5d90a3e1"], [],
                   {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 (Group Replication)",
                    "port": 3306, "binlog_days": 7, "desc": "결제/환불/정산 DB"}),
    "my-jeongbi": ("database", DBA, "G", "P", ["gcl-nuri-vm26"], [],
                   {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0", "port": 3306,
                    "desc": "정비/차량/자산 DB"}),
    "my-crm": ("database", DBA, "K", "P", ["gcl-nuri-vm26"], [],
               {"engine": "mysql", "version": "5.7.44", "product": "MySQL 5.7 (EOL, 이관 예정)", "port": 3307,
                "desc": "고객센터 상담 DB"}),
    "pgdb-daeyeo-stg": ("database", DBA, "G", "S", ["gks-node-s1"], [],
                        {"engine": "postgresql", "version": "16.2", "product": "PostgreSQL 16", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "kv-dock": ("cache", IOT, "G", "P", ["sv2211-0458"], [],
                {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 24, "maxmemory_policy": "volatile-lru",
                 "port": 6379, "desc": "대여소/거치대 실시간 상태 캐시"}),
    "kv-session": ("cache", RENT, "G", "P", ["sv2211-0458"], [],
                   {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 8, "maxmemory_policy": "allkeys-lru",
                    "port": 6380, "desc": "앱/웹 세션, 로그인 토큰"}),
    "kv-dock-stg": ("cache", IOT, "G", "S", ["gks-node-s1"], [],
                    {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 2, "port": 6379}),
    "emqx-dock": ("queue", IOT, "G", "P", ["gcl-nuri-vm27"], [],
                  {"product": "EMQX 5.6.0", "protocol": "MQTT 3.1.1", "max_connections": 20000, "port": 8883,
                   "desc": "대여소 컨트롤러 MQTT 브로커"}),
    "vmq-lock": ("queue", IOT, "G", "P", ["gcl-nuri-vm27", "gcl-nuri-vm28"], [],
                 {"product": "VerneMQ 1.13.0", "protocol": "MQTT 5", "nodes": 2, "port": 8883,
                  "desc": "스마트락 MQTT 브로커 (LTE-M)"}),
    "kfk-nuri": ("queue", PLAT, "G", "P", ["sv2304-0914", "sv2304-0915"], [],
                 {"product": "Apache Kafka 3.7 (KRaft)", "brokers": 2, "topics": 46, "retention_hours": 168,
                  "port": 9092, "desc": "이벤트 스트림 (대여/반납/텔레메트리/알림)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-gcl-front": ("G", NET, ["nuri-app-bff", "nuri-web", "daeyeo-api"],
                     {"vendor": "Piolink", "model": "PAS-K 5424", "vip": "10.71.0.10", "firmware": "2.5.3",
                      "domain": "api.nuribike.garam.go.kr", "cert_expiry": "2029-11-02"}),
    "l4-gcl-open": ("G", NET, ["opendata-api"],
                    {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "10.71.0.20", "firmware": "2.5.3",
                     "domain": "openapi.nuribike.garam.go.kr", "cert_expiry": "2029-04-30",
                     "cert_issuer": "한국전자인증 (수동 갱신)"}),
    "alb-pay-kr1": ("C", PAY, ["gyeolje-gw", "refund-svc"],
                    {"vendor": "상용클라우드", "model": "Application Load Balancer", "vip": "172.20.4.15",
                     "listener": "HTTPS 443", "cert_expiry": "2030-01-19"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-gcl-01": ("G", PLAT, {"vendor": "NetApp", "model": "AFF A250", "ontap": "9.14.1P3", "capacity_tb": 120,
                               "protocol": "NFS v4.1", "snapshot_keep_days": 35,
                               "desc": "정산 파일, 재배치 계획 산출물"}, ["gcl-nuri-vm21", "gcl-nuri-vm22"]),
    "san-gcl-01": ("G", PLAT, {"vendor": "Hitachi", "model": "VSP E590", "capacity_tb": 240,
                               "desc": "DB 블록 스토리지 (PostgreSQL, Tibero)"},
                   ["sv2211-0457", "sv2304-0912", "sv2304-0913"]),
    "nas-jbc": ("R", DEPOT, {"vendor": "QNAP", "model": "TS-h1887XU", "capacity_tb": 72,
                             "desc": "정비 사진, 고장 신고 첨부"}, ["gcl-nuri-vm23", "jbc-ws-01"]),
    "obj-nuri-bkup": ("C", PLAT, {"vendor": "상용클라우드", "model": "Object Storage (Standard-IA)",
                                  "capacity_tb": 500, "desc": "DB 백업, 로그 아카이브"}, ["sv1907-0031"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "gkp-node-a1": ("G", "P", "k8s", {"role": "G-클라우드 K8s 운영 워커 (앱 BFF, 대여, 수요예측)", "pool": "app"}),
    "gkp-node-a2": ("G", "P", "k8s", {"role": "K8s 운영 워커 (앱 BFF, 대여, 배차, 알림)", "pool": "app"}),
    "gkp-node-a3": ("G", "P", "k8s", {"role": "K8s 운영 워커 (웹, 회원, 이용권, 반납)", "pool": "app"}),
    "gkp-node-a4": ("G", "P", "k8s", {"role": "K8s 운영 워커 (IoT: 락, GPS, 대여소 수집)", "pool": "iot"}),
    "gks-node-s1": ("G", "S", "k8s", {"role": "K8s 스테이징 워커", "pool": "stg"}),
    "gkd-node-d1": ("G", "D", "k8s", {"role": "K8s 개발 워커", "pool": "dev"}),
    "gcl-nuri-vm21": ("G", "P", "vm", {"role": "정산 배치, 통계 리포트"}),
    "gcl-nuri-vm22": ("G", "P", "vm", {"role": "재배치 계획 배치"}),
    "gcl-nuri-vm23": ("G", "P", "vm", {"role": "정비 작업지시, 자산 동기화"}),
    "gcl-nuri-vm24": ("G", "P", "vm", {"role": "공공데이터 API, 기상 연계"}),
    "gcl-nuri-vm25": ("G", "P", "vm", {"role": "CRM, SSO, 모니터링"}),
    "gcl-nuri-vm26": ("G", "P", "vm", {"role": "MySQL (정비, CRM)"}),
    "gcl-nuri-vm27": ("G", "P", "vm", {"role": "MQTT 브로커 (대여소, 락 #1)"}),
    "gcl-nuri-vm28": ("G", "P", "vm", {"role": "MQTT 브로커 (락 #2)"}),
    "esx-gcl-07": ("G", "P", "esx", {"role": "VMware ESXi (vm21–vm24)", "model": "Lenovo ThinkSystem SR650 V3"}),
    "esx-gcl-08": ("G", "P", "esx", {"role": "VMware ESXi (vm25–vm28)", "model": "Lenovo ThinkSystem SR650 V3"}),
    "sv2211-0457": ("G", "P", "bare", {"role": "Tibero NURIMEM", "model": "HPE ProLiant DL380 Gen10 Plus", "rack": "G2-14 U22"}),
    "sv2211-0458": ("G", "P", "bare", {"role": "Redis (kv-dock, kv-session)", "model": "HPE ProLiant DL360 Gen10 Plus", "rack": "G2-14 U18"}),
    "sv2304-0912": ("G", "P", "bare", {"role": "PostgreSQL 대여 DB (primary)", "model": "Dell PowerEdge R760", "rack": "G3-02 U30"}),
    "sv2304-0913": ("G", "P", "bare", {"role": "TimescaleDB GPS", "model": "Dell PowerEdge R760", "rack": "G3-02 U26"}),
    "sv2304-0914": ("G", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660", "rack": "G3-03 U12"}),
    "sv2304-0915": ("G", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660", "rack": "G3-03 U10"}),
    "sv1907-0031": ("G", "P", "bare", {"role": "로그 서버 (ELK)", "model": "Dell PowerEdge R740xd", "rack": "G1-08 U05"}),
    "ins-7f3a91c2": ("C", "P", "cloud", {"role": "결제 게이트웨이 #1", "instance_type": "c6.2xlarge", "az": "kr-central-1a"}),
    "ins-7f3a91d8": ("C", "P", "cloud", {"role": "결제 게이트웨이 #2", "instance_type": "c6.2xlarge", "az": "kr-central-1b"}),
    "ins-2b06e4aa": ("C", "P", "cloud", {"role": "PG 릴레이, 교통카드 연계", "instance_type": "m6.large", "az": "kr-central-1a"}),
    "ins-c41e0b57": ("C", "P", "cloud", {"role": "환불", "instance_type": "m6.large", "az": "kr-central-1b"}),
    "ins-5d90a3e1": ("C", "P", "cloud", {"role": "MySQL 결제 DB", "instance_type": "r6.4xlarge", "az": "kr-central-1a"}),
    "dongbu-agg01": ("E", "P", "hub", {"role": "동부허브 대여소 집선 서버", "model": "Lenovo ThinkEdge SE350", "district": "동부"}),
    "seobu-agg01": ("W", "P", "hub", {"role": "서부허브 대여소 집선 서버", "model": "Lenovo ThinkEdge SE350", "district": "서부"}),
    "jbc-ws-01": ("R", "P", "bare", {"role": "정비센터 진단 서버 (락 펌웨어 진단, 라벨 출력)", "model": "Dell PowerEdge T550"}),
    "gwanje-vw01": ("K", "P", "bare", {"role": "관제 상황판 서버 (비디오월)", "model": "Dell Precision 7960"}),
    "cc-ivr-01": ("K", "P", "bare", {"role": "CTI/IVR 서버", "model": "HPE ProLiant DL360 Gen10"}),
}
STATIONS = {  # 대여소: number: (name, district, docks, hub)
    "1207": ("강변공원 1번 출입구", "동부", 40, "dongbu-agg01"),
    "1208": ("강변공원 수영장 앞", "동부", 30, "dongbu-agg01"),
    "1310": ("동부시장 사거리", "동부", 20, "dongbu-agg01"),
    "0415": ("가람역 3번 출구", "서부", 35, "seobu-agg01"),
    "0533": ("시청 앞 광장", "서부", 25, "seobu-agg01"),
    "0822": ("가람대학교 정문", "서부", 30, "seobu-agg01"),
    "2101": ("서부체육공원 (이전 공사 중)", "서부", 15, "seobu-agg01"),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-gcl-dmz": ("G", {"device": "firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 2000", "firmware": "4.2.7"}),
    "core-sw-gcl": ("G", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                          "firmware": "NX-OS 10.3(4a)"}),
    "apn-gw-kt": ("G", {"device": "LTE private APN gateway", "vendor": "KT", "model": "M2M 전용 APN (nuribike.ktm2m)",
                        "circuit": "KT-APN-77310", "sims": 7210}),
    "vpn-dongbu": ("E", {"device": "VPN", "vendor": "AhnLab", "model": "TrusGuard 500B", "tunnel": "IPsec to 가람G클라우드"}),
    "vpn-seobu": ("W", {"device": "VPN", "vendor": "AhnLab", "model": "TrusGuard 500B", "tunnel": "IPsec to 가람G클라우드"}),
    "vpn-csp": ("C", {"device": "VPN", "vendor": "상용클라우드", "model": "Site-to-Site VPN (2 tunnels)",
                      "tunnel": "IPsec G-클라우드 ↔ kr-central-1"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("apn-gw-kt", "fw-gcl-dmz"),
    ("fw-gcl-dmz", "core-sw-gcl"),
    ("dongbu-agg01", "vpn-dongbu"),
    ("seobu-agg01", "vpn-seobu"),
    ("vpn-dongbu", "core-sw-gcl"),
    ("vpn-seobu", "core-sw-gcl"),
    ("vpn-csp", "core-sw-gcl"),
    ("ins-5d90a3e1", "vpn-csp"),
    ("ins-7f3a91c2", "vpn-csp"),
]
ESX = {"esx-gcl-07": ["gcl-nuri-vm21", "gcl-nuri-vm22", "gcl-nuri-vm23", "gcl-nuri-vm24"],
       "esx-gcl-08": ["gcl-nuri-vm25", "gcl-nuri-vm26", "gcl-nuri-vm27", "gcl-nuri-vm28"]}
# fmt: on
STATUS = {"st2101-ctl": "maintenance", "truck-dispatch-stg": "maintenance", "member_legacy_if": "retired"}
NET_PREFIX = {"G": "10.71", "C": "172.20", "K": "10.73", "R": "10.74", "E": "10.75", "W": "10.76"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "B1",
        "kind": "mqtt_netsplit",
        "root": "vmq-lock",
        "description": "on Saturday afternoon, at the river leisure peak, the lock broker vmq-lock splits after a"
        " long GC pause on one node and drops the smart locks' sessions: lock-cmd (3.2.0 deployed at 14:45,"
        " loudest) cannot deliver unlock commands, gps-track loses positions, daeyeo-api's QR unlocks time out and"
        " nuri-app-bff fails, until the cluster is healed and the locks reconnect",
        "start": kst(14, 15, 10),
        "end": kst(14, 16, 5),
        "affected": ["vmq-lock", "lock-cmd", "gps-track", "daeyeo-api", "nuri-app-bff"],
    },
    {
        "id": "B2",
        "kind": "pg_relay_pool_exhausted",
        "root": "card-pg-link",
        "description": "in Monday's evening commute the card PG relay card-pg-link hangs on the PG vendor's new"
        " TLS endpoint and its connection pool runs dry: gyeolje-gw (5.8.1 deployed at 18:05, loudest) cannot"
        " approve card payments, iyonggwon-svc cannot sell passes, nuri-app-bff fails, until the relay is pointed"
        " back at the old endpoint",
        "start": kst(16, 18, 30),
        "end": kst(16, 19, 25),
        "affected": ["card-pg-link", "gyeolje-gw", "iyonggwon-svc", "nuri-app-bff"],
    },
    {
        "id": "B3",
        "kind": "db_max_connections",
        "root": "pgdb-daeyeo",
        "description": "in Wednesday's morning commute pgdb-daeyeo reaches max_connections (lowered from 800 to 400"
        " on Tuesday): daeyeo-api (7.4.0 deployed at 07:30, loudest) cannot start rentals, the rebalancing"
        " recalculation jaebaechi-plan fails, nuri-web follows, until the limit is restored; demand-fcst's weekly"
        " retraining on gkp-node-a1 is a noisy neighbour at the same time",
        "start": kst(18, 7, 55),
        "end": kst(18, 8, 50),
        "affected": ["pgdb-daeyeo", "daeyeo-api", "jaebaechi-plan", "nuri-web"],
    },
    {
        "id": "B4",
        "kind": "nas_snapshot_stall",
        "root": "nas-gcl-01",
        "description": "in the small hours of Thursday nas-gcl-01 stalls deleting a huge snapshot (the retention was"
        " cut from 90 to 35 days on Tuesday): the 02:00 settlement jeongsan_batch (2.6.0 deployed Wednesday"
        " evening, loudest) times out writing the card-company files, jaebaechi-plan cannot publish the night"
        " plan, truck-dispatch has no routes, until the snapshot delete finishes",
        "start": kst(19, 2, 5),
        "end": kst(19, 3, 0),
        "affected": ["nas-gcl-01", "jeongsan_batch", "jaebaechi-plan", "truck-dispatch"],
    },
    {
        "id": "B5",
        "kind": "host_cpu_runaway",
        "root": "dongbu-agg01",
        "description": "on Saturday afternoon, at the river leisure peak, the east district hub aggregator"
        " dongbu-agg01 saturates its CPU (a log compression cron on the 40 GB relay spool): hub-relay-dongbu"
        " (loudest) lags and drops station messages, dock-ingest misses the east stations and gwanje-dash shows"
        " them offline, until the cron is killed",
        "start": kst(21, 14, 30),
        "end": kst(21, 15, 25),
        "affected": ["dongbu-agg01", "hub-relay-dongbu", "dock-ingest", "gwanje-dash"],
    },
    {
        "id": "B6",
        "kind": "db_temp_tablespace_full",
        "root": "tbr-hoewon",
        "description": "on Sunday evening the monthly member statistics report fills tbr-hoewon's temp tablespace"
        " and sorts fail: hoewon-svc (4.1.3 deployed at 20:15, loudest) cannot log members in, iyonggwon-svc"
        " cannot sell passes, callcenter-crm cannot look members up, until the report session is killed",
        "start": kst(22, 20, 40),
        "end": kst(22, 21, 35),
        "affected": ["tbr-hoewon", "hoewon-svc", "iyonggwon-svc", "callcenter-crm"],
    },
    {
        "id": "B7",
        "kind": "broker_log_disk_full",
        "root": "kfk-nuri",
        "description": "on Monday afternoon a kfk-nuri broker's log disk fills (retention raised from 3 to 7 days on"
        " Thursday) and its partitions go offline: dock-ingest (loudest), gps-track and noti-push (2.2.0 deployed"
        " at 13:25) time out producing, gwanje-dash goes stale (ongoing)",
        "start": kst(23, 13, 45),
        "end": None,
        "affected": ["kfk-nuri", "dock-ingest", "gps-track", "noti-push", "gwanje-dash"],
    },
]
B1, B2, B3, B4, B5, B6, B7 = INCIDENTS
KAFKA_RETENTION = kst(19, 16, 0)  # retention 72 h → 168 h
RAIN = (kst(17, 13, 0), kst(17, 23, 30))  # Tuesday's heavy rain
RETRAIN = (kst(18, 7, 30), kst(18, 9, 10))  # demand-fcst weekly retraining


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for esx, vms in ESX.items():
        rels += [(vm, esx, "RUNS_ON") for vm in vms]
    for no, (_, _, _, hub) in STATIONS.items():
        rels += [(f"st{no}-ctl", f"st{no}-lte", "CONNECTS_TO"), (f"st{no}-lte", "apn-gw-kt", "CONNECTS_TO"),
                 (f"st{no}-ctl", hub, "CONNECTS_TO")]  # fmt: skip
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
        owner = PLAT
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 30, 'D': 50}[env]) + i // 9}.{21 + (i * 41) % 200}"
        }
        if kind == "k8s":
            attrs |= {"os": "Ubuntu 22.04 LTS", "vcpu": rng.choice([16, 32]), "mem_gb": rng.choice([64, 128]),
                      "k8s": "G-클라우드 NKS 1.28", "container_runtime": "containerd 1.7"}  # fmt: skip
        elif kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Rocky Linux 9.3"]), "vcpu": rng.choice([4, 8, 16]),
                      "mem_gb": rng.choice([16, 32, 64]), "hypervisor": "VMware vSphere 7.0U3"}  # fmt: skip
        elif kind == "esx":
            attrs |= {"os": "VMware ESXi 7.0U3", "cores": 64, "mem_gb": 1024,
                      "serial": f"J{rng.randint(1000000, 9999999)}"}  # fmt: skip
        elif kind == "cloud":
            attrs |= {"os": "Ubuntu 22.04 LTS", "vpc": "vpc-nuri-pay", "image": "ubuntu-22.04-cis-hardened"}
            owner = PAY
        elif kind == "hub":
            attrs |= {"os": "Ubuntu 20.04 LTS", "cores": 8, "mem_gb": 32, "disk_gb": 480}
            owner = IOT
        else:  # bare metal
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "RHEL 8.9"]), "cores": rng.choice([24, 32, 48]),
                      "mem_gb": rng.choice([128, 256, 384])}  # fmt: skip
            if h in ("sv2211-0457", "sv2304-0912", "sv2304-0913"):
                owner = DBA
        if h.startswith(("gwanje-", "cc-")):
            owner = GWANJE if h.startswith("gwanje-") else CS
            attrs["os"] = "Windows Server 2022"
        if h.startswith("jbc-"):
            owner = DEPOT
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (no, (title, district, docks, hub)) in enumerate(STATIONS.items()):
        site = "E" if district == "동부" else "W"
        ctl = {"station_no": no, "station": title, "district": district, "docks": docks, "hub": hub,
               "vendor": "이노바이크", "model": "NBC-300" if j % 3 else "NBC-200", "firmware": "3.8.2" if j % 3 else "2.11.0",
               "power": "한전 저압 + 태양광" if docks >= 30 else "한전 저압", "ip": f"10.80.{12 if site == 'E' else 4}.{30 + j}"}  # fmt: skip
        cis.append(
            ci_record(
                f"st{no}-ctl", "host", "prod", IOT, SITES[site], ctl, STATUS.get(f"st{no}-ctl", "active")
            )
        )
        lte = {"station_no": no, "device": "LTE modem", "vendor": "텔레필드", "model": "TFM-L300", "carrier": "KT",
               "iccid": f"898230{rng.randint(10**12, 10**13 - 1)}", "apn": "nuribike.ktm2m"}  # fmt: skip
        cis.append(ci_record(f"st{no}-lte", "host", "prod", NET, SITES[site], lte))
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


def _rain(ts: datetime) -> float:
    return 0.3 if RAIN[0] <= ts < RAIN[1] else 1.0


def _riding(ts: datetime) -> float:
    """Rentals: weekday commute peaks (08:00, 18:45) and a midday plateau; weekend afternoons along the river;
    almost nothing 01–05; rain kills rentals."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        v = 0.08 + 0.75 * _bump(h, 15.5, 2.6) + 0.12 * _bump(h, 11, 2)
    else:
        v = 0.08 + 0.7 * _bump(h, 8.0, 0.8) + 0.75 * _bump(h, 18.75, 1.0) + 0.25 * _bump(h, 13, 3)
    if 1 <= h < 5:
        v *= 0.4
    return max(0.04, min(1.0, v * _rain(ts)))


def _fleet(ts: datetime) -> float:
    """Bike and station telemetry: every lock reports all day, more when riding."""
    return max(0.05, min(1.0, 0.4 + 0.6 * _riding(ts)))


def _office(ts: datetime) -> float:
    """The depot, the call centre and the control centre staff: 09–18 on weekdays, a skeleton on weekends."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.15 + 0.15 * (1 if 9 <= h < 18 else 0)
    return 0.12 + 0.6 * (1 if 9 <= h < 18 else 0) * (0.75 if 12 <= h < 13 else 1)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 3.3 else 0.25 * _riding(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


RIDING = {
    "nuri-app-bff", "nuri-web", "daeyeo-api", "banap-svc", "hoewon-svc", "iyonggwon-svc", "gyeolje-gw",
    "card-pg-link", "tmoney_link", "refund-svc", "opendata-api", "noti-push", "notice-cms", "pgdb-daeyeo",
    "tbr-hoewon", "my-gyeolje", "kv-session", "l4-gcl-front", "l4-gcl-open", "alb-pay-kr1", "gkp-node-a1",
    "gkp-node-a2", "gkp-node-a3", "sv2211-0457", "sv2304-0912", "ins-7f3a91c2", "ins-7f3a91d8", "ins-2b06e4aa",
    "ins-c41e0b57", "ins-5d90a3e1", "fw-gcl-dmz", "core-sw-gcl", "vpn-csp", "san-gcl-01", "demand-fcst",
}  # fmt: skip
FLEET = {
    "lock-cmd", "gps-track", "dock-ingest", "hub-relay-dongbu", "hub-relay-seobu", "kv-dock", "emqx-dock",
    "vmq-lock", "kfk-nuri", "pgts-gps", "gwanje-dash", "gkp-node-a4", "sv2211-0458", "sv2304-0913", "sv2304-0914",
    "sv2304-0915", "gcl-nuri-vm27", "gcl-nuri-vm28", "dongbu-agg01", "seobu-agg01", "apn-gw-kt", "vpn-dongbu",
    "vpn-seobu", "gwanje-vw01",
}  # fmt: skip
OFFICE = {"jeongbi-wo", "bike_master_sync", "callcenter-crm", "cti-ivr", "my-jeongbi", "my-crm", "admin-sso",
          "gcl-nuri-vm23", "gcl-nuri-vm25", "gcl-nuri-vm26", "jbc-ws-01", "cc-ivr-01", "nas-jbc",
          "truck-dispatch"}  # fmt: skip
BATCH = {"jeongsan_batch", "jaebaechi-plan", "stat-report", "gcl-nuri-vm21", "gcl-nuri-vm22", "nas-gcl-01",
         "obj-nuri-bkup", "esx-gcl-07"}  # fmt: skip


def _load(name: str):
    if name.startswith("st") and name[2:6].isdigit():
        return _riding
    for group, shape in ((RIDING, _riding), (FLEET, _fleet), (OFFICE, _office), (BATCH, _batch)):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "B1": {0: (4.0, 8.0), 1: (3.5, 12.0), 2: (2.2, 8.0), 3: (1.5, 5.0)},
    "B2": {0: (9.0, 6.0), 1: (5.0, 12.0), 2: (2.0, 7.0)},
    "B3": {0: (6.0, 3.5), 1: (4.0, 11.0), 2: (2.0, 6.0)},
    "B4": {0: (14.0, 2.5), 1: (4.0, 12.0), 2: (2.0, 7.0)},
    "B5": {1: (6.0, 12.0), 2: (2.5, 8.0), 3: (1.6, 5.0)},
    "B6": {0: (5.0, 6.0), 1: (3.5, 11.0), 2: (2.0, 7.0)},
    "B7": {0: (5.0, 9.0), 1: (3.0, 11.0), 2: (1.8, 6.0)},
}
EFFECT_OVERRIDE = {
    ("B1", "lock-cmd"): (5.0, 33.0),
    ("B2", "gyeolje-gw"): (6.5, 36.0),
    ("B3", "daeyeo-api"): (5.0, 29.0),
    ("B4", "jeongsan_batch"): (3.0, 42.0),
    ("B5", "hub-relay-dongbu"): (7.0, 31.0),
    ("B6", "hoewon-svc"): (4.0, 27.0),
    ("B7", "dock-ingest"): (3.5, 34.0),
    ("B7", "noti-push"): (2.4, 13.0),
}

HOST = HostBaseline(cpu=(0.55, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.45, 0.05), requests=(0.08, 1.0))

DISK_WATCHED = {
    "sv2211-0457", "sv2211-0458", "sv2304-0912", "sv2304-0913", "sv2304-0914", "sv2304-0915", "sv1907-0031",
    "gcl-nuri-vm21", "gcl-nuri-vm22", "gcl-nuri-vm26", "gcl-nuri-vm27", "dongbu-agg01", "seobu-agg01",
    "jbc-ws-01", "ins-5d90a3e1", "esx-gcl-07", "esx-gcl-08",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK) | {f"st{no}-lte" for no in STATIONS}
CONTROLLERS = {f"st{no}-ctl" for no in STATIONS}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 62), rng.uniform(22, 55)
    growth = rng.uniform(0, 0.08)
    if name == "sv1907-0031":  # ELK: the index volume creeps up
        disk0, growth = 63.0, 1.4
    if name in CONTROLLERS:
        cpu0, mem0 = rng.uniform(8, 18), rng.uniform(28, 40)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "dongbu-agg01":  # the compression cron on the relay spool
            cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, B5["start"], B5["end"], rise=5, fall=10)
        if name == "gkp-node-a1":  # demand-fcst's weekly retraining, the noisy neighbour
            cpu += 48 * ramp(ts, RETRAIN[0], RETRAIN[1], rise=10, fall=10)
            mem += 18 * ramp(ts, RETRAIN[0], RETRAIN[1], rise=10, fall=10)
        if name == "sv2304-0912":  # the connection storm on the rental DB
            cpu += 30 * ramp(ts, B3["start"], B3["end"], rise=5, fall=10)
            mem += 9 * ramp(ts, B3["start"], B3["end"], rise=5, fall=10)
        if name == "sv2211-0457":  # temp tablespace sorts
            cpu += 25 * ramp(ts, B6["start"] - timedelta(minutes=10), B6["end"], rise=10, fall=10)
        if name == "gcl-nuri-vm27":  # lock broker node GC
            mem += 22 * ramp(ts, B1["start"] - timedelta(minutes=10), B1["end"], rise=10, fall=10)
        if name == "st2101-ctl":
            cpu = 0.8 + abs(rng.gauss(0, 0.2))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = 38.0 if name.endswith("-lte") else {"vpn-dongbu": 4.2, "vpn-seobu": 3.9, "vpn-csp": 5.5,
                                                 "apn-gw-kt": 12.0}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.06))
        loss = max(0.0, rng.gauss(0.05 if name.endswith("-lte") else 0.02, 0.015))
        if name == "st2101-lte":  # the relocated station: modem powered but idle
            cpu = 1.0 + abs(rng.gauss(0, 0.2))
        if name == "vpn-dongbu":  # the hub's relay floods retransmits
            loss += 1.2 * ramp(ts, B5["start"], B5["end"], rise=5, fall=10)
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-gcl-01": (66, 67), "obj-nuri-bkup": (41, 43)}.get(name, (35, 55))
    per_day = 0.15 if name == "nas-jbc" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "san-gcl-01" else rng.uniform(1.5, 3.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "obj-nuri-bkup" and 1 <= seoul_hour(ts) < 2:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "nuri-app-bff": 95.0, "nuri-web": 180.0, "daeyeo-api": 120.0, "banap-svc": 110.0, "lock-cmd": 850.0,
    "gps-track": 25.0, "dock-ingest": 18.0, "hub-relay-dongbu": 35.0, "hub-relay-seobu": 33.0, "hoewon-svc": 75.0,
    "iyonggwon-svc": 140.0, "gyeolje-gw": 420.0, "card-pg-link": 380.0, "tmoney_link": 260.0, "refund-svc": 310.0,
    "jeongsan_batch": 640.0, "jaebaechi-plan": 520.0, "truck-dispatch": 160.0, "jeongbi-wo": 230.0,
    "bike_master_sync": 410.0, "weather-if": 300.0, "demand-fcst": 85.0, "opendata-api": 45.0,
    "stat-report": 900.0, "gwanje-dash": 320.0, "callcenter-crm": 260.0, "cti-ivr": 40.0, "noti-push": 70.0,
    "notice-cms": 150.0, "admin-sso": 45.0, "elk-nuri": 110.0, "prom-nuri": 60.0,
    "pgdb-daeyeo": 3.4, "pgts-gps": 5.2, "tbr-hoewon": 4.1, "my-gyeolje": 2.6, "my-jeongbi": 2.2, "my-crm": 3.0,
    "kv-dock": 0.45, "kv-session": 0.35, "emqx-dock": 2.1, "vmq-lock": 3.2, "kfk-nuri": 4.5,
    "l4-gcl-front": 0.9, "l4-gcl-open": 0.8, "alb-pay-kr1": 1.4,
}  # fmt: skip
REQUEST_RATE = {
    "nuri-app-bff": 1650.0, "nuri-web": 240.0, "daeyeo-api": 820.0, "banap-svc": 610.0, "lock-cmd": 140.0,
    "gps-track": 3900.0, "dock-ingest": 2600.0, "hub-relay-dongbu": 1350.0, "hub-relay-seobu": 1240.0,
    "hoewon-svc": 520.0, "iyonggwon-svc": 95.0, "gyeolje-gw": 180.0, "card-pg-link": 120.0, "tmoney_link": 60.0,
    "refund-svc": 8.0, "jeongsan_batch": 40.0, "jaebaechi-plan": 12.0, "truck-dispatch": 35.0, "jeongbi-wo": 22.0,
    "opendata-api": 460.0, "gwanje-dash": 30.0, "callcenter-crm": 18.0, "noti-push": 300.0,
    "pgdb-daeyeo": 6200.0, "pgts-gps": 7800.0, "tbr-hoewon": 2100.0, "my-gyeolje": 900.0, "my-jeongbi": 260.0,
    "kv-dock": 18500.0, "kv-session": 9400.0, "emqx-dock": 5200.0, "vmq-lock": 4300.0, "kfk-nuri": 11000.0,
    "l4-gcl-front": 2900.0, "l4-gcl-open": 470.0, "alb-pay-kr1": 190.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and databases with a memory gauge: (level, swing with load)
    "kv-dock": (55.0, 8.0), "kv-session": (47.0, 10.0), "emqx-dock": (38.0, 9.0), "vmq-lock": (42.0, 10.0),
    "kfk-nuri": (58.0, 6.0), "pgdb-daeyeo": (61.0, 7.0), "tbr-hoewon": (66.0, 5.0),
}  # fmt: skip


def _kafka_disk(rng: random.Random, ts: datetime) -> float:
    """kfk-nuri's log volume: flat under 72 h retention, then filling from Thursday's change until full at B7."""
    base = 54.0 + rng.gauss(0, 0.15)
    if ts < KAFKA_RETENTION:
        return base
    p = min(1.0, (ts - KAFKA_RETENTION).total_seconds() / (B7["start"] - KAFKA_RETENTION).total_seconds())
    return min(99.6, base + (98.7 - 54.0) * p**1.3 + (0.7 if ts >= B7["start"] else 0))


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
            if inc is B1 and name in ("vmq-lock", "lock-cmd"):
                req *= 1 - 0.5 * r  # locks disconnected
            if inc is B4 and name == "jeongsan_batch":
                req *= 1 - 0.8 * r
            if inc is B5 and name in ("hub-relay-dongbu", "dock-ingest"):
                req *= 1 - (0.6 if name == "hub-relay-dongbu" else 0.35) * r
            if inc is B7 and name == "kfk-nuri":
                req *= 1 - 0.45 * r
        if name in ("jeongsan_batch",) and not 2 <= seoul_hour(ts) < 3.3:
            req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "vmq-lock":
                mem += 25 * ramp(ts, B1["start"] - timedelta(minutes=10), B1["end"], rise=10, fall=10)
            if name == "tbr-hoewon":
                mem += (96.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, B6["start"], B6["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "pgdb-daeyeo":  # the DB's own CPU (host CPU as the DB sees it)
            cpu = 22 + 40 * d + rng.gauss(0, 1.2)
            cpu += 25 * ramp(ts, B3["start"], B3["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name == "kfk-nuri":
            row["disk_usage"] = round(_kafka_disk(rng, ts), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The settlement and rebalancing night batches, the DB backup and the open-data certificate warning."""
    rows = []
    for d in range(13, 24):
        if d != 19:
            rows.append(
                (d, 2, 0, "jeongsan_batch", "info", "batch_job", "야간 정산 배치 시작 (JOB_DAILY_SETTLE)")
            )
            rows.append(
                (
                    d,
                    2,
                    48,
                    "jeongsan_batch",
                    "info",
                    "batch_job",
                    "야간 정산 배치 완료, 카드사 정산 파일 전송",
                )
            )
            rows.append(
                (d, 2, 0, "jaebaechi-plan", "info", "batch_job", "야간 재배치 계획 산출 시작 (PLAN_NIGHTLY)")
            )
            rows.append((d, 2, 35, "jaebaechi-plan", "info", "batch_job", "재배치 계획 게시 (트럭 14대)"))
        rows.append((d, 1, 0, "pgdb-daeyeo", "info", "backup", "pgBackRest 증분 백업 (obj-nuri-bkup) 시작"))
        left = (datetime(2029, 4, 30) - datetime(2029, 4, d)).days
        rows.append(
            (d, 9, 0, "l4-gcl-open", "warning", "cert_expiry",
             f"SSL certificate openapi.nuribike.garam.go.kr expires in {left} days (2029-04-30), 수동 갱신 필요")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (13, 16, 0, "st2101-ctl", "info", "maintenance", "2101번 대여소 이전 공사 (서부체육공원 정문 → 후문), 운영 중지"),
    (14, 14, 45, "lock-cmd", "info", "deployment", "lock-cmd 3.2.0 배포 (잠금 해제 재시도 로직 변경)"),
    (15, 11, 0, "truck-dispatch-stg", "info", "maintenance", "배차 스테이징 점검 (태블릿 앱 3.0 검증 환경 구성)"),
    (16, 10, 20, "sv1907-0031", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (16, 17, 40, "card-pg-link", "info", "change_notice", "PG사 승인 API 엔드포인트 변경 공지 (4/16 18:00 신규 TLS 엔드포인트 전환)"),
    (16, 18, 5, "gyeolje-gw", "info", "deployment", "gyeolje-gw 5.8.1 배포 (간편결제 버튼 순서 변경)"),
    (17, 10, 30, "pgdb-daeyeo", "info", "config_change", "max_connections 800 → 400 (PgBouncer pool 전환, 파라미터 튜닝)"),
    (17, 11, 0, "nas-gcl-01", "info", "config_change", "스냅샷 보존기간 90일 → 35일 변경 (용량 확보)"),
    (17, 12, 40, "weather-if", "warning", "weather", "기상특보: 가람시 호우주의보 발효 (13:00~), 대여 급감 예상"),
    (17, 23, 40, "weather-if", "info", "weather", "호우주의보 해제"),
    (18, 7, 30, "daeyeo-api", "info", "deployment", "daeyeo-api 7.4.0 배포 (QR 재발급 API 추가)"),
    (18, 7, 30, "demand-fcst", "info", "batch_job", "주간 수요예측 모델 재학습 시작 (LightGBM, 4주 데이터)"),
    (18, 9, 8, "demand-fcst", "info", "batch_job", "주간 수요예측 모델 재학습 완료 (MAPE 0.17)"),
    (18, 18, 30, "jeongsan_batch", "info", "deployment", "jeongsan_batch 2.6.0 배포 (카드사 정산 파일 포맷 v3)"),
    (19, 12, 0, "sv1907-0031", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (19, 16, 0, "kfk-nuri", "info", "config_change", "log.retention.hours 72 → 168 (재배치 ML 재학습용 보존 연장)"),
    (20, 15, 0, "esx-gcl-08", "info", "maintenance", "ESXi 7.0U3q 패치 (vMotion 후 순차 재부팅)"),
    (20, 16, 30, "hub-relay-dongbu", "info", "deployment", "hub-relay-dongbu 2.0.18 배포 (브리지 재접속 backoff)"),
    (22, 9, 30, "sv1907-0031", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (22, 20, 15, "hoewon-svc", "info", "deployment", "hoewon-svc 4.1.3 배포 (PASS 인증 모듈 업데이트)"),
    (22, 20, 30, "stat-report", "info", "batch_job", "월간 회원 통계 리포트 시작 (RPT_MEMBER_MONTHLY)"),
    (23, 9, 0, "kfk-nuri", "warning", "disk", "broker 2 log dir /kafka-logs 95% used (retention 168h)"),
    (23, 13, 25, "noti-push", "info", "deployment", "noti-push 2.2.0 배포 (알림톡 템플릿 v5)"),
    # B1 (Saturday river peak)
    (14, 15, 4, "gcl-nuri-vm27", "warning", "memory", "beam.smp heap 87%, GC pause 14s"),
    (14, 15, 11, "vmq-lock", "critical", "cluster", "netsplit detected: VerneMQ@gcl-nuri-vm27 unreachable from VerneMQ@gcl-nuri-vm28"),
    (14, 15, 16, "lock-cmd", "critical", "error", "잠금 해제 명령 전달 실패 33% (MQTT publish timeout)"),
    (14, 15, 18, "gps-track", "major", "error", "락 위치 보고 수신 급감 (세션 끊김)"),
    (14, 15, 22, "daeyeo-api", "major", "error", "QR 대여 실패 증가 (unlock timeout)"),
    (14, 15, 28, "nuri-app-bff", "warning", "error", "앱 대여 화면 오류 응답 증가"),
    (14, 15, 55, "vmq-lock", "info", "config_change", "클러스터 재결합 (vmq-admin cluster join), 세션 복구"),
    (14, 16, 10, "lock-cmd", "info", "recovery", "잠금 해제 정상"),
    # B2 (Monday evening commute)
    (16, 18, 31, "card-pg-link", "warning", "latency", "PG 승인 API 응답 지연 6.2s (신규 엔드포인트 TLS handshake)"),
    (16, 18, 34, "card-pg-link", "critical", "error", "connection pool exhausted (64/64), 승인 요청 대기열 적체"),
    (16, 18, 37, "gyeolje-gw", "critical", "error", "카드 결제 승인 실패 36% (PG timeout)"),
    (16, 18, 42, "iyonggwon-svc", "major", "error", "이용권 구매 실패 (결제 승인 지연)"),
    (16, 18, 45, "nuri-app-bff", "warning", "error", "결제 화면 타임아웃 증가"),
    (16, 19, 15, "card-pg-link", "info", "config_change", "PG 엔드포인트 구 주소로 원복, 커넥션 풀 재생성"),
    (16, 19, 30, "gyeolje-gw", "info", "recovery", "카드 결제 승인 정상"),
    # B3 (Wednesday morning commute)
    (18, 7, 56, "pgdb-daeyeo", "warning", "connections", "connections 372 / max_connections 400"),
    (18, 7, 59, "pgdb-daeyeo", "critical", "connections", "FATAL: sorry, too many clients already"),
    (18, 8, 2, "daeyeo-api", "critical", "error", "대여 시작 실패 29% (JDBC connection timeout)"),
    (18, 8, 5, "jaebaechi-plan", "major", "error", "주간 재계산 실패 (DB 연결 불가)"),
    (18, 8, 10, "nuri-web", "warning", "error", "웹 대여소 지도 조회 오류"),
    (18, 8, 12, "gkp-node-a1", "warning", "cpu", "node CPU 88% (demand-fcst 재학습 파드)"),
    (18, 8, 40, "pgdb-daeyeo", "info", "config_change", "max_connections 400 → 800 원복 (재시작), PgBouncer 풀 상향"),
    (18, 8, 55, "daeyeo-api", "info", "recovery", "대여 정상"),
    # B4 (Thursday small hours)
    (19, 2, 0, "jeongsan_batch", "info", "batch_job", "야간 정산 배치 시작 (JOB_DAILY_SETTLE)"),
    (19, 2, 0, "jaebaechi-plan", "info", "batch_job", "야간 재배치 계획 산출 시작 (PLAN_NIGHTLY)"),
    (19, 2, 4, "nas-gcl-01", "warning", "latency", "NFS latency 65 ms on vol_settle (snapshot delete in progress)"),
    (19, 2, 7, "nas-gcl-01", "critical", "latency", "vol_settle latency 210 ms, snapshot autodelete 3.1 TB"),
    (19, 2, 11, "jeongsan_batch", "critical", "batch_job", "JOB_DAILY_SETTLE step 5 (카드사 정산 파일 생성) FAILED: write timeout"),
    (19, 2, 14, "jaebaechi-plan", "major", "error", "야간 계획 게시 실패 (NFS write timeout)"),
    (19, 2, 20, "truck-dispatch", "warning", "error", "배차 경로 없음 (야간 계획 미게시)"),
    (19, 2, 58, "nas-gcl-01", "info", "maintenance", "스냅샷 삭제 완료, 지연 정상화"),
    (19, 3, 10, "jeongsan_batch", "info", "batch_job", "JOB_DAILY_SETTLE 재실행 (step 5부터)"),
    (19, 3, 52, "jeongsan_batch", "info", "batch_job", "야간 정산 배치 완료 (지연)"),
    # B5 (Saturday river peak)
    (21, 14, 30, "dongbu-agg01", "info", "batch_job", "cron: spool-compress.sh 시작 (relay.log 40GB xz)"),
    (21, 14, 33, "dongbu-agg01", "critical", "cpu", "CPU 99% (xz -9), load average 31"),
    (21, 14, 37, "hub-relay-dongbu", "critical", "error", "브리지 메시지 지연/유실 31%, 동부 대여소 268개 수신 지연"),
    (21, 14, 43, "dock-ingest", "major", "error", "동부권역 대여소 텔레메트리 누락"),
    (21, 14, 49, "gwanje-dash", "warning", "error", "관제 지도: 동부 대여소 통신 두절 표시"),
    (21, 15, 20, "dongbu-agg01", "info", "config_change", "spool-compress 크론 중지, nice 19로 변경"),
    (21, 15, 30, "hub-relay-dongbu", "info", "recovery", "브리지 정상"),
    # B6 (Sunday evening)
    (22, 20, 38, "tbr-hoewon", "warning", "tablespace", "TEMP tablespace 91% used (RPT_MEMBER_MONTHLY sort)"),
    (22, 20, 42, "tbr-hoewon", "critical", "tablespace", "TBR-7028: unable to allocate temp segment in tablespace TEMP"),
    (22, 20, 45, "hoewon-svc", "critical", "error", "로그인 실패 27% (DB sort 오류)"),
    (22, 20, 48, "iyonggwon-svc", "major", "error", "이용권 조회/구매 오류"),
    (22, 20, 55, "callcenter-crm", "warning", "error", "회원 조회 실패 (상담 지연)"),
    (22, 21, 30, "tbr-hoewon", "info", "config_change", "리포트 세션 kill, TEMP 64GB → 128GB 확장"),
    (22, 21, 40, "hoewon-svc", "info", "recovery", "로그인 정상"),
    # B7 (Monday afternoon, ongoing)
    (23, 13, 43, "kfk-nuri", "warning", "disk", "broker 2 log dir /kafka-logs 98% used"),
    (23, 13, 46, "kfk-nuri", "critical", "disk", "broker 2 log dir offline: No space left on device, 23 partitions offline"),
    (23, 13, 50, "dock-ingest", "critical", "error", "Kafka produce timeout 34% (NOT_LEADER_OR_FOLLOWER)"),
    (23, 13, 52, "gps-track", "major", "error", "위치 이벤트 발행 실패"),
    (23, 13, 54, "noti-push", "major", "error", "알림 이벤트 소비 지연, 발송 실패"),
    (23, 14, 2, "gwanje-dash", "warning", "error", "관제 대시보드 데이터 갱신 지연"),
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
    generate(NAME, "bike-share", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
