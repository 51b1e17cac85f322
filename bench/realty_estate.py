"""Generate the realty estate (tests/fixtures/realty-kr/, interchange format) and its faults file.

A Korean real-estate listing and contract platform (집다, Zipda): apartment/officetel listing search (code name
hanok: `hanok-search-api` over the Elasticsearch cluster `es-hanok`, the indexer `hanok-indexer`, `recommend`),
listing registration by brokers (`maemul-api` on the MySQL master `db-maemul`, photos through `photo-resizer`,
the 등기부 check `deungi_check`), the map (code name madang: `madang-tile` behind the Varnish tile cache
`tilecache-gsn`, the renderer `madang-render` over PostGIS `db-gis`, the CDN `cdn-madang`), prices (code name
sigse: the nightly 실거래가 ingest from the government open API `rtms_collector`, the index batch `sigse_index_bat`,
`sigse-api` on PostgreSQL `db-sigse`, 단지 정보 `danji-info`), e-contracts (code name dojang: `dojang-sign` with
the 본인인증 `bonin-kyc`, the signing HSM and the contract NAS), escrow (code name geumgo: `geumgo-escrow` and the
legacy 펌뱅킹 gateway `firmbank_gw` on Oracle RAC `ora-geumgo`, the nightly `settle_batch`), the broker CRM
(`jungae-crm`, the call desk `jungae-cti` at the office), chat (code name sodam: `sodam-chat` on `mongo-sodam`),
push (code name allim: `allim-push`, `allim-sender` over RabbitMQ `rmq-allim`), the app and web BFFs, login
(`member-auth` with the session Redis `kv-session`), premium listing ads (`gwango-ad`) and the back office.
Sites 가산IDC (consumer traffic), 판교IDC (transactions and price data), ncloud-kr2 (Naver Cloud, broker side and
push) and 역삼사옥 (the office); environments prod, stg, qa, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): product code names in romanised Korean (`hanok-`, `madang-`, `sigse-`,
`dojang-`, `geumgo-`, `jungae-`, `sodam-`, `allim-`, `bonin-`, `gwango-`), legacy snake_case (`rtms_collector`,
`firmbank_gw`, `settle_batch`, `deungi_check`, `old_maemul_admin`), `kv-` caches, cell/rack/slot host names in
the IDCs (`gsn-c2r05-s09`: 가산 cell 2, rack 05, slot 09; `pgy-c3r05-s01`), NKS worker nodes on Naver Cloud
(`nks-zp-prd-w04`) and office servers (`ysm-cti-01`).

Seven injected incidents (times KST; now = Monday 2027-03-15 09:40, in the Monday-morning listing rush of the
spring moving season; the window is the 10 days before):
  R1 Sat 06 02:25–03:20  (weekend, night, the 실거래가 batch) an anti-wraparound autovacuum on db-sigse's deal
                         table collides with the batch's bulk COPY, the lock queue eats every connection slot:
                         rtms_collector (loudest, v3.2.0 deployed at 01:50 is a bystander), sigse-api, danji-info
  R2 Mon 08 08:50–09:45  last Monday's rush: Sunday's weekly reindex swapped in an index with 0 replicas, two
                         es-hanok data nodes take every query and GC-storm: hanok-search-api (loudest, deployed at
                         08:30), recommend, app-bff, web-bff
  R3 Wed 10 11:10–12:05  the 11:00 봄 이사철 campaign push brings the app opens: kv-session reaches maxmemory with
                         noeviction (OOM command not allowed): member-auth (loudest, deployed at 10:40), app-bff,
                         web-bff
  R4 Thu 11 15:20–16:15  ora-geumgo loses RAC node 2 (interconnect, node eviction), the survivor struggles:
                         geumgo-escrow (loudest, deployed at 15:00), firmbank_gw, dojang-sign
  R5 Sat 13 14:00–14:55  (weekend, open-house browsing) tilecache-gsn's malloc storage fills with the ban list of
                         the morning's purge, it nukes and 503s: madang-tile (loudest; madang-render's 13:30 style
                         release is a bystander), app-bff, web-bff
  R6 Sun 14 22:10–23:05  (Sunday night chat peak) gsn-c2r05-s09's RAID controller loses its cache battery and
                         drops to write-through: mongo-sodam (the primary on it), sodam-chat (loudest), jungae-crm
  R7 Mon 15 09:05–now    today's rush: an online schema change (gh-ost) on db-maemul's listings table holds a
                         metadata lock at cut-over and connections pile up: maemul-api (loudest, deployed at
                         08:40), hanok-indexer, admin-console, jungae-crm (ongoing)
Confounders: the Monday-morning broker rush, the evening and weekend-afternoon browsing, the moving-season rise
day by day, the nightly 실거래가 batch (02:00), the index batch (04:30), the settlement batch (23:00), the weekly
full reindex (Sunday 03:00), two campaign pushes, deploys on victims before R1–R4 and R7, the style release before
R5, `gsn-c1r04-s14` and `pgy-c3r11-s07` in maintenance, the retired `old_maemul_admin`, the binlog disk of
`pgy-c3r11-s05` (db-jungae) creeping up and the l4-gsn-front certificate for www.zipda.co.kr expiring on
2027-03-28 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/realty_golden.py) are computed from the files.

    .venv/bin/python bench/realty_estate.py   # rewrites tests/fixtures/realty-kr*
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

NAME = "realty-kr"
NOW = datetime(2027, 3, 15, 0, 40, tzinfo=UTC)  # Monday 2027-03-15 09:40 KST
START = NOW - timedelta(days=10)  # Friday 2027-03-05 09:40 KST
SEED = 20270315
SITES = {"G": "가산IDC", "P": "판교IDC", "N": "ncloud-kr2", "Y": "역삼사옥"}
ENVS = {"P": "prod", "S": "stg", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2027-03")

SRCH, MAP, PRICE, CTR = "검색플랫폼팀", "map-platform", "시세데이터팀", "econtract-squad"
PAY, BRK, COMM, APP = "결제정산팀", "broker-growth", "커뮤니케이션팀", "app-core"
INFRA, DBA, SEC, NET = "인프라운영팀", "dba-guild", "security-eng", "network-ops"
BO, ADS, AUTH, TNS = "백오피스개발팀", "광고사업팀", "identity-team", "신뢰안전팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- front: BFFs and login (가산IDC)
    "app-bff": ("service", APP, "G", "P", ["gsn-c1r04-s11", "gsn-c1r04-s12"],
                ["hanok-search-api", "madang-tile", "sigse-api", "danji-info", "dojang-sign", "sodam-chat",
                 "member-auth", "kv-session", "gwango-ad"],
                {"desc": "집다 모바일 앱 BFF (iOS/Android)", "lang": "kotlin", "version": "9.14.2", "replicas": 14,
                 "port": 8080, "mau": 4100000}),
    "web-bff": ("service", APP, "G", "P", ["gsn-c1r04-s12", "gsn-c1r04-s15"],
                ["hanok-search-api", "madang-tile", "sigse-api", "danji-info", "member-auth", "kv-session"],
                {"desc": "www.zipda.co.kr 웹 BFF (Next.js SSR)", "lang": "typescript", "version": "4.22.0",
                 "replicas": 8, "port": 3000}),
    "member-auth": ("service", AUTH, "G", "P", ["gsn-c1r04-s11"], ["db-member", "kv-session"],
                    {"desc": "회원 로그인/토큰 (카카오, 네이버, 애플 로그인)", "lang": "java", "version": "6.8.1",
                     "replicas": 6, "port": 8443, "token_ttl_min": 30, "members": 7800000}),
    # ---------------------------------------------------------------- hanok: listing search
    "hanok-search-api": ("service", SRCH, "G", "P", ["gsn-c2r01-s07", "gsn-c2r01-s08"],
                         ["es-hanok", "kv-hanok-hot", "db-maemul-ro"],
                         {"desc": "매물 검색 API (아파트, 오피스텔, 원룸, 필터/정렬)", "lang": "java", "version": "12.3.0",
                          "replicas": 12, "port": 8080, "es_client": "8.12", "timeout_ms": 1500}),
    "hanok-indexer": ("service", SRCH, "G", "P", ["gsn-c2r01-s08"], ["kafka-zp", "es-hanok", "db-maemul"],
                      {"desc": "매물 변경 → 검색 색인 (증분, 일요일 03:00 전체 재색인)", "lang": "java",
                       "version": "5.6.2", "replicas": 3, "full_reindex": "일요일 03:00", "index_alias": "listings"}),
    "recommend": ("service", SRCH, "G", "P", ["gsn-c2r01-s07"], ["es-hanok", "kafka-zp"],
                  {"desc": "추천 매물 (비슷한 단지, 최근 본 매물)", "lang": "python", "version": "2.9.4",
                   "replicas": 4, "model": "twotower-v5"}),
    "maemul-api": ("service", BRK, "N", "P", ["nks-zp-prd-w01", "nks-zp-prd-w03"],
                   ["db-maemul", "kafka-zp", "obj-photo"],
                   {"desc": "매물 등록/수정/거래완료 (중개사 매물 관리)", "lang": "kotlin", "version": "7.1.0",
                    "replicas": 10, "port": 8080, "active_listings": 1830000}),
    "photo-resizer": ("service", BRK, "N", "P", ["nks-zp-prd-w03"], ["obj-photo", "kafka-zp"],
                      {"desc": "매물 사진 리사이즈/워터마크", "lang": "go", "version": "1.7.3", "replicas": 6,
                       "sizes": "320, 720, 1280"}),
    "heowi-detect": ("service", TNS, "N", "P", ["nks-zp-prd-w07"], ["db-maemul-ro", "kafka-zp", "obj-photo"],
                     {"desc": "허위매물 탐지 (사진 중복, 가격 이상치)", "lang": "python", "version": "1.3.0",
                      "replicas": 3, "model": "fakelisting-gbm-v9"}),
    "bunyang-info": ("service", BRK, "N", "P", ["nks-zp-prd-w07"], ["db-maemul-ro", "obj-photo"],
                     {"desc": "분양 정보 (신축 분양, 청약 일정)", "lang": "kotlin", "version": "1.6.2", "replicas": 2}),
    "deungi_check": ("service", BRK, "N", "P", ["nks-zp-prd-w03"], ["db-maemul"],
                     {"desc": "등기부등본 확인 (허위매물 검증, 인터넷등기소 연계)", "lang": "python", "version": "0.18.2",
                      "schedule": "매시 10분", "daily_checks": 42000}),
    # ---------------------------------------------------------------- madang: map
    "madang-tile": ("service", MAP, "G", "P", ["gsn-c1r04-s13"], ["tilecache-gsn", "madang-render"],
                    {"desc": "지도 타일 API (벡터 타일, 매물 클러스터 마커)", "lang": "go", "version": "3.4.1",
                     "replicas": 8, "port": 8081, "zoom_levels": "6-19", "tile_format": "MVT"}),
    "madang-render": ("service", MAP, "G", "P", ["gsn-c1r05-s03"], ["db-gis", "obj-tiles"],
                      {"desc": "타일 렌더러 (지도 스타일, 단지 경계)", "lang": "c++", "version": "2.11.0",
                       "replicas": 4, "style": "zipda-light-2027"}),
    # ---------------------------------------------------------------- sigse: prices
    "sigse-api": ("service", PRICE, "P", "P", ["pgy-c3r07-s02"], ["db-sigse", "kv-sigse"],
                  {"desc": "시세/실거래가 조회 API (단지별 실거래, 시세 지수)", "lang": "java", "version": "4.0.7",
                   "replicas": 6, "port": 8080}),
    "rtms_collector": ("service", PRICE, "P", "P", ["pgy-c3r07-s01"], ["db-sigse", "kafka-zp"],
                       {"desc": "국토부 실거래가 공개시스템(RTMS) 오픈API 수집 배치", "lang": "python",
                        "version": "3.2.0", "schedule": "매일 02:00", "api_quota_per_day": 1000000,
                        "source": "data.go.kr 아파트매매 실거래 상세 자료"}),
    "sigse_index_bat": ("service", PRICE, "P", "P", ["pgy-c3r07-s01"], ["db-sigse"],
                        {"desc": "시세 지수 산출 배치 (주간 아파트 지수)", "lang": "python", "version": "1.4.0",
                         "schedule": "매일 04:30"}),
    "daechul-calc": ("service", PRICE, "P", "P", ["pgy-c3r07-s02"], ["kv-sigse"],
                     {"desc": "대출 한도/이자 계산기 (LTV, DSR)", "lang": "java", "version": "1.1.4", "replicas": 2}),
    "danji-info": ("service", PRICE, "P", "P", ["pgy-c3r07-s02"], ["db-gis", "sigse-api", "kv-sigse"],
                   {"desc": "단지 정보 (세대수, 평형, 관리비, 학군)", "lang": "java", "version": "2.2.5",
                    "replicas": 4, "complexes": 41800}),
    # ---------------------------------------------------------------- dojang: e-contracts, bonin: identity
    "dojang-sign": ("service", CTR, "P", "P", ["pgy-c3r05-s04"],
                    ["bonin-kyc", "pg-dojang", "nas-contract", "geumgo-escrow", "allim-push"],
                    {"desc": "부동산 전자계약 서명 (임대차, 매매, 확정일자 연계)", "lang": "java", "version": "3.12.0",
                     "replicas": 4, "port": 8443, "daily_contracts": 2300, "signature": "PAdES-LTV"}),
    "bonin-kyc": ("service", AUTH, "P", "P", ["pgy-c3r05-s04"], ["kv-kyc", "db-member"],
                  {"desc": "본인인증 (PASS, 휴대폰, 공동인증서, 신분증 진위확인)", "lang": "java", "version": "2.5.3",
                   "replicas": 4, "providers": "PASS, KCB, 행안부 진위확인"}),
    # ---------------------------------------------------------------- geumgo: escrow
    "geumgo-escrow": ("service", PAY, "P", "P", ["pgy-c3r05-s03"], ["ora-geumgo", "firmbank_gw", "kafka-zp"],
                      {"desc": "계약금/잔금 에스크로 (가상계좌, 안전결제)", "lang": "java", "version": "8.3.1",
                       "replicas": 4, "port": 8443, "escrow_accounts": 18600, "bank": "신한은행"}),
    "firmbank_gw": ("service", PAY, "P", "P", ["pgy-c3r05-s03"], ["ora-geumgo"],
                    {"desc": "펌뱅킹/가상계좌 은행 연계 (전문 송수신)", "lang": "c", "version": "2019.4",
                     "banks": 6, "protocol": "KFTC 전문"}),
    "settle_batch": ("service", PAY, "P", "P", ["pgy-c3r07-s01"], ["ora-geumgo", "db-jungae"],
                     {"desc": "중개보수/에스크로 일 정산 배치", "lang": "java", "version": "1.9.8",
                      "schedule": "매일 23:00"}),
    # ---------------------------------------------------------------- broker CRM, ads, back office
    "jungae-crm": ("service", BRK, "N", "P", ["nks-zp-prd-w02", "nks-zp-prd-w06"],
                   ["db-jungae", "maemul-api", "sodam-chat", "allim-push", "kafka-zp"],
                   {"desc": "중개사 CRM (고객 관리, 문의, 방문 예약)", "lang": "kotlin", "version": "5.0.3",
                    "replicas": 8, "brokers": 38500}),
    "jungae-cti": ("service", BRK, "Y", "P", ["ysm-cti-01"], ["jungae-crm"],
                   {"desc": "중개사 상담 콜센터 CTI", "product": "Avaya Aura 10.1", "seats": 60}),
    "gwango-ad": ("service", ADS, "N", "P", ["nks-zp-prd-w02"], ["db-jungae", "kv-hanok-hot"],
                  {"desc": "프리미엄 매물 광고 노출/과금", "lang": "go", "version": "2.3.0", "replicas": 4,
                   "ad_slots": 12}),
    "admin-console": ("service", BO, "N", "P", ["nks-zp-prd-w01"], ["db-maemul", "db-member", "db-jungae"],
                      {"desc": "운영 백오피스 (매물 검수, 신고 처리, 중개사 승인)", "lang": "typescript",
                       "version": "3.8.0", "replicas": 2, "operators": 140}),
    # ---------------------------------------------------------------- sodam: chat, allim: push
    "sodam-chat": ("service", COMM, "G", "P", ["gsn-c2r05-s11"], ["mongo-sodam", "kv-chat-pubsub", "allim-push"],
                   {"desc": "세입자/매수자 ↔ 중개사 채팅", "lang": "kotlin", "version": "4.4.0", "replicas": 6,
                    "protocol": "WebSocket", "daily_rooms": 96000}),
    "allim-push": ("service", COMM, "N", "P", ["nks-zp-prd-w04", "nks-zp-prd-w06"], ["rmq-allim", "db-member"],
                   {"desc": "푸시/알림톡 발송 API (관심단지 신규매물, 채팅, 계약 알림)", "lang": "go",
                    "version": "2.12.1", "replicas": 6}),
    "allim-sender": ("service", COMM, "N", "P", ["nks-zp-prd-w04"], ["rmq-allim"],
                     {"desc": "FCM/APNs/카카오 알림톡 발송 워커", "lang": "go", "version": "2.12.1", "replicas": 8,
                      "channels": "FCM, APNs, 알림톡"}),
    # ---------------------------------------------------------------- stg, qa, dev, retired
    "app-bff-stg": ("service", APP, "N", "S", ["nks-zp-stg-w01"], ["hanok-search-api-stg", "kv-session"],
                    {"desc": "앱 BFF (스테이징)", "version": "9.15.0-rc1", "replicas": 2}),
    "hanok-search-api-stg": ("service", SRCH, "N", "S", ["nks-zp-stg-w01"], ["es-hanok-stg"],
                             {"desc": "매물 검색 (스테이징)", "version": "12.4.0-rc2", "replicas": 2}),
    "dojang-sign-qa": ("service", CTR, "P", "Q", ["pgy-qa-vm03"], ["geumgo-escrow-qa"],
                       {"desc": "전자계약 (QA, 은행 테스트베드 연결)", "version": "3.13.0-rc1", "replicas": 1}),
    "geumgo-escrow-qa": ("service", PAY, "P", "Q", ["pgy-qa-vm03"], ["ora-geumgo-qa"],
                         {"desc": "에스크로 (QA)", "version": "8.4.0-rc1", "replicas": 1}),
    "sodam-chat-dev": ("service", COMM, "N", "D", ["nks-zp-dev-w01"], [],
                       {"desc": "채팅 (개발)", "version": "4.5.0-SNAPSHOT", "replicas": 1}),
    "maemul-api-dev": ("service", BRK, "N", "D", ["nks-zp-dev-w01"], [],
                       {"desc": "매물 등록 (개발)", "version": "7.2.0-SNAPSHOT", "replicas": 1}),
    "old_maemul_admin": ("service", BO, "G", "P", [], [],
                         {"desc": "구 매물 관리자 (PHP 5.6, admin-console로 대체)", "version": "2016.11",
                          "decommissioned": "2026-12-31"}),
    # ---------------------------------------------------------------- databases
    "db-maemul": ("database", DBA, "G", "P", ["gsn-c2r06-s01"], [],
                  {"engine": "mysql", "version": "8.0.36", "port": 3306, "role": "master", "max_connections": 2000,
                   "size_gb": 2600, "desc": "매물 원장 (listings, photos, brokers' listings)"}),
    "db-maemul-ro": ("database", DBA, "G", "P", ["gsn-c2r06-s02"], [],
                     {"engine": "mysql", "version": "8.0.36", "port": 3306, "role": "replica", "replica_of": "db-maemul",
                      "desc": "매물 원장 읽기 복제본"}),
    "db-member": ("database", DBA, "G", "P", ["gsn-c2r06-s03"], [],
                  {"engine": "mysql", "version": "8.0.36", "port": 3306, "size_gb": 410,
                   "desc": "회원, 관심단지, 알림 설정"}),
    "db-jungae": ("database", DBA, "P", "P", ["pgy-c3r11-s05"], [],
                  {"engine": "mysql", "version": "5.7.44", "port": 3306, "size_gb": 980,
                   "binlog_expire_days": 14, "desc": "중개사, CRM, 광고 과금"}),
    "db-sigse": ("database", DBA, "P", "P", ["pgy-c3r02-s08"], [],
                 {"engine": "postgresql", "version": "15.6", "port": 5432, "max_connections": 400, "size_gb": 1750,
                  "desc": "실거래가, 시세 지수 (deal 테이블 9.2억 행)"}),
    "db-gis": ("database", DBA, "P", "P", ["pgy-c3r02-s09"], [],
               {"engine": "postgresql", "version": "14.11", "extension": "PostGIS 3.4", "port": 5432,
                "desc": "단지 경계, 지적도, 행정구역"}),
    "pg-dojang": ("database", DBA, "P", "P", ["pgy-c3r02-s10"], [],
                  {"engine": "postgresql", "version": "15.6", "port": 5432, "size_gb": 640,
                   "desc": "전자계약 문서 메타, 서명 이력"}),
    "ora-geumgo": ("database", DBA, "P", "P", ["pgy-c3r05-s01", "pgy-c3r05-s02"], [],
                   {"engine": "oracle", "version": "19.22", "port": 1521, "sid": "GEUMGO", "rac_nodes": 2,
                    "size_gb": 1200, "desc": "에스크로 원장, 가상계좌, 정산"}),
    "mongo-sodam": ("database", COMM, "G", "P", ["gsn-c2r05-s09", "gsn-c2r05-s10"], [],
                    {"engine": "mongodb", "version": "7.0.8", "port": 27017, "replica_set": "rs-sodam",
                     "desc": "채팅 메시지, 채팅방"}),
    "es-hanok": ("database", SRCH, "G", "P", ["gsn-c2r01-s03", "gsn-c2r01-s04", "gsn-c2r01-s05", "gsn-c2r01-s06"],
                 [], {"engine": "elasticsearch", "version": "8.12.2", "port": 9200, "data_nodes": 4, "shards": 24,
                      "replicas": 1, "heap_gb": 31, "docs": 1830000, "desc": "매물 검색 클러스터 (alias listings)"}),
    "es-hanok-stg": ("database", SRCH, "N", "S", ["nks-zp-stg-w01"], [],
                     {"engine": "elasticsearch", "version": "8.13.0", "port": 9200, "data_nodes": 1}),
    "ora-geumgo-qa": ("database", DBA, "P", "Q", ["pgy-qa-vm03"], [],
                      {"engine": "oracle", "version": "19.22", "port": 1521, "sid": "GEUMGOQ"}),
    # ---------------------------------------------------------------- caches, queues
    "kv-session": ("cache", AUTH, "N", "P", [], [],
                   {"engine": "redis", "product": "Cloud DB for Redis (NCP) 7.0", "maxmemory_gb": 32, "port": 6379,
                    "maxmemory_policy": "noeviction", "desc": "로그인 세션, 토큰"}),
    "kv-hanok-hot": ("cache", SRCH, "G", "P", ["gsn-c2r01-s09"], [],
                     {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 48, "port": 6379,
                      "maxmemory_policy": "allkeys-lfu", "desc": "인기 매물/검색 결과 캐시"}),
    "kv-sigse": ("cache", PRICE, "P", "P", ["pgy-c3r07-s02"], [],
                 {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 16, "port": 6379, "desc": "단지 시세 캐시"}),
    "kv-chat-pubsub": ("cache", COMM, "G", "P", ["gsn-c2r05-s11"], [],
                       {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 8, "port": 6379,
                        "desc": "채팅 pub/sub, 접속 상태"}),
    "kv-kyc": ("cache", AUTH, "P", "P", ["pgy-c3r05-s04"], [],
               {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 4, "port": 6379, "desc": "본인인증 nonce/OTP"}),
    "tilecache-gsn": ("cache", MAP, "G", "P", ["gsn-c1r05-s02"], [],
                      {"engine": "varnish", "version": "7.4.2", "storage": "malloc,96G", "port": 6081,
                       "desc": "지도 타일 캐시 (hit ratio 목표 97%)"}),
    "kafka-zp": ("queue", INFRA, "P", "P", ["pgy-c3r09-s01", "pgy-c3r09-s02", "pgy-c3r09-s03"], [],
                 {"product": "Apache Kafka 3.6.1", "brokers": 3, "topics": 64, "port": 9092,
                  "desc": "매물 변경, 계약, 결제 이벤트"}),
    "kafka-zp-stg": ("queue", INFRA, "N", "S", ["nks-zp-stg-w01"], [],
                     {"product": "Apache Kafka 3.7.0", "brokers": 1, "port": 9092}),
    "rmq-allim": ("queue", COMM, "N", "P", ["nks-zp-prd-w05"], [],
                  {"product": "RabbitMQ 3.12.13", "port": 5672, "queues": 38, "vm_memory_high_watermark": 0.6,
                   "desc": "푸시/알림톡 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-gsn-front": ("G", NET, ["app-bff", "web-bff"],
                     {"vendor": "A10", "model": "Thunder 3350S", "vip": "211.45.20.10", "endpoint": "www.zipda.co.kr",
                      "cert_expiry": "2027-03-28", "firmware": "ACOS 6.0.2"}),
    "l4-pgy-txn": ("P", NET, ["dojang-sign", "geumgo-escrow", "bonin-kyc"],
                   {"vendor": "F5", "model": "BIG-IP i7800", "vip": "10.20.8.30", "endpoint": "txn.zipda.co.kr",
                    "cert_expiry": "2027-11-02", "firmware": "17.1.1"}),
    "ncp-lb-crm": ("N", BRK, ["jungae-crm", "maemul-api", "admin-console"],
                   {"vendor": "Naver Cloud", "model": "Application Load Balancer", "endpoint": "partner.zipda.co.kr",
                    "cert_expiry": "2027-08-19"}),
    "cdn-madang": ("N", MAP, ["madang-tile"],
                   {"vendor": "Naver Cloud", "model": "Global Edge", "endpoint": "tile.zipda.co.kr",
                    "cert_expiry": "2027-06-30"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-contract": ("P", CTR, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 120, "ontap": "9.13.1P6",
                                "desc": "서명된 계약서 PDF (10년 보관)"}, ["pgy-c3r05-s04"]),
    "san-pgy-01": ("P", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 240,
                                "desc": "판교 DB 블록 스토리지"},
                   ["pgy-c3r05-s01", "pgy-c3r05-s02", "pgy-c3r02-s08", "pgy-c3r02-s10"]),
    "nas-backup-pgy": ("P", INFRA, {"vendor": "Synology", "model": "SA6400", "capacity_tb": 380,
                                    "desc": "DB 백업, WAL/아카이브 보관"}, ["pgy-c3r02-s08", "pgy-c3r11-s05"]),
    "ysm-nas-01": ("Y", INFRA, {"vendor": "Synology", "model": "RS3621xs+", "capacity_tb": 96,
                                "desc": "사옥 파일서버, 상담 녹취 보관"}, ["ysm-cti-01"]),
    "obj-tiles": ("N", MAP, {"vendor": "Naver Cloud", "model": "Object Storage", "capacity_tb": 60,
                             "bucket": "zp-tiles-prd", "desc": "렌더된 타일 원본"}, []),
    "obj-photo": ("N", BRK, {"vendor": "Naver Cloud", "model": "Object Storage", "capacity_tb": 540,
                             "bucket": "zp-listing-photo", "desc": "매물 사진 원본/리사이즈"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 가산IDC: cell, rack, slot
    "gsn-c1r04-s11": ("G", "P", "bare", {"role": "앱 BFF, 로그인"}),
    "gsn-c1r04-s12": ("G", "P", "bare", {"role": "앱/웹 BFF"}),
    "gsn-c1r04-s13": ("G", "P", "bare", {"role": "지도 타일 API"}),
    "gsn-c1r04-s14": ("G", "P", "bare", {"role": "예비 웹 (메인보드 교체 대기)"}),
    "gsn-c1r04-s15": ("G", "P", "bare", {"role": "웹 BFF"}),
    "gsn-c1r05-s02": ("G", "P", "bare", {"role": "Varnish 타일 캐시", "mem_gb": 128}),
    "gsn-c1r05-s03": ("G", "P", "bare", {"role": "타일 렌더러"}),
    "gsn-c2r01-s03": ("G", "P", "bare", {"role": "ES data node (hot)", "es_node": "es-hanok-d1"}),
    "gsn-c2r01-s04": ("G", "P", "bare", {"role": "ES data node (hot)", "es_node": "es-hanok-d2"}),
    "gsn-c2r01-s05": ("G", "P", "bare", {"role": "ES data node (hot)", "es_node": "es-hanok-d3"}),
    "gsn-c2r01-s06": ("G", "P", "bare", {"role": "ES data node (hot)", "es_node": "es-hanok-d4"}),
    "gsn-c2r01-s07": ("G", "P", "bare", {"role": "검색 API, 추천"}),
    "gsn-c2r01-s08": ("G", "P", "bare", {"role": "검색 API, 색인기"}),
    "gsn-c2r01-s09": ("G", "P", "bare", {"role": "Redis 인기매물 캐시"}),
    "gsn-c2r01-s10": ("G", "P", "bare", {"role": "Kibana, ES 모니터링"}),
    "gsn-c2r05-s09": ("G", "P", "bare", {"role": "MongoDB rs-sodam primary", "raid": "PERC H755 RAID10"}),
    "gsn-c2r05-s10": ("G", "P", "bare", {"role": "MongoDB rs-sodam secondary", "raid": "PERC H755 RAID10"}),
    "gsn-c2r05-s11": ("G", "P", "bare", {"role": "채팅 서버, pub/sub Redis"}),
    "gsn-c2r06-s01": ("G", "P", "bare", {"role": "MySQL 매물 master"}),
    "gsn-c2r06-s02": ("G", "P", "bare", {"role": "MySQL 매물 replica"}),
    "gsn-c2r06-s03": ("G", "P", "bare", {"role": "MySQL 회원"}),
    "gsn-fw-01": ("G", "P", "net", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5430",
                                    "firmware": "PAN-OS 11.1.2", "desc": "가산 인터넷 경계 방화벽"}),
    # 판교IDC
    "pgy-c3r02-s08": ("P", "P", "bare", {"role": "PostgreSQL 시세"}),
    "pgy-c3r02-s09": ("P", "P", "bare", {"role": "PostGIS"}),
    "pgy-c3r02-s10": ("P", "P", "bare", {"role": "PostgreSQL 전자계약"}),
    "pgy-c3r05-s01": ("P", "P", "bare", {"role": "Oracle RAC node 1 (GEUMGO1)"}),
    "pgy-c3r05-s02": ("P", "P", "bare", {"role": "Oracle RAC node 2 (GEUMGO2)"}),
    "pgy-c3r05-s03": ("P", "P", "bare", {"role": "에스크로, 펌뱅킹"}),
    "pgy-c3r05-s04": ("P", "P", "bare", {"role": "전자계약, 본인인증"}),
    "pgy-c3r07-s01": ("P", "P", "bare", {"role": "배치 서버 (실거래가, 지수, 정산)"}),
    "pgy-c3r07-s02": ("P", "P", "bare", {"role": "시세 API, 단지 정보"}),
    "pgy-c3r07-s03": ("P", "P", "bare", {"role": "배치 서버 예비 (대기)"}),
    "pgy-c3r09-s01": ("P", "P", "bare", {"role": "Kafka broker 1"}),
    "pgy-c3r09-s02": ("P", "P", "bare", {"role": "Kafka broker 2"}),
    "pgy-c3r09-s03": ("P", "P", "bare", {"role": "Kafka broker 3"}),
    "pgy-c3r11-s05": ("P", "P", "bare", {"role": "MySQL 중개사 (binlog /data/binlog)"}),
    "pgy-c3r11-s07": ("P", "P", "bare", {"role": "예비 DB (디스크 교체 중)"}),
    "pgy-hsm-01": ("P", "P", "appliance", {"role": "전자서명 HSM", "model": "Thales Luna Network HSM 7",
                                           "firmware": "7.8.4", "fips": "140-2 L3"}),
    "pgy-qa-vm03": ("P", "Q", "vm", {"role": "QA 공용 (전자계약, 에스크로, Oracle)"}),
    # ncloud-kr2: NKS worker nodes
    "nks-zp-prd-w01": ("N", "P", "nks", {"node_pool": "general"}),
    "nks-zp-prd-w02": ("N", "P", "nks", {"node_pool": "general"}),
    "nks-zp-prd-w03": ("N", "P", "nks", {"node_pool": "media"}),
    "nks-zp-prd-w04": ("N", "P", "nks", {"node_pool": "push"}),
    "nks-zp-prd-w05": ("N", "P", "nks", {"node_pool": "stateful"}),
    "nks-zp-prd-w06": ("N", "P", "nks", {"node_pool": "general"}),
    "nks-zp-prd-w07": ("N", "P", "nks", {"node_pool": "media"}),
    "nks-zp-stg-w01": ("N", "S", "nks", {"node_pool": "stg"}),
    "nks-zp-dev-w01": ("N", "D", "nks", {"node_pool": "dev"}),
    # 역삼사옥
    "ysm-cti-01": ("Y", "P", "vm", {"role": "중개사 상담 CTI"}),
    "ysm-vpn-01": ("Y", "P", "net", {"device": "VPN", "vendor": "Fortinet", "model": "FortiGate 200F",
                                     "firmware": "FortiOS 7.4.3", "desc": "사옥 ↔ 가산/판교 IPsec"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("dojang-sign", "pgy-hsm-01"),
    ("l4-gsn-front", "gsn-fw-01"),
    ("jungae-cti", "ysm-vpn-01"),
    ("cdn-madang", "obj-tiles"),
]
# fmt: on
STATUS = {"gsn-c1r04-s14": "maintenance", "pgy-c3r11-s07": "maintenance", "old_maemul_admin": "retired"}
NET_PREFIX = {"G": "10.10", "P": "10.20", "N": "172.31", "Y": "192.168"}
OWNER_BY_KIND = {"bare": INFRA, "vm": INFRA, "nks": APP, "net": NET, "appliance": SEC}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "R1",
        "kind": "lock_queue",
        "root": "db-sigse",
        "description": "in the small hours of Saturday an anti-wraparound autovacuum on db-sigse's deal table"
        " collides with the nightly 실거래가 batch's bulk COPY; the lock queue behind it eats every connection"
        " slot: rtms_collector fails loudest (its v3.2.0 deploy at 01:50 is a bystander), sigse-api and"
        " danji-info time out, until the vacuum is cancelled and the batch re-run",
        "start": kst(6, 2, 25),
        "end": kst(6, 3, 20),
        "affected": ["db-sigse", "rtms_collector", "sigse-api", "danji-info"],
    },
    {
        "id": "R2",
        "kind": "shard_hotspot_gc",
        "root": "es-hanok",
        "description": "on last Monday's listing rush the es-hanok cluster GC-storms: Sunday's weekly full"
        " reindex swapped in an index created with 0 replicas, so two data nodes carry every query;"
        " hanok-search-api times out loudest (its 08:30 deploy is a bystander), recommend, app-bff and web-bff"
        " follow, until replicas are set back to 1",
        "start": kst(8, 8, 50),
        "end": kst(8, 9, 45),
        "affected": ["es-hanok", "hanok-search-api", "recommend", "app-bff", "web-bff"],
    },
    {
        "id": "R3",
        "kind": "cache_maxmemory",
        "root": "kv-session",
        "description": "the 11:00 봄 이사철 campaign push brings a wave of app opens and kv-session reaches"
        " maxmemory with the noeviction policy (OOM command not allowed): logins and token refreshes fail,"
        " member-auth loudest (its 10:40 deploy is a bystander), app-bff and web-bff follow, until maxmemory is"
        " raised and expired sessions purged",
        "start": kst(10, 11, 10),
        "end": kst(10, 12, 5),
        "affected": ["kv-session", "member-auth", "app-bff", "web-bff"],
    },
    {
        "id": "R4",
        "kind": "rac_node_eviction",
        "root": "ora-geumgo",
        "description": "on Thursday afternoon ora-geumgo's RAC node 2 is evicted (interconnect heartbeat lost)"
        " and the surviving instance struggles with the remastering: geumgo-escrow fails loudest (deployed at"
        " 15:00, a bystander), firmbank_gw's bank messages time out and dojang-sign cannot open escrow accounts,"
        " until node 2 rejoins",
        "start": kst(11, 15, 20),
        "end": kst(11, 16, 15),
        "affected": ["ora-geumgo", "geumgo-escrow", "firmbank_gw", "dojang-sign"],
    },
    {
        "id": "R5",
        "kind": "cache_storage_exhausted",
        "root": "tilecache-gsn",
        "description": "on Saturday afternoon's open-house browsing tilecache-gsn's malloc storage fills (the"
        " ban list of the morning's purge keeps objects alive), it nukes objects and answers 503: madang-tile"
        " fails loudest (madang-render's 13:30 style release is a bystander), the map panels of app-bff and"
        " web-bff follow, until Varnish is restarted with a lurker-friendly ban",
        "start": kst(13, 14, 0),
        "end": kst(13, 14, 55),
        "affected": ["tilecache-gsn", "madang-tile", "app-bff", "web-bff"],
    },
    {
        "id": "R6",
        "kind": "raid_write_through",
        "root": "gsn-c2r05-s09",
        "description": "in Sunday night's chat peak the RAID controller of gsn-c2r05-s09 loses its cache battery"
        " and drops to write-through: the mongo-sodam primary on it stalls on journal writes, sodam-chat fails"
        " loudest, jungae-crm's chat inbox follows, until the primary is stepped down to gsn-c2r05-s10",
        "start": kst(14, 22, 10),
        "end": kst(14, 23, 5),
        "affected": ["gsn-c2r05-s09", "mongo-sodam", "sodam-chat", "jungae-crm"],
    },
    {
        "id": "R7",
        "kind": "metadata_lock",
        "root": "db-maemul",
        "description": "in this Monday's listing rush an online schema change (gh-ost) on db-maemul's listings"
        " table waits for a metadata lock at cut-over and every query on the table queues behind it until"
        " max_connections: maemul-api fails loudest (deployed at 08:40, a bystander), hanok-indexer,"
        " admin-console and jungae-crm follow (ongoing)",
        "start": kst(15, 9, 5),
        "end": None,
        "affected": ["db-maemul", "maemul-api", "hanok-indexer", "admin-console", "jungae-crm"],
    },
]
R1, R2, R3, R4, R5, R6, R7 = INCIDENTS
CAMPAIGNS = [(kst(10, 11, 0), kst(10, 11, 40)), (kst(12, 18, 30), kst(12, 19, 10))]  # campaign pushes
REINDEX = [(kst(7, 3, 0), kst(7, 4, 10)), (kst(14, 3, 0), kst(14, 4, 5))]  # weekly full reindex


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
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{30 + i // 6}.{21 + (i * 29) % 200}"}
        if kind == "bare":
            cell, rack, slot = h[5], h[7:9], h[11:]
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Rocky Linux 8.9", "RHEL 9.3", "Ubuntu 22.04 LTS"]),
                      "cores": rng.choice([32, 48, 64]), "mem_gb": rng.choice([128, 256, 384, 512]),
                      "vendor": rng.choice(["Dell PowerEdge R760", "Lenovo ThinkSystem SR650 V3", "HPE DL380 Gen11"]),
                      "serial": f"{rng.choice(['7Z', 'CN7', 'SGH'])}{rng.randint(100000, 999999)}",
                      "cell": int(cell), "rack": f"R{rack}", "slot": int(slot)}  # fmt: skip
        elif kind == "vm":
            attrs |= {"os": "Windows Server 2022" if h.startswith("ysm") else "Rocky Linux 8.9",
                      "vcpu": rng.choice([8, 16]), "mem_gb": rng.choice([32, 64]),
                      "hypervisor": "VMware vSphere 8.0U2"}  # fmt: skip
        elif kind == "nks":
            cluster = {"P": "zp-prd", "S": "zp-stg", "D": "zp-dev"}[env]
            attrs |= {"cluster": cluster, "os": "Ubuntu 22.04 LTS", "kubelet": "v1.28.9",
                      "server_spec": rng.choice(["c16-g3", "s16-g3", "m16-g3"]), "zone": rng.choice(["KR-1", "KR-2"])}  # fmt: skip
        attrs |= extra
        owner = OWNER_BY_KIND[kind]
        if h in ("gsn-c2r06-s01", "gsn-c2r06-s02", "gsn-c2r06-s03", "pgy-c3r02-s08", "pgy-c3r02-s09",
                 "pgy-c3r02-s10", "pgy-c3r05-s01", "pgy-c3r05-s02", "pgy-c3r11-s05"):  # fmt: skip
            owner = DBA
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _season(ts: datetime) -> float:
    """The spring moving season: a little more traffic every day of the window."""
    return 1 + 0.012 * (ts - START).total_seconds() / 86400


def _browse(ts: datetime) -> float:
    """Tenants and buyers browsing: commute, lunch and a big evening peak on weekdays (and Monday morning's
    look at the weekend's new listings); open-house afternoons and evenings at weekends."""
    loc, h = _local(ts), seoul_hour(ts)
    if loc.weekday() >= 5:
        v = 0.1 + 0.5 * _bump(h, 14.5, 2.4) + 0.45 * _bump(h, 21.5, 1.6)
    else:
        v = 0.07 + 0.2 * _bump(h, 8.4, 0.9) + 0.25 * _bump(h, 12.6, 0.9) + 0.6 * _bump(h, 21.7, 1.5)
        v += 0.18 * (1 if 9 <= h < 23 else 0)
        if loc.weekday() == 0:
            v += 0.2 * _bump(h, 9.4, 1.0)
    return max(0.05, min(1.0, v * _season(ts)))


def _broker(ts: datetime) -> float:
    """Brokers registering and updating listings: office hours, a morning rush, the Monday rush biggest."""
    loc, h = _local(ts), seoul_hour(ts)
    wd = loc.weekday()
    if wd == 6:
        v = 0.06 + 0.12 * (1 if 11 <= h < 17 else 0)
    elif wd == 5:
        v = 0.06 + 0.4 * (1 if 10 <= h < 16 else 0)
    else:
        v = 0.06 + 0.5 * (1 if 8.5 <= h < 19 else 0) + 0.25 * _bump(h, 9.6, 0.7)
        if wd == 0:
            v += 0.22 * _bump(h, 9.5, 0.8)
    return max(0.05, min(1.0, v * _season(ts)))


def _contract(ts: datetime) -> float:
    loc, h = _local(ts), seoul_hour(ts)
    wd = loc.weekday()
    if wd == 6:
        return 0.05
    if wd == 5:
        return 0.05 + 0.45 * (1 if 10 <= h < 15 else 0)
    return min(1.0, (0.05 + 0.65 * (1 if 10 <= h < 18 else 0) + 0.15 * _bump(h, 11.0, 1.0)) * _season(ts))


def _chat(ts: datetime) -> float:
    loc, h = _local(ts), seoul_hour(ts)
    if loc.weekday() >= 5:
        v = 0.08 + 0.4 * _bump(h, 15.0, 2.8) + 0.55 * _bump(h, 21.8, 1.4)
    else:
        v = 0.06 + 0.3 * (1 if 10 <= h < 23 else 0) + 0.45 * _bump(h, 21.3, 1.4)
    return max(0.05, min(1.0, v))


def _push(ts: datetime) -> float:
    v = 0.6 * _chat(ts) + 0.1
    for a, z in CAMPAIGNS:
        v += 0.7 * ramp(ts, a, z, rise=10, fall=15)
    return min(1.0, v)


def _nightly(ts: datetime) -> float:
    """The batch server: 실거래가 ingest 02:00–03:40, the index 04:30–05:10, the settlement 23:00–23:40."""
    h = seoul_hour(ts)
    if 2 <= h < 3.67:
        return 0.9
    if 4.5 <= h < 5.17:
        return 0.7
    if 23 <= h < 23.67:
        return 0.6
    return 0.08


def _office(ts: datetime) -> float:
    loc, h = _local(ts), seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.08
    return 0.1 + 0.7 * (1 if 9 <= h < 18.5 else 0)


def _steady(ts: datetime) -> float:
    return 0.5


BROWSE = {
    "app-bff", "web-bff", "member-auth", "hanok-search-api", "recommend", "es-hanok", "kv-hanok-hot",
    "kv-session", "madang-tile", "madang-render", "tilecache-gsn", "sigse-api", "kv-sigse", "danji-info",
    "db-gis", "db-member", "db-maemul-ro", "daechul-calc", "gwango-ad", "l4-gsn-front", "cdn-madang", "obj-tiles",
    "gsn-c1r04-s11", "gsn-c1r04-s12", "gsn-c1r04-s13", "gsn-c1r04-s15", "gsn-c1r05-s02", "gsn-c1r05-s03",
    "gsn-c2r01-s03", "gsn-c2r01-s04", "gsn-c2r01-s05", "gsn-c2r01-s06", "gsn-c2r01-s07", "gsn-c2r01-s09",
    "gsn-c2r06-s02", "gsn-c2r06-s03", "pgy-c3r07-s02", "pgy-c3r02-s09", "gsn-fw-01", "nks-zp-prd-w02",
}  # fmt: skip
BROKER = {
    "maemul-api", "jungae-crm", "jungae-cti", "db-maemul", "db-jungae", "hanok-indexer", "photo-resizer",
    "obj-photo", "deungi_check", "heowi-detect", "bunyang-info", "nks-zp-prd-w07", "ysm-nas-01", "admin-console", "ncp-lb-crm", "kafka-zp", "gsn-c2r06-s01", "gsn-c2r01-s08",
    "pgy-c3r11-s05", "nks-zp-prd-w01", "nks-zp-prd-w03", "nks-zp-prd-w06", "ysm-cti-01", "ysm-vpn-01",
    "pgy-c3r09-s01", "pgy-c3r09-s02", "pgy-c3r09-s03",
}  # fmt: skip
CONTRACT = {
    "dojang-sign", "bonin-kyc", "kv-kyc", "pg-dojang", "geumgo-escrow", "firmbank_gw", "ora-geumgo",
    "l4-pgy-txn", "nas-contract", "san-pgy-01", "pgy-c3r05-s01", "pgy-c3r05-s02", "pgy-c3r05-s03",
    "pgy-c3r05-s04", "pgy-c3r02-s10", "pgy-hsm-01",
}  # fmt: skip
CHAT = {"sodam-chat", "mongo-sodam", "kv-chat-pubsub", "gsn-c2r05-s09", "gsn-c2r05-s10", "gsn-c2r05-s11"}
PUSH = {"allim-push", "allim-sender", "rmq-allim", "nks-zp-prd-w04", "nks-zp-prd-w05"}
NIGHTLY = {
    "rtms_collector", "sigse_index_bat", "settle_batch", "db-sigse", "pgy-c3r07-s01", "pgy-c3r02-s08", "pgy-c3r07-s03",
    "nas-backup-pgy",
}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (BROWSE, _browse),
        (BROKER, _broker),
        (CONTRACT, _contract),
        (CHAT, _chat),
        (PUSH, _push),
        (NIGHTLY, _nightly),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "R1": {0: (14.0, 8.0), 1: (5.0, 16.0), 2: (2.2, 6.5)},
    "R2": {0: (11.0, 5.0), 1: (5.5, 17.0), 2: (2.0, 7.0)},
    "R3": {0: (3.0, 24.0), 1: (4.0, 19.0), 2: (1.8, 6.0)},
    "R4": {0: (9.0, 7.0), 1: (4.5, 15.0), 2: (2.0, 8.0)},
    "R5": {0: (6.0, 18.0), 1: (4.0, 14.0), 2: (1.6, 5.5)},
    "R6": {1: (16.0, 6.0), 2: (4.0, 18.0), 3: (1.8, 6.5)},
    "R7": {0: (13.0, 9.0), 1: (4.5, 14.0), 2: (2.0, 6.0)},
}
EFFECT_OVERRIDE = {
    ("R1", "rtms_collector"): (6.0, 33.0),
    ("R1", "sigse-api"): (4.0, 12.0),
    ("R2", "hanok-search-api"): (6.5, 29.0),
    ("R2", "recommend"): (3.0, 9.0),
    ("R2", "web-bff"): (1.7, 4.5),
    ("R3", "member-auth"): (3.5, 31.0),
    ("R3", "app-bff"): (2.2, 12.0),
    ("R3", "web-bff"): (1.9, 8.5),
    ("R4", "geumgo-escrow"): (6.0, 27.0),
    ("R4", "firmbank_gw"): (3.5, 11.0),
    ("R5", "madang-tile"): (5.0, 30.0),
    ("R5", "web-bff"): (1.5, 4.0),
    ("R6", "sodam-chat"): (5.0, 29.0),
    ("R7", "maemul-api"): (5.5, 32.0),
    ("R7", "hanok-indexer"): (3.0, 10.0),
    ("R7", "admin-console"): (2.5, 8.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "gsn-c2r06-s01", "gsn-c2r06-s02", "gsn-c2r06-s03", "pgy-c3r02-s08", "pgy-c3r02-s09", "pgy-c3r02-s10",
    "pgy-c3r05-s01", "pgy-c3r05-s02", "pgy-c3r11-s05", "gsn-c2r05-s09", "gsn-c2r05-s10", "gsn-c2r01-s03",
    "gsn-c2r01-s04", "gsn-c2r01-s05", "gsn-c2r01-s06", "pgy-c3r09-s01", "pgy-c3r09-s02", "pgy-c3r09-s03",
    "pgy-c3r07-s01", "nks-zp-prd-w05", "ysm-cti-01",
}  # fmt: skip
ES_HOT = ("gsn-c2r01-s03", "gsn-c2r01-s05")  # the two nodes holding the replica-less primaries in R2


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "pgy-c3r11-s05":  # db-jungae's binlogs: expire_logs_days raised, the disk creeps up
        disk0, growth = 62.0, 1.55
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "pgy-c3r02-s08":  # db-sigse: autovacuum and the stuck COPY
            cpu += 38 * ramp(ts, R1["start"] - timedelta(minutes=10), R1["end"], rise=10, fall=10)
        if name in ES_HOT:  # R2: old-gen GC on the hot nodes
            cpu += (96.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, R2["start"], R2["end"], rise=5, fall=10)
            mem += (97.5 + rng.gauss(0, 0.3) - mem) * ramp(ts, R2["start"], R2["end"], rise=5, fall=10)
        if name == "pgy-c3r05-s02":  # R4: RAC node 2 evicted
            r = ramp(ts, R4["start"], R4["end"], rise=5, fall=10)
            cpu += (1.0 + abs(rng.gauss(0, 0.3)) - cpu) * r
        if name == "pgy-c3r05-s01":  # the survivor takes the load
            cpu += 44 * ramp(ts, R4["start"], R4["end"], rise=5, fall=10)
        if name == "gsn-c1r05-s02":  # R5: Varnish nuking
            cpu += 30 * ramp(ts, R5["start"], R5["end"], rise=5, fall=10)
            mem += (98.5 + rng.gauss(0, 0.2) - mem) * ramp(ts, R5["start"] - timedelta(minutes=40), R5["end"],
                                                           rise=40, fall=10)  # fmt: skip
        if name == "gsn-c2r05-s09":  # R6: write-through, the cpu waits on IO
            cpu += 36 * ramp(ts, R6["start"], R6["end"], rise=5, fall=10)
        if name == "gsn-c2r06-s01":  # R7: connections piling up on db-maemul
            cpu += 33 * ramp(ts, R7["start"], R7["end"], rise=15)
            mem += 9 * ramp(ts, R7["start"], R7["end"], rise=15)
        if name in ("nks-zp-prd-w01", "nks-zp-prd-w03"):  # maemul-api retries
            cpu += (18 if name.endswith("1") else 12) * ramp(ts, R7["start"], R7["end"], rise=15)
        if name == "pgy-c3r07-s01":  # the batch server's own nightly work
            h = seoul_hour(ts)
            cpu += 30 * (1 if 2 <= h < 3.67 else 0) + 18 * (1 if 4.5 <= h < 5.17 else 0)
        if name in ("gsn-c1r04-s14", "pgy-c3r11-s07"):
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"obj-photo": (68, 69), "nas-backup-pgy": (71, 72), "nas-contract": (57, 58)}.get(name, (35, 55))
    per_day = {"obj-photo": 0.12, "nas-backup-pgy": 0.2}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(5, 14) if name.startswith("obj") else rng.uniform(0.6, 2.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "app-bff": 140.0, "web-bff": 190.0, "member-auth": 45.0, "hanok-search-api": 85.0, "hanok-indexer": 60.0,
    "recommend": 110.0, "maemul-api": 130.0, "photo-resizer": 260.0, "deungi_check": 620.0, "madang-tile": 18.0,
    "madang-render": 320.0, "sigse-api": 70.0, "rtms_collector": 480.0, "sigse_index_bat": 390.0,
    "danji-info": 55.0, "dojang-sign": 620.0, "bonin-kyc": 340.0, "geumgo-escrow": 210.0, "firmbank_gw": 160.0,
    "settle_batch": 540.0, "jungae-crm": 180.0, "jungae-cti": 90.0, "gwango-ad": 25.0, "admin-console": 280.0,
    "sodam-chat": 35.0, "allim-push": 40.0, "allim-sender": 120.0,
    "db-maemul": 2.8, "db-maemul-ro": 2.2, "db-member": 1.9, "db-jungae": 3.4, "db-sigse": 4.6, "db-gis": 7.5,
    "pg-dojang": 3.1, "ora-geumgo": 3.9, "mongo-sodam": 2.5, "es-hanok": 14.0,
    "kv-session": 0.45, "kv-hanok-hot": 0.4, "kv-sigse": 0.35, "kv-chat-pubsub": 0.3, "kv-kyc": 0.5,
    "tilecache-gsn": 0.9, "kafka-zp": 4.2, "rmq-allim": 2.6,
    "l4-gsn-front": 1.1, "l4-pgy-txn": 1.4, "ncp-lb-crm": 2.3, "cdn-madang": 11.0,
}  # fmt: skip
REQUEST_RATE = {
    "app-bff": 6800.0, "web-bff": 2900.0, "member-auth": 1900.0, "hanok-search-api": 5200.0, "recommend": 1300.0,
    "maemul-api": 820.0, "madang-tile": 21000.0, "sigse-api": 2400.0, "danji-info": 1700.0, "dojang-sign": 14.0,
    "bonin-kyc": 32.0, "geumgo-escrow": 26.0, "jungae-crm": 640.0, "sodam-chat": 1500.0, "allim-push": 900.0,
    "es-hanok": 7400.0, "tilecache-gsn": 24000.0, "kv-session": 16000.0, "db-maemul": 5200.0, "kafka-zp": 9800.0,
    "l4-gsn-front": 9800.0, "cdn-madang": 38000.0, "rtms_collector": 110.0, "admin-console": 45.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search cluster with a memory gauge: (level, swing with load)
    "kv-session": (52.0, 10.0), "kv-hanok-hot": (71.0, 4.0), "kv-sigse": (38.0, 5.0),
    "kv-chat-pubsub": (29.0, 8.0), "kv-kyc": (22.0, 3.0), "tilecache-gsn": (74.0, 4.0),
    "rmq-allim": (31.0, 9.0), "kafka-zp": (57.0, 5.0), "es-hanok": (63.0, 8.0),
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
            if inc is R3 and name == "member-auth":
                req *= 1 + 0.6 * r  # token refresh retries
            if inc is R5 and name == "madang-tile":
                req *= 1 + 0.4 * r  # map panels re-requesting tiles
            if inc is R7 and name == "maemul-api":
                req *= 1 + 0.35 * r  # brokers re-saving listings
            if inc is R7 and name == "db-maemul":
                req *= 1 - 0.45 * r  # queries stuck behind the lock
        if name == "rtms_collector":  # the nightly ingest itself
            req = req * 0.1 + (900.0 * (1 + rng.gauss(0, 0.05)) if 2 <= seoul_hour(ts) < 3.67 else 0.0)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "kv-session":  # the campaign's sessions pile up to maxmemory
                mem += (99.6 + rng.gauss(0, 0.1) - mem) * ramp(ts, R3["start"] - timedelta(minutes=8), R3["end"],
                                                               rise=8, fall=20)  # fmt: skip
            if name == "tilecache-gsn":
                mem += (99.3 + rng.gauss(0, 0.1) - mem) * ramp(ts, R5["start"] - timedelta(minutes=40), R5["end"],
                                                               rise=40, fall=10)  # fmt: skip
            if name == "es-hanok":
                mem += 24 * ramp(ts, R2["start"], R2["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly batches, the weekly reindex and the certificate warnings."""
    rows = []
    for d in range(5, 16):
        weekday = datetime(2027, 3, d).weekday()
        rows.append(
            (
                d,
                2,
                0,
                "rtms_collector",
                "info",
                "batch_job",
                "실거래가 수집 시작 (아파트/오피스텔 매매·전월세, 전일분)",
            )
        )
        if d != 6:
            rows.append(
                (d, 3, 38, "rtms_collector", "info", "batch_job", "실거래가 수집 완료, 신규 거래 반영")
            )
        rows.append((d, 4, 30, "sigse_index_bat", "info", "batch_job", "시세 지수 산출 시작"))
        rows.append(
            (
                d,
                23,
                0,
                "settle_batch",
                "info",
                "batch_job",
                "daily settlement run started (escrow, broker fees)",
            )
        )
        if weekday == 6:
            rows.append(
                (
                    d,
                    3,
                    0,
                    "hanok-indexer",
                    "info",
                    "batch_job",
                    f"weekly full reindex started (listings_v202703{d:02d})",
                )
            )
        left = (datetime(2027, 3, 28) - datetime(2027, 3, d)).days
        rows.append(
            (d, 9, 0, "l4-gsn-front", "warning", "cert_expiry",
             f"SSL certificate www.zipda.co.kr expires in {left} days (2027-03-28), renewal order pending (OV 재발급)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (5, 14, 0, "gsn-c1r04-s14", "info", "maintenance", "gsn-c1r04-s14 메인보드 교체 대기 (Dell 케이스 접수), 서비스 제외"),
    (5, 16, 20, "pgy-c3r11-s05", "info", "config_change", "db-jungae binlog_expire_logs 7일 → 14일 (CDC 재처리 대비)"),
    (6, 1, 50, "rtms_collector", "info", "deployment", "rtms_collector v3.2.0 배포 (오피스텔 전월세 API 추가)"),
    (8, 8, 30, "hanok-search-api", "info", "deployment", "hanok-search-api 12.3.0 deployed (new 역세권 filter)"),
    (8, 14, 0, "pgy-c3r11-s05", "warning", "threshold_breach", "disk_usage above 70% on /data/binlog"),
    (9, 10, 30, "app-bff-stg", "info", "deployment", "app-bff-stg 9.15.0-rc1 배포"),
    (9, 15, 0, "pgy-c3r11-s07", "info", "maintenance", "pgy-c3r11-s07 디스크 교체 (RAID rebuild), 예비 DB 제외"),
    (10, 10, 40, "member-auth", "info", "deployment", "member-auth 6.8.1 배포 (애플 로그인 토큰 갱신 로직)"),
    (10, 11, 0, "allim-push", "info", "campaign", "봄 이사철 캠페인 푸시 발송 시작 (대상 120만명)"),
    (10, 11, 38, "allim-push", "info", "campaign", "campaign push finished: 1,184,220 sent"),
    (11, 15, 0, "geumgo-escrow", "info", "deployment", "geumgo-escrow 8.3.1 배포 (잔금 분할 입금)"),
    (12, 9, 20, "pgy-c3r11-s05", "warning", "threshold_breach", "disk_usage above 75% on /data/binlog"),
    (12, 13, 0, "hanok-search-api-stg", "info", "deployment", "hanok-search-api-stg 12.4.0-rc2 deployed"),
    (12, 18, 30, "allim-push", "info", "campaign", "주말 오픈하우스 알림 푸시 발송 (관심단지 신규매물)"),
    (13, 9, 10, "tilecache-gsn", "info", "config_change", "ban req.url ~ ^/tiles/v7/ (지도 스타일 교체 전 전체 무효화)"),
    (13, 13, 30, "madang-render", "info", "deployment", "madang-render 2.11.0 style release zipda-light-2027"),
    (14, 16, 0, "dojang-sign-qa", "info", "deployment", "dojang-sign-qa 3.13.0-rc1 배포"),
    (15, 8, 40, "maemul-api", "info", "deployment", "maemul-api 7.1.0 배포 (매물 확인 배지, listings.verified_at 사용)"),
    # R1 (Saturday small hours, the 실거래가 batch)
    (6, 2, 15, "db-sigse", "info", "autovacuum", "autovacuum: VACUUM public.deal (to prevent wraparound) started"),
    (6, 2, 24, "db-sigse", "warning", "lock_wait", "COPY deal 대기 (lock queue 37), AccessExclusiveLock 대기 중"),
    (6, 2, 29, "db-sigse", "critical", "connections", "FATAL: remaining connection slots are reserved (400/400)"),
    (6, 2, 33, "rtms_collector", "critical", "error", "실거래가 적재 실패: COPY timeout, 재시도 3회 초과"),
    (6, 2, 36, "sigse-api", "major", "error", "시세 조회 DB 연결 실패 (connection slots)"),
    (6, 2, 44, "danji-info", "warning", "error", "단지 시세 위젯 타임아웃"),
    (6, 3, 12, "db-sigse", "info", "config_change", "autovacuum worker pg_cancel_backend, 야간 배치 시간대 vacuum 스케줄 분리"),
    (6, 3, 55, "rtms_collector", "info", "recovery", "실거래가 수집 재실행 완료 (지연 1시간 35분)"),
    # R2 (last Monday's rush)
    (7, 4, 10, "es-hanok", "info", "config_change", "alias listings → listings_v20270307 swap (template number_of_replicas: 0)"),
    (8, 8, 52, "es-hanok", "warning", "gc", "[gc][old] es-hanok-d1 collection took 8.4s, heap 96%"),
    (8, 8, 56, "es-hanok", "critical", "circuit_breaker", "CircuitBreakingException: [parent] Data too large on es-hanok-d3"),
    (8, 8, 58, "hanok-search-api", "critical", "error", "search timeout 1500ms exceeded, 5xx 급증"),
    (8, 9, 2, "recommend", "major", "error", "similar-listing query timeouts"),
    (8, 9, 5, "app-bff", "major", "error", "매물 목록 로딩 실패 (검색 API 5xx)"),
    (8, 9, 8, "web-bff", "warning", "error", "SSR search page fallback to cache"),
    (8, 9, 38, "es-hanok", "info", "config_change", "listings_v20270307 number_of_replicas 0 → 1, 샤드 재배치"),
    (8, 10, 0, "hanok-search-api", "info", "recovery", "search latency back to normal"),
    # R3 (Wednesday's campaign push)
    (10, 11, 12, "kv-session", "critical", "oom", "OOM command not allowed when used memory > 'maxmemory' (noeviction)"),
    (10, 11, 15, "member-auth", "critical", "error", "로그인/토큰 갱신 실패율 급증 (session write OOM)"),
    (10, 11, 19, "app-bff", "major", "error", "앱 로그인 세션 만료 오류, 재로그인 요청 폭증"),
    (10, 11, 23, "web-bff", "warning", "error", "web session refresh failures"),
    (10, 11, 52, "kv-session", "info", "config_change", "maxmemory 32GB → 48GB 증설, 만료 세션 정리 (SCAN+UNLINK)"),
    (10, 12, 10, "member-auth", "info", "recovery", "로그인 정상"),
    # R4 (Thursday afternoon, the RAC eviction)
    (11, 15, 19, "ora-geumgo", "critical", "node_eviction", "CRS-1625: node pgy-c3r05-s02 (GEUMGO2) evicted, interconnect heartbeat lost"),
    (11, 15, 23, "ora-geumgo", "major", "remastering", "GCS 리마스터링 진행, gc buffer busy 대기 증가"),
    (11, 15, 26, "geumgo-escrow", "critical", "error", "가상계좌 발급/입금 확인 실패 (ORA-03113, ORA-25408)"),
    (11, 15, 29, "firmbank_gw", "major", "error", "은행 전문 응답 타임아웃 (신한, 국민)"),
    (11, 15, 34, "dojang-sign", "major", "error", "계약 서명 후 에스크로 계좌 개설 실패"),
    (11, 16, 9, "ora-geumgo", "info", "config_change", "GEUMGO2 재기동, 인터커넥트 NIC 본딩 교체 후 클러스터 재합류"),
    (11, 16, 25, "geumgo-escrow", "info", "recovery", "escrow deposits confirmed, backlog cleared"),
    # R5 (Saturday afternoon, the tile cache)
    (13, 13, 40, "tilecache-gsn", "warning", "capacity", "SMA.s0 g_space 2% free, n_lru_nuked increasing"),
    (13, 14, 2, "tilecache-gsn", "critical", "capacity", "malloc storage exhausted, backend fetch failed: 503 Service Unavailable"),
    (13, 14, 5, "madang-tile", "critical", "error", "타일 응답 503 급증, 지도 빈 화면"),
    (13, 14, 9, "app-bff", "major", "error", "지도 매물 마커 로딩 실패"),
    (13, 14, 12, "web-bff", "warning", "error", "map panel tile errors"),
    (13, 14, 47, "tilecache-gsn", "info", "config_change", "varnishd 재기동 (malloc 96G → 110G), ban lurker 설정 변경"),
    (13, 15, 5, "madang-tile", "info", "recovery", "지도 타일 정상"),
    # R6 (Sunday night chat peak)
    (14, 22, 6, "gsn-c2r05-s09", "warning", "hardware", "PERC H755: battery failed, cache policy changed to Write Through"),
    (14, 22, 12, "gsn-c2r05-s09", "critical", "disk_latency", "/data write latency 180ms (await), IO wait 40%"),
    (14, 22, 16, "mongo-sodam", "major", "slow_ops", "rs-sodam primary journal flush slow, writeConcern majority timeouts"),
    (14, 22, 21, "sodam-chat", "critical", "error", "채팅 메시지 전송 실패/지연 (mongo write timeout)"),
    (14, 22, 29, "jungae-crm", "warning", "error", "중개사 채팅 수신함 동기화 지연"),
    (14, 22, 58, "mongo-sodam", "info", "config_change", "rs.stepDown(): primary → gsn-c2r05-s10"),
    (14, 23, 15, "sodam-chat", "info", "recovery", "chat delivery normal"),
    # R7 (this Monday's rush, ongoing)
    (15, 9, 0, "db-maemul", "info", "config_change", "gh-ost migration started: ALTER TABLE listings ADD COLUMN verified_at (cut-over 자동)"),
    (15, 9, 6, "db-maemul", "warning", "lock_wait", "Waiting for table metadata lock: listings (gh-ost cut-over)"),
    (15, 9, 9, "db-maemul", "critical", "connections", "ERROR 1040 (HY000): Too many connections (2000/2000)"),
    (15, 9, 12, "maemul-api", "critical", "error", "매물 등록/수정 실패 급증 (DB 커넥션 타임아웃)"),
    (15, 9, 15, "hanok-indexer", "major", "lag", "listing change consumer lag 48,000, DB lookups timing out"),
    (15, 9, 18, "admin-console", "major", "error", "매물 검수 화면 조회 실패"),
    (15, 9, 24, "jungae-crm", "warning", "error", "중개사 매물 목록 동기화 실패"),
    (15, 9, 31, "jungae-cti", "warning", "error", "매물 등록 안 된다는 중개사 문의 급증 (대기 45콜)"),
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
    generate(NAME, "realty-platform", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
