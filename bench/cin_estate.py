"""Generate the cinema-chain estate (tests/fixtures/cinema-chain/, interchange format) and its faults file.

A Korean multiplex cinema chain's IT (루미엔시네마 LUMIEN CINEMA): online and mobile booking on AWS 서울리전 — the
API edge `marquee-edge` behind `alb-marquee-prd`, the app BFF `popcorn-bff` (팝콘 앱), the booking core `yeme-core`
(예매: seat hold/confirm) on Aurora MySQL `aur-yeme-prd` with the seat-hold Redis `rd-seatlock`, the seat map
`jwaseok-map` (좌석), the hold expiry job `hold-sweeper`, the virtual waiting room `daegi-gate` (대기열, for
open-booking spikes) on `rd-daegi`, the payment orchestrator `gyeoljae-gw` (결제) with the PG links `paylink-kcp`,
`paylink-kakao`, `paylink-naver`, movie search on Elasticsearch `es-movie`, 알림톡/push `alrim-push`, the booking
event bus `rmq-yeme` and the kiosk backend `kiosk-api` behind `nlb-kiosk-prd`; in the 목동IDC the membership and
points service `hoewon-pt` (회원) on MySQL `my-hoewon`, the CRM `spotlight-crm` and its coupon campaign engine
`spotlight-coupon` on PostgreSQL `pg-crm`, the central theatre management system `tms-hq` (showtimes, DCP and KDM
orchestration) on PostgreSQL `pg-tms` with the KDM key vault `kdm-vault`, the DCP ingest `dcp-ingest` and
distribution `dcp-push` on the PowerScale `isilon-dcp01`, the showtime sync `sked-sync`, box-office POS
`boxoffice-hub` and concessions POS `maejeom-pos` (매점) on MySQL `my-pos` with the menu/price cache `rd-pos` and
the store bus `rmq-store`, digital signage `signage-cms`, the KOBIS ticket feed `kobis-feed` (영화관입장권
통합전산망), the 02:00 settlement `jeongsan_nightly` (정산), the distributor revenue-share report `bugeum-report`
(부금), and the DW load `dw_etl_daily` into Redshift `rs-dwh`; theatres (지점) 강남점, 홍대점, 부산서면점, 대전둔산점, each
with a local TMS (`tms-gn` …) on its TMS server (`gangnam-tms01` …), a store gateway for POS and kiosks
(`storegw-gn` …) on its store server (`gangnam-store01` …), a central DCP library storage (`gn-cs01` …) and
projection servers per screen (`gn-s07-ims`); environments prod, stg, dev; owners are teams in Korean or English.

Naming (unlike the earlier estates): film-business code names (`marquee-edge`, `popcorn-bff`, `spotlight-crm`),
romanised Korean (`yeme-core` 예매, `jwaseok-map` 좌석, `daegi-gate` 대기, `gyeoljae-gw` 결제, `hoewon-pt` 회원,
`maejeom-pos` 매점, `alrim-push` 알림, `bugeum-report` 부금), legacy snake_case batches (`jeongsan_nightly`,
`dw_etl_daily`, the retired `tkt_legacy_if`), cloud-generated ids for AWS hosts (EC2 `i-0a41c7e2b9f35d801`, RDS
`yeme-prd-instance-1`, ElastiCache `rd-seatlock-0001-001`, the Amazon MQ broker `b-3f1c9a2e-77d4-4e0b-9a51`),
IDC asset tags for bare metal (`lmc-sv-2320`, rack position in the attributes), numbered IDC VMs (`mokvm122`),
romanised branch names for theatre servers (`gangnam-tms01`) and branch code + screen for projection servers
(`gn-s07-ims`).

Seven injected incidents (times KST; now = Saturday 2027-12-18 20:35, the Saturday evening peak; the window is
the 10 days before; evening and weekend peaks, Tuesday 컬처데이 discounts, the blockbuster open booking on Thursday
16 at 14:00, the 02:00 settlement, DW load at 04:00, KDM distribution at 06:00):
  C1 Thu 09 19:20–20:15  (evening peak) the gh-ost cut-over on aur-yeme-prd's seat_hold table holds a metadata
                         lock: yeme-core (loudest, 4.12.0 deployed at 19:05), jwaseok-map, marquee-edge, kiosk-api
  C2 Sat 11 02:05–03:00  (night, settlement) the RAID controller of lmc-sv-2320 starts a battery relearn and
                         drops to write-through: my-pos crawls, jeongsan_nightly (loudest) times out, kobis-feed
                         backs up
  C3 Sun 12 14:30–15:25  (weekend afternoon) rmq-store hits its memory high watermark (the DW consumer was stopped
                         for Saturday's Redshift resize and the sales-event queue backed up), publishers blocked:
                         maejeom-pos (loudest, 2.8.0 deployed at 14:05), boxoffice-hub, storegw-gn, storegw-hd
  C4 Tue 14 18:40–19:35  (컬처데이 evening) my-hoewon runs out of connections under the culture-day coupon and
                         points burst: hoewon-pt (loudest), gyeoljae-gw (deployed at 18:25), maejeom-pos,
                         marquee-edge
  C5 Thu 16 14:00–14:55  (blockbuster open booking) a hot key of the premiere's IMAX seats saturates rd-seatlock's
                         engine CPU: yeme-core (loudest), jwaseok-map (deployed at 13:30), hold-sweeper, marquee-edge
  C6 Fri 17 10:10–11:05  isilon-dcp01 slows down (SyncIQ job and snapshot deletes after a node rejoin):
                         dcp-ingest (loudest, 3.4.0 deployed at 09:50), dcp-push, tms-hq, tms-gn
  C7 Sat 18 19:55–now    paylink-kcp exhausts its outbound connection pool to KCP (KCP slow on Saturday evening):
                         gyeoljae-gw (loudest), yeme-core (5.0.1 deployed at 19:40), kiosk-api (ongoing)
Confounders: evening/weekend peaks, the culture-day evening and the open-booking spike themselves, the 02:00
settlement and 04:00 DW load, deploys on victims before C1, C3, C4, C5, C6 and C7, daegi-gate's admission rate
raised before C5, dw_etl_daily's consumer stop before C3, the noisy DCP checksum run on mokvm122 during C6 and
lmc-sv-2244 busy during C3, `hd-s03-ims` (screen renovation) and `jwaseok-map-stg` in maintenance, the retired
`tkt_legacy_if`, the Gangnam DCP library `gn-cs01` slowly filling with premiere DCPs (warned at 80/85 %), and the
ALB certificate of `alb-marquee-prd` expiring on 2027-12-27 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/cin_golden.py) are computed from the files.

    .venv/bin/python bench/cin_estate.py   # rewrites tests/fixtures/cinema-chain*
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

NAME = "cinema-chain"
NOW = datetime(2027, 12, 18, 11, 35, tzinfo=UTC)  # Saturday 2027-12-18 20:35 KST
START = NOW - timedelta(days=10)  # Wednesday 2027-12-08 20:35 KST
SEED = 20271218
SITES = {
    "C": "AWS 서울리전",
    "I": "목동IDC",
    "GN": "강남점",
    "HD": "홍대점",
    "BSM": "부산서면점",
    "DJD": "대전둔산점",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2027-12")

BOOK, APP, PAY, MEMB = "예매플랫폼팀", "app-squad", "결제파트", "membership-crm"
SCREEN, CONTENT, STORE, SETTLE = "상영운영팀", "content-ops", "매장시스템팀", "정산회계IT"
DATA, DBA, CLOUD, INFRA, BRANCH = "data-platform", "DBA팀", "cloud-infra", "인프라운영팀", "지점IT지원"

EC2 = {
    "edge_a": "i-0a41c7e2b9f35d801",
    "edge_b": "i-0b72d9f4e1a6c3082",
    "core_a": "i-03c5e8a1f7d2b9463",
    "core_b": "i-04d6f9b2e8c3a1574",
    "seat": "i-05e7a1c3f9d4b2685",
    "pay": "i-06f8b2d4a1e5c3796",
    "misc": "i-07a9c3e5b2f6d4807",
    "es": "i-08b1d4f6c3a7e5918",
    "stg": "i-09c2e5a7d4b8f6029",
}
MQ_BROKER = "b-3f1c9a2e-77d4-4e0b-9a51"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- booking (AWS 서울리전)
    "marquee-edge": ("service", BOOK, "C", "P", [EC2["edge_a"], EC2["edge_b"]],
                     ["yeme-core", "jwaseok-map", "movie-search", "hoewon-pt", "rd-session", "daegi-gate"],
                     {"desc": "웹/모바일 예매 API 엣지 (인증, 라우팅, 레이트리밋)", "product": "Kong Gateway 3.6",
                      "version": "3.6.1-lumien7", "instances": 6, "port": 8443, "rate_limit_rps": 4000,
                      "domain": "api.lumiencinema.co.kr"}),
    "popcorn-bff": ("service", APP, "C", "P", [EC2["edge_a"]], ["marquee-edge", "rd-session", "alrim-push"],
                    {"desc": "팝콘(POPCORN) 모바일 앱 BFF", "product": "Node.js 20 (Fastify)", "version": "8.3.2",
                     "instances": 4, "app_min_version": "7.40.0", "mau_10k": 412}),
    "yeme-core": ("service", BOOK, "C", "P", [EC2["core_a"], EC2["core_b"]],
                  ["aur-yeme-prd", "rd-seatlock", "gyeoljae-gw", "rmq-yeme"],
                  {"desc": "예매 코어 (좌석 선점 hold, 확정 confirm, 취소/환불)", "product": "자체개발 (Java 21, Spring Boot 3.3)",
                   "version": "5.0.1", "instances": 8, "hold_ttl_sec": 420, "max_seats_per_order": 8}),
    "jwaseok-map": ("service", BOOK, "C", "P", [EC2["seat"]], ["aur-yeme-prd", "rd-seatlock"],
                    {"desc": "좌석 배치도 (관별 좌석맵, 잔여석 조회)", "product": "자체개발 (Kotlin, Ktor)",
                     "version": "2.14.0", "instances": 6, "halls": 61}),
    "hold-sweeper": ("service", BOOK, "C", "P", [EC2["core_a"]], ["rd-seatlock", "aur-yeme-prd"],
                     {"desc": "선점 만료 좌석 해제 잡 (30초 주기)", "product": "자체개발 (Java 21)", "version": "1.9.4",
                      "schedule": "30초 주기"}),
    "daegi-gate": ("service", BOOK, "C", "P", [EC2["seat"]], ["rd-daegi"],
                   {"desc": "가상 대기열 (예매 오픈, 블록버스터 개봉 시 입장 제어)", "product": "자체개발 (Go 1.22)",
                    "version": "1.5.0", "admit_per_sec": 1200, "instances": 4}),
    "gyeoljae-gw": ("service", PAY, "C", "P", [EC2["pay"]],
                    ["paylink-kcp", "paylink-kakao", "paylink-naver", "hoewon-pt", "spotlight-coupon"],
                    {"desc": "결제 오케스트레이터 (카드, 간편결제, 포인트/쿠폰 복합결제)", "product": "자체개발 (Java 17)",
                     "version": "6.2.3", "instances": 4, "timeout_ms": 15000}),
    "paylink-kcp": ("service", PAY, "C", "P", [EC2["pay"]], [],
                    {"desc": "KCP 카드결제 연동", "pg": "NHN KCP", "version": "2.7.0", "pool_max": 200,
                     "site_cd": "A8LUM", "share": "카드 결제 61%"}),
    "paylink-kakao": ("service", PAY, "C", "P", [EC2["pay"]], [],
                      {"desc": "카카오페이 연동", "pg": "KakaoPay", "version": "1.12.1", "pool_max": 120}),
    "paylink-naver": ("service", PAY, "C", "P", [EC2["pay"]], [],
                      {"desc": "네이버페이 연동", "pg": "NaverPay", "version": "1.8.0", "pool_max": 100}),
    "movie-search": ("service", BOOK, "C", "P", [EC2["misc"]], ["es-movie"],
                     {"desc": "영화/극장/상영시간 검색", "product": "자체개발 (Python 3.12, FastAPI)", "version": "3.1.0"}),
    "alrim-push": ("service", APP, "C", "P", [EC2["misc"]], ["rmq-yeme"],
                   {"desc": "알림톡/앱푸시 발송 (예매 완료, 상영 알림)", "version": "2.4.6", "vendor": "비즈엠 알림톡",
                    "product": "자체개발 (Go 1.22)"}),
    "kiosk-api": ("service", STORE, "C", "P", [EC2["misc"]], ["yeme-core", "jwaseok-map", "gyeoljae-gw"],
                  {"desc": "무인 키오스크 백엔드 (현장 발권, 예매 출력)", "product": "자체개발 (Java 17)",
                   "version": "4.4.0", "kiosks": 186, "instances": 3}),
    # ---------------------------------------------------------------- membership, CRM (목동IDC)
    "hoewon-pt": ("service", MEMB, "I", "P", ["mokvm118"], ["my-hoewon"],
                  {"desc": "회원/멤버십 포인트 (적립, 사용, 등급 VIP/VVIP)", "product": "자체개발 (Java 11)",
                   "version": "7.1.5", "instances": 4, "members_10k": 1480, "db_pool_max": 300}),
    "spotlight-crm": ("service", MEMB, "I", "P", ["mokvm119"], ["pg-crm", "rs-dwh", "alrim-push"],
                      {"desc": "SPOTLIGHT CRM (세그먼트, 캠페인 타겟팅)", "product": "자체개발 (Python 3.11, Django)",
                       "version": "4.0.2"}),
    "spotlight-coupon": ("service", MEMB, "I", "P", ["mokvm119"], ["pg-crm", "hoewon-pt"],
                         {"desc": "쿠폰/캠페인 엔진 (컬처데이, 제휴 할인권, 관람권)", "product": "자체개발 (Java 17)",
                          "version": "3.6.0", "active_campaigns": 37}),
    # ---------------------------------------------------------------- screening: TMS, KDM, DCP
    "tms-hq": ("service", SCREEN, "I", "P", ["mokvm120"], ["pg-tms", "kdm-vault", "dcp-push"],
               {"desc": "본사 TMS (상영 편성, 콘텐츠/KDM 배포 오케스트레이션)", "product": "Arts Alliance Screenwriter HQ 7.2",
                "version": "7.2.4", "theatres": 4, "screens": 38}),
    "kdm-vault": ("service", SCREEN, "I", "P", ["mokvm121"], ["pg-tms"],
                  {"desc": "KDM 키 관리/배포 (배급사 KDM 수신, 상영관 서버 인증서 매핑)", "version": "2.3.1",
                   "product": "자체개발 (Java 17)", "kdm_window": "매일 06:00 배포"}),
    "dcp-ingest": ("service", CONTENT, "I", "P", ["mokvm122"], ["isilon-dcp01", "pg-tms"],
                   {"desc": "DCP 수급/인제스트 (배급사 위성/하드 수신, 해시 검증)", "product": "자체개발 (Python 3.11)",
                    "version": "3.4.0", "avg_dcp_gb": 210}),
    "dcp-push": ("service", CONTENT, "I", "P", ["mokvm122"], ["isilon-dcp01", "rmq-store"],
                 {"desc": "DCP 지점 배포 (SD-WAN 야간 전송, 지점 라이브러리 동기화)", "version": "2.9.2",
                  "product": "자체개발 (Go 1.21)", "window": "22:00~08:00 우선"}),
    "sked-sync": ("service", SCREEN, "I", "P", ["mokvm120"], ["pg-tms", "aur-yeme-prd", "rmq-yeme"],
                  {"desc": "상영시간표 동기화 (TMS → 예매)", "version": "1.11.0", "schedule": "5분 주기",
                   "product": "자체개발 (Java 17)"}),
    # ---------------------------------------------------------------- stores: box office, concessions, signage
    "boxoffice-hub": ("service", STORE, "I", "P", ["mokvm123"], ["my-pos", "yeme-core", "rmq-store"],
                      {"desc": "매표 POS 본사 허브 (현장 발권, 예매 확인)", "version": "5.2.0", "pos_terminals": 64,
                       "product": "자체개발 (.NET 8)"}),
    "maejeom-pos": ("service", STORE, "I", "P", ["mokvm123"], ["my-pos", "rd-pos", "rmq-store", "hoewon-pt"],
                    {"desc": "매점 POS 본사 (팝콘/음료 주문, 콤보, 포인트 적립)", "version": "2.8.0", "pos_terminals": 92,
                     "product": "자체개발 (.NET 8)", "menu_items": 146}),
    "signage-cms": ("service", STORE, "I", "P", ["mokvm124"], ["rmq-store", "tms-hq"],
                    {"desc": "디지털 사이니지 CMS (상영시간표, 메뉴보드, 광고)", "product": "Samsung MagicINFO 9",
                     "version": "9.0.12", "players": 230}),
    "kobis-feed": ("service", SETTLE, "I", "P", ["mokvm124"], ["rmq-yeme", "my-pos"],
                   {"desc": "영화관입장권 통합전산망(KOBIS) 실시간 발권 전송", "version": "3.0.7", "interval_sec": 60,
                    "agency": "영화진흥위원회"}),
    "jeongsan_nightly": ("service", SETTLE, "I", "P", ["mokvm125"], ["my-pos", "aur-yeme-prd", "rs-dwh"],
                         {"desc": "일마감 정산 배치 (매표/매점/PG 대사)", "product": "Spring Batch 5.1",
                          "schedule": "매일 02:00", "jobs": 17}),
    "bugeum-report": ("service", SETTLE, "I", "P", ["mokvm125"], ["rs-dwh", "pg-tms"],
                      {"desc": "배급사 부금 정산 리포트 (주간, 편당 부율)", "schedule": "매주 월요일 07:00",
                       "product": "자체개발 (Python 3.11)", "distributors": 23}),
    "dw_etl_daily": ("service", DATA, "I", "P", ["mokvm125"], ["rs-dwh", "my-pos", "aur-yeme-prd", "pg-crm"],
                     {"desc": "DW 적재 배치 (매출, 예매, CRM → Redshift)", "product": "Airflow 2.9 + dbt 1.8",
                      "schedule": "매일 04:00", "dags": 31}),
    # ---------------------------------------------------------------- theatres
    "tms-gn": ("service", SCREEN, "GN", "P", ["gangnam-tms01"], ["tms-hq", "kdm-vault", "dcp-push", "gn-cs01"],
               {"desc": "강남점 TMS (상영 자동화, 콘텐츠/KDM 적재)", "product": "Screenwriter Site 7.2", "screens": 12,
                "version": "7.2.4"}),
    "tms-hd": ("service", SCREEN, "HD", "P", ["hongdae-tms01"], ["tms-hq", "kdm-vault", "dcp-push", "hd-cs01"],
               {"desc": "홍대점 TMS", "product": "Screenwriter Site 7.2", "screens": 9, "version": "7.2.4"}),
    "tms-bsm": ("service", SCREEN, "BSM", "P", ["seomyeon-tms01"], ["tms-hq", "kdm-vault", "dcp-push", "bsm-cs01"],
                {"desc": "부산서면점 TMS", "product": "Screenwriter Site 7.1", "screens": 10, "version": "7.1.9"}),
    "tms-djd": ("service", SCREEN, "DJD", "P", ["dunsan-tms01"], ["tms-hq", "kdm-vault", "dcp-push", "djd-cs01"],
                {"desc": "대전둔산점 TMS", "product": "Screenwriter Site 7.1", "screens": 7, "version": "7.1.9"}),
    "storegw-gn": ("service", STORE, "GN", "P", ["gangnam-store01"], ["boxoffice-hub", "maejeom-pos", "kiosk-api"],
                   {"desc": "강남점 매장 게이트웨이 (매표/매점 POS, 키오스크 중계)", "version": "1.7.3", "kiosks": 18,
                    "pos": 22}),
    "storegw-hd": ("service", STORE, "HD", "P", ["hongdae-store01"], ["boxoffice-hub", "maejeom-pos", "kiosk-api"],
                   {"desc": "홍대점 매장 게이트웨이", "version": "1.7.3", "kiosks": 14, "pos": 15}),
    "storegw-bsm": ("service", STORE, "BSM", "P", ["seomyeon-store01"], ["boxoffice-hub", "maejeom-pos", "kiosk-api"],
                    {"desc": "부산서면점 매장 게이트웨이", "version": "1.7.1", "kiosks": 12, "pos": 16}),
    "storegw-djd": ("service", STORE, "DJD", "P", ["dunsan-store01"], ["boxoffice-hub", "maejeom-pos", "kiosk-api"],
                    {"desc": "대전둔산점 매장 게이트웨이", "version": "1.7.1", "kiosks": 9, "pos": 11}),
    # ---------------------------------------------------------------- staging, dev, retired
    "marquee-edge-stg": ("service", BOOK, "C", "S", [EC2["stg"]], ["yeme-core-stg", "jwaseok-map-stg"],
                         {"desc": "예매 API 엣지 (스테이징)", "version": "3.7.0-rc1"}),
    "yeme-core-stg": ("service", BOOK, "C", "S", [EC2["stg"]], ["aur-yeme-stg", "rd-seatlock-stg"],
                      {"desc": "예매 코어 (스테이징)", "version": "5.1.0-rc3"}),
    "jwaseok-map-stg": ("service", BOOK, "C", "S", [EC2["stg"]], ["aur-yeme-stg"],
                        {"desc": "좌석 배치도 (스테이징, 4DX 좌석 모델 개편 중)", "version": "2.15.0-rc1"}),
    "popcorn-bff-dev": ("service", APP, "C", "D", [EC2["stg"]], [],
                        {"desc": "팝콘 앱 BFF (개발)", "version": "8.4.0-SNAPSHOT"}),
    "tms-hq-dev": ("service", SCREEN, "I", "D", ["mokvm201"], [],
                   {"desc": "본사 TMS (개발, 8.0 업그레이드 검증)", "version": "8.0.0-beta"}),
    "tkt_legacy_if": ("service", SETTLE, "I", "P", [], [],
                      {"desc": "구 발권 전송 인터페이스 (2025년 kobis-feed로 대체)", "version": "1.3.22",
                       "decommissioned": "2025-06-30"}),
    # ---------------------------------------------------------------- databases
    "aur-yeme-prd": ("database", DBA, "C", "P", ["yeme-prd-instance-1", "yeme-prd-instance-2"], [],
                     {"engine": "mysql", "product": "Aurora MySQL 3.05.2 (MySQL 8.0.32)", "version": "8.0.mysql_aurora.3.05.2",
                      "instance_class": "db.r7g.4xlarge", "port": 3306, "max_connections": 4000,
                      "desc": "예매/좌석/주문 운영 DB", "writer": "yeme-prd-instance-1"}),
    "my-hoewon": ("database", DBA, "I", "P", ["lmc-sv-2318"], [],
                  {"engine": "mysql", "product": "MySQL 8.0.36 Enterprise", "version": "8.0.36", "port": 3306,
                   "max_connections": 1500, "size_gb": 920, "desc": "회원/포인트 DB (12/14 800 → 1500)"}),
    "pg-tms": ("database", DBA, "I", "P", ["lmc-sv-2319"], [],
               {"engine": "postgresql", "product": "PostgreSQL 15.7", "version": "15.7", "port": 5432,
                "max_connections": 400, "size_gb": 210, "desc": "TMS 편성/콘텐츠/KDM 메타"}),
    "my-pos": ("database", DBA, "I", "P", ["lmc-sv-2320"], [],
               {"engine": "mysql", "product": "MySQL 8.0.36 Enterprise", "version": "8.0.36", "port": 3306,
                "max_connections": 1200, "size_gb": 1650, "desc": "매표/매점 매출 DB"}),
    "pg-crm": ("database", DBA, "I", "P", ["lmc-sv-2321"], [],
               {"engine": "postgresql", "product": "PostgreSQL 14.12", "version": "14.12", "port": 5432,
                "max_connections": 500, "size_gb": 480, "desc": "CRM/쿠폰 DB"}),
    "es-movie": ("database", DATA, "C", "P", [EC2["es"]], [],
                 {"engine": "elasticsearch", "product": "Elasticsearch 8.13.4", "version": "8.13.4", "port": 9200,
                  "shards": 24, "desc": "영화/극장 검색 인덱스", "analyzer": "nori"}),
    "rs-dwh": ("database", DATA, "C", "P", [], [],
               {"engine": "redshift", "product": "Amazon Redshift ra3.4xlarge x4", "version": "1.0.69954",
                "port": 5439, "nodes": 4, "desc": "DW (매출/예매/CRM 마트)"}),
    "aur-yeme-stg": ("database", DBA, "C", "S", ["yeme-stg-instance-1"], [],
                     {"engine": "mysql", "product": "Aurora MySQL 3.06.0", "version": "8.0.mysql_aurora.3.06.0",
                      "instance_class": "db.r7g.large", "port": 3306}),
    # ---------------------------------------------------------------- caches, queues
    "rd-seatlock": ("cache", BOOK, "C", "P", ["rd-seatlock-0001-001", "rd-seatlock-0001-002"], [],
                    {"engine": "redis", "product": "ElastiCache Redis OSS 7.1", "version": "7.1.0",
                     "node_type": "cache.r7g.xlarge", "port": 6379, "maxmemory_policy": "volatile-ttl",
                     "desc": "좌석 선점 락 (SETNX + TTL)", "cluster_mode": "disabled"}),
    "rd-session": ("cache", APP, "C", "P", ["rd-session-0001-001"], [],
                   {"engine": "redis", "product": "ElastiCache Redis OSS 7.1", "version": "7.1.0",
                    "node_type": "cache.r7g.large", "port": 6379, "maxmemory_policy": "allkeys-lru",
                    "desc": "웹/앱 세션"}),
    "rd-daegi": ("cache", BOOK, "C", "P", ["rd-daegi-0001-001"], [],
                 {"engine": "redis", "product": "ElastiCache Redis OSS 7.0", "version": "7.0.7",
                  "node_type": "cache.m7g.large", "port": 6379, "maxmemory_policy": "noeviction",
                  "desc": "대기열 토큰/순번"}),
    "rd-pos": ("cache", STORE, "I", "P", ["lmc-sv-2244"], [],
               {"engine": "redis", "product": "Redis 6.2.14", "version": "6.2.14", "port": 6390,
                "maxmemory_gb": 4, "maxmemory_policy": "allkeys-lru", "desc": "매점 메뉴/가격 캐시"}),
    "rd-seatlock-stg": ("cache", BOOK, "C", "S", [EC2["stg"]], [],
                        {"engine": "redis", "version": "7.1.0", "port": 6379}),
    "rmq-yeme": ("queue", BOOK, "C", "P", [MQ_BROKER], [],
                 {"product": "Amazon MQ for RabbitMQ 3.13", "version": "3.13.2", "port": 5671, "queues": 41,
                  "desc": "예매 이벤트 버스 (예매완료, 취소, 포인트, 알림, KOBIS)"}),
    "rmq-store": ("queue", STORE, "I", "P", ["lmc-sv-2244"], [],
                  {"product": "RabbitMQ 3.12.13", "version": "3.12.13", "port": 5672, "queues": 58,
                   "vm_memory_high_watermark": 0.4, "desc": "매장 동기화 버스 (POS 매출, 메뉴, 사이니지, DCP 진행)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "alb-marquee-prd": ("C", CLOUD, ["marquee-edge", "popcorn-bff"],
                        {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                         "dns": "alb-marquee-prd-1824519023.ap-northeast-2.elb.amazonaws.com",
                         "cert_domain": "*.lumiencinema.co.kr", "cert_expiry": "2027-12-27",
                         "cert_issuer": "Sectigo (수동 갱신, ACM 가져오기)", "waf": "AWS WAF lumien-web-acl"}),
    "nlb-kiosk-prd": ("C", CLOUD, ["kiosk-api"],
                      {"vendor": "AWS", "model": "Network Load Balancer", "scheme": "internal",
                       "cert_expiry": "2028-09-02", "listener": "TLS 443"}),
    "alteon-md01": ("I", INFRA, ["hoewon-pt", "boxoffice-hub", "maejeom-pos", "tms-hq", "signage-cms"],
                    {"vendor": "Radware", "model": "Alteon D-5424S", "version": "33.0.6", "vip": "172.20.10.10",
                     "cert_expiry": "2028-03-31"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "isilon-dcp01": ("I", CONTENT, {"vendor": "Dell", "model": "PowerScale H7000 (4 nodes)", "onefs": "9.5.0.8",
                                   "capacity_tb": 1200, "protocol": "NFS v3 / SMB 3", "desc": "DCP 라이브러리 (본사 원본)"},
                     ["mokvm122"]),
    "nbu-md01": ("I", INFRA, {"vendor": "Veritas", "model": "NetBackup Appliance 5260", "capacity_tb": 480,
                              "desc": "DB/VM 백업"}, ["lmc-sv-2318", "lmc-sv-2319", "lmc-sv-2320", "lmc-sv-2321"]),
    "gn-cs01": ("GN", BRANCH, {"vendor": "Dolby", "model": "Dolby Central Storage CS-48", "capacity_tb": 48,
                              "desc": "강남점 DCP 라이브러리"}, ["gangnam-tms01"]),
    "hd-cs01": ("HD", BRANCH, {"vendor": "Dolby", "model": "Dolby Central Storage CS-32", "capacity_tb": 32,
                              "desc": "홍대점 DCP 라이브러리"}, ["hongdae-tms01"]),
    "bsm-cs01": ("BSM", BRANCH, {"vendor": "GDC", "model": "GDC TMS-2000 Library", "capacity_tb": 36,
                                "desc": "부산서면점 DCP 라이브러리"}, ["seomyeon-tms01"]),
    "djd-cs01": ("DJD", BRANCH, {"vendor": "GDC", "model": "GDC TMS-2000 Library", "capacity_tb": 24,
                                "desc": "대전둔산점 DCP 라이브러리"}, ["dunsan-tms01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # AWS EC2 (cloud-generated ids)
    EC2["edge_a"]: ("C", "P", "ec2", {"role": "marquee-edge #1, popcorn-bff", "instance_type": "c7g.2xlarge", "az": "ap-northeast-2a"}),
    EC2["edge_b"]: ("C", "P", "ec2", {"role": "marquee-edge #2", "instance_type": "c7g.2xlarge", "az": "ap-northeast-2c"}),
    EC2["core_a"]: ("C", "P", "ec2", {"role": "yeme-core #1, hold-sweeper", "instance_type": "m7g.4xlarge", "az": "ap-northeast-2a"}),
    EC2["core_b"]: ("C", "P", "ec2", {"role": "yeme-core #2", "instance_type": "m7g.4xlarge", "az": "ap-northeast-2c"}),
    EC2["seat"]: ("C", "P", "ec2", {"role": "jwaseok-map, daegi-gate", "instance_type": "m7g.2xlarge", "az": "ap-northeast-2b"}),
    EC2["pay"]: ("C", "P", "ec2", {"role": "결제 (gyeoljae-gw, paylink)", "instance_type": "m7i.2xlarge", "az": "ap-northeast-2a"}),
    EC2["misc"]: ("C", "P", "ec2", {"role": "검색 API, 알림, 키오스크", "instance_type": "m7g.xlarge", "az": "ap-northeast-2b"}),
    EC2["es"]: ("C", "P", "ec2", {"role": "Elasticsearch es-movie", "instance_type": "r7g.2xlarge", "az": "ap-northeast-2a"}),
    EC2["stg"]: ("C", "S", "ec2", {"role": "스테이징/개발 공용", "instance_type": "m7g.2xlarge", "az": "ap-northeast-2a"}),
    # RDS / ElastiCache / Amazon MQ nodes
    "yeme-prd-instance-1": ("C", "P", "rds", {"role": "Aurora writer", "instance_class": "db.r7g.4xlarge", "az": "ap-northeast-2a"}),
    "yeme-prd-instance-2": ("C", "P", "rds", {"role": "Aurora reader", "instance_class": "db.r7g.4xlarge", "az": "ap-northeast-2c"}),
    "yeme-stg-instance-1": ("C", "S", "rds", {"role": "Aurora writer (stg)", "instance_class": "db.r7g.large", "az": "ap-northeast-2a"}),
    "rd-seatlock-0001-001": ("C", "P", "cache", {"role": "ElastiCache primary", "node_type": "cache.r7g.xlarge", "az": "ap-northeast-2a"}),
    "rd-seatlock-0001-002": ("C", "P", "cache", {"role": "ElastiCache replica", "node_type": "cache.r7g.xlarge", "az": "ap-northeast-2c"}),
    "rd-session-0001-001": ("C", "P", "cache", {"role": "ElastiCache primary", "node_type": "cache.r7g.large", "az": "ap-northeast-2b"}),
    "rd-daegi-0001-001": ("C", "P", "cache", {"role": "ElastiCache primary", "node_type": "cache.m7g.large", "az": "ap-northeast-2a"}),
    MQ_BROKER: ("C", "P", "mq", {"role": "Amazon MQ 브로커 (lumien-yeme-prd)", "instance_type": "mq.m5.xlarge", "az": "ap-northeast-2a"}),
    # 목동IDC bare metal (asset tags)
    "lmc-sv-2318": ("I", "P", "bare", {"role": "MySQL my-hoewon", "model": "Dell PowerEdge R760", "rack": "MD-3F-K07 U21"}),
    "lmc-sv-2319": ("I", "P", "bare", {"role": "PostgreSQL pg-tms", "model": "Dell PowerEdge R660", "rack": "MD-3F-K07 U25"}),
    "lmc-sv-2320": ("I", "P", "bare", {"role": "MySQL my-pos", "model": "HPE ProLiant DL380 Gen10 Plus", "rack": "MD-3F-K08 U11",
                                        "raid": "HPE Smart Array P816i-a"}),
    "lmc-sv-2321": ("I", "P", "bare", {"role": "PostgreSQL pg-crm", "model": "Dell PowerEdge R660", "rack": "MD-3F-K08 U15"}),
    "lmc-sv-2244": ("I", "P", "bare", {"role": "RabbitMQ rmq-store, Redis rd-pos", "model": "Dell PowerEdge R650",
                                        "rack": "MD-3F-K05 U33"}),
    # 목동IDC VMs
    "mokvm118": ("I", "P", "vm", {"role": "회원/포인트 AP"}),
    "mokvm119": ("I", "P", "vm", {"role": "CRM, 쿠폰 엔진"}),
    "mokvm120": ("I", "P", "vm", {"role": "TMS 본사, 시간표 동기화"}),
    "mokvm121": ("I", "P", "vm", {"role": "KDM 볼트"}),
    "mokvm122": ("I", "P", "vm", {"role": "DCP 인제스트/배포"}),
    "mokvm123": ("I", "P", "vm", {"role": "매표/매점 POS 허브"}),
    "mokvm124": ("I", "P", "vm", {"role": "사이니지, KOBIS 전송"}),
    "mokvm125": ("I", "P", "vm", {"role": "정산/부금/DW 배치"}),
    "mokvm201": ("I", "D", "vm", {"role": "개발 공용"}),
    # theatres
    "gangnam-tms01": ("GN", "P", "theatre", {"role": "강남점 TMS 서버", "model": "Dell PowerEdge R450"}),
    "hongdae-tms01": ("HD", "P", "theatre", {"role": "홍대점 TMS 서버", "model": "Dell PowerEdge R450"}),
    "seomyeon-tms01": ("BSM", "P", "theatre", {"role": "부산서면점 TMS 서버", "model": "Dell PowerEdge R440"}),
    "dunsan-tms01": ("DJD", "P", "theatre", {"role": "대전둔산점 TMS 서버", "model": "Dell PowerEdge R440"}),
    "gangnam-store01": ("GN", "P", "theatre", {"role": "강남점 매장 서버 (POS/키오스크)", "model": "Lenovo ThinkSystem SR250 V3"}),
    "hongdae-store01": ("HD", "P", "theatre", {"role": "홍대점 매장 서버", "model": "Lenovo ThinkSystem SR250 V3"}),
    "seomyeon-store01": ("BSM", "P", "theatre", {"role": "부산서면점 매장 서버", "model": "Lenovo ThinkSystem SR250"}),
    "dunsan-store01": ("DJD", "P", "theatre", {"role": "대전둔산점 매장 서버", "model": "Lenovo ThinkSystem SR250"}),
}
PROJECTION = {  # projection (IMS) servers: name: (site, screen, hall type, ims, projector, seats)
    "gn-s01-ims": ("GN", 1, "일반관", "Dolby IMS3000", "Barco SP4K-25", 182),
    "gn-s07-ims": ("GN", 7, "IMAX관", "IMAX GT Laser Server", "IMAX GT Laser", 412),
    "hd-s03-ims": ("HD", 3, "4DX관", "Dolby IMS3000", "Christie CP4440-RGB", 156),
    "bsm-s02-ims": ("BSM", 2, "Dolby Cinema관", "Dolby IMS3000", "Christie CP4450-RGB", 236),
    "djd-s05-ims": ("DJD", 5, "일반관", "GDC SR-1000", "NEC NC3541L", 128),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "md-core-sw01": ("I", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "NX-OS 10.3(4a)"}),
    "dx-md-apne2": ("I", {"device": "AWS Direct Connect", "vendor": "AWS / LG U+", "model": "Dedicated 10Gbps",
                         "circuit": "dxcon-fh7k2m9q", "desc": "목동IDC ↔ AWS 서울리전 전용선"}),
    "sdwan-hub01": ("I", {"device": "SD-WAN hub", "vendor": "Fortinet", "model": "FortiGate 600F", "firmware": "FortiOS 7.4.3",
                         "branches": 4, "desc": "지점 SD-WAN 허브 (DCP 전송, POS)"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("dx-md-apne2", "md-core-sw01"),
    ("sdwan-hub01", "md-core-sw01"),
    ("gangnam-tms01", "sdwan-hub01"),
    ("hongdae-tms01", "sdwan-hub01"),
    ("seomyeon-tms01", "sdwan-hub01"),
    ("dunsan-tms01", "sdwan-hub01"),
    ("gangnam-store01", "sdwan-hub01"),
    ("hongdae-store01", "sdwan-hub01"),
    ("seomyeon-store01", "sdwan-hub01"),
    ("dunsan-store01", "sdwan-hub01"),
]
# fmt: on
STATUS = {"hd-s03-ims": "maintenance", "jwaseok-map-stg": "maintenance", "tkt_legacy_if": "retired"}
BRANCH_NET = {"GN": "10.31", "HD": "10.32", "BSM": "10.51", "DJD": "10.42"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "C1",
        "kind": "db_metadata_lock",
        "root": "aur-yeme-prd",
        "description": "in the Thursday evening peak the gh-ost cut-over of the seat_hold table on aur-yeme-prd"
        " waits on a long transaction and its metadata lock queues every seat-hold write: yeme-core (4.12.0"
        " deployed at 19:05, loudest) cannot confirm bookings, jwaseok-map times out, marquee-edge and kiosk-api"
        " fail, until the migration is cancelled",
        "start": kst(9, 19, 20),
        "end": kst(9, 20, 15),
        "affected": ["aur-yeme-prd", "yeme-core", "jwaseok-map", "marquee-edge", "kiosk-api"],
    },
    {
        "id": "C2",
        "kind": "raid_write_through",
        "root": "lmc-sv-2320",
        "description": "in the small hours of Saturday the RAID controller of lmc-sv-2320 starts a battery relearn"
        " and drops its write cache to write-through: my-pos commits crawl, the 02:00 settlement jeongsan_nightly"
        " (loudest) times out, kobis-feed falls behind, until the relearn ends and write-back returns",
        "start": kst(11, 2, 5),
        "end": kst(11, 3, 0),
        "affected": ["lmc-sv-2320", "my-pos", "jeongsan_nightly", "kobis-feed"],
    },
    {
        "id": "C3",
        "kind": "queue_memory_watermark",
        "root": "rmq-store",
        "description": "on Sunday afternoon rmq-store reaches its memory high watermark (the DW consumer of the"
        " sales-event queue was stopped on Saturday for the Redshift resize) and blocks its publishers:"
        " maejeom-pos (2.8.0 deployed at 14:05, loudest) cannot post orders, boxoffice-hub stalls, the Gangnam and"
        " Hongdae store gateways queue up, until the consumer is restarted and the queue drained",
        "start": kst(12, 14, 30),
        "end": kst(12, 15, 25),
        "affected": ["rmq-store", "maejeom-pos", "boxoffice-hub", "storegw-gn", "storegw-hd"],
    },
    {
        "id": "C4",
        "kind": "db_connections_exhausted",
        "root": "my-hoewon",
        "description": "on the Tuesday culture-day (컬처데이) evening my-hoewon runs out of connections under the"
        " coupon and points burst: hoewon-pt (loudest) fails point use and accrual, gyeoljae-gw (deployed at 18:25)"
        " fails mixed payments, maejeom-pos and marquee-edge follow, until max_connections is raised and the"
        " coupon sync throttled",
        "start": kst(14, 18, 40),
        "end": kst(14, 19, 35),
        "affected": ["my-hoewon", "hoewon-pt", "gyeoljae-gw", "maejeom-pos", "marquee-edge"],
    },
    {
        "id": "C5",
        "kind": "cache_hot_key",
        "root": "rd-seatlock",
        "description": "at the blockbuster open booking on Thursday 14:00 the IMAX seats of the premiere become a"
        " hot key and saturate rd-seatlock's single engine thread: yeme-core (loudest) fails seat holds,"
        " jwaseok-map (deployed at 13:30) and hold-sweeper time out, marquee-edge follows, until the hold keys are"
        " sharded by screen",
        "start": kst(16, 14, 0),
        "end": kst(16, 14, 55),
        "affected": ["rd-seatlock", "yeme-core", "jwaseok-map", "hold-sweeper", "marquee-edge"],
    },
    {
        "id": "C6",
        "kind": "nas_latency_syncjob",
        "root": "isilon-dcp01",
        "description": "on Friday morning isilon-dcp01 slows down (a SyncIQ job and snapshot deletes after a node"
        " rejoined): dcp-ingest (3.4.0 deployed at 09:50, loudest) fails hash checks, dcp-push stalls, tms-hq and"
        " the Gangnam TMS cannot stage the next week's content, until the SyncIQ job is paused",
        "start": kst(17, 10, 10),
        "end": kst(17, 11, 5),
        "affected": ["isilon-dcp01", "dcp-ingest", "dcp-push", "tms-hq", "tms-gn"],
    },
    {
        "id": "C7",
        "kind": "pg_link_pool_exhausted",
        "root": "paylink-kcp",
        "description": "in the Saturday evening peak paylink-kcp exhausts its outbound connection pool to KCP (KCP"
        " answers slowly): gyeoljae-gw (loudest) fails card payments, yeme-core (5.0.1 deployed at 19:40) cannot"
        " confirm bookings, kiosk-api fails on-site sales (ongoing)",
        "start": kst(18, 19, 55),
        "end": None,
        "affected": ["paylink-kcp", "gyeoljae-gw", "yeme-core", "kiosk-api"],
    },
]
C1, C2, C3, C4, C5, C6, C7 = INCIDENTS
DW_CONSUMER_OFF = kst(11, 23, 0)  # dw_etl_daily's sales-event consumer stopped (Redshift resize)


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    tms = {"GN": "tms-gn", "HD": "tms-hd", "BSM": "tms-bsm", "DJD": "tms-djd"}
    for ims, (site, *_rest) in PROJECTION.items():
        rels.append((tms[site], ims, "CONNECTS_TO"))
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
        attrs: dict = {}
        if site == "C":
            subnet = {"ap-northeast-2a": 10, "ap-northeast-2b": 20, "ap-northeast-2c": 30}[extra["az"]]
            attrs["ip"] = f"10.110.{subnet + (5 if env != 'P' else 0)}.{20 + (i * 29) % 200}"
            owner = CLOUD if kind in ("ec2", "mq") else DBA if kind == "rds" else BOOK
            if h == "rd-session-0001-001":
                owner = APP
            if kind == "ec2":
                attrs |= {"os": "Amazon Linux 2023", "ami": f"ami-0{rng.randrange(16**16):016x}"}
        elif site == "I":
            attrs["ip"] = f"172.20.{11 + i // 10}.{10 + (i * 17) % 230}"
            if kind == "vm":
                attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Rocky Linux 9.3"]), "vcpu": rng.choice([8, 16]),
                          "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2"}  # fmt: skip
            else:
                attrs |= {"os": rng.choice(["Rocky Linux 8.9", "RHEL 8.9"]), "cores": rng.choice([32, 48]),
                          "mem_gb": rng.choice([256, 384, 512]), "asset_tag": h.upper(),
                          "serial": f"{rng.choice(['CN7', 'MXQ', 'SGH'])}{rng.randint(100000, 999999)}"}  # fmt: skip
                if h in ("lmc-sv-2318", "lmc-sv-2319", "lmc-sv-2320", "lmc-sv-2321"):
                    owner = DBA
        else:
            attrs["ip"] = f"{BRANCH_NET[site]}.1.{10 + i % 40}"
            attrs |= {"os": rng.choice(["Windows Server 2022", "Ubuntu 22.04 LTS"]) if "store" in h else "CentOS 7.9",
                      "cores": 8, "mem_gb": 32}  # fmt: skip
            owner = BRANCH
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (ims, (site, screen, hall, server, projector, seats)) in enumerate(PROJECTION.items()):
        attrs = {"ip": f"{BRANCH_NET[site]}.9.{21 + j}", "screen": screen, "hall": hall, "ims": server,
                 "projector": projector, "seats": seats, "audio": "Dolby Atmos" if seats > 150 else "7.1",
                 "cert_thumbprint": f"{rng.randrange(16**10):010X}"}  # fmt: skip
        cis.append(ci_record(ims, "host", "prod", SCREEN, SITES[site], attrs, STATUS.get(ims, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"172.20.1.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", INFRA, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


OPEN_BOOKING = (kst(16, 14, 0), kst(16, 15, 10))  # the blockbuster's open booking


def _audience(ts: datetime) -> float:
    """Moviegoers: quiet after the last show, a lunch bump, the evening peak 18–21; Friday evening and the
    weekend higher (weekend afternoons busy), Tuesday 컬처데이 evening busier."""
    day, h = _local(ts), seoul_hour(ts)
    wd = day.weekday()
    if wd >= 5:
        v = 0.08 + 0.45 * _bump(h, 14.5, 2.6) + 0.78 * _bump(h, 19.5, 2.2) + 0.2 * _bump(h, 11, 1.5)
    else:
        v = 0.05 + 0.12 * _bump(h, 12.5, 1.5) + 0.12 * _bump(h, 15.5, 2) + 0.6 * _bump(h, 19.5, 2.0)
        if wd == 4:  # Friday evening
            v += 0.14 * _bump(h, 20.5, 2.0)
        if wd == 1:  # Tuesday culture day
            v += 0.22 * _bump(h, 19.0, 1.8)
    if 1.5 <= h < 8:
        v *= 0.35
    return max(0.03, min(1.0, v))


def _booking(ts: datetime) -> float:
    """Online booking: the audience curve plus the open-booking rush."""
    v = _audience(ts)
    if OPEN_BOOKING[0] <= ts < OPEN_BOOKING[1]:
        v += 1.1 * (1 - (ts - OPEN_BOOKING[0]).total_seconds() / 4200)
    return min(1.8, v)


def _store(ts: datetime) -> float:
    """Theatres: open about 08:30 to 02:00, following the show starts."""
    h = seoul_hour(ts)
    if 2.5 <= h < 8.5:
        return 0.04
    return max(0.05, min(1.0, 0.1 + 0.9 * _audience(ts)))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1 + 0.03 * _bump(h, 14, 3)
    return 0.1 + 0.55 * (1 if 9 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1) + 0.1 * _bump(h, 10, 1)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    if 2 <= h < 3.2:
        return 0.95
    if 4 <= h < 5.2:
        return 0.75
    return 0.15


def _content(ts: datetime) -> float:
    """DCP: office-hour ingest, night pushes to the theatres, the 06:00 KDM run."""
    h = seoul_hour(ts)
    return 0.25 + 0.35 * _office(ts) + (0.25 if h >= 22 or h < 6 else 0) + 0.2 * _bump(h, 6.1, 0.3)


def _steady(ts: datetime) -> float:
    return 0.5


BOOKING_SIDE = {
    "marquee-edge", "popcorn-bff", "yeme-core", "jwaseok-map", "hold-sweeper", "daegi-gate", "gyeoljae-gw",
    "paylink-kcp", "paylink-kakao", "paylink-naver", "movie-search", "alrim-push", "aur-yeme-prd", "rd-seatlock",
    "rd-session", "rd-daegi", "rmq-yeme", "es-movie", "alb-marquee-prd", "hoewon-pt", "my-hoewon",
    "spotlight-coupon", *EC2.values(), "yeme-prd-instance-1", "yeme-prd-instance-2", "rd-seatlock-0001-001",
    "rd-seatlock-0001-002", "rd-session-0001-001", "rd-daegi-0001-001", MQ_BROKER, "mokvm118", "lmc-sv-2318",
    "dx-md-apne2", "md-core-sw01",
}  # fmt: skip
STORE_SIDE = {
    "kiosk-api", "nlb-kiosk-prd", "boxoffice-hub", "maejeom-pos", "my-pos", "rd-pos", "rmq-store", "signage-cms",
    "kobis-feed", "storegw-gn", "storegw-hd", "storegw-bsm", "storegw-djd", "gangnam-store01", "hongdae-store01",
    "seomyeon-store01", "dunsan-store01", "mokvm123", "mokvm124", "lmc-sv-2320", "lmc-sv-2244", "alteon-md01",
    "sdwan-hub01", *PROJECTION,
}  # fmt: skip
OFFICE = {"spotlight-crm", "pg-crm", "mokvm119", "lmc-sv-2321", "tms-hq", "pg-tms", "sked-sync", "mokvm120",
          "lmc-sv-2319", "mokvm201"}  # fmt: skip
BATCH = {"jeongsan_nightly", "bugeum-report", "dw_etl_daily", "rs-dwh", "mokvm125", "nbu-md01"}
CONTENT_SIDE = {"dcp-ingest", "dcp-push", "kdm-vault", "isilon-dcp01", "mokvm122", "mokvm121", "tms-gn", "tms-hd",
                "tms-bsm", "tms-djd", "gangnam-tms01", "hongdae-tms01", "seomyeon-tms01", "dunsan-tms01",
                "gn-cs01", "hd-cs01", "bsm-cs01", "djd-cs01"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (BOOKING_SIDE, _booking),
        (STORE_SIDE, _store),
        (OFFICE, _office),
        (BATCH, _batch),
        (CONTENT_SIDE, _content),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "C1": {0: (14.0, 6.0), 1: (5.0, 14.0), 2: (2.2, 7.0)},
    "C2": {1: (9.0, 8.0), 2: (3.0, 12.0)},
    "C3": {0: (6.0, 11.0), 1: (4.0, 13.0), 2: (2.0, 7.5)},
    "C4": {0: (8.0, 15.0), 1: (4.5, 16.0), 2: (2.0, 7.0)},
    "C5": {0: (11.0, 8.0), 1: (4.0, 12.0), 2: (2.0, 6.0)},
    "C6": {0: (16.0, 3.0), 1: (6.0, 12.0), 2: (2.4, 6.5)},
    "C7": {0: (7.0, 22.0), 1: (3.2, 15.0), 2: (1.8, 7.0)},
}
EFFECT_OVERRIDE = {
    ("C1", "yeme-core"): (6.5, 27.0),
    ("C2", "jeongsan_nightly"): (3.0, 39.0),
    ("C2", "kobis-feed"): (2.5, 11.0),
    ("C3", "maejeom-pos"): (5.0, 29.0),
    ("C4", "hoewon-pt"): (6.0, 33.0),
    ("C5", "yeme-core"): (5.0, 31.0),
    ("C6", "dcp-ingest"): (7.0, 34.0),
    ("C7", "gyeoljae-gw"): (4.0, 36.0),
    ("C7", "yeme-core"): (2.2, 12.0),
    ("C7", "kiosk-api"): (2.0, 9.5),
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.08, 1.0))

DISK_WATCHED = {
    "lmc-sv-2318", "lmc-sv-2319", "lmc-sv-2320", "lmc-sv-2321", "lmc-sv-2244", "mokvm122", "mokvm125",
    "gangnam-tms01", "hongdae-tms01", "seomyeon-tms01", "dunsan-tms01", "gangnam-store01", "hongdae-store01",
    "seomyeon-store01", "dunsan-store01", EC2["es"], *PROJECTION,
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
CHECKSUM_RUN = (kst(17, 9, 40), kst(17, 11, 30))  # the premiere DCP's hash verification on mokvm122
REDSHIFT_RESIZE = (kst(11, 23, 0), kst(12, 15, 10))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 32), rng.uniform(36, 62), rng.uniform(22, 58)
    growth = rng.uniform(0, 0.12)
    if name in PROJECTION:
        cpu0, mem0, disk0 = rng.uniform(14, 24), rng.uniform(30, 42), rng.uniform(55, 70)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "lmc-sv-2320":  # write-through: iowait
            cpu += 48 * ramp(ts, C2["start"], C2["end"], rise=5, fall=10)
        if name in ("rd-seatlock-0001-001",):  # the hot key: the engine thread pegged
            cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, C5["start"], C5["end"], rise=5, fall=10)
        if name == "lmc-sv-2318":  # connection storm
            cpu += 36 * ramp(ts, C4["start"], C4["end"], rise=5, fall=10)
            mem += 14 * ramp(ts, C4["start"], C4["end"], rise=5, fall=10)
        if name == "lmc-sv-2244":  # the rabbit's memory and a busy neighbour
            mem += 30 * ramp(ts, C3["start"] - timedelta(minutes=30), C3["end"], rise=40, fall=15)
            cpu += 22 * ramp(ts, C3["start"], C3["end"], rise=10, fall=10)
        if name == "mokvm122":  # checksum run of the premiere DCP: a noisy neighbour, not a cause
            cpu += 41 * ramp(ts, CHECKSUM_RUN[0], CHECKSUM_RUN[1], rise=5, fall=10)
        if name == EC2["pay"]:  # threads waiting on KCP
            cpu += 34 * ramp(ts, C7["start"], C7["end"], rise=10)
            mem += 11 * ramp(ts, C7["start"], C7["end"], rise=10)
        if name == "yeme-prd-instance-1":
            cpu += 6 * ramp(ts, C1["start"], C1["end"], rise=5, fall=10)
        if name == "hd-s03-ims":  # screen renovation: idle
            cpu = 1.3 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"dx-md-apne2": 2.1, "sdwan-hub01": 7.8}.get(name, rng.uniform(0.2, 0.8))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "sdwan-hub01" and (seoul_hour(ts) >= 22 or seoul_hour(ts) < 6):  # night DCP transfers
            rtt *= 1.35
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _gn_library(rng: random.Random, ts: datetime) -> float:
    """gn-cs01: premiere DCPs land night after night, old titles purged only on Thursday."""
    days = (ts - START).total_seconds() / 86400
    v = 74.5 + 1.55 * days
    if ts >= kst(16, 11, 0):  # Thursday's purge of two ended titles
        v -= 3.2
    return v + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"isilon-dcp01": (66, 67), "nbu-md01": (58, 60)}.get(name, (38, 62))
    per_day = 0.35 if name == "isilon-dcp01" else 0.06
    fill = storage_fill(rng, name, times, START, used, per_day, _gn_library if name == "gn-cs01" else None)
    lat0 = rng.uniform(1.2, 2.6) if name == "isilon-dcp01" else rng.uniform(2.0, 4.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "nbu-md01" and 1 <= seoul_hour(ts) < 2.5:  # the nightly DB backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "marquee-edge": 68.0, "popcorn-bff": 95.0, "yeme-core": 120.0, "jwaseok-map": 45.0, "hold-sweeper": 210.0,
    "daegi-gate": 11.0, "gyeoljae-gw": 380.0, "paylink-kcp": 290.0, "paylink-kakao": 340.0, "paylink-naver": 310.0,
    "movie-search": 36.0, "alrim-push": 150.0, "kiosk-api": 160.0, "hoewon-pt": 55.0, "spotlight-crm": 420.0,
    "spotlight-coupon": 70.0, "tms-hq": 260.0, "kdm-vault": 140.0, "dcp-ingest": 850.0, "dcp-push": 610.0,
    "sked-sync": 520.0, "boxoffice-hub": 130.0, "maejeom-pos": 105.0, "signage-cms": 330.0, "kobis-feed": 180.0,
    "jeongsan_nightly": 720.0, "bugeum-report": 690.0, "dw_etl_daily": 640.0,
    "tms-gn": 190.0, "tms-hd": 185.0, "tms-bsm": 205.0, "tms-djd": 200.0,
    "storegw-gn": 42.0, "storegw-hd": 40.0, "storegw-bsm": 47.0, "storegw-djd": 49.0,
    "aur-yeme-prd": 2.6, "my-hoewon": 1.9, "pg-tms": 3.4, "my-pos": 2.3, "pg-crm": 4.1, "es-movie": 14.0,
    "rs-dwh": 85.0, "rd-seatlock": 0.35, "rd-session": 0.3, "rd-daegi": 0.4, "rd-pos": 0.5,
    "rmq-yeme": 4.5, "rmq-store": 3.8, "alb-marquee-prd": 2.2, "nlb-kiosk-prd": 0.9, "alteon-md01": 1.3,
}  # fmt: skip
REQUEST_RATE = {
    "marquee-edge": 2400.0, "popcorn-bff": 1500.0, "yeme-core": 820.0, "jwaseok-map": 1900.0, "daegi-gate": 600.0,
    "gyeoljae-gw": 160.0, "paylink-kcp": 95.0, "paylink-kakao": 38.0, "paylink-naver": 27.0, "movie-search": 640.0,
    "alrim-push": 210.0, "kiosk-api": 140.0, "hoewon-pt": 520.0, "spotlight-coupon": 310.0, "tms-hq": 40.0,
    "boxoffice-hub": 180.0, "maejeom-pos": 260.0, "signage-cms": 75.0, "kobis-feed": 48.0,
    "jeongsan_nightly": 35.0, "dw_etl_daily": 22.0, "storegw-gn": 95.0, "storegw-hd": 70.0, "storegw-bsm": 64.0,
    "storegw-djd": 41.0, "aur-yeme-prd": 9800.0, "my-hoewon": 3100.0, "my-pos": 2600.0, "pg-tms": 480.0,
    "es-movie": 900.0, "rd-seatlock": 26000.0, "rd-session": 14000.0, "rd-daegi": 4200.0, "rd-pos": 3300.0,
    "rmq-yeme": 1100.0, "rmq-store": 1400.0, "alb-marquee-prd": 4100.0, "nlb-kiosk-prd": 150.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search cluster with a memory gauge: (level, swing with load)
    "rd-seatlock": (38.0, 14.0), "rd-session": (57.0, 8.0), "rd-daegi": (22.0, 10.0), "rd-pos": (46.0, 3.0),
    "rmq-yeme": (31.0, 9.0), "rmq-store": (27.0, 8.0), "es-movie": (66.0, 4.0),
}  # fmt: skip
DB_CPU = {"aur-yeme-prd": (18.0, 42.0), "my-hoewon": (14.0, 30.0), "rd-seatlock": (9.0, 38.0)}


def _backlog(ts: datetime) -> float:
    """rmq-store's share of its watermark taken by the stopped DW consumer's queue: creeping from Saturday
    23:00, full at C3, drained within 20 minutes of its end."""
    if ts < DW_CONSUMER_OFF:
        return 0.0
    if ts < C3["start"]:
        return progress(ts, DW_CONSUMER_OFF, C3["start"]) ** 3
    if ts < C3["end"]:
        return 1.0
    return max(0.0, 1 - (ts - C3["end"]).total_seconds() / 1200)


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
            if inc is C2 and name == "jeongsan_nightly":
                req *= 1 - 0.75 * r
            if inc is C3 and name in ("maejeom-pos", "storegw-gn", "storegw-hd"):
                req *= 1 - 0.45 * r  # orders refused at the counter
            if inc is C7 and name == "paylink-kcp":
                req *= 1 - 0.5 * r  # the pool is full
            if inc is C5 and name == "rd-seatlock":
                req *= 1 + 0.6 * r  # client retries
        if name in ("jeongsan_nightly",) and not 2 <= seoul_hour(ts) < 3.3:
            req *= 0.12
        if name == "dw_etl_daily" and not 4 <= seoul_hour(ts) < 5.3:
            req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "rmq-store":  # the sales-event queue backs up while the DW consumer is stopped
                mem += (98.6 + rng.gauss(0, 0.3) - mem) * _backlog(ts)
            if name == "rd-seatlock":
                mem += 9 * ramp(ts, C5["start"], C5["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:  # the engine's own CPU
            c0, c1 = DB_CPU[name]
            cpu = c0 + c1 * d + rng.gauss(0, 1.1)
            if name == "rd-seatlock":
                cpu += (98.5 + rng.gauss(0, 0.4) - cpu) * ramp(ts, C5["start"], C5["end"], rise=5, fall=10)
            if name == "my-hoewon":
                cpu += 33 * ramp(ts, C4["start"], C4["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The 02:00 settlement, the 04:00 DW load, the 06:00 KDM run, the ALB certificate warning and the
    Monday revenue-share report."""
    rows = []
    for d in range(8, 19):
        wd = datetime(2027, 12, d).weekday()
        if d != 11:
            rows.append(
                (d, 2, 0, "jeongsan_nightly", "info", "batch_job", "일마감 정산 배치 시작 (JOB_DAILY_CLOSE)")
            )
            rows.append((d, 2, 58, "jeongsan_nightly", "info", "batch_job", "일마감 정산 배치 완료"))
        if d != 12:
            rows.append((d, 4, 0, "dw_etl_daily", "info", "batch_job", "DW 적재 DAG 시작 (dag_sales_daily)"))
        rows.append((d, 6, 0, "kdm-vault", "info", "batch_job", "KDM 일괄 배포 (38개 상영관 서버)"))
        left = (datetime(2027, 12, 27) - datetime(2027, 12, d)).days
        rows.append(
            (d, 9, 0, "alb-marquee-prd", "warning", "cert_expiry",
             f"TLS certificate *.lumiencinema.co.kr expires in {left} days (2027-12-27), imported cert (Sectigo), manual renewal")
        )  # fmt: skip
        if wd == 0:
            rows.append((d, 7, 0, "bugeum-report", "info", "batch_job", "주간 부금 정산 리포트 생성"))
        if wd == 1:
            rows.append(
                (d, 10, 0, "spotlight-coupon", "info", "campaign", "컬처데이 할인 쿠폰 캠페인 시작 (화요일)")
            )
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (9, 11, 0, "jwaseok-map-stg", "info", "maintenance", "4DX 좌석 모델 개편 작업으로 스테이징 점검"),
    (9, 19, 5, "yeme-core", "info", "deployment", "yeme-core 4.12.0 배포 (환불 규정 개정 반영)"),
    (9, 19, 15, "aur-yeme-prd", "info", "config_change", "gh-ost online schema change: seat_hold ADD COLUMN hold_channel (cut-over)"),
    (10, 15, 0, "hd-s03-ims", "info", "maintenance", "홍대점 3관(4DX) 리뉴얼 공사, 12/20까지 상영 중단"),
    (10, 16, 0, "lmc-sv-2320", "info", "notice", "RAID 컨트롤러 배터리 자동 relearn 주기 도래 (토 02:00)"),
    (11, 23, 0, "dw_etl_daily", "info", "config_change", "Redshift 리사이즈(ra3.4xlarge x4 → x6)로 매출 이벤트 consumer 중지"),
    (12, 14, 5, "maejeom-pos", "info", "deployment", "maejeom-pos 2.8.0 배포 (겨울 시즌 콤보 메뉴)"),
    (12, 15, 10, "dw_etl_daily", "info", "config_change", "Redshift 리사이즈 완료, consumer 재개"),
    (13, 10, 0, "tms-hq", "info", "batch_job", "주간 상영 편성 확정 및 지점 배포"),
    (13, 9, 40, "gn-cs01", "warning", "threshold_breach", "disk_usage above 80% on 강남점 DCP library"),
    (13, 17, 0, "tms-hq-dev", "info", "deployment", "tms-hq-dev 8.0.0-beta 배포"),
    (14, 18, 25, "gyeoljae-gw", "info", "deployment", "gyeoljae-gw 6.2.3 배포 (컬처데이 복합결제 할인 순서 수정)"),
    (14, 18, 30, "spotlight-coupon", "info", "campaign", "컬처데이 저녁 푸시 쿠폰 발송 (48만명)"),
    (15, 11, 0, "daegi-gate", "info", "change_notice", "12/16(목) 14:00 블록버스터 예매 오픈, 대기열 사전 활성화 예정"),
    (15, 16, 0, "yeme-core-stg", "info", "deployment", "yeme-core-stg 5.1.0-rc3 배포"),
    (16, 9, 20, "gn-cs01", "warning", "threshold_breach", "disk_usage above 85% on 강남점 DCP library"),
    (16, 11, 0, "gn-cs01", "info", "maintenance", "종영작 2편 DCP 삭제 (강남점 라이브러리 정리)"),
    (16, 13, 30, "jwaseok-map", "info", "deployment", "jwaseok-map 2.14.0 배포 (IMAX 좌석맵 캐시)"),
    (16, 13, 50, "daegi-gate", "info", "config_change", "admit_per_sec 800 → 1200 (예매 오픈 대비)"),
    (16, 13, 58, "daegi-gate", "info", "open_booking", "블록버스터 예매 오픈 대기열 활성화"),
    (17, 9, 40, "mokvm122", "info", "batch_job", "개봉작 DCP 해시 검증 시작 (3.1 TB)"),
    (17, 9, 50, "dcp-ingest", "info", "deployment", "dcp-ingest 3.4.0 배포 (병렬 해시 검증)"),
    (17, 9, 55, "isilon-dcp01", "info", "maintenance", "node-3 재조인 완료, SyncIQ 정책 dcp-dr 재개"),
    (17, 16, 0, "popcorn-bff-dev", "info", "deployment", "popcorn-bff-dev 8.4.0-SNAPSHOT 배포"),
    (18, 10, 30, "gn-cs01", "warning", "threshold_breach", "disk_usage above 85% on 강남점 DCP library"),
    (18, 19, 40, "yeme-core", "info", "deployment", "yeme-core 5.0.1 배포 (좌석 선점 만료 알림 문구)"),
    # C1 (Thursday evening peak)
    (9, 19, 21, "aur-yeme-prd", "warning", "lock", "Waiting for table metadata lock on seat_hold: 312 sessions"),
    (9, 19, 24, "aur-yeme-prd", "critical", "performance", "DML latency 4.8 s, threads_running 1,480 (metadata lock queue)"),
    (9, 19, 27, "yeme-core", "critical", "error", "예매 확정 실패 (Lock wait timeout exceeded), 5xx 28%"),
    (9, 19, 30, "jwaseok-map", "major", "error", "잔여석 조회 타임아웃"),
    (9, 19, 36, "marquee-edge", "warning", "error", "upstream timeout yeme-core"),
    (9, 19, 38, "kiosk-api", "warning", "error", "키오스크 발권 지연"),
    (9, 20, 5, "aur-yeme-prd", "info", "config_change", "gh-ost 마이그레이션 취소, 장기 트랜잭션 KILL"),
    (9, 20, 20, "yeme-core", "info", "recovery", "예매 확정 정상"),
    # C2 (Saturday small hours, settlement)
    (11, 2, 0, "jeongsan_nightly", "info", "batch_job", "일마감 정산 배치 시작 (JOB_DAILY_CLOSE)"),
    (11, 2, 4, "lmc-sv-2320", "warning", "hardware", "Smart Array P816i-a: battery relearn started, write cache disabled (write-through)"),
    (11, 2, 9, "lmc-sv-2320", "critical", "disk", "I/O await 180 ms on /data (my-pos), iowait 52%"),
    (11, 2, 12, "my-pos", "major", "performance", "commit latency 1.9 s, innodb log waits"),
    (11, 2, 17, "jeongsan_nightly", "critical", "batch_job", "JOB_DAILY_CLOSE step 9 (매점 매출 대사) FAILED: query timeout"),
    (11, 2, 21, "kobis-feed", "major", "error", "KOBIS 발권 전송 지연 (미전송 3,412건)"),
    (11, 2, 58, "lmc-sv-2320", "info", "hardware", "battery relearn complete, write-back cache enabled"),
    (11, 3, 15, "jeongsan_nightly", "info", "batch_job", "JOB_DAILY_CLOSE 재실행 (step 9부터)"),
    (11, 4, 10, "jeongsan_nightly", "info", "batch_job", "일마감 정산 배치 완료 (지연)"),
    # C3 (Sunday afternoon)
    (12, 14, 10, "rmq-store", "warning", "memory", "memory 0.37 of high watermark 0.4, queue q.sales.dw 2.1M messages"),
    (12, 14, 31, "rmq-store", "critical", "memory", "memory high watermark reached, publishers blocked (connection.blocked)"),
    (12, 14, 37, "maejeom-pos", "critical", "error", "매점 주문 전송 실패 (broker blocked), 결제 후 주문서 미출력"),
    (12, 14, 39, "boxoffice-hub", "major", "error", "현장 발권 이벤트 발행 지연"),
    (12, 14, 45, "storegw-gn", "warning", "error", "강남점 POS 동기화 지연"),
    (12, 14, 47, "storegw-hd", "warning", "error", "홍대점 POS 동기화 지연"),
    (12, 15, 10, "rmq-store", "info", "config_change", "q.sales.dw consumer 재기동, 메시지 소진 시작"),
    (12, 15, 30, "maejeom-pos", "info", "recovery", "매점 주문 정상"),
    # C4 (Tuesday culture-day evening)
    (14, 18, 41, "my-hoewon", "warning", "connections", "threads_connected 742 / max_connections 800"),
    (14, 18, 44, "my-hoewon", "critical", "connections", "ERROR 1040: Too many connections"),
    (14, 18, 47, "hoewon-pt", "critical", "error", "포인트 사용/적립 실패, 5xx 31% (DB connection refused)"),
    (14, 18, 51, "gyeoljae-gw", "major", "error", "복합결제 (포인트+카드) 실패 증가"),
    (14, 18, 53, "maejeom-pos", "warning", "error", "매점 포인트 적립 실패"),
    (14, 18, 56, "marquee-edge", "warning", "error", "upstream 5xx hoewon-pt"),
    (14, 19, 20, "my-hoewon", "info", "config_change", "max_connections 800 → 1500, 쿠폰 동기화 스로틀링"),
    (14, 19, 40, "hoewon-pt", "info", "recovery", "포인트 서비스 정상"),
    # C5 (Thursday open booking)
    (16, 14, 1, "rd-seatlock", "warning", "cpu", "EngineCPUUtilization 91%, hot key seat:IMAX:gn-s07:20271222*"),
    (16, 14, 4, "rd-seatlock", "critical", "latency", "command latency p99 180 ms, client timeouts"),
    (16, 14, 6, "yeme-core", "critical", "error", "좌석 선점 실패 (Redis timeout), 5xx 30%"),
    (16, 14, 9, "jwaseok-map", "major", "error", "좌석맵 로딩 지연"),
    (16, 14, 11, "hold-sweeper", "warning", "error", "선점 만료 처리 지연"),
    (16, 14, 15, "marquee-edge", "warning", "error", "upstream timeout yeme-core"),
    (16, 14, 45, "rd-seatlock", "info", "config_change", "hold 키 상영관별 샤딩 (hash tag 변경)"),
    (16, 15, 0, "yeme-core", "info", "recovery", "좌석 선점 정상"),
    # C6 (Friday morning)
    (17, 10, 11, "isilon-dcp01", "warning", "latency", "NFS latency 62 ms on /ifs/dcp (SyncIQ dcp-dr running)"),
    (17, 10, 14, "isilon-dcp01", "critical", "latency", "NFS latency 140 ms, SnapshotDelete job + SyncIQ"),
    (17, 10, 17, "dcp-ingest", "critical", "error", "DCP 해시 검증 실패/타임아웃 (read timeout), 34%"),
    (17, 10, 21, "dcp-push", "major", "error", "지점 전송 큐 정체"),
    (17, 10, 26, "tms-hq", "warning", "error", "다음주 편성 콘텐츠 스테이징 실패"),
    (17, 10, 28, "tms-gn", "warning", "error", "강남점 콘텐츠 적재 지연"),
    (17, 10, 55, "isilon-dcp01", "info", "config_change", "SyncIQ dcp-dr 일시 중지, SnapshotDelete 야간으로 이동"),
    (17, 11, 10, "dcp-ingest", "info", "recovery", "인제스트 정상"),
    # C7 (Saturday evening, ongoing)
    (18, 19, 56, "paylink-kcp", "warning", "connections", "outbound pool 188/200 to KCP, avg wait 2.4 s"),
    (18, 19, 59, "paylink-kcp", "critical", "error", "connection pool exhausted (200/200), KCP approval timeouts"),
    (18, 20, 2, "gyeoljae-gw", "critical", "error", "카드 결제 승인 실패 35% (paylink-kcp timeout)"),
    (18, 20, 11, "yeme-core", "major", "error", "결제 단계 실패로 예매 확정 실패 증가"),
    (18, 20, 14, "kiosk-api", "warning", "error", "키오스크 카드 결제 실패"),
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
    generate(NAME, "cinema-chain", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
