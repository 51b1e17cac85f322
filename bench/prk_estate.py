"""Generate the parking-platform estate (tests/fixtures/parking-platform/, interchange format) and its faults.

A Korean nationwide parking operator (㈜파크웨이 — 주차장 3,012곳, 앱 바로파킹): at the lots, the LPR cameras
(`lot-lpr-cams`), the gate controllers (`lot-gate-ctl`), the unmanned pay stations (`lot-paystation`), the EV
chargers (`lot-evse`) and the gate intercoms (`lot-intercom`), reached over KT / LG U+ LTE M2M APNs
(`lte-m2m-kt`, `lte-m2m-lgu`) into 상암IDC; the plate-event ingest `lpr-ingest` and the GPU re-reader `plate-ocr`
on the Kafka bus `kfk-ipchul`, the entry/exit engine `ipchul-engine` (입출차) on MySQL `mysql-ipchul` and Redis
`redis-session`, the gate-control hub `gate-hub` over the MQTT broker `mqtt-gate`, occupancy `lot-occupancy`; the
fare engine `yogeum-calc` (요금) on PostgreSQL `pg-tariff` and `redis-tariff`, the shop validation web
`halin-reg` (상가 할인 등록); payments: card auto-pay `autopay-core`, the PG relay `pg-relay` (토스페이먼츠, KG이니시스)
on `mysql-pay` (async DR replica `mysql-pay-dr` in 대구DR센터), hi-pass `hipass-link` over the 도로공사 line, the
pay-station API `paystation-api` and the VAN relay `vancat-gw` (스마트로, KOVAN lines); monthly passes
`jeonggi-pass` (정기권) on `mysql-pass` with the renewal batch `pass_renew` (the 1st of the month at 00:10); the
driver app 바로파킹 on Naver Cloud NKS (`barop-bff`, `barop-reserve` 사전결제, `barop-member`, `barop-search`,
`barop-push`) with Cloud DB for MySQL `cdb-barop-prd-001`, Cloud DB for Redis `rds-barop-001` and the Cloud Data
Streaming cluster `cdss-3f9a1c`; the control centre in 구로 (`gwanje-console` 원격관제, the intercom SIP/CTI
`cti-sip` on MariaDB `mysql-cti`, recording `callrec`); EV charging `ocpp-csms` (OCPP) on `pg-evse` and roaming
`ev-roam`; lot-owner settlement (`imdae-settle` 임대인 정산, `owner-portal`, batch jobs `settle_daily`,
`card_recon`, `hipass_recon`, `settle_monthly`) on the Oracle RAC `ora-settle`, the plate-image purge
`lpr_img_purge`, the DW load `dw_load` into ClickHouse `ch-dw`, BI `bi-metabase` and ERP `erp-icube` at 판교본사.
Sites 상암IDC (main), 대구DR센터 (DR), 구로관제센터 (control centre), 판교본사 (HQ), NCP 수도권리전 (cloud) and
전국 주차장(현장) for the lot device fleets; environments prd, stg, dev (the CMDB's spelling); owners are Korean
teams and English squads.

Naming (unlike the earlier estates): on-prem servers in upper case as SITE-ENV-ROLE## (`SAM-P-IPC01` = 상암 prd 입출차
#1, `SAM-P-DB02`, `DGU-P-DB01` 대구, `GRO-P-CTI01` 구로, `PGO-P-BI01` 판교, `SAM-S-APP01` stg), romanised Korean
business words (`ipchul-engine` 입출차, `yogeum-calc` 요금, `halin-reg` 할인, `jeonggi-pass` 정기권, `imdae-settle`
임대인, `gwanje-console` 관제), engine-prefixed databases and caches (`mysql-ipchul`, `pg-tariff`, `ora-settle`,
`redis-session`, `kfk-ipchul`, `mqtt-gate`), the app code name `barop-*` (바로파킹), NCP-generated names (NKS
workers `barop-np-w-4f1c`, `cdb-barop-prd-001`, `rds-barop-001`, `cdss-3f9a1c`, `alb-barop-8f2c1d`), snake_case
batch jobs (type batch_job: `settle_daily`, `pass_renew`, `lpr_img_purge`), the lot device fleets as device groups
(`lot-*`), and network gear typed as the CMDB has it (firewall, switch, wan_link: `lte-m2m-kt`, `hipass-line`,
`van-line-smartro`); servers are typed vm or server.

Seven injected incidents (times KST; now = Monday 2028-09-04 08:50, the weekday morning entry peak at office-
building lots; the window is the 10 days before; lots open 24 h with the weekday entry peak 07:30–09:30 and exit
peak 18:00–19:30, weekend mall peaks in the afternoon, the EV light-load tariff surge at 23:00, settlement batches
01:30–05:30, the monthly pass renewal on the 1st at 00:10 and the monthly lot-owner settlement on the 1st at 06:00):
  P1 Sat 08-26 16:40–17:35  (weekend mall exits) after Friday night's bulk tariff import the planner flips the
                            tariff lookup on pg-tariff to a sequential scan: yogeum-calc (loudest, 6.2.0 deployed at
                            16:10), paystation-api, halin-reg
  P2 Mon 08-28 08:05–09:00  (morning entry peak) the bonded NIC of the Redis server SAM-P-RDS01 flaps after Sunday
                            night's access-switch swap: redis-session, ipchul-engine (loudest, 9.13.2 deployed at
                            07:40), yogeum-calc
  P3 Tue 08-29 18:25–19:20  (evening exit peak) KT's M2M APN core fails for the western 수도권: lte-m2m-kt,
                            lot-gate-ctl (loudest, firmware 3.14.2 rolled out from 17:00), lot-lpr-cams,
                            lot-paystation
  P4 Wed 08-30 01:35–02:30  (night settlement) ora-settle's FRA fills (the archive-log backup to 대구 was re-routed
                            on Tuesday and failed), the archiver stops: settle_daily (loudest, deployed Tuesday 17:30),
                            imdae-settle, owner-portal
  P5 Fri 09-01 00:10–01:05  (monthly pass renewal) pg-relay exhausts its outbound PG connection pool (the PG timeout
                            was raised to 10 s on Thursday): pass_renew (loudest, deployed Thursday 16:00),
                            autopay-core, barop-reserve
  P6 Sat 09-02 15:20–16:15  (weekend mall peak) a vMotion of SAM-P-MQT01 splits the mqtt-gate cluster and gate
                            sessions flap: gate-hub (loudest, 3.8.1 deployed at 15:00), lot-gate-ctl, gwanje-console
  P7 Mon 09-04 08:10–now    (morning entry peak) dw_load's extract has held a consistent snapshot on mysql-ipchul
                            since 02:30, the undo history grows and entry inserts slow down: ipchul-engine
                            (loudest), halin-reg (2.19.3 deployed at 07:30), gate-hub (ongoing)
Confounders: the entry/exit peaks and weekend mall peaks, the 23:00 EV surge, the nightly batches (settle_daily,
lpr_img_purge, dw_load, card_recon, hipass_recon), the month-start pass renewal and lot-owner settlement,
deploys on victims before incidents, shared servers (`SAM-P-DB02` for mysql-pay and mysql-pass, `SAM-P-RDS01` for
two Redis, `SAM-P-DB03` for two PostgreSQL), `SAM-P-GPU02` and `gate-hub-stg` in maintenance, the standby DR
`mysql-pay-dr` and `DGU-P-APP01`, the retired `parkline_v1_gw`, `SAM-P-LOG01`'s disk creeping up, `l4-sam-lot`'s
certificate for lot.parkway.co.kr expiring on 2028-09-09 (warned daily), and a KT notice for other regions.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/prk_golden.py) are computed from the files.

    .venv/bin/python bench/prk_estate.py   # rewrites tests/fixtures/parking-platform*
"""

from __future__ import annotations

import gzip
import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import FIXTURES, incident_hops, ramp
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

NAME = "parking-platform"
NOW = datetime(2028, 9, 3, 23, 50, tzinfo=UTC)  # Monday 2028-09-04 08:50 KST
START = NOW - timedelta(days=10)  # Friday 2028-08-25 08:50 KST
SEED = 20280904
SITES = {
    "S": "상암IDC",
    "D": "대구DR센터",
    "G": "구로관제센터",
    "P": "판교본사",
    "N": "NCP 수도권리전",
    "L": "전국 주차장(현장)",
}
ENVS = {"P": "prd", "S": "stg", "D": "dev"}

_aug, _sep = kst_utc_clock("2028-08"), kst_utc_clock("2028-09")


def kst(day: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul wall-clock time in the window (days 20–31 are August, 1–19 September), as UTC."""
    return (_aug if day >= 20 else _sep)(day, hh, mm)


DAYS = [25, 26, 27, 28, 29, 30, 31, 1, 2, 3, 4]

LOT, FARE, PAY, PASS = "주차운영개발팀", "요금정책파트", "결제개발팀", "squad-pass"
APP, CTRL, EV, STL = "squad-barop", "관제운영팀", "EV충전사업팀", "정산파트"
DATA, INFRA, DBA, NET = "data-lab", "인프라운영팀", "DBA팀", "네트워크파트"
CLOUD, FIELD, FIN = "cloud-ops", "현장장비팀", "재무IT파트"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- lot side: plates, entries/exits, gates
    "lpr-ingest": ("service", LOT, "S", "P", ["SAM-P-LPR01", "SAM-P-LPR02"], ["kfk-ipchul", "obj-lpr-img"],
                   {"desc": "번호판 인식(LPR) 이벤트 수집 (카메라 → 입출차 토픽)", "product": "자체개발 (Go 1.22)",
                    "version": "4.6.2", "cameras": 7420, "instances": 6, "port": 7443, "topic": "ipchul.lpr.v3"}),
    "plate-ocr": ("service", LOT, "S", "P", ["SAM-P-GPU01"], ["kfk-ipchul"],
                  {"desc": "저신뢰 번호판 재인식 (GPU OCR)", "product": "PyTorch 2.3 + Triton 24.05", "version": "2.3.0",
                   "model": "lprnet-kr-v11", "gpus": 4, "accuracy_pct": 99.2}),
    "ipchul-engine": ("service", LOT, "S", "P", ["SAM-P-IPC01", "SAM-P-IPC02"],
                      ["kfk-ipchul", "redis-session", "mysql-ipchul", "yogeum-calc", "jeonggi-pass"],
                      {"desc": "입출차 엔진 (입차/출차 매칭, 주차 세션, 출차 허용 판정)",
                       "product": "자체개발 (Java 21, Spring Boot 3.3)", "version": "9.14.0", "lots": 3012,
                       "instances": 8, "port": 8080, "open_sessions_avg": 186000}),
    "gate-hub": ("service", LOT, "S", "P", ["SAM-P-GATE01"], ["mqtt-gate", "ipchul-engine"],
                 {"desc": "차단기 제어 허브 (개방/폐쇄 명령, 차단기 상태 수집)", "product": "자체개발 (Kotlin, Ktor)",
                  "version": "3.8.1", "gates": 6180, "open_timeout_ms": 1500}),
    "lot-occupancy": ("service", LOT, "S", "P", ["SAM-P-IPC02"], ["kfk-ipchul", "redis-avail"],
                      {"desc": "주차면 점유/만차 집계", "product": "Kafka Streams (Java 21)", "version": "1.12.4",
                       "lots": 3012, "refresh_s": 10}),
    # ---------------------------------------------------------------- fares, validation
    "yogeum-calc": ("service", FARE, "S", "P", ["SAM-P-FARE01"], ["pg-tariff", "redis-tariff"],
                    {"desc": "주차요금 계산 (요금제, 할인, 감면)", "product": "자체개발 (Java 21)", "version": "6.2.0",
                     "tariff_plans": 8950, "port": 8090}),
    "halin-reg": ("service", FARE, "S", "P", ["SAM-P-FARE01"], ["yogeum-calc", "mysql-ipchul"],
                  {"desc": "상가 할인 등록 (웹할인, 방문차량 등록)", "product": "자체개발 (Spring MVC, JSP)",
                   "version": "2.19.3", "merchants": 41800, "endpoint": "dc.parkway.co.kr"}),
    # ---------------------------------------------------------------- passes, payments
    "jeonggi-pass": ("service", PASS, "S", "P", ["SAM-P-PASS01"], ["mysql-pass", "pg-relay"],
                     {"desc": "정기권 (월정기권 판매/갱신/차량 등록)", "product": "자체개발 (Java 17)", "version": "5.0.7",
                      "active_passes": 128400, "renewal_day": 1}),
    "pass_renew": ("batch_job", PASS, "S", "P", ["SAM-P-BAT01"], ["jeonggi-pass", "pg-relay", "mysql-pass"],
                   {"desc": "정기권 자동갱신 결제 (매월 1일 00:10, 미결제분 매일 06:00 재시도)", "version": "1.8.0",
                    "schedule": "매월 1일 00:10", "product": "Spring Batch 5.1"}),
    "autopay-core": ("service", PAY, "S", "P", ["SAM-P-PAY01", "SAM-P-PAY02"], ["pg-relay", "mysql-pay", "redis-session"],
                     {"desc": "출차 자동결제 (등록카드 번호판 결제)", "product": "자체개발 (Java 21)", "version": "7.3.2",
                      "registered_cards": 2310000, "port": 8443}),
    "pg-relay": ("service", PAY, "S", "P", ["SAM-P-PAY01"], ["mysql-pay"],
                 {"desc": "PG 중계 (빌링키 결제)", "product": "자체개발 (Go 1.22)", "version": "3.11.0",
                  "pgs": "토스페이먼츠, KG이니시스", "max_conns_per_pg": 400, "pg_timeout_s": 10, "port": 9100}),
    "hipass-link": ("service", PAY, "S", "P", ["SAM-P-PAY02"], ["mysql-pay", "hipass-line"],
                    {"desc": "하이패스 주차결제 연동 (한국도로공사 하이패스센터)", "product": "자체개발 (C++ / Java 11)",
                     "version": "2.4.5", "lanes": 640, "lots": 212}),
    "vancat-gw": ("service", PAY, "S", "P", ["SAM-P-PAY02"], ["mysql-pay", "van-line-smartro", "van-line-kovan"],
                  {"desc": "VAN 중계 (무인정산기 카드 승인)", "product": "자체개발 (Java 11)", "version": "2.0.9",
                   "vans": "스마트로, KOVAN", "tps_limit": 900}),
    "paystation-api": ("service", PAY, "S", "P", ["SAM-P-PAY02"], ["yogeum-calc", "ipchul-engine", "vancat-gw"],
                       {"desc": "무인정산기 API (사전정산기, 출구정산기)", "product": "자체개발 (Node.js 20)",
                        "version": "4.1.0", "kiosks": 2310}),
    # ---------------------------------------------------------------- app 바로파킹 (NCP)
    "barop-bff": ("service", APP, "N", "P", ["barop-np-w-4f1c", "barop-np-w-9a27"],
                  ["barop-reserve", "barop-member", "barop-search", "jeonggi-pass"],
                  {"desc": "바로파킹 앱 BFF", "product": "Node.js 20 (NestJS, NKS)", "version": "12.4.0", "pods": 14,
                   "mau": 2650000}),
    "barop-reserve": ("service", APP, "N", "P", ["barop-np-w-9a27"], ["cdb-barop-prd-001", "pg-relay", "ipchul-engine"],
                      {"desc": "사전결제/예약주차 (입차 전 결제, 번호판 사전등록)", "product": "Spring Boot 3.3 (NKS)",
                       "version": "4.9.1", "pods": 8}),
    "barop-member": ("service", APP, "N", "P", ["barop-np-w-4f1c"], ["cdb-barop-prd-001", "rds-barop-001"],
                     {"desc": "회원/차량/결제수단 등록", "product": "Spring Boot 3.3 (NKS)", "version": "3.6.0", "pods": 6,
                      "vehicles": 3120000}),
    "barop-search": ("service", APP, "N", "P", ["barop-np-w-c3e8"], ["rds-barop-001", "lot-occupancy"],
                     {"desc": "주차장 검색/빈자리 조회", "product": "Go 1.22 (NKS)", "version": "2.14.3", "pods": 10}),
    "barop-push": ("service", APP, "N", "P", ["barop-np-w-c3e8"], ["cdss-3f9a1c"],
                   {"desc": "앱 푸시 (입차/출차/정기권 만료 알림)", "product": "Python 3.12 (NKS)", "version": "1.7.2",
                    "daily_quota": 4000000}),
    # ---------------------------------------------------------------- control centre 구로
    "gwanje-console": ("service", CTRL, "G", "P", ["GRO-P-WEB01"], ["gate-hub", "ipchul-engine", "cti-sip", "lot-occupancy"],
                       {"desc": "원격관제 콘솔 (원격 개방, 영상 확인, 민원 처리)", "product": "자체개발 (React + Spring Boot)",
                        "version": "5.5.2", "seats": 48}),
    "cti-sip": ("service", CTRL, "G", "P", ["GRO-P-CTI01"], ["mysql-cti"],
                {"desc": "주차장 인터폰 호 처리 (SIP/CTI → 관제석)", "product": "Asterisk 20 + 자체 CTI",
                 "version": "20.8.1", "intercoms": 6240, "trunks": 96, "sip_port": 5060}),
    "callrec": ("service", CTRL, "G", "P", ["GRO-P-CTI02"], ["cti-sip", "nas-gro-rec"],
                {"desc": "관제 통화녹음", "product": "Bridgetec IPR", "version": "7.2", "retention_days": 365}),
    # ---------------------------------------------------------------- EV charging
    "ocpp-csms": ("service", EV, "S", "P", ["SAM-P-EV01"], ["pg-evse", "autopay-core"],
                  {"desc": "충전기 관제 CSMS", "product": "자체개발 (Elixir)", "version": "2.12.0", "chargers": 4860,
                   "ocpp": "1.6J, 2.0.1", "port": 9220}),
    "ev-roam": ("service", EV, "S", "P", ["SAM-P-EV01"], ["ocpp-csms"],
                {"desc": "환경부 충전 로밍 연동 (회원카드 인증/정산)", "product": "자체개발 (Java 17)", "version": "1.4.3",
                 "partners": 27}),
    # ---------------------------------------------------------------- settlement, DW, ERP
    "imdae-settle": ("service", STL, "S", "P", ["SAM-P-STL01"], ["ora-settle", "erp-icube"],
                     {"desc": "주차장주(임대인/위탁) 정산", "product": "자체개발 (Java 17, MyBatis)", "version": "8.2.1",
                      "lot_owners": 1870, "payout_day": 10}),
    "owner-portal": ("service", STL, "S", "P", ["SAM-P-STL01"], ["imdae-settle", "ora-settle"],
                     {"desc": "주차장주 포털 (매출/정산서 조회)", "product": "Vue 3 + Spring Boot", "version": "3.3.0",
                      "endpoint": "owner.parkway.co.kr"}),
    "settle_daily": ("batch_job", STL, "S", "P", ["SAM-P-BAT01"], ["ora-settle", "mysql-pay", "mysql-ipchul"],
                     {"desc": "일 매출 집계 (주차장별 매출, 수수료)", "schedule": "매일 01:30", "version": "3.0.4",
                      "product": "Spring Batch 5.1"}),
    "card_recon": ("batch_job", STL, "S", "P", ["SAM-P-BAT01"], ["ora-settle", "mysql-pay"],
                   {"desc": "카드/PG 매입 대사", "schedule": "매일 03:30", "version": "2.2.0", "product": "Spring Batch 5.1"}),
    "hipass_recon": ("batch_job", STL, "S", "P", ["SAM-P-BAT01"], ["hipass-link", "ora-settle"],
                     {"desc": "하이패스 정산파일 수신/대사", "schedule": "매일 05:10", "version": "1.3.1",
                      "product": "shell + PL/SQL"}),
    "settle_monthly": ("batch_job", STL, "S", "P", ["SAM-P-BAT01"], ["ora-settle", "imdae-settle"],
                       {"desc": "월 정산 마감 (주차장주 정산금 확정)", "schedule": "매월 1일 06:00", "version": "3.0.4",
                        "product": "Spring Batch 5.1"}),
    "lpr_img_purge": ("batch_job", LOT, "S", "P", ["SAM-P-BAT01"], ["obj-lpr-img", "mysql-ipchul"],
                      {"desc": "번호판 이미지 보관기간 경과분 삭제 (개인정보)", "schedule": "매일 02:00",
                       "retention_days": 90, "version": "1.1.0", "product": "Python 3.11 + cron"}),
    "dw_load": ("batch_job", DATA, "S", "P", ["SAM-P-DW01"], ["ch-dw", "ora-settle", "mysql-ipchul", "cdb-barop-prd-001"],
                {"desc": "DW 야간 적재 (입출차, 매출, 앱)", "schedule": "매일 02:30", "version": "0.9.8",
                 "product": "Airflow 2.9 + dbt"}),
    "erp-icube": ("service", FIN, "P", "P", ["PGO-P-ERP01"], [],
                  {"desc": "회계 ERP", "product": "더존 iCUBE G20", "version": "G20 2024.1"}),
    "bi-metabase": ("service", DATA, "P", "P", ["PGO-P-BI01"], ["ch-dw"],
                    {"desc": "BI 대시보드 (주차장 매출, 회전율, 정기권)", "product": "Metabase 0.50", "dashboards": 236}),
    "log-opensearch": ("service", INFRA, "S", "P", ["SAM-P-LOG01"], [],
                       {"desc": "로그 수집", "product": "OpenSearch 2.15 + Fluent Bit", "retention_days": 30}),
    # ---------------------------------------------------------------- lot device fleets
    "lot-lpr-cams": ("device_group", FIELD, "L", "P", [], ["lpr-ingest", "lte-m2m-kt"],
                     {"desc": "입출구 번호판 인식 카메라", "count": 7420, "vendor": "한화비전 (자체 LPR 펌웨어)",
                      "firmware": "LPR-5.2.8"}),
    "lot-gate-ctl": ("device_group", FIELD, "L", "P", [], ["gate-hub", "mqtt-gate", "lte-m2m-kt"],
                     {"desc": "차단기 컨트롤러", "count": 6180, "vendor": "에스디시스템", "model": "SDB-700",
                      "firmware": "3.14.2"}),
    "lot-paystation": ("device_group", FIELD, "L", "P", [], ["paystation-api", "mqtt-gate", "lte-m2m-kt"],
                       {"desc": "무인정산기 (사전/출구)", "count": 2310, "model": "PK-ST2", "firmware": "2.8.0"}),
    "lot-evse": ("device_group", EV, "L", "P", [], ["ocpp-csms", "lte-m2m-lgu"],
                 {"desc": "전기차 충전기 (완속 7kW 3,900 / 급속 100kW 960)", "count": 4860, "firmware": "mixed"}),
    "lot-intercom": ("device_group", FIELD, "L", "P", [], ["cti-sip", "lte-m2m-kt"],
                     {"desc": "출입구 SIP 인터폰", "count": 6240, "model": "CI-300", "firmware": "1.9.4"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "ipchul-engine-stg": ("service", LOT, "S", "S", ["SAM-S-APP01"], ["mysql-ipchul-stg"],
                          {"desc": "입출차 엔진 (스테이징, 테스트 주차장 6곳)", "version": "9.15.0-rc2"}),
    "gate-hub-stg": ("service", LOT, "S", "S", ["SAM-S-APP01"], [],
                     {"desc": "차단기 제어 허브 (스테이징)", "version": "3.9.0-rc1"}),
    "barop-bff-stg": ("service", APP, "N", "S", ["barop-stg-w-1b5d"], [],
                      {"desc": "바로파킹 BFF (스테이징)", "version": "12.5.0-beta2"}),
    "yogeum-calc-dev": ("service", FARE, "S", "D", ["SAM-D-APP01"], [],
                        {"desc": "요금 계산 (개발)", "version": "6.3.0-SNAPSHOT"}),
    "parkline_v1_gw": ("service", LOT, "S", "P", [], [],
                       {"desc": "구 주차장 연동 GW (v1 프로토콜, 2027년 gate-hub로 대체)", "version": "1.22.0",
                        "decommissioned": "2027-12-15"}),
    # ---------------------------------------------------------------- databases
    "mysql-ipchul": ("database", DBA, "S", "P", ["SAM-P-DB01"], [],
                     {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Enterprise", "port": 3306,
                      "max_connections": 6000, "replication": "semi-sync", "size_gb": 2800,
                      "desc": "입출차/주차세션 DB"}),
    "mysql-pay": ("database", DBA, "S", "P", ["SAM-P-DB02"], [],
                  {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Enterprise", "port": 3306,
                   "max_connections": 4000, "replication": "async", "size_gb": 1900, "desc": "결제/승인 DB"}),
    "mysql-pass": ("database", DBA, "S", "P", ["SAM-P-DB02"], [],
                   {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Enterprise", "port": 3307,
                    "max_connections": 2000, "size_gb": 240, "desc": "정기권 DB"}),
    "mysql-pay-dr": ("database", DBA, "D", "P", ["DGU-P-DB01"], [],
                     {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Enterprise", "port": 3306,
                      "replication": "async", "role": "DR standby", "desc": "결제 DB 대구 DR 복제본"}),
    "pg-tariff": ("database", DBA, "S", "P", ["SAM-P-DB03"], [],
                  {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5432,
                   "size_gb": 310, "desc": "주차장/요금제 마스터"}),
    "pg-evse": ("database", DBA, "S", "P", ["SAM-P-DB03"], [],
                {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5433, "size_gb": 520,
                 "desc": "충전기/충전 세션"}),
    "ora-settle": ("database", DBA, "S", "P", ["SAM-P-ORA01", "SAM-P-ORA02"], [],
                   {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c RAC", "nodes": 2,
                    "sid": "STLPRD", "port": 1521, "fra_gb": 2048, "size_tb": 14.2, "desc": "정산 DB"}),
    "cdb-barop-prd-001": ("database", CLOUD, "N", "P", [], [],
                          {"engine": "mysql", "version": "8.0.36", "product": "NCP Cloud DB for MySQL",
                           "server_spec": "High CPU 16vCPU/32GB", "ha": "Multi-zone (KR-1, KR-2)",
                           "max_connections": 3000, "desc": "바로파킹 앱 DB"}),
    "mysql-cti": ("database", CTRL, "G", "P", ["GRO-P-CTI02"], [],
                  {"engine": "mariadb", "version": "10.11.8", "product": "MariaDB 10.11", "port": 3306,
                   "desc": "CTI 호 이력"}),
    "ch-dw": ("database", DATA, "S", "P", ["SAM-P-DW01"], [],
              {"engine": "clickhouse", "version": "24.3", "product": "ClickHouse 24.3 LTS", "port": 9000,
               "size_tb": 38.0, "desc": "DW"}),
    "mysql-ipchul-stg": ("database", DBA, "S", "S", ["SAM-S-APP01"], [],
                         {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Community", "port": 3306}),
    # ---------------------------------------------------------------- caches, queues
    "redis-session": ("cache", LOT, "S", "P", ["SAM-P-RDS01"], [],
                      {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "volatile-ttl",
                       "port": 6379, "desc": "입출차 세션/출차 허용 토큰"}),
    "redis-tariff": ("cache", FARE, "S", "P", ["SAM-P-RDS01"], [],
                     {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "allkeys-lfu",
                      "port": 6380, "desc": "요금제 캐시"}),
    "redis-avail": ("cache", LOT, "S", "P", ["SAM-P-RDS02"], [],
                    {"engine": "valkey", "version": "7.2.6", "maxmemory_gb": 12, "maxmemory_policy": "allkeys-lru",
                     "port": 6379, "desc": "빈자리 현황 캐시"}),
    "rds-barop-001": ("cache", CLOUD, "N", "P", [], [],
                      {"engine": "redis", "version": "7.0", "product": "NCP Cloud DB for Redis",
                       "node_spec": "Memory 16GB", "desc": "앱 세션/검색 캐시"}),
    "kfk-ipchul": ("queue", LOT, "S", "P", ["SAM-P-KFK01", "SAM-P-KFK02", "SAM-P-KFK03"], [],
                   {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 3, "partitions": 384, "topics": 22,
                    "retention_h": 72, "port": 9092, "desc": "입출차/LPR 이벤트 버스"}),
    "mqtt-gate": ("queue", LOT, "S", "P", ["SAM-P-MQT01", "SAM-P-MQT02"], [],
                  {"product": "HiveMQ Enterprise 4.30", "nodes": 2, "port": 8883, "clients": 12400,
                   "desc": "차단기/정산기 MQTT 브로커"}),
    "cdss-3f9a1c": ("queue", CLOUD, "N", "P", [], [],
                    {"product": "NCP Cloud Data Streaming Service (Kafka 3.5)", "brokers": 3,
                     "desc": "앱 알림 이벤트"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-sam-lot": ("S", NET, ["lpr-ingest", "gate-hub", "paystation-api"],
                   {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.50.1.10", "firmware": "17.1.1",
                    "endpoint": "lot.parkway.co.kr", "cert_expiry": "2028-09-09", "cert_issuer": "DigiCert (수동 갱신)"}),
    "l4-sam-biz": ("S", NET, ["halin-reg", "owner-portal", "jeonggi-pass"],
                   {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "10.50.1.20", "firmware": "2.7.3",
                    "cert_expiry": "2029-03-31"}),
    "alb-barop-8f2c1d": ("N", CLOUD, ["barop-bff"],
                         {"vendor": "NCP", "model": "Application Load Balancer", "endpoint": "api.barop.co.kr",
                          "cert_issuer": "NCP Certificate Manager (자동 갱신)"}),
    "l4-gro-cti": ("G", NET, ["cti-sip"],
                   {"vendor": "Citrix", "model": "ADC MPX 8905", "vip": "10.70.0.10", "firmware": "14.1-21.57"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "obj-lpr-img": ("S", LOT, {"vendor": "Scality", "model": "Scality RING (6 nodes)", "capacity_tb": 960,
                               "desc": "번호판 이미지 (90일 보관)"}, ["SAM-P-LPR01", "SAM-P-LPR02", "SAM-P-GPU01"]),
    "nas-gro-rec": ("G", CTRL, {"vendor": "Synology", "model": "SA6400", "capacity_tb": 216, "protocol": "SMB 3",
                                "desc": "관제 통화녹음 보관"}, ["GRO-P-CTI02"]),
    "san-sam-01": ("S", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.15.1", "capacity_tb": 180,
                                "desc": "DB 블록 스토리지"},
                   ["SAM-P-DB01", "SAM-P-DB02", "SAM-P-DB03", "SAM-P-ORA01", "SAM-P-ORA02"]),
    "dd-dgu-bkp": ("D", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                                "desc": "백업 (DB, 파일)"}, ["DGU-P-DB01"]),
}
# servers: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "SAM-P-LPR01": ("S", "P", "vm", {"role": "LPR 수집 #1"}),
    "SAM-P-LPR02": ("S", "P", "vm", {"role": "LPR 수집 #2"}),
    "SAM-P-GPU01": ("S", "P", "gpu", {"role": "번호판 재인식 GPU", "model": "Supermicro SYS-421GE-TNRT",
                                      "gpu": "NVIDIA L40S x4", "rack": "SA-3F-C07 U12"}),
    "SAM-P-GPU02": ("S", "P", "gpu", {"role": "번호판 재인식 GPU #2 (GPU 보드 RMA)", "model": "Supermicro SYS-421GE-TNRT",
                                      "gpu": "NVIDIA L40S x4", "rack": "SA-3F-C07 U18"}),
    "SAM-P-IPC01": ("S", "P", "vm", {"role": "입출차 엔진 #1"}),
    "SAM-P-IPC02": ("S", "P", "vm", {"role": "입출차 엔진 #2, 점유 집계"}),
    "SAM-P-GATE01": ("S", "P", "vm", {"role": "차단기 제어 허브"}),
    "SAM-P-FARE01": ("S", "P", "vm", {"role": "요금 계산, 할인 등록"}),
    "SAM-P-PAY01": ("S", "P", "vm", {"role": "자동결제 #1, PG 중계"}),
    "SAM-P-PAY02": ("S", "P", "vm", {"role": "자동결제 #2, 하이패스, VAN, 정산기 API"}),
    "SAM-P-PASS01": ("S", "P", "vm", {"role": "정기권"}),
    "SAM-P-EV01": ("S", "P", "vm", {"role": "충전 CSMS, 로밍"}),
    "SAM-P-STL01": ("S", "P", "vm", {"role": "임대인 정산, 주차장주 포털"}),
    "SAM-P-BAT01": ("S", "P", "vm", {"role": "배치 (정산, 대사, 정기권 갱신, 이미지 삭제)"}),
    "SAM-P-DB01": ("S", "P", "bare", {"role": "MySQL 입출차", "model": "Dell PowerEdge R760", "rack": "SA-2F-B04 U20"}),
    "SAM-P-DB02": ("S", "P", "bare", {"role": "MySQL 결제, 정기권", "model": "Dell PowerEdge R760",
                                      "rack": "SA-2F-B04 U24"}),
    "SAM-P-DB03": ("S", "P", "bare", {"role": "PostgreSQL 요금제, 충전", "model": "Dell PowerEdge R760",
                                      "rack": "SA-2F-B05 U20"}),
    "SAM-P-ORA01": ("S", "P", "bare", {"role": "Oracle RAC STLPRD node 1", "model": "HPE ProLiant DL380 Gen11",
                                       "rack": "SA-2F-B06 U10"}),
    "SAM-P-ORA02": ("S", "P", "bare", {"role": "Oracle RAC STLPRD node 2", "model": "HPE ProLiant DL380 Gen11",
                                       "rack": "SA-2F-B06 U14"}),
    "SAM-P-RDS01": ("S", "P", "bare", {"role": "Redis (세션, 요금제)", "model": "Dell PowerEdge R660",
                                       "rack": "SA-2F-A02 U07", "nic": "bond0 (2x25GbE LACP)"}),
    "SAM-P-RDS02": ("S", "P", "vm", {"role": "Valkey (빈자리)"}),
    "SAM-P-KFK01": ("S", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660", "rack": "SA-2F-A03 U05"}),
    "SAM-P-KFK02": ("S", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660", "rack": "SA-2F-A03 U07"}),
    "SAM-P-KFK03": ("S", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660", "rack": "SA-2F-A03 U09"}),
    "SAM-P-MQT01": ("S", "P", "vm", {"role": "HiveMQ node 1"}),
    "SAM-P-MQT02": ("S", "P", "vm", {"role": "HiveMQ node 2"}),
    "SAM-P-DW01": ("S", "P", "bare", {"role": "ClickHouse DW, Airflow", "model": "Lenovo ThinkSystem SR650 V3",
                                      "rack": "SA-3F-D01 U20"}),
    "SAM-P-LOG01": ("S", "P", "bare", {"role": "로그 (OpenSearch)", "model": "Dell PowerEdge R740xd",
                                       "rack": "SA-3F-D02 U30"}),
    "SAM-S-APP01": ("S", "S", "vm", {"role": "스테이징 공용"}),
    "SAM-D-APP01": ("S", "D", "vm", {"role": "개발 공용"}),
    "DGU-P-DB01": ("D", "P", "bare", {"role": "MySQL 결제 DR", "model": "Dell PowerEdge R750", "rack": "DG-1F-R03 U10"}),
    "DGU-P-APP01": ("D", "P", "vm", {"role": "DR 웜스탠바이 (입출차/결제 최소 구성)"}),
    "GRO-P-CTI01": ("G", "P", "bare", {"role": "SIP/CTI (Asterisk)", "model": "HPE ProLiant DL360 Gen11",
                                       "rack": "GR-R01 U08"}),
    "GRO-P-CTI02": ("G", "P", "bare", {"role": "CTI DB, 통화녹음", "model": "HPE ProLiant DL360 Gen11",
                                       "rack": "GR-R01 U10"}),
    "GRO-P-WEB01": ("G", "P", "vm", {"role": "원격관제 콘솔"}),
    "PGO-P-BI01": ("P", "P", "win", {"role": "Metabase", "model": "Lenovo ThinkSystem SR630 V3", "rack": "PG-SR1 U12"}),
    "PGO-P-ERP01": ("P", "P", "win", {"role": "더존 iCUBE", "model": "Lenovo ThinkSystem SR630 V3",
                                      "rack": "PG-SR1 U14"}),
    "barop-np-w-4f1c": ("N", "P", "nks", {"role": "NKS 워커 (바로파킹)", "server_spec": "s2-g3 (8vCPU/32GB)",
                                          "zone": "KR-1", "node_pool": "np-barop-a"}),
    "barop-np-w-9a27": ("N", "P", "nks", {"role": "NKS 워커 (바로파킹)", "server_spec": "s2-g3 (8vCPU/32GB)",
                                          "zone": "KR-2", "node_pool": "np-barop-a"}),
    "barop-np-w-c3e8": ("N", "P", "nks", {"role": "NKS 워커 (바로파킹)", "server_spec": "c2-g3 (8vCPU/16GB)",
                                          "zone": "KR-1", "node_pool": "np-barop-b"}),
    "barop-stg-w-1b5d": ("N", "S", "nks", {"role": "NKS 워커 (스테이징)", "server_spec": "s2-g3 (4vCPU/16GB)",
                                           "zone": "KR-1", "node_pool": "np-stg"}),
}
NETWORK = {  # name: (type, site, attributes)
    "fw-sam-ext": ("firewall", "S", {"vendor": "Palo Alto", "model": "PA-5420", "firmware": "PAN-OS 11.1.4"}),
    "fw-lot-vpn": ("firewall", "S", {"vendor": "Fortinet", "model": "FortiGate 2600F", "firmware": "FortiOS 7.4.4",
                                     "tunnels": 3012, "desc": "현장 LTE 라우터 IPsec 집선"}),
    "sw-sam-core": ("switch", "S", {"vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.32.1F"}),
    "lte-m2m-kt": ("wan_link", "L", {"carrier": "KT", "model": "LTE M2M 전용 APN (parkway.ktm2m)",
                                     "circuit": "KT-M2M-APN-0457", "sims": 9800, "lots": 2240}),
    "lte-m2m-lgu": ("wan_link", "L", {"carrier": "LG U+", "model": "LTE IoT 전용 APN", "circuit": "LGU-IOT-7731-02",
                                      "sims": 5200, "lots": 772}),
    "hipass-line": ("wan_link", "S", {"carrier": "SK브로드밴드", "model": "전용회선 100Mbps x2 (한국도로공사)",
                                      "circuit": "SKB-EX-2291-0093"}),
    "van-line-smartro": ("wan_link", "S", {"carrier": "스마트로", "model": "전용회선 50Mbps", "circuit": "SMT-PW-0318"}),
    "van-line-kovan": ("wan_link", "S", {"carrier": "KOVAN", "model": "전용회선 50Mbps", "circuit": "KOV-PW-1142"}),
    "wan-sam-dgu": ("wan_link", "D", {"carrier": "KT", "model": "전용회선 1Gbps", "circuit": "KT-DR-4410-0271",
                                      "desc": "상암IDC ↔ 대구DR센터"}),
    "wan-sam-gro": ("wan_link", "G", {"carrier": "SK브로드밴드", "model": "전용회선 500Mbps",
                                      "circuit": "SKB-GR-1187-0052", "desc": "상암IDC ↔ 구로관제센터"}),
    "cc-ncp-sam": ("wan_link", "N", {"carrier": "NCP", "model": "Cloud Connect 10Gbps", "circuit": "NCC-KR-20931",
                                     "desc": "상암IDC ↔ NCP"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("lte-m2m-kt", "fw-lot-vpn"),
    ("lte-m2m-lgu", "fw-lot-vpn"),
    ("fw-lot-vpn", "sw-sam-core"),
    ("fw-sam-ext", "sw-sam-core"),
    ("l4-sam-lot", "fw-lot-vpn"),
    ("l4-sam-biz", "fw-sam-ext"),
    ("wan-sam-dgu", "sw-sam-core"),
    ("wan-sam-gro", "sw-sam-core"),
    ("cc-ncp-sam", "sw-sam-core"),
    ("mysql-pay", "mysql-pay-dr"),
    ("l4-gro-cti", "wan-sam-gro"),
]
# fmt: on
STATUS = {
    "SAM-P-GPU02": "maintenance",
    "gate-hub-stg": "maintenance",
    "parkline_v1_gw": "retired",
    "mysql-pay-dr": "standby",
    "DGU-P-APP01": "standby",
}
NET_PREFIX = {"S": "10.50", "D": "10.80", "G": "10.70", "P": "10.10", "N": "172.16", "L": "100.64"}
HOST_TYPE = {"vm": "vm", "nks": "vm", "bare": "server", "gpu": "server", "win": "server"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prd"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "P1",
        "kind": "db_plan_regression",
        "root": "pg-tariff",
        "description": "after Friday night's bulk import of 1,240 lots' tariff rules, the Saturday statistics"
        " leave the tariff lookup of pg-tariff on a sequential scan; at the weekend mall exit peak yogeum-calc"
        " (6.2.0 deployed at 16:10, loudest) times out fare calculations, paystation-api and halin-reg follow,"
        " until the statistics are refreshed and the plan pinned",
        "start": kst(26, 16, 40),
        "end": kst(26, 17, 35),
        "affected": ["pg-tariff", "yogeum-calc", "paystation-api", "halin-reg"],
    },
    {
        "id": "P2",
        "kind": "host_nic_flap",
        "root": "SAM-P-RDS01",
        "description": "in Monday's morning entry peak the LACP bond of the Redis server SAM-P-RDS01 flaps (an access"
        " switch was swapped on Sunday night): redis-session and redis-tariff time out, ipchul-engine (9.13.2"
        " deployed at 07:40, loudest) cannot confirm entries and yogeum-calc slows, until the bad port is shut",
        "start": kst(28, 8, 5),
        "end": kst(28, 9, 0),
        "affected": ["SAM-P-RDS01", "redis-session", "ipchul-engine", "yogeum-calc"],
    },
    {
        "id": "P3",
        "kind": "carrier_m2m_outage",
        "root": "lte-m2m-kt",
        "description": "at Tuesday's evening exit peak KT's M2M APN core fails for the western 수도권 lots: the gate"
        " controllers (firmware 3.14.2 rolled out from 17:00, loudest), the LPR cameras and the pay stations on"
        " lte-m2m-kt lose their sessions, until KT reroutes the APN",
        "start": kst(29, 18, 25),
        "end": kst(29, 19, 20),
        "affected": ["lte-m2m-kt", "lot-gate-ctl", "lot-lpr-cams", "lot-paystation"],
    },
    {
        "id": "P4",
        "kind": "oracle_fra_full",
        "root": "ora-settle",
        "description": "early on Wednesday the fast recovery area of ora-settle fills (the archive-log backup to 대구"
        " was re-routed on Tuesday and failed, ORA-19815 / ORA-00257) and the archiver stops: settle_daily"
        " (deployed Tuesday 17:30, loudest) hangs, imdae-settle and owner-portal fail, until old archive logs"
        " are backed up and deleted",
        "start": kst(30, 1, 35),
        "end": kst(30, 2, 30),
        "affected": ["ora-settle", "settle_daily", "imdae-settle", "owner-portal"],
    },
    {
        "id": "P5",
        "kind": "outbound_pool_exhaustion",
        "root": "pg-relay",
        "description": "at the 1 September monthly pass renewal the PG relay pg-relay (PG timeout raised from 3 s to"
        " 10 s on Thursday) holds its outbound connections to the slow PG and exhausts its pool: pass_renew"
        " (deployed Thursday 16:00, loudest) fails renewals, autopay-core and barop-reserve time out, until the"
        " timeout is reverted",
        "start": kst(1, 0, 10),
        "end": kst(1, 1, 5),
        "affected": ["pg-relay", "pass_renew", "autopay-core", "barop-reserve"],
    },
    {
        "id": "P6",
        "kind": "mqtt_cluster_netsplit",
        "root": "mqtt-gate",
        "description": "on Saturday afternoon (mall peak) a vMotion of SAM-P-MQT01 splits the mqtt-gate cluster and"
        " the gate controllers' sessions flap between the nodes: gate-hub (3.8.1 deployed at 15:00, loudest)"
        " loses open commands, the gate controllers reconnect in storms and gwanje-console cannot open gates"
        " remotely, until node 1 is restarted and the cluster rejoins",
        "start": kst(2, 15, 20),
        "end": kst(2, 16, 15),
        "affected": ["mqtt-gate", "gate-hub", "lot-gate-ctl", "gwanje-console"],
    },
    {
        "id": "P7",
        "kind": "mysql_purge_lag",
        "root": "mysql-ipchul",
        "description": "on Monday morning dw_load's extract has held a consistent snapshot on mysql-ipchul since"
        " 02:30, the undo history list grows and, at the entry peak, every entry insert and session lookup"
        " slows down: ipchul-engine (loudest) fails entries, halin-reg (2.19.3 deployed at 07:30) and gate-hub"
        " follow (ongoing)",
        "start": kst(4, 8, 10),
        "end": None,
        "affected": ["mysql-ipchul", "ipchul-engine", "halin-reg", "gate-hub"],
    },
]
P1, P2, P3, P4, P5, P6, P7 = INCIDENTS


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


incident_hops(RELATIONS, INCIDENTS)


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        cis.append(
            ci_record(name, kind, ENVS[env], owner, SITES[site], dict(extra), STATUS.get(name, "active"))
        )
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prd", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prd", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        owner = INFRA
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 20, 'S': 60, 'D': 80}[env]) + i // 10}.{13 + (i * 29) % 220}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.4", "Rocky Linux 9.4", "Rocky Linux 8.10"]),
                      "vcpu": rng.choice([8, 16]), "mem_gb": rng.choice([32, 64]),
                      "hypervisor": "VMware vSphere 8.0U3", "vcenter": "vc-sam01" if site == "S" else "vc-dgu01"}  # fmt: skip
            if site == "G":
                attrs["vcenter"] = "vc-gro01"
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([16, 24]), "mem_gb": rng.choice([128, 256]),
                      "serial": f"J30{rng.randint(10000, 99999)}"}  # fmt: skip
            owner = FIN if h == "PGO-P-ERP01" else DATA
        elif kind == "nks":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cluster": "nks-barop-prd" if env == "P" else "nks-barop-stg",
                      "kubelet": "1.29.9"}  # fmt: skip
            owner = CLOUD
        else:  # bare metal and GPU servers
            attrs |= {"os": rng.choice(["RHEL 8.10", "Rocky Linux 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("SAM-P-DB", "SAM-P-ORA", "DGU-P-DB")):
                owner = DBA
            if h == "SAM-P-ORA01" or h == "SAM-P-ORA02":
                attrs["os"] = "Oracle Linux 8.10"
            if kind == "gpu":
                attrs["os"] = "Ubuntu 22.04 LTS"
                owner = LOT
        if site == "G":
            owner = CTRL
        attrs |= extra
        cis.append(
            ci_record(h, HOST_TYPE[kind], ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active"))
        )
    for n, (kind, site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, kind, "prd", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _clamp(v: float) -> float:
    return max(0.04, min(1.0, v))


def _lot(ts: datetime) -> float:
    """Entries and exits: on weekdays the office entry peak around 08:20 and the exit peak around 18:40, lunch
    in between; on weekends a broad mall peak in the afternoon and an evening tail."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5:
        v = 0.07 + 0.62 * _bump(h, 8.3, 0.85) + 0.22 * _bump(h, 12.6, 1.0) + 0.6 * _bump(h, 18.7, 1.0)
        v += 0.12 * _bump(h, 15.0, 2.5)
    else:
        v = 0.07 + 0.6 * _bump(h, 15.2, 2.6) + 0.22 * _bump(h, 19.8, 1.2) + 0.1 * _bump(h, 11.0, 1.5)
    return _clamp(v)


def _pay(ts: datetime) -> float:
    """Payments at exit: the weekday evening exit peak above all, lunch exits; weekend mall exits."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5:
        v = 0.06 + 0.2 * _bump(h, 8.6, 0.8) + 0.3 * _bump(h, 13.2, 1.0) + 0.72 * _bump(h, 18.9, 1.0)
        v += 0.1 * _bump(h, 15.5, 2.5)
    else:
        v = 0.06 + 0.62 * _bump(h, 16.6, 2.3) + 0.25 * _bump(h, 20.2, 1.2)
    return _clamp(v)


def _app(ts: datetime) -> float:
    """The driver app: pre-pay before the commute, evening searches; weekend outings."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5:
        v = 0.08 + 0.48 * _bump(h, 7.9, 0.8) + 0.2 * _bump(h, 12.3, 0.8) + 0.38 * _bump(h, 18.2, 1.2)
        v += 0.12 * _bump(h, 21.0, 1.5)
    else:
        v = 0.1 + 0.52 * _bump(h, 13.5, 2.5) + 0.2 * _bump(h, 19.0, 1.5)
    return _clamp(v)


def _pass(ts: datetime) -> float:
    """Monthly passes: office-hours sales, the renewal run on the 1st from 00:10, the 06:00 retries."""
    v = 0.12 + 0.25 * _office(ts) + 0.2 * _app(ts)
    if kst(1, 0, 10) <= ts < kst(1, 2, 0):
        v = 1.0
    if 6.0 <= seoul_hour(ts) < 6.3:
        v += 0.2
    return _clamp(v)


def _ev(ts: datetime) -> float:
    """EV charging: daytime charging at lots and the light-load tariff surge from 23:00."""
    h = seoul_hour(ts)
    return _clamp(0.15 + 0.62 * _bump(h, 23.4, 0.9) + 0.3 * _bump(h, 13.0, 3.0) + 0.15 * _bump(h, 19.0, 1.5))


def _night(ts: datetime) -> float:
    """Settlement and the nightly batches 01:30–05:30; the month-start settlement on the 1st until 08:00."""
    h = seoul_hour(ts)
    v = 0.85 if 1.5 <= h < 5.5 else 0.15
    if kst(1, 0) <= ts < kst(1, 8):
        v = 1.0
    return v


def _calls(ts: datetime) -> float:
    """Intercom calls to the control centre: they follow the lot traffic, with a late-night share."""
    h = seoul_hour(ts)
    return _clamp(0.1 + 0.8 * _lot(ts) + (0.1 if h < 5 else 0))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


LOT_SIDE = {
    "lpr-ingest", "plate-ocr", "ipchul-engine", "gate-hub", "lot-occupancy", "kfk-ipchul", "mqtt-gate",
    "redis-session", "redis-avail", "mysql-ipchul", "lot-lpr-cams", "lot-gate-ctl", "lte-m2m-kt", "lte-m2m-lgu",
    "fw-lot-vpn", "l4-sam-lot", "SAM-P-LPR01", "SAM-P-LPR02", "SAM-P-GPU01", "SAM-P-IPC01", "SAM-P-IPC02",
    "SAM-P-GATE01", "SAM-P-DB01", "SAM-P-RDS01", "SAM-P-RDS02", "SAM-P-KFK01", "SAM-P-KFK02", "SAM-P-KFK03",
    "SAM-P-MQT01", "SAM-P-MQT02", "obj-lpr-img", "sw-sam-core", "log-opensearch", "SAM-P-LOG01", "halin-reg",
    "yogeum-calc", "pg-tariff", "redis-tariff", "SAM-P-FARE01", "SAM-P-DB03", "DGU-P-APP01",
}  # fmt: skip
PAY_SIDE = {
    "autopay-core", "pg-relay", "hipass-link", "vancat-gw", "paystation-api", "mysql-pay", "mysql-pay-dr",
    "lot-paystation", "hipass-line", "van-line-smartro", "van-line-kovan", "SAM-P-PAY01", "SAM-P-PAY02",
    "SAM-P-DB02", "DGU-P-DB01", "wan-sam-dgu", "fw-sam-ext",
}  # fmt: skip
APP_SIDE = {
    "barop-bff", "barop-reserve", "barop-member", "barop-search", "barop-push", "cdb-barop-prd-001",
    "rds-barop-001", "cdss-3f9a1c", "alb-barop-8f2c1d", "barop-np-w-4f1c", "barop-np-w-9a27", "barop-np-w-c3e8",
    "cc-ncp-sam",
}  # fmt: skip
PASS_SIDE = {"jeonggi-pass", "mysql-pass", "pass_renew", "SAM-P-PASS01", "l4-sam-biz"}
EV_SIDE = {"ocpp-csms", "ev-roam", "pg-evse", "lot-evse", "SAM-P-EV01"}
NIGHT = {
    "settle_daily", "card_recon", "hipass_recon", "settle_monthly", "lpr_img_purge", "dw_load", "ora-settle",
    "ch-dw", "SAM-P-BAT01", "SAM-P-ORA01", "SAM-P-ORA02", "SAM-P-DW01", "san-sam-01", "dd-dgu-bkp",
}  # fmt: skip
CALLS = {"cti-sip", "callrec", "mysql-cti", "lot-intercom", "gwanje-console", "GRO-P-CTI01", "GRO-P-CTI02",
         "GRO-P-WEB01", "l4-gro-cti", "wan-sam-gro", "nas-gro-rec"}  # fmt: skip
OFFICE = {
    "imdae-settle",
    "owner-portal",
    "erp-icube",
    "bi-metabase",
    "SAM-P-STL01",
    "PGO-P-BI01",
    "PGO-P-ERP01",
}


def _load(name: str):
    for group, shape in (
        (LOT_SIDE, _lot),
        (PAY_SIDE, _pay),
        (APP_SIDE, _app),
        (PASS_SIDE, _pass),
        (EV_SIDE, _ev),
        (NIGHT, _night),
        (CALLS, _calls),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "P1": {0: (8.0, 3.5), 1: (4.5, 12.0), 2: (2.2, 7.0)},
    "P2": {1: (9.0, 9.0), 2: (3.0, 8.0)},
    "P3": {0: (7.0, 19.0), 1: (2.0, 14.0)},
    "P4": {0: (7.0, 6.0), 1: (4.0, 13.0)},
    "P5": {0: (8.0, 9.0), 1: (3.5, 12.0)},
    "P6": {0: (5.0, 7.0), 1: (3.0, 12.0), 2: (2.0, 8.0)},
    "P7": {0: (7.5, 4.5), 1: (4.2, 12.5), 2: (2.4, 7.5)},
}
EFFECT_OVERRIDE = {
    ("P1", "yogeum-calc"): (5.5, 28.0),
    ("P2", "ipchul-engine"): (4.2, 25.0),
    ("P3", "lot-gate-ctl"): (2.5, 31.0),
    ("P4", "settle_daily"): (5.0, 34.0),
    ("P5", "pass_renew"): (4.5, 37.0),
    ("P6", "gate-hub"): (4.0, 27.0),
    ("P7", "ipchul-engine"): (5.0, 26.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "SAM-P-DB01", "SAM-P-DB02", "SAM-P-DB03", "SAM-P-ORA01", "SAM-P-ORA02", "SAM-P-KFK01", "SAM-P-KFK02",
    "SAM-P-KFK03", "SAM-P-LOG01", "SAM-P-BAT01", "SAM-P-DW01", "SAM-P-GPU01", "GRO-P-CTI02", "PGO-P-BI01",
    "PGO-P-ERP01", "DGU-P-DB01", "SAM-P-RDS01",
}  # fmt: skip
NETWORK_TYPES = {"firewall", "switch", "wan_link"}
DEVICES = {"fw-sam-ext", "fw-lot-vpn", "sw-sam-core"}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "SAM-P-LOG01":  # OpenSearch: the index volume creeps up
        disk0, growth = 62.4, 1.45
    if name in ("SAM-P-KFK01", "SAM-P-KFK02", "SAM-P-KFK03"):
        disk0 = rng.uniform(48, 56)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "SAM-P-RDS01":  # the flapping bond: softirq storms and retransmits
            cpu += 46 * ramp(ts, P2["start"], P2["end"], rise=5, fall=10)
        if name == "SAM-P-DB03":  # sequential scans of the tariff rules
            cpu += 38 * ramp(ts, P1["start"], P1["end"], rise=5, fall=10)
        if name == "SAM-P-MQT01":  # the node that was moved and rejoins
            cpu += 30 * ramp(ts, P6["start"], P6["end"], rise=5, fall=10)
        if name == "SAM-P-DB01":  # purge threads and the growing undo
            cpu += 18 * ramp(ts, P7["start"], None, rise=20)
        if name == "SAM-P-DW01" and kst(4, 2, 30) <= ts:  # the stuck extract keeps a core busy
            cpu += 9
        if name == "SAM-P-GPU02":
            cpu = 0.8 + abs(rng.gauss(0, 0.2))
        if name == "SAM-P-BAT01" and 1.5 <= seoul_hour(ts) < 5.5:
            cpu += 12
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 26)
    rtt0 = {"lte-m2m-kt": 38.0, "lte-m2m-lgu": 41.0, "hipass-line": 3.2, "van-line-smartro": 4.4,
            "van-line-kovan": 4.9, "wan-sam-dgu": 6.1, "wan-sam-gro": 1.6, "cc-ncp-sam": 1.9}.get(
        name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        rtt = rtt0 * (1 + 0.15 * load(ts)) * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.03 if name.startswith("lte") else 0.02, 0.01))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rtt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            loss += r * f_err * (1 + rng.gauss(0, 0.08))
        row = {"response_time_ms": round(rtt, 2), "error_rate": round(loss, 2)}
        if name in DEVICES:
            cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
            row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), **row}
        rows += samples(ts, name, **row)
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"obj-lpr-img": (71, 72), "dd-dgu-bkp": (63, 65), "nas-gro-rec": (55, 56)}.get(name, (30, 50))
    per_day = {"nas-gro-rec": 0.12}.get(name, 0.04)

    def purged(rng: random.Random, ts: datetime) -> float:
        """The image store: a day's plates in, the 02:00 purge takes 90-day-old ones out."""
        days = (ts - START).total_seconds() / 86400
        return 71.6 + 0.35 * (days % 1) + 0.02 * days + rng.gauss(0, 0.03)

    fill = storage_fill(rng, name, times, START, used, per_day, purged if name == "obj-lpr-img" else None)
    lat0 = rng.uniform(0.2, 0.6) if name == "san-sam-01" else rng.uniform(1.5, 4.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-dgu-bkp" and 2 <= seoul_hour(ts) < 4:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "lpr-ingest": 42.0, "plate-ocr": 180.0, "ipchul-engine": 65.0, "gate-hub": 85.0, "lot-occupancy": 30.0,
    "yogeum-calc": 28.0, "halin-reg": 210.0, "jeonggi-pass": 160.0, "pass_renew": 520.0, "autopay-core": 240.0,
    "pg-relay": 310.0, "hipass-link": 120.0, "vancat-gw": 350.0, "paystation-api": 140.0, "barop-bff": 150.0,
    "barop-reserve": 190.0, "barop-member": 70.0, "barop-search": 55.0, "barop-push": 60.0,
    "gwanje-console": 260.0, "cti-sip": 22.0, "callrec": 90.0, "ocpp-csms": 75.0, "ev-roam": 230.0,
    "imdae-settle": 380.0, "owner-portal": 290.0, "settle_daily": 600.0, "card_recon": 450.0,
    "hipass_recon": 300.0, "settle_monthly": 640.0, "lpr_img_purge": 260.0, "dw_load": 580.0, "erp-icube": 420.0,
    "bi-metabase": 540.0, "log-opensearch": 85.0,
    "lot-lpr-cams": 120.0, "lot-gate-ctl": 95.0, "lot-paystation": 210.0, "lot-evse": 160.0, "lot-intercom": 70.0,
    "mysql-ipchul": 1.8, "mysql-pay": 2.1, "mysql-pass": 1.6, "mysql-pay-dr": 0.9, "pg-tariff": 1.3,
    "pg-evse": 2.4, "ora-settle": 4.6, "cdb-barop-prd-001": 2.6, "mysql-cti": 1.2, "ch-dw": 36.0,
    "redis-session": 0.32, "redis-tariff": 0.25, "redis-avail": 0.4, "rds-barop-001": 0.7,
    "kfk-ipchul": 3.8, "mqtt-gate": 2.9, "cdss-3f9a1c": 6.5,
    "l4-sam-lot": 0.9, "l4-sam-biz": 1.1, "alb-barop-8f2c1d": 2.4, "l4-gro-cti": 0.7,
}  # fmt: skip
REQUEST_RATE = {
    "lpr-ingest": 3400.0, "plate-ocr": 260.0, "ipchul-engine": 2900.0, "gate-hub": 2100.0, "lot-occupancy": 3300.0,
    "yogeum-calc": 2600.0, "halin-reg": 380.0, "jeonggi-pass": 140.0, "pass_renew": 820.0, "autopay-core": 1150.0,
    "pg-relay": 1450.0, "hipass-link": 210.0, "vancat-gw": 640.0, "paystation-api": 780.0, "barop-bff": 2300.0,
    "barop-reserve": 420.0, "barop-member": 900.0, "barop-search": 3100.0, "barop-push": 520.0,
    "gwanje-console": 95.0, "cti-sip": 170.0, "ocpp-csms": 1900.0, "ev-roam": 120.0, "owner-portal": 55.0,
    "settle_daily": 1300.0, "card_recon": 950.0, "lpr_img_purge": 2400.0, "dw_load": 2100.0,
    "lot-lpr-cams": 3500.0, "lot-gate-ctl": 2150.0, "lot-paystation": 760.0, "lot-evse": 1850.0,
    "lot-intercom": 160.0,
    "mysql-ipchul": 18500.0, "mysql-pay": 6200.0, "mysql-pass": 1300.0, "pg-tariff": 9400.0, "pg-evse": 4100.0,
    "ora-settle": 5200.0, "cdb-barop-prd-001": 7600.0, "mysql-cti": 700.0,
    "redis-session": 34000.0, "redis-tariff": 21000.0, "redis-avail": 27000.0, "rds-barop-001": 15500.0,
    "kfk-ipchul": 8800.0, "mqtt-gate": 6900.0, "cdss-3f9a1c": 2600.0,
    "l4-sam-lot": 8300.0, "l4-sam-biz": 1200.0, "alb-barop-8f2c1d": 2400.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-session": (54.0, 12.0), "redis-tariff": (36.0, 4.0), "redis-avail": (44.0, 9.0),
    "rds-barop-001": (49.0, 8.0), "kfk-ipchul": (41.0, 10.0), "mqtt-gate": (37.0, 13.0),
    "cdss-3f9a1c": (30.0, 8.0),
}  # fmt: skip
CPU_DB = {"mysql-ipchul": (22.0, 38.0), "pg-tariff": (12.0, 26.0), "ora-settle": (18.0, 30.0),
          "cdb-barop-prd-001": (14.0, 32.0)}  # fmt: skip
BATCH_HOURS = {
    "settle_daily": (1.5, 2.8), "lpr_img_purge": (2.0, 3.35), "dw_load": (2.5, 4.1), "card_recon": (3.5, 4.2),
    "hipass_recon": (5.15, 5.45),
}  # fmt: skip


def _batch_active(name: str, ts: datetime) -> bool:
    h = seoul_hour(ts)
    if name == "pass_renew":
        return kst(1, 0, 10) <= ts < kst(1, 1, 50) or 6.0 <= h < 6.3
    if name == "settle_monthly":
        return kst(1, 6) <= ts < kst(1, 7, 30)
    if name == "dw_load" and kst(4, 2, 30) <= ts:
        return True  # Monday's extract never finishes
    a, z = BATCH_HOURS[name]
    return a <= h < z


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if ci["type"] in ("vm", "server"):
        return _host_metrics(rng, ci, times)
    if ci["type"] in NETWORK_TYPES:
        return _network_metrics(rng, name, times)
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
            if inc is P3 and name in ("lot-gate-ctl", "lot-lpr-cams", "lot-paystation"):
                req *= 1 - 0.5 * r  # devices offline
            if inc is P6 and name in ("mqtt-gate", "gate-hub"):
                req *= 1 - 0.35 * r
            if inc is P5 and name == "pg-relay":
                req *= 1 - 0.4 * r
        if ci["type"] == "batch_job" and not _batch_active(name, ts):
            req *= 0.05
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "mqtt-gate":  # both halves keep the flapping sessions' state
                mem += 24 * ramp(ts, P6["start"], P6["end"], rise=10, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "pg-tariff":
                cpu += (94.0 + rng.gauss(0, 0.7) - cpu) * ramp(ts, P1["start"], P1["end"], rise=5, fall=10)
            if name == "mysql-ipchul":
                cpu += 24 * ramp(ts, P7["start"], None, rise=20)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _unused(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    raise AssertionError(f"no CI is typed host here: {ci['name']}")


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly settlement, purge, DW load, reconciliations, the pass retries and the lot certificate."""
    rows = []
    for d in DAYS:
        if d != 30:
            rows.append((d, 1, 30, "settle_daily", "info", "batch_job", "일 매출 집계 시작 (STL_DAILY)"))
            rows.append((d, 2, 46, "settle_daily", "info", "batch_job", "일 매출 집계 완료 (STL_DAILY)"))
        rows.append((d, 2, 0, "lpr_img_purge", "info", "batch_job", "번호판 이미지 90일 경과분 삭제 시작"))
        rows.append((d, 3, 19, "lpr_img_purge", "info", "batch_job", "번호판 이미지 삭제 완료"))
        rows.append((d, 2, 30, "dw_load", "info", "batch_job", "DW 야간 적재 시작 (dag dw_nightly)"))
        if d != 4:
            rows.append((d, 4, 5, "dw_load", "info", "batch_job", "DW 야간 적재 완료"))
        rows.append((d, 3, 30, "card_recon", "info", "batch_job", "카드/PG 매입 대사 시작"))
        rows.append((d, 4, 10, "card_recon", "info", "batch_job", "카드/PG 매입 대사 완료"))
        rows.append((d, 5, 10, "hipass_recon", "info", "batch_job", "하이패스 정산파일 수신/대사"))
        rows.append((d, 6, 0, "pass_renew", "info", "batch_job", "정기권 미결제분 재시도"))
        left = (datetime(2028, 9, 9) - datetime(2028, 8 if d >= 20 else 9, d)).days
        rows.append(
            (d, 9, 0, "l4-sam-lot", "warning", "cert_expiry",
             f"SSL certificate lot.parkway.co.kr expires in {left} days (2028-09-09), manual renewal (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (25, 10, 0, "SAM-P-LOG01", "warning", "threshold_breach", "disk_usage above 65% on /data/opensearch"),
    (25, 14, 0, "ipchul-engine-stg", "info", "deployment", "ipchul-engine-stg 9.15.0-rc1 배포"),
    (25, 22, 0, "pg-tariff", "info", "config_change", "신규 제휴 주차장 1,240곳 요금제 일괄 등록 (tariff_rule +2.1M rows)"),
    (26, 16, 10, "yogeum-calc", "info", "deployment", "yogeum-calc 6.2.0 배포 (야간 할증 요금제 지원)"),
    (27, 3, 0, "ora-settle", "info", "backup", "RMAN level 0 백업 (주간)"),
    (27, 22, 30, "SAM-P-RDS01", "info", "change_notice", "23:00~01:00 액세스 스위치 sa-l2-a02 교체 (bond0 한쪽 링크 순단 예정)"),
    (27, 23, 40, "SAM-P-RDS01", "info", "maintenance", "액세스 스위치 교체 완료, bond0 양쪽 링크 up"),
    (28, 7, 40, "ipchul-engine", "info", "deployment", "ipchul-engine 9.13.2 배포 (출차 사전정산 매칭 개선)"),
    (28, 10, 0, "SAM-P-GPU02", "info", "maintenance", "GPU 보드 RMA (서비스 제외, 재인식은 SAM-P-GPU01 단독)"),
    (28, 15, 0, "lte-m2m-kt", "info", "change_notice", "KT 공지: 8/30 02:00~04:00 영남권 M2M 코어 작업 (해당 권역 순단)"),
    (29, 10, 30, "SAM-P-LOG01", "warning", "threshold_breach", "disk_usage above 70% on /data/opensearch"),
    (29, 17, 0, "lot-gate-ctl", "info", "deployment", "차단기 컨트롤러 펌웨어 3.14.2 단계 배포 시작 (1차 1,200대)"),
    (29, 17, 30, "settle_daily", "info", "deployment", "settle_daily 3.0.4 배포 (하이패스 수수료 분리)"),
    (29, 22, 0, "ora-settle", "info", "config_change", "아카이브로그 백업 대상 변경: 대구 DD (dd-dgu-bkp) 경로로 재지정"),
    (30, 2, 0, "lte-m2m-kt", "info", "maintenance", "KT 영남권 M2M 코어 작업 (공지된 작업, 수도권 영향 없음)"),
    (30, 15, 0, "gate-hub-stg", "info", "maintenance", "스테이징 차단기 시뮬레이터 재구성"),
    (31, 11, 0, "pg-relay", "info", "config_change", "PG 응답 타임아웃 3s → 10s (토스페이먼츠 지연 대응)"),
    (31, 14, 0, "ipchul-engine", "info", "deployment", "ipchul-engine 9.14.0 배포 (정기권 차량 다중 등록)"),
    (31, 16, 0, "pass_renew", "info", "deployment", "pass_renew 1.8.0 배포 (갱신 결제 병렬도 8 → 32)"),
    (31, 23, 0, "lot-evse", "info", "batch_job", "경부하 요금 시작, 예약 충전 일괄 개시"),
    (1, 6, 0, "settle_monthly", "info", "batch_job", "8월 주차장주 월 정산 마감 시작"),
    (1, 7, 24, "settle_monthly", "info", "batch_job", "8월 주차장주 월 정산 마감 완료 (1,870명)"),
    (1, 10, 40, "SAM-P-LOG01", "warning", "threshold_breach", "disk_usage above 75% on /data/opensearch"),
    (1, 14, 0, "barop-bff-stg", "info", "deployment", "barop-bff-stg 12.5.0-beta2 배포"),
    (2, 15, 0, "gate-hub", "info", "deployment", "gate-hub 3.8.1 배포 (원격 개방 감사 로그)"),
    (2, 15, 15, "SAM-P-MQT01", "info", "maintenance", "ESXi 호스트 점검으로 vMotion (SAM-P-MQT01)"),
    (3, 3, 0, "ora-settle", "info", "backup", "RMAN level 0 백업 (주간)"),
    (3, 11, 0, "yogeum-calc-dev", "info", "deployment", "yogeum-calc-dev 6.3.0-SNAPSHOT 배포"),
    (4, 7, 30, "halin-reg", "info", "deployment", "halin-reg 2.19.3 배포 (방문차량 일괄 등록)"),
    # P1 (Saturday mall exits)
    (26, 16, 41, "pg-tariff", "warning", "performance", "slow query: SELECT ... FROM tariff_rule (Seq Scan, 1.9s)"),
    (26, 16, 45, "pg-tariff", "critical", "performance", "active sessions 410, CPU 94% (tariff_rule seq scan)"),
    (26, 16, 47, "yogeum-calc", "critical", "error", "요금 계산 타임아웃 28%, 출차 요금 산정 실패"),
    (26, 16, 52, "paystation-api", "major", "error", "정산기 요금 조회 지연, 결제 대기 증가"),
    (26, 16, 56, "halin-reg", "warning", "error", "할인 적용 요금 재계산 실패"),
    (26, 17, 25, "pg-tariff", "info", "config_change", "ANALYZE tariff_rule, 인덱스 힌트 적용 (pg_hint_plan)"),
    (26, 17, 40, "yogeum-calc", "info", "recovery", "요금 계산 정상"),
    # P2 (Monday morning entry peak)
    (28, 8, 6, "SAM-P-RDS01", "warning", "network", "bond0: link status down for interface ens2f1 (LACP)"),
    (28, 8, 9, "SAM-P-RDS01", "critical", "network", "bond0 slave flapping 37회/5분, TCP retransmits 급증"),
    (28, 8, 11, "redis-session", "critical", "latency", "client timeouts, latency p99 820ms"),
    (28, 8, 14, "ipchul-engine", "critical", "error", "입차 확정 실패 25% (세션 캐시 타임아웃), 차단기 미개방"),
    (28, 8, 19, "yogeum-calc", "major", "error", "요금제 캐시 조회 지연"),
    (28, 8, 52, "SAM-P-RDS01", "info", "config_change", "sa-l2-a02 포트 Et7 shutdown, bond0 단일 링크 운영"),
    (28, 9, 5, "ipchul-engine", "info", "recovery", "입차 처리 정상"),
    # P3 (Tuesday evening exit peak)
    (29, 18, 26, "lte-m2m-kt", "critical", "network", "M2M APN parkway.ktm2m 세션 대량 해제 (수도권 서부, KT 코어)"),
    (29, 18, 29, "fw-lot-vpn", "warning", "network", "IPsec 터널 612개 down (KT LTE 구간)"),
    (29, 18, 31, "lot-gate-ctl", "critical", "error", "차단기 컨트롤러 오프라인 31%, 출차 차단기 미개방 (인터폰 호출 폭주)"),
    (29, 18, 33, "lot-lpr-cams", "major", "error", "LPR 카메라 이벤트 미수신 (KT 회선 주차장)"),
    (29, 18, 36, "lot-paystation", "major", "error", "무인정산기 통신 두절"),
    (29, 19, 10, "lte-m2m-kt", "info", "recovery", "KT APN 우회 라우팅 완료"),
    (29, 19, 25, "lot-gate-ctl", "info", "recovery", "차단기 컨트롤러 재접속 완료"),
    # P4 (Wednesday night settlement)
    (30, 1, 30, "settle_daily", "info", "batch_job", "일 매출 집계 시작 (STL_DAILY)"),
    (30, 1, 34, "ora-settle", "warning", "archive", "ORA-19815: db_recovery_file_dest is 99.2% full"),
    (30, 1, 37, "ora-settle", "critical", "archive", "ORA-00257: archiver error. Connect internal only, until freed"),
    (30, 1, 40, "settle_daily", "critical", "batch_job", "STL_DAILY step 3 (주차장별 매출 적재) hang, 세션 대기"),
    (30, 1, 44, "imdae-settle", "major", "error", "정산 원장 조회/갱신 실패"),
    (30, 1, 49, "owner-portal", "warning", "error", "정산서 조회 오류"),
    (30, 2, 20, "ora-settle", "info", "config_change", "RMAN archivelog 백업 후 삭제, FRA 41% (백업 경로 원복)"),
    (30, 3, 10, "settle_daily", "info", "batch_job", "STL_DAILY 재실행 완료 (지연)"),
    # P5 (monthly pass renewal)
    (1, 0, 10, "pass_renew", "info", "batch_job", "9월 정기권 자동갱신 시작 (대상 118,900건)"),
    (1, 0, 12, "pg-relay", "warning", "connections", "outbound pool 토스페이먼츠 380/400 사용"),
    (1, 0, 15, "pg-relay", "critical", "connections", "outbound connection pool exhausted (400/400), 대기 요청 2,300"),
    (1, 0, 17, "pass_renew", "critical", "batch_job", "갱신 결제 실패 37% (PG 중계 타임아웃)"),
    (1, 0, 21, "autopay-core", "major", "error", "출차 자동결제 승인 지연"),
    (1, 0, 25, "barop-reserve", "warning", "error", "사전결제 승인 타임아웃 증가"),
    (1, 0, 58, "pg-relay", "info", "config_change", "PG 응답 타임아웃 10s → 3s 원복, 풀 재기동"),
    (1, 1, 45, "pass_renew", "info", "batch_job", "정기권 자동갱신 완료 (실패분 06:00 재시도)"),
    # P6 (Saturday mall peak)
    (2, 15, 21, "mqtt-gate", "critical", "cluster", "cluster netsplit detected: SAM-P-MQT01 unreachable from SAM-P-MQT02"),
    (2, 15, 24, "mqtt-gate", "major", "connections", "session takeover storm: 4,100 clients reconnecting"),
    (2, 15, 27, "gate-hub", "critical", "error", "차단기 개방 명령 유실 27% (publish ack timeout)"),
    (2, 15, 31, "lot-gate-ctl", "major", "error", "차단기 컨트롤러 재접속 반복"),
    (2, 15, 35, "gwanje-console", "warning", "error", "원격 개방 실패 (인터폰 응대 지연)"),
    (2, 16, 5, "mqtt-gate", "info", "config_change", "SAM-P-MQT01 HiveMQ 재기동, 클러스터 재합류"),
    (2, 16, 20, "gate-hub", "info", "recovery", "차단기 개방 정상"),
    # P7 (Monday morning entry peak, ongoing)
    (4, 4, 40, "dw_load", "warning", "batch_job", "추출 단계 지연: mysql-ipchul 스냅샷 트랜잭션 2시간 10분 유지"),
    (4, 7, 55, "mysql-ipchul", "warning", "performance", "InnoDB history list length 21,400,000 (purge lag)"),
    (4, 8, 12, "mysql-ipchul", "critical", "performance", "insert latency p99 2.4s, purge lag, threads_running 1,180"),
    (4, 8, 16, "ipchul-engine", "critical", "error", "입차 등록 실패 26% (DB 타임아웃), 차단기 개방 지연"),
    (4, 8, 21, "halin-reg", "major", "error", "할인 등록 저장 타임아웃"),
    (4, 8, 27, "gate-hub", "warning", "error", "개방 판정 응답 지연"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND + _daily_rows())
    series = _unused, _storage_metrics, _service_metrics
    generate(NAME, "parking-platform", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
