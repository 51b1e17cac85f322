"""Generate the colocation data-centre estate (tests/fixtures/colo-datacenter/, interchange format) and its faults.

A Korean colocation operator's IT and facility systems (누리온데이터센터, NURION IDC) over three campuses:
가산캠퍼스 (GS1, the flagship, Seoul 금천구), 평촌캠퍼스 (PC2, 안양) and 부산캠퍼스 (BS3, a small edge campus). The
customer portal DOORI (`doori-web`, the Kong gateway `doori-api`, customer SSO `doori-auth`, orders for racks,
power and cross-connects `doori-order`, remote-hands tickets `doori-ticket`, visitor pre-registration
`doori-visit`, the technicians' dispatch app `rh-dispatch`) on PostgreSQL `pg-doori` and the session cache
`redis-doori`; the DCIM HAETAE (`haetae-dcim` on MySQL `mysql-haetae`, the floor/heat map `haetae-floor`, the
cross-connect/MMR port manager `xconn-mgr`); the BMS (chillers `chl-*`, CRAH units `crah-*`, UPS `ups-*`,
generators `gen-*`, rack PDUs `pdu-*` polled through the BACnet and Modbus gateways `bacnet-gw-gs1`,
`modbus-gw-pc2` … on industrial PCs `ipc-*`, collected by `bms-collector` into the TimescaleDB
`jeonryeok-tsdb` (전력), alarms by `bms-alarm` over RabbitMQ `rabbit-bms`); metering and billing (`gyeryang-meter`
계량 kW/kWh, `p95-calc` bandwidth 95th percentile over ClickHouse `ch-flow`, `cheonggu-bill` 청구 on MySQL
`mysql-bill`, the month-end `billing_close_batch`, the Douzone ERP link `duzon-if`); access control 출입통제
`chulip-ctl` (BioStar 2 on `mariadb-biostar`, its volume on the Ceph cluster `ceph-pc2`) and CCTV VMS
`cctv_vms_gs1`/`cctv_vms_pc2`; the network fabric (core routers `gs1-cr01` …, the KINX IX link, KT and LG U+
transit, the DDoS scrubber `scrub-gs1`, `flow-collector`, `ddos-ctl`); the monitoring stack (`noc-prom`,
`noc-grafana`, `noc-alert`) and the notification hub `notify-hub` over RabbitMQ `rabbit-core`; Kubernetes
workers at GS1 and PC2. Environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): Korean-myth and romanised product code names (`doori-*` 두리, `haetae-*`
해태, `gyeryang-meter` 계량, `cheonggu-bill` 청구, `chulip-ctl` 출입, `jeonryeok-tsdb` 전력), legacy snake_case
(`billing_close_batch`, `cctv_vms_gs1`, `old_ticket_sys`), bare metal by asset tag (`ast-10452`, rack and U in
the attributes), OpenStack VMs by their generated ids (`i-0c41e9aa`), Kubernetes workers by campus
(`kn-gs1-w02`), facility devices by campus, hall and rack (`crah-gs1-h2-02`, `pdu-gs1-h1-r07a`) and network
gear by campus and role (`gs1-cr02`, `transit-kt-gs1`).

Seven injected incidents (times KST; now = Tuesday 2027-08-03 15:40, the afternoon cooling peak of a heat wave;
the window is the ten days before; the portal follows office hours, the BMS follows the outside heat with its
peak around 15:00, internet traffic peaks in the evening, the July billing close runs on Sun 08-01 (metering
snapshot) and Mon 08-02 (close batch); the network maintenance window is Thursday 01:00–05:00):
  I1 Mon 07-26 10:15–11:10  redis-doori stalls on its RDB fork (transparent huge pages back on after Sunday's
                            kernel patch of ast-10470): doori-auth (loudest, 25.0.2 deployed at 09:58),
                            doori-api, doori-web
  I2 Wed 07-28 14:20–15:15  (heat peak) bacnet-gw-gs1 drowns in a COV notification storm when chiller 3 stages
                            up: bms-collector (loudest), bms-alarm, haetae-floor (3.0.1 deployed at 13:55)
  I3 Thu 07-29 01:35–02:30  (night, inside the network maintenance window of gs1-cr02) rabbit-core sets its
                            disk-free alarm (an unconsumed dcim.audit queue filled ast-10471) and blocks every
                            publisher: notify-hub (loudest), doori-ticket (deployed at 01:10), noc-alert
  I4 Sat 07-31 11:10–12:05  (weekend) ceph-pc2 slows under backfill after an OSD node rejoins: mariadb-biostar,
                            chulip-ctl (loudest, badge readers time out), doori-visit (deployed Friday evening)
  I5 Sun 08-01 01:05–02:00  (weekend night, month-end) jeonryeok-tsdb saturates compressing July's chunks while
                            the metering snapshot reads them: gyeryang-meter (loudest, deployed Saturday
                            evening), bms-collector, cheonggu-bill
  I6 Mon 08-02 09:30–10:25  (billing close) the RAID battery learn cycle of ast-10452 drops its controller to
                            write-through: mysql-bill, cheonggu-bill (loudest, 6.0.3 deployed at 09:10),
                            billing_close_batch (started 09:00)
  I7 Tue 08-03 15:05–now    a metadata-lock pile-up on mysql-haetae behind the DCIM schema update's ALTER TABLE:
                            haetae-dcim (loudest), xconn-mgr, doori-order (7.4.0 deployed at 14:45) (ongoing)
Confounders: office hours, the afternoon cooling peak growing with the heat wave (chiller 3 staging up, BMS
points and COV notifications), the evening internet peak, the customer DDoS scrubbed on Tue 07-27 evening, the
month-end metering snapshot and close batch, deploys on victims before every incident, the noisy neighbour
`p95-calc` whose hourly run spikes `kn-gs1-w02` (shared with doori-auth and xconn-mgr), the gs1-cr02 upgrade in
the I3 night, `crah-gs1-h2-02` and `kn-pc2-w03` in maintenance, the retired `old_ticket_sys`, the Prometheus VM
`i-3f9a07c2`'s disk creeping up and the portal certificate of `lb-doori-ext` expiring on 2027-08-10 (warned
daily). Deterministic (seeded, gzip mtime 0); the golden questions (bench/idc_golden.py) are computed from the
files.

    .venv/bin/python bench/idc_estate.py   # rewrites tests/fixtures/colo-datacenter*
"""

from __future__ import annotations

import gzip
import math
import random
import sys
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

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
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "colo-datacenter"
NOW = datetime(2027, 8, 3, 6, 40, tzinfo=UTC)  # Tuesday 2027-08-03 15:40 KST
START = NOW - timedelta(days=10)  # Saturday 2027-07-24 15:40 KST
SEED = 20270803
SITES = {"G": "가산캠퍼스", "P": "평촌캠퍼스", "B": "부산캠퍼스"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}
SEOUL = ZoneInfo("Asia/Seoul")


def kst(d: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul wall-clock time as UTC; `d` counts days from 2027-07-01 (32 = August 1)."""
    return (datetime(2027, 7, 1, tzinfo=SEOUL) + timedelta(days=d - 1, hours=hh, minutes=mm)).astimezone(UTC)


AUG1, AUG2, AUG3 = 32, 33, 34

PORTAL, DCIM, FAC, BILL = "고객포털팀", "dcim-ops", "시설운영팀", "빌링파트"
NET, SEC, PLAT, DBA = "NOC-network", "보안관제팀", "platform-eng", "DBA팀"
MON, FIN, FIELD = "통합관제센터", "재무IT", "현장지원팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- DOORI customer portal
    "doori-web": ("service", PORTAL, "G", "P", ["kn-gs1-w01", "kn-gs1-w03"], ["doori-api"],
                  {"desc": "두리(DOORI) 고객포털 웹 (랙/전력/크로스커넥트 주문, 리모트핸즈, 청구서 조회)",
                   "product": "Next.js 14 (SSR)", "version": "4.12.3", "namespace": "doori", "replicas": 6,
                   "endpoint": "portal.nurion-idc.co.kr"}),
    "doori-api": ("service", PORTAL, "G", "P", ["kn-gs1-w01", "kn-gs1-w03"],
                  ["doori-auth", "doori-order", "doori-ticket", "doori-visit", "redis-doori"],
                  {"desc": "두리 포털 API 게이트웨이", "product": "Kong Gateway 3.6", "version": "3.6.1",
                   "namespace": "doori", "replicas": 4, "rate_limit_rps": 2400, "port": 8443}),
    "doori-auth": ("service", PORTAL, "G", "P", ["kn-gs1-w02"], ["redis-doori", "pg-doori"],
                   {"desc": "고객 SSO/MFA (고객사 관리자 승인, OTP)", "product": "Keycloak 25.0.2", "version": "25.0.2",
                    "namespace": "doori", "replicas": 3, "token_ttl_min": 30, "mfa": "TOTP + SMS"}),
    "doori-order": ("service", PORTAL, "G", "P", ["kn-gs1-w03"], ["pg-doori", "haetae-dcim", "rabbit-core"],
                    {"desc": "주문 (랙/상면, 전력 증설, 크로스커넥트, IP 할당)",
                     "product": "자체개발 (Kotlin, Spring Boot 3.2)", "version": "7.4.0", "namespace": "doori",
                     "replicas": 3, "order_types": 14}),
    "doori-ticket": ("service", FIELD, "G", "P", ["kn-gs1-w04"], ["pg-doori", "rabbit-core"],
                     {"desc": "리모트핸즈/스마트핸즈 티켓 (작업 요청, SLA)", "product": "자체개발 (Kotlin)",
                      "version": "5.9.2", "namespace": "doori", "replicas": 3, "sla_response_min": 30}),
    "doori-visit": ("service", PORTAL, "G", "P", ["kn-gs1-w04"], ["chulip-ctl", "pg-doori"],
                    {"desc": "방문 사전등록 (출입 신청, 장비 반입/반출 신청)", "product": "자체개발 (Node.js 20, NestJS)",
                     "version": "2.3.5", "namespace": "doori", "replicas": 2}),
    "rh-dispatch": ("service", FIELD, "P", "P", ["kn-pc2-w01"], ["doori-ticket", "notify-hub"],
                    {"desc": "현장 엔지니어 배차 앱 백엔드 (리모트핸즈 작업 배정, 작업 사진 보고)",
                     "product": "자체개발 (Go 1.22)", "version": "1.8.0", "technicians": 46}),
    "status-page": ("service", PORTAL, "P", "P", ["kn-pc2-w01"], [],
                    {"desc": "고객 공지/장애 상태 페이지", "product": "Cachet 2.4 (사내 포크)",
                     "endpoint": "status.nurion-idc.co.kr"}),
    # ---------------------------------------------------------------- HAETAE DCIM
    "haetae-dcim": ("service", DCIM, "G", "P", ["i-6d02f9b3"], ["mysql-haetae", "redis-haetae", "jeonryeok-tsdb"],
                    {"desc": "해태(HAETAE) DCIM (자산, 랙 상면, 전력 용량, 케이블)", "product": "Sunbird dcTrack 9.1 + 자체 확장",
                     "version": "9.1.2", "racks": 2480, "assets": 61300, "port": 8443}),
    "haetae-floor": ("service", DCIM, "G", "P", ["i-6d02f9b3"], ["haetae-dcim", "bms-collector"],
                     {"desc": "전산실 평면도/열지도 (랙 흡기온도, 전력 실시간)", "product": "자체개발 (React + Go)",
                      "version": "3.0.1", "halls": 7}),
    "xconn-mgr": ("service", DCIM, "G", "P", ["kn-gs1-w02"], ["haetae-dcim", "rabbit-core"],
                  {"desc": "크로스커넥트/MMR 패치패널 포트 관리", "product": "자체개발 (Go 1.22)", "version": "2.1.4",
                   "mmr_ports": 6912, "namespace": "dcim"}),
    # ---------------------------------------------------------------- BMS
    "bms-collector": ("service", FAC, "G", "P", ["i-1a7e44c0"],
                      ["bacnet-gw-gs1", "modbus-gw-gs1", "bacnet-gw-pc2", "modbus-gw-pc2", "modbus-gw-bs3",
                       "jeonryeok-tsdb", "rabbit-bms"],
                      {"desc": "BMS 포인트 수집기 (게이트웨이 폴링, 시계열 적재)", "product": "자체개발 (Python 3.11, asyncio)",
                       "version": "2.6.1", "points": 48200, "poll_sec": 10}),
    "bms-alarm": ("service", FAC, "G", "P", ["i-1a7e44c0"], ["bms-collector", "rabbit-bms", "notify-hub"],
                  {"desc": "BMS 알람 룰 엔진 (온습도, 전력, 설비 고장 알람)", "version": "1.4.3", "rules": 1260,
                   "product": "자체개발 (Python 3.11)"}),
    "bacnet-gw-gs1": ("service", FAC, "G", "P", ["ipc-gs1-bms01"], [],
                      {"desc": "가산 BACnet 게이트웨이 (칠러, CRAH, 공조기)", "product": "Tridium Niagara 4.13 (JACE-9000)",
                       "protocol": "BACnet/IP", "port": 47808, "devices": 186, "cov_subscriptions": 9400}),
    "modbus-gw-gs1": ("service", FAC, "G", "P", ["ipc-gs1-bms02"], [],
                      {"desc": "가산 Modbus 게이트웨이 (UPS, PDU, 발전기, 수배전반)", "product": "Moxa MGate 5217 + Niagara 4.13",
                       "protocol": "Modbus TCP", "port": 502, "devices": 412}),
    "bacnet-gw-pc2": ("service", FAC, "P", "P", ["ipc-pc2-bms01"], [],
                      {"desc": "평촌 BACnet 게이트웨이", "product": "Tridium Niagara 4.12 (JACE-8000)",
                       "protocol": "BACnet/IP", "port": 47808, "devices": 94, "cov_subscriptions": 4100}),
    "modbus-gw-pc2": ("service", FAC, "P", "P", ["ipc-pc2-bms01"], [],
                      {"desc": "평촌 Modbus 게이트웨이", "product": "Moxa MGate 5217", "protocol": "Modbus TCP",
                       "port": 502, "devices": 230}),
    "modbus-gw-bs3": ("service", FAC, "B", "P", ["ipc-bs3-bms01"], [],
                      {"desc": "부산 Modbus 게이트웨이 (UPS, 항온항습기)", "product": "Moxa MGate 5119",
                       "protocol": "Modbus TCP", "port": 502, "devices": 58}),
    # ---------------------------------------------------------------- metering, billing
    "gyeryang-meter": ("service", BILL, "G", "P", ["kn-gs1-w03"],
                       ["modbus-gw-gs1", "modbus-gw-pc2", "modbus-gw-bs3", "jeonryeok-tsdb"],
                       {"desc": "계량 (고객 랙별 전력 kW/kWh 검침, 분기회로 PDU)", "product": "자체개발 (Java 21)",
                        "version": "3.3.0", "meters": 4120, "snapshot": "매월 1일 00:00", "namespace": "billing"}),
    "p95-calc": ("service", BILL, "G", "P", ["kn-gs1-w02"], ["ch-flow"],
                 {"desc": "대역폭 95퍼센타일 과금 계산 (5분 샘플, 월 상위 5% 제외)", "product": "자체개발 (Python 3.12)",
                  "version": "1.9.4", "percentile": 95, "sample_min": 5, "schedule": "매시 정각",
                  "namespace": "billing"}),
    "cheonggu-bill": ("service", BILL, "G", "P", ["i-0c41e9aa"], ["gyeryang-meter", "p95-calc", "mysql-bill", "rabbit-core"],
                      {"desc": "청구 (월 정산, 전력 kW·대역폭 95th 과금, 세금계산서)", "product": "자체개발 (Java 17)",
                       "version": "6.0.3", "customers": 1840, "close_day": "매월 1일", "currency": "KRW"}),
    "billing_close_batch": ("service", BILL, "G", "P", ["i-0c41e9aa"], ["cheonggu-bill", "mysql-bill", "duzon-if"],
                            {"desc": "월마감 정산 배치 (청구서 생성, 전자세금계산서 발행)", "product": "Spring Batch 5.1",
                             "schedule": "매월 첫 영업일 09:00", "jobs": 17}),
    "duzon-if": ("service", FIN, "G", "P", ["i-0c41e9aa"], ["mysql-bill"],
                 {"desc": "더존 ERP 연계 (매출 전표, 세금계산서 발행 결과)", "product": "Douzone iCUBE 연계 어댑터",
                  "version": "1.2.7", "schedule": "30분 주기"}),
    # ---------------------------------------------------------------- access control, CCTV
    "chulip-ctl": ("service", SEC, "P", "P", ["ast-20113"], ["mariadb-biostar"],
                   {"desc": "출입통제 (카드/안면인식 리더, 맨트랩, 3개 캠퍼스)", "product": "Suprema BioStar 2.9",
                    "version": "2.9.6", "readers": 742, "campuses": 3, "port": 443}),
    "cctv_vms_gs1": ("service", SEC, "G", "P", ["ast-10480"], ["nas-cctv-gs1"],
                     {"desc": "가산 CCTV 영상관리 (VMS)", "product": "Milestone XProtect Corporate 2024 R1",
                      "cameras": 1120, "retention_days": 90}),
    "cctv_vms_pc2": ("service", SEC, "P", "P", ["ast-20118"], ["nas-cctv-pc2"],
                     {"desc": "평촌 CCTV 영상관리 (VMS)", "product": "Milestone XProtect Corporate 2024 R1",
                      "cameras": 640, "retention_days": 90}),
    # ---------------------------------------------------------------- network services
    "flow-collector": ("service", NET, "G", "P", ["i-8c5f1e27"], ["ch-flow"],
                       {"desc": "sFlow/NetFlow 수집기 (코어 라우터, IX/트랜짓)", "product": "GoFlow2 + 자체 필터",
                        "version": "2.2.0", "exporters": 12}),
    "ddos-ctl": ("service", NET, "G", "P", ["i-8c5f1e27"], ["ch-flow"],
                 {"desc": "DDoS 탐지/우회 (BGP FlowSpec, 스크러빙 우회 자동화)", "product": "FastNetMon Advanced 2.0",
                  "version": "2.0.361", "detect_threshold_mpps": 2}),
    # ---------------------------------------------------------------- monitoring, platform
    "noc-prom": ("service", MON, "G", "P", ["i-3f9a07c2"], [],
                 {"desc": "메트릭 수집 (Prometheus + Thanos sidecar)", "product": "Prometheus 2.53", "targets": 3850,
                  "retention_days": 15}),
    "noc-grafana": ("service", MON, "G", "P", ["i-7be01d55"], ["noc-prom", "jeonryeok-tsdb"],
                    {"desc": "관제 대시보드", "product": "Grafana 11.1", "dashboards": 212}),
    "noc-alert": ("service", MON, "G", "P", ["i-7be01d55"], ["noc-prom", "notify-hub"],
                  {"desc": "알람 라우팅 (당직 호출)", "product": "Alertmanager 0.27", "receivers": 38}),
    "notify-hub": ("service", PLAT, "G", "P", ["kn-gs1-w04"], ["rabbit-core"],
                   {"desc": "알림 발송 허브 (SMS, 카카오 알림톡, 메일)", "product": "자체개발 (Kotlin)", "version": "2.5.0",
                    "channels": "SMS, 알림톡, 메일", "sms_vendor": "NHN Cloud", "namespace": "platform"}),
    "sso-ops": ("service", PLAT, "P", "P", ["kn-pc2-w02"], [],
                {"desc": "사내 SSO (운영자, 현장 엔지니어)", "product": "Keycloak 24.0.5", "version": "24.0.5"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "doori-web-stg": ("service", PORTAL, "G", "S", ["i-9e13b4d7"], ["doori-api-stg"],
                      {"desc": "두리 포털 웹 (스테이징)", "version": "4.13.0-rc1"}),
    "doori-api-stg": ("service", PORTAL, "G", "S", ["i-9e13b4d7"], ["pg-doori-stg", "redis-doori-stg"],
                      {"desc": "두리 API (스테이징)", "version": "3.7.0"}),
    "cheonggu-bill-stg": ("service", BILL, "G", "S", ["i-9e13b4d7"], ["mysql-bill-stg"],
                          {"desc": "청구 (스테이징, 8월 요금제 개편 검증)", "version": "6.1.0-rc2"}),
    "haetae-dcim-dev": ("service", DCIM, "G", "D", ["i-a2c6f311"], [],
                        {"desc": "DCIM 확장 개발", "version": "9.2.0-SNAPSHOT"}),
    "p95-calc-dev": ("service", BILL, "G", "D", ["i-a2c6f311"], [],
                     {"desc": "95th 과금 계산 (개발)", "version": "2.0.0-dev"}),
    "old_ticket_sys": ("service", FIELD, "G", "P", [], [],
                       {"desc": "구 리모트핸즈 티켓 시스템 (2025년 doori-ticket으로 이관)", "version": "3.4.11",
                        "decommissioned": "2025-11-30"}),
    # ---------------------------------------------------------------- databases
    "pg-doori": ("database", DBA, "G", "P", ["ast-10442", "ast-10443"], [],
                 {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 (Patroni 3.3)", "port": 5432,
                  "max_connections": 600, "size_gb": 820, "desc": "두리 포털 운영 DB (주문, 티켓, 고객)"}),
    "mysql-haetae": ("database", DBA, "G", "P", ["ast-10451"], [],
                     {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Community", "port": 3306,
                      "max_connections": 500, "size_gb": 410, "desc": "DCIM 자산/상면/전력 DB"}),
    "mysql-bill": ("database", DBA, "G", "P", ["ast-10452"], [],
                   {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 Enterprise", "port": 3306,
                    "max_connections": 800, "size_gb": 1260, "desc": "청구/정산 DB"}),
    "jeonryeok-tsdb": ("database", FAC, "G", "P", ["ast-10460"], [],
                       {"engine": "timescaledb", "version": "2.15.2", "product": "TimescaleDB 2.15 (PostgreSQL 16)",
                        "port": 5432, "chunk_interval": "1 day", "compress_after": "7 days",
                        "desc": "전력/BMS 시계열 (PDU kW, 온습도, 설비 포인트)"}),
    "ch-flow": ("database", NET, "G", "P", ["ast-10461"], [],
                {"engine": "clickhouse", "version": "24.3.5", "product": "ClickHouse 24.3 LTS", "port": 9000,
                 "retention_days": 400, "desc": "플로우/트래픽 카운터 (95th 과금 원천)"}),
    "mariadb-biostar": ("database", SEC, "P", "P", ["ast-20113"], ["ceph-pc2"],
                        {"engine": "mariadb", "version": "10.6.18", "product": "MariaDB 10.6 (BioStar 2 번들)",
                         "port": 3312, "desc": "출입통제 DB (카드, 출입 이력)"}),
    "pg-doori-stg": ("database", DBA, "G", "S", ["i-9e13b4d7"], [],
                     {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5432}),
    "mysql-bill-stg": ("database", DBA, "G", "S", ["i-9e13b4d7"], [],
                       {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Community", "port": 3306}),
    # ---------------------------------------------------------------- caches, queues
    "redis-doori": ("cache", PLAT, "G", "P", ["ast-10470"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 24, "maxmemory_policy": "volatile-lru",
                     "persistence": "RDB (bgsave 15분)", "port": 6379, "desc": "포털 세션/장바구니 캐시"}),
    "redis-haetae": ("cache", DCIM, "G", "P", ["ast-10470"], [],
                     {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 8, "maxmemory_policy": "allkeys-lru",
                      "port": 6380, "desc": "DCIM 조회 캐시"}),
    "redis-doori-stg": ("cache", PLAT, "G", "S", ["i-9e13b4d7"], [],
                        {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 2, "port": 6379}),
    "rabbit-core": ("queue", PLAT, "G", "P", ["ast-10471"], [],
                    {"product": "RabbitMQ 3.13.4", "nodes": 1, "queues": 118, "port": 5672, "disk_free_limit_gb": 50,
                     "desc": "업무 이벤트 버스 (주문, 티켓, 알림, 청구)"}),
    "rabbit-bms": ("queue", FAC, "G", "P", ["ast-10471"], [],
                   {"product": "RabbitMQ 3.12.14", "nodes": 1, "queues": 22, "port": 5673,
                    "desc": "BMS 이벤트/알람 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-doori-ext": ("G", NET, ["doori-web", "doori-api"],
                     {"vendor": "F5", "model": "BIG-IP r5900", "version": "17.1.1", "vip": "203.0.113.80",
                      "endpoint": "portal.nurion-idc.co.kr", "cert_expiry": "2027-08-10",
                      "cert_issuer": "Sectigo OV (수동 갱신)"}),
    "lb-int-gs1": ("G", NET, ["haetae-dcim", "haetae-floor", "cheonggu-bill", "noc-grafana"],
                   {"vendor": "HAProxy", "model": "HAProxy 2.8 (VM 이중화)", "vip": "10.21.0.10",
                    "cert_expiry": "2028-03-02"}),
    "lb-int-pc2": ("P", NET, ["chulip-ctl", "sso-ops", "status-page"],
                   {"vendor": "Piolink", "model": "PAS-K 5424", "vip": "10.22.0.10", "firmware": "2.6.3"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "san-gs1": ("G", PLAT, {"vendor": "Pure Storage", "model": "FlashArray//X50 R4", "capacity_tb": 140,
                            "protocol": "iSCSI", "desc": "DB 블록 스토리지"},
                ["ast-10442", "ast-10443", "ast-10451", "ast-10452", "ast-10460"]),
    "ceph-pc2": ("P", PLAT, {"vendor": "Ceph", "model": "Ceph Reef 18.2.2 (9 OSD 노드)", "capacity_tb": 610,
                             "protocol": "RBD", "osd_nodes": 9, "desc": "평촌 쿠버네티스/출입통제 볼륨"},
                 ["kn-pc2-w01", "kn-pc2-w02", "kn-pc2-w03", "ast-20113"]),
    "nas-cctv-gs1": ("G", SEC, {"vendor": "Dell", "model": "PowerScale H7000", "capacity_tb": 1450,
                                "desc": "가산 CCTV 녹화 (90일 보관)"}, ["ast-10480"]),
    "nas-cctv-pc2": ("P", SEC, {"vendor": "Dell", "model": "PowerScale A3000", "capacity_tb": 820,
                                "desc": "평촌 CCTV 녹화 (90일 보관)"}, ["ast-20118"]),
    "dd-backup-gs1": ("G", PLAT, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                                  "desc": "DB/VM 백업"}, []),
}
# servers: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "kn-gs1-w01": ("G", "P", "k8s", {"role": "k8s-gs1-prod worker (doori)", "cluster": "k8s-gs1-prod"}),
    "kn-gs1-w02": ("G", "P", "k8s", {"role": "k8s-gs1-prod worker (auth, billing jobs)", "cluster": "k8s-gs1-prod"}),
    "kn-gs1-w03": ("G", "P", "k8s", {"role": "k8s-gs1-prod worker (doori, metering)", "cluster": "k8s-gs1-prod"}),
    "kn-gs1-w04": ("G", "P", "k8s", {"role": "k8s-gs1-prod worker (tickets, notify)", "cluster": "k8s-gs1-prod"}),
    "kn-pc2-w01": ("P", "P", "k8s", {"role": "k8s-pc2-prod worker", "cluster": "k8s-pc2-prod"}),
    "kn-pc2-w02": ("P", "P", "k8s", {"role": "k8s-pc2-prod worker", "cluster": "k8s-pc2-prod"}),
    "kn-pc2-w03": ("P", "P", "k8s", {"role": "k8s-pc2-prod worker (cordon, 커널 패치 대기)", "cluster": "k8s-pc2-prod"}),
    "ast-10442": ("G", "P", "bare", {"role": "pg-doori primary (Patroni)", "rack": "GS1-H1-R02", "unit": "U21-22",
                                     "model": "Dell PowerEdge R760"}),
    "ast-10443": ("G", "P", "bare", {"role": "pg-doori replica (Patroni)", "rack": "GS1-H1-R03", "unit": "U21-22",
                                     "model": "Dell PowerEdge R760"}),
    "ast-10451": ("G", "P", "bare", {"role": "MySQL DCIM", "rack": "GS1-H1-R02", "unit": "U17-18",
                                     "model": "Dell PowerEdge R660"}),
    "ast-10452": ("G", "P", "bare", {"role": "MySQL 청구", "rack": "GS1-H1-R03", "unit": "U17-18",
                                     "model": "Dell PowerEdge R660", "raid": "PERC H755 (BBU)"}),
    "ast-10460": ("G", "P", "bare", {"role": "TimescaleDB 전력/BMS", "rack": "GS1-H1-R04", "unit": "U11-12",
                                     "model": "HPE ProLiant DL380 Gen11"}),
    "ast-10461": ("G", "P", "bare", {"role": "ClickHouse 플로우", "rack": "GS1-H1-R04", "unit": "U13-14",
                                     "model": "HPE ProLiant DL380 Gen11"}),
    "ast-10470": ("G", "P", "bare", {"role": "Redis (포털, DCIM)", "rack": "GS1-H1-R05", "unit": "U30",
                                     "model": "Supermicro SYS-120U"}),
    "ast-10471": ("G", "P", "bare", {"role": "RabbitMQ (업무, BMS)", "rack": "GS1-H1-R05", "unit": "U31",
                                     "model": "Supermicro SYS-120U"}),
    "ast-10480": ("G", "P", "win", {"role": "CCTV 레코딩 서버", "rack": "GS1-SEC-R01", "unit": "U05-06",
                                    "model": "Dell PowerEdge R760xd2"}),
    "ast-20113": ("P", "P", "bare", {"role": "출입통제 서버 (BioStar 2, MariaDB)", "rack": "PC2-H3-R01", "unit": "U20",
                                     "model": "Lenovo ThinkSystem SR630 V3"}),
    "ast-20118": ("P", "P", "win", {"role": "CCTV 레코딩 서버", "rack": "PC2-SEC-R01", "unit": "U05-06",
                                    "model": "Dell PowerEdge R760xd2"}),
    "i-3f9a07c2": ("G", "P", "vm", {"role": "Prometheus", "flavor": "m2.2xlarge"}),
    "i-7be01d55": ("G", "P", "vm", {"role": "Grafana, Alertmanager", "flavor": "m2.large"}),
    "i-0c41e9aa": ("G", "P", "vm", {"role": "청구, 월마감 배치, ERP 연계", "flavor": "m2.4xlarge"}),
    "i-6d02f9b3": ("G", "P", "vm", {"role": "DCIM (dcTrack), 평면도", "flavor": "m2.2xlarge"}),
    "i-1a7e44c0": ("G", "P", "vm", {"role": "BMS 수집/알람", "flavor": "c2.2xlarge"}),
    "i-8c5f1e27": ("G", "P", "vm", {"role": "플로우 수집, DDoS 탐지", "flavor": "c2.4xlarge"}),
    "i-9e13b4d7": ("G", "S", "vm", {"role": "스테이징 공용", "flavor": "m2.2xlarge"}),
    "i-a2c6f311": ("G", "D", "vm", {"role": "개발 공용", "flavor": "m2.xlarge"}),
    "ipc-gs1-bms01": ("G", "P", "ipc", {"role": "BACnet 게이트웨이 PC", "rack": "GS1-BMS-R01",
                                        "model": "Advantech UNO-2484G"}),
    "ipc-gs1-bms02": ("G", "P", "ipc", {"role": "Modbus 게이트웨이 PC", "rack": "GS1-BMS-R01",
                                        "model": "Advantech UNO-2484G"}),
    "ipc-pc2-bms01": ("P", "P", "ipc", {"role": "BACnet/Modbus 게이트웨이 PC", "rack": "PC2-BMS-R01",
                                        "model": "Advantech UNO-2372G"}),
    "ipc-bs3-bms01": ("B", "P", "ipc", {"role": "Modbus 게이트웨이 PC", "rack": "BS3-BMS-R01",
                                        "model": "Advantech UNO-2372G"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "gs1-cr01": ("G", {"device": "core router", "vendor": "Cisco", "model": "ASR 9906", "os": "IOS XR 7.11.2",
                       "asn": 38661}),
    "gs1-cr02": ("G", {"device": "core router", "vendor": "Cisco", "model": "ASR 9906", "os": "IOS XR 7.11.2",
                       "asn": 38661}),
    "pc2-cr01": ("P", {"device": "core router", "vendor": "Juniper", "model": "MX304", "os": "Junos 23.2R2",
                       "asn": 38661}),
    "bs3-cr01": ("B", {"device": "core router", "vendor": "Juniper", "model": "MX204", "os": "Junos 22.4R3",
                       "asn": 38661}),
    "ix-kinx-gs1": ("G", {"device": "IX link", "provider": "KINX", "capacity_gbps": 100, "port": "KINX-SEL-0417",
                          "desc": "KINX IX 피어링 100G"}),
    "transit-kt-gs1": ("G", {"device": "transit link", "provider": "KT", "capacity_gbps": 100,
                             "circuit": "KT-IP-TR-88120", "commit_gbps": 40}),
    "transit-lgu-pc2": ("P", {"device": "transit link", "provider": "LG U+", "capacity_gbps": 40,
                              "circuit": "LGU-BIZ-417702", "commit_gbps": 20}),
    "scrub-gs1": ("G", {"device": "DDoS scrubber", "vendor": "Radware", "model": "DefensePro 400", "capacity_gbps": 400,
                        "firmware": "8.34.1"}),
}
# facility devices behind the BMS gateways: name: (site, gateway, attributes), written as hosts
FACILITY = {
    "chl-gs1-01": ("G", "bacnet-gw-gs1", {"device": "chiller", "vendor": "Trane", "model": "CenTraVac CVHF",
                                          "capacity_rt": 1000, "plant": "GS1 중앙냉동기실"}),
    "chl-gs1-02": ("G", "bacnet-gw-gs1", {"device": "chiller", "vendor": "Trane", "model": "CenTraVac CVHF",
                                          "capacity_rt": 1000, "plant": "GS1 중앙냉동기실"}),
    "chl-gs1-03": ("G", "bacnet-gw-gs1", {"device": "chiller", "vendor": "LG전자", "model": "터보 냉동기 RCWFH",
                                          "capacity_rt": 800, "plant": "GS1 중앙냉동기실", "role": "피크 대응 (staging)"}),
    "crah-gs1-h1-01": ("G", "bacnet-gw-gs1", {"device": "CRAH", "vendor": "Vertiv", "model": "Liebert PCW PH110",
                                              "hall": "H1", "airflow_cmh": 28000}),
    "crah-gs1-h1-02": ("G", "bacnet-gw-gs1", {"device": "CRAH", "vendor": "Vertiv", "model": "Liebert PCW PH110",
                                              "hall": "H1", "airflow_cmh": 28000}),
    "crah-gs1-h2-01": ("G", "bacnet-gw-gs1", {"device": "CRAH", "vendor": "Stulz", "model": "CyberAir 3PRO",
                                              "hall": "H2", "airflow_cmh": 31000}),
    "crah-gs1-h2-02": ("G", "bacnet-gw-gs1", {"device": "CRAH", "vendor": "Stulz", "model": "CyberAir 3PRO",
                                              "hall": "H2", "airflow_cmh": 31000, "note": "팬 모터 교체 (부품 대기)"}),
    "ups-gs1-a": ("G", "modbus-gw-gs1", {"device": "UPS", "vendor": "Schneider", "model": "Galaxy VX",
                                         "capacity_kva": 1500, "feed": "A", "battery": "리튬이온", "runtime_min": 12}),
    "ups-gs1-b": ("G", "modbus-gw-gs1", {"device": "UPS", "vendor": "Schneider", "model": "Galaxy VX",
                                         "capacity_kva": 1500, "feed": "B", "battery": "리튬이온", "runtime_min": 12}),
    "gen-gs1-01": ("G", "modbus-gw-gs1", {"device": "generator", "vendor": "Cummins", "model": "C3000 D6e",
                                          "capacity_kw": 2400, "fuel_l": 30000, "test": "매주 화요일 10:00 무부하"}),
    "gen-gs1-02": ("G", "modbus-gw-gs1", {"device": "generator", "vendor": "Cummins", "model": "C3000 D6e",
                                          "capacity_kw": 2400, "fuel_l": 30000}),
    "pdu-gs1-h1-r07a": ("G", "modbus-gw-gs1", {"device": "rack PDU", "vendor": "Raritan", "model": "PX4-5493",
                                               "rack": "GS1-H1-R07", "feed": "A", "breaker_a": 32,
                                               "customer": "C-0412"}),
    "pdu-gs1-h1-r07b": ("G", "modbus-gw-gs1", {"device": "rack PDU", "vendor": "Raritan", "model": "PX4-5493",
                                               "rack": "GS1-H1-R07", "feed": "B", "breaker_a": 32,
                                               "customer": "C-0412"}),
    "chl-pc2-01": ("P", "bacnet-gw-pc2", {"device": "chiller", "vendor": "Carrier", "model": "AquaEdge 19DV",
                                          "capacity_rt": 700, "plant": "PC2 냉동기실"}),
    "chl-pc2-02": ("P", "bacnet-gw-pc2", {"device": "chiller", "vendor": "Carrier", "model": "AquaEdge 19DV",
                                          "capacity_rt": 700, "plant": "PC2 냉동기실"}),
    "crah-pc2-h3-01": ("P", "bacnet-gw-pc2", {"device": "CRAH", "vendor": "Vertiv", "model": "Liebert PCW PH080",
                                              "hall": "H3", "airflow_cmh": 22000}),
    "crah-pc2-h3-02": ("P", "bacnet-gw-pc2", {"device": "CRAH", "vendor": "Vertiv", "model": "Liebert PCW PH080",
                                              "hall": "H3", "airflow_cmh": 22000}),
    "ups-pc2-a": ("P", "modbus-gw-pc2", {"device": "UPS", "vendor": "Eaton", "model": "93PM", "capacity_kva": 500,
                                         "feed": "A", "battery": "VRLA", "runtime_min": 15}),
    "gen-pc2-01": ("P", "modbus-gw-pc2", {"device": "generator", "vendor": "MTU", "model": "20V4000 DS3300",
                                          "capacity_kw": 2640, "fuel_l": 24000}),
    "ups-bs3-a": ("B", "modbus-gw-bs3", {"device": "UPS", "vendor": "LS ELECTRIC", "model": "LUP-300",
                                         "capacity_kva": 300, "feed": "A", "battery": "VRLA", "runtime_min": 20}),
    "crah-bs3-01": ("B", "modbus-gw-bs3", {"device": "항온항습기", "vendor": "오텍캐리어", "model": "CRAC-DX 30RT",
                                           "hall": "BS3-H1", "airflow_cmh": 12000}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("gs1-cr01", "gs1-cr02"),
    ("ix-kinx-gs1", "gs1-cr01"),
    ("transit-kt-gs1", "gs1-cr02"),
    ("transit-lgu-pc2", "pc2-cr01"),
    ("gs1-cr01", "pc2-cr01"),
    ("gs1-cr02", "bs3-cr01"),
    ("scrub-gs1", "gs1-cr01"),
    ("scrub-gs1", "lb-doori-ext"),
    ("flow-collector", "gs1-cr01"),
    ("flow-collector", "gs1-cr02"),
    ("flow-collector", "pc2-cr01"),
    ("ddos-ctl", "scrub-gs1"),
]
# fmt: on
STATUS = {"crah-gs1-h2-02": "maintenance", "kn-pc2-w03": "maintenance", "old_ticket_sys": "retired"}
NET_PREFIX = {"G": "10.21", "P": "10.22", "B": "10.23"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "I1",
        "kind": "cache_fork_stall",
        "root": "redis-doori",
        "description": "on Monday morning redis-doori stalls for seconds on every RDB background save: Sunday's"
        " kernel patch of ast-10470 put transparent huge pages back to 'always' and the fork copies the 19 GB"
        " dataset page by page; doori-auth (25.0.2 deployed at 09:58, loudest) fails customer logins, doori-api"
        " times out and doori-web shows errors, until THP is disabled and bgsave moved to the replica",
        "start": kst(26, 10, 15),
        "end": kst(26, 11, 10),
        "affected": ["redis-doori", "doori-auth", "doori-api", "doori-web"],
    },
    {
        "id": "I2",
        "kind": "gateway_cov_storm",
        "root": "bacnet-gw-gs1",
        "description": "at the heat peak of Wednesday afternoon chiller 3 stages up and the chilled-water valves"
        " of every CRAH hunt: bacnet-gw-gs1 drowns in COV notifications, its JACE CPU saturates and polls time"
        " out; bms-collector (loudest) loses GS1 points, bms-alarm raises stale-data alarms, haetae-floor (3.0.1"
        " deployed at 13:55) shows a blank heat map, until COV increments are widened",
        "start": kst(28, 14, 20),
        "end": kst(28, 15, 15),
        "affected": ["bacnet-gw-gs1", "bms-collector", "bms-alarm", "haetae-floor"],
    },
    {
        "id": "I3",
        "kind": "queue_disk_alarm",
        "root": "rabbit-core",
        "description": "in the small hours of Thursday, inside the network maintenance window of gs1-cr02,"
        " rabbit-core sets its disk-free alarm: the dcim.audit queue had lost its consumer and filled the disk of"
        " ast-10471; every publisher is blocked: notify-hub (loudest) stops sending SMS and 알림톡, doori-ticket"
        " (deployed at 01:10) cannot create tickets, noc-alert cannot page, until the queue is purged",
        "start": kst(29, 1, 35),
        "end": kst(29, 2, 30),
        "affected": ["rabbit-core", "notify-hub", "doori-ticket", "noc-alert"],
    },
    {
        "id": "I4",
        "kind": "storage_backfill_latency",
        "root": "ceph-pc2",
        "description": "on Saturday late morning an OSD node of ceph-pc2 rejoins after a disk swap and the"
        " backfill saturates the cluster: the RBD volume of mariadb-biostar slows, chulip-ctl (loudest) times out"
        " on badge checks at every campus, doori-visit (deployed Friday evening) cannot confirm visitor passes,"
        " until backfill is throttled (osd_max_backfills 1)",
        "start": kst(31, 11, 10),
        "end": kst(31, 12, 5),
        "affected": ["ceph-pc2", "mariadb-biostar", "chulip-ctl", "doori-visit"],
    },
    {
        "id": "I5",
        "kind": "tsdb_compression_saturation",
        "root": "jeonryeok-tsdb",
        "description": "in the small hours of Sunday August 1, the month end, jeonryeok-tsdb compresses July's"
        " chunks while the metering snapshot reads them: its CPU and IO saturate; gyeryang-meter (deployed"
        " Saturday evening, loudest) fails the July kWh snapshot, bms-collector cannot write points, cheonggu-bill"
        " gets no usage, until the compression job is paused",
        "start": kst(AUG1, 1, 5),
        "end": kst(AUG1, 2, 0),
        "affected": ["jeonryeok-tsdb", "gyeryang-meter", "bms-collector", "cheonggu-bill"],
    },
    {
        "id": "I6",
        "kind": "raid_write_through",
        "root": "ast-10452",
        "description": "on Monday morning, the first business day and billing close, the RAID controller battery"
        " of ast-10452 starts its learn cycle and the controller drops to write-through: mysql-bill's commits"
        " slow tenfold, cheonggu-bill (6.0.3 deployed at 09:10, loudest) and the close batch"
        " billing_close_batch (started 09:00) fail, until the write-back policy is forced",
        "start": kst(AUG2, 9, 30),
        "end": kst(AUG2, 10, 25),
        "affected": ["ast-10452", "mysql-bill", "cheonggu-bill", "billing_close_batch"],
    },
    {
        "id": "I7",
        "kind": "db_metadata_lock",
        "root": "mysql-haetae",
        "description": "on Tuesday afternoon the DCIM schema update's ALTER TABLE on rack_power waits behind a long"
        " capacity-report transaction on mysql-haetae and every query on the table queues behind it (Waiting for"
        " table metadata lock), threads pile up to max_connections: haetae-dcim (loudest), xconn-mgr and"
        " doori-order (7.4.0 deployed at 14:45) fail (ongoing)",
        "start": kst(AUG3, 15, 5),
        "end": None,
        "affected": ["mysql-haetae", "haetae-dcim", "xconn-mgr", "doori-order"],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS
AUDIT_FILL = kst(28, 22, 15)  # dcim.audit starts piling up in rabbit-core (ast-10471's disk)


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for dev, (_, gw, _) in FACILITY.items():
        rels.append((gw, dev, "CONNECTS_TO"))
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
        net = {"P": 40, "S": 60, "D": 70}[env] + i // 9
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{net}.{20 + (i * 29) % 200}"}
        if kind == "k8s":
            attrs |= {"os": "Ubuntu 22.04 LTS", "kubelet": "v1.29.6", "cores": rng.choice([32, 48]),
                      "mem_gb": rng.choice([256, 384])}  # fmt: skip
        elif kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "Ubuntu 22.04 LTS"]), "cloud": "OpenStack 2024.1 (GS1)",
                      "vcpu": rng.choice([8, 16]), "mem_gb": rng.choice([32, 64])}  # fmt: skip
            owner = MON if h in ("i-3f9a07c2", "i-7be01d55") else PLAT
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": 32, "mem_gb": 256,
                      "asset_tag": f"NR-{h[4:]}", "serial": f"{rng.choice(['CN7', 'JPX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = SEC
        elif kind == "ipc":
            attrs |= {"os": "Windows 10 IoT Enterprise LTSC", "cores": 4, "mem_gb": 16}
            owner = FAC
        else:  # bare metal
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "RHEL 9.4"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]), "asset_tag": f"NR-{h[4:]}",
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("ast-10442", "ast-10443", "ast-10451", "ast-10452"):
                owner = DBA
            if h == "ast-20113":
                owner = SEC
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.0.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    for j, (dev, (site, gw, attrs)) in enumerate(FACILITY.items()):
        extra = {"bms_ip": f"{NET_PREFIX[site]}.90.{31 + j}", "gateway": gw,
                 "protocol": "BACnet/IP" if gw.startswith("bacnet") else "Modbus TCP"}  # fmt: skip
        cis.append(
            ci_record(dev, "host", "prod", FAC, SITES[site], {**extra, **attrs}, STATUS.get(dev, "active"))
        )
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _day(ts: datetime) -> int:
    loc = _local(ts)
    return loc.day if loc.month == 7 else 31 + loc.day


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


# how hot each day is (0..1): the heat wave builds from Tuesday 07-27 to today
HEAT = {
    23: 0.5,
    24: 0.5,
    25: 0.45,
    26: 0.55,
    27: 0.7,
    28: 0.85,
    29: 0.8,
    30: 0.9,
    31: 0.75,
    32: 0.7,
    33: 0.9,
    34: 1.0,
}


def _cooling(ts: datetime) -> float:
    """Cooling and BMS activity: a base plus the afternoon heat peak (about 15:00), taller on hotter days."""
    heat, h = HEAT[_day(ts)], seoul_hour(ts)
    return max(0.05, min(1.0, 0.22 + 0.12 * heat + 0.6 * heat * _bump(h, 15.0, 2.6)))


def _office(ts: datetime) -> float:
    """The portal and DCIM: customers and operators in office hours on weekdays (lunch dip), quiet weekends."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.14 + 0.1 * _bump(h, 14, 3)
    v = 0.12 + 0.62 * (1 if 9 <= h < 18 else 0) * (0.75 if 12 <= h < 13 else 1)
    return v + 0.1 * _bump(h, 20.5, 1.5) + 0.1 * _bump(h, 9.5, 0.8)


def _traffic(ts: datetime) -> float:
    """Internet traffic through the fabric: the evening peak around 21:30, a daytime plateau, weekends up."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.28 + 0.5 * _bump(h, 21.5, 2.4) + 0.16 * _bump(h, 13.5, 3.5) + (0.05 if wd >= 5 else 0)
    return max(0.05, min(1.0, v))


def _billing(ts: datetime) -> float:
    """Billing: office hours, the metering snapshot on the 1st after midnight and the close on Monday the 2nd."""
    h, d = seoul_hour(ts), _day(ts)
    v = 0.1 + 0.4 * (_office(ts) - 0.12)
    if d == AUG1 and h < 1.5:
        v = 0.85
    if d == AUG2 and 9 <= h < 12:
        v = 0.95
    return max(0.05, min(1.0, v))


def _ops(ts: datetime) -> float:
    return 0.45 + 0.15 * _bump(seoul_hour(ts), 14, 4)


OFFICE_SIDE = {
    "doori-web", "doori-api", "doori-auth", "doori-order", "doori-ticket", "doori-visit", "rh-dispatch",
    "status-page", "haetae-dcim", "haetae-floor", "xconn-mgr", "chulip-ctl", "sso-ops", "pg-doori", "mysql-haetae",
    "mariadb-biostar", "redis-doori", "redis-haetae", "lb-doori-ext", "lb-int-gs1", "lb-int-pc2", "kn-gs1-w01",
    "kn-gs1-w02", "kn-gs1-w03", "kn-gs1-w04", "kn-pc2-w01", "kn-pc2-w02", "kn-pc2-w03", "ast-10442", "ast-10443",
    "ast-10451", "ast-10470", "ast-20113", "i-6d02f9b3", "san-gs1", "ceph-pc2",
}  # fmt: skip
COOLING_SIDE = {
    "bms-collector", "bms-alarm", "bacnet-gw-gs1", "modbus-gw-gs1", "bacnet-gw-pc2", "modbus-gw-pc2",
    "modbus-gw-bs3", "jeonryeok-tsdb", "rabbit-bms", "ipc-gs1-bms01", "ipc-gs1-bms02", "ipc-pc2-bms01",
    "ipc-bs3-bms01", "i-1a7e44c0", "ast-10460", *FACILITY,
}  # fmt: skip
TRAFFIC_SIDE = {"flow-collector", "ddos-ctl", "ch-flow", "p95-calc", "i-8c5f1e27", "ast-10461", *NETWORK}
BILLING_SIDE = {"gyeryang-meter", "cheonggu-bill", "billing_close_batch", "duzon-if", "mysql-bill", "i-0c41e9aa",
                "ast-10452", "dd-backup-gs1"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (OFFICE_SIDE, _office),
        (COOLING_SIDE, _cooling),
        (TRAFFIC_SIDE, _traffic),
        (BILLING_SIDE, _billing),
    ):
        if name in group:
            return shape
    return _ops


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {0: (28.0, 5.0), 1: (4.0, 11.0), 2: (1.8, 6.0)},
    "I2": {0: (9.0, 7.0), 1: (3.5, 10.0), 2: (2.0, 6.0)},
    "I3": {0: (14.0, 9.0), 1: (3.0, 12.0), 2: (1.6, 7.0)},
    "I4": {0: (16.0, 2.0), 1: (7.0, 8.0), 2: (3.0, 14.0), 3: (2.0, 7.0)},
    "I5": {0: (8.0, 6.0), 1: (3.2, 11.0), 2: (1.9, 8.0)},
    "I6": {1: (9.0, 5.0), 2: (2.8, 14.0)},
    "I7": {0: (18.0, 9.0), 1: (4.0, 14.0), 2: (2.2, 8.0)},
}
EFFECT_OVERRIDE = {
    ("I1", "doori-auth"): (5.5, 27.0),
    ("I2", "bms-collector"): (4.5, 23.0),
    ("I2", "haetae-floor"): (2.6, 12.0),
    ("I3", "notify-hub"): (4.0, 33.0),
    ("I3", "doori-ticket"): (3.2, 15.0),
    ("I4", "chulip-ctl"): (3.5, 29.0),
    ("I5", "gyeryang-meter"): (4.6, 31.0),
    ("I6", "cheonggu-bill"): (3.6, 26.0),
    ("I6", "billing_close_batch"): (2.4, 18.0),
    ("I7", "haetae-dcim"): (4.8, 29.0),
    ("I7", "doori-order"): (2.5, 11.0),
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.35, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "ast-10442", "ast-10443", "ast-10451", "ast-10452", "ast-10460", "ast-10461", "ast-10470", "ast-10471",
    "ast-10480", "ast-20113", "ast-20118", "i-3f9a07c2", "i-0c41e9aa", "i-1a7e44c0", "ipc-gs1-bms01",
    "ipc-gs1-bms02", "ipc-pc2-bms01", "ipc-bs3-bms01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
FACILITY_NAMES = set(FACILITY)


def _audit_disk(ts: datetime, base: float) -> float:
    """ast-10471's disk: the unconsumed dcim.audit queue piles up from Wednesday night until the disk-free alarm
    at I3, then the purge brings it back."""
    if ts < AUDIT_FILL:
        return base
    if ts < I3["start"]:
        p = (ts - AUDIT_FILL).total_seconds() / (I3["start"] - AUDIT_FILL).total_seconds()
        return base + (93.5 - base) * p**1.6
    if ts < I3["end"]:
        return 93.5 + 0.8 * ramp(ts, I3["start"], None, rise=20)
    return max(base + 1.0, 94.3 - 50 * (ts - I3["end"]).total_seconds() / 1800)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    if name in FACILITY_NAMES:
        return _facility_metrics(rng, ci, times)
    cpu0, mem0, disk0 = rng.uniform(12, 32), rng.uniform(36, 62), rng.uniform(22, 52)
    growth = rng.uniform(0, 0.08)
    if name == "i-3f9a07c2":  # Prometheus: the TSDB volume creeps up
        disk0, growth = 64.6, 1.38
    if name == "ast-10471":
        disk0, growth = 41.0, 0.0
    if name.startswith("ipc-"):
        cpu0, mem0 = rng.uniform(14, 24), rng.uniform(40, 55)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        local = _local(ts)
        if name == "ast-10471":
            disk = _audit_disk(ts, disk) + rng.gauss(0, 0.1)
        if name == "kn-gs1-w02" and local.minute < 15:  # p95-calc's hourly run, the noisy neighbour
            cpu += 34 + rng.gauss(0, 2)
        if name == "ast-10470":  # the forks of redis-doori
            cpu += 22 * ramp(ts, I1["start"], I1["end"], rise=5, fall=10)
        if name == "ipc-gs1-bms01":  # the JACE drowning in COV notifications
            cpu += 58 * ramp(ts, I2["start"], I2["end"], rise=5, fall=10)
        if name == "ast-10460":  # the nightly compression job, then the month-end one
            if 1 <= seoul_hour(ts) < 1.75:
                cpu += 9
            cpu += (95.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, I5["start"], I5["end"], rise=5, fall=10)
        if name == "ast-10452":  # write-through: the CPUs wait on IO
            cpu += (88.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, I6["start"], I6["end"], rise=5, fall=10)
        if name == "ast-10451":
            cpu += 24 * ramp(ts, I7["start"], I7["end"], rise=10)
        if name == "i-0c41e9aa" and _day(ts) == AUG2 and 9 <= seoul_hour(ts) < 12:
            cpu += 18  # the close batch
        if name == "kn-pc2-w03":  # cordoned
            cpu = 2.0 + abs(rng.gauss(0, 0.4))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"ix-kinx-gs1": 1.1, "transit-kt-gs1": 2.4, "transit-lgu-pc2": 2.9}.get(
        name, rng.uniform(0.3, 0.9)
    )
    load = _load(name)
    upgrade = (kst(29, 1, 5), kst(29, 1, 35))  # gs1-cr02 reload inside the maintenance window
    ddos = (kst(27, 20, 5), kst(27, 20, 45))
    for ts in times:
        d = load(ts)
        cpu = cpu0 * (0.6 + 0.7 * d) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + 0.25 * d) * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "gs1-cr02":
            cpu += 55 * ramp(ts, *upgrade, rise=5, fall=10)
            rtt *= 1 + 2.5 * ramp(ts, *upgrade, rise=5, fall=10)
        if name in ("scrub-gs1", "transit-kt-gs1"):
            cpu += (48 if name == "scrub-gs1" else 12) * ramp(ts, *ddos, rise=5, fall=5)
            loss += 0.6 * ramp(ts, *ddos, rise=5, fall=5)
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _facility_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    """What the BMS gateways see of a device: the poll round trip and the share of polls timing out."""
    name, rows = ci["name"], []
    modbus = ci["attributes"]["protocol"] == "Modbus TCP"
    rt0 = rng.uniform(18, 40) if modbus else rng.uniform(60, 140)
    load = _load(name)
    for ts in times:
        d = load(ts)
        rt = rt0 * (0.85 + 0.35 * d) * (1 + rng.gauss(0, 0.06))
        err = max(0.0, rng.gauss(0.05, 0.03))
        rows += samples(ts, name, response_time_ms=round(rt, 1), error_rate=round(err, 2))
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-cctv-gs1": (71, 72), "nas-cctv-pc2": (66, 67), "dd-backup-gs1": (58, 60)}.get(name, (34, 52))
    per_day = 0.02 if name.startswith("nas-cctv") else 0.06  # CCTV: the 90-day retention keeps it level
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "san-gs1" else rng.uniform(1.5, 3.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0] * (1 + rng.gauss(0, 0.08))
        if name == "dd-backup-gs1" and 2.5 <= seoul_hour(ts) < 4:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "doori-web": 180.0, "doori-api": 95.0, "doori-auth": 60.0, "doori-order": 210.0, "doori-ticket": 150.0,
    "doori-visit": 130.0, "rh-dispatch": 120.0, "status-page": 45.0, "haetae-dcim": 320.0, "haetae-floor": 260.0,
    "xconn-mgr": 85.0, "bms-collector": 140.0, "bms-alarm": 70.0, "bacnet-gw-gs1": 55.0, "modbus-gw-gs1": 22.0,
    "bacnet-gw-pc2": 48.0, "modbus-gw-pc2": 20.0, "modbus-gw-bs3": 26.0, "gyeryang-meter": 240.0,
    "p95-calc": 520.0, "cheonggu-bill": 280.0, "billing_close_batch": 640.0, "duzon-if": 330.0,
    "chulip-ctl": 90.0, "cctv_vms_gs1": 35.0, "cctv_vms_pc2": 38.0, "flow-collector": 8.0, "ddos-ctl": 14.0,
    "noc-prom": 110.0, "noc-grafana": 240.0, "noc-alert": 25.0, "notify-hub": 75.0, "sso-ops": 40.0,
    "pg-doori": 2.6, "mysql-haetae": 3.4, "mysql-bill": 2.9, "jeonryeok-tsdb": 7.5, "ch-flow": 38.0,
    "mariadb-biostar": 2.2, "redis-doori": 0.45, "redis-haetae": 0.38, "rabbit-core": 2.8, "rabbit-bms": 3.1,
    "lb-doori-ext": 1.3, "lb-int-gs1": 0.9, "lb-int-pc2": 1.0,
}  # fmt: skip
REQUEST_RATE = {
    "doori-web": 310.0, "doori-api": 880.0, "doori-auth": 140.0, "doori-order": 95.0, "doori-ticket": 70.0,
    "doori-visit": 40.0, "rh-dispatch": 28.0, "haetae-dcim": 160.0, "xconn-mgr": 22.0, "bms-collector": 4800.0,
    "bacnet-gw-gs1": 2600.0, "modbus-gw-gs1": 3900.0, "bacnet-gw-pc2": 1100.0, "modbus-gw-pc2": 1900.0,
    "modbus-gw-bs3": 420.0, "gyeryang-meter": 690.0, "cheonggu-bill": 60.0, "billing_close_batch": 120.0,
    "chulip-ctl": 85.0, "flow-collector": 36000.0, "notify-hub": 45.0, "pg-doori": 5200.0, "mysql-haetae": 2400.0,
    "mysql-bill": 1300.0, "jeonryeok-tsdb": 9800.0, "ch-flow": 41000.0, "mariadb-biostar": 640.0,
    "redis-doori": 15500.0, "redis-haetae": 3800.0, "rabbit-core": 950.0, "rabbit-bms": 2100.0,
    "lb-doori-ext": 1450.0, "lb-int-gs1": 520.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the time-series store with a memory gauge: (level, swing with load)
    "redis-doori": (71.0, 6.0), "redis-haetae": (52.0, 5.0), "rabbit-core": (38.0, 6.0), "rabbit-bms": (33.0, 9.0),
    "jeonryeok-tsdb": (61.0, 10.0), "ch-flow": (55.0, 14.0),
}  # fmt: skip
DB_CPU = {"pg-doori": 18.0, "mysql-haetae": 14.0, "mysql-bill": 11.0, "jeonryeok-tsdb": 22.0, "ch-flow": 26.0}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.25), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        h = seoul_hour(ts)
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is I2 and name == "bacnet-gw-gs1":
                req *= 1 + 1.8 * r  # the COV storm
            if inc is I3 and name in ("rabbit-core", "notify-hub"):
                req *= 1 - 0.8 * r  # publishers blocked
            if inc is I5 and name == "gyeryang-meter":
                req *= 1 - 0.6 * r
            if inc is I7 and name == "mysql-haetae":
                req *= 1 - 0.55 * r  # queries queue behind the lock
        if name == "billing_close_batch":
            req *= 1.0 if _day(ts) == AUG2 and 9 <= h < 12 else 0.04
        if name == "gyeryang-meter" and _day(ts) == AUG1 and h < 1.0:
            req *= 2.2  # the month-end snapshot
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-doori":
                mem += 6.0 * ramp(ts, I1["start"], I1["end"], rise=10, fall=15)
            if name == "rabbit-core":
                mem += 24.0 * ramp(ts, I3["start"], I3["end"], rise=10, fall=10)
            if name == "jeonryeok-tsdb":
                mem += (94.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, I5["start"], I5["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:  # the database's own CPU
            cpu = DB_CPU[name] * (0.6 + 1.2 * d) + rng.gauss(0, 1.0)
            if name == "jeonryeok-tsdb":
                cpu += (96.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, I5["start"], I5["end"], rise=5, fall=10)
            if name == "mysql-haetae":
                cpu += 30 * ramp(ts, I7["start"], I7["end"], rise=10)
            if name == "ch-flow" and 3 <= h < 4:  # nightly merges
                cpu += 20
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The certificate warning, the nightly backups and compression, chiller 3 on hot afternoons and the weekly
    generator test."""
    rows = []
    for d in range(24, AUG3 + 1):
        left = 41 - d  # 2027-08-10 is day 41
        rows.append(
            (d, 9, 0, "lb-doori-ext", "warning", "cert_expiry",
             f"SSL certificate portal.nurion-idc.co.kr expires in {left} days (2027-08-10), Sectigo OV 수동 갱신 필요")
        )  # fmt: skip
        rows.append(
            (
                d,
                2,
                30,
                "dd-backup-gs1",
                "info",
                "backup",
                "일일 백업 시작 (pg-doori, mysql-bill, mysql-haetae)",
            )
        )
        if d != AUG1:
            rows.append(
                (
                    d,
                    1,
                    0,
                    "jeonryeok-tsdb",
                    "info",
                    "batch_job",
                    "압축 정책 실행 (compress_chunks, 7일 경과 청크)",
                )
            )
        if HEAT[d] >= 0.8:
            rows.append(
                (
                    d,
                    13,
                    50,
                    "chl-gs1-03",
                    "info",
                    "staging",
                    "외기온도 상승, 3호기 냉동기 추가 가동 (staging up)",
                )
            )
            rows.append((d, 18, 40, "chl-gs1-03", "info", "staging", "3호기 냉동기 정지 (staging down)"))
        if (datetime(2027, 7, 1) + timedelta(days=d - 1)).weekday() == 1:  # Tuesdays
            rows.append(
                (d, 10, 0, "gen-gs1-01", "info", "maintenance", "발전기 무부하 시운전 (주간 정기, 20분)")
            )
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (day from 07-01, hh, mm, ci, severity, type, message)
    (24, 16, 30, "doori-web-stg", "info", "deployment", "doori-web-stg 4.13.0-rc1 배포"),
    (25, 2, 0, "ast-10470", "info", "config_change", "OS 커널 패치 (RHEL 9.4 커널 5.14.0-427) 및 재부팅"),
    (25, 14, 0, "i-3f9a07c2", "warning", "threshold_breach", "disk_usage above 65% on /prometheus"),
    (26, 9, 58, "doori-auth", "info", "deployment", "doori-auth 25.0.2 배포 (MFA SMS 폴백)"),
    (26, 15, 0, "crah-gs1-h2-02", "info", "maintenance", "H2 CRAH 2호기 팬 모터 교체 작업 시작 (부품 대기, 운전 정지)"),
    (27, 20, 5, "scrub-gs1", "warning", "ddos", "고객사 C-0412 대상 UDP amplification 38 Gbps 탐지, 스크러빙 우회 시작"),
    (27, 20, 6, "ddos-ctl", "info", "ddos", "BGP FlowSpec 우회 공지 (203.0.113.0/26)"),
    (27, 20, 45, "scrub-gs1", "info", "ddos", "공격 종료, 스크러빙 우회 해제"),
    (28, 11, 0, "kn-pc2-w03", "info", "maintenance", "노드 cordon/drain (커널 패치 대기)"),
    (28, 13, 55, "haetae-floor", "info", "deployment", "haetae-floor 3.0.1 배포 (열지도 렌더링 개선)"),
    (28, 14, 0, "i-3f9a07c2", "warning", "threshold_breach", "disk_usage above 70% on /prometheus"),
    (28, 22, 10, "xconn-mgr", "info", "deployment", "xconn-mgr 2.1.4 배포 (포트 예약 만료 배치 개선)"),
    (29, 1, 15, "ast-10471", "warning", "disk", "disk_usage 85% on /var/lib/rabbitmq (dcim.audit 적체)"),
    (29, 1, 0, "gs1-cr02", "info", "maintenance", "IOS XR 7.9.2 → 7.11.2 업그레이드 (정기 작업창 01:00–05:00), 트래픽 cr01 우회"),
    (29, 1, 10, "doori-ticket", "info", "deployment", "doori-ticket 5.9.2 배포 (야간 배포 창)"),
    (29, 3, 20, "gs1-cr02", "info", "maintenance", "gs1-cr02 업그레이드 완료, 트래픽 원복"),
    (30, 19, 0, "doori-visit", "info", "deployment", "doori-visit 2.3.5 배포 (반입 신청서 양식 변경)"),
    (31, 10, 40, "ceph-pc2", "info", "maintenance", "osd-pc2-07 디스크 교체 후 재투입 (OSD 6개)"),
    (31, 18, 20, "gyeryang-meter", "info", "deployment", "gyeryang-meter 3.3.0 배포 (월마감 스냅샷 병렬화)"),
    (AUG1, 0, 0, "gyeryang-meter", "info", "batch_job", "7월 전력 검침 스냅샷 시작 (SNAP_202707)"),
    (AUG1, 1, 0, "jeonryeok-tsdb", "info", "batch_job", "월말 압축 정책 실행 (7월 청크 31개)"),
    (AUG1, 3, 30, "p95-calc", "info", "batch_job", "7월 95th 대역폭 과금 집계 완료 (고객 1,212)"),
    (AUG1, 9, 0, "i-3f9a07c2", "warning", "threshold_breach", "disk_usage above 75% on /prometheus"),
    (AUG2, 9, 0, "billing_close_batch", "info", "batch_job", "7월 월마감 정산 배치 시작 (CLOSE_202707)"),
    (AUG2, 9, 10, "cheonggu-bill", "info", "deployment", "cheonggu-bill 6.0.3 배포 (8월 요금 단가표 반영)"),
    (AUG2, 14, 0, "cheonggu-bill-stg", "info", "deployment", "cheonggu-bill-stg 6.1.0-rc2 배포"),
    (AUG3, 14, 45, "doori-order", "info", "deployment", "doori-order 7.4.0 배포 (전력 증설 주문 용량 사전 검증)"),
    (AUG3, 15, 3, "mysql-haetae", "info", "config_change", "dcTrack 9.1.2 스키마 업데이트 예약 실행 (ALTER TABLE rack_power)"),
    # I1 (Monday morning)
    (26, 10, 16, "redis-doori", "warning", "latency", "latest_fork_usec 4.8s, bgsave 중 명령 지연"),
    (26, 10, 19, "redis-doori", "critical", "latency", "command latency spikes 2,300 ms during RDB fork (THP always)"),
    (26, 10, 22, "doori-auth", "critical", "error", "고객 로그인 실패 증가 (세션 저장 타임아웃), 5xx 27%"),
    (26, 10, 25, "doori-api", "major", "error", "upstream timeout doori-auth, redis-doori"),
    (26, 10, 33, "doori-web", "warning", "error", "포털 로그인 오류 페이지 노출 증가"),
    (26, 10, 58, "redis-doori", "info", "config_change", "THP never 적용, bgsave 레플리카로 이전"),
    (26, 11, 15, "doori-auth", "info", "recovery", "로그인 정상"),
    # I2 (Wednesday heat peak)
    (28, 14, 21, "bacnet-gw-gs1", "warning", "cov_storm", "COV notifications 14,800/min (평시 2,600), ipc-gs1-bms01 CPU 80%"),
    (28, 14, 24, "bacnet-gw-gs1", "critical", "poll_timeout", "BACnet read timeout 37% (chl-gs1-*, crah-gs1-*)"),
    (28, 14, 27, "bms-collector", "critical", "error", "GS1 BACnet 포인트 수집 실패 24%, 적재 지연"),
    (28, 14, 33, "bms-alarm", "major", "stale_data", "stale data 알람 312건 (GS1 공조 포인트)"),
    (28, 14, 35, "haetae-floor", "warning", "error", "H1/H2 열지도 데이터 없음"),
    (28, 15, 5, "bacnet-gw-gs1", "info", "config_change", "COV increment 0.1 → 0.5℃, 밸브 포인트 폴링 전환"),
    (28, 15, 20, "bms-collector", "info", "recovery", "GS1 포인트 수집 정상"),
    # I3 (Thursday small hours)
    (29, 1, 36, "rabbit-core", "critical", "disk_alarm", "disk_free_limit alarm set (free 48 GB < 50 GB), publishers blocked"),
    (29, 1, 39, "notify-hub", "critical", "error", "SMS/알림톡 발송 실패 (connection blocked), 적체 1.2만건"),
    (29, 1, 41, "doori-ticket", "major", "error", "리모트핸즈 티켓 생성 실패 (이벤트 발행 타임아웃)"),
    (29, 1, 48, "noc-alert", "warning", "error", "당직 호출 발송 지연 (notify-hub 응답 없음)"),
    (29, 2, 22, "rabbit-core", "info", "config_change", "dcim.audit 큐 purge (3,800만건), disk alarm 해제"),
    (29, 2, 35, "notify-hub", "info", "recovery", "적체 알림 발송 완료"),
    # I4 (Saturday late morning)
    (31, 11, 11, "ceph-pc2", "warning", "slow_ops", "42 slow ops, oldest 31s (osd.41, osd.44), backfilling 118 PGs"),
    (31, 11, 15, "ceph-pc2", "critical", "latency", "RBD write latency 180 ms (pool biostar-rbd)"),
    (31, 11, 18, "mariadb-biostar", "major", "latency", "InnoDB fsync 지연, 쿼리 응답 8s"),
    (31, 11, 24, "chulip-ctl", "critical", "error", "출입 인증 타임아웃 29% (가산/평촌/부산 리더), 맨트랩 대기"),
    (31, 11, 31, "doori-visit", "warning", "error", "방문증 발급 확인 실패"),
    (31, 11, 55, "ceph-pc2", "info", "config_change", "osd_max_backfills 1, osd_recovery_sleep 0.1 적용"),
    (31, 12, 10, "chulip-ctl", "info", "recovery", "출입 인증 정상"),
    # I5 (Sunday small hours, the month end)
    (AUG1, 1, 6, "jeonryeok-tsdb", "warning", "cpu", "CPU 93%, compress_chunk 31개 동시 실행, IO wait 41%"),
    (AUG1, 1, 9, "jeonryeok-tsdb", "critical", "performance", "쿼리 지연 12s, 커넥션 대기 (SNAP_202707 읽기)"),
    (AUG1, 1, 12, "gyeryang-meter", "critical", "error", "7월 검침 스냅샷 실패 (read timeout) 31%"),
    (AUG1, 1, 15, "bms-collector", "major", "error", "시계열 적재 실패, 버퍼 적체"),
    (AUG1, 1, 23, "cheonggu-bill", "warning", "error", "사용량 조회 실패 (gyeryang-meter)"),
    (AUG1, 1, 52, "jeonryeok-tsdb", "info", "config_change", "압축 잡 일시정지 (alter_job scheduled=false)"),
    (AUG1, 2, 30, "gyeryang-meter", "info", "batch_job", "7월 전력 검침 스냅샷 재실행 완료"),
    # I6 (Monday, the billing close)
    (AUG2, 9, 28, "ast-10452", "warning", "raid", "PERC H755 BBU learn cycle started, write policy WriteBack → WriteThrough"),
    (AUG2, 9, 33, "mysql-bill", "critical", "latency", "commit latency 180 ms (평시 3 ms), innodb_log_waits 증가"),
    (AUG2, 9, 38, "cheonggu-bill", "critical", "error", "청구서 생성 실패 26% (DB lock wait timeout)"),
    (AUG2, 9, 41, "billing_close_batch", "major", "batch_job", "CLOSE_202707 step 5 (전력 과금 확정) FAILED"),
    (AUG2, 10, 18, "ast-10452", "info", "config_change", "write policy 강제 WriteBack (BBU 학습 연기)"),
    (AUG2, 10, 40, "billing_close_batch", "info", "batch_job", "CLOSE_202707 재실행 (step 5부터)"),
    (AUG2, 12, 10, "billing_close_batch", "info", "batch_job", "7월 월마감 정산 배치 완료 (지연)"),
    # I7 (Tuesday afternoon, ongoing)
    (AUG3, 15, 6, "mysql-haetae", "warning", "lock", "Threads_running 180, 'Waiting for table metadata lock' 142"),
    (AUG3, 15, 9, "mysql-haetae", "critical", "connections", "max_connections 500 reached"),
    (AUG3, 15, 12, "haetae-dcim", "critical", "error", "랙 전력 조회 타임아웃, 5xx 28%"),
    (AUG3, 15, 21, "doori-order", "major", "error", "전력 증설 주문 용량 검증 실패 (DCIM 응답 없음)"),
    (AUG3, 15, 24, "xconn-mgr", "warning", "error", "MMR 포트 할당 지연"),
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
    generate(NAME, NAME, SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
