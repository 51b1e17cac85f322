"""Generate the shipyard estate (tests/fixtures/shipyard-mes/, interchange format) and its faults file.

A Korean shipbuilder's production IT (한바다중공업 옥포조선소): the yard MES `SEAMS` (블록 조립 `seams-blk`, 용접
`seams-weld`, 도장 `seams-paint`, 의장 `seams-outfit`, the terminals' API gateway `seams-gw`, the 07:30 work-order
release `seams-wo-rel`) on the Oracle RAC `ora-seams` with the WIP cache `redis-seams`; welding lines B2/B3 whose
robot controllers (`rc-b2-w01` …) sit behind line gateways (`wgw-b2`, `wgw-b3`) on yard edge servers
(`okp-b2-edge03`); cutting/nesting `jeolgak-nest`; the PLM `keel-plm` (product code KEEL) with the CAD vault
`anchor-vault` on the NetApp `nas-anchor01`, the 3D viewer `keel-view`, drawing release `drw-release`, the
supplier drawing portal `sup-portal` and the CAD licence server `cad-lic` at the 마곡 design office; the ERP
interface `rudder-erpif` with the legacy nightly batch `erpif_nightly` on MS-SQL `mssql-erpif`, the ERP `hb-s4` on
HANA; crane and transporter telemetry (`crane-telem`, `tpos-track`, `yard-map`, `unban-plan`) over the MQTT
broker `emqx-yard`; the painting shop's environment sensors `dojang-env` on InfluxDB `influx-paint`; the yard
Wi-Fi handheld terminals' backend `padgo-api` (파도 앱) and MDM; quality `qms-insp`; the legacy hull register
`hoseon_daejang` on AIX. Sites 옥포야드 (docks and yard), 판교IDC (HQ data centre), 마곡설계센터 (design office);
environments prod, stg, qa, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): nautical product code names (`seams-*`, `keel-*`, `anchor-vault`,
`rudder-erpif`), romanised Korean (`jeolgak-nest` 절단, `dojang-env` 도장, `unban-plan` 운반, `tpos-track`,
`padgo-api` 파도), legacy snake_case (`erpif_nightly`, `hoseon_daejang`, `mes_legacy_if`), numbered IDC VMs
(`pgvm-0411`), IDC rack/unit bare metal (`pgdc-r05-u03`), yard bay edge servers (`okp-b2-edge03`) and robot
controllers by line and cell (`rc-b2-w01`).

Seven injected incidents (times KST; now = Tuesday 2027-04-20 10:15, in the day shift; the window is the 10
days before; day shift 08:00–17:00 with lunch 12–13, night shift 19:00–03:00, Saturday 특근, Sunday quiet):
  S1 Mon 12 08:30–09:25  ora-seams burns CPU on a flipped plan of the work-order query after Sunday's statistics
                         gathering: seams-blk (loudest, 5.3.0 deployed at 08:05), seams-weld, seams-gw, padgo-api
  S2 Wed 14 02:10–03:05  (night) the transaction-log volume of pgdc-r07-u18 fills (log backups paused on Tuesday
                         for a backup agent upgrade): mssql-erpif stops, erpif_nightly abends (loudest),
                         rudder-erpif fails
  S3 Thu 15 14:00–14:55  nas-anchor01 slows after a controller takeover: anchor-vault (loudest, 4.2.0 deployed at
                         13:40), keel-plm, keel-view, drw-release
  S4 Sat 17 13:10–14:05  (weekend 특근) yard AP firmware upgrade reboots every AP, the terminals and telemetry
                         units reconnect at once and emqx-yard hits its connection limit: tpos-track (loudest,
                         deployed at 12:40), crane-telem, padgo-api, yard-map
  S5 Sun 18 01:40–02:35  (weekend, night) influx-paint runs out of memory compacting a shard: dojang-env
                         (loudest, deployed Saturday evening), paint-sched, seams-paint
  S6 Mon 19 16:40–17:35  okp-b2-edge03 (B2 welding line edge server) leaks memory in its fieldbus driver and
                         swaps: wgw-b2 (loudest, 1.4.2 deployed at 16:20), seams-weld, seams-gw
  S7 Tue 20 09:50–now    redis-seams reaches maxmemory (lowered on Thursday) and refuses writes (OOM command not
                         allowed): seams-gw (loudest), padgo-api (3.8.0 deployed at 09:30), seams-blk (ongoing)
Confounders: shift patterns and the lunch dip, Saturday 특근 and quiet Sundays, the 07:30 work-order release, the
02:00 ERP batch and the 01:00 vault backup, night painting, deploys on victims before S1, S3, S4, S5, S6 and S7,
`okp-b4-edge01` and `keel-plm-stg` in maintenance, the retired `mes_legacy_if`, the Graylog host `pgdc-r03-u07`'s
disk creeping up and the DMZ load balancer `f5-pgdc-dmz`'s certificate expiring on 2027-04-27 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/shy_golden.py) are computed from the files.

    .venv/bin/python bench/shy_estate.py   # rewrites tests/fixtures/shipyard-mes*
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

NAME = "shipyard-mes"
NOW = datetime(2027, 4, 20, 1, 15, tzinfo=UTC)  # Tuesday 2027-04-20 10:15 KST
START = NOW - timedelta(days=10)  # Saturday 2027-04-10 10:15 KST
SEED = 20270420
SITES = {"Y": "옥포야드", "I": "판교IDC", "M": "마곡설계센터"}
ENVS = {"P": "prod", "S": "stg", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2027-04")

MES, WELD, PAINT, LOGI = "생산정보화팀", "weld-automation", "도장기술팀", "운반물류팀"
PLM, DESIGN, ERP, QMS = "PLM팀", "design-it", "ERP연계파트", "quality-it"
MOBILE, INFRA, DBA, NET = "모바일단말TF", "infra-ops", "DBA팀", "야드네트워크팀"
SMART, SEC, LEGACY = "smart-yard", "정보보안팀", "레거시운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- SEAMS (yard MES)
    "seams-gw": ("service", MES, "I", "P", ["pgvm-0411", "pgvm-0412"],
                 ["redis-seams", "seams-blk", "seams-weld", "seams-paint", "seams-outfit", "seams-auth"],
                 {"desc": "SEAMS API 게이트웨이 (현장 단말, 키오스크, 대시보드)", "product": "Spring Cloud Gateway 4.1",
                  "version": "2.9.4", "instances": 4, "port": 8443, "rate_limit_rps": 1500}),
    "seams-blk": ("service", MES, "I", "P", ["pgvm-0411"], ["ora-seams", "redis-seams", "mq-seams"],
                  {"desc": "블록 조립 MES (작업지시, 블록 실적, 정반 배치)", "product": "자체개발 (Java 17, Spring Boot 3.1)",
                   "version": "5.3.0", "instances": 3, "blocks_in_progress": 412, "jeongban": 38}),
    "seams-weld": ("service", MES, "I", "P", ["pgvm-0413"], ["ora-seams", "wgw-b2", "wgw-b3", "mq-seams"],
                   {"desc": "용접 MES (용접 실적, WPS 적용, 용접사 자격)", "product": "자체개발 (Java 17, Spring Boot 3.1)",
                    "version": "4.7.2", "instances": 3, "welders": 860, "wps_active": 214}),
    "seams-paint": ("service", MES, "I", "P", ["pgvm-0413"], ["ora-seams", "dojang-env"],
                    {"desc": "도장 MES (도장 사양, 막두께 실적, 도장 셀 배정)", "product": "자체개발 (Java 11)",
                     "version": "3.2.1", "instances": 2, "paint_cells": 12}),
    "seams-outfit": ("service", MES, "I", "P", ["pgvm-0414"], ["ora-seams", "keel-plm"],
                     {"desc": "의장 MES (배관/전장 의장품 설치 실적)", "product": "자체개발 (Java 17)",
                      "version": "2.8.0", "instances": 2}),
    "seams-auth": ("service", SEC, "I", "P", ["pgvm-0414"], [],
                   {"desc": "야드 SSO (사번/사원증 태깅 로그인)", "product": "Keycloak 24.0.4", "version": "24.0.4",
                    "token_ttl_min": 480, "port": 8443}),
    "seams-wo-rel": ("service", MES, "I", "P", ["pgvm-0415"], ["ora-seams", "rudder-erpif"],
                     {"desc": "작업지시 배포 배치 (주간 07:30)", "product": "Spring Batch 5.0", "schedule": "매일 07:30",
                      "version": "1.6.3"}),
    "seams-kpi": ("service", MES, "I", "P", ["pgvm-0415"], ["mssql-dw"],
                  {"desc": "생산 KPI 대시보드 (공정률, 물량)", "product": "Power BI Report Server 2023", "reports": 146}),
    "jeolgak-nest": ("service", MES, "I", "P", ["pgvm-0415"], ["keel-plm", "ora-seams"],
                     {"desc": "절단 네스팅 (강판 절단 계획, NC 코드 생성)", "product": "SigmaNEST X1", "version": "24.4",
                      "cutters": 9, "plate_yield_target": 0.86}),
    "hoseon_daejang": ("service", LEGACY, "I", "P", ["pgdc-r02-u10"], ["ora-seams"],
                       {"desc": "호선 대장 (레거시, 호선별 선주/선급/인도일)", "product": "자체개발 (COBOL/CICS 이관, AIX)",
                        "hulls_registered": 2314}),
    # ---------------------------------------------------------------- welding lines
    "wgw-b2": ("service", WELD, "Y", "P", ["okp-b2-edge03"], [],
               {"desc": "B2 용접라인 게이트웨이 (로봇 컨트롤러 수집, 용접 조건 배포)", "version": "1.4.2",
                "protocol": "OPC UA", "robots": 24, "line": "B2", "port": 4840}),
    "wgw-b3": ("service", WELD, "Y", "P", ["okp-b3-edge01"], [],
               {"desc": "B3 용접라인 게이트웨이", "version": "1.4.1", "protocol": "OPC UA", "robots": 18, "line": "B3",
                "port": 4840}),
    "wps-mgr": ("service", WELD, "I", "P", ["pgvm-0416"], ["mssql-qms"],
                {"desc": "용접절차서(WPS/PQR) 관리", "product": "자체개발 (.NET 6)", "version": "2.0.5", "wps_docs": 1380}),
    # ---------------------------------------------------------------- handheld terminals (yard Wi-Fi)
    "padgo-api": ("service", MOBILE, "I", "P", ["pgvm-0416"], ["seams-gw", "redis-seams", "emqx-yard"],
                  {"desc": "파도(PADGO) 현장 단말 백엔드 (작업 확인, 자재 불출, 사진)", "product": "Node.js 20 (NestJS)",
                   "version": "3.8.0", "instances": 4, "terminals": 2650}),
    "padgo-mdm": ("service", MOBILE, "I", "P", ["pgvm-0416"], [],
                  {"desc": "단말 MDM (배포, 분실 잠금)", "product": "SOTI MobiControl 2024", "devices": 2710,
                   "vendor": "SOTI"}),
    # ---------------------------------------------------------------- cranes, transporters, yard map
    "crane-telem": ("service", LOGI, "Y", "P", ["okp-yd-edge01"], ["emqx-yard", "influx-yard"],
                    {"desc": "크레인 텔레메트리 수집 (골리앗/지브 크레인 하중, 풍속)", "version": "2.2.0", "cranes": 31,
                     "goliath": 2, "wind_stop_ms": 16}),
    "tpos-track": ("service", LOGI, "Y", "P", ["okp-yd-edge01"], ["emqx-yard", "pg-yardmap"],
                   {"desc": "트랜스포터 위치 추적 (블록 운반차 GNSS)", "version": "3.5.1", "transporters": 46,
                    "gnss": "RTK"}),
    "yard-map": ("service", LOGI, "I", "P", ["pgvm-0417"], ["tpos-track", "crane-telem", "pg-yardmap"],
                 {"desc": "야드 맵 (블록 적치장 위치, 크레인 현황 대시보드)", "product": "자체개발 (React + GeoServer 2.24)",
                  "version": "1.9.0", "stockyards": 14}),
    "unban-plan": ("service", LOGI, "I", "P", ["pgvm-0417"], ["ora-seams", "tpos-track"],
                   {"desc": "운반 계획 (블록 이동 오더, 트랜스포터 배차)", "version": "2.4.3",
                    "product": "자체개발 (Python 3.11, OR-Tools)"}),
    # ---------------------------------------------------------------- painting shop
    "dojang-env": ("service", PAINT, "Y", "P", ["okp-pt-edge02"], ["influx-paint"],
                   {"desc": "도장 공장 환경 센서 수집 (온도, 습도, 이슬점, 강판 온도)", "version": "2.1.0",
                    "sensors": 188, "cells": 12, "dew_margin_c": 3}),
    "paint-sched": ("service", PAINT, "I", "P", ["pgvm-0417"], ["dojang-env", "ora-seams"],
                    {"desc": "도장 셀 스케줄링 (블록 도장 순서, 야간 도장)", "version": "1.3.7",
                     "product": "자체개발 (Python 3.10)"}),
    # ---------------------------------------------------------------- PLM / CAD
    "keel-plm": ("service", PLM, "I", "P", ["pgvm-0501", "pgvm-0502"], ["ora-plm", "anchor-vault", "redis-plm"],
                 {"desc": "KEEL PLM (선체/의장 BOM, 설계 변경 ECO)", "product": "Siemens Teamcenter 14.3",
                  "version": "14.3.0.8", "named_users": 1900, "port": 7001}),
    "anchor-vault": ("service", PLM, "I", "P", ["pgvm-0503"], ["nas-anchor01", "ora-plm"],
                     {"desc": "ANCHOR CAD 볼트 (도면/3D 모델 파일 저장, 체크인/아웃)", "version": "4.2.0",
                      "product": "자체개발 (FSC 캐시 서버)", "files_million": 38.5}),
    "keel-view": ("service", DESIGN, "M", "P", ["mgk-srv-02"], ["anchor-vault"],
                  {"desc": "3D 뷰어 (경량 JT/선체 모델 조회)", "product": "Siemens JT2Go 한바다 커스텀", "version": "5.1.2",
                   "max_sessions": 400}),
    "drw-release": ("service", PLM, "I", "P", ["pgvm-0503"], ["keel-plm", "anchor-vault", "mq-seams"],
                    {"desc": "도면 출도 (현장 배포용 PDF/도면 패키지 생성)", "version": "3.0.4",
                     "product": "자체개발 (Java 17)"}),
    "bom-sync": ("service", PLM, "I", "P", ["pgvm-0502"], ["keel-plm", "rudder-erpif", "mq-seams"],
                 {"desc": "BOM 동기화 (PLM → MES/ERP)", "version": "1.7.2", "schedule": "30분 주기"}),
    "sup-portal": ("service", PLM, "I", "P", ["pgvm-0601"], ["keel-plm", "anchor-vault"],
                   {"desc": "협력사 도면 포털 (사외 협력사 도면 열람)", "version": "2.3.0", "partners": 340,
                    "endpoint": "partner.hanbada-hi.co.kr"}),
    "cad-lic": ("service", DESIGN, "M", "P", ["mgk-srv-01"], [],
                {"desc": "CAD 라이선스 서버", "product": "FlexNet Publisher 11.19 (AVEVA Marine, NX)",
                 "licenses": 620, "port": 27000}),
    # ---------------------------------------------------------------- ERP, quality
    "rudder-erpif": ("service", ERP, "I", "P", ["pgvm-0601"], ["mssql-erpif", "mq-erp", "hb-s4"],
                     {"desc": "RUDDER ERP 인터페이스 (자재 불출, 실적, 원가)", "product": "SAP PO 7.5 + 자체 어댑터",
                      "version": "6.1.0", "interfaces": 87}),
    "erpif_nightly": ("service", ERP, "I", "P", ["pgvm-0602"], ["mssql-erpif", "rudder-erpif"],
                      {"desc": "ERP 야간 정산 인터페이스 배치 (실적/원가 마감)", "product": "SSIS 2019 + SQL Agent",
                       "schedule": "매일 02:00", "jobs": 23}),
    "hb-s4": ("service", ERP, "I", "P", ["pgdc-r09-u01"], ["hana-s4p"],
              {"desc": "ERP (SAP S/4HANA 2022)", "product": "SAP S/4HANA 2022 FPS02", "sid": "HSP", "client": 100}),
    "qms-insp": ("service", QMS, "I", "P", ["pgvm-0602"], ["mssql-qms", "anchor-vault"],
                 {"desc": "품질 검사 (NDT/RT/UT 결과, 선급 검사 기록)", "version": "2.5.0",
                  "product": "자체개발 (.NET 6)", "class_societies": "KR, ABS, DNV, LR"}),
    "graylog": ("service", INFRA, "I", "P", ["pgdc-r03-u07"], [],
                {"desc": "로그 수집 (Graylog)", "product": "Graylog 5.2 + OpenSearch 2.11", "retention_days": 30}),
    "zabbix-yard": ("service", INFRA, "I", "P", ["pgvm-0701"], [],
                    {"desc": "인프라/OT 모니터링", "product": "Zabbix 6.4", "monitored_hosts": 1240}),
    # ---------------------------------------------------------------- staging, qa, dev, retired
    "seams-gw-stg": ("service", MES, "I", "S", ["pgvm-s101"], ["seams-blk-stg", "redis-seams-stg"],
                     {"desc": "SEAMS 게이트웨이 (스테이징)", "version": "2.10.0-rc1"}),
    "seams-blk-stg": ("service", MES, "I", "S", ["pgvm-s101"], ["ora-seams-stg", "redis-seams-stg"],
                      {"desc": "블록 조립 MES (스테이징)", "version": "5.4.0-rc2"}),
    "keel-plm-stg": ("service", PLM, "I", "S", ["pgvm-s102"], [],
                     {"desc": "KEEL PLM (스테이징, 14.3 → 2312 업그레이드 리허설)", "version": "2312.0.1"}),
    "anchor-vault-stg": ("service", PLM, "I", "S", ["pgvm-s102"], [],
                         {"desc": "CAD 볼트 (스테이징)", "version": "4.3.0-rc1"}),
    "padgo-api-qa": ("service", MOBILE, "I", "Q", ["pgvm-s102"], ["redis-seams-stg"],
                     {"desc": "파도 단말 백엔드 (QA)", "version": "3.9.0-beta2"}),
    "tpos-track-dev": ("service", LOGI, "I", "D", ["pgvm-d201"], [],
                       {"desc": "트랜스포터 위치 추적 (개발)", "version": "3.6.0-SNAPSHOT"}),
    "seams-weld-dev": ("service", MES, "I", "D", ["pgvm-d201"], [],
                       {"desc": "용접 MES (개발)", "version": "4.8.0-SNAPSHOT"}),
    "mes_legacy_if": ("service", LEGACY, "I", "P", [], [],
                      {"desc": "구 MES-ERP 파일 인터페이스 (2025년 rudder-erpif로 대체)", "version": "1.0.17",
                       "decommissioned": "2025-09-30"}),
    # ---------------------------------------------------------------- databases
    "ora-seams": ("database", DBA, "I", "P", ["pgdc-r05-u03", "pgdc-r05-u05"], [],
                  {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c RAC", "nodes": 2,
                   "sid": "SEAMSP", "port": 1521, "size_tb": 7.4, "processes": 3000, "desc": "SEAMS MES 운영 DB"}),
    "ora-plm": ("database", DBA, "I", "P", ["pgdc-r06-u12"], [],
                {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c", "sid": "KEELP",
                 "port": 1521, "size_tb": 3.1, "desc": "KEEL PLM 메타데이터"}),
    "mssql-erpif": ("database", DBA, "I", "P", ["pgdc-r07-u18"], [],
                    {"engine": "mssql", "version": "15.0.4355", "product": "SQL Server 2019 Enterprise CU25",
                     "port": 1433, "recovery_model": "FULL", "log_volume": "L:\\", "desc": "ERP 인터페이스 스테이징 DB"}),
    "mssql-qms": ("database", DBA, "I", "P", ["pgdc-r07-u20"], [],
                  {"engine": "mssql", "version": "14.0.3465", "product": "SQL Server 2017 Standard CU31",
                   "port": 1433, "desc": "품질/WPS DB"}),
    "mssql-dw": ("database", DBA, "I", "P", ["pgdc-r07-u20"], [],
                 {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Enterprise CU14",
                  "port": 1433, "size_tb": 5.2, "desc": "생산 DW (KPI 마트)"}),
    "hana-s4p": ("database", DBA, "I", "P", ["pgdc-r09-u01"], [],
                 {"engine": "hana", "version": "2.00.076", "product": "SAP HANA 2.0 SPS07", "memory_tb": 3,
                  "port": 30015, "desc": "S/4HANA 운영 DB"}),
    "influx-paint": ("database", PAINT, "Y", "P", ["okp-srv-11"], [],
                     {"engine": "influxdb", "version": "1.8.10", "product": "InfluxDB OSS 1.8", "port": 8086,
                      "retention": "400d", "desc": "도장 환경 센서 시계열"}),
    "influx-yard": ("database", LOGI, "Y", "P", ["okp-srv-11"], [],
                    {"engine": "influxdb", "version": "2.7.5", "product": "InfluxDB OSS 2.7", "port": 8086,
                     "retention": "90d", "desc": "크레인 텔레메트리 시계열"}),
    "pg-yardmap": ("database", LOGI, "I", "P", ["pgvm-0417"], [],
                   {"engine": "postgresql", "version": "15.6", "product": "PostgreSQL 15 + PostGIS 3.4",
                    "port": 5432, "desc": "야드 맵 공간 DB (적치장, 위치 이력)"}),
    "ora-seams-stg": ("database", DBA, "I", "S", ["pgvm-s101"], [],
                      {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "SEAMSS",
                       "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "redis-seams": ("cache", MES, "I", "P", ["pgdc-r04-u22"], [],
                    {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                     "port": 6379, "desc": "SEAMS WIP/세션 캐시"}),
    "redis-plm": ("cache", PLM, "I", "P", ["pgdc-r04-u22"], [],
                  {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lru",
                   "port": 6380, "desc": "PLM 세션/쿼리 캐시"}),
    "redis-seams-stg": ("cache", MES, "I", "S", ["pgvm-s101"], [],
                        {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 2, "port": 6379}),
    "mq-seams": ("queue", MES, "I", "P", ["pgdc-r04-u22"], [],
                 {"product": "RabbitMQ 3.12.14", "nodes": 1, "queues": 64, "port": 5672,
                  "desc": "SEAMS 실적/도면 이벤트 큐"}),
    "mq-erp": ("queue", ERP, "I", "P", ["pgdc-r04-u24"], [],
               {"product": "IBM MQ 9.3.0.15", "queue_manager": "QM_RUDDER", "port": 1414, "channels": 18,
                "desc": "ERP 연계 큐"}),
    "emqx-yard": ("queue", SMART, "Y", "P", ["okp-yd-edge02"], [],
                  {"product": "EMQX 5.5.1", "max_connections": 6000, "port": 8883, "protocol": "MQTT 5",
                   "desc": "야드 MQTT 브로커 (크레인, 트랜스포터, 단말)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "f5-pgdc-int": ("I", NET, ["seams-gw", "keel-plm", "padgo-api"],
                    {"vendor": "F5", "model": "BIG-IP i5800", "version": "17.1.1", "vip": "10.40.8.20",
                     "cert_expiry": "2028-01-15"}),
    "f5-pgdc-dmz": ("I", NET, ["sup-portal"],
                    {"vendor": "F5", "model": "BIG-IP i4600", "version": "16.1.4", "vip": "203.0.113.45",
                     "endpoint": "partner.hanbada-hi.co.kr", "cert_expiry": "2027-04-27",
                     "cert_issuer": "DigiCert (수동 갱신)"}),
    "l4-okp-yard": ("Y", NET, ["padgo-api", "yard-map"],
                    {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "10.60.1.10", "firmware": "2.4.1"}),
    "lb-mgk-cad": ("M", DESIGN, ["cad-lic", "keel-view"],
                   {"vendor": "HAProxy", "model": "HAProxy 2.8 (VM)", "vip": "10.50.2.5"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-anchor01": ("I", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.13.1P7", "capacity_tb": 320,
                                  "protocol": "NFS v4.1", "desc": "CAD 볼트 파일 (도면, 3D 모델)"},
                     ["pgvm-0503"]),
    "nas-okp-scan": ("Y", SMART, {"vendor": "Synology", "model": "RS4021xs+", "capacity_tb": 96,
                                  "desc": "현장 사진/검사 스캔 파일"}, ["okp-srv-11"]),
    "san-pgdc01": ("I", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 180,
                                "desc": "Oracle/MS-SQL 블록 스토리지"},
                   ["pgdc-r05-u03", "pgdc-r05-u05", "pgdc-r06-u12", "pgdc-r07-u18", "pgdc-r07-u20"]),
    "dd-pgdc01": ("I", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                               "desc": "백업 (DB, 볼트)"}, []),
    "nas-mgk-home": ("M", DESIGN, {"vendor": "NetApp", "model": "FAS2820", "ontap": "9.13.1P7", "capacity_tb": 60,
                                   "desc": "설계자 홈/작업 폴더"}, ["mgk-srv-02"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 판교IDC VMs
    "pgvm-0411": ("I", "P", "vm", {"role": "SEAMS GW/블록 AP"}),
    "pgvm-0412": ("I", "P", "vm", {"role": "SEAMS GW"}),
    "pgvm-0413": ("I", "P", "vm", {"role": "SEAMS 용접/도장 AP"}),
    "pgvm-0414": ("I", "P", "vm", {"role": "SEAMS 의장 AP, SSO"}),
    "pgvm-0415": ("I", "P", "vm", {"role": "배치/네스팅/KPI"}),
    "pgvm-0416": ("I", "P", "vm", {"role": "단말 백엔드, WPS"}),
    "pgvm-0417": ("I", "P", "vm", {"role": "야드맵/운반/도장 스케줄"}),
    "pgvm-0501": ("I", "P", "vm", {"role": "Teamcenter 엔터프라이즈 #1"}),
    "pgvm-0502": ("I", "P", "vm", {"role": "Teamcenter 엔터프라이즈 #2, BOM 동기화"}),
    "pgvm-0503": ("I", "P", "vm", {"role": "FSC 볼트, 도면 출도"}),
    "pgvm-0601": ("I", "P", "vm", {"role": "ERP 인터페이스, 협력사 포털"}),
    "pgvm-0602": ("I", "P", "vm", {"role": "ERP 야간 배치, 품질"}),
    "pgvm-0701": ("I", "P", "vm", {"role": "모니터링"}),
    "pgvm-s101": ("I", "S", "vm", {"role": "SEAMS 스테이징"}),
    "pgvm-s102": ("I", "S", "vm", {"role": "PLM/단말 스테이징"}),
    "pgvm-d201": ("I", "D", "vm", {"role": "개발 공용"}),
    # 판교IDC bare metal
    "pgdc-r02-u10": ("I", "P", "aix", {"role": "호선대장 (AIX)", "model": "IBM Power S922"}),
    "pgdc-r03-u07": ("I", "P", "bare", {"role": "로그 수집 (Graylog)", "model": "Dell PowerEdge R750"}),
    "pgdc-r04-u22": ("I", "P", "bare", {"role": "Redis/RabbitMQ", "model": "Dell PowerEdge R650"}),
    "pgdc-r04-u24": ("I", "P", "bare", {"role": "IBM MQ", "model": "Dell PowerEdge R650"}),
    "pgdc-r05-u03": ("I", "P", "bare", {"role": "Oracle RAC SEAMSP node 1", "model": "HPE ProLiant DL380 Gen11"}),
    "pgdc-r05-u05": ("I", "P", "bare", {"role": "Oracle RAC SEAMSP node 2", "model": "HPE ProLiant DL380 Gen11"}),
    "pgdc-r06-u12": ("I", "P", "bare", {"role": "Oracle KEELP", "model": "HPE ProLiant DL380 Gen11"}),
    "pgdc-r07-u18": ("I", "P", "win", {"role": "MS-SQL ERPIF", "model": "Dell PowerEdge R750"}),
    "pgdc-r07-u20": ("I", "P", "win", {"role": "MS-SQL QMS/DW", "model": "Dell PowerEdge R750"}),
    "pgdc-r09-u01": ("I", "P", "bare", {"role": "SAP HANA HSP", "model": "Lenovo ThinkSystem SR950"}),
    # 옥포야드 edge servers
    "okp-b2-edge03": ("Y", "P", "edge", {"role": "B2 용접라인 엣지", "bay": "B2", "model": "Advantech MIC-770"}),
    "okp-b3-edge01": ("Y", "P", "edge", {"role": "B3 용접라인 엣지", "bay": "B3", "model": "Advantech MIC-770"}),
    "okp-b4-edge01": ("Y", "P", "edge", {"role": "B4 라인 엣지 (교체 중)", "bay": "B4", "model": "Advantech MIC-770"}),
    "okp-pt-edge02": ("Y", "P", "edge", {"role": "도장공장 센서 엣지", "bay": "PT", "model": "Siemens IPC427E"}),
    "okp-yd-edge01": ("Y", "P", "edge", {"role": "크레인/트랜스포터 수집", "bay": "YD", "model": "Dell PowerEdge XR12"}),
    "okp-yd-edge02": ("Y", "P", "edge", {"role": "MQTT 브로커", "bay": "YD", "model": "Dell PowerEdge XR12"}),
    "okp-srv-11": ("Y", "P", "bare", {"role": "야드 서버실 (InfluxDB, 스캔 NAS 게이트웨이)", "model": "Dell PowerEdge R650"}),
    # 마곡설계센터
    "mgk-srv-01": ("M", "P", "vm", {"role": "CAD 라이선스"}),
    "mgk-srv-02": ("M", "P", "bare", {"role": "3D 뷰어 서버 (GPU)", "model": "Dell PowerEdge R760xa", "gpu": "NVIDIA L40S x2"}),
}
ROBOTS = {  # welding robot controllers: name: (line, cell, model)
    "rc-b2-w01": ("B2", "C1", "Hi6-N"), "rc-b2-w02": ("B2", "C1", "Hi6-N"), "rc-b2-w03": ("B2", "C2", "Hi6-N"),
    "rc-b2-w04": ("B2", "C2", "Hi5a"), "rc-b3-w01": ("B3", "C1", "Hi6-N"), "rc-b3-w02": ("B3", "C1", "Hi5a"),
    "rc-b3-w03": ("B3", "C2", "Hi5a"),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "wlc-okp01": ("Y", {"device": "wireless controller", "vendor": "Cisco", "model": "Catalyst 9800-40",
                        "firmware": "IOS-XE 17.9.5", "aps": 412, "ssid": "HB-YARD"}),
    "fw-ot-okp": ("Y", {"device": "OT firewall", "vendor": "Fortinet", "model": "FortiGate 400F", "firmware": "FortiOS 7.2.8"}),
    "wan-okp-pgdc": ("Y", {"device": "WAN link", "vendor": "KT", "model": "KORNET 전용회선 1Gbps", "circuit": "KT-DL-2291-0417",
                           "desc": "옥포야드 ↔ 판교IDC 전용회선"}),
    "core-pgdc": ("I", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-ot-okp", "wan-okp-pgdc"),
    ("wan-okp-pgdc", "core-pgdc"),
    ("wlc-okp01", "fw-ot-okp"),
    ("wgw-b2", "fw-ot-okp"),
    ("wgw-b3", "fw-ot-okp"),
    ("crane-telem", "fw-ot-okp"),
    ("tpos-track", "fw-ot-okp"),
    ("dojang-env", "fw-ot-okp"),
]
# fmt: on
STATUS = {"okp-b4-edge01": "maintenance", "keel-plm-stg": "maintenance", "mes_legacy_if": "retired"}
NET_PREFIX = {"I": "10.40", "Y": "10.60", "M": "10.50"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "S1",
        "kind": "db_cpu_bad_plan",
        "root": "ora-seams",
        "description": "at the Monday day-shift start the work-order query of ora-seams takes a full-scan plan"
        " after Sunday night's optimizer statistics gathering: the RAC nodes' CPU saturates, seams-blk (redeployed"
        " at 08:05, loudest) times out on block work orders, seams-weld follows, seams-gw and the padgo terminals"
        " fail, until the old plan is pinned with a SQL plan baseline",
        "start": kst(12, 8, 30),
        "end": kst(12, 9, 25),
        "affected": ["ora-seams", "seams-blk", "seams-weld", "seams-gw", "padgo-api"],
    },
    {
        "id": "S2",
        "kind": "log_volume_full",
        "root": "pgdc-r07-u18",
        "description": "in the small hours of Wednesday the transaction-log volume L: of pgdc-r07-u18 fills (its"
        " log backup job was paused on Tuesday for a backup agent upgrade and not resumed): mssql-erpif stops"
        " (9002 log full), the nightly ERP batch erpif_nightly abends (loudest), rudder-erpif fails, until a log"
        " backup is taken and the log shrunk",
        "start": kst(14, 2, 10),
        "end": kst(14, 3, 5),
        "affected": ["pgdc-r07-u18", "mssql-erpif", "erpif_nightly", "rudder-erpif"],
    },
    {
        "id": "S3",
        "kind": "nas_latency_takeover",
        "root": "nas-anchor01",
        "description": "on Thursday afternoon nas-anchor01 runs on one controller after a takeover for the ONTAP"
        " upgrade and its NFS latency soars: anchor-vault (deployed at 13:40, loudest) cannot check files in or"
        " out, keel-plm, keel-view and drw-release stall, until the giveback",
        "start": kst(15, 14, 0),
        "end": kst(15, 14, 55),
        "affected": ["nas-anchor01", "anchor-vault", "keel-plm", "keel-view", "drw-release"],
    },
    {
        "id": "S4",
        "kind": "mqtt_connection_limit",
        "root": "emqx-yard",
        "description": "on Saturday's 특근 the yard AP firmware upgrade reboots every access point; terminals,"
        " crane and transporter units reconnect at once and emqx-yard reaches max_connections: tpos-track"
        " (deployed at 12:40, loudest) loses transporter positions, crane-telem and padgo-api fail, yard-map goes"
        " stale, until the connection limit is raised and clients back off",
        "start": kst(17, 13, 10),
        "end": kst(17, 14, 5),
        "affected": ["emqx-yard", "tpos-track", "crane-telem", "padgo-api", "yard-map"],
    },
    {
        "id": "S5",
        "kind": "tsdb_oom_compaction",
        "root": "influx-paint",
        "description": "in the small hours of Sunday, during night painting, influx-paint runs out of memory"
        " compacting a large shard and restarts in a loop: dojang-env (deployed Saturday evening, loudest) cannot"
        " write sensor points, paint-sched and seams-paint lose the dew-point checks, until the shard is"
        " compacted offline",
        "start": kst(18, 1, 40),
        "end": kst(18, 2, 35),
        "affected": ["influx-paint", "dojang-env", "paint-sched", "seams-paint"],
    },
    {
        "id": "S6",
        "kind": "host_memory_leak",
        "root": "okp-b2-edge03",
        "description": "at the end of Monday's day shift the B2 welding line edge server okp-b2-edge03 runs out"
        " of memory (a leak in its fieldbus driver) and swaps: wgw-b2 (1.4.2 deployed at 16:20, loudest) drops"
        " robot data, seams-weld misses weld records, seams-gw follows, until the host is rebooted",
        "start": kst(19, 16, 40),
        "end": kst(19, 17, 35),
        "affected": ["okp-b2-edge03", "wgw-b2", "seams-weld", "seams-gw"],
    },
    {
        "id": "S7",
        "kind": "cache_maxmemory",
        "root": "redis-seams",
        "description": "on Tuesday morning redis-seams reaches its maxmemory (lowered from 12 to 8 GB on Thursday)"
        " with the noeviction policy and refuses writes (OOM command not allowed): seams-gw (loudest), padgo-api"
        " (3.8.0 deployed at 09:30) and seams-blk fail their WIP updates (ongoing)",
        "start": kst(20, 9, 50),
        "end": None,
        "affected": ["redis-seams", "seams-gw", "padgo-api", "seams-blk"],
    },
]
S1, S2, S3, S4, S5, S6, S7 = INCIDENTS
REDIS_SHRINK = kst(15, 16, 0)  # maxmemory 12 → 8 GB
LOG_BACKUP_OFF = kst(13, 1, 0)  # pgdc-r07-u18 log backups paused


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for rc, (line, _, _) in ROBOTS.items():
        rels.append((f"wgw-{line.lower()}", rc, "CONNECTS_TO"))
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
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 30, 'Q': 30, 'D': 50}[env]) + i // 8}.{11 + (i * 37) % 220}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.9", "RHEL 9.3"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2"}  # fmt: skip
        elif kind == "aix":
            attrs |= {
                "os": "AIX 7.2 TL5",
                "cores": 8,
                "mem_gb": 256,
                "serial": f"78{rng.randint(10000, 99999)}",
            }
            owner = LEGACY
        elif kind == "win":
            attrs |= {"os": "Windows Server 2019", "cores": rng.choice([24, 32]), "mem_gb": rng.choice([256, 384]),
                      "serial": f"{rng.choice(['CN7', 'JPX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = DBA
        elif kind == "edge":
            attrs |= {"os": rng.choice(["Ubuntu 22.04 LTS", "Ubuntu 20.04 LTS"]), "cores": 8, "mem_gb": 32}
            owner = SMART
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.9", "Oracle Linux 8.9"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("pgdc-r05", "pgdc-r06", "pgdc-r09")):
                owner = DBA
        if h.startswith("mgk-"):
            owner = DESIGN
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (rc, (line, cell, model)) in enumerate(ROBOTS.items()):
        attrs = {"ip": f"10.61.{2 if line == 'B2' else 3}.{21 + j}", "vendor": "HD현대로보틱스", "model": model,
                 "line": line, "cell": cell, "robot": "HS220" if model == "Hi6-N" else "HX165",
                 "firmware": "40.13.02" if model == "Hi6-N" else "30.22.07", "weld_process": "FCAW"}  # fmt: skip
        cis.append(ci_record(rc, "host", "prod", WELD, SITES["Y"], attrs))
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


def _shift(ts: datetime) -> float:
    """Yard production: the day shift 08–17 (lunch dip 12–13), overtime to 19, the night shift 19–03; Saturday
    특근 at about half, Sunday quiet."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd == 6:
        day, night = 0.12, 0.12
    elif wd == 5:
        day, night = 0.42, 0.1
    else:
        day, night = 0.72, 0.3
    v = 0.1
    if 8 <= h < 17:
        v += day * (0.55 if 12 <= h < 13 else 1.0)
    elif 17 <= h < 19:
        v += day * 0.6
    elif h >= 19 or h < 3:
        v += night
    v += 0.2 * day * _bump(h, 8.0, 0.3)  # the shift start: logins and work orders
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    """The design office and PLM: office hours on weekdays."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.12 + 0.04 * _bump(h, 14, 3)
    return 0.12 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1) + 0.12 * _bump(h, 9.5, 1)


def _paint(ts: datetime) -> float:
    """Painting runs most at night and on weekends (blocks painted when the bays are free)."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.3 + (0.35 if h >= 20 or h < 5 else 0.1) + (0.1 if wd >= 5 else 0)
    return max(0.05, min(1.0, v))


def _yard(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.25 + 0.7 * _shift(ts)))


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 3.4 else 0.3 * _office(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


SHIFT_SIDE = {
    "seams-gw", "seams-blk", "seams-weld", "seams-paint", "seams-outfit", "seams-auth", "seams-wo-rel",
    "jeolgak-nest", "wgw-b2", "wgw-b3", "padgo-api", "padgo-mdm", "ora-seams", "redis-seams", "mq-seams",
    "f5-pgdc-int", "l4-okp-yard", "pgvm-0411", "pgvm-0412", "pgvm-0413", "pgvm-0414", "pgvm-0415", "pgvm-0416",
    "pgdc-r05-u03", "pgdc-r05-u05", "pgdc-r04-u22", "okp-b2-edge03", "okp-b3-edge01", "wlc-okp01", "fw-ot-okp",
    "wan-okp-pgdc", "core-pgdc", "hoseon_daejang", "pgdc-r02-u10", *[r for r in ROBOTS],
}  # fmt: skip
YARD_SIDE = {"crane-telem", "tpos-track", "yard-map", "unban-plan", "emqx-yard", "influx-yard", "pg-yardmap",
             "okp-yd-edge01", "okp-yd-edge02", "pgvm-0417", "okp-srv-11", "nas-okp-scan"}  # fmt: skip
PAINT_SIDE = {"dojang-env", "paint-sched", "influx-paint", "okp-pt-edge02"}
OFFICE = {
    "keel-plm", "anchor-vault", "keel-view", "drw-release", "bom-sync", "sup-portal", "cad-lic", "ora-plm",
    "redis-plm", "nas-anchor01", "nas-mgk-home", "f5-pgdc-dmz", "lb-mgk-cad", "pgvm-0501", "pgvm-0502",
    "pgvm-0503", "pgdc-r06-u12", "mgk-srv-01", "mgk-srv-02", "wps-mgr", "qms-insp", "mssql-qms", "seams-kpi",
    "mssql-dw", "pgdc-r07-u20", "hb-s4", "hana-s4p", "pgdc-r09-u01", "zabbix-yard", "graylog", "pgdc-r03-u07",
    "pgvm-0701", "san-pgdc01",
}  # fmt: skip
BATCH = {"erpif_nightly", "mssql-erpif", "rudder-erpif", "mq-erp", "pgdc-r07-u18", "pgvm-0601", "pgvm-0602",
         "pgdc-r04-u24", "dd-pgdc01"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (SHIFT_SIDE, _shift),
        (YARD_SIDE, _yard),
        (PAINT_SIDE, _paint),
        (OFFICE, _office),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "S1": {0: (9.0, 4.0), 1: (4.5, 13.0), 2: (2.4, 8.0), 3: (1.6, 5.0)},
    "S2": {1: (11.0, 9.0), 2: (3.0, 14.0)},
    "S3": {0: (12.0, 3.0), 1: (6.0, 12.0), 2: (2.2, 7.0)},
    "S4": {0: (5.0, 9.0), 1: (3.0, 13.0), 2: (1.8, 6.0)},
    "S5": {0: (7.0, 10.0), 1: (3.5, 12.0), 2: (1.9, 6.5)},
    "S6": {1: (5.0, 12.0), 2: (2.5, 9.0), 3: (1.5, 4.5)},
    "S7": {0: (3.0, 12.0), 1: (3.0, 14.0)},
}
EFFECT_OVERRIDE = {
    ("S1", "seams-blk"): (5.5, 28.0),
    ("S2", "erpif_nightly"): (2.5, 41.0),
    ("S3", "anchor-vault"): (8.0, 26.0),
    ("S4", "tpos-track"): (3.5, 34.0),
    ("S5", "dojang-env"): (4.0, 37.0),
    ("S6", "wgw-b2"): (6.0, 32.0),
    ("S7", "seams-gw"): (3.5, 31.0),
    ("S7", "padgo-api"): (2.6, 17.0),
    ("S7", "seams-blk"): (2.0, 9.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "pgdc-r02-u10", "pgdc-r03-u07", "pgdc-r04-u22", "pgdc-r04-u24", "pgdc-r05-u03", "pgdc-r05-u05", "pgdc-r06-u12",
    "pgdc-r07-u18", "pgdc-r07-u20", "pgdc-r09-u01", "okp-b2-edge03", "okp-b3-edge01", "okp-b4-edge01",
    "okp-pt-edge02", "okp-yd-edge01", "okp-yd-edge02", "okp-srv-11", "mgk-srv-02",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
ROBOT_NAMES = set(ROBOTS)


def _log_disk(ts: datetime, base: float) -> float:
    """pgdc-r07-u18 L: (the MS-SQL log volume): grows from Tuesday's pause of the log backups until full at S2,
    then back after the backup and shrink."""
    if ts < LOG_BACKUP_OFF:
        return base
    if ts < S2["start"]:
        p = (ts - LOG_BACKUP_OFF).total_seconds() / (S2["start"] - LOG_BACKUP_OFF).total_seconds()
        return base + (99.0 - base) * p**2.0
    if ts < S2["end"]:
        return 99.6
    return max(base - 6.0, 99.6 - 45 * (ts - S2["end"]).total_seconds() / 1800)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "pgdc-r03-u07":  # Graylog: the index volume creeps up
        disk0, growth = 60.5, 1.55
    if name == "pgdc-r07-u18":
        disk0, growth = 52.0, 0.0
    if name in ROBOT_NAMES:
        cpu0, mem0 = rng.uniform(18, 30), rng.uniform(30, 45)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "pgdc-r07-u18":
            disk = _log_disk(ts, disk) + rng.gauss(0, 0.1)
        if name in ("pgdc-r05-u03", "pgdc-r05-u05"):  # the full-scan plan
            cpu += (96.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, S1["start"], S1["end"], rise=5, fall=10)
        if name == "okp-b2-edge03":  # the fieldbus driver leak, swapping
            mem += (98.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, S6["start"] - timedelta(minutes=20), S6["end"],
                                                          rise=25, fall=10)  # fmt: skip
            cpu += 45 * ramp(ts, S6["start"], S6["end"], rise=5, fall=10)
        if name == "okp-srv-11":  # InfluxDB restarts
            mem += 20 * ramp(ts, S5["start"], S5["end"], rise=5, fall=10)
        if name == "pgdc-r04-u22":  # redis at maxmemory
            cpu += 14 * ramp(ts, S7["start"], S7["end"], rise=10)
        if name == "okp-yd-edge02":  # the reconnect storm
            cpu += 38 * ramp(ts, S4["start"], S4["end"], rise=5, fall=10)
        if name == "okp-b4-edge01":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"wan-okp-pgdc": 6.5, "wlc-okp01": 3.2}.get(name, rng.uniform(0.2, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "wlc-okp01":  # the AP firmware rollout: every AP rejoins
            cpu += 40 * ramp(ts, AP_UPGRADE[0], AP_UPGRADE[1], rise=5, fall=10)
            loss += 3.0 * ramp(ts, AP_UPGRADE[0], AP_UPGRADE[1], rise=5, fall=5)
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-anchor01": (72, 73), "dd-pgdc01": (58, 60)}.get(name, (35, 55))
    per_day = 0.12 if name == "nas-okp-scan" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.4, 1.2) if name == "san-pgdc01" else rng.uniform(1.5, 3.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "dd-pgdc01" and 1 <= seoul_hour(ts) < 2.5:  # the nightly backups
            lat *= 1.8
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "seams-gw": 85.0, "seams-blk": 140.0, "seams-weld": 120.0, "seams-paint": 110.0, "seams-outfit": 160.0,
    "seams-auth": 35.0, "seams-wo-rel": 700.0, "seams-kpi": 520.0, "jeolgak-nest": 780.0, "hoseon_daejang": 320.0,
    "wgw-b2": 18.0, "wgw-b3": 17.0, "wps-mgr": 210.0, "padgo-api": 150.0, "padgo-mdm": 260.0,
    "crane-telem": 12.0, "tpos-track": 22.0, "yard-map": 340.0, "unban-plan": 480.0, "dojang-env": 9.0,
    "paint-sched": 380.0, "keel-plm": 420.0, "anchor-vault": 260.0, "keel-view": 650.0, "drw-release": 620.0,
    "bom-sync": 720.0, "sup-portal": 380.0, "cad-lic": 14.0, "rudder-erpif": 230.0, "erpif_nightly": 640.0,
    "hb-s4": 310.0, "qms-insp": 240.0, "graylog": 90.0, "zabbix-yard": 120.0,
    "ora-seams": 4.2, "ora-plm": 3.6, "mssql-erpif": 2.8, "mssql-qms": 2.2, "mssql-dw": 45.0, "hana-s4p": 1.9,
    "influx-paint": 6.5, "influx-yard": 5.8, "pg-yardmap": 3.1,
    "redis-seams": 0.4, "redis-plm": 0.5, "mq-seams": 3.5, "mq-erp": 6.0, "emqx-yard": 2.4,
    "f5-pgdc-int": 1.1, "f5-pgdc-dmz": 1.6, "l4-okp-yard": 0.9, "lb-mgk-cad": 0.7,
}  # fmt: skip
REQUEST_RATE = {
    "seams-gw": 1850.0, "seams-blk": 620.0, "seams-weld": 780.0, "seams-paint": 210.0, "seams-outfit": 260.0,
    "seams-auth": 140.0, "padgo-api": 940.0, "wgw-b2": 3400.0, "wgw-b3": 2600.0, "crane-telem": 5200.0,
    "tpos-track": 2300.0, "yard-map": 85.0, "dojang-env": 1500.0, "keel-plm": 310.0, "anchor-vault": 260.0,
    "keel-view": 45.0, "drw-release": 6.0, "rudder-erpif": 120.0, "erpif_nightly": 30.0, "hb-s4": 900.0,
    "qms-insp": 55.0, "sup-portal": 38.0, "ora-seams": 14500.0, "ora-plm": 4200.0, "mssql-erpif": 1800.0,
    "influx-paint": 2600.0, "influx-yard": 8800.0, "redis-seams": 21000.0, "redis-plm": 6400.0,
    "mq-seams": 1300.0, "mq-erp": 420.0, "emqx-yard": 9600.0, "f5-pgdc-int": 3300.0, "l4-okp-yard": 1100.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and time-series stores with a memory gauge: (level, swing with load)
    "redis-seams": (62.0, 9.0), "redis-plm": (48.0, 6.0), "mq-seams": (34.0, 8.0), "mq-erp": (41.0, 5.0),
    "emqx-yard": (44.0, 12.0), "influx-paint": (58.0, 6.0), "influx-yard": (52.0, 8.0),
}  # fmt: skip
AP_UPGRADE = (kst(17, 13, 0), kst(17, 13, 40))


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
            if inc is S4 and name in ("emqx-yard", "tpos-track", "crane-telem"):
                req *= 1 - 0.55 * r  # clients rejected
            if inc is S2 and name == "erpif_nightly":
                req *= 1 - 0.8 * r
            if inc is S5 and name == "dojang-env":
                req *= 1 - 0.7 * r
            if inc is S7 and name == "redis-seams":
                req *= 1 + 0.4 * r  # client retries
        if name == "erpif_nightly" and not 2 <= seoul_hour(ts) < 3.4:
            req *= 0.15
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-seams" and ts >= REDIS_SHRINK:  # the same data in 8 GB instead of 12
                mem += 9.0
            if name == "redis-seams":
                mem += (99.2 + rng.gauss(0, 0.2) - mem) * ramp(ts, S7["start"], S7["end"], rise=5)
            if name == "influx-paint":
                mem += (97.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, S5["start"], S5["end"], rise=5, fall=10)
            if name == "emqx-yard":
                mem += 30 * ramp(ts, S4["start"], S4["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "ora-seams":  # the database's own CPU (DB host CPU average of the RAC)
            cpu = 24 + 38 * d + rng.gauss(0, 1.2)
            cpu += (96.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, S1["start"], S1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The work-order release, the ERP night batch, the vault backup and the DMZ certificate warning."""
    rows = []
    for d in range(10, 21):
        wd = datetime(2027, 4, d).weekday()
        if wd < 6:
            rows.append(
                (d, 7, 30, "seams-wo-rel", "info", "batch_job", "작업지시 배포 배치 시작 (WO_RELEASE)")
            )
            rows.append((d, 7, 52, "seams-wo-rel", "info", "batch_job", "작업지시 배포 완료"))
        if d != 14:
            rows.append(
                (
                    d,
                    2,
                    0,
                    "erpif_nightly",
                    "info",
                    "batch_job",
                    "ERP 야간 인터페이스 배치 시작 (JOB_ERPIF_CLOSE)",
                )
            )
            rows.append((d, 3, 20, "erpif_nightly", "info", "batch_job", "ERP 야간 인터페이스 배치 완료"))
        rows.append((d, 1, 0, "anchor-vault", "info", "backup", "볼트 증분 백업 (dd-pgdc01) 시작"))
        left = (datetime(2027, 4, 27) - datetime(2027, 4, d)).days
        rows.append(
            (d, 9, 0, "f5-pgdc-dmz", "warning", "cert_expiry",
             f"SSL certificate partner.hanbada-hi.co.kr expires in {left} days (2027-04-27), manual renewal (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (10, 15, 0, "keel-plm-stg", "info", "maintenance", "Teamcenter 2312 업그레이드 리허설 (스테이징 점검)"),
    (11, 22, 0, "ora-seams", "info", "config_change", "주간 옵티마이저 통계 수집 (DBMS_STATS.GATHER_SCHEMA_STATS SEAMS)"),
    (12, 8, 5, "seams-blk", "info", "deployment", "seams-blk 5.3.0 배포 (정반 배치 화면 개선)"),
    (12, 14, 0, "seams-blk-stg", "info", "deployment", "seams-blk-stg 5.4.0-rc2 배포"),
    (13, 1, 0, "pgdc-r07-u18", "info", "config_change", "트랜잭션 로그 백업 잡 일시 중지 (백업 에이전트 업그레이드)"),
    (13, 9, 30, "pgdc-r03-u07", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/opensearch"),
    (14, 10, 0, "padgo-api-qa", "info", "deployment", "padgo-api-qa 3.9.0-beta2 배포"),
    (15, 13, 40, "anchor-vault", "info", "deployment", "anchor-vault 4.2.0 배포 (체크아웃 잠금 개선)"),
    (15, 13, 55, "nas-anchor01", "info", "maintenance", "ONTAP 9.13.1P7 → 9.14.1 업그레이드: node-02 takeover"),
    (15, 16, 0, "redis-seams", "info", "config_change", "redis-seams maxmemory 12gb → 8gb (서버 메모리 재배분)"),
    (16, 9, 40, "pgdc-r03-u07", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/opensearch"),
    (16, 18, 30, "wlc-okp01", "info", "change_notice", "토요일 13:00 야드 AP 펌웨어 17.9.5 일괄 업그레이드 예정"),
    (17, 12, 40, "tpos-track", "info", "deployment", "tpos-track 3.5.1 배포 (RTK 보정 주기 변경)"),
    (17, 13, 0, "wlc-okp01", "info", "maintenance", "야드 AP 412대 펌웨어 업그레이드 시작 (AP 재부팅)"),
    (17, 13, 38, "wlc-okp01", "info", "maintenance", "AP 펌웨어 업그레이드 완료"),
    (17, 18, 10, "dojang-env", "info", "deployment", "dojang-env 2.1.0 배포 (이슬점 경보 임계 변경)"),
    (19, 9, 0, "okp-b4-edge01", "info", "maintenance", "B4 라인 엣지서버 교체 작업 (라인 정지 중)"),
    (19, 11, 0, "pgdc-r03-u07", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/opensearch"),
    (19, 16, 20, "wgw-b2", "info", "deployment", "wgw-b2 1.4.2 배포 (용접 전류 샘플링 1초 → 0.5초)"),
    (20, 9, 30, "padgo-api", "info", "deployment", "padgo-api 3.8.0 배포 (자재 불출 사진 첨부)"),
    # S1 (Monday shift start)
    (12, 8, 31, "ora-seams", "warning", "cpu", "host CPU 88% on SEAMSP1, top SQL 7g2k9xq (WO_DETAIL)"),
    (12, 8, 34, "ora-seams", "critical", "performance", "SQL 7g2k9xq plan change: FULL SCAN on WO_DETAIL, elapsed 38s/exec"),
    (12, 8, 37, "seams-blk", "critical", "error", "블록 작업지시 조회 타임아웃, 5xx 29%"),
    (12, 8, 40, "seams-weld", "major", "error", "용접 실적 저장 지연 (DB 응답 지연)"),
    (12, 8, 46, "seams-gw", "warning", "error", "upstream timeout seams-blk"),
    (12, 8, 50, "padgo-api", "warning", "error", "단말 작업 확인 실패 증가"),
    (12, 9, 15, "ora-seams", "info", "config_change", "SQL plan baseline 고정 (7g2k9xq), 통계 lock"),
    (12, 9, 30, "seams-blk", "info", "recovery", "블록 작업지시 조회 정상"),
    # S2 (Wednesday small hours)
    (14, 2, 0, "erpif_nightly", "info", "batch_job", "ERP 야간 인터페이스 배치 시작 (JOB_ERPIF_CLOSE)"),
    (14, 2, 9, "pgdc-r07-u18", "critical", "disk", "L:\\ 100% full (SQLLOG)"),
    (14, 2, 12, "mssql-erpif", "critical", "log_full", "Error 9002: The transaction log for database 'ERPIF' is full due to 'LOG_BACKUP'"),
    (14, 2, 16, "erpif_nightly", "critical", "batch_job", "JOB_ERPIF_CLOSE step 7 (원가 실적 적재) FAILED"),
    (14, 2, 20, "rudder-erpif", "major", "error", "자재 불출 인터페이스 실패 (DB write error)"),
    (14, 2, 58, "pgdc-r07-u18", "info", "config_change", "로그 백업 수행 및 SHRINKFILE, 로그 백업 잡 재개"),
    (14, 3, 10, "erpif_nightly", "info", "batch_job", "JOB_ERPIF_CLOSE 재실행 (step 7부터)"),
    (14, 4, 25, "erpif_nightly", "info", "batch_job", "ERP 야간 인터페이스 배치 완료 (지연)"),
    # S3 (Thursday afternoon)
    (15, 14, 1, "nas-anchor01", "warning", "latency", "NFS latency 48 ms on vol_anchor_cad (single controller)"),
    (15, 14, 4, "nas-anchor01", "critical", "latency", "vol_anchor_cad latency 120 ms, node-01 CPU 97%"),
    (15, 14, 7, "anchor-vault", "critical", "error", "체크아웃/체크인 실패 (FSC read timeout), 5xx 26%"),
    (15, 14, 11, "keel-plm", "major", "error", "dataset open 지연, 설계자 작업 중단"),
    (15, 14, 13, "keel-view", "major", "error", "3D 모델 로딩 실패"),
    (15, 14, 16, "drw-release", "warning", "error", "출도 패키지 생성 지연"),
    (15, 14, 50, "nas-anchor01", "info", "maintenance", "giveback 완료, node-02 정상"),
    (15, 15, 0, "anchor-vault", "info", "recovery", "볼트 정상"),
    # S4 (Saturday 특근)
    (17, 13, 11, "emqx-yard", "warning", "connections", "connections 5,420 / max_connections 6000"),
    (17, 13, 13, "emqx-yard", "critical", "connections", "max connections reached, CONNACK 0x97 quota exceeded"),
    (17, 13, 17, "tpos-track", "critical", "error", "트랜스포터 위치 수신 끊김 (MQTT reconnect 실패) 34%"),
    (17, 13, 19, "crane-telem", "major", "error", "크레인 하중 텔레메트리 수신 불가"),
    (17, 13, 21, "padgo-api", "major", "error", "단말 푸시 채널 연결 실패"),
    (17, 13, 28, "yard-map", "warning", "error", "야드 맵 위치 갱신 지연"),
    (17, 13, 55, "emqx-yard", "info", "config_change", "max_connections 6000 → 12000, 재접속 backoff 적용"),
    (17, 14, 10, "tpos-track", "info", "recovery", "위치 수신 정상"),
    # S5 (Sunday small hours, night painting)
    (18, 1, 38, "influx-paint", "warning", "memory", "memory 92% during compaction of shard 1874"),
    (18, 1, 42, "influx-paint", "critical", "restart", "influxd OOM killed, restarting (3회)"),
    (18, 1, 46, "dojang-env", "critical", "error", "센서 데이터 기록 실패 (write timeout), 버퍼 적체"),
    (18, 1, 52, "paint-sched", "major", "error", "이슬점 조건 확인 불가, 도장 셀 배정 보류"),
    (18, 1, 55, "seams-paint", "warning", "error", "도장 환경 조건 조회 실패"),
    (18, 2, 30, "influx-paint", "info", "config_change", "shard 1874 오프라인 compaction, cache-max-memory-size 1g → 2g"),
    (18, 2, 45, "dojang-env", "info", "recovery", "센서 수집 정상"),
    # S6 (Monday end of the day shift)
    (19, 16, 30, "okp-b2-edge03", "warning", "memory", "memory usage 91%, swap in use"),
    (19, 16, 41, "okp-b2-edge03", "critical", "memory", "Out of memory: Killed process 2214 (fbus-agent), swap 100%"),
    (19, 16, 45, "wgw-b2", "critical", "error", "로봇 컨트롤러 데이터 수신 누락 32%, OPC UA session timeout"),
    (19, 16, 49, "seams-weld", "major", "error", "B2 라인 용접 실적 누락"),
    (19, 16, 54, "seams-gw", "warning", "error", "용접 실적 API 지연"),
    (19, 17, 30, "okp-b2-edge03", "info", "config_change", "엣지서버 재부팅, fieldbus 드라이버 롤백 3.1.4"),
    (19, 17, 40, "wgw-b2", "info", "recovery", "로봇 데이터 수신 정상"),
    # S7 (Tuesday morning, ongoing)
    (20, 9, 48, "redis-seams", "warning", "memory", "used_memory 7.8GB / maxmemory 8GB"),
    (20, 9, 51, "redis-seams", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory'"),
    (20, 9, 55, "seams-gw", "critical", "error", "WIP 갱신 실패 31% (Redis OOM)"),
    (20, 9, 58, "padgo-api", "major", "error", "단말 작업 확인 저장 실패"),
    (20, 10, 2, "seams-blk", "warning", "error", "블록 실적 캐시 갱신 실패"),
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
    generate(NAME, "shipyard-mes", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
