"""Generate the duty-free estate (tests/fixtures/duty-free/, interchange format) and its faults file.

A Korean duty-free retailer's IT (솔빛면세점, SOLBIT Duty Free): the online duty-free mall GAON (web `gaon-web`,
app backend `gaon-bff`, cart `gaon-cart`, checkout `gaon-order`, search `gaon-search` on Elasticsearch `es-gaon`,
multilingual content KR/EN/CN/JP `gaon-i18n`) on EKS in the Seoul region with Aurora MySQL `aurora-gaon`, the
session cache `redis-gaon-sess` and the MSK Kafka `msk-gaon`; passport verification `yeokwon-verify` and flight
info `hanggong-flt`; the purchase-limit check `hando-calc` and the customs (관세청 UNI-PASS) gateway `gwanse-gw`
with the monthly sales report `gwanse_rpt_monthly`; the central POS `pos-hub` on Oracle `oradb-pos` behind the L4
switch `l4-mok-pos`, the store POS gateways of the downtown stores (소공본점 `posgw-sogong`, 센텀점
`posgw-centum`) and the airport stores (인천 T1 `posgw-icn1`, T2 `posgw-icn2`, 김포 `posgw-gmp`); the pickup
desks (인도장): `indo-hub`, the terminal desk apps `indo-t1` / `indo-t2`, the queue displays `daegi-did`, slip
printers (`prt-t1-07` …) and DID screens (`did-t1-q1` …); the bonded warehouse (보세창고) at 영종 with the WMS
`bose-wms` on PostgreSQL `pg-bose`, picking `bose-pick` and bonded transport planning `unsong-plan`; inventory
`jaego-core` and the ERP `tera-erp` on the Oracle RAC `oradb-tera`, the nightly 02:00 inventory sync
`inv_sync_0200`, brand/vendor EDI `brand-edi`; membership STAR `star-mbr` on MySQL `mysql-mbr`, the coupon engine
`coupon-drop` (10:00 daily drop) on ElastiCache `coupon-rg-001`; payments `pay-gw` (cards), `altpay-cn`
(알리페이/위챗페이), `fx-rate`; daigou / bulk-buyer fraud detection `daigou-guard`; the CS centre `cs-desk` and
`cs-cti`. Sites 을지로본사 (HQ), 소공본점, 센텀점 (downtown stores), 인천공항T1, 인천공항T2, 김포공항 (airport
stores), 영종물류센터 (bonded warehouse), 목동IDC and aws-apne2 (cloud region); environments prod, stg, dev.

Naming (unlike the earlier estates): the mall's code name (`gaon-*`), romanised Korean (`yeokwon-verify` 여권,
`hanggong-flt` 항공, `hando-calc` 한도, `gwanse-gw` 관세, `indo-*` 인도장, `daegi-did` 대기, `bose-*` 보세,
`unsong-plan` 운송, `jaego-core` 재고), legacy snake_case batches (`inv_sync_0200`, `gwanse_rpt_monthly`,
`pos_relay_legacy`), old-school IDC VM host names (`dfapp14`, `dfbat03`), IDC bare metal by asset tag (purchase
yymm + serial, `hw-2209-011`; the rack position is an attribute), store back-office servers (`sgbo-01`,
`t2bo-01`), cloud-generated names (EKS nodes `ip-10-72-11-24`, EC2 ids `i-07c3e1f0a9b2d4e61`, the ALB
`k8s-gaonprd-ingress-4c1e9b7a2d`, the ElastiCache node `coupon-rg-001`).

Seven injected incidents (times KST; now = Sunday 2027-06-20 20:40, in the evening flight bank; the window is the
10 days before; airport flight banks around 07–10 and 17–21, downtown stores 09:30–20:30 with Chinese group tours in
the afternoon, the mall's evening peak, the 10:00 coupon drop, the 02:00 inventory sync, the 618 festival on Fri 18):
  D1 Fri 11 10:00–10:55  the 10:00 coupon drop makes one hot key of coupon-rg-001 burn its engine CPU: coupon-drop
                         (loudest, 3.14.0 deployed at 09:40), gaon-order, gaon-bff
  D2 Sat 12 02:05–03:00  (weekend, night) oradb-tera's archiver stops (FRA full after Thursday's RMAN deletion
                         policy change) during the 02:00 sync: inv_sync_0200 (loudest), jaego-core, brand-edi
  D3 Mon 14 07:50–08:45  (morning flight bank) l4-mok-pos loses its session table after a failover: posgw-icn1
                         (loudest, 5.2.1 deployed at 07:30), posgw-icn2, posgw-gmp
  D4 Wed 16 14:30–15:25  (downtown peak, Chinese groups) mysql-mbr hits max_connections (connection leak after a
                         pool change): star-mbr (loudest), coupon-drop, pos-hub (4.8.3 deployed at 14:10)
  D5 Fri 18 21:10–22:05  (618 festival, evening) es-gaon goes into a GC storm during the 618 reindex: gaon-search
                         (loudest, deployed at 20:50), gaon-bff, gaon-web
  D6 Sat 19 17:40–18:35  (weekend evening flight bank) t2bo-01's RAID degrades (disk failure, rebuild, iowait):
                         posgw-icn2 (loudest), indo-t2 (2.3.0 deployed at 17:20), daegi-did
  D7 Sun 20 19:55–now    msk-gaon runs out of broker disk (retention raised on Friday for 618): gaon-order
                         (loudest, 7.6.0 deployed at 19:30), indo-hub, indo-t1 (ongoing)
Confounders: flight banks, weekend and 618 peaks, the daily 10:00 coupon drop (a load spike every day), the 02:00
inventory sync and the 02:00 RMAN backup to bk-mok-dd01 (SAN latency bump, a noisy neighbour at D2), the monthly
customs report on Tue 15 01:00 (oradb-pos busy), deploys on victims before D1, D3, D4, D5, D6 and D7, the
printer `prt-t1-08` and `gaon-web-stg` in maintenance, fw-icn-air firmware maintenance on Saturday night, the
retired `pos_relay_legacy`, the log server `hw-2103-019`'s disk creeping up and the DMZ L4 `l4-mok-dmz`'s
certificate for b2b.solbitdfs.com expiring on 2027-06-27 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/dfs_golden.py) are computed from the files.

    .venv/bin/python bench/dfs_estate.py   # rewrites tests/fixtures/duty-free*
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

NAME = "duty-free"
NOW = datetime(2027, 6, 20, 11, 40, tzinfo=UTC)  # Sunday 2027-06-20 20:40 KST
START = NOW - timedelta(days=10)  # Thursday 2027-06-10 20:40 KST
SEED = 20270620
SITES = {
    "H": "을지로본사",
    "S": "소공본점",
    "C": "센텀점",
    "T1": "인천공항T1",
    "T2": "인천공항T2",
    "G": "김포공항",
    "W": "영종물류센터",
    "I": "목동IDC",
    "A": "aws-apne2",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2027-06")

MALL, MALLPF, STORE, AIR, INDO = (
    "온라인몰개발팀",
    "mall-platform",
    "점포시스템팀",
    "airport-retail-it",
    "인도장운영파트",
)
LOGI, ERP, EDI, CRM, PAY = "물류IT팀", "ERP팀", "partner-edi", "crm-loyalty", "결제서비스팀"
FRAUD, CS, INFRA, DBA, NET = "fraud-analytics", "고객센터IT", "인프라운영팀", "DBA파트", "네트워크보안팀"
SRE, CUSTOMS, LEGACY = "cloud-sre", "통관지원팀", "레거시운영"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- GAON online mall (cloud)
    "gaon-web": ("service", MALL, "A", "P", ["ip-10-72-11-24", "ip-10-72-12-16"], ["gaon-bff", "gaon-i18n"],
                 {"desc": "GAON 온라인 면세점 웹 (PC/모바일웹)", "product": "Next.js 14 (SSR)", "version": "9.4.2",
                  "replicas": 6, "domain": "www.solbitdfs.com", "languages": "KR, EN, CN, JP"}),
    "gaon-bff": ("service", MALL, "A", "P", ["ip-10-72-11-24", "ip-10-72-11-87"],
                 ["gaon-order", "gaon-cart", "gaon-search", "redis-gaon-sess"],
                 {"desc": "앱/웹 BFF (GraphQL)", "product": "Node.js 20 (Apollo Server 4)", "version": "6.11.0",
                  "replicas": 8, "app_min_version": "8.2.0"}),
    "gaon-cart": ("service", MALL, "A", "P", ["ip-10-72-11-87"], ["redis-gaon-sess", "aurora-gaon", "hando-calc"],
                  {"desc": "장바구니 (출국정보별 장바구니, 한도 사전 체크)", "product": "Spring Boot 3.2 (Java 21)",
                   "version": "4.3.5", "replicas": 4}),
    "gaon-order": ("service", MALL, "A", "P", ["ip-10-72-11-87", "ip-10-72-12-203"],
                   ["aurora-gaon", "coupon-drop", "pay-gw", "altpay-cn", "hando-calc", "yeokwon-verify", "msk-gaon"],
                   {"desc": "주문/결제 오케스트레이션 (주문 이벤트 Kafka 발행)", "product": "Spring Boot 3.2 (Java 21)",
                    "version": "7.6.0", "replicas": 6, "topic": "gaon.order.v2", "kafka_acks": "all"}),
    "gaon-search": ("service", MALLPF, "A", "P", ["ip-10-72-12-16"], ["es-gaon"],
                    {"desc": "상품 검색 (브랜드/상품, 다국어 형태소 nori/smartcn/kuromoji)", "version": "3.9.1",
                     "product": "Spring Boot 3.1", "replicas": 4}),
    "gaon-i18n": ("service", MALLPF, "A", "P", ["ip-10-72-12-16"], [],
                  {"desc": "다국어 콘텐츠/번역 (KR/EN/CN/JP)", "version": "2.2.0", "languages": "KR, EN, CN, JP",
                   "default_locale": "ko-KR", "replicas": 2}),
    "yeokwon-verify": ("service", CUSTOMS, "A", "P", ["ip-10-72-12-203"], ["hanggong-flt", "aurora-gaon"],
                       {"desc": "여권 정보 검증 (OCR, 출국자 확인)", "version": "2.7.3", "product": "Python 3.11 (FastAPI)",
                        "ocr_engine": "CLOVA OCR", "replicas": 3}),
    "hanggong-flt": ("service", CUSTOMS, "A", "P", ["ip-10-72-12-203"], [],
                     {"desc": "출국 항공편 정보 (인천/김포 FIDS 연동, 인도장 배정)", "version": "1.8.0",
                      "feed": "인천공항공사 FIDS API", "poll_sec": 60, "replicas": 2}),
    "coupon-drop": ("service", CRM, "A", "P", ["ip-10-72-11-24", "ip-10-72-12-203"], ["coupon-rg-001", "star-mbr"],
                    {"desc": "쿠폰 엔진 (매일 10:00 선착순 쿠폰 발급, 적립금)", "product": "Go 1.22", "version": "3.14.0",
                     "replicas": 6, "daily_drop": "10:00", "drop_quota": 30000}),
    "daigou-guard": ("service", FRAUD, "A", "P", ["ip-10-72-12-16"], ["msk-gaon", "star-mbr"],
                     {"desc": "따이공/대량구매자 이상거래 탐지 (실시간 스코어링)", "version": "1.12.4",
                      "product": "Flink 1.18 + XGBoost", "model": "bulkbuy-xgb-2027q2", "threshold": 0.82}),
    # ---------------------------------------------------------------- customs, limits (IDC)
    "hando-calc": ("service", CUSTOMS, "I", "P", ["dfapp11"], ["gwanse-gw", "oradb-pos"],
                   {"desc": "구매한도/면세한도 계산 (내국인 면세한도 US$800, 주류/향수 별도)", "version": "3.0.8",
                    "product": "Spring Boot 2.7 (Java 11)", "allowance_usd": 800}),
    "gwanse-gw": ("service", CUSTOMS, "I", "P", ["dfapp11"], [],
                  {"desc": "관세청 UNI-PASS 연동 게이트웨이 (판매신고, 반출입 신고)", "version": "2.4.1",
                   "product": "자체개발 (Java 8, 전자문서 EDI)", "agency": "관세청 UNI-PASS", "port": 9443}),
    "gwanse_rpt_monthly": ("service", CUSTOMS, "I", "P", ["dfbat03"], ["oradb-pos", "gwanse-gw"],
                           {"desc": "관세청 월간 판매 보고 배치", "schedule": "매월 15일 01:00",
                            "product": "Spring Batch 4.3", "version": "1.3.2"}),
    # ---------------------------------------------------------------- payments
    "pay-gw": ("service", PAY, "I", "P", ["dfapp15"], ["fx-rate"],
               {"desc": "카드 결제 게이트웨이 (VAN/PG, 해외카드 DCC)", "version": "5.0.3", "product": "자체개발 (Java 17)",
                "van": "KICC, NICE", "pci_dss": "v4.0"}),
    "altpay-cn": ("service", PAY, "A", "P", ["ip-10-72-11-87"], ["fx-rate"],
                  {"desc": "알리페이/위챗페이 결제", "version": "2.6.0", "providers": "Alipay+, WeChat Pay",
                   "settle_currency": "CNY"}),
    "fx-rate": ("service", PAY, "I", "P", ["dfapp15"], [],
                {"desc": "환율 (하나은행 고시환율, USD/CNY/JPY)", "version": "1.4.2", "source": "하나은행 고시",
                 "refresh_min": 10, "base_currency": "USD"}),
    # ---------------------------------------------------------------- membership, CS
    "star-mbr": ("service", CRM, "I", "P", ["dfapp14"], ["mysql-mbr"],
                 {"desc": "STAR 멤버십 (등급, 적립금, 할인율)", "version": "4.1.9", "product": "Spring Boot 3.0",
                  "members_million": 6.4, "tiers": "BASIC, SILVER, GOLD, VIP, VVIP"}),
    "cs-desk": ("service", CS, "H", "P", ["dfapp14"], ["star-mbr"],
                {"desc": "고객센터 상담 CRM (상담이력, 교환/환불)", "product": "Salesforce Service Cloud 연동 어댑터",
                 "version": "2.0.6", "agents": 140}),
    "cs-cti": ("service", CS, "H", "P", ["dfcti01"], [],
               {"desc": "CTI/IVR (대표번호 1688-xxxx, 4개 언어 ARS)", "product": "Genesys Engage 8.5", "seats": 160,
                "languages": "KR, EN, CN, JP"}),
    # ---------------------------------------------------------------- POS
    "pos-hub": ("service", STORE, "I", "P", ["dfapp12", "dfapp13"],
                ["oradb-pos", "rmq-store", "star-mbr", "hando-calc", "pay-gw", "redis-pos"],
                {"desc": "중앙 POS 서버 (전 점포 판매, 교환권, 판매신고 연계)", "version": "4.8.3",
                 "product": "자체개발 (Java 11, Tmax JEUS 8)", "stores": 5, "terminals": 612}),
    "posgw-sogong": ("service", STORE, "S", "P", ["sgbo-01"], ["l4-mok-pos"],
                     {"desc": "소공본점 POS 게이트웨이 (매장 POS → 중앙)", "version": "5.2.0", "pos_terminals": 236,
                      "floors": "8F–12F"}),
    "posgw-centum": ("service", STORE, "C", "P", ["ctbo-01"], ["l4-mok-pos"],
                     {"desc": "센텀점 POS 게이트웨이", "version": "5.2.0", "pos_terminals": 88}),
    "posgw-icn1": ("service", AIR, "T1", "P", ["t1bo-01"], ["l4-mok-pos"],
                   {"desc": "인천공항 T1 매장 POS 게이트웨이 (출국장 면세구역)", "version": "5.2.1", "pos_terminals": 142,
                    "boarding_gates": "1–50"}),
    "posgw-icn2": ("service", AIR, "T2", "P", ["t2bo-01"], ["l4-mok-pos"],
                   {"desc": "인천공항 T2 매장 POS 게이트웨이", "version": "5.2.0", "pos_terminals": 96,
                    "boarding_gates": "230–270"}),
    "posgw-gmp": ("service", AIR, "G", "P", ["gpbo-01"], ["l4-mok-pos"],
                  {"desc": "김포공항 국제선 매장 POS 게이트웨이", "version": "5.1.7", "pos_terminals": 34}),
    "esl-mgr": ("service", STORE, "S", "P", ["sgbo-01"], ["jaego-core"],
                {"desc": "전자가격표시기(ESL) 관리 (USD/KRW 가격 표시)", "product": "SES-imagotag VUSION", "version": "3.3",
                 "labels": 41000}),
    # ---------------------------------------------------------------- pickup desks (인도장)
    "indo-hub": ("service", INDO, "I", "P", ["dfapp13"], ["oradb-pos", "msk-gaon", "hanggong-flt"],
                 {"desc": "인도장 통합 (시내점/온라인 구매 물품 인도, 교환권 관리)", "version": "3.5.4",
                  "product": "자체개발 (Java 17)", "daily_slips_avg": 21000}),
    "indo-t1": ("service", INDO, "T1", "P", ["t1bo-01"], ["indo-hub"],
                {"desc": "T1 인도장 데스크 앱 (교환권 스캔, 인도 확인, 인도증 출력)", "version": "2.3.0",
                 "desks": 24, "location_detail": "T1 3층 출국장 동/서 인도장"}),
    "indo-t2": ("service", INDO, "T2", "P", ["t2bo-01"], ["indo-hub"],
                {"desc": "T2 인도장 데스크 앱", "version": "2.3.0", "desks": 14, "location_detail": "T2 3층 출국장 인도장"}),
    "daegi-did": ("service", INDO, "I", "P", ["dfapp17"], ["indo-t1", "indo-t2"],
                  {"desc": "인도장 대기열 안내 (번호표/DID 표시, 알림톡)", "version": "1.6.2",
                   "product": "자체개발 (Node.js 18)", "screens": 18}),
    # ---------------------------------------------------------------- bonded warehouse, inventory, ERP, EDI
    "bose-wms": ("service", LOGI, "W", "P", ["yjw-srv01"], ["pg-bose", "jaego-core"],
                 {"desc": "보세창고 WMS (입고, 보관, 반출 신고 연계)", "product": "자체개발 (Java 17)", "version": "6.0.2",
                  "locations": 18400, "bonded_license": "영종 보세창고 제2027-014호"}),
    "bose-pick": ("service", LOGI, "W", "P", ["yjw-srv02"], ["bose-wms"],
                  {"desc": "피킹/소팅 (출국편별 피킹, DPS)", "version": "2.9.0", "product": "자체개발 (C# .NET 8)",
                   "pickers": 120, "sorter_chutes": 64}),
    "unsong-plan": ("service", LOGI, "W", "P", ["yjw-srv02"], ["bose-wms", "hanggong-flt"],
                    {"desc": "보세운송 계획 (창고 → 인도장 배차, 항공편 마감 기준)", "version": "1.5.1",
                     "trucks": 22, "cutoff_before_departure_min": 180}),
    "jaego-core": ("service", ERP, "I", "P", ["dfapp16"], ["oradb-tera"],
                   {"desc": "통합 재고 (점포/창고/온라인 가용재고)", "version": "8.2.0", "product": "자체개발 (Java 11)",
                    "skus": 312000}),
    "tera-erp": ("service", ERP, "I", "P", ["hw-2010-002"], ["oradb-tera"],
                 {"desc": "TERA ERP (매입, 원가, 회계)", "product": "Oracle E-Business Suite R12.2.12", "version": "12.2.12",
                  "modules": "PO, INV, GL, AP"}),
    "inv_sync_0200": ("service", ERP, "I", "P", ["dfbat03"], ["oradb-tera", "jaego-core", "rmq-store"],
                      {"desc": "야간 재고 동기화 배치 (POS/WMS/온라인 → ERP)", "schedule": "매일 02:00",
                       "product": "Spring Batch 4.3", "version": "2.1.0", "steps": 14}),
    "brand-edi": ("service", EDI, "I", "P", ["dfapp16"], ["jaego-core"],
                  {"desc": "브랜드/벤더 EDI (발주, 입고예정, 판매실적)", "version": "3.2.7", "product": "자체개발 + AS2",
                   "partners": 412, "protocol": "AS2"}),
    "songgaek-fee": ("service", ERP, "I", "P", ["dfapp16"], ["oradb-pos"],
                     {"desc": "여행사 송객수수료 정산", "version": "1.9.3", "agencies": 860}),
    # ---------------------------------------------------------------- infra
    "sso-portal": ("service", INFRA, "H", "P", ["dfapp17"], [],
                   {"desc": "임직원 SSO/포털", "product": "Keycloak 23.0.7", "version": "23.0.7"}),
    "elk-log": ("service", INFRA, "I", "P", ["hw-2103-019"], [],
                {"desc": "로그 수집 (ELK)", "product": "Elasticsearch 7.17 + Logstash", "retention_days": 45}),
    "mon-zbx": ("service", INFRA, "I", "P", ["dfmon01"], [],
                {"desc": "인프라 모니터링", "product": "Zabbix 6.0 LTS", "monitored_hosts": 830}),
    # ---------------------------------------------------------------- stg, dev, retired
    "gaon-web-stg": ("service", MALL, "A", "S", ["ip-10-73-21-9"], ["gaon-order-stg"],
                     {"desc": "GAON 웹 (스테이징, 하반기 리뉴얼 QA 중)", "version": "10.0.0-rc3"}),
    "gaon-order-stg": ("service", MALL, "A", "S", ["ip-10-73-21-9"], ["aurora-gaon-stg"],
                       {"desc": "주문 (스테이징)", "version": "7.7.0-rc1"}),
    "coupon-drop-stg": ("service", CRM, "A", "S", ["ip-10-73-21-9"], [],
                        {"desc": "쿠폰 엔진 (스테이징)", "version": "3.15.0-rc2"}),
    "indo-hub-stg": ("service", INDO, "I", "S", ["dfstg01"], [],
                     {"desc": "인도장 통합 (스테이징)", "version": "3.6.0-rc1"}),
    "bose-wms-dev": ("service", LOGI, "I", "D", ["dfdev01"], [],
                     {"desc": "보세 WMS (개발)", "version": "6.1.0-SNAPSHOT"}),
    "pos-hub-dev": ("service", STORE, "I", "D", ["dfdev01"], [],
                    {"desc": "중앙 POS (개발)", "version": "4.9.0-SNAPSHOT"}),
    "pos_relay_legacy": ("service", LEGACY, "I", "P", [], [],
                         {"desc": "구 POS 파일 릴레이 (2026년 pos-hub 실시간 연계로 대체)", "version": "2.0.4",
                          "decommissioned": "2026-11-30"}),
    # ---------------------------------------------------------------- databases
    "oradb-tera": ("database", DBA, "I", "P", ["hw-2209-011", "hw-2209-012"], [],
                   {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c RAC", "nodes": 2,
                    "sid": "TERAP", "port": 1521, "size_tb": 9.6, "archivelog": "ON", "fra_gb": 1600,
                    "desc": "ERP/통합재고 운영 DB"}),
    "oradb-pos": ("database", DBA, "I", "P", ["hw-2209-014"], [],
                  {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c", "sid": "POSP",
                   "port": 1521, "size_tb": 4.3, "dataguard": "ADG (목동 → 센터 DR)", "desc": "POS/인도장 운영 DB"}),
    "aurora-gaon": ("database", SRE, "A", "P", [], [],
                    {"engine": "mysql", "version": "8.0.mysql_aurora.3.05.2", "product": "Amazon Aurora MySQL 3",
                     "instance_class": "db.r7g.4xlarge", "readers": 2, "port": 3306,
                     "cluster_id": "gaon-prd-aurora-cluster", "desc": "온라인몰 주문/상품 DB"}),
    "mysql-mbr": ("database", DBA, "I", "P", ["hw-2302-007"], [],
                  {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 Community", "port": 3306,
                   "max_connections": 2000, "desc": "STAR 멤버십 DB"}),
    "pg-bose": ("database", DBA, "W", "P", ["yjw-srv01"], [],
                {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
                 "desc": "보세창고 WMS DB"}),
    "es-gaon": ("database", MALLPF, "A", "P", ["i-07c3e1f0a9b2d4e61", "i-0b9d2f4c8e1a73520"], [],
                {"engine": "elasticsearch", "version": "8.13.4", "product": "Elasticsearch 8.13 (EC2 self-managed)",
                 "nodes": 2, "heap_gb": 31, "indices": "goods_ko, goods_en, goods_zh, goods_ja", "port": 9200,
                 "desc": "상품 검색 인덱스"}),
    "aurora-gaon-stg": ("database", SRE, "A", "S", [], [],
                        {"engine": "mysql", "version": "8.0.mysql_aurora.3.06.0", "instance_class": "db.r7g.large"}),
    # ---------------------------------------------------------------- caches, queues
    "coupon-rg-001": ("cache", SRE, "A", "P", [], [],
                      {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis",
                       "node_type": "cache.r7g.xlarge", "replication_group": "coupon-rg", "cluster_mode": "disabled",
                       "desc": "쿠폰 재고/발급 카운터"}),
    "redis-gaon-sess": ("cache", SRE, "A", "P", [], [],
                        {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis",
                         "node_type": "cache.r7g.2xlarge", "shards": 3, "desc": "세션/장바구니 캐시"}),
    "redis-pos": ("cache", STORE, "I", "P", ["hw-2302-007"], [],
                  {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 24, "maxmemory_policy": "allkeys-lru",
                   "port": 6379, "desc": "POS 상품/가격 캐시"}),
    "msk-gaon": ("queue", SRE, "A", "P", [], [],
                 {"product": "Amazon MSK (Kafka 3.6.0)", "brokers": 3, "broker_type": "kafka.m7g.xlarge",
                  "storage_gb_per_broker": 1000, "retention_hours": 168, "topics": 46,
                  "desc": "온라인 주문/인도 이벤트 스트림"}),
    "rmq-store": ("queue", STORE, "I", "P", ["hw-2302-008"], [],
                  {"product": "RabbitMQ 3.12.13", "nodes": 1, "port": 5672, "vhosts": "pos, inv, edi",
                   "desc": "점포 POS/재고 동기화 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "k8s-gaonprd-ingress-4c1e9b7a2d": ("A", SRE, ["gaon-web", "gaon-bff"],
                                       {"vendor": "AWS", "model": "Application Load Balancer",
                                        "dns": "k8s-gaonprd-ingress-4c1e9b7a2d-1187.ap-northeast-2.elb.amazonaws.com",
                                        "cert_expiry": "2028-03-02", "waf": "AWS WAF (bot control)"}),
    "l4-mok-pos": ("I", NET, ["pos-hub"],
                   {"vendor": "Radware", "model": "Alteon 5424", "version": "32.6.9", "vip": "10.20.5.40",
                    "ha": "active-standby", "session_sync": "on"}),
    "l4-mok-dmz": ("I", NET, ["brand-edi", "gwanse-gw"],
                   {"vendor": "Piolink", "model": "PAS-K 5124", "vip": "211.45.60.18", "firmware": "2.6.3",
                    "endpoint": "b2b.solbitdfs.com", "cert_expiry": "2027-06-27", "cert_issuer": "Sectigo (수동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "san-mok01": ("I", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 240,
                               "desc": "Oracle/MySQL 블록 스토리지"},
                  ["hw-2209-011", "hw-2209-012", "hw-2209-014", "hw-2302-007"]),
    "nas-mok-edi": ("I", EDI, {"vendor": "NetApp", "model": "FAS2820", "ontap": "9.14.1P3", "capacity_tb": 48,
                               "protocol": "NFS v3", "desc": "EDI 송수신 파일"}, ["dfapp16"]),
    "nas-yj-wms": ("W", LOGI, {"vendor": "Synology", "model": "RS3621xs+", "capacity_tb": 64,
                               "desc": "입고 검수 사진/라벨 파일"}, ["yjw-srv01"]),
    "bk-mok-dd01": ("I", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                                 "desc": "백업 (RMAN, VM)"}, []),
    "s3-gaon-media": ("A", MALLPF, {"vendor": "AWS", "model": "S3 Standard + CloudFront",
                                    "bucket": "solbit-gaon-media-prd", "desc": "상품 이미지/상세페이지"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # aws-apne2
    "ip-10-72-11-24": ("A", "P", "eks", {"role": "EKS 워커 (gaon-prd, az-a)", "instance_type": "m7g.2xlarge",
                                        "az": "ap-northeast-2a", "instance_id": "i-0f1a2c3d4e5b60718"}),
    "ip-10-72-11-87": ("A", "P", "eks", {"role": "EKS 워커 (gaon-prd, az-a)", "instance_type": "m7g.2xlarge",
                                        "az": "ap-northeast-2a", "instance_id": "i-03b4c5d6e7f809a1b"}),
    "ip-10-72-12-16": ("A", "P", "eks", {"role": "EKS 워커 (gaon-prd, az-c)", "instance_type": "m7g.2xlarge",
                                        "az": "ap-northeast-2c", "instance_id": "i-0a9b8c7d6e5f40312"}),
    "ip-10-72-12-203": ("A", "P", "eks", {"role": "EKS 워커 (gaon-prd, az-c)", "instance_type": "c7g.2xlarge",
                                         "az": "ap-northeast-2c", "instance_id": "i-0d1e2f3a4b5c6d7e8"}),
    "ip-10-73-21-9": ("A", "S", "eks", {"role": "EKS 워커 (gaon-stg)", "instance_type": "m7g.large",
                                       "az": "ap-northeast-2a", "instance_id": "i-0e7d6c5b4a3928170"}),
    "i-07c3e1f0a9b2d4e61": ("A", "P", "ec2", {"role": "Elasticsearch data/master #1", "instance_type": "r7g.2xlarge",
                                             "az": "ap-northeast-2a"}),
    "i-0b9d2f4c8e1a73520": ("A", "P", "ec2", {"role": "Elasticsearch data/master #2", "instance_type": "r7g.2xlarge",
                                             "az": "ap-northeast-2c"}),
    # 목동IDC VMs
    "dfapp11": ("I", "P", "vm", {"role": "관세 연동/한도 AP"}),
    "dfapp12": ("I", "P", "vm", {"role": "중앙 POS #1"}),
    "dfapp13": ("I", "P", "vm", {"role": "중앙 POS #2, 인도장 통합"}),
    "dfapp14": ("I", "P", "vm", {"role": "멤버십, 상담 CRM"}),
    "dfapp15": ("I", "P", "vm", {"role": "결제 게이트웨이, 환율"}),
    "dfapp16": ("I", "P", "vm", {"role": "재고, EDI, 송객수수료"}),
    "dfapp17": ("I", "P", "vm", {"role": "인도장 대기열, SSO"}),
    "dfbat03": ("I", "P", "vm", {"role": "야간/월간 배치"}),
    "dfmon01": ("I", "P", "vm", {"role": "모니터링"}),
    "dfcti01": ("I", "P", "win", {"role": "CTI (Genesys)"}),
    "dfstg01": ("I", "S", "vm", {"role": "스테이징 공용"}),
    "dfdev01": ("I", "D", "vm", {"role": "개발 공용"}),
    # 목동IDC bare metal (asset tags)
    "hw-2209-011": ("I", "P", "bare", {"role": "Oracle RAC TERAP node 1", "model": "HPE ProLiant DL380 Gen10 Plus",
                                       "rack": "목동IDC 4F C12 U28"}),
    "hw-2209-012": ("I", "P", "bare", {"role": "Oracle RAC TERAP node 2", "model": "HPE ProLiant DL380 Gen10 Plus",
                                       "rack": "목동IDC 4F C12 U31"}),
    "hw-2209-014": ("I", "P", "bare", {"role": "Oracle POSP", "model": "HPE ProLiant DL380 Gen10 Plus",
                                       "rack": "목동IDC 4F C13 U20"}),
    "hw-2302-007": ("I", "P", "bare", {"role": "MySQL 멤버십, Redis POS", "model": "Dell PowerEdge R660",
                                       "rack": "목동IDC 4F C14 U10"}),
    "hw-2302-008": ("I", "P", "bare", {"role": "RabbitMQ", "model": "Dell PowerEdge R660", "rack": "목동IDC 4F C14 U12"}),
    "hw-2103-019": ("I", "P", "bare", {"role": "로그 수집 (ELK)", "model": "Dell PowerEdge R740xd",
                                       "rack": "목동IDC 4F C09 U03"}),
    "hw-2010-002": ("I", "P", "bare", {"role": "EBS 앱티어", "model": "HPE ProLiant DL360 Gen10",
                                       "rack": "목동IDC 4F C11 U15"}),
    # store back-office servers
    "sgbo-01": ("S", "P", "store", {"role": "소공본점 백오피스 (POS GW, ESL)", "model": "Lenovo ThinkSystem SR630 V3",
                                    "server_room": "소공본점 B2 전산실"}),
    "ctbo-01": ("C", "P", "store", {"role": "센텀점 백오피스", "model": "Lenovo ThinkSystem SR630 V3",
                                    "server_room": "센텀점 7F 전산실"}),
    "t1bo-01": ("T1", "P", "store", {"role": "T1 백오피스 (POS GW, 인도장)", "model": "Dell PowerEdge R650xs",
                                     "server_room": "T1 3층 면세사업자 전산실 A"}),
    "t2bo-01": ("T2", "P", "store", {"role": "T2 백오피스 (POS GW, 인도장)", "model": "Dell PowerEdge R650xs",
                                     "server_room": "T2 3층 면세사업자 전산실", "raid": "RAID 5 (4 x 1.92TB SSD)"}),
    "gpbo-01": ("G", "P", "store", {"role": "김포 백오피스", "model": "Dell PowerEdge R350",
                                    "server_room": "김포 국제선 2층 전산실"}),
    # 영종물류센터
    "yjw-srv01": ("W", "P", "bare", {"role": "WMS AP/DB", "model": "Dell PowerEdge R760", "rack": "영종 1F 전산실 R02"}),
    "yjw-srv02": ("W", "P", "bare", {"role": "피킹/운송 계획", "model": "Dell PowerEdge R660", "rack": "영종 1F 전산실 R02"}),
}
DEVICES = {  # pickup printers and queue displays, written as hosts: name: (site, kind, attributes, fed by)
    "prt-t1-07": ("T1", "printer", {"device": "인도증 프린터", "vendor": "Bixolon", "model": "SRP-S320", "desk": "T1 동편 7번",
                                    "firmware": "V1.08"}, "indo-t1"),
    "prt-t1-08": ("T1", "printer", {"device": "인도증 프린터", "vendor": "Bixolon", "model": "SRP-S320", "desk": "T1 동편 8번",
                                    "firmware": "V1.05"}, "indo-t1"),
    "prt-t2-03": ("T2", "printer", {"device": "인도증 프린터", "vendor": "Epson", "model": "TM-T88VII", "desk": "T2 3번",
                                    "firmware": "30.02"}, "indo-t2"),
    "did-t1-q1": ("T1", "did", {"device": "대기열 DID", "vendor": "Samsung", "model": "QB55C", "os": "Tizen 7.0",
                                "screen": "T1 동편 인도장 입구"}, "daegi-did"),
    "did-t2-q1": ("T2", "did", {"device": "대기열 DID", "vendor": "LG", "model": "55UH5N", "os": "webOS 6.0",
                                "screen": "T2 인도장 입구"}, "daegi-did"),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-mok-dmz": ("I", {"device": "DMZ firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                         "firmware": "FortiOS 7.2.9"}),
    "fw-icn-air": ("T1", {"device": "airport stores firewall", "vendor": "Fortinet", "model": "FortiGate 200F",
                          "firmware": "FortiOS 7.2.8", "covers": "T1, T2, 김포"}),
    "wan-mok-icn": ("I", {"device": "WAN link", "vendor": "KT", "model": "Flexline 전용회선 500Mbps",
                          "circuit": "KT-FX-40881-2207", "desc": "목동IDC ↔ 인천공항 T1/T2 전용회선"}),
    "csw-mok-01": ("I", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                         "firmware": "NX-OS 10.3(4a)"}),
    "dx-mok-apne2": ("I", {"device": "AWS Direct Connect", "vendor": "AWS", "model": "Direct Connect 2Gbps (hosted, LG U+)",
                           "connection_id": "dxcon-fgk3r2x7", "desc": "목동IDC ↔ aws-apne2"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("posgw-icn1", "fw-icn-air"),
    ("posgw-icn2", "fw-icn-air"),
    ("posgw-gmp", "fw-icn-air"),
    ("fw-icn-air", "wan-mok-icn"),
    ("wan-mok-icn", "csw-mok-01"),
    ("dx-mok-apne2", "csw-mok-01"),
    ("gwanse-gw", "fw-mok-dmz"),
    ("brand-edi", "fw-mok-dmz"),
    ("fw-mok-dmz", "csw-mok-01"),
    ("gaon-order", "dx-mok-apne2"),
]
# fmt: on
STATUS = {"prt-t1-08": "maintenance", "gaon-web-stg": "maintenance", "pos_relay_legacy": "retired"}
NET_PREFIX = {"H": "10.10", "S": "10.31", "C": "10.32", "T1": "10.41", "T2": "10.42", "G": "10.43", "W": "10.51",
              "I": "10.20", "A": "10.72"}  # fmt: skip


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "D1",
        "kind": "cache_hot_key_cpu",
        "root": "coupon-rg-001",
        "description": "at Friday's 10:00 coupon drop every request reads and decrements one hot key of the coupon"
        " cache coupon-rg-001, whose single-threaded engine CPU saturates: coupon-drop (3.14.0 deployed at 09:40,"
        " loudest) times out issuing coupons, gaon-order fails checkouts with coupons, gaon-bff follows, until the"
        " counter is sharded",
        "start": kst(11, 10, 0),
        "end": kst(11, 10, 55),
        "affected": ["coupon-rg-001", "coupon-drop", "gaon-order", "gaon-bff"],
    },
    {
        "id": "D2",
        "kind": "archiver_stuck_fra_full",
        "root": "oradb-tera",
        "description": "in the small hours of Saturday the archiver of oradb-tera stops (ORA-00257, the FRA full since"
        " Thursday's change of the RMAN archivelog deletion policy) during the 02:00 inventory sync: inv_sync_0200"
        " (loudest) hangs and fails, jaego-core stalls, brand-edi follows, until archivelogs are backed up and"
        " deleted",
        "start": kst(12, 2, 5),
        "end": kst(12, 3, 0),
        "affected": ["oradb-tera", "inv_sync_0200", "jaego-core", "brand-edi"],
    },
    {
        "id": "D3",
        "kind": "l4_session_table_loss",
        "root": "l4-mok-pos",
        "description": "in Monday's morning flight bank the POS L4 switch l4-mok-pos fails over to its standby, whose"
        " session table was not synchronised: the airport stores' POS gateways lose their sessions to pos-hub,"
        " posgw-icn1 (5.2.1 deployed at 07:30, loudest), posgw-icn2 and posgw-gmp, until failing back",
        "start": kst(14, 7, 50),
        "end": kst(14, 8, 45),
        "affected": ["l4-mok-pos", "posgw-icn1", "posgw-icn2", "posgw-gmp"],
    },
    {
        "id": "D4",
        "kind": "db_max_connections",
        "root": "mysql-mbr",
        "description": "on Wednesday afternoon, with the downtown stores full of Chinese tour groups, mysql-mbr reaches"
        " max_connections (connections leaked since Tuesday's pool change): star-mbr (loudest) cannot look up"
        " members, coupon-drop and pos-hub (4.8.3 deployed at 14:10) fail membership discounts, until the pool is"
        " rolled back",
        "start": kst(16, 14, 30),
        "end": kst(16, 15, 25),
        "affected": ["mysql-mbr", "star-mbr", "coupon-drop", "pos-hub"],
    },
    {
        "id": "D5",
        "kind": "search_gc_storm",
        "root": "es-gaon",
        "description": "on the 618 festival evening es-gaon runs out of heap during the promotion's reindex and goes"
        " into a GC storm: gaon-search (deployed at 20:50, loudest) times out, gaon-bff and gaon-web follow, until"
        " the reindex is paused",
        "start": kst(18, 21, 10),
        "end": kst(18, 22, 5),
        "affected": ["es-gaon", "gaon-search", "gaon-bff", "gaon-web"],
    },
    {
        "id": "D6",
        "kind": "host_raid_degraded",
        "root": "t2bo-01",
        "description": "in Saturday's evening flight bank a disk of t2bo-01 (T2 back office) fails and the RAID 5"
        " rebuild drives iowait up: posgw-icn2 (loudest) and indo-t2 (2.3.0 deployed at 17:20) stall, daegi-did"
        " shows stale queues, until the rebuild is throttled",
        "start": kst(19, 17, 40),
        "end": kst(19, 18, 35),
        "affected": ["t2bo-01", "posgw-icn2", "indo-t2", "daegi-did"],
    },
    {
        "id": "D7",
        "kind": "kafka_broker_disk_full",
        "root": "msk-gaon",
        "description": "on Sunday evening the brokers of msk-gaon run out of disk (retention raised from 3 to 7 days on"
        " Friday for the 618 audit) and producers with acks=all fail: gaon-order (7.6.0 deployed at 19:30,"
        " loudest) cannot publish orders, indo-hub misses online orders for pickup, indo-t1 cannot find slips"
        " (ongoing)",
        "start": kst(20, 19, 55),
        "end": None,
        "affected": ["msk-gaon", "gaon-order", "indo-hub", "indo-t1"],
    },
]
D1, D2, D3, D4, D5, D6, D7 = INCIDENTS
RETENTION_UP = kst(18, 11, 0)  # msk-gaon retention 72 h → 168 h
FRA_POLICY = kst(10, 22, 30)  # oradb-tera RMAN deletion policy changed (Thursday night)


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for dev, (_, _, _, fed_by) in DEVICES.items():
        rels.append((fed_by, dev, "CONNECTS_TO"))
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
        subnet = {"P": 10, "S": 30, "D": 50}[env] + i // 6
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{subnet}.{20 + (i * 29) % 200}"}
        if kind == "eks":
            parts = h.split("-")
            attrs = {"ip": ".".join(parts[1:]), "os": "Bottlerocket 1.20", "kubelet": "v1.29.3-eks",
                     "nodegroup": "gaon-prd-ng-arm" if env == "P" else "gaon-stg-ng"}  # fmt: skip
            owner = SRE
        elif kind == "ec2":
            attrs = {"ip": f"10.72.{13 + i % 2}.{rng.randint(10, 250)}", "os": "Amazon Linux 2023"}
            owner = MALLPF
        elif kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.8", "RHEL 8.10", "Rocky Linux 9.3"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 7.0U3"}  # fmt: skip
        elif kind == "win":
            attrs |= {
                "os": "Windows Server 2019",
                "vcpu": 8,
                "mem_gb": 32,
                "hypervisor": "VMware vSphere 7.0U3",
            }
            owner = CS
        elif kind == "store":
            attrs |= {"os": rng.choice(["RHEL 8.8", "Ubuntu 22.04 LTS"]), "cores": 16, "mem_gb": 64,
                      "asset_tag": f"SB-{rng.randint(10000, 99999)}"}  # fmt: skip
            owner = AIR if site in ("T1", "T2", "G") else STORE
        else:  # bare metal
            attrs |= {"os": rng.choice(["Oracle Linux 8.8", "RHEL 8.8"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['SGH', 'CZJ', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("hw-2209", "hw-2302-007")):
                owner = DBA
            if site == "W":
                owner = LOGI
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (dev, (site, _kind, extra, _)) in enumerate(DEVICES.items()):
        attrs = {"ip": f"{NET_PREFIX[site]}.80.{31 + j * 3}", **extra}
        cis.append(ci_record(dev, "host", "prod", INDO, SITES[site], attrs, STATUS.get(dev, "active")))
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


def _festival(ts: datetime) -> float:
    """The 618 festival (Fri 18) and the weekend that follows carry more Chinese shoppers."""
    day = _local(ts).day
    return 1.25 if day == 18 else 1.1 if day in (19, 20) else 1.0


def _mall(ts: datetime) -> float:
    """The online mall: a lunch bump, the evening peak 21–23 (China an hour behind), the 10:00 coupon drop;
    weekends busier."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.12 + 0.18 * _bump(h, 12.5, 1.2) + 0.45 * _bump(h, 22.0, 1.8) + 0.15 * _bump(h, 15.5, 3)
    v += 0.35 * (1 if 10.0 <= h < 10.34 else 0)  # the coupon drop
    v *= 1.12 if wd >= 5 else 1.0
    return max(0.05, min(1.0, v * _festival(ts)))


def _airport(ts: datetime) -> float:
    """The airport stores and pickup desks: the morning (07–10) and evening (17–21) flight banks."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.55 * _bump(h, 8.5, 1.1) + 0.5 * _bump(h, 19.0, 1.3) + 0.18 * _bump(h, 13.5, 2)
    v *= 1.15 if wd >= 5 else 1.0
    return max(0.05, min(1.0, v))


def _downtown(ts: datetime) -> float:
    """Downtown stores 09:30–20:30, the Chinese group tours' afternoon peak, weekends busier."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if not 9.5 <= h < 20.5:
        return 0.06
    v = 0.3 + 0.45 * _bump(h, 15.0, 1.8)
    v *= 1.2 if wd >= 5 else 1.0
    return max(0.05, min(1.0, v * _festival(ts)))


def _warehouse(ts: datetime) -> float:
    """Bonded warehouse picking ahead of the flight banks (05–07, 14–17), quiet after 22."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.1 + 0.5 * _bump(h, 6.0, 1.0) + 0.55 * _bump(h, 15.5, 1.5)))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1 + 0.03 * _bump(h, 14, 3)
    return 0.1 + 0.6 * (1 if 9 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1) + 0.1 * _bump(h, 9.5, 1)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 3.3 else 0.35 * _office(ts) + 0.12


def _retail(ts: datetime) -> float:
    """What all the stores and the mall share (the central POS, membership, payments)."""
    return max(0.05, min(1.0, 0.4 * _airport(ts) + 0.35 * _downtown(ts) + 0.35 * _mall(ts)))


def _steady(ts: datetime) -> float:
    return 0.5


MALL_SIDE = {
    "gaon-web", "gaon-bff", "gaon-cart", "gaon-order", "gaon-search", "gaon-i18n", "yeokwon-verify", "coupon-drop",
    "daigou-guard", "altpay-cn", "aurora-gaon", "es-gaon", "coupon-rg-001", "redis-gaon-sess", "msk-gaon",
    "k8s-gaonprd-ingress-4c1e9b7a2d", "ip-10-72-11-24", "ip-10-72-11-87", "ip-10-72-12-16", "ip-10-72-12-203",
    "i-07c3e1f0a9b2d4e61", "i-0b9d2f4c8e1a73520", "s3-gaon-media", "dx-mok-apne2",
}  # fmt: skip
AIR_SIDE = {
    "posgw-icn1", "posgw-icn2", "posgw-gmp", "indo-hub", "indo-t1", "indo-t2", "daegi-did", "hanggong-flt",
    "t1bo-01", "t2bo-01", "gpbo-01", "fw-icn-air", "wan-mok-icn", "dfapp13", "dfapp17", *DEVICES,
}  # fmt: skip
DOWNTOWN_SIDE = {"posgw-sogong", "posgw-centum", "esl-mgr", "sgbo-01", "ctbo-01"}
RETAIL = {
    "pos-hub", "oradb-pos", "rmq-store", "redis-pos", "star-mbr", "mysql-mbr", "hando-calc", "gwanse-gw", "pay-gw",
    "fx-rate", "l4-mok-pos", "dfapp11", "dfapp12", "dfapp14", "dfapp15", "hw-2209-014", "hw-2302-007", "hw-2302-008",
    "csw-mok-01", "san-mok01",
}  # fmt: skip
WAREHOUSE = {"bose-wms", "bose-pick", "unsong-plan", "pg-bose", "yjw-srv01", "yjw-srv02", "nas-yj-wms"}
OFFICE = {
    "tera-erp", "brand-edi", "songgaek-fee", "cs-desk", "cs-cti", "sso-portal", "dfcti01", "hw-2010-002",
    "nas-mok-edi", "l4-mok-dmz", "fw-mok-dmz", "mon-zbx", "dfmon01", "elk-log", "hw-2103-019",
}  # fmt: skip
BATCH = {"inv_sync_0200", "gwanse_rpt_monthly", "oradb-tera", "jaego-core", "dfbat03", "dfapp16", "hw-2209-011",
         "hw-2209-012", "bk-mok-dd01"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (MALL_SIDE, _mall),
        (AIR_SIDE, _airport),
        (DOWNTOWN_SIDE, _downtown),
        (RETAIL, _retail),
        (WAREHOUSE, _warehouse),
        (OFFICE, _office),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "D1": {0: (7.0, 6.0), 1: (4.0, 14.0), 2: (2.2, 9.0), 3: (1.5, 5.0)},
    "D2": {0: (14.0, 5.0), 1: (6.0, 13.0), 2: (2.4, 7.0)},
    "D3": {0: (4.0, 11.0), 1: (3.0, 15.0)},
    "D4": {0: (9.0, 8.0), 1: (5.0, 14.0), 2: (2.3, 9.0)},
    "D5": {0: (11.0, 7.0), 1: (5.0, 14.0), 2: (2.2, 9.0), 3: (1.6, 5.5)},
    "D6": {1: (4.5, 14.0), 2: (2.2, 8.0)},
    "D7": {0: (5.0, 9.0), 1: (3.0, 15.0), 2: (1.8, 7.5)},
}
EFFECT_OVERRIDE = {
    ("D1", "coupon-drop"): (5.5, 33.0),
    ("D2", "inv_sync_0200"): (3.0, 44.0),
    ("D3", "posgw-icn1"): (4.0, 31.0),
    ("D4", "star-mbr"): (6.5, 36.0),
    ("D5", "gaon-search"): (6.0, 34.0),
    ("D6", "posgw-icn2"): (5.0, 29.0),
    ("D7", "gaon-order"): (3.2, 32.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.08, 1.0))

DISK_WATCHED = {
    "hw-2209-011", "hw-2209-012", "hw-2209-014", "hw-2302-007", "hw-2302-008", "hw-2103-019", "hw-2010-002",
    "sgbo-01", "ctbo-01", "t1bo-01", "t2bo-01", "gpbo-01", "yjw-srv01", "yjw-srv02", "i-07c3e1f0a9b2d4e61",
    "i-0b9d2f4c8e1a73520", "ip-10-72-11-24", "ip-10-72-11-87", "ip-10-72-12-16", "ip-10-72-12-203", "dfbat03",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
PRINTERS = {n for n, v in DEVICES.items() if v[1] == "printer"}
DIDS = {n for n, v in DEVICES.items() if v[1] == "did"}
FW_MAINT = (kst(19, 3, 0), kst(19, 3, 40))  # fw-icn-air firmware upgrade (stores closed)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    if name in PRINTERS:
        return _printer_metrics(rng, ci, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(36, 62), rng.uniform(22, 56)
    growth = rng.uniform(0, 0.1)
    if name == "hw-2103-019":  # ELK: the index volume creeps up
        disk0, growth = 62.0, 1.45
    if name in DIDS:
        cpu0, mem0 = rng.uniform(8, 14), rng.uniform(40, 50)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "t2bo-01":  # RAID 5 rebuild: iowait
            cpu += (93.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, D6["start"], D6["end"], rise=5, fall=10)
        if name in ("i-07c3e1f0a9b2d4e61", "i-0b9d2f4c8e1a73520"):  # the GC storm
            cpu += 55 * ramp(ts, D5["start"], D5["end"], rise=5, fall=10)
            mem += (96.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, D5["start"] - timedelta(minutes=30), D5["end"],
                                                          rise=35, fall=10)  # fmt: skip
        if name in ("hw-2209-011", "hw-2209-012") and 2 <= seoul_hour(ts) < 3.2:  # the sync and RMAN
            cpu += 18
        if name == "hw-2209-014" and kst(15, 1) <= ts < kst(15, 3, 30):  # the monthly customs report
            cpu += 30
        if name == "hw-2302-007":  # connections piling up
            mem += 9 * ramp(ts, D4["start"], D4["end"], rise=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _printer_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    """Slip printers: print time per slip and the failed slips (%)."""
    name, rows = ci["name"], []
    rt0 = rng.uniform(420, 560) if name != "prt-t2-03" else rng.uniform(300, 380)
    load = _load(name)
    for ts in times:
        rt = rt0 * (0.9 + 0.2 * load(ts)) * (1 + rng.gauss(0, 0.04))
        err = max(0.0, rng.gauss(0.3, 0.1))
        if name == "prt-t1-08":  # in repair: paper jams
            err = max(0.0, rng.gauss(1.2, 0.3))
        rows += samples(ts, name, response_time_ms=round(rt, 0), error_rate=round(err, 2))
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-mok-icn": 3.8, "dx-mok-apne2": 2.1}.get(name, rng.uniform(0.2, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "fw-icn-air":  # the firmware upgrade: reboot
            cpu += 50 * ramp(ts, FW_MAINT[0], FW_MAINT[1], rise=5, fall=5)
            loss += 4.0 * ramp(ts, FW_MAINT[0], FW_MAINT[1], rise=5, fall=5)
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"san-mok01": (66, 67), "bk-mok-dd01": (61, 63), "s3-gaon-media": (20, 21)}.get(name, (33, 52))
    per_day = 0.15 if name == "nas-yj-wms" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "san-mok01" else rng.uniform(1.8, 3.6)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name in ("san-mok01", "bk-mok-dd01") and 2 <= seoul_hour(ts) < 3.2:  # RMAN backups
            lat *= 1.9
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "gaon-web": 180.0, "gaon-bff": 120.0, "gaon-cart": 65.0, "gaon-order": 240.0, "gaon-search": 55.0,
    "gaon-i18n": 18.0, "yeokwon-verify": 420.0, "hanggong-flt": 35.0, "coupon-drop": 28.0, "daigou-guard": 45.0,
    "hando-calc": 90.0, "gwanse-gw": 380.0, "gwanse_rpt_monthly": 640.0, "pay-gw": 520.0, "altpay-cn": 610.0,
    "fx-rate": 12.0, "star-mbr": 40.0, "cs-desk": 330.0, "cs-cti": 60.0, "pos-hub": 110.0, "posgw-sogong": 75.0,
    "posgw-centum": 80.0, "posgw-icn1": 70.0, "posgw-icn2": 72.0, "posgw-gmp": 85.0, "esl-mgr": 260.0,
    "indo-hub": 150.0, "indo-t1": 95.0, "indo-t2": 98.0, "daegi-did": 60.0, "bose-wms": 210.0, "bose-pick": 48.0,
    "unsong-plan": 450.0, "jaego-core": 130.0, "tera-erp": 560.0, "inv_sync_0200": 700.0, "brand-edi": 340.0,
    "songgaek-fee": 410.0, "sso-portal": 85.0, "elk-log": 140.0, "mon-zbx": 110.0,
    "oradb-tera": 3.8, "oradb-pos": 2.9, "aurora-gaon": 2.2, "mysql-mbr": 1.6, "pg-bose": 2.5, "es-gaon": 14.0,
    "coupon-rg-001": 0.35, "redis-gaon-sess": 0.45, "redis-pos": 0.5, "msk-gaon": 4.5, "rmq-store": 3.0,
    "k8s-gaonprd-ingress-4c1e9b7a2d": 2.4, "l4-mok-pos": 0.8, "l4-mok-dmz": 1.2,
}  # fmt: skip
REQUEST_RATE = {
    "gaon-web": 2400.0, "gaon-bff": 3100.0, "gaon-cart": 900.0, "gaon-order": 260.0, "gaon-search": 1500.0,
    "gaon-i18n": 1800.0, "yeokwon-verify": 60.0, "hanggong-flt": 420.0, "coupon-drop": 750.0,
    "daigou-guard": 380.0, "hando-calc": 520.0, "gwanse-gw": 140.0, "pay-gw": 310.0, "altpay-cn": 120.0,
    "fx-rate": 900.0, "star-mbr": 1300.0, "cs-desk": 35.0, "pos-hub": 1100.0, "posgw-sogong": 420.0,
    "posgw-centum": 160.0, "posgw-icn1": 380.0, "posgw-icn2": 260.0, "posgw-gmp": 70.0, "indo-hub": 310.0,
    "indo-t1": 140.0, "indo-t2": 90.0, "daegi-did": 55.0, "bose-wms": 240.0, "bose-pick": 380.0,
    "jaego-core": 650.0, "inv_sync_0200": 40.0, "brand-edi": 48.0, "tera-erp": 160.0,
    "oradb-tera": 9800.0, "oradb-pos": 12500.0, "aurora-gaon": 15800.0, "mysql-mbr": 7400.0, "pg-bose": 2100.0,
    "es-gaon": 2600.0, "coupon-rg-001": 9000.0, "redis-gaon-sess": 26000.0, "redis-pos": 8800.0,
    "msk-gaon": 4200.0, "rmq-store": 1700.0, "k8s-gaonprd-ingress-4c1e9b7a2d": 5400.0, "l4-mok-pos": 1900.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search cluster with a memory gauge: (level, swing with load)
    "coupon-rg-001": (38.0, 6.0), "redis-gaon-sess": (57.0, 9.0), "redis-pos": (46.0, 5.0),
    "msk-gaon": (44.0, 8.0), "rmq-store": (31.0, 7.0), "es-gaon": (63.0, 6.0),
}  # fmt: skip


def _kafka_disk(rng: random.Random, ts: datetime) -> float:
    """msk-gaon broker storage: steady around 52 % with 72 h retention, climbing after Friday's raise to 168 h
    until full at D7."""
    base = 52.0 + 2.5 * math.sin((ts - START).total_seconds() / 86400 * 2 * math.pi)
    if ts < RETENTION_UP:
        return base + rng.gauss(0, 0.2)
    p = min(1.0, (ts - RETENTION_UP).total_seconds() / (D7["start"] - RETENTION_UP).total_seconds())
    v = base + (97.8 - base) * p**1.6
    if ts >= D7["start"]:
        v = 98.6 + 0.6 * ramp(ts, D7["start"], None)
    return v + rng.gauss(0, 0.2)


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
            if inc is D2 and name == "inv_sync_0200":
                req *= 1 - 0.8 * r
            if inc is D3 and name.startswith("posgw-"):
                req *= 1 - 0.5 * r
            if inc is D7 and name == "msk-gaon":
                req *= 1 - 0.6 * r  # produce requests rejected
            if inc is D1 and name == "coupon-rg-001":
                req *= 1 + 0.6 * r  # client retries
        if name == "inv_sync_0200" and not 2 <= seoul_hour(ts) < 3.3:
            req *= 0.1
        if name == "gwanse_rpt_monthly" and not kst(15, 1) <= ts < kst(15, 3, 30):
            req *= 0.05
        if name == "oradb-pos" and kst(15, 1) <= ts < kst(15, 3, 30):
            rt *= 2.6  # the monthly customs report's full scans
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "es-gaon":
                mem += (97.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, D5["start"], D5["end"], rise=5, fall=10)
            if name == "msk-gaon":
                mem += 14 * ramp(ts, D7["start"], D7["end"], rise=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "coupon-rg-001":  # EngineCPUUtilization: the hot key
            cpu = 14 + 22 * d + rng.gauss(0, 1.0)
            cpu += (98.5 + rng.gauss(0, 0.4) - cpu) * ramp(ts, D1["start"], D1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name in ("oradb-tera", "oradb-pos", "mysql-mbr"):  # the database's own CPU
            cpu = 18 + 30 * d + rng.gauss(0, 1.2)
            if name == "mysql-mbr":
                cpu += 22 * ramp(ts, D4["start"], D4["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name == "msk-gaon":
            row["disk_usage"] = round(min(_kafka_disk(rng, ts), 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The 02:00 inventory sync, the 02:00 RMAN backup, the 10:00 coupon drop and the DMZ certificate warning."""
    rows = []
    for d in range(10, 21):
        if d != 12:
            rows.append(
                (d, 2, 0, "inv_sync_0200", "info", "batch_job", "재고 동기화 배치 시작 (JOB_INV_SYNC)")
            )
            rows.append((d, 3, 5, "inv_sync_0200", "info", "batch_job", "재고 동기화 배치 완료 (14/14 step)"))
        rows.append((d, 2, 0, "oradb-tera", "info", "backup", "RMAN incremental level 1 → bk-mok-dd01 시작"))
        rows.append((d, 10, 0, "coupon-drop", "info", "batch_job", "데일리 쿠폰 오픈 (선착순 30,000장)"))
        left = (datetime(2027, 6, 27) - datetime(2027, 6, d)).days
        rows.append(
            (d, 9, 10, "l4-mok-dmz", "warning", "cert_expiry",
             f"SSL certificate b2b.solbitdfs.com expires in {left} days (2027-06-27), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (10, 22, 30, "oradb-tera", "info", "config_change", "RMAN archivelog deletion policy 변경: BACKED UP 1 TIMES → 2 TIMES TO DISK"),
    (11, 9, 40, "coupon-drop", "info", "deployment", "coupon-drop 3.14.0 배포 (중복발급 방지 로직)"),
    (11, 15, 0, "gaon-web-stg", "info", "maintenance", "GAON 리뉴얼 스테이징 QA 점검 (외부 접근 차단)"),
    (12, 11, 0, "hw-2103-019", "warning", "threshold_breach", "disk_usage above 65% on /data/elk"),
    (13, 14, 0, "gaon-order-stg", "info", "deployment", "gaon-order-stg 7.7.0-rc1 배포"),
    (14, 7, 30, "posgw-icn1", "info", "deployment", "posgw-icn1 5.2.1 배포 (출국편 마감 안내 문구)"),
    (14, 16, 0, "prt-t1-08", "info", "maintenance", "T1 동편 8번 인도증 프린터 헤드 교체 대기 (용지 걸림 반복)"),
    (15, 1, 0, "gwanse_rpt_monthly", "info", "batch_job", "관세청 월간 판매보고 배치 시작 (2027-05분)"),
    (15, 3, 20, "gwanse_rpt_monthly", "info", "batch_job", "관세청 월간 판매보고 전송 완료 (UNI-PASS 접수)"),
    (15, 11, 0, "hw-2103-019", "warning", "threshold_breach", "disk_usage above 70% on /data/elk"),
    (15, 18, 0, "mysql-mbr", "info", "config_change", "star-mbr HikariCP maximumPoolSize 40 → 120, leakDetectionThreshold 해제"),
    (16, 14, 10, "pos-hub", "info", "deployment", "pos-hub 4.8.3 배포 (중국 단체 교환권 일괄 발행)"),
    (17, 10, 0, "bose-wms-dev", "info", "deployment", "bose-wms-dev 6.1.0-SNAPSHOT 배포"),
    (18, 11, 0, "msk-gaon", "info", "config_change", "retention.ms 259200000 → 604800000 (618 주문 감사 보관)"),
    (18, 18, 0, "es-gaon", "info", "config_change", "618 프로모션 상품 재색인 예약 (goods_zh, goods_ko 21:00)"),
    (18, 20, 50, "gaon-search", "info", "deployment", "gaon-search 3.9.1 배포 (618 기획전 부스팅)"),
    (18, 21, 0, "es-gaon", "info", "reindex", "goods_zh/goods_ko 재색인 시작 (_reindex, slices=auto)"),
    (19, 2, 30, "fw-icn-air", "info", "change_notice", "03:00 FortiOS 7.2.8 → 7.2.9 업그레이드 예정 (공항 매장 영업 종료 후)"),
    (19, 3, 0, "fw-icn-air", "info", "maintenance", "FortiOS 업그레이드 시작 (재부팅)"),
    (19, 3, 38, "fw-icn-air", "info", "maintenance", "FortiOS 7.2.9 업그레이드 완료"),
    (19, 11, 0, "hw-2103-019", "warning", "threshold_breach", "disk_usage above 75% on /data/elk"),
    (19, 17, 20, "indo-t2", "info", "deployment", "indo-t2 2.3.0 배포 (교환권 QR 인식 개선)"),
    (20, 10, 30, "msk-gaon", "warning", "disk", "broker b-2 KafkaDataLogsDiskUsed 85%"),
    (20, 16, 0, "msk-gaon", "warning", "disk", "broker b-2 KafkaDataLogsDiskUsed 92%"),
    (20, 19, 30, "gaon-order", "info", "deployment", "gaon-order 7.6.0 배포 (인도장 선택 UI, 출국 3시간 전 마감)"),
    # D1 (Friday coupon drop)
    (11, 10, 1, "coupon-rg-001", "warning", "cpu", "EngineCPUUtilization 91% (hot key coupon:daily:20270611:stock)"),
    (11, 10, 4, "coupon-rg-001", "critical", "cpu", "EngineCPUUtilization 99%, commands latency 40ms"),
    (11, 10, 6, "coupon-drop", "critical", "error", "쿠폰 발급 타임아웃 (redis timeout), 5xx 31%"),
    (11, 10, 12, "gaon-order", "major", "error", "쿠폰 적용 주문 결제 실패 증가"),
    (11, 10, 18, "gaon-bff", "warning", "error", "checkout mutation latency p99 6.1s"),
    (11, 10, 45, "coupon-drop", "info", "config_change", "쿠폰 재고 카운터 16개 키로 샤딩 (핫픽스)"),
    (11, 11, 0, "coupon-drop", "info", "recovery", "쿠폰 발급 정상화"),
    # D2 (Saturday small hours)
    (12, 2, 0, "inv_sync_0200", "info", "batch_job", "재고 동기화 배치 시작 (JOB_INV_SYNC)"),
    (12, 2, 6, "oradb-tera", "critical", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved (FRA 100%)"),
    (12, 2, 11, "inv_sync_0200", "critical", "batch_job", "JOB_INV_SYNC step 6 (POS 판매 반영) hang → FAILED"),
    (12, 2, 13, "jaego-core", "major", "error", "가용재고 갱신 실패 (DB 세션 대기)"),
    (12, 2, 20, "brand-edi", "warning", "error", "판매실적 EDI 생성 지연"),
    (12, 2, 55, "oradb-tera", "info", "config_change", "archivelog 백업 후 삭제, FRA 1200G → 1600G"),
    (12, 3, 15, "inv_sync_0200", "info", "batch_job", "JOB_INV_SYNC 재실행 (step 6부터)"),
    (12, 4, 10, "inv_sync_0200", "info", "batch_job", "재고 동기화 배치 완료 (지연)"),
    # D3 (Monday morning flight bank)
    (14, 7, 50, "l4-mok-pos", "warning", "failover", "HA failover: active → standby (peer heartbeat lost)"),
    (14, 7, 53, "l4-mok-pos", "critical", "session", "session table empty on new active, RST to existing POS sessions"),
    (14, 7, 56, "posgw-icn1", "critical", "error", "중앙 POS 세션 끊김, 결제 승인 후 영수증 저장 실패 30%"),
    (14, 7, 58, "posgw-icn2", "major", "error", "중앙 POS 재접속 반복"),
    (14, 8, 0, "posgw-gmp", "major", "error", "판매 전송 실패"),
    (14, 8, 40, "l4-mok-pos", "info", "config_change", "fail back to primary, session sync 재설정"),
    (14, 8, 50, "posgw-icn1", "info", "recovery", "판매 전송 정상"),
    # D4 (Wednesday afternoon, downtown peak)
    (16, 14, 28, "mysql-mbr", "warning", "connections", "Threads_connected 1880 / max_connections 2000"),
    (16, 14, 32, "mysql-mbr", "critical", "connections", "ERROR 1040 (08004): Too many connections"),
    (16, 14, 35, "star-mbr", "critical", "error", "멤버십 조회 실패 (connection pool timeout) 35%"),
    (16, 14, 41, "coupon-drop", "major", "error", "회원 등급 조회 실패로 쿠폰 적용 불가"),
    (16, 14, 43, "pos-hub", "major", "error", "멤버십 할인 적용 실패 (소공본점/센텀점 계산대 대기)"),
    (16, 15, 20, "mysql-mbr", "info", "config_change", "star-mbr 풀 설정 원복 (maximumPoolSize 40), 유휴 세션 kill"),
    (16, 15, 30, "star-mbr", "info", "recovery", "멤버십 조회 정상"),
    # D5 (Friday 618 evening)
    (18, 21, 8, "es-gaon", "warning", "memory", "JVM heap 92% on es-gaon-1, old GC 8s"),
    (18, 21, 12, "es-gaon", "critical", "gc", "GC overhead: 41s of last 60s in old GC, node es-gaon-2 left the cluster"),
    (18, 21, 16, "gaon-search", "critical", "error", "검색 타임아웃 (es search timeout) 5xx 33%"),
    (18, 21, 22, "gaon-bff", "major", "error", "상품목록/검색 쿼리 실패"),
    (18, 21, 27, "gaon-web", "warning", "error", "검색결과 페이지 오류 증가 (CN/JP 로케일)"),
    (18, 22, 0, "es-gaon", "info", "config_change", "재색인 일시중지 (_tasks cancel), indices.memory.index_buffer_size 20% → 10%"),
    (18, 22, 15, "gaon-search", "info", "recovery", "검색 정상"),
    # D6 (Saturday evening flight bank)
    (19, 17, 38, "t2bo-01", "warning", "disk", "RAID controller: physical disk 1I:1:3 predictive failure"),
    (19, 17, 42, "t2bo-01", "critical", "disk", "Logical drive 1 degraded, rebuild started, iowait 60%"),
    (19, 17, 46, "posgw-icn2", "critical", "error", "T2 매장 POS 응답 지연, 결제 대기열 적체 28%"),
    (19, 17, 49, "indo-t2", "major", "error", "교환권 스캔 응답 지연 (로컬 DB I/O)"),
    (19, 17, 56, "daegi-did", "warning", "error", "T2 대기번호 갱신 지연"),
    (19, 18, 30, "t2bo-01", "info", "config_change", "rebuild priority high → low, 교체 디스크 요청"),
    (19, 18, 40, "posgw-icn2", "info", "recovery", "T2 POS 정상"),
    # D7 (Sunday evening, ongoing)
    (20, 19, 52, "msk-gaon", "warning", "disk", "broker b-2 KafkaDataLogsDiskUsed 97%"),
    (20, 19, 56, "msk-gaon", "critical", "disk", "broker b-2 disk full, partitions offline, ISR shrink (NotEnoughReplicas)"),
    (20, 19, 59, "gaon-order", "critical", "error", "주문 이벤트 발행 실패 (NOT_ENOUGH_REPLICAS), 주문 완료 처리 실패 32%"),
    (20, 20, 3, "indo-hub", "major", "error", "온라인 주문 인도 데이터 미수신 (consumer lag 48k)"),
    (20, 20, 10, "indo-t1", "warning", "error", "T1 인도장 교환권 조회 실패 (온라인 주문)"),
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
    generate(NAME, "duty-free", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
