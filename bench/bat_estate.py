"""Generate the EV battery cell factory estate (tests/fixtures/battery-fab/, interchange format) and its faults.

A Korean EV battery cell maker (한결셀텍, HCT — 파우치형 2차전지 셀) with two plants, 오창공장 (electrode line E1,
assembly A1, formation F1, and the plant server room that hosts the company-wide systems) and 청주공장 (electrode
E3, assembly A2, formation F2 and the finished-goods warehouse that ships to the OEM customers), a module plant in
Hungary (헝가리 데브레첸법인) on an SD-WAN link, a DR site (대전DR센터) and cloud analytics in Azure 한국중부.

Systems: the plant MES `mes-oc` / `mes-cj` on Oracle (`oradb-mesoc` RAC with the Data Guard standby
`oradb-mesoc-dr`, `oradb-mescj`) with Redis caches; equipment data collection (`eqp-col-oc`, `eqp-col-cj`) from the
OPC UA servers (`opcua-oc-elec`, `opcua-oc-asm`, `opcua-oc-form`, `opcua-cj-line`) over the PLC gateways of the
mixing, coating, calendering and stacking equipment (`oc_e1_coat_gw` …) and the formation charger controllers
(`fcc-oc-f1a`, `fcc-oc-f1b`, `cj_f2_fcc_gw`); formation/aging management (`form-mgr-oc`, `form-mgr-cj`) and the cell
grader; vision and X-ray inspection AI on a GPU server (`vi-coat-oc`, `xray-ai-oc`, `ins-hub-oc`); the cell genealogy
(`cell-genealogy` on `pg-genealogy`, events over Kafka `kafka-trace`); recipe management; the dry-room dew-point
monitor `dewpoint-mon` and the energy management system `ems-core` on TimescaleDB `tsdb-util` with BACnet/Modbus
gateways; SPC (`spc-engine`) and the quality portal on MS-SQL `mssql-qdb`; AMR fleet control (`acs-amr-oc`,
`acs-amr-cj`); the finished-goods WMS `wms-fg` on `mssql-wms` and the OEM shipping EDI `ship-edi`; SAP S/4HANA
`s4-erp` on `hana-s4p` with the ERP–MES interface `erp-mes-if` over IBM MQ `ibmmq-qm01`; the Kafka → Event Hubs
bridge, the Databricks lakehouse and the yield model on AKS; the Hungarian MES `mes-hu`.

Naming (unlike the earlier estates): Korean-SI hostnames [site 2][system 3][env 1][role 2][seq 2] (`ocmespap01` =
오창 MES prod AP #1, `ocmespdb01`, `ockfkpbk02` Kafka broker, `ocvispgp01` GPU, `ocfrmpip02` industrial PC,
`cjwmspdb01`, `djmespdb01`, `hudebpap01`), ISA-95-style snake_case PLC gateways `<plant>_<line>_<process>_gw`
(`oc_e1_mix_gw`, `cj_f2_fcc_gw`), kebab-case systems with a plant suffix (`mes-oc`, `form-mgr-cj`), Azure resource
names (`evh-hct-plant`, `agw-hct-ml`, the storage account `sthctlake01`, AKS VMSS nodes
`aks-mlpool-38152907-vmss000000`) and network gear by site and role (`oc-fw-itot01`, `mpls-oc-cj`, `sdwan-hu-deb`).

Seven injected incidents (times KST; now = Thursday 2028-11-16 15:10, an hour into the B shift; the window is the
10 days before; the lines run 24 h in three shifts changing at 06:00, 14:00 and 22:00, the electrode line E1 has its
weekly PM on Sunday morning, formation charging is shifted into the light-load night hours by the EMS, the office
systems follow 08:30–17:30 on weekdays, OEM shipments leave at 09:00, 13:00 and 19:00 on weekdays, the Hungarian
plant works 06:00–22:00 CET, the cloud lakehouse runs at 01:00):
  B1 Tue 07 02:10–03:05  a partition reassignment on kafka-trace started without a replication throttle saturates the
                         brokers, ISR shrinks and producers get NOT_ENOUGH_REPLICAS: cell-genealogy (loudest),
                         spc-engine, cloud-bridge (deployed Monday 18:30)
  B2 Thu 09 14:05–15:00  at the B-shift start the formation HMIs reconnect all at once and opcua-oc-form hits its
                         session limit (BadTooManySessions): form-mgr-oc (loudest, deployed at 13:50), eqp-col-oc,
                         cell-grader (the charger controller fcc-oc-f1b was patched at 13:40)
  B3 Sat 11 10:20–11:15  a CRAC unit trips in the server room and the GPU server ocvispgp01 throttles: vi-coat-oc
                         (loudest), xray-ai-oc (new model deployed at 10:05), ins-hub-oc
  B4 Mon 13 09:35–10:30  the archivelog backup to dj-dd-backup01 failed two nights running, oradb-mesoc's recovery
                         area fills and the archiver stops (ORA-00257): mes-oc (loudest, deployed at 09:10),
                         recipe-mgr, acs-amr-oc
  B5 Tue 14 19:10–20:05  after a manual statistics update (18:30) mssql-wms picks a scanning plan for the pallet
                         allocation at the 19:00 shipping wave: wms-fg (loudest), ship-edi (deployed at 18:40),
                         acs-amr-cj
  B6 Wed 15 22:05–23:00  ibmmq-qm01 was restarted with a fix pack at 21:40 and its queue depth limits fell back to
                         the default; at the C-shift start MES.WO.DOWNLOAD fills (MQRC 2053): erp-mes-if (loudest),
                         mes-oc, mes-cj (an SAP transport was imported into s4-erp at 21:30)
  B7 Thu 16 14:25–now    the TimescaleDB compression policy of tsdb-util, moved from 03:00 to 14:00 on Wednesday,
                         locks the dew-point hypertable and inserts queue: dewpoint-mon (loudest), ems-core
                         (deployed at 14:10), form-mgr-cj (ongoing)
Confounders: the shift changes, Sunday PM of E1, night formation charging, the nightly RMAN backup and lakehouse
run, OEM shipping waves, the Hungarian day on Korean evenings, deploys and patches before most incidents,
`ocfrmpip04` and `mes-oc-stg` in maintenance, the retired `qis_legacy`, the log server `ocmonpap02`'s disk creeping
up, the OPC UA certificate of `opcua-cj-line` expiring on 2028-11-25 (warned daily) and a real dry-room dew-point
excursion on Friday night that is a process alarm, not an IT fault.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/bat_golden.py) are computed from the files.

    .venv/bin/python bench/bat_estate.py   # rewrites tests/fixtures/battery-fab*
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

NAME = "battery-fab"
NOW = datetime(2028, 11, 16, 6, 10, tzinfo=UTC)  # Thursday 2028-11-16 15:10 KST
START = NOW - timedelta(days=10)  # Monday 2028-11-06 15:10 KST
SEED = 20281116
SITES = {
    "O": "오창공장",
    "C": "청주공장",
    "D": "대전DR센터",
    "Z": "Azure 한국중부",
    "H": "헝가리 데브레첸법인",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

MES, OT, FORM, VIS = "MES운영팀", "설비자동화팀", "화성공정IT", "vision-ai-lab"
UTIL, LOGI, QIT, ERP = "유틸리티에너지팀", "물류자동화팀", "품질IT파트", "SAP-CoE"
TRACE, INFRA, DBA, NET = "traceability-squad", "인프라운영팀", "DBA그룹", "OT보안네트워크팀"
CLOUD, GLOBAL = "cloud-data-platform", "글로벌IT(헝가리)"

KEPWARE = "Kepware KEPServerEX 6.15 (OPC UA)"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- 오창: MES, equipment, formation, inspection
    "mes-oc": ("service", MES, "O", "P", ["ocmespap01", "ocmespap02"],
               ["oradb-mesoc", "kafka-trace", "redis-mes-oc", "eqp-col-oc", "ins-hub-oc", "erp-mes-if", "recipe-mgr"],
               {"desc": "오창 MES (작업지시, 트랙인/아웃, LOT/롤 관리, 홀드)", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                "version": "8.4.2", "lines": "E1, A1, F1", "cells_per_day": 410000, "instances": 6, "port": 8443}),
    "eqp-col-oc": ("service", OT, "O", "P", ["ocotgpap01"],
                   ["opcua-oc-elec", "opcua-oc-asm", "opcua-oc-form", "kafka-trace"],
                   {"desc": "오창 설비 데이터 수집 (FDC/EES 태그 수집 → Kafka)", "product": "자체개발 (Go 1.22)",
                    "version": "3.1.7", "tags": 186000, "sampling_ms": 500}),
    "opcua-oc-elec": ("service", OT, "O", "P", ["ocotgpip01"], ["oc_e1_mix_gw", "oc_e1_coat_gw", "oc_e1_cal_gw"],
                      {"desc": "OPC UA 서버 (전극 공정: 믹싱/코팅/압연)", "product": KEPWARE, "max_sessions": 100,
                       "security_policy": "Basic256Sha256", "cert_expiry": "2029-06-30", "port": 49320}),
    "opcua-oc-asm": ("service", OT, "O", "P", ["ocotgpip02"], ["oc_a1_stack_gw"],
                     {"desc": "OPC UA 서버 (조립: 스태킹/탭 웰딩/파우치 실링)", "product": KEPWARE, "max_sessions": 100,
                      "security_policy": "Basic256Sha256", "cert_expiry": "2029-03-31", "port": 49320}),
    "opcua-oc-form": ("service", FORM, "O", "P", ["ocfrmpip01"], ["fcc-oc-f1a", "fcc-oc-f1b"],
                      {"desc": "OPC UA 서버 (화성/에이징: 충방전기, 에이징 랙)", "product": "Unified Automation UaGateway 1.5",
                       "max_sessions": 64, "security_policy": "Basic256Sha256", "cert_expiry": "2029-01-15",
                       "port": 48010}),
    "oc_e1_mix_gw": ("service", OT, "O", "P", ["ocotgpip01"], [],
                     {"desc": "E1 믹싱 PLC 게이트웨이 (양극 슬러리 플래너터리 믹서)", "plc": "Mitsubishi iQ-R (MC protocol)",
                      "line": "E1", "process": "mixing", "equipment": 4}),
    "oc_e1_coat_gw": ("service", OT, "O", "P", ["ocotgpip01"], [],
                      {"desc": "E1 코터 PLC 게이트웨이 (양면 콤마 코터, 건조로 8존)", "plc": "Siemens S7-1500 (S7comm)",
                       "line": "E1", "process": "coating", "coating_speed_mpm": 80, "equipment": 2}),
    "oc_e1_cal_gw": ("service", OT, "O", "P", ["ocotgpip01"], [],
                     {"desc": "E1 압연(캘린더링)/슬리팅 PLC 게이트웨이 (롤프레스 2대, 슬리터 2대)",
                      "plc": "Siemens S7-1500 (S7comm)", "line": "E1", "process": "calendering", "equipment": 4}),
    "oc_a1_stack_gw": ("service", OT, "O", "P", ["ocotgpip02"], [],
                       {"desc": "A1 스태킹 PLC 게이트웨이 (Z-폴딩 스태커)", "plc": "Omron NX1P (EtherNet/IP)",
                        "line": "A1", "process": "stacking", "equipment": 12}),
    "fcc-oc-f1a": ("service", FORM, "O", "P", ["ocfrmpip02"], [],
                   {"desc": "충방전기 제어 (F1 A동: 화성 1차/2차 충전)", "product": "PNE 충방전 제어 SW 4.2",
                    "version": "4.2.0", "channels": 6144, "racks": 24, "line": "F1"}),
    "fcc-oc-f1b": ("service", FORM, "O", "P", ["ocfrmpip02"], [],
                   {"desc": "충방전기 제어 (F1 B동: 용량 측정/출하 방전)", "product": "PNE 충방전 제어 SW 4.2",
                    "version": "4.2.1", "channels": 5120, "racks": 20, "line": "F1"}),
    "form-mgr-oc": ("service", FORM, "O", "P", ["ocfrmpap01"], ["opcua-oc-form", "oradb-mesoc", "ems-core"],
                    {"desc": "오창 화성/에이징 공정관리 (충방전 레시피, 에이징 랙 입출고, OCV/IR 측정)",
                     "product": "자체개발 (C# .NET 8)", "version": "5.2.0", "aging_racks": 1840, "aging_days": 14}),
    "cell-grader": ("service", FORM, "O", "P", ["ocfrmpap01"], ["form-mgr-oc", "cell-genealogy"],
                    {"desc": "셀 등급 판정 (용량, OCV, IR, 자가방전 K값)", "product": "자체개발 (Python 3.11)",
                     "version": "2.7.3", "grades": "A, B, C, NG"}),
    "vi-coat-oc": ("service", VIS, "O", "P", ["ocvispgp01"], [],
                   {"desc": "코팅 표면 비전검사 AI (핀홀, 줄무늬, 이물, 미코팅)", "product": "Triton Inference Server 24.05 (TensorRT 10)",
                    "model": "coat-defect-yolo-v9", "version": "1.12.0", "cameras": 16, "fps": 120}),
    "xray-ai-oc": ("service", VIS, "O", "P", ["ocvispgp01"], [],
                   {"desc": "X-ray 검사 AI (음극/양극 오버행, 적층 정렬)", "product": "Triton Inference Server 24.05",
                    "model": "xray-overhang-v14", "version": "2.3.0", "ct_units": 4}),
    "ins-hub-oc": ("service", VIS, "O", "P", ["ocmespap02"], ["vi-coat-oc", "xray-ai-oc", "kafka-trace"],
                   {"desc": "검사 결과 허브 (비전/X-ray 판정 → MES 자동 홀드)", "product": "자체개발 (Kotlin, Ktor)",
                    "version": "1.9.1"}),
    "acs-amr-oc": ("service", LOGI, "O", "P", ["ocotgpap01"], ["mes-oc", "redis-mes-oc"],
                   {"desc": "오창 AMR 관제 (전극 롤/매거진 반송)", "product": "Omron FLOW Core 2.9", "version": "2.9.4",
                    "fleet_size": 38}),
    "dewpoint-mon": ("service", UTIL, "O", "P", ["ocutlpap01"], ["bacnet-gw-oc", "bacnet-gw-cj", "tsdb-util"],
                     {"desc": "드라이룸 노점 모니터링 (양 공장 드라이룸, 노점 -40℃ 이하 관리)", "product": "자체개발 (Node.js 20)",
                      "version": "3.0.5", "dry_rooms": 14, "dewpoint_limit_c": -40, "sensors": 96}),
    "bacnet-gw-oc": ("service", UTIL, "O", "P", ["ocutlpip01"], [],
                     {"desc": "오창 HVAC/제습기 BACnet 게이트웨이", "product": "Tridium Niagara 4.13", "devices": 212}),
    "ems-core": ("service", UTIL, "O", "P", ["ocutlpap01"], ["tsdb-util", "modbus-gw-oc", "modbus-gw-cj"],
                 {"desc": "에너지관리 EMS (전력 피크 제어, ESS 충방전, 화성 충전 부하 이동)", "product": "자체개발 (Java 17)",
                  "version": "3.1.0", "contract_kw": 98000, "ess_mwh": 24, "meters": 640}),
    "modbus-gw-oc": ("service", UTIL, "O", "P", ["ocutlpip01"], [],
                     {"desc": "오창 전력 계측 Modbus TCP 게이트웨이", "product": "Moxa MGate 5105", "meters": 380}),
    # ---------------------------------------------------------------- 청주: MES, equipment, formation, warehouse
    "mes-cj": ("service", MES, "C", "P", ["cjmespap01", "cjmespap02"],
               ["oradb-mescj", "kafka-trace", "redis-mes-cj", "eqp-col-cj", "erp-mes-if", "recipe-mgr"],
               {"desc": "청주 MES (작업지시, 트랙인/아웃, LOT/롤 관리, 홀드)", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                "version": "8.4.1", "lines": "E3, A2, F2", "cells_per_day": 280000, "instances": 4, "port": 8443}),
    "eqp-col-cj": ("service", OT, "C", "P", ["cjotgpap01"], ["opcua-cj-line", "kafka-trace"],
                   {"desc": "청주 설비 데이터 수집 (FDC/EES 태그 수집 → Kafka)", "product": "자체개발 (Go 1.22)",
                    "version": "3.1.7", "tags": 121000, "sampling_ms": 500}),
    "opcua-cj-line": ("service", OT, "C", "P", ["cjotgpip01"], ["cj_e3_coat_gw", "cj_a2_stack_gw", "cj_f2_fcc_gw"],
                      {"desc": "OPC UA 서버 (청주 전 공정 통합)", "product": KEPWARE, "max_sessions": 128,
                       "security_policy": "Basic256Sha256", "cert_expiry": "2028-11-25", "port": 49320}),
    "cj_e3_coat_gw": ("service", OT, "C", "P", ["cjotgpip01"], [],
                      {"desc": "E3 코터 PLC 게이트웨이 (음극)", "plc": "LS ELECTRIC XGI (XGT)", "line": "E3",
                       "process": "coating", "coating_speed_mpm": 95, "equipment": 2}),
    "cj_a2_stack_gw": ("service", OT, "C", "P", ["cjotgpip01"], [],
                       {"desc": "A2 스태킹 PLC 게이트웨이 (라미네이션 스태킹)", "plc": "Omron NX1P (EtherNet/IP)",
                        "line": "A2", "process": "stacking", "equipment": 10}),
    "cj_f2_fcc_gw": ("service", FORM, "C", "P", ["cjotgpip02"], [],
                     {"desc": "F2 충방전기 게이트웨이", "product": "PNE 충방전 제어 SW 4.2", "version": "4.2.1",
                      "channels": 8192, "racks": 32, "line": "F2"}),
    "form-mgr-cj": ("service", FORM, "C", "P", ["cjotgpap01"], ["opcua-cj-line", "oradb-mescj", "ems-core"],
                    {"desc": "청주 화성/에이징 공정관리", "product": "자체개발 (C# .NET 8)", "version": "5.2.0",
                     "aging_racks": 1320, "aging_days": 14}),
    "wms-fg": ("service", LOGI, "C", "P", ["cjwmspap01"], ["mssql-wms", "mes-cj", "cell-genealogy"],
               {"desc": "완제품 창고 WMS (셀 트레이/팔레트 적재, 출하 피킹, 자동창고 스태커 6기)",
                "product": "자체개발 (.NET 8)", "version": "4.6.2", "pallet_positions": 9600}),
    "acs-amr-cj": ("service", LOGI, "C", "P", ["cjwmspap01"], ["wms-fg", "mes-cj"],
                   {"desc": "청주 AMR 관제 (트레이/팔레트 반송, 출하장 이송)", "product": "자체개발 (ROS 2 Humble 기반)",
                    "version": "3.4.0", "fleet_size": 52}),
    "ship-edi": ("service", LOGI, "C", "P", ["cjwmspap01"], ["wms-fg", "s4-erp", "cell-genealogy"],
                 {"desc": "OEM 출하 EDI (ASN/DESADV, 팔레트별 셀 ID 리스트 전송)", "product": "Seeburger BIS 6.7",
                  "version": "2.4.0", "protocol": "AS2 / VDA 4987", "customers": "OEM-A, OEM-B, OEM-C"}),
    "modbus-gw-cj": ("service", UTIL, "C", "P", ["cjutlpip01"], [],
                     {"desc": "청주 전력 계측 Modbus TCP 게이트웨이", "product": "Moxa MGate 5105", "meters": 260}),
    "bacnet-gw-cj": ("service", UTIL, "C", "P", ["cjutlpip01"], [],
                     {"desc": "청주 HVAC/제습기 BACnet 게이트웨이", "product": "Tridium Niagara 4.13", "devices": 168}),
    # ---------------------------------------------------------------- company-wide (오창 전산실), overseas, cloud
    "cell-genealogy": ("service", TRACE, "O", "P", ["octrcpap01"], ["kafka-trace", "pg-genealogy", "redis-trace"],
                       {"desc": "셀 계보/이력 추적 (셀 ID ↔ 전극 롤, 슬러리 배치, 원자재 LOT)",
                        "product": "자체개발 (Java 21, Spring Boot 3.3)", "version": "6.0.3", "retention_years": 15,
                        "cells_tracked_m": 392}),
    "recipe-mgr": ("service", MES, "O", "P", ["ocmespap02"], ["oradb-mesoc"],
                   {"desc": "공정 레시피 관리 (슬러리 배합비, 코팅 두께/속도, 충방전 프로파일)", "product": "자체개발 (Java 17)",
                    "version": "2.2.8", "recipes": 1460}),
    "erp-mes-if": ("service", ERP, "O", "P", ["ocerppap01"], ["ibmmq-qm01", "s4-erp"],
                   {"desc": "ERP-MES 인터페이스 (작업지시 다운로드, 생산실적/자재소비 백플러시)",
                    "product": "IBM App Connect Enterprise 12", "version": "12.0.11"}),
    "s4-erp": ("service", ERP, "O", "P", ["ocerppap01"], ["hana-s4p"],
               {"desc": "SAP S/4HANA (생산/구매/출하/회계)", "product": "SAP S/4HANA 2022 FPS02", "sid": "HP1",
                "client": 100}),
    "spc-engine": ("service", QIT, "O", "P", ["ocqmspap01"], ["mssql-qdb", "kafka-trace"],
                   {"desc": "SPC 관리도 실시간 계산 (코팅 로딩량, 전극 두께, 셀 용량)", "product": "자체개발 (Python 3.12)",
                    "version": "4.0.2", "charts": 3200, "rules": "Western Electric 1-4"}),
    "qms-portal": ("service", QIT, "O", "P", ["ocqmspap01"], ["mssql-qdb", "cell-genealogy", "spc-engine"],
                   {"desc": "품질 포털 (부적합/클레임, 8D, OEM 품질 리포트)", "product": "자체개발 (Next.js + .NET 8)",
                    "version": "3.5.0", "endpoint": "qms.hct.co.kr"}),
    "cloud-bridge": ("service", CLOUD, "O", "P", ["ockfkpap01"], ["kafka-trace", "evh-hct-plant"],
                     {"desc": "공정 데이터 클라우드 전송 (Kafka → Event Hubs)", "product": "Kafka Connect 3.7 (Event Hubs sink)",
                      "version": "1.6.0", "topics": 42}),
    "mes-hu": ("service", GLOBAL, "H", "P", ["hudebpap01"], ["oradb-meshu", "recipe-mgr"],
               {"desc": "헝가리 법인 MES (모듈/팩 조립)", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                "version": "8.3.9", "timezone": "Europe/Budapest", "lines": "M1, M2"}),
    "ml-yield": ("service", CLOUD, "Z", "P", ["aks-mlpool-38152907-vmss000000", "aks-mlpool-38152907-vmss000001"],
                 ["dbx-lakehouse"],
                 {"desc": "수율 예측/이상탐지 모델 서빙", "product": "MLflow 2.14 + FastAPI (AKS)",
                  "model": "yield-gbm-2028w44", "version": "0.9.6", "pods": 6}),
    "dbx-lakehouse": ("service", CLOUD, "Z", "P", [], ["evh-hct-plant"],
                      {"desc": "Azure Databricks 공정 데이터 레이크하우스 (야간 집계)", "product": "Azure Databricks Premium",
                       "runtime": "15.4 LTS", "schedule": "매일 01:00"}),
    "log-elk": ("service", INFRA, "O", "P", ["ocmonpap02"], [],
                {"desc": "로그 수집 (MES, 설비 수집기, 인터페이스)", "product": "Elasticsearch 8.15 + Fluent Bit",
                 "retention_days": 30}),
    # ---------------------------------------------------------------- staging, dev, retired
    "mes-oc-stg": ("service", MES, "O", "S", ["occmnsap01"], ["oradb-mes-stg"],
                   {"desc": "오창 MES (스테이징)", "version": "8.5.0-rc1"}),
    "wms-fg-dev": ("service", LOGI, "O", "D", ["occmndap01"], [],
                   {"desc": "완제품 WMS (개발)", "version": "4.7.0-SNAPSHOT"}),
    "cell-grader-dev": ("service", FORM, "O", "D", ["occmndap01"], [],
                        {"desc": "셀 등급 판정 (개발)", "version": "2.8.0-SNAPSHOT"}),
    "qis_legacy": ("service", QIT, "O", "P", [], [],
                   {"desc": "구 품질정보시스템 (2026년 spc-engine/qms-portal로 대체)", "version": "5.1.7",
                    "decommissioned": "2026-12-31"}),
    # ---------------------------------------------------------------- databases
    "oradb-mesoc": ("database", DBA, "O", "P", ["ocmespdb01", "ocmespdb02"], [],
                    {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c RAC", "nodes": 2,
                     "sid": "MESOC", "port": 1521, "size_tb": 14.2, "fra_tb": 2, "standby": "oradb-mesoc-dr",
                     "desc": "오창 MES 운영 DB"}),
    "oradb-mesoc-dr": ("database", DBA, "D", "P", ["djmespdb01"], [],
                       {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c", "sid": "MESOC",
                        "port": 1521, "role": "physical standby (Data Guard, MaxPerformance)", "desc": "오창 MES DR"}),
    "oradb-mescj": ("database", DBA, "C", "P", ["cjmespdb01"], [],
                    {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c", "sid": "MESCJ",
                     "port": 1521, "size_tb": 9.1, "desc": "청주 MES 운영 DB"}),
    "oradb-meshu": ("database", GLOBAL, "H", "P", ["hudebpdb01"], [],
                    {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c SE2", "sid": "MESHU",
                     "port": 1521, "size_tb": 3.4, "desc": "헝가리 MES DB"}),
    "pg-genealogy": ("database", DBA, "O", "P", ["octrcpdb01"], [],
                     {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16", "port": 5432,
                      "size_tb": 21.5, "partitioning": "월별 (cell_event_yyyymm)", "desc": "셀 계보 DB"}),
    "mssql-qdb": ("database", DBA, "O", "P", ["ocqmspdb01"], [],
                  {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Enterprise CU14",
                   "port": 1433, "size_tb": 6.8, "desc": "품질 DB (SPC, 검사, 부적합)"}),
    "mssql-wms": ("database", DBA, "C", "P", ["cjwmspdb01"], [],
                  {"engine": "mssql", "version": "15.0.4375", "product": "SQL Server 2019 Standard CU27",
                   "port": 1433, "maxdop": 8, "desc": "완제품 WMS DB"}),
    "hana-s4p": ("database", ERP, "O", "P", ["ocerppdb01"], [],
                 {"engine": "hana", "version": "2.00.077", "product": "SAP HANA 2.0 SPS07", "sid": "HP1",
                  "port": 30015, "memory_tb": 3, "desc": "S/4HANA DB"}),
    "tsdb-util": ("database", UTIL, "O", "P", ["ocutlpdb01"], [],
                  {"engine": "timescaledb", "version": "2.16.1", "product": "TimescaleDB 2.16 (PostgreSQL 16)",
                   "port": 5432, "chunk_interval": "1 day", "compress_after": "7 days", "retention": "5 years",
                   "desc": "유틸리티 시계열 (노점, 전력, HVAC)"}),
    "oradb-mes-stg": ("database", DBA, "O", "S", ["occmnsap01"], [],
                      {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c", "sid": "MESSTG",
                       "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "redis-mes-oc": ("cache", MES, "O", "P", ["occmnpch01"], [],
                     {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "volatile-lru",
                      "port": 6379, "desc": "MES 세션/LOT 상태 캐시"}),
    "redis-trace": ("cache", TRACE, "O", "P", ["occmnpch01"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 24, "maxmemory_policy": "allkeys-lru",
                     "port": 6380, "desc": "셀 ID 조회 캐시"}),
    "redis-mes-cj": ("cache", MES, "C", "P", ["cjmespap02"], [],
                     {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 16, "maxmemory_policy": "volatile-ttl",
                      "port": 6379, "desc": "청주 MES 세션/LOT 상태 캐시"}),
    "kafka-trace": ("queue", TRACE, "O", "P", ["ockfkpbk01", "ockfkpbk02", "ockfkpbk03"], [],
                    {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 3, "topics": 118, "replication_factor": 3,
                     "min_insync_replicas": 2, "port": 9093, "desc": "공정/셀 이벤트 스트림"}),
    "ibmmq-qm01": ("queue", ERP, "O", "P", ["ocerppap01"], [],
                   {"product": "IBM MQ 9.3.5 LTS", "queue_manager": "QM_HCT_ERP01", "port": 1414,
                    "desc": "ERP-MES 메시지 큐 (작업지시, 실적)"}),
    "evh-hct-plant": ("queue", CLOUD, "Z", "P", [], [],
                      {"product": "Azure Event Hubs Premium (2 PU)", "namespace": "evhns-hct-krc", "partitions": 32,
                       "desc": "공정 데이터 클라우드 수신"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "oc-l4-mes": ("O", NET, ["mes-oc", "recipe-mgr", "qms-portal"],
                  {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.110.1.10", "firmware": "17.1.1",
                   "cert_expiry": "2029-08-31"}),
    "cj-l4-mes": ("C", NET, ["mes-cj", "wms-fg", "ship-edi"],
                  {"vendor": "Piolink", "model": "PAS-K 5424", "vip": "10.120.1.10", "firmware": "2.7.4",
                   "cert_expiry": "2029-02-28"}),
    "agw-hct-ml": ("Z", CLOUD, ["ml-yield"],
                   {"vendor": "Azure", "model": "Application Gateway v2 (WAF)", "endpoint": "ml.hct-analytics.kr",
                    "cert_issuer": "Key Vault (자동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "oc-san-pure01": ("O", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 220,
                                   "desc": "DB 블록 스토리지 (Oracle RAC, MS-SQL, HANA, PostgreSQL)"},
                      ["ocmespdb01", "ocmespdb02", "ocqmspdb01", "ocerppdb01", "octrcpdb01"]),
    "oc-nas-vision": ("O", VIS, {"vendor": "Dell", "model": "PowerScale F710", "capacity_tb": 1400,
                                 "desc": "비전/X-ray 원본 이미지 (90일 보관)"}, ["ocvispgp01"]),
    "dj-dd-backup01": ("D", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 640,
                                    "protocol": "DD Boost", "desc": "RMAN/HANA 백업"},
                       ["ocmespdb01", "ocmespdb02", "ocerppdb01"]),
    "sthctlake01": ("Z", CLOUD, {"vendor": "Azure", "model": "ADLS Gen2 (Standard_ZRS)", "region": "koreacentral",
                                 "desc": "공정 데이터 레이크"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 오창 VMware VMs
    "ocmespap01": ("O", "P", "vm", {"role": "오창 MES AP #1"}),
    "ocmespap02": ("O", "P", "vm", {"role": "오창 MES AP #2, 레시피, 검사 허브"}),
    "octrcpap01": ("O", "P", "vm", {"role": "셀 계보 AP"}),
    "ocotgpap01": ("O", "P", "vm", {"role": "설비 데이터 수집, AMR 관제"}),
    "ocfrmpap01": ("O", "P", "vm", {"role": "화성 공정관리, 등급 판정"}),
    "ocutlpap01": ("O", "P", "vm", {"role": "EMS, 노점 모니터링"}),
    "ocerppap01": ("O", "P", "vm", {"role": "SAP AP, ACE, IBM MQ"}),
    "ocqmspap01": ("O", "P", "vm", {"role": "SPC, 품질 포털"}),
    "ockfkpap01": ("O", "P", "vm", {"role": "Kafka Connect (클라우드 전송)"}),
    "ocmonpap02": ("O", "P", "vm", {"role": "로그 수집 (ELK)"}),
    "occmnsap01": ("O", "S", "vm", {"role": "스테이징 공용"}),
    "occmndap01": ("O", "D", "vm", {"role": "개발 공용"}),
    # 오창 bare metal
    "ocmespdb01": ("O", "P", "bare", {"role": "Oracle RAC MESOC node 1", "model": "HPE ProLiant DL380 Gen11",
                                      "rack": "OC-SR1 R03 U10"}),
    "ocmespdb02": ("O", "P", "bare", {"role": "Oracle RAC MESOC node 2", "model": "HPE ProLiant DL380 Gen11",
                                      "rack": "OC-SR1 R03 U14"}),
    "octrcpdb01": ("O", "P", "bare", {"role": "PostgreSQL 셀 계보", "model": "Dell PowerEdge R760",
                                      "rack": "OC-SR1 R04 U08"}),
    "ocqmspdb01": ("O", "P", "win", {"role": "MS-SQL 품질 DB", "model": "Dell PowerEdge R760", "rack": "OC-SR1 R04 U16"}),
    "ocerppdb01": ("O", "P", "bare", {"role": "SAP HANA HP1", "model": "HPE Superdome Flex 280",
                                      "rack": "OC-SR1 R06 U01"}),
    "ocutlpdb01": ("O", "P", "bare", {"role": "TimescaleDB 유틸리티", "model": "Dell PowerEdge R660",
                                      "rack": "OC-SR1 R05 U20"}),
    "ockfkpbk01": ("O", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660xs", "rack": "OC-SR1 R07 U04"}),
    "ockfkpbk02": ("O", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660xs", "rack": "OC-SR1 R07 U06"}),
    "ockfkpbk03": ("O", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660xs", "rack": "OC-SR1 R08 U04"}),
    "occmnpch01": ("O", "P", "bare", {"role": "Redis (MES, 계보)", "model": "Dell PowerEdge R660", "rack": "OC-SR1 R07 U10"}),
    "ocvispgp01": ("O", "P", "gpu", {"role": "비전/X-ray AI 추론 GPU", "model": "Supermicro SYS-421GE-TNRT",
                                     "gpu": "NVIDIA L40S x4", "rack": "OC-SR2 R01 U20"}),
    # 오창 industrial PCs (OT Level 2)
    "ocotgpip01": ("O", "P", "ipc", {"role": "E1 PLC 게이트웨이, OPC UA (전극)", "model": "Siemens SIMATIC IPC847E",
                                     "area": "전극동 E1"}),
    "ocotgpip02": ("O", "P", "ipc", {"role": "A1 PLC 게이트웨이, OPC UA (조립)", "model": "Siemens SIMATIC IPC847E",
                                     "area": "조립동 A1"}),
    "ocfrmpip01": ("O", "P", "ipc", {"role": "OPC UA (화성)", "model": "Advantech MIC-770 V3", "area": "화성동 F1"}),
    "ocfrmpip02": ("O", "P", "ipc", {"role": "충방전기 제어 (A동, B동)", "model": "Advantech MIC-770 V3",
                                     "area": "화성동 F1"}),
    "ocfrmpip04": ("O", "P", "ipc", {"role": "충방전기 제어 예비 (교체 중)", "model": "Advantech MIC-770 V3",
                                     "area": "화성동 F1"}),
    "ocutlpip01": ("O", "P", "ipc", {"role": "BACnet/Modbus 게이트웨이 (오창)", "model": "Advantech UNO-348",
                                     "area": "유틸리티동"}),
    # 청주
    "cjmespap01": ("C", "P", "vm", {"role": "청주 MES AP #1"}),
    "cjmespap02": ("C", "P", "vm", {"role": "청주 MES AP #2, Redis"}),
    "cjotgpap01": ("C", "P", "vm", {"role": "설비 데이터 수집, 화성 공정관리"}),
    "cjwmspap01": ("C", "P", "vm", {"role": "WMS, AMR 관제, 출하 EDI"}),
    "cjmespdb01": ("C", "P", "bare", {"role": "Oracle MESCJ", "model": "HPE ProLiant DL380 Gen11", "rack": "CJ-SR1 R02 U12"}),
    "cjwmspdb01": ("C", "P", "win", {"role": "MS-SQL WMS", "model": "Dell PowerEdge R750", "rack": "CJ-SR1 R02 U20"}),
    "cjotgpip01": ("C", "P", "ipc", {"role": "PLC 게이트웨이, OPC UA (청주)", "model": "Siemens SIMATIC IPC847E",
                                     "area": "전극/조립동"}),
    "cjotgpip02": ("C", "P", "ipc", {"role": "F2 충방전기 게이트웨이", "model": "Advantech MIC-770 V3", "area": "화성동 F2"}),
    "cjutlpip01": ("C", "P", "ipc", {"role": "BACnet/Modbus 게이트웨이 (청주)", "model": "Advantech UNO-348",
                                     "area": "유틸리티동"}),
    # DR, Hungary, Azure
    "djmespdb01": ("D", "P", "bare", {"role": "Oracle MESOC standby", "model": "HPE ProLiant DL380 Gen10 Plus",
                                      "rack": "DJ-DR1 R02 U08"}),
    "hudebpap01": ("H", "P", "vm", {"role": "헝가리 MES AP"}),
    "hudebpdb01": ("H", "P", "bare", {"role": "Oracle MESHU", "model": "Dell PowerEdge R750", "rack": "HU-SR R01 U12"}),
    "aks-mlpool-38152907-vmss000000": ("Z", "P", "aks", {"role": "AKS 노드 (ML 서빙)", "vm_size": "Standard_D8s_v5",
                                                         "zone": "koreacentral-1"}),
    "aks-mlpool-38152907-vmss000001": ("Z", "P", "aks", {"role": "AKS 노드 (ML 서빙)", "vm_size": "Standard_D8s_v5",
                                                         "zone": "koreacentral-2"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "oc-fw-itot01": ("O", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                           "firmware": "FortiOS 7.4.4", "desc": "IT/OT 경계 방화벽 (Level 3.5 DMZ)"}),
    "oc-core-sw01": ("O", {"device": "core switch", "vendor": "Cisco", "model": "Catalyst 9500-48Y4C",
                           "firmware": "IOS XE 17.12.3"}),
    "mpls-oc-cj": ("C", {"device": "WAN link", "vendor": "KT", "model": "MPLS 전용회선 10Gbps",
                         "circuit": "KT-MPLS-4471-0093", "desc": "오창 ↔ 청주"}),
    "er-hct-krc": ("Z", {"device": "ExpressRoute", "vendor": "Azure", "model": "ExpressRoute 2Gbps (SK브로드밴드 경유)",
                         "circuit": "er-hct-krc-0f3a", "desc": "오창 전산실 ↔ Azure 한국중부"}),
    "sdwan-hu-deb": ("H", {"device": "SD-WAN", "vendor": "Fortinet", "model": "FortiGate 200F SD-WAN",
                           "circuit": "MagyarTelekom-DEB-2291 + KT 국제회선", "desc": "오창 ↔ 헝가리 데브레첸"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("oc-fw-itot01", "oc-core-sw01"),
    ("mpls-oc-cj", "oc-core-sw01"),
    ("er-hct-krc", "oc-core-sw01"),
    ("sdwan-hu-deb", "oc-core-sw01"),
    ("eqp-col-oc", "oc-fw-itot01"),
    ("eqp-col-cj", "mpls-oc-cj"),
    ("cloud-bridge", "er-hct-krc"),
    ("mes-hu", "sdwan-hu-deb"),
    ("oradb-mesoc", "oradb-mesoc-dr"),
    ("dbx-lakehouse", "sthctlake01"),
    ("ml-yield", "sthctlake01"),
]
# fmt: on
STATUS = {"ocfrmpip04": "maintenance", "mes-oc-stg": "maintenance", "qis_legacy": "retired"}
NET_PREFIX = {"O": "10.110", "C": "10.120", "D": "10.130", "H": "10.150", "Z": "10.200"}
OT_PREFIX = {"O": "172.16", "C": "172.17"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "B1",
        "kind": "kafka_replication_saturation",
        "root": "kafka-trace",
        "description": "in the small hours of Tuesday a partition reassignment on kafka-trace (started at 01:50"
        " without a replication throttle) saturates the brokers, the ISR of the cell-event topics shrinks below"
        " min.insync.replicas and producers get NOT_ENOUGH_REPLICAS: cell-genealogy (loudest) cannot record cell"
        " events, spc-engine's charts go stale and cloud-bridge (deployed Monday 18:30) falls behind, until the"
        " reassignment is throttled",
        "start": kst(7, 2, 10),
        "end": kst(7, 3, 5),
        "affected": ["kafka-trace", "cell-genealogy", "spc-engine", "cloud-bridge"],
    },
    {
        "id": "B2",
        "kind": "opcua_session_limit",
        "root": "opcua-oc-form",
        "description": "at Thursday's 14:00 shift change the formation HMIs and SCADA clients reconnect at once and"
        " opcua-oc-form reaches its session limit (BadTooManySessions), dropping the subscriptions of its"
        " clients: form-mgr-oc (deployed at 13:50, loudest) loses charger states, eqp-col-oc misses formation"
        " tags and cell-grader waits for OCV/IR data, until the stale sessions are purged (fcc-oc-f1b had been"
        " patched at 13:40)",
        "start": kst(9, 14, 5),
        "end": kst(9, 15, 0),
        "affected": ["opcua-oc-form", "form-mgr-oc", "eqp-col-oc", "cell-grader"],
    },
    {
        "id": "B3",
        "kind": "gpu_thermal_throttling",
        "root": "ocvispgp01",
        "description": "on Saturday morning a CRAC unit in the server room trips and the GPU server ocvispgp01"
        " throttles its GPUs (hardware thermal slowdown): vi-coat-oc (loudest) and xray-ai-oc (new model deployed"
        " at 10:05) miss their inspection deadlines and ins-hub-oc puts lots on automatic hold, until the CRAC"
        " is restarted",
        "start": kst(11, 10, 20),
        "end": kst(11, 11, 15),
        "affected": ["ocvispgp01", "vi-coat-oc", "xray-ai-oc", "ins-hub-oc"],
    },
    {
        "id": "B4",
        "kind": "db_archiver_stuck",
        "root": "oradb-mesoc",
        "description": "on Monday morning, after the archivelog backups to dj-dd-backup01 failed two nights"
        " running, oradb-mesoc's fast recovery area fills and the archiver stops (ORA-19809, ORA-00257), every"
        " commit waits on log file switch: mes-oc (deployed at 09:10, loudest) cannot track in/out, recipe-mgr"
        " cannot hand out recipes and acs-amr-oc stops dispatching, until archivelogs are backed up and deleted",
        "start": kst(13, 9, 35),
        "end": kst(13, 10, 30),
        "affected": ["oradb-mesoc", "mes-oc", "recipe-mgr", "acs-amr-oc"],
    },
    {
        "id": "B5",
        "kind": "db_plan_regression",
        "root": "mssql-wms",
        "description": "on Tuesday evening a manual statistics update (18:30) makes mssql-wms choose a scanning"
        " plan for the pallet allocation procedure, and at the 19:00 shipping wave CPU pins and a blocking chain"
        " forms: wms-fg (loudest) stalls picking, ship-edi (deployed at 18:40) sends ASNs late and acs-amr-cj"
        " idles, until the plan is forced back",
        "start": kst(14, 19, 10),
        "end": kst(14, 20, 5),
        "affected": ["mssql-wms", "wms-fg", "ship-edi", "acs-amr-cj"],
    },
    {
        "id": "B6",
        "kind": "mq_queue_full",
        "root": "ibmmq-qm01",
        "description": "on Wednesday night ibmmq-qm01 is restarted with a fix pack at 21:40 and its queue depth"
        " limits fall back to the default; at the 22:00 shift start the work-order queue MES.WO.DOWNLOAD fills"
        " (MQRC 2053 Q_FULL): erp-mes-if (loudest) fails, mes-oc and mes-cj cannot get the C-shift work orders,"
        " until MAXDEPTH is restored (an SAP transport was imported into s4-erp at 21:30)",
        "start": kst(15, 22, 5),
        "end": kst(15, 23, 0),
        "affected": ["ibmmq-qm01", "erp-mes-if", "mes-oc", "mes-cj"],
    },
    {
        "id": "B7",
        "kind": "tsdb_compression_lock",
        "root": "tsdb-util",
        "description": "on Thursday afternoon the compression policy of tsdb-util (moved from 03:00 to 14:00 on"
        " Wednesday) compresses the dew-point hypertable and holds locks, and the inserts queue: dewpoint-mon"
        " (loudest) stops recording the dry rooms, ems-core (deployed at 14:10) delays its peak control and"
        " form-mgr-cj waits for the charging allowance (ongoing)",
        "start": kst(16, 14, 25),
        "end": None,
        "affected": ["tsdb-util", "dewpoint-mon", "ems-core", "form-mgr-cj"],
    },
]
B1, B2, B3, B4, B5, B6, B7 = INCIDENTS


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
        if kind == "ipc":
            attrs: dict = {
                "ip": f"{OT_PREFIX[site]}.{20 + i % 7}.{11 + (i * 37) % 200}",
                "zone": "OT Level 2",
            }
        else:
            attrs = {
                "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 40, 'D': 60}[env]) + i // 8}.{21 + (i * 43) % 200}"
            }
        if kind == "vm":
            vcenter = {"O": "vc-och01", "C": "vc-cju01", "H": "vc-deb01"}[site]
            attrs |= {"os": rng.choice(["RHEL 9.4", "RHEL 8.10", "Rocky Linux 9.4"]), "vcpu": rng.choice([8, 16, 24]),
                      "mem_gb": rng.choice([32, 64, 96]), "hypervisor": "VMware vSphere 8.0U3",
                      "vcenter": vcenter}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([32, 48]), "mem_gb": rng.choice([384, 512]),
                      "serial": f"{rng.choice(['CN7', 'JPX', '8WQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = DBA
        elif kind == "ipc":
            attrs |= {"os": "Windows 10 IoT Enterprise LTSC 2021", "cores": 8, "mem_gb": 32,
                      "serial": f"IPC{rng.randint(10000, 99999)}"}  # fmt: skip
            owner = FORM if h.startswith(("ocfrm", "cjotgpip02")) else UTIL if "utl" in h else OT
        elif kind == "aks":
            attrs |= {"os": "Ubuntu 22.04 (AKSUbuntu-2204gen2)", "cluster": "aks-hct-ml-krc", "nodepool": "mlpool",
                      "kubelet": "1.30.4"}  # fmt: skip
            owner = CLOUD
        elif kind == "gpu":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 64, "mem_gb": 1024, "driver": "NVIDIA 550.90.07",
                      "serial": f"S{rng.randint(100000000, 999999999)}"}  # fmt: skip
            owner = VIS
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 512, 768]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if "db" in h and h != "ocerppdb01":
                owner = DBA
        if h == "ocerppdb01":
            attrs |= {"os": "SUSE Linux Enterprise Server 15 SP5 for SAP", "mem_gb": 3072}
            owner = ERP
        if site == "H":
            owner = GLOBAL
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
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


def _shift_dip(h: float) -> float:
    """The three shift changes (06:00, 14:00, 22:00): the lines slow while the crews hand over."""
    return _bump(h, 6.0, 0.3) + _bump(h, 14.0, 0.3) + _bump(h, 22.0, 0.3)


def _production(ts: datetime, pm: bool = False) -> float:
    """Cell production runs 24 h: a plateau with dips at the shift changes; the electrode line E1 has its weekly
    PM on Sunday 06:00–14:00 (`pm`)."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.78 - 0.3 * _shift_dip(h) + 0.04 * _bump(h, 3, 3)
    if loc.weekday() == 6:
        v -= 0.06
        if pm and 6 <= h < 14:
            v -= 0.5
    return max(0.05, min(1.0, v))


def _mes(ts: datetime) -> float:
    """MES transactions: production plus the work-order and handover bursts after each shift start and the
    engineers' queries in office hours."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.55 * _production(ts) + 0.25 * (_bump(h, 6.4, 0.35) + _bump(h, 14.4, 0.35) + _bump(h, 22.4, 0.35))
    if wd < 5 and 8.5 <= h < 17.5:
        v += 0.18
    return max(0.05, min(1.0, v))


def _formation(ts: datetime) -> float:
    """Formation charging: the EMS shifts the heavy charging steps into the light-load night hours (22–08) and
    holds back in the winter peak hours (10–12, 17–20)."""
    h = seoul_hour(ts)
    v = 0.5 + (0.35 if h >= 22 or h < 8 else 0) - (0.18 if 10 <= h < 12 or 17 <= h < 20 else 0)
    return max(0.05, min(1.0, v - 0.15 * _shift_dip(h)))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.08
    return 0.1 + 0.62 * (1 if 8.5 <= h < 17.5 else 0) * (0.7 if 12 <= h < 13 else 1)


def _shipping(ts: datetime) -> float:
    """Finished-goods warehouse: put-away around the clock, OEM shipping waves at 09:00, 13:00 and 19:00 on
    weekdays, 09:00 only on Saturday."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.25 + 0.1 * _production(ts)
    if wd < 5:
        v += 0.55 * (_bump(h, 9.2, 0.7) + _bump(h, 13.2, 0.7) + _bump(h, 19.3, 0.7))
    elif wd == 5:
        v += 0.45 * _bump(h, 9.2, 0.7)
    return max(0.05, min(1.0, v))


def _night_batch(ts: datetime) -> float:
    """The lakehouse run and the cloud extraction 01:00–04:00."""
    h = seoul_hour(ts)
    return 0.9 if 1 <= h < 4 else 0.22 + 0.1 * _bump(h, 14, 4)


def _hungary(ts: datetime) -> float:
    """The Hungarian plant works 06:00–22:00 CET (UTC+1): 14:00–06:00 KST, weekdays."""
    cet = ts + timedelta(hours=1)
    wd, h = cet.weekday(), cet.hour + cet.minute / 60
    if wd >= 5:
        return 0.1
    return 0.12 + (0.7 if 6 <= h < 22 else 0) - 0.2 * (_bump(h, 14, 0.3))


def _utility(ts: datetime) -> float:
    """Utilities: steady metering, a little more by day (HVAC, office)."""
    h = seoul_hour(ts)
    return 0.5 + 0.15 * _bump(h, 14, 4)


def _steady(ts: datetime) -> float:
    return 0.5


PRODUCTION = {
    "eqp-col-oc", "eqp-col-cj", "opcua-oc-asm", "oc_a1_stack_gw", "opcua-cj-line", "cj_e3_coat_gw",
    "cj_a2_stack_gw", "vi-coat-oc", "xray-ai-oc", "ins-hub-oc", "acs-amr-oc", "kafka-trace", "cell-genealogy",
    "pg-genealogy", "redis-trace", "spc-engine", "ocotgpap01", "ocotgpip02", "cjotgpap01", "cjotgpip01",
    "ocvispgp01", "ockfkpbk01", "ockfkpbk02", "ockfkpbk03", "octrcpap01", "octrcpdb01", "oc-fw-itot01",
    "oc-core-sw01", "mpls-oc-cj", "oc-nas-vision", "oc-san-pure01", "occmnpch01", "log-elk", "ocmonpap02",
}  # fmt: skip
ELECTRODE_PM = {"opcua-oc-elec", "oc_e1_mix_gw", "oc_e1_coat_gw", "oc_e1_cal_gw", "ocotgpip01"}
MES_SIDE = {"mes-oc", "mes-cj", "oradb-mesoc", "oradb-mescj", "redis-mes-oc", "redis-mes-cj", "recipe-mgr",
            "ocmespap01", "ocmespap02", "cjmespap01", "cjmespap02", "ocmespdb01", "ocmespdb02", "cjmespdb01",
            "oc-l4-mes", "erp-mes-if", "ibmmq-qm01", "djmespdb01", "oradb-mesoc-dr"}  # fmt: skip
FORMATION = {"opcua-oc-form", "fcc-oc-f1a", "fcc-oc-f1b", "form-mgr-oc", "form-mgr-cj", "cell-grader",
             "cj_f2_fcc_gw", "ocfrmpip01", "ocfrmpip02", "ocfrmpip04", "ocfrmpap01", "cjotgpip02"}  # fmt: skip
OFFICE = {"s4-erp", "hana-s4p", "ocerppap01", "ocerppdb01", "qms-portal", "mssql-qdb", "ocqmspap01",
          "ocqmspdb01"}  # fmt: skip
SHIPPING = {"wms-fg", "mssql-wms", "acs-amr-cj", "ship-edi", "cjwmspap01", "cjwmspdb01", "cj-l4-mes"}
NIGHT = {"dbx-lakehouse", "evh-hct-plant", "cloud-bridge", "ockfkpap01", "er-hct-krc", "sthctlake01",
         "dj-dd-backup01"}  # fmt: skip
HUNGARY = {"mes-hu", "oradb-meshu", "hudebpap01", "hudebpdb01", "sdwan-hu-deb"}
UTILITY = {"dewpoint-mon", "ems-core", "tsdb-util", "bacnet-gw-oc", "bacnet-gw-cj", "modbus-gw-oc",
           "modbus-gw-cj", "ocutlpap01", "ocutlpdb01", "ocutlpip01", "cjutlpip01"}  # fmt: skip
ANALYTICS = {"ml-yield", "agw-hct-ml", "aks-mlpool-38152907-vmss000000", "aks-mlpool-38152907-vmss000001"}


def _analytics(ts: datetime) -> float:
    return 0.3 + 0.5 * _office(ts) + 0.2 * _production(ts)


def _load(name: str):
    if name in ELECTRODE_PM:
        return lambda ts: _production(ts, pm=True)
    for group, shape in (
        (PRODUCTION, _production),
        (MES_SIDE, _mes),
        (FORMATION, _formation),
        (OFFICE, _office),
        (SHIPPING, _shipping),
        (NIGHT, _night_batch),
        (HUNGARY, _hungary),
        (UTILITY, _utility),
        (ANALYTICS, _analytics),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "B1": {0: (8.0, 4.0), 1: (3.6, 11.0), 2: (2.0, 6.0)},
    "B2": {0: (5.0, 9.0), 1: (3.4, 12.0), 2: (2.2, 7.5)},
    "B3": {1: (6.5, 8.0), 2: (3.0, 9.5)},
    "B4": {0: (12.0, 3.0), 1: (4.5, 13.0), 2: (2.4, 8.0)},
    "B5": {0: (9.0, 2.5), 1: (4.8, 12.0), 2: (2.3, 7.0)},
    "B6": {0: (4.0, 8.0), 1: (3.0, 14.0), 2: (1.9, 6.5)},
    "B7": {0: (10.0, 5.0), 1: (4.2, 12.0), 2: (2.1, 7.5)},
}
EFFECT_OVERRIDE = {
    ("B1", "cell-genealogy"): (5.2, 26.0),
    ("B2", "form-mgr-oc"): (4.6, 31.0),
    ("B3", "vi-coat-oc"): (7.5, 28.0),
    ("B4", "mes-oc"): (5.5, 33.0),
    ("B5", "wms-fg"): (5.0, 29.0),
    ("B6", "erp-mes-if"): (3.8, 38.0),
    ("B7", "dewpoint-mon"): (5.4, 35.0),
    ("B7", "ems-core"): (3.0, 17.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "ocmespdb01", "ocmespdb02", "octrcpdb01", "ocqmspdb01", "ocerppdb01", "ocutlpdb01", "ockfkpbk01",
    "ockfkpbk02", "ockfkpbk03", "occmnpch01", "ocvispgp01", "ocmonpap02", "cjmespdb01", "cjwmspdb01",
    "djmespdb01", "hudebpdb01", "ocotgpip01", "ocotgpip02", "ocfrmpip01", "ocfrmpip02", "cjotgpip01",
    "cjotgpip02",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
KAFKA_BROKERS = ("ockfkpbk01", "ockfkpbk02", "ockfkpbk03")


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(36, 62), rng.uniform(22, 56)
    growth = rng.uniform(0, 0.1)
    if name == "ocmonpap02":  # ELK: the index volume creeps up
        disk0, growth = 66.0, 1.2
    if name == "ocvispgp01":  # inference keeps the CPUs busier
        cpu0 = 38.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in KAFKA_BROKERS:  # the reassignment copies partitions between brokers
            cpu += 26 * ramp(ts, B1["start"] - timedelta(minutes=15), B1["end"], rise=10, fall=10)
        if name == "ocvispgp01":  # thermal throttling: pre/post-processing piles up on the CPUs
            cpu += (96.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, B3["start"], B3["end"], rise=5, fall=10)
            mem += 19 * ramp(ts, B3["start"], B3["end"], rise=10, fall=10)
        if name == "ocfrmpip01":  # the session storm
            cpu += 41 * ramp(ts, B2["start"], B2["end"], rise=5, fall=10)
            mem += 16 * ramp(ts, B2["start"], B2["end"], rise=5, fall=10)
        if name == "cjwmspdb01":  # the scanning plan
            cpu += 52 * ramp(ts, B5["start"], B5["end"], rise=5, fall=10)
        if name == "ocutlpdb01":  # compression workers
            cpu += 34 * ramp(ts, B7["start"] - timedelta(minutes=20), B7["end"], rise=10)
        if name == "ocfrmpip04":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 26)
    rtt0 = {"mpls-oc-cj": 1.8, "er-hct-krc": 2.6, "sdwan-hu-deb": 262.0}.get(name, rng.uniform(0.2, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.04))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"oc-nas-vision": (71, 72), "dj-dd-backup01": (58, 60), "oc-san-pure01": (54, 56)}.get(
        name, (30, 48)
    )
    per_day = {"oc-nas-vision": 0.32, "sthctlake01": 0.15}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "oc-san-pure01" else rng.uniform(1.5, 4.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dj-dd-backup01" and 1 <= seoul_hour(ts) < 3:  # the nightly backups
            lat *= 1.8
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "mes-oc": 120.0, "mes-cj": 130.0, "eqp-col-oc": 18.0, "eqp-col-cj": 21.0, "opcua-oc-elec": 6.5,
    "opcua-oc-asm": 7.2, "opcua-oc-form": 9.4, "opcua-cj-line": 8.1, "oc_e1_mix_gw": 12.0, "oc_e1_coat_gw": 9.0,
    "oc_e1_cal_gw": 10.5, "oc_a1_stack_gw": 11.0, "cj_e3_coat_gw": 9.8, "cj_a2_stack_gw": 12.4,
    "cj_f2_fcc_gw": 15.0, "fcc-oc-f1a": 14.0, "fcc-oc-f1b": 16.0, "form-mgr-oc": 210.0, "form-mgr-cj": 230.0,
    "cell-grader": 340.0, "vi-coat-oc": 24.0, "xray-ai-oc": 85.0, "ins-hub-oc": 48.0, "acs-amr-oc": 140.0,
    "acs-amr-cj": 150.0, "dewpoint-mon": 35.0, "bacnet-gw-oc": 40.0, "bacnet-gw-cj": 44.0, "ems-core": 160.0,
    "modbus-gw-oc": 28.0, "modbus-gw-cj": 30.0, "wms-fg": 190.0, "ship-edi": 420.0, "cell-genealogy": 65.0,
    "recipe-mgr": 90.0, "erp-mes-if": 260.0, "s4-erp": 480.0, "spc-engine": 140.0, "qms-portal": 310.0,
    "cloud-bridge": 55.0, "mes-hu": 170.0, "ml-yield": 95.0, "dbx-lakehouse": 640.0, "log-elk": 75.0,
    "oradb-mesoc": 3.2, "oradb-mescj": 3.6, "oradb-meshu": 4.8, "oradb-mesoc-dr": 1.9, "pg-genealogy": 2.7,
    "mssql-qdb": 3.9, "mssql-wms": 2.8, "hana-s4p": 1.4, "tsdb-util": 2.2,
    "redis-mes-oc": 0.32, "redis-trace": 0.41, "redis-mes-cj": 0.38,
    "kafka-trace": 4.6, "ibmmq-qm01": 3.1, "evh-hct-plant": 12.0,
    "oc-l4-mes": 0.9, "cj-l4-mes": 1.0, "agw-hct-ml": 3.4,
}  # fmt: skip
REQUEST_RATE = {
    "mes-oc": 2400.0, "mes-cj": 1700.0, "eqp-col-oc": 9200.0, "eqp-col-cj": 6100.0, "opcua-oc-elec": 4800.0,
    "opcua-oc-asm": 3600.0, "opcua-oc-form": 5200.0, "opcua-cj-line": 7400.0, "form-mgr-oc": 620.0,
    "form-mgr-cj": 480.0, "cell-grader": 150.0, "vi-coat-oc": 1900.0, "xray-ai-oc": 240.0, "ins-hub-oc": 2150.0,
    "acs-amr-oc": 85.0, "acs-amr-cj": 110.0, "dewpoint-mon": 320.0, "ems-core": 1100.0, "wms-fg": 340.0,
    "ship-edi": 36.0, "cell-genealogy": 3300.0, "recipe-mgr": 210.0, "erp-mes-if": 160.0, "s4-erp": 520.0,
    "spc-engine": 780.0, "qms-portal": 65.0, "cloud-bridge": 8800.0, "mes-hu": 410.0, "ml-yield": 140.0,
    "oradb-mesoc": 18500.0, "oradb-mescj": 12100.0, "pg-genealogy": 7400.0, "mssql-qdb": 2600.0,
    "mssql-wms": 1900.0, "hana-s4p": 6400.0, "tsdb-util": 5600.0, "redis-mes-oc": 26000.0, "redis-trace": 15500.0,
    "redis-mes-cj": 14200.0, "kafka-trace": 21000.0, "ibmmq-qm01": 480.0, "evh-hct-plant": 8600.0,
    "oc-l4-mes": 2700.0, "cj-l4-mes": 2100.0, "agw-hct-ml": 150.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-mes-oc": (61.0, 8.0), "redis-trace": (55.0, 9.0), "redis-mes-cj": (47.0, 7.0),
    "kafka-trace": (42.0, 6.0), "ibmmq-qm01": (28.0, 6.0), "evh-hct-plant": (22.0, 10.0),
}  # fmt: skip
CPU_DB = {"oradb-mesoc": (24.0, 34.0), "mssql-wms": (14.0, 30.0), "tsdb-util": (16.0, 14.0),
          "hana-s4p": (20.0, 28.0)}  # fmt: skip


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
            if inc is B1 and name in ("kafka-trace", "cell-genealogy"):
                req *= 1 - 0.5 * r  # producers rejected
            if inc is B2 and name == "opcua-oc-form":
                req *= 1 - 0.55 * r  # subscriptions dropped
            if inc is B6 and name in ("ibmmq-qm01", "erp-mes-if"):
                req *= 1 - 0.6 * r  # puts rejected
            if inc is B7 and name in ("tsdb-util", "dewpoint-mon"):
                req *= 1 - 0.4 * r
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "ibmmq-qm01":  # the work-order queue fills up to its (default) depth
                mem += (91.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, B6["start"] - timedelta(minutes=5), B6["end"],
                                                                rise=20, fall=10)  # fmt: skip
            if name == "kafka-trace":  # replica fetchers buffer the reassignment
                mem += 24 * ramp(ts, B1["start"] - timedelta(minutes=10), B1["end"], rise=15, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "mssql-wms":
                cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, B5["start"], B5["end"], rise=5, fall=10)
            if name == "tsdb-util":
                cpu += (91.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, B7["start"] - timedelta(minutes=20), B7["end"],
                                                                rise=15)  # fmt: skip
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The daily production close, the nightly backup and lakehouse run, the shipping close and the OPC UA
    certificate warning."""
    rows = []
    for d in range(6, 17):
        wd = datetime(2028, 11, d).weekday()
        rows.append(
            (d, 6, 10, "mes-oc", "info", "batch_job", "일 생산실적 마감 (DAILY_CLOSE) 완료, ERP 전송")
        )
        rows.append(
            (d, 6, 12, "mes-cj", "info", "batch_job", "일 생산실적 마감 (DAILY_CLOSE) 완료, ERP 전송")
        )
        if d not in (12, 13):
            rows.append((d, 1, 30, "oradb-mesoc", "info", "backup",
                         "RMAN archivelog backup to dj-dd-backup01 completed (DD Boost)"))  # fmt: skip
        rows.append((d, 1, 0, "dbx-lakehouse", "info", "batch_job", "job dlt_process_daily started"))
        rows.append((d, 3, 42, "dbx-lakehouse", "info", "batch_job", "job dlt_process_daily succeeded"))
        if wd < 5:
            rows.append(
                (d, 20, 30, "ship-edi", "info", "batch_job", "당일 출하 마감, OEM ASN 일괄 전송 완료")
            )
        left = (datetime(2028, 11, 25) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 0, "opcua-cj-line", "warning", "cert_expiry",
             f"OPC UA application instance certificate CN=opcua-cj-line expires in {left} days (2028-11-25)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (6, 16, 0, "kafka-trace", "info", "config_change", "topic cell.ocv.raw 생성 (partitions 24, RF 3)"),
    (6, 18, 30, "cloud-bridge", "info", "deployment", "cloud-bridge 1.6.0 배포 (batch.size 상향, cell.ocv.raw 추가)"),
    (7, 1, 50, "kafka-trace", "info", "config_change", "partition reassignment 시작 (rack-aware 재배치, 브로커 교체 준비) - replication throttle 미설정"),
    (7, 10, 0, "ocmonpap02", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/elasticsearch"),
    (8, 10, 0, "mes-oc-stg", "info", "maintenance", "스테이징 MES 점검 (8.5.0 통합 테스트 환경 재구성)"),
    (8, 15, 30, "cell-grader-dev", "info", "deployment", "cell-grader-dev 2.8.0-SNAPSHOT 배포"),
    (9, 13, 40, "fcc-oc-f1b", "info", "config_change", "충방전 제어 SW 4.2.1 패치 (B동 용량 측정 채널 보정)"),
    (9, 13, 50, "form-mgr-oc", "info", "deployment", "form-mgr-oc 5.2.0 배포 (에이징 랙 입고 로직 개선)"),
    (9, 14, 2, "opcua-oc-form", "info", "session", "B조 교대: HMI/SCADA 클라이언트 재접속 시작 (42대)"),
    (10, 3, 20, "dewpoint-mon", "warning", "process_alarm", "DR-A3 드라이룸 노점 -38.6℃ (관리기준 -40℃ 초과), 제습기 DH-07 재생 히터 점검 요청"),
    (10, 4, 5, "dewpoint-mon", "info", "process_alarm", "DR-A3 노점 -41.2℃ 복귀"),
    (10, 14, 0, "ocfrmpip04", "info", "maintenance", "충방전기 제어 예비 IPC 메인보드 교체 (서비스 제외)"),
    (11, 9, 0, "ocmonpap02", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/elasticsearch"),
    (11, 10, 5, "xray-ai-oc", "info", "deployment", "xray-ai-oc 2.3.0 배포 (model xray-overhang-v14)"),
    (11, 10, 14, "ocvispgp01", "warning", "environment", "inlet temperature 35℃ (전산실 B존 CRAC-2 trip)"),
    (12, 1, 30, "oradb-mesoc", "warning", "backup", "RMAN-03009: failure of backup command on ORA_SBT_TAPE_1 - DD Boost connection refused (dj-dd-backup01)"),
    (12, 2, 0, "dj-dd-backup01", "warning", "backup", "DD Boost storage unit su-mesoc quota exceeded"),
    (12, 6, 0, "oc_e1_coat_gw", "info", "maintenance", "E1 주간 PM (코터 건조로 필터 교체, 06:00~14:00)"),
    (13, 1, 30, "oradb-mesoc", "warning", "backup", "RMAN-03009: failure of backup command on ORA_SBT_TAPE_1 - DD Boost connection refused (dj-dd-backup01)"),
    (13, 9, 10, "mes-oc", "info", "deployment", "mes-oc 8.4.2 배포 (LOT 홀드 화면 개선)"),
    (14, 9, 0, "ocmonpap02", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/elasticsearch"),
    (13, 16, 0, "dj-dd-backup01", "info", "config_change", "su-mesoc quota 40TB → 60TB 증설"),
    (14, 15, 0, "wms-fg-dev", "info", "deployment", "wms-fg-dev 4.7.0-SNAPSHOT 배포"),
    (14, 18, 30, "mssql-wms", "info", "config_change", "UPDATE STATISTICS WITH FULLSCAN 수동 실행 (pallet_loc, alloc_detail)"),
    (14, 18, 40, "ship-edi", "info", "deployment", "ship-edi 2.4.0 배포 (OEM-B VDA 4987 ASN 포맷 변경)"),
    (15, 11, 0, "tsdb-util", "info", "config_change", "compression policy 스케줄 변경 03:00 → 14:00 (hypertable dewpoint_1s, power_1s)"),
    (15, 21, 30, "s4-erp", "info", "change", "SAP 운영 이관 TR 반영 (HP1K904512, 생산오더 BAdI 수정)"),
    (15, 21, 40, "ibmmq-qm01", "info", "maintenance", "IBM MQ 9.3.5 CSU 적용, QM_HCT_ERP01 재기동"),
    (16, 14, 0, "tsdb-util", "info", "batch_job", "job 1012 policy_compression 시작 (dewpoint_1s)"),
    (16, 14, 10, "ems-core", "info", "deployment", "ems-core 3.1.0 배포 (피크 제어 알고리즘 개선)"),
    # B1 (Tuesday small hours)
    (7, 2, 11, "kafka-trace", "warning", "replication", "UnderReplicatedPartitions 148, ISR shrink on cell.event.v3"),
    (7, 2, 15, "kafka-trace", "critical", "replication", "NOT_ENOUGH_REPLICAS: ISR below min.insync.replicas=2 on 61 partitions"),
    (7, 2, 18, "cell-genealogy", "critical", "error", "셀 이벤트 적재 실패 26% (NotEnoughReplicasException)"),
    (7, 2, 22, "spc-engine", "major", "error", "SPC 관리도 갱신 지연 (consumer lag 1.8M)"),
    (7, 2, 26, "cloud-bridge", "warning", "error", "Event Hubs sink task lag 증가, 재시도"),
    (7, 2, 55, "kafka-trace", "info", "config_change", "reassignment throttle 50MB/s 설정"),
    (7, 3, 10, "cell-genealogy", "info", "recovery", "셀 이벤트 적재 정상"),
    # B2 (Thursday shift change)
    (9, 14, 6, "opcua-oc-form", "warning", "session", "CurrentSessionCount 64/64, new sessions rejected"),
    (9, 14, 9, "opcua-oc-form", "critical", "session", "BadTooManySessions (0x80560000), monitored item subscriptions dropped"),
    (9, 14, 12, "form-mgr-oc", "critical", "error", "충방전기 상태 수신 끊김 31%, 에이징 랙 입고 대기"),
    (9, 14, 15, "eqp-col-oc", "major", "error", "화성 태그 수집 실패 (OPC UA session rejected)"),
    (9, 14, 22, "cell-grader", "warning", "error", "OCV/IR 측정값 대기, 등급 판정 지연"),
    (9, 14, 52, "opcua-oc-form", "info", "config_change", "유휴 세션 정리, MaxSessionCount 64 → 160, session timeout 60s"),
    (9, 15, 5, "form-mgr-oc", "info", "recovery", "충방전기 상태 수신 정상"),
    # B3 (Saturday morning)
    (11, 10, 21, "ocvispgp01", "warning", "gpu", "GPU0-3 temperature 91℃, clocks_throttle_reasons.hw_thermal_slowdown Active"),
    (11, 10, 25, "ocvispgp01", "critical", "gpu", "GPU SM clock 420MHz (thermal), inference queue 4,800"),
    (11, 10, 28, "vi-coat-oc", "critical", "error", "코팅 비전 판정 타임아웃 28%, 미판정 구간 발생"),
    (11, 10, 31, "xray-ai-oc", "major", "error", "X-ray 판정 지연 (deadline 800ms 초과)"),
    (11, 10, 37, "ins-hub-oc", "warning", "error", "미판정 LOT 자동 홀드 17건"),
    (11, 11, 5, "ocvispgp01", "info", "recovery", "CRAC-2 재기동, GPU 온도 68℃"),
    (11, 11, 20, "vi-coat-oc", "info", "recovery", "비전 판정 정상"),
    # B4 (Monday morning)
    (13, 9, 36, "oradb-mesoc", "warning", "archiver", "ORA-19809: limit exceeded for recovery files (db_recovery_file_dest 100%)"),
    (13, 9, 39, "oradb-mesoc", "critical", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved; log file switch (archiving needed)"),
    (13, 9, 42, "mes-oc", "critical", "error", "트랙인/아웃 처리 실패 33% (DB commit timeout)"),
    (13, 9, 46, "recipe-mgr", "major", "error", "레시피 다운로드 지연 (코터 E1 레시피 대기)"),
    (13, 9, 52, "acs-amr-oc", "warning", "error", "반송 작업 생성 지연 (MES 응답 없음)"),
    (13, 10, 22, "oradb-mesoc", "info", "config_change", "archivelog 긴급 백업 후 삭제, db_recovery_file_dest_size 2T → 3T"),
    (13, 10, 35, "mes-oc", "info", "recovery", "트랙인/아웃 정상"),
    # B5 (Tuesday shipping wave)
    (14, 19, 12, "mssql-wms", "warning", "performance", "plan regression: sp_alloc_pallet (query_hash 0x8F3A21C4) clustered index scan, CPU 97%"),
    (14, 19, 15, "mssql-wms", "critical", "performance", "blocking chain: head SPID 87, 214 sessions waiting (LCK_M_U)"),
    (14, 19, 19, "wms-fg", "critical", "error", "출하 피킹 지시 실패 29% (allocation timeout)"),
    (14, 19, 24, "ship-edi", "major", "error", "OEM-A ASN 전송 지연 (팔레트 확정 대기)"),
    (14, 19, 28, "acs-amr-cj", "warning", "error", "출하장 반송 작업 대기 증가"),
    (14, 19, 58, "mssql-wms", "info", "config_change", "Query Store plan forcing (plan_id 5512), 통계 원복"),
    (14, 20, 10, "wms-fg", "info", "recovery", "출하 피킹 정상"),
    # B6 (Wednesday C-shift start)
    (15, 22, 6, "ibmmq-qm01", "warning", "queue", "MES.WO.DOWNLOAD depth 4,850/5,000 (MAXDEPTH 기본값)"),
    (15, 22, 9, "ibmmq-qm01", "critical", "queue", "MQRC_Q_FULL (2053) on MES.WO.DOWNLOAD, MES.RESULT.BACKFLUSH"),
    (15, 22, 12, "erp-mes-if", "critical", "error", "작업지시 다운로드 실패 38% (MQRC 2053)"),
    (15, 22, 18, "mes-oc", "major", "error", "C조 작업지시 미수신 (E1, A1)"),
    (15, 22, 21, "mes-cj", "major", "error", "C조 작업지시 미수신 (E3, A2)"),
    (15, 22, 55, "ibmmq-qm01", "info", "config_change", "ALTER QLOCAL MAXDEPTH(200000) 원복 (MES.WO.DOWNLOAD 외 6개)"),
    (15, 23, 5, "erp-mes-if", "info", "recovery", "작업지시 다운로드 정상, 적체 메시지 처리 완료"),
    # B7 (Thursday afternoon, ongoing)
    (16, 14, 27, "tsdb-util", "warning", "performance", "INSERT INTO dewpoint_1s waiting for ShareRowExclusiveLock (compress_chunk)"),
    (16, 14, 31, "tsdb-util", "critical", "performance", "insert latency p99 8.2s, connection pool exhausted (active 200/200)"),
    (16, 14, 33, "dewpoint-mon", "critical", "error", "노점 데이터 적재 실패 35%, 드라이룸 DR-A1~A4 최근값 미갱신"),
    (16, 14, 37, "ems-core", "major", "error", "계측 데이터 저장 지연, 피크 제어 판단 보류"),
    (16, 14, 44, "form-mgr-cj", "warning", "error", "EMS 충전 허용전력 조회 타임아웃, 화성 충전 스텝 대기"),
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
    generate(NAME, "battery-fab", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
