"""Generate the coffee-franchise estate (tests/fixtures/coffee-chain/, interchange format) and its faults.

A Korean coffee franchise (모카포트커피 — 매장 1,800개: 가맹 1,450 + 직영 350): the mobile pre-order app 크레마오더
(`crema-bff`, the order gateway `crema-order`, the store menu/sold-out API `crema-menu-api`, member login
`member-auth`) on AKS in Azure 한국중부 with Azure PostgreSQL (`psql-crema-prd`, `psql-member-prd`) and Azure
Cache for Redis (`redis-crema-prd`); the Kafka order bus `kafka-order` (three brokers in 목동IDC) feeding the store
order relay `order-router`, which hands orders to the store edge boxes over the MQTT broker `emqx-edge`
(`edge-sync` pushes menus/recipes/firmware, the fleet is `fleet-edgebox`); the store POS backend `pos-hub`
(`fleet-pos`) and the kiosk backend `kiosk-hub` (`fleet-kiosk`) on the Oracle RAC `posdb`; the payment gateway
`paygw-core` on Oracle `paydb` (Data Guard standby `paydb-dr` in 대전DR센터) with VAN links `vanlink-ksnet`
/ `vanlink-kis` over leased lines and the easy-pay bridge `easypay-bridge`; the stamp/loyalty platform
`stamp-core` (winter e-프리퀀시 from Monday 13) on MySQL `stampdb` and Redis `kv-stamp`, the e-쿠폰 / gift-card hub
`ecoupon-hub` on `coupondb`; drink recipes `recipe-master` and menu publishing `menu-pub` (cache `kv-menu`, NAS
`nas-md-menu`); delivery-platform relay `dlv-relay` (배민, 쿠팡이츠, 요기요); store supply ordering `supply-order`, the
23:00 cut-off `supply_cutoff` and dispatch `logi-tms` on Oracle `scmdb`; the roastery MES `roast-mes` and green-bean
inventory `greenbean-inv` on MS-SQL `mesdb` in 이천로스터리; SAP `erp-s4` on HANA `erpdb`; franchisee settlement
`fc-settle`, the nightly `fc_settle_daily` and the owners' portal `fc-portal` on PostgreSQL `settledb`; CRM
(`crm-campaign`, `crm-push` over Service Bus `sb-crm-prd`); the data lake (`lake-ingest`, `st-lake-prd`,
`sales_mart_nightly` into Synapse `sqldw-sales-prd`) and the BI `bi-superset` at 서울본사(성수).

Naming (unlike the earlier estates): on-prem hosts in the 8-character SI style site + env + role + number
(`mdpwas01` = 목동 prod WAS 1, `mdpdb03`, `mdpkfk02`, `icpmes01` = 이천 prod MES, `djpdb01` = 대전 DR, `mdsapp01`
stg, `mddapp01` dev, `sspbi01` 성수 본사), short purpose-named databases (`paydb`, `stampdb`, `scmdb`, `settledb`)
and `kv-*` Redis caches, Azure resources in the CAF style (`psql-member-prd`, `redis-crema-prd`, `agw-crema-prd`,
`st-lake-prd`, `sb-crm-prd`, `vm-lake-prd-01`) and generated AKS node names
(`aks-ordpool-31245867-vmss000001`), code-named app services (`crema-*`), `*-hub` backends, `vanlink-*`,
snake_case batch jobs (type batch_job: `supply_cutoff`, `fc_settle_daily`, `menu_nightly_push`), the store device
fleets as device groups (`fleet-edgebox`, `fleet-pos`, `fleet-kiosk`) and network gear as type network
(`van-ksnet-line`, `er-md-azure`, `sdwan-hub-md`).

Seven injected incidents (times KST; now = Thursday 2028-11-16 08:40, the weekday morning coffee rush; the window
is the 10 days before; stores open about 06:30–22:30 with the weekday commute rush 07:30–09:30, the after-lunch
peak 12:30–13:30 and a weekend afternoon peak, pre-orders peaking in the rush, delivery at lunch and evening,
store supply orders after closing up to the 23:00 cut-off, night batches 00:00–05:00, the roastery in two shifts):
  M1 Tue 07 12:25–13:15  (lunch peak) kv-stamp, switched to maxmemory-policy noeviction on Monday evening,
                         reaches maxmemory and refuses writes (OOM): stamp-core (loudest, deployed at 11:50),
                         crema-order, pos-hub
  M2 Wed 08 22:35–23:30  (store supply orders before the 23:00 cut-off) the RAID controller of mdpdb03 starts a
                         battery learn cycle and drops to write-through: scmdb, supply-order (loudest, deployed
                         at 21:00), supply_cutoff (late), logi-tms
  M3 Fri 10 07:50–08:45  (morning rush) kafka-order's ISR shrinks under min.insync.replicas=2 (raised on
                         Thursday) and acks=all producers fail: crema-order (loudest, deployed at 07:35),
                         order-router, dlv-relay
  M4 Sat 11 14:20–15:15  (weekend afternoon) the KSNET leased line van-ksnet-line loses packets (carrier fibre
                         work) and the VAN failover is manual: vanlink-ksnet (loudest), paygw-core, pos-hub,
                         kiosk-hub (deployed at 14:00)
  M5 Mon 13 03:05–04:00  (night batch) an anti-wraparound autovacuum on settledb's sales_line saturates its IO:
                         fc_settle_daily (loudest), sales_mart_nightly (deployed Sunday 20:00), fc-portal
  M6 Tue 14 19:05–20:00  (evening, the e-프리퀀시 campaign's segment extraction at 19:00) psql-member-prd runs
                         out of IOPS: member-auth (loudest), crema-bff (deployed at 18:40), ecoupon-hub
  M7 Thu 16 07:55–now    (store opening and morning rush) emqx-edge's node 2 hits its memory high watermark
                         delivering the queued overnight menu messages (max_mqueue_len raised on Wednesday) and
                         drops client connections: order-router (loudest, deployed at 07:30), edge-sync,
                         fleet-edgebox, crema-order (ongoing)
Confounders: the rushes, the nightly batches (sales_mart_nightly and fc_settle_daily on the same settledb, the
menu push, stamp expiry, e-쿠폰 settlement), the e-프리퀀시 launch push on Monday 07:00, deploys on victims before
most incidents, the kiosk firmware rollout on Wednesday night, shared hosts (`mdprds01` for both Redis caches,
`mdpdb02` for stampdb and coupondb, `mdpdb04` for settledb and recipedb), `icpmes02` and `pos-hub-stg` in
maintenance, the retired `giftcon_legacy_if`, `mdplog01`'s disk creeping up, and `lb-md-store`'s certificate for
store-api.mokapot.co.kr expiring on 2028-11-24 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/cof_golden.py) are computed from the files.

    .venv/bin/python bench/cof_estate.py   # rewrites tests/fixtures/coffee-chain*
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

NAME = "coffee-chain"
NOW = datetime(2028, 11, 15, 23, 40, tzinfo=UTC)  # Thursday 2028-11-16 08:40 KST
START = NOW - timedelta(days=10)  # Monday 2028-11-06 08:40 KST
SEED = 20281116
SITES = {"S": "서울본사(성수)", "I": "이천로스터리", "M": "목동IDC", "D": "대전DR센터", "Z": "Azure 한국중부"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

ORDER, STORE, PAY, LOYAL = "모바일오더팀", "매장시스템팀", "결제플랫폼팀", "멤버십파트"
MENU, DLV, ROAST, SCM = "메뉴기준정보파트", "delivery-integration", "로스터리IT", "SCM물류팀"
FIN, CRM, DATA, INFRA = "정산재무팀", "crm-marketing", "data-platform", "인프라운영팀"
DBA, NET, CLOUD = "DBA파트", "네트워크팀", "cloud-ops"

AKS0, AKS1, AKS2 = (f"aks-ordpool-31245867-vmss00000{i}" for i in range(3))
AKS_STG = "aks-stgpool-58813204-vmss000000"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- 크레마오더 (mobile pre-order) in Azure
    "crema-bff": ("service", ORDER, "Z", "P", [AKS0, AKS1],
                  ["crema-order", "crema-menu-api", "member-auth", "stamp-core", "ecoupon-hub", "redis-crema-prd"],
                  {"desc": "크레마오더 앱 BFF (홈, 주문, 스탬프, 선물하기 화면)", "product": "Node.js 20 (NestJS, AKS)",
                   "version": "3.18.0", "pods": 10, "mau": 4200000}),
    "crema-order": ("service", ORDER, "Z", "P", [AKS1, AKS2],
                    ["psql-crema-prd", "kafka-order", "paygw-core", "order-router", "redis-crema-prd", "stamp-core"],
                    {"desc": "크레마오더 주문 게이트웨이 (선주문 접수, 결제 승인 요청, 매장 전달 상태)",
                     "product": "Spring Boot 3.3 (Java 21, AKS)", "version": "6.4.2", "pods": 14,
                     "topic": "order.placed.v3", "peak_orders_per_min": 5200}),
    "crema-menu-api": ("service", ORDER, "Z", "P", [AKS2], ["menu-pub", "redis-crema-prd"],
                       {"desc": "앱 매장별 메뉴/품절 조회", "product": "Go 1.22 (AKS)", "version": "2.7.1", "pods": 6,
                        "stores": 1800}),
    "member-auth": ("service", ORDER, "Z", "P", [AKS0], ["psql-member-prd", "redis-crema-prd"],
                    {"desc": "회원 로그인/토큰 (OAuth2, 간편로그인)", "product": "Spring Boot 3.3 (AKS)",
                     "version": "4.1.3", "token_ttl_min": 30, "idp": "카카오, 네이버, Apple", "pods": 8}),
    "dlv-relay": ("service", DLV, "Z", "P", [AKS2], ["kafka-order", "crema-menu-api"],
                  {"desc": "배달앱 주문 중계 (주문 수신 → 주문 버스, 품절/영업상태 동기화)",
                   "platforms": "배달의민족, 쿠팡이츠, 요기요", "product": "Kotlin (Ktor, AKS)", "version": "2.3.0",
                   "stores_enabled": 1240}),
    "lake-ingest": ("service", DATA, "Z", "P", ["vm-lake-prd-01"], ["kafka-order", "st-lake-prd"],
                    {"desc": "주문/매출 이벤트 데이터레이크 적재 (Kafka → ADLS)",
                     "product": "Spark Structured Streaming 3.5", "version": "1.6.0", "trigger_s": 60}),
    "crm-campaign": ("service", CRM, "Z", "P", ["vm-crm-prd-01"], ["psql-member-prd", "crm-push", "sqldw-sales-prd"],
                     {"desc": "CRM 캠페인/세그먼트 추출", "product": "자체개발 (Python 3.12, FastAPI)",
                      "version": "2.2.4", "segments": 412}),
    "crm-push": ("service", CRM, "Z", "P", ["vm-crm-prd-01"], ["sb-crm-prd"],
                 {"desc": "앱 푸시/알림톡 발송", "channels": "FCM, APNs, 카카오 알림톡", "daily_quota": 6000000,
                  "product": "자체개발 (Go 1.22)", "version": "3.0.1"}),
    # ---------------------------------------------------------------- store side (목동IDC)
    "order-router": ("service", ORDER, "M", "P", ["mdpwas03"], ["kafka-order", "emqx-edge", "posdb"],
                     {"desc": "매장 주문 중계 (선주문/배달 주문 → 매장 엣지박스, KDS, 주문 프린터)",
                      "product": "Go 1.22", "version": "5.2.0", "instances": 4, "ack_timeout_s": 8}),
    "edge-sync": ("service", STORE, "M", "P", ["mdpwas03"], ["emqx-edge", "menu-pub", "nas-md-menu"],
                  {"desc": "매장 엣지박스 동기화 (메뉴/레시피/품절, 펌웨어 배포)", "product": "자체개발 (Java 17)",
                   "version": "3.9.4", "edge_boxes": 1800}),
    "pos-hub": ("service", STORE, "M", "P", ["mdpwas01", "mdpwas02"],
                ["posdb", "paygw-core", "stamp-core", "ecoupon-hub", "kafka-order"],
                {"desc": "매장 POS 백엔드 (판매 업로드, 영수증, 스탬프/쿠폰 사용)",
                 "product": "Java 17 (Spring Boot 3.1)", "version": "8.1.5", "instances": 6, "pos_terminals": 3650}),
    "kiosk-hub": ("service", STORE, "M", "P", ["mdpwas02"], ["paygw-core", "posdb", "menu-pub", "stamp-core"],
                  {"desc": "키오스크 주문/관리 (메뉴 화면, 결제, 원격 관리)", "product": "Java 17 (Spring Boot 3.1)",
                   "version": "4.6.0", "kiosks": 2420, "firmware_latest": "K3.2.1"}),
    "paygw-core": ("service", PAY, "M", "P", ["mdppay01", "mdppay02"],
                   ["paydb", "vanlink-ksnet", "vanlink-kis", "easypay-bridge"],
                   {"desc": "결제 게이트웨이 (카드 VAN, 간편결제 라우팅, 취소/망취소)", "product": "자체개발 (Java 17)",
                    "version": "7.0.9", "tps_limit": 1500, "primary_van": "KSNET", "secondary_van": "KIS정보통신",
                    "van_failover": "manual"}),
    "vanlink-ksnet": ("service", PAY, "M", "P", ["mdppay01"], ["van-ksnet-line"],
                      {"desc": "KSNET VAN 전문 연동 (카드 승인/취소)", "van": "KSNET", "product": "자체개발 (C, 전문 변환)",
                       "version": "2.11.0", "port": 9100}),
    "vanlink-kis": ("service", PAY, "M", "P", ["mdppay02"], ["van-kis-line"],
                    {"desc": "KIS정보통신 VAN 전문 연동 (보조)", "van": "KIS정보통신", "product": "자체개발 (C, 전문 변환)",
                     "version": "2.11.0", "port": 9200}),
    "easypay-bridge": ("service", PAY, "M", "P", ["mdppay02"], ["paydb"],
                       {"desc": "간편결제 연동", "providers": "카카오페이, 네이버페이, 토스페이, 삼성페이",
                        "product": "Spring Boot 3.2", "version": "3.3.2"}),
    "stamp-core": ("service", LOYAL, "M", "P", ["mdpstp01"], ["stampdb", "kv-stamp"],
                   {"desc": "스탬프/멤버십 적립 (별 12개 = 무료음료, 윈터 e-프리퀀시)", "product": "Java 17 (Spring Boot 3.2)",
                    "version": "5.5.0", "members": 9800000, "event": "2028 윈터 e-프리퀀시 (11/13~12/31)"}),
    "ecoupon-hub": ("service", LOYAL, "M", "P", ["mdpstp01"], ["coupondb", "member-auth"],
                    {"desc": "e-쿠폰/모바일 상품권 (기프티콘 제휴 교환, 앱 선물하기, 카드형 상품권)",
                     "product": "Java 17 (Spring Boot 3.2)", "version": "3.8.2", "issuers": 14}),
    "recipe-master": ("service", MENU, "M", "P", ["mdpmnu01"], ["recipedb"],
                      {"desc": "음료 레시피 기준정보 (샷/시럽/우유 BOM, 사이즈·옵션)", "product": "자체개발 (Kotlin)",
                       "version": "2.4.0", "recipes": 486, "options": 92}),
    "menu-pub": ("service", MENU, "M", "P", ["mdpmnu01"], ["recipe-master", "kv-menu", "nas-md-menu"],
                 {"desc": "메뉴/가격 배포 (POS, 키오스크, 앱, 배달 채널)", "product": "자체개발 (Kotlin)",
                  "version": "1.9.3", "channels": "POS, 키오스크, 앱, 배달"}),
    "supply-order": ("service", SCM, "M", "P", ["mdpscm01"], ["scmdb", "recipe-master", "erp-s4"],
                     {"desc": "매장 물류 발주 (원두, 우유, 컵, 시럽, 디저트)", "product": "자체개발 (Java 11)",
                      "version": "4.0.2", "cutoff": "23:00", "skus": 1320}),
    "logi-tms": ("service", SCM, "M", "P", ["mdpscm01"], ["scmdb"],
                 {"desc": "매장 배송 배차 (야간 경로 계획, 3PL 연동)", "product": "자체개발 (Java 11)",
                  "version": "2.1.7", "trucks": 180, "dcs": "용인, 칠곡"}),
    "erp-s4": ("service", FIN, "M", "P", ["mdperp01"], ["erpdb"],
               {"desc": "ERP (재무, 구매, 가맹 채권)", "product": "SAP S/4HANA 2023", "sid": "MKP", "client": 100}),
    "fc-settle": ("service", FIN, "M", "P", ["mdpfin01"], ["settledb", "erp-s4"],
                  {"desc": "가맹점 정산 (로열티, 물류대금, 카드매출 대사)", "product": "자체개발 (Java 17)",
                   "version": "3.2.0", "franchisees": 1450}),
    "fc-portal": ("service", FIN, "M", "P", ["mdpfin01"], ["fc-settle", "settledb", "supply-order"],
                  {"desc": "점주 포털 (매출/정산서 조회, 발주 현황)", "product": "Next.js 14 + Spring Boot",
                   "version": "2.9.0", "endpoint": "owner.mokapot.co.kr"}),
    "opensearch-log": ("service", INFRA, "M", "P", ["mdplog01"], [],
                       {"desc": "로그 수집/검색 (POS, 결제, 주문 중계)", "product": "OpenSearch 2.13 + Fluent Bit",
                        "retention_days": 30}),
    # ---------------------------------------------------------------- roastery (이천)
    "roast-mes": ("service", ROAST, "I", "P", ["icpmes01"], ["mesdb", "greenbean-inv"],
                  {"desc": "로스팅 MES (배치 지시, 로스팅 프로파일, 생산실적, 블렌딩)", "product": "자체개발 (.NET 8)",
                   "version": "3.1.0", "roasters": "Probat P60 x2, Loring S70 x1", "capacity_t_per_day": 18}),
    "greenbean-inv": ("service", ROAST, "I", "P", ["icpmes01"], ["mesdb", "erp-s4"],
                      {"desc": "생두 재고 (입고, 로트, 창고 위치, 수분/결점두 검사)", "product": "자체개발 (.NET 8)",
                       "version": "1.7.2", "origins": 23, "warehouse": "이천 생두창고 (정온 18℃)"}),
    # ---------------------------------------------------------------- BI at HQ
    "bi-superset": ("service", DATA, "S", "P", ["sspbi01"], ["sqldw-sales-prd"],
                    {"desc": "매출 분석 대시보드 (매장/메뉴/시간대)", "product": "Apache Superset 4.0",
                     "dashboards": 236}),
    # ---------------------------------------------------------------- batch jobs
    "supply_cutoff": ("batch_job", SCM, "M", "P", ["mdpbat01"], ["scmdb", "erp-s4"],
                      {"desc": "매장 발주 마감 (익일 배송분 확정, 용인/칠곡 센터 전송)", "schedule": "매일 23:00",
                       "scheduler": "Control-M", "job_id": "SCM_CUTOFF_D01"}),
    "fc_settle_daily": ("batch_job", FIN, "M", "P", ["mdpfin01"], ["settledb", "posdb"],
                        {"desc": "가맹점 일정산 (POS 매출 마감, 카드사 대사)", "schedule": "매일 02:00",
                         "scheduler": "Control-M", "job_id": "FIN_SETTLE_D02"}),
    "sales_mart_nightly": ("batch_job", DATA, "Z", "P", ["vm-lake-prd-01"],
                           ["settledb", "st-lake-prd", "sqldw-sales-prd"],
                           {"desc": "매출 마트 야간 적재 (dbt + Spark)", "schedule": "매일 03:00",
                            "scheduler": "Airflow 2.9", "job_id": "dag_sales_mart"}),
    "ecoupon_settle": ("batch_job", LOYAL, "M", "P", ["mdpbat01"], ["coupondb"],
                       {"desc": "e-쿠폰 제휴사 정산 (교환 내역 대사)", "schedule": "매일 01:00", "scheduler": "Control-M",
                        "job_id": "LOY_ECPN_D01"}),
    "stamp_expire": ("batch_job", LOYAL, "M", "P", ["mdpbat01"], ["stampdb", "kv-stamp"],
                     {"desc": "스탬프 유효기간 만료 처리", "schedule": "매일 00:10", "scheduler": "Control-M",
                      "job_id": "LOY_STAMP_EXP"}),
    "menu_nightly_push": ("batch_job", MENU, "M", "P", ["mdpbat01"], ["menu-pub", "edge-sync"],
                          {"desc": "야간 메뉴/레시피 매장 배포 (엣지박스)", "schedule": "매일 04:00",
                           "scheduler": "Control-M", "job_id": "MNU_PUSH_D04"}),
    "bean_reorder": ("batch_job", ROAST, "I", "P", ["icpmes01"], ["greenbean-inv", "erp-s4"],
                     {"desc": "생두 재발주 제안 (주간 소진 예측)", "schedule": "매주 월 06:00", "scheduler": "cron",
                      "job_id": "bean-reorder-weekly"}),
    # ---------------------------------------------------------------- store device fleets
    "fleet-edgebox": ("device_group", STORE, "M", "P", [], ["emqx-edge", "edge-sync"],
                      {"desc": "매장 엣지박스 (주문 수신, KDS/프린터 연동)", "model": "Intel NUC 13 Pro",
                       "os": "Ubuntu Core 22", "agent": "edge-agent 2.8.3", "count": 1800}),
    "fleet-pos": ("device_group", STORE, "M", "P", [], ["pos-hub"],
                  {"desc": "매장 POS 단말", "model": "OKPOS K-9", "app": "barista-pos 8.1", "count": 3650}),
    "fleet-kiosk": ("device_group", STORE, "M", "P", [], ["kiosk-hub"],
                    {"desc": "매장 키오스크", "model": "한국전자금융 KX-24", "firmware": "K3.2.1", "count": 2420}),
    # ---------------------------------------------------------------- staging, dev, retired
    "crema-order-stg": ("service", ORDER, "Z", "S", [AKS_STG], [],
                        {"desc": "크레마오더 주문 게이트웨이 (스테이징)", "version": "6.5.0-rc1"}),
    "crema-bff-stg": ("service", ORDER, "Z", "S", [AKS_STG], [],
                      {"desc": "크레마오더 BFF (스테이징)", "version": "3.19.0-rc2"}),
    "pos-hub-stg": ("service", STORE, "M", "S", ["mdsapp01"], ["paydb-stg"],
                    {"desc": "POS 백엔드 (스테이징, 테스트 매장 8개)", "version": "8.2.0-rc1"}),
    "stamp-core-dev": ("service", LOYAL, "M", "D", ["mddapp01"], [],
                       {"desc": "스탬프 (개발)", "version": "5.6.0-SNAPSHOT"}),
    "giftcon_legacy_if": ("service", LOYAL, "M", "P", [], [],
                          {"desc": "구 기프티콘 교환 파일 인터페이스 (2027년 ecoupon-hub로 대체)", "version": "1.4.7",
                           "decommissioned": "2027-06-30"}),
    # ---------------------------------------------------------------- databases
    "paydb": ("database", DBA, "M", "P", ["mdpdb01"], [],
              {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c EE", "sid": "PAYP",
               "port": 1521, "size_tb": 3.4, "dataguard": "paydb-dr (Maximum Availability)", "desc": "결제 승인 DB"}),
    "posdb": ("database", DBA, "M", "P", ["mdpdb05", "mdpdb06"], [],
              {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c RAC", "nodes": 2, "sid": "POSP",
               "port": 1521, "size_tb": 11.2, "desc": "매장 판매/영수증 DB"}),
    "scmdb": ("database", DBA, "M", "P", ["mdpdb03"], [],
              {"engine": "oracle", "version": "19.20", "product": "Oracle Database 19c SE2", "sid": "SCMP",
               "port": 1522, "size_tb": 2.1, "desc": "물류 발주/배차 DB"}),
    "stampdb": ("database", DBA, "M", "P", ["mdpdb02"], [],
                {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Enterprise", "port": 3306,
                 "max_connections": 3000, "desc": "스탬프/멤버십 DB"}),
    "coupondb": ("database", DBA, "M", "P", ["mdpdb02"], [],
                 {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Enterprise", "port": 3307,
                  "max_connections": 1500, "desc": "e-쿠폰/상품권 DB"}),
    "settledb": ("database", DBA, "M", "P", ["mdpdb04"], [],
                 {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 (EDB)", "port": 5432,
                  "size_tb": 4.8, "autovacuum_freeze_max_age": 200000000, "desc": "가맹 정산/매출 DB"}),
    "recipedb": ("database", DBA, "M", "P", ["mdpdb04"], [],
                 {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 (EDB)", "port": 5433,
                  "desc": "레시피/메뉴 기준정보 DB"}),
    "erpdb": ("database", DBA, "M", "P", ["mdphana01"], [],
              {"engine": "hana", "version": "2.0 SPS07", "product": "SAP HANA 2.0", "sid": "MKH", "memory_tb": 3,
               "desc": "S/4HANA DB"}),
    "mesdb": ("database", ROAST, "I", "P", ["icpdb01"], [],
              {"engine": "mssql", "version": "15.0.4375", "product": "SQL Server 2019 Standard", "port": 1433,
               "desc": "로스팅 MES/생두 재고 DB"}),
    "paydb-dr": ("database", DBA, "D", "P", ["djpdb01"], [],
                 {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c EE (Data Guard)",
                  "role": "physical standby", "sid": "PAYD", "desc": "결제 DB DR 대기"}),
    "psql-crema-prd": ("database", CLOUD, "Z", "P", [], [],
                       {"engine": "postgresql", "version": "16", "product": "Azure Database for PostgreSQL 유연한 서버",
                        "sku": "GP_Standard_D16ds_v5", "storage_gb": 2048, "ha": "zone-redundant",
                        "desc": "크레마오더 주문 DB"}),
    "psql-member-prd": ("database", CLOUD, "Z", "P", [], [],
                        {"engine": "postgresql", "version": "16", "product": "Azure Database for PostgreSQL 유연한 서버",
                         "sku": "GP_Standard_D8ds_v5", "storage_gb": 1024, "iops_limit": 5000,
                         "desc": "회원/마케팅 수신동의 DB"}),
    "sqldw-sales-prd": ("database", DATA, "Z", "P", [], [],
                        {"engine": "synapse", "product": "Azure Synapse 전용 SQL 풀", "sku": "DW1000c",
                         "desc": "매출 마트 DW"}),
    "paydb-stg": ("database", DBA, "M", "S", ["mdsapp01"], [],
                  {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "PAYS",
                   "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "kv-stamp": ("cache", LOYAL, "M", "P", ["mdprds01"], [],
                 {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "volatile-lru",
                  "port": 6379, "desc": "스탬프 잔여/e-프리퀀시 진행 캐시"}),
    "kv-menu": ("cache", MENU, "M", "P", ["mdprds01"], [],
                {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "allkeys-lru",
                 "port": 6380, "desc": "메뉴/가격/품절 캐시"}),
    "redis-crema-prd": ("cache", CLOUD, "Z", "P", [], [],
                        {"engine": "redis", "version": "6.0", "product": "Azure Cache for Redis Premium", "sku": "P2",
                         "shards": 2, "desc": "앱 세션/장바구니 캐시"}),
    "kafka-order": ("queue", INFRA, "M", "P", ["mdpkfk01", "mdpkfk02", "mdpkfk03"], [],
                    {"product": "Apache Kafka 3.7 (KRaft)", "brokers": 3, "partitions": 48,
                     "topics": "order.placed.v3, order.status.v2, dlv.order.v1", "port": 9092,
                     "desc": "주문 버스"}),
    "emqx-edge": ("queue", STORE, "M", "P", ["mdpmq01", "mdpmq02"], [],
                  {"product": "EMQX Enterprise 5.6", "nodes": 2, "port": 8883, "license_connections": 10000,
                   "clients": 1800, "max_mqueue_len": 100000, "desc": "매장 엣지박스 MQTT 브로커"}),
    "sb-crm-prd": ("queue", CRM, "Z", "P", [], [],
                   {"product": "Azure Service Bus Premium", "messaging_units": 2, "desc": "푸시/알림톡 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-md-store": ("M", NET, ["pos-hub", "kiosk-hub", "order-router"],
                    {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.40.1.10", "tmos": "17.1.1",
                     "endpoint": "store-api.mokapot.co.kr", "cert_expiry": "2028-11-24",
                     "cert_issuer": "DigiCert (수동 갱신)"}),
    "lb-md-int": ("M", NET, ["paygw-core", "stamp-core", "ecoupon-hub", "menu-pub"],
                  {"vendor": "F5", "model": "BIG-IP i4800", "vip": "10.40.1.20", "tmos": "17.1.1"}),
    "agw-crema-prd": ("Z", CLOUD, ["crema-bff", "dlv-relay"],
                      {"vendor": "Azure", "model": "Application Gateway WAF_v2", "endpoint": "api.cremaorder.co.kr",
                       "cert_issuer": "Key Vault (자동 갱신)", "capacity_units": 20}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-md-menu": ("M", INFRA, {"vendor": "NetApp", "model": "AFF A150", "ontap": "9.14.1", "capacity_tb": 60,
                                 "protocol": "NFS v4.1", "desc": "메뉴 이미지/레시피 패키지/엣지 펌웨어"},
                    ["mdpmnu01", "mdpwas03"]),
    "san-md-01": ("M", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 220,
                               "desc": "DB 블록 스토리지 (Oracle, PostgreSQL, HANA)"},
                  ["mdpdb01", "mdpdb03", "mdpdb04", "mdpdb05", "mdpdb06", "mdphana01"]),
    "st-lake-prd": ("Z", DATA, {"vendor": "Azure", "model": "ADLS Gen2", "redundancy": "ZRS", "tier": "Hot/Cool",
                                "desc": "데이터레이크 (주문, 매출, 앱 로그)"}, []),
    "dd-dj-backup": ("D", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                                  "desc": "백업 (DB, NAS), DR 보관"}, ["djpdb01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 목동IDC Nutanix VMs
    "mdpwas01": ("M", "P", "vm", {"role": "POS 백엔드 #1"}),
    "mdpwas02": ("M", "P", "vm", {"role": "POS 백엔드 #2, 키오스크"}),
    "mdpwas03": ("M", "P", "vm", {"role": "주문 중계, 엣지 동기화"}),
    "mdppay01": ("M", "P", "vm", {"role": "결제 GW #1, KSNET 연동"}),
    "mdppay02": ("M", "P", "vm", {"role": "결제 GW #2, KIS 연동, 간편결제"}),
    "mdpstp01": ("M", "P", "vm", {"role": "스탬프, e-쿠폰"}),
    "mdpmnu01": ("M", "P", "vm", {"role": "레시피/메뉴 배포"}),
    "mdpscm01": ("M", "P", "vm", {"role": "물류 발주, 배차"}),
    "mdpbat01": ("M", "P", "vm", {"role": "배치 서버 (Control-M agent)"}),
    "mdperp01": ("M", "P", "vm", {"role": "SAP S/4HANA AS"}),
    "mdpfin01": ("M", "P", "vm", {"role": "가맹 정산, 점주 포털"}),
    "mdpmq01": ("M", "P", "vm", {"role": "EMQX node 1"}),
    "mdpmq02": ("M", "P", "vm", {"role": "EMQX node 2"}),
    "mdsapp01": ("M", "S", "vm", {"role": "스테이징 공용"}),
    "mddapp01": ("M", "D", "vm", {"role": "개발 공용"}),
    # 목동IDC bare metal
    "mdpdb01": ("M", "P", "bare", {"role": "Oracle PAYP", "model": "HPE ProLiant DL380 Gen11", "rack": "MD-3F-C12 U18"}),
    "mdpdb02": ("M", "P", "bare", {"role": "MySQL (stampdb, coupondb)", "model": "Dell PowerEdge R760",
                                   "rack": "MD-3F-C12 U22"}),
    "mdpdb03": ("M", "P", "bare", {"role": "Oracle SCMP", "model": "HPE ProLiant DL380 Gen10 Plus",
                                   "rack": "MD-3F-C13 U10", "raid": "HPE Smart Array P816i-a (BBU)"}),
    "mdpdb04": ("M", "P", "bare", {"role": "PostgreSQL (settledb, recipedb)", "model": "Dell PowerEdge R760",
                                   "rack": "MD-3F-C13 U14"}),
    "mdpdb05": ("M", "P", "bare", {"role": "Oracle RAC POSP node 1", "model": "HPE ProLiant DL380 Gen11",
                                   "rack": "MD-3F-C14 U08"}),
    "mdpdb06": ("M", "P", "bare", {"role": "Oracle RAC POSP node 2", "model": "HPE ProLiant DL380 Gen11",
                                   "rack": "MD-3F-C14 U12"}),
    "mdphana01": ("M", "P", "bare", {"role": "SAP HANA MKH", "model": "Lenovo ThinkSystem SR860 V3",
                                     "rack": "MD-3F-C15 U02"}),
    "mdpkfk01": ("M", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660", "rack": "MD-3F-D02 U05"}),
    "mdpkfk02": ("M", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660", "rack": "MD-3F-D02 U07"}),
    "mdpkfk03": ("M", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660", "rack": "MD-3F-D03 U05"}),
    "mdprds01": ("M", "P", "bare", {"role": "Redis (kv-stamp, kv-menu)", "model": "Dell PowerEdge R660",
                                    "rack": "MD-3F-D03 U09"}),
    "mdplog01": ("M", "P", "bare", {"role": "OpenSearch", "model": "Dell PowerEdge R760xd2", "rack": "MD-3F-D04 U20"}),
    # 대전DR센터
    "djpdb01": ("D", "P", "bare", {"role": "Oracle PAYD (Data Guard standby)", "model": "HPE ProLiant DL380 Gen11",
                                   "rack": "DJ-2F-A05 U12"}),
    # 이천로스터리
    "icpmes01": ("I", "P", "win", {"role": "MES AP (로스팅 1·2라인)", "model": "Dell PowerEdge R650",
                                   "rack": "IC-MES-R1 U10"}),
    "icpmes02": ("I", "P", "win", {"role": "MES AP #2 (교체 중)", "model": "Dell PowerEdge R650",
                                   "rack": "IC-MES-R1 U12"}),
    "icpdb01": ("I", "P", "win", {"role": "MS-SQL MES", "model": "Dell PowerEdge R750", "rack": "IC-MES-R1 U16"}),
    "icpopc01": ("I", "P", "win", {"role": "OPC UA 게이트웨이 (로스터 PLC 수집)", "model": "Siemens SIMATIC IPC847E",
                                   "rack": "IC-OT-R1 U04"}),
    # 서울본사(성수)
    "sspbi01": ("S", "P", "bare", {"role": "Superset (BI)", "model": "Lenovo ThinkSystem SR650 V3",
                                   "rack": "SS-B1 U14"}),
    # Azure 한국중부
    AKS0: ("Z", "P", "aks", {"role": "AKS 노드 (크레마 BFF, 인증)", "vm_size": "Standard_D8s_v5", "zone": "1",
                             "nodepool": "ordpool"}),
    AKS1: ("Z", "P", "aks", {"role": "AKS 노드 (크레마 BFF, 주문)", "vm_size": "Standard_D8s_v5", "zone": "2",
                             "nodepool": "ordpool"}),
    AKS2: ("Z", "P", "aks", {"role": "AKS 노드 (주문, 메뉴, 배달 중계)", "vm_size": "Standard_D8s_v5", "zone": "3",
                             "nodepool": "ordpool"}),
    AKS_STG: ("Z", "S", "aks", {"role": "AKS 노드 (스테이징)", "vm_size": "Standard_D4s_v5", "zone": "1",
                                "nodepool": "stgpool"}),
    "vm-lake-prd-01": ("Z", "P", "azvm", {"role": "Spark/Airflow (레이크 적재, 매출 마트)", "vm_size": "Standard_E16s_v5",
                                          "zone": "1"}),
    "vm-crm-prd-01": ("Z", "P", "azvm", {"role": "CRM 캠페인, 푸시 발송", "vm_size": "Standard_D4s_v5", "zone": "2"}),
}
NETWORK = {  # name: (site, attributes)
    "fw-md-core": ("M", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440", "firmware": "PAN-OS 11.1.3"}),
    "sw-md-core": ("M", {"device": "core switch", "vendor": "Arista", "model": "7050CX3-32S", "firmware": "EOS 4.31.2F"}),
    "sdwan-hub-md": ("M", {"device": "SD-WAN hub", "vendor": "Fortinet", "model": "FortiGate 1800F",
                           "firmware": "FortiOS 7.4.4", "tunnels": 1800, "desc": "매장 SD-WAN 허브 (LTE 백업)"}),
    "van-ksnet-line": ("M", {"device": "VAN line", "vendor": "KSNET", "model": "전용회선 50Mbps x2",
                             "circuit": "KSN-MKP-0318", "carrier": "LG U+"}),
    "van-kis-line": ("M", {"device": "VAN line", "vendor": "KIS정보통신", "model": "전용회선 50Mbps x2",
                           "circuit": "KIS-MKP-0077", "carrier": "KT"}),
    "er-md-azure": ("M", {"device": "ExpressRoute", "vendor": "Microsoft", "model": "ExpressRoute 10Gbps (KINX 경유)",
                          "circuit": "er-mokapot-krc-01"}),
    "wan-md-ic": ("I", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 1Gbps",
                        "circuit": "SKB-2311-40217", "desc": "목동IDC ↔ 이천로스터리"}),
    "wan-md-dj": ("D", {"device": "WAN link", "vendor": "KT", "model": "전용회선 2Gbps", "circuit": "KT-DR-5520-0193",
                        "desc": "목동IDC ↔ 대전DR센터 (Data Guard redo, 백업 복제)"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("sdwan-hub-md", "fw-md-core"),
    ("fw-md-core", "sw-md-core"),
    ("lb-md-store", "fw-md-core"),
    ("lb-md-int", "sw-md-core"),
    ("er-md-azure", "sw-md-core"),
    ("wan-md-ic", "sw-md-core"),
    ("wan-md-dj", "sw-md-core"),
    ("van-ksnet-line", "fw-md-core"),
    ("van-kis-line", "fw-md-core"),
    ("fleet-edgebox", "sdwan-hub-md"),
    ("fleet-pos", "fleet-edgebox"),
    ("fleet-kiosk", "fleet-edgebox"),
    ("paydb", "paydb-dr"),
    ("roast-mes", "icpopc01"),
    ("lake-ingest", "sqldw-sales-prd"),
]
# fmt: on
STATUS = {"icpmes02": "maintenance", "pos-hub-stg": "maintenance", "giftcon_legacy_if": "retired"}
NET_PREFIX = {"S": "10.10", "I": "10.60", "M": "10.40", "D": "10.80", "Z": "10.120"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "M1",
        "kind": "cache_noeviction_oom",
        "root": "kv-stamp",
        "description": "kv-stamp was switched from volatile-lru to maxmemory-policy noeviction on Monday evening;"
        " at Tuesday's after-lunch peak it reaches maxmemory and refuses every write (OOM command not allowed):"
        " stamp-core (deployed at 11:50, loudest) fails stamp accruals, crema-order and pos-hub time out on the"
        " stamp step, until the policy is reverted and stale keys are expired",
        "start": kst(7, 12, 25),
        "end": kst(7, 13, 15),
        "affected": ["kv-stamp", "stamp-core", "crema-order", "pos-hub"],
    },
    {
        "id": "M2",
        "kind": "raid_write_through",
        "root": "mdpdb03",
        "description": "at 22:35 on Wednesday, while stores send their supply orders before the 23:00 cut-off, the"
        " RAID controller of mdpdb03 starts a battery learn cycle and drops its write cache to write-through:"
        " scmdb's log writes slow down, supply-order (deployed at 21:00, loudest) times out, the 23:00"
        " supply_cutoff runs late and logi-tms plans routes late, until the learn cycle is postponed",
        "start": kst(8, 22, 35),
        "end": kst(8, 23, 30),
        "affected": ["mdpdb03", "scmdb", "supply-order", "supply_cutoff", "logi-tms"],
    },
    {
        "id": "M3",
        "kind": "kafka_isr_shrink",
        "root": "kafka-order",
        "description": "in Friday's morning rush the order bus kafka-order (min.insync.replicas raised to 2 on"
        " Thursday) shrinks its ISR when broker 3 falls behind, and acks=all producers get NotEnoughReplicas:"
        " crema-order (deployed at 07:35, loudest) fails pre-orders, order-router and dlv-relay stall, until the"
        " setting is reverted and the follower catches up",
        "start": kst(10, 7, 50),
        "end": kst(10, 8, 45),
        "affected": ["kafka-order", "crema-order", "order-router", "dlv-relay"],
    },
    {
        "id": "M4",
        "kind": "leased_line_packet_loss",
        "root": "van-ksnet-line",
        "description": "on Saturday afternoon carrier fibre work makes the KSNET leased line van-ksnet-line lose"
        " packets; card approvals through vanlink-ksnet (loudest) time out, paygw-core (manual VAN failover)"
        " retries and pos-hub and kiosk-hub (deployed at 14:00) fail store payments, until traffic is switched"
        " to KIS",
        "start": kst(11, 14, 20),
        "end": kst(11, 15, 15),
        "affected": ["van-ksnet-line", "vanlink-ksnet", "paygw-core", "pos-hub", "kiosk-hub"],
    },
    {
        "id": "M5",
        "kind": "autovacuum_wraparound_io",
        "root": "settledb",
        "description": "in the small hours of Monday an anti-wraparound autovacuum on settledb's sales_line"
        " partitions saturates its IO: fc_settle_daily (loudest) fails its card reconciliation step,"
        " sales_mart_nightly (deployed Sunday 20:00) extracts slowly and fc-portal shows no statements, until"
        " the vacuum is throttled",
        "start": kst(13, 3, 5),
        "end": kst(13, 4, 0),
        "affected": ["settledb", "fc_settle_daily", "sales_mart_nightly", "fc-portal"],
    },
    {
        "id": "M6",
        "kind": "cloud_db_iops_throttle",
        "root": "psql-member-prd",
        "description": "on Tuesday evening the e-프리퀀시 campaign's 19:00 segment extraction and the evening app"
        " logins exhaust psql-member-prd's provisioned IOPS: member-auth (loudest) times out logins, crema-bff"
        " (deployed at 18:40) and ecoupon-hub follow, until the extraction is moved to the read replica",
        "start": kst(14, 19, 5),
        "end": kst(14, 20, 0),
        "affected": ["psql-member-prd", "member-auth", "crema-bff", "ecoupon-hub"],
    },
    {
        "id": "M7",
        "kind": "mqtt_broker_memory_watermark",
        "root": "emqx-edge",
        "description": "on Thursday morning, as stores open, the edge boxes reconnect and emqx-edge (max_mqueue_len"
        " raised on Wednesday) delivers the overnight menu messages queued for offline sessions until node 2"
        " reaches its memory high watermark and drops client connections: order-router (deployed at 07:30,"
        " loudest) cannot hand pre-orders to stores, edge-sync fails, edge boxes go offline and crema-order"
        " times out on store acceptance (ongoing)",
        "start": kst(16, 7, 55),
        "end": None,
        "affected": ["emqx-edge", "order-router", "edge-sync", "fleet-edgebox", "crema-order"],
    },
]
M1, M2, M3, M4, M5, M6, M7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 44, 'D': 66}[env]) + i // 11}.{11 + (i * 37) % 230}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.4", "Rocky Linux 9.4", "Ubuntu 22.04 LTS"]),
                      "vcpu": rng.choice([8, 16]), "mem_gb": rng.choice([32, 64]),
                      "hypervisor": "Nutanix AHV 6.8", "cluster": "ntnx-md-c1"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([16, 24]), "mem_gb": rng.choice([128, 256]),
                      "serial": f"{rng.choice(['7Q', 'HJ', '5T'])}{rng.randint(10000, 99999)}KR"}  # fmt: skip
            owner = ROAST
        elif kind == "aks":
            attrs |= {
                "os": "Azure Linux 2.0",
                "cluster": "aks-crema-prd" if env == "P" else "aks-crema-stg",
                "kubelet": "1.30.4",
                "resource_group": "rg-crema-prd" if env == "P" else "rg-crema-stg",
            }
            owner = CLOUD
        elif kind == "azvm":
            attrs |= {
                "os": "Ubuntu 22.04 LTS",
                "resource_group": "rg-data-prd" if "lake" in h else "rg-crm-prd",
            }
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10", "SLES 15 SP5"]),
                      "cores": rng.choice([32, 48, 64]), "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['SGH', 'CZJ', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("mdpdb", "mdphana", "djpdb")):
                owner = DBA
        if h == "mdphana01":
            attrs["os"] = "SLES for SAP 15 SP5"
        if h == "sspbi01":
            owner = DATA
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "network", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _open(h: float) -> bool:
    return 6.5 <= h < 22.5


def _clamp(v: float) -> float:
    return max(0.03, min(1.0, v))


def _cafe(ts: datetime) -> float:
    """Store traffic (about 06:30–22:30): on weekdays the commute rush around 08:20, the after-lunch peak at
    12:50 and an afternoon bump; on weekends a late morning and a broad afternoon peak."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if not _open(h):
        return 0.04
    if wd < 5:
        v = 0.12 + 0.62 * _bump(h, 8.3, 0.9) + 0.55 * _bump(h, 12.8, 0.8) + 0.26 * _bump(h, 15.5, 1.4)
        v += 0.1 * _bump(h, 19.0, 1.2)
    else:
        v = 0.1 + 0.2 * _bump(h, 10.5, 1.5) + 0.58 * _bump(h, 14.5, 2.2) + 0.12 * _bump(h, 19.0, 1.5)
    return _clamp(v)


def _preorder(ts: datetime) -> float:
    """Mobile pre-orders: the weekday morning rush above all, lunch, and weekend afternoons; the winter
    e-프리퀀시 (from Monday 13 07:00) adds a tenth."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if not _open(h):
        return 0.03
    if wd < 5:
        v = 0.06 + 0.82 * _bump(h, 8.2, 0.7) + 0.45 * _bump(h, 12.6, 0.7) + 0.15 * _bump(h, 15.5, 1.2)
    else:
        v = 0.05 + 0.5 * _bump(h, 14.0, 2.5)
    if ts >= kst(13, 7):
        v *= 1.1
    return _clamp(v)


def _app(ts: datetime) -> float:
    """App sessions (logins, home): the rush, lunch and evening browsing."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.05 + 0.3 * _bump(h, 21.0, 1.8)
    if wd < 5:
        v += 0.55 * _bump(h, 8.2, 0.9) + 0.4 * _bump(h, 12.6, 0.9)
    else:
        v += 0.45 * _bump(h, 14.0, 3.0)
    if ts >= kst(13, 7):
        v *= 1.1
    return _clamp(v)


def _delivery(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if not 9 <= h < 22:
        return 0.03
    v = 0.05 + 0.45 * _bump(h, 12.0, 1.0) + 0.3 * _bump(h, 15.5, 1.2) + 0.35 * _bump(h, 19.0, 1.3)
    return _clamp(v * (1.25 if wd >= 5 else 1.0))


def _edge(ts: datetime) -> float:
    """Edge boxes: heartbeats all day in open stores, some boxes off at night."""
    h = seoul_hour(ts)
    return 0.6 + 0.3 * _cafe(ts) if _open(h) else 0.22


def _night(ts: datetime) -> float:
    return 0.85 if seoul_hour(ts) < 5 else 0.12


def _supply(ts: datetime) -> float:
    """Store supply orders: after closing up to the 23:00 cut-off, and a small morning check."""
    h = seoul_hour(ts)
    v = 0.06 + 0.2 * _bump(h, 10.5, 1.0)
    if 21 <= h < 23:
        v += 0.85 * (h - 21) / 2
    if 23 <= h < 24:
        v += 0.25
    return _clamp(v)


def _roastery(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5 and 6 <= h < 22:
        return 0.75 - 0.2 * _bump(h, 14.0, 0.3)
    if wd == 5 and 6 <= h < 14:
        return 0.6
    return 0.08


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1)


def _crm(ts: datetime) -> float:
    """Pushes at 07:00, 11:30 and 18:00; the e-프리퀀시 launch push on Monday 13 at 07:00 is far larger."""
    h = seoul_hour(ts)
    v = 0.05 + 0.5 * _bump(h, 7.1, 0.25) + 0.4 * _bump(h, 11.6, 0.25) + 0.5 * _bump(h, 18.1, 0.25)
    if kst(13, 7) <= ts < kst(13, 8):
        v += 0.45
    return _clamp(v)


def _steady(ts: datetime) -> float:
    return 0.5


CAFE = {
    "pos-hub", "kiosk-hub", "paygw-core", "vanlink-ksnet", "vanlink-kis", "easypay-bridge", "paydb", "posdb",
    "stamp-core", "stampdb", "kv-stamp", "ecoupon-hub", "coupondb", "lb-md-store", "lb-md-int", "fleet-pos",
    "fleet-kiosk", "van-ksnet-line", "van-kis-line", "sdwan-hub-md", "fw-md-core", "sw-md-core", "mdpwas01",
    "mdpwas02", "mdppay01", "mdppay02", "mdpstp01", "mdpdb01", "mdpdb02", "mdpdb05", "mdpdb06", "mdprds01",
    "opensearch-log", "mdplog01", "paydb-dr", "djpdb01", "wan-md-dj", "san-md-01",
}  # fmt: skip
PREORDER = {
    "crema-order", "psql-crema-prd", "redis-crema-prd", "kafka-order", "order-router", "mdpwas03", "mdpkfk01",
    "mdpkfk02", "mdpkfk03", AKS1, AKS2, "agw-crema-prd", "er-md-azure", "lake-ingest", "st-lake-prd",
}  # fmt: skip
APP = {"crema-bff", "member-auth", "psql-member-prd", "crema-menu-api", AKS0}
DELIVERY = {"dlv-relay"}
EDGE = {"emqx-edge", "edge-sync", "fleet-edgebox", "mdpmq01", "mdpmq02"}
NIGHT = {
    "stamp_expire", "ecoupon_settle", "fc_settle_daily", "sales_mart_nightly", "menu_nightly_push", "settledb",
    "sqldw-sales-prd", "vm-lake-prd-01", "mdpdb04", "mdpbat01", "dd-dj-backup",
}  # fmt: skip
SUPPLY = {"supply-order", "scmdb", "logi-tms", "supply_cutoff", "mdpscm01", "mdpdb03"}
ROASTERY = {
    "roast-mes",
    "greenbean-inv",
    "mesdb",
    "icpmes01",
    "icpdb01",
    "icpopc01",
    "wan-md-ic",
    "bean_reorder",
}
OFFICE = {
    "erp-s4", "erpdb", "mdperp01", "mdphana01", "fc-settle", "fc-portal", "mdpfin01", "bi-superset", "sspbi01",
    "recipe-master", "recipedb", "menu-pub", "kv-menu", "mdpmnu01", "nas-md-menu", "crm-campaign", "vm-crm-prd-01",
}  # fmt: skip
CRM_SEND = {"crm-push", "sb-crm-prd"}


def _load(name: str):
    for group, shape in (
        (CAFE, _cafe),
        (PREORDER, _preorder),
        (APP, _app),
        (DELIVERY, _delivery),
        (EDGE, _edge),
        (NIGHT, _night),
        (SUPPLY, _supply),
        (ROASTERY, _roastery),
        (OFFICE, _office),
        (CRM_SEND, _crm),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "M1": {0: (8.0, 6.0), 1: (4.5, 14.0), 2: (2.0, 6.5)},
    "M2": {1: (6.0, 4.0), 2: (3.0, 11.0)},
    "M3": {0: (5.0, 9.0), 1: (3.5, 12.0)},
    "M4": {0: (6.0, 9.0), 1: (5.0, 22.0), 2: (3.0, 14.0), 3: (1.8, 6.0)},
    "M5": {0: (7.0, 4.0), 1: (3.5, 14.0)},
    "M6": {0: (9.0, 5.0), 1: (5.0, 16.0), 2: (2.2, 8.0)},
    "M7": {0: (4.0, 7.0), 1: (3.0, 13.0), 2: (1.8, 7.0)},
}
EFFECT_OVERRIDE = {
    ("M1", "stamp-core"): (5.0, 31.0),
    ("M2", "supply-order"): (4.0, 26.0),
    ("M3", "crema-order"): (3.2, 28.0),
    ("M4", "vanlink-ksnet"): (5.5, 35.0),
    ("M5", "fc_settle_daily"): (4.0, 33.0),
    ("M6", "member-auth"): (5.5, 30.0),
    ("M7", "order-router"): (3.5, 32.0),
    ("M7", "fleet-edgebox"): (1.6, 24.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "mdpdb01", "mdpdb02", "mdpdb03", "mdpdb04", "mdpdb05", "mdpdb06", "mdphana01", "mdpkfk01", "mdpkfk02",
    "mdpkfk03", "mdplog01", "mdpbat01", "djpdb01", "icpdb01", "icpmes01", "sspbi01", "vm-lake-prd-01", "mdpmq01",
    "mdpmq02",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
DEVICES = {"fw-md-core", "sw-md-core", "sdwan-hub-md"}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "mdplog01":  # OpenSearch: the index volume creeps up
        disk0, growth = 63.5, 1.4
    if name in ("mdpkfk01", "mdpkfk02", "mdpkfk03"):
        disk0 = rng.uniform(52, 58)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "mdpdb03":  # write-through: the log writer waits on the disk (iowait)
            cpu += (93.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, M2["start"], M2["end"], rise=5, fall=10)
        if name == "mdpdb04":  # the anti-wraparound vacuum
            cpu += 30 * ramp(ts, M5["start"], M5["end"], rise=10, fall=10)
        if name == "mdpmq02":  # the node that reaches its watermark
            mem += (95.5 + rng.gauss(0, 0.4) - mem) * ramp(
                ts, M7["start"] - timedelta(minutes=10), None, rise=20
            )
        if name == "mdpmq01":
            mem += 12 * ramp(ts, M7["start"], None, rise=15)
        if name == "mdpkfk03":  # the broker that falls behind
            cpu += 25 * ramp(ts, M3["start"], M3["end"], rise=5, fall=10)
        if name == "icpmes02":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 26)
    rtt0 = {"van-ksnet-line": 3.6, "van-kis-line": 4.2, "er-md-azure": 2.1, "wan-md-ic": 1.8,
            "wan-md-dj": 3.9}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rtt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            loss += r * f_err * (1 + rng.gauss(0, 0.08))
        row = {"response_time_ms": round(rtt, 2), "error_rate": round(loss, 2)}
        if name in DEVICES:
            cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
            row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), **row}
        rows += samples(ts, name, **row)
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-md-menu": (57, 58), "dd-dj-backup": (68, 70), "st-lake-prd": (41, 42)}.get(name, (30, 50))
    per_day = {"nas-md-menu": 0.18, "st-lake-prd": 0.22}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.2, 0.6) if name == "san-md-01" else rng.uniform(1.5, 4.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-dj-backup" and 1 <= seoul_hour(ts) < 3:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "crema-bff": 140.0, "crema-order": 120.0, "crema-menu-api": 35.0, "member-auth": 45.0, "dlv-relay": 180.0,
    "lake-ingest": 260.0, "crm-campaign": 420.0, "crm-push": 75.0, "order-router": 60.0, "edge-sync": 210.0,
    "pos-hub": 90.0, "kiosk-hub": 110.0, "paygw-core": 330.0, "vanlink-ksnet": 260.0, "vanlink-kis": 285.0,
    "easypay-bridge": 410.0, "stamp-core": 38.0, "ecoupon-hub": 150.0, "recipe-master": 80.0, "menu-pub": 130.0,
    "supply-order": 240.0, "logi-tms": 380.0, "erp-s4": 450.0, "fc-settle": 310.0, "fc-portal": 280.0,
    "opensearch-log": 95.0, "roast-mes": 170.0, "greenbean-inv": 140.0, "bi-superset": 520.0,
    "supply_cutoff": 560.0, "fc_settle_daily": 480.0, "sales_mart_nightly": 590.0, "ecoupon_settle": 350.0,
    "stamp_expire": 220.0, "menu_nightly_push": 430.0, "bean_reorder": 300.0,
    "fleet-edgebox": 48.0, "fleet-pos": 62.0, "fleet-kiosk": 71.0,
    "paydb": 3.2, "posdb": 4.1, "scmdb": 3.6, "stampdb": 1.4, "coupondb": 1.7, "settledb": 4.8, "recipedb": 1.9,
    "erpdb": 2.6, "mesdb": 3.3, "paydb-dr": 1.1, "psql-crema-prd": 2.3, "psql-member-prd": 2.0,
    "sqldw-sales-prd": 42.0,
    "kv-stamp": 0.32, "kv-menu": 0.28, "redis-crema-prd": 0.6,
    "kafka-order": 4.4, "emqx-edge": 3.1, "sb-crm-prd": 7.5,
    "lb-md-store": 0.9, "lb-md-int": 0.7, "agw-crema-prd": 2.6,
}  # fmt: skip
REQUEST_RATE = {
    "crema-bff": 2600.0, "crema-order": 1800.0, "crema-menu-api": 4400.0, "member-auth": 950.0, "dlv-relay": 240.0,
    "lake-ingest": 2500.0, "crm-push": 3200.0, "order-router": 1650.0, "edge-sync": 420.0, "pos-hub": 3900.0,
    "kiosk-hub": 1700.0, "paygw-core": 2300.0, "vanlink-ksnet": 1500.0, "vanlink-kis": 520.0,
    "easypay-bridge": 610.0, "stamp-core": 2800.0, "ecoupon-hub": 330.0, "recipe-master": 140.0, "menu-pub": 220.0,
    "supply-order": 160.0, "logi-tms": 45.0, "fc-portal": 60.0, "roast-mes": 85.0, "greenbean-inv": 30.0,
    "supply_cutoff": 900.0, "fc_settle_daily": 1400.0, "sales_mart_nightly": 2200.0, "menu_nightly_push": 350.0,
    "fleet-edgebox": 1750.0, "fleet-pos": 2400.0, "fleet-kiosk": 1100.0,
    "paydb": 7400.0, "posdb": 15800.0, "scmdb": 2100.0, "stampdb": 9300.0, "coupondb": 1200.0, "settledb": 4600.0,
    "psql-crema-prd": 8800.0, "psql-member-prd": 5200.0, "kv-stamp": 31000.0, "kv-menu": 18000.0,
    "redis-crema-prd": 26000.0, "kafka-order": 5400.0, "emqx-edge": 6200.0, "sb-crm-prd": 3300.0,
    "lb-md-store": 7600.0, "lb-md-int": 5800.0, "agw-crema-prd": 4800.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "kv-stamp": (54.0, 8.0), "kv-menu": (41.0, 5.0), "redis-crema-prd": (47.0, 9.0), "kafka-order": (38.0, 10.0),
    "emqx-edge": (34.0, 12.0),
}  # fmt: skip
CPU_DB = {"posdb": (22.0, 38.0), "settledb": (14.0, 30.0), "psql-member-prd": (12.0, 30.0),
          "psql-crema-prd": (15.0, 36.0)}  # fmt: skip
BATCH_HOURS = {
    "supply_cutoff": (23.0, 23.5), "fc_settle_daily": (2.0, 3.8), "sales_mart_nightly": (3.0, 4.4),
    "ecoupon_settle": (1.0, 1.6), "stamp_expire": (0.15, 0.8), "menu_nightly_push": (4.0, 5.1),
}  # fmt: skip
STAMP_FILL_FROM = kst(6, 18)  # kv-stamp: noeviction from Monday 18:00, filling up to maxmemory


def _stamp_memory(rng: random.Random, ts: datetime, mem: float) -> float:
    if STAMP_FILL_FROM <= ts < M1["start"]:
        return mem + (99.0 - mem) * progress(ts, STAMP_FILL_FROM, M1["start"]) ** 1.6
    r = ramp(ts, M1["start"], M1["end"], rise=1, fall=20)
    return mem + (99.3 + rng.gauss(0, 0.2) - mem) * r


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
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
            if inc is M7 and name in ("emqx-edge", "order-router", "fleet-edgebox"):
                req *= 1 - 0.4 * r  # clients dropped
            if inc is M3 and name == "kafka-order":
                req *= 1 - 0.5 * r
            if inc is M4 and name == "vanlink-ksnet":
                req *= 1 - 0.3 * r
        if name in BATCH_HOURS:
            a, z = BATCH_HOURS[name]
            if not a <= seoul_hour(ts) < z:
                req *= 0.05
        if name == "bean_reorder" and not kst(13, 6) <= ts < kst(13, 6, 35):
            req *= 0.05
        if name == "stamp-core" and ts >= kst(13, 7):
            req *= 1.3  # e-프리퀀시
        if name == "crm-campaign" and kst(14, 19) <= ts < kst(14, 19, 40):
            rt *= 2.5  # the segment extraction
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "kv-stamp":
                mem = _stamp_memory(rng, ts, mem)
            if name == "emqx-edge":  # queued messages of offline sessions delivered at once
                mem += (96.5 + rng.gauss(0, 0.3) - mem) * ramp(
                    ts, M7["start"] - timedelta(minutes=10), None, rise=20
                )
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "settledb":
                cpu += 38 * ramp(ts, M5["start"], M5["end"], rise=10, fall=10)
            if name == "psql-member-prd":
                cpu += 40 * ramp(ts, M6["start"], M6["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The night batches, the 23:00 supply cut-off, the menu push and the store VIP certificate."""
    rows = []
    for d in range(6, 17):
        rows.append(
            (
                d,
                0,
                10,
                "stamp_expire",
                "info",
                "batch_job",
                "LOY_STAMP_EXP started: 유효기간 만료 스탬프 정리",
            )
        )
        rows.append((d, 0, 47, "stamp_expire", "info", "batch_job", "LOY_STAMP_EXP ended OK"))
        rows.append(
            (
                d,
                1,
                0,
                "ecoupon_settle",
                "info",
                "batch_job",
                "LOY_ECPN_D01 started: 제휴사 교환내역 수신/대사",
            )
        )
        rows.append(
            (d, 1, 34, "ecoupon_settle", "info", "batch_job", "LOY_ECPN_D01 ended OK (14/14 issuers)")
        )
        rows.append(
            (d, 2, 0, "fc_settle_daily", "info", "batch_job", "FIN_SETTLE_D02 started: 가맹점 일정산")
        )
        if d != 13:
            rows.append((d, 3, 46, "fc_settle_daily", "info", "batch_job", "FIN_SETTLE_D02 ended OK"))
        rows.append((d, 3, 0, "sales_mart_nightly", "info", "batch_job", "dag_sales_mart run started"))
        if d != 13:
            rows.append((d, 4, 22, "sales_mart_nightly", "info", "batch_job", "dag_sales_mart run success"))
        rows.append(
            (d, 4, 0, "menu_nightly_push", "info", "batch_job", "MNU_PUSH_D04 started: 메뉴/레시피 매장 배포")
        )
        boxes = 1800 - (3 + (d * 7) % 11)
        rows.append((d, 5, 4, "menu_nightly_push", "info", "batch_job",
                     f"MNU_PUSH_D04 ended: 엣지박스 {boxes:,}/1,800 수신 (미수신분 온라인 시 재전송)"))  # fmt: skip
        rows.append(
            (d, 23, 0, "supply_cutoff", "info", "batch_job", "SCM_CUTOFF_D01 started: 익일 배송 발주 마감")
        )
        if d != 8:
            rows.append(
                (d, 23, 24, "supply_cutoff", "info", "batch_job", "SCM_CUTOFF_D01 ended OK, 센터 전송 완료")
            )
        left = (datetime(2028, 11, 24) - datetime(2028, 11, d)).days
        rows.append(
            (d, 6, 50, "lb-md-store", "warning", "cert_expiry",
             f"SSL certificate store-api.mokapot.co.kr expires in {left} days (2028-11-24), 수동 갱신 필요 (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (6, 11, 0, "crema-order-stg", "info", "deployment", "crema-order-stg 6.5.0-rc1 배포"),
    (6, 15, 20, "mdplog01", "warning", "threshold_breach", "disk_usage above 65% on /data/opensearch"),
    (6, 18, 0, "kv-stamp", "info", "config_change", "CONFIG SET maxmemory-policy volatile-lru → noeviction (스탬프 키 유실 방지)"),
    (7, 11, 50, "stamp-core", "info", "deployment", "stamp-core 5.5.0 배포 (e-프리퀀시 미션 적립 API)"),
    (7, 14, 0, "pos-hub-stg", "info", "maintenance", "POS 스테이징 점검 (테스트 매장 망 재구성)"),
    (8, 10, 30, "mdpdb03", "info", "change_notice", "HPE Smart Array 펌웨어 점검 공지: BBU 학습 주기 기본값 유지"),
    (8, 21, 0, "supply-order", "info", "deployment", "supply-order 4.0.2 배포 (겨울 MD 상품, 시즌 컵 발주 화면)"),
    (9, 9, 10, "icpmes02", "info", "maintenance", "MES AP #2 메인보드 교체 작업 (2라인은 icpmes01로 운영)"),
    (9, 16, 0, "kafka-order", "info", "config_change", "order.placed.v3 min.insync.replicas 1 → 2 (acks=all 유지)"),
    (10, 7, 35, "crema-order", "info", "deployment", "crema-order 6.4.2 배포 (선주문 픽업 시간 선택)"),
    (10, 16, 30, "mdplog01", "warning", "threshold_breach", "disk_usage above 70% on /data/opensearch"),
    (11, 9, 30, "roast-mes", "info", "batch_job", "토요일 오전 로스팅 (싱글오리진 한정 배치)"),
    (11, 14, 0, "kiosk-hub", "info", "deployment", "kiosk-hub 4.6.0 긴급 배포 (겨울 메뉴 화면 품절 표시 오류)"),
    (12, 13, 0, "van-ksnet-line", "info", "change_notice", "LG U+ 회선 공사 완료 보고 (토요일 광케이블 복구)"),
    (12, 20, 0, "sales_mart_nightly", "info", "deployment", "dag_sales_mart v2.14 배포 (e-프리퀀시 매출 모델 추가)"),
    (13, 6, 0, "bean_reorder", "info", "batch_job", "bean-reorder-weekly started: 생두 주간 재발주 제안"),
    (13, 6, 31, "bean_reorder", "info", "batch_job", "bean-reorder-weekly done: 7 lots proposed (에티오피아, 콜롬비아)"),
    (13, 7, 0, "crm-push", "info", "batch_job", "윈터 e-프리퀀시 오픈 푸시 발송 (대상 620만명)"),
    (13, 7, 2, "stamp-core", "info", "config_change", "e-프리퀀시 2028 winter 이벤트 활성화"),
    (13, 11, 0, "stamp-core-dev", "info", "deployment", "stamp-core-dev 5.6.0-SNAPSHOT 배포"),
    (13, 15, 40, "mdplog01", "warning", "threshold_breach", "disk_usage above 75% on /data/opensearch"),
    (14, 18, 40, "crema-bff", "info", "deployment", "crema-bff 3.18.0 배포 (e-프리퀀시 진행 현황 카드)"),
    (14, 19, 0, "crm-campaign", "info", "batch_job", "세그먼트 추출 시작: e-프리퀀시 미완료 회원 (저녁 리마인드)"),
    (15, 10, 0, "crema-bff-stg", "info", "deployment", "crema-bff-stg 3.19.0-rc2 배포"),
    (15, 15, 0, "emqx-edge", "info", "config_change", "mqtt.max_mqueue_len 1000 → 100000 (오프라인 매장 메뉴 유실 방지)"),
    (15, 22, 30, "kiosk-hub", "info", "deployment", "키오스크 펌웨어 K3.2.1 단계 배포 시작 (1차 400대)"),
    (16, 7, 30, "order-router", "info", "deployment", "order-router 5.2.0 배포 (KDS 재전송 로직)"),
    # M1 (Tuesday 7, after-lunch peak)
    (7, 12, 26, "kv-stamp", "warning", "memory", "used_memory 31.8GB / maxmemory 32GB (99%), evicted_keys 0 (noeviction)"),
    (7, 12, 29, "kv-stamp", "critical", "error", "OOM command not allowed when used memory > 'maxmemory' (HSET stamp:*)"),
    (7, 12, 31, "stamp-core", "critical", "error", "스탬프 적립 실패 31% (RedisCommandExecutionException: OOM)"),
    (7, 12, 37, "pos-hub", "major", "error", "POS 결제 후 스탬프 적립 응답 지연, 영수증 출력 대기"),
    (7, 12, 40, "crema-order", "warning", "error", "주문 완료 단계 stamp-core 타임아웃 증가"),
    (7, 13, 5, "kv-stamp", "info", "config_change", "maxmemory-policy noeviction → volatile-lru 원복, 만료 키 정리"),
    (7, 13, 20, "stamp-core", "info", "recovery", "스탬프 적립 정상화, 실패 건 재적립 배치 등록"),
    # M2 (Wednesday 8, before the 23:00 supply cut-off)
    (8, 22, 36, "mdpdb03", "warning", "hardware", "Smart Array P816i-a: battery learn cycle started, cache policy write-back → write-through"),
    (8, 22, 39, "scmdb", "warning", "performance", "log file sync avg 180ms, LGWR waits"),
    (8, 22, 42, "scmdb", "critical", "performance", "log file parallel write 340ms, 세션 대기 540개"),
    (8, 22, 45, "supply-order", "critical", "error", "발주 저장 타임아웃 26% (점포 발주 확정 실패)"),
    (8, 23, 3, "supply_cutoff", "major", "batch_job", "SCM_CUTOFF_D01 지연: 발주 라인 확정 대기"),
    (8, 23, 10, "logi-tms", "warning", "error", "배차 경로 계획 입력 지연 (발주 확정 미완료)"),
    (8, 23, 25, "mdpdb03", "info", "config_change", "BBU learn cycle 연기 (ssacli modify learn), write-back 복구"),
    (8, 23, 58, "supply_cutoff", "info", "batch_job", "SCM_CUTOFF_D01 ended OK (34분 지연), 센터 전송 완료"),
    # M3 (Friday 10, morning rush)
    (10, 7, 51, "kafka-order", "warning", "replication", "ISR shrink: order.placed.v3-17 [1,2,3] → [1] (broker 3 lagging)"),
    (10, 7, 54, "kafka-order", "critical", "error", "NotEnoughReplicasException: min.insync.replicas=2, ISR=1 (order.placed.v3)"),
    (10, 7, 56, "crema-order", "critical", "error", "선주문 접수 실패 28% (Kafka produce timeout)"),
    (10, 8, 1, "order-router", "major", "error", "주문 소비 지연, consumer lag 48,000"),
    (10, 8, 3, "dlv-relay", "major", "error", "배달 주문 버스 전송 실패, 배민 주문 수락 지연"),
    (10, 8, 35, "kafka-order", "info", "config_change", "min.insync.replicas 2 → 1 원복, broker 3 재기동"),
    (10, 8, 50, "crema-order", "info", "recovery", "선주문 접수 정상"),
    # M4 (Saturday 11, weekend afternoon)
    (11, 14, 21, "van-ksnet-line", "warning", "network", "packet loss 6.2% on KSN-MKP-0318 (LG U+), BFD flap"),
    (11, 14, 24, "van-ksnet-line", "critical", "network", "packet loss 9.8%, RTT 22ms, line B down (carrier fibre work)"),
    (11, 14, 26, "vanlink-ksnet", "critical", "error", "KSNET 승인 응답 타임아웃 35%, 망취소 증가"),
    (11, 14, 31, "paygw-core", "major", "error", "카드 승인 지연, VAN 재시도 큐 적체 (failover 수동)"),
    (11, 14, 37, "pos-hub", "warning", "error", "매장 카드결제 지연/실패 문의 증가"),
    (11, 14, 38, "kiosk-hub", "warning", "error", "키오스크 결제 타임아웃 증가"),
    (11, 15, 5, "paygw-core", "info", "config_change", "primary VAN KSNET → KIS정보통신 수동 전환"),
    (11, 15, 20, "vanlink-ksnet", "info", "recovery", "KSNET 회선 안정화, 승인 정상"),
    # M5 (Monday 13, small hours)
    (13, 3, 6, "settledb", "warning", "performance", "autovacuum: VACUUM public.sales_line_2028_10 (to prevent wraparound)"),
    (13, 3, 9, "settledb", "critical", "performance", "IO saturation: await 95ms, checkpoint write 18min behind"),
    (13, 3, 13, "fc_settle_daily", "critical", "batch_job", "FIN_SETTLE_D02 step 4 (카드사 대사) FAILED: statement timeout"),
    (13, 3, 18, "sales_mart_nightly", "major", "batch_job", "dag_sales_mart task extract_sales_line retry 2/3 (slow query)"),
    (13, 3, 24, "fc-portal", "warning", "error", "정산서 조회 실패 (DB 응답 지연)"),
    (13, 3, 55, "settledb", "info", "config_change", "autovacuum_vacuum_cost_limit 200 → 100 (vacuum 조절)"),
    (13, 4, 40, "fc_settle_daily", "info", "batch_job", "FIN_SETTLE_D02 재실행 완료 (지연)"),
    (13, 5, 10, "sales_mart_nightly", "info", "batch_job", "dag_sales_mart run success (지연)"),
    # M6 (Tuesday 14, evening)
    (14, 19, 6, "psql-member-prd", "warning", "performance", "Disk IOPS consumed 100% (5000/5000), disk queue depth 64"),
    (14, 19, 9, "psql-member-prd", "critical", "performance", "IO throttled: read latency 480ms, connections waiting 310"),
    (14, 19, 12, "member-auth", "critical", "error", "로그인/토큰 갱신 실패 30% (DB timeout)"),
    (14, 19, 18, "crema-bff", "major", "error", "앱 홈/주문 화면 로딩 지연 (member-auth 지연)"),
    (14, 19, 20, "ecoupon-hub", "warning", "error", "선물하기 수신자 조회 지연"),
    (14, 19, 45, "crm-campaign", "info", "config_change", "세그먼트 추출을 read replica로 전환"),
    (14, 20, 5, "member-auth", "info", "recovery", "로그인 정상"),
    # M7 (Thursday 16, store opening and morning rush, ongoing)
    (16, 7, 52, "emqx-edge", "warning", "memory", "emqx@mdpmq02 process memory 88%, mqueue dropped 0, inflight 12,400"),
    (16, 7, 56, "emqx-edge", "critical", "memory", "emqx@mdpmq02 high watermark reached: force_shutdown clients (1,046)"),
    (16, 7, 58, "order-router", "critical", "error", "매장 주문 전달 실패 32% (MQTT publish timeout, 엣지박스 미연결)"),
    (16, 8, 2, "edge-sync", "major", "error", "엣지박스 동기화 실패, 재연결 폭주"),
    (16, 8, 4, "fleet-edgebox", "major", "connectivity", "엣지박스 오프라인 640/1,800"),
    (16, 8, 11, "crema-order", "warning", "error", "매장 접수 대기 타임아웃 증가 (주문 전달 지연)"),
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
    generate(NAME, "coffee-chain", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
