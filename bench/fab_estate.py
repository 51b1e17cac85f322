"""Generate the fab-semi estate (tests/fixtures/fab-semi/, interchange format) and its faults file.

A Korean memory/foundry semiconductor maker's fab IT (한결반도체): two 24/7 fabs, 이천 Fab2 (`F2`) and 청주 Fab3 (`F3`),
each with its MES (`FABMES_F2`, `FABMES_F3`, Miracom MESplus on Oracle `MESDB_F2`, `MESDB_F3`, lot events over
TIBCO EMS `TIBEMS_F2`, `TIBEMS_F3`), real-time dispatching (`RTD_F2`, `RTD_F3`, with their WIP caches
`redis-rtd-f2`, `redis-rtd-f3`), AMHS (반송): the material control systems `MCS_F2`, `MCS_F3` over the OHT vehicle
controllers `OHTC_F2`, `OHTC_F3` and the reticle stockers `RSTK_F2`, `RSTK_F3`, EES/FDC (`EES_F2`, `EES_F3`), and one
CIM gateway per bay speaking SECS/GEM to the tools (`CGW-F2-L3-B07` is Fab2, line 3, bay 07: photo), utility
monitoring (FMS SCADA `FMS_F2`, `FMS_F3` on PI historians `FMSDB_F2`, `FMSDB_F3`; 초순수 `upw-watch-f2`, 특수가스
`gas-watch-f2`, 클린룸 파티클 `ptc-watch-f2` …). Shared at Fab2: recipe management `RMS_MAIN` (bodies on the NetApp
`NTAP-CIM01`), SPC `SPC_MAIN` and its OCAP alarms `spc-alarm`, the reticle tracker `reticle-track`, the WIP API
`wip-api` and the Kafka cluster `kafka-fab`. The Fab3 test floor (`ATE-GW-F3`, STDF on `ISILON-F3`, `stdf-loader`).
판교 R&D: yield (`YMS_CORE` on Exadata `YMSDB`, `yield-api`, `yield-portal`), the engineering data lake (`edl-spark`,
`edl-ingest`, HDFS `edl-hdfs`, metastore `edl-hms`), HPC for OPC/litho simulation (`hpc-opc`, `opc-flow`,
`flexlm-eda`, scratch `ISILON-PG`), VDI (`VDI_CS`), AD `AD_CORP` and SSO `sso-gw`, SAP `SAP_ERP` on `HANA_ERP` and
supply planning `SCM_APS`. In Azure Korea Central: the customer SCM portal (`scm-portal`, `scm-api`,
`shipment-notify`, `azsql-scm`, `redis-scm`, Service Bus `sb-scm`, App Gateway `agw-scm`) over ExpressRoute.
Sites `Icheon-Fab2`, `Cheongju-Fab3`, `Pangyo-RnD`, `azure-koreacentral`; environments prod, staging, dev.

Naming: legacy fab systems in capitals with an underscore and the fab (`FABMES_F2`, `RTD_F3`, `MESDB_F3`,
`RMS_MAIN`), legacy hosts in capitals without separators (`F2MESAP01`, `F3MESDB01`, `PGEXA01`, `F2OHTC01`), bay
gateways by fab-line-bay code (`CGW-F3-L2-B09`), new services and their nodes lowercase kubernetes-style
(`wip-api`, `upw-watch-f3`, `k8s-f2-w01`, `kfk-b02`, `edl-wk01`, `aks-scm-vmss000001`), vendor appliances by
vendor (`NTAP-CIM01`, `ISILON-PG`, `PURE-F2`, `F2ADC01`, `PG-F5-01`).

Seven injected incidents (times KST; now = Thursday 2026-12-03 10:50, the window is the 10 days before; the
fabs run 24/7 in three shifts changing at 06:00, 14:00 and 22:00):
  I1 Tue 24 13:50–14:45  at the 14:00 shift change RTD_F2 reloads its WIP snapshot into redis-rtd-f2 while a
                         BGSAVE fork runs: copy-on-write pushes the cache to its maxmemory, commands stall (fork
                         2.9 s, latency spikes), RTD_F2's dispatch cycle falls from 30 s to minutes and the Fab2
                         bays' gateways wait on what-next (tools idle)
  I2 Thu 26 02:10–03:05  MESDB_F3's archiver stops: the FRA is full because the RMAN archivelog backup failed the
                         night before (ORA-00257); FABMES_F3 hangs on commits, RTD_F3, the Fab3 gateways, the test
                         floor and wip-api follow (night)
  I3 Sat 28 16:40–17:35  a Kafka broker log directory (kfk-b02) fills after a Friday retention change on
                         fdc.trace.raw while the data-lake connector was paused for the HDFS upgrade: partitions
                         drop below min ISR, kafka-fab rejects produces; EES_F2/F3, particle and UPW watchers,
                         spc-alarm and edl-ingest fail (weekend)
  I4 Mon 30 21:50–22:45  NetApp NTAP-CIM01 back-to-back consistency points (a SnapMirror baseline on a nearly full
                         aggregate): NFS latency in seconds, RMS_MAIN recipe body reads time out and every bay's
                         gateway fails recipe download/verification at the 22:00 shift's lot starts
  I5 Wed 02 23:20–00:15  the OHT controller server F2OHTC01 throws uncorrectable memory errors and soft lockups
                         (host root): OHTC_F2 loses its vehicles, MCS_F2 transport commands time out, RSTK_F2 and
                         the Fab2 bays wait for carriers (last night)
  I6 Thu 03 06:50–07:45  the nightly wafer-map summary on YMSDB overruns into the 07:00 yield meeting (stale
                         statistics, no smart scan): I/O saturated, YMS_CORE and stdf-loader slow, yield-api shows
                         the loudest errors, yield-portal follows — the root is the database
  I7 Thu 03 10:05–now    TIBEMS_F2 reaches max_msg_memory: a durable subscription left by the retired OLD_FDC_F2
                         has piled up pending messages since the EMS restart on Monday night; producers are
                         flow-controlled, FABMES_F2 track-ins time out, MCS_F2 transport events lag, RTD_F2 and
                         the Fab2 bay gateways follow (ongoing)
Confounders: the shift changes (a dip in track-ins before, a burst after, operators signing in through
sso-gw and AD_CORP), office hours for engineering, ERP, yield and VDI, the night OPC jobs on the HPC
compute nodes, the data-lake ETL (01:00), the wafer-map summary (04:00), the APS plan run (04:00), RMAN and
HANA backups; deploys or changes just before I1 (RTD_F2 rule change), I2 (FABMES_F3 purge batch), I3 (edl-ingest
paused), I4 (RMS_MAIN bulk approval), I5 (OHTC_F2 map update), I6 (yield-portal) and I7 (FABMES_F2), all on
victims; the bay CGW-F2-L4-B02 in maintenance (tool install) and hpc-cn002 (DIMM replacement); OLD_FDC_F2
retired; a particle excursion during a tool PM and an UPW resistivity dip during an RO change (process events,
not IT faults); PGLOG01's disk creeping up; the PG-F5-01 certificate expiring on 2026-12-17.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/fab_golden.py) are computed from the files.

    .venv/bin/python bench/fab_estate.py   # rewrites tests/fixtures/fab-semi*
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

NAME = "fab-semi"
NOW = datetime(2026, 12, 3, 1, 50, tzinfo=UTC)  # Thursday 10:50 KST
START = NOW - timedelta(days=10)  # Monday 2026-11-23 10:50 KST
SEED = 20261203
SITES = {"F2": "Icheon-Fab2", "F3": "Cheongju-Fab3", "PG": "Pangyo-RnD", "AZ": "azure-koreacentral"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

_nov, _dec = kst_utc_clock("2026-11"), kst_utc_clock("2026-12")


def kst(day: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul wall-clock time in the window: days 20–30 are November, 1–10 December."""
    return (_nov if day >= 20 else _dec)(day, hh, mm)


MES, CIM2, CIM3, AMHS = "MES운영파트", "F2 CIM파트", "F3 CIM파트", "반송자동화팀"
EES, YLD, RCP, TEST = "설비데이터팀", "수율분석IT", "레시피관리파트", "테스트IT"
UTIL, ERP, SCM, DATA = "유틸리티IT", "ERP파트", "SCM IT", "데이터레이크팀"
HPC, IDT, INFRA, NET = "HPC/EDA팀", "정보보호팀", "서버인프라팀", "네트워크파트"
DBA, CLOUD, EUC = "DB운영파트", "클라우드팀", "엔드유저IT"

GW_DEPS_F2 = ["FABMES_F2", "RTD_F2", "MCS_F2", "RMS_MAIN", "EES_F2"]
GW_DEPS_F3 = ["FABMES_F3", "RTD_F3", "MCS_F3", "RMS_MAIN", "EES_F3"]


def _gw(owner: str, site: str, host: str, deps: list[str], bay: str, area: str, tools: int, equipment: str):
    return (
        "service",
        owner,
        site,
        "P",
        [host],
        deps,
        {
            "system": f"{bay} 베이 CIM 게이트웨이",
            "bay": bay,
            "line": bay.split("-")[1],
            "area": area,
            "tools": tools,
            "equipment": equipment,
            "protocol": "SECS/GEM (HSMS)",
            "gem300": "E40/E87/E90/E94",
        },
    )


# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- 이천 Fab2
    "FABMES_F2": ("service", MES, "F2", "P", ["F2MESAP01", "F2MESAP02"], ["MESDB_F2", "TIBEMS_F2", "sso-gw"],
                  {"system": "Fab2 MES", "description": "랏 트랙인/아웃, 공정 흐름, 홀드/릴리즈, 장비 상태",
                   "product": "Miracom MESplus 5.2", "version": "5.2.14", "wip_lots": 18400,
                   "wafer_starts_per_month": 120000, "port": 7001}),
    "RTD_F2": ("service", MES, "F2", "P", ["F2RTDAP01"], ["FABMES_F2", "redis-rtd-f2"],
               {"system": "Fab2 실시간 디스패칭 (RTD)", "description": "장비별 다음 랏 선정 (what-next), 디스패칭 룰",
                "product": "Applied APF RTD 8.1", "dispatch_rules": 212, "cycle_s": 30}),
    "MCS_F2": ("service", AMHS, "F2", "P", ["F2MCSAP01"], ["OHTC_F2", "MCSDB_F2", "TIBEMS_F2"],
               {"system": "Fab2 반송 MCS", "description": "FOUP 반송 명령, 스토커 입출고, 캐리어 위치",
                "product": "Daifuku MCS 4.3", "stockers": 46, "carriers": 14800}),
    "OHTC_F2": ("service", AMHS, "F2", "P", ["F2OHTC01"], [],
                {"system": "Fab2 OHT 차량 제어", "product": "Daifuku OHT Controller 7", "vehicles": 720,
                 "track_km": 16.8}),
    "RSTK_F2": ("service", AMHS, "F2", "P", ["F2MCSAP01"], ["MCS_F2"],
                {"system": "Fab2 레티클 스토커", "product": "Murata RS-4800", "capacity": 4800,
                 "description": "포토 베이 레티클 보관/반출"}),
    "EES_F2": ("service", EES, "F2", "P", ["F2EESAP01"], ["EESDB_F2", "kafka-fab"],
               {"system": "Fab2 EES/FDC", "description": "설비 센서 트레이스 수집, FDC 모델 판정, 인터락",
                "product": "BISTel eFDC 7.2", "fdc_models": 9400, "parameters": 186000}),
    "CGW-F2-L3-B07": _gw(CIM2, "F2", "F2CGWSV01", GW_DEPS_F2, "F2-L3-B07", "Photo", 14,
                         "ASML NXT:2000i 스캐너 + TEL 트랙"),
    "CGW-F2-L3-B08": _gw(CIM2, "F2", "F2CGWSV01", GW_DEPS_F2, "F2-L3-B08", "Etch", 22, "Lam Kiyo/Flex"),
    "CGW-F2-L3-B12": _gw(CIM2, "F2", "F2CGWSV01", GW_DEPS_F2, "F2-L3-B12", "CVD", 18, "AMAT Producer GT"),
    "CGW-F2-L4-B02": _gw(CIM2, "F2", "F2CGWSV02", GW_DEPS_F2, "F2-L4-B02", "CMP", 10, "AMAT Reflexion LK"),
    "CGW-F2-L4-B05": _gw(CIM2, "F2", "F2CGWSV02", GW_DEPS_F2, "F2-L4-B05", "Diffusion", 26,
                         "TEL TELINDY 퍼니스"),
    "FMS_F2": ("service", UTIL, "F2", "P", ["F2FMS01"], ["FMSDB_F2"],
               {"system": "Fab2 FMS (유틸리티 감시 SCADA)", "product": "AVEVA System Platform 2023", "tags": 64000}),
    "upw-watch-f2": ("service", UTIL, "F2", "P", ["k8s-f2-w01"], ["FMS_F2", "kafka-fab"],
                     {"system": "Fab2 초순수(UPW) 수질 모니터링", "resistivity_spec": "18.2 MΩ·cm",
                      "toc_spec_ppb": 1.0, "analyzers": 38, "language": "go"}),
    "gas-watch-f2": ("service", UTIL, "F2", "P", ["k8s-f2-w02"], ["FMS_F2", "kafka-fab"],
                     {"system": "Fab2 특수가스 캐비닛/누출 감지", "gas_cabinets": 142, "detectors": 610,
                      "language": "go"}),
    "ptc-watch-f2": ("service", UTIL, "F2", "P", ["k8s-f2-w01"], ["FMS_F2", "kafka-fab"],
                     {"system": "Fab2 클린룸 파티클 모니터링", "counters": 420, "cleanroom_class": "ISO 3",
                      "language": "go"}),
    # ---------------------------------------------------------------- shared CIM (이천)
    "RMS_MAIN": ("service", RCP, "F2", "P", ["F2CIMAP01"], ["RMSDB", "NTAP-CIM01"],
                 {"system": "레시피 관리 (RMS)", "description": "레시피 바디 보관, 2단계 승인, 장비 다운로드 검증 (PP-SELECT)",
                  "version": "3.8.2", "recipes": 286000, "approval": "2-step"}),
    "SPC_MAIN": ("service", YLD, "F2", "P", ["F2CIMAP01"], ["SPCDB", "kafka-fab"],
                 {"system": "SPC (통계적 공정관리)", "version": "6.4.1", "charts": 52000, "rules": "Western Electric"}),
    "spc-alarm": ("service", YLD, "F2", "P", ["k8s-f2-w02"], ["SPC_MAIN", "kafka-fab"],
                  {"system": "SPC OOC 알람/OCAP 발행", "language": "go", "version": "1.7.3",
                   "channels": "MES 홀드, 사내 메신저"}),
    "reticle-track": ("service", AMHS, "F2", "P", ["k8s-f2-w02"], ["RSTK_F2", "RSTK_F3", "FABMES_F2", "FABMES_F3"],
                      {"system": "레티클 이력/위치 추적", "language": "kotlin", "version": "2.3.0",
                       "reticles": 9100}),
    "wip-api": ("service", MES, "F2", "P", ["k8s-f2-w01", "k8s-f2-w02"], ["FABMES_F2", "FABMES_F3"],
                {"system": "통합 WIP 조회 API", "language": "java", "framework": "Spring Boot 3.3", "version": "1.12.4"}),
    # ---------------------------------------------------------------- 청주 Fab3
    "FABMES_F3": ("service", MES, "F3", "P", ["F3MESAP01", "F3MESAP02"], ["MESDB_F3", "TIBEMS_F3", "sso-gw"],
                  {"system": "Fab3 MES", "description": "랏 트랙인/아웃, 공정 흐름, 홀드/릴리즈 (EUV 라인 포함)",
                   "product": "Miracom MESplus 5.3", "version": "5.3.2", "wip_lots": 9600,
                   "wafer_starts_per_month": 65000, "port": 7001}),
    "RTD_F3": ("service", MES, "F3", "P", ["F3RTDAP01"], ["FABMES_F3", "redis-rtd-f3"],
               {"system": "Fab3 실시간 디스패칭 (RTD)", "product": "Applied APF RTD 8.1", "dispatch_rules": 148,
                "cycle_s": 30}),
    "MCS_F3": ("service", AMHS, "F3", "P", ["F3MCSAP01"], ["OHTC_F3", "TIBEMS_F3"],
               {"system": "Fab3 반송 MCS", "product": "SEMES MCS 3.1", "stockers": 28, "carriers": 8200}),
    "OHTC_F3": ("service", AMHS, "F3", "P", ["F3MCSAP01"], [],
                {"system": "Fab3 OHT 차량 제어", "product": "SEMES OHT Controller 5", "vehicles": 380,
                 "track_km": 9.4}),
    "RSTK_F3": ("service", AMHS, "F3", "P", ["F3MCSAP01"], ["MCS_F3"],
                {"system": "Fab3 레티클 스토커 (EUV 포함)", "product": "Murata RS-2400E", "capacity": 2400}),
    "EES_F3": ("service", EES, "F3", "P", ["F3EESAP01"], ["EESDB_F3", "kafka-fab"],
               {"system": "Fab3 EES/FDC", "product": "BISTel eFDC 7.2", "fdc_models": 5100, "parameters": 97000}),
    "CGW-F3-L1-B03": _gw(CIM3, "F3", "F3CGWSV01", GW_DEPS_F3, "F3-L1-B03", "Photo (EUV)", 9, "ASML NXE:3600D"),
    "CGW-F3-L1-B04": _gw(CIM3, "F3", "F3CGWSV01", GW_DEPS_F3, "F3-L1-B04", "Etch", 20, "TEL Tactras"),
    "CGW-F3-L2-B09": _gw(CIM3, "F3", "F3CGWSV02", GW_DEPS_F3, "F3-L2-B09", "Implant", 12, "Axcelis Purion"),
    "CGW-F3-L2-B10": _gw(CIM3, "F3", "F3CGWSV02", GW_DEPS_F3, "F3-L2-B10", "Wet Clean", 16, "SCREEN SU-3300"),
    "ATE-GW-F3": ("service", TEST, "F3", "P", ["F3ATESV01"], ["FABMES_F3", "ISILON-F3"],
                  {"system": "Fab3 테스트 플로어 게이트웨이 (프로브/파이널)", "testers": 64,
                   "tester_models": "Advantest V93000 / T5503HS2", "probers": 58, "version": "4.0.9"}),
    "stdf-loader": ("service", TEST, "F3", "P", ["k8s-f3-w01"], ["ISILON-F3", "YMSDB"],
                    {"system": "STDF 테스트 데이터 적재", "language": "python", "version": "2.9.1",
                     "files_per_day": 41000}),
    "FMS_F3": ("service", UTIL, "F3", "P", ["F3FMS01"], ["FMSDB_F3"],
               {"system": "Fab3 FMS (유틸리티 감시 SCADA)", "product": "AVEVA System Platform 2023", "tags": 38000}),
    "upw-watch-f3": ("service", UTIL, "F3", "P", ["k8s-f3-w01"], ["FMS_F3", "kafka-fab"],
                     {"system": "Fab3 초순수(UPW) 수질 모니터링", "resistivity_spec": "18.2 MΩ·cm",
                      "toc_spec_ppb": 0.5, "analyzers": 24, "language": "go"}),
    "ptc-watch-f3": ("service", UTIL, "F3", "P", ["k8s-f3-w01"], ["FMS_F3", "kafka-fab"],
                     {"system": "Fab3 클린룸 파티클 모니터링", "counters": 260, "cleanroom_class": "ISO 2",
                      "language": "go"}),
    # ---------------------------------------------------------------- 판교 R&D
    "YMS_CORE": ("service", YLD, "PG", "P", ["PGYMSAP01"], ["YMSDB", "edl-spark"],
                 {"system": "수율관리 (YMS)", "description": "웨이퍼맵, 빈 분석, 수율 트렌드, 불량 클러스터",
                  "product": "Exensio Yield 2024.1", "wafers_per_day": 9800, "bin_codes": 1024}),
    "yield-api": ("service", YLD, "PG", "P", ["k8s-pg-w01", "k8s-pg-w02"], ["YMS_CORE", "redis-yield"],
                  {"system": "수율 조회 API", "language": "kotlin", "framework": "Spring Boot 3.3", "version": "3.4.0"}),
    "yield-portal": ("service", YLD, "PG", "P", ["k8s-pg-w01", "k8s-pg-w02"], ["yield-api", "sso-gw"],
                     {"system": "수율 포털 (웹)", "framework": "Next.js 14", "version": "2.21.0",
                      "endpoint": "yield.hgsemi.co.kr"}),
    "edl-spark": ("service", DATA, "PG", "P", ["edl-wk01", "edl-wk02"], ["edl-hdfs", "edl-hms"],
                  {"system": "엔지니어링 데이터레이크 Spark", "product": "Cloudera CDP 7.1.9 (Spark 3.3)",
                   "executors_max": 1200}),
    "edl-ingest": ("service", DATA, "PG", "P", ["edl-wk01"], ["kafka-fab", "edl-hdfs"],
                   {"system": "데이터레이크 수집 (Kafka → HDFS)", "product": "Kafka Connect HDFS3 Sink 1.2",
                    "connectors": 36}),
    "hpc-opc": ("service", HPC, "PG", "P", ["hpc-head01"], ["flexlm-eda", "ISILON-PG"],
                {"system": "OPC/리소 시뮬레이션 HPC 클러스터", "scheduler": "Slurm 23.11", "nodes": 256,
                 "cores": 32768}),
    "opc-flow": ("service", HPC, "PG", "P", ["hpc-head01"], ["hpc-opc", "ISILON-PG"],
                 {"system": "OPC 마스크 데이터 플로우", "tool": "Calibre nmOPC 2024.2", "version": "1.5.2"}),
    "flexlm-eda": ("service", HPC, "PG", "P", ["hpc-head01"], [],
                   {"system": "EDA 라이선스 서버", "product": "FlexNet Publisher 11.19", "vendor_daemons": "mgcld, snpslmd",
                    "port": 27000}),
    "VDI_CS": ("service", EUC, "PG", "P", ["PGVDICS01"], ["AD_CORP", "NTAP-VDI"],
               {"system": "VDI 연결 서버", "product": "Omnissa Horizon 2406", "desktops": 1850, "protocol": "Blast"}),
    "AD_CORP": ("service", IDT, "PG", "P", ["PGDC01", "PGDC02"], [],
                {"system": "사내 Active Directory", "product": "Windows Server 2022 AD DS", "domain": "hg.semi.local",
                 "users": 6200}),
    "sso-gw": ("service", IDT, "PG", "P", ["k8s-pg-w01", "k8s-pg-w02"], ["AD_CORP"],
               {"system": "통합 인증 (SSO)", "product": "Keycloak 24.0.5", "realms": 4, "token_ttl_min": 15}),
    "SAP_ERP": ("service", ERP, "PG", "P", ["PGSAPAP01"], ["HANA_ERP"],
                {"system": "SAP S/4HANA (운영)", "product": "SAP S/4HANA 2023", "sid": "HSP", "client": 300,
                 "users": 2100}),
    "SCM_APS": ("service", SCM, "PG", "P", ["PGAPSAP01"], ["SAP_ERP", "wip-api"],
                {"system": "공급망 계획 (APS)", "description": "웨이퍼 투입/출하 계획, 고객 납기 약속",
                 "product": "Kinaxis Maestro 2024", "plan_run": "daily 04:00"}),
    # ---------------------------------------------------------------- Azure Korea Central
    "scm-portal": ("service", SCM, "AZ", "P", ["aks-scm-vmss000000", "aks-scm-vmss000001"], ["scm-api"],
                   {"system": "고객 SCM 포털 (웹)", "framework": "Angular 17", "version": "4.2.2",
                    "endpoint": "scm.hgsemi.co.kr", "customers": 140}),
    "scm-api": ("service", SCM, "AZ", "P", ["aks-scm-vmss000000", "aks-scm-vmss000001"],
                ["SCM_APS", "azsql-scm", "redis-scm", "sb-scm"],
                {"system": "고객 SCM API (주문/출하/웨이퍼 아웃 일정)", "language": "csharp", "framework": ".NET 8",
                 "version": "4.7.1"}),
    "shipment-notify": ("service", SCM, "AZ", "P", ["aks-scm-vmss000001"], ["sb-scm", "azsql-scm"],
                        {"system": "출하 알림 (고객 ASN)", "language": "python", "version": "1.3.5"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "FABMES_QA": ("service", MES, "F2", "S", ["F2QAAP01"], ["MESDB_QA"],
                  {"system": "MES 검증계", "product": "Miracom MESplus 5.3", "version": "5.3.3-rc2"}),
    "cgw-sim": ("service", CIM2, "F2", "D", ["k8s-dev-w01"], [],
                {"system": "SECS/GEM 장비 시뮬레이터", "language": "python", "version": "0.9.4"}),
    "yield-api-dev": ("service", YLD, "PG", "D", ["k8s-dev-w01"], [],
                      {"system": "수율 조회 API (개발)", "version": "3.5.0-SNAPSHOT"}),
    "OLD_FDC_F2": ("service", EES, "F2", "P", [], [],
                   {"system": "Fab2 구 FDC", "product": "BISTel eFDC 4.5", "decommissioned": "2025-06-30"}),
    # ---------------------------------------------------------------- databases
    "MESDB_F2": ("database", DBA, "F2", "P", ["F2MESDB01", "F2MESDB02"], [],
                 {"engine": "oracle", "version": "19.21", "cluster": "RAC 2-node", "port": 1521, "size_tb": 14.5,
                  "description": "Fab2 MES 운영 DB"}),
    "MESDB_F3": ("database", DBA, "F3", "P", ["F3MESDB01"], [],
                 {"engine": "oracle", "version": "19.23", "port": 1521, "size_tb": 8.2, "fra_gb": 2048,
                  "standby": "Data Guard (판교)", "description": "Fab3 MES 운영 DB"}),
    "MCSDB_F2": ("database", DBA, "F2", "P", ["F2MCSDB01"], [],
                 {"engine": "sqlserver", "version": "2019 CU25", "port": 1433, "size_tb": 1.2}),
    "EESDB_F2": ("database", DBA, "F2", "P", ["F2EESDB01"], [],
                 {"engine": "oracle", "version": "19.21", "port": 1521, "size_tb": 38.0,
                  "description": "FDC 트레이스/서머리"}),
    "EESDB_F3": ("database", DBA, "F3", "P", ["F3EESAP01"], [],
                 {"engine": "postgresql", "version": "15.7", "extension": "TimescaleDB 2.15", "port": 5432,
                  "size_tb": 21.0}),
    "FMSDB_F2": ("database", UTIL, "F2", "P", ["F2FMS01"], [],
                 {"engine": "pi", "product": "AVEVA PI Server 2023", "port": 5450}),
    "FMSDB_F3": ("database", UTIL, "F3", "P", ["F3FMS01"], [],
                 {"engine": "pi", "product": "AVEVA PI Server 2023", "port": 5450}),
    "RMSDB": ("database", DBA, "F2", "P", ["F2CIMDB01"], [],
              {"engine": "postgresql", "version": "14.11", "port": 5432, "size_tb": 0.9}),
    "SPCDB": ("database", DBA, "F2", "P", ["F2CIMDB01"], [],
              {"engine": "oracle", "version": "19.21", "port": 1521, "size_tb": 6.3}),
    "YMSDB": ("database", DBA, "PG", "P", ["PGEXA01"], [],
              {"engine": "oracle", "version": "19.22", "platform": "Exadata X9M-2 quarter rack", "port": 1521,
               "size_tb": 310.0, "description": "수율/웨이퍼맵/테스트 결과"}),
    "edl-hms": ("database", DATA, "PG", "P", ["edl-mst01"], [],
                {"engine": "mysql", "version": "8.0.36", "port": 3306, "description": "Hive Metastore"}),
    "HANA_ERP": ("database", DBA, "PG", "P", ["PGHANA01"], [],
                 {"engine": "hana", "version": "2.00.077", "sid": "HSP", "port": 30015, "memory_tb": 4.0}),
    "azsql-scm": ("database", CLOUD, "AZ", "P", [], [],
                  {"engine": "sqlserver", "product": "Azure SQL Database (Business Critical, Gen5 8 vCore)",
                   "port": 1433}),
    "MESDB_QA": ("database", DBA, "F2", "S", ["F2QAAP01"], [],
                 {"engine": "oracle", "version": "19.23", "port": 1521, "size_tb": 2.1}),
    # ---------------------------------------------------------------- caches, queues
    "redis-rtd-f2": ("cache", MES, "F2", "P", ["F2RTDAP01"], [],
                     {"engine": "redis", "version": "6.2.14", "port": 6379, "maxmemory_gb": 24,
                      "description": "RTD WIP 스냅샷, 장비 상태 캐시"}),
    "redis-rtd-f3": ("cache", MES, "F3", "P", ["F3RTDAP01"], [],
                     {"engine": "redis", "version": "7.2.4", "port": 6379, "maxmemory_gb": 16,
                      "description": "RTD WIP 스냅샷, 장비 상태 캐시"}),
    "redis-yield": ("cache", YLD, "PG", "P", ["k8s-pg-w02"], [],
                    {"engine": "redis", "version": "7.2.4", "port": 6379, "maxmemory_gb": 8,
                     "description": "웨이퍼맵 타일 캐시"}),
    "redis-scm": ("cache", CLOUD, "AZ", "P", [], [],
                  {"engine": "redis", "product": "Azure Cache for Redis P1", "port": 6380}),
    "TIBEMS_F2": ("queue", MES, "F2", "P", ["F2EMS01"], [],
                  {"product": "TIBCO EMS 8.6", "port": 7222, "max_msg_memory_gb": 4, "store": "file",
                   "description": "Fab2 MES/MCS 이벤트 버스"}),
    "TIBEMS_F3": ("queue", MES, "F3", "P", ["F3EMS01"], [],
                  {"product": "TIBCO EMS 8.6", "port": 7222, "max_msg_memory_gb": 4, "store": "file",
                   "description": "Fab3 MES/MCS 이벤트 버스"}),
    "kafka-fab": ("queue", DATA, "F2", "P", ["kfk-b01", "kfk-b02", "kfk-b03"], [],
                  {"product": "Confluent Platform 7.6", "brokers": 3, "topics": 340, "retention_h": 72,
                   "min_insync_replicas": 2, "port": 9092, "description": "설비/유틸리티 데이터 스트림"}),
    "sb-scm": ("queue", CLOUD, "AZ", "P", [], [],
               {"product": "Azure Service Bus Premium", "namespace": "sb-hg-scm-prd"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "F2ADC01": ("F2", NET, ["FABMES_F2", "RTD_F2", "RMS_MAIN", "SPC_MAIN", "wip-api"],
                {"vendor": "A10", "model": "Thunder 3350S", "vip": "10.12.0.40", "description": "Fab2/CIM 업무 VIP"}),
    "F3ADC01": ("F3", NET, ["FABMES_F3", "RTD_F3", "ATE-GW-F3"],
                {"vendor": "A10", "model": "Thunder 1040S", "vip": "10.13.0.40", "description": "Fab3 업무 VIP"}),
    "PG-F5-01": ("PG", NET, ["yield-portal", "sso-gw", "VDI_CS", "SAP_ERP"],
                 {"vendor": "F5", "model": "BIG-IP r5900", "endpoint": "yield.hgsemi.co.kr",
                  "tls_cert_expiry": "2026-12-17", "description": "판교 사용자 진입점 (수율 포털, SSO, VDI, ERP)"}),
    "agw-scm": ("AZ", CLOUD, ["scm-portal", "scm-api"],
                {"vendor": "Microsoft", "model": "Azure Application Gateway v2 (WAF)", "endpoint": "scm.hgsemi.co.kr"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "PURE-F2": ("F2", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X50R4", "capacity_tb": 180,
                              "protocol": "FC", "description": "Fab2 DB 블록 스토리지"},
                ["F2MESDB01", "F2MESDB02", "F2EESDB01", "F2CIMDB01", "F2MCSDB01"]),
    "NTAP-CIM01": ("F2", INFRA, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 140, "protocol": "NFS",
                                 "ontap": "9.14.1P5", "description": "레시피 바디, MES 첨부, 장비 로그"},
                   ["F2CIMAP01", "F2MESAP01", "F2MESAP02"]),
    "ISILON-F3": ("F3", INFRA, {"vendor": "Dell", "model": "PowerScale H7000", "capacity_tb": 1600,
                                "protocol": "NFS/SMB", "description": "테스트 원천 데이터 (STDF)"}, ["F3ATESV01"]),
    "ISILON-PG": ("PG", HPC, {"vendor": "Dell", "model": "PowerScale F900", "capacity_tb": 2400, "protocol": "NFS",
                              "description": "HPC 스크래치, OPC 결과"}, ["hpc-head01", "hpc-cn001", "hpc-cn002"]),
    "NTAP-VDI": ("PG", EUC, {"vendor": "NetApp", "model": "AFF A250", "capacity_tb": 90, "protocol": "SMB",
                             "description": "VDI 사용자 프로필"}, ["PGVDICS01"]),
    "edl-hdfs": ("PG", DATA, {"vendor": "Cloudera", "model": "HDFS (CDP 7.1.9)", "capacity_tb": 4200,
                              "replication": 3, "description": "엔지니어링 데이터레이크 원천/정제 영역"},
                 ["edl-wk01", "edl-wk02"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 이천 Fab2
    "F2MESAP01": ("F2", "P", "vm", {"role": "MESplus AP #1"}),
    "F2MESAP02": ("F2", "P", "vm", {"role": "MESplus AP #2"}),
    "F2MESDB01": ("F2", "P", "physical", {"role": "Oracle RAC node 1 (MES)", "model": "HPE DL560 Gen11"}),
    "F2MESDB02": ("F2", "P", "physical", {"role": "Oracle RAC node 2 (MES)", "model": "HPE DL560 Gen11"}),
    "F2RTDAP01": ("F2", "P", "vm", {"role": "RTD 엔진, Redis"}),
    "F2MCSAP01": ("F2", "P", "vm", {"role": "MCS, 레티클 스토커 제어"}),
    "F2OHTC01": ("F2", "P", "physical", {"role": "OHT 컨트롤러", "model": "Dell PowerEdge R660",
                                         "dimm": "DDR5 ECC RDIMM 32GB x 8"}),
    "F2MCSDB01": ("F2", "P", "physical", {"role": "SQL Server (MCS)", "model": "Dell PowerEdge R650",
                                          "os_family": "windows"}),
    "F2EESAP01": ("F2", "P", "vm", {"role": "eFDC AP"}),
    "F2EESDB01": ("F2", "P", "physical", {"role": "Oracle (EES)", "model": "HPE DL380 Gen11"}),
    "F2EMS01": ("F2", "P", "vm", {"role": "TIBCO EMS 서버"}),
    "F2FMS01": ("F2", "P", "vm", {"role": "FMS SCADA, PI 서버", "os_family": "windows"}),
    "F2CGWSV01": ("F2", "P", "physical", {"role": "CIM 게이트웨이 (L3 베이)", "model": "Dell PowerEdge R450",
                                          "os_family": "windows"}),
    "F2CGWSV02": ("F2", "P", "physical", {"role": "CIM 게이트웨이 (L4 베이)", "model": "Dell PowerEdge R450",
                                          "os_family": "windows"}),
    "F2CIMAP01": ("F2", "P", "vm", {"role": "RMS, SPC AP"}),
    "F2CIMDB01": ("F2", "P", "physical", {"role": "CIM 공용 DB (RMS PostgreSQL, SPC Oracle)",
                                          "model": "HPE DL380 Gen11"}),
    "kfk-b01": ("F2", "P", "vm", {"role": "Kafka broker 1"}),
    "kfk-b02": ("F2", "P", "vm", {"role": "Kafka broker 2"}),
    "kfk-b03": ("F2", "P", "vm", {"role": "Kafka broker 3"}),
    "k8s-f2-w01": ("F2", "P", "k8s", {"cluster": "rke2-f2-prd", "node_pool": "apps"}),
    "k8s-f2-w02": ("F2", "P", "k8s", {"cluster": "rke2-f2-prd", "node_pool": "apps"}),
    "F2QAAP01": ("F2", "S", "vm", {"role": "MES 검증계 AP+DB"}),
    "F2BBSW01": ("F2", "P", "network", {"device": "backbone switch", "vendor": "Cisco", "model": "Nexus 9364D-GX2A",
                                        "firmware": "NX-OS 10.4(2)"}),
    "F2FAFW01": ("F2", "P", "network", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                                        "firmware": "FortiOS 7.4.4", "description": "사무망/설비망 경계 (Fab2)"}),
    # 청주 Fab3
    "F3MESAP01": ("F3", "P", "vm", {"role": "MESplus AP #1"}),
    "F3MESAP02": ("F3", "P", "vm", {"role": "MESplus AP #2"}),
    "F3MESDB01": ("F3", "P", "physical", {"role": "Oracle (Fab3 MES)", "model": "HPE DL560 Gen11"}),
    "F3RTDAP01": ("F3", "P", "vm", {"role": "RTD 엔진, Redis"}),
    "F3MCSAP01": ("F3", "P", "vm", {"role": "MCS, OHT 제어, 레티클 스토커"}),
    "F3EESAP01": ("F3", "P", "physical", {"role": "eFDC AP + TimescaleDB", "model": "Dell PowerEdge R760"}),
    "F3EMS01": ("F3", "P", "vm", {"role": "TIBCO EMS 서버"}),
    "F3FMS01": ("F3", "P", "vm", {"role": "FMS SCADA, PI 서버", "os_family": "windows"}),
    "F3CGWSV01": ("F3", "P", "physical", {"role": "CIM 게이트웨이 (L1 베이)", "model": "Dell PowerEdge R450",
                                          "os_family": "windows"}),
    "F3CGWSV02": ("F3", "P", "physical", {"role": "CIM 게이트웨이 (L2 베이)", "model": "Dell PowerEdge R450",
                                          "os_family": "windows"}),
    "F3ATESV01": ("F3", "P", "physical", {"role": "테스트 플로어 서버", "model": "HPE DL380 Gen10 Plus"}),
    "k8s-f3-w01": ("F3", "P", "k8s", {"cluster": "rke2-f3-prd", "node_pool": "apps"}),
    "F3BBSW01": ("F3", "P", "network", {"device": "backbone switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                                        "firmware": "NX-OS 10.3(5)"}),
    "F3FAFW01": ("F3", "P", "network", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1000F",
                                        "firmware": "FortiOS 7.4.4", "description": "사무망/설비망 경계 (Fab3)"}),
    # 판교 R&D
    "PGYMSAP01": ("PG", "P", "vm", {"role": "Exensio Yield AP"}),
    "PGEXA01": ("PG", "P", "physical", {"role": "Exadata DB 서버 (YMS)", "model": "Exadata X9M-2"}),
    "k8s-pg-w01": ("PG", "P", "k8s", {"cluster": "rke2-pg-prd", "node_pool": "apps"}),
    "k8s-pg-w02": ("PG", "P", "k8s", {"cluster": "rke2-pg-prd", "node_pool": "apps"}),
    "edl-mst01": ("PG", "P", "physical", {"role": "CDP master (NameNode, HMS)", "model": "Dell PowerEdge R750"}),
    "edl-wk01": ("PG", "P", "physical", {"role": "CDP worker", "model": "Dell PowerEdge R750xd"}),
    "edl-wk02": ("PG", "P", "physical", {"role": "CDP worker", "model": "Dell PowerEdge R750xd"}),
    "hpc-head01": ("PG", "P", "physical", {"role": "Slurm 헤드노드, 라이선스 서버", "model": "Lenovo SR650 V3"}),
    "hpc-cn001": ("PG", "P", "physical", {"role": "HPC 계산 노드", "model": "Lenovo SD665 V3", "cores": 192}),
    "hpc-cn002": ("PG", "P", "physical", {"role": "HPC 계산 노드", "model": "Lenovo SD665 V3", "cores": 192}),
    "PGVDICS01": ("PG", "P", "vm", {"role": "Horizon 연결 서버", "os_family": "windows"}),
    "PGDC01": ("PG", "P", "vm", {"role": "AD 도메인 컨트롤러 (PDC)", "os_family": "windows"}),
    "PGDC02": ("PG", "P", "vm", {"role": "AD 도메인 컨트롤러", "os_family": "windows"}),
    "PGSAPAP01": ("PG", "P", "vm", {"role": "S/4HANA PAS"}),
    "PGHANA01": ("PG", "P", "physical", {"role": "SAP HANA (운영)", "model": "HPE Superdome Flex 280"}),
    "PGAPSAP01": ("PG", "P", "vm", {"role": "Kinaxis AP", "os_family": "windows"}),
    "PGLOG01": ("PG", "P", "vm", {"role": "로그 수집 (Splunk indexer)"}),
    "k8s-dev-w01": ("PG", "D", "k8s", {"cluster": "rke2-pg-dev", "node_pool": "dev"}),
    "PGBBSW01": ("PG", "P", "network", {"device": "backbone switch", "vendor": "Arista", "model": "7280R3",
                                        "firmware": "EOS 4.31.2F"}),
    "PGERT01": ("PG", "P", "network", {"device": "router", "vendor": "Cisco", "model": "ASR 1002-HX",
                                       "firmware": "IOS-XE 17.12.3", "circuit": "Azure ExpressRoute 2G (KINX 판교)",
                                       "description": "Azure Korea Central 전용 연결"}),
    # Azure
    "aks-scm-vmss000000": ("AZ", "P", "aks", {"node_pool": "scmpool", "cluster": "aks-hg-scm-prd",
                                              "vm_size": "Standard_D8s_v5"}),
    "aks-scm-vmss000001": ("AZ", "P", "aks", {"node_pool": "scmpool", "cluster": "aks-hg-scm-prd",
                                              "vm_size": "Standard_D8s_v5"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("F2FAFW01", "F2BBSW01"),
    ("F3FAFW01", "F3BBSW01"),
    ("F2BBSW01", "PGBBSW01"),
    ("F3BBSW01", "PGBBSW01"),
    ("PGERT01", "PGBBSW01"),
    ("CGW-F2-L3-B07", "F2FAFW01"),
    ("CGW-F2-L3-B08", "F2FAFW01"),
    ("CGW-F2-L3-B12", "F2FAFW01"),
    ("CGW-F2-L4-B02", "F2FAFW01"),
    ("CGW-F2-L4-B05", "F2FAFW01"),
    ("CGW-F3-L1-B03", "F3FAFW01"),
    ("CGW-F3-L1-B04", "F3FAFW01"),
    ("CGW-F3-L2-B09", "F3FAFW01"),
    ("CGW-F3-L2-B10", "F3FAFW01"),
    ("ATE-GW-F3", "F3FAFW01"),
    ("scm-api", "PGERT01"),
]
# fmt: on
STATUS = {"CGW-F2-L4-B02": "maintenance", "hpc-cn002": "maintenance", "OLD_FDC_F2": "retired"}
NET_PREFIX = {"F2": "10.12", "F3": "10.13", "PG": "10.20", "AZ": "10.240"}
REQUEST_RATE = {
    "FABMES_F2": 1450.0,
    "FABMES_F3": 820.0,
    "RTD_F2": 310.0,
    "RTD_F3": 170.0,
    "MCS_F2": 520.0,
    "MCS_F3": 260.0,
    "OHTC_F2": 2400.0,
    "OHTC_F3": 1300.0,
    "EES_F2": 9200.0,
    "EES_F3": 5100.0,
    "CGW-F2-L3-B07": 180.0,
    "CGW-F2-L3-B08": 260.0,
    "CGW-F2-L3-B12": 210.0,
    "CGW-F2-L4-B02": 120.0,
    "CGW-F2-L4-B05": 150.0,
    "CGW-F3-L1-B03": 110.0,
    "CGW-F3-L1-B04": 230.0,
    "CGW-F3-L2-B09": 140.0,
    "CGW-F3-L2-B10": 170.0,
    "ATE-GW-F3": 95.0,
    "RMS_MAIN": 64.0,
    "SPC_MAIN": 780.0,
    "wip-api": 240.0,
    "YMS_CORE": 55.0,
    "yield-api": 130.0,
    "yield-portal": 90.0,
    "sso-gw": 140.0,
    "AD_CORP": 900.0,
    "SAP_ERP": 600.0,
    "scm-api": 75.0,
    "scm-portal": 60.0,
    "kafka-fab": 21000.0,
    "TIBEMS_F2": 3200.0,
    "TIBEMS_F3": 1800.0,
    "MESDB_F2": 6100.0,
    "MESDB_F3": 3400.0,
    "YMSDB": 1900.0,
}
QUEUE_MEMORY = {  # queues, caches and HANA with a memory gauge: (level, swing with load)
    "TIBEMS_F2": (34.0, 6.0),
    "TIBEMS_F3": (31.0, 5.0),
    "redis-rtd-f2": (58.0, 9.0),
    "redis-rtd-f3": (52.0, 8.0),
    "redis-yield": (41.0, 12.0),
    "redis-scm": (29.0, 6.0),
    "HANA_ERP": (71.0, 6.0),
}
PAAS_CPU = {"azsql-scm"}
DISK_WATCHED = {
    "F2MESDB01", "F2MESDB02", "F2MCSDB01", "F2EESDB01", "F2CIMDB01", "F2EMS01", "F2FMS01", "F2OHTC01",
    "F2CGWSV01", "F2CGWSV02", "kfk-b01", "kfk-b02", "kfk-b03", "F3MESDB01", "F3EESAP01", "F3EMS01", "F3FMS01",
    "F3CGWSV01", "F3CGWSV02", "F3ATESV01", "PGEXA01", "PGHANA01", "PGLOG01", "edl-mst01", "edl-wk01",
    "edl-wk02", "hpc-head01", "PGDC01", "PGDC02",
}  # fmt: skip


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


GATEWAYS = sorted(n for n in SERVICES if n.startswith("CGW-"))
F2_ACTIVE_GW = [n for n in GATEWAYS if n.startswith("CGW-F2") and n not in STATUS]
F3_GW = [n for n in GATEWAYS if n.startswith("CGW-F3")]

INCIDENTS = [
    {
        "id": "I1",
        "kind": "cache_fork_stall",
        "root": "redis-rtd-f2",
        "description": "at the Tuesday 14:00 shift change RTD_F2 reloads its WIP snapshot into redis-rtd-f2 while a"
        " BGSAVE fork is running: copy-on-write pushes the cache to its maxmemory, commands stall (fork 2.9 s,"
        " latency spikes, timeouts), RTD_F2's dispatch cycle grows from 30 s to minutes and the Fab2 bays'"
        " gateways wait on what-next so tools idle, until RDB snapshots are moved off the primary",
        "start": kst(24, 13, 50),
        "end": kst(24, 14, 45),
        "affected": ["redis-rtd-f2", "RTD_F2", *F2_ACTIVE_GW],
    },
    {
        "id": "I2",
        "kind": "archiver_stuck",
        "root": "MESDB_F3",
        "description": "the Fab3 MES database MESDB_F3 stops archiving in the night (ORA-00257, FRA 100 %): the"
        " RMAN archivelog backup had failed the night before so no log was deleted; FABMES_F3 hangs on commits,"
        " RTD_F3, every Fab3 bay gateway, the test floor gateway and wip-api follow, until backed-up archive"
        " logs are removed and the FRA enlarged",
        "start": kst(26, 2, 10),
        "end": kst(26, 3, 5),
        "affected": ["MESDB_F3", "FABMES_F3", "RTD_F3", *F3_GW, "ATE-GW-F3", "wip-api"],
    },
    {
        "id": "I3",
        "kind": "broker_disk_full",
        "root": "kafka-fab",
        "description": "on Saturday afternoon the log directory of broker kfk-b02 fills (a Friday change removed"
        " the size retention of fdc.trace.raw while the data-lake connector was paused for the HDFS upgrade):"
        " partitions fall below min ISR and kafka-fab rejects produces (NOT_ENOUGH_REPLICAS); EES_F2, EES_F3, the"
        " particle and UPW watchers, spc-alarm and edl-ingest fail, until retention is restored and the broker"
        " restarted",
        "start": kst(28, 16, 40),
        "end": kst(28, 17, 35),
        "affected": [
            "kafka-fab",
            "EES_F2",
            "EES_F3",
            "ptc-watch-f2",
            "upw-watch-f2",
            "ptc-watch-f3",
            "spc-alarm",
            "edl-ingest",
        ],
    },
    {
        "id": "I4",
        "kind": "nas_latency",
        "root": "NTAP-CIM01",
        "description": "Monday night the NetApp NTAP-CIM01 runs back-to-back consistency points (a SnapMirror"
        " baseline on a nearly full aggregate): NFS latency reaches seconds, RMS_MAIN recipe body reads time out"
        " and every bay's gateway fails recipe download and verification for the 22:00 shift's lot starts, until"
        " the transfer is throttled",
        "start": kst(30, 21, 50),
        "end": kst(30, 22, 45),
        "affected": ["NTAP-CIM01", "RMS_MAIN", *F2_ACTIVE_GW, *F3_GW],
    },
    {
        "id": "I5",
        "kind": "host_memory_ue",
        "root": "F2OHTC01",
        "description": "late on Wednesday the OHT controller server F2OHTC01 logs uncorrectable memory errors and"
        " soft lockups: OHTC_F2 loses contact with its vehicles, MCS_F2 transport commands time out, RSTK_F2 and"
        " the Fab2 bays wait for carriers, until the controller fails over to its standby server",
        "start": kst(2, 23, 20),
        "end": kst(3, 0, 15),
        "affected": ["F2OHTC01", "OHTC_F2", "MCS_F2", "RSTK_F2", *F2_ACTIVE_GW],
    },
    {
        "id": "I6",
        "kind": "io_saturation",
        "root": "YMSDB",
        "description": "Thursday morning the nightly wafer-map summary on YMSDB overruns into the 07:00 yield"
        " meeting (stale optimizer statistics after the EUV lot volume grew, no smart scan): the Exadata cells"
        " saturate, YMS_CORE and stdf-loader slow down, yield-api shows the loudest errors and yield-portal"
        " follows, until the job is killed and statistics gathered",
        "start": kst(3, 6, 50),
        "end": kst(3, 7, 45),
        "affected": ["YMSDB", "YMS_CORE", "stdf-loader", "yield-api", "yield-portal"],
    },
    {
        "id": "I7",
        "kind": "ems_memory_limit",
        "root": "TIBEMS_F2",
        "description": "TIBEMS_F2 reaches max_msg_memory on Thursday morning: a durable subscription left by the"
        " retired OLD_FDC_F2 has piled up pending messages since the EMS restart on Monday night; producers are"
        " flow-controlled, FABMES_F2 track-ins time out, MCS_F2 transport events lag, RTD_F2 and the Fab2 bay"
        " gateways follow (ongoing)",
        "start": kst(3, 10, 5),
        "end": None,
        "affected": ["TIBEMS_F2", "FABMES_F2", "MCS_F2", "RTD_F2", *F2_ACTIVE_GW],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS
EMS_RESTART = kst(30, 23, 40)  # the durable subscription is re-registered and starts piling up
PARTICLE_PM = (kst(25, 10, 20), kst(25, 11, 10))  # a tool PM in bay F2-L3-B08 opens its doors
UPW_RO = (kst(1, 10, 0), kst(1, 11, 30))  # RO membrane change at Fab3
KFK_FILL = kst(27, 18, 30)  # the retention change on fdc.trace.raw


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
        assert all(a in dist for a in inc["affected"]), (
            inc["id"],
            [a for a in inc["affected"] if a not in dist],
        )
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


_hops()


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        attrs: dict = {}
        if kind == "service" and "version" not in extra and "product" not in extra:
            attrs["version"] = f"{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{env_net + 20 + i // 8}.{31 + (i * 41) % 200}"}
        owner = INFRA
        windows = extra.get("os_family") == "windows"
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "hostname": h.lower(),
                "os": "Windows Server 2022"
                if windows
                else rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.4"]),
                "vcpu": rng.choice([8, 16, 32]),
                "memory_gb": rng.choice([32, 64, 128]),
                "hypervisor": "VMware vSphere 8.0U3",
            }
        elif kind == "physical":
            attrs |= {
                "form": "physical",
                "hostname": h.lower(),
                "os": "Windows Server 2022" if windows else rng.choice(["RHEL 8.10", "RHEL 9.4"]),
                "cores": rng.choice([32, 48, 64]),
                "memory_gb": rng.choice([256, 512, 768]),
                "serial": f"{rng.choice(['CZ2', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}",
            }
        elif kind == "k8s":
            attrs |= {
                "form": "k8s-node",
                "hostname": h,
                "os": "Rocky Linux 9.4",
                "platform": "RKE2 v1.30",
                "vcpu": 32,
                "memory_gb": 128,
            }
        elif kind == "aks":
            owner = CLOUD
            attrs |= {
                "form": "aks-node",
                "os": "Ubuntu 22.04 (AKS)",
                "platform": "AKS 1.30",
                "zone": rng.choice(["koreacentral-1", "koreacentral-2", "koreacentral-3"]),
            }
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("backbone ", "")}
        if h in ("hpc-head01", "hpc-cn001", "hpc-cn002"):
            owner = HPC
        if h.startswith("edl-"):
            owner = DATA
        if h == "PGHANA01":
            attrs["memory_gb"] = 6144
        if h == "F2OHTC01":
            attrs["memory_gb"] = 256
        if h == "PGEXA01":
            attrs["memory_gb"] = 1536
        attrs |= {k: v for k, v in extra.items() if k != "os_family"}
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _weekend(ts: datetime) -> bool:
    return _local(ts).weekday() >= 5


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


SHIFTS = (6.0, 14.0, 22.0)


def _fab(ts: datetime) -> float:
    """The fab floor, 24/7: steady, a dip in track-ins before each shift change and a burst after it, a little
    more engineering activity on weekday day shifts."""
    h = seoul_hour(ts)
    v = 0.62 + (0.0 if _weekend(ts) else 0.07 * _bump(h, 11, 2.5))
    for s in SHIFTS:
        v += -0.16 * _bump(h, s - 0.25, 0.15) + 0.28 * _bump(h, s + 0.35, 0.25)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    """Engineering and office hours (yield, ERP, VDI, the SCM portal)."""
    h = seoul_hour(ts)
    if _weekend(ts):
        return 0.06 + 0.06 * _bump(h, 11, 2.0)
    if h < 7 or h >= 21:
        return 0.07
    return 0.25 + 0.55 * _bump(h, 10.3, 1.6) + 0.45 * _bump(h, 15.2, 1.8)


def _login(ts: datetime) -> float:
    """Sign-ins: office hours and the operators of each shift signing in."""
    h = seoul_hour(ts)
    shift = sum(_bump(h, s + 0.1, 0.2) for s in SHIFTS)
    return min(1.0, 0.6 * _office(ts) + 0.55 * shift + 0.05)


def _yield(ts: datetime) -> float:
    """Yield review: office hours and the 07:00 yield meeting on working days."""
    meeting = 0.0 if _weekend(ts) else 0.5 * _bump(seoul_hour(ts), 7.3, 0.4)
    return min(1.0, _office(ts) + meeting)


def _ymsdb(ts: datetime) -> float:
    """The yield database: the yield users and the wafer-map summary batch (04:00–06:00)."""
    h = seoul_hour(ts)
    return min(1.0, 0.8 * _yield(ts) + (0.55 if 4 <= h < 5.9 else 0.0))


def _hpc(ts: datetime) -> float:
    """OPC and litho simulation jobs: submitted in the day, the heavy runs overnight."""
    h = seoul_hour(ts)
    return 0.88 if h >= 20 or h < 7 else 0.45 + 0.1 * _bump(h, 14, 3)


def _lake(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.92 if 1 <= h < 3.7 else 0.3


def _plan(ts: datetime) -> float:
    """Supply planning: the 04:00 plan run and office hours."""
    h = seoul_hour(ts)
    return min(1.0, 0.8 * _office(ts) + (0.7 if 4 <= h < 4.9 else 0.0))


def _steady(ts: datetime) -> float:
    return 0.5


FAB = {
    *GATEWAYS,
    "FABMES_F2", "FABMES_F3", "RTD_F2", "RTD_F3", "MCS_F2", "MCS_F3", "OHTC_F2", "OHTC_F3", "RSTK_F2",
    "RSTK_F3", "EES_F2", "EES_F3", "RMS_MAIN", "SPC_MAIN", "spc-alarm", "reticle-track", "wip-api", "ATE-GW-F3",
    "stdf-loader", "FMS_F2", "FMS_F3", "upw-watch-f2", "gas-watch-f2", "ptc-watch-f2", "upw-watch-f3",
    "ptc-watch-f3", "MESDB_F2", "MESDB_F3", "MCSDB_F2", "EESDB_F2", "EESDB_F3", "FMSDB_F2", "FMSDB_F3", "RMSDB",
    "SPCDB", "redis-rtd-f2", "redis-rtd-f3", "TIBEMS_F2", "TIBEMS_F3", "kafka-fab", "F2ADC01", "F3ADC01",
    "PURE-F2", "NTAP-CIM01", "ISILON-F3",
    "F2MESAP01", "F2MESAP02", "F2MESDB01", "F2MESDB02", "F2RTDAP01", "F2MCSAP01", "F2OHTC01", "F2MCSDB01",
    "F2EESAP01", "F2EESDB01", "F2EMS01", "F2FMS01", "F2CGWSV01", "F2CGWSV02", "F2CIMAP01", "F2CIMDB01",
    "kfk-b01", "kfk-b02", "kfk-b03", "k8s-f2-w01", "k8s-f2-w02", "F2BBSW01", "F2FAFW01",
    "F3MESAP01", "F3MESAP02", "F3MESDB01", "F3RTDAP01", "F3MCSAP01", "F3EESAP01", "F3EMS01", "F3FMS01",
    "F3CGWSV01", "F3CGWSV02", "F3ATESV01", "k8s-f3-w01", "F3BBSW01", "F3FAFW01",
}  # fmt: skip
OFFICE = {
    "VDI_CS", "SAP_ERP", "HANA_ERP", "PG-F5-01", "NTAP-VDI", "PGVDICS01", "PGSAPAP01", "PGHANA01",
    "scm-portal", "scm-api", "shipment-notify", "azsql-scm", "redis-scm", "sb-scm", "agw-scm",
    "aks-scm-vmss000000", "aks-scm-vmss000001", "PGERT01", "PGBBSW01", "PGLOG01",
}  # fmt: skip
LOGIN = {"sso-gw", "AD_CORP", "PGDC01", "PGDC02", "k8s-pg-w01"}
YIELD = {"YMS_CORE", "yield-api", "yield-portal", "redis-yield", "PGYMSAP01", "k8s-pg-w02"}
YMS_DB = {"YMSDB", "PGEXA01"}
HPC_SIDE = {"hpc-opc", "opc-flow", "flexlm-eda", "ISILON-PG", "hpc-head01", "hpc-cn001", "hpc-cn002"}
LAKE = {"edl-spark", "edl-ingest", "edl-hdfs", "edl-hms", "edl-mst01", "edl-wk01", "edl-wk02"}
PLAN = {"SCM_APS", "PGAPSAP01"}


def _load(name: str):
    for group, shape in (
        (FAB, _fab),
        (OFFICE, _office),
        (LOGIN, _login),
        (YIELD, _yield),
        (YMS_DB, _ymsdb),
        (HPC_SIDE, _hpc),
        (LAKE, _lake),
        (PLAN, _plan),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {0: (9.0, 6.5), 1: (6.0, 24.0), 2: (1.8, 9.0)},
    "I2": {0: (14.0, 38.0), 1: (5.0, 46.0), 2: (2.2, 21.0)},
    "I3": {0: (6.0, 31.0), 1: (2.5, 18.0), 2: (1.2, 7.0)},
    "I4": {1: (8.0, 27.0), 2: (1.6, 12.0)},
    "I5": {1: (7.0, 52.0), 2: (3.2, 26.0), 3: (1.5, 9.0)},
    "I6": {0: (12.0, 2.5), 1: (3.5, 9.0), 2: (4.2, 38.0), 3: (1.6, 17.0)},
    "I7": {0: (11.0, 18.0), 1: (4.5, 21.0), 2: (1.9, 8.0)},
}
EFFECT_OVERRIDE = {
    ("I3", "edl-ingest"): (3.0, 42.0),
    ("I3", "spc-alarm"): (1.8, 12.0),
    ("I6", "stdf-loader"): (2.8, 14.0),
    ("I7", "MCS_F2"): (3.0, 14.0),
    ("I7", "RTD_F2"): (1.9, 8.0),
    ("I2", "wip-api"): (1.5, 11.0),
    ("I2", "ATE-GW-F3"): (1.7, 16.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(5, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.15, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    kind = HOSTS[name][2]
    if kind == "network":
        return _appliance_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 32), rng.uniform(36, 62), rng.uniform(26, 58)
    growth = rng.uniform(0, 0.12)
    if name == "PGLOG01":
        disk0, growth = 61.4, 1.35
    if name in ("kfk-b01", "kfk-b02", "kfk-b03"):
        disk0, growth = 46.0 + rng.uniform(0, 3), 0.02
    if name == "F3MESDB01":
        disk0, growth = 44.0, 0.0
    if name == "F2EESDB01":  # FDC traces: the partitions are dropped monthly
        disk0, growth = 63.0, 0.32
    if name in ("hpc-cn001", "hpc-cn002"):
        cpu0 = rng.uniform(70, 80)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "hpc-cn002" and ts >= kst(1, 9):  # drained for the DIMM replacement
            cpu = 1.0 + abs(rng.gauss(0, 0.3))
        if name == "F2RTDAP01":  # the fork's copy-on-write
            mem += 24 * ramp(ts, I1["start"], I1["end"], rise=5, fall=10)
        if name == "F3MESDB01":  # archive logs pile up once the backup failed, until the FRA is full
            fill = max(0.0, (ts - kst(25, 1, 35)).total_seconds() / 3600)
            if ts < I2["end"]:
                disk = min(disk + 2.2 * fill, 99.7 + rng.gauss(0, 0.05))
            else:
                disk = 38.5 + rng.gauss(0, 0.1) + 0.02 * (ts - I2["end"]).total_seconds() / 3600
        if name == "kfk-b02":  # the broker log directory fills after the retention change
            fill = max(0.0, (ts - KFK_FILL).total_seconds() / 3600)
            if ts < I3["end"]:
                disk = min(disk + 2.4 * fill, 99.8 + rng.gauss(0, 0.05))
            else:
                disk = 51.0 + rng.gauss(0, 0.1)
        if name == "F2OHTC01":  # soft lockups
            cpu += (98.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, I5["start"], I5["end"], rise=5, fall=10)
        if name == "PGEXA01":
            cpu += 52 * ramp(ts, I6["start"], I6["end"], rise=10, fall=10)
        if name == "F2EMS01":  # the EMS process grows with the pending messages
            mem += 30 * min(
                1.0,
                max(0.0, (ts - EMS_RESTART).total_seconds() / (I7["start"] - EMS_RESTART).total_seconds()),
            )
        if name in ("PGDC01", "PGDC02", "k8s-pg-w01"):  # sign-in bursts at the shift changes
            cpu += 6 * sum(_bump(seoul_hour(ts), s + 0.1, 0.2) for s in SHIFTS)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.9), 1)))
    return rows


def _appliance_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, round-trip latency and packet loss."""
    rows = []
    cpu0 = rng.uniform(6, 24)
    rtt0 = rng.uniform(0.3, 1.6)
    if name == "PGERT01":
        rtt0 = 2.6  # to Azure Korea Central over ExpressRoute
    if name in ("F2BBSW01", "F3BBSW01"):
        rtt0 = rng.uniform(2.5, 6.0)  # the WAN to 판교
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2),
            error_rate=round(min(loss, 100.0), 2),
        )
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    """Storage arrays: used capacity, I/O latency and I/O errors (the consistency-point storm on NTAP-CIM01)."""
    name = ci["name"]
    used = {"NTAP-CIM01": (73, 74), "ISILON-F3": (66, 68), "edl-hdfs": (71, 73), "ISILON-PG": (57, 60)}.get(
        name, (38, 55)
    )
    fill = storage_fill(rng, name, times, START, used, 0.08)
    lat0 = rng.uniform(0.3, 0.8) if name == "PURE-F2" else rng.uniform(1.1, 3.8)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = max(0.0, rng.gauss(0.01, 0.005))
        if name == "NTAP-CIM01":
            r = ramp(ts, I4["start"], I4["end"], rise=5, fall=10)
            lat *= 1 + 180 * r * (1 + rng.gauss(0, 0.05))
            err += 14.0 * r * (1 + rng.gauss(0, 0.05))
            v += 1.6 * ramp(ts, I4["start"] - timedelta(minutes=40), I4["end"], rise=40, fall=60)
        rows += samples(
            ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2), error_rate=round(err, 2)
        )
    return rows


RT0 = {
    "FABMES_F2": 85.0,
    "FABMES_F3": 92.0,
    "RTD_F2": 240.0,
    "RTD_F3": 210.0,
    "MCS_F2": 45.0,
    "MCS_F3": 52.0,
    "OHTC_F2": 12.0,
    "OHTC_F3": 14.0,
    "RSTK_F2": 160.0,
    "RSTK_F3": 175.0,
    "EES_F2": 38.0,
    "EES_F3": 34.0,
    "RMS_MAIN": 140.0,
    "SPC_MAIN": 120.0,
    "spc-alarm": 30.0,
    "reticle-track": 70.0,
    "wip-api": 95.0,
    "ATE-GW-F3": 180.0,
    "stdf-loader": 420.0,
    "FMS_F2": 65.0,
    "FMS_F3": 60.0,
    "upw-watch-f2": 22.0,
    "gas-watch-f2": 19.0,
    "ptc-watch-f2": 24.0,
    "upw-watch-f3": 21.0,
    "ptc-watch-f3": 26.0,
    "YMS_CORE": 520.0,
    "yield-api": 180.0,
    "yield-portal": 310.0,
    "edl-spark": 640.0,
    "edl-ingest": 48.0,
    "hpc-opc": 75.0,
    "opc-flow": 260.0,
    "flexlm-eda": 9.0,
    "VDI_CS": 140.0,
    "AD_CORP": 6.0,
    "sso-gw": 48.0,
    "SAP_ERP": 390.0,
    "SCM_APS": 680.0,
    "scm-portal": 230.0,
    "scm-api": 160.0,
    "shipment-notify": 70.0,
    "MESDB_F2": 3.8,
    "MESDB_F3": 4.4,
    "MCSDB_F2": 2.9,
    "EESDB_F2": 7.5,
    "EESDB_F3": 6.2,
    "FMSDB_F2": 11.0,
    "FMSDB_F3": 12.5,
    "RMSDB": 2.6,
    "SPCDB": 5.4,
    "YMSDB": 9.5,
    "edl-hms": 4.1,
    "HANA_ERP": 2.2,
    "azsql-scm": 3.1,
    "redis-rtd-f2": 0.42,
    "redis-rtd-f3": 0.38,
    "redis-yield": 0.55,
    "redis-scm": 0.9,
    "TIBEMS_F2": 1.9,
    "TIBEMS_F3": 1.7,
    "kafka-fab": 4.2,
    "sb-scm": 11.0,
    "F2ADC01": 0.9,
    "F3ADC01": 1.1,
    "PG-F5-01": 1.4,
    "agw-scm": 3.2,
}


def _ems_memory(ts: datetime, base: float, rng: random.Random) -> float:
    """TIBEMS_F2's message memory: pending messages of the orphaned durable from the restart until the limit."""
    if ts < EMS_RESTART:
        return base
    span = (I7["start"] - EMS_RESTART).total_seconds()
    p = min(1.0, (ts - EMS_RESTART).total_seconds() / span)
    v = base + (96.8 - base) * p**1.6
    if ts >= I7["start"]:
        v = 97.6 + rng.gauss(0, 0.3)
    return v


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 12),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(2, 8),
        "load_balancer": rng.uniform(1, 6),
    }.get(kind, rng.uniform(40, 240))
    if name in GATEWAYS:
        rt0 = rng.uniform(90, 220)  # a track-in / what-next round trip from the bay
    rt0 = RT0.get(name, rt0)
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(18, 36)
    mem0, mem_swing = QUEUE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if name in GATEWAYS and inc["id"] in ("I1", "I4", "I5", "I7"):
                req *= 1 - 0.55 * r  # tools idle, fewer track-ins
            if inc is I5 and name == "OHTC_F2":
                req *= 1 - 0.7 * r
            if inc is I3 and name == "kafka-fab":
                req *= 1 - 0.65 * r
            if inc is I7 and name in ("FABMES_F2", "TIBEMS_F2"):
                req *= 1 - 0.45 * r
            if inc is I2 and name in ("FABMES_F3", "MESDB_F3"):
                req *= 1 - 0.8 * r
        if name == "CGW-F2-L4-B02":  # tools being installed: test lots only
            req *= 0.06
        if name == "ptc-watch-f2":  # particle alarms while a tool's doors are open for PM
            err += 3.2 * ramp(ts, *PARTICLE_PM, rise=5, fall=5)
        if name == "upw-watch-f3":  # resistivity alarms during the RO membrane change
            err += 2.6 * ramp(ts, *UPW_RO, rise=5, fall=5)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in QUEUE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "TIBEMS_F2":
                mem = _ems_memory(ts, mem, rng)
            if name == "redis-rtd-f2":
                mem += 6 * sum(_bump(seoul_hour(ts), s + 0.3, 0.2) for s in SHIFTS)  # the snapshot reloads
                mem += (99.2 + rng.gauss(0, 0.2) - mem) * ramp(ts, I1["start"], I1["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """Shift handovers, the nightly batches and backups, and the PG-F5-01 certificate warning."""
    rows = []
    crews = "ABCD"
    days = [*range(23, 31), 1, 2, 3]
    for k, d in enumerate(days):
        for j, hh in enumerate((6, 14, 22)):
            a, b = crews[(k * 3 + j) % 4], crews[(k * 3 + j + 1) % 4]
            rows.append((d, hh, 0, "FABMES_F2", "info", "shift_change", f"교대 인수인계 {a}조 → {b}조"))
            rows.append((d, hh, 0, "FABMES_F3", "info", "shift_change", f"교대 인수인계 {a}조 → {b}조"))
        rows.append((d, 0, 30, "HANA_ERP", "info", "backup", "Complete data backup started (Backint)"))
        rows.append((d, 1, 0, "edl-spark", "info", "batch_job", "daily_fab_etl 시작"))
        rows.append((d, 3, 35, "edl-spark", "info", "batch_job", "daily_fab_etl 완료"))
        if d != 25:
            rows.append(
                (d, 1, 30, "MESDB_F3", "info", "backup", "RMAN archivelog backup (delete input) 완료")
            )
        rows.append((d, 1, 30, "MESDB_F2", "info", "backup", "RMAN archivelog backup (delete input) 완료"))
        rows.append((d, 4, 0, "YMS_CORE", "info", "batch_job", "wafer-map summary 배치 시작"))
        if d != 3:
            rows.append((d, 5, 50, "YMS_CORE", "info", "batch_job", "wafer-map summary 배치 완료"))
        rows.append((d, 4, 0, "SCM_APS", "info", "batch_job", "daily plan run 시작"))
        rows.append((d, 4, 55, "SCM_APS", "info", "batch_job", "daily plan run 완료 (제약 기반 계획)"))
        left = (datetime(2026, 12, 17) - (datetime(2026, 11, d) if d >= 20 else datetime(2026, 12, d))).days
        rows.append(
            (
                d,
                9,
                0,
                "PG-F5-01",
                "warning",
                "cert_expiry",
                f"SSL certificate yield.hgsemi.co.kr expires in {left} days (2026-12-17)",
            )
        )
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (23, 15, 0, "CGW-F2-L4-B02", "info", "maintenance", "F2-L4-B02 CMP 신규 설비 반입/셋업 시작 (테스트 랏만 진행)"),
    (23, 16, 10, "FABMES_QA", "info", "deployment", "FABMES_QA 5.3.3-rc1 설치 (Fab2 5.3 업그레이드 검증)"),
    (24, 9, 40, "PGLOG01", "warning", "threshold_breach", "disk_usage above 60% on /opt/splunk/var"),
    (25, 10, 22, "ptc-watch-f2", "warning", "particle_alarm", "F2-L3-B08 0.1um 파티클 카운트 상한 초과 (설비 PM 도어 개방)"),
    (25, 11, 5, "ptc-watch-f2", "info", "recovery", "F2-L3-B08 파티클 정상 복귀"),
    (25, 14, 30, "yield-api-dev", "info", "deployment", "yield-api-dev 3.5.0-SNAPSHOT 배포"),
    (26, 15, 0, "SAP_ERP", "info", "deployment", "transport HSPK901877 imported (자재 마스터 필드 추가)"),
    (27, 9, 45, "PGLOG01", "warning", "threshold_breach", "disk_usage above 65% on /opt/splunk/var"),
    (29, 3, 10, "hpc-opc", "info", "job", "OPC 풀칩 런 (N3 메탈1) 완료 4,096코어 x 7h"),
    (30, 9, 30, "upw-watch-f2", "info", "deployment", "upw-watch-f2 1.4.0 배포 (TOC 분석기 추가)"),
    (1, 9, 0, "hpc-cn002", "info", "maintenance", "hpc-cn002 DIMM 교체 위해 drain (Slurm)"),
    (1, 10, 2, "upw-watch-f3", "warning", "water_quality", "Fab3 UPW 비저항 17.6 MΩ·cm 경고 (RO 멤브레인 교체 작업)"),
    (1, 11, 25, "upw-watch-f3", "info", "recovery", "Fab3 UPW 비저항 18.2 MΩ·cm 정상"),
    (1, 14, 20, "reticle-track", "info", "deployment", "reticle-track 2.3.0 배포 (EUV 펠리클 이력)"),
    (2, 9, 20, "PGLOG01", "warning", "threshold_breach", "disk_usage above 70% on /opt/splunk/var"),
    (2, 16, 40, "scm-api", "info", "deployment", "scm-api 4.7.1 배포 (웨이퍼 아웃 ETA 필드)"),
    # I1 (Tuesday, 14:00 shift change)
    (24, 13, 20, "RTD_F2", "info", "deployment", "디스패칭 룰 DR-PHOTO-17 변경 배포 (EUV 레티클 우선순위)"),
    (24, 13, 52, "redis-rtd-f2", "warning", "fork", "Background saving started by pid 28114, fork took 2.9 s"),
    (24, 13, 56, "redis-rtd-f2", "major", "memory", "used_memory 23.8G / maxmemory 24G, latency spike 2,870 ms"),
    (24, 14, 2, "RTD_F2", "major", "timeout", "WIP snapshot read timeout (redis), dispatch cycle 30s -> 410s"),
    (24, 14, 8, "CGW-F2-L3-B07", "warning", "idle", "what-next 응답 없음, 스캐너 6대 idle"),
    (24, 14, 9, "CGW-F2-L3-B12", "warning", "idle", "what-next 응답 없음, CVD 4대 idle"),
    (24, 14, 11, "CGW-F2-L3-B08", "warning", "idle", "what-next 응답 지연"),
    (24, 14, 12, "CGW-F2-L4-B05", "warning", "idle", "퍼니스 배치 구성 대기 (RTD 응답 없음)"),
    (24, 14, 38, "redis-rtd-f2", "info", "config_change", "save \"\" (RDB 스냅샷 replica로 이전), maxmemory 24G -> 32G"),
    (24, 14, 50, "RTD_F2", "info", "recovery", "dispatch cycle 31s 정상"),
    # I2 (Thursday, night)
    (25, 1, 32, "MESDB_F3", "warning", "backup", "RMAN-03009: failure of backup command on ORA_DISK_1 (archivelog), ORA-19502"),
    (26, 1, 0, "FABMES_F3", "info", "batch_job", "랏 이력 purge 배치 시작 (90일 이전, 1,200만 건)"),
    (26, 2, 6, "MESDB_F3", "warning", "space", "db_recovery_file_dest_size 2048G 99% used"),
    (26, 2, 11, "MESDB_F3", "critical", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved."),
    (26, 2, 16, "FABMES_F3", "critical", "error", "트랜잭션 커밋 대기 (log file switch (archiving needed)), 트랙인 실패"),
    (26, 2, 22, "RTD_F3", "major", "error", "MES WIP 조회 실패"),
    (26, 2, 23, "CGW-F3-L1-B03", "major", "error", "TRACK-IN 거부 (MES 응답 없음)"),
    (26, 2, 24, "CGW-F3-L1-B04", "major", "error", "TRACK-IN 거부 (MES 응답 없음)"),
    (26, 2, 25, "CGW-F3-L2-B09", "major", "error", "TRACK-IN 거부 (MES 응답 없음)"),
    (26, 2, 26, "CGW-F3-L2-B10", "warning", "error", "TRACK-OUT 지연"),
    (26, 2, 28, "ATE-GW-F3", "warning", "error", "테스트 결과 MES 보고 실패, 로컬 큐 적재"),
    (26, 2, 31, "wip-api", "warning", "error", "Fab3 WIP 조회 타임아웃"),
    (26, 2, 55, "MESDB_F3", "info", "config_change", "백업된 archive log 삭제, db_recovery_file_dest_size 2048G -> 3072G"),
    (26, 3, 10, "FABMES_F3", "info", "recovery", "트랙인 정상화"),
    # I3 (Saturday, weekend)
    (27, 18, 30, "kafka-fab", "info", "config_change", "topic fdc.trace.raw retention.bytes 200GB -> -1 (무제한), retention.ms 72h"),
    (28, 9, 0, "edl-ingest", "info", "maintenance", "HDFS 롤링 업그레이드, HDFS sink 커넥터 일시 중지"),
    (28, 16, 31, "kafka-fab", "warning", "disk", "kfk-b02 /data/kafka 97% used"),
    (28, 16, 42, "kafka-fab", "critical", "broker", "Broker 2 log dir /data/kafka offline (No space left on device), 118 partitions under min ISR"),
    (28, 16, 47, "EES_F2", "major", "error", "FDC trace publish 실패 NOT_ENOUGH_REPLICAS, 로컬 버퍼 적재"),
    (28, 16, 48, "EES_F3", "major", "error", "FDC trace publish 실패 NOT_ENOUGH_REPLICAS"),
    (28, 16, 50, "ptc-watch-f2", "major", "error", "파티클 데이터 전송 실패 (kafka)"),
    (28, 16, 51, "upw-watch-f2", "warning", "error", "수질 데이터 전송 지연"),
    (28, 16, 52, "ptc-watch-f3", "warning", "error", "파티클 데이터 전송 실패 (kafka)"),
    (28, 16, 55, "spc-alarm", "warning", "error", "OOC 이벤트 consume 지연"),
    (28, 16, 58, "edl-ingest", "major", "error", "source topic unavailable"),
    (28, 17, 25, "kafka-fab", "info", "config_change", "fdc.trace.raw retention.bytes 200GB 복구, broker 2 재기동"),
    (28, 17, 40, "EES_F2", "info", "recovery", "버퍼 재전송 완료"),
    # I4 (Monday, 22:00 shift change)
    (30, 21, 30, "NTAP-CIM01", "info", "config_change", "SnapMirror 관계 생성 vol_rms_body -> 판교 DR (baseline 전송 시작)"),
    (30, 21, 40, "RMS_MAIN", "info", "deployment", "EUV 레시피 세트 v47 일괄 승인/배포 (1,840건)"),
    (30, 21, 51, "NTAP-CIM01", "major", "latency", "aggr1_cim01 back-to-back CP, NFS latency 2,400 ms"),
    (30, 21, 57, "RMS_MAIN", "major", "timeout", "recipe body read timeout (NFS), PP-SELECT 검증 실패"),
    (30, 22, 4, "CGW-F2-L3-B07", "major", "recipe", "PP-SELECT 실패: 레시피 다운로드 타임아웃, 랏 시작 보류"),
    (30, 22, 5, "CGW-F3-L1-B03", "major", "recipe", "PP-SELECT 실패: 레시피 다운로드 타임아웃"),
    (30, 22, 6, "CGW-F2-L3-B08", "warning", "recipe", "레시피 검증 지연"),
    (30, 22, 7, "CGW-F3-L1-B04", "warning", "recipe", "레시피 검증 지연"),
    (30, 22, 8, "CGW-F2-L4-B05", "warning", "recipe", "레시피 다운로드 재시도"),
    (30, 22, 9, "CGW-F3-L2-B09", "warning", "recipe", "레시피 다운로드 재시도"),
    (30, 22, 35, "NTAP-CIM01", "info", "config_change", "SnapMirror throttle 200MB/s, 스냅샷 정리"),
    (30, 22, 50, "RMS_MAIN", "info", "recovery", "레시피 다운로드 정상"),
    (30, 23, 40, "TIBEMS_F2", "info", "restart", "EMS 서버 재기동 (정기 패치 8.6.0 HF3), durable 212개 복원"),
    # I5 (Wednesday night into Thursday)
    (2, 22, 30, "OHTC_F2", "info", "config_change", "OHT 레이아웃 맵 v118 적용 (F2-L4 신규 레일 구간)"),
    (2, 23, 18, "F2OHTC01", "major", "hardware", "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_Ha#0_Chan#2_DIMM#0"),
    (2, 23, 24, "F2OHTC01", "critical", "kernel", "watchdog: BUG: soft lockup - CPU#14 stuck for 23s"),
    (2, 23, 27, "OHTC_F2", "critical", "comm_fail", "OHT 212/720대 통신 두절, 구간 정지"),
    (2, 23, 33, "MCS_F2", "major", "timeout", "반송 명령 타임아웃 1,940건 (OHT 응답 없음)"),
    (2, 23, 40, "RSTK_F2", "warning", "error", "레티클 반출 대기 (반송 불가)"),
    (2, 23, 41, "CGW-F2-L3-B07", "warning", "carrier_wait", "로드포트 FOUP 도착 지연"),
    (2, 23, 42, "CGW-F2-L3-B12", "warning", "carrier_wait", "로드포트 FOUP 도착 지연"),
    (3, 0, 5, "OHTC_F2", "info", "failover", "OHT 컨트롤러 예비 서버로 절체 (standby)"),
    (3, 0, 20, "MCS_F2", "info", "recovery", "반송 정상화, 적체 명령 처리 완료"),
    # I6 (Thursday morning)
    (3, 6, 30, "yield-portal", "info", "deployment", "yield-portal 2.21.0 배포 (웨이퍼맵 뷰어 개편)"),
    (3, 6, 40, "YMS_CORE", "warning", "batch_job", "wafer-map summary 배치 지연 (진행률 64%, 평소 05:50 종료)"),
    (3, 6, 52, "YMSDB", "major", "io_saturation", "cell single block physical read avg 48 ms, smart scan 0%, top SQL 7gk2x9m (WAFERMAP_SUM)"),
    (3, 6, 58, "YMS_CORE", "major", "slow_response", "웨이퍼맵 조회 p95 14,800 ms"),
    (3, 7, 2, "stdf-loader", "warning", "error", "YMS 적재 지연, 파일 큐 3,400개"),
    (3, 7, 6, "yield-api", "critical", "error", "HTTP 504 비율 41% (YMS 응답 없음)"),
    (3, 7, 10, "yield-portal", "major", "error", "수율 회의 대시보드 로딩 실패"),
    (3, 7, 38, "YMSDB", "info", "config_change", "WAFERMAP_SUM 세션 kill, 통계 수집 (DBMS_STATS), SQL profile 적용"),
    (3, 7, 50, "yield-api", "info", "recovery", "응답 정상"),
    # I7 (ongoing)
    (3, 8, 30, "TIBEMS_F2", "warning", "pending", "durable fdc.legacy.f2 (client OLD_FDC_F2) pending 2,140,000 msgs, 3.3 GB"),
    (3, 9, 50, "FABMES_F2", "info", "deployment", "FABMES_F2 5.2.14 hotfix 3 배포 (홀드 사유 코드)"),
    (3, 10, 4, "TIBEMS_F2", "critical", "memory", "max_msg_memory 4 GB reached, flow control engaged on lot.* producers"),
    (3, 10, 9, "FABMES_F2", "critical", "error", "EMS publish blocked, TRACK-IN 트랜잭션 타임아웃"),
    (3, 10, 11, "MCS_F2", "major", "error", "반송 이벤트 publish 지연 (EMS flow control)"),
    (3, 10, 18, "RTD_F2", "major", "error", "WIP 이벤트 수신 지연, 디스패치 stale"),
    (3, 10, 20, "CGW-F2-L3-B07", "major", "error", "TRACK-IN 응답 타임아웃"),
    (3, 10, 21, "CGW-F2-L3-B08", "major", "error", "TRACK-IN 응답 타임아웃"),
    (3, 10, 23, "CGW-F2-L3-B12", "warning", "error", "TRACK-OUT 지연"),
    (3, 10, 24, "CGW-F2-L4-B05", "warning", "error", "TRACK-IN 응답 타임아웃"),
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
    generate(NAME, "semiconductor-fab", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
