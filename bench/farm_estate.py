"""Generate the smart-farm estate (tests/fixtures/smartfarm-kr/, interchange format) and its faults file.

A Korean smart-farm agritech company (들녘팜, deulfarm.kr) running connected greenhouses at three complexes —
경북 상주 (샤인머스캣, 토마토), 전남 나주 (파프리카) and 충남 논산 (딸기): one sensor gateway per greenhouse block (동)
streams temperature / humidity / CO2 / EC-pH telemetry over MQTT to the site broker (`mosq-sj`, `mosq-nj`,
`mosq-ns`, Mosquitto bridges on the site controller server) and on to the cloud broker `emqx-farm` (behind
`nlb-mqtt`); the site's irrigation (관수, `guansu-*`) and nutrient dosing (양액, `yangaek-*`) controllers take their
setpoints from `cmd-dispatch`; in Naver Cloud (`ncloud-kr`) `mqtt-ingest` and `tele-rollup` write the telemetry to
the TimescaleDB `tsdb-sensor` and Kafka `kafka-farm`, the crop-growth ML inference `soman` (features in
`redis-feature`, models in `obj-model`) and its trainer, the weather-API ingest `gogu` (기상청 단기예보),
the farmer mobile app (`nongbu-bff`, `nongbu-auth`, notifications `alimi` over `rmq-alimi`), the farm API and
admin console, crop-camera disease detection `byeonghae-cam`, gateway firmware OTA `firmware-ota`, the dawn
harvest batch `mangjong_bat` (수확량 집계, 출하 계획), the produce marketplace `ipchu-market` / `market-web` with
the live 경매 engine `gyeongmae-live` (`redis-auction`), payments `pay-gw`, the 가락시장 price collector
`sise-collector`, cold-chain logistics tracking `chuseo` and the reefer-truck telemetry `coldtrack-ingest` on
MongoDB `mongo-coldchain`; and in the 대전IDC colocation the legacy auction settlement — the nightly batch
`kmae_jeongsan` and `jeongsan-api` on CUBRID `cubrid_jeongsan`, settlement files on `nas-djn01`.
Sites 상주스마트팜, 나주스마트팜, 논산스마트팜, ncloud-kr and 대전IDC; environments prod, stg, qa, dev (stg and qa are
both staging); owners are teams with Korean and English names mixed.

Naming (unlike the earlier estates): product code names from the 24 solar terms (절기) — `gogu` 곡우 (the weather
ingest), `soman` 소만 (crop growth ML), `mangjong_bat` 망종 (the harvest batch), `ipchu` 입추 (the market), `chuseo`
처서 (cold chain); romanised Korean words (`nongbu` 농부, `guansu` 관수, `yangaek` 양액, `alimi` 알리미, `byeonghae`
병해, `sise` 시세, `gyeongmae` 경매); greenhouse gateways named by site and block (`gw-sj-03dong`: 상주 3동), site
controller servers (`sj-ctl-01`), NKS worker nodes (`farmk8s-w04`), rack-unit names in the IDC (`djn-r04u12`),
and legacy snake_case in the IDC (`kmae_jeongsan`, `cubrid_jeongsan`).

Seven injected incidents (times KST; now = Tuesday 2027-05-18 05:50, in the dawn rush: the sunrise irrigation,
the 새벽 경매, the harvest batch and the reefer trucks leaving; the window is the 10 days before):
  F1 Mon 10 10:05–11:00  emqx-farm saturates when the firmware-OTA'd gateways all reconnect at once (connection
                         rate limit, session takeover): mqtt-ingest (loudest), cmd-dispatch, firmware-ota (2.4.0
                         deployed at 09:40) and farm-api
  F2 Tue 11 22:10–23:05  (night) nas-djn01's NFS stalls under the inline dedupe job moved to 22:00 that afternoon:
                         the nightly settlement kmae_jeongsan hangs writing settlement files (loudest, deployed at
                         21:30), jeongsan-api times out
  F3 Wed 12 04:40–05:35  (dawn) tsdb-sensor's compression job, rescheduled to 04:30 on Tuesday, holds chunk locks
                         during the harvest batch: mangjong_bat (loudest, deployed at 04:10), mqtt-ingest, soman,
                         farm-api, nongbu-bff
  F4 Thu 13 11:40–12:35  (midday) redis-feature reaches maxmemory (feature TTL raised to 72 h on Wednesday) and
                         evicts: soman (loudest, 3.2.0 deployed at 11:15), cmd-dispatch, nongbu-bff
  F5 Sat 15 05:10–06:05  (weekend dawn auction) redis-auction's single thread is blocked by a KEYS scan of the
                         낙찰 reconciliation cron added Friday: gyeongmae-live (loudest, deployed at 04:40),
                         ipchu-market, market-web
  F6 Sun 16 14:20–15:15  (weekend afternoon, 폭염주의보) sj-ctl-01 runs out of memory (the camera sync agent
                         updated Friday leaks): guansu-sj (loudest; misting interval changed at 13:50), yangaek-sj,
                         mosq-sj
  F7 Tue 18 05:15–now    (dawn) mongo-coldchain's writes with majority write concern time out (the secondary on
                         mongo-vm03 was downsized on Friday and lags): chuseo (loudest, deployed at 04:50),
                         coldtrack-ingest, ipchu-market (ongoing)
Confounders: the sunrise irrigation and midday misting, the farmer app's dawn and evening use, the dawn auction
(no auction on Sundays), the dawn reefer-truck departures, the 3-hourly 단기예보 ingest, the dawn harvest batch
(04:30) and the nightly settlement batch (22:00); deploys or changes on victims before every incident; a second
firmware OTA wave on Thursday night, the 폭염주의보 on Sunday, `sj-ctl-02` and `djn-r07u02` in maintenance, the
retired `nongbu-web-old`, the log host `djn-r02u33`'s disk creeping up and the nlb-mqtt certificate expiring on
2027-05-24 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/farm_golden.py) are computed from the files.

    .venv/bin/python bench/farm_estate.py   # rewrites tests/fixtures/smartfarm-kr*
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

NAME = "smartfarm-kr"
NOW = datetime(2027, 5, 17, 20, 50, tzinfo=UTC)  # Tuesday 2027-05-18 05:50 KST
START = NOW - timedelta(days=10)  # Saturday 2027-05-08 05:50 KST
SEED = 20270518
SITES = {"S": "상주스마트팜", "N": "나주스마트팜", "L": "논산스마트팜", "C": "ncloud-kr", "D": "대전IDC"}
ENVS = {"P": "prod", "S": "stg", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2027-05")

PLATFORM, EDGE, AI, APP = "스마트팜플랫폼팀", "edge-iot", "작물AI랩", "farmer-app"
MARKET, SETTLE, LOGI, SRE = "market-dev", "경매정산팀", "콜드체인물류팀", "sre-farm"
DBA, DATA, FIELD, NET = "DB운영팀", "data-eng", "현장운영팀", "infra-net"
SEC, LEGACY = "보안팀", "레거시운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- farmer app
    "nongbu-bff": ("service", APP, "C", "P", ["farmk8s-w01", "farmk8s-w02"],
                   ["nongbu-auth", "farm-api", "soman", "gogu", "alimi", "ipchu-market", "redis-sess"],
                   {"desc": "농부앱 BFF (iOS/Android, 하우스 현황, 원격 제어, 출하 등록)", "namespace": "farm/app",
                    "lang": "kotlin", "version": "6.12.0", "replicas": 12, "port": 8080}),
    "nongbu-auth": ("service", APP, "C", "P", ["farmk8s-w01"], ["pg-member", "redis-sess"],
                    {"desc": "농부앱 로그인 (카카오, 네이버, 휴대폰 본인인증)", "namespace": "farm/app",
                     "lang": "kotlin", "version": "3.4.1", "replicas": 6, "token_ttl_min": 120}),
    "alimi": ("service", APP, "C", "P", ["farmk8s-w05"], ["rmq-alimi", "pg-member"],
              {"desc": "알림 발송 (푸시, 카카오 알림톡, 문자) — 고온/저온 경보, 관수 이상", "namespace": "farm/app",
               "lang": "go", "version": "2.9.3", "replicas": 4, "channels": "FCM, APNs, 카카오 알림톡, SMS"}),
    # ---------------------------------------------------------------- farm platform (telemetry, control)
    "farm-api": ("service", PLATFORM, "C", "P", ["farmk8s-w02", "farmk8s-w03"],
                 ["tsdb-sensor", "pg-farm", "cmd-dispatch", "kafka-farm"],
                 {"desc": "하우스 현황/제어 API (센서 조회, 설정값 변경)", "namespace": "farm/platform",
                  "lang": "java", "framework": "Spring Boot 3.2", "version": "8.3.2", "replicas": 10, "port": 8080}),
    "mqtt-ingest": ("service", PLATFORM, "C", "P", ["farmk8s-w03", "farmk8s-w04"],
                    ["emqx-farm", "kafka-farm", "tsdb-sensor"],
                    {"desc": "센서 텔레메트리 수집 (MQTT → Kafka, TimescaleDB)", "namespace": "farm/ingest",
                     "lang": "go", "version": "4.1.0", "replicas": 8, "topics": "farm/+/+/telemetry",
                     "qos": 1}),
    "tele-rollup": ("service", PLATFORM, "C", "P", ["farmk8s-w04"], ["kafka-farm", "tsdb-sensor"],
                    {"desc": "텔레메트리 다운샘플링 (1분/1시간 집계)", "namespace": "farm/ingest", "lang": "go",
                     "version": "1.6.2", "replicas": 3}),
    "cmd-dispatch": ("service", PLATFORM, "C", "P", ["farmk8s-w03"], ["emqx-farm", "pg-farm", "soman"],
                     {"desc": "제어 명령 전달 (관수/양액/환기 설정값 → 현장 컨트롤러)", "namespace": "farm/control",
                      "lang": "go", "version": "2.2.7", "replicas": 4, "ack_timeout_s": 15}),
    "firmware-ota": ("service", EDGE, "C", "P", ["farmk8s-w04"], ["obj-firmware", "emqx-farm", "pg-farm"],
                     {"desc": "게이트웨이 펌웨어 OTA (웨이브 배포)", "namespace": "farm/edge", "lang": "go",
                      "version": "2.4.0", "replicas": 2, "wave_size": 8}),
    "admin-console": ("service", PLATFORM, "C", "P", ["farmk8s-w05"], ["farm-api", "pg-farm", "pg-member"],
                      {"desc": "운영 콘솔 (농가 관리, 하우스 등록, 장비 이력)", "namespace": "farm/admin",
                       "lang": "typescript", "framework": "Next.js 14", "version": "2.18.0", "replicas": 2}),
    "report-gen": ("service", DATA, "C", "P", ["farmk8s-w08"], ["pg-farm", "tsdb-sensor", "obj-report"],
                   {"desc": "영농일지/생육 리포트 PDF 생성", "namespace": "farm/data", "lang": "python",
                    "version": "1.9.0", "replicas": 2, "schedule": "매일 06:30"}),
    "observ-farm": ("service", SRE, "C", "P", ["farmk8s-w05"], [],
                    {"desc": "관측 (메트릭, 로그, 알림)", "namespace": "farm/observability",
                     "product": "Prometheus 2.51 + Loki 2.9 + Grafana 10.4", "replicas": 3}),
    # ---------------------------------------------------------------- crop AI, weather
    "soman": ("service", AI, "C", "P", ["gpu-infer-01"], ["redis-feature", "tsdb-sensor", "obj-model", "gogu"],
              {"desc": "생육 예측/최적 설정값 추론 (소만)", "lang": "python", "framework": "Triton 24.03",
               "version": "3.2.0", "model": "growth-v3.2 (LightGBM + TFT)", "replicas": 4, "gpu": "NVIDIA L4",
               "port": 8000}),
    "soman-train": ("service", AI, "C", "P", ["gpu-infer-01"], ["obj-model", "tsdb-sensor"],
                    {"desc": "생육 모델 학습 파이프라인 (주간 재학습)", "lang": "python", "version": "1.4.0",
                     "schedule": "매주 일요일 01:00"}),
    "byeonghae-cam": ("service", AI, "C", "P", ["gpu-infer-01"], ["obj-cropimg", "pg-farm"],
                      {"desc": "작물 카메라 병해충 탐지 (잿빛곰팡이병, 흰가루병, 총채벌레)", "lang": "python",
                       "model": "YOLOv8-l pest-v7", "version": "0.11.2", "replicas": 2}),
    "gogu": ("service", DATA, "C", "P", ["farmk8s-w05"], ["pg-farm", "kafka-farm"],
             {"desc": "기상 데이터 수집 (기상청 단기예보 API, 일사량, 특보)", "namespace": "farm/data",
              "lang": "python", "version": "2.3.0", "replicas": 2, "api": "기상청 단기예보 조회서비스 2.0",
              "schedule": "02/05/08/11/14/17/20/23시 10분"}),
    "mangjong_bat": ("service", DATA, "C", "P", ["farmk8s-w08"], ["tsdb-sensor", "pg-farm", "mysql-market", "soman"],
                     {"desc": "새벽 수확량 집계/출하 계획 배치 (망종)", "namespace": "farm/batch", "lang": "python",
                      "product": "Airflow 2.8 DAG harvest_daily", "version": "5.1.0", "schedule": "매일 04:30",
                      "farms": 214}),
    # ---------------------------------------------------------------- marketplace, auction, logistics
    "ipchu-market": ("service", MARKET, "C", "P", ["farmk8s-w06", "farmk8s-w07"],
                     ["mysql-market", "redis-market", "gyeongmae-live", "chuseo", "pay-gw"],
                     {"desc": "농산물 거래 장터 API (입추: 상품, 주문, 출하)", "namespace": "market/api",
                      "lang": "java", "framework": "Spring Boot 3.2", "version": "5.7.4", "replicas": 10,
                      "port": 8080}),
    "market-web": ("service", MARKET, "C", "P", ["farmk8s-w06"], ["ipchu-market"],
                   {"desc": "구매자 웹 (도매상, 급식업체)", "namespace": "market/web", "lang": "typescript",
                    "framework": "Next.js 14", "version": "3.3.1", "replicas": 6}),
    "gyeongmae-live": ("service", MARKET, "C", "P", ["farmk8s-w07"], ["redis-auction", "mysql-market", "kafka-farm"],
                       {"desc": "실시간 경매 엔진 (새벽경매 입찰/낙찰)", "namespace": "market/auction", "lang": "go",
                        "version": "7.0.1", "replicas": 6, "auction_open": "05:00", "auction_close": "07:00",
                        "port": 9090}),
    "pay-gw": ("service", MARKET, "C", "P", ["farmk8s-w07"], ["mysql-market"],
               {"desc": "결제 (가상계좌, 법인카드, 토스페이먼츠)", "namespace": "market/pay", "lang": "java",
                "version": "2.5.0", "replicas": 3, "pg_provider": "토스페이먼츠"}),
    "sise-collector": ("service", DATA, "C", "P", ["farmk8s-w08"], ["mysql-market", "kafka-farm"],
                       {"desc": "가락시장 경락가 시세 수집", "namespace": "market/data", "lang": "python",
                        "version": "1.2.5", "replicas": 1, "source": "aT 농산물유통정보 KAMIS API"}),
    "chuseo": ("service", LOGI, "C", "P", ["farmk8s-w06"], ["mongo-coldchain", "kafka-farm"],
               {"desc": "콜드체인 배송 추적 (처서: 냉장차 위치, 온도 이력, 도착 ETA)", "namespace": "logi/track",
                "lang": "kotlin", "version": "4.6.0", "replicas": 6, "trucks": 86}),
    "coldtrack-ingest": ("service", LOGI, "C", "P", ["farmk8s-w08"], ["mongo-coldchain", "kafka-farm"],
                         {"desc": "냉장차 온도/위치 텔레메트리 수집 (LTE 단말)", "namespace": "logi/ingest",
                          "lang": "go", "version": "1.8.3", "replicas": 4, "report_interval_s": 30}),
    # ---------------------------------------------------------------- auction settlement (대전IDC, legacy)
    "kmae_jeongsan": ("service", SETTLE, "D", "P", ["djn-r04u14"], ["cubrid_jeongsan", "nas-djn01", "mysql-market"],
                      {"desc": "경매 정산 야간 배치 (낙찰대금, 수수료, 출하주 지급)", "product": "Spring Batch 4.3",
                       "jdk": "OpenJDK 11", "version": "3.8.2", "schedule": "매일 22:00", "shippers": 1830}),
    "jeongsan-api": ("service", SETTLE, "D", "P", ["djn-r04u14"], ["cubrid_jeongsan", "nas-djn01"],
                     {"desc": "정산 조회 API (정산서 PDF, 지급 내역)", "product": "Spring Boot 2.7",
                      "jdk": "OpenJDK 11", "version": "1.21.0", "port": 8443}),
    # ---------------------------------------------------------------- site controllers
    "guansu-sj": ("service", FIELD, "S", "P", ["sj-ctl-01"], ["mosq-sj"],
                  {"desc": "상주 관수 컨트롤러 (점적관수, 미스트)", "product": "Node-RED 3.1 + 자체 PLC 드라이버",
                   "version": "1.14.0", "zones": 24, "misting_interval_min": 10}),
    "yangaek-sj": ("service", FIELD, "S", "P", ["sj-ctl-01"], ["mosq-sj"],
                   {"desc": "상주 양액 공급기 제어 (EC/pH)", "product": "Priva Connext 어댑터", "version": "2.0.3",
                    "target_ec": 2.2, "target_ph": 6.0}),
    "guansu-nj": ("service", FIELD, "N", "P", ["nj-ctl-01"], ["mosq-nj"],
                  {"desc": "나주 관수 컨트롤러", "product": "Node-RED 3.1 + 자체 PLC 드라이버", "version": "1.14.0",
                   "zones": 18, "misting_interval_min": 30}),
    "yangaek-nj": ("service", FIELD, "N", "P", ["nj-ctl-01"], ["mosq-nj"],
                   {"desc": "나주 양액 공급기 제어 (파프리카)", "product": "Priva Connext 어댑터", "version": "2.0.3",
                    "target_ec": 2.6, "target_ph": 5.8}),
    "guansu-ns": ("service", FIELD, "L", "P", ["ns-ctl-01"], ["mosq-ns"],
                  {"desc": "논산 관수 컨트롤러 (딸기 고설재배)", "product": "Node-RED 3.1 + 자체 PLC 드라이버",
                   "version": "1.13.2", "zones": 16, "misting_interval_min": 20}),
    "yangaek-ns": ("service", FIELD, "L", "P", ["ns-ctl-01"], ["mosq-ns"],
                   {"desc": "논산 양액 공급기 제어 (딸기)", "product": "그린씨에스 양액기 어댑터", "version": "1.7.1",
                    "target_ec": 1.2, "target_ph": 5.8}),
    # ---------------------------------------------------------------- staging, qa, dev, retired
    "nongbu-bff-stg": ("service", APP, "C", "S", ["farmk8s-s01"], ["farm-api-stg"],
                       {"desc": "농부앱 BFF (스테이징)", "namespace": "farm-stg/app", "version": "6.13.0-rc2",
                        "replicas": 2}),
    "farm-api-stg": ("service", PLATFORM, "C", "S", ["farmk8s-s01"], ["pg-farm-stg"],
                     {"desc": "하우스 현황/제어 API (스테이징)", "namespace": "farm-stg/platform",
                      "version": "8.4.0-rc1", "replicas": 2}),
    "gyeongmae-live-stg": ("service", MARKET, "C", "S", ["farmk8s-s02"], ["redis-auction-stg", "mysql-market-stg"],
                           {"desc": "경매 엔진 (스테이징)", "namespace": "market-stg/auction", "version": "7.1.0-rc1",
                            "replicas": 2}),
    "soman-stg": ("service", AI, "C", "S", ["farmk8s-s02"], [],
                  {"desc": "생육 추론 (스테이징)", "version": "3.3.0-rc1", "model": "growth-v3.3-rc"}),
    "mqtt-ingest-qa": ("service", PLATFORM, "C", "Q", ["farmk8s-s02"], ["emqx-stg"],
                       {"desc": "텔레메트리 수집 (QA, 가상 센서 부하)", "namespace": "farm-qa/ingest",
                        "version": "4.2.0-beta1", "replicas": 1}),
    "ipchu-market-qa": ("service", MARKET, "C", "Q", ["farmk8s-s01"], ["mysql-market-stg"],
                        {"desc": "장터 API (QA)", "namespace": "market-qa/api", "version": "5.8.0-beta3",
                         "replicas": 1}),
    "gogu-dev": ("service", DATA, "C", "D", ["farmk8s-d01"], [],
                 {"desc": "기상 수집 (개발)", "version": "2.4.0-SNAPSHOT", "replicas": 1}),
    "soman-dev": ("service", AI, "C", "D", ["farmk8s-d01"], [],
                  {"desc": "생육 추론 (개발)", "version": "3.4.0-SNAPSHOT", "replicas": 1}),
    "nongbu-web-old": ("service", APP, "D", "P", [], [],
                       {"desc": "구 농부 웹 (2025년 농부앱으로 대체)", "version": "1.8.7",
                        "decommissioned": "2025-12-15"}),
    # ---------------------------------------------------------------- databases
    "tsdb-sensor": ("database", DBA, "C", "P", ["tsdb-vm01", "tsdb-vm02"], [],
                    {"engine": "timescaledb", "version": "TimescaleDB 2.14 (PostgreSQL 15)", "port": 5432,
                     "hypertables": 38, "size_tb": 6.4, "compression_after": "7 days",
                     "desc": "센서 시계열 (온도, 습도, CO2, EC/pH, 일사량)"}),
    "pg-farm": ("database", DBA, "C", "P", [], [],
                {"engine": "postgresql", "product": "Cloud DB for PostgreSQL 14", "spec": "16vCPU/64GB",
                 "port": 5432, "desc": "농가, 하우스, 장비, 설정값 이력"}),
    "pg-member": ("database", DBA, "C", "P", [], [],
                  {"engine": "postgresql", "product": "Cloud DB for PostgreSQL 14", "spec": "8vCPU/32GB",
                   "port": 5432, "desc": "회원 (농가, 구매자), 알림 수신 설정"}),
    "mysql-market": ("database", DBA, "C", "P", [], [],
                     {"engine": "mysql", "product": "Cloud DB for MySQL 8.0", "spec": "16vCPU/64GB", "replicas": 2,
                      "port": 3306, "desc": "상품, 주문, 경매 입찰/낙찰"}),
    "mongo-coldchain": ("database", LOGI, "C", "P", ["mongo-vm01", "mongo-vm02", "mongo-vm03"], [],
                        {"engine": "mongodb", "version": "7.0.8", "replica_set": "rs-cold", "members": 3,
                         "write_concern": "majority", "port": 27017, "size_gb": 920,
                         "desc": "냉장차 온도/위치 이력, 배송 건"}),
    "cubrid_jeongsan": ("database", DBA, "D", "P", ["djn-r04u12"], [],
                        {"engine": "cubrid", "version": "CUBRID 11.2", "port": 33000, "db_name": "KMAEDB",
                         "size_tb": 1.3, "desc": "레거시 경매 정산 DB"}),
    "pg-farm-stg": ("database", DBA, "C", "S", [], [],
                    {"engine": "postgresql", "product": "Cloud DB for PostgreSQL 14", "spec": "4vCPU/16GB",
                     "port": 5432}),
    "mysql-market-stg": ("database", DBA, "C", "S", [], [],
                         {"engine": "mysql", "product": "Cloud DB for MySQL 8.0", "spec": "4vCPU/16GB",
                          "port": 3306}),
    # ---------------------------------------------------------------- caches, queues
    "redis-sess": ("cache", APP, "C", "P", [], [],
                   {"engine": "redis", "product": "Cloud DB for Redis 7.0", "maxmemory_gb": 8, "port": 6379,
                    "desc": "농부앱 세션"}),
    "redis-feature": ("cache", AI, "C", "P", [], [],
                      {"engine": "redis", "product": "Cloud DB for Redis 7.0", "maxmemory_gb": 32,
                       "eviction_policy": "allkeys-lru", "feature_ttl_h": 72, "port": 6379,
                       "desc": "생육 모델 피처 스토어 (하우스별 최근 센서 피처)"}),
    "redis-auction": ("cache", MARKET, "C", "P", [], [],
                      {"engine": "redis", "product": "Cloud DB for Redis 7.0", "maxmemory_gb": 16, "port": 6379,
                       "desc": "경매 입찰 순위 (sorted set), 낙찰 락"}),
    "redis-market": ("cache", MARKET, "C", "P", [], [],
                     {"engine": "redis", "product": "Cloud DB for Redis 7.0", "maxmemory_gb": 8, "port": 6379,
                      "desc": "상품 목록 캐시"}),
    "redis-auction-stg": ("cache", MARKET, "C", "S", [], [],
                          {"engine": "redis", "product": "Cloud DB for Redis 7.0", "maxmemory_gb": 2, "port": 6379}),
    "emqx-farm": ("queue", EDGE, "C", "P", ["vm-mq-01", "vm-mq-02", "vm-mq-03"], [],
                  {"product": "EMQX 5.6 Enterprise", "nodes": 3, "max_conn_rate": "500/s", "port": 8883,
                   "gateways": 1340, "desc": "클라우드 MQTT 브로커 (현장 브리지, 게이트웨이, 명령)"}),
    "kafka-farm": ("queue", DATA, "C", "P", [], [],
                   {"product": "Cloud Data Streaming Service (Kafka 3.5)", "brokers": 3, "topics": 64,
                    "port": 9092, "desc": "텔레메트리, 경매, 배송 이벤트 스트림"}),
    "rmq-alimi": ("queue", APP, "C", "P", [], [],
                  {"product": "RabbitMQ 3.12", "nodes": 1, "port": 5672, "desc": "알림 발송 큐"}),
    "mosq-sj": ("queue", EDGE, "S", "P", ["sj-ctl-01"], ["emqx-farm"],
                {"product": "Mosquitto 2.0.18 (bridge)", "port": 1883, "gateways": 4,
                 "desc": "상주 현장 MQTT 브로커 (클라우드 브리지)"}),
    "mosq-nj": ("queue", EDGE, "N", "P", ["nj-ctl-01"], ["emqx-farm"],
                {"product": "Mosquitto 2.0.18 (bridge)", "port": 1883, "gateways": 3,
                 "desc": "나주 현장 MQTT 브로커"}),
    "mosq-ns": ("queue", EDGE, "L", "P", ["ns-ctl-01"], ["emqx-farm"],
                {"product": "Mosquitto 2.0.18 (bridge)", "port": 1883, "gateways": 3,
                 "desc": "논산 현장 MQTT 브로커"}),
    "emqx-stg": ("queue", EDGE, "C", "S", ["farmk8s-s02"], [],
                 {"product": "EMQX 5.6", "nodes": 1, "port": 8883}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-nongbu": ("C", SRE, ["nongbu-bff", "nongbu-auth"],
                  {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "app-api.deulfarm.kr",
                   "cert_expiry": "2027-11-30", "cert_issuer": "Let's Encrypt (자동 갱신)"}),
    "lb-market": ("C", MARKET, ["ipchu-market", "market-web", "gyeongmae-live"],
                  {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "market.deulfarm.kr",
                   "cert_expiry": "2028-01-14", "waf": "NAVER Cloud WAF"}),
    "nlb-mqtt": ("C", EDGE, ["emqx-farm"],
                 {"vendor": "NAVER Cloud", "model": "Network Load Balancer", "endpoint": "mqtt.deulfarm.kr",
                  "port": 8883, "cert_expiry": "2027-05-24", "cert_issuer": "Sectigo (수동 갱신, 게이트웨이 핀닝)"}),
    "l4-djn": ("D", NET, ["jeongsan-api", "kmae_jeongsan"],
               {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "172.30.8.20", "firmware": "2.3.7"}),
    "cdn-market": ("C", MARKET, ["market-web"],
                   {"vendor": "NAVER Cloud", "model": "Global CDN+", "endpoint": "static.deulfarm.kr",
                    "cache_hit_target": 0.95}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "obj-model": ("C", AI, {"vendor": "NAVER Cloud", "model": "Object Storage", "capacity_tb": 40,
                            "bucket": "deulfarm-ml-models", "desc": "생육 모델 아티팩트"}, []),
    "obj-firmware": ("C", EDGE, {"vendor": "NAVER Cloud", "model": "Object Storage", "capacity_tb": 5,
                                 "bucket": "deulfarm-gw-firmware", "desc": "게이트웨이 펌웨어 이미지"}, []),
    "obj-report": ("C", DATA, {"vendor": "NAVER Cloud", "model": "Object Storage", "capacity_tb": 20,
                               "bucket": "deulfarm-reports", "desc": "영농일지/생육 리포트"}, []),
    "obj-cropimg": ("C", AI, {"vendor": "NAVER Cloud", "model": "Object Storage (Archive)", "capacity_tb": 180,
                              "bucket": "deulfarm-crop-images", "desc": "작물 카메라 이미지"}, []),
    "nas-djn01": ("D", LEGACY, {"vendor": "Synology", "model": "RS3621xs+", "capacity_tb": 96, "dsm": "7.2.1",
                                "protocol": "NFS v4.1", "desc": "정산 파일, 정산서 PDF, 출하주 지급 파일"},
                  ["djn-r04u12", "djn-r04u14"]),
    "nas-sj01": ("S", FIELD, {"vendor": "QNAP", "model": "TS-873A", "capacity_tb": 48,
                              "desc": "상주 작물 카메라 원본 (클라우드 동기화 전 버퍼)"}, ["sj-ctl-01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # ncloud-kr, NKS farmk8s
    "farmk8s-w01": ("C", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-1"}),
    "farmk8s-w02": ("C", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-1"}),
    "farmk8s-w03": ("C", "P", "nks", {"server_spec": "c16-g3 (16vCPU/32GB)", "zone": "KR-1"}),
    "farmk8s-w04": ("C", "P", "nks", {"server_spec": "c16-g3 (16vCPU/32GB)", "zone": "KR-2"}),
    "farmk8s-w05": ("C", "P", "nks", {"server_spec": "s8-g3 (8vCPU/32GB)", "zone": "KR-2"}),
    "farmk8s-w06": ("C", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-2"}),
    "farmk8s-w07": ("C", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-1"}),
    "farmk8s-w08": ("C", "P", "nks", {"server_spec": "s8-g3 (8vCPU/32GB)", "zone": "KR-2"}),
    "farmk8s-s01": ("C", "S", "nks", {"server_spec": "s4-g3 (4vCPU/16GB)", "zone": "KR-1"}),
    "farmk8s-s02": ("C", "S", "nks", {"server_spec": "s4-g3 (4vCPU/16GB)", "zone": "KR-2"}),
    "farmk8s-d01": ("C", "D", "nks", {"server_spec": "s4-g3 (4vCPU/16GB)", "zone": "KR-1"}),
    # ncloud-kr, VMs
    "tsdb-vm01": ("C", "P", "vm", {"role": "TimescaleDB primary", "server_spec": "m32-g3 (32vCPU/256GB)",
                                   "zone": "KR-1"}),
    "tsdb-vm02": ("C", "P", "vm", {"role": "TimescaleDB replica", "server_spec": "m32-g3 (32vCPU/256GB)",
                                   "zone": "KR-2"}),
    "mongo-vm01": ("C", "P", "vm", {"role": "mongod rs-cold primary", "server_spec": "m16-g3 (16vCPU/128GB)",
                                    "zone": "KR-1"}),
    "mongo-vm02": ("C", "P", "vm", {"role": "mongod rs-cold secondary", "server_spec": "m16-g3 (16vCPU/128GB)",
                                    "zone": "KR-2"}),
    "mongo-vm03": ("C", "P", "vm", {"role": "mongod rs-cold secondary", "server_spec": "s4-g3 (4vCPU/16GB)",
                                    "zone": "KR-2"}),
    "vm-mq-01": ("C", "P", "vm", {"role": "EMQX core 1", "server_spec": "c8-g3 (8vCPU/16GB)", "zone": "KR-1"}),
    "vm-mq-02": ("C", "P", "vm", {"role": "EMQX core 2", "server_spec": "c8-g3 (8vCPU/16GB)", "zone": "KR-2"}),
    "vm-mq-03": ("C", "P", "vm", {"role": "EMQX core 3", "server_spec": "c8-g3 (8vCPU/16GB)", "zone": "KR-1"}),
    "gpu-infer-01": ("C", "P", "gpu", {"role": "생육 추론/병해충 탐지 GPU 서버", "server_spec": "g2 (NVIDIA L4 x2)",
                                       "zone": "KR-1"}),
    # 상주스마트팜
    "sj-ctl-01": ("S", "P", "ctl", {"role": "상주 현장 제어 서버 (관수, 양액, MQTT 브리지)",
                                    "model": "Advantech MIC-770 V3", "mem_gb": 16}),
    "sj-ctl-02": ("S", "P", "ctl", {"role": "상주 현장 제어 서버 (대기, 점검중)", "model": "Advantech MIC-770 V3",
                                    "mem_gb": 16}),
    "gw-sj-01dong": ("S", "P", "gw", {"dong": "1동", "crop": "샤인머스캣", "sensors": 42, "area_m2": 3300}),
    "gw-sj-02dong": ("S", "P", "gw", {"dong": "2동", "crop": "샤인머스캣", "sensors": 40, "area_m2": 3300}),
    "gw-sj-03dong": ("S", "P", "gw", {"dong": "3동", "crop": "토마토", "sensors": 36, "area_m2": 2640}),
    "gw-sj-04dong": ("S", "P", "gw", {"dong": "4동", "crop": "토마토", "sensors": 36, "area_m2": 2640}),
    # 나주스마트팜
    "nj-ctl-01": ("N", "P", "ctl", {"role": "나주 현장 제어 서버", "model": "Advantech MIC-770 V3", "mem_gb": 32}),
    "gw-nj-01dong": ("N", "P", "gw", {"dong": "1동", "crop": "파프리카", "sensors": 48, "area_m2": 4950}),
    "gw-nj-02dong": ("N", "P", "gw", {"dong": "2동", "crop": "파프리카", "sensors": 48, "area_m2": 4950}),
    "gw-nj-03dong": ("N", "P", "gw", {"dong": "3동", "crop": "파프리카", "sensors": 44, "area_m2": 4290}),
    # 논산스마트팜
    "ns-ctl-01": ("L", "P", "ctl", {"role": "논산 현장 제어 서버", "model": "Advantech MIC-770 V3", "mem_gb": 16}),
    "gw-ns-01dong": ("L", "P", "gw", {"dong": "1동", "crop": "딸기 (설향)", "sensors": 30, "area_m2": 1980}),
    "gw-ns-02dong": ("L", "P", "gw", {"dong": "2동", "crop": "딸기 (설향)", "sensors": 30, "area_m2": 1980}),
    "gw-ns-03dong": ("L", "P", "gw", {"dong": "3동", "crop": "딸기 (금실)", "sensors": 28, "area_m2": 1650}),
    # 대전IDC
    "djn-r04u12": ("D", "P", "bare", {"role": "CUBRID 정산 DB", "model": "Lenovo ThinkSystem SR650 V3"}),
    "djn-r04u14": ("D", "P", "vm", {"role": "정산 배치/정산 조회 WAS", "hypervisor": "Proxmox VE 8.1"}),
    "djn-r02u33": ("D", "P", "bare", {"role": "로그 수집/백업 (OpenSearch, restic)", "model": "Dell PowerEdge R750"}),
    "djn-r07u02": ("D", "P", "bare", {"role": "예비 서버 (메모리 교체 중)", "model": "Lenovo ThinkSystem SR650 V3"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "sj-lte-rt": ("S", {"device": "LTE router", "vendor": "Teltonika", "model": "RUTX50", "carrier": "KT",
                        "desc": "상주 현장 업링크 (LTE/5G, 유선 백업)"}),
    "nj-lte-rt": ("N", {"device": "LTE router", "vendor": "Teltonika", "model": "RUTX50", "carrier": "LG U+",
                        "desc": "나주 현장 업링크"}),
    "ns-lte-rt": ("L", {"device": "LTE router", "vendor": "Teltonika", "model": "RUTX11", "carrier": "SKT",
                        "desc": "논산 현장 업링크"}),
    "djn-fw": ("D", {"device": "firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 200", "firmware": "3.2.1"}),
    "djn-core-sw": ("D", {"device": "core switch", "vendor": "Dasan", "model": "V6824XG", "firmware": "5.1.4"}),
    "ncp-vpn-gw": ("C", {"device": "IPsec VPN gateway", "vendor": "NAVER Cloud", "model": "IPsec VPN",
                         "tunnels": 4, "desc": "현장 3곳 + 대전IDC ↔ ncloud VPC"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("gw-sj-01dong", "mosq-sj"), ("gw-sj-02dong", "mosq-sj"), ("gw-sj-03dong", "mosq-sj"),
    ("gw-sj-04dong", "mosq-sj"), ("gw-nj-01dong", "mosq-nj"), ("gw-nj-02dong", "mosq-nj"),
    ("gw-nj-03dong", "mosq-nj"), ("gw-ns-01dong", "mosq-ns"), ("gw-ns-02dong", "mosq-ns"),
    ("gw-ns-03dong", "mosq-ns"),
    ("sj-ctl-01", "sj-lte-rt"), ("nj-ctl-01", "nj-lte-rt"), ("ns-ctl-01", "ns-lte-rt"),
    ("sj-lte-rt", "ncp-vpn-gw"), ("nj-lte-rt", "ncp-vpn-gw"), ("ns-lte-rt", "ncp-vpn-gw"),
    ("djn-fw", "djn-core-sw"), ("djn-fw", "ncp-vpn-gw"), ("kmae_jeongsan", "djn-fw"), ("jeongsan-api", "djn-fw"),
]
# fmt: on
STATUS = {"sj-ctl-02": "maintenance", "djn-r07u02": "maintenance", "nongbu-web-old": "retired"}
NET_PREFIX = {"S": "10.21", "N": "10.22", "L": "10.23", "C": "10.60", "D": "172.30"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "F1",
        "kind": "broker_connection_storm",
        "root": "emqx-farm",
        "description": "on Monday morning the firmware OTA wave reboots the 상주 and 나주 gateways and every"
        " gateway and site bridge reconnects to emqx-farm at once: the listener's connection rate limit and"
        " session takeover saturate the brokers' CPU, publishes are dropped; mqtt-ingest loses telemetry"
        " (loudest), cmd-dispatch cannot deliver setpoints, firmware-ota (2.4.0 deployed at 09:40, a"
        " bystander) stalls and farm-api shows stale data, until the rate limit is raised and the wave paused",
        "start": kst(10, 10, 5),
        "end": kst(10, 11, 0),
        "affected": ["emqx-farm", "mqtt-ingest", "cmd-dispatch", "firmware-ota", "farm-api"],
    },
    {
        "id": "F2",
        "kind": "nfs_stall",
        "root": "nas-djn01",
        "description": "on Tuesday night the inline dedupe job of nas-djn01, moved from 02:00 to 22:00 that"
        " afternoon, stalls its NFS service: the nightly auction settlement kmae_jeongsan (3.8.2 deployed at"
        " 21:30, a bystander) hangs writing settlement files and abends (loudest), jeongsan-api times out on"
        " settlement PDFs, until the dedupe job is stopped",
        "start": kst(11, 22, 10),
        "end": kst(11, 23, 5),
        "affected": ["nas-djn01", "kmae_jeongsan", "jeongsan-api"],
    },
    {
        "id": "F3",
        "kind": "compression_lock_contention",
        "root": "tsdb-sensor",
        "description": "at dawn on Wednesday tsdb-sensor's chunk compression job, rescheduled to 04:30 on"
        " Tuesday, holds locks on the hypertable chunks the harvest batch reads: mangjong_bat (5.1.0 deployed"
        " at 04:10) times out (loudest), mqtt-ingest's inserts back up, soman and farm-api slow down,"
        " nongbu-bff follows, until the compression job is cancelled",
        "start": kst(12, 4, 40),
        "end": kst(12, 5, 35),
        "affected": ["tsdb-sensor", "mangjong_bat", "mqtt-ingest", "soman", "farm-api", "nongbu-bff"],
    },
    {
        "id": "F4",
        "kind": "cache_eviction",
        "root": "redis-feature",
        "description": "at Thursday midday redis-feature reaches maxmemory (the feature TTL was raised from 24 h"
        " to 72 h on Wednesday) and evicts the greenhouses' recent features under allkeys-lru: soman"
        " (3.2.0 deployed at 11:15, a bystander) recomputes features from tsdb and times out (loudest),"
        " cmd-dispatch sends fallback setpoints late, nongbu-bff's growth tab fails, until the TTL is reverted",
        "start": kst(13, 11, 40),
        "end": kst(13, 12, 35),
        "affected": ["redis-feature", "soman", "cmd-dispatch", "nongbu-bff"],
    },
    {
        "id": "F5",
        "kind": "cache_blocked_by_keys_scan",
        "root": "redis-auction",
        "description": "at Saturday's dawn auction redis-auction's single thread is blocked by KEYS bid:* from the"
        " 낙찰 reconciliation cron added on Friday: bids time out in gyeongmae-live (7.0.1 deployed at 04:40, a"
        " bystander; loudest), ipchu-market and market-web fail, until the cron is disabled",
        "start": kst(15, 5, 10),
        "end": kst(15, 6, 5),
        "affected": ["redis-auction", "gyeongmae-live", "ipchu-market", "market-web"],
    },
    {
        "id": "F6",
        "kind": "host_memory_exhaustion",
        "root": "sj-ctl-01",
        "description": "on Sunday afternoon, under a 폭염주의보, the 상주 site controller server sj-ctl-01 runs out of"
        " memory (the camera sync agent updated on Friday leaks) and the OOM killer hits the controllers:"
        " guansu-sj (misting interval changed at 13:50, a bystander) misses irrigation cycles (loudest),"
        " yangaek-sj and the site broker mosq-sj restart, until the agent is stopped",
        "start": kst(16, 14, 20),
        "end": kst(16, 15, 15),
        "affected": ["sj-ctl-01", "guansu-sj", "yangaek-sj", "mosq-sj"],
    },
    {
        "id": "F7",
        "kind": "write_concern_timeout",
        "root": "mongo-coldchain",
        "description": "at dawn on Tuesday, with the reefer trucks leaving for the markets, mongo-coldchain's"
        " majority writes time out: the secondary on mongo-vm03, downsized on Friday, lags and cannot"
        " acknowledge; chuseo (4.6.0 deployed at 04:50, a bystander) fails to record deliveries (loudest),"
        " coldtrack-ingest backs up, ipchu-market's shipment tracking fails (ongoing)",
        "start": kst(18, 5, 15),
        "end": None,
        "affected": ["mongo-coldchain", "chuseo", "coldtrack-ingest", "ipchu-market"],
    },
]
F1, F2, F3, F4, F5, F6, F7 = INCIDENTS
OTA_WAVES = [(kst(10, 10, 0), kst(10, 10, 40)), (kst(13, 23, 0), kst(13, 23, 40))]
HEAT = (kst(16, 11, 0), kst(16, 18, 0))  # 폭염주의보, Sunday


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

OWNER_BY_KIND = {"nks": SRE, "vm": SRE, "gpu": AI, "ctl": FIELD, "gw": EDGE, "bare": LEGACY}


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
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 40, 'D': 70}[env]) + i // 6}.{21 + (i * 29) % 200}"
        }
        if kind == "nks":
            attrs |= {"cluster": "farmk8s" if env == "P" else "farmk8s-np", "os": "Ubuntu 22.04 (NKS)",
                      "kubelet": "v1.29.4", "instance_no": str(rng.randint(18000000, 29999999))}  # fmt: skip
        elif kind in ("vm", "gpu"):
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Ubuntu 22.04"]),
                      "instance_no": str(rng.randint(18000000, 29999999))}  # fmt: skip
        elif kind == "ctl":
            attrs |= {"os": "Ubuntu 22.04 LTS (industrial)", "ups": "APC SMT1500"}
        elif kind == "gw":
            attrs |= {"vendor": "Moxa", "model": "UC-8220", "firmware": rng.choice(["2.4.0", "2.4.0", "2.3.1"]),
                      "protocol": "MQTT 3.1.1 (TLS)", "publish_interval_s": rng.choice([10, 15, 30])}  # fmt: skip
        else:  # bare metal / VMs in the IDC
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "RHEL 8.8"]), "cores": rng.choice([32, 48]),
                      "mem_gb": rng.choice([128, 256, 384]),
                      "serial": f"{rng.choice(['J30', 'CN7', 'S4X'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        attrs |= extra
        owner = OWNER_BY_KIND[kind] if site != "D" else LEGACY
        if h.startswith(("tsdb-vm", "djn-r04u12")):
            owner = DBA
        if h.startswith("mongo-vm"):
            owner = LOGI
        if h.startswith("vm-mq"):
            owner = EDGE
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


def _window(h: float, a: float, z: float, edge: float = 0.25) -> float:
    """1 inside [a, z), smooth edges of `edge` hours."""
    return 1 / (1 + math.exp(-(h - a) / (edge / 4))) * 1 / (1 + math.exp((h - z) / (edge / 4)))


def _sensor(ts: datetime) -> float:
    """Telemetry: steady, more events in daylight (vents, screens, misting)."""
    h = seoul_hour(ts)
    return 0.45 + 0.2 * _bump(h, 13, 3.5) + 0.08 * _bump(h, 6, 0.8)


def _irrigation(ts: datetime) -> float:
    """Controllers: the sunrise irrigation, the midday misting, the late-afternoon round; hotter on Sunday 16."""
    h = seoul_hour(ts)
    v = 0.12 + 0.5 * _bump(h, 6.0, 0.7) + 0.35 * _bump(h, 13.0, 1.5) + 0.2 * _bump(h, 17.5, 0.8)
    if HEAT[0] <= ts < HEAT[1]:
        v += 0.15
    return max(0.05, min(1.0, v))


def _farmer(ts: datetime) -> float:
    """Farmers check the app at dawn, at lunch and in the evening."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.06 + 0.42 * _bump(h, 5.9, 0.9) + 0.2 * _bump(h, 12.4, 1.0) + 0.38 * _bump(h, 20.2, 1.5)
    if loc.weekday() == 6:
        v *= 0.85
    return max(0.05, min(1.0, v))


def _market(ts: datetime) -> float:
    """The dawn auction 05:00–07:00 (none on Sunday), daytime buyers on weekdays."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.08
    if loc.weekday() != 6:
        v += 0.7 * _window(h, 4.75, 7.0) + 0.25 * _bump(h, 10.5, 2.0)
    else:
        v += 0.12 * _bump(h, 14, 3)
    return max(0.05, min(1.0, v))


def _logistics(ts: datetime) -> float:
    """Reefer trucks: dawn departures to the wholesale markets, afternoon deliveries."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.12 + 0.6 * _bump(h, 4.8, 1.3) + 0.3 * _bump(h, 14.5, 2.5)))


def _weather(ts: datetime) -> float:
    """The 단기예보 ingest at 02/05/08/11/14/17/20/23:10."""
    h = seoul_hour(ts)
    return max(0.05, 0.1 + 0.8 * max(_bump(h, a + 0.2, 0.12) for a in range(2, 24, 3)))


def _ml(ts: datetime) -> float:
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.25 + 0.4 * _bump(h, 6.0, 1.0) + 0.3 * _bump(h, 13.0, 2.0)))


def _harvest(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 4.5 <= h < 5.5 else 0.1


def _settle(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if 22 <= h < 23 and loc.weekday() != 5:  # no settlement on Saturday night (the Sunday market is closed)
        return 0.9
    return _office(ts) * 0.5 + 0.05


def _office(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.12 + 0.05 * _bump(h, 14, 3)
    return 0.12 + 0.5 * (1 if 9 <= h < 18 else 0) + 0.12 * _bump(h, 10, 1.5)


def _steady(ts: datetime) -> float:
    return 0.5


SENSOR_SIDE = {
    "mqtt-ingest", "tele-rollup", "emqx-farm", "kafka-farm", "tsdb-sensor", "nlb-mqtt", "mosq-sj", "mosq-nj",
    "mosq-ns", "vm-mq-01", "vm-mq-02", "vm-mq-03", "tsdb-vm01", "tsdb-vm02", "farmk8s-w03", "farmk8s-w04",
    "gw-sj-01dong", "gw-sj-02dong", "gw-sj-03dong", "gw-sj-04dong", "gw-nj-01dong", "gw-nj-02dong",
    "gw-nj-03dong", "gw-ns-01dong", "gw-ns-02dong", "gw-ns-03dong", "sj-lte-rt", "nj-lte-rt", "ns-lte-rt",
    "ncp-vpn-gw", "obj-cropimg", "nas-sj01",
}  # fmt: skip
CONTROL_SIDE = {"guansu-sj", "yangaek-sj", "guansu-nj", "yangaek-nj", "guansu-ns", "yangaek-ns", "cmd-dispatch",
                "sj-ctl-01", "nj-ctl-01", "ns-ctl-01", "pg-farm"}  # fmt: skip
FARMER_SIDE = {"nongbu-bff", "nongbu-auth", "alimi", "farm-api", "redis-sess", "pg-member", "rmq-alimi",
               "lb-nongbu", "farmk8s-w01", "farmk8s-w02"}  # fmt: skip
MARKET_SIDE = {"ipchu-market", "market-web", "gyeongmae-live", "pay-gw", "mysql-market", "redis-auction",
               "redis-market", "lb-market", "cdn-market", "farmk8s-w07", "sise-collector"}  # fmt: skip
LOGI_SIDE = {"chuseo", "coldtrack-ingest", "mongo-coldchain", "mongo-vm01", "mongo-vm02", "mongo-vm03",
             "farmk8s-w06"}  # fmt: skip
ML_SIDE = {"soman", "redis-feature", "gpu-infer-01", "byeonghae-cam", "obj-model"}
WEATHER_SIDE = {"gogu", "farmk8s-w05"}
HARVEST = {"mangjong_bat", "farmk8s-w08", "report-gen"}
SETTLE_SIDE = {"kmae_jeongsan", "jeongsan-api", "cubrid_jeongsan", "djn-r04u12", "djn-r04u14", "nas-djn01",
               "l4-djn"}  # fmt: skip
OFFICE = {"admin-console", "observ-farm", "firmware-ota", "soman-train", "obj-firmware", "obj-report",
          "djn-r02u33", "djn-fw", "djn-core-sw"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (SENSOR_SIDE, _sensor),
        (CONTROL_SIDE, _irrigation),
        (FARMER_SIDE, _farmer),
        (MARKET_SIDE, _market),
        (LOGI_SIDE, _logistics),
        (ML_SIDE, _ml),
        (WEATHER_SIDE, _weather),
        (HARVEST, _harvest),
        (SETTLE_SIDE, _settle),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "F1": {0: (6.0, 7.0), 1: (3.5, 12.0), 2: (2.0, 6.5)},
    "F2": {0: (350.0, 4.0), 1: (6.0, 16.0)},
    "F3": {0: (9.0, 5.0), 1: (4.0, 9.0), 2: (2.0, 5.0)},
    "F4": {0: (3.0, 4.5), 1: (7.0, 12.0), 2: (2.2, 6.0)},
    "F5": {0: (18.0, 6.0), 1: (6.0, 14.0), 2: (2.5, 8.0), 3: (1.6, 4.5)},
    "F6": {0: (1.0, 0.0), 1: (3.0, 14.0)},
    "F7": {0: (12.0, 8.5), 1: (4.5, 18.0), 2: (2.2, 7.0)},
}
EFFECT_OVERRIDE = {
    ("F1", "mqtt-ingest"): (3.0, 28.0),
    ("F2", "kmae_jeongsan"): (4.0, 41.0),
    ("F3", "mangjong_bat"): (5.0, 34.0),
    ("F4", "soman"): (9.0, 26.0),
    ("F5", "gyeongmae-live"): (7.0, 31.0),
    ("F6", "guansu-sj"): (2.5, 37.0),
    ("F7", "chuseo"): (5.5, 29.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "tsdb-vm01", "tsdb-vm02", "mongo-vm01", "mongo-vm02", "mongo-vm03", "vm-mq-01", "vm-mq-02", "vm-mq-03",
    "gpu-infer-01", "sj-ctl-01", "sj-ctl-02", "nj-ctl-01", "ns-ctl-01", "djn-r04u12", "djn-r04u14",
    "djn-r02u33", "djn-r07u02", "gw-sj-01dong", "gw-sj-02dong", "gw-sj-03dong", "gw-sj-04dong",
    "gw-nj-01dong", "gw-nj-02dong", "gw-nj-03dong", "gw-ns-01dong", "gw-ns-02dong", "gw-ns-03dong",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
GATEWAYS = {h for h in HOSTS if h.startswith("gw-")}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 62), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "djn-r02u33":  # logs and restic snapshots: the disk creeps up
        disk0, growth = 60.0, 1.45
    if name in GATEWAYS:
        cpu0, mem0 = rng.uniform(8, 20), rng.uniform(30, 45)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in ("vm-mq-01", "vm-mq-02", "vm-mq-03"):  # the reconnect storm
            cpu += (95.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, F1["start"], F1["end"], rise=5, fall=10)
            mem += 18 * ramp(ts, F1["start"], F1["end"], rise=5, fall=15)
        if name == "tsdb-vm01":  # the compression job
            cpu += 38 * ramp(ts, F3["start"] - timedelta(minutes=10), F3["end"], rise=10, fall=10)
        if name == "sj-ctl-01":  # the leaking camera sync agent, then OOM
            leak = kst(14, 18, 0)
            if leak <= ts < F6["end"]:
                grow = min(1.0, (ts - leak).total_seconds() / (F6["start"] - leak).total_seconds())
                mem += 18 * grow**1.5
            mem += (97.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, F6["start"], F6["end"], rise=5, fall=5)
        if name == "mongo-vm03":  # the downsized secondary applying the oplog
            if ts >= kst(14, 15, 0):
                cpu += 18
            cpu += 36 * ramp(ts, F7["start"] - timedelta(minutes=5), F7["end"], rise=10)
        if name in ("sj-ctl-02", "djn-r07u02"):
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        if name == "djn-r04u14":  # the settlement batch
            cpu += 24 * (1 if 22 <= seoul_hour(ts) < 23 and _local(ts).weekday() != 5 else 0)
        if name == "farmk8s-w08":  # the harvest batch
            cpu += 20 * (1 if 4.5 <= seoul_hour(ts) < 5.5 else 0)
        if name in GATEWAYS:  # the OTA waves: reboot, then flash verification
            for a, z in OTA_WAVES:
                cpu += 30 * ramp(ts, a, z, rise=5, fall=5) if name.startswith(("gw-sj", "gw-nj")) else 0
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"sj-lte-rt": 38.0, "nj-lte-rt": 42.0, "ns-lte-rt": 35.0, "ncp-vpn-gw": 2.4}.get(
        name, rng.uniform(0.2, 0.9)
    )
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.06))
        loss = max(0.0, rng.gauss(0.03 if "lte" in name else 0.01, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-djn01": (58, 59), "nas-sj01": (52, 53), "obj-cropimg": (63, 64)}.get(name, (30, 50))
    per_day = {"nas-sj01": 0.9, "obj-cropimg": 0.25}.get(name, 0.05)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(6, 14) if name.startswith("obj") else rng.uniform(1.2, 2.6)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0] * (1 + rng.gauss(0, 0.05))
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "nongbu-bff": 140.0, "nongbu-auth": 45.0, "alimi": 60.0, "farm-api": 95.0, "mqtt-ingest": 12.0,
    "tele-rollup": 180.0, "cmd-dispatch": 70.0, "firmware-ota": 260.0, "admin-console": 320.0,
    "report-gen": 540.0, "observ-farm": 150.0, "soman": 85.0, "soman-train": 620.0, "byeonghae-cam": 210.0,
    "gogu": 380.0, "mangjong_bat": 450.0, "ipchu-market": 110.0, "market-web": 170.0, "gyeongmae-live": 25.0,
    "pay-gw": 290.0, "sise-collector": 330.0, "chuseo": 80.0, "coldtrack-ingest": 18.0,
    "kmae_jeongsan": 520.0, "jeongsan-api": 240.0, "guansu-sj": 40.0, "yangaek-sj": 55.0, "guansu-nj": 42.0,
    "yangaek-nj": 58.0, "guansu-ns": 38.0, "yangaek-ns": 52.0,
    "tsdb-sensor": 6.5, "pg-farm": 2.8, "pg-member": 2.1, "mysql-market": 3.2, "mongo-coldchain": 4.1,
    "cubrid_jeongsan": 7.8, "redis-sess": 0.35, "redis-feature": 0.6, "redis-auction": 0.4,
    "redis-market": 0.3, "emqx-farm": 3.8, "kafka-farm": 5.2, "rmq-alimi": 2.9, "mosq-sj": 1.6,
    "mosq-nj": 1.7, "mosq-ns": 1.5, "lb-nongbu": 2.1, "lb-market": 2.4, "nlb-mqtt": 0.9, "l4-djn": 1.1,
    "cdn-market": 14.0,
}  # fmt: skip
REQUEST_RATE = {
    "nongbu-bff": 1450.0, "nongbu-auth": 320.0, "alimi": 85.0, "farm-api": 2100.0, "mqtt-ingest": 9600.0,
    "tele-rollup": 1600.0, "cmd-dispatch": 240.0, "soman": 410.0, "gogu": 6.0, "ipchu-market": 1900.0,
    "market-web": 1300.0, "gyeongmae-live": 5200.0, "pay-gw": 45.0, "chuseo": 780.0,
    "coldtrack-ingest": 2900.0, "jeongsan-api": 14.0, "kmae_jeongsan": 60.0, "guansu-sj": 36.0,
    "guansu-nj": 28.0, "guansu-ns": 24.0, "emqx-farm": 11800.0, "kafka-farm": 26000.0, "tsdb-sensor": 14500.0,
    "mongo-coldchain": 4300.0, "redis-auction": 21000.0, "redis-feature": 8800.0, "mysql-market": 6100.0,
    "mosq-sj": 420.0, "mosq-nj": 390.0, "mosq-ns": 310.0, "lb-market": 8400.0, "lb-nongbu": 1800.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-sess": (38.0, 8.0), "redis-feature": (71.0, 6.0), "redis-auction": (44.0, 12.0),
    "redis-market": (35.0, 6.0), "emqx-farm": (52.0, 8.0), "kafka-farm": (57.0, 4.0), "rmq-alimi": (28.0, 7.0),
    "mosq-sj": (31.0, 5.0), "mosq-nj": (29.0, 5.0), "mosq-ns": (27.0, 5.0),
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
            if inc is F1 and name == "mqtt-ingest":
                req *= 1 - 0.6 * r  # publishes dropped
            if inc is F1 and name == "emqx-farm":
                req *= 1 + 0.8 * r  # CONNECT packets
            if inc is F2 and name == "kmae_jeongsan":
                req *= 1 - 0.85 * r
            if inc is F4 and name == "redis-feature":
                req *= 1 + 0.6 * r
            if inc is F7 and name == "mongo-coldchain":
                req *= 1 + 0.35 * r  # driver retries
            if inc is F6 and name == "guansu-sj":
                req *= 1 - 0.7 * r
        if name == "firmware-ota":  # the OTA waves
            for a, z in OTA_WAVES:
                rt *= 1 + 0.6 * ramp(ts, a, z, rise=5, fall=5)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-feature":  # the 72 h TTL fills it from Wednesday; reverted at F4's end
                if kst(12, 15, 0) <= ts < F4["end"]:
                    p = min(
                        1.0,
                        (ts - kst(12, 15, 0)).total_seconds()
                        / (F4["start"] - kst(12, 15, 0)).total_seconds(),
                    )
                    mem += (98.6 - mem) * p**1.4
                mem += (99.2 + rng.gauss(0, 0.2) - mem) * ramp(ts, F4["start"], F4["end"], rise=5, fall=20)
            if name == "emqx-farm":
                mem += 22 * ramp(ts, F1["start"], F1["end"], rise=5, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "redis-auction":  # the engine's single thread
            cpu = 12 + 34 * d + rng.gauss(0, 1.0)
            cpu += (98.0 + rng.gauss(0, 0.5) - cpu) * ramp(ts, F5["start"], F5["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The harvest batch, the sunrise irrigation, the dawn auction, the settlement batch and the nlb-mqtt
    certificate warning."""
    rows = []
    for d in range(8, 19):
        weekday = datetime(2027, 5, d).weekday()
        if d != 12:
            rows.append(
                (d, 4, 30, "mangjong_bat", "info", "batch_job", "harvest_daily 시작 (수확량 집계, 출하 계획)")
            )
            rows.append((d, 5, 24, "mangjong_bat", "info", "batch_job", "harvest_daily 완료"))
        for site in ("sj", "nj", "ns"):
            m = {"sj": 20, "nj": 25, "ns": 30}[site]
            rows.append((d, 5, m, f"guansu-{site}", "info", "irrigation", "일출 관수 시작 (1차 점적)"))
        if weekday != 6:
            rows.append((d, 5, 0, "gyeongmae-live", "info", "auction", "새벽경매 개장"))
            rows.append((d, 7, 0, "gyeongmae-live", "info", "auction", "새벽경매 마감, 낙찰 확정"))
        if weekday != 5 and d != 11:
            rows.append(
                (d, 22, 0, "kmae_jeongsan", "info", "batch_job", "경매 정산 배치 시작 (JOB_KMAE_DAILY)")
            )
            rows.append((d, 22, 48, "kmae_jeongsan", "info", "batch_job", "경매 정산 배치 완료"))
        left = (datetime(2027, 5, 24) - datetime(2027, 5, d)).days
        rows.append(
            (d, 9, 0, "nlb-mqtt", "warning", "cert_expiry",
             f"certificate mqtt.deulfarm.kr expires in {left} days (2027-05-24), manual renewal (Sectigo), 게이트웨이 핀닝 교체 필요")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (8, 14, 0, "nongbu-bff-stg", "info", "deployment", "nongbu-bff-stg 6.13.0-rc1 배포"),
    (9, 1, 0, "soman-train", "info", "batch_job", "주간 재학습 시작 (growth-v3.2 후보)"),
    (9, 4, 40, "soman-train", "info", "batch_job", "주간 재학습 완료, growth-v3.2 등록"),
    (9, 10, 30, "djn-r02u33", "warning", "threshold_breach", "disk_usage above 62% on /backup"),
    (10, 9, 40, "firmware-ota", "info", "deployment", "firmware-ota 2.4.0 배포 (웨이브 스케줄러 개선)"),
    (10, 10, 0, "firmware-ota", "info", "ota_wave", "게이트웨이 펌웨어 2.4.0 웨이브 1 시작 (상주·나주 7대)"),
    (10, 16, 0, "djn-r07u02", "info", "maintenance", "djn-r07u02 메모리 DIMM 교체 작업 (부품 대기)"),
    (11, 14, 0, "nas-djn01", "info", "config_change", "인라인 중복제거(dedupe) 작업 일정 02:00 → 22:00 변경"),
    (11, 16, 0, "tsdb-sensor", "info", "config_change", "compression policy 작업 시각 03:00 → 04:30 변경 (백업 겹침 회피)"),
    (11, 21, 30, "kmae_jeongsan", "info", "deployment", "kmae_jeongsan 3.8.2 배포 (정산서 PDF 양식 변경)"),
    (12, 4, 10, "mangjong_bat", "info", "deployment", "mangjong_bat 5.1.0 배포 (수확예측 피처 추가)"),
    (12, 10, 20, "djn-r02u33", "warning", "threshold_breach", "disk_usage above 66% on /backup"),
    (12, 15, 0, "redis-feature", "info", "config_change", "feature TTL 24h → 72h (주간 생육 피처 유지)"),
    (13, 11, 15, "soman", "info", "deployment", "soman 3.2.0 배포 (growth-v3.2 모델)"),
    (13, 16, 30, "admin-console", "info", "deployment", "admin-console 2.18.0 배포"),
    (13, 23, 0, "firmware-ota", "info", "ota_wave", "게이트웨이 펌웨어 2.4.0 웨이브 2 시작 (rate limit 적용)"),
    (13, 23, 45, "firmware-ota", "info", "ota_wave", "웨이브 2 완료 (7/7 성공)"),
    (14, 10, 0, "gyeongmae-live-stg", "info", "deployment", "gyeongmae-live-stg 7.1.0-rc1 배포"),
    (14, 15, 0, "mongo-coldchain", "info", "config_change", "mongo-vm03 스펙 변경 m16-g3 → s4-g3 (비용 절감)"),
    (14, 17, 30, "redis-auction", "info", "config_change", "낙찰 대사 cron 추가 (reconcile_bids, 05:00)"),
    (14, 18, 0, "sj-ctl-01", "info", "config_change", "카메라 동기화 에이전트 2.0 업데이트 (nas-sj01 → obj-cropimg)"),
    (15, 4, 40, "gyeongmae-live", "info", "deployment", "gyeongmae-live 7.0.1 배포 (입찰 화면 타이머 문구)"),
    (15, 11, 0, "djn-r02u33", "warning", "threshold_breach", "disk_usage above 70% on /backup"),
    (16, 9, 0, "sj-ctl-02", "info", "maintenance", "sj-ctl-02 점검 (SSD 교체, 대기 서버 제외)"),
    (16, 10, 40, "gogu", "warning", "weather_alert", "폭염주의보 발표 (경북 상주, 11:00 발효)"),
    (16, 13, 50, "guansu-sj", "info", "config_change", "미스트 관수 주기 30분 → 10분 (폭염 대응)"),
    (16, 1, 0, "soman-train", "info", "batch_job", "주간 재학습 시작"),
    (16, 4, 35, "soman-train", "info", "batch_job", "주간 재학습 완료"),
    (17, 10, 0, "farm-api", "info", "deployment", "farm-api 8.3.2 배포 (센서 조회 페이지네이션)"),
    (17, 15, 0, "ipchu-market-qa", "info", "deployment", "ipchu-market-qa 5.8.0-beta3 배포"),
    (17, 18, 30, "sise-collector", "info", "deployment", "sise-collector 1.2.5 배포"),
    (18, 4, 50, "chuseo", "info", "deployment", "chuseo 4.6.0 배포 (도착 ETA 개선)"),
    # F1 (Monday morning, the OTA reconnect storm)
    (10, 10, 6, "emqx-farm", "warning", "connections", "connection rate limit reached on listener ssl:default (500/s)"),
    (10, 10, 9, "emqx-farm", "critical", "connections", "session takeover storm, CPU 95% on emqx@vm-mq-02, publishes dropped"),
    (10, 10, 12, "mqtt-ingest", "critical", "error", "텔레메트리 수신 급감, MQTT publish timeout 28%"),
    (10, 10, 15, "cmd-dispatch", "major", "error", "제어 명령 ACK 타임아웃 (관수 설정값 미전달)"),
    (10, 10, 17, "firmware-ota", "warning", "error", "OTA 진행 상태 보고 누락"),
    (10, 10, 22, "farm-api", "warning", "error", "센서 데이터 지연 (stale > 5분)"),
    (10, 10, 50, "emqx-farm", "info", "config_change", "max_conn_rate 500/s → 2000/s, OTA 웨이브 일시중지"),
    (10, 11, 2, "mqtt-ingest", "info", "recovery", "텔레메트리 수신 정상"),
    # F2 (Tuesday night, settlement)
    (11, 22, 0, "kmae_jeongsan", "info", "batch_job", "경매 정산 배치 시작 (JOB_KMAE_DAILY)"),
    (11, 22, 8, "nas-djn01", "warning", "nfs", "NFS server not responding, still trying (dedupe running)"),
    (11, 22, 12, "nas-djn01", "critical", "nfs", "NFS v4.1 I/O latency 900 ms, volume1 dedupe job in progress"),
    (11, 22, 17, "kmae_jeongsan", "critical", "batch_job", "JOB_KMAE_DAILY step writeSettlementFile ABEND (I/O timeout)"),
    (11, 22, 21, "jeongsan-api", "major", "error", "정산서 PDF 조회 타임아웃"),
    (11, 22, 58, "nas-djn01", "info", "config_change", "dedupe 작업 중지, 일정 02:00 으로 원복"),
    (11, 23, 15, "kmae_jeongsan", "info", "batch_job", "JOB_KMAE_DAILY 재실행 (restart from writeSettlementFile)"),
    (11, 23, 58, "kmae_jeongsan", "info", "batch_job", "경매 정산 배치 완료 (지연)"),
    # F3 (Wednesday dawn, the harvest batch)
    (12, 4, 30, "mangjong_bat", "info", "batch_job", "harvest_daily 시작 (수확량 집계, 출하 계획)"),
    (12, 4, 38, "tsdb-sensor", "warning", "lock", "compress_chunks job running on sensor_readings (412 chunks)"),
    (12, 4, 43, "tsdb-sensor", "critical", "lock", "lock wait timeout: AccessExclusiveLock on _hyper_3_chunk, 180 waiters"),
    (12, 4, 47, "mangjong_bat", "critical", "batch_job", "harvest_daily task yield_aggregate 실패 (statement timeout)"),
    (12, 4, 50, "mqtt-ingest", "major", "error", "TimescaleDB insert 지연, 버퍼 적체"),
    (12, 4, 53, "soman", "warning", "error", "생육 피처 조회 타임아웃 증가"),
    (12, 4, 58, "farm-api", "warning", "error", "센서 이력 조회 지연"),
    (12, 5, 30, "tsdb-sensor", "info", "config_change", "compression 작업 취소, 정책 시각 03:00 원복"),
    (12, 5, 50, "mangjong_bat", "info", "batch_job", "harvest_daily 재실행 완료 (지연)"),
    # F4 (Thursday midday)
    (13, 11, 38, "redis-feature", "warning", "memory", "used_memory 31.6GB / maxmemory 32GB"),
    (13, 11, 42, "redis-feature", "critical", "eviction", "evicted_keys 급증 (allkeys-lru), 피처 캐시 적중률 23%"),
    (13, 11, 46, "soman", "critical", "error", "생육 추론 타임아웃 26% (피처 재계산)"),
    (13, 11, 52, "cmd-dispatch", "major", "error", "추천 설정값 수신 지연, 기본값으로 대체"),
    (13, 11, 55, "nongbu-bff", "warning", "error", "생육 탭 조회 실패 증가"),
    (13, 12, 30, "redis-feature", "info", "config_change", "feature TTL 72h → 24h 원복"),
    (13, 12, 45, "soman", "info", "recovery", "생육 추론 정상"),
    # F5 (Saturday dawn auction)
    (15, 5, 0, "redis-auction", "info", "cron", "reconcile_bids 시작"),
    (15, 5, 9, "redis-auction", "warning", "latency", "slowlog: KEYS bid:* 1,800 ms"),
    (15, 5, 12, "redis-auction", "critical", "latency", "blocked clients 2,400, engine CPU 98%"),
    (15, 5, 16, "gyeongmae-live", "critical", "error", "입찰 처리 실패 31% (Redis timeout), 경매 지연"),
    (15, 5, 20, "ipchu-market", "major", "error", "경매 상품 조회 실패"),
    (15, 5, 26, "market-web", "warning", "error", "경매 화면 5xx 증가"),
    (15, 5, 58, "redis-auction", "info", "config_change", "reconcile_bids cron 비활성화"),
    (15, 6, 10, "gyeongmae-live", "info", "recovery", "입찰 처리 정상, 마감 07:20 으로 연장"),
    # F6 (Sunday afternoon, 상주)
    (16, 14, 18, "sj-ctl-01", "warning", "memory", "MemAvailable 180MB, swap 0 (disabled)"),
    (16, 14, 22, "sj-ctl-01", "critical", "oom", "Out of memory: Killed process 2214 (node-red)"),
    (16, 14, 25, "guansu-sj", "critical", "error", "관수 사이클 누락 (3동, 4동 미스트 미작동)"),
    (16, 14, 28, "yangaek-sj", "major", "error", "양액기 통신 끊김, EC 제어 중단"),
    (16, 14, 31, "mosq-sj", "major", "restart", "mosquitto 재시작, 브리지 재연결"),
    (16, 15, 10, "sj-ctl-01", "info", "config_change", "카메라 동기화 에이전트 중지, 서비스 재기동"),
    (16, 15, 20, "guansu-sj", "info", "recovery", "관수 정상"),
    # F7 (Tuesday dawn, ongoing)
    (18, 5, 14, "mongo-coldchain", "warning", "replication", "replication lag 48s on mongo-vm03:27017"),
    (18, 5, 18, "mongo-coldchain", "critical", "write_concern", "waiting for replication timed out (w: majority, wtimeout 5000)"),
    (18, 5, 22, "chuseo", "critical", "error", "배송 기록 저장 실패 29% (WriteConcernFailed)"),
    (18, 5, 26, "coldtrack-ingest", "major", "error", "냉장차 온도 데이터 적재 지연"),
    (18, 5, 33, "ipchu-market", "warning", "error", "주문 배송추적 조회 실패"),
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
    generate(NAME, "smartfarm-agritech", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
