"""Generate the food-dlv estate (tests/fixtures/food-dlv/, interchange format) and its faults file.

A Korean food-delivery platform's IT: order intake `Ladle` on the MySQL order DB `mysql-order`, the relay of
orders to merchants' POS and tablets `Tongs` with the POS vendor adapters (`pos-okpos-if`, `pos-unionpos-if`,
`pos-easypos-if`), the menu catalogue `Menuboard` on the merchant DB `PG_MERCHANT`, coupons and promotions
`Whisk`, payments (`PayRouter` and the PG adapters `PGA_TOSS`, `PGA_NICE`, `PGA_KAKAO` over the leased-line
router `pgy-van-rt1`, the payment ledger `payledger-ora`), rider dispatch per zone (`dsp-gangnam`, `dsp-mapo`,
`dsp-songpa` on MariaDB `mariadb-dsp`), rider GPS over MQTT (`emqx-beacon`, `beacon-ingest`, the position
cache `redis-riderpos`), ETA prediction `eta2` on the routing engine `route9`, maps and geocoding
(`jido-geocode` on PostGIS `postgis-addr`, `jido-tiles`), push `ttokttok-push` (똑똑), customer support chat
`sangdam-chat` (상담) and the agents' console, settlement to merchants and riders (`jeongsan-api`, the batches
`jeongsan_merchant_d1` and `jeongsan_rider_wk`, firm banking `firm-bank-if`), ads `Spotlight`, search
`chatgi-search` (찾기) and recommendation `matjip-reco` (맛집) on OpenSearch, the Kafka cluster `Conveyor` and
the ClickHouse DW `pantry-dw`; the customer app BFF `sonnim-bff` (손님), the merchant app `sajang-bff` (사장님)
and the rider app gateway `rider-app-gw`. Sites: the primary data centre `pangyo-idc`, the DR centre
`chuncheon-dr`, the head office `seongsu-hq` and AWS Seoul `aws-apne2`.

Naming mixes: kitchen-utensil codenames (`Ladle`, `Tongs`, `Whisk`, `Menuboard`, `Conveyor`, `Spotlight`),
numbered codenames (`eta2`, `route9`), Korean-romanised names (`sonnim-bff`, `sajang-bff`, `jido-geocode`,
`sangdam-chat`, `ttokttok-push`, `matjip-reco`, `chatgi-search`), UPPER snake adapters (`PGA_TOSS`,
`PG_MERCHANT`), snake batches (`jeongsan_rider_wk`), on-prem hosts named after fish (`godeungeo01` 고등어,
`galchi01` 갈치, `ojingeo02` 오징어, `myeolchi03` 멸치, `nongeo01` 농어 …), DR hosts after trees (`sonamu01`),
AWS EC2 and EKS nodes by instance id (`i-0e5d27c1a8b94f362`) and vendor gear (`A10-PGY-VIP1`).

Seven injected incidents (times KST, now = Friday 2027-03-19 19:40; the window is the 8 days before):
  I1 Fri 12 12:10–12:55  the RAID controller of the order DB primary host godeungeo01 starts its battery learn
                         cycle at the lunch peak and drops to write-through: mysql-order commits slow, Ladle
                         and Tongs time out, the customer and merchant apps follow
  I2 Sat 13 18:35–19:20  BGP on the KT leased line of pgy-van-rt1 (to the PG/VAN networks) flaps at dinner:
                         the PG adapters fail, PayRouter, Ladle's checkout and the customer app follow
  I3 Mon 15 02:05–03:15  the monthly 도로명주소 reload into postgis-addr leaves the address index unbuilt
                         (CREATE INDEX failed on disk quota): geocoding seq-scans, jido-geocode times out,
                         late-night orders fail address validation, eta2 errors
  I4 Tue 16 11:45–12:30  emqx-beacon hits its connection limit (a reconnect storm from rider app 5.2.0): rider
                         positions stop, beacon-ingest fails, the zone dispatchers and eta2 error, the rider and
                         customer apps follow
  I5 Wed 17 20:05–20:55  the OKPOS cloud gateway switches to a certificate from a new intermediate CA that
                         pos-okpos-if does not trust: orders to OKPOS merchants are not relayed, Tongs retries
                         pile up, the merchant app errors
  I6 Thu 18 14:20–15:25  the bond of Kafka broker ojingeo02 flaps (CRC errors on one port): Conveyor partitions
                         under-replicated, producers with acks=all stall; Ladle, Tongs and menu-indexer slow
  I7 Fri 19 19:05–now    route9 loaded the new March road graph at 18:50; its contraction hierarchy does not
                         fit in memory and the node swaps: routing slows tenfold, eta2 times out, the zone
                         dispatchers, the customer app and the rider app slow (ongoing)
Confounders: the lunch and dinner peaks (and late-night 야식), weekends busier; a rainy Sunday evening (14th,
18:00–21:30) with 1.6x orders (demand, not a fault); a 1만원 coupon push campaign on Thursday 17:00 (demand
on Whisk); the nightly merchant settlement at 02:00 on pantry-dw and the weekly rider payout on Monday 04:00;
deploys just before I1 (Ladle), I2 (PGA_NICE), I4 (eta2, rider-app-gw), I5 (Tongs), I6 (menu-indexer) and
I7 (sonnim-bff), all victims; an EasyPOS vendor maintenance on Wednesday night; the ClickHouse replica
gwangeo02 rebuilding (maintenance) and the DR app host sonamu02 being re-racked; the log host hwangtae01 and
the DW host gwangeo01 disks creeping up.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/food_golden.py) are computed from the files.

    .venv/bin/python bench/food_estate.py   # rewrites tests/fixtures/food-dlv*
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

NAME = "food-dlv"
NOW = datetime(2027, 3, 19, 10, 40, tzinfo=UTC)  # Friday 19:40 KST
START = NOW - timedelta(days=8)
SEED = 20270319
SITES = {"PG": "pangyo-idc", "CC": "chuncheon-dr", "SS": "seongsu-hq", "AW": "aws-apne2"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2027-03")

ORD, MER, DSP, GEO = "주문플랫폼팀", "사장님플랫폼팀", "라이더배차팀", "위치서비스팀"
PAY, PROMO, NOTI, CS = "결제플랫폼팀", "프로모션개발팀", "메시징팀", "고객지원IT팀"
SETL, ADS, DISC, DATA = "정산개발팀", "광고개발팀", "search-reco", "data-platform"
DBA, SRE, NET, CLOUD, APP = "DBA팀", "infra-sre", "네트워크팀", "cloud-eng", "앱개발팀"

# EC2 / EKS instances (names are their instance ids)
EKS_CH1, EKS_CH2 = "i-0a1c7e52b94d3f018", "i-0a1c9f03d27e6b441"
EKS_DISC, EKS_GEO, EKS_BIZ = "i-0b44d2e8c1f07a935", "i-0b61aa90e3d58c27f", "i-0c2f7b15a96e04d18"
EMQX1, EMQX2 = "i-0d8e3360f1b2a7c59", "i-0d8e4471c5a9e3b06"
ROUTE_H = "i-0e5d27c1a8b94f362"
EKS_STG, EKS_DEV = "i-0f11ab20d4c8e7593", "i-0f22cd31e7b9a4068"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # customer, merchant and rider channels
    "sonnim-bff": ("service", APP, "AW", "P", [EKS_CH1, EKS_CH2],
                   ["Ladle", "Menuboard", "Whisk", "eta2", "chatgi-search", "matjip-reco", "passport-auth",
                    "jido-tiles"],
                   {"system": "고객 앱 백엔드 (손님)", "description": "배달앱 고객용 BFF (가게 목록, 메뉴, 장바구니, 주문, 배달 현황, 도착 예정시간)",
                    "language": "kotlin", "framework": "Spring Boot 3.3", "replicas": 24, "port": 8080,
                    "k8s_namespace": "channel", "daily_users": 3100000}),
    "sajang-bff": ("service", MER, "AW", "P", [EKS_CH1, EKS_CH2],
                   ["Tongs", "Menuboard", "jeongsan-api", "Spotlight", "passport-auth"],
                   {"system": "사장님 앱 백엔드", "description": "가맹점(사장님) 앱/사장님 PC 주문접수, 메뉴 관리, 정산 조회, 광고 관리",
                    "language": "kotlin", "replicas": 10, "port": 8080, "k8s_namespace": "merchant",
                    "merchants": 182000}),
    "rider-app-gw": ("service", DSP, "AW", "P", [EKS_GEO],
                     ["dsp-gangnam", "dsp-mapo", "dsp-songpa", "jeongsan-api", "passport-auth", "jido-tiles"],
                     {"system": "라이더 앱 API 게이트웨이", "description": "라이더 앱 배차 수락, 픽업/전달 처리, 수입 조회",
                      "language": "go", "replicas": 8, "port": 8443, "k8s_namespace": "rider", "version": "5.2.0"}),
    "passport-auth": ("service", APP, "AW", "P", [EKS_CH2], ["aurora-member", "session-valkey"],
                      {"system": "통합 로그인", "description": "고객, 사장님, 라이더 로그인, 휴대폰 본인인증, 토큰 발급",
                       "language": "go", "port": 8443, "token_ttl_min": 60, "k8s_namespace": "identity"}),
    # orders and merchants
    "Ladle": ("service", ORD, "PG", "P", ["myeolchi01", "myeolchi02"],
              ["mysql-order", "Whisk", "PayRouter", "jido-geocode", "Conveyor", "redis-cart"],
              {"system": "주문 접수", "description": "장바구니 검증, 주소 확인, 쿠폰 적용, 결제 요청, 주문 생성 및 주문 이벤트 발행",
               "language": "java", "framework": "Spring Boot 3.2", "version": "14.8.0", "port": 8080,
               "replicas": 2, "peak_orders_per_min": 9200}),
    "Tongs": ("service", MER, "PG", "P", ["myeolchi03"],
              ["mysql-order", "Conveyor", "pos-okpos-if", "pos-unionpos-if", "pos-easypos-if", "ttokttok-push"],
              {"system": "주문 전달 (가게 연동)", "description": "접수된 주문을 가맹점 POS, 주문접수 태블릿, 사장님 앱으로 전달하고 접수/거절 응답 수신",
               "language": "java", "version": "7.3.2", "port": 8080, "retry_policy": "3 retries, 20 s backoff",
               "auto_cancel_min": 8}),
    "Menuboard": ("service", MER, "AW", "P", [EKS_BIZ], ["PG_MERCHANT"],
                  {"system": "메뉴/가게 카탈로그", "description": "가게 정보, 메뉴, 옵션, 영업시간, 품절 관리",
                   "language": "kotlin", "port": 8080, "k8s_namespace": "merchant"}),
    "pos-okpos-if": ("service", MER, "PG", "P", ["myeolchi04"], [],
                     {"system": "OKPOS 연동", "description": "OKPOS 클라우드 게이트웨이로 주문 전달 (REST over mTLS)",
                      "vendor": "OKPOS", "language": "java", "port": 9301, "merchants": 41800,
                      "tls_truststore": "okpos-ca-2024.jks"}),
    "pos-unionpos-if": ("service", MER, "PG", "P", ["myeolchi04"], [],
                        {"system": "유니온포스 연동", "description": "유니온포스 POS 주문 전달", "vendor": "UnionPOS",
                         "language": "java", "port": 9302, "merchants": 23500}),
    "pos-easypos-if": ("service", MER, "PG", "P", ["myeolchi04"], [],
                       {"system": "이지포스 연동", "description": "KICC 이지포스 주문 전달", "vendor": "KICC EasyPOS",
                        "language": "java", "port": 9303, "merchants": 30200}),
    "pos-kicc-if": ("service", MER, "PG", "P", ["galchi00"], [],
                    {"system": "구 KICC 연동 (종료)", "description": "2026년 이지포스 연동으로 대체된 구 연동 모듈",
                     "vendor": "KICC", "language": "java", "port": 9300}),
    "Whisk": ("service", PROMO, "AW", "P", [EKS_BIZ], ["elasticache-coupon", "aurora-promo"],
              {"system": "쿠폰/프로모션 엔진", "description": "쿠폰 발급, 사용 조건 검증, 할인 계산, 프로모션 예산 차감",
               "language": "kotlin", "version": "3.7.4", "port": 8080, "k8s_namespace": "promo",
               "active_campaigns": 1240}),
    # payments
    "PayRouter": ("service", PAY, "PG", "P", ["myeolchi05", "myeolchi06"],
                  ["PGA_TOSS", "PGA_NICE", "PGA_KAKAO", "payledger-ora"],
                  {"system": "결제 라우터", "description": "결제수단별 PG 라우팅, 승인/취소, 결제 원장 기록 (PCI 존)",
                   "language": "java", "version": "9.1.3", "port": 8443, "pci_zone": True}),
    "PGA_TOSS": ("service", PAY, "PG", "P", ["myeolchi05"], ["pgy-van-rt1"],
                 {"system": "토스페이먼츠 PG 어댑터", "description": "카드, 간편결제 승인 (토스페이먼츠)",
                  "pg": "토스페이먼츠", "language": "java", "port": 9401, "timeout_ms": 8000}),
    "PGA_NICE": ("service", PAY, "PG", "P", ["myeolchi06"], ["pgy-van-rt1"],
                 {"system": "나이스페이 PG 어댑터", "description": "카드 승인, 현금영수증 (나이스페이먼츠)",
                  "pg": "나이스페이먼츠", "language": "java", "port": 9402, "timeout_ms": 8000}),
    "PGA_KAKAO": ("service", PAY, "PG", "P", ["myeolchi06"], ["pgy-van-rt1"],
                  {"system": "카카오페이 어댑터", "description": "카카오페이 간편결제 승인, 취소",
                   "pg": "카카오페이", "language": "java", "port": 9403, "timeout_ms": 6000}),
    # dispatch, location, ETA
    "dsp-gangnam": ("service", DSP, "PG", "P", ["nongeo01"], ["mariadb-dsp", "beacon-ingest", "eta2", "Conveyor"],
                    {"system": "강남권 배차", "description": "강남, 서초, 송파 일부 배차 (주문-라이더 매칭, 묶음배달)",
                     "language": "go", "version": "6.2.1", "zone": "강남/서초", "riders_peak": 5400, "port": 7001}),
    "dsp-mapo": ("service", DSP, "PG", "P", ["nongeo02"], ["mariadb-dsp", "beacon-ingest", "eta2", "Conveyor"],
                 {"system": "마포권 배차", "description": "마포, 서대문, 은평, 용산 배차", "language": "go",
                  "version": "6.2.1", "zone": "마포/서대문/은평/용산", "riders_peak": 3900, "port": 7001}),
    "dsp-songpa": ("service", DSP, "PG", "P", ["nongeo03"], ["mariadb-dsp", "beacon-ingest", "eta2", "Conveyor"],
                   {"system": "송파권 배차", "description": "송파, 강동, 하남 배차", "language": "go",
                    "version": "6.2.0", "zone": "송파/강동/하남", "riders_peak": 3100, "port": 7001}),
    "beacon-ingest": ("service", GEO, "AW", "P", [EKS_GEO], ["emqx-beacon", "redis-riderpos"],
                      {"system": "라이더 위치 수집", "description": "라이더 GPS(MQTT) 수신, 위치 보정, 실시간 위치 캐시 기록 및 위치 조회 API",
                       "language": "rust", "port": 8090, "gps_interval_s": 4}),
    "eta2": ("service", DSP, "AW", "P", [EKS_GEO], ["route9", "beacon-ingest", "jido-geocode"],
             {"system": "배달 도착 예정시간 예측", "description": "픽업, 조리, 주행 시간 예측으로 고객 ETA와 배차 점수 계산",
              "language": "python", "model": "LightGBM eta-v2.14", "version": "2.14.0", "port": 8500,
              "p95_target_ms": 120}),
    "route9": ("service", GEO, "AW", "P", [ROUTE_H], [],
               {"system": "경로 탐색 엔진", "description": "이륜차 경로, 주행시간 계산 (OSRM, contraction hierarchies)",
                "product": "OSRM", "version": "5.27.1", "graph": "kr-2027-03 (이륜차)", "port": 5000}),
    "jido-geocode": ("service", GEO, "PG", "P", ["kkongchi01"], ["postgis-addr"],
                     {"system": "주소 검색/지오코딩", "description": "도로명/지번 주소 검색, 좌표 변환, 배달 가능 지역 판정",
                      "language": "java", "port": 8070, "juso_release": "2027-03"}),
    "jido-tiles": ("service", GEO, "AW", "P", [EKS_GEO], ["s3-tiles"],
                   {"system": "지도 타일", "description": "앱 지도 벡터 타일 서빙 (CloudFront origin)",
                    "language": "go", "port": 8080, "format": "MVT"}),
    # messaging, support
    "ttokttok-push": ("service", NOTI, "AW", "P", [EKS_BIZ], ["sqs-push"],
                      {"system": "알림 발송 (똑똑)", "description": "앱 푸시(FCM/APNs), 카카오 알림톡, 문자 발송",
                       "language": "go", "port": 8080, "daily_messages": 48000000}),
    "sangdam-chat": ("service", CS, "AW", "P", [EKS_BIZ], ["docdb-chat", "Ladle", "passport-auth"],
                     {"system": "고객센터 채팅 상담", "description": "앱 1:1 채팅 상담, 챗봇 1차 응대, 주문 조회",
                      "language": "node", "port": 3000, "chatbot": "사내 LLM 챗봇"}),
    "sangdam-console": ("service", CS, "SS", "P", ["ss-cs-01"], ["sangdam-chat", "mysql-order"],
                        {"system": "상담원 콘솔", "description": "상담원 주문/환불 처리 화면 (성수 고객센터)",
                         "language": "java", "agents": 420, "port": 8443}),
    # settlement
    "jeongsan-api": ("service", SETL, "PG", "P", ["kkongchi01"], ["pantry-dw", "payledger-ora"],
                     {"system": "정산 조회 API", "description": "가맹점 정산 내역, 라이더 수입 조회", "language": "java",
                      "port": 8443}),
    "jeongsan_merchant_d1": ("service", SETL, "PG", "P", ["jogi01"], ["pantry-dw", "payledger-ora", "firm-bank-if"],
                             {"system": "가맹점 일정산 배치", "description": "전일 주문, 수수료, 광고비 정산 후 가맹점 지급 파일 생성",
                              "schedule": "daily 02:00", "expected_end": "02:45", "scheduler": "Airflow 2.9.3",
                              "language": "python"}),
    "jeongsan_rider_wk": ("service", SETL, "PG", "P", ["jogi01"], ["mariadb-dsp", "firm-bank-if"],
                          {"system": "라이더 주간 정산 배치", "description": "라이더 주간 배달료 정산, 원천세 계산, 지급 이체",
                           "schedule": "weekly Mon 04:00", "expected_end": "04:50", "scheduler": "Airflow 2.9.3",
                           "language": "python"}),
    "firm-bank-if": ("service", SETL, "PG", "P", ["kkongchi01"], ["pgy-bank-rt1"],
                     {"system": "펌뱅킹 연동", "description": "정산 지급 이체, 예금주 조회 (신한은행 펌뱅킹)",
                      "external": "신한은행", "protocol": "TCP 전문", "port": 7400}),
    # ads, search, recommendation
    "Spotlight": ("service", ADS, "AW", "P", [EKS_BIZ], ["aurora-ads", "Conveyor"],
                  {"system": "광고 (가게 노출 입찰)", "description": "가게 노출 광고 입찰, 노출/클릭 과금",
                   "language": "kotlin", "port": 8080, "k8s_namespace": "ads"}),
    "chatgi-search": ("service", DISC, "AW", "P", [EKS_DISC], ["opensearch-menu"],
                      {"system": "가게/메뉴 검색 (찾기)", "description": "가게, 메뉴 검색, 자동완성, 오타 교정",
                       "language": "java", "port": 8080, "k8s_namespace": "discovery"}),
    "matjip-reco": ("service", DISC, "AW", "P", [EKS_DISC], ["feast-online", "opensearch-menu"],
                    {"system": "맛집 추천", "description": "홈 화면 개인화 가게 추천, 비슷한 가게",
                     "language": "python", "model": "two-tower v7", "port": 8500, "k8s_namespace": "discovery"}),
    "menu-indexer": ("service", DISC, "AW", "P", [EKS_DISC], ["Conveyor", "opensearch-menu", "PG_MERCHANT"],
                     {"system": "메뉴 색인기", "description": "메뉴/가게 변경 이벤트를 검색 색인에 반영",
                      "language": "java", "version": "4.0.7", "port": 8080}),
    "airflow-kitchen": ("service", DATA, "PG", "P", ["jogi01"], ["pantry-dw"],
                        {"system": "배치 스케줄러", "description": "정산, DW 적재 배치 스케줄링 (Airflow)",
                         "product": "Apache Airflow", "version": "2.9.3", "port": 8080}),
    # DR, staging, dev
    "Ladle-dr": ("service", ORD, "CC", "P", ["sonamu02"], ["mysql-order-dr"],
                 {"system": "주문 접수 (DR)", "description": "춘천 DR 콜드 스탠바이", "role": "DR standby",
                  "version": "14.8.0"}),
    "Ladle-stg": ("service", ORD, "AW", "S", [EKS_STG], ["mysql-order-stg"],
                  {"system": "주문 접수 (스테이징)", "description": "주문 접수 검증계", "version": "14.9.0-rc2", "port": 8080}),
    "sonnim-bff-stg": ("service", APP, "AW", "S", [EKS_STG], ["Ladle-stg"],
                       {"system": "고객 앱 백엔드 (스테이징)", "description": "고객 앱 QA 검증계", "port": 8080}),
    "Whisk-stg": ("service", PROMO, "AW", "S", [EKS_STG], [],
                  {"system": "쿠폰 엔진 (스테이징)", "description": "프로모션 룰 검증계", "version": "3.8.0-rc1", "port": 8080}),
    "eta2-dev": ("service", DSP, "AW", "D", [EKS_DEV], [],
                 {"system": "ETA 예측 (개발)", "description": "ETA 모델 실험 서버", "model": "LightGBM eta-v2.15-exp",
                  "version": "2.15.0-dev", "port": 8500}),
    # databases
    "mysql-order": ("database", DBA, "PG", "P", ["godeungeo01", "godeungeo02"], [],
                    {"engine": "mysql", "version": "8.0.36", "topology": "source + semi-sync replica", "port": 3306,
                     "size_tb": 4.2, "description": "주문, 주문상태, 장바구니 스냅샷 DB"}),
    "PG_MERCHANT": ("database", DBA, "PG", "P", ["galchi01", "galchi02"], [],
                    {"engine": "postgresql", "version": "15.6", "cluster": "Patroni 3.2", "port": 5432,
                     "size_tb": 1.6, "description": "가맹점, 메뉴, 영업시간 DB"}),
    "payledger-ora": ("database", DBA, "PG", "P", ["samchi01"], [],
                      {"engine": "oracle", "version": "19.22", "edition": "Enterprise (Data Guard)", "port": 1521,
                       "size_tb": 2.9, "description": "결제 원장, 승인/취소 이력, 정산 원천 (PCI)"}),
    "mariadb-dsp": ("database", DBA, "PG", "P", ["jeoneo01"], [],
                    {"engine": "mariadb", "version": "10.11.7", "port": 3306, "size_tb": 0.8,
                     "description": "배차, 라이더 배달 이력 DB"}),
    "postgis-addr": ("database", GEO, "PG", "P", ["mineo01"], [],
                     {"engine": "postgresql", "version": "16.2", "extension": "PostGIS 3.4", "port": 5432,
                      "size_tb": 0.4, "description": "도로명주소, 건물 좌표, 배달권역 폴리곤 DB (월 1회 행안부 주소 갱신)"}),
    "pantry-dw": ("database", DATA, "PG", "P", ["gwangeo01", "gwangeo02"], [],
                  {"engine": "clickhouse", "version": "24.3", "port": 9000, "size_tb": 61,
                   "description": "주문, 정산, 광고 분석 DW"}),
    "aurora-member": ("database", CLOUD, "AW", "P", [], [],
                      {"engine": "mysql", "version": "8.0", "product": "Aurora MySQL 3.05", "port": 3306,
                       "instance": "db.r7g.4xlarge", "description": "회원, 라이더, 사장님 계정 DB"}),
    "aurora-promo": ("database", CLOUD, "AW", "P", [], [],
                     {"engine": "mysql", "version": "8.0", "product": "Aurora MySQL 3.05", "port": 3306,
                      "instance": "db.r7g.2xlarge", "description": "쿠폰, 프로모션 예산 DB"}),
    "aurora-ads": ("database", CLOUD, "AW", "P", [], [],
                   {"engine": "postgresql", "version": "15", "product": "Aurora PostgreSQL 15.4", "port": 5432,
                    "instance": "db.r7g.xlarge", "description": "광고 캠페인, 입찰, 과금 DB"}),
    "docdb-chat": ("database", CLOUD, "AW", "P", [], [],
                   {"engine": "mongodb", "version": "5.0", "product": "Amazon DocumentDB 5.0", "port": 27017,
                    "description": "상담 채팅 이력"}),
    "opensearch-menu": ("database", DISC, "AW", "P", [], [],
                        {"engine": "opensearch", "version": "2.13", "product": "Amazon OpenSearch Service",
                         "data_nodes": 6, "port": 443, "description": "가게/메뉴 검색 색인"}),
    "mysql-order-dr": ("database", DBA, "CC", "P", ["sonamu01"], [],
                       {"engine": "mysql", "version": "8.0.36", "role": "async replica (DR)", "port": 3306,
                        "description": "주문 DB 춘천 DR 복제본"}),
    "mysql-order-stg": ("database", DBA, "AW", "S", [], [],
                        {"engine": "mysql", "version": "8.0", "product": "RDS for MySQL", "port": 3306,
                         "description": "주문 DB 검증계"}),
    # caches
    "redis-cart": ("cache", ORD, "PG", "P", ["chamchi01"], [],
                   {"engine": "redis", "version": "7.2.4", "port": 6379, "maxmemory_gb": 48,
                    "description": "장바구니, 주문서 임시 저장"}),
    "redis-riderpos": ("cache", GEO, "PG", "P", ["chamchi02"], [],
                       {"engine": "redis", "version": "7.2.4", "port": 6380, "maxmemory_gb": 24,
                        "description": "라이더 실시간 위치 (GEO), 배차 상태"}),
    "elasticache-coupon": ("cache", CLOUD, "AW", "P", [], [],
                           {"engine": "redis", "version": "7.1", "product": "ElastiCache for Redis", "port": 6379,
                            "node_type": "cache.r7g.xlarge", "description": "쿠폰 재고, 사용 한도 카운터"}),
    "session-valkey": ("cache", CLOUD, "AW", "P", [], [],
                       {"engine": "valkey", "version": "7.2", "product": "ElastiCache for Valkey", "port": 6379,
                        "node_type": "cache.r7g.large", "description": "로그인 세션, 토큰"}),
    "feast-online": ("cache", DISC, "AW", "P", [], [],
                     {"engine": "redis", "version": "7.1", "product": "ElastiCache for Redis (Feast online store)",
                      "port": 6379, "description": "추천, ETA 실시간 피처"}),
    # queues
    "Conveyor": ("queue", DATA, "PG", "P", ["ojingeo01", "ojingeo02", "ojingeo03"], [],
                 {"product": "Apache Kafka", "version": "3.6.2", "brokers": 3, "port": 9092, "topics": 138,
                  "min_insync_replicas": 2, "description": "주문, 배차, 메뉴 변경 이벤트 스트림"}),
    "emqx-beacon": ("queue", GEO, "AW", "P", [EMQX1, EMQX2], [],
                    {"product": "EMQX Enterprise", "version": "5.6.1", "port": 8883, "max_connections": 120000,
                     "description": "라이더 앱 GPS MQTT 브로커"}),
    "sqs-push": ("queue", CLOUD, "AW", "P", [], [],
                 {"product": "Amazon SQS", "queues": 14, "description": "푸시, 알림톡 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "A10-PGY-VIP1": ("PG", NET, ["Ladle", "Tongs", "PayRouter", "jido-geocode", "jeongsan-api"],
                     {"vendor": "A10 Networks", "model": "Thunder 5440 ADC", "vip": "10.21.0.30",
                      "version": "6.0.4", "description": "판교 내부 업무 L4/L7 (AWS -> 온프렘 구간)"}),
    "alb-channel": ("AW", CLOUD, ["sonnim-bff", "sajang-bff", "rider-app-gw", "passport-auth"],
                    {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "api.food-dlv.example.kr",
                     "waf": "AWS WAF", "description": "고객, 사장님, 라이더 앱 진입점"}),
    "nlb-beacon": ("AW", CLOUD, ["emqx-beacon"],
                   {"vendor": "AWS", "model": "Network Load Balancer", "endpoint": "mqtt.food-dlv.example.kr",
                    "listener": "TLS 8883", "description": "라이더 GPS MQTT 진입점"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "netapp-pgy01": ("PG", SRE, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 220, "protocol": "iSCSI",
                                 "description": "판교 DB 블록 스토리지"},
                     ["godeungeo01", "godeungeo02", "galchi01", "galchi02", "samchi01", "jeoneo01", "mineo01"]),
    "dd-ccn01": ("CC", SRE, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 480,
                             "protocol": "DD Boost", "description": "DB, 정산 파일 백업 (춘천)"},
                 ["sonamu01"]),
    "s3-tiles": ("AW", CLOUD, {"vendor": "AWS", "model": "S3 Standard", "protocol": "S3",
                               "description": "지도 벡터 타일"}, []),
    "s3-datalake": ("AW", CLOUD, {"vendor": "AWS", "model": "S3 Intelligent-Tiering", "protocol": "S3",
                                  "description": "주문, 위치 로그 데이터 레이크"}, []),
}
# hosts: name: (site, env, kind, hostname, attributes)
HOSTS: dict[str, tuple[str, str, str, str, dict]] = {
    "godeungeo01": ("PG", "P", "physical", "godeungeo01", {"role": "주문 DB source", "model": "Dell PowerEdge R760",
                                                          "raid": "PERC H965i (BBU)"}),
    "godeungeo02": ("PG", "P", "physical", "godeungeo02", {"role": "주문 DB semi-sync replica",
                                                          "model": "Dell PowerEdge R760", "raid": "PERC H965i (BBU)"}),
    "galchi01": ("PG", "P", "physical", "galchi01", {"role": "가맹점 DB primary (Patroni)", "model": "HPE DL380 Gen11"}),
    "galchi02": ("PG", "P", "physical", "galchi02", {"role": "가맹점 DB replica", "model": "HPE DL380 Gen11"}),
    "galchi00": ("PG", "P", "physical", "galchi00", {"role": "구 가맹점 DB 서버 (2026년 교체, 구 KICC 연동 잔존)",
                                                    "model": "HPE DL380 Gen9", "os": "CentOS 7.9"}),
    "samchi01": ("PG", "P", "physical", "samchi01", {"role": "결제 원장 Oracle (PCI)", "model": "Oracle X9-2"}),
    "jeoneo01": ("PG", "P", "physical", "jeoneo01", {"role": "배차 DB (MariaDB)", "model": "Dell PowerEdge R660"}),
    "mineo01": ("PG", "P", "physical", "mineo01", {"role": "주소 DB (PostGIS)", "model": "Dell PowerEdge R660"}),
    "gwangeo01": ("PG", "P", "physical", "gwangeo01", {"role": "ClickHouse DW shard 1", "model": "Dell PowerEdge R760xd2"}),
    "gwangeo02": ("PG", "P", "physical", "gwangeo02", {"role": "ClickHouse DW replica (재구축 중)",
                                                      "model": "Dell PowerEdge R760xd2"}),
    "ojingeo01": ("PG", "P", "physical", "ojingeo01", {"role": "Kafka broker 1", "model": "Supermicro SYS-521"}),
    "ojingeo02": ("PG", "P", "physical", "ojingeo02", {"role": "Kafka broker 2", "model": "Supermicro SYS-521",
                                                      "nic": "bond0 (2 x 25G, LACP)"}),
    "ojingeo03": ("PG", "P", "physical", "ojingeo03", {"role": "Kafka broker 3", "model": "Supermicro SYS-521"}),
    "chamchi01": ("PG", "P", "vm", "chamchi01", {"role": "Redis (장바구니)"}),
    "chamchi02": ("PG", "P", "vm", "chamchi02", {"role": "Redis (라이더 위치)"}),
    "myeolchi01": ("PG", "P", "vm", "myeolchi01", {"role": "주문 접수 AP #1"}),
    "myeolchi02": ("PG", "P", "vm", "myeolchi02", {"role": "주문 접수 AP #2"}),
    "myeolchi03": ("PG", "P", "vm", "myeolchi03", {"role": "주문 전달 AP"}),
    "myeolchi04": ("PG", "P", "vm", "myeolchi04", {"role": "POS 연동 AP (OKPOS, 유니온포스, 이지포스)"}),
    "myeolchi05": ("PG", "P", "vm", "myeolchi05", {"role": "결제 AP #1 (PCI 존)"}),
    "myeolchi06": ("PG", "P", "vm", "myeolchi06", {"role": "결제 AP #2 (PCI 존)"}),
    "nongeo01": ("PG", "P", "vm", "nongeo01", {"role": "강남권 라이더 배차 서버"}),
    "nongeo02": ("PG", "P", "vm", "nongeo02", {"role": "마포권 라이더 배차 서버"}),
    "nongeo03": ("PG", "P", "vm", "nongeo03", {"role": "송파권 라이더 배차 서버"}),
    "kkongchi01": ("PG", "P", "vm", "kkongchi01", {"role": "지오코딩, 정산 조회, 펌뱅킹 AP"}),
    "jogi01": ("PG", "P", "vm", "jogi01", {"role": "배치 서버 (Airflow worker, 정산)"}),
    "hwangtae01": ("PG", "P", "vm", "hwangtae01", {"role": "로그 수집 (OpenSearch 2.11, Fluent Bit)"}),
    # network gear
    "pgy-core-sw1": ("PG", "P", "network", "pgy-core-sw1",
                     {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "NX-OS 10.3(4a)"}),
    "pgy-fw1": ("PG", "P", "network", "pgy-fw1",
                {"device": "firewall", "vendor": "Palo Alto Networks", "model": "PA-5430", "firmware": "PAN-OS 11.1.2",
                 "ha": "active-passive", "zone": "internet edge, PCI"}),
    "pgy-van-rt1": ("PG", "P", "network", "pgy-van-rt1",
                    {"device": "router", "vendor": "Cisco", "model": "ASR 1001-HX", "firmware": "IOS-XE 17.12.3",
                     "description": "PG/VAN 전용회선 라우터 (토스페이먼츠, 나이스, 카카오페이)",
                     "circuit": "KT 전용회선 200M x2", "bgp_asn": 65021}),
    "pgy-bank-rt1": ("PG", "P", "network", "pgy-bank-rt1",
                     {"device": "router", "vendor": "Cisco", "model": "ISR 4461", "firmware": "IOS-XE 17.9.5",
                      "description": "신한은행 펌뱅킹 전용회선 라우터", "circuit": "SK브로드밴드 100M x2"}),
    "pgy-dx-rt1": ("PG", "P", "network", "pgy-dx-rt1",
                   {"device": "router", "vendor": "Juniper", "model": "MX204", "firmware": "Junos 23.2R2",
                    "description": "AWS Direct Connect 라우터 (판교 <-> ap-northeast-2)", "circuit": "DX 10G x2"}),
    # DR
    "sonamu01": ("CC", "P", "physical", "sonamu01", {"role": "DR 주문 DB", "model": "Dell PowerEdge R760"}),
    "sonamu02": ("CC", "P", "vm", "sonamu02", {"role": "DR AP (랙 이전 중)"}),
    "ccn-core-sw1": ("CC", "P", "network", "ccn-core-sw1",
                     {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9336C-FX2", "firmware": "NX-OS 10.3(4a)"}),
    # head office
    "ss-cs-01": ("SS", "P", "vm", "ss-cs-01", {"role": "상담원 콘솔 AP (성수)"}),
    # AWS
    EKS_CH1: ("AW", "P", "eks", EKS_CH1, {"instance_type": "m7i.4xlarge", "nodegroup": "ng-channel", "cluster": "eks-prod-apne2"}),
    EKS_CH2: ("AW", "P", "eks", EKS_CH2, {"instance_type": "m7i.4xlarge", "nodegroup": "ng-channel", "cluster": "eks-prod-apne2"}),
    EKS_DISC: ("AW", "P", "eks", EKS_DISC, {"instance_type": "c7i.4xlarge", "nodegroup": "ng-discovery", "cluster": "eks-prod-apne2"}),
    EKS_GEO: ("AW", "P", "eks", EKS_GEO, {"instance_type": "c7i.4xlarge", "nodegroup": "ng-geo", "cluster": "eks-prod-apne2"}),
    EKS_BIZ: ("AW", "P", "eks", EKS_BIZ, {"instance_type": "m7i.2xlarge", "nodegroup": "ng-biz", "cluster": "eks-prod-apne2"}),
    EMQX1: ("AW", "P", "ec2", EMQX1, {"instance_type": "c7g.2xlarge", "role": "EMQX node 1"}),
    EMQX2: ("AW", "P", "ec2", EMQX2, {"instance_type": "c7g.2xlarge", "role": "EMQX node 2"}),
    ROUTE_H: ("AW", "P", "ec2", ROUTE_H, {"instance_type": "r7i.4xlarge", "role": "OSRM 경로 엔진 (route9)",
                                          "memory_gb": 128}),
    EKS_STG: ("AW", "S", "eks", EKS_STG, {"instance_type": "m7i.xlarge", "nodegroup": "ng-stg", "cluster": "eks-stg-apne2"}),
    EKS_DEV: ("AW", "D", "eks", EKS_DEV, {"instance_type": "g5.xlarge", "nodegroup": "ng-dev-gpu", "cluster": "eks-dev-apne2"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("pgy-fw1", "pgy-core-sw1"),
    ("pgy-van-rt1", "pgy-fw1"),
    ("pgy-bank-rt1", "pgy-fw1"),
    ("pgy-dx-rt1", "pgy-core-sw1"),
    ("ccn-core-sw1", "pgy-core-sw1"),
    ("mysql-order", "mysql-order-dr"),  # async replication to Chuncheon
    ("Ladle", "Ladle-dr"),  # DR switch-over pair
]
# fmt: on
STATUS = {
    "galchi00": "retired",
    "pos-kicc-if": "retired",
    "gwangeo02": "maintenance",
    "sonamu02": "maintenance",
}
NET_PREFIX = {"PG": "10.21", "CC": "10.31", "SS": "10.51", "AW": "172.20"}
NOT_MEASURED = {"s3-tiles", "s3-datalake", "Ladle-dr", "mysql-order-dr"}
DISK_WATCHED = {
    "godeungeo01",
    "godeungeo02",
    "galchi01",
    "galchi02",
    "samchi01",
    "jeoneo01",
    "mineo01",
    "gwangeo01",
    "gwangeo02",
    "ojingeo01",
    "ojingeo02",
    "ojingeo03",
    "hwangtae01",
    "jogi01",
    ROUTE_H,
}
REQUEST_RATE = {
    "sonnim-bff": 9800.0,
    "sajang-bff": 2600.0,
    "rider-app-gw": 3400.0,
    "passport-auth": 1500.0,
    "Ladle": 1400.0,
    "Tongs": 1300.0,
    "Menuboard": 7200.0,
    "Whisk": 2100.0,
    "PayRouter": 1250.0,
    "PGA_TOSS": 610.0,
    "PGA_NICE": 380.0,
    "PGA_KAKAO": 290.0,
    "dsp-gangnam": 520.0,
    "dsp-mapo": 380.0,
    "dsp-songpa": 300.0,
    "beacon-ingest": 26000.0,
    "eta2": 4600.0,
    "route9": 3900.0,
    "jido-geocode": 1700.0,
    "ttokttok-push": 900.0,
    "chatgi-search": 2300.0,
    "matjip-reco": 3100.0,
    "mysql-order": 6100.0,
    "PG_MERCHANT": 8800.0,
    "mariadb-dsp": 2400.0,
    "postgis-addr": 1900.0,
    "redis-cart": 21000.0,
    "redis-riderpos": 64000.0,
    "elasticache-coupon": 9000.0,
    "Conveyor": 42000.0,
    "emqx-beacon": 27000.0,
    "alb-channel": 15000.0,
    "A10-PGY-VIP1": 6200.0,
    "pos-okpos-if": 420.0,
    "pos-unionpos-if": 240.0,
    "pos-easypos-if": 300.0,
    "sangdam-chat": 140.0,
}
CACHE_MEMORY = {
    "redis-cart": (46.0, 14.0),
    "redis-riderpos": (52.0, 12.0),
    "elasticache-coupon": (38.0, 9.0),
    "session-valkey": (44.0, 10.0),
    "feast-online": (68.0, 2.0),
}
PAAS_CPU = {"aurora-member", "aurora-promo", "aurora-ads", "docdb-chat", "opensearch-menu", "session-valkey"}


def measured(ci: dict) -> bool:
    if ci["status"] == "retired" or ci["environment"] != "prod" or ci["name"] in NOT_MEASURED:
        return False
    return ci["location"] != "chuncheon-dr" or ci["type"] == "storage"


INCIDENTS = [
    {
        "id": "I1",
        "kind": "raid_write_through",
        "root": "godeungeo01",
        "description": "the RAID controller (PERC H965i) of the order DB source host godeungeo01 starts its"
        " battery learn cycle at the Friday lunch peak and drops the virtual disks to write-through: disk write"
        " latency jumps, mysql-order commits slow, Ladle and Tongs time out, the customer and merchant apps"
        " follow until the learn cycle ends and write-back is re-enabled",
        "start": kst(12, 12, 10),
        "end": kst(12, 12, 55),
        "affected": ["godeungeo01", "mysql-order", "Ladle", "Tongs", "sonnim-bff", "sajang-bff"],
    },
    {
        "id": "I2",
        "kind": "bgp_flap",
        "root": "pgy-van-rt1",
        "description": "BGP on the KT leased line of the PG/VAN router pgy-van-rt1 flaps at the Saturday dinner"
        " peak (a degrading optic on Gi0/0/1): the PG adapters to 토스페이먼츠, 나이스 and 카카오페이 time out,"
        " PayRouter fails approvals, Ladle's checkout and the customer app report payment failures, until the"
        " line is shut and traffic moves to the second circuit",
        "start": kst(13, 18, 35),
        "end": kst(13, 19, 20),
        "affected": ["pgy-van-rt1", "PGA_TOSS", "PGA_NICE", "PGA_KAKAO", "PayRouter", "Ladle", "sonnim-bff"],
    },
    {
        "id": "I3",
        "kind": "missing_index_after_load",
        "root": "postgis-addr",
        "description": "the monthly 도로명주소 reload into the PostGIS address DB postgis-addr at 02:00 on Monday"
        " swaps in the new tables but CREATE INDEX fails (temp tablespace quota): address lookups turn into"
        " sequential scans, jido-geocode times out, late-night orders fail address validation in Ladle and eta2"
        " errors, until the index is built by hand",
        "start": kst(15, 2, 5),
        "end": kst(15, 3, 15),
        "affected": ["postgis-addr", "jido-geocode", "Ladle", "eta2", "sonnim-bff"],
    },
    {
        "id": "I4",
        "kind": "broker_connection_limit",
        "root": "emqx-beacon",
        "description": "the rider GPS MQTT broker emqx-beacon reaches its connection limit at the Tuesday lunch"
        " peak (rider app 5.2.0 reconnects without back-off after a keepalive change): rider positions stop"
        " arriving, beacon-ingest fails, the zone dispatchers and eta2 error on stale positions, the rider and"
        " customer apps follow, until the limit is raised and a back-off flag is pushed",
        "start": kst(16, 11, 45),
        "end": kst(16, 12, 30),
        "affected": [
            "emqx-beacon",
            "beacon-ingest",
            "dsp-gangnam",
            "dsp-mapo",
            "dsp-songpa",
            "eta2",
            "rider-app-gw",
            "sonnim-bff",
        ],
    },
    {
        "id": "I5",
        "kind": "tls_trust_failure",
        "root": "pos-okpos-if",
        "description": "the OKPOS cloud gateway switches to a certificate from a new intermediate CA that the"
        " truststore of pos-okpos-if lacks: every relay to OKPOS merchants fails the TLS handshake, Tongs"
        " retries pile up and orders auto-cancel, the merchant app shows errors, until the CA is added",
        "start": kst(17, 20, 5),
        "end": kst(17, 20, 55),
        "affected": ["pos-okpos-if", "Tongs", "sajang-bff"],
    },
    {
        "id": "I6",
        "kind": "nic_bond_flap",
        "root": "ojingeo02",
        "description": "one port of the bond of Kafka broker ojingeo02 flaps with CRC errors: Conveyor partitions"
        " led by broker 2 fall under min.insync.replicas and producers with acks=all stall; Ladle's order"
        " events, Tongs and menu-indexer slow, until the port is disabled and the optic replaced",
        "start": kst(18, 14, 20),
        "end": kst(18, 15, 25),
        "affected": ["ojingeo02", "Conveyor", "Ladle", "Tongs", "menu-indexer", "sonnim-bff", "sajang-bff"],
    },
    {
        "id": "I7",
        "kind": "memory_exhaustion",
        "root": "route9",
        "description": "the routing engine route9 loaded the new March road graph at 18:50; its contraction"
        " hierarchy no longer fits in memory and the instance swaps: route calculations slow tenfold, eta2"
        " times out, the zone dispatchers, the customer app's delivery ETA and the rider app slow (ongoing)",
        "start": kst(19, 19, 5),
        "end": None,
        "affected": ["route9", "eta2", "dsp-gangnam", "dsp-mapo", "dsp-songpa", "sonnim-bff", "rider-app-gw"],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS
STEP_5 = timedelta(minutes=5)
RAIN = (kst(14, 18, 0), kst(14, 21, 30))  # Sunday evening downpour: demand
PROMO = (kst(18, 17, 0), kst(18, 17, 50))  # Thursday 1만원 coupon push campaign
GRAPH_LOAD = kst(19, 18, 50)  # route9 loads the March road graph


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
        assert all(a in dist for a in inc["affected"]), (
            inc["id"],
            [a for a in inc["affected"] if a not in dist],
        )
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


_hops()


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        attrs: dict = {}
        if kind == "service" and "version" not in extra:
            attrs["version"] = f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, hostname, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {
            "hostname": hostname,
            "ip": f"{NET_PREFIX[site]}.{env_net + 8 + i // 7}.{31 + (i * 41) % 190}",
        }
        owner = SRE
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "os": rng.choice(["Rocky Linux 9.3", "Ubuntu 22.04", "RHEL 8.9"]),
                "vcpu": rng.choice([8, 16, 32]),
                "memory_gb": rng.choice([32, 64, 128]),
                "hypervisor": "VMware vSphere 8.0U2",
            }
        elif kind == "physical":
            attrs |= {
                "form": "physical",
                "os": rng.choice(["Rocky Linux 9.3", "RHEL 8.9"]),
                "cores": rng.choice([32, 48, 64]),
                "memory_gb": rng.choice([256, 384, 512]),
                "serial": f"{rng.choice(['JPX', 'SGH', 'CZ2'])}{rng.randint(1000000, 9999999)}",
            }
            if h == "samchi01":
                attrs["os"] = "Oracle Linux 8.9"
        elif kind in ("eks", "ec2"):
            owner = CLOUD
            attrs |= {
                "form": kind,
                "os": "Bottlerocket 1.19" if kind == "eks" else "Amazon Linux 2023",
                "az": rng.choice(["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c"]),
            }
            if kind == "eks":
                attrs["platform"] = "EKS 1.29"
            if h in (EMQX1, EMQX2, ROUTE_H):
                owner = GEO
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("core ", "")}
        if h == "ss-cs-01":
            owner = CS
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _weekday(ts: datetime) -> int:
    return (ts + timedelta(hours=9)).weekday()


def _bump(h: float, at: float, width: float) -> float:
    """A bump around the hour `at`, wrapping over midnight."""
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _orders(ts: datetime) -> float:
    """Orders: the lunch peak (~12:10), the bigger dinner peak (~18:50), late-night 야식 (~22:40), quiet from
    03:00 to 09:00; weekends busier at lunch."""
    h, wd = seoul_hour(ts), _weekday(ts)
    lunch = 0.55 if wd < 5 else 0.66
    v = (
        0.07
        + lunch * _bump(h, 12.15, 0.85)
        + 0.86 * _bump(h, 18.85, 1.2)
        + 0.3 * _bump(h, 22.6, 1.0)
        + 0.1 * _bump(h, 15.5, 1.6)
        - 0.05 * _bump(h, 5.5, 1.5)
    )
    if wd >= 5:
        v *= 1.06
    return max(0.03, min(1.0, v))


def _merchant(ts: datetime) -> float:
    """Merchants' apps: open from about 10:00 to 01:00, following the orders."""
    h = seoul_hour(ts)
    open_ = 0.2 if h >= 10 or h < 1 else 0.05
    return min(1.0, open_ + 0.75 * _orders(ts))


def _support(ts: datetime) -> float:
    """The contact centre in Seongsu: 09:00–24:00, busiest after the meal peaks."""
    h = seoul_hour(ts)
    if h < 9:
        return 0.06
    return min(1.0, 0.25 + 0.35 * _bump(h, 13.3, 1.2) + 0.5 * _bump(h, 20.0, 1.5))


def _dw(ts: datetime) -> float:
    """pantry-dw and the batch host: the nightly load 01:00–02:00 and the merchant settlement 02:00–02:45."""
    h = seoul_hour(ts)
    if 1 <= h < 2:
        return 0.7
    if 2 <= h < 2.75:
        return 0.92
    return 0.22


def _steady(ts: datetime) -> float:
    return 0.5


ORDER = {
    "sonnim-bff",
    "Ladle",
    "Menuboard",
    "Whisk",
    "PayRouter",
    "PGA_TOSS",
    "PGA_NICE",
    "PGA_KAKAO",
    "chatgi-search",
    "matjip-reco",
    "passport-auth",
    "jido-tiles",
    "jido-geocode",
    "mysql-order",
    "PG_MERCHANT",
    "payledger-ora",
    "postgis-addr",
    "redis-cart",
    "aurora-member",
    "aurora-promo",
    "elasticache-coupon",
    "session-valkey",
    "feast-online",
    "opensearch-menu",
    "Conveyor",
    "alb-channel",
    "A10-PGY-VIP1",
    "godeungeo01",
    "godeungeo02",
    "galchi01",
    "galchi02",
    "samchi01",
    "mineo01",
    "myeolchi01",
    "myeolchi02",
    "myeolchi05",
    "myeolchi06",
    "chamchi01",
    "kkongchi01",
    "ojingeo01",
    "ojingeo02",
    "ojingeo03",
    EKS_CH1,
    EKS_CH2,
    EKS_DISC,
    EKS_BIZ,
    "pgy-core-sw1",
    "pgy-fw1",
    "pgy-van-rt1",
    "pgy-dx-rt1",
}
RIDER = {
    "rider-app-gw",
    "dsp-gangnam",
    "dsp-mapo",
    "dsp-songpa",
    "beacon-ingest",
    "eta2",
    "route9",
    "mariadb-dsp",
    "redis-riderpos",
    "emqx-beacon",
    "nlb-beacon",
    "jeoneo01",
    "chamchi02",
    "nongeo01",
    "nongeo02",
    "nongeo03",
    EKS_GEO,
    EMQX1,
    EMQX2,
    ROUTE_H,
}
MERCHANT = {
    "sajang-bff",
    "Tongs",
    "pos-okpos-if",
    "pos-unionpos-if",
    "pos-easypos-if",
    "Spotlight",
    "aurora-ads",
    "ttokttok-push",
    "sqs-push",
    "menu-indexer",
    "myeolchi03",
    "myeolchi04",
}
SUPPORT = {"sangdam-chat", "sangdam-console", "docdb-chat", "ss-cs-01"}
DW = {
    "pantry-dw",
    "gwangeo01",
    "gwangeo02",
    "jeongsan_merchant_d1",
    "airflow-kitchen",
    "jogi01",
    "jeongsan-api",
}
RAINY = ORDER | RIDER | {"Tongs", "sajang-bff", "myeolchi03"}  # the CIs a downpour's orders load
PROMO_HIT = {"Whisk", "elasticache-coupon", "aurora-promo", "ttokttok-push", "sqs-push", EKS_BIZ}


def _load(name: str):
    for group, shape in (
        (ORDER, _orders),
        (RIDER, lambda ts: min(1.0, 0.1 + 0.9 * _orders(ts))),
        (MERCHANT, _merchant),
        (SUPPORT, _support),
        (DW, _dw),
    ):
        if name in group:
            return shape
    return _steady


def _rain(ts: datetime) -> float:
    return ramp(ts, RAIN[0], RAIN[1], rise=20, fall=30)


def _promo(ts: datetime) -> float:
    return ramp(ts, PROMO[0], PROMO[1], rise=5, fall=20)


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {1: (14.0, 0.9), 2: (4.2, 6.5), 3: (1.3, 2.6)},
    "I2": {1: (2.6, 41.0), 2: (1.6, 24.0), 3: (0.7, 9.5), 4: (0.3, 4.8)},
    "I3": {0: (26.0, 2.8), 1: (13.0, 31.0), 2: (1.2, 7.5), 3: (0.4, 2.9)},
    "I4": {0: (3.2, 24.0), 1: (2.1, 27.0), 2: (0.9, 8.5), 3: (0.4, 3.1)},
    "I5": {0: (0.2, 66.0), 1: (1.9, 15.0), 2: (0.6, 6.2)},
    "I6": {1: (8.5, 9.5), 2: (1.7, 4.4), 3: (0.5, 1.6)},
    "I7": {0: (31.0, 4.6), 1: (9.5, 14.5), 2: (2.2, 5.4), 3: (0.9, 2.8)},
}

HOST = HostBaseline(cpu=(0.45, 0.9, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.1, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    kind = HOSTS[name][2]
    if kind == "network":
        return _appliance_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(30, 60)
    growth = rng.uniform(0, 0.15)
    if name == "hwangtae01":
        disk0, growth = 69.5, 1.16
    if name == "gwangeo01":
        disk0, growth = 71.0, 0.62
    if name == ROUTE_H:
        mem0 = 61.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in RAINY:
            cpu += 16 * _rain(ts)
        if name in PROMO_HIT:
            cpu += 22 * _promo(ts)
        if name == "godeungeo01":  # iowait while the controller writes through
            cpu += (71.0 + rng.gauss(0, 1.2) - cpu) * ramp(ts, I1["start"], I1["end"], rise=5, fall=10)
        if name in (EMQX1, EMQX2):  # the reconnect storm
            cpu += (97.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, I4["start"], I4["end"], rise=5, fall=15)
            mem += 18 * ramp(ts, I4["start"], I4["end"], rise=10, fall=20)
        if name == "ojingeo02":  # softirq on the flapping bond
            cpu += 24 * ramp(ts, I6["start"], I6["end"], rise=5, fall=10)
        if name == ROUTE_H:  # the March graph does not fit: memory full, kswapd busy
            mem += (97.6 + rng.gauss(0, 0.3) - mem) * ramp(ts, GRAPH_LOAD, None, rise=25)
            cpu += 44 * ramp(ts, I7["start"], None, rise=15)
        if name in ("gwangeo01", "jogi01"):  # the weekly rider payout on Monday 04:00
            cpu += 30 * ramp(ts, kst(15, 4, 0), kst(15, 4, 45), rise=5, fall=5)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.9), 1)))
    return rows


def _appliance_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, round-trip latency (response_time_ms) and packet loss (error_rate)."""
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = rng.uniform(0.4, 2.2)
    if name == "pgy-van-rt1":
        rtt0 = 3.1  # to the PG/VAN networks
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name in RAINY:
            cpu += 6 * _rain(ts)
        if name == "pgy-van-rt1":
            r = ramp(ts, I2["start"], I2["end"], rise=5, fall=10)
            rtt *= 1 + 46 * r * (1 + rng.gauss(0, 0.05))
            loss += 37.0 * r * (1 + rng.gauss(0, 0.05))
            cpu += 35 * r
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2 if rtt < 100 else 0),
            error_rate=round(min(loss, 100.0), 2),
        )
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    rows = storage_fill(rng, ci["name"], times, START, (48, 66), 0.12)
    return [(t, c, m, round(v, 1)) for t, c, m, v in rows]


RT0 = {
    "sonnim-bff": 120.0,
    "sajang-bff": 95.0,
    "rider-app-gw": 70.0,
    "passport-auth": 42.0,
    "Ladle": 160.0,
    "Tongs": 210.0,
    "Menuboard": 38.0,
    "Whisk": 26.0,
    "PayRouter": 310.0,
    "PGA_TOSS": 420.0,
    "PGA_NICE": 460.0,
    "PGA_KAKAO": 380.0,
    "dsp-gangnam": 85.0,
    "dsp-mapo": 80.0,
    "dsp-songpa": 78.0,
    "beacon-ingest": 6.0,
    "eta2": 48.0,
    "route9": 33.0,
    "jido-geocode": 22.0,
    "jido-tiles": 14.0,
    "ttokttok-push": 55.0,
    "sangdam-chat": 140.0,
    "sangdam-console": 260.0,
    "jeongsan-api": 180.0,
    "firm-bank-if": 150.0,
    "pos-okpos-if": 240.0,
    "pos-unionpos-if": 260.0,
    "pos-easypos-if": 230.0,
    "chatgi-search": 45.0,
    "matjip-reco": 62.0,
    "mysql-order": 3.8,
    "PG_MERCHANT": 4.6,
    "payledger-ora": 7.5,
    "mariadb-dsp": 3.1,
    "postgis-addr": 5.5,
    "pantry-dw": 160.0,
    "redis-cart": 0.45,
    "redis-riderpos": 0.35,
    "Conveyor": 4.2,
    "emqx-beacon": 9.0,
    "jeongsan_merchant_d1": 380.0,
    "jeongsan_rider_wk": 420.0,
}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 12),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(2, 8),
        "load_balancer": rng.uniform(1, 6),
    }.get(kind, rng.uniform(40, 240))
    rt0 = RT0.get(name, rt0)
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(18, 36)
    mem0, mem_swing = CACHE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        if name in RAINY:
            v = _rain(ts)
            rt *= 1 + 0.22 * v
            req *= 1 + 0.6 * v
        if name in PROMO_HIT:
            p = _promo(ts)
            rt *= 1 + 0.35 * p
            req *= 1 + 1.5 * p
        if name == "pos-easypos-if":  # the vendor's announced maintenance, Wednesday 03:00–04:30
            err += 9.0 * ramp(ts, kst(17, 3, 0), kst(17, 4, 30), rise=5, fall=5)
        if name in ("jeongsan_merchant_d1", "jeongsan_rider_wk"):
            req = 0.0
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            row["memory_usage"] = round(min(mem0 + mem_swing * d + rng.gauss(0, 0.4), 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _daily_rows() -> list[tuple]:
    """The nightly merchant settlement, the DW load and the weekly rider payout."""
    rows = []
    for d, done, merchants in [
        (12, (2, 38), "151,204"),
        (13, (2, 41), "153,877"),
        (14, (2, 44), "158,019"),
        (15, (2, 43), "160,552"),
        (16, (2, 36), "149,310"),
        (17, (2, 37), "150,128"),
        (18, (2, 39), "151,906"),
        (19, (2, 38), "152,447"),
    ]:
        rows.append(
            (d, 2, 0, "jeongsan_merchant_d1", "info", "batch_job", "Daily merchant settlement started")
        )
        rows.append(
            (
                d,
                *done,
                "jeongsan_merchant_d1",
                "info",
                "batch_job",
                f"Settlement done ({merchants} merchants)",
            )
        )
        rows.append((d, 1, 0, "pantry-dw", "info", "batch_job", "Nightly order/ad load started"))
        rows.append((d, 1, 52, "pantry-dw", "info", "batch_job", "Nightly order/ad load done"))
    rows.append((15, 4, 0, "jeongsan_rider_wk", "info", "batch_job", "Weekly rider payout started (week 10)"))
    rows.append(
        (15, 4, 44, "jeongsan_rider_wk", "info", "batch_job", "Weekly rider payout done (61,930 riders paid)")
    )
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (11, 21, 0, "gwangeo02", "info", "maintenance", "ClickHouse replica rebuild started (disk replaced), out of the cluster"),
    (12, 9, 30, "sonamu02", "info", "maintenance", "DR AP host powered off for rack move (춘천 3층 -> 5층)"),
    (12, 16, 0, "pgy-fw1", "info", "config_change", "Security policy: PCI zone egress rules for PGA_KAKAO new endpoint"),
    (13, 10, 0, "Whisk", "info", "deployment", "Deployed Whisk 3.7.4 (주말 쿠폰 조건)"),
    (14, 17, 40, "dsp-gangnam", "info", "weather", "호우 예보: 저녁 배달 할증(우천) 17:50부터 적용"),
    (14, 18, 10, "Ladle", "info", "demand_surge", "주문량 평소 대비 1.5배 (비 오는 일요일 저녁)"),
    (14, 19, 30, "dsp-mapo", "warning", "rider_shortage", "마포권 배차 대기 평균 6분 (우천, 라이더 부족)"),
    (14, 21, 40, "Ladle", "info", "demand_surge", "주문량 평시 수준 회복"),
    (15, 10, 0, "hwangtae01", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/opensearch"),
    (16, 15, 0, "jido-tiles", "info", "deployment", "Deployed jido-tiles 2.4.0 (봄 시즌 지도 스타일)"),
    (17, 3, 0, "pos-easypos-if", "info", "maintenance", "KICC EasyPOS vendor maintenance 03:00-04:30 (사전 공지)"),
    (17, 4, 32, "pos-easypos-if", "info", "maintenance", "vendor maintenance finished, relays resumed"),
    (17, 14, 0, "Whisk-stg", "info", "deployment", "Deployed Whisk-stg 3.8.0-rc1"),
    (18, 16, 55, "ttokttok-push", "info", "campaign", "1만원 쿠폰 푸시 캠페인 발송 시작 (대상 620만 명)"),
    (18, 17, 5, "Whisk", "info", "demand_surge", "쿠폰 발급 요청 평시 대비 2.4배 (푸시 캠페인)"),
    (18, 17, 55, "ttokttok-push", "info", "campaign", "푸시 캠페인 발송 완료"),
    (18, 22, 0, "gwangeo01", "info", "config_change", "merge_max_block_size lowered (disk headroom)"),
    (19, 11, 0, "Ladle-stg", "info", "deployment", "Deployed Ladle-stg 14.9.0-rc2"),
    # I1
    (12, 11, 48, "Ladle", "info", "deployment", "Deployed Ladle 14.8.0 (가게 배달팁 표시 개선)"),
    (12, 12, 9, "godeungeo01", "warning", "hardware", "PERC H965i: battery learn cycle started; VD0, VD1 write policy changed to Write Through"),
    (12, 12, 13, "godeungeo01", "major", "disk_latency", "write latency 38 ms on VD1 (/data/mysql), was 0.4 ms"),
    (12, 12, 16, "mysql-order", "major", "slow_query", "commit latency 310 ms, 1,480 threads running (innodb_log_writer waits)"),
    (12, 12, 19, "Ladle", "major", "timeout", "order create timeouts: mysql-order commit > 3 s"),
    (12, 12, 21, "Tongs", "warning", "timeout", "order status update timeouts (mysql-order)"),
    (12, 12, 24, "sonnim-bff", "warning", "error", "주문하기 실패 응답 증가 (Ladle 504)"),
    (12, 12, 26, "sajang-bff", "warning", "slow_response", "주문 접수 화면 지연"),
    (12, 12, 52, "godeungeo01", "info", "recovery", "battery learn cycle complete; write policy back to Write Back"),
    (12, 13, 0, "mysql-order", "info", "recovery", "commit latency normal"),
    # I2
    (13, 18, 15, "PGA_NICE", "info", "deployment", "Deployed PGA_NICE 2.3.1 (현금영수증 필드 추가)"),
    (13, 18, 34, "pgy-van-rt1", "major", "bgp_flap", "BGP neighbor 211.x.x.1 (KT) Down: hold time expired; Gi0/0/1 CRC errors rising"),
    (13, 18, 38, "pgy-van-rt1", "critical", "bgp_flap", "BGP session flapping (7 flaps in 4 min), routes to PG networks withdrawn"),
    (13, 18, 40, "PGA_TOSS", "major", "timeout", "approval timeouts to 토스페이먼츠 (8 s)"),
    (13, 18, 41, "PGA_KAKAO", "major", "timeout", "카카오페이 승인 요청 타임아웃"),
    (13, 18, 41, "PGA_NICE", "major", "timeout", "approval timeouts to NICE"),
    (13, 18, 44, "PayRouter", "major", "error", "payment approval failures 27% (all PG routes)"),
    (13, 18, 47, "Ladle", "warning", "error", "checkout failures: PayRouter 502"),
    (13, 18, 50, "sonnim-bff", "warning", "error", "결제 실패 응답 증가"),
    (13, 19, 12, "pgy-van-rt1", "info", "config_change", "Gi0/0/1 shut, traffic moved to the second KT circuit (Gi0/0/2)"),
    (13, 19, 24, "PayRouter", "info", "recovery", "approval success rate back to 99.6%"),
    (15, 10, 30, "pgy-van-rt1", "info", "maintenance", "KT replaced the optic on Gi0/0/1, circuit restored"),
    # I3
    (15, 2, 0, "postgis-addr", "info", "data_load", "Monthly juso (도로명주소) reload started (release 2027-03)"),
    (15, 2, 4, "postgis-addr", "warning", "data_load", "CREATE INDEX idx_road_addr_trgm failed: could not extend temp file (temp_file_limit)"),
    (15, 2, 6, "postgis-addr", "info", "data_load", "table swap done: road_addr_202703 live"),
    (15, 2, 9, "postgis-addr", "major", "slow_query", "seq scan on road_addr_202703 (6.4 M rows), mean 180 ms"),
    (15, 2, 12, "jido-geocode", "major", "timeout", "geocode timeouts 1 s, pool exhausted"),
    (15, 2, 15, "Ladle", "warning", "error", "address validation failures (jido-geocode 504)"),
    (15, 2, 17, "eta2", "warning", "error", "geocode lookups failing, ETA fallback to zone average"),
    (15, 3, 8, "postgis-addr", "info", "recovery", "index idx_road_addr_trgm built by DBA (temp_file_limit raised)"),
    (15, 3, 18, "jido-geocode", "info", "recovery", "geocode latency normal"),
    # I4
    (16, 10, 0, "eta2", "info", "deployment", "Deployed eta2 2.14.0 (LightGBM eta-v2.14, 봄 학기 점심 패턴)"),
    (16, 11, 30, "rider-app-gw", "info", "deployment", "Deployed rider-app-gw 5.2.0 (rider app 5.2.0 compatibility)"),
    (16, 11, 44, "emqx-beacon", "critical", "connection_limit", "connections 120,000/120,000 (max_connections), new CONNECT refused; reconnect rate 9,400/s"),
    (16, 11, 48, "beacon-ingest", "major", "error", "rider GPS stream stalled: 71% of active riders without position for 60 s"),
    (16, 11, 52, "dsp-gangnam", "major", "error", "assignment failures: stale rider positions"),
    (16, 11, 53, "dsp-mapo", "major", "error", "assignment failures: stale rider positions"),
    (16, 11, 53, "dsp-songpa", "major", "error", "assignment failures: stale rider positions"),
    (16, 11, 55, "eta2", "warning", "error", "ETA requests failing (no rider position)"),
    (16, 11, 58, "rider-app-gw", "warning", "error", "배차 수락 실패 증가"),
    (16, 12, 14, "emqx-beacon", "info", "config_change", "max_connections 120,000 -> 200,000; rider app remote config reconnect_backoff=on"),
    (16, 12, 33, "emqx-beacon", "info", "recovery", "connections 88,000, reconnect rate normal"),
    # I5
    (17, 19, 40, "Tongs", "info", "deployment", "Deployed Tongs 7.3.2 (주문 거절 사유 코드 추가)"),
    (17, 20, 3, "pos-okpos-if", "critical", "tls_handshake", "PKIX path building failed: unable to find valid certification path (OKPOS gateway new intermediate CA)"),
    (17, 20, 8, "Tongs", "major", "error", "order relay failures to OKPOS merchants, retry queue 3,120"),
    (17, 20, 14, "Tongs", "major", "auto_cancel", "orders auto-cancelled after 8 min without merchant acceptance: 214"),
    (17, 20, 16, "sajang-bff", "warning", "error", "OKPOS 매장 주문 미수신 문의 급증"),
    (17, 20, 47, "pos-okpos-if", "info", "config_change", "OKPOS intermediate CA added to truststore, pods restarted"),
    (17, 20, 58, "Tongs", "info", "recovery", "retry queue drained, relays normal"),
    # I6
    (18, 14, 5, "menu-indexer", "info", "deployment", "Deployed menu-indexer 4.0.7 (옵션 그룹 색인)"),
    (18, 14, 18, "ojingeo02", "major", "link_flap", "bond0 member ens2f1 link down/up 14 times in 3 min, CRC errors 52,118"),
    (18, 14, 22, "Conveyor", "critical", "under_replicated", "46 partitions under min.insync.replicas (broker 2 ISR shrink/expand loop)"),
    (18, 14, 26, "Ladle", "warning", "slow_response", "order event publish latency 2.4 s (acks=all)"),
    (18, 14, 28, "Tongs", "warning", "consumer_lag", "order.created consumer lag 18,400"),
    (18, 14, 31, "menu-indexer", "warning", "consumer_lag", "menu.changed lag 96,000"),
    (18, 15, 14, "ojingeo02", "info", "config_change", "ens2f1 disabled, bond0 on ens2f0 only; optic RMA opened"),
    (18, 15, 30, "Conveyor", "info", "recovery", "all partitions in sync"),
    # I7
    (19, 18, 50, "route9", "info", "data_load", "Loaded road graph kr-2027-03 (이륜차), CH 41.2 GB (was 33.8 GB)"),
    (19, 18, 55, "sonnim-bff", "info", "deployment", "Deployed sonnim-bff 12.31.0 (봄맞이 배너)"),
    (19, 19, 2, ROUTE_H, "warning", "threshold_breach", "memory_usage above 95%, swap in 1.8 GB/s"),
    (19, 19, 7, "route9", "major", "slow_response", "route p95 1,140 ms (was 38 ms)"),
    (19, 19, 12, "eta2", "major", "timeout", "route9 timeouts (300 ms budget), ETA fallback 41%"),
    (19, 19, 19, "dsp-gangnam", "warning", "slow_response", "assignment round 9.8 s (target 3 s)"),
    (19, 19, 20, "dsp-mapo", "warning", "slow_response", "assignment round 8.1 s"),
    (19, 19, 21, "dsp-songpa", "warning", "slow_response", "assignment round 7.7 s"),
    (19, 19, 24, "sonnim-bff", "warning", "error", "배달 현황 ETA 표시 실패 증가"),
    (19, 19, 27, "rider-app-gw", "warning", "slow_response", "배차 제안 지연"),
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
    generate(NAME, "food-delivery", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
