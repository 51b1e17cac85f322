"""Generate the expressway toll estate (tests/fixtures/expressway-toll/, interchange format) and its faults file.

A Korean expressway corporation's toll IT (새길고속도로공사, SGX): the lane transaction collector `sunap-col` (수납)
that gathers every lane's transactions from the toll plazas (영업소) and forwards them to the central clearing
`jeongsan-hub` (정산) with its 01:30 settlement batch `jeongsan_night_bat` and the 04:00 card-issuer settlement
file `card_settle_snd` on Tibero `tbr-jsn`; the toll collection Oracle RAC `ora-tcs` (TCS), the Hi-pass card
validity/blacklist service `hp-auth` on Redis `rds-hipass`, the fare master `tollmaster`, OBU registration
`obu-reg`, the card/prepaid issuer link `hpc-issuer-if` over the ESB `esb-core` and IBM MQ `mq-issuer`; plate
recognition `anpr-core` (GPU hosts) writing plate images to the PowerScale `nas-anpr-img`, vehicle-class
determination `chajong-cls` (차종), manual plate review `plate-review`; unpaid tolls: notices `mina-notice` (미납)
with the 22:00 batch `misu_goji_bat` on Oracle `ora-mina` and the public payment portal `bill-pay`; traffic
information (교통정보) in the AWS Seoul region: `tis-core` on RDS `db-tis-prod-a1` and ElastiCache
`tis-cache-0001-001`, the open API `gyotong-api`; on-prem the VMS signboard controller `vms-ctl`, CCTV streaming
`cctv-relay` and VDS detectors `vds-collect`; four toll plazas whose plaza servers (`tg112-lcs` …) run the plaza
TCS (`tg112-tcs`) and the Hi-pass RSU/antenna gateway (`tg112-rsugw`) with their lane controllers (`tg112-ln01`);
Kafka `kfk-toll` carries the lane transactions. Sites: 김천IDC (central), 대전DR센터, the regional headquarters
수도권본부 and 충청본부 (plazas), and AWS 서울리전; environments prod, stg, dev; owners are teams with Korean and
English names.

Naming (unlike the earlier estates): romanised Korean work names (`sunap-col`, `jeongsan-hub`, `chajong-cls`,
`mina-notice`, `gyotong-api`), legacy snake_case batches (`jeongsan_night_bat`, `misu_goji_bat`,
`card_settle_snd`, `tms_legacy_rcv`), toll-gate plaza codes (`tg112-tcs`, `tg407-rsugw`, lane controllers
`tg131-ln02`), VMs by asset tag (`sgx-a20411`), bare metal by IDC floor/rack/unit (`k1b03-11` = 김천 1F, rack
B03, U11), DR hosts by hall and rack (`dr-h07-04`) and cloud-generated ids (`i-0a93d5c1e7f24b018`,
`db-tis-prod-a1`, `tis-cache-0001-001`).

Seven injected incidents (times KST; now = Monday 2027-09-20 08:25, the first morning rush after Chuseok; the
window is the 10 days before; Chuseok holidays Tue 14 – Thu 16 with tolls exempt (명절 통행료 면제), 귀성 traffic
Mon 13 evening and Tue 14 morning, 귀경 traffic Thu 16 afternoon to Sun 19; weekday commute peaks 07–09 and
18–20; the settlement batch 01:30–03:30 nightly, unpaid notices at 22:00, card settlement files at 04:00):
  T1 Sat 11 14:20–15:15  a drive failure starts a FlexProtect rebuild on nas-anpr-img at the weekend peak and
                         plate-image writes stall: anpr-core (loudest, 6.2.0 deployed at 13:55), chajong-cls,
                         plate-review
  T2 Mon 13 17:40–18:35  (명절 전날 귀성 rush) kfk-toll's partitions fall under-replicated under double the lane
                         volume (broker 2's disk throughput) and produce latency soars: sunap-col (loudest,
                         deployed at 17:10), tis-core, tg112-tcs, gyotong-api
  T3 Wed 15 02:00–02:55  (Chuseok night) tbr-jsn runs out of UNDO during the holiday exemption recalculation:
                         jeongsan_night_bat (loudest, deployed Tuesday 18:00), jeongsan-hub, sunap-col
  T4 Thu 16 15:30–16:25  (귀경 afternoon) an anti-wraparound autovacuum on db-tis-prod-a1 at the peak turns the
                         ETA queries to seq scans, CPU 100 %: tis-core (loudest, deployed at 15:05), gyotong-api,
                         vms-ctl
  T5 Sat 18 10:10–11:05  (weekend 귀경) rds-hipass forks for an AOF rewrite of its 40 GB card list at the peak
                         and stalls: hp-auth (loudest, deployed Friday 19:00), tg112-rsugw, tg131-rsugw,
                         tg407-rsugw
  T6 Sun 19 21:10–22:05  (Sunday night) the ESB host k1c04-21's RAID controller drops to write-through after a
                         failed battery learn cycle, I/O wait pins the CPU: esb-core, hpc-issuer-if (loudest,
                         deployed at 20:45), mina-notice, obu-reg
  T7 Mon 20 07:55–now    ora-tcs: Monday's daily partition of TOLL_TXN was not pre-created (the Sunday job failed
                         on the holiday calendar), rush-hour inserts pile into P_MAX with HW enqueue contention:
                         sunap-col (loudest, 3.4.1 deployed at 06:40), tg112-tcs, tg407-tcs (ongoing)
Confounders: commute peaks, the Chuseok departure/return waves and the toll exemption, the nightly settlement,
notice and card batches, deploys on victims before every incident, the CCTV relay `cctv-relay` sharing
`sgx-a20442` with `vms-ctl` and spiking with holiday viewers (noisy neighbour in T4), `ora-tcs-dr` and the lane
controller `tg418-ln02` in maintenance, a non-disruptive SAN firmware update on Saturday night, the retired
`tms_legacy_rcv`, the ELK host `k1d02-05`'s disk creeping up and the DMZ L4 `l4-k1-dmz`'s certificate for
pay.sgx-ex.co.kr expiring on 2027-09-27 (warned daily). Deterministic (seeded, gzip mtime 0); the golden questions
(bench/tol_golden.py) are computed from the files.

    .venv/bin/python bench/tol_estate.py   # rewrites tests/fixtures/expressway-toll*
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

NAME = "expressway-toll"
NOW = datetime(2027, 9, 19, 23, 25, tzinfo=UTC)  # Monday 2027-09-20 08:25 KST
START = NOW - timedelta(days=10)  # Friday 2027-09-10 08:25 KST
SEED = 20270920
SITES = {"K": "김천IDC", "D": "대전DR센터", "S": "수도권본부", "C": "충청본부", "A": "AWS 서울리전"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2027-09")

TOLL, HIPASS, JSN, TIC = "통행료시스템팀", "hipass-platform", "정산운영부", "교통정보센터"
ANPR, MINA, INTEG, IDC = "영상판독팀", "미납관리팀", "연계플랫폼파트", "IDC운영팀"
DBA, NET, CLOUD, SEC = "DB파트", "net-core", "cloud-tf", "정보보호실"
SUDO, CHUNG, ITS = "수도권본부 정보통신팀", "충청본부 정보통신팀", "its-ops"

# plazas: code: (site, name, route, hipass lanes, TCS lanes, owner)
PLAZAS = {
    "tg112": ("S", "청계영업소", "경부선", 8, 4, SUDO),
    "tg131": ("S", "송도영업소", "제2경인선", 6, 3, SUDO),
    "tg407": ("C", "남청주영업소", "중부선", 5, 3, CHUNG),
    "tg418": ("C", "유성영업소", "호남지선", 4, 3, CHUNG),
}

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- toll collection core
    "sunap-col": ("service", TOLL, "K", "P", ["sgx-a20411", "sgx-a20412"], ["ora-tcs", "kfk-toll", "jeongsan-hub"],
                  {"desc": "통행료 거래 수집기 (영업소 차로 거래 수집, 중앙 정산 전송)", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                   "version": "3.4.1", "instances": 4, "port": 9443, "plazas_connected": 4, "txn_retention_days": 7}),
    "jeongsan-hub": ("service", JSN, "K", "P", ["sgx-a20421"], ["tbr-jsn", "kfk-toll", "esb-core"],
                     {"desc": "중앙 정산 허브 (거래 대사, 카드사/선불 정산, 면제 처리)", "product": "자체개발 (Java 11, ProFrame 5.0)",
                      "version": "8.1.3", "instances": 3, "clearing_cycle": "일 정산 (D+1)"}),
    "jeongsan_night_bat": ("service", JSN, "K", "P", ["sgx-a20422"], ["tbr-jsn", "jeongsan-hub"],
                           {"desc": "야간 정산 배치 (일마감, 면제/감면 재계산)", "product": "Tmax ProFrame Batch 5.0",
                            "schedule": "매일 01:30", "version": "2.9.0", "jobs": 41}),
    "card_settle_snd": ("service", JSN, "K", "P", ["sgx-a20422"], ["tbr-jsn", "esb-core"],
                        {"desc": "카드사 정산파일 송신 (하이패스 후불카드 청구)", "product": "자체개발 (shell + Java 8)",
                         "schedule": "매일 04:00", "issuers": 11}),
    "hp-auth": ("service", HIPASS, "K", "P", ["sgx-a20413"], ["rds-hipass", "ora-tcs"],
                {"desc": "하이패스 카드 유효성/부정카드 조회 (차로 실시간)", "product": "자체개발 (Go 1.22)",
                 "version": "5.0.2", "instances": 6, "timeout_ms": 80, "port": 7070}),
    "tollmaster": ("service", TOLL, "K", "P", ["sgx-a20414"], ["ora-tcs"],
                   {"desc": "요금/영업소 마스터 배포 (요금표, 차종별 요금, 면제 기간)", "version": "4.2.0",
                    "product": "자체개발 (Java 17)", "fare_table": "2027-03 개정", "vehicle_classes": 5}),
    "obu-reg": ("service", HIPASS, "K", "P", ["sgx-a20414"], ["ora-tcs", "esb-core"],
                {"desc": "OBU 단말기 등록/감면 (장애인, 국가유공자, 경차)", "version": "3.7.5",
                 "product": "자체개발 (Java 17)", "obu_registered": 12450000}),
    "hpc-issuer-if": ("service", INTEG, "K", "P", ["sgx-a20431"], ["esb-core", "mq-issuer"],
                      {"desc": "하이패스 카드 발행사 연계 (후불 승인, 선불 충전, 분실 신고)", "version": "2.6.0",
                       "product": "자체개발 (Java 11)", "issuers": 11, "prepaid_issuers": 3}),
    "esb-core": ("service", INTEG, "K", "P", ["k1c04-21"], ["mq-issuer"],
                 {"desc": "ESB (대내외 연계 허브)", "product": "TmaxSoft AnyLink 7", "version": "7.0.4",
                  "interfaces": 163, "port": 8088}),
    # ---------------------------------------------------------------- ANPR, vehicle class
    "anpr-core": ("service", ANPR, "K", "P", ["k1g02-07", "k1g02-09"], ["nas-anpr-img", "pg-anpr"],
                  {"desc": "번호판 인식 (영상 판독 엔진, 미납/위반 차량)", "product": "자체개발 (Python 3.11, TensorRT)",
                   "version": "6.2.0", "model": "LPR-K 2027.2", "recognition_rate": 0.987, "gpu": "NVIDIA L4 x4"}),
    "chajong-cls": ("service", TOLL, "K", "P", ["sgx-a20415"], ["anpr-core", "tollmaster"],
                    {"desc": "차종 분류 (축수/윤거 센서 + 영상 보정)", "version": "2.3.8", "vehicle_classes": 5,
                     "product": "자체개발 (C++ 엔진 + Java API)"}),
    "plate-review": ("service", ANPR, "K", "P", ["sgx-a20432"], ["anpr-core", "pg-anpr"],
                     {"desc": "판독 검수 웹 (미인식 번호판 수작업 판독)", "version": "1.8.1", "reviewers": 64,
                      "product": "자체개발 (Vue 3 + Spring Boot)"}),
    # ---------------------------------------------------------------- unpaid tolls
    "mina-notice": ("service", MINA, "K", "P", ["sgx-a20433"], ["ora-mina", "anpr-core", "esb-core"],
                    {"desc": "미납 통행료 고지 (고지서 생성, 카카오/문자 전자고지)", "version": "4.0.7",
                     "product": "자체개발 (Java 17)", "notice_channels": "우편, 카카오톡, 문자"}),
    "misu_goji_bat": ("service", MINA, "K", "P", ["sgx-a20433"], ["ora-mina", "mina-notice"],
                      {"desc": "미납 고지 야간 배치 (당일 미납 확정, 고지 대상 추출)", "schedule": "매일 22:00",
                       "product": "Spring Batch 4.3", "version": "1.12.0"}),
    "bill-pay": ("service", MINA, "K", "P", ["sgx-a20451"], ["mina-notice"],
                 {"desc": "미납 통행료 납부 포털 (pay.sgx-ex.co.kr)", "version": "3.3.2",
                  "product": "자체개발 (Nuxt 3 + Java 17)", "endpoint": "pay.sgx-ex.co.kr", "pg": "KG이니시스"}),
    # ---------------------------------------------------------------- traffic information (AWS + on-prem)
    "tis-core": ("service", TIC, "A", "P", ["i-0c41f7e9d2a85b360"], ["kfk-toll", "db-tis-prod-a1", "tis-cache-0001-001"],
                 {"desc": "교통정보 엔진 (구간 소요시간, 정체 산출)", "version": "7.5.0", "product": "자체개발 (Kotlin, Flink 1.18)",
                  "links": 4820, "update_sec": 60}),
    "gyotong-api": ("service", TIC, "A", "P", ["i-0a93d5c1e7f24b018", "i-05f2b8e6a1c9d7342"], ["tis-core", "tis-cache-0001-001"],
                    {"desc": "교통정보 Open API / 앱 백엔드", "version": "5.1.4", "product": "Node.js 20 (Fastify)",
                     "instances": 6, "endpoint": "api.sgx-traffic.kr", "rate_limit_rps": 4000}),
    "vms-ctl": ("service", ITS, "K", "P", ["sgx-a20442"], ["tis-core"],
                {"desc": "VMS 도로전광표지 제어 (소요시간/정체 문안 송출)", "version": "2.2.6", "signboards": 612,
                 "protocol": "NTCIP 1203"}),
    "cctv-relay": ("service", ITS, "K", "P", ["sgx-a20442"], ["nvr-k1-01"],
                   {"desc": "CCTV 스트리밍 중계 (도로 CCTV → 앱/웹)", "version": "3.0.1", "cameras": 2380,
                    "product": "Wowza Streaming Engine 4.8"}),
    "vds-collect": ("service", ITS, "K", "P", ["sgx-a20443"], ["kfk-toll"],
                    {"desc": "VDS 차량검지기 수집 (루프/레이더 검지기)", "version": "1.9.3", "detectors": 3150}),
    # ---------------------------------------------------------------- portal, SSO, monitoring
    "toll-portal": ("service", TOLL, "K", "P", ["sgx-a20416"], ["ora-tcs", "sgx-sso"],
                    {"desc": "영업소 업무 포털 (수납원 근무, 현금 마감, 면제 확인)", "version": "2.4.9",
                     "product": "자체개발 (eGovFrame 4.1)", "users": 3900}),
    "sgx-sso": ("service", SEC, "K", "P", ["sgx-a20416"], [],
                {"desc": "통합 인증 (SSO)", "product": "Keycloak 24.0.5", "version": "24.0.5", "port": 8443}),
    "zabbix-k1": ("service", IDC, "K", "P", ["sgx-a20461"], [],
                  {"desc": "인프라 모니터링", "product": "Zabbix 7.0 LTS", "monitored_hosts": 2140}),
    "elk-k1": ("service", IDC, "K", "P", ["k1d02-05"], [],
               {"desc": "로그 수집/검색", "product": "Elasticsearch 8.13 + Logstash", "retention_days": 45}),
    # ---------------------------------------------------------------- DR, staging, dev, retired
    "sunap-col-dr": ("service", TOLL, "D", "P", ["dr-h07-02"], ["ora-tcs-dr"],
                     {"desc": "통행료 거래 수집기 (DR 대기)", "version": "3.4.0", "mode": "warm standby"}),
    "sunap-col-stg": ("service", TOLL, "K", "S", ["sgx-a30101"], ["tbr-jsn-stg"],
                      {"desc": "통행료 거래 수집기 (스테이징)", "version": "3.5.0-rc1"}),
    "jeongsan-hub-stg": ("service", JSN, "K", "S", ["sgx-a30102"], ["tbr-jsn-stg", "rds-stg"],
                         {"desc": "중앙 정산 허브 (스테이징)", "version": "8.2.0-rc3"}),
    "gyotong-api-stg": ("service", TIC, "A", "S", ["i-0e6d3a9b4c8f17250"], [],
                        {"desc": "교통정보 Open API (스테이징)", "version": "5.2.0-beta1"}),
    "anpr-core-dev": ("service", ANPR, "K", "D", ["sgx-a50201"], [],
                      {"desc": "번호판 인식 (개발, 신규 모델 학습 검증)", "version": "6.3.0-dev"}),
    "hp-auth-dev": ("service", HIPASS, "K", "D", ["sgx-a50201"], [],
                    {"desc": "하이패스 카드 조회 (개발)", "version": "5.1.0-SNAPSHOT"}),
    "tms_legacy_rcv": ("service", TOLL, "K", "P", [], [],
                       {"desc": "구 TMS 거래 수신기 (2026년 sunap-col로 대체)", "version": "1.4.22",
                        "decommissioned": "2026-11-30"}),
    # ---------------------------------------------------------------- databases
    "ora-tcs": ("database", DBA, "K", "P", ["k1b03-11", "k1b03-13"], [],
                {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c RAC", "nodes": 2,
                 "sid": "TCSPRD", "port": 1521, "size_tb": 11.6, "partitioning": "TOLL_TXN 일 파티션",
                 "desc": "통행료 수납 운영 DB"}),
    "tbr-jsn": ("database", DBA, "K", "P", ["k1b05-02"], [],
                {"engine": "tibero", "version": "7.2.1", "product": "Tibero 7 FS02", "sid": "JSNPRD", "port": 8629,
                 "size_tb": 6.2, "undo_gb": 256, "desc": "정산 DB"}),
    "ora-mina": ("database", DBA, "K", "P", ["k1b05-04"], [],
                 {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c", "sid": "MINAPRD",
                  "port": 1521, "size_tb": 2.8, "desc": "미납/고지 DB"}),
    "pg-anpr": ("database", DBA, "K", "P", ["k1b06-08"], [],
                {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 (EDB)", "port": 5432,
                 "size_tb": 1.9, "desc": "번호판 인식 메타데이터 (이미지 경로, 판독 결과)"}),
    "db-tis-prod-a1": ("database", CLOUD, "A", "P", [], [],
                       {"engine": "postgresql", "version": "16.3", "product": "Amazon RDS for PostgreSQL",
                        "instance_class": "db.r6g.4xlarge", "multi_az": True, "port": 5432,
                        "desc": "교통정보 DB (링크 속도, 소요시간 이력)"}),
    "ora-tcs-dr": ("database", DBA, "D", "P", ["dr-h07-04"], [],
                   {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c (Data Guard standby)",
                    "sid": "TCSDR", "port": 1521, "desc": "통행료 DB DR (재구성 중)"}),
    "tbr-jsn-stg": ("database", DBA, "K", "S", ["sgx-a30101"], [],
                    {"engine": "tibero", "version": "7.2.1", "product": "Tibero 7", "sid": "JSNSTG", "port": 8629}),
    # ---------------------------------------------------------------- caches, queues
    "rds-hipass": ("cache", HIPASS, "K", "P", ["k1b06-10"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 64, "maxmemory_policy": "noeviction",
                    "persistence": "AOF everysec", "port": 6379, "desc": "하이패스 카드 상태/부정카드 캐시"}),
    "tis-cache-0001-001": ("cache", CLOUD, "A", "P", [], [],
                           {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis",
                            "node_type": "cache.r7g.xlarge", "maxmemory_policy": "allkeys-lru", "port": 6379,
                            "desc": "교통정보 조회 캐시"}),
    "rds-stg": ("cache", HIPASS, "K", "S", ["sgx-a30102"], [],
                {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 4, "port": 6379}),
    "kfk-toll": ("queue", TOLL, "K", "P", ["k1e01-01", "k1e01-02", "k1e01-03"], [],
                 {"product": "Apache Kafka 3.6.2", "brokers": 3, "partitions": 96, "replication_factor": 3,
                  "min_insync_replicas": 2, "port": 9092, "desc": "차로 거래/검지 이벤트 스트림"}),
    "mq-issuer": ("queue", INTEG, "K", "P", ["k1c04-23"], [],
                  {"product": "IBM MQ 9.3.0.20", "queue_manager": "QM_HPCARD", "port": 1414, "channels": 22,
                   "desc": "카드 발행사 연계 큐"}),
    "kfk-dr": ("queue", TOLL, "D", "P", ["dr-h07-06"], [],
               {"product": "Apache Kafka 3.6.2 (MirrorMaker 2 대상)", "brokers": 1, "port": 9092}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-k1-toll": ("K", NET, ["sunap-col", "hp-auth", "tollmaster"],
                   {"vendor": "A10", "model": "Thunder 3350S", "version": "6.0.2", "vip": "10.21.4.10",
                    "cert_expiry": "2028-05-31"}),
    "l4-k1-dmz": ("K", NET, ["bill-pay"],
                  {"vendor": "Piolink", "model": "PAS-K 5424", "firmware": "3.1.2", "vip": "203.0.113.88",
                   "endpoint": "pay.sgx-ex.co.kr", "cert_expiry": "2027-09-27",
                   "cert_issuer": "한국전자인증 (수동 갱신)"}),
    "alb-gyotong-prod": ("A", CLOUD, ["gyotong-api"],
                         {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                          "dns": "alb-gyotong-prod-1187420356.ap-northeast-2.elb.amazonaws.com",
                          "cert_expiry": "ACM 자동갱신"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-anpr-img": ("K", IDC, {"vendor": "Dell", "model": "PowerScale F600", "nodes": 6, "capacity_tb": 720,
                                "protocol": "NFS v3", "onefs": "9.7.0.2", "desc": "번호판 원본/크롭 이미지"},
                     ["k1g02-07", "k1g02-09"]),
    "san-k1-01": ("K", IDC, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 260, "microcode": "93-07-21",
                             "desc": "Oracle/Tibero 블록 스토리지"},
                  ["k1b03-11", "k1b03-13", "k1b05-02", "k1b05-04"]),
    "nvr-k1-01": ("K", ITS, {"vendor": "Hanwha Vision", "model": "SRN-6450", "capacity_tb": 384,
                             "retention_days": 30, "desc": "도로 CCTV 녹화 저장소"}, ["sgx-a20442"]),
    "vtl-dr-01": ("D", IDC, {"vendor": "Dell", "model": "PowerProtect DD9900", "capacity_tb": 576,
                             "desc": "백업 (DB, 이미지 아카이브)"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 김천IDC VMs (asset tags)
    "sgx-a20411": ("K", "P", "vm", {"role": "수집기 #1"}),
    "sgx-a20412": ("K", "P", "vm", {"role": "수집기 #2"}),
    "sgx-a20413": ("K", "P", "vm", {"role": "하이패스 카드 조회"}),
    "sgx-a20414": ("K", "P", "vm", {"role": "요금 마스터, OBU 등록"}),
    "sgx-a20415": ("K", "P", "vm", {"role": "차종 분류"}),
    "sgx-a20416": ("K", "P", "vm", {"role": "영업소 포털, SSO"}),
    "sgx-a20421": ("K", "P", "vm", {"role": "정산 허브"}),
    "sgx-a20422": ("K", "P", "vm", {"role": "정산 배치, 카드사 정산파일"}),
    "sgx-a20431": ("K", "P", "vm", {"role": "카드 발행사 연계"}),
    "sgx-a20432": ("K", "P", "vm", {"role": "판독 검수"}),
    "sgx-a20433": ("K", "P", "vm", {"role": "미납 고지, 고지 배치"}),
    "sgx-a20442": ("K", "P", "vm", {"role": "VMS 제어, CCTV 중계"}),
    "sgx-a20443": ("K", "P", "vm", {"role": "VDS 수집"}),
    "sgx-a20451": ("K", "P", "vm", {"role": "납부 포털 (DMZ)", "zone": "DMZ"}),
    "sgx-a20461": ("K", "P", "vm", {"role": "모니터링"}),
    "sgx-a30101": ("K", "S", "vm", {"role": "수집기/정산 DB 스테이징"}),
    "sgx-a30102": ("K", "S", "vm", {"role": "정산 허브 스테이징"}),
    "sgx-a50201": ("K", "D", "vm", {"role": "개발 공용"}),
    # 김천IDC bare metal (floor/rack/unit)
    "k1b03-11": ("K", "P", "bare", {"role": "Oracle RAC TCSPRD node 1", "model": "HPE ProLiant DL380 Gen11"}),
    "k1b03-13": ("K", "P", "bare", {"role": "Oracle RAC TCSPRD node 2", "model": "HPE ProLiant DL380 Gen11"}),
    "k1b05-02": ("K", "P", "bare", {"role": "Tibero JSNPRD", "model": "Lenovo ThinkSystem SR650 V3"}),
    "k1b05-04": ("K", "P", "bare", {"role": "Oracle MINAPRD", "model": "Lenovo ThinkSystem SR650 V3"}),
    "k1b06-08": ("K", "P", "bare", {"role": "PostgreSQL ANPR", "model": "Dell PowerEdge R760"}),
    "k1b06-10": ("K", "P", "bare", {"role": "Redis 하이패스", "model": "Dell PowerEdge R760"}),
    "k1c04-21": ("K", "P", "bare", {"role": "ESB (AnyLink)", "model": "Dell PowerEdge R750", "raid": "PERC H755"}),
    "k1c04-23": ("K", "P", "bare", {"role": "IBM MQ", "model": "Dell PowerEdge R650"}),
    "k1e01-01": ("K", "P", "bare", {"role": "Kafka broker 1", "model": "Supermicro SYS-620U"}),
    "k1e01-02": ("K", "P", "bare", {"role": "Kafka broker 2", "model": "Supermicro SYS-620U"}),
    "k1e01-03": ("K", "P", "bare", {"role": "Kafka broker 3", "model": "Supermicro SYS-620U"}),
    "k1g02-07": ("K", "P", "gpu", {"role": "ANPR GPU #1", "model": "Dell PowerEdge R760xa", "gpu": "NVIDIA L4 x4"}),
    "k1g02-09": ("K", "P", "gpu", {"role": "ANPR GPU #2", "model": "Dell PowerEdge R760xa", "gpu": "NVIDIA L4 x4"}),
    "k1d02-05": ("K", "P", "bare", {"role": "ELK 로그", "model": "Dell PowerEdge R750"}),
    # AWS 서울리전 (ap-northeast-2)
    "i-0c41f7e9d2a85b360": ("A", "P", "ec2", {"role": "tis-core", "instance_type": "c7g.4xlarge", "az": "ap-northeast-2a"}),
    "i-0a93d5c1e7f24b018": ("A", "P", "ec2", {"role": "gyotong-api #1", "instance_type": "m7g.2xlarge", "az": "ap-northeast-2a"}),
    "i-05f2b8e6a1c9d7342": ("A", "P", "ec2", {"role": "gyotong-api #2", "instance_type": "m7g.2xlarge", "az": "ap-northeast-2c"}),
    "i-0e6d3a9b4c8f17250": ("A", "S", "ec2", {"role": "gyotong-api 스테이징", "instance_type": "t4g.large", "az": "ap-northeast-2a"}),
    # 대전DR센터
    "dr-h07-02": ("D", "P", "vm", {"role": "수집기 DR"}),
    "dr-h07-04": ("D", "P", "bare", {"role": "Oracle TCSDR (Data Guard)", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "dr-h07-06": ("D", "P", "bare", {"role": "Kafka DR (MirrorMaker 2)", "model": "HPE ProLiant DL360 Gen10"}),
}
LANES = {  # lane controllers: name: (lane no, lane type, controller model)
    "tg112-ln01": (1, "다차로 하이패스", "LC-9000H"), "tg112-ln02": (2, "다차로 하이패스", "LC-9000H"),
    "tg112-ln03": (9, "일반(TCS)", "LC-7200T"), "tg131-ln01": (1, "하이패스", "LC-9000H"),
    "tg131-ln02": (7, "일반(TCS)", "LC-7200T"), "tg407-ln01": (1, "하이패스", "LC-8100H"),
    "tg407-ln02": (2, "하이패스", "LC-8100H"), "tg407-ln03": (6, "일반(TCS)", "LC-7200T"),
    "tg418-ln01": (1, "하이패스", "LC-8100H"), "tg418-ln02": (2, "하이패스", "LC-8100H"),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "wan-sudo-mpls": ("S", {"device": "WAN link", "vendor": "KT", "model": "MPLS VPN 500Mbps", "circuit": "KT-MV-7731-2209",
                            "desc": "수도권본부 영업소 ↔ 김천IDC"}),
    "wan-cc-mpls": ("C", {"device": "WAN link", "vendor": "LG U+", "model": "MPLS VPN 300Mbps", "circuit": "LGU-VPN-40318",
                          "desc": "충청본부 영업소 ↔ 김천IDC"}),
    "fw-k1-ext": ("K", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F", "firmware": "FortiOS 7.4.4"}),
    "sw-k1-core": ("K", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "NX-OS 10.3(5)"}),
    "dx-apne2": ("A", {"device": "Direct Connect", "vendor": "AWS", "model": "Direct Connect 1Gbps (LG U+ 파트너)",
                       "circuit": "dxcon-fgk7q2m4", "desc": "김천IDC ↔ AWS 서울리전"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("wan-sudo-mpls", "sw-k1-core"),
    ("wan-cc-mpls", "sw-k1-core"),
    ("fw-k1-ext", "sw-k1-core"),
    ("dx-apne2", "sw-k1-core"),
    ("tg112-lcs", "wan-sudo-mpls"),
    ("tg131-lcs", "wan-sudo-mpls"),
    ("tg407-lcs", "wan-cc-mpls"),
    ("tg418-lcs", "wan-cc-mpls"),
    ("l4-k1-dmz", "fw-k1-ext"),
    ("kfk-toll", "kfk-dr"),
]
# fmt: on
for _code, (_site, _plaza, _route, _hp, _tcs, _owner) in PLAZAS.items():
    SERVICES[f"{_code}-tcs"] = (
        "service",
        _owner,
        _site,
        "P",
        [f"{_code}-lcs"],
        ["sunap-col", "tollmaster"],
        {"desc": f"{_plaza} 영업소 TCS (차로 거래 집계, 수집기 전송)", "plaza": _plaza, "plaza_code": _code.upper(),
         "route": _route, "version": "6.8.2" if _code != "tg418" else "6.7.9", "lanes": _hp + _tcs},
    )  # fmt: skip
    SERVICES[f"{_code}-rsugw"] = (
        "service",
        _owner,
        _site,
        "P",
        [f"{_code}-lcs"],
        ["hp-auth", f"{_code}-tcs"],
        {"desc": f"{_plaza} 하이패스 RSU/안테나 게이트웨이", "plaza": _plaza, "plaza_code": _code.upper(),
         "frequency": "5.8GHz DSRC", "antennas": _hp * 2, "hipass_lanes": _hp,
         "rsu_vendor": "에스트래픽" if _site == "S" else "한국컴퓨터산업", "version": "3.2.1"},
    )  # fmt: skip
    HOSTS[f"{_code}-lcs"] = (
        _site,
        "P",
        "plaza",
        {"role": f"{_plaza} 영업소 서버 (차로 집약)", "plaza": _plaza, "model": "Dell PowerEdge R450",
         "ups": "30분"},
    )  # fmt: skip
STATUS = {"ora-tcs-dr": "maintenance", "tg418-ln02": "maintenance", "tms_legacy_rcv": "retired"}
NET_PREFIX = {"K": "10.21", "D": "10.31", "S": "10.112", "C": "10.140", "A": "172.20"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "T1",
        "kind": "nas_rebuild_latency",
        "root": "nas-anpr-img",
        "description": "on Saturday afternoon a drive failure on nas-anpr-img starts a FlexProtect rebuild at the"
        " weekend traffic peak and NFS write latency soars: anpr-core (6.2.0 deployed at 13:55, loudest) cannot"
        " store plate images and times out, chajong-cls loses its image correction and plate-review its queue,"
        " until the rebuild's impact policy is lowered",
        "start": kst(11, 14, 20),
        "end": kst(11, 15, 15),
        "affected": ["nas-anpr-img", "anpr-core", "chajong-cls", "plate-review"],
    },
    {
        "id": "T2",
        "kind": "kafka_under_replicated",
        "root": "kfk-toll",
        "description": "on the evening before Chuseok the 귀성 rush doubles the lane volume; broker 2's disks hit"
        " their throughput limit, kfk-toll's partitions fall out of the ISR and produce latency soars: sunap-col"
        " (deployed at 17:10, loudest) backs up, tis-core's travel times lag, the plaza TCS tg112-tcs buffers"
        " transactions and gyotong-api serves stale data, until the replica fetchers are throttled",
        "start": kst(13, 17, 40),
        "end": kst(13, 18, 35),
        "affected": ["kfk-toll", "sunap-col", "tis-core", "tg112-tcs", "gyotong-api"],
    },
    {
        "id": "T3",
        "kind": "db_undo_exhausted",
        "root": "tbr-jsn",
        "description": "in the small hours of Chuseok the holiday exemption recalculation runs tbr-jsn out of"
        " UNDO (TBR-21005): jeongsan_night_bat (redeployed Tuesday evening with the exemption logic, loudest)"
        " aborts, jeongsan-hub's clearing fails and sunap-col's forwarding backs up, until the UNDO tablespace is"
        " extended and the job restarted",
        "start": kst(15, 2, 0),
        "end": kst(15, 2, 55),
        "affected": ["tbr-jsn", "jeongsan_night_bat", "jeongsan-hub", "sunap-col"],
    },
    {
        "id": "T4",
        "kind": "db_cpu_autovacuum",
        "root": "db-tis-prod-a1",
        "description": "on the 귀경 afternoon an anti-wraparound autovacuum of link_speed_hist starts on"
        " db-tis-prod-a1 at the peak and the ETA queries fall back to sequential scans, CPU 100 %: tis-core"
        " (deployed at 15:05, loudest) cannot compute travel times, gyotong-api and the VMS controller vms-ctl show"
        " stale times (while cctv-relay, on vms-ctl's VM, peaks with holiday viewers), until the vacuum is"
        " throttled",
        "start": kst(16, 15, 30),
        "end": kst(16, 16, 25),
        "affected": ["db-tis-prod-a1", "tis-core", "gyotong-api", "vms-ctl"],
    },
    {
        "id": "T5",
        "kind": "cache_fork_stall",
        "root": "rds-hipass",
        "description": "on Saturday morning's return traffic rds-hipass forks for an AOF rewrite of its 40 GB card"
        " list and stalls on the copy-on-write: hp-auth (deployed Friday 19:00, loudest) times out, the Hi-pass"
        " RSU gateways tg112-rsugw, tg131-rsugw and tg407-rsugw fall back to the offline blacklist, until the AOF"
        " rewrite is moved to the replica",
        "start": kst(18, 10, 10),
        "end": kst(18, 11, 5),
        "affected": ["rds-hipass", "hp-auth", "tg112-rsugw", "tg131-rsugw", "tg407-rsugw"],
    },
    {
        "id": "T6",
        "kind": "host_raid_write_through",
        "root": "k1c04-21",
        "description": "on Sunday night the RAID controller of the ESB host k1c04-21 drops to write-through after a"
        " failed battery learn cycle and I/O wait pins the CPU: esb-core's persistent store slows, hpc-issuer-if"
        " (deployed at 20:45, loudest) fails card approvals, mina-notice and obu-reg time out, until the cache"
        " policy is forced back to write-back",
        "start": kst(19, 21, 10),
        "end": kst(19, 22, 5),
        "affected": ["k1c04-21", "esb-core", "hpc-issuer-if", "mina-notice", "obu-reg"],
    },
    {
        "id": "T7",
        "kind": "db_partition_missing",
        "root": "ora-tcs",
        "description": "on Monday morning's rush the daily partition of TOLL_TXN for 2027-09-20 does not exist (the"
        " Sunday pre-creation job failed on the holiday calendar), inserts pile into P_MAX with HW enqueue"
        " contention and ora-tcs's CPU and commit times soar: sunap-col (3.4.1 deployed at 06:40, loudest) fails"
        " to store transactions, the plaza TCS tg112-tcs and tg407-tcs buffer them (ongoing)",
        "start": kst(20, 7, 55),
        "end": None,
        "affected": ["ora-tcs", "sunap-col", "tg112-tcs", "tg407-tcs"],
    },
]
T1, T2, T3, T4, T5, T6, T7 = INCIDENTS


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for ln in LANES:
        rels.append((f"{ln[:5]}-tcs", ln, "CONNECTS_TO"))
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
        owner = IDC
        third = {"P": 8, "S": 40, "D": 60}[env] + i // 9
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{third}.{21 + (i * 29) % 200}"}
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "Rocky Linux 9.4"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U3",
                      "asset_tag": f"SGX-{h[-6:].upper()}"}  # fmt: skip
        elif kind == "ec2":
            attrs |= {
                "os": "Amazon Linux 2023",
                "account": "sgx-traffic-prod" if env == "P" else "sgx-traffic-stg",
            }
            owner = CLOUD
        elif kind == "plaza":
            attrs |= {"os": "Windows Server 2019", "cores": 16, "mem_gb": 64,
                      "serial": f"{rng.choice(['CN7', 'JPX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = PLAZAS[h[:5]][5]
        else:  # bare metal, GPU
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}",
                      "rack": f"{h[1]}F-{h[2:5].upper()} U{h[-2:]}" if h.startswith("k1") else "DR H07"}  # fmt: skip
            if h.startswith(("k1b03", "k1b05", "k1b06-08", "dr-h07-04")):
                owner = DBA
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for ln, (no, lane_type, model) in LANES.items():
        site, plaza, _, _, _, owner = PLAZAS[ln[:5]]
        attrs = {"ip": f"{NET_PREFIX[site]}.{int(ln[2:5]) % 100}.{100 + no}", "plaza": plaza, "lane_no": no,
                 "lane_type": lane_type, "model": model, "vendor": "동아시스템" if model.startswith("LC-9") else "한일TS",
                 "firmware": {"LC-9000H": "9.4.2", "LC-8100H": "8.7.0", "LC-7200T": "7.2.15"}[model]}  # fmt: skip
        cis.append(ci_record(ln, "host", "prod", owner, SITES[site], attrs, STATUS.get(ln, "active")))
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


def _traffic(ts: datetime) -> float:
    """Expressway traffic: weekday commute peaks (07–09, 18–20), weekend daytime, and the Chuseok waves: the
    departure (귀성) on Monday 13 evening and Tuesday 14 morning, Chuseok day 15 at midday, the return (귀경)
    from Thursday 16 afternoon through Sunday 19 evening."""
    loc = _local(ts)
    d, h = loc.day, seoul_hour(ts)
    night = 0.08 + 0.06 * _bump(h, 0, 2.5)
    if d == 13:
        return min(1.0, night + 0.45 * _bump(h, 8, 1.0) + 0.35 + 0.55 * _bump(h, 19, 2.2) * (h > 10))
    if d == 14:
        return min(1.0, night + 0.88 * _bump(h, 9.5, 2.6) + 0.15)
    if d == 15:
        return min(1.0, night + 0.62 * _bump(h, 14, 3.0))
    if d == 16:
        return min(1.0, night + 0.3 * _bump(h, 10, 2) + 0.86 * _bump(h, 16.5, 2.8))
    if d == 17:
        return min(1.0, night + 0.72 * _bump(h, 14, 3.5))
    if d == 18:
        return min(1.0, night + 0.8 * _bump(h, 11.5, 3.2))
    if d == 19:
        return min(1.0, night + 0.45 * _bump(h, 13, 3) + 0.4 * _bump(h, 19.5, 2.0))
    if loc.weekday() >= 5:
        return min(1.0, night + 0.6 * _bump(h, 14, 3.5))
    return min(1.0, night + 0.72 * _bump(h, 8, 1.0) + 0.3 * (7 <= h < 20) + 0.58 * _bump(h, 18.7, 1.1))


def _viewers(ts: datetime) -> float:
    """CCTV and traffic-app viewers: follow the traffic, far more on the holiday afternoons."""
    d, h = _local(ts).day, seoul_hour(ts)
    v = 0.15 + 0.6 * _traffic(ts)
    if d in (13, 14, 16, 17, 18) and 9 <= h < 21:
        v += 0.25 * _bump(h, 15.5, 2.5)
    return min(1.0, v)


def _office(ts: datetime) -> float:
    """Head-office work (portal, plate review, notices): weekdays 9–18 outside the holidays."""
    loc, h = _local(ts), seoul_hour(ts)
    if loc.weekday() >= 5 or loc.day in (14, 15, 16):
        return 0.12 + 0.05 * _bump(h, 14, 3)
    return 0.12 + 0.55 * (1 if 9 <= h < 18 else 0) * (0.7 if 12 <= h < 13 else 1) + 0.1 * _bump(h, 9.5, 1)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    if 1.5 <= h < 3.5:
        return 0.9
    if 4 <= h < 4.6 or 22 <= h < 22.9:
        return 0.7
    return 0.25 * _office(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


LANE_SIDE = {
    "sunap-col", "hp-auth", "tollmaster", "chajong-cls", "anpr-core", "kfk-toll", "ora-tcs", "rds-hipass",
    "pg-anpr", "nas-anpr-img", "l4-k1-toll", "sgx-a20411", "sgx-a20412", "sgx-a20413", "sgx-a20414",
    "sgx-a20415", "k1b03-11", "k1b03-13", "k1b06-08", "k1b06-10", "k1e01-01", "k1e01-02", "k1e01-03",
    "k1g02-07", "k1g02-09", "vds-collect", "sgx-a20443", "wan-sudo-mpls", "wan-cc-mpls", "sw-k1-core",
    "san-k1-01", "kfk-dr", "dr-h07-06", *LANES, *(f"{c}-{s}" for c in PLAZAS for s in ("tcs", "rsugw", "lcs")),
}  # fmt: skip
VIEWER_SIDE = {"tis-core", "gyotong-api", "vms-ctl", "cctv-relay", "db-tis-prod-a1", "tis-cache-0001-001",
               "alb-gyotong-prod", "nvr-k1-01", "sgx-a20442", "dx-apne2", "fw-k1-ext", "i-0c41f7e9d2a85b360",
               "i-0a93d5c1e7f24b018", "i-05f2b8e6a1c9d7342"}  # fmt: skip
OFFICE = {"toll-portal", "sgx-sso", "sgx-a20416", "plate-review", "sgx-a20432", "mina-notice", "bill-pay",
          "l4-k1-dmz", "sgx-a20451", "obu-reg", "hpc-issuer-if", "sgx-a20431", "esb-core", "mq-issuer",
          "k1c04-21", "k1c04-23", "ora-mina", "k1b05-04", "zabbix-k1", "elk-k1", "sgx-a20461", "k1d02-05",
          "sgx-a20433"}  # fmt: skip
BATCH = {"jeongsan-hub", "jeongsan_night_bat", "card_settle_snd", "misu_goji_bat", "tbr-jsn", "sgx-a20421",
         "sgx-a20422", "k1b05-02", "vtl-dr-01"}  # fmt: skip


def _load(name: str):
    for group, shape in ((LANE_SIDE, _traffic), (VIEWER_SIDE, _viewers), (OFFICE, _office), (BATCH, _batch)):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "T1": {0: (11.0, 2.0), 1: (5.0, 14.0), 2: (2.2, 7.0)},
    "T2": {0: (6.0, 5.0), 1: (3.5, 12.0), 2: (1.9, 6.0)},
    "T3": {0: (9.0, 6.0), 1: (4.0, 13.0), 2: (1.8, 5.5)},
    "T4": {0: (8.0, 3.0), 1: (4.0, 14.0), 2: (2.1, 7.5)},
    "T5": {0: (25.0, 4.0), 1: (4.5, 15.0), 2: (2.0, 8.0)},
    "T6": {1: (6.0, 11.0), 2: (2.4, 7.0)},
    "T7": {0: (7.0, 5.0), 1: (3.8, 13.0), 2: (2.0, 6.5)},
}
EFFECT_OVERRIDE = {
    ("T1", "anpr-core"): (6.5, 27.0),
    ("T2", "sunap-col"): (4.5, 24.0),
    ("T3", "jeongsan_night_bat"): (3.0, 38.0),
    ("T4", "tis-core"): (5.5, 29.0),
    ("T5", "hp-auth"): (6.0, 33.0),
    ("T6", "hpc-issuer-if"): (3.2, 26.0),
    ("T6", "esb-core"): (5.0, 9.0),
    ("T7", "sunap-col"): (4.2, 22.0),
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.5, 0.05), requests=(0.08, 1.0))

DISK_WATCHED = {
    "k1b03-11", "k1b03-13", "k1b05-02", "k1b05-04", "k1b06-08", "k1b06-10", "k1c04-21", "k1c04-23", "k1e01-01",
    "k1e01-02", "k1e01-03", "k1g02-07", "k1g02-09", "k1d02-05", "tg112-lcs", "tg131-lcs", "tg407-lcs",
    "tg418-lcs", "dr-h07-04", "dr-h07-06",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
LANE_NAMES = set(LANES)
CCTV_HOT = [
    (kst(16, 14, 40), kst(16, 17, 30)),
    (kst(18, 13, 0), kst(18, 15, 0)),
]  # holiday viewers on sgx-a20442


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 32), rng.uniform(36, 62), rng.uniform(22, 54)
    growth = rng.uniform(0, 0.1)
    if name == "k1d02-05":  # ELK: the log indices creep up
        disk0, growth = 63.0, 1.4
    if name in LANE_NAMES:
        cpu0, mem0 = rng.uniform(14, 26), rng.uniform(28, 40)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in ("k1b03-11", "k1b03-13"):  # the P_MAX insert contention
            cpu += 30 * ramp(ts, T7["start"], T7["end"], rise=10)
        if name == "k1c04-21":  # write-through: I/O wait
            cpu += (95.5 + rng.gauss(0, 0.7) - cpu) * ramp(ts, T6["start"], T6["end"], rise=5, fall=10)
        if name == "k1b06-10":  # the fork and copy-on-write
            mem += 24 * ramp(ts, T5["start"], T5["end"], rise=5, fall=10)
            cpu += 35 * ramp(ts, T5["start"], T5["end"], rise=5, fall=10)
        if name == "k1e01-02":  # broker 2's disks
            cpu += 30 * ramp(ts, T2["start"], T2["end"], rise=5, fall=10)
        if name == "sgx-a20442":  # cctv-relay's holiday viewers (noisy neighbour of vms-ctl)
            for a, z in CCTV_HOT:
                cpu += 38 * ramp(ts, a, z, rise=20, fall=20)
        if name == "tg418-ln02":
            cpu = 0.9 + abs(rng.gauss(0, 0.2))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-sudo-mpls": 7.8, "wan-cc-mpls": 5.4, "dx-apne2": 4.1}.get(name, rng.uniform(0.2, 0.8))
    load = _load(name)
    for ts in times:
        d = load(ts)
        cpu = cpu0 * (0.6 + 0.7 * d) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + 0.15 * d) * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-anpr-img": (68, 69), "vtl-dr-01": (61, 63)}.get(name, (36, 52))
    per_day = {"nas-anpr-img": 0.18, "nvr-k1-01": 0.0}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.9) if name == "san-k1-01" else rng.uniform(1.8, 3.6)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "vtl-dr-01" and 3.5 <= seoul_hour(ts) < 5:  # the nightly backups
            lat *= 1.7
        if name == "nvr-k1-01":  # CCTV retention: the oldest day is overwritten, usage flat
            v = 78.0 + rng.gauss(0, 0.1) - 0.3 * math.sin(2 * math.pi * seoul_hour(ts) / 24)
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "sunap-col": 42.0, "jeongsan-hub": 180.0, "jeongsan_night_bat": 850.0, "card_settle_snd": 640.0,
    "hp-auth": 6.5, "tollmaster": 95.0, "obu-reg": 210.0, "hpc-issuer-if": 260.0, "esb-core": 38.0,
    "anpr-core": 120.0, "chajong-cls": 24.0, "plate-review": 340.0, "mina-notice": 290.0, "misu_goji_bat": 720.0,
    "bill-pay": 310.0, "tis-core": 150.0, "gyotong-api": 65.0, "vms-ctl": 210.0, "cctv-relay": 480.0,
    "vds-collect": 18.0, "toll-portal": 380.0, "sgx-sso": 45.0, "zabbix-k1": 130.0, "elk-k1": 95.0,
    "sunap-col-dr": 40.0,
    "tg112-tcs": 28.0, "tg131-tcs": 31.0, "tg407-tcs": 34.0, "tg418-tcs": 36.0,
    "tg112-rsugw": 11.0, "tg131-rsugw": 12.0, "tg407-rsugw": 13.0, "tg418-rsugw": 13.5,
    "ora-tcs": 3.4, "tbr-jsn": 4.8, "ora-mina": 3.9, "pg-anpr": 2.6, "db-tis-prod-a1": 2.2, "ora-tcs-dr": 3.0,
    "rds-hipass": 0.35, "tis-cache-0001-001": 0.6, "kfk-toll": 4.2, "mq-issuer": 5.5, "kfk-dr": 9.0,
    "l4-k1-toll": 0.8, "l4-k1-dmz": 1.4, "alb-gyotong-prod": 2.1,
}  # fmt: skip
REQUEST_RATE = {
    "sunap-col": 620.0, "jeongsan-hub": 240.0, "jeongsan_night_bat": 90.0, "card_settle_snd": 25.0,
    "hp-auth": 1850.0, "tollmaster": 75.0, "obu-reg": 46.0, "hpc-issuer-if": 130.0, "esb-core": 520.0,
    "anpr-core": 410.0, "chajong-cls": 600.0, "plate-review": 22.0, "mina-notice": 60.0, "bill-pay": 85.0,
    "tis-core": 880.0, "gyotong-api": 3100.0, "vms-ctl": 140.0, "cctv-relay": 950.0, "vds-collect": 2700.0,
    "toll-portal": 48.0, "tg112-tcs": 160.0, "tg131-tcs": 110.0, "tg407-tcs": 95.0, "tg418-tcs": 60.0,
    "tg112-rsugw": 130.0, "tg131-rsugw": 90.0, "tg407-rsugw": 75.0, "tg418-rsugw": 44.0,
    "ora-tcs": 9800.0, "tbr-jsn": 3600.0, "ora-mina": 1400.0, "pg-anpr": 2200.0, "db-tis-prod-a1": 5200.0,
    "rds-hipass": 26000.0, "tis-cache-0001-001": 18500.0, "kfk-toll": 7400.0, "mq-issuer": 380.0,
    "l4-k1-toll": 2900.0, "alb-gyotong-prod": 3300.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and DBs with a memory gauge: (level, swing with load)
    "rds-hipass": (66.0, 4.0), "tis-cache-0001-001": (58.0, 10.0), "kfk-toll": (47.0, 9.0),
    "mq-issuer": (38.0, 6.0), "ora-tcs": (71.0, 6.0), "tbr-jsn": (64.0, 8.0), "db-tis-prod-a1": (55.0, 12.0),
}  # fmt: skip
DB_CPU = {"ora-tcs": (22.0, 44.0), "tbr-jsn": (18.0, 40.0), "db-tis-prod-a1": (16.0, 46.0)}
BATCH_HOURS = {"jeongsan_night_bat": (1.5, 3.5), "card_settle_snd": (4.0, 4.6), "misu_goji_bat": (22.0, 22.9)}


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
            if inc is T2 and name == "kfk-toll":
                req *= 1 - 0.35 * r  # producers throttled
            if inc is T3 and name == "jeongsan_night_bat":
                req *= 1 - 0.85 * r
            if inc is T5 and name == "rds-hipass":
                req *= 1 - 0.5 * r
            if inc is T7 and name == "sunap-col":
                req *= 1 - 0.4 * r
        if name in BATCH_HOURS:
            a, z = BATCH_HOURS[name]
            if not a <= seoul_hour(ts) < z:
                req *= 0.08
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "rds-hipass":
                mem += 22 * ramp(ts, T5["start"], T5["end"], rise=5, fall=10)  # copy-on-write
            if name == "kfk-toll":
                mem += 18 * ramp(ts, T2["start"], T2["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:
            base, swing = DB_CPU[name]
            cpu = base + swing * d + rng.gauss(0, 1.2)
            inc = {"ora-tcs": T7, "tbr-jsn": T3, "db-tis-prod-a1": T4}[name]
            top = {"ora-tcs": 94.0, "tbr-jsn": 91.0, "db-tis-prod-a1": 99.0}[name]
            cpu += (top + rng.gauss(0, 0.5) - cpu) * ramp(ts, inc["start"], inc["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The settlement batch, the unpaid-notice batch, the card settlement file, the DR backup and the DMZ
    certificate warning."""
    rows = []
    for d in range(10, 21):
        if d != 15:
            rows.append(
                (d, 1, 30, "jeongsan_night_bat", "info", "batch_job", "야간 정산 배치 시작 (JSN_DAILY_CLOSE)")
            )
            rows.append((d, 3, 25, "jeongsan_night_bat", "info", "batch_job", "야간 정산 배치 완료"))
        rows.append((d, 4, 0, "card_settle_snd", "info", "batch_job", "카드사 정산파일 송신 (11개 발행사)"))
        rows.append((d, 22, 0, "misu_goji_bat", "info", "batch_job", "미납 고지 배치 시작 (MISU_GOJI_D)"))
        rows.append((d, 3, 40, "vtl-dr-01", "info", "backup", "DB/이미지 아카이브 백업 시작"))
        left = (datetime(2027, 9, 27) - datetime(2027, 9, d)).days
        rows.append(
            (d, 9, 0, "l4-k1-dmz", "warning", "cert_expiry",
             f"SSL certificate pay.sgx-ex.co.kr expires in {left} days (2027-09-27), 수동 갱신 필요 (한국전자인증)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (10, 14, 0, "ora-tcs-dr", "info", "maintenance", "Data Guard standby 재구성 (archive gap 해소, 9/24까지)"),
    (10, 16, 0, "tg418-ln02", "info", "maintenance", "유성 2차로 차로 공사로 폐쇄 (차로제어기 정지, 9/30까지)"),
    (10, 17, 30, "tollmaster", "info", "config_change", "추석 명절 통행료 면제 기간 등록 (9/14 00:00 ~ 9/16 24:00)"),
    (11, 10, 20, "k1d02-05", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (11, 13, 55, "anpr-core", "info", "deployment", "anpr-core 6.2.0 배포 (인식모델 LPR-K 2027.2)"),
    (12, 11, 0, "sunap-col-stg", "info", "deployment", "sunap-col-stg 3.5.0-rc1 배포"),
    (13, 9, 0, "kfk-toll", "info", "change_notice", "명절 특별교통대책 기간 (9/13~9/19) 변경 동결"),
    (13, 17, 10, "sunap-col", "info", "deployment", "sunap-col 3.4.0 배포 (귀성 대비 전송 배치 크기 500 → 1000)"),
    (14, 0, 0, "tollmaster", "info", "config_change", "명절 통행료 면제 시작 (전 영업소)"),
    (14, 18, 0, "jeongsan_night_bat", "info", "deployment", "jeongsan_night_bat 2.9.0 배포 (명절 면제 재계산 로직)"),
    (15, 10, 0, "k1d02-05", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (16, 15, 5, "tis-core", "info", "deployment", "tis-core 7.5.0 배포 (귀경길 예상 소요시간 v2)"),
    (16, 23, 59, "tollmaster", "info", "config_change", "명절 통행료 면제 종료"),
    (17, 11, 0, "gyotong-api-stg", "info", "deployment", "gyotong-api-stg 5.2.0-beta1 배포"),
    (17, 19, 0, "hp-auth", "info", "deployment", "hp-auth 5.0.2 배포 (부정카드 조회 캐시 TTL 조정)"),
    (18, 3, 0, "san-k1-01", "info", "maintenance", "VSP E790 마이크로코드 93-07-21 무중단 업데이트"),
    (18, 15, 30, "k1d02-05", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (19, 20, 45, "hpc-issuer-if", "info", "deployment", "hpc-issuer-if 2.6.0 배포 (선불카드 신규 발행사 추가)"),
    (19, 23, 0, "ora-tcs", "warning", "batch_job", "파티션 사전생성 잡 PRE_PART_TOLL_TXN 실패 (ORA-20031 영업일 캘린더 없음)"),
    (20, 6, 40, "sunap-col", "info", "deployment", "sunap-col 3.4.1 배포 (전송 재시도 로직 보완)"),
    # T1 (Saturday afternoon)
    (11, 14, 18, "nas-anpr-img", "warning", "hardware", "node 4 drive bay 11 failed, FlexProtect job started"),
    (11, 14, 23, "nas-anpr-img", "critical", "latency", "NFS write latency 95 ms on /ifs/anpr/img (FlexProtect impact HIGH)"),
    (11, 14, 27, "anpr-core", "critical", "error", "번호판 이미지 저장 타임아웃, 인식 실패 27%"),
    (11, 14, 31, "chajong-cls", "major", "error", "영상 보정 불가, 센서 단독 판정 전환"),
    (11, 14, 34, "plate-review", "warning", "error", "검수 대기열 이미지 로딩 실패"),
    (11, 15, 5, "nas-anpr-img", "info", "config_change", "FlexProtect impact policy HIGH → LOW"),
    (11, 15, 20, "anpr-core", "info", "recovery", "이미지 저장 정상"),
    # T2 (departure eve)
    (13, 17, 41, "kfk-toll", "warning", "replication", "UnderReplicatedPartitions 38 (broker 2 disk util 100%)"),
    (13, 17, 44, "kfk-toll", "critical", "latency", "produce p99 2,400 ms, ISR shrink on toll.txn.*"),
    (13, 17, 48, "sunap-col", "critical", "error", "거래 전송 지연, 송신 큐 적체 41만건 / 실패 24%"),
    (13, 17, 52, "tis-core", "major", "error", "구간 소요시간 산출 지연 (입력 스트림 lag)"),
    (13, 17, 56, "tg112-tcs", "major", "error", "청계 영업소 거래 전송 실패, 로컬 버퍼 적재"),
    (13, 18, 0, "gyotong-api", "warning", "error", "소요시간 데이터 갱신 지연"),
    (13, 18, 30, "kfk-toll", "info", "config_change", "replica fetcher throttle 50MB/s, broker 2 leader 재분배"),
    (13, 18, 45, "sunap-col", "info", "recovery", "적체 해소, 전송 정상"),
    # T3 (Chuseok night)
    (15, 1, 30, "jeongsan_night_bat", "info", "batch_job", "야간 정산 배치 시작 (JSN_DAILY_CLOSE, 면제 재계산 포함)"),
    (15, 2, 1, "tbr-jsn", "warning", "tablespace", "UNDO tablespace usage 92%"),
    (15, 2, 4, "tbr-jsn", "critical", "tablespace", "TBR-21005: UNDO tablespace UNDO01 full"),
    (15, 2, 7, "jeongsan_night_bat", "critical", "batch_job", "JSN_DAILY_CLOSE step 12 (면제 재계산) ABORT"),
    (15, 2, 11, "jeongsan-hub", "major", "error", "거래 대사 실패 (DB write error)"),
    (15, 2, 16, "sunap-col", "warning", "error", "정산 허브 전송 지연"),
    (15, 2, 50, "tbr-jsn", "info", "config_change", "UNDO01 데이터파일 추가 (+128GB)"),
    (15, 3, 5, "jeongsan_night_bat", "info", "batch_job", "JSN_DAILY_CLOSE 재실행 (step 12부터)"),
    (15, 4, 40, "jeongsan_night_bat", "info", "batch_job", "야간 정산 배치 완료 (지연)"),
    # T4 (귀경 afternoon)
    (16, 15, 31, "db-tis-prod-a1", "warning", "cpu", "CPUUtilization 88% (autovacuum to prevent wraparound: link_speed_hist)"),
    (16, 15, 34, "db-tis-prod-a1", "critical", "performance", "ETA query seq scan, avg 4.2s/exec, CPU 100%"),
    (16, 15, 37, "tis-core", "critical", "error", "구간 소요시간 산출 실패 29%"),
    (16, 15, 41, "gyotong-api", "major", "error", "소요시간 API 타임아웃 증가"),
    (16, 15, 44, "vms-ctl", "warning", "error", "VMS 소요시간 문안 갱신 실패 (이전 문안 유지)"),
    (16, 16, 15, "db-tis-prod-a1", "info", "config_change", "autovacuum_vacuum_cost_limit 조정, 세션 정리"),
    (16, 16, 30, "tis-core", "info", "recovery", "소요시간 산출 정상"),
    # T5 (Saturday return traffic)
    (18, 10, 9, "rds-hipass", "warning", "memory", "AOF rewrite started, fork 1.8s, used_memory 41GB"),
    (18, 10, 13, "rds-hipass", "critical", "latency", "latency spike 180ms (copy-on-write), slowlog 증가"),
    (18, 10, 17, "hp-auth", "critical", "error", "카드 조회 타임아웃 33% (80ms 초과)"),
    (18, 10, 21, "tg112-rsugw", "major", "error", "청계 하이패스 카드 조회 실패, 오프라인 부정카드 목록 전환"),
    (18, 10, 23, "tg131-rsugw", "major", "error", "송도 하이패스 카드 조회 실패, 오프라인 전환"),
    (18, 10, 26, "tg407-rsugw", "warning", "error", "남청주 카드 조회 지연"),
    (18, 11, 0, "rds-hipass", "info", "config_change", "AOF rewrite 레플리카로 이전, auto-aof-rewrite-percentage 200"),
    (18, 11, 10, "hp-auth", "info", "recovery", "카드 조회 정상"),
    # T6 (Sunday night)
    (19, 21, 8, "k1c04-21", "warning", "hardware", "PERC H755 battery learn cycle failed, cache policy Write Through"),
    (19, 21, 12, "k1c04-21", "critical", "cpu", "iowait 71%, load average 48"),
    (19, 21, 16, "esb-core", "major", "error", "persistent store 쓰기 지연, 처리 스레드 고갈"),
    (19, 21, 19, "hpc-issuer-if", "critical", "error", "후불 승인/선불 충전 연계 실패 26%"),
    (19, 21, 24, "mina-notice", "warning", "error", "전자고지 발송 연계 타임아웃"),
    (19, 21, 27, "obu-reg", "warning", "error", "감면 자격 조회 연계 지연"),
    (19, 22, 0, "k1c04-21", "info", "config_change", "RAID cache policy 강제 Write Back (BBU 교체 요청)"),
    (19, 22, 10, "esb-core", "info", "recovery", "연계 정상"),
    # T7 (Monday rush, ongoing)
    (20, 7, 56, "ora-tcs", "warning", "performance", "enq: HW - contention, inserts into TOLL_TXN P_MAX"),
    (20, 7, 59, "ora-tcs", "critical", "performance", "commit time 850 ms, CPU 93% (TCSPRD1/2)"),
    (20, 8, 3, "sunap-col", "critical", "error", "거래 저장 실패 22%, 재시도 적체"),
    (20, 8, 7, "tg112-tcs", "major", "error", "청계 영업소 거래 전송 실패, 로컬 버퍼 적재"),
    (20, 8, 10, "tg407-tcs", "major", "error", "남청주 영업소 거래 전송 실패"),
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
    generate(NAME, "expressway-toll", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
