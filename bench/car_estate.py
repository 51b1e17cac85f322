"""Generate the carmaker estate (tests/fixtures/carmaker/, interchange format) and its faults file.

A Korean car maker's IT/OT and connected-car platform (한결자동차): the assembly plants' MES per shop — 프레스
(press, PRS), 차체 (body, BDY), 도장 (paint, PNT), 의장 (trim, TRM) — at 울산2공장 (`ULS2-PNT-MES01` …, the Oracle
`ULS2-MESDB`, the andon board `ULS2-ANDON`, the PLC tag store `ULS2-TAGDB`) and 아산공장 (`ASN1-BDY-MES01` …), one
OPC UA gateway per shop on a line-side IPC (`ULS2-BDY-OPC01` on `ipc-ul2-bdy-05`), vision inspection on GPU boxes
(`vision__body_gap`, `vision__paint_defect` over the image NAS `nas-ul2-vision`), JIS/JIT sequencing to the
suppliers (`jis__sequencer` over the AS2/EDI gateway `edi-hub`, the supplier portal, the plan from `scheduler`),
the plant ↔ ERP queue manager `mq-plant`, the ERP `erp-s4` on `HANA-KP1`, a mainframe LPAR `lpar-yj-01` with CICS
(`MF-CICS01`), DB2 (`DB2-HOST`) and the nightly batches `SILJEOK_BAT` (생산실적) and `BUPUM_BAT` (부품단가); the
dealer DMS (`dms-core`, `dealer-portal`), after-sales `warranty` and `recall`, the call centre (`cc-crm`, `ivr`);
in Azure Korea Central the connected-car platform: TCUs → MQTT (`mqtt-tcu-krc`) → `tcu__ingest` → Kafka
(`kafka-vdp`) → `vdp__stream` → the vehicle state store `cosmos-vstate`, the owner app (`ownerapp-bff` behind
`agw-owner-krc`, 원격 시동 through `remote__command` with `redis-cmd`), OTA (`ota__campaign`, `ota-sql`, packages
in `blob-ota-pkg` behind the CDN `ota-cdn`), the vehicle PKI `vehicle-pki` (CA and OCSP, at 양재DC with its HSM),
the test-track data lake (`testtrack__ingest`, `adls-track`, `dbx-track`); in Azure West Europe the European
cars' stack (`mqtt-tcu-weu`, `eu__tcu_ingest`, `eu__remote_command`, `ownerapp-bff-eu`, `gdpr__consent`).
Sites 울산2공장, 아산공장, 양재DC (Seoul HQ DC), azure-koreacentral, azure-westeurope; environments prod, stg, dev;
owners are teams with Korean and English names.

Naming (unlike the earlier estates): plant/shop codes in capitals (`ULS2-PNT-MES01`: Ulsan plant 2, paint shop;
staging instances numbered 9x, `ULS2-PNT-MES91`), services whose dots or slashes became double underscores
(`tcu__ingest`, `remote__command`, `ota__campaign`), numbered VM names by site (`vm-ul2-0431`, `vm-as1-0214`,
`vm-yj-1303`), line-side IPCs by shop (`ipc-ul2-pnt-07`), AKS scale-set nodes (`aks-ccsprd-28417365-vmss000003`),
romanised Korean batches (`SILJEOK_BAT` 실적, `BUPUM_BAT` 부품), and CIs named by ordinary words (`scheduler`,
`warranty`, `recall`, `ivr`).

Seven injected incidents (times KST; now = Wednesday 2027-01-20 07:45, in a cold morning's remote-start peak;
the window is the 10 days before; shift changes at 06:30 / 15:30 / 00:30, lines stopped on weekends):
  C1 Mon 11 06:40–07:35  ULS2-MESDB runs out of Oracle processes (ORA-00020) when every shop's MES reconnects at
                         the first shift after the weekend line stop: ULS2-PNT-MES01 (loudest, deployed at 06:10),
                         ULS2-BDY-MES01, ULS2-TRM-MES01, ULS2-PRS-MES01 and ULS2-ANDON follow
  C2 Wed 13 14:05–15:00  edi-hub's AS2 signing certificate expires at 14:00 (warned for days): suppliers reject
                         the sequence messages, jis__sequencer backs up (loudest, deployed at 13:40),
                         supplier-portal fails, ULS2-TRM-MES01 and ASN1-TRM-MES01 lack JIS parts calls
  C3 Sat 16 02:10–03:05  (weekend, night) the mainframe LPAR lpar-yj-01 hits its defined capacity (WLM soft
                         capping) in the nightly batch: SILJEOK_BAT (loudest), DB2-HOST, MF-CICS01, warranty
  C4 Sun 17 20:00–20:55  (weekend evening) vehicle-pki's CRL balloons after a mass revocation of replaced TCU
                         certificates and OCSP stalls: tcu__ingest (loudest), remote__command, ota__campaign
                         (whose OTA wave 2 started at 19:30) and ownerapp-bff fail mTLS / status checks
  C5 Tue 19 09:40–10:35  HANA-KP1 blocks on a savepoint during a delta merge: erp-s4 (loudest, transport
                         imported at 09:25), scheduler, warranty and dms-core at dealer opening
  C6 Tue 19 22:20–23:15  (last night, night shift) nas-ul2-vision's image volume fills (snapshot autodelete off
                         since Friday's ONTAP change): vision__paint_defect (loudest), vision__body_gap, then
                         ULS2-PNT-MES01 and ULS2-BDY-MES01 hold bodies for a verdict
  C7 Wed 20 07:05–now    cosmos-vstate throttles (HTTP 429, RU/s at the autoscale max lowered on Monday) in the
                         cold-morning remote-start peak: remote__command (loudest), ownerapp-bff (deployed at
                         06:45) and vdp__stream (ongoing)
Confounders: shift changes (06:30, 15:30, 00:30) with MES login bursts, the weekday morning and evening
remote-start peaks, OTA campaign waves (Tue 12 02:00–05:00, Sun 17 19:30–22:30), a planned line stop at 아산공장
on Thursday 14, deploys or changes on victims before C1, C2, C5 and C7, the nightly ERP MRP and mainframe
batches, the retired `tms-legacy`, `vm-ul2-0436` and `vm-as1-0212` in maintenance, the disk of `vm-as1-0214`
(ASN1-TAGDB) creeping up, and the CDN `ota-cdn` certificate expiring on 2027-02-03 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/car_golden.py) are computed from the files.

    .venv/bin/python bench/car_estate.py   # rewrites tests/fixtures/carmaker*
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

NAME = "carmaker"
NOW = datetime(2027, 1, 19, 22, 45, tzinfo=UTC)  # Wednesday 2027-01-20 07:45 KST
START = NOW - timedelta(days=10)  # Sunday 2027-01-10 07:45 KST
SEED = 20270120
SITES = {"U": "울산2공장", "A": "아산공장", "Y": "양재DC", "K": "azure-koreacentral", "E": "azure-westeurope"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2027-01")

MES, OT, VIS, SCM = "생산정보화팀", "ot-automation", "품질비전팀", "scm-integration"
CCP, OTA, APP, DMS = "connected-car-platform", "ota-ops", "owner-app-squad", "딜러시스템팀"
AS, ERP, LEG, DATA = "after-sales-it", "erp-basis", "메인프레임운영팀", "vehicle-data-lab"
PKI, CC, INFRA, DBA = "security-pki", "고객센터IT", "infra-ops", "dba-team"
EU, NET = "eu-connected-ops", "네트워크운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- 울산2공장 MES per shop
    "ULS2-PRS-MES01": ("service", MES, "U", "P", ["vm-ul2-0431"], ["ULS2-MESDB", "ULS2-PRS-OPC01", "mq-plant"],
                       {"desc": "울산2공장 프레스 MES (금형 교환, 판넬 실적)", "shop": "프레스", "line": "UL2-PRS-L1",
                        "version": "8.4.2", "presses": 5, "takt_s": 6, "product": "Siemens Opcenter 2310"}),
    "ULS2-BDY-MES01": ("service", MES, "U", "P", ["vm-ul2-0431", "vm-ul2-0432"],
                       ["ULS2-MESDB", "ULS2-BDY-OPC01", "vision__body_gap", "mq-plant"],
                       {"desc": "울산2공장 차체 MES (용접 로봇 실적, BIW 추적)", "shop": "차체", "line": "UL2-BDY-L2",
                        "version": "8.4.2", "robots": 412, "jph": 58, "product": "Siemens Opcenter 2310"}),
    "ULS2-PNT-MES01": ("service", MES, "U", "P", ["vm-ul2-0432"],
                       ["ULS2-MESDB", "ULS2-PNT-OPC01", "vision__paint_defect", "mq-plant"],
                       {"desc": "울산2공장 도장 MES (부스, 오븐, 색상 순서)", "shop": "도장", "line": "UL2-PNT-L2",
                        "version": "8.4.3", "booths": 9, "colors": 14, "oven_temp_c": 140, "jph": 58,
                        "product": "Siemens Opcenter 2310"}),
    "ULS2-TRM-MES01": ("service", MES, "U", "P", ["vm-ul2-0433"],
                       ["ULS2-MESDB", "ULS2-TRM-OPC01", "jis__sequencer", "mq-plant"],
                       {"desc": "울산2공장 의장 MES (조립 지시, 토크 실적, 차량 완성)", "shop": "의장",
                        "line": "UL2-TRM-L2", "version": "8.4.2", "stations": 186, "jph": 58,
                        "platforms": "HX3, SV1e", "product": "Siemens Opcenter 2310"}),
    "ULS2-PRS-OPC01": ("service", OT, "U", "P", ["ipc-ul2-prs-02"], [],
                       {"desc": "프레스 OPC UA 게이트웨이", "product": "Kepware KEPServerEX 6.15", "plc_count": 14,
                        "plc_vendor": "Siemens S7-1500", "protocol": "OPC UA"}),
    "ULS2-BDY-OPC01": ("service", OT, "U", "P", ["ipc-ul2-bdy-05"], [],
                       {"desc": "차체 OPC UA 게이트웨이", "product": "Kepware KEPServerEX 6.15", "plc_count": 38,
                        "plc_vendor": "Rockwell ControlLogix", "protocol": "OPC UA"}),
    "ULS2-PNT-OPC01": ("service", OT, "U", "P", ["ipc-ul2-pnt-07"], [],
                       {"desc": "도장 OPC UA 게이트웨이", "product": "Kepware KEPServerEX 6.15", "plc_count": 22,
                        "plc_vendor": "Mitsubishi iQ-R", "protocol": "OPC UA"}),
    "ULS2-TRM-OPC01": ("service", OT, "U", "P", ["ipc-ul2-trm-03"], [],
                       {"desc": "의장 OPC UA 게이트웨이 (너트런너, 체결 토크)", "product": "Kepware KEPServerEX 6.15",
                        "plc_count": 31, "plc_vendor": "Siemens S7-1500", "protocol": "OPC UA"}),
    "vision__body_gap": ("service", VIS, "U", "P", ["gpu-ul2-v01"], ["nas-ul2-vision"],
                         {"desc": "차체 갭/단차 비전 검사", "cameras": 24, "model": "gapnet-v7", "version": "2.3.0",
                          "framework": "TensorRT 8.6"}),
    "vision__paint_defect": ("service", VIS, "U", "P", ["gpu-ul2-v02"], ["nas-ul2-vision"],
                             {"desc": "도장 결함(먼지, 흐름, 오렌지필) 비전 검사", "cameras": 36, "model": "defectnet-v12",
                              "version": "3.1.4", "framework": "TensorRT 8.6"}),
    "ULS2-ANDON": ("service", MES, "U", "P", ["vm-ul2-0434"], ["ULS2-MESDB"],
                   {"desc": "울산2공장 안돈 전광판/호출", "version": "2.0.7", "boards": 64}),
    "ULS2-QMS": ("service", VIS, "U", "P", ["vm-ul2-0434"], ["ULS2-MESDB", "ULS2-TAGDB"],
                 {"desc": "울산2공장 품질관리 (검사 이력, 수정 라인)", "version": "5.2.1"}),
    # ---------------------------------------------------------------- 아산공장 MES
    "ASN1-BDY-MES01": ("service", MES, "A", "P", ["vm-as1-0210"], ["ASN1-MESDB", "ASN1-BDY-OPC01", "mq-plant"],
                       {"desc": "아산공장 차체 MES", "shop": "차체", "line": "AS1-BDY-L1", "version": "8.3.9",
                        "robots": 296, "jph": 42, "product": "Siemens Opcenter 2304"}),
    "ASN1-PNT-MES01": ("service", MES, "A", "P", ["vm-as1-0211"], ["ASN1-MESDB", "mq-plant"],
                       {"desc": "아산공장 도장 MES", "shop": "도장", "line": "AS1-PNT-L1", "version": "8.3.9",
                        "booths": 7, "colors": 11, "oven_temp_c": 135, "product": "Siemens Opcenter 2304"}),
    "ASN1-TRM-MES01": ("service", MES, "A", "P", ["vm-as1-0211"], ["ASN1-MESDB", "jis__sequencer", "mq-plant"],
                       {"desc": "아산공장 의장 MES", "shop": "의장", "line": "AS1-TRM-L1", "version": "8.3.9",
                        "stations": 142, "jph": 42, "platforms": "NE-K", "product": "Siemens Opcenter 2304"}),
    "ASN1-BDY-OPC01": ("service", OT, "A", "P", ["ipc-as1-bdy-01"], [],
                       {"desc": "아산 차체 OPC UA 게이트웨이", "product": "Softing edgeConnector 3.5", "plc_count": 27,
                        "plc_vendor": "Siemens S7-1500", "protocol": "OPC UA"}),
    "vision__asan_final": ("service", VIS, "A", "P", ["gpu-as1-v01"], ["ASN1-MESDB"],
                           {"desc": "아산 최종 외관 검사", "cameras": 18, "model": "finalnet-v3", "version": "1.8.2",
                            "framework": "TensorRT 8.6"}),
    "ASN1-ANDON": ("service", MES, "A", "P", ["vm-as1-0210"], ["ASN1-MESDB"],
                   {"desc": "아산공장 안돈", "version": "2.0.7", "boards": 41}),
    # ---------------------------------------------------------------- supply chain (양재DC)
    "jis__sequencer": ("service", SCM, "Y", "P", ["vm-yj-1102"], ["edi-hub", "scheduler", "ora-scm"],
                       {"desc": "JIS/JIT 서열 송신 (시트, 범퍼, 모듈 협력사)", "version": "4.6.0", "suppliers": 37,
                        "lead_time_min": 180, "lang": "java"}),
    "edi-hub": ("service", SCM, "Y", "P", ["vm-yj-1103"], ["ora-scm"],
                {"desc": "협력사 EDI 게이트웨이 (AS2, EDIFACT DELJIT)", "product": "Axway B2Bi 2.6", "partners": 214,
                 "protocol": "AS2", "as2_cert_expiry": "2028-01-13"}),
    "supplier-portal": ("service", SCM, "Y", "P", ["vm-yj-1103"], ["edi-hub", "ora-scm"],
                        {"desc": "협력사 포털 (납입 지시, 검수)", "version": "3.2.5", "lang": "java", "users": 5200}),
    "scheduler": ("service", SCM, "Y", "P", ["vm-yj-1102"], ["erp-s4", "ora-scm"],
                  {"desc": "생산 계획/서열 편성 (APS)", "product": "DELMIA Quintiq 6.5", "horizon_days": 14,
                   "version": "6.5.2"}),
    "mq-plant": ("queue", ERP, "Y", "P", ["vm-yj-1104"], [],
                 {"desc": "공장 MES ↔ ERP 큐 매니저", "product": "IBM MQ 9.3.4", "queue_manager": "QM_PLANT",
                  "channels": 18, "port": 1414}),
    # ---------------------------------------------------------------- ERP and the mainframe
    "erp-s4": ("service", ERP, "Y", "P", ["vm-yj-1201", "vm-yj-1202"], ["HANA-KP1", "mq-plant"],
               {"desc": "ERP (구매, 생산, 재무, 판매)", "product": "SAP S/4HANA 2022 FPS02", "sid": "KP1",
                "app_servers": 6, "dialog_users": 3100}),
    "MF-CICS01": ("service", LEG, "Y", "P", ["lpar-yj-01"], ["DB2-HOST"],
                  {"desc": "메인프레임 CICS 온라인 (차량 제원, 보증 이력)", "product": "CICS TS 6.1", "region": "CICSPRD1",
                   "transactions": 240}),
    "SILJEOK_BAT": ("service", LEG, "Y", "P", ["lpar-yj-01"], ["DB2-HOST", "mq-plant"],
                    {"desc": "생산실적 야간 배치 (공장 실적 → 원가, 출고)", "product": "JES2 / COBOL", "schedule": "매일 01:30",
                     "jobs": 86}),
    "BUPUM_BAT": ("service", LEG, "Y", "P", ["lpar-yj-01"], ["DB2-HOST"],
                  {"desc": "부품 단가/부품 마스터 배치", "product": "JES2 / COBOL", "schedule": "매일 03:40", "jobs": 23}),
    # ---------------------------------------------------------------- dealers, after-sales, call centre
    "dms-core": ("service", DMS, "Y", "P", ["vm-yj-1301", "vm-yj-1302"], ["pg-dms", "erp-s4", "redis-dms"],
                 {"desc": "딜러 DMS (계약, 출고, 재고)", "version": "11.2.0", "lang": "java", "dealers": 820,
                  "replicas": 6}),
    "dealer-portal": ("service", DMS, "Y", "P", ["vm-yj-1301"], ["dms-core", "warranty"],
                      {"desc": "딜러 포털 (웹)", "version": "11.2.0", "lang": "typescript", "replicas": 4}),
    "warranty": ("service", AS, "Y", "P", ["vm-yj-1303"], ["pg-warranty", "erp-s4", "MF-CICS01"],
                 {"desc": "보증 수리 청구/심사", "version": "7.0.3", "lang": "java", "replicas": 4,
                  "claims_per_day": 9400}),
    "recall": ("service", AS, "Y", "P", ["vm-yj-1303"], ["pg-warranty", "dms-core"],
               {"desc": "리콜/무상수리 캠페인 관리", "version": "2.4.1", "lang": "java", "replicas": 2,
                "open_campaigns": 17}),
    "cc-crm": ("service", CC, "Y", "P", ["vm-yj-1401"], ["warranty", "dms-core", "ccs-account"],
               {"desc": "고객센터 CRM (상담 이력, 원격 지원)", "product": "Salesforce Service Cloud 연동 콘솔",
                "version": "4.8.0", "agents": 380}),
    "ivr": ("service", CC, "Y", "P", ["vm-yj-1402"], ["cc-crm"],
            {"desc": "고객센터 ARS", "product": "Genesys Engage 8.5", "lines": 240, "callcenter_no": "080-600-xxxx"}),
    # ---------------------------------------------------------------- connected car (Azure Korea Central)
    "tcu__ingest": ("service", CCP, "K", "P", ["aks-ccsprd-28417365-vmss000001", "aks-ccsprd-28417365-vmss000002"],
                    ["mqtt-tcu-krc", "kafka-vdp", "vehicle-pki"],
                    {"desc": "TCU 텔레메트리 수집 (MQTT → Kafka)", "namespace": "ccs-prd/telemetry", "lang": "rust",
                     "version": "5.2.0", "replicas": 12, "vehicles_online": 412000, "ping_interval_s": 30}),
    "vdp__stream": ("service", DATA, "K", "P", ["aks-ccsprd-28417365-vmss000003"],
                    ["kafka-vdp", "cosmos-vstate", "adls-vdp"],
                    {"desc": "차량 데이터 스트림 처리 (상태 갱신, DTC 이벤트)", "namespace": "ccs-prd/vdp",
                     "product": "Flink 1.18", "version": "1.14.2", "replicas": 8}),
    "vdp__partner_api": ("service", DATA, "K", "P", ["aks-ccsprd-28417365-vmss000004"], ["adls-vdp", "kafka-vdp"],
                         {"desc": "차량 데이터 제휴 API (UBI 보험, 충전 사업자)", "namespace": "ccs-prd/vdp",
                          "lang": "kotlin", "version": "2.0.9", "replicas": 4, "partners": 12}),
    "remote__command": ("service", APP, "K", "P",
                        ["aks-ccsprd-28417365-vmss000002", "aks-ccsprd-28417365-vmss000005"],
                        ["cosmos-vstate", "mqtt-tcu-krc", "redis-cmd", "vehicle-pki"],
                        {"desc": "원격 제어 (원격 시동, 공조, 도어 잠금)", "namespace": "ccs-prd/remote", "lang": "go",
                         "version": "3.9.1", "replicas": 16, "command_timeout_s": 40}),
    "ownerapp-bff": ("service", APP, "K", "P",
                     ["aks-ccsprd-28417365-vmss000000", "aks-ccsprd-28417365-vmss000005"],
                     ["ccs-account", "remote__command", "cosmos-vstate", "redis-owner-sess"],
                     {"desc": "오너 앱 BFF (차량 상태, 원격 시동, 충전 예약)", "namespace": "ccs-prd/app",
                      "lang": "kotlin", "version": "6.3.0", "replicas": 20, "app_users": 1850000}),
    "ccs-account": ("service", APP, "K", "P", ["aks-ccsprd-28417365-vmss000000"], ["sql-ccs", "redis-owner-sess"],
                    {"desc": "커넥티드카 회원/차량 소유 인증", "namespace": "ccs-prd/account", "lang": "kotlin",
                     "version": "2.7.4", "replicas": 8, "token_ttl_min": 60}),
    "push__notify": ("service", APP, "K", "P", ["aks-ccsprd-28417365-vmss000004"], ["kafka-vdp"],
                     {"desc": "앱 푸시 (도난 경보, 충전 완료, 리콜 안내)", "namespace": "ccs-prd/app", "lang": "go",
                      "version": "1.12.0", "replicas": 4}),
    "ota__campaign": ("service", OTA, "K", "P", ["aks-ccsprd-28417365-vmss000003"],
                      ["ota-sql", "blob-ota-pkg", "vehicle-pki", "mqtt-tcu-krc"],
                      {"desc": "OTA 캠페인 관리 (대상 선정, 웨이브 배포, 결과 수집)", "namespace": "ccs-prd/ota",
                       "lang": "java", "version": "4.4.2", "replicas": 6, "wave_size": 60000,
                       "ecus": "ccNC, IAU, VCU, BMS"}),
    "vehicle-pki": ("service", PKI, "Y", "P", ["vm-yj-1501"], [],
                    {"desc": "차량 PKI (TCU 인증서 발급, CRL, OCSP)", "product": "EJBCA Enterprise 8.2",
                     "certs_issued": 2600000, "ocsp_port": 8080, "hsm": "Thales Luna 7"}),
    "testtrack__ingest": ("service", DATA, "K", "P", ["aks-ccsprd-28417365-vmss000004"], ["adls-track"],
                          {"desc": "시험로 데이터로거 수집 (MF4 → Parquet)", "namespace": "ccs-prd/track",
                           "lang": "python", "version": "0.9.3", "replicas": 2, "loggers": 64}),
    "dbx-track": ("service", DATA, "K", "P", [], ["adls-track"],
                  {"desc": "시험로 데이터 분석 워크스페이스", "product": "Azure Databricks (Premium)", "clusters": 9,
                   "runtime": "DBR 14.3 LTS"}),
    # ---------------------------------------------------------------- EU (Azure West Europe)
    "eu__tcu_ingest": ("service", EU, "E", "P", ["aks-ccseu-53028146-vmss000000"], ["mqtt-tcu-weu", "eventhub-weu"],
                       {"desc": "유럽 차량 TCU 수집", "namespace": "ccs-eu/telemetry", "lang": "rust", "version": "5.1.3",
                        "replicas": 6, "vehicles_online": 96000}),
    "eu__remote_command": ("service", EU, "E", "P", ["aks-ccseu-53028146-vmss000001"],
                           ["cosmos-vstate-eu", "mqtt-tcu-weu"],
                           {"desc": "유럽 원격 제어", "namespace": "ccs-eu/remote", "lang": "go", "version": "3.8.7",
                            "replicas": 6}),
    "ownerapp-bff-eu": ("service", EU, "E", "P", ["aks-ccseu-53028146-vmss000001"],
                        ["eu__remote_command", "cosmos-vstate-eu", "gdpr__consent"],
                        {"desc": "유럽 오너 앱 BFF", "namespace": "ccs-eu/app", "lang": "kotlin", "version": "6.2.4",
                         "replicas": 8, "app_users": 310000}),
    "gdpr__consent": ("service", EU, "E", "P", ["aks-ccseu-53028146-vmss000000"], ["cosmos-vstate-eu"],
                      {"desc": "GDPR/Data Act 동의 관리", "namespace": "ccs-eu/privacy", "lang": "kotlin",
                       "version": "1.4.0", "replicas": 2}),
    # ---------------------------------------------------------------- stg, dev, retired
    "ULS2-PNT-MES91": ("service", MES, "U", "S", ["vm-ul2-0491"], ["ULS2-MESDB91"],
                       {"desc": "울산2공장 도장 MES (검증)", "shop": "도장", "version": "8.5.0-rc1"}),
    "ULS2-MESDB91": ("database", DBA, "U", "S", ["vm-ul2-0491"], [],
                     {"engine": "oracle", "version": "19.21", "port": 1521, "sid": "UL2MEST"}),
    "ownerapp-bff-stg": ("service", APP, "K", "S", ["aks-ccsstg-71920384-vmss000000"], ["cosmos-vstate-stg"],
                         {"desc": "오너 앱 BFF (스테이징)", "namespace": "ccs-stg/app", "version": "6.4.0-rc2",
                          "replicas": 2}),
    "remote__command_stg": ("service", APP, "K", "S", ["aks-ccsstg-71920384-vmss000000"], ["cosmos-vstate-stg"],
                            {"desc": "원격 제어 (스테이징)", "namespace": "ccs-stg/remote", "version": "3.10.0-rc1",
                             "replicas": 2}),
    "ota__campaign_stg": ("service", OTA, "K", "S", ["aks-ccsstg-71920384-vmss000000"], ["cosmos-vstate-stg"],
                          {"desc": "OTA 캠페인 (스테이징, 벤치 차량 40대)", "namespace": "ccs-stg/ota",
                           "version": "4.5.0-rc1", "replicas": 1}),
    "cosmos-vstate-stg": ("database", CCP, "K", "S", [], [],
                          {"engine": "cosmosdb", "api": "NoSQL", "max_ru": 20000, "consistency": "Session"}),
    "erp-s4-qas": ("service", ERP, "Y", "S", ["vm-yj-1602"], ["HANA-KQ1"],
                   {"desc": "ERP 품질 시스템 (QAS)", "product": "SAP S/4HANA 2022 FPS02", "sid": "KQ1"}),
    "HANA-KQ1": ("database", DBA, "Y", "S", ["vm-yj-1602"], [],
                 {"engine": "hana", "version": "2.0 SPS07", "memory_gb": 512, "port": 30015}),
    "dms-core-dev": ("service", DMS, "Y", "D", ["vm-yj-1601"], [],
                     {"desc": "딜러 DMS (개발)", "version": "11.3.0-SNAPSHOT", "replicas": 1}),
    "tcu__ingest_dev": ("service", CCP, "K", "D", ["aks-ccsdev-60482917-vmss000000"], [],
                        {"desc": "TCU 수집 (개발, 시뮬레이터 트래픽)", "namespace": "ccs-dev/telemetry",
                         "version": "5.3.0-SNAPSHOT", "replicas": 1}),
    "warranty-dev": ("service", AS, "Y", "D", ["vm-yj-1601"], [],
                     {"desc": "보증 청구 (개발)", "version": "7.1.0-SNAPSHOT", "replicas": 1}),
    "tms-legacy": ("service", CCP, "Y", "P", [], [],
                   {"desc": "구 텔레매틱스 서버 (2019년형 TMU, tcu__ingest로 대체)", "version": "1.9.12",
                    "decommissioned": "2026-06-30"}),
    # ---------------------------------------------------------------- databases
    "ULS2-MESDB": ("database", DBA, "U", "P", ["bm-ul2-ora01"], [],
                   {"engine": "oracle", "version": "19.21", "port": 1521, "sid": "UL2MES", "processes": 1500,
                    "size_tb": 4.2, "desc": "울산2공장 MES 운영 DB (전 공장 공용)"}),
    "ULS2-TAGDB": ("database", OT, "U", "P", ["vm-ul2-0435"], [],
                   {"engine": "timescaledb", "version": "2.14.2", "port": 5432, "retention_days": 90,
                    "desc": "PLC 태그 시계열 (설비 상태, 토크, 온도)"}),
    "ASN1-MESDB": ("database", DBA, "A", "P", ["vm-as1-0213"], [],
                   {"engine": "oracle", "version": "19.19", "port": 1521, "sid": "AS1MES", "processes": 900,
                    "size_tb": 2.1, "desc": "아산공장 MES DB"}),
    "ASN1-TAGDB": ("database", OT, "A", "P", ["vm-as1-0214"], [],
                   {"engine": "timescaledb", "version": "2.13.1", "port": 5432, "retention_days": 120,
                    "desc": "아산 PLC 태그 시계열"}),
    "ora-scm": ("database", DBA, "Y", "P", ["bm-yj-ora01"], [],
                {"engine": "oracle", "version": "19.21", "port": 1521, "sid": "SCMPRD", "size_tb": 1.6,
                 "desc": "서열/납입/EDI 메시지"}),
    "HANA-KP1": ("database", DBA, "Y", "P", ["bm-yj-hana01"], [],
                 {"engine": "hana", "version": "2.0 SPS07 Rev 73", "memory_gb": 6144, "port": 30015,
                  "desc": "ERP 운영 DB (KP1)"}),
    "DB2-HOST": ("database", LEG, "Y", "P", ["lpar-yj-01"], [],
                 {"engine": "db2", "version": "Db2 13 for z/OS", "subsystem": "DBP1", "desc": "메인프레임 Db2 (차량 제원, 보증 원장)"}),
    "pg-dms": ("database", DBA, "Y", "P", ["vm-yj-1305"], [],
               {"engine": "postgresql", "version": "15.6", "port": 5432, "size_gb": 820, "desc": "딜러 계약/재고"}),
    "pg-warranty": ("database", DBA, "Y", "P", ["vm-yj-1306"], [],
                    {"engine": "postgresql", "version": "15.6", "port": 5432, "size_gb": 1430,
                     "desc": "보증 청구, 리콜 대상"}),
    "cosmos-vstate": ("database", CCP, "K", "P", [], [],
                      {"engine": "cosmosdb", "api": "NoSQL", "max_ru": 150000, "consistency": "Session",
                       "regions": "koreacentral, koreasouth", "desc": "차량 상태/디지털 트윈 (도어, 시동, 공조, 위치)"}),
    "cosmos-vstate-eu": ("database", EU, "E", "P", [], [],
                         {"engine": "cosmosdb", "api": "NoSQL", "max_ru": 60000, "consistency": "Session",
                          "regions": "westeurope, northeurope", "desc": "유럽 차량 상태"}),
    "sql-ccs": ("database", CCP, "K", "P", [], [],
                {"engine": "azure-sql", "product": "Azure SQL Database (Business Critical, Gen5 16 vCore)",
                 "port": 1433, "desc": "커넥티드카 회원, 차량 소유"}),
    "ota-sql": ("database", OTA, "K", "P", [], [],
                {"engine": "azure-sql", "product": "Azure SQL Managed Instance (GP, 8 vCore)", "port": 1433,
                 "desc": "OTA 캠페인, 대상 차량, 결과"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-cmd": ("cache", APP, "K", "P", [], [],
                  {"engine": "redis", "product": "Azure Cache for Redis P2", "maxmemory_gb": 13, "port": 6380,
                   "desc": "원격 명령 상태/중복 제거"}),
    "redis-owner-sess": ("cache", APP, "K", "P", [], [],
                         {"engine": "redis", "product": "Azure Cache for Redis P1", "maxmemory_gb": 6, "port": 6380,
                          "desc": "오너 앱 세션"}),
    "redis-dms": ("cache", DMS, "Y", "P", [], [],
                  {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 16, "port": 6379, "desc": "DMS 재고 캐시"}),
    "mqtt-tcu-krc": ("queue", CCP, "K", "P", ["aks-ccsprd-28417365-vmss000001"], [],
                     {"product": "HiveMQ Enterprise 4.26", "nodes": 6, "max_connections": 600000, "port": 8883,
                      "protocol": "MQTT 5 over mTLS", "desc": "국내 차량 TCU 브로커"}),
    "mqtt-tcu-weu": ("queue", EU, "E", "P", ["aks-ccseu-53028146-vmss000000"], [],
                     {"product": "HiveMQ Enterprise 4.26", "nodes": 3, "max_connections": 150000, "port": 8883,
                      "protocol": "MQTT 5 over mTLS", "desc": "유럽 차량 TCU 브로커"}),
    "kafka-vdp": ("queue", DATA, "K", "P", [], [],
                  {"product": "Confluent Platform 7.6", "brokers": 9, "topics": 148, "port": 9093,
                   "desc": "차량 데이터 이벤트 스트림"}),
    "eventhub-weu": ("queue", EU, "E", "P", [], [],
                     {"product": "Azure Event Hubs (Premium, 4 PU)", "partitions": 64, "desc": "유럽 텔레메트리 스트림"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "agw-owner-krc": ("K", APP, ["ownerapp-bff"],
                      {"vendor": "Azure", "model": "Application Gateway WAF_v2", "endpoint": "api.hangyeol-auto.kr",
                       "cert_expiry": "2027-08-30"}),
    "agw-owner-weu": ("E", EU, ["ownerapp-bff-eu"],
                      {"vendor": "Azure", "model": "Application Gateway WAF_v2", "endpoint": "api.hangyeol-auto.eu",
                       "cert_expiry": "2027-06-14"}),
    "ota-cdn": ("K", OTA, ["blob-ota-pkg"],
                {"vendor": "Azure", "model": "Front Door Premium", "endpoint": "ota.hangyeol-auto.kr",
                 "cert_expiry": "2027-02-03"}),
    "f5-yj-dms": ("Y", NET, ["dms-core", "dealer-portal", "warranty"],
                  {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.12.40.20", "firmware": "17.1.1"}),
    "l4-ul2-mes": ("U", NET, ["ULS2-PRS-MES01", "ULS2-BDY-MES01", "ULS2-PNT-MES01", "ULS2-TRM-MES01"],
                   {"vendor": "Piolink", "model": "PAS-K 5424", "vip": "10.31.8.10", "firmware": "2.4.1"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-ul2-vision": ("U", VIS, {"vendor": "NetApp", "model": "AFF A250", "capacity_tb": 96, "ontap": "9.14.1P3",
                                  "volume": "/vol/vision_img", "desc": "비전 검사 이미지 (30일 보관)"},
                       ["gpu-ul2-v01", "gpu-ul2-v02"]),
    "san-yj-01": ("Y", INFRA, {"vendor": "Hitachi", "model": "VSP E990", "capacity_tb": 480,
                               "desc": "HANA/Oracle/메인프레임 블록 스토리지"},
                  ["bm-yj-hana01", "bm-yj-ora01", "lpar-yj-01"]),
    "blob-ota-pkg": ("K", OTA, {"vendor": "Azure", "model": "Blob Storage (Premium, ZRS)", "capacity_tb": 64,
                                "desc": "OTA 패키지 (서명된 델타 이미지)"}, []),
    "adls-vdp": ("K", DATA, {"vendor": "Azure", "model": "ADLS Gen2", "capacity_tb": 900,
                             "desc": "차량 데이터 레이크 (Delta)"}, []),
    "adls-track": ("K", DATA, {"vendor": "Azure", "model": "ADLS Gen2", "capacity_tb": 350,
                               "desc": "시험로 데이터 레이크 (MF4, 영상)"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 울산2공장
    "vm-ul2-0431": ("U", "P", "vm", {"role": "프레스/차체 MES WAS"}),
    "vm-ul2-0432": ("U", "P", "vm", {"role": "차체/도장 MES WAS"}),
    "vm-ul2-0433": ("U", "P", "vm", {"role": "의장 MES WAS"}),
    "vm-ul2-0434": ("U", "P", "vm", {"role": "안돈, QMS"}),
    "vm-ul2-0435": ("U", "P", "vm", {"role": "PLC 태그 DB"}),
    "vm-ul2-0436": ("U", "P", "vm", {"role": "예비 MES WAS (OS 패치 중)"}),
    "vm-ul2-0491": ("U", "S", "vm", {"role": "도장 MES 검증"}),
    "bm-ul2-ora01": ("U", "P", "bare", {"role": "MES Oracle DB", "model": "Dell PowerEdge R760"}),
    "ipc-ul2-prs-02": ("U", "P", "ipc", {"role": "프레스 라인 OPC", "model": "Advantech UNO-2484G"}),
    "ipc-ul2-bdy-05": ("U", "P", "ipc", {"role": "차체 라인 OPC", "model": "Advantech UNO-2484G"}),
    "ipc-ul2-pnt-07": ("U", "P", "ipc", {"role": "도장 라인 OPC", "model": "Siemens SIMATIC IPC547G"}),
    "ipc-ul2-trm-03": ("U", "P", "ipc", {"role": "의장 라인 OPC", "model": "Siemens SIMATIC IPC547G"}),
    "gpu-ul2-v01": ("U", "P", "gpu", {"role": "차체 비전", "gpu": "NVIDIA L4 x4"}),
    "gpu-ul2-v02": ("U", "P", "gpu", {"role": "도장 비전", "gpu": "NVIDIA L40S x2"}),
    "fw-ul2-ot": ("U", "P", "net", {"device": "OT firewall", "vendor": "Fortinet", "model": "FortiGate 601F",
                                    "firmware": "FortiOS 7.2.8", "desc": "IT/OT 경계 (Purdue L3.5)"}),
    # 아산공장
    "vm-as1-0210": ("A", "P", "vm", {"role": "차체 MES WAS, 안돈"}),
    "vm-as1-0211": ("A", "P", "vm", {"role": "도장/의장 MES WAS"}),
    "vm-as1-0212": ("A", "P", "vm", {"role": "예비 WAS (펌웨어 점검)"}),
    "vm-as1-0213": ("A", "P", "vm", {"role": "MES Oracle DB"}),
    "vm-as1-0214": ("A", "P", "vm", {"role": "PLC 태그 DB"}),
    "ipc-as1-bdy-01": ("A", "P", "ipc", {"role": "차체 라인 OPC", "model": "Advantech UNO-2484G"}),
    "gpu-as1-v01": ("A", "P", "gpu", {"role": "최종 외관 비전", "gpu": "NVIDIA L4 x2"}),
    "fw-as1-ot": ("A", "P", "net", {"device": "OT firewall", "vendor": "Fortinet", "model": "FortiGate 401F",
                                    "firmware": "FortiOS 7.2.8", "desc": "IT/OT 경계"}),
    # 양재DC
    "vm-yj-1102": ("Y", "P", "vm", {"role": "서열/APS"}),
    "vm-yj-1103": ("Y", "P", "vm", {"role": "EDI, 협력사 포털"}),
    "vm-yj-1104": ("Y", "P", "vm", {"role": "IBM MQ QM_PLANT"}),
    "vm-yj-1201": ("Y", "P", "vm", {"role": "SAP 앱 서버 #1"}),
    "vm-yj-1202": ("Y", "P", "vm", {"role": "SAP 앱 서버 #2"}),
    "vm-yj-1301": ("Y", "P", "vm", {"role": "DMS, 딜러 포털"}),
    "vm-yj-1302": ("Y", "P", "vm", {"role": "DMS"}),
    "vm-yj-1303": ("Y", "P", "vm", {"role": "보증, 리콜"}),
    "vm-yj-1305": ("Y", "P", "vm", {"role": "PostgreSQL DMS"}),
    "vm-yj-1306": ("Y", "P", "vm", {"role": "PostgreSQL 보증"}),
    "vm-yj-1401": ("Y", "P", "vm", {"role": "고객센터 CRM"}),
    "vm-yj-1402": ("Y", "P", "vm", {"role": "ARS/CTI"}),
    "vm-yj-1501": ("Y", "P", "vm", {"role": "차량 PKI CA/OCSP"}),
    "vm-yj-1601": ("Y", "D", "vm", {"role": "개발 공용"}),
    "vm-yj-1602": ("Y", "S", "vm", {"role": "SAP QAS"}),
    "bm-yj-hana01": ("Y", "P", "bare", {"role": "SAP HANA (KP1)", "model": "Lenovo ThinkSystem SR950 V3"}),
    "bm-yj-ora01": ("Y", "P", "bare", {"role": "Oracle SCM", "model": "Dell PowerEdge R760"}),
    "lpar-yj-01": ("Y", "P", "lpar", {"role": "z/OS 운영 LPAR", "model": "IBM z16 A01", "defined_capacity_msu": 420,
                                      "os": "z/OS 3.1"}),
    "hsm-yj-01": ("Y", "P", "appliance", {"role": "PKI HSM", "model": "Thales Luna Network HSM 7", "firmware": "7.8.4"}),
    "er-yj-krc": ("Y", "P", "net", {"device": "ExpressRoute", "vendor": "Microsoft", "model": "ExpressRoute 10Gbps (KINX)",
                                    "circuit": "er-hgk-yj-krc-01", "desc": "양재DC ↔ Azure Korea Central"}),
    # Azure Korea Central (AKS ccs-prd)
    "aks-ccsprd-28417365-vmss000000": ("K", "P", "aks", {"vm_size": "Standard_D16ds_v5", "zone": "koreacentral-1"}),
    "aks-ccsprd-28417365-vmss000001": ("K", "P", "aks", {"vm_size": "Standard_F16s_v2", "zone": "koreacentral-1"}),
    "aks-ccsprd-28417365-vmss000002": ("K", "P", "aks", {"vm_size": "Standard_F16s_v2", "zone": "koreacentral-2"}),
    "aks-ccsprd-28417365-vmss000003": ("K", "P", "aks", {"vm_size": "Standard_E16ds_v5", "zone": "koreacentral-2"}),
    "aks-ccsprd-28417365-vmss000004": ("K", "P", "aks", {"vm_size": "Standard_D16ds_v5", "zone": "koreacentral-3"}),
    "aks-ccsprd-28417365-vmss000005": ("K", "P", "aks", {"vm_size": "Standard_F16s_v2", "zone": "koreacentral-3"}),
    "aks-ccsstg-71920384-vmss000000": ("K", "S", "aks", {"vm_size": "Standard_D8ds_v5", "zone": "koreacentral-1"}),
    "aks-ccsdev-60482917-vmss000000": ("K", "D", "aks", {"vm_size": "Standard_D4ds_v5", "zone": "koreacentral-1"}),
    # Azure West Europe (AKS ccs-eu)
    "aks-ccseu-53028146-vmss000000": ("E", "P", "aks", {"vm_size": "Standard_F16s_v2", "zone": "westeurope-1"}),
    "aks-ccseu-53028146-vmss000001": ("E", "P", "aks", {"vm_size": "Standard_D16ds_v5", "zone": "westeurope-2"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("ULS2-PRS-OPC01", "fw-ul2-ot"),
    ("ULS2-BDY-OPC01", "fw-ul2-ot"),
    ("ULS2-PNT-OPC01", "fw-ul2-ot"),
    ("ULS2-TRM-OPC01", "fw-ul2-ot"),
    ("ASN1-BDY-OPC01", "fw-as1-ot"),
    ("vehicle-pki", "hsm-yj-01"),
    ("vehicle-pki", "er-yj-krc"),
    ("mq-plant", "er-yj-krc"),
]
# fmt: on
STATUS = {"vm-ul2-0436": "maintenance", "vm-as1-0212": "maintenance", "tms-legacy": "retired"}
NET_PREFIX = {"U": "10.31", "A": "10.41", "Y": "10.12", "K": "10.80", "E": "10.88"}
OWNER_BY_KIND = {"vm": INFRA, "bare": INFRA, "ipc": OT, "gpu": VIS, "net": NET, "aks": CCP, "lpar": LEG,
                 "appliance": PKI}  # fmt: skip


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "C1",
        "kind": "db_process_limit",
        "root": "ULS2-MESDB",
        "description": "at the first shift on Monday after the weekend line stop every shop's MES reconnects to"
        " ULS2-MESDB at once and the Oracle instance runs out of processes (ORA-00020): the paint shop MES"
        " ULS2-PNT-MES01 shows the loudest errors (its 8.4.3 deploy at 06:10 is a bystander), body, trim and"
        " press MES and the andon board follow, until the process limit is raised and idle sessions killed",
        "start": kst(11, 6, 40),
        "end": kst(11, 7, 35),
        "affected": [
            "ULS2-MESDB",
            "ULS2-PNT-MES01",
            "ULS2-BDY-MES01",
            "ULS2-TRM-MES01",
            "ULS2-PRS-MES01",
            "ULS2-ANDON",
        ],
    },
    {
        "id": "C2",
        "kind": "certificate_expired",
        "root": "edi-hub",
        "description": "on Wednesday afternoon the AS2 signing certificate of edi-hub expires at 14:00 (warned"
        " daily): the suppliers' gateways reject the DELJIT sequence messages, jis__sequencer backs up (loudest),"
        " supplier-portal fails, the trim shops of both plants lack their JIS part calls, until a renewed"
        " certificate is installed and the partners re-exchange it",
        "start": kst(13, 14, 5),
        "end": kst(13, 15, 0),
        "affected": ["edi-hub", "jis__sequencer", "supplier-portal", "ULS2-TRM-MES01", "ASN1-TRM-MES01"],
    },
    {
        "id": "C3",
        "kind": "capacity_capping",
        "root": "lpar-yj-01",
        "description": "in the small hours of Saturday the mainframe LPAR lpar-yj-01 reaches its defined capacity"
        " (WLM soft capping on the 4-hour rolling average) in the nightly batch: SILJEOK_BAT runs late and abends"
        " on timeouts (loudest), DB2-HOST and MF-CICS01 slow down, warranty's claim lookups time out, until the"
        " cap is raised temporarily",
        "start": kst(16, 2, 10),
        "end": kst(16, 3, 5),
        "affected": ["lpar-yj-01", "SILJEOK_BAT", "DB2-HOST", "MF-CICS01", "warranty"],
    },
    {
        "id": "C4",
        "kind": "ocsp_stall",
        "root": "vehicle-pki",
        "description": "on Sunday evening a mass revocation of replaced TCU certificates bloats vehicle-pki's CRL"
        " and its OCSP responder stalls: the vehicles' mTLS handshakes fail, tcu__ingest shows the loudest errors,"
        " remote__command and ota__campaign (whose OTA wave 2 started at 19:30, a bystander) fail, ownerapp-bff"
        " follows, until the CRL is partitioned and OCSP pre-signing re-enabled",
        "start": kst(17, 20, 0),
        "end": kst(17, 20, 55),
        "affected": ["vehicle-pki", "tcu__ingest", "remote__command", "ota__campaign", "ownerapp-bff"],
    },
    {
        "id": "C5",
        "kind": "savepoint_block",
        "root": "HANA-KP1",
        "description": "on Tuesday morning HANA-KP1 blocks every write in a savepoint's critical phase during a"
        " delta merge of a large finance table: erp-s4 dialog work processes hang (loudest; the transport"
        " imported at 09:25 is a bystander), scheduler, warranty and dms-core fail at the dealers' opening, until"
        " the merge is cancelled",
        "start": kst(19, 9, 40),
        "end": kst(19, 10, 35),
        "affected": ["HANA-KP1", "erp-s4", "scheduler", "warranty", "dms-core"],
    },
    {
        "id": "C6",
        "kind": "volume_full",
        "root": "nas-ul2-vision",
        "description": "on Tuesday night (night shift) the image volume of nas-ul2-vision fills: snapshot"
        " autodelete was left off in Friday's ONTAP change; vision__paint_defect cannot write images (loudest),"
        " vision__body_gap fails, ULS2-PNT-MES01 and ULS2-BDY-MES01 hold bodies waiting for a verdict, until old"
        " snapshots are deleted",
        "start": kst(19, 22, 20),
        "end": kst(19, 23, 15),
        "affected": [
            "nas-ul2-vision",
            "vision__paint_defect",
            "vision__body_gap",
            "ULS2-PNT-MES01",
            "ULS2-BDY-MES01",
        ],
    },
    {
        "id": "C7",
        "kind": "throughput_throttling",
        "root": "cosmos-vstate",
        "description": "in the cold Wednesday morning's remote-start peak cosmos-vstate answers HTTP 429 (request"
        " rate too large): Monday's cost change lowered its autoscale maximum to 150k RU/s; remote__command times"
        " out (loudest), ownerapp-bff (deployed at 06:45, a bystander) and vdp__stream follow (ongoing)",
        "start": kst(20, 7, 5),
        "end": None,
        "affected": ["cosmos-vstate", "remote__command", "ownerapp-bff", "vdp__stream"],
    },
]
C1, C2, C3, C4, C5, C6, C7 = INCIDENTS
OTA_WAVES = [(kst(12, 2, 0), kst(12, 5, 0)), (kst(17, 19, 30), kst(17, 22, 30))]
ASAN_STOP = (kst(14, 6, 30), kst(15, 0, 30))  # planned line stop (설비 보수), Thursday
NAS_SNAP_OFF = kst(15, 18, 0)  # Friday's ONTAP change: snapshot autodelete off from here


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
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{20 + i // 7}.{11 + (i * 37) % 200}"}
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.8", "RHEL 8.8", "Windows Server 2019", "RHEL 9.2"]),
                      "vcpu": rng.choice([8, 16, 16, 32]), "mem_gb": rng.choice([32, 64, 64, 128]),
                      "hypervisor": "VMware vSphere 8.0U2" if site != "A" else "Nutanix AHV 6.5"}  # fmt: skip
        elif kind == "bare":
            attrs |= {"os": "SLES 15 SP5" if "hana" in h else "Oracle Linux 8.9",
                      "cores": rng.choice([48, 64, 96]), "mem_gb": 6144 if "hana" in h else rng.choice([512, 768]),
                      "serial": f"{rng.choice(['J30', 'CN7', '7Z'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "ipc":
            attrs |= {"os": "Windows 10 IoT Enterprise LTSC 2021", "purdue_level": 2}
        elif kind == "gpu":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 32, "mem_gb": 256}
        elif kind == "aks":
            attrs |= {"cluster": {"K": "ccs-prd", "E": "ccs-eu"}[site] if env == "P" else
                      {"S": "ccs-stg", "D": "ccs-dev"}[env],
                      "os": "Azure Linux 2.0", "kubelet": "v1.29.7",
                      "node_pool": h.split("-")[1]}  # fmt: skip
            del attrs["ip"]
            attrs["private_ip"] = f"{NET_PREFIX[site]}.{rng.randint(1, 6)}.{rng.randint(4, 250)}"
        attrs |= extra
        owner = OWNER_BY_KIND[kind]
        if h in ("bm-ul2-ora01", "vm-as1-0213", "bm-yj-ora01", "bm-yj-hana01", "vm-yj-1305", "vm-yj-1306"):
            owner = DBA
        if kind == "aks" and site == "E":
            owner = EU
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _shift_day(ts: datetime) -> datetime:
    """The production day a moment belongs to: the night shift up to 00:30 counts to the day before."""
    return _local(ts) - timedelta(hours=0.5)


def _line(plant: str):
    """A plant's lines: running 06:30–00:30 on weekdays (two shifts), login bursts at the shift changes,
    stopped at weekends; 아산 stopped on Thursday 14 (planned 설비 보수)."""

    def load(ts: datetime) -> float:
        h = seoul_hour(ts)
        running = _shift_day(ts).weekday() < 5 and not (h >= 0.5 and h < 6.5)
        if plant == "A" and ASAN_STOP[0] <= ts < ASAN_STOP[1]:
            running = False
        v = 0.12
        if running:
            v = 0.68 + 0.1 * _bump(h, 10.5, 2.5)
            v += 0.22 * (_bump(h, 6.6, 0.15) + _bump(h, 15.6, 0.15) + _bump(h, 0.6, 0.15))
        return max(0.05, min(1.0, v))

    return load


def _remote(ts: datetime) -> float:
    """Remote start and the owner app: the cold weekday mornings (06:30–08:30) and the evening commute, later
    and flatter at weekends."""
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        v = 0.15 + 0.35 * _bump(h, 10.0, 1.5) + 0.3 * _bump(h, 18.5, 2.0)
    else:
        v = 0.12 + 0.75 * _bump(h, 7.4, 0.55) + 0.45 * _bump(h, 18.2, 0.8) + 0.12 * (1 if 9 <= h < 22 else 0)
    return max(0.05, min(1.0, v))


def _driving(ts: datetime) -> float:
    """Telemetry: vehicles on the road."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.1 + 0.45 * (1 if 7 <= h < 22 else 0)
    if loc.weekday() < 5:
        v += 0.3 * _bump(h, 8.0, 0.9) + 0.3 * _bump(h, 18.5, 1.0)
    else:
        v += 0.25 * _bump(h, 14.0, 3.0)
    return max(0.05, min(1.0, v))


def _ota(ts: datetime) -> float:
    v = 0.15
    for a, z in OTA_WAVES:
        v += 0.75 * ramp(ts, a, z, rise=20, fall=20)
    return min(1.0, v)


def _eu(ts: datetime) -> float:
    """European cars: the same day eight hours later (CET)."""
    return _driving(ts - timedelta(hours=8))


def _office(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() == 6:
        return 0.1
    if loc.weekday() == 5:
        return 0.1 + 0.35 * (1 if 9 <= h < 13 else 0)
    return 0.12 + 0.65 * (1 if 9 <= h < 18 else 0) + 0.15 * _bump(h, 9.5, 0.6)


def _night_batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 1.5 <= h < 4.2 else 0.35 * _office(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


ULSAN = {
    "ULS2-PRS-MES01", "ULS2-BDY-MES01", "ULS2-PNT-MES01", "ULS2-TRM-MES01", "ULS2-PRS-OPC01", "ULS2-BDY-OPC01",
    "ULS2-PNT-OPC01", "ULS2-TRM-OPC01", "vision__body_gap", "vision__paint_defect", "ULS2-ANDON", "ULS2-QMS",
    "ULS2-MESDB", "ULS2-TAGDB", "vm-ul2-0431", "vm-ul2-0432", "vm-ul2-0433", "vm-ul2-0434", "vm-ul2-0435",
    "bm-ul2-ora01", "ipc-ul2-prs-02", "ipc-ul2-bdy-05", "ipc-ul2-pnt-07", "ipc-ul2-trm-03", "gpu-ul2-v01",
    "gpu-ul2-v02", "fw-ul2-ot", "nas-ul2-vision", "l4-ul2-mes", "jis__sequencer", "edi-hub", "supplier-portal",
    "vm-yj-1102", "vm-yj-1103", "ora-scm", "bm-yj-ora01", "mq-plant", "vm-yj-1104",
}  # fmt: skip
ASAN = {
    "ASN1-BDY-MES01", "ASN1-PNT-MES01", "ASN1-TRM-MES01", "ASN1-BDY-OPC01", "vision__asan_final", "ASN1-ANDON",
    "ASN1-MESDB", "ASN1-TAGDB", "vm-as1-0210", "vm-as1-0211", "vm-as1-0213", "vm-as1-0214", "ipc-as1-bdy-01",
    "gpu-as1-v01", "fw-as1-ot",
}  # fmt: skip
REMOTE = {
    "remote__command", "ownerapp-bff", "ccs-account", "cosmos-vstate", "sql-ccs", "redis-cmd", "redis-owner-sess",
    "agw-owner-krc", "aks-ccsprd-28417365-vmss000000", "aks-ccsprd-28417365-vmss000002",
    "aks-ccsprd-28417365-vmss000005", "cc-crm", "ivr", "vm-yj-1401", "vm-yj-1402",
}  # fmt: skip
DRIVING = {
    "tcu__ingest", "mqtt-tcu-krc", "kafka-vdp", "vdp__stream", "vdp__partner_api", "push__notify", "adls-vdp",
    "vehicle-pki", "vm-yj-1501", "hsm-yj-01", "er-yj-krc", "aks-ccsprd-28417365-vmss000001",
    "aks-ccsprd-28417365-vmss000003", "aks-ccsprd-28417365-vmss000004", "testtrack__ingest", "adls-track",
}  # fmt: skip
OTA_SIDE = {"ota__campaign", "ota-sql", "blob-ota-pkg", "ota-cdn"}
EUROPE = {
    "eu__tcu_ingest", "eu__remote_command", "ownerapp-bff-eu", "gdpr__consent", "cosmos-vstate-eu",
    "mqtt-tcu-weu", "eventhub-weu", "agw-owner-weu", "aks-ccseu-53028146-vmss000000",
    "aks-ccseu-53028146-vmss000001",
}  # fmt: skip
OFFICE = {
    "erp-s4", "HANA-KP1", "scheduler", "dms-core", "dealer-portal", "warranty", "recall", "pg-dms", "pg-warranty",
    "redis-dms", "f5-yj-dms", "vm-yj-1201", "vm-yj-1202", "vm-yj-1301", "vm-yj-1302", "vm-yj-1303", "vm-yj-1305",
    "vm-yj-1306", "bm-yj-hana01", "san-yj-01", "MF-CICS01", "dbx-track",
}  # fmt: skip
NIGHT_BATCH = {"SILJEOK_BAT", "BUPUM_BAT", "DB2-HOST", "lpar-yj-01"}


def _load(name: str):
    for group, shape in (
        (ULSAN, _line("U")),
        (ASAN, _line("A")),
        (REMOTE, _remote),
        (DRIVING, _driving),
        (OTA_SIDE, _ota),
        (EUROPE, _eu),
        (OFFICE, _office),
        (NIGHT_BATCH, _night_batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "C1": {0: (12.0, 7.0), 1: (4.5, 14.0), 2: (2.0, 6.0)},
    "C2": {0: (3.0, 16.0), 1: (5.0, 21.0), 2: (2.0, 7.5)},
    "C3": {0: (1.0, 0.0), 1: (6.0, 9.0), 2: (2.4, 6.0)},
    "C4": {0: (14.0, 8.0), 1: (4.0, 15.0), 2: (1.8, 6.5)},
    "C5": {0: (15.0, 6.0), 1: (7.0, 22.0), 2: (2.5, 8.0)},
    "C6": {0: (18.0, 9.0), 1: (3.0, 18.0), 2: (1.7, 6.0)},
    "C7": {0: (8.0, 11.0), 1: (3.0, 12.0), 2: (1.6, 5.0)},
}
EFFECT_OVERRIDE = {
    ("C1", "ULS2-PNT-MES01"): (5.0, 28.0),
    ("C1", "ULS2-PRS-MES01"): (1.8, 4.5),
    ("C1", "ULS2-ANDON"): (2.0, 6.0),
    ("C2", "jis__sequencer"): (6.0, 33.0),
    ("C3", "SILJEOK_BAT"): (7.0, 31.0),
    ("C3", "DB2-HOST"): (9.0, 5.0),
    ("C4", "tcu__ingest"): (3.0, 34.0),
    ("C4", "ota__campaign"): (2.5, 12.0),
    ("C5", "erp-s4"): (7.0, 30.0),
    ("C6", "vision__paint_defect"): (3.5, 36.0),
    ("C7", "remote__command"): (4.0, 31.0),
    ("C7", "vdp__stream"): (2.2, 9.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "bm-ul2-ora01", "vm-ul2-0435", "vm-as1-0213", "vm-as1-0214", "bm-yj-hana01", "bm-yj-ora01", "lpar-yj-01",
    "vm-yj-1104", "vm-yj-1305", "vm-yj-1306", "vm-yj-1501", "gpu-ul2-v01", "gpu-ul2-v02", "vm-ul2-0433",
}  # fmt: skip


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "vm-as1-0214":  # ASN1-TAGDB: chunks are not compressed, the disk creeps up
        disk0, growth = 61.0, 1.55
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "bm-ul2-ora01":  # server processes spawning, then idle sessions
            cpu += 41 * ramp(ts, C1["start"], C1["end"], rise=5, fall=10)
            mem += 24 * ramp(ts, C1["start"], C1["end"], rise=5, fall=10)
        if name == "lpar-yj-01":  # the nightly batch, and the cap
            if 1.5 <= seoul_hour(ts) < 4.2:
                cpu += 32
            cpu += (99.2 + rng.gauss(0, 0.3) - cpu) * ramp(ts, C3["start"], C3["end"], rise=5, fall=10)
        if name == "vm-yj-1501":  # CRL parsing, OCSP threads
            cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, C4["start"], C4["end"], rise=5, fall=10)
        if name == "bm-yj-hana01":
            cpu += 22 * ramp(ts, C5["start"] - timedelta(minutes=10), C5["end"], rise=10, fall=10)
        if name in ("aks-ccsprd-28417365-vmss000002", "aks-ccsprd-28417365-vmss000005"):  # retries
            cpu += (34 if name.endswith("2") else 22) * ramp(ts, C7["start"], C7["end"], rise=15)
        if name in ("vm-ul2-0436", "vm-as1-0212"):
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _nas_fill(rng: random.Random, ts: datetime) -> float:
    """nas-ul2-vision: steady near 71 % until Friday's change, then snapshots pile up until the volume is full
    on Tuesday night; back to 64 % after the old snapshots are deleted."""
    base = 71.0 + rng.gauss(0, 0.08)
    if ts < NAS_SNAP_OFF:
        return base
    if ts < C6["start"]:
        p = (ts - NAS_SNAP_OFF).total_seconds() / (C6["start"] - NAS_SNAP_OFF).total_seconds()
        return base + (99.0 - base) * p**1.3
    if ts < C6["end"]:
        return 99.9
    return 64.0 + rng.gauss(0, 0.08) + 0.4 * (ts - C6["end"]).total_seconds() / 86400


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"blob-ota-pkg": (47, 48), "san-yj-01": (66, 67)}.get(name, (35, 55))
    filling = _nas_fill if name == "nas-ul2-vision" else None
    fill = storage_fill(rng, name, times, START, used, 0.05, filling)
    lat0 = rng.uniform(4, 12) if name.startswith(("blob", "adls")) else rng.uniform(0.9, 2.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "ULS2-PRS-MES01": 180.0, "ULS2-BDY-MES01": 210.0, "ULS2-PNT-MES01": 230.0, "ULS2-TRM-MES01": 250.0,
    "ULS2-PRS-OPC01": 14.0, "ULS2-BDY-OPC01": 16.0, "ULS2-PNT-OPC01": 15.0, "ULS2-TRM-OPC01": 18.0,
    "vision__body_gap": 85.0, "vision__paint_defect": 120.0, "ULS2-ANDON": 60.0, "ULS2-QMS": 340.0,
    "ASN1-BDY-MES01": 220.0, "ASN1-PNT-MES01": 240.0, "ASN1-TRM-MES01": 260.0, "ASN1-BDY-OPC01": 17.0,
    "vision__asan_final": 140.0, "ASN1-ANDON": 65.0, "jis__sequencer": 95.0, "edi-hub": 380.0,
    "supplier-portal": 420.0, "scheduler": 720.0, "erp-s4": 450.0, "MF-CICS01": 35.0, "SILJEOK_BAT": 620.0,
    "BUPUM_BAT": 540.0, "dms-core": 240.0, "dealer-portal": 310.0, "warranty": 280.0, "recall": 260.0,
    "cc-crm": 390.0, "ivr": 150.0, "tcu__ingest": 9.0, "vdp__stream": 40.0, "vdp__partner_api": 130.0,
    "remote__command": 160.0, "ownerapp-bff": 150.0, "ccs-account": 45.0, "push__notify": 35.0,
    "ota__campaign": 210.0, "vehicle-pki": 22.0, "testtrack__ingest": 480.0, "dbx-track": 900.0,
    "eu__tcu_ingest": 10.0, "eu__remote_command": 170.0, "ownerapp-bff-eu": 160.0, "gdpr__consent": 70.0,
    "ULS2-MESDB": 3.6, "ULS2-TAGDB": 5.2, "ASN1-MESDB": 3.9, "ASN1-TAGDB": 5.8, "ora-scm": 4.1,
    "HANA-KP1": 2.4, "DB2-HOST": 1.8, "pg-dms": 3.1, "pg-warranty": 3.3, "cosmos-vstate": 6.5,
    "cosmos-vstate-eu": 7.1, "sql-ccs": 2.7, "ota-sql": 4.4, "redis-cmd": 0.5, "redis-owner-sess": 0.4,
    "redis-dms": 0.45, "mqtt-tcu-krc": 3.1, "mqtt-tcu-weu": 3.4, "kafka-vdp": 4.8, "eventhub-weu": 9.5,
    "mq-plant": 2.2, "agw-owner-krc": 2.6, "agw-owner-weu": 2.9, "ota-cdn": 18.0, "f5-yj-dms": 1.2,
    "l4-ul2-mes": 0.9,
}  # fmt: skip
REQUEST_RATE = {
    "ULS2-PRS-MES01": 85.0, "ULS2-BDY-MES01": 140.0, "ULS2-PNT-MES01": 120.0, "ULS2-TRM-MES01": 210.0,
    "ASN1-BDY-MES01": 95.0, "ASN1-PNT-MES01": 80.0, "ASN1-TRM-MES01": 150.0, "jis__sequencer": 42.0,
    "edi-hub": 18.0, "erp-s4": 640.0, "dms-core": 310.0, "warranty": 75.0, "tcu__ingest": 13700.0,
    "vdp__stream": 9800.0, "remote__command": 520.0, "ownerapp-bff": 2300.0, "ota__campaign": 160.0,
    "vehicle-pki": 1400.0, "eu__tcu_ingest": 3200.0, "ownerapp-bff-eu": 380.0, "mqtt-tcu-krc": 13700.0,
    "kafka-vdp": 41000.0, "cosmos-vstate": 26000.0, "mq-plant": 900.0, "ULS2-MESDB": 4200.0,
    "HANA-KP1": 8800.0, "ota-cdn": 2600.0, "cc-crm": 28.0, "ivr": 6.5,
}  # fmt: skip
MEMORY = {  # caches, brokers and the in-memory database with a memory gauge: (level, swing with load)
    "redis-cmd": (41.0, 9.0), "redis-owner-sess": (47.0, 8.0), "redis-dms": (36.0, 6.0),
    "mqtt-tcu-krc": (52.0, 9.0), "mqtt-tcu-weu": (44.0, 8.0), "kafka-vdp": (58.0, 4.0), "mq-plant": (33.0, 5.0),
    "HANA-KP1": (68.0, 5.0),
}  # fmt: skip


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
            if inc is C2 and name in ("edi-hub", "jis__sequencer"):
                req *= 1 - 0.55 * r  # acknowledged messages stop
            if inc is C7 and name == "remote__command":
                req *= 1 + 0.5 * r  # the app's retries of timed-out commands
            if inc is C7 and name == "cosmos-vstate":
                req *= 1 + 0.3 * r
        if name == "edi-hub" and kst(10, 9) <= ts < C2["start"]:  # renegotiating partners in the last days
            err += 0.15
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "HANA-KP1":  # the merge's delta storage
                mem += 14 * ramp(ts, C5["start"] - timedelta(minutes=10), C5["end"], rise=10, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly batches, the MRP run, the shift handovers, and the certificate warnings."""
    rows = []
    for d in range(10, 21):
        weekday = datetime(2027, 1, d).weekday()
        rows.append((d, 1, 0, "erp-s4", "info", "batch_job", "MRP 야간 실행 시작 (MD01N, 플랜트 UL20/AS10)"))
        rows.append((d, 1, 30, "SILJEOK_BAT", "info", "batch_job", "생산실적 배치 시작 (JOB SJB0100)"))
        if d != 16:
            rows.append((d, 3, 35, "SILJEOK_BAT", "info", "batch_job", "생산실적 배치 완료 RC=0000"))
        rows.append((d, 3, 40, "BUPUM_BAT", "info", "batch_job", "부품단가 배치 시작 (JOB BPM0300)"))
        if weekday < 5:
            rows.append((d, 6, 30, "ULS2-ANDON", "info", "shift_change", "주간 근무 시작 (1조)"))
            rows.append((d, 15, 30, "ULS2-ANDON", "info", "shift_change", "야간 근무 시작 (2조)"))
        left = (datetime(2027, 2, 3) - datetime(2027, 1, d)).days
        rows.append(
            (d, 9, 0, "ota-cdn", "warning", "cert_expiry",
             f"TLS certificate ota.hangyeol-auto.kr expires in {left} days (2027-02-03), managed renewal failed"
             " (CNAME validation)")
        )  # fmt: skip
        if d <= 13:
            left = 13 - d
            rows.append(
                (d, 8, 0, "edi-hub", "warning", "cert_expiry",
                 f"AS2 signing certificate CN=edi.hangyeol-auto.kr expires in {left} days (2027-01-13 14:00)")
            )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (10, 10, 0, "ULS2-ANDON", "info", "line_stop", "주말 계획 정지 (울산2공장 전 라인), 월요일 06:30 재가동"),
    (11, 6, 10, "ULS2-PNT-MES01", "info", "deployment", "ULS2-PNT-MES01 8.4.3 배포 (색상 서열 규칙 수정)"),
    (11, 13, 20, "vm-ul2-0436", "info", "maintenance", "vm-ul2-0436 OS 패치 작업 (RHEL 8.8 → 8.10), 예비 WAS"),
    (12, 2, 0, "ota__campaign", "info", "ota_wave", "OTA 캠페인 HX3-ccNC-2701 웨이브 1 시작 (60,000대)"),
    (12, 5, 5, "ota__campaign", "info", "ota_wave", "웨이브 1 완료 (성공 98.7%, 실패 780대 재시도 예약)"),
    (12, 11, 0, "remote__command_stg", "info", "deployment", "remote__command_stg 3.10.0-rc1 배포"),
    (12, 16, 40, "vm-as1-0214", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/postgresql"),
    (13, 13, 40, "jis__sequencer", "info", "deployment", "jis__sequencer 4.6.0 배포 (서열 전문 압축)"),
    (14, 6, 30, "ASN1-ANDON", "info", "line_stop", "아산공장 계획 정지 (설비 보수, 도장 부스 필터 교체) 종일"),
    (14, 15, 0, "vm-as1-0212", "info", "maintenance", "vm-as1-0212 BIOS/펌웨어 점검 (Nutanix LCM)"),
    (15, 18, 0, "nas-ul2-vision", "info", "config_change", "ONTAP 9.14.1P3 업그레이드, snapshot autodelete 비활성 (정책 재적용 누락)"),
    (15, 9, 30, "vm-as1-0214", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/postgresql"),
    (16, 10, 0, "ULS2-ANDON", "info", "line_stop", "주말 계획 정지 (울산2공장 전 라인)"),
    (17, 19, 30, "ota__campaign", "info", "ota_wave", "OTA 캠페인 HX3-ccNC-2701 웨이브 2 시작 (60,000대)"),
    (18, 11, 20, "cosmos-vstate", "info", "config_change", "비용 절감: autoscale 최대 RU/s 400,000 → 150,000"),
    (18, 14, 0, "dms-core-dev", "info", "deployment", "dms-core-dev 11.3.0-SNAPSHOT 배포"),
    (19, 8, 50, "vm-as1-0214", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/postgresql"),
    (19, 16, 10, "ULS2-PNT-MES91", "info", "deployment", "ULS2-PNT-MES91 8.5.0-rc1 배포 (검증)"),
    # C1 (Monday, first shift after the weekend line stop)
    (11, 6, 36, "ULS2-MESDB", "warning", "sessions", "sessions 1,310 / processes 1,500 (87%)"),
    (11, 6, 41, "ULS2-MESDB", "critical", "process_limit", "ORA-00020: maximum number of processes (1500) exceeded"),
    (11, 6, 44, "ULS2-PNT-MES01", "critical", "error", "DB 연결 실패, 도장 투입 서열 조회 불가 (ORA-00020)"),
    (11, 6, 46, "ULS2-BDY-MES01", "major", "error", "용접 실적 저장 실패, 재시도 적체"),
    (11, 6, 47, "ULS2-TRM-MES01", "major", "error", "조립 지시 조회 지연"),
    (11, 6, 52, "ULS2-ANDON", "warning", "error", "안돈 전광판 실적 갱신 지연"),
    (11, 7, 22, "ULS2-MESDB", "info", "config_change", "processes 1500 → 2500 (spfile, 재기동 없이 유휴 세션 정리 후 적용 예약), 유휴 세션 640개 KILL"),
    (11, 7, 45, "ULS2-PNT-MES01", "info", "recovery", "도장 MES 정상, 라인 재가동"),
    # C2 (Wednesday afternoon, the AS2 certificate)
    (13, 14, 0, "edi-hub", "critical", "cert_expiry", "AS2 signing certificate CN=edi.hangyeol-auto.kr expired"),
    (13, 14, 6, "edi-hub", "major", "error", "MDN 오류: 협력사 37곳 서명 검증 실패 (certificate expired)"),
    (13, 14, 10, "jis__sequencer", "critical", "error", "서열 전문 DELJIT 송신 실패, 미전송 1,240건 적체"),
    (13, 14, 14, "supplier-portal", "major", "error", "납입 지시 조회 오류"),
    (13, 14, 22, "ULS2-TRM-MES01", "major", "error", "JIS 부품(시트, 프런트 모듈) 도착 지연 경고"),
    (13, 14, 25, "ASN1-TRM-MES01", "warning", "error", "JIS 부품 서열 미수신"),
    (13, 14, 52, "edi-hub", "info", "config_change", "갱신 인증서 설치, 협력사 인증서 재교환"),
    (13, 15, 10, "jis__sequencer", "info", "recovery", "적체 서열 재송신 완료"),
    # C3 (Saturday small hours, the LPAR cap)
    (16, 2, 8, "lpar-yj-01", "warning", "capacity", "4HRA 412 MSU, defined capacity 420 MSU 근접"),
    (16, 2, 12, "lpar-yj-01", "critical", "capacity", "WLM soft capping active: LPAR capped at 420 MSU"),
    (16, 2, 18, "SILJEOK_BAT", "critical", "abend", "JOB SJB0140 ABEND S322 (CPU time exceeded), 후속 잡 대기"),
    (16, 2, 21, "DB2-HOST", "major", "lock_wait", "DSNT376I timeout, lock 대기 증가"),
    (16, 2, 24, "MF-CICS01", "major", "error", "트랜잭션 응답 지연 (AICA, short on storage 아님)"),
    (16, 2, 30, "warranty", "warning", "error", "보증 이력 조회 (CICS 연동) 타임아웃"),
    (16, 2, 58, "lpar-yj-01", "info", "config_change", "defined capacity 420 → 520 MSU 임시 상향 (HMC)"),
    (16, 3, 20, "SILJEOK_BAT", "info", "recovery", "SJB0140 재실행 완료 RC=0000"),
    # C4 (Sunday evening, the CRL)
    (17, 19, 50, "vehicle-pki", "info", "revocation", "교체 TCU 인증서 일괄 폐기 182,000건 (CRL 재발행)"),
    (17, 20, 2, "vehicle-pki", "critical", "ocsp", "OCSP responder timeout, CRL 412 MB 파싱 중 스레드 고갈"),
    (17, 20, 6, "tcu__ingest", "critical", "error", "mTLS handshake 실패 (OCSP status unknown), 재접속 폭주"),
    (17, 20, 9, "remote__command", "major", "error", "원격 명령 인증서 상태 확인 실패"),
    (17, 20, 11, "ota__campaign", "major", "error", "웨이브 2 차량 인증 실패로 다운로드 세션 중단"),
    (17, 20, 16, "ownerapp-bff", "warning", "error", "원격 제어 실패 응답 증가"),
    (17, 20, 47, "vehicle-pki", "info", "config_change", "CRL 파티셔닝(delta CRL) 적용, OCSP pre-signing 재활성"),
    (17, 21, 5, "tcu__ingest", "info", "recovery", "TCU 접속 정상"),
    # C5 (Tuesday morning, HANA)
    (19, 9, 25, "erp-s4", "info", "deployment", "transport KP1K904217 import (구매 승인 워크플로 변경)"),
    (19, 9, 38, "HANA-KP1", "info", "delta_merge", "delta merge 시작: ACDOCA (파티션 12, 4.1억 행)"),
    (19, 9, 42, "HANA-KP1", "critical", "savepoint", "savepoint critical phase 218 s, 전체 쓰기 대기"),
    (19, 9, 46, "erp-s4", "critical", "error", "dialog work process 전부 점유 (PRIV/stopped), 타임아웃"),
    (19, 9, 50, "scheduler", "major", "error", "ERP 생산오더 조회 실패, 서열 편성 지연"),
    (19, 9, 53, "dms-core", "major", "error", "출고 요청 ERP 전송 실패"),
    (19, 9, 55, "warranty", "warning", "error", "보증 청구 전기 실패"),
    (19, 10, 28, "HANA-KP1", "info", "config_change", "merge 취소, auto merge 야간 창으로 이동"),
    (19, 10, 40, "erp-s4", "info", "recovery", "dialog 응답 정상"),
    # C6 (Tuesday night shift, the vision NAS)
    (19, 20, 40, "nas-ul2-vision", "warning", "capacity", "/vol/vision_img 95% used (snapshot reserve spill)"),
    (19, 22, 21, "nas-ul2-vision", "critical", "capacity", "/vol/vision_img 100% full, writes failing (ENOSPC)"),
    (19, 22, 24, "vision__paint_defect", "critical", "error", "검사 이미지 저장 실패, 판정 보류 (NG 처리)"),
    (19, 22, 26, "vision__body_gap", "major", "error", "측정 이미지 저장 실패"),
    (19, 22, 33, "ULS2-PNT-MES01", "major", "error", "비전 판정 대기로 도장 후 차체 보류 38대"),
    (19, 22, 35, "ULS2-BDY-MES01", "warning", "error", "갭 검사 판정 지연"),
    (19, 23, 8, "nas-ul2-vision", "info", "config_change", "오래된 스냅샷 삭제, autodelete 재활성"),
    (19, 23, 25, "vision__paint_defect", "info", "recovery", "검사 정상, 보류 차량 재판정"),
    # C7 (Wednesday morning, ongoing)
    (20, 6, 45, "ownerapp-bff", "info", "deployment", "ownerapp-bff 6.3.0 배포 (겨울철 예약 공조 화면)"),
    (20, 7, 6, "cosmos-vstate", "critical", "throttling", "HTTP 429 request rate too large: 150,000 RU/s 한도 도달 (vehicle-state)"),
    (20, 7, 10, "remote__command", "critical", "error", "원격 시동 명령 타임아웃 28% (상태 저장 429)"),
    (20, 7, 13, "ownerapp-bff", "major", "error", "차량 상태 조회 실패, 앱 오류 화면"),
    (20, 7, 16, "vdp__stream", "major", "lag", "상태 갱신 쓰기 재시도, consumer lag 증가"),
    (20, 7, 24, "cc-crm", "warning", "error", "원격 시동 불가 문의 급증 (콜 대기 120건)"),
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
    generate(NAME, "carmaker-platform", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
