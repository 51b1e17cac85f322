"""Generate the court e-filing estate (tests/fixtures/court-efile/, interchange format) and its faults.

A Korean court e-filing and case-management operator (전자소송 / 사건관리): the e-filing portal `ecf-portal` for
lawyers and citizens with the filing back end `ecf-submit` and the attachment service `ecf-attach` on the Tibero
filing DB `tbr-efile`; case management `cms-core`, `cms-inquiry` (나의사건) and `cms-assign` (배당) on the Tibero
TAC `tbr-case` (a standby `tbr-case-dr` at the DR site); e-document conversion `edoc-pdfconv` (HWP/DOCX → PDF/A)
and signature verification `edoc-sigverify` (공동인증서 / 금융인증서) with the OCSP/CRL relay `pki-ocsp-proxy`,
the timestamp service `pki-tsa` and the HSM `hsm-gc-01`; fee payment `pay-fee` (인지대/송달료) and the bank relay
`pay-bankrelay` over the IBM MQ queue manager `mq-bank` and the 금융결제원 line; e-service of process
`dlv-eservice` (전자송달) with the notification hub `dlv-notify` on CUBRID `cub-notify` and its SMS / 알림톡
gateways; hearing scheduling `hrg-sched`, the video-hearing gateway `hrg-video-gw`, the SFU `hrg-media` and the
recorder `hrg-recorder`; judgment publication `jdg-search` on OpenSearch `os-jdg` with the anonymiser
`jdg-anonymizer` (비실명처리); the records archive `arc-records` on `tbr-arc` and object storage `obj-records`;
identity verification `idv-core` / `idv-mobile` on MariaDB `mdb-idv` and the session cache `redis-session`; the
Kafka message hub `kafka-hub`; court-branch kiosk servers in Seoul, Daejeon and Gwangju; analytics on NCP.
Sites 과천 주전산센터 (main DC), 대구 DR센터, 서울법원종합청사, 대전법원청사, 광주법원청사 and NCP 공공클라우드;
environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): English system codes by business domain (`ecf-*` e-filing, `cms-*` case
management, `edoc-*`, `pki-*`, `pay-*`, `dlv-*` delivery, `hrg-*` hearings, `jdg-*` judgments, `arc-*`, `idv-*`,
`anl-*`), legacy batch jobs in upper snake case (`BAT_EDLV_DAILY`, `BAT_FEE_RECON`, `BAT_ARC_NIGHTLY`,
`BAT_JDG_PUBLISH`, of type batch), databases by engine prefix (`tbr-` Tibero, `pg-`, `cub-` CUBRID, `mdb-`
MariaDB, `os-` OpenSearch, `ncdb-` NCP Cloud DB), bare metal by site, rack and unit (`gc-a07-14` = 과천 rack A07
U14, `dg-a02-03` = 대구), VMware VMs as `gcv-<domain>-<role>NN`, branch servers `sl-brsv-01`, NCP servers
`ncp-anl-etl01`, and network gear by role and site (`fw-dmz-gc`, `wan-dj-gc`, `kftc-line`).

Seven injected incidents (times KST; now = Wednesday 2028-03-15 10:50, the morning filing and hearing peak; the
window is the 10 days before; lawyers file in office hours with a rush before the midnight deadline, court staff
work 09–18, hearings sit 10–12 and 14–17 on weekdays, notifications go out from 08:30, the archive, index and
analytics batches run at night, the weekly full judgment re-index runs Saturday 21:30):
  R1 Mon 06 10:20–11:15  pki-ocsp-proxy runs without its response cache (disabled with the nonce change on Sunday
                         night) and saturates on the CA OCSP round trips: edoc-sigverify (loudest, 4.2.0 deployed
                         at 09:55), idv-core (공동인증서 login), ecf-submit
  R2 Tue 07 22:50–23:45  (midnight deadline rush) tbr-efile's archive log destination fills (archive backups paused
                         for the backup-server move) and log switches hang: ecf-submit (loudest, 7.3.1 deployed at
                         18:00), ecf-attach, ecf-portal
  R3 Thu 09 14:10–15:00  (afternoon hearings) gc-c04-10 saturates on softirq after Wednesday's NIC firmware update:
                         hrg-media, hrg-recorder, hrg-video-gw (loudest, 3.8.0 deployed at 13:40)
  R4 Fri 10 16:30–17:25  (Friday fee-payment rush) mq-bank's channel to 금융결제원 stops after a cipher change and
                         the transmission queue fills: pay-bankrelay (loudest, 3.9.0 deployed at 16:05), pay-fee,
                         ecf-portal
  R5 Sat 11 21:40–22:35  the weekly full re-index trips os-jdg's lowered circuit breaker (changed Friday) in old-gen
                         GC: jdg-search (loudest, 2.14.0 deployed at 20:50), jdg-anonymizer, BAT_JDG_PUBLISH
  R6 Mon 13 08:40–09:35  (Monday morning notification burst with the weekend backlog) cub-notify runs out of broker
                         CAS processes (cut on Friday): dlv-notify (loudest, 5.1.2 deployed at 08:20),
                         dlv-eservice, hrg-sched
  R7 Wed 15 10:05–now    redis-session (maxmemory halved on Tuesday evening, noeviction) fills and refuses writes:
                         idv-core (loudest), ecf-portal (9.4.2 deployed at 09:50), hrg-video-gw (ongoing)
Confounders: the office-hour and midnight-deadline filing peaks, hearing sessions, the Monday notification
backlog, the nightly archive / index / ETL batches, deploys on victims before most incidents, shared hosts (three
Redis on gc-b03-08, two PostgreSQL on gcv-db-01, CUBRID and MariaDB on gcv-db-02), `dg-b01-09` and
`hrg-video-gw-dev` in maintenance, the retired `ecf-legacy-ax`, the monitoring server `gcv-mon-01`'s disk creeping
up and the public SLB `slb-ecf-pub`'s certificate for ecfs.scourt.go.kr expiring on 2028-03-24 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/crt_golden.py) are computed from the files.

    .venv/bin/python bench/crt_estate.py   # rewrites tests/fixtures/court-efile*
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

NAME = "court-efile"
NOW = datetime(2028, 3, 15, 1, 50, tzinfo=UTC)  # Wednesday 2028-03-15 10:50 KST
START = NOW - timedelta(days=10)  # Sunday 2028-03-05 10:50 KST
SEED = 20280315
SITES = {
    "G": "과천 주전산센터",
    "D": "대구 DR센터",
    "S": "서울법원종합청사",
    "J": "대전법원청사",
    "K": "광주법원청사",
    "N": "NCP 공공클라우드",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-03")

EFL, CMS, DOC, PKI = "전자소송운영팀", "사건관리개발팀", "edoc-platform", "인증보안파트"
PAY, DLV, HRG, JDG = "납부연계파트", "송달알림팀", "재판지원시스템팀", "판결공개파트"
ARC, IDV, INFRA, DBA = "기록보존팀", "identity-squad", "인프라운영팀", "DB관리팀"
NET, DATA, BRN, MW = "네트워크보안팀", "analytics-cell", "지방법원전산실", "middleware-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- e-filing
    "ecf-portal": ("service", EFL, "G", "P", ["gcv-ecf-web01", "gcv-ecf-web02"],
                   ["idv-core", "ecf-submit", "cms-inquiry", "redis-session", "pay-fee"],
                   {"desc": "전자소송 포털 (변호사/당사자 서류 제출, 나의사건, 납부)",
                    "product": "eGovFrame 4.1 (Spring 5.3) on JEUS 8", "version": "9.4.2", "instances": 8,
                    "endpoint": "ecfs.scourt.go.kr", "registered_users": 1840000, "session_timeout_min": 30}),
    "ecf-submit": ("service", EFL, "G", "P", ["gcv-ecf-app01", "gcv-ecf-app02"],
                   ["edoc-pdfconv", "edoc-sigverify", "tbr-efile", "kafka-hub", "pay-fee"],
                   {"desc": "전자 서류 제출 처리 (접수번호 채번, 서명 확인, 제출 확정)", "product": "JEUS 8 + 자체개발 (Java 11)",
                    "version": "7.3.1", "instances": 6, "daily_submissions_avg": 162000, "deadline": "24:00"}),
    "ecf-attach": ("service", EFL, "G", "P", ["gcv-ecf-app02"], ["edoc-pdfconv", "tbr-efile", "redis-session"],
                   {"desc": "첨부서류 업로드/악성코드 검사", "version": "3.0.8", "av_engine": "AhnLab V3 Engine 9.0",
                    "max_file_mb": 100, "product": "자체개발 (Java 17)"}),
    # ---------------------------------------------------------------- case management
    "cms-core": ("service", CMS, "G", "P", ["gcv-cms-was01", "gcv-cms-was02"], ["tbr-case", "redis-case", "kafka-hub"],
                 {"desc": "사건관리 코어 (접수, 진행, 기일, 종국)", "product": "ProFrame 5.0 on JEUS 8", "version": "12.8.0",
                  "instances": 6, "case_types": "민사, 가사, 행정, 특허, 회생"}),
    "cms-inquiry": ("service", CMS, "G", "P", ["gcv-cms-was03"], ["tbr-case", "redis-case"],
                    {"desc": "나의사건 검색/진행 조회", "version": "5.2.3", "cache_ttl_s": 120,
                     "product": "자체개발 (Spring Boot 2.7)"}),
    "cms-assign": ("service", CMS, "G", "P", ["gcv-cms-was03"], ["cms-core", "tbr-case"],
                   {"desc": "사건 배당 (전자 배당, 재배당)", "version": "2.6.0", "product": "자체개발 (Java 11)",
                    "algorithm": "무작위 전자배당 v3"}),
    # ---------------------------------------------------------------- e-documents and PKI
    "edoc-pdfconv": ("service", DOC, "G", "P", ["gc-b02-05", "gc-b02-06"], ["kafka-hub"],
                     {"desc": "전자문서 변환 (HWP/HWPX/DOCX/이미지 → PDF/A-1b)", "product": "Hancom Converter 2024 + 자체 래퍼",
                      "version": "4.9.1", "workers": 96, "formats": "hwp, hwpx, docx, jpg, tif"}),
    "edoc-sigverify": ("service", PKI, "G", "P", ["gcv-pki-01"], ["pki-ocsp-proxy", "redis-crl"],
                       {"desc": "전자서명 검증 (공동인증서 PKCS#7, 금융인증서)", "product": "MagicLine4 + 자체개발",
                        "version": "4.2.0", "instances": 4, "algorithms": "RSA-2048, SHA-256"}),
    "pki-ocsp-proxy": ("service", PKI, "G", "P", ["gcv-pki-01"], [],
                       {"desc": "OCSP/CRL 중계 (yessign, 한국정보인증, 코스콤, 한국전자인증)", "product": "자체개발 (Go 1.22)",
                        "version": "2.3.5", "cas": 4, "ocsp_cache_ttl_s": 600}),
    "pki-tsa": ("service", PKI, "G", "P", ["gcv-pki-01"], [],
                {"desc": "시점확인 서비스 (RFC 3161 타임스탬프)", "product": "자체개발 (Java 17)", "version": "1.7.2",
                 "hsm": "hsm-gc-01"}),
    # ---------------------------------------------------------------- fees and banks
    "pay-fee": ("service", PAY, "G", "P", ["gcv-pay-01"], ["pg-fee", "pay-bankrelay"],
                {"desc": "인지대/송달료 납부 (가상계좌, 계좌이체, 신용카드)", "version": "6.1.4",
                 "product": "자체개발 (Spring Boot 3.1)", "daily_payments_avg": 74000}),
    "pay-bankrelay": ("service", PAY, "G", "P", ["gcv-pay-01"], ["mq-bank", "pg-fee"],
                      {"desc": "은행 연계 (금융결제원, 수납은행 전문 중계)", "product": "자체개발 (C + Java 8)",
                       "version": "3.9.0", "banks": "신한, 국민, 우리, 농협", "tps_limit": 600}),
    # ---------------------------------------------------------------- service of process, notifications
    "dlv-eservice": ("service", DLV, "G", "P", ["gcv-dlv-01"], ["tbr-case", "kafka-hub", "dlv-notify"],
                     {"desc": "전자송달 (송달문서 등록, 열람 확인, 간주송달)", "version": "4.4.0", "deemed_service_days": 7,
                      "product": "ProFrame 5.0 on JEUS 8"}),
    "dlv-notify": ("service", DLV, "G", "P", ["gcv-dlv-02"], ["cub-notify", "kafka-hub", "dlv-sms", "dlv-kakao"],
                   {"desc": "알림 허브 (송달/기일 알림 라우팅, 알림톡 실패 시 SMS 대체발송)", "version": "5.1.2",
                    "daily_quota": 1200000, "product": "자체개발 (Kotlin)"}),
    "dlv-sms": ("service", DLV, "G", "P", ["gcv-dlv-02"], [],
                {"desc": "SMS/LMS 발송 게이트웨이", "version": "2.0.9", "carrier": "KT 기업메시징", "tps_limit": 300}),
    "dlv-kakao": ("service", DLV, "G", "P", ["gcv-dlv-02"], [],
                  {"desc": "카카오 알림톡 중계", "version": "1.6.3", "bizmsg_vendor": "카카오 비즈메시지", "templates": 37}),
    # ---------------------------------------------------------------- hearings
    "hrg-sched": ("service", HRG, "G", "P", ["gcv-hrg-01"], ["pg-hearing", "cms-core", "dlv-notify"],
                  {"desc": "기일/재판 일정 (법정 배정, 기일 변경 통지)", "version": "3.5.1", "courtrooms": 612,
                   "product": "자체개발 (Spring Boot 3.2)"}),
    "hrg-video-gw": ("service", HRG, "G", "P", ["gcv-hrg-02"], ["hrg-sched", "hrg-media", "idv-core"],
                     {"desc": "영상재판 게이트웨이 (입장 인증, 시그널링)", "product": "자체개발 (Node.js 20)",
                      "version": "3.8.0", "max_rooms": 220, "endpoint": "video.scourt.go.kr"}),
    "hrg-media": ("service", HRG, "G", "P", ["gc-c04-10"], [],
                  {"desc": "영상재판 미디어 서버 (SFU)", "product": "Janus Gateway 1.2", "version": "1.2.3",
                   "max_streams": 1800, "codecs": "VP8, H.264"}),
    "hrg-recorder": ("service", HRG, "G", "P", ["gc-c04-10"], ["hrg-media"],
                     {"desc": "영상재판 녹화/보존 전송", "version": "1.1.0", "product": "자체개발 (Go 1.22)",
                      "format": "WebM (VP8/Opus)"}),
    # ---------------------------------------------------------------- judgments, archive
    "jdg-search": ("service", JDG, "G", "P", ["gcv-jdg-01"], ["os-jdg", "redis-jdg"],
                   {"desc": "판결서 인터넷 열람/검색", "version": "2.14.0", "product": "자체개발 (Spring Boot 3.2)",
                    "published_judgments": 4120000}),
    "jdg-anonymizer": ("service", JDG, "G", "P", ["gcv-jdg-01"], ["tbr-case", "kafka-hub", "os-jdg"],
                       {"desc": "판결서 비실명처리 (개인정보 자동 마스킹)", "version": "3.2.0",
                        "product": "Python 3.11 (KoBERT NER)", "model": "ner-anon-v7"}),
    "arc-records": ("service", ARC, "G", "P", ["gcv-arc-01"], ["tbr-arc"],
                    {"desc": "기록 보존/열람 (종국 사건 전자기록)", "version": "2.9.5", "product": "자체개발 (Java 11)",
                     "records_tb": 380}),
    # ---------------------------------------------------------------- identity
    "idv-core": ("service", IDV, "G", "P", ["gcv-idv-01"], ["mdb-idv", "redis-session", "pki-ocsp-proxy"],
                 {"desc": "본인확인/로그인 (공동인증서, 금융인증서, 간편인증, 모바일신분증)", "version": "5.6.1",
                  "product": "자체개발 (Spring Boot 3.2)", "login_methods": 4}),
    "idv-mobile": ("service", IDV, "G", "P", ["gcv-idv-01"], ["mdb-idv"],
                   {"desc": "간편인증 연계 (PASS, 카카오, 네이버, 토스)", "version": "2.2.0", "providers": 4,
                    "product": "자체개발 (Spring Boot 3.2)"}),
    # ---------------------------------------------------------------- analytics, branches, tools
    "anl-etl": ("service", DATA, "N", "P", ["ncp-anl-etl01"], ["tbr-case", "ncdb-anl-dw"],
                {"desc": "사법통계 ETL (처리기간, 미제 사건 지표)", "product": "Apache Airflow 2.9", "schedule": "매일 02:00"}),
    "anl-dashboard": ("service", DATA, "N", "P", ["ncp-anl-bi01"], ["ncdb-anl-dw"],
                      {"desc": "사법통계 대시보드", "product": "Apache Superset 4.0", "dashboards": 86}),
    "brn-kiosk-sl": ("service", BRN, "S", "P", ["sl-brsv-01"], ["cms-inquiry", "jdg-search"],
                     {"desc": "민원 키오스크/열람 단말 서버 (서울)", "version": "1.8.2", "kiosks": 46}),
    "brn-kiosk-dj": ("service", BRN, "J", "P", ["dj-brsv-01"], ["cms-inquiry", "jdg-search"],
                     {"desc": "민원 키오스크/열람 단말 서버 (대전)", "version": "1.8.2", "kiosks": 18}),
    "brn-kiosk-gj": ("service", BRN, "K", "P", ["gj-brsv-01"], ["cms-inquiry", "jdg-search"],
                     {"desc": "민원 키오스크/열람 단말 서버 (광주)", "version": "1.8.1", "kiosks": 15}),
    "mon-zenius": ("service", INFRA, "G", "P", ["gcv-mon-01"], [],
                   {"desc": "통합 모니터링", "product": "Zenius EMS 7", "monitored_nodes": 1340}),
    # ---------------------------------------------------------------- batch jobs
    "BAT_EDLV_DAILY": ("batch", DLV, "G", "P", ["gcv-bat-01"], ["dlv-eservice", "tbr-case"],
                       {"desc": "전자송달 일배치 (간주송달 확정, 미열람 통지 대상 산출)", "schedule": "매일 00:10",
                        "product": "ProFrame Batch 5.0", "version": "4.4.0"}),
    "BAT_FEE_RECON": ("batch", PAY, "G", "P", ["gcv-bat-01"], ["pg-fee", "mq-bank"],
                      {"desc": "수납 대사 (은행 입금 ↔ 납부 내역)", "schedule": "평일 06:30", "version": "2.1.3",
                       "product": "Spring Batch 4.3"}),
    "BAT_ARC_NIGHTLY": ("batch", ARC, "G", "P", ["gcv-bat-01"], ["arc-records", "tbr-case"],
                        {"desc": "종국 사건 기록 이관 (사건DB → 보존DB/오브젝트)", "schedule": "매일 01:30",
                         "version": "1.9.0", "product": "ProFrame Batch 5.0"}),
    "BAT_JDG_PUBLISH": ("batch", JDG, "G", "P", ["gcv-jdg-01"], ["os-jdg", "tbr-case"],
                        {"desc": "판결서 공개 색인 (매일 03:00 증분, 토 21:30 전체 재색인)",
                         "schedule": "매일 03:00, 토 21:30", "version": "2.0.6", "product": "Python 3.11 + opensearch-py"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "ecf-portal-stg": ("service", EFL, "G", "S", ["gcv-stg-01"], ["cms-core-stg"],
                       {"desc": "전자소송 포털 (스테이징)", "version": "9.5.0-rc1"}),
    "cms-core-stg": ("service", CMS, "G", "S", ["gcv-stg-01"], ["tbr-case-stg"],
                     {"desc": "사건관리 코어 (스테이징)", "version": "12.9.0-rc2"}),
    "hrg-video-gw-dev": ("service", HRG, "G", "D", ["gcv-dev-01"], [],
                         {"desc": "영상재판 게이트웨이 (개발)", "version": "3.9.0-SNAPSHOT"}),
    "edoc-pdfconv-dev": ("service", DOC, "G", "D", ["gcv-dev-01"], [],
                         {"desc": "전자문서 변환 (개발)", "version": "5.0.0-SNAPSHOT"}),
    "ecf-legacy-ax": ("service", EFL, "G", "P", [], [],
                      {"desc": "구 전자소송 (ActiveX 기반, 2025년 ecf-portal로 전환)", "version": "3.1.9",
                       "decommissioned": "2025-12-31"}),
    # ---------------------------------------------------------------- databases
    "tbr-case": ("database", DBA, "G", "P", ["gc-a07-14", "gc-a07-16"], [],
                 {"engine": "tibero", "version": "7.2.2", "product": "Tibero 7 TAC", "nodes": 2, "sid": "CASEP",
                  "port": 8629, "size_tb": 14.5, "desc": "사건 DB (사건, 당사자, 기일, 송달)"}),
    "tbr-efile": ("database", DBA, "G", "P", ["gc-a07-18"], [],
                  {"engine": "tibero", "version": "7.2.2", "product": "Tibero 7", "sid": "EFLP", "port": 8629,
                   "size_tb": 6.8, "archive_dest": "/tbarch", "archive_dest_gb": 800,
                   "desc": "전자소송 제출서류 메타/접수 DB"}),
    "tbr-arc": ("database", DBA, "G", "P", ["gc-a08-04"], [],
                {"engine": "tibero", "version": "6.0 FS07", "product": "Tibero 6", "sid": "ARCP", "port": 8629,
                 "size_tb": 21.0, "desc": "기록보존 DB"}),
    "tbr-case-dr": ("database", DBA, "D", "P", ["dg-a02-03"], [],
                    {"engine": "tibero", "version": "7.2.2", "product": "Tibero 7 Standby Cluster", "sid": "CASEP",
                     "port": 8629, "role": "standby", "desc": "사건 DB DR 스탠바이"}),
    "pg-fee": ("database", DBA, "G", "P", ["gcv-db-01"], [],
               {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
                "max_connections": 800, "replication": "streaming (sync)", "desc": "납부/수납 DB"}),
    "pg-hearing": ("database", DBA, "G", "P", ["gcv-db-01"], [],
                   {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5433,
                    "max_connections": 400, "replication": "streaming (async)", "desc": "기일/영상재판 DB"}),
    "cub-notify": ("database", DBA, "G", "P", ["gcv-db-02"], [],
                   {"engine": "cubrid", "version": "11.2.8", "product": "CUBRID 11.2", "port": 33000,
                    "broker_cas_max": 240, "desc": "알림 발송 이력/대기열 DB"}),
    "mdb-idv": ("database", DBA, "G", "P", ["gcv-db-02"], [],
                {"engine": "mariadb", "version": "10.11.8", "product": "MariaDB 10.11 Galera", "port": 3306,
                 "max_connections": 1500, "replication": "galera (3 nodes)", "desc": "본인확인/회원 DB"}),
    "os-jdg": ("database", JDG, "G", "P", ["gc-b05-01", "gc-b05-02"], [],
               {"engine": "opensearch", "version": "2.13.0", "product": "OpenSearch 2.13", "shards": 48,
                "heap_gb": 31, "port": 9200, "desc": "판결서 검색 색인"}),
    "ncdb-anl-dw": ("database", DATA, "N", "P", [], [],
                    {"engine": "postgresql", "version": "14.12", "product": "NCP Cloud DB for PostgreSQL",
                     "spec": "16vCPU / 64GB", "desc": "사법통계 DW"}),
    "tbr-case-stg": ("database", DBA, "G", "S", ["gcv-stg-01"], [],
                     {"engine": "tibero", "version": "7.2.3", "product": "Tibero 7", "sid": "CASES", "port": 8629}),
    # ---------------------------------------------------------------- caches, queues
    "redis-session": ("cache", IDV, "G", "P", ["gc-b03-08"], [],
                      {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                       "port": 6379, "desc": "포털/본인확인 세션"}),
    "redis-case": ("cache", CMS, "G", "P", ["gc-b03-08"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 24, "maxmemory_policy": "allkeys-lru",
                    "port": 6380, "desc": "사건 조회 캐시"}),
    "redis-jdg": ("cache", JDG, "G", "P", ["gc-b03-08"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 12, "maxmemory_policy": "allkeys-lfu",
                   "port": 6381, "desc": "판결 검색 결과 캐시"}),
    "redis-crl": ("cache", PKI, "G", "P", ["gcv-pki-01"], [],
                  {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 4, "maxmemory_policy": "volatile-ttl",
                   "port": 6379, "desc": "CRL 캐시"}),
    "kafka-hub": ("queue", MW, "G", "P", ["gc-b04-01", "gc-b04-02", "gc-b04-03"], [],
                  {"product": "Apache Kafka 3.7 (KRaft)", "brokers": 3, "topics": 64, "retention_h": 72, "port": 9092,
                   "desc": "업무 메시지 허브 (제출 → 변환 → 사건 → 송달)"}),
    "mq-bank": ("queue", MW, "G", "P", ["gcv-pay-01"], [],
                {"product": "IBM MQ 9.3.5", "qmgr": "QMBANKP", "port": 1414, "channels": 6,
                 "desc": "은행/금융결제원 전문 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "slb-ecf-pub": ("G", NET, ["ecf-portal"],
                    {"vendor": "A10 Networks", "model": "Thunder 3350S", "vip": "10.40.1.10", "firmware": "6.0.4",
                     "endpoint": "ecfs.scourt.go.kr", "cert_expiry": "2028-03-24", "cert_issuer": "한국정보인증 (수동 갱신)"}),
    "slb-hrg-video": ("G", NET, ["hrg-video-gw"],
                      {"vendor": "A10 Networks", "model": "Thunder 1060S", "vip": "10.40.2.20", "firmware": "6.0.4",
                       "endpoint": "video.scourt.go.kr", "cert_expiry": "2028-11-30"}),
    "slb-internal": ("G", NET, ["cms-core", "cms-inquiry", "jdg-search", "dlv-eservice"],
                     {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "10.40.1.30", "firmware": "2.7.3"}),
    "slb-dr": ("D", NET, ["tbr-case-dr"],
               {"vendor": "Piolink", "model": "PAS-K 1224", "vip": "10.60.1.10", "firmware": "2.7.3",
                "mode": "standby (DR 전환 시 활성)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-ecf-upload": ("G", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.14.1", "capacity_tb": 240,
                                    "protocol": "NFS v4.1", "desc": "제출서류 원본/변환본"},
                       ["gcv-ecf-app01", "gcv-ecf-app02", "gc-b02-05", "gc-b02-06"]),
    "san-gc-01": ("G", INFRA, {"vendor": "Hitachi", "model": "VSP E1090", "capacity_tb": 300,
                               "desc": "Tibero 블록 스토리지"}, ["gc-a07-14", "gc-a07-16", "gc-a07-18", "gc-a08-04"]),
    "obj-records": ("G", ARC, {"vendor": "Scality", "model": "RING 9.4 (6 nodes)", "capacity_tb": 1200,
                               "desc": "전자기록/영상재판 녹화 보존"}, ["gcv-arc-01", "gc-c04-10"]),
    "tape-gc-01": ("G", INFRA, {"vendor": "IBM", "model": "TS4500 (LTO-9)", "capacity_tb": 4500,
                                "desc": "장기보존 백업"}, []),
    "ncp-obj-anl": ("N", DATA, {"vendor": "NAVER Cloud", "model": "Object Storage", "bucket": "crt-anl-lake",
                                "storage_class": "Standard", "desc": "통계 데이터 레이크"}, ["ncp-anl-etl01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 과천 bare metal (site-rack-unit)
    "gc-a07-14": ("G", "P", "bare", {"role": "Tibero TAC CASEP node 1", "model": "Lenovo ThinkSystem SR850 V3"}),
    "gc-a07-16": ("G", "P", "bare", {"role": "Tibero TAC CASEP node 2", "model": "Lenovo ThinkSystem SR850 V3"}),
    "gc-a07-18": ("G", "P", "bare", {"role": "Tibero EFLP", "model": "Lenovo ThinkSystem SR650 V3"}),
    "gc-a08-04": ("G", "P", "bare", {"role": "Tibero ARCP", "model": "Dell PowerEdge R760"}),
    "gc-b02-05": ("G", "P", "bare", {"role": "PDF 변환 팜 #1", "model": "HPE ProLiant DL360 Gen11"}),
    "gc-b02-06": ("G", "P", "bare", {"role": "PDF 변환 팜 #2", "model": "HPE ProLiant DL360 Gen11"}),
    "gc-b03-08": ("G", "P", "bare", {"role": "Redis (세션, 사건, 판결)", "model": "Dell PowerEdge R660"}),
    "gc-b04-01": ("G", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660"}),
    "gc-b04-02": ("G", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660"}),
    "gc-b04-03": ("G", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660"}),
    "gc-b05-01": ("G", "P", "bare", {"role": "OpenSearch data node 1", "model": "Dell PowerEdge R760xd"}),
    "gc-b05-02": ("G", "P", "bare", {"role": "OpenSearch data node 2", "model": "Dell PowerEdge R760xd"}),
    "gc-c04-10": ("G", "P", "bare", {"role": "영상재판 SFU/녹화", "model": "Supermicro SYS-620U-TNR",
                                     "nic": "Mellanox ConnectX-6 Dx 100GbE"}),
    # 과천 VMware VMs
    "gcv-ecf-web01": ("G", "P", "vm", {"role": "전자소송 포털 WEB/WAS #1"}),
    "gcv-ecf-web02": ("G", "P", "vm", {"role": "전자소송 포털 WEB/WAS #2"}),
    "gcv-ecf-app01": ("G", "P", "vm", {"role": "제출 처리 #1"}),
    "gcv-ecf-app02": ("G", "P", "vm", {"role": "제출 처리 #2, 첨부"}),
    "gcv-cms-was01": ("G", "P", "vm", {"role": "사건관리 WAS #1"}),
    "gcv-cms-was02": ("G", "P", "vm", {"role": "사건관리 WAS #2"}),
    "gcv-cms-was03": ("G", "P", "vm", {"role": "나의사건 조회, 배당"}),
    "gcv-pki-01": ("G", "P", "vm", {"role": "서명검증, OCSP 중계, TSA"}),
    "gcv-pay-01": ("G", "P", "vm", {"role": "납부, 은행 연계, IBM MQ"}),
    "gcv-dlv-01": ("G", "P", "vm", {"role": "전자송달"}),
    "gcv-dlv-02": ("G", "P", "vm", {"role": "알림 허브, SMS/알림톡"}),
    "gcv-hrg-01": ("G", "P", "vm", {"role": "기일 관리"}),
    "gcv-hrg-02": ("G", "P", "vm", {"role": "영상재판 게이트웨이"}),
    "gcv-jdg-01": ("G", "P", "vm", {"role": "판결 검색, 비실명처리, 색인 배치"}),
    "gcv-arc-01": ("G", "P", "vm", {"role": "기록 보존"}),
    "gcv-idv-01": ("G", "P", "vm", {"role": "본인확인"}),
    "gcv-db-01": ("G", "P", "vm", {"role": "PostgreSQL (납부, 기일)"}),
    "gcv-db-02": ("G", "P", "vm", {"role": "CUBRID 알림, MariaDB 본인확인"}),
    "gcv-bat-01": ("G", "P", "vm", {"role": "배치 서버 (송달, 대사, 기록이관)"}),
    "gcv-mon-01": ("G", "P", "vm", {"role": "모니터링 (Zenius)"}),
    "gcv-stg-01": ("G", "S", "vm", {"role": "스테이징 공용"}),
    "gcv-dev-01": ("G", "D", "vm", {"role": "개발 공용"}),
    # 대구 DR
    "dg-a02-03": ("D", "P", "bare", {"role": "Tibero CASEP 스탠바이", "model": "Lenovo ThinkSystem SR650 V3"}),
    "dg-b01-09": ("D", "P", "bare", {"role": "DR WAS 대기 (디스크 교체 중)", "model": "Dell PowerEdge R650"}),
    # branches
    "sl-brsv-01": ("S", "P", "branch", {"role": "서울 민원 키오스크 서버", "model": "Dell PowerEdge T560"}),
    "dj-brsv-01": ("J", "P", "branch", {"role": "대전 민원 키오스크 서버", "model": "Dell PowerEdge T360"}),
    "gj-brsv-01": ("K", "P", "branch", {"role": "광주 민원 키오스크 서버", "model": "Dell PowerEdge T360"}),
    # NCP
    "ncp-anl-etl01": ("N", "P", "ncp", {"role": "Airflow 워커", "server_spec": "HICPU s16-g3", "zone": "KR-1"}),
    "ncp-anl-bi01": ("N", "P", "ncp", {"role": "Superset", "server_spec": "Standard s8-g3", "zone": "KR-2"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "sw-core-gc1": ("G", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "fw-dmz-gc": ("G", {"device": "firewall", "vendor": "AhnLab", "model": "TrusGuard 15000A",
                        "firmware": "TG 4.1.6", "desc": "인터넷 DMZ 방화벽"}),
    "fw-int-gc": ("G", {"device": "firewall", "vendor": "SECUI", "model": "MF2 7600", "firmware": "MF2 6.2.3",
                        "desc": "내부망/법원망 방화벽"}),
    "hsm-gc-01": ("G", {"device": "HSM", "vendor": "Thales", "model": "Luna Network HSM 7",
                        "firmware": "7.8.4", "fips": "140-2 Level 3"}),
    "wan-sl-gc": ("S", {"device": "WAN link", "vendor": "KT", "model": "전용회선 1Gbps", "circuit": "KT-CRT-1102-3307",
                        "desc": "과천 ↔ 서울법원종합청사"}),
    "wan-dj-gc": ("J", {"device": "WAN link", "vendor": "LG U+", "model": "전용회선 500Mbps",
                        "circuit": "LGU-CRT-4410-0082", "desc": "과천 ↔ 대전법원청사"}),
    "wan-gj-gc": ("K", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 500Mbps",
                        "circuit": "SKB-CRT-2290-1175", "desc": "과천 ↔ 광주법원청사"}),
    "wan-dr-dg": ("D", {"device": "WAN link", "vendor": "KT", "model": "전용회선 10Gbps (DR 복제)",
                        "circuit": "KT-DR-0731-0019", "desc": "과천 ↔ 대구 DR센터"}),
    "ca-line": ("G", {"device": "CA line", "vendor": "금융결제원/한국정보인증", "model": "전용회선 100Mbps x2",
                      "circuit": "CA-OCSP-0311", "desc": "인증기관 OCSP/CRL 전용선"}),
    "kftc-line": ("G", {"device": "bank line", "vendor": "금융결제원", "model": "전용회선 100Mbps x2",
                        "circuit": "KFTC-CRT-0458"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-dmz-gc", "sw-core-gc1"),
    ("fw-int-gc", "sw-core-gc1"),
    ("slb-ecf-pub", "fw-dmz-gc"),
    ("slb-hrg-video", "fw-dmz-gc"),
    ("slb-internal", "fw-int-gc"),
    ("wan-sl-gc", "fw-int-gc"),
    ("wan-dj-gc", "fw-int-gc"),
    ("wan-gj-gc", "fw-int-gc"),
    ("wan-dr-dg", "sw-core-gc1"),
    ("tbr-case-dr", "wan-dr-dg"),
    ("pki-ocsp-proxy", "ca-line"),
    ("pay-bankrelay", "kftc-line"),
    ("mq-bank", "kftc-line"),
    ("edoc-sigverify", "hsm-gc-01"),
    ("pki-tsa", "hsm-gc-01"),
    ("hrg-recorder", "obj-records"),
    ("anl-etl", "ncp-obj-anl"),
]
# fmt: on
STATUS = {"dg-b01-09": "maintenance", "hrg-video-gw-dev": "maintenance", "ecf-legacy-ax": "retired"}
NET_PREFIX = {"G": "10.40", "D": "10.60", "S": "10.11", "J": "10.12", "K": "10.13", "N": "172.24"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "R1",
        "kind": "ocsp_relay_saturation",
        "root": "pki-ocsp-proxy",
        "description": "on Monday morning's filing peak pki-ocsp-proxy runs without its OCSP response cache (turned"
        " off with the nonce change on Sunday night), every verification waits on a CA round trip and its worker"
        " pool saturates: edoc-sigverify (4.2.0 deployed at 09:55, loudest) fails signature checks, idv-core"
        " fails 공동인증서 logins and ecf-submit rejects filings, until the cache is turned back on",
        "start": kst(6, 10, 20),
        "end": kst(6, 11, 15),
        "affected": ["pki-ocsp-proxy", "edoc-sigverify", "idv-core", "ecf-submit"],
    },
    {
        "id": "R2",
        "kind": "archive_log_dest_full",
        "root": "tbr-efile",
        "description": "in Tuesday's pre-midnight deadline rush the archive log destination of tbr-efile fills"
        " (the archive backup job was paused for the backup-server move) and log switches hang: ecf-submit"
        " (7.3.1 deployed at 18:00, loudest) cannot confirm filings, ecf-attach fails uploads and ecf-portal"
        " shows errors, until the archives are backed up and removed by hand",
        "start": kst(7, 22, 50),
        "end": kst(7, 23, 45),
        "affected": ["tbr-efile", "ecf-submit", "ecf-attach", "ecf-portal"],
    },
    {
        "id": "R3",
        "kind": "host_softirq_saturation",
        "root": "gc-c04-10",
        "description": "in Thursday's afternoon hearings the SFU host gc-c04-10 saturates on softirq (the NIC"
        " firmware updated on Wednesday evening spreads interrupts over too few queues): hrg-media drops"
        " streams, hrg-recorder falls behind and hrg-video-gw (3.8.0 deployed at 13:40, loudest) disconnects"
        " video hearings, until the IRQ affinity is reset",
        "start": kst(9, 14, 10),
        "end": kst(9, 15, 0),
        "affected": ["gc-c04-10", "hrg-media", "hrg-recorder", "hrg-video-gw"],
    },
    {
        "id": "R4",
        "kind": "mq_channel_stopped",
        "root": "mq-bank",
        "description": "in Friday's end-of-week fee payment rush the IBM MQ channel of mq-bank to 금융결제원 stops"
        " after a cipher change applied ahead of the certificate swap, and the transmission queue fills:"
        " pay-bankrelay (3.9.0 deployed at 16:05, loudest) times out bank messages, pay-fee cannot confirm"
        " payments and ecf-portal's payment step fails, until the cipher is reverted and the channel restarted",
        "start": kst(10, 16, 30),
        "end": kst(10, 17, 25),
        "affected": ["mq-bank", "pay-bankrelay", "pay-fee", "ecf-portal"],
    },
    {
        "id": "R5",
        "kind": "search_circuit_breaker",
        "root": "os-jdg",
        "description": "on Saturday night the weekly full judgment re-index drives os-jdg into old-generation GC"
        " and trips its parent circuit breaker (lowered to 70 % on Friday): jdg-search (2.14.0 deployed at"
        " 20:50, loudest) fails searches, jdg-anonymizer cannot write and BAT_JDG_PUBLISH stalls, until the"
        " breaker is raised and the bulk size cut",
        "start": kst(11, 21, 40),
        "end": kst(11, 22, 35),
        "affected": ["os-jdg", "jdg-search", "jdg-anonymizer", "BAT_JDG_PUBLISH"],
    },
    {
        "id": "R6",
        "kind": "db_broker_pool_exhausted",
        "root": "cub-notify",
        "description": "on Monday morning the notification burst with the weekend backlog exhausts the broker CAS"
        " processes of cub-notify (cut from 200 to 120 on Friday): dlv-notify (5.1.2 deployed at 08:20,"
        " loudest) cannot queue messages, dlv-eservice and hrg-sched fail their notices, until the broker is"
        " enlarged and restarted",
        "start": kst(13, 8, 40),
        "end": kst(13, 9, 35),
        "affected": ["cub-notify", "dlv-notify", "dlv-eservice", "hrg-sched"],
    },
    {
        "id": "R7",
        "kind": "cache_maxmemory_noeviction",
        "root": "redis-session",
        "description": "on Wednesday morning's filing and hearing peak redis-session (maxmemory halved on Tuesday"
        " evening, policy noeviction) fills and refuses writes (OOM): idv-core (loudest) fails logins, ecf-portal"
        " (9.4.2 deployed at 09:50) loses sessions and hrg-video-gw cannot admit participants (ongoing)",
        "start": kst(15, 10, 5),
        "end": None,
        "affected": ["redis-session", "idv-core", "ecf-portal", "hrg-video-gw"],
    },
]
R1, R2, R3, R4, R5, R6, R7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 20, 'S': 50, 'D': 70}[env]) + i // 11}.{11 + (i * 37) % 230}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.4"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2",
                      "vcenter": "vc-gc-01"}  # fmt: skip
        elif kind == "ncp":
            attrs |= {"os": "Rocky Linux 8.10", "platform": "NCP Gov (VPC)"}
            owner = DATA
        elif kind == "branch":
            attrs |= {"os": rng.choice(["RHEL 8.10", "Rocky Linux 9.4"]), "cores": 16, "mem_gb": 64,
                      "serial": f"{rng.choice(['CN7', 'JPX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = BRN
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['J30', 'SGH', 'MXQ', 'S4A'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("gc-a07", "gc-a08", "dg-a02")):
                owner = DBA
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


def _clamp(v: float) -> float:
    return max(0.04, min(1.0, v))


def _filing(ts: datetime) -> float:
    """E-filing (lawyers and citizens): office-hour peaks at 10:40 and 15:20, a lunch dip, and the rush before
    the 24:00 filing deadline; weekends quiet with a Sunday-evening bump."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5:
        v = 0.08 + 0.58 * _bump(h, 10.7, 1.1) + 0.52 * _bump(h, 15.3, 1.4) - 0.1 * _bump(h, 12.5, 0.5)
        v += 0.36 * max(0.0, (h - 21) / 3)  # the deadline rush
        v += 0.1 * (1 if wd == 4 and 14 <= h < 18 else 0)  # Friday afternoon
    else:
        v = 0.06 + 0.12 * _bump(h, 14, 3)
        v += 0.16 * max(0.0, (h - 19) / 5) if wd == 6 else 0
    return _clamp(v)


def _court(ts: datetime) -> float:
    """Court staff: 09:00–18:00 on weekdays with a lunch dip."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.06
    v = 0.07 + 0.75 * (1 / (1 + math.exp(-(h - 9) * 3))) * (1 / (1 + math.exp((h - 18) * 3)))
    return _clamp(v - 0.25 * _bump(h, 12.5, 0.45))


def _hearing(ts: datetime) -> float:
    """Hearings sit 10–12 and 14–17 on weekdays."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.04
    return _clamp(0.04 + 0.82 * _bump(h, 10.9, 0.8) + 0.74 * _bump(h, 15.3, 1.1))


def _delivery(ts: datetime) -> float:
    """Notifications go out 08:30–21:00 (held overnight), a burst at 08:30–09:30 (bigger on Monday)."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if h < 8 or h >= 21:
        return 0.05
    if wd >= 5:
        return _clamp(0.06 + 0.1 * _bump(h, 11, 2))
    return _clamp(0.08 + (0.85 if wd == 0 else 0.6) * _bump(h, 9.0, 0.55) + 0.25 * _bump(h, 14, 3))


def _public(ts: datetime) -> float:
    """Citizens searching judgments: daytime and evening, weekends a little lower."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.1 + 0.38 * _bump(h, 11, 2.5) + 0.3 * _bump(h, 20.5, 2)
    return _clamp(v * (0.8 if wd >= 5 else 1))


def _bank(ts: datetime) -> float:
    """Fee payments and bank messages: bank hours with a run-up to the 16:00–17:00 cut, Friday heavier."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return _clamp(0.06 + 0.06 * _bump(h, 14, 3))
    v = 0.08 + 0.48 * _bump(h, 10.5, 1.3) + 0.55 * _bump(h, 16.2, 0.9)
    return _clamp(v + (0.2 * _bump(h, 16.4, 0.8) if wd == 4 else 0))


def _night(ts: datetime) -> float:
    """Nightly archive transfer, indexing and analytics 01:00–05:00."""
    return 0.85 if 1 <= seoul_hour(ts) < 5 else 0.12


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


FILING = {
    "ecf-portal", "ecf-submit", "ecf-attach", "edoc-pdfconv", "edoc-sigverify", "pki-ocsp-proxy", "pki-tsa",
    "idv-core", "idv-mobile", "redis-session", "redis-crl", "tbr-efile", "mdb-idv", "kafka-hub", "slb-ecf-pub",
    "gcv-ecf-web01", "gcv-ecf-web02", "gcv-ecf-app01", "gcv-ecf-app02", "gc-b02-05", "gc-b02-06", "gcv-pki-01",
    "gcv-idv-01", "gc-a07-18", "gc-b03-08", "gc-b04-01", "gc-b04-02", "gc-b04-03", "gcv-db-02", "nas-ecf-upload",
    "fw-dmz-gc", "ca-line", "sw-core-gc1", "hsm-gc-01",
}  # fmt: skip
COURT = {
    "cms-core", "cms-inquiry", "cms-assign", "tbr-case", "redis-case", "slb-internal", "gcv-cms-was01",
    "gcv-cms-was02", "gcv-cms-was03", "gc-a07-14", "gc-a07-16", "san-gc-01", "fw-int-gc", "wan-sl-gc",
    "wan-dj-gc", "wan-gj-gc", "brn-kiosk-sl", "brn-kiosk-dj", "brn-kiosk-gj", "sl-brsv-01", "dj-brsv-01",
    "gj-brsv-01", "tbr-case-dr", "dg-a02-03", "wan-dr-dg", "slb-dr", "jdg-anonymizer",
}  # fmt: skip
HEARING = {"hrg-sched", "hrg-video-gw", "hrg-media", "hrg-recorder", "pg-hearing", "slb-hrg-video", "gcv-hrg-01",
           "gcv-hrg-02", "gc-c04-10", "gcv-db-01"}  # fmt: skip
DELIVERY = {"dlv-eservice", "dlv-notify", "dlv-sms", "dlv-kakao", "cub-notify", "gcv-dlv-01", "gcv-dlv-02"}
PUBLIC = {"jdg-search", "os-jdg", "redis-jdg", "gcv-jdg-01", "gc-b05-01", "gc-b05-02"}
BANK = {"pay-fee", "pay-bankrelay", "mq-bank", "pg-fee", "gcv-pay-01", "kftc-line"}
NIGHT = {"BAT_EDLV_DAILY", "BAT_ARC_NIGHTLY", "BAT_JDG_PUBLISH", "BAT_FEE_RECON", "arc-records", "tbr-arc",
         "gc-a08-04", "gcv-arc-01", "gcv-bat-01", "anl-etl", "ncdb-anl-dw", "ncp-anl-etl01", "obj-records",
         "tape-gc-01", "ncp-obj-anl"}  # fmt: skip
OFFICE = {"anl-dashboard", "ncp-anl-bi01", "mon-zenius", "gcv-mon-01"}


def _load(name: str):
    for group, shape in (
        (FILING, _filing),
        (COURT, _court),
        (HEARING, _hearing),
        (DELIVERY, _delivery),
        (PUBLIC, _public),
        (BANK, _bank),
        (NIGHT, _night),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "R1": {0: (8.0, 4.0), 1: (4.5, 12.0), 2: (2.4, 7.0)},
    "R2": {0: (6.5, 5.0), 1: (4.0, 13.0), 2: (2.0, 6.5)},
    "R3": {1: (5.0, 11.0), 2: (3.0, 9.0)},
    "R4": {0: (5.0, 6.0), 1: (4.0, 12.0), 2: (2.6, 8.0), 3: (1.6, 4.5)},
    "R5": {0: (9.0, 7.0), 1: (4.2, 12.0)},
    "R6": {0: (7.0, 5.5), 1: (4.0, 13.0), 2: (2.2, 6.5)},
    "R7": {0: (5.0, 6.5), 1: (4.5, 13.0), 2: (2.5, 8.0)},
}
EFFECT_OVERRIDE = {
    ("R1", "edoc-sigverify"): (5.5, 30.0),
    ("R2", "ecf-submit"): (4.8, 28.0),
    ("R3", "hrg-video-gw"): (3.5, 27.0),
    ("R4", "pay-bankrelay"): (5.2, 26.0),
    ("R5", "jdg-search"): (5.0, 31.0),
    ("R6", "dlv-notify"): (5.5, 33.0),
    ("R7", "idv-core"): (6.0, 35.0),
}

HOST = HostBaseline(cpu=(0.45, 0.8, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "gc-a07-14", "gc-a07-16", "gc-a07-18", "gc-a08-04", "gc-b03-08", "gc-b04-01", "gc-b04-02", "gc-b04-03",
    "gc-b05-01", "gc-b05-02", "gc-c04-10", "gcv-db-01", "gcv-db-02", "gcv-bat-01", "gcv-mon-01", "dg-a02-03",
    "sl-brsv-01", "dj-brsv-01", "gj-brsv-01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
CHANGE_R7 = kst(14, 19, 0)  # redis-session maxmemory 16 → 8 GB
CHANGE_CASE = kst(14, 19, 5)  # redis-case maxmemory 16 → 24 GB


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 32), rng.uniform(36, 62), rng.uniform(22, 54)
    growth = rng.uniform(0, 0.1)
    if name == "gcv-mon-01":  # Zenius history volume creeps up
        disk0, growth = 61.5, 1.45
    if name == "gc-a07-18":  # /tbarch included
        disk0, growth = 47.0, 0.3
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "gc-a07-18":  # the archive destination fills, then is cleaned by hand
            disk += (99.2 + rng.gauss(0, 0.2) - disk) * ramp(ts, R2["start"] - timedelta(minutes=40), R2["end"],
                                                             rise=40, fall=15)  # fmt: skip
        if name == "gc-c04-10":  # softirq on the NIC queues
            cpu += (97.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, R3["start"], R3["end"], rise=5, fall=10)
        if name in ("gc-b05-01", "gc-b05-02"):  # old-gen GC under the re-index
            cpu += 52 * ramp(ts, R5["start"], R5["end"], rise=5, fall=10)
            mem += 22 * ramp(ts, R5["start"], R5["end"], rise=10, fall=10)
        if name == "gcv-db-02":  # CAS processes respawning
            cpu += 34 * ramp(ts, R6["start"], R6["end"], rise=5, fall=10)
        if name == "gcv-pay-01":  # the transmission queue in memory
            mem += 11 * ramp(ts, R4["start"], R4["end"], rise=15, fall=10)
        if name == "gcv-pki-01":  # the OCSP worker pool
            cpu += 26 * ramp(ts, R1["start"], R1["end"], rise=5, fall=10)
        if name == "dg-b01-09":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 26)
    rtt0 = {"wan-sl-gc": 1.6, "wan-dj-gc": 3.9, "wan-gj-gc": 5.8, "wan-dr-dg": 4.7, "ca-line": 3.1,
            "kftc-line": 2.6}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
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
    used = {"obj-records": (71, 72), "tape-gc-01": (58, 60), "nas-ecf-upload": (63, 65)}.get(name, (30, 50))
    per_day = {"obj-records": 0.18, "nas-ecf-upload": 0.12}.get(name, 0.03)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "san-gc-01" else rng.uniform(1.8, 4.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "tape-gc-01" and 1 <= seoul_hour(ts) < 4:  # the nightly backups
            lat *= 1.6
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "ecf-portal": 180.0, "ecf-submit": 320.0, "ecf-attach": 260.0, "cms-core": 140.0, "cms-inquiry": 90.0,
    "cms-assign": 210.0, "edoc-pdfconv": 640.0, "edoc-sigverify": 85.0, "pki-ocsp-proxy": 45.0, "pki-tsa": 30.0,
    "pay-fee": 150.0, "pay-bankrelay": 230.0, "dlv-eservice": 120.0, "dlv-notify": 60.0, "dlv-sms": 140.0,
    "dlv-kakao": 110.0, "hrg-sched": 95.0, "hrg-video-gw": 70.0, "hrg-media": 18.0, "hrg-recorder": 40.0,
    "jdg-search": 210.0, "jdg-anonymizer": 520.0, "arc-records": 340.0, "idv-core": 110.0, "idv-mobile": 380.0,
    "anl-etl": 700.0, "anl-dashboard": 620.0, "brn-kiosk-sl": 160.0, "brn-kiosk-dj": 175.0, "brn-kiosk-gj": 185.0,
    "mon-zenius": 90.0, "BAT_EDLV_DAILY": 480.0, "BAT_FEE_RECON": 390.0, "BAT_ARC_NIGHTLY": 720.0,
    "BAT_JDG_PUBLISH": 560.0,
    "tbr-case": 4.2, "tbr-efile": 3.6, "tbr-arc": 6.5, "tbr-case-dr": 1.3, "pg-fee": 2.1, "pg-hearing": 1.8,
    "cub-notify": 2.9, "mdb-idv": 1.5, "os-jdg": 28.0, "ncdb-anl-dw": 35.0,
    "redis-session": 0.3, "redis-case": 0.4, "redis-jdg": 0.45, "redis-crl": 0.5,
    "kafka-hub": 3.5, "mq-bank": 6.0,
    "slb-ecf-pub": 1.2, "slb-hrg-video": 0.9, "slb-internal": 0.8, "slb-dr": 0.6,
}  # fmt: skip
REQUEST_RATE = {
    "ecf-portal": 2400.0, "ecf-submit": 420.0, "ecf-attach": 380.0, "cms-core": 1900.0, "cms-inquiry": 2600.0,
    "cms-assign": 35.0, "edoc-pdfconv": 310.0, "edoc-sigverify": 520.0, "pki-ocsp-proxy": 610.0, "pki-tsa": 450.0,
    "pay-fee": 140.0, "pay-bankrelay": 95.0, "dlv-eservice": 210.0, "dlv-notify": 640.0, "dlv-sms": 260.0,
    "dlv-kakao": 480.0, "hrg-sched": 180.0, "hrg-video-gw": 75.0, "hrg-media": 1300.0, "jdg-search": 820.0,
    "idv-core": 760.0, "idv-mobile": 240.0, "brn-kiosk-sl": 42.0, "brn-kiosk-dj": 17.0, "brn-kiosk-gj": 14.0,
    "BAT_EDLV_DAILY": 120.0, "BAT_ARC_NIGHTLY": 85.0, "BAT_JDG_PUBLISH": 300.0, "BAT_FEE_RECON": 60.0,
    "anl-etl": 900.0,
    "tbr-case": 14200.0, "tbr-efile": 3900.0, "pg-fee": 1100.0, "pg-hearing": 650.0, "cub-notify": 2300.0,
    "mdb-idv": 4100.0, "os-jdg": 1500.0, "redis-session": 26000.0, "redis-case": 31000.0, "redis-crl": 4800.0,
    "redis-jdg": 5200.0, "kafka-hub": 8800.0, "mq-bank": 420.0, "slb-ecf-pub": 2500.0, "slb-hrg-video": 90.0,
    "slb-internal": 5100.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-session": (38.0, 10.0), "redis-case": (54.0, 8.0), "redis-jdg": (49.0, 9.0), "redis-crl": (41.0, 3.0),
    "kafka-hub": (44.0, 12.0), "mq-bank": (22.0, 6.0),
}  # fmt: skip
CPU_DB = {"tbr-case": (22.0, 46.0), "tbr-efile": (15.0, 30.0), "os-jdg": (20.0, 30.0), "cub-notify": (10.0, 25.0),
          "mdb-idv": (12.0, 28.0)}  # fmt: skip
BATCH_HOURS = {"BAT_EDLV_DAILY": (0.15, 0.75), "BAT_FEE_RECON": (6.5, 6.9), "BAT_ARC_NIGHTLY": (1.5, 3.85),
               "BAT_JDG_PUBLISH": (3.0, 3.45), "anl-etl": (2.0, 4.5)}  # fmt: skip


def _batch_running(name: str, ts: datetime) -> bool:
    a, z = BATCH_HOURS[name]
    h = seoul_hour(ts)
    if name == "BAT_JDG_PUBLISH" and _local(ts).weekday() == 5 and 21.5 <= h < 23.5:
        return True  # the weekly full re-index
    if name == "BAT_FEE_RECON" and _local(ts).weekday() >= 5:
        return False
    return a <= h < z


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
            if inc is R1 and name == "pki-ocsp-proxy":
                req *= 1 + 0.7 * r  # every check goes upstream
            if inc is R4 and name in ("mq-bank", "pay-bankrelay"):
                req *= 1 - 0.55 * r
            if inc is R7 and name in ("idv-core", "redis-session"):
                req *= 1 - 0.35 * r
        if name in BATCH_HOURS and not _batch_running(name, ts):
            req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-session":
                if ts >= CHANGE_R7:  # the same sessions in half the memory
                    mem = 1.8 * (mem0 + mem_swing * d) + rng.gauss(0, 0.4)
                mem += (99.6 + rng.gauss(0, 0.15) - mem) * ramp(ts, R7["start"], R7["end"], rise=10)
            if name == "redis-case" and ts >= CHANGE_CASE:
                mem = (mem0 + mem_swing * d) * 16 / 24 + rng.gauss(0, 0.4)
            if name == "mq-bank":  # the transmission queue SYSTEM.BANK.XMITQ fills
                mem += (93.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, R4["start"], R4["end"], rise=20, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "os-jdg":
                cpu += (96.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, R5["start"], R5["end"], rise=5, fall=10)
            if name == "cub-notify":
                cpu += 38 * ramp(ts, R6["start"], R6["end"], rise=5, fall=10)
            if name == "tbr-efile":
                cpu += 12 * ramp(ts, R2["start"], R2["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly batches, the fee reconciliation, the ETL and the public SLB's certificate."""
    rows = []
    for d in range(5, 16):
        weekday = datetime(2028, 3, d).weekday()
        rows.append((d, 0, 10, "BAT_EDLV_DAILY", "info", "batch_job", "전자송달 일배치 시작 (간주송달 확정)"))
        rows.append((d, 0, 44, "BAT_EDLV_DAILY", "info", "batch_job", "전자송달 일배치 정상 종료"))
        rows.append((d, 1, 30, "BAT_ARC_NIGHTLY", "info", "batch_job", "종국 사건 기록 이관 시작"))
        rows.append((d, 3, 50, "BAT_ARC_NIGHTLY", "info", "batch_job", "종국 사건 기록 이관 완료"))
        rows.append((d, 2, 0, "anl-etl", "info", "batch_job", "DAG stats_daily started"))
        rows.append((d, 3, 0, "BAT_JDG_PUBLISH", "info", "batch_job", "판결서 증분 색인 시작"))
        rows.append((d, 3, 26, "BAT_JDG_PUBLISH", "info", "batch_job", "판결서 증분 색인 완료"))
        if weekday < 5:
            rows.append((d, 6, 30, "BAT_FEE_RECON", "info", "batch_job", "수납 대사 시작 (전일 입금분)"))
            rows.append((d, 6, 53, "BAT_FEE_RECON", "info", "batch_job", "수납 대사 완료, 불일치 0건"))
        left = (datetime(2028, 3, 24) - datetime(2028, 3, d)).days
        rows.append(
            (d, 9, 0, "slb-ecf-pub", "warning", "cert_expiry",
             f"SSL certificate ecfs.scourt.go.kr expires in {left} days (2028-03-24), manual renewal required")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (5, 14, 0, "ecf-portal-stg", "info", "deployment", "ecf-portal-stg 9.5.0-rc1 배포"),
    (5, 22, 0, "pki-ocsp-proxy", "info", "config_change", "OCSP nonce 필수 적용, 응답 캐시 비활성화 (ocsp_cache=off)"),
    (6, 9, 55, "edoc-sigverify", "info", "deployment", "edoc-sigverify 4.2.0 배포 (금융인증서 검증 모듈 교체)"),
    (6, 16, 0, "cms-core-stg", "info", "deployment", "cms-core-stg 12.9.0-rc2 배포"),
    (7, 14, 0, "tbr-efile", "info", "change_notice", "아카이브 로그 백업 잡(TB_ARCH_BKUP) 중지: 백업 서버 이전 (화 14:00 ~ 수 09:00)"),
    (7, 18, 0, "ecf-submit", "info", "deployment", "ecf-submit 7.3.1 배포 (제출 확정 화면 개선)"),
    (7, 18, 25, "gcv-mon-01", "warning", "threshold_breach", "disk_usage above 65% on /var/zenius/data"),
    (8, 14, 0, "dg-b01-09", "info", "maintenance", "DR WAS 대기 서버 디스크 교체 (서비스 제외)"),
    (8, 19, 0, "gc-c04-10", "info", "maintenance", "NIC 펌웨어 업데이트 (ConnectX-6 Dx 22.39.1002) 후 재부팅"),
    (9, 13, 40, "hrg-video-gw", "info", "deployment", "hrg-video-gw 3.8.0 배포 (화면 공유 품질 개선)"),
    (10, 15, 30, "mq-bank", "info", "change_notice", "금융결제원 채널 SSL 인증서 교체 예정 (금 17:30)"),
    (10, 16, 5, "pay-bankrelay", "info", "deployment", "pay-bankrelay 3.9.0 배포 (우리은행 가상계좌 전문 v2)"),
    (10, 16, 28, "mq-bank", "info", "config_change", "채널 KFTC.TO.QMBANKP SSLCIPH 변경 선적용 (TLS_AES_256_GCM_SHA384)"),
    (10, 17, 30, "os-jdg", "info", "config_change", "indices.breaker.total.limit 95% → 70%"),
    (10, 18, 0, "cub-notify", "info", "config_change", "broker MAX_NUM_APPL_SERVER 200 → 120 (메모리 절감)"),
    (11, 6, 25, "gcv-mon-01", "warning", "threshold_breach", "disk_usage above 70% on /var/zenius/data"),
    (11, 20, 50, "jdg-search", "info", "deployment", "jdg-search 2.14.0 배포 (유사 판결 추천)"),
    (11, 21, 30, "BAT_JDG_PUBLISH", "info", "batch_job", "주간 전체 재색인 시작 (judgments_v12 → v13)"),
    (12, 3, 0, "gcv-stg-01", "info", "maintenance", "스테이징 VM 보안 패치 후 재기동"),
    (12, 1, 40, "BAT_JDG_PUBLISH", "info", "batch_job", "주간 전체 재색인 완료 (지연)"),
    (13, 8, 20, "dlv-notify", "info", "deployment", "dlv-notify 5.1.2 배포 (기일변경 알림톡 템플릿 추가)"),
    (13, 14, 0, "hrg-video-gw-dev", "info", "maintenance", "개발 환경 점검 (Janus 1.3 호환 테스트)"),
    (14, 11, 0, "edoc-pdfconv-dev", "info", "deployment", "edoc-pdfconv-dev 5.0.0-SNAPSHOT 배포"),
    (14, 16, 0, "gcv-mon-01", "warning", "threshold_breach", "disk_usage above 75% on /var/zenius/data"),
    (14, 19, 0, "redis-session", "info", "config_change", "maxmemory 16gb → 8gb (gc-b03-08 메모리 재배분)"),
    (14, 19, 5, "redis-case", "info", "config_change", "maxmemory 16gb → 24gb (사건 조회 캐시 증설)"),
    (15, 9, 50, "ecf-portal", "info", "deployment", "ecf-portal 9.4.2 배포 (나의사건 검색 필터)"),
    # R1 (Monday morning, OCSP relay)
    (6, 10, 21, "pki-ocsp-proxy", "warning", "performance", "upstream OCSP latency p95 2.8s (yessign), worker pool 92%"),
    (6, 10, 24, "pki-ocsp-proxy", "critical", "performance", "worker pool exhausted (512/512), OCSP requests queued"),
    (6, 10, 27, "edoc-sigverify", "critical", "error", "서명 검증 실패 30% (OCSP 응답 타임아웃)"),
    (6, 10, 31, "idv-core", "major", "error", "공동인증서 로그인 실패 증가 (인증서 상태 확인 지연)"),
    (6, 10, 37, "ecf-submit", "warning", "error", "제출 서명 확인 지연, 제출 재시도 증가"),
    (6, 11, 5, "pki-ocsp-proxy", "info", "config_change", "ocsp_cache=on (TTL 600s) 원복, nonce 선택 적용"),
    (6, 11, 20, "edoc-sigverify", "info", "recovery", "서명 검증 정상화"),
    # R2 (Tuesday deadline rush, archive destination)
    (7, 22, 20, "gc-a07-18", "warning", "disk", "/tbarch 85% used"),
    (7, 22, 49, "gc-a07-18", "critical", "disk", "/tbarch 99% used"),
    (7, 22, 51, "tbr-efile", "critical", "archive", "TBR-24011: archive log destination full, log switch waiting (LOG_ARCHIVE_DEST_1)"),
    (7, 22, 55, "ecf-submit", "critical", "error", "제출 확정 실패 28% (DB commit 대기 타임아웃)"),
    (7, 22, 58, "ecf-attach", "major", "error", "첨부 메타 저장 실패"),
    (7, 23, 6, "ecf-portal", "warning", "error", "서류 제출 화면 오류 증가 (마감 임박)"),
    (7, 23, 35, "tbr-efile", "info", "config_change", "아카이브 로그 수동 백업 후 정리 (/tbarch 31%)"),
    (7, 23, 50, "ecf-submit", "info", "recovery", "제출 확정 정상"),
    # R3 (Thursday afternoon hearings, SFU host)
    (9, 14, 11, "gc-c04-10", "warning", "cpu", "ksoftirqd/0-7 CPU 100%, rx_missed_errors increasing on ens2f0"),
    (9, 14, 14, "gc-c04-10", "critical", "cpu", "CPU 97% (softirq), NIC queue drops"),
    (9, 14, 17, "hrg-media", "critical", "error", "RTP packet loss 14%, ICE restarts"),
    (9, 14, 22, "hrg-recorder", "major", "error", "녹화 세그먼트 유실 (미디어 스트림 끊김)"),
    (9, 14, 27, "hrg-video-gw", "critical", "error", "영상재판 참가자 연결 끊김 27%, 재입장 실패"),
    (9, 14, 55, "gc-c04-10", "info", "config_change", "RSS 큐 16 → 32, IRQ affinity 재설정 (irqbalance 중지)"),
    (9, 15, 10, "hrg-video-gw", "info", "recovery", "영상재판 연결 정상"),
    # R4 (Friday fee rush, IBM MQ channel)
    (10, 16, 31, "mq-bank", "warning", "queue", "AMQ9631E: channel KFTC.TO.QMBANKP CipherSpec mismatch, channel RETRYING"),
    (10, 16, 36, "mq-bank", "critical", "queue", "SYSTEM.BANK.XMITQ depth 48,000 (85% of MAXDEPTH)"),
    (10, 16, 39, "pay-bankrelay", "critical", "error", "은행 전문 응답 타임아웃 26% (금융결제원)"),
    (10, 16, 44, "pay-fee", "major", "error", "인지대/송달료 납부 확인 지연"),
    (10, 16, 53, "ecf-portal", "warning", "error", "납부 단계 오류 증가"),
    (10, 17, 15, "mq-bank", "info", "config_change", "SSLCIPH 원복, 채널 재시작 (RUNNING)"),
    (10, 17, 35, "pay-bankrelay", "info", "recovery", "은행 전문 정상, 미처리 전문 재전송 완료"),
    # R5 (Saturday night re-index, OpenSearch)
    (11, 21, 41, "os-jdg", "warning", "performance", "old gen GC 9.2s on gc-b05-01, heap 93%"),
    (11, 21, 44, "os-jdg", "critical", "performance", "circuit_breaking_exception: [parent] Data too large (limit 70%)"),
    (11, 21, 47, "jdg-search", "critical", "error", "판결서 검색 실패 31% (HTTP 429)"),
    (11, 21, 52, "jdg-anonymizer", "major", "error", "비실명 판결서 색인 쓰기 실패"),
    (11, 21, 58, "BAT_JDG_PUBLISH", "major", "batch_job", "전체 재색인 bulk 거부 (es_rejected_execution), 재시도 중"),
    (11, 22, 30, "os-jdg", "info", "config_change", "breaker limit 85%로 상향, bulk size 10MB → 4MB"),
    (11, 22, 45, "jdg-search", "info", "recovery", "판결서 검색 정상"),
    # R6 (Monday morning notifications, CUBRID broker)
    (13, 8, 41, "cub-notify", "warning", "connections", "broker1 CAS 120/120 busy, client wait queue 340"),
    (13, 8, 44, "cub-notify", "critical", "connections", "ERROR -1048: Cannot connect to CAS, all CAS busy"),
    (13, 8, 47, "dlv-notify", "critical", "error", "알림 적재 실패 33% (DB 연결 획득 실패)"),
    (13, 8, 52, "dlv-eservice", "major", "error", "송달 알림 발송 요청 실패, 재시도 대기"),
    (13, 8, 58, "hrg-sched", "warning", "error", "기일 변경 통지 지연"),
    (13, 9, 20, "cub-notify", "info", "config_change", "MAX_NUM_APPL_SERVER 120 → 240, broker 재기동"),
    (13, 9, 40, "dlv-notify", "info", "recovery", "알림 적재 정상, 적체 해소"),
    # R7 (Wednesday morning, ongoing)
    (15, 9, 45, "redis-session", "warning", "memory", "used_memory 77% of maxmemory (8gb), rising"),
    (15, 10, 6, "redis-session", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory' (noeviction)"),
    (15, 10, 9, "idv-core", "critical", "error", "로그인 실패 35% (세션 저장 실패: OOM)"),
    (15, 10, 14, "ecf-portal", "major", "error", "세션 유실, 제출 중 로그아웃 발생"),
    (15, 10, 22, "hrg-video-gw", "warning", "error", "영상재판 입장 인증 실패 증가"),
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
    generate(NAME, "court-efile", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
