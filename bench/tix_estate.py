"""Generate the ticketing estate (tests/fixtures/ticketing/, interchange format) and its faults file.

A Korean live-entertainment ticketing platform (파도티켓, PADO Ticket): concerts, K-pop fan meetings, KBO
baseball, musicals. On-sale openings (오픈 20:00, 14:00, KBO 11:00) are the traffic peaks. In the 상암IDC the
legacy core, romanised snake_case with the `tk_` prefix: 예매 `tk_yeme`, 좌석 재고/선점 `tk_jwaseok` (seat holds in
the Redis cluster `kv-seathold`), 결제 `tk_gyeolje` over several PGs through the egress L4 `L4-SAM-A10-02`,
취소/환불 `tk_cancel`, 관리자 `tk_admin`, 정산 `tk_jeongsan` and the nightly `tk_jeongsan_bat` on PostgreSQL
`PG_JEONGSAN`, the Oracle RACs `TKTDB_RAC` and `PAYDB_ORA`, Kafka `kfk-ticketing`; hosts named by cell, rack and
node (`sam-c2r07-n03`). In GCP Seoul (asia-northeast3) the newer products by code name: the virtual waiting room
MAGPIE (`magpie-waitroom`, tokens in `kv-magpie-token`), anti-bot OWL (`owl-botguard`, `owl-scorer`), mobile
tickets CRANE (`crane-mticket`, `crane-gate-sync` on Cloud SQL `csql-mticket`), resale/transfer HERON
(`heron-resale`), the app/web BFF `pado-web-bff`, `seatmap-api`, `member-auth`, fan-club presale
`fanclub-verify`, notifications (`rmq-alim` → `alim-sender` 알림톡/SMS, `push-relay`), the promoters' partner
API `partner-gw` and `promoter-portal`, the warehouse (`dw-loader`, `bq-dw`); GKE nodes
(`gke-pado-prd-core-3b7e2d10-k2vm`). Venue edge sites KSPO돔, 잠실야구장 and 고척스카이돔 with gate validation
(`VNU-KSP-GATE` on `vnu-ksp-edge01`, offline cache `VNU-KSP-KV`). Environments prod, stage, qa, dev; owners are
teams with Korean and English names.

Seven injected incidents (times KST; now = Thursday 2027-05-13 20:35, 35 minutes into a K-pop fan-club presale
opening; the window is the 10 days before; Wednesday 5 May is 어린이날, a holiday):
  T1 Tue 04 20:03–20:58  TKTDB_RAC row-lock / gc buffer busy contention on the seat inventory at a concert's
                         general on-sale: tk_yeme (loudest; its 19:20 deploy is a bystander), tk_jwaseok,
                         tk_cancel, then seatmap-api and pado-web-bff
  T2 Thu 06 14:04–14:59  L4-SAM-A10-02 runs out of SNAT ports to the PGs at a musical's 14:00 opening:
                         tk_gyeolje (loudest), then tk_yeme, tk_cancel and heron-resale (deployed at 13:30)
  T3 Sat 08 02:10–03:05  (weekend night) the RAID controller of sam-c3r02-n11 starts a BBU learn cycle and drops
                         to write-through: PG_JEONGSAN slows, tk_jeongsan_bat (loudest) and tk_jeongsan fail
  T4 Sun 09 16:40–17:35  (weekend) csql-mticket fails over (zonal) during the KSPO돔 concert entry:
                         crane-mticket (loudest), crane-gate-sync, then VNU-KSP-GATE and heron-resale
  T5 Tue 11 12:05–13:00  rmq-alim hits its memory high watermark when the presale winners' 알림톡 blast goes
                         out and blocks publishers: alim-sender (loudest; its 11:40 template deploy is a
                         bystander), push-relay, tk_yeme (booking confirmations)
  T6 Wed 12 09:30–10:25  gke-pado-prd-core-3b7e2d10-k2vm's conntrack table fills in a promoter's bulk seat sync:
                         partner-gw (loudest), member-auth (deployed at 09:10), then fanclub-verify,
                         pado-web-bff and promoter-portal
  T7 Thu 13 20:02–now    kv-seathold reaches maxmemory (noeviction; the hold TTL was raised 420 → 900 s on
                         Tuesday) at the fan-club presale opening: tk_jwaseok (loudest), seatmap-api (deployed
                         at 19:35), tk_yeme, pado-web-bff (ongoing)
Confounders: the evening browsing curve, the openings (queue, seat, booking, payment peaks), KBO gate entry at
잠실/고척 and the KSPO돔 concerts (Sat 8, Sun 9), the nightly settlement batch (02:00) and DW load (03:00), a PG
provider's maintenance notice, deploys on victims before T1, T2, T5, T6 and T7, the retired `tk_mobile_wap` and
`sam-c1r01-n03`, `sam-c3r02-n13` in maintenance, the Kafka broker disk of `sam-c2r11-n02` creeping up, and the
CDN `cdn-pado-static` certificate expiring on 2027-05-27 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/tix_golden.py) are computed from the files.

    .venv/bin/python bench/tix_estate.py   # rewrites tests/fixtures/ticketing*
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

NAME = "ticketing"
NOW = datetime(2027, 5, 13, 11, 35, tzinfo=UTC)  # Thursday 2027-05-13 20:35 KST
START = NOW - timedelta(days=10)  # Monday 2027-05-03 20:35 KST
SEED = 20270513
SITES = {
    "S": "상암IDC",
    "G": "gcp-asia-northeast3",
    "K": "KSPO돔",
    "J": "잠실야구장",
    "C": "고척스카이돔",
    "B": "사직야구장",
}
ENVS = {"P": "prod", "S": "stage", "Q": "qa", "D": "dev"}
HOLIDAY = 5  # 어린이날

kst = kst_utc_clock("2027-05")

BOOK, QUE, SEAT, PAY = "예매플랫폼팀", "queue-squad", "seat-core", "결제개발팀"
TNS, MTK, VEN, RES = "trust-and-safety", "모바일티켓팀", "venue-ops", "resale-squad"
NOTI, PTN, SETL, DATA = "notification-platform", "파트너연동팀", "정산시스템팀", "data-platform"
DBA, SRE, NET, FAN = "DBA그룹", "infra-sre", "네트워크팀", "팬클럽서비스팀"

CORE = "gke-pado-prd-core-3b7e2d10-"
BURST = "gke-pado-prd-burst-91c0f4ae-"
DNODE = "gke-pado-prd-data-5e2a7c18-b9lf"
STGN = "gke-pado-stg-pool1-0c4d8e21-m2aa"
DEVN = "gke-pado-dev-pool1-a7f31b09-q5xe"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- 상암IDC legacy core
    "tk_yeme": ("service", BOOK, "S", "P", ["sam-c2r07-n01", "sam-c2r07-n02"],
                ["TKTDB_RAC", "tk_jwaseok", "tk_gyeolje", "kfk-ticketing", "rmq-alim", "owl-botguard"],
                {"desc": "예매 코어 (주문 생성, 회차/등급 선택, 예매 확정)", "version": "12.8.1", "lang": "java",
                 "framework": "Spring Boot 2.7", "was": "JEUS 8", "instances": 8, "port": 8080,
                 "max_tickets_per_order": 4}),
    "tk_jwaseok": ("service", SEAT, "S", "P", ["sam-c2r07-n01", "sam-c2r07-n02"], ["kv-seathold", "TKTDB_RAC"],
                   {"desc": "좌석 재고/선점 (hold, release, 좌석 배정)", "version": "7.3.0", "lang": "java",
                    "hold_ttl_s": 900, "instances": 8, "port": 8081}),
    "tk_gyeolje": ("service", PAY, "S", "P", ["sam-c2r08-n01", "sam-c2r08-n02"],
                   ["PAYDB_ORA", "kv-pay-idem", "L4-SAM-A10-02"],
                   {"desc": "결제 오케스트레이션 (PG 라우팅, 승인/취소)", "version": "5.14.2", "lang": "java",
                    "pg_providers": "KG이니시스, 토스페이먼츠, NHN KCP, 카카오페이, 네이버페이", "pg_count": 5,
                    "instances": 6, "timeout_ms": 8000}),
    "tk_cancel": ("service", BOOK, "S", "P", ["sam-c2r08-n01"], ["TKTDB_RAC", "tk_gyeolje"],
                  {"desc": "취소/환불 (수수료 계산, 부분 취소)", "version": "3.9.4", "lang": "java", "instances": 2}),
    "tk_admin": ("service", BOOK, "S", "P", ["sam-c2r08-n05"], ["TKTDB_RAC", "PAYDB_ORA"],
                 {"desc": "백오피스 (공연 등록, 회차/좌석 등급 관리)", "version": "4.1.7", "lang": "java", "users": 420}),
    "tk_jeongsan": ("service", SETL, "S", "P", ["sam-c3r02-n12"], ["PG_JEONGSAN"],
                    {"desc": "기획사 정산 API (정산서 조회, 지급 내역)", "version": "2.6.0", "lang": "java"}),
    "tk_jeongsan_bat": ("service", SETL, "S", "P", ["sam-c3r02-n12"], ["PG_JEONGSAN", "TKTDB_RAC", "nas-sam-01"],
                        {"desc": "일일 정산 배치 (판매 집계, 수수료, 기획사별 정산서 PDF)", "product": "Spring Batch 4.3",
                         "schedule": "매일 02:00", "jobs": 31, "promoters": 1240}),
    "tk_mobile_wap": ("service", BOOK, "S", "P", [], [],
                      {"desc": "구 모바일 웹 예매 (WAP, 2016), pado-web-bff로 대체", "version": "1.22.3",
                       "decommissioned": "2026-11-30"}),
    # ---------------------------------------------------------------- GCP Seoul: products by code name
    "magpie-waitroom": ("service", QUE, "G", "P", [BURST + "7hqd", BURST + "c3mb"], ["kv-magpie-token", "owl-botguard"],
                        {"desc": "가상 대기열 (MAGPIE): 오픈 시 대기 순번 발급, 입장 토큰", "code_name": "MAGPIE",
                         "version": "3.4.2", "lang": "go", "replicas": 24, "admit_per_sec": 1800,
                         "max_queue": 1500000, "namespace": "pado-prd/queue"}),
    "pado-web-bff": ("service", BOOK, "G", "P", [CORE + "p8xz", BURST + "zr6k"],
                     ["magpie-waitroom", "seatmap-api", "tk_yeme", "fanclub-verify", "crane-mticket", "heron-resale",
                      "member-auth", "kv-session", "show-catalog", "search-api", "coupon-api"],
                     {"desc": "앱/웹 BFF (iOS, Android, 모바일웹, PC웹)", "version": "9.2.0", "lang": "kotlin",
                      "replicas": 30, "namespace": "pado-prd/web"}),
    "seatmap-api": ("service", SEAT, "G", "P", [BURST + "c3mb", BURST + "zr6k"],
                    ["kv-seatmap", "tk_jwaseok", "gcs-static-assets"],
                    {"desc": "좌석도 API (구역/열/좌석 잔여, SVG 좌석 배치)", "version": "4.0.3", "lang": "kotlin",
                     "replicas": 16, "namespace": "pado-prd/seat"}),
    "member-auth": ("service", FAN, "G", "P", [CORE + "k2vm"], ["csql-member", "kv-session"],
                    {"desc": "회원/로그인 (본인인증, 간편로그인)", "version": "6.1.5", "lang": "kotlin", "replicas": 10,
                     "token_ttl_min": 30, "namespace": "pado-prd/member"}),
    "fanclub-verify": ("service", FAN, "G", "P", [BURST + "7hqd"], ["member-auth", "csql-member"],
                       {"desc": "팬클럽 선예매 인증 (기획사 회원번호 대조)", "version": "2.2.1", "lang": "python",
                        "replicas": 6, "agencies": 38, "namespace": "pado-prd/member"}),
    "owl-botguard": ("service", TNS, "G", "P", [CORE + "w4tn", BURST + "7hqd"], ["kv-owl-fp", "kfk-ticketing"],
                     {"desc": "매크로/봇 탐지 (OWL): 디바이스 지문, 행동 점수, 캡차", "code_name": "OWL",
                      "version": "5.7.0", "lang": "rust", "replicas": 12, "block_threshold": 0.92,
                      "captcha": "hCaptcha Enterprise", "namespace": "pado-prd/trust"}),
    "owl-scorer": ("service", TNS, "G", "P", [DNODE], ["kfk-ticketing", "bq-dw"],
                   {"desc": "봇 행동 점수 모델 (스트리밍 피처, 일 1회 재학습)", "code_name": "OWL", "version": "1.9.2",
                    "lang": "python", "model": "owl-gbm-v14", "replicas": 3, "namespace": "pado-prd/trust"}),
    "crane-mticket": ("service", MTK, "G", "P", [CORE + "p8xz", CORE + "w4tn"],
                      ["csql-mticket", "kfk-ticketing", "gcs-ticket-pdf"],
                      {"desc": "모바일 티켓 (CRANE): QR 발급, 30초 동적 QR 갱신", "code_name": "CRANE",
                       "version": "4.5.1", "lang": "go", "replicas": 12, "qr_refresh_s": 30,
                       "namespace": "pado-prd/mticket"}),
    "crane-gate-sync": ("service", MTK, "G", "P", [CORE + "w4tn"], ["csql-mticket", "gcs-gate-offline"],
                        {"desc": "공연장 게이트 입장권 동기화 (화이트리스트, 오프라인 번들)", "code_name": "CRANE",
                         "version": "2.8.0", "lang": "go", "replicas": 4, "sync_interval_s": 10,
                         "namespace": "pado-prd/mticket"}),
    "heron-resale": ("service", RES, "G", "P", [CORE + "p8xz"], ["csql-resale", "tk_gyeolje", "crane-mticket"],
                     {"desc": "공식 리세일/양도 (HERON): 정가 이하 재판매, 선물하기", "code_name": "HERON",
                      "version": "3.3.0", "lang": "kotlin", "replicas": 6, "fee_pct": 5,
                      "namespace": "pado-prd/resale"}),
    "alim-sender": ("service", NOTI, "G", "P", [DNODE], ["rmq-alim"],
                    {"desc": "알림톡/SMS 발송 (예매 완료, 입금 안내, 선예매 당첨)", "version": "2.12.0", "lang": "java",
                     "replicas": 8, "vendor": "카카오 비즈메시지, NHN Cloud SMS", "sender_no": "1588-xxxx"}),
    "push-relay": ("service", NOTI, "G", "P", [DNODE], ["rmq-alim"],
                   {"desc": "앱 푸시 (FCM/APNs) 중계", "version": "1.6.3", "lang": "go", "replicas": 4}),
    "partner-gw": ("service", PTN, "G", "P", [CORE + "k2vm"], ["tk_yeme", "kv-partner-rl"],
                   {"desc": "기획사/판매채널 파트너 API (좌석 일괄 배정, 판매 현황)", "version": "3.0.8",
                    "lang": "kotlin", "replicas": 6, "partners": 146, "rate_limit_rps": 300,
                    "namespace": "pado-prd/partner"}),
    "promoter-portal": ("service", PTN, "G", "P", [CORE + "p8xz"], ["partner-gw", "tk_jeongsan", "bq-dw"],
                        {"desc": "기획사 포털 (판매 대시보드, 정산서)", "version": "2.4.6", "lang": "typescript",
                         "replicas": 3, "users": 3100}),
    "dw-loader": ("service", DATA, "G", "P", [DNODE], ["kfk-ticketing", "ps-dw-events", "bq-dw", "gcs-dw-raw"],
                  {"desc": "DW 적재 (Kafka → BigQuery, 매일 03:00 스냅샷)", "product": "Airflow 2.8 + Dataflow",
                   "schedule": "매일 03:00", "dags": 57}),
    "show-catalog": ("service", BOOK, "G", "P", [CORE + "m5rd", BURST + "f9xw"], ["csql-catalog", "kv-catalog"],
                     {"desc": "공연/회차/가격 카탈로그", "version": "5.5.2", "lang": "kotlin", "replicas": 12,
                      "shows_on_sale": 2870, "namespace": "pado-prd/catalog"}),
    "search-api": ("service", BOOK, "G", "P", [CORE + "m5rd"], ["es-showsearch"],
                   {"desc": "공연/아티스트 검색, 자동완성", "version": "2.9.0", "lang": "java", "replicas": 6,
                    "namespace": "pado-prd/catalog"}),
    "coupon-api": ("service", PAY, "G", "P", [BURST + "f9xw"], ["csql-promo"],
                   {"desc": "할인 쿠폰/카드사 프로모션 적용", "version": "1.18.4", "lang": "kotlin", "replicas": 6,
                    "namespace": "pado-prd/pay"}),
    "cs-desk": ("service", BOOK, "S", "P", ["sam-c2r09-n01"], ["tk_cancel", "member-auth", "crane-mticket"],
                {"desc": "고객센터 상담 콘솔 (예매 조회, 취소 대행, 티켓 재발송)", "version": "3.2.0", "lang": "java",
                 "agents": 260}),
    "tk_kbo_link": ("service", PTN, "S", "P", ["sam-c2r09-n02"], ["TKTDB_RAC", "kfk-ticketing"],
                    {"desc": "KBO 구단 좌석/시즌권 연동 (구단 티켓 시스템 ↔ 파도)", "version": "2.0.11", "lang": "java",
                     "clubs": 6, "protocol": "SFTP + REST"}),
    # ---------------------------------------------------------------- venue edge
    "VNU-KSP-GATE": ("service", VEN, "K", "P", ["vnu-ksp-edge01", "vnu-ksp-edge02"], ["crane-gate-sync", "VNU-KSP-KV"],
                     {"desc": "KSPO돔 입장 게이트 검증 (QR/NFC)", "gates": 24, "scanners": 96,
                      "scanner_model": "Zebra TC58", "version": "1.14.0", "offline_mode": "auto"}),
    "VNU-JSB-GATE": ("service", VEN, "J", "P", ["vnu-jsb-edge01"], ["crane-gate-sync", "VNU-JSB-KV"],
                     {"desc": "잠실야구장 입장 게이트 검증", "gates": 18, "scanners": 72,
                      "scanner_model": "Zebra TC58", "version": "1.14.0", "offline_mode": "auto"}),
    "VNU-GCD-GATE": ("service", VEN, "C", "P", ["vnu-gcd-edge01"], ["crane-gate-sync", "VNU-GCD-KV"],
                     {"desc": "고척스카이돔 입장 게이트 검증", "gates": 12, "scanners": 48,
                      "scanner_model": "Honeywell CT45", "version": "1.13.2", "offline_mode": "auto"}),
    "VNU-SJK-GATE": ("service", VEN, "B", "P", ["vnu-sjk-edge01"], ["crane-gate-sync", "VNU-SJK-KV"],
                     {"desc": "사직야구장 입장 게이트 검증", "gates": 16, "scanners": 64,
                      "scanner_model": "Honeywell CT45", "version": "1.14.0", "offline_mode": "auto"}),
    # ---------------------------------------------------------------- stage, qa, dev
    "pado-web-bff-stg": ("service", BOOK, "G", "S", [STGN], ["magpie-waitroom-stg", "seatmap-api-stg"],
                         {"desc": "앱/웹 BFF (스테이징)", "version": "9.3.0-rc1", "replicas": 2,
                          "namespace": "pado-stg/web"}),
    "member-auth-qa": ("service", FAN, "G", "Q", [STGN], [],
                       {"desc": "회원/로그인 (QA)", "version": "6.2.0-rc1", "replicas": 1}),
    "tk_yeme_stg": ("service", BOOK, "S", "S", ["sam-c4r01-n01"], ["TKTDB_STG"],
                    {"desc": "예매 코어 (스테이징)", "version": "12.9.0-rc2", "lang": "java"}),
    "tk_jwaseok_qa": ("service", SEAT, "S", "Q", ["sam-c4r01-n01"], ["TKTDB_STG"],
                      {"desc": "좌석 (QA, 부하시험)", "version": "7.4.0-rc1", "lang": "java"}),
    "magpie-waitroom-stg": ("service", QUE, "G", "S", [STGN], [],
                            {"desc": "대기열 (스테이징)", "version": "3.5.0-rc1", "replicas": 2,
                             "namespace": "pado-stg/queue"}),
    "seatmap-api-stg": ("service", SEAT, "G", "S", [STGN], [],
                        {"desc": "좌석도 (스테이징)", "version": "4.1.0-rc1", "replicas": 2, "namespace": "pado-stg/seat"}),
    "owl-botguard-qa": ("service", TNS, "G", "Q", [STGN], [],
                        {"desc": "봇 탐지 (QA, 매크로 재현 테스트)", "version": "5.8.0-beta", "replicas": 1}),
    "crane-mticket-dev": ("service", MTK, "G", "D", [DEVN], ["csql-mticket-stg"],
                          {"desc": "모바일 티켓 (개발)", "version": "4.6.0-SNAPSHOT", "replicas": 1}),
    "heron-resale-dev": ("service", RES, "G", "D", [DEVN], [],
                         {"desc": "리세일 (개발)", "version": "3.4.0-SNAPSHOT", "replicas": 1}),
    # ---------------------------------------------------------------- databases
    "TKTDB_RAC": ("database", DBA, "S", "P", ["sam-c1r04-n01", "sam-c1r04-n02"], [],
                  {"engine": "oracle", "version": "19.22", "rac_nodes": 2, "port": 1521, "service_name": "TKTPRD",
                   "size_tb": 7.4, "desc": "예매/좌석 재고 운영 DB"}),
    "PAYDB_ORA": ("database", DBA, "S", "P", ["sam-c1r05-n01"], [],
                  {"engine": "oracle", "version": "19.22", "port": 1521, "service_name": "PAYPRD", "size_tb": 2.2,
                   "dataguard": "sam-c1r05-n02 (standby)", "desc": "결제 승인/취소 원장"}),
    "PG_JEONGSAN": ("database", DBA, "S", "P", ["sam-c3r02-n11"], [],
                    {"engine": "postgresql", "version": "14.11", "port": 5432, "size_gb": 2100,
                     "desc": "정산 원장, 기획사 지급"}),
    "TKTDB_STG": ("database", DBA, "S", "S", ["sam-c4r01-n02"], [],
                  {"engine": "oracle", "version": "19.22", "port": 1521, "service_name": "TKTSTG"}),
    "csql-member": ("database", FAN, "G", "P", [], [],
                    {"engine": "mysql", "product": "Cloud SQL for MySQL 8.0 Enterprise Plus", "tier": "db-perf-optimized-N-16",
                     "ha": "regional", "port": 3306, "members": 11800000, "desc": "회원, 팬클럽 인증 이력"}),
    "csql-mticket": ("database", MTK, "G", "P", [], [],
                     {"engine": "postgresql", "product": "Cloud SQL for PostgreSQL 15", "tier": "db-custom-16-65536",
                      "ha": "regional", "port": 5432, "desc": "모바일 티켓, 입장 이력"}),
    "csql-resale": ("database", RES, "G", "P", [], [],
                    {"engine": "postgresql", "product": "Cloud SQL for PostgreSQL 15", "tier": "db-custom-8-32768",
                     "ha": "regional", "port": 5432, "desc": "리세일 등록/양도 내역"}),
    "csql-mticket-stg": ("database", MTK, "G", "S", [], [],
                         {"engine": "postgresql", "product": "Cloud SQL for PostgreSQL 15", "tier": "db-custom-2-8192",
                          "ha": "zonal", "port": 5432}),
    "csql-catalog": ("database", BOOK, "G", "P", [], [],
                     {"engine": "mysql", "product": "Cloud SQL for MySQL 8.0", "tier": "db-custom-8-32768",
                      "ha": "regional", "port": 3306, "read_replicas": 3, "desc": "공연, 회차, 가격표"}),
    "csql-promo": ("database", PAY, "G", "P", [], [],
                   {"engine": "mysql", "product": "Cloud SQL for MySQL 8.0", "tier": "db-custom-4-16384",
                    "ha": "regional", "port": 3306, "desc": "쿠폰, 카드사 프로모션"}),
    "es-showsearch": ("database", BOOK, "G", "P", [], [],
                      {"engine": "elasticsearch", "product": "Elastic Cloud 8.13 (GCP Seoul)", "nodes": 6,
                       "port": 9243, "desc": "공연/아티스트 검색 인덱스"}),
    "bq-dw": ("database", DATA, "G", "P", [], [],
              {"engine": "bigquery", "dataset": "pado_dw", "slots": 2000, "desc": "판매/입장/정산 DW"}),
    # ---------------------------------------------------------------- caches, queues
    "kv-seathold": ("cache", SEAT, "S", "P", ["sam-c2r07-n03", "sam-c2r07-n04"], [],
                    {"engine": "redis", "version": "7.0.15", "mode": "cluster", "shards": 6, "maxmemory_gb": 48,
                     "maxmemory_policy": "noeviction", "port": 6379, "desc": "좌석 선점(hold) 키, TTL 900초"}),
    "kv-pay-idem": ("cache", PAY, "S", "P", ["sam-c2r08-n02"], [],
                    {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 8, "port": 6379,
                     "desc": "결제 멱등키"}),
    "kv-magpie-token": ("cache", QUE, "G", "P", [], [],
                        {"engine": "redis", "product": "Memorystore for Redis Cluster", "shards": 12, "maxmemory_gb": 156,
                         "port": 6379, "desc": "대기열 순번, 입장 토큰"}),
    "kv-seatmap": ("cache", SEAT, "G", "P", [], [],
                   {"engine": "redis", "product": "Memorystore for Redis (Standard)", "maxmemory_gb": 26, "port": 6379,
                    "desc": "좌석도 잔여석 스냅샷"}),
    "kv-owl-fp": ("cache", TNS, "G", "P", [], [],
                  {"engine": "valkey", "product": "Memorystore for Valkey 7.2", "maxmemory_gb": 64, "port": 6379,
                   "desc": "디바이스 지문, 차단 목록"}),
    "kv-session": ("cache", FAN, "G", "P", [], [],
                   {"engine": "redis", "product": "Memorystore for Redis (Standard)", "maxmemory_gb": 13, "port": 6379,
                    "desc": "로그인 세션"}),
    "kv-partner-rl": ("cache", PTN, "G", "P", [], [],
                      {"engine": "redis", "product": "Memorystore for Redis (Basic)", "maxmemory_gb": 4, "port": 6379,
                       "desc": "파트너 API rate limit 카운터"}),
    "kv-catalog": ("cache", BOOK, "G", "P", [], [],
                   {"engine": "redis", "product": "Memorystore for Redis (Standard)", "maxmemory_gb": 13, "port": 6379,
                    "desc": "공연 상세 캐시"}),
    "VNU-SJK-KV": ("cache", VEN, "B", "P", ["vnu-sjk-edge01"], [],
                   {"engine": "redis", "version": "7.2.4", "port": 6379, "desc": "사직 오프라인 입장권 캐시"}),
    "VNU-KSP-KV": ("cache", VEN, "K", "P", ["vnu-ksp-edge02"], [],
                   {"engine": "redis", "version": "7.2.4", "port": 6379, "desc": "KSPO돔 오프라인 입장권 캐시"}),
    "VNU-JSB-KV": ("cache", VEN, "J", "P", ["vnu-jsb-edge01"], [],
                   {"engine": "redis", "version": "7.2.4", "port": 6379, "desc": "잠실 오프라인 입장권 캐시"}),
    "VNU-GCD-KV": ("cache", VEN, "C", "P", ["vnu-gcd-edge01"], [],
                   {"engine": "redis", "version": "7.2.4", "port": 6379, "desc": "고척 오프라인 입장권 캐시"}),
    "kfk-ticketing": ("queue", SRE, "S", "P", ["sam-c2r11-n01", "sam-c2r11-n02", "sam-c2r11-n03"], [],
                      {"product": "Apache Kafka 3.6 (KRaft)", "brokers": 3, "topics": 84, "port": 9093,
                       "retention_h": 168, "desc": "예매/입장/봇 이벤트 스트림"}),
    "rmq-alim": ("queue", NOTI, "G", "P", [DNODE], [],
                 {"product": "RabbitMQ 3.12", "nodes": 3, "vm_memory_high_watermark": 0.6, "port": 5672,
                  "queues": 22, "desc": "알림 발송 큐 (알림톡, SMS, 푸시)"}),
    "ps-dw-events": ("queue", DATA, "G", "P", [], [],
                     {"product": "Google Pub/Sub", "topics": 9, "desc": "앱 행동 로그 → DW"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "glb-pado-www": ("G", SRE, ["magpie-waitroom", "pado-web-bff"],
                     {"vendor": "Google", "model": "Global external Application LB + Cloud Armor",
                      "endpoint": "www.padoticket.co.kr", "cert_expiry": "2027-11-02"}),
    "glb-partner-api": ("G", PTN, ["partner-gw"],
                        {"vendor": "Google", "model": "Regional external Application LB",
                         "endpoint": "partner-api.padoticket.co.kr", "cert_expiry": "2028-01-19", "mtls": "on"}),
    "cdn-pado-static": ("G", SRE, ["gcs-static-assets"],
                        {"vendor": "Akamai", "model": "Ion Premier", "endpoint": "img.padoticket.co.kr",
                         "cert_expiry": "2027-05-27"}),
    "L4-SAM-A10-01": ("S", NET, ["tk_yeme", "tk_jwaseok", "tk_cancel"],
                      {"vendor": "A10", "model": "Thunder 5440 CFW", "vip": "10.20.7.10", "firmware": "6.0.3",
                       "role": "인바운드 (예매 WAS)"}),
    "L4-SAM-A10-09": ("S", NET, ["tk_yeme_stg"],
                      {"vendor": "A10", "model": "vThunder", "vip": "10.20.40.10", "firmware": "6.0.2",
                       "role": "스테이징 인바운드"}),
    "L4-SAM-A10-02": ("S", NET, [],
                      {"vendor": "A10", "model": "Thunder 3350 CFW", "vip": "10.20.8.10", "firmware": "6.0.3",
                       "role": "아웃바운드 PG 연동 (SNAT)", "snat_pool_ips": 4}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-sam-01": ("S", SRE, {"vendor": "NetApp", "model": "FAS2820", "capacity_tb": 120, "ontap": "9.13.1P8",
                              "volume": "/vol/jeongsan_pdf", "desc": "정산서 PDF, 배치 파일"}, ["sam-c3r02-n12"]),
    "san-sam-01": ("S", SRE, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 300,
                              "desc": "Oracle RAC/결제 DB 블록 스토리지"},
                   ["sam-c1r04-n01", "sam-c1r04-n02", "sam-c1r05-n01"]),
    "gcs-static-assets": ("G", SEAT, {"vendor": "Google", "model": "Cloud Storage (multi-region asia)",
                                      "capacity_tb": 40, "desc": "좌석 배치 SVG, 포스터"}, []),
    "gcs-dw-raw": ("G", DATA, {"vendor": "Google", "model": "Cloud Storage (Standard)", "capacity_tb": 800,
                               "desc": "DW 원천 파일"}, []),
    "gcs-ticket-pdf": ("G", MTK, {"vendor": "Google", "model": "Cloud Storage (Standard)", "capacity_tb": 18,
                                  "desc": "e-티켓 PDF, 영수증"}, []),
    "gcs-gate-offline": ("G", MTK, {"vendor": "Google", "model": "Cloud Storage (Standard)", "capacity_tb": 5,
                                    "desc": "공연장 오프라인 입장권 번들"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 상암IDC: sam-c<cell>r<rack>-n<node>
    "sam-c1r04-n01": ("S", "P", "bare", {"role": "TKTDB RAC node 1", "model": "HPE ProLiant DL580 Gen11"}),
    "sam-c1r04-n02": ("S", "P", "bare", {"role": "TKTDB RAC node 2", "model": "HPE ProLiant DL580 Gen11"}),
    "sam-c1r05-n01": ("S", "P", "bare", {"role": "PAYDB primary", "model": "HPE ProLiant DL380 Gen11"}),
    "sam-c1r05-n02": ("S", "P", "bare", {"role": "PAYDB Data Guard standby", "model": "HPE ProLiant DL380 Gen11"}),
    "sam-c1r01-n03": ("S", "P", "vm", {"role": "구 WAP 예매 WAS (반납)"}),
    "sam-c2r07-n01": ("S", "P", "vm", {"role": "예매/좌석 WAS #1"}),
    "sam-c2r07-n02": ("S", "P", "vm", {"role": "예매/좌석 WAS #2"}),
    "sam-c2r07-n03": ("S", "P", "bare", {"role": "Redis 좌석 hold #1", "model": "Dell PowerEdge R660"}),
    "sam-c2r07-n04": ("S", "P", "bare", {"role": "Redis 좌석 hold #2", "model": "Dell PowerEdge R660"}),
    "sam-c2r08-n01": ("S", "P", "vm", {"role": "결제/취소 WAS #1"}),
    "sam-c2r08-n02": ("S", "P", "vm", {"role": "결제 WAS #2, 멱등 Redis"}),
    "sam-c2r08-n05": ("S", "P", "vm", {"role": "백오피스"}),
    "sam-c2r09-n01": ("S", "P", "vm", {"role": "고객센터 상담 콘솔"}),
    "sam-c2r09-n02": ("S", "P", "vm", {"role": "KBO 구단 연동"}),
    "sam-c4r02-jump01": ("S", "P", "vm", {"role": "운영 접속 게이트웨이 (bastion, PAM)"}),
    "sam-c2r11-n01": ("S", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R760xd2"}),
    "sam-c2r11-n02": ("S", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R760xd2"}),
    "sam-c2r11-n03": ("S", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R760xd2"}),
    "sam-c3r02-n11": ("S", "P", "bare", {"role": "PostgreSQL 정산", "model": "Dell PowerEdge R750",
                                         "raid": "PERC H755 (RAID10, BBU)"}),
    "sam-c3r02-n12": ("S", "P", "vm", {"role": "정산 API, 정산 배치"}),
    "sam-c3r02-n13": ("S", "P", "vm", {"role": "예비 정산 WAS (펌웨어 점검)"}),
    "sam-c4r01-n01": ("S", "S", "vm", {"role": "스테이징/QA WAS"}),
    "sam-c4r01-n02": ("S", "S", "vm", {"role": "스테이징 Oracle"}),
    # GCP asia-northeast3 (GKE pado-prd)
    CORE + "k2vm": ("G", "P", "gke", {"machine_type": "n2-standard-16", "zone": "asia-northeast3-a"}),
    CORE + "p8xz": ("G", "P", "gke", {"machine_type": "n2-standard-16", "zone": "asia-northeast3-b"}),
    CORE + "w4tn": ("G", "P", "gke", {"machine_type": "n2-standard-16", "zone": "asia-northeast3-c"}),
    CORE + "m5rd": ("G", "P", "gke", {"machine_type": "n2-standard-16", "zone": "asia-northeast3-a"}),
    BURST + "f9xw": ("G", "P", "gke", {"machine_type": "c3-highcpu-22", "zone": "asia-northeast3-a"}),
    BURST + "7hqd": ("G", "P", "gke", {"machine_type": "c3-highcpu-22", "zone": "asia-northeast3-a"}),
    BURST + "c3mb": ("G", "P", "gke", {"machine_type": "c3-highcpu-22", "zone": "asia-northeast3-b"}),
    BURST + "zr6k": ("G", "P", "gke", {"machine_type": "c3-highcpu-22", "zone": "asia-northeast3-c"}),
    DNODE: ("G", "P", "gke", {"machine_type": "n2-highmem-16", "zone": "asia-northeast3-a"}),
    STGN: ("G", "S", "gke", {"machine_type": "e2-standard-8", "zone": "asia-northeast3-a"}),
    DEVN: ("G", "D", "gke", {"machine_type": "e2-standard-4", "zone": "asia-northeast3-b"}),
    # venue edge
    "vnu-ksp-edge01": ("K", "P", "edge", {"role": "KSPO돔 게이트 엣지 #1", "uplink": "KT 1G + LTE 백업"}),
    "vnu-ksp-edge02": ("K", "P", "edge", {"role": "KSPO돔 게이트 엣지 #2, 오프라인 캐시", "uplink": "KT 1G + LTE 백업"}),
    "vnu-jsb-edge01": ("J", "P", "edge", {"role": "잠실 게이트 엣지", "uplink": "SKB 1G + LTE 백업"}),
    "vnu-gcd-edge01": ("C", "P", "edge", {"role": "고척 게이트 엣지", "uplink": "LG U+ 1G + LTE 백업"}),
    "vnu-sjk-edge01": ("B", "P", "edge", {"role": "사직 게이트 엣지", "uplink": "KT 1G + LTE 백업"}),
}
# fmt: on
STATUS = {"tk_mobile_wap": "retired", "sam-c1r01-n03": "retired", "sam-c3r02-n13": "maintenance"}
NET_PREFIX = {"S": "10.20", "G": "10.128", "K": "172.21", "J": "172.22", "C": "172.23", "B": "172.24"}
OWNER_BY_KIND = {"vm": SRE, "bare": SRE, "gke": SRE, "edge": VEN}
DB_HOSTS = (
    "sam-c1r04-n01",
    "sam-c1r04-n02",
    "sam-c1r05-n01",
    "sam-c1r05-n02",
    "sam-c3r02-n11",
    "sam-c4r01-n02",
)


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "T1",
        "kind": "row_lock_contention",
        "root": "TKTDB_RAC",
        "description": "at Tuesday's 20:00 general on-sale of a stadium concert the seat inventory rows of TKTDB_RAC"
        " are fought over across both RAC nodes (enq: TX - row lock contention, gc buffer busy): tk_yeme shows the"
        " loudest errors (its 12.8.1 deploy at 19:20 is a bystander), tk_jwaseok and tk_cancel time out,"
        " seatmap-api and pado-web-bff follow, until the hot partitions are pinned to one instance",
        "start": kst(4, 20, 3),
        "end": kst(4, 20, 58),
        "affected": ["TKTDB_RAC", "tk_yeme", "tk_jwaseok", "tk_cancel", "seatmap-api", "pado-web-bff"],
    },
    {
        "id": "T2",
        "kind": "snat_exhaustion",
        "root": "L4-SAM-A10-02",
        "description": "at Thursday's 14:00 musical opening the egress L4 L4-SAM-A10-02 runs out of SNAT ports towards"
        " the PG providers: tk_gyeolje's approvals fail (loudest), tk_yeme, tk_cancel and heron-resale (deployed at"
        " 13:30, a bystander) follow, until two SNAT pool addresses are added",
        "start": kst(6, 14, 4),
        "end": kst(6, 14, 59),
        "affected": ["L4-SAM-A10-02", "tk_gyeolje", "tk_yeme", "tk_cancel", "heron-resale"],
    },
    {
        "id": "T3",
        "kind": "raid_write_through",
        "root": "sam-c3r02-n11",
        "description": "in the small hours of Saturday the RAID controller of sam-c3r02-n11 starts a battery learn"
        " cycle and drops to write-through: PG_JEONGSAN's commits crawl, the nightly settlement batch"
        " tk_jeongsan_bat times out (loudest) and tk_jeongsan fails, until the learn cycle is rescheduled",
        "start": kst(8, 2, 10),
        "end": kst(8, 3, 5),
        "affected": ["sam-c3r02-n11", "PG_JEONGSAN", "tk_jeongsan_bat", "tk_jeongsan"],
    },
    {
        "id": "T4",
        "kind": "db_failover",
        "root": "csql-mticket",
        "description": "on Sunday during the KSPO돔 concert entry csql-mticket fails over to its standby zone and"
        " connections drop: crane-mticket's QR refresh fails (loudest), crane-gate-sync stalls, VNU-KSP-GATE falls"
        " back to its offline list with errors, heron-resale's transfers fail, until the pools reconnect",
        "start": kst(9, 16, 40),
        "end": kst(9, 17, 35),
        "affected": ["csql-mticket", "crane-mticket", "crane-gate-sync", "VNU-KSP-GATE", "heron-resale"],
    },
    {
        "id": "T5",
        "kind": "queue_memory_alarm",
        "root": "rmq-alim",
        "description": "at Tuesday noon the presale winners' 알림톡 blast fills rmq-alim to its memory high watermark"
        " and publishers are blocked: alim-sender shows the loudest errors (its 11:40 template deploy is a"
        " bystander), push-relay and tk_yeme's booking confirmations stall, until the consumers are scaled and a"
        " backlog queue is moved to lazy mode",
        "start": kst(11, 12, 5),
        "end": kst(11, 13, 0),
        "affected": ["rmq-alim", "alim-sender", "push-relay", "tk_yeme"],
    },
    {
        "id": "T6",
        "kind": "conntrack_full",
        "root": CORE + "k2vm",
        "description": "on Wednesday morning a promoter's bulk seat sync opens a flood of short connections and the"
        " conntrack table of the GKE node gke-pado-prd-core-3b7e2d10-k2vm fills (packets dropped): partner-gw"
        " (loudest) and member-auth (deployed at 09:10, a bystander) on it fail, fanclub-verify, pado-web-bff and"
        " promoter-portal follow, until the pods are drained to other nodes",
        "start": kst(12, 9, 30),
        "end": kst(12, 10, 25),
        "affected": [
            CORE + "k2vm",
            "partner-gw",
            "member-auth",
            "fanclub-verify",
            "pado-web-bff",
            "promoter-portal",
        ],
    },
    {
        "id": "T7",
        "kind": "cache_maxmemory",
        "root": "kv-seathold",
        "description": "at Thursday's 20:00 K-pop fan-club presale opening kv-seathold reaches maxmemory (noeviction:"
        " OOM command not allowed) since Tuesday's change raised the hold TTL from 420 to 900 s: tk_jwaseok cannot"
        " hold seats (loudest), seatmap-api (deployed at 19:35, a bystander), tk_yeme and pado-web-bff follow"
        " (ongoing)",
        "start": kst(13, 20, 2),
        "end": None,
        "affected": ["kv-seathold", "tk_jwaseok", "seatmap-api", "tk_yeme", "pado-web-bff"],
    },
]
T1, T2, T3, T4, T5, T6, T7 = INCIDENTS
TTL_CHANGE = kst(11, 15, 20)  # kv-seathold hold TTL 420 → 900 s

# on-sale openings: (day, hh, mm, size 0..1, title)
OPENINGS = [
    (4, 20, 0, 0.9, "BLUE HOUR 월드투어 서울 (잠실주경기장) 일반예매"),
    (5, 14, 0, 0.45, "뮤지컬 <검은 사제들> 3차 티켓 오픈"),
    (6, 14, 0, 0.8, "뮤지컬 <레미제라블> 2027 서울 1차 티켓 오픈"),
    (6, 20, 0, 0.35, "인디 페스티벌 <한강 라이브> 얼리버드"),
    (7, 20, 0, 0.5, "2027 서울재즈페스티벌 2차"),
    (8, 11, 0, 0.25, "가족 뮤지컬 <공룡대소동> 오픈"),
    (10, 20, 0, 0.55, "NOVA 팬미팅 <HELLO NOVA> 일반예매"),
    (11, 20, 0, 0.5, "싱어송라이터 단독 콘서트 (블루스퀘어) 오픈"),
    (12, 20, 0, 0.45, "연극 <햄릿> 티켓 오픈"),
    (13, 20, 0, 1.0, "STELLA 2027 WORLD TOUR 서울 팬클럽 선예매"),
] + [(d, 11, 0, 0.3, "KBO 다음주 홈경기 예매 오픈") for d in (4, 5, 6, 7, 8, 9, 11, 12, 13)]
# venue events: code: [(day, hh, mm) of the start]; gates open 90 minutes before
GAMES = {
    "J": [(4, 18, 30), (5, 14, 0), (6, 18, 30), (11, 18, 30), (12, 18, 30), (13, 18, 30)],
    "C": [(7, 18, 30), (8, 17, 0), (9, 14, 0)],
    "K": [(8, 18, 0), (9, 17, 30)],
    "B": [(11, 18, 30), (12, 18, 30), (13, 18, 30)],
}


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    rels.append(("tk_gyeolje", "L4-SAM-A10-02", "DEPENDS_ON"))
    rels = [r for i, r in enumerate(rels) if r not in rels[:i]]
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    rels.append(("sam-c1r05-n01", "sam-c1r05-n02", "CONNECTS_TO"))  # Data Guard redo transport
    return rels


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
        env = "stage" if lb == "L4-SAM-A10-09" else "prod"
        cis.append(ci_record(lb, "load_balancer", env, owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{10 + i // 6}.{21 + (i * 29) % 200}"}
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.9", "RHEL 8.9", "Rocky Linux 9.3", "RHEL 7.9"]),
                      "vcpu": rng.choice([8, 16, 16, 32]), "mem_gb": rng.choice([32, 64, 64, 128]),
                      "hypervisor": "VMware vSphere 7.0U3"}  # fmt: skip
        elif kind == "bare":
            attrs |= {"os": "Oracle Linux 8.9" if h in DB_HOSTS[:4] else "Rocky Linux 9.3",
                      "cores": rng.choice([32, 48, 64]), "mem_gb": rng.choice([256, 512, 768]),
                      "serial": f"{rng.choice(['CZ2', 'SGH', '7XJ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "gke":
            pool = h.split("-")[3]
            attrs |= {"cluster": {"P": "pado-prd", "S": "pado-stg", "D": "pado-dev"}[env], "node_pool": pool,
                      "os": "Container-Optimized OS 113", "kubelet": "v1.29.8-gke.1031000"}  # fmt: skip
        elif kind == "edge":
            attrs |= {"os": "Ubuntu 22.04 LTS", "model": "Dell PowerEdge XR4520c", "cores": 16, "mem_gb": 64}
        h_parts = h.split("-")
        if site == "S":
            attrs |= {"cell": h_parts[1][:2].upper(), "rack": h_parts[1][2:].upper()}
        attrs |= extra
        owner = DBA if h in DB_HOSTS else OWNER_BY_KIND[kind]
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _off_day(ts: datetime) -> bool:
    loc = _local(ts)
    return loc.weekday() >= 5 or loc.day == HOLIDAY


OPEN_AT = [(kst(d, hh, mm), size) for d, hh, mm, size, _ in OPENINGS]


def _spike(ts: datetime) -> float:
    """The openings: users pile into the waiting room from 15 minutes before, then a decaying peak."""
    v = 0.0
    for t0, size in OPEN_AT:
        m = (ts - t0).total_seconds() / 60
        if -15 <= m < 0:
            v = max(v, size * 0.45 * (1 + m / 15))
        elif 0 <= m < 120:
            v = max(v, size * math.exp(-m / 28))
    return v


def _browse(ts: datetime) -> float:
    """Browsing: low at night, a lunch bump and the evening (21–23 h) high, more at weekends."""
    h = seoul_hour(ts)
    v = 0.08 + 0.12 * _bump(h, 12.5, 1.2) + 0.22 * _bump(h, 22.0, 2.2) + 0.1 * (1 if 9 <= h < 24 else 0)
    if _off_day(ts):
        v += 0.06 * (1 if 10 <= h < 23 else 0)
    return v


def _sale(ts: datetime) -> float:
    return max(0.05, min(1.0, _browse(ts) + 0.58 * _spike(ts)))


def _venue(code: str):
    starts = [kst(d, hh, mm) for d, hh, mm in GAMES[code]]

    def load(ts: datetime) -> float:
        v = 0.05
        for t0 in starts:
            m = (ts - t0).total_seconds() / 60
            if -100 <= m < -90:
                v = max(v, 0.05 + 0.4 * (m + 100) / 10)
            elif -90 <= m < 20:
                v = max(v, 0.45 + 0.45 * math.exp(-((m + 25) ** 2) / (2 * 30**2)))
            elif 20 <= m < 200:
                v = max(v, 0.2)
        return min(1.0, v)

    return load


_VENUES = [_venue(c) for c in GAMES]


def _entry(ts: datetime) -> float:
    """Mobile tickets and gate sync: the venues' entry plus the app's ticket views."""
    return max(0.05, min(1.0, max(f(ts) for f in _VENUES) * 0.85 + 0.35 * _browse(ts)))


def _notify(ts: datetime) -> float:
    h = seoul_hour(ts)
    v = 0.1 + 0.25 * _bump(h, 12.0, 0.4) + 0.25 * _bump(h, 18.0, 0.4) + 0.4 * _spike(ts)
    if kst(11, 11, 55) <= ts < kst(11, 14, 0):  # the presale winners' blast
        v += 0.45
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    h = seoul_hour(ts)
    if _off_day(ts):
        return 0.1
    return 0.12 + 0.65 * (1 if 9 <= h < 18 else 0) + 0.12 * _bump(h, 10.0, 0.8)


def _night_batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 4 else 0.3 * _office(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


SALE = {
    "magpie-waitroom", "kv-magpie-token", "owl-botguard", "kv-owl-fp", "glb-pado-www", "pado-web-bff", "seatmap-api",
    "kv-seatmap", "tk_yeme", "tk_jwaseok", "kv-seathold", "TKTDB_RAC", "tk_gyeolje", "PAYDB_ORA", "kv-pay-idem",
    "L4-SAM-A10-01", "L4-SAM-A10-02", "fanclub-verify", "member-auth", "csql-member", "kv-session", "kfk-ticketing",
    "cdn-pado-static", "gcs-static-assets", "tk_cancel", "sam-c1r04-n01", "sam-c1r04-n02", "sam-c1r05-n01",
    "sam-c1r05-n02", "sam-c2r07-n01", "sam-c2r07-n02", "sam-c2r07-n03", "sam-c2r07-n04", "sam-c2r08-n01",
    "sam-c2r08-n02", "sam-c2r11-n01", "sam-c2r11-n02", "sam-c2r11-n03", BURST + "7hqd", BURST + "c3mb",
    BURST + "zr6k", CORE + "w4tn", "san-sam-01", "show-catalog", "search-api", "coupon-api", "kv-catalog",
    "csql-catalog", "es-showsearch", "csql-promo", CORE + "m5rd", BURST + "f9xw",
}  # fmt: skip
ENTRY = {"crane-mticket", "crane-gate-sync", "csql-mticket", "gcs-gate-offline", CORE + "p8xz", "heron-resale",
         "csql-resale"}  # fmt: skip
VENUE = {
    "K": {"VNU-KSP-GATE", "VNU-KSP-KV", "vnu-ksp-edge01", "vnu-ksp-edge02"},
    "J": {"VNU-JSB-GATE", "VNU-JSB-KV", "vnu-jsb-edge01"},
    "C": {"VNU-GCD-GATE", "VNU-GCD-KV", "vnu-gcd-edge01"},
    "B": {"VNU-SJK-GATE", "VNU-SJK-KV", "vnu-sjk-edge01"},
}
NOTIFY = {"rmq-alim", "alim-sender", "push-relay", DNODE}
OFFICE = {"tk_admin", "promoter-portal", "partner-gw", "glb-partner-api", "kv-partner-rl", "tk_jeongsan",
          CORE + "k2vm", "sam-c2r08-n05", "cs-desk", "sam-c2r09-n01", "tk_kbo_link", "sam-c2r09-n02"}  # fmt: skip
NIGHT_BATCH = {"tk_jeongsan_bat", "PG_JEONGSAN", "sam-c3r02-n11", "sam-c3r02-n12", "nas-sam-01", "dw-loader", "bq-dw",
               "gcs-dw-raw", "ps-dw-events", "owl-scorer"}  # fmt: skip


def _load(name: str):
    for code, group in VENUE.items():
        if name in group:
            return _venue(code)
    for group, shape in ((SALE, _sale), (ENTRY, _entry), (NOTIFY, _notify), (OFFICE, _office),
                         (NIGHT_BATCH, _night_batch)):  # fmt: skip
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "T1": {0: (9.0, 4.0), 1: (4.0, 14.0), 2: (1.8, 5.5)},
    "T2": {0: (2.5, 18.0), 1: (5.0, 20.0), 2: (2.0, 7.0)},
    "T3": {0: (1.0, 0.0), 1: (16.0, 3.0), 2: (5.0, 16.0)},
    "T4": {0: (10.0, 12.0), 1: (4.0, 18.0), 2: (2.0, 7.0)},
    "T5": {0: (3.0, 6.0), 1: (4.0, 17.0), 2: (1.6, 5.0)},
    "T6": {0: (1.0, 0.0), 1: (5.0, 22.0), 2: (2.0, 7.0)},
    "T7": {0: (6.0, 14.0), 1: (4.0, 20.0), 2: (2.0, 8.0), 3: (1.5, 4.0)},
}
EFFECT_OVERRIDE = {
    ("T1", "tk_yeme"): (5.0, 29.0),
    ("T1", "tk_cancel"): (2.5, 6.0),
    ("T2", "tk_gyeolje"): (6.0, 34.0),
    ("T3", "tk_jeongsan_bat"): (6.0, 33.0),
    ("T4", "crane-mticket"): (5.0, 31.0),
    ("T5", "alim-sender"): (5.0, 32.0),
    ("T5", "tk_yeme"): (1.8, 4.5),
    ("T6", "partner-gw"): (6.0, 35.0),
    ("T7", "tk_jwaseok"): (4.5, 33.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "sam-c1r04-n01", "sam-c1r04-n02", "sam-c1r05-n01", "sam-c1r05-n02", "sam-c2r11-n01", "sam-c2r11-n02",
    "sam-c2r11-n03", "sam-c3r02-n11", "sam-c3r02-n12", "sam-c2r07-n03", "sam-c2r07-n04", "vnu-ksp-edge02",
    "vnu-jsb-edge01", "vnu-gcd-edge01", "vnu-sjk-edge01", DNODE,
}  # fmt: skip


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "sam-c2r11-n02":  # Kafka broker 2: a topic's retention raised, the log disk creeps up
        disk0, growth = 58.0, 1.6
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "sam-c3r02-n11":  # write-through: iowait
            cpu += (93.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, T3["start"], T3["end"], rise=5, fall=10)
        if name == CORE + "k2vm":  # softirq on the full conntrack table
            cpu += (96.5 + rng.gauss(0, 0.8) - cpu) * ramp(ts, T6["start"], T6["end"], rise=5, fall=10)
        if name in ("sam-c1r04-n01", "sam-c1r04-n02"):  # gc and lock spinning
            cpu += 38 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)
        if name in ("sam-c2r07-n03", "sam-c2r07-n04"):  # the hold keys
            mem += 9 * ramp(ts, T7["start"] - timedelta(minutes=2), None, rise=10)
        if name == "sam-c3r02-n13":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-sam-01": (68, 69), "san-sam-01": (61, 62), "gcs-gate-offline": (12, 13)}.get(name, (30, 55))
    fill = storage_fill(rng, name, times, START, used, 0.06)
    lat0 = rng.uniform(8, 20) if name.startswith("gcs") else rng.uniform(0.6, 2.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "nas-sam-01" and 2 <= seoul_hour(ts) < 4:  # the PDF run
            v += 0.3
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "tk_yeme": 240.0, "tk_jwaseok": 85.0, "tk_gyeolje": 610.0, "tk_cancel": 320.0, "tk_admin": 380.0,
    "tk_jeongsan": 290.0, "tk_jeongsan_bat": 560.0, "magpie-waitroom": 28.0, "pado-web-bff": 160.0,
    "seatmap-api": 70.0, "member-auth": 55.0, "fanclub-verify": 140.0, "owl-botguard": 12.0, "owl-scorer": 45.0,
    "crane-mticket": 65.0, "crane-gate-sync": 110.0, "heron-resale": 210.0, "alim-sender": 90.0,
    "push-relay": 40.0, "partner-gw": 180.0, "promoter-portal": 520.0, "dw-loader": 740.0,
    "VNU-KSP-GATE": 35.0, "VNU-JSB-GATE": 38.0, "VNU-GCD-GATE": 41.0, "VNU-SJK-GATE": 44.0,
    "show-catalog": 48.0, "search-api": 95.0, "coupon-api": 120.0, "cs-desk": 430.0, "tk_kbo_link": 260.0,
    "csql-catalog": 1.9, "csql-promo": 2.4, "es-showsearch": 18.0, "kv-catalog": 0.4, "VNU-SJK-KV": 0.3,
    "TKTDB_RAC": 4.2, "PAYDB_ORA": 3.5, "PG_JEONGSAN": 2.8, "csql-member": 3.1, "csql-mticket": 2.6,
    "csql-resale": 3.3, "bq-dw": 620.0, "kv-seathold": 0.6, "kv-pay-idem": 0.4, "kv-magpie-token": 0.7,
    "kv-seatmap": 0.5, "kv-owl-fp": 0.45, "kv-session": 0.4, "kv-partner-rl": 0.35, "VNU-KSP-KV": 0.3,
    "VNU-JSB-KV": 0.3, "VNU-GCD-KV": 0.3, "kfk-ticketing": 3.8, "rmq-alim": 2.1, "ps-dw-events": 22.0,
    "glb-pado-www": 6.5, "glb-partner-api": 7.2, "cdn-pado-static": 14.0, "L4-SAM-A10-01": 0.8,
    "L4-SAM-A10-02": 1.1,
}  # fmt: skip
REQUEST_RATE = {
    "tk_yeme": 1900.0, "tk_jwaseok": 5200.0, "tk_gyeolje": 620.0, "tk_cancel": 45.0, "magpie-waitroom": 38000.0,
    "pado-web-bff": 21000.0, "seatmap-api": 14000.0, "member-auth": 3800.0, "fanclub-verify": 900.0,
    "owl-botguard": 26000.0, "crane-mticket": 2400.0, "crane-gate-sync": 380.0, "heron-resale": 150.0,
    "alim-sender": 1100.0, "push-relay": 2600.0, "partner-gw": 420.0, "VNU-KSP-GATE": 260.0,
    "VNU-JSB-GATE": 210.0, "VNU-GCD-GATE": 130.0, "VNU-SJK-GATE": 180.0, "show-catalog": 9500.0,
    "search-api": 1600.0, "coupon-api": 700.0, "kv-seathold": 48000.0, "kv-magpie-token": 91000.0,
    "TKTDB_RAC": 16000.0, "kfk-ticketing": 54000.0, "rmq-alim": 3400.0, "glb-pado-www": 64000.0,
    "L4-SAM-A10-02": 700.0, "cdn-pado-static": 88000.0, "promoter-portal": 35.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "kv-seathold": (42.0, 16.0), "kv-pay-idem": (31.0, 5.0), "kv-magpie-token": (35.0, 22.0),
    "kv-seatmap": (47.0, 6.0), "kv-owl-fp": (58.0, 7.0), "kv-session": (44.0, 9.0), "kv-partner-rl": (18.0, 4.0),
    "VNU-KSP-KV": (26.0, 12.0), "VNU-SJK-KV": (21.0, 9.0), "kv-catalog": (52.0, 5.0), "VNU-JSB-KV": (22.0, 10.0), "VNU-GCD-KV": (20.0, 9.0),
    "kfk-ticketing": (61.0, 5.0), "rmq-alim": (28.0, 14.0),
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
            if inc is T2 and name == "tk_gyeolje":
                req *= 1 + 0.6 * r  # the users' payment retries
            if inc is T5 and name == "alim-sender":
                req *= 1 - 0.6 * r  # messages stop going out
            if inc is T7 and name == "tk_jwaseok":
                req *= 1 + 0.45 * r  # hold retries
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "kv-seathold":
                if ts >= TTL_CHANGE:  # holds live twice as long
                    mem += 14 * d
                mem += (99.2 + rng.gauss(0, 0.3) - mem) * ramp(
                    ts, T7["start"] - timedelta(minutes=4), None, rise=6
                )
            if name == "rmq-alim":
                mem += (61.0 + rng.gauss(0, 0.6) - mem) * ramp(ts, T5["start"] - timedelta(minutes=3), T5["end"],
                                                              rise=6, fall=15)  # fmt: skip
            row["memory_usage"] = round(min(mem, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The openings, the gate openings, the nightly batches, the owl rule refresh and the certificate warnings."""
    rows = []
    for d, hh, mm, _size, title in OPENINGS:
        t = datetime(2027, 5, d, hh, mm) - timedelta(minutes=15)
        rows.append((t.day, t.hour, t.minute, "magpie-waitroom", "info", "on_sale",
                     f"[오픈 대기열 활성화] {title} {hh:02d}:{mm:02d}"))  # fmt: skip
    for code, games in GAMES.items():
        gate = {"K": "VNU-KSP-GATE", "J": "VNU-JSB-GATE", "C": "VNU-GCD-GATE", "B": "VNU-SJK-GATE"}[code]
        for d, hh, mm in games:
            t = datetime(2027, 5, d, hh, mm) - timedelta(minutes=90)
            what = "콘서트" if code == "K" else "KBO 경기"
            rows.append(
                (d, t.hour, t.minute, gate, "info", "gate_open", f"입장 개시 ({what} {hh:02d}:{mm:02d} 시작)")
            )
    for d in range(3, 14):
        rows.append(
            (d, 2, 0, "tk_jeongsan_bat", "info", "batch_job", "일일 정산 배치 시작 (JOB JS_DAILY_SETTLE)")
        )
        if d != 8:
            rows.append(
                (
                    d,
                    3,
                    42,
                    "tk_jeongsan_bat",
                    "info",
                    "batch_job",
                    "일일 정산 배치 완료 (exit 0, 정산서 PDF 생성)",
                )
            )
        rows.append((d, 3, 0, "dw-loader", "info", "batch_job", "DAG pado_daily_snapshot started"))
        rows.append(
            (d, 4, 10, "owl-scorer", "info", "model_refresh", "owl-gbm-v14 daily retrain done, AUC 0.981")
        )
        left = (datetime(2027, 5, 27) - datetime(2027, 5, d)).days
        rows.append((d, 9, 0, "cdn-pado-static", "warning", "cert_expiry",
                     f"TLS certificate img.padoticket.co.kr expires in {left} days (2027-05-27); auto-renewal"
                     " blocked: DCV CNAME missing"))  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (4, 10, 30, "owl-botguard", "info", "config_change", "차단 룰셋 2027.05.04 적용 (매크로 UA 14종 추가)"),
    (4, 19, 20, "tk_yeme", "info", "deployment", "tk_yeme 12.8.1 배포 (주문서 쿠폰 적용 순서 수정)"),
    (5, 2, 0, "tk_gyeolje", "info", "pg_notice", "KG이니시스 정기점검 02:00~04:00 (해당 PG 라우팅 제외)"),
    (5, 2, 40, "sam-c2r11-n02", "warning", "threshold_breach", "disk_usage above 60% on /data/kafka"),
    (5, 15, 0, "seatmap-api-stg", "info", "deployment", "seatmap-api-stg 4.1.0-rc1 배포"),
    (6, 13, 30, "heron-resale", "info", "deployment", "heron-resale 3.3.0 배포 (양도 수수료 안내 문구)"),
    (7, 11, 0, "sam-c3r02-n13", "info", "maintenance", "sam-c3r02-n13 BIOS/iLO 펌웨어 점검, 서비스 제외"),
    (7, 16, 20, "kfk-ticketing", "info", "config_change", "topic gate.scan.v2 retention.ms 3d → 14d (입장 분석 요청)"),
    (8, 5, 40, "sam-c2r11-n02", "warning", "threshold_breach", "disk_usage above 65% on /data/kafka"),
    (9, 15, 50, "crane-gate-sync", "info", "deployment", "crane-gate-sync 2.8.0 배포 (오프라인 번들 압축)"),
    (10, 10, 0, "tk_jwaseok_qa", "info", "load_test", "QA 부하시험: 선예매 시나리오 30만 동시접속"),
    (11, 8, 40, "sam-c2r11-n02", "warning", "threshold_breach", "disk_usage above 70% on /data/kafka"),
    (11, 11, 40, "alim-sender", "info", "deployment", "alim-sender 2.12.0 배포 (선예매 당첨 알림톡 템플릿)"),
    (11, 15, 20, "kv-seathold", "info", "config_change", "좌석 hold TTL 420s → 900s (결제 단계 이탈 민원 대응)"),
    (12, 9, 10, "member-auth", "info", "deployment", "member-auth 6.1.5 배포 (PASS 본인인증 SDK 갱신)"),
    (12, 14, 0, "crane-mticket-dev", "info", "deployment", "crane-mticket-dev 4.6.0-SNAPSHOT 배포"),
    (13, 10, 0, "tk_yeme_stg", "info", "deployment", "tk_yeme_stg 12.9.0-rc2 배포"),
    (13, 19, 35, "seatmap-api", "info", "deployment", "seatmap-api 4.0.3 배포 (구역 필터 캐시 키 변경)"),
    # T1 (Tuesday 20:00 general on-sale)
    (4, 20, 2, "TKTDB_RAC", "warning", "wait_event", "Top wait: gc buffer busy acquire 41% DB time (SEAT_INV)"),
    (4, 20, 4, "TKTDB_RAC", "critical", "lock_contention", "enq: TX - row lock contention, blocked sessions 1,820"),
    (4, 20, 7, "tk_yeme", "critical", "error", "주문 생성 타임아웃 급증 (ORA-02049 distributed lock timeout)"),
    (4, 20, 9, "tk_jwaseok", "major", "error", "좌석 확정 update 지연, 선점 해제 실패"),
    (4, 20, 11, "tk_cancel", "warning", "error", "취소 처리 지연"),
    (4, 20, 15, "seatmap-api", "warning", "error", "잔여석 조회 타임아웃 (upstream tk_jwaseok)"),
    (4, 20, 40, "TKTDB_RAC", "info", "config_change", "SEAT_INV 핫 파티션 서비스 1번 인스턴스로 고정 (srvctl modify service)"),
    (4, 21, 0, "tk_yeme", "info", "recovery", "예매 정상화"),
    # T2 (Thursday 14:00 musical opening)
    (6, 14, 3, "L4-SAM-A10-02", "warning", "snat", "SNAT pool PG-OUT usage 92%"),
    (6, 14, 5, "L4-SAM-A10-02", "critical", "snat", "SNAT port allocation failure: pool PG-OUT exhausted (4 IPs x 64512)"),
    (6, 14, 9, "tk_gyeolje", "critical", "error", "PG 승인 요청 connect timeout (이니시스, 토스, KCP 전체)"),
    (6, 14, 14, "tk_yeme", "major", "error", "결제 단계 실패, 좌석 선점 만료 증가"),
    (6, 14, 16, "heron-resale", "major", "error", "리세일 구매 결제 실패"),
    (6, 14, 18, "tk_cancel", "warning", "error", "부분 취소 PG 요청 실패"),
    (6, 14, 50, "L4-SAM-A10-02", "info", "config_change", "SNAT pool PG-OUT IP 4 → 6 추가, tcp idle-timeout 120s → 30s"),
    (6, 15, 5, "tk_gyeolje", "info", "recovery", "PG 승인 정상"),
    # T3 (Saturday night, the settlement DB host)
    (8, 2, 9, "sam-c3r02-n11", "warning", "hardware", "PERC H755: Battery learn cycle started, write policy changed to write-through"),
    (8, 2, 14, "PG_JEONGSAN", "critical", "slow_io", "WAL fsync avg 180 ms, checkpoint 지연"),
    (8, 2, 18, "tk_jeongsan_bat", "critical", "batch_fail", "JS_DAILY_SETTLE step 4 (수수료 집계) 실패: statement timeout"),
    (8, 2, 22, "tk_jeongsan", "major", "error", "정산서 조회 타임아웃"),
    (8, 2, 58, "sam-c3r02-n11", "info", "config_change", "BBU learn cycle 중단, 자동 learn 주기 평일 14:00로 변경"),
    (8, 3, 30, "tk_jeongsan_bat", "info", "recovery", "JS_DAILY_SETTLE 재실행 완료"),
    # T4 (Sunday, KSPO DOME entry)
    (9, 16, 39, "csql-mticket", "critical", "failover", "Cloud SQL instance failover started (zone asia-northeast3-b unhealthy)"),
    (9, 16, 44, "crane-mticket", "critical", "error", "QR 갱신 실패 (DB connection reset), 앱 '티켓 불러오기 실패'"),
    (9, 16, 47, "crane-gate-sync", "major", "error", "입장 화이트리스트 동기화 중단"),
    (9, 16, 53, "VNU-KSP-GATE", "major", "error", "온라인 검증 실패 → 오프라인 목록 전환, 입장 대기열 증가"),
    (9, 16, 56, "heron-resale", "warning", "error", "양도 티켓 발급 실패"),
    (9, 17, 2, "csql-mticket", "info", "failover", "failover completed, new primary in asia-northeast3-c"),
    (9, 17, 28, "crane-mticket", "info", "config_change", "커넥션 풀 재생성, 재시도 백오프 조정"),
    (9, 17, 40, "VNU-KSP-GATE", "info", "recovery", "온라인 검증 복귀"),
    # T5 (Tuesday noon, the notification blast)
    (11, 12, 0, "alim-sender", "info", "campaign", "STELLA 팬클럽 선예매 당첨 알림톡 발송 시작 (412,000건)"),
    (11, 12, 4, "rmq-alim", "warning", "memory", "memory used 58% of high watermark"),
    (11, 12, 7, "rmq-alim", "critical", "memory", "memory resource limit alarm set on node rabbit@rmq-alim-1; publishers blocked"),
    (11, 12, 11, "alim-sender", "critical", "error", "알림톡 발송 적체, publish blocked (connection.blocked)"),
    (11, 12, 14, "push-relay", "major", "error", "푸시 발송 지연"),
    (11, 12, 17, "tk_yeme", "warning", "error", "예매완료 이벤트 발행 지연"),
    (11, 12, 52, "rmq-alim", "info", "config_change", "consumer 8 → 24, alimtalk.bulk 큐 lazy 모드 전환"),
    (11, 13, 5, "alim-sender", "info", "recovery", "발송 적체 해소"),
    # T6 (Wednesday morning, the GKE node)
    (12, 9, 28, "partner-gw", "info", "partner_sync", "기획사 XYZ엔터 좌석 일괄 배정 sync 시작 (좌석 48,000석)"),
    (12, 9, 32, CORE + "k2vm", "critical", "kernel", "nf_conntrack: table full, dropping packet"),
    (12, 9, 35, "partner-gw", "critical", "error", "upstream connect error, 5xx 급증"),
    (12, 9, 37, "member-auth", "major", "error", "로그인 지연, csql-member 연결 실패"),
    (12, 9, 43, "fanclub-verify", "major", "error", "팬클럽 인증 타임아웃"),
    (12, 9, 46, "promoter-portal", "warning", "error", "판매 현황 조회 실패"),
    (12, 10, 18, CORE + "k2vm", "info", "config_change", "node cordon/drain, nf_conntrack_max 262144 → 1048576"),
    (12, 10, 30, "partner-gw", "info", "recovery", "파트너 API 정상"),
    # T7 (Thursday 20:00 fan-club presale, ongoing)
    (13, 19, 45, "magpie-waitroom", "info", "on_sale", "대기열 사전 입장 시작 (팬클럽 인증 완료 회원)"),
    (13, 20, 1, "kv-seathold", "warning", "memory", "used_memory 45.9GB / maxmemory 48GB (96%)"),
    (13, 20, 3, "kv-seathold", "critical", "oom", "OOM command not allowed when used memory > 'maxmemory'"),
    (13, 20, 8, "tk_jwaseok", "critical", "error", "좌석 선점 실패 (Redis OOM), '이미 선택된 좌석' 오류 폭증"),
    (13, 20, 14, "seatmap-api", "major", "error", "잔여석 불일치, 좌석도 갱신 실패"),
    (13, 20, 17, "tk_yeme", "major", "error", "주문 생성 실패 (좌석 선점 없음)"),
    (13, 20, 25, "pado-web-bff", "warning", "error", "좌석 선택 화면 오류 응답 증가"),
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
    generate(NAME, "ticketing-platform", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
