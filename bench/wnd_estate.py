"""Generate the wind power operator estate (tests/fixtures/wind-farm/, interchange format) and its faults.

A Korean offshore and onshore wind power operator (한바람에너지, 풍력발전 4개 단지, 약 306 MW): the offshore farms
서남해 (`SN`, 20 × 8 MW, SCADA on the offshore substation platform reached over the microwave link `mw-sn-oss` with
the satellite backup `vsat-sn-oss`) and 한림 (`HL`, Jeju, 9 × 5.5 MW over `mpls-hl`), the onshore farms 태백 (`TB`)
and 영덕 (`YD`); per farm the turbine controller rings/groups, the farm SCADA servers and SCADA, the park power
controller (PPC), the substation RTU and a protection relay, met masts and lidars; the control centre in 대전
(통합관제센터) with the fleet SCADA `FLEET-SCADA`, the OPC UA gateways from the offshore farms, the AVEVA PI
historian `PI-DJ-ARC`, the OT Kafka `kfk-ot-dj`, the ICCP link to KPX `ICCP-GW`, the curtailment interface
`curtail_if`; power trading (KPX 하루전시장 bidding `kpx_bid_gw`, the generation forecast `gen_forecast` for the
재생에너지 예측제도, SMP/REC settlement `rec_settle`) on PostgreSQL `tradedb01` and Redis `redis-trade-dj`; the
NWP and marine weather feeds in Azure; condition monitoring (vibration and gearbox oil ingest over the Event Hubs
namespace `evh-wind-telemetry` into Azure Data Explorer, ML scoring, the CMS alarm API and weekly retraining); drone
blade inspection (upload from the 군산 O&M base, GPU inference, the image pipeline and reports); crew transfer vessel
scheduling `ctv_sched` and POB tracking on SQL Server `crewdb01`; SAP S/4HANA `erp_sap` on HANA, IBM Maximo
`wo_maximo` on Oracle `wodb01` with the technicians' mobile app and the spare-parts warehouse; the ops portal and
the daily KPI report; the DR site in 광주 (PI collective member, PostgreSQL standby). Sites 대전 통합관제센터, 광주
DR센터, 서남해 해상변전소, 한림 해상풍력단지, 태백 풍력단지, 영덕 풍력단지, 군산 O&M기지, Azure 한국중부; environments
prod, stg, dev; owners are teams.

Naming (unlike the earlier estates): OT equipment and OT applications in upper case with the farm code (`SN-TC-RING1`
turbine controller ring, `SN-RTU-OSS`, `SN-PR-87T1` relay by ANSI function, `SN-MET-M1`, `HL-LIDAR-N1`,
`SN-SCADA`, `HL-PPC`, `FLEET-SCADA`, `ICCP-GW`, `PI-DJ-ARC`), farm servers by site and role in lower case
(`sn-oss-scd01`, `hl-sub-scd01`), IT applications in snake_case by business function (`kpx_bid_gw`,
`gen_forecast`, `cms_vib_ingest`, `ctv_sched`, `wo_maximo`), control-centre VMs by number only (`rccvm101`, the role
is an attribute), bare metal by site and role (`djbm-kfk02`, `gjbm-pg01`), numbered databases (`tradedb01`,
`wodb01`, `crewdb01`), Azure resource-style names (`evh-wind-telemetry`, `adx-cms-krc`, `st-bladeimg-krc`,
`agw-wind-krc`, AKS nodes `aks-cmspool-38291745-vmss000002`) and links by medium and far end (`mw-sn-oss`,
`vsat-sn-oss`, `mpls-hl`, `er-azure-dj`).

Seven injected incidents (times KST; now = Thursday 2028-11-16 10:50, just after the day-ahead bid deadline; the
window is the 10 days before; the OT load follows the weather (a storm front on Wednesday 8 evening, a winter
monsoon surge on Sunday 12 afternoon and a windy Monday 13 evening, a calm Saturday 11), trading has the 10:00 day-ahead bid deadline and
hourly real-time forecast updates, field work and CTV sailings run 06:00–18:00 when the sea allows, offices
08:30–18:30 on weekdays, the NWP feed four times a day):
  W1 Tue 07 09:25–10:20  before the 10:00 bid deadline the materialized-view refresh on tradedb01 (moved to 09:20
                         on Monday) holds an AccessExclusiveLock on the SMP table: kpx_bid_gw (loudest, 3.8.0
                         deployed at 09:05) misses the deadline, gen_forecast and rec_settle wait on locks
  W2 Wed 08 20:40–21:35  in the storm front the microwave link mw-sn-oss to the offshore substation fades (ACM down
                         to QPSK, packet loss): opcua-gw-sn, cms_edge_sn (loudest, deployed at 20:15), FLEET-SCADA
  W3 Fri 10 02:10–03:05  PI-DJ-ARC shifts its archive (the size was doubled on Thursday) during the Veeam snapshot of
                         HIST-DJ-01: FLEET-SCADA, gen_forecast (loudest, deployed Thursday 17:00), kpx_bid_gw
  W4 Sat 11 14:00–14:55  the new CMS sensor firmware on SN-TC-RING1 bursts high-rate vibration data and the Event
                         Hubs namespace evh-wind-telemetry throttles (ServerBusy): cms_vib_ingest (loudest, deployed
                         at 13:40), cms_oil_ingest, cms_ml_score
  W5 Mon 13 06:10–07:05  at the morning CTV dispatch the transaction log of crewdb01 is full (log backups failing
                         since the NAS share clean-up on Sunday): ctv_sched (loudest, deployed Sunday 22:00),
                         pob_tracker, mobile_wo
  W6 Wed 15 18:30–19:25  (yesterday evening) the RAID battery relearn on djbm-kfk02 turns write-back off: kfk-ot-dj
                         and redis-trade-dj stall on fsync, kpx_bid_gw (loudest, 3.8.2 deployed at 18:10)
  W7 Thu 16 10:05–now    the fast recovery area of wodb01 fills (RMAN archivelog backups failing since the channel
                         change on Monday) and the archiver stops (ORA-00257): wo_maximo (loudest), spares_wms,
                         mobile_wo (4.1.0 deployed at 09:40) (ongoing)
Confounders: the weather-driven OT load and the storm, the bid deadline and the hourly forecast updates, the nightly
backups, deploys on victims before most incidents, the shared Kafka/Redis host, `YD-PR-87T1` (relay test) and
`HL-LIDAR-N1` (calibration) in maintenance, the retired `WINDCAP-SN`, the DR historian `HIST-GJ-01`'s disk creeping
up, the KPX bidding certificate on kpx_bid_gw expiring on 2028-11-24 (warned daily), Jeju curtailment orders for
HL at the weekend.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/wnd_golden.py) are computed from the files.

    .venv/bin/python bench/wnd_estate.py   # rewrites tests/fixtures/wind-farm*
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

NAME = "wind-farm"
NOW = datetime(2028, 11, 16, 1, 50, tzinfo=UTC)  # Thursday 2028-11-16 10:50 KST
START = NOW - timedelta(days=10)  # Monday 2028-11-06 10:50 KST
SEED = 20281116
SITES = {
    "D": "대전 통합관제센터", "R": "광주 DR센터", "S": "서남해 해상변전소", "J": "한림 해상풍력단지",
    "T": "태백 풍력단지", "Y": "영덕 풍력단지", "G": "군산 O&M기지", "Z": "Azure 한국중부",
}  # fmt: skip
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

SCADA, GRID, TRADE, CMS = "SCADA운영파트", "계통연계팀", "power-trading", "cms-analytics"
DRONE, MARINE, ERP, MAINT = "블레이드점검파트", "marine-ops", "경영정보팀", "정비기술팀"
INFRA, NET, DBA, CLOUD, OTSEC = "it-infra", "통신망팀", "데이터플랫폼팀", "cloud-ops", "OT보안파트"
GEN = "발전운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- farm OT: 서남해 (offshore)
    "SN-SCADA": ("service", SCADA, "S", "P", ["sn-oss-scd01", "sn-oss-scd02"],
                 ["SN-TC-RING1", "SN-TC-RING2", "SN-RTU-OSS", "SN-MET-M1"],
                 {"desc": "서남해 해상풍력 단지 SCADA (WTG 20기 감시/제어)", "product": "두산에너빌리티 WinSCADA 4.2",
                  "version": "4.2.7", "wtg": 20, "redundancy": "hot-standby", "protocol": "OPC UA, Modbus TCP",
                  "farm_code": "SN"}),
    "SN-PPC": ("service", SCADA, "S", "P", ["sn-oss-scd01"], ["SN-SCADA", "SN-RTU-OSS"],
               {"desc": "서남해 단지 출력제어기 (Park Power Controller, 유효/무효전력 지령)", "product": "Bachmann PPC",
                "version": "2.1.4", "ramp_rate_mw_min": 8, "pcc_kv": 154, "q_control": "전압제어 (V-Q droop)"}),
    "opcua-gw-sn": ("service", SCADA, "S", "P", ["sn-oss-scd02"], ["SN-SCADA", "mw-sn-oss"],
                    {"desc": "서남해 SCADA → 대전 관제 OPC UA 게이트웨이", "product": "Kepware KEPServerEX 6.15",
                     "version": "6.15.154", "tags": 42000, "publish_interval_ms": 1000}),
    "cms_edge_sn": ("service", CMS, "S", "P", ["sn-oss-scd02"], ["mw-sn-oss", "evh-wind-telemetry"],
                    {"desc": "서남해 CMS 엣지 수집 (진동/오일 센서 → Event Hubs)", "product": "Azure IoT Edge 1.5",
                     "version": "2.3.1", "sensors": 160}),
    # ---------------------------------------------------------------- farm OT: 한림 (offshore, Jeju)
    "HL-SCADA": ("service", SCADA, "J", "P", ["hl-sub-scd01", "hl-sub-scd02"], ["HL-TC-RING1", "HL-RTU-SUB"],
                 {"desc": "한림 해상풍력 단지 SCADA (WTG 9기)", "product": "Siemens Gamesa SGRE SCADA (WPS)",
                  "version": "8.3.2", "wtg": 9, "redundancy": "hot-standby", "farm_code": "HL"}),
    "HL-PPC": ("service", SCADA, "J", "P", ["hl-sub-scd01"], ["HL-SCADA", "HL-RTU-SUB"],
               {"desc": "한림 단지 출력제어기 (제주 계통 출력제한 지령 수행)", "product": "SGRE Park Pilot",
                "version": "5.0.3", "ramp_rate_mw_min": 5, "pcc_kv": 154}),
    "opcua-gw-hl": ("service", SCADA, "J", "P", ["hl-sub-scd02"], ["HL-SCADA", "mpls-hl"],
                    {"desc": "한림 SCADA → 대전 관제 OPC UA 게이트웨이", "product": "Kepware KEPServerEX 6.15",
                     "version": "6.15.154", "tags": 17500, "publish_interval_ms": 1000}),
    # ---------------------------------------------------------------- farm OT: 태백, 영덕 (onshore)
    "TB-SCADA": ("service", SCADA, "T", "P", ["tb-sub-scd01"], ["TB-TC-GRP1", "TB-RTU-SUB", "TB-MET-M1"],
                 {"desc": "태백 육상풍력 단지 SCADA (WTG 12기)", "product": "유니슨 U-SCADA", "version": "3.9.0",
                  "wtg": 12, "farm_code": "TB"}),
    "YD-SCADA": ("service", SCADA, "Y", "P", ["yd-sub-scd01"], ["YD-TC-GRP1", "YD-RTU-SUB"],
                 {"desc": "영덕 육상풍력 단지 SCADA (WTG 16기)", "product": "유니슨 U-SCADA", "version": "3.7.2",
                  "wtg": 16, "farm_code": "YD"}),
    # ---------------------------------------------------------------- control centre: fleet, grid
    "FLEET-SCADA": ("service", SCADA, "D", "P", ["rccvm111"],
                    ["opcua-gw-sn", "opcua-gw-hl", "TB-SCADA", "YD-SCADA", "PI-DJ-ARC", "kfk-ot-dj"],
                    {"desc": "통합관제 SCADA (4개 단지 57기 통합 감시, 경보, 출력 집계)", "product": "Bazefield 10",
                     "version": "10.4.1", "farms": 4, "wtg_total": 57, "alarm_points": 96000}),
    "ICCP-GW": ("service", GRID, "D", "P", ["rccvm112"], ["SN-RTU-OSS", "HL-RTU-SUB", "TB-RTU-SUB", "YD-RTU-SUB"],
                {"desc": "KPX EMS ICCP(TASE.2) 연계 (실시간 계량/차단기 상태 전송)", "product": "Triangle MicroWorks SCADA Data Gateway",
                 "version": "5.2.1", "bilateral_table": "HBE-KPX-BLT-07", "points": 1840, "cert_expiry": "2029-03-31"}),
    "curtail_if": ("service", GRID, "D", "P", ["rccvm101"], ["ICCP-GW", "SN-PPC", "HL-PPC"],
                   {"desc": "출력제어 지시 연계 (KPX/한전 급전지시 → 단지 PPC 설정값)", "version": "1.6.0",
                    "product": "자체개발 (Python 3.11)", "targets": "SN-PPC, HL-PPC"}),
    # ---------------------------------------------------------------- power trading, forecasting, weather
    "kpx_bid_gw": ("service", TRADE, "D", "P", ["rccvm101"], ["gen_forecast", "tradedb01", "redis-trade-dj"],
                   {"desc": "KPX 하루전시장 입찰 및 실시간 예측 갱신 게이트웨이", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                    "version": "3.8.2", "bid_deadline": "10:00 (D-1)", "generator_ids": 4,
                    "kpx_member_code": "HBE-2291", "cert_expiry": "2028-11-24"}),
    "gen_forecast": ("service", TRADE, "D", "P", ["rccvm102"],
                     ["nwp_ingest", "met_lidar_qc", "PI-DJ-ARC", "tradedb01", "kfk-ot-dj"],
                     {"desc": "재생에너지 발전량 예측 (하루전/실시간, 예측제도 제출)", "product": "Python 3.11 (LightGBM + NWP 앙상블)",
                      "version": "5.2.0", "model": "wf-ens-v52", "nmae_target_pct": 8, "horizon_h": 38}),
    "rec_settle": ("service", TRADE, "D", "P", ["rccvm103"], ["tradedb01", "erp_sap"],
                   {"desc": "SMP/REC 정산 및 예측제도 정산금 산정", "product": "자체개발 (Java 17)", "version": "2.4.3",
                    "schedule": "평일 14:00", "rec_weight_offshore": 2.5, "rec_weight_onshore": 1.2}),
    "nwp_ingest": ("service", TRADE, "Z", "P", ["vm-nwp-krc-01"], ["st-nwp-krc"],
                   {"desc": "기상청 수치예보 (LDAPS/RDAPS GRIB2) 수신", "product": "Python 3.12 + eccodes", "version": "1.9.3",
                    "schedule": "00/06/12/18 UTC + 3h30", "resolution_km": 1.5}),
    "met_lidar_qc": ("service", TRADE, "D", "P", ["rccvm102"],
                     ["SN-MET-M1", "SN-LIDAR-F1", "TB-MET-M1", "YD-LIDAR-V1", "PI-DJ-ARC"],
                     {"desc": "기상탑/라이다 계측 품질관리 (풍속, 풍향, 난류강도, 시어)", "version": "2.0.5",
                      "product": "자체개발 (Python 3.11)", "stations": 4}),
    "marine_wx": ("service", MARINE, "Z", "P", ["vm-nwp-krc-01"], ["nwp_ingest"],
                  {"desc": "해상기상 수신 및 작업창 산출 (유의파고 Hs, 파주기, 풍속)", "version": "1.3.1",
                   "product": "Python 3.12", "hs_limit_m": 1.5, "buoys": 3}),
    # ---------------------------------------------------------------- marine logistics (군산 O&M base)
    "ctv_sched": ("service", MARINE, "G", "P", ["gsn-om-srv01"], ["crewdb01", "marine_wx", "ais_feed"],
                  {"desc": "CTV 운항/승선 스케줄 (출항 판정, 작업창, 승선명단)", "product": "자체개발 (.NET 8)",
                   "version": "2.6.0", "vessels": 3, "sov": 1, "dispatch": "매일 06:30 출항 판정"}),
    "pob_tracker": ("service", MARINE, "G", "P", ["gsn-om-srv01"], ["crewdb01", "ais_feed"],
                    {"desc": "해상 작업자 승선인원(POB) 및 위치 관리 (AIS-MOB 비콘)", "product": "자체개발 (.NET 8)",
                     "version": "1.8.2", "max_pob": 48}),
    "ais_feed": ("service", MARINE, "G", "P", ["gsn-om-srv02"], [],
                 {"desc": "AIS 수신 (CTV 3척, SOV 1척 위치)", "product": "AISHub 수신기 + 자체 디코더", "version": "0.9.4",
                  "receiver": "군산항 O&M 부두"}),
    "drone_upload": ("service", DRONE, "G", "P", ["gsn-om-srv02"], ["st-bladeimg-krc"],
                     {"desc": "드론 블레이드 점검 이미지 업로드 게이트웨이 (격납고 → Azure Blob)", "version": "1.2.0",
                      "product": "자체개발 (Go 1.22)", "drone": "DJI Matrice 350 RTK + Zenmuse P1"}),
    # ---------------------------------------------------------------- condition monitoring, drone inspection (Azure)
    "cms_vib_ingest": ("service", CMS, "Z", "P", ["aks-cmspool-38291745-vmss000002"],
                       ["evh-wind-telemetry", "adx-cms-krc"],
                       {"desc": "CMS 진동 데이터 수집 (가속도 센서 스펙트럼, 주축/기어박스/발전기 베어링)",
                        "product": "Python 3.12 (AKS)", "version": "1.14.0", "pods": 6, "consumer_group": "cg-vib"}),
    "cms_oil_ingest": ("service", CMS, "Z", "P", ["aks-cmspool-38291745-vmss000003"],
                       ["evh-wind-telemetry", "adx-cms-krc"],
                       {"desc": "기어박스 오일 상태 수집 (입자 카운터 ISO 4406, 수분, 온도)", "product": "Python 3.12 (AKS)",
                        "version": "1.6.2", "pods": 2, "consumer_group": "cg-oil"}),
    "cms_ml_score": ("service", CMS, "Z", "P",
                     ["aks-cmspool-38291745-vmss000002", "aks-cmspool-38291745-vmss000003"],
                     ["evh-wind-telemetry", "adx-cms-krc", "redis-cms-krc"],
                     {"desc": "CMS 이상탐지 ML 스코어링 (기어박스 베어링 고장 예측)", "product": "Python 3.12 (ONNX Runtime, AKS)",
                      "version": "3.1.0", "model": "gearbox-bearing-iforest-v14", "pods": 4}),
    "cms_alarm_api": ("service", CMS, "Z", "P", ["aks-cmspool-38291745-vmss000003"],
                      ["cms_ml_score", "sql-cms-krc", "wo_maximo"],
                      {"desc": "CMS 경보/케이스 API (정비 작업지시 자동 생성)", "product": "Node.js 20 (AKS)",
                       "version": "2.2.5", "pods": 3}),
    "cms_retrain": ("service", CMS, "Z", "P", ["aks-gpupool-10472213-vmss000000"], ["adx-cms-krc", "sql-cms-krc"],
                    {"desc": "CMS 모델 주간 재학습 배치", "product": "Azure ML pipeline (PyTorch 2.3)", "version": "0.8.1",
                     "schedule": "매주 일 02:00"}),
    "blade_ai_infer": ("service", DRONE, "Z", "P", ["aks-gpupool-10472213-vmss000000"], ["st-bladeimg-krc"],
                       {"desc": "블레이드 결함 검출 추론 (리딩엣지 침식, 낙뢰 손상, 균열)", "product": "Triton Inference Server 24.05",
                        "version": "3.2.0", "model": "blade-defect-yolov8x-seg-v3.2", "gpu": "NVIDIA A100 80GB"}),
    "blade_img_pipe": ("service", DRONE, "Z", "P", ["aks-cmspool-38291745-vmss000002"],
                       ["st-bladeimg-krc", "blade_ai_infer", "cosmos-blade-krc"],
                       {"desc": "드론 점검 이미지 처리 파이프라인 (정합, 타일링, 결함 집계)", "product": "Python 3.12 (Argo Workflows)",
                        "version": "2.0.7"}),
    "blade_report": ("service", DRONE, "Z", "P", ["aks-cmspool-38291745-vmss000003"],
                     ["blade_img_pipe", "cosmos-blade-krc", "wo_maximo"],
                     {"desc": "블레이드 점검 보고서 (결함 등급 Cat 1~5, 정비 연계)", "product": "Next.js 14 (AKS)",
                      "version": "1.5.1"}),
    # ---------------------------------------------------------------- ERP, maintenance, portal
    "erp_sap": ("service", ERP, "D", "P", ["rccvm121"], ["erpdb01"],
                {"desc": "ERP (회계, 구매, 자산)", "product": "SAP S/4HANA 2023 FPS01", "sid": "HBP", "client": 100}),
    "wo_maximo": ("service", MAINT, "D", "P", ["rccvm122"], ["wodb01", "erp_sap"],
                  {"desc": "설비 정비관리 (작업지시, 예방정비 PM, 자재 예약)", "product": "IBM Maximo Application Suite 9.0 (Manage)",
                   "version": "9.0.4", "assets": 6200, "pm_plans": 1430}),
    "mobile_wo": ("service", MAINT, "D", "P", ["rccvm122"], ["wo_maximo", "redis-wo-dj", "crewdb01"],
                  {"desc": "현장 정비 모바일 (작업지시 수신, 오프라인 동기화, GWO 자격 확인)", "product": "Maximo Mobile 9.0 + 자체 BFF",
                   "version": "4.1.0", "users": 140}),
    "spares_wms": ("service", MAINT, "G", "P", ["gsn-om-srv01"], ["wo_maximo", "wodb01", "erp_sap"],
                   {"desc": "군산 예비품 창고 관리 (블레이드, 기어박스, 발전기 부품 출고)", "product": "자체개발 (Java 17)",
                    "version": "1.11.3", "sku": 3850}),
    "ops_portal": ("service", GEN, "D", "P", ["rccvm131"], ["FLEET-SCADA", "PI-DJ-ARC", "rec_settle"],
                   {"desc": "운영 포털 (가동률, 이용률, 발전량, 정산 현황)", "product": "자체개발 (React + FastAPI)",
                    "version": "3.0.2", "endpoint": "ops.hanbaram-energy.co.kr"}),
    "rep_kpi_daily": ("service", GEN, "D", "P", ["rccvm103"], ["PI-DJ-ARC", "tradedb01"],
                      {"desc": "일일 발전실적 보고 배치 (전일 발전량, 가동률, 예측 오차)", "product": "Python 3.11 + cron",
                       "version": "1.4.0", "schedule": "매일 07:00"}),
    "otids_nozomi": ("service", OTSEC, "D", "P", ["rccvm112"], [],
                     {"desc": "OT 네트워크 이상탐지 (단지별 센서 수집)", "product": "Nozomi Networks CMC 24.1",
                      "version": "24.1.2", "sensors": 6}),
    # ---------------------------------------------------------------- staging, dev, retired
    "kpx_bid_gw_stg": ("service", TRADE, "D", "S", ["rccvm901"], [],
                       {"desc": "KPX 입찰 게이트웨이 (스테이징, KPX 모의시장 연계)", "version": "3.9.0-rc1"}),
    "FLEET-SCADA-QA": ("service", SCADA, "D", "S", ["rccvm901"], [],
                       {"desc": "통합관제 SCADA (QA, OT 테스트베드)", "version": "10.5.0-beta2"}),
    "gen_forecast_dev": ("service", TRADE, "D", "D", ["rccvm902"], [],
                         {"desc": "발전량 예측 (개발)", "version": "5.3.0-dev"}),
    "WINDCAP-SN": ("service", SCADA, "S", "P", [], [],
                   {"desc": "구 서남해 SCADA (WindCapture 2.x, 2027년 SN-SCADA로 교체)", "version": "2.8.1",
                    "decommissioned": "2027-09-30"}),
    # ---------------------------------------------------------------- databases
    "tradedb01": ("database", DBA, "D", "P", ["rccvm141"], [],
                  {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
                   "max_connections": 400, "replication": "streaming (tradedb02)", "size_gb": 820,
                   "desc": "입찰/예측/정산 DB"}),
    "tradedb02": ("database", DBA, "R", "P", ["gjbm-pg01"], [],
                  {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
                   "role": "hot standby", "desc": "입찰 DB DR 복제본"}),
    "PI-DJ-ARC": ("database", DBA, "D", "P", ["HIST-DJ-01"], [],
                  {"engine": "pi", "product": "AVEVA PI Data Archive 2023 SP1", "version": "3.4.470", "port": 5450,
                   "tags": 186400, "collective": "PI-HBE (primary)", "archive_gb": 64,
                   "desc": "운전 이력 히스토리안"}),
    "PI-GJ-ARC": ("database", DBA, "R", "P", ["HIST-GJ-01"], [],
                  {"engine": "pi", "product": "AVEVA PI Data Archive 2023 SP1", "version": "3.4.470", "port": 5450,
                   "tags": 186400, "collective": "PI-HBE (secondary)", "desc": "히스토리안 DR 멤버"}),
    "erpdb01": ("database", DBA, "D", "P", ["djbm-hana01"], [],
                {"engine": "hana", "version": "2.00.076", "product": "SAP HANA 2.0 SPS07", "port": 30015,
                 "memory_tb": 1.5, "desc": "S/4HANA DB"}),
    "wodb01": ("database", DBA, "D", "P", ["djbm-ora01"], [],
               {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "MXPRD",
                "port": 1521, "fra_gb": 800, "archivelog": "enabled", "desc": "Maximo DB"}),
    "crewdb01": ("database", DBA, "D", "P", ["rccvm142"], [],
                 {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Standard CU14", "port": 1433,
                  "database": "CrewOps", "recovery_model": "FULL", "desc": "승선/자격/선박 예약 DB"}),
    "adx-cms-krc": ("database", CLOUD, "Z", "P", [], [],
                    {"engine": "kusto", "product": "Azure Data Explorer", "sku": "Standard_E8ads_v5 x4",
                     "hot_cache_days": 31, "retention_days": 365, "desc": "CMS 시계열"}),
    "sql-cms-krc": ("database", CLOUD, "Z", "P", [], [],
                    {"engine": "azure-sql", "product": "Azure SQL Database", "tier": "General Purpose Gen5 8 vCore",
                     "desc": "CMS 경보/케이스"}),
    "cosmos-blade-krc": ("database", CLOUD, "Z", "P", [], [],
                         {"engine": "cosmosdb", "product": "Azure Cosmos DB for NoSQL", "max_ru": 20000,
                          "desc": "블레이드 점검 결과"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-trade-dj": ("cache", TRADE, "D", "P", ["djbm-kfk02"], [],
                       {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                        "persistence": "AOF (everysec)", "port": 6379, "desc": "입찰 세션/실시간 설정값 캐시"}),
    "redis-cms-krc": ("cache", CLOUD, "Z", "P", [], [],
                      {"engine": "redis", "version": "6.0", "product": "Azure Cache for Redis Premium P2",
                       "desc": "CMS 피처 캐시"}),
    "redis-wo-dj": ("cache", MAINT, "D", "P", ["rccvm122"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 4, "maxmemory_policy": "allkeys-lru",
                     "port": 6380, "desc": "모바일 정비 동기화 캐시"}),
    "kfk-ot-dj": ("queue", SCADA, "D", "P", ["djbm-kfk01", "djbm-kfk02"], [],
                  {"product": "Apache Kafka 3.7 (KRaft)", "brokers": 2, "topics": 64, "replication_factor": 2,
                   "port": 9093, "desc": "OT 실시간 데이터 스트림 (SCADA → 예측/관제)"}),
    "evh-wind-telemetry": ("queue", CLOUD, "Z", "P", [], [],
                           {"product": "Azure Event Hubs (Standard)", "throughput_units": 8, "auto_inflate": "off",
                            "partitions": 32, "desc": "CMS 텔레메트리 수집 네임스페이스"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-dj-web": ("D", NET, ["ops_portal", "wo_maximo", "mobile_wo"],
                  {"vendor": "F5", "model": "BIG-IP i4800", "vip": "10.40.1.10", "firmware": "17.1.1",
                   "cert_expiry": "2029-02-14"}),
    "lb-dj-trade": ("D", NET, ["kpx_bid_gw"],
                    {"vendor": "A10 Networks", "model": "Thunder 1040S", "vip": "10.40.5.10", "firmware": "6.0.4",
                     "desc": "KPX 전용망 입찰 트래픽"}),
    "agw-wind-krc": ("Z", CLOUD, ["cms_alarm_api", "blade_report"],
                     {"vendor": "Azure", "model": "Application Gateway v2 (WAF)", "endpoint": "cms.hanbaram-energy.co.kr",
                      "capacity_units": 10}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "st-bladeimg-krc": ("Z", CLOUD, {"vendor": "Azure", "model": "Blob Storage (StorageV2, Hot/Cool)",
                                     "redundancy": "ZRS", "desc": "드론 점검 원본/타일 이미지"}, []),
    "st-nwp-krc": ("Z", CLOUD, {"vendor": "Azure", "model": "Blob Storage (StorageV2, Hot)", "redundancy": "LRS",
                                "desc": "수치예보 GRIB2 보관"}, []),
    "san-dj-01": ("D", INFRA, {"vendor": "Hitachi", "model": "VSP E590", "capacity_tb": 180,
                               "desc": "HANA/Oracle/PI 블록 스토리지"}, ["HIST-DJ-01", "djbm-ora01", "djbm-hana01"]),
    "nas-dj-01": ("D", INFRA, {"vendor": "Dell", "model": "PowerScale A300", "capacity_tb": 360, "protocol": "SMB 3 / NFS 4",
                               "desc": "백업/공유 (SQL 로그 백업, 보고서)"}, ["rccvm142", "djbm-bkp01", "rccvm103"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 서남해 해상변전소 (offshore substation platform)
    "SN-TC-RING1": ("S", "P", "tc", {"device": "turbine controller ring", "turbines": 10, "wtg_range": "WTG-01~10",
                                     "turbine_model": "DS205-8MW", "rated_mw": 8.0, "controller": "Bachmann M1 MX213",
                                     "hub_height_m": 121}),
    "SN-TC-RING2": ("S", "P", "tc", {"device": "turbine controller ring", "turbines": 10, "wtg_range": "WTG-11~20",
                                     "turbine_model": "DS205-8MW", "rated_mw": 8.0, "controller": "Bachmann M1 MX213",
                                     "hub_height_m": 121}),
    "sn-oss-scd01": ("S", "P", "ot", {"role": "SN SCADA 서버 A, PPC", "model": "HPE ProLiant DL360 Gen11",
                                      "os": "Windows Server 2022"}),
    "sn-oss-scd02": ("S", "P", "ot", {"role": "SN SCADA 서버 B, OPC UA GW, CMS 엣지", "model": "HPE ProLiant DL360 Gen11",
                                      "os": "Windows Server 2022"}),
    "SN-RTU-OSS": ("S", "P", "rtu", {"device": "RTU", "vendor": "SEL", "model": "SEL-3530 RTAC",
                                     "protocol": "IEC 61850 / DNP3", "firmware": "R151-V2"}),
    "SN-PR-87T1": ("S", "P", "relay", {"device": "protection relay", "vendor": "SEL", "model": "SEL-487E",
                                       "function": "87T 주변압기 비율차동", "ied_name": "SNOSS_TR1_P1"}),
    "SN-MET-M1": ("S", "P", "met", {"device": "met mast", "logger": "Campbell CR1000X", "height_m": 100,
                                    "sensors": "컵 풍속계 4, 풍향계 2, 온습도, 기압"}),
    "SN-LIDAR-F1": ("S", "P", "met", {"device": "floating lidar", "model": "EOLOS FLS200", "link": "VSAT",
                                      "heights_m": "40-250"}),
    # 한림 해상풍력단지
    "HL-TC-RING1": ("J", "P", "tc", {"device": "turbine controller ring", "turbines": 9, "wtg_range": "WTG-01~09",
                                     "turbine_model": "SG 5.0-145", "rated_mw": 5.5, "controller": "SGRE WTC 4",
                                     "hub_height_m": 97}),
    "hl-sub-scd01": ("J", "P", "ot", {"role": "HL SCADA 서버 A, PPC", "model": "Dell PowerEdge R650",
                                      "os": "Windows Server 2019"}),
    "hl-sub-scd02": ("J", "P", "ot", {"role": "HL SCADA 서버 B, OPC UA GW", "model": "Dell PowerEdge R650",
                                      "os": "Windows Server 2019"}),
    "HL-RTU-SUB": ("J", "P", "rtu", {"device": "RTU", "vendor": "Hitachi Energy", "model": "RTU560",
                                     "protocol": "IEC 60870-5-104", "firmware": "13.4.2"}),
    "HL-PR-87T1": ("J", "P", "relay", {"device": "protection relay", "vendor": "Hitachi Energy", "model": "RET670",
                                       "function": "87T 주변압기 비율차동", "ied_name": "HLSUB_TR1_P1"}),
    "HL-LIDAR-N1": ("J", "P", "met", {"device": "scanning lidar", "model": "Vaisala WindCube Scan 400S",
                                      "heights_m": "50-300"}),
    # 태백 풍력단지
    "TB-TC-GRP1": ("T", "P", "tc", {"device": "turbine controller group", "turbines": 12, "wtg_range": "WTG-01~12",
                                    "turbine_model": "U151-4.3MW", "rated_mw": 4.3, "controller": "유니슨 UCS-3",
                                    "hub_height_m": 110}),
    "tb-sub-scd01": ("T", "P", "ot", {"role": "TB SCADA 서버", "model": "Lenovo ThinkSystem SR630 V3",
                                      "os": "Windows Server 2022"}),
    "TB-RTU-SUB": ("T", "P", "rtu", {"device": "RTU", "vendor": "LS ELECTRIC", "model": "GIPAM-3000 RTU",
                                     "protocol": "DNP3", "firmware": "2.8.1"}),
    "TB-PR-87T1": ("T", "P", "relay", {"device": "protection relay", "vendor": "LS ELECTRIC", "model": "GIPAM-3000T",
                                       "function": "87T 주변압기 비율차동", "ied_name": "TBSUB_TR1_P1"}),
    "TB-MET-M1": ("T", "P", "met", {"device": "met mast", "logger": "Campbell CR1000X", "height_m": 110,
                                    "sensors": "컵 풍속계 3, 풍향계 2, 착빙 센서"}),
    # 영덕 풍력단지
    "YD-TC-GRP1": ("Y", "P", "tc", {"device": "turbine controller group", "turbines": 16, "wtg_range": "WTG-01~16",
                                    "turbine_model": "U113-2.3MW", "rated_mw": 2.3, "controller": "유니슨 UCS-2",
                                    "hub_height_m": 80}),
    "yd-sub-scd01": ("Y", "P", "ot", {"role": "YD SCADA 서버", "model": "Lenovo ThinkSystem SR630 V2",
                                      "os": "Windows Server 2019"}),
    "YD-RTU-SUB": ("Y", "P", "rtu", {"device": "RTU", "vendor": "LS ELECTRIC", "model": "GIPAM-3000 RTU",
                                     "protocol": "DNP3", "firmware": "2.6.4"}),
    "YD-PR-87T1": ("Y", "P", "relay", {"device": "protection relay", "vendor": "LS ELECTRIC", "model": "GIPAM-3000T",
                                       "function": "87T 주변압기 비율차동", "ied_name": "YDSUB_TR1_P1"}),
    "YD-LIDAR-V1": ("Y", "P", "met", {"device": "vertical profiling lidar", "model": "ZX Lidars ZX 300",
                                      "heights_m": "10-200"}),
    # 대전 통합관제센터 VMs (Hyper-V), numbered
    "rccvm101": ("D", "P", "vm", {"role": "KPX 입찰 GW, 출력제어 연계", "zone": "IT-DMZ"}),
    "rccvm102": ("D", "P", "vm", {"role": "발전량 예측, 계측 QC", "zone": "IT"}),
    "rccvm103": ("D", "P", "vm", {"role": "정산, 일일 실적 배치", "zone": "IT"}),
    "rccvm111": ("D", "P", "vm", {"role": "통합관제 SCADA", "zone": "OT"}),
    "rccvm112": ("D", "P", "vm", {"role": "ICCP GW, OT IDS", "zone": "OT"}),
    "rccvm121": ("D", "P", "vm", {"role": "SAP S/4HANA AP", "zone": "IT"}),
    "rccvm122": ("D", "P", "vm", {"role": "Maximo, 모바일 정비", "zone": "IT"}),
    "rccvm131": ("D", "P", "vm", {"role": "운영 포털", "zone": "IT-DMZ"}),
    "rccvm141": ("D", "P", "vm", {"role": "PostgreSQL (입찰/정산)", "zone": "IT"}),
    "rccvm142": ("D", "P", "vm", {"role": "SQL Server (승선/자격)", "zone": "IT"}),
    "rccvm901": ("D", "S", "vm", {"role": "스테이징/QA 공용", "zone": "IT"}),
    "rccvm902": ("D", "D", "vm", {"role": "개발 공용", "zone": "IT"}),
    # 대전 bare metal
    "HIST-DJ-01": ("D", "P", "bare", {"role": "PI Data Archive (primary)", "model": "Dell PowerEdge R760",
                                      "rack": "DJ-C03 U18"}),
    "djbm-hana01": ("D", "P", "bare", {"role": "SAP HANA", "model": "Lenovo ThinkSystem SR850 V3", "rack": "DJ-C05 U10"}),
    "djbm-ora01": ("D", "P", "bare", {"role": "Oracle (Maximo)", "model": "Dell PowerEdge R760", "rack": "DJ-C05 U20"}),
    "djbm-kfk01": ("D", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660xs", "rack": "DJ-B02 U08",
                                      "raid": "PERC H755 RAID10"}),
    "djbm-kfk02": ("D", "P", "bare", {"role": "Kafka broker 2, Redis (입찰)", "model": "Dell PowerEdge R660xs",
                                      "rack": "DJ-B02 U10", "raid": "PERC H755 RAID10"}),
    "djbm-bkp01": ("D", "P", "bare", {"role": "Veeam 백업 프록시/리포지토리", "model": "HPE ProLiant DL380 Gen11",
                                      "rack": "DJ-D01 U04"}),
    # 광주 DR센터
    "gjvm201": ("R", "P", "vm", {"role": "DR 대기 (입찰 GW, 관제 SCADA 콜드 스탠바이)", "zone": "IT"}),
    "HIST-GJ-01": ("R", "P", "bare", {"role": "PI Data Archive (secondary)", "model": "Dell PowerEdge R750",
                                      "rack": "GJ-A02 U12"}),
    "gjbm-pg01": ("R", "P", "bare", {"role": "PostgreSQL standby", "model": "Dell PowerEdge R650", "rack": "GJ-A02 U16"}),
    # 군산 O&M기지
    "gsn-om-srv01": ("G", "P", "bare", {"role": "CTV 스케줄, POB, 예비품 창고", "model": "Dell PowerEdge T550",
                                        "rack": "GS-OM 전산실 R1"}),
    "gsn-om-srv02": ("G", "P", "bare", {"role": "AIS 수신, 드론 업로드", "model": "Dell PowerEdge T350",
                                        "rack": "GS-OM 전산실 R1"}),
    # Azure 한국중부
    "aks-cmspool-38291745-vmss000002": ("Z", "P", "aks", {"role": "AKS 노드 (CMS, 이미지 처리)", "vm_size": "Standard_D8ds_v5",
                                                          "nodepool": "cmspool", "zone": "1"}),
    "aks-cmspool-38291745-vmss000003": ("Z", "P", "aks", {"role": "AKS 노드 (CMS, 보고서)", "vm_size": "Standard_D8ds_v5",
                                                          "nodepool": "cmspool", "zone": "2"}),
    "aks-gpupool-10472213-vmss000000": ("Z", "P", "aks", {"role": "AKS GPU 노드 (블레이드 추론, 재학습)",
                                                          "vm_size": "Standard_NC24ads_A100_v4", "nodepool": "gpupool",
                                                          "zone": "1"}),
    "vm-nwp-krc-01": ("Z", "P", "azvm", {"role": "수치예보/해상기상 수신", "vm_size": "Standard_E4ds_v5", "zone": "3"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-itot-dj1": ("D", {"device": "OT/IT firewall", "vendor": "Fortinet", "model": "FortiGate 1000F (rugged zone)",
                          "firmware": "FortiOS 7.4.4", "desc": "IT-OT 경계 방화벽 (Purdue L3.5)"}),
    "sw-core-dj": ("D", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "mw-sn-oss": ("S", {"device": "microwave link", "vendor": "Ericsson", "model": "MINI-LINK 6352", "band": "E-band 80GHz",
                        "capacity": "1 Gbps", "distance_km": 23, "desc": "고창 육상변전소 ↔ 서남해 해상변전소"}),
    "vsat-sn-oss": ("S", {"device": "satellite link", "vendor": "KT SAT", "model": "Koreasat 6A Ku-band VSAT",
                          "capacity": "20 Mbps", "circuit": "KTSAT-VS-30417", "desc": "서남해 해상변전소 백업 회선"}),
    "mpls-hl": ("J", {"device": "WAN link", "vendor": "KT", "model": "MPLS VPN 200Mbps (제주-육지 해저케이블 경유)",
                      "circuit": "KT-MPLS-JJ-8812", "desc": "한림 ↔ 대전"}),
    "er-azure-dj": ("D", {"device": "ExpressRoute", "vendor": "Microsoft", "model": "ExpressRoute 1Gbps (KINX 경유)",
                          "circuit": "er-hbe-krc-01"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("mw-sn-oss", "fw-itot-dj1"),
    ("vsat-sn-oss", "fw-itot-dj1"),
    ("mpls-hl", "fw-itot-dj1"),
    ("fw-itot-dj1", "sw-core-dj"),
    ("er-azure-dj", "sw-core-dj"),
    ("lb-dj-web", "sw-core-dj"),
    ("lb-dj-trade", "sw-core-dj"),
    ("SN-LIDAR-F1", "vsat-sn-oss"),
    ("pob_tracker", "vsat-sn-oss"),
    ("drone_upload", "er-azure-dj"),
]
# fmt: on
STATUS = {"YD-PR-87T1": "maintenance", "HL-LIDAR-N1": "maintenance", "WINDCAP-SN": "retired"}
NET_PREFIX = {"D": "10.40", "R": "10.50", "S": "172.21", "J": "172.22", "T": "172.23", "Y": "172.24", "G": "10.60",
              "Z": "10.88"}  # fmt: skip


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "W1",
        "kind": "db_exclusive_lock",
        "root": "tradedb01",
        "description": "before the 10:00 day-ahead bid deadline the materialized-view refresh on tradedb01 (moved"
        " to 09:20 on Monday, REFRESH without CONCURRENTLY) holds an AccessExclusiveLock on the SMP table:"
        " kpx_bid_gw (3.8.0 deployed at 09:05, loudest) misses the deadline and the default bid applies,"
        " gen_forecast and rec_settle wait on locks, until the refresh is cancelled",
        "start": kst(7, 9, 25),
        "end": kst(7, 10, 20),
        "affected": ["tradedb01", "kpx_bid_gw", "gen_forecast", "rec_settle"],
    },
    {
        "id": "W2",
        "kind": "microwave_fade",
        "root": "mw-sn-oss",
        "description": "in Wednesday evening's storm front the E-band microwave link to the 서남해 offshore"
        " substation fades (rain fade, adaptive modulation down to QPSK, packet loss): the OPC UA gateway"
        " opcua-gw-sn reconnects over and over, cms_edge_sn (deployed at 20:15, loudest) drops telemetry and"
        " FLEET-SCADA shows stale 서남해 data, until traffic is moved to the VSAT backup and the rain passes",
        "start": kst(8, 20, 40),
        "end": kst(8, 21, 35),
        "affected": ["mw-sn-oss", "opcua-gw-sn", "cms_edge_sn", "FLEET-SCADA"],
    },
    {
        "id": "W3",
        "kind": "historian_archive_shift",
        "root": "PI-DJ-ARC",
        "description": "in the small hours of Friday PI-DJ-ARC shifts to a new archive (its size doubled on"
        " Thursday) while the Veeam snapshot of HIST-DJ-01 runs; archive writes and queries stall: FLEET-SCADA"
        " times out writing, gen_forecast (5.2.0 deployed Thursday 17:00, loudest) misses its real-time inputs"
        " and kpx_bid_gw fails the 02:00-03:00 forecast updates, until the backup is paused",
        "start": kst(10, 2, 10),
        "end": kst(10, 3, 5),
        "affected": ["PI-DJ-ARC", "FLEET-SCADA", "gen_forecast", "kpx_bid_gw"],
    },
    {
        "id": "W4",
        "kind": "event_hub_throttling",
        "root": "evh-wind-telemetry",
        "description": "on Saturday afternoon the new CMS sensor firmware on SN-TC-RING1 sends high-rate vibration"
        " bursts and the Event Hubs namespace evh-wind-telemetry runs out of throughput units (ServerBusy"
        " 50002): cms_vib_ingest (deployed at 13:40, loudest), cms_oil_ingest and cms_ml_score fall behind, until"
        " the throughput units are raised",
        "start": kst(11, 14, 0),
        "end": kst(11, 14, 55),
        "affected": ["evh-wind-telemetry", "cms_vib_ingest", "cms_oil_ingest", "cms_ml_score"],
    },
    {
        "id": "W5",
        "kind": "transaction_log_full",
        "root": "crewdb01",
        "description": "at Monday's morning CTV dispatch the transaction log of crewdb01's CrewOps database is full"
        " (log backups failing since the NAS share clean-up on Sunday, error 9002): ctv_sched (2.6.0 deployed"
        " Sunday 22:00, loudest) cannot save the go/no-go and crew lists, pob_tracker and mobile_wo fail, until"
        " the log backup is redirected and the log truncated",
        "start": kst(13, 6, 10),
        "end": kst(13, 7, 5),
        "affected": ["crewdb01", "ctv_sched", "pob_tracker", "mobile_wo"],
    },
    {
        "id": "W6",
        "kind": "raid_write_through",
        "root": "djbm-kfk02",
        "description": "on Wednesday evening the RAID controller of djbm-kfk02 starts its battery relearn cycle"
        " (re-enabled by Tuesday's firmware update) and turns write-back caching off: the Kafka broker of"
        " kfk-ot-dj falls out of the ISR, redis-trade-dj's AOF fsync stalls and kpx_bid_gw (3.8.2 deployed at"
        " 18:10, loudest) times out the real-time forecast updates, until the relearn ends",
        "start": kst(15, 18, 30),
        "end": kst(15, 19, 25),
        "affected": ["djbm-kfk02", "kfk-ot-dj", "redis-trade-dj", "kpx_bid_gw"],
    },
    {
        "id": "W7",
        "kind": "archiver_stuck",
        "root": "wodb01",
        "description": "on Thursday morning the fast recovery area of wodb01 fills up (the RMAN archivelog backups"
        " have failed every night since Monday's channel change) and the archiver stops (ORA-00257): wo_maximo"
        " (loudest) cannot save work orders, spares_wms cannot reserve parts and mobile_wo (4.1.0 deployed at"
        " 09:40) cannot sync (ongoing)",
        "start": kst(16, 10, 5),
        "end": None,
        "affected": ["wodb01", "wo_maximo", "spares_wms", "mobile_wo"],
    },
]
W1, W2, W3, W4, W5, W6, W7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 40, 'D': 60}[env]) + i // 8}.{11 + (i * 37) % 220}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.4", "Windows Server 2022", "Rocky Linux 9.4"]),
                      "vcpu": rng.choice([8, 16]), "mem_gb": rng.choice([32, 64]),
                      "hypervisor": "Hyper-V (Windows Server 2022)", "cluster": "hvc-dj01" if site == "D" else "hvc-gj01"}  # fmt: skip
        elif kind == "bare":
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10", "RHEL 9.4"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CZ2', 'J9X', 'SGH'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("djbm-hana01", "djbm-ora01", "gjbm-pg01", "HIST-DJ-01", "HIST-GJ-01"):
                owner = DBA
            if h == "djbm-hana01":
                attrs["os"] = "SLES for SAP 15 SP5"
            if h.startswith("HIST-"):
                attrs["os"] = "Windows Server 2022"
        elif kind == "aks":
            attrs |= {"os": "Azure Linux 2.0", "cluster": "aks-hbe-cms-krc", "kubelet": "1.29.7"}
            owner = CLOUD
        elif kind == "azvm":
            attrs |= {"os": "Ubuntu 22.04 LTS"}
            owner = CLOUD
        elif kind == "ot":
            attrs |= {"cores": rng.choice([16, 24]), "mem_gb": rng.choice([64, 128])}
            owner = SCADA
        elif kind == "tc":
            attrs |= {"firmware": rng.choice(["WTC 7.3.12", "WTC 7.3.14"])}
            owner = SCADA
        elif kind in ("rtu", "relay"):
            owner = GRID
        elif kind == "met":
            owner = TRADE
        if site == "G":
            owner = MARINE
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(
            ci_record(
                n,
                "host",
                "prod",
                OTSEC if n.startswith("fw-") else NET,
                SITES[site],
                {"mgmt_ip": ip, **attrs},
            )
        )
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- weather and load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


# synoptic weather: (KST day, hour, change of wind speed m/s, width in hours)
WEATHER = [
    (7, 3, 3.0, 8.0),
    (8, 21, 12.0, 4.5),  # the storm front (풍랑경보)
    (9, 6, 5.0, 6.0),
    (11, 12, -4.5, 7.0),  # calm high pressure: drone flights, CTV sailings
    (12, 15, 7.0, 8.0),  # winter monsoon surge
    (13, 20, 4.0, 6.0),
    (15, 12, 2.0, 8.0),
    (16, 8, 3.5, 5.0),
]


def wind(ts: datetime, offshore: bool = True) -> float:
    """The wind speed (m/s, hub height) at a farm at `ts`, before noise: a base, a diurnal swing (offshore small,
    peaking in the afternoon; onshore ridges stronger at night) and the passing weather systems."""
    h = seoul_hour(ts)
    v = (
        8.2 + 0.8 * math.cos((h - 15) / 24 * 2 * math.pi)
        if offshore
        else 6.8 + 1.6 * math.cos((h - 3) / 24 * 2 * math.pi)
    )
    for d, hh, dv, width in WEATHER:
        dt = (ts - kst(d, hh)).total_seconds() / 3600
        v += dv * math.exp(-(dt**2) / (2 * width**2)) * (1.0 if offshore else 0.75)
    return max(0.5, v)


def power_share(v: float) -> float:
    """Power curve: cut-in 3 m/s, rated at 12.5 m/s, cut-out 25 m/s."""
    if v < 3 or v >= 25:
        return 0.0
    return min(1.0, ((v - 3) / 9.5) ** 3)


def _ot(ts: datetime) -> float:
    """OT data and alarms follow the wind; operators add a little by day."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.22 + 0.62 * min(1.0, wind(ts) / 18) + 0.08 * (1 if 8 <= h < 19 else 0)))


def _trade(ts: datetime) -> float:
    """Trading: the day-ahead bid prepared 08:00–10:00 (deadline 10:00), hourly real-time forecast updates at
    :40–:55, settlement at 14:00 on weekdays."""
    loc, h = _local(ts), seoul_hour(ts)
    v = 0.2 + 0.1 * _bump(h, 14, 5)
    if 8 <= h < 10:
        v += 0.65 * (h - 8) / 2
    if 40 <= loc.minute < 55:
        v += 0.15
    if loc.weekday() < 5 and 14 <= h < 15:
        v += 0.3
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.08
    return 0.08 + 0.62 * (1 if 8.5 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1)


def _field(ts: datetime) -> float:
    """Field work: the 06:30 CTV dispatch and the 17:00 return, technicians out by day; less when the sea is
    rough (no sailing) and on Sundays."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if h < 5 or h >= 20:
        return 0.06
    v = 0.15 + 0.55 * _bump(h, 6.6, 0.7) + 0.35 * _bump(h, 17.0, 0.8) + 0.25 * (1 if 8 <= h < 16 else 0)
    rough = min(1.0, max(0.0, (wind(ts) - 11) / 8))
    v *= 1 - 0.45 * rough
    if wd == 6:
        v *= 0.6
    return max(0.05, min(1.0, v))


def _cms(ts: datetime) -> float:
    """Condition monitoring: turbines that turn send vibration spectra."""
    return max(0.05, min(1.0, 0.18 + 0.7 * power_share(wind(ts)) ** 0.5))


def _drone(ts: datetime) -> float:
    """Drone inspections: day flights when the wind is below 12 m/s; processing follows an hour later."""
    h = seoul_hour(ts)
    if not 9 <= h < 18.5:
        return 0.08
    calm = max(0.0, min(1.0, (13 - wind(ts - timedelta(hours=1), offshore=False)) / 6))
    return max(0.05, min(1.0, 0.1 + 0.75 * calm))


def _nwp(ts: datetime) -> float:
    """NWP arrivals: 00/06/12/18 UTC runs land at 12:30, 18:30, 00:30 and 06:30 KST."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.12 + sum(0.85 * _bump(h, a, 0.4) for a in (0.5, 6.5, 12.5, 18.5))))


def _night(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.85 if 1 <= h < 4 else 0.15


def _steady(ts: datetime) -> float:
    return 0.5


OT_SIDE = {
    "SN-SCADA", "SN-PPC", "opcua-gw-sn", "HL-SCADA", "HL-PPC", "opcua-gw-hl", "TB-SCADA", "YD-SCADA", "FLEET-SCADA",
    "ICCP-GW", "curtail_if", "met_lidar_qc", "PI-DJ-ARC", "PI-GJ-ARC", "kfk-ot-dj", "HIST-DJ-01", "HIST-GJ-01",
    "rccvm111", "rccvm112", "djbm-kfk01", "djbm-kfk02", "sn-oss-scd01", "sn-oss-scd02", "hl-sub-scd01",
    "hl-sub-scd02", "tb-sub-scd01", "yd-sub-scd01", "SN-TC-RING1", "SN-TC-RING2", "HL-TC-RING1", "TB-TC-GRP1",
    "YD-TC-GRP1", "SN-RTU-OSS", "HL-RTU-SUB", "TB-RTU-SUB", "YD-RTU-SUB", "SN-PR-87T1", "HL-PR-87T1", "TB-PR-87T1",
    "SN-MET-M1", "SN-LIDAR-F1", "TB-MET-M1", "YD-LIDAR-V1", "mw-sn-oss", "vsat-sn-oss", "mpls-hl", "fw-itot-dj1",
    "otids_nozomi",
}  # fmt: skip
TRADE_SIDE = {"kpx_bid_gw", "gen_forecast", "rec_settle", "tradedb01", "tradedb02", "redis-trade-dj", "lb-dj-trade",
              "rccvm101", "rccvm102", "rccvm103", "rccvm141", "gjbm-pg01"}  # fmt: skip
OFFICE = {"erp_sap", "erpdb01", "wo_maximo", "wodb01", "ops_portal", "lb-dj-web", "rccvm121", "rccvm122", "rccvm131",
          "djbm-hana01", "djbm-ora01", "blade_report", "sw-core-dj", "san-dj-01"}  # fmt: skip
FIELD = {"mobile_wo", "ctv_sched", "pob_tracker", "crewdb01", "ais_feed", "rccvm142", "gsn-om-srv01", "gsn-om-srv02",
         "redis-wo-dj", "spares_wms", "marine_wx"}  # fmt: skip
CMS_SIDE = {"cms_vib_ingest", "cms_oil_ingest", "cms_ml_score", "cms_alarm_api", "cms_edge_sn", "evh-wind-telemetry",
            "adx-cms-krc", "redis-cms-krc", "sql-cms-krc", "aks-cmspool-38291745-vmss000002",
            "aks-cmspool-38291745-vmss000003", "agw-wind-krc", "er-azure-dj"}  # fmt: skip
DRONE_SIDE = {"drone_upload", "blade_ai_infer", "blade_img_pipe", "st-bladeimg-krc", "cosmos-blade-krc",
              "aks-gpupool-10472213-vmss000000"}  # fmt: skip
NWP_SIDE = {"nwp_ingest", "vm-nwp-krc-01", "st-nwp-krc"}
NIGHT = {"rep_kpi_daily", "djbm-bkp01", "nas-dj-01", "cms_retrain", "gjvm201"}


def _load(name: str):
    for group, shape in (
        (OT_SIDE, _ot),
        (TRADE_SIDE, _trade),
        (OFFICE, _office),
        (FIELD, _field),
        (CMS_SIDE, _cms),
        (DRONE_SIDE, _drone),
        (NWP_SIDE, _nwp),
        (NIGHT, _night),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "W1": {0: (6.5, 2.5), 1: (3.5, 9.0), 2: (2.0, 5.0)},
    "W2": {0: (9.0, 7.0), 1: (4.0, 12.0), 2: (2.2, 6.5)},
    "W3": {0: (7.0, 4.0), 1: (3.6, 11.0), 2: (2.0, 7.0)},
    "W4": {0: (5.0, 9.0), 1: (3.0, 12.0), 2: (1.8, 6.0)},
    "W5": {0: (6.0, 5.5), 1: (3.8, 12.0), 2: (2.0, 6.0)},
    "W6": {1: (7.0, 8.0), 2: (3.2, 9.0)},
    "W7": {0: (8.0, 6.0), 1: (4.5, 13.0), 2: (2.4, 8.0)},
}
EFFECT_OVERRIDE = {
    ("W1", "kpx_bid_gw"): (5.5, 28.0),
    ("W2", "cms_edge_sn"): (4.5, 31.0),
    ("W3", "gen_forecast"): (4.8, 26.0),
    ("W4", "cms_vib_ingest"): (4.0, 33.0),
    ("W5", "ctv_sched"): (4.6, 29.0),
    ("W6", "kpx_bid_gw"): (4.2, 27.0),
    ("W7", "wo_maximo"): (6.0, 34.0),
    ("W7", "mobile_wo"): (2.6, 12.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "HIST-DJ-01", "HIST-GJ-01", "djbm-hana01", "djbm-ora01", "djbm-kfk01", "djbm-kfk02", "djbm-bkp01", "gjbm-pg01",
    "rccvm141", "rccvm142", "gsn-om-srv01", "gsn-om-srv02", "sn-oss-scd01", "sn-oss-scd02", "hl-sub-scd01",
    "tb-sub-scd01", "yd-sub-scd01", "vm-nwp-krc-01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
DEVICE_KIND = {h: kind for h, (_, _, kind, _) in HOSTS.items()}
TURBINES = {
    h: (x["turbines"], x["rated_mw"], h[:2] in ("SN", "HL")) for h, (_, _, k, x) in HOSTS.items() if k == "tc"
}
MET = {h: h[:2] in ("SN", "HL") for h, (_, _, k, _) in HOSTS.items() if k == "met"}
AVAILABILITY = {
    "SN-TC-RING1": 1.0,
    "SN-TC-RING2": 1.0,
    "HL-TC-RING1": 1.0,
    "TB-TC-GRP1": 11 / 12,
    "YD-TC-GRP1": 1.0,
}
WTG14_DOWN = (kst(9, 10, 20), kst(10, 15, 0))  # SN-TC-RING2: WTG-14 stopped (pitch bearing)
MAINTENANCE_FROM = {"YD-PR-87T1": kst(13, 9, 0), "HL-LIDAR-N1": kst(14, 10, 0)}


def _log_growth(ts: datetime) -> float:
    """How full rccvm142's log volume is pushed by the failing log backups (Sunday 12 13:00 → full at Monday
    06:10, truncated at 06:50)."""
    a, full, fixed = kst(12, 13), kst(13, 6, 10), kst(13, 6, 50)
    if ts < a or ts >= fixed + timedelta(minutes=20):
        return 0.0
    if ts < full:
        return (ts - a).total_seconds() / (full - a).total_seconds()
    if ts < fixed:
        return 1.0
    return 1 - (ts - fixed).total_seconds() / 1200


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    kind = DEVICE_KIND[name]
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if kind in ("rtu", "relay", "met"):  # embedded devices
        cpu0, mem0 = rng.uniform(6, 18), rng.uniform(22, 40)
    if name == "HIST-GJ-01":  # the DR member's archive volume creeps up (retention not applied)
        disk0, growth = 62.4, 1.45
    if name == "rccvm142":
        disk0, growth = 41.0, 0.05
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "HIST-DJ-01":  # archive shift under the backup snapshot
            cpu += 38 * ramp(ts, W3["start"] - timedelta(minutes=5), W3["end"], rise=10, fall=10)
        if name == "djbm-kfk02":  # write-through: iowait
            cpu += (91.0 + rng.gauss(0, 1.2) - cpu) * ramp(ts, W6["start"], W6["end"], rise=5, fall=10)
        if name == "rccvm142":  # the SQL log volume
            disk += (99.5 - disk) * _log_growth(ts) ** 1.6
        if name in ("aks-cmspool-38291745-vmss000002", "aks-cmspool-38291745-vmss000003"):
            cpu += 16 * ramp(ts, W4["start"], W4["end"], rise=5, fall=10)  # retry storms
        if name in MAINTENANCE_FROM and ts >= MAINTENANCE_FROM[name]:
            cpu = 1.5 + abs(rng.gauss(0, 0.4))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        if name in TURBINES:
            n, rated, offshore = TURBINES[name]
            v = wind(ts, offshore) * (1 + rng.gauss(0, 0.04))
            running = n - (1 if name == "SN-TC-RING2" and WTG14_DOWN[0] <= ts < WTG14_DOWN[1] else 0)
            mw = running * rated * AVAILABILITY[name] * power_share(v)
            if name == "HL-TC-RING1":
                mw = min(mw, _hl_cap(ts))
            row["active_power_mw"] = round(max(0.0, mw), 1)
        if name in MET and not (name in MAINTENANCE_FROM and ts >= MAINTENANCE_FROM[name]):
            row["wind_speed_ms"] = round(max(0.2, wind(ts, MET[name]) * (1 + rng.gauss(0, 0.05))), 1)
        rows += samples(ts, name, **row)
    return rows


CURTAIL = [(11, 12, 16, 20.0), (12, 11, 15, 25.0)]  # Jeju curtailment of HL: (day, from, to, cap MW)


def _hl_cap(ts: datetime) -> float:
    for d, a, z, cap in CURTAIL:
        if kst(d, a) <= ts < kst(d, z):
            return cap
    return 1e9


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"mw-sn-oss": 0.6, "vsat-sn-oss": 610.0, "mpls-hl": 9.8, "er-azure-dj": 2.2}.get(
        name, rng.uniform(0.2, 0.9)
    )
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "mw-sn-oss":  # rain and wind raise the loss a little; the fade is the incident
            loss += 0.08 * max(0.0, wind(ts) - 12)
            r = ramp(ts, W2["start"], W2["end"], rise=10, fall=10)
            rtt *= 1 + 9.0 * r * (1 + rng.gauss(0, 0.08))
            loss += 9.5 * r * (1 + rng.gauss(0, 0.08))
        if name == "vsat-sn-oss":  # carries the backup traffic during the fade
            cpu += 30 * ramp(ts, W2["start"] + timedelta(minutes=10), W2["end"], rise=5, fall=10)
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
                        response_time_ms=round(rtt, 2 if rtt < 10 else 1), error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"st-bladeimg-krc": (58, 59), "nas-dj-01": (63, 64), "san-dj-01": (54, 56)}.get(name, (30, 45))
    per_day = 0.35 if name == "st-bladeimg-krc" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "san-dj-01" else rng.uniform(1.8, 4.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "san-dj-01":
            lat *= 1 + 2.5 * ramp(ts, W3["start"] - timedelta(minutes=5), W3["end"], rise=10, fall=10)
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "SN-SCADA": 85.0, "SN-PPC": 22.0, "opcua-gw-sn": 48.0, "cms_edge_sn": 120.0, "HL-SCADA": 92.0, "HL-PPC": 25.0,
    "opcua-gw-hl": 55.0, "TB-SCADA": 78.0, "YD-SCADA": 81.0, "FLEET-SCADA": 140.0, "ICCP-GW": 35.0,
    "curtail_if": 60.0, "kpx_bid_gw": 210.0, "gen_forecast": 380.0, "rec_settle": 520.0, "nwp_ingest": 640.0,
    "met_lidar_qc": 230.0, "marine_wx": 310.0, "ctv_sched": 180.0, "pob_tracker": 95.0, "ais_feed": 30.0,
    "drone_upload": 450.0, "cms_vib_ingest": 70.0, "cms_oil_ingest": 65.0, "cms_ml_score": 160.0,
    "cms_alarm_api": 110.0, "cms_retrain": 690.0, "blade_ai_infer": 340.0, "blade_img_pipe": 560.0,
    "blade_report": 260.0, "erp_sap": 420.0, "wo_maximo": 310.0, "mobile_wo": 150.0, "spares_wms": 200.0,
    "ops_portal": 240.0, "rep_kpi_daily": 600.0, "otids_nozomi": 90.0,
    "tradedb01": 2.8, "tradedb02": 2.1, "PI-DJ-ARC": 6.5, "PI-GJ-ARC": 7.2, "erpdb01": 1.9, "wodb01": 3.6,
    "crewdb01": 2.4, "adx-cms-krc": 48.0, "sql-cms-krc": 4.1, "cosmos-blade-krc": 6.8,
    "redis-trade-dj": 0.32, "redis-cms-krc": 0.9, "redis-wo-dj": 0.4, "kfk-ot-dj": 3.4, "evh-wind-telemetry": 12.0,
    "lb-dj-web": 1.1, "lb-dj-trade": 0.8, "agw-wind-krc": 2.6,
}  # fmt: skip
REQUEST_RATE = {
    "SN-SCADA": 1800.0, "HL-SCADA": 820.0, "TB-SCADA": 640.0, "YD-SCADA": 760.0, "FLEET-SCADA": 4200.0,
    "opcua-gw-sn": 1650.0, "opcua-gw-hl": 700.0, "ICCP-GW": 310.0, "cms_edge_sn": 1400.0, "kpx_bid_gw": 85.0,
    "gen_forecast": 120.0, "met_lidar_qc": 60.0, "ctv_sched": 45.0, "pob_tracker": 70.0, "ais_feed": 40.0,
    "drone_upload": 35.0, "cms_vib_ingest": 5200.0, "cms_oil_ingest": 900.0, "cms_ml_score": 1300.0,
    "cms_alarm_api": 55.0, "blade_img_pipe": 28.0, "blade_ai_infer": 24.0, "erp_sap": 380.0, "wo_maximo": 260.0,
    "mobile_wo": 190.0, "spares_wms": 65.0, "ops_portal": 150.0,
    "tradedb01": 2400.0, "PI-DJ-ARC": 36000.0, "erpdb01": 5200.0, "wodb01": 3100.0, "crewdb01": 640.0,
    "adx-cms-krc": 980.0, "redis-trade-dj": 6500.0, "redis-wo-dj": 2100.0, "redis-cms-krc": 8800.0,
    "kfk-ot-dj": 14500.0, "evh-wind-telemetry": 7400.0, "lb-dj-web": 820.0, "lb-dj-trade": 95.0,
    "agw-wind-krc": 140.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-trade-dj": (41.0, 6.0), "redis-cms-krc": (57.0, 9.0), "redis-wo-dj": (36.0, 8.0), "kfk-ot-dj": (48.0, 10.0),
}  # fmt: skip
CPU_DB = {
    "tradedb01": (14.0, 30.0),
    "PI-DJ-ARC": (22.0, 36.0),
    "wodb01": (11.0, 28.0),
    "crewdb01": (9.0, 20.0),
}
BATCH_HOURS = {"rec_settle": (14.0, 15.0), "rep_kpi_daily": (7.0, 7.5), "cms_retrain": (2.0, 4.3)}


def _fra(ts: datetime) -> float:
    """wodb01's fast recovery area (% used): about 35 % while the nightly RMAN backups delete the archived logs,
    filling from the first failed run (Tuesday 14 01:30) until full at 10:05 on Thursday."""
    a, full = kst(14, 1, 30), W7["start"]
    if ts < a:
        return 34.0 + 9.0 * _office(ts) * 0.3
    if ts >= full:
        return 100.0
    p = (ts - a).total_seconds() / (full - a).total_seconds()
    return 36.0 + 64.0 * p**1.15


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
            if inc is W4 and name == "evh-wind-telemetry":
                req *= 1 + 2.2 * r  # the burst
            if inc is W7 and name in ("wodb01", "wo_maximo"):
                req *= 1 - 0.5 * r
            if inc is W1 and name == "tradedb01":
                req *= 1 - 0.35 * r
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
            if name == "redis-trade-dj":  # AOF rewrite buffers pile up while fsync stalls
                mem += 19 * ramp(ts, W6["start"], W6["end"], rise=10, fall=10)
            if name == "kfk-ot-dj":  # producers buffer and page cache thrash
                mem += 24 * ramp(ts, W6["start"], W6["end"], rise=10, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "PI-DJ-ARC":
                cpu += (93.5 + rng.gauss(0, 0.8) - cpu) * ramp(ts, W3["start"], W3["end"], rise=5, fall=10)
            if name == "tradedb01":
                cpu += 12 * ramp(ts, W1["start"], W1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name == "wodb01":
            row["disk_usage"] = round(min(99.9, _fra(ts) + rng.gauss(0, 0.15)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The day-ahead forecast and bid, the NWP runs, the CTV go/no-go, the KPI report, the settlement, the
    nightly backup and the bidding certificate warning."""
    rows = []
    for d in range(6, 17):
        wd = datetime(2028, 11, d).weekday()
        rows.append(
            (
                d,
                8,
                40,
                "gen_forecast",
                "info",
                "batch_job",
                "하루전 발전량 예측 산출 완료 (D+1, 4개 단지 24구간)",
            )
        )
        if d != 7:
            rows.append(
                (
                    d,
                    9,
                    52,
                    "kpx_bid_gw",
                    "info",
                    "bid_submission",
                    "하루전시장 입찰 제출 완료 (D+1, 발전기 4기, 24구간)",
                )
            )
        for hh, mm, run in ((0, 35, "12UTC"), (6, 35, "18UTC"), (12, 35, "00UTC"), (18, 35, "06UTC")):
            rows.append((d, hh, mm, "nwp_ingest", "info", "batch_job", f"LDAPS {run} 수신 완료 (GRIB2)"))
        v = wind(kst(d, 6, 30))
        go = v < 11.0
        verdict = "GO" if go else "NO-GO (풍속/파고 기준 초과)"
        if d != 13:
            rows.append(
                (
                    d,
                    6,
                    30,
                    "ctv_sched",
                    "info",
                    "dispatch",
                    f"CTV 출항 판정: {verdict}, 예상 풍속 {v:.0f} m/s",
                )
            )
        rows.append(
            (
                d,
                7,
                0,
                "rep_kpi_daily",
                "info",
                "batch_job",
                "일일 발전실적 보고서 생성 (전일 발전량, 가동률, 예측오차)",
            )
        )
        if wd < 5:
            rows.append((d, 14, 0, "rec_settle", "info", "batch_job", "SMP/REC 일일 정산 배치 시작"))
            rows.append((d, 14, 38, "rec_settle", "info", "batch_job", "SMP/REC 일일 정산 완료"))
        if d != 10:
            rows.append(
                (
                    d,
                    2,
                    0,
                    "djbm-bkp01",
                    "info",
                    "backup",
                    "Veeam 야간 백업 작업 시작 (HIST-DJ-01, djbm-hana01, rccvm*)",
                )
            )
            rows.append((d, 3, 40, "djbm-bkp01", "info", "backup", "Veeam 야간 백업 작업 완료"))
        left = (datetime(2028, 11, 24) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 0, "kpx_bid_gw", "warning", "cert_expiry",
             f"KPX 입찰용 공동인증서 만료 D-{left} (2028-11-24), 갱신 필요")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (6, 15, 0, "tradedb01", "info", "config_change", "pg_cron 'refresh_mv_smp_hourly' 스케줄 변경 14:30 → 09:20 (정산 선반영 요청)"),
    (6, 16, 30, "kpx_bid_gw_stg", "info", "deployment", "kpx_bid_gw_stg 3.9.0-rc1 배포 (KPX 모의시장)"),
    (7, 9, 5, "kpx_bid_gw", "info", "deployment", "kpx_bid_gw 3.8.0 배포 (실시간 예측 갱신 API v2)"),
    (8, 9, 0, "HIST-GJ-01", "warning", "threshold_breach", "disk_usage above 65% on E:\\PI\\Archives"),
    (8, 14, 0, "marine_wx", "warning", "weather_alert", "기상특보: 서해남부 앞바다 풍랑경보, 전북 서해안 강풍주의보 (20:00 발효)"),
    (8, 20, 15, "cms_edge_sn", "info", "deployment", "cms_edge_sn 2.3.1 배포 (진동 스펙트럼 압축)"),
    (9, 10, 20, "SN-TC-RING2", "warning", "turbine_alarm", "WTG-14 피치 편차 알람 (blade 2), 자동 정지"),
    (9, 16, 0, "PI-DJ-ARC", "info", "config_change", "Archive 자동 생성 크기 변경 32GB → 64GB (다음 archive shift 재계산)"),
    (9, 17, 0, "gen_forecast", "info", "deployment", "gen_forecast 5.2.0 배포 (앙상블 가중치 갱신, wf-ens-v52)"),
    (10, 2, 0, "djbm-bkp01", "info", "backup", "Veeam 야간 백업 작업 시작 (HIST-DJ-01 VSS 스냅샷 포함)"),
    (10, 4, 20, "djbm-bkp01", "info", "backup", "Veeam 야간 백업 작업 재개/완료 (HIST-DJ-01 제외 후)"),
    (11, 18, 0, "HIST-GJ-01", "warning", "threshold_breach", "disk_usage above 70% on E:\\PI\\Archives"),
    (10, 15, 0, "SN-TC-RING2", "info", "turbine_alarm", "WTG-14 피치 베어링 교체 완료, 재기동"),
    (11, 10, 30, "drone_upload", "info", "inspection", "드론 블레이드 점검 이미지 업로드 시작 (HL WTG-03, WTG-04)"),
    (11, 12, 0, "curtail_if", "info", "curtailment", "제주 계통 출력제한 지시 수신: HL 단지 20MW 제한 (12:00~16:00)"),
    (11, 13, 30, "SN-TC-RING1", "info", "config_change", "CMS 센서 펌웨어 4.2.0 배포 (WTG-01~10, 고속 샘플링 25.6kHz 버스트)"),
    (11, 13, 40, "cms_vib_ingest", "info", "deployment", "cms_vib_ingest 1.14.0 배포 (스펙트럼 파서 교체)"),
    (11, 16, 0, "curtail_if", "info", "curtailment", "제주 계통 출력제한 해제: HL 단지"),
    (12, 2, 0, "cms_retrain", "info", "batch_job", "주간 모델 재학습 시작 (gearbox-bearing-iforest)"),
    (12, 4, 15, "cms_retrain", "info", "batch_job", "주간 모델 재학습 완료, v15 후보 등록 (승인 대기)"),
    (12, 11, 0, "curtail_if", "info", "curtailment", "제주 계통 출력제한 지시 수신: HL 단지 25MW 제한 (11:00~15:00)"),
    (12, 11, 30, "nas-dj-01", "info", "config_change", "SMB 공유 권한 정리 (미사용 서비스 계정 제거, \\\\nas-dj-01\\sqlbackup 포함)"),
    (12, 13, 0, "crewdb01", "warning", "backup", "LOG_BACKUP 실패: Cannot open backup device '\\\\nas-dj-01\\sqlbackup\\CrewOps_log.trn'. Operating system error 5 (Access is denied)"),
    (12, 15, 0, "curtail_if", "info", "curtailment", "제주 계통 출력제한 해제: HL 단지"),
    (12, 19, 0, "crewdb01", "warning", "backup", "LOG_BACKUP 실패 (7회 연속): Operating system error 5 (Access is denied)"),
    (12, 22, 0, "ctv_sched", "info", "deployment", "ctv_sched 2.6.0 배포 (작업창 산출 로직 변경, SOV 일정 통합)"),
    (13, 1, 0, "crewdb01", "warning", "backup", "LOG_BACKUP 실패 (13회 연속), 로그 파일 자동 증가 중"),
    (13, 9, 0, "YD-PR-87T1", "info", "maintenance", "보호계전기 정기 시험 시작 (87T, 영덕 T/L 단일 회선 운전)"),
    (15, 9, 0, "HIST-GJ-01", "warning", "threshold_breach", "disk_usage above 75% on E:\\PI\\Archives"),
    (13, 17, 0, "wodb01", "info", "config_change", "RMAN 채널 설정 변경 (SBT → DISK /backup/rman), 아카이브로그 삭제 정책 변경"),
    (14, 1, 30, "wodb01", "warning", "backup", "RMAN-03009: failure of backup command on ORA_DISK_1: ORA-19504: failed to create file \"/backup/rman/arch_%U\""),
    (14, 2, 0, "aks-gpupool-10472213-vmss000000", "info", "maintenance", "AKS 노드 이미지 업그레이드 (gpupool)"),
    (14, 10, 0, "HL-LIDAR-N1", "info", "maintenance", "스캐닝 라이다 교정 (제조사 입회), 데이터 수집 중지"),
    (14, 15, 0, "djbm-kfk02", "info", "config_change", "PERC H755 펌웨어 52.26.0 업데이트 및 재부팅 (BBU 자동 relearn 스케줄 기본값 복원)"),
    (14, 16, 0, "FLEET-SCADA-QA", "info", "deployment", "FLEET-SCADA-QA 10.5.0-beta2 배포"),
    (15, 1, 30, "wodb01", "warning", "backup", "RMAN-03009: failure of backup command on ORA_DISK_1: ORA-19504 (2일 연속)"),
    (15, 11, 0, "gen_forecast_dev", "info", "deployment", "gen_forecast_dev 5.3.0-dev 배포"),
    (15, 18, 10, "kpx_bid_gw", "info", "deployment", "kpx_bid_gw 3.8.2 배포 (실시간 갱신 재시도 정책)"),
    (16, 1, 30, "wodb01", "warning", "backup", "RMAN-03009: failure of backup command on ORA_DISK_1: ORA-19504 (3일 연속)"),
    (16, 9, 40, "mobile_wo", "info", "deployment", "mobile_wo 4.1.0 배포 (오프라인 동기화 개선)"),
    # W1 (Tuesday 7, before the 10:00 bid deadline)
    (7, 9, 26, "tradedb01", "warning", "lock", "process 41233 still waiting for AccessExclusiveLock on relation smp_hourly after 1000.112 ms"),
    (7, 9, 29, "tradedb01", "critical", "lock", "REFRESH MATERIALIZED VIEW mv_smp_hourly holding AccessExclusiveLock, 57 backends waiting"),
    (7, 9, 32, "kpx_bid_gw", "critical", "error", "입찰서 생성 실패 28% (DB lock timeout), 입찰 마감 10:00 임박"),
    (7, 9, 36, "gen_forecast", "major", "error", "예측 결과 저장 지연 (lock wait)"),
    (7, 9, 41, "rec_settle", "warning", "error", "SMP 조회 타임아웃"),
    (7, 10, 1, "kpx_bid_gw", "major", "bid_submission", "하루전시장 입찰 마감 초과: D+1 입찰 미제출, 기본입찰(직전 입찰값) 적용"),
    (7, 10, 12, "tradedb01", "info", "config_change", "pg_cancel_backend(mv refresh), refresh_mv_smp_hourly 14:30 원복 (CONCURRENTLY 적용)"),
    (7, 10, 30, "kpx_bid_gw", "info", "recovery", "입찰 게이트웨이 정상, 실시간 예측 갱신 재개"),
    # W2 (Wednesday 8, storm front)
    (8, 20, 41, "mw-sn-oss", "warning", "link", "RSL -68 dBm below threshold (-65 dBm), ACM downshift 1024QAM → 64QAM"),
    (8, 20, 46, "mw-sn-oss", "critical", "link", "RSL -79 dBm, ACM QPSK, capacity 1 Gbps → 92 Mbps, frame loss 8%"),
    (8, 20, 50, "opcua-gw-sn", "critical", "error", "OPC UA subscription keep-alive 누락, 세션 재연결 반복 (BadConnectionClosed)"),
    (8, 20, 52, "cms_edge_sn", "critical", "error", "Event Hubs 전송 실패 31% (upstream timeout), 로컬 버퍼 적재"),
    (8, 20, 57, "FLEET-SCADA", "warning", "error", "서남해 단지 데이터 갱신 지연 (stale 90s), WTG 상태 불명"),
    (8, 21, 5, "vsat-sn-oss", "info", "config_change", "OT 관제 트래픽 VSAT 백업 경로로 절체 (QoS: SCADA 우선)"),
    (8, 21, 40, "mw-sn-oss", "info", "recovery", "RSL -52 dBm 회복, ACM 1024QAM 복귀"),
    (8, 21, 50, "vsat-sn-oss", "info", "config_change", "마이크로웨이브 주경로 복귀"),
    # W3 (Friday 10, small hours)
    (10, 2, 11, "PI-DJ-ARC", "warning", "archive", "Archive shift started: new archive piarch.0231 (64 GB) creation"),
    (10, 2, 14, "PI-DJ-ARC", "critical", "performance", "pibufss event queue 82% full, archive write latency 4.2 s (snapshot I/O)"),
    (10, 2, 17, "FLEET-SCADA", "major", "error", "historian write timeout, 이력 데이터 로컬 버퍼링"),
    (10, 2, 19, "gen_forecast", "critical", "error", "실시간 예측 입력 결측 (PI 조회 타임아웃) 26%"),
    (10, 2, 24, "kpx_bid_gw", "warning", "error", "실시간 예측 갱신 제출 실패 (02시 구간)"),
    (10, 2, 50, "djbm-bkp01", "info", "backup", "HIST-DJ-01 백업 작업 일시 중지 (PI 부하)"),
    (10, 3, 15, "PI-DJ-ARC", "info", "recovery", "Archive shift completed, event queue 정상"),
    # W4 (Saturday 11 afternoon)
    (11, 14, 1, "evh-wind-telemetry", "warning", "throttling", "ServerBusy: The request was terminated because the namespace is being throttled (error 50002), TU 8/8"),
    (11, 14, 4, "evh-wind-telemetry", "critical", "throttling", "throttled requests 38%, incoming bytes 2.9x baseline"),
    (11, 14, 7, "cms_vib_ingest", "critical", "error", "ingest 실패 33%, consumer lag 4.2M events"),
    (11, 14, 11, "cms_oil_ingest", "major", "error", "오일 센서 데이터 수집 지연"),
    (11, 14, 14, "cms_ml_score", "warning", "error", "스코어링 지연 (feature 결측)"),
    (11, 14, 45, "evh-wind-telemetry", "info", "config_change", "Throughput Units 8 → 20, auto-inflate 활성화 (max 24)"),
    (11, 14, 50, "SN-TC-RING1", "info", "config_change", "CMS 고속 샘플링 버스트 주기 10분 → 60분"),
    (11, 15, 5, "cms_vib_ingest", "info", "recovery", "consumer lag 해소, 수집 정상"),
    # W5 (Monday 13, morning CTV dispatch)
    (13, 4, 25, "rccvm142", "warning", "disk", "L:\\ (SQL log) 90% used"),
    (13, 5, 55, "rccvm142", "critical", "disk", "L:\\ (SQL log) 98% used"),
    (13, 6, 11, "crewdb01", "critical", "transaction_log", "Error 9002: The transaction log for database 'CrewOps' is full due to 'LOG_BACKUP'"),
    (13, 6, 15, "ctv_sched", "critical", "error", "출항 판정/승선명단 저장 실패 29%"),
    (13, 6, 21, "pob_tracker", "major", "error", "승선 인원 등록 실패 (POB 불일치)"),
    (13, 6, 26, "mobile_wo", "warning", "error", "GWO 자격 확인 지연"),
    (13, 6, 40, "ctv_sched", "info", "dispatch", "CTV 출항 판정 수기 처리: GO (전화 보고), 출항 30분 지연"),
    (13, 6, 50, "crewdb01", "info", "config_change", "로그 백업 경로 임시 변경 (D:\\LogBackup), 로그 백업 수행 후 로그 파일 축소"),
    (13, 7, 10, "ctv_sched", "info", "recovery", "승선명단 저장 정상"),
    # W6 (Wednesday 15, evening)
    (15, 18, 31, "djbm-kfk02", "warning", "hardware", "PERC H755: BBU relearn cycle started, VD0 write policy WriteBack → WriteThrough"),
    (15, 18, 35, "djbm-kfk02", "critical", "performance", "iowait 62%, await 180 ms on /dev/sdb (kafka-logs)"),
    (15, 18, 38, "kfk-ot-dj", "critical", "replication", "UnderReplicatedPartitions 148, ISR shrink on broker 2"),
    (15, 18, 40, "redis-trade-dj", "major", "latency", "Asynchronous AOF fsync is taking too long (disk is busy?)"),
    (15, 18, 44, "kpx_bid_gw", "critical", "error", "실시간 예측 갱신 제출 지연 27% (설정값 캐시 타임아웃)"),
    (15, 19, 22, "djbm-kfk02", "info", "hardware", "PERC H755: BBU relearn completed, VD0 write policy WriteBack"),
    (15, 19, 35, "kpx_bid_gw", "info", "recovery", "실시간 예측 갱신 정상"),
    # W7 (Thursday 16, ongoing)
    (16, 10, 5, "wodb01", "critical", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved."),
    (16, 10, 9, "wo_maximo", "critical", "error", "BMXAA6714E 작업지시 저장 실패 34% (DB 연결 대기 타임아웃)"),
    (16, 10, 14, "spares_wms", "major", "error", "자재 출고 예약 실패 (Maximo 예약 조회 불가)"),
    (16, 10, 20, "mobile_wo", "warning", "error", "작업지시 동기화 지연 (현장 오프라인 큐 적체)"),
]
# fmt: on
FRA_WARNINGS = [  # the FRA warnings as the alert log prints them: (KST day, hh, mm)
    (15, 22, 30),
    (16, 8, 30),
]


def _fra_rows() -> list[tuple]:
    return [
        (d, hh, mm, "wodb01", "warning", "storage",
         f"ORA-19815: WARNING: db_recovery_file_dest_size of 800 GB is {_fra(kst(d, hh, mm)):.2f}% used")
        for d, hh, mm in FRA_WARNINGS
    ]  # fmt: skip


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND + _fra_rows() + _daily_rows())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "wind-farm", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
