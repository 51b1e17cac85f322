"""Generate the TV home-shopping estate (tests/fixtures/tv-shopping/, interchange format) and its faults.

A Korean TV home-shopping broadcaster (다온홈쇼핑, channel 다온TV): the broadcast chain at the Seoul broadcast
centre (main and backup playout `PLAYOUT-A` / `PLAYOUT-B` fed by the 편성 system `svc-pgm`, the on-air graphics
`GFX-CG` that overlays live order counts, prices and 무이자 할부 months from `svc-ordstat`, the media asset manager
`MAM-CORE` on PowerScale `ISILON-BC01`, the live encoder `ENC-LIVE`, the LL-HLS packager `pkg-origin` behind the
Akamai CDN `cdn-live-akm`); the ARS/phone ordering `ars-ivr` on Genesys CTI `cti-server` (config DB `mssql_cti`),
the agent desktop `cc-desk`, the SIP trunk and SBC; the commerce core on the on-prem OpenShift (`svc-order`,
`svc-claim` 반품/교환/환불, `svc-product`, `svc-customer`, `svc-point`, `svc-stock`, `svc-dlvtrack`) on Oracle
(`ora_omsp` RAC, `ora_scmp`), Tibero (`tibero_cust`, `tibero_dlv`) and Redis (`rc-*`), with the RabbitMQ bus
(`mq-order`, `mq-notify`); payment `svc-pay`, the 무이자 할부 rule engine `svc-halbu` (cache `rc-promo`), the PG relay
`pg-relay` and the card reconciliation batch `job_halbu_recon` on `ora_payp`; the 협력사 side (`vendor-portal`,
`edi-vendor`, the settlement batch `job_vendor_settle` on PostgreSQL `pg_vndr`); the Gimpo logistics centre (WMS
`wms-gimpo` on `ora_wms`, sorter control `sorter-ctl`); courier integration (`courier-if`, the polling batch
`job_dlv_poll`), the notification hub `notify-hub` (알림톡/SMS/푸시); in Azure Korea Central the mobile live commerce
(`live-bff`, `live-chat` over Event Hubs `evh-daon-chat-prd`, `chat-moderation`, `web-front`, `reco-engine`) on AKS,
Cosmos DB and Azure Cache for Redis; the DR standby `ora_omsp_dr` in Daejeon.
Sites 서울방송센터(양평동), 평촌IDC (main IDC), 김포물류센터, 대전DR센터 and Azure 한국중부; prod, stg, dev.

Naming (unlike the earlier estates): broadcast-centre gear and Windows servers in upper case as the broadcast
engineers write them (`PLAYOUT-A`, `ENC-LIVE`, `BCPO01`, `BCCTI01`, `ISILON-BC01`, `SBC-CC-01`), microservices
on OpenShift as `svc-<domain>` (`svc-halbu` 할부, `svc-pgm` 편성, `svc-dlvtrack`), DBA-style database names with
underscores (`ora_omsp`, `tibero_dlv`, `pg_vndr`, `maria_ars`, `mssql_cti`), Redis as `rc-*`, RabbitMQ as `mq-*`,
batches as `job_*`, IDC hosts in compact site/role/kind/number form (`pcdbp011` = 평촌 DB physical 011, `pcapv041` =
평촌 AP virtual, `gpwmsp01` = 김포 WMS physical, `djdbp01` = 대전), OpenShift workers `ocpw-pc-0N`, and Azure
resource names by Microsoft's conventions (`aks-live-28419073-vmss000000`, `evh-daon-chat-prd`,
`cosmos-daon-chat-prd`, `agw-daon-live-prd`, the storage account `stdaonvodprd`).

Seven injected incidents (times KST; now = Sunday 2028-11-19 21:35, the Sunday prime-time show; the window is the
10 days before; TV orders follow the broadcast day (weekday morning show around 09:30, prime time around 21:30,
weekend mornings and Sunday prime time highest), ARS follows the TV, agents work 09–21 on weekdays and 09–18 on
weekends, mobile live commerce streams at weekday lunch and in the evening, batches run 00:00–04:00, Gimpo ships
07–22 Monday to Saturday, delivery tracking peaks in the evening):
  T1 Fri 10 21:05–22:00  (prime time) ora_omsp's archive destination fills after the RMAN archive backup was moved
                         to the DR backup target that afternoon and stops deleting logs; the archiver is stuck and
                         every commit waits: svc-order (loudest, deployed 20:50), svc-claim, ars-ivr
  T2 Sat 11 10:10–11:05  (weekend morning show) the V3 full scan, rescheduled to Saturday 10:00 on Thursday, pins
                         the CTI server BCCTI01: cti-server, ars-ivr (loudest, scenario deployed 09:50), cc-desk
  T3 Mon 13 02:20–03:15  (night batch) a VACUUM FULL on pg_vndr's settlement table holds an ACCESS EXCLUSIVE lock:
                         job_vendor_settle (loudest, deployed Sunday 17:00), vendor-portal, edi-vendor
  T4 Tue 14 08:40–09:35  (weekday morning show) the second November 무이자 할부 promotion load writes per-customer
                         keys without TTL until rc-promo hits maxmemory and evicts the card rules: svc-halbu,
                         svc-pay (loudest, deployed 08:20), svc-order
  T5 Wed 15 13:05–14:00  (lunch live commerce with an influencer) Event Hubs evh-daon-chat-prd runs out of
                         throughput units and throttles (ServerBusy): live-chat (loudest, deployed 12:45),
                         chat-moderation, live-bff
  T6 Fri 17 19:50–20:45  (Friday evening, 배송출발 알림톡 wave) the RabbitMQ node pcmqp02's disk, filling since the
                         debug log level change on Thursday, hits the disk_free_limit alarm and blocks publishers:
                         mq-notify, notify-hub (loudest, deployed 19:30), courier-if
  T7 Sun 19 20:55–now    (Sunday prime time, limited-quantity handbag show) every order decrements one stock row
                         of the on-air item in ora_scmp (enq: TX row lock contention): svc-stock (loudest),
                         svc-product (deployed 20:40), svc-order (ongoing)
Confounders: the TV day and prime-time peaks, the weekday call-centre hours, lunch/evening live streams, the
nightly batches (vendor settlement, card reconciliation, courier polling), the daily 편성 cue-sheet export, deploys
on victims before most incidents, shared hosts (Redis, RabbitMQ, OpenShift workers, pcdbp014 carrying ora_pgmp and
ora_scmp), `gpsrtp02`, `BCENC02` and `svc-pgm-dev` in maintenance, the retired `ars-legacy-dtmf`, the log server
`pclogp01`'s disk creeping up, and `adc-pc-partner`'s certificate for partner.daonshop.co.kr expiring on 2028-11-28
(warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/tvs_golden.py) are computed from the files.

    .venv/bin/python bench/tvs_estate.py   # rewrites tests/fixtures/tv-shopping*
"""

from __future__ import annotations

import gzip
import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import FIXTURES, incident_hops, ramp
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

NAME = "tv-shopping"
NOW = datetime(2028, 11, 19, 12, 35, tzinfo=UTC)  # Sunday 2028-11-19 21:35 KST
START = NOW - timedelta(days=10)  # Thursday 2028-11-09 21:35 KST
SEED = 20281119
SITES = {
    "B": "서울방송센터(양평동)",
    "P": "평촌IDC",
    "G": "김포물류센터",
    "D": "대전DR센터",
    "Z": "Azure 한국중부",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

BCE, PGM, CC, COM = "방송기술팀", "편성운영팀", "고객센터IT", "commerce-platform"
PAY, LIVE, SCM, LOGI = "결제플랫폼팀", "live-commerce-squad", "SCM시스템팀", "물류IT파트"
CRM, DATA, DBA, INFRA = "CRM개발팀", "data-science", "DBA그룹", "인프라운영팀"
NET, CLOUD = "네트워크팀", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- broadcast chain (서울방송센터)
    "PLAYOUT-A": ("service", BCE, "B", "P", ["BCPO01"], ["svc-pgm", "MAM-CORE", "GFX-CG"],
                  {"desc": "주 송출 서버 (다온TV HD 채널)", "product": "Imagine Versio", "version": "3.4.2",
                   "video_format": "1080i59.94", "redundancy": "1+1 (PLAYOUT-B)", "output": "SDI → 송출 MUX"}),
    "PLAYOUT-B": ("service", BCE, "B", "P", ["BCPO02"], ["svc-pgm", "MAM-CORE", "GFX-CG"],
                  {"desc": "예비 송출 서버 (핫스탠바이)", "product": "Imagine Versio", "version": "3.4.2",
                   "video_format": "1080i59.94", "redundancy": "1+1 (PLAYOUT-A)"}),
    "GFX-CG": ("service", BCE, "B", "P", ["BCCG01"], ["svc-ordstat", "svc-pgm"],
               {"desc": "방송 자막 CG (실시간 주문수량, 가격, 무이자 할부 개월수)", "product": "Vizrt Viz Engine 5",
                "version": "5.2.1", "refresh_s": 3}),
    "ENC-LIVE": ("service", BCE, "B", "P", ["BCENC01", "BCENC02"], ["PLAYOUT-A"],
                 {"desc": "모바일/웹 라이브 인코더 (송출 신호 → ABR)", "product": "Harmonic Electra X",
                  "version": "4.1.0", "profiles": "1080p, 720p, 480p, 360p", "transport": "SRT", "latency_s": 4}),
    "MAM-CORE": ("service", BCE, "B", "P", ["BCMAM01"], [],
                 {"desc": "방송 소재 관리 (상품 VCR, 인서트 영상)", "product": "Dalet Galaxy five", "version": "5.9",
                  "assets": 184000}),
    "pkg-origin": ("service", BCE, "P", "P", ["pcapv051"], ["ENC-LIVE"],
                   {"desc": "라이브 패키저/오리진 (LL-HLS, DASH)", "product": "Unified Streaming Origin",
                    "version": "1.14.3", "segment_s": 2}),
    # ---------------------------------------------------------------- 편성, live order counter
    "svc-pgm": ("service", PGM, "P", "P", ["pcapv011"], ["ora_pgmp", "svc-product"],
                {"desc": "편성 시스템 (편성표, 방송상품 매핑, 큐시트 송출 전송)", "product": "자체개발 (Java 11, Spring 5)",
                 "version": "4.6.0", "slots_per_day": 24, "cue_sheet_export": "매일 17:00"}),
    "svc-ordstat": ("service", PGM, "P", "P", ["ocpw-pc-02"], ["rc-ordstat", "mq-order"],
                    {"desc": "방송 중 실시간 주문 집계 (CG, PD 모니터, 목표 달성률)", "product": "Kotlin (OpenShift)",
                     "version": "2.3.1", "window_s": 5}),
    # ---------------------------------------------------------------- ARS / call centre
    "ars-ivr": ("service", CC, "B", "P", ["BCIVR01", "BCIVR02"], ["cti-server", "svc-order", "svc-pay", "maria_ars"],
                {"desc": "ARS 자동주문 (방송 상품 전화주문, 카드 결제)", "product": "Genesys Voice Platform 9",
                 "version": "9.0.18", "ports": 720, "ars_number": "080-700-7000"}),
    "cti-server": ("service", CC, "B", "P", ["BCCTI01"], ["mssql_cti"],
                   {"desc": "CTI (콜 라우팅, 상담원 상태, 인입 팝업)", "product": "Genesys Engage 8.5 (T-Server, Stat Server)",
                    "version": "8.5.1", "agents": 620}),
    "cc-desk": ("service", CC, "P", "P", ["pcapv021"], ["cti-server", "svc-order", "svc-claim", "svc-customer"],
                {"desc": "상담원 주문/클레임 접수 화면", "product": "자체개발 (Java 17, Vue 3)", "version": "6.2.4",
                 "agents": 620}),
    # ---------------------------------------------------------------- commerce core (OpenShift)
    "svc-order": ("service", COM, "P", "P", ["ocpw-pc-01", "ocpw-pc-02"],
                  ["ora_omsp", "rc-order", "mq-order", "svc-product", "svc-stock", "svc-pay"],
                  {"desc": "주문 (TV/ARS/모바일/웹 주문 접수)", "product": "Spring Boot 3.2 (OpenShift 4.14)",
                   "version": "9.14.2", "pods": 12, "peak_tpm": 4200}),
    "svc-claim": ("service", COM, "P", "P", ["ocpw-pc-03"], ["ora_omsp", "svc-pay", "mq-order", "svc-dlvtrack"],
                  {"desc": "클레임 (취소, 반품, 교환, 환불)", "product": "Spring Boot 3.2 (OpenShift 4.14)",
                   "version": "5.8.0", "pods": 4}),
    "svc-product": ("service", COM, "P", "P", ["ocpw-pc-03"], ["ora_scmp", "rc-product"],
                    {"desc": "상품/가격/방송상품 정보", "product": "Spring Boot 3.2 (OpenShift 4.14)",
                     "version": "7.3.5", "pods": 6, "skus": 52000}),
    "svc-customer": ("service", COM, "P", "P", ["ocpw-pc-01"], ["tibero_cust"],
                     {"desc": "고객/회원 (배송지, 등급)", "product": "Spring Boot 3.1 (OpenShift 4.14)", "version": "3.9.2",
                      "pods": 4, "members": 9400000}),
    "svc-point": ("service", CRM, "P", "P", ["ocpw-pc-02"], ["tibero_cust", "mq-notify"],
                  {"desc": "적립금/포인트 (적립, 사용, 소멸 예정 안내)", "product": "Spring Boot 3.1 (OpenShift 4.14)",
                   "version": "2.12.0", "pods": 3, "expiry_months": 24}),
    "svc-stock": ("service", SCM, "P", "P", ["ocpw-pc-03"], ["ora_scmp", "mq-order"],
                  {"desc": "재고/판매가능수량 (방송상품 한정수량 차감)", "product": "Spring Boot 3.2 (OpenShift 4.14)",
                   "version": "4.4.1", "pods": 6}),
    "svc-dlvtrack": ("service", LOGI, "P", "P", ["ocpw-pc-03"], ["tibero_dlv", "courier-if"],
                     {"desc": "배송조회 (택배 송장, 배송 단계)", "product": "Spring Boot 3.1 (OpenShift 4.14)",
                      "version": "3.1.7", "couriers": "CJ대한통운, 롯데택배, 한진택배, 우체국택배"}),
    # ---------------------------------------------------------------- payment, 무이자 할부
    "svc-pay": ("service", PAY, "P", "P", ["pcapv041", "pcapv042"], ["ora_payp", "svc-halbu", "pg-relay"],
                {"desc": "결제 승인 (신용카드, 간편결제, 무통장)", "product": "자체개발 (Java 17, Spring Boot 3.1)",
                 "version": "8.2.0", "instances": 6, "easy_pay": "네이버페이, 카카오페이, 토스페이, 삼성페이"}),
    "svc-halbu": ("service", PAY, "P", "P", ["pcapv041"], ["rc-promo", "ora_payp"],
                  {"desc": "무이자 할부 룰 엔진 (카드사별 개월수, 최소 결제금액, 방송 특판)", "version": "2.5.3",
                   "product": "자체개발 (Java 17)", "card_companies": 9, "max_months": 12}),
    "pg-relay": ("service", PAY, "P", "P", ["pcapv042"], [],
                 {"desc": "PG/카드사 승인 중계", "product": "자체개발 (Java 11)", "version": "3.0.9",
                  "pg": "NHN KCP, KG이니시스", "tps_limit": 900}),
    "job_halbu_recon": ("service", PAY, "P", "P", ["pcbatv01"], ["ora_payp"],
                        {"desc": "카드 매입/무이자 할부 수수료 대사 배치", "product": "Spring Batch 5.0",
                         "version": "1.7.2", "schedule": "매일 03:00"}),
    # ---------------------------------------------------------------- 협력사, stock, logistics
    "vendor-portal": ("service", SCM, "P", "P", ["pcapv071"], ["pg_vndr", "svc-stock", "svc-product"],
                      {"desc": "협력사 포털 (상품 등록, 출고, 정산 조회)", "product": "자체개발 (Next.js + Java 17)",
                       "version": "5.0.3", "endpoint": "partner.daonshop.co.kr", "vendors": 1840}),
    "edi-vendor": ("service", SCM, "P", "P", ["pcapv071"], ["pg_vndr", "mq-order"],
                   {"desc": "협력사 출고지시 EDI (직송 상품)", "product": "자체개발 (Java 11)", "version": "2.2.0",
                    "interval_min": 5}),
    "job_vendor_settle": ("service", SCM, "P", "P", ["pcbatv01"], ["pg_vndr", "ora_omsp"],
                          {"desc": "협력사 정산 배치 (일 매출, 수수료, 지급 예정액)", "product": "Spring Batch 5.0",
                           "version": "3.3.0", "schedule": "매일 02:00"}),
    "wms-gimpo": ("service", LOGI, "G", "P", ["gpwmsp01"], ["ora_wms", "mq-order"],
                  {"desc": "김포 물류센터 WMS (입고, 피킹, 출고)", "product": "자체개발 (.NET 6)", "version": "6.8.1",
                   "daily_shipments": 68000, "dock_doors": 48}),
    "sorter-ctl": ("service", LOGI, "G", "P", ["gpsrtp01"], ["wms-gimpo"],
                   {"desc": "자동 분류기 제어 (택배사별 슈트 분류)", "product": "Vanderlande WCS", "version": "11.2",
                    "chutes": 420, "throughput_per_h": 12000}),
    "courier-if": ("service", LOGI, "P", "P", ["pcapv061"], ["mq-notify"],
                   {"desc": "택배사 연동 게이트웨이 (송장 발급, 배송 이벤트 수신)", "product": "자체개발 (Go 1.22)",
                    "version": "1.9.4", "couriers": 4}),
    "job_dlv_poll": ("service", LOGI, "P", "P", ["pcbatv01"], ["courier-if", "tibero_dlv"],
                     {"desc": "택배사 배송상태 일괄 조회 배치", "product": "Spring Batch 5.0", "version": "1.4.0",
                      "schedule": "매일 06:30, 18:30"}),
    "notify-hub": ("service", CRM, "P", "P", ["pcapv061"], ["mq-notify"],
                   {"desc": "알림 허브 (카카오 알림톡, SMS/LMS, 앱 푸시)", "product": "자체개발 (Node.js 20)",
                    "version": "3.6.0", "daily_quota": 3500000}),
    # ---------------------------------------------------------------- live commerce (Azure)
    "live-bff": ("service", LIVE, "Z", "P", ["aks-live-28419073-vmss000000", "aks-live-28419073-vmss000001"],
                 ["live-chat", "svc-order", "svc-product", "reco-engine", "redis-daon-live-prd"],
                 {"desc": "모바일 라이브커머스 BFF (다온라이브 앱)", "product": "Node.js 20 (NestJS, AKS)",
                  "version": "5.17.0", "pods": 16, "mau": 2800000}),
    "live-chat": ("service", LIVE, "Z", "P", ["aks-live-28419073-vmss000001"],
                  ["evh-daon-chat-prd", "redis-daon-live-prd", "cosmos-daon-chat-prd"],
                  {"desc": "라이브 채팅 (WebSocket, 쇼호스트 Q&A)", "product": ".NET 8 SignalR (AKS)",
                   "version": "2.9.0", "max_concurrent": 180000}),
    "chat-moderation": ("service", LIVE, "Z", "P", ["aks-live-28419073-vmss000000"], ["evh-daon-chat-prd"],
                        {"desc": "채팅 금칙어/스팸 필터", "product": "Python 3.12 (AKS)", "version": "1.3.2",
                         "banned_words": 12400}),
    "web-front": ("service", LIVE, "Z", "P", ["aks-live-28419073-vmss000000"],
                  ["svc-order", "svc-product", "svc-customer", "reco-engine"],
                  {"desc": "PC/모바일웹 쇼핑몰", "product": "Next.js 14 (AKS)", "version": "12.4.1",
                   "endpoint": "www.daonshop.co.kr"}),
    "reco-engine": ("service", DATA, "Z", "P", ["aks-live-28419073-vmss000001"], ["svc-product", "redis-daon-live-prd"],
                    {"desc": "추천 엔진 (방송 연관상품, 개인화)", "product": "Python 3.11 (PyTorch, Triton)",
                     "version": "0.21.0", "model": "two-tower-v7"}),
    # ---------------------------------------------------------------- infra
    "log-opensearch": ("service", INFRA, "P", "P", ["pclogp01"], [],
                       {"desc": "로그 수집 (주문, 결제, ARS)", "product": "OpenSearch 2.13 + Fluent Bit",
                        "retention_days": 30}),
    # ---------------------------------------------------------------- staging, dev, retired
    "svc-order-stg": ("service", COM, "P", "S", ["pcstgv01"], ["rc-stg"],
                      {"desc": "주문 (스테이징)", "version": "9.15.0-rc1"}),
    "live-bff-stg": ("service", LIVE, "Z", "S", ["aks-nonprod-51903377-vmss000000"], [],
                     {"desc": "라이브커머스 BFF (스테이징)", "version": "5.18.0-beta2"}),
    "svc-pgm-dev": ("service", PGM, "P", "D", ["pcdevv01"], [],
                    {"desc": "편성 시스템 (개발)", "version": "4.7.0-SNAPSHOT"}),
    "ars-legacy-dtmf": ("service", CC, "B", "P", [], [],
                        {"desc": "구 DTMF ARS 주문 (2027년 ars-ivr로 대체)", "version": "4.2",
                         "decommissioned": "2027-06-30"}),
    # ---------------------------------------------------------------- databases
    "ora_omsp": ("database", DBA, "P", "P", ["pcdbp011", "pcdbp012"], [],
                 {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c RAC", "nodes": 2,
                  "sid": "OMSP", "port": 1521, "size_tb": 14.2, "archivelog": "ON (/arch, RMAN 삭제 정책)",
                  "desc": "주문/클레임 운영 DB"}),
    "ora_payp": ("database", DBA, "P", "P", ["pcdbp013"], [],
                 {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "PAYP",
                  "port": 1522, "size_tb": 5.8, "desc": "결제/할부 DB"}),
    "ora_pgmp": ("database", DBA, "P", "P", ["pcdbp014"], [],
                 {"engine": "oracle", "version": "19.20", "product": "Oracle Database 19c", "sid": "PGMP",
                  "port": 1523, "size_tb": 1.1, "desc": "편성 DB"}),
    "ora_scmp": ("database", DBA, "P", "P", ["pcdbp014"], [],
                 {"engine": "oracle", "version": "19.20", "product": "Oracle Database 19c", "sid": "SCMP",
                  "port": 1521, "size_tb": 3.4, "desc": "상품/재고 DB"}),
    "tibero_cust": ("database", DBA, "P", "P", ["pcdbp021"], [],
                    {"engine": "tibero", "version": "7.2.2", "product": "TmaxTibero 7", "port": 8629,
                     "size_tb": 2.6, "desc": "고객/포인트 DB"}),
    "tibero_dlv": ("database", DBA, "P", "P", ["pcdbp021"], [],
                   {"engine": "tibero", "version": "7.2.2", "product": "TmaxTibero 7", "port": 8639,
                    "size_tb": 1.9, "desc": "배송 DB"}),
    "pg_vndr": ("database", DBA, "P", "P", ["pcdbv031"], [],
                {"engine": "postgresql", "version": "15.6", "product": "PostgreSQL 15 (EDB)", "port": 5432,
                 "max_connections": 800, "desc": "협력사 포털/정산 DB"}),
    "maria_ars": ("database", DBA, "P", "P", ["pcdbv031"], [],
                  {"engine": "mariadb", "version": "10.11.7", "product": "MariaDB 10.11", "port": 3306,
                   "desc": "ARS 주문 세션/시나리오 DB"}),
    "mssql_cti": ("database", CC, "B", "P", ["BCCTIDB01"], [],
                  {"engine": "mssql", "version": "15.0.4345", "product": "SQL Server 2019 Standard", "port": 1433,
                   "desc": "Genesys 설정/통계 DB"}),
    "ora_wms": ("database", LOGI, "G", "P", ["gpdbp01"], [],
                {"engine": "oracle", "version": "19.18", "product": "Oracle Database 19c SE2", "sid": "WMSP",
                 "port": 1521, "desc": "김포 WMS DB"}),
    "cosmos-daon-chat-prd": ("database", CLOUD, "Z", "P", [], [],
                             {"engine": "cosmosdb", "product": "Azure Cosmos DB for NoSQL", "max_ru": 40000,
                              "consistency": "Session", "desc": "라이브 채팅 이력"}),
    "ora_omsp_dr": ("database", DBA, "D", "P", ["djdbp01"], ["ora_omsp"],
                    {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c (Data Guard standby)",
                     "sid": "OMSD", "port": 1521, "protection_mode": "MAXIMUM PERFORMANCE", "desc": "주문 DB DR 스탠바이"}),
    # ---------------------------------------------------------------- caches, queues
    "rc-order": ("cache", COM, "P", "P", ["pcrdsp01"], [],
                 {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 32, "maxmemory_policy": "volatile-lru",
                  "port": 6379, "desc": "주문 세션, 중복주문 방지 토큰"}),
    "rc-ordstat": ("cache", PGM, "P", "P", ["pcrdsp01"], [],
                   {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                    "port": 6380, "desc": "방송 실시간 주문 카운터"}),
    "rc-promo": ("cache", PAY, "P", "P", ["pcrdsp02"], [],
                 {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 12, "maxmemory_policy": "allkeys-lru",
                  "port": 6379, "desc": "무이자 할부/프로모션 룰 캐시"}),
    "rc-product": ("cache", COM, "P", "P", ["pcrdsp02"], [],
                   {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 24, "maxmemory_policy": "allkeys-lru",
                    "port": 6380, "desc": "상품/가격 캐시"}),
    "redis-daon-live-prd": ("cache", CLOUD, "Z", "P", [], [],
                            {"engine": "redis", "version": "6.0", "product": "Azure Cache for Redis (Premium P2)",
                             "shards": 3, "desc": "라이브 세션, 채팅 접속자, 추천 피처"}),
    "rc-stg": ("cache", COM, "P", "S", ["pcstgv01"], [],
               {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 4, "port": 6379}),
    "mq-order": ("queue", INFRA, "P", "P", ["pcmqp01"], [],
                 {"product": "RabbitMQ 3.13.2", "port": 5672, "vhost": "/order", "queues": 54,
                  "desc": "주문 이벤트 (재고, 출고, 집계, EDI)"}),
    "mq-notify": ("queue", INFRA, "P", "P", ["pcmqp02"], [],
                  {"product": "RabbitMQ 3.13.2", "port": 5672, "vhost": "/notify", "queues": 22,
                   "disk_free_limit": "50GB", "desc": "알림톡/SMS, 배송 이벤트"}),
    "evh-daon-chat-prd": ("queue", CLOUD, "Z", "P", [], [],
                          {"product": "Azure Event Hubs (Standard)", "throughput_units": 8, "partitions": 32,
                           "auto_inflate": "off", "desc": "라이브 채팅 메시지 스트림"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "adc-pc-api": ("P", NET, ["svc-order", "svc-product", "svc-customer", "svc-claim"],
                   {"vendor": "Citrix", "model": "NetScaler MPX 15000", "vip": "10.50.1.10", "firmware": "14.1-21.57",
                    "endpoint": "api.daonshop.co.kr", "cert_expiry": "2029-03-14"}),
    "adc-pc-partner": ("P", NET, ["vendor-portal", "edi-vendor"],
                       {"vendor": "Citrix", "model": "NetScaler MPX 8900", "vip": "10.50.1.20", "firmware": "14.1-21.57",
                        "endpoint": "partner.daonshop.co.kr", "cert_expiry": "2028-11-28",
                        "cert_issuer": "DigiCert (수동 갱신)"}),
    "agw-daon-live-prd": ("Z", CLOUD, ["live-bff", "web-front"],
                          {"vendor": "Azure", "model": "Application Gateway v2 (WAF)", "endpoint": "live.daonshop.co.kr",
                           "cert_issuer": "Key Vault (자동 갱신)"}),
    "cdn-live-akm": ("P", BCE, ["pkg-origin"],
                     {"vendor": "Akamai", "model": "Adaptive Media Delivery", "endpoint": "stream.daonshop.co.kr",
                      "cp_code": "1189342"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "ISILON-BC01": ("B", BCE, {"vendor": "Dell", "model": "PowerScale H7000 (5 nodes)", "capacity_tb": 960,
                               "protocol": "SMB3, NFS", "desc": "방송 소재 (상품 VCR, 인서트)"},
                    ["BCMAM01", "BCPO01", "BCPO02"]),
    "vsp-pc-01": ("P", INFRA, {"vendor": "Hitachi", "model": "VSP E990", "capacity_tb": 210,
                               "desc": "Oracle/Tibero 블록 스토리지"},
                  ["pcdbp011", "pcdbp012", "pcdbp013", "pcdbp014", "pcdbp021"]),
    "nas-pc-batch": ("P", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.13.1P8", "capacity_tb": 90,
                                  "protocol": "NFS v4.1", "desc": "배치 파일, EDI 송수신"}, ["pcbatv01", "pcapv071"]),
    "stdaonvodprd": ("Z", CLOUD, {"vendor": "Azure", "model": "Storage account (Blob, Hot)", "redundancy": "ZRS",
                                  "desc": "다시보기/라이브 클립"}, []),
    "dd-dj-01": ("D", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                              "desc": "DR 백업 (RMAN, 파일)"}, ["djdbp01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 서울방송센터: broadcast and call-centre servers (Windows / appliances)
    "BCPO01": ("B", "P", "win", {"role": "주 송출 (PLAYOUT-A)", "model": "HPE ProLiant DL380 Gen10 Plus",
                                 "sdi_card": "AJA Corvid 88", "rack": "MCR-R03 U10"}),
    "BCPO02": ("B", "P", "win", {"role": "예비 송출 (PLAYOUT-B)", "model": "HPE ProLiant DL380 Gen10 Plus",
                                 "sdi_card": "AJA Corvid 88", "rack": "MCR-R03 U14"}),
    "BCCG01": ("B", "P", "win", {"role": "자막 CG", "model": "HP Z8 G5", "gpu": "NVIDIA RTX A5000", "rack": "MCR-R04 U02"}),
    "BCENC01": ("B", "P", "bare", {"role": "라이브 인코더 #1", "model": "Harmonic Electra X appliance", "rack": "MCR-R05 U06"}),
    "BCENC02": ("B", "P", "bare", {"role": "라이브 인코더 #2 (펌웨어 교체 중)", "model": "Harmonic Electra X appliance",
                                   "rack": "MCR-R05 U08"}),
    "BCMAM01": ("B", "P", "win", {"role": "MAM (Dalet)", "model": "Dell PowerEdge R750", "rack": "MCR-R06 U20"}),
    "BCIVR01": ("B", "P", "bare", {"role": "ARS IVR #1", "model": "Dell PowerEdge R650", "rack": "CC-R01 U12"}),
    "BCIVR02": ("B", "P", "bare", {"role": "ARS IVR #2", "model": "Dell PowerEdge R650", "rack": "CC-R01 U14"}),
    "BCCTI01": ("B", "P", "win", {"role": "Genesys CTI (T-Server, Stat Server)", "model": "Dell PowerEdge R650",
                                  "antivirus": "AhnLab V3 Net for Windows Server 9.0", "rack": "CC-R01 U16"}),
    "BCCTIDB01": ("B", "P", "win", {"role": "CTI DB (SQL Server)", "model": "Dell PowerEdge R750", "rack": "CC-R01 U20"}),
    # 평촌IDC: OpenShift workers, VMs (…v…) and physical servers (…p…)
    "ocpw-pc-01": ("P", "P", "ocp", {"role": "OpenShift worker (주문, 고객)"}),
    "ocpw-pc-02": ("P", "P", "ocp", {"role": "OpenShift worker (주문, 주문집계, 포인트)"}),
    "ocpw-pc-03": ("P", "P", "ocp", {"role": "OpenShift worker (클레임, 상품, 재고, 배송조회)"}),
    "pcapv011": ("P", "P", "vm", {"role": "편성 AP"}),
    "pcapv021": ("P", "P", "vm", {"role": "상담원 화면 AP"}),
    "pcapv041": ("P", "P", "vm", {"role": "결제 AP #1, 할부 룰"}),
    "pcapv042": ("P", "P", "vm", {"role": "결제 AP #2, PG 중계"}),
    "pcapv051": ("P", "P", "vm", {"role": "라이브 오리진"}),
    "pcapv061": ("P", "P", "vm", {"role": "알림 허브, 택배사 연동"}),
    "pcapv071": ("P", "P", "vm", {"role": "협력사 포털, EDI"}),
    "pcbatv01": ("P", "P", "vm", {"role": "배치 (협력사 정산, 할부 대사, 배송조회)"}),
    "pcdbp011": ("P", "P", "bare", {"role": "Oracle RAC OMSP node 1", "model": "Lenovo ThinkSystem SR650 V3",
                                    "rack": "PC-D04 U12"}),
    "pcdbp012": ("P", "P", "bare", {"role": "Oracle RAC OMSP node 2", "model": "Lenovo ThinkSystem SR650 V3",
                                    "rack": "PC-D04 U14"}),
    "pcdbp013": ("P", "P", "bare", {"role": "Oracle PAYP", "model": "Lenovo ThinkSystem SR650 V3", "rack": "PC-D04 U16"}),
    "pcdbp014": ("P", "P", "bare", {"role": "Oracle PGMP, SCMP", "model": "Lenovo ThinkSystem SR650 V2",
                                    "rack": "PC-D05 U10"}),
    "pcdbp021": ("P", "P", "bare", {"role": "Tibero (고객, 배송)", "model": "Lenovo ThinkSystem SR650 V2",
                                    "rack": "PC-D05 U14"}),
    "pcdbv031": ("P", "P", "vm", {"role": "PostgreSQL 협력사, MariaDB ARS"}),
    "pcrdsp01": ("P", "P", "bare", {"role": "Redis (주문, 주문집계)", "model": "Dell PowerEdge R660", "rack": "PC-A02 U05"}),
    "pcrdsp02": ("P", "P", "bare", {"role": "Redis (할부 룰, 상품)", "model": "Dell PowerEdge R660", "rack": "PC-A02 U07"}),
    "pcmqp01": ("P", "P", "bare", {"role": "RabbitMQ (주문 이벤트)", "model": "Dell PowerEdge R660", "rack": "PC-A02 U09"}),
    "pcmqp02": ("P", "P", "bare", {"role": "RabbitMQ (알림, 배송 이벤트)", "model": "Dell PowerEdge R660",
                                   "rack": "PC-A02 U11"}),
    "pclogp01": ("P", "P", "bare", {"role": "로그 (OpenSearch)", "model": "Dell PowerEdge R750xd", "rack": "PC-A05 U30"}),
    "pcstgv01": ("P", "S", "vm", {"role": "스테이징 공용"}),
    "pcdevv01": ("P", "D", "vm", {"role": "개발 공용"}),
    # 김포물류센터
    "gpwmsp01": ("G", "P", "bare", {"role": "WMS AP", "model": "Dell PowerEdge R650", "rack": "GP-R01 U10"}),
    "gpdbp01": ("G", "P", "bare", {"role": "WMS DB (Oracle SE2)", "model": "Dell PowerEdge R750", "rack": "GP-R01 U14"}),
    "gpsrtp01": ("G", "P", "win", {"role": "분류기 WCS #1", "model": "Siemens SIMATIC IPC847E", "rack": "GP-SORT U02"}),
    "gpsrtp02": ("G", "P", "win", {"role": "분류기 WCS #2 (교체 중)", "model": "Siemens SIMATIC IPC847E",
                                   "rack": "GP-SORT U04"}),
    # 대전DR센터
    "djdbp01": ("D", "P", "bare", {"role": "Oracle Data Guard standby (OMSD)", "model": "Lenovo ThinkSystem SR650 V3",
                                   "rack": "DJ-B02 U08"}),
    # Azure 한국중부 (AKS node pools)
    "aks-live-28419073-vmss000000": ("Z", "P", "aks", {"role": "AKS 노드 (라이브 BFF, 웹)", "vm_size": "Standard_D8s_v5",
                                                       "zone": "koreacentral-1", "nodepool": "live"}),
    "aks-live-28419073-vmss000001": ("Z", "P", "aks", {"role": "AKS 노드 (채팅, 추천)", "vm_size": "Standard_D8s_v5",
                                                       "zone": "koreacentral-2", "nodepool": "live"}),
    "aks-nonprod-51903377-vmss000000": ("Z", "S", "aks", {"role": "AKS 노드 (스테이징/개발)", "vm_size": "Standard_D4s_v5",
                                                          "zone": "koreacentral-1", "nodepool": "nonprod"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-pc-edge": ("P", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5440", "firmware": "PAN-OS 11.1.4"}),
    "SBC-CC-01": ("B", {"device": "session border controller", "vendor": "Oracle", "model": "Acme Packet 4900",
                        "firmware": "SCZ9.2.0", "desc": "ARS/상담 SIP 경계"}),
    "sip-trunk-kt": ("B", {"device": "SIP trunk", "vendor": "KT", "model": "SIP 트렁크 600채널", "channels": 600,
                           "circuit": "KT-SIP-0818-2231", "desc": "대표번호/ARS 080 인입"}),
    "line-kcp": ("P", {"device": "PG line", "vendor": "NHN KCP", "model": "전용회선 100Mbps x2",
                       "circuit": "KCP-DAON-0031"}),
    "er-daon-azure": ("P", {"device": "ExpressRoute", "vendor": "Microsoft Azure", "model": "ExpressRoute 10Gbps (KINX 경유)",
                            "circuit": "er-kc-daon-01"}),
    "wan-gimpo": ("G", {"device": "WAN link", "vendor": "LG U+", "model": "전용회선 1Gbps", "circuit": "LGU-GP-7734-01",
                        "desc": "평촌IDC ↔ 김포물류센터"}),
    "wan-bc": ("B", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 10Gbps (이중화)",
                     "circuit": "SKB-YP-2290-17", "desc": "평촌IDC ↔ 서울방송센터"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("wan-gimpo", "fw-pc-edge"),
    ("wan-bc", "fw-pc-edge"),
    ("er-daon-azure", "fw-pc-edge"),
    ("SBC-CC-01", "wan-bc"),
    ("sip-trunk-kt", "SBC-CC-01"),
    ("ars-ivr", "SBC-CC-01"),
    ("pg-relay", "line-kcp"),
    ("adc-pc-api", "fw-pc-edge"),
    ("adc-pc-partner", "fw-pc-edge"),
    ("live-bff", "stdaonvodprd"),
    ("pkg-origin", "stdaonvodprd"),
]
# fmt: on
STATUS = {
    "gpsrtp02": "maintenance",
    "BCENC02": "maintenance",
    "svc-pgm-dev": "maintenance",
    "ars-legacy-dtmf": "retired",
}  # fmt: skip
NET_PREFIX = {"B": "10.40", "P": "10.50", "G": "10.60", "D": "10.70", "Z": "10.90"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "T1",
        "kind": "archiver_stuck",
        "root": "ora_omsp",
        "description": "in Friday's prime time the archive destination of ora_omsp fills (the RMAN archive backup"
        " was moved to the DR backup target that afternoon and stopped deleting logs), the archiver gets stuck"
        " (ORA-00257) and every commit waits on log file switch: svc-order (9.14.2 deployed at 20:50, loudest)"
        " fails orders, svc-claim cannot register cancellations and ars-ivr drops phone orders, until the"
        " archive logs are backed up and purged",
        "start": kst(10, 21, 5),
        "end": kst(10, 22, 0),
        "affected": ["ora_omsp", "svc-order", "svc-claim", "ars-ivr"],
    },
    {
        "id": "T2",
        "kind": "host_cpu_saturation",
        "root": "BCCTI01",
        "description": "in Saturday's morning show the AhnLab V3 full scan (moved to Saturday 10:00 on Thursday)"
        " pins the CPU of the CTI server BCCTI01: cti-server routes calls late, ars-ivr (scenario deployed at"
        " 09:50, loudest) drops phone orders and cc-desk pops no caller screens, until the scan is stopped",
        "start": kst(11, 10, 10),
        "end": kst(11, 11, 5),
        "affected": ["BCCTI01", "cti-server", "ars-ivr", "cc-desk"],
    },
    {
        "id": "T3",
        "kind": "db_exclusive_lock",
        "root": "pg_vndr",
        "description": "in the small hours of Monday a VACUUM FULL on pg_vndr's settlement table holds an ACCESS"
        " EXCLUSIVE lock: job_vendor_settle (3.3.0 deployed Sunday 17:00, loudest) fails, vendor-portal shows"
        " no statements and edi-vendor cannot send shipping orders, until the vacuum is cancelled",
        "start": kst(13, 2, 20),
        "end": kst(13, 3, 15),
        "affected": ["pg_vndr", "job_vendor_settle", "vendor-portal", "edi-vendor"],
    },
    {
        "id": "T4",
        "kind": "cache_eviction",
        "root": "rc-promo",
        "description": "in Tuesday's morning show the second November 무이자 할부 promotion load writes per-customer"
        " keys without TTL until rc-promo reaches maxmemory and evicts the card-company rules: svc-halbu falls"
        " back to the database, svc-pay (8.2.0 deployed at 08:20, loudest) times out card approvals and svc-order"
        " fails checkouts, until the keys are deleted and the rules reloaded",
        "start": kst(14, 8, 40),
        "end": kst(14, 9, 35),
        "affected": ["rc-promo", "svc-halbu", "svc-pay", "svc-order"],
    },
    {
        "id": "T5",
        "kind": "stream_throttling",
        "root": "evh-daon-chat-prd",
        "description": "at Wednesday's lunch live with an influencer the Event Hubs namespace evh-daon-chat-prd"
        " runs out of throughput units (auto-inflate off) and throttles (ServerBusy): live-chat (2.9.0 deployed"
        " at 12:45, loudest) drops messages, chat-moderation lags and live-bff errors, until the units are raised",
        "start": kst(15, 13, 5),
        "end": kst(15, 14, 0),
        "affected": ["evh-daon-chat-prd", "live-chat", "chat-moderation", "live-bff"],
    },
    {
        "id": "T6",
        "kind": "broker_disk_alarm",
        "root": "pcmqp02",
        "description": "on Friday evening the RabbitMQ node pcmqp02, whose disk has been filling since the log"
        " level was set to debug on Thursday, hits the disk_free_limit alarm and blocks publishers: mq-notify"
        " stops accepting, notify-hub (3.6.0 deployed at 19:30, loudest) cannot send 배송출발 알림톡 and"
        " courier-if cannot publish courier events, until the logs are cleaned and the level reverted",
        "start": kst(17, 19, 50),
        "end": kst(17, 20, 45),
        "affected": ["pcmqp02", "mq-notify", "notify-hub", "courier-if"],
    },
    {
        "id": "T7",
        "kind": "hot_row_lock",
        "root": "ora_scmp",
        "description": "in Sunday's prime-time limited-quantity handbag show every order decrements the single"
        " stock row of the on-air item in ora_scmp (enq: TX - row lock contention): svc-stock (loudest) times"
        " out, svc-product (deployed at 20:40) and svc-order slow down and fail (ongoing)",
        "start": kst(19, 20, 55),
        "end": None,
        "affected": ["ora_scmp", "svc-stock", "svc-product", "svc-order"],
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
    return rels + [(a, b, "CONNECTS_TO") for a, b in NETWORK_LINKS]


RELATIONS = _relations()


incident_hops(RELATIONS, INCIDENTS)


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 11, 'S': 41, 'D': 61}[env]) + i // 8}.{17 + (i * 37) % 211}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2",
                      "vcenter": "vc-pc01"}  # fmt: skip
        elif kind == "ocp":
            attrs |= {"os": "RHCOS 4.14", "cluster": "ocp-pc-prd", "vcpu": 32, "mem_gb": 128,
                      "hypervisor": "VMware vSphere 8.0U2"}  # fmt: skip
            owner = COM
        elif kind == "win":
            attrs |= {"os": rng.choice(["Windows Server 2019", "Windows Server 2022"]), "cores": rng.choice([16, 24]),
                      "mem_gb": rng.choice([64, 128]),
                      "serial": f"{rng.choice(['CZ2', 'SGH', '7X9'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "aks":
            attrs |= {"os": "Ubuntu 22.04 (AKS)", "cluster": "aks-daon-prd" if env == "P" else "aks-daon-nonprod",
                      "kubernetes": "1.29.4"}  # fmt: skip
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.9"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['J30', 'CZ2', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("pcdbp", "djdbp")):
                owner = DBA
        if site == "B":
            owner = CC if h.startswith(("BCIVR", "BCCTI")) else BCE
        if site == "G":
            owner = LOGI
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


def _tv(ts: datetime) -> float:
    """TV orders: the weekday morning show (around 09:30), lunch, the afternoon and prime time (around 21:30) with a
    late-night tail; weekends a bigger morning, an afternoon block and the highest prime time on Sunday."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.06 + 0.08 * _bump(h, 15, 6)
    if wd < 5:
        v += 0.55 * _bump(h, 9.6, 1.1) + 0.15 * _bump(h, 12.5, 0.8) + 0.22 * _bump(h, 16, 1.5)
        v += 0.72 * _bump(h, 21.6, 1.2) + 0.18 * _bump(h, 23.9, 0.7)
    else:
        v += 0.66 * _bump(h, 10.3, 1.4) + 0.34 * _bump(h, 15, 1.8)
        v += (0.88 if wd == 6 else 0.8) * _bump(h, 21.5, 1.3)
    return max(0.04, min(1.0, v))


def _agents(ts: datetime) -> float:
    """The call centre: agents 09–21 on weekdays, 09–18 on weekends, calls following the TV."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    staffed = 9 <= h < (21 if wd < 5 else 18)
    return max(0.05, min(1.0, 0.08 + (0.45 if staffed else 0) + 0.35 * _tv(ts)))


def _mobile(ts: datetime) -> float:
    """Mobile live commerce and the web shop: weekday lunch live, evening lives; weekend afternoons."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.55 * _bump(h, 20.6, 1.4) + 0.1 * _bump(h, 10, 1.5)
    if wd < 5:
        v += 0.42 * _bump(h, 12.6, 0.7)
    else:
        v += 0.3 * _bump(h, 15, 2.2)
    return max(0.05, min(1.0, v))


def _night(ts: datetime) -> float:
    """Nightly batches 00:00–04:00."""
    return 0.85 if seoul_hour(ts) < 4 else 0.15


def _logi(ts: datetime) -> float:
    """Gimpo: two shifts 07–22 Monday to Saturday, a skeleton crew on Sunday."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd == 6:
        return 0.12
    return 0.15 + (0.6 if 7 <= h < 22 else 0) + 0.15 * _bump(h, 14, 2)


def _delivery(ts: datetime) -> float:
    """Delivery tracking and courier events: daytime deliveries, evening look-ups."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.08 + 0.35 * _bump(h, 11, 2.5) + 0.5 * _bump(h, 20.5, 1.8)))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 9 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1)


def _broadcast(ts: datetime) -> float:
    return 0.5 + 0.2 * _tv(ts)


def _steady(ts: datetime) -> float:
    return 0.5


TV_SIDE = {
    "svc-order", "svc-claim", "svc-product", "svc-stock", "svc-pay", "svc-halbu", "pg-relay", "ora_omsp", "ora_payp",
    "ora_scmp", "rc-order", "rc-ordstat", "rc-promo", "rc-product", "mq-order", "svc-ordstat", "ars-ivr",
    "maria_ars", "svc-customer", "tibero_cust", "svc-point", "adc-pc-api", "ocpw-pc-01", "ocpw-pc-02", "ocpw-pc-03",
    "pcapv041", "pcapv042", "pcdbp011", "pcdbp012", "pcdbp013", "pcdbp014", "pcdbp021", "pcrdsp01", "pcrdsp02",
    "pcmqp01", "pcdbv031", "BCIVR01", "BCIVR02", "line-kcp", "sip-trunk-kt", "SBC-CC-01", "fw-pc-edge",
    "log-opensearch", "pclogp01", "vsp-pc-01", "GFX-CG", "BCCG01",
}  # fmt: skip
AGENTS = {"cti-server", "cc-desk", "mssql_cti", "BCCTI01", "BCCTIDB01", "pcapv021"}
MOBILE = {
    "live-bff", "live-chat", "chat-moderation", "web-front", "reco-engine", "evh-daon-chat-prd", "cosmos-daon-chat-prd",
    "redis-daon-live-prd", "agw-daon-live-prd", "aks-live-28419073-vmss000000",
    "aks-live-28419073-vmss000001", "er-daon-azure", "stdaonvodprd", "pkg-origin", "pcapv051", "cdn-live-akm",
    "ENC-LIVE", "BCENC01",
}  # fmt: skip
NIGHT = {
    "job_vendor_settle",
    "job_halbu_recon",
    "pcbatv01",
    "nas-pc-batch",
    "djdbp01",
    "ora_omsp_dr",
    "dd-dj-01",
}
LOGI_SIDE = {"wms-gimpo", "sorter-ctl", "ora_wms", "gpwmsp01", "gpdbp01", "gpsrtp01", "gpsrtp02", "wan-gimpo"}
DELIVERY = {"svc-dlvtrack", "courier-if", "job_dlv_poll", "tibero_dlv", "notify-hub", "mq-notify", "pcapv061",
            "pcmqp02"}  # fmt: skip
OFFICE = {
    "vendor-portal",
    "edi-vendor",
    "pg_vndr",
    "pcapv071",
    "svc-pgm",
    "ora_pgmp",
    "pcapv011",
    "adc-pc-partner",
}
BROADCAST = {"PLAYOUT-A", "PLAYOUT-B", "MAM-CORE", "BCPO01", "BCPO02", "BCMAM01", "ISILON-BC01", "wan-bc"}


def _load(name: str):
    for group, shape in (
        (TV_SIDE, _tv),
        (AGENTS, _agents),
        (MOBILE, _mobile),
        (NIGHT, _night),
        (LOGI_SIDE, _logi),
        (DELIVERY, _delivery),
        (OFFICE, _office),
        (BROADCAST, _broadcast),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "T1": {0: (8.0, 4.0), 1: (4.5, 12.0), 2: (2.4, 7.0)},
    "T2": {1: (6.0, 10.0), 2: (3.0, 9.0)},
    "T3": {0: (7.0, 5.0), 1: (4.0, 14.0)},
    "T4": {0: (6.0, 6.0), 1: (4.5, 13.0), 2: (2.6, 8.0), 3: (1.8, 5.0)},
    "T5": {0: (3.0, 9.0), 1: (3.5, 14.0), 2: (2.0, 7.0)},
    "T6": {1: (5.0, 11.0), 2: (2.8, 9.0)},
    "T7": {0: (9.0, 5.5), 1: (5.0, 13.0), 2: (2.6, 8.0)},
}
EFFECT_OVERRIDE = {
    ("T1", "svc-order"): (5.5, 28.0),
    ("T2", "ars-ivr"): (4.0, 26.0),
    ("T3", "job_vendor_settle"): (5.0, 33.0),
    ("T4", "svc-pay"): (3.6, 24.0),
    ("T5", "live-chat"): (4.5, 31.0),
    ("T6", "notify-hub"): (3.5, 27.0),
    ("T7", "svc-stock"): (6.0, 32.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "pcdbp011", "pcdbp012", "pcdbp013", "pcdbp014", "pcdbp021", "pcdbv031", "pcrdsp01", "pcrdsp02", "pcmqp01",
    "pcmqp02", "pclogp01", "pcbatv01", "BCMAM01", "BCCTIDB01", "gpdbp01", "djdbp01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
ARCH_CHANGE = kst(10, 15, 0)  # the RMAN archive backup moved to the DR target
MQ_DEBUG = kst(16, 14, 0)  # pcmqp02's RabbitMQ log level set to debug


def _filling(ts: datetime, since: datetime, full: datetime, end: datetime, fall: float = 20) -> float:
    """0 before `since`, rising to 1 at `full` (quadratically), 1 until `end`, then back to 0 in `fall` minutes."""
    if ts < since:
        return 0.0
    if ts < full:
        return progress(ts, since, full) ** 2
    if ts < end:
        return 1.0
    return max(0.0, 1 - (ts - end).total_seconds() / 60 / fall)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "pclogp01":  # OpenSearch: the indices creep up
        disk0, growth = 66.3, 1.15
    if name == "pcdbp011":  # /arch included
        disk0, growth = 41.0, 0.03
    if name == "pcmqp02":
        disk0, growth = 37.0, 0.02
    if name == "BCENC01":  # encoding is heavy
        cpu0 = 52.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "pcdbp011":  # archive logs pile up from the afternoon change until purged
            disk += (98.6 + rng.gauss(0, 0.2) - disk) * _filling(
                ts, ARCH_CHANGE, T1["start"], T1["end"] - timedelta(minutes=10)
            )
        if name in ("pcdbp011", "pcdbp012"):  # sessions waiting on log file switch: idle CPU, more memory
            mem += 9 * ramp(ts, T1["start"], T1["end"], rise=10, fall=10)
        if name == "BCCTI01":  # the V3 full scan
            cpu += (97.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, T2["start"], T2["end"], rise=5, fall=10)
            mem += 11 * ramp(ts, T2["start"], T2["end"], rise=5, fall=10)
        if name == "pcmqp02":  # debug logs since Thursday afternoon, alarm at the evening wave
            disk += (96.2 + rng.gauss(0, 0.2) - disk) * _filling(
                ts, MQ_DEBUG, T6["start"], T6["end"] - timedelta(minutes=5)
            )
        if name == "pcdbp014":  # row-lock waits and latch spinning on ora_scmp
            cpu += 31 * ramp(ts, T7["start"], T7["end"], rise=5)
        if name == "ocpw-pc-03":  # retries of the stock and product pods
            cpu += 14 * ramp(ts, T7["start"] + timedelta(minutes=5), T7["end"], rise=10)
        if name in ("gpsrtp02", "BCENC02"):
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-gimpo": 3.1, "wan-bc": 1.4, "er-daon-azure": 2.2, "line-kcp": 3.8, "sip-trunk-kt": 11.5}.get(
        name, rng.uniform(0.2, 0.9)
    )
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
    used = {"ISILON-BC01": (71, 72), "dd-dj-01": (58, 60), "nas-pc-batch": (47, 49)}.get(name, (30, 50))
    per_day = 0.3 if name == "ISILON-BC01" else 0.04
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "vsp-pc-01" else rng.uniform(1.5, 4.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-dj-01" and 1 <= seoul_hour(ts) < 3:  # the nightly RMAN backups
            lat *= 1.8
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "PLAYOUT-A": 6.5, "PLAYOUT-B": 6.8, "GFX-CG": 18.0, "ENC-LIVE": 38.0, "MAM-CORE": 140.0, "pkg-origin": 22.0,
    "svc-pgm": 230.0, "svc-ordstat": 12.0, "ars-ivr": 180.0, "cti-server": 24.0, "cc-desk": 260.0,
    "svc-order": 140.0, "svc-claim": 190.0, "svc-product": 48.0, "svc-customer": 62.0, "svc-point": 75.0,
    "svc-stock": 35.0, "svc-dlvtrack": 120.0, "svc-pay": 420.0, "svc-halbu": 16.0, "pg-relay": 380.0,
    "job_halbu_recon": 640.0, "vendor-portal": 310.0, "edi-vendor": 150.0, "job_vendor_settle": 580.0,
    "wms-gimpo": 170.0, "sorter-ctl": 9.0, "courier-if": 210.0, "job_dlv_poll": 520.0, "notify-hub": 95.0,
    "live-bff": 110.0, "live-chat": 28.0, "chat-moderation": 42.0, "web-front": 160.0, "reco-engine": 55.0,
    "log-opensearch": 85.0,
    "ora_omsp": 3.6, "ora_payp": 2.9, "ora_pgmp": 4.8, "ora_scmp": 3.3, "tibero_cust": 2.7, "tibero_dlv": 3.9,
    "pg_vndr": 2.4, "maria_ars": 1.7, "mssql_cti": 2.1, "ora_wms": 3.1, "cosmos-daon-chat-prd": 6.2,
    "ora_omsp_dr": 5.5,
    "rc-order": 0.38, "rc-ordstat": 0.31, "rc-promo": 0.44, "rc-product": 0.52, "redis-daon-live-prd": 0.9,
    "mq-order": 3.4, "mq-notify": 2.9, "evh-daon-chat-prd": 7.5,
    "adc-pc-api": 0.9, "adc-pc-partner": 1.2, "agw-daon-live-prd": 2.8, "cdn-live-akm": 11.0,
}  # fmt: skip
REQUEST_RATE = {
    "svc-order": 2600.0, "svc-claim": 420.0, "svc-product": 7400.0, "svc-customer": 1900.0, "svc-point": 880.0,
    "svc-stock": 3100.0, "svc-dlvtrack": 1250.0, "svc-pay": 1150.0, "svc-halbu": 2300.0, "pg-relay": 1080.0,
    "ars-ivr": 640.0, "cti-server": 310.0, "cc-desk": 240.0, "svc-ordstat": 5200.0, "svc-pgm": 45.0,
    "vendor-portal": 160.0, "edi-vendor": 90.0, "wms-gimpo": 520.0, "courier-if": 760.0, "notify-hub": 1400.0,
    "live-bff": 3300.0, "live-chat": 8800.0, "chat-moderation": 8600.0, "web-front": 4100.0, "reco-engine": 2900.0,
    "ora_omsp": 18500.0, "ora_payp": 6200.0, "ora_scmp": 14200.0, "tibero_cust": 5100.0, "tibero_dlv": 3900.0,
    "pg_vndr": 1300.0, "maria_ars": 1700.0, "cosmos-daon-chat-prd": 9100.0,
    "rc-order": 31000.0, "rc-ordstat": 26000.0, "rc-promo": 9800.0, "rc-product": 45000.0,
    "redis-daon-live-prd": 21000.0, "mq-order": 3700.0, "mq-notify": 2100.0, "evh-daon-chat-prd": 9300.0,
    "adc-pc-api": 12600.0, "agw-daon-live-prd": 7200.0, "cdn-live-akm": 16000.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "rc-order": (54.0, 12.0), "rc-ordstat": (28.0, 9.0), "rc-promo": (47.0, 6.0), "rc-product": (67.0, 4.0),
    "redis-daon-live-prd": (44.0, 14.0), "mq-order": (30.0, 10.0), "mq-notify": (26.0, 8.0),
}  # fmt: skip
CPU_DB = {"ora_omsp": (24.0, 38.0), "ora_scmp": (15.0, 30.0), "tibero_cust": (14.0, 20.0),
          "cosmos-daon-chat-prd": (12.0, 30.0)}  # fmt: skip
BATCH_HOURS = {"job_vendor_settle": (2.0, 2.9), "job_halbu_recon": (3.0, 3.7), "job_dlv_poll": (6.5, 7.2)}


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
            if inc is T5 and name in ("evh-daon-chat-prd", "live-chat"):
                req *= 1 - 0.4 * r  # throttled
            if inc is T6 and name in ("mq-notify", "notify-hub"):
                req *= 1 - 0.55 * r  # publishers blocked
            if inc is T7 and name == "svc-stock":
                req *= 1 + 0.35 * r  # retries
            if inc is T1 and name == "ars-ivr":
                req *= 1 + 0.3 * r  # callers redial
        if name in BATCH_HOURS:
            a, z = BATCH_HOURS[name]
            if not a <= seoul_hour(ts) < z:
                req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "rc-promo":  # per-customer keys from 08:30 until maxmemory, evicting
                mem += (99.1 + rng.gauss(0, 0.2) - mem) * ramp(ts, T4["start"] - timedelta(minutes=10), T4["end"],
                                                                rise=15, fall=10)  # fmt: skip
            if name == "mq-notify":  # messages paged to disk while publishers are blocked
                mem += 18 * ramp(ts, T6["start"], T6["end"], rise=10, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "ora_scmp":
                cpu += (94.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, T7["start"], T7["end"], rise=5)
            if name == "cosmos-daon-chat-prd":  # fewer writes while the stream is throttled
                cpu -= 8 * ramp(ts, T5["start"], T5["end"])
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly batches, the daily cue-sheet export and playlist load, and the partner certificate warning."""
    rows = []
    for d in range(9, 20):
        if d != 13:
            rows.append(
                (d, 2, 0, "job_vendor_settle", "info", "batch_job", "협력사 정산 배치 시작 (VNDR_SETTLE_D)")
            )
            rows.append((d, 2, 48, "job_vendor_settle", "info", "batch_job", "협력사 정산 완료"))
        rows.append((d, 3, 0, "job_halbu_recon", "info", "batch_job", "카드 매입/할부 수수료 대사 시작"))
        rows.append((d, 3, 37, "job_halbu_recon", "info", "batch_job", "카드 매입 대사 완료, 불일치 0건"))
        rows.append(
            (d, 6, 30, "job_dlv_poll", "info", "batch_job", "택배사 배송상태 일괄 조회 (CJ/롯데/한진/우체국)")
        )
        rows.append((d, 17, 0, "svc-pgm", "info", "batch_job", "익일 편성표 확정, 큐시트 송출서버 전송"))
        rows.append(
            (d, 17, 4, "PLAYOUT-A", "info", "playlist", "D+1 playlist loaded (24 slots), 소재 누락 0")
        )
        left = (datetime(2028, 11, 28) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 0, "adc-pc-partner", "warning", "cert_expiry",
             f"SSL certificate partner.daonshop.co.kr expires in {left} days (2028-11-28), manual renewal (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (11, 14, 0, "pclogp01", "warning", "threshold_breach", "disk_usage above 68% on /data/opensearch"),
    (10, 15, 0, "ora_omsp", "info", "config_change", "RMAN 아카이브 백업 대상 변경: 로컬 → dd-dj-01 (대전 DR), 삭제 정책 재설정"),
    (10, 16, 30, "svc-order-stg", "info", "deployment", "svc-order-stg 9.15.0-rc1 배포"),
    (10, 20, 50, "svc-order", "info", "deployment", "svc-order 9.14.2 배포 (주문서 무이자 할부 안내 문구)"),
    (10, 21, 0, "svc-pgm", "info", "change_notice", "21:00 명품 특집 '밀라노 레더 컬렉션' 생방송 시작"),
    (11, 9, 50, "ars-ivr", "info", "deployment", "ARS 시나리오 v9.0.18 배포 (무이자 할부 안내 멘트 추가)"),
    (12, 17, 0, "job_vendor_settle", "info", "deployment", "job_vendor_settle 3.3.0 배포 (직매입 수수료 구간 추가)"),
    (12, 22, 0, "pg_vndr", "info", "change_notice", "월요일 02:00 정산 테이블 bloat 정리 (VACUUM FULL vndr_settle_line) 예정"),
    (15, 10, 0, "pclogp01", "warning", "threshold_breach", "disk_usage above 72% on /data/opensearch"),
    (13, 11, 0, "gpsrtp02", "info", "maintenance", "분류기 WCS #2 산업용 PC 교체 (서비스 제외)"),
    (13, 14, 0, "BCENC02", "info", "maintenance", "라이브 인코더 #2 펌웨어 업그레이드 (4.1.0 → 4.2.1), 인코더 #1 단독 운영"),
    (13, 15, 0, "svc-pgm-dev", "info", "maintenance", "개발 편성 DB 리프레시"),
    (9, 23, 0, "BCCTI01", "info", "config_change", "V3 정밀검사 스케줄 변경 (일 03:00 → 토 10:00)"),
    (14, 8, 20, "svc-pay", "info", "deployment", "svc-pay 8.2.0 배포 (토스페이 부분취소)"),
    (14, 8, 30, "rc-promo", "info", "batch_job", "11월 2차 무이자 할부 프로모션 적재 (카드사 9개, 고객별 특판 키)"),
    (15, 12, 45, "live-chat", "info", "deployment", "live-chat 2.9.0 배포 (이모지 리액션)"),
    (15, 13, 0, "live-bff", "info", "change_notice", "13:00 인플루언서 공동 라이브 시작 (동시접속 예상 3배)"),
    (17, 16, 0, "pclogp01", "warning", "threshold_breach", "disk_usage above 75% on /data/opensearch"),
    (16, 14, 0, "mq-notify", "info", "config_change", "RabbitMQ log level info → debug (배송 이벤트 라우팅 추적)"),
    (16, 16, 0, "live-bff-stg", "info", "deployment", "live-bff-stg 5.18.0-beta2 배포"),
    (17, 19, 30, "notify-hub", "info", "deployment", "notify-hub 3.6.0 배포 (배송출발 알림톡 템플릿 추가)"),
    (17, 19, 40, "notify-hub", "info", "batch_job", "배송출발 알림톡 일괄 발송 시작 (대상 41만건)"),
    (18, 11, 0, "wms-gimpo", "info", "deployment", "wms-gimpo 6.8.1 배포 (합포장 로직)"),
    (18, 14, 0, "svc-point", "info", "deployment", "svc-point 2.12.0 배포 (소멸 예정 포인트 안내)"),
    (19, 10, 30, "reco-engine", "info", "deployment", "reco-engine 0.21.0 배포 (two-tower-v7)"),
    (19, 20, 40, "svc-product", "info", "deployment", "svc-product 7.3.5 배포 (라이브 상품카드 이미지 경로)"),
    (19, 20, 50, "ora_scmp", "info", "change_notice", "21:00 한정수량 명품백 특집 (상품 2811734, 3000개) 판매 시작"),
    # T1 (Friday 10 prime time)
    (10, 20, 40, "pcdbp011", "warning", "disk", "/arch 90% used (archive logs not deleted)"),
    (10, 21, 6, "ora_omsp", "critical", "archiver", "ORA-00257: archiver error. Connect internal only, until freed"),
    (10, 21, 8, "ora_omsp", "critical", "performance", "log file switch (archiving needed): 640 sessions waiting"),
    (10, 21, 11, "svc-order", "critical", "error", "주문 저장 실패 28% (commit timeout), 주문서 응답 지연"),
    (10, 21, 14, "svc-claim", "major", "error", "주문 취소 등록 실패 (DB 응답 없음)"),
    (10, 21, 20, "ars-ivr", "warning", "error", "ARS 주문 확정 실패, 상담원 연결 전환 증가"),
    (10, 21, 50, "ora_omsp", "info", "config_change", "아카이브 로그 수동 백업 후 삭제 (DELETE ARCHIVELOG BACKED UP 1 TIMES)"),
    (10, 22, 5, "svc-order", "info", "recovery", "주문 저장 정상"),
    # T2 (Saturday 11 morning show)
    (11, 10, 10, "BCCTI01", "warning", "cpu", "CPU 92% (V3 정밀검사 v3svc.exe)"),
    (11, 10, 13, "BCCTI01", "critical", "cpu", "CPU 99% 10분 지속, T-Server 응답 지연"),
    (11, 10, 17, "cti-server", "major", "error", "T-Server EventRouteRequest timeout, 콜 라우팅 지연"),
    (11, 10, 21, "ars-ivr", "critical", "error", "ARS 주문 실패 26% (CTI 응답 없음), 콜 포기 증가"),
    (11, 10, 25, "cc-desk", "warning", "error", "상담원 인입 팝업 누락"),
    (11, 10, 58, "BCCTI01", "info", "config_change", "V3 정밀검사 중지, 스케줄 일요일 03:00로 원복"),
    (11, 11, 10, "ars-ivr", "info", "recovery", "ARS 주문 정상"),
    # T3 (Monday 13 night batch)
    (13, 2, 0, "job_vendor_settle", "info", "batch_job", "협력사 정산 배치 시작 (VNDR_SETTLE_D)"),
    (13, 2, 18, "pg_vndr", "info", "maintenance", "VACUUM FULL vndr_settle_line 시작 (DBA 작업)"),
    (13, 2, 22, "pg_vndr", "critical", "lock", "AccessExclusiveLock on vndr_settle_line held by VACUUM FULL, 212 waiting"),
    (13, 2, 26, "job_vendor_settle", "critical", "batch_job", "VNDR_SETTLE_D step 3 FAILED: canceling statement due to lock timeout"),
    (13, 2, 31, "edi-vendor", "major", "error", "출고지시 EDI 전송 실패 (DB lock timeout)"),
    (13, 2, 35, "vendor-portal", "warning", "error", "정산 내역 조회 실패"),
    (13, 3, 10, "pg_vndr", "info", "config_change", "pg_cancel_backend(VACUUM FULL), pg_repack으로 대체 예정"),
    (13, 3, 40, "job_vendor_settle", "info", "batch_job", "VNDR_SETTLE_D 재실행 완료 (지연)"),
    # T4 (Tuesday 14 morning show)
    (14, 8, 36, "rc-promo", "warning", "memory", "used_memory 11.3GB / maxmemory 12GB"),
    (14, 8, 41, "rc-promo", "critical", "memory", "maxmemory reached, evicted_keys 184k/min (halbu:rule:* evicted)"),
    (14, 8, 46, "svc-halbu", "major", "error", "할부 룰 캐시 miss 급증, ora_payp 조회 fallback"),
    (14, 8, 48, "svc-pay", "critical", "error", "카드 승인 타임아웃 24% (무이자 할부 조회 지연)"),
    (14, 8, 57, "svc-order", "warning", "error", "주문서 결제 단계 지연"),
    (14, 9, 25, "rc-promo", "info", "config_change", "promo:cust:* 키 삭제, halbu:rule:* 재적재, 고객별 키 TTL 24h"),
    (14, 9, 40, "svc-pay", "info", "recovery", "카드 승인 정상"),
    # T5 (Wednesday 15 lunch live)
    (15, 13, 6, "evh-daon-chat-prd", "warning", "throttling", "ThrottledRequests 1.2k/min, throughput units 8/8 in use"),
    (15, 13, 9, "evh-daon-chat-prd", "critical", "throttling", "ServerBusyException: namespace throughput exceeded (auto-inflate off)"),
    (15, 13, 12, "live-chat", "critical", "error", "채팅 메시지 발행 실패 31%, 메시지 유실"),
    (15, 13, 15, "chat-moderation", "major", "error", "금칙어 필터 소비 지연 (consumer lag 4m)"),
    (15, 13, 22, "live-bff", "warning", "error", "라이브 화면 채팅 로딩 실패 증가"),
    (15, 13, 52, "evh-daon-chat-prd", "info", "config_change", "throughput units 8 → 20, auto-inflate on (max 32)"),
    (15, 14, 5, "live-chat", "info", "recovery", "채팅 정상"),
    # T6 (Friday 17 evening)
    (17, 16, 5, "pcmqp02", "warning", "disk", "/var/lib/rabbitmq 82% used (rabbit.log 38GB)"),
    (17, 19, 20, "pcmqp02", "warning", "disk", "/var/lib/rabbitmq 94% used (rabbit.log 57GB)"),
    (17, 19, 51, "pcmqp02", "critical", "disk", "disk free 48GB below disk_free_limit 50GB"),
    (17, 19, 53, "mq-notify", "critical", "queue", "disk alarm set on rabbit@pcmqp02: publishers blocked"),
    (17, 19, 58, "notify-hub", "critical", "error", "알림톡 발송 적재 실패 27% (connection.blocked)"),
    (17, 20, 2, "courier-if", "major", "error", "배송 이벤트 발행 실패, 택배사 webhook 재시도 적체"),
    (17, 20, 35, "mq-notify", "info", "config_change", "log level debug → info, rabbit.log 정리 (61GB 삭제)"),
    (17, 20, 50, "notify-hub", "info", "recovery", "알림톡 발송 정상, 지연분 재발송"),
    # T7 (Sunday 19 prime time, ongoing)
    (19, 20, 57, "ora_scmp", "warning", "performance", "enq: TX - row lock contention, 380 sessions (STOCK_ONAIR item 2811734)"),
    (19, 21, 1, "ora_scmp", "critical", "performance", "row lock waits 1,920 sessions, avg wait 3.8s on STOCK_ONAIR"),
    (19, 21, 4, "svc-stock", "critical", "error", "재고 차감 타임아웃 32%, 판매가능수량 조회 지연"),
    (19, 21, 8, "svc-product", "major", "error", "상품 상세 재고 표시 지연"),
    (19, 21, 14, "svc-order", "warning", "error", "주문 실패 증가 (재고 확인 타임아웃)"),
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
    generate(NAME, "tv-shopping", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
