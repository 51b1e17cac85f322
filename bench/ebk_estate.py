"""Generate the online bookstore estate (tests/fixtures/ebook-store/, interchange format) and its faults file.

A Korean online bookstore and e-book / web-novel platform (책마루 Chaekmaru): the storefront behind the API
gateway `shelf-gw` (catalogue `seoga-catalog` 서가, search `chaek-search` on the OpenSearch cluster `os-search`,
recommendations `chucheon-rec` 추천, cart `jangba-cart` 장바구니, orders `jumun-core` 주문, the PG gateway `pay-hub`,
points/membership `jeokrip-point` 적립, login `member-auth` on the Oracle member DB `ora-member`); the e-book
reader "LANTERN" (bookshelf sync `lantern-lib`, downloads `lantern-dl` from the object storage origin
`obj-chaek-origin` behind the CDN `cdn-lantern`, reading-position sync `lantern-sync`) with the DRM licence
server `inkseal-drm`; the content ingest pipeline from publishers (portal `pubgate-ingest`, EPUB/PDF conversion
`epub-conv` over RabbitMQ `rabbit-ingest`, covers `pyoji-img` 표지, the legacy ISBN metadata loader
`isbn_meta_loader`); the web-novel serial platform (연재 `yeonjae-api`, 회차 뷰어 `yeonjae-viewer`, the 00:00
episode release `yeonjae-release`, 캐시/쿠폰 wallet `yeonjae-cash` on Aurora `mysql-novel`, 작가 스튜디오
`jakga-studio`); the nightly settlement batches (`pub_settle_nightly` 출판사 정산 02:00, `jakga_settle` 작가 정산,
`catalog_sync_batch` 03:00) on the Oracle `ora-settle` with the partner centre `partner-center`; logistics for
paper books at the 이천 centre (WMS `mulryu-wms` on MySQL `mysql-wms`, courier link `taekbae-if` 택배, sorter
control `chulgo-sorter` 출고); the CS centre's desk and CTI; BI. Sites 가산IDC (main), 안양IDC (Oracle, backup),
AWS 서울리전 (storefront and web-novel on EKS), 이천물류센터, 합정본사 (HQ), 대전CS센터; environments prod, staging,
dev; owners are teams named in Korean and English.

Naming (unlike the earlier estates): romanised Korean service names (`seoga-catalog` 서가, `jangba-cart`,
`jumun-core`, `yeonjae-*` 연재, `jakga-studio`, `pyoji-img`, `mulryu-wms`, `taekbae-if`, `chulgo-sorter`,
`jeokrip-point`), product code names (`shelf-gw`, `lantern-*`, `inkseal-drm`, `pubgate-ingest`), legacy snake_case
batches (`pub_settle_nightly`, `jakga_settle`, `catalog_sync_batch`, `isbn_meta_loader`, `old_bookclub_api`),
가산IDC VMs by role and number (`gsap-21`, `gsbt-03`), bare metal by asset tag (`nb-a0417`), 안양IDC servers by
cage and rack (`ay-k3-14`), AWS EKS nodes by their private DNS names (`ip-10-72-14-33`) and EC2 instance ids
(`i-0c41e8a9d2f7b3a61`), logistics-centre servers (`ich-wms01`).

Seven injected incidents (times KST; now = Sunday 2028-07-23 11:20, a weekend late morning in the summer sale
"썸머 북페스타" that began Friday 10:00; the window is the 10 days before; reading peaks 21:00–01:00, the 00:00
serial release and coupon reset, lunch-time shopping, weekend peaks, the 02:00–05:00 settlement and catalogue
batches, the 이천 centre's weekday waves):
  E1 Fri 14 22:10–23:05  (evening reading peak) os-search's data nodes hit old-gen GC storms after Friday's
                         index rollover moved the hot shards onto two nodes: chaek-search (loudest, 4.12.0
                         deployed at 21:50), chucheon-rec, shelf-gw
  E2 Sun 16 00:00–00:55  (Saturday night, the 00:00 release and coupon reset) mysql-novel (Aurora) runs out of
                         connections: yeonjae-cash (loudest, 2.7.0 deployed Saturday 23:30), yeonjae-api,
                         yeonjae-release, yeonjae-viewer
  E3 Tue 18 02:40–03:35  (nightly batch) ora-settle's archive log destination fills (ORA-00257) under the month's
                         settlement load: pub_settle_nightly (loudest), jakga_settle (deployed Monday 16:00),
                         partner-center
  E4 Wed 19 12:10–13:05  (lunch shopping) pg-catalog blocks on a lock held by a price-update transaction left
                         open: seoga-catalog (loudest, 6.4.1 deployed at 11:50), jangba-cart, shelf-gw
  E5 Thu 20 09:30–10:25  (the 이천 morning wave) the RAID controller of ich-wms02 starts a battery learn cycle and
                         drops to write-through: mysql-wms slows, mulryu-wms (loudest, 3.9.0 deployed at 09:10),
                         taekbae-if and chulgo-sorter stall
  E6 Sat 22 21:30–22:25  (weekend reading peak, sale) obj-chaek-origin throttles (503 SlowDown) on a hot prefix
                         after a sale title's cache purge: lantern-dl (loudest, 5.2.0 deployed at 21:00), epub-conv,
                         lantern-lib
  E7 Sun 23 10:40–now    ora-member reaches its processes limit (ORA-00020) after jeokrip-point's pool was raised
                         on Friday: member-auth (loudest), jeokrip-point (8.1.0 deployed at 10:25), shelf-gw,
                         jumun-core (ongoing)
Confounders: the evening and late-night reading peaks, the 00:00 novel spike every night, the lunch and weekend
shopping peaks and the sale from Friday 10:00, the nightly settlement and catalogue batches (and `gsbt-03`
busy every night as the noisy neighbour of the batch VMs), the cover re-render job loading
`i-07b2d5e19fa40c3e8` (shared with epub-conv) on Tuesday 01:00–04:00, the pool raise on jeokrip-point on Friday
17:00 and the CDN purge before E6, deploys on victims before every incident, the
sorter IPC `ich-sort-ipc1` and `inkseal-drm-stg` in maintenance, AWS EKS node maintenance on Saturday morning,
the retired `old_bookclub_api`, the log server `nb-a0710`'s disk creeping up and the DRM endpoint certificate on
the L4 `l4-gs-front` expiring on 2028-07-29 (warned daily at 09:00).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/ebk_golden.py) are computed from the files.

    .venv/bin/python bench/ebk_estate.py   # rewrites tests/fixtures/ebook-store*
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

NAME = "ebook-store"
NOW = datetime(2028, 7, 23, 2, 20, tzinfo=UTC)  # Sunday 2028-07-23 11:20 KST
START = NOW - timedelta(days=10)  # Thursday 2028-07-13 11:20 KST
SEED = 20280723
SITES = {
    "G": "가산IDC",
    "A": "안양IDC",
    "W": "AWS 서울리전",
    "I": "이천물류센터",
    "H": "합정본사",
    "D": "대전CS센터",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2028-07")

STORE, SEARCH, EBOOK, DRM = "커머스플랫폼팀", "search-rec", "eBook뷰어팀", "content-security"
INGEST, NOVEL, SETTLE, PAY = "콘텐츠입고팀", "웹소설개발팀", "정산시스템팀", "payments"
MEMBER, LOGI, CS, DBA = "회원멤버십팀", "물류IT파트", "CS시스템", "DBA그룹"
INFRA, CLOUD, NET, DATA = "infra-core", "cloud-platform", "네트워크보안팀", "data-bi"

EKS_FRONT = ["ip-10-72-14-33", "ip-10-72-15-201", "ip-10-72-22-9"]
EKS_NOVEL = ["ip-10-72-40-17", "ip-10-72-41-88"]

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- storefront (AWS EKS)
    "shelf-gw": ("service", STORE, "W", "P", EKS_FRONT,
                 ["seoga-catalog", "chaek-search", "jangba-cart", "jumun-core", "member-auth", "chucheon-rec"],
                 {"desc": "스토어프론트 API 게이트웨이 (웹, 앱, 리더앱 공통)", "product": "Kong Gateway 3.6",
                  "version": "3.6.1", "replicas": 6, "port": 8443, "rate_limit_rps": 4000,
                  "domain": "api.chaekmaru.com"}),
    "seoga-catalog": ("service", STORE, "W", "P", EKS_FRONT[:2], ["pg-catalog", "redis-rc"],
                      {"desc": "서가 카탈로그 (도서 상품, 가격, 재고 표시, 전자책 판매가)",
                       "product": "자체개발 (Kotlin, Spring Boot 3.2)", "version": "6.4.1", "replicas": 6,
                       "titles": 3_180_000, "ebook_titles": 412_000}),
    "chaek-search": ("service", SEARCH, "W", "P", EKS_FRONT[1:], ["os-search", "redis-rc"],
                     {"desc": "도서 검색 API (제목/저자/ISBN, 초성 검색, 자동완성)", "version": "4.12.0",
                      "product": "자체개발 (Java 21)", "replicas": 4, "analyzer": "nori + 초성 플러그인"}),
    "chucheon-rec": ("service", SEARCH, "W", "P", [EKS_FRONT[2]], ["os-search", "redis-rc", "kafka-main"],
                     {"desc": "추천 (함께 산 책, 취향 서재, 연재 추천)", "version": "2.3.5",
                      "product": "자체개발 (Python 3.11, FastAPI)", "model": "two-tower v7", "replicas": 3}),
    "jangba-cart": ("service", STORE, "W", "P", [EKS_FRONT[0]], ["redis-cart", "seoga-catalog"],
                    {"desc": "장바구니 (종이책/전자책 혼합, 위시리스트)", "version": "3.1.8",
                     "product": "자체개발 (Go 1.22)", "replicas": 4, "cart_ttl_days": 90}),
    "jumun-core": ("service", STORE, "G", "P", ["gsap-21", "gsap-22"],
                   ["mysql-order", "pay-hub", "jeokrip-point", "kafka-main"],
                   {"desc": "주문 코어 (주문 생성, 취소, 전자책 즉시 지급)", "version": "9.2.3",
                    "product": "자체개발 (Java 17, Spring Boot 3.1)", "instances": 4, "orders_per_day": 86000}),
    "pay-hub": ("service", PAY, "G", "P", ["gsap-23"], ["mysql-pay"],
                {"desc": "PG 연동 허브 (KG이니시스, 토스페이먼츠, 네이버페이, 카카오페이)", "version": "4.0.2",
                 "product": "자체개발 (Java 17)", "instances": 3, "pg_count": 4, "pci_dss": "v4.0"}),
    "jeokrip-point": ("service", MEMBER, "G", "P", ["gsap-24"], ["ora-member"],
                      {"desc": "적립금/멤버십 등급 (북클럽 골드/실버, 마일리지)", "version": "8.1.0",
                       "product": "자체개발 (Java 11)", "instances": 3, "db_pool_max": 180,
                       "members": 4_600_000}),
    "member-auth": ("service", MEMBER, "G", "P", ["gsap-24", "gsap-25"], ["ora-member", "redis-session"],
                    {"desc": "회원 로그인/SSO (간편로그인 카카오, 네이버, 애플)", "product": "Keycloak 25.0.2",
                     "version": "25.0.2", "instances": 4, "token_ttl_min": 60, "db_pool_max": 120}),
    # ---------------------------------------------------------------- e-book reader (LANTERN), DRM
    "lantern-lib": ("service", EBOOK, "W", "P", EKS_FRONT[1:], ["lantern-dl", "inkseal-drm", "mysql-lantern"],
                    {"desc": "LANTERN 리더앱 내 서재 (구매 목록, 기기 동기화)", "version": "7.5.0",
                     "product": "자체개발 (Kotlin)", "replicas": 5, "devices": 2_140_000}),
    "lantern-dl": ("service", EBOOK, "W", "P", [EKS_FRONT[2]], ["obj-chaek-origin", "inkseal-drm"],
                   {"desc": "전자책 다운로드 (EPUB/PDF 서명 URL 발급, 분할 다운로드)", "version": "5.2.0",
                    "product": "자체개발 (Go 1.22)", "replicas": 4, "signed_url_ttl_s": 300}),
    "lantern-sync": ("service", EBOOK, "W", "P", [EKS_FRONT[0]], ["mysql-lantern", "redis-rc"],
                     {"desc": "읽던 위치/하이라이트/메모 동기화", "version": "3.0.6", "product": "자체개발 (Node.js 20)",
                      "replicas": 3}),
    "inkseal-drm": ("service", DRM, "G", "P", ["gsap-26"], ["mysql-lantern"],
                    {"desc": "INKSEAL DRM 라이선스 서버 (전자책 라이선스 발급/기기 등록)", "version": "3.3.2",
                     "product": "자체개발 (C++/Java, HSM 연동)", "hsm": "Thales Luna 7", "max_devices_per_user": 5,
                     "endpoint": "drm.chaekmaru.com", "port": 9443}),
    "cdn-lantern": ("service", CLOUD, "W", "P", [], ["obj-chaek-origin"],
                    {"desc": "전자책/표지 CDN", "vendor": "Akamai", "product": "Akamai Download Delivery",
                     "cname": "dl.chaekmaru.com", "cache_hit_target": 0.94}),
    # ---------------------------------------------------------------- content ingest
    "pubgate-ingest": ("service", INGEST, "G", "P", ["gsap-27"], ["pg-ingest", "rabbit-ingest", "nas-ingest01"],
                       {"desc": "출판사 입고 포털 (원고 파일, 메타데이터, 표지 업로드)", "version": "2.8.4",
                        "product": "자체개발 (Python 3.10, Django 4.2)", "publishers": 2870}),
    "epub-conv": ("service", INGEST, "W", "P", ["i-0c41e8a9d2f7b3a61", "i-07b2d5e19fa40c3e8"],
                  ["rabbit-ingest", "obj-chaek-origin", "pg-ingest"],
                  {"desc": "EPUB/PDF 변환 워커 (EPUB3 검증, 암호화 패키징)", "version": "1.19.3",
                   "product": "자체개발 (Python + epubcheck 5.1)", "workers": 24}),
    "pyoji-img": ("service", INGEST, "W", "P", ["i-07b2d5e19fa40c3e8"], ["rabbit-ingest", "minio-pyoji"],
                  {"desc": "표지 이미지 리사이즈/워터마크", "version": "2.2.0", "product": "자체개발 (libvips 8.15)",
                   "sizes": "xs,s,m,l,xl"}),
    "isbn_meta_loader": ("service", INGEST, "G", "P", ["gsbt-03"], ["pg-ingest", "pg-catalog"],
                         {"desc": "ISBN 메타데이터 적재 (국립중앙도서관 서지, 출판유통통합전산망)",
                          "product": "Perl 5.26 + cron (레거시)", "schedule": "매일 04:30", "version": "0.9.14"}),
    # ---------------------------------------------------------------- web novel (연재)
    "yeonjae-api": ("service", NOVEL, "W", "P", EKS_NOVEL, ["mysql-novel", "redis-novel", "yeonjae-cash"],
                    {"desc": "웹소설 연재 API (작품, 회차, 대여/소장, 기다리면 무료)", "version": "5.6.2",
                     "product": "자체개발 (Kotlin, Spring WebFlux)", "replicas": 8, "works": 61_200}),
    "yeonjae-viewer": ("service", NOVEL, "W", "P", EKS_NOVEL, ["yeonjae-api", "redis-novel"],
                       {"desc": "회차 뷰어 (본문 렌더, 댓글)", "version": "3.4.0", "product": "자체개발 (Next.js 14)",
                        "replicas": 6}),
    "yeonjae-release": ("service", NOVEL, "W", "P", [EKS_NOVEL[0]], ["mysql-novel", "kafka-novel"],
                        {"desc": "회차 공개 배치 (매일 00:00 예약 회차 공개, 알림 발송)",
                         "product": "Spring Batch 5.1", "schedule": "매일 00:00", "version": "1.8.1"}),
    "yeonjae-cash": ("service", NOVEL, "W", "P", [EKS_NOVEL[1]], ["mysql-novel", "pay-hub"],
                     {"desc": "캐시/쿠폰 지갑 (충전, 대여권, 00:00 무료 쿠폰 리셋)", "version": "2.7.0",
                      "product": "자체개발 (Kotlin)", "replicas": 4, "coupon_reset": "00:00"}),
    "jakga-studio": ("service", NOVEL, "W", "P", [EKS_NOVEL[0]], ["mysql-novel", "minio-pyoji"],
                     {"desc": "작가 스튜디오 (원고 등록, 예약 연재, 통계)", "version": "1.12.0",
                      "product": "자체개발 (React + Kotlin)", "writers": 18_400}),
    # ---------------------------------------------------------------- settlement (nightly)
    "pub_settle_nightly": ("service", SETTLE, "A", "P", ["ay-k5-02"], ["ora-settle", "mysql-order"],
                           {"desc": "출판사 정산 야간 배치 (판매/대여 실적 집계, 공급률 적용)",
                            "product": "Spring Batch 4.3 + Control-M", "schedule": "매일 02:00", "jobs": 17,
                            "version": "3.2.0"}),
    "jakga_settle": ("service", SETTLE, "A", "P", ["ay-k5-02"], ["ora-settle", "mysql-novel"],
                     {"desc": "작가 정산 배치 (연재 수익 배분, 원천징수 3.3%)", "product": "Spring Batch 4.3",
                      "schedule": "매일 02:30", "version": "2.5.1"}),
    "partner-center": ("service", SETTLE, "A", "P", ["ay-k3-20"], ["ora-settle"],
                       {"desc": "파트너센터 (출판사/작가 정산 조회, 세금계산서)", "version": "4.1.7",
                        "product": "자체개발 (Java 11, JSP)", "endpoint": "partner.chaekmaru.com"}),
    "catalog_sync_batch": ("service", STORE, "G", "P", ["gsbt-03"], ["pg-catalog", "pg-ingest", "os-search"],
                           {"desc": "카탈로그 동기화 야간 배치 (입고 → 서가, 검색 색인 재생성)",
                            "product": "Airflow 2.9 DAG", "schedule": "매일 03:00", "version": "2.0.4"}),
    # ---------------------------------------------------------------- logistics (이천)
    "mulryu-wms": ("service", LOGI, "I", "P", ["ich-wms01"], ["mysql-wms", "kafka-main"],
                   {"desc": "물류센터 WMS (입고, 피킹, 출고, 재고)", "product": "자체개발 (Java 11) + 피킹 PDA",
                    "version": "3.9.0", "pda": 160, "daily_shipments": 41_000}),
    "taekbae-if": ("service", LOGI, "I", "P", ["ich-wms01"], ["mulryu-wms"],
                   {"desc": "택배사 연동 (CJ대한통운, 한진, 우체국 송장/집하)", "version": "2.4.6",
                    "product": "자체개발 (Spring Integration)", "carriers": "CJ대한통운, 한진택배, 우체국택배",
                    "pickup_cutoff": "15:00"}),
    "chulgo-sorter": ("service", LOGI, "I", "P", ["ich-sort-ipc2"], ["mulryu-wms"],
                      {"desc": "출고 소터 제어 (슈트 배정, 송장 부착 검증)", "version": "1.6.0",
                       "product": "Vanderlande 연동 미들웨어", "chutes": 96}),
    # ---------------------------------------------------------------- CS, HQ, BI, ops
    "cs-desk": ("service", CS, "D", "P", ["dj-cs-01"], ["jumun-core", "member-auth"],
                {"desc": "상담 데스크 (주문/배송/환불 문의, 1:1 문의)", "product": "Zendesk 연동 자체 콘솔",
                 "version": "2.9.1", "agents": 140}),
    "cs-cti": ("service", CS, "D", "P", ["dj-cs-01"], [],
               {"desc": "콜센터 CTI/IVR", "product": "Genesys Engage 8.5", "trunks": 60, "version": "8.5.1"}),
    "bookbi-dw": ("service", DATA, "H", "P", ["hj-srv-02"], ["kafka-main", "mysql-order"],
                  {"desc": "판매 BI/DW (베스트셀러 집계, 출판사 리포트)", "product": "Apache Superset 4.0 + ClickHouse 24.3",
                   "version": "4.0.2", "dashboards": 212}),
    "elk-log": ("service", INFRA, "G", "P", ["nb-a0710"], [],
                {"desc": "로그 수집 (ELK)", "product": "Elasticsearch 8.13 + Logstash", "retention_days": 21}),
    "grafana-ops": ("service", INFRA, "G", "P", ["gsap-28"], [],
                    {"desc": "모니터링 대시보드", "product": "Grafana 11.1 + Prometheus 2.53", "version": "11.1.0"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "shelf-gw-stg": ("service", STORE, "W", "S", ["ip-10-80-3-41"], ["seoga-catalog-stg"],
                     {"desc": "스토어 게이트웨이 (스테이징)", "version": "3.7.0-rc1"}),
    "seoga-catalog-stg": ("service", STORE, "W", "S", ["ip-10-80-3-41"], ["pg-catalog-stg"],
                          {"desc": "서가 카탈로그 (스테이징)", "version": "6.5.0-rc2"}),
    "yeonjae-api-stg": ("service", NOVEL, "W", "S", ["ip-10-80-3-41"], ["mysql-novel-stg"],
                        {"desc": "연재 API (스테이징)", "version": "5.7.0-rc1"}),
    "inkseal-drm-stg": ("service", DRM, "G", "S", ["gsdv-11"], [],
                        {"desc": "DRM 라이선스 서버 (스테이징, HSM 펌웨어 검증)", "version": "3.4.0-beta"}),
    "epub-conv-dev": ("service", INGEST, "G", "D", ["gsdv-11"], [],
                      {"desc": "EPUB 변환 (개발)", "version": "1.20.0-SNAPSHOT"}),
    "chaek-search-dev": ("service", SEARCH, "G", "D", ["gsdv-11"], [],
                         {"desc": "검색 API (개발, OpenSearch 2.15 검증)", "version": "4.13.0-SNAPSHOT"}),
    "old_bookclub_api": ("service", MEMBER, "G", "P", [], [],
                         {"desc": "구 북클럽 회원 API (2027년 jeokrip-point로 통합)", "version": "1.4.22",
                          "decommissioned": "2027-11-30"}),
    # ---------------------------------------------------------------- databases
    "mysql-order": ("database", DBA, "G", "P", ["nb-a0417", "nb-a0418"], [],
                    {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 InnoDB Cluster", "nodes": 2,
                     "port": 3306, "size_tb": 4.8, "max_connections": 3000, "desc": "주문/배송 운영 DB"}),
    "mysql-pay": ("database", DBA, "G", "P", ["nb-a0533"], [],
                  {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 (semi-sync replica 1)",
                   "port": 3306, "size_tb": 1.2, "max_connections": 1500, "desc": "결제 원장 DB (PCI 존)"}),
    "mysql-lantern": ("database", DBA, "G", "P", ["nb-a0534"], [],
                      {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0", "port": 3306,
                       "size_tb": 2.1, "max_connections": 2000, "desc": "리더앱 서재/라이선스/동기화 DB"}),
    "mysql-novel": ("database", CLOUD, "W", "P", [], [],
                    {"engine": "mysql", "version": "8.0.mysql_aurora.3.06.0", "product": "Amazon Aurora MySQL 3",
                     "instance_class": "db.r7g.4xlarge", "readers": 2, "max_connections": 4000, "port": 3306,
                     "cluster_id": "aurora-yeonjae-prd", "desc": "웹소설 작품/회차/캐시 DB"}),
    "mysql-wms": ("database", LOGI, "I", "P", ["ich-wms02"], [],
                  {"engine": "mysql", "version": "5.7.44", "product": "MySQL 5.7 (EOL, 8.0 전환 예정)",
                   "port": 3306, "size_tb": 0.9, "desc": "WMS 재고/출고 DB"}),
    "pg-catalog": ("database", DBA, "G", "P", ["nb-a0602"], [],
                   {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 (Patroni)", "port": 5432,
                    "size_tb": 1.6, "max_connections": 800, "desc": "서가 카탈로그 DB (상품, 가격)"}),
    "pg-ingest": ("database", DBA, "G", "P", ["nb-a0602"], [],
                  {"engine": "postgresql", "version": "14.12", "product": "PostgreSQL 14", "port": 5433,
                   "size_tb": 0.7, "desc": "입고 메타데이터/작업 이력 DB"}),
    "ora-member": ("database", DBA, "A", "P", ["ay-k3-14", "ay-k3-16"], [],
                   {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c RAC", "nodes": 2,
                    "sid": "MBRP", "port": 1521, "processes": 1200, "size_tb": 3.4, "desc": "회원/적립금 DB"}),
    "ora-settle": ("database", DBA, "A", "P", ["ay-k3-18"], [],
                   {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c", "sid": "STLP",
                    "port": 1521, "archivelog": "FRA 2TB (+RECO)", "size_tb": 5.9, "desc": "정산 DB (출판사/작가)"}),
    "os-search": ("database", SEARCH, "G", "P", ["nb-a0601", "nb-a0603"], [],
                  {"engine": "opensearch", "version": "2.13.0", "product": "OpenSearch 2.13", "data_nodes": 6,
                   "heap_gb": 31, "shards": 240, "port": 9200, "desc": "도서/연재 검색 색인"}),
    "pg-catalog-stg": ("database", DBA, "W", "S", ["ip-10-80-3-41"], [],
                       {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5432}),
    "mysql-novel-stg": ("database", CLOUD, "W", "S", [], [],
                        {"engine": "mysql", "version": "8.0.mysql_aurora.3.07.1", "product": "Amazon Aurora MySQL 3",
                         "instance_class": "db.r7g.large"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-cart": ("cache", STORE, "W", "P", [], [],
                   {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis", "shards": 3,
                    "node_type": "cache.r7g.xlarge", "maxmemory_policy": "volatile-lru", "desc": "장바구니 캐시"}),
    "redis-rc": ("cache", STORE, "W", "P", [], [],
                 {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis", "shards": 4,
                  "node_type": "cache.r7g.2xlarge", "maxmemory_policy": "allkeys-lru",
                  "desc": "공용 조회 캐시 (상품, 검색 결과, 추천)"}),
    "redis-session": ("cache", MEMBER, "G", "P", ["nb-a0533"], [],
                      {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 24, "maxmemory_policy": "volatile-ttl",
                       "port": 6379, "desc": "로그인 세션/토큰"}),
    "redis-novel": ("cache", NOVEL, "W", "P", [], [],
                    {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis", "shards": 2,
                     "node_type": "cache.r7g.xlarge", "maxmemory_policy": "allkeys-lru",
                     "desc": "회차 본문/랭킹 캐시"}),
    "kafka-main": ("queue", INFRA, "G", "P", ["nb-a0535", "nb-a0536"], [],
                   {"product": "Apache Kafka 3.6.2", "brokers": 3, "topics": 148, "port": 9092,
                    "retention_hours": 72, "desc": "주문/행동로그/재고 이벤트"}),
    "kafka-novel": ("queue", CLOUD, "W", "P", [], [],
                    {"product": "Amazon MSK (Kafka 3.5.1)", "brokers": 3, "topics": 36, "port": 9094,
                     "desc": "연재 공개/알림 이벤트"}),
    "rabbit-ingest": ("queue", INGEST, "G", "P", ["gsap-27"], [],
                      {"product": "RabbitMQ 3.13.3", "nodes": 1, "queues": 22, "port": 5672,
                       "desc": "변환/표지 작업 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-gs-front": ("G", NET, ["jumun-core", "pay-hub", "inkseal-drm", "member-auth"],
                    {"vendor": "Piolink", "model": "PAS-K 5224", "firmware": "2.7.3", "vip": "211.45.160.20",
                     "endpoint": "drm.chaekmaru.com", "cert_expiry": "2028-07-29", "cert_issuer": "Sectigo (수동 갱신)"}),
    "alb-shelf-prd": ("W", CLOUD, ["shelf-gw", "lantern-lib", "lantern-dl", "lantern-sync", "yeonjae-viewer"],
                      {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                       "cert": "ACM (자동 갱신)", "waf": "AWS WAF v2"}),
    "alb-yeonjae-prd": ("W", CLOUD, ["yeonjae-api", "yeonjae-cash", "jakga-studio"],
                        {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                         "cert": "ACM (자동 갱신)"}),
    "l4-ich-wms": ("I", LOGI, ["mulryu-wms", "taekbae-if"],
                   {"vendor": "A10", "model": "Thunder 1040", "firmware": "5.2.1-P8", "vip": "10.90.1.10"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "obj-chaek-origin": ("W", CLOUD, {"vendor": "AWS", "model": "Amazon S3 (Standard)", "bucket": "cm-ebook-origin-an2",
                                      "capacity_tb": 480, "objects_million": 96.4, "desc": "전자책 원본/암호화 패키지 오리진"},
                         []),
    "minio-pyoji": ("G", INGEST, {"vendor": "MinIO", "model": "MinIO AIStor (4노드)", "capacity_tb": 120,
                                  "desc": "표지 이미지/작가 원고 첨부"}, ["gsap-27"]),
    "nas-ingest01": ("G", INFRA, {"vendor": "NetApp", "model": "AFF A250", "ontap": "9.14.1P3", "capacity_tb": 140,
                                  "protocol": "NFS v4.1", "desc": "출판사 원고 입고 스테이징"}, ["gsap-27"]),
    "san-gs01": ("G", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X50 R4", "capacity_tb": 150,
                              "desc": "DB 블록 스토리지 (가산)"},
                 ["nb-a0417", "nb-a0418", "nb-a0533", "nb-a0534", "nb-a0602"]),
    "dd-ay01": ("A", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                             "desc": "백업 (Oracle RMAN, MySQL)"}, ["ay-k3-18"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # AWS EKS nodes and EC2
    "ip-10-72-14-33": ("W", "P", "eks", {"role": "EKS 스토어 노드그룹 ng-front-a", "az": "ap-northeast-2a"}),
    "ip-10-72-15-201": ("W", "P", "eks", {"role": "EKS 스토어 노드그룹 ng-front-b", "az": "ap-northeast-2b"}),
    "ip-10-72-22-9": ("W", "P", "eks", {"role": "EKS 스토어 노드그룹 ng-front-c", "az": "ap-northeast-2c"}),
    "ip-10-72-40-17": ("W", "P", "eks", {"role": "EKS 연재 노드그룹 ng-novel-a", "az": "ap-northeast-2a"}),
    "ip-10-72-41-88": ("W", "P", "eks", {"role": "EKS 연재 노드그룹 ng-novel-c", "az": "ap-northeast-2c"}),
    "i-0c41e8a9d2f7b3a61": ("W", "P", "ec2", {"role": "EPUB 변환 워커 #1", "instance_type": "c7i.4xlarge",
                                             "az": "ap-northeast-2a"}),
    "i-07b2d5e19fa40c3e8": ("W", "P", "ec2", {"role": "EPUB 변환 워커 #2, 표지 리사이즈",
                                             "instance_type": "c7i.4xlarge", "az": "ap-northeast-2c"}),
    "ip-10-80-3-41": ("W", "S", "eks", {"role": "EKS 스테이징 공용 노드", "az": "ap-northeast-2a"}),
    # 가산IDC VMs
    "gsap-21": ("G", "P", "vm", {"role": "주문 코어 #1"}),
    "gsap-22": ("G", "P", "vm", {"role": "주문 코어 #2"}),
    "gsap-23": ("G", "P", "vm", {"role": "PG 연동 (PCI 존)"}),
    "gsap-24": ("G", "P", "vm", {"role": "적립금, 로그인 #1"}),
    "gsap-25": ("G", "P", "vm", {"role": "로그인 #2"}),
    "gsap-26": ("G", "P", "vm", {"role": "DRM 라이선스"}),
    "gsap-27": ("G", "P", "vm", {"role": "입고 포털, RabbitMQ"}),
    "gsap-28": ("G", "P", "vm", {"role": "모니터링"}),
    "gsbt-03": ("G", "P", "vm", {"role": "야간 배치 (카탈로그 동기화, ISBN 적재)"}),
    "gsdv-11": ("G", "D", "vm", {"role": "개발/스테이징 공용"}),
    # 가산IDC bare metal (asset tags)
    "nb-a0417": ("G", "P", "bare", {"role": "MySQL 주문 primary", "rack": "GS-3F-C12", "model": "Dell PowerEdge R760"}),
    "nb-a0418": ("G", "P", "bare", {"role": "MySQL 주문 secondary", "rack": "GS-3F-C12", "model": "Dell PowerEdge R760"}),
    "nb-a0533": ("G", "P", "bare", {"role": "MySQL 결제, Redis 세션", "rack": "GS-3F-C14", "model": "Dell PowerEdge R660"}),
    "nb-a0534": ("G", "P", "bare", {"role": "MySQL 리더앱", "rack": "GS-3F-C14", "model": "Dell PowerEdge R660"}),
    "nb-a0535": ("G", "P", "bare", {"role": "Kafka broker 1,2", "rack": "GS-3F-C15", "model": "HPE ProLiant DL360 Gen11"}),
    "nb-a0536": ("G", "P", "bare", {"role": "Kafka broker 3", "rack": "GS-3F-C15", "model": "HPE ProLiant DL360 Gen11"}),
    "nb-a0601": ("G", "P", "bare", {"role": "OpenSearch data 1-3", "rack": "GS-3F-C17", "model": "Dell PowerEdge R760"}),
    "nb-a0602": ("G", "P", "bare", {"role": "PostgreSQL 카탈로그/입고", "rack": "GS-3F-C17", "model": "Dell PowerEdge R760"}),
    "nb-a0603": ("G", "P", "bare", {"role": "OpenSearch data 4-6", "rack": "GS-3F-C18", "model": "Dell PowerEdge R760"}),
    "nb-a0710": ("G", "P", "bare", {"role": "ELK 로그 수집", "rack": "GS-3F-C20", "model": "Supermicro SYS-620P"}),
    # 안양IDC (cage-rack)
    "ay-k3-14": ("A", "P", "bare", {"role": "Oracle RAC MBRP node 1", "model": "HPE ProLiant DL380 Gen11"}),
    "ay-k3-16": ("A", "P", "bare", {"role": "Oracle RAC MBRP node 2", "model": "HPE ProLiant DL380 Gen11"}),
    "ay-k3-18": ("A", "P", "bare", {"role": "Oracle STLP", "model": "HPE ProLiant DL380 Gen11"}),
    "ay-k3-20": ("A", "P", "vm", {"role": "파트너센터"}),
    "ay-k5-02": ("A", "P", "vm", {"role": "정산 배치 (Control-M agent)"}),
    # 이천물류센터
    "ich-wms01": ("I", "P", "bare", {"role": "WMS AP, 택배 연동", "model": "Lenovo ThinkSystem SR650 V3"}),
    "ich-wms02": ("I", "P", "bare", {"role": "WMS DB (MySQL 5.7)", "model": "Lenovo ThinkSystem SR650 V3",
                                     "raid": "RAID10, ThinkSystem RAID 940-8i 4GB (BBU)"}),
    "ich-sort-ipc1": ("I", "P", "ipc", {"role": "소터 제어 IPC #1 (교체 중)", "model": "Advantech UNO-2484G"}),
    "ich-sort-ipc2": ("I", "P", "ipc", {"role": "소터 제어 IPC #2", "model": "Advantech UNO-2484G"}),
    # 합정본사, 대전CS센터
    "hj-srv-02": ("H", "P", "bare", {"role": "BI (Superset, ClickHouse)", "model": "Dell PowerEdge R750"}),
    "dj-cs-01": ("D", "P", "vm", {"role": "상담 콘솔, CTI"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-gs-edge": ("G", {"device": "edge firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                         "firmware": "FortiOS 7.4.4"}),
    "core-gs-n9k": ("G", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                          "firmware": "NX-OS 10.3(5)"}),
    "dx-gs-an2": ("G", {"device": "AWS Direct Connect", "vendor": "AWS", "model": "Direct Connect 10Gbps (KINX)",
                        "circuit": "dxcon-fgq4t7e2", "desc": "가산IDC ↔ AWS 서울리전"}),
    "wan-ich-gs": ("I", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 500Mbps",
                         "circuit": "SKB-LL-38812", "desc": "이천물류센터 ↔ 가산IDC"}),
    "fw-ich01": ("I", {"device": "branch firewall", "vendor": "Fortinet", "model": "FortiGate 200F",
                       "firmware": "FortiOS 7.2.9"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-gs-edge", "core-gs-n9k"),
    ("core-gs-n9k", "dx-gs-an2"),
    ("fw-ich01", "wan-ich-gs"),
    ("wan-ich-gs", "core-gs-n9k"),
    ("l4-gs-front", "fw-gs-edge"),
    ("mulryu-wms", "fw-ich01"),
    ("taekbae-if", "fw-ich01"),
]
# fmt: on
STATUS = {"ich-sort-ipc1": "maintenance", "inkseal-drm-stg": "maintenance", "old_bookclub_api": "retired"}
NET_PREFIX = {"G": "10.20", "A": "10.30", "W": "10.72", "I": "10.90", "H": "10.10", "D": "10.40"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "E1",
        "kind": "search_gc_storm",
        "root": "os-search",
        "description": "in Friday's evening reading peak the data nodes of os-search run into old-generation GC"
        " storms (the afternoon index rollover moved the hot book and serial shards onto two nodes): chaek-search"
        " (4.12.0 deployed at 21:50, loudest) times out, chucheon-rec falls back to empty shelves, shelf-gw"
        " returns 5xx on search, until the shards are rebalanced",
        "start": kst(14, 22, 10),
        "end": kst(14, 23, 5),
        "affected": ["os-search", "chaek-search", "chucheon-rec", "shelf-gw"],
    },
    {
        "id": "E2",
        "kind": "db_connection_exhaustion",
        "root": "mysql-novel",
        "description": "at Saturday midnight the 00:00 episode release and the daily free-coupon reset hit the"
        " Aurora cluster mysql-novel together and it runs out of connections (Too many connections): yeonjae-cash"
        " (2.7.0 deployed at 23:30 with a larger pool, loudest) fails coupon grants, yeonjae-api and"
        " yeonjae-release fail, yeonjae-viewer shows errors, until the pools are cut back",
        "start": kst(16, 0, 0),
        "end": kst(16, 0, 55),
        "affected": ["mysql-novel", "yeonjae-cash", "yeonjae-api", "yeonjae-release", "yeonjae-viewer"],
    },
    {
        "id": "E3",
        "kind": "archive_dest_full",
        "root": "ora-settle",
        "description": "in the small hours of Tuesday the archive log destination of ora-settle fills under the"
        " settlement batch's redo (ORA-00257 archiver error) and the database stops accepting writes:"
        " pub_settle_nightly abends (loudest), jakga_settle (deployed Monday 16:00) and partner-center fail,"
        " until RMAN backs up and deletes the archive logs",
        "start": kst(18, 2, 40),
        "end": kst(18, 3, 35),
        "affected": ["ora-settle", "pub_settle_nightly", "jakga_settle", "partner-center"],
    },
    {
        "id": "E4",
        "kind": "db_lock_contention",
        "root": "pg-catalog",
        "description": "at Wednesday lunch pg-catalog piles up behind a row lock held by an idle-in-transaction"
        " price-update session: seoga-catalog (6.4.1 deployed at 11:50, loudest) times out on product pages,"
        " jangba-cart and shelf-gw fail, until the session is terminated",
        "start": kst(19, 12, 10),
        "end": kst(19, 13, 5),
        "affected": ["pg-catalog", "seoga-catalog", "jangba-cart", "shelf-gw"],
    },
    {
        "id": "E5",
        "kind": "raid_write_through",
        "root": "ich-wms02",
        "description": "in Thursday's morning wave at the 이천 centre the RAID controller of ich-wms02 starts a"
        " battery learn cycle and drops its cache to write-through: mysql-wms slows, mulryu-wms (3.9.0 deployed"
        " at 09:10, loudest) stalls picking and shipping, taekbae-if and chulgo-sorter back up, until the learn"
        " cycle is over",
        "start": kst(20, 9, 30),
        "end": kst(20, 10, 25),
        "affected": ["ich-wms02", "mysql-wms", "mulryu-wms", "taekbae-if", "chulgo-sorter"],
    },
    {
        "id": "E6",
        "kind": "object_storage_throttling",
        "root": "obj-chaek-origin",
        "description": "in Saturday's evening reading peak during the sale the origin bucket obj-chaek-origin"
        " throttles (503 SlowDown) on one hot prefix after a sale title's CDN purge: lantern-dl (5.2.0 deployed"
        " at 21:00, loudest) fails downloads, epub-conv fails its uploads, lantern-lib shows broken books, until"
        " the prefix is spread and the CDN warmed",
        "start": kst(22, 21, 30),
        "end": kst(22, 22, 25),
        "affected": ["obj-chaek-origin", "lantern-dl", "epub-conv", "lantern-lib"],
    },
    {
        "id": "E7",
        "kind": "db_process_limit",
        "root": "ora-member",
        "description": "on Sunday late morning ora-member reaches its processes limit (ORA-00020) since"
        " jeokrip-point's pool was raised on Friday: member-auth (loudest) fails logins, jeokrip-point (8.1.0"
        " deployed at 10:25) fails point lookups, shelf-gw and jumun-core follow (ongoing)",
        "start": kst(23, 10, 40),
        "end": None,
        "affected": ["ora-member", "member-auth", "jeokrip-point", "shelf-gw", "jumun-core"],
    },
]
E1, E2, E3, E4, E5, E6, E7 = INCIDENTS
SALE_START = kst(21, 10, 0)  # 썸머 북페스타
EKS_MAINT = (kst(22, 6, 0), kst(22, 7, 10))


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 11, 'S': 31, 'D': 51}[env]) + i // 9}.{21 + (i * 41) % 210}"
        }
        if kind == "eks":
            attrs = {"ip": h[3:].replace("-", "."), "os": "Bottlerocket 1.20", "instance_type":
                     rng.choice(["m7g.2xlarge", "m7g.4xlarge"]), "cluster": "eks-cm-prd" if env == "P" else
                     "eks-cm-stg", "k8s": "1.29"}  # fmt: skip
            owner = CLOUD
        elif kind == "ec2":
            attrs |= {"os": "Amazon Linux 2023", "ami": f"ami-0{rng.randint(10**15, 10**16 - 1):x}"[:21]}
            owner = CLOUD
        elif kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "RHEL 9.4"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U3"}  # fmt: skip
        elif kind == "ipc":
            attrs |= {"os": "Windows 10 IoT Enterprise LTSC", "cores": 4, "mem_gb": 16}
            owner = LOGI
        else:  # bare metal
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Oracle Linux 8.9"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'J30'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("nb-a0417", "nb-a0418", "nb-a0533", "nb-a0534", "nb-a0602") or h.startswith("ay-k3-1"):
                owner = DBA
            if h.startswith("ich-"):
                owner = LOGI
            if h == "hj-srv-02":
                owner = DATA
        if h.startswith("nb-"):
            attrs["asset_tag"] = h.upper()
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


def _weekend(ts: datetime) -> bool:
    """Saturday and Sunday by the Seoul clock, and Friday night past 18:00."""
    loc = _local(ts)
    return loc.weekday() >= 5 or (loc.weekday() == 4 and loc.hour >= 18)


def _reading(ts: datetime) -> float:
    """Readers: the evening and late-night peak 21–01 (more at weekends), the commute and lunch bumps."""
    h = seoul_hour(ts)
    wk = _weekend(ts)
    v = 0.1 + 0.7 * _bump(h, 22.5, 1.5) * (1.15 if wk else 1.0) + 0.15 * _bump(h, 8.0, 0.8)
    v += 0.12 * _bump(h, 12.5, 0.7) + (0.14 if wk and 10 <= h < 19 else 0.0)
    return max(0.05, min(1.0, v))


def _shop(ts: datetime) -> float:
    """Shopping: the lunch peak, the evening peak, the weekend days, the sale from Friday 10:00."""
    h = seoul_hour(ts)
    wk = _weekend(ts) and _local(ts).weekday() >= 5
    v = 0.08 + 0.4 * _bump(h, 12.5, 0.8) + 0.5 * _bump(h, 21.5, 1.5) + (0.18 if 10 <= h < 18 else 0.0)
    if wk:
        v += 0.16 if 10 <= h < 20 else 0.04
    if ts >= SALE_START:
        v *= 1.25
    return max(0.05, min(1.0, v))


def _novel(ts: datetime) -> float:
    """Web novels: the reading curve plus the 00:00 release and coupon reset rush."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.85 * _reading(ts) + 0.4 * _bump(h, 0.1, 0.2)))


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 5 else 0.12 + 0.15 * _office(ts)


def _logistics(ts: datetime) -> float:
    """The 이천 centre: weekday waves at 09:30 and 14:30 (before the 15:00 pick-up), Saturday mornings."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd == 6:
        return 0.06
    if wd == 5:
        return 0.4 if 8 <= h < 13 else 0.07
    if not 7.5 <= h < 19:
        return 0.08
    return min(1.0, 0.45 + 0.35 * _bump(h, 9.5, 0.8) + 0.35 * _bump(h, 14.5, 0.8))


def _office(ts: datetime) -> float:
    """HQ and the CS centre: weekday office hours, Saturday morning CS."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd == 6:
        return 0.06
    if wd == 5:
        return 0.3 if 9 <= h < 13 else 0.06
    return 0.08 + (0.65 if 9 <= h < 18 else 0.0) * (0.6 if 12 <= h < 13 else 1.0)


def _steady(ts: datetime) -> float:
    return 0.5


READING_SIDE = {
    "lantern-lib", "lantern-dl", "lantern-sync", "inkseal-drm", "cdn-lantern", "mysql-lantern", "obj-chaek-origin",
    "gsap-26", "nb-a0534", "alb-shelf-prd", "l4-gs-front",
}  # fmt: skip
SHOP_SIDE = {
    "shelf-gw", "seoga-catalog", "chaek-search", "chucheon-rec", "jangba-cart", "jumun-core", "pay-hub",
    "jeokrip-point", "member-auth", "pg-catalog", "os-search", "redis-cart", "redis-rc", "redis-session",
    "mysql-order", "mysql-pay", "ora-member", "kafka-main", "gsap-21", "gsap-22", "gsap-23",
    "gsap-24", "gsap-25", "nb-a0417", "nb-a0418", "nb-a0533", "nb-a0535", "nb-a0536", "nb-a0601", "nb-a0602",
    "nb-a0603", "ay-k3-14", "ay-k3-16", "fw-gs-edge", "core-gs-n9k", "dx-gs-an2", "san-gs01",
    *EKS_FRONT,
}  # fmt: skip
NOVEL_SIDE = {"yeonjae-api", "yeonjae-viewer", "yeonjae-release", "yeonjae-cash", "jakga-studio", "mysql-novel",
              "redis-novel", "kafka-novel", "alb-yeonjae-prd", *EKS_NOVEL}  # fmt: skip
BATCH_SIDE = {"pub_settle_nightly", "jakga_settle", "catalog_sync_batch", "isbn_meta_loader", "ora-settle",
              "gsbt-03", "ay-k5-02", "ay-k3-18", "dd-ay01"}  # fmt: skip
LOGI_SIDE = {"mulryu-wms", "taekbae-if", "chulgo-sorter", "mysql-wms", "ich-wms01", "ich-wms02", "ich-sort-ipc1",
             "ich-sort-ipc2", "l4-ich-wms", "fw-ich01", "wan-ich-gs"}  # fmt: skip
OFFICE_SIDE = {"cs-desk", "cs-cti", "dj-cs-01", "bookbi-dw", "hj-srv-02", "partner-center", "ay-k3-20",
               "pubgate-ingest", "gsap-27", "pg-ingest", "nas-ingest01", "minio-pyoji", "rabbit-ingest",
               "epub-conv", "pyoji-img", "i-0c41e8a9d2f7b3a61", "i-07b2d5e19fa40c3e8"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (READING_SIDE, _reading),
        (SHOP_SIDE, _shop),
        (NOVEL_SIDE, _novel),
        (BATCH_SIDE, _batch),
        (LOGI_SIDE, _logistics),
        (OFFICE_SIDE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "E1": {0: (8.0, 3.0), 1: (4.0, 12.0), 2: (2.0, 6.0)},
    "E2": {0: (6.0, 9.0), 1: (3.5, 14.0), 2: (1.8, 6.5)},
    "E3": {0: (10.0, 6.0), 1: (3.0, 15.0)},
    "E4": {0: (14.0, 2.5), 1: (5.0, 14.0), 2: (2.2, 7.0)},
    "E5": {1: (12.0, 3.5), 2: (4.5, 13.0), 3: (2.0, 7.5)},
    "E6": {0: (15.0, 8.0), 1: (3.0, 12.0), 2: (1.9, 6.0)},
    "E7": {0: (5.0, 7.0), 1: (3.2, 12.0), 2: (1.7, 5.5)},
}
EFFECT_OVERRIDE = {
    ("E1", "chaek-search"): (5.0, 27.0),
    ("E2", "yeonjae-cash"): (4.5, 33.0),
    ("E3", "pub_settle_nightly"): (2.6, 38.0),
    ("E4", "seoga-catalog"): (6.5, 29.0),
    ("E5", "mulryu-wms"): (5.5, 31.0),
    ("E6", "lantern-dl"): (4.0, 36.0),
    ("E7", "member-auth"): (4.2, 34.0),
    ("E7", "jeokrip-point"): (3.0, 19.0),
}

HOST = HostBaseline(cpu=(0.55, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.35, 0.05), requests=(0.1, 1.0))

NETWORK_NAMES = set(NETWORK)
NO_DISK = {*EKS_FRONT, *EKS_NOVEL, "ip-10-80-3-41"}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 58)
    growth = rng.uniform(0, 0.1)
    if name == "nb-a0710":  # ELK: the index volume creeps up
        disk0, growth = 62.5, 1.45
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "ich-wms02":  # write-through: the I/O wait
            cpu += 58 * ramp(ts, E5["start"], E5["end"], rise=5, fall=10)
        if name in ("ay-k3-14", "ay-k3-16"):  # a server process for every session
            cpu += 26 * ramp(ts, E7["start"], E7["end"], rise=10)
            mem += 12 * ramp(ts, E7["start"] - timedelta(minutes=10), E7["end"], rise=20)
        if name in ("nb-a0601", "nb-a0603"):  # GC storms
            cpu += 50 * ramp(ts, E1["start"], E1["end"], rise=5, fall=10)
        if name == "gsbt-03" and 2 <= seoul_hour(ts) < 5:  # the noisy batch VM
            cpu += 45 + rng.gauss(0, 2)
        if name == "i-07b2d5e19fa40c3e8" and kst(18, 1, 0) <= ts < kst(18, 4, 0):  # cover re-render job
            cpu += 52 + rng.gauss(0, 2)
        if name in EKS_FRONT and EKS_MAINT[0] <= ts < EKS_MAINT[1]:  # node group roll
            cpu += 22
        if name == "ich-sort-ipc1":
            cpu = 0.8 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name not in NO_DISK:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 24)
    rtt0 = {"dx-gs-an2": 2.1, "wan-ich-gs": 3.8}.get(name, rng.uniform(0.2, 0.9))
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
    used = {"obj-chaek-origin": (61, 62), "dd-ay01": (66, 68), "nas-ingest01": (54, 56)}.get(name, (35, 55))
    per_day = 0.15 if name == "nas-ingest01" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = {"obj-chaek-origin": 18.0, "minio-pyoji": 9.0}.get(name, rng.uniform(0.5, 2.5))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = max(0.0, rng.gauss(0.03, 0.01))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            lat *= 1 + r * f_rt
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        if name == "dd-ay01" and 1 <= seoul_hour(ts) < 2.5:  # the nightly RMAN backups
            lat *= 1.8
        row = {"disk_usage": round(v, 1), "response_time_ms": round(lat, 2)}
        if name.startswith(("obj-", "minio-")):
            row["error_rate"] = round(err, 2)
        rows += samples(ts, c, **row)
    return rows


RT0 = {
    "shelf-gw": 70.0, "seoga-catalog": 95.0, "chaek-search": 120.0, "chucheon-rec": 160.0, "jangba-cart": 45.0,
    "jumun-core": 210.0, "pay-hub": 380.0, "jeokrip-point": 85.0, "member-auth": 60.0, "lantern-lib": 110.0,
    "lantern-dl": 240.0, "lantern-sync": 40.0, "inkseal-drm": 75.0, "cdn-lantern": 28.0, "pubgate-ingest": 310.0,
    "epub-conv": 650.0, "pyoji-img": 420.0, "isbn_meta_loader": 560.0, "yeonjae-api": 65.0,
    "yeonjae-viewer": 130.0, "yeonjae-release": 540.0, "yeonjae-cash": 90.0, "jakga-studio": 240.0,
    "pub_settle_nightly": 700.0, "jakga_settle": 610.0, "partner-center": 330.0, "catalog_sync_batch": 680.0,
    "mulryu-wms": 180.0, "taekbae-if": 260.0, "chulgo-sorter": 35.0, "cs-desk": 290.0, "cs-cti": 22.0,
    "bookbi-dw": 520.0, "elk-log": 95.0, "grafana-ops": 140.0,
    "mysql-order": 3.2, "mysql-pay": 2.6, "mysql-lantern": 2.9, "mysql-novel": 2.2, "mysql-wms": 3.8,
    "pg-catalog": 2.4, "pg-ingest": 3.5, "ora-member": 3.9, "ora-settle": 5.2, "os-search": 14.0,
    "redis-cart": 0.45, "redis-rc": 0.35, "redis-session": 0.4, "redis-novel": 0.5,
    "kafka-main": 4.1, "kafka-novel": 5.3, "rabbit-ingest": 3.0,
    "l4-gs-front": 1.2, "alb-shelf-prd": 2.4, "alb-yeonjae-prd": 2.6, "l4-ich-wms": 0.9,
}  # fmt: skip
REQUEST_RATE = {
    "shelf-gw": 3200.0, "seoga-catalog": 2100.0, "chaek-search": 1400.0, "chucheon-rec": 900.0,
    "jangba-cart": 650.0, "jumun-core": 180.0, "pay-hub": 95.0, "jeokrip-point": 420.0, "member-auth": 760.0,
    "lantern-lib": 1300.0, "lantern-dl": 480.0, "lantern-sync": 2600.0, "inkseal-drm": 520.0,
    "cdn-lantern": 7400.0, "pubgate-ingest": 24.0, "epub-conv": 11.0, "pyoji-img": 36.0, "yeonjae-api": 4100.0,
    "yeonjae-viewer": 3300.0, "yeonjae-release": 60.0, "yeonjae-cash": 540.0, "jakga-studio": 70.0,
    "pub_settle_nightly": 45.0, "jakga_settle": 38.0, "partner-center": 18.0, "catalog_sync_batch": 52.0,
    "mulryu-wms": 310.0, "taekbae-if": 140.0, "chulgo-sorter": 85.0, "cs-desk": 40.0,
    "mysql-order": 8800.0, "mysql-pay": 1900.0, "mysql-lantern": 5200.0, "mysql-novel": 16500.0,
    "mysql-wms": 2400.0, "pg-catalog": 9600.0, "pg-ingest": 600.0, "ora-member": 7300.0, "ora-settle": 2100.0,
    "os-search": 3900.0, "redis-cart": 12000.0, "redis-rc": 38000.0, "redis-session": 9500.0,
    "redis-novel": 26000.0, "kafka-main": 5400.0, "kafka-novel": 2900.0, "rabbit-ingest": 150.0,
    "l4-gs-front": 1600.0, "alb-shelf-prd": 9800.0, "alb-yeonjae-prd": 5200.0, "l4-ich-wms": 520.0,
}  # fmt: skip
MEMORY = {  # caches, brokers, search and DB instances with a memory gauge: (level, swing with load)
    "redis-cart": (46.0, 8.0), "redis-rc": (71.0, 5.0), "redis-session": (38.0, 10.0), "redis-novel": (55.0, 9.0),
    "kafka-main": (52.0, 6.0), "kafka-novel": (44.0, 7.0), "rabbit-ingest": (31.0, 9.0), "os-search": (63.0, 8.0),
    "mysql-novel": (58.0, 10.0), "ora-member": (61.0, 6.0),
}  # fmt: skip
DB_DISK = {  # databases with a data/archive volume gauge: level
    "mysql-order": 58.0, "mysql-pay": 41.0, "mysql-lantern": 49.0, "mysql-wms": 66.0, "pg-catalog": 52.0,
    "pg-ingest": 37.0, "ora-member": 55.0, "ora-settle": 47.0, "os-search": 61.0,
}  # fmt: skip


def _settle_fra(ts: datetime, base: float) -> float:
    """ora-settle's archive destination: filled every night by the settlement redo and emptied by the 04:00
    RMAN backup; on Tuesday 18 it overflows before the backup (E3)."""
    h = seoul_hour(ts)
    if E3["start"] - timedelta(hours=1) <= ts < E3["start"]:
        return base + (99.5 - base) * progress_clamped(ts, E3["start"] - timedelta(hours=1), E3["start"])
    if E3["start"] <= ts < E3["end"]:
        return 99.8
    if E3["end"] <= ts < E3["end"] + timedelta(minutes=30):
        return 99.8 - 50 * progress_clamped(ts, E3["end"], E3["end"] + timedelta(minutes=30))
    if 2 <= h < 4:
        return base + 12 * (h - 2) / 2
    return base


def progress_clamped(ts: datetime, since: datetime, until: datetime) -> float:
    return max(0.0, min(1.0, (ts - since).total_seconds() / (until - since).total_seconds()))


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    disk0 = DB_DISK.get(name, 0.0) + rng.uniform(0, 3)
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is E3 and name == "pub_settle_nightly":
                req *= 1 - 0.85 * r
            if inc is E5 and name in ("mulryu-wms", "chulgo-sorter"):
                req *= 1 - 0.5 * r
            if inc is E6 and name == "lantern-dl":
                req *= 1 + 0.6 * r  # reader app retries
            if inc is E2 and name == "mysql-novel":
                req *= 1 - 0.3 * r
        if (
            name in ("pub_settle_nightly", "jakga_settle", "catalog_sync_batch")
            and not 2 <= seoul_hour(ts) < 5
        ):
            req *= 0.12
        if name == "yeonjae-release":
            req *= 0.1 + 3.0 * _bump(seoul_hour(ts), 0.1, 0.15)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "os-search":  # heap pressure
                mem += (96.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, E1["start"], E1["end"], rise=5, fall=10)
            if name == "mysql-novel":  # a thread per connection
                mem += 18 * ramp(ts, E2["start"], E2["end"], rise=5, fall=10)
            if name == "ora-member":  # the PGA of every server process
                mem += (93.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, E7["start"] - timedelta(minutes=10), E7["end"],
                                                              rise=15)  # fmt: skip
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in ("ora-member", "ora-settle", "mysql-novel", "pg-catalog", "os-search"):  # the DB's own CPU
            cpu = 18 + 40 * d + rng.gauss(0, 1.2)
            if name == "pg-catalog":
                cpu += 12 * ramp(ts, E4["start"], E4["end"], rise=5, fall=10)
            if name == "mysql-novel":
                cpu += (92.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, E2["start"], E2["end"], rise=5, fall=10)
            if name == "os-search":
                cpu += (94.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, E1["start"], E1["end"], rise=5, fall=10)
            if name == "ora-member":
                cpu += 30 * ramp(ts, E7["start"], E7["end"], rise=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name in DB_DISK:
            disk = disk0 + 0.04 * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.08)
            if name == "ora-settle":
                disk = _settle_fra(ts, disk0) + rng.gauss(0, 0.08)
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The 00:00 release and coupon reset, the settlement and catalogue batches, the backups and the DRM
    endpoint certificate warning."""
    rows = []
    for d in range(13, 24):
        rows.append(
            (d, 0, 0, "yeonjae-release", "info", "batch_job", "예약 회차 공개 배치 시작 (RELEASE_0000)")
        )
        rows.append(
            (d, 0, 0, "yeonjae-cash", "info", "batch_job", "일일 무료 쿠폰/대여권 리셋 (COUPON_RESET)")
        )
        if d != 16:
            rows.append((d, 0, 12, "yeonjae-release", "info", "batch_job", "예약 회차 공개 완료"))
        rows.append(
            (d, 2, 0, "pub_settle_nightly", "info", "batch_job", "출판사 정산 배치 시작 (STL_PUB_DAILY)")
        )
        if d != 18:
            rows.append((d, 3, 40, "pub_settle_nightly", "info", "batch_job", "출판사 정산 배치 완료"))
        rows.append(
            (d, 3, 0, "catalog_sync_batch", "info", "batch_job", "카탈로그 동기화 DAG 시작 (catalog_sync_v2)")
        )
        rows.append(
            (d, 4, 20, "catalog_sync_batch", "info", "batch_job", "카탈로그 동기화 완료, 검색 색인 스왑")
        )
        rows.append((d, 4, 0, "ora-settle", "info", "backup", "RMAN 아카이브 로그 백업 (dd-ay01) 시작"))
        left = (datetime(2028, 7, 29) - datetime(2028, 7, d)).days
        rows.append(
            (d, 9, 0, "l4-gs-front", "warning", "cert_expiry",
             f"SSL certificate drm.chaekmaru.com expires in {left} days (2028-07-29), manual renewal (Sectigo)")
        )  # fmt: skip
        rows.append((d, 4, 30, "isbn_meta_loader", "info", "batch_job", "ISBN 서지 적재 (NL_KOLISNET)"))
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (13, 14, 0, "inkseal-drm-stg", "info", "maintenance", "HSM 펌웨어 7.8.4 검증 (스테이징 점검)"),
    (13, 16, 30, "nb-a0710", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (14, 10, 0, "ich-sort-ipc1", "info", "maintenance", "소터 IPC #1 교체 작업 (IPC #2 단독 운영)"),
    (14, 15, 20, "os-search", "info", "config_change", "인덱스 롤오버 books-2028.07 → books-2028.07b, 샤드 재배치"),
    (14, 21, 50, "chaek-search", "info", "deployment", "chaek-search 4.12.0 배포 (초성 자동완성 개선)"),
    (15, 11, 0, "shelf-gw-stg", "info", "deployment", "shelf-gw-stg 3.7.0-rc1 배포"),
    (15, 23, 30, "yeonjae-cash", "info", "deployment", "yeonjae-cash 2.7.0 배포 (쿠폰 리셋 병렬화, DB pool 64 → 160)"),
    (16, 11, 10, "nb-a0710", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (17, 16, 0, "jakga_settle", "info", "deployment", "jakga_settle 2.5.1 배포 (원천징수 계산 수정)"),
    (17, 18, 0, "ora-settle", "info", "change_notice", "7월 정산 마감 주간: 출판사 정산 배치 처리량 증가 예상"),
    (18, 1, 0, "pyoji-img", "info", "batch_job", "표지 일괄 재생성 작업 (워터마크 변경, 41만 건)"),
    (18, 14, 0, "ora-settle", "info", "config_change", "db_recovery_file_dest_size 2T → 3T, 아카이브 백업 주기 4시간"),
    (19, 11, 50, "seoga-catalog", "info", "deployment", "seoga-catalog 6.4.1 배포 (여름 세일 가격 표시)"),
    (19, 11, 55, "pg-catalog", "info", "config_change", "세일 가격 일괄 반영 작업 시작 (price_update_0719)"),
    (19, 20, 0, "yeonjae-api-stg", "info", "deployment", "yeonjae-api-stg 5.7.0-rc1 배포"),
    (20, 8, 30, "ich-wms02", "info", "change_notice", "RAID 컨트롤러 BBU 자동 learn cycle 예정 (분기 1회)"),
    (20, 9, 10, "mulryu-wms", "info", "deployment", "mulryu-wms 3.9.0 배포 (합포장 로직 변경)"),
    (20, 15, 40, "nb-a0710", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (21, 9, 50, "shelf-gw", "info", "config_change", "썸머 북페스타 대비 rate limit 3000 → 4000 rps"),
    (21, 10, 0, "seoga-catalog", "info", "sale_event", "썸머 북페스타 시작 (전자책 최대 50%, 7/21 10:00 ~ 7/31)"),
    (21, 17, 0, "jeokrip-point", "info", "config_change", "jeokrip-point DB pool max 120 → 180 (세일 대비)"),
    (22, 6, 0, "ip-10-72-14-33", "info", "maintenance", "EKS 노드그룹 ng-front AMI 업데이트 (롤링 교체)"),
    (22, 7, 10, "ip-10-72-14-33", "info", "maintenance", "EKS 노드 롤링 교체 완료"),
    (22, 21, 0, "lantern-dl", "info", "deployment", "lantern-dl 5.2.0 배포 (분할 다운로드 청크 4MB → 1MB)"),
    (22, 21, 20, "cdn-lantern", "info", "config_change", "세일 도서 42종 캐시 퍼지 (표지/샘플 갱신)"),
    (23, 10, 25, "jeokrip-point", "info", "deployment", "jeokrip-point 8.1.0 배포 (세일 추가 적립 이벤트)"),
    # E1 (Friday evening reading peak)
    (14, 22, 11, "os-search", "warning", "gc", "old gen GC 8.4s on data-node-2, heap 94%"),
    (14, 22, 14, "os-search", "critical", "performance", "search thread pool rejected 1,820, node data-node-2/5 GC storm"),
    (14, 22, 17, "chaek-search", "critical", "error", "검색 타임아웃 급증, 5xx 27%"),
    (14, 22, 20, "chucheon-rec", "major", "error", "추천 후보 조회 실패, 기본 추천으로 대체"),
    (14, 22, 26, "shelf-gw", "warning", "error", "upstream timeout chaek-search"),
    (14, 22, 55, "os-search", "info", "config_change", "hot 샤드 재배치 (cluster.routing.allocation), replica 1 → 2"),
    (14, 23, 10, "chaek-search", "info", "recovery", "검색 응답 정상"),
    # E2 (Saturday midnight)
    (16, 0, 1, "mysql-novel", "warning", "connections", "DatabaseConnections 3,720 / max_connections 4000"),
    (16, 0, 4, "mysql-novel", "critical", "connections", "ERROR 1040 (HY000): Too many connections"),
    (16, 0, 7, "yeonjae-cash", "critical", "error", "쿠폰 리셋/대여권 지급 실패 33%, HikariPool connection timeout"),
    (16, 0, 9, "yeonjae-api", "major", "error", "회차 구매/대여 실패 증가"),
    (16, 0, 10, "yeonjae-release", "major", "batch_job", "RELEASE_0000 실패 (DB connection), 212개 작품 공개 지연"),
    (16, 0, 17, "yeonjae-viewer", "warning", "error", "회차 로딩 오류 증가"),
    (16, 0, 45, "yeonjae-cash", "info", "config_change", "DB pool 160 → 48 축소, 쿠폰 리셋 배치 직렬화"),
    (16, 0, 58, "yeonjae-release", "info", "batch_job", "RELEASE_0000 재실행 완료"),
    (16, 1, 0, "yeonjae-api", "info", "recovery", "연재 API 정상"),
    # E3 (Tuesday small hours, settlement)
    (18, 2, 38, "ora-settle", "warning", "disk", "FRA usage 97% (db_recovery_file_dest_size 2T)"),
    (18, 2, 41, "ora-settle", "critical", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved"),
    (18, 2, 45, "pub_settle_nightly", "critical", "batch_job", "STL_PUB_DAILY step 9 (공급률 적용 집계) ABEND"),
    (18, 2, 46, "jakga_settle", "major", "batch_job", "작가 정산 배치 DB 쓰기 실패 (ORA-00257)"),
    (18, 2, 50, "partner-center", "major", "error", "정산 내역 조회 오류"),
    (18, 3, 30, "ora-settle", "info", "backup", "RMAN 긴급 아카이브 백업 및 삭제 (BACKUP ARCHIVELOG ALL DELETE INPUT)"),
    (18, 3, 45, "pub_settle_nightly", "info", "batch_job", "STL_PUB_DAILY 재실행 (step 9부터)"),
    (18, 5, 10, "pub_settle_nightly", "info", "batch_job", "출판사 정산 배치 완료 (지연)"),
    # E4 (Wednesday lunch)
    (19, 12, 11, "pg-catalog", "warning", "lock", "lock wait: 340 sessions waiting on relation product_price"),
    (19, 12, 14, "pg-catalog", "critical", "performance", "idle in transaction pid 48812 holding RowExclusiveLock 22 min"),
    (19, 12, 17, "seoga-catalog", "critical", "error", "상품 상세 조회 타임아웃, 5xx 29%"),
    (19, 12, 22, "jangba-cart", "major", "error", "장바구니 가격 재계산 실패"),
    (19, 12, 24, "shelf-gw", "warning", "error", "upstream timeout seoga-catalog"),
    (19, 13, 0, "pg-catalog", "info", "config_change", "pg_terminate_backend(48812), idle_in_transaction_session_timeout 60s"),
    (19, 13, 10, "seoga-catalog", "info", "recovery", "상품 조회 정상"),
    # E5 (Thursday morning, 이천)
    (20, 9, 29, "ich-wms02", "warning", "disk", "RAID 940-8i: BBU learn cycle started, cache policy WriteBack → WriteThrough"),
    (20, 9, 33, "ich-wms02", "critical", "performance", "disk await 180 ms on /var/lib/mysql, iowait 61%"),
    (20, 9, 37, "mysql-wms", "major", "performance", "slow queries 1,240/min, innodb log waits"),
    (20, 9, 42, "mulryu-wms", "critical", "error", "피킹 지시/출고 확정 지연, PDA 타임아웃 31%"),
    (20, 9, 48, "taekbae-if", "major", "error", "CJ대한통운 송장 발행 지연"),
    (20, 9, 49, "chulgo-sorter", "warning", "error", "슈트 배정 대기 적체"),
    (20, 10, 24, "ich-wms02", "info", "recovery", "BBU learn cycle 완료, cache policy WriteBack"),
    (20, 10, 35, "mulryu-wms", "info", "recovery", "피킹/출고 정상"),
    # E6 (Saturday evening, sale)
    (22, 21, 31, "obj-chaek-origin", "warning", "throttling", "S3 5xx SlowDown 2.1% on prefix ebook/9791/"),
    (22, 21, 34, "obj-chaek-origin", "critical", "throttling", "503 SlowDown 9%, GET 4,800/s on one partition"),
    (22, 21, 37, "lantern-dl", "critical", "error", "전자책 다운로드 실패 36% (origin 503)"),
    (22, 21, 38, "epub-conv", "major", "error", "변환 결과 업로드 실패, 재시도 대기"),
    (22, 21, 45, "lantern-lib", "warning", "error", "내 서재 도서 열기 실패 증가"),
    (22, 22, 15, "cdn-lantern", "info", "config_change", "세일 도서 프리페치 (CDN warm-up), origin shield 활성화"),
    (22, 22, 35, "lantern-dl", "info", "recovery", "다운로드 정상"),
    # E7 (Sunday morning, ongoing)
    (23, 10, 37, "ora-member", "warning", "sessions", "processes 1,130 / 1,200 (94%)"),
    (23, 10, 41, "ora-member", "critical", "sessions", "ORA-00020: maximum number of processes (1200) exceeded"),
    (23, 10, 45, "member-auth", "critical", "error", "로그인 실패 34% (JDBC connection refused)"),
    (23, 10, 46, "jeokrip-point", "major", "error", "적립금 조회/사용 실패"),
    (23, 10, 58, "shelf-gw", "warning", "error", "upstream 5xx member-auth"),
    (23, 11, 5, "jumun-core", "warning", "error", "주문 시 적립금 차감 실패, 적립금 미사용 주문 전환"),
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
    generate(NAME, "ebook-store", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
