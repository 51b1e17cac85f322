"""Generate the pharma-mfg estate (tests/fixtures/pharma-mfg/, interchange format) and its faults file.

A Korean pharmaceutical manufacturer and distributor's IT (새봄제약): GMP plants at 오송 (`OS-`) and 향남 (`HN-`)
with the Körber PAS-X MES (`OS-MES`, `HN-MES` on Oracle `OS-MESDB`, `HN-MESDB`), electronic batch records
(`OS-EBR`, `HN-EBR`), the QC labs' LIMS (`LabWare-OS`, `LabWare-HN`) and chromatography data systems
(`Empower-OS`, `Empower-HN`) with raw data on the plant NAS (`OS-NAS01`, `HN-NAS01`), clean-room environmental
monitoring (`OS-EMS`), and serialisation: the packaging-line controllers (`OS-PKG-L2-01`…, `HN-PKG-L2-01`…,
일련번호 printing and 바코드 어그리게이션), the site servers (`OS-SER-L3`, `HN-SER-L3`), the enterprise serial
hub `ILRYEON-HUB` (일련번호, PostgreSQL `ILRYEON-DB`, pool cache `SER-POOL-CACHE`) and the 의약품 공급내역 보고
link to 심평원 KPIS `KPIS-Bogo`. The cold-chain warehouse at 이천 runs the WMS `IC-WMS` (SQL Server `IC-WMSDB`)
and the temperature-logger gateway `IC-TEMP-GW` with its loggers (`TL-COLD-A01`, `TL-FRZ-01`, …). The ERP is
SAP S/4HANA `S4-PRD` on `HANA-PRD` (system replication to `HANA-DR` in 대전), integration `SAP-PO`, the wholesaler
EDI `Domae-EDI` (도매상), all messages over the shared IBM MQ `MQ-HUB`. Quality: the validated GMP document
management `GMP-DMS` and QMS `TrackWise-QMS` share the quality Oracle RAC `QA-ORA` with both LIMS.
Pharmacovigilance (약물감시): `Argus-Safety` on `ARGUS-ORA`, the AE intake portal `Yakgam-Intake` and the KIDS
E2B gateway `KIDS-E2B-GW`. Identity: `IAM-IDP` (PingFederate) over Active Directory `AD-GS`. In AWS Seoul: the
sales-rep CRM (`crm-bff`, `crm-api`, `crm-aurora`), the customer ordering portal (`portal-web`, `portal-api`,
`order-api` to SAP over Direct Connect, `portal-aurora`, `portal-redis`, `notify-kakao`, MSK `msk-events`) and
the data lake (`lake-ingest`, `lake-etl`, `lake-s3`, `redshift-dw`). Sites: `Gasan-IDC` (HQ data centre),
`Osong-Plant`, `Hyangnam-Plant`, `Icheon-ColdDC`, `Daejeon-DR` and `aws-ap-northeast-2`; environments prod,
staging and dev.

Naming: ALL-CAPS with a site code for on-prem hosts and plant systems (`OS-MES-AP01`, `HN-SER-SV01`,
`GS-QAORA01`, `IC-TEMP-SV01`), vendor-product names (`LabWare-OS`, `Empower-HN`, `Argus-Safety`,
`TrackWise-QMS`), Korean-romanised services (`ILRYEON-HUB` 일련번호, `KPIS-Bogo` 보고, `Domae-EDI` 도매,
`Yakgam-Intake` 약감), and lowercase k8s/cloud names (`crm-api`, `portal-web`, `eks-node-03`, `lake-s3`).

Seven injected incidents (times KST, now = Wednesday 2026-10-14 10:40; the window is the 8 days before; Friday
9 October is 한글날, a public holiday):
  I1 Wed 07 14:20–15:15  a stability-trend report without bind variables floods the shared quality Oracle QA-ORA
                         with hard parses (cursor: pin S wait on X, CPU 100 %): both LIMS, GMP-DMS and
                         TrackWise-QMS slow down and time out, the eBRs cannot fetch QC results
  I2 Fri 09 10:10–11:05  (한글날) the wholesalers' VAN is closed for the holiday, DESADV messages pile up in the
                         transmission queue and MQ-HUB's recovery log fills (AMQ7463): puts fail for SAP-PO,
                         Domae-EDI, ILRYEON-HUB, KPIS-Bogo, IC-WMS and lake-ingest
  I3 Sun 11 01:50–02:45  HN-NAS01 panics on one node and the takeover hangs the SMB shares: Empower-HN cannot
                         write raw data, HN-EBR cannot archive batch-record PDFs, LabWare-HN's CDS import fails
  I4 Mon 12 23:30–00:25  the RAID controller battery of IC-TEMP-SV01 fails, the logical disk goes read-only:
                         IC-TEMP-GW stops recording, every temperature logger reports no data and IC-WMS holds
                         cold-chain shipments (host root)
  I5 Tue 13 05:40–06:35  a mis-set service account sprays LDAP binds at AD-GS at the 06:00 shift change (LSASS
                         saturated): IAM-IDP logins fail, operators cannot sign in to both MES, OS-EBR and
                         LabWare-OS; the sales CRM follows
  I6 Wed 14 07:50–08:45  an anti-wraparound autovacuum and checkpoint storm on ILRYEON-DB: ILRYEON-HUB slows and
                         the site server OS-SER-L3 shows the loudest errors (serial requests and aggregation
                         uploads time out, packaging lines stop); HN-SER-L3, the lines, KPIS-Bogo and IC-WMS
                         follow — the root is the database, not the loud L3
  I7 Wed 14 10:05–now    HANA-PRD reaches its global allocation limit (an MRP Live run and an ad-hoc analytics
                         query): S4-PRD dialog steps dump, SAP-PO, order-api, Domae-EDI, KPIS-Bogo, the portal and
                         the CRM follow (ongoing)
Confounders: three production shifts at the plants (06/14/22), office hours for ERP, quality and PV, the
warehouse's shipping day (none on Sunday and the holiday), pharmacies ordering in the morning, sales reps
logging visits at the end of the day, the nightly KPIS report batch (22:00), the data-lake ETL (02:00) and the
HANA backup (01:00); an EMS sensor calibration on Thursday morning; deploys or changes just before I1
(TrackWise-QMS), I2 (KPIS-Bogo), I3 (Windows update on HN-CDS-SV01), I4 (IC-TEMP-GW polling), I5 (OS-MES
hotfix), I6 (OS-SER-L3) and I7 (order-api), all on victims; packaging line OS-PKG-L2-03 in maintenance
(requalification); the old STARLIMS retired; GS-LOG01's disk creeping up; the GS-F5-DMZ certificate expiring
on 2026-10-29.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/pharma_golden.py) are computed from the files.

    .venv/bin/python bench/pharma_estate.py   # rewrites tests/fixtures/pharma-mfg*
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

NAME = "pharma-mfg"
NOW = datetime(2026, 10, 14, 1, 40, tzinfo=UTC)  # Wednesday 10:40 KST
START = NOW - timedelta(days=8)
SEED = 20261014
SITES = {
    "GS": "Gasan-IDC",
    "OS": "Osong-Plant",
    "HN": "Hyangnam-Plant",
    "IC": "Icheon-ColdDC",
    "DJ": "Daejeon-DR",
    "AW": "aws-ap-northeast-2",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}
HOLIDAYS = {9}  # 한글날 (Friday 9 October 2026)

kst = kst_utc_clock("2026-10")

MES, QC, QA, SER = "생산MES팀", "QC시스템팀", "QA-IT", "일련번호TF"
SCM, ERP, PV, SALES = "SCM물류IT", "ERP운영팀", "약물감시IT", "영업IT"
IAM, DBA, INFRA, NET = "정보보안팀", "DBA", "인프라운영팀", "네트워크팀"
CLOUD, DATA = "CloudOps", "데이터플랫폼"

# fmt: off
LINE = ("service", SER)
LOGGER = ("service", SCM, "IC", "P", [], ["IC-TEMP-GW"])
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # 오송 plant
    "OS-MES": ("service", MES, "OS", "P", ["OS-MES-AP01", "OS-MES-AP02"], ["OS-MESDB", "IAM-IDP", "SAP-PO"],
               {"system": "오송 MES", "description": "오송공장 제조실행: SAP 공정오더 수신, 칭량/투입, 공정 지시, 이탈 관리",
                "product": "Körber PAS-X 3.3", "version": "3.3.2.1", "gamp_category": 4, "validated": "2025-11-20",
                "lines": 6, "port": 8443}),
    "OS-EBR": ("service", MES, "OS", "P", ["OS-EBR-AP01"], ["OS-MES", "OS-MESDB", "LabWare-OS", "OS-NAS01"],
               {"system": "오송 전자배치기록 (eBR)", "description": "배치 기록서 전자 작성/검토, QA 출하승인용 BR PDF 보관",
                "product": "PAS-X eBR", "version": "3.3.2.1", "batches_per_month": 420,
                "e_signature": "21 CFR Part 11"}),
    "OS-SER-L3": ("service", SER, "OS", "P", ["OS-SER-SV01"], ["ILRYEON-HUB", "OS-MES"],
                  {"system": "오송 일련번호 사이트 서버 (L3)",
                   "description": "포장라인 일련번호 발급/회수, 어그리게이션 (낱개-번들-박스-팔레트) 집계, L4 허브 업로드",
                   "product": "Antares Vision ATLAS L3", "version": "4.2.6", "lines": 3, "port": 8443}),
    "OS-PKG-L2-01": (*LINE, "OS", "P", [], ["OS-SER-L3"],
                     {"line": "오송 포장 1라인", "dosage_form": "정제 블리스터", "printer": "Videojet 1620 UHS",
                      "camera": "Cognex In-Sight 3800", "speed_ppm": 300, "aggregation": "unit-bundle-case-pallet",
                      "product": "Antares Vision L2 Line Controller"}),
    "OS-PKG-L2-02": (*LINE, "OS", "P", [], ["OS-SER-L3"],
                     {"line": "오송 포장 2라인", "dosage_form": "바이알 (주사제)", "printer": "Videojet 8520",
                      "camera": "Cognex In-Sight 3800", "speed_ppm": 180, "aggregation": "unit-case-pallet",
                      "product": "Antares Vision L2 Line Controller"}),
    "OS-PKG-L2-03": (*LINE, "OS", "P", [], ["OS-SER-L3"],
                     {"line": "오송 포장 3라인", "dosage_form": "앰플", "printer": "Domino Gx350i",
                      "camera": "Antares AVS-2", "speed_ppm": 240, "aggregation": "unit-bundle-case-pallet",
                      "product": "Antares Vision L2 Line Controller", "note": "재적격성 평가(PQ) 중"}),
    "LabWare-OS": ("service", QC, "OS", "P", ["OS-LIMS-AP01"], ["QA-ORA", "IAM-IDP", "Empower-OS"],
                   {"system": "오송 QC LIMS", "description": "시험 의뢰/결과, 안정성 시험, 시험성적서(CoA), 출하 판정",
                    "product": "LabWare LIMS 8", "version": "8.1.3", "labs": 3, "port": 443}),
    "Empower-OS": ("service", QC, "OS", "P", ["OS-CDS-SV01"], ["OS-NAS01"],
                   {"system": "오송 크로마토그래피 데이터 시스템 (CDS)", "description": "HPLC/GC 원데이터 수집, 적분, 감사추적",
                    "product": "Waters Empower 3 FR5", "instruments": 46}),
    "OS-EMS": ("service", QA, "OS", "P", ["OS-EMS-SV01"], [],
               {"system": "오송 환경 모니터링 (EMS)", "description": "클린룸 온습도/차압/부유입자 연속 모니터링, 이탈 알람",
                "product": "Vaisala viewLinc 5.1", "sensors": 312, "cleanroom_grades": "A/B/C/D"}),
    # 향남 plant
    "HN-MES": ("service", MES, "HN", "P", ["HN-MES-AP01", "HN-MES-AP02"], ["HN-MESDB", "IAM-IDP", "SAP-PO"],
               {"system": "향남 MES", "description": "향남공장 제조실행 (경구제/시럽제)", "product": "Körber PAS-X 3.2",
                "version": "3.2.4", "gamp_category": 4, "validated": "2024-09-03", "lines": 4, "port": 8443}),
    "HN-EBR": ("service", MES, "HN", "P", ["HN-EBR-AP01"], ["HN-MES", "HN-MESDB", "LabWare-HN", "HN-NAS01"],
               {"system": "향남 전자배치기록 (eBR)", "description": "배치 기록서 전자 작성/검토, BR PDF 보관",
                "product": "PAS-X eBR", "version": "3.2.4", "batches_per_month": 260,
                "e_signature": "21 CFR Part 11"}),
    "HN-SER-L3": ("service", SER, "HN", "P", ["HN-SER-SV01"], ["ILRYEON-HUB", "HN-MES"],
                  {"system": "향남 일련번호 사이트 서버 (L3)", "description": "향남 포장라인 일련번호/어그리게이션, L4 업로드",
                   "product": "Antares Vision ATLAS L3", "version": "4.2.6", "lines": 2, "port": 8443}),
    "HN-PKG-L2-01": (*LINE, "HN", "P", [], ["HN-SER-L3"],
                     {"line": "향남 포장 1라인", "dosage_form": "병 (시럽)", "printer": "Videojet 1620 UHS",
                      "camera": "Cognex In-Sight 2800", "speed_ppm": 120, "aggregation": "unit-case-pallet",
                      "product": "Antares Vision L2 Line Controller"}),
    "HN-PKG-L2-02": (*LINE, "HN", "P", [], ["HN-SER-L3"],
                     {"line": "향남 포장 2라인", "dosage_form": "정제 PTP", "printer": "Videojet 1620 UHS",
                      "camera": "Cognex In-Sight 3800", "speed_ppm": 360, "aggregation": "unit-bundle-case-pallet",
                      "product": "Antares Vision L2 Line Controller"}),
    "LabWare-HN": ("service", QC, "HN", "P", ["HN-LIMS-AP01"], ["QA-ORA", "IAM-IDP", "Empower-HN"],
                   {"system": "향남 QC LIMS", "description": "시험 의뢰/결과, 시험성적서, 출하 판정", "product": "LabWare LIMS 8",
                    "version": "8.1.3", "labs": 2, "port": 443}),
    "Empower-HN": ("service", QC, "HN", "P", ["HN-CDS-SV01"], ["HN-NAS01"],
                   {"system": "향남 크로마토그래피 데이터 시스템 (CDS)", "description": "HPLC 원데이터 수집, 적분, 감사추적",
                    "product": "Waters Empower 3 FR5", "instruments": 28}),
    # serialisation hub, KPIS
    "ILRYEON-HUB": ("service", SER, "GS", "P", ["GS-SER-AP01", "GS-SER-AP02"],
                    ["ILRYEON-DB", "MQ-HUB", "SER-POOL-CACHE"],
                    {"system": "일련번호 L4 허브", "description": "전사 일련번호 풀 관리, 어그리게이션 계층 저장, 출고 검증, KPIS 보고 원천",
                     "product": "Antares Vision ATLAS L4", "version": "5.1.2", "serials_per_day": 2400000, "port": 8443}),
    "KPIS-Bogo": ("service", SER, "GS", "P", ["GS-B2B-AP01"], ["ILRYEON-HUB", "MQ-HUB", "SAP-PO"],
                  {"system": "의약품 공급내역 보고 (KPIS)",
                   "description": "심평원 의약품관리종합정보센터 일련번호 공급내역 보고 (출하/반품/폐기)",
                   "language": "java", "version": "2.5.3", "daily_batch": "22:00", "port": 8443}),
    # ERP, EDI
    "S4-PRD": ("service", ERP, "GS", "P", ["GS-S4-AP01", "GS-S4-AP02"], ["HANA-PRD"],
               {"system": "SAP S/4HANA (운영)", "product": "SAP S/4HANA 2022 FPS02", "sid": "SP1", "client": 100,
                "modules": "SD, MM, PP, QM, WM, FI/CO", "users": 1450}),
    "SAP-PO": ("service", ERP, "GS", "P", ["GS-PO-AP01"], ["S4-PRD", "MQ-HUB"],
               {"system": "SAP Process Orchestration", "product": "SAP PO 7.5 SP26", "sid": "PP1", "interfaces": 214}),
    "Domae-EDI": ("service", ERP, "GS", "P", ["GS-B2B-AP01"], ["SAP-PO", "MQ-HUB"],
                  {"system": "도매상 EDI", "description": "도매상 주문(ORDERS) 수신, 출하통지(DESADV)/세금계산서 송신",
                   "language": "java", "version": "3.8.1", "partners": 38, "van": "KTNET", "format": "EDIFACT D.96A"}),
    # cold-chain warehouse
    "IC-WMS": ("service", SCM, "IC", "P", ["IC-WMS-AP01"], ["IC-WMSDB", "MQ-HUB", "IC-TEMP-GW", "ILRYEON-HUB"],
               {"system": "이천 콜드체인 WMS", "description": "냉장/냉동 의약품 입출고, 로케이션, 출하 시 일련번호 스캔 검증, 온도 이력 연동",
                "product": "Manhattan WMOS 2023", "version": "2023.1.4", "pallet_positions": 8600}),
    "IC-TEMP-GW": ("service", SCM, "IC", "P", ["IC-TEMP-SV01"], [],
                   {"system": "창고 온도 모니터링 게이트웨이", "description": "무선 온도 로거 수집, GDP 온도 이탈 알람, 온도 기록 보관",
                    "product": "Vaisala viewLinc 5.1", "loggers": 96, "poll_interval_s": 300}),
    "TL-COLD-A01": (*LOGGER, {"device": "무선 온도 로거", "model": "Vaisala RFL100", "zone": "냉장 A동 1열",
                              "range_c": "2~8"}),
    "TL-COLD-A02": (*LOGGER, {"device": "무선 온도 로거", "model": "Vaisala RFL100", "zone": "냉장 A동 2열",
                              "range_c": "2~8"}),
    "TL-COLD-B01": (*LOGGER, {"device": "무선 온도 로거", "model": "Vaisala RFL100", "zone": "냉장 B동 (백신)",
                              "range_c": "2~8"}),
    "TL-FRZ-01": (*LOGGER, {"device": "무선 온도 로거", "model": "Vaisala RFL100-TCP", "zone": "냉동실",
                            "range_c": "-25~-15"}),
    "TL-DOCK-01": (*LOGGER, {"device": "무선 온도 로거", "model": "Vaisala RFL100", "zone": "출하 도크",
                             "range_c": "15~25"}),
    # quality
    "GMP-DMS": ("service", QA, "GS", "P", ["GS-QA-AP01"], ["QA-ORA", "IAM-IDP", "GS-NAS01"],
                {"system": "GMP 문서관리 (SOP)", "description": "SOP/밸리데이션 문서 작성, 검토/승인 (전자서명), 교육 연계",
                 "product": "OpenText Documentum D2 23.4", "validated": "2024-06-14", "documents": 38200}),
    "TrackWise-QMS": ("service", QA, "GS", "P", ["GS-QA-AP01"], ["QA-ORA", "IAM-IDP", "GMP-DMS"],
                      {"system": "품질경영 (일탈/CAPA/변경관리)", "product": "Sparta TrackWise 9.1", "version": "9.1.1",
                       "open_deviations": 87}),
    # pharmacovigilance
    "Argus-Safety": ("service", PV, "GS", "P", ["GS-PV-AP01"], ["ARGUS-ORA", "IAM-IDP"],
                     {"system": "약물감시 안전성 DB", "description": "이상사례(AE) 케이스 처리, 중대성 평가, 정기보고(PSUR)",
                      "product": "Oracle Argus Safety 8.2.3", "cases_open": 1240}),
    "Yakgam-Intake": ("service", PV, "GS", "P", ["GS-PV-AP02"], ["Argus-Safety", "IAM-IDP"],
                      {"system": "이상사례 접수 포털", "description": "콜센터/영업/웹 이상사례 1차 접수, Argus 케이스 생성",
                       "language": "java", "version": "1.9.4", "port": 8443}),
    "KIDS-E2B-GW": ("service", PV, "GS", "P", ["GS-PV-AP02"], ["Argus-Safety"],
                    {"system": "KIDS E2B(R3) 보고 게이트웨이", "description": "한국의약품안전관리원 이상사례 전자보고 (E2B R3, AS2)",
                     "product": "Axway B2Bi 2.6", "deadline": "중대 이상사례 15일"}),
    # identity
    "IAM-IDP": ("service", IAM, "GS", "P", ["GS-IDP01", "GS-IDP02"], ["AD-GS"],
                {"system": "통합 인증 (SSO)", "product": "PingFederate 12.0", "protocols": "SAML 2.0, OIDC",
                 "token_ttl_min": 30}),
    "AD-GS": ("service", IAM, "GS", "P", ["GS-DC01", "GS-DC02"], [],
              {"system": "사내 Active Directory", "product": "Windows Server 2022 AD DS", "domain": "corp.saebom.local",
               "users": 3820}),
    # AWS: CRM, ordering portal, data lake
    "crm-bff": ("service", SALES, "AW", "P", ["eks-node-01", "eks-node-02"], ["crm-api"],
                {"system": "MR 모바일 앱 BFF", "language": "typescript", "framework": "NestJS 10", "version": "2.4.1",
                 "k8s_namespace": "crm", "reps": 640}),
    "crm-api": ("service", SALES, "AW", "P", ["eks-node-01", "eks-node-02"], ["crm-aurora", "order-api", "IAM-IDP"],
                {"system": "영업 CRM API", "description": "방문 기록(디테일링), 거래처(병의원/약국), 샘플 배포, 주문 현황",
                 "language": "kotlin", "framework": "Spring Boot 3.2", "version": "5.11.0", "k8s_namespace": "crm"}),
    "portal-web": ("service", SALES, "AW", "P", ["eks-node-03", "eks-node-04"], ["portal-api"],
                   {"system": "거래처 주문 포털 (웹)", "language": "typescript", "framework": "Next.js 14",
                    "version": "1.18.3", "k8s_namespace": "portal", "endpoint": "order.saebompharm.co.kr"}),
    "portal-api": ("service", SALES, "AW", "P", ["eks-node-03", "eks-node-04"],
                   ["order-api", "portal-redis", "portal-aurora", "msk-events"],
                   {"system": "주문 포털 API", "description": "약국/병원 주문, 반품 신청, 거래명세서 조회", "language": "java",
                    "framework": "Spring Boot 3.3", "version": "2.7.5", "k8s_namespace": "portal", "accounts": 11800}),
    "order-api": ("service", SALES, "AW", "P", ["eks-node-03", "eks-node-04"], ["SAP-PO", "portal-aurora"],
                  {"system": "주문/재고 조회 API (SAP 연동)", "language": "java", "framework": "Spring Boot 3.3",
                   "version": "4.2.0", "k8s_namespace": "portal", "timeout_ms": 15000}),
    "notify-kakao": ("service", SALES, "AW", "P", ["eks-node-04"], ["portal-aurora", "msk-events"],
                     {"system": "알림톡 발송", "description": "주문 접수/출고/반품 처리 카카오 알림톡", "language": "go",
                      "daily_messages": 18000}),
    "lake-ingest": ("service", DATA, "AW", "P", ["eks-data-01"], ["MQ-HUB", "msk-events", "lake-s3"],
                    {"system": "데이터레이크 수집", "language": "scala", "framework": "Spark Structured Streaming 3.5",
                     "version": "1.6.0"}),
    "lake-etl": ("service", DATA, "AW", "P", ["eks-data-01"], ["lake-s3", "redshift-dw"],
                 {"system": "데이터레이크 야간 적재", "schedule": "daily 02:00", "scheduler": "Airflow 2.9",
                  "language": "python", "expected_end": "03:30"}),
    # staging, dev, retired
    "S4-QAS": ("service", ERP, "GS", "S", ["GS-HANA-QAS"], ["HANA-QAS"],
               {"system": "SAP S/4HANA (품질/검증)", "product": "SAP S/4HANA 2022 FPS02", "sid": "SQ1", "client": 300}),
    "LabWare-VAL": ("service", QC, "GS", "S", ["GS-NPRD01"], [],
                    {"system": "LIMS 밸리데이션 환경 (CSV)", "product": "LabWare LIMS 8", "version": "8.2.0-rc1"}),
    "OS-MES-VAL": ("service", MES, "OS", "S", ["GS-NPRD01"], [],
                   {"system": "오송 MES 검증 (IQ/OQ)", "product": "Körber PAS-X 3.3", "version": "3.3.3.0"}),
    "ILRYEON-HUB-DEV": ("service", SER, "GS", "D", ["GS-NPRD01"], [],
                        {"system": "일련번호 허브 (개발)", "version": "5.2.0-dev"}),
    "crm-api-dev": ("service", SALES, "AW", "D", ["eks-dev-01"], [],
                    {"system": "영업 CRM API (개발)", "version": "5.12.0-SNAPSHOT", "k8s_namespace": "crm-dev"}),
    "OS-LIMS-OLD": ("service", QC, "OS", "P", [], [],
                    {"system": "오송 구 LIMS", "product": "STARLIMS 10.4", "decommissioned": "2025-12-31"}),
    # databases
    "OS-MESDB": ("database", DBA, "OS", "P", ["OS-MESDB-SV01"], [],
                 {"engine": "oracle", "version": "19.22", "port": 1521, "size_tb": 2.8, "description": "PAS-X 오송 운영 DB"}),
    "HN-MESDB": ("database", DBA, "HN", "P", ["HN-MESDB-SV01"], [],
                 {"engine": "oracle", "version": "19.22", "port": 1521, "size_tb": 1.9, "description": "PAS-X 향남 운영 DB"}),
    "QA-ORA": ("database", DBA, "GS", "P", ["GS-QAORA01", "GS-QAORA02"], [],
               {"engine": "oracle", "version": "19.24", "cluster": "RAC 2-node", "port": 1521, "size_tb": 6.4,
                "schemas": "LIMS_OS, LIMS_HN, DMS, QMS", "description": "품질 공용 DB (두 공장 LIMS, 문서관리, QMS)"}),
    "HANA-PRD": ("database", DBA, "GS", "P", ["GS-HANA01"], [],
                 {"engine": "hana", "version": "2.00.076", "sid": "HP1", "port": 30015, "memory_tb": 3.0,
                  "global_allocation_limit_gb": 2900, "replication": "HSR async to HANA-DR",
                  "description": "S/4HANA 운영 DB"}),
    "HANA-DR": ("database", DBA, "DJ", "P", ["DJ-HANA01"], [],
                {"engine": "hana", "version": "2.00.076", "sid": "HP1", "role": "HSR secondary (async)", "port": 30015}),
    "ILRYEON-DB": ("database", DBA, "GS", "P", ["GS-SERDB01"], [],
                   {"engine": "postgresql", "version": "15.8", "port": 5432, "size_tb": 11.2,
                    "description": "일련번호 풀, 어그리게이션 계층, 출하/반품 이벤트"}),
    "ARGUS-ORA": ("database", DBA, "GS", "P", ["GS-PVDB01"], [],
                  {"engine": "oracle", "version": "19.22", "port": 1521, "size_tb": 0.9, "description": "Argus Safety DB"}),
    "IC-WMSDB": ("database", DBA, "IC", "P", ["IC-WMSDB-SV01"], [],
                 {"engine": "sqlserver", "version": "2019 CU28", "port": 1433, "size_tb": 0.6, "description": "WMS DB"}),
    "crm-aurora": ("database", CLOUD, "AW", "P", [], [],
                   {"engine": "postgresql", "product": "Aurora PostgreSQL 15.6", "instance": "db.r6g.xlarge",
                    "port": 5432}),
    "portal-aurora": ("database", CLOUD, "AW", "P", [], [],
                      {"engine": "mysql", "product": "Aurora MySQL 3.05", "instance": "db.r6g.large", "port": 3306}),
    "redshift-dw": ("database", DATA, "AW", "P", [], [],
                    {"engine": "redshift", "product": "Amazon Redshift RA3", "nodes": "ra3.4xlarge x 4", "port": 5439}),
    "HANA-QAS": ("database", DBA, "GS", "S", ["GS-HANA-QAS"], [],
                 {"engine": "hana", "version": "2.00.079", "sid": "HQ1", "port": 30015}),
    # caches, queues
    "SER-POOL-CACHE": ("cache", SER, "GS", "P", ["GS-SER-AP02"], [],
                       {"engine": "redis", "version": "7.2.5", "port": 6379, "maxmemory_gb": 16,
                        "description": "일련번호 사전 할당 풀"}),
    "portal-redis": ("cache", CLOUD, "AW", "P", [], [],
                     {"engine": "redis", "product": "ElastiCache Redis 7.1", "node_type": "cache.r6g.large", "port": 6379,
                      "description": "포털 세션, 품목/재고 조회 캐시"}),
    "MQ-HUB": ("queue", INFRA, "GS", "P", ["GS-MQ01", "GS-MQ02"], [],
               {"product": "IBM MQ", "version": "9.3.0.17", "qmgr": "QM_HUB01", "ha": "multi-instance", "port": 1414,
                "log_fs_gb": 64, "description": "전사 메시지 허브 (SAP PO, EDI, 일련번호, WMS, 데이터레이크)"}),
    "msk-events": ("queue", CLOUD, "AW", "P", [], [],
                   {"product": "Amazon MSK (Kafka 3.6)", "brokers": 3, "port": 9094,
                    "description": "포털/알림/레이크 이벤트 스트림"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "GS-F5-INT": ("GS", NET, ["S4-PRD", "SAP-PO", "GMP-DMS", "TrackWise-QMS", "Argus-Safety", "ILRYEON-HUB"],
                  {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.30.0.50", "description": "내부 업무 시스템 VIP"}),
    "GS-F5-DMZ": ("GS", NET, ["IAM-IDP", "Domae-EDI", "KPIS-Bogo", "Yakgam-Intake"],
                  {"vendor": "F5", "model": "BIG-IP i4800", "endpoint": "sso.saebompharm.co.kr",
                   "tls_cert_expiry": "2026-10-29", "description": "DMZ 진입점 (SSO, EDI, KPIS, 이상사례 접수)"}),
    "alb-portal": ("AW", CLOUD, ["portal-web", "portal-api"],
                   {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "order.saebompharm.co.kr"}),
    "alb-crm": ("AW", CLOUD, ["crm-bff"],
                {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "mr.saebompharm.co.kr"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "GS-SAN01": ("GS", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70R4", "capacity_tb": 240,
                               "protocol": "FC", "description": "가산 DB 블록 스토리지"},
                 ["GS-HANA01", "GS-QAORA01", "GS-QAORA02", "GS-SERDB01", "GS-PVDB01"]),
    "GS-NAS01": ("GS", INFRA, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 120, "protocol": "NFS/SMB",
                               "description": "문서관리 컨텐츠, 공용 파일"}, ["GS-QA-AP01"]),
    "OS-NAS01": ("OS", INFRA, {"vendor": "NetApp", "model": "FAS2820", "capacity_tb": 96, "protocol": "SMB",
                               "ha": "2-node HA pair", "description": "오송 CDS 원데이터, eBR PDF 아카이브"},
                 ["OS-CDS-SV01", "OS-EBR-AP01"]),
    "HN-NAS01": ("HN", INFRA, {"vendor": "NetApp", "model": "FAS2750", "capacity_tb": 64, "protocol": "SMB",
                               "ha": "2-node HA pair", "ontap": "9.13.1P8",
                               "description": "향남 CDS 원데이터, eBR PDF 아카이브"},
                 ["HN-CDS-SV01", "HN-EBR-AP01"]),
    "DJ-DD01": ("DJ", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                              "protocol": "DD Boost", "description": "DB/NAS 백업 원격 복제 (대전)"}, ["DJ-HANA01"]),
    "lake-s3": ("AW", DATA, {"vendor": "AWS", "model": "S3 Intelligent-Tiering", "bucket": "saebom-datalake-prd",
                             "description": "데이터레이크 원천/정제 영역"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 오송
    "OS-MES-AP01": ("OS", "P", "vm", {"role": "PAS-X AP #1"}),
    "OS-MES-AP02": ("OS", "P", "vm", {"role": "PAS-X AP #2"}),
    "OS-EBR-AP01": ("OS", "P", "vm", {"role": "eBR AP"}),
    "OS-SER-SV01": ("OS", "P", "physical", {"role": "일련번호 L3 서버", "model": "Dell PowerEdge R660"}),
    "OS-LIMS-AP01": ("OS", "P", "vm", {"role": "LabWare AP", "os_family": "windows"}),
    "OS-CDS-SV01": ("OS", "P", "physical", {"role": "Empower 서버", "model": "HPE DL380 Gen11", "os_family": "windows"}),
    "OS-EMS-SV01": ("OS", "P", "vm", {"role": "viewLinc 서버", "os_family": "windows"}),
    "OS-MESDB-SV01": ("OS", "P", "physical", {"role": "Oracle (오송 MES)", "model": "HPE DL380 Gen11"}),
    "OS-CORE-SW01": ("OS", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Catalyst 9500-48Y4C",
                                            "firmware": "IOS-XE 17.9.4a"}),
    "OS-OT-FW01": ("OS", "P", "network", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 600F",
                                          "firmware": "FortiOS 7.2.9", "description": "IT/OT 경계 (포장라인 L2)"}),
    # 향남
    "HN-MES-AP01": ("HN", "P", "vm", {"role": "PAS-X AP #1"}),
    "HN-MES-AP02": ("HN", "P", "vm", {"role": "PAS-X AP #2"}),
    "HN-EBR-AP01": ("HN", "P", "vm", {"role": "eBR AP"}),
    "HN-SER-SV01": ("HN", "P", "physical", {"role": "일련번호 L3 서버", "model": "Dell PowerEdge R650"}),
    "HN-LIMS-AP01": ("HN", "P", "vm", {"role": "LabWare AP", "os_family": "windows"}),
    "HN-CDS-SV01": ("HN", "P", "physical", {"role": "Empower 서버", "model": "HPE DL380 Gen10 Plus", "os_family": "windows"}),
    "HN-MESDB-SV01": ("HN", "P", "physical", {"role": "Oracle (향남 MES)", "model": "HPE DL380 Gen10 Plus"}),
    "HN-CORE-SW01": ("HN", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Catalyst 9500-24Y4C",
                                            "firmware": "IOS-XE 17.6.5"}),
    # 이천
    "IC-WMS-AP01": ("IC", "P", "vm", {"role": "WMOS AP"}),
    "IC-WMSDB-SV01": ("IC", "P", "physical", {"role": "SQL Server (WMS)", "model": "Dell PowerEdge R650",
                                              "os_family": "windows"}),
    "IC-TEMP-SV01": ("IC", "P", "physical", {"role": "온도 모니터링 서버 (viewLinc)", "model": "Dell PowerEdge R450",
                                             "raid": "PERC H755 (RAID 1)", "os_family": "windows"}),
    "IC-CORE-SW01": ("IC", "P", "network", {"device": "core switch", "vendor": "Aruba", "model": "CX 6300M",
                                            "firmware": "10.13.1010"}),
    # 가산 IDC
    "GS-SER-AP01": ("GS", "P", "vm", {"role": "ATLAS L4 AP #1"}),
    "GS-SER-AP02": ("GS", "P", "vm", {"role": "ATLAS L4 AP #2, Redis"}),
    "GS-SERDB01": ("GS", "P", "physical", {"role": "PostgreSQL (일련번호)", "model": "Dell PowerEdge R760"}),
    "GS-B2B-AP01": ("GS", "P", "vm", {"role": "B2B AP (EDI, KPIS)"}),
    "GS-S4-AP01": ("GS", "P", "vm", {"role": "S/4HANA PAS (ASCS)"}),
    "GS-S4-AP02": ("GS", "P", "vm", {"role": "S/4HANA AAS"}),
    "GS-HANA01": ("GS", "P", "physical", {"role": "SAP HANA (운영)", "model": "HPE Superdome Flex 280"}),
    "GS-PO-AP01": ("GS", "P", "vm", {"role": "SAP PO AP"}),
    "GS-MQ01": ("GS", "P", "vm", {"role": "IBM MQ (active)"}),
    "GS-MQ02": ("GS", "P", "vm", {"role": "IBM MQ (standby)"}),
    "GS-QAORA01": ("GS", "P", "physical", {"role": "품질 Oracle RAC node 1", "model": "HPE DL560 Gen11"}),
    "GS-QAORA02": ("GS", "P", "physical", {"role": "품질 Oracle RAC node 2", "model": "HPE DL560 Gen11"}),
    "GS-PV-AP01": ("GS", "P", "vm", {"role": "Argus AP"}),
    "GS-PV-AP02": ("GS", "P", "vm", {"role": "이상사례 접수, E2B 게이트웨이"}),
    "GS-PVDB01": ("GS", "P", "physical", {"role": "Oracle (Argus)", "model": "HPE DL380 Gen11"}),
    "GS-QA-AP01": ("GS", "P", "vm", {"role": "Documentum, TrackWise AP"}),
    "GS-IDP01": ("GS", "P", "vm", {"role": "PingFederate #1"}),
    "GS-IDP02": ("GS", "P", "vm", {"role": "PingFederate #2"}),
    "GS-DC01": ("GS", "P", "vm", {"role": "AD 도메인 컨트롤러 (PDC)", "os_family": "windows"}),
    "GS-DC02": ("GS", "P", "vm", {"role": "AD 도메인 컨트롤러", "os_family": "windows"}),
    "GS-LOG01": ("GS", "P", "vm", {"role": "로그 수집 (Splunk indexer)"}),
    "GS-HANA-QAS": ("GS", "S", "physical", {"role": "S/4HANA 품질 (AP+DB)", "model": "HPE DL580 Gen10"}),
    "GS-NPRD01": ("GS", "S", "vm", {"role": "검증/개발 공용 서버"}),
    "GS-CORE-SW01": ("GS", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                                            "firmware": "NX-OS 10.3(6)"}),
    "GS-EXT-FW01": ("GS", "P", "network", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440",
                                           "firmware": "PAN-OS 11.1.4", "ha": "active-passive"}),
    "GS-DX-RT01": ("GS", "P", "network", {"device": "router", "vendor": "Cisco", "model": "ASR 1001-HX",
                                          "firmware": "IOS-XE 17.12.3", "circuit": "AWS Direct Connect 1G (LG U+ 가산)",
                                          "description": "AWS 서울 리전 전용 연결"}),
    # 대전 DR
    "DJ-HANA01": ("DJ", "P", "physical", {"role": "SAP HANA (DR)", "model": "HPE DL580 Gen10"}),
    # AWS
    "eks-node-01": ("AW", "P", "eks", {"node_group": "ng-crm", "cluster": "eks-saebom-prd", "instance": "m6i.2xlarge"}),
    "eks-node-02": ("AW", "P", "eks", {"node_group": "ng-crm", "cluster": "eks-saebom-prd", "instance": "m6i.2xlarge"}),
    "eks-node-03": ("AW", "P", "eks", {"node_group": "ng-portal", "cluster": "eks-saebom-prd", "instance": "m6i.2xlarge"}),
    "eks-node-04": ("AW", "P", "eks", {"node_group": "ng-portal", "cluster": "eks-saebom-prd", "instance": "m6i.2xlarge"}),
    "eks-data-01": ("AW", "P", "eks", {"node_group": "ng-data", "cluster": "eks-saebom-prd", "instance": "r6i.4xlarge"}),
    "eks-dev-01": ("AW", "D", "eks", {"node_group": "ng-dev", "cluster": "eks-saebom-dev", "instance": "m6i.xlarge"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("GS-EXT-FW01", "GS-CORE-SW01"),
    ("GS-DX-RT01", "GS-CORE-SW01"),
    ("OS-CORE-SW01", "GS-CORE-SW01"),
    ("HN-CORE-SW01", "GS-CORE-SW01"),
    ("IC-CORE-SW01", "GS-CORE-SW01"),
    ("OS-OT-FW01", "OS-CORE-SW01"),
    ("OS-PKG-L2-01", "OS-OT-FW01"),
    ("OS-PKG-L2-02", "OS-OT-FW01"),
    ("OS-PKG-L2-03", "OS-OT-FW01"),
    ("order-api", "GS-DX-RT01"),
    ("crm-api", "GS-DX-RT01"),
    ("lake-ingest", "GS-DX-RT01"),
    ("KPIS-Bogo", "GS-EXT-FW01"),
    ("KIDS-E2B-GW", "GS-EXT-FW01"),
    ("Domae-EDI", "GS-EXT-FW01"),
    ("HANA-PRD", "HANA-DR"),  # HANA system replication to Daejeon
]
# fmt: on
STATUS = {"OS-PKG-L2-03": "maintenance", "OS-LIMS-OLD": "retired"}
NET_PREFIX = {"GS": "10.30", "OS": "10.41", "HN": "10.42", "IC": "10.51", "DJ": "10.60", "AW": "172.20"}
NOT_MEASURED = {"HANA-DR", "lake-s3"}
DISK_WATCHED = {
    "OS-MESDB-SV01",
    "HN-MESDB-SV01",
    "GS-SERDB01",
    "GS-HANA01",
    "GS-QAORA01",
    "GS-QAORA02",
    "GS-PVDB01",
    "IC-WMSDB-SV01",
    "IC-TEMP-SV01",
    "GS-MQ01",
    "GS-MQ02",
    "GS-LOG01",
    "OS-CDS-SV01",
    "HN-CDS-SV01",
    "GS-B2B-AP01",
}
REQUEST_RATE = {
    "OS-MES": 420.0,
    "HN-MES": 260.0,
    "OS-SER-L3": 1500.0,
    "HN-SER-L3": 1100.0,
    "OS-PKG-L2-01": 300.0,
    "OS-PKG-L2-02": 180.0,
    "OS-PKG-L2-03": 240.0,
    "HN-PKG-L2-01": 120.0,
    "HN-PKG-L2-02": 360.0,
    "ILRYEON-HUB": 2600.0,
    "KPIS-Bogo": 85.0,
    "S4-PRD": 950.0,
    "SAP-PO": 640.0,
    "Domae-EDI": 46.0,
    "IC-WMS": 75.0,
    "IC-TEMP-GW": 19.0,
    "TL-COLD-A01": 1.0,
    "TL-COLD-A02": 1.0,
    "TL-COLD-B01": 1.0,
    "TL-FRZ-01": 1.0,
    "TL-DOCK-01": 1.0,
    "LabWare-OS": 130.0,
    "LabWare-HN": 80.0,
    "Argus-Safety": 24.0,
    "IAM-IDP": 210.0,
    "AD-GS": 1800.0,
    "crm-api": 160.0,
    "crm-bff": 220.0,
    "portal-web": 340.0,
    "portal-api": 290.0,
    "order-api": 180.0,
    "HANA-PRD": 5200.0,
    "QA-ORA": 2100.0,
    "ILRYEON-DB": 3900.0,
    "MQ-HUB": 1300.0,
    "msk-events": 700.0,
}
CACHE_MEMORY = {
    "SER-POOL-CACHE": (46.0, 8.0),
    "portal-redis": (38.0, 10.0),
    "HANA-PRD": (68.0, 7.0),  # used memory against the allocation limit
}
PAAS_CPU = {"crm-aurora", "portal-aurora", "redshift-dw"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod" and ci["name"] not in NOT_MEASURED


LINES = sorted(n for n in SERVICES if "-PKG-L2-" in n)
LOGGERS = sorted(n for n in SERVICES if n.startswith("TL-"))
ACTIVE_LINES = [n for n in LINES if n not in STATUS]

INCIDENTS = [
    {
        "id": "I1",
        "kind": "hard_parse_storm",
        "root": "QA-ORA",
        "description": "a stability-trend report run from LabWare without bind variables floods the shared quality"
        " Oracle RAC QA-ORA with hard parses on Wednesday afternoon (cursor: pin S wait on X, both nodes at 100 %"
        " CPU): both LIMS, GMP-DMS and TrackWise-QMS slow down and time out and the eBRs cannot fetch QC results,"
        " until the report session is killed and its SQL pinned with a baseline",
        "start": kst(7, 14, 20),
        "end": kst(7, 15, 15),
        "affected": ["QA-ORA", "LabWare-OS", "LabWare-HN", "GMP-DMS", "TrackWise-QMS", "OS-EBR", "HN-EBR"],
    },
    {
        "id": "I2",
        "kind": "queue_manager_log_full",
        "root": "MQ-HUB",
        "description": "on 한글날 (Friday 9 October) the wholesalers' VAN is closed, DESADV messages pile up in the"
        " transmission queue of the shared IBM MQ MQ-HUB and its recovery log fills (AMQ7463): puts fail for"
        " SAP-PO, Domae-EDI, ILRYEON-HUB, KPIS-Bogo, IC-WMS and lake-ingest, until the log file system is extended"
        " and the backlog offloaded",
        "start": kst(9, 10, 10),
        "end": kst(9, 11, 5),
        "affected": ["MQ-HUB", "SAP-PO", "Domae-EDI", "ILRYEON-HUB", "KPIS-Bogo", "IC-WMS", "lake-ingest"],
    },
    {
        "id": "I3",
        "kind": "nas_takeover_hang",
        "root": "HN-NAS01",
        "description": "one node of the 향남 NAS HN-NAS01 panics on Sunday night and the takeover hangs the SMB shares:"
        " Empower-HN cannot write chromatography raw data, HN-EBR cannot archive batch-record PDFs and"
        " LabWare-HN's CDS result import fails, until giveback completes",
        "start": kst(11, 1, 50),
        "end": kst(11, 2, 45),
        "affected": ["HN-NAS01", "Empower-HN", "HN-EBR", "LabWare-HN"],
    },
    {
        "id": "I4",
        "kind": "raid_battery_readonly",
        "root": "IC-TEMP-SV01",
        "description": "the RAID controller battery of the warehouse temperature server IC-TEMP-SV01 fails late on"
        " Monday night and the logical disk drops to read-only: IC-TEMP-GW stops recording, every temperature"
        " logger reports no data and IC-WMS holds cold-chain shipments (GDP), until the server is failed over to"
        " a spare and the loggers backfill",
        "start": kst(12, 23, 30),
        "end": kst(13, 0, 25),
        "affected": ["IC-TEMP-SV01", "IC-TEMP-GW", *LOGGERS, "IC-WMS"],
    },
    {
        "id": "I5",
        "kind": "ldap_bind_storm",
        "root": "AD-GS",
        "description": "a data-lake service account with a stale password sprays LDAP binds at AD-GS from 05:40 on"
        " Tuesday, just before the 06:00 shift change (LSASS saturated, account lockouts): IAM-IDP logins fail,"
        " operators cannot sign in to both MES, OS-EBR and LabWare-OS, and the sales CRM's token refresh fails,"
        " until the account is disabled",
        "start": kst(13, 5, 40),
        "end": kst(13, 6, 35),
        "affected": ["AD-GS", "IAM-IDP", "OS-MES", "HN-MES", "LabWare-OS", "OS-EBR", "crm-api"],
    },
    {
        "id": "I6",
        "kind": "autovacuum_io_saturation",
        "root": "ILRYEON-DB",
        "description": "an anti-wraparound autovacuum on ILRYEON-DB's serial_event table meets the morning"
        " packaging start and a checkpoint storm (I/O saturated, lock waits on serial_pool): ILRYEON-HUB slows,"
        " the 오송 site server OS-SER-L3 shows the loudest errors (serial requests and aggregation uploads time"
        " out, lines stop), HN-SER-L3, the packaging lines, KPIS-Bogo and IC-WMS follow, until the vacuum is"
        " throttled",
        "start": kst(14, 7, 50),
        "end": kst(14, 8, 45),
        "affected": [
            "ILRYEON-DB",
            "ILRYEON-HUB",
            "OS-SER-L3",
            "HN-SER-L3",
            "KPIS-Bogo",
            "IC-WMS",
            *ACTIVE_LINES,
        ],
    },
    {
        "id": "I7",
        "kind": "hana_allocation_limit",
        "root": "HANA-PRD",
        "description": "HANA-PRD reaches its global allocation limit on Wednesday morning (an MRP Live run meets an"
        " ad-hoc analytics query): column-store unloads and statement OOM dumps, S4-PRD dialog steps dump,"
        " SAP-PO, order-api, Domae-EDI, KPIS-Bogo, the ordering portal and the CRM follow (ongoing)",
        "start": kst(14, 10, 5),
        "end": None,
        "affected": [
            "HANA-PRD",
            "S4-PRD",
            "SAP-PO",
            "order-api",
            "Domae-EDI",
            "KPIS-Bogo",
            "portal-api",
            "crm-api",
        ],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS
EMS_CALIBRATION = (kst(8, 10, 0), kst(8, 11, 30))  # EMS differential-pressure sensors calibrated


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
        if kind == "service" and "version" not in extra and "product" not in extra and "device" not in extra:
            attrs["version"] = f"{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{env_net + 10 + i // 9}.{21 + (i * 37) % 220}"}
        owner = INFRA
        windows = extra.get("os_family") == "windows"
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "hostname": h.lower(),
                "os": "Windows Server 2022"
                if windows
                else rng.choice(["RHEL 8.10", "RHEL 9.4", "SLES 15 SP5"]),
                "vcpu": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 8.0U3",
            }
        elif kind == "physical":
            attrs |= {
                "form": "physical",
                "hostname": h.lower(),
                "os": "Windows Server 2022" if windows else rng.choice(["RHEL 8.10", "SLES 15 SP5"]),
                "cores": rng.choice([32, 48, 64]),
                "memory_gb": rng.choice([256, 512, 1024]),
                "serial": f"{rng.choice(['CZJ', 'SGH', '7XK'])}{rng.randint(1000000, 9999999)}",
            }
        elif kind == "eks":
            owner = CLOUD
            attrs |= {
                "form": "eks",
                "os": "Bottlerocket 1.20",
                "zone": rng.choice(["ap-northeast-2a", "ap-northeast-2c"]),
                "platform": "EKS 1.30",
            }
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("core ", "")}
        if h.startswith("IC-TEMP"):
            owner = SCM
        if h in ("GS-HANA01", "DJ-HANA01"):
            attrs["memory_gb"] = 3072
        attrs |= {k: v for k, v in extra.items() if k != "os_family"}
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _off(ts: datetime) -> bool:
    """A weekend day or the public holiday (한글날)."""
    t = _local(ts)
    return t.weekday() >= 5 or t.day in HOLIDAYS


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _plant(ts: datetime) -> float:
    """Production: three shifts on working days (the day shift busiest), a skeleton crew on days off."""
    h = seoul_hour(ts)
    if _off(ts):
        return 0.18 + 0.1 * _bump(h, 11, 3)
    return min(1.0, 0.3 + 0.4 * _bump(h, 10, 2.2) + 0.35 * _bump(h, 16, 2.2) + 0.1 * _bump(h, 2, 3))


def _office(ts: datetime) -> float:
    """Office hours: ERP, quality, pharmacovigilance, identity."""
    h = seoul_hour(ts)
    if _off(ts):
        return 0.06 + 0.08 * _bump(h, 11.0, 2.0)
    if h < 7 or h >= 20:
        return 0.07
    return 0.3 + 0.5 * _bump(h, 10.3, 1.5) + 0.4 * _bump(h, 15.0, 1.7)


def _ship(ts: datetime) -> float:
    """The warehouse's and the serial hub's shipping day (06–18 on working days)."""
    h = seoul_hour(ts)
    if _off(ts):
        return 0.1
    return min(1.0, 0.12 + 0.6 * _bump(h, 9.5, 2.0) + 0.5 * _bump(h, 14.5, 2.2))


def _pharmacy(ts: datetime) -> float:
    """Pharmacies and hospitals ordering: the morning, the afternoon, a little on Saturday morning."""
    h = seoul_hour(ts)
    t = _local(ts)
    if t.day in HOLIDAYS or t.weekday() == 6:
        return 0.08
    if t.weekday() == 5:
        return 0.1 + 0.25 * _bump(h, 10, 1.5)
    return min(1.0, 0.1 + 0.6 * _bump(h, 10, 1.3) + 0.4 * _bump(h, 15, 1.6) + 0.15 * _bump(h, 20.5, 1.5))


def _sales(ts: datetime) -> float:
    """Sales reps: the morning plan, visits, and the visit log at the end of the day."""
    h = seoul_hour(ts)
    if _off(ts):
        return 0.05
    return min(
        1.0, 0.08 + 0.45 * _bump(h, 8.8, 0.9) + 0.35 * _bump(h, 13.5, 2.0) + 0.55 * _bump(h, 18.2, 1.1)
    )


def _kpis(ts: datetime) -> float:
    """KPIS reports: the shipping day and the nightly batch at 22:00."""
    return min(1.0, 0.7 * _ship(ts) + 0.85 * _bump(seoul_hour(ts), 22.3, 0.35))


def _lake(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 3.4 else 0.15


def _steady(ts: datetime) -> float:
    return 0.5


PLANT = {
    "OS-MES",
    "HN-MES",
    "OS-EBR",
    "HN-EBR",
    "OS-SER-L3",
    "HN-SER-L3",
    *LINES,
    "Empower-OS",
    "Empower-HN",
    "OS-MESDB",
    "HN-MESDB",
    "OS-MES-AP01",
    "OS-MES-AP02",
    "OS-EBR-AP01",
    "OS-SER-SV01",
    "OS-CDS-SV01",
    "OS-MESDB-SV01",
    "HN-MES-AP01",
    "HN-MES-AP02",
    "HN-EBR-AP01",
    "HN-SER-SV01",
    "HN-CDS-SV01",
    "HN-MESDB-SV01",
    "OS-CORE-SW01",
    "OS-OT-FW01",
    "HN-CORE-SW01",
    "OS-NAS01",
    "HN-NAS01",
}
OFFICE = {
    "LabWare-OS",
    "LabWare-HN",
    "GMP-DMS",
    "TrackWise-QMS",
    "QA-ORA",
    "Argus-Safety",
    "Yakgam-Intake",
    "KIDS-E2B-GW",
    "ARGUS-ORA",
    "IAM-IDP",
    "AD-GS",
    "S4-PRD",
    "SAP-PO",
    "HANA-PRD",
    "OS-LIMS-AP01",
    "HN-LIMS-AP01",
    "GS-QA-AP01",
    "GS-QAORA01",
    "GS-QAORA02",
    "GS-PV-AP01",
    "GS-PV-AP02",
    "GS-PVDB01",
    "GS-IDP01",
    "GS-IDP02",
    "GS-DC01",
    "GS-DC02",
    "GS-S4-AP01",
    "GS-S4-AP02",
    "GS-HANA01",
    "GS-PO-AP01",
    "GS-F5-INT",
    "GS-F5-DMZ",
    "GS-CORE-SW01",
    "GS-EXT-FW01",
    "GS-NAS01",
    "GS-SAN01",
}
SHIP = {
    "ILRYEON-HUB",
    "ILRYEON-DB",
    "SER-POOL-CACHE",
    "Domae-EDI",
    "IC-WMS",
    "IC-WMSDB",
    "MQ-HUB",
    "GS-SER-AP01",
    "GS-SER-AP02",
    "GS-SERDB01",
    "GS-MQ01",
    "GS-MQ02",
    "IC-WMS-AP01",
    "IC-WMSDB-SV01",
    "IC-CORE-SW01",
}
PHARMACY = {
    "portal-web",
    "portal-api",
    "order-api",
    "portal-aurora",
    "portal-redis",
    "notify-kakao",
    "msk-events",
    "alb-portal",
    "eks-node-03",
    "eks-node-04",
    "GS-DX-RT01",
}
SALES_SIDE = {"crm-bff", "crm-api", "crm-aurora", "alb-crm", "eks-node-01", "eks-node-02"}
KPIS = {"KPIS-Bogo", "GS-B2B-AP01"}
LAKE = {"lake-ingest", "lake-etl", "redshift-dw", "eks-data-01"}


def _load(name: str):
    for group, shape in (
        (PLANT, _plant),
        (OFFICE, _office),
        (SHIP, _ship),
        (PHARMACY, _pharmacy),
        (SALES_SIDE, _sales),
        (KPIS, _kpis),
        (LAKE, _lake),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {0: (16.0, 3.5), 1: (4.2, 16.0), 2: (1.6, 7.0)},
    "I2": {0: (7.0, 24.0), 1: (2.6, 31.0)},
    "I3": {1: (6.5, 38.0), 2: (2.0, 11.0)},
    "I4": {1: (5.0, 72.0), 2: (1.2, 64.0)},
    "I5": {0: (9.0, 26.0), 1: (5.0, 41.0), 2: (1.8, 19.0), 3: (0.9, 8.0)},
    "I6": {0: (13.0, 1.6), 1: (3.4, 8.5), 2: (2.6, 49.0), 3: (1.3, 21.0)},
    "I7": {0: (10.0, 6.5), 1: (4.6, 22.0), 2: (2.1, 13.0), 3: (1.1, 8.5), 4: (0.7, 5.5)},
}
# I6: OS-SER-L3 (2 hops) is louder than ILRYEON-HUB (1 hop) and the root; the other victims less so
# I4: IC-WMS only holds shipments
EFFECT_OVERRIDE = {
    ("I6", "HN-SER-L3"): (2.0, 31.0),
    ("I6", "KPIS-Bogo"): (0.9, 5.0),
    ("I6", "IC-WMS"): (0.7, 4.0),
    ("I4", "IC-WMS"): (1.1, 12.0),
    ("I7", "KPIS-Bogo"): (0.8, 6.0),
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(5, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.12, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    kind = HOSTS[name][2]
    if kind == "network":
        return _appliance_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 32), rng.uniform(36, 62), rng.uniform(28, 58)
    growth = rng.uniform(0, 0.15)
    if name == "GS-LOG01":
        disk0, growth = 66.2, 1.25
    if name in ("GS-MQ01", "GS-MQ02"):
        disk0, growth = 41.0, 0.02
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in ("GS-QAORA01", "GS-QAORA02"):  # the hard-parse storm
            cpu += (97.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, I1["start"], I1["end"], rise=5, fall=10)
        if name == "GS-MQ01":  # the recovery log fills while the VAN is closed
            fill = max(0.0, (ts - kst(8, 18)).total_seconds() / 3600) * (ts < I2["end"])
            disk = min(disk + 3.4 * fill, 99.6 + rng.gauss(0, 0.05))
        if name == "IC-TEMP-SV01":  # the read-only disk: iowait
            cpu += (93.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, I4["start"], I4["end"], rise=5, fall=10)
        if name in ("GS-DC01", "GS-DC02"):  # LSASS under the bind storm
            cpu += 38 * ramp(ts, I5["start"], I5["end"], rise=5, fall=10)
        if name == "GS-SERDB01":
            cpu += 34 * ramp(ts, I6["start"], I6["end"], rise=10, fall=10)
        if name == "GS-HANA01":
            cpu += 41 * ramp(ts, I7["start"], None, rise=15)
            cpu += 12 * _bump(seoul_hour(ts), 1.5, 0.4)  # the nightly data backup
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            if name in ("GS-MQ01",) and ts >= I2["end"]:
                disk = min(disk, 37.5 + rng.gauss(0, 0.1))
            rows.append((ts, name, "disk_usage", round(min(disk, 99.9), 1)))
    return rows


def _appliance_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, round-trip latency and packet loss."""
    rows = []
    cpu0 = rng.uniform(6, 24)
    rtt0 = rng.uniform(0.4, 2.0)
    if name == "GS-DX-RT01":
        rtt0 = 3.1  # round trip to the AWS region over Direct Connect
    if name in ("OS-CORE-SW01", "HN-CORE-SW01", "IC-CORE-SW01"):
        rtt0 = rng.uniform(4.0, 9.0)  # the WAN to Gasan
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
    """Storage arrays: used capacity, I/O latency and I/O errors (the takeover hang on HN-NAS01)."""
    name = ci["name"]
    used = {"HN-NAS01": (71, 72), "OS-NAS01": (63, 65), "DJ-DD01": (52, 54)}.get(name, (40, 58))
    fill = storage_fill(rng, name, times, START, used, 0.12)
    lat0 = rng.uniform(0.4, 0.9) if name == "GS-SAN01" else rng.uniform(1.2, 3.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = max(0.0, rng.gauss(0.01, 0.005))
        if name == "HN-NAS01":
            r = ramp(ts, I3["start"], I3["end"], rise=5, fall=10)
            lat *= 1 + 140 * r * (1 + rng.gauss(0, 0.05))
            err += 22.0 * r * (1 + rng.gauss(0, 0.05))
        rows += samples(
            ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2), error_rate=round(err, 2)
        )
    return rows


RT0 = {
    "OS-MES": 180.0,
    "HN-MES": 210.0,
    "OS-EBR": 320.0,
    "HN-EBR": 350.0,
    "OS-SER-L3": 42.0,
    "HN-SER-L3": 48.0,
    "ILRYEON-HUB": 28.0,
    "KPIS-Bogo": 260.0,
    "S4-PRD": 380.0,
    "SAP-PO": 120.0,
    "Domae-EDI": 240.0,
    "IC-WMS": 190.0,
    "IC-TEMP-GW": 65.0,
    "LabWare-OS": 410.0,
    "LabWare-HN": 440.0,
    "Empower-OS": 150.0,
    "Empower-HN": 165.0,
    "OS-EMS": 90.0,
    "GMP-DMS": 520.0,
    "TrackWise-QMS": 460.0,
    "Argus-Safety": 380.0,
    "Yakgam-Intake": 210.0,
    "KIDS-E2B-GW": 300.0,
    "IAM-IDP": 55.0,
    "AD-GS": 8.0,
    "crm-bff": 140.0,
    "crm-api": 110.0,
    "portal-web": 230.0,
    "portal-api": 150.0,
    "order-api": 170.0,
    "notify-kakao": 60.0,
    "lake-ingest": 90.0,
    "lake-etl": 420.0,
    "OS-MESDB": 4.2,
    "HN-MESDB": 4.8,
    "QA-ORA": 6.5,
    "HANA-PRD": 2.4,
    "ILRYEON-DB": 3.6,
    "ARGUS-ORA": 5.1,
    "IC-WMSDB": 3.9,
    "crm-aurora": 2.2,
    "portal-aurora": 1.9,
    "redshift-dw": 95.0,
    "SER-POOL-CACHE": 0.38,
    "portal-redis": 0.52,
    "MQ-HUB": 2.8,
    "msk-events": 4.6,
    "GS-F5-INT": 1.1,
    "GS-F5-DMZ": 1.6,
    "alb-portal": 2.4,
    "alb-crm": 2.7,
}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 12),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(2, 8),
        "load_balancer": rng.uniform(1, 6),
    }.get(kind, rng.uniform(40, 240))
    if name in LINES:
        rt0 = rng.uniform(35, 80)  # a serial request round trip from the line
    if name in LOGGERS:
        rt0 = rng.uniform(300, 600)  # the logger's radio report latency
    rt0 = RT0.get(name, rt0)
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(18, 36)
    mem0, mem_swing = CACHE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is I6 and name in (*LINES, "OS-SER-L3", "HN-SER-L3"):
                req *= 1 - 0.7 * r  # lines stop
            if inc is I4 and name in (*LOGGERS, "IC-TEMP-GW"):
                req *= 1 - 0.9 * r
            if inc is I5 and name == "AD-GS":
                req *= 1 + 9 * r  # the bind storm
            if inc is I2 and name == "MQ-HUB":
                req *= 1 - 0.8 * r
        if name == "OS-EMS":  # readings flagged during the sensor calibration
            err += 5.5 * ramp(ts, *EMS_CALIBRATION, rise=5, fall=5)
        if name == "lake-etl":
            req = 0.0
        if name == "OS-PKG-L2-03" and ts >= kst(6, 11):  # requalification: test runs only
            req *= 0.08
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "HANA-PRD":
                mem += (97.2 + rng.gauss(0, 0.3) - mem) * ramp(
                    ts, I7["start"] - timedelta(minutes=20), None, 25
                )
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _daily_rows() -> list[tuple]:
    """The nightly KPIS report batch, the HANA backup, the data-lake ETL and the GS-F5-DMZ certificate warning."""
    rows = []
    for d, n in [(6, "48,210"), (7, "51,877"), (8, "49,305"), (9, "3,412"), (10, "6,980"), (11, "1,204"),
                 (12, "55,630"), (13, "52,148")]:  # fmt: skip
        rows.append((d, 22, 0, "KPIS-Bogo", "info", "batch_job", "공급내역 일괄 보고 시작"))
        rows.append((d, 22, 38, "KPIS-Bogo", "info", "batch_job", f"공급내역 보고 완료 ({n}건, 오류 0건)"))
    for d in range(7, 15):
        rows.append(
            (d, 1, 0, "HANA-PRD", "info", "backup", "Complete data backup started (Backint, DD Boost)")
        )
        rows.append((d, 2, 0, "lake-etl", "info", "batch_job", "dag daily_sap_extract started"))
        rows.append((d, 3, 20, "lake-etl", "info", "batch_job", "dag daily_sap_extract succeeded"))
        left = (datetime(2026, 10, 29) - datetime(2026, 10, d)).days
        rows.append(
            (
                d,
                9,
                0,
                "GS-F5-DMZ",
                "warning",
                "cert_expiry",
                f"SSL certificate sso.saebompharm.co.kr expires in {left} days (2026-10-29)",
            )
        )
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (6, 11, 0, "OS-PKG-L2-03", "info", "maintenance", "포장 3라인 재적격성 평가(PQ) 시작, 라인 생산 중지 (변경관리 CC-2026-0412)"),
    (6, 15, 30, "LabWare-VAL", "info", "deployment", "LabWare-VAL 8.2.0-rc1 설치 (OQ 스크립트 실행 예정)"),
    (7, 9, 40, "GS-LOG01", "warning", "threshold_breach", "disk_usage above 65% on /opt/splunk/var"),
    (8, 10, 0, "OS-EMS", "info", "maintenance", "차압 센서 정기 교정 (B등급 구역 24개), 교정 중 알람 억제"),
    (8, 11, 30, "OS-EMS", "info", "maintenance", "차압 센서 교정 완료"),
    (8, 16, 0, "S4-QAS", "info", "deployment", "S4-QAS transport SQ1K904211 imported (MRP Live 파라미터)"),
    (8, 17, 10, "Domae-EDI", "info", "config_change", "한글날 휴무 도매상 34곳 VAN 수신 중지 일정 등록"),
    (10, 9, 0, "crm-api-dev", "info", "deployment", "crm-api-dev 5.12.0-SNAPSHOT 배포"),
    (12, 8, 45, "GS-LOG01", "warning", "threshold_breach", "disk_usage above 70% on /opt/splunk/var"),
    (12, 14, 0, "ILRYEON-DB", "info", "config_change", "serial_event 2026-11 파티션 사전 생성"),
    (13, 13, 30, "HANA-PRD", "info", "config_change", "MRP Live 병렬도 8 -> 16 (SP1 변경요청 CR-7781)"),
    (13, 15, 0, "OS-MES-VAL", "info", "deployment", "OS-MES-VAL 3.3.3.0 설치 (IQ 완료)"),
    (14, 9, 10, "GS-LOG01", "warning", "threshold_breach", "disk_usage above 75% on /opt/splunk/var"),
    # I1
    (7, 14, 5, "TrackWise-QMS", "info", "deployment", "TrackWise-QMS 9.1.1 패치 적용 (일탈 보고서 양식)"),
    (7, 14, 16, "QA-ORA", "warning", "wait_event", "cursor: pin S wait on X: 214 sessions, hard parses 4,800/s (inst 1)"),
    (7, 14, 22, "QA-ORA", "major", "cpu", "GS-QAORA01, GS-QAORA02 CPU 100%, library cache mutex contention"),
    (7, 14, 26, "LabWare-OS", "major", "timeout", "ORA-04021: timeout occurred while waiting to lock object (결과 입력 실패)"),
    (7, 14, 28, "LabWare-HN", "major", "timeout", "시험 결과 저장 타임아웃 (QA-ORA)"),
    (7, 14, 31, "GMP-DMS", "warning", "slow_response", "SOP 열람/승인 응답 지연 p95 9,400 ms"),
    (7, 14, 33, "TrackWise-QMS", "warning", "error", "일탈 등록 저장 실패 (JDBC timeout)"),
    (7, 14, 38, "OS-EBR", "warning", "error", "QC 결과 조회 실패 (LIMS 응답 없음), 배치 검토 보류"),
    (7, 15, 6, "QA-ORA", "info", "config_change", "kill session sid=3127 (stability_trend_rpt), SQL plan baseline 고정"),
    (7, 15, 18, "LabWare-OS", "info", "recovery", "결과 입력 정상화"),
    # I2 (한글날)
    (9, 9, 50, "KPIS-Bogo", "info", "deployment", "KPIS-Bogo 2.6.0 배포 (반품 보고 항목 추가)"),
    (9, 9, 58, "MQ-HUB", "warning", "queue_depth", "QM_HUB01 SYSTEM.XMITQ.KTNET depth 412,000 (channel KTNET.TO.VAN retrying)"),
    (9, 10, 9, "MQ-HUB", "critical", "log_full", "AMQ7463E: The log for queue manager QM_HUB01 is full."),
    (9, 10, 12, "MQ-HUB", "major", "error", "MQRC_RESOURCE_PROBLEM (2102) on MQPUT, /var/mqm/log 100%"),
    (9, 10, 16, "SAP-PO", "major", "error", "JMS adapter: MQJE001 Completion Code 2, Reason 2102 (출하 IDoc 송신 실패)"),
    (9, 10, 18, "Domae-EDI", "major", "error", "DESADV/INVOIC 송신 큐 적재 실패"),
    (9, 10, 20, "ILRYEON-HUB", "major", "error", "출하 이벤트 발행 실패 (MQ 2102), 재시도 큐 적재"),
    (9, 10, 22, "KPIS-Bogo", "critical", "error", "공급내역 보고 원천 수신 불가 (MQ)"),
    (9, 10, 25, "IC-WMS", "warning", "error", "출하 확정 메시지 발행 실패"),
    (9, 10, 27, "lake-ingest", "warning", "error", "MQ source stalled, consumer lag growing"),
    (9, 10, 58, "MQ-HUB", "info", "config_change", "log fs 64 -> 128 GB 확장, XMITQ 백로그 오프로드 (dmpmqmsg)"),
    (9, 11, 8, "SAP-PO", "info", "recovery", "JMS adapter 재연결, 출하 IDoc 재처리 완료"),
    # I3
    (11, 1, 30, "HN-CDS-SV01", "info", "patch", "Windows 누적 업데이트 KB5044281 설치 후 재부팅"),
    (11, 1, 48, "HN-NAS01", "critical", "node_panic", "Node HN-NAS01-02: PANIC: Uncorrectable machine check, takeover initiated"),
    (11, 1, 52, "HN-NAS01", "major", "takeover", "CIFS/SMB sessions not resumed after takeover (vserver svm_hn_cds)"),
    (11, 1, 57, "Empower-HN", "major", "error", "Empower: raw data path \\\\hn-nas01\\empower_raw not accessible, acquisition buffered"),
    (11, 2, 0, "HN-EBR", "major", "error", "BR PDF 아카이브 저장 실패 (\\\\hn-nas01\\ebr_archive)"),
    (11, 2, 8, "LabWare-HN", "warning", "error", "CDS 결과 import 실패"),
    (11, 2, 40, "HN-NAS01", "info", "config_change", "giveback completed, SMB sessions restored"),
    (11, 2, 50, "Empower-HN", "info", "recovery", "버퍼 데이터 업로드 완료"),
    # I4
    (12, 23, 0, "IC-TEMP-GW", "info", "config_change", "로거 수집 주기 5분 -> 1분 (GDP 감사 지적 CAPA-2026-118)"),
    (12, 23, 28, "IC-TEMP-SV01", "major", "hardware", "PERC H755: Battery on controller 0 has failed, VD0 write policy changed to Write Through"),
    (12, 23, 33, "IC-TEMP-SV01", "critical", "disk", "NTFS volume D: is read-only (Event ID 140, I/O error)"),
    (12, 23, 36, "IC-TEMP-GW", "critical", "error", "viewLinc DB 쓰기 실패, 로거 데이터 기록 중지"),
    (12, 23, 41, "TL-COLD-A01", "major", "comm_fail", "로거 데이터 미수신 (10분)"),
    (12, 23, 41, "TL-COLD-A02", "major", "comm_fail", "로거 데이터 미수신 (10분)"),
    (12, 23, 42, "TL-COLD-B01", "major", "comm_fail", "로거 데이터 미수신 (10분)"),
    (12, 23, 42, "TL-FRZ-01", "major", "comm_fail", "로거 데이터 미수신 (10분)"),
    (12, 23, 43, "TL-DOCK-01", "major", "comm_fail", "로거 데이터 미수신 (10분)"),
    (12, 23, 48, "IC-WMS", "warning", "hold", "온도 기록 미확인: 냉장 출하 보류 (웨이브 W-1013-01)"),
    (13, 0, 15, "IC-TEMP-SV01", "info", "config_change", "viewLinc 예비 서버로 전환, 로거 백필 시작"),
    (13, 0, 32, "IC-TEMP-GW", "info", "recovery", "로거 96/96 수신 정상, 백필 완료"),
    # I5
    (13, 5, 20, "OS-MES", "info", "deployment", "OS-MES 3.3.2.1 hotfix 2 배포 (칭량 화면)"),
    (13, 5, 38, "AD-GS", "warning", "security", "Event 4740: account svc_lake_extract locked out (bad password) x 1,900/min"),
    (13, 5, 43, "AD-GS", "major", "cpu", "GS-DC01 lsass.exe CPU 97%, LDAP bind queue 2,400"),
    (13, 5, 47, "IAM-IDP", "critical", "error", "LDAP authentication timeout: 43% of logins failed"),
    (13, 5, 53, "OS-MES", "major", "error", "작업자 로그인 실패 (SSO), 교대 인수인계 지연"),
    (13, 5, 55, "HN-MES", "major", "error", "작업자 로그인 실패 (SSO)"),
    (13, 5, 58, "LabWare-OS", "warning", "error", "로그인 실패 증가"),
    (13, 6, 2, "OS-EBR", "warning", "error", "전자서명 인증 실패 (SSO)"),
    (13, 6, 5, "crm-api", "warning", "error", "token refresh failed (IdP 504)"),
    (13, 6, 28, "AD-GS", "info", "config_change", "svc_lake_extract 계정 비활성화, lake-etl 자격증명 교체 요청"),
    (13, 6, 40, "IAM-IDP", "info", "recovery", "로그인 성공률 99.8%"),
    # I6
    (14, 7, 30, "OS-SER-L3", "info", "deployment", "OS-SER-L3 ATLAS L3 4.2.7 배포 (어그리게이션 재작업 화면)"),
    (14, 7, 46, "ILRYEON-DB", "warning", "autovacuum", "autovacuum: VACUUM public.serial_event (to prevent wraparound) running 38 min"),
    (14, 7, 52, "ILRYEON-DB", "major", "io_saturation", "checkpoints are occurring too frequently; await 180 ms, lock waits on serial_pool 96"),
    (14, 7, 57, "ILRYEON-HUB", "major", "slow_response", "serial allocation p95 4,200 ms"),
    (14, 8, 1, "OS-SER-L3", "critical", "error", "일련번호 요청/어그리게이션 업로드 타임아웃 52%, 라인 정지 요청"),
    (14, 8, 3, "OS-PKG-L2-01", "major", "line_stop", "serial buffer empty - line stopped"),
    (14, 8, 4, "OS-PKG-L2-02", "major", "line_stop", "serial buffer empty - line stopped"),
    (14, 8, 5, "HN-SER-L3", "major", "error", "L4 업로드 지연, 일련번호 버퍼 부족"),
    (14, 8, 7, "HN-PKG-L2-02", "major", "line_stop", "serial buffer empty - line stopped"),
    (14, 8, 9, "HN-PKG-L2-01", "warning", "line_stop", "serial buffer low - line slowed"),
    (14, 8, 12, "IC-WMS", "warning", "slow_response", "출하 스캔 검증 지연"),
    (14, 8, 38, "ILRYEON-DB", "info", "config_change", "autovacuum_vacuum_cost_limit 200 -> 2000 (serial_event), checkpoint_timeout 15min"),
    (14, 8, 50, "OS-SER-L3", "info", "recovery", "라인 재가동, 버퍼 정상"),
    # I7 (ongoing)
    (14, 9, 50, "order-api", "info", "deployment", "order-api 4.2.0 배포 (재고 조회 캐시 TTL 조정)"),
    (14, 9, 55, "HANA-PRD", "info", "job", "MRP Live (PPH_MRP_START) plant 1000/2000 started"),
    (14, 10, 3, "HANA-PRD", "warning", "memory", "used memory 2,780 GB of global_allocation_limit 2,900 GB (96%)"),
    (14, 10, 8, "HANA-PRD", "critical", "memory", "OOM: statement memory limit / global allocation limit reached, column store unload 1,240 tables"),
    (14, 10, 12, "S4-PRD", "critical", "error", "ST22 dumps TSV_TNEW_PAGE_ALLOC_FAILED / DBSQL_SQL_ERROR 1,180 in 5 min"),
    (14, 10, 17, "SAP-PO", "major", "error", "RFC call to SP1 failed: SYSTEM_FAILURE (order create)"),
    (14, 10, 22, "order-api", "major", "error", "SAP 주문 생성 실패 (PO 504), 재고 조회 지연"),
    (14, 10, 24, "Domae-EDI", "warning", "error", "ORDERS 처리 지연 (PO 응답 없음)"),
    (14, 10, 30, "portal-api", "warning", "error", "주문 접수 오류 증가"),
    (14, 10, 33, "crm-api", "warning", "error", "주문 현황 조회 실패"),
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
    generate(NAME, "pharma-manufacturing", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
