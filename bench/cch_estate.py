"""Generate the cold-chain logistics estate (tests/fixtures/cold-chain/, interchange format) and its faults.

A Korean cold-chain logistics operator (서리콜드체인, 콜드체인 3PL: 냉동·냉장 보관, 냉동탑차 운송, 의약품 GDP 유통):
three temperature-controlled centres, 이천센터 (냉동 -25℃ / 냉장 존, retail replenishment), 용인센터 (의약품 GDP
2~8℃) and 부산신항센터 (수산물 초저온 -55℃, 보세 냉동육), each with its WMS (`wms-ich`, `wms-ygn`, `wms-pus`) on a
local SQL Server, zone PLCs and an IoT edge gateway; the 판교 관제타워 (control tower and main server room) with the
inventory hub `inv-hub` on the Oracle RAC `ora-invhub`, the TMS `tms-core` on PostgreSQL `pg-tms-main`, the nightly
route optimiser `route-opt` (OR-Tools, distance-matrix cache `redis-route`, road engine `osrm-kr`), dock-door
scheduling `dock-sched` on MariaDB, the driver app BFF, shipment tracking `track-svc` on MongoDB `mongo-track`, the
shipper portal `track-portal` and Open API `shipper-api` behind `f5-twr-ext`, SSO; the IoT pipeline (MQTT broker
`emqx-iot` behind `haproxy-mqtt`, `temp-ingest` into Kafka `kafka-telemetry` and InfluxDB `influx-temp`, reefer
truck telematics `reefer-telem`, zone monitoring `coldzone-mon`, GDP excursions `gdp-excursion`, the alarm service
`alarm-notify`); GDP compliance reporting on `mssql-gdp` (용인); EDI with retailers on IBM MQ (legacy UPPER_SNAKE
interfaces); billing; the Azure analytics side (Event Hubs mirror, data lake `stseorilake01`, Spark ingest and the
ETA/volume forecast used by the route optimiser); the 대전 DR센터 with the Data Guard standby and the backup
appliance. Sites 판교 관제타워, 이천센터, 용인센터, 부산신항센터, 대전 DR센터 and Azure 한국중부; environments prod,
stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): kebab-case function names for the platform services (`tms-core`, `route-opt`,
`coldzone-mon`, `shipper-api`) and per-centre suffixes (`-ich`, `-ygn`, `-pus`); legacy integration and batch
interfaces in UPPER_SNAKE (`EDI_VAN_GW`, `EDI_ASN_OUT`, `GDP_DAILY_EXPORT`, `BILL_DAILY_RATING`,
`TEMP_ARCHIVE_JOB`); Windows and physical servers with NetBIOS-style upper-case names, site + role + number
(`ICHWMSDB01`, `TWRORA01`, `YGNGDPAP01`); Nutanix Linux VMs of the tower in lower case `tw-<role>` (`tw-ocp-w03`,
`tw-kfk-b2`, `tw-mongo-a`, `tw-vm-redis01`); PLCs by site and zone class (`PLC-ICH-FZ01`, `PLC-PUS-UF01`); IoT
edge gateways `iotgw-<site>-01`; Azure resources by the CAF convention (`aks-anl-np1-000001`, `stseorilake01`,
`evh-seori-telemetry`, `psql-seori-anl`, `agw-seori-anl`); network gear by role and carrier (`mpls-pus`,
`lte-reefer-apn`, `er-seori-azure`).

Seven injected incidents (times KST; now = Thursday 2028-06-22 10:15, mid-morning after the dispatch wave; the
window is the 10 days before; centres pick outbound 01–07 and receive inbound at night, reefer trucks are on the road
from 03:00 with a morning and an afternoon wave, route planning for the next day runs at 21:30, retailer EDI orders
arrive 17–20 and ASNs go out at 04:00, shipper portal/API in office hours, nightly rating/archive/lake batches,
Sunday-afternoon inbound for Monday, lighter weekends):
  F1 Tue 13 21:40–22:35  redis-route's maxmemory was cut 32 GB → 12 GB that afternoon (rightsizing); when the nightly
                         route plan loads the distance matrix it evicts everything: route-opt (loudest, 5.2.0
                         deployed at 21:05), tms-core, dock-sched
  F2 Sat 17 04:50–05:45  (Saturday dawn dispatch) tw-emqx-2 reboots after an unattended kernel upgrade and every
                         session lands on tw-emqx-1, emqx-iot hits its memory high watermark and throttles
                         publishes: reefer-telem (loudest, deployed Friday 18:00), temp-ingest, track-svc
  F3 Sun 18 14:05–15:00  (Sunday-afternoon inbound for Monday) the V3 antivirus full scan on ICHWMSDB01 (policy
                         changed Friday, SQL data folder exclusion lost) saturates CPU and disk: mssql-wms-ich,
                         wms-ich (loudest, 8.2.1 hotfix at 13:40), EDI_ASN_OUT
  F4 Mon 19 11:20–12:15  ora-invhub's recovery area fills (the night's RMAN archivelog backup to the DR appliance
                         failed) and the archiver stops (ORA-00257): inv-hub (loudest), shipper-api (3.9.0 deployed
                         at 11:00), billing-engine
  F5 Tue 20 16:30–17:25  a foreground index build on mongo-track's shipment events (started 16:20) stalls the
                         replica set: track-svc (loudest, 7.1.0 deployed at 16:05), track-portal, shipper-api
  F6 Wed 21 02:10–03:05  kafka-telemetry's retention was raised 72 h → 168 h on Monday; broker tw-kfk-b2's log dir
                         fills and goes offline, partitions under-replicated: temp-ingest (loudest, 2.11.0 deployed
                         Tuesday 23:30), coldzone-mon, gdp-excursion
  F7 Thu 22 09:30–now    a DBA's VACUUM FULL on pg-tms-main's dispatch_stop table holds an AccessExclusiveLock and
                         every dispatch query waits: tms-core (loudest, 6.4.0 deployed at 09:10), dock-sched,
                         driver-bff (ongoing)
Confounders: the nightly route plan, the dawn dispatch wave and the EDI order window, the night batches on the shared
batch VM, Sunday-afternoon inbound, deploys on victims before every incident, the shared Redis VM, `PUSWMSAP02` and
`wms-stg` in maintenance, the retired `EDI_KTNET_LEGACY`, `tw-influx01`'s disk creeping up (warned), f5-twr-ext's
certificate for track.seoricold.co.kr expiring on 2028-06-30 (warned daily), PLC door-open temperature warnings
and defrost cycles, the failed RMAN backup in the night before F4.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/cch_golden.py) are computed from the files.

    .venv/bin/python bench/cch_estate.py   # rewrites tests/fixtures/cold-chain*
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

NAME = "cold-chain"
NOW = datetime(2028, 6, 22, 1, 15, tzinfo=UTC)  # Thursday 2028-06-22 10:15 KST
START = NOW - timedelta(days=10)  # Monday 2028-06-12 10:15 KST
SEED = 20280622
SITES = {
    "T": "판교 관제타워",
    "I": "이천센터",
    "Y": "용인센터",
    "B": "부산신항센터",
    "D": "대전 DR센터",
    "Z": "Azure 한국중부",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-06")

WMS, TMS, IOT, AUTO = "WMS운영팀", "tms-squad", "IoT플랫폼팀", "센터설비자동화파트"
GDP, CX, EDI, BILL = "GDP품질시스템팀", "shipper-experience", "EDI연계파트", "billing-ops"
DATA, INFRA, DBA, NET = "데이터플랫폼팀", "인프라운영팀", "DBA파트", "network-ops"
CLOUD = "cloud-eng"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- centres: WMS, inventory, docks
    "wms-ich": ("service", WMS, "I", "P", ["ICHWMSAP01", "ICHWMSAP02"], ["mssql-wms-ich", "inv-hub"],
                {"desc": "이천센터 WMS (냉동 -25℃ / 냉장 0~5℃ 존, 입고검수·피킹·출고)", "version": "8.2.1",
                 "product": "Manhattan SCALE 2024 (커스텀)", "pallet_positions": 38400, "dock_doors": 42,
                 "temp_zones": "냉동 F1-F4, 냉장 C1-C3"}),
    "wms-ygn": ("service", WMS, "Y", "P", ["YGNWMSAP01"], ["mssql-wms-ygn", "inv-hub"],
                {"desc": "용인센터 WMS (의약품 GDP 2~8℃ / 15~25℃ 존, 로트·시리얼 관리)", "version": "8.1.4",
                 "product": "Manhattan SCALE 2024 (커스텀)", "pallet_positions": 12600, "dock_doors": 14,
                 "temp_zones": "냉장 P1-P6, 상온 R1-R2", "gdp_license": "의약품 도매 GDP (식약처)"}),
    "wms-pus": ("service", WMS, "B", "P", ["PUSWMSAP01", "PUSWMSAP02"], ["mssql-wms-pus", "inv-hub"],
                {"desc": "부산신항센터 WMS (수산물 초저온 -55℃, 수입 냉동육 보세)", "version": "8.2.0",
                 "product": "Manhattan SCALE 2024 (커스텀)", "pallet_positions": 27100, "dock_doors": 30,
                 "temp_zones": "초저온 U1-U2, 냉동 F1-F3", "bonded": True}),
    "inv-hub": ("service", WMS, "T", "P", ["tw-ocp-w01", "tw-ocp-w02"], ["ora-invhub", "redis-inv"],
                {"desc": "통합 재고 허브 (3개 센터 재고·로트·유통기한, FEFO 할당)", "version": "4.6.2",
                 "product": "자체개발 (Java 21, Quarkus)", "pods": 6, "allocation": "FEFO"}),
    "dock-sched": ("service", TMS, "T", "P", ["tw-ocp-w03"], ["mariadb-dock", "tms-core"],
                   {"desc": "도크 도어 예약/배정 (입차 슬롯, 온도대별 도어)", "version": "2.3.7",
                    "product": "자체개발 (Kotlin, Spring Boot 3.3)", "slot_min": 30, "doors_managed": 86}),
    # ---------------------------------------------------------------- transport
    "tms-core": ("service", TMS, "T", "P", ["tw-ocp-w01", "tw-ocp-w02"], ["pg-tms-main", "route-opt", "reefer-telem"],
                 {"desc": "TMS 배차/운송 관리 (냉동·냉장 탑차 배차, 도착 등록, 운송장)", "version": "6.4.0",
                  "product": "자체개발 (Java 21, Spring Boot 3.3)", "pods": 8, "trucks": 1180}),
    "route-opt": ("service", TMS, "T", "P", ["tw-ocp-w04"], ["redis-route", "pg-tms-main", "osrm-kr", "anl-forecast"],
                  {"desc": "경로 최적화 (익일 배차 VRP, 온도대별 적재·시간창 제약)", "version": "5.2.0",
                   "product": "Python 3.12 + OR-Tools 9.10", "solver": "CP-SAT", "nightly_run": "21:30",
                   "max_stops_per_route": 28}),
    "osrm-kr": ("service", TMS, "T", "P", ["tw-ocp-w04"], [],
                {"desc": "도로 경로/거리행렬 엔진 (전국 도로망)", "product": "OSRM 5.27", "version": "5.27.1",
                 "map": "OSM Korea 2028-05"}),
    "driver-bff": ("service", TMS, "T", "P", ["tw-ocp-w03"], ["tms-core", "redis-fleet"],
                   {"desc": "기사 앱 BFF (배송완료, POD 사진, 적재함 온도 확인)", "version": "3.8.0",
                    "product": "Node.js 22 (NestJS)", "drivers": 1240}),
    "reefer-telem": ("service", IOT, "T", "P", ["tw-ocp-w01"], ["emqx-iot", "influx-temp", "redis-fleet"],
                     {"desc": "냉동탑차 텔레매틱스 (GPS, 적재함 온도, 도어 개폐)", "version": "4.3.0",
                      "product": "자체개발 (Go 1.23)", "reefer_units": 1180, "interval_s": 30,
                      "logger": "Thermo King TracKing + 자체 로거"}),
    # ---------------------------------------------------------------- tracking, portal, API
    "track-svc": ("service", CX, "T", "P", ["tw-ocp-w02"], ["mongo-track", "reefer-telem", "redis-track"],
                  {"desc": "화물 추적 서비스 (배송 이벤트, 실시간 적재함 온도)", "version": "7.1.0",
                   "product": "Go 1.23", "pods": 6}),
    "track-portal": ("service", CX, "T", "P", ["tw-ocp-w03"], ["track-svc", "auth-sso"],
                     {"desc": "화주 배송조회 포털", "version": "2.14.3", "product": "Next.js 14",
                      "endpoint": "track.seoricold.co.kr"}),
    "shipper-api": ("service", CX, "T", "P", ["tw-ocp-w04"], ["track-svc", "inv-hub", "auth-sso"],
                    {"desc": "화주 연동 Open API (재고·배송·온도 이력)", "version": "3.9.0",
                     "product": "Kong 3.7 + Spring Boot 3.3", "endpoint": "api.seoricold.co.kr",
                     "rate_limit_rpm": 6000, "api_clients": 87}),
    "auth-sso": ("service", CX, "T", "P", ["tw-ocp-w01"], ["pg-sso"],
                 {"desc": "화주/기사 SSO", "product": "Keycloak 25", "version": "25.0.6", "realms": 3}),
    "ctl-dashboard": ("service", TMS, "T", "P", ["tw-ocp-w03"], ["track-svc", "coldzone-mon", "tms-core"],
                      {"desc": "관제타워 상황판 (차량 위치, 존 온도, 알람)", "version": "1.7.5",
                       "product": "Grafana 11 + React", "screens": 12}),
    # ---------------------------------------------------------------- IoT and temperature
    "temp-ingest": ("service", IOT, "T", "P", ["tw-ocp-w04"], ["emqx-iot", "kafka-telemetry", "influx-temp"],
                    {"desc": "MQTT 온도/설비 데이터 수집 → Kafka·InfluxDB", "version": "2.11.0",
                     "product": "자체개발 (Rust)", "design_msgs_per_sec": 18000}),
    "coldzone-mon": ("service", IOT, "T", "P", ["tw-ocp-w02"], ["kafka-telemetry", "influx-temp"],
                     {"desc": "센터 존·냉동탑차 온도 이탈 감시 (룰 기반)", "version": "3.3.0", "product": "Flink 1.19",
                      "zones": 146, "rules": 412}),
    "gdp-excursion": ("service", GDP, "T", "P", ["tw-ocp-w02"], ["coldzone-mon", "mssql-gdp"],
                      {"desc": "의약품 온도 이탈(Excursion) 판정 / CAPA 티켓", "version": "1.6.1",
                       "product": "자체개발 (Kotlin)", "pharma_range": "2~8℃"}),
    "alarm-notify": ("service", IOT, "T", "P", ["tw-ocp-w03"], ["kafka-telemetry"],
                     {"desc": "알람/통보 (문자, 카카오 알림톡, ARS 음성콜, 관제 경광등)", "version": "2.5.4",
                      "product": "자체개발 (Go)", "channels": "SMS, 알림톡, ARS, 경광등", "escalation_min": 10}),
    "edge-ich": ("service", AUTO, "I", "P", ["iotgw-ich-01"], ["emqx-iot"],
                 {"desc": "이천 엣지 수집기 (PLC OPC-UA → MQTT, 로컬 버퍼 72h)", "version": "1.5.2",
                  "product": "Node-RED 4 + 자체 플러그인", "sensors": 212}),
    "edge-ygn": ("service", AUTO, "Y", "P", ["iotgw-ygn-01"], ["emqx-iot"],
                 {"desc": "용인 엣지 수집기 (PLC OPC-UA → MQTT, 로컬 버퍼 72h)", "version": "1.5.2",
                  "product": "Node-RED 4 + 자체 플러그인", "sensors": 96}),
    "edge-pus": ("service", AUTO, "B", "P", ["iotgw-pus-01"], ["emqx-iot"],
                 {"desc": "부산 엣지 수집기 (PLC OPC-UA → MQTT, 로컬 버퍼 72h)", "version": "1.5.1",
                  "product": "Node-RED 4 + 자체 플러그인", "sensors": 154}),
    "TEMP_ARCHIVE_JOB": ("service", IOT, "T", "P", ["tw-vm-batch01"], ["influx-temp", "stseorilake01"],
                         {"desc": "온도 원천데이터 아카이브 (InfluxDB → 데이터레이크, GDP 5년 보관)", "version": "1.2.0",
                          "product": "Python 3.11 + cron", "schedule": "매일 03:00"}),
    # ---------------------------------------------------------------- GDP compliance
    "gdp-report": ("service", GDP, "Y", "P", ["YGNGDPAP01"], ["mssql-gdp", "influx-temp"],
                   {"desc": "GDP 온도기록/이탈 보고 (식약처 의약품 유통품질관리기준)", "version": "1.12.2",
                    "product": "자체개발 (.NET 8)", "csv_validated": "2027-11", "audit_trail": True}),
    "GDP_DAILY_EXPORT": ("service", GDP, "Y", "P", ["YGNGDPAP01"], ["gdp-report", "mssql-gdp"],
                         {"desc": "일일 온도기록 보고서 PDF 생성·전자서명 (제약 화주 배포)", "version": "1.4.0",
                          "product": "SSIS 2022 + .NET 8", "schedule": "매일 06:00"}),
    # ---------------------------------------------------------------- EDI with retailers (legacy interfaces)
    "EDI_VAN_GW": ("service", EDI, "T", "P", ["TWREDIMQ01"], ["ibmmq-edi"],
                   {"desc": "유통사 EDI VAN 게이트웨이 (KTNET 경유, 대형마트·이커머스)", "version": "6.2.0.3",
                    "product": "Sterling B2B Integrator 6.2", "partners": 34, "protocol": "AS2, EANCOM/EDIFACT"}),
    "EDI_ORDER_IN": ("service", EDI, "T", "P", ["TWREDIMQ01"], ["EDI_VAN_GW", "inv-hub"],
                     {"desc": "유통사 발주(ORDERS) 수신 → 출고오더 생성", "version": "3.4.1",
                      "product": "Sterling B2Bi + Java 17", "schedule": "매일 17:00~20:00 (발주 마감 19:30)"}),
    "EDI_ASN_OUT": ("service", EDI, "T", "P", ["TWREDIMQ01"], ["wms-ich", "wms-ygn", "wms-pus", "ibmmq-edi"],
                    {"desc": "출고확정 ASN(DESADV) 송신 (실시간 + 04:00 일괄)", "version": "2.9.0",
                     "product": "Sterling B2Bi + Java 17", "schedule": "실시간, 매일 04:00 일괄"}),
    # ---------------------------------------------------------------- billing
    "billing-engine": ("service", BILL, "T", "P", ["tw-vm-batch01"], ["pg-billing", "inv-hub", "tms-core"],
                       {"desc": "물류비 정산 (보관료 팔레트·일, 운송비, 냉동 할증)", "version": "5.0.3",
                        "product": "자체개발 (Java 17)", "customers": 212}),
    "BILL_DAILY_RATING": ("service", BILL, "T", "P", ["tw-vm-batch01"], ["billing-engine", "pg-billing"],
                          {"desc": "일 보관료/운송비 레이팅 배치", "version": "1.8.2", "product": "Spring Batch 5.1",
                           "schedule": "매일 01:00"}),
    # ---------------------------------------------------------------- data and analytics
    "mm2-telemetry": ("service", DATA, "T", "P", ["tw-vm-batch01"], ["kafka-telemetry", "evh-seori-telemetry"],
                      {"desc": "Kafka → Azure Event Hubs 미러링", "product": "Kafka MirrorMaker 2 (3.7)",
                       "version": "3.7.1", "topics": 12}),
    "lake-ingest": ("service", DATA, "Z", "P", ["aks-anl-np1-000000"], ["evh-seori-telemetry", "stseorilake01"],
                    {"desc": "데이터레이크 적재 (Bronze/Silver Delta)", "product": "Spark 3.5 on AKS", "version": "1.9.0",
                     "schedule": "스트리밍 + 매일 02:00 compaction"}),
    "anl-forecast": ("service", DATA, "Z", "P", ["aks-anl-np1-000001"], ["psql-seori-anl", "stseorilake01"],
                     {"desc": "물동량/ETA 예측 모델 서빙", "product": "Python 3.12 (FastAPI, LightGBM)",
                      "version": "2.2.0", "model": "eta-lgbm-v14"}),
    "prom-twr": ("service", INFRA, "T", "P", ["tw-vm-mon01"], [],
                 {"desc": "인프라/애플리케이션 모니터링", "product": "Prometheus 2.53 + Grafana 11", "targets": 1460}),
    # ---------------------------------------------------------------- staging, dev, retired
    "tms-core-stg": ("service", TMS, "T", "S", ["tw-vm-stg01"], [],
                     {"desc": "TMS (스테이징)", "version": "6.5.0-rc1"}),
    "wms-stg": ("service", WMS, "T", "S", ["tw-vm-stg01"], [],
                {"desc": "WMS (스테이징, SCALE 2025 업그레이드 검증)", "version": "9.0.0-beta2"}),
    "shipper-api-dev": ("service", CX, "T", "D", ["tw-vm-dev01"], [],
                        {"desc": "화주 Open API (개발)", "version": "3.10.0-SNAPSHOT"}),
    "EDI_KTNET_LEGACY": ("service", EDI, "T", "P", [], [],
                         {"desc": "구 KTNET 전용 EDI 파일 인터페이스 (2027년 EDI_VAN_GW로 대체)", "version": "1.3.9",
                          "decommissioned": "2027-09-30"}),
    # ---------------------------------------------------------------- databases
    "ora-invhub": ("database", DBA, "T", "P", ["TWRORA01", "TWRORA02"], [],
                   {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c RAC", "nodes": 2,
                    "sid": "INVHUBP", "port": 1521, "size_tb": 7.4, "fra_tb": 2, "standby": "ora-invhub-dr",
                    "desc": "통합 재고 DB"}),
    "ora-invhub-dr": ("database", DBA, "D", "P", ["DRJORA01"], [],
                      {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c (Data Guard)",
                       "role": "physical standby", "sid": "INVHUBD", "port": 1521, "apply_lag_target_min": 5}),
    "pg-tms-main": ("database", DBA, "T", "P", ["TWRPGDB01"], [],
                    {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16 (Patroni)", "port": 5432,
                     "max_connections": 500, "pooler": "PgBouncer 1.23", "size_tb": 3.1, "desc": "TMS 배차/운송 DB"}),
    "mssql-wms-ich": ("database", WMS, "I", "P", ["ICHWMSDB01"], [],
                      {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Standard CU14",
                       "port": 1433, "size_gb": 2100, "desc": "이천 WMS DB"}),
    "mssql-wms-ygn": ("database", WMS, "Y", "P", ["YGNWMSDB01"], [],
                      {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Standard CU14",
                       "port": 1433, "size_gb": 840, "desc": "용인 WMS DB"}),
    "mssql-wms-pus": ("database", WMS, "B", "P", ["PUSWMSDB01"], [],
                      {"engine": "mssql", "version": "15.0.4390", "product": "SQL Server 2019 Standard CU29",
                       "port": 1433, "size_gb": 1650, "desc": "부산 WMS DB"}),
    "mssql-gdp": ("database", GDP, "Y", "P", ["YGNGDPDB01"], [],
                  {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Enterprise CU14",
                   "port": 1433, "audit": "SQL Server Audit (Part 11)", "retention_years": 5,
                   "desc": "GDP 온도기록/감사추적 DB"}),
    "mongo-track": ("database", DBA, "T", "P", ["tw-mongo-a", "tw-mongo-b", "tw-mongo-c"], [],
                    {"engine": "mongodb", "version": "7.0.14", "product": "MongoDB 7.0 Enterprise",
                     "replica_set": "rs-track", "port": 27017, "size_tb": 2.6, "desc": "배송 이벤트/추적 DB"}),
    "influx-temp": ("database", IOT, "T", "P", ["tw-influx01"], [],
                    {"engine": "influxdb", "version": "2.7.10", "product": "InfluxDB OSS 2.7", "port": 8086,
                     "retention": "400d", "desc": "온도 시계열 (센터 존 + 냉동탑차)"}),
    "mariadb-dock": ("database", DBA, "T", "P", ["tw-vm-db01"], [],
                     {"engine": "mariadb", "version": "10.11.9", "product": "MariaDB 10.11 LTS", "port": 3306,
                      "desc": "도크 예약 DB"}),
    "pg-billing": ("database", DBA, "T", "P", ["tw-vm-db01"], [],
                   {"engine": "postgresql", "version": "15.8", "product": "PostgreSQL 15", "port": 5433,
                    "desc": "정산 DB"}),
    "pg-sso": ("database", DBA, "T", "P", ["tw-vm-db01"], [],
               {"engine": "postgresql", "version": "15.8", "product": "PostgreSQL 15", "port": 5434,
                "desc": "Keycloak DB"}),
    "psql-seori-anl": ("database", CLOUD, "Z", "P", [], [],
                       {"engine": "postgresql", "version": "16", "product": "Azure Database for PostgreSQL Flexible Server",
                        "sku": "Standard_D8ds_v5", "desc": "분석 마트 / 피처 스토어"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-route": ("cache", TMS, "T", "P", ["tw-vm-redis01"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "allkeys-lru",
                     "port": 6379, "desc": "경로 거리행렬/ETA 캐시"}),
    "redis-track": ("cache", CX, "T", "P", ["tw-vm-redis01"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "volatile-ttl",
                     "port": 6380, "desc": "배송조회 캐시"}),
    "redis-fleet": ("cache", TMS, "T", "P", ["tw-vm-redis02"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 12, "maxmemory_policy": "volatile-lru",
                     "port": 6379, "desc": "차량 최신 위치/적재함 온도"}),
    "redis-inv": ("cache", WMS, "T", "P", ["tw-vm-redis02"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lfu",
                   "port": 6380, "desc": "재고 가용량 캐시"}),
    "kafka-telemetry": ("queue", IOT, "T", "P", ["tw-kfk-b1", "tw-kfk-b2", "tw-kfk-b3"], [],
                        {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 3, "partitions": 192,
                         "retention_hours": 72, "replication_factor": 3, "min_insync_replicas": 2,
                         "desc": "온도/설비/차량 텔레메트리 스트림"}),
    "emqx-iot": ("queue", IOT, "T", "P", ["tw-emqx-1", "tw-emqx-2"], [],
                 {"product": "EMQX 5.7 Enterprise", "port": 8883, "max_connections": 20000, "nodes": 2,
                  "protocol": "MQTT 3.1.1/5.0 over TLS", "desc": "IoT 게이트웨이/냉동탑차 MQTT 브로커"}),
    "ibmmq-edi": ("queue", EDI, "T", "P", ["TWREDIMQ01"], [],
                  {"product": "IBM MQ 9.3.5", "qmgr": "QMEDIP1", "port": 1414, "queues": 64,
                   "desc": "EDI 송수신 큐"}),
    "evh-seori-telemetry": ("queue", CLOUD, "Z", "P", [], [],
                            {"product": "Azure Event Hubs (Standard)", "throughput_units": 8, "partitions": 16,
                             "desc": "텔레메트리 클라우드 미러"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "f5-twr-ext": ("T", NET, ["track-portal", "shipper-api", "driver-bff"],
                   {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.50.1.40", "firmware": "17.1.1.3",
                    "endpoint": "track.seoricold.co.kr", "cert_expiry": "2028-06-30",
                    "cert_issuer": "DigiCert (수동 갱신)"}),
    "haproxy-mqtt": ("T", IOT, ["emqx-iot"],
                     {"vendor": "HAProxy", "model": "HAProxy 2.8 (VM 이중화)", "vip": "10.50.2.30", "port": 8883,
                      "desc": "MQTT TLS 인입 (LTE APN, 센터 게이트웨이)", "cert_expiry": "2029-02-28"}),
    "agw-seori-anl": ("Z", CLOUD, ["anl-forecast"],
                      {"vendor": "Azure", "model": "Application Gateway v2 (WAF)", "endpoint": "anl.seoricold.co.kr",
                       "cert_issuer": "Key Vault (자동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "pure-twr-01": ("T", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 180,
                                 "desc": "Oracle/PostgreSQL/MongoDB 블록 스토리지"},
                    ["TWRORA01", "TWRORA02", "TWRPGDB01", "tw-mongo-a", "tw-mongo-b", "tw-mongo-c"]),
    "nas-ich-01": ("I", INFRA, {"vendor": "NetApp", "model": "FAS2820", "capacity_tb": 96, "protocol": "SMB 3.1",
                                "desc": "입고검수 사진/라벨/문서"}, ["ICHWMSAP01", "ICHWMSAP02"]),
    "minio-pod": ("T", TMS, {"vendor": "MinIO", "model": "MinIO AIStor (4 nodes)", "capacity_tb": 320,
                             "desc": "배송완료(POD) 사진/전자 인수증"}, []),
    "stseorilake01": ("Z", DATA, {"vendor": "Azure", "model": "ADLS Gen2 (StorageV2)", "redundancy": "ZRS",
                                  "desc": "데이터레이크 (Bronze/Silver/Gold)"}, []),
    "dd-dr-01": ("D", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                              "protocol": "DD Boost", "desc": "백업 (RMAN, SQL, VM)"},
                 ["TWRORA01", "TWRORA02", "DRJORA01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 판교 관제타워: physical and Windows servers
    "TWRORA01": ("T", "P", "bare", {"role": "Oracle RAC INVHUBP node 1", "model": "HPE ProLiant DL380 Gen11",
                                    "rack": "PG-R03 U10"}),
    "TWRORA02": ("T", "P", "bare", {"role": "Oracle RAC INVHUBP node 2", "model": "HPE ProLiant DL380 Gen11",
                                    "rack": "PG-R03 U12"}),
    "TWRPGDB01": ("T", "P", "bare", {"role": "PostgreSQL TMS (Patroni leader)", "model": "Dell PowerEdge R760",
                                     "rack": "PG-R04 U08"}),
    "TWREDIMQ01": ("T", "P", "win", {"role": "EDI (Sterling B2Bi, IBM MQ)", "model": "Lenovo ThinkSystem SR650 V3",
                                     "rack": "PG-R05 U20"}),
    # 판교 관제타워: Nutanix VMs
    "tw-ocp-w01": ("T", "P", "vm", {"role": "OpenShift 4.15 worker"}),
    "tw-ocp-w02": ("T", "P", "vm", {"role": "OpenShift 4.15 worker"}),
    "tw-ocp-w03": ("T", "P", "vm", {"role": "OpenShift 4.15 worker"}),
    "tw-ocp-w04": ("T", "P", "vm", {"role": "OpenShift 4.15 worker (경로최적화 전용, CPU 노드)"}),
    "tw-mongo-a": ("T", "P", "vm", {"role": "MongoDB rs-track member"}),
    "tw-mongo-b": ("T", "P", "vm", {"role": "MongoDB rs-track member"}),
    "tw-mongo-c": ("T", "P", "vm", {"role": "MongoDB rs-track member"}),
    "tw-kfk-b1": ("T", "P", "vm", {"role": "Kafka broker 1"}),
    "tw-kfk-b2": ("T", "P", "vm", {"role": "Kafka broker 2"}),
    "tw-kfk-b3": ("T", "P", "vm", {"role": "Kafka broker 3"}),
    "tw-emqx-1": ("T", "P", "vm", {"role": "EMQX node 1"}),
    "tw-emqx-2": ("T", "P", "vm", {"role": "EMQX node 2"}),
    "tw-influx01": ("T", "P", "vm", {"role": "InfluxDB 온도 시계열"}),
    "tw-vm-redis01": ("T", "P", "vm", {"role": "Redis (경로, 배송조회)"}),
    "tw-vm-redis02": ("T", "P", "vm", {"role": "Redis (차량, 재고)"}),
    "tw-vm-db01": ("T", "P", "vm", {"role": "소형 DB (도크, 정산, SSO)"}),
    "tw-vm-batch01": ("T", "P", "vm", {"role": "배치/연계 (정산, 아카이브, MirrorMaker)"}),
    "tw-vm-mon01": ("T", "P", "vm", {"role": "모니터링"}),
    "tw-vm-stg01": ("T", "S", "vm", {"role": "스테이징 공용"}),
    "tw-vm-dev01": ("T", "D", "vm", {"role": "개발 공용"}),
    # centres
    "ICHWMSAP01": ("I", "P", "win", {"role": "이천 WMS AP #1", "model": "Dell PowerEdge R660", "rack": "IC-MDF U12"}),
    "ICHWMSAP02": ("I", "P", "win", {"role": "이천 WMS AP #2", "model": "Dell PowerEdge R660", "rack": "IC-MDF U14"}),
    "ICHWMSDB01": ("I", "P", "win", {"role": "이천 WMS DB", "model": "Dell PowerEdge R760", "rack": "IC-MDF U20",
                                     "antivirus": "AhnLab V3 Net for Windows Server 9.0"}),
    "YGNWMSAP01": ("Y", "P", "win", {"role": "용인 WMS AP", "model": "HPE ProLiant DL360 Gen11", "rack": "YG-SR1 U08"}),
    "YGNWMSDB01": ("Y", "P", "win", {"role": "용인 WMS DB", "model": "HPE ProLiant DL380 Gen11", "rack": "YG-SR1 U12"}),
    "YGNGDPAP01": ("Y", "P", "win", {"role": "GDP 보고 AP", "model": "HPE ProLiant DL360 Gen11", "rack": "YG-SR1 U16"}),
    "YGNGDPDB01": ("Y", "P", "win", {"role": "GDP DB", "model": "HPE ProLiant DL380 Gen11", "rack": "YG-SR1 U20"}),
    "PUSWMSAP01": ("B", "P", "win", {"role": "부산 WMS AP #1", "model": "Dell PowerEdge R660", "rack": "BS-R02 U06"}),
    "PUSWMSAP02": ("B", "P", "win", {"role": "부산 WMS AP #2 (RAID 컨트롤러 교체 중)", "model": "Dell PowerEdge R660",
                                     "rack": "BS-R02 U08"}),
    "PUSWMSDB01": ("B", "P", "win", {"role": "부산 WMS DB", "model": "Dell PowerEdge R760", "rack": "BS-R02 U12"}),
    # IoT edge gateways
    "iotgw-ich-01": ("I", "P", "edge", {"role": "이천 IoT 게이트웨이", "model": "Advantech UNO-2484G"}),
    "iotgw-ygn-01": ("Y", "P", "edge", {"role": "용인 IoT 게이트웨이", "model": "Advantech UNO-2484G"}),
    "iotgw-pus-01": ("B", "P", "edge", {"role": "부산 IoT 게이트웨이", "model": "Advantech UNO-2484G"}),
    # Azure
    "aks-anl-np1-000000": ("Z", "P", "aks", {"role": "AKS 노드 (데이터 적재)", "vm_size": "Standard_D8s_v5",
                                             "zone": "koreacentral-1", "nodepool": "np1"}),
    "aks-anl-np1-000001": ("Z", "P", "aks", {"role": "AKS 노드 (예측 서빙)", "vm_size": "Standard_D8s_v5",
                                             "zone": "koreacentral-2", "nodepool": "np1"}),
    # 대전 DR
    "DRJORA01": ("D", "P", "bare", {"role": "Oracle Data Guard standby (INVHUBD)",
                                    "model": "HPE ProLiant DL380 Gen10 Plus", "rack": "DJ-R01 U06"}),
}
PLCS = {  # name: (site, attributes), written as hosts
    "PLC-ICH-FZ01": ("I", {"device": "PLC", "vendor": "Siemens", "model": "S7-1500 (CPU 1515-2 PN)",
                           "zone": "냉동 F1-F4", "setpoint_c": -25, "alarm_range_c": "-28 ~ -22",
                           "refrigerant": "NH3/CO2 캐스케이드"}),
    "PLC-YGN-PH01": ("Y", {"device": "PLC", "vendor": "Rockwell", "model": "CompactLogix 5380",
                           "zone": "의약품 냉장 P1-P6", "setpoint_c": 5, "alarm_range_c": "2 ~ 8",
                           "refrigerant": "R-448A"}),
    "PLC-PUS-UF01": ("B", {"device": "PLC", "vendor": "LS ELECTRIC", "model": "XGI-CPUUN",
                           "zone": "초저온 U1-U2 (참치)", "setpoint_c": -55, "alarm_range_c": "-60 ~ -50",
                           "refrigerant": "CO2 캐스케이드"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-twr-edge": ("T", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440", "firmware": "PAN-OS 11.1.4"}),
    "sw-twr-core": ("T", {"device": "core switch", "vendor": "Arista", "model": "7050X3", "firmware": "EOS 4.31.2F"}),
    "mpls-ich": ("I", {"device": "WAN link", "vendor": "KT", "model": "MPLS 1Gbps", "circuit": "KT-MPLS-1187-203",
                       "desc": "관제타워 ↔ 이천센터"}),
    "mpls-ygn": ("Y", {"device": "WAN link", "vendor": "LG U+", "model": "MPLS 500Mbps", "circuit": "LGU-VPN-77120",
                       "desc": "관제타워 ↔ 용인센터"}),
    "mpls-pus": ("B", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "MPLS 1Gbps", "circuit": "SKB-BS-40218",
                       "desc": "관제타워 ↔ 부산신항센터"}),
    "lte-reefer-apn": ("T", {"device": "LTE APN", "vendor": "LG U+", "model": "IoT 전용 APN (seoricold)",
                             "circuit": "LGU-APN-0931", "sims": 1180, "desc": "냉동탑차 로거/단말 LTE"}),
    "er-seori-azure": ("T", {"device": "ExpressRoute", "vendor": "Microsoft", "model": "ExpressRoute 1Gbps (KINX 경유)",
                             "circuit": "er-krc-seori-01"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-twr-edge", "sw-twr-core"),
    ("f5-twr-ext", "fw-twr-edge"),
    ("haproxy-mqtt", "fw-twr-edge"),
    ("lte-reefer-apn", "haproxy-mqtt"),
    ("mpls-ich", "sw-twr-core"),
    ("mpls-ygn", "sw-twr-core"),
    ("mpls-pus", "sw-twr-core"),
    ("er-seori-azure", "sw-twr-core"),
    ("iotgw-ich-01", "mpls-ich"),
    ("iotgw-ygn-01", "mpls-ygn"),
    ("iotgw-pus-01", "mpls-pus"),
    ("edge-ich", "PLC-ICH-FZ01"),
    ("edge-ygn", "PLC-YGN-PH01"),
    ("edge-pus", "PLC-PUS-UF01"),
    ("driver-bff", "minio-pod"),
]
# fmt: on
STATUS = {"PUSWMSAP02": "maintenance", "wms-stg": "maintenance", "EDI_KTNET_LEGACY": "retired"}
NET_PREFIX = {"T": "10.50", "I": "10.61", "Y": "10.62", "B": "10.63", "D": "10.70", "Z": "10.90"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "F1",
        "kind": "cache_eviction_storm",
        "root": "redis-route",
        "description": "redis-route's maxmemory was cut from 32 GB to 12 GB on Tuesday afternoon; when the 21:30"
        " next-day route plan loads the distance matrix the cache evicts continuously (allkeys-lru) and nearly every"
        " lookup misses: route-opt (5.2.0 deployed at 21:05, loudest) recomputes matrices and times out, tms-core"
        " receives the plan late and dock-sched cannot build the next day's dock slots, until maxmemory is restored",
        "start": kst(13, 21, 40),
        "end": kst(13, 22, 35),
        "affected": ["redis-route", "route-opt", "tms-core", "dock-sched"],
    },
    {
        "id": "F2",
        "kind": "broker_memory_watermark",
        "root": "emqx-iot",
        "description": "in Saturday's dawn dispatch wave tw-emqx-2 reboots after an unattended kernel upgrade, all"
        " MQTT sessions move to tw-emqx-1 and emqx-iot reaches its memory high watermark and throttles publishes:"
        " reefer-telem (4.3.0 deployed Friday 18:00, loudest) loses truck temperatures and GPS, temp-ingest's"
        " subscriptions back up and track-svc shows stale reefer temperatures, until session expiry is shortened"
        " and the node rejoins",
        "start": kst(17, 4, 50),
        "end": kst(17, 5, 45),
        "affected": ["emqx-iot", "reefer-telem", "temp-ingest", "track-svc"],
    },
    {
        "id": "F3",
        "kind": "host_antivirus_scan",
        "root": "ICHWMSDB01",
        "description": "on Sunday afternoon (inbound for Monday) the scheduled V3 full scan on ICHWMSDB01 (policy"
        " changed Friday, the SQL data folder exclusion lost) saturates CPU and disk I/O: mssql-wms-ich waits on"
        " page I/O, wms-ich (8.2.1 hotfix deployed at 13:40, loudest) times out receiving and picking and"
        " EDI_ASN_OUT sends Icheon ASNs late, until the scan is stopped and the exclusion restored",
        "start": kst(18, 14, 5),
        "end": kst(18, 15, 0),
        "affected": ["ICHWMSDB01", "mssql-wms-ich", "wms-ich", "EDI_ASN_OUT"],
    },
    {
        "id": "F4",
        "kind": "db_archiver_stuck",
        "root": "ora-invhub",
        "description": "the night's RMAN archivelog backup of ora-invhub to dd-dr-01 failed, so no archive log was"
        " deleted; on Monday late morning the recovery area fills and the archiver stops (ORA-00257): inv-hub"
        " (loudest) fails stock allocations, shipper-api (3.9.0 deployed at 11:00) returns 5xx on stock calls and"
        " billing-engine's storage rating stalls, until the FRA is grown and the logs are backed up",
        "start": kst(19, 11, 20),
        "end": kst(19, 12, 15),
        "affected": ["ora-invhub", "inv-hub", "shipper-api", "billing-engine"],
    },
    {
        "id": "F5",
        "kind": "db_index_build_stall",
        "root": "mongo-track",
        "description": "on Tuesday afternoon a foreground index build on mongo-track's shipment_events (started"
        " 16:20) pushes the WiredTiger cache into eviction stalls and the secondaries lag: track-svc (7.1.0 deployed"
        " at 16:05, loudest) times out tracking queries, track-portal and shipper-api's event endpoints slow down,"
        " until the build is killed",
        "start": kst(20, 16, 30),
        "end": kst(20, 17, 25),
        "affected": ["mongo-track", "track-svc", "track-portal", "shipper-api"],
    },
    {
        "id": "F6",
        "kind": "broker_disk_full",
        "root": "kafka-telemetry",
        "description": "kafka-telemetry's retention was raised from 72 h to 168 h on Monday; in the small hours of"
        " Wednesday broker tw-kfk-b2's log dir fills and goes offline and the temperature partitions fall under"
        " min.insync.replicas: temp-ingest (2.11.0 deployed Tuesday 23:30, loudest) fails to produce,"
        " coldzone-mon's zone stream lags and gdp-excursion cannot judge pharma excursions, until the retention is"
        " reverted",
        "start": kst(21, 2, 10),
        "end": kst(21, 3, 5),
        "affected": ["kafka-telemetry", "temp-ingest", "coldzone-mon", "gdp-excursion"],
    },
    {
        "id": "F7",
        "kind": "db_exclusive_lock",
        "root": "pg-tms-main",
        "description": "on Thursday morning a DBA's VACUUM FULL of pg-tms-main's dispatch_stop table (change"
        " announced at 08:50) takes an AccessExclusiveLock and every dispatch and arrival query waits: tms-core"
        " (6.4.0 deployed at 09:10, loudest) times out, dock-sched cannot assign doors and driver-bff delays"
        " delivery confirmations (ongoing)",
        "start": kst(22, 9, 30),
        "end": None,
        "affected": ["pg-tms-main", "tms-core", "dock-sched", "driver-bff"],
    },
]
F1, F2, F3, F4, F5, F6, F7 = INCIDENTS


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
        owner = INFRA
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 48, 'D': 56}[env]) + i // 11}.{11 + (i * 37) % 230}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.4", "Rocky Linux 9.4", "Ubuntu 22.04 LTS"]),
                      "vcpu": rng.choice([8, 16, 32]), "mem_gb": rng.choice([32, 64, 128]),
                      "hypervisor": "Nutanix AHV 6.8", "cluster": "ntnx-pg-01"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": rng.choice(["Windows Server 2022", "Windows Server 2019"]),
                      "cores": rng.choice([16, 24, 32]), "mem_gb": rng.choice([128, 256, 384]),
                      "serial": f"{rng.choice(['CZ2', 'JPN', '7XB'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = WMS if site in ("I", "Y", "B") else INFRA
            if h.startswith("YGNGDP"):
                owner = GDP
        elif kind == "edge":
            attrs |= {"os": "Ubuntu Core 22", "cpu": "Intel Core i5-1145G7E", "mem_gb": 16}
            owner = AUTO
        elif kind == "aks":
            attrs |= {"os": "Azure Linux 2.0", "cluster": "aks-seori-anl-krc", "kubelet": "1.30.4"}
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["Oracle Linux 8.10", "RHEL 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([384, 512, 768]),
                      "serial": f"{rng.choice(['SGH', 'CN7', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = DBA if ("ORA" in h or "PGDB" in h) else INFRA
        if h in ("tw-kfk-b1", "tw-kfk-b2", "tw-kfk-b3", "tw-emqx-1", "tw-emqx-2", "tw-influx01"):
            owner = IOT
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in PLCS.items():
        ip = f"{NET_PREFIX[site]}.200.{rng.randint(10, 60)}"
        cis.append(ci_record(n, "host", "prod", AUTO, SITES[site], {"ip": ip, **attrs}))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.0.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _clip(v: float) -> float:
    return max(0.05, min(1.0, v))


def _centre(ts: datetime) -> float:
    """Centre operations: outbound picking 01–07 (peak 04), inbound receiving around 23:00, daytime replenishment;
    Saturday lighter; Sunday a quiet morning and the inbound for Monday from 13:00."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd == 6:
        v = 0.12 + 0.2 * _bump(h, 4.0, 1.6) + 0.55 * _bump(h, 15.0, 2.0) + 0.3 * _bump(h, 23.0, 1.5)
    else:
        v = 0.18 + 0.55 * _bump(h, 4.0, 1.6) + 0.32 * _bump(h, 23.0, 1.5) + 0.3 * _bump(h, 13.5, 2.2)
        if wd == 5:
            v *= 0.72
    return _clip(v)


def _tms(ts: datetime) -> float:
    """Dispatch and arrival registrations: the dawn departures, the late-morning arrivals, the afternoon wave."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.12 + 0.45 * _bump(h, 5.5, 1.6) + 0.42 * _bump(h, 10.0, 1.6) + 0.35 * _bump(h, 15.5, 1.8)
    return _clip(v * (0.7 if wd == 5 else 0.5 if wd == 6 else 1.0))


def _fleet(ts: datetime) -> float:
    """Reefer trucks on the road: from 03:00, a dawn/morning wave and an afternoon pharma wave."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.1 + 0.62 * _bump(h, 6.0, 2.0) + 0.35 * _bump(h, 14.5, 2.0)
    return _clip(v * (0.75 if wd == 5 else 0.45 if wd == 6 else 1.0))


def _route(ts: datetime) -> float:
    """Route planning: the 21:30 next-day plan (every night, Saturday's lighter) and small daytime re-plans."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    night = 0.78 * _bump(h, 22.0, 0.7) * (0.6 if wd == 5 else 1.0)
    return _clip(0.14 + night + 0.14 * _bump(h, 10.5, 2.5))


def _tracking(ts: datetime) -> float:
    """Shipment tracking: consignees checking arrivals 05–09, shippers in office hours; weekends half."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.1 + 0.35 * _bump(h, 7.0, 1.5) + 0.5 * _bump(h, 11.0, 2.0) + 0.42 * _bump(h, 16.0, 1.8)
    return _clip(v * (0.5 if wd >= 5 else 1.0))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return _clip(0.1 + 0.1 * _bump(h, 14, 3))
    return _clip(0.1 + 0.6 * _bump(h, 10.5, 1.6) + 0.55 * _bump(h, 15.5, 1.8))


def _edi(ts: datetime) -> float:
    """Retailer orders 17–20 (cut-off 19:30) and the ASN wave 04–06; Saturday's orders lighter."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    orders = 0.72 * _bump(h, 18.5, 0.9) * (0.55 if wd == 5 else 0.8 if wd == 6 else 1.0)
    return _clip(0.1 + orders + 0.42 * _bump(h, 4.8, 0.9) + 0.1 * _bump(h, 13, 3))


def _sensor(ts: datetime) -> float:
    """Temperature telemetry: steady around the clock, a little more with door openings when centres are busy."""
    return 0.52 + 0.22 * _centre(ts) + 0.12 * _fleet(ts)


def _night(ts: datetime) -> float:
    """Night batches 00:30–05:00: rating, archive, lake compaction, backups."""
    h = seoul_hour(ts)
    return 0.85 if 0.5 <= h < 5 else 0.15


def _steady(ts: datetime) -> float:
    return 0.5


CENTRE = {
    "wms-ich", "wms-ygn", "wms-pus", "mssql-wms-ich", "mssql-wms-ygn", "mssql-wms-pus", "inv-hub", "ora-invhub",
    "redis-inv", "dock-sched", "mariadb-dock", "ICHWMSAP01", "ICHWMSAP02", "ICHWMSDB01", "YGNWMSAP01", "YGNWMSDB01",
    "PUSWMSAP01", "PUSWMSAP02", "PUSWMSDB01", "TWRORA01", "TWRORA02", "tw-vm-redis02", "tw-vm-db01", "nas-ich-01",
    "mpls-ich", "mpls-ygn", "mpls-pus",
}  # fmt: skip
TMS_SIDE = {"tms-core", "pg-tms-main", "TWRPGDB01", "tw-ocp-w01", "driver-bff", "minio-pod", "pure-twr-01"}
FLEET = {
    "reefer-telem",
    "emqx-iot",
    "haproxy-mqtt",
    "redis-fleet",
    "tw-emqx-1",
    "tw-emqx-2",
    "lte-reefer-apn",
}
ROUTE = {"route-opt", "redis-route", "osrm-kr", "tw-ocp-w04", "tw-vm-redis01", "anl-forecast", "aks-anl-np1-000001",
         "agw-seori-anl", "psql-seori-anl"}  # fmt: skip
TRACKING = {"track-svc", "track-portal", "shipper-api", "mongo-track", "redis-track", "auth-sso", "pg-sso",
            "f5-twr-ext", "tw-mongo-a", "tw-mongo-b", "tw-mongo-c", "tw-ocp-w02", "tw-ocp-w03", "fw-twr-edge",
            "ctl-dashboard"}  # fmt: skip
OFFICE = {"gdp-report", "billing-engine", "pg-billing", "YGNGDPAP01"}
EDI_SIDE = {"EDI_VAN_GW", "EDI_ORDER_IN", "EDI_ASN_OUT", "ibmmq-edi", "TWREDIMQ01"}
NIGHT = {"BILL_DAILY_RATING", "TEMP_ARCHIVE_JOB", "lake-ingest", "stseorilake01", "tw-vm-batch01", "dd-dr-01",
         "DRJORA01", "ora-invhub-dr", "aks-anl-np1-000000"}  # fmt: skip
SENSOR = {"temp-ingest", "kafka-telemetry", "influx-temp", "coldzone-mon", "gdp-excursion", "alarm-notify",
          "mssql-gdp", "YGNGDPDB01", "tw-kfk-b1", "tw-kfk-b2", "tw-kfk-b3", "tw-influx01", "mm2-telemetry",
          "evh-seori-telemetry", "er-seori-azure", "edge-ich", "edge-ygn", "edge-pus", "iotgw-ich-01",
          "iotgw-ygn-01", "iotgw-pus-01", "PLC-ICH-FZ01", "PLC-YGN-PH01", "PLC-PUS-UF01", "GDP_DAILY_EXPORT"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (CENTRE, _centre),
        (TMS_SIDE, _tms),
        (FLEET, _fleet),
        (ROUTE, _route),
        (TRACKING, _tracking),
        (OFFICE, _office),
        (EDI_SIDE, _edi),
        (NIGHT, _night),
        (SENSOR, _sensor),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "F1": {0: (5.0, 2.5), 1: (4.0, 12.0), 2: (2.4, 7.0), 3: (1.8, 5.0)},
    "F2": {0: (6.0, 4.0), 1: (3.5, 12.0), 2: (2.0, 6.0)},
    "F3": {1: (9.0, 6.0), 2: (4.0, 12.0), 3: (2.2, 6.5)},
    "F4": {0: (5.0, 9.0), 1: (4.0, 14.0), 2: (2.3, 7.5)},
    "F5": {0: (7.0, 4.0), 1: (4.5, 13.0), 2: (2.4, 7.0)},
    "F6": {0: (4.0, 6.0), 1: (3.0, 12.0), 2: (2.0, 6.5)},
    "F7": {0: (8.0, 5.0), 1: (4.5, 14.0), 2: (2.4, 8.0)},
}
EFFECT_OVERRIDE = {
    ("F1", "route-opt"): (4.6, 28.0),
    ("F2", "reefer-telem"): (3.8, 32.0),
    ("F2", "temp-ingest"): (2.6, 11.0),
    ("F3", "wms-ich"): (4.4, 30.0),
    ("F4", "inv-hub"): (4.8, 41.0),
    ("F5", "track-svc"): (5.2, 35.0),
    ("F6", "temp-ingest"): (3.4, 38.0),
    ("F6", "coldzone-mon"): (2.8, 14.0),
    ("F7", "tms-core"): (5.5, 33.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "TWRORA01", "TWRORA02", "TWRPGDB01", "TWREDIMQ01", "ICHWMSDB01", "YGNWMSDB01", "PUSWMSDB01", "YGNGDPDB01",
    "tw-kfk-b1", "tw-kfk-b2", "tw-kfk-b3", "tw-influx01", "tw-mongo-a", "tw-mongo-b", "tw-mongo-c", "tw-vm-db01",
    "tw-vm-batch01", "DRJORA01", "iotgw-ich-01", "iotgw-ygn-01", "iotgw-pus-01",
}  # fmt: skip
DEVICES = set(NETWORK) | set(PLCS)
RETENTION_RAISED = kst(19, 10, 0)  # kafka-telemetry 72 h → 168 h
RETENTION_REVERTED = kst(21, 2, 55)


def _kafka_fill(name: str, ts: datetime) -> float:
    """Extra disk on a Kafka broker while the raised retention keeps every segment: tw-kfk-b2 (the leader of most
    temperature partitions) fills to 100 % by Wednesday 02:10; the others grow at half the pace; after the
    revert the old segments go within about 20 minutes."""
    if ts < RETENTION_RAISED:
        return 0.0
    rate = 1.175 if name == "tw-kfk-b2" else 0.52
    hours = (min(ts, RETENTION_REVERTED) - RETENTION_RAISED).total_seconds() / 3600
    grown = rate * hours
    if ts >= RETENTION_REVERTED:
        grown *= max(0.0, 1 - (ts - RETENTION_REVERTED).total_seconds() / 60 / 20)
    return grown


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in DEVICES:
        return _device_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "tw-influx01":  # the temperature series grow: the data volume creeps up
        disk0, growth = 66.2, 1.05
    if name in ("tw-kfk-b1", "tw-kfk-b2", "tw-kfk-b3"):
        disk0, growth = rng.uniform(50, 54), 0.02
        if name == "tw-kfk-b2":
            disk0 = 53.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "ICHWMSDB01":  # the V3 full scan (from 14:00) saturates the CPU
            r = ramp(ts, F3["start"] - timedelta(minutes=5), F3["end"], rise=10, fall=10)
            cpu += (97.0 + rng.gauss(0, 0.8) - cpu) * r
        if name == "tw-emqx-1":  # every session on one node
            mem += (95.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, F2["start"], F2["end"], rise=5, fall=15)
            cpu += 35 * ramp(ts, F2["start"], F2["end"], rise=5, fall=15)
        if name == "tw-emqx-2":  # rebooting, then rejoining empty
            r = ramp(ts, kst(17, 4, 45), kst(17, 5, 0), rise=5, fall=10)
            cpu *= 1 - 0.9 * r
            mem *= 1 - 0.6 * r
        if name == "tw-mongo-a":  # the primary building the index
            cpu += 48 * ramp(ts, kst(20, 16, 20), F5["end"], rise=10, fall=10)
        if name == "TWRPGDB01":  # backends piling up behind the lock
            mem += 16 * ramp(ts, F7["start"], F7["end"], rise=10)
        if name in ("tw-kfk-b1", "tw-kfk-b2", "tw-kfk-b3"):
            disk += _kafka_fill(name, ts)
        if name == "PUSWMSAP02":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 100.0 if name.startswith("tw-kfk") else 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _device_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network gear and PLCs: cpu, round-trip (or OPC-UA poll) time and loss (or failed polls)."""
    rows = []
    cpu0 = rng.uniform(8, 26)
    rtt0 = {"mpls-ich": 3.1, "mpls-ygn": 2.6, "mpls-pus": 8.9, "lte-reefer-apn": 48.0, "er-seori-azure": 2.2,
            "PLC-ICH-FZ01": 12.0, "PLC-YGN-PH01": 9.5, "PLC-PUS-UF01": 14.5}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.03 if name == "lte-reefer-apn" else 0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"minio-pod": (71, 72), "dd-dr-01": (63, 65), "nas-ich-01": (48, 50), "pure-twr-01": (57, 59)}.get(
        name, (30, 45)
    )
    per_day = 0.32 if name == "minio-pod" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "pure-twr-01" else rng.uniform(1.8, 4.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-dr-01" and 1 <= seoul_hour(ts) < 3:  # the nightly backups
            lat *= 1.8
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "wms-ich": 180.0, "wms-ygn": 165.0, "wms-pus": 205.0, "inv-hub": 62.0, "dock-sched": 95.0, "tms-core": 120.0,
    "route-opt": 420.0, "osrm-kr": 38.0, "driver-bff": 140.0, "reefer-telem": 22.0, "track-svc": 48.0,
    "track-portal": 310.0, "shipper-api": 150.0, "auth-sso": 35.0, "ctl-dashboard": 260.0, "temp-ingest": 6.5,
    "coldzone-mon": 18.0, "gdp-excursion": 85.0, "alarm-notify": 70.0, "edge-ich": 11.0, "edge-ygn": 9.0,
    "edge-pus": 13.0, "TEMP_ARCHIVE_JOB": 560.0, "gdp-report": 380.0, "GDP_DAILY_EXPORT": 640.0,
    "EDI_VAN_GW": 230.0, "EDI_ORDER_IN": 480.0, "EDI_ASN_OUT": 260.0, "billing-engine": 290.0,
    "BILL_DAILY_RATING": 610.0, "mm2-telemetry": 24.0, "lake-ingest": 520.0, "anl-forecast": 88.0, "prom-twr": 45.0,
    "ora-invhub": 3.4, "ora-invhub-dr": 5.1, "pg-tms-main": 2.6, "mssql-wms-ich": 3.0, "mssql-wms-ygn": 2.4,
    "mssql-wms-pus": 3.3, "mssql-gdp": 2.8, "mongo-track": 4.2, "influx-temp": 7.5, "mariadb-dock": 1.7,
    "pg-billing": 2.2, "pg-sso": 1.4, "psql-seori-anl": 6.8,
    "redis-route": 0.45, "redis-track": 0.32, "redis-fleet": 0.38, "redis-inv": 0.41,
    "kafka-telemetry": 3.6, "emqx-iot": 2.1, "ibmmq-edi": 4.8, "evh-seori-telemetry": 11.0,
    "f5-twr-ext": 1.2, "haproxy-mqtt": 0.9, "agw-seori-anl": 3.1,
}  # fmt: skip
REQUEST_RATE = {
    "wms-ich": 420.0, "wms-ygn": 160.0, "wms-pus": 310.0, "inv-hub": 980.0, "dock-sched": 140.0, "tms-core": 760.0,
    "route-opt": 85.0, "osrm-kr": 2400.0, "driver-bff": 520.0, "reefer-telem": 4300.0, "track-svc": 1250.0,
    "track-portal": 180.0, "shipper-api": 640.0, "auth-sso": 210.0, "temp-ingest": 9800.0, "coldzone-mon": 9600.0,
    "gdp-excursion": 95.0, "alarm-notify": 40.0, "EDI_VAN_GW": 75.0, "EDI_ORDER_IN": 55.0, "EDI_ASN_OUT": 48.0,
    "billing-engine": 60.0, "anl-forecast": 130.0,
    "ora-invhub": 7400.0, "pg-tms-main": 5200.0, "mongo-track": 6800.0, "influx-temp": 11200.0, "mssql-wms-ich": 2900.0,
    "mssql-gdp": 760.0, "redis-route": 46000.0, "redis-track": 9800.0, "redis-fleet": 14500.0, "redis-inv": 8700.0,
    "kafka-telemetry": 14200.0, "emqx-iot": 12800.0, "ibmmq-edi": 210.0, "f5-twr-ext": 1900.0,
    "haproxy-mqtt": 12700.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-route": (41.0, 12.0), "redis-track": (35.0, 8.0), "redis-fleet": (48.0, 10.0), "redis-inv": (52.0, 6.0),
    "kafka-telemetry": (44.0, 6.0), "emqx-iot": (38.0, 14.0), "ibmmq-edi": (22.0, 10.0),
}  # fmt: skip
CPU_DB = {"ora-invhub": (22.0, 30.0), "pg-tms-main": (16.0, 34.0), "mongo-track": (14.0, 30.0),
          "mssql-wms-ich": (12.0, 36.0)}  # fmt: skip
BATCH_HOURS = {"BILL_DAILY_RATING": (1.0, 2.6), "TEMP_ARCHIVE_JOB": (3.0, 4.4), "GDP_DAILY_EXPORT": (6.0, 6.8),
               "EDI_ORDER_IN": (17.0, 20.0)}  # fmt: skip
MAXMEMORY_CUT = (kst(13, 15, 0), kst(13, 22, 30))  # redis-route at 12 GB instead of 32 GB


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
            if inc is F2 and name in ("reefer-telem", "emqx-iot"):
                req *= 1 - 0.55 * r  # publishes throttled
            if inc is F4 and name == "inv-hub":
                req *= 1 - 0.4 * r
            if inc is F6 and name in ("temp-ingest", "kafka-telemetry"):
                req *= 1 - 0.5 * r
            if inc is F7 and name in ("tms-core", "pg-tms-main"):
                req *= 1 - 0.42 * r
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
            if (
                name == "redis-route" and MAXMEMORY_CUT[0] <= ts < MAXMEMORY_CUT[1]
            ):  # % of a third of the memory
                mem = min(99.6 + rng.gauss(0, 0.1), mem * 32 / 12)
            if name == "emqx-iot":  # the session table of every client on one node
                mem += (93.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, F2["start"], F2["end"], rise=5, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "mongo-track":
                cpu += 44 * ramp(ts, kst(20, 16, 20), F5["end"], rise=10, fall=10)
            if name == "pg-tms-main":
                cpu += 9 * ramp(ts, F7["start"], F7["end"], rise=5)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly route plan, the EDI order window and ASN wave, the GDP export, rating, archive, defrost and the
    certificate of f5-twr-ext."""
    rows = []
    for d in range(12, 23):
        if d != 13:
            rows.append(
                (d, 21, 30, "route-opt", "info", "batch_job", "익일 배차 경로 최적화 시작 (VRP nightly)")
            )
            rows.append((d, 22, 38, "route-opt", "info", "batch_job", "익일 배차 경로 최적화 완료, TMS 전송"))
        rows.append((d, 17, 0, "EDI_ORDER_IN", "info", "batch_job", "유통사 발주(ORDERS) 수신 시작"))
        rows.append(
            (d, 19, 45, "EDI_ORDER_IN", "info", "batch_job", "유통사 발주 마감 (19:30), 출고오더 생성 완료")
        )
        if d != 18:
            rows.append((d, 4, 0, "EDI_ASN_OUT", "info", "batch_job", "ASN(DESADV) 일괄 송신"))
        rows.append((d, 6, 0, "GDP_DAILY_EXPORT", "info", "batch_job", "일일 온도기록 보고서 생성/전자서명"))
        rows.append((d, 1, 0, "BILL_DAILY_RATING", "info", "batch_job", "일 보관료/운송비 레이팅 시작"))
        rows.append(
            (d, 3, 0, "TEMP_ARCHIVE_JOB", "info", "batch_job", "온도 원천데이터 아카이브 (InfluxDB → ADLS)")
        )
        rows.append((d, 5, 30, "PLC-ICH-FZ01", "info", "defrost", "제상(defrost) 사이클 시작 zone F1-F4"))
        left = (datetime(2028, 6, 30) - datetime(2028, 6, d)).days
        rows.append(
            (d, 9, 0, "f5-twr-ext", "warning", "cert_expiry",
             f"SSL certificate track.seoricold.co.kr expires in {left} days (2028-06-30), DigiCert manual renewal")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (12, 14, 0, "tms-core-stg", "info", "deployment", "tms-core-stg 6.4.0-rc1 배포"),
    (12, 23, 40, "PLC-PUS-UF01", "warning", "temperature", "zone U2 -48.6℃ (설정 -55℃), 도어 개방 9분 (참치 입고)"),
    (13, 15, 0, "redis-route", "info", "config_change", "maxmemory 32gb → 12gb (메모리 리사이징, CHG-0613-04)"),
    (13, 21, 5, "route-opt", "info", "deployment", "route-opt 5.2.0 배포 (냉동/냉장 혼적 제약 추가)"),
    (15, 23, 0, "tw-influx01", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/influxdb"),
    (14, 16, 0, "PUSWMSAP02", "info", "maintenance", "RAID 컨트롤러 교체 (서비스 제외, 부품 대기)"),
    (15, 11, 0, "shipper-api-dev", "info", "deployment", "shipper-api-dev 3.10.0-SNAPSHOT 배포"),
    (15, 14, 30, "wms-stg", "info", "maintenance", "스테이징 WMS SCALE 2025 업그레이드 검증 (서비스 중지)"),
    (15, 22, 10, "PLC-YGN-PH01", "warning", "temperature", "zone P3 8.4℃ (허용 2~8℃) 6분, 도어 개방 후 회복"),
    (16, 17, 0, "ICHWMSDB01", "info", "config_change", "V3 정책 변경: 정기 전체검사 일요일 14:00 (검사 예외 목록 재배포)"),
    (16, 18, 0, "reefer-telem", "info", "deployment", "reefer-telem 4.3.0 배포 (도어 개폐 이벤트 압축)"),
    (17, 4, 46, "tw-emqx-2", "info", "reboot", "unattended-upgrades 커널 업데이트 후 자동 재부팅"),
    (18, 13, 40, "wms-ich", "info", "deployment", "wms-ich 8.2.1 핫픽스 배포 (입고검수 라벨 인쇄 오류)"),
    (19, 1, 30, "ora-invhub", "major", "backup", "RMAN archivelog backup FAILED to dd-dr-01 (DD Boost: max streams exceeded), 아카이브 로그 미삭제"),
    (19, 10, 0, "kafka-telemetry", "info", "config_change", "log.retention.hours 72 → 168 (GDP 감사 대응, 원천 7일 보관)"),
    (19, 11, 0, "shipper-api", "info", "deployment", "shipper-api 3.9.0 배포 (재고 API 로트별 조회)"),
    (20, 16, 20, "tw-influx01", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/influxdb"),
    (20, 16, 5, "track-svc", "info", "deployment", "track-svc 7.1.0 배포 (배송 이벤트 화주별 필터)"),
    (20, 16, 20, "mongo-track", "info", "config_change", "createIndex shipment_events {shipper_id:1, event_ts:-1} (운영 중 빌드)"),
    (20, 23, 30, "temp-ingest", "info", "deployment", "temp-ingest 2.11.0 배포 (Kafka 배치 크기 조정)"),
    (21, 14, 0, "gdp-report", "info", "deployment", "gdp-report 1.12.2 배포 (보고서 서명 인증서 교체)"),
    (21, 16, 20, "PLC-ICH-FZ01", "warning", "temperature", "zone F2 -21.4℃ (허용 -28~-22℃) 7분, 제상 후 회복"),
    (22, 8, 50, "pg-tms-main", "info", "change_notice", "09:30 dispatch_stop 테이블 bloat 정리 (VACUUM FULL) 예정, CHG-0622-02"),
    (22, 9, 10, "tms-core", "info", "deployment", "tms-core 6.4.0 배포 (도착 등록 API 개선)"),
    (22, 9, 30, "pg-tms-main", "info", "config_change", "VACUUM FULL dispatch_stop 시작 (수동, DBA)"),
    # F1 (Tuesday night route plan)
    (13, 21, 30, "route-opt", "info", "batch_job", "익일 배차 경로 최적화 시작 (VRP nightly)"),
    (13, 21, 41, "redis-route", "warning", "memory", "used_memory 99.8% of maxmemory, evicted_keys 18,400/s (allkeys-lru)"),
    (13, 21, 44, "redis-route", "critical", "performance", "keyspace hit ratio 9% (거리행렬 캐시 miss 폭증)"),
    (13, 21, 47, "route-opt", "critical", "error", "익일 배차 최적화 타임아웃 28% (거리행렬 재계산, OSRM 호출 폭증)"),
    (13, 21, 55, "tms-core", "major", "error", "익일 배차계획 수신 지연"),
    (13, 22, 2, "dock-sched", "warning", "error", "익일 도크 슬롯 생성 지연 (배차계획 미수신)"),
    (13, 22, 30, "redis-route", "info", "config_change", "maxmemory 12gb → 32gb 원복"),
    (13, 23, 5, "route-opt", "info", "batch_job", "익일 배차 경로 최적화 완료 (지연), TMS 전송"),
    # F2 (Saturday dawn dispatch)
    (17, 4, 51, "emqx-iot", "warning", "connections", "tw-emqx-2 down, 9,870 sessions taken over by tw-emqx-1"),
    (17, 4, 54, "emqx-iot", "critical", "memory", "tw-emqx-1 memory high watermark, publish throttled (quota exceeded)"),
    (17, 4, 58, "reefer-telem", "critical", "error", "냉동탑차 온도/GPS 수신 누락 32%"),
    (17, 5, 2, "temp-ingest", "major", "error", "MQTT subscription backlog, consumer disconnected"),
    (17, 5, 9, "track-svc", "warning", "error", "실시간 적재함 온도 표시 지연 (reefer 데이터 stale)"),
    (17, 5, 38, "emqx-iot", "info", "config_change", "session_expiry_interval 2h → 10m, tw-emqx-2 클러스터 재합류"),
    (17, 5, 55, "reefer-telem", "info", "recovery", "차량 온도 수신 정상"),
    # F3 (Sunday afternoon inbound)
    (18, 14, 0, "ICHWMSDB01", "info", "antivirus", "V3 전체 검사 시작 (정기)"),
    (18, 14, 6, "ICHWMSDB01", "warning", "cpu", "CPU 96% (V3 엔진 asmgr), disk queue length 38"),
    (18, 14, 10, "ICHWMSDB01", "critical", "disk", "I/O latency 180ms on E:\\MSSQL\\DATA (V3 실시간 검사)"),
    (18, 14, 13, "mssql-wms-ich", "critical", "performance", "PAGEIOLATCH_SH waits, blocked sessions 122"),
    (18, 14, 17, "wms-ich", "critical", "error", "입고검수 등록 타임아웃 30%, 피킹 지시 지연"),
    (18, 14, 25, "EDI_ASN_OUT", "warning", "error", "이천센터 ASN 생성 지연"),
    (18, 14, 55, "ICHWMSDB01", "info", "config_change", "V3 검사 중지, E:\\MSSQL 검사 예외 재등록"),
    (18, 15, 10, "wms-ich", "info", "recovery", "입고검수 정상"),
    # F4 (Monday late morning)
    (19, 11, 17, "ora-invhub", "warning", "storage", "FRA usage 96% (db_recovery_file_dest_size 2TB)"),
    (19, 11, 21, "ora-invhub", "critical", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved"),
    (19, 11, 24, "inv-hub", "critical", "error", "재고 할당 트랜잭션 실패 41% (ORA-00257)"),
    (19, 11, 30, "shipper-api", "major", "error", "재고 조회 API 5xx 증가"),
    (19, 11, 34, "billing-engine", "warning", "error", "보관료 일할 계산 지연"),
    (19, 12, 5, "ora-invhub", "info", "config_change", "FRA 2TB → 3TB 증설, archivelog 수동 백업 후 삭제"),
    (19, 12, 25, "inv-hub", "info", "recovery", "재고 할당 정상"),
    # F5 (Tuesday afternoon)
    (20, 16, 31, "mongo-track", "warning", "replication", "replication lag 48s on tw-mongo-b, oplog window shrinking"),
    (20, 16, 34, "mongo-track", "critical", "performance", "WiredTiger cache dirty 21%, eviction stall, slow queries 2,300/min"),
    (20, 16, 38, "track-svc", "critical", "error", "배송 조회 API timeout 35%"),
    (20, 16, 42, "track-portal", "major", "error", "화주 포털 배송조회 화면 로딩 지연"),
    (20, 16, 47, "shipper-api", "warning", "error", "GET /v2/shipments/{id}/events p95 9.8s"),
    (20, 17, 15, "mongo-track", "info", "config_change", "index build killed (killOp), 야간 rolling 빌드로 재예약"),
    (20, 17, 35, "track-svc", "info", "recovery", "배송 조회 정상"),
    # F6 (Wednesday small hours)
    (20, 19, 10, "tw-kfk-b2", "warning", "disk", "/var/lib/kafka 92% used"),
    (21, 1, 10, "tw-kfk-b2", "warning", "disk", "/var/lib/kafka 99% used"),
    (21, 2, 11, "kafka-telemetry", "critical", "disk", "broker 2 log dir offline (No space left on device)"),
    (21, 2, 14, "kafka-telemetry", "critical", "replication", "UnderReplicatedPartitions 96, ISR shrink sensor.zone.temp"),
    (21, 2, 17, "temp-ingest", "critical", "error", "Kafka produce 실패 38% (NOT_ENOUGH_REPLICAS)"),
    (21, 2, 21, "coldzone-mon", "major", "error", "존 온도 스트림 지연 14분, 이탈 감지 불가"),
    (21, 2, 29, "gdp-excursion", "warning", "error", "의약품 존 온도 기록 공백 (GDP 이탈 판정 보류)"),
    (21, 2, 55, "kafka-telemetry", "info", "config_change", "log.retention.hours 168 → 72 원복, 오래된 세그먼트 삭제"),
    (21, 3, 20, "temp-ingest", "info", "recovery", "온도 수집 정상"),
    # F7 (Thursday morning, ongoing)
    (22, 9, 33, "pg-tms-main", "warning", "lock", "lock waits: 420 sessions waiting on dispatch_stop"),
    (22, 9, 37, "pg-tms-main", "critical", "lock", "AccessExclusiveLock held by pid 48211 (VACUUM FULL) 7m, connections 480/500"),
    (22, 9, 40, "tms-core", "critical", "error", "배차/도착 등록 API timeout 33% (DB lock wait)"),
    (22, 9, 46, "dock-sched", "major", "error", "도크 도어 배정 실패, 입차 차량 대기 증가"),
    (22, 9, 52, "driver-bff", "warning", "error", "기사앱 배송완료 처리 지연"),
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
    generate(NAME, "cold-chain", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
