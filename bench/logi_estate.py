"""Generate the logi-parcel estate (tests/fixtures/logi-parcel/, interchange format) and its faults file.

A Korean parcel-delivery (택배) company: three hub terminals with their sorting automation — the 곤지암
메가허브 (`gonjiam-megahub`, GJA), the 옥천 허브 (`okcheon-hub`, OCN) and the 부산 서브터미널
(`busan-subterminal`, BSN) — each with sorter controllers, conveyor PLC gateways, barcode/vision scanners, an
edge server and L3 switches; the core systems in the 가산 IDC (`gasan-idc`: VMware ESXi cluster, bare-metal
Oracle/PostgreSQL, a three-broker Kafka, RabbitMQ): WMS, TMS/배차, order intake (접수), waybills (운송장),
partner EDI gateways, settlement (정산) and billing (청구), the hub control tower (허브 관제); and on AWS Seoul
(`aws-apne2`, EKS): customer tracking (추적), the driver app backend (기사), delivery-photo upload (사진),
the SMS/알림톡 notifier (알림), the route optimiser (경로) and the partner API gateway. prod/staging/dev.

Named unlike the other estates: UPPERCASE site codes with a function code (`GJA-SRT-CTL01`, `OCN-PLC-GW2`,
`GJA-SRTDB-01`, `OCN-L3SW-02`, `IDC-KFK-B02`), lowercase IDC VM names (`gsn-vm-edi01`, `gsn-esx-02`),
underscores in some (`edi_gw_01`, `pg_jeongsan`), version suffixes (`gyeongro-opt-v3`, `chujeok-api-v1` /
`chujeok-api-v2`), Korean-romanised products (`baesong-api` 배송, `jeongsan-batch` 정산, `jeobsu-api` 접수,
`unsongjang-svc` 운송장, `cheonggu-api` 청구, `hub-gwanje` 관제, `gisa-bff` 기사, `sajin-upload` 사진,
`allim-noti` 알림, `gyeongro-opt-v3` 경로, `chujeok-*` 추적) and siblings one digit or letter apart
(`GJA-SRT-CTL01`/`GJA-SRT-CTL02`, `OCN-SRT-CTL01`/`OCN-SRT-CTL02`, `edi_gw_01`/`edi_gw_02`,
`OCN-L3SW-01`/`OCN-L3SW-02`, `GJA-SCN-V01`/`GJA-SCN-V02`, `IDC-KFK-B01..B03`). Network switches are CIs of
type `host` (the interchange format has no network type) with `device: l3-switch`; VMs run on ESXi hosts
(RUNS_ON host → host). Owners are teams, some Korean (허브자동화팀, 정산개발팀).

Seven injected incidents (times KST; now = Thursday 2026-11-19 16:40):
  L1 yesterday 03:10–04:00  OCN-L3SW-02's uplink flaps (bad SFP): line-2 PLC gateway, vision scanner and
     OCN-SRT-CTL02 lose their connections, hub-gwanje sees gaps
  L2 yesterday 11:20–12:45  the Kafka cluster kafka-scan fills broker IDC-KFK-B02's log disk (retention was
     raised to 168 h on Tuesday evening): scan-ingest cannot produce, chujeok-sync and hub-gwanje lag
  L3 yesterday 19:40–21:20  a sort-plan full reload takes an exclusive lock on GJA-SRTDB-01 at the evening
     peak: GJA-SRT-CTL01/02 time out on destination lookups and recirculate parcels, hub-gwanje slows
  L4 today 00:00–02:40      edi_gw_01's AS2 certificate expires at midnight: partner order batches fail in
     jeobsu-api, cheonggu-api cannot push invoices, unsongjang-svc sees errors
  L5 today 07:05–09:00      gyeongro-opt-v3 3.4.1 (deployed yesterday 13:00) leaks memory for hours; at the
     morning dispatch peak full GCs make it slow, tms-baecha and gisa-bff slow down until a restart
  L6 today 09:20–10:35      chujeok-api-v2 2.18.0 (deployed 09:14) throws HTTP 500 on new status codes:
     chujeok-api-v1, chujeok-web and partner-apigw error until the rollback to 2.17.3
  L7 ongoing since 16:05    allim-noti is rate-limited (HTTP 429) by the SMS/알림톡 vendor after its retry
     policy was raised: baesong-api and gisa-bff slow down
plus the settlement NAS (`nas-gsn-jeongsan`) filling past 90 % and a dev load test pinning `dev-vm-01`.
Deterministic (seeded); the golden questions (bench/logi_golden.py) are computed from the files this writes.

    .venv/bin/python bench/logi_estate.py   # rewrites tests/fixtures/logi-parcel*
"""

from __future__ import annotations

import math
import random
import sys
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import ramp
from estate_series import (
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    hop_effect,
    incident_hits,
    kst_utc_clock,
    level_by_kind,
    progress,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "logi-parcel"
NOW = datetime(2026, 11, 19, 7, 40, tzinfo=UTC)  # Thursday 16:40 KST
START = NOW - timedelta(hours=48)
SEED = 20261119
SITES = {
    "GJA": "gonjiam-megahub",
    "OCN": "okcheon-hub",
    "BSN": "busan-subterminal",
    "GSN": "gasan-idc",
    "AWS": "aws-apne2",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}


kst = kst_utc_clock("2026-11")


HUB = "허브자동화팀"
NETOPS = "network-ops"
WMS = "wms-team"
TMS = "tms-team"
EDI = "edi-partner"
JSN = "정산개발팀"
CX = "cx-tracking"
DRV = "driver-app"
NOTI = "noti-platform"
ROUTE = "route-ds"
DBA = "dba"
IDC = "idc-infra"
CLOUD = "cloud-platform"
MON = "sre-mon"

# name: (type, owner, site, env, runs_on, depends_on, attributes)
APPS: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # 곤지암 메가허브: two sorter lines
    "GJA-SRT-CTL01": (
        "service",
        HUB,
        "GJA",
        "P",
        ["GJA-EDGE-SRV1"],
        ["GJA-SRTDB-01", "GJA-PLC-GW1", "GJA-SCN-V01", "wms-core"],
        {
            "vendor": "Vanderlande",
            "product": "POSISORTER ctl",
            "version": "7.4.2",
            "line": 1,
            "throughput_pph": 52000,
            "protocol": "OPC UA",
        },
    ),
    "GJA-SRT-CTL02": (
        "service",
        HUB,
        "GJA",
        "P",
        ["GJA-EDGE-SRV2"],
        ["GJA-SRTDB-01", "GJA-PLC-GW2", "GJA-SCN-V02", "wms-core"],
        {
            "vendor": "Vanderlande",
            "product": "POSISORTER ctl",
            "version": "7.4.2",
            "line": 2,
            "throughput_pph": 48000,
            "protocol": "OPC UA",
        },
    ),
    "GJA-PLC-GW1": (
        "service",
        HUB,
        "GJA",
        "P",
        ["GJA-EDGE-SRV1"],
        ["GJA-L3SW-01"],
        {
            "vendor": "Siemens",
            "product": "SIMATIC S7-1500 gateway",
            "version": "2.9.1",
            "protocol": "PROFINET",
            "conveyor_zones": 64,
        },
    ),
    "GJA-PLC-GW2": (
        "service",
        HUB,
        "GJA",
        "P",
        ["GJA-EDGE-SRV2"],
        ["GJA-L3SW-01"],
        {
            "vendor": "Siemens",
            "product": "SIMATIC S7-1500 gateway",
            "version": "2.9.1",
            "protocol": "PROFINET",
            "conveyor_zones": 58,
        },
    ),
    "GJA-SCN-V01": (
        "service",
        HUB,
        "GJA",
        "P",
        ["GJA-EDGE-SRV1"],
        ["GJA-L3SW-01"],
        {
            "vendor": "Cognex",
            "product": "DataMan 580 tunnel",
            "version": "6.1.4",
            "kind": "vision",
            "cameras": 6,
        },
    ),
    "GJA-SCN-V02": (
        "service",
        HUB,
        "GJA",
        "P",
        ["GJA-EDGE-SRV2"],
        ["GJA-L3SW-01"],
        {
            "vendor": "Cognex",
            "product": "DataMan 580 tunnel",
            "version": "6.1.4",
            "kind": "vision",
            "cameras": 6,
        },
    ),
    # 옥천 허브: line 1 (barcode) and line 2 (vision), two L3 switches
    "OCN-SRT-CTL01": (
        "service",
        HUB,
        "OCN",
        "P",
        ["OCN-EDGE-SRV1"],
        ["OCN-PLC-GW1", "OCN-SCN-B01", "OCN-L3SW-01", "wms-core"],
        {
            "vendor": "Beumer",
            "product": "BG Sorter control",
            "version": "5.2.0",
            "line": 1,
            "throughput_pph": 30000,
            "protocol": "OPC UA",
        },
    ),
    "OCN-SRT-CTL02": (
        "service",
        HUB,
        "OCN",
        "P",
        ["OCN-EDGE-SRV1"],
        ["OCN-PLC-GW2", "OCN-SCN-V02", "OCN-L3SW-02", "wms-core"],
        {
            "vendor": "Beumer",
            "product": "BG Sorter control",
            "version": "5.3.1",
            "line": 2,
            "throughput_pph": 34000,
            "protocol": "OPC UA",
        },
    ),
    "OCN-PLC-GW1": (
        "service",
        HUB,
        "OCN",
        "P",
        ["OCN-EDGE-SRV1"],
        ["OCN-L3SW-01"],
        {
            "vendor": "Mitsubishi",
            "product": "MELSEC iQ-R gateway",
            "version": "1.18",
            "protocol": "CC-Link IE",
            "conveyor_zones": 40,
        },
    ),
    "OCN-PLC-GW2": (
        "service",
        HUB,
        "OCN",
        "P",
        ["OCN-EDGE-SRV1"],
        ["OCN-L3SW-02"],
        {
            "vendor": "Mitsubishi",
            "product": "MELSEC iQ-R gateway",
            "version": "1.18",
            "protocol": "CC-Link IE",
            "conveyor_zones": 44,
        },
    ),
    "OCN-SCN-B01": (
        "service",
        HUB,
        "OCN",
        "P",
        ["OCN-EDGE-SRV1"],
        ["OCN-L3SW-01"],
        {
            "vendor": "SICK",
            "product": "Lector 85x array",
            "version": "3.0.7",
            "kind": "barcode",
            "cameras": 5,
        },
    ),
    "OCN-SCN-V02": (
        "service",
        HUB,
        "OCN",
        "P",
        ["OCN-EDGE-SRV1"],
        ["OCN-L3SW-02"],
        {
            "vendor": "Cognex",
            "product": "DataMan 470 tunnel",
            "version": "6.0.2",
            "kind": "vision",
            "cameras": 5,
        },
    ),
    # 부산 서브터미널
    "BSN-SRT-CTL1": (
        "service",
        HUB,
        "BSN",
        "P",
        ["BSN-EDGE-SRV1"],
        ["BSN-PLC-GW1", "BSN-SCN-B01", "BSN-L3SW-01", "wms-core"],
        {
            "vendor": "Interroll",
            "product": "Crossbelt Sorter ctl",
            "version": "4.8.3",
            "line": 1,
            "throughput_pph": 12000,
            "protocol": "Modbus TCP",
        },
    ),
    "BSN-PLC-GW1": (
        "service",
        HUB,
        "BSN",
        "P",
        ["BSN-EDGE-SRV1"],
        ["BSN-L3SW-01"],
        {
            "vendor": "LS ELECTRIC",
            "product": "XGT gateway",
            "version": "2.4.0",
            "protocol": "Modbus TCP",
            "conveyor_zones": 18,
        },
    ),
    "BSN-SCN-B01": (
        "service",
        HUB,
        "BSN",
        "P",
        ["BSN-EDGE-SRV1"],
        ["BSN-L3SW-01"],
        {
            "vendor": "Datalogic",
            "product": "Matrix 450N",
            "version": "2.2.5",
            "kind": "barcode",
            "cameras": 3,
        },
    ),
    "GJA-SRTDB-01": (
        "database",
        DBA,
        "GJA",
        "P",
        ["GJA-DB-SRV1"],
        [],
        {
            "engine": "postgresql-14.10",
            "port": 5432,
            "role": "primary",
            "size_gb": 420,
            "ha": "streaming replica",
        },
    ),
    "GJA-SRTDB-02": (
        "database",
        DBA,
        "GJA",
        "P",
        ["GJA-DB-SRV2"],
        ["GJA-SRTDB-01"],
        {
            "engine": "postgresql-14.10",
            "port": 5432,
            "role": "standby",
            "size_gb": 420,
            "ha": "streaming replica",
        },
    ),
    # 가산 IDC: core systems
    "wms-core": (
        "service",
        WMS,
        "GSN",
        "P",
        ["gsn-vm-wms01", "gsn-vm-wms02"],
        ["ORA-WMS01", "redis-wms-01", "jeobsu-api"],
        {"language": "java", "port": 8443, "framework": "spring-boot-3.1", "heap_gb": 16, "version": "8.3.2"},
    ),
    "tms-baecha": (
        "service",
        TMS,
        "GSN",
        "P",
        ["gsn-vm-tms01"],
        ["ORA-TMS01", "wms-core", "gyeongro-opt-v3"],
        {"language": "java", "port": 8080, "framework": "spring-boot-2.7", "heap_gb": 12},
    ),
    "edi_gw_01": (
        "service",
        EDI,
        "GSN",
        "P",
        ["gsn-vm-edi01"],
        ["rabbit-edi", "s3-edi-archive"],
        {
            "product": "Axway B2Bi",
            "protocol": "AS2",
            "port": 4080,
            "partners": 212,
            "partner_group": "대형 쇼핑몰",
            "cert_expires": "2027-11-18",
            "cert_cn": "edi.logi-parcel.example",
        },
    ),
    "edi_gw_02": (
        "service",
        EDI,
        "GSN",
        "P",
        ["gsn-vm-edi02"],
        ["rabbit-edi", "s3-edi-archive"],
        {
            "product": "Axway B2Bi",
            "protocol": "SFTP+AS2",
            "port": 4080,
            "partners": 1460,
            "partner_group": "오픈마켓 셀러",
            "cert_expires": "2027-03-31",
            "cert_cn": "edi2.logi-parcel.example",
        },
    ),
    "jeobsu-api": (
        "service",
        TMS,
        "GSN",
        "P",
        ["gsn-vm-api01"],
        ["edi_gw_01", "edi_gw_02", "ORA-TMS01"],
        {"language": "kotlin", "port": 8080, "description": "택배 접수 (order intake)"},
    ),
    "unsongjang-svc": (
        "service",
        TMS,
        "GSN",
        "P",
        ["gsn-vm-api01"],
        ["jeobsu-api", "ORA-TMS01"],
        {"language": "java", "port": 8081, "description": "운송장 발행 (waybill)", "printer_fleet": 3800},
    ),
    "scan-ingest": (
        "service",
        HUB,
        "GSN",
        "P",
        ["gsn-vm-api02"],
        ["kafka-scan"],
        {"language": "go", "port": 9000, "topics": "scan.events,scan.images"},
    ),
    "hub-gwanje": (
        "service",
        HUB,
        "GSN",
        "P",
        ["gsn-vm-api02"],
        ["GJA-SRT-CTL01", "GJA-SRT-CTL02", "OCN-SRT-CTL01", "OCN-SRT-CTL02", "BSN-SRT-CTL1", "kafka-scan"],
        {"language": "python", "port": 8000, "description": "허브 관제 대시보드"},
    ),
    "jeongsan-batch": (
        "service",
        JSN,
        "GSN",
        "P",
        ["gsn-vm-jsn01"],
        ["pg_jeongsan", "ORA-TMS01", "nas-gsn-jeongsan"],
        {"language": "java", "framework": "spring-batch-5.0", "schedule": "daily 01:00", "heap_gb": 8},
    ),
    "cheonggu-api": (
        "service",
        JSN,
        "GSN",
        "P",
        ["gsn-vm-jsn01"],
        ["pg_jeongsan", "edi_gw_01"],
        {"language": "java", "port": 8080, "description": "화주 청구 (shipper billing)"},
    ),
    "zabbix-gsn": (
        "service",
        MON,
        "GSN",
        "P",
        ["gsn-vm-mon01"],
        [],
        {"product": "zabbix", "version": "6.4.9", "port": 10051},
    ),
    "grafana-ops": (
        "service",
        MON,
        "GSN",
        "P",
        ["gsn-vm-mon01"],
        ["zabbix-gsn"],
        {"product": "grafana", "version": "10.2.3", "port": 3000},
    ),
    "ORA-WMS01": (
        "database",
        DBA,
        "GSN",
        "P",
        ["gsn-db-ora01"],
        [],
        {
            "engine": "oracle-19c",
            "version": "19.21",
            "port": 1521,
            "sid": "WMSP",
            "size_gb": 3100,
            "ha": "Data Guard",
        },
    ),
    "ORA-TMS01": (
        "database",
        DBA,
        "GSN",
        "P",
        ["gsn-db-ora02"],
        [],
        {
            "engine": "oracle-19c",
            "version": "19.21",
            "port": 1521,
            "sid": "TMSP",
            "size_gb": 5400,
            "ha": "Data Guard",
        },
    ),
    "pg_jeongsan": (
        "database",
        DBA,
        "GSN",
        "P",
        ["gsn-db-pg01"],
        [],
        {"engine": "postgresql-15.5", "port": 5432, "size_gb": 1800, "ha": "Patroni"},
    ),
    "redis-wms-01": (
        "cache",
        WMS,
        "GSN",
        "P",
        ["gsn-vm-wms01"],
        [],
        {"engine": "redis-6.2", "port": 6379, "maxmemory_gb": 12},
    ),
    "kafka-scan": (
        "queue",
        HUB,
        "GSN",
        "P",
        ["IDC-KFK-B01", "IDC-KFK-B02", "IDC-KFK-B03"],
        [],
        {
            "engine": "kafka-3.6.1",
            "port": 9092,
            "partitions": 96,
            "replication_factor": 3,
            "retention_h": 72,
            "topics": "scan.events,scan.images,delivery.status",
        },
    ),
    "rabbit-edi": (
        "queue",
        EDI,
        "GSN",
        "P",
        ["gsn-mq-01"],
        [],
        {"engine": "rabbitmq-3.12.10", "port": 5672, "vhost": "/edi"},
    ),
    # AWS Seoul
    "chujeok-api-v2": (
        "service",
        CX,
        "AWS",
        "P",
        ["apne2-eks-ng1-a", "apne2-eks-ng1-b"],
        ["rds-pg-chujeok", "ec-redis-trk"],
        {"language": "kotlin", "port": 8080, "version": "2.17.3", "replicas": 12},
    ),
    "chujeok-api-v1": (
        "service",
        CX,
        "AWS",
        "P",
        ["apne2-eks-ng1-c"],
        ["chujeok-api-v2"],
        {
            "language": "java",
            "port": 8080,
            "version": "1.9.14",
            "replicas": 4,
            "description": "legacy tracking facade",
        },
    ),
    "chujeok-web": (
        "service",
        CX,
        "AWS",
        "P",
        ["apne2-eks-ng1-a"],
        ["chujeok-api-v2"],
        {"language": "node", "port": 3000, "framework": "next.js-14", "replicas": 6},
    ),
    "chujeok-sync": (
        "service",
        CX,
        "AWS",
        "P",
        ["apne2-eks-ng1-b"],
        ["kafka-scan", "rds-pg-chujeok"],
        {"language": "go", "port": 9000, "consumer_group": "chujeok-sync-v2", "replicas": 6},
    ),
    "gisa-bff": (
        "service",
        DRV,
        "AWS",
        "P",
        ["apne2-eks-ng1-b", "apne2-eks-ng1-c"],
        ["tms-baecha", "baesong-api", "sajin-upload", "redis-gisa-sess"],
        {
            "language": "node",
            "port": 8080,
            "replicas": 10,
            "description": "기사 앱 backend",
            "drivers": 21400,
            "version": "4.12.0",
        },
    ),
    "baesong-api": (
        "service",
        DRV,
        "AWS",
        "P",
        ["apne2-eks-ng1-a"],
        ["ORA-TMS01", "kafka-scan", "allim-noti"],
        {"language": "java", "port": 8080, "replicas": 8, "description": "배송 상태/완료 처리"},
    ),
    "sajin-upload": (
        "service",
        DRV,
        "AWS",
        "P",
        ["apne2-eks-ng1-c"],
        ["s3-baesong-photo"],
        {"language": "go", "port": 8080, "replicas": 4, "max_photo_kb": 800},
    ),
    "allim-noti": (
        "service",
        NOTI,
        "AWS",
        "P",
        ["apne2-eks-ng1-c"],
        ["sqs-allim"],
        {
            "language": "python",
            "port": 8000,
            "replicas": 6,
            "sms_vendor": "BizTalk Korea",
            "channels": "kakao-alimtalk,sms,lms",
            "tps_limit": 300,
        },
    ),
    "gyeongro-opt-v3": (
        "service",
        ROUTE,
        "AWS",
        "P",
        ["apne2-eks-ng2-a"],
        ["ec-redis-geo", "ORA-TMS01"],
        {
            "language": "python",
            "port": 8000,
            "version": "3.4.1",
            "replicas": 3,
            "solver": "OR-Tools 9.8",
            "memory_limit_gb": 48,
        },
    ),
    "partner-apigw": (
        "service",
        EDI,
        "AWS",
        "P",
        ["apne2-eks-ng1-c"],
        ["chujeok-api-v1", "jeobsu-api"],
        {"product": "Kong Gateway", "version": "3.5.0", "port": 8443, "rate_limit_rps": 2000},
    ),
    "rds-pg-chujeok": (
        "database",
        DBA,
        "AWS",
        "P",
        [],
        [],
        {
            "engine": "aurora-postgresql-15.4",
            "port": 5432,
            "instance_class": "db.r6g.2xlarge",
            "size_gb": 900,
        },
    ),
    "ec-redis-trk": (
        "cache",
        CX,
        "AWS",
        "P",
        [],
        [],
        {"engine": "redis-7.1", "port": 6379, "node_type": "cache.r6g.large", "maxmemory_gb": 13},
    ),
    "ec-redis-geo": (
        "cache",
        ROUTE,
        "AWS",
        "P",
        [],
        [],
        {"engine": "redis-7.1", "port": 6379, "node_type": "cache.r6g.xlarge", "maxmemory_gb": 26},
    ),
    "redis-gisa-sess": (
        "cache",
        DRV,
        "AWS",
        "P",
        [],
        [],
        {"engine": "redis-7.0", "port": 6379, "node_type": "cache.m6g.large", "maxmemory_gb": 6},
    ),
    "sqs-allim": (
        "queue",
        NOTI,
        "AWS",
        "P",
        [],
        [],
        {"engine": "aws-sqs", "queue": "allim-send.fifo", "visibility_timeout_s": 60},
    ),
    # staging and dev
    "stg-wms-core": (
        "service",
        WMS,
        "GSN",
        "S",
        ["stg-vm-wms01"],
        [],
        {"language": "java", "port": 8443, "framework": "spring-boot-3.2", "heap_gb": 4},
    ),
    "stg-chujeok-api-v2": (
        "service",
        CX,
        "AWS",
        "S",
        ["stg-eks-n1"],
        [],
        {"language": "kotlin", "port": 8080, "version": "2.18.1-rc2", "replicas": 2},
    ),
    "dev-gyeongro-opt": (
        "service",
        ROUTE,
        "GSN",
        "D",
        ["dev-vm-01"],
        [],
        {"language": "python", "port": 8000, "version": "3.5.0-dev", "solver": "OR-Tools 9.9"},
    ),
    "dev-jeobsu-api": (
        "service",
        TMS,
        "GSN",
        "D",
        ["dev-vm-01"],
        [],
        {"language": "kotlin", "port": 8080},
    ),
}
LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-gsn-01": (
        "GSN",
        NETOPS,
        ["jeobsu-api", "edi_gw_01", "edi_gw_02", "wms-core"],
        {"vendor": "F5 BIG-IP i4800", "version": "16.1.4", "vip": "10.40.0.10", "rack": "GSN-B2-R07"},
    ),
    "alb-chujeok-pub": (
        "AWS",
        CLOUD,
        ["chujeok-web", "chujeok-api-v2", "partner-apigw"],
        {"vendor": "AWS ALB", "dns": "track.logi-parcel.example", "scheme": "internet-facing"},
    ),
    "alb-gisa": (
        "AWS",
        CLOUD,
        ["gisa-bff", "sajin-upload"],
        {"vendor": "AWS ALB", "dns": "driver-api.logi-parcel.example", "scheme": "internet-facing"},
    ),
}
STORAGE = {  # name: (site, owner, attributes, hosts writing there (CONNECTS_TO))
    "s3-baesong-photo": (
        "AWS",
        DRV,
        {
            "vendor": "AWS S3",
            "bucket": "lp-delivery-photo-apne2",
            "quota_tb": 400,
            "lifecycle": "90d → Glacier IR",
        },
        [],
    ),
    "s3-edi-archive": (
        "AWS",
        EDI,
        {"vendor": "AWS S3", "bucket": "lp-edi-archive", "quota_tb": 60, "lifecycle": "7y retention"},
        [],
    ),
    "nas-gsn-jeongsan": (
        "GSN",
        JSN,
        {"vendor": "NetApp FAS8300", "capacity_tb": 96, "share": "/vol/jeongsan", "rack": "GSN-C1-R02"},
        ["gsn-vm-jsn01"],
    ),
}
# hosts: name -> (site, env, owner, runs_on (RUNS_ON), connects_to (CONNECTS_TO), attributes)
HOSTS: dict[str, tuple[str, str, str, list[str], list[str], dict]] = {
    "GJA-EDGE-SRV1": (
        "GJA",
        "P",
        HUB,
        [],
        ["GJA-L3SW-01"],
        {"platform": "bare-metal", "vendor": "Advantech SKY-8232", "os": "windows-server-2019"},
    ),
    "GJA-EDGE-SRV2": (
        "GJA",
        "P",
        HUB,
        [],
        ["GJA-L3SW-01"],
        {"platform": "bare-metal", "vendor": "Advantech SKY-8232", "os": "windows-server-2019"},
    ),
    "GJA-DB-SRV1": (
        "GJA",
        "P",
        DBA,
        [],
        ["GJA-L3SW-01"],
        {"platform": "bare-metal", "vendor": "Dell PowerEdge R650", "os": "rocky-8.9"},
    ),
    "GJA-DB-SRV2": (
        "GJA",
        "P",
        DBA,
        [],
        ["GJA-L3SW-01"],
        {"platform": "bare-metal", "vendor": "Dell PowerEdge R650", "os": "rocky-8.9"},
    ),
    "GJA-L3SW-01": (
        "GJA",
        "P",
        NETOPS,
        [],
        [],
        {"device": "l3-switch", "vendor": "Cisco Catalyst 9500-48Y4C", "firmware": "17.9.4a", "ports": 48},
    ),
    "OCN-EDGE-SRV1": (
        "OCN",
        "P",
        HUB,
        [],
        ["OCN-L3SW-01", "OCN-L3SW-02"],
        {"platform": "bare-metal", "vendor": "HPE ProLiant DL360 Gen10", "os": "windows-server-2022"},
    ),
    "OCN-L3SW-01": (
        "OCN",
        "P",
        NETOPS,
        [],
        [],
        {"device": "l3-switch", "vendor": "Arista 7050SX3-48YC8", "firmware": "4.30.2F", "ports": 48},
    ),
    "OCN-L3SW-02": (
        "OCN",
        "P",
        NETOPS,
        [],
        [],
        {"device": "l3-switch", "vendor": "Arista 7050SX3-48YC8", "firmware": "4.28.3M", "ports": 48},
    ),
    "BSN-EDGE-SRV1": (
        "BSN",
        "P",
        HUB,
        [],
        ["BSN-L3SW-01"],
        {"platform": "bare-metal", "vendor": "Lenovo ThinkSystem SR630 V2", "os": "rocky-8.9"},
    ),
    "BSN-L3SW-01": (
        "BSN",
        "P",
        NETOPS,
        [],
        [],
        {"device": "l3-switch", "vendor": "Juniper EX4400-48F", "firmware": "22.4R3", "ports": 48},
    ),
    "gsn-esx-01": (
        "GSN",
        "P",
        IDC,
        [],
        [],
        {"platform": "esxi", "vendor": "HPE ProLiant DL380 Gen10 Plus", "os": "esxi-8.0u2"},
    ),
    "gsn-esx-02": (
        "GSN",
        "P",
        IDC,
        [],
        [],
        {"platform": "esxi", "vendor": "HPE ProLiant DL380 Gen10 Plus", "os": "esxi-8.0u2"},
    ),
    "gsn-esx-03": (
        "GSN",
        "P",
        IDC,
        [],
        [],
        {"platform": "esxi", "vendor": "HPE ProLiant DL380 Gen10", "os": "esxi-7.0u3"},
    ),
    "gsn-vm-wms01": ("GSN", "P", IDC, ["gsn-esx-01"], [], {"platform": "vmware-vm", "os": "rhel-8.8"}),
    "gsn-vm-wms02": ("GSN", "P", IDC, ["gsn-esx-01"], [], {"platform": "vmware-vm", "os": "rhel-8.8"}),
    "gsn-vm-api01": ("GSN", "P", IDC, ["gsn-esx-01"], [], {"platform": "vmware-vm", "os": "rocky-9.3"}),
    "gsn-vm-tms01": ("GSN", "P", IDC, ["gsn-esx-02"], [], {"platform": "vmware-vm", "os": "rhel-8.8"}),
    "gsn-vm-edi01": ("GSN", "P", IDC, ["gsn-esx-02"], [], {"platform": "vmware-vm", "os": "rhel-7.9"}),
    "gsn-vm-edi02": ("GSN", "P", IDC, ["gsn-esx-02"], [], {"platform": "vmware-vm", "os": "rhel-8.8"}),
    "gsn-vm-api02": ("GSN", "P", IDC, ["gsn-esx-02"], [], {"platform": "vmware-vm", "os": "rocky-9.3"}),
    "gsn-vm-jsn01": (
        "GSN",
        "P",
        IDC,
        ["gsn-esx-03"],
        ["nas-gsn-jeongsan"],
        {"platform": "vmware-vm", "os": "rhel-8.8"},
    ),
    "gsn-vm-mon01": ("GSN", "P", MON, ["gsn-esx-03"], [], {"platform": "vmware-vm", "os": "ubuntu-22.04"}),
    "gsn-vm-edi03": ("GSN", "P", IDC, [], [], {"platform": "vmware-vm", "os": "rhel-6.10"}),
    "stg-vm-wms01": ("GSN", "S", IDC, ["gsn-esx-03"], [], {"platform": "vmware-vm", "os": "rhel-8.8"}),
    "dev-vm-01": ("GSN", "D", IDC, ["gsn-esx-03"], [], {"platform": "vmware-vm", "os": "ubuntu-22.04"}),
    "gsn-db-ora01": (
        "GSN",
        "P",
        DBA,
        [],
        [],
        {"platform": "bare-metal", "vendor": "Dell PowerEdge R760", "os": "oracle-linux-8.8"},
    ),
    "gsn-db-ora02": (
        "GSN",
        "P",
        DBA,
        [],
        [],
        {"platform": "bare-metal", "vendor": "Dell PowerEdge R760", "os": "oracle-linux-8.8"},
    ),
    "gsn-db-pg01": (
        "GSN",
        "P",
        DBA,
        [],
        [],
        {"platform": "bare-metal", "vendor": "Dell PowerEdge R750", "os": "rocky-9.3"},
    ),
    "gsn-mq-01": (
        "GSN",
        "P",
        IDC,
        [],
        [],
        {"platform": "bare-metal", "vendor": "Dell PowerEdge R650", "os": "rocky-9.3"},
    ),
    "IDC-KFK-B01": (
        "GSN",
        "P",
        IDC,
        [],
        [],
        {"platform": "bare-metal", "vendor": "Supermicro SYS-620U", "os": "rocky-9.3", "disk_tb": 24},
    ),
    "IDC-KFK-B02": (
        "GSN",
        "P",
        IDC,
        [],
        [],
        {"platform": "bare-metal", "vendor": "Supermicro SYS-620U", "os": "rocky-9.3", "disk_tb": 12},
    ),
    "IDC-KFK-B03": (
        "GSN",
        "P",
        IDC,
        [],
        [],
        {"platform": "bare-metal", "vendor": "Supermicro SYS-620U", "os": "rocky-9.3", "disk_tb": 24},
    ),
    "apne2-eks-ng1-a": ("AWS", "P", CLOUD, [], [], {"platform": "ec2", "instance_type": "m6i.4xlarge"}),
    "apne2-eks-ng1-b": ("AWS", "P", CLOUD, [], [], {"platform": "ec2", "instance_type": "m6i.4xlarge"}),
    "apne2-eks-ng1-c": ("AWS", "P", CLOUD, [], [], {"platform": "ec2", "instance_type": "m6i.2xlarge"}),
    "apne2-eks-ng2-a": ("AWS", "P", CLOUD, [], [], {"platform": "ec2", "instance_type": "r6i.4xlarge"}),
    "apne2-bastion-01": ("AWS", "P", CLOUD, [], [], {"platform": "ec2", "instance_type": "t3.small"}),
    "stg-eks-n1": ("AWS", "S", CLOUD, [], [], {"platform": "ec2", "instance_type": "m6i.xlarge"}),
}
CORES = {"m6i.4xlarge": 16, "m6i.2xlarge": 8, "r6i.4xlarge": 16, "t3.small": 2, "m6i.xlarge": 4}
MEMORY = {"m6i.4xlarge": 64, "m6i.2xlarge": 32, "r6i.4xlarge": 128, "t3.small": 2, "m6i.xlarge": 16}
NET = {"GJA": (172, 21), "OCN": (172, 22), "BSN": (172, 23), "GSN": (10, 40), "AWS": (10, 120)}
STATUS = {
    "BSN-SCN-B01": "maintenance",  # lens and illumination module replacement this morning
    "gsn-vm-edi03": "retired",  # the old EDI box (RHEL 6), kept in the CMDB until disposal
    "stg-chujeok-api-v2": "maintenance",
}

INCIDENTS = [
    {
        "id": "L1",
        "kind": "switch_link_flap",
        "root": "OCN-L3SW-02",
        "description": "the uplink Ethernet1/49 of 옥천 hub switch OCN-L3SW-02 flaps (a failing SFP): the line-2"
        " PLC gateway OCN-PLC-GW2 and vision scanner OCN-SCN-V02 lose their connections, sorter line 2"
        " (OCN-SRT-CTL02) stops and restarts, hub-gwanje shows gaps for 옥천",
        "start": kst(18, 3, 10),
        "end": kst(18, 4, 0),
        "hops": {"OCN-L3SW-02": 0, "OCN-PLC-GW2": 1, "OCN-SCN-V02": 1, "OCN-SRT-CTL02": 1, "hub-gwanje": 2},
    },
    {
        "id": "L2",
        "kind": "kafka_disk_full",
        "root": "kafka-scan",
        "description": "retention of scan.images was raised to 168 h on Tuesday evening; broker IDC-KFK-B02 (the"
        " 12 TB one) fills its log directory and goes offline, kafka-scan partitions lose their ISR: scan-ingest"
        " cannot produce (NOT_ENOUGH_REPLICAS), chujeok-sync and hub-gwanje lag until retention is cut back",
        "start": kst(18, 11, 20),
        "end": kst(18, 12, 45),
        "hops": {"kafka-scan": 0, "scan-ingest": 1, "chujeok-sync": 1, "hub-gwanje": 1},
    },
    {
        "id": "L3",
        "kind": "db_lock_contention",
        "root": "GJA-SRTDB-01",
        "description": "a sort-plan full reload on GJA-SRTDB-01 takes an exclusive lock on sort_destination at the"
        " 곤지암 evening peak: destination lookups of GJA-SRT-CTL01 and GJA-SRT-CTL02 wait and time out, parcels"
        " recirculate, hub-gwanje slows; ends when the reload is killed",
        "start": kst(18, 19, 40),
        "end": kst(18, 21, 20),
        "hops": {"GJA-SRTDB-01": 0, "GJA-SRT-CTL01": 1, "GJA-SRT-CTL02": 1, "hub-gwanje": 2},
    },
    {
        "id": "L4",
        "kind": "cert_expired",
        "root": "edi_gw_01",
        "description": "the AS2 signing/TLS certificate of edi_gw_01 expires at midnight: partner AS2 sessions fail"
        " the handshake, jeobsu-api receives no order batches from the large malls, cheonggu-api cannot push"
        " invoices, unsongjang-svc errors on missing orders; a renewed certificate is installed at 02:20",
        "start": kst(19, 0, 0),
        "end": kst(19, 2, 40),
        "hops": {"edi_gw_01": 0, "jeobsu-api": 1, "cheonggu-api": 1, "unsongjang-svc": 2},
    },
    {
        "id": "L5",
        "kind": "memory_leak",
        "root": "gyeongro-opt-v3",
        "description": "gyeongro-opt-v3 3.4.1 (deployed yesterday 13:00) leaks memory in its time-window cache;"
        " memory climbs for 18 hours and at the morning dispatch peak full GCs make route plans slow: tms-baecha"
        " times out requesting plans, gisa-bff route downloads slow; a rolling restart at 08:52 clears it"
        " (memory climbs again since)",
        "start": kst(19, 7, 5),
        "end": kst(19, 9, 0),
        "hops": {"gyeongro-opt-v3": 0, "tms-baecha": 1, "gisa-bff": 2},
    },
    {
        "id": "L6",
        "kind": "bad_deploy",
        "root": "chujeok-api-v2",
        "description": "chujeok-api-v2 2.18.0 (deployed 09:14) throws HTTP 500 in its status mapper on the new hub"
        " status codes: chujeok-api-v1 and chujeok-web error, partner-apigw passes the errors on; rolled back to"
        " 2.17.3 at 10:28",
        "start": kst(19, 9, 20),
        "end": kst(19, 10, 35),
        "hops": {"chujeok-api-v2": 0, "chujeok-api-v1": 1, "chujeok-web": 1, "partner-apigw": 2},
    },
    {
        "id": "L7",
        "kind": "vendor_rate_limited",
        "root": "allim-noti",
        "description": "allim-noti's retry policy was raised to 10 retries at 15:58; at the afternoon delivery"
        " completion peak it exceeds the SMS/알림톡 vendor's 300 TPS contract and gets HTTP 429: notifications"
        " fail and back off, baesong-api's completion calls slow down, gisa-bff follows (ongoing)",
        "start": kst(19, 16, 5),
        "end": None,
        "hops": {"allim-noti": 0, "baesong-api": 1, "gisa-bff": 2},
    },
]
L1, L2, L3, L4, L5, L6, L7 = INCIDENTS
LEAK_FROM = kst(18, 13, 0)  # gyeongro-opt-v3 3.4.1 deployed
LEAK_RESTART = kst(19, 8, 55)  # rolling restart
RETENTION_RAISED = kst(17, 20, 0)  # kafka scan.images retention 72h -> 168h
RETENTION_CUT = kst(18, 12, 35)
DEV_LOADTEST = kst(19, 15, 20)

# per incident: (response-time factor, error points) by hop
EFFECT = {
    "L1": {0: (1.5, 12.0), 1: (3.0, 22.0), 2: (0.4, 1.6)},
    "L2": {0: (11.0, 16.0), 1: (2.8, 8.5), 2: (0.5, 1.0)},
    "L3": {0: (24.0, 3.5), 1: (4.0, 6.5), 2: (0.9, 1.4)},
    "L4": {0: (0.6, 58.0), 1: (0.5, 8.0), 2: (0.2, 2.4)},
    "L5": {0: (6.5, 4.5), 1: (2.5, 3.0), 2: (0.9, 1.1)},
    "L6": {0: (1.2, 15.0), 1: (0.6, 9.5), 2: (0.2, 3.2)},
    "L7": {0: (3.6, 34.0), 1: (2.2, 4.2), 2: (0.7, 1.3)},
}
# specific rt/err per incident and CI, where a CI suffers differently from its hop
EFFECT_CI = {("L1", "OCN-SRT-CTL02"): (2.6, 10.5), ("L2", "chujeok-sync"): (2.0, 4.2)}


def _check_hops() -> None:
    """Each incident's hop numbers are DEPENDS_ON distances from the affected CI to the root."""
    deps = {n: set(a[5]) for n, a in APPS.items()}
    for inc in INCIDENTS:
        for ci, hop in inc["hops"].items():
            seen, queue = {ci: 0}, deque([ci])
            while queue:
                n = queue.popleft()
                for d in deps.get(n, ()):
                    if d not in seen:
                        seen[d] = seen[n] + 1
                        queue.append(d)
            assert seen.get(inc["root"]) == hop, (inc["id"], ci, hop, seen.get(inc["root"]))


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    for name, (kind, owner, site, env, on, deps, extra) in APPS.items():
        attrs: dict = {}
        if kind == "service" and "version" not in extra:
            attrs["version"] = f"{rng.randint(1, 6)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
    for lb, (site, owner, targets, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, owner, attrs, writers) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
        rels += [(h, st, "CONNECTS_TO") for h in writers]
    counters: dict[str, int] = {}
    for h, (site, env, owner, on, links, extra) in HOSTS.items():
        a, b = NET[site]
        k = counters[site] = counters.get(site, 0) + 1
        third = {"P": 8, "S": 40, "D": 48}[env]
        attrs = {"ip": f"{a}.{b}.{third + k // 12}.{11 + (k % 12) * 7}"}
        kind = extra.get("platform") or "network"
        if extra.get("device") == "l3-switch":
            attrs |= {"mgmt_vlan": 900 + k}
        elif kind == "ec2":
            it = extra["instance_type"]
            attrs |= {
                "cores": CORES[it],
                "memory_gb": MEMORY[it],
                "az": f"ap-northeast-2{'acbd'[k % 4]}",
                "os": "bottlerocket-1.19" if "eks" in h else "amazon-linux-2023",
            }
        elif kind == "esxi":
            attrs |= {"cores": rng.choice([48, 64]), "memory_gb": rng.choice([768, 1024])}
        elif kind == "vmware-vm":
            attrs |= {"cores": rng.choice([4, 8, 16]), "memory_gb": rng.choice([16, 32, 64])}
        else:
            attrs |= {"cores": rng.choice([16, 24, 32, 48]), "memory_gb": rng.choice([64, 128, 256, 512])}
        if h.startswith(("gsn-db-ora",)):
            attrs |= {"cores": 48, "memory_gb": 768}
        if site != "AWS" and kind != "vmware-vm":
            attrs["rack"] = f"{site}-{rng.choice('ABC')}{rng.randint(1, 4)}-R{rng.randint(1, 24):02d}"
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
        rels += [(h, t, "RUNS_ON") for t in on] + [(h, t, "CONNECTS_TO") for t in links]
    return sorted(cis, key=lambda c: c["name"]), rels


# ---------------------------------------------------------------------- load profiles (0..1)


def _bump(ts: datetime, centre: float, sigma: float) -> float:
    d = abs(seoul_hour(ts) - centre)
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * sigma**2))


PROFILES = {
    "gja": lambda t: 0.12 + 0.88 * _bump(t, 22.5, 3.0),  # megahub: evening/night trunk arrivals
    "ocn": lambda t: 0.12 + 0.88 * _bump(t, 1.5, 2.6),  # hub: after midnight
    "bsn": lambda t: 0.1 + 0.9 * _bump(t, 7.5, 1.8),  # sub-terminal: morning sort before dispatch
    "office": lambda t: 0.18 + 0.72 * _bump(t, 14.0, 3.8),
    "edi": lambda t: 0.15 + 0.5 * _bump(t, 14.0, 4.0) + 0.6 * _bump(t, 0.3, 0.8),  # midnight partner batches
    "driver": lambda t: 0.08 + 0.92 * _bump(t, 13.5, 3.4),
    "customer": lambda t: 0.1 + 0.9 * _bump(t, 16.0, 4.2),
    "route": lambda t: 0.08 + 0.92 * _bump(t, 7.2, 1.0),  # morning route planning
    "batch": lambda t: 0.1 + 0.9 * _bump(t, 2.3, 1.0),  # 정산 batch 01:00-04:00
    "scan": lambda t: 0.2 + 0.45 * _bump(t, 22.5, 3.0) + 0.35 * _bump(t, 7.5, 1.8),
    "flat": lambda t: 0.5,
}
PROFILE_OF = {
    "GJA-": "gja",
    "OCN-": "ocn",
    "BSN-": "bsn",
    "IDC-KFK": "scan",
    "kafka-scan": "scan",
    "scan-ingest": "scan",
    "hub-gwanje": "scan",
    "gsn-vm-api02": "scan",
    "edi_": "edi",
    "gsn-vm-edi": "edi",
    "rabbit-edi": "edi",
    "jeobsu": "edi",
    "gsn-vm-api01": "edi",
    "cheonggu": "batch",
    "jeongsan": "batch",
    "pg_jeongsan": "batch",
    "gsn-db-pg01": "batch",
    "gsn-vm-jsn01": "batch",
    "nas-": "batch",
    "gyeongro": "route",
    "ec-redis-geo": "route",
    "apne2-eks-ng2": "route",
    "gisa": "driver",
    "baesong": "driver",
    "sajin": "driver",
    "s3-baesong": "driver",
    "redis-gisa": "driver",
    "apne2-eks-ng1-c": "driver",
    "chujeok": "customer",
    "allim": "customer",
    "sqs-allim": "customer",
    "alb-chujeok": "customer",
    "ec-redis-trk": "customer",
    "rds-pg": "customer",
    "apne2-eks-ng1-a": "customer",
    "apne2-eks-ng1-b": "customer",
    "alb-gisa": "driver",
    "partner": "customer",
}


def _profile(name: str) -> str:
    for prefix, prof in PROFILE_OF.items():
        if name.startswith(prefix):
            return prof
    return "office" if not name.startswith(("stg-", "dev-", "zabbix", "grafana", "apne2-bastion")) else "flat"


def _leak(ts: datetime) -> float:
    """gyeongro-opt-v3 heap use (%): climbs from the 3.4.1 deploy, drops at the restart and climbs again."""
    if ts < LEAK_FROM:
        return 41.0
    if ts < LEAK_RESTART:
        frac = (ts - LEAK_FROM).total_seconds() / (L5["start"] - LEAK_FROM).total_seconds()
        return 41.0 + 55.5 * min(frac, 1.0) ** 1.25 + (1.6 if ts >= L5["start"] else 0.0)
    return 36.0 + 3.1 * (ts - LEAK_RESTART).total_seconds() / 3600


HOST = HostBaseline(cpu=(0.45, 0.75, 1.1), memory=(6, 0.45), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.35, 0.04), memory=(8, 0.5))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    prof = PROFILES[_profile(name)]
    switch = ci["attributes"].get("device") == "l3-switch"
    cpu0, mem0, disk0 = rng.uniform(14, 40), rng.uniform(32, 62), rng.uniform(24, 66)
    growth = rng.uniform(0.0, 0.8)
    if switch:
        cpu0, mem0 = rng.uniform(8, 18), rng.uniform(38, 52)
    if name.startswith("gsn-db-ora"):
        mem0 = 77.5 if name == "gsn-db-ora01" else 72.0  # Oracle SGA
    if name.startswith("gsn-esx"):
        cpu0, mem0 = rng.uniform(30, 45), rng.uniform(62, 74)
    err0 = rng.uniform(0.005, 0.04)
    for ts, d, cpu, mem, disk in HOST.walk(rng, times, START, prof, (cpu0, mem0, disk0), growth):
        err = max(0.0, err0 * (1 + rng.gauss(0, 0.3)))
        if name == "OCN-L3SW-02":  # uplink flap: control-plane churn and interface errors
            r = ramp(ts, L1["start"] - timedelta(minutes=5), L1["end"], rise=10, fall=10)
            cpu += (93.5 - cpu) * r
            err += 12.0 * r * (0.7 + 0.3 * math.sin((ts - L1["start"]).total_seconds() / 300))
        if name == "IDC-KFK-B02":  # the 12 TB broker fills after the retention change
            if ts < RETENTION_RAISED:
                disk = 58 + rng.gauss(0, 0.15)
            elif ts < RETENTION_CUT:
                frac = progress(ts, RETENTION_RAISED, L2["start"])
                disk = min(99.9, 58 + 42 * frac**1.15 + rng.gauss(0, 0.1))
            else:
                disk = 54 + 0.6 * (ts - RETENTION_CUT).total_seconds() / 86400 + rng.gauss(0, 0.1)
        if name in ("IDC-KFK-B01", "IDC-KFK-B03"):
            disk = (
                41
                + 9 * min(1.0, max(0.0, (ts - RETENTION_RAISED).total_seconds() / 86400))
                + rng.gauss(0, 0.1)
            )
            if ts >= RETENTION_CUT:
                disk -= 7
        if name == "GJA-DB-SRV1":
            cpu += 16 * ramp(ts, L3["start"], L3["end"])
        if name == "apne2-eks-ng2-a":  # the node under the leaking pods
            mem = mem0 + 0.55 * (_leak(ts) - 41) + 4 * d + rng.gauss(0, 0.4)
        if name == "dev-vm-01" and ts >= DEV_LOADTEST:
            cpu += (97.2 - cpu) * ramp(ts, DEV_LOADTEST, None, rise=10)
        if name == "gsn-vm-jsn01":
            cpu = 9 + 78 * PROFILES["batch"](ts) + rng.gauss(0, 1.5)
        rows += samples(ts, name, cpu_usage=max(0.5, min(cpu, 99.6)), memory_usage=min(mem, 99.0))
        rows.append(
            (ts, name, "error_rate", min(err, 100.0)) if switch else (ts, name, "disk_usage", min(disk, 99.9))
        )
    return rows


def _settlement_exports(rng: random.Random, ts: datetime) -> float:
    """nas-gsn-jeongsan: month-end settlement exports pile up."""
    return 82.0 + 9.6 * progress(ts, START, NOW) + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = _settlement_exports if ci["name"] == "nas-gsn-jeongsan" else None
    return storage_fill(rng, ci["name"], times, START, (35, 60), 0.25, filling)


MEM_SERVICES = {"gyeongro-opt-v3", "wms-core", "tms-baecha", "chujeok-api-v2", "jeongsan-batch", "allim-noti"}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    prof = PROFILES[_profile(name)]
    rt0 = level_by_kind(rng, kind, (4, 22), (0.5, 2.0), (3, 12), (6, 30), other=(40, 240))
    if "-PLC-GW" in name:
        rt0 = rng.uniform(6, 14)
    elif "-SRT-CTL" in name:
        rt0 = rng.uniform(28, 55)
    elif "-SCN-" in name:
        rt0 = rng.uniform(35, 80)
    elif name == "gyeongro-opt-v3":
        rt0 = 820.0  # a route plan
    elif name == "jeongsan-batch":
        rt0 = 540.0
    levels = rt0, rng.uniform(0.03, 0.4), None, rng.uniform(35, 58)
    cpu0 = rng.uniform(15, 40)
    for ts, d, rt, err, _, mem in SERVICE.walk(rng, times, prof, levels):
        cpu = cpu0 * (0.5 + 0.8 * d) + rng.gauss(0, 1.0)
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_CI.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            if inc["id"] == "L1":  # the flapping: connections come and go
                r *= 0.7 + 0.3 * math.sin((ts - inc["start"]).total_seconds() / 300)
            rt *= 1 + r * f_rt
            err += r * f_err
        if name == "gyeongro-opt-v3":
            mem = _leak(ts) + rng.gauss(0, 0.35)
            cpu += 30 * ramp(ts, L5["start"], L5["end"])
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0))
        if kind == "cache" or name in MEM_SERVICES:
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
        if name in MEM_SERVICES or name == "rds-pg-chujeok":
            rows.append((ts, name, "cpu_usage", max(0.5, min(cpu, 99.5))))
    return rows


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (17, 18, 30, "gisa-bff", "info", "deployment", "Deployed gisa-bff 4.12.0 (반품 회수 사진 필수)"),
    (
        17,
        20,
        0,
        "kafka-scan",
        "info",
        "config_change",
        "topic scan.images retention.ms 72h -> 168h (CS 분쟁 대응)",
    ),
    (17, 21, 40, "OCN-L3SW-02", "minor", "link_flap", "Ethernet1/49 changed state to down, up after 2 s"),
    (17, 23, 10, "GJA-SRT-CTL01", "info", "throughput", "line 1 throughput 51,200 pph (peak)"),
    (18, 1, 0, "jeongsan-batch", "info", "batch_job", "Daily settlement batch started (정산일 2026-11-17)"),
    (18, 2, 50, "pg_jeongsan", "info", "backup", "pgBackRest full backup done (1.7 TB)"),
    (18, 3, 42, "jeongsan-batch", "info", "batch_job", "Daily settlement batch finished (412,880 waybills)"),
    (18, 6, 40, "BSN-SCN-B01", "minor", "read_rate", "no-read rate 1.8% on induct 2 (lens dirty?)"),
    (
        18,
        9,
        0,
        "edi_gw_01",
        "warning",
        "cert_expiry",
        "AS2 certificate CN=edi.logi-parcel.example expires in 1 day",
    ),
    (18, 9, 50, "IDC-KFK-B02", "warning", "threshold_breach", "disk_usage above 85% on /data/kafka"),
    (18, 10, 0, "wms-core", "info", "deployment", "Deployed wms-core 8.3.2 (출고 wave 분할)"),
    (
        18,
        13,
        0,
        "gyeongro-opt-v3",
        "info",
        "deployment",
        "Deployed gyeongro-opt-v3 3.4.1 (time-window constraints)",
    ),
    (18, 15, 0, "redis-gisa-sess", "minor", "failover", "ElastiCache primary failover (AZ maintenance), 9 s"),
    (18, 16, 20, "apne2-bastion-01", "info", "login", "SSM session by vendor engineer (ticket LP-7731)"),
    (18, 17, 45, "GJA-SRTDB-01", "info", "maintenance", "VACUUM ANALYZE sort_destination done"),
    (18, 22, 0, "nas-gsn-jeongsan", "warning", "threshold_breach", "disk_usage above 85% on /vol/jeongsan"),
    (18, 22, 30, "GJA-SCN-V01", "minor", "read_rate", "no-read rate 2.4% on tunnel 1 (damaged labels)"),
    (18, 23, 5, "GJA-SRT-CTL02", "info", "throughput", "line 2 throughput 47,600 pph (peak)"),
    (19, 1, 0, "jeongsan-batch", "info", "batch_job", "Daily settlement batch started (정산일 2026-11-18)"),
    (19, 2, 50, "pg_jeongsan", "info", "backup", "pgBackRest full backup done (1.7 TB)"),
    (19, 3, 55, "jeongsan-batch", "info", "batch_job", "Daily settlement batch finished (428,102 waybills)"),
    (19, 5, 40, "gyeongro-opt-v3", "warning", "threshold_breach", "memory_usage above 85% (pod heap)"),
    (
        19,
        8,
        0,
        "BSN-SCN-B01",
        "info",
        "maintenance",
        "Lens and illumination module replacement (scanner offline)",
    ),
    (19, 11, 30, "stg-chujeok-api-v2", "info", "maintenance", "Staging frozen for 2.18.1 regression tests"),
    (19, 13, 30, "nas-gsn-jeongsan", "major", "threshold_breach", "disk_usage above 90% on /vol/jeongsan"),
    (19, 14, 10, "ORA-WMS01", "info", "backup", "RMAN incremental level 1 backup done"),
    (19, 15, 20, "dev-vm-01", "info", "load_test", "k6 load test on dev-gyeongro-opt started by route-ds"),
    (19, 15, 45, "dev-vm-01", "warning", "threshold_breach", "cpu_usage above 95% for 15 min"),
]
INCIDENT_EVENTS = [
    # L1 switch flap (yesterday 새벽)
    (18, 3, 9, "OCN-L3SW-02", "major", "link_flap", "Ethernet1/49 (uplink) flapped 37 times in 5 min"),
    (
        18,
        3,
        12,
        "OCN-PLC-GW2",
        "critical",
        "connection_lost",
        "CC-Link IE connection to line-2 PLC lost (timeout)",
    ),
    (18, 3, 13, "OCN-SCN-V02", "major", "connection_lost", "camera heartbeat lost on tunnel 2"),
    (18, 3, 15, "OCN-SRT-CTL02", "critical", "emergency_stop", "line 2 emergency stop: no PLC acknowledge"),
    (18, 3, 26, "hub-gwanje", "warning", "data_gap", "옥천 line 2 scans missing for 10 min"),
    (
        18,
        3,
        55,
        "OCN-L3SW-02",
        "info",
        "config_change",
        "Ethernet1/49 shut, uplink moved to Ethernet1/50 (SFP RMA)",
    ),
    (18, 4, 3, "OCN-SRT-CTL02", "info", "recovery", "line 2 restarted, sorting resumed"),
    # L2 kafka disk full (yesterday noon)
    (18, 10, 55, "IDC-KFK-B02", "major", "threshold_breach", "disk_usage above 95% on /data/kafka"),
    (
        18,
        11,
        20,
        "kafka-scan",
        "critical",
        "disk_full",
        "broker 2 log dir /data/kafka offline: No space left on device",
    ),
    (18, 11, 23, "scan-ingest", "major", "error", "produce to scan.events failed: NOT_ENOUGH_REPLICAS"),
    (18, 11, 31, "chujeok-sync", "major", "consumer_lag", "consumer lag 1.2 M messages on delivery.status"),
    (18, 11, 36, "hub-gwanje", "warning", "consumer_lag", "scan feed 14 min behind"),
    (
        18,
        12,
        35,
        "kafka-scan",
        "info",
        "config_change",
        "scan.images retention.ms 168h -> 72h, broker 2 restarted",
    ),
    (18, 12, 47, "kafka-scan", "info", "recovery", "all partitions back in ISR"),
    # L3 sorter DB lock contention (yesterday evening peak)
    (
        18,
        19,
        36,
        "GJA-SRTDB-01",
        "info",
        "batch_job",
        "sort plan full reload started (wave 3, from wms-core)",
    ),
    (
        18,
        19,
        42,
        "GJA-SRTDB-01",
        "critical",
        "lock_contention",
        "41 sessions waiting on AccessExclusiveLock (sort_destination)",
    ),
    (18, 19, 46, "GJA-SRT-CTL01", "major", "timeout", "destination lookup timeout, recirculation 17%"),
    (18, 19, 47, "GJA-SRT-CTL02", "major", "timeout", "destination lookup timeout, recirculation 21%"),
    (18, 20, 2, "hub-gwanje", "warning", "threshold_breach", "곤지암 throughput below plan by 35%"),
    (
        18,
        21,
        8,
        "GJA-SRTDB-01",
        "info",
        "config_change",
        "reload session terminated (pg_terminate_backend), locks released",
    ),
    (18, 21, 24, "GJA-SRT-CTL01", "info", "recovery", "recirculation back under 2%"),
    # L4 EDI certificate (today 자정)
    (19, 0, 0, "edi_gw_01", "critical", "cert_expired", "AS2 certificate CN=edi.logi-parcel.example expired"),
    (
        19,
        0,
        4,
        "jeobsu-api",
        "major",
        "error",
        "partner order batch rejected: TLS handshake failed via edi_gw_01",
    ),
    (19, 0, 12, "cheonggu-api", "major", "error", "invoice push to 38 shippers failed (AS2 MDN missing)"),
    (19, 0, 25, "unsongjang-svc", "warning", "error", "waybill issue failed: order not found (412 cases)"),
    (
        19,
        2,
        20,
        "edi_gw_01",
        "info",
        "config_change",
        "renewed certificate installed (valid until 2027-11-18)",
    ),
    (19, 2, 41, "edi_gw_01", "info", "recovery", "AS2 sessions re-established with 212 partners"),
    # L5 route optimiser leak (this morning)
    (19, 6, 50, "gyeongro-opt-v3", "major", "gc_pause", "full GC 4.1 s (old gen 95%)"),
    (19, 7, 12, "tms-baecha", "major", "timeout", "route plan request timeout (30 s) for 경남/부산 zones"),
    (19, 7, 30, "gisa-bff", "warning", "slow_response", "route download p95 above 6 s"),
    (19, 8, 10, "gyeongro-opt-v3", "critical", "oom", "pod gyeongro-opt-v3-7d9f OOMKilled (limit 48 GiB)"),
    (19, 8, 52, "gyeongro-opt-v3", "info", "restart", "rolling restart of all gyeongro-opt-v3 pods (manual)"),
    (19, 9, 4, "tms-baecha", "info", "recovery", "route plans back under 2 s"),
    # L6 tracking API deploy (this morning)
    (
        19,
        9,
        14,
        "chujeok-api-v2",
        "info",
        "deployment",
        "Deployed chujeok-api-v2 2.18.0 (new hub status codes)",
    ),
    (
        19,
        9,
        22,
        "chujeok-api-v2",
        "critical",
        "error",
        "HTTP 500 NullPointerException in StatusMapper (code HUB_IN2)",
    ),
    (19, 9, 26, "chujeok-web", "major", "error", "tracking page 5xx 11%"),
    (19, 9, 27, "chujeok-api-v1", "major", "error", "upstream chujeok-api-v2 returned 500"),
    (19, 9, 35, "partner-apigw", "warning", "error", "5xx ratio 4% on /v1/tracking"),
    (19, 10, 28, "chujeok-api-v2", "info", "deployment", "Rolled back chujeok-api-v2 to 2.17.3"),
    (19, 10, 38, "chujeok-api-v2", "info", "recovery", "error rate back to baseline"),
    # L7 notifier rate-limited (now)
    (19, 15, 58, "allim-noti", "info", "config_change", "retry policy max_retries 3 -> 10 (배송완료 알림톡)"),
    (
        19,
        16,
        6,
        "allim-noti",
        "major",
        "rate_limited",
        "vendor returned HTTP 429 Too Many Requests (300 TPS)",
    ),
    (19, 16, 12, "sqs-allim", "warning", "backlog", "ApproximateNumberOfMessages 48,200 on allim-send.fifo"),
    (19, 16, 16, "baesong-api", "major", "timeout", "timeout calling allim-noti (delivery complete, 5 s)"),
    (19, 16, 24, "gisa-bff", "warning", "slow_response", "배송완료 처리 p95 above 3 s"),
    (19, 16, 31, "allim-noti", "critical", "error", "알림톡 send failure ratio 41%"),
]


def main() -> None:
    _check_hops()
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "logistics", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()
