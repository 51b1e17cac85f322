"""Generate the health-insurance claims review estate (tests/fixtures/health-claims/, interchange format) and its faults.

A Korean national health-insurance claims review operator (국민의료심사원, KMRI — 건강보험 심사평가): EDI claim intake
from about 98 000 hospitals, clinics and pharmacies (`edi-gw` behind `adc-edi`, the EDI VAN line `line-ktnet`) into
`claim-intake` on the Tibero TAC claims DB `clmdb` and the IBM MQ hub `QM_HUB01`; the claim validation rules engine
`claim-validator` (전산점검, also the 사전점검 the EDI gateway answers hospitals with); the reviewers' workbench
`review-wb` (심사) and the auto-assignment `review-assign` on the Oracle RAC `rvwdb` (its LUNs on the Hitachi array
`vsp-mc01`); the real-time DUR checks of pharmacies and clinics `dur-rt` (behind `adc-dur`) on the Altibase
in-memory DB `durdb` and the interaction-rule cache `redis-dur`; the eligibility lookups `elig-api` on the Tibero
DB `elidb` with `redis-elig` and the NHIS link `line-nhis` (the nightly `jb_elig_sync`); payment `pay-settle` on
`paydb`, the bank FEP `bank-fep` over the KFTC line `line-kftc`, the daily transfer batch `jb_pay_run` and the MQ
`QM_HUB02`; the provider portal `provider-portal` (요양기관 업무포털) on MariaDB `ptldb`; the member app
(`mapp-bff`, `mapp-auth`, managed PostgreSQL `mappdb`, managed Redis `gcz-redis-mapp`) and the fraud-detection ML
scoring (`fds-scorer`, `fds-feature`, Kafka `kafka-fds`, `fdsdb`) in the government cloud zone; the code master
(`code-master` on PostgreSQL `coddb`, nightly `jb_code_publish` of 수가/약가/DUR rules); paper-claim scanning and
OCR (`ocr-ingest` on `ocrdb`, the scan stations of 본원, 서울지원, 대구지원 and the image NAS `nas-scan01`); the
statistics DW (`dwhdb`, `jb_dw_load`, `stat-portal`); the nightly claim close `jb_claim_close` and the weekly model
retrain `jb_fds_retrain`. Sites 주전산센터(원주) (main DC), 본원(원주) (HQ), DR센터(광주), 정부클라우드존(대전), 서울지원
and 대구지원; environments prod, stg, dev; owners are teams.

Naming (unlike the earlier estates): on-premises servers in the public-sector SI convention without separators,
`{site}{env}{system}{role}{nn}` (`mcpclmdb01` = main centre, prod, claims, DB, 01; `mcsdurap01` stg; `hqpocrsc01`
HQ scan station; `drpclmdb01` DR), database CIs by their short DB names (`clmdb`, `rvwdb`, `elidb`, `clmdb-dr`),
IBM MQ queue managers in upper snake case (`QM_HUB01`, `QM_HUB02`), batch jobs as `jb_` snake case
(`jb_pay_run`), business services as English kebab case (`claim-intake`, `dur-rt`), government-cloud instances by
their instance ids (`gcz-i-7a31c0e2`), load balancers as ADCs (`adc-edi`, `gclb-mapp`), lines by carrier or
counterpart (`line-kftc`, `line-nhis`, `line-ktnet`) and storage by product (`vsp-mc01`, `pure-mc02`).

Seven injected incidents (times KST; now = Monday 2028-03-13 10:20, the Monday-morning clinic and pharmacy peak;
the window is the 10 days before; claims pour in over the first ten days of the month (the 10th is the last day
most providers submit), clinics and pharmacies run weekdays 09–18 with a Monday peak and Saturday mornings, the
reviewers work office hours, the daily payment transfer runs at 14:30 on weekdays, the member app peaks in the
evenings and at weekends, the nightly code publish, eligibility sync, DW load and claim close run at night):
  H1 Fri 03 14:40–15:35  during the daily payment transfer the KFTC line `line-kftc` loses packets (a faulty optical
                         connector at the carrier): bank-fep (loudest, deployed at 13:50), pay-settle, jb_pay_run
  H2 Mon 06 10:05–11:00  (early-month Monday claims peak) clmdb's archive-log destination fills (the archive-log
                         backup has failed since the backup agent upgrade on Sunday) and commits hang:
                         claim-intake (loudest, deployed at 09:40), claim-validator, edi-gw
  H3 Tue 07 10:10–11:05  a failed drive in `vsp-mc01` starts a correction copy that degrades host I/O: rvwdb,
                         review-wb (loudest, deployed at 09:50), pay-settle
  H4 Wed 08 14:10–15:05  after an MQ fix pack on QM_HUB01 a cluster channel keeps retrying, the transmission queue
                         fills and puts fail with MQRC_Q_FULL: ocr-ingest (loudest, deployed at 13:55),
                         claim-intake, edi-gw
  H5 Fri 10 09:20–10:15  (deadline Friday, pharmacy peak) redis-dur reaches maxmemory under the new noeviction
                         policy after the night's rule publish doubled the interaction rules: dur-rt (loudest,
                         deployed at 08:50), mapp-bff, provider-portal
  H6 Sat 11 10:30–11:25  a new antivirus full-scan schedule saturates the CPU of `mcprulap01`: claim-validator
                         (loudest, rule set deployed Friday 18:30), review-assign, edi-gw
  H7 Mon 13 09:45–now    after this morning's statistics gathering the optimizer turns the eligibility history
                         lookups of elidb into full scans: elig-api (loudest), dur-rt, mapp-bff (deployed at 09:30)
                         (ongoing)
Confounders: the month-start claims rush and the 10th, the Monday clinic peak, the nightly batches, the weekly
model retrain on Sunday night, the DR drill on Sunday 5, deploys near every incident, the shared Redis host, the
log server `mcpmonap01`'s disk creeping up, the EDI ADC certificate for edi.kmri.or.kr expiring on 2028-03-24
(warned daily), the scan station `dgpocrsc01` and `review-wb-stg` in maintenance, the retired `edi-legacy-ftp`.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/hcl_golden.py) are computed from the files.

    .venv/bin/python bench/hcl_estate.py   # rewrites tests/fixtures/health-claims*
"""

from __future__ import annotations

import gzip
import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import FIXTURES, incident_hops, ramp
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

NAME = "health-claims"
NOW = datetime(2028, 3, 13, 1, 20, tzinfo=UTC)  # Monday 2028-03-13 10:20 KST
START = NOW - timedelta(days=10)  # Friday 2028-03-03 10:20 KST
SEED = 20280313
SITES = {
    "M": "주전산센터(원주)",
    "H": "본원(원주)",
    "R": "DR센터(광주)",
    "G": "정부클라우드존(대전)",
    "S": "서울지원",
    "D": "대구지원",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-03")

EDI, REVIEW, DUR, ELIG = "청구접수운영부", "심사시스템부", "DUR운영팀", "자격연계팀"
PAY, PORTAL, MAPP, FDS = "지급정산부", "대외서비스팀", "mobile-squad", "ai-fds-lab"
CODE, OCR, DATA, INFRA = "기준정보부", "문서처리팀", "통계정보부", "인프라운영부"
DBA, NET, CLOUD = "DB관리팀", "정보보호·네트워크부", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- claim intake and validation
    "edi-gw": ("service", EDI, "M", "P", ["mcpediap01", "mcpediap02"],
               ["claim-intake", "claim-validator", "code-master"],
               {"desc": "EDI 청구 송수신 게이트웨이 (요양기관 청구명세서 수신, 사전점검 결과 회신)",
                "product": "자체개발 (Java 17, Spring Boot 3.2)", "version": "6.4.2", "providers": 98540,
                "protocol": "KEDI 전문 over HTTPS (공동인증서 서명)", "port": 8443, "grade": "1등급"}),
    "claim-intake": ("service", EDI, "M", "P", ["mcpclmap01", "mcpclmap02"], ["clmdb", "QM_HUB01", "code-master"],
                     {"desc": "청구서 접수/파싱 (명세서 적재, 접수번호 채번)", "product": "자체개발 (Java 17)",
                      "version": "9.2.0", "claims_per_day_peak": 4200000, "instances": 8, "grade": "1등급"}),
    "claim-validator": ("service", REVIEW, "M", "P", ["mcprulap01"], ["clmdb", "code-master", "elig-api"],
                        {"desc": "청구 전산점검 룰엔진 (사전점검/전산심사)", "product": "Drools 8 + 자체 룰 DSL",
                         "version": "2028.03.1", "rules": 18650, "grade": "1등급"}),
    # ---------------------------------------------------------------- review (심사)
    "review-wb": ("service", REVIEW, "M", "P", ["mcprvwap01", "mcprvwap02"],
                  ["rvwdb", "clmdb", "code-master", "fds-scorer"],
                  {"desc": "심사 워크벤치 (심사직원/심사위원 명세서 심사, 조정/삭감 입력)",
                   "product": "자체개발 (Java 11, WebSquare UI)", "version": "12.8.0", "reviewers": 1480,
                   "grade": "1등급"}),
    "review-assign": ("service", REVIEW, "M", "P", ["mcprvwap02"], ["claim-validator", "rvwdb", "QM_HUB01"],
                      {"desc": "심사 자동배정 (진료과/난이도별 심사자 배정)", "product": "자체개발 (Java 11)",
                       "version": "3.5.4", "grade": "2등급"}),
    # ---------------------------------------------------------------- DUR and eligibility
    "dur-rt": ("service", DUR, "M", "P", ["mcpdurap01", "mcpdurap02"], ["durdb", "redis-dur", "elig-api", "code-master"],
               {"desc": "DUR 실시간 점검 (처방/조제 시 병용금기, 연령금기, 중복처방 점검)",
                "product": "자체개발 (C++ 엔진 + Java 17 API)", "version": "4.2.0", "sla_ms": 300,
                "pharmacies": 24870, "clinics": 71200, "grade": "1등급"}),
    "elig-api": ("service", ELIG, "M", "P", ["mcpeliap01"], ["elidb", "redis-elig", "line-nhis"],
                 {"desc": "수진자 자격조회 (건강보험/의료급여 자격, 산정특례)", "product": "자체개발 (Java 17)",
                  "version": "5.1.3", "cache_ttl_s": 600, "grade": "1등급"}),
    # ---------------------------------------------------------------- payment
    "pay-settle": ("service", PAY, "M", "P", ["mcppayap01"], ["paydb", "rvwdb", "bank-fep", "QM_HUB02"],
                   {"desc": "심사결과 지급결정/정산 (요양급여비용 지급, 공단 통보)", "product": "자체개발 (Java 11)",
                    "version": "7.0.6", "banks": 17, "grade": "1등급"}),
    "bank-fep": ("service", PAY, "M", "P", ["mcpfepap01"], ["line-kftc", "QM_HUB02"],
                 {"desc": "은행 대외계 FEP (금융결제원 CMS 이체 전문)", "product": "자체개발 (C, 전문 중계)",
                  "version": "3.9.1", "counterpart": "금융결제원", "port": 7200, "grade": "1등급"}),
    "notice-sender": ("service", PORTAL, "M", "P", ["mcpfepap01"], ["QM_HUB02"],
                      {"desc": "알림톡/SMS 발송 (심사결과, 지급 통보)", "product": "자체개발 (Node.js 20)",
                       "version": "2.3.0", "daily_quota": 3000000, "grade": "3등급"}),
    # ---------------------------------------------------------------- portals, member app
    "provider-portal": ("service", PORTAL, "M", "P", ["mcpptlwb01"],
                        ["ptldb", "redis-ptl", "dur-rt", "pay-settle", "code-master"],
                        {"desc": "요양기관 업무포털 (청구 현황, 심사결과 통보서, 지급 내역, DUR 조회)",
                         "product": "eGovFrame 4.2 (Java 11)", "version": "8.3.1", "endpoint": "biz.kmri.or.kr",
                         "grade": "2등급"}),
    "mapp-bff": ("service", MAPP, "G", "P", ["gcz-i-7a31c0e2", "gcz-i-7a31c0f5"],
                 ["mapp-auth", "elig-api", "dur-rt", "mappdb", "gcz-redis-mapp"],
                 {"desc": "국민 모바일앱 BFF (내 진료정보, 내가 먹는 약, 비급여 진료비)",
                  "product": "Node.js 20 (NestJS)", "version": "3.14.0", "mau": 2650000, "pods": 10,
                  "grade": "2등급"}),
    "mapp-auth": ("service", MAPP, "G", "P", ["gcz-i-7a31c0f5"], ["mappdb", "gcz-redis-mapp"],
                  {"desc": "모바일앱 간편인증/본인확인 (민간인증서, PASS)", "product": "Spring Boot 3.2",
                   "version": "1.9.7", "grade": "2등급"}),
    # ---------------------------------------------------------------- fraud detection
    "fds-scorer": ("service", FDS, "G", "P", ["gcz-i-b9d4e611"], ["fdsdb", "kafka-fds"],
                   {"desc": "부당청구 탐지 ML 스코어링 (명세서 위험점수)", "product": "Python 3.11 (Triton 24.05)",
                    "version": "2.7.1", "model": "xgb-fraud-v14", "alert_threshold": 0.82, "gpu": "NVIDIA A100 40GB",
                    "grade": "2등급"}),
    "fds-feature": ("service", FDS, "G", "P", ["gcz-i-b9d4e7a0"], ["kafka-fds", "fdsdb", "QM_HUB01"],
                    {"desc": "FDS 피처 적재 (청구 이벤트 → 피처 스토어)", "product": "Flink 1.18",
                     "version": "1.4.0", "grade": "3등급"}),
    # ---------------------------------------------------------------- master data, OCR, statistics, ops
    "code-master": ("service", CODE, "M", "P", ["mcpcodap01"], ["coddb"],
                    {"desc": "기준정보 (수가/약가/치료재료 EDI 코드, KCD 상병코드) 조회 API",
                     "product": "자체개발 (Java 17)", "version": "4.0.8", "kcd_version": "KCD-8", "kcd_revised": "2026-01-01",
                     "edi_codes": 52380, "grade": "1등급"}),
    "ocr-ingest": ("service", OCR, "M", "P", ["mcpocrap01"], ["ocrdb", "QM_HUB01", "nas-scan01"],
                   {"desc": "종이청구 스캔/OCR 파이프라인 (서면청구, 진료기록 사본)", "product": "자체개발 + 국산 OCR 엔진",
                    "version": "2.2.5", "pages_per_day": 185000, "grade": "3등급"}),
    "stat-portal": ("service", DATA, "H", "P", ["hqpstaap01"], ["dwhdb"],
                    {"desc": "통계 포털 (진료비 통계, 심사 실적)", "product": "Tableau Server 2024.2",
                     "version": "2024.2.3", "workbooks": 356, "grade": "3등급"}),
    "apm-scouter": ("service", INFRA, "M", "P", ["mcpmonap01"], [],
                    {"desc": "APM (Java 서비스 성능 모니터링)", "product": "Scouter 2.20", "version": "2.20.0",
                     "agents": 164, "grade": "3등급"}),
    "log-elk": ("service", INFRA, "M", "P", ["mcpmonap01"], [],
                {"desc": "로그 통합 수집", "product": "Elasticsearch 8.13 + Logstash", "version": "8.13.4",
                 "retention_days": 30, "grade": "3등급"}),
    # ---------------------------------------------------------------- batch jobs
    "jb_elig_sync": ("batch", ELIG, "M", "P", ["mcpbatbt01"], ["elidb", "line-nhis"],
                     {"desc": "공단 자격변동분 수신/반영", "product": "Spring Batch 5.1", "version": "2.6.0",
                      "schedule": "매일 03:10"}),
    "jb_pay_run": ("batch", PAY, "M", "P", ["mcpbatbt01"], ["pay-settle", "bank-fep", "paydb"],
                   {"desc": "요양급여비용 일일 지급 이체", "product": "Spring Batch 5.1", "version": "4.1.2",
                    "schedule": "평일 14:30"}),
    "jb_code_publish": ("batch", CODE, "M", "P", ["mcpbatbt01"], ["coddb", "durdb", "redis-dur"],
                        {"desc": "기준정보/DUR 룰 배포 (고시 적용일 기준)", "product": "Spring Batch 5.1",
                         "version": "1.12.3", "schedule": "매일 00:10"}),
    "jb_dw_load": ("batch", DATA, "M", "P", ["mcpbatbt01"], ["dwhdb", "clmdb", "rvwdb", "paydb"],
                   {"desc": "통계 DW 야간 적재", "product": "Apache Airflow 2.9", "version": "2.9.2",
                    "schedule": "매일 01:30"}),
    "jb_claim_close": ("batch", EDI, "M", "P", ["mcpbatbt01"], ["clmdb", "rvwdb"],
                       {"desc": "일일 접수 마감/심사 이관", "product": "Tibero PSM + shell", "version": "1.3.0",
                        "schedule": "매일 23:00"}),
    "jb_fds_retrain": ("batch", FDS, "G", "P", ["gcz-i-b9d4e611"], ["fdsdb", "dwhdb"],
                       {"desc": "FDS 모델 주간 재학습", "product": "Kubeflow Pipelines 2.2", "version": "0.9.4",
                        "schedule": "매주 일 02:00"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "claim-intake-stg": ("service", EDI, "M", "S", ["mcsclmap01"], ["clmdb-stg"],
                         {"desc": "청구 접수 (검증계)", "version": "9.3.0-rc1"}),
    "review-wb-stg": ("service", REVIEW, "M", "S", ["mcsclmap01"], ["clmdb-stg"],
                      {"desc": "심사 워크벤치 (검증계)", "version": "12.9.0-rc2"}),
    "dur-rt-stg": ("service", DUR, "M", "S", ["mcsdurap01"], [],
                   {"desc": "DUR 실시간 점검 (검증계, SW 업체 연동 테스트)", "version": "4.3.0-rc1"}),
    "provider-portal-dev": ("service", PORTAL, "M", "D", ["mcdcomap01"], [],
                            {"desc": "요양기관 업무포털 (개발계)", "version": "8.4.0-SNAPSHOT"}),
    "mapp-bff-dev": ("service", MAPP, "G", "D", ["gcz-i-5d2e9f10"], [],
                     {"desc": "모바일앱 BFF (개발계)", "version": "3.15.0-dev"}),
    "fds-scorer-dev": ("service", FDS, "G", "D", ["gcz-i-5d2e9f10"], [],
                       {"desc": "FDS 스코어링 (개발계)", "version": "2.8.0-dev", "model": "xgb-fraud-v15-cand"}),
    "edi-legacy-ftp": ("service", EDI, "M", "P", [], [],
                       {"desc": "구 EDI FTP 수신 (2025년 edi-gw로 전환)", "version": "1.7.3",
                        "decommissioned": "2025-12-31"}),
    # ---------------------------------------------------------------- databases
    "clmdb": ("database", DBA, "M", "P", ["mcpclmdb01", "mcpclmdb02"], [],
              {"engine": "tibero", "version": "7.2.1", "product": "Tibero 7 TAC (2노드)", "nodes": 2, "port": 8629,
               "db_name": "CLMDB", "size_tb": 48.5, "archive_dest": "/tbarch (12TB)", "desc": "청구명세서 DB"}),
    "rvwdb": ("database", DBA, "M", "P", ["mcprvwdb01", "mcprvwdb02"], ["vsp-mc01"],
              {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c RAC", "nodes": 2,
               "port": 1521, "db_name": "RVWP", "size_tb": 31.2, "desc": "심사결과/조정내역 DB"}),
    "durdb": ("database", DBA, "M", "P", ["mcpdurdb01"], [],
              {"engine": "altibase", "version": "7.3.0.0.6", "product": "Altibase 7.3 (인메모리)", "port": 20300,
               "db_name": "DURDB", "mem_max_db_size_gb": 256, "desc": "DUR 처방/조제 내역 (최근 1년)"}),
    "elidb": ("database", DBA, "M", "P", ["mcpelidb01"], [],
              {"engine": "tibero", "version": "6.9.4", "product": "Tibero 6 FS07", "port": 8629, "db_name": "ELIDB",
               "size_tb": 6.8, "desc": "수진자 자격/자격이력 DB"}),
    "paydb": ("database", DBA, "M", "P", ["mcppaydb01"], [],
              {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "port": 1521,
               "db_name": "PAYP", "size_tb": 4.1, "desc": "지급/정산 DB"}),
    "coddb": ("database", DBA, "M", "P", ["mcpcoddb01"], [],
              {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
               "db_name": "coddb", "desc": "기준정보 (수가/약가/KCD/DUR 룰 원장)"}),
    "dwhdb": ("database", DATA, "M", "P", ["mcpdwhdb01"], [],
              {"engine": "greenplum", "version": "6.27.1", "product": "Greenplum 6 (세그먼트 24)", "port": 5432,
               "db_name": "statdw", "size_tb": 210.0, "desc": "통계 DW"}),
    "ptldb": ("database", DBA, "M", "P", ["mcpptldb01"], [],
              {"engine": "mariadb", "version": "10.11.8", "product": "MariaDB 10.11", "port": 3306,
               "max_connections": 2000, "desc": "요양기관 포털 DB"}),
    "ocrdb": ("database", DBA, "M", "P", ["mcpptldb01"], [],
              {"engine": "mariadb", "version": "10.11.8", "product": "MariaDB 10.11", "port": 3307,
               "max_connections": 600, "desc": "OCR 작업/판독 결과 DB"}),
    "fdsdb": ("database", FDS, "G", "P", ["gcz-i-0c55d2a8"], [],
              {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 + pgvector", "port": 5432,
               "db_name": "fds", "desc": "FDS 피처/스코어 이력"}),
    "mappdb": ("database", CLOUD, "G", "P", [], [],
               {"engine": "postgresql", "version": "15.6", "product": "G-Cloud 관리형 PostgreSQL",
                "flavor": "db.m5.2xlarge", "max_connections": 1500, "desc": "모바일앱 회원/동의 DB"}),
    "clmdb-dr": ("database", DBA, "R", "P", ["drpclmdb01"], [],
                 {"engine": "tibero", "version": "7.2.1", "product": "Tibero 7 (Standby, TSC)", "port": 8629,
                  "db_name": "CLMDB", "role": "standby", "desc": "청구 DB DR 스탠바이"}),
    "clmdb-stg": ("database", DBA, "M", "S", ["mcsclmap01"], [],
                  {"engine": "tibero", "version": "7.2.1", "product": "Tibero 7", "port": 8629, "db_name": "CLMSTG"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-dur": ("cache", DUR, "M", "P", ["mcprdsca01"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 24, "maxmemory_policy": "noeviction",
                   "port": 6379, "desc": "DUR 병용/연령금기 룰, 최근 처방 캐시"}),
    "redis-elig": ("cache", ELIG, "M", "P", ["mcprdsca01"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lru",
                    "port": 6380, "desc": "자격조회 결과 캐시"}),
    "redis-ptl": ("cache", PORTAL, "M", "P", ["mcpptldb01"], [],
                  {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 8, "maxmemory_policy": "volatile-lru",
                   "port": 6379, "desc": "포털 세션"}),
    "gcz-redis-mapp": ("cache", CLOUD, "G", "P", [], [],
                       {"engine": "redis", "version": "7.0", "product": "G-Cloud 관리형 Redis", "flavor": "cache.r6.large",
                        "desc": "앱 세션/토큰 캐시"}),
    "QM_HUB01": ("queue", INFRA, "M", "P", ["mcpmqhmq01"], [],
                 {"product": "IBM MQ 9.3 LTS", "version": "9.3.0.15", "port": 1414, "queues": 212,
                  "cluster": "KMRI.CLUS", "maxdepth": 500000, "desc": "업무 MQ 허브 (청구/OCR/심사 이벤트)"}),
    "QM_HUB02": ("queue", INFRA, "M", "P", ["mcpmqhmq02"], [],
                 {"product": "IBM MQ 9.3 LTS", "version": "9.3.0.10", "port": 1415, "queues": 88,
                  "cluster": "KMRI.CLUS", "maxdepth": 200000, "desc": "지급/대외 MQ (은행, 알림)"}),
    "kafka-fds": ("queue", FDS, "G", "P", ["gcz-i-b9d4e7a0"], [],
                  {"product": "Apache Kafka 3.7 (KRaft)", "version": "3.7.0", "port": 9092, "topics": 26,
                   "partitions": 192, "desc": "FDS 청구 이벤트 스트림"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "adc-edi": ("M", NET, ["edi-gw"],
                {"vendor": "Radware", "model": "Alteon D-6024", "vip": "172.18.10.10", "firmware": "33.5.3",
                 "endpoint": "edi.kmri.or.kr", "cert_expiry": "2028-03-24", "cert_issuer": "GPKI (수동 갱신)"}),
    "adc-dur": ("M", NET, ["dur-rt"],
                {"vendor": "Radware", "model": "Alteon D-6024", "vip": "172.18.10.20", "firmware": "33.5.3",
                 "endpoint": "dur.kmri.or.kr", "cert_expiry": "2028-11-30", "cert_issuer": "GPKI"}),
    "adc-portal": ("M", NET, ["provider-portal"],
                   {"vendor": "Piolink", "model": "PAS-K 4424", "vip": "172.18.10.30", "firmware": "2.7.5",
                    "endpoint": "biz.kmri.or.kr", "cert_expiry": "2028-09-14"}),
    "adc-int": ("M", NET, ["review-wb", "stat-portal", "elig-api"],
                {"vendor": "Piolink", "model": "PAS-K 2424", "vip": "10.40.1.10", "firmware": "2.7.5",
                 "desc": "내부망 업무 L4 (심사, 통계, 자격)"}),
    "gclb-mapp": ("G", CLOUD, ["mapp-bff"],
                  {"vendor": "G-Cloud", "model": "관리형 L7 로드밸런서", "endpoint": "app-api.kmri.or.kr",
                   "cert_issuer": "G-Cloud 인증서 관리 (자동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "vsp-mc01": ("M", INFRA, {"vendor": "Hitachi", "model": "VSP E1090", "capacity_tb": 240, "raid": "RAID6 (14D+2P)",
                              "microcode": "93-07-23", "desc": "심사 DB/DW 블록 스토리지"},
                 ["mcprvwdb01", "mcprvwdb02", "mcpdwhdb01"]),
    "pure-mc02": ("M", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 180,
                               "purity": "6.5.4", "desc": "청구/자격/지급 DB 블록 스토리지"},
                  ["mcpclmdb01", "mcpclmdb02", "mcpelidb01", "mcppaydb01"]),
    "nas-scan01": ("M", OCR, {"vendor": "Dell", "model": "PowerScale F710", "capacity_tb": 420, "protocol": "NFS v4.1",
                              "desc": "종이청구 스캔 이미지"},
                   ["mcpocrap01", "hqpocrsc01", "sepocrsc01", "dgpocrsc01"]),
    "dd-mc01": ("M", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 576,
                             "desc": "백업 (DB 아카이브 로그, 파일)"}, ["mcpclmdb01", "mcprvwdb01"]),
    "objs-gc-arch": ("G", CLOUD, {"vendor": "G-Cloud", "model": "오브젝트 스토리지 (S3 호환)", "capacity_tb": 1200,
                                  "storage_class": "아카이브", "desc": "청구 원본/스캔 이미지 장기보관 (10년)"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 주전산센터 application VMs
    "mcpediap01": ("M", "P", "vm", {"role": "EDI 게이트웨이 #1"}),
    "mcpediap02": ("M", "P", "vm", {"role": "EDI 게이트웨이 #2"}),
    "mcpclmap01": ("M", "P", "vm", {"role": "청구 접수 AP #1"}),
    "mcpclmap02": ("M", "P", "vm", {"role": "청구 접수 AP #2"}),
    "mcprulap01": ("M", "P", "vm", {"role": "전산점검 룰엔진"}),
    "mcprvwap01": ("M", "P", "vm", {"role": "심사 워크벤치 #1"}),
    "mcprvwap02": ("M", "P", "vm", {"role": "심사 워크벤치 #2, 자동배정"}),
    "mcpdurap01": ("M", "P", "vm", {"role": "DUR 점검 #1"}),
    "mcpdurap02": ("M", "P", "vm", {"role": "DUR 점검 #2"}),
    "mcpeliap01": ("M", "P", "vm", {"role": "자격조회"}),
    "mcppayap01": ("M", "P", "vm", {"role": "지급정산"}),
    "mcpfepap01": ("M", "P", "vm", {"role": "대외계 FEP, 알림 발송"}),
    "mcpptlwb01": ("M", "P", "vm", {"role": "요양기관 포털 WEB/WAS"}),
    "mcpcodap01": ("M", "P", "vm", {"role": "기준정보 API"}),
    "mcpocrap01": ("M", "P", "vm", {"role": "OCR 파이프라인"}),
    "mcpbatbt01": ("M", "P", "vm", {"role": "배치 (지급, 자격동기화, 기준정보 배포, DW 적재, 접수마감)"}),
    "mcpmonap01": ("M", "P", "vm", {"role": "모니터링, 로그"}),
    # 주전산센터 DB / middleware servers
    "mcpclmdb01": ("M", "P", "bare", {"role": "Tibero TAC CLMDB node 1", "model": "HPE ProLiant DL580 Gen11",
                                      "rack": "MC-D04-U10"}),
    "mcpclmdb02": ("M", "P", "bare", {"role": "Tibero TAC CLMDB node 2", "model": "HPE ProLiant DL580 Gen11",
                                      "rack": "MC-D04-U16"}),
    "mcprvwdb01": ("M", "P", "bare", {"role": "Oracle RAC RVWP node 1", "model": "Dell PowerEdge R960",
                                      "rack": "MC-D05-U08"}),
    "mcprvwdb02": ("M", "P", "bare", {"role": "Oracle RAC RVWP node 2", "model": "Dell PowerEdge R960",
                                      "rack": "MC-D05-U14"}),
    "mcpdurdb01": ("M", "P", "bare", {"role": "Altibase DURDB", "model": "Lenovo ThinkSystem SR850 V3",
                                      "rack": "MC-D06-U20"}),
    "mcpelidb01": ("M", "P", "bare", {"role": "Tibero ELIDB", "model": "HPE ProLiant DL380 Gen11",
                                      "rack": "MC-D06-U12"}),
    "mcppaydb01": ("M", "P", "bare", {"role": "Oracle PAYP", "model": "HPE ProLiant DL380 Gen11",
                                      "rack": "MC-D07-U06"}),
    "mcpcoddb01": ("M", "P", "vm", {"role": "PostgreSQL 기준정보 DB"}),
    "mcpdwhdb01": ("M", "P", "bare", {"role": "Greenplum 마스터", "model": "Dell PowerEdge R760xd2",
                                      "rack": "MC-D09-U02"}),
    "mcpptldb01": ("M", "P", "vm", {"role": "MariaDB (포털, OCR), 포털 Redis"}),
    "mcpmqhmq01": ("M", "P", "bare", {"role": "IBM MQ QM_HUB01", "model": "Lenovo ThinkSystem SR650 V3",
                                      "rack": "MC-A02-U18"}),
    "mcpmqhmq02": ("M", "P", "bare", {"role": "IBM MQ QM_HUB02", "model": "Lenovo ThinkSystem SR650 V3",
                                      "rack": "MC-A02-U20"}),
    "mcprdsca01": ("M", "P", "bare", {"role": "Redis (DUR, 자격)", "model": "Dell PowerEdge R660",
                                      "rack": "MC-A03-U07"}),
    # DR센터
    "drpclmdb01": ("R", "P", "bare", {"role": "Tibero CLMDB 스탠바이", "model": "HPE ProLiant DL580 Gen11",
                                      "rack": "DR-B02-U10"}),
    "drpediap01": ("R", "P", "vm", {"role": "EDI 게이트웨이 DR (대기)"}),
    # 정부클라우드존 instances
    "gcz-i-7a31c0e2": ("G", "P", "gcz", {"role": "모바일앱 BFF #1", "flavor": "c2m8", "az": "dj-az1"}),
    "gcz-i-7a31c0f5": ("G", "P", "gcz", {"role": "모바일앱 BFF #2, 간편인증", "flavor": "c2m8", "az": "dj-az2"}),
    "gcz-i-b9d4e611": ("G", "P", "gcz", {"role": "FDS 스코어링 (GPU), 모델 재학습", "flavor": "g1.a100x1",
                                         "az": "dj-az1"}),
    "gcz-i-b9d4e7a0": ("G", "P", "gcz", {"role": "FDS 피처 적재, Kafka", "flavor": "m2m16", "az": "dj-az2"}),
    "gcz-i-0c55d2a8": ("G", "P", "gcz", {"role": "FDS PostgreSQL", "flavor": "r2m64", "az": "dj-az1"}),
    "gcz-i-5d2e9f10": ("G", "D", "gcz", {"role": "개발 공용 (앱, FDS)", "flavor": "c2m4", "az": "dj-az1"}),
    # 본원, 지원
    "hqpstaap01": ("H", "P", "win", {"role": "통계 포털 (Tableau)", "model": "Lenovo ThinkSystem SR650 V3",
                                     "rack": "HQ-S01-U12"}),
    "hqpocrsc01": ("H", "P", "scan", {"role": "본원 종이청구 스캔 스테이션", "scanner": "Fujitsu fi-7900 x4",
                                      "pages_per_day": 62000}),
    "sepocrsc01": ("S", "P", "scan", {"role": "서울지원 종이청구 스캔 스테이션", "scanner": "Fujitsu fi-7900 x3",
                                      "pages_per_day": 71000}),
    "dgpocrsc01": ("D", "P", "scan", {"role": "대구지원 종이청구 스캔 스테이션 (스캐너 교체 중)",
                                      "scanner": "Kodak S3120 x2", "pages_per_day": 52000}),
    # staging, dev
    "mcsclmap01": ("M", "S", "vm", {"role": "검증계 청구/심사 AP, 검증 DB"}),
    "mcsdurap01": ("M", "S", "vm", {"role": "검증계 DUR"}),
    "mcdcomap01": ("M", "D", "vm", {"role": "개발계 공용"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-mc-ext": ("M", {"device": "firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 2000",
                        "firmware": "4.2.5", "desc": "대외망 방화벽 (요양기관, 국민)"}),
    "fw-mc-int": ("M", {"device": "firewall", "vendor": "AhnLab", "model": "TrusGuard 15000A",
                        "firmware": "3.1.2", "desc": "대외기관 연계 방화벽 (공단, 금융결제원)"}),
    "core-mc01": ("M", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9508",
                        "firmware": "NX-OS 10.3(5)"}),
    "line-ktnet": ("M", {"device": "EDI VAN line", "vendor": "KTNET", "model": "전용회선 1Gbps x2",
                         "circuit": "KTN-KMRI-0031", "desc": "요양기관 EDI VAN 연계"}),
    "line-kftc": ("M", {"device": "bank line", "vendor": "금융결제원 (KT 회선)", "model": "전용회선 100Mbps x2",
                        "circuit": "KFTC-CMS-2207", "desc": "금융결제원 CMS 이체"}),
    "line-nhis": ("M", {"device": "agency line", "vendor": "국민건강보험공단 (LG U+ 회선)", "model": "전용회선 1Gbps x2",
                        "circuit": "LGU-NHIS-5518", "desc": "공단 자격/지급 연계"}),
    "wan-mc-dr": ("R", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 10Gbps",
                        "circuit": "SKB-DR-7741", "desc": "주전산센터 ↔ DR센터 (DB 복제)"}),
    "wan-mc-se": ("S", {"device": "WAN link", "vendor": "KT", "model": "전용회선 1Gbps", "circuit": "KT-SE-1190",
                        "desc": "주전산센터 ↔ 서울지원"}),
    "wan-mc-dg": ("D", {"device": "WAN link", "vendor": "KT", "model": "전용회선 500Mbps", "circuit": "KT-DG-2264",
                        "desc": "주전산센터 ↔ 대구지원"}),
    "gcz-connect": ("G", {"device": "cloud interconnect", "vendor": "정부클라우드 전용회선", "model": "10Gbps x2",
                          "circuit": "GCZ-IC-0419", "desc": "주전산센터 ↔ 정부클라우드존"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-mc-ext", "core-mc01"),
    ("fw-mc-int", "core-mc01"),
    ("adc-edi", "fw-mc-ext"),
    ("adc-dur", "fw-mc-ext"),
    ("adc-portal", "fw-mc-ext"),
    ("line-ktnet", "fw-mc-ext"),
    ("line-kftc", "fw-mc-int"),
    ("line-nhis", "fw-mc-int"),
    ("wan-mc-dr", "core-mc01"),
    ("wan-mc-se", "core-mc01"),
    ("wan-mc-dg", "core-mc01"),
    ("gcz-connect", "core-mc01"),
    ("edi-gw", "line-ktnet"),
    ("clmdb-dr", "clmdb"),
    ("ocr-ingest", "objs-gc-arch"),
]
# fmt: on
STATUS = {"dgpocrsc01": "maintenance", "review-wb-stg": "maintenance", "edi-legacy-ftp": "retired"}
NET_PREFIX = {"M": "10.40", "H": "10.10", "R": "10.60", "G": "10.90", "S": "10.21", "D": "10.53"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "H1",
        "kind": "bank_line_packet_loss",
        "root": "line-kftc",
        "description": "during Friday's 14:30 payment transfer run the KFTC line line-kftc loses packets (a faulty"
        " optical connector at the carrier) and the backup circuit flaps: bank-fep (deployed at 13:50, loudest)"
        " times out transfer messages, pay-settle and the transfer batch jb_pay_run fall behind, until the carrier"
        " replaces the connector",
        "start": kst(3, 14, 40),
        "end": kst(3, 15, 35),
        "affected": ["line-kftc", "bank-fep", "pay-settle", "jb_pay_run"],
    },
    {
        "id": "H2",
        "kind": "archive_dest_full",
        "root": "clmdb",
        "description": "in the early-month Monday claims peak the archive-log destination of clmdb fills (the"
        " archive-log backup has failed since the backup agent upgrade on Sunday) and log switches, hence"
        " commits, hang: claim-intake (deployed at 09:40, loudest) stops registering claims, claim-validator and"
        " edi-gw time out, until the archived logs are moved off and the backup is fixed",
        "start": kst(6, 10, 5),
        "end": kst(6, 11, 0),
        "affected": ["clmdb", "claim-intake", "claim-validator", "edi-gw"],
    },
    {
        "id": "H3",
        "kind": "storage_rebuild_latency",
        "root": "vsp-mc01",
        "description": "on Tuesday morning a failed drive in the Hitachi array vsp-mc01 starts a correction copy"
        " at full priority and host I/O slows: rvwdb's reads and log writes wait, review-wb (deployed at 09:50,"
        " loudest) times out reviewers' screens and pay-settle's payment decisions lag, until the rebuild is"
        " throttled",
        "start": kst(7, 10, 10),
        "end": kst(7, 11, 5),
        "affected": ["vsp-mc01", "rvwdb", "review-wb", "pay-settle"],
    },
    {
        "id": "H4",
        "kind": "mq_xmitq_full",
        "root": "QM_HUB01",
        "description": "on Wednesday afternoon, after the MQ fix pack applied to QM_HUB01 at 13:30, a cluster"
        " sender channel keeps retrying, the cluster transmission queue fills and every put fails with"
        " MQRC_Q_FULL (2053): ocr-ingest (deployed at 13:55, loudest) cannot hand over scanned claims,"
        " claim-intake cannot publish and edi-gw times out, until the channel is reset and the queue drained",
        "start": kst(8, 14, 10),
        "end": kst(8, 15, 5),
        "affected": ["QM_HUB01", "ocr-ingest", "claim-intake", "edi-gw"],
    },
    {
        "id": "H5",
        "kind": "cache_maxmemory_noeviction",
        "root": "redis-dur",
        "description": "on the Friday morning pharmacy peak (the claims deadline day) redis-dur reaches maxmemory:"
        " its policy was switched to noeviction on Thursday and the night's rule publish doubled the interaction"
        " rules, so writes fail with OOM: dur-rt (deployed at 08:50, loudest) fails DUR checks, mapp-bff and"
        " provider-portal follow, until maxmemory is raised and the policy restored",
        "start": kst(10, 9, 20),
        "end": kst(10, 10, 15),
        "affected": ["redis-dur", "dur-rt", "mapp-bff", "provider-portal"],
    },
    {
        "id": "H6",
        "kind": "host_cpu_saturation_av_scan",
        "root": "mcprulap01",
        "description": "on Saturday morning the new antivirus full-scan schedule (set on Thursday) saturates the"
        " CPU of the rules-engine VM mcprulap01: claim-validator (rule set deployed Friday 18:30, loudest) falls"
        " behind, review-assign and edi-gw's pre-checks time out, until the scan is stopped and the paths"
        " excluded",
        "start": kst(11, 10, 30),
        "end": kst(11, 11, 25),
        "affected": ["mcprulap01", "claim-validator", "review-assign", "edi-gw"],
    },
    {
        "id": "H7",
        "kind": "db_plan_regression",
        "root": "elidb",
        "description": "on Monday morning, after the 06:00 statistics gathering, the optimizer turns the eligibility"
        " history lookups of elidb into full table scans and its CPU saturates under the Monday clinic peak:"
        " elig-api (loudest) times out, dur-rt's checks and mapp-bff (deployed at 09:30) follow (ongoing)",
        "start": kst(13, 9, 45),
        "end": None,
        "affected": ["elidb", "elig-api", "dur-rt", "mapp-bff"],
    },
]
H1, H2, H3, H4, H5, H6, H7 = INCIDENTS


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


incident_hops(RELATIONS, INCIDENTS)


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 44, 'D': 66}[env]) + i // 10}.{31 + (i * 37) % 190}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 8.10"]), "vcpu": rng.choice([8, 16, 32]),
                      "mem_gb": rng.choice([32, 64, 128]), "hypervisor": "VMware vSphere 8.0U2",
                      "vcenter": "vc-mc-01" if site == "M" else "vc-dr-01"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": 32, "mem_gb": 256}
            owner = DATA
        elif kind == "scan":
            attrs |= {"os": "Windows 11 IoT Enterprise", "cores": 8, "mem_gb": 32}
            owner = OCR
        elif kind == "gcz":
            attrs |= {"os": rng.choice(["Rocky Linux 9.3", "Ubuntu 22.04 LTS"]), "project": "kmri-prd"
                      if env == "P" else "kmri-dev", "platform": "OpenStack (G-Cloud)"}  # fmt: skip
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4"]), "cores": rng.choice([48, 64, 96]),
                      "mem_gb": rng.choice([512, 768, 1024]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}"}  # fmt: skip
            if "db" in h[5:8] or h.endswith(("db01", "db02")):
                owner = DBA
        if h == "mcpdwhdb01":
            owner = DATA
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


def _clinic(ts: datetime) -> float:
    """Clinics and pharmacies: weekdays 09–18 with the morning peak (Monday the busiest), a lunch dip at 13:00
    and a smaller afternoon; Saturday mornings; Sundays only the holiday pharmacies."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    if wd == 6:
        return 0.04 + 0.08 * _bump(h, 12, 3)
    if wd == 5:
        return 0.04 + 0.62 * _bump(h, 10.3, 1.3)
    v = 0.03 + 0.72 * _bump(h, 10.2, 1.1) + 0.5 * _bump(h, 15.8, 1.6) + 0.12 * _bump(h, 19, 1)
    v -= 0.18 * _bump(h, 13.2, 0.45)
    if wd == 0:
        v *= 1.22
    return max(0.03, min(1.0, v))


def _intake(ts: datetime) -> float:
    """EDI claims: the first ten days of the month (the 10th the busiest), billing staff's office hours plus the
    evening uploads of the large hospitals; weekends little."""
    loc = _local(ts)
    wd, h, day = loc.weekday(), seoul_hour(ts), loc.day
    month = 1.0 if day <= 9 else 1.15 if day == 10 else 0.55
    if wd == 6:
        return 0.06 * month + 0.03
    if wd == 5:
        return (0.05 + 0.3 * _bump(h, 10.5, 1.5)) * month + 0.03
    v = 0.05 + 0.55 * _bump(h, 10.6, 1.2) + 0.45 * _bump(h, 15.5, 1.5) + 0.25 * _bump(h, 21.5, 1.2)
    return max(0.04, min(1.0, v * month + 0.03))


def _review(ts: datetime) -> float:
    """Reviewers at their workbench: weekdays 09–18, lunch 12–13."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5 or not 8.5 <= h < 18.5:
        return 0.06
    return 0.85 if not 12 <= h < 13 else 0.3


def _payment(ts: datetime) -> float:
    """Payment: the 14:30 transfer run on weekdays, portal look-ups in office hours."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.08
    v = 0.1 + 0.3 * (1 if 9 <= h < 18 else 0) + 0.6 * (1 if 14.5 <= h < 16 else 0)
    return max(0.05, min(1.0, v))


def _app(ts: datetime) -> float:
    """Member app: lunch and evenings, weekends higher; clinic hours add the 'my prescriptions' look-ups."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.25 * _bump(h, 12.4, 1.0) + 0.5 * _bump(h, 21.0, 1.8) + 0.2 * _clinic(ts)
    if wd >= 5:
        v += 0.15 * _bump(h, 15, 3)
    return max(0.05, min(1.0, v))


def _night(ts: datetime) -> float:
    """Nightly batches 00:00–05:00 and the 23:00 claim close."""
    h = seoul_hour(ts)
    return 0.85 if h < 5 or h >= 23 else 0.12


def _fds(ts: datetime) -> float:
    """Fraud scoring: claims as they are validated, and the nightly re-scoring 01:00–04:00."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.7 * _intake(ts) + (0.45 if 1 <= h < 4 else 0)))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.08
    return 0.1 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


CLINIC_SIDE = {
    "dur-rt", "durdb", "redis-dur", "elig-api", "elidb", "redis-elig", "adc-dur", "line-nhis", "mcpdurap01",
    "mcpdurap02", "mcpdurdb01", "mcpeliap01", "mcpelidb01", "mcprdsca01", "code-master", "coddb", "mcpcodap01",
}  # fmt: skip
INTAKE_SIDE = {
    "edi-gw", "claim-intake", "claim-validator", "clmdb", "QM_HUB01", "adc-edi", "line-ktnet", "fw-mc-ext",
    "mcpediap01", "mcpediap02", "mcpclmap01", "mcpclmap02", "mcprulap01", "mcpclmdb01", "mcpclmdb02",
    "mcpmqhmq01", "pure-mc02", "core-mc01", "fds-feature", "kafka-fds", "gcz-i-b9d4e7a0", "drpclmdb01",
    "clmdb-dr", "wan-mc-dr",
}  # fmt: skip
REVIEW_SIDE = {
    "review-wb", "review-assign", "rvwdb", "mcprvwap01", "mcprvwap02", "mcprvwdb01", "mcprvwdb02", "vsp-mc01",
    "adc-int", "ocr-ingest", "ocrdb", "mcpocrap01", "hqpocrsc01", "sepocrsc01", "dgpocrsc01", "nas-scan01",
    "wan-mc-se", "wan-mc-dg",
}  # fmt: skip
PAYMENT_SIDE = {
    "pay-settle", "paydb", "bank-fep", "QM_HUB02", "jb_pay_run", "line-kftc", "fw-mc-int", "mcppayap01",
    "mcppaydb01", "mcpfepap01", "notice-sender", "mcpmqhmq02", "provider-portal", "ptldb", "redis-ptl",
    "mcpptlwb01", "mcpptldb01", "adc-portal",
}  # fmt: skip
APP = {"mapp-bff", "mapp-auth", "mappdb", "gcz-redis-mapp", "gclb-mapp", "gcz-i-7a31c0e2", "gcz-i-7a31c0f5",
       "gcz-connect"}  # fmt: skip
FDS_SIDE = {"fds-scorer", "fdsdb", "gcz-i-b9d4e611", "gcz-i-0c55d2a8", "objs-gc-arch"}
NIGHT = {"jb_elig_sync", "jb_code_publish", "jb_dw_load", "jb_claim_close", "jb_fds_retrain", "dwhdb",
         "mcpdwhdb01", "mcpbatbt01", "dd-mc01"}  # fmt: skip
OFFICE = {"stat-portal", "hqpstaap01", "apm-scouter", "log-elk", "mcpmonap01", "fw-mc-int"}


def _load(name: str):
    for group, shape in (
        (CLINIC_SIDE, _clinic),
        (INTAKE_SIDE, _intake),
        (REVIEW_SIDE, _review),
        (PAYMENT_SIDE, _payment),
        (APP, _app),
        (FDS_SIDE, _fds),
        (NIGHT, _night),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "H1": {0: (6.0, 6.0), 1: (4.0, 12.0), 2: (2.2, 7.0)},
    "H2": {0: (8.0, 4.0), 1: (3.6, 11.0), 2: (2.1, 6.5)},
    "H3": {0: (10.0, 0.0), 1: (7.0, 3.0), 2: (3.0, 10.0)},
    "H4": {0: (5.0, 6.0), 1: (3.4, 12.0), 2: (2.0, 7.0)},
    "H5": {0: (4.0, 9.0), 1: (3.6, 13.0), 2: (2.0, 7.5)},
    "H6": {1: (5.0, 9.0), 2: (2.5, 8.0)},
    "H7": {0: (9.0, 4.0), 1: (5.0, 13.0), 2: (2.4, 8.0)},
}
EFFECT_OVERRIDE = {
    ("H1", "bank-fep"): (5.0, 24.0),
    ("H2", "claim-intake"): (5.5, 29.0),
    ("H3", "review-wb"): (4.2, 26.0),
    ("H4", "ocr-ingest"): (4.0, 31.0),
    ("H5", "dur-rt"): (5.0, 31.0),
    ("H6", "claim-validator"): (5.2, 22.0),
    ("H7", "elig-api"): (6.0, 28.0),
}

RT0 = {
    "edi-gw": 180.0, "claim-intake": 95.0, "claim-validator": 240.0, "review-wb": 420.0, "review-assign": 160.0,
    "dur-rt": 38.0, "elig-api": 22.0, "pay-settle": 310.0, "bank-fep": 140.0, "notice-sender": 90.0,
    "provider-portal": 350.0, "mapp-bff": 210.0, "mapp-auth": 120.0, "fds-scorer": 65.0, "fds-feature": 30.0,
    "code-master": 12.0, "ocr-ingest": 620.0, "stat-portal": 690.0, "apm-scouter": 45.0, "log-elk": 70.0,
    "jb_elig_sync": 480.0, "jb_pay_run": 520.0, "jb_code_publish": 610.0, "jb_dw_load": 560.0,
    "jb_claim_close": 450.0, "jb_fds_retrain": 640.0,
    "clmdb": 4.2, "rvwdb": 5.1, "durdb": 0.9, "elidb": 2.4, "paydb": 3.6, "coddb": 1.8, "dwhdb": 95.0,
    "ptldb": 2.2, "ocrdb": 2.9, "fdsdb": 6.5, "mappdb": 3.1, "clmdb-dr": 1.5,
    "redis-dur": 0.32, "redis-elig": 0.28, "redis-ptl": 0.4, "gcz-redis-mapp": 0.6,
    "QM_HUB01": 3.4, "QM_HUB02": 2.7, "kafka-fds": 4.8,
    "adc-edi": 1.2, "adc-dur": 0.7, "adc-portal": 1.4, "adc-int": 0.9, "gclb-mapp": 2.6,
}  # fmt: skip
REQUEST_RATE = {
    "edi-gw": 1850.0, "claim-intake": 3600.0, "claim-validator": 2900.0, "review-wb": 640.0, "review-assign": 85.0,
    "dur-rt": 6400.0, "elig-api": 9800.0, "pay-settle": 210.0, "bank-fep": 340.0, "notice-sender": 120.0,
    "provider-portal": 760.0, "mapp-bff": 1900.0, "mapp-auth": 410.0, "fds-scorer": 2300.0, "fds-feature": 2700.0,
    "code-master": 12500.0, "ocr-ingest": 45.0, "stat-portal": 30.0,
    "jb_elig_sync": 1600.0, "jb_pay_run": 260.0, "jb_code_publish": 900.0, "jb_dw_load": 5200.0,
    "jb_claim_close": 1400.0,
    "clmdb": 21000.0, "rvwdb": 8800.0, "durdb": 15500.0, "elidb": 11200.0, "paydb": 1300.0, "coddb": 9400.0,
    "ptldb": 2100.0, "mappdb": 3300.0, "redis-dur": 42000.0, "redis-elig": 26000.0, "redis-ptl": 5200.0,
    "gcz-redis-mapp": 8600.0, "QM_HUB01": 5400.0, "QM_HUB02": 900.0, "kafka-fds": 7600.0,
    "adc-edi": 1900.0, "adc-dur": 6500.0, "adc-portal": 780.0, "gclb-mapp": 1950.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-dur": (61.0, 9.0), "redis-elig": (48.0, 10.0), "redis-ptl": (37.0, 8.0), "gcz-redis-mapp": (44.0, 7.0),
    "QM_HUB01": (29.0, 8.0), "QM_HUB02": (24.0, 5.0), "kafka-fds": (52.0, 6.0),
}  # fmt: skip
CPU_DB = {"clmdb": (24.0, 38.0), "rvwdb": (21.0, 30.0), "elidb": (14.0, 36.0), "durdb": (11.0, 30.0)}
QUEUE_DEPTH = {"QM_HUB01": (900.0, 5200.0), "QM_HUB02": (300.0, 1400.0)}  # messages: base, swing with load
BATCH_HOURS = {
    "jb_elig_sync": (3.17, 4.6), "jb_pay_run": (14.5, 16.0), "jb_code_publish": (0.17, 1.1), "jb_dw_load": (1.5, 5.0),
    "jb_claim_close": (23.0, 23.9),
}  # fmt: skip

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))


def _archive_fill(ts: datetime, rng: random.Random) -> float:
    """clmdb's archive-log destination: backed up and purged every hour (a saw-tooth), until the backup stops on
    Sunday 04:00; it reaches 100 % at H2's start and is emptied from 10:50."""
    stop, full, fixed = kst(5, 4, 0), H2["start"], kst(6, 10, 50)
    minutes = (ts - START).total_seconds() / 60
    saw = 31.0 + 6.0 * ((minutes % 60) / 60) + rng.gauss(0, 0.15)
    if ts < stop:
        return saw
    if ts < full:
        return 31.0 + (99.6 - 31.0) * progress(ts, stop, full) ** 1.15 + rng.gauss(0, 0.1)
    if ts < fixed:
        return 99.6 + rng.gauss(0, 0.05)
    return max(saw, 99.6 - (99.6 - saw) * min(1.0, (ts - fixed).total_seconds() / 60 / 25))


def _xmitq_fill(ts: datetime) -> float:
    """How full QM_HUB01's cluster transmission queue is: filling linearly from 13:38 to 14:08 on Wednesday,
    full until the channel is reset at the end of H4, drained over 20 minutes."""
    fill_from, full_at, end = kst(8, 13, 38), kst(8, 14, 8), H4["end"]
    if ts < fill_from or ts >= end + timedelta(minutes=20):
        return 0.0
    if ts < full_at:
        return progress(ts, fill_from, full_at)
    if ts < end:
        return 1.0
    return 1 - progress(ts, end, end + timedelta(minutes=20))


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0, cpu_swing = CPU_DB.get(name, (0.0, 0.0))
    q0, q_swing = QUEUE_DEPTH.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is H2 and name in ("claim-intake", "clmdb"):
                req *= 1 - 0.55 * r  # commits hang
            if inc is H4 and name in ("ocr-ingest", "QM_HUB01"):
                req *= 1 - 0.5 * r
            if inc is H7 and name == "elig-api":
                req *= 1 - 0.35 * r
            if inc is H5 and name == "dur-rt":
                req *= 1 + 0.25 * r  # pharmacy programs retry
        if name in BATCH_HOURS:
            a, z = BATCH_HOURS[name]
            if name == "jb_elig_sync" and _local(ts).day == 13:  # the month-start backlog: until 05:40
                z = 5.67
            weekday_only = name == "jb_pay_run"
            if not a <= seoul_hour(ts) < z or (weekday_only and _local(ts).weekday() >= 5):
                req *= 0.08
        if name == "jb_fds_retrain":  # Sunday 02:00–05:30
            loc = _local(ts)
            req = 0.0 if not (loc.weekday() == 6 and 2 <= seoul_hour(ts) < 5.5) else req
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-dur":  # the rule publish at 00:10 doubles the rule keys; maxmemory at 09:20
                grow = ramp(ts, kst(10, 0, 10), kst(10, 10, 25), rise=60, fall=15)
                mem += 9.0 * grow
                mem += (99.7 + rng.gauss(0, 0.1) - mem) * ramp(ts, H5["start"] - timedelta(minutes=10),
                                                                H5["end"], rise=12, fall=10)  # fmt: skip
            if name == "QM_HUB01":
                mem += 31 * ramp(ts, H4["start"] - timedelta(minutes=25), H4["end"], rise=30, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in QUEUE_DEPTH:
            depth = (q0 + q_swing * d) * (1 + rng.gauss(0, 0.08))
            if name == "QM_HUB01":  # the cluster transmission queue backs up from 13:38, full at 14:08
                depth += (500000 - depth) * _xmitq_fill(ts)
            row["queue_depth"] = round(max(0.0, depth))
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "elidb":
                cpu += (96.0 + rng.gauss(0, 0.7) - cpu) * ramp(ts, H7["start"], H7["end"], rise=6, fall=10)
            if name == "rvwdb":  # I/O waits, not CPU
                cpu -= 6 * ramp(ts, H3["start"], H3["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name == "clmdb":
            row["disk_usage"] = round(min(_archive_fill(ts, rng), 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


DISK_WATCHED = {
    "mcpclmdb01", "mcpclmdb02", "mcprvwdb01", "mcprvwdb02", "mcpdurdb01", "mcpelidb01", "mcppaydb01",
    "mcpdwhdb01", "mcpmqhmq01", "mcpmqhmq02", "mcprdsca01", "mcpmonap01", "mcpbatbt01", "mcpocrap01",
    "hqpstaap01", "gcz-i-0c55d2a8", "gcz-i-b9d4e611", "drpclmdb01", "hqpocrsc01", "sepocrsc01", "dgpocrsc01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "mcpmonap01":  # log indices creep up
        disk0, growth = 63.5, 1.3
    if name == "mcpmqhmq01":  # /var/mqm
        disk0, growth = 41.0, 0.02
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "mcprulap01":  # the antivirus full scan
            cpu += (98.6 + rng.gauss(0, 0.4) - cpu) * ramp(ts, H6["start"], H6["end"], rise=5, fall=10)
        if name == "mcpelidb01":  # full scans
            cpu += 30 * ramp(ts, H7["start"], H7["end"], rise=8)
        if name == "mcpmqhmq01":  # the transmission queue file grows
            disk += 33 * _xmitq_fill(ts)
        if name == "gcz-i-b9d4e611":  # the weekly retrain
            loc = _local(ts)
            if loc.weekday() == 6 and 2 <= seoul_hour(ts) < 5.5:
                cpu += 55 + rng.gauss(0, 2)
        if name == "drpclmdb01":  # the DR drill
            loc = _local(ts)
            if loc.day == 5 and 1 <= seoul_hour(ts) < 4:
                cpu += 35 + rng.gauss(0, 2)
        if name == "dgpocrsc01":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"line-ktnet": 3.1, "line-kftc": 4.4, "line-nhis": 2.6, "wan-mc-dr": 6.8, "wan-mc-se": 3.9,
            "wan-mc-dg": 5.2, "gcz-connect": 2.2}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "line-kftc":
            r = ramp(ts, H1["start"], H1["end"], rise=5, fall=10)
            rtt *= 1 + 7.5 * r * (1 + rng.gauss(0, 0.1))
            loss += 8.5 * r * (1 + rng.gauss(0, 0.1))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-scan01": (71, 72), "dd-mc01": (58, 60), "vsp-mc01": (63, 64), "pure-mc02": (55, 56)}.get(
        name, (30, 50)
    )
    per_day = {"nas-scan01": 0.35, "dd-mc01": 0.12}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.7) if name in ("vsp-mc01", "pure-mc02") else rng.uniform(1.6, 4.0)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-mc01" and 1 <= seoul_hour(ts) < 4:  # the nightly backups
            lat *= 1.7
        if name == "vsp-mc01":  # the correction copy (a drive failed at 09:30, full priority from 10:10)
            lat *= 1 + 1.2 * ramp(ts, kst(7, 9, 30), H3["start"], rise=30, fall=1)
            lat *= 1 + 11.0 * ramp(ts, H3["start"], H3["end"], rise=5, fall=10) * (1 + rng.gauss(0, 0.08))
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly code publish, eligibility sync, DW load and claim close, the weekday payment run, the hourly
    archive-log backups of clmdb (failing from Sunday 04:00) and the EDI certificate warning."""
    rows = []
    for d in range(3, 14):
        wd = datetime(2028, 3, d).weekday()
        if d != 10:
            rows.append(
                (d, 0, 10, "jb_code_publish", "info", "batch_job", "기준정보/DUR 룰 배포 시작 (JOB CDP010)")
            )
        rows.append((d, 0, 52, "jb_code_publish", "info", "batch_job", "기준정보/DUR 룰 배포 완료"))
        rows.append((d, 1, 30, "jb_dw_load", "info", "batch_job", "DW 야간 적재 시작 (dag statdw_nightly)"))
        rows.append((d, 4, 55, "jb_dw_load", "info", "batch_job", "DW 야간 적재 완료"))
        if d != 13:
            rows.append((d, 3, 10, "jb_elig_sync", "info", "batch_job", "공단 자격변동분 수신/반영 시작"))
            rows.append((d, 4, 30, "jb_elig_sync", "info", "batch_job", "자격변동분 반영 완료"))
        rows.append((d, 23, 0, "jb_claim_close", "info", "batch_job", "일일 접수 마감/심사 이관 시작"))
        if wd < 5:
            rows.append((d, 14, 30, "jb_pay_run", "info", "batch_job", "요양급여비용 일일 지급 이체 시작"))
            if d != 3:
                rows.append((d, 15, 40, "jb_pay_run", "info", "batch_job", "일일 지급 이체 완료"))
        left = (datetime(2028, 3, 24) - datetime(2028, 3, d)).days
        rows.append(
            (d, 9, 0, "adc-edi", "warning", "cert_expiry",
             f"SSL certificate edi.kmri.or.kr expires in {left} days (2028-03-24), GPKI 수동 갱신 필요")
        )  # fmt: skip
    for hour in range(0, 24, 2):  # archive-log backups of clmdb to dd-mc01, every two hours
        for d in (3, 4, 5, 6):
            t = datetime(2028, 3, d, hour)
            if t < datetime(2028, 3, 5, 4):
                continue
            if t >= datetime(2028, 3, 6, 11):
                continue
            rows.append(
                (
                    d,
                    hour,
                    5,
                    "clmdb",
                    "warning",
                    "backup",
                    "archive log backup FAILED (tbbackup → dd-mc01: DD Boost 인증 실패), 아카이브 로그 삭제 안 됨",
                )
            )
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (3, 13, 50, "bank-fep", "info", "deployment", "bank-fep 3.9.1 배포 (CMS 이체 전문 예비 필드 추가)"),
    (3, 16, 40, "review-wb-stg", "info", "deployment", "review-wb-stg 12.9.0-rc1 배포"),
    (4, 10, 0, "mcpmonap01", "warning", "threshold_breach", "disk_usage above 65% on /data/elastic"),
    (5, 1, 0, "clmdb-dr", "info", "maintenance", "DR 모의훈련: 스탠바이 전환 테스트 시작 (switchover drill)"),
    (5, 3, 40, "clmdb-dr", "info", "maintenance", "DR 모의훈련 종료, 스탠바이 복귀"),
    (5, 2, 0, "jb_fds_retrain", "info", "batch_job", "FDS 주간 재학습 시작 (xgb-fraud-v14 → 후보 v15)"),
    (5, 5, 20, "jb_fds_retrain", "info", "batch_job", "FDS 주간 재학습 완료, 후보 모델 등록 (미배포)"),
    (5, 3, 0, "dd-mc01", "info", "change", "백업 에이전트 업그레이드 (DD Boost plugin 7.13 → 8.0)"),
    (6, 2, 30, "clmdb", "warning", "disk", "archive dest /tbarch 80% used"),
    (6, 8, 30, "clmdb", "warning", "disk", "archive dest /tbarch 95% used (log switch 12/min)"),
    (6, 9, 40, "claim-intake", "info", "deployment", "claim-intake 9.2.0 배포 (3월 청구서식 변경 반영)"),
    (6, 14, 0, "claim-intake-stg", "info", "deployment", "claim-intake-stg 9.3.0-rc1 배포"),
    (7, 9, 30, "vsp-mc01", "warning", "hardware", "Drive 1-3-05 failed, correction copy to spare started (RAID6 PG 1-3)"),
    (7, 9, 50, "review-wb", "info", "deployment", "review-wb 12.8.0 배포 (심사 메모 템플릿 개선)"),
    (7, 14, 0, "review-wb-stg", "info", "maintenance", "검증계 심사 워크벤치 점검 (테스트 데이터 재적재)"),
    (8, 10, 0, "dgpocrsc01", "info", "maintenance", "대구지원 스캐너 교체 작업 (스캔 스테이션 서비스 제외)"),
    (8, 13, 30, "QM_HUB01", "info", "config_change", "IBM MQ 9.3.0.15 fix pack 적용, 클러스터 채널 재기동"),
    (8, 13, 55, "ocr-ingest", "info", "deployment", "ocr-ingest 2.2.5 배포 (서면청구 양식 인식 모델 갱신)"),
    (8, 16, 0, "mcpmonap01", "warning", "threshold_breach", "disk_usage above 70% on /data/elastic"),
    (9, 11, 0, "mcprulap01", "info", "change_notice", "보안 점검: V3 Net for Linux 정밀검사 주간 스케줄 적용 (매주 토 10:30)"),
    (9, 16, 0, "redis-dur", "info", "config_change", "maxmemory-policy allkeys-lru → noeviction (룰 키 유실 방지)"),
    (9, 17, 30, "dur-rt-stg", "info", "deployment", "dur-rt-stg 4.3.0-rc1 배포"),
    (10, 0, 10, "jb_code_publish", "info", "batch_job", "3/10 고시 적용: 병용금기/연령금기 룰 재배포 (38만 → 71만 키)"),
    (10, 8, 50, "dur-rt", "info", "deployment", "dur-rt 4.2.0 배포 (임부금기 점검 메시지 개선)"),
    (10, 18, 0, "claim-intake", "info", "batch_job", "3월 청구 집중접수 기간 종료 (10일) — 접수 건수 집계"),
    (10, 18, 30, "claim-validator", "info", "deployment", "claim-validator 룰셋 2028.03.1 배포 (3월 심사기준 반영)"),
    (11, 14, 0, "mapp-bff-dev", "info", "deployment", "mapp-bff-dev 3.15.0-dev 배포"),
    (12, 2, 0, "jb_fds_retrain", "info", "batch_job", "FDS 주간 재학습 시작"),
    (12, 5, 25, "jb_fds_retrain", "info", "batch_job", "FDS 주간 재학습 완료"),
    (12, 10, 30, "mcpmonap01", "warning", "threshold_breach", "disk_usage above 75% on /data/elastic"),
    (13, 3, 10, "jb_elig_sync", "info", "batch_job", "공단 자격변동분 수신/반영 시작 (월초 대량 변동분 312만건)"),
    (13, 5, 40, "jb_elig_sync", "info", "batch_job", "자격변동분 반영 완료 (지연 70분)"),
    (13, 6, 0, "elidb", "info", "config_change", "통계정보 수집 (GATHER_TABLE_STATS QUAL_HIST, 자격변동 반영 후)"),
    (13, 9, 30, "mapp-bff", "info", "deployment", "mapp-bff 3.14.0 배포 (내가 먹는 약 화면 개편)"),
    # H1 (Friday payment run)
    (3, 14, 41, "line-kftc", "warning", "network", "회선#1 CRC error 증가, packet loss 4.2%"),
    (3, 14, 44, "line-kftc", "critical", "network", "BFD down on 회선#1, 회선#2 failover flapping (3회/5분)"),
    (3, 14, 47, "bank-fep", "critical", "error", "CMS 이체 전문 응답 timeout 24% (금융결제원)"),
    (3, 14, 52, "jb_pay_run", "major", "batch_job", "지급 이체 지연 — 미응답 전문 재전송 대기 1,840건"),
    (3, 14, 58, "pay-settle", "warning", "error", "지급결과 수신 지연, 지급 확정 보류"),
    (3, 15, 30, "line-kftc", "info", "recovery", "통신사 회선 복구 (광 커넥터 교체), packet loss 0%"),
    (3, 15, 55, "jb_pay_run", "info", "batch_job", "일일 지급 이체 완료 (지연 65분)"),
    # H2 (Monday claims peak)
    (6, 10, 6, "clmdb", "critical", "disk", "archive dest /tbarch 100% — ARCHIVE 대기로 log switch 불가, 세션 commit hang"),
    (6, 10, 9, "clmdb", "critical", "performance", "active sessions 1,420 waiting on log switch (archiving needed)"),
    (6, 10, 12, "claim-intake", "critical", "error", "명세서 적재 실패 29% (DB commit timeout), 접수번호 채번 지연"),
    (6, 10, 17, "claim-validator", "major", "error", "전산점검 결과 저장 지연"),
    (6, 10, 22, "edi-gw", "warning", "error", "요양기관 청구 송신 응답 지연, 재전송 증가"),
    (6, 10, 45, "clmdb", "info", "config_change", "아카이브 로그 수동 백업 후 삭제, archive dest 확보"),
    (6, 10, 58, "dd-mc01", "info", "change", "DD Boost 인증 정보 재등록, 아카이브 로그 백업 재개"),
    (6, 11, 10, "claim-intake", "info", "recovery", "명세서 적재 정상"),
    # H3 (Tuesday morning review)
    (7, 10, 11, "vsp-mc01", "critical", "performance", "PG 1-3 correction copy at high priority: host response time 5ms+ (평시 0.6ms)"),
    (7, 10, 17, "rvwdb", "critical", "performance", "log file sync / db file sequential read 대기 급증 (평시 대비 8배)"),
    (7, 10, 16, "review-wb", "critical", "error", "심사 화면 명세서 조회 timeout 26%"),
    (7, 10, 24, "pay-settle", "major", "error", "지급결정 대상 조회 지연"),
    (7, 10, 55, "vsp-mc01", "info", "config_change", "correction copy priority high → low, 재구성 속도 제한"),
    (7, 11, 10, "review-wb", "info", "recovery", "심사 화면 응답 정상"),
    # H4 (Wednesday afternoon)
    (8, 13, 52, "QM_HUB01", "warning", "queue", "SYSTEM.CLUSTER.TRANSMIT.QUEUE depth high (40% 초과), channel TO.QM_HUB03 RETRYING"),
    (8, 14, 11, "QM_HUB01", "critical", "queue", "SYSTEM.CLUSTER.TRANSMIT.QUEUE full (MAXDEPTH 500000), MQRC_Q_FULL 2053"),
    (8, 14, 14, "ocr-ingest", "critical", "error", "판독 결과 MQ 적재 실패 31% (MQRC 2053), 스캔 작업 적체"),
    (8, 14, 18, "claim-intake", "major", "error", "접수 이벤트 발행 실패 (MQPUT 2053)"),
    (8, 14, 25, "edi-gw", "warning", "error", "청구 수신 응답 지연"),
    (8, 14, 55, "QM_HUB01", "info", "config_change", "RESET CLUSQMGR / 채널 TO.QM_HUB03 재정의, 전송 큐 해소"),
    (8, 15, 10, "ocr-ingest", "info", "recovery", "OCR 적재 정상"),
    # H5 (Friday pharmacy peak)
    (10, 9, 16, "redis-dur", "warning", "memory", "used_memory above 90% of maxmemory (24GB)"),
    (10, 9, 21, "redis-dur", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory' (noeviction)"),
    (10, 9, 25, "dur-rt", "critical", "error", "DUR 점검 실패 31% (룰 캐시 쓰기 OOM), 약국 재전송 폭증"),
    (10, 9, 31, "provider-portal", "major", "error", "DUR 조회 화면 오류"),
    (10, 9, 36, "mapp-bff", "warning", "error", "내가 먹는 약 조회 지연"),
    (10, 10, 5, "redis-dur", "info", "config_change", "maxmemory 24gb → 32gb, maxmemory-policy volatile-lru 원복"),
    (10, 10, 20, "dur-rt", "info", "recovery", "DUR 점검 정상"),
    # H6 (Saturday morning)
    (11, 10, 33, "mcprulap01", "warning", "cpu", "CPU 90% 초과 (v3scan 정밀검사), load average 41"),
    (11, 10, 37, "mcprulap01", "critical", "cpu", "CPU 98%, run queue 58, 룰엔진 스레드 대기"),
    (11, 10, 41, "claim-validator", "critical", "error", "전산점검 처리 지연, 점검 큐 적체 (timeout 증가)"),
    (11, 10, 44, "review-assign", "major", "error", "심사 배정 지연 (점검 결과 미수신)"),
    (11, 10, 47, "edi-gw", "warning", "error", "사전점검 응답 지연, 요양기관 재전송 증가"),
    (11, 11, 20, "mcprulap01", "info", "config_change", "v3scan 중지, 정밀검사 제외 경로 (/app/rules, /app/logs) 추가"),
    (11, 11, 35, "claim-validator", "info", "recovery", "전산점검 처리 정상"),
    # H7 (Monday morning, ongoing)
    (13, 9, 47, "elidb", "warning", "performance", "QUAL_HIST full table scan 급증 (SQL plan 변경 감지)"),
    (13, 9, 51, "elidb", "critical", "performance", "CPU 96%, active sessions 480, wait 'db file scattered read'"),
    (13, 9, 56, "elig-api", "critical", "error", "자격조회 timeout 급증 (DB 응답 지연)"),
    (13, 10, 2, "dur-rt", "major", "error", "DUR 점검 지연 (자격 확인 단계 timeout)"),
    (13, 10, 6, "mapp-bff", "warning", "error", "내 진료정보 조회 지연"),
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
    generate(NAME, "health-claims", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
