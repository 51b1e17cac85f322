"""Generate the payroll/HR SaaS estate (tests/fixtures/hr-payroll/, interchange format) and its faults file.

A B2B payroll and HR SaaS (온급 ONGEUP, ongeup.co.kr) serving a few thousand customer companies: time and
attendance (출퇴근 기록) from office badge readers over the MQTT broker `tama-mq` into `tama-ingest` and Kafka
`kafka-punch`, the mobile clock-in API `tama-mobile-api` (GPS/beacon), the attendance API `geuntae-api` and
the HR dashboard `tama-dash`; the payroll engine 주판 (`jupan-calc`, formulas `jupan-rule`, the run scheduler
`jupan-sched`, payday on the 25th), bank transfer files (`ichae-gen` over IBM MQ `mq-bank` to the legacy
per-bank senders `bank_kb_sender`, `bank_shinhan_sender`, `bank_woori_sender`, `bank_ibk_sender` and the
펌뱅킹 relay `firmbank-relay`), 4대보험 reporting (`sabo-edi`, the nightly `edi4ins_bat`), the year-end tax
settlement portal 연말정산 (`yeonmal-portal`, `yeonmal-calc`, the 홈택스 간소화 PDF fetcher `ntsdoc-fetch`),
payslip PDFs 도장 (`dojang-pdf` over RabbitMQ `rmq-doc` and the NAS `nas-payslip`, delivery `myeongse-mail`),
SSO for the customer companies 문지기 (`munjigi-sso` on the Redis session store `kv-sess`, `scim-sync`), the
employee self-service web `ess-web`, the HR admin console `hr-admin`, the HR master `insa-core`, the
tenant-per-schema PostgreSQL (`tenantdb-01`, `tenantdb-02`, the Daejeon standby `tenantdb-dr`, routed by
`tenant-router`) and the reporting warehouse (Greenplum `gp_report`, the nightly `dw_etl_bat`, `insight-api`).
Sites 서울본사IDC (on-prem: the payroll core and the databases), 대전DR (the DR centre) and ncloud-kr (Naver
Cloud: the employee-facing apps); environments prod, stg, qa, dev (stg and qa are both staging); owners are
teams with Korean and English names mixed.

Naming (unlike the earlier estates): romanised Korean product words (`jupan-` 주판, `dojang-` 도장, `munjigi-`
문지기, `yeonmal-` 연말정산, `geuntae-` 근태, `ichae-` 이체, `sabo-` 사회보험, `myeongse-` 명세서, `insa-` 인사),
the product code `tama-` (time and attendance), `kv-` for Redis, legacy snake_case batches and senders
(`bank_kb_sender`, `edi4ins_bat`, `dw_etl_bat`, `gp_report`), rack-unit host names by site (`hq-r07u03` in
Seoul, `dj-r02u03` in Daejeon) and NKS worker / cloud VM names by zone (`kr2-nks-w03`, `kr2-vm-kafka02`).

Seven injected incidents (times KST; now = Monday 2027-01-25 09:20, payday, in the 09:00 clock-in spike; the
window is the 10 days before; the trial payroll (가급여) ran on Wednesday 20, payroll was closed (급여 확정) on
Friday 22 at 18:00 and the transfer files went to the banks at 06:00 today):
  P1 Sat 16 02:10–03:05  (weekend, night) the nightly warehouse ETL spills to the Greenplum segment host
                         hq-r09u04 until /data is full: gp_report fails its segment, dw_etl_bat (deployed
                         Friday with the new 연말정산 mart) aborts (loudest), insight-api reports fail
  P2 Mon 18 08:45–09:40  the clock-in spike after Sunday night's firmware push to the badge readers: tama-mq
                         reaches its connection limit (reconnect storm): tama-ingest (loudest, deployed 08:20),
                         geuntae-api and tama-dash lose punches
  P3 Tue 19 10:40–11:35  the 연말정산 간소화 bulk fetch from 홈택스 (opened 09:00) fills the session table of the
                         external firewall hq-extfw: ntsdoc-fetch (loudest, deployed 10:15), sabo-edi,
                         firmbank-relay and yeonmal-portal fail their outbound calls
  P4 Wed 20 14:00–14:55  in the trial payroll a schema migration (ALTER TABLE over every tenant schema) takes
                         ACCESS EXCLUSIVE locks on tenantdb-01: jupan-calc (loudest, deployed 13:40), ess-web,
                         geuntae-api and hr-admin block
  P5 Thu 21 19:30–20:25  the payslip pre-render batch fills nas-payslip (/vol/payslip_2027): dojang-pdf
                         (loudest, new fonts deployed 19:05) fails, myeongse-mail and ess-web payslip views follow
  P6 Fri 22 17:30–18:25  at the payroll close the sender channel of mq-bank stops (SSL handshake to the relay
                         after a CipherSpec change) and BANK.OUT.Q fills (MQRC 2053): ichae-gen (loudest),
                         bank_kb_sender (deployed 17:05), bank_shinhan_sender and jupan-sched fail
  P7 Mon 25 08:50–now    payday morning and the clock-in spike: kv-sess reaches maxmemory with the noeviction
                         policy set on Thursday (OOM command not allowed): munjigi-sso (loudest, deployed Sunday
                         22:10), then tama-mobile-api, ess-web and yeonmal-portal logins fail (ongoing)
Confounders: the 09:00 clock-in and 18:00 clock-out spikes on weekdays, quiet weekends with evening 연말정산
traffic, the nightly warehouse ETL (02:00), the 23:30 4대보험 EDI batch, the bank transfer windows (10:00,
15:00), the month-end payroll windows (trial run, close, payday transfers and payslip delivery), deploys on
victims before P1–P7, the badge-reader firmware push before P2 (logged on tama-mq), the kv-sess policy change
on Thursday (on the root; its memory creeping up since), `dj-r02u11` and `yeonmal-sim` in maintenance, the
retired `paystub-legacy`, the log host `hq-r11u20`'s disk creeping up and the l4-hq-ext certificate
(*.ongeup.co.kr) expiring on 2027-02-01 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/payroll_golden.py) are computed from the files.

    .venv/bin/python bench/payroll_estate.py   # rewrites tests/fixtures/hr-payroll*
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

NAME = "hr-payroll"
NOW = datetime(2027, 1, 25, 0, 20, tzinfo=UTC)  # Monday 09:20 KST, payday
START = NOW - timedelta(days=10)  # Friday 2027-01-15 09:20 KST
SEED = 20270125
SITES = {"H": "서울본사IDC", "D": "대전DR", "C": "ncloud-kr"}
ENVS = {"P": "prod", "S": "stg", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2027-01")

TAMA, PAYCORE, BANK, INS = "근태개발팀", "payroll-core", "자금이체파트", "보험신고팀"
YEONMAL, DOC, IDENT, ESS = "연말정산TF", "doc-render", "identity-platform", "ess-squad"
HRCORE, DBA, DATA, SRE = "인사코어팀", "DBA팀", "data-platform", "sre-ops"
NET, BILL, NOTI = "인프라네트워크팀", "billing-team", "알림플랫폼팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- time and attendance (TAMA)
    "tama-ingest": ("service", TAMA, "C", "P", ["kr2-nks-w01", "kr2-nks-w02"], ["tama-mq", "kafka-punch", "kv-punch"],
                    {"desc": "출퇴근 타각 수집 (사옥 출입 리더기 MQTT → Kafka)", "lang": "go", "version": "3.8.1",
                     "replicas": 12, "dedup_window_s": 90, "namespace": "tama"}),
    "tama-mobile-api": ("service", TAMA, "C", "P", ["kr2-nks-w02"], ["munjigi-sso", "kafka-punch", "kv-punch"],
                        {"desc": "모바일 앱 출퇴근 API (GPS 지오펜스, 비콘)", "lang": "kotlin", "version": "5.2.0",
                         "replicas": 16, "geofence_m": 150, "namespace": "tama"}),
    "geuntae-api": ("service", TAMA, "C", "P", ["kr2-nks-w03"], ["pg-tama", "tenantdb-01", "tenantdb-02", "tama-ingest"],
                    {"desc": "근태 조회/승인 API (연차, 초과근무, 52시간 체크)", "lang": "kotlin", "version": "4.11.3",
                     "replicas": 10, "namespace": "tama"}),
    "tama-dash": ("service", TAMA, "C", "P", ["kr2-nks-w03"], ["tama-ingest", "pg-tama"],
                  {"desc": "실시간 출근 현황 대시보드 (HR 담당자용)", "lang": "typescript", "framework": "Next.js 14",
                   "version": "2.4.0", "replicas": 4, "namespace": "tama"}),
    "tama-rule": ("service", TAMA, "C", "P", ["kr2-nks-w03"], ["pg-tama"],
                  {"desc": "근무제 규칙 엔진 (탄력/선택근무, 야간/휴일 가산)", "lang": "kotlin", "version": "1.9.2",
                   "replicas": 4, "work_schedules": 46, "namespace": "tama"}),
    "tama-sink": ("service", TAMA, "C", "P", ["kr2-nks-w04"], ["kafka-punch", "pg-tama"],
                  {"desc": "타각 이벤트 적재 (Kafka → pg-tama)", "lang": "go", "version": "1.3.0", "replicas": 6,
                   "namespace": "tama"}),
    "tama_close_bat": ("service", TAMA, "H", "P", ["hq-r03u10"], ["pg-tama", "tenantdb-01", "tenantdb-02"],
                       {"desc": "월 근태 마감 배치 (급여 연동용 근무시간 집계)", "product": "Spring Batch 4.3",
                        "jdk": "OpenJDK 11", "schedule": "매월 20일 06:00"}),
    # ---------------------------------------------------------------- payroll (주판)
    "jupan-calc": ("service", PAYCORE, "H", "P", ["hq-r03u08", "hq-r03u10"],
                   ["tenantdb-01", "tenantdb-02", "jupan-rule", "kv-calc", "tenant-router"],
                   {"desc": "급여 계산 엔진 (가급여/본급여, 원천세, 4대보험 공제)", "lang": "java",
                    "framework": "Spring Boot 3.2", "version": "2027.01.2", "worker_threads": 64, "port": 8443}),
    "jupan-rule": ("service", PAYCORE, "H", "P", ["hq-r03u08"], ["kv-calc", "tenantdb-01"],
                   {"desc": "급여 항목/수당 공식 관리 (회사별 계산식)", "lang": "java", "version": "2027.01.0",
                    "formula_dsl": "JEXL 3.3", "port": 8443}),
    "jupan-sched": ("service", PAYCORE, "H", "P", ["hq-r03u10"], ["jupan-calc", "ichae-gen", "notice-hub"],
                    {"desc": "급여 일정 스케줄러 (가급여, 확정 마감, 지급일 이체)", "lang": "java", "version": "1.7.4",
                     "pay_day": 25, "close_time": "18:00", "transfer_time": "06:00"}),
    "ichae-gen": ("service", BANK, "H", "P", ["hq-r03u12"], ["mq-bank", "tenantdb-01", "tenantdb-02", "vault-og"],
                  {"desc": "급여 이체파일 생성 (CMS 전문)", "lang": "java", "version": "3.2.1",
                   "file_format": "CMS 고정길이 300byte", "banks": "KB국민, 신한, 우리, IBK기업"}),
    "bank_kb_sender": ("service", BANK, "H", "P", ["hq-r03u12"], ["mq-bank", "firmbank-relay"],
                       {"desc": "KB국민은행 이체파일 송신", "bank_code": "004", "protocol": "SFTP", "cutoff": "16:00",
                        "version": "2.0.9"}),
    "bank_shinhan_sender": ("service", BANK, "H", "P", ["hq-r03u12"], ["mq-bank", "firmbank-relay"],
                            {"desc": "신한은행 이체파일 송신", "bank_code": "088", "protocol": "SFTP",
                             "cutoff": "15:30", "version": "2.0.9"}),
    "bank_woori_sender": ("service", BANK, "H", "P", ["hq-r03u14"], ["mq-bank", "firmbank-relay"],
                          {"desc": "우리은행 이체파일 송신", "bank_code": "020", "protocol": "전용선 FTP",
                           "cutoff": "16:00", "version": "1.8.3"}),
    "bank_ibk_sender": ("service", BANK, "H", "P", ["hq-r03u14"], ["mq-bank", "firmbank-relay"],
                        {"desc": "IBK기업은행 이체파일 송신", "bank_code": "003", "protocol": "SFTP", "cutoff": "15:00",
                         "version": "1.8.3"}),
    "firmbank-relay": ("service", BANK, "H", "P", ["hq-r03u14"], ["hq-extfw", "vault-og"],
                       {"desc": "펌뱅킹 중계 (금융결제원 CMS)", "product": "자체개발 (Netty)", "version": "4.1.0",
                        "cert_expiry": "2027-06-30", "port": 9443}),
    # ---------------------------------------------------------------- 4대보험
    "sabo-edi": ("service", INS, "H", "P", ["hq-r03u14"], ["hq-extfw", "tenantdb-01", "tenantdb-02"],
                 {"desc": "4대보험 취득/상실 신고 EDI", "target": "4대사회보험 정보연계센터", "version": "2.6.0",
                  "schedule": "평일 10:30 전송"}),
    "edi4ins_bat": ("service", INS, "H", "P", ["hq-r03u14"], ["sabo-edi", "tenantdb-01", "tenantdb-02"],
                    {"desc": "4대보험 신고 대상 집계 야간 배치", "product": "Spring Batch 4.3", "jdk": "OpenJDK 8",
                     "schedule": "매일 23:30"}),
    # ---------------------------------------------------------------- 연말정산
    "yeonmal-portal": ("service", YEONMAL, "C", "P", ["kr2-nks-w04"],
                       ["munjigi-sso", "ntsdoc-fetch", "yeonmal-calc", "tenant-router", "ocr-receipt"],
                       {"desc": "연말정산 임직원 포털 (공제 입력, 간소화 자료 업로드)", "lang": "typescript",
                        "framework": "NestJS 10", "version": "2026.12.4", "replicas": 12, "tax_year": 2026,
                        "namespace": "yeonmal"}),
    "yeonmal-calc": ("service", YEONMAL, "C", "P", ["kr2-nks-w04"], ["tenantdb-01", "tenantdb-02", "jupan-rule"],
                     {"desc": "연말정산 세액 계산 (결정세액, 환급/추징)", "lang": "java", "version": "2026.12.2",
                      "replicas": 6, "tax_year": 2026, "namespace": "yeonmal"}),
    "ntsdoc-fetch": ("service", YEONMAL, "C", "P", ["kr2-nks-w05"], ["hq-extfw", "obj-yeonmal-docs"],
                     {"desc": "홈택스 간소화 자료 PDF 수집/파싱", "lang": "python", "version": "1.12.0", "replicas": 8,
                      "concurrency": 400, "source": "국세청 홈택스 연말정산 간소화", "namespace": "yeonmal"}),
    "yeonmal-sim": ("service", YEONMAL, "C", "P", ["kr2-nks-w05"], ["yeonmal-calc"],
                    {"desc": "연말정산 미리보기 시뮬레이터 (신용카드 공제 계산기)", "lang": "python", "version": "0.9.1",
                     "replicas": 2, "namespace": "yeonmal"}),
    # ---------------------------------------------------------------- payslips (도장)
    "dojang-pdf": ("service", DOC, "H", "P", ["hq-r03u18"], ["rmq-doc", "nas-payslip", "tenantdb-01", "tenantdb-02"],
                   {"desc": "급여명세서 PDF 렌더링", "product": "Apache FOP 2.9", "lang": "java", "version": "6.3.0",
                    "workers": 48, "fonts": "Pretendard, 나눔고딕"}),
    "myeongse-mail": ("service", DOC, "H", "P", ["hq-r03u18"], ["dojang-pdf", "notice-hub"],
                      {"desc": "명세서 발송 (이메일, 카카오 알림톡)", "lang": "java", "version": "2.2.5",
                       "daily_quota": 1200000}),
    "paystub-legacy": ("service", DOC, "H", "P", [], [],
                       {"desc": "구 명세서 출력 (Crystal Reports, 2025년 dojang-pdf로 대체)", "version": "8.5",
                        "decommissioned": "2025-09-30"}),
    # ---------------------------------------------------------------- identity (문지기)
    "munjigi-sso": ("service", IDENT, "H", "P", ["hq-r03u16"], ["kv-sess", "pg-sso"],
                    {"desc": "고객사 SSO (SAML 2.0, OIDC), 임직원 로그인", "lang": "java", "product": "Keycloak 24.0.5",
                     "version": "24.0.5-og7", "customer_idps": 312, "port": 8443}),
    "scim-sync": ("service", IDENT, "H", "P", ["hq-r03u16"], ["pg-sso", "insa-core"],
                  {"desc": "고객사 조직도/계정 동기화 (SCIM 2.0, AD/LDAP)", "lang": "go", "version": "1.5.2",
                   "schedule": "매시 15분"}),
    # ---------------------------------------------------------------- core HR, self-service
    "ess-web": ("service", ESS, "C", "P", ["kr2-nks-w05", "kr2-nks-w06"],
                ["munjigi-sso", "tenant-router", "tenantdb-01", "tenantdb-02", "dojang-pdf", "kv-ess"],
                {"desc": "임직원 셀프서비스 (명세서 조회, 연차 신청, 증명서 발급)", "lang": "typescript",
                 "framework": "Next.js 14", "version": "8.0.3", "replicas": 20, "namespace": "ess"}),
    "hr-admin": ("service", HRCORE, "C", "P", ["kr2-nks-w06"], ["munjigi-sso", "tenantdb-01", "tenantdb-02", "insa-core"],
                 {"desc": "HR 관리자 콘솔 (인사/급여 설정, 명세서 배포)", "lang": "typescript", "version": "6.4.1",
                  "replicas": 6, "namespace": "admin"}),
    "insa-core": ("service", HRCORE, "H", "P", ["hq-r03u16"], ["tenantdb-01", "tenantdb-02", "tenant-router"],
                  {"desc": "인사 마스터 (사원, 조직, 발령)", "lang": "java", "version": "5.9.0", "port": 8443}),
    "tenant-router": ("service", SRE, "C", "P", ["kr2-nks-w01"], ["pg-sso"],
                      {"desc": "테넌트 → DB 스키마 라우팅 (회사코드 → tenantdb 샤드)", "lang": "go", "version": "1.2.7",
                       "replicas": 6, "tenants": 2210, "namespace": "platform"}),
    "notice-hub": ("service", NOTI, "C", "P", ["kr2-nks-w06"], [],
                   {"desc": "알림 허브 (카카오 알림톡, SMS, 푸시)", "lang": "kotlin", "version": "3.0.8", "replicas": 6,
                    "providers": "카카오 비즈메시지, NHN Cloud SMS, FCM", "namespace": "platform"}),
    "og-billing": ("service", BILL, "C", "P", ["kr2-nks-w06"], ["maria-billing"],
                   {"desc": "고객사 구독 과금 (인원 기준 월정액)", "lang": "kotlin", "version": "2.3.0", "replicas": 2,
                    "plans": "Basic, Pro, Enterprise", "namespace": "billing"}),
    "jeungmyeong-api": ("service", ESS, "C", "P", ["kr2-nks-w07"], ["munjigi-sso", "tenant-router", "dojang-pdf"],
                        {"desc": "증명서 발급 (재직증명서, 원천징수영수증, 경력증명서)", "lang": "kotlin",
                         "version": "2.1.4", "replicas": 4, "namespace": "ess"}),
    "og-openapi": ("service", SRE, "C", "P", ["kr2-nks-w07"], ["tenant-router", "insa-core", "geuntae-api"],
                   {"desc": "고객사 ERP/그룹웨어 연동 Open API 게이트웨이", "product": "Kong Gateway 3.6",
                    "version": "3.6.1", "replicas": 4, "rate_limit_per_min": 6000, "namespace": "platform"}),
    "ocr-receipt": ("service", YEONMAL, "C", "P", ["kr2-nks-w07"], ["obj-yeonmal-docs"],
                    {"desc": "연말정산 종이 영수증 OCR (의료비, 기부금)", "lang": "python", "model": "CLOVA OCR (Document)",
                     "version": "1.1.0", "replicas": 3, "namespace": "yeonmal"}),
    "vault-og": ("service", SRE, "H", "P", ["hq-r03u20"], [],
                 {"desc": "시크릿 관리 (은행 전송 키, DB 계정)", "product": "HashiCorp Vault 1.15.6", "port": 8200,
                  "seal": "HSM auto-unseal (Luna 7)"}),
    "audit-trail": ("service", SRE, "H", "P", ["hq-r03u20"], ["pg-audit", "obj-audit-log"],
                    {"desc": "개인정보 접속기록 보관 (개인정보보호법, 2년 보관)", "lang": "go", "version": "1.4.0",
                     "retention_years": 2}),
    # ---------------------------------------------------------------- reporting warehouse
    "dw_etl_bat": ("service", DATA, "H", "P", ["hq-r09u08"], ["gp_report", "tenantdb-dr"],
                   {"desc": "리포팅 DW 야간 적재 (tenantdb-dr → Greenplum)", "product": "Airflow 2.8 + dbt 1.7",
                    "schedule": "매일 02:00", "dags": 64}),
    "insight-api": ("service", DATA, "H", "P", ["hq-r09u08"], ["gp_report"],
                    {"desc": "인사/급여 통계 리포트 API (인건비 분석)", "lang": "python", "version": "1.6.2",
                     "port": 8080}),
    "ops-watch": ("service", SRE, "H", "P", ["hq-r11u22"], [],
                  {"desc": "관측 (메트릭, 알림)", "product": "Prometheus 2.51 + Grafana 10.4", "retention_days": 30}),
    # ---------------------------------------------------------------- staging, qa, dev
    "jupan-calc-stg": ("service", PAYCORE, "H", "S", ["hq-r14u02"], ["tenantdb-stg"],
                       {"desc": "급여 계산 엔진 (스테이징)", "version": "2027.02.0-rc1"}),
    "ess-web-stg": ("service", ESS, "C", "S", ["kr2-nks-s01"], ["munjigi-sso-stg", "tenantdb-stg"],
                    {"desc": "셀프서비스 (스테이징)", "version": "8.1.0-rc2", "replicas": 2}),
    "munjigi-sso-stg": ("service", IDENT, "H", "S", ["hq-r14u02"], ["kv-sess-stg"],
                        {"desc": "SSO (스테이징)", "version": "24.0.5-og8-rc1"}),
    "tama-ingest-qa": ("service", TAMA, "C", "Q", ["kr2-nks-s01"], [],
                       {"desc": "타각 수집 (QA, 리더기 시뮬레이터)", "version": "3.9.0-beta1", "replicas": 1}),
    "geuntae-api-stg": ("service", TAMA, "C", "S", ["kr2-nks-s01"], ["tenantdb-stg"],
                        {"desc": "근태 API (스테이징)", "version": "4.12.0-rc1", "replicas": 2}),
    "yeonmal-portal-qa": ("service", YEONMAL, "C", "Q", ["kr2-nks-s01"], ["tenantdb-stg"],
                          {"desc": "연말정산 포털 (QA)", "version": "2027.01.0-beta3", "replicas": 1}),
    "dojang-pdf-dev": ("service", DOC, "C", "D", ["kr2-nks-d01"], [],
                       {"desc": "명세서 PDF (개발)", "version": "6.4.0-SNAPSHOT", "replicas": 1}),
    "insa-core-dev": ("service", HRCORE, "C", "D", ["kr2-nks-d01"], [],
                      {"desc": "인사 마스터 (개발)", "version": "5.10.0-SNAPSHOT", "replicas": 1}),
    # ---------------------------------------------------------------- databases
    "tenantdb-01": ("database", DBA, "H", "P", ["hq-r07u03"], [],
                    {"engine": "postgresql", "version": "PostgreSQL 15.6", "tenant_schemas": 1180,
                     "shard": "A (회사코드 0000-4999)", "max_connections": 1500, "port": 5432, "size_tb": 3.8,
                     "desc": "테넌트별 스키마 (인사, 급여, 근태 마감)"}),
    "tenantdb-02": ("database", DBA, "H", "P", ["hq-r07u05"], [],
                    {"engine": "postgresql", "version": "PostgreSQL 15.6", "tenant_schemas": 1030,
                     "shard": "B (회사코드 5000-9999)", "max_connections": 1500, "port": 5432, "size_tb": 3.1,
                     "desc": "테넌트별 스키마 (인사, 급여, 근태 마감)"}),
    "tenantdb-dr": ("database", DBA, "D", "P", ["dj-r02u03"], ["tenantdb-01", "tenantdb-02"],
                    {"engine": "postgresql", "version": "PostgreSQL 15.6", "role": "standby (streaming, 대전)",
                     "port": 5432, "replication": "async", "desc": "DR 스탠바이, DW 적재 원천"}),
    "pg-tama": ("database", TAMA, "C", "P", [], [],
                {"engine": "postgresql", "product": "NCP Cloud DB for PostgreSQL 14 (TimescaleDB 2.13)",
                 "port": 5432, "size_tb": 1.2, "retention_months": 36, "desc": "타각 원장, 근무 기록"}),
    "pg-sso": ("database", IDENT, "H", "P", ["hq-r07u07"], [],
               {"engine": "postgresql", "version": "PostgreSQL 15.6", "port": 5432, "desc": "SSO 사용자, IdP 설정"}),
    "maria-billing": ("database", BILL, "C", "P", [], [],
                      {"engine": "mariadb", "product": "NCP Cloud DB for MySQL (MariaDB 10.11)", "port": 3306,
                       "desc": "구독, 청구서"}),
    "gp_report": ("database", DATA, "H", "P", ["hq-r09u03", "hq-r09u04", "hq-r09u05"], [],
                  {"engine": "greenplum", "version": "Greenplum 6.26.2", "segments": 16, "port": 5432,
                   "size_tb": 22, "desc": "리포팅 DW (인건비, 근태 통계)"}),
    "pg-audit": ("database", SRE, "C", "P", [], [],
                 {"engine": "postgresql", "product": "NCP Cloud DB for PostgreSQL 14", "port": 5432,
                  "desc": "접속기록 인덱스"}),
    "tenantdb-stg": ("database", DBA, "H", "S", ["hq-r14u02"], [],
                     {"engine": "postgresql", "version": "PostgreSQL 16.2", "tenant_schemas": 40, "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "kv-sess": ("cache", IDENT, "H", "P", ["hq-r05u06"], [],
                {"engine": "redis", "version": "Redis 7.2.4", "maxmemory_gb": 16, "maxmemory_policy": "noeviction",
                 "port": 6379, "desc": "SSO 세션, 토큰"}),
    "kv-calc": ("cache", PAYCORE, "H", "P", ["hq-r05u06"], [],
                {"engine": "redis", "version": "Redis 7.2.4", "maxmemory_gb": 32, "maxmemory_policy": "allkeys-lru",
                 "port": 6380, "desc": "급여 규칙, 세율표 캐시"}),
    "kv-punch": ("cache", TAMA, "C", "P", ["kr2-vm-redis01"], [],
                 {"engine": "redis", "version": "Redis 7.2.4", "maxmemory_gb": 8, "maxmemory_policy": "volatile-ttl",
                  "port": 6379, "desc": "최근 타각 중복 제거"}),
    "kv-ess": ("cache", ESS, "C", "P", [], [],
               {"engine": "redis", "product": "NCP Cloud DB for Redis 7", "maxmemory_gb": 12,
                "maxmemory_policy": "allkeys-lru", "port": 6379, "desc": "ESS 페이지 캐시"}),
    "kv-sess-stg": ("cache", IDENT, "H", "S", ["hq-r14u02"], [],
                    {"engine": "redis", "version": "Redis 7.2.4", "maxmemory_gb": 2, "port": 6379}),
    "tama-mq": ("queue", TAMA, "H", "P", ["hq-r05u08"], [],
                {"product": "EMQX 5.4.1", "protocol": "MQTT 3.1.1 over TLS", "port": 8883,
                 "max_connections": 16000, "badge_readers": 14200, "desc": "사옥 출입 리더기 타각 브로커"}),
    "kafka-punch": ("queue", TAMA, "C", "P", ["kr2-vm-kafka01", "kr2-vm-kafka02", "kr2-vm-kafka03"], [],
                    {"product": "Apache Kafka 3.6.1", "brokers": 3, "partitions": 48, "retention_h": 168,
                     "port": 9092, "desc": "타각 이벤트 스트림"}),
    "mq-bank": ("queue", BANK, "H", "P", ["hq-r05u02"], [],
                {"product": "IBM MQ 9.3.0.15", "qmgr": "QM_BANK01", "max_depth": 50000, "port": 1414,
                 "desc": "이체파일 송신 큐 (BANK.OUT.Q)"}),
    "tama-mq-stg": ("queue", TAMA, "H", "S", ["hq-r14u02"], [],
                    {"product": "EMQX 5.5.0", "port": 8883, "max_connections": 2000, "badge_readers": 12}),
    "rmq-doc": ("queue", DOC, "H", "P", ["hq-r05u10"], [],
                {"product": "RabbitMQ 3.12.12", "nodes": 1, "port": 5672, "desc": "명세서 렌더 작업 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-hq-ext": ("H", NET, ["munjigi-sso", "insa-core"],
                  {"vendor": "A10 Networks", "model": "Thunder 3350S", "vip": "211.43.17.20",
                   "cert_cn": "*.ongeup.co.kr", "cert_expiry": "2027-02-01", "cert_issuer": "Sectigo (수동 갱신)"}),
    "l4-hq-int": ("H", NET, ["jupan-calc", "jupan-rule", "dojang-pdf"],
                  {"vendor": "A10 Networks", "model": "Thunder 1040S", "vip": "10.20.0.40", "firmware": "ACOS 5.2.1-P9"}),
    "ncp-alb-app": ("C", SRE, ["tama-mobile-api", "ess-web", "yeonmal-portal", "hr-admin"],
                    {"vendor": "Naver Cloud", "model": "Application Load Balancer", "endpoint": "app.ongeup.co.kr",
                     "cert_expiry": "2027-08-14", "waf": "NCP WAF"}),
    "ncp-nlb-punch": ("C", TAMA, ["tama-ingest"],
                      {"vendor": "Naver Cloud", "model": "Network Load Balancer", "endpoint": "punch.ongeup.co.kr",
                       "listeners": "8883/TCP"}),
    "gslb-ongeup": ("H", NET, ["l4-hq-ext", "l4-dj-ext"],
                    {"vendor": "Piolink", "model": "PLOS GSLB 5.2", "mode": "active-standby (HQ → DR)",
                     "health_check_s": 10}),
    "l4-dj-ext": ("D", NET, [],
                  {"vendor": "A10 Networks", "model": "Thunder 1040S", "vip": "203.248.9.20", "role": "DR 대기"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-payslip": ("H", DOC, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 60, "ontap": "9.13.1P6",
                               "volume": "/vol/payslip_2027", "desc": "급여명세서 PDF (당월, 최근 12개월)"},
                    ["hq-r03u18"]),
    "obj-yeonmal-docs": ("C", YEONMAL, {"vendor": "Naver Cloud", "model": "Object Storage", "capacity_tb": 180,
                                        "bucket": "og-yeonmal-2026", "desc": "간소화 PDF, 증빙 서류"}, []),
    "nas-dj-repl": ("D", SRE, {"vendor": "NetApp", "model": "FAS2820", "capacity_tb": 120, "ontap": "9.13.1P6",
                               "desc": "SnapMirror 대상 (nas-payslip 복제)"}, ["dj-r02u05"]),
    "obj-audit-log": ("C", SRE, {"vendor": "Naver Cloud", "model": "Object Storage (WORM)", "capacity_tb": 40,
                                 "desc": "개인정보 접속기록 원본 (변경 불가)"}, []),
    "vtl-backup": ("H", SRE, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                              "desc": "DB/NAS 백업 (일 증분, 주 전체)"}, ["hq-r11u22"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 서울본사IDC
    "hq-r03u08": ("H", "P", "vm", {"role": "주판 급여계산 WAS #1"}),
    "hq-r03u10": ("H", "P", "vm", {"role": "주판 급여계산 WAS #2, 근태마감 배치"}),
    "hq-r03u12": ("H", "P", "vm", {"role": "이체파일 생성/은행 송신 #1"}),
    "hq-r03u14": ("H", "P", "vm", {"role": "은행 송신 #2, 펌뱅킹, 4대보험 EDI"}),
    "hq-r03u16": ("H", "P", "vm", {"role": "SSO, 인사 마스터"}),
    "hq-r03u18": ("H", "P", "vm", {"role": "명세서 렌더/발송"}),
    "hq-r03u20": ("H", "P", "vm", {"role": "Vault, 접속기록"}),
    "hq-r05u02": ("H", "P", "bare", {"role": "IBM MQ QM_BANK01", "model": "Dell PowerEdge R660"}),
    "hq-r05u06": ("H", "P", "bare", {"role": "Redis (kv-sess, kv-calc)", "model": "Dell PowerEdge R660"}),
    "hq-r05u08": ("H", "P", "vm", {"role": "EMQX 타각 브로커"}),
    "hq-r05u10": ("H", "P", "vm", {"role": "RabbitMQ 렌더 큐"}),
    "hq-r07u03": ("H", "P", "bare", {"role": "tenantdb-01 primary", "model": "HPE ProLiant DL380 Gen11"}),
    "hq-r07u05": ("H", "P", "bare", {"role": "tenantdb-02 primary", "model": "HPE ProLiant DL380 Gen11"}),
    "hq-r07u07": ("H", "P", "bare", {"role": "pg-sso", "model": "Dell PowerEdge R660"}),
    "hq-r09u03": ("H", "P", "bare", {"role": "Greenplum master", "model": "Dell PowerEdge R760"}),
    "hq-r09u04": ("H", "P", "bare", {"role": "Greenplum segment host 1 (seg0-7)", "model": "Dell PowerEdge R760"}),
    "hq-r09u05": ("H", "P", "bare", {"role": "Greenplum segment host 2 (seg8-15)", "model": "Dell PowerEdge R760"}),
    "hq-r09u08": ("H", "P", "vm", {"role": "DW ETL, 리포트 API"}),
    "hq-r11u20": ("H", "P", "bare", {"role": "로그 수집 (OpenSearch)", "model": "HPE ProLiant DL380 Gen11"}),
    "hq-r11u22": ("H", "P", "bare", {"role": "백업 미디어 서버, 관측", "model": "Dell PowerEdge R760"}),
    "hq-r12u01": ("H", "P", "vm", {"role": "배포/점프 호스트 (Jenkins, bastion)"}),
    "hq-r12u03": ("H", "P", "vm", {"role": "내부 DNS/NTP (BIND 9.18, chrony)"}),
    "hq-r14u02": ("H", "S", "vm", {"role": "스테이징 (급여/SSO/DB)"}),
    # 대전DR
    "dj-r02u03": ("D", "P", "bare", {"role": "tenantdb-dr standby", "model": "HPE ProLiant DL380 Gen11"}),
    "dj-r02u05": ("D", "P", "vm", {"role": "DR 대기 WAS (콜드)"}),
    "dj-r02u11": ("D", "P", "bare", {"role": "DR 백업 서버 (디스크 교체 중)", "model": "Dell PowerEdge R760"}),
    # ncloud-kr
    "kr2-nks-w01": ("C", "P", "nks", {"zone": "KR-2", "server_spec": "c16-g3"}),
    "kr2-nks-w02": ("C", "P", "nks", {"zone": "KR-2", "server_spec": "c16-g3"}),
    "kr2-nks-w03": ("C", "P", "nks", {"zone": "KR-2", "server_spec": "m16-g3"}),
    "kr2-nks-w04": ("C", "P", "nks", {"zone": "KR-1", "server_spec": "m16-g3"}),
    "kr2-nks-w05": ("C", "P", "nks", {"zone": "KR-1", "server_spec": "m16-g3"}),
    "kr2-nks-w06": ("C", "P", "nks", {"zone": "KR-1", "server_spec": "c8-g3"}),
    "kr2-nks-w07": ("C", "P", "nks", {"zone": "KR-1", "server_spec": "c8-g3"}),
    "kr2-vm-redis01": ("C", "P", "cvm", {"zone": "KR-2", "server_spec": "m8-g3", "role": "Redis kv-punch"}),
    "kr2-vm-kafka01": ("C", "P", "cvm", {"zone": "KR-1", "server_spec": "m8-g3", "role": "Kafka broker 1"}),
    "kr2-vm-kafka02": ("C", "P", "cvm", {"zone": "KR-2", "server_spec": "m8-g3", "role": "Kafka broker 2"}),
    "kr2-vm-kafka03": ("C", "P", "cvm", {"zone": "KR-1", "server_spec": "m8-g3", "role": "Kafka broker 3"}),
    "kr2-nks-s01": ("C", "S", "nks", {"zone": "KR-2", "server_spec": "c8-g3"}),
    "kr2-nks-d01": ("C", "D", "nks", {"zone": "KR-2", "server_spec": "c4-g3"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "hq-extfw": ("H", {"device": "external firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                       "firmware": "FortiOS 7.2.8", "max_sessions": 2000000,
                       "desc": "대외기관 (홈택스, 4대보험, 금융결제원) 아웃바운드"}),
    "hq-core-sw": ("H", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.30.2F"}),
    "hq-dj-link": ("D", {"device": "dedicated line", "vendor": "KT", "model": "KORNET 전용회선 1Gbps x2",
                         "circuit": "KT-DL-0419-2231", "desc": "서울본사IDC ↔ 대전DR 복제 회선"}),
    "ncp-vpn-gw": ("C", {"device": "IPsec VPN gateway", "vendor": "Naver Cloud", "model": "IPsec VPN (Dedicated)",
                         "tunnels": 2, "desc": "ncloud-kr ↔ 서울본사IDC"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("hq-extfw", "hq-core-sw"),
    ("hq-dj-link", "hq-core-sw"),
    ("ncp-vpn-gw", "hq-core-sw"),
    ("tenantdb-dr", "hq-dj-link"),
    ("nas-dj-repl", "hq-dj-link"),
    ("ess-web", "ncp-vpn-gw"),
    ("geuntae-api", "ncp-vpn-gw"),
    ("yeonmal-calc", "ncp-vpn-gw"),
    ("hr-admin", "ncp-vpn-gw"),
]
# fmt: on
STATUS = {"dj-r02u11": "maintenance", "yeonmal-sim": "maintenance", "paystub-legacy": "retired"}
NET_PREFIX = {"H": "10.20", "D": "10.40", "C": "172.16"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "P1",
        "kind": "disk_full",
        "root": "hq-r09u04",
        "description": "in the small hours of Saturday the nightly warehouse ETL (with Friday's new 연말정산 mart)"
        " spills workfiles to the Greenplum segment host hq-r09u04 until /data is full: the segments on it fail,"
        " gp_report queries error, dw_etl_bat aborts (loudest) and insight-api reports fail, until the spill"
        " files are removed and the mart query is given a spill limit",
        "start": kst(16, 2, 10),
        "end": kst(16, 3, 5),
        "affected": ["hq-r09u04", "gp_report", "dw_etl_bat", "insight-api"],
    },
    {
        "id": "P2",
        "kind": "connection_limit",
        "root": "tama-mq",
        "description": "at the Monday 09:00 clock-in spike, after Sunday night's firmware push to the badge readers"
        " (a shorter keepalive), the readers' reconnect storm takes tama-mq to its connection limit: punches are"
        " refused and retried, tama-ingest drops and delays them (loudest), geuntae-api and tama-dash show missing"
        " clock-ins, until the listener limit is raised and the readers' keepalive restored",
        "start": kst(18, 8, 45),
        "end": kst(18, 9, 40),
        "affected": ["tama-mq", "tama-ingest", "geuntae-api", "tama-dash"],
    },
    {
        "id": "P3",
        "kind": "firewall_session_exhaustion",
        "root": "hq-extfw",
        "description": "on Tuesday morning the 연말정산 간소화 bulk fetch (ntsdoc-fetch at full concurrency against"
        " 홈택스) fills the session table of the external firewall hq-extfw: new outbound sessions are dropped,"
        " ntsdoc-fetch fails (loudest), sabo-edi cannot send the 10:30 EDI, firmbank-relay loses the 금융결제원"
        " link and yeonmal-portal uploads fail, until the session TTL is shortened and the fetch throttled",
        "start": kst(19, 10, 40),
        "end": kst(19, 11, 35),
        "affected": ["hq-extfw", "ntsdoc-fetch", "sabo-edi", "firmbank-relay", "yeonmal-portal"],
    },
    {
        "id": "P4",
        "kind": "lock_contention",
        "root": "tenantdb-01",
        "description": "during the Wednesday trial payroll (가급여) a schema migration (ALTER TABLE over every"
        " tenant schema of shard A) takes ACCESS EXCLUSIVE locks on tenantdb-01: queries queue behind it,"
        " jupan-calc's trial run times out (loudest), ess-web, geuntae-api and hr-admin block, until the"
        " migration is cancelled and rescheduled for the night",
        "start": kst(20, 14, 0),
        "end": kst(20, 14, 55),
        "affected": ["tenantdb-01", "jupan-calc", "ess-web", "geuntae-api", "hr-admin"],
    },
    {
        "id": "P5",
        "kind": "storage_full",
        "root": "nas-payslip",
        "description": "on Thursday evening the January payslip pre-render batch fills the volume /vol/payslip_2027"
        " of nas-payslip (snapshot reserve eaten by daily snapshots): dojang-pdf cannot write PDFs (loudest),"
        " myeongse-mail has nothing to send and ess-web payslip views fail, until the volume is grown and old"
        " snapshots deleted",
        "start": kst(21, 19, 30),
        "end": kst(21, 20, 25),
        "affected": ["nas-payslip", "dojang-pdf", "myeongse-mail", "ess-web"],
    },
    {
        "id": "P6",
        "kind": "queue_full",
        "root": "mq-bank",
        "description": "at the Friday payroll close the sender channel of mq-bank to the relay stops (SSL handshake"
        " failure after a cipher change) and BANK.OUT.Q fills to its max depth (MQRC_Q_FULL 2053): ichae-gen"
        " cannot put transfer files (loudest), bank_kb_sender and bank_shinhan_sender fail, jupan-sched's close"
        " step errors, until the channel's CipherSpec is fixed and the queue drained",
        "start": kst(22, 17, 30),
        "end": kst(22, 18, 25),
        "affected": ["mq-bank", "ichae-gen", "bank_kb_sender", "bank_shinhan_sender", "jupan-sched"],
    },
    {
        "id": "P7",
        "kind": "cache_oom",
        "root": "kv-sess",
        "description": "on payday morning, in the 09:00 clock-in spike, kv-sess reaches maxmemory: its policy was"
        " changed to noeviction on Thursday and sessions have piled up since, so writes fail (OOM command not"
        " allowed): munjigi-sso cannot create sessions (loudest), tama-mobile-api clock-ins, ess-web payslip"
        " views and yeonmal-portal logins fail (ongoing)",
        "start": kst(25, 8, 50),
        "end": None,
        "affected": ["kv-sess", "munjigi-sso", "tama-mobile-api", "ess-web", "yeonmal-portal"],
    },
]
P1, P2, P3, P4, P5, P6, P7 = INCIDENTS
POLICY_CHANGE = kst(21, 10, 20)  # kv-sess maxmemory-policy allkeys-lru → noeviction


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
        owner = SRE
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 11, 'S': 31, 'D': 51}[env]) + i // 9}.{21 + (i * 37) % 200}"
        }
        if kind == "nks":
            attrs |= {
                "cluster": "nks-og-" + ("prd" if env == "P" else "stg" if env == "S" else "dev"),
                "os": "Ubuntu 22.04",
                "k8s": "v1.29.6",
                "instance_no": str(rng.randint(21000000, 29999999)),
            }
        elif kind == "cvm":
            attrs |= {"os": "Rocky Linux 8.10", "instance_no": str(rng.randint(21000000, 29999999))}
        elif kind == "vm":
            attrs |= {
                "os": rng.choice(["RHEL 8.10", "Rocky Linux 8.10"]),
                "hypervisor": "VMware vSphere 8.0U3",
                "vcpu": rng.choice([8, 16]),
                "mem_gb": rng.choice([32, 64]),
            }
        else:  # bare metal
            attrs |= {
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4"]),
                "cores": rng.choice([32, 48, 64]),
                "mem_gb": rng.choice([256, 384, 512]),
                "serial": f"{rng.choice(['CZJ', 'SGH', '7VQ'])}{rng.randint(100000, 999999)}",
            }
        if h.startswith(("hq-r07", "dj-r02u03")):
            owner = DBA
        elif h.startswith("hq-r09"):
            owner = DATA
        elif h in ("kr2-vm-redis01", "kr2-vm-kafka01", "kr2-vm-kafka02", "kr2-vm-kafka03", "hq-r05u08"):
            owner = TAMA
        elif h in ("hq-r05u02", "hq-r03u12"):
            owner = BANK
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


def _weekday(ts: datetime) -> bool:
    return _local(ts).weekday() < 5


def _punch(ts: datetime) -> float:
    """Clock-ins and clock-outs: a sharp 08:30–09:10 spike and a wider 18:00 one on weekdays; shift workers
    of the factory customers at 07:00 / 19:00 every day."""
    h = seoul_hour(ts)
    v = 0.05 + 0.08 * _bump(h, 7.0, 0.3) + 0.08 * _bump(h, 19.0, 0.3)
    if _weekday(ts):
        v += 0.85 * _bump(h, 8.85, 0.28) + 0.45 * _bump(h, 18.3, 0.5) + 0.12 * _bump(h, 13.0, 0.4)
        v += 0.1 * (1 if 9 <= h < 18 else 0)
    return max(0.05, min(1.0, v))


def _ess(ts: datetime) -> float:
    """Employees on the self-service web: office hours, the morning after clock-in, 연말정산 in the evenings and
    weekend afternoons (busier towards the deadline), and payslips on payday morning."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.06 + 0.1 * _bump(h, 21.0, 1.5) + 0.02 * (loc.day - 15)
    if _weekday(ts):
        v += 0.3 * (1 if 9 <= h < 18 else 0) + 0.2 * _bump(h, 9.2, 0.4) + 0.08 * _bump(h, 18.3, 0.5)
    else:
        v += 0.12 * _bump(h, 15.0, 2.5)
    if loc.day == 25:
        v += 0.22 * _bump(h, 8.5, 1.0)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    """HR admins and the payroll team: office hours on weekdays."""
    h = seoul_hour(ts)
    if not _weekday(ts):
        return 0.1 + 0.03 * _bump(h, 14, 3)
    return 0.12 + 0.5 * (1 if 9 <= h < 18 else 0) + 0.12 * _bump(h, 10.5, 1.2)


def _payroll(ts: datetime) -> float:
    """The payroll engine: office hours plus the month-end windows (trial run on the 20th, the close on the
    22nd, the payday transfers on the 25th)."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.6 * _office(ts)
    if loc.day == 20 and 13 <= h < 17:
        v += 0.45
    if loc.day == 22 and 16 <= h < 18.5:
        v += 0.4
    if loc.day == 25 and 5.8 <= h < 8.5:
        v += 0.45
    return max(0.05, min(1.0, v))


def _bank(ts: datetime) -> float:
    """Transfer windows at 10:00 and 15:00 on weekdays, the close on the 22nd and the 06:00 payday run."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.08
    if _weekday(ts):
        v += 0.35 * _bump(h, 10.1, 0.35) + 0.35 * _bump(h, 15.1, 0.35) + 0.15 * (1 if 9 <= h < 18 else 0)
    if loc.day == 22 and 17 <= h < 18.5:
        v += 0.35
    if loc.day == 25 and 6 <= h < 8:
        v += 0.6
    return max(0.05, min(1.0, v))


def _docs(ts: datetime) -> float:
    """Payslips: the pre-render on Thursday 21 evening and the payday delivery/views from 07:00 on the 25th."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.08 + 0.15 * (1 if _weekday(ts) and 9 <= h < 18 else 0)
    if loc.day == 21 and 19 <= h < 22:
        v += 0.6
    if loc.day == 25 and h >= 7:
        v += 0.55
    return max(0.05, min(1.0, v))


def _nightly(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.85 if 2 <= h < 3.5 else 0.25 * _office(ts) + 0.08


def _steady(ts: datetime) -> float:
    return 0.5


PUNCH_SIDE = {
    "tama-mq", "tama-ingest", "tama-mobile-api", "kafka-punch", "kv-punch", "tama-sink", "geuntae-api",
    "pg-tama", "ncp-nlb-punch", "kr2-nks-w01", "kr2-nks-w02", "kr2-vm-redis01", "kr2-vm-kafka01",
    "kr2-vm-kafka02", "kr2-vm-kafka03", "hq-r05u08",
}  # fmt: skip
ESS_SIDE = {
    "ess-web", "munjigi-sso", "kv-sess", "pg-sso", "kv-ess", "yeonmal-portal", "yeonmal-calc", "ntsdoc-fetch",
    "obj-yeonmal-docs", "tenant-router", "ncp-alb-app", "l4-hq-ext", "gslb-ongeup", "hq-r03u16", "hq-r05u06",
    "hq-r07u07", "kr2-nks-w04", "kr2-nks-w05", "kr2-nks-w06", "ncp-vpn-gw", "yeonmal-sim",
    "jeungmyeong-api", "ocr-receipt", "kr2-nks-w07",
}  # fmt: skip
OFFICE = {
    "tama-dash", "tama-rule", "hr-admin", "insa-core", "scim-sync", "og-billing", "maria-billing", "sabo-edi",
    "insight-api", "notice-hub", "kr2-nks-w03", "hq-r12u01", "hq-extfw", "hq-core-sw", "tenantdb-02",
    "hq-r07u05", "l4-hq-int", "og-openapi",
}  # fmt: skip
PAYROLL = {"jupan-calc", "jupan-rule", "jupan-sched", "kv-calc", "tenantdb-01", "hq-r03u08", "hq-r03u10",
           "hq-r07u03", "tama_close_bat"}  # fmt: skip
BANKING = {"ichae-gen", "bank_kb_sender", "bank_shinhan_sender", "bank_woori_sender", "bank_ibk_sender",
           "firmbank-relay", "mq-bank", "hq-r03u12", "hq-r03u14", "hq-r05u02"}  # fmt: skip
DOCS = {"dojang-pdf", "myeongse-mail", "rmq-doc", "nas-payslip", "hq-r03u18", "hq-r05u10"}
NIGHTLY = {"dw_etl_bat", "gp_report", "tenantdb-dr", "hq-r09u03", "hq-r09u04", "hq-r09u05", "hq-r09u08",
           "dj-r02u03", "edi4ins_bat", "hq-dj-link", "nas-dj-repl", "vtl-backup", "hq-r11u22"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (PUNCH_SIDE, _punch),
        (ESS_SIDE, _ess),
        (OFFICE, _office),
        (PAYROLL, _payroll),
        (BANKING, _bank),
        (DOCS, _docs),
        (NIGHTLY, _nightly),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "P1": {1: (9.0, 12.0), 2: (2.5, 9.0)},
    "P2": {0: (6.0, 9.0), 1: (3.0, 14.0), 2: (1.8, 7.0)},
    "P3": {1: (4.0, 12.0), 2: (2.0, 6.5)},
    "P4": {0: (12.0, 4.5), 1: (3.0, 9.5)},
    "P5": {0: (7.0, 6.0), 1: (3.5, 18.0), 2: (1.7, 7.0)},
    "P6": {0: (5.0, 9.0), 1: (3.0, 15.0), 2: (1.8, 8.0)},
    "P7": {0: (5.0, 12.0), 1: (3.5, 24.0), 2: (1.9, 9.0)},
}
EFFECT_OVERRIDE = {
    ("P1", "dw_etl_bat"): (2.8, 36.0),
    ("P2", "tama-ingest"): (4.0, 31.0),
    ("P3", "ntsdoc-fetch"): (4.5, 34.0),
    ("P4", "jupan-calc"): (5.0, 27.0),
    ("P5", "dojang-pdf"): (3.8, 38.0),
    ("P6", "ichae-gen"): (3.2, 33.0),
    ("P7", "munjigi-sso"): (4.2, 35.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "hq-r05u02", "hq-r05u06", "hq-r05u08", "hq-r05u10", "hq-r07u03", "hq-r07u05", "hq-r07u07", "hq-r09u03",
    "hq-r09u04", "hq-r09u05", "hq-r11u20", "hq-r11u22", "dj-r02u03", "dj-r02u11", "kr2-vm-redis01",
    "kr2-vm-kafka01", "kr2-vm-kafka02", "kr2-vm-kafka03",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _spill_disk(ts: datetime, base: float) -> float:
    """hq-r09u04 /data: the nightly ETL's spill files each night (02:00–03:30), full in P1."""
    h = seoul_hour(ts)
    spill = 16.0 * math.sin(math.pi * (h - 2) / 1.5) if 2 <= h < 3.5 else 0.0
    v = base + spill
    if P1["start"] - timedelta(minutes=40) <= ts < P1["start"]:
        p = (ts - (P1["start"] - timedelta(minutes=40))).total_seconds() / 2400
        v = base + (99.6 - base) * p**1.5
    elif P1["start"] <= ts < P1["end"]:
        v = 99.6
    elif P1["end"] <= ts < P1["end"] + timedelta(minutes=20):
        v = 99.6 - (99.6 - base) * (ts - P1["end"]).total_seconds() / 1200
    return v


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "hq-r11u20":  # OpenSearch log volume: the disk creeps up
        disk0, growth = 63.5, 1.35
    if name == "hq-r09u04":
        disk0, growth = 57.0, 0.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "hq-r09u04":
            disk = _spill_disk(ts, disk)
            cpu += 30 * ramp(ts, P1["start"], P1["end"], rise=5, fall=10)
        if name == "hq-r05u08":  # EMQX node under the reconnect storm
            cpu += (92.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, P2["start"], P2["end"], rise=5, fall=10)
        if name == "hq-r05u06":  # kv-sess keeps every session since Thursday
            grow = max(0.0, (ts - POLICY_CHANGE).total_seconds() / 86400)
            mem += min(grow * 5.0, 22.0)
        if name in ("hq-r03u08", "hq-r03u10"):  # payroll runs
            cpu += 35 * (load(ts) - 0.6 * _office(ts))
        if name == "hq-r03u18":  # pre-render and payday
            cpu += 30 * max(0.0, _docs(ts) - 0.3)
        if name == "dj-r02u11":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"hq-dj-link": 2.4, "ncp-vpn-gw": 3.1, "hq-extfw": 0.6}.get(name, rng.uniform(0.2, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "hq-extfw":  # P3: the session table is full, new sessions dropped
            r = ramp(ts, P3["start"], P3["end"], rise=5, fall=10)
            cpu += (96.5 + rng.gauss(0, 0.6) - cpu) * r
            rtt *= 1 + 7 * r
            loss += 14.0 * r * (1 + rng.gauss(0, 0.08))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _payslip_fill(rng: random.Random, ts: datetime) -> float:
    """nas-payslip: daily snapshots eat the reserve; the pre-render fills it at P5; the volume is grown after."""
    days = (ts - START).total_seconds() / 86400
    base = 74.0 + 0.45 * days
    fill_from = kst(21, 19, 0)
    if ts < fill_from:
        v = base
    elif ts < P5["start"]:
        v = base + (99.95 - base) * ((ts - fill_from).total_seconds() / 1800) ** 1.3
    elif ts < P5["end"]:
        v = 99.95
    else:
        v = 61.0 + 0.3 * (ts - P5["end"]).total_seconds() / 86400 + 4.0 * _docs(ts)
    return min(100.0, v + rng.gauss(0, 0.04))


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"obj-yeonmal-docs": (41, 42), "nas-dj-repl": (58, 60), "vtl-backup": (66, 68)}.get(name, (35, 55))
    per_day = {"obj-yeonmal-docs": 0.9}.get(name, 0.05)
    fill = storage_fill(
        rng, name, times, START, used, per_day, _payslip_fill if name == "nas-payslip" else None
    )
    lat0 = rng.uniform(6, 14) if name.startswith("obj") else rng.uniform(0.8, 2.4)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "nas-payslip":  # writes fail with ENOSPC, metadata ops crawl
            lat *= 1 + 9.0 * ramp(ts, P5["start"], P5["end"], rise=5, fall=10)
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "tama-ingest": 18.0, "tama-mobile-api": 85.0, "geuntae-api": 120.0, "tama-dash": 240.0, "tama-rule": 45.0,
    "tama-sink": 12.0, "tama_close_bat": 380.0, "jupan-calc": 310.0, "jupan-rule": 26.0, "jupan-sched": 140.0,
    "ichae-gen": 420.0, "bank_kb_sender": 260.0, "bank_shinhan_sender": 240.0, "bank_woori_sender": 330.0,
    "bank_ibk_sender": 280.0, "firmbank-relay": 95.0, "sabo-edi": 520.0, "edi4ins_bat": 460.0,
    "yeonmal-portal": 180.0, "yeonmal-calc": 210.0, "ntsdoc-fetch": 640.0, "yeonmal-sim": 150.0,
    "dojang-pdf": 560.0, "myeongse-mail": 90.0, "munjigi-sso": 60.0, "scim-sync": 170.0, "ess-web": 150.0,
    "hr-admin": 230.0, "insa-core": 70.0, "tenant-router": 4.0, "notice-hub": 55.0, "og-billing": 130.0,
    "dw_etl_bat": 610.0, "insight-api": 350.0, "ops-watch": 90.0, "jeungmyeong-api": 240.0, "og-openapi": 35.0,
    "ocr-receipt": 520.0, "vault-og": 8.0, "audit-trail": 25.0, "pg-audit": 2.0,
    "tenantdb-01": 3.4, "tenantdb-02": 3.1, "tenantdb-dr": 2.6, "pg-tama": 2.2, "pg-sso": 1.6,
    "maria-billing": 2.9, "gp_report": 48.0,
    "kv-sess": 0.4, "kv-calc": 0.5, "kv-punch": 0.3, "kv-ess": 0.35,
    "tama-mq": 2.8, "kafka-punch": 4.5, "mq-bank": 6.0, "rmq-doc": 3.2,
    "l4-hq-ext": 1.4, "l4-hq-int": 0.9, "ncp-alb-app": 2.1, "ncp-nlb-punch": 0.7, "gslb-ongeup": 0.5,
    "l4-dj-ext": 1.1,
}  # fmt: skip
REQUEST_RATE = {
    "tama-ingest": 2400.0, "tama-mobile-api": 1900.0, "geuntae-api": 850.0, "tama-dash": 120.0,
    "tama-sink": 2600.0, "jupan-calc": 420.0, "jupan-rule": 1600.0, "ichae-gen": 35.0, "firmbank-relay": 60.0,
    "yeonmal-portal": 760.0, "yeonmal-calc": 240.0, "ntsdoc-fetch": 310.0, "dojang-pdf": 180.0,
    "myeongse-mail": 950.0, "munjigi-sso": 1500.0, "ess-web": 2200.0, "hr-admin": 140.0, "insa-core": 650.0,
    "tenant-router": 5200.0, "notice-hub": 700.0, "insight-api": 22.0, "og-openapi": 900.0,
    "jeungmyeong-api": 85.0, "vault-og": 310.0,
    "tenantdb-01": 9800.0, "tenantdb-02": 8700.0, "pg-tama": 4100.0, "pg-sso": 2300.0, "gp_report": 30.0,
    "kv-sess": 6400.0, "kv-calc": 3900.0, "kv-punch": 5200.0, "kv-ess": 4400.0,
    "tama-mq": 2500.0, "kafka-punch": 5100.0, "mq-bank": 40.0, "rmq-doc": 190.0,
    "ncp-alb-app": 5600.0, "ncp-nlb-punch": 2500.0, "l4-hq-ext": 1700.0,
}  # fmt: skip
MEMORY = {  # caches, brokers with a memory gauge: (level, swing with load)
    "kv-sess": (58.0, 6.0), "kv-calc": (47.0, 8.0), "kv-punch": (36.0, 14.0), "kv-ess": (52.0, 5.0),
    "tama-mq": (34.0, 18.0), "kafka-punch": (44.0, 6.0), "mq-bank": (28.0, 4.0), "rmq-doc": (22.0, 12.0),
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
            if inc is P2 and name in ("tama-ingest", "tama-mq"):
                req *= 1 - 0.55 * r  # punches refused
            if inc is P2 and name == "tama-mq":
                req *= 1 + 1.8 * r  # CONNECT retries of the readers
            if inc is P6 and name == "mq-bank":
                req *= 1 - 0.8 * r
            if inc is P7 and name == "munjigi-sso":
                req *= 1 + 0.6 * r  # login retries
            if inc is P1 and name == "dw_etl_bat":
                req *= 1 - 0.8 * r
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "kv-sess":  # noeviction since Thursday: sessions pile up until maxmemory
                grow = max(0.0, (ts - POLICY_CHANGE).total_seconds() / 86400)
                mem += grow * 8.4
                mem += (99.3 + rng.gauss(0, 0.2) - mem) * ramp(ts, P7["start"], P7["end"], rise=5)
            if name == "tama-mq":
                mem += (95.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, P2["start"], P2["end"], rise=5, fall=10)
            if name == "mq-bank":
                mem += (88.0 + rng.gauss(0, 0.5) - mem) * ramp(ts, P6["start"], P6["end"], rise=10, fall=15)
            row["memory_usage"] = round(min(mem, 99.6), 1)
        if name == "tama-mq":  # EMQX node CPU as the broker reports it
            cpu = 14 + 30 * d + rng.gauss(0, 1.0)
            cpu += (94.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, P2["start"], P2["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly ETL, the 4대보험 batch and EDI, the bank windows and the l4-hq-ext certificate warning."""
    rows = []
    for d in range(15, 26):
        wd = datetime(2027, 1, d).weekday() < 5
        if d != 16:
            rows.append((d, 2, 0, "dw_etl_bat", "info", "batch_job", "DW 야간 적재 시작 (dag og_dw_daily)"))
            rows.append((d, 3, 20, "dw_etl_bat", "info", "batch_job", "DW 야간 적재 완료"))
        rows.append((d, 23, 30, "edi4ins_bat", "info", "batch_job", "4대보험 신고 대상 집계 배치 시작"))
        rows.append((d, 23, 48, "edi4ins_bat", "info", "batch_job", "4대보험 신고 대상 집계 배치 완료"))
        if wd:
            if d != 19:
                rows.append((d, 10, 30, "sabo-edi", "info", "edi", "4대보험 취득/상실 신고 EDI 전송 완료"))
            rows.append((d, 10, 0, "ichae-gen", "info", "transfer", "정기 이체파일 생성 (10시 회차)"))
            rows.append((d, 15, 0, "ichae-gen", "info", "transfer", "정기 이체파일 생성 (15시 회차)"))
        left = (datetime(2027, 2, 1) - datetime(2027, 1, d)).days
        rows.append(
            (d, 9, 0, "l4-hq-ext", "warning", "cert_expiry",
             f"SSL certificate *.ongeup.co.kr expires in {left} days (2027-02-01), manual renewal required")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (15, 14, 0, "ess-web-stg", "info", "deployment", "ess-web-stg 8.1.0-rc1 배포"),
    (15, 18, 10, "dw_etl_bat", "info", "deployment", "dw_etl_bat dbt 모델 배포 (연말정산 마트 mart_yeonmal 추가)"),
    (16, 11, 0, "hq-r11u20", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/opensearch"),
    (17, 22, 30, "tama-mq", "info", "config_change", "리더기 펌웨어 배포 공지: keepalive 60s → 15s (벤더 원격 배포, 14,200대)"),
    (18, 8, 20, "tama-ingest", "info", "deployment", "tama-ingest 3.8.1 배포 (중복 타각 판정 개선)"),
    (18, 16, 0, "jupan-calc-stg", "info", "deployment", "jupan-calc-stg 2027.02.0-rc1 배포"),
    (19, 9, 0, "yeonmal-portal", "info", "event", "연말정산 간소화 자료 일괄 수집 오픈 (고객사 312곳)"),
    (19, 10, 15, "ntsdoc-fetch", "info", "deployment", "ntsdoc-fetch 1.12.0 배포 (PDF 파서 2026 귀속 서식 대응)"),
    (19, 14, 30, "hq-r11u20", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/opensearch"),
    (20, 6, 0, "tama_close_bat", "info", "batch_job", "1월 근태 마감 배치 시작"),
    (20, 7, 40, "tama_close_bat", "info", "batch_job", "1월 근태 마감 배치 완료 (근무시간 집계 2,210개사)"),
    (20, 10, 0, "dj-r02u11", "info", "maintenance", "dj-r02u11 디스크 교체 작업 (RAID rebuild), DR 백업 일시 중지"),
    (20, 13, 0, "jupan-calc", "info", "batch_job", "1월 가급여 계산 시작 (trial run, 2,210개사)"),
    (20, 13, 40, "jupan-calc", "info", "deployment", "jupan-calc 2027.01.2 배포 (연장근로 수당 반올림 수정)"),
    (20, 13, 55, "tenantdb-01", "info", "maintenance", "flyway migrate V2027_01_20_1 시작: ALTER TABLE pay_item ADD COLUMN (shard A 1,180 schemas)"),
    (20, 16, 30, "jupan-calc", "info", "batch_job", "1월 가급여 계산 완료 (재실행 포함)"),
    (21, 10, 20, "kv-sess", "info", "config_change", "maxmemory-policy allkeys-lru → noeviction (세션 유실 민원 대응)"),
    (21, 11, 0, "yeonmal-sim", "info", "maintenance", "yeonmal-sim 점검 (2026 귀속 신용카드 공제율 반영), 서비스 중지"),
    (21, 19, 0, "dojang-pdf", "info", "batch_job", "1월 급여명세서 사전 생성 배치 시작 (약 41만 건)"),
    (21, 19, 5, "dojang-pdf", "info", "deployment", "dojang-pdf 6.3.0 배포 (Pretendard 폰트 추가)"),
    (22, 9, 20, "hq-r11u20", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/opensearch"),
    (22, 17, 5, "bank_kb_sender", "info", "deployment", "bank_kb_sender 2.0.9 배포 (KB 전문 헤더 변경 대응)"),
    (22, 17, 15, "mq-bank", "info", "config_change", "SVRCONN/SDR 채널 CipherSpec 변경 TLS_RSA_WITH_AES_256_CBC_SHA256 → ANY_TLS13"),
    (22, 18, 0, "jupan-sched", "info", "batch_job", "1월 급여 확정 마감 (18:00)"),
    (23, 14, 0, "yeonmal-portal-qa", "info", "deployment", "yeonmal-portal-qa 2027.01.0-beta3 배포"),
    (24, 22, 10, "munjigi-sso", "info", "deployment", "munjigi-sso 24.0.5-og7 배포 (고객사 IdP 메타데이터 갱신)"),
    (25, 6, 0, "jupan-sched", "info", "batch_job", "1월 급여 지급일 이체 시작 (25일)"),
    (25, 6, 2, "ichae-gen", "info", "transfer", "급여 이체파일 생성 (KB국민, 신한, 우리, IBK기업)"),
    (25, 6, 40, "ichae-gen", "info", "transfer", "급여 이체파일 4개 은행 전송 완료"),
    (25, 7, 0, "myeongse-mail", "info", "batch_job", "1월 급여명세서 발송 시작 (알림톡/이메일)"),
    # P1 (Saturday small hours)
    (16, 2, 0, "dw_etl_bat", "info", "batch_job", "DW 야간 적재 시작 (dag og_dw_daily)"),
    (16, 1, 58, "hq-r09u04", "warning", "disk", "/data usage 85% (pgsql_tmp spill files)"),
    (16, 2, 9, "hq-r09u04", "critical", "disk", "/data 100% full: No space left on device"),
    (16, 2, 12, "gp_report", "critical", "segment", "FTS: segment seg3 (hq-r09u04:6003) marked down, could not write to temporary file"),
    (16, 2, 16, "dw_etl_bat", "critical", "batch_job", "mart_yeonmal 모델 실패 (workfile limit / disk full), DAG og_dw_daily 중단"),
    (16, 2, 24, "insight-api", "major", "error", "인건비 리포트 조회 실패 (gp_report segment down)"),
    (16, 2, 58, "hq-r09u04", "info", "config_change", "pgsql_tmp spill 파일 정리, gp_workfile_limit_per_query 20GB 설정"),
    (16, 3, 10, "gp_report", "info", "recovery", "gprecoverseg 완료, 전 세그먼트 up"),
    (16, 4, 5, "dw_etl_bat", "info", "batch_job", "DW 야간 적재 재실행 완료 (지연)"),
    # P2 (Monday 18 clock-in)
    (18, 8, 44, "tama-mq", "warning", "connections", "connections 15,300 / max 16,000"),
    (18, 8, 47, "tama-mq", "critical", "connections", "listener ssl:default reached max_connections, CONNECT refused"),
    (18, 8, 51, "tama-ingest", "critical", "error", "타각 수신 실패 30%, 재시도 큐 적체 (MQTT reconnect storm)"),
    (18, 8, 58, "geuntae-api", "major", "error", "오늘 출근 기록 누락 문의 급증 (타각 지연)"),
    (18, 9, 3, "tama-dash", "warning", "error", "실시간 출근 현황 미갱신"),
    (18, 9, 35, "tama-mq", "info", "config_change", "max_connections 16,000 → 40,000, 리더기 keepalive 60s 원복"),
    (18, 9, 45, "tama-ingest", "info", "recovery", "지연 타각 재처리 완료"),
    # P3 (Tuesday morning)
    (19, 10, 38, "hq-extfw", "warning", "session", "session table usage 92% (1,840,000 / 2,000,000)"),
    (19, 10, 42, "hq-extfw", "critical", "session", "session table full, new sessions dropped (conserve mode)"),
    (19, 10, 45, "ntsdoc-fetch", "critical", "error", "홈택스 연결 실패 (connect timeout) 34%"),
    (19, 10, 48, "sabo-edi", "major", "edi", "4대보험 EDI 전송 실패: 정보연계센터 접속 불가"),
    (19, 10, 50, "firmbank-relay", "major", "error", "금융결제원 CMS 세션 끊김, 재접속 실패"),
    (19, 10, 56, "yeonmal-portal", "warning", "error", "간소화 자료 불러오기 실패 증가"),
    (19, 11, 30, "hq-extfw", "info", "config_change", "tcp session-ttl 3600 → 300, ntsdoc-fetch 출발지 세션 제한 50k"),
    (19, 11, 50, "sabo-edi", "info", "edi", "4대보험 EDI 재전송 완료"),
    # P4 (Wednesday trial payroll)
    (20, 14, 2, "tenantdb-01", "major", "lock_wait", "lock wait: 412 sessions waiting on AccessExclusiveLock (pay_item)"),
    (20, 14, 5, "tenantdb-01", "critical", "lock_wait", "connections 1,460 / max_connections 1500, statement_timeout 다발"),
    (20, 14, 7, "jupan-calc", "critical", "error", "가급여 계산 타임아웃 27% (canceling statement due to lock timeout)"),
    (20, 14, 10, "ess-web", "major", "error", "명세서/연차 조회 지연 (shard A)"),
    (20, 14, 11, "hr-admin", "major", "error", "급여 설정 저장 실패"),
    (20, 14, 14, "geuntae-api", "warning", "error", "근태 승인 처리 지연"),
    (20, 14, 50, "tenantdb-01", "info", "config_change", "마이그레이션 pg_cancel_backend, 야간 재실행으로 변경"),
    (20, 15, 0, "jupan-calc", "info", "recovery", "가급여 계산 재개"),
    # P5 (Thursday payslip pre-render)
    (21, 19, 26, "nas-payslip", "warning", "capacity", "volume payslip_2027 95% used"),
    (21, 19, 31, "nas-payslip", "critical", "capacity", "volume payslip_2027 is full (100%), snapshot reserve exhausted"),
    (21, 19, 34, "dojang-pdf", "critical", "error", "PDF 저장 실패 38% (java.io.IOException: No space left on device)"),
    (21, 19, 43, "myeongse-mail", "major", "error", "발송 대상 명세서 미생성, 발송 보류"),
    (21, 19, 47, "ess-web", "warning", "error", "명세서 미리보기 실패"),
    (21, 20, 20, "nas-payslip", "info", "config_change", "volume payslip_2027 8TB 증설, 30일 지난 스냅샷 삭제"),
    (21, 20, 40, "dojang-pdf", "info", "recovery", "사전 생성 배치 재개"),
    # P6 (Friday payroll close)
    (22, 17, 31, "mq-bank", "major", "channel", "AMQ9665E: SSL connection closed by remote end, channel TO.RELAY RETRYING"),
    (22, 17, 38, "mq-bank", "critical", "queue_depth", "BANK.OUT.Q depth 50,000 / MAXDEPTH 50,000 (MQRC_Q_FULL 2053)"),
    (22, 17, 40, "ichae-gen", "critical", "error", "이체파일 MQPUT 실패 (2053), 확정분 이체파일 생성 중단"),
    (22, 17, 42, "bank_kb_sender", "major", "error", "KB 송신 대기 (수신 메시지 없음)"),
    (22, 17, 44, "bank_shinhan_sender", "major", "error", "신한 송신 대기"),
    (22, 17, 52, "jupan-sched", "major", "batch_job", "급여 확정 후속 단계 실패 (이체파일 생성 오류)"),
    (22, 18, 20, "mq-bank", "info", "config_change", "채널 CipherSpec 원복, BANK.OUT.Q 적체 해소"),
    (22, 18, 40, "ichae-gen", "info", "recovery", "확정분 이체파일 생성 완료"),
    # P7 (payday morning, ongoing)
    (25, 8, 49, "kv-sess", "warning", "memory", "used_memory 15.8GB / maxmemory 16GB"),
    (25, 8, 52, "kv-sess", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory' (noeviction)"),
    (25, 8, 56, "munjigi-sso", "critical", "error", "로그인 실패 35% (세션 저장 실패, Redis OOM)"),
    (25, 9, 2, "tama-mobile-api", "major", "error", "모바일 출근 체크 실패 (인증 토큰 발급 불가)"),
    (25, 9, 4, "ess-web", "major", "error", "명세서 조회 로그인 실패 증가"),
    (25, 9, 8, "yeonmal-portal", "warning", "error", "연말정산 포털 로그인 실패"),
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
    generate(NAME, "payroll-saas", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
