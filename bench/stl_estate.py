"""Generate the integrated steel-works estate (tests/fixtures/steel-mill/, interchange format) and its faults.

A Korean integrated steel works (한빛스틸 당진제철소 — 고로 2기, 전로 3기, 연주기 2기, 열연 1라인, 냉연 PL-TCM): the
level-1 gateways to the DCS/PLCs (`exaopc-bf` 고로 DCS, `kepware-sm` 제강·연주 PLC, `ibapda-hsm` 열연 고속 수집,
`kepware-rm` 압연·크레인 PLC), the level-2 process computers (`bf2-l2app` / `bf3-l2app` 고로 장입·열풍로 모델,
`bof-blowmodel` 전로 취련 모델, `cc-l2app` 연주, `hsm-setup` 열연 setup, `crm-setup` 냉연) on their L2 Oracle DBs
(`l2db-up` 상공정, `l2db-rm` 하공정) and the L2↔L3 IBM MQ queue manager `QM_L3L2`; the OT historian `pi-da-ot`
copied through the OT/IT DMZ (`pi2pi-dmz`) into the enterprise historian `pi-da-it` with PI AF `pi-af-dj`; the MES
(`mes-sm` 제강, `mes-rm` 압연, `mes-plan` 생산계획, `mes-web` 조업 현황판, the shift-close batch `mes_shift_close`)
on the Oracle RAC `mesdb-ora` with cache `redis-mes`; quality: the quality judgement `qms-judge`, the surface
inspection cameras `sis-hsm` / `sis-crm` with the GPU inference `vision-infer`, the image share `nas-djw-sis`,
the hourly cloud upload `sis_img_upload` and the model training `vision-train` in Azure; coil-yard logistics
(`yard-crane-ctl` 무인 크레인, `coil-track` 코일 추적, `ylms-ship` 출하, `gate-lpr` 정문 계근) on MS-SQL `ylms-db`
and cache `redis-yard`; energy (`ems-power` 전력 수급, `ems-gasholder` 부생가스 홀더, `o2plant-opt` 산소공장) on
TimescaleDB `ems-tsdb`; safety (`gasmon-hub` 가스 감시, `safety-alert` 비상 알림, `sms-gw` 문자) on `gasmon-db`
and the OT event bus Kafka `kafka-djw`; the LIMS (`lims-app`, the mill-test-certificate batch `lims_cert_issue`,
the spectrometer link `spectro-if`) on MS-SQL `limsdb-mssql`; SAP S/4HANA `erp-s4` on `hana-erp` (HSR to
`hana-erp-dr` in 대전), the interface hub `sap-po`, the cost-close batch `erp_cost_close`; the customer portal
`cust-portal` on AKS with Azure SQL, Azure Cache for Redis and Event Hubs. Sites: 당진제철소 전산센터 (works DC and
the OT/IT DMZ), 당진 제선제강 전기실 and 당진 압연 전기실 (OT), 서울본사 IDC(상암), 대전 DR센터 and Azure Korea
Central; environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): Windows NetBIOS-style upper-case names for the works-DC servers (`DJMESDB01`,
`DJGPU01`, `DJKAFKA02`), upper snake case for the OT boxes and the MQ queue manager (`BF_L2_SRV1`, `HSM_IBA_SRV`,
`DMZ_PI_IF`, `QM_L3L2`), upper kebab case for the OT network gear (`FW-OTDMZ-OT`, `OT-RING-UP`), system-code kebab
names for the applications (`mes-sm`, `bof-blowmodel`, `pi-da-it`, `ylms-ship`), snake case batches
(`mes_shift_close`, `erp_cost_close`, `lims_cert_issue`, `sis_img_upload`), lower-case site-prefixed Seoul/DR
servers (`sel-hana01`, `dr-hana01`) and Azure resource names (`aks-portal-31724508-vmss000001`, `sql-hbs-portal`,
`evh-hbs-iot`, `sthbsvision01`, `agw-hbs-portal`).

Seven injected incidents (times KST; now = Thursday 2028-11-16 09:50, day shift; the window is the 10 days
before; the works run 24 h in four crews on three shifts changing at 07:00, 15:00 and 23:00, the converters
tap a heat about every 42 minutes, the hot strip mill changes work rolls every 4.5 hours and stops for its weekly
정기수리 on Wednesday 08:00–16:00, the coil yard ships by truck in the day and loads vessels in the evening, the
energy centre follows the winter heavy-load hours 10–12, 17–20 and 22–23, the ERP and portal office hours):
  S1 Tue 07 23:05–23:55  (night-shift change) QM_L3L2's recovery log fills (secondary logs cut 40 → 10 in the
                         afternoon) while the shift close floods the L3→L2 channels: mes-sm (loudest, 11.4.0
                         deployed at 22:40), bof-blowmodel and cc-l2app miss heat orders, mes-web (hop 2)
  S2 Thu 09 10:20–11:15  hana-erp hits its lowered global_allocation_limit (cut on Wednesday evening) and
                         statements fail with memory-limit violations: erp-s4 (loudest, a transport imported at
                         10:05), sap-po, ylms-ship
  S3 Sat 11 14:30–15:25  GPU 2 of DJGPU01 falls off the PCIe bus (Xid 79) and the host soft-locks: vision-infer,
                         sis-hsm (loudest), qms-judge; the new defect model deployed at 14:05 is a red herring
  S4 Sun 12 02:40–03:35  pi-da-it cannot shift to a new archive (no empty archive, auto-create off) and stops
                         writing: ems-power (loudest), ems-gasholder, pi-af-dj (patched on Saturday)
  S5 Mon 13 07:05–08:00  (day-shift change) after Sunday night's statistics gathering a COIL_HIST query on
                         mesdb-ora flips to a full scan and the RAC burns CPU on cache-buffers-chains latches:
                         mes-rm (loudest, 11.4.2 deployed at 06:40), coil-track, mes_shift_close, yard-crane-ctl
  S6 Tue 14 15:10–16:05  (afternoon-shift change) redis-yard (noeviction) fills with the UWB history keys that
                         coil-track 3.6.0 (deployed at 14:50) writes without TTL: yard-crane-ctl (loudest),
                         coil-track, ylms-ship
  S7 Thu 16 09:05–now    broker 2 of kafka-djw stalls in long GC pauses after Wednesday's heap change, partitions
                         fall under min.insync.replicas and acks=all producers time out: gasmon-hub (loudest,
                         deployed at 08:40), ems-gasholder, safety-alert (ongoing)
Confounders: the shift changes and their close batch, the converters' heat cycle, HSM roll changes and the
Wednesday 정기수리, 2고로 휴풍 on Friday 10 (08:00–20:00), 3전로 노체 보수, the nightly cost close, PI backup and
model training, deploys on victims before most incidents, shared hosts (DJREDIS01 with both Redis, DJMESAP01/02
with both MES), `HSM_L2_SRV2` and `hsm-setup-sim` in maintenance, the retired `ylms_legacy_edi`, the LIMS DB
server's disk creeping up and the portal gateway certificate expiring on 2028-11-24 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/stl_golden.py) are computed from the files.

    .venv/bin/python bench/stl_estate.py   # rewrites tests/fixtures/steel-mill*
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

NAME = "steel-mill"
NOW = datetime(2028, 11, 16, 0, 50, tzinfo=UTC)  # Thursday 2028-11-16 09:50 KST
START = NOW - timedelta(days=10)  # Monday 2028-11-06 09:50 KST
SEED = 20281116
SITES = {
    "W": "당진제철소 전산센터",
    "U": "당진 제선제강 전기실",
    "R": "당진 압연 전기실",
    "S": "서울본사 IDC(상암)",
    "D": "대전 DR센터",
    "Z": "Azure Korea Central",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

IRON, ROLL, MES, LOGI = "제선제강자동화팀", "압연자동화팀", "MES개발팀", "물류IT파트"
QV, QS, ENG, SAFE = "quality-vision-lab", "품질시스템팀", "에너지관리섹션", "안전환경IT파트"
LAB, ERP, SALES, DATA = "품질시험IT파트", "erp-basis", "영업지원IT", "data-platform"
INFRA, DBA, OTSEC, CLOUD = "인프라운영팀", "DB운영그룹", "OT보안팀", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- level 1: DCS / PLC gateways
    "exaopc-bf": ("service", IRON, "U", "P", ["UP_OPCGW"], [],
                  {"desc": "고로 DCS OPC 게이트웨이 (2·3고로 CENTUM VP)", "product": "Yokogawa Exaopc R3.80",
                   "dcs": "CENTUM VP R6.10", "tags": 48200, "purdue_level": "L1.5"}),
    "kepware-sm": ("service", IRON, "U", "P", ["UP_OPCGW"], [],
                   {"desc": "제강/연주 PLC 게이트웨이 (S7-1500, ControlLogix)", "product": "Kepware KEPServerEX 6.16",
                    "tags": 31500, "plc_count": 142, "purdue_level": "L1.5"}),
    "ibapda-hsm": ("service", ROLL, "R", "P", ["HSM_IBA_SRV"], [],
                   {"desc": "열연 고속 데이터 수집 (1ms, 압연력/판두께/온도)", "product": "iba PDA 8.5",
                    "signals": 12800, "sample_ms": 1, "purdue_level": "L1.5"}),
    "kepware-rm": ("service", ROLL, "R", "P", ["RM_OPCGW"], [],
                   {"desc": "압연/코일야드 PLC 게이트웨이 (냉연, 크레인)", "product": "Kepware KEPServerEX 6.16",
                    "tags": 26900, "plc_count": 96, "purdue_level": "L1.5"}),
    # ---------------------------------------------------------------- level 2: process computers
    "bf2-l2app": ("service", IRON, "U", "P", ["BF_L2_SRV1"], ["exaopc-bf", "l2db-up", "QM_L3L2"],
                  {"desc": "2고로 L2 (장입물 분포, 열풍로, 노열 모델)", "product": "자체개발 (C++ / Fortran)",
                   "version": "4.2.7", "furnace": "2고로", "inner_volume_m3": 5250, "daily_output_t": 12500,
                   "purdue_level": "L2"}),
    "bf3-l2app": ("service", IRON, "U", "P", ["BF_L2_SRV2"], ["exaopc-bf", "l2db-up", "QM_L3L2"],
                  {"desc": "3고로 L2 (장입물 분포, 열풍로, 노열 모델)", "product": "자체개발 (C++ / Fortran)",
                   "version": "4.3.0", "furnace": "3고로", "inner_volume_m3": 5500, "daily_output_t": 13200,
                   "purdue_level": "L2"}),
    "bof-blowmodel": ("service", IRON, "U", "P", ["SM_L2_SRV"], ["kepware-sm", "l2db-up", "QM_L3L2"],
                      {"desc": "전로 취련 모델 (정적/동적, 종점 C·온도 예측)", "product": "자체개발 (C++ / Python)",
                       "version": "6.1.2", "converters": 3, "heat_size_t": 300, "purdue_level": "L2"}),
    "cc-l2app": ("service", IRON, "U", "P", ["SM_L2_SRV"], ["kepware-sm", "l2db-up", "QM_L3L2"],
                 {"desc": "연주 L2 (슬래브 2기 2스트랜드, 2차 냉각/절단 최적화)", "product": "자체개발 (Java 11)",
                  "version": "3.8.5", "casters": 2, "strands": 4, "purdue_level": "L2"}),
    "hsm-setup": ("service", ROLL, "R", "P", ["HSM_L2_SRV1"], ["ibapda-hsm", "kepware-rm", "l2db-rm", "QM_L3L2"],
                  {"desc": "열연 L2 (조압연/사상압연 setup, FSU, 권취온도 모델)", "product": "Primetals + 자체 보정",
                   "version": "7.0.4", "stands": "R1~R2, F1~F7", "coils_per_day": 620, "purdue_level": "L2"}),
    "crm-setup": ("service", ROLL, "R", "P", ["CRM_L2_SRV"], ["kepware-rm", "l2db-rm", "QM_L3L2"],
                  {"desc": "냉연 PL-TCM L2 (산세-압연 연속, 두께/형상 제어)", "product": "자체개발 (C#)",
                   "version": "5.5.1", "stands": 5, "purdue_level": "L2"}),
    "yard-crane-ctl": ("service", LOGI, "R", "P", ["YARD_L2_SRV"], ["kepware-rm", "redis-yard", "coil-track"],
                       {"desc": "코일야드 무인 크레인 제어 (CMS, 작업지시/충돌방지)", "product": "자체개발 (Java 17)",
                        "version": "2.9.3", "cranes": 18, "auto_cranes": 14, "bays": 6, "purdue_level": "L2"}),
    # ---------------------------------------------------------------- historian, DMZ
    "pi2pi-dmz": ("service", DATA, "W", "P", ["DMZ_PI_IF"], ["pi-da-ot"],
                  {"desc": "PI to PI 인터페이스 (OT→IT 단방향, DMZ)", "product": "AVEVA PI to PI Interface 3.10",
                   "buffer": "PI Buffer Subsystem", "purdue_level": "L3.5"}),
    "pi-af-dj": ("service", DATA, "W", "P", ["DJPIDA01"], ["pi-da-it"],
                 {"desc": "PI Asset Framework / 분석 (원단위, KPI 계산)", "product": "AVEVA PI AF 2023",
                  "version": "2.10.11", "elements": 41800}),
    # ---------------------------------------------------------------- MES (L3)
    "mes-sm": ("service", MES, "W", "P", ["DJMESAP01", "DJMESAP02"], ["mesdb-ora", "QM_L3L2", "redis-mes", "mes-plan"],
               {"desc": "제강 MES (출강 지시, 차지 편성, 성분 판정)", "product": "자체개발 (Java 17, Spring)",
                "version": "11.4.0", "instances": 4, "purdue_level": "L3"}),
    "mes-rm": ("service", MES, "W", "P", ["DJMESAP01", "DJMESAP02"], ["mesdb-ora", "QM_L3L2", "redis-mes", "mes-plan"],
               {"desc": "압연 MES (압연 스케줄, 코일 실적, 재공)", "product": "자체개발 (Java 17, Spring)",
                "version": "11.4.2", "instances": 4, "purdue_level": "L3"}),
    "mes-plan": ("service", MES, "W", "P", ["DJMESAP02"], ["mesdb-ora", "sap-po"],
                 {"desc": "통합 생산계획 (주문 → 제강/압연 지시, 캐스트 편성)", "product": "자체개발 (Java 17) + CPLEX",
                  "version": "8.2.1", "purdue_level": "L3"}),
    "mes-web": ("service", MES, "W", "P", ["DJMESAP01"], ["mes-sm", "mes-rm", "redis-mes"],
                {"desc": "MES 웹 (조업 현황판, 교대 일지)", "product": "자체개발 (React + Spring)", "version": "11.4.0",
                 "users": 2400, "purdue_level": "L3"}),
    "mes_shift_close": ("service", MES, "W", "P", ["DJMESAP01"], ["mesdb-ora"],
                        {"desc": "교대 마감 배치 (조업 실적 집계, 교대 일지 마감)", "product": "Spring Batch 5.1",
                         "version": "2.4.0", "schedule": "매 교대 07:00, 15:00, 23:00", "crews": "A, B, C, D"}),
    "qms-judge": ("service", QS, "W", "P", ["DJMESAP02"], ["mesdb-ora", "lims-app", "sis-hsm"],
                  {"desc": "품질 판정 (규격 판정, 재질 예측, 출하 보류)", "product": "자체개발 (Java 17)",
                   "version": "5.0.3", "purdue_level": "L3"}),
    # ---------------------------------------------------------------- coil yard / logistics
    "coil-track": ("service", LOGI, "W", "P", ["DJYLMS01"], ["ylms-db", "redis-yard", "mesdb-ora"],
                   {"desc": "코일 위치/이력 추적 (UWB, RFID)", "product": "자체개발 (Go 1.22)", "version": "3.6.0",
                    "uwb_anchors": 420, "tracked_coils": 9600}),
    "ylms-ship": ("service", LOGI, "W", "P", ["DJYLMS01"], ["ylms-db", "coil-track", "sap-po"],
                  {"desc": "출하/배차 (트럭, 선적, 철송)", "product": "자체개발 (.NET 8)", "version": "3.1.0",
                   "trucks_per_day": 780, "berths": 3}),
    "gate-lpr": ("service", LOGI, "W", "P", ["DJYLMS01"], ["ylms-ship"],
                 {"desc": "정문 차량번호 인식/계근", "product": "자체개발 (C#) + LPR 카메라", "version": "1.7.2",
                  "gates": 4, "weighbridges": 6}),
    # ---------------------------------------------------------------- quality inspection
    "sis-hsm": ("service", QV, "R", "P", ["SIS_CAM_HSM"], ["vision-infer", "nas-djw-sis"],
                {"desc": "열연 표면결함 검사 (상/하면 라인스캔)", "product": "자체개발 (C++ / CUDA)", "version": "4.4.1",
                 "cameras": 8, "line": "열연", "purdue_level": "L2"}),
    "sis-crm": ("service", QV, "R", "P", ["SIS_CAM_CRM"], ["vision-infer", "nas-djw-sis", "kafka-djw"],
                {"desc": "냉연 표면결함 검사 (PL-TCM 출측)", "product": "자체개발 (C++ / CUDA)", "version": "4.4.1",
                 "cameras": 12, "line": "냉연", "purdue_level": "L2"}),
    "vision-infer": ("service", QV, "W", "P", ["DJGPU01", "DJGPU02"], [],
                     {"desc": "결함 분류 추론 서버", "product": "NVIDIA Triton 24.08", "model": "defect-cls-v5",
                      "gpus": 8, "version": "24.08"}),
    "sis_img_upload": ("service", QV, "W", "P", ["DJGPU02"], ["nas-djw-sis", "sthbsvision01", "evh-hbs-iot"],
                       {"desc": "결함 이미지 클라우드 업로드 (학습용)", "product": "Python 3.11 + AzCopy",
                        "schedule": "매시 15분", "version": "1.3.0"}),
    "vision-train": ("service", QV, "Z", "P", [], ["sthbsvision01"],
                     {"desc": "결함 모델 학습 (야간 재학습)", "product": "Azure Machine Learning",
                      "compute": "Standard_NC24ads_A100_v4 x2", "schedule": "매일 01:00"}),
    # ---------------------------------------------------------------- energy
    "ems-power": ("service", ENG, "W", "P", ["DJEMS01"], ["pi-da-it", "ems-tsdb"],
                  {"desc": "전력 수급/최대수요 관리 (154kV 수전, 부생가스 자가발전)", "product": "자체개발 (Python 3.11)",
                   "version": "2.8.0", "contract_mw": 820, "self_gen_mw": 400}),
    "ems-gasholder": ("service", ENG, "W", "P", ["DJEMS01"], ["pi-da-it", "ems-tsdb", "kafka-djw"],
                      {"desc": "부생가스 홀더 밸런싱 (BFG/LDG/COG)", "product": "자체개발 (Python 3.11)",
                       "version": "1.9.4", "holders": "BFG 2기, LDG 2기, COG 1기"}),
    "o2plant-opt": ("service", ENG, "W", "P", ["DJEMS01"], ["pi-da-it", "ems-tsdb"],
                    {"desc": "산소공장 운전 최적화 (공기분리 ASU)", "product": "AspenTech DMC3 + 자체", "version": "3.2.0",
                     "asu_units": 3, "o2_capacity_nm3h": 190000}),
    # ---------------------------------------------------------------- safety
    "gasmon-hub": ("service", SAFE, "W", "P", ["DJSAFE01"], ["kafka-djw", "gasmon-db"],
                   {"desc": "가스 누출 감시 (CO/O2/H2S 고정식 검지기)", "product": "자체개발 (Java 17)",
                    "version": "2.3.1", "detectors": 1240, "co_alarm_ppm": 30}),
    "safety-alert": ("service", SAFE, "W", "P", ["DJSAFE01"], ["gasmon-hub", "sms-gw"],
                     {"desc": "비상 알림 (구내 방송, 문자, 작업자 단말)", "product": "자체개발 (Node.js 20)",
                      "version": "1.6.0", "channels": "방송, SMS, 앱 푸시"}),
    "sms-gw": ("service", SAFE, "S", "P", ["sel-po01"], [],
               {"desc": "문자 발송 게이트웨이 (통신사 2중화)", "product": "상용 (Uracle)", "version": "5.2",
                "carriers": "SKT, KT"}),
    # ---------------------------------------------------------------- lab (LIMS)
    "lims-app": ("service", LAB, "W", "P", ["DJLIMS01"], ["limsdb-mssql"],
                 {"desc": "LIMS (성분 분석, 인장/충격/경도 시험)", "product": "LabWare LIMS 8", "version": "8.1.2",
                  "labs": 6, "samples_per_day": 3400}),
    "lims_cert_issue": ("service", LAB, "W", "P", ["DJLIMS01"], ["lims-app", "sap-po"],
                        {"desc": "밀시트(MTC, EN 10204 3.1) 발행 배치", "product": "Spring Batch 5.1",
                         "version": "2.2.0", "schedule": "매시 정각"}),
    "spectro-if": ("service", LAB, "U", "P", ["LAB_IF_PC"], ["lims-app"],
                   {"desc": "분광분석기 연동 (OES/XRF, 제강 시료)", "product": "자체개발 (C#)", "version": "1.4.0",
                    "instruments": 14}),
    # ---------------------------------------------------------------- ERP, portal (Seoul, Azure)
    "erp-s4": ("service", ERP, "S", "P", ["sel-s4app01", "sel-s4app02"], ["hana-erp"],
               {"desc": "SAP S/4HANA (판매/구매/생산/원가)", "product": "SAP S/4HANA 2023 FPS01", "sid": "HSP",
                "client": 100, "users": 3100}),
    "sap-po": ("service", ERP, "S", "P", ["sel-po01"], ["erp-s4"],
               {"desc": "SAP PO 인터페이스 (MES/물류/LIMS ↔ ERP)", "product": "SAP PO 7.5 SP28", "sid": "HPO",
                "interfaces": 186}),
    "erp_cost_close": ("service", ERP, "S", "P", ["sel-s4app02"], ["erp-s4"],
                       {"desc": "원가 일마감 배치 (제품별 실적원가)", "product": "SAP Job (SM36)",
                        "schedule": "매일 01:30"}),
    "cust-portal": ("service", SALES, "Z", "P",
                    ["aks-portal-31724508-vmss000000", "aks-portal-31724508-vmss000001"],
                    ["sql-hbs-portal", "redis-hbs-portal", "sap-po", "evh-hbs-iot"],
                    {"desc": "고객 포털 (주문 진행, 밀시트 다운로드, 출하 추적)", "product": "Spring Boot 3.2 (AKS)",
                     "version": "5.2.0", "pods": 6, "customers": 1850}),
    # ---------------------------------------------------------------- staging, dev, retired
    "mes-sm-stg": ("service", MES, "W", "S", ["DJNPRD01"], [],
                   {"desc": "제강 MES (스테이징)", "version": "11.5.0-rc1"}),
    "hsm-setup-sim": ("service", ROLL, "R", "S", ["HSM_L2_SRV2"], [],
                      {"desc": "열연 L2 시뮬레이터 (오프라인 모델 검증)", "version": "7.1.0-beta"}),
    "lims-app-dev": ("service", LAB, "W", "D", ["DJNPRD01"], [],
                     {"desc": "LIMS (개발)", "version": "8.2.0-dev"}),
    "ylms_legacy_edi": ("service", LOGI, "W", "P", [], [],
                        {"desc": "구 출하 EDI (2027년 ylms-ship으로 대체)", "version": "2.0.9",
                         "decommissioned": "2027-06-30"}),
    # ---------------------------------------------------------------- databases
    "mesdb-ora": ("database", DBA, "W", "P", ["DJMESDB01", "DJMESDB02"], [],
                  {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c RAC", "nodes": 2,
                   "sid": "MESP", "port": 1521, "size_tb": 14.2, "desc": "MES 운영 DB"}),
    "l2db-up": ("database", IRON, "U", "P", ["UP_L2DB_SRV"], [],
                {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c SE2", "sid": "L2UP",
                 "port": 1521, "desc": "상공정 L2 DB (고로, 전로, 연주)", "purdue_level": "L2"}),
    "l2db-rm": ("database", ROLL, "R", "P", ["CRM_L2_SRV"], [],
                {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c SE2", "sid": "L2RM",
                 "port": 1522, "desc": "하공정 L2 DB (열연, 냉연)", "purdue_level": "L2"}),
    "pi-da-ot": ("database", IRON, "U", "P", ["PI_OT_SRV"], ["exaopc-bf", "kepware-sm", "ibapda-hsm", "kepware-rm"],
                 {"engine": "pi", "version": "2023", "product": "AVEVA PI Data Archive 2023", "tags": 180000,
                  "desc": "OT 히스토리안 (조업 실시간 데이터)", "purdue_level": "L3"}),
    "pi-da-it": ("database", DATA, "W", "P", ["DJPIDA01"], ["pi2pi-dmz"],
                 {"engine": "pi", "version": "2023", "product": "AVEVA PI Data Archive 2023", "tags": 210000,
                  "archive_gb": 4, "desc": "전사 히스토리안 (에너지, 품질 분석용)", "purdue_level": "L4"}),
    "ylms-db": ("database", DBA, "W", "P", ["DJYLMSDB01"], [],
                {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Standard CU14", "port": 1433,
                 "desc": "코일야드/출하 DB"}),
    "limsdb-mssql": ("database", DBA, "W", "P", ["DJLIMSDB01"], [],
                     {"engine": "mssql", "version": "15.0.4390", "product": "SQL Server 2019 Enterprise CU29",
                      "port": 1433, "desc": "LIMS DB"}),
    "hana-erp": ("database", ERP, "S", "P", ["sel-hana01"], [],
                 {"engine": "hana", "version": "2.00.076", "product": "SAP HANA 2.0 SPS07", "sid": "HDP",
                  "memory_tb": 6, "global_allocation_limit_gb": 5600, "replication": "HSR async (대전 DR)",
                  "desc": "S/4HANA DB"}),
    "hana-erp-dr": ("database", ERP, "D", "P", ["dr-hana01"], [],
                    {"engine": "hana", "version": "2.00.076", "product": "SAP HANA 2.0 SPS07", "sid": "HDP",
                     "memory_tb": 6, "role": "HSR secondary (logreplay)", "desc": "S/4HANA DR DB"}),
    "ems-tsdb": ("database", ENG, "W", "P", ["DJEMS01"], [],
                 {"engine": "timescaledb", "version": "2.15.3", "product": "TimescaleDB 2.15 (PostgreSQL 16)",
                  "port": 5432, "retention": "3y", "desc": "에너지 시계열 (15분 전력량, 가스 수지)"}),
    "gasmon-db": ("database", SAFE, "W", "P", ["DJSAFE01"], [],
                  {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16", "port": 5432,
                   "replication": "streaming (sync)", "desc": "가스 검지/경보 이력"}),
    "sql-hbs-portal": ("database", CLOUD, "Z", "P", [], [],
                       {"engine": "azure-sql", "version": "12.0", "product": "Azure SQL Database",
                        "tier": "Business Critical Gen5 8 vCore", "desc": "고객 포털 DB"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-mes": ("cache", MES, "W", "P", ["DJREDIS01"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "allkeys-lru",
                   "port": 6379, "desc": "MES 세션/재공 캐시"}),
    "redis-yard": ("cache", LOGI, "W", "P", ["DJREDIS01"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                    "port": 6380, "desc": "크레인 작업지시/코일 위치 캐시"}),
    "redis-hbs-portal": ("cache", CLOUD, "Z", "P", [], [],
                         {"engine": "redis", "version": "6.0", "product": "Azure Cache for Redis", "sku": "Premium P2",
                          "desc": "포털 세션 캐시"}),
    "QM_L3L2": ("queue", MES, "W", "P", ["DJMQ01"], [],
                {"product": "IBM MQ 9.3.0.15 LTS", "port": 1414, "channels": 38, "logging": "linear",
                 "log_primary": 20, "log_secondary": 40, "desc": "L2 ↔ L3 전문 큐 매니저 (조업 지시/실적)"}),
    "kafka-djw": ("queue", DATA, "W", "P", ["DJKAFKA01", "DJKAFKA02", "DJKAFKA03"], [],
                  {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 3, "topics": 214, "min_insync_replicas": 2,
                   "port": 9092, "desc": "OT 이벤트 버스 (가스 검지, 검사 결과, 에너지 이벤트)"}),
    "evh-hbs-iot": ("queue", CLOUD, "Z", "P", [], [],
                    {"product": "Azure Event Hubs", "tier": "Premium (2 PU)", "partitions": 32,
                     "desc": "이미지 메타데이터/포털 이벤트"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-djw-mes": ("W", INFRA, ["mes-web", "mes-sm", "mes-rm"],
                   {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.60.1.20", "firmware": "17.1.1",
                    "endpoint": "mes.djw.hanbitsteel.co.kr"}),
    "lb-sel-erp": ("S", ERP, ["erp-s4"],
                   {"vendor": "SAP", "model": "SAP Web Dispatcher 7.93", "vip": "10.10.4.15",
                    "endpoint": "erp.hanbitsteel.co.kr", "cert_expiry": "2029-03-31"}),
    "agw-hbs-portal": ("Z", CLOUD, ["cust-portal"],
                       {"vendor": "Microsoft", "model": "Azure Application Gateway v2 (WAF)",
                        "endpoint": "portal.hanbitsteel.co.kr", "cert_expiry": "2028-11-24",
                        "cert_issuer": "DigiCert (수동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-djw-sis": ("W", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.14.1P6", "capacity_tb": 360,
                                 "protocol": "NFS v4.1", "desc": "표면결함 이미지"},
                    ["DJGPU01", "DJGPU02", "SIS_CAM_HSM", "SIS_CAM_CRM"]),
    "san-djw-01": ("W", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 240,
                                "desc": "MES/물류/LIMS/PI 블록 스토리지"},
                   ["DJMESDB01", "DJMESDB02", "DJYLMSDB01", "DJLIMSDB01", "DJPIDA01"]),
    "san-sel-01": ("S", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 180,
                                "desc": "HANA 데이터/로그 볼륨"}, ["sel-hana01", "sel-s4app01", "sel-s4app02"]),
    "bkp-djw-dd01": ("W", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                                  "desc": "백업 (DB, PI 아카이브, 이미지)"}, []),
    "sthbsvision01": ("Z", CLOUD, {"vendor": "Microsoft", "model": "Azure Blob Storage", "region": "koreacentral",
                                   "access_tier": "Cool", "desc": "결함 이미지 학습 데이터"}, []),
}
# hosts: name: (site, env, kind, owner, attributes)
HOSTS: dict[str, tuple[str, str, str, str, dict]] = {
    # works DC (NetBIOS style)
    "DJMESAP01": ("W", "P", "vm", MES, {"role": "MES AP #1 (제강/압연, 웹, 교대마감)"}),
    "DJMESAP02": ("W", "P", "vm", MES, {"role": "MES AP #2 (제강/압연, 생산계획, 품질판정)"}),
    "DJMESDB01": ("W", "P", "bare", DBA, {"role": "Oracle RAC MESP node 1", "model": "HPE ProLiant DL380 Gen11"}),
    "DJMESDB02": ("W", "P", "bare", DBA, {"role": "Oracle RAC MESP node 2", "model": "HPE ProLiant DL380 Gen11"}),
    "DJMQ01": ("W", "P", "vm", MES, {"role": "IBM MQ QM_L3L2"}),
    "DJYLMS01": ("W", "P", "vm", LOGI, {"role": "코일추적, 출하, 정문계근"}),
    "DJYLMSDB01": ("W", "P", "win", DBA, {"role": "MS-SQL 코일야드", "model": "Dell PowerEdge R760"}),
    "DJGPU01": ("W", "P", "gpu", QV, {"role": "결함 추론 GPU #1", "model": "Dell PowerEdge XE8640",
                                      "gpu": "NVIDIA H100 SXM x4"}),
    "DJGPU02": ("W", "P", "gpu", QV, {"role": "결함 추론 GPU #2, 이미지 업로드", "model": "Dell PowerEdge XE8640",
                                      "gpu": "NVIDIA H100 SXM x4"}),
    "DJEMS01": ("W", "P", "vm", ENG, {"role": "에너지 관리 (EMS, 가스홀더, 산소), TimescaleDB"}),
    "DJSAFE01": ("W", "P", "vm", SAFE, {"role": "가스 감시, 비상 알림, PostgreSQL"}),
    "DJLIMS01": ("W", "P", "win", LAB, {"role": "LabWare LIMS AP", "model": "Dell PowerEdge R660"}),
    "DJLIMSDB01": ("W", "P", "win", DBA, {"role": "MS-SQL LIMS", "model": "Dell PowerEdge R760"}),
    "DJPIDA01": ("W", "P", "win", DATA, {"role": "PI Data Archive (IT), PI AF", "model": "Dell PowerEdge R760"}),
    "DJKAFKA01": ("W", "P", "bare", DATA, {"role": "Kafka broker 1", "model": "Lenovo ThinkSystem SR650 V3"}),
    "DJKAFKA02": ("W", "P", "bare", DATA, {"role": "Kafka broker 2", "model": "Lenovo ThinkSystem SR650 V3"}),
    "DJKAFKA03": ("W", "P", "bare", DATA, {"role": "Kafka broker 3", "model": "Lenovo ThinkSystem SR650 V3"}),
    "DJREDIS01": ("W", "P", "bare", INFRA, {"role": "Redis (MES, 코일야드)", "model": "Dell PowerEdge R660"}),
    "DJNPRD01": ("W", "S", "vm", INFRA, {"role": "스테이징/개발 공용"}),
    "DMZ_PI_IF": ("W", "P", "ot", OTSEC, {"role": "PI to PI 인터페이스 노드 (DMZ)", "model": "Dell PowerEdge R450",
                                          "purdue_level": "L3.5"}),
    # OT: 제선제강 전기실
    "UP_OPCGW": ("U", "P", "ot", IRON, {"role": "OPC 게이트웨이 (고로 DCS, 제강 PLC)", "model": "Siemens SIMATIC IPC847E",
                                        "purdue_level": "L1.5"}),
    "BF_L2_SRV1": ("U", "P", "ot", IRON, {"role": "2고로 L2 서버", "model": "HPE ProLiant DL360 Gen10 Plus",
                                          "purdue_level": "L2"}),
    "BF_L2_SRV2": ("U", "P", "ot", IRON, {"role": "3고로 L2 서버", "model": "HPE ProLiant DL360 Gen10 Plus",
                                          "purdue_level": "L2"}),
    "SM_L2_SRV": ("U", "P", "ot", IRON, {"role": "전로/연주 L2 서버", "model": "HPE ProLiant DL380 Gen10 Plus",
                                         "purdue_level": "L2"}),
    "UP_L2DB_SRV": ("U", "P", "ot", IRON, {"role": "상공정 L2 Oracle", "model": "HPE ProLiant DL380 Gen10 Plus",
                                           "purdue_level": "L2"}),
    "PI_OT_SRV": ("U", "P", "ot", IRON, {"role": "PI Data Archive (OT)", "model": "Dell PowerEdge R750",
                                         "purdue_level": "L3"}),
    "LAB_IF_PC": ("U", "P", "ot", LAB, {"role": "분광분석기 연동 PC (제강 분석실)", "model": "Advantech ACP-4020",
                                        "purdue_level": "L2"}),
    # OT: 압연 전기실
    "HSM_IBA_SRV": ("R", "P", "ot", ROLL, {"role": "열연 iba PDA 서버", "model": "Siemens SIMATIC IPC847E",
                                           "purdue_level": "L1.5"}),
    "RM_OPCGW": ("R", "P", "ot", ROLL, {"role": "OPC 게이트웨이 (냉연, 크레인 PLC)", "model": "Siemens SIMATIC IPC847E",
                                        "purdue_level": "L1.5"}),
    "HSM_L2_SRV1": ("R", "P", "ot", ROLL, {"role": "열연 L2 서버 (운전)", "model": "HPE ProLiant DL380 Gen10 Plus",
                                           "purdue_level": "L2"}),
    "HSM_L2_SRV2": ("R", "S", "ot", ROLL, {"role": "열연 L2 예비/시뮬레이터 (디스크 교체 중)",
                                           "model": "HPE ProLiant DL380 Gen10 Plus", "purdue_level": "L2"}),
    "CRM_L2_SRV": ("R", "P", "ot", ROLL, {"role": "냉연 L2 서버, 하공정 L2 Oracle", "model": "HPE ProLiant DL380 Gen10 Plus",
                                          "purdue_level": "L2"}),
    "YARD_L2_SRV": ("R", "P", "ot", LOGI, {"role": "코일야드 크레인 L2", "model": "Dell PowerEdge R650xs",
                                           "purdue_level": "L2"}),
    "SIS_CAM_HSM": ("R", "P", "ot", QV, {"role": "열연 표면검사 카메라 수집", "model": "Advantech SKY-6400",
                                         "purdue_level": "L2"}),
    "SIS_CAM_CRM": ("R", "P", "ot", QV, {"role": "냉연 표면검사 카메라 수집", "model": "Advantech SKY-6400",
                                         "purdue_level": "L2"}),
    # 서울본사 IDC
    "sel-s4app01": ("S", "P", "vm", ERP, {"role": "S/4HANA PAS"}),
    "sel-s4app02": ("S", "P", "vm", ERP, {"role": "S/4HANA AAS, 배치"}),
    "sel-hana01": ("S", "P", "hana", ERP, {"role": "SAP HANA HDP (primary)", "model": "Lenovo ThinkSystem SR950 V3"}),
    "sel-po01": ("S", "P", "vm", ERP, {"role": "SAP PO, 문자 게이트웨이"}),
    # 대전 DR
    "dr-hana01": ("D", "P", "hana", ERP, {"role": "SAP HANA HDP (HSR secondary)", "model": "Lenovo ThinkSystem SR950 V3"}),
    # Azure
    "aks-portal-31724508-vmss000000": ("Z", "P", "aks", CLOUD, {"role": "AKS 노드 (고객 포털)", "vm_size": "Standard_D8s_v5",
                                                                "zone": "1", "node_pool": "portal"}),
    "aks-portal-31724508-vmss000001": ("Z", "P", "aks", CLOUD, {"role": "AKS 노드 (고객 포털)", "vm_size": "Standard_D8s_v5",
                                                                "zone": "2", "node_pool": "portal"}),
}
NETWORK = {  # name: (site, owner, attributes), written as hosts
    "FW-OTDMZ-IT": ("W", OTSEC, {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440",
                                 "firmware": "PAN-OS 11.1.4", "desc": "IT ↔ DMZ 방화벽", "purdue_level": "L3.5"}),
    "FW-OTDMZ-OT": ("W", OTSEC, {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 600F",
                                 "firmware": "FortiOS 7.2.9", "desc": "DMZ ↔ OT 방화벽", "purdue_level": "L3.5"}),
    "djw-core-sw1": ("W", INFRA, {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9336C-FX2",
                                  "firmware": "NX-OS 10.4(3)"}),
    "OT-RING-UP": ("U", OTSEC, {"device": "industrial ring switch", "vendor": "Hirschmann", "model": "DRAGON MACH4500",
                                "firmware": "HiOS 09.1.00", "desc": "상공정 OT 링 (HSR/PRP)", "purdue_level": "L2"}),
    "OT-RING-RM": ("R", OTSEC, {"device": "industrial ring switch", "vendor": "Hirschmann", "model": "DRAGON MACH4500",
                                "firmware": "HiOS 09.1.00", "desc": "하공정 OT 링", "purdue_level": "L2"}),
    "wan-djw-sel": ("W", INFRA, {"device": "WAN link", "vendor": "KT", "model": "전용회선 10Gbps x2",
                                 "circuit": "KT-DJ-7781-0412", "desc": "당진 ↔ 상암"}),
    "er-azure-sel": ("S", CLOUD, {"device": "ExpressRoute", "vendor": "Microsoft", "model": "ExpressRoute 2Gbps (KINX)",
                                  "circuit": "er-hbs-krc-01"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("OT-RING-UP", "FW-OTDMZ-OT"),
    ("OT-RING-RM", "FW-OTDMZ-OT"),
    ("FW-OTDMZ-OT", "DMZ_PI_IF"),
    ("DMZ_PI_IF", "FW-OTDMZ-IT"),
    ("FW-OTDMZ-IT", "djw-core-sw1"),
    ("wan-djw-sel", "djw-core-sw1"),
    ("er-azure-sel", "wan-djw-sel"),
    ("lb-djw-mes", "djw-core-sw1"),
]
# fmt: on
STATUS = {"HSM_L2_SRV2": "maintenance", "hsm-setup-sim": "maintenance", "ylms_legacy_edi": "retired"}
NET_PREFIX = {"W": "10.60", "U": "172.16", "R": "172.17", "S": "10.10", "D": "10.90", "Z": "10.200"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "S1",
        "kind": "mq_log_full",
        "root": "QM_L3L2",
        "description": "at the 23:00 shift change on Tuesday the recovery log of the L2/L3 queue manager QM_L3L2"
        " (secondary log files cut from 40 to 10 that afternoon) fills while the shift close floods the channels;"
        " transactions are rolled back: mes-sm (11.4.0 deployed at 22:40, loudest) cannot send heat orders,"
        " bof-blowmodel and cc-l2app wait for their schedules and mes-web's shift log lags, until the secondary"
        " logs are restored",
        "start": kst(7, 23, 5),
        "end": kst(7, 23, 55),
        "affected": ["QM_L3L2", "mes-sm", "bof-blowmodel", "cc-l2app", "mes-web"],
    },
    {
        "id": "S2",
        "kind": "db_memory_limit",
        "root": "hana-erp",
        "description": "on Thursday morning hana-erp runs into its global_allocation_limit (lowered on Wednesday"
        " evening to free memory for a DR test): column unloads and memory-limit violations, erp-s4 (a transport"
        " imported at 10:05, loudest) dumps and fails sales orders, sap-po queues IDocs and ylms-ship cannot"
        " confirm shipments, until the limit is restored",
        "start": kst(9, 10, 20),
        "end": kst(9, 11, 15),
        "affected": ["hana-erp", "erp-s4", "sap-po", "ylms-ship"],
    },
    {
        "id": "S3",
        "kind": "gpu_host_fault",
        "root": "DJGPU01",
        "description": "on Saturday afternoon a GPU of DJGPU01 falls off the PCIe bus (Xid 79) and the host"
        " soft-locks: vision-infer loses half its capacity, sis-hsm (loudest) times out defect classification"
        " and qms-judge holds coils without a surface verdict, until the host is drained; the new defect model"
        " deployed at 14:05 is not the cause",
        "start": kst(11, 14, 30),
        "end": kst(11, 15, 25),
        "affected": ["DJGPU01", "vision-infer", "sis-hsm", "qms-judge"],
    },
    {
        "id": "S4",
        "kind": "historian_archive_stall",
        "root": "pi-da-it",
        "description": "in the small hours of Sunday pi-da-it cannot shift to a new archive (no empty archive,"
        " auto-create off) and stops writing; its event queue fills: ems-power (loudest) loses the live power"
        " intake data, ems-gasholder the holder levels and pi-af-dj's analyses back up (AF patched on Saturday),"
        " until a new archive is registered",
        "start": kst(12, 2, 40),
        "end": kst(12, 3, 35),
        "affected": ["pi-da-it", "ems-power", "ems-gasholder", "pi-af-dj"],
    },
    {
        "id": "S5",
        "kind": "sql_plan_regression",
        "root": "mesdb-ora",
        "description": "at Monday's 07:00 shift change, after Sunday night's statistics gathering, a COIL_HIST"
        " query on mesdb-ora flips to a full scan and the RAC burns CPU on cache buffers chains latches: mes-rm"
        " (11.4.2 deployed at 06:40, loudest) cannot save rolling results, coil-track and the shift close lag and"
        " yard-crane-ctl falls back to manual cranes, until a SQL plan baseline pins the old plan",
        "start": kst(13, 7, 5),
        "end": kst(13, 8, 0),
        "affected": ["mesdb-ora", "mes-rm", "coil-track", "mes_shift_close", "yard-crane-ctl"],
    },
    {
        "id": "S6",
        "kind": "cache_full_noeviction",
        "root": "redis-yard",
        "description": "at Tuesday's 15:00 shift change redis-yard (maxmemory 8 GB, noeviction) fills with the UWB"
        " history keys coil-track 3.6.0 (deployed at 14:50) writes without TTL and refuses writes: yard-crane-ctl"
        " (loudest) stops its unmanned cranes, coil-track cannot update positions and ylms-ship's trucks queue,"
        " until maxmemory is raised and the keys get a TTL",
        "start": kst(14, 15, 10),
        "end": kst(14, 16, 5),
        "affected": ["redis-yard", "yard-crane-ctl", "coil-track", "ylms-ship"],
    },
    {
        "id": "S7",
        "kind": "broker_isr_shrink",
        "root": "kafka-djw",
        "description": "on Thursday morning broker 2 of kafka-djw stalls in long GC pauses (heap changed on"
        " Wednesday), partitions fall under min.insync.replicas and acks=all producers time out: gasmon-hub"
        " (deployed at 08:40, loudest) delays gas detector events, ems-gasholder's holder events lag and"
        " safety-alert re-sends alarms (ongoing)",
        "start": kst(16, 9, 5),
        "end": None,
        "affected": ["kafka-djw", "gasmon-hub", "ems-gasholder", "safety-alert"],
    },
]
S1, S2, S3, S4, S5, S6, S7 = INCIDENTS


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
    for i, (h, (site, env, kind, owner, extra)) in enumerate(HOSTS.items()):
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 20, 'S': 50, 'D': 70}[env]) + i // 11}.{11 + (i * 37) % 220}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.4"]), "vcpu": rng.choice([8, 16, 32]),
                      "mem_gb": rng.choice([32, 64, 128]), "hypervisor": "VMware vSphere 8.0U3"}  # fmt: skip
            if site == "S":
                attrs["os"] = "SUSE Linux Enterprise Server 15 SP5"
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([24, 32]), "mem_gb": rng.choice([256, 384]),
                      "serial": f"{rng.choice(['CN7', 'JPX', '4XQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "gpu":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 96, "mem_gb": 1024, "cuda": "12.4",
                      "driver": "550.90.07"}  # fmt: skip
        elif kind == "hana":
            attrs |= {"os": "SUSE Linux Enterprise Server for SAP 15 SP5", "cores": 224, "mem_gb": 6144}
        elif kind == "aks":
            attrs |= {"os": "Ubuntu 22.04 (AKSUbuntu)", "cluster": "aks-hbs-portal-krc", "kubelet": "1.30.4"}
        elif kind == "ot":
            attrs |= {"os": rng.choice(["Windows Server 2019", "Windows 10 IoT Enterprise LTSC 2021"]),
                      "patch_window": "정기수리 시에만"}  # fmt: skip
            if h in ("BF_L2_SRV1", "BF_L2_SRV2", "SM_L2_SRV", "UP_L2DB_SRV", "HSM_L2_SRV1", "HSM_L2_SRV2",
                     "CRM_L2_SRV", "YARD_L2_SRV"):  # fmt: skip
                attrs["os"] = "Red Hat Enterprise Linux 7.9 (ELS)"
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, owner, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", owner, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _minutes(ts: datetime) -> float:
    return (ts - START).total_seconds() / 60


def _process(ts: datetime) -> float:
    """The hot end runs around the clock: a converter heat about every 42 minutes, a little more by day."""
    h = seoul_hour(ts)
    v = 0.58 + 0.08 * math.sin(2 * math.pi * _minutes(ts) / 42) + 0.06 * _bump(h, 14, 5)
    return max(0.05, min(1.0, v))


def _furnace2(ts: datetime) -> float:
    """2고로: as the hot end, but blown down (휴풍) on Friday 10 from 08:00 to 20:00."""
    loc = _local(ts)
    if loc.day == 10 and 8 <= seoul_hour(ts) < 20:
        return 0.12
    return _process(ts)


def _rolling(ts: datetime, hot: bool = True) -> float:
    """A rolling line: steady with a work-roll change every 4.5 hours; the hot strip mill also stops for its
    weekly 정기수리 on Wednesday 08:00–16:00."""
    loc, h = _local(ts), seoul_hour(ts)
    if hot and loc.weekday() == 2 and 8 <= h < 16:
        return 0.1
    phase = (_minutes(ts) + (0 if hot else 130)) % 270
    v = 0.22 if phase < 25 else 0.72 + 0.05 * _bump(h, 15, 6)
    return max(0.05, min(1.0, v))


def _shift(ts: datetime) -> float:
    """MES: handover and results at the shift changes (07, 15, 23), office users on weekdays."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.32 + 0.4 * (_bump(h, 7.2, 0.35) + _bump(h, 15.2, 0.35) + _bump(h, 23.2, 0.35))
    if wd < 5 and 8.5 <= h < 18:
        v += 0.22
    return max(0.05, min(1.0, v))


def _yard(ts: datetime) -> float:
    """Coil yard: cranes around the clock, truck shipping 08–18 on weekdays and 08–13 on Saturday, vessel
    loading in the evening."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.28
    if wd < 5 and 8 <= h < 18:
        v += 0.5 * (0.8 + 0.2 * _bump(h, 13.5, 2))
    elif wd == 5 and 8 <= h < 13:
        v += 0.35
    if 19 <= h < 23:
        v += 0.15
    return max(0.05, min(1.0, v))


def _energy(ts: datetime) -> float:
    """Energy centre: busiest in the winter heavy-load hours (10–12, 17–20, 22–23) on weekdays."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.42 + 0.05 * math.sin(2 * math.pi * _minutes(ts) / 42)
    heavy = 10 <= h < 12 or 17 <= h < 20 or 22 <= h < 23
    if heavy:
        v += 0.38 if wd < 5 else 0.18 if wd == 5 else 0.0
    return max(0.05, min(1.0, v))


def _lab(ts: datetime) -> float:
    """Laboratory: heat samples around the clock, mechanical tests and certificates on weekday day shift."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.3 + 0.08 * math.sin(2 * math.pi * _minutes(ts) / 42)
    if wd < 5 and 8.5 <= h < 17.5:
        v += 0.45
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.65 * (1 if 8.5 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1)


def _night(ts: datetime) -> float:
    """Nightly cost close, backups and retraining 01:00–05:00."""
    return 0.85 if 1 <= seoul_hour(ts) < 5 else 0.15


def _steady(ts: datetime) -> float:
    return 0.5


PROCESS = {
    "exaopc-bf", "kepware-sm", "bf3-l2app", "bof-blowmodel", "cc-l2app", "l2db-up", "pi-da-ot", "pi2pi-dmz",
    "pi-da-it", "pi-af-dj", "UP_OPCGW", "BF_L2_SRV2", "SM_L2_SRV", "UP_L2DB_SRV", "PI_OT_SRV", "DMZ_PI_IF",
    "DJPIDA01", "OT-RING-UP", "FW-OTDMZ-OT", "FW-OTDMZ-IT", "QM_L3L2", "DJMQ01", "kafka-djw", "DJKAFKA01",
    "DJKAFKA02", "DJKAFKA03", "gasmon-hub", "safety-alert", "gasmon-db", "DJSAFE01", "spectro-if", "LAB_IF_PC",
}  # fmt: skip
FURNACE2 = {"bf2-l2app", "BF_L2_SRV1"}
HOT_ROLLING = {"ibapda-hsm", "hsm-setup", "HSM_IBA_SRV", "HSM_L2_SRV1", "sis-hsm", "SIS_CAM_HSM", "vision-infer",
               "DJGPU01", "DJGPU02", "nas-djw-sis"}  # fmt: skip
COLD_ROLLING = {"kepware-rm", "crm-setup", "l2db-rm", "RM_OPCGW", "CRM_L2_SRV", "sis-crm", "SIS_CAM_CRM",
                "OT-RING-RM"}  # fmt: skip
SHIFT = {"mes-sm", "mes-rm", "mes-plan", "mes-web", "mes_shift_close", "mesdb-ora", "redis-mes", "DJMESAP01",
         "DJMESAP02", "DJMESDB01", "DJMESDB02", "qms-judge", "lb-djw-mes", "san-djw-01", "djw-core-sw1"}  # fmt: skip
YARD = {"yard-crane-ctl", "coil-track", "ylms-ship", "gate-lpr", "ylms-db", "redis-yard", "DJYLMS01",
        "DJYLMSDB01", "DJREDIS01", "YARD_L2_SRV"}  # fmt: skip
ENERGY = {"ems-power", "ems-gasholder", "o2plant-opt", "ems-tsdb", "DJEMS01"}
LABS = {"lims-app", "limsdb-mssql", "lims_cert_issue", "DJLIMS01", "DJLIMSDB01"}
OFFICE = {"erp-s4", "hana-erp", "sap-po", "cust-portal", "sql-hbs-portal", "redis-hbs-portal", "agw-hbs-portal",
          "lb-sel-erp", "sel-s4app01", "sel-s4app02", "sel-hana01", "sel-po01", "san-sel-01", "wan-djw-sel",
          "er-azure-sel", "aks-portal-31724508-vmss000000", "aks-portal-31724508-vmss000001", "sms-gw"}  # fmt: skip
NIGHT = {"erp_cost_close", "bkp-djw-dd01", "sis_img_upload", "vision-train", "sthbsvision01", "evh-hbs-iot"}


def _load(name: str):
    if name in COLD_ROLLING:
        return lambda ts: _rolling(ts, hot=False)
    for group, shape in (
        (PROCESS, _process),
        (FURNACE2, _furnace2),
        (HOT_ROLLING, _rolling),
        (SHIFT, _shift),
        (YARD, _yard),
        (ENERGY, _energy),
        (LABS, _lab),
        (OFFICE, _office),
        (NIGHT, _night),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "S1": {0: (6.0, 4.0), 1: (4.0, 12.0), 2: (2.2, 6.5)},
    "S2": {0: (8.0, 3.5), 1: (5.0, 12.0), 2: (2.8, 8.0), 3: (1.8, 5.5)},
    "S3": {1: (7.0, 12.0), 2: (4.0, 14.0), 3: (2.0, 7.0)},
    "S4": {0: (5.0, 6.0), 1: (3.5, 12.0)},
    "S5": {0: (7.0, 3.0), 1: (4.0, 11.0), 2: (2.4, 7.0)},
    "S6": {0: (3.0, 9.0), 1: (4.0, 12.0), 2: (2.2, 6.0)},
    "S7": {0: (5.0, 6.0), 1: (4.5, 13.0), 2: (2.5, 8.0)},
}
EFFECT_OVERRIDE = {
    ("S1", "mes-sm"): (5.0, 31.0),
    ("S2", "erp-s4"): (6.0, 28.0),
    ("S3", "sis-hsm"): (5.0, 30.0),
    ("S4", "ems-power"): (4.0, 29.0),
    ("S5", "mes-rm"): (5.5, 26.0),
    ("S6", "yard-crane-ctl"): (4.6, 32.0),
    ("S7", "gasmon-hub"): (6.0, 35.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "DJMESDB01", "DJMESDB02", "DJYLMSDB01", "DJLIMSDB01", "DJPIDA01", "DJKAFKA01", "DJKAFKA02", "DJKAFKA03",
    "DJMQ01", "DJGPU01", "DJGPU02", "sel-hana01", "dr-hana01", "UP_L2DB_SRV", "PI_OT_SRV", "CRM_L2_SRV",
    "SIS_CAM_HSM", "SIS_CAM_CRM", "DJEMS01", "DJSAFE01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "DJLIMSDB01":  # the LIMS DB's data volume creeps up (the image attachments)
        disk0, growth = 62.3, 1.4
    if name in ("sel-hana01", "dr-hana01"):  # HANA holds its memory
        mem0 = 78.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "DJGPU01":  # Xid 79, driver resets, soft lockups
            cpu += (96.5 + rng.gauss(0, 0.8) - cpu) * ramp(ts, S3["start"], S3["end"], rise=5, fall=10)
            mem += 18 * ramp(ts, S3["start"], S3["end"], rise=5, fall=10)
        if name in ("DJMESDB01", "DJMESDB02"):  # latch spinning
            cpu += 34 * ramp(ts, S5["start"], S5["end"], rise=5, fall=10)
        if name == "DJKAFKA02":  # the GC-bound broker
            cpu += 24 * ramp(ts, S7["start"], S7["end"], rise=10)
        if name == "HSM_L2_SRV2":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-djw-sel": 2.4, "er-azure-sel": 3.1}.get(name, rng.uniform(0.2, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-djw-sis": (71, 72), "bkp-djw-dd01": (58, 60), "san-djw-01": (63, 65)}.get(name, (30, 50))
    per_day = 0.32 if name == "nas-djw-sis" else 0.04
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.9) if name.startswith("san-") else rng.uniform(1.4, 3.8)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "bkp-djw-dd01" and 2 <= seoul_hour(ts) < 4:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "exaopc-bf": 18.0, "kepware-sm": 12.0, "ibapda-hsm": 4.5, "kepware-rm": 14.0, "bf2-l2app": 85.0,
    "bf3-l2app": 90.0, "bof-blowmodel": 140.0, "cc-l2app": 60.0, "hsm-setup": 38.0, "crm-setup": 45.0,
    "yard-crane-ctl": 70.0, "pi2pi-dmz": 22.0, "pi-af-dj": 310.0, "mes-sm": 120.0, "mes-rm": 135.0,
    "mes-plan": 480.0, "mes-web": 260.0, "mes_shift_close": 640.0, "qms-judge": 210.0, "coil-track": 55.0,
    "ylms-ship": 230.0, "gate-lpr": 170.0, "sis-hsm": 32.0, "sis-crm": 36.0, "vision-infer": 24.0,
    "sis_img_upload": 590.0, "vision-train": 720.0, "ems-power": 160.0, "ems-gasholder": 140.0,
    "o2plant-opt": 380.0, "gasmon-hub": 40.0, "safety-alert": 95.0, "sms-gw": 210.0, "lims-app": 340.0,
    "lims_cert_issue": 560.0, "spectro-if": 75.0, "erp-s4": 420.0, "sap-po": 260.0, "erp_cost_close": 690.0,
    "cust-portal": 240.0,
    "mesdb-ora": 3.6, "l2db-up": 2.4, "l2db-rm": 2.2, "pi-da-ot": 6.5, "pi-da-it": 8.2, "ylms-db": 2.9,
    "limsdb-mssql": 4.1, "hana-erp": 1.8, "hana-erp-dr": 1.6, "ems-tsdb": 5.4, "gasmon-db": 1.9,
    "sql-hbs-portal": 4.8,
    "redis-mes": 0.38, "redis-yard": 0.31, "redis-hbs-portal": 1.2,
    "QM_L3L2": 2.6, "kafka-djw": 3.4, "evh-hbs-iot": 7.5,
    "lb-djw-mes": 1.1, "lb-sel-erp": 1.6, "agw-hbs-portal": 3.2,
}  # fmt: skip
REQUEST_RATE = {
    "exaopc-bf": 9600.0, "kepware-sm": 7400.0, "ibapda-hsm": 12800.0, "kepware-rm": 5200.0, "bf2-l2app": 140.0,
    "bf3-l2app": 150.0, "bof-blowmodel": 95.0, "cc-l2app": 120.0, "hsm-setup": 260.0, "crm-setup": 180.0,
    "yard-crane-ctl": 320.0, "pi2pi-dmz": 8800.0, "pi-af-dj": 640.0, "mes-sm": 880.0, "mes-rm": 1250.0,
    "mes-plan": 90.0, "mes-web": 410.0, "qms-judge": 230.0, "coil-track": 1900.0, "ylms-ship": 340.0,
    "gate-lpr": 45.0, "sis-hsm": 610.0, "sis-crm": 540.0, "vision-infer": 1150.0, "ems-power": 520.0,
    "ems-gasholder": 360.0, "o2plant-opt": 75.0, "gasmon-hub": 2100.0, "safety-alert": 60.0, "lims-app": 190.0,
    "spectro-if": 35.0, "mes_shift_close": 150.0, "erp_cost_close": 80.0, "erp-s4": 1450.0, "sap-po": 620.0, "cust-portal": 380.0,
    "mesdb-ora": 21400.0, "pi-da-ot": 36000.0, "pi-da-it": 41000.0, "ylms-db": 4300.0, "limsdb-mssql": 1300.0,
    "hana-erp": 16500.0, "ems-tsdb": 2600.0, "gasmon-db": 2300.0, "sql-hbs-portal": 1500.0,
    "redis-mes": 26000.0, "redis-yard": 8800.0, "redis-hbs-portal": 3100.0, "QM_L3L2": 1700.0,
    "kafka-djw": 14500.0, "evh-hbs-iot": 900.0, "lb-djw-mes": 2600.0, "lb-sel-erp": 1500.0,
    "agw-hbs-portal": 420.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and HANA with a memory gauge: (level, swing with load)
    "redis-mes": (54.0, 8.0), "redis-yard": (47.0, 9.0), "redis-hbs-portal": (38.0, 6.0),
    "QM_L3L2": (28.0, 8.0), "kafka-djw": (44.0, 6.0), "evh-hbs-iot": (22.0, 5.0), "hana-erp": (71.0, 6.0),
}  # fmt: skip
CPU_DB = {"mesdb-ora": (24.0, 30.0), "hana-erp": (16.0, 34.0), "pi-da-it": (14.0, 12.0)}
BATCH_HOURS = {"erp_cost_close": (1.5, 3.2), "vision-train": (1.0, 5.0)}


def _shift_close_active(ts: datetime) -> bool:
    h = seoul_hour(ts)
    return any(at <= h < at + 0.5 for at in (7.0, 15.0, 23.0))


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
            if inc is S4 and name == "pi-da-it":
                req *= 1 - 0.7 * r  # archive writes stopped
            if inc is S7 and name in ("kafka-djw", "gasmon-hub"):
                req *= 1 - 0.4 * r
            if inc is S6 and name == "yard-crane-ctl":
                req *= 1 - 0.5 * r
        if name in BATCH_HOURS:
            a, z = BATCH_HOURS[name]
            if not a <= seoul_hour(ts) < z:
                req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            if name == "mes_shift_close" and not _shift_close_active(ts):
                req *= 0.1
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-yard":  # the UWB history keys without TTL, then maxmemory
                mem += (99.9 - mem) * ramp(
                    ts, S6["start"] - timedelta(minutes=25), S6["end"], rise=25, fall=10
                )
            if name == "hana-erp":  # up against the lowered allocation limit
                mem += (97.6 + rng.gauss(0, 0.3) - mem) * ramp(ts, S2["start"], S2["end"], rise=5, fall=10)
            if name == "QM_L3L2":  # transmit queues back up
                mem += 38 * ramp(ts, S1["start"], S1["end"], rise=10, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "mesdb-ora":
                cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, S5["start"], S5["end"], rise=5, fall=10)
            if name == "hana-erp":
                cpu += 20 * ramp(ts, S2["start"], S2["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


CREWS = "ABCD"


def _daily_rows() -> list[tuple]:
    """The shift closes, the cost close, the PI backup, the model retraining and the portal certificate."""
    rows = []
    for d in range(6, 17):
        for k, hh in enumerate((7, 15, 23)):
            n = (d * 3 + k) % 4
            crews = f"{CREWS[n]}조 → {CREWS[(n + 1) % 4]}조"
            rows.append((d, hh, 0, "mes_shift_close", "info", "batch_job", f"교대 마감 배치 시작 ({crews})"))
        rows.append(
            (d, 1, 30, "erp_cost_close", "info", "batch_job", "원가 일마감 잡 시작 (ZCO_DAILY_CLOSE)")
        )
        rows.append((d, 3, 5, "erp_cost_close", "info", "batch_job", "원가 일마감 잡 완료"))
        rows.append((d, 2, 30, "pi-da-it", "info", "backup", "PI 아카이브 백업 시작 (piartool -backup)"))
        rows.append(
            (d, 1, 0, "vision-train", "info", "batch_job", "야간 재학습 파이프라인 시작 (defect-cls)")
        )
        left = (datetime(2028, 11, 24) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 0, "agw-hbs-portal", "warning", "cert_expiry",
             f"SSL certificate portal.hanbitsteel.co.kr expires in {left} days (2028-11-24), manual renewal (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (6, 14, 0, "mes-sm-stg", "info", "deployment", "mes-sm-stg 11.5.0-rc1 배포"),
    (6, 16, 20, "DJLIMSDB01", "warning", "threshold_breach", "disk_usage above 65% on D:\\LIMSDATA"),
    (7, 15, 30, "QM_L3L2", "info", "config_change", "LogSecondaryFiles 40 → 10 (로그 파일시스템 공간 확보)"),
    (7, 22, 40, "mes-sm", "info", "deployment", "mes-sm 11.4.0 배포 (차지 편성 화면 개선)"),
    (8, 9, 0, "bof-blowmodel", "info", "maintenance", "3전로 노체 보수 시작 (11/8~11/13), 1·2전로 2기 조업"),
    (8, 11, 0, "cust-portal", "info", "deployment", "cust-portal 5.2.0 배포 (출하 추적 지도)"),
    (8, 17, 0, "hana-erp", "info", "change_notice", "목요일 DR 전환 리허설 준비: HDP 메모리 한도 조정 예정"),
    (8, 19, 30, "hana-erp", "info", "config_change", "global_allocation_limit 5600GB → 4800GB (DR 리허설 메모리 확보)"),
    (9, 10, 5, "erp-s4", "info", "deployment", "Transport HSPK904211 import (판매오더 가격결정 로직 수정)"),
    (9, 16, 40, "DJLIMSDB01", "warning", "threshold_breach", "disk_usage above 70% on D:\\LIMSDATA"),
    (10, 8, 0, "bf2-l2app", "info", "maintenance", "2고로 휴풍 시작 (풍구 교체, 20:00 송풍 예정)"),
    (10, 14, 0, "HSM_L2_SRV2", "info", "maintenance", "열연 L2 예비서버 RAID 디스크 교체 (서비스 제외)"),
    (10, 15, 0, "ylms-ship", "info", "deployment", "ylms-ship 3.1.0 배포 (철송 배차 화면)"),
    (10, 20, 5, "bf2-l2app", "info", "maintenance", "2고로 송풍 재개"),
    (11, 14, 5, "vision-infer", "info", "deployment", "vision-infer 모델 defect-cls-v5 배포 (열연 스케일 결함 클래스 추가)"),
    (11, 16, 0, "pi-af-dj", "info", "deployment", "PI AF 2023 Patch 2 적용"),
    (12, 22, 0, "mesdb-ora", "info", "batch_job", "주간 통계정보 수집 (DBMS_STATS.GATHER_SCHEMA_STATS MESOWN)"),
    (13, 6, 40, "mes-rm", "info", "deployment", "mes-rm 11.4.2 배포 (압연 지시 우선순위)"),
    (13, 10, 0, "bof-blowmodel", "info", "maintenance", "3전로 노체 보수 완료, 3기 조업 복귀"),
    (13, 11, 30, "DJLIMSDB01", "warning", "threshold_breach", "disk_usage above 75% on D:\\LIMSDATA"),
    (13, 16, 0, "lims-app-dev", "info", "deployment", "lims-app-dev 8.2.0-dev 배포"),
    (14, 14, 50, "coil-track", "info", "deployment", "coil-track 3.6.0 배포 (UWB 이동 이력 캐시)"),
    (15, 8, 0, "hsm-setup", "info", "maintenance", "열연 정기수리 시작 (08:00~16:00, 작업롤/가이드 교체)"),
    (15, 16, 5, "hsm-setup", "info", "maintenance", "열연 정기수리 종료, 압연 재개"),
    (15, 17, 0, "kafka-djw", "info", "config_change", "broker 2 KAFKA_HEAP_OPTS -Xmx6g → -Xmx16g, G1 설정 변경 (롤링 재시작)"),
    (16, 8, 40, "gasmon-hub", "info", "deployment", "gasmon-hub 2.3.1 배포 (CO 경보 2단계 임계 설정 UI)"),
    # S1 (Tuesday night-shift change)
    (7, 23, 6, "QM_L3L2", "warning", "queue", "SYSTEM.CLUSTER.TRANSMIT.QUEUE depth 48,210 (queue depth high event)"),
    (7, 23, 9, "QM_L3L2", "critical", "mq_log", "AMQ7463E: The log for queue manager QM_L3L2 is full; AMQ7469I transactions rolled back to release log space"),
    (7, 23, 13, "mes-sm", "critical", "error", "MQRC 2102 (MQRC_RESOURCE_PROBLEM) 출강 지시 전송 실패 31%"),
    (7, 23, 17, "bof-blowmodel", "major", "error", "L3 차지 지시 미수신, 취련 모델 대기 (HEAT 8K2041)"),
    (7, 23, 19, "cc-l2app", "major", "error", "연주 스케줄 수신 지연 (턴디시 교체 지시 누락)"),
    (7, 23, 26, "mes-web", "warning", "error", "교대일지 조회 지연"),
    (7, 23, 50, "QM_L3L2", "info", "config_change", "LogSecondaryFiles 10 → 40 원복, 채널 재기동"),
    (8, 0, 5, "mes-sm", "info", "recovery", "출강 지시 전송 정상"),
    # S2 (Thursday morning)
    (9, 10, 21, "hana-erp", "warning", "memory", "memory usage 92% of global_allocation_limit, column unloads 1,840/min"),
    (9, 10, 24, "hana-erp", "critical", "memory", "[MEMORY_LIMIT_VIOLATION] allocation failed, statements rolled back (OOM dump written)"),
    (9, 10, 27, "erp-s4", "critical", "error", "ST22 TSV_TNEW_PAGE_ALLOC_FAILED / DBSQL_SQL_ERROR 급증, 판매오더 저장 실패 28%"),
    (9, 10, 33, "sap-po", "major", "error", "IDoc ORDERS05 전송 실패 (ERP 응답 타임아웃), 큐 적체 1,240건"),
    (9, 10, 40, "ylms-ship", "warning", "error", "출하지시 ERP 확정 지연"),
    (9, 11, 5, "hana-erp", "info", "config_change", "global_allocation_limit 4800GB → 5600GB 원복"),
    (9, 11, 25, "erp-s4", "info", "recovery", "판매오더 처리 정상"),
    # S3 (Saturday afternoon)
    (11, 14, 31, "DJGPU01", "critical", "hardware", "NVRM: Xid 79, GPU at PCI:0000:41:00 has fallen off the bus"),
    (11, 14, 34, "DJGPU01", "warning", "hardware", "watchdog: BUG: soft lockup - CPU#37 stuck for 22s (nvidia-persistenced)"),
    (11, 14, 38, "vision-infer", "critical", "error", "Triton: model instance defect-cls_0_2 unavailable, inference queue 지연 급증"),
    (11, 14, 44, "sis-hsm", "critical", "error", "결함 분류 타임아웃, 미판정 코일 증가 (상면 카메라 4대)"),
    (11, 14, 52, "qms-judge", "major", "error", "표면 판정 대기 코일 37개, 출하 보류"),
    (11, 15, 20, "DJGPU01", "info", "maintenance", "DJGPU01 서비스 제외 (drain), 추론 DJGPU02 단독 운영"),
    (11, 15, 35, "sis-hsm", "info", "recovery", "결함 분류 정상"),
    # S4 (Sunday small hours)
    (12, 2, 41, "pi-da-it", "warning", "archive", "Archive shift failed: no empty archive available (auto-create disabled)"),
    (12, 2, 44, "pi-da-it", "critical", "archive", "Event queue full, archive writes stopped, snapshot events queued (pimsgss)"),
    (12, 2, 49, "ems-power", "critical", "error", "실시간 수전 데이터 갱신 중단, 최대수요 예측 불가"),
    (12, 2, 53, "ems-gasholder", "major", "error", "BFG/LDG 홀더 레벨 데이터 수신 지연"),
    (12, 2, 58, "pi-af-dj", "warning", "error", "AF 분석 계산 지연 (backfill queue 12,000)"),
    (12, 3, 30, "pi-da-it", "info", "config_change", "신규 아카이브 생성/등록, archive auto-create 활성화"),
    (12, 3, 45, "ems-power", "info", "recovery", "수전 데이터 정상 갱신"),
    # S5 (Monday day-shift change)
    (13, 7, 6, "mesdb-ora", "warning", "performance", "latch: cache buffers chains, AAS 148 (CPU 64 cores)"),
    (13, 7, 9, "mesdb-ora", "critical", "performance", "SQL_ID 4mz7q1k9bt2xa plan change (PHV 1840275513 → 3925518870), full scan on COIL_HIST"),
    (13, 7, 12, "mes-rm", "critical", "error", "압연 실적 저장 타임아웃 26% (JDBC read timeout)"),
    (13, 7, 15, "mes_shift_close", "major", "batch_job", "교대 마감 집계 지연"),
    (13, 7, 19, "coil-track", "major", "error", "코일 위치 갱신 지연"),
    (13, 7, 26, "yard-crane-ctl", "warning", "error", "이송 지시 대기, 크레인 3대 수동 전환"),
    (13, 7, 50, "mesdb-ora", "info", "config_change", "SQL Plan Baseline 고정 (SQL_ID 4mz7q1k9bt2xa, PHV 1840275513)"),
    (13, 8, 10, "mes-rm", "info", "recovery", "압연 실적 저장 정상"),
    # S6 (Tuesday afternoon-shift change)
    (14, 15, 11, "redis-yard", "warning", "memory", "used_memory 7.6GB / maxmemory 8GB (noeviction)"),
    (14, 15, 14, "redis-yard", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory'"),
    (14, 15, 18, "yard-crane-ctl", "critical", "error", "크레인 작업지시 저장 실패 32%, 무인 크레인 11대 정지"),
    (14, 15, 22, "coil-track", "major", "error", "코일 위치 캐시 쓰기 실패"),
    (14, 15, 30, "ylms-ship", "warning", "error", "출하 코일 위치 확인 지연, 트럭 대기 증가"),
    (14, 15, 58, "redis-yard", "info", "config_change", "maxmemory 8GB → 16GB, uwb:hist:* 키 TTL 6h 설정"),
    (14, 16, 15, "yard-crane-ctl", "info", "recovery", "무인 크레인 자동 운전 재개"),
    # S7 (Thursday morning, ongoing)
    (16, 9, 6, "kafka-djw", "warning", "replication", "UnderReplicatedPartitions 184, ISR shrink on broker 2 (GC pause 11.2s)"),
    (16, 9, 10, "kafka-djw", "critical", "replication", "NotEnoughReplicasException: min.insync.replicas=2, produce requests failing (acks=all)"),
    (16, 9, 14, "gasmon-hub", "critical", "error", "검지기 이벤트 발행 실패 35% (TimeoutException), 수신 지연 41s"),
    (16, 9, 18, "ems-gasholder", "major", "error", "가스 홀더 레벨 이벤트 지연"),
    (16, 9, 25, "safety-alert", "warning", "error", "경보 전파 지연 (가스 경보 2건 재전송)"),
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
    generate(NAME, "steel-mill", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
