"""Generate the integrated-resort estate (tests/fixtures/resort-casino/, interchange format) and its faults file.

A Korean integrated resort and casino (은하수 복합리조트, 강원 정선, company code EHS): the casino management system
TAEBAEK (`tbk-cms-core`, table-game rating `tbk-table`), slot machine monitoring `smm-collector` over the slot
event Kafka `kafka-smm`, RFID chip tracking `chip-rfid`, the cage `cage-cashdesk` on MS-SQL `mssql-cage`, comp
points `pnt-engine`, the 06:00 gaming-day close `gday-close` and the legacy audit batch `audit_nightly`, all on the
Oracle `ora-cms` (Data Guard standby `sdr-ora-stby` in the Seoul DR centre); surveillance video `vms-surv` on the
CCTV NAS pair `nas-cctv-a01`/`nas-cctv-a02`, the review client `surv-review` and the regulator incident report
`incident-rpt`; the hotel PMS `sukbak-pms` (숙박, OPERA) on `ora-pms`, key cards `yeolsoe-key` (열쇠), self
check-in kiosks, housekeeping, the booking engine; F&B POS `sikdang-pos` (식당) with kitchen displays; the ski
lift pass API `liftpass-api` on PostgreSQL `pg-ticket`, the base-station gate validator `gate-validator` and its
lift gate controllers (`skg-gnd-01` …), the online ski ticket shop `seolwon-web` (설원), ski rental; golf tee
times `green-book` on MySQL `golf_booking_db`; the STAR CLUB player-club app (`starclub-api`, BFF, push) on EKS in
AWS Seoul with `rds-starclub`; the convention centre Wi-Fi portal; the payment gateway `paygw-ir` with the VAN
relay; HR and the ERP interface `erp_sap_if`. Sites 정선IDC (the on-site IDC), 스키베이스 (ski base station),
컨벤션센터, 서울DR센터, aws-ap-northeast-2; environments prod, stg, dev; owners are teams named in Korean or English.

Naming (unlike the earlier estates): the casino product code TAEBAEK (`tbk-*`), romanised Korean (`sukbak-pms`
숙박, `yeolsoe-key` 열쇠, `sikdang-pos` 식당, `seolwon-web` 설원, `insa-hr` 인사), legacy snake_case
(`audit_nightly`, `erp_sap_if`, `golf_booking_db`, `old_slot_sms`), old-style VMware VM names without separators
(`casap01`, `htlap02`, `skiap01`), IDC bare metal named by row/rack/unit (`js-b1-04`, `js-c2-09`), ESXi hosts
(`esx-js-02`), EKS nodes by their EC2 instance ids (`i-0a91c3e5d7f20b864`), lift gate controllers by lift and
number (`skg-gnd-01` gondola, `skg-rnb-02` rainbow, `skg-val-01` valley) and the DR centre's `sdr*` names.

Seven injected incidents (times KST; now = Tuesday 2028-02-15 07:40, just after the gaming-day close; the
window is the 10 days before; casino peak 22:00–04:00 with Friday/Saturday nights busiest, hotel check-in
15:00–18:00 and check-out 10:00–11:00, lifts from 08:30 (night skiing to 22:00), weekends and the gaming-day
close and audit batch 06:00–07:00):
  R1 Sun 06 00:20–01:15  (Saturday night peak) kafka-smm loses a broker's ZooKeeper session in GC pauses (heap
                         cut on Saturday morning) and partitions re-elect in a storm: smm-collector (loudest, 4.11.0
                         deployed Saturday 23:50), pnt-engine, starclub-api
  R2 Tue 08 15:10–16:05  (check-in peak) ora-pms row-lock contention from the group block batch run at 15:00:
                         sukbak-pms (loudest, 5.6.19.12 patch at 14:45), kiosk-checkin, yeolsoe-key
  R3 Thu 10 22:30–23:25  (casino night) nas-cctv-a01 rebuilds after a second drive failure and its latency soars:
                         vms-surv (loudest, recorder firmware change at 22:05), surv-review, incident-rpt
  R4 Sat 12 08:30–09:25  (weekend lift opening) pg-ticket hits max_connections: liftpass-api (loudest, 3.2.0
                         deployed Friday 21:00), gate-validator, seolwon-web
  R5 Sun 13 02:10–03:05  (weekend casino night) redis-player's Sentinel flaps the master back and forth:
                         tbk-table (loudest, 7.4.1 deployed Saturday 22:30), tbk-cms-core, cage-cashdesk
  R6 Mon 14 06:05–07:00  (gaming-day close) the archive-log area /u03 of js-b1-04 fills (the DR standby apply
                         paused since Saturday's DR maintenance, so no log is deleted): ora-cms stalls
                         (ORA-00257), gday-close (loudest), audit_nightly
  R7 Tue 15 07:05–now    rds-starclub exhausts its gp2 burst balance after the nightly points recalculation and
                         its I/O latency soars: starclub-api (loudest, 2.18.0 deployed at 06:50),
                         starclub-app-bff, sikdang-pos (breakfast member discounts) (ongoing)
Confounders: the casino night, check-in/check-out, lift opening and breakfast rhythms, weekend peaks, the nightly
gaming-day close and audit batch, deploys on victims before R1, R2, R3, R4, R5 and R7 and a gday-close config
change before R6, the noisy neighbour hk-mobile (room-status bulk sync on htlap01 at 15:00 on Tuesday 8), the
DR standby `sdr-ora-stby`, `skg-val-01` (valley lift closed) and `sukbak-pms-stg` in maintenance, the retired
`old_slot_sms`, the CCTV NAS `nas-cctv-a02` filling up slowly and the DMZ L4 `l4-dmz-01`'s certificate for
www.eunhasu-resort.co.kr expiring on 2028-02-21 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/irs_golden.py) are computed from the files.

    .venv/bin/python bench/irs_estate.py   # rewrites tests/fixtures/resort-casino*
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

NAME = "resort-casino"
NOW = datetime(2028, 2, 14, 22, 40, tzinfo=UTC)  # Tuesday 2028-02-15 07:40 KST
START = NOW - timedelta(days=10)  # Saturday 2028-02-05 07:40 KST
SEED = 20280215
SITES = {"J": "정선IDC", "K": "스키베이스", "C": "컨벤션센터", "D": "서울DR센터", "A": "aws-ap-northeast-2"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-02")

CASINO, SURV, HOTEL, FNB = "카지노시스템팀", "surveillance-it", "호텔IT팀", "fnb-digital"
SKI, GOLF, LOYAL, PAY = "스키운영IT", "golf-ops", "loyalty-platform", "결제플랫폼팀"
ERP, INFRA, DBA, NET, CLOUD = "erp-hr", "인프라운영팀", "dba-group", "네트워크보안팀", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- casino (TAEBAEK CMS)
    "tbk-cms-core": ("service", CASINO, "J", "P", ["casap01", "casap02"], ["ora-cms", "redis-player"],
                     {"desc": "카지노 통합관리 (CMS: 플레이어, 테이블/슬롯 회계, 게이밍데이)", "product": "TAEBAEK CMS (자체개발, Java 17)",
                      "version": "9.2.3", "instances": 4, "gaming_day_cutoff": "06:00", "port": 8443}),
    "tbk-table": ("service", CASINO, "J", "P", ["casap01"], ["tbk-cms-core", "redis-player", "chip-rfid"],
                  {"desc": "테이블게임 레이팅 (바카라/블랙잭/룰렛 플레이어 레이팅, 테이블 리밋)", "product": "TAEBAEK Table",
                   "version": "7.4.1", "tables": 204, "games": "baccarat, blackjack, roulette, tai-sai"}),
    "smm-collector": ("service", CASINO, "J", "P", ["casap02"], ["kafka-smm", "ora-cms"],
                      {"desc": "슬롯머신 모니터링 수집 (SAS 미터, 도어/틸트 이벤트)", "product": "자체개발 (Go 1.21)",
                       "version": "4.11.0", "egms": 1360, "protocol": "SAS 6.03", "instances": 3}),
    "chip-rfid": ("service", CASINO, "J", "P", ["casap02"], ["ora-cms"],
                  {"desc": "RFID 칩 추적 (칩 재고, 위조칩 탐지)", "product": "GPI ChipTrack 5", "version": "5.3.2",
                   "readers": 410, "vendor": "Gaming Partners International"}),
    "cage-cashdesk": ("service", CASINO, "J", "P", ["casap04"], ["mssql-cage", "tbk-cms-core", "paygw-ir"],
                      {"desc": "케이지 (환전, 칩 교환, 크레딧 마커, 고액거래 보고)", "product": "자체개발 (.NET 6)",
                       "version": "3.9.0", "windows": 22, "ctr_threshold_krw": 10000000}),
    "gday-close": ("service", CASINO, "J", "P", ["casap03"], ["ora-cms", "mssql-cage"],
                   {"desc": "게이밍데이 마감 배치 (테이블/슬롯 드롭, 홀드 집계)", "product": "Spring Batch 5.0",
                    "schedule": "매일 06:00", "version": "2.7.0", "steps": 14}),
    "audit_nightly": ("service", CASINO, "J", "P", ["casap03"], ["gday-close", "ora-cms"],
                      {"desc": "카지노 감사 배치 (레거시 PL/SQL, 사감위 제출 자료)", "product": "Oracle PL/SQL + cron",
                       "schedule": "매일 06:20", "jobs": 31}),
    "pnt-engine": ("service", LOYAL, "J", "P", ["casap03"], ["kafka-smm", "tbk-cms-core"],
                   {"desc": "콤프 포인트 적립 엔진 (슬롯/테이블 실적 → 포인트)", "product": "자체개발 (Kotlin, Kafka Streams)",
                    "version": "1.14.2", "instances": 2, "earn_rate_pct": 0.5}),
    "old_slot_sms": ("service", CASINO, "J", "P", [], [],
                     {"desc": "구 슬롯 모니터링 (2026년 smm-collector로 대체)", "version": "2.0.9",
                      "decommissioned": "2026-11-30"}),
    # ---------------------------------------------------------------- surveillance
    "vms-surv": ("service", SURV, "J", "P", ["js-d1-02"], ["nas-cctv-a01", "nas-cctv-a02"],
                 {"desc": "감시 영상관리 (카지노 플로어/케이지 CCTV 녹화)", "product": "Genetec Security Center 5.11",
                  "version": "5.11.2", "cameras": 2140, "retention_days": 30}),
    "surv-review": ("service", SURV, "J", "P", ["js-d1-03"], ["vms-surv"],
                    {"desc": "감시 영상 검색/조사 (분쟁, 부정행위 조사)", "version": "2.4.0",
                     "product": "Genetec Security Desk 5.11", "workstations": 26}),
    "incident-rpt": ("service", SURV, "J", "P", ["casap04"], ["surv-review", "tbk-cms-core"],
                     {"desc": "감시 사건 보고 (사감위/경찰 제출 보고서)", "version": "1.8.3", "product": "자체개발 (Python 3.11)"}),
    # ---------------------------------------------------------------- hotel
    "sukbak-pms": ("service", HOTEL, "J", "P", ["htlap01"], ["ora-pms", "mq-pms"],
                   {"desc": "호텔 PMS (예약, 체크인/아웃, 폴리오)", "product": "Oracle OPERA PMS 5.6",
                    "version": "5.6.19.12", "rooms": 1250, "properties": 3}),
    "yeolsoe-key": ("service", HOTEL, "J", "P", ["htlap02"], ["sukbak-pms", "mq-pms"],
                    {"desc": "키카드 발급 (객실 도어락 인코딩)", "product": "ASSA ABLOY Visionline 1.28",
                     "version": "1.28.4", "encoders": 36, "locks": 1310}),
    "kiosk-checkin": ("service", HOTEL, "J", "P", ["htlap02"], ["sukbak-pms", "yeolsoe-key", "paygw-ir"],
                      {"desc": "셀프 체크인 키오스크 백엔드", "version": "2.3.1", "kiosks": 18, "product": "자체개발 (Node.js 20)"}),
    "hk-mobile": ("service", HOTEL, "J", "P", ["htlap01"], ["sukbak-pms"],
                  {"desc": "하우스키핑 모바일 (객실 상태, 청소 배정)", "version": "3.0.2", "devices": 240}),
    "sukbak-ibe": ("service", HOTEL, "J", "P", ["htlap02"], ["sukbak-pms", "paygw-ir"],
                   {"desc": "객실 온라인 예약 엔진", "version": "4.1.0", "endpoint": "book.eunhasu-resort.co.kr"}),
    # ---------------------------------------------------------------- F&B
    "sikdang-pos": ("service", FNB, "J", "P", ["fnbap01"], ["mssql-pos", "paygw-ir", "starclub-api", "mq-pms"],
                    {"desc": "F&B POS (레스토랑, 뷔페, 바, 룸차지 포스팅)", "product": "Oracle Simphony 19.5",
                     "version": "19.5.2", "outlets": 27, "terminals": 310}),
    "sikdang-kds": ("service", FNB, "J", "P", ["fnbap01"], ["sikdang-pos"],
                    {"desc": "주방 디스플레이 (KDS)", "version": "2.2.0", "screens": 64}),
    # ---------------------------------------------------------------- ski
    "liftpass-api": ("service", SKI, "J", "P", ["skiap01"], ["pg-ticket", "redis-lift"],
                     {"desc": "리프트권/시즌권 API (발권, 유효성)", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                      "version": "3.2.0", "instances": 3, "season_passes": 18400}),
    "gate-validator": ("service", SKI, "K", "P", ["skibase-edge01"], ["liftpass-api", "redis-lift"],
                       {"desc": "리프트 게이트 검증 (RFID 리프트권 판독, 통과 기록)", "product": "SKIDATA Freemotion 연동 (자체)",
                        "version": "1.9.4", "gates": 46, "lifts": 9, "first_lift": "08:30"}),
    "seolwon-web": ("service", SKI, "J", "P", ["skiap01"], ["liftpass-api", "paygw-ir"],
                    {"desc": "스키 온라인 티켓/시즌권 판매 웹", "version": "2.6.1", "endpoint": "ski.eunhasu-resort.co.kr"}),
    "rental-pos": ("service", SKI, "J", "P", ["skiap02"], ["pg-ticket", "paygw-ir"],
                   {"desc": "스키 장비 렌탈 POS", "version": "1.4.0", "counters": 12}),
    # ---------------------------------------------------------------- golf
    "green-book": ("service", GOLF, "J", "P", ["golfap01"], ["golf_booking_db", "paygw-ir"],
                   {"desc": "골프 티타임 예약 (동절기 휴장, 4월 개장분 예약 중)", "version": "5.0.3", "holes": 36,
                    "season_open": "2028-04-01"}),
    # ---------------------------------------------------------------- STAR CLUB (player club app, AWS)
    "starclub-api": ("service", LOYAL, "A", "P", ["i-0a91c3e5d7f20b864", "i-04be7d21c9a3f5e60"],
                     ["rds-starclub", "ec-starclub-sess", "pnt-engine"],
                     {"desc": "스타클럽 회원/포인트/쿠폰 API", "product": "자체개발 (Kotlin, Spring Boot 3.2) on EKS",
                      "version": "2.18.0", "replicas": 6, "members": 412000, "eks_cluster": "eks-starclub-prd"}),
    "starclub-app-bff": ("service", LOYAL, "A", "P", ["i-04be7d21c9a3f5e60"], ["starclub-api", "ec-starclub-sess"],
                         {"desc": "스타클럽 모바일 앱 BFF", "product": "Node.js 20 (NestJS) on EKS", "version": "1.31.0",
                          "replicas": 4}),
    "starclub-push": ("service", LOYAL, "A", "P", ["i-0d3f68a2b1c4e9075"], ["starclub-api", "sqs-starclub-push"],
                      {"desc": "스타클럽 푸시/알림톡 발송", "version": "1.6.5", "channels": "FCM, APNs, 카카오 알림톡"}),
    # ---------------------------------------------------------------- convention centre
    "mice-wifi-portal": ("service", NET, "C", "P", ["miceap01"], [],
                         {"desc": "컨벤션센터 Wi-Fi 캡티브 포털 (행사 참가자 인증)", "version": "2.0.1", "ssid": "EHS-MICE",
                          "max_clients": 6000}),
    "mice-reg": ("service", "컨벤션운영팀", "C", "P", ["miceap01"], ["paygw-ir"],
                 {"desc": "행사 등록/출입 (참가자 등록, QR 출입)", "version": "3.3.0", "halls": 5}),
    # ---------------------------------------------------------------- payments
    "paygw-ir": ("service", PAY, "J", "P", ["payap01"], ["van-relay", "pg-paygw"],
                 {"desc": "리조트 통합 결제 게이트웨이 (카드, 간편결제, 룸차지)", "product": "자체개발 (Java 17)",
                  "version": "6.0.4", "instances": 2, "pci_dss": "v4.0"}),
    "van-relay": ("service", PAY, "J", "P", ["payap01"], [],
                  {"desc": "VAN 중계 (KICC/NICE 승인 전문)", "version": "2.9.0", "vans": "KICC, NICE", "port": 9100}),
    # ---------------------------------------------------------------- HR / ERP / ops tooling
    "insa-hr": ("service", ERP, "J", "P", ["erpap01"], ["mssql-erp"],
                {"desc": "인사/근태 (교대 근무표, 딜러 로테이션)", "product": "더존 Amaranth 10", "employees": 4300}),
    "erp_sap_if": ("service", ERP, "J", "P", ["erpap01"], ["mssql-erp", "gday-close"],
                   {"desc": "ERP 인터페이스 (게이밍데이 매출 → SAP 전표, 레거시)", "product": "SAP PI 7.5 어댑터 + SSIS",
                    "schedule": "매일 07:10", "interfaces": 42}),
    "moni-zbx": ("service", INFRA, "J", "P", ["mgmtap01"], [],
                 {"desc": "인프라 모니터링", "product": "Zabbix 7.0", "monitored_hosts": 880}),
    "elk-log": ("service", INFRA, "J", "P", ["mgmtap01"], [],
                {"desc": "로그 수집/검색", "product": "Elastic Stack 8.12", "retention_days": 90}),
    "sdr-cms-warm": ("service", CASINO, "D", "P", ["sdrsv-08"], ["sdr-ora-stby"],
                     {"desc": "CMS DR 웜스탠바이 (서울DR센터, 평시 기동 대기)", "version": "9.2.3", "rto_min": 120}),
    # ---------------------------------------------------------------- staging, dev
    "tbk-cms-core-stg": ("service", CASINO, "J", "S", ["stgap01"], ["ora-cms-stg", "redis-player-stg"],
                         {"desc": "카지노 CMS (스테이징)", "version": "9.3.0-rc2"}),
    "sukbak-pms-stg": ("service", HOTEL, "J", "S", ["stgap02"], [],
                       {"desc": "호텔 PMS (스테이징, OPERA Cloud 전환 리허설)", "version": "OPERA Cloud 24.2"}),
    "starclub-api-stg": ("service", LOYAL, "A", "S", ["i-09e2a7b4c61d85f30"], [],
                         {"desc": "스타클럽 API (스테이징)", "version": "2.19.0-rc1"}),
    "liftpass-api-dev": ("service", SKI, "J", "D", ["devap01"], [],
                         {"desc": "리프트권 API (개발)", "version": "3.3.0-SNAPSHOT"}),
    "smm-collector-dev": ("service", CASINO, "J", "D", ["devap01"], [],
                          {"desc": "슬롯 모니터링 수집 (개발)", "version": "4.12.0-dev"}),
    # ---------------------------------------------------------------- databases
    "ora-cms": ("database", DBA, "J", "P", ["js-b1-04"], [],
                {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c EE", "sid": "CMSP",
                 "port": 1521, "size_tb": 6.2, "archivelog": "/u03/fra", "dataguard": "sdr-ora-stby (MaxPerformance)",
                 "desc": "카지노 CMS 운영 DB"}),
    "ora-pms": ("database", DBA, "J", "P", ["js-b1-07"], [],
                {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c SE2", "sid": "OPERA",
                 "port": 1521, "size_tb": 1.4, "desc": "호텔 PMS (OPERA) DB"}),
    "mssql-cage": ("database", DBA, "J", "P", ["js-c2-09"], [],
                   {"engine": "mssql", "version": "15.0.4375", "product": "SQL Server 2019 Enterprise CU27",
                    "port": 1433, "always_on": "AG-CAGE (동기, 2노드)", "desc": "케이지/크레딧 DB"}),
    "mssql-pos": ("database", DBA, "J", "P", ["js-c2-11"], [],
                  {"engine": "mssql", "version": "16.0.4125", "product": "SQL Server 2022 Standard CU12",
                   "port": 1433, "desc": "Simphony POS DB"}),
    "mssql-erp": ("database", DBA, "J", "P", ["js-c2-11"], [],
                  {"engine": "mssql", "version": "16.0.4125", "product": "SQL Server 2022 Standard CU12",
                   "port": 1434, "desc": "인사/ERP 연계 DB"}),
    "pg-ticket": ("database", SKI, "J", "P", ["skiap02"], [],
                  {"engine": "postgresql", "version": "14.11", "product": "PostgreSQL 14", "port": 5432,
                   "max_connections": 300, "pgbouncer": "없음", "desc": "리프트권/렌탈 DB"}),
    "pg-paygw": ("database", PAY, "J", "P", ["payap01"], [],
                 {"engine": "postgresql", "version": "15.6", "product": "PostgreSQL 15 (Patroni)", "port": 5432,
                  "desc": "결제 승인 이력 DB"}),
    "golf_booking_db": ("database", GOLF, "J", "P", ["golfap01"], [],
                        {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 Community", "port": 3306,
                         "desc": "골프 예약 DB"}),
    "rds-starclub": ("database", CLOUD, "A", "P", [], [],
                     {"engine": "postgresql", "version": "15.5", "product": "Amazon RDS for PostgreSQL",
                      "instance_class": "db.r6g.2xlarge", "storage": "gp2 2000 GiB", "baseline_iops": 6000,
                      "multi_az": True, "arn": "arn:aws:rds:ap-northeast-2:381294705566:db:rds-starclub",
                      "desc": "스타클럽 회원/포인트 DB"}),
    "sdr-ora-stby": ("database", DBA, "D", "P", ["sdrsv-07"], [],
                     {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c EE (Physical Standby)",
                      "sid": "CMSD", "port": 1521, "desc": "ora-cms Data Guard 스탠바이 (서울DR)"}),
    "ora-cms-stg": ("database", DBA, "J", "S", ["stgap01"], [],
                    {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c EE", "sid": "CMSS",
                     "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "redis-player": ("cache", CASINO, "J", "P", ["js-b2-14"], [],
                     {"engine": "redis", "version": "7.2.4", "topology": "Sentinel (1 master, 2 replicas)",
                      "maxmemory_gb": 24, "maxmemory_policy": "volatile-lru", "port": 6379,
                      "desc": "플레이어 세션/레이팅 캐시"}),
    "redis-lift": ("cache", SKI, "K", "P", ["skibase-edge01"], [],
                   {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 4, "maxmemory_policy": "allkeys-lru",
                    "port": 6379, "desc": "리프트권 유효성 캐시 (게이트 오프라인 대비)"}),
    "ec-starclub-sess": ("cache", CLOUD, "A", "P", [], [],
                         {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis",
                          "node_type": "cache.r6g.large", "maxmemory_gb": 13, "desc": "스타클럽 앱 세션"}),
    "redis-player-stg": ("cache", CASINO, "J", "S", ["stgap01"], [],
                         {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 4, "port": 6379}),
    "kafka-smm": ("queue", CASINO, "J", "P", ["js-a3-01", "js-a3-02", "js-a3-03"], [],
                  {"product": "Apache Kafka 3.6.1 (ZooKeeper)", "brokers": 3, "topics": 48, "partitions": 576,
                   "port": 9092, "heap_gb": 6, "desc": "슬롯 이벤트 스트림 (SAS 미터, 플레이 세션)"}),
    "mq-pms": ("queue", HOTEL, "J", "P", ["js-b2-15"], [],
               {"product": "RabbitMQ 3.12.13", "queues": 58, "port": 5672,
                "desc": "PMS 인터페이스 큐 (키카드, POS 포스팅, 하우스키핑)"}),
    "sqs-starclub-push": ("queue", CLOUD, "A", "P", [], [],
                          {"product": "Amazon SQS (FIFO)", "queues": 6, "desc": "스타클럽 푸시 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-casino-int": ("J", NET, ["tbk-cms-core", "tbk-table", "cage-cashdesk"],
                      {"vendor": "Piolink", "model": "PAS-K 4224", "vip": "10.21.4.10", "firmware": "2.5.3",
                       "segment": "카지노 분리망"}),
    "l4-dmz-01": ("J", NET, ["sukbak-ibe", "seolwon-web", "paygw-ir"],
                  {"vendor": "F5", "model": "BIG-IP i4800", "version": "17.1.1", "vip": "211.47.96.20",
                   "endpoint": "www.eunhasu-resort.co.kr", "cert_expiry": "2028-02-21",
                   "cert_issuer": "Sectigo (수동 갱신)"}),
    "alb-starclub": ("A", CLOUD, ["starclub-app-bff", "starclub-api"],
                     {"vendor": "AWS", "model": "Application Load Balancer", "dns": "api.starclub.eunhasu.com",
                      "cert_expiry": "2028-09-03", "waf": "AWS WAF"}),
    "l4-ski-base": ("K", NET, ["gate-validator", "liftpass-api"],
                    {"vendor": "Piolink", "model": "PAS-K 2224", "vip": "10.31.1.10", "firmware": "2.4.8"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-cctv-a01": ("J", SURV, {"vendor": "Dell", "model": "PowerScale H7000", "capacity_tb": 1800, "raid": "N+2:1",
                                 "protocol": "SMB 3", "desc": "CCTV 녹화 (카지노 플로어 A존)"}, ["js-d1-02"]),
    "nas-cctv-a02": ("J", SURV, {"vendor": "Dell", "model": "PowerScale H7000", "capacity_tb": 1800, "raid": "N+2:1",
                                 "protocol": "SMB 3", "desc": "CCTV 녹화 (카지노 플로어 B존, 케이지)"}, ["js-d1-02"]),
    "san-js-01": ("J", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 240,
                               "desc": "DB/VM 블록 스토리지"},
                  ["js-b1-04", "js-b1-07", "js-c2-09", "js-c2-11", "esx-js-01", "esx-js-02", "esx-js-03"]),
    "dd-js-bkp": ("J", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                               "desc": "백업 (DB, VM)"}, []),
    "s3-starclub-media": ("A", CLOUD, {"vendor": "AWS", "model": "Amazon S3 (Standard)", "bucket": "ehs-starclub-media-prd",
                                       "desc": "스타클럽 앱 이미지/쿠폰 배너"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 정선IDC VMware VMs
    "casap01": ("J", "P", "vm", {"role": "TAEBAEK CMS/테이블 AP #1"}),
    "casap02": ("J", "P", "vm", {"role": "TAEBAEK CMS AP #2, 슬롯 수집, RFID"}),
    "casap03": ("J", "P", "vm", {"role": "카지노 배치 (마감/감사/포인트)"}),
    "casap04": ("J", "P", "vm", {"role": "케이지, 사건보고"}),
    "htlap01": ("J", "P", "vm", {"role": "OPERA PMS AP, 하우스키핑"}),
    "htlap02": ("J", "P", "vm", {"role": "키카드, 키오스크, 예약엔진"}),
    "fnbap01": ("J", "P", "vm", {"role": "Simphony POS, KDS"}),
    "skiap01": ("J", "P", "vm", {"role": "리프트권 API, 스키 웹"}),
    "skiap02": ("J", "P", "vm", {"role": "리프트권 DB, 렌탈"}),
    "payap01": ("J", "P", "vm", {"role": "결제 게이트웨이, VAN 중계"}),
    "erpap01": ("J", "P", "vm", {"role": "인사/ERP 연계"}),
    "mgmtap01": ("J", "P", "vm", {"role": "모니터링/로그"}),
    "golfap01": ("J", "P", "vm", {"role": "골프 예약"}),
    "miceap01": ("C", "P", "vm", {"role": "컨벤션 Wi-Fi 포털, 행사 등록"}),
    "stgap01": ("J", "S", "vm", {"role": "카지노 스테이징"}),
    "stgap02": ("J", "S", "vm", {"role": "호텔 스테이징"}),
    "devap01": ("J", "D", "vm", {"role": "개발 공용"}),
    # 정선IDC ESXi hosts
    "esx-js-01": ("J", "P", "esx", {"role": "ESXi 카지노 클러스터 CL-CAS", "model": "Dell PowerEdge R760"}),
    "esx-js-02": ("J", "P", "esx", {"role": "ESXi 카지노 클러스터 CL-CAS", "model": "Dell PowerEdge R760"}),
    "esx-js-03": ("J", "P", "esx", {"role": "ESXi 리조트 클러스터 CL-RST", "model": "Dell PowerEdge R750"}),
    "esx-js-04": ("J", "S", "esx", {"role": "ESXi 스테이징/개발 클러스터", "model": "Dell PowerEdge R740"}),
    # 정선IDC bare metal (row-rack-unit)
    "js-b1-04": ("J", "P", "bare", {"role": "Oracle CMSP", "model": "HPE ProLiant DL380 Gen11", "fra_mount": "/u03"}),
    "js-b1-07": ("J", "P", "bare", {"role": "Oracle OPERA", "model": "HPE ProLiant DL360 Gen11"}),
    "js-c2-09": ("J", "P", "win", {"role": "MS-SQL 케이지 (AG-CAGE 주)", "model": "Dell PowerEdge R660"}),
    "js-c2-11": ("J", "P", "win", {"role": "MS-SQL POS/ERP", "model": "Dell PowerEdge R660"}),
    "js-a3-01": ("J", "P", "bare", {"role": "Kafka broker 1 + ZooKeeper", "model": "Lenovo ThinkSystem SR650 V3"}),
    "js-a3-02": ("J", "P", "bare", {"role": "Kafka broker 2 + ZooKeeper", "model": "Lenovo ThinkSystem SR650 V3"}),
    "js-a3-03": ("J", "P", "bare", {"role": "Kafka broker 3 + ZooKeeper", "model": "Lenovo ThinkSystem SR650 V3"}),
    "js-b2-14": ("J", "P", "bare", {"role": "Redis Sentinel (플레이어)", "model": "Dell PowerEdge R650"}),
    "js-b2-15": ("J", "P", "bare", {"role": "RabbitMQ (PMS 인터페이스)", "model": "Dell PowerEdge R650"}),
    "js-d1-02": ("J", "P", "win", {"role": "Genetec 녹화/디렉터리 서버", "model": "Dell PowerEdge R750xs"}),
    "js-d1-03": ("J", "P", "win", {"role": "Genetec 조사 워크스테이션 서버", "model": "Dell Precision 7960 Rack"}),
    # ski base station
    "skibase-edge01": ("K", "P", "edge", {"role": "게이트 검증/캐시 엣지 (베이스 스테이션 전산실)",
                                          "model": "Dell PowerEdge XR11"}),
    # Seoul DR
    "sdrsv-07": ("D", "P", "bare", {"role": "Oracle 스탠바이 CMSD", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "sdrsv-08": ("D", "P", "bare", {"role": "CMS 웜스탠바이 AP", "model": "HPE ProLiant DL360 Gen10 Plus"}),
    # AWS EKS nodes (by instance id)
    "i-0a91c3e5d7f20b864": ("A", "P", "ec2", {"role": "EKS 워커 (ng-starclub-a)", "az": "ap-northeast-2a"}),
    "i-04be7d21c9a3f5e60": ("A", "P", "ec2", {"role": "EKS 워커 (ng-starclub-c)", "az": "ap-northeast-2c"}),
    "i-0d3f68a2b1c4e9075": ("A", "P", "ec2", {"role": "EKS 워커 (ng-batch)", "az": "ap-northeast-2b"}),
    "i-09e2a7b4c61d85f30": ("A", "S", "ec2", {"role": "EKS 워커 (스테이징)", "az": "ap-northeast-2a"}),
}
GATES = {  # lift gate controllers: name: (lift, gates, model)
    "skg-gnd-01": ("곤돌라", 6, "SKIDATA Freemotion Gate.Pro"),
    "skg-gnd-02": ("곤돌라", 6, "SKIDATA Freemotion Gate.Pro"),
    "skg-rnb-01": ("레인보우 리프트", 4, "SKIDATA Freemotion Basic"),
    "skg-rnb-02": ("레인보우 리프트", 4, "SKIDATA Freemotion Basic"),
    "skg-val-01": ("밸리 리프트", 4, "SKIDATA Freemotion Basic"),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-js-core": ("J", {"device": "core firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                         "firmware": "FortiOS 7.4.3"}),
    "fw-casino-seg": ("J", {"device": "casino segment firewall", "vendor": "Palo Alto", "model": "PA-3440",
                            "firmware": "PAN-OS 11.1.2", "desc": "카지노 분리망 방화벽 (사감위 망분리)"}),
    "wlc-conv-01": ("C", {"device": "wireless controller", "vendor": "Aruba", "model": "9240 Gateway",
                          "firmware": "AOS 10.5.1.0", "aps": 286, "ssid": "EHS-MICE"}),
    "wan-js-sdr": ("J", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 10Gbps",
                         "circuit": "SKB-DL-77310-0228", "desc": "정선IDC ↔ 서울DR센터 전용회선 (Data Guard)"}),
    "core-js-sw01": ("J", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                           "firmware": "NX-OS 10.3(4a)"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-casino-seg", "core-js-sw01"),
    ("fw-js-core", "core-js-sw01"),
    ("wan-js-sdr", "core-js-sw01"),
    ("wlc-conv-01", "fw-js-core"),
    ("l4-casino-int", "fw-casino-seg"),
    ("l4-dmz-01", "fw-js-core"),
    ("l4-ski-base", "fw-js-core"),
    ("ora-cms", "sdr-ora-stby"),  # Data Guard redo shipping
    ("sdr-ora-stby", "wan-js-sdr"),
]
VM_ON = {  # VMware VM -> ESXi host (RUNS_ON)
    "casap01": "esx-js-01", "casap02": "esx-js-01", "casap03": "esx-js-02", "casap04": "esx-js-02",
    "htlap01": "esx-js-02", "htlap02": "esx-js-03", "fnbap01": "esx-js-03", "skiap01": "esx-js-03",
    "skiap02": "esx-js-03", "payap01": "esx-js-03", "erpap01": "esx-js-03", "mgmtap01": "esx-js-03",
    "golfap01": "esx-js-03", "stgap01": "esx-js-04", "stgap02": "esx-js-04", "devap01": "esx-js-04",
}
# fmt: on
STATUS = {
    "sdr-ora-stby": "maintenance",
    "skg-val-01": "maintenance",
    "sukbak-pms-stg": "maintenance",
    "old_slot_sms": "retired",
}
NET_PREFIX = {"J": "10.21", "K": "10.31", "C": "10.41", "D": "10.91", "A": "172.30"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "R1",
        "kind": "broker_leader_election_storm",
        "root": "kafka-smm",
        "description": "at the Saturday-night casino peak a kafka-smm broker keeps losing its ZooKeeper session in"
        " long GC pauses (heap cut from 6 to 4 GB on Saturday morning) and the partitions re-elect leaders in a storm:"
        " smm-collector (4.11.0 deployed at 23:50, loudest) drops slot meter events, pnt-engine stops earning comp"
        " points and starclub-api shows stale balances, until the heap is restored and the broker restarted",
        "start": kst(6, 0, 20),
        "end": kst(6, 1, 15),
        "affected": ["kafka-smm", "smm-collector", "pnt-engine", "starclub-api"],
    },
    {
        "id": "R2",
        "kind": "db_row_lock_contention",
        "root": "ora-pms",
        "description": "at Tuesday's check-in peak the group block batch started at 15:00 holds row locks on the"
        " reservation tables of ora-pms (enq: TX - row lock contention): sukbak-pms (5.6.19.12 patch at 14:45,"
        " loudest) times out on check-ins, the kiosks and key-card encoding stall, until the batch session is"
        " killed",
        "start": kst(8, 15, 10),
        "end": kst(8, 16, 5),
        "affected": ["ora-pms", "sukbak-pms", "kiosk-checkin", "yeolsoe-key"],
    },
    {
        "id": "R3",
        "kind": "nas_rebuild_latency",
        "root": "nas-cctv-a01",
        "description": "on Thursday night nas-cctv-a01 loses a second drive in one node and rebuilds at high"
        " priority; its latency soars: vms-surv (recorder firmware setting changed at 22:05, loudest) drops"
        " recording frames, surv-review cannot play back and incident-rpt cannot attach clips, until the rebuild"
        " priority is lowered",
        "start": kst(10, 22, 30),
        "end": kst(10, 23, 25),
        "affected": ["nas-cctv-a01", "vms-surv", "surv-review", "incident-rpt"],
    },
    {
        "id": "R4",
        "kind": "db_connection_limit",
        "root": "pg-ticket",
        "description": "at Saturday's lift opening pg-ticket reaches max_connections (300, no pooler) as every"
        " gate and ticket window hits it at once: liftpass-api (3.2.0 deployed Friday 21:00, loudest) fails pass"
        " checks, gate-validator falls back to its offline cache and rejects passes, seolwon-web cannot sell"
        " tickets, until idle sessions are killed and the limit raised",
        "start": kst(12, 8, 30),
        "end": kst(12, 9, 25),
        "affected": ["pg-ticket", "liftpass-api", "gate-validator", "seolwon-web"],
    },
    {
        "id": "R5",
        "kind": "cache_failover_flapping",
        "root": "redis-player",
        "description": "in the small hours of Sunday the Sentinels of redis-player flap the master between two"
        " nodes (down-after-milliseconds too low for a slow fsync): tbk-table (7.4.1 deployed Saturday 22:30,"
        " loudest) loses ratings, tbk-cms-core and cage-cashdesk fail on player sessions, until the Sentinels are"
        " reconfigured",
        "start": kst(13, 2, 10),
        "end": kst(13, 3, 5),
        "affected": ["redis-player", "tbk-table", "tbk-cms-core", "cage-cashdesk"],
    },
    {
        "id": "R6",
        "kind": "archivelog_area_full",
        "root": "js-b1-04",
        "description": "during Monday's gaming-day close the archive-log area /u03 of js-b1-04 fills (the DR"
        " standby's apply is paused since Saturday's DR maintenance, so no applied log is deleted): ora-cms"
        " stalls (ORA-00257), gday-close (loudest) and audit_nightly fail, until the logs are backed up to"
        " dd-js-bkp and deleted",
        "start": kst(14, 6, 5),
        "end": kst(14, 7, 0),
        "affected": ["js-b1-04", "ora-cms", "gday-close", "audit_nightly"],
    },
    {
        "id": "R7",
        "kind": "cloud_db_burst_exhausted",
        "root": "rds-starclub",
        "description": "on Tuesday morning rds-starclub exhausts its gp2 burst balance after the nightly points"
        " recalculation and its I/O latency soars: starclub-api (2.18.0 deployed at 06:50, loudest),"
        " starclub-app-bff and sikdang-pos (breakfast member discounts) time out (ongoing)",
        "start": kst(15, 7, 5),
        "end": None,
        "affected": ["rds-starclub", "starclub-api", "starclub-app-bff", "sikdang-pos"],
    },
]
R1, R2, R3, R4, R5, R6, R7 = INCIDENTS
DR_PAUSE = kst(12, 22, 0)  # DR maintenance: standby apply paused, archive logs pile up
HOUSEKEEP_SYNC = (kst(8, 15, 0), kst(8, 15, 40))  # hk-mobile bulk room-status sync (noisy neighbour)


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for vm, esx in VM_ON.items():
        rels.append((vm, esx, "RUNS_ON"))
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for g in GATES:
        rels.append(("gate-validator", g, "CONNECTS_TO"))
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
        third = {"P": 10, "S": 30, "D": 50}[env] + i // 9
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{third}.{12 + (i * 41) % 230}"}
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.9", "RHEL 9.3", "Rocky Linux 9.3"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 7.0U3",
                      "asset_tag": f"EHS-V-{2100 + i * 7}"}  # fmt: skip
            if h.startswith("cas"):
                attrs["segment"] = "카지노 분리망"
        elif kind == "esx":
            attrs |= {"os": "VMware ESXi 7.0U3p", "cores": 64, "mem_gb": rng.choice([768, 1024]),
                      "serial": f"{rng.choice(['CN7', 'JPX'])}{rng.randint(100000, 999999)}",
                      "asset_tag": f"EHS-S-{3100 + i * 3}"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([24, 32]), "mem_gb": rng.choice([256, 384]),
                      "serial": f"{rng.choice(['CN7', 'JPX'])}{rng.randint(100000, 999999)}",
                      "asset_tag": f"EHS-S-{3100 + i * 3}"}  # fmt: skip
            owner = SURV if h.startswith("js-d1") else DBA
        elif kind == "edge":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 16, "mem_gb": 64, "asset_tag": f"EHS-E-{410 + i}"}
            owner = SKI
        elif kind == "ec2":
            attrs |= {"os": "Amazon Linux 2023 (EKS optimized)", "instance_type": rng.choice(["m7g.xlarge", "m7g.2xlarge"]),
                      "account": "381294705566", "vpc": "vpc-0c5e19a3d7b24f681"}  # fmt: skip
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.9", "Oracle Linux 8.9"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}",
                      "asset_tag": f"EHS-S-{3100 + i * 3}"}  # fmt: skip
            if h in ("js-b1-04", "js-b1-07", "sdrsv-07"):
                owner = DBA
            if h.startswith("js-a3") or h.startswith("js-b2"):
                attrs["rack"] = h.split("-")[1].upper()
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (g, (lift, gates, model)) in enumerate(GATES.items()):
        attrs = {"ip": f"10.31.20.{31 + j}", "vendor": "SKIDATA", "model": model, "lift": lift, "gates": gates,
                 "firmware": "FM 6.4.2" if "Pro" in model else "FM 6.2.9", "reader": "RFID ISO 15693"}  # fmt: skip
        cis.append(ci_record(g, "host", "prod", SKI, SITES["K"], attrs, STATUS.get(g, "active")))
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


def _night_of(ts: datetime) -> int:
    """The weekday of the evening a casino night belongs to (before 08:00 it is the previous evening's)."""
    loc = _local(ts)
    return (loc - timedelta(hours=8)).weekday()


def _casino(ts: datetime) -> float:
    """The casino floor: quiet mornings, busy from 20:00, peak 22:00–04:00, Friday and Saturday nights
    busiest, the Sunday afternoon a little busier."""
    h, wd = seoul_hour(ts), _night_of(ts)
    weekend = wd in (4, 5)
    peak = 0.95 if weekend else 0.72
    if h >= 22 or h < 4:
        v = peak
    elif 20 <= h < 22:
        v = 0.35 + (peak - 0.35) * (h - 20) / 2
    elif 4 <= h < 7:
        v = peak - (peak - 0.2) * (h - 4) / 3
    elif 7 <= h < 12:
        v = 0.18
    else:
        v = 0.3 + (0.08 if _local(ts).weekday() >= 5 else 0)
    return max(0.05, min(1.0, v))


def _hotel(ts: datetime) -> float:
    """Front desk and PMS: check-out 10–11, check-in 15–18, Friday/Saturday check-ins busier."""
    h, wd = seoul_hour(ts), _local(ts).weekday()
    v = 0.12 + (0.18 if 8 <= h < 22 else 0)
    v += 0.35 * _bump(h, 10.5, 0.5)
    v += (0.55 if wd in (4, 5) else 0.42) * (1 if 15 <= h < 18 else 0.4 * _bump(h, 16.5, 1.5))
    return max(0.05, min(1.0, v))


def _ski(ts: datetime) -> float:
    """Lifts 08:30–16:30 (lunch dip), night skiing 18:30–22:00, weekends fuller, the opening rush."""
    h, wd = seoul_hour(ts), _local(ts).weekday()
    day = 0.85 if wd >= 5 else 0.55
    if 8.5 <= h < 16.5:
        v = day * (0.8 if 12 <= h < 13 else 1.0)
    elif 18.5 <= h < 22:
        v = day * 0.45
    elif 7 <= h < 8.5:
        v = 0.15 + 0.2 * (h - 7) / 1.5
    else:
        v = 0.06
    v += 0.15 * _bump(h, 8.6, 0.25) * (1 if 8 <= h < 9.5 else 0)
    return max(0.04, min(1.0, v))


def _fnb(ts: datetime) -> float:
    """Restaurants: breakfast buffet from 07:00, lunch, dinner and the casino bars at night."""
    h = seoul_hour(ts)
    v = 0.08 + 0.55 * _bump(h, 8.3, 0.9) * (1 if h >= 6.5 else 0) + 0.45 * _bump(h, 12.5, 0.8)
    v += 0.6 * _bump(h, 19.0, 1.1) + (0.15 if h >= 22 or h < 3 else 0)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1 + 0.03 * _bump(h, 14, 3)
    return 0.1 + 0.55 * (1 if 9 <= h < 18 else 0) * (0.7 if 12 <= h < 13 else 1) + 0.1 * _bump(h, 9.5, 1)


def _close(ts: datetime) -> float:
    """The gaming-day close and audit batch 06:00–07:00 (the ERP interface at 07:10)."""
    h = seoul_hour(ts)
    return 0.92 if 6 <= h < 7.25 else 0.12


def _loyalty(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.55 * _casino(ts) + 0.35 * _fnb(ts) + 0.1))


def _steady(ts: datetime) -> float:
    return 0.5


CASINO_SIDE = {
    "tbk-cms-core", "tbk-table", "smm-collector", "chip-rfid", "cage-cashdesk", "pnt-engine", "vms-surv",
    "surv-review", "incident-rpt", "ora-cms", "mssql-cage", "redis-player", "kafka-smm", "l4-casino-int",
    "casap01", "casap02", "casap04", "esx-js-01", "js-b1-04", "js-c2-09", "js-a3-01", "js-a3-02", "js-a3-03",
    "js-b2-14", "js-d1-02", "js-d1-03", "nas-cctv-a01", "nas-cctv-a02", "fw-casino-seg", "core-js-sw01",
    "wan-js-sdr", "sdr-ora-stby", "sdrsv-07",
}  # fmt: skip
HOTEL_SIDE = {"sukbak-pms", "yeolsoe-key", "kiosk-checkin", "hk-mobile", "sukbak-ibe", "ora-pms", "mq-pms",
              "htlap01", "htlap02", "js-b1-07", "js-b2-15", "esx-js-02", "l4-dmz-01"}  # fmt: skip
SKI_SIDE = {"liftpass-api", "gate-validator", "seolwon-web", "rental-pos", "pg-ticket", "redis-lift", "skiap01",
            "skiap02", "skibase-edge01", "l4-ski-base", "esx-js-03", *GATES}  # fmt: skip
FNB_SIDE = {"sikdang-pos", "sikdang-kds", "mssql-pos", "fnbap01", "js-c2-11", "paygw-ir", "van-relay",
            "pg-paygw", "payap01"}  # fmt: skip
LOYALTY_SIDE = {"starclub-api", "starclub-app-bff", "starclub-push", "rds-starclub", "ec-starclub-sess",
                "sqs-starclub-push", "alb-starclub", "i-0a91c3e5d7f20b864", "i-04be7d21c9a3f5e60",
                "i-0d3f68a2b1c4e9075", "s3-starclub-media"}  # fmt: skip
OFFICE = {"insa-hr", "mssql-erp", "erpap01", "green-book", "golf_booking_db", "golfap01", "mice-reg",
          "mice-wifi-portal", "miceap01", "wlc-conv-01", "fw-js-core", "moni-zbx", "elk-log", "mgmtap01",
          "san-js-01", "sdr-cms-warm", "sdrsv-08"}  # fmt: skip
CLOSE = {"gday-close", "audit_nightly", "erp_sap_if", "casap03", "dd-js-bkp"}


def _load(name: str):
    for group, shape in (
        (CASINO_SIDE, _casino),
        (HOTEL_SIDE, _hotel),
        (SKI_SIDE, _ski),
        (FNB_SIDE, _fnb),
        (LOYALTY_SIDE, _loyalty),
        (OFFICE, _office),
        (CLOSE, _close),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "R1": {0: (7.0, 6.0), 1: (3.5, 12.0), 2: (1.8, 6.0)},
    "R2": {0: (14.0, 3.0), 1: (5.0, 12.0), 2: (2.4, 8.0)},
    "R3": {0: (10.0, 2.5), 1: (5.0, 12.0), 2: (2.2, 7.0)},
    "R4": {0: (6.0, 15.0), 1: (4.0, 12.0), 2: (2.2, 9.0)},
    "R5": {0: (5.0, 11.0), 1: (3.0, 10.0), 2: (1.8, 6.0)},
    "R6": {1: (10.0, 18.0), 2: (3.0, 12.0)},
    "R7": {0: (9.0, 6.0), 1: (4.0, 13.0), 2: (2.0, 7.0)},
}
EFFECT_OVERRIDE = {
    ("R1", "smm-collector"): (4.5, 33.0),
    ("R2", "sukbak-pms"): (6.5, 27.0),
    ("R3", "vms-surv"): (6.0, 29.0),
    ("R4", "liftpass-api"): (5.0, 36.0),
    ("R5", "tbk-table"): (4.0, 31.0),
    ("R5", "tbk-cms-core"): (2.6, 14.0),
    ("R6", "gday-close"): (3.5, 43.0),
    ("R6", "audit_nightly"): (2.4, 22.0),
    ("R7", "starclub-api"): (4.8, 30.0),
    ("R7", "starclub-app-bff"): (2.4, 12.0),
    ("R7", "sikdang-pos"): (1.9, 8.0),
}

HOST = HostBaseline(cpu=(0.55, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "js-b1-04", "js-b1-07", "js-c2-09", "js-c2-11", "js-a3-01", "js-a3-02", "js-a3-03", "js-b2-14", "js-b2-15",
    "js-d1-02", "js-d1-03", "skibase-edge01", "sdrsv-07", "sdrsv-08", "esx-js-01", "esx-js-02", "esx-js-03",
    "casap03", "mgmtap01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
GATE_NAMES = set(GATES)


def _fra_disk(ts: datetime, base: float) -> float:
    """js-b1-04 /u03 (the archive-log area): steady while the standby applies, filling from the DR pause until
    full at R6, then emptied by the backup and slowly refilling (the standby is still paused)."""
    if ts < DR_PAUSE:
        return base
    if ts < R6["start"]:
        p = (ts - DR_PAUSE).total_seconds() / (R6["start"] - DR_PAUSE).total_seconds()
        return base + (99.0 - base) * p**1.6
    if ts < R6["end"]:
        return 99.7
    floor = base - 8.0 + 0.9 * (ts - R6["end"]).total_seconds() / 3600  # refilling about 0.9 points an hour
    return max(floor, 99.7 - 40 * (ts - R6["end"]).total_seconds() / 1800)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "js-b1-04":
        disk0, growth = 47.0, 0.0
    if name in GATE_NAMES:
        cpu0, mem0 = rng.uniform(10, 22), rng.uniform(28, 40)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "js-b1-04":
            disk = _fra_disk(ts, disk) + rng.gauss(0, 0.1)
            cpu += 10 * ramp(ts, R6["start"], R6["end"], rise=5, fall=10)
        if name == "htlap01":  # hk-mobile's room-status bulk sync: the noisy neighbour before R2
            cpu += 46 * ramp(ts, *HOUSEKEEP_SYNC, rise=5, fall=5)
        if name in ("js-a3-01", "js-a3-02", "js-a3-03"):  # GC pauses, leader elections
            extra = 38 if name == "js-a3-02" else 16
            cpu += extra * ramp(ts, R1["start"], R1["end"], rise=5, fall=10)
            if name == "js-a3-02":
                mem += (97.5 + rng.gauss(0, 0.3) - mem) * ramp(ts, R1["start"], R1["end"], rise=5, fall=10)
        if name == "js-b2-14":  # Sentinel failovers: full resyncs
            cpu += 22 * ramp(ts, R5["start"], R5["end"], rise=5, fall=10)
        if name == "skiap02":  # 300 backends of pg-ticket
            cpu += 30 * ramp(ts, R4["start"], R4["end"], rise=5, fall=10)
            mem += 18 * ramp(ts, R4["start"], R4["end"], rise=5, fall=10)
        if name == "js-d1-02":  # recorders buffering
            mem += 24 * ramp(ts, R3["start"], R3["end"], rise=5, fall=10)
        if name == "skg-val-01":  # the valley lift is closed
            cpu = 0.9 + abs(rng.gauss(0, 0.2))
        if name == "sdrsv-07":  # standby apply paused
            cpu = 3.0 + abs(rng.gauss(0, 0.4)) if ts >= DR_PAUSE else cpu
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-js-sdr": 4.8, "wlc-conv-01": 2.6}.get(name, rng.uniform(0.2, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _cctv_fill(rng: random.Random, ts: datetime) -> float:
    """nas-cctv-a02: the B-zone recordings outgrow the 30-day purge (new 4K cameras), about 0.6 points a day."""
    return 71.8 + 0.6 * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-cctv-a01": (66, 67), "dd-js-bkp": (61, 63)}.get(name, (35, 55))
    per_day = 0.04
    fill = storage_fill(
        rng, name, times, START, used, per_day, _cctv_fill if name == "nas-cctv-a02" else None
    )
    lat0 = {"san-js-01": rng.uniform(0.4, 1.0), "s3-starclub-media": 28.0}.get(name, rng.uniform(2.0, 4.0))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "dd-js-bkp" and 1 <= seoul_hour(ts) < 3:  # nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "tbk-cms-core": 95.0, "tbk-table": 70.0, "smm-collector": 18.0, "chip-rfid": 40.0, "cage-cashdesk": 160.0,
    "gday-close": 560.0, "audit_nightly": 480.0, "pnt-engine": 35.0, "vms-surv": 45.0, "surv-review": 380.0,
    "incident-rpt": 310.0, "sukbak-pms": 240.0, "yeolsoe-key": 130.0, "kiosk-checkin": 210.0, "hk-mobile": 150.0,
    "sukbak-ibe": 330.0, "sikdang-pos": 120.0, "sikdang-kds": 40.0, "liftpass-api": 60.0, "gate-validator": 25.0,
    "seolwon-web": 290.0, "rental-pos": 140.0, "green-book": 260.0, "starclub-api": 85.0,
    "starclub-app-bff": 140.0, "starclub-push": 220.0, "mice-wifi-portal": 180.0, "mice-reg": 240.0,
    "paygw-ir": 190.0, "van-relay": 150.0, "insa-hr": 340.0, "erp_sap_if": 520.0, "moni-zbx": 110.0,
    "elk-log": 95.0, "sdr-cms-warm": 120.0,
    "ora-cms": 3.8, "ora-pms": 4.4, "mssql-cage": 2.6, "mssql-pos": 2.9, "mssql-erp": 3.3, "pg-ticket": 2.1,
    "pg-paygw": 1.8, "golf_booking_db": 2.4, "rds-starclub": 2.7, "sdr-ora-stby": 1.5,
    "redis-player": 0.45, "redis-lift": 0.35, "ec-starclub-sess": 0.6, "kafka-smm": 4.2, "mq-pms": 3.1,
    "sqs-starclub-push": 14.0,
    "l4-casino-int": 0.9, "l4-dmz-01": 1.4, "alb-starclub": 2.2, "l4-ski-base": 0.8,
}  # fmt: skip
REQUEST_RATE = {
    "tbk-cms-core": 1650.0, "tbk-table": 820.0, "smm-collector": 4600.0, "chip-rfid": 1300.0,
    "cage-cashdesk": 95.0, "gday-close": 40.0, "audit_nightly": 25.0, "pnt-engine": 2100.0, "vms-surv": 2400.0,
    "surv-review": 30.0, "sukbak-pms": 260.0, "yeolsoe-key": 48.0, "kiosk-checkin": 35.0, "hk-mobile": 120.0,
    "sukbak-ibe": 85.0, "sikdang-pos": 340.0, "liftpass-api": 720.0, "gate-validator": 980.0, "seolwon-web": 160.0,
    "rental-pos": 40.0, "green-book": 22.0, "starclub-api": 1250.0, "starclub-app-bff": 900.0,
    "starclub-push": 140.0, "paygw-ir": 420.0, "van-relay": 380.0, "mice-wifi-portal": 60.0,
    "ora-cms": 12800.0, "ora-pms": 3100.0, "mssql-cage": 900.0, "mssql-pos": 1500.0, "pg-ticket": 2600.0,
    "rds-starclub": 5200.0, "pg-paygw": 800.0, "redis-player": 18500.0, "redis-lift": 4200.0,
    "ec-starclub-sess": 6800.0, "kafka-smm": 9400.0, "mq-pms": 650.0, "sqs-starclub-push": 160.0,
    "l4-casino-int": 2600.0, "l4-dmz-01": 1400.0, "alb-starclub": 2300.0, "l4-ski-base": 1700.0,
}  # fmt: skip
MEMORY = {  # caches, brokers with a memory gauge: (level, swing with load)
    "redis-player": (54.0, 10.0), "redis-lift": (38.0, 14.0), "ec-starclub-sess": (46.0, 8.0),
    "kafka-smm": (48.0, 9.0), "mq-pms": (33.0, 7.0), "sqs-starclub-push": (12.0, 3.0),
}  # fmt: skip
DB_CPU = {"ora-cms": (18, 40), "ora-pms": (14, 30), "mssql-cage": (10, 25), "pg-ticket": (6, 42),
          "rds-starclub": (12, 30)}  # fmt: skip
BATCH_WINDOW = {"gday-close": (6.0, 7.0), "audit_nightly": (6.33, 7.0), "erp_sap_if": (7.17, 7.75)}


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
            if inc is R1 and name == "smm-collector":
                req *= 1 - 0.6 * r  # meter events dropped
            if inc is R4 and name in ("gate-validator", "liftpass-api"):
                req *= 1 + 0.5 * r  # retries at the gates
            if inc is R6 and name == "gday-close":
                req *= 1 - 0.8 * r
            if inc is R7 and name == "rds-starclub":
                req *= 1 - 0.35 * r  # throttled I/O
        if name in BATCH_WINDOW:
            lo, hi = BATCH_WINDOW[name]
            if not lo <= seoul_hour(ts) < hi:
                req *= 0.1
        if name == "sdr-ora-stby" and ts >= DR_PAUSE:
            req *= 0.05
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "kafka-smm":
                mem += (96.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, R1["start"], R1["end"], rise=5, fall=10)
            if name == "redis-player":  # each failover empties the new master, then it refills
                mem -= 22 * ramp(ts, R5["start"], R5["end"], rise=5, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:
            c0, c1 = DB_CPU[name]
            cpu = c0 + c1 * d + rng.gauss(0, 1.0)
            if name == "pg-ticket":
                cpu += (94.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, R4["start"], R4["end"], rise=5, fall=10)
            if name == "rds-starclub":
                cpu += 22 * ramp(ts, R7["start"], R7["end"], rise=10)  # iowait
            if name == "ora-pms":
                cpu += 8 * ramp(ts, R2["start"], R2["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The gaming-day close and audit batch, the ERP interface, the lift opening, the nightly backup and the
    DMZ certificate warning."""
    rows = []
    for d in range(5, 16):
        if d != 14:
            rows += [
                (d, 6, 0, "gday-close", "info", "batch_job", "게이밍데이 마감 시작 (GD_CLOSE)"),
                (d, 6, 44, "gday-close", "info", "batch_job", "게이밍데이 마감 완료"),
                (d, 6, 20, "audit_nightly", "info", "batch_job", "감사 배치 시작 (AUD_DAILY)"),
                (d, 6, 58, "audit_nightly", "info", "batch_job", "감사 배치 완료"),
                (d, 7, 10, "erp_sap_if", "info", "batch_job", "게이밍데이 매출 전표 인터페이스 전송"),
            ]
        rows.append((d, 8, 30, "gate-validator", "info", "operation", "리프트 운행 시작 (게이트 개방)"))
        rows.append((d, 2, 0, "dd-js-bkp", "info", "backup", "야간 백업 시작 (ora-cms, ora-pms, mssql-cage)"))
        left = (datetime(2028, 2, 21) - datetime(2028, 2, d)).days
        rows.append(
            (d, 9, 0, "l4-dmz-01", "warning", "cert_expiry",
             f"SSL certificate www.eunhasu-resort.co.kr expires in {left} days (2028-02-21), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (5, 10, 0, "sukbak-pms-stg", "info", "maintenance", "OPERA Cloud 전환 리허설 (스테이징 점검 중)"),
    (5, 23, 50, "smm-collector", "info", "deployment", "smm-collector 4.11.0 배포 (SAS 미터 배치 전송)"),
    (5, 11, 0, "kafka-smm", "info", "config_change", "브로커 힙 6g → 4g (페이지캐시 확보)"),
    (7, 11, 0, "kafka-smm", "info", "config_change", "브로커 힙 4g → 6g 원복, G1 MaxGCPauseMillis 200"),
    (7, 14, 0, "starclub-api-stg", "info", "deployment", "starclub-api-stg 2.19.0-rc1 배포"),
    (8, 14, 45, "sukbak-pms", "info", "deployment", "OPERA 5.6.19.12 패치 적용 (폴리오 출력 개선)"),
    (8, 15, 0, "hk-mobile", "info", "batch_job", "객실 상태 일괄 동기화 시작 (단체 체크인 대비)"),
    (8, 15, 0, "ora-pms", "info", "batch_job", "단체 블록 배치 (GRP_BLOCK_PICKUP) 시작"),
    (8, 15, 38, "hk-mobile", "info", "batch_job", "객실 상태 일괄 동기화 완료"),
    (9, 3, 10, "nas-cctv-a01", "warning", "hardware", "node 3 drive bay 14 failed, smartfail started"),
    (9, 10, 0, "liftpass-api-dev", "info", "deployment", "liftpass-api-dev 3.3.0-SNAPSHOT 배포"),
    (9, 16, 0, "nas-cctv-a02", "warning", "threshold_breach", "capacity 74% used on /ifs/cctv-b"),
    (10, 22, 5, "vms-surv", "info", "config_change", "녹화 서버 펌웨어 설정 변경 (4K 카메라 24대 추가, 비트레이트 상향)"),
    (11, 21, 0, "liftpass-api", "info", "deployment", "liftpass-api 3.2.0 배포 (시즌권 얼굴사진 검증)"),
    (12, 16, 0, "nas-cctv-a02", "warning", "threshold_breach", "capacity 76% used on /ifs/cctv-b"),
    (12, 22, 0, "sdr-ora-stby", "info", "maintenance", "서울DR센터 UPS 교체 작업: 스탠바이 redo apply 일시 중지"),
    (12, 22, 30, "tbk-table", "info", "deployment", "tbk-table 7.4.1 배포 (바카라 사이드벳 레이팅)"),
    (13, 17, 0, "gday-close", "info", "config_change", "마감 배치 병렬도 4 → 8 (GD_CLOSE step 6)"),
    (13, 11, 0, "skg-val-01", "info", "maintenance", "밸리 리프트 운휴 (와이어 로프 점검), 게이트 정지"),
    (15, 6, 50, "starclub-api", "info", "deployment", "starclub-api 2.18.0 배포 (쿠폰 지갑 개편)"),
    (15, 3, 0, "rds-starclub", "info", "batch_job", "야간 포인트 재계산 배치 (POINT_RECALC) 시작"),
    (15, 5, 40, "rds-starclub", "info", "batch_job", "야간 포인트 재계산 배치 완료"),
    # R1 (Saturday night peak)
    (6, 0, 19, "kafka-smm", "warning", "gc", "broker 2 GC pause 9.8s, ZooKeeper session expired"),
    (6, 0, 23, "kafka-smm", "critical", "leader_election", "142 partitions offline, leader election in progress (ISR shrink)"),
    (6, 0, 26, "smm-collector", "critical", "error", "SAS 미터 이벤트 전송 실패 (NotLeaderForPartition) 31%"),
    (6, 0, 29, "pnt-engine", "major", "error", "콤프 포인트 적립 지연 (consumer lag 1.2M)"),
    (6, 0, 36, "starclub-api", "warning", "error", "포인트 잔액 조회 지연 (pnt-engine timeout)"),
    (6, 1, 5, "kafka-smm", "info", "restart", "broker 2 재기동 (heap 6g), preferred leader election"),
    (6, 1, 20, "smm-collector", "info", "recovery", "슬롯 미터 수집 정상"),
    # R2 (check-in peak)
    (8, 15, 11, "ora-pms", "warning", "lock", "enq: TX - row lock contention, 46 sessions waiting (RESERVATION_NAME)"),
    (8, 15, 14, "ora-pms", "critical", "lock", "blocking session SID 1873 (GRP_BLOCK_PICKUP) holds 2,300 row locks"),
    (8, 15, 16, "sukbak-pms", "critical", "error", "체크인 처리 타임아웃, 프런트 응답 없음 27%"),
    (8, 15, 21, "kiosk-checkin", "major", "error", "키오스크 체크인 실패 (PMS timeout)"),
    (8, 15, 23, "yeolsoe-key", "major", "error", "키카드 인코딩 요청 대기 (PMS 응답 없음)"),
    (8, 15, 58, "ora-pms", "info", "config_change", "blocking session kill (SID 1873), 배치 재실행 야간으로 연기"),
    (8, 16, 10, "sukbak-pms", "info", "recovery", "체크인 정상"),
    # R3 (casino night)
    (10, 22, 29, "nas-cctv-a01", "critical", "hardware", "node 3 drive bay 9 failed, FlexProtect rebuild started (priority high)"),
    (10, 22, 33, "nas-cctv-a01", "critical", "latency", "SMB write latency 58 ms on /ifs/cctv-a"),
    (10, 22, 36, "vms-surv", "critical", "error", "녹화 프레임 드롭 (아카이버 버퍼 초과), 카메라 312대 녹화 누락"),
    (10, 22, 41, "surv-review", "major", "error", "영상 재생 실패 (archive read timeout)"),
    (10, 22, 47, "incident-rpt", "warning", "error", "사건 보고 영상 첨부 실패"),
    (10, 23, 20, "nas-cctv-a01", "info", "config_change", "FlexProtect job impact policy HIGH → LOW"),
    (10, 23, 35, "vms-surv", "info", "recovery", "녹화 정상"),
    # R4 (weekend lift opening)
    (12, 8, 31, "pg-ticket", "warning", "connections", "connections 285 / max_connections 300"),
    (12, 8, 33, "pg-ticket", "critical", "connections", "FATAL: sorry, too many clients already"),
    (12, 8, 36, "liftpass-api", "critical", "error", "리프트권 유효성 확인 실패 (DB connection) 36%"),
    (12, 8, 41, "gate-validator", "major", "error", "게이트 오프라인 캐시 전환, 시즌권 통과 거부 증가"),
    (12, 8, 43, "seolwon-web", "major", "error", "온라인 리프트권 결제 후 발권 실패"),
    (12, 9, 15, "pg-ticket", "info", "config_change", "idle 세션 정리, max_connections 300 → 600 (재기동)"),
    (12, 9, 30, "liftpass-api", "info", "recovery", "리프트권 확인 정상"),
    # R5 (weekend casino night)
    (13, 2, 9, "redis-player", "warning", "failover", "+sdown master redis-player 10.21.10.33:6379 (fsync 2.1s)"),
    (13, 2, 12, "redis-player", "critical", "failover", "+switch-master (3회/10분), 레플리카 full resync"),
    (13, 2, 16, "tbk-table", "critical", "error", "플레이어 레이팅 저장 실패 (READONLY You can't write against a read only replica) 31%"),
    (13, 2, 19, "tbk-cms-core", "major", "error", "플레이어 세션 조회 실패"),
    (13, 2, 26, "cage-cashdesk", "warning", "error", "칩 교환 시 플레이어 조회 지연"),
    (13, 2, 58, "redis-player", "info", "config_change", "sentinel down-after-milliseconds 1000 → 10000, appendfsync everysec"),
    (13, 3, 10, "tbk-table", "info", "recovery", "레이팅 저장 정상"),
    # R6 (gaming-day close)
    (13, 10, 0, "js-b1-04", "warning", "threshold_breach", "disk_usage above 70% on /u03 (FRA)"),
    (14, 3, 0, "js-b1-04", "warning", "threshold_breach", "disk_usage above 85% on /u03 (FRA)"),
    (14, 6, 0, "gday-close", "info", "batch_job", "게이밍데이 마감 시작 (GD_CLOSE)"),
    (14, 6, 4, "js-b1-04", "critical", "disk", "/u03 100% full (FRA)"),
    (14, 6, 7, "ora-cms", "critical", "archiver", "ORA-00257: archiver error. Connect internal only, until freed"),
    (14, 6, 12, "gday-close", "critical", "batch_job", "GD_CLOSE step 6 (슬롯 드롭 집계) FAILED"),
    (14, 6, 16, "audit_nightly", "major", "batch_job", "AUD_DAILY 시작 실패 (선행 마감 미완료)"),
    (14, 6, 21, "tbk-cms-core", "warning", "error", "트랜잭션 커밋 지연"),
    (14, 6, 55, "js-b1-04", "info", "config_change", "RMAN 아카이브 로그 백업(dd-js-bkp) 후 삭제, FRA 정리"),
    (14, 7, 5, "gday-close", "info", "batch_job", "GD_CLOSE 재실행 (step 6부터)"),
    (14, 7, 48, "gday-close", "info", "batch_job", "게이밍데이 마감 완료 (지연)"),
    (14, 8, 5, "audit_nightly", "info", "batch_job", "감사 배치 완료 (지연)"),
    (14, 8, 10, "erp_sap_if", "info", "batch_job", "게이밍데이 매출 전표 인터페이스 전송 (지연)"),
    # R7 (Tuesday morning, ongoing)
    (15, 7, 4, "rds-starclub", "warning", "performance", "BurstBalance 0% (gp2), ReadLatency 48 ms"),
    (15, 7, 8, "rds-starclub", "critical", "performance", "DiskQueueDepth 210, WriteLatency 95 ms"),
    (15, 7, 12, "starclub-api", "critical", "error", "회원/포인트 조회 타임아웃 (HikariPool connection timeout) 30%"),
    (15, 7, 18, "starclub-app-bff", "major", "error", "앱 홈 화면 로딩 실패"),
    (15, 7, 21, "sikdang-pos", "warning", "error", "조식 뷔페 회원 할인 조회 지연"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, _in_window(BACKGROUND) + _daily_rows())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "resort-casino", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
