"""Generate the insure-life estate (tests/fixtures/insure-life/, interchange format) and its faults file.

A Korean life & non-life insurer's IT: policy administration on IBM i LPARs (`GAON-LIFE` on `AS4PRD1`,
`GAON-NL` on `AS4PRD2`, both on the DB2 for i database `DB2I-POL`), the policy inquiry API, new business
(청약 `nb-subscription-api`) with the underwriting rules `uw-rule-engine` and the 심사 workbench, claims
(`CLM-CORE` on Oracle RAC `ORA-CLAIM`, 청구 접수 `claim-intake-api`, OCR of claim documents `claim-ocr` on
the GPU server, the document store `ecm-doc-svc` on the NAS `ECM-NAS01`, 보험금 지급 `claim-payment` via the
firm-banking link, fraud scoring `fds_scoring`), premium collection (CMS 자동이체 `cms-autodebit-gw` and the
draw-day batch `cms_debit_batch` over IBM MQ `QM.PAY.P1`, 가상계좌, 카드납부, `premium-collect` on
`ORA-PAY`), the NICE 본인인증 link `nice-auth-gw`, the Genesys contact centre at Guro (`GEN-SIP`, `GEN-URS`,
the IVR `ARS-IVR`, the agent desktop, an AI callbot) behind the WAN router `CC-WAN-RT01`, actuarial batch
(`actuary_rsv_batch` 책임준비금, `ifrs17-engine`) on the Exadata DW `DW-EXA`, ETL and BI, and the customer
channels in AWS Seoul (portal `dasom-portal`, `cust-api-gw`, 설계사 앱 `haneul-agent-bff`, 마이데이터, 알림).
Sites: the main data centre `sangam-dc`, the DR centre `daejeon-drc`, the contact centre `guro-cc` and the
AWS region `aws-apne2`.

Naming mixes: IBM i LPARs (`AS4PRD1`), MQ queue managers with dots (`QM.PAY.P1`), UPPER host codes
(`CLMDB01`, `PAYBAT01`), kebab workloads (`pol-inquiry-api`, `ocp-w03`), snake_case batches (`cms_debit_batch`,
`fds_scoring`, `actuary_rsv_batch`), Korean-romanised codenames (`GAON-LIFE`, `dasom-portal`,
`haneul-agent-bff`) and vendor products (`GEN-SIP`, `ARS-IVR`, `DW-EXA`, `F5-DC-VIP01`).

Seven injected incidents (times KST, now = Thursday 2026-11-26 15:20; the window is the 8 days before):
  I1 Thu 19 10:05–11:00  CC-WAN-RT01 (contact-centre WAN router) loses packets on a failing optic at the
                         morning call peak: ARS-IVR and the agent desktop time out, the callbot follows
  I2 Fri 20 08:10–09:25  IBM MQ QM.PAY.P1 blocks on the CMS draw day: PAY.CMS.REQ at MAXDEPTH (2053),
                         the KFTC sender channel stuck retrying; CMS gateway, premium collection, the batch and
                         the customer API fail
  I3 Sat 21 01:35–03:50  the claim-document NAS ECM-NAS01 fills (an OCR re-render job from Friday 22:00
                         duplicates every TIFF): ECM and OCR writes fail, claim intake and e-sign follow
  I4 Mon 23 09:05–10:35  the actuarial reserve batch actuary_rsv_batch rerun in business hours (pre-close)
                         reads DB2I-POL directly (no dependency on record): AS4PRD1 saturates, policy admin,
                         inquiry, the IVR, the customer API and the agent app slow
  I5 Tue 24 14:05–14:50  bad deploy of uw-rule-engine 5.2.0 (14:02): errors only, no load signal; 청약 and
                         the 심사 workbench fail, the agent app errors, rolled back at 14:47
  I6 Wed 25 19:00–20:10  the mTLS client certificate of nice-auth-gw to NICE 본인인증 expires at 19:00:
                         customer API, portal, 청약 and the agent app cannot verify identities
  I7 Thu 26 14:15–now    row lock contention on ORA-CLAIM (an adjuster tool left a transaction open on
                         CLM_PAY_DTL): CLM-CORE and fds_scoring slow and failing, claim intake and payment follow
Confounders: the weekday call-centre hours, the portal's evening peak, the CMS draw days (20th and 25th) and
the nightly actuarial/ETL batch; deployments just before I1 (GEN-URS routing), I4 (haneul-agent-bff) and I7
(claim-intake-api, a victim); a BI extract hogging ocp-w04 on Monday morning; the DR backup appliance
DR-DD01 filling past 80 % and the DW host disk creeping up.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/insure_golden.py) are computed from the files.

    .venv/bin/python bench/insure_estate.py   # rewrites tests/fixtures/insure-life*
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

NAME = "insure-life"
NOW = datetime(2026, 11, 26, 6, 20, tzinfo=UTC)  # Thursday 15:20 KST
START = NOW - timedelta(days=8)
SEED = 20261126
SITES = {"SM": "sangam-dc", "DJ": "daejeon-drc", "GR": "guro-cc", "AW": "aws-apne2"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2026-11")

POL, UW, CLM, FDS = "계약관리IT팀", "언더라이팅IT팀", "보상IT팀", "보험사기대응팀"
PAY, CH, CC, ACT = "수납IT팀", "디지털채널팀", "컨택센터IT팀", "계리시스템팀"
DATA, DBA, MW, INFRA = "데이터플랫폼팀", "DBA팀", "미들웨어팀", "인프라운영팀"
NET, CLOUD, DOC = "네트워크팀", "클라우드운영팀", "업무지원IT팀"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # policy administration (IBM i)
    "GAON-LIFE": ("service", POL, "SM", "P", ["AS4PRD1"], ["DB2I-POL", "QM.POL.P1"],
                  {"system": "생명보험 계약관리", "description": "생명보험 계약 유지, 변경, 해지, 부활 (RPG/COBOL on IBM i)",
                   "language": "RPG IV", "product": "GAON Life PAS", "version": "7.3.2", "policies": 3850000}),
    "GAON-NL": ("service", POL, "SM", "P", ["AS4PRD2"], ["DB2I-POL", "QM.POL.P1"],
                {"system": "손해보험 계약관리", "description": "장기 손해보험, 자동차 제외 일반보험 계약관리",
                 "language": "RPG IV", "product": "GAON NL PAS", "version": "5.9.1", "policies": 1270000}),
    "pol-inquiry-api": ("service", POL, "SM", "P", ["ocp-w01", "ocp-w02"], ["DB2I-POL", "redis-pol-cache"],
                        {"system": "계약조회 API", "description": "계약, 보장내역, 납입내역 조회 (채널, ARS, 마이데이터 공용)",
                         "namespace": "policy", "language": "java", "replicas": 6, "port": 8443}),
    "nb-subscription-api": ("service", POL, "SM", "P", ["ocp-w02", "ocp-w03"],
                            ["uw-rule-engine", "GAON-LIFE", "nice-auth-gw", "ecm-doc-svc"],
                            {"system": "신계약 청약", "description": "설계사 모바일 청약, 전자청약 접수, 청약서 생성",
                             "namespace": "newbiz", "language": "java", "replicas": 4, "port": 8443}),
    # underwriting
    "uw-rule-engine": ("service", UW, "SM", "P", ["ocp-w01", "ocp-w03"], ["ORA-UW"],
                       {"system": "언더라이팅 룰엔진", "description": "청약 자동심사 룰 (고지사항, 한도, 가입설계 검증)",
                        "namespace": "uw", "language": "java", "product": "FICO Blaze Advisor", "rules": 4120,
                        "port": 8080}),
    "uw-workbench": ("service", UW, "SM", "P", ["ocp-w04"], ["uw-rule-engine", "ORA-UW", "ecm-doc-svc"],
                     {"system": "심사 워크벤치", "description": "언더라이터 수동심사, 진단 결과, 부담보 처리 화면",
                      "namespace": "uw", "language": "java", "port": 8443}),
    # claims
    "CLM-CORE": ("service", CLM, "SM", "P", ["ocp-w02", "ocp-w04"], ["ORA-CLAIM", "QM.CLM.P1"],
                 {"system": "보상 코어", "description": "사고 접수, 보상 심사, 지급 결정, 실손 청구 처리",
                  "namespace": "claim", "language": "java", "replicas": 6, "port": 8443}),
    "claim-intake-api": ("service", CLM, "SM", "P", ["ocp-w01", "ocp-w04"],
                         ["CLM-CORE", "claim-ocr", "ecm-doc-svc"],
                         {"system": "보험금 청구 접수", "description": "앱, 홈페이지, 팩스, 설계사 보험금 청구 접수",
                          "namespace": "claim", "language": "kotlin", "replicas": 4, "port": 8443}),
    "claim-ocr": ("service", CLM, "SM", "P", ["OCRGPU01"], ["ECM-NAS01"],
                  {"system": "청구서류 OCR", "description": "진단서, 영수증, 진료비 세부내역서 이미지 OCR, 항목 추출",
                   "vendor": "Inzisoft", "product": "iSIGHT OCR", "version": "4.2.1", "gpu": "NVIDIA L40S x2",
                   "port": 9090}),
    "claim-payment": ("service", CLM, "SM", "P", ["ocp-w03"], ["CLM-CORE", "ORA-PAY", "fb-banking-gw"],
                      {"system": "보험금 지급", "description": "지급 결의, 펌뱅킹 이체 요청, 지급 결과 반영",
                       "namespace": "claim", "language": "java", "port": 8443}),
    "fds_scoring": ("service", FDS, "SM", "P", ["FDSAPP01"], ["ORA-CLAIM", "redis-fds"],
                    {"system": "보험사기 스코어링", "description": "청구 건별 보험사기 의심 점수 (실시간 FDS)",
                     "language": "python", "model": "gbm-fraud-v14", "port": 8000}),
    # documents, identity, banking links
    "ecm-doc-svc": ("service", DOC, "SM", "P", ["ECMAPP01"], ["ECM-NAS01"],
                    {"system": "전자문서관리", "description": "청약서, 청구서류, 심사 서류 이미지 저장, 조회 (ECM)",
                     "vendor": "OpenText", "product": "Documentum", "version": "23.4", "port": 9080}),
    "esign-svc": ("service", CH, "SM", "P", ["ocp-w03"], ["ecm-doc-svc"],
                  {"system": "전자서명", "description": "청약서, 청구서 전자서명, 타임스탬프", "namespace": "channel",
                   "language": "java", "port": 8443}),
    "nice-auth-gw": ("service", CH, "SM", "P", ["ocp-w04"], ["DC-INET-FW01"],
                     {"system": "본인인증 연계", "description": "NICE 휴대폰 본인인증, 실명확인 연계 (mTLS)",
                      "external": "NICE평가정보", "port": 8443, "tls_client_cert": "auth-link.insure.example.kr",
                      "cert_issuer": "KISA 전자서명인증", "cert_expires": "2026-11-25"}),
    "fb-banking-gw": ("service", PAY, "SM", "P", ["ocp-w02"], ["DC-INET-FW01"],
                      {"system": "펌뱅킹 연계", "description": "보험금, 해지환급금 지급 이체 (은행 펌뱅킹 전문)",
                       "external": "KFTC / 5개 은행", "protocol": "TCP 전문", "port": 7400}),
    # premium collection
    "premium-collect": ("service", PAY, "SM", "P", ["ocp-w01", "ocp-w02"], ["ORA-PAY", "QM.PAY.P1", "GAON-LIFE"],
                        {"system": "보험료 수납", "description": "보험료 수납 처리, 수납 결과 계약 반영",
                         "namespace": "payment", "language": "java", "replicas": 4, "port": 8443}),
    "cms-autodebit-gw": ("service", PAY, "SM", "P", ["ocp-w03"], ["QM.PAY.P1"],
                         {"system": "CMS 자동이체 연계", "description": "금융결제원 CMS 출금 요청, 결과 수신",
                          "external": "금융결제원(KFTC) CMS", "protocol": "MQ + 전문", "port": 7410}),
    "cms_debit_batch": ("service", PAY, "SM", "P", ["PAYBAT01"], ["ORA-PAY", "QM.PAY.P1"],
                        {"system": "자동이체 출금 배치", "description": "출금일(매월 5, 10, 15, 20, 25일, 말일) CMS 출금 요청 생성",
                         "schedule": "daily 06:00 (draw days 20, 25: full run)", "scheduler": "Control-M 9.0.21",
                         "language": "java"}),
    "card-pay-gw": ("service", PAY, "SM", "P", ["ocp-w04"], ["ORA-PAY", "DC-INET-FW01"],
                    {"system": "카드납부", "description": "신용카드 보험료 납부 승인 (PG 연동)", "external": "KG이니시스",
                     "namespace": "payment", "port": 8443}),
    "vacct-svc": ("service", PAY, "SM", "P", ["ocp-w03"], ["ORA-PAY"],
                  {"system": "가상계좌", "description": "가상계좌 발급, 입금 통지 수신", "namespace": "payment",
                   "port": 8443}),
    # customer and agent channels (AWS)
    "cust-api-gw": ("service", CH, "AW", "P", ["eks-ng-a-01", "eks-ng-a-02"],
                    ["pol-inquiry-api", "claim-intake-api", "premium-collect", "nice-auth-gw", "redis-session"],
                    {"system": "고객 채널 API", "description": "홈페이지, 고객 앱 공용 API (BFF)", "namespace": "cust",
                     "language": "node", "replicas": 8, "port": 443}),
    "dasom-portal": ("service", CH, "AW", "P", ["eks-ng-a-01", "eks-ng-a-02"], ["cust-api-gw", "aurora-portal"],
                     {"system": "고객 홈페이지", "description": "고객 홈페이지, 모바일 웹 (계약조회, 청구, 납입)",
                      "namespace": "cust", "language": "typescript", "framework": "Next.js 14", "port": 443}),
    "haneul-agent-bff": ("service", CH, "AW", "P", ["eks-ng-b-01"],
                         ["nb-subscription-api", "pol-inquiry-api", "esign-svc", "nice-auth-gw"],
                         {"system": "설계사 앱", "description": "설계사 모바일 영업지원 앱 백엔드 (가입설계, 청약, 고객관리)",
                          "namespace": "agent", "language": "kotlin", "agents": 18400, "port": 443}),
    "mydata-api": ("service", CH, "AW", "P", ["ec2-mydata-01"], ["pol-inquiry-api", "aurora-portal"],
                   {"system": "마이데이터 정보제공", "description": "마이데이터 사업자 대상 보험 정보 제공 API",
                    "language": "java", "port": 443}),
    "notify-hub": ("service", CH, "AW", "P", ["eks-ng-b-01"], ["kafka-evt"],
                   {"system": "고객 알림", "description": "카카오 알림톡, SMS, 푸시 발송 (납입 안내, 지급 안내)",
                    "namespace": "notify", "language": "go", "port": 8080}),
    # contact centre (Guro)
    "GEN-SIP": ("service", CC, "GR", "P", ["gcc-sip01"], [],
                {"system": "SIP 서버", "description": "컨택센터 호 처리 (Genesys SIP Server)", "vendor": "Genesys",
                 "product": "Genesys Engage SIP Server", "version": "8.1.104", "trunks": 480, "port": 5060}),
    "GEN-URS": ("service", CC, "GR", "P", ["gcc-cti01"], ["GEN-SIP"],
                {"system": "호 라우팅", "description": "상담 호 라우팅 전략 (스킬 기반 분배)", "vendor": "Genesys",
                 "product": "Universal Routing Server", "version": "8.1.400", "port": 7010}),
    "ARS-IVR": ("service", CC, "GR", "P", ["gcc-gvp01"], ["GEN-SIP", "CC-WAN-RT01", "pol-inquiry-api"],
                {"system": "ARS 자동응답", "description": "ARS 계약조회, 납입 안내, 보험금 청구 진행 조회",
                 "vendor": "Genesys", "product": "Genesys Voice Platform", "version": "9.0.2", "ports": 360}),
    "cti-agent-desktop": ("service", CC, "GR", "P", ["gcc-cti01"], ["GEN-URS", "CC-WAN-RT01", "pol-inquiry-api"],
                          {"system": "상담 어플리케이션", "description": "상담원 통합 화면 (CTI 소프트폰, 고객 360)",
                           "agents": 620, "language": "c#", "port": 8443}),
    "callbot-ai": ("service", CC, "GR", "P", ["gcc-gvp01"], ["ARS-IVR"],
                   {"system": "AI 콜봇", "description": "야간, 주말 단순 문의 AI 상담 (STT/TTS)", "language": "python",
                    "port": 8090}),
    # actuarial, data
    "actuary_rsv_batch": ("service", ACT, "SM", "P", ["ACTBAT01"], ["DW-EXA"],
                          {"system": "책임준비금 산출 배치", "description": "계약별 책임준비금, 해약환급금 산출 (일배치, 월 가결산)",
                           "schedule": "daily 01:00", "expected_end": "04:30", "scheduler": "Control-M 9.0.21",
                           "language": "cobol"}),
    "ifrs17-engine": ("service", ACT, "SM", "P", ["SASGRID01"], ["DW-EXA"],
                      {"system": "IFRS17 결산", "description": "IFRS17 CSM, RA 산출 결산 엔진", "vendor": "SAS",
                       "product": "SAS Solution for IFRS 17", "version": "2024.03", "schedule": "monthly close"}),
    "etl-infa": ("service", DATA, "SM", "P", ["ETLPRD01"], ["DB2I-POL", "ORA-CLAIM", "ORA-PAY", "DW-EXA"],
                 {"system": "정보계 ETL", "description": "계약, 보상, 수납 데이터 정보계 적재 (야간)",
                  "vendor": "Informatica", "product": "PowerCenter", "version": "10.5.6", "schedule": "daily 00:30"}),
    "bi-mstr": ("service", DATA, "SM", "P", ["ocp-w04"], ["DW-EXA"],
                {"system": "경영정보 BI", "description": "영업 실적, 손해율, 유지율 리포트", "vendor": "MicroStrategy",
                 "product": "MicroStrategy ONE", "port": 8443}),
    # DR
    "CLM-CORE-DR": ("service", CLM, "DJ", "P", ["drapp01"], ["ORA-CLAIM-DR", "QM.CLM.DR"],
                    {"system": "보상 코어 (DR)", "description": "재해복구센터 보상 코어 (웜 스탠바이)",
                     "role": "DR standby", "port": 8443}),
    # staging / dev
    "uw-rule-engine-stg": ("service", UW, "SM", "S", ["ocp-stg-w01"], ["ORA-UW-STG"],
                           {"system": "언더라이팅 룰엔진 (검증)", "description": "12월 상품 개정 룰 검증계",
                            "version": "5.2.0", "port": 8080}),
    "claim-intake-api-stg": ("service", CLM, "SM", "S", ["ocp-stg-w01"], [],
                             {"system": "보험금 청구 접수 (검증)", "description": "청구 접수 검증계", "port": 8443}),
    "dasom-portal-dev": ("service", CH, "AW", "D", ["dev-ocp-w01"], [],
                         {"system": "고객 홈페이지 (개발)", "description": "홈페이지 개발계", "port": 443}),
    "haneul-agent-bff-dev": ("service", CH, "AW", "D", ["dev-ocp-w01"], [],
                             {"system": "설계사 앱 (개발)", "description": "설계사 앱 백엔드 개발계", "port": 443}),
    "GAON-LIFE-DEV": ("service", POL, "SM", "D", ["AS4DEV1"], [],
                      {"system": "생명보험 계약관리 (개발)", "description": "계약관리 개발 LPAR", "language": "RPG IV",
                       "version": "7.4.0-dev"}),
    # databases
    "DB2I-POL": ("database", DBA, "SM", "P", ["AS4PRD1"], [],
                 {"engine": "db2 for i", "version": "IBM i 7.5", "description": "계약, 고객, 보장 마스터 DB (POLMST, COVDTL)",
                  "size_tb": 11, "journaling": "remote journal to AS4DR1"}),
    "ORA-CLAIM": ("database", DBA, "SM", "P", ["CLMDB01", "CLMDB02"], [],
                  {"engine": "oracle", "version": "19.24", "cluster": "RAC 2 nodes", "port": 1521, "size_tb": 28,
                   "description": "보상 DB (사고, 청구, 지급)", "sessions_max": 2400}),
    "ORA-UW": ("database", DBA, "SM", "P", ["UWDB01"], [],
               {"engine": "oracle", "version": "19.24", "port": 1521, "size_tb": 6, "description": "심사 DB"}),
    "ORA-PAY": ("database", DBA, "SM", "P", ["PAYDB01"], [],
                {"engine": "oracle", "version": "19.24", "port": 1521, "size_tb": 9, "description": "수납, 지급, 출금 DB"}),
    "DW-EXA": ("database", DATA, "SM", "P", ["EXADW01"], [],
               {"engine": "oracle", "version": "19.24", "product": "Exadata X9M-2", "port": 1521, "size_tb": 140,
                "description": "정보계 DW (계리, IFRS17, BI)"}),
    "aurora-portal": ("database", CLOUD, "AW", "P", [], [],
                      {"engine": "mysql", "version": "8.0.mysql_aurora.3.05.2", "product": "Amazon Aurora MySQL",
                       "port": 3306, "instance_class": "db.r6g.2xlarge", "description": "홈페이지 회원, 로그인 이력"}),
    "ORA-CLAIM-DR": ("database", DBA, "DJ", "P", ["DRCLMDB01"], [],
                     {"engine": "oracle", "version": "19.24", "role": "standby (Data Guard)", "port": 1521,
                      "description": "보상 DB 재해복구 스탠바이"}),
    "ORA-UW-STG": ("database", DBA, "SM", "S", ["STGDB01"], [],
                   {"engine": "oracle", "version": "19.24", "port": 1521, "description": "심사 DB 검증계"}),
    # caches
    "redis-pol-cache": ("cache", POL, "SM", "P", ["redis-prd-01"], [],
                        {"engine": "redis", "version": "7.2.6", "port": 6379, "maxmemory_gb": 24,
                         "description": "계약 조회 캐시"}),
    "redis-fds": ("cache", FDS, "SM", "P", ["FDSAPP01"], [],
                  {"engine": "redis", "version": "7.2.6", "port": 6380, "maxmemory_gb": 8,
                   "description": "FDS 피처 캐시 (병원, 설계사 이력)"}),
    "redis-session": ("cache", CLOUD, "AW", "P", [], [],
                      {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis", "port": 6379,
                       "node_type": "cache.r7g.large", "description": "고객 채널 세션"}),
    # queues
    "QM.POL.P1": ("queue", MW, "SM", "P", ["MQPRD01"], [],
                  {"product": "IBM MQ", "version": "9.3.0.20", "port": 1414, "description": "계약 전문 큐 매니저",
                   "queues": 86}),
    "QM.CLM.P1": ("queue", MW, "SM", "P", ["MQPRD01"], [],
                  {"product": "IBM MQ", "version": "9.3.0.20", "port": 1415, "description": "보상 전문 큐 매니저",
                   "queues": 54}),
    "QM.PAY.P1": ("queue", MW, "SM", "P", ["MQPRD02"], [],
                  {"product": "IBM MQ", "version": "9.3.0.20", "port": 1416, "description": "수납, CMS 전문 큐 매니저",
                   "queues": 41, "max_depth": 50000}),
    "QM.CLM.DR": ("queue", MW, "DJ", "P", ["DRMQ01"], [],
                  {"product": "IBM MQ", "version": "9.3.0.20", "port": 1415, "description": "보상 큐 매니저 (DR)"}),
    "kafka-evt": ("queue", CLOUD, "AW", "P", [], [],
                  {"product": "Amazon MSK", "version": "3.6.0", "port": 9098, "brokers": 3,
                   "description": "고객 이벤트 스트림 (알림, 마케팅 동의)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "F5-DC-VIP01": ("SM", NET, ["pol-inquiry-api", "nb-subscription-api", "claim-intake-api", "premium-collect",
                                "uw-workbench"],
                    {"vendor": "F5", "model": "BIG-IP i7800", "vip": "10.20.0.50", "version": "17.1.1",
                     "description": "상암 업무망 L4/L7"}),
    "alb-cust-prod": ("AW", CLOUD, ["dasom-portal", "cust-api-gw", "haneul-agent-bff", "mydata-api"],
                      {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "www.insure.example.kr",
                       "description": "고객, 설계사 채널 외부 ALB"}),
    "CC-L4-01": ("GR", NET, ["GEN-SIP", "ARS-IVR"],
                 {"vendor": "PIOLINK", "model": "PAS-K 3412", "vip": "10.60.0.20", "version": "11.2.3",
                  "description": "구로 컨택센터 L4"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "ECM-NAS01": ("SM", INFRA, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 420, "protocol": "NFS",
                                "description": "전자문서, 청구서류 이미지 저장소"}, ["ECMAPP01", "OCRGPU01"]),
    "SAN-VSP01": ("SM", INFRA, {"vendor": "Hitachi", "model": "VSP 5200", "capacity_tb": 600, "protocol": "FC",
                                "description": "운영 DB SAN"}, ["CLMDB01", "CLMDB02", "UWDB01", "PAYDB01"]),
    "DR-DD01": ("DJ", INFRA, {"vendor": "Dell", "model": "PowerProtect DD9400", "capacity_tb": 760,
                              "protocol": "DD Boost", "description": "백업 어플라이언스 (대전 DR)"},
                ["DRCLMDB01", "drapp01"]),
    "s3-claim-archive": ("AW", CLOUD, {"vendor": "AWS", "model": "S3 Glacier Instant Retrieval", "protocol": "S3",
                                       "description": "10년 경과 청구서류 보관"}, []),
}
# hosts: name: (site, env, kind, hostname, attributes)
HOSTS: dict[str, tuple[str, str, str, str, dict]] = {
    "AS4PRD1": ("SM", "P", "ibmi", "as4prd1", {"role": "생명 계약관리 LPAR (GAON-LIFE, DB2 for i)", "lpar_id": 3,
                                               "cores": 12, "memory_gb": 768}),
    "AS4PRD2": ("SM", "P", "ibmi", "as4prd2", {"role": "손해 계약관리 LPAR (GAON-NL)", "lpar_id": 4, "cores": 6,
                                               "memory_gb": 384}),
    "AS4DEV1": ("SM", "D", "ibmi", "as4dev1", {"role": "계약관리 개발 LPAR", "lpar_id": 9, "cores": 2, "memory_gb": 128}),
    "AS4PRD0": ("SM", "P", "ibmi", "as4prd0", {"role": "구 계약관리 LPAR (2025년 Power10 이관)", "lpar_id": 1, "cores": 8,
                                               "memory_gb": 256, "model": "IBM Power8 S824 (8286-42A)",
                                               "os": "IBM i 7.3 TR12"}),
    "AS4DR1": ("DJ", "P", "ibmi", "as4dr1", {"role": "계약관리 DR LPAR (MIMIX 복제)", "lpar_id": 2, "cores": 8,
                                             "memory_gb": 512}),
    "MQPRD01": ("SM", "P", "vm", "mqprd01", {"role": "IBM MQ (계약, 보상)"}),
    "MQPRD02": ("SM", "P", "vm", "mqprd02", {"role": "IBM MQ (수납, CMS)"}),
    "ACTBAT01": ("SM", "P", "vm", "actbat01", {"role": "계리 배치 서버"}),
    "PAYBAT01": ("SM", "P", "vm", "paybat01", {"role": "수납 배치 서버 (자동이체)"}),
    "ETLPRD01": ("SM", "P", "vm", "etlprd01", {"role": "Informatica PowerCenter"}),
    "ECMAPP01": ("SM", "P", "vm", "ecmapp01", {"role": "Documentum Content Server"}),
    "FDSAPP01": ("SM", "P", "vm", "fdsapp01", {"role": "FDS 스코어링, Redis"}),
    "redis-prd-01": ("SM", "P", "vm", "redis-prd-01", {"role": "Redis (계약조회 캐시)"}),
    "ocp-w01": ("SM", "P", "vm", "ocp-w01", {"role": "OpenShift worker", "os": "RHCOS 4.14"}),
    "ocp-w02": ("SM", "P", "vm", "ocp-w02", {"role": "OpenShift worker", "os": "RHCOS 4.14"}),
    "ocp-w03": ("SM", "P", "vm", "ocp-w03", {"role": "OpenShift worker", "os": "RHCOS 4.14"}),
    "ocp-w04": ("SM", "P", "vm", "ocp-w04", {"role": "OpenShift worker (bi, channel)", "os": "RHCOS 4.14"}),
    "ocp-stg-w01": ("SM", "S", "vm", "ocp-stg-w01", {"role": "OpenShift staging worker", "os": "RHCOS 4.14"}),
    "STGDB01": ("SM", "S", "vm", "stgdb01", {"role": "검증계 Oracle"}),
    "CLMDB01": ("SM", "P", "physical", "clmdb01", {"role": "보상 DB RAC #1", "os": "Oracle Linux 8.10",
                                                   "model": "Dell PowerEdge R760"}),
    "CLMDB02": ("SM", "P", "physical", "clmdb02", {"role": "보상 DB RAC #2", "os": "Oracle Linux 8.10",
                                                   "model": "Dell PowerEdge R760"}),
    "UWDB01": ("SM", "P", "physical", "uwdb01", {"role": "심사 DB", "os": "Oracle Linux 8.10",
                                                 "model": "HPE DL380 Gen11"}),
    "PAYDB01": ("SM", "P", "physical", "paydb01", {"role": "수납 DB", "os": "Oracle Linux 8.10",
                                                   "model": "HPE DL380 Gen11"}),
    "EXADW01": ("SM", "P", "physical", "exadw01", {"role": "정보계 DW (Exadata)", "os": "Oracle Linux 8.10",
                                                   "model": "Oracle Exadata X9M-2"}),
    "SASGRID01": ("SM", "P", "physical", "sasgrid01", {"role": "SAS Grid (IFRS17)", "os": "RHEL 8.10",
                                                       "model": "Lenovo SR650 V3"}),
    "OCRGPU01": ("SM", "P", "physical", "ocrgpu01", {"role": "OCR GPU 서버 #1", "os": "Ubuntu 22.04",
                                                     "model": "Dell PowerEdge XE8640"}),
    "OCRGPU02": ("SM", "P", "physical", "ocrgpu02", {"role": "OCR GPU 서버 #2 (GPU 교체 중)", "os": "Ubuntu 22.04",
                                                     "model": "Dell PowerEdge XE8640"}),
    # network gear
    "DC-CORE-SW01": ("SM", "P", "network", "dc-core-sw01",
                     {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9508", "firmware": "10.4(2)"}),
    "DC-INET-FW01": ("SM", "P", "network", "dc-inet-fw01",
                     {"device": "firewall", "vendor": "Palo Alto Networks", "model": "PA-5450", "firmware": "11.1.4",
                      "ha": "active-passive", "zone": "internet edge"}),
    "CC-WAN-RT01": ("GR", "P", "network", "cc-wan-rt01",
                    {"device": "router", "vendor": "Cisco", "model": "ASR 1002-HX", "firmware": "17.9.5",
                     "description": "구로 컨택센터 - 상암 전용회선 WAN 라우터", "circuit": "KT 1G 전용회선 x2"}),
    "DR-CORE-SW01": ("DJ", "P", "network", "dr-core-sw01",
                     {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "10.4(2)"}),
    # contact centre
    "gcc-sip01": ("GR", "P", "vm", "gcc-sip01", {"role": "Genesys SIP Server"}),
    "gcc-gvp01": ("GR", "P", "vm", "gcc-gvp01", {"role": "Genesys GVP, 콜봇"}),
    "gcc-cti01": ("GR", "P", "vm", "gcc-cti01", {"role": "Genesys URS, 상담 AP"}),
    # DR
    "DRCLMDB01": ("DJ", "P", "physical", "drclmdb01", {"role": "보상 DB 스탠바이", "os": "Oracle Linux 8.10",
                                                       "model": "Dell PowerEdge R760"}),
    "DRMQ01": ("DJ", "P", "vm", "drmq01", {"role": "IBM MQ (DR)"}),
    "drapp01": ("DJ", "P", "vm", "drapp01", {"role": "DR 보상 AP"}),
    # AWS
    "eks-ng-a-01": ("AW", "P", "cloud", "ip-10-40-11-23", {"instance_type": "m7i.2xlarge", "nodegroup": "ng-cust-a"}),
    "eks-ng-a-02": ("AW", "P", "cloud", "ip-10-40-12-41", {"instance_type": "m7i.2xlarge", "nodegroup": "ng-cust-a"}),
    "eks-ng-b-01": ("AW", "P", "cloud", "ip-10-40-13-17", {"instance_type": "m7i.xlarge", "nodegroup": "ng-agent-b"}),
    "ec2-mydata-01": ("AW", "P", "cloud", "ip-10-40-21-9", {"instance_type": "c7i.xlarge"}),
    "dev-ocp-w01": ("AW", "D", "cloud", "ip-10-41-1-5", {"instance_type": "m7i.xlarge", "nodegroup": "ng-dev"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("DC-INET-FW01", "DC-CORE-SW01"),
    ("CC-WAN-RT01", "DC-CORE-SW01"),
    ("DR-CORE-SW01", "DC-CORE-SW01"),
    ("gcc-sip01", "CC-WAN-RT01"),
    ("gcc-gvp01", "CC-WAN-RT01"),
    ("gcc-cti01", "CC-WAN-RT01"),
    ("ORA-CLAIM", "ORA-CLAIM-DR"),  # Data Guard redo shipping
    ("QM.CLM.P1", "QM.CLM.DR"),  # MQ cluster channel
    ("AS4PRD1", "AS4DR1"),  # MIMIX remote journal
]
# fmt: on
STATUS = {"AS4PRD0": "retired", "OCRGPU02": "maintenance", "claim-intake-api-stg": "maintenance"}
NET_PREFIX = {"SM": "10.20", "DJ": "10.30", "GR": "10.60", "AW": "10.40"}
MEASURED_HOSTS = {
    "AS4PRD1",
    "AS4PRD2",
    "MQPRD01",
    "MQPRD02",
    "ACTBAT01",
    "PAYBAT01",
    "ETLPRD01",
    "ECMAPP01",
    "FDSAPP01",
    "redis-prd-01",
    "ocp-w01",
    "ocp-w02",
    "ocp-w03",
    "ocp-w04",
    "CLMDB01",
    "CLMDB02",
    "UWDB01",
    "PAYDB01",
    "EXADW01",
    "SASGRID01",
    "OCRGPU01",
    "DC-CORE-SW01",
    "DC-INET-FW01",
    "CC-WAN-RT01",
    "gcc-sip01",
    "gcc-gvp01",
    "gcc-cti01",
    "eks-ng-a-01",
    "eks-ng-a-02",
    "eks-ng-b-01",
}
DISK_WATCHED = {
    "AS4PRD1",
    "AS4PRD2",
    "MQPRD01",
    "MQPRD02",
    "CLMDB01",
    "CLMDB02",
    "UWDB01",
    "PAYDB01",
    "EXADW01",
    "ETLPRD01",
    "ECMAPP01",
    "OCRGPU01",
    "SASGRID01",
}
NOT_MEASURED = {"ORA-CLAIM-DR", "CLM-CORE-DR", "QM.CLM.DR", "s3-claim-archive", "SAN-VSP01"}
REQUEST_RATE = {
    "pol-inquiry-api": 1400.0,
    "nb-subscription-api": 45.0,
    "CLM-CORE": 380.0,
    "claim-intake-api": 120.0,
    "premium-collect": 260.0,
    "cms-autodebit-gw": 180.0,
    "cust-api-gw": 2100.0,
    "dasom-portal": 950.0,
    "haneul-agent-bff": 640.0,
    "ARS-IVR": 85.0,
    "GEN-SIP": 140.0,
    "ORA-CLAIM": 3100.0,
    "DB2I-POL": 5200.0,
    "QM.PAY.P1": 900.0,
    "QM.CLM.P1": 420.0,
    "redis-pol-cache": 8800.0,
    "F5-DC-VIP01": 2600.0,
    "alb-cust-prod": 3300.0,
    "mydata-api": 60.0,
}
CACHE_MEMORY = {"redis-pol-cache": (52.0, 14.0), "redis-fds": (44.0, 6.0), "redis-session": (37.0, 18.0)}
PAAS_CPU = {"aurora-portal", "redis-session", "kafka-evt"}


def measured(ci: dict) -> bool:
    if ci["status"] == "retired" or ci["environment"] != "prod" or ci["name"] in NOT_MEASURED:
        return False
    if ci["location"] == "daejeon-drc" and ci["type"] == "host":
        return False
    return ci["type"] != "host" or ci["name"] in MEASURED_HOSTS


INCIDENTS = [
    {
        "id": "I1",
        "kind": "network_packet_loss",
        "root": "CC-WAN-RT01",
        "description": "a failing SFP on the primary circuit of the contact-centre WAN router CC-WAN-RT01"
        " drops packets at the Thursday morning call peak without failing over: the IVR ARS-IVR and the agent"
        " desktop time out calling the data centre, the AI callbot follows, until the link is shut and traffic"
        " moves to the second circuit",
        "start": kst(19, 10, 5),
        "end": kst(19, 11, 0),
        "affected": ["CC-WAN-RT01", "ARS-IVR", "cti-agent-desktop", "callbot-ai"],
    },
    {
        "id": "I2",
        "kind": "queue_manager_blocked",
        "root": "QM.PAY.P1",
        "description": "on the CMS draw day the IBM MQ queue manager QM.PAY.P1 blocks: the sender channel to"
        " KFTC sticks in RETRYING after a batch-size mismatch, PAY.CMS.REQ reaches MAXDEPTH 50000 and puts fail"
        " with 2053 (MQRC_Q_FULL): the CMS gateway, premium collection, the debit batch and the customer API"
        " fail until the channel is reset",
        "start": kst(20, 8, 10),
        "end": kst(20, 9, 25),
        "affected": ["QM.PAY.P1", "cms-autodebit-gw", "premium-collect", "cms_debit_batch", "cust-api-gw"],
    },
    {
        "id": "I3",
        "kind": "storage_full",
        "root": "ECM-NAS01",
        "description": "the claim-document NAS ECM-NAS01 fills: an OCR re-render job started on Friday at 22:00"
        " writes a second copy of every TIFF; at 01:35 on Saturday the volume is full and ECM and OCR writes"
        " fail, claim intake and e-signature error until the duplicates are removed",
        "start": kst(21, 1, 35),
        "end": kst(21, 3, 50),
        "affected": ["ECM-NAS01", "ecm-doc-svc", "claim-ocr", "claim-intake-api", "esign-svc"],
    },
    {
        "id": "I4",
        "kind": "batch_db_load",
        "root": "actuary_rsv_batch",
        "description": "the actuarial reserve batch actuary_rsv_batch is rerun in business hours for the"
        " pre-close (가결산) and reads the policy master on DB2I-POL directly (no dependency on record, it should"
        " read DW-EXA): AS4PRD1 saturates and policy admin, the inquiry API, the IVR, the customer API and the"
        " agent app slow until the run is held",
        "start": kst(23, 9, 5),
        "end": kst(23, 10, 35),
        "affected": ["actuary_rsv_batch"],
    },
    {
        "id": "I5",
        "kind": "bad_deploy",
        "root": "uw-rule-engine",
        "description": "uw-rule-engine 5.2.0 (December product revision rules) deployed at 14:02 throws on a"
        " missing rule table for the new riders: errors only, no load or latency signal; 청약 and the 심사"
        " workbench fail, the agent app errors, until the rollback at 14:47",
        "start": kst(24, 14, 5),
        "end": kst(24, 14, 50),
        "affected": ["uw-rule-engine", "nb-subscription-api", "uw-workbench", "haneul-agent-bff"],
    },
    {
        "id": "I6",
        "kind": "certificate_expiry",
        "root": "nice-auth-gw",
        "description": "the mTLS client certificate of nice-auth-gw towards NICE 본인인증 expires at 19:00:"
        " identity checks fail, so the customer API and portal, 청약 and the agent app cannot verify customers"
        " until a renewed certificate is installed",
        "start": kst(25, 19, 0),
        "end": kst(25, 20, 10),
        "affected": [
            "nice-auth-gw",
            "cust-api-gw",
            "nb-subscription-api",
            "haneul-agent-bff",
            "dasom-portal",
        ],
    },
    {
        "id": "I7",
        "kind": "db_lock_contention",
        "root": "ORA-CLAIM",
        "description": "an adjuster bulk-correction tool left a transaction open on CLM_PAY_DTL in ORA-CLAIM:"
        " enq: TX row lock contention piles sessions up, CLM-CORE and fds_scoring are slow and failing, claim"
        " intake and claim payment follow (ongoing)",
        "start": kst(26, 14, 15),
        "end": None,
        "affected": ["ORA-CLAIM", "CLM-CORE", "fds_scoring", "claim-intake-api", "claim-payment"],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS
STEP_5 = timedelta(minutes=5)
NAS_FILL_FROM = kst(20, 22, 0)  # the OCR re-render job


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
# the batch reaches its victims through the database it loads (no relation on record)
I4["hops"] |= {
    "DB2I-POL": 1,
    "GAON-LIFE": 2,
    "GAON-NL": 2,
    "pol-inquiry-api": 2,
    "ARS-IVR": 3,
    "cust-api-gw": 3,
    "haneul-agent-bff": 3,
}


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        attrs: dict = {}
        if kind == "service" and "version" not in extra:
            attrs["version"] = f"{rng.randint(1, 6)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"
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
            "ip": f"{NET_PREFIX[site]}.{env_net + 10 + i // 8}.{31 + (i * 23) % 200}",
        }
        owner = INFRA
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.4"]),
                "vcpu": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 8.0U3",
            }
        elif kind == "ibmi":
            attrs |= {
                "form": "lpar",
                "os": "IBM i 7.5 TR4",
                "model": "IBM Power10 S1024 (9105-42A)",
                "serial": f"78{rng.randint(10000, 99999)}",
            }
        elif kind == "physical":
            db = "DB" in h or h == "EXADW01"
            attrs |= {
                "form": "physical",
                "cores": rng.choice([48, 64]) if db else rng.choice([24, 32, 48]),
                "memory_gb": rng.choice([512, 1024]) if db else rng.choice([256, 512]),
                "serial": f"{rng.choice(['CZ', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}",
            }
        elif kind == "cloud":
            owner = CLOUD
            attrs |= {"form": "ec2", "os": "Amazon Linux 2023", "platform": "Amazon EKS 1.30"}
            if h == "ec2-mydata-01":
                attrs["platform"] = "EC2"
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("core ", "")}
        if h.startswith("gcc-"):
            owner = CC
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _day(ts: datetime) -> int:
    return (ts + timedelta(hours=9)).day


def _weekday(ts: datetime) -> int:
    return (ts + timedelta(hours=9)).weekday()


def _bump(h: float, at: float, width: float) -> float:
    return math.exp(-((h - at) ** 2) / (2 * width**2))


def _callcentre(ts: datetime) -> float:
    """Calls: weekdays 09:00–18:00 with peaks at 10:30 and 14:30 and a lunch dip; Saturday morning; little
    else (the callbot and the IVR take the nights)."""
    h, wd = seoul_hour(ts), _weekday(ts)
    if wd == 6 or h < 8.5 or h >= 19:
        return 0.06
    if wd == 5:
        return 0.3 if 9 <= h < 13 else 0.06
    return min(1.0, 0.2 + 0.6 * _bump(h, 10.5, 1.2) + 0.5 * _bump(h, 14.5, 1.4) - 0.15 * _bump(h, 12.4, 0.4))


def _agent(ts: datetime) -> float:
    """Sales agents (설계사): weekdays 08:00–21:00, peaks late morning and mid afternoon."""
    h, wd = seoul_hour(ts), _weekday(ts)
    if h < 7.5 or h >= 22:
        return 0.05
    if wd >= 5:
        return 0.15
    return 0.25 + 0.55 * _bump(h, 10.8, 1.5) + 0.6 * _bump(h, 15.5, 1.8)


def _customer(ts: datetime) -> float:
    """Customers on the portal: a lunch bump and an evening peak around 21:30, quiet from 02:00 to 06:00."""
    h = seoul_hour(ts)
    if 2 <= h < 6:
        return 0.06
    f = 0.85 if _weekday(ts) >= 5 else 1.0
    return f * min(
        1.0, 0.22 + 0.2 * _bump(h, 12.5, 0.8) + 0.55 * _bump(h, 21.5, 1.6) + 0.15 * _bump(h, 10, 2)
    )


def _business(ts: datetime) -> float:
    """The core systems: the sum of customers, agents and calls."""
    return min(1.0, 0.35 * _customer(ts) + 0.4 * _agent(ts) + 0.3 * _callcentre(ts))


def _nightly(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 0.5 <= h < 4.5 else 0.08


def _collection(ts: datetime) -> float:
    """Premium collection: the CMS run every morning 06:00–07:00, the full draw on the 20th and 25th
    06:00–09:30, real-time payments in business hours."""
    h = seoul_hour(ts)
    if _day(ts) in (20, 25) and 6 <= h < 9.5:
        return 0.95
    if 6 <= h < 7:
        return 0.45
    return 0.1 + 0.4 * _business(ts)


def _steady(ts: datetime) -> float:
    return 0.5


CALL = {
    "GEN-SIP",
    "GEN-URS",
    "ARS-IVR",
    "cti-agent-desktop",
    "gcc-sip01",
    "gcc-gvp01",
    "gcc-cti01",
    "CC-WAN-RT01",
}
CALL |= {"CC-L4-01"}
AGENT = {
    "haneul-agent-bff",
    "nb-subscription-api",
    "uw-rule-engine",
    "uw-workbench",
    "ORA-UW",
    "UWDB01",
    "esign-svc",
}
AGENT |= {"eks-ng-b-01", "GAON-NL", "AS4PRD2"}
CUSTOMER = {"dasom-portal", "cust-api-gw", "aurora-portal", "redis-session", "alb-cust-prod", "eks-ng-a-01"}
CUSTOMER |= {
    "eks-ng-a-02",
    "mydata-api",
    "notify-hub",
    "kafka-evt",
    "callbot-ai",
    "DC-INET-FW01",
    "nice-auth-gw",
}
NIGHTLY = {"actuary_rsv_batch", "ACTBAT01", "etl-infa", "ETLPRD01", "DW-EXA", "EXADW01", "ifrs17-engine"}
NIGHTLY |= {"SASGRID01"}
COLLECTION = {"cms_debit_batch", "PAYBAT01", "cms-autodebit-gw", "QM.PAY.P1", "MQPRD02", "ORA-PAY", "PAYDB01"}
COLLECTION |= {"premium-collect", "vacct-svc", "card-pay-gw"}
STEADY = {"DC-CORE-SW01", "ECM-NAS01", "bi-mstr"}


def _load(name: str):
    for group, shape in (
        (CALL, _callcentre),
        (AGENT, _agent),
        (CUSTOMER, _customer),
        (NIGHTLY, _nightly),
        (COLLECTION, _collection),
        (STEADY, _steady),
    ):
        if name in group:
            return shape
    return _business


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {1: (6.0, 14.0), 2: (2.0, 6.0)},
    "I2": {0: (12.0, 31.0), 1: (3.0, 24.0), 2: (1.2, 7.0)},
    "I3": {1: (2.0, 36.0), 2: (0.8, 11.0)},
    "I4": {0: (2.0, 0.3), 1: (8.0, 0.6), 2: (4.0, 1.8), 3: (1.6, 1.1)},
    "I5": {0: (0.0, 19.0), 1: (0.0, 13.0), 2: (0.0, 4.5)},
    "I6": {0: (0.4, 62.0), 1: (0.3, 27.0), 2: (0.2, 9.0)},
    "I7": {0: (16.0, 4.2), 1: (7.0, 8.5), 2: (2.6, 3.4)},
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(5, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.35, 0.05), requests=(0.15, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if HOSTS[name][2] == "network":
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 32), rng.uniform(38, 64), rng.uniform(28, 62)
    growth = rng.uniform(0, 0.25)
    if name in {"AS4PRD1", "AS4PRD2"}:
        cpu0, mem0 = rng.uniform(34, 40), rng.uniform(72, 78)
    if name == "EXADW01":
        disk0, growth = 71.0, 0.55
    if name in {"CLMDB01", "CLMDB02"}:
        cpu0 = rng.uniform(26, 32)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "AS4PRD1":  # the reserve batch's scans of the policy master
            cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(
                ts, I4["start"] + STEP_5, I4["end"], rise=15, fall=15
            )
        if name == "ACTBAT01":
            cpu += (82.0 + rng.gauss(0, 1.5) - cpu) * ramp(ts, kst(23, 8, 55), I4["end"], rise=10, fall=10)
        if name == "ocp-w04":  # noisy neighbour: a BI extract on Monday morning
            cpu += 47 * ramp(ts, kst(23, 8, 20), kst(23, 9, 0), rise=10, fall=10)
        if name in {"CLMDB01", "CLMDB02"}:  # sessions spinning on the lock
            cpu += (24 if name == "CLMDB01" else 17) * ramp(ts, I7["start"] + STEP_5, None, rise=20)
        if name == "MQPRD02":
            mem += 14 * ramp(ts, I2["start"], I2["end"], rise=20, fall=10)
        if name == "OCRGPU01":
            cpu += 38 * ramp(ts, NAS_FILL_FROM, I3["start"], rise=10, fall=10)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.4), 1)))
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, latency (response_time_ms) and packet loss (error_rate)."""
    rows = []
    cpu0 = rng.uniform(9, 22)
    rtt0 = rng.uniform(0.5, 2.2)
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.06))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "CC-WAN-RT01":
            r = ramp(ts, I1["start"], I1["end"], rise=5, fall=10)
            cpu += 22 * r
            rtt *= 1 + 28 * r
            loss += 13.5 * r
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2),
            error_rate=round(loss, 2),
        )
    return rows


def _ecm_nas(rng: random.Random, ts: datetime) -> float:
    """ECM-NAS01: ~72 % with a small daily swing; the re-render job fills it from Friday 22:00 to full at
    01:35, full until the duplicates are removed at 03:50, back within an hour."""
    base = 72.3 + 0.3 * math.sin(seoul_hour(ts) / 24 * 2 * math.pi) + rng.gauss(0, 0.05)
    if NAS_FILL_FROM <= ts < I3["start"]:
        return round(base + (99.7 - base) * progress(ts, NAS_FILL_FROM, I3["start"]), 1)
    if I3["start"] <= ts < I3["end"]:
        return round(99.7 + rng.gauss(0, 0.04), 1)
    if I3["end"] <= ts < I3["end"] + timedelta(minutes=60):
        return round(99.7 - (99.7 - base) * progress(ts, I3["end"], I3["end"] + timedelta(minutes=60)), 1)
    return round(base, 1)


def _dr_dd(rng: random.Random, ts: datetime) -> float:
    """DR-DD01: the 5-year retention of the IFRS17 archives; it fills about 0.7 points a day."""
    return round(80.6 + 5.6 * progress(ts, START, NOW) + rng.gauss(0, 0.05), 1)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = {"ECM-NAS01": _ecm_nas, "DR-DD01": _dr_dd}.get(ci["name"])
    rows = storage_fill(rng, ci["name"], times, START, (38, 66), 0.12, filling)
    return [(t, c, m, round(v, 1)) for t, c, m, v in rows]


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 14),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(2, 9),
        "load_balancer": rng.uniform(2, 9),
    }.get(kind, rng.uniform(45, 280))
    rt0 = {
        "CLM-CORE": 140.0,
        "ORA-CLAIM": 7.0,
        "actuary_rsv_batch": 880.0,
        "cms_debit_batch": 650.0,
        "ARS-IVR": 320.0,
        "DB2I-POL": 4.0,
    }.get(name, rt0)
    levels = rt0, rng.uniform(0.02, 0.35), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(18, 36)
    mem0, mem_swing = CACHE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            if inc["id"] == "I3" and hop == 0:
                continue
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        if name == "QM.PAY.P1":  # the draw-day burst itself (load, not a fault)
            req *= 1 + 0.6 * ramp(ts, kst(20, 6, 0), kst(20, 9, 30), rise=20, fall=20)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            row["memory_usage"] = round(min(mem0 + mem_swing * d + rng.gauss(0, 0.4), 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _batch_days() -> list[tuple]:
    """The nightly reserve batch and the morning CMS debit batch (Monday's rerun is in the incident rows)."""
    rows = []
    for day, done, contracts in [
        (19, (4, 11), "5.08 M"),
        (20, (4, 17), "5.08 M"),
        (21, (3, 52), "5.09 M"),
        (22, (3, 49), "5.09 M"),
        (23, (4, 14), "5.09 M"),
        (24, (4, 20), "5.10 M"),
        (25, (4, 9), "5.10 M"),
        (26, (4, 16), "5.10 M"),
    ]:
        rows.append(
            (day, 1, 0, "actuary_rsv_batch", "info", "batch_job", "Reserve calculation batch started")
        )
        rows.append(
            (
                day,
                *done,
                "actuary_rsv_batch",
                "info",
                "batch_job",
                f"Reserve calculation done ({contracts} policies)",
            )
        )
    for day, done, debits in [
        (19, (6, 48), "41,220"),
        (20, (9, 52), "1,284,905"),
        (21, (6, 31), "9,870"),
        (23, (6, 44), "38,410"),
        (24, (6, 51), "44,902"),
        (25, (9, 18), "1,301,377"),
        (26, (6, 47), "40,115"),
    ]:
        rows.append((day, 6, 0, "cms_debit_batch", "info", "batch_job", "CMS debit request batch started"))
        rows.append(
            (day, *done, "cms_debit_batch", "info", "batch_job", f"CMS debit requests sent ({debits})")
        )
    for day in range(19, 27):
        rows.append((day, 0, 30, "etl-infa", "info", "batch_job", "Nightly DW load started"))
        rows.append((day, 3, 5 + day % 7 * 4, "etl-infa", "info", "batch_job", "Nightly DW load done"))
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (18, 16, 0, "DR-DD01", "warning", "threshold_breach", "disk_usage above 80% (IFRS17 archive retention 5y)"),
    (18, 18, 30, "dasom-portal", "info", "deployment", "Deployed dasom-portal 3.14.0 (실손 청구 화면 개편)"),
    (19, 2, 10, "ORA-CLAIM", "info", "backup", "RMAN level 1 backup of ORA-CLAIM to DR-DD01 done"),
    (19, 9, 40, "GEN-URS", "info", "deployment", "Routing strategy 'CS_MAIN_v37' deployed (보험금 문의 스킬 분리)"),
    (20, 13, 0, "fds_scoring", "info", "config_change", "fraud score threshold 0.82 -> 0.79 (병원 클러스터 룰)"),
    (20, 22, 0, "claim-ocr", "info", "batch_job", "OCR re-render job started (2024 claims, 300 dpi TIFF)"),
    (21, 0, 40, "ECM-NAS01", "warning", "threshold_breach", "disk_usage above 90% on /vol/ecm_img"),
    (22, 2, 0, "ORA-CLAIM", "info", "backup", "RMAN level 0 backup of ORA-CLAIM to DR-DD01 done (28 TB)"),
    (22, 11, 0, "AS4PRD1", "info", "maintenance", "PTF group SF99960 applied (IPL 10:30-10:55)"),
    (23, 8, 20, "bi-mstr", "info", "batch_job", "Ad-hoc extract '손해율_월간_11월' started by 경영기획"),
    (23, 8, 40, "haneul-agent-bff", "info", "deployment", "Deployed haneul-agent-bff 8.2.0 (연말 캠페인 배너)"),
    (24, 11, 0, "DC-INET-FW01", "info", "config_change", "Threat signature update 8821-9310 applied"),
    (24, 16, 30, "uw-rule-engine-stg", "info", "deployment", "Deployed uw-rule-engine-stg 5.2.1 (rider rule table fix)"),
    (25, 15, 0, "EXADW01", "warning", "threshold_breach", "ASM diskgroup DATAC1 above 75%"),
    (26, 9, 0, "DR-DD01", "warning", "threshold_breach", "disk_usage above 85%"),
    # I1
    (19, 10, 6, "CC-WAN-RT01", "major", "packet_loss", "Gi0/0/1 CRC errors 41,000/min, packet loss 13% on KT circuit #1"),
    (19, 10, 9, "ARS-IVR", "major", "timeout", "timeouts calling pol-inquiry-api via WAN (VXML fetch 8 s)"),
    (19, 10, 11, "cti-agent-desktop", "major", "timeout", "customer 360 screen timeouts, softphone re-registering"),
    (19, 10, 17, "callbot-ai", "warning", "error", "STT sessions dropped (RTP loss)"),
    (19, 10, 52, "CC-WAN-RT01", "info", "config_change", "Gi0/0/1 shut, traffic moved to KT circuit #2"),
    (19, 11, 2, "CC-WAN-RT01", "info", "recovery", "packet loss 0%, SFP replacement scheduled"),
    # I2
    (20, 6, 0, "cms_debit_batch", "info", "batch_job", "Draw-day run: 1.28 M debit requests queued"),
    (20, 8, 11, "QM.PAY.P1", "critical", "queue_full", "PAY.CMS.REQ depth 50000/50000, MQPUT failing 2053 MQRC_Q_FULL"),
    (20, 8, 12, "QM.PAY.P1", "major", "channel_retry", "sender channel PAY.TO.KFTC RETRYING (AMQ9206 batch size)"),
    (20, 8, 16, "cms-autodebit-gw", "major", "error", "MQPUT to QM.PAY.P1 failed 2053, debit requests rejected"),
    (20, 8, 18, "premium-collect", "major", "error", "real-time collection failing: QM.PAY.P1 queue full"),
    (20, 8, 20, "cms_debit_batch", "warning", "batch_job", "step 3/5 paused: put failures on PAY.CMS.REQ"),
    (20, 8, 26, "cust-api-gw", "warning", "error", "premium payment endpoint 503 (premium-collect)"),
    (20, 9, 12, "QM.PAY.P1", "info", "config_change", "channel PAY.TO.KFTC reset, BATCHSZ 50 -> 200, MAXDEPTH 50000 -> 200000"),
    (20, 9, 27, "QM.PAY.P1", "info", "recovery", "PAY.CMS.REQ drained, depth 120"),
    # I3
    (21, 1, 36, "ECM-NAS01", "critical", "storage_full", "/vol/ecm_img full (99.7%), writes failing ENOSPC"),
    (21, 1, 41, "ecm-doc-svc", "critical", "error", "content store write failed: No space left on device (ECM-NAS01)"),
    (21, 1, 42, "claim-ocr", "major", "error", "result image write failed on ECM-NAS01, 3,210 jobs queued"),
    (21, 1, 55, "claim-intake-api", "warning", "error", "document upload 500 (ecm-doc-svc)"),
    (21, 3, 20, "claim-ocr", "info", "batch_job", "OCR re-render job stopped, 38 TB duplicates being removed"),
    (21, 3, 52, "ECM-NAS01", "info", "recovery", "/vol/ecm_img 73%, writes resumed"),
    # I4
    (23, 8, 50, "actuary_rsv_batch", "info", "batch_job", "Pre-close rerun (가결산) started by ACTBATCH in business hours"),
    (23, 9, 12, "DB2I-POL", "major", "slow_query", "QZDASOINIT jobs of user ACTBATCH: full table scan on POLMST/COVDTL (actuary_rsv_batch), 2.1 B rows"),
    (23, 9, 15, "AS4PRD1", "major", "threshold_breach", "CPU above 95% (QSQSRVR, ACTBATCH jobs)"),
    (23, 9, 20, "pol-inquiry-api", "major", "timeout", "timeouts calling DB2I-POL (JDBC 10 s)"),
    (23, 9, 24, "GAON-LIFE", "warning", "slow_response", "online transaction response 4.8 s (target 1 s)"),
    (23, 9, 31, "ARS-IVR", "warning", "timeout", "계약조회 menu timeouts (pol-inquiry-api)"),
    (23, 10, 30, "actuary_rsv_batch", "info", "batch_job", "Pre-close rerun held by operator, rescheduled to 22:00 on DW-EXA"),
    (23, 10, 38, "DB2I-POL", "info", "recovery", "response times back to normal"),
    # I5
    (24, 14, 2, "uw-rule-engine", "info", "deployment", "Deployed uw-rule-engine 5.2.0 (12월 상품 개정 룰)"),
    (24, 14, 6, "uw-rule-engine", "major", "error", "RuleSetException: rule table RIDER_2612 not found (HTTP 500)"),
    (24, 14, 9, "nb-subscription-api", "major", "error", "auto underwriting failed: uw-rule-engine 500"),
    (24, 14, 12, "uw-workbench", "warning", "error", "심사 화면 rule evaluation errors"),
    (24, 14, 15, "haneul-agent-bff", "warning", "error", "청약 submit errors (nb-subscription-api 502)"),
    (24, 14, 47, "uw-rule-engine", "info", "rollback", "Rolled back uw-rule-engine to 5.1.4"),
    (24, 14, 52, "uw-rule-engine", "info", "recovery", "error rate back to normal"),
    # I6
    (25, 19, 1, "nice-auth-gw", "critical", "cert_expired", "TLS client certificate auth-link.insure.example.kr expired (notAfter 2026-11-25 19:00 KST), NICE handshake rejected"),
    (25, 19, 5, "cust-api-gw", "major", "error", "본인인증 failing: nice-auth-gw 502"),
    (25, 19, 6, "nb-subscription-api", "major", "error", "청약 identity verification failed (nice-auth-gw)"),
    (25, 19, 8, "haneul-agent-bff", "major", "error", "고객 본인인증 errors (nice-auth-gw)"),
    (25, 19, 15, "dasom-portal", "warning", "error", "login and signup failing at 본인인증 step"),
    (25, 20, 4, "nice-auth-gw", "info", "cert_change", "renewed client certificate installed (valid to 2027-11-25)"),
    (25, 20, 12, "nice-auth-gw", "info", "recovery", "identity checks succeeding"),
    # I7
    (26, 13, 37, "ORA-CLAIM", "info", "batch_job", "adjuster bulk correction (claim_adj_tool) started on CLM_PAY_DTL"),
    (26, 14, 0, "claim-intake-api", "info", "deployment", "Deployed claim-intake-api 4.1.0 (실손 간편청구 API)"),
    (26, 14, 17, "ORA-CLAIM", "critical", "lock_wait", "enq: TX - row lock contention, 287 sessions waiting, blocker SID 1423 (claim_adj_tool, idle in transaction 38 min)"),
    (26, 14, 22, "CLM-CORE", "major", "timeout", "timeouts calling ORA-CLAIM (pool 200/200)"),
    (26, 14, 24, "fds_scoring", "major", "timeout", "scoring timeouts reading ORA-CLAIM"),
    (26, 14, 33, "claim-payment", "warning", "timeout", "지급 결의 timeouts calling CLM-CORE"),
    (26, 14, 35, "claim-intake-api", "warning", "timeout", "청구 접수 timeouts calling CLM-CORE"),
    (26, 14, 50, "CLMDB01", "warning", "threshold_breach", "active sessions 1,920/2,400"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND + _batch_days())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "insurer", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
