"""Generate the apartment home-network estate (tests/fixtures/apt-homenet/, interchange format) and its faults.

A Korean apartment-complex smart-home and parking operator (라온리빙 — 브랜드 라온홈, six 라온 complexes, about
7 800 households): the central cloud platform on NCP 수도권리전 (resident app BFF `resident-app-bff`, resident and
household auth `auth-sso` on Cloud DB for MySQL `cdb-my-member`, remote home control `homectl-api` over the EMQX
MQTT cluster `wallpad-hub` that every complex's wall-pad home server connects to, the complex event router
`event-router`, push `push-gw` and 알림톡 `alimtalk-relay` over Kafka `kafka-hnet`, the parking core `pkg-core`
(입출차, 정기권, whitelist) and visitor-car registration `visitor-car-api` on Cloud DB for PostgreSQL
`cdb-pg-parking` and Redis `redis-lpr`, the parking payment API `pkg-pay-api` for the unmanned kiosks, EV charging
(OCPP CSMS `ev-csms` on `cdb-pg-ev`, app charging `ev-charge-api`), elevator call `elv-bridge`, mobile key /
lobby door control `access-ctl`, AMI metering (electricity, gas, water, hot water, heating: `ami-collector`, the
daily aggregation `ami_daily_agg`, the monthly meter-reading close `ami_monthly_close`) on TimescaleDB `tsdb-ami`,
the app's energy view `energy-api`, community facilities `community-api`, parcel lockers `parcel-if`, the
household cleanup batch `member_cleanup`); the on-prem NOC at 판교 (the management-office ERP `erp-gwanri` for
관리비 부과/고지 on Oracle `ora-gwanri`, the bill notice batch `bill-notice-batch`, CMS auto-debit `cms-autopay`
over the KFTC line, the CCTV VMS `cctv-vms` over every complex's NVR, the visitor video-call SIP proxy
`sip-proxy`, monitoring `noc-zabbix`, RabbitMQ `rmq-noc`); and per complex (단지) an edge server `egw-<code>`
running the wall-pad home server agent `hs-<code>` and the LPR parking gate controller `lpr-<code>`, an AMI data
concentrator `dcu-<code>`, a CCTV NVR `nvr-<code>` and, at four complexes, an EV charger group `evc-<code>`.
Complexes: 송도 라온하버 (sd01), 동탄 라온포레 (dt02), 위례 라온파크 (wr03), 명지 라온오션 (mj04),
수성 라온힐즈 (ss05), 세종 라온리버 (sj06); environments prod, stg, dev; owners are teams.

Naming (unlike the earlier estates): complex-coded device and agent names (`egw-sd01`, `hs-mj04`, `lpr-dt02`,
`nvr-ss05`, `dcu-wr03`, `evc-sj06`), English kebab-case platform services (`pkg-core`, `homectl-api`), snake_case
batch jobs (`member_cleanup`, `ami_daily_agg`, `ami_monthly_close`), NOC bare metal by rack position (`pn-r03u07`
= 판교 NOC rack 03 unit 07) and NOC VMs by role (`pnv-bill01`), NCP VMs by product (`hnet-kfk-01`), NKS worker
nodes with their pool suffix (`nks-prd-w-4f2k`), managed cloud DBs by engine (`cdb-my-member`, `cdb-pg-parking`),
NCP load balancers (`slb-app-prd`), the object storage bucket `obj-raon-lprimg` and network gear by role
(`vpn-hub-noc`, `ncp-cloudconnect`, `kftc-cms-line`).

Seven injected incidents (times KST; now = Thursday 2028-11-23 19:40, the evening home-coming peak; the window
is the 10 days before; residents leave 07–09 (parking exits, elevator calls, mobile keys) and come home 18–21
(parking entries, wall-pad and app use until late), visitors and parcels at weekends, EV plug-ins 19–23 with
overnight sessions, AMI 15-minute reads and the 01:00 daily aggregation, the management office's weekday hours and
the 관리비 billing close on Monday 20):
  H1 Tue 14 21:20–22:15  a rolling upgrade of the EMQX node hnet-emqx-02 starts a session-takeover storm on
                         wallpad-hub: homectl-api (loudest, 5.3.0 deployed at 21:00), event-router,
                         resident-app-bff
  H2 Thu 16 01:30–02:25  the compression job of tsdb-ami (policy tightened on Wednesday) fills the WAL volume of
                         hnet-tsdb-01: tsdb-ami, ami-collector (loudest, deployed Wednesday 17:00), energy-api
  H3 Sat 18 11:20–12:15  (weekend visitors) the whitelist full sync (moved to 11:00 on Friday) fills redis-lpr to
                         maxmemory (noeviction, OOM on writes): visitor-car-api (loudest, deployed at 11:00),
                         pkg-core, lpr-dt02
  H4 Mon 20 09:30–10:25  (관리비 부과 마감) ora-gwanri's archive destination fills (ORA-00257, the Sunday night
                         archivelog backup had failed): erp-gwanri (loudest, patched at 09:05), gwanribi-api,
                         bill-notice-batch
  H5 Tue 21 18:40–19:35  (evening entries) the edge server egw-mj04 runs out of memory (a stream relay leaking
                         since the Monday edge OS update) and the OOM killer hits its agents: lpr-mj04 (loudest,
                         agent deployed at 18:15), hs-mj04
  H6 Wed 22 07:40–08:35  (morning exits) member_cleanup, redeployed on Tuesday without a time zone, runs at 07:30
                         instead of 03:30 and saturates cdb-my-member: auth-sso (loudest, deployed at 07:20),
                         access-ctl, resident-app-bff
  H7 Thu 23 18:55–now    (evening entries) a manual VACUUM FULL on cdb-pg-parking's whitelist table holds an
                         AccessExclusiveLock: pkg-core (loudest), visitor-car-api (deployed at 18:30), lpr-sd01
                         (ongoing)
Confounders: the commute and home-coming peaks, weekend visitor peaks, EV plug-in evenings, the nightly AMI
aggregation and household cleanup, the shared Redis VM hnet-redis-01 (noisy neighbours), deploys on victims before
most incidents, `nvr-wr03` and `pkg-core-stg` in maintenance, the retired `hn-relay-legacy`, `nvr-ss05` filling up
towards its overwrite threshold (warned), the app certificate on `slb-app-prd` expiring on 2028-12-02 (warned
daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/hnt_golden.py) are computed from the files.

    .venv/bin/python bench/hnt_estate.py   # rewrites tests/fixtures/apt-homenet*
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

NAME = "apt-homenet"
NOW = datetime(2028, 11, 23, 10, 40, tzinfo=UTC)  # Thursday 2028-11-23 19:40 KST
START = NOW - timedelta(days=10)  # Monday 2028-11-13 19:40 KST
SEED = 20281123
SITES = {
    "N": "NCP 수도권리전",
    "P": "판교 NOC",
    "sd01": "송도 라온하버",
    "dt02": "동탄 라온포레",
    "wr03": "위례 라온파크",
    "mj04": "명지 라온오션",
    "ss05": "수성 라온힐즈",
    "sj06": "세종 라온리버",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

HOME, PARK, ENERGY, APP = "홈넷플랫폼팀", "parking-squad", "에너지서비스팀", "resident-app"
ERP, NOC, CLOUD, DBA = "관리비ERP팀", "NOC운영팀", "클라우드인프라팀", "DB기술팀"
NET, CCTV, EV, FIELD = "네트워크팀", "영상보안파트", "ev-charging", "단지현장지원팀"

# the complexes: code -> (city, households, dongs, home network vendor, wall-pad model, parking spaces, gates, kiosks)
# fmt: off
DANJI = {
    "sd01": ("인천 연수구", 1820, 14, "코콤", "KHN-7000 단지서버", 2740, 6, 3),
    "dt02": ("화성 동탄", 1344, 11, "현대HT", "HDN-S500", 1980, 4, 2),
    "wr03": ("성남 위례", 968, 9, "코맥스", "CHS-3000", 1310, 3, 2),
    "mj04": ("부산 강서구", 2106, 17, "코콤", "KHN-7000 단지서버", 3050, 6, 3),
    "ss05": ("대구 수성구", 742, 7, "경동원", "KDW-HS200", 1020, 2, 1),
    "sj06": ("세종", 1150, 10, "현대HT", "HDN-S500", 1610, 4, 2),
}
EV_CHARGERS = {  # code -> (slow, fast)
    "sd01": (84, 6), "dt02": (60, 4), "mj04": (96, 8), "sj06": (52, 4),
}
NVR_CHANNELS = {"sd01": 412, "dt02": 296, "wr03": 224, "mj04": 468, "ss05": 168, "sj06": 260}

# name: (type, owner, site, env, runs on, depends on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- resident app, auth, home control
    "resident-app-bff": ("service", APP, "N", "P", ["nks-prd-w-4f2k", "nks-prd-w-k3ds"],
                         ["auth-sso", "homectl-api", "visitor-car-api", "energy-api", "gwanribi-api",
                          "ev-charge-api", "access-ctl", "elv-bridge", "community-api"],
                         {"desc": "라온홈 입주민 앱 BFF", "product": "Node.js 20 (NestJS)", "version": "6.14.2",
                          "pods": 10, "mau": 21400, "endpoint": "api.raonhome.co.kr"}),
    "auth-sso": ("service", APP, "N", "P", ["nks-prd-w-4f2k"], ["cdb-my-member", "redis-session"],
                 {"desc": "입주민/세대 인증 (세대주 승인, 토큰 발급)", "product": "Spring Boot 3.3 (Keycloak SPI)",
                  "version": "3.8.2", "pods": 6, "token_ttl_min": 30, "refresh_ttl_d": 14}),
    "homectl-api": ("service", HOME, "N", "P", ["nks-prd-w-4f2k"], ["wallpad-hub", "auth-sso", "redis-session"],
                    {"desc": "세대기기 원격제어 (조명, 난방, 가스밸브, 환기, 대기전력)", "product": "Go 1.23",
                     "version": "5.3.0", "pods": 8, "devices_per_household": 11}),
    "event-router": ("service", HOME, "N", "P", ["nks-prd-w-k3ds"], ["wallpad-hub", "kafka-hnet"],
                     {"desc": "단지 이벤트 라우터 (방문자 호출, 택배 도착, 입차 알림, 비상벨)", "product": "Go 1.23",
                      "version": "2.7.4", "pods": 4}),
    "push-gw": ("service", APP, "N", "P", ["nks-prd-w-k3ds"], ["kafka-hnet", "cdb-my-member"],
                {"desc": "앱 푸시 발송 (FCM/APNs)", "product": "Kotlin (Spring Boot 3.3)", "version": "4.0.9",
                 "pods": 4, "daily_quota": 400000}),
    "alimtalk-relay": ("service", APP, "N", "P", ["nks-prd-w-k3ds"], ["kafka-hnet"],
                       {"desc": "카카오 알림톡/문자 발송 중계", "product": "Python 3.12 (FastAPI)", "version": "1.6.1",
                        "sender_key": "raonhome-official", "pods": 2}),
    "access-ctl": ("service", HOME, "N", "P", ["nks-prd-w-k3ds"], ["cdb-my-member", "wallpad-hub"],
                   {"desc": "모바일키/공동현관 출입 제어 (BLE 모바일키, 출입 이력)", "product": "Java 21 (Spring Boot 3.3)",
                    "version": "2.2.0", "pods": 4, "lobby_doors": 124}),
    "elv-bridge": ("service", HOME, "N", "P", ["nks-prd-w-k3ds"], ["wallpad-hub", "redis-session"],
                   {"desc": "엘리베이터 호출 연동 (월패드/앱 → 현대엘리베이터, 오티스)", "product": "Go 1.23",
                    "version": "1.9.3", "elevators": 236, "vendors": "현대엘리베이터, 오티스"}),
    "sip-proxy": ("service", HOME, "P", "P", ["pnv-sip01"], ["redis-session"],
                  {"desc": "방문자 영상통화 (로비폰 → 월패드/앱) SIP 프록시", "product": "Kamailio 5.8",
                   "version": "5.8.2", "port": 5061, "max_calls": 600}),
    "community-api": ("service", APP, "N", "P", ["nks-prd-w-k3ds"], ["cdb-my-member"],
                      {"desc": "커뮤니티 시설 예약 (피트니스, 독서실, 게스트하우스), 공지/투표", "version": "3.1.7",
                       "product": "Node.js 20 (NestJS)", "pods": 2}),
    "parcel-if": ("service", HOME, "N", "P", ["nks-prd-w-k3ds"], ["kafka-hnet"],
                  {"desc": "무인택배함 연동 (택배 도착/수령 이벤트)", "version": "1.4.0", "lockers": 88,
                   "product": "Python 3.12"}),
    "wallpad-ota": ("service", HOME, "N", "P", ["nks-prd-w-k3ds"], ["wallpad-hub", "obj-raon-ota"],
                    {"desc": "월패드/단지서버 펌웨어 OTA 배포", "product": "Go 1.23", "version": "1.2.8",
                     "rollout": "단지별 야간 02:00~04:00"}),
    "member_cleanup": ("service", APP, "N", "P", ["nks-prd-w-k3ds"], ["cdb-my-member"],
                       {"desc": "전출/탈퇴 세대원 정리 배치 (CronJob)", "product": "Spring Batch 5.1",
                        "version": "1.3.0", "schedule": "매일 03:30"}),
    # ---------------------------------------------------------------- parking
    "pkg-core": ("service", PARK, "N", "P", ["nks-prd-w-9c1x"], ["cdb-pg-parking", "redis-lpr", "kafka-hnet"],
                 {"desc": "주차관제 코어 (입출차 기록, 정기권/방문차량 whitelist, 단지 LPR 동기화)",
                  "product": "Java 21 (Spring Boot 3.3)", "version": "8.2.1", "pods": 6, "complexes": 6}),
    "visitor-car-api": ("service", PARK, "N", "P", ["nks-prd-w-9c1x"], ["cdb-pg-parking", "redis-lpr", "auth-sso"],
                        {"desc": "방문차량 사전등록 (앱/월패드)", "product": "Kotlin (Ktor 2.3)", "version": "2.13.0",
                         "pods": 4, "free_hours": 4, "max_per_household_month": 60}),
    "pkg-pay-api": ("service", PARK, "N", "P", ["nks-prd-w-9c1x"], ["pkg-core"],
                    {"desc": "주차요금 정산 (무인정산기, 앱 결제, PG 연동)", "product": "Java 21 (Spring Boot 3.3)",
                     "version": "3.0.5", "pg": "KG이니시스", "pods": 2}),
    # ---------------------------------------------------------------- EV
    "ev-csms": ("service", EV, "N", "P", ["nks-prd-w-b7qm"], ["cdb-pg-ev", "kafka-hnet"],
                {"desc": "EV 충전기 관제 CSMS", "product": "Java 21 (Spring Boot 3.3)", "version": "2.5.3",
                 "ocpp": "OCPP 1.6J / 2.0.1", "pods": 4}),
    "ev-charge-api": ("service", EV, "N", "P", ["nks-prd-w-b7qm"], ["ev-csms", "pkg-pay-api", "auth-sso"],
                      {"desc": "앱 충전 조회/예약/결제", "product": "Node.js 20", "version": "1.8.0", "pods": 2,
                       "tariff_krw_kwh": 295}),
    # ---------------------------------------------------------------- energy / AMI
    "ami-collector": ("service", ENERGY, "N", "P", ["nks-prd-w-b7qm"], ["kafka-hnet", "tsdb-ami"],
                      {"desc": "원격검침 수집 (전기, 가스, 수도, 온수, 난방 15분 검침)", "product": "Go 1.23",
                       "version": "4.1.0", "meters": 38950, "interval_min": 15}),
    "energy-api": ("service", ENERGY, "N", "P", ["nks-prd-w-b7qm"], ["tsdb-ami", "redis-session", "auth-sso"],
                   {"desc": "앱 에너지 사용량 조회 (세대별 전기/가스/수도/난방, 동일평형 비교)", "version": "2.4.6",
                    "product": "Python 3.12 (FastAPI)", "pods": 3}),
    "ami_daily_agg": ("service", ENERGY, "N", "P", ["nks-prd-w-k3ds"], ["tsdb-ami"],
                      {"desc": "검침 일집계 배치", "product": "Python 3.12 + Airflow 2.10", "version": "1.2.2",
                       "schedule": "매일 01:00"}),
    "ami_monthly_close": ("service", ENERGY, "P", "P", ["pnv-bill01"], ["tsdb-ami", "erp-gwanri"],
                          {"desc": "월 검침 마감 → 관리비 ERP 전송", "product": "Python 3.12", "version": "1.1.0",
                           "schedule": "매월 15일 02:00"}),
    # ---------------------------------------------------------------- management office (관리비)
    "erp-gwanri": ("service", ERP, "P", "P", ["pn-r03u11"], ["ora-gwanri", "rmq-noc"],
                   {"desc": "관리사무소 ERP (관리비 부과/고지, 장기수선충당금, 회계)", "product": "자체개발 (Java 17, Tomcat 10)",
                    "version": "2028.11", "complexes": 6, "billing_close": "매월 20일"}),
    "gwanribi-api": ("service", ERP, "N", "P", ["nks-prd-w-k3ds"], ["erp-gwanri", "auth-sso"],
                     {"desc": "앱 관리비 조회/납부", "product": "Java 21 (Spring Boot 3.3)", "version": "1.12.3",
                      "pods": 2}),
    "bill-notice-batch": ("service", ERP, "P", "P", ["pnv-bill01"], ["erp-gwanri", "alimtalk-relay", "rmq-noc"],
                          {"desc": "관리비 고지서 발송/미납 안내 (앱, 알림톡)", "product": "Spring Batch 5.1",
                           "version": "1.7.4", "schedule": "평일 09:30"}),
    "cms-autopay": ("service", ERP, "P", "P", ["pnv-bill01"], ["erp-gwanri"],
                    {"desc": "CMS 자동이체 (금융결제원 출금 요청/결과 파일)", "product": "Java 17 + shell",
                     "version": "2.0.1", "schedule": "평일 06:00", "institution_code": "KFTC-9907"}),
    # ---------------------------------------------------------------- NOC
    "cctv-vms": ("service", CCTV, "P", "P", ["pn-r04u02"],
                 ["nvr-sd01", "nvr-dt02", "nvr-wr03", "nvr-mj04", "nvr-ss05", "nvr-sj06"],
                 {"desc": "CCTV 통합 VMS (단지 NVR 원격 조회, 이벤트 영상)", "product": "Hanwha Wisenet WAVE 5.1",
                  "version": "5.1.3", "channels": sum(NVR_CHANNELS.values())}),
    "noc-zabbix": ("service", NOC, "P", "P", ["pnv-mon01"], [],
                   {"desc": "NOC 통합 모니터링", "product": "Zabbix 7.0", "monitored_hosts": 1460}),
    "loki-hnet": ("service", CLOUD, "N", "P", ["hnet-log-01"], [],
                  {"desc": "로그 수집 (플랫폼, 단지 에이전트)", "product": "Grafana Loki 3.2", "retention_days": 30}),
    # ---------------------------------------------------------------- staging, dev, retired
    "resident-app-bff-stg": ("service", APP, "N", "S", ["nks-nprd-w-1a8z"], ["redis-stg"],
                             {"desc": "입주민 앱 BFF (스테이징)", "version": "6.15.0-rc2"}),
    "homectl-api-stg": ("service", HOME, "N", "S", ["nks-nprd-w-1a8z"], ["redis-stg"],
                        {"desc": "원격제어 (스테이징, 테스트 세대 40)", "version": "5.4.0-rc1"}),
    "pkg-core-stg": ("service", PARK, "N", "S", ["nks-nprd-w-1a8z"], ["cdb-pg-parking-stg", "redis-stg"],
                     {"desc": "주차관제 코어 (스테이징)", "version": "8.3.0-rc1"}),
    "erp-gwanri-stg": ("service", ERP, "P", "S", ["pnv-stg01"], [],
                       {"desc": "관리비 ERP (스테이징)", "version": "2028.12-beta"}),
    "ami-collector-dev": ("service", ENERGY, "N", "D", ["nks-nprd-w-1a8z"], [],
                          {"desc": "원격검침 수집 (개발)", "version": "4.2.0-SNAPSHOT"}),
    "ev-charge-api-stg": ("service", EV, "N", "S", ["nks-nprd-w-1a8z"], ["redis-stg"],
                          {"desc": "앱 충전 조회/결제 (스테이징)", "version": "1.9.0-rc1"}),
    "ev-csms-dev": ("service", EV, "N", "D", ["nks-nprd-w-1a8z"], [],
                    {"desc": "EV CSMS (개발)", "version": "2.6.0-SNAPSHOT"}),
    "hn-relay-legacy": ("service", HOME, "P", "P", [], [],
                        {"desc": "구 단지 중계 서버 v1 (2027년 wallpad-hub로 대체)", "version": "1.8.7",
                         "decommissioned": "2027-08-31"}),
    # ---------------------------------------------------------------- databases
    "cdb-my-member": ("database", DBA, "N", "P", [], [],
                      {"engine": "mysql", "version": "8.0.36", "product": "NCP Cloud DB for MySQL",
                       "spec": "High-Memory 16vCPU 128GB", "max_connections": 2000, "port": 3306, "replicas": 1,
                       "desc": "입주민/세대/단말 등록 DB"}),
    "cdb-pg-parking": ("database", DBA, "N", "P", [], [],
                       {"engine": "postgresql", "version": "15.8", "product": "NCP Cloud DB for PostgreSQL",
                        "spec": "Standard 8vCPU 32GB", "max_connections": 800, "port": 5432,
                        "desc": "주차 DB (입출차, 정기권, 방문차량 whitelist)"}),
    "cdb-pg-ev": ("database", DBA, "N", "P", [], [],
                  {"engine": "postgresql", "version": "15.8", "product": "NCP Cloud DB for PostgreSQL",
                   "spec": "Standard 4vCPU 16GB", "max_connections": 400, "port": 5432, "desc": "EV 충전 세션/과금"}),
    "tsdb-ami": ("database", ENERGY, "N", "P", ["hnet-tsdb-01"], [],
                 {"engine": "timescaledb", "version": "2.16.1", "product": "TimescaleDB 2.16 (PostgreSQL 16)",
                  "port": 5432, "retention": "36 months", "compress_after": "2 days", "desc": "원격검침 시계열"}),
    "ora-gwanri": ("database", DBA, "P", "P", ["pn-r03u07"], [],
                   {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c SE2", "sid": "GWANRI",
                    "port": 1521, "size_tb": 2.4, "archivelog": "FRA 400GB", "desc": "관리비 ERP DB"}),
    "cdb-pg-parking-stg": ("database", DBA, "N", "S", [], [],
                           {"engine": "postgresql", "version": "16.4", "product": "NCP Cloud DB for PostgreSQL",
                            "spec": "Standard 2vCPU 8GB", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "redis-session": ("cache", CLOUD, "N", "P", ["hnet-redis-01"], [],
                      {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 12, "maxmemory_policy": "volatile-lru",
                       "port": 6379, "desc": "앱 세션/토큰, 통화 라우팅 캐시"}),
    "redis-lpr": ("cache", PARK, "N", "P", ["hnet-redis-01"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                   "port": 6380, "desc": "LPR whitelist/정기권 캐시"}),
    "redis-stg": ("cache", CLOUD, "N", "S", ["hnet-stg-01"], [],
                  {"engine": "redis", "version": "7.4.1", "maxmemory_gb": 2, "port": 6379}),
    "wallpad-hub": ("queue", HOME, "N", "P", ["hnet-emqx-01", "hnet-emqx-02"], [],
                    {"product": "EMQX 5.8 Enterprise", "version": "5.8.1", "protocol": "MQTT 5 over TLS", "port": 8883,
                     "nodes": 2, "max_sessions": 250000, "desc": "단지서버/월패드 MQTT 브로커"}),
    "kafka-hnet": ("queue", CLOUD, "N", "P", ["hnet-kfk-01", "hnet-kfk-02", "hnet-kfk-03"], [],
                   {"product": "Apache Kafka 3.7 (KRaft)", "version": "3.7.1", "port": 9092, "brokers": 3,
                    "topics": 64, "desc": "플랫폼 이벤트 버스 (입출차, 검침, 충전, 푸시)"}),
    "rmq-noc": ("queue", ERP, "P", "P", ["pnv-bill01"], [],
                {"product": "RabbitMQ 3.13.7", "port": 5672, "vhost": "/gwanri", "queues": 18,
                 "desc": "관리비 고지/자동이체 작업 큐"}),
}
# per-complex services: the wall-pad home server agent and the LPR gate controller on the edge server, the EV groups
for code, (city, hh, dongs, vendor, model, spaces, gates, kiosks) in DANJI.items():
    SERVICES[f"hs-{code}"] = (
        "service", HOME, code, "P", [f"egw-{code}"], ["wallpad-hub", "sip-proxy"],
        {"desc": f"{SITES[code]} 단지서버 (월패드 홈네트워크, 로비폰, 경비실기)", "vendor": vendor, "model": model,
         "households": hh, "dongs": dongs, "wallpads": hh, "lobby_phones": dongs * 2 + 2, "city": city,
         "standard": "KS X 4506"},
    )
    SERVICES[f"lpr-{code}"] = (
        "service", PARK, code, "P", [f"egw-{code}"], ["pkg-core", "pkg-pay-api"],
        {"desc": f"{SITES[code]} 주차관제 (LPR 차단기, 무인정산기)", "parking_spaces": spaces, "gates": gates,
         "kiosks": kiosks, "lpr_cameras": gates * 2, "agent": "lpr-agent", "city": city},
    )
for code, (slow, fast) in EV_CHARGERS.items():
    SERVICES[f"evc-{code}"] = (
        "service", EV, code, "P", [], ["ev-csms"],
        {"desc": f"{SITES[code]} 전기차 충전기 그룹", "slow_chargers": slow, "fast_chargers": fast,
         "chargers": slow + fast, "ocpp": "OCPP 1.6J", "city": DANJI[code][0]},
    )
SERVICES["lpr-mj04"][6]["version"] = "2.9.1"
for code in DANJI:
    SERVICES[f"lpr-{code}"][6].setdefault("version", "2.8.4")

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "slb-app-prd": ("N", CLOUD, ["resident-app-bff"],
                    {"vendor": "NCP", "model": "Application Load Balancer", "scheme": "internet-facing",
                     "endpoint": "api.raonhome.co.kr", "cert_expiry": "2028-12-02",
                     "cert_issuer": "Sectigo (와일드카드, 수동 갱신)"}),
    "slb-mqtt-prd": ("N", CLOUD, ["wallpad-hub"],
                     {"vendor": "NCP", "model": "Network Load Balancer", "listener": "TCP 8883",
                      "endpoint": "mqtt.raonhome.co.kr"}),
    "slb-ocpp-prd": ("N", CLOUD, ["ev-csms"],
                     {"vendor": "NCP", "model": "Application Load Balancer", "listener": "WSS 443",
                      "endpoint": "ocpp.raonhome.co.kr", "cert_expiry": "2029-06-30"}),
    "l4-noc-erp": ("P", NET, ["erp-gwanri", "sip-proxy"],
                   {"vendor": "Piolink", "model": "PAS-K 2424", "vip": "10.50.1.10", "firmware": "2.7.5"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "obj-raon-lprimg": ("N", PARK, {"vendor": "NCP", "model": "Object Storage", "region": "KR",
                                    "lifecycle": "90일 후 아카이브", "desc": "번호판/입출차 이미지"}, []),
    "obj-raon-ota": ("N", HOME, {"vendor": "NCP", "model": "Object Storage", "region": "KR",
                                 "desc": "월패드/단지서버 펌웨어 이미지"}, []),
    "nas-noc-01": ("P", NOC, {"vendor": "Synology", "model": "FS3410", "capacity_tb": 96, "protocol": "NFS v4.1",
                              "desc": "고지서 PDF, ERP 첨부"}, ["pn-r03u11", "pnv-bill01"]),
    "bkp-noc-01": ("P", NOC, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                              "desc": "백업 (Oracle RMAN, VM)"}, ["pn-r03u07"]),
}
for code, ch in NVR_CHANNELS.items():
    STORAGE[f"nvr-{code}"] = (
        code, CCTV, {"vendor": "한화비전", "model": "Wisenet XRN-6420B4", "channels": ch,
                     "capacity_tb": 192 if ch > 300 else 128, "retention_days": 30 if ch > 300 else 45,
                     "overwrite_at": 85, "desc": f"{SITES[code]} CCTV NVR"}, [f"egw-{code}"],
    )
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # NCP: NKS worker nodes
    "nks-prd-w-4f2k": ("N", "P", "nks", {"role": "NKS 워커 (앱, 인증, 원격제어)", "node_pool": "pool-app",
                                         "server_spec": "s8-g3 (8vCPU 32GB)", "zone": "KR-1"}),
    "nks-prd-w-9c1x": ("N", "P", "nks", {"role": "NKS 워커 (주차)", "node_pool": "pool-parking",
                                         "server_spec": "s8-g3 (8vCPU 32GB)", "zone": "KR-2"}),
    "nks-prd-w-b7qm": ("N", "P", "nks", {"role": "NKS 워커 (에너지, EV)", "node_pool": "pool-energy",
                                         "server_spec": "s16-g3 (16vCPU 64GB)", "zone": "KR-1"}),
    "nks-prd-w-k3ds": ("N", "P", "nks", {"role": "NKS 워커 (이벤트, 푸시, 배치)", "node_pool": "pool-common",
                                         "server_spec": "s8-g3 (8vCPU 32GB)", "zone": "KR-2"}),
    "nks-nprd-w-1a8z": ("N", "S", "nks", {"role": "NKS 워커 (스테이징/개발)", "node_pool": "pool-nonprod",
                                          "server_spec": "s4-g3 (4vCPU 16GB)", "zone": "KR-1"}),
    # NCP: VMs
    "hnet-emqx-01": ("N", "P", "ncpvm", {"role": "EMQX 노드 #1", "server_spec": "c8-g3 (8vCPU 16GB)", "zone": "KR-1"}),
    "hnet-emqx-02": ("N", "P", "ncpvm", {"role": "EMQX 노드 #2", "server_spec": "c8-g3 (8vCPU 16GB)", "zone": "KR-2"}),
    "hnet-kfk-01": ("N", "P", "ncpvm", {"role": "Kafka broker 1", "server_spec": "s8-g3 (8vCPU 32GB)", "zone": "KR-1"}),
    "hnet-kfk-02": ("N", "P", "ncpvm", {"role": "Kafka broker 2", "server_spec": "s8-g3 (8vCPU 32GB)", "zone": "KR-2"}),
    "hnet-kfk-03": ("N", "P", "ncpvm", {"role": "Kafka broker 3", "server_spec": "s8-g3 (8vCPU 32GB)", "zone": "KR-1"}),
    "hnet-redis-01": ("N", "P", "ncpvm", {"role": "Redis (세션, LPR)", "server_spec": "m8-g3 (8vCPU 64GB)",
                                          "zone": "KR-1"}),
    "hnet-tsdb-01": ("N", "P", "ncpvm", {"role": "TimescaleDB (검침)", "server_spec": "m16-g3 (16vCPU 128GB)",
                                         "zone": "KR-2", "data_volume": "/pgdata 4TB", "wal_volume": "/pgwal 200GB"}),
    "hnet-log-01": ("N", "P", "ncpvm", {"role": "Loki 로그", "server_spec": "s4-g3 (4vCPU 16GB)", "zone": "KR-2"}),
    "hnet-bastion-01": ("N", "P", "ncpvm", {"role": "Bastion (운영 접근, 세션 녹화)",
                                            "server_spec": "c2-g3 (2vCPU 4GB)", "zone": "KR-1"}),
    "hnet-stg-01": ("N", "S", "ncpvm", {"role": "스테이징 공용 (Redis)", "server_spec": "s2-g3 (2vCPU 8GB)",
                                        "zone": "KR-1"}),
    # 판교 NOC bare metal by rack position
    "pn-r03u07": ("P", "P", "bare", {"role": "Oracle GWANRI", "model": "Dell PowerEdge R760", "rack": "R03 U07"}),
    "pn-r03u11": ("P", "P", "win", {"role": "관리비 ERP AP", "model": "Dell PowerEdge R660", "rack": "R03 U11"}),
    "pn-r04u02": ("P", "P", "win", {"role": "CCTV VMS", "model": "Lenovo ThinkSystem SR650 V3", "rack": "R04 U02"}),
    # 판교 NOC VMs
    "pnv-bill01": ("P", "P", "vm", {"role": "관리비 배치, 검침 마감, RabbitMQ"}),
    "pnv-sip01": ("P", "P", "vm", {"role": "SIP 프록시 (방문자 영상통화)"}),
    "pnv-mon01": ("P", "P", "vm", {"role": "Zabbix"}),
    "pnv-stg01": ("P", "S", "vm", {"role": "ERP 스테이징"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-noc-edge": ("P", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 600F",
                          "firmware": "FortiOS 7.4.5"}),
    "vpn-hub-noc": ("P", {"device": "VPN hub", "vendor": "Fortinet", "model": "FortiGate 900G",
                          "firmware": "FortiOS 7.4.5", "tunnels": 6, "desc": "단지 edge IPsec 터널 종단"}),
    "sw-core-noc": ("P", {"device": "core switch", "vendor": "Arista", "model": "7050SX3-48YC8",
                          "firmware": "EOS 4.31.2F"}),
    "ncp-cloudconnect": ("P", {"device": "cloud dedicated line", "vendor": "NCP", "model": "Cloud Connect 1Gbps (KINX 경유)",
                               "circuit": "CC-KR-20741"}),
    "kftc-cms-line": ("P", {"device": "leased line", "vendor": "금융결제원", "model": "전용회선 10Mbps x2",
                            "circuit": "KFTC-CMS-9907"}),
    "elv-link-hdel": ("N", {"device": "VPN link", "vendor": "현대엘리베이터", "model": "Site-to-Site VPN",
                            "circuit": "HDEL-IoT-0318"}),
}
EGW_UPLINK = {"sd01": "KT 기업인터넷 1G", "dt02": "SK브로드밴드 500M", "wr03": "LG U+ 500M", "mj04": "LG U+ 1G",
              "ss05": "KT 기업인터넷 500M", "sj06": "SK브로드밴드 1G"}
for code in DANJI:
    HOSTS[f"egw-{code}"] = (code, "P", "edge", {"role": f"{SITES[code]} 단지 edge 서버", "device": "edge server",
                                                "vendor": "Advantech", "model": "UNO-348", "uplink": EGW_UPLINK[code],
                                                "lte_backup": code in ("sd01", "mj04", "sj06"),
                                                "edge_os": "4.2.0" if code == "mj04" else "4.1.3"})
    NETWORK[f"dcu-{code}"] = (code, {"device": "AMI DCU", "vendor": "누리텔레콤", "model": "NDC-200",
                                     "meters": DANJI[code][1] * 5, "protocol": "DLMS/COSEM",
                                     "desc": f"{SITES[code]} 원격검침 집중기"})
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-noc-edge", "sw-core-noc"),
    ("vpn-hub-noc", "fw-noc-edge"),
    ("ncp-cloudconnect", "sw-core-noc"),
    ("kftc-cms-line", "fw-noc-edge"),
    ("l4-noc-erp", "sw-core-noc"),
    ("cms-autopay", "kftc-cms-line"),
    ("elv-bridge", "elv-link-hdel"),
    ("pkg-core", "obj-raon-lprimg"),
    ("cctv-vms", "vpn-hub-noc"),
] + [(f"egw-{c}", "vpn-hub-noc") for c in DANJI] + [(f"dcu-{c}", f"egw-{c}") for c in DANJI]
# fmt: on
STATUS = {"nvr-wr03": "maintenance", "pkg-core-stg": "maintenance", "hn-relay-legacy": "retired"}
NET_PREFIX = {"N": "10.80", "P": "10.50", "sd01": "172.21", "dt02": "172.22", "wr03": "172.23", "mj04": "172.24",
              "ss05": "172.25", "sj06": "172.26"}  # fmt: skip


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "H1",
        "kind": "mqtt_session_takeover_storm",
        "root": "wallpad-hub",
        "description": "on Tuesday evening (residents at home) the rolling upgrade of the EMQX node hnet-emqx-02"
        " drops its 110k wall-pad sessions, which reconnect to the other node all at once (session takeover storm,"
        " retained-message replay): homectl-api (5.3.0 deployed at 21:00, loudest) cannot deliver remote controls,"
        " event-router loses visitor calls and the resident app slows, until the listener is rate-limited",
        "start": kst(14, 21, 20),
        "end": kst(14, 22, 15),
        "affected": ["wallpad-hub", "homectl-api", "event-router", "resident-app-bff"],
    },
    {
        "id": "H2",
        "kind": "wal_volume_full",
        "root": "hnet-tsdb-01",
        "description": "in the small hours of Thursday the compression job of tsdb-ami (compress_after tightened"
        " from 7 to 2 days on Wednesday) writes more WAL than the /pgwal volume of hnet-tsdb-01 holds: tsdb-ami"
        " stalls, ami-collector (4.1.0 deployed Wednesday 17:00, loudest) cannot store the 15-minute reads and"
        " energy-api fails, until the WAL volume is grown",
        "start": kst(16, 1, 30),
        "end": kst(16, 2, 25),
        "affected": ["hnet-tsdb-01", "tsdb-ami", "ami-collector", "energy-api"],
    },
    {
        "id": "H3",
        "kind": "cache_maxmemory_oom",
        "root": "redis-lpr",
        "description": "on Saturday late morning (weekend visitors) the whitelist full sync, moved to 11:00 on"
        " Friday, builds a second copy of every complex's whitelist in redis-lpr until maxmemory (noeviction):"
        " writes fail with OOM, visitor-car-api (2.12.0 deployed at 11:00, loudest) cannot register visitor cars,"
        " pkg-core falls back to the database and 동탄's gates (lpr-dt02) open late, until the sync is stopped",
        "start": kst(18, 11, 20),
        "end": kst(18, 12, 15),
        "affected": ["redis-lpr", "visitor-car-api", "pkg-core", "lpr-dt02"],
    },
    {
        "id": "H4",
        "kind": "archiver_stuck",
        "root": "ora-gwanri",
        "description": "on Monday morning (the 관리비 billing close) the billing run's redo fills ora-gwanri's"
        " archive destination, the Sunday night archivelog backup having failed, and the archiver stops (ORA-00257):"
        " erp-gwanri (patched at 09:05, loudest) hangs, gwanribi-api shows no bills and bill-notice-batch fails,"
        " until the archivelogs are backed up and removed",
        "start": kst(20, 9, 30),
        "end": kst(20, 10, 25),
        "affected": ["ora-gwanri", "erp-gwanri", "gwanribi-api", "bill-notice-batch"],
    },
    {
        "id": "H5",
        "kind": "edge_oom",
        "root": "egw-mj04",
        "description": "on Tuesday evening (parking entries) the edge server egw-mj04 of 명지 라온오션 runs out of"
        " memory, its CCTV stream relay leaking since Monday's edge OS 4.2.0 update, and the OOM killer keeps"
        " killing its agents: lpr-mj04 (lpr-agent 2.9.1 deployed at 18:15, loudest) fails plate checks and the"
        " gates are opened by hand, hs-mj04 drops its wall-pad link, until the relay is restarted",
        "start": kst(21, 18, 40),
        "end": kst(21, 19, 35),
        "affected": ["egw-mj04", "lpr-mj04", "hs-mj04"],
    },
    {
        "id": "H6",
        "kind": "batch_saturates_db",
        "root": "cdb-my-member",
        "description": "on Wednesday morning (residents leaving) member_cleanup, redeployed on Tuesday without a time"
        " zone, runs at 07:30 instead of 03:30 and its deletes saturate cdb-my-member (CPU, row locks): auth-sso"
        " (3.8.2 deployed at 07:20, loudest) fails logins and token refreshes, access-ctl cannot open lobby doors by"
        " mobile key and the resident app slows, until the batch is killed",
        "start": kst(22, 7, 40),
        "end": kst(22, 8, 35),
        "affected": ["cdb-my-member", "auth-sso", "access-ctl", "resident-app-bff"],
    },
    {
        "id": "H7",
        "kind": "table_lock",
        "root": "cdb-pg-parking",
        "description": "on Thursday evening (residents coming home) a manual VACUUM FULL of cdb-pg-parking's"
        " whitelist table takes an AccessExclusiveLock and every plate lookup waits: pkg-core (loudest) times out,"
        " visitor-car-api (2.13.0 deployed at 18:30) fails registrations and 송도's gates (lpr-sd01) open late"
        " (ongoing)",
        "start": kst(23, 18, 55),
        "end": None,
        "affected": ["cdb-pg-parking", "pkg-core", "visitor-car-api", "lpr-sd01"],
    },
]
H1, H2, H3, H4, H5, H6, H7 = INCIDENTS


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
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs, STATUS.get(st, "active")))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        owner = CLOUD if site == "N" else NOC
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 40, 'D': 60}[env]) + i // 7}.{11 + (i * 37) % 200}"
        }
        if kind == "nks":
            attrs |= {"os": "Ubuntu 22.04 (NKS)", "cluster": "nks-hnet-prd" if env == "P" else "nks-hnet-nprd",
                      "kubelet": "1.29.9"}  # fmt: skip
        elif kind == "ncpvm":
            attrs |= {"os": rng.choice(["Rocky Linux 8.10", "Ubuntu 22.04"]), "platform": "NCP Server (VPC)"}
        elif kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "RHEL 9.4"]), "vcpu": rng.choice([4, 8]),
                      "mem_gb": rng.choice([16, 32]), "hypervisor": "Proxmox VE 8.2", "cluster": "pve-pangyo"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([24, 32]), "mem_gb": rng.choice([128, 256]),
                      "serial": f"{rng.choice(['CN0', 'J3Q', '7XH'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "edge":
            attrs |= {"os": "Raon Edge OS (Ubuntu Core 22)", "mem_gb": 16,
                      "serial": f"UNO{rng.randint(10000, 99999)}"}  # fmt: skip
            owner = FIELD
        else:  # bare metal
            attrs |= {"os": "Oracle Linux 8.10", "cores": rng.choice([32, 48]), "mem_gb": rng.choice([256, 384]),
                      "serial": f"{rng.choice(['CN0', '5DT'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = DBA
        if h == "pn-r04u02":
            owner = CCTV
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        owner = FIELD if n.startswith("dcu-") else NET
        cis.append(ci_record(n, "host", "prod", owner, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _home(ts: datetime) -> float:
    """Residents at home using wall-pads and the app: a morning bump before leaving and the long evening; at
    weekends a later morning, the daytime and the evening."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.12 * _bump(h, 14, 5)
    if wd < 5:
        v += 0.32 * _bump(h, 7.3, 0.9) + 0.62 * _bump(h, 21.0, 1.9)
    else:
        v += 0.22 * _bump(h, 9.8, 1.4) + 0.25 * _bump(h, 14.5, 2.8) + 0.55 * _bump(h, 20.8, 1.9)
    return max(0.05, min(1.0, v))


def _parking(ts: datetime) -> float:
    """Gates: weekday exits 07–09 and entries 18–20:30; weekends visitors through the day and evening returns."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.06 + 0.1 * _bump(h, 14, 4)
    if wd < 5:
        v += 0.62 * _bump(h, 7.8, 0.75) + 0.66 * _bump(h, 19.1, 1.05)
    else:
        v += 0.36 * _bump(h, 13.5, 2.8) + 0.34 * _bump(h, 19.3, 1.3) + 0.12 * _bump(h, 9.5, 1.0)
    return max(0.05, min(1.0, v))


def _visitor(ts: datetime) -> float:
    """Visitor-car registration: weekday evenings, Friday evening more, weekend mornings."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.05 + 0.08 * _bump(h, 14, 4)
    if wd < 5:
        v += 0.4 * _bump(h, 19.8, 1.6) + (0.2 * _bump(h, 20.5, 1.5) if wd == 4 else 0)
    else:
        v += 0.62 * _bump(h, 10.8, 1.6) + 0.3 * _bump(h, 15, 2.2) + 0.2 * _bump(h, 19.5, 1.5)
    return max(0.05, min(1.0, v))


def _ev(ts: datetime) -> float:
    """EV charging: plug-ins after coming home, sessions through the night, unplugs before leaving."""
    h = seoul_hour(ts)
    v = 0.12 + 0.62 * _bump(h, 20.6, 1.5) + 0.25 * _bump(h, 7.4, 0.8)
    if h < 6:
        v += 0.25
    return max(0.05, min(1.0, v))


def _ami(ts: datetime) -> float:
    """AMI: 15-minute reads all day, the daily reads and aggregation 01:00–03:00."""
    h = seoul_hour(ts)
    v = 0.42 + 0.06 * _bump(h, 20, 3)
    if 1 <= h < 3:
        v = 0.9
    return v


def _office(ts: datetime) -> float:
    """The management office: weekdays 09:00–18:00, heavier on the Monday 20 billing close."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.08
    v = 0.1 + 0.6 * (1 if 9 <= h < 18 else 0) * (0.7 if 12 <= h < 13 else 1)
    if loc.day == 20 and 9 <= h < 18:
        v += 0.25
    return v


def _cctv(ts: datetime) -> float:
    return 0.5 + 0.15 * _bump(seoul_hour(ts), 20, 3)


def _steady(ts: datetime) -> float:
    return 0.5


HOME_SIDE = {
    "resident-app-bff", "auth-sso", "homectl-api", "event-router", "push-gw", "alimtalk-relay", "access-ctl",
    "elv-bridge", "sip-proxy", "community-api", "parcel-if", "wallpad-ota", "wallpad-hub", "redis-session", "cdb-my-member",
    "kafka-hnet", "slb-app-prd", "slb-mqtt-prd", "nks-prd-w-4f2k", "nks-prd-w-k3ds", "hnet-emqx-01",
    "hnet-emqx-02", "hnet-kfk-01", "hnet-kfk-02", "hnet-kfk-03", "hnet-redis-01", "pnv-sip01", "elv-link-hdel",
    "ncp-cloudconnect", "vpn-hub-noc", "fw-noc-edge", "sw-core-noc", "energy-api", "hnet-log-01", "loki-hnet",
} | {f"hs-{c}" for c in DANJI} | {f"egw-{c}" for c in DANJI}  # fmt: skip
PARKING = {"pkg-core", "pkg-pay-api", "cdb-pg-parking", "redis-lpr", "nks-prd-w-9c1x", "obj-raon-lprimg"} | {
    f"lpr-{c}" for c in DANJI
}
VISITOR = {"visitor-car-api"}
EV_SIDE = {"ev-csms", "ev-charge-api", "cdb-pg-ev", "slb-ocpp-prd", "nks-prd-w-b7qm"} | {
    f"evc-{c}" for c in EV_CHARGERS
}
AMI = {"ami-collector", "tsdb-ami", "hnet-tsdb-01", "ami_daily_agg"} | {f"dcu-{c}" for c in DANJI}
OFFICE = {"erp-gwanri", "ora-gwanri", "gwanribi-api", "bill-notice-batch", "cms-autopay", "rmq-noc", "pn-r03u07",
          "pn-r03u11", "pnv-bill01", "l4-noc-erp", "nas-noc-01", "kftc-cms-line", "ami_monthly_close"}  # fmt: skip
CCTV_SIDE = {"cctv-vms", "pn-r04u02"} | {f"nvr-{c}" for c in DANJI}


def _load(name: str):
    for group, shape in (
        (PARKING, _parking),
        (VISITOR, _visitor),
        (EV_SIDE, _ev),
        (AMI, _ami),
        (OFFICE, _office),
        (CCTV_SIDE, _cctv),
        (HOME_SIDE, _home),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "H1": {0: (5.0, 6.0), 1: (4.0, 13.0), 2: (2.2, 7.0)},
    "H2": {1: (8.0, 6.0), 2: (3.5, 11.0)},
    "H3": {0: (6.0, 9.0), 1: (3.6, 12.0), 2: (2.2, 7.5)},
    "H4": {0: (8.0, 6.0), 1: (4.0, 14.0), 2: (2.4, 8.0)},
    "H5": {1: (3.0, 12.0)},
    "H6": {0: (7.0, 4.0), 1: (3.8, 13.0), 2: (2.0, 6.5)},
    "H7": {0: (10.0, 6.0), 1: (4.2, 12.0), 2: (2.6, 8.5)},
}
EFFECT_OVERRIDE = {
    ("H1", "homectl-api"): (5.2, 29.0),
    ("H2", "ami-collector"): (4.6, 31.0),
    ("H3", "visitor-car-api"): (4.8, 28.0),
    ("H4", "erp-gwanri"): (6.5, 33.0),
    ("H5", "lpr-mj04"): (4.0, 38.0),
    ("H6", "auth-sso"): (5.5, 31.0),
    ("H7", "pkg-core"): (6.0, 35.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.45, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "hnet-tsdb-01", "hnet-kfk-01", "hnet-kfk-02", "hnet-kfk-03", "hnet-redis-01", "hnet-emqx-01", "hnet-emqx-02",
    "hnet-log-01", "pn-r03u07", "pn-r03u11", "pn-r04u02", "pnv-bill01",
} | {f"egw-{c}" for c in DANJI}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
EDGE = {f"egw-{c}" for c in DANJI}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(36, 62), rng.uniform(22, 54)
    growth = rng.uniform(0, 0.1)
    if name == "hnet-tsdb-01":  # the WAL volume is the watched disk
        disk0, growth = 41.0, 0.05
    rtt0 = rng.uniform(3.0, 9.0)
    leak = 0.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in ("hnet-emqx-01", "hnet-emqx-02"):  # reconnect storm: TLS handshakes
            cpu += 44 * ramp(ts, H1["start"], H1["end"], rise=5, fall=10)
        if name == "hnet-tsdb-01":  # the compression job writes WAL until the volume is full
            disk += (99.2 + rng.gauss(0, 0.2) - disk) * ramp(ts, H2["start"] - timedelta(minutes=20), H2["end"],
                                                              rise=25, fall=15)  # fmt: skip
            cpu += 30 * ramp(ts, H2["start"] - timedelta(minutes=20), H2["end"], rise=10, fall=10)
        if name == "hnet-redis-01":  # the noisy neighbour: the sync's big writes
            cpu += 18 * ramp(ts, H3["start"], H3["end"], rise=5, fall=10)
        if name == "egw-mj04":  # the relay leaks from Monday's update, then the OOM under the evening entries
            if kst(20, 14, 0) <= ts < H5["end"]:
                leak = min(24.0, leak + 0.035)
            mem += leak
            mem += (98.4 + rng.gauss(0, 0.3) - mem) * ramp(ts, H5["start"], H5["end"], rise=5, fall=10)
            cpu += 46 * ramp(ts, H5["start"], H5["end"], rise=5, fall=10)
            if ts >= H5["end"] + timedelta(minutes=10):
                leak = 0.0
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        if name in EDGE:  # the IPsec tunnel to the NOC: round trip and loss
            rtt = rtt0 * (1 + rng.gauss(0, 0.05))
            loss = max(0.0, rng.gauss(0.03, 0.01))
            if name == "egw-mj04":
                r = ramp(ts, H5["start"], H5["end"], rise=5, fall=10)
                rtt *= 1 + 6 * r
                loss += 7.5 * r * (1 + rng.gauss(0, 0.08))
            row |= {"response_time_ms": round(rtt, 2), "error_rate": round(loss, 2)}
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 26)
    rtt0 = {"ncp-cloudconnect": 1.6, "kftc-cms-line": 5.8, "elv-link-hdel": 11.5}.get(
        name, rng.uniform(0.3, 1.2)
    )
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _nvr_ss05(rng: random.Random, ts: datetime) -> float:
    """nvr-ss05: a camera added with a higher bit rate fills it towards the overwrite threshold."""
    return 66.2 + 0.85 * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-noc-01": (47, 49), "bkp-noc-01": (58, 60), "obj-raon-lprimg": (33, 35)}.get(name, (62, 72))
    per_day = 0.05 if name.startswith("nvr-") else 0.12 if name == "obj-raon-lprimg" else 0.03
    fill = storage_fill(rng, name, times, START, used, per_day, _nvr_ss05 if name == "nvr-ss05" else None)
    lat0 = rng.uniform(2.0, 6.0) if name.startswith("nvr-") else rng.uniform(1.2, 3.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "bkp-noc-01" and 0 <= seoul_hour(ts) < 2:  # the nightly backups
            lat *= 1.8
        if name == "nvr-wr03":  # disks being replaced: the array rebuilds
            lat *= 1.5
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "resident-app-bff": 140.0, "auth-sso": 38.0, "homectl-api": 210.0, "event-router": 24.0, "push-gw": 65.0,
    "alimtalk-relay": 180.0, "access-ctl": 90.0, "elv-bridge": 260.0, "sip-proxy": 18.0, "community-api": 120.0,
    "parcel-if": 75.0, "wallpad-ota": 150.0, "member_cleanup": 420.0, "pkg-core": 55.0, "visitor-car-api": 95.0, "pkg-pay-api": 330.0,
    "ev-csms": 48.0, "ev-charge-api": 160.0, "ami-collector": 32.0, "energy-api": 230.0, "ami_daily_agg": 540.0,
    "ami_monthly_close": 610.0, "erp-gwanri": 380.0, "gwanribi-api": 170.0, "bill-notice-batch": 460.0,
    "cms-autopay": 520.0, "cctv-vms": 310.0, "noc-zabbix": 85.0, "loki-hnet": 70.0,
    "cdb-my-member": 2.1, "cdb-pg-parking": 2.6, "cdb-pg-ev": 3.0, "tsdb-ami": 6.5, "ora-gwanri": 4.2,
    "redis-session": 0.38, "redis-lpr": 0.31, "wallpad-hub": 3.4, "kafka-hnet": 4.6, "rmq-noc": 2.2,
    "slb-app-prd": 1.8, "slb-mqtt-prd": 0.9, "slb-ocpp-prd": 1.5, "l4-noc-erp": 0.7,
}  # fmt: skip
for _c in DANJI:
    RT0[f"hs-{_c}"] = {"sd01": 72.0, "dt02": 64.0, "wr03": 58.0, "mj04": 81.0, "ss05": 55.0, "sj06": 61.0}[_c]
    RT0[f"lpr-{_c}"] = {
        "sd01": 240.0,
        "dt02": 210.0,
        "wr03": 190.0,
        "mj04": 265.0,
        "ss05": 175.0,
        "sj06": 205.0,
    }[_c]
for _c in EV_CHARGERS:
    RT0[f"evc-{_c}"] = {"sd01": 120.0, "dt02": 135.0, "mj04": 150.0, "sj06": 128.0}[_c]
REQUEST_RATE = {
    "resident-app-bff": 1450.0, "auth-sso": 620.0, "homectl-api": 880.0, "event-router": 2300.0, "push-gw": 410.0,
    "alimtalk-relay": 35.0, "access-ctl": 260.0, "elv-bridge": 190.0, "sip-proxy": 140.0, "community-api": 85.0,
    "parcel-if": 48.0, "pkg-core": 740.0, "visitor-car-api": 120.0, "pkg-pay-api": 42.0, "ev-csms": 960.0,
    "ev-charge-api": 70.0, "ami-collector": 3100.0, "energy-api": 150.0, "erp-gwanri": 95.0, "gwanribi-api": 110.0,
    "cdb-my-member": 5200.0, "cdb-pg-parking": 3900.0, "cdb-pg-ev": 1700.0, "tsdb-ami": 6800.0,
    "ora-gwanri": 2100.0, "redis-session": 18500.0, "redis-lpr": 9600.0, "wallpad-hub": 24000.0,
    "kafka-hnet": 8700.0, "rmq-noc": 260.0, "slb-app-prd": 1500.0, "slb-mqtt-prd": 24500.0, "slb-ocpp-prd": 980.0,
}  # fmt: skip
for _c, (_city, _hh, *_rest) in DANJI.items():
    REQUEST_RATE[f"hs-{_c}"] = round(_hh * 0.9, 0)
    REQUEST_RATE[f"lpr-{_c}"] = round(_rest[3] / 14, 1)  # parking spaces / 14 = plate reads a minute at peak
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-session": (44.0, 9.0), "redis-lpr": (51.0, 5.0), "wallpad-hub": (38.0, 12.0), "kafka-hnet": (47.0, 6.0),
    "rmq-noc": (29.0, 8.0),
}  # fmt: skip
CPU_DB = {"cdb-my-member": (14.0, 30.0), "cdb-pg-parking": (16.0, 28.0), "ora-gwanri": (11.0, 32.0),
          "tsdb-ami": (22.0, 20.0)}  # fmt: skip
BATCH_HOURS = {"member_cleanup": (3.5, 4.0), "ami_daily_agg": (1.0, 2.7), "ami_monthly_close": (2.0, 2.6),
               "bill-notice-batch": (9.5, 11.0), "cms-autopay": (6.0, 6.6)}  # fmt: skip


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0, cpu_swing = CPU_DB.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is H7 and name in ("cdb-pg-parking", "pkg-core"):
                req *= 1 - 0.5 * r  # lookups stuck on the lock
            if inc is H1 and name == "wallpad-hub":
                req *= 1 + 0.8 * r  # reconnects and retained replays
            if inc is H6 and name == "cdb-my-member":
                req *= 1 + 0.35 * r
        if name in BATCH_HOURS:
            a, z = BATCH_HOURS[name]
            h = seoul_hour(ts)
            running = a <= h < z
            if name == "member_cleanup" and _local(ts).day == 22:  # the day it ran at 07:30
                running = 7.5 <= h < 8.6
            if name in ("bill-notice-batch", "cms-autopay") and _local(ts).weekday() >= 5:
                running = False
            if name == "ami_monthly_close" and _local(ts).day != 15:
                running = False
            if not running:
                req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "wallpad-hub":  # session state of the reconnecting wall-pads
                mem += 34 * ramp(ts, H1["start"], H1["end"], rise=10, fall=15)
            if name == "redis-lpr":  # the second copy of the whitelists until maxmemory
                mem += (99.6 + rng.gauss(0, 0.1) - mem) * ramp(ts, H3["start"] - timedelta(minutes=20), H3["end"],
                                                                rise=25, fall=10)  # fmt: skip
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "cdb-my-member":
                cpu += (96.8 + rng.gauss(0, 0.6) - cpu) * ramp(ts, H6["start"], H6["end"], rise=5, fall=10)
            if name == "tsdb-ami":
                cpu += 25 * ramp(ts, H2["start"], H2["end"], rise=5, fall=10)
            if name == "ora-gwanri":
                cpu += 12 * ramp(ts, H4["start"] - timedelta(minutes=30), H4["end"], rise=20, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly AMI aggregation, the household cleanup, CMS auto-debit, bill notices, the certificate, NVR."""
    rows = []
    for d in range(13, 24):
        wd = datetime(2028, 11, d).weekday()
        rows.append((d, 1, 0, "ami_daily_agg", "info", "batch_job", "검침 일집계 시작 (dag ami_daily)"))
        if d != 16:
            rows.append((d, 2, 38, "ami_daily_agg", "info", "batch_job", "검침 일집계 완료"))
        if d != 22:
            rows.append((d, 3, 30, "member_cleanup", "info", "batch_job", "전출/탈퇴 세대원 정리 시작"))
            rows.append((d, 3, 58, "member_cleanup", "info", "batch_job", "세대원 정리 완료"))
        if wd < 5:
            rows.append((d, 6, 0, "cms-autopay", "info", "batch_job", "CMS 출금 결과 파일 수신 (금융결제원)"))
            rows.append(
                (d, 9, 30, "bill-notice-batch", "info", "batch_job", "관리비 미납 안내/고지서 재발송 시작")
            )
        left = (datetime(2028, 12, 2) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 0, "slb-app-prd", "warning", "cert_expiry",
             f"SSL certificate *.raonhome.co.kr expires in {left} days (2028-12-02), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (14, 10, 0, "homectl-api-stg", "info", "deployment", "homectl-api-stg 5.3.0-rc3 배포"),
    (14, 16, 0, "wallpad-hub", "info", "change_notice", "화요일 21:15 EMQX 5.8.0 → 5.8.1 롤링 업그레이드 예정 (노드 #2부터)"),
    (14, 21, 0, "homectl-api", "info", "deployment", "homectl-api 5.3.0 배포 (난방 예약 모드 추가)"),
    (14, 21, 15, "hnet-emqx-02", "info", "maintenance", "EMQX 노드 #2 업그레이드 재기동 (5.8.1)"),
    (15, 2, 0, "ami_monthly_close", "info", "batch_job", "10월 검침 마감 시작 → 관리비 ERP 전송"),
    (15, 2, 31, "ami_monthly_close", "info", "batch_job", "10월 검침 마감 완료 (세대 7,830 / 계량기 38,950)"),
    (15, 11, 0, "nvr-ss05", "warning", "threshold_breach", "disk_usage above 65% (overwrite at 85%)"),
    (15, 14, 0, "tsdb-ami", "info", "config_change", "compression policy compress_after 7 days → 2 days (meter_reads)"),
    (15, 17, 0, "ami-collector", "info", "deployment", "ami-collector 4.1.0 배포 (난방 계량기 DLMS 프로파일 추가)"),
    (17, 10, 0, "nvr-wr03", "info", "maintenance", "위례 NVR HDD 4EA 교체, RAID 리빌드 (영상 조회 지연 가능)"),
    (17, 16, 0, "pkg-core", "info", "config_change", "whitelist 전체 동기화 스케줄 변경 03:00 → 토/일 11:00 추가"),
    (17, 20, 30, "nvr-ss05", "warning", "threshold_breach", "disk_usage above 70% (overwrite at 85%)"),
    (18, 11, 0, "visitor-car-api", "info", "deployment", "visitor-car-api 2.12.0 배포 (방문차량 즐겨찾기)"),
    (18, 11, 0, "pkg-core", "info", "batch_job", "whitelist 전체 동기화 시작 (6개 단지)"),
    (19, 23, 30, "bkp-noc-01", "major", "backup", "RMAN archivelog backup GWANRI failed: media unavailable"),
    (20, 9, 0, "erp-gwanri", "info", "batch_job", "11월 관리비 부과 마감 작업 시작 (6개 단지)"),
    (20, 9, 5, "erp-gwanri", "info", "deployment", "erp-gwanri 2028.11 패치 적용 (장기수선충당금 계산식)"),
    (20, 11, 0, "pkg-core-stg", "info", "maintenance", "스테이징 주차 DB 마이그레이션 테스트 (서비스 중지)"),
    (20, 14, 0, "egw-mj04", "info", "config_change", "edge OS 4.1.3 → 4.2.0 업데이트 (CCTV 스트림 릴레이 교체)"),
    (20, 16, 0, "erp-gwanri", "info", "batch_job", "11월 관리비 부과 마감 완료 (지연)"),
    (21, 9, 0, "resident-app-bff-stg", "info", "deployment", "resident-app-bff-stg 6.15.0-rc2 배포"),
    (21, 15, 20, "nvr-ss05", "warning", "threshold_breach", "disk_usage above 75% (overwrite at 85%)"),
    (21, 17, 0, "member_cleanup", "info", "deployment", "member_cleanup 1.3.0 CronJob 재배포 (schedule '30 22 * * *', timeZone 미지정)"),
    (21, 18, 15, "lpr-mj04", "info", "deployment", "lpr-agent 2.9.1 배포 (명지, 전기차 번호판 인식 개선)"),
    (22, 7, 20, "auth-sso", "info", "deployment", "auth-sso 3.8.2 배포 (세대원 초대 링크 만료 처리)"),
    (22, 7, 30, "member_cleanup", "info", "batch_job", "전출/탈퇴 세대원 정리 시작"),
    (22, 14, 0, "ev-csms-dev", "info", "deployment", "ev-csms-dev 2.6.0-SNAPSHOT 배포"),
    (23, 10, 0, "cdb-pg-parking", "info", "change_notice", "parking_whitelist 테이블 bloat 정리 예정 (작업일 미정)"),
    (23, 18, 30, "visitor-car-api", "info", "deployment", "visitor-car-api 2.13.0 배포 (방문 예정 시간 입력)"),
    (23, 18, 52, "cdb-pg-parking", "info", "config_change", "VACUUM FULL parking_whitelist 수동 실행 (DBA 작업)"),
    # H1 (Tuesday 14 evening)
    (14, 21, 21, "wallpad-hub", "warning", "connections", "session takeover storm: 104,220 clients reconnecting to emqx@hnet-emqx-01"),
    (14, 21, 24, "wallpad-hub", "critical", "performance", "retained message replay backlog, publish latency p99 4.8s, listener ssl:default overloaded"),
    (14, 21, 27, "homectl-api", "critical", "error", "원격제어 명령 전달 실패 29% (MQTT publish timeout)"),
    (14, 21, 31, "event-router", "major", "error", "방문자 호출/택배 도착 이벤트 유실 (subscribe 재연결 중)"),
    (14, 21, 38, "resident-app-bff", "warning", "error", "앱 기기제어 화면 응답 지연"),
    (14, 22, 0, "wallpad-hub", "info", "config_change", "listener max_conn_rate 1000/s 제한, 노드 #2 재합류"),
    (14, 22, 20, "homectl-api", "info", "recovery", "원격제어 정상"),
    # H2 (Thursday 16 small hours)
    (16, 1, 22, "hnet-tsdb-01", "warning", "disk", "/pgwal 85% used"),
    (16, 1, 33, "hnet-tsdb-01", "critical", "disk", "/pgwal 99% used, No space left on device"),
    (16, 1, 35, "tsdb-ami", "critical", "database", "PANIC: could not write to file \"pg_wal/xlogtemp\": No space left on device"),
    (16, 1, 40, "ami-collector", "critical", "error", "검침 적재 실패 31%, Kafka consumer lag 증가"),
    (16, 1, 46, "ami_daily_agg", "major", "batch_job", "검침 일집계 실패 (DB 연결 불가)"),
    (16, 1, 52, "energy-api", "warning", "error", "세대 에너지 사용량 조회 실패"),
    (16, 2, 15, "hnet-tsdb-01", "info", "config_change", "/pgwal 200GB → 500GB 확장, 압축 잡 중지"),
    (16, 2, 40, "ami-collector", "info", "recovery", "검침 적재 정상, 밀린 검침 재처리"),
    (16, 4, 10, "ami_daily_agg", "info", "batch_job", "검침 일집계 재실행 완료"),
    # H3 (Saturday 18 late morning)
    (18, 11, 12, "redis-lpr", "warning", "memory", "used_memory 7.4GB / maxmemory 8GB (92%)"),
    (18, 11, 21, "redis-lpr", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory'"),
    (18, 11, 26, "visitor-car-api", "critical", "error", "방문차량 등록 실패 28% (redis OOM)"),
    (18, 11, 29, "pkg-core", "major", "error", "whitelist 캐시 갱신 실패, DB 직접 조회로 폴백"),
    (18, 11, 36, "lpr-dt02", "warning", "gate", "동탄 정문 입차 확인 지연, 차단기 수동 개방 4건"),
    (18, 12, 5, "pkg-core", "info", "config_change", "whitelist 전체 동기화 중지, 임시 키 삭제"),
    (18, 12, 25, "visitor-car-api", "info", "recovery", "방문차량 등록 정상"),
    # H4 (Monday 20 morning)
    (20, 9, 28, "ora-gwanri", "warning", "database", "FRA usage 97% (db_recovery_file_dest 400GB)"),
    (20, 9, 32, "ora-gwanri", "critical", "database", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved"),
    (20, 9, 36, "erp-gwanri", "critical", "error", "관리비 부과 저장 실패 33% (DB 세션 hang)"),
    (20, 9, 41, "bill-notice-batch", "major", "batch_job", "고지서 발송 대상 조회 실패 (ERP 응답 없음)"),
    (20, 9, 47, "gwanribi-api", "warning", "error", "앱 관리비 조회 오류 증가"),
    (20, 10, 12, "ora-gwanri", "info", "config_change", "RMAN archivelog 수동 백업 후 삭제 (FRA 97% → 41%)"),
    (20, 10, 40, "erp-gwanri", "info", "recovery", "관리비 부과 작업 재개"),
    # H5 (Tuesday 21 evening)
    (21, 18, 38, "egw-mj04", "warning", "memory", "memory 95%, cctv-relay RSS 11.2GB"),
    (21, 18, 42, "egw-mj04", "critical", "memory", "Out of memory: Killed process 2231 (lpr-agent)"),
    (21, 18, 45, "lpr-mj04", "critical", "gate", "명지 입차 번호인식 실패 38%, 차단기 수동 개방 전환"),
    (21, 18, 49, "hs-mj04", "major", "error", "단지서버 MQTT 연결 끊김 (재접속 반복)"),
    (21, 18, 55, "egw-mj04", "warning", "network", "IPsec tunnel to vpn-hub-noc flapping (DPD timeout)"),
    (21, 19, 28, "egw-mj04", "info", "config_change", "cctv-relay 재기동, 메모리 제한 4GB 설정"),
    (21, 19, 45, "lpr-mj04", "info", "recovery", "명지 입차 인식 정상"),
    # H6 (Wednesday 22 morning)
    (22, 7, 38, "cdb-my-member", "warning", "performance", "slow queries 1,240/min (DELETE household_member), innodb row lock waits"),
    (22, 7, 43, "cdb-my-member", "critical", "performance", "CPU 97%, threads_running 612"),
    (22, 7, 46, "auth-sso", "critical", "error", "로그인/토큰 갱신 실패 31% (DB timeout)"),
    (22, 7, 50, "access-ctl", "major", "error", "모바일키 공동현관 개방 실패 (세대 인증 지연)"),
    (22, 7, 56, "resident-app-bff", "warning", "error", "앱 로그인 지연, 홈 화면 로딩 실패"),
    (22, 8, 28, "member_cleanup", "info", "config_change", "member_cleanup Job 강제 종료, timeZone Asia/Seoul 지정"),
    (22, 8, 45, "auth-sso", "info", "recovery", "로그인 정상"),
    # H7 (Thursday 23 evening, ongoing)
    (23, 18, 56, "cdb-pg-parking", "warning", "performance", "214 sessions waiting for AccessExclusiveLock on parking_whitelist"),
    (23, 18, 59, "cdb-pg-parking", "critical", "performance", "canceling statement due to lock timeout (parking_whitelist), active 611 / max 800"),
    (23, 19, 2, "pkg-core", "critical", "error", "입차 whitelist 조회 타임아웃 35%, 단지 LPR 응답 지연"),
    (23, 19, 7, "visitor-car-api", "major", "error", "방문차량 등록 실패 (DB lock timeout)"),
    (23, 19, 12, "lpr-sd01", "warning", "gate", "송도 정문/후문 입차 개방 지연, 차단기 수동 개방 전환"),
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
    generate(NAME, "apt-homenet", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
