"""Generate the customs and trade e-clearance estate (tests/fixtures/customs-trade/, interchange format) and its faults.

A Korean customs and trade e-clearance network operator (한결통관정보 — 전자통관 중계망, hgcn.co.kr): the broker portal
`cbp-portal` (관세사), the forwarder/carrier portal `ffp-portal` and the exporters' C/O portal `coo-portal` behind
the SSO `sso-auth`; import/export declaration processing `ipd-was` / `epd-was` on the Oracle RAC `ORA_CLRP` (with
its Data Guard standby `ORA_CLRP_DR` at the DR site), duty calculation `duty-calc` on the tariff DB `ORA_TRFP` and
the HS-code search `hsc-search` on Elasticsearch `es-hscode`; the risk-selection (targeting) scorer `rsk-scoring`
with its model server `rsk-model-srv`, feature store `feat-redis` and rule DB `pg-risk`, retrained weekly in the
cloud (`rsk-train`); cargo manifest EDI with shipping lines and airlines (`edi-as2-gw`, `edi-xlat`, `mfcs-sea`,
`mfcs-air`) on the IBM MQ queue manager `QM_EDI01` and `ORA_MFSP`; bonded-warehouse inventory `bwi-stock`; the
container X-ray image analysis AI at Busan New Port (`xai-bsn`, GPU hosts `bsngpu01/02`) and Incheon (`xai-icn`)
with the officers' viewer `xray-viewer`; FTA certificate-of-origin issuance and exchange (`coo-issuer`,
`coo-verify`) on Tibero `TBR_FTAP` with the HSM signing service `pki-tsa`; duty e-payment `duty-epay`, refunds
`refund-engine`, the bank FEP `bank-fep` over `QM_BANK01` and the reconciliation batch `BAT_DUTY_RECON` on
`ORA_PAYP`; e-commerce parcel list clearance for overseas shopping (`ecp-clear`, `ecp-tracking`, `express-if`,
`pccc-verify`) on PostgreSQL `pg-ecp`; the Kafka message hub `kafka-mhub` with the agency router `mhub-router`;
the Greenplum DW `dw-gp`, nightly ETL, statistics batch and the trade statistics portal; cloud analytics on NCP.
Sites 대전통합센터 (main centre), 부산신항지사 and 인천공항지사 (port offices), 광주DR센터 and NCP 공공클라우드;
environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): eight-character legacy host names `<site><system><role><nn>` (`djcldb01` =
대전 clearance DB #1, `bsngpu01` = 부산신항 GPU #1, `icnexp01` = 인천 express); Oracle and Tibero databases by
SID in upper case (`ORA_CLRP`, `TBR_FTAP`), IBM MQ queue managers (`QM_EDI01`, `QM_BANK01`) and mainframe-style
batch jobs (`BAT_DUTY_RECON`, `BAT_STAT_DAILY`, `BAT_HS_SYNC`) in upper snake case; English business acronyms for
the applications (`ipd` import declaration, `epd` export declaration, `mfcs` manifest, `bwi` bonded warehouse
inventory, `coo` certificate of origin, `ecp` e-commerce parcels, `xai` X-ray AI, `rsk` risk selection);
network gear and carrier lines in upper case (`DJ-CORE-SW01`, `KFTC-FEP-LINE`); NCP servers by instance number
(`ncpsvr-8812043`).

Seven injected incidents (times KST; now = Wednesday 2028-11-15 10:50, mid-morning of a weekday in the week after
광군제 (11/11) when overseas-shopping parcels flood Incheon; the window is the 10 days before; declarations follow
office hours with a Monday-morning rush, vessel operations at Busan run 24 h in shift waves, air cargo peaks at
night, duty payments peak before the 16:30 bank cut-off, e-commerce parcels grow day by day after 11/11, the
nightly ETL runs 01:00–04:30):
  K1 Mon 06 09:15–10:10  (Monday declaration rush) the optimizer statistics gathered on ORA_CLRP on Sunday night
                         flip the plan of the declaration lookup to full scans: ipd-was (loudest, 11.3.0 deployed
                         at 08:50), epd-was, cbp-portal
  K2 Tue 07 14:05–15:00  QM_EDI01's recovery log fills (the log housekeeping cron was disabled during Monday's OS
                         patch): edi-as2-gw, mfcs-sea (loudest, deployed at 13:30), mfcs-air, bwi-stock
  K3 Thu 09 02:30–03:25  (Busan night shift) bsngpu01's GPU falls off the bus (Xid 79) after overheating, inference
                         falls back to CPU: xai-bsn (loudest, model 3.4.0 deployed Wednesday 22:10), xray-viewer
  K4 Fri 10 16:10–17:05  (payment cut-off) ORA_PAYP's archiver stops (ORA-00257) because the archivelog backup
                         failed overnight: duty-epay (loudest, deployed at 15:45), refund-engine, cbp-portal
  K5 Sun 12 20:40–21:35  feat-redis reaches maxmemory after the feature TTL was raised at 19:30 and evicts the hot
                         features: rsk-scoring (loudest, deployed at 20:15), ecp-clear, express-if
  K6 Tue 14 11:00–11:55  pki-tsa leaks HSM sessions after Monday's HSM client upgrade and its pool runs dry:
                         coo-issuer (loudest, deployed at 10:40), coo-verify, coo-portal
  K7 Wed 15 10:05–now    (post-광군제 parcel surge) an anti-wraparound autovacuum on pg-ecp's parcel_item table
                         (freeze age lowered on Tuesday) blocks the list-clearance writes: ecp-clear (loudest),
                         ecp-tracking, express-if (deployed at 09:40) (ongoing)
Confounders: the Monday rush, the payment cut-off, vessel and freighter waves, the e-commerce surge, the nightly
ETL on every Oracle DB, the Sunday model retraining, deploys on victims before most incidents, shared Redis,
MySQL, PostgreSQL and MQ hosts (noisy neighbours), the DR drill on Saturday, `icngpu02` and `cbp-portal-stg` in
maintenance, the retired `edi-x400-legacy`, the log server `djlog01`'s disk creeping up, and the AS2 server
certificate on `lb-edi-as2` expiring on 2028-11-26 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/cst_golden.py) are computed from the files.

    .venv/bin/python bench/cst_estate.py   # rewrites tests/fixtures/customs-trade*
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

NAME = "customs-trade"
NOW = datetime(2028, 11, 15, 1, 50, tzinfo=UTC)  # Wednesday 2028-11-15 10:50 KST
START = NOW - timedelta(days=10)  # Sunday 2028-11-05 10:50 KST
SEED = 20281115
SITES = {
    "D": "대전통합센터",
    "B": "부산신항지사",
    "I": "인천공항지사",
    "G": "광주DR센터",
    "N": "NCP 공공클라우드",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

CLR, EDI, PAI, RSK = "통관시스템팀", "EDI운영팀", "port-ai-lab", "위험관리모델팀"
FTA, PAY, BWH, ECP = "FTA원산지팀", "수납환급팀", "보세물류팀", "ecommerce-clearance"
DATA, INFRA, DBA, NET = "무역통계데이터팀", "인프라운영팀", "DBA그룹", "망운영파트"
CLOUD, SEC, PORTAL, HUB = "ncp-cloud-ops", "정보보호팀", "대외포털팀", "integration-hub"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- portals, SSO
    "cbp-portal": ("service", PORTAL, "D", "P", ["djptwb01", "djptwb02"],
                   ["ipd-was", "epd-was", "hsc-search", "duty-epay", "sso-auth"],
                   {"desc": "관세사 포털 (수입/수출신고 작성·전송, 납부, 품목분류 조회)",
                    "product": "eGovFrame 4.1 (Java 11, Tomcat 9)", "version": "6.14.2", "brokers": 2150,
                    "users": 11800, "endpoint": "broker.hgcn.co.kr"}),
    "ffp-portal": ("service", PORTAL, "D", "P", ["djptwb02"], ["mfcs-sea", "mfcs-air", "bwi-stock", "sso-auth"],
                   {"desc": "포워더/선사 포털 (적하목록 조회·정정, 화물진행정보)", "product": "eGovFrame 4.1 (Java 11)",
                    "version": "3.8.0", "forwarders": 4300, "endpoint": "fwd.hgcn.co.kr"}),
    "coo-portal": ("service", FTA, "D", "P", ["djptwb01"], ["coo-issuer", "sso-auth"],
                   {"desc": "원산지증명서 발급 신청 포털 (수출기업)", "product": "Spring Boot 3.2 + React 18",
                    "version": "2.5.1", "exporters": 26500, "endpoint": "coo.hgcn.co.kr"}),
    "sso-auth": ("service", SEC, "D", "P", ["djptwb02"], ["sess-redis", "pg-sso"],
                 {"desc": "통합인증 (공동인증서, 간편인증, OAuth2)", "product": "Keycloak 24", "version": "24.0.5",
                  "realms": 4, "token_ttl_min": 30}),
    # ---------------------------------------------------------------- declarations, tariff, HS
    "ipd-was": ("service", CLR, "D", "P", ["djclap01", "djclap02"],
                ["ORA_CLRP", "rsk-scoring", "duty-calc", "kafka-mhub"],
                {"desc": "수입신고 처리 (신고 접수, 심사, 수리)", "product": "자체개발 (Java 17, Spring Boot 3.1, JEUS 9)",
                 "version": "11.3.0", "instances": 8, "daily_declarations": 38000}),
    "epd-was": ("service", CLR, "D", "P", ["djclap02"], ["ORA_CLRP", "rsk-scoring", "kafka-mhub"],
                {"desc": "수출신고 처리 (신고 접수, 수리, 선적확인)", "product": "자체개발 (Java 17, JEUS 9)",
                 "version": "9.7.4", "instances": 6, "daily_declarations": 52000}),
    "duty-calc": ("service", CLR, "D", "P", ["djclap01"], ["ORA_TRFP", "trf-cache"],
                  {"desc": "세액 계산 (기본/협정세율, 과세환율 적용)", "product": "자체개발 (Java 17)", "version": "4.2.1",
                   "tariff_lines": 12250, "fx_update": "매주 토 00:00"}),
    "hsc-search": ("service", CLR, "D", "P", ["djclap01"], ["es-hscode", "trf-cache"],
                   {"desc": "HS 품목분류 검색 (10단위, 사전심사 사례)", "product": "Spring Boot 3.2 + Elasticsearch client",
                    "version": "3.0.6", "rulings": 184000}),
    # ---------------------------------------------------------------- risk selection
    "rsk-scoring": ("service", RSK, "D", "P", ["djrkap01"], ["rsk-model-srv", "feat-redis", "pg-risk"],
                    {"desc": "위험선별 실시간 스코어링 (수입·특송 신고 우범도)", "product": "Python 3.11 (FastAPI)",
                     "version": "5.1.0", "rules": 1240, "model": "xgb-target-v41", "sla_ms": 300}),
    "rsk-model-srv": ("service", RSK, "D", "P", ["djrkml01"], [],
                      {"desc": "위험선별 모델 서빙", "product": "NVIDIA Triton 24.05", "version": "24.05", "models": 7}),
    "rsk-train": ("service", RSK, "N", "P", ["ncpsvr-8812043"], ["chd-trade", "dw-gp"],
                  {"desc": "위험선별 모델 주간 재학습", "product": "PySpark 3.5 + XGBoost 2.0", "version": "1.6.0",
                   "schedule": "매주 일 02:00"}),
    # ---------------------------------------------------------------- manifest EDI, bonded warehouses, hub
    "edi-as2-gw": ("service", EDI, "D", "P", ["djedgw01"], ["QM_EDI01", "edi-xlat"],
                   {"desc": "선사·항공사 EDI 수신 게이트웨이 (AS2, ebMS, SFTP)", "product": "자체개발 (Java 17) + Apache Camel 4",
                    "version": "7.0.3", "trading_partners": 412, "port": 4080}),
    "edi-xlat": ("service", EDI, "D", "P", ["djedgw01"], [],
                 {"desc": "EDI 변환 (UN/EDIFACT CUSCAR·CUSRES ↔ XML)", "product": "Altova MapForce Server 2024",
                  "version": "2024r2", "message_types": 86}),
    "mfcs-sea": ("service", EDI, "D", "P", ["djmfap01"], ["ORA_MFSP", "QM_EDI01", "edi-xlat"],
                 {"desc": "해상 적하목록 처리 (입항/출항 적하목록, 정정)", "product": "자체개발 (Java 17)", "version": "8.4.2",
                  "shipping_lines": 168, "ports": "부산, 인천, 광양, 평택"}),
    "mfcs-air": ("service", EDI, "D", "P", ["djmfap01"], ["ORA_MFSP", "QM_EDI01", "edi-xlat"],
                 {"desc": "항공 적하목록 처리 (Master/House AWB)", "product": "자체개발 (Java 17)", "version": "6.9.0",
                  "airlines": 74}),
    "bwi-stock": ("service", BWH, "D", "P", ["djmfap01"], ["my-bonded", "mfcs-sea", "kafka-mhub"],
                  {"desc": "보세창고 재고관리 (반입/반출 신고, 재고 대사)", "product": "자체개발 (Java 11)",
                   "version": "4.0.8", "bonded_warehouses": 1320}),
    "mhub-router": ("service", HUB, "D", "P", ["djedgw01"], ["kafka-mhub", "QM_EDI01", "QM_BANK01"],
                    {"desc": "기관 간 연계 라우터 (요건확인: 식약처, 검역본부 등)", "product": "Apache Camel 4.4 + Spring Boot",
                     "version": "4.1.2", "partner_agencies": 31}),
    # ---------------------------------------------------------------- X-ray AI
    "xai-bsn": ("service", PAI, "B", "P", ["bsngpu01", "bsngpu02"], ["pg-xai", "nas-xray-bsn", "kafka-mhub"],
                {"desc": "부산신항 컨테이너 X-ray 영상 판독 AI (은닉·이상음영 탐지)", "product": "PyTorch 2.3 + TensorRT 10",
                 "version": "3.4.0", "model": "xcargo-det-v34", "scanners": 6, "images_per_day": 4200}),
    "xai-icn": ("service", PAI, "I", "P", ["icngpu01", "icngpu02"], ["pg-xai", "nas-xray-icn", "kafka-mhub"],
                {"desc": "인천 X-ray 영상 판독 AI (특송·항공화물)", "product": "PyTorch 2.3 + TensorRT 10",
                 "version": "3.3.2", "model": "xcargo-det-v33", "scanners": 9, "images_per_day": 7100}),
    "xray-viewer": ("service", PAI, "B", "P", ["bsnxap01"], ["xai-bsn", "xai-icn", "pg-xai"],
                    {"desc": "X-ray 판독관 뷰어 (AI 판독 결과 검토, 정밀검사 지정)", "product": "자체개발 (Java 17 + WebGL)",
                     "version": "2.2.0", "users": 340}),
    # ---------------------------------------------------------------- FTA, signing
    "coo-issuer": ("service", FTA, "D", "P", ["djftap01"], ["TBR_FTAP", "pki-tsa", "kafka-mhub"],
                   {"desc": "FTA 원산지증명서 발급 (기관발급, 전자 C/O)", "product": "자체개발 (Java 17)", "version": "5.6.3",
                    "agreements": 22, "daily_certs": 5400}),
    "coo-verify": ("service", FTA, "D", "P", ["djftap01"], ["TBR_FTAP", "pki-tsa", "edi-as2-gw"],
                   {"desc": "원산지 전자교환·검증 (중국 EODES, 인도네시아·베트남 e-C/O)", "product": "자체개발 (Java 17)",
                    "version": "2.1.7", "partner_countries": 5}),
    "pki-tsa": ("service", SEC, "D", "P", ["djpki01"], [],
                {"desc": "전자서명·타임스탬프 (HSM 연동)", "product": "자체개발 + Thales Luna 7 HSM", "version": "3.2.0",
                 "hsm": "Luna 7 A790", "session_pool": 256}),
    # ---------------------------------------------------------------- payments, refunds
    "duty-epay": ("service", PAY, "D", "P", ["djpyap01"], ["ORA_PAYP", "bank-fep", "QM_BANK01"],
                  {"desc": "관세 전자납부 (가상계좌, 계좌이체, 카드)", "product": "자체개발 (Java 17)", "version": "4.9.1",
                   "banks": 17, "cutoff": "16:30"}),
    "refund-engine": ("service", PAY, "D", "P", ["djpyap01"], ["ORA_PAYP", "bank-fep", "ORA_CLRP"],
                      {"desc": "관세 환급 (간이정액·개별환급 심사, 지급)", "product": "자체개발 (Java 17)", "version": "3.3.0",
                       "daily_claims": 2900}),
    "bank-fep": ("service", PAY, "D", "P", ["djfep01"], ["QM_BANK01"],
                 {"desc": "은행 대외계 FEP (금융결제원, 17개 은행)", "product": "자체개발 (C, Tmax 6)", "version": "2.8.5",
                  "banks": 17}),
    "BAT_DUTY_RECON": ("service", PAY, "D", "P", ["djbat01"], ["ORA_PAYP", "bank-fep"],
                       {"desc": "관세 수납 대사 배치 (은행 수납내역 ↔ 납부고지)", "product": "Spring Batch 5.0",
                        "version": "1.9.2", "schedule": "평일 18:30"}),
    # ---------------------------------------------------------------- e-commerce parcels
    "ecp-clear": ("service", ECP, "D", "P", ["djecap01", "djecap02"],
                  ["pg-ecp", "ecp-redis", "rsk-scoring", "pccc-verify", "kafka-mhub"],
                  {"desc": "전자상거래 목록통관 (해외직구 특송물품 반입·통관)", "product": "자체개발 (Kotlin, Spring Boot 3.2)",
                   "version": "7.2.0", "instances": 10, "daily_parcels": 620000}),
    "ecp-tracking": ("service", ECP, "D", "P", ["djecap02"], ["ecp-clear", "ecp-redis"],
                     {"desc": "통관 진행정보 조회 Open API (직구 소비자, 쇼핑몰)", "product": "Go 1.22", "version": "2.6.4",
                      "endpoint": "track.hgcn.co.kr", "rate_limit_rps": 3000}),
    "express-if": ("service", ECP, "I", "P", ["icnexp01"], ["ecp-clear"],
                   {"desc": "특송업체 연동 (특송 목록 수신, 반출승인 통보)", "product": "자체개발 (Java 17)",
                    "version": "1.12.0", "couriers": 38}),
    "pccc-verify": ("service", ECP, "D", "P", ["djecap02"], ["my-pccc"],
                    {"desc": "개인통관고유부호 검증", "product": "Go 1.22", "version": "1.8.3"}),
    # ---------------------------------------------------------------- data, statistics, ops
    "etl-nightly": ("service", DATA, "D", "P", ["djbat02"], ["dw-gp", "ORA_CLRP", "ORA_MFSP", "ORA_PAYP", "TBR_FTAP"],
                    {"desc": "DW 야간 적재 (신고, 적하목록, 수납, 원산지)", "product": "Airflow 2.9 + ODI 12c",
                     "version": "2.9.2", "schedule": "매일 01:00"}),
    "BAT_STAT_DAILY": ("service", DATA, "D", "P", ["djbat02"], ["dw-gp"],
                       {"desc": "무역통계 일일 집계 (품목별·국가별 수출입 실적)", "product": "Greenplum SQL + shell",
                        "version": "1.4.0", "schedule": "매일 05:00"}),
    "BAT_HS_SYNC": ("service", CLR, "D", "P", ["djbat01"], ["ORA_TRFP", "es-hscode"],
                    {"desc": "관세율표/HS 변경 동기화 (고시 반영, 색인 재생성)", "product": "Spring Batch 5.0",
                     "version": "2.2.1", "schedule": "매일 04:00"}),
    "stat-portal": ("service", DATA, "D", "P", ["djptwb02"], ["dw-gp"],
                    {"desc": "무역통계 포털 (수출입 통계 조회, 공공데이터 API)", "product": "Spring Boot 3.2 + Vue 3",
                     "version": "3.1.5", "endpoint": "stat.hgcn.co.kr"}),
    "elk-ops": ("service", INFRA, "D", "P", ["djlog01"], [],
                {"desc": "로그 수집 (통관, EDI, 포털)", "product": "Elasticsearch 8.14 + Fluent Bit", "retention_days": 30}),
    # ---------------------------------------------------------------- staging, dev, retired
    "ipd-was-stg": ("service", CLR, "D", "S", ["djstg01"], [],
                    {"desc": "수입신고 처리 (스테이징)", "version": "11.4.0-rc1"}),
    "cbp-portal-stg": ("service", PORTAL, "D", "S", ["djstg01"], [],
                       {"desc": "관세사 포털 (스테이징, 검증계)", "version": "6.15.0-rc2"}),
    "xai-lab-dev": ("service", PAI, "N", "D", ["ncpsvr-8812045"], [],
                    {"desc": "X-ray 판독 모델 실험 (개발)", "version": "3.5.0-dev"}),
    "edi-x400-legacy": ("service", EDI, "D", "P", [], [],
                        {"desc": "구 X.400 EDI 게이트웨이 (2027년 edi-as2-gw로 대체)", "version": "4.7",
                         "decommissioned": "2027-06-30"}),
    # ---------------------------------------------------------------- databases
    "ORA_CLRP": ("database", DBA, "D", "P", ["djcldb01", "djcldb02"], [],
                 {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c RAC", "nodes": 2,
                  "sid": "CLRP", "port": 1521, "size_tb": 38.5, "dataguard": "ORA_CLRP_DR",
                  "desc": "통관 운영 DB (수입/수출신고)"}),
    "ORA_CLRP_DR": ("database", DBA, "G", "P", ["gjdrdb01"], [],
                    {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c (Data Guard 물리 스탠바이)",
                     "sid": "CLRPDR", "port": 1521, "protection_mode": "MAXIMUM PERFORMANCE",
                     "desc": "통관 DB 재해복구 스탠바이"}),
    "ORA_MFSP": ("database", DBA, "D", "P", ["djmfdb01"], [],
                 {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "MFSP",
                  "port": 1521, "size_tb": 21.0, "desc": "적하목록 DB"}),
    "ORA_TRFP": ("database", DBA, "D", "P", ["djmfdb01"], [],
                 {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "TRFP",
                  "port": 1522, "size_tb": 1.4, "desc": "관세율표·세율·환율 DB"}),
    "ORA_PAYP": ("database", DBA, "D", "P", ["djpydb01"], [],
                 {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c", "sid": "PAYP",
                  "port": 1521, "size_tb": 6.8, "archive_dest": "/arch (2TB)", "desc": "수납·환급 DB"}),
    "TBR_FTAP": ("database", DBA, "D", "P", ["djftdb01"], [],
                 {"engine": "tibero", "version": "7.2.2", "product": "Tibero 7", "sid": "FTAP", "port": 8629,
                  "size_tb": 3.2, "desc": "원산지증명 DB"}),
    "pg-risk": ("database", RSK, "D", "P", ["djecdb01"], [],
                {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5433,
                 "desc": "위험선별 룰·이력 DB"}),
    "pg-xai": ("database", PAI, "B", "P", ["bsnxdb01"], [],
               {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5432,
                "desc": "X-ray 판독 결과·영상 메타데이터"}),
    "pg-ecp": ("database", DBA, "D", "P", ["djecdb01"], [],
               {"engine": "postgresql", "version": "16.2", "product": "PostgreSQL 16", "port": 5432, "size_tb": 14.2,
                "max_connections": 1200, "autovacuum_freeze_max_age": 150000000, "desc": "특송 목록통관 DB"}),
    "pg-sso": ("database", SEC, "D", "P", ["djmydb01"], [],
               {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
                "desc": "통합인증 사용자·세션 메타 DB"}),
    "my-bonded": ("database", DBA, "D", "P", ["djmydb01"], [],
                  {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Community", "port": 3306,
                   "desc": "보세창고 재고 DB"}),
    "my-pccc": ("database", DBA, "D", "P", ["djmydb01"], [],
                {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Community", "port": 3307,
                 "desc": "개인통관고유부호 DB"}),
    "es-hscode": ("database", CLR, "D", "P", ["djhses01"], [],
                  {"engine": "elasticsearch", "version": "8.14.1", "product": "Elasticsearch 8.14", "shards": 24,
                   "desc": "HS 품목분류·사전심사 색인"}),
    "dw-gp": ("database", DATA, "D", "P", ["djdwgp01"], [],
              {"engine": "greenplum", "version": "7.1.0", "product": "VMware Greenplum 7", "segments": 16,
               "size_tb": 86.0, "desc": "무역통계 DW"}),
    "chd-trade": ("database", CLOUD, "N", "P", [], [],
                  {"engine": "hive", "version": "3.1.3", "product": "NCP Cloud Hadoop 2.2 (Hive 3.1, Spark 3.5)",
                   "nodes": 12, "desc": "분석용 데이터 레이크"}),
    # ---------------------------------------------------------------- caches, queues
    "trf-cache": ("cache", CLR, "D", "P", ["djrds01"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "volatile-lru",
                   "port": 6379, "desc": "세율·환율 캐시"}),
    "feat-redis": ("cache", RSK, "D", "P", ["djrds01"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "allkeys-lru",
                    "port": 6380, "desc": "위험선별 피처 스토어"}),
    "ecp-redis": ("cache", ECP, "D", "P", ["djrds02"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 24, "maxmemory_policy": "volatile-ttl",
                   "port": 6379, "desc": "특송 통관진행 상태 캐시"}),
    "sess-redis": ("cache", SEC, "D", "P", ["djrds02"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 6, "maxmemory_policy": "volatile-lru",
                    "port": 6380, "desc": "포털 세션"}),
    "kafka-mhub": ("queue", HUB, "D", "P", ["djkfk01", "djkfk02", "djkfk03"], [],
                   {"product": "Apache Kafka 3.7 (KRaft)", "brokers": 3, "topics": 214, "retention_h": 168,
                    "port": 9092, "desc": "메시지 허브 (신고·판독·원산지 이벤트)"}),
    "QM_EDI01": ("queue", EDI, "D", "P", ["djmq01"], [],
                 {"product": "IBM MQ 9.3.5 LTS", "port": 1414, "channels": 412, "log_type": "linear",
                  "desc": "적하목록 EDI 큐매니저"}),
    "QM_BANK01": ("queue", PAY, "D", "P", ["djmq01"], [],
                  {"product": "IBM MQ 9.3.5 LTS", "port": 1415, "channels": 19, "log_type": "circular",
                   "desc": "은행 연계 큐매니저"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "adc-ext-dj": ("D", NET, ["cbp-portal", "ffp-portal", "coo-portal", "ecp-tracking", "stat-portal"],
                   {"vendor": "Radware", "model": "Alteon D-6024", "vip": "203.0.113.10", "cert_expiry": "2029-04-30",
                    "cert_issuer": "GlobalSign (자동 갱신)"}),
    "adc-int-dj": ("D", NET, ["ipd-was", "epd-was", "duty-epay", "refund-engine"],
                   {"vendor": "F5", "model": "BIG-IP r4800", "vip": "10.40.1.20"}),
    "lb-edi-as2": ("D", NET, ["edi-as2-gw"],
                   {"vendor": "Radware", "model": "Alteon D-5424", "vip": "203.0.113.40",
                    "endpoint": "as2.hgcn.co.kr", "cert_expiry": "2028-11-26", "cert_issuer": "KICA (수동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-xray-bsn": ("B", PAI, {"vendor": "NetApp", "model": "AFF C250", "capacity_tb": 360, "protocol": "NFS v4.1",
                                "desc": "부산신항 X-ray 원본 영상 (DICOS)"}, ["bsngpu01", "bsngpu02", "bsnxap01"]),
    "nas-xray-icn": ("I", PAI, {"vendor": "NetApp", "model": "AFF C250", "capacity_tb": 240, "protocol": "NFS v4.1",
                                "desc": "인천 X-ray 원본 영상 (DICOS)"}, ["icngpu01", "icngpu02"]),
    "san-dj01": ("D", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 420,
                              "desc": "Oracle/Tibero 블록 스토리지"},
                 ["djcldb01", "djcldb02", "djmfdb01", "djpydb01", "djftdb01"]),
    "obs-trade-archive": ("N", CLOUD, {"vendor": "NAVER Cloud", "model": "Object Storage", "region": "KR-2",
                                       "desc": "신고서 원본·전자문서 10년 보관"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 대전통합센터 VMs
    "djptwb01": ("D", "P", "vm", {"role": "포털 WEB/WAS #1 (관세사, 원산지)"}),
    "djptwb02": ("D", "P", "vm", {"role": "포털 WEB/WAS #2 (포워더, 통계, SSO)"}),
    "djclap01": ("D", "P", "vm", {"role": "통관 AP #1 (수입신고, 세액, 품목분류)"}),
    "djclap02": ("D", "P", "vm", {"role": "통관 AP #2 (수입/수출신고)"}),
    "djrkap01": ("D", "P", "vm", {"role": "위험선별 스코어링"}),
    "djedgw01": ("D", "P", "vm", {"role": "EDI 게이트웨이, 연계 라우터"}),
    "djmfap01": ("D", "P", "vm", {"role": "적하목록, 보세재고 AP"}),
    "djftap01": ("D", "P", "vm", {"role": "원산지 발급·검증 AP"}),
    "djpyap01": ("D", "P", "vm", {"role": "전자납부, 환급 AP"}),
    "djecap01": ("D", "P", "vm", {"role": "목록통관 AP #1"}),
    "djecap02": ("D", "P", "vm", {"role": "목록통관 AP #2, 진행조회, 통관부호 검증"}),
    "djbat01": ("D", "P", "vm", {"role": "배치 (수납대사, HS 동기화)"}),
    "djbat02": ("D", "P", "vm", {"role": "배치 (DW 적재, 통계 집계)"}),
    "djstg01": ("D", "S", "vm", {"role": "검증계 공용"}),
    # 대전통합센터 bare metal
    "djrkml01": ("D", "P", "gpu", {"role": "위험선별 모델 서빙 (GPU)", "model": "Dell PowerEdge R760xa",
                                   "gpu": "NVIDIA L40S x2", "rack": "DJ-3F-C07"}),
    "djpki01": ("D", "P", "bare", {"role": "전자서명 (Luna HSM 연결)", "model": "HPE ProLiant DL360 Gen11",
                                   "rack": "DJ-2F-S01"}),
    "djfep01": ("D", "P", "bare", {"role": "은행 FEP", "model": "HPE ProLiant DL360 Gen11", "rack": "DJ-2F-S02"}),
    "djlog01": ("D", "P", "bare", {"role": "로그 수집 (ELK)", "model": "Dell PowerEdge R750xd", "rack": "DJ-3F-A02"}),
    "djcldb01": ("D", "P", "bare", {"role": "Oracle RAC CLRP node 1", "model": "HPE ProLiant DL380 Gen11",
                                    "rack": "DJ-2F-B04"}),
    "djcldb02": ("D", "P", "bare", {"role": "Oracle RAC CLRP node 2", "model": "HPE ProLiant DL380 Gen11",
                                    "rack": "DJ-2F-B05"}),
    "djmfdb01": ("D", "P", "bare", {"role": "Oracle MFSP, TRFP", "model": "HPE ProLiant DL380 Gen11",
                                    "rack": "DJ-2F-B06"}),
    "djpydb01": ("D", "P", "bare", {"role": "Oracle PAYP", "model": "HPE ProLiant DL380 Gen10 Plus",
                                    "rack": "DJ-2F-B08"}),
    "djftdb01": ("D", "P", "bare", {"role": "Tibero FTAP", "model": "Lenovo ThinkSystem SR650 V3",
                                    "rack": "DJ-2F-B09"}),
    "djecdb01": ("D", "P", "bare", {"role": "PostgreSQL (목록통관, 위험선별)", "model": "Dell PowerEdge R760",
                                    "rack": "DJ-3F-C02"}),
    "djmydb01": ("D", "P", "bare", {"role": "MySQL/PostgreSQL 공용 (보세, 통관부호, SSO)", "model": "Dell PowerEdge R660",
                                    "rack": "DJ-3F-C03"}),
    "djhses01": ("D", "P", "bare", {"role": "Elasticsearch (HS 색인)", "model": "Dell PowerEdge R660",
                                    "rack": "DJ-3F-C04"}),
    "djdwgp01": ("D", "P", "bare", {"role": "Greenplum DW", "model": "Dell PowerEdge R760xd2", "rack": "DJ-3F-D01"}),
    "djrds01": ("D", "P", "bare", {"role": "Redis (세율, 피처스토어)", "model": "Dell PowerEdge R660",
                                   "rack": "DJ-3F-C05"}),
    "djrds02": ("D", "P", "bare", {"role": "Redis (특송, 세션)", "model": "Dell PowerEdge R660", "rack": "DJ-3F-C05"}),
    "djkfk01": ("D", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660", "rack": "DJ-3F-C06"}),
    "djkfk02": ("D", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660", "rack": "DJ-3F-C06"}),
    "djkfk03": ("D", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660", "rack": "DJ-3F-C06"}),
    "djmq01": ("D", "P", "bare", {"role": "IBM MQ (EDI, 은행)", "model": "HPE ProLiant DL360 Gen11",
                                  "rack": "DJ-2F-S03"}),
    # 부산신항지사, 인천공항지사
    "bsngpu01": ("B", "P", "gpu", {"role": "X-ray 판독 GPU #1", "model": "Supermicro SYS-421GE-TNRT",
                                   "gpu": "NVIDIA A100 80GB x4", "rack": "BS-SR1 R02"}),
    "bsngpu02": ("B", "P", "gpu", {"role": "X-ray 판독 GPU #2", "model": "Supermicro SYS-421GE-TNRT",
                                   "gpu": "NVIDIA A100 80GB x4", "rack": "BS-SR1 R03"}),
    "bsnxdb01": ("B", "P", "bare", {"role": "판독 결과 DB", "model": "Dell PowerEdge R660", "rack": "BS-SR1 R04"}),
    "bsnxap01": ("B", "P", "vm", {"role": "판독관 뷰어"}),
    "icngpu01": ("I", "P", "gpu", {"role": "X-ray 판독 GPU #1", "model": "Supermicro SYS-421GE-TNRT",
                                   "gpu": "NVIDIA A100 80GB x4", "rack": "IC-SR2 R05"}),
    "icngpu02": ("I", "P", "gpu", {"role": "X-ray 판독 GPU #2 (GPU 보드 교체 중)", "model": "Supermicro SYS-421GE-TNRT",
                                   "gpu": "NVIDIA A100 80GB x4", "rack": "IC-SR2 R06"}),
    "icnexp01": ("I", "P", "vm", {"role": "특송업체 연동"}),
    # 광주DR센터
    "gjdrdb01": ("G", "P", "bare", {"role": "Oracle CLRP 스탠바이", "model": "HPE ProLiant DL380 Gen11",
                                    "rack": "GJ-DR-B01"}),
    # NCP 공공클라우드
    "ncpsvr-8812043": ("N", "P", "ncp", {"role": "모델 재학습 (Spark 드라이버)", "server_spec": "hicpu-g3 32vCPU 64GB"}),
    "ncpsvr-8812045": ("N", "D", "ncp", {"role": "판독 모델 실험 (GPU)", "server_spec": "gpu-t4 16vCPU 64GB"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "DJ-CORE-SW01": ("D", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9364C-GX",
                           "firmware": "NX-OS 10.4(2)"}),
    "DJ-EXT-FW01": ("D", {"device": "firewall", "vendor": "AhnLab", "model": "TrusGuard 15000A",
                          "firmware": "TG 4.2", "desc": "대외망 방화벽"}),
    "BS-WAN-RT01": ("B", {"device": "WAN router", "vendor": "Cisco", "model": "ISR 4451", "circuit": "KT-BS-7730-1192",
                          "bandwidth": "1Gbps", "desc": "대전 ↔ 부산신항 전용회선"}),
    "IC-WAN-RT01": ("I", {"device": "WAN router", "vendor": "Cisco", "model": "ISR 4451",
                          "circuit": "SKB-IC-2291-0087", "bandwidth": "1Gbps", "desc": "대전 ↔ 인천공항 전용회선"}),
    "NCP-DX-LINK": ("D", {"device": "cloud connect", "vendor": "NAVER Cloud", "model": "Cloud Connect 1Gbps",
                          "circuit": "CC-KR2-40218"}),
    "KFTC-FEP-LINE": ("D", {"device": "bank line", "vendor": "금융결제원", "model": "전용회선 100Mbps x2",
                            "circuit": "KFTC-HG-0311"}),
    "EDI-VAN-LINE": ("D", {"device": "VAN line", "vendor": "KL-Net", "model": "전용회선 200Mbps",
                           "circuit": "KLN-HG-1207", "desc": "선사 EDI VAN"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("DJ-EXT-FW01", "DJ-CORE-SW01"),
    ("adc-ext-dj", "DJ-EXT-FW01"),
    ("lb-edi-as2", "DJ-EXT-FW01"),
    ("adc-int-dj", "DJ-CORE-SW01"),
    ("BS-WAN-RT01", "DJ-CORE-SW01"),
    ("IC-WAN-RT01", "DJ-CORE-SW01"),
    ("NCP-DX-LINK", "DJ-CORE-SW01"),
    ("bank-fep", "KFTC-FEP-LINE"),
    ("edi-as2-gw", "EDI-VAN-LINE"),
    ("ORA_CLRP", "ORA_CLRP_DR"),
    ("etl-nightly", "obs-trade-archive"),
    ("rsk-train", "obs-trade-archive"),
]
# fmt: on
STATUS = {"icngpu02": "maintenance", "cbp-portal-stg": "maintenance", "edi-x400-legacy": "retired"}
NET_PREFIX = {"D": "10.40", "B": "10.51", "I": "10.52", "G": "10.60", "N": "10.100"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "K1",
        "kind": "sql_plan_regression",
        "root": "ORA_CLRP",
        "description": "in the Monday-morning declaration rush the optimizer statistics gathered on ORA_CLRP on"
        " Sunday night flip the plan of the declaration lookup SQL to full table scans and the RAC nodes run out"
        " of CPU: ipd-was (11.3.0 deployed at 08:50, loudest) times out import declarations, epd-was and"
        " cbp-portal follow, until the old plan is pinned with a SQL plan baseline",
        "start": kst(6, 9, 15),
        "end": kst(6, 10, 10),
        "affected": ["ORA_CLRP", "ipd-was", "epd-was", "cbp-portal"],
    },
    {
        "id": "K2",
        "kind": "mq_log_full",
        "root": "QM_EDI01",
        "description": "on Tuesday afternoon the recovery log of the IBM MQ queue manager QM_EDI01 fills (the log"
        " housekeeping cron was left disabled after Monday's OS patch) and every put fails with"
        " MQRC_RESOURCE_PROBLEM: edi-as2-gw rejects carrier messages, mfcs-sea (deployed at 13:30, loudest) and"
        " mfcs-air stop processing manifests and bwi-stock cannot match arrivals, until old extents are archived",
        "start": kst(7, 14, 5),
        "end": kst(7, 15, 0),
        "affected": ["QM_EDI01", "edi-as2-gw", "mfcs-sea", "mfcs-air", "bwi-stock"],
    },
    {
        "id": "K3",
        "kind": "gpu_fallen_off_bus",
        "root": "bsngpu01",
        "description": "in the Busan night shift a GPU of bsngpu01 overheats and falls off the bus (Xid 79); the"
        " inference workers fall back to CPU: xai-bsn (model 3.4.0 deployed on Wednesday 22:10, loudest) queues"
        " X-ray images and xray-viewer shows no AI results, until the host is drained and rebooted",
        "start": kst(9, 2, 30),
        "end": kst(9, 3, 25),
        "affected": ["bsngpu01", "xai-bsn", "xray-viewer"],
    },
    {
        "id": "K4",
        "kind": "archiver_stuck",
        "root": "ORA_PAYP",
        "description": "on Friday before the 16:30 payment cut-off the archive destination of ORA_PAYP fills (the"
        " archivelog backup failed overnight) and the archiver stops (ORA-00257), so every commit hangs:"
        " duty-epay (deployed at 15:45, loudest) fails duty payments, refund-engine stalls and cbp-portal shows"
        " payment errors, until the archivelogs are backed up and deleted",
        "start": kst(10, 16, 10),
        "end": kst(10, 17, 5),
        "affected": ["ORA_PAYP", "duty-epay", "refund-engine", "cbp-portal"],
    },
    {
        "id": "K5",
        "kind": "cache_eviction_storm",
        "root": "feat-redis",
        "description": "on Sunday evening, with the post-광군제 parcels arriving, feat-redis reaches maxmemory after"
        " the feature TTL was raised from 1 to 7 days at 19:30 and evicts the hot features: rsk-scoring (deployed"
        " at 20:15, loudest) recomputes them from pg-risk and misses its SLA, ecp-clear holds parcels for"
        " screening and express-if delays release notices, until the TTL is reverted",
        "start": kst(12, 20, 40),
        "end": kst(12, 21, 35),
        "affected": ["feat-redis", "rsk-scoring", "ecp-clear", "express-if"],
    },
    {
        "id": "K6",
        "kind": "hsm_session_exhaustion",
        "root": "pki-tsa",
        "description": "on Tuesday late morning pki-tsa leaks HSM sessions (the Luna client was upgraded on Monday"
        " evening) until its pool of 256 runs dry (CKR_SESSION_COUNT): coo-issuer (deployed at 10:40, loudest)"
        " cannot sign certificates of origin, coo-verify fails the e-C/O exchange and coo-portal queues"
        " applications, until pki-tsa is restarted with the previous client",
        "start": kst(14, 11, 0),
        "end": kst(14, 11, 55),
        "affected": ["pki-tsa", "coo-issuer", "coo-verify", "coo-portal"],
    },
    {
        "id": "K7",
        "kind": "autovacuum_wraparound",
        "root": "pg-ecp",
        "description": "on Wednesday morning, in the post-광군제 parcel surge, an anti-wraparound autovacuum on"
        " pg-ecp's parcel_item table (freeze age lowered on Tuesday) saturates I/O and blocks the list-clearance"
        " writes: ecp-clear (loudest) times out, ecp-tracking and express-if (deployed at 09:40) follow (ongoing)",
        "start": kst(15, 10, 5),
        "end": None,
        "affected": ["pg-ecp", "ecp-clear", "ecp-tracking", "express-if"],
    },
]
K1, K2, K3, K4, K5, K6, K7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 48, 'D': 66}[env]) + i // 11}.{31 + (i * 37) % 190}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.4"]), "vcpu": rng.choice([8, 16, 24]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2",
                      "vcenter": "vc-daejeon01" if site == "D" else f"vc-{site.lower()}port01"}  # fmt: skip
        elif kind == "ncp":
            attrs |= {"os": "Rocky Linux 8.10", "zone": "KR-2 (공공)", "instance_no": h.rsplit("-", 1)[1]}
            owner = CLOUD
        else:  # bare metal, GPU servers
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10"]) if kind == "bare" else "Ubuntu 22.04 LTS",
                      "cores": rng.choice([32, 48, 64]), "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', '7XM'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if kind == "gpu":
                attrs |= {"cuda_driver": "550.90.07", "cores": 64, "mem_gb": 1024}
                owner = PAI if site in ("B", "I") else RSK
            if "db" in h[4:6] or h.startswith("djdwgp"):
                owner = DBA
        if h == "icnexp01":
            owner = ECP
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


def _decl(ts: datetime) -> float:
    """Customs declarations: brokers' office hours with a 10:00 and a 15:00 peak, a lunch dip, the Monday-morning
    rush after the weekend, a Friday-afternoon push; little at night and at weekends."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.06 + 0.08 * _bump(h, 13, 3)
    v = 0.06 + 0.05 * _bump(h, 20, 2)
    if 8 <= h < 19:
        v += 0.3 + 0.42 * _bump(h, 10.2, 1.2) + 0.34 * _bump(h, 15.0, 1.3)
        if 12 <= h < 13:
            v *= 0.65
    if wd == 0:
        v *= 1.0 + 0.22 * _bump(h, 10, 1.5)
    if wd == 4:
        v *= 1.0 + 0.1 * _bump(h, 15.5, 1.5)
    return max(0.04, min(1.0, v))


def _sea(ts: datetime) -> float:
    """Vessel operations at the ports: 24 h, waves around the shift changes, a little lower at weekends."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.3 + 0.22 * _bump(h, 7, 2) + 0.3 * _bump(h, 15, 2.5) + 0.2 * _bump(h, 22.5, 2)
    return v * (0.85 if wd >= 5 else 1.0)


def _air(ts: datetime) -> float:
    """Air cargo: night freighters (peak around 02:00) and the late-morning belly cargo."""
    h = seoul_hour(ts)
    return 0.22 + 0.45 * _bump(h, 2.0, 2.2) + 0.33 * _bump(h, 11.5, 2.0)


def _ecom(ts: datetime) -> float:
    """E-commerce parcels: express terminals work every day 08–21, the post-광군제 surge grows from 11/11 for
    three days and stays."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    v = 0.1 + 0.36 * _bump(h, 10.5, 2.4) + 0.3 * _bump(h, 15.5, 2.4) + 0.14 * _bump(h, 20.5, 1.6)
    v *= 0.9 if wd >= 5 else 1.0
    days = (loc - datetime(2028, 11, 11, tzinfo=loc.tzinfo)).total_seconds() / 86400
    return max(0.05, min(1.0, v * (1 + 0.45 * min(1.0, max(0.0, days / 3)))))


def _pay(ts: datetime) -> float:
    """Duty payments: weekday banking hours with the rush before the 16:30 cut-off."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.04
    if not 8.5 <= h < 18:
        return 0.05
    return min(1.0, 0.2 + 0.25 * _bump(h, 10.5, 1.5) + 0.55 * _bump(h, 15.9, 0.7))


def _fta(ts: datetime) -> float:
    """Certificates of origin: exporters in office hours, a morning and an afternoon wave."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5 or not 8 <= h < 19:
        return 0.05
    return 0.2 + 0.4 * _bump(h, 10.8, 1.3) + 0.4 * _bump(h, 15.2, 1.4)


def _xray(ts: datetime) -> float:
    """Container scanning: around the clock with the ports, busier in the day."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.35 + 0.28 * _bump(h, 10.5, 3) + 0.28 * _bump(h, 16, 3)
    return v * (0.8 if wd >= 5 else 1.0)


def _night(ts: datetime) -> float:
    """The nightly ETL and batch window 01:00–04:30."""
    return 0.85 if 1 <= seoul_hour(ts) < 4.5 else 0.12


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.55 * (1 if 8.5 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1)


def _training(ts: datetime) -> float:
    """The weekly model retraining on Sunday 02:00–06:00, otherwise idle."""
    loc = _local(ts)
    return 0.9 if loc.weekday() == 6 and 2 <= seoul_hour(ts) < 6 else 0.08


def _steady(ts: datetime) -> float:
    return 0.5


DECL = {
    "cbp-portal", "ipd-was", "epd-was", "duty-calc", "hsc-search", "ORA_CLRP", "ORA_TRFP", "trf-cache", "es-hscode",
    "sso-auth", "sess-redis", "pg-sso", "adc-ext-dj", "adc-int-dj", "djptwb01", "djptwb02", "djclap01", "djclap02",
    "djcldb01", "djcldb02", "djhses01", "djrds02", "DJ-EXT-FW01", "DJ-CORE-SW01", "djmydb01",
}  # fmt: skip
SEA = {"mfcs-sea", "edi-as2-gw", "edi-xlat", "QM_EDI01", "ORA_MFSP", "bwi-stock", "my-bonded", "lb-edi-as2",
       "ffp-portal", "mhub-router", "djedgw01", "djmfap01", "djmfdb01", "djmq01", "EDI-VAN-LINE",
       "kafka-mhub", "djkfk01", "djkfk02", "djkfk03"}  # fmt: skip
AIR = {"mfcs-air"}
ECOM = {"ecp-clear", "ecp-tracking", "express-if", "pccc-verify", "pg-ecp", "ecp-redis", "my-pccc", "rsk-scoring",
        "rsk-model-srv", "feat-redis", "pg-risk", "djecap01", "djecap02", "djecdb01", "djrkap01", "djrkml01",
        "djrds01", "icnexp01", "IC-WAN-RT01", "xai-icn", "icngpu01", "icngpu02", "nas-xray-icn"}  # fmt: skip
PAY_SIDE = {"duty-epay", "refund-engine", "bank-fep", "QM_BANK01", "ORA_PAYP", "djpyap01", "djfep01", "djpydb01",
            "KFTC-FEP-LINE"}  # fmt: skip
FTA_SIDE = {
    "coo-issuer",
    "coo-verify",
    "coo-portal",
    "TBR_FTAP",
    "pki-tsa",
    "djftap01",
    "djftdb01",
    "djpki01",
}
XRAY = {"xai-bsn", "xray-viewer", "pg-xai", "bsngpu01", "bsngpu02", "bsnxdb01", "bsnxap01", "nas-xray-bsn",
        "BS-WAN-RT01"}  # fmt: skip
NIGHT = {"etl-nightly", "BAT_STAT_DAILY", "BAT_HS_SYNC", "dw-gp", "djdwgp01", "djbat01", "djbat02", "san-dj01",
         "ORA_CLRP_DR", "gjdrdb01"}  # fmt: skip
OFFICE = {"stat-portal", "elk-ops", "djlog01", "BAT_DUTY_RECON"}
TRAINING = {"rsk-train", "chd-trade", "ncpsvr-8812043", "NCP-DX-LINK", "obs-trade-archive"}


def _load(name: str):
    for group, shape in (
        (DECL, _decl),
        (SEA, _sea),
        (AIR, _air),
        (ECOM, _ecom),
        (PAY_SIDE, _pay),
        (FTA_SIDE, _fta),
        (XRAY, _xray),
        (NIGHT, _night),
        (OFFICE, _office),
        (TRAINING, _training),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "K1": {0: (6.0, 2.5), 1: (4.5, 11.0), 2: (2.2, 6.5)},
    "K2": {0: (8.0, 6.0), 1: (4.0, 12.0), 2: (2.0, 6.0)},
    "K3": {1: (3.5, 14.0), 2: (2.6, 7.0)},
    "K4": {0: (9.0, 4.0), 1: (5.0, 13.0), 2: (2.3, 6.5)},
    "K5": {0: (7.0, 3.0), 1: (4.5, 12.0), 2: (2.4, 7.0), 3: (1.8, 6.0)},
    "K6": {0: (5.5, 7.0), 1: (4.0, 13.0), 2: (2.1, 6.0)},
    "K7": {0: (8.5, 5.5), 1: (5.0, 14.0), 2: (2.5, 8.0)},
}
EFFECT_OVERRIDE = {
    ("K1", "ipd-was"): (5.2, 26.0),
    ("K2", "mfcs-sea"): (4.8, 29.0),
    ("K3", "xai-bsn"): (4.0, 31.0),
    ("K4", "duty-epay"): (5.5, 33.0),
    ("K5", "rsk-scoring"): (5.0, 28.0),
    ("K6", "coo-issuer"): (4.4, 30.0),
    ("K7", "ecp-clear"): (5.6, 35.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "djcldb01", "djcldb02", "djmfdb01", "djpydb01", "djftdb01", "djecdb01", "djmydb01", "djhses01", "djdwgp01",
    "djrds01", "djrds02", "djkfk01", "djkfk02", "djkfk03", "djmq01", "djlog01", "djbat01", "djbat02", "bsnxdb01",
    "bsngpu01", "bsngpu02", "icngpu01", "gjdrdb01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    gpu0 = rng.uniform(55, 72) if "gpu" in ci["attributes"] else None
    if name == "djlog01":  # ELK: the index volume creeps up
        disk0, growth = 62.5, 1.45
    if name == "djpydb01":  # /arch included
        disk0, growth = 44.0, 0.05
    if name == "djmq01":  # /var/mqm/log included
        disk0, growth = 38.0, 0.02
    load = _load(name)
    for ts, d, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        gpu = None if gpu0 is None else gpu0 * (0.25 + 0.75 * d) + rng.gauss(0, 1.5)
        if name in ("djcldb01", "djcldb02"):  # full scans burn CPU on both RAC nodes
            cpu += 46 * ramp(ts, K1["start"], K1["end"], rise=5, fall=10)
        if name == "djmq01":  # the MQ recovery log fills its file system
            disk += (97.6 + rng.gauss(0, 0.2) - disk) * ramp(ts, K2["start"] - timedelta(minutes=30), K2["end"],
                                                              rise=30, fall=15)  # fmt: skip
        if name == "bsngpu01":  # the GPU is gone: inference on the CPU
            r = ramp(ts, K3["start"], K3["end"], rise=5, fall=10)
            gpu = gpu * (1 - r) + r * abs(rng.gauss(0, 0.3))
            cpu += (96.0 + rng.gauss(0, 0.8) - cpu) * r
            mem += 19 * r
        if name == "bsngpu02":  # takes what it can of the other host's images
            gpu += 24 * ramp(ts, K3["start"], K3["end"], rise=10, fall=10)
        if name == "djpydb01":  # the archive destination fills
            disk += (99.6 + rng.gauss(0, 0.1) - disk) * ramp(ts, K4["start"] - timedelta(minutes=40), K4["end"],
                                                              rise=40, fall=20)  # fmt: skip
        if name == "djrds01":
            mem += 9 * ramp(ts, K5["start"] - timedelta(minutes=40), K5["end"], rise=40, fall=10)
        if name == "djecdb01":  # the anti-wraparound vacuum reads the whole table
            cpu += 31 * ramp(ts, K7["start"], K7["end"], rise=10)
        if name == "icngpu02":
            cpu, gpu = 1.1 + abs(rng.gauss(0, 0.3)), abs(rng.gauss(0, 0.2))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        if gpu is not None:
            row["gpu_usage"] = round(max(0.0, min(gpu, 100.0)), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"BS-WAN-RT01": 5.8, "IC-WAN-RT01": 3.9, "NCP-DX-LINK": 2.6, "KFTC-FEP-LINE": 3.3,
            "EDI-VAN-LINE": 4.4}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
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
    used = {"nas-xray-bsn": (71, 72), "nas-xray-icn": (58, 59), "san-dj01": (63, 64)}.get(name, (30, 45))
    per_day = {"nas-xray-bsn": 0.32, "nas-xray-icn": 0.41}.get(name, 0.05)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "san-dj01" else rng.uniform(1.5, 4.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "san-dj01" and 1 <= seoul_hour(ts) < 4.5:  # the nightly ETL reads
            lat *= 1.6
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "cbp-portal": 240.0, "ffp-portal": 280.0, "coo-portal": 310.0, "sso-auth": 45.0, "ipd-was": 180.0,
    "epd-was": 150.0, "duty-calc": 35.0, "hsc-search": 120.0, "rsk-scoring": 60.0, "rsk-model-srv": 18.0,
    "rsk-train": 620.0, "edi-as2-gw": 85.0, "edi-xlat": 40.0, "mfcs-sea": 140.0, "mfcs-air": 125.0,
    "bwi-stock": 210.0, "mhub-router": 70.0, "xai-bsn": 640.0, "xai-icn": 590.0, "xray-viewer": 420.0,
    "coo-issuer": 260.0, "coo-verify": 330.0, "pki-tsa": 22.0, "duty-epay": 190.0, "refund-engine": 350.0,
    "bank-fep": 95.0, "BAT_DUTY_RECON": 600.0, "ecp-clear": 110.0, "ecp-tracking": 55.0, "express-if": 140.0,
    "pccc-verify": 25.0, "etl-nightly": 610.0, "BAT_STAT_DAILY": 640.0, "BAT_HS_SYNC": 560.0,
    "stat-portal": 380.0, "elk-ops": 90.0,
    "ORA_CLRP": 4.2, "ORA_CLRP_DR": 5.5, "ORA_MFSP": 3.6, "ORA_TRFP": 1.8, "ORA_PAYP": 3.1, "TBR_FTAP": 3.9,
    "pg-risk": 2.2, "pg-xai": 2.8, "pg-ecp": 2.5, "pg-sso": 1.4, "my-bonded": 1.9, "my-pccc": 1.2,
    "es-hscode": 14.0, "dw-gp": 45.0, "chd-trade": 120.0,
    "trf-cache": 0.3, "feat-redis": 0.45, "ecp-redis": 0.38, "sess-redis": 0.32,
    "kafka-mhub": 3.5, "QM_EDI01": 6.0, "QM_BANK01": 4.5,
    "adc-ext-dj": 1.2, "adc-int-dj": 0.9, "lb-edi-as2": 1.0,
}  # fmt: skip
REQUEST_RATE = {
    "cbp-portal": 820.0, "ffp-portal": 460.0, "coo-portal": 150.0, "sso-auth": 1400.0, "ipd-was": 640.0,
    "epd-was": 910.0, "duty-calc": 1500.0, "hsc-search": 380.0, "rsk-scoring": 2600.0, "rsk-model-srv": 2100.0,
    "edi-as2-gw": 1250.0, "mfcs-sea": 520.0, "mfcs-air": 430.0, "bwi-stock": 290.0, "mhub-router": 760.0,
    "xai-bsn": 2.9, "xai-icn": 4.1, "xray-viewer": 35.0, "coo-issuer": 95.0, "coo-verify": 40.0, "pki-tsa": 480.0,
    "duty-epay": 210.0, "refund-engine": 60.0, "bank-fep": 340.0, "ecp-clear": 1850.0, "ecp-tracking": 5200.0,
    "express-if": 980.0, "pccc-verify": 1700.0, "stat-portal": 120.0,
    "ORA_CLRP": 14200.0, "ORA_MFSP": 6100.0, "ORA_PAYP": 2900.0, "TBR_FTAP": 1300.0, "pg-ecp": 9800.0,
    "pg-risk": 4200.0, "feat-redis": 31000.0, "ecp-redis": 18500.0, "trf-cache": 9400.0, "sess-redis": 6200.0,
    "kafka-mhub": 8800.0, "QM_EDI01": 2300.0, "QM_BANK01": 410.0, "adc-ext-dj": 7400.0, "adc-int-dj": 3300.0,
    "lb-edi-as2": 1300.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "trf-cache": (41.0, 3.0), "feat-redis": (62.0, 8.0), "ecp-redis": (55.0, 10.0), "sess-redis": (38.0, 6.0),
    "kafka-mhub": (47.0, 8.0), "QM_EDI01": (33.0, 6.0), "QM_BANK01": (28.0, 4.0),
}  # fmt: skip
CPU_DB = {
    "ORA_CLRP": (24.0, 38.0),
    "pg-ecp": (18.0, 30.0),
    "ORA_PAYP": (15.0, 25.0),
    "es-hscode": (20.0, 25.0),
}
BATCH_HOURS = {"etl-nightly": (1.0, 4.5), "BAT_STAT_DAILY": (5.0, 5.8), "BAT_HS_SYNC": (4.0, 4.6)}


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
            if inc is K2 and name in ("QM_EDI01", "edi-as2-gw"):
                req *= 1 - 0.55 * r  # puts refused
            if inc is K3 and name == "xai-bsn":
                req *= 1 - 0.5 * r  # half the images wait
            if inc is K4 and name == "duty-epay":
                req *= 1 + 0.4 * r  # brokers retry payments before the cut-off
            if inc is K7 and name in ("ecp-clear", "pg-ecp"):
                req *= 1 - 0.4 * r
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
            if name == "feat-redis":  # 7-day TTL: the key space grows from 19:30 until maxmemory
                mem += (99.1 + rng.gauss(0, 0.2) - mem) * ramp(
                    ts, kst(12, 19, 35), K5["end"], rise=65, fall=10
                )
            if name == "QM_EDI01":  # messages held in the buffers while puts fail
                mem += 17 * ramp(ts, K2["start"], K2["end"], rise=10, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "ORA_CLRP":
                cpu += (96.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, K1["start"], K1["end"], rise=5, fall=10)
            if name == "pg-ecp":
                cpu += 34 * ramp(ts, K7["start"], K7["end"], rise=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly ETL, the statistics and HS batches, the duty reconciliation and the AS2 certificate."""
    rows = []
    for d in range(5, 16):
        weekday = datetime(2028, 11, d).weekday()
        rows.append((d, 1, 0, "etl-nightly", "info", "batch_job", "DW 야간 적재 시작 (dag dw_nightly_load)"))
        rows.append((d, 4, 21, "etl-nightly", "info", "batch_job", "DW 야간 적재 완료"))
        rows.append(
            (d, 4, 0, "BAT_HS_SYNC", "info", "batch_job", "HS 관세율표 변경분 동기화, es-hscode 색인 갱신")
        )
        rows.append((d, 5, 0, "BAT_STAT_DAILY", "info", "batch_job", "무역통계 일일 집계 시작 (전일 수리분)"))
        rows.append((d, 5, 38, "BAT_STAT_DAILY", "info", "batch_job", "무역통계 일일 집계 완료"))
        if weekday < 5:
            rows.append(
                (d, 18, 30, "BAT_DUTY_RECON", "info", "batch_job", "관세 수납 대사 시작 (17개 은행 수납내역)")
            )
            if d != 10:
                rows.append(
                    (d, 18, 52, "BAT_DUTY_RECON", "info", "batch_job", "관세 수납 대사 완료, 불일치 0건")
                )
        left = (datetime(2028, 11, 26) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 0, "lb-edi-as2", "warning", "cert_expiry",
             f"AS2 server certificate as2.hgcn.co.kr expires in {left} days (2028-11-26), manual renewal (KICA)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (5, 14, 0, "ORA_CLRP_DR", "info", "replication", "Data Guard apply lag 4s (정상)"),
    (5, 22, 0, "ORA_CLRP", "info", "config_change", "옵티마이저 통계 수집 (GATHER_SCHEMA_STATS CLR, estimate AUTO) 완료"),
    (6, 8, 50, "ipd-was", "info", "deployment", "ipd-was 11.3.0 배포 (수입신고 정정 화면 개선)"),
    (6, 10, 30, "djlog01", "warning", "threshold_breach", "disk_usage above 65% on /data/elastic"),
    (6, 17, 0, "djmq01", "info", "maintenance", "OS 보안패치 (RHEL 8.10 커널) 후 재기동, mqm 로그 정리 cron 임시 중지"),
    (7, 13, 30, "mfcs-sea", "info", "deployment", "mfcs-sea 8.4.2 배포 (CUSCAR 컨테이너 봉인번호 필드)"),
    (7, 16, 0, "ipd-was-stg", "info", "deployment", "ipd-was-stg 11.4.0-rc1 배포"),
    (8, 11, 0, "mfcs-sea", "info", "batch_job", "입항 적하목록 대량 수신: HMM ALGECIRAS (23,964 TEU) 부산신항 입항 예정"),
    (8, 15, 20, "bsngpu02", "info", "config_change", "NVIDIA 드라이버 550.90.07 업데이트 (bsngpu02 단독)"),
    (8, 22, 10, "xai-bsn", "info", "deployment", "xai-bsn 3.4.0 배포 (모델 xcargo-det-v34, 냉동컨테이너 은닉 탐지 개선)"),
    (9, 1, 50, "bsngpu01", "warning", "hardware", "GPU2 temperature 89C, clocks throttled (HW Slowdown)"),
    (9, 10, 0, "icngpu02", "info", "maintenance", "GPU 보드 RMA 교체 작업 (서비스 제외, xai-icn 단일 노드 운영)"),
    (9, 10, 30, "djlog01", "warning", "threshold_breach", "disk_usage above 70% on /data/elastic"),
    (10, 1, 35, "ORA_PAYP", "warning", "backup", "RMAN archivelog backup FAILED: ORA-19504 failed to create file (백업 채널 할당 오류)"),
    (10, 15, 45, "duty-epay", "info", "deployment", "duty-epay 4.9.1 배포 (카드 납부 수수료 안내 문구)"),
    (11, 0, 0, "duty-calc", "info", "batch_job", "과세환율 주간 갱신 (11/12~11/18 적용)"),
    (11, 9, 0, "ORA_CLRP_DR", "info", "maintenance", "DR 전환 훈련 (스냅샷 스탠바이 전환, 읽기 검증 후 복귀)"),
    (11, 12, 30, "ORA_CLRP_DR", "info", "maintenance", "DR 전환 훈련 종료, 물리 스탠바이 복귀 (apply lag 0s)"),
    (11, 23, 0, "ecp-clear", "info", "change_notice", "광군제 특송물량 대비 목록통관 AP 증설 (instances 8 → 10)"),
    (12, 2, 0, "rsk-train", "info", "batch_job", "위험선별 모델 주간 재학습 시작 (xgb-target-v41 후보)"),
    (12, 5, 40, "rsk-train", "info", "batch_job", "주간 재학습 완료, 검증 AUC 0.912 (배포 보류)"),
    (12, 19, 30, "feat-redis", "info", "config_change", "피처 TTL 변경 1일 → 7일 (재사용률 개선 요청 RSK-2291)"),
    (12, 20, 15, "rsk-scoring", "info", "deployment", "rsk-scoring 5.1.0 배포 (특송 신고 피처 3종 추가)"),
    (13, 10, 0, "djlog01", "warning", "threshold_breach", "disk_usage above 75% on /data/elastic"),
    (13, 14, 0, "cbp-portal-stg", "info", "maintenance", "검증계 포털 점검 (WAS 이중화 재구성)"),
    (13, 18, 0, "pki-tsa", "info", "config_change", "Luna HSM client 10.4 → 10.7 업그레이드"),
    (14, 10, 40, "coo-issuer", "info", "deployment", "coo-issuer 5.6.3 배포 (RCEP 원산지 기준 코드 추가)"),
    (14, 16, 0, "pg-ecp", "info", "config_change", "autovacuum_freeze_max_age 200000000 → 150000000 (재기동 적용)"),
    (14, 17, 30, "ecp-clear", "info", "change_notice", "특송 반입 물량 전주 대비 +41% (광군제), 야간 심사 인력 증원"),
    (15, 9, 40, "express-if", "info", "deployment", "express-if 1.12.0 배포 (특송업체 반출승인 통보 재전송 로직)"),
    # K1 (Monday declaration rush)
    (6, 9, 16, "ORA_CLRP", "warning", "performance", "SQL_ID 7f2kq9c1m4x0z plan hash changed 1839204711 → 3308172254 (TABLE ACCESS FULL IMP_DECL_ITEM)"),
    (6, 9, 19, "ORA_CLRP", "critical", "performance", "CPU 96% on both RAC instances, 'direct path read' top wait, AAS 180"),
    (6, 9, 22, "ipd-was", "critical", "error", "수입신고 조회/저장 타임아웃 26%, JEUS 스레드 풀 고갈"),
    (6, 9, 25, "epd-was", "major", "error", "수출신고 수리 처리 지연 (DB 응답 지연)"),
    (6, 9, 31, "cbp-portal", "warning", "error", "관세사 포털 신고서 전송 응답 지연 (upstream ipd-was)"),
    (6, 9, 58, "ORA_CLRP", "info", "config_change", "SQL plan baseline 적용 (SQL_ID 7f2kq9c1m4x0z, 기존 plan 고정)"),
    (6, 10, 15, "ipd-was", "info", "recovery", "수입신고 처리 정상"),
    # K2 (Tuesday afternoon)
    (7, 13, 40, "djmq01", "warning", "disk", "/var/mqm/log 85% used"),
    (7, 14, 6, "QM_EDI01", "critical", "queue", "AMQ7463W: The log for queue manager QM_EDI01 is full"),
    (7, 14, 9, "QM_EDI01", "critical", "queue", "MQRC_RESOURCE_PROBLEM (2102) on MQPUT, channel EDI.CARRIER.SVRCONN retrying"),
    (7, 14, 11, "edi-as2-gw", "major", "error", "선사 EDI 수신 적재 실패 (MQ put 2102), AS2 MDN 지연"),
    (7, 14, 13, "mfcs-sea", "critical", "error", "해상 적하목록 처리 실패 29% (큐 적재 오류)"),
    (7, 14, 16, "mfcs-air", "major", "error", "항공 적하목록 (House AWB) 처리 지연"),
    (7, 14, 24, "bwi-stock", "warning", "error", "반입신고 적하목록 대사 실패 증가"),
    (7, 14, 50, "QM_EDI01", "info", "config_change", "비활성 로그 익스텐트 아카이브 (rcdmqimg 후 정리), 로그 정리 cron 재개"),
    (7, 15, 5, "mfcs-sea", "info", "recovery", "적하목록 처리 정상, 적체분 재처리"),
    # K3 (Busan night shift)
    (9, 2, 31, "bsngpu01", "critical", "hardware", "NVRM: Xid 79, GPU has fallen off the bus (GPU2, PCI 0000:4b:00.0)"),
    (9, 2, 34, "xai-bsn", "critical", "error", "추론 워커 CUDA error, CPU 폴백 전환, 판독 대기열 1,860건"),
    (9, 2, 40, "xai-bsn", "major", "latency", "X-ray 영상 판독 지연 (평균 3.9s/건)"),
    (9, 2, 44, "xray-viewer", "warning", "error", "AI 판독 결과 미수신 컨테이너 증가 (판독관 수동 판독 전환)"),
    (9, 3, 18, "bsngpu01", "info", "maintenance", "노드 드레인 후 재기동, GPU2 인식 확인"),
    (9, 3, 30, "xai-bsn", "info", "recovery", "판독 정상, 대기열 해소"),
    # K4 (Friday payment cut-off)
    (10, 15, 40, "djpydb01", "warning", "disk", "/arch 88% used"),
    (10, 16, 11, "ORA_PAYP", "critical", "database", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved."),
    (10, 16, 14, "duty-epay", "critical", "error", "관세 납부 처리 실패 33% (DB 세션 hang), 은행 수납 통지 보류"),
    (10, 16, 18, "refund-engine", "major", "error", "환급금 지급 결의 저장 지연"),
    (10, 16, 24, "cbp-portal", "warning", "error", "관세사 포털 납부 화면 오류 증가"),
    (10, 16, 52, "ORA_PAYP", "info", "config_change", "아카이브로그 수동 백업 후 삭제 (RMAN BACKUP ARCHIVELOG ALL DELETE INPUT)"),
    (10, 17, 10, "duty-epay", "info", "recovery", "전자납부 정상 (마감 연장 17:30 은행 협조)"),
    (10, 19, 20, "BAT_DUTY_RECON", "major", "batch_job", "수납 대사 불일치 312건 (16:10~17:05 미통지분), 수작업 대사 요청"),
    # K5 (Sunday evening)
    (12, 20, 30, "feat-redis", "warning", "memory", "used_memory 30.9GB / maxmemory 32GB"),
    (12, 20, 42, "feat-redis", "critical", "memory", "maxmemory reached, evicted_keys 1.3M/min (allkeys-lru)"),
    (12, 20, 45, "rsk-scoring", "critical", "error", "피처 조회 miss 71%, pg-risk 재계산 폴백, SLA 300ms 초과 28%"),
    (12, 20, 52, "ecp-clear", "major", "error", "위험선별 응답 지연, 목록통관 심사 대기 증가"),
    (12, 21, 3, "express-if", "warning", "error", "반출승인 통보 지연 (특송업체 재조회 증가)"),
    (12, 21, 25, "feat-redis", "info", "config_change", "피처 TTL 원복 7일 → 1일, 만료 키 정리"),
    (12, 21, 40, "rsk-scoring", "info", "recovery", "스코어링 응답 정상"),
    # K6 (Tuesday late morning)
    (14, 11, 1, "pki-tsa", "warning", "performance", "HSM session pool 240/256 in use"),
    (14, 11, 4, "pki-tsa", "critical", "error", "C_OpenSession failed: CKR_SESSION_COUNT (pool 256/256 exhausted)"),
    (14, 11, 7, "coo-issuer", "critical", "error", "원산지증명서 전자서명 실패 30%, 발급 대기"),
    (14, 11, 10, "coo-verify", "major", "error", "EODES 교환 전문 서명 실패 (중국 해관 전송 보류)"),
    (14, 11, 18, "coo-portal", "warning", "error", "발급 신청 처리 지연 안내 팝업 노출"),
    (14, 11, 50, "pki-tsa", "info", "config_change", "Luna client 10.4 롤백 후 재기동"),
    (14, 12, 0, "coo-issuer", "info", "recovery", "원산지증명서 발급 정상, 대기분 재처리"),
    # K7 (Wednesday, ongoing)
    (15, 10, 6, "pg-ecp", "warning", "database", "autovacuum: VACUUM public.parcel_item (to prevent wraparound) running, 1.9TB to scan"),
    (15, 10, 9, "pg-ecp", "critical", "database", "1,420 sessions waiting on LWLock BufferMapping / IO DataFileRead, parcel_item inserts stalled"),
    (15, 10, 12, "ecp-clear", "critical", "error", "목록통관 처리 타임아웃 35% (DB 응답 지연), 반입 신고 적체"),
    (15, 10, 21, "ecp-tracking", "major", "error", "통관진행 조회 응답 지연 (쇼핑몰 API 타임아웃)"),
    (15, 10, 24, "express-if", "warning", "error", "특송업체 목록 수신 ACK 지연"),
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
    generate(NAME, "customs-trade", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
