"""Generate the lottery and sports-toto estate (tests/fixtures/lotto-toto/, interchange format) and its faults file.

A Korean national lottery and sports-toto operator (행운나눔복권): about 7,000 retail shops whose sales terminals
reach the centre through regional VPN gateways (`vpngw-pus-01` 부산, `vpngw-gwj-01` 광주, …) and the terminal
concentrators `tcx-sudo`, `tcx-yeongnam`, `tcx-honam`, `tcx-chungcheong` into the terminal gateway `termgw`; the
central sales ledger 판매원장 `jangbu` and ticket validation 검증 `geomjeung` on the Oracle RAC `ora_jangbu`, ticket
signing `tktsign` over the HSM `hsm-luna-01`, duplicate-ticket checks `dup_tkt_chk`, real-time fraud detection
`fds-rt`; the draw side (추첨 `chucheom-ctl`: sales cutoff Saturday 20:00, lotto draw 20:35 KST; 당첨자 산정
`dangcheom-calc`; the cutoff scheduler 마감 `magam-sched`), sports toto (발매 `toto-sales` on PostgreSQL `pg-toto`,
odds 배당 `baedang-engine`, the match feed `matchfeed`, results `toto-result`), prize claims and payouts (지급
`jigeup-api` on `ora_jigeup`, the bank transfer link `banklink` over IBM MQ `mq-bank`, the claim booking site
`claim-web`), the online/mobile sales channel in Naver Cloud (`olbuy-web`, `olbuy-app-bff`, `olbuy-api`, the
purchase-limit guard `limitguard` on `redis-limit`, deposits `wallet_dep`, members `member-api`), the regulator
reporting batches (사감위 보고 `regrpt_daily`, `regrpt-xfer`, `regrpt-rt`) and the data warehouse (`dw-loader`,
Greenplum `gp-dw`, `bi-portal`).
Sites 상암센터 (main DC), 대전DR센터, ncloud-kr1 (online channel), 부산POP and 광주POP; environments prod, stg,
stage, qa, dev (stg, stage and qa are all staging); owners are teams with Korean and English names mixed.

Naming (unlike the earlier estates): romanised Korean product codes (`jangbu` 장부, `geomjeung` 검증, `chucheom-ctl`
추첨, `dangcheom-calc` 당첨, `jigeup-api` 지급, `baedang-engine` 배당, `magam-sched` 마감), regional concentrators
by province (`tcx-yeongnam`, `tcx-honam`), snake_case legacy (`ora_jangbu`, `dup_tkt_chk`, `ltr_settle_bat`,
`regrpt_daily`, `wallet_dep`, `tax_wh_bat`), blade-chassis host names in the DCs (`sam1-bc02-b01`: 상암 chassis 2
blade 1, `dj1-bc01-b03`), Exadata nodes (`sam1-exa-db01`), Naver Cloud VMs by zone (`nkr1-a-vm012`) and POP
boxes (`pus-pop-h01`).

Seven injected incidents (times KST; now = Saturday 2027-06-19 19:40, twenty minutes before the 20:00 lotto sales
cutoff, at the week's sales peak; the window is the 10 days before):
  L1 Sat 12 19:25–20:20  last Saturday's pre-cutoff peak: ora_jangbu stalls on `enq: SQ - contention` (the ticket
                         serial sequence was recreated NOCACHE ORDER in Thursday's RAC patch): jangbu (loudest,
                         deployed at 18:50), geomjeung, termgw, olbuy-api, tcx-sudo, tcx-yeongnam
  L2 Sun 13 01:40–02:35  (weekend, night) the regulator-report NAS volume nas-regrpt fills (snapshot schedule changed
                         on Friday): regrpt_daily abends (loudest), regrpt-xfer cannot send the files
  L3 Sun 13 16:50–17:45  (weekend afternoon) pg-toto runs an anti-wraparound autovacuum on bet_slip just before the
                         17:00 KBO games close: toto-sales (loudest, deployed at 16:20), magam-sched misses game
                         closes, baedang-engine, termgw
  L4 Mon 14 09:05–10:00  Monday bank opening, the payout peak: mq-bank's transmission queue to the bank fills
                         (MQRC_Q_FULL, the bank's channel stopped): banklink (loudest, deployed at 08:40),
                         jigeup-api, wallet_dep, claim-web
  L5 Tue 15 14:10–15:05  vpngw-gwj-01 drops IPsec tunnels after a firmware upgrade at 13:50 (rekey failures):
                         tcx-honam (loudest), shopmon
  L6 Thu 17 10:20–11:15  hsm-luna-01 reaches its partition session limit: tktsign, geomjeung (loudest, deployed at
                         10:00), jangbu, jigeup-api
  L7 Sat 19 19:15–now    the pre-cutoff online peak: redis-limit runs out of memory (maxmemory-policy switched to
                         noeviction on Thursday, OOM command not allowed): limitguard (loudest, deployed at 18:40),
                         olbuy-api, olbuy-web, olbuy-app-bff (ongoing)
Confounders: the weekly lotto cycle (sales climbing through Saturday afternoon to the 20:00 cutoff, no lotto
sales from 20:00 Saturday to 06:00 Sunday, the draw at 20:35 and the winner count after it), the toto game
closes (weekday KBO 18:30, weekend 17:00), Monday's payout peak, the nightly regulator report (01:30), the DW
load (03:00) and the shop settlement batch (06:00); deploys on victims just before L1, L3, L4, L6 and L7; the
changes on the roots before L1, L2, L5 and L7; `dj1-bc01-b03` and `bi-portal` in maintenance, the retired X.25
concentrator `tcx_x25_old`, the log host `sam1-log-01`'s disk creeping up and the l4-claim certificate expiring
on 2027-06-27 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/lot_golden.py) are computed from the files.

    .venv/bin/python bench/lot_estate.py   # rewrites tests/fixtures/lotto-toto*
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

NAME = "lotto-toto"
NOW = datetime(2027, 6, 19, 10, 40, tzinfo=UTC)  # Saturday 19:40 KST
START = NOW - timedelta(days=10)  # Wednesday 2027-06-09 19:40 KST
SEED = 20270619
SITES = {"S": "상암센터", "D": "대전DR센터", "N": "ncloud-kr1", "B": "부산POP", "G": "광주POP"}
ENVS = {"P": "prod", "S": "stg", "T": "stage", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2027-06")

SALES, LEDGER, DRAW, TOTO = "판매시스템팀", "ledger-core", "추첨운영팀", "toto-platform"
PAY, ONLINE, SEC, FDS = "당첨금지급팀", "online-channel", "정보보호팀", "fraud-analytics"
REG, DATA, DBA, NET = "대외보고TF", "data-platform", "DB운영팀", "netops"
TERM, SRE, INFRA = "단말운영팀", "sre-core", "인프라운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- retail terminal network
    "termgw": ("service", SALES, "S", "P", ["sam1-bc01-b01", "sam1-bc01-b02"],
               ["jangbu", "geomjeung", "toto-sales", "term-auth"],
               {"desc": "판매점 단말 게이트웨이 (복권/토토 발매 전문 수신)", "lang": "java", "version": "8.3.2",
                "instances": 6, "port": 7443, "terminals": 7012, "protocol": "자체 전문 (TLS 1.2 over IPsec)"}),
    "term-auth": ("service", SEC, "S", "P", ["sam1-bc01-b02"], ["tibero_shop", "redis-term-sess"],
                  {"desc": "단말/판매점 인증 (단말 인증서, 판매점 코드)", "lang": "java", "version": "3.1.0",
                   "instances": 4, "cert_profile": "단말 X.509 (사설 CA)"}),
    "tcx-sudo": ("service", TERM, "S", "P", ["sam1-bc04-b01"], ["termgw", "vpngw-sam-01"],
                 {"desc": "수도권 단말 집선기", "product": "TCX 4.2", "version": "4.2.7", "shops": 3120,
                  "region": "수도권"}),
    "tcx-yeongnam": ("service", TERM, "B", "P", ["pus-pop-h01"], ["termgw", "vpngw-pus-01"],
                     {"desc": "영남권 단말 집선기", "product": "TCX 4.2", "version": "4.2.7", "shops": 1650,
                      "region": "영남"}),
    "tcx-honam": ("service", TERM, "G", "P", ["gwj-pop-h01"], ["termgw", "vpngw-gwj-01"],
                  {"desc": "호남권 단말 집선기", "product": "TCX 4.2", "version": "4.2.7", "shops": 980,
                   "region": "호남/제주"}),
    "tcx-chungcheong": ("service", TERM, "D", "P", ["dj1-bc02-b01"], ["termgw", "vpngw-dj-01"],
                        {"desc": "충청/강원권 단말 집선기", "product": "TCX 4.2", "version": "4.2.6", "shops": 1250,
                         "region": "충청/강원"}),
    "shopmon": ("service", TERM, "S", "P", ["sam1-bc04-b02"],
                ["tcx-sudo", "tcx-yeongnam", "tcx-honam", "tcx-chungcheong"],
                {"desc": "판매점 단말 상태 관제 (용지, 프린터, 접속)", "lang": "python", "version": "2.6.1",
                 "instances": 2}),
    "tcx_x25_old": ("service", TERM, "S", "P", [], [],
                    {"desc": "구 X.25 단말 집선기 (2026년 IPsec 전환 완료)", "product": "TCX 2.9",
                     "decommissioned": "2026-10-31"}),
    # ---------------------------------------------------------------- ledger, validation, signing, fraud
    "jangbu": ("service", LEDGER, "S", "P", ["sam1-bc02-b01", "sam1-bc02-b02"],
               ["ora_jangbu", "tktsign", "kafka-sales"],
               {"desc": "중앙 판매원장 (발매 기록, 취소, 회차 집계)", "lang": "java", "framework": "Spring Boot 2.7",
                "version": "12.4.0", "instances": 8, "tps_max": 9000, "port": 8080}),
    "geomjeung": ("service", LEDGER, "S", "P", ["sam1-bc02-b02"], ["ora_jangbu", "tktsign", "dup_tkt_chk"],
                  {"desc": "티켓 검증 (당첨 확인, 위변조 검사)", "lang": "java", "version": "5.9.1", "instances": 6,
                   "port": 8081}),
    "tktsign": ("service", SEC, "S", "P", ["sam1-bc02-b03"], ["hsm-luna-01"],
                {"desc": "티켓 서명/MAC 발급 (HSM 연동)", "lang": "c", "version": "2.2.4", "instances": 4,
                 "hsm_sessions_max": 512, "key_label": "TKT-MAC-2027A"}),
    "dup_tkt_chk": ("service", FDS, "S", "P", ["sam1-bc03-b01"], ["redis-dup", "ora_jangbu"],
                    {"desc": "중복/재사용 티켓 검사 (레거시)", "product": "자체개발 (C++ 데몬)", "version": "1.8.0",
                     "window_days": 365}),
    "fds-rt": ("service", FDS, "S", "P", ["sam1-bc03-b02"], ["kafka-sales", "es-fds"],
               {"desc": "실시간 이상거래 탐지 (판매점 고액 집중 발매, 단말 이상 패턴)", "lang": "python",
                "version": "3.4.0", "instances": 4, "rules": 214, "model": "LightGBM fds-v9"}),
    "ltr_settle_bat": ("service", LEDGER, "S", "P", ["sam1-bat-01"], ["ora_jangbu", "tibero_shop"],
                       {"desc": "판매점 정산 일배치 (수수료, 입금액)", "product": "Spring Batch 4.3",
                        "schedule": "매일 06:00", "shops": 7000}),
    # ---------------------------------------------------------------- draw
    "chucheom-ctl": ("service", DRAW, "S", "P", ["sam1-bc03-b03"], ["ora_jangbu", "kafka-sales"],
                     {"desc": "추첨 운영 (회차 마감 확인, 당첨번호 입력/검증)", "lang": "java", "version": "4.0.3",
                      "instances": 2, "draw_time": "토 20:35", "sales_cutoff": "토 20:00", "round": 1177,
                      "ball_machine": "Venus (2대)"}),
    "dangcheom-calc": ("service", DRAW, "S", "P", ["sam1-bc03-b03"], ["ora_jangbu", "ora_jigeup"],
                       {"desc": "당첨자 산정 (등위별 당첨 건수, 당첨금)", "lang": "java", "version": "3.2.0",
                        "instances": 2, "prize_tiers": 5}),
    "magam-sched": ("service", DRAW, "S", "P", ["sam1-bc03-b03"],
                    ["jangbu", "toto-sales", "pg-toto", "kafka-sales"],
                    {"desc": "판매 마감 스케줄러 (로또 토 20:00, 토토 경기별 마감)", "lang": "kotlin",
                     "version": "2.1.5", "instances": 2, "lotto_cutoff": "20:00", "toto_close_before_min": 10}),
    # ---------------------------------------------------------------- sports toto
    "toto-sales": ("service", TOTO, "S", "P", ["sam1-bc05-b01"],
                   ["pg-toto", "baedang-engine", "redis-odds", "kafka-sales"],
                   {"desc": "스포츠토토 발매 (승부식/기록식)", "lang": "java", "version": "7.0.2", "instances": 6,
                    "games": "프로토 승부식, 기록식, 축구토토 승무패", "max_bet_krw": 100000}),
    "baedang-engine": ("service", TOTO, "S", "P", ["sam1-bc05-b01"], ["matchfeed", "redis-odds", "pg-toto"],
                       {"desc": "배당률 산정/조정", "lang": "kotlin", "version": "3.8.1", "instances": 3,
                        "payout_ratio": 0.5}),
    "matchfeed": ("service", TOTO, "S", "P", ["sam1-bc05-b02"], ["pg-toto"],
                  {"desc": "경기 일정/결과 데이터 수신", "lang": "go", "version": "1.6.0", "instances": 2,
                   "provider": "Sportradar UOF", "leagues": 38}),
    "toto-result": ("service", TOTO, "S", "P", ["sam1-bc05-b02"], ["pg-toto", "matchfeed", "ora_jigeup"],
                    {"desc": "경기 결과 확정, 적중 산정", "lang": "kotlin", "version": "2.4.0", "instances": 2}),
    # ---------------------------------------------------------------- payout
    "jigeup-api": ("service", PAY, "S", "P", ["sam1-bc06-b01"], ["ora_jigeup", "geomjeung", "banklink"],
                   {"desc": "당첨금 지급 (판매점 지급, 은행 지급, 고액 본점 지급)", "lang": "java", "version": "6.1.0",
                    "instances": 4, "shop_payout_limit_krw": 2000000}),
    "banklink": ("service", PAY, "S", "P", ["sam1-bc06-b02"], ["mq-bank", "ora_jigeup"],
                 {"desc": "은행 이체 연동 (농협 펌뱅킹)", "lang": "java", "version": "4.7.3", "instances": 2,
                  "bank": "NH농협은행", "channel": "LTO.TO.NH01"}),
    "claim-web": ("service", PAY, "S", "P", ["sam1-bc06-b02"], ["jigeup-api", "mysql-member"],
                  {"desc": "고액 당첨금 청구 방문예약", "lang": "typescript", "version": "1.9.0", "instances": 2}),
    "tax_wh_bat": ("service", PAY, "S", "P", ["sam1-bat-01"], ["ora_jigeup"],
                   {"desc": "당첨금 원천징수 신고 배치 (레거시)", "product": "Pro*C", "schedule": "매월 10일 02:00"}),
    # ---------------------------------------------------------------- online / mobile (Naver Cloud)
    "olbuy-web": ("service", ONLINE, "N", "P", ["nkr1-a-vm012"], ["olbuy-api", "member-api"],
                  {"desc": "온라인 구매 웹", "lang": "typescript", "framework": "Next.js 14", "version": "5.2.0",
                   "instances": 6}),
    "olbuy-app-bff": ("service", ONLINE, "N", "P", ["nkr1-a-vm012", "nkr1-b-vm021"], ["olbuy-api", "member-api"],
                      {"desc": "모바일 앱 BFF (iOS/Android)", "lang": "kotlin", "version": "3.7.4", "instances": 8}),
    "olbuy-api": ("service", ONLINE, "N", "P", ["nkr1-a-vm013", "nkr1-b-vm022"],
                  ["limitguard", "wallet_dep", "pg-olbuy", "jangbu", "toto-sales"],
                  {"desc": "온라인 구매 API (로또/연금복권/토토)", "lang": "kotlin", "version": "9.0.3",
                   "instances": 10, "port": 8443}),
    "limitguard": ("service", ONLINE, "N", "P", ["nkr1-a-vm013"], ["redis-limit", "pg-olbuy"],
                   {"desc": "구매한도 검사 (로또 1회 5,000원, 토토 1회 100,000원)", "lang": "go", "version": "2.3.1",
                    "instances": 6, "lotto_limit_krw": 5000, "toto_limit_krw": 100000}),
    "wallet_dep": ("service", ONLINE, "N", "P", ["nkr1-b-vm022"], ["pg-olbuy", "banklink"],
                   {"desc": "예치금 충전/출금 (레거시 모듈)", "lang": "java", "version": "1.12.4", "instances": 3,
                    "deposit_max_krw": 1000000}),
    "member-api": ("service", ONLINE, "N", "P", ["nkr1-b-vm021"], ["mysql-member", "redis-sess"],
                   {"desc": "회원/성인인증 (PASS, NICE)", "lang": "kotlin", "version": "4.4.0", "instances": 4,
                    "kyc": "PASS, NICE 본인확인"}),
    "push-noti": ("service", ONLINE, "N", "P", ["nkr1-b-vm021"], ["rmq-noti", "member-api"],
                  {"desc": "당첨/추첨 알림 푸시", "lang": "go", "version": "1.5.2", "instances": 2}),
    # ---------------------------------------------------------------- regulator reporting
    "regrpt_daily": ("service", REG, "S", "P", ["sam1-bat-01"], ["gp-dw", "nas-regrpt"],
                     {"desc": "사감위 일일 매출 보고 배치", "product": "Spring Batch 4.3", "schedule": "매일 01:30",
                      "report_files": 14}),
    "regrpt-xfer": ("service", REG, "S", "P", ["sam1-bat-01"], ["nas-regrpt"],
                    {"desc": "보고 파일 전송 (SFTP, 사행산업통합감독위원회)", "product": "Axway SecureTransport 5.5",
                     "schedule": "매일 03:30"}),
    "regrpt-rt": ("service", REG, "S", "P", ["sam1-bc04-b02"], ["kafka-sales"],
                  {"desc": "실시간 매출 모니터링 피드 (감독기관 전송)", "lang": "go", "version": "1.1.0",
                   "instances": 2, "interval_s": 60}),
    # ---------------------------------------------------------------- data warehouse, ops
    "dw-loader": ("service", DATA, "S", "P", ["sam1-gp-m01"], ["kafka-sales", "gp-dw"],
                  {"desc": "판매 이벤트 DW 적재", "product": "Kafka Connect 3.6 + gpss", "schedule": "상시, 03:00 일괄",
                   "instances": 2}),
    "bi-portal": ("service", DATA, "S", "P", ["sam1-bc07-b01"], ["gp-dw"],
                  {"desc": "경영정보 BI (회차별 매출, 판매점 순위)", "product": "Tableau Server 2024.2",
                   "users": 320}),
    "nunbit": ("service", SRE, "S", "P", ["sam1-bc07-b01"], [],
               {"desc": "통합 관제 (메트릭, 알림)", "product": "Zabbix 7.0 + Grafana 11", "instances": 2}),
    # ---------------------------------------------------------------- staging, qa, dev
    "jangbu-stg": ("service", LEDGER, "S", "S", ["sam1-bc09-b01"], ["ora_jangbu_stg"],
                   {"desc": "판매원장 (스테이징)", "version": "12.5.0-rc1", "instances": 1}),
    "termgw-stg": ("service", SALES, "S", "T", ["sam1-bc09-b01"], ["jangbu-stg"],
                   {"desc": "단말 게이트웨이 (스테이지, 모의 단말 40대)", "version": "8.4.0-rc2", "instances": 1}),
    "toto-sales-stg": ("service", TOTO, "S", "S", ["sam1-bc09-b02"], ["pg-toto-stg"],
                       {"desc": "토토 발매 (스테이징)", "version": "7.1.0-rc1", "instances": 1}),
    "olbuy-api-qa": ("service", ONLINE, "N", "Q", ["nkr1-a-vm090"], ["limitguard-qa"],
                     {"desc": "온라인 구매 API (QA)", "version": "9.1.0-beta2", "instances": 1}),
    "limitguard-qa": ("service", ONLINE, "N", "Q", ["nkr1-a-vm090"], ["redis-limit-qa"],
                      {"desc": "구매한도 (QA)", "version": "2.4.0-beta1", "instances": 1}),
    "baedang-engine-dev": ("service", TOTO, "S", "D", ["sam1-bc10-b01"], [],
                           {"desc": "배당 엔진 (개발)", "version": "3.9.0-SNAPSHOT", "instances": 1}),
    "fds-rt-dev": ("service", FDS, "S", "D", ["sam1-bc10-b01"], [],
                   {"desc": "이상거래 탐지 (개발)", "version": "3.5.0-SNAPSHOT", "instances": 1}),
    # ---------------------------------------------------------------- databases
    "ora_jangbu": ("database", DBA, "S", "P", ["sam1-exa-db01", "sam1-exa-db02"], [],
                   {"engine": "oracle", "version": "19.21", "product": "Oracle 19c RAC (Exadata X9M)",
                    "sid": "LTJB", "rac_nodes": 2, "sessions": 3000, "port": 1521, "size_tb": 18.5,
                    "desc": "판매원장, 티켓, 회차"}),
    "ora_jigeup": ("database", DBA, "S", "P", ["sam1-exa-db03"], [],
                   {"engine": "oracle", "version": "19.21", "product": "Oracle 19c (Exadata X9M)", "sid": "LTJG",
                    "port": 1521, "size_tb": 4.2, "desc": "당첨금 지급, 원천징수"}),
    "ora_jangbu_dr": ("database", DBA, "D", "P", ["dj1-exa-db01"], [],
                      {"engine": "oracle", "version": "19.21", "product": "Oracle 19c Data Guard standby",
                       "sid": "LTJBDR", "port": 1521, "protection_mode": "MaxAvailability"}),
    "tibero_shop": ("database", DBA, "S", "P", ["sam1-bc05-b04"], [],
                    {"engine": "tibero", "version": "Tibero 7 FS02", "sid": "SHOPDB", "port": 8629,
                     "desc": "판매점 마스터, 계약, 수수료율"}),
    "pg-toto": ("database", TOTO, "S", "P", ["sam1-bc05-b03"], [],
                {"engine": "postgresql", "version": "15.6", "port": 5432, "size_tb": 2.9,
                 "autovacuum_freeze_max_age": 200000000, "replicas": 1, "desc": "토토 발매, 경기, 배당"}),
    "pg-olbuy": ("database", ONLINE, "N", "P", [], [],
                 {"engine": "postgresql", "product": "Cloud DB for PostgreSQL 14", "version": "14.11", "port": 5432,
                  "spec": "32vCPU 128GB", "desc": "온라인 구매 내역, 예치금"}),
    "mysql-member": ("database", ONLINE, "N", "P", [], [],
                     {"engine": "mysql", "product": "Cloud DB for MySQL 8.0", "version": "8.0.36", "port": 3306,
                      "spec": "16vCPU 64GB", "members_million": 6.8, "desc": "회원, 본인인증 이력"}),
    "gp-dw": ("database", DATA, "S", "P", ["sam1-gp-m01", "sam1-gp-s01", "sam1-gp-s02"], [],
              {"engine": "greenplum", "version": "6.26", "segments": 16, "port": 5432, "size_tb": 64,
               "desc": "판매/지급 데이터웨어하우스"}),
    "es-fds": ("database", FDS, "S", "P", ["sam1-bc03-b02"], [],
               {"engine": "elasticsearch", "version": "8.13.2", "port": 9200, "shards": 48, "desc": "FDS 이벤트"}),
    "ora_jangbu_stg": ("database", DBA, "S", "S", ["sam1-bc09-b02"], [],
                       {"engine": "oracle", "version": "19.22", "sid": "LTJBS", "port": 1521}),
    "pg-toto-stg": ("database", TOTO, "S", "T", ["sam1-bc09-b02"], [],
                    {"engine": "postgresql", "version": "16.2", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "redis-limit": ("cache", ONLINE, "N", "P", [], [],
                    {"engine": "redis", "product": "Cloud DB for Redis 7", "version": "7.0.15", "maxmemory_gb": 8,
                     "maxmemory_policy": "noeviction", "port": 6379, "desc": "1인 구매한도 카운터 (회차/주간)"}),
    "redis-odds": ("cache", TOTO, "S", "P", ["sam1-bc05-b02"], [],
                   {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lru",
                    "port": 6379, "desc": "실시간 배당률"}),
    "redis-dup": ("cache", FDS, "S", "P", ["sam1-bc03-b01"], [],
                  {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 32, "maxmemory_policy": "volatile-ttl",
                   "port": 6380, "desc": "티켓 일련번호 블룸필터"}),
    "redis-sess": ("cache", ONLINE, "N", "P", [], [],
                   {"engine": "redis", "product": "Cloud DB for Redis 7", "version": "7.0.15", "maxmemory_gb": 4,
                    "maxmemory_policy": "volatile-lru", "port": 6379, "desc": "온라인 세션"}),
    "redis-term-sess": ("cache", SEC, "S", "P", ["sam1-bc01-b02"], [],
                        {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 8, "maxmemory_policy": "volatile-lru",
                         "port": 6379, "desc": "단말 세션 토큰"}),
    "redis-limit-qa": ("cache", ONLINE, "N", "Q", [], [],
                       {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 1, "port": 6379}),
    "kafka-sales": ("queue", DATA, "S", "P", ["sam1-bc08-b01", "sam1-bc08-b02", "sam1-bc08-b03"], [],
                    {"product": "Apache Kafka 3.6.1", "brokers": 3, "topics": 42, "min_insync_replicas": 2,
                     "port": 9093, "desc": "발매/취소/지급 이벤트 스트림"}),
    "mq-bank": ("queue", PAY, "S", "P", ["sam1-bc06-b02"], [],
                {"product": "IBM MQ 9.3.0.15", "qmgr": "QM_LTO_BANK", "xmitq": "NH01.XMITQ", "max_depth": 50000,
                 "port": 1414, "desc": "은행 이체 전문 큐"}),
    "rmq-noti": ("queue", ONLINE, "N", "P", [], [],
                 {"product": "RabbitMQ 3.13.1", "nodes": 3, "port": 5672, "desc": "알림 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-term-sam": ("S", NET, ["termgw"],
                    {"vendor": "Radware", "model": "Alteon 7220", "vip": "10.21.0.10", "firmware": "32.6.9",
                     "desc": "단말 게이트웨이 VIP"}),
    "l4-term-dj": ("D", NET, ["tcx-chungcheong"],
                   {"vendor": "Radware", "model": "Alteon 5424", "vip": "10.31.0.10", "firmware": "32.6.9"}),
    "ncl-lb-olbuy": ("N", ONLINE, ["olbuy-web", "olbuy-app-bff"],
                     {"vendor": "Naver Cloud", "model": "Application Load Balancer", "endpoint": "www.haengun-lotto.kr",
                      "cert_expiry": "2028-01-14", "waf": "WAF (Naver Cloud Security)"}),
    "l4-claim": ("S", PAY, ["claim-web", "jigeup-api"],
                 {"vendor": "Piolink", "model": "PAS-K 3224", "endpoint": "claim.haengun-lotto.kr",
                  "cert_expiry": "2027-06-27", "cert_issuer": "한국전자인증 (수동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-regrpt": ("S", REG, {"vendor": "NetApp", "model": "AFF A250", "capacity_tb": 12, "ontap": "9.14.1",
                              "volume": "/vol/regrpt", "desc": "감독기관 보고 파일"}, ["sam1-bat-01"]),
    "san-sam-vsp": ("S", INFRA, {"vendor": "Hitachi", "model": "VSP E1090", "capacity_tb": 480,
                                 "desc": "상암 SAN (Exadata 외 블레이드)"}, ["sam1-bc05-b03", "sam1-bc05-b04"]),
    "nas-draw-video": ("S", DRAW, {"vendor": "Dell", "model": "PowerScale F600", "capacity_tb": 96,
                                   "retention_years": 5, "desc": "추첨 방송/CCTV 영상 보관"}, ["sam1-bc03-b03"]),
    "obj-olbuy": ("N", ONLINE, {"vendor": "Naver Cloud", "model": "Object Storage", "capacity_tb": 40,
                                "desc": "온라인 구매 영수증 이미지, 로그"}, []),
    "nas-arch-dj": ("D", DBA, {"vendor": "NetApp", "model": "FAS2820", "capacity_tb": 200,
                               "desc": "원장 아카이브 로그, 백업 (DR)"}, ["dj1-exa-db01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 상암센터 blades (chassis bcNN, blade bNN)
    "sam1-bc01-b01": ("S", "P", "blade", {"chassis": "bc01", "rack": "A07", "role": "termgw #1"}),
    "sam1-bc01-b02": ("S", "P", "blade", {"chassis": "bc01", "rack": "A07", "role": "termgw #2, term-auth"}),
    "sam1-bc02-b01": ("S", "P", "blade", {"chassis": "bc02", "rack": "A08", "role": "jangbu #1"}),
    "sam1-bc02-b02": ("S", "P", "blade", {"chassis": "bc02", "rack": "A08", "role": "jangbu #2, geomjeung"}),
    "sam1-bc02-b03": ("S", "P", "blade", {"chassis": "bc02", "rack": "A08", "role": "tktsign"}),
    "sam1-bc03-b01": ("S", "P", "blade", {"chassis": "bc03", "rack": "A09", "role": "dup_tkt_chk, redis-dup"}),
    "sam1-bc03-b02": ("S", "P", "blade", {"chassis": "bc03", "rack": "A09", "role": "fds-rt, es-fds"}),
    "sam1-bc03-b03": ("S", "P", "blade", {"chassis": "bc03", "rack": "A09", "role": "추첨/마감"}),
    "sam1-bc04-b01": ("S", "P", "blade", {"chassis": "bc04", "rack": "B02", "role": "tcx-sudo"}),
    "sam1-bc04-b02": ("S", "P", "blade", {"chassis": "bc04", "rack": "B02", "role": "shopmon, regrpt-rt"}),
    "sam1-bc05-b01": ("S", "P", "blade", {"chassis": "bc05", "rack": "B03", "role": "toto 발매/배당"}),
    "sam1-bc05-b02": ("S", "P", "blade", {"chassis": "bc05", "rack": "B03", "role": "matchfeed, redis-odds"}),
    "sam1-bc05-b03": ("S", "P", "blade", {"chassis": "bc05", "rack": "B03", "role": "pg-toto primary"}),
    "sam1-bc05-b04": ("S", "P", "blade", {"chassis": "bc05", "rack": "B03", "role": "tibero_shop"}),
    "sam1-bc06-b01": ("S", "P", "blade", {"chassis": "bc06", "rack": "B04", "role": "jigeup-api"}),
    "sam1-bc06-b02": ("S", "P", "blade", {"chassis": "bc06", "rack": "B04", "role": "banklink, mq-bank"}),
    "sam1-bc07-b01": ("S", "P", "blade", {"chassis": "bc07", "rack": "B05", "role": "BI, 관제"}),
    "sam1-bc08-b01": ("S", "P", "blade", {"chassis": "bc08", "rack": "C01", "role": "kafka broker 1"}),
    "sam1-bc08-b02": ("S", "P", "blade", {"chassis": "bc08", "rack": "C01", "role": "kafka broker 2"}),
    "sam1-bc08-b03": ("S", "P", "blade", {"chassis": "bc08", "rack": "C01", "role": "kafka broker 3"}),
    "sam1-bc09-b01": ("S", "S", "blade", {"chassis": "bc09", "rack": "D01", "role": "스테이징 AP"}),
    "sam1-bc09-b02": ("S", "S", "blade", {"chassis": "bc09", "rack": "D01", "role": "스테이징 DB"}),
    "sam1-bc10-b01": ("S", "D", "blade", {"chassis": "bc10", "rack": "D02", "role": "개발"}),
    "sam1-exa-db01": ("S", "P", "exa", {"rack": "A01", "role": "ora_jangbu RAC node 1", "model": "Exadata X9M-2 DB node"}),
    "sam1-exa-db02": ("S", "P", "exa", {"rack": "A01", "role": "ora_jangbu RAC node 2", "model": "Exadata X9M-2 DB node"}),
    "sam1-exa-db03": ("S", "P", "exa", {"rack": "A02", "role": "ora_jigeup", "model": "Exadata X9M-2 DB node"}),
    "sam1-gp-m01": ("S", "P", "x86", {"rack": "C04", "role": "Greenplum master, dw-loader", "model": "Dell PowerEdge R760"}),
    "sam1-gp-s01": ("S", "P", "x86", {"rack": "C04", "role": "Greenplum segment 1-8", "model": "Dell PowerEdge R760xd2"}),
    "sam1-gp-s02": ("S", "P", "x86", {"rack": "C05", "role": "Greenplum segment 9-16", "model": "Dell PowerEdge R760xd2"}),
    "sam1-bat-01": ("S", "P", "x86", {"rack": "C06", "role": "배치 서버 (정산, 보고, 원천징수)", "model": "HPE ProLiant DL380 Gen11"}),
    "sam1-log-01": ("S", "P", "x86", {"rack": "C06", "role": "로그 수집 (OpenSearch)", "model": "HPE ProLiant DL380 Gen11"}),
    # 대전DR센터
    "dj1-bc01-b01": ("D", "P", "blade", {"chassis": "bc01", "rack": "R03", "role": "DR 대기 AP (jangbu, termgw)"}),
    "dj1-bc01-b02": ("D", "P", "blade", {"chassis": "bc01", "rack": "R03", "role": "DR 대기 AP (jigeup, toto)"}),
    "dj1-bc01-b03": ("D", "P", "blade", {"chassis": "bc01", "rack": "R03", "role": "DR 예비 (메인보드 교체 중)"}),
    "dj1-bc02-b01": ("D", "P", "blade", {"chassis": "bc02", "rack": "R04", "role": "tcx-chungcheong"}),
    "dj1-exa-db01": ("D", "P", "exa", {"rack": "R01", "role": "ora_jangbu_dr", "model": "Exadata X9M-2 DB node"}),
    # ncloud-kr1 (zone a/b)
    "nkr1-a-vm012": ("N", "P", "vm", {"zone": "KR-1", "spec": "Standard g3 16vCPU 64GB", "role": "olbuy web/bff"}),
    "nkr1-a-vm013": ("N", "P", "vm", {"zone": "KR-1", "spec": "High-CPU c3 32vCPU 64GB", "role": "olbuy-api, limitguard"}),
    "nkr1-b-vm021": ("N", "P", "vm", {"zone": "KR-2", "spec": "Standard g3 16vCPU 64GB", "role": "bff, member, push"}),
    "nkr1-b-vm022": ("N", "P", "vm", {"zone": "KR-2", "spec": "High-CPU c3 32vCPU 64GB", "role": "olbuy-api, wallet_dep"}),
    "nkr1-a-vm090": ("N", "Q", "vm", {"zone": "KR-1", "spec": "Standard g3 4vCPU 16GB", "role": "QA"}),
    # regional POPs
    "pus-pop-h01": ("B", "P", "x86", {"rack": "P1", "role": "tcx-yeongnam", "model": "Lenovo ThinkSystem SR650 V3"}),
    "gwj-pop-h01": ("G", "P", "x86", {"rack": "P1", "role": "tcx-honam", "model": "Lenovo ThinkSystem SR650 V3"}),
}
NETWORK = {  # name: (site, attributes), written as hosts (appliances)
    "vpngw-sam-01": ("S", {"device": "vpn gateway", "vendor": "SECUI", "model": "BLUEMAX NGF 2000",
                           "firmware": "3.6.2", "tunnels": 3150}),
    "vpngw-pus-01": ("B", {"device": "vpn gateway", "vendor": "SECUI", "model": "BLUEMAX NGF 1000",
                           "firmware": "3.6.2", "tunnels": 1670}),
    "vpngw-gwj-01": ("G", {"device": "vpn gateway", "vendor": "SECUI", "model": "BLUEMAX NGF 1000",
                           "firmware": "3.7.0", "tunnels": 995}),
    "vpngw-dj-01": ("D", {"device": "vpn gateway", "vendor": "SECUI", "model": "BLUEMAX NGF 1000",
                          "firmware": "3.6.2", "tunnels": 1270}),
    "hsm-luna-01": ("S", {"device": "hsm", "vendor": "Thales", "model": "Luna Network HSM 7 A790",
                          "firmware": "7.8.4", "partition": "LTO-TKT-P1", "max_sessions": 512, "fips": "140-3 L3"}),
    "sam-core-sw1": ("S", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "dl-sam-ncl": ("S", {"device": "dedicated line", "vendor": "KT", "model": "전용회선 1Gbps (이중화)",
                         "circuit": "KT-DL-2291-0457", "desc": "상암센터 ↔ ncloud-kr1 전용선"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("vpngw-sam-01", "sam-core-sw1"),
    ("vpngw-pus-01", "sam-core-sw1"),
    ("vpngw-gwj-01", "sam-core-sw1"),
    ("vpngw-dj-01", "sam-core-sw1"),
    ("dl-sam-ncl", "sam-core-sw1"),
    ("olbuy-api", "dl-sam-ncl"),
    ("wallet_dep", "dl-sam-ncl"),
    ("ora_jangbu", "ora_jangbu_dr"),  # Data Guard redo transport
]
# fmt: on
STATUS = {"dj1-bc01-b03": "maintenance", "bi-portal": "maintenance", "tcx_x25_old": "retired"}
NET_PREFIX = {"S": "10.21", "D": "10.31", "N": "172.16", "B": "10.41", "G": "10.51"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "L1",
        "kind": "sequence_contention",
        "root": "ora_jangbu",
        "description": "at last Saturday's pre-cutoff sales peak the ledger database ora_jangbu stalls on"
        " `enq: SQ - contention` for the ticket serial sequence (recreated NOCACHE ORDER in Thursday's RAC patch):"
        " jangbu, redeployed at 18:50, shows the loudest errors (발매 실패), geomjeung slows, termgw and the"
        " concentrators tcx-sudo and tcx-yeongnam time out, olbuy-api fails online purchases, until the"
        " sequence cache is restored",
        "start": kst(12, 19, 25),
        "end": kst(12, 20, 20),
        "affected": ["ora_jangbu", "jangbu", "geomjeung", "termgw", "olbuy-api", "tcx-sudo", "tcx-yeongnam"],
    },
    {
        "id": "L2",
        "kind": "volume_full",
        "root": "nas-regrpt",
        "description": "in the small hours of Sunday the regulator-report volume of nas-regrpt fills (its"
        " snapshot schedule was changed to hourly on Friday and the snapshot reserve spills): the nightly"
        " report batch regrpt_daily abends (loudest) and regrpt-xfer cannot stage the files, until old"
        " snapshots are deleted",
        "start": kst(13, 1, 40),
        "end": kst(13, 2, 35),
        "affected": ["nas-regrpt", "regrpt_daily", "regrpt-xfer"],
    },
    {
        "id": "L3",
        "kind": "autovacuum_wraparound",
        "root": "pg-toto",
        "description": "on Sunday afternoon, just before the 17:00 KBO games close, pg-toto starts an"
        " anti-wraparound autovacuum on bet_slip that blocks the sales inserts' lock upgrades: toto-sales"
        " (redeployed at 16:20) fails bets (loudest), magam-sched misses game closes, baedang-engine cannot"
        " store odds, termgw's toto requests time out, until the vacuum is throttled and the blocker killed",
        "start": kst(13, 16, 50),
        "end": kst(13, 17, 45),
        "affected": ["pg-toto", "toto-sales", "magam-sched", "baedang-engine", "termgw"],
    },
    {
        "id": "L4",
        "kind": "queue_full",
        "root": "mq-bank",
        "description": "at Monday's bank opening, the weekly payout peak, the transmission queue of mq-bank to"
        " NH농협 fills (the bank's receiving channel stopped after their maintenance, MQRC_Q_FULL 2053):"
        " banklink (redeployed at 08:40) cannot put transfers (loudest), jigeup-api and wallet_dep withdrawals"
        " fail, claim-web bookings time out, until the bank restarts its channel",
        "start": kst(14, 9, 5),
        "end": kst(14, 10, 0),
        "affected": ["mq-bank", "banklink", "jigeup-api", "wallet_dep", "claim-web"],
    },
    {
        "id": "L5",
        "kind": "vpn_tunnel_flap",
        "root": "vpngw-gwj-01",
        "description": "on Tuesday afternoon, after a firmware upgrade at 13:50, the 광주 VPN gateway vpngw-gwj-01"
        " fails IPsec rekeys and drops shop tunnels: the 호남 concentrator tcx-honam loses terminals (loudest),"
        " shopmon reports mass disconnects, until the firmware is rolled back",
        "start": kst(15, 14, 10),
        "end": kst(15, 15, 5),
        "affected": ["vpngw-gwj-01", "tcx-honam", "shopmon"],
    },
    {
        "id": "L6",
        "kind": "hsm_session_limit",
        "root": "hsm-luna-01",
        "description": "on Thursday morning the HSM hsm-luna-01 reaches its partition session limit (sessions"
        " left open since the key-label rotation): tktsign cannot sign, geomjeung (redeployed at 10:00) fails"
        " validations (loudest), jangbu sales and jigeup-api payouts fail, until the stale sessions are closed",
        "start": kst(17, 10, 20),
        "end": kst(17, 11, 15),
        "affected": ["hsm-luna-01", "tktsign", "geomjeung", "jangbu", "jigeup-api"],
    },
    {
        "id": "L7",
        "kind": "cache_out_of_memory",
        "root": "redis-limit",
        "description": "at this Saturday's pre-cutoff online peak redis-limit reaches maxmemory: its policy was"
        " switched from allkeys-lru to noeviction on Thursday and the weekly limit counters filled it (OOM command"
        " not allowed when used memory > maxmemory): limitguard (deployed at 18:40) rejects purchases (loudest),"
        " olbuy-api, olbuy-web and olbuy-app-bff follow (ongoing)",
        "start": kst(19, 19, 15),
        "end": None,
        "affected": ["redis-limit", "limitguard", "olbuy-api", "olbuy-web", "olbuy-app-bff"],
    },
]
L1, L2, L3, L4, L5, L6, L7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 30, 'Q': 40, 'D': 50}[env]) + i // 8}.{11 + (i * 37) % 220}"
        }
        if kind == "blade":
            attrs |= {
                "model": "Lenovo ThinkSystem SN550 V2",
                "os": rng.choice(["RHEL 8.8", "RHEL 8.10"]),
                "cores": rng.choice([32, 48]),
                "mem_gb": rng.choice([256, 384]),
                "serial": f"J30{rng.randint(10000, 99999)}",
            }
        elif kind == "exa":
            attrs |= {"os": "Oracle Linux 8.8", "cores": 64, "mem_gb": 1024}
            owner = DBA
        elif kind == "vm":
            attrs |= {"os": "Rocky Linux 8.9", "instance_no": str(rng.randint(18000000, 19999999))}
            owner = ONLINE
        else:  # x86 rack servers
            attrs |= {
                "os": rng.choice(["RHEL 8.10", "RHEL 9.3"]),
                "cores": rng.choice([32, 48, 64]),
                "mem_gb": rng.choice([256, 512]),
                "serial": f"{rng.choice(['CN7', 'SGH', 'J90'])}{rng.randint(100000, 999999)}",
            }
        if h.startswith(("pus-", "gwj-", "dj1-bc02")):
            owner = TERM
        if h.startswith("sam1-gp"):
            owner = DATA
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        owner = SEC if n.startswith("hsm") else NET
        cis.append(ci_record(n, "host", "prod", owner, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _lotto(ts: datetime) -> float:
    """Retail lotto sales: 06:00–24:00, lunch and evening commutes, Friday evening busier, Saturday climbing to
    the 20:00 cutoff, then no lotto sales until Sunday 06:00 (the draw week restarts)."""
    loc = _local(ts)
    h, wd = seoul_hour(ts), loc.weekday()
    if h < 6:
        return 0.04
    if wd == 5 and h >= 20:
        return 0.06
    if wd == 6 and h < 6:
        return 0.04
    v = 0.12 + 0.14 * _bump(h, 8.3, 1.0) + 0.18 * _bump(h, 12.4, 1.0) + 0.16 * _bump(h, 18.6, 1.3)
    if wd == 4:
        v += 0.12 * _bump(h, 19.0, 2.0)
    if wd == 5:  # Saturday: the week's peak before the cutoff
        v += 0.25 + 0.45 * max(0.0, min(1.0, (h - 12) / 7.7)) ** 1.6
    if wd == 6:
        v -= 0.04
    return max(0.04, min(1.0, v))


def _toto(ts: datetime) -> float:
    """Toto: bets close per match: weekday KBO 18:30, weekend 17:00, late football on weekend nights."""
    loc = _local(ts)
    h, wd = seoul_hour(ts), loc.weekday()
    v = 0.08 + 0.1 * (1 if 9 <= h < 24 else 0)
    if wd < 5:
        v += 0.45 * _bump(h, 18.2, 0.6) + 0.1 * _bump(h, 12.5, 1)
    else:
        v += 0.55 * _bump(h, 16.7, 0.7) + 0.25 * _bump(h, 22.5, 1.2) + 0.1
    return max(0.05, min(1.0, v))


def _retail(ts: datetime) -> float:
    """The terminal path carries both: mostly lotto, some toto."""
    return max(0.04, min(1.0, 0.8 * _lotto(ts) + 0.3 * _toto(ts)))


def _online(ts: datetime) -> float:
    """The online channel: like retail but later in the evening and sharper before the Saturday cutoff."""
    loc = _local(ts)
    h, wd = seoul_hour(ts), loc.weekday()
    v = 0.1 + 0.1 * _bump(h, 8.5, 1.0) + 0.15 * _bump(h, 12.5, 0.8) + 0.28 * _bump(h, 21.5, 1.5)
    if h < 6:
        v = 0.06
    if wd == 5:
        v += 0.55 * max(0.0, min(1.0, (h - 14) / 5.8)) ** 2 if h < 20 else -0.1
    return max(0.05, min(1.0, v + 0.25 * _toto(ts) - 0.05))


def _payout(ts: datetime) -> float:
    """Prize claims: bank hours on weekdays, Monday the busiest; shop payouts the rest of the day."""
    loc = _local(ts)
    h, wd = seoul_hour(ts), loc.weekday()
    v = 0.08 + 0.15 * _lotto(ts)
    if wd < 5 and 9 <= h < 16:
        v += 0.35 + (0.3 if wd == 0 else 0) * _bump(h, 10, 1.5)
    return max(0.05, min(1.0, v))


def _draw(ts: datetime) -> float:
    """The draw side: Saturday 19:50–22:00 (cutoff, draw, winner count), quiet otherwise."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.1 + 0.15 * _lotto(ts)
    if loc.weekday() == 5 and 19.8 <= h < 22:
        v += 0.7
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.15 + 0.05 * _bump(h, 14, 3)
    return 0.15 + 0.55 * (1 if 9 <= h < 18 else 0) + 0.15 * _bump(h, 10, 1.5)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    if 1.5 <= h < 2.7 or 3.0 <= h < 4.0 or 6.0 <= h < 6.8:
        return 0.9
    return 0.3 * _office(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


RETAIL_SIDE = {
    "termgw", "term-auth", "tcx-sudo", "tcx-yeongnam", "tcx-honam", "tcx-chungcheong", "shopmon", "jangbu",
    "geomjeung", "tktsign", "dup_tkt_chk", "fds-rt", "ora_jangbu", "tibero_shop", "redis-dup",
    "redis-term-sess", "kafka-sales", "es-fds", "l4-term-sam", "l4-term-dj", "regrpt-rt", "ora_jangbu_dr",
    "sam1-bc01-b01", "sam1-bc01-b02", "sam1-bc02-b01", "sam1-bc02-b02", "sam1-bc02-b03", "sam1-bc03-b01",
    "sam1-bc03-b02", "sam1-bc04-b01", "sam1-bc04-b02", "sam1-exa-db01", "sam1-exa-db02", "sam1-bc08-b01",
    "sam1-bc08-b02", "sam1-bc08-b03", "pus-pop-h01", "gwj-pop-h01", "dj1-bc02-b01", "dj1-exa-db01",
    "vpngw-sam-01", "vpngw-pus-01", "vpngw-gwj-01", "vpngw-dj-01", "hsm-luna-01", "sam-core-sw1",
}  # fmt: skip
TOTO_SIDE = {"toto-sales", "baedang-engine", "matchfeed", "toto-result", "pg-toto", "redis-odds",
             "sam1-bc05-b01", "sam1-bc05-b02", "sam1-bc05-b03", "san-sam-vsp"}  # fmt: skip
ONLINE_SIDE = {
    "olbuy-web", "olbuy-app-bff", "olbuy-api", "limitguard", "wallet_dep", "member-api", "push-noti",
    "pg-olbuy", "mysql-member", "redis-limit", "redis-sess", "rmq-noti", "ncl-lb-olbuy", "obj-olbuy",
    "nkr1-a-vm012", "nkr1-a-vm013", "nkr1-b-vm021", "nkr1-b-vm022", "dl-sam-ncl",
}  # fmt: skip
PAY_SIDE = {"jigeup-api", "banklink", "claim-web", "ora_jigeup", "mq-bank", "l4-claim", "sam1-bc06-b01",
            "sam1-bc06-b02", "sam1-exa-db03"}  # fmt: skip
DRAW_SIDE = {"chucheom-ctl", "dangcheom-calc", "magam-sched", "sam1-bc03-b03", "nas-draw-video"}
OFFICE = {"bi-portal", "nunbit", "sam1-bc07-b01", "sam1-log-01", "dj1-bc01-b01", "dj1-bc01-b02",
          "dj1-bc01-b03", "nas-arch-dj"}  # fmt: skip
BATCH = {"ltr_settle_bat", "regrpt_daily", "regrpt-xfer", "tax_wh_bat", "dw-loader", "gp-dw", "nas-regrpt",
         "sam1-bat-01", "sam1-gp-m01", "sam1-gp-s01", "sam1-gp-s02", "sam1-bc05-b04"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (RETAIL_SIDE, _retail),
        (TOTO_SIDE, _toto),
        (ONLINE_SIDE, _online),
        (PAY_SIDE, _payout),
        (DRAW_SIDE, _draw),
        (OFFICE, _office),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "L1": {0: (9.0, 5.0), 1: (4.0, 12.0), 2: (2.4, 8.0), 3: (1.6, 5.0)},
    "L2": {0: (3.0, 9.0), 1: (2.5, 14.0)},
    "L3": {0: (7.0, 4.5), 1: (3.5, 11.0), 2: (1.8, 5.5)},
    "L4": {0: (5.0, 6.0), 1: (4.0, 14.0), 2: (2.2, 9.0), 3: (1.6, 5.0)},
    "L5": {0: (3.5, 9.0), 1: (2.5, 16.0), 2: (1.6, 7.0)},
    "L6": {0: (4.0, 7.0), 1: (3.0, 12.0), 2: (2.0, 8.0), 3: (1.5, 4.5)},
    "L7": {0: (5.0, 12.0), 1: (3.5, 21.0), 2: (2.0, 9.0), 3: (1.5, 5.5)},
}
EFFECT_OVERRIDE = {
    ("L1", "jangbu"): (5.0, 27.0),
    ("L1", "geomjeung"): (3.0, 7.0),
    ("L2", "regrpt_daily"): (2.0, 41.0),
    ("L2", "regrpt-xfer"): (2.0, 12.0),
    ("L3", "toto-sales"): (5.0, 26.0),
    ("L3", "baedang-engine"): (2.0, 6.5),
    ("L4", "banklink"): (6.0, 32.0),
    ("L5", "tcx-honam"): (3.0, 29.0),
    ("L6", "tktsign"): (3.0, 9.0),
    ("L6", "geomjeung"): (4.0, 24.0),
    ("L7", "limitguard"): (4.0, 34.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "sam1-exa-db01", "sam1-exa-db02", "sam1-exa-db03", "sam1-gp-m01", "sam1-gp-s01", "sam1-gp-s02",
    "sam1-bat-01", "sam1-log-01", "sam1-bc05-b03", "sam1-bc05-b04", "sam1-bc08-b01", "sam1-bc08-b02",
    "sam1-bc08-b03", "dj1-exa-db01", "dj1-bc01-b03", "pus-pop-h01", "gwj-pop-h01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "sam1-log-01":  # OpenSearch log volume: the disk creeps up
        disk0, growth = 61.0, 1.45
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in ("sam1-exa-db01", "sam1-exa-db02"):  # sequence waits burn CPU on the RAC nodes
            cpu += 30 * ramp(ts, L1["start"], L1["end"], rise=10)
        if name == "sam1-bc05-b03":  # the autovacuum reads the whole table
            cpu += 28 * ramp(ts, L3["start"], L3["end"], rise=10)
        if name == "nkr1-a-vm013":  # limitguard retries against redis-limit
            cpu += 20 * ramp(ts, L7["start"], L7["end"], rise=15)
        if name == "dj1-bc01-b03":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        if name == "sam1-bat-01":  # the nightly batches
            cpu += 24 * (1 if 1.5 <= seoul_hour(ts) < 2.7 or 6.0 <= seoul_hour(ts) < 6.8 else 0)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"dl-sam-ncl": 2.1, "hsm-luna-01": 3.4, "vpngw-pus-01": 6.5, "vpngw-gwj-01": 7.2}.get(
        name, rng.uniform(0.6, 2.5)
    )
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.7 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rtt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            loss += r * f_err * (1 + rng.gauss(0, 0.08))
            cpu += r * 35
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _regrpt_fill(rng: random.Random, ts: datetime) -> float:
    """nas-regrpt: hourly snapshots from Friday 18:00 eat the reserve until full at L2, then cleaned."""
    base = 58.0 + 0.05 * (ts - START).total_seconds() / 86400
    fill_from = kst(11, 18, 0)
    if ts < fill_from:
        return base + rng.gauss(0, 0.05)
    if ts < L2["start"]:
        p = (ts - fill_from).total_seconds() / (L2["start"] - fill_from).total_seconds()
        return base + (99.0 - base) * p**2.0 + rng.gauss(0, 0.05)
    if ts < L2["end"]:
        return 99.6 + rng.gauss(0, 0.05)
    return max(base - 9.0, 99.6 - 45 * (ts - L2["end"]).total_seconds() / 1800) + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"san-sam-vsp": (66, 67), "nas-draw-video": (71, 72)}.get(name, (35, 55))
    filling = _regrpt_fill if name == "nas-regrpt" else None
    fill = storage_fill(rng, name, times, START, used, 0.06, filling)
    lat0 = rng.uniform(4, 12) if name == "obj-olbuy" else rng.uniform(0.6, 2.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, _ = hop_effect(EFFECT, inc, hop)
            lat *= 1 + r * f_rt
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "termgw": 85.0, "term-auth": 22.0, "tcx-sudo": 140.0, "tcx-yeongnam": 165.0, "tcx-honam": 170.0,
    "tcx-chungcheong": 150.0, "shopmon": 310.0, "jangbu": 48.0, "geomjeung": 36.0, "tktsign": 4.5,
    "dup_tkt_chk": 6.0, "fds-rt": 95.0, "ltr_settle_bat": 420.0, "chucheom-ctl": 180.0, "dangcheom-calc": 560.0,
    "magam-sched": 75.0, "toto-sales": 62.0, "baedang-engine": 40.0, "matchfeed": 120.0, "toto-result": 240.0,
    "jigeup-api": 130.0, "banklink": 210.0, "claim-web": 260.0, "tax_wh_bat": 380.0, "olbuy-web": 190.0,
    "olbuy-app-bff": 110.0, "olbuy-api": 88.0, "limitguard": 9.0, "wallet_dep": 150.0, "member-api": 45.0,
    "push-noti": 30.0, "regrpt_daily": 610.0, "regrpt-xfer": 340.0, "regrpt-rt": 55.0, "dw-loader": 70.0,
    "bi-portal": 650.0, "nunbit": 140.0,
    "ora_jangbu": 2.6, "ora_jigeup": 3.2, "ora_jangbu_dr": 1.4, "tibero_shop": 5.5, "pg-toto": 2.9,
    "pg-olbuy": 3.4, "mysql-member": 2.2, "gp-dw": 48.0, "es-fds": 14.0,
    "redis-limit": 0.45, "redis-odds": 0.5, "redis-dup": 0.35, "redis-sess": 0.3, "redis-term-sess": 0.3,
    "kafka-sales": 4.5, "mq-bank": 6.0, "rmq-noti": 3.0,
    "l4-term-sam": 1.1, "l4-term-dj": 1.3, "ncl-lb-olbuy": 2.4, "l4-claim": 1.6,
}  # fmt: skip
REQUEST_RATE = {
    "termgw": 2600.0, "term-auth": 900.0, "tcx-sudo": 1150.0, "tcx-yeongnam": 610.0, "tcx-honam": 360.0,
    "tcx-chungcheong": 460.0, "jangbu": 3100.0, "geomjeung": 780.0, "tktsign": 3900.0, "dup_tkt_chk": 3300.0,
    "fds-rt": 3000.0, "toto-sales": 700.0, "baedang-engine": 240.0, "matchfeed": 35.0, "jigeup-api": 160.0,
    "banklink": 48.0, "claim-web": 6.0, "olbuy-web": 950.0, "olbuy-app-bff": 1900.0, "olbuy-api": 2400.0,
    "limitguard": 2300.0, "wallet_dep": 120.0, "member-api": 1400.0, "push-noti": 85.0, "magam-sched": 14.0,
    "chucheom-ctl": 4.0, "regrpt-rt": 3.0, "kafka-sales": 7400.0, "mq-bank": 55.0, "ora_jangbu": 9800.0,
    "ora_jigeup": 420.0, "pg-toto": 1700.0, "pg-olbuy": 3600.0, "mysql-member": 1500.0, "redis-limit": 6100.0,
    "redis-odds": 2800.0, "redis-dup": 3400.0, "l4-term-sam": 2600.0, "ncl-lb-olbuy": 2900.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search store with a memory gauge: (level, swing with load)
    "redis-limit": (52.0, 6.0), "redis-odds": (58.0, 5.0), "redis-dup": (70.0, 2.0), "redis-sess": (41.0, 9.0),
    "redis-term-sess": (36.0, 8.0), "mq-bank": (28.0, 6.0), "rmq-noti": (33.0, 7.0), "es-fds": (64.0, 4.0),
    "kafka-sales": (55.0, 6.0),
}  # fmt: skip


def _limit_memory(ts: datetime, level: float) -> float:
    """redis-limit: no eviction since Thursday 14:30, the weekly counters pile up until maxmemory at L7."""
    since = kst(17, 14, 30)
    if ts < since:
        return level
    if ts < L7["start"]:
        p = (ts - since).total_seconds() / (L7["start"] - since).total_seconds()
        return level + (98.6 - level) * p**1.7
    return 99.2


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
            if inc is L1 and name in ("tcx-sudo", "tcx-yeongnam", "termgw"):
                req *= 1 + 0.4 * r  # terminals retry
            if inc is L3 and name == "toto-sales":
                req *= 1 - 0.5 * r
            if inc is L4 and name == "banklink":
                req *= 1 - 0.7 * r
            if inc is L5 and name == "tcx-honam":
                req *= 1 - 0.6 * r  # shops offline
            if inc is L7 and name == "limitguard":
                req *= 1 + 0.6 * r  # app retries
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-limit":
                mem = _limit_memory(ts, mem) + rng.gauss(0, 0.15)
            if name == "mq-bank":
                mem += (88.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, L4["start"], L4["end"], rise=10, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly batches, the weekly draw, toto game closes and the claim-site certificate warning."""
    rows = []
    for d in range(9, 20):
        wd = datetime(2027, 6, d).weekday()
        if d != 13:
            rows.append(
                (
                    d,
                    1,
                    30,
                    "regrpt_daily",
                    "info",
                    "batch_job",
                    "사감위 일일 매출 보고 배치 시작 (REG_DAILY_01)",
                )
            )
            rows.append(
                (d, 2, 25, "regrpt_daily", "info", "batch_job", "사감위 일일 매출 보고 배치 완료 (파일 14건)")
            )
            rows.append((d, 3, 30, "regrpt-xfer", "info", "batch_job", "보고 파일 SFTP 전송 완료"))
        rows.append(
            (d, 3, 0, "dw-loader", "info", "batch_job", "DW daily load started (sales_fact, payout_fact)")
        )
        rows.append(
            (d, 6, 0, "ltr_settle_bat", "info", "batch_job", "판매점 정산 일배치 시작 (JOB_SHOP_SETTLE)")
        )
        rows.append((d, 6, 42, "ltr_settle_bat", "info", "batch_job", "판매점 정산 일배치 완료"))
        left = (datetime(2027, 6, 27) - datetime(2027, 6, d)).days
        rows.append(
            (d, 9, 0, "l4-claim", "warning", "cert_expiry",
             f"certificate claim.haengun-lotto.kr expires in {left} days (2027-06-27), manual renewal (한국전자인증)")
        )  # fmt: skip
        close = (18, 20) if wd < 5 else (16, 50)
        rows.append(
            (d, *close, "magam-sched", "info", "game_close", "토토 경기 마감 (KBO 경기 시작 10분 전)")
        )
        if wd == 5:
            rnd = 1175 + (d - 5) // 7
            rows.append(
                (d, 20, 0, "magam-sched", "info", "sales_cutoff", f"제{rnd}회 로또 판매 마감 (20:00)")
            )
            rows.append((d, 20, 35, "chucheom-ctl", "info", "draw", f"제{rnd}회 추첨 시작"))
            rows.append((d, 20, 48, "chucheom-ctl", "info", "draw", f"제{rnd}회 당첨번호 확정"))
            rows.append((d, 21, 30, "dangcheom-calc", "info", "batch_job", f"제{rnd}회 당첨자 산정 완료"))
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (10, 9, 40, "sam1-log-01", "warning", "threshold_breach", "disk_usage above 60% on /data/opensearch"),
    (10, 14, 0, "jangbu-stg", "info", "deployment", "jangbu-stg 12.5.0-rc1 배포"),
    (10, 22, 30, "ora_jangbu", "info", "maintenance", "RAC 분기 패치 (19.21 RU) 롤링 적용"),
    (10, 23, 40, "ora_jangbu", "info", "config_change", "TKT_SERIAL_SEQ 재생성 (NOCACHE ORDER) - 패치 후 정합성 점검"),
    (11, 17, 50, "nas-regrpt", "info", "config_change", "스냅샷 정책 변경: daily → hourly (감사 요청)"),
    (12, 18, 50, "jangbu", "info", "deployment", "jangbu 12.4.0 배포 (영수증 QR 포맷 변경)"),
    # L1 (last Saturday, pre-cutoff)
    (12, 19, 26, "ora_jangbu", "warning", "wait_event", "enq: SQ - contention 상위 대기 이벤트 (AAS 41)"),
    (12, 19, 29, "ora_jangbu", "critical", "wait_event", "TKT_SERIAL_SEQ nextval 대기 2.3s, active sessions 2,410 / 3,000"),
    (12, 19, 33, "jangbu", "critical", "error", "발매 실패 26% (원장 기록 타임아웃)"),
    (12, 19, 36, "geomjeung", "major", "latency", "티켓 검증 지연 (원장 조회 대기)"),
    (12, 19, 38, "termgw", "major", "error", "단말 발매 응답 타임아웃 증가"),
    (12, 19, 40, "olbuy-api", "major", "error", "온라인 로또 구매 실패 증가"),
    (12, 19, 43, "tcx-sudo", "warning", "error", "수도권 단말 재전송 급증"),
    (12, 19, 44, "tcx-yeongnam", "warning", "error", "영남권 단말 재전송 급증"),
    (12, 20, 12, "ora_jangbu", "info", "config_change", "ALTER SEQUENCE TKT_SERIAL_SEQ CACHE 1000 NOORDER (핫픽스)"),
    (12, 20, 25, "jangbu", "info", "recovery", "발매 정상화"),
    # L2 (Sunday small hours)
    (13, 1, 30, "regrpt_daily", "info", "batch_job", "사감위 일일 매출 보고 배치 시작 (REG_DAILY_01)"),
    (13, 1, 38, "nas-regrpt", "warning", "capacity", "/vol/regrpt 95% used (snapshot reserve 초과)"),
    (13, 1, 42, "nas-regrpt", "critical", "capacity", "/vol/regrpt 100% full - No space left on device"),
    (13, 1, 46, "regrpt_daily", "critical", "batch_job", "REG_DAILY_01 step writeReport ABEND (IOException: No space left on device)"),
    (13, 1, 52, "regrpt-xfer", "major", "error", "보고 파일 스테이징 실패"),
    (13, 2, 30, "nas-regrpt", "info", "config_change", "hourly 스냅샷 48개 삭제, 정책 daily 로 원복"),
    (13, 2, 50, "regrpt_daily", "info", "batch_job", "REG_DAILY_01 재실행 완료 (지연 보고)"),
    (13, 3, 40, "regrpt-xfer", "info", "batch_job", "보고 파일 SFTP 전송 완료 (지연)"),
    # L3 (Sunday afternoon, KBO close)
    (13, 16, 20, "toto-sales", "info", "deployment", "toto-sales 7.0.2 배포 (기록식 조합 검증)"),
    (13, 16, 48, "pg-toto", "warning", "autovacuum", "autovacuum: VACUUM public.bet_slip (to prevent wraparound) started"),
    (13, 16, 53, "pg-toto", "critical", "lock_wait", "lock wait on bet_slip: 1,840 waiting backends (ShareUpdateExclusiveLock)"),
    (13, 16, 56, "toto-sales", "critical", "error", "발매 실패 25% (DB lock timeout)"),
    (13, 16, 58, "magam-sched", "major", "error", "경기 마감 처리 지연 (KBO 3경기)"),
    (13, 17, 1, "baedang-engine", "warning", "error", "배당률 저장 실패 재시도"),
    (13, 17, 5, "termgw", "warning", "error", "토토 발매 응답 지연"),
    (13, 17, 38, "pg-toto", "info", "config_change", "autovacuum_vacuum_cost_limit 조정, 블로킹 세션 종료"),
    (13, 17, 50, "toto-sales", "info", "recovery", "발매 정상"),
    # L4 (Monday bank opening)
    (14, 8, 40, "banklink", "info", "deployment", "banklink 4.7.3 배포 (이체 전문 재전송 로직)"),
    (14, 9, 3, "mq-bank", "warning", "queue_depth", "NH01.XMITQ depth 41,200 / 50,000 (channel LTO.TO.NH01 RETRYING)"),
    (14, 9, 7, "mq-bank", "critical", "queue_depth", "MQRC_Q_FULL (2053) on NH01.XMITQ"),
    (14, 9, 10, "banklink", "critical", "error", "이체 전문 PUT 실패 32%"),
    (14, 9, 14, "jigeup-api", "major", "error", "은행 지급 요청 실패"),
    (14, 9, 16, "wallet_dep", "major", "error", "예치금 출금 실패"),
    (14, 9, 22, "claim-web", "warning", "error", "청구 예약 조회 타임아웃"),
    (14, 9, 55, "mq-bank", "info", "config_change", "농협 수신 채널 재기동 확인, XMITQ 해소"),
    (14, 10, 5, "banklink", "info", "recovery", "이체 정상"),
    # L5 (Tuesday afternoon)
    (15, 13, 50, "vpngw-gwj-01", "info", "config_change", "펌웨어 업그레이드 3.6.2 → 3.7.0"),
    (15, 14, 12, "vpngw-gwj-01", "critical", "tunnel", "IPsec rekey failed (IKEv2 AUTH_FAILED), active tunnels 995 → 412"),
    (15, 14, 16, "tcx-honam", "critical", "error", "호남권 단말 접속 끊김 580대"),
    (15, 14, 24, "shopmon", "major", "error", "판매점 단말 대량 오프라인 (광주/전남)"),
    (15, 14, 58, "vpngw-gwj-01", "info", "config_change", "펌웨어 3.6.2 롤백"),
    (15, 15, 10, "tcx-honam", "info", "recovery", "단말 재접속 완료"),
    # L6 (Thursday morning)
    (17, 9, 10, "hsm-luna-01", "info", "key_rotation", "키 라벨 교체 TKT-MAC-2027A (정기 키 교체)"),
    (17, 10, 0, "geomjeung", "info", "deployment", "geomjeung 5.9.1 배포 (위변조 검사 룰 추가)"),
    (17, 10, 21, "hsm-luna-01", "critical", "session", "partition LTO-TKT-P1 open sessions 512/512 (CKR_SESSION_COUNT)"),
    (17, 10, 24, "tktsign", "critical", "error", "C_OpenSession failed CKR_SESSION_COUNT, 서명 실패"),
    (17, 10, 28, "geomjeung", "critical", "error", "티켓 검증 실패 24% (MAC 검증 불가)"),
    (17, 10, 31, "jangbu", "major", "error", "발매 서명 실패 증가"),
    (17, 10, 35, "jigeup-api", "warning", "error", "판매점 지급 검증 실패"),
    (17, 11, 8, "hsm-luna-01", "info", "config_change", "유휴 세션 강제 종료, tktsign 세션 풀 상한 256"),
    (17, 11, 20, "geomjeung", "info", "recovery", "검증 정상"),
    # other changes and noise
    (13, 10, 15, "sam1-log-01", "warning", "threshold_breach", "disk_usage above 65% on /data/opensearch"),
    (14, 11, 0, "dj1-bc01-b03", "info", "maintenance", "dj1-bc01-b03 메인보드 교체 작업 (DR 예비)"),
    (14, 15, 30, "toto-sales-stg", "info", "deployment", "toto-sales-stg 7.1.0-rc1 배포"),
    (15, 10, 0, "bi-portal", "info", "maintenance", "Tableau Server 업그레이드 작업 (2023.3 → 2024.2)"),
    (16, 11, 30, "olbuy-api-qa", "info", "deployment", "olbuy-api-qa 9.1.0-beta2 배포"),
    (16, 15, 0, "fds-rt", "info", "config_change", "룰 214개 적용 (고액 집중 발매 임계 상향)"),
    (16, 16, 40, "sam1-log-01", "warning", "threshold_breach", "disk_usage above 70% on /data/opensearch"),
    (17, 14, 30, "redis-limit", "info", "config_change", "maxmemory-policy allkeys-lru → noeviction (한도 카운터 유실 방지)"),
    (18, 10, 0, "olbuy-web", "info", "deployment", "olbuy-web 5.2.0 배포 (이벤트 배너)"),
    (18, 16, 0, "matchfeed", "info", "config_change", "리그 피드 38개로 확대 (MLB 추가)"),
    (19, 9, 0, "push-noti", "info", "deployment", "push-noti 1.5.2 배포"),
    (19, 18, 40, "limitguard", "info", "deployment", "limitguard 2.3.1 배포 (주간 한도 키 TTL 변경)"),
    # L7 (now, the pre-cutoff online peak)
    (19, 19, 13, "redis-limit", "warning", "memory", "used_memory 7.9GB / maxmemory 8GB"),
    (19, 19, 16, "redis-limit", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory'"),
    (19, 19, 19, "limitguard", "critical", "error", "구매한도 검사 실패 34% (redis OOM), 구매 거절"),
    (19, 19, 28, "olbuy-api", "major", "error", "온라인 구매 실패 증가 (한도 검사 오류)"),
    (19, 19, 33, "olbuy-app-bff", "warning", "error", "앱 구매 화면 오류 증가"),
    (19, 19, 35, "olbuy-web", "warning", "error", "웹 구매 오류 증가"),
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
    generate(NAME, "lottery-operator", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
