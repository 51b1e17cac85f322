"""Generate the port-tos estate (tests/fixtures/port-tos/, interchange format) and its faults file.

A Korean container terminal operator's IT/OT (부산신항 style): the terminal operating system `N4-TOS` (Navis
N4 on Oracle `ORA-TOS`, RAC on `ptkdb01`/`ptkdb02`), yard and berth planning (`YardPlanner`, `BerthPlanner`),
the crane OT gateway `Heron` (OPC UA to the STS/RTG crane PLC gateways `STS-07` … `RTG-24` over the quay ring
switch `quay-ot-sw01` and the OT firewall `fw-ot-01`) with the crane KPI board, gate automation
(`GateOrchestrator` over `GateOcrService` on GPU hosts with the image store `MinIO-GATE`, `GateRfidService` on
`RabbitMQ-GATE`, the customs release check), the truck appointment system `TruckAppointment` on PostgreSQL
`PG-TAS`, the truckers' mobile app backend `TruckerAppApi` and the public vessel/berth schedule portal in AWS
(EC2 instances `i-0…` with a `Name` tag, RDS, ElastiCache, an ALB, reached over the site-to-site VPN
`vpn-gw-01`), EDI (`EdiHub` on MSSQL `MSSQL-EDI` and `RabbitMQ-EDI`; `Albatross`, the KL-Net customs EDI link
for 수입화물 반출승인), reefer monitoring (`Kestrel` on InfluxDB and the OT telemetry bus `kafka-ot`, the alarm
notifier), billing (`BillingEngine`, `InvoiceService` on `ORA-BILL`, SAP `SAP-S4` on `HANA-ERP`), the data lake
(`Osprey` ingestion, `MinIO-LAKE`, `Trino-LAKE`, the BI board `Cormorant`), SSO (`IdentityHub`), notifications,
firewalls, the VPN and the SAN `PTK-SAN01` under the databases.
Sites: the terminal data centre `newport-dc`, the quay OT room `quay-ot-room`, the DR site `yangsan-dr` and the
cloud region `aws-ap-northeast-2`; environments prod, staging, dev.

Naming mixes: FQDN-style VM names (`tos-app-01.ptk.local`, `gate-ocr-02.ptk.local`), short physical names
(`ptkdb03`, `ptkkfk04`), AWS instance ids with a `Name` tag attribute (`i-0a3f5c9e12b4d7781`), CamelCase service
names (`YardPlanner`, `GateOcrService`), bird codenames (`Heron`, `Albatross`, `Kestrel`, `Osprey`,
`Cormorant`), vendor/product names (`N4-TOS`, `ORA-TOS`, `MSSQL-EDI`, `PG-TAS`, `HANA-ERP`, `RabbitMQ-GATE`,
`Redis-GATE`, `MinIO-LAKE`, lower-case `kafka-tos`/`kafka-ot`), crane ids (`STS-07`, `RTG-23`).

Load: truck gate traffic peaks on weekdays around 10:00 and 15:30 (less on Saturday, little on Sunday); quay
work follows the vessel calls at the four berths (with the 07:00/19:00 shift-change lulls); the office curve for
ERP/BI/portal; the nightly invoice run (22:00–23:30) on billing; the lake's nightly compaction (01:00–02:30);
reefer power follows the afternoon heat.

Eight injected incidents (times KST, now = Thursday 2026-11-12 16:35; the window is the 8 days before):
  P1 Thu 05 08:50–09:45  RabbitMQ-GATE hits its memory high watermark after the 3.13 upgrade dropped the lazy
                         queue policy: publishers blocked, GateRfidService times out, GateOrchestrator slow
  P2 Fri 06 02:15–03:35  SAN PTK-SAN01 controller failover (firmware bug) with write latency spikes: ORA-TOS,
                         MSSQL-EDI and PG-TAS slow, N4-TOS, EdiHub and TruckAppointment follow
  P3 Sat 07 14:05–15:20  quay ring switch quay-ot-sw01 broadcast storm (a loop cabled during RTG-23 maintenance):
                         the cranes' PLC gateways lose packets, Heron times out, N4-TOS crane jobs and the crane KPI
                         board error
  P4 Mon 09 07:30–09:20  the data lake ingestion Osprey starts a full re-snapshot of the TOS schema straight
                         off ORA-TOS (no CMDB relation: it normally reads CDC from kafka-tos) into the Monday gate
                         peak: ORA-TOS saturated, N4-TOS, BerthPlanner, YardPlanner, GateOrchestrator and
                         BillingEngine slow until the job is killed
  P5 Mon 09 19:20–20:05  GateOcrService OCR model ocr-4.2 deployed at 19:10 runs the T4 GPUs out of memory:
                         recognition fails, the gate falls back to manual checks
  P6 Tue 10 22:40–23:55  kafka-ot log retention raised 24 h -> 168 h at 18:00 fills the broker log disks:
                         produce requests fail, Kestrel stale, no reefer alarms, crane KPI board and Osprey lag
  P7 Wed 11 10:20–11:05  Albatross' KL-Net VAN certificate expired: customs release (반출승인) messages stop,
                         GateOrchestrator's customs check times out and import pickups are held at the gate
  P8 Thu 12 15:50–now    PG-TAS: a manual slot-table fix left idle in transaction holds row locks; sessions pile
                         up, TruckAppointment booking times out, the truckers' app and the gate's appointment
                         check follow (ongoing: truck bookings fail)
Confounders: the gate peaks and vessel calls on load; a VesselSchedulePortal deployment before P1; the BI board's
month report on lake-bi-01 on Saturday; a TruckerAppApi deployment 15 minutes before P8; ptkdb03 also hosts
PG-IAM; the DR backup NAS dr-nas-01 filling past 80 %; RTG-24 in maintenance.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/port_golden.py) are computed from the files.

    .venv/bin/python bench/port_estate.py   # rewrites tests/fixtures/port-tos*
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
    progress,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "port-tos"
NOW = datetime(2026, 11, 12, 7, 35, tzinfo=UTC)  # Thursday 16:35 KST
START = NOW - timedelta(days=8)
SEED = 20261112
SITES = {"DC": "newport-dc", "QY": "quay-ot-room", "DR": "yangsan-dr", "AWS": "aws-ap-northeast-2"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2026-11")

TOS, YARD, CRANE, GATE = "terminal-systems", "yard-planning", "crane-ot", "gate-automation"
DIGI, EDI, REEFER, FIN = "digital-channels", "edi-integration", "reefer-ops-it", "finance-it"
DATA, DBA, INFRA, NET = "data-platform", "dba", "infra-platform", "netsec"
CLOUD, IAM = "cloud-ops", "security-iam"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # terminal operations
    "N4-TOS": ("service", TOS, "DC", "P", ["tos-app-01.ptk.local", "tos-app-02.ptk.local"],
               ["ORA-TOS", "Heron", "kafka-tos"],
               {"system": "터미널 운영 시스템 (TOS)", "description": "본선 작업, 야드, 게이트, 장비 작업지시 통합 운영",
                "vendor": "Navis", "product": "N4", "version": "3.9.12", "berths": 4, "sts_cranes": 14,
                "rtg_cranes": 38, "port": 9080}),
    "YardPlanner": ("service", YARD, "DC", "P", ["tos-opt-01.ptk.local"], ["N4-TOS", "Redis-YARD"],
                    {"system": "야드 계획", "description": "Yard allocation and stacking optimizer (장치 위치, 재배치)",
                     "language": "java", "version": "2.8.3", "yard_blocks": 42, "port": 8085}),
    "BerthPlanner": ("service", YARD, "DC", "P", ["tos-opt-01.ptk.local"], ["N4-TOS", "ORA-TOS"],
                     {"system": "선석 계획", "description": "Berth window and vessel stowage sequence planning",
                      "language": "java", "version": "1.14.0", "berths": 4, "quay_length_m": 1400, "port": 8086}),
    "Heron": ("service", CRANE, "QY", "P", ["ptkotgw01"], ["fw-ot-01", "quay-ot-sw01"],
              {"system": "크레인 OT 게이트웨이", "description": "STS/RTG crane PLC telemetry and job instruction gateway",
               "vendor": "Siemens", "product": "WinCC OA", "version": "3.19 P012", "protocol": "OPC UA",
               "port": 4840, "cranes_connected": 8}),
    "CraneKpiBoard": ("service", CRANE, "DC", "P", ["k8s-w02.ptk.local"], ["Heron", "kafka-ot"],
                      {"system": "크레인 생산성 대시보드", "description": "Crane moves per hour (GMPH), idle and breakdown time",
                       "language": "python", "version": "0.9.4", "port": 8501}),
    # gate and trucks
    "GateOrchestrator": ("service", GATE, "DC", "P", ["gate-app-01.ptk.local", "gate-app-02.ptk.local"],
                         ["GateOcrService", "GateRfidService", "TruckAppointment", "N4-TOS", "Albatross", "Redis-GATE"],
                         {"system": "게이트 자동화", "description": "Gate-in/out transaction flow: OCR, RFID, appointment and customs checks",
                          "language": "java", "version": "5.3.1", "lanes_in": 12, "lanes_out": 10, "port": 8443}),
    "GateOcrService": ("service", GATE, "DC", "P", ["gate-ocr-01.ptk.local", "gate-ocr-02.ptk.local"], ["MinIO-GATE"],
                       {"system": "게이트 OCR", "description": "컨테이너 번호, 차량 번호판, 봉인 인식 (OCR)",
                        "language": "python", "version": "4.1.7", "model_version": "ocr-4.1", "cameras": 96,
                        "gpu": "NVIDIA T4", "port": 7070}),
    "GateRfidService": ("service", GATE, "DC", "P", ["gate-app-01.ptk.local"], ["RabbitMQ-GATE"],
                        {"system": "게이트 RFID 연계", "description": "RFID readers at the gate lanes (truck tag, chassis)",
                         "language": "c#", "version": "3.0.9", "readers": 44, "port": 9010}),
    "TruckAppointment": ("service", DIGI, "DC", "P", ["tas-app-01.ptk.local"], ["PG-TAS", "N4-TOS", "Redis-GATE"],
                         {"system": "트럭 반출입 예약 (TAS)", "description": "Truck appointment system: time slot booking for import pickup and export drop-off",
                          "language": "java", "version": "5.2.0", "slots_per_hour": 320, "port": 8080}),
    "TruckerAppApi": ("service", DIGI, "AWS", "P", ["i-0a3f5c9e12b4d7781", "i-0b71d2e4a9c3f0156"],
                      ["TruckAppointment", "IdentityHub", "NotificationHub", "Redis-APP", "vpn-gw-01"],
                      {"system": "트럭기사 앱", "description": "트럭기사 모바일 앱 백엔드 (예약, 게이트 대기, 반출 가능 조회)",
                       "language": "kotlin", "version": "3.7.2", "port": 443, "app_users": 5200}),
    "VesselSchedulePortal": ("service", DIGI, "AWS", "P", ["i-0c5e8f1a2b3d4e697"],
                             ["BerthPlanner", "PG-PORTAL", "IdentityHub", "vpn-gw-01"],
                             {"system": "선석 스케줄 포털", "description": "Public vessel and berth schedule portal for shipping lines and forwarders",
                              "language": "typescript", "version": "2.11.0", "url": "https://schedule.ptk.example.kr",
                              "port": 443}),
    "PartnerApi": ("service", DIGI, "DC", "P", ["k8s-w01.ptk.local", "k8s-w03.ptk.local"], ["N4-TOS", "IdentityHub"],
                   {"system": "선사 연계 API", "description": "Container status, VGM and booking API for shipping lines",
                    "language": "go", "version": "1.22.4", "port": 8443}),
    # EDI
    "EdiHub": ("service", EDI, "DC", "P", ["edi-app-01.ptk.local"], ["N4-TOS", "MSSQL-EDI", "RabbitMQ-EDI"],
               {"system": "EDI 중계", "description": "EDIFACT BAPLIE/COPRAR/CODECO/COARRI translation and routing",
                "language": "java", "version": "6.0.3", "partners": 37, "port": 8088}),
    "Albatross": ("service", EDI, "DC", "P", ["edi-app-01.ptk.local"], ["EdiHub", "fw-edge-01"],
                  {"system": "세관 EDI 연계", "description": "KL-Net VAN 세관 신고, 수입화물 반출승인 전문 송수신",
                   "vendor": "KL-Net", "version": "2.4.1", "protocol": "ebXML over VAN", "port": 7200,
                   "cert_expires": "2027-11-11"}),
    # reefer
    "Kestrel": ("service", REEFER, "DC", "P", ["reefer-app-01.ptk.local"], ["kafka-ot", "Influx-REEFER"],
                {"system": "리퍼 모니터링", "description": "Reefer container temperature and power monitoring (RCMS)",
                 "language": "go", "version": "2.3.5", "reefer_plugs": 2400, "port": 8090}),
    "ReeferAlarmNotifier": ("service", REEFER, "DC", "P", ["k8s-w03.ptk.local"], ["Kestrel", "NotificationHub"],
                            {"system": "리퍼 알람 통보", "description": "Reefer temperature deviation and power-off alarms to shippers and yard staff",
                             "language": "python", "version": "1.6.2", "port": 8091}),
    # finance
    "BillingEngine": ("service", FIN, "DC", "P", ["bill-app-01.ptk.local"], ["N4-TOS", "ORA-BILL"],
                      {"system": "하역료 과금", "description": "Tariff rating of moves, storage days and reefer plug-in days",
                       "language": "java", "version": "4.5.0", "schedule": "nightly invoice run 22:00", "port": 8070}),
    "InvoiceService": ("service", FIN, "DC", "P", ["bill-app-01.ptk.local"], ["BillingEngine", "SAP-S4", "ORA-BILL"],
                       {"system": "청구서 발행", "description": "고객 청구서, 전자세금계산서 발행", "language": "java",
                        "version": "4.5.0", "port": 8071}),
    "SAP-S4": ("service", FIN, "DC", "P", ["ptksap01"], ["HANA-ERP"],
               {"system": "ERP", "description": "재무, 회계, 구매 ERP", "vendor": "SAP", "product": "S/4HANA",
                "version": "2023 FPS01", "port": 443}),
    # data
    "Osprey": ("service", DATA, "DC", "P", ["lake-etl-01.ptk.local"], ["kafka-tos", "kafka-ot", "MinIO-LAKE"],
               {"system": "데이터 레이크 적재", "description": "CDC and batch ingestion of TOS, gate and reefer data into the lake",
                "product": "Apache Airflow + Spark", "version": "2.10.2", "schedule": "CDC continuous, compaction 01:00"}),
    "Cormorant": ("service", DATA, "DC", "P", ["lake-bi-01.ptk.local"], ["Trino-LAKE"],
                  {"system": "BI 대시보드", "description": "Terminal KPI, berth productivity and billing reports",
                   "product": "Apache Superset", "version": "4.0.2", "port": 8088}),
    # platform
    "IdentityHub": ("service", IAM, "DC", "P", ["k8s-w01.ptk.local", "k8s-w02.ptk.local"], ["PG-IAM"],
                    {"system": "통합 SSO", "description": "SSO for staff, truckers and partners (OIDC)", "product": "Keycloak",
                     "version": "25.0.6", "realm": "ptk", "port": 8443}),
    "NotificationHub": ("service", DIGI, "DC", "P", ["k8s-w03.ptk.local"], [],
                        {"system": "알림 발송", "description": "카카오 알림톡, SMS, 앱 푸시 발송", "language": "node",
                         "version": "2.0.8", "port": 8080}),
    # DR
    "N4-TOS-DR": ("service", TOS, "DR", "P", ["drapp01"], ["ORA-TOS-DR"],
                  {"system": "TOS 재해복구", "description": "N4 warm standby at the DR site", "vendor": "Navis",
                   "product": "N4", "version": "3.9.12", "role": "DR standby", "port": 9080}),
    # staging / dev
    "N4-TOS-stg": ("service", TOS, "DC", "S", ["stg-app-01.ptk.local"], ["ORA-TOS-stg"],
                   {"system": "TOS 검증계", "description": "N4 4.0 upgrade validation", "vendor": "Navis", "product": "N4",
                    "version": "4.0.1", "port": 9080}),
    "YardPlanner-stg": ("service", YARD, "DC", "S", ["stg-app-01.ptk.local"], ["N4-TOS-stg"],
                        {"system": "야드 계획 (검증)", "description": "YardPlanner staging", "language": "java",
                         "version": "2.9.0-rc2", "port": 8085}),
    "TruckAppointment-stg": ("service", DIGI, "DC", "S", ["stg-app-01.ptk.local"], ["PG-TAS-stg"],
                             {"system": "트럭 예약 (검증)", "description": "TAS staging", "language": "java",
                              "version": "5.3.0-rc1", "port": 8080}),
    "Kestrel-stg": ("service", REEFER, "DC", "S", ["stg-app-01.ptk.local"], [],
                    {"system": "리퍼 모니터링 (검증)", "description": "Kestrel staging", "language": "go",
                     "version": "2.4.0-beta", "port": 8090}),
    "GateOcrService-dev": ("service", GATE, "DC", "D", ["dev-app-01.ptk.local"], [],
                           {"system": "게이트 OCR (개발)", "description": "OCR model training and test", "language": "python",
                            "version": "4.2.0-dev", "model_version": "ocr-4.3-exp", "port": 7070}),
    "TruckerAppApi-dev": ("service", DIGI, "AWS", "D", ["i-0d2a9b8c7e6f50413"], ["IdentityHub-dev"],
                          {"system": "트럭기사 앱 (개발)", "description": "trucker app backend dev", "language": "kotlin",
                           "version": "3.8.0-SNAPSHOT", "port": 443}),
    "IdentityHub-dev": ("service", IAM, "AWS", "D", ["i-0d2a9b8c7e6f50413"], [],
                        {"system": "통합 SSO (개발)", "description": "Keycloak dev realm", "product": "Keycloak",
                         "version": "26.0.1", "port": 8443}),
    # databases
    "ORA-TOS": ("database", DBA, "DC", "P", ["ptkdb01", "ptkdb02"], [],
                {"engine": "oracle", "version": "19.24", "cluster": "RAC 2 nodes", "port": 1521, "size_tb": 14,
                 "description": "N4 TOS 운영 DB", "sessions_max": 2400}),
    "ORA-BILL": ("database", DBA, "DC", "P", ["ptkdb04"], [],
                 {"engine": "oracle", "version": "19.24", "port": 1521, "size_tb": 3, "description": "과금, 청구 DB"}),
    "MSSQL-EDI": ("database", DBA, "DC", "P", ["ptksql01"], [],
                  {"engine": "sqlserver", "version": "2022 CU14", "port": 1433, "description": "EDI 전문 이력, 파트너 매핑 DB"}),
    "PG-TAS": ("database", DBA, "DC", "P", ["ptkdb03"], [],
               {"engine": "postgresql", "version": "16.4", "port": 5432, "max_connections": 400,
                "description": "트럭 예약 슬롯, 예약 이력 DB"}),
    "PG-IAM": ("database", DBA, "DC", "P", ["ptkdb03"], [],
               {"engine": "postgresql", "version": "16.4", "port": 5433, "description": "IdentityHub users and sessions"}),
    "HANA-ERP": ("database", DBA, "DC", "P", ["ptkhana01"], [],
                 {"engine": "hana", "version": "2.0 SPS07", "port": 30015, "size_tb": 2, "description": "SAP S/4HANA DB"}),
    "Influx-REEFER": ("database", REEFER, "DC", "P", ["ptkinflux01"], [],
                      {"engine": "influxdb", "version": "2.7.10", "port": 8086, "retention_days": 90,
                       "description": "리퍼 온도, 전력 시계열"}),
    "PG-PORTAL": ("database", CLOUD, "AWS", "P", [], [],
                  {"engine": "postgresql", "product": "Amazon RDS for PostgreSQL", "version": "15.7",
                   "instance_class": "db.r6g.large", "port": 5432, "multi_az": True,
                   "description": "schedule portal DB"}),
    "Trino-LAKE": ("database", DATA, "DC", "P", ["lake-trino-01.ptk.local"], ["MinIO-LAKE"],
                   {"engine": "trino", "version": "452", "port": 8080, "description": "data lake SQL engine (Iceberg)"}),
    "ORA-TOS-DR": ("database", DBA, "DR", "P", ["drdb01"], [],
                   {"engine": "oracle", "version": "19.24", "role": "standby (Data Guard)", "port": 1521,
                    "description": "TOS DB 재해복구 스탠바이"}),
    "ORA-TOS-stg": ("database", DBA, "DC", "S", ["ptkstgdb01"], [],
                    {"engine": "oracle", "version": "19.24", "port": 1521, "description": "TOS DB 검증계"}),
    "PG-TAS-stg": ("database", DBA, "DC", "S", ["ptkstgdb01"], [],
                   {"engine": "postgresql", "version": "17.0", "port": 5432, "description": "TAS DB 검증계"}),
    # caches
    "Redis-GATE": ("cache", GATE, "DC", "P", ["ptkredis01"], [],
                   {"engine": "redis", "version": "7.2.6", "port": 6379, "maxmemory_gb": 8,
                    "eviction_policy": "volatile-lru", "description": "게이트 거래 상태, 예약 조회 캐시"}),
    "Redis-YARD": ("cache", YARD, "DC", "P", ["ptkredis01"], [],
                   {"engine": "redis", "version": "7.2.6", "port": 6380, "maxmemory_gb": 16,
                    "eviction_policy": "noeviction", "description": "yard slot occupancy cache"}),
    "Redis-APP": ("cache", CLOUD, "AWS", "P", [], [],
                  {"engine": "redis", "product": "Amazon ElastiCache", "version": "7.1", "node_type": "cache.r7g.large",
                   "port": 6379, "description": "trucker app session and status cache"}),
    # queues
    "RabbitMQ-GATE": ("queue", GATE, "DC", "P", ["ptkmq01"], [],
                      {"product": "RabbitMQ", "version": "3.13.7", "port": 5672, "vm_memory_high_watermark": 0.4,
                       "description": "게이트 RFID, 레인 이벤트 큐"}),
    "RabbitMQ-EDI": ("queue", EDI, "DC", "P", ["ptkmq02"], [],
                     {"product": "RabbitMQ", "version": "3.12.14", "port": 5672, "description": "EDI 전문 큐"}),
    "kafka-tos": ("queue", DATA, "DC", "P", ["ptkkfk01", "ptkkfk02", "ptkkfk03"], [],
                  {"product": "Apache Kafka", "version": "3.7.1", "port": 9092, "brokers": 3, "partitions": 120,
                   "description": "TOS event stream (moves, gate, CDC)"}),
    "kafka-ot": ("queue", DATA, "DC", "P", ["ptkkfk04", "ptkkfk05"], [],
                 {"product": "Apache Kafka", "version": "3.7.1", "port": 9092, "brokers": 2, "partitions": 48,
                  "retention_hours": 24, "description": "OT telemetry bus (리퍼, 크레인 텔레메트리)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "f5-dc-int01": ("DC", NET, ["GateOrchestrator", "TruckAppointment", "N4-TOS", "PartnerApi", "IdentityHub"],
                    {"vendor": "F5", "model": "BIG-IP i5800", "version": "17.1.1.3", "vip": "10.40.0.50",
                     "description": "터미널 DC 내부 L4/L7"}),
    "alb-trucker-prod": ("AWS", CLOUD, ["TruckerAppApi", "VesselSchedulePortal"],
                         {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                          "dns": "alb-trucker-prod-1873.ap-northeast-2.elb.amazonaws.com",
                          "description": "트럭기사 앱, 스케줄 포털 외부 LB"}),
    "f5-dr-01": ("DR", NET, ["N4-TOS-DR"],
                 {"vendor": "F5", "model": "BIG-IP i4600", "version": "17.1.1.3", "vip": "10.48.0.50",
                  "description": "DR site L4"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "PTK-SAN01": ("DC", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "version": "Purity 6.5.8",
                                "capacity_tb": 420, "protocol": "FC", "controllers": 2, "description": "운영 DB SAN"},
                  ["ptkdb01", "ptkdb02", "ptkdb03", "ptkdb04", "ptksql01", "ptkhana01"]),
    "MinIO-GATE": ("DC", GATE, {"vendor": "MinIO", "version": "RELEASE.2024-10-13", "capacity_tb": 180,
                                "protocol": "S3", "description": "게이트 OCR 이미지 저장소"}, []),
    "MinIO-LAKE": ("DC", DATA, {"vendor": "MinIO", "version": "RELEASE.2024-10-13", "capacity_tb": 960,
                                "protocol": "S3", "description": "data lake object store (Iceberg)"}, []),
    "dr-nas-01": ("DR", INFRA, {"vendor": "NetApp", "model": "AFF C250", "version": "ONTAP 9.14.1",
                                "capacity_tb": 300, "protocol": "NFS", "description": "백업 저장소 (DR)"},
                  ["drdb01", "drapp01"]),
    "s3-ptk-archive": ("AWS", CLOUD, {"vendor": "AWS", "model": "S3 Glacier Instant Retrieval", "protocol": "S3",
                                      "description": "OCR image and EDI message archive"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "tos-app-01.ptk.local": ("DC", "P", "vm", {"role": "N4 application node 1"}),
    "tos-app-02.ptk.local": ("DC", "P", "vm", {"role": "N4 application node 2"}),
    "tos-opt-01.ptk.local": ("DC", "P", "vm", {"role": "yard and berth optimizers"}),
    "gate-app-01.ptk.local": ("DC", "P", "vm", {"role": "게이트 오케스트레이터 #1, RFID 연계"}),
    "gate-app-02.ptk.local": ("DC", "P", "vm", {"role": "게이트 오케스트레이터 #2"}),
    "tas-app-01.ptk.local": ("DC", "P", "vm", {"role": "트럭 예약 AP"}),
    "edi-app-01.ptk.local": ("DC", "P", "vm", {"role": "EDI 중계, 세관 연계 AP"}),
    "reefer-app-01.ptk.local": ("DC", "P", "vm", {"role": "리퍼 모니터링 AP"}),
    "bill-app-01.ptk.local": ("DC", "P", "vm", {"role": "과금, 청구 AP"}),
    "lake-etl-01.ptk.local": ("DC", "P", "vm", {"role": "Airflow scheduler, Spark driver"}),
    "lake-bi-01.ptk.local": ("DC", "P", "vm", {"role": "Superset BI"}),
    "lake-trino-01.ptk.local": ("DC", "P", "vm", {"role": "Trino coordinator"}),
    "k8s-w01.ptk.local": ("DC", "P", "vm", {"role": "RKE2 worker (iam, partner)"}),
    "k8s-w02.ptk.local": ("DC", "P", "vm", {"role": "RKE2 worker (iam, crane-kpi)"}),
    "k8s-w03.ptk.local": ("DC", "P", "vm", {"role": "RKE2 worker (notify, reefer, partner)"}),
    "stg-app-01.ptk.local": ("DC", "S", "vm", {"role": "검증계 공용 AP"}),
    "dev-app-01.ptk.local": ("DC", "D", "vm", {"role": "개발 공용 AP"}),
    "gate-ocr-01.ptk.local": ("DC", "P", "gpu", {"role": "게이트 OCR 추론 서버 #1"}),
    "gate-ocr-02.ptk.local": ("DC", "P", "gpu", {"role": "게이트 OCR 추론 서버 #2"}),
    "ptkdb01": ("DC", "P", "physical", {"role": "TOS DB RAC node 1", "os": "Oracle Linux 8.10"}),
    "ptkdb02": ("DC", "P", "physical", {"role": "TOS DB RAC node 2", "os": "Oracle Linux 8.10"}),
    "ptkdb03": ("DC", "P", "physical", {"role": "PostgreSQL (TAS, IAM)", "os": "Rocky Linux 9.4"}),
    "ptkdb04": ("DC", "P", "physical", {"role": "과금 DB", "os": "Oracle Linux 8.10"}),
    "ptksql01": ("DC", "P", "physical", {"role": "EDI MSSQL", "os": "Windows Server 2022"}),
    "ptkhana01": ("DC", "P", "physical", {"role": "SAP HANA", "os": "SLES for SAP 15 SP5"}),
    "ptksap01": ("DC", "P", "vm", {"role": "SAP S/4HANA application server", "os": "SLES for SAP 15 SP5"}),
    "ptkmq01": ("DC", "P", "vm", {"role": "RabbitMQ (gate)"}),
    "ptkmq02": ("DC", "P", "vm", {"role": "RabbitMQ (EDI)"}),
    "ptkkfk01": ("DC", "P", "vm", {"role": "kafka-tos broker 1"}),
    "ptkkfk02": ("DC", "P", "vm", {"role": "kafka-tos broker 2"}),
    "ptkkfk03": ("DC", "P", "vm", {"role": "kafka-tos broker 3"}),
    "ptkkfk04": ("DC", "P", "vm", {"role": "kafka-ot broker 1"}),
    "ptkkfk05": ("DC", "P", "vm", {"role": "kafka-ot broker 2"}),
    "ptkredis01": ("DC", "P", "vm", {"role": "Redis (gate, yard)"}),
    "ptkinflux01": ("DC", "P", "vm", {"role": "InfluxDB (reefer)"}),
    "ptkstgdb01": ("DC", "S", "vm", {"role": "검증계 DB (Oracle, PostgreSQL)"}),
    "ptktos00": ("DC", "P", "physical", {"role": "구 TOS 서버 (CITOS, 2024년 N4 전환으로 퇴역)", "os": "AIX 7.1"}),
    # quay OT room
    "ptkotgw01": ("QY", "P", "physical", {"role": "크레인 OT 게이트웨이 서버", "os": "Windows Server 2022"}),
    "STS-07": ("QY", "P", "crane", {"crane_type": "STS", "vendor": "ZPMC", "berth": "B1", "lift_capacity_t": 65,
                                    "outreach_rows": 24}),
    "STS-08": ("QY", "P", "crane", {"crane_type": "STS", "vendor": "ZPMC", "berth": "B1", "lift_capacity_t": 65,
                                    "outreach_rows": 24}),
    "STS-09": ("QY", "P", "crane", {"crane_type": "STS", "vendor": "Doosan", "berth": "B2", "lift_capacity_t": 61,
                                    "outreach_rows": 22}),
    "STS-10": ("QY", "P", "crane", {"crane_type": "STS", "vendor": "Doosan", "berth": "B2", "lift_capacity_t": 61,
                                    "outreach_rows": 22}),
    "RTG-21": ("QY", "P", "crane", {"crane_type": "RTG", "vendor": "Konecranes", "yard_block": "3A",
                                    "lift_capacity_t": 41, "stack_height": 6}),
    "RTG-22": ("QY", "P", "crane", {"crane_type": "RTG", "vendor": "Konecranes", "yard_block": "3B",
                                    "lift_capacity_t": 41, "stack_height": 6}),
    "RTG-23": ("QY", "P", "crane", {"crane_type": "RTG", "vendor": "Kalmar", "yard_block": "4A",
                                    "lift_capacity_t": 40, "stack_height": 5}),
    "RTG-24": ("QY", "P", "crane", {"crane_type": "RTG", "vendor": "Kalmar", "yard_block": "4B",
                                    "lift_capacity_t": 40, "stack_height": 5}),
    # network gear
    "fw-edge-01": ("DC", "P", "network", {"device": "firewall", "vendor": "Palo Alto Networks", "model": "PA-5430",
                                         "firmware": "PAN-OS 11.1.4", "ha": "active-passive", "zone": "internet/VAN edge"}),
    "fw-ot-01": ("QY", "P", "network", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 600F",
                                       "firmware": "FortiOS 7.4.5", "ha": "active-passive", "zone": "IT/OT boundary"}),
    "quay-ot-sw01": ("QY", "P", "network", {"device": "switch", "vendor": "Hirschmann", "model": "DRAGON MACH4500",
                                           "firmware": "HiOS 09.1.02", "topology": "MRP ring", "ports": 48}),
    "dc-core-sw01": ("DC", "P", "network", {"device": "switch", "vendor": "Arista", "model": "7280R3",
                                           "firmware": "EOS 4.31.2F"}),
    "vpn-gw-01": ("DC", "P", "network", {"device": "vpn", "vendor": "Fortinet", "model": "FortiGate 400F",
                                        "firmware": "FortiOS 7.4.5", "tunnels": 6,
                                        "description": "site-to-site VPN to AWS VPC, partner VPN"}),
    "dr-core-sw01": ("DR", "P", "network", {"device": "switch", "vendor": "Arista", "model": "7050X3",
                                           "firmware": "EOS 4.31.2F"}),
    # DR
    "drdb01": ("DR", "P", "physical", {"role": "TOS DB standby", "os": "Oracle Linux 8.10"}),
    "drapp01": ("DR", "P", "vm", {"role": "N4 DR application node"}),
    # AWS
    "i-0a3f5c9e12b4d7781": ("AWS", "P", "ec2", {"Name": "trucker-api-prod-a", "instance_type": "m7g.xlarge",
                                                "availability_zone": "ap-northeast-2a"}),
    "i-0b71d2e4a9c3f0156": ("AWS", "P", "ec2", {"Name": "trucker-api-prod-c", "instance_type": "m7g.xlarge",
                                                "availability_zone": "ap-northeast-2c"}),
    "i-0c5e8f1a2b3d4e697": ("AWS", "P", "ec2", {"Name": "schedule-portal-prod", "instance_type": "t4g.large",
                                                "availability_zone": "ap-northeast-2a"}),
    "i-0d2a9b8c7e6f50413": ("AWS", "D", "ec2", {"Name": "app-dev-01", "instance_type": "t4g.medium",
                                                "availability_zone": "ap-northeast-2c"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-edge-01", "dc-core-sw01"),
    ("vpn-gw-01", "dc-core-sw01"),
    ("fw-ot-01", "dc-core-sw01"),
    ("quay-ot-sw01", "fw-ot-01"),
    ("dr-core-sw01", "dc-core-sw01"),
    ("ptkotgw01", "quay-ot-sw01"),
    *((c, "quay-ot-sw01") for c in ("STS-07", "STS-08", "STS-09", "STS-10", "RTG-21", "RTG-22", "RTG-23", "RTG-24")),
    *(("Heron", c) for c in ("STS-07", "STS-08", "STS-09", "STS-10", "RTG-21", "RTG-22", "RTG-23", "RTG-24")),
    ("ORA-TOS", "ORA-TOS-DR"),  # Data Guard redo shipping
]
# fmt: on
STATUS = {"ptktos00": "retired", "RTG-24": "maintenance", "Kestrel-stg": "maintenance"}
NET_PREFIX = {"DC": "10.40", "QY": "192.168.50", "DR": "10.48", "AWS": "172.31"}
CRANES = ["STS-07", "STS-08", "STS-09", "STS-10", "RTG-21", "RTG-22", "RTG-23", "RTG-24"]
MEASURED_HOSTS = {
    "tos-app-01.ptk.local",
    "tos-app-02.ptk.local",
    "tos-opt-01.ptk.local",
    "gate-app-01.ptk.local",
    "gate-app-02.ptk.local",
    "tas-app-01.ptk.local",
    "edi-app-01.ptk.local",
    "bill-app-01.ptk.local",
    "lake-etl-01.ptk.local",
    "lake-bi-01.ptk.local",
    "k8s-w02.ptk.local",
    "gate-ocr-01.ptk.local",
    "gate-ocr-02.ptk.local",
    "ptkdb01",
    "ptkdb02",
    "ptkdb03",
    "ptkdb04",
    "ptksql01",
    "ptkmq01",
    "ptkkfk04",
    "ptkredis01",
    "ptkotgw01",
    "i-0a3f5c9e12b4d7781",
    "i-0b71d2e4a9c3f0156",
    "STS-07",
    "STS-09",
    "RTG-21",
    "RTG-23",
    "fw-edge-01",
    "fw-ot-01",
    "quay-ot-sw01",
    "vpn-gw-01",
}
DISK_WATCHED = {
    "tos-app-01.ptk.local",
    "ptkdb01",
    "ptkdb02",
    "ptkdb03",
    "ptkdb04",
    "ptksql01",
    "gate-ocr-01.ptk.local",
    "gate-ocr-02.ptk.local",
    "lake-etl-01.ptk.local",
    "ptkmq01",
}
NOT_MEASURED = {
    "ORA-TOS-DR",
    "N4-TOS-DR",
    "f5-dr-01",
    "s3-ptk-archive",
    "MinIO-GATE",
    "Cormorant",
    "PartnerApi",
}
REQUEST_RATE = {
    "N4-TOS": 540.0,
    "GateOrchestrator": 46.0,
    "GateOcrService": 120.0,
    "GateRfidService": 180.0,
    "TruckAppointment": 95.0,
    "TruckerAppApi": 410.0,
    "VesselSchedulePortal": 65.0,
    "Albatross": 8.0,
    "EdiHub": 30.0,
    "Kestrel": 800.0,
    "Osprey": 1500.0,
    "ORA-TOS": 2600.0,
    "PG-TAS": 700.0,
    "RabbitMQ-GATE": 650.0,
    "kafka-tos": 3200.0,
    "kafka-ot": 4100.0,
    "Redis-GATE": 2400.0,
    "f5-dc-int01": 1900.0,
    "alb-trucker-prod": 520.0,
}
QUEUE_MEMORY = {"RabbitMQ-GATE": (34.0, 9.0), "Redis-GATE": (46.0, 8.0), "Redis-YARD": (62.0, 2.0)}
PAAS_CPU = {"PG-PORTAL", "Redis-APP"}


def measured(ci: dict) -> bool:
    if ci["status"] == "retired" or ci["environment"] != "prod" or ci["name"] in NOT_MEASURED:
        return False
    return ci["type"] != "host" or ci["name"] in MEASURED_HOSTS


INCIDENTS = [
    {
        "id": "P1",
        "kind": "queue_memory_alarm",
        "root": "RabbitMQ-GATE",
        "description": "the RabbitMQ 3.13 upgrade of RabbitMQ-GATE dropped the lazy-queue policy of the lane event"
        " queues; at the Thursday morning gate peak the broker reaches its memory high watermark and blocks"
        " publishers: GateRfidService times out publishing tag reads and GateOrchestrator's lanes slow down until"
        " the policy is restored and the backlog drained",
        "start": kst(5, 8, 50),
        "end": kst(5, 9, 45),
        "affected": ["RabbitMQ-GATE", "GateRfidService", "GateOrchestrator"],
    },
    {
        "id": "P2",
        "kind": "storage_controller_failover",
        "root": "PTK-SAN01",
        "description": "the SAN PTK-SAN01 fails over from controller CT1 to CT0 (a known Purity 6.5.7 bug"
        " during a background garbage collection) and write latency spikes for over an hour: the databases on"
        " the attached hosts (ORA-TOS, MSSQL-EDI, PG-TAS) slow, N4-TOS night vessel work, EdiHub and"
        " TruckAppointment follow until the array is stabilised",
        "start": kst(6, 2, 15),
        "end": kst(6, 3, 35),
        "affected": ["PTK-SAN01"],
    },
    {
        "id": "P3",
        "kind": "network_broadcast_storm",
        "root": "quay-ot-sw01",
        "description": "during RTG-23 maintenance a technician cables a second uplink into the quay ring switch"
        " quay-ot-sw01 outside the MRP ring: a broadcast storm, the crane PLC gateways lose packets, Heron's"
        " OPC UA sessions time out, N4-TOS crane job instructions and the crane KPI board error until the port is"
        " shut",
        "start": kst(7, 14, 5),
        "end": kst(7, 15, 20),
        "affected": ["quay-ot-sw01", "Heron", "N4-TOS", "CraneKpiBoard"],
    },
    {
        "id": "P4",
        "kind": "external_load_on_shared_db",
        "root": "Osprey",
        "description": "after a TOS schema change the lake ingestion Osprey starts a full re-snapshot of the TOS"
        " schema straight off ORA-TOS (it normally reads CDC from kafka-tos, so the CMDB has no relation) at the"
        " Monday gate peak: full scans saturate ORA-TOS; N4-TOS, BerthPlanner, YardPlanner, GateOrchestrator and"
        " BillingEngine slow until the snapshot is killed at 09:15",
        "start": kst(9, 7, 30),
        "end": kst(9, 9, 20),
        "affected": ["Osprey"],
    },
    {
        "id": "P5",
        "kind": "bad_deployment",
        "root": "GateOcrService",
        "description": "GateOcrService's OCR model ocr-4.2 (deployed at 19:10) needs more GPU memory than the T4s"
        " have: inference fails with CUDA out of memory, container number recognition fails and GateOrchestrator"
        " falls back to manual lane checks until the model is rolled back to ocr-4.1",
        "start": kst(9, 19, 20),
        "end": kst(9, 20, 5),
        "affected": ["GateOcrService", "GateOrchestrator"],
    },
    {
        "id": "P6",
        "kind": "queue_disk_full",
        "root": "kafka-ot",
        "description": "kafka-ot's log retention was raised from 24 h to 168 h at 18:00 for a reefer analytics"
        " backfill; by 22:40 the broker log directories are full and produce requests fail: Kestrel's reefer"
        " readings go stale, ReeferAlarmNotifier sends no alarms, the crane KPI board and Osprey lag until the"
        " retention is reverted and old segments deleted",
        "start": kst(10, 22, 40),
        "end": kst(10, 23, 55),
        "affected": ["kafka-ot", "Kestrel", "CraneKpiBoard", "Osprey", "ReeferAlarmNotifier"],
    },
    {
        "id": "P7",
        "kind": "certificate_expired",
        "root": "Albatross",
        "description": "the client certificate of Albatross' KL-Net VAN session expires at 10:18: the customs"
        " release (반출승인) messages stop, GateOrchestrator's customs check times out and import pickups are held"
        " at the gate until a renewed certificate is installed",
        "start": kst(11, 10, 20),
        "end": kst(11, 11, 5),
        "affected": ["Albatross", "GateOrchestrator"],
    },
    {
        "id": "P8",
        "kind": "db_lock_pileup",
        "root": "PG-TAS",
        "description": "a manual data fix on PG-TAS's slot table (an UPDATE run from a DBA session at 15:45) is"
        " left idle in transaction holding row locks; booking sessions pile up towards max_connections:"
        " TruckAppointment bookings time out, the truckers' app and the gate's appointment check fail and slow"
        " (ongoing)",
        "start": kst(12, 15, 50),
        "end": None,
        "affected": ["PG-TAS", "TruckAppointment", "TruckerAppApi", "GateOrchestrator"],
    },
]
P1, P2, P3, P4, P5, P6, P7, P8 = INCIDENTS
STEP_5 = timedelta(minutes=5)
KAFKA_FILL_FROM = kst(10, 18, 0)  # the retention change


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
    """Each incident's hops: the DEPENDS_ON distance of each affected CI from the root (walking to dependants)."""
    into: dict[str, set[str]] = {}
    for s, t, k in RELATIONS:
        if k == "DEPENDS_ON":
            into.setdefault(t, set()).add(s)
    for inc in INCIDENTS:
        dist, todo = {inc["root"]: 0}, deque([inc["root"]])
        while todo:
            n = todo.popleft()
            for m in sorted(into.get(n, ())):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    todo.append(m)
        assert all(a in dist for a in inc["affected"]), inc["id"]
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


_hops()
# the SAN reaches the databases through their hosts (CONNECTS_TO, RUNS_ON), then their callers
P2["hops"] |= {
    "ORA-TOS": 1,
    "MSSQL-EDI": 1,
    "PG-TAS": 1,
    "N4-TOS": 2,
    "EdiHub": 2,
    "TruckAppointment": 2,
}
# the snapshot loads ORA-TOS without any relation; its callers follow
P4["hops"] |= {
    "ORA-TOS": 1,
    "N4-TOS": 2,
    "BerthPlanner": 2,
    "YardPlanner": 3,
    "GateOrchestrator": 3,
    "BillingEngine": 3,
}
# the crane gateways hang off the storming switch
P3["hops"] |= {c: 1 for c in ("STS-07", "STS-09", "RTG-21", "RTG-23")}


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
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        octets = f"{env_net + 12 + i // 10}.{31 + (i * 13) % 190}"
        ip = f"{NET_PREFIX[site]}.{31 + (i * 7) % 200}" if site == "QY" else f"{NET_PREFIX[site]}.{octets}"
        attrs: dict = {"ip": ip}
        owner = INFRA
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.4", "Ubuntu 22.04"]),
                "vcpu": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 8.0U3" if site == "DC" else "VMware vSphere 7.0U3",
                "fqdn": h if h.endswith(".ptk.local") else f"{h}.ptk.local",
            }
        elif kind in ("physical", "gpu"):
            db = h.startswith(("ptkdb", "ptksql", "ptkhana", "drdb"))
            attrs |= {
                "form": "physical",
                "cores": rng.choice([48, 64]) if db else rng.choice([16, 24, 32]),
                "memory_gb": rng.choice([512, 768]) if db else rng.choice([64, 128, 256]),
                "model": rng.choice(["Dell PowerEdge R760", "HPE ProLiant DL380 Gen11", "Lenovo SR650 V3"]),
                "serial": f"{rng.choice(['CZ', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}",
            }
            if kind == "gpu":
                attrs |= {"os": "Ubuntu 22.04", "gpu": "NVIDIA T4 x4", "cuda": "12.4"}
        elif kind == "crane":
            owner = CRANE
            attrs |= {
                "form": "crane-plc-gateway",
                "plc": "Siemens S7-1500" if extra["crane_type"] == "STS" else "Rockwell ControlLogix 5580",
                "os": "Siemens IOT2050 Industrial OS 1.5",
                "crane": h,
                "remote_ops": extra["crane_type"] == "RTG",
            }
        elif kind == "ec2":
            owner = CLOUD
            attrs |= {
                "form": "ec2",
                "os": "Amazon Linux 2023",
                "vpc": "vpc-0ptk7prod" if env == "P" else "vpc-0ptk7dev",
            }
        else:
            owner = NET
            attrs |= {"form": extra["device"]}
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _day(ts: datetime) -> int:
    """The weekday in Seoul (0 = Monday)."""
    return (ts + timedelta(hours=9)).weekday()


def _gate(ts: datetime) -> float:
    """Truck gate traffic: weekdays peak around 10:00 and 15:30 and stay busy into the evening, little
    between 01:00 and 05:00; a Saturday morning; a quiet Sunday."""
    h, day = seoul_hour(ts), _day(ts)
    if day == 6:
        return 0.1
    if 1.0 <= h < 5.0:
        return 0.08
    if day == 5:
        return 0.12 + 0.45 * math.exp(-((h - 10.5) ** 2) / (2 * 2.0**2))
    morning = 0.6 * math.exp(-((h - 10.0) ** 2) / (2 * 1.3**2))
    afternoon = 0.78 * math.exp(-((h - 15.5) ** 2) / (2 * 1.6**2))
    return min(1.0, 0.15 + morning + afternoon)


# berth: (arrival, departure) as (KST day, hour)
VESSEL_CALLS = {
    "B1": [
        ((4, 10), (5, 8)),
        ((5, 14), (6, 20)),
        ((7, 6), (8, 4)),
        ((9, 2), (10, 1)),
        ((10, 9), (11, 12)),
        ((12, 5), (13, 10)),
    ],
    "B2": [((4, 18), (6, 2)), ((6, 8), (7, 3)), ((8, 12), (9, 16)), ((10, 6), (11, 2)), ((11, 15), (12, 20))],
    "B3": [
        ((4, 6), (4, 23)),
        ((5, 11), (6, 6)),
        ((6, 16), (7, 22)),
        ((9, 6), (10, 4)),
        ((11, 3), (12, 2)),
        ((12, 9), (13, 6)),
    ],
    "B4": [((5, 2), (5, 20)), ((7, 10), (8, 18)), ((9, 14), (10, 18)), ((11, 8), (12, 9))],
}


def _vessels(ts: datetime) -> int:
    return sum(kst(a[0], a[1]) <= ts < kst(d[0], d[1]) for calls in VESSEL_CALLS.values() for a, d in calls)


def _quay(ts: datetime) -> float:
    """Quay and yard work: the vessels at berth (four berths), with the 07:00 and 19:00 shift-change lulls."""
    h = seoul_hour(ts)
    load = 0.15 + 0.2 * _vessels(ts)
    if 6.75 <= h < 7.25 or 18.75 <= h < 19.25:
        load *= 0.45
    return min(1.0, load)


def _office(ts: datetime) -> float:
    h = seoul_hour(ts)
    if _day(ts) >= 5:
        return 0.1
    return 0.08 if h < 7.5 or h >= 20 else 0.2 + 0.7 * math.exp(-((h - 14.0) ** 2) / (2 * 2.8**2))


def _billing(ts: datetime) -> float:
    """The nightly invoice run 22:00–23:30, office hours otherwise."""
    h = seoul_hour(ts)
    return 0.9 if 22.0 <= h < 23.5 else 0.6 * _office(ts)


def _reefer(ts: datetime) -> float:
    """Reefer compressors work harder in the afternoon heat."""
    return 0.55 + 0.25 * math.cos((seoul_hour(ts) - 14.5) / 24 * 2 * math.pi)


def _lake(ts: datetime) -> float:
    """CDC all day, the nightly compaction 01:00–02:30."""
    h = seoul_hour(ts)
    return 0.85 if 1.0 <= h < 2.5 else 0.3 + 0.2 * _quay(ts)


def _steady(ts: datetime) -> float:
    return 0.5


GATE_LOAD = {
    "GateOrchestrator",
    "GateOcrService",
    "GateRfidService",
    "TruckAppointment",
    "TruckerAppApi",
    "Albatross",
    "RabbitMQ-GATE",
    "Redis-GATE",
    "Redis-APP",
    "PG-TAS",
    "ptkdb03",
    "ptkmq01",
    "gate-app-01.ptk.local",
    "gate-app-02.ptk.local",
    "gate-ocr-01.ptk.local",
    "gate-ocr-02.ptk.local",
    "tas-app-01.ptk.local",
    "i-0a3f5c9e12b4d7781",
    "i-0b71d2e4a9c3f0156",
    "alb-trucker-prod",
    "f5-dc-int01",
    "fw-edge-01",
    "vpn-gw-01",
    "IdentityHub",
    "PG-IAM",
    "NotificationHub",
    "ptkredis01",
}
QUAY_LOAD = {
    "N4-TOS",
    "Heron",
    "CraneKpiBoard",
    "YardPlanner",
    "BerthPlanner",
    "ORA-TOS",
    "ptkdb01",
    "ptkdb02",
    "tos-app-01.ptk.local",
    "tos-app-02.ptk.local",
    "tos-opt-01.ptk.local",
    "ptkotgw01",
    "quay-ot-sw01",
    "fw-ot-01",
    "kafka-tos",
    "Redis-YARD",
    "EdiHub",
    "MSSQL-EDI",
    "RabbitMQ-EDI",
    "edi-app-01.ptk.local",
    "ptksql01",
    "k8s-w02.ptk.local",
    *CRANES,
}
OFFICE_LOAD = {
    "VesselSchedulePortal",
    "PG-PORTAL",
    "SAP-S4",
    "HANA-ERP",
    "Trino-LAKE",
    "lake-bi-01.ptk.local",
}
BILLING_LOAD = {"BillingEngine", "InvoiceService", "ORA-BILL", "ptkdb04", "bill-app-01.ptk.local"}
REEFER_LOAD = {"Kestrel", "ReeferAlarmNotifier", "Influx-REEFER", "kafka-ot", "ptkkfk04"}
LAKE_LOAD = {"Osprey", "lake-etl-01.ptk.local", "MinIO-LAKE"}


def _load(name: str):
    for names, curve in (
        (GATE_LOAD, _gate),
        (QUAY_LOAD, _quay),
        (OFFICE_LOAD, _office),
        (BILLING_LOAD, _billing),
        (REEFER_LOAD, _reefer),
        (LAKE_LOAD, _lake),
    ):
        if name in names:
            return curve
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "P1": {0: (5.0, 3.0), 1: (4.5, 21.0), 2: (2.2, 6.5)},
    "P2": {1: (9.0, 1.2), 2: (3.0, 4.5)},
    "P3": {1: (3.5, 42.0), 2: (0.7, 6.0)},
    "P4": {0: (0.2, 0.0), 1: (8.0, 0.6), 2: (3.5, 1.8), 3: (1.8, 1.1)},
    "P5": {0: (2.5, 64.0), 1: (1.7, 8.5)},
    "P6": {0: (11.0, 38.0), 1: (2.0, 19.0), 2: (0.5, 14.0)},
    "P7": {0: (4.0, 88.0), 1: (0.9, 9.5)},
    "P8": {0: (17.0, 4.0), 1: (9.0, 24.0), 2: (2.2, 7.5)},
}

HOST = HostBaseline(cpu=(0.5, 0.7, 1.0), memory=(5, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.85, 0.3, 0.05), requests=(0.15, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    kind = HOSTS[name][2]
    if kind == "network":
        return _network_metrics(rng, name, times)
    if kind == "crane":
        return _crane_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 34), rng.uniform(35, 62), rng.uniform(24, 60)
    growth = rng.uniform(0, 0.3)
    if name in {"ptkdb01", "ptkdb02"}:
        cpu0, mem0 = rng.uniform(30, 38), rng.uniform(72, 77)
    if name == "lake-etl-01.ptk.local":
        disk0, growth = rng.uniform(52, 55), 0.4
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in {"ptkdb01", "ptkdb02"}:  # the snapshot's full scans over the Monday gate peak
            cpu += (52 if name == "ptkdb01" else 44) * ramp(
                ts, P4["start"] + STEP_5, P4["end"], rise=20, fall=15
            )
            cpu += 9 * ramp(ts, P2["start"], P2["end"], rise=10, fall=10)  # iowait
        if name == "lake-etl-01.ptk.local":
            cpu += (88.0 + rng.gauss(0, 1.0) - cpu) * ramp(
                ts, P4["start"] - STEP_5, P4["end"], rise=10, fall=10
            )
        if name == "ptkdb03":
            cpu += 24 * ramp(ts, P8["start"] + STEP_5, None, rise=25)
            cpu += 8 * ramp(ts, P2["start"], P2["end"], rise=10, fall=10)
        if name == "ptkmq01":
            mem += 27 * ramp(ts, P1["start"] - STEP_5, P1["end"], rise=20, fall=15)
        if name in {"gate-ocr-01.ptk.local", "gate-ocr-02.ptk.local"}:
            mem += 31 * ramp(ts, P5["start"] - STEP_5, P5["end"], rise=10, fall=10)
        if name == "lake-bi-01.ptk.local":  # the BI board's monthly report, Saturday morning
            cpu += 55 * ramp(ts, kst(7, 9, 30), kst(7, 11, 10), rise=10, fall=10)
        if name == "bill-app-01.ptk.local":
            cpu += 8 * ramp(ts, P4["start"] + 3 * STEP_5, P4["end"], rise=15, fall=15)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.4), 1)))
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, latency (response_time_ms) and packet loss (error_rate)."""
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = rng.uniform(0.3, 1.6)
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.06))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "quay-ot-sw01":
            r = ramp(ts, P3["start"], P3["end"], rise=5, fall=10)
            cpu += (98.0 + rng.gauss(0, 0.6) - cpu) * r
            rtt *= 1 + 40 * r
            loss += 17.0 * r
        if name == "vpn-gw-01":
            rtt *= 1 + 0.08 * load(ts)
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2),
            error_rate=round(loss, 2),
        )
    return rows


def _crane_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Crane PLC gateways: CPU, PLC poll round trip (response_time_ms) and failed polls (error_rate)."""
    rows = []
    cpu0 = rng.uniform(14, 26)
    rtt0 = rng.uniform(18, 35)
    for ts in times:
        d = _quay(ts)
        cpu = cpu0 * (0.5 + 0.9 * d) + rng.gauss(0, 0.9)
        rtt = rtt0 * (0.9 + 0.3 * d) * (1 + rng.gauss(0, 0.05))
        err = max(0.0, rng.gauss(0.05, 0.02))
        for inc, _, r in incident_hits(INCIDENTS, name, ts):
            if inc["id"] == "P3":
                rtt *= 1 + 6 * r
                err += 23.0 * r * (1 + rng.gauss(0, 0.05))
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 1),
            error_rate=round(err, 2),
        )
    return rows


def _dr_nas(rng: random.Random, ts: datetime) -> float:
    """dr-nas-01: the RMAN backups of the TOS standby grow it about 0.7 points a day."""
    return 78.4 + 5.6 * progress(ts, START, NOW) + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    filling = {"dr-nas-01": _dr_nas}.get(name)
    rows = [
        (t, c, m, round(v, 1))
        for t, c, m, v in storage_fill(rng, name, times, START, (38, 66), 0.12, filling)
    ]
    if name == "PTK-SAN01":  # array latency (ms): sub-millisecond, the failover's write latency spikes
        for ts in times:
            lat = 0.45 * (0.9 + 0.3 * _quay(ts)) * (1 + rng.gauss(0, 0.06))
            r = ramp(ts, P2["start"], P2["end"], rise=5, fall=10)
            lat += r * (38.0 + rng.gauss(0, 3.0))
            rows.append((ts, name, "response_time_ms", round(lat, 2)))
    return rows


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 15),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(3, 12),
        "load_balancer": rng.uniform(2, 10),
    }.get(kind, rng.uniform(40, 260))
    rt0 = {
        "N4-TOS": 120.0,
        "GateOrchestrator": 380.0,
        "GateOcrService": 210.0,
        "TruckAppointment": 140.0,
        "PG-TAS": 4.0,
        "Osprey": 900.0,
        "Albatross": 450.0,
    }.get(name, rt0)
    levels = rt0, rng.uniform(0.02, 0.4), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(20, 38)
    mem0, mem_swing = QUEUE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            if inc["id"] == "P4" and hop == 0:
                req *= 1 + 5.5 * r  # the snapshot's read rate
                continue
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 1 if req < 100 else 0)
        if name in QUEUE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "RabbitMQ-GATE":
                mem += (97.5 + rng.gauss(0, 0.3) - mem) * ramp(
                    ts, P1["start"] - STEP_5, P1["end"], rise=15, fall=10
                )
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _daily_jobs() -> list[tuple]:
    """The lake's nightly compaction and the nightly invoice run, every day of the window."""
    rows = []
    for day in range(5, 13):
        rows.append((day, 1, 0, "Osprey", "info", "batch_job", "Nightly Iceberg compaction started"))
        rows.append((day, 2, 28, "Osprey", "info", "batch_job", "Nightly Iceberg compaction done"))
    for day in range(4, 12):
        rows.append((day, 22, 0, "BillingEngine", "info", "batch_job", "Nightly invoice run started"))
        rows.append((day, 23, 31, "BillingEngine", "info", "batch_job", "Nightly invoice run done"))
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (4, 18, 0, "dr-nas-01", "warning", "threshold_breach", "disk_usage above 78% (RMAN retention 14 days)"),
    (5, 8, 20, "VesselSchedulePortal", "info", "deployment", "Deployed VesselSchedulePortal 2.11.0 (ETA 변경 알림)"),
    (5, 3, 0, "ORA-TOS", "info", "backup", "RMAN level 1 backup of ORA-TOS to dr-nas-01 done"),
    (6, 11, 0, "EdiHub", "info", "config_change", "New partner mapping added: COPRAR for HMM (v2.1)"),
    (7, 9, 30, "Cormorant", "info", "batch_job", "Monthly berth productivity report started (10월)"),
    (7, 11, 5, "Cormorant", "info", "batch_job", "Monthly berth productivity report done"),
    (7, 13, 30, "RTG-24", "info", "maintenance", "RTG-24 spreader 교체 작업 시작 (계획 정비)"),
    (8, 3, 0, "ORA-TOS", "info", "backup", "RMAN level 0 backup of ORA-TOS to dr-nas-01 done (14 TB)"),
    (8, 10, 0, "IdentityHub", "info", "config_change", "Password policy for trucker realm updated (90 days)"),
    (9, 9, 0, "dr-nas-01", "warning", "threshold_breach", "disk_usage above 80%"),
    (10, 14, 0, "N4-TOS-stg", "info", "deployment", "Deployed N4 4.0.1 to staging (upgrade rehearsal #3)"),
    (11, 16, 0, "YardPlanner", "info", "config_change", "Reefer stack rule: max tier 4 in block 5C"),
    (12, 9, 0, "dr-nas-01", "warning", "threshold_breach", "disk_usage above 83%"),
    # P1
    (4, 21, 0, "RabbitMQ-GATE", "info", "upgrade", "RabbitMQ upgraded 3.12.14 -> 3.13.7 (rolling)"),
    (5, 8, 48, "RabbitMQ-GATE", "warning", "threshold_breach", "memory_usage above 90% of high watermark, queue gate.lane.events 1.2 M messages"),
    (5, 8, 52, "RabbitMQ-GATE", "critical", "memory_alarm", "memory high watermark reached on rabbit@ptkmq01: publishers blocked"),
    (5, 8, 57, "GateRfidService", "major", "timeout", "timeouts calling RabbitMQ-GATE (publish confirm 10 s), RFID reads dropped"),
    (5, 9, 4, "GateOrchestrator", "major", "timeout", "게이트 처리 지연: lane transaction 95p 14 s (RFID 응답 없음)"),
    (5, 9, 30, "RabbitMQ-GATE", "info", "config_change", "Policy lazy-lanes re-applied (queue-mode lazy), backlog draining"),
    (5, 9, 48, "RabbitMQ-GATE", "info", "recovery", "memory alarm cleared, publishers unblocked"),
    # P2
    (6, 2, 14, "PTK-SAN01", "critical", "failover", "controller CT1 failed over to CT0 (Purity 6.5.7 GC bug)"),
    (6, 2, 17, "PTK-SAN01", "major", "storage_latency", "write latency 41 ms (normal < 1 ms) on all volumes"),
    (6, 2, 22, "ORA-TOS", "major", "slow_query", "log file sync 380 ms average, commits slow"),
    (6, 2, 23, "PG-TAS", "warning", "slow_query", "WAL fsync slow (120 ms), checkpoints delayed"),
    (6, 2, 24, "MSSQL-EDI", "warning", "slow_query", "WRITELOG waits high (I/O on data volume)"),
    (6, 2, 31, "N4-TOS", "major", "timeout", "본선 작업 지연: timeouts calling ORA-TOS (vessel job list)"),
    (6, 2, 33, "EdiHub", "warning", "timeout", "timeouts calling MSSQL-EDI, BAPLIE processing delayed"),
    (6, 3, 20, "PTK-SAN01", "info", "config_change", "Purity 6.5.8 hotfix applied by vendor support"),
    (6, 3, 38, "PTK-SAN01", "info", "recovery", "write latency back under 1 ms"),
    # P3
    (7, 13, 55, "RTG-23", "info", "maintenance", "RTG-23 통신 모듈 점검 (crane-ot 현장 작업)"),
    (7, 14, 6, "quay-ot-sw01", "critical", "broadcast_storm", "broadcast storm on ring ports 1/1-1/2, MRP ring open"),
    (7, 14, 9, "STS-07", "major", "link_down", "PLC gateway link flapping (packet loss 24%)"),
    (7, 14, 12, "Heron", "critical", "timeout", "OPC UA sessions to 6 cranes timed out: timeouts calling quay-ot-sw01 segment"),
    (7, 14, 18, "N4-TOS", "major", "error", "crane job instructions failing (Heron not responding)"),
    (7, 14, 25, "CraneKpiBoard", "warning", "error", "크레인 생산성 데이터 수집 중단 (Heron)"),
    (7, 15, 12, "quay-ot-sw01", "info", "config_change", "port 1/7 shut (loop cable found at RTG-23 cabinet)"),
    (7, 15, 24, "Heron", "info", "recovery", "all crane sessions restored"),
    # P4
    (9, 7, 20, "Osprey", "info", "batch_job", "schema change detected on TOS.INV_UNIT: full re-snapshot started (bypassing CDC)"),
    (9, 7, 38, "ORA-TOS", "major", "slow_query", "full table scans on INV_UNIT, INV_MOVE_EVENT by session OSPREY_SNAP (Osprey), db file scattered read"),
    (9, 7, 50, "N4-TOS", "major", "timeout", "timeouts calling ORA-TOS (JDBC pool wait 20 s)"),
    (9, 7, 55, "BerthPlanner", "warning", "timeout", "timeouts calling ORA-TOS, plan refresh skipped"),
    (9, 8, 5, "GateOrchestrator", "major", "threshold_breach", "게이트 처리시간 임계 초과 (response_time_ms above 1500 ms)"),
    (9, 8, 12, "ptkdb01", "major", "threshold_breach", "cpu_usage above 90% for 15 min"),
    (9, 8, 30, "YardPlanner", "warning", "timeout", "timeouts calling N4-TOS (yard inventory)"),
    (9, 9, 15, "Osprey", "info", "batch_job", "snapshot job killed by operator; CDC resumed"),
    (9, 9, 25, "ORA-TOS", "info", "recovery", "load back to normal"),
    # P5
    (9, 19, 10, "GateOcrService", "info", "deployment", "Deployed GateOcrService 4.1.7 with OCR model ocr-4.2"),
    (9, 19, 12, "PartnerApi", "info", "deployment", "Deployed PartnerApi 1.22.4"),
    (9, 19, 21, "GateOcrService", "critical", "error", "CUDA out of memory on gate-ocr-01/02: recognition failing"),
    (9, 19, 27, "GateOrchestrator", "major", "error", "OCR 인식 실패, 수동 확인 전환 (lanes 3-9)"),
    (9, 19, 58, "GateOcrService", "info", "rollback", "Rolled back to OCR model ocr-4.1"),
    (9, 20, 8, "GateOcrService", "info", "recovery", "recognition rate back to 99.2%"),
    # P6
    (10, 18, 0, "kafka-ot", "info", "config_change", "retention.ms on reefer.* and crane.* 24 h -> 168 h (analytics backfill)"),
    (10, 21, 50, "kafka-ot", "warning", "threshold_breach", "log dir /data/kafka 90% on ptkkfk04"),
    (10, 22, 41, "kafka-ot", "critical", "disk_full", "log dirs full on both brokers, produce requests failing (KafkaStorageException)"),
    (10, 22, 46, "Kestrel", "major", "timeout", "timeouts calling kafka-ot, reefer readings stale"),
    (10, 22, 50, "Osprey", "warning", "timeout", "reefer ingest lagging: timeouts calling kafka-ot"),
    (10, 22, 55, "CraneKpiBoard", "warning", "error", "telemetry consumer stopped (kafka-ot)"),
    (10, 23, 40, "kafka-ot", "info", "config_change", "retention reverted to 24 h, segments deleted"),
    (10, 23, 58, "kafka-ot", "info", "recovery", "brokers accepting writes, consumers caught up"),
    # P7
    (11, 10, 18, "Albatross", "critical", "cert_expired", "KL-Net VAN client certificate expired: session rejected (handshake failure)"),
    (11, 10, 25, "GateOrchestrator", "major", "timeout", "세관 반출승인 조회 timeouts calling Albatross, 수입 반출 보류"),
    (11, 10, 35, "Albatross", "major", "error", "CUSREL (반출승인) 전문 미수신 62건"),
    (11, 10, 58, "Albatross", "info", "cert_change", "renewed KL-Net certificate installed"),
    (11, 11, 8, "Albatross", "info", "recovery", "VAN session up, backlog of release messages received"),
    # P8
    (12, 15, 35, "TruckerAppApi", "info", "deployment", "Deployed TruckerAppApi 3.7.2 (게이트 대기열 화면)"),
    (12, 15, 45, "PG-TAS", "info", "maintenance", "manual data fix on slot_booking (ticket OPS-4471)"),
    (12, 15, 52, "PG-TAS", "critical", "lock_wait", "188 sessions waiting on row lock (slot_booking), idle in transaction 7 min"),
    (12, 15, 57, "TruckAppointment", "major", "timeout", "timeouts calling PG-TAS (statement timeout 5 s), bookings failing"),
    (12, 16, 4, "TruckerAppApi", "major", "error", "예약 실패 급증: 503 from TruckAppointment"),
    (12, 16, 8, "GateOrchestrator", "warning", "timeout", "appointment check timeouts calling TruckAppointment"),
    (12, 16, 20, "PG-TAS", "major", "threshold_breach", "connections 372/400"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND + _daily_jobs())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "port-terminal", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
