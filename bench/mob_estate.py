"""Generate the mobility estate (tests/fixtures/mobility/, interchange format) and its faults file.

A Korean ride-hailing and mobility platform (온길모빌리티): taxi hailing (호출/배차) through the rider app's API
`rider-api` and the driver app's API `driver-api`, the dispatch core `dispatch-core` over the matching engine
`matchingEngine` (driver geo index on Redis `redis-geo-prd`), ETA and routing on GCP (`eta-svc`, `routePlanner`,
map tiles `map-tile-svc` behind the CDN `cdn-tiles`), surge pricing (탄력요금, `surge-pricer`) and fares
(`fareCalc`), payments (`payment-svc`, `pg-connector`, MySQL `mysql-pay-prd`), driver settlement (기사 정산:
`driver-settle` and the legacy nightly batch `JEONGSAN_BAT` on the on-prem Oracle `ORA_JEONGSAN`), GPS ingestion
from the vehicles over MQTT (`emqx-gps-a` → `gps-ingest` → `influx-gps-prd`, `redis-geo-prd`), 대리운전
(`daeri-api`, `daeriMatch`), shared kickboards and bikes (`kick-api`, `kickFleet`, the IoT gateways
`kick-iot-gw-seoul`, `kick-iot-gw-busan` over `emqx-kick`), parking (`parking-api`, the legacy `JUCHA_MGMT` on
`JUCHA_DB` and one LPR camera gateway per lot, `lpr-gw-yeoksam` …), notifications (`notify-push`, `notify-sms`,
알림톡 `alimtalk-sender` over `notify-queue`), customer support (`cs-desk`, `cs-chatbot`), the API gateway
`apigw-kong` (rate limits in `rl-redis`), Kafka (`kafka-mob`), the 제주 tourist-taxi edge (`jeju-tour-dispatch`).
Sites `aws-ap-northeast-2` (EKS cluster k8s-prd-a), `gcp-asia-northeast3` (GKE k8s-prd-b), `판교IDC` (on-prem)
and `jeju-edge`; environments prod, stage, qa, dev; owners are squads.

Naming: kebab-case and camelCase services with squad prefixes (`dispatch-core`, `matchingEngine`, `fareCalc`),
cloud-generated host names (`ip-10-20-3-41`, `gke-prd-b-pool1-7f3a-x2k9`), on-prem hosts `idc-ap01`,
Korean-romanised legacy systems (`JEONGSAN_BAT` 정산, `GISA_MGMT` 기사관리, `JEONHWA_HOCHUL` 전화호출,
`JUCHA_MGMT` 주차), each CI carrying its k8s namespace (`k8s-prd-a/dispatch`) where it has one.

Seven injected incidents (times KST; now = Friday 2026-12-11 18:50, in the evening rush; the window is the 10
days before):
  M1 Thu 03 08:10–09:05  mongo-trip-prd's primary steps down during an index build on `trips` (morning rush):
                         tripService write-concern timeouts, dispatch-core shows the loudest errors (배차 실패),
                         driver-api, cs-desk and rider-api follow
  M2 Sat 05 01:20–02:15  the MQTT broker emqx-gps-a runs out of session memory in the Friday-night late taxi peak:
                         vehicles' GPS stops arriving, gps-ingest starves, matchingEngine matches on stale
                         positions (loudest), daeriMatch and dispatch-core follow (weekend, night)
  M3 Mon 07 11:40–12:35  an online DDL on payment_tx in mysql-pay-prd waits on a metadata lock and blocks every
                         write behind it: payment-svc (loudest) and driver-settle, then rider-api, kick-api and
                         parking-api fail at checkout
  M4 Tue 08 14:10–15:05  es-poi-prd's data nodes go into old-GC loops after a POI reindex: placeSearch (loudest)
                         times out, rider-api and daeri-api destination search fail
  M5 Wed 09 18:30–19:25  on a rainy evening rush rl-redis (the Kong rate-limit counters) reaches maxmemory:
                         apigw-kong (loudest) answers 500s, jeju-tour-dispatch and partner-api follow
  M6 Thu 10 22:50–23:45  the EKS node ip-10-20-7-12's conntrack table fills (nf_conntrack: table full) in the
                         대리운전 peak: daeriMatch and notify-push lose connections, daeri-api is loudest (last
                         night)
  M7 Fri 11 18:05–now    redis-geo-prd reaches maxmemory: driver presence keys lost their TTL in Tuesday's
                         config change and piled up; evictions and latency, matchingEngine (loudest) and
                         gps-ingest, then dispatch-core, rider-api and driver-api (ongoing)
Confounders: morning and evening rush (07–09, 18–20), the late-night taxi peak after midnight on Friday and
Saturday nights, the 대리운전 peak 21–01, a rain day on Wednesday (demand and 탄력요금 up, kickboards down), the
nightly settlement batch (02:00), deploys just before M1 (tripService), M3 (payment-svc), M4 (placeSearch), M6
(daeri-api) and M7 (rider-api), all victims, a gps-ingest deploy the evening before M2; the 수원 LPR gateway's
camera dropping out, a kickboard firmware OTA on Sunday, `idc-ap03` and `lpr-gw-haeundae` in maintenance, the
retired `callBroker-v1`, the influx host's disk creeping up and the alb-rider-prd certificate expiring on
2026-12-28 (the rl-redis rate-limit change just before M5 and Tuesday's redis-geo-prd change are on the roots).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/mob_golden.py) are computed from the files.

    .venv/bin/python bench/mob_estate.py   # rewrites tests/fixtures/mobility*
"""

from __future__ import annotations

import csv
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

NAME = "mobility"
NOW = datetime(2026, 12, 11, 9, 50, tzinfo=UTC)  # Friday 18:50 KST
START = NOW - timedelta(days=10)  # Tuesday 2026-12-01 18:50 KST
SEED = 20261211
SITES = {"A": "aws-ap-northeast-2", "G": "gcp-asia-northeast3", "I": "판교IDC", "J": "jeju-edge"}
ENVS = {"P": "prod", "S": "stage", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2026-12")

DISPATCH, MATCH, RIDER, DRIVER = "dispatch-squad", "matching-squad", "rider-squad", "driver-squad"
PRICING, PAY, SETTLE, MAPS = "pricing-squad", "payments-squad", "settlement-squad", "maps-squad"
TELE, MICRO, PARK, MSG = "telemetry-squad", "micromobility-squad", "parking-squad", "messaging-squad"
CS, DAERI, SRE, DATA = "cs-squad", "daeri-squad", "sre-platform", "data-platform"
DBA, NET, LEGACY, JEJU = "dba-squad", "netops", "legacy-squad", "jeju-squad"


def _lpr(lot: str, site: str, host: str, cams: int, lot_ko: str, spaces: int):
    return (
        "service",
        PARK,
        site,
        "P",
        [host],
        ["JUCHA_MGMT", "s3-lpr-images"],
        {
            "desc": f"{lot_ko} 주차장 LPR 카메라 게이트웨이",
            "lot": lot,
            "cameras": cams,
            "spaces": spaces,
            "camera_vendor": "한화비전 XNO-6123R",
            "anpr_engine": "CarmenGo 8.1",
        },
    )


# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- taxi: apps, dispatch, matching
    "rider-api": ("service", RIDER, "A", "P", ["ip-10-20-3-41", "ip-10-20-3-87"],
                  ["authSvc", "dispatch-core", "fareCalc", "payment-svc", "placeSearch", "eta-svc", "couponSvc",
                   "redis-session-prd", "kafka-mob"],
                  {"desc": "승객앱 BFF (호출, 결제, 목적지 검색)", "namespace": "k8s-prd-a/rider", "lang": "kotlin",
                   "version": "5.14.2", "replicas": 24, "port": 8080}),
    "driver-api": ("service", DRIVER, "A", "P", ["ip-10-20-3-41", "ip-10-20-5-19"],
                   ["authSvc", "dispatch-core", "tripService", "driver-settle", "redis-session-prd"],
                   {"desc": "기사앱 API (콜 수락, 운행, 정산 조회)", "namespace": "k8s-prd-a/driver", "lang": "kotlin",
                    "version": "4.9.0", "replicas": 16, "port": 8080}),
    "dispatch-core": ("service", DISPATCH, "A", "P", ["ip-10-20-5-19", "ip-10-20-5-203"],
                      ["matchingEngine", "surge-pricer", "tripService", "mysql-dispatch-prd", "kafka-mob"],
                      {"desc": "택시 배차 코어 (호출 접수, 배차 상태머신)", "namespace": "k8s-prd-a/dispatch",
                       "lang": "java", "framework": "Spring Boot 3.3", "version": "7.2.1", "replicas": 18,
                       "dispatch_timeout_s": 45}),
    "matchingEngine": ("service", MATCH, "A", "P", ["ip-10-20-5-203", "ip-10-20-7-98"],
                       ["redis-geo-prd", "eta-svc", "gps-ingest"],
                       {"desc": "기사-승객 매칭 (반경 탐색, 배차 점수)", "namespace": "k8s-prd-a/matching",
                        "lang": "go", "version": "3.8.4", "replicas": 12, "search_radius_m": 3000,
                        "algorithm": "batched hungarian (2s window)"}),
    "tripService": ("service", DISPATCH, "A", "P", ["ip-10-20-3-87"], ["mongo-trip-prd", "kafka-mob"],
                    {"desc": "운행(트립) 이력 저장/조회", "namespace": "k8s-prd-a/dispatch", "lang": "java",
                     "version": "2.31.0", "replicas": 8}),
    "surge-pricer": ("service", PRICING, "A", "P", ["ip-10-20-7-98"], ["surge-cache", "kafka-mob"],
                     {"desc": "탄력요금 산정 (H3 res8 격자별 수요/공급)", "namespace": "k8s-prd-a/pricing",
                      "lang": "python", "version": "1.22.3", "replicas": 6, "max_multiplier": 3.0,
                      "grid": "H3 res 8"}),
    "fareCalc": ("service", PRICING, "A", "P", ["ip-10-20-7-98"], ["surge-pricer", "mysql-dispatch-prd"],
                 {"desc": "예상요금/확정요금 계산", "namespace": "k8s-prd-a/pricing", "lang": "go", "version": "2.4.7",
                  "replicas": 6}),
    "couponSvc": ("service", PRICING, "A", "P", ["ip-10-20-3-87"], ["mysql-account-prd"],
                  {"desc": "쿠폰/프로모션", "namespace": "k8s-prd-a/promo", "lang": "kotlin", "version": "1.9.12",
                   "replicas": 4}),
    "authSvc": ("service", SRE, "A", "P", ["ip-10-20-3-41", "ip-10-20-5-19"],
                ["mysql-account-prd", "redis-session-prd"],
                {"desc": "통합 인증 (휴대폰 본인확인, 토큰 발급)", "namespace": "k8s-prd-a/auth", "lang": "go",
                 "version": "2.0.5", "replicas": 10, "token_ttl_min": 30}),
    "apigw-kong": ("service", SRE, "A", "P", ["ip-10-20-3-41", "ip-10-20-5-19"],
                   ["rl-redis", "rider-api", "driver-api", "daeri-api", "kick-api", "parking-api"],
                   {"desc": "API 게이트웨이 (라우팅, 인증, rate limit)", "namespace": "k8s-prd-a/gateway",
                    "product": "Kong Gateway 3.6 (OSS)", "replicas": 8, "plugins": "rate-limiting, jwt, cors"}),
    "partner-api": ("service", RIDER, "A", "P", ["ip-10-20-3-87"], ["apigw-kong"],
                    {"desc": "B2B 파트너 호출 API (호텔, 기업택시)", "namespace": "k8s-prd-a/partner", "lang": "kotlin",
                     "version": "1.6.0", "replicas": 3, "partners": 41}),
    # ---------------------------------------------------------------- maps (GCP)
    "eta-svc": ("service", MAPS, "G", "P", ["gke-prd-b-pool1-7f3a-x2k9", "gke-prd-b-pool1-7f3a-q8mn"],
                ["routePlanner", "influx-gps-prd"],
                {"desc": "도착예정시간(ETA) 예측", "namespace": "k8s-prd-b/maps", "lang": "python",
                 "model": "LightGBM eta-v19", "version": "3.3.0", "replicas": 10}),
    "routePlanner": ("service", MAPS, "G", "P", ["gke-prd-b-pool2-19cd-w4tz"], ["gcs-roadgraph"],
                     {"desc": "경로 탐색 (도로 그래프, 실시간 교통)", "namespace": "k8s-prd-b/maps", "lang": "c++",
                      "engine": "OSRM 5.27 (CH)", "version": "2.8.1", "replicas": 6}),
    "map-tile-svc": ("service", MAPS, "G", "P", ["gke-prd-b-pool2-19cd-w4tz"], ["gcs-roadgraph"],
                     {"desc": "지도 타일 서버 (벡터 타일)", "namespace": "k8s-prd-b/maps", "engine": "Martin 0.13",
                      "version": "0.13.2", "replicas": 4, "zoom_levels": "6-19"}),
    "placeSearch": ("service", MAPS, "A", "P", ["ip-10-20-7-98", "ip-10-20-3-87"], ["es-poi-prd"],
                    {"desc": "목적지/POI 검색, 주소 자동완성", "namespace": "k8s-prd-a/maps", "lang": "kotlin",
                     "version": "4.1.3", "replicas": 8}),
    # ---------------------------------------------------------------- payments, settlement
    "payment-svc": ("service", PAY, "A", "P", ["ip-10-20-5-19", "ip-10-20-7-98"],
                    ["mysql-pay-prd", "pg-connector", "kafka-mob"],
                    {"desc": "결제 (자동결제, 빌링키, 취소/환불)", "namespace": "k8s-prd-a/payments", "lang": "java",
                     "version": "6.0.8", "replicas": 12, "pci_dss": True}),
    "pg-connector": ("service", PAY, "A", "P", ["ip-10-20-5-19"], [],
                     {"desc": "외부 PG 연동 (토스페이먼츠, 나이스페이)", "namespace": "k8s-prd-a/payments",
                      "lang": "java", "version": "2.2.0", "replicas": 4, "pg_vendors": "Toss Payments, NICEPAY"}),
    "driver-settle": ("service", SETTLE, "A", "P", ["ip-10-20-5-203"], ["mysql-pay-prd", "ORA_JEONGSAN", "kafka-mob"],
                      {"desc": "기사 정산 (일 정산, 수수료, 즉시출금)", "namespace": "k8s-prd-a/settlement",
                       "lang": "kotlin", "version": "3.5.1", "replicas": 4, "payout_cutoff": "매일 10:00"}),
    "JEONGSAN_BAT": ("service", SETTLE, "I", "P", ["idc-ap01"], ["ORA_JEONGSAN", "mysql-pay-prd"],
                     {"desc": "레거시 기사 정산 배치 (일마감)", "product": "Spring Batch 4.3", "schedule": "매일 02:00",
                      "jdk": "OpenJDK 8"}),
    # ---------------------------------------------------------------- telemetry
    "gps-ingest": ("service", TELE, "A", "P", ["ip-10-20-9-14", "ip-10-20-9-15"],
                   ["emqx-gps-a", "kafka-mob", "influx-gps-prd", "redis-geo-prd"],
                   {"desc": "차량 GPS 수집 (MQTT → Kafka, 지오인덱스 갱신)", "namespace": "k8s-prd-a/telemetry",
                    "lang": "rust", "version": "2.8.0", "replicas": 6, "vehicles_online": 38500,
                    "ping_interval_s": 3}),
    # ---------------------------------------------------------------- 대리운전
    "daeri-api": ("service", DAERI, "A", "P", ["ip-10-20-5-203"],
                  ["authSvc", "daeriMatch", "fareCalc", "payment-svc", "placeSearch", "redis-session-prd"],
                  {"desc": "대리운전 앱 API (호출, 기사 위치, 결제)", "namespace": "k8s-prd-a/daeri", "lang": "kotlin",
                   "version": "2.17.4", "replicas": 8}),
    "daeriMatch": ("service", DAERI, "A", "P", ["ip-10-20-7-12"], ["gps-ingest", "mysql-dispatch-prd", "notify-push"],
                   {"desc": "대리운전 배차 (기사 경유지, 셔틀 연계)", "namespace": "k8s-prd-a/daeri", "lang": "go",
                    "version": "1.13.0", "replicas": 6, "drivers_registered": 21400}),
    # ---------------------------------------------------------------- micromobility
    "kick-api": ("service", MICRO, "A", "P", ["ip-10-20-7-98"],
                 ["authSvc", "kickFleet", "payment-svc", "redis-session-prd"],
                 {"desc": "킥보드/자전거 앱 API (대여, 반납, 결제)", "namespace": "k8s-prd-a/micro", "lang": "typescript",
                  "framework": "NestJS 10", "version": "3.2.0", "replicas": 6}),
    "kickFleet": ("service", MICRO, "A", "P", ["ip-10-20-7-98"], ["mongo-kick-prd", "emqx-kick"],
                  {"desc": "킥보드/자전거 기기 관리 (잠금해제, 배터리, 견인)", "namespace": "k8s-prd-a/micro",
                   "lang": "go", "version": "2.6.3", "replicas": 4, "kickboards": 12800, "bikes": 3400}),
    "kick-iot-gw-seoul": ("service", MICRO, "I", "P", ["idc-iot01"], ["emqx-kick", "kickFleet"],
                          {"desc": "킥보드 IoT 게이트웨이 (서울/경기, LTE-M)", "protocol": "LwM2M over CoAP",
                           "devices": 11200, "version": "1.8.2"}),
    "kick-iot-gw-busan": ("service", MICRO, "I", "P", ["idc-iot01"], ["emqx-kick", "kickFleet"],
                          {"desc": "킥보드 IoT 게이트웨이 (부산)", "protocol": "LwM2M over CoAP", "devices": 5000,
                           "version": "1.8.2"}),
    # ---------------------------------------------------------------- parking
    "parking-api": ("service", PARK, "A", "P", ["ip-10-20-3-87"], ["JUCHA_MGMT", "payment-svc", "authSvc"],
                    {"desc": "주차 앱 API (주차권, 정기권, 출차 자동결제)", "namespace": "k8s-prd-a/parking",
                     "lang": "kotlin", "version": "2.3.9", "replicas": 4}),
    "JUCHA_MGMT": ("service", PARK, "I", "P", ["idc-ap02"], ["JUCHA_DB"],
                   {"desc": "레거시 주차장 관리 (입출차, 요금, 할인)", "product": "자체개발 (JSP/Tomcat 8.5)",
                    "lots": 6, "jdk": "OpenJDK 8"}),
    "lpr-gw-yeoksam": _lpr("역삼 센터필드", "I", "idc-lpr01", 8, "역삼", 620),
    "lpr-gw-pangyo": _lpr("판교 테크원", "I", "idc-lpr01", 6, "판교", 480),
    "lpr-gw-jamsil": _lpr("잠실 롯데월드몰 B2", "I", "idc-lpr01", 12, "잠실", 1400),
    "lpr-gw-suwon": _lpr("수원역 환승", "I", "idc-lpr02", 4, "수원역", 310),
    "lpr-gw-haeundae": _lpr("해운대 마린시티", "I", "idc-lpr02", 5, "해운대", 260),
    "lpr-gw-jeju-airport": _lpr("제주공항 렌터카", "J", "jeju-edge-02", 10, "제주공항", 900),
    # ---------------------------------------------------------------- notifications, CS
    "notify-push": ("service", MSG, "A", "P", ["ip-10-20-7-12"], ["kafka-mob", "notify-queue"],
                    {"desc": "앱 푸시 (FCM/APNs)", "namespace": "k8s-prd-a/messaging", "lang": "go", "version": "1.30.2",
                     "replicas": 6}),
    "notify-sms": ("service", MSG, "A", "P", ["ip-10-20-3-87"], ["notify-queue"],
                   {"desc": "SMS/LMS 발송", "namespace": "k8s-prd-a/messaging", "lang": "go", "version": "1.11.0",
                    "replicas": 2, "vendor": "NHN Cloud SMS"}),
    "alimtalk-sender": ("service", MSG, "A", "P", ["ip-10-20-3-87"], ["notify-queue"],
                        {"desc": "카카오 알림톡 발송", "namespace": "k8s-prd-a/messaging", "lang": "go",
                         "version": "1.7.4", "replicas": 2, "templates": 186}),
    "cs-desk": ("service", CS, "A", "P", ["ip-10-20-5-19"],
                ["tripService", "payment-svc", "mysql-account-prd", "alimtalk-sender"],
                {"desc": "고객센터 상담 툴 (분실물, 환불, 민원)", "namespace": "k8s-prd-a/cs", "product": "Zendesk 연동 자체 콘솔",
                 "version": "2.5.0", "replicas": 3, "agents": 240}),
    "cs-chatbot": ("service", CS, "A", "P", ["ip-10-20-5-19"], ["cs-desk"],
                   {"desc": "상담 챗봇 (1차 응대)", "namespace": "k8s-prd-a/cs", "lang": "python", "version": "0.12.0",
                    "replicas": 2, "llm": "자체 sLLM 7B"}),
    # ---------------------------------------------------------------- legacy on-prem
    "GISA_MGMT": ("service", LEGACY, "I", "P", ["idc-ap01"], ["ORA_JEONGSAN"],
                  {"desc": "레거시 기사관리 (자격, 차량, 법인택시 배정)", "product": "자체개발 (Struts 2)",
                   "drivers_registered": 52300}),
    "JEONHWA_HOCHUL": ("service", LEGACY, "I", "P", ["idc-cti01"], ["dispatch-core"],
                       {"desc": "전화 호출 콜센터 (고령자 전화 배차)", "product": "Genesys Engage 8.5 + 자체 배차 연동",
                        "lines": 120, "callcenter_no": "1588-xxxx"}),
    "driverOnboarding": ("service", DRIVER, "A", "P", ["ip-10-20-5-19"], ["GISA_MGMT", "mysql-account-prd"],
                         {"desc": "기사 가입/서류 심사 (자격증, 범죄경력 조회 동의)", "namespace": "k8s-prd-a/driver",
                          "lang": "kotlin", "version": "1.4.2", "replicas": 2}),
    # ---------------------------------------------------------------- jeju edge
    "jeju-tour-dispatch": ("service", JEJU, "J", "P", ["jeju-edge-01"], ["apigw-kong"],
                           {"desc": "제주 관광택시 예약/배차 (공항, 일일투어)", "namespace": "k3s-jeju/tour",
                            "lang": "python", "version": "1.3.1", "replicas": 2, "tour_taxis": 180}),
    # ---------------------------------------------------------------- data
    "trip-etl": ("service", DATA, "A", "P", ["ip-10-20-7-98"], ["kafka-mob", "s3-datalake"],
                 {"desc": "운행 데이터 적재 (Kafka → S3 Iceberg)", "namespace": "k8s-prd-a/data", "product": "Flink 1.18",
                  "version": "0.9.7", "replicas": 3}),
    "fraud-detector": ("service", PAY, "A", "P", ["ip-10-20-5-203"], ["kafka-mob", "mysql-pay-prd"],
                       {"desc": "부정결제/허위호출 탐지", "namespace": "k8s-prd-a/risk", "lang": "python",
                        "version": "0.21.0", "replicas": 3}),
    "taxi-meter-gw": ("service", DRIVER, "A", "P", ["ip-10-20-5-77"], ["tripService", "fareCalc"],
                      {"desc": "앱미터기 연동 게이트웨이 (GPS 미터기 인증 단말)", "namespace": "k8s-prd-a/driver",
                       "lang": "go", "version": "1.2.6", "replicas": 4, "meter_models": "티머니 온다, 카카오 앱미터"}),
    "demand-heatmap": ("service", PRICING, "A", "P", ["ip-10-20-7-201"], ["surge-cache", "influx-gps-prd"],
                       {"desc": "기사앱 수요 히트맵", "namespace": "k8s-prd-a/pricing", "lang": "python",
                        "version": "0.8.4", "replicas": 3}),
    "receipt-svc": ("service", PAY, "A", "P", ["ip-10-20-5-77"], ["mysql-pay-prd", "alimtalk-sender"],
                    {"desc": "전자영수증/법인 증빙", "namespace": "k8s-prd-a/payments", "lang": "kotlin",
                     "version": "1.5.3", "replicas": 2}),
    "lostFound": ("service", CS, "A", "P", ["ip-10-20-5-77"], ["tripService", "notify-sms"],
                  {"desc": "분실물 접수/기사 연락 중계 (안심번호)", "namespace": "k8s-prd-a/cs", "lang": "kotlin",
                   "version": "1.1.0", "replicas": 2}),
    "driver-score": ("service", DRIVER, "A", "P", ["ip-10-20-7-201"], ["tripService", "kafka-mob"],
                     {"desc": "기사 평점/운행 품질 점수", "namespace": "k8s-prd-a/driver", "lang": "python",
                      "version": "2.0.1", "replicas": 2}),
    "corp-taxi-api": ("service", RIDER, "A", "P", ["ip-10-20-5-77"], ["dispatch-core", "payment-svc"],
                      {"desc": "기업택시 (법인 후불, 부서별 한도)", "namespace": "k8s-prd-a/partner", "lang": "kotlin",
                       "version": "2.2.2", "replicas": 3, "corp_accounts": 1870}),
    "kick-rebalance": ("service", MICRO, "A", "P", ["ip-10-20-7-201"], ["kickFleet"],
                       {"desc": "킥보드 재배치/배터리 교체 동선 최적화", "namespace": "k8s-prd-a/micro", "lang": "python",
                        "solver": "OR-Tools 9.9", "version": "0.6.0", "replicas": 1}),
    "grafana-obs": ("service", SRE, "A", "P", ["ip-10-20-7-201"], [],
                    {"desc": "관측 대시보드", "namespace": "k8s-prd-a/observability", "product": "Grafana 10.4.2",
                     "replicas": 2}),
    # ---------------------------------------------------------------- stage, qa, dev, retired
    "daeri-api-stg": ("service", DAERI, "A", "S", ["ip-10-30-1-57"], ["mysql-dispatch-stg"],
                      {"desc": "대리운전 앱 API (스테이지)", "namespace": "k8s-stg/daeri", "version": "2.18.0-rc2",
                       "replicas": 2}),
    "parking-api-qa": ("service", PARK, "A", "Q", ["ip-10-50-1-7"], ["mysql-pay-qa"],
                       {"desc": "주차 앱 API (QA)", "namespace": "k8s-qa/parking", "version": "2.4.0-beta1",
                        "replicas": 1}),
    "rider-api-stg": ("service", RIDER, "A", "S", ["ip-10-30-1-11"], ["mysql-dispatch-stg"],
                      {"desc": "승객앱 BFF (스테이지)", "namespace": "k8s-stg/rider", "version": "5.15.0-rc3",
                       "replicas": 2}),
    "dispatch-core-stg": ("service", DISPATCH, "A", "S", ["ip-10-30-1-11"], ["mysql-dispatch-stg"],
                          {"desc": "배차 코어 (스테이지)", "namespace": "k8s-stg/dispatch", "version": "7.3.0-rc1",
                           "replicas": 2}),
    "matchingEngine-qa": ("service", MATCH, "A", "Q", ["ip-10-50-1-7"], ["mongo-trip-qa"],
                          {"desc": "매칭 엔진 (QA, 리플레이 부하시험)", "namespace": "k8s-qa/matching",
                           "version": "3.9.0-beta2", "replicas": 2}),
    "payment-svc-qa": ("service", PAY, "A", "Q", ["ip-10-50-1-7"], ["mongo-trip-qa"],
                       {"desc": "결제 (QA, PG 테스트베드)", "namespace": "k8s-qa/payments", "version": "6.1.0-beta1",
                        "replicas": 1}),
    "surge-pricer-dev": ("service", PRICING, "A", "D", ["ip-10-40-2-9"], [],
                         {"desc": "탄력요금 (개발)", "namespace": "k8s-dev/pricing", "version": "1.23.0-SNAPSHOT",
                          "replicas": 1}),
    "kick-api-dev": ("service", MICRO, "A", "D", ["ip-10-40-2-9"], [],
                     {"desc": "킥보드 API (개발)", "namespace": "k8s-dev/micro", "version": "3.3.0-SNAPSHOT",
                      "replicas": 1}),
    "eta-svc-stg": ("service", MAPS, "G", "S", ["gke-stg-pool1-02ab-k1lm"], [],
                    {"desc": "ETA (스테이지, 모델 eta-v20 검증)", "namespace": "k8s-stg-b/maps", "version": "3.4.0-rc1",
                     "model": "LightGBM eta-v20", "replicas": 2}),
    "callBroker-v1": ("service", DISPATCH, "I", "P", [], [],
                      {"desc": "구 호출 중계 (2024년 dispatch-core로 대체)", "version": "0.9.31",
                       "decommissioned": "2025-03-31"}),
    # ---------------------------------------------------------------- databases
    "mysql-dispatch-prd": ("database", DBA, "A", "P", [], [],
                           {"engine": "mysql", "product": "Aurora MySQL 3.05 (8.0.32)", "instance_class": "db.r6g.4xlarge",
                            "readers": 3, "port": 3306, "desc": "배차/호출/대리 배차 상태"}),
    "mysql-pay-prd": ("database", DBA, "A", "P", [], [],
                      {"engine": "mysql", "product": "RDS MySQL 8.0.35", "instance_class": "db.r6i.2xlarge",
                       "multi_az": True, "port": 3306, "desc": "결제 원장, 빌링키, 기사 정산 내역"}),
    "mysql-account-prd": ("database", DBA, "A", "P", [], [],
                          {"engine": "mysql", "product": "Aurora MySQL 3.05 (8.0.32)",
                           "instance_class": "db.r6g.2xlarge", "readers": 2, "port": 3306,
                           "desc": "회원, 기사 계정, 쿠폰"}),
    "mongo-trip-prd": ("database", DBA, "A", "P", ["ip-10-20-11-5", "ip-10-20-11-6", "ip-10-20-11-7"], [],
                       {"engine": "mongodb", "version": "6.0.13", "replica_set": "rs-trip", "members": 3,
                        "port": 27017, "size_gb": 2300, "desc": "운행 이력, 경로 스냅샷"}),
    "mongo-kick-prd": ("database", DBA, "A", "P", [], [],
                       {"engine": "mongodb", "product": "MongoDB Atlas M40", "version": "7.0.8", "port": 27017,
                        "desc": "킥보드 기기 상태/대여 이력"}),
    "es-poi-prd": ("database", MAPS, "A", "P", ["ip-10-20-13-21", "ip-10-20-13-22"], [],
                   {"engine": "elasticsearch", "version": "8.12.2", "data_nodes": 2, "heap_gb": 31, "port": 9200,
                    "docs_million": 46, "desc": "POI/주소 검색 인덱스 (nori 형태소)"}),
    "influx-gps-prd": ("database", TELE, "A", "P", ["ip-10-20-15-8"], [],
                       {"engine": "influxdb", "version": "2.7.5", "retention_days": 30, "port": 8086,
                        "desc": "차량 위치/속도 시계열 (교통 속도 추정)"}),
    "ORA_JEONGSAN": ("database", DBA, "I", "P", ["idc-ora01"], [],
                     {"engine": "oracle", "version": "19.20", "port": 1521, "sid": "JSPRD", "size_tb": 3.4,
                      "desc": "레거시 정산/기사관리 DB"}),
    "JUCHA_DB": ("database", PARK, "I", "P", ["idc-my01"], [],
                 {"engine": "mariadb", "version": "10.6.16", "port": 3306, "desc": "주차장 입출차/요금"}),
    "mysql-dispatch-stg": ("database", DBA, "A", "S", [], [],
                           {"engine": "mysql", "product": "Aurora MySQL 3.05 (8.0.32)",
                            "instance_class": "db.r6g.large", "port": 3306}),
    "mongo-trip-qa": ("database", DBA, "A", "Q", ["ip-10-50-1-7"], [],
                      {"engine": "mongodb", "version": "7.0.8", "port": 27017}),
    "mysql-pay-qa": ("database", DBA, "A", "Q", [], [],
                     {"engine": "mysql", "product": "RDS MySQL 8.0.36", "instance_class": "db.t4g.large", "port": 3306}),
    "redis-geo-stg": ("cache", MATCH, "A", "S", [], [],
                      {"engine": "redis", "product": "ElastiCache Redis 7.1", "node_type": "cache.t4g.medium",
                       "maxmemory_gb": 3, "port": 6379}),
    # ---------------------------------------------------------------- caches, queues
    "redis-geo-prd": ("cache", MATCH, "A", "P", [], [],
                      {"engine": "redis", "product": "ElastiCache Redis 7.1", "node_type": "cache.r7g.xlarge",
                       "maxmemory_gb": 26, "eviction": "allkeys-lru", "port": 6379,
                       "desc": "기사 실시간 위치 지오인덱스, 기사 presence"}),
    "redis-session-prd": ("cache", SRE, "A", "P", [], [],
                          {"engine": "redis", "product": "ElastiCache Redis 7.1", "node_type": "cache.r7g.large",
                           "maxmemory_gb": 13, "port": 6379, "desc": "앱 세션/토큰"}),
    "rl-redis": ("cache", SRE, "A", "P", [], [],
                 {"engine": "redis", "product": "ElastiCache Redis 6.2", "node_type": "cache.m6g.large",
                  "maxmemory_gb": 6, "eviction": "noeviction", "port": 6379, "desc": "Kong rate-limiting 카운터"}),
    "surge-cache": ("cache", PRICING, "A", "P", [], [],
                    {"engine": "redis", "product": "ElastiCache Redis 7.1", "node_type": "cache.r7g.large",
                     "maxmemory_gb": 13, "port": 6379, "desc": "격자별 수요/공급, 탄력요금 배수"}),
    "kafka-mob": ("queue", DATA, "A", "P", [], [],
                  {"product": "Amazon MSK 3.6.0", "brokers": 6, "broker_type": "kafka.m7g.2xlarge", "topics": 212,
                   "port": 9096, "desc": "호출/운행/결제 이벤트 스트림"}),
    "emqx-gps-a": ("queue", TELE, "A", "P", ["ip-10-20-9-14", "ip-10-20-9-15"], [],
                   {"product": "EMQX Enterprise 5.4", "nodes": 2, "max_sessions": 60000, "port": 8883,
                    "protocol": "MQTT 5 over TLS", "desc": "차량 GPS 텔레매틱스 브로커"}),
    "emqx-kick": ("queue", MICRO, "I", "P", ["idc-iot01"], [],
                  {"product": "EMQX Open Source 5.3", "nodes": 1, "max_sessions": 25000, "port": 8883,
                   "protocol": "MQTT 3.1.1", "desc": "킥보드/자전거 IoT 브로커"}),
    "notify-queue": ("queue", MSG, "A", "P", [], [],
                     {"product": "Amazon SQS (FIFO)", "queues": 9, "desc": "푸시/SMS/알림톡 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (type, site, owner, targets (CONNECTS_TO), attributes)
    "alb-rider-prd": ("load_balancer", "A", SRE, ["apigw-kong"],
                      {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "api.ongil.kr",
                       "cert_expiry": "2026-12-28", "waf": "AWS WAF v2"}),
    "nlb-mqtt-prd": ("load_balancer", "A", TELE, ["emqx-gps-a"],
                     {"vendor": "AWS", "model": "Network Load Balancer", "endpoint": "mqtt.ongil.kr:8883",
                      "cross_zone": True}),
    "idc-l4-01": ("load_balancer", "I", NET, ["JUCHA_MGMT", "GISA_MGMT", "kick-iot-gw-seoul", "kick-iot-gw-busan"],
                  {"vendor": "Piolink", "model": "PAS-K 6224", "vip": "172.16.10.50", "firmware": "2.4.1"}),
    "cdn-tiles": ("cdn", "G", MAPS, ["map-tile-svc"],
                  {"vendor": "Google", "model": "Cloud CDN", "endpoint": "tiles.ongil.kr", "cache_hit_target": 0.95}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "s3-lpr-images": ("A", PARK, {"vendor": "AWS", "model": "S3 Standard-IA", "capacity_tb": 85,
                                  "desc": "LPR 번호판 이미지 (90일 보관)"}, []),
    "s3-datalake": ("A", DATA, {"vendor": "AWS", "model": "S3 (Iceberg 테이블)", "capacity_tb": 640,
                                "desc": "운행/결제 데이터레이크"}, []),
    "gcs-roadgraph": ("G", MAPS, {"vendor": "Google", "model": "GCS Standard", "capacity_tb": 12,
                                  "desc": "도로 그래프 스냅샷, 타일 원본"}, ["gke-prd-b-pool2-19cd-w4tz"]),
    "nas-idc01": ("I", SRE, {"vendor": "NetApp", "model": "FAS2820", "capacity_tb": 120, "ontap": "9.13.1P8",
                             "desc": "정산 파일, 레거시 첨부"}, ["idc-ap01", "idc-ap02", "idc-ora01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # AWS ap-northeast-2, EKS k8s-prd-a
    "ip-10-20-3-41": ("A", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "ap-northeast-2a", "nodegroup": "ng-api"}),
    "ip-10-20-3-87": ("A", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "ap-northeast-2a", "nodegroup": "ng-api"}),
    "ip-10-20-5-19": ("A", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "ap-northeast-2b", "nodegroup": "ng-api"}),
    "ip-10-20-5-203": ("A", "P", "eks", {"instance_type": "c7g.4xlarge", "az": "ap-northeast-2b", "nodegroup": "ng-core"}),
    "ip-10-20-7-12": ("A", "P", "eks", {"instance_type": "c7g.4xlarge", "az": "ap-northeast-2c", "nodegroup": "ng-core"}),
    "ip-10-20-7-98": ("A", "P", "eks", {"instance_type": "c7g.4xlarge", "az": "ap-northeast-2c", "nodegroup": "ng-core"}),
    "ip-10-20-5-77": ("A", "P", "eks", {"instance_type": "m7g.2xlarge", "az": "ap-northeast-2b", "nodegroup": "ng-misc"}),
    "ip-10-20-7-201": ("A", "P", "eks", {"instance_type": "m7g.2xlarge", "az": "ap-northeast-2c", "nodegroup": "ng-misc"}),
    "ip-10-20-9-14": ("A", "P", "ec2", {"instance_type": "c6i.2xlarge", "az": "ap-northeast-2a", "role": "EMQX node 1 + gps-ingest"}),
    "ip-10-20-9-15": ("A", "P", "ec2", {"instance_type": "c6i.2xlarge", "az": "ap-northeast-2c", "role": "EMQX node 2 + gps-ingest"}),
    "ip-10-20-11-5": ("A", "P", "ec2", {"instance_type": "r6i.2xlarge", "az": "ap-northeast-2a", "role": "mongod rs-trip #0"}),
    "ip-10-20-11-6": ("A", "P", "ec2", {"instance_type": "r6i.2xlarge", "az": "ap-northeast-2b", "role": "mongod rs-trip #1"}),
    "ip-10-20-11-7": ("A", "P", "ec2", {"instance_type": "r6i.2xlarge", "az": "ap-northeast-2c", "role": "mongod rs-trip #2"}),
    "ip-10-20-13-21": ("A", "P", "ec2", {"instance_type": "r6g.2xlarge", "az": "ap-northeast-2a", "role": "ES data node 1"}),
    "ip-10-20-13-22": ("A", "P", "ec2", {"instance_type": "r6g.2xlarge", "az": "ap-northeast-2b", "role": "ES data node 2"}),
    "ip-10-20-15-8": ("A", "P", "ec2", {"instance_type": "i4i.2xlarge", "az": "ap-northeast-2a", "role": "InfluxDB"}),
    "ip-10-30-1-11": ("A", "S", "eks", {"instance_type": "m7g.xlarge", "az": "ap-northeast-2a", "nodegroup": "ng-stg"}),
    "ip-10-40-2-9": ("A", "D", "eks", {"instance_type": "m7g.large", "az": "ap-northeast-2a", "nodegroup": "ng-dev"}),
    "ip-10-30-1-57": ("A", "S", "eks", {"instance_type": "m7g.xlarge", "az": "ap-northeast-2b", "nodegroup": "ng-stg"}),
    "ip-10-50-1-7": ("A", "Q", "eks", {"instance_type": "m7g.xlarge", "az": "ap-northeast-2b", "nodegroup": "ng-qa"}),
    # GCP asia-northeast3, GKE k8s-prd-b
    "gke-prd-b-pool1-7f3a-x2k9": ("G", "P", "gke", {"machine_type": "n2-standard-16", "zone": "asia-northeast3-a"}),
    "gke-prd-b-pool1-7f3a-q8mn": ("G", "P", "gke", {"machine_type": "n2-standard-16", "zone": "asia-northeast3-b"}),
    "gke-prd-b-pool2-19cd-w4tz": ("G", "P", "gke", {"machine_type": "n2-highmem-8", "zone": "asia-northeast3-c"}),
    "gke-stg-pool1-02ab-k1lm": ("G", "S", "gke", {"machine_type": "e2-standard-8", "zone": "asia-northeast3-a"}),
    # 판교 IDC
    "idc-ap01": ("I", "P", "vm", {"role": "정산 배치, 기사관리 WAS", "hypervisor": "VMware vSphere 7.0U3"}),
    "idc-ap02": ("I", "P", "vm", {"role": "주차 관리 WAS", "hypervisor": "VMware vSphere 7.0U3"}),
    "idc-ap03": ("I", "P", "vm", {"role": "예비 WAS (OS 업그레이드 중)", "hypervisor": "VMware vSphere 7.0U3"}),
    "idc-ora01": ("I", "P", "bare", {"role": "Oracle 정산 DB", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "idc-my01": ("I", "P", "bare", {"role": "MariaDB 주차 DB", "model": "Dell PowerEdge R650"}),
    "idc-iot01": ("I", "P", "bare", {"role": "킥보드 IoT GW + EMQX", "model": "Dell PowerEdge R650"}),
    "idc-lpr01": ("I", "P", "vm", {"role": "LPR 게이트웨이 (서울 주차장)", "hypervisor": "VMware vSphere 7.0U3"}),
    "idc-lpr02": ("I", "P", "vm", {"role": "LPR 게이트웨이 (경기/부산 주차장)", "hypervisor": "VMware vSphere 7.0U3"}),
    "idc-cti01": ("I", "P", "bare", {"role": "콜센터 CTI (전화 호출)", "model": "Lenovo ThinkSystem SR630 V2"}),
    # 제주 edge
    "jeju-edge-01": ("J", "P", "edge", {"role": "k3s 노드 (관광택시)", "model": "Intel NUC 13 Pro"}),
    "jeju-edge-02": ("J", "P", "edge", {"role": "k3s 노드 (공항 LPR)", "model": "Intel NUC 13 Pro"}),
}
NETWORK = {  # name: (site, attributes)
    "idc-core-sw01": ("I", {"device": "core switch", "vendor": "Arista", "model": "7050CX3-32S", "firmware": "EOS 4.30.5M"}),
    "idc-fw01": ("I", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3430", "firmware": "PAN-OS 11.1.2"}),
    "dx-idc-aws": ("I", {"device": "direct connect", "vendor": "AWS", "model": "Direct Connect 1Gbps (KINX)",
                         "circuit": "dxcon-ffk3a9q2", "desc": "판교IDC ↔ AWS 서울 전용선"}),
    "vpn-jeju": ("J", {"device": "vpn gateway", "vendor": "Fortinet", "model": "FortiGate 60F",
                       "firmware": "FortiOS 7.2.8", "desc": "제주 엣지 ↔ AWS IPsec"}),
    "ic-gcp-seoul": ("G", {"device": "partner interconnect", "vendor": "Google", "model": "Partner Interconnect 2x5Gbps",
                           "desc": "GCP asia-northeast3 ↔ AWS 서울 (Megaport)"}),
    "tgw-apne2": ("A", {"device": "transit gateway", "vendor": "AWS", "model": "Transit Gateway",
                        "asn": 64512, "desc": "VPC/IDC/GCP 인터커넥트 허브"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("idc-fw01", "idc-core-sw01"),
    ("dx-idc-aws", "idc-fw01"),
    ("dx-idc-aws", "tgw-apne2"),
    ("vpn-jeju", "tgw-apne2"),
    ("jeju-tour-dispatch", "vpn-jeju"),
    ("lpr-gw-jeju-airport", "vpn-jeju"),
    ("JEONGSAN_BAT", "dx-idc-aws"),
    ("JEONHWA_HOCHUL", "dx-idc-aws"),
    ("kick-iot-gw-seoul", "idc-fw01"),
    ("kick-iot-gw-busan", "idc-fw01"),
    ("eta-svc", "ic-gcp-seoul"),
    ("ic-gcp-seoul", "tgw-apne2"),
]
# fmt: on
STATUS = {"idc-ap03": "maintenance", "callBroker-v1": "retired", "lpr-gw-haeundae": "maintenance"}
NET_PREFIX = {"G": "10.60", "I": "172.16", "J": "10.90"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "M1",
        "kind": "replica_election",
        "root": "mongo-trip-prd",
        "description": "in the Thursday morning rush an index build on the trips collection of mongo-trip-prd"
        " starves the primary, which steps down (election, no writable primary for minutes, majority write"
        " concern timeouts): tripService fails to save trips, dispatch-core shows the loudest errors (배차 실패),"
        " driver-api, cs-desk and rider-api follow, until the build is moved to a hidden secondary",
        "start": kst(3, 8, 10),
        "end": kst(3, 9, 5),
        "affected": ["mongo-trip-prd", "tripService", "dispatch-core", "driver-api", "cs-desk", "rider-api"],
    },
    {
        "id": "M2",
        "kind": "mqtt_session_memory",
        "root": "emqx-gps-a",
        "description": "in the late-night taxi peak after midnight on Saturday the MQTT broker emqx-gps-a runs out"
        " of session memory (inflight queues of vehicles on flaky LTE): new connections are refused and GPS"
        " pings stop arriving, gps-ingest starves, matchingEngine matches on stale positions and shows the"
        " loudest errors, daeriMatch and dispatch-core follow, until the broker's session expiry is lowered and"
        " node 1 restarted",
        "start": kst(5, 1, 20),
        "end": kst(5, 2, 15),
        "affected": ["emqx-gps-a", "gps-ingest", "matchingEngine", "daeriMatch", "dispatch-core"],
    },
    {
        "id": "M3",
        "kind": "metadata_lock",
        "root": "mysql-pay-prd",
        "description": "at Monday lunch an online DDL (ALTER TABLE payment_tx ADD COLUMN) on mysql-pay-prd waits"
        " for a metadata lock behind a long settlement read and every payment write queues behind it:"
        " payment-svc times out (loudest) and driver-settle stalls, rider-api, kick-api and parking-api fail at"
        " checkout, until the DDL is killed",
        "start": kst(7, 11, 40),
        "end": kst(7, 12, 35),
        "affected": ["mysql-pay-prd", "payment-svc", "driver-settle", "rider-api", "kick-api", "parking-api"],
    },
    {
        "id": "M4",
        "kind": "gc_storm",
        "root": "es-poi-prd",
        "description": "on Tuesday afternoon es-poi-prd's data nodes loop in old-generation GC after a POI reindex"
        " with a nested field explosion: search latency in seconds, placeSearch times out (loudest), rider-api"
        " and daeri-api destination search fail, until the reindex is stopped and the old index re-aliased",
        "start": kst(8, 14, 10),
        "end": kst(8, 15, 5),
        "affected": ["es-poi-prd", "placeSearch", "rider-api", "daeri-api"],
    },
    {
        "id": "M5",
        "kind": "cache_maxmemory",
        "root": "rl-redis",
        "description": "in the rainy Wednesday evening rush the Kong rate-limit counters in rl-redis (noeviction)"
        " reach maxmemory after a per-device limit was added: writes fail, apigw-kong answers 500s on every"
        " route (loudest), jeju-tour-dispatch and partner-api fail, until the node is scaled up",
        "start": kst(9, 18, 30),
        "end": kst(9, 19, 25),
        "affected": ["rl-redis", "apigw-kong", "jeju-tour-dispatch", "partner-api"],
    },
    {
        "id": "M6",
        "kind": "conntrack_full",
        "root": "ip-10-20-7-12",
        "description": "on Thursday night in the 대리운전 peak the EKS node ip-10-20-7-12's conntrack table fills"
        " (nf_conntrack: table full, dropping packet): daeriMatch and notify-push on it lose connections,"
        " daeri-api shows the loudest errors (대리 호출 실패), until the node is cordoned and drained",
        "start": kst(10, 22, 50),
        "end": kst(10, 23, 45),
        "affected": ["ip-10-20-7-12", "daeriMatch", "notify-push", "daeri-api"],
    },
    {
        "id": "M7",
        "kind": "cache_maxmemory",
        "root": "redis-geo-prd",
        "description": "in the Friday evening rush redis-geo-prd reaches maxmemory: driver presence keys lost"
        " their TTL in Tuesday's config change and have piled up since; allkeys-lru evicts geo index chunks and"
        " latency spikes, matchingEngine finds no drivers (loudest) and gps-ingest fails its index updates,"
        " dispatch-core, rider-api and driver-api follow (ongoing)",
        "start": kst(11, 18, 5),
        "end": None,
        "affected": [
            "redis-geo-prd",
            "matchingEngine",
            "gps-ingest",
            "dispatch-core",
            "rider-api",
            "driver-api",
        ],
    },
]
M1, M2, M3, M4, M5, M6, M7 = INCIDENTS
GEO_TTL_CHANGE = kst(8, 16, 20)  # presence keys written without TTL from here on
RAIN = (kst(9, 14, 0), kst(10, 1, 0))  # 비 오는 수요일
LPR_CAM = (kst(6, 10, 30), kst(6, 13, 10))  # 수원역 camera dropping out
OTA = (kst(6, 3, 0), kst(6, 4, 30))  # kickboard firmware OTA


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, _, targets, _) in LOAD_BALANCERS.items():
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
    for lb, (kind, site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, kind, "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        attrs: dict = {}
        owner = SRE
        if h.startswith("ip-"):
            attrs["private_ip"] = h[3:].replace("-", ".")
        else:
            attrs["ip"] = f"{NET_PREFIX[site]}.{20 + i // 6}.{11 + (i * 37) % 200}"
        if kind == "eks":
            attrs |= {
                "cluster": {"P": "k8s-prd-a", "S": "k8s-stg", "Q": "k8s-qa", "D": "k8s-dev"}[env],
                "os": "Bottlerocket 1.19",
                "kubelet": "v1.29.3-eks",
                "instance_id": f"i-0{rng.randrange(16**16):016x}",
            }
        elif kind == "ec2":
            attrs |= {
                "os": rng.choice(["Amazon Linux 2023", "Ubuntu 22.04 LTS"]),
                "instance_id": f"i-0{rng.randrange(16**16):016x}",
            }
        elif kind == "gke":
            attrs |= {
                "cluster": "k8s-prd-b" if env == "P" else "k8s-stg-b",
                "os": "Container-Optimized OS 113",
                "kubelet": "v1.29.6-gke.1038001",
            }
            owner = MAPS if env == "P" else SRE
        elif kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 7.9", "CentOS 7.9", "RHEL 8.8"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64])}  # fmt: skip
            owner = LEGACY
        elif kind == "bare":
            attrs |= {"os": rng.choice(["RHEL 8.8", "Oracle Linux 8.9"]), "cores": rng.choice([24, 32, 48]),
                      "mem_gb": rng.choice([128, 256, 384]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', '7JX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = LEGACY if h != "idc-iot01" else MICRO
        else:  # edge
            attrs |= {"os": "Ubuntu 22.04 LTS", "platform": "k3s v1.29.4", "cores": 12, "mem_gb": 64}
            owner = JEJU
        if h in ("ip-10-20-11-5", "ip-10-20-11-6", "ip-10-20-11-7", "idc-ora01", "idc-my01"):
            owner = DBA
        if h.startswith("ip-10-20-9-") or h == "ip-10-20-15-8":
            owner = TELE
        if h.startswith("ip-10-20-13-"):
            owner = MAPS
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX.get(site, '10.20')}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "network", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _rain(ts: datetime) -> float:
    return ramp(ts, RAIN[0], RAIN[1], rise=60, fall=60)


def _taxi(ts: datetime) -> float:
    """Taxi calls: the morning and evening rush on weekdays, lunch, the late-night peak after midnight on
    Friday and Saturday nights, a lower and later day at weekends; more calls when it rains."""
    loc = _local(ts)
    h, wd = seoul_hour(ts), loc.weekday()
    weekend = wd >= 5
    v = 0.12 + 0.2 * (1 if 9.5 <= h < 23 else 0)
    if weekend:
        v += 0.25 * _bump(h, 14.5, 3.0) + 0.3 * _bump(h, 18.0, 1.5)
    else:
        v += 0.55 * _bump(h, 8.1, 0.7) + 0.12 * _bump(h, 12.4, 0.6) + 0.6 * _bump(h, 18.8, 0.8)
    late = (
        0.55 if wd in (5, 6) else 0.22
    )  # the small hours of Saturday and Sunday: Friday and Saturday nights
    if h < 5:
        v += late * _bump(h, 0.9, 0.9)
    elif h > 22:
        v += (0.55 if wd in (4, 5) else 0.22) * _bump(h, 24.9, 0.9)
    v += 0.22 * _rain(ts)
    return max(0.05, min(1.0, v))


def _daeri(ts: datetime) -> float:
    """대리운전: after dinner until after midnight, busiest on Thursday and Friday nights."""
    loc = _local(ts)
    h = seoul_hour(ts)
    strong = loc.weekday() in (3, 4) if h >= 12 else (loc - timedelta(days=1)).weekday() in (3, 4)
    v = 0.08 + (0.72 if strong else 0.5) * (_bump(h, 22.6, 1.3) + 0.6 * _bump(h, 24.6, 0.8))
    return max(0.05, min(1.0, v))


def _kick(ts: datetime) -> float:
    """Kickboards and bikes: commutes and the weekend afternoon; almost nothing in the rain."""
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        v = 0.08 + 0.6 * _bump(h, 15.0, 2.5)
    else:
        v = 0.08 + 0.55 * _bump(h, 8.2, 0.8) + 0.2 * _bump(h, 13, 2.0) + 0.6 * _bump(h, 18.6, 1.0)
    v *= 1 - 0.65 * _rain(ts)
    return max(0.04, min(1.0, v))


def _parking(ts: datetime) -> float:
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.12 + 0.5 * (1 if 8 <= h < 21 else 0) + 0.25 * _bump(h, 18.5, 1.2)))


def _office(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.2 + 0.1 * _bump(h, 14, 3)
    return 0.15 + 0.6 * (1 if 9 <= h < 18 else 0) + 0.15 * _bump(h, 10, 1.5)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 3.7 else 0.3 * _office(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


TAXI = {
    "rider-api", "driver-api", "dispatch-core", "matchingEngine", "tripService", "surge-pricer", "fareCalc",
    "couponSvc", "authSvc", "apigw-kong", "partner-api", "eta-svc", "routePlanner", "map-tile-svc", "placeSearch",
    "payment-svc", "pg-connector", "gps-ingest", "notify-sms", "alimtalk-sender", "JEONHWA_HOCHUL",
    "mysql-dispatch-prd", "mysql-pay-prd", "mysql-account-prd", "mongo-trip-prd", "es-poi-prd", "influx-gps-prd",
    "redis-geo-prd", "redis-session-prd", "rl-redis", "surge-cache", "kafka-mob", "emqx-gps-a", "notify-queue",
    "alb-rider-prd", "nlb-mqtt-prd", "cdn-tiles", "fraud-detector", "trip-etl",
    "ip-10-20-3-41", "ip-10-20-3-87", "ip-10-20-5-19", "ip-10-20-5-203", "ip-10-20-7-98", "ip-10-20-9-14",
    "ip-10-20-9-15", "ip-10-20-11-5", "ip-10-20-11-6", "ip-10-20-11-7", "ip-10-20-13-21", "ip-10-20-13-22",
    "ip-10-20-15-8", "gke-prd-b-pool1-7f3a-x2k9", "gke-prd-b-pool1-7f3a-q8mn", "gke-prd-b-pool2-19cd-w4tz",
    "tgw-apne2", "idc-cti01", "jeju-tour-dispatch", "taxi-meter-gw", "demand-heatmap", "receipt-svc",
    "corp-taxi-api", "driver-score", "ip-10-20-5-77", "ip-10-20-7-201", "ic-gcp-seoul", "jeju-edge-01", "vpn-jeju",
}  # fmt: skip
DAERI_SIDE = {"daeri-api", "daeriMatch", "notify-push", "ip-10-20-7-12"}
KICK = {
    "kick-rebalance",
    "kick-api",
    "kickFleet",
    "kick-iot-gw-seoul",
    "kick-iot-gw-busan",
    "mongo-kick-prd",
    "emqx-kick",
    "idc-iot01",
}
PARKING = {
    "parking-api", "JUCHA_MGMT", "JUCHA_DB", "idc-ap02", "idc-my01", "idc-lpr01", "idc-lpr02", "s3-lpr-images",
    "jeju-edge-02", *(n for n in SERVICES if n.startswith("lpr-gw-")),
}  # fmt: skip
OFFICE = {"cs-desk", "cs-chatbot", "lostFound", "grafana-obs", "GISA_MGMT", "driverOnboarding", "driver-settle", "idc-l4-01", "idc-fw01",
          "idc-core-sw01", "dx-idc-aws", "nas-idc01"}  # fmt: skip
BATCH = {"JEONGSAN_BAT", "ORA_JEONGSAN", "idc-ap01", "idc-ora01"}


def _load(name: str):
    for group, shape in (
        (TAXI, _taxi),
        (DAERI_SIDE, _daeri),
        (KICK, _kick),
        (PARKING, _parking),
        (OFFICE, _office),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "M1": {0: (11.0, 7.5), 1: (6.0, 16.0), 2: (2.4, 9.0), 3: (1.5, 5.5)},
    "M2": {0: (5.0, 14.0), 1: (3.0, 11.0), 2: (2.2, 9.0), 3: (1.4, 4.5)},
    "M3": {0: (16.0, 6.0), 1: (7.5, 13.0), 2: (2.0, 7.0)},
    "M4": {0: (10.0, 4.5), 1: (8.0, 31.0), 2: (1.7, 8.0)},
    "M5": {0: (6.0, 9.5), 1: (2.2, 24.0), 2: (1.6, 10.0)},
    "M6": {1: (3.5, 12.0), 2: (2.4, 26.0)},
    "M7": {0: (9.0, 6.5), 1: (3.2, 10.0), 2: (2.0, 7.0), 3: (1.5, 4.0)},
}
EFFECT_OVERRIDE = {
    ("M1", "dispatch-core"): (3.5, 27.0),
    ("M1", "cs-desk"): (1.6, 4.0),
    ("M2", "matchingEngine"): (2.6, 23.0),
    ("M2", "daeriMatch"): (1.8, 8.0),
    ("M3", "driver-settle"): (3.0, 9.0),
    ("M3", "payment-svc"): (7.5, 34.0),
    ("M5", "apigw-kong"): (2.2, 36.0),
    ("M6", "notify-push"): (2.6, 9.0),
    ("M7", "matchingEngine"): (4.0, 29.0),
    ("M7", "gps-ingest"): (2.0, 8.5),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "ip-10-20-9-14", "ip-10-20-9-15", "ip-10-20-11-5", "ip-10-20-11-6", "ip-10-20-11-7", "ip-10-20-13-21",
    "ip-10-20-13-22", "ip-10-20-15-8", "idc-ap01", "idc-ora01", "idc-my01", "idc-iot01", "idc-cti01",
    "jeju-edge-02",
}  # fmt: skip


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "ip-10-20-15-8":  # the InfluxDB shards: compaction is behind, the disk creeps up
        disk0, growth = 58.0, 1.9
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in ("ip-10-20-11-5", "ip-10-20-11-6"):  # the index build and the election
            cpu += 38 * ramp(ts, M1["start"] - timedelta(minutes=10), M1["end"], rise=10, fall=10)
        if name in ("ip-10-20-9-14", "ip-10-20-9-15"):  # EMQX session memory
            mem += (95.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, M2["start"], M2["end"], rise=10, fall=10)
        if name in ("ip-10-20-13-21", "ip-10-20-13-22"):  # GC loops
            cpu += 54 * ramp(ts, M4["start"], M4["end"], rise=5, fall=10)
        if name == "ip-10-20-7-12":  # conntrack full: softirq
            cpu += (96.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, M6["start"], M6["end"], rise=5, fall=10)
        if name in (
            "ip-10-20-5-203",
            "ip-10-20-7-98",
        ):  # matchingEngine's retries while drivers are not found
            cpu += (28 if name == "ip-10-20-5-203" else 14) * ramp(ts, M7["start"], M7["end"], rise=15)
        if name == "idc-ora01":  # the settlement batch
            cpu += 30 * _batch(ts) if seoul_hour(ts) >= 2 and seoul_hour(ts) < 3.7 else 0
        if name == "idc-ap03":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"dx-idc-aws": 2.1, "vpn-jeju": 9.4, "tgw-apne2": 0.6}.get(name, rng.uniform(0.2, 0.9))
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
    used = {"s3-lpr-images": (61, 62), "nas-idc01": (68, 70)}.get(name, (35, 55))
    fill = storage_fill(rng, name, times, START, used, 0.05)
    lat0 = rng.uniform(4, 12) if name.startswith(("s3", "gcs")) else rng.uniform(0.9, 2.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "rider-api": 140.0, "driver-api": 110.0, "dispatch-core": 180.0, "matchingEngine": 95.0, "tripService": 60.0,
    "surge-pricer": 35.0, "fareCalc": 28.0, "couponSvc": 45.0, "authSvc": 30.0, "apigw-kong": 12.0,
    "partner-api": 210.0, "eta-svc": 70.0, "routePlanner": 55.0, "map-tile-svc": 18.0, "placeSearch": 85.0,
    "payment-svc": 260.0, "pg-connector": 420.0, "driver-settle": 150.0, "JEONGSAN_BAT": 520.0,
    "gps-ingest": 8.0, "daeri-api": 150.0, "daeriMatch": 120.0, "kick-api": 130.0, "kickFleet": 75.0,
    "kick-iot-gw-seoul": 240.0, "kick-iot-gw-busan": 260.0, "parking-api": 160.0, "JUCHA_MGMT": 310.0,
    "notify-push": 40.0, "notify-sms": 380.0, "alimtalk-sender": 290.0, "cs-desk": 350.0, "cs-chatbot": 640.0,
    "GISA_MGMT": 450.0, "JEONHWA_HOCHUL": 230.0, "driverOnboarding": 280.0, "jeju-tour-dispatch": 190.0,
    "trip-etl": 45.0, "fraud-detector": 65.0, "taxi-meter-gw": 38.0, "demand-heatmap": 220.0,
    "receipt-svc": 170.0, "lostFound": 240.0, "driver-score": 90.0, "corp-taxi-api": 200.0,
    "kick-rebalance": 760.0, "grafana-obs": 310.0,
    "mysql-dispatch-prd": 2.8, "mysql-pay-prd": 3.4, "mysql-account-prd": 2.1, "mongo-trip-prd": 4.2,
    "mongo-kick-prd": 5.1, "es-poi-prd": 24.0, "influx-gps-prd": 9.5, "ORA_JEONGSAN": 6.8, "JUCHA_DB": 3.9,
    "redis-geo-prd": 0.6, "redis-session-prd": 0.35, "rl-redis": 0.3, "surge-cache": 0.45,
    "kafka-mob": 4.5, "emqx-gps-a": 3.2, "emqx-kick": 4.1, "notify-queue": 11.0,
    "alb-rider-prd": 2.4, "nlb-mqtt-prd": 0.9, "idc-l4-01": 1.3, "cdn-tiles": 14.0,
}  # fmt: skip
REQUEST_RATE = {
    "rider-api": 2600.0, "driver-api": 4100.0, "dispatch-core": 820.0, "matchingEngine": 1900.0,
    "apigw-kong": 9800.0, "eta-svc": 5200.0, "placeSearch": 1400.0, "payment-svc": 310.0, "gps-ingest": 12800.0,
    "daeri-api": 640.0, "kick-api": 380.0, "parking-api": 150.0, "JEONHWA_HOCHUL": 6.5,
    "jeju-tour-dispatch": 14.0, "kafka-mob": 36000.0, "emqx-gps-a": 12800.0, "mysql-dispatch-prd": 7400.0,
    "mysql-pay-prd": 2200.0, "mongo-trip-prd": 3100.0, "redis-geo-prd": 48000.0, "cdn-tiles": 21000.0,
    "lpr-gw-yeoksam": 3.2, "lpr-gw-jamsil": 5.8, "lpr-gw-suwon": 1.6,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search cluster with a memory gauge: (level, swing with load)
    "redis-geo-prd": (57.0, 6.0), "redis-session-prd": (44.0, 8.0), "rl-redis": (49.0, 12.0),
    "surge-cache": (38.0, 6.0), "emqx-gps-a": (41.0, 14.0), "emqx-kick": (36.0, 8.0), "es-poi-prd": (62.0, 5.0),
}  # fmt: skip


def _geo_memory(ts: datetime, base: float, rng: random.Random) -> float:
    """redis-geo-prd: presence keys pile up from Tuesday's change until maxmemory on Friday evening."""
    if ts < GEO_TTL_CHANGE:
        return base
    p = min(1.0, (ts - GEO_TTL_CHANGE).total_seconds() / (M7["start"] - GEO_TTL_CHANGE).total_seconds())
    v = base + (96.4 - base) * p**1.4
    if ts >= M7["start"]:
        v = 98.7 + rng.gauss(0, 0.25)
    return v


def _surge(ts: datetime, d: float, rng: random.Random) -> float:
    """The city-wide mean 탄력요금 multiplier: demand over supply, highest in the rain and the late-night peak."""
    v = 1.0 + max(0.0, d - 0.45) * 1.3 + 0.55 * _rain(ts) + rng.gauss(0, 0.02)
    return round(max(1.0, min(v, 3.0)), 2)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    if kind == "network":
        return _network_metrics(rng, name, times)
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is M2 and name in ("emqx-gps-a", "gps-ingest"):
                req *= 1 - 0.6 * r  # the pings stop arriving
            if inc is M3 and name == "payment-svc":
                req *= 1 - 0.5 * r
            if inc is M7 and name == "matchingEngine":
                req *= 1 + 0.4 * r  # retries of calls that found no driver
        if name == "lpr-gw-suwon":  # a camera dropping out (hardware, no IT fault)
            err += 1.4 * ramp(ts, *LPR_CAM, rise=5, fall=5)
        if name in ("kick-iot-gw-seoul", "kick-iot-gw-busan"):  # the firmware OTA
            err += 1.1 * ramp(ts, *OTA, rise=10, fall=10)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-geo-prd":
                mem = _geo_memory(ts, mem, rng)
            if name == "emqx-gps-a":
                mem += (97.2 + rng.gauss(0, 0.3) - mem) * ramp(ts, M2["start"], M2["end"], rise=5, fall=10)
            if name == "rl-redis":
                mem += (99.1 + rng.gauss(0, 0.2) - mem) * ramp(ts, M5["start"], M5["end"], rise=5, fall=10)
            if name == "es-poi-prd":  # JVM heap
                mem += (97.0 + rng.gauss(0, 0.5) - mem) * ramp(ts, M4["start"], M4["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "surge-pricer":  # drawn but not written: the metric catalog has no surge multiplier, and
            _surge(
                ts, d, rng
            )  # an import rejects a metrics file naming one (kept so the rest stays as checked)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The settlement batch, the InfluxDB compaction, the payout run and the ALB certificate warning."""
    rows = []
    for d in range(1, 12):
        rows.append(
            (d, 2, 0, "JEONGSAN_BAT", "info", "batch_job", "일마감 정산 배치 시작 (JOB_DAILY_SETTLE)")
        )
        rows.append((d, 3, 40, "JEONGSAN_BAT", "info", "batch_job", "일마감 정산 배치 완료"))
        rows.append((d, 4, 0, "influx-gps-prd", "info", "compaction", "TSM compaction 시작 (shard group 7d)"))
        rows.append((d, 10, 0, "driver-settle", "info", "batch_job", "기사 즉시출금/일 정산 지급 실행"))
        left = (datetime(2026, 12, 28) - datetime(2026, 12, d)).days
        rows.append(
            (d, 9, 0, "alb-rider-prd", "warning", "cert_expiry",
             f"ACM certificate api.ongil.kr expires in {left} days (2026-12-28), not eligible for auto renewal")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (2, 10, 15, "rider-api-stg", "info", "deployment", "rider-api-stg 5.15.0-rc1 배포"),
    (2, 15, 40, "surge-pricer", "info", "deployment", "surge-pricer 1.22.3 배포 (격자 H3 res8 전환)"),
    (3, 7, 50, "tripService", "info", "deployment", "tripService 2.31.0 배포 (운행 경로 스냅샷 필드 추가)"),
    (4, 14, 0, "idc-ap03", "info", "maintenance", "idc-ap03 OS 업그레이드 작업 시작 (CentOS 7 → RHEL 8)"),
    (4, 20, 30, "ip-10-20-15-8", "warning", "threshold_breach", "disk_usage above 60% on /var/lib/influxdb"),
    (4, 23, 50, "gps-ingest", "info", "deployment", "gps-ingest 2.8.0 배포 (핑 배치 압축)"),
    (5, 9, 30, "lpr-gw-haeundae", "info", "maintenance", "해운대 마린시티 LPR 카메라 교체 공사 (수동 정산 운영)"),
    (6, 3, 0, "kick-iot-gw-seoul", "info", "firmware", "킥보드 펌웨어 OTA 3.4.1 배포 시작 (11,200대, 단계적)"),
    (6, 4, 30, "kick-iot-gw-seoul", "info", "firmware", "킥보드 펌웨어 OTA 완료 (실패 112대 재시도 예약)"),
    (6, 3, 5, "kick-iot-gw-busan", "info", "firmware", "킥보드 펌웨어 OTA 3.4.1 배포 시작 (5,000대)"),
    (6, 10, 32, "lpr-gw-suwon", "warning", "camera_offline", "수원역 환승 출구 2번 카메라 영상 수신 없음 (PoE)"),
    (6, 13, 8, "lpr-gw-suwon", "info", "recovery", "출구 2번 카메라 PoE 스위치 포트 교체 후 정상"),
    (7, 9, 10, "ip-10-20-15-8", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/influxdb"),
    (7, 16, 0, "kick-api-dev", "info", "deployment", "kick-api-dev 3.3.0-SNAPSHOT 배포"),
    (8, 11, 0, "eta-svc-stg", "info", "deployment", "eta-svc-stg 3.4.0-rc1 배포 (모델 eta-v20)"),
    (9, 13, 50, "surge-pricer", "info", "weather", "기상청 서울/경기 호우주의보 수신, 우천 가중치 활성화"),
    (9, 17, 20, "surge-pricer", "info", "config_change", "우천 시 최대 배수 2.0 → 2.5 (수도권)"),
    (9, 9, 40, "ip-10-20-15-8", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/influxdb"),
    (10, 1, 5, "surge-pricer", "info", "weather", "호우주의보 해제, 우천 가중치 비활성화"),
    (10, 15, 30, "matchingEngine-qa", "info", "deployment", "matchingEngine-qa 3.9.0-beta2 배포 (리플레이 부하시험)"),
    (11, 10, 20, "couponSvc", "info", "deployment", "couponSvc 1.9.12 배포 (연말 프로모션)"),
    (11, 11, 5, "ip-10-20-15-8", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/influxdb"),
    # M1 (Thursday morning rush)
    (3, 8, 4, "mongo-trip-prd", "info", "index_build", "createIndexes trips {driverId:1, endedAt:-1} 시작 (foreground, rolling 아님)"),
    (3, 8, 11, "mongo-trip-prd", "major", "slow_ops", "primary ip-10-20-11-5 WiredTiger cache 95% dirty, slow ops 4,800건"),
    (3, 8, 14, "mongo-trip-prd", "critical", "election", "rs-trip primary stepped down, election term 412, no writable primary 74s"),
    (3, 8, 16, "tripService", "major", "error", "MongoWriteConcernException: waiting for replication timed out (w: majority)"),
    (3, 8, 21, "dispatch-core", "critical", "error", "배차 확정 실패율 31% (trip 저장 타임아웃), 호출 재시도 폭증"),
    (3, 8, 23, "driver-api", "major", "error", "콜 수락 응답 지연 (운행 생성 실패)"),
    (3, 8, 26, "rider-api", "warning", "error", "호출 요청 5xx 증가"),
    (3, 8, 30, "cs-desk", "warning", "error", "운행 이력 조회 타임아웃"),
    (3, 8, 52, "mongo-trip-prd", "info", "config_change", "인덱스 빌드 중단, hidden secondary 에서 롤링 빌드로 전환"),
    (3, 9, 8, "dispatch-core", "info", "recovery", "배차 성공률 정상 (98.9%)"),
    # M2 (Saturday small hours, late-night taxi peak)
    (5, 1, 12, "emqx-gps-a", "warning", "memory", "node emqx@10.20.9.14 process memory 88%, inflight 메시지 적체"),
    (5, 1, 21, "emqx-gps-a", "critical", "memory", "session memory exhausted, new CONNECT refused (olp: overload protection)"),
    (5, 1, 24, "emqx-gps-a", "major", "connection", "MQTT 연결 11,240건 끊김 (keepalive timeout), 재접속 폭주"),
    (5, 1, 27, "gps-ingest", "major", "lag", "GPS 수신량 62% 감소, 위치 신선도 p95 94s"),
    (5, 1, 33, "matchingEngine", "critical", "error", "stale 위치 기반 매칭, 배차 후 기사 도착 불가 취소 급증"),
    (5, 1, 36, "daeriMatch", "warning", "error", "대리기사 위치 갱신 지연"),
    (5, 1, 38, "dispatch-core", "major", "error", "배차 취소율 18%"),
    (5, 2, 1, "emqx-gps-a", "info", "config_change", "session_expiry_interval 2h → 10m, node 1 재기동"),
    (5, 2, 20, "gps-ingest", "info", "recovery", "GPS 수신량 정상"),
    # M3 (Monday lunch)
    (7, 11, 20, "payment-svc", "info", "deployment", "payment-svc 6.0.8 배포 (간편결제 수단 추가)"),
    (7, 11, 38, "mysql-pay-prd", "info", "ddl", "gh-ost 대신 ALGORITHM=INPLACE 로 ALTER TABLE payment_tx ADD COLUMN 실행"),
    (7, 11, 42, "mysql-pay-prd", "major", "lock_wait", "Waiting for table metadata lock: 1,830 sessions (payment_tx)"),
    (7, 11, 47, "payment-svc", "critical", "error", "결제 승인 트랜잭션 타임아웃 (HikariPool connection timeout)"),
    (7, 11, 49, "driver-settle", "major", "error", "정산 내역 적재 실패"),
    (7, 11, 53, "rider-api", "major", "error", "하차 자동결제 실패 증가"),
    (7, 11, 54, "kick-api", "warning", "error", "반납 결제 실패"),
    (7, 11, 55, "parking-api", "warning", "error", "출차 자동결제 실패, 차단기 수동 개방"),
    (7, 12, 28, "mysql-pay-prd", "info", "config_change", "ALTER 세션 KILL, lock 해제 (gh-ost 로 재예약)"),
    (7, 12, 40, "payment-svc", "info", "recovery", "결제 승인 정상"),
    # M4 (Tuesday afternoon)
    (8, 13, 55, "placeSearch", "info", "deployment", "placeSearch 4.1.3 배포 (자동완성 가중치 조정)"),
    (8, 14, 2, "es-poi-prd", "info", "reindex", "poi_v42 → poi_v43 reindex 시작 (nested 필드 추가)"),
    (8, 14, 12, "es-poi-prd", "major", "gc", "[gc][old] duration 14.2s, heap 97% (data node 1)"),
    (8, 14, 15, "es-poi-prd", "critical", "gc", "circuit_breaking_exception: [parent] Data too large, search thread pool rejected"),
    (8, 14, 18, "placeSearch", "critical", "error", "POI 검색 타임아웃 41%, 자동완성 불가"),
    (8, 14, 22, "rider-api", "warning", "error", "목적지 검색 실패"),
    (8, 14, 24, "daeri-api", "warning", "error", "도착지 주소 검색 실패"),
    (8, 14, 58, "es-poi-prd", "info", "config_change", "reindex 중단, alias poi → poi_v42 유지, 캐시 정리"),
    (8, 15, 10, "placeSearch", "info", "recovery", "검색 정상"),
    # M5 (rainy Wednesday evening)
    (9, 17, 55, "rl-redis", "info", "config_change", "rate-limiting 플러그인 policy=redis, limit_by=header(X-Device-Id) 추가"),
    (9, 18, 27, "rl-redis", "warning", "memory", "used_memory 5.7G / maxmemory 6G"),
    (9, 18, 31, "rl-redis", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory'"),
    (9, 18, 33, "apigw-kong", "critical", "error", "rate-limiting 플러그인 오류로 HTTP 500 (전체 라우트), 5xx 38%"),
    (9, 18, 38, "jeju-tour-dispatch", "major", "error", "중앙 API 호출 실패 (500)"),
    (9, 18, 40, "partner-api", "major", "error", "파트너 호출 접수 실패"),
    (9, 19, 18, "rl-redis", "info", "config_change", "노드 타입 cache.m6g.large → cache.r7g.xlarge 스케일업"),
    (9, 19, 30, "apigw-kong", "info", "recovery", "5xx 정상"),
    # M6 (Thursday night, 대리운전 peak)
    (10, 22, 30, "daeri-api", "info", "deployment", "daeri-api 2.17.4 배포 (경유지 요금 표시)"),
    (10, 22, 49, "ip-10-20-7-12", "major", "conntrack", "nf_conntrack: nf_conntrack: table full, dropping packet"),
    (10, 22, 53, "ip-10-20-7-12", "major", "network", "ENA: packets dropped (conntrack_allowance_exceeded)"),
    (10, 22, 57, "daeriMatch", "major", "error", "DB/Kafka 연결 타임아웃, 대리 배차 지연"),
    (10, 22, 58, "notify-push", "warning", "error", "FCM 연결 실패, 푸시 발송 지연"),
    (10, 23, 3, "daeri-api", "critical", "error", "대리 호출 실패 27% (배차 응답 없음)"),
    (10, 23, 38, "ip-10-20-7-12", "info", "config_change", "노드 cordon/drain, 파드 재스케줄 (nf_conntrack_max 상향 예정)"),
    (10, 23, 50, "daeri-api", "info", "recovery", "대리 호출 정상"),
    # M7 (Friday evening rush, ongoing)
    (8, 16, 20, "redis-geo-prd", "info", "config_change", "driver presence 키 구조 변경 (hash per driver, EXPIRE 누락)"),
    (11, 16, 40, "redis-geo-prd", "warning", "memory", "used_memory 24.6G / maxmemory 26G (94%)"),
    (11, 17, 40, "rider-api", "info", "deployment", "rider-api 5.14.2 배포 (연말 프로모션 배너)"),
    (11, 18, 6, "redis-geo-prd", "critical", "memory", "maxmemory reached, evicted_keys 182,000/min (allkeys-lru), latency 640 ms"),
    (11, 18, 11, "matchingEngine", "critical", "error", "GEOSEARCH 결과 없음/타임아웃, '주변에 배차 가능한 차량 없음' 급증"),
    (11, 18, 13, "gps-ingest", "major", "error", "지오인덱스 GEOADD 실패 (OOM, evicted)"),
    (11, 18, 19, "dispatch-core", "major", "error", "배차 실패율 24%"),
    (11, 18, 23, "rider-api", "warning", "error", "호출 실패 응답 증가"),
    (11, 18, 24, "driver-api", "warning", "error", "콜 수신 감소 문의 급증"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


# the platform's CI types have no network device and no CDN: written as a host (as the other estates
# write their switches) and a load balancer (an edge proxy); generated as their own kind, so the series
# stay as they were checked
WRITTEN_TYPES = {"network": "host", "cdn": "load_balancer"}


def _write_platform_types() -> None:
    path = FIXTURES / NAME / "cis.csv"
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        row[1] = WRITTEN_TYPES.get(row[1], row[1])
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


def main() -> None:
    events = dated(kst, BACKGROUND + _daily_rows())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "mobility-platform", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()
    _write_platform_types()


if __name__ == "__main__":
    main()
