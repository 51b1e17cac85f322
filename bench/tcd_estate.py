"""Generate the transit-card estate (tests/fixtures/transit-card/, interchange format) and its faults file.

A Korean transit-card operator's IT (모아패스 MOAPASS): card issuing `balgeup-svc` and balance refunds `refund-svc`
on the Tibero card master `carddb-tbr`; top-up (충전) through the core API `chungjeon-api` with the convenience-store
VAN gateway `cvs-topup-gw`, bank/app account top-up `bank-topup-if` and the postpaid credit-card linkage
`hubul-link` (후불) over IBM MQ `mq-cardco`; the fare-collection back office: transaction collection `kkachi-collect`
(까치, product code name of the collector) fed by the bus LTE real-time collector `bus-rt-collect`, the subway
station relay `subway-relay` (gate controllers `gcu-222-gangnam` …) and the bus-garage sync servers
`chagoji-songpa` … (차고지), the Kafka cluster `kfk-tap`, the 환승 할인 engine `hwanseung-engine` with its trip-state
Redis `redis-trip`, the ledger loader `fare-ledger` on the Oracle RAC `faredb-ora`, the nightly settlement batch
`jeongsan_daily` (01:00) and the month-end close `mse_settle`, the clearing house gateway `clh-gw` and bank
settlement interface `bank-settle-if` over IBM MQ `mq-clh`, the operators' settlement portal; the card key
management `sam-keymgr` on two Luna HSMs; fraud detection `fds-engine` and blacklist distribution `blist-dist` with
the legacy nightly push `bl_push_daemon` to terminals; the bus terminal management `term-mgmt` behind the LTE VPN
concentrators `vpnc-lte-01/02`; the mobile app backend `durumi-api` (두루미 앱: NFC top-up `nfc-charge`, QR boarding
`qr-pass`) on EKS in AWS Seoul; the call centre CRM and IVR at HQ. Sites 목동IDC (primary), 대전DR센터, 본사(서울역),
송파/강서/도봉 차고지, stations 강남역/사당역/신도림역/홍대입구역 and AWS 서울리전; environments prod, staging,
dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): bird code names (`kkachi-collect` 까치, `durumi-api` 두루미), romanised Korean
functions (`chungjeon-api` 충전, `hwanseung-engine` 환승, `balgeup-svc` 발급, `hubul-link` 후불, `chagoji-*` 차고지,
`bonsa-cc01` 본사), legacy snake_case batches (`jeongsan_daily`, `mse_settle`, `bl_push_daemon`, `clh_if_legacy`),
bare metal by asset tag (`as-40211`, the rack position is an attribute), vCenter VM numbers (`mokvm133`), ESXi
(`esx-mok-08`), gate controllers by station code and name (`gcu-222-gangnam`), depot nodes (`dpt-sp-n1`), EKS nodes
by their AWS private DNS names (`ip-10-72-14-201`) and engine-suffixed data stores (`faredb-ora`, `carddb-tbr`).

Seven injected incidents (times KST; now = Wednesday 2028-11-01 07:50, in the morning rush right after the
October month-end close; the window is the 10 days before; rush hours 06:30–09:00 and 17:30–19:30 on weekdays,
the nightly settlement and blacklist push 01:00–04:00, quiet weekends, no service 01:00–05:00):
  T1 Mon 10-23 07:35–08:30  redis-trip stalls on RDB fork under rush-hour writes (transparent huge pages back on
                            after Sunday night's OS patch): hwanseung-engine (loudest, 6.2.0 deployed 05:10),
                            fare-ledger, durumi-api
  T2 Tue 10-24 01:20–02:15  (night) mq-clh's transmission queue to the clearing house fills (the CLH channel is
                            down after their certificate change) and puts fail: clh-gw (loudest), bank-settle-if,
                            jeongsan_daily (parameters changed Monday 18:00)
  T3 Thu 10-26 18:05–19:00  (evening rush) Kafka broker host as-40226 has a degraded RAID controller (battery
                            learn, write-through) and its I/O stalls: kfk-tap, kkachi-collect (loudest, 3.4.1
                            deployed 17:40), fds-engine
  T4 Sat 10-28 14:10–15:05  (weekend) ESXi esx-mok-08's datastore saturates while the backup proxy consolidates
                            snapshots (noisy neighbour mokvm150): mokvm133, chungjeon-api, cvs-topup-gw (loudest,
                            2.8.0 deployed 13:50), nfc-charge
  T5 Sun 10-29 02:40–03:35  (weekend night) carddb-tbr runs out of TEMP tablespace in the weekly full blacklist
                            extract: blist-dist (loudest, 5.1.0 deployed Saturday 22:00), bl_push_daemon,
                            chagoji-gangseo
  T6 Mon 10-30 07:20–08:15  (morning rush) LTE VPN concentrator vpnc-lte-02's crypto engine saturates after
                            Sunday night's firmware upgrade and bus tunnels flap: bus-rt-collect (loudest),
                            term-mgmt (1.9.3 deployed 06:40), term-dash
  T7 Wed 11-01 07:05–now    after the monthly key-version rollover at 00:00 sam-keymgr's key cache misses and its
                            HSM session pool is exhausted in the rush: kkachi-collect, chungjeon-api (loudest,
                            4.6.0 deployed 05:20), cvs-topup-gw (ongoing)
Confounders: the rush hours and weekend lows, the nightly settlement and blacklist push, the month-end close
`mse_settle` overrunning to 06:40 today (faredb-ora busy), deploys on victims before T1, T3, T4, T5, T6 and T7, the
nightly backups on the noisy neighbour `mokvm150`, `gcu-239-hongdae` and `hwanseung-engine-stg` in maintenance,
the retired `clh_if_legacy`, the log-search host `as-40260`'s disk creeping up and `vpnc-lte-01`'s certificate
expiring on 2028-11-08 (warned daily) — the healthy twin of T6's root.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/tcd_golden.py) are computed from the files.

    .venv/bin/python bench/tcd_estate.py   # rewrites tests/fixtures/transit-card*
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
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "transit-card"
NOW = datetime(2028, 10, 31, 22, 50, tzinfo=UTC)  # Wednesday 2028-11-01 07:50 KST
START = NOW - timedelta(days=10)  # Sunday 2028-10-22 07:50 KST
SEED = 20281101
SITES = {
    "M": "목동IDC",
    "D": "대전DR센터",
    "H": "본사(서울역)",
    "SP": "송파차고지",
    "GS": "강서차고지",
    "DB": "도봉차고지",
    "A": "AWS 서울리전",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}


def kst(day: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul wall-clock time as UTC; `day` counts October days (32 = November 1)."""
    return datetime(2028, 10, 1, hh, mm, tzinfo=UTC) + timedelta(days=day - 1, hours=-9)


FARE, LINK, TERM, TOPUP = "요금정산팀", "정산연계파트", "단말운영팀", "충전결제팀"
CARD, KEYSEC, MOBILE, FRAUD = "카드발급팀", "키관리보안팀", "mobile-squad", "fraud-analytics"
CC, INFRA, DBA, NET, CLOUD = "고객센터IT", "platform-infra", "DBA파트", "network-ops", "cloud-platform"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- fare collection back office
    "kkachi-collect": ("service", FARE, "M", "P", ["knode-m01", "knode-m02"], ["kfk-tap", "sam-keymgr"],
                       {"desc": "까치 거래수집 (버스/지하철 승하차 거래 수신, MAC 검증)", "product": "자체개발 (Java 17, Netty)",
                        "version": "3.4.1", "replicas": 6, "port": 9410, "daily_txn_million": 21.4}),
    "hwanseung-engine": ("service", FARE, "M", "P", ["knode-m02", "knode-m03"],
                         ["kfk-tap", "redis-trip", "faredb-ora"],
                         {"desc": "환승 할인 계산 엔진 (통합거리비례, 30분 환승 인정)", "product": "자체개발 (Kotlin, Kafka Streams)",
                          "version": "6.2.0", "replicas": 4, "transfer_window_min": 30, "max_transfers": 4}),
    "fare-ledger": ("service", FARE, "M", "P", ["mokvm114"], ["kfk-tap", "faredb-ora", "hwanseung-engine"],
                    {"desc": "거래 원장 적재 (승하차 거래 → TXN 원장)", "product": "자체개발 (Java 11, Spring Batch)",
                     "version": "2.11.4", "commit_interval": 500}),
    "bus-rt-collect": ("service", TERM, "M", "P", ["mokvm117"], ["vpnc-lte-01", "vpnc-lte-02", "kkachi-collect"],
                       {"desc": "버스 단말 실시간 거래 수집 (LTE 모뎀, IPsec)", "version": "4.0.7",
                        "buses": 7380, "modem": "LTE Cat.4 (LG U+)", "port": 7700}),
    "subway-relay": ("service", TERM, "M", "P", ["as-40252"], ["kkachi-collect"],
                     {"desc": "지하철 역사 집계 중계 (게이트 제어기 → 수집)", "version": "2.3.2", "stations": 291,
                      "protocol": "KS X 6923 TCP"}),
    "chagoji-songpa": ("service", TERM, "SP", "P", ["dpt-sp-n1"], ["kkachi-collect", "blist-dist"],
                       {"desc": "송파 차고지 단말 동기화 (입고 버스 Wi-Fi 업로드, 블랙리스트 적재)", "version": "1.8.0",
                        "buses": 412, "depot_code": "SP01"}),
    "chagoji-gangseo": ("service", TERM, "GS", "P", ["dpt-gs-n1"], ["kkachi-collect", "blist-dist"],
                        {"desc": "강서 차고지 단말 동기화", "version": "1.8.0", "buses": 538, "depot_code": "GS02"}),
    "chagoji-dobong": ("service", TERM, "DB", "P", ["dpt-db-n1"], ["kkachi-collect", "blist-dist"],
                       {"desc": "도봉 차고지 단말 동기화", "version": "1.7.6", "buses": 295, "depot_code": "DB03"}),
    "jeongsan_daily": ("service", FARE, "M", "P", ["as-40231"], ["faredb-ora", "settledb-tbr", "clh-gw"],
                       {"desc": "일일 정산 배치 (운송기관/은행 정산, 환승 손실보전 배분)", "product": "Pro*C + shell (Control-M)",
                        "schedule": "매일 01:00", "jobs": 41, "operators": 63}),
    "mse_settle": ("service", FARE, "M", "P", ["as-40231"], ["faredb-ora", "settledb-tbr"],
                   {"desc": "월말 정산 마감 배치 (운송기관 월정산, 미정산 이월)", "product": "Pro*C + PL/SQL",
                    "schedule": "매월 1일 00:30", "jobs": 17}),
    "clh-gw": ("service", LINK, "M", "P", ["mokvm121"], ["mq-clh", "settledb-tbr"],
               {"desc": "정산소(CLH) 연계 게이트웨이 (정산 파일/전문 송수신)", "version": "3.0.2",
                "product": "자체개발 (Java 8) + IBM MQ client", "counterparties": 12, "cutoff": "04:30"}),
    "bank-settle-if": ("service", LINK, "M", "P", ["mokvm121"], ["mq-clh", "settledb-tbr"],
                       {"desc": "은행 정산 이체 인터페이스 (충전 대금 정산)", "version": "2.2.9", "banks": 9}),
    "settle-portal": ("service", LINK, "M", "P", ["mokvm142"], ["settledb-tbr"],
                      {"desc": "운송기관 정산 포털 (정산 내역 조회, 이의 신청)", "version": "1.14.0",
                       "endpoint": "settle.moapass.co.kr", "users": 520}),
    "fds-engine": ("service", FRAUD, "M", "P", ["mokvm140"], ["kfk-tap", "faredb-ora", "carddb-tbr"],
                   {"desc": "부정사용 탐지 (복제카드, 음수잔액, 연속 태그)", "product": "자체개발 (Flink 1.18)",
                    "version": "1.6.2", "rules": 84}),
    "blist-dist": ("service", TERM, "M", "P", ["mokvm131"], ["carddb-tbr", "redis-blist", "fds-engine"],
                   {"desc": "블랙리스트 생성/배포 (분실, 부정, 잔액부족 카드 → 단말)", "version": "5.1.0",
                    "entries": 1862000, "full_refresh": "매주 일요일 02:30"}),
    "bl_push_daemon": ("service", TERM, "M", "P", ["mokvm131"], ["blist-dist", "vpnc-lte-01"],
                       {"desc": "블랙리스트 야간 일괄 푸시 데몬 (레거시, 버스 단말)", "product": "C daemon (RHEL 7 시절)",
                        "schedule": "매일 01:30", "version": "0.9.14"}),
    "term-mgmt": ("service", TERM, "M", "P", ["mokvm125"], ["pg-term", "vpnc-lte-01", "vpnc-lte-02"],
                  {"desc": "버스 단말/모뎀 관리 (설정, 펌웨어, 상태)", "version": "1.9.3", "terminals": 14760,
                   "firmware_target": "BT-7.4.2"}),
    "term-dash": ("service", TERM, "M", "P", ["mokvm125"], ["term-mgmt", "pg-term"],
                  {"desc": "단말 상태 대시보드 (운수사/관제용)", "version": "0.8.1", "product": "Grafana 10.4"}),
    # ---------------------------------------------------------------- top-up, issuing, keys
    "chungjeon-api": ("service", TOPUP, "M", "P", ["mokvm133", "mokvm134"], ["carddb-tbr", "sam-keymgr", "redis-chg"],
                      {"desc": "충전 코어 API (선불 충전, 충전 취소, 잔액 조회)", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                       "version": "4.6.0", "instances": 4, "port": 8443, "max_topup_krw": 500000}),
    "cvs-topup-gw": ("service", TOPUP, "M", "P", ["mokvm134"], ["chungjeon-api"],
                     {"desc": "편의점 충전 VAN 게이트웨이 (POS 충전 전문)", "version": "2.8.0", "vans": 4,
                      "stores": 48200, "port": 9090}),
    "bank-topup-if": ("service", TOPUP, "M", "P", ["mokvm136"], ["chungjeon-api", "mq-clh"],
                      {"desc": "은행/계좌 자동충전 인터페이스", "version": "3.3.1", "banks": 9}),
    "hubul-link": ("service", TOPUP, "M", "P", ["mokvm136"], ["carddb-tbr", "mq-cardco"],
                   {"desc": "후불 교통카드 카드사 연계 (승인, 청구)", "version": "2.0.5", "card_companies": 11}),
    "balgeup-svc": ("service", CARD, "M", "P", ["mokvm138"], ["carddb-tbr", "sam-keymgr"],
                    {"desc": "카드 발급/개인화 (실물 카드, 모바일 카드)", "version": "3.7.2",
                     "card_types": "일반, 청소년, 어린이, 어르신"}),
    "refund-svc": ("service", CARD, "M", "P", ["mokvm138"], ["carddb-tbr", "faredb-ora"],
                   {"desc": "잔액 환불 (카드 해지, 고장 카드 이전)", "version": "1.12.0"}),
    "sam-keymgr": ("service", KEYSEC, "M", "P", ["as-40244"], ["hsm-luna-a", "hsm-luna-b"],
                   {"desc": "카드/SAM 키 관리 (키 버전, MAC 검증, 충전 인증)", "product": "자체개발 KMS (C++, PKCS#11)",
                    "version": "2.5.0", "key_version": "K11", "hsm_sessions": 64, "rotation": "매월 1일 00:00"}),
    # ---------------------------------------------------------------- mobile app (AWS)
    "durumi-api": ("service", MOBILE, "A", "P", ["ip-10-72-14-201", "ip-10-72-15-88"],
                   ["pg-durumi", "redis-app", "chungjeon-api", "hwanseung-engine", "qr-pass"],
                   {"desc": "두루미 앱 백엔드 (모바일 카드, 이용내역, 충전)", "product": "Node.js 20 (NestJS) on EKS",
                    "version": "7.3.0", "replicas": 8, "mau_k": 3120}),
    "qr-pass": ("service", MOBILE, "A", "P", ["ip-10-72-15-88"], ["pg-durumi", "redis-app"],
                {"desc": "QR 승차권 발급/검증 토큰", "product": "Go 1.22 on EKS", "version": "1.4.0", "token_ttl_s": 60}),
    "nfc-charge": ("service", MOBILE, "A", "P", ["ip-10-72-16-45"], ["chungjeon-api", "pg-durumi"],
                   {"desc": "앱 NFC 충전 (안드로이드 폰 태그 충전)", "version": "2.1.6", "product": "Kotlin (Ktor) on EKS"}),
    # ---------------------------------------------------------------- call centre, infra
    "cc-crm": ("service", CC, "H", "P", ["bonsa-cc01"], ["carddb-tbr", "refund-svc"],
               {"desc": "고객센터 상담 CRM (카드 조회, 환불 접수)", "product": "Genesys Cloud 연동 + 자체 CRM",
                "seats": 180, "version": "5.2.3"}),
    "cc-ivr": ("service", CC, "H", "P", ["bonsa-ivr01"], ["cc-crm"],
               {"desc": "ARS/IVR (분실 신고, 잔액 조회)", "product": "Genesys Engage IVR 9.0", "lines": 240,
                "phone": "1644-0000"}),
    "logsearch": ("service", INFRA, "M", "P", ["as-40260"], [],
                  {"desc": "로그 검색 (OpenSearch)", "product": "OpenSearch 2.15", "retention_days": 45}),
    "ctm-sched": ("service", INFRA, "M", "P", ["mokvm144"], [],
                  {"desc": "배치 스케줄러", "product": "Control-M 9.0.21", "jobs": 612}),
    "vbr-proxy": ("service", INFRA, "M", "P", ["mokvm150"], [],
                  {"desc": "VM 백업 프록시 (스냅샷 백업)", "product": "Veeam Backup & Replication 12.1",
                   "schedule": "매일 22:00"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "kkachi-collect-stg": ("service", FARE, "M", "S", ["mokvm211"], ["faredb-ora-stg"],
                           {"desc": "거래수집 (스테이징)", "version": "3.5.0-rc1"}),
    "hwanseung-engine-stg": ("service", FARE, "M", "S", ["mokvm211"], ["redis-trip-stg", "faredb-ora-stg"],
                             {"desc": "환승 엔진 (스테이징, 2029 요금 개편 검증)", "version": "6.3.0-rc2"}),
    "durumi-api-stg": ("service", MOBILE, "A", "S", ["mokvm212"], [],
                       {"desc": "두루미 앱 백엔드 (스테이징)", "version": "7.4.0-beta1"}),
    "chungjeon-api-dev": ("service", TOPUP, "M", "D", ["mokvm311"], [],
                          {"desc": "충전 API (개발)", "version": "4.7.0-SNAPSHOT"}),
    "qr-pass-dev": ("service", MOBILE, "A", "D", ["mokvm311"], [],
                    {"desc": "QR 승차권 (개발)", "version": "1.5.0-SNAPSHOT"}),
    "clh_if_legacy": ("service", LINK, "M", "P", [], [],
                      {"desc": "구 정산소 파일 인터페이스 (FTP 배치, clh-gw로 대체)", "version": "1.3.8",
                       "decommissioned": "2027-12-31"}),
    # ---------------------------------------------------------------- databases
    "faredb-ora": ("database", DBA, "M", "P", ["as-40211", "as-40212"], [],
                   {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c RAC", "nodes": 2,
                    "sid": "FAREP", "port": 1521, "size_tb": 18.6, "processes": 4000,
                    "desc": "거래 원장/정산 운영 DB (TXN 월 파티션)"}),
    "faredb-ora-dr": ("database", DBA, "D", "P", ["as-50117"], [],
                      {"engine": "oracle", "version": "19.23", "product": "Oracle Data Guard physical standby",
                       "sid": "FARED", "port": 1521, "role": "standby", "desc": "거래 원장 DR"}),
    "carddb-tbr": ("database", DBA, "M", "P", ["as-40215"], [],
                   {"engine": "tibero", "version": "7.2.1", "product": "Tibero 7 FS02", "port": 8629,
                    "sid": "CARDP", "size_tb": 4.2, "temp_gb": 64, "desc": "카드 마스터/잔액/블랙리스트 원천"}),
    "settledb-tbr": ("database", DBA, "M", "P", ["as-40216"], [],
                     {"engine": "tibero", "version": "6.0 FS07", "product": "Tibero 6", "port": 8629,
                      "sid": "STLP", "size_tb": 6.8, "desc": "정산 DB (운송기관/은행 정산)"}),
    "pg-term": ("database", DBA, "M", "P", ["mokvm125"], [],
                {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
                 "desc": "단말 관리 DB"}),
    "pg-durumi": ("database", CLOUD, "A", "P", [], [],
                  {"engine": "postgresql", "version": "15.5", "product": "Amazon Aurora PostgreSQL 15.5",
                   "instance_class": "db.r6g.2xlarge", "port": 5432, "desc": "앱 회원/모바일카드 DB"}),
    "faredb-ora-stg": ("database", DBA, "M", "S", ["mokvm211"], [],
                       {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c", "sid": "FARES",
                        "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "redis-trip": ("cache", FARE, "M", "P", ["as-40221"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 48, "maxmemory_policy": "volatile-ttl",
                    "port": 6379, "persistence": "RDB 5분", "desc": "환승 트립 상태 (최근 승하차, 30분 TTL)"}),
    "redis-blist": ("cache", TERM, "M", "P", ["as-40221"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 16, "maxmemory_policy": "noeviction",
                     "port": 6380, "desc": "블랙리스트 조회 캐시"}),
    "redis-chg": ("cache", TOPUP, "M", "P", ["as-40222"], [],
                  {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 8, "maxmemory_policy": "allkeys-lru",
                   "port": 6379, "desc": "충전 멱등키/세션"}),
    "redis-app": ("cache", CLOUD, "A", "P", [], [],
                  {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis",
                   "node_type": "cache.r7g.large", "maxmemory_policy": "allkeys-lru", "desc": "앱 세션/QR 토큰"}),
    "redis-trip-stg": ("cache", FARE, "M", "S", ["mokvm211"], [],
                       {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 4, "port": 6379}),
    "kfk-tap": ("queue", INFRA, "M", "P", ["as-40225", "as-40226", "as-40227"], [],
                {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 3, "topics": 38, "partitions": 612,
                 "replication_factor": 3, "min_isr": 2, "port": 9092, "desc": "승하차 거래 이벤트 버스"}),
    "mq-clh": ("queue", LINK, "M", "P", ["as-40228"], [],
               {"product": "IBM MQ 9.3.0.17", "queue_manager": "QM_CLH01", "port": 1414, "channels": 14,
                "xmitq_maxdepth": 50000, "desc": "정산소/은행 연계 큐"}),
    "mq-cardco": ("queue", TOPUP, "M", "P", ["as-40228"], [],
                  {"product": "IBM MQ 9.3.0.17", "queue_manager": "QM_CARD01", "port": 1415, "channels": 11,
                   "desc": "카드사 후불 승인/청구 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-mok-term": ("M", NET, ["kkachi-collect", "bus-rt-collect", "blist-dist"],
                    {"vendor": "Piolink", "model": "PAS-K 5524", "vip": "10.20.4.10", "firmware": "3.1.2",
                     "desc": "단말 트래픽 L4 (버스/역사/차고지)"}),
    "l4-mok-ext": ("M", NET, ["chungjeon-api", "cvs-topup-gw", "bank-topup-if"],
                   {"vendor": "F5", "model": "BIG-IP r4800", "vip": "10.20.2.30", "version": "17.1.1.3",
                    "cert_expiry": "2029-06-30", "desc": "대외 L4 (VAN, 은행)"}),
    "alb-durumi-prod": ("A", CLOUD, ["durumi-api", "qr-pass", "nfc-charge"],
                        {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                         "endpoint": "api.durumi.moapass.co.kr", "cert_expiry": "2029-03-14"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "san-mok-vsp": ("M", INFRA, {"vendor": "Hitachi", "model": "VSP E990", "capacity_tb": 420,
                                 "desc": "DB 블록 스토리지 (Oracle/Tibero)"},
                    ["as-40211", "as-40212", "as-40215", "as-40216", "esx-mok-07", "esx-mok-08"]),
    "san-dj-vsp": ("D", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 300,
                                "desc": "DR 복제 (Universal Replicator)"}, ["as-50117"]),
    "nas-mok-settle": ("M", INFRA, {"vendor": "NetApp", "model": "AFF A250", "ontap": "9.14.1P4",
                                    "capacity_tb": 96, "protocol": "NFS v4.1", "desc": "정산 파일 (송수신 원본)"},
                       ["as-40231", "mokvm121"]),
    "dd-mok-bak": ("M", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                                "desc": "백업 (DB RMAN, VM)"}, ["mokvm150"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 목동IDC bare metal (asset tags; the rack position is an attribute)
    "as-40211": ("M", "P", "bare", {"role": "FAREP RAC node 1", "model": "HPE ProLiant DL380 Gen11", "rack": "MD-3F-C07-U22"}),
    "as-40212": ("M", "P", "bare", {"role": "FAREP RAC node 2", "model": "HPE ProLiant DL380 Gen11", "rack": "MD-3F-C07-U24"}),
    "as-40215": ("M", "P", "bare", {"role": "Tibero CARDP", "model": "Dell PowerEdge R760", "rack": "MD-3F-C08-U10"}),
    "as-40216": ("M", "P", "bare", {"role": "Tibero STLP", "model": "Dell PowerEdge R760", "rack": "MD-3F-C08-U12"}),
    "as-40221": ("M", "P", "bare", {"role": "Redis (트립/블랙리스트)", "model": "Dell PowerEdge R660", "rack": "MD-3F-C09-U05"}),
    "as-40222": ("M", "P", "bare", {"role": "Redis (충전)", "model": "Dell PowerEdge R660", "rack": "MD-3F-C09-U07"}),
    "as-40225": ("M", "P", "bare", {"role": "Kafka broker 1", "model": "Lenovo ThinkSystem SR650 V3", "rack": "MD-3F-C10-U03"}),
    "as-40226": ("M", "P", "bare", {"role": "Kafka broker 2", "model": "Lenovo ThinkSystem SR650 V3", "rack": "MD-3F-C10-U05"}),
    "as-40227": ("M", "P", "bare", {"role": "Kafka broker 3", "model": "Lenovo ThinkSystem SR650 V3", "rack": "MD-3F-C10-U07"}),
    "as-40228": ("M", "P", "bare", {"role": "IBM MQ (CLH, 카드사)", "model": "Dell PowerEdge R660", "rack": "MD-3F-C11-U14"}),
    "as-40231": ("M", "P", "bare", {"role": "정산 배치 서버", "model": "HPE ProLiant DL380 Gen10 Plus", "rack": "MD-3F-C11-U20"}),
    "as-40244": ("M", "P", "bare", {"role": "KMS (SAM 키 관리)", "model": "Dell PowerEdge R660", "rack": "MD-4F-S02-U08",
                                    "zone": "보안구역"}),
    "as-40252": ("M", "P", "bare", {"role": "역사 집계 중계", "model": "Dell PowerEdge R660", "rack": "MD-3F-C12-U16"}),
    "as-40260": ("M", "P", "bare", {"role": "로그 검색 (OpenSearch)", "model": "Dell PowerEdge R750xd", "rack": "MD-3F-C14-U02"}),
    # on-prem Kubernetes workers
    "knode-m01": ("M", "P", "k8s", {"role": "k8s worker (fare)", "cluster": "mok-fare-k8s"}),
    "knode-m02": ("M", "P", "k8s", {"role": "k8s worker (fare)", "cluster": "mok-fare-k8s"}),
    "knode-m03": ("M", "P", "k8s", {"role": "k8s worker (fare)", "cluster": "mok-fare-k8s"}),
    # VMware
    "esx-mok-07": ("M", "P", "esx", {"role": "ESXi (업무 VM)", "model": "Dell PowerEdge R750", "rack": "MD-3F-C15-U10"}),
    "esx-mok-08": ("M", "P", "esx", {"role": "ESXi (업무 VM, 백업 프록시)", "model": "Dell PowerEdge R750",
                                     "rack": "MD-3F-C15-U12"}),
    "mokvm114": ("M", "P", "vm", {"role": "원장 적재"}),
    "mokvm117": ("M", "P", "vm", {"role": "버스 실시간 수집"}),
    "mokvm121": ("M", "P", "vm", {"role": "CLH/은행 연계"}),
    "mokvm125": ("M", "P", "vm", {"role": "단말 관리, PostgreSQL"}),
    "mokvm131": ("M", "P", "vm", {"role": "블랙리스트 배포"}),
    "mokvm133": ("M", "P", "vm", {"role": "충전 API #1"}),
    "mokvm134": ("M", "P", "vm", {"role": "충전 API #2, 편의점 VAN GW"}),
    "mokvm136": ("M", "P", "vm", {"role": "은행충전/후불 연계"}),
    "mokvm138": ("M", "P", "vm", {"role": "발급/환불"}),
    "mokvm140": ("M", "P", "vm", {"role": "FDS"}),
    "mokvm142": ("M", "P", "vm", {"role": "정산 포털"}),
    "mokvm144": ("M", "P", "vm", {"role": "Control-M 서버"}),
    "mokvm150": ("M", "P", "vm", {"role": "Veeam 백업 프록시"}),
    "mokvm211": ("M", "S", "vm", {"role": "요금 스테이징"}),
    "mokvm212": ("M", "S", "vm", {"role": "앱 스테이징 (온프렘 미러)"}),
    "mokvm311": ("M", "D", "vm", {"role": "개발 공용"}),
    # DR, HQ, depots
    "as-50117": ("D", "P", "bare", {"role": "FARED standby", "model": "HPE ProLiant DL380 Gen11", "rack": "DJ-2F-B03-U18"}),
    "bonsa-cc01": ("H", "P", "bare", {"role": "상담 CRM 서버", "model": "Dell PowerEdge R650", "rack": "SE-B1-R02-U09"}),
    "bonsa-ivr01": ("H", "P", "bare", {"role": "IVR 서버", "model": "Dell PowerEdge R650", "rack": "SE-B1-R02-U11"}),
    "dpt-sp-n1": ("SP", "P", "depot", {"role": "송파 차고지 동기화 노드", "model": "Lenovo ThinkEdge SE350"}),
    "dpt-gs-n1": ("GS", "P", "depot", {"role": "강서 차고지 동기화 노드", "model": "Lenovo ThinkEdge SE350"}),
    "dpt-db-n1": ("DB", "P", "depot", {"role": "도봉 차고지 동기화 노드", "model": "Lenovo ThinkEdge SE350"}),
    # AWS EKS nodes (private DNS names)
    "ip-10-72-14-201": ("A", "P", "eks", {"role": "EKS node (durumi)", "instance_id": "i-0a3f9c21e7b44d5a1",
                                          "az": "ap-northeast-2a"}),
    "ip-10-72-15-88": ("A", "P", "eks", {"role": "EKS node (durumi, qr)", "instance_id": "i-07d1b6e2c90f3a8e4",
                                         "az": "ap-northeast-2b"}),
    "ip-10-72-16-45": ("A", "P", "eks", {"role": "EKS node (nfc)", "instance_id": "i-0c58e4a7712bd09f6",
                                         "az": "ap-northeast-2c"}),
}
GATES = {  # subway gate controllers: name: (station, station code, line, gates, vendor model)
    "gcu-222-gangnam": ("강남역", "222", "2호선", 38, "삼성SDS AFC-G7"),
    "gcu-226-sadang": ("사당역", "226", "2호선", 30, "삼성SDS AFC-G7"),
    "gcu-234-sindorim": ("신도림역", "234", "2호선", 34, "LG CNS TG-500"),
    "gcu-239-hongdae": ("홍대입구역", "239", "2호선", 32, "LG CNS TG-500"),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "hsm-luna-a": ("M", {"device": "HSM", "vendor": "Thales", "model": "Luna Network HSM 7 A790",
                         "firmware": "7.8.4", "fips": "140-2 Level 3", "partitions": 6}),
    "hsm-luna-b": ("M", {"device": "HSM", "vendor": "Thales", "model": "Luna Network HSM 7 A790",
                         "firmware": "7.8.4", "fips": "140-2 Level 3", "partitions": 6}),
    "vpnc-lte-01": ("M", {"device": "VPN concentrator", "vendor": "Juniper", "model": "SRX4600",
                          "firmware": "Junos 22.4R3", "tunnels_max": 10000,
                          "cert_cn": "vpn01.term.moapass.co.kr", "cert_expiry": "2028-11-08"}),
    "vpnc-lte-02": ("M", {"device": "VPN concentrator", "vendor": "Juniper", "model": "SRX4600",
                          "firmware": "Junos 23.4R1", "tunnels_max": 10000,
                          "cert_cn": "vpn02.term.moapass.co.kr", "cert_expiry": "2029-08-20"}),
    "fw-mok-core": ("M", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                          "firmware": "FortiOS 7.4.4"}),
    "fw-mok-ext": ("M", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5430", "firmware": "PAN-OS 11.1.3"}),
    "core-sw-mok": ("M", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9508",
                          "firmware": "NX-OS 10.3(5)"}),
    "dx-aws-mok": ("M", {"device": "Direct Connect", "vendor": "AWS / KINX", "model": "Dedicated 10Gbps",
                         "circuit": "dxcon-fgq7x2ab", "desc": "목동IDC ↔ AWS 서울리전 전용선"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("vpnc-lte-01", "fw-mok-core"),
    ("vpnc-lte-02", "fw-mok-core"),
    ("fw-mok-core", "core-sw-mok"),
    ("fw-mok-ext", "core-sw-mok"),
    ("l4-mok-ext", "fw-mok-ext"),
    ("dx-aws-mok", "core-sw-mok"),
    ("ip-10-72-14-201", "dx-aws-mok"),
    ("ip-10-72-15-88", "dx-aws-mok"),
    ("ip-10-72-16-45", "dx-aws-mok"),
]
VM_HOST = {  # VMware placement (RUNS_ON)
    "mokvm114": "esx-mok-07", "mokvm117": "esx-mok-07", "mokvm121": "esx-mok-07", "mokvm125": "esx-mok-07",
    "mokvm131": "esx-mok-08", "mokvm133": "esx-mok-08", "mokvm134": "esx-mok-07", "mokvm136": "esx-mok-07",
    "mokvm138": "esx-mok-08", "mokvm140": "esx-mok-07", "mokvm142": "esx-mok-08", "mokvm144": "esx-mok-07",
    "mokvm150": "esx-mok-08", "mokvm211": "esx-mok-07", "mokvm212": "esx-mok-07", "mokvm311": "esx-mok-07",
}
# fmt: on
STATUS = {"gcu-239-hongdae": "maintenance", "hwanseung-engine-stg": "maintenance", "clh_if_legacy": "retired"}
NET_PREFIX = {
    "M": "10.20",
    "D": "10.30",
    "H": "10.10",
    "SP": "10.81",
    "GS": "10.82",
    "DB": "10.83",
    "A": "10.72",
}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "T1",
        "kind": "cache_fork_stall",
        "root": "redis-trip",
        "description": "in Monday's morning rush redis-trip stalls on every RDB fork (transparent huge pages came"
        " back with Sunday night's OS patch) under the rush-hour writes: hwanseung-engine (6.2.0 deployed at 05:10,"
        " loudest) times out on trip state and falls back to no transfer discount, fare-ledger lags and the"
        " durumi app's trip history fails, until THP is disabled and RDB moved to the replica",
        "start": kst(23, 7, 35),
        "end": kst(23, 8, 30),
        "affected": ["redis-trip", "hwanseung-engine", "fare-ledger", "durumi-api"],
    },
    {
        "id": "T2",
        "kind": "mq_xmitq_full",
        "root": "mq-clh",
        "description": "in the small hours of Tuesday mq-clh's transmission queue to the clearing house fills"
        " (the CLH channel stays in RETRYING after the clearing house changed its TLS certificate) and puts fail"
        " with 2053: clh-gw (loudest) cannot send settlement files, bank-settle-if fails, the nightly settlement"
        " jeongsan_daily (parameters changed on Monday) abends, until the channel's certificate label is fixed",
        "start": kst(24, 1, 20),
        "end": kst(24, 2, 15),
        "affected": ["mq-clh", "clh-gw", "bank-settle-if", "jeongsan_daily"],
    },
    {
        "id": "T3",
        "kind": "broker_host_io_stall",
        "root": "as-40226",
        "description": "in Thursday's evening rush the RAID controller of Kafka broker host as-40226 starts a"
        " battery learn cycle and drops to write-through; its I/O stalls, kfk-tap's ISR shrinks and produce"
        " latency soars: kkachi-collect (3.4.1 deployed at 17:40, loudest) times out collecting taps, fds-engine"
        " lags, until the broker is taken out of leadership",
        "start": kst(26, 18, 5),
        "end": kst(26, 19, 0),
        "affected": ["as-40226", "kfk-tap", "kkachi-collect", "fds-engine"],
    },
    {
        "id": "T4",
        "kind": "hypervisor_datastore_contention",
        "root": "esx-mok-08",
        "description": "on Saturday afternoon ESXi esx-mok-08's datastore saturates while the backup proxy VM"
        " mokvm150 consolidates snapshots (a noisy neighbour): mokvm133 stalls on I/O and CPU ready, chungjeon-api"
        " slows, the convenience-store gateway cvs-topup-gw (2.8.0 deployed at 13:50, loudest) and the app's"
        " nfc-charge fail top-ups, until the consolidation is paused and mokvm133 moved",
        "start": kst(28, 14, 10),
        "end": kst(28, 15, 5),
        "affected": ["esx-mok-08", "mokvm133", "chungjeon-api", "cvs-topup-gw", "nfc-charge"],
    },
    {
        "id": "T5",
        "kind": "db_temp_tablespace_full",
        "root": "carddb-tbr",
        "description": "in the small hours of Sunday the weekly full blacklist extract exhausts carddb-tbr's"
        " TEMP tablespace (a sort spill after the card table grew): blist-dist (5.1.0 deployed Saturday 22:00,"
        " loudest) fails to build the list, bl_push_daemon pushes nothing and the 강서 depot sync"
        " chagoji-gangseo fails, until TEMP is extended and the extract rerun",
        "start": kst(29, 2, 40),
        "end": kst(29, 3, 35),
        "affected": ["carddb-tbr", "blist-dist", "bl_push_daemon", "chagoji-gangseo"],
    },
    {
        "id": "T6",
        "kind": "vpn_crypto_saturation",
        "root": "vpnc-lte-02",
        "description": "in Monday's morning rush the LTE VPN concentrator vpnc-lte-02 (Junos upgraded on Sunday"
        " night) saturates its crypto engine on IKE rekeys and the buses' tunnels flap: bus-rt-collect (loudest)"
        " loses real-time taps, term-mgmt (1.9.3 deployed at 06:40) cannot reach terminals, term-dash goes"
        " stale, until half the tunnels are moved to vpnc-lte-01",
        "start": kst(30, 7, 20),
        "end": kst(30, 8, 15),
        "affected": ["vpnc-lte-02", "bus-rt-collect", "term-mgmt", "term-dash"],
    },
    {
        "id": "T7",
        "kind": "kms_session_exhaustion",
        "root": "sam-keymgr",
        "description": "on Wednesday morning, after the monthly key-version rollover (K10 → K11) at 00:00,"
        " sam-keymgr's key cache keeps missing and every MAC check and top-up authorisation goes to the HSMs; in"
        " the rush its HSM session pool (64) is exhausted: kkachi-collect fails MAC checks, chungjeon-api (4.6.0"
        " deployed at 05:20, loudest) fails top-ups and cvs-topup-gw follows (ongoing)",
        "start": kst(32, 7, 5),
        "end": None,
        "affected": ["sam-keymgr", "kkachi-collect", "chungjeon-api", "cvs-topup-gw"],
    },
]
T1, T2, T3, T4, T5, T6, T7 = INCIDENTS
MONTH_END = (kst(32, 0, 30), kst(32, 6, 40))  # mse_settle, overrunning


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for vm, esx in VM_HOST.items():
        rels.append((vm, esx, "RUNS_ON"))
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for g in GATES:
        rels.append((g, "subway-relay", "CONNECTS_TO"))
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
            "ip": f"{NET_PREFIX[site]}.{({'P': 11, 'S': 31, 'D': 51}[env]) + i // 9}.{21 + (i * 29) % 200}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 8.10"]),
                      "vcpu": rng.choice([4, 8, 16]), "mem_gb": rng.choice([16, 32, 64]),
                      "vcenter": "vc-mok01 / cluster MOK-BIZ"}  # fmt: skip
        elif kind == "k8s":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 32, "mem_gb": 256, "k8s_version": "1.29.6",
                      "runtime": "containerd 1.7"}  # fmt: skip
        elif kind == "esx":
            attrs |= {"os": "VMware ESXi 8.0 U2", "cores": 64, "mem_gb": 1024,
                      "serial": f"{rng.choice(['CN7', 'JPX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "eks":
            attrs |= {"os": "Amazon Linux 2023", "instance_type": rng.choice(["m7g.2xlarge", "c7g.2xlarge"]),
                      "nodegroup": "ng-durumi-prod-a"}  # fmt: skip
            owner = CLOUD
        elif kind == "depot":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 8, "mem_gb": 32, "wifi_ap": rng.randint(8, 16)}
            owner = TERM
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 512, 768]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("as-40211", "as-40212", "as-40215", "as-40216", "as-50117"):
                owner = DBA
            if h == "as-40244":
                owner = KEYSEC
            if h.startswith("bonsa-"):
                owner = CC
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (g, (station, code, line, gates, model)) in enumerate(GATES.items()):
        attrs = {"ip": f"10.90.{code[0]}{code[1:]}.{11 + j}", "station": station, "station_code": code, "line": line,
                 "gates": gates, "model": model, "firmware": "G7-2.14" if "G7" in model else "TG-5.3.1"}  # fmt: skip
        cis.append(ci_record(g, "host", "prod", TERM, station, attrs, STATUS.get(g, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        owner = KEYSEC if n.startswith("hsm") else NET
        cis.append(ci_record(n, "host", "prod", owner, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _ridership(ts: datetime) -> float:
    """Taps on buses and gates: no service 01–05, the weekday rushes (peaks 07:55 and 18:25), flat weekends."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if 1 <= h < 5:
        return 0.04 + 0.04 * _bump(h, 4.8, 0.3)
    if wd == 5:
        v = 0.22 + 0.3 * _bump(h, 14.5, 3.0)
    elif wd == 6:
        v = 0.18 + 0.24 * _bump(h, 15.0, 3.0)
    else:
        v = 0.26 + 0.66 * _bump(h, 7.9, 0.7) + 0.52 * _bump(h, 18.4, 0.8) + 0.08 * _bump(h, 13, 2)
    if h >= 23 or h < 1:
        v *= 0.6
    return max(0.04, min(1.0, v))


def _topup(ts: datetime) -> float:
    """Top-ups come a little before the taps (people top up on their way) and a little later in the evening."""
    return max(0.05, min(1.0, 0.12 + 0.8 * _ridership(ts + timedelta(minutes=20))))


def _app(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.1 + 0.75 * _ridership(ts) + 0.12 * _bump(seoul_hour(ts), 22, 1.5)))


def _office(ts: datetime) -> float:
    """HQ, the call centre, the operators' portal: office hours on weekdays, Saturday morning for the centre."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd == 6:
        return 0.08
    if wd == 5:
        return 0.08 + (0.3 if 9 <= h < 13 else 0)
    return 0.08 + 0.62 * (1 if 9 <= h < 18 else 0) * (0.75 if 12 <= h < 13 else 1) + 0.15 * _bump(h, 9.5, 0.8)


def _settle(ts: datetime) -> float:
    """The nightly settlement 01:00–04:00, the month-end close from 00:30 on the 1st."""
    h = seoul_hour(ts)
    if MONTH_END[0] <= ts < MONTH_END[1]:
        return 1.0
    return 0.85 if 1 <= h < 4 else 0.12 + 0.25 * _office(ts)


def _steady(ts: datetime) -> float:
    return 0.5


TAP_SIDE = {
    "kkachi-collect", "hwanseung-engine", "fare-ledger", "bus-rt-collect", "subway-relay", "kfk-tap", "redis-trip",
    "fds-engine", "sam-keymgr", "l4-mok-term", "knode-m01", "knode-m02", "knode-m03", "as-40221", "as-40225",
    "as-40226", "as-40227", "as-40244", "as-40252", "mokvm114", "mokvm117", "mokvm140", "vpnc-lte-01",
    "vpnc-lte-02", "fw-mok-core", "core-sw-mok", "hsm-luna-a", "hsm-luna-b", "redis-blist", "term-mgmt",
    "mokvm125", "pg-term", "term-dash", *GATES,
}  # fmt: skip
TOPUP_SIDE = {"chungjeon-api", "cvs-topup-gw", "bank-topup-if", "hubul-link", "redis-chg", "mq-cardco",
              "carddb-tbr", "as-40215", "as-40222", "mokvm133", "mokvm134", "mokvm136", "l4-mok-ext",
              "fw-mok-ext", "esx-mok-07", "esx-mok-08"}  # fmt: skip
APP_SIDE = {"durumi-api", "qr-pass", "nfc-charge", "pg-durumi", "redis-app", "alb-durumi-prod", "ip-10-72-14-201",
            "ip-10-72-15-88", "ip-10-72-16-45", "dx-aws-mok"}  # fmt: skip
OFFICE = {"cc-crm", "cc-ivr", "bonsa-cc01", "bonsa-ivr01", "settle-portal", "mokvm142", "balgeup-svc",
          "refund-svc", "mokvm138", "logsearch", "as-40260", "ctm-sched", "mokvm144"}  # fmt: skip
SETTLE = {"jeongsan_daily", "mse_settle", "clh-gw", "bank-settle-if", "mq-clh", "settledb-tbr", "as-40216",
          "as-40228", "as-40231", "mokvm121", "nas-mok-settle", "faredb-ora-dr", "as-50117", "san-dj-vsp",
          "mokvm131", "blist-dist", "bl_push_daemon"}  # fmt: skip
DEPOT = {"chagoji-songpa", "chagoji-gangseo", "chagoji-dobong", "dpt-sp-n1", "dpt-gs-n1", "dpt-db-n1"}


def _depot(ts: datetime) -> float:
    """Bus garages: buses come in after the last run (00:30–02:00) and upload, the blacklist lands at 02:00."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.15 + 0.7 * _bump(h, 1.2, 0.6) + 0.3 * _bump(h, 2.5, 0.5)))


def _db(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.55 * _ridership(ts) + 0.45 * _settle(ts)))


def _load(name: str):
    if name in ("faredb-ora", "as-40211", "as-40212", "san-mok-vsp"):
        return _db
    for group, shape in (
        (TAP_SIDE, _ridership),
        (TOPUP_SIDE, _topup),
        (APP_SIDE, _app),
        (OFFICE, _office),
        (SETTLE, _settle),
        (DEPOT, _depot),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "T1": {0: (14.0, 3.0), 1: (5.0, 12.0), 2: (2.2, 6.0)},
    "T2": {0: (6.0, 11.0), 1: (4.0, 14.0), 2: (2.5, 9.0)},
    "T3": {1: (9.0, 6.0), 2: (3.5, 11.0)},
    "T4": {2: (3.0, 9.0), 3: (2.0, 8.0)},
    "T5": {0: (8.0, 7.0), 1: (4.0, 15.0), 2: (2.0, 10.0)},
    "T6": {1: (3.5, 14.0), 2: (1.8, 6.0)},
    "T7": {0: (9.0, 8.0), 1: (3.0, 11.0), 2: (2.0, 7.0)},
}
EFFECT_OVERRIDE = {
    ("T1", "hwanseung-engine"): (6.0, 27.0),
    ("T2", "clh-gw"): (4.5, 36.0),
    ("T3", "kkachi-collect"): (4.0, 24.0),
    ("T4", "cvs-topup-gw"): (3.2, 29.0),
    ("T5", "blist-dist"): (4.5, 38.0),
    ("T6", "bus-rt-collect"): (3.0, 33.0),
    ("T7", "chungjeon-api"): (3.4, 26.0),
    ("T7", "kkachi-collect"): (2.2, 12.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.45, 0.05), requests=(0.08, 1.0))

DISK_WATCHED = {
    "as-40211", "as-40212", "as-40215", "as-40216", "as-40221", "as-40222", "as-40225", "as-40226", "as-40227",
    "as-40228", "as-40231", "as-40244", "as-40252", "as-40260", "as-50117", "mokvm125", "mokvm150", "dpt-sp-n1",
    "dpt-gs-n1", "dpt-db-n1", "bonsa-cc01", "esx-mok-07", "esx-mok-08",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
GATE_NAMES = set(GATES)
VPN_UPGRADE = kst(29, 23, 30)  # vpnc-lte-02 Junos upgrade


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(36, 62), rng.uniform(22, 55)
    growth = rng.uniform(0, 0.08)
    if name == "as-40260":  # OpenSearch indices creep up
        disk0, growth = 62.0, 1.5
    if name == "as-40231":  # settlement batch server: files land nightly, housekeeping keeps it flat
        disk0, growth = 58.0, 0.0
    if name in GATE_NAMES:
        cpu0, mem0 = rng.uniform(14, 24), rng.uniform(28, 40)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "as-40226":  # write-through, I/O wait
            cpu += (93.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, T3["start"], T3["end"], rise=5, fall=10)
        if name == "esx-mok-08":  # snapshot consolidation of the backup proxy
            cpu += (95.5 + rng.gauss(0, 0.8) - cpu) * ramp(ts, T4["start"] - timedelta(minutes=10), T4["end"],
                                                           rise=10, fall=10)  # fmt: skip
        if name == "mokvm150":  # the noisy neighbour itself: busy nightly and on Saturday afternoon
            h = seoul_hour(ts)
            cpu += 35 if 22 <= h < 23.5 else 0
            cpu += 50 * ramp(ts, T4["start"] - timedelta(minutes=15), T4["end"], rise=5, fall=10)
        if name == "mokvm133":  # CPU ready and I/O wait
            cpu += (91.0 + rng.gauss(0, 1.2) - cpu) * ramp(ts, T4["start"] + timedelta(minutes=5), T4["end"],
                                                           rise=5, fall=10)  # fmt: skip
        if name == "as-40221":  # the fork of redis-trip
            cpu += 38 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)
            mem += 14 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)
        if name == "as-40244":  # the KMS waiting on the HSMs
            cpu += 30 * ramp(ts, T7["start"], T7["end"], rise=10)
        if name in ("as-40211", "as-40212") and MONTH_END[0] <= ts < MONTH_END[1] + timedelta(minutes=20):
            cpu += 22
        if name == "as-40215":  # TEMP spill of the blacklist extract
            cpu += 30 * ramp(ts, T5["start"], T5["end"], rise=5, fall=10)
        if name == "gcu-239-hongdae":  # gates replaced, controller idle
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"dx-aws-mok": 2.4, "vpnc-lte-01": 38.0, "vpnc-lte-02": 37.0, "hsm-luna-a": 4.5,
            "hsm-luna-b": 4.6}.get(name, rng.uniform(0.2, 0.8))  # fmt: skip
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.7 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.03, 0.01))
        if name == "vpnc-lte-02":
            cpu += 6 * (ts >= VPN_UPGRADE)  # the new Junos costs more per rekey
            r = ramp(ts, T6["start"], T6["end"], rise=5, fall=10)
            cpu += (97.5 + rng.gauss(0, 0.5) - cpu) * r
            rtt *= 1 + 6.0 * r
            loss += 9.0 * r * (1 + rng.gauss(0, 0.08))
        if name in ("hsm-luna-a", "hsm-luna-b"):  # more sessions, still within capacity
            r = ramp(ts, T7["start"], T7["end"], rise=10)
            cpu += 32 * r
            rtt *= 1 + 0.8 * r
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"san-mok-vsp": (66, 67), "nas-mok-settle": (71, 72), "dd-mok-bak": (61, 63)}.get(name, (38, 52))
    per_day = 0.15 if name == "nas-mok-settle" else 0.06
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name.startswith("san") else rng.uniform(1.4, 3.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-mok-bak" and 22 <= seoul_hour(ts) < 23.5:  # the nightly VM backups
            lat *= 1.9
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "kkachi-collect": 24.0, "hwanseung-engine": 18.0, "fare-ledger": 95.0, "bus-rt-collect": 140.0,
    "subway-relay": 32.0, "chagoji-songpa": 210.0, "chagoji-gangseo": 230.0, "chagoji-dobong": 220.0,
    "jeongsan_daily": 610.0, "mse_settle": 720.0, "clh-gw": 260.0, "bank-settle-if": 310.0, "settle-portal": 420.0,
    "fds-engine": 45.0, "blist-dist": 180.0, "bl_push_daemon": 350.0, "term-mgmt": 160.0, "term-dash": 480.0,
    "chungjeon-api": 85.0, "cvs-topup-gw": 120.0, "bank-topup-if": 240.0, "hubul-link": 190.0,
    "balgeup-svc": 330.0, "refund-svc": 290.0, "sam-keymgr": 6.5, "durumi-api": 150.0, "qr-pass": 28.0,
    "nfc-charge": 210.0, "cc-crm": 380.0, "cc-ivr": 95.0, "logsearch": 110.0, "ctm-sched": 140.0,
    "vbr-proxy": 260.0,
    "faredb-ora": 3.8, "faredb-ora-dr": 2.1, "carddb-tbr": 2.9, "settledb-tbr": 4.4, "pg-term": 2.6,
    "pg-durumi": 1.8, "redis-trip": 0.35, "redis-blist": 0.3, "redis-chg": 0.45, "redis-app": 0.6,
    "kfk-tap": 4.2, "mq-clh": 5.5, "mq-cardco": 6.1,
    "l4-mok-term": 0.8, "l4-mok-ext": 1.2, "alb-durumi-prod": 2.6,
}  # fmt: skip
REQUEST_RATE = {
    "kkachi-collect": 2600.0, "hwanseung-engine": 2450.0, "fare-ledger": 2300.0, "bus-rt-collect": 1150.0,
    "subway-relay": 1350.0, "chagoji-songpa": 140.0, "chagoji-gangseo": 180.0, "chagoji-dobong": 110.0,
    "jeongsan_daily": 40.0, "clh-gw": 55.0, "bank-settle-if": 22.0, "settle-portal": 14.0, "fds-engine": 2550.0,
    "blist-dist": 420.0, "bl_push_daemon": 60.0, "term-mgmt": 260.0, "chungjeon-api": 910.0,
    "cvs-topup-gw": 540.0, "bank-topup-if": 120.0, "hubul-link": 380.0, "balgeup-svc": 12.0, "refund-svc": 9.0,
    "sam-keymgr": 3600.0, "durumi-api": 1750.0, "qr-pass": 420.0, "nfc-charge": 160.0, "cc-crm": 48.0,
    "cc-ivr": 36.0, "faredb-ora": 16500.0, "carddb-tbr": 7400.0, "settledb-tbr": 2100.0, "pg-durumi": 5200.0,
    "redis-trip": 26000.0, "redis-blist": 9800.0, "redis-chg": 4100.0, "redis-app": 11800.0, "kfk-tap": 7800.0,
    "mq-clh": 260.0, "mq-cardco": 410.0, "l4-mok-term": 4200.0, "l4-mok-ext": 1650.0, "alb-durumi-prod": 2350.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and databases with a memory gauge: (level, swing with load)
    "redis-trip": (58.0, 14.0), "redis-blist": (63.0, 2.0), "redis-chg": (41.0, 8.0), "redis-app": (47.0, 10.0),
    "kfk-tap": (52.0, 9.0), "mq-clh": (33.0, 6.0), "mq-cardco": (36.0, 5.0), "faredb-ora": (71.0, 4.0),
    "carddb-tbr": (66.0, 5.0),
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
            if inc is T2 and name == "jeongsan_daily":
                req *= 1 - 0.75 * r
            if inc is T5 and name in ("blist-dist", "bl_push_daemon"):
                req *= 1 - 0.7 * r
            if inc is T6 and name == "bus-rt-collect":
                req *= 1 - 0.5 * r  # buses drop off
            if inc is T7 and name == "sam-keymgr":
                req *= 1 + 0.3 * r  # client retries
        if name == "jeongsan_daily" and not 1 <= seoul_hour(ts) < 4:
            req *= 0.1
        if name == "bl_push_daemon" and not 1.5 <= seoul_hour(ts) < 3:
            req *= 0.05
        if name == "mse_settle" and MONTH_END[0] <= ts < MONTH_END[1]:
            rt *= 1.15
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-trip":
                mem += 11 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)  # copy-on-write
            if name == "mq-clh":
                mem += (93.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, T2["start"], T2["end"], rise=10, fall=15)
            if name == "kfk-tap":
                mem += 18 * ramp(ts, T3["start"], T3["end"], rise=5, fall=10)
            if name == "faredb-ora" and MONTH_END[0] <= ts < MONTH_END[1]:
                mem += 8
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "faredb-ora":  # the database's own CPU (average of the RAC)
            cpu = 20 + 42 * d + rng.gauss(0, 1.2)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly settlement, the blacklist push, the VM backups and the VPN certificate warning."""
    rows = []
    for d in range(22, 33):
        if d != 24:
            rows.append(
                (d, 1, 0, "jeongsan_daily", "info", "batch_job", "일일 정산 배치 시작 (JOB_STL_DAILY)")
            )
            rows.append((d, 3, 40, "jeongsan_daily", "info", "batch_job", "일일 정산 배치 완료"))
        if d != 29:
            rows.append((d, 1, 30, "bl_push_daemon", "info", "batch_job", "블랙리스트 야간 푸시 시작"))
            rows.append((d, 2, 50, "bl_push_daemon", "info", "batch_job", "블랙리스트 야간 푸시 완료"))
        rows.append((d, 22, 0, "vbr-proxy", "info", "backup", "VM 증분 백업 시작 (dd-mok-bak)"))
        left = (datetime(2028, 11, 8) - (datetime(2028, 10, 1) + timedelta(days=d - 1))).days
        rows.append(
            (d, 9, 0, "vpnc-lte-01", "warning", "cert_expiry",
             f"IKE certificate vpn01.term.moapass.co.kr expires in {left} days (2028-11-08), renewal pending")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (day of October (32 = Nov 1), hh, mm, ci, severity, type, message)
    (22, 11, 0, "hwanseung-engine-stg", "info", "maintenance", "2029 요금 개편 검증 환경 점검 (스테이징 중지)"),
    (23, 5, 10, "hwanseung-engine", "info", "deployment", "hwanseung-engine 6.2.0 배포 (심야 할증 환승 규칙)"),
    (22, 23, 40, "as-40221", "info", "config_change", "OS 패치 (RHEL 8.10 kernel), THP 설정 초기화"),
    (23, 18, 0, "jeongsan_daily", "info", "config_change", "정산 배치 파라미터 변경 (병렬도 8 → 12)"),
    (23, 9, 40, "as-40260", "warning", "threshold_breach", "disk_usage above 65% on /data/opensearch"),
    (24, 10, 30, "kkachi-collect-stg", "info", "deployment", "kkachi-collect-stg 3.5.0-rc1 배포"),
    (25, 14, 0, "gcu-239-hongdae", "info", "maintenance", "홍대입구역 게이트 교체 공사 (제어기 점검 모드)"),
    (26, 9, 30, "as-40260", "warning", "threshold_breach", "disk_usage above 70% on /data/opensearch"),
    (26, 17, 40, "kkachi-collect", "info", "deployment", "kkachi-collect 3.4.1 배포 (MAC 검증 로그 보강 핫픽스)"),
    (27, 11, 0, "durumi-api-stg", "info", "deployment", "durumi-api-stg 7.4.0-beta1 배포"),
    (28, 13, 50, "cvs-topup-gw", "info", "deployment", "cvs-topup-gw 2.8.0 배포 (VAN 전문 필드 추가)"),
    (28, 22, 0, "blist-dist", "info", "deployment", "blist-dist 5.1.0 배포 (블랙리스트 압축 포맷 v3)"),
    (29, 9, 50, "as-40260", "warning", "threshold_breach", "disk_usage above 75% on /data/opensearch"),
    (29, 23, 30, "vpnc-lte-02", "info", "maintenance", "Junos 22.4R3 → 23.4R1 업그레이드 (vpnc-lte-02)"),
    (30, 6, 40, "term-mgmt", "info", "deployment", "term-mgmt 1.9.3 배포 (모뎀 상태 수집 주기 5분 → 1분)"),
    (31, 16, 0, "chungjeon-api-dev", "info", "deployment", "chungjeon-api-dev 4.7.0-SNAPSHOT 배포"),
    (32, 0, 0, "sam-keymgr", "info", "config_change", "월간 키 버전 교체 K10 → K11 (카드/SAM 키)"),
    (32, 0, 30, "mse_settle", "info", "batch_job", "10월 월말 정산 마감 배치 시작 (JOB_STL_MONTH)"),
    (32, 4, 30, "mse_settle", "warning", "batch_job", "월말 정산 마감 지연 (목표 04:30 초과, 처리 87%)"),
    (32, 6, 40, "mse_settle", "info", "batch_job", "10월 월말 정산 마감 완료 (지연)"),
    (32, 5, 20, "chungjeon-api", "info", "deployment", "chungjeon-api 4.6.0 배포 (충전 한도 정책 2028-11)"),
    # T1 (Monday morning rush)
    (23, 7, 36, "redis-trip", "warning", "latency", "latest_fork_usec 2.9s, slowlog: BGSAVE fork"),
    (23, 7, 39, "redis-trip", "critical", "latency", "command latency 180 ms p99 (fork stalls, THP enabled)"),
    (23, 7, 42, "hwanseung-engine", "critical", "error", "트립 상태 조회 타임아웃, 환승 미적용 처리 27%"),
    (23, 7, 50, "fare-ledger", "major", "error", "원장 적재 지연 (환승 결과 대기)"),
    (23, 7, 53, "durumi-api", "warning", "error", "이용내역 조회 실패 증가"),
    (23, 8, 20, "redis-trip", "info", "config_change", "THP never 설정, RDB 스냅샷 replica로 이전"),
    (23, 8, 40, "hwanseung-engine", "info", "recovery", "환승 계산 정상, 미적용 건 재계산 예약"),
    # T2 (Tuesday small hours)
    (24, 1, 0, "jeongsan_daily", "info", "batch_job", "일일 정산 배치 시작 (JOB_STL_DAILY)"),
    (24, 1, 18, "mq-clh", "warning", "queue_depth", "SYSTEM.CLH.XMITQ depth 41,200 / 50,000, channel CLH.TO.MOAPASS RETRYING"),
    (24, 1, 24, "mq-clh", "critical", "queue_depth", "MQRC_Q_FULL (2053) on SYSTEM.CLH.XMITQ"),
    (24, 1, 26, "clh-gw", "critical", "error", "정산 파일 송신 실패 (MQPUT 2053)"),
    (24, 1, 29, "bank-settle-if", "major", "error", "은행 정산 이체 전문 송신 실패"),
    (24, 1, 36, "jeongsan_daily", "critical", "batch_job", "JOB_STL_DAILY step 19 (정산소 송신) ABEND"),
    (24, 2, 5, "mq-clh", "info", "config_change", "채널 CLH.TO.MOAPASS SSLCERTL 갱신 후 재시작"),
    (24, 2, 30, "jeongsan_daily", "info", "batch_job", "JOB_STL_DAILY 재실행 (step 19부터)"),
    (24, 4, 10, "jeongsan_daily", "info", "batch_job", "일일 정산 배치 완료 (지연)"),
    # T3 (Thursday evening rush)
    (26, 18, 4, "as-40226", "warning", "hardware", "RAID controller battery learn cycle started, cache write-through"),
    (26, 18, 8, "as-40226", "critical", "disk", "I/O await 420 ms on /data/kafka (sdb)"),
    (26, 18, 11, "kfk-tap", "critical", "replication", "UnderReplicatedPartitions 214, ISR shrink on broker 2"),
    (26, 18, 16, "kkachi-collect", "critical", "error", "거래 수집 produce timeout, 단말 재전송 폭증 24%"),
    (26, 18, 19, "fds-engine", "major", "error", "consumer lag 1.8M, 탐지 지연"),
    (26, 18, 50, "kfk-tap", "info", "config_change", "broker 2 preferred leader 제외, 리더 재선출"),
    (26, 19, 10, "kkachi-collect", "info", "recovery", "수집 정상, 재전송분 처리 완료"),
    # T4 (Saturday afternoon)
    (28, 14, 0, "vbr-proxy", "info", "backup", "스냅샷 통합 (consolidation) 시작: 38개 VM"),
    (28, 14, 9, "esx-mok-08", "warning", "performance", "datastore DS-MOK-08 latency 95 ms, CPU ready 18%"),
    (28, 14, 14, "esx-mok-08", "critical", "performance", "datastore DS-MOK-08 latency 240 ms"),
    (28, 14, 18, "mokvm133", "major", "performance", "I/O wait 61%, CPU ready 22%"),
    (28, 14, 22, "chungjeon-api", "major", "error", "충전 응답 지연 (mokvm133 인스턴스)"),
    (28, 14, 26, "cvs-topup-gw", "critical", "error", "편의점 충전 승인 실패 29% (VAN 타임아웃)"),
    (28, 14, 30, "nfc-charge", "major", "error", "앱 NFC 충전 실패 증가"),
    (28, 14, 55, "vbr-proxy", "info", "config_change", "스냅샷 통합 일시 중지, mokvm133 esx-mok-07로 vMotion"),
    (28, 15, 15, "cvs-topup-gw", "info", "recovery", "편의점 충전 정상"),
    # T5 (Sunday small hours)
    (29, 2, 30, "blist-dist", "info", "batch_job", "주간 블랙리스트 전체 재생성 시작"),
    (29, 2, 41, "carddb-tbr", "critical", "tablespace", "TBR-7030: TEMP tablespace full (64 GB)"),
    (29, 2, 45, "blist-dist", "critical", "error", "블랙리스트 추출 실패 (TBR-7030), 배포 중단"),
    (29, 2, 52, "bl_push_daemon", "major", "batch_job", "푸시 대상 파일 없음, 야간 푸시 실패"),
    (29, 2, 55, "chagoji-gangseo", "major", "error", "차고지 블랙리스트 적재 실패"),
    (29, 3, 25, "carddb-tbr", "info", "config_change", "TEMP tablespace 64 GB → 128 GB 확장"),
    (29, 3, 45, "blist-dist", "info", "recovery", "블랙리스트 재생성 완료, 재배포"),
    # T6 (Monday morning rush)
    (30, 7, 21, "vpnc-lte-02", "warning", "cpu", "SPU crypto utilisation 96%"),
    (30, 7, 24, "vpnc-lte-02", "critical", "vpn", "IKE SA rekey failures 3,120/min, IPsec tunnels flapping"),
    (30, 7, 27, "bus-rt-collect", "critical", "error", "버스 실시간 거래 수신 누락 33%, 단말 오프라인 전환"),
    (30, 7, 30, "term-mgmt", "major", "error", "단말 상태 수집 타임아웃"),
    (30, 7, 38, "term-dash", "warning", "error", "단말 대시보드 갱신 지연"),
    (30, 8, 5, "vpnc-lte-02", "info", "config_change", "터널 50%를 vpnc-lte-01로 이전, IKE lifetime 조정"),
    (30, 8, 25, "bus-rt-collect", "info", "recovery", "실시간 수집 정상"),
    # T7 (Wednesday morning rush, ongoing)
    (32, 7, 4, "sam-keymgr", "warning", "performance", "key cache hit ratio 3% (K11), HSM sessions 61/64"),
    (32, 7, 8, "sam-keymgr", "critical", "error", "HSM session pool exhausted (64/64), CKR_SESSION_COUNT"),
    (32, 7, 12, "chungjeon-api", "critical", "error", "충전 승인 실패 26% (KMS timeout)"),
    (32, 7, 14, "kkachi-collect", "major", "error", "MAC 검증 실패/지연 증가, 거래 보류 큐 적재"),
    (32, 7, 22, "cvs-topup-gw", "major", "error", "편의점 충전 승인 실패 증가"),
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
    generate(NAME, "transit-card", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
