"""Generate the energy-grid estate (tests/fixtures/energy-grid/, interchange format) and its faults file.

A Korean regional power distribution utility's IT/OT: AMI (the smart-meter head-end `AmiHeadEnd` on Azure
VMs, the meter data management system `MeterDataHub` (MDMS) on Oracle `MDMDB_P`, the IBM MQ bus `AMI_MQ_PRD`
between them), the nightly billing-determinant batch `geomchim_jiphap`, billing (`yogeum_gyesan`,
`yogeum_johoe` 요금 조회, `yogeum_nappu` 요금 납부 via the card/PG relay `pg-relay`, Oracle `BILLDB_P`), outage
management (`oms.naju.grid.local`, 정전 신고 intake `jeongjeon_singo`), the DMS/SCADA gateway `Aquila` (ICCP,
behind the OT-DMZ firewall `NJ-B07-U22`, with the PI historian `HISTDB_P`), the grid GIS `gis-grid`, the
customer portal and app on Azure (`app-eon-portal-prd`, `app-eon-bff-prd`, 전력ON, through the internal API
gateway `Janus`), the EV charging network backend (OCPP CSMS `app-evcsms-prd` 충전소 관제, charging payment
`app-evpay-prd`, Event Hubs `evh-ocpp-prd`), the call centre (CTI `Mercurius` on the IP-PBX `NJ-A02-U10`,
`sangdam_crm`), field work orders (`field-workorder`, crew app `app-fieldcrew-prd`), the power-exchange
settlement interface `KPX_SETTLE_IF` (전력거래소), and the data lake (`datalake-ingest`, ADLS `stlakegridprd`).
Sites: the Naju HQ data centre `naju-hq-dc` (나주 본사), the DR centre `daejeon-dr` (대전) and
`azure-koreacentral`; environments prod, staging, dev.

Named unlike the other estates, and mixed: Azure resource names for cloud parts (`vm-ami-hes-prd-01`,
`sqlmi-eon-prd`, `redis-eon-prd`, `agw-eon-prd`), CamelCase (`AmiHeadEnd`, `MeterDataHub`), UPPER_SNAKE
codes (`AMI_MQ_PRD`, `BILLDB_P`, `KPX_SETTLE_IF`), romanised Korean snake_case (`yogeum_johoe`,
`jeongjeon_singo`), dash-names (`gis-grid`, `field-workorder`), one dotted FQDN (`oms.naju.grid.local`),
Latin codenames (`Aquila`, `Janus`, `Mercurius`), server asset numbers (`SV21-0301`) and network gear by rack
position (`NJ-B07-U22`). Hosts carry their OS host name as an attribute.

Seven injected incidents (times KST, now = Friday 2026-06-26 14:20; the window is the 8 days before):
  E1 Mon 22 23:55–Tue 01:30  meter-reading collection storm at 00:00: the IBM MQ queue manager AMI_MQ_PRD
                             (QM.AMI) hits max queue depth / its log disk; AmiHeadEnd rejects reads, MeterDataHub
                             starves, KPX_SETTLE_IF and yogeum_gyesan follow
  E2 Tue 23 14:10–15:05      the OT-DMZ firewall NJ-B07-U22 (HA pair) flaps after a session-table overflow:
                             Aquila loses ICCP, OMS telemetry stale, 정전 신고 and field work orders error
  E3 Wed 24 08:40–10:15      slow morning: BILLDB_P (billing Oracle) plan flip after a stats job: 요금 조회/계산/납부,
                             the portal, the app BFF and the counsellors' CRM slow
  E4 Thu 25 06:00–10:30      the billing-determinant batch geomchim_jiphap (02:00, normally done by 05:30)
                             overruns into business hours on month-end volume: MDMDB_P and BILLDB_P saturate,
                             MeterDataHub, KPX_SETTLE_IF and 요금 slow
  E5 Thu 25 19:05–20:50      app-evcsms-prd's OCPP TLS certificate renewed with an incomplete chain: chargers
                             cannot connect, charging payment (app-evpay-prd) and the app BFF fail
  E6 Fri 26 02:20–04:10      the PI historian HISTDB_P's archive volume on SV20-0412 fills: Aquila buffers,
                             datalake-ingest fails
  E7 ongoing since 13:30     sqlmi-eon-prd (portal Azure SQL MI) CPU pinned after an index-maintenance job ran
                             into the day: app-eon-portal-prd and app-eon-bff-prd slow and failing (ongoing)
plus the AMI raw-read archive NAS ST23-0210 filling past 90 %. Deterministic (seeded, gzip mtime 0); the golden
questions (bench/grid_golden.py) are computed from the files this writes.

    .venv/bin/python bench/grid_estate.py   # rewrites tests/fixtures/energy-grid*
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

NAME = "energy-grid"
NOW = datetime(2026, 6, 26, 5, 20, tzinfo=UTC)  # Friday 14:20 KST
START = NOW - timedelta(days=8)
SEED = 20260626
SITES = {"NJ": "naju-hq-dc", "DJ": "daejeon-dr", "AZ": "azure-koreacentral"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2026-06")

AMI, DIST, BILL, CH = "AMI운영팀", "배전운영팀", "요금시스템팀", "고객채널팀"
EV, CC, FIELD, MKT = "전기차충전사업팀", "고객센터IT", "현장업무팀", "전력거래정산팀"
DATA, DBA, MID, NET = "데이터플랫폼팀", "DB운영팀", "미들웨어팀", "네트워크팀"
INFRA, CLOUD, OT = "인프라운영팀", "클라우드운영팀", "OT보안팀"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    "AmiHeadEnd": ("service", AMI, "AZ", "P", ["vm-ami-hes-prd-01", "vm-ami-hes-prd-02"], ["AMI_MQ_PRD", "redis-ami-prd"],
                   {"system": "AMI 헤드엔드", "description": "스마트미터 원격검침 수집 (LTE/PLC 모뎀, DLMS/COSEM)",
                    "vendor": "LS ELECTRIC", "product": "AMI HES 4", "port": 4059, "meters": 2380000,
                    "schedule": "daily register read 00:00", "language": "java"}),
    "MeterDataHub": ("service", AMI, "NJ", "P", ["SV22-0311", "SV22-0312"], ["AMI_MQ_PRD", "MDMDB_P"],
                     {"system": "MDMS", "description": "계량 데이터 관리 (검침값 검증, 추정, 편집 VEE)",
                      "vendor": "Itron", "product": "Itron Enterprise Edition MDM 9", "port": 8443, "language": "java"}),
    "geomchim_jiphap": ("service", AMI, "NJ", "P", ["SV22-0313"], ["MDMDB_P", "BILLDB_P"],
                        {"system": "검침집계배치", "description": "월 검침 집계, 청구 결정값 산출 배치",
                         "schedule": "daily 02:00", "expected_end": "05:30", "scheduler": "Control-M 9.0.21",
                         "language": "java"}),
    "yogeum_gyesan": ("service", BILL, "NJ", "P", ["SV22-0321"], ["BILLDB_P", "MeterDataHub"],
                      {"system": "요금계산", "description": "전기요금 계산 (누진, 계절별 시간대별 요금)",
                       "was": "JEUS 8 Fix#2", "port": 8080, "language": "java"}),
    "yogeum_johoe": ("service", BILL, "NJ", "P", ["SV22-0322"], ["BILLDB_P", "billcache01"],
                     {"system": "요금조회", "description": "고객 요금 청구서, 사용량 조회 API", "was": "JEUS 8 Fix#2",
                      "port": 8081, "language": "java"}),
    "yogeum_nappu": ("service", BILL, "NJ", "P", ["SV22-0323"], ["BILLDB_P", "pg-relay"],
                     {"system": "요금납부", "description": "전기요금 카드, 계좌이체, 간편결제 납부", "port": 8082,
                      "language": "java"}),
    "pg-relay": ("service", BILL, "NJ", "P", ["SV22-0323"], [],
                 {"system": "PG연계", "description": "카드사/PG 승인 전문 중계", "port": 7010, "language": "c",
                  "pg": "KG이니시스, NICE"}),
    "oms.naju.grid.local": ("service", DIST, "NJ", "P", ["SV20-0401"], ["OMSDB_P", "Aquila", "gis-grid"],
                            {"system": "OMS", "description": "정전 관리 시스템 (정전 구간 추정, 복구 지령)",
                             "vendor": "Schneider Electric", "product": "ADMS OMS 3.9", "port": 8443}),
    "jeongjeon_singo": ("service", CH, "NJ", "P", ["SV22-0331"], ["oms.naju.grid.local", "kafka-grid-events"],
                        {"system": "정전신고", "description": "고객 정전 신고 접수 (앱, 웹, ARS 123)", "port": 8090,
                         "language": "kotlin"}),
    "Aquila": ("service", OT, "NJ", "P", ["SV20-0402"], ["NJ-B07-U22", "HISTDB_P"],
               {"system": "배전자동화 게이트웨이", "description": "DAS/SCADA 연계 게이트웨이 (ICCP TASE.2, DNP3 변환)",
                "protocol": "ICCP", "port": 102, "vendor": "Siemens", "product": "Spectrum Power 7 gateway"}),
    "gis-grid": ("service", DIST, "NJ", "P", ["SV22-0341"], ["GISDB_P"],
                 {"system": "배전GIS", "description": "배전 선로, 전주, 변압기 설비 지도", "product": "GeoServer 2.24",
                  "port": 8060}),
    "Janus": ("service", MID, "NJ", "P", ["SV22-0351"], ["yogeum_johoe", "yogeum_nappu", "jeongjeon_singo"],
              {"system": "API 게이트웨이", "description": "대외 채널(전력ON 앱/웹)에서 내부 업무로 들어오는 API 게이트웨이",
               "product": "Kong Gateway 3.6", "port": 8443, "rate_limit_rps": 3000}),
    "app-eon-portal-prd": ("service", CH, "AZ", "P", [], ["Janus", "sqlmi-eon-prd", "redis-eon-prd"],
                           {"system": "전력ON 웹", "description": "고객 포털 웹 (요금 조회, 납부, 정전 신고, 명의 변경)",
                            "plan": "App Service P2v3", "instances": 4, "language": "java", "port": 443}),
    "app-eon-bff-prd": ("service", CH, "AZ", "P", [], ["Janus", "sqlmi-eon-prd", "app-evcsms-prd"],
                        {"system": "전력ON 앱", "description": "전력ON 모바일 앱 백엔드 (BFF)", "plan": "App Service P2v3",
                         "instances": 6, "language": "node", "port": 443}),
    "app-evcsms-prd": ("service", EV, "AZ", "P", [], ["sql-evcsms-prd", "evh-ocpp-prd"],
                       {"system": "충전소 관제", "description": "전기차 충전기 관제 (OCPP 1.6J/2.0.1 CSMS)",
                        "protocol": "OCPP 1.6J", "port": 443, "chargers": 18400, "tls_cert": "*.ev.eon.example.kr",
                        "language": "java"}),
    "app-evpay-prd": ("service", EV, "AZ", "P", [], ["app-evcsms-prd", "pg-relay"],
                      {"system": "충전결제", "description": "충전기 결제 (회원카드, 신용카드, 간편결제)", "port": 443,
                       "language": "java"}),
    "Mercurius": ("service", CC, "NJ", "P", ["SV19-0501"], ["NJ-A02-U10"],
                  {"system": "CTI", "description": "고객센터 123 CTI (상담원 라우팅, IP-PBX 연동)",
                   "product": "Genesys Engage 8.5", "port": 3000, "seats": 310}),
    "sangdam_crm": ("service", CC, "NJ", "P", ["SV22-0361"],
                    ["CRMDB_P", "Mercurius", "yogeum_johoe", "oms.naju.grid.local"],
                    {"system": "상담CRM", "description": "상담원 화면 (콜 팝업, 요금/정전 조회, 상담 이력)", "port": 8085,
                     "language": "java"}),
    "field-workorder": ("service", FIELD, "NJ", "P", ["SV22-0371"], ["WODB_P", "gis-grid", "oms.naju.grid.local"],
                        {"system": "현장작업관리", "description": "배전 현장 작업 지시, 복구반 배차", "port": 8070,
                         "language": "java"}),
    "app-fieldcrew-prd": ("service", FIELD, "AZ", "P", [], ["field-workorder"],
                          {"system": "현장작업 앱", "description": "현장 작업자 모바일 앱 백엔드", "plan": "App Service P1v3",
                           "port": 443, "language": "node"}),
    "KPX_SETTLE_IF": ("service", MKT, "NJ", "P", ["SV22-0381"], ["MKTDB_P", "MeterDataHub"],
                      {"system": "전력거래소 정산연계", "description": "전력거래소(KPX) 거래량, 정산 데이터 송수신",
                       "port": 7443, "schedule": "hourly :15", "language": "java"}),
    "datalake-ingest": ("service", DATA, "AZ", "P", ["vm-lake-shir-prd-01"],
                        ["kafka-grid-events", "HISTDB_P", "stlakegridprd"],
                        {"system": "데이터레이크 적재", "description": "설비, 계량, 운영 데이터 레이크 적재 (ADF 파이프라인)",
                         "product": "Azure Data Factory", "schedule": "every 15 min"}),
    # DR
    "yogeum_johoe_dr": ("service", BILL, "DJ", "P", ["SV22-0911"], ["BILLDB_DR"],
                        {"system": "요금조회", "description": "재해복구센터 요금 조회 (웜 스탠바이)", "port": 8081,
                         "role": "DR standby"}),
    # staging / dev
    "app-eon-portal-stg": ("service", CH, "AZ", "S", [], ["sqlmi-eon-stg"],
                           {"system": "전력ON 웹", "description": "고객 포털 스테이징", "plan": "App Service P1v3"}),
    "yogeum_gyesan_stg": ("service", BILL, "NJ", "S", ["SV23-0601"], [],
                          {"system": "요금계산", "description": "요금 계산 검증계 (7월 요금제 개편 테스트)", "port": 8080}),
    "MeterDataHub_STG": ("service", AMI, "NJ", "S", ["SV23-0601"], [],
                         {"system": "MDMS", "description": "MDMS 검증계", "port": 8443}),
    "app-evcsms-dev": ("service", EV, "AZ", "D", [], [],
                       {"system": "충전소 관제", "description": "충전소 관제 개발", "protocol": "OCPP 2.0.1"}),
    "field-workorder-dev": ("service", FIELD, "NJ", "D", ["SV23-0602"], [],
                            {"system": "현장작업관리", "description": "현장 작업 개발계", "port": 8070}),
    # databases
    "MDMDB_P": ("database", DBA, "NJ", "P", ["SV21-0301", "SV21-0302"], [],
                {"engine": "oracle", "version": "19.21", "cluster": "RAC 2 nodes", "port": 1521,
                 "description": "MDMS 계량 데이터 DB", "size_tb": 41, "sessions_max": 2000}),
    "BILLDB_P": ("database", DBA, "NJ", "P", ["SV21-0303"], [],
                 {"engine": "oracle", "version": "19.21", "port": 1521, "description": "요금 청구 DB",
                  "size_tb": 18, "sessions_max": 1500}),
    "OMSDB_P": ("database", DBA, "NJ", "P", ["SV21-0304"], [],
                {"engine": "postgresql", "version": "15.7", "port": 5432, "description": "정전 관리 DB"}),
    "GISDB_P": ("database", DIST, "NJ", "P", ["SV21-0305"], [],
                {"engine": "postgresql", "version": "15.7", "extension": "PostGIS 3.4", "port": 5432,
                 "description": "배전 설비 공간 DB"}),
    "MKTDB_P": ("database", DBA, "NJ", "P", ["SV21-0306"], [],
                {"engine": "tibero", "version": "7.2.2", "port": 8629, "description": "전력거래 정산 DB"}),
    "HISTDB_P": ("database", OT, "NJ", "P", ["SV20-0412"], [],
                 {"engine": "pi", "product": "AVEVA PI Data Archive 2023", "port": 5450,
                  "description": "배전 계측 히스토리안", "archive_path": "E:\\PIarchives", "tags": 412000}),
    "CRMDB_P": ("database", DBA, "NJ", "P", ["SV22-0362"], [],
                {"engine": "mariadb", "version": "10.11.8", "port": 3306, "description": "상담 이력 DB"}),
    "WODB_P": ("database", DBA, "NJ", "P", ["SV22-0372"], [],
               {"engine": "postgresql", "version": "14.12", "port": 5432, "description": "현장 작업 DB"}),
    "sqlmi-eon-prd": ("database", CLOUD, "AZ", "P", [], [],
                      {"engine": "sqlserver", "version": "SQL MI (2022)", "tier": "Business Critical 16 vCore",
                       "port": 1433, "description": "전력ON 고객 채널 DB", "maintenance_window": "daily 03:00-05:00"}),
    "sql-evcsms-prd": ("database", CLOUD, "AZ", "P", [], [],
                       {"engine": "sqlserver", "version": "Azure SQL Database", "tier": "General Purpose 8 vCore",
                        "port": 1433, "description": "충전소 관제 DB"}),
    "sqlmi-eon-stg": ("database", CLOUD, "AZ", "S", [], [],
                      {"engine": "sqlserver", "version": "SQL MI (2022)", "tier": "General Purpose 4 vCore",
                       "port": 1433, "description": "전력ON 스테이징 DB"}),
    "MDMDB_DR": ("database", DBA, "DJ", "P", ["SV21-0901"], [],
                 {"engine": "oracle", "version": "19.21", "role": "standby (Data Guard)", "port": 1521,
                  "description": "MDMS DB 재해복구 스탠바이"}),
    "BILLDB_DR": ("database", DBA, "DJ", "P", ["SV21-0902"], [],
                  {"engine": "oracle", "version": "19.21", "role": "standby (Data Guard)", "port": 1521,
                   "description": "요금 DB 재해복구 스탠바이"}),
    # caches
    "redis-ami-prd": ("cache", CLOUD, "AZ", "P", [], [],
                      {"engine": "redis", "version": "6.0", "tier": "Premium P2", "maxmemory_gb": 13,
                       "description": "헤드엔드 모뎀 세션 캐시"}),
    "redis-eon-prd": ("cache", CLOUD, "AZ", "P", [], [],
                      {"engine": "redis", "version": "6.0", "tier": "Premium P3", "maxmemory_gb": 26,
                       "description": "전력ON 로그인 세션 캐시"}),
    "billcache01": ("cache", MID, "NJ", "P", ["SV22-0322"], [],
                    {"engine": "redis", "version": "7.2.5", "port": 6379, "maxmemory_gb": 16,
                     "description": "요금 조회 결과 캐시"}),
    # queues
    "AMI_MQ_PRD": ("queue", MID, "NJ", "P", ["SV22-0391"], [],
                   {"product": "IBM MQ", "version": "9.3.0.20", "port": 1414, "qmgr": "QM.AMI",
                    "max_depth": 5000000, "description": "AMI 검침 메시지 큐 (헤드엔드 → MDMS)"}),
    "kafka-grid-events": ("queue", MID, "NJ", "P", ["SV22-0392", "SV22-0393", "SV22-0394"], [],
                          {"product": "Apache Kafka", "version": "3.7.0", "port": 9092, "brokers": 3, "topics": 42,
                           "description": "배전 이벤트 버스 (정전, 설비 상태)"}),
    "evh-ocpp-prd": ("queue", CLOUD, "AZ", "P", [], [],
                     {"product": "Azure Event Hubs", "tier": "Standard 8 TU", "partitions": 32,
                      "description": "충전기 OCPP 메시지 스트림"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "agw-eon-prd": ("AZ", CLOUD, ["app-eon-portal-prd", "app-eon-bff-prd"],
                    {"vendor": "Microsoft", "model": "Application Gateway WAF_v2", "endpoint": "www.eon.example.kr",
                     "description": "전력ON 외부 게이트웨이"}),
    "agw-ev-prd": ("AZ", CLOUD, ["app-evcsms-prd", "app-evpay-prd"],
                   {"vendor": "Microsoft", "model": "Application Gateway WAF_v2", "endpoint": "ocpp.ev.eon.example.kr",
                    "description": "충전기, 충전 결제 외부 게이트웨이"}),
    "L4_NJ_EXT": ("NJ", NET, ["Janus"],
                  {"vendor": "PIOLINK", "model": "PAS-K 7412", "vip": "203.0.113.40", "version": "11.2.3",
                   "description": "나주 본사 대외 L4"}),
    "L4_NJ_INT": ("NJ", NET, ["sangdam_crm", "field-workorder", "oms.naju.grid.local"],
                  {"vendor": "PIOLINK", "model": "PAS-K 5412", "vip": "10.40.0.20", "version": "11.2.3",
                   "description": "나주 본사 업무망 L4"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "ST22-0104": ("NJ", INFRA, {"vendor": "Hitachi", "model": "VSP E1090", "capacity_tb": 480, "protocol": "FC",
                                "description": "운영 DB SAN"},
                  ["SV21-0301", "SV21-0302", "SV21-0303", "SV21-0304", "SV21-0306"]),
    "ST23-0210": ("NJ", INFRA, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 300, "protocol": "NFS",
                                "description": "AMI 원시 검침 데이터 보관 NAS (3년 보존)"},
                  ["SV22-0311", "SV22-0312"]),
    "ST21-0905": ("DJ", INFRA, {"vendor": "Dell", "model": "PowerScale H7000", "capacity_tb": 900, "protocol": "NFS",
                                "description": "재해복구 백업 스토리지"},
                  ["SV21-0901", "SV21-0902"]),
    "stlakegridprd": ("AZ", DATA, {"vendor": "Microsoft", "model": "ADLS Gen2", "capacity_tb": 2000,
                                   "protocol": "ABFS", "description": "데이터레이크 저장소", "redundancy": "ZRS"}, []),
}
# hosts: name: (site, env, kind, host name, attributes)
HOSTS: dict[str, tuple[str, str, str, str, dict]] = {
    "vm-ami-hes-prd-01": ("AZ", "P", "cloud", "amihes01", {"size": "Standard_D8s_v5", "zone": "1"}),
    "vm-ami-hes-prd-02": ("AZ", "P", "cloud", "amihes02", {"size": "Standard_D8s_v5", "zone": "2"}),
    "vm-lake-shir-prd-01": ("AZ", "P", "cloud", "lakeshir01", {"size": "Standard_D4s_v5", "zone": "1",
                                                               "role": "ADF self-hosted IR"}),
    "vm-eon-jump-dev-01": ("AZ", "D", "cloud", "eonjump01", {"size": "Standard_B2s", "zone": "1"}),
    "SV21-0301": ("NJ", "P", "physical", "njmdmdb01", {"role": "MDMS DB RAC #1", "os": "Oracle Linux 8.9",
                                                       "model": "Dell PowerEdge R760"}),
    "SV21-0302": ("NJ", "P", "physical", "njmdmdb02", {"role": "MDMS DB RAC #2", "os": "Oracle Linux 8.9",
                                                       "model": "Dell PowerEdge R760"}),
    "SV21-0303": ("NJ", "P", "physical", "njbilldb01", {"role": "요금 DB", "os": "Oracle Linux 8.9",
                                                        "model": "Dell PowerEdge R760"}),
    "SV21-0304": ("NJ", "P", "physical", "njomsdb01", {"role": "OMS DB", "os": "RHEL 8.10", "model": "HPE DL380 Gen11"}),
    "SV21-0305": ("NJ", "P", "physical", "njgisdb01", {"role": "GIS DB", "os": "RHEL 8.10", "model": "HPE DL380 Gen11"}),
    "SV21-0306": ("NJ", "P", "physical", "njmktdb01", {"role": "정산 DB", "os": "RHEL 8.10", "model": "HPE DL380 Gen11"}),
    "SV20-0401": ("NJ", "P", "physical", "njomsap01", {"role": "OMS AP", "os": "RHEL 8.6", "model": "HPE DL360 Gen10"}),
    "SV20-0402": ("NJ", "P", "physical", "njscadagw01", {"role": "SCADA 게이트웨이 (OT-DMZ)", "os": "Windows Server 2019",
                                                        "model": "HPE DL360 Gen10"}),
    "SV20-0412": ("NJ", "P", "physical", "njpihist01", {"role": "PI 히스토리안", "os": "Windows Server 2019",
                                                        "model": "Dell PowerEdge R740xd", "archive_volume": "E: 8 TB"}),
    "SV19-0501": ("NJ", "P", "physical", "njctisv01", {"role": "CTI 서버", "os": "Windows Server 2019",
                                                       "model": "HPE DL360 Gen10"}),
    "SV17-0088": ("NJ", "P", "physical", "njbill-old01", {"role": "구 요금계산 AP (2025년 이관 완료)", "os": "AIX 7.1",
                                                          "model": "IBM Power 720"}),
    "SV22-0311": ("NJ", "P", "vm", "njmdmap01", {"role": "MDMS AP #1"}),
    "SV22-0312": ("NJ", "P", "vm", "njmdmap02", {"role": "MDMS AP #2"}),
    "SV22-0313": ("NJ", "P", "vm", "njamibat01", {"role": "검침 집계 배치"}),
    "SV22-0321": ("NJ", "P", "vm", "njbillap01", {"role": "요금 계산 AP"}),
    "SV22-0322": ("NJ", "P", "vm", "njbillap02", {"role": "요금 조회 AP, 캐시"}),
    "SV22-0323": ("NJ", "P", "vm", "njpayap01", {"role": "요금 납부, PG 연계"}),
    "SV22-0331": ("NJ", "P", "vm", "njoutage01", {"role": "정전 신고 AP"}),
    "SV22-0341": ("NJ", "P", "vm", "njgisap01", {"role": "배전 GIS AP"}),
    "SV22-0351": ("NJ", "P", "vm", "njapigw01", {"role": "API 게이트웨이"}),
    "SV22-0361": ("NJ", "P", "vm", "njcrmap01", {"role": "상담 CRM AP"}),
    "SV22-0362": ("NJ", "P", "vm", "njcrmdb01", {"role": "상담 CRM DB"}),
    "SV22-0371": ("NJ", "P", "vm", "njwoap01", {"role": "현장작업 AP"}),
    "SV22-0372": ("NJ", "P", "vm", "njwodb01", {"role": "현장작업 DB"}),
    "SV22-0381": ("NJ", "P", "vm", "njkpxif01", {"role": "전력거래소 연계"}),
    "SV22-0391": ("NJ", "P", "vm", "njmqsv01", {"role": "IBM MQ (QM.AMI)"}),
    "SV22-0392": ("NJ", "P", "vm", "njkfk01", {"role": "Kafka broker 1"}),
    "SV22-0393": ("NJ", "P", "vm", "njkfk02", {"role": "Kafka broker 2"}),
    "SV22-0394": ("NJ", "P", "vm", "njkfk03", {"role": "Kafka broker 3"}),
    "SV23-0601": ("NJ", "S", "vm", "njstg01", {"role": "검증계 공용"}),
    "SV23-0602": ("NJ", "D", "vm", "njdev01", {"role": "개발계 공용"}),
    "SV21-0901": ("DJ", "P", "physical", "djmdmdb01", {"role": "MDMS DB 스탠바이", "os": "Oracle Linux 8.9",
                                                       "model": "Dell PowerEdge R760"}),
    "SV21-0902": ("DJ", "P", "physical", "djbilldb01", {"role": "요금 DB 스탠바이", "os": "Oracle Linux 8.9",
                                                        "model": "Dell PowerEdge R760"}),
    "SV22-0911": ("DJ", "P", "vm", "djbillap01", {"role": "DR 요금 조회"}),
    # network gear by rack position
    "NJ-B07-U22": ("NJ", "P", "network", "nj-otfw01",
                   {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F", "firmware": "7.2.8",
                    "ha": "active-passive", "zone": "IT/OT DMZ", "session_max": 12000000}),
    "NJ-A02-U10": ("NJ", "P", "network", "nj-pbx01",
                   {"device": "IP-PBX", "vendor": "Avaya", "model": "Aura CM 10.1", "firmware": "10.1.3.2"}),
    "NJ-A01-U40": ("NJ", "P", "network", "nj-core01",
                   {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93600CD-GX", "firmware": "10.3(4a)"}),
    "NJ-C03-U18": ("NJ", "P", "network", "nj-er-rt01",
                   {"device": "router", "vendor": "Cisco", "model": "ASR 1002-HX", "firmware": "17.9.4a",
                    "circuit": "ExpressRoute 10 Gbps (KT)"}),
    "DJ-A01-U40": ("DJ", "P", "network", "dj-core01",
                   {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "10.3(4a)"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("NJ-B07-U22", "NJ-A01-U40"),
    ("NJ-A02-U10", "NJ-A01-U40"),
    ("NJ-C03-U18", "NJ-A01-U40"),
    ("DJ-A01-U40", "NJ-A01-U40"),
    ("SV20-0402", "NJ-B07-U22"),  # the SCADA gateway sits in the OT DMZ
    ("MDMDB_P", "MDMDB_DR"),  # Data Guard redo shipping
    ("BILLDB_P", "BILLDB_DR"),
]
# fmt: on
STATUS = {"SV17-0088": "retired", "MeterDataHub_STG": "maintenance", "vm-eon-jump-dev-01": "maintenance"}
NET_PREFIX = {"NJ": "10.40", "DJ": "10.48", "AZ": "10.120"}
# the CIs whose series are written (8 days keeps the file small): prod, not standby, plus these hosts
MEASURED_HOSTS = {
    "vm-ami-hes-prd-01",
    "vm-ami-hes-prd-02",
    "SV21-0301",
    "SV21-0302",
    "SV21-0303",
    "SV20-0402",
    "SV20-0412",
    "SV22-0313",
    "SV22-0391",
    "SV22-0322",
    "NJ-B07-U22",
    "NJ-A02-U10",
}
DISK_WATCHED = {
    "SV21-0301",
    "SV21-0302",
    "SV21-0303",
    "SV20-0412",
    "SV22-0391",
    "SV22-0313",
}  # disk_usage kept
NOT_MEASURED = {"L4_NJ_INT", "WODB_P", "GISDB_P", "yogeum_johoe_dr", "MDMDB_DR", "BILLDB_DR", "ST21-0905"}
REQUEST_RATE = {
    "AmiHeadEnd": 900.0,
    "yogeum_johoe": 420.0,
    "app-eon-portal-prd": 650.0,
    "app-evcsms-prd": 1500.0,
}
PAAS_CPU = {"sqlmi-eon-prd", "sql-evcsms-prd"}


def measured(ci: dict) -> bool:
    if ci["status"] == "retired" or ci["environment"] != "prod" or ci["name"] in NOT_MEASURED:
        return False
    return ci["type"] != "host" or ci["name"] in MEASURED_HOSTS


# incidents: root and the CIs it reaches (hops are computed as the DEPENDS_ON distance from the root)
INCIDENTS = [
    {
        "id": "E1",
        "kind": "meter_read_storm_mq_saturation",
        "root": "AMI_MQ_PRD",
        "description": "at the 00:00 daily register read 2.38 M meters report at once; the IBM MQ queue manager"
        " QM.AMI (AMI_MQ_PRD on SV22-0391) reaches the max depth of AMI.READ.IN and its log file system fills"
        " (the MDMS consumer was throttled after a channel change), puts fail with MQRC 2053: AmiHeadEnd rejects"
        " reads and retries, MeterDataHub starves, KPX_SETTLE_IF and yogeum_gyesan stall until the queue is"
        " drained and the log extent added",
        "start": kst(22, 23, 55),
        "end": kst(23, 1, 30),
        "affected": ["AMI_MQ_PRD", "AmiHeadEnd", "MeterDataHub", "KPX_SETTLE_IF", "yogeum_gyesan"],
    },
    {
        "id": "E2",
        "kind": "firewall_session_overflow",
        "root": "NJ-B07-U22",
        "description": "the IT/OT DMZ firewall NJ-B07-U22 (FortiGate HA pair) overflows its session table on a"
        " DNP3 polling loop and fails over back and forth; the SCADA gateway Aquila loses its ICCP association,"
        " OMS telemetry goes stale, 정전 신고 and field work orders error until the polling loop is blocked",
        "start": kst(23, 14, 10),
        "end": kst(23, 15, 5),
        "affected": ["NJ-B07-U22", "Aquila", "oms.naju.grid.local", "jeongjeon_singo", "field-workorder"],
    },
    {
        "id": "E3",
        "kind": "db_plan_regression",
        "root": "BILLDB_P",
        "description": "after the weekly optimizer statistics job BILLDB_P picks a full scan for the bill-inquiry"
        " query; at the morning peak the CPU of its server SV21-0303 saturates: yogeum_johoe,"
        " yogeum_gyesan and yogeum_nappu slow, Janus, the 전력ON portal and app BFF and the counsellors' CRM"
        " follow until the SQL plan baseline is restored",
        "start": kst(24, 8, 40),
        "end": kst(24, 10, 15),
        "affected": [
            "BILLDB_P",
            "yogeum_johoe",
            "yogeum_gyesan",
            "yogeum_nappu",
            "Janus",
            "sangdam_crm",
            "app-eon-portal-prd",
            "app-eon-bff-prd",
        ],
    },
    {
        "id": "E4",
        "kind": "batch_overrun",
        "root": "geomchim_jiphap",
        "description": "the billing-determinant batch geomchim_jiphap (02:00, normally done by 05:30) runs on"
        " month-end volume with a missing partition prune and overruns into business hours: its scans"
        " saturate MDMDB_P and BILLDB_P; MeterDataHub, KPX_SETTLE_IF and 요금 계산/조회 slow until it is"
        " held at 10:25 and resumed in the evening",
        "start": kst(25, 6, 0),
        "end": kst(25, 10, 30),
        "affected": ["geomchim_jiphap"],
    },
    {
        "id": "E5",
        "kind": "certificate_chain",
        "root": "app-evcsms-prd",
        "description": "the OCPP endpoint certificate of app-evcsms-prd was renewed at 19:00 without the"
        " intermediate CA: chargers (OCPP 1.6J over TLS) cannot reconnect, charging sessions and 충전기 결제"
        " (app-evpay-prd) fail and the 전력ON app's charger map errors until the full chain is deployed",
        "start": kst(25, 19, 5),
        "end": kst(25, 20, 50),
        "affected": ["app-evcsms-prd", "app-evpay-prd", "app-eon-bff-prd"],
    },
    {
        "id": "E6",
        "kind": "archive_disk_full",
        "root": "HISTDB_P",
        "description": "the PI historian HISTDB_P's archive volume E: on SV20-0412 fills (automatic archive"
        " creation on a 412 k-tag burst after the heat-wave feeder switching), the archive goes read-only:"
        " Aquila buffers and drops points, datalake-ingest fails until the old archives are moved off",
        "start": kst(26, 2, 20),
        "end": kst(26, 4, 10),
        "affected": ["HISTDB_P", "Aquila", "datalake-ingest"],
    },
    {
        "id": "E7",
        "kind": "db_cpu_saturation",
        "root": "sqlmi-eon-prd",
        "description": "an index-maintenance job on sqlmi-eon-prd started late (its 03:00 window skipped) runs"
        " into the afternoon peak of a heat-wave day: CPU pinned, queries wait on PAGEIOLATCH; the 전력ON"
        " portal and app BFF are slow and failing (ongoing)",
        "start": kst(26, 13, 30),
        "end": None,
        "affected": ["sqlmi-eon-prd", "app-eon-portal-prd", "app-eon-bff-prd"],
    },
]
E1, E2, E3, E4, E5, E6, E7 = INCIDENTS
STEP_5 = timedelta(minutes=5)
MQ_LOG_FROM = kst(22, 23, 40)
HIST_FILL_FROM = kst(26, 0, 40)


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
# the batch overrun reaches its victims through the databases it saturates (hops by that path, not by a
# dependant edge)
E4["hops"] |= {
    "MDMDB_P": 1,
    "BILLDB_P": 1,
    "MeterDataHub": 2,
    "yogeum_gyesan": 2,
    "yogeum_johoe": 2,
    "KPX_SETTLE_IF": 3,
}


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        attrs: dict = {}
        if kind == "service":
            attrs["version"] = f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, hostname, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {
            "hostname": hostname,
            "ip": f"{NET_PREFIX[site]}.{env_net + 10 + i // 10}.{31 + (i * 13) % 200}",
        }
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky 8.10"]),
                "cores": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 8.0U2",
                "cluster": f"{site}-VMCL{rng.randint(1, 3)}",
            }
        elif kind == "physical":
            db = "db" in hostname
            attrs |= {
                "form": "physical",
                "cores": rng.choice([48, 64, 96]) if db else rng.choice([16, 24, 32]),
                "memory_gb": rng.choice([512, 768, 1024]) if db else rng.choice([64, 128]),
                "rack": f"{site}-{rng.choice('ABC')}{rng.randint(1, 9):02d}-U{rng.randint(1, 42):02d}",
                "serial": f"{rng.choice(['CZ', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}",
                "acquired": f"20{h[2:4]}-{rng.randint(1, 12):02d}",
            }
        elif kind == "cloud":
            cores = int(extra["size"].split("_")[1][1:-1])
            attrs |= {
                "form": "azure-vm",
                "os": "Ubuntu 22.04",
                "cores": cores,
                "memory_gb": cores * 4,
                "resource_group": f"rg-{hostname[:-2]}-{ENVS[env][:3]}",
            }
        else:
            attrs |= {"form": "network", "mgmt_vlan": 900 + i % 7, "rack": h}
        attrs |= extra
        owner = NET if kind == "network" else CLOUD if site == "AZ" else INFRA
        if h == "NJ-A02-U10":
            owner = CC
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _customer(ts: datetime) -> float:
    """Customers on the web/app: a morning peak around 10:00, an evening bump, quiet at night."""
    h = seoul_hour(ts)
    morning = math.exp(-((h - 10.0) ** 2) / (2 * 1.6**2))
    afternoon = 0.8 * math.exp(-((h - 14.5) ** 2) / (2 * 1.8**2))
    evening = 0.55 * math.exp(-((h - 20.5) ** 2) / (2 * 1.5**2))
    return 0.06 + 0.86 * min(1.0, morning + afternoon + evening)


def _meter(ts: datetime) -> float:
    """AMI: the 00:00 daily register read (00:00–00:50) and 15-minute load profile reads all day."""
    h = seoul_hour(ts)
    return 0.95 if h < 0.85 else 0.3 + 0.05 * math.sin(h / 24 * 2 * math.pi)


def _ev(ts: datetime) -> float:
    """Charging: the evening home-coming peak around 19:30."""
    h = seoul_hour(ts)
    return 0.12 + 0.8 * math.exp(-((h - 19.5) ** 2) / (2 * 2.2**2)) + 0.2 * math.exp(-((h - 12.5) ** 2) / 4)


def _office(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.05 if h < 7.5 or h >= 20 else 0.2 + 0.7 * math.exp(-((h - 13.0) ** 2) / (2 * 3.0**2))


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.85 if 2 <= h < 5.5 else 0.05


AMI_SIDE = {
    "AmiHeadEnd",
    "MeterDataHub",
    "AMI_MQ_PRD",
    "redis-ami-prd",
    "vm-ami-hes-prd-01",
    "vm-ami-hes-prd-02",
    "SV22-0391",
    "MDMDB_P",
    "SV21-0301",
    "SV21-0302",
    "ST23-0210",
}
EV_SIDE = {"app-evcsms-prd", "app-evpay-prd", "sql-evcsms-prd", "evh-ocpp-prd", "agw-ev-prd"}
OFFICE = {
    "Mercurius",
    "sangdam_crm",
    "CRMDB_P",
    "field-workorder",
    "app-fieldcrew-prd",
    "WODB_P",
    "NJ-A02-U10",
    "L4_NJ_INT",
    "gis-grid",
    "GISDB_P",
    "KPX_SETTLE_IF",
    "MKTDB_P",
}
BATCH = {"geomchim_jiphap", "SV22-0313"}


def _load(name: str):
    if name in AMI_SIDE:
        return _meter
    if name in EV_SIDE:
        return _ev
    if name in OFFICE:
        return _office
    if name in BATCH:
        return _batch
    return _customer


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "E1": {0: (9.0, 31.0), 1: (3.2, 24.0), 2: (1.1, 6.0)},
    "E2": {0: (14.0, 9.0), 1: (2.5, 35.0), 2: (1.6, 14.0), 3: (0.9, 6.5)},
    "E3": {0: (12.0, 1.2), 1: (4.5, 3.0), 2: (2.2, 2.4), 3: (1.5, 1.6)},
    "E4": {0: (2.5, 0.4), 1: (6.0, 0.8), 2: (2.8, 1.2), 3: (1.3, 0.6)},
    "E5": {0: (0.8, 46.0), 1: (0.6, 29.0), 2: (0.3, 4.5)},
    "E6": {0: (6.5, 38.0), 1: (1.4, 12.0)},
    "E7": {0: (16.0, 4.5), 1: (5.5, 8.5)},
}

SITE_CODE = {v: k for k, v in SITES.items()}
HOST = HostBaseline(cpu=(0.5, 0.7, 1.0), memory=(4, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.85, 0.3, 0.05), requests=(0.3, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if HOSTS[name][2] == "network":
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 34), rng.uniform(35, 62), rng.uniform(24, 60)
    growth = rng.uniform(0, 0.3)
    if name in {"SV21-0301", "SV21-0302", "SV21-0303"}:
        cpu0, mem0 = rng.uniform(28, 40), rng.uniform(68, 74)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "SV21-0303":  # the full scans of E3, then the batch of E4
            cpu += (94.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, E3["start"], E3["end"], rise=15, fall=10)
            cpu += 30 * ramp(ts, E4["start"] + STEP_5, E4["end"], rise=25, fall=15)
        if name in {"SV21-0301", "SV21-0302"}:
            cpu += (46 if name == "SV21-0301" else 38) * ramp(
                ts, E4["start"] + STEP_5, E4["end"], rise=25, fall=15
            )
        if name == "SV22-0313":
            cpu += (88.0 + rng.gauss(0, 1.2) - cpu) * ramp(ts, kst(25, 2, 0), E4["end"], rise=10, fall=10)
        if name == "SV22-0391":  # QM.AMI log file system
            disk += (97.5 + rng.gauss(0, 0.2) - disk) * ramp(ts, MQ_LOG_FROM, E1["end"], rise=20, fall=20)
            cpu += 45 * ramp(ts, E1["start"], E1["end"], rise=10, fall=10)
        if name == "SV20-0412":  # PI archive volume
            disk += (99.0 + rng.gauss(0, 0.1) - disk) * ramp(ts, HIST_FILL_FROM, E6["end"], rise=90, fall=20)
        if name in {"vm-ami-hes-prd-01", "vm-ami-hes-prd-02"}:  # retry storm
            cpu += 33 * ramp(ts, E1["start"] + STEP_5, E1["end"], rise=10, fall=10)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.4), 1)))
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, latency (response_time_ms) and packet loss (error_rate)."""
    rows = []
    cpu0 = rng.uniform(8, 22)
    rtt0 = rng.uniform(0.4, 1.8)
    load = _office if name in OFFICE else _customer
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.06))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "NJ-B07-U22":
            r = ramp(ts, E2["start"], E2["end"], rise=5, fall=10)
            cpu += (97.0 + rng.gauss(0, 0.8) - cpu) * r
            rtt *= 1 + 14 * r
            loss += 9.0 * r
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2),
            error_rate=round(loss, 2),
        )
    return rows


def _ami_nas(rng: random.Random, ts: datetime) -> float:
    """ST23-0210: raw meter reads kept 3 years; a summer of 15-minute profiles fills it."""
    return round(86.1 + 6.6 * progress(ts, START, NOW) + rng.gauss(0, 0.05), 1)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = _ami_nas if ci["name"] == "ST23-0210" else None
    rows = storage_fill(rng, ci["name"], times, START, (35, 68), 0.18, filling)
    return [(t, c, m, round(v, 1)) for t, c, m, v in rows]


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 18),
        "cache": rng.uniform(0.3, 1.5),
        "queue": rng.uniform(2, 10),
        "load_balancer": rng.uniform(4, 20),
    }.get(kind, rng.uniform(50, 300))
    rt0 = {"yogeum_johoe": 180.0, "app-eon-portal-prd": 240.0, "AMI_MQ_PRD": 6.0, "sqlmi-eon-prd": 9.0}.get(
        name, rt0
    )
    levels = rt0, rng.uniform(0.02, 0.4), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(22, 38)
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        row = {"response_time_ms": round(rt, 1 if rt < 100 else 0), "error_rate": round(min(err, 100.0), 1)}
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 0)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            if name == "sqlmi-eon-prd":
                cpu += (98.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, E7["start"], None, rise=20)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (18, 16, 0, "ST23-0210", "warning", "threshold_breach", "disk_usage above 85% on /vol_amiraw"),
    (19, 2, 0, "geomchim_jiphap", "info", "batch_job", "Billing determinant batch started"),
    (19, 5, 12, "geomchim_jiphap", "info", "batch_job", "Billing determinant batch done (1.92 M accounts, 3 h 12 min)"),
    (19, 10, 30, "app-eon-portal-prd", "info", "deployment", "Deployed app-eon-portal 5.14.0 (요금 비교 화면)"),
    (20, 3, 0, "BILLDB_P", "info", "backup", "RMAN level 1 backup of BILLDB_P to ST21-0905 done"),
    (20, 14, 0, "yogeum_gyesan_stg", "info", "deployment", "검증계: 7월 요금제 개편 rule set 2026.07 deployed"),
    (21, 2, 0, "MDMDB_P", "info", "backup", "RMAN level 0 backup of MDMDB_P to ST21-0905 done (41 TB)"),
    (21, 9, 0, "SV23-0602", "info", "login", "Vendor account itron_sup logged in (MDM patch test)"),
    (22, 9, 40, "AMI_MQ_PRD", "info", "config_change", "Channel AMI.TO.MDM MAXMSGL/throttle changed (consumer batch 500 -> 50)"),
    (22, 15, 20, "kafka-grid-events", "info", "restart", "Rolling restart for 3.7.0 patch"),
    # E1
    (22, 23, 50, "SV22-0391", "warning", "threshold_breach", "disk_usage above 85% on /var/mqm/log"),
    (23, 0, 2, "AMI_MQ_PRD", "critical", "queue_full", "AMI.READ.IN depth 5000000 = MAXDEPTH, MQRC 2053 on put"),
    (23, 0, 5, "AmiHeadEnd", "major", "error", "daily register read: 31% of meters rejected (queue full), retrying"),
    (23, 0, 9, "MeterDataHub", "major", "timeout", "VEE intake stalled: no messages from AMI.TO.MDM"),
    (23, 0, 14, "SV22-0391", "critical", "threshold_breach", "disk_usage above 95% on /var/mqm/log"),
    (23, 0, 20, "KPX_SETTLE_IF", "warning", "timeout", "hourly meter totals missing for 00:00 settlement"),
    (23, 0, 55, "AMI_MQ_PRD", "info", "config_change", "log extents added (LogPrimaryFiles 20 -> 40), consumer batch 500 restored"),
    (23, 1, 32, "AMI_MQ_PRD", "info", "recovery", "AMI.READ.IN drained, depth 1200"),
    # E2
    (23, 14, 10, "NJ-B07-U22", "critical", "session_overflow", "session table full (12000000), new sessions dropped"),
    (23, 14, 12, "NJ-B07-U22", "major", "ha_failover", "HA failover to secondary unit (heartbeat lost)"),
    (23, 14, 14, "Aquila", "critical", "link_down", "ICCP association to SCADA master lost"),
    (23, 14, 20, "oms.naju.grid.local", "major", "error", "telemetry stale for 1,240 feeders"),
    (23, 14, 25, "jeongjeon_singo", "warning", "error", "outage report lookup failing (OMS)"),
    (23, 14, 40, "NJ-B07-U22", "info", "config_change", "policy 211 added: block DNP3 polling loop from 10.44.8.0/24"),
    (23, 15, 6, "Aquila", "info", "recovery", "ICCP association up, telemetry flowing"),
    # E3
    (24, 6, 0, "BILLDB_P", "info", "batch_job", "Weekly optimizer statistics gathering finished"),
    (24, 8, 44, "BILLDB_P", "major", "slow_query", "SQL 4kq8x... full scan on BILL_MST (elapsed 7.4 s)"),
    (24, 8, 52, "SV21-0303", "major", "threshold_breach", "cpu_usage above 90% for 5 min"),
    (24, 8, 55, "yogeum_johoe", "major", "threshold_breach", "response_time_ms above 2000 ms for 5 min"),
    (24, 9, 5, "app-eon-portal-prd", "warning", "timeout", "요금 조회 화면 timeout (Janus 504)"),
    (24, 9, 12, "sangdam_crm", "warning", "timeout", "bill lookup slow on counsellor screen"),
    (24, 9, 50, "BILLDB_P", "info", "config_change", "SQL plan baseline for 4kq8x restored and fixed"),
    (24, 10, 16, "BILLDB_P", "info", "recovery", "bill inquiry elapsed back to 30 ms"),
    # E4
    (25, 2, 0, "geomchim_jiphap", "info", "batch_job", "Billing determinant batch started (month-end run)"),
    (25, 5, 40, "geomchim_jiphap", "warning", "batch_job", "Billing determinant batch past expected end 05:30 (step 4/9)"),
    (25, 7, 10, "MDMDB_P", "major", "slow_query", "full partition scan by geomchim_jiphap (INTERVAL_READ, 2.1 B rows)"),
    (25, 8, 30, "MeterDataHub", "major", "threshold_breach", "response_time_ms above 2000 ms for 5 min"),
    (25, 9, 5, "KPX_SETTLE_IF", "warning", "timeout", "09:15 settlement upload delayed"),
    (25, 10, 25, "geomchim_jiphap", "info", "batch_job", "Billing determinant batch held by operator at step 7/9"),
    (25, 10, 40, "MDMDB_P", "info", "recovery", "load back to normal"),
    (25, 21, 0, "geomchim_jiphap", "info", "batch_job", "Billing determinant batch resumed and done (2.31 M accounts)"),
    # E5
    (25, 19, 0, "app-evcsms-prd", "info", "cert_change", "TLS certificate *.ev.eon.example.kr renewed (Key Vault version 7)"),
    (25, 19, 6, "app-evcsms-prd", "critical", "error", "OCPP websocket TLS handshake failures: unable to verify chain"),
    (25, 19, 10, "app-evpay-prd", "major", "error", "charging session start failed (charger offline)"),
    (25, 19, 30, "app-eon-bff-prd", "warning", "error", "charger map: status unavailable"),
    (25, 20, 40, "app-evcsms-prd", "info", "config_change", "certificate redeployed with intermediate CA chain"),
    (25, 20, 52, "app-evcsms-prd", "info", "recovery", "15,900 chargers reconnected"),
    # E6
    (26, 1, 30, "SV20-0412", "warning", "threshold_breach", "disk_usage above 85% on E:"),
    (26, 2, 22, "HISTDB_P", "critical", "archive_full", "archive volume E: full, archive set read-only"),
    (26, 2, 30, "Aquila", "major", "error", "PI buffer queue growing, points dropped"),
    (26, 2, 45, "datalake-ingest", "major", "error", "pipeline pl_pi_feeders failed: PI read timeout"),
    (26, 3, 50, "HISTDB_P", "info", "backup", "archives 2024-Q1..Q4 moved to ST21-0905"),
    (26, 4, 12, "HISTDB_P", "info", "recovery", "archive writable, buffers flushed"),
    # E7
    (26, 12, 50, "sqlmi-eon-prd", "info", "maintenance", "index maintenance job IX_REBUILD_WEEKLY started (03:00 window missed)"),
    (26, 13, 35, "sqlmi-eon-prd", "critical", "threshold_breach", "cpu_usage above 95% for 5 min"),
    (26, 13, 42, "app-eon-portal-prd", "major", "timeout", "DB command timeout (30 s) on 요금 조회/명의 변경"),
    (26, 13, 50, "app-eon-bff-prd", "major", "error", "HTTP 500 rate 6%"),
    (26, 14, 5, "sqlmi-eon-prd", "major", "slow_query", "top wait PAGEIOLATCH_SH, 412 blocked sessions"),
    # other
    (24, 16, 30, "ST23-0210", "major", "threshold_breach", "disk_usage above 90% on /vol_amiraw"),
    (25, 11, 0, "Janus", "info", "deployment", "Deployed Janus route config 2026.06.25 (정전 신고 v2 API)"),
    (26, 9, 0, "app-fieldcrew-prd", "info", "deployment", "Deployed fieldcrew backend 3.4.1"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "energy-utility", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
