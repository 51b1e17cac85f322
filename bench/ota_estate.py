"""Generate the online travel agency estate (tests/fixtures/travel-ota/, interchange format) and its faults file.

A Korean online travel agency (떠나닷컴, ttona.com): flight search fanned out to the GDSs (Amadeus, Sabre) and the
airlines' NDC APIs (대한항공, 제주항공, 진에어) through connectors, with a fare cache in front (`jebi-search` over
`jebi-fare-cache`); flight booking (PNR) and e-ticket issuance (`jebi-book`, `jebi-ticket` over the IBM MQ
`mq-ticket`) on the Oracle RAC booking ledger `ora-book` in the 판교IDC (with its Data Guard standby in the
대전 DR centre); hotel/pension/resort search and inventory (`durumi-search` on Elasticsearch `es-stay`,
`durumi-inv` on Cloud SQL `pg-stay`) fed by channel managers (`cx-chmgr` over RabbitMQ `mq-chmgr`) and wholesale
suppliers (`cx-supplier-hb`), hotel booking `durumi-book`, the partner extranet for hotels `dungji-extranet`,
package tours `galmaegi-pkg`, rental cars `bungbung-car`, payments (`kkachi-pay` orchestrating the PG gateway
`kkachi-pg-gw` and points/mileage `kkachi-point` on Oracle `ora-pay`), cancellations and refunds (`chwiso-hub`,
`kkachi-refund`), coupons and 타임딜 at 10:00 and 21:00 (`chamsae-coupon`, `chamsae-timedeal` on `redis-coupon`
and Cloud SQL `pg-promo`), CS chat and the call centre CTI (`bueongi-chat`, `bueongi-cti`), reviews
`hugi-review`, unified search and recommendations (`maru-search`, `maru-reco`), the app BFF and web front
(`ttn-bff`, `ttn-web`), notifications, the data lake (`nuri-ingest`, `nuri-airflow`, GCS and BigQuery) and the
legacy overnight batches (`supplier_sync_bat` 공급사 요금 동기화, `bsp_settle_bat` BSP 항공 정산).
Sites 판교IDC (primary), 대전DR센터 (DR), gcp-asia-ne3 (public cloud, Seoul) and the edge POPs POP-NRT, POP-SIN,
POP-LAX; environments prod, stage, qa, dev (stage and qa are both staging); owners are teams with Korean and
English names mixed.

Naming (unlike the earlier estates): product lines named after birds in romanised Korean (`jebi` 제비 flights,
`durumi` 두루미 stays, `galmaegi` 갈매기 packages, `kkachi` 까치 payments, `chamsae` 참새 promotions, `bueongi`
부엉이 CS, `dungji` 둥지 extranet), plain romanised words (`chwiso-hub` 취소, `hugi-review` 후기, `maru-search`,
`nuri-ingest`, `bungbung-car`), `cx-` connectors to the outside (`cx-amadeus`, `cx-ndc-7c` by IATA code),
snake_case legacy batches, classic IDC host names (`pgwas12`, `pgdb01`, `djdb01`: site + role + number), GKE
node names (`gke-ttnprd-api-5e1d-p3vn`) and GCE VMs (`gce-es-stay-01`).

Seven injected incidents (times KST; now = Thursday 2027-04-29 21:20, twenty minutes into the 21:00 타임딜 before
the May holidays; the window is the 10 days before):
  O1 Tue 20 10:00–10:55  the 10:00 타임딜 (제주 항공권 특가): jebi-fare-cache reaches maxmemory and evicts the
                         fare keys, every search misses and fans out to the GDSs: jebi-search (loudest, 4.12.0
                         deployed at 09:35), maru-search, ttn-bff, ttn-web
  O2 Sat 24 02:10–03:05  (weekend, night) the overnight full rate sync fills the disk of mq-chmgr's node (lazy
                         queues switched on Friday) and RabbitMQ's disk alarm blocks publishers: cx-chmgr
                         (loudest), durumi-inv, supplier_sync_bat, dungji-extranet
  O3 Sun 25 14:00–14:55  (weekend afternoon, holiday searching) es-stay trips its parent circuit breaker on the
                         new holiday-facet aggregation: durumi-search (loudest, 7.3.0 deployed at 13:30),
                         maru-search, ttn-bff
  O4 Mon 26 09:00–09:55  the weekend statistics job on ora-book overruns into Monday morning: CPU saturation on
                         the RAC nodes, slow SQL: jebi-book (loudest, 8.1.0 deployed at 08:40), jebi-ticket,
                         galmaegi-pkg, bueongi-cti, ttn-bff
  O5 Tue 27 13:40–14:35  mq-ticket's issuance queue reaches MAXDEPTH (MQRC_Q_FULL) after a channel cipher change
                         stops the consumer channel: jebi-ticket (loudest, deployed at 13:20), jebi-book,
                         galmaegi-pkg
  O6 Wed 28 11:20–12:15  the GKE node gke-ttnprd-api-5e1d-p3vn runs out of memory (a log agent leaking) and the
                         kubelet evicts pods: kkachi-pay (loudest, 5.4.0 deployed at 11:00), kkachi-pg-gw,
                         kkachi-point, durumi-book, ttn-bff
  O7 Thu 29 21:00–now    the 21:00 타임딜: pg-promo's CPU saturates on sequential scans of coupon_issue (Tuesday's
                         migration V88 left the (deal_id, user_id) index invalid): chamsae-timedeal (loudest,
                         deployed at 20:40), chamsae-coupon, ttn-bff, ttn-web (ongoing)
Confounders: the 10:00 and 21:00 타임딜 spikes every day, lunch and late-evening travel planning, busier weekend
afternoons, the overnight supplier sync (02:00) and BSP settlement (04:30) batches, the 05:00 lake DAGs, the
holiday pre-booking exhibition from Sunday 25; deploys on victims just before O1, O3, O4, O5, O6 and O7; changes
on the roots before O2, O5 and O7; the DR standby WAS `djwas01` in maintenance, the retired `jebi-legacy-web`, the log host `pglog01`'s disk creeping up and the l7-partner certificate expiring on
2027-05-06 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/ota_golden.py) are computed from the files.

    .venv/bin/python bench/ota_estate.py   # rewrites tests/fixtures/travel-ota*
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

NAME = "travel-ota"
NOW = datetime(2027, 4, 29, 12, 20, tzinfo=UTC)  # Thursday 2027-04-29 21:20 KST
START = NOW - timedelta(days=10)  # Monday 2027-04-19 21:20 KST
SEED = 20270429
SITES = {
    "P": "판교IDC",
    "D": "대전DR센터",
    "G": "gcp-asia-ne3",
    "N": "POP-NRT",
    "S": "POP-SIN",
    "L": "POP-LAX",
}
ENVS = {"P": "prod", "S": "stage", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2027-04")

FLIGHT, STAY, PKG, CAR = "항공개발팀", "숙박플랫폼팀", "package-tour", "mobility-rentacar"
PAY, PROMO, CS, REVIEW = "결제팀", "promo-squad", "CS플랫폼팀", "리뷰/UGC팀"
SEARCH, PARTNER, FRONT, DATA = "search-reco", "파트너센터개발팀", "front-platform", "data-platform"
SRE, DBA, NET, SETTLE = "SRE", "DBA팀", "network-infra", "정산팀"
LEGACY = "IDC운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
GKE_API1, GKE_API2, GKE_API3 = (
    "gke-ttnprd-api-5e1d-k2wq",
    "gke-ttnprd-api-5e1d-m8zt",
    "gke-ttnprd-api-5e1d-p3vn",
)
GKE_API4 = "gke-ttnprd-api-9c07-r6xd"
GKE_SRCH1, GKE_SRCH2 = "gke-ttnprd-srch-2b4a-h7kc", "gke-ttnprd-srch-2b4a-t1fe"
GKE_JOB = "gke-ttnprd-job-71c3-w5qa"
GKE_STG, GKE_DEV = "gke-ttnstg-gen-0d9e-b2lm", "gke-ttndev-gen-44f0-c9ux"

# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- front, search, reco
    "ttn-web": ("service", FRONT, "G", "P", [GKE_API2], ["ttn-bff"],
                {"desc": "웹 프론트 (SSR) www.ttona.com", "framework": "Next.js 14.2", "lang": "typescript",
                 "version": "12.7.3", "replicas": 18, "port": 3000}),
    "ttn-bff": ("service", FRONT, "G", "P", [GKE_API1, GKE_API2],
                ["ttn-auth", "maru-search", "jebi-search", "durumi-search", "jebi-book", "durumi-book",
                 "galmaegi-pkg", "bungbung-car", "chamsae-timedeal", "chamsae-coupon", "kkachi-pay",
                 "hugi-review", "maru-reco", "redis-sess"],
                {"desc": "앱/웹 BFF (GraphQL)", "lang": "kotlin", "framework": "Spring Boot 3.2", "version": "21.3.0",
                 "replicas": 36, "port": 8080, "graphql_schema": "v58"}),
    "ttn-auth": ("service", FRONT, "G", "P", [GKE_API1], ["pg-member", "redis-sess"],
                 {"desc": "회원 로그인/토큰 (카카오, 네이버, 애플)", "lang": "kotlin", "version": "6.2.1", "replicas": 12,
                  "token_ttl_min": 30, "port": 8080}),
    "maru-search": ("service", SEARCH, "G", "P", [GKE_API1], ["jebi-search", "durumi-search", "es-stay", "redis-reco"],
                    {"desc": "통합검색 (항공+숙소+패키지 한번에)", "lang": "go", "version": "3.9.0", "replicas": 16,
                     "port": 8080}),
    "maru-reco": ("service", SEARCH, "G", "P", [GKE_SRCH2], ["redis-reco", "bq-dw"],
                  {"desc": "개인화 추천 (이번 연휴 어디가지?)", "lang": "python", "version": "2.14.0", "replicas": 8,
                   "model": "seq-rec v7 (SASRec)", "port": 8000}),
    # ---------------------------------------------------------------- flights (제비)
    "jebi-search": ("service", FLIGHT, "G", "P", [GKE_SRCH1],
                    ["jebi-fare-cache", "cx-amadeus", "cx-sabre", "cx-ndc-ke", "cx-ndc-7c", "cx-ndc-lj"],
                    {"desc": "항공 운임 검색 팬아웃 (GDS + NDC)", "lang": "go", "version": "4.12.0", "replicas": 28,
                     "fanout": 5, "fare_cache_ttl_s": 900, "port": 8080}),
    "jebi-book": ("service", FLIGHT, "P", "P", ["pgwas11", "pgwas12"],
                  ["cx-amadeus", "cx-sabre", "cx-ndc-ke", "cx-ndc-7c", "ora-book", "kkachi-pay", "mq-ticket"],
                  {"desc": "항공 예약 (PNR 생성, 좌석 홀드)", "lang": "java", "framework": "Spring Boot 2.7",
                   "jdk": "OpenJDK 17", "version": "8.1.0", "instances": 4, "port": 8443,
                   "pnr_hold_min": 20}),
    "jebi-ticket": ("service", FLIGHT, "P", "P", ["pgwas12"],
                    ["cx-amadeus", "cx-sabre", "ora-book", "mq-ticket", "gcs-eticket", "ttn-notify"],
                    {"desc": "e-티켓 발권 (TKT 발행, 영수증 PDF)", "lang": "java", "jdk": "OpenJDK 17",
                     "version": "5.6.2", "instances": 2, "port": 8443, "iata_office": "SELK12345"}),
    "cx-amadeus": ("service", FLIGHT, "P", "P", ["pgwas11"], ["redis-gds-sess"],
                   {"desc": "Amadeus Web Services 커넥터 (FXP, PNR_AddMultiElements)", "lang": "java",
                    "version": "3.4.7", "gds": "Amadeus", "pcc": "SELK228AA", "session_pool": 240, "port": 8443}),
    "cx-sabre": ("service", FLIGHT, "P", "P", ["pgwas11"], ["redis-gds-sess"],
                 {"desc": "Sabre SOAP/REST 커넥터 (BargainFinderMax)", "lang": "java", "version": "2.9.1",
                  "gds": "Sabre", "pcc": "K7QF", "session_pool": 120, "port": 8443}),
    "cx-ndc-ke": ("service", FLIGHT, "P", "P", ["pgwas12"], [],
                  {"desc": "대한항공 NDC 커넥터", "lang": "kotlin", "version": "1.8.0", "airline": "KE",
                   "ndc_version": "21.3", "port": 8443}),
    "cx-ndc-7c": ("service", FLIGHT, "G", "P", [GKE_SRCH1], [],
                  {"desc": "제주항공 NDC 커넥터", "lang": "kotlin", "version": "1.3.2", "airline": "7C",
                   "ndc_version": "19.2", "replicas": 6}),
    "cx-ndc-lj": ("service", FLIGHT, "G", "P", [GKE_SRCH1], [],
                  {"desc": "진에어 NDC 커넥터", "lang": "kotlin", "version": "1.1.0", "airline": "LJ",
                   "ndc_version": "19.2", "replicas": 4}),
    # ---------------------------------------------------------------- stays (두루미), extranet
    "durumi-search": ("service", STAY, "G", "P", [GKE_SRCH2], ["es-stay", "durumi-rate-cache"],
                      {"desc": "숙소 검색 (호텔/펜션/리조트, 필터, 지도)", "lang": "kotlin", "version": "7.3.0",
                       "replicas": 24, "port": 8080, "index": "stay-v31"}),
    "durumi-inv": ("service", STAY, "G", "P", [GKE_API4], ["pg-stay", "durumi-rate-cache", "mq-chmgr", "kafka-ttn"],
                   {"desc": "숙소 재고/요금 (객실 타입, 요금 플랜, 잔여 객실)", "lang": "kotlin", "version": "5.0.4",
                    "replicas": 14, "port": 8080, "properties": 48200}),
    "durumi-book": ("service", STAY, "G", "P", [GKE_API4], ["pg-stay", "durumi-inv", "cx-chmgr", "kkachi-pay"],
                    {"desc": "숙소 예약 (확정, 바우처 발급)", "lang": "kotlin", "version": "4.7.2", "replicas": 12,
                     "port": 8080}),
    "cx-chmgr": ("service", STAY, "G", "P", [GKE_API4], ["mq-chmgr"],
                 {"desc": "채널매니저 연동 (산하, 온다, SiteMinder) 재고/요금 수신", "lang": "go", "version": "2.5.1",
                  "replicas": 8, "channel_managers": "산하, 온다, SiteMinder"}),
    "cx-supplier-hb": ("service", STAY, "G", "P", [GKE_API4], ["durumi-rate-cache"],
                       {"desc": "해외 숙소 공급사 연동 (Hotelbeds, Expedia Rapid)", "lang": "go", "version": "1.9.6",
                        "replicas": 6, "suppliers": "Hotelbeds, Expedia Rapid"}),
    "dungji-extranet": ("service", PARTNER, "P", "P", ["pgwas13"], ["pg-stay", "durumi-inv", "redis-sess"],
                        {"desc": "숙소 파트너센터 (요금/재고 입력, 정산 조회)", "lang": "java",
                         "framework": "Spring MVC 5.3", "version": "3.22.0", "instances": 2, "partners": 21400,
                         "url": "partner.ttona.com"}),
    # ---------------------------------------------------------------- packages, rental cars
    "galmaegi-pkg": ("service", PKG, "P", "P", ["pgwas14"], ["ora-book", "jebi-book", "durumi-book", "kkachi-pay"],
                     {"desc": "패키지/에어텔 상품 및 예약", "lang": "java", "version": "6.0.9", "instances": 2,
                      "products": 3180, "port": 8443}),
    "bungbung-car": ("service", CAR, "G", "P", [GKE_API4], ["mysql-car", "cx-rentcar", "kkachi-pay"],
                     {"desc": "렌터카 (제주 렌터카 실시간 예약)", "lang": "typescript", "framework": "NestJS 10",
                      "version": "2.3.4", "replicas": 6}),
    "cx-rentcar": ("service", CAR, "G", "P", [GKE_API4], [],
                   {"desc": "렌터카 업체 연동 (롯데렌터카, SK렌터카, 제주 로컬 업체)", "lang": "go", "version": "1.2.0",
                    "replicas": 3, "vendors": 142}),
    # ---------------------------------------------------------------- payments (까치), cancel/refund
    "kkachi-pay": ("service", PAY, "G", "P", [GKE_API3],
                   ["kkachi-pg-gw", "kkachi-point", "ora-pay", "redis-pay-idem", "kafka-ttn"],
                   {"desc": "결제 오케스트레이션 (카드, 간편결제, 포인트 복합결제)", "lang": "java",
                    "framework": "Spring Boot 3.2", "version": "5.4.0", "replicas": 16, "port": 8080}),
    "kkachi-pg-gw": ("service", PAY, "G", "P", [GKE_API3], ["ora-pay"],
                     {"desc": "PG 게이트웨이 (KG이니시스, 토스페이먼츠, NICE페이)", "lang": "java", "version": "3.1.5",
                      "replicas": 8, "pg_providers": "KG이니시스, 토스페이먼츠, NICE페이", "timeout_ms": 15000}),
    "kkachi-point": ("service", PAY, "G", "P", [GKE_API3], ["ora-pay"],
                     {"desc": "떠나포인트/항공 마일리지 적립·사용", "lang": "kotlin", "version": "2.2.0", "replicas": 6,
                      "point_krw": 1}),
    "kkachi-refund": ("service", PAY, "P", "P", ["pgwas14"], ["kkachi-pg-gw", "ora-pay", "mq-refund"],
                      {"desc": "환불 처리 (부분취소, 수수료 계산)", "lang": "java", "version": "1.11.3", "instances": 2}),
    "chwiso-hub": ("service", PAY, "P", "P", ["pgwas14"], ["jebi-book", "durumi-book", "kkachi-refund"],
                   {"desc": "취소 허브 (항공 VOID/환불, 숙소 취소 규정)", "lang": "java", "version": "2.4.1",
                    "instances": 2, "void_window_h": 24}),
    # ---------------------------------------------------------------- promotions (참새)
    "chamsae-coupon": ("service", PROMO, "G", "P", [GKE_API2], ["redis-coupon", "pg-promo"],
                       {"desc": "쿠폰 발급/사용 (선착순 쿠폰)", "lang": "go", "version": "3.3.1", "replicas": 14,
                        "port": 8080}),
    "chamsae-timedeal": ("service", PROMO, "G", "P", [GKE_API2], ["redis-coupon", "pg-promo", "chamsae-coupon", "kafka-ttn"],
                         {"desc": "타임딜/특가 (매일 10시, 21시 오픈)", "lang": "go", "version": "2.8.0", "replicas": 20,
                          "open_times": "10:00, 21:00", "port": 8080}),
    # ---------------------------------------------------------------- CS (부엉이), reviews, notify
    "bueongi-chat": ("service", CS, "G", "P", [GKE_API4], ["mongo-cs", "jebi-book", "durumi-book", "chwiso-hub"],
                     {"desc": "CS 채팅 상담 (챗봇 + 상담사)", "lang": "typescript", "version": "4.0.2", "replicas": 6,
                      "agents": 180, "bot": "LLM 상담봇 v3"}),
    "bueongi-cti": ("service", CS, "P", "P", ["pgwas13"], ["ora-book", "mongo-cs"],
                    {"desc": "콜센터 CTI (대표번호 1588-xxxx, 상담 이력)", "product": "Genesys Engage 8.5",
                     "version": "8.5.1", "seats": 220, "hours": "09:00-18:00"}),
    "hugi-review": ("service", REVIEW, "G", "P", [GKE_SRCH2], ["mongo-review"],
                    {"desc": "숙소/항공 후기, 평점", "lang": "kotlin", "version": "2.6.0", "replicas": 6,
                     "reviews_million": 8.4}),
    "ttn-notify": ("service", SRE, "G", "P", [GKE_JOB], ["pubsub-notify"],
                   {"desc": "알림 발송 (카카오 알림톡, SMS, 앱푸시)", "lang": "go", "version": "1.15.0", "replicas": 6,
                    "channels": "알림톡, SMS, FCM/APNs"}),
    # ---------------------------------------------------------------- data, batches, ops
    "nuri-ingest": ("service", DATA, "G", "P", [GKE_JOB], ["kafka-ttn", "gcs-lake"],
                    {"desc": "클릭스트림/예약 이벤트 적재 (Kafka → GCS Iceberg)", "product": "Flink 1.18",
                     "version": "0.9.2", "replicas": 4}),
    "nuri-airflow": ("service", DATA, "G", "P", [GKE_JOB], ["bq-dw", "gcs-lake"],
                     {"desc": "데이터 파이프라인 스케줄러 (매출/전환율 마트)", "product": "Cloud Composer 2 (Airflow 2.7)",
                      "dags": 214}),
    "supplier_sync_bat": ("service", STAY, "P", "P", ["pgbat01"], ["cx-supplier-hb", "cx-chmgr", "pg-stay"],
                          {"desc": "공급사 요금/재고 전체 동기화 야간 배치", "product": "Spring Batch 4.3",
                           "schedule": "매일 02:00", "jdk": "OpenJDK 11"}),
    "bsp_settle_bat": ("service", SETTLE, "P", "P", ["pgbat01"], ["ora-book", "nas-pg01"],
                       {"desc": "BSP 항공 정산 배치 (HOT 파일 대사)", "product": "Spring Batch 3.0",
                        "schedule": "평일 04:30", "jdk": "OpenJDK 8", "bsp": "BSP Korea"}),
    "ttn-watch": ("service", SRE, "G", "P", [GKE_JOB], [],
                  {"desc": "모니터링 (메트릭, 알림)", "product": "Prometheus 2.51 + Grafana 10.4", "replicas": 3}),
    # ---------------------------------------------------------------- staging, qa, dev, retired
    "jebi-search-stg": ("service", FLIGHT, "G", "S", [GKE_STG], [],
                        {"desc": "항공 검색 (스테이지)", "version": "4.13.0-rc2", "replicas": 2}),
    "jebi-book-stg": ("service", FLIGHT, "P", "S", ["pgwas91"], ["ora-book-stg"],
                      {"desc": "항공 예약 (스테이지, GDS 테스트 PCC)", "version": "8.2.0-rc1", "instances": 1}),
    "durumi-inv-stg": ("service", STAY, "G", "S", [GKE_STG], ["pg-stay-stg"],
                       {"desc": "숙소 재고 (스테이지)", "version": "5.1.0-rc1", "replicas": 2}),
    "chamsae-timedeal-stg": ("service", PROMO, "G", "S", [GKE_STG], ["redis-coupon-stg"],
                             {"desc": "타임딜 (스테이지)", "version": "2.9.0-rc3", "replicas": 2}),
    "kkachi-pay-qa": ("service", PAY, "G", "Q", [GKE_STG], [],
                      {"desc": "결제 (QA, PG 테스트 상점)", "version": "5.5.0-beta1", "replicas": 1}),
    "ttn-bff-dev": ("service", FRONT, "G", "D", [GKE_DEV], [],
                    {"desc": "BFF (개발)", "version": "21.4.0-SNAPSHOT", "replicas": 1}),
    "bueongi-chat-dev": ("service", CS, "G", "D", [GKE_DEV], [],
                         {"desc": "CS 채팅 (개발)", "version": "4.1.0-SNAPSHOT", "replicas": 1}),
    "jebi-legacy-web": ("service", FLIGHT, "P", "P", [], [],
                        {"desc": "구 항공 예약 웹 (ASP.NET, 2026년 jebi-book으로 대체)", "version": "2.31",
                         "decommissioned": "2026-10-31"}),
    # ---------------------------------------------------------------- databases
    "ora-book": ("database", DBA, "P", "P", ["pgdb01", "pgdb02"], [],
                 {"engine": "oracle", "version": "Oracle 19c (19.21) RAC", "nodes": 2, "sid": "TTNBK",
                  "port": 1521, "size_tb": 6.8, "dataguard_standby": "ora-book-dr",
                  "desc": "예약 원장 (항공 PNR, 패키지, CS 이력)"}),
    "ora-pay": ("database", DBA, "P", "P", ["pgdb03"], [],
                {"engine": "oracle", "version": "Oracle 19c (19.21)", "sid": "TTNPAY", "port": 1521, "size_tb": 2.1,
                 "tde": True, "desc": "결제/포인트 원장"}),
    "ora-book-dr": ("database", DBA, "D", "P", ["djdb01"], [],
                    {"engine": "oracle", "version": "Oracle 19c (19.21)", "sid": "TTNBKDR", "port": 1521,
                     "role": "physical standby (Data Guard, MaxPerformance)", "desc": "예약 원장 DR 스탠바이"}),
    "ora-book-stg": ("database", DBA, "P", "S", ["pgwas91"], [],
                     {"engine": "oracle", "version": "Oracle 19c (19.21)", "sid": "TTNBKS", "port": 1521}),
    "pg-stay": ("database", DBA, "G", "P", [], [],
                {"engine": "postgresql", "product": "Cloud SQL for PostgreSQL 15", "tier": "db-custom-32-122880",
                 "max_connections": 2000, "read_replicas": 3, "port": 5432, "desc": "숙소 재고/요금/예약"}),
    "pg-promo": ("database", PROMO, "G", "P", [], [],
                 {"engine": "postgresql", "product": "Cloud SQL for PostgreSQL 15", "tier": "db-custom-16-65536",
                  "max_connections": 1000, "read_replicas": 1, "port": 5432, "schema_version": "V88",
                  "desc": "쿠폰/타임딜 재고, 발급 이력"}),
    "pg-member": ("database", DBA, "G", "P", [], [],
                  {"engine": "postgresql", "product": "Cloud SQL for PostgreSQL 15", "tier": "db-custom-8-32768",
                   "max_connections": 800, "port": 5432, "desc": "회원, 약관 동의"}),
    "mysql-car": ("database", CAR, "G", "P", [], [],
                  {"engine": "mysql", "product": "Cloud SQL for MySQL 8.0", "tier": "db-custom-4-16384",
                   "port": 3306, "desc": "렌터카 차량/예약"}),
    "es-stay": ("database", SEARCH, "G", "P", ["gce-es-stay-01", "gce-es-stay-02"], [],
                {"engine": "elasticsearch", "version": "8.13.2", "data_nodes": 2, "heap_gb": 31, "port": 9200,
                 "analyzer": "nori", "docs_million": 5.6, "desc": "숙소 검색 인덱스 (stay-v31)"}),
    "mongo-cs": ("database", CS, "G", "P", ["gce-mongo-01"], [],
                 {"engine": "mongodb", "version": "6.0.14", "port": 27017, "size_gb": 740, "desc": "상담 이력, 채팅 로그"}),
    "mongo-review": ("database", REVIEW, "G", "P", ["gce-mongo-02"], [],
                     {"engine": "mongodb", "version": "6.0.14", "port": 27017, "size_gb": 1260, "desc": "후기, 사진 메타"}),
    "bq-dw": ("database", DATA, "G", "P", [], [],
              {"engine": "bigquery", "product": "BigQuery (Enterprise edition)", "slots": 2000, "dataset": "ttn_mart",
               "desc": "데이터 웨어하우스"}),
    "pg-stay-stg": ("database", DBA, "G", "S", [], [],
                    {"engine": "postgresql", "product": "Cloud SQL for PostgreSQL 15", "tier": "db-custom-2-7680",
                     "port": 5432}),
    # ---------------------------------------------------------------- caches
    "jebi-fare-cache": ("cache", FLIGHT, "G", "P", [], [],
                        {"engine": "redis", "product": "Memorystore for Redis Cluster 7.2", "shards": 6,
                         "maxmemory_gb": 78, "eviction_policy": "allkeys-lru", "port": 6379, "desc": "항공 운임 캐시"}),
    "durumi-rate-cache": ("cache", STAY, "G", "P", [], [],
                          {"engine": "redis", "product": "Memorystore for Redis 7.2", "maxmemory_gb": 52,
                           "port": 6379, "desc": "숙소 요금/잔여객실 캐시"}),
    "redis-gds-sess": ("cache", FLIGHT, "P", "P", ["pgmq01"], [],
                       {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 8, "port": 6379,
                        "desc": "GDS 세션 풀 토큰"}),
    "redis-coupon": ("cache", PROMO, "G", "P", [], [],
                     {"engine": "redis", "product": "Memorystore for Redis 7.2", "maxmemory_gb": 26, "port": 6379,
                      "desc": "선착순 쿠폰 카운터, 타임딜 재고"}),
    "redis-sess": ("cache", SRE, "G", "P", [], [],
                   {"engine": "redis", "product": "Memorystore for Redis 7.2", "maxmemory_gb": 13, "port": 6379,
                    "desc": "세션"}),
    "redis-pay-idem": ("cache", PAY, "G", "P", [], [],
                       {"engine": "redis", "product": "Memorystore for Redis 7.2", "maxmemory_gb": 5, "port": 6379,
                        "desc": "결제 멱등키"}),
    "redis-reco": ("cache", SEARCH, "G", "P", [], [],
                   {"engine": "valkey", "product": "Memorystore for Valkey 7.2", "maxmemory_gb": 26, "port": 6379,
                    "desc": "추천 후보, 인기 검색어"}),
    "redis-coupon-stg": ("cache", PROMO, "G", "S", [], [],
                         {"engine": "redis", "product": "Memorystore for Redis 7.2", "maxmemory_gb": 1, "port": 6379}),
    # ---------------------------------------------------------------- queues
    "kafka-ttn": ("queue", DATA, "G", "P", ["gce-kafka-01", "gce-kafka-02", "gce-kafka-03"], [],
                  {"product": "Apache Kafka 3.6.1 (KRaft)", "brokers": 3, "topics": 96, "min_insync_replicas": 2,
                   "port": 9092, "desc": "예약/결제/클릭 이벤트"}),
    "mq-ticket": ("queue", FLIGHT, "P", "P", ["pgmq01"], [],
                  {"product": "IBM MQ 9.3.0.15", "queue_manager": "QM_TTNTKT", "max_depth": 50000, "port": 1414,
                   "desc": "발권 요청 큐 (TKT.ISSUE.REQ)"}),
    "mq-chmgr": ("queue", STAY, "G", "P", ["gce-rmq-01"], [],
                 {"product": "RabbitMQ 3.12.14", "nodes": 1, "disk_free_limit_gb": 8, "queue_mode": "lazy",
                  "port": 5672, "desc": "채널매니저 요금/재고 메시지"}),
    "mq-refund": ("queue", PAY, "G", "P", ["gce-rmq-01"], [],
                  {"product": "RabbitMQ 3.12.14", "nodes": 1, "port": 5672, "desc": "환불 요청 큐"}),
    "pubsub-notify": ("queue", SRE, "G", "P", [], [],
                      {"product": "Google Cloud Pub/Sub", "topics": 9, "desc": "알림 발송 토픽"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "gclb-ttn": ("G", SRE, ["ttn-web", "ttn-bff"],
                 {"vendor": "Google", "model": "Global external Application LB", "endpoint": "www.ttona.com",
                  "cert_expiry": "2027-11-18", "cloud_armor": "ttn-waf-policy"}),
    "l4-pg-a10": ("P", NET, ["jebi-book", "jebi-ticket", "galmaegi-pkg", "chwiso-hub", "bueongi-cti"],
                  {"vendor": "A10 Networks", "model": "Thunder 3350S", "vip": "10.21.0.40", "firmware": "ACOS 5.2.1-P8"}),
    "l7-partner": ("P", PARTNER, ["dungji-extranet"],
                   {"vendor": "F5", "model": "BIG-IP i5800", "endpoint": "partner.ttona.com",
                    "cert_expiry": "2027-05-06", "cert_issuer": "DigiCert (수동 갱신)"}),
    "l4-dj-a10": ("D", NET, [],
                  {"vendor": "A10 Networks", "model": "Thunder 1040S", "vip": "10.41.0.40", "firmware": "ACOS 5.2.1-P8",
                   "desc": "DR 전환 시 활성"}),
    "pop-nrt": ("N", SRE, ["gclb-ttn"],
                {"vendor": "Fastly", "model": "Compute@Edge POP", "pop_code": "NRT", "desc": "일본 출발/현지 사용자"}),
    "pop-sin": ("S", SRE, ["gclb-ttn"],
                {"vendor": "Fastly", "model": "Compute@Edge POP", "pop_code": "SIN", "desc": "동남아 현지 사용자"}),
    "pop-lax": ("L", SRE, ["gclb-ttn"],
                {"vendor": "Fastly", "model": "Compute@Edge POP", "pop_code": "LAX", "desc": "미주 사용자"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "gcs-lake": ("G", DATA, {"vendor": "Google", "model": "GCS (Iceberg)", "quota_tb": 900, "desc": "데이터레이크"}, []),
    "gcs-eticket": ("G", FLIGHT, {"vendor": "Google", "model": "GCS Standard", "quota_tb": 40,
                                  "retention_years": 5, "desc": "e-티켓/영수증 PDF"}, []),
    "gcs-media": ("G", STAY, {"vendor": "Google", "model": "GCS + Cloud CDN", "quota_tb": 260,
                              "desc": "숙소 사진, 리뷰 사진"}, []),
    "nas-pg01": ("P", LEGACY, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 120, "ontap": "9.13.1P7",
                               "desc": "BSP HOT 파일, 정산 파일, 계약서"}, ["pgbat01", "pgwas13", "pgwas14"]),
    "nas-dj01": ("D", LEGACY, {"vendor": "NetApp", "model": "AFF A250", "capacity_tb": 80, "ontap": "9.13.1P7",
                               "desc": "DR 복제본 (SnapMirror)"}, ["djwas01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 판교IDC
    "pgwas11": ("P", "P", "vm", {"role": "항공 예약/GDS 커넥터 WAS", "rack": "A07"}),
    "pgwas12": ("P", "P", "vm", {"role": "항공 예약/발권 WAS", "rack": "A07"}),
    "pgwas13": ("P", "P", "vm", {"role": "파트너센터/CTI WAS", "rack": "A08"}),
    "pgwas14": ("P", "P", "vm", {"role": "패키지/취소/환불 WAS", "rack": "A08"}),
    "pgbat01": ("P", "P", "vm", {"role": "야간 배치 (공급사 동기화, BSP 정산)", "rack": "A09"}),
    "pgdb01": ("P", "P", "bare", {"role": "ora-book RAC node 1", "model": "Dell PowerEdge R760", "rack": "B02"}),
    "pgdb02": ("P", "P", "bare", {"role": "ora-book RAC node 2", "model": "Dell PowerEdge R760", "rack": "B02"}),
    "pgdb03": ("P", "P", "bare", {"role": "ora-pay", "model": "Dell PowerEdge R760", "rack": "B03"}),
    "pgmq01": ("P", "P", "vm", {"role": "IBM MQ, GDS 세션 Redis", "rack": "A09"}),
    "pglog01": ("P", "P", "bare", {"role": "로그 수집 (ELK)", "model": "HPE ProLiant DL380 Gen11", "rack": "C01"}),
    "pgmgt01": ("P", "P", "vm", {"role": "배포/점프 호스트 (Jenkins agent)", "rack": "C01"}),
    "pgwas91": ("P", "S", "vm", {"role": "스테이지 WAS + 스테이지 Oracle", "rack": "C04"}),
    # 대전DR센터
    "djdb01": ("D", "P", "bare", {"role": "ora-book Data Guard standby", "model": "Dell PowerEdge R750", "rack": "D01"}),
    "djwas01": ("D", "P", "vm", {"role": "DR 대기 WAS (펌웨어 점검 중)", "rack": "D02"}),
    # gcp-asia-ne3: GKE
    GKE_API1: ("G", "P", "gke", {"node_pool": "api", "machine_type": "n2-standard-16", "zone": "asia-northeast3-a"}),
    GKE_API2: ("G", "P", "gke", {"node_pool": "api", "machine_type": "n2-standard-16", "zone": "asia-northeast3-b"}),
    GKE_API3: ("G", "P", "gke", {"node_pool": "api", "machine_type": "n2-standard-16", "zone": "asia-northeast3-c"}),
    GKE_API4: ("G", "P", "gke", {"node_pool": "api-b", "machine_type": "n2-highmem-16", "zone": "asia-northeast3-a"}),
    GKE_SRCH1: ("G", "P", "gke", {"node_pool": "search", "machine_type": "c3-standard-22", "zone": "asia-northeast3-b"}),
    GKE_SRCH2: ("G", "P", "gke", {"node_pool": "search", "machine_type": "c3-standard-22", "zone": "asia-northeast3-c"}),
    GKE_JOB: ("G", "P", "gke", {"node_pool": "job", "machine_type": "e2-standard-8", "zone": "asia-northeast3-a"}),
    GKE_STG: ("G", "S", "gke", {"node_pool": "general", "machine_type": "e2-standard-8", "zone": "asia-northeast3-a"}),
    GKE_DEV: ("G", "D", "gke", {"node_pool": "general", "machine_type": "e2-standard-4", "zone": "asia-northeast3-b"}),
    # gcp-asia-ne3: GCE
    "gce-es-stay-01": ("G", "P", "gce", {"role": "Elasticsearch data/master", "machine_type": "n2-highmem-8",
                                         "zone": "asia-northeast3-a"}),
    "gce-es-stay-02": ("G", "P", "gce", {"role": "Elasticsearch data/master", "machine_type": "n2-highmem-8",
                                         "zone": "asia-northeast3-b"}),
    "gce-kafka-01": ("G", "P", "gce", {"role": "Kafka broker 1", "machine_type": "n2-standard-8", "zone": "asia-northeast3-a"}),
    "gce-kafka-02": ("G", "P", "gce", {"role": "Kafka broker 2", "machine_type": "n2-standard-8", "zone": "asia-northeast3-b"}),
    "gce-kafka-03": ("G", "P", "gce", {"role": "Kafka broker 3", "machine_type": "n2-standard-8", "zone": "asia-northeast3-c"}),
    "gce-rmq-01": ("G", "P", "gce", {"role": "RabbitMQ (채널매니저, 환불)", "machine_type": "n2-standard-4",
                                     "zone": "asia-northeast3-a", "data_disk_gb": 200}),
    "gce-mongo-01": ("G", "P", "gce", {"role": "mongod mongo-cs", "machine_type": "n2-highmem-4", "zone": "asia-northeast3-b"}),
    "gce-mongo-02": ("G", "P", "gce", {"role": "mongod mongo-review", "machine_type": "n2-highmem-4",
                                       "zone": "asia-northeast3-c"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "pg-core-sw": ("P", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "pg-fw": ("P", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5430", "firmware": "PAN-OS 11.1.2"}),
    "ic-pg-gcp": ("P", {"device": "cloud interconnect", "vendor": "Google", "model": "Dedicated Interconnect 2x10G (KINX)",
                        "vlan_attachments": 2, "desc": "판교IDC ↔ GCP 서울 전용 회선"}),
    "dj-replink": ("D", {"device": "dr replication link", "vendor": "KT", "model": "Kornet 전용회선 1G",
                         "circuit": "KT-DJ-88214", "desc": "판교 ↔ 대전 DR 복제 회선"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("pg-fw", "pg-core-sw"),
    ("ic-pg-gcp", "pg-fw"),
    ("dj-replink", "pg-core-sw"),
    ("jebi-search", "ic-pg-gcp"),
    ("kkachi-pay", "ic-pg-gcp"),
    ("ora-book", "dj-replink"),
    ("ora-book", "ora-book-dr"),
    ("l4-dj-a10", "djwas01"),
]
# fmt: on
STATUS = {"djwas01": "maintenance", "jebi-legacy-web": "retired"}
NET_PREFIX = {"P": "10.21", "D": "10.41", "G": "10.128"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "O1",
        "kind": "cache_eviction_storm",
        "root": "jebi-fare-cache",
        "description": "at Tuesday's 10:00 타임딜 (제주 항공권 특가) jebi-fare-cache reaches maxmemory and evicts the"
        " fare keys under allkeys-lru: every fare search misses and fans out to the GDSs and NDC APIs, jebi-search"
        " (redeployed at 09:35) slows and fails (loudest), maru-search, ttn-bff and ttn-web follow, until the cache"
        " is scaled out and the TTL shortened",
        "start": kst(20, 10, 0),
        "end": kst(20, 10, 55),
        "affected": ["jebi-fare-cache", "jebi-search", "maru-search", "ttn-bff", "ttn-web"],
    },
    {
        "id": "O2",
        "kind": "queue_disk_alarm",
        "root": "mq-chmgr",
        "description": "in the small hours of Saturday the overnight full rate sync fills the data disk of"
        " mq-chmgr's node (its queues were switched to lazy mode on Friday, paging every message to disk): the"
        " RabbitMQ disk alarm blocks publishers, cx-chmgr cannot take rate/availability updates (loudest),"
        " durumi-inv goes stale, supplier_sync_bat fails and the partner extranet's inventory saves time out,"
        " until the sync backlog is purged and the disk grown",
        "start": kst(24, 2, 10),
        "end": kst(24, 3, 5),
        "affected": ["mq-chmgr", "cx-chmgr", "durumi-inv", "supplier_sync_bat", "dungji-extranet"],
    },
    {
        "id": "O3",
        "kind": "search_circuit_breaker",
        "root": "es-stay",
        "description": "on Sunday afternoon, with holiday stay searches at their peak, es-stay's data nodes trip"
        " the parent circuit breaker (heap) on the new holiday-facet terms aggregation: durumi-search (deployed at"
        " 13:30 with the facet) fails (loudest), maru-search and ttn-bff follow, until the facet is switched off"
        " and the breaker limit tuned",
        "start": kst(25, 14, 0),
        "end": kst(25, 14, 55),
        "affected": ["es-stay", "durumi-search", "maru-search", "ttn-bff"],
    },
    {
        "id": "O4",
        "kind": "db_cpu_saturation",
        "root": "ora-book",
        "description": "on Monday morning the weekend statistics-gathering job of ora-book overruns into business"
        " hours: both RAC nodes saturate their CPUs and the booking SQL slows: jebi-book (redeployed at 08:40)"
        " times out on PNR saves (loudest), jebi-ticket, galmaegi-pkg and the call centre's bueongi-cti follow,"
        " ttn-bff's booking calls fail, until the job is killed",
        "start": kst(26, 9, 0),
        "end": kst(26, 9, 55),
        "affected": ["ora-book", "jebi-book", "jebi-ticket", "galmaegi-pkg", "bueongi-cti", "ttn-bff"],
    },
    {
        "id": "O5",
        "kind": "queue_full",
        "root": "mq-ticket",
        "description": "on Tuesday after lunch a cipher change on mq-ticket's consumer channel stops it: the"
        " issuance queue TKT.ISSUE.REQ reaches MAXDEPTH and puts fail (MQRC_Q_FULL): jebi-ticket (redeployed at"
        " 13:20) cannot issue e-tickets (loudest), jebi-book and galmaegi-pkg fail on confirmation, until the"
        " channel's cipher spec is reverted",
        "start": kst(27, 13, 40),
        "end": kst(27, 14, 35),
        "affected": ["mq-ticket", "jebi-ticket", "jebi-book", "galmaegi-pkg"],
    },
    {
        "id": "O6",
        "kind": "node_memory_pressure",
        "root": GKE_API3,
        "description": "on Wednesday before lunch the GKE node gke-ttnprd-api-5e1d-p3vn runs out of memory (the"
        " log agent DaemonSet leaking) and the kubelet evicts pods: kkachi-pay (redeployed at 11:00) fails"
        " payments (loudest), kkachi-pg-gw and kkachi-point restart, durumi-book and ttn-bff fail at checkout,"
        " until the node is cordoned and drained",
        "start": kst(28, 11, 20),
        "end": kst(28, 12, 15),
        "affected": [GKE_API3, "kkachi-pay", "kkachi-pg-gw", "kkachi-point", "durumi-book", "ttn-bff"],
    },
    {
        "id": "O7",
        "kind": "db_cpu_saturation",
        "root": "pg-promo",
        "description": "at Thursday's 21:00 타임딜 pg-promo's CPU saturates: Tuesday's migration V88 left the"
        " (deal_id, user_id) index of coupon_issue invalid and every issuance check scans the table;"
        " chamsae-timedeal (redeployed at 20:40) fails (loudest), chamsae-coupon, ttn-bff and ttn-web follow"
        " (ongoing)",
        "start": kst(29, 21, 0),
        "end": None,
        "affected": ["pg-promo", "chamsae-timedeal", "chamsae-coupon", "ttn-bff", "ttn-web"],
    },
]
O1, O2, O3, O4, O5, O6, O7 = INCIDENTS
HOLIDAY_EXPO = kst(25, 10, 0)  # 5월 황금연휴 사전예약 기획전 opens


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 32, 'D': 52}[env]) + i // 9}.{21 + (i * 37) % 200}"
        }
        if kind == "gke":
            attrs |= {
                "cluster": h.split("-")[1],
                "os": "Container-Optimized OS 113",
                "kubelet": "v1.29.6-gke.1038000",
                "instance_id": str(rng.randrange(10**18, 10**19)),
            }
        elif kind == "gce":
            attrs |= {"os": rng.choice(["Rocky Linux 9.3", "Ubuntu 22.04 LTS"]),
                      "instance_id": str(rng.randrange(10**18, 10**19))}  # fmt: skip
            owner = DBA if "mongo" in h or "es-" in h else DATA
        elif kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.9", "Rocky Linux 8.9"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2"}  # fmt: skip
            owner = LEGACY
        else:  # bare metal
            attrs |= {"os": rng.choice(["Oracle Linux 8.9", "RHEL 8.9"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([384, 512, 768]),
                      "serial": f"{rng.choice(['CN7', 'SGH', '9VX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = DBA if h.startswith(("pgdb", "djdb")) else LEGACY
        if h == "gce-rmq-01":
            owner = STAY
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


def _deal(h: float) -> float:
    """The 10:00 and 21:00 타임딜: a sharp rise just before the opening, a fast decay after."""
    v = 0.0
    for at in (10.0, 21.0):
        if at - 0.15 <= h < at:
            v = max(v, math.exp(-(((at - h) / 0.06) ** 2)))
        elif at <= h < at + 3:
            v = max(v, math.exp(-(h - at) / 0.4))
    return v


def _shopper(ts: datetime) -> float:
    """Travellers: commute browsing, lunch, the late-evening planning peak, the deal openings; weekend
    afternoons and the holiday pre-booking exhibition (from Sunday 25) are busier."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.07 + 0.12 * (1 if h >= 7 or h < 1 else 0)
    v += 0.1 * _bump(h, 8.5, 0.8) + 0.17 * _bump(h, 12.5, 0.8) + 0.3 * _bump(h, 22.0, 1.5)
    if loc.weekday() >= 5:
        v += 0.2 * _bump(h, 15.0, 2.5)
    v += 0.25 * _deal(h)
    if ts >= HOLIDAY_EXPO:
        v += 0.06
    return max(0.05, min(1.0, v))


def _promo(ts: datetime) -> float:
    v = 0.05 + 0.2 * _shopper(ts) + 0.8 * _deal(seoul_hour(ts))
    return max(0.05, min(1.0, v))


def _booking(ts: datetime) -> float:
    """Bookings and payments follow the shoppers, with business hours for the corporate and package desks."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.75 * _shopper(ts) + (0.12 if loc.weekday() < 5 and 9 <= h < 18 else 0)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.12 + 0.05 * _bump(h, 14, 3)
    return 0.12 + 0.55 * (1 if 9 <= h < 18 else 0) + 0.12 * _bump(h, 10, 1.5)


def _chat(ts: datetime) -> float:
    h = seoul_hour(ts)
    v = 0.1 + 0.3 * (1 if 9 <= h < 24 else 0) + 0.2 * _bump(h, 21.5, 1.5)
    return max(0.05, min(1.0, v))


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    if 2 <= h < 3.75:
        return 0.9
    if 4.5 <= h < 5.25 and _local(ts).weekday() < 5:
        return 0.7
    return 0.12 + 0.2 * _office(ts)


def _lake(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.3 + 0.5 * _bump(h, 5.3, 0.6) + 0.2 * _shopper(ts)


def _steady(ts: datetime) -> float:
    return 0.5


SHOPPER = {
    "ttn-web", "ttn-bff", "ttn-auth", "maru-search", "maru-reco", "jebi-search", "jebi-fare-cache", "cx-amadeus",
    "cx-sabre", "cx-ndc-ke", "cx-ndc-7c", "cx-ndc-lj", "durumi-search", "durumi-inv", "durumi-rate-cache",
    "es-stay", "hugi-review", "mongo-review", "redis-sess", "redis-reco", "redis-gds-sess", "pg-member",
    "gclb-ttn", "pop-nrt", "pop-sin", "pop-lax", "gcs-media", "ic-pg-gcp",
    GKE_API1, GKE_API2, GKE_API4, GKE_SRCH1, GKE_SRCH2, "gce-es-stay-01", "gce-es-stay-02", "gce-mongo-02",
    "pgwas11",
}  # fmt: skip
PROMO_SIDE = {"chamsae-coupon", "chamsae-timedeal", "redis-coupon", "pg-promo"}
BOOKING = {
    "jebi-book", "jebi-ticket", "durumi-book", "galmaegi-pkg", "bungbung-car", "cx-rentcar", "mysql-car",
    "kkachi-pay", "kkachi-pg-gw", "kkachi-point", "kkachi-refund", "chwiso-hub", "ora-book", "ora-pay",
    "redis-pay-idem", "mq-ticket", "mq-refund", "ttn-notify", "pubsub-notify", "gcs-eticket", "pg-stay",
    "kafka-ttn", "l4-pg-a10", GKE_API3, "pgwas12", "pgwas14", "pgdb01", "pgdb02", "pgdb03", "pgmq01",
    "gce-kafka-01", "gce-kafka-02", "gce-kafka-03", "ora-book-dr", "djdb01", "dj-replink", "pg-core-sw", "pg-fw",
}  # fmt: skip
OFFICE = {"dungji-extranet", "bueongi-cti", "l7-partner", "pgwas13", "pgmgt01", "nas-pg01", "nas-dj01",
          "l4-dj-a10", "pglog01"}  # fmt: skip
CHAT = {"bueongi-chat", "mongo-cs", "gce-mongo-01"}
BATCH = {
    "supplier_sync_bat",
    "bsp_settle_bat",
    "pgbat01",
    "cx-chmgr",
    "cx-supplier-hb",
    "mq-chmgr",
    "gce-rmq-01",
}
LAKE = {"nuri-ingest", "nuri-airflow", "gcs-lake", "bq-dw", GKE_JOB, "ttn-watch"}


def _load(name: str):
    for group, shape in (
        (PROMO_SIDE, _promo),
        (SHOPPER, _shopper),
        (BOOKING, _booking),
        (OFFICE, _office),
        (CHAT, _chat),
        (BATCH, _batch),
        (LAKE, _lake),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "O1": {0: (6.0, 3.0), 1: (4.5, 14.0), 2: (2.2, 7.0), 3: (1.5, 4.0)},
    "O2": {0: (5.0, 9.0), 1: (3.5, 16.0), 2: (2.5, 9.0)},
    "O3": {0: (9.0, 6.0), 1: (4.0, 15.0), 2: (2.0, 6.5)},
    "O4": {0: (11.0, 4.0), 1: (4.0, 12.0), 2: (1.8, 5.5)},
    "O5": {0: (3.0, 12.0), 1: (3.0, 13.0), 2: (1.9, 6.0)},
    "O6": {1: (3.0, 15.0), 2: (1.8, 6.5)},
    "O7": {0: (12.0, 5.0), 1: (4.5, 14.0), 2: (2.0, 6.0), 3: (1.4, 3.5)},
}
EFFECT_OVERRIDE = {
    ("O1", "jebi-search"): (5.0, 24.0),
    ("O2", "cx-chmgr"): (3.0, 31.0),
    ("O2", "supplier_sync_bat"): (2.0, 22.0),
    ("O3", "durumi-search"): (5.5, 28.0),
    ("O4", "jebi-book"): (5.0, 23.0),
    ("O5", "jebi-ticket"): (3.5, 34.0),
    ("O6", "kkachi-pay"): (3.5, 26.0),
    ("O7", "chamsae-timedeal"): (5.0, 32.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "pgwas11", "pgwas12", "pgwas13", "pgwas14", "pgbat01", "pgdb01", "pgdb02", "pgdb03", "pgmq01", "pglog01",
    "pgmgt01", "djdb01", "djwas01", "gce-es-stay-01", "gce-es-stay-02", "gce-kafka-01", "gce-kafka-02",
    "gce-kafka-03", "gce-rmq-01", "gce-mongo-01", "gce-mongo-02",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _rmq_disk(ts: datetime, base: float) -> float:
    """gce-rmq-01's data disk: lazy queues from Friday 17:00 page the nightly sync to disk; full at O2."""
    lazy_from = kst(23, 17, 0)
    h = seoul_hour(ts)
    nightly = 6.0 * _bump(h, 3.0, 0.6)  # the sync's backlog, drained by morning
    if ts < lazy_from:
        return base + nightly
    if ts < O2["start"]:
        p = (ts - lazy_from).total_seconds() / (O2["start"] - lazy_from).total_seconds()
        return base + (96.0 - base) * p**3.0
    if ts < O2["end"]:
        return 96.2
    return max(base + nightly * 1.5, 96.2 - 30 * (ts - O2["end"]).total_seconds() / 1800)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "pglog01":  # ELK indices: the disk creeps up
        disk0, growth = 61.0, 1.45
    if name == "gce-rmq-01":
        disk0, growth = 38.0, 0.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "gce-rmq-01":
            disk = _rmq_disk(ts, disk) + rng.gauss(0, 0.1)
        if name == GKE_API3:  # the log agent leaking: memory pressure and evictions
            r = ramp(ts, O6["start"] - timedelta(minutes=20), O6["end"], rise=30, fall=10)
            mem += (97.8 + rng.gauss(0, 0.3) - mem) * r
            cpu += 30 * ramp(ts, O6["start"], O6["end"], rise=5, fall=10)
        if name in ("pgdb01", "pgdb02"):  # the statistics job: Sunday 22:00 on, saturating Monday morning
            cpu += 12 * ramp(ts, kst(25, 22, 0), O4["end"], rise=30, fall=10)
            cpu += (96.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, O4["start"], O4["end"], rise=5, fall=10)
        if name == GKE_API2:  # chamsae-timedeal's pods retrying and queueing the deal page under O7
            cpu += 28 * ramp(ts, O7["start"], O7["end"], rise=15)
        if name in ("gce-es-stay-01", "gce-es-stay-02"):  # GC churn under the breaker trips
            cpu += 45 * ramp(ts, O3["start"], O3["end"], rise=5, fall=10)
        if name == "pgbat01":  # the nightly batches
            h = seoul_hour(ts)
            cpu += 28 * (1 if 2 <= h < 3.75 else 0) + 20 * (
                1 if 4.5 <= h < 5.25 and _local(ts).weekday() < 5 else 0
            )
        if name == "djwas01":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"ic-pg-gcp": 1.6, "dj-replink": 3.4}.get(name, rng.uniform(0.2, 0.9))
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
    used = {"nas-pg01": (68, 69), "gcs-eticket": (57, 58), "nas-dj01": (61, 63)}.get(name, (30, 52))
    fill = storage_fill(rng, name, times, START, used, 0.05)
    lat0 = rng.uniform(6, 14) if name.startswith("gcs") else rng.uniform(0.8, 2.4)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "ttn-web": 190.0, "ttn-bff": 140.0, "ttn-auth": 35.0, "maru-search": 160.0, "maru-reco": 70.0,
    "jebi-search": 420.0, "jebi-book": 380.0, "jebi-ticket": 520.0, "cx-amadeus": 310.0, "cx-sabre": 360.0,
    "cx-ndc-ke": 240.0, "cx-ndc-7c": 210.0, "cx-ndc-lj": 230.0, "durumi-search": 95.0, "durumi-inv": 45.0,
    "durumi-book": 260.0, "cx-chmgr": 60.0, "cx-supplier-hb": 280.0, "dungji-extranet": 230.0,
    "galmaegi-pkg": 340.0, "bungbung-car": 150.0, "cx-rentcar": 190.0, "kkachi-pay": 180.0,
    "kkachi-pg-gw": 310.0, "kkachi-point": 40.0, "kkachi-refund": 270.0, "chwiso-hub": 210.0,
    "chamsae-coupon": 30.0, "chamsae-timedeal": 55.0, "bueongi-chat": 120.0, "bueongi-cti": 85.0,
    "hugi-review": 65.0, "ttn-notify": 48.0, "nuri-ingest": 35.0, "nuri-airflow": 240.0,
    "supplier_sync_bat": 610.0, "bsp_settle_bat": 480.0, "ttn-watch": 120.0,
    "ora-book": 4.2, "ora-pay": 3.6, "ora-book-dr": 2.1, "pg-stay": 3.1, "pg-promo": 2.6, "pg-member": 1.9,
    "mysql-car": 2.4, "es-stay": 22.0, "mongo-cs": 3.3, "mongo-review": 4.1, "bq-dw": 560.0,
    "jebi-fare-cache": 0.6, "durumi-rate-cache": 0.45, "redis-gds-sess": 0.35, "redis-coupon": 0.3,
    "redis-sess": 0.3, "redis-pay-idem": 0.25, "redis-reco": 0.4,
    "kafka-ttn": 4.5, "mq-ticket": 6.5, "mq-chmgr": 3.2, "mq-refund": 2.8, "pubsub-notify": 18.0,
    "gclb-ttn": 3.0, "l4-pg-a10": 0.9, "l7-partner": 1.4, "l4-dj-a10": 0.8, "pop-nrt": 11.0, "pop-sin": 14.0,
    "pop-lax": 17.0,
}  # fmt: skip
REQUEST_RATE = {
    "ttn-web": 2600.0, "ttn-bff": 9800.0, "ttn-auth": 1900.0, "maru-search": 3400.0, "maru-reco": 1700.0,
    "jebi-search": 4200.0, "jebi-book": 95.0, "jebi-ticket": 60.0, "cx-amadeus": 2300.0, "cx-sabre": 1400.0,
    "cx-ndc-ke": 800.0, "cx-ndc-7c": 950.0, "cx-ndc-lj": 520.0, "durumi-search": 5100.0, "durumi-inv": 7300.0,
    "durumi-book": 140.0, "cx-chmgr": 2900.0, "cx-supplier-hb": 1200.0, "dungji-extranet": 85.0,
    "galmaegi-pkg": 40.0, "bungbung-car": 260.0, "kkachi-pay": 310.0, "kkachi-pg-gw": 300.0,
    "kkachi-point": 420.0, "kkachi-refund": 35.0, "chwiso-hub": 48.0, "chamsae-coupon": 1800.0,
    "chamsae-timedeal": 6400.0, "bueongi-chat": 210.0, "bueongi-cti": 55.0, "hugi-review": 1500.0,
    "ttn-notify": 520.0, "nuri-ingest": 14000.0, "supplier_sync_bat": 180.0,
    "ora-book": 5200.0, "ora-pay": 2100.0, "pg-stay": 16000.0, "pg-promo": 5400.0, "es-stay": 6800.0,
    "jebi-fare-cache": 52000.0, "durumi-rate-cache": 38000.0, "redis-coupon": 46000.0, "redis-sess": 21000.0,
    "kafka-ttn": 31000.0, "mq-ticket": 70.0, "mq-chmgr": 3300.0, "gclb-ttn": 14500.0, "pop-nrt": 900.0,
    "pop-sin": 620.0, "pop-lax": 380.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search cluster with a memory gauge: (level, swing with load)
    "jebi-fare-cache": (71.0, 8.0), "durumi-rate-cache": (58.0, 6.0), "redis-gds-sess": (34.0, 5.0),
    "redis-coupon": (41.0, 12.0), "redis-sess": (47.0, 7.0), "redis-pay-idem": (22.0, 4.0),
    "redis-reco": (63.0, 3.0), "es-stay": (64.0, 9.0), "mongo-cs": (55.0, 4.0), "mongo-review": (61.0, 3.0),
    "mq-chmgr": (28.0, 9.0), "mq-refund": (19.0, 3.0), "kafka-ttn": (52.0, 5.0),
}  # fmt: skip
DB_CPU = {"pg-stay": 24.0, "pg-promo": 14.0, "pg-member": 18.0, "mysql-car": 11.0}  # Cloud SQL CPU gauges


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
            if inc is O2 and name in ("mq-chmgr", "cx-chmgr"):
                req *= 1 - 0.7 * r  # publishers blocked
            if inc is O5 and name == "mq-ticket":
                req *= 1 - 0.8 * r
            if inc is O7 and name == "chamsae-timedeal":
                req *= 1 + 0.4 * r  # clients retrying the deal page
        if name in ("cx-amadeus", "cx-sabre", "cx-ndc-ke", "cx-ndc-7c", "cx-ndc-lj"):  # O1's misses fan out
            req *= 1 + 0.9 * ramp(ts, O1["start"], O1["end"], rise=5, fall=10)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "jebi-fare-cache":
                mem += (99.3 + rng.gauss(0, 0.2) - mem) * ramp(ts, O1["start"] - timedelta(minutes=10), O1["end"],
                                                                rise=10, fall=10)  # fmt: skip
            if name == "es-stay":  # heap
                mem += (97.4 + rng.gauss(0, 0.4) - mem) * ramp(ts, O3["start"], O3["end"], rise=5, fall=10)
            if name == "mq-chmgr":
                mem += 10 * ramp(ts, O2["start"], O2["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:
            cpu = DB_CPU[name] * (0.6 + 1.6 * d) + rng.gauss(0, 0.9)
            if name == "pg-promo":
                cpu += (98.6 + rng.gauss(0, 0.4) - cpu) * ramp(ts, O7["start"], O7["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name == "redis-coupon":  # the engine's single thread
            cpu = 8 + 46 * d + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The deal openings, the overnight batches, the lake DAGs and the partner certificate warning."""
    rows = []
    for d in range(19, 30):
        weekday = datetime(2027, 4, d).weekday()
        rows.append((d, 10, 0, "chamsae-timedeal", "info", "timedeal", "10시 타임딜 오픈"))
        rows.append((d, 21, 0, "chamsae-timedeal", "info", "timedeal", "21시 타임딜 오픈"))
        if d != 24:
            rows.append(
                (
                    d,
                    2,
                    0,
                    "supplier_sync_bat",
                    "info",
                    "batch_job",
                    "공급사 요금/재고 전체 동기화 시작 (JOB_SUP_FULLSYNC)",
                )
            )
            rows.append((d, 3, 40, "supplier_sync_bat", "info", "batch_job", "공급사 전체 동기화 완료"))
        if weekday < 5:
            rows.append(
                (
                    d,
                    4,
                    30,
                    "bsp_settle_bat",
                    "info",
                    "batch_job",
                    "BSP HOT file reconciliation started (JOB_BSP_HOT)",
                )
            )
            rows.append(
                (d, 5, 10, "bsp_settle_bat", "info", "batch_job", "BSP HOT file reconciliation completed")
            )
        rows.append(
            (
                d,
                5,
                0,
                "nuri-airflow",
                "info",
                "batch_job",
                "daily mart DAGs (sales_daily, funnel_daily) started",
            )
        )
        left = (datetime(2027, 5, 6) - datetime(2027, 4, d)).days
        rows.append(
            (d, 9, 0, "l7-partner", "warning", "cert_expiry",
             f"SSL certificate partner.ttona.com expires in {left} days (2027-05-06), 수동 갱신 필요 (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (20, 9, 10, "jebi-search-stg", "info", "deployment", "jebi-search-stg 4.12.0-rc4 deployed"),
    (20, 9, 35, "jebi-search", "info", "deployment", "jebi-search 4.12.0 배포 (NDC 진에어 운임 추가)"),
    (21, 9, 20, "pglog01", "warning", "threshold_breach", "disk_usage above 65% on /data/elk"),
    (21, 14, 0, "pg-stay", "info", "maintenance", "Cloud SQL maintenance window: minor version update 15.6 → 15.7"),
    (22, 11, 0, "dungji-extranet", "info", "deployment", "dungji-extranet 3.22.0 배포 (연휴 요금 일괄 입력)"),
    (22, 15, 30, "kafka-ttn", "info", "config_change", "topic booking-events retention 3d → 7d"),
    (23, 10, 0, "djwas01", "info", "maintenance", "djwas01 펌웨어 업데이트 및 DR 훈련 준비 점검 시작 (5/3까지)"),
    (23, 17, 0, "mq-chmgr", "info", "config_change", "rate.update.* 큐 lazy 모드 전환 (메모리 알람 방지)"),
    (23, 18, 20, "ttn-bff-dev", "info", "deployment", "ttn-bff-dev 21.4.0-SNAPSHOT 배포"),
    (24, 9, 40, "pglog01", "warning", "threshold_breach", "disk_usage above 70% on /data/elk"),
    (25, 10, 0, "maru-reco", "info", "event", "5월 황금연휴 사전예약 기획전 오픈 (추천 배너 교체)"),
    (25, 13, 30, "durumi-search", "info", "deployment", "durumi-search 7.3.0 배포 (연휴 특가 숙소 필터/집계)"),
    (25, 22, 0, "ora-book", "info", "batch_job", "weekly GATHER_DATABASE_STATS job started (maintenance window)"),
    (26, 8, 40, "jebi-book", "info", "deployment", "jebi-book 8.1.0 배포 (PNR 좌석 홀드 로직)"),
    (26, 16, 0, "chamsae-timedeal-stg", "info", "deployment", "chamsae-timedeal-stg 2.9.0-rc3 배포"),
    (27, 11, 0, "pglog01", "warning", "threshold_breach", "disk_usage above 75% on /data/elk"),
    (27, 13, 20, "jebi-ticket", "info", "deployment", "jebi-ticket 5.6.2 배포 (영수증 PDF 템플릿)"),
    (27, 13, 30, "mq-ticket", "info", "config_change", "SVRCONN/receiver channel TKT.CONS cipher spec → TLS_AES_256_GCM_SHA384"),
    (27, 16, 0, "pg-promo", "info", "config_change", "schema migration V88 적용 (coupon_issue 파티셔닝, 인덱스 CONCURRENTLY 재생성)"),
    (28, 11, 0, "kkachi-pay", "info", "deployment", "kkachi-pay 5.4.0 deployed (포인트 복합결제 개선)"),
    (28, 15, 0, "kkachi-pay-qa", "info", "deployment", "kkachi-pay-qa 5.5.0-beta1 배포"),
    (29, 14, 0, "bungbung-car", "info", "deployment", "bungbung-car 2.3.4 배포 (제주 렌터카 보험 옵션)"),
    (29, 20, 40, "chamsae-timedeal", "info", "deployment", "chamsae-timedeal 2.8.0 배포 (연휴 특가 대기열 UI)"),
    # O1 (Tuesday 10:00 타임딜)
    (20, 9, 58, "jebi-fare-cache", "warning", "memory", "used_memory 97% of maxmemory"),
    (20, 10, 2, "jebi-fare-cache", "critical", "eviction", "evicted_keys 1.8M/min, keyspace hit ratio 31%"),
    (20, 10, 6, "jebi-search", "critical", "error", "운임 검색 타임아웃 24% (GDS fan-out 급증)"),
    (20, 10, 9, "maru-search", "major", "error", "통합검색 항공 탭 응답 지연"),
    (20, 10, 12, "ttn-bff", "warning", "error", "searchFlights resolver 5xx 증가"),
    (20, 10, 48, "jebi-fare-cache", "info", "config_change", "shard 6 → 9 scale-out, fare TTL 900s → 600s"),
    (20, 11, 0, "jebi-search", "info", "recovery", "항공 검색 정상화"),
    # O2 (Saturday small hours)
    (24, 2, 0, "supplier_sync_bat", "info", "batch_job", "공급사 요금/재고 전체 동기화 시작 (JOB_SUP_FULLSYNC)"),
    (24, 1, 40, "gce-rmq-01", "warning", "disk", "/var/lib/rabbitmq 85% used"),
    (24, 2, 9, "mq-chmgr", "critical", "disk_alarm", "disk resource limit alarm set on node rabbit@gce-rmq-01, publishers blocked"),
    (24, 2, 14, "cx-chmgr", "critical", "error", "connection.blocked: 채널매니저 요금/재고 수신 실패 31%"),
    (24, 2, 18, "durumi-inv", "major", "error", "잔여객실 업데이트 지연 (stale inventory)"),
    (24, 2, 22, "supplier_sync_bat", "critical", "batch_job", "JOB_SUP_FULLSYNC step publishRates FAILED (AmqpTimeout)"),
    (24, 2, 30, "dungji-extranet", "warning", "error", "파트너 요금 저장 타임아웃"),
    (24, 2, 58, "mq-chmgr", "info", "config_change", "backlog purge, data disk 200GB → 500GB"),
    (24, 3, 20, "supplier_sync_bat", "info", "batch_job", "JOB_SUP_FULLSYNC 재실행"),
    (24, 4, 35, "supplier_sync_bat", "info", "batch_job", "공급사 전체 동기화 완료 (지연)"),
    # O3 (Sunday afternoon)
    (25, 13, 58, "es-stay", "warning", "memory", "JVM heap 90% on gce-es-stay-01"),
    (25, 14, 3, "es-stay", "critical", "circuit_breaker", "CircuitBreakingException: [parent] Data too large, would be [30.4gb/31gb]"),
    (25, 14, 7, "durumi-search", "critical", "error", "숙소 검색 실패 28% (ES 429/503)"),
    (25, 14, 10, "maru-search", "major", "error", "통합검색 숙소 결과 누락"),
    (25, 14, 14, "ttn-bff", "warning", "error", "searchStays resolver 5xx 증가"),
    (25, 14, 46, "es-stay", "info", "config_change", "holiday facet aggregation disabled, indices.breaker.total.limit 95% → 85%"),
    (25, 15, 0, "durumi-search", "info", "recovery", "숙소 검색 정상"),
    # O4 (Monday morning)
    (26, 8, 55, "pgdb01", "warning", "cpu", "load average 58 (GATHER_DATABASE_STATS still running)"),
    (26, 9, 3, "ora-book", "critical", "performance", "AWR: DB CPU 96%, top SQL PNR_SEGMENT insert 2.3s/exec"),
    (26, 9, 6, "jebi-book", "critical", "error", "PNR 저장 타임아웃 23% (JDBC read timeout)"),
    (26, 9, 9, "jebi-ticket", "major", "error", "발권 처리 지연"),
    (26, 9, 11, "bueongi-cti", "major", "error", "상담 화면 예약조회 지연 (콜 대기 증가)"),
    (26, 9, 12, "galmaegi-pkg", "major", "error", "패키지 예약 확정 실패"),
    (26, 9, 15, "ttn-bff", "warning", "error", "createBooking mutation 5xx 증가"),
    (26, 9, 47, "ora-book", "info", "config_change", "stats job killed (DBMS_SCHEDULER.STOP_JOB), maintenance window moved to Sat 01:00"),
    (26, 10, 0, "jebi-book", "info", "recovery", "항공 예약 정상"),
    # O5 (Tuesday after lunch)
    (27, 13, 41, "mq-ticket", "major", "queue_depth", "TKT.ISSUE.REQ CURDEPTH 45,000 / MAXDEPTH 50,000 (high depth event)"),
    (27, 13, 44, "mq-ticket", "critical", "queue_full", "AMQ9999 channel TKT.CONS ended abnormally; MQRC_Q_FULL (2053) on TKT.ISSUE.REQ"),
    (27, 13, 47, "jebi-ticket", "critical", "error", "e-ticket issuance failed 34% (MQRC 2053)"),
    (27, 13, 50, "jebi-book", "major", "error", "발권 요청 적재 실패, 예약 확정 보류"),
    (27, 13, 56, "galmaegi-pkg", "warning", "error", "에어텔 상품 확정 지연"),
    (27, 14, 28, "mq-ticket", "info", "config_change", "TKT.CONS cipher spec 원복, 채널 재시작"),
    (27, 14, 45, "jebi-ticket", "info", "recovery", "발권 정상, 적체 처리 완료"),
    # O6 (Wednesday before lunch)
    (28, 11, 10, GKE_API3, "warning", "memory", "node memory 90% (fluent-bit 2.2.1 RSS 9.8GiB)"),
    (28, 11, 21, GKE_API3, "critical", "node_pressure", "MemoryPressure=True, kubelet evicting pods"),
    (28, 11, 24, "kkachi-pay", "critical", "error", "결제 승인 실패 26% (pod evicted, upstream reset)"),
    (28, 11, 26, "kkachi-pg-gw", "major", "pod_restart", "pods evicted/restarted 5 times"),
    (28, 11, 27, "kkachi-point", "major", "pod_restart", "pods evicted/restarted 3 times"),
    (28, 11, 31, "durumi-book", "warning", "error", "결제 단계 실패 증가"),
    (28, 12, 8, GKE_API3, "info", "config_change", "node cordoned and drained, fluent-bit rolled back to 2.1.10"),
    (28, 12, 25, "kkachi-pay", "info", "recovery", "결제 승인 정상"),
    # O7 (Thursday 21:00 타임딜, ongoing)
    (29, 20, 59, "pg-promo", "warning", "cpu", "Cloud SQL CPU utilization 88%"),
    (29, 21, 2, "pg-promo", "critical", "cpu", "CPU 99%, active connections 940/1000, seq scan on coupon_issue"),
    (29, 21, 5, "chamsae-timedeal", "critical", "error", "타임딜 쿠폰 발급 실패 32%, 대기열 타임아웃"),
    (29, 21, 7, "chamsae-coupon", "major", "error", "쿠폰 발급 API 타임아웃"),
    (29, 21, 11, "ttn-bff", "warning", "error", "dealPage query 5xx 증가"),
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
    generate(NAME, "online-travel-agency", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
