"""Generate the ad-tech RTB estate (tests/fixtures/adtech-rtb/, interchange format) and its faults file.

A Korean ad-tech company (누리애드, NuriAD) running a real-time bidding exchange and its ad stack: the bid
request gateway `kkachi-gw` (까치: the exchange's product line) in front of the auction `kkachi-auction`, which fans
each request out to the DSPs through `kkachi-bidder-conn` within a 100 ms budget (over the KINX IX port `ix-kinx`),
with floor prices (`kkachi-floor`), PMP deals (`kkachi-dealdesk`) and the bid-log writer `kkachi-logger` on Kafka
`kafka-bid`; the direct-sold ad servers (두루미: `durumi-adsrv`, VAST `durumi-video`, targeting `durumi-target`);
creatives (공작: origin `gongjak-origin` behind `cdn-creative`, `gongjak-transcode` on RabbitMQ `rmq-creative`,
policy review `gongjak-review`); impression/click/conversion trackers (제비: `jebi-imp`, `jebi-click`, `jebi-conv`,
dedup cache `redis-dedup`, events on `kafka-evt`); invalid-traffic filtering (부엉이: pre-bid `bueongi-prebid` on
the blocklist cache `redis-ivt`, post-bid `bueongi-postbid`); budget pacing `moraesigye` (모래시계) on the budget
counters `kv-budget`; audience segments (꽃다발: `kkotdabal-seg`, cookie sync `kkotdabal-sync`, the segment builder
`kkotdabal-build` on Aerospike `aero-seg`); the advertiser console `nuri-console` and reporting API `bogoseo-api`
(보고서) over the ClickHouse warehouse `dw-ch01` fed by the hourly rollup `rollup-hr`; and the legacy billing side
in 목동IDC in snake_case (`adv_billing`, the month-end close `adv_invoice_bat`, nightly publisher settlement
`pub_settle_bat`, `pub_portal`, 전자세금계산서 `taxinv_if`) on Oracle `ora_bill`.
Sites 상암IDC (the exchange, low latency), 목동IDC (billing, warehouse), gcp-seoul and cdn-edge; environments
prod, stg, qa, dev (stg and qa are both staging); owners are teams with Korean and English names mixed.

Naming (unlike the earlier estates): Korean bird code names per product line (`kkachi-`, `durumi-`, `gongjak-`,
`jebi-`, `bueongi-`) and other romanised words (`moraesigye`, `kkotdabal`, `bogoseo-api`, `hwanyul-api`,
`gamsi-prom`), snake_case legacy billing (`adv_billing`, `pub_settle_bat`, `ora_bill`), chassis/blade host names in
상암 (`sa-ch07-bl03`), floor/rack/unit names in 목동 (`md4f-r12-u08`) and GKE nodes with random suffixes
(`gke-nuri-web-7f3a`).

Seven injected incidents (times KST; now = Tuesday 2026-06-30 21:40, the evening prime-time peak of the
month's last day; the window is the 10 days before):
  A1 Sun 21 20:30–21:25  weekend evening: aero-seg node rejoins cold, migrations, reads slow: kkotdabal-seg
                         (loudest; 3.4.0 deployed at 20:05), durumi-target, kkachi-auction, kkachi-gw
  A2 Tue 23 02:20–03:15  night: dw-ch01 rejects inserts (Too many parts) after Monday night's rollup backfill:
                         rollup-hr (loudest), pub_settle_bat (its 02:00 run), bogoseo-api
  A3 Wed 24 13:10–14:05  lunch, a big advertiser's time-deal campaign: kv-budget's single thread saturates on a
                         huge budget hash: moraesigye (loudest; 5.2.0 deployed 12:40), kkachi-auction, durumi-adsrv
  A4 Thu 25 19:40–20:35  evening: the KINX IX port ix-kinx congests (packet loss to DSPs): kkachi-bidder-conn
                         (loudest; 2.9.1 with a new DSP at 19:15), kkachi-auction, kkachi-gw
  A5 Sat 27 16:00–16:55  weekend afternoon (sports broadcast traffic): redis-dedup reaches maxmemory with
                         noeviction: jebi-imp (loudest; 6.0.3 at 15:30), jebi-click
  A6 Mon 29 10:20–11:15  morning, month-end campaign uploads: pg-campaign CPU saturates on seq scans (an index
                         dropped by Sunday's migration): nuri-console (loudest; deployed 09:50), gongjak-review,
                         jebi-conv
  A7 Tue 30 21:05–now    evening peak: the 21:00 IVT blocklist reload into redis-ivt (the list grew with data-center
                         ranges on Monday) blocks it: bueongi-prebid (loudest; 4.1.0 at 20:30), kkachi-auction,
                         kkachi-gw (ongoing)
Confounders: the evening prime-time peak and lunch, weekend afternoons, month-end spend (29–30), the hourly
rollup, the nightly publisher settlement (02:00), the month-end pre-close (가마감) on the 30th afternoon, the
daily 21:00 blocklist reload, deploys on victims just before A1, A3, A4, A5, A6, A7, the rollup backfill before
A2, maintenance (`sa-ch10-bl07`, `taxinv_if`), the retired `kkachi-legacy-rtb`, the ELK host `md4f-r14-u01`'s disk
creeping up and the l4-md-legacy certificate expiring on 2026-07-06.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/ads_golden.py) are computed from the files.

    .venv/bin/python bench/ads_estate.py   # rewrites tests/fixtures/adtech-rtb*
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

NAME = "adtech-rtb"
NOW = datetime(2026, 6, 30, 12, 40, tzinfo=UTC)  # Tuesday 21:40 KST
START = NOW - timedelta(days=10)  # Saturday 2026-06-20 21:40 KST
SEED = 20260630
SITES = {"S": "상암IDC", "M": "목동IDC", "G": "gcp-seoul", "C": "cdn-edge"}
ENVS = {"P": "prod", "S": "stg", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2026-06")

EXCH, ADSRV, CRE, TRK = "exchange-core", "애드서빙팀", "creative-platform", "트래킹팀"
IVT, PACE, AUD, DATA = "IVT대응팀", "pacing-squad", "audience-data", "데이터플랫폼팀"
CONSOLE, BILL, PUB, SRE = "광고주센터개발팀", "빌링정산팀", "매체개발팀", "sre"
DBA, NET, LEGACY = "DBA팀", "infra-net", "레거시운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- exchange (까치)
    "kkachi-gw": ("service", EXCH, "S", "P", ["sa-ch07-bl01", "sa-ch07-bl02"], ["kkachi-auction", "kafka-bid"],
                  {"desc": "입찰요청 게이트웨이 (SSP/SDK → OpenRTB 2.6)", "lang": "go", "version": "8.3.2",
                   "instances": 24, "port": 8443, "endpoint": "bid.nuriad.net", "openrtb": "2.6",
                   "max_qps": 420000}),
    "kkachi-auction": ("service", EXCH, "S", "P", ["sa-ch07-bl03", "sa-ch07-bl04"],
                       ["kkachi-bidder-conn", "kkachi-floor", "bueongi-prebid", "kkotdabal-seg", "moraesigye",
                        "durumi-adsrv", "kafka-bid"],
                       {"desc": "경매 엔진 (2nd price → 1st price, DSP 팬아웃)", "lang": "rust", "version": "12.1.0",
                        "instances": 32, "tmax_ms": 100, "auction_type": "first-price", "port": 9100}),
    "kkachi-bidder-conn": ("service", EXCH, "S", "P", ["sa-ch07-bl05"], ["redis-qps", "ix-kinx"],
                           {"desc": "DSP 커넥터 (HTTP/2 keep-alive 풀, QPS 쓰로틀링)", "lang": "rust",
                            "version": "2.9.1", "instances": 16, "dsp_count": 38, "timeout_ms": 80}),
    "kkachi-floor": ("service", EXCH, "S", "P", ["sa-ch07-bl05"], ["redis-floor"],
                     {"desc": "동적 플로어 가격 최적화", "lang": "python", "version": "3.0.4", "instances": 6,
                      "model": "floor-gbdt v21", "currency": "USD"}),
    "kkachi-dealdesk": ("service", EXCH, "G", "P", ["gke-nuri-web-1c8e"], ["pg-deal"],
                        {"desc": "PMP/PG 딜 관리 (deal id 발급)", "lang": "kotlin", "version": "1.7.2",
                         "replicas": 3, "active_deals": 1240}),
    "kkachi-logger": ("service", EXCH, "G", "P", ["gke-nuri-batch-2c9d"], ["kafka-bid", "gcs-dwraw"],
                      {"desc": "입찰 로그 적재 (bid stream → GCS parquet)", "lang": "java", "version": "2.2.0",
                       "replicas": 6, "product": "Flink 1.18"}),
    "kkachi-admin": ("service", EXCH, "G", "P", ["gke-nuri-web-1c8e"], ["pg-deal", "redis-qps"],
                     {"desc": "익스체인지 운영 콘솔 (DSP 온보딩, QPS 한도)", "lang": "typescript", "version": "4.0.1",
                      "replicas": 2}),
    # ---------------------------------------------------------------- ad servers (두루미)
    "durumi-adsrv": ("service", ADSRV, "S", "P", ["sa-ch08-bl01", "sa-ch08-bl02"],
                     ["durumi-target", "moraesigye", "gongjak-origin", "redis-adsrv", "pg-campaign"],
                     {"desc": "보장형/직판 광고 서버 (디스플레이, 네이티브)", "lang": "java", "version": "15.4.0",
                      "instances": 20, "framework": "Netty 4.1", "freq_cap_default": 3}),
    "durumi-video": ("service", ADSRV, "S", "P", ["sa-ch08-bl02"], ["durumi-adsrv", "gongjak-origin"],
                     {"desc": "동영상 광고 서버 (VAST 4.2 / VMAP)", "lang": "java", "version": "4.6.1",
                      "instances": 8, "vast": "4.2"}),
    "durumi-target": ("service", ADSRV, "S", "P", ["sa-ch08-bl01"], ["kkotdabal-seg", "redis-adsrv"],
                      {"desc": "타게팅 엔진 (지역, 디바이스, 오디언스 세그먼트)", "lang": "java",
                       "version": "7.0.8", "instances": 10}),
    # ---------------------------------------------------------------- creatives (공작)
    "gongjak-origin": ("service", CRE, "G", "P", ["gke-nuri-web-7f3a"], ["gcs-creative"],
                       {"desc": "소재 오리진 (이미지/HTML5/동영상)", "lang": "go", "version": "3.5.0",
                        "replicas": 12}),
    "gongjak-transcode": ("service", CRE, "G", "P", ["gke-nuri-batch-e51f"], ["gcs-creative", "rmq-creative"],
                          {"desc": "동영상 소재 트랜스코딩 (HLS, 3 렌디션)", "lang": "go", "version": "2.1.3",
                           "replicas": 8, "encoder": "ffmpeg 6.1 (NVENC)", "gpu": "NVIDIA L4"}),
    "gongjak-review": ("service", CRE, "G", "P", ["gke-nuri-web-7f3a"], ["pg-campaign", "rmq-creative"],
                       {"desc": "소재 심의 (광고 정책 자동검수 + 심의팀 큐)", "lang": "python", "version": "2.8.0",
                        "replicas": 4, "reviewers": 26, "model": "ad-policy-clf v7"}),
    # ---------------------------------------------------------------- trackers (제비)
    "jebi-imp": ("service", TRK, "S", "P", ["sa-ch09-bl01", "sa-ch09-bl02"], ["kafka-evt", "redis-dedup"],
                 {"desc": "노출 트래커 (impression pixel, viewability)", "lang": "go", "version": "6.0.3",
                  "instances": 18, "endpoint": "imp.nuriad.net"}),
    "jebi-click": ("service", TRK, "S", "P", ["sa-ch09-bl02"], ["kafka-evt", "redis-dedup"],
                   {"desc": "클릭 트래커 (302 리다이렉트)", "lang": "go", "version": "3.2.2", "instances": 8,
                    "endpoint": "clk.nuriad.net"}),
    "jebi-conv": ("service", TRK, "G", "P", ["gke-nuri-web-1c8e"], ["kafka-evt", "pg-campaign"],
                  {"desc": "전환 포스트백 수신 (MMP: AppsFlyer, Adjust, Airbridge)", "lang": "kotlin",
                   "version": "2.4.0", "replicas": 4, "attribution_window_d": 7}),
    # ---------------------------------------------------------------- invalid traffic (부엉이)
    "bueongi-prebid": ("service", IVT, "S", "P", ["sa-ch09-bl03"], ["redis-ivt"],
                       {"desc": "입찰전 부정트래픽 필터 (IP/UA/디바이스 블록리스트)", "lang": "rust",
                        "version": "4.1.0", "instances": 12, "budget_ms": 5, "fail_mode": "open"}),
    "bueongi-postbid": ("service", IVT, "G", "P", ["gke-nuri-batch-2c9d"], ["kafka-evt", "dw-ch01", "redis-ivt"],
                        {"desc": "노출 후 IVT 분석 (GIVT/SIVT 판정, MRC 기준)", "lang": "python",
                         "version": "1.9.5", "replicas": 6, "standard": "MRC IVT 2.0"}),
    "bueongi-rules": ("service", IVT, "G", "P", ["gke-nuri-web-b42d"], ["redis-ivt"],
                      {"desc": "IVT 룰/블록리스트 관리 (매일 21:00 리로드)", "lang": "python", "version": "0.8.2",
                       "replicas": 2, "reload_time": "21:00"}),
    # ---------------------------------------------------------------- pacing (모래시계)
    "moraesigye": ("service", PACE, "S", "P", ["sa-ch08-bl03"], ["kv-budget", "kafka-evt", "pg-campaign"],
                   {"desc": "예산 페이싱 (일예산 소진 속도 제어, 캠페인 on/off)", "lang": "go", "version": "5.2.0",
                    "instances": 10, "pacing": "PID smooth", "tick_s": 10}),
    # ---------------------------------------------------------------- audience (꽃다발)
    "kkotdabal-seg": ("service", AUD, "S", "P", ["sa-ch09-bl04"], ["aero-seg"],
                      {"desc": "오디언스 세그먼트 조회 (입찰시 유저 세그먼트)", "lang": "go", "version": "3.4.0",
                       "instances": 14, "segments": 5800}),
    "kkotdabal-sync": ("service", AUD, "G", "P", ["gke-nuri-web-b42d"], ["aero-seg", "kafka-evt"],
                       {"desc": "쿠키 싱크 / ADID 매칭", "lang": "go", "version": "2.0.6", "replicas": 6,
                        "partners": 41}),
    "kkotdabal-build": ("service", AUD, "G", "P", ["gke-nuri-batch-e51f"], ["dw-ch01", "aero-seg"],
                        {"desc": "세그먼트 빌더 (매일 04:00 전체 재계산)", "lang": "scala",
                         "product": "Spark 3.5 on GKE", "schedule": "매일 04:00"}),
    # ---------------------------------------------------------------- advertiser console, reporting, warehouse
    "nuri-console": ("service", CONSOLE, "G", "P", ["gke-nuri-web-b42d"],
                     ["nuri-auth", "pg-campaign", "bogoseo-api", "adv_billing", "gongjak-review"],
                     {"desc": "광고주 센터 (캠페인 등록, 소재 업로드, 리포트)", "lang": "typescript",
                      "framework": "Next.js 14", "version": "22.6.0", "replicas": 8}),
    "nuri-auth": ("service", SRE, "G", "P", ["gke-nuri-web-b42d"], ["pg-account"],
                  {"desc": "광고주/매체사 SSO (OIDC)", "lang": "kotlin", "version": "3.1.1", "replicas": 4,
                   "token_ttl_min": 30}),
    "bogoseo-api": ("service", DATA, "G", "P", ["gke-nuri-web-7f3a"], ["dw-ch01", "redis-report"],
                    {"desc": "리포트 API (캠페인/매체 성과, 시간대별)", "lang": "kotlin", "version": "5.3.2",
                     "replicas": 6, "max_range_days": 92}),
    "rollup-hr": ("service", DATA, "G", "P", ["gke-nuri-batch-2c9d"], ["kafka-evt", "dw-ch01", "gcs-dwraw"],
                  {"desc": "시간별 롤업 (노출/클릭/비용 집계, 매시 05분)", "lang": "scala",
                   "product": "Spark 3.5 on GKE", "schedule": "매시 05분"}),
    "evt-sink": ("service", DATA, "G", "P", ["gke-nuri-batch-e51f"], ["kafka-evt", "gcs-dwraw"],
                 {"desc": "이벤트 원본 적재 (Kafka → GCS)", "lang": "java", "version": "1.4.7", "replicas": 4,
                  "product": "Kafka Connect 3.7"}),
    "gamsi-prom": ("service", SRE, "G", "P", ["gke-nuri-web-7f3a"], [],
                   {"desc": "관측 (메트릭/알림)", "product": "Prometheus 2.53 + Thanos + Grafana 11",
                    "replicas": 3, "retention_d": 30}),
    "sdk-config": ("service", PUB, "G", "P", ["gke-nuri-web-1c8e"], [],
                   {"desc": "매체 SDK 원격설정 (광고 단위, 리프레시 주기)", "lang": "go", "version": "1.3.0",
                    "replicas": 4, "sdk_latest": "NuriAds SDK 9.2.1"}),
    # ---------------------------------------------------------------- billing and settlement (legacy, 목동)
    "adv_billing": ("service", BILL, "M", "P", ["md4f-r12-u08"], ["ora_bill", "dw-ch01", "hwanyul-api"],
                    {"desc": "광고주 과금 (선불 충전금 차감, 후불 한도)", "product": "Spring Boot 2.7",
                     "jdk": "OpenJDK 11", "version": "3.18.2", "advertisers": 9600}),
    "adv_invoice_bat": ("service", BILL, "M", "P", ["md4f-r12-u10"], ["ora_bill", "dw-ch01", "adv_billing"],
                        {"desc": "월말 마감 청구 배치 (가마감 말일 14:00, 본마감 익월 1일 03:00)",
                         "product": "Spring Batch 4.3", "jdk": "OpenJDK 11", "schedule": "말일 14:00 / 1일 03:00"}),
    "pub_settle_bat": ("service", BILL, "M", "P", ["md4f-r12-u10"], ["ora_bill", "dw-ch01"],
                       {"desc": "매체사 정산 일배치 (수익 배분, 지급 예정액)", "product": "Spring Batch 4.3",
                        "jdk": "OpenJDK 8", "schedule": "매일 02:00", "publishers": 3150, "rev_share_pct": 70}),
    "pub_portal": ("service", PUB, "M", "P", ["md4f-r12-u08"], ["ora_bill", "bogoseo-api", "nuri-auth"],
                   {"desc": "매체사 센터 (수익 리포트, 정산 내역)", "product": "Spring MVC 5 (Tomcat 9)",
                    "version": "7.2.0", "endpoint": "partner.nuriad.co.kr"}),
    "taxinv_if": ("service", BILL, "M", "P", ["md4f-r12-u08"], ["ora_bill"],
                  {"desc": "전자세금계산서 연계 (국세청 ASP)", "product": "자체개발 (JSP, WebLogic 12c)",
                   "asp": "스마트빌"}),
    "hwanyul-api": ("service", BILL, "M", "P", ["md4f-r12-u08"], ["ora_bill"],
                    {"desc": "환율 API (USD 입찰가 → KRW 과금, 매일 09:00 고시환율)", "product": "Spring Boot 2.7",
                     "version": "1.2.0", "source": "하나은행 고시환율"}),
    # ---------------------------------------------------------------- staging, qa, dev, retired
    "kkachi-gw-stg": ("service", EXCH, "G", "S", ["gke-nuri-stg-40aa"], ["kkachi-auction-stg"],
                      {"desc": "입찰 게이트웨이 (스테이징)", "version": "8.4.0-rc2", "replicas": 2}),
    "kkachi-auction-stg": ("service", EXCH, "G", "S", ["gke-nuri-stg-40aa"], ["redis-auction-stg"],
                           {"desc": "경매 엔진 (스테이징)", "version": "12.2.0-rc1", "replicas": 2}),
    "moraesigye-stg": ("service", PACE, "G", "S", ["gke-nuri-stg-40aa"], ["redis-auction-stg", "pg-campaign-stg"],
                       {"desc": "예산 페이싱 (스테이징)", "version": "5.3.0-rc1", "replicas": 1}),
    "jebi-imp-stg": ("service", TRK, "G", "S", ["gke-nuri-stg-40aa"], [],
                     {"desc": "노출 트래커 (스테이징)", "version": "6.1.0-rc1", "replicas": 1}),
    "durumi-adsrv-qa": ("service", ADSRV, "G", "Q", ["gke-nuri-stg-40aa"], ["pg-campaign-stg"],
                        {"desc": "광고 서버 (QA, 테스트 캠페인)", "version": "15.5.0-beta3", "replicas": 1}),
    "bogoseo-api-dev": ("service", DATA, "G", "D", ["gke-nuri-dev-93b1"], [],
                        {"desc": "리포트 API (개발)", "version": "5.4.0-SNAPSHOT", "replicas": 1}),
    "kkotdabal-seg-dev": ("service", AUD, "G", "D", ["gke-nuri-dev-93b1"], [],
                          {"desc": "세그먼트 조회 (개발)", "version": "3.5.0-SNAPSHOT", "replicas": 1}),
    "nuri-console-dev": ("service", CONSOLE, "G", "D", ["gke-nuri-dev-93b1"], [],
                         {"desc": "광고주 센터 (개발)", "version": "22.7.0-SNAPSHOT", "replicas": 1}),
    "kkachi-legacy-rtb": ("service", EXCH, "S", "P", [], [],
                          {"desc": "구 RTB 엔진 (OpenRTB 2.3, 2025년 kkachi-auction으로 대체)", "version": "6.9.12",
                           "decommissioned": "2025-09-30"}),
    # ---------------------------------------------------------------- databases
    "pg-campaign": ("database", DBA, "G", "P", [], [],
                    {"engine": "postgresql", "product": "Cloud SQL PostgreSQL 15", "tier": "db-custom-16-61440",
                     "port": 5432, "max_connections": 800, "desc": "캠페인/광고그룹/소재 메타, 일예산"}),
    "pg-deal": ("database", DBA, "G", "P", [], [],
                {"engine": "postgresql", "product": "Cloud SQL PostgreSQL 15", "tier": "db-custom-4-15360",
                 "port": 5432, "desc": "PMP 딜, DSP 계약"}),
    "pg-account": ("database", DBA, "G", "P", [], [],
                   {"engine": "postgresql", "product": "Cloud SQL PostgreSQL 15", "tier": "db-custom-4-15360",
                    "port": 5432, "desc": "광고주/매체사 계정"}),
    "ora_bill": ("database", DBA, "M", "P", ["md4f-r12-u04"], [],
                 {"engine": "oracle", "version": "Oracle 19c (19.21)", "port": 1521, "sid": "NRBILL",
                  "size_tb": 4.2, "edition": "Enterprise (RAC 미사용)", "desc": "과금/정산 원장"}),
    "dw-ch01": ("database", DATA, "M", "P", ["md4f-r13-u01", "md4f-r13-u02", "md4f-r13-u03"], [],
                {"engine": "clickhouse", "version": "24.8 LTS", "port": 9000, "shards": 3, "replicas": 1,
                 "parts_to_throw_insert": 3000, "desc": "리포팅 DW (시간별 롤업, 원본 90일)"}),
    "aero-seg": ("database", AUD, "S", "P", ["sa-ch10-bl01", "sa-ch10-bl02", "sa-ch10-bl03"], [],
                 {"engine": "aerospike", "version": "Aerospike EE 7.1", "port": 3000, "nodes": 3,
                  "replication_factor": 2, "objects_billion": 2.7, "desc": "유저 → 세그먼트 프로파일"}),
    "pg-campaign-stg": ("database", DBA, "G", "S", [], [],
                        {"engine": "postgresql", "product": "Cloud SQL PostgreSQL 15", "tier": "db-custom-2-7680",
                         "port": 5432}),
    "ora_bill_stg": ("database", DBA, "M", "S", ["md4f-r14-u02"], [],
                     {"engine": "oracle", "version": "Oracle 19c (19.21)", "port": 1521, "sid": "NRBILLS"}),
    # ---------------------------------------------------------------- caches, queues
    "kv-budget": ("cache", PACE, "S", "P", ["sa-ch08-bl04"], [],
                  {"engine": "redis", "version": "Redis 7.2.5", "maxmemory_gb": 48, "port": 6379, "shards": 1,
                   "desc": "캠페인 예산 소진 카운터 (HINCRBY)"}),
    "redis-qps": ("cache", EXCH, "S", "P", [], [],
                  {"engine": "redis", "version": "Redis 7.2.5", "maxmemory_gb": 8, "port": 6380,
                   "desc": "DSP별 QPS 토큰버킷"}),
    "redis-floor": ("cache", EXCH, "S", "P", [], [],
                    {"engine": "redis", "version": "Redis 7.2.5", "maxmemory_gb": 16, "port": 6381,
                     "desc": "플로어 가격 테이블"}),
    "redis-adsrv": ("cache", ADSRV, "S", "P", [], [],
                    {"engine": "redis", "version": "Redis 7.2.5", "maxmemory_gb": 64, "port": 6379, "shards": 4,
                     "desc": "빈도 제한 (frequency cap) 카운터"}),
    "redis-dedup": ("cache", TRK, "S", "P", ["sa-ch09-bl04"], [],
                    {"engine": "redis", "version": "Redis 7.2.5", "maxmemory_gb": 32, "port": 6390,
                     "maxmemory_policy": "noeviction", "desc": "노출/클릭 중복 제거 키 (TTL 24h)"}),
    "redis-ivt": ("cache", IVT, "S", "P", ["sa-ch09-bl03"], [],
                  {"engine": "redis", "version": "Redis 7.2.5", "maxmemory_gb": 24, "port": 6391,
                   "blocklist_entries_million": 48, "desc": "IVT 블록리스트 (IP 대역, UA, 디바이스)"}),
    "redis-report": ("cache", DATA, "G", "P", [], [],
                     {"engine": "redis", "product": "Memorystore for Redis 7.2", "maxmemory_gb": 12, "port": 6379,
                      "desc": "리포트 결과 캐시"}),
    "redis-auction-stg": ("cache", EXCH, "G", "S", [], [],
                          {"engine": "redis", "product": "Memorystore for Redis 7.2", "maxmemory_gb": 2, "port": 6379}),
    "kafka-bid": ("queue", EXCH, "S", "P", ["sa-ch11-bl01", "sa-ch11-bl02", "sa-ch11-bl03"], [],
                  {"product": "Apache Kafka 3.7.1", "brokers": 3, "topics": 22, "partitions": 960,
                   "retention_h": 12, "port": 9092, "desc": "입찰 요청/응답 로그 스트림"}),
    "kafka-evt": ("queue", TRK, "S", "P", ["sa-ch11-bl01", "sa-ch11-bl02", "sa-ch11-bl03"], [],
                  {"product": "Apache Kafka 3.7.1", "brokers": 3, "topics": 48, "partitions": 720,
                   "retention_h": 72, "min_insync_replicas": 2, "port": 9093,
                   "desc": "노출/클릭/전환/과금 이벤트"}),
    "rmq-creative": ("queue", CRE, "G", "P", ["gke-nuri-batch-e51f"], [],
                     {"product": "RabbitMQ 3.13.2", "nodes": 1, "port": 5672, "desc": "소재 트랜스코딩/심의 작업 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-sa-bid": ("S", NET, ["kkachi-gw"],
                  {"vendor": "A10 Networks", "model": "Thunder 5440", "vip": "211.45.60.10", "firmware": "ACOS 6.0.4",
                   "endpoint": "bid.nuriad.net"}),
    "l4-sa-trk": ("S", NET, ["jebi-imp", "jebi-click"],
                  {"vendor": "A10 Networks", "model": "Thunder 3350", "vip": "211.45.60.20", "firmware": "ACOS 6.0.4"}),
    "glb-console": ("G", SRE, ["nuri-console", "bogoseo-api", "kkachi-dealdesk", "jebi-conv"],
                    {"vendor": "Google", "model": "Global external Application LB", "endpoint": "ads.nuriad.co.kr",
                     "cert_expiry": "2026-11-14", "cert_issuer": "Google-managed", "waf": "Cloud Armor"}),
    "l4-md-legacy": ("M", NET, ["pub_portal", "adv_billing", "taxinv_if"],
                     {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "172.31.4.40", "firmware": "2.3.7",
                      "endpoint": "partner.nuriad.co.kr", "cert_expiry": "2026-07-06",
                      "cert_issuer": "Thawte (수동 갱신)"}),
    "cdn-creative": ("C", CRE, ["gongjak-origin"],
                     {"vendor": "CDNetworks", "model": "Dynamic Web Acceleration", "endpoint": "img.nuriad.net",
                      "cache_hit_target": 0.98}),
    "cdn-sdk": ("C", PUB, ["sdk-config"],
                {"vendor": "AWS", "model": "CloudFront", "endpoint": "sdk.nuriad.net", "cache_hit_target": 0.995}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "gcs-creative": ("G", CRE, {"vendor": "Google", "model": "GCS Standard (asia-northeast3)", "capacity_tb": 180,
                                "desc": "광고 소재 원본/변환본"}, []),
    "gcs-dwraw": ("G", DATA, {"vendor": "Google", "model": "GCS Nearline", "capacity_tb": 2400,
                              "desc": "입찰/이벤트 원본 로그 (parquet)"}, []),
    "nas-md01": ("M", LEGACY, {"vendor": "NetApp", "model": "FAS2750", "capacity_tb": 96, "ontap": "9.13.1P6",
                               "desc": "정산 지급 파일, 세금계산서 PDF, 계약서"}, ["md4f-r12-u08", "md4f-r12-u10"]),
    "minio-bidlog": ("S", EXCH, {"vendor": "MinIO", "model": "MinIO AIStor (8 노드)", "capacity_tb": 640,
                                 "desc": "입찰 로그 단기 보관 (7일)"}, ["sa-ch11-bl01", "sa-ch11-bl02", "sa-ch11-bl03"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 상암IDC: chassis/blade
    "sa-ch07-bl01": ("S", "P", "blade", {"role": "입찰 게이트웨이", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch07-bl02": ("S", "P", "blade", {"role": "입찰 게이트웨이", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch07-bl03": ("S", "P", "blade", {"role": "경매 엔진", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch07-bl04": ("S", "P", "blade", {"role": "경매 엔진", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch07-bl05": ("S", "P", "blade", {"role": "DSP 커넥터/플로어", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch08-bl01": ("S", "P", "blade", {"role": "광고서버/타게팅", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch08-bl02": ("S", "P", "blade", {"role": "광고서버/동영상", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch08-bl03": ("S", "P", "blade", {"role": "페이싱", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch08-bl04": ("S", "P", "blade", {"role": "예산 카운터 Redis", "model": "Lenovo ThinkSystem SN550 V2"}),
    "sa-ch09-bl01": ("S", "P", "blade", {"role": "노출 트래커", "model": "Dell PowerEdge MX750c"}),
    "sa-ch09-bl02": ("S", "P", "blade", {"role": "노출/클릭 트래커", "model": "Dell PowerEdge MX750c"}),
    "sa-ch09-bl03": ("S", "P", "blade", {"role": "IVT 필터/블록리스트 Redis", "model": "Dell PowerEdge MX750c"}),
    "sa-ch09-bl04": ("S", "P", "blade", {"role": "세그먼트 조회/중복제거 Redis", "model": "Dell PowerEdge MX750c"}),
    "sa-ch10-bl01": ("S", "P", "blade", {"role": "Aerospike node 1", "model": "Dell PowerEdge MX750c", "nvme_tb": 15.4}),
    "sa-ch10-bl02": ("S", "P", "blade", {"role": "Aerospike node 2", "model": "Dell PowerEdge MX750c", "nvme_tb": 15.4}),
    "sa-ch10-bl03": ("S", "P", "blade", {"role": "Aerospike node 3", "model": "Dell PowerEdge MX750c", "nvme_tb": 15.4}),
    "sa-ch10-bl07": ("S", "P", "blade", {"role": "예비 (PSU 교체 대기)", "model": "Dell PowerEdge MX750c"}),
    "sa-ch11-bl01": ("S", "P", "blade", {"role": "Kafka broker 1", "model": "Dell PowerEdge MX750c"}),
    "sa-ch11-bl02": ("S", "P", "blade", {"role": "Kafka broker 2", "model": "Dell PowerEdge MX750c"}),
    "sa-ch11-bl03": ("S", "P", "blade", {"role": "Kafka broker 3", "model": "Dell PowerEdge MX750c"}),
    # 목동IDC: floor/rack/unit
    "md4f-r12-u04": ("M", "P", "bare", {"role": "Oracle 과금 DB", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "md4f-r12-u08": ("M", "P", "vm", {"role": "과금/매체센터 WAS", "hypervisor": "VMware vSphere 7.0U3"}),
    "md4f-r12-u10": ("M", "P", "vm", {"role": "정산/마감 배치", "hypervisor": "VMware vSphere 7.0U3"}),
    "md4f-r13-u01": ("M", "P", "bare", {"role": "ClickHouse shard 1", "model": "Supermicro AS-1115CS-TNR"}),
    "md4f-r13-u02": ("M", "P", "bare", {"role": "ClickHouse shard 2", "model": "Supermicro AS-1115CS-TNR"}),
    "md4f-r13-u03": ("M", "P", "bare", {"role": "ClickHouse shard 3", "model": "Supermicro AS-1115CS-TNR"}),
    "md4f-r14-u01": ("M", "P", "bare", {"role": "로그 수집 (ELK)", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "md4f-r14-u02": ("M", "S", "vm", {"role": "과금 스테이징 DB/배포 도구", "hypervisor": "VMware vSphere 7.0U3"}),
    "md4f-r14-u05": ("M", "P", "bare", {"role": "백업 서버 (RMAN, NAS 스냅샷)", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    # gcp-seoul GKE
    "gke-nuri-web-7f3a": ("G", "P", "gke", {"machine_type": "n2-standard-16", "zone": "asia-northeast3-a", "pool": "web"}),
    "gke-nuri-web-1c8e": ("G", "P", "gke", {"machine_type": "n2-standard-16", "zone": "asia-northeast3-b", "pool": "web"}),
    "gke-nuri-web-b42d": ("G", "P", "gke", {"machine_type": "n2-standard-8", "zone": "asia-northeast3-c", "pool": "web"}),
    "gke-nuri-batch-2c9d": ("G", "P", "gke", {"machine_type": "n2-highmem-32", "zone": "asia-northeast3-a", "pool": "batch"}),
    "gke-nuri-batch-e51f": ("G", "P", "gke", {"machine_type": "g2-standard-24", "zone": "asia-northeast3-b", "pool": "batch-gpu"}),
    "gke-nuri-stg-40aa": ("G", "S", "gke", {"machine_type": "e2-standard-8", "zone": "asia-northeast3-a", "pool": "stg"}),
    "gke-nuri-dev-93b1": ("G", "D", "gke", {"machine_type": "e2-standard-4", "zone": "asia-northeast3-a", "pool": "dev"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "sa-core-sw": ("S", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "sa-fw": ("S", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5445", "firmware": "PAN-OS 11.1.3"}),
    "ix-kinx": ("S", {"device": "IX port", "vendor": "KINX", "model": "KINX IX 100G 포트 (DSP 피어링)",
                      "port_gbps": 100, "peers": 27, "desc": "해외/국내 DSP 피어링 (입찰 응답 경로)"}),
    "dwdm-sa-md": ("M", {"device": "dark fibre", "vendor": "SK브로드밴드", "model": "DWDM 2x10G", "circuit": "SKB-DF-20817",
                         "desc": "상암IDC ↔ 목동IDC 전용선"}),
    "ic-gcp": ("G", {"device": "interconnect", "vendor": "Google", "model": "Partner Interconnect 10Gbps (KINX)",
                     "vlan_attachment": "ic-nuri-sa-01", "desc": "상암IDC ↔ gcp-seoul"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("sa-fw", "sa-core-sw"),
    ("ix-kinx", "sa-core-sw"),
    ("dwdm-sa-md", "sa-core-sw"),
    ("ic-gcp", "sa-core-sw"),
    ("adv_billing", "dwdm-sa-md"),
    ("pub_settle_bat", "dwdm-sa-md"),
    ("rollup-hr", "ic-gcp"),
    ("kkachi-logger", "ic-gcp"),
]
# fmt: on
STATUS = {"sa-ch10-bl07": "maintenance", "taxinv_if": "maintenance", "kkachi-legacy-rtb": "retired"}
NET_PREFIX = {"S": "10.41", "M": "172.31", "G": "10.128"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "A1",
        "kind": "read_latency",
        "root": "aero-seg",
        "description": "on Sunday evening's peak node 2 of aero-seg rejoins the cluster cold after a kernel patch"
        " reboot and partition migrations make reads slow: kkotdabal-seg (redeployed at 20:05 with 3.4.0) times"
        " out the loudest, durumi-target loses audience targeting, kkachi-auction misses its 100 ms budget and"
        " kkachi-gw answers no-bids, until migrations are throttled",
        "start": kst(21, 20, 30),
        "end": kst(21, 21, 25),
        "affected": ["aero-seg", "kkotdabal-seg", "durumi-target", "kkachi-auction", "kkachi-gw"],
    },
    {
        "id": "A2",
        "kind": "too_many_parts",
        "root": "dw-ch01",
        "description": "in the small hours of Tuesday dw-ch01 rejects inserts (Too many parts) after Monday night's"
        " rollup backfill piled up small parts faster than merges: rollup-hr fails the loudest, the 02:00"
        " publisher settlement pub_settle_bat cannot read its hour rollups, bogoseo-api slows, until the"
        " backfill is stopped and merges catch up",
        "start": kst(23, 2, 20),
        "end": kst(23, 3, 15),
        "affected": ["dw-ch01", "rollup-hr", "pub_settle_bat", "bogoseo-api"],
    },
    {
        "id": "A3",
        "kind": "cache_cpu_saturation",
        "root": "kv-budget",
        "description": "at Wednesday lunch a large advertiser's time-deal campaign (120,000 line items in one budget"
        " hash) saturates kv-budget's single thread (HGETALL on a huge key): moraesigye (5.2.0 deployed at 12:40)"
        " times out the loudest, kkachi-auction and durumi-adsrv wait on pacing decisions, until the hash is split",
        "start": kst(24, 13, 10),
        "end": kst(24, 14, 5),
        "affected": ["kv-budget", "moraesigye", "kkachi-auction", "durumi-adsrv"],
    },
    {
        "id": "A4",
        "kind": "network_congestion",
        "root": "ix-kinx",
        "description": "on Thursday evening the KINX IX port ix-kinx congests (a peer's traffic shift fills the 100G"
        " port) and drops packets on the DSP path: kkachi-bidder-conn (2.9.1 with a new DSP deployed at 19:15)"
        " times out the loudest, kkachi-auction loses bids past tmax, kkachi-gw's fill rate falls, until the DSP"
        " traffic is moved to the backup transit",
        "start": kst(25, 19, 40),
        "end": kst(25, 20, 35),
        "affected": ["ix-kinx", "kkachi-bidder-conn", "kkachi-auction", "kkachi-gw"],
    },
    {
        "id": "A5",
        "kind": "cache_maxmemory",
        "root": "redis-dedup",
        "description": "on Saturday afternoon, with sports broadcast traffic, redis-dedup reaches maxmemory under"
        " its noeviction policy and rejects writes (OOM command not allowed): jebi-imp (6.0.3 deployed at 15:30)"
        " fails the loudest, jebi-click follows, until maxmemory is raised and the dedup TTL cut",
        "start": kst(27, 16, 0),
        "end": kst(27, 16, 55),
        "affected": ["redis-dedup", "jebi-imp", "jebi-click"],
    },
    {
        "id": "A6",
        "kind": "db_cpu_saturation",
        "root": "pg-campaign",
        "description": "on Monday morning, with month-end campaign uploads, pg-campaign's CPU saturates on"
        " sequential scans of line_item (Sunday's migration V412 dropped idx_line_item_campaign): nuri-console"
        " (deployed at 09:50) times out the loudest, gongjak-review and jebi-conv follow, until the index is"
        " rebuilt concurrently",
        "start": kst(29, 10, 20),
        "end": kst(29, 11, 15),
        "affected": ["pg-campaign", "nuri-console", "gongjak-review", "jebi-conv"],
    },
    {
        "id": "A7",
        "kind": "cache_blocking_reload",
        "root": "redis-ivt",
        "description": "at the Tuesday evening peak the 21:00 IVT blocklist reload into redis-ivt (the list grew to"
        " 48M entries with data-center IP ranges on Monday) blocks the cache and fills its memory: bueongi-prebid"
        " (4.1.0 deployed at 20:30) times out the loudest, kkachi-auction misses its 100 ms budget, kkachi-gw's"
        " no-bid rate climbs (ongoing)",
        "start": kst(30, 21, 5),
        "end": None,
        "affected": ["redis-ivt", "bueongi-prebid", "kkachi-auction", "kkachi-gw"],
    },
]
A1, A2, A3, A4, A5, A6, A7 = INCIDENTS
TIMEDEAL = (kst(24, 13, 0), kst(24, 15, 0))  # 대형 광고주 타임딜 캠페인
SPORTS = (kst(27, 14, 0), kst(27, 19, 0))  # 주말 스포츠 중계
PRECLOSE = (kst(30, 14, 0), kst(30, 16, 30))  # 월말 가마감
BACKFILL = (kst(22, 23, 50), kst(23, 3, 20))  # rollup-hr 백필


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 20, 'S': 40, 'D': 60}[env]) + i // 9}.{13 + (i * 37) % 230}"
        }
        if kind == "gke":
            attrs |= {
                "cluster": "gke-nuri-prod" if env == "P" else "gke-nuri-nonprod",
                "os": "Container-Optimized OS 113",
                "kubelet": "v1.30.5-gke.1014",
            }
        elif kind == "blade":
            attrs |= {"os": rng.choice(["Rocky Linux 9.3", "Rocky Linux 9.4"]), "cores": rng.choice([48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]), "chassis": h[3:7],
                      "serial": f"{rng.choice(['J30', 'CN0', '7Z7'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = EXCH if h.startswith("sa-ch07") else SRE
        elif kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 7.9", "RHEL 8.8"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64])}  # fmt: skip
            owner = LEGACY
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.8", "Oracle Linux 8.9"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 512, 768]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = LEGACY
        if h.startswith(("sa-ch10", "md4f-r12-u04")):
            owner = DBA
        if h.startswith("md4f-r13"):
            owner = DATA
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


def _month_end(ts: datetime) -> float:
    """Advertisers burn what is left of the month's budgets on the last two days."""
    return 1.08 if _local(ts).day >= 29 else 1.0


def _bid(ts: datetime) -> float:
    """Bid traffic: users on apps and the web — commute, lunch, the prime-time evening; weekend afternoons."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.07 + 0.13 * (1 if h >= 7 or h < 1 else 0)
    v += 0.13 * _bump(h, 8.4, 0.9) + 0.17 * _bump(h, 12.6, 0.8) + 0.42 * _bump(h, 21.4, 1.5)
    if loc.weekday() >= 5:
        v += 0.2 * _bump(h, 15.5, 2.4)
    if SPORTS[0] <= ts < SPORTS[1]:
        v += 0.1
    if TIMEDEAL[0] <= ts < TIMEDEAL[1]:
        v += 0.06
    return max(0.05, min(1.0, v * _month_end(ts)))


def _console(ts: datetime) -> float:
    """Advertisers and agencies: office hours, month-end campaign set-up on the 29th/30th."""
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.1 + 0.05 * _bump(h, 14, 3)
    v = 0.1 + 0.5 * (1 if 9 <= h < 19 else 0) + 0.15 * _bump(h, 10.5, 1.2) + 0.1 * _bump(h, 15, 1.5)
    if loc.day >= 29:
        v += 0.12 * (1 if 9 <= h < 19 else 0)
    return max(0.05, min(1.0, v))


def _batch(ts: datetime) -> float:
    """The nightly settlement (02:00–03:30), the 04:00 segment build, the month-end pre-close."""
    h = seoul_hour(ts)
    v = 0.15
    if 2 <= h < 3.5 or 4 <= h < 5:
        v = 0.85
    if PRECLOSE[0] <= ts < PRECLOSE[1]:
        v = 0.9
    return v


def _hourly(ts: datetime) -> float:
    """The hourly rollup: a burst from :05 to :20 each hour over the bid traffic."""
    m = (ts.minute + 60) % 60
    return max(0.05, min(1.0, 0.25 + 0.35 * _bid(ts) + (0.35 if 5 <= m < 20 else 0)))


def _steady(ts: datetime) -> float:
    return 0.5


BID_SIDE = {
    "kkachi-gw", "kkachi-auction", "kkachi-bidder-conn", "kkachi-floor", "kkachi-logger", "durumi-adsrv",
    "durumi-video", "durumi-target", "gongjak-origin", "jebi-imp", "jebi-click", "jebi-conv", "bueongi-prebid",
    "moraesigye", "kkotdabal-seg", "kkotdabal-sync", "evt-sink", "sdk-config", "aero-seg", "kv-budget",
    "redis-qps", "redis-floor", "redis-adsrv", "redis-dedup", "redis-ivt", "kafka-bid", "kafka-evt",
    "l4-sa-bid", "l4-sa-trk", "cdn-creative", "cdn-sdk", "gcs-creative", "minio-bidlog", "ix-kinx",
    "sa-core-sw", "sa-fw", "ic-gcp",
    "sa-ch07-bl01", "sa-ch07-bl02", "sa-ch07-bl03", "sa-ch07-bl04", "sa-ch07-bl05", "sa-ch08-bl01",
    "sa-ch08-bl02", "sa-ch08-bl03", "sa-ch08-bl04", "sa-ch09-bl01", "sa-ch09-bl02", "sa-ch09-bl03",
    "sa-ch09-bl04", "sa-ch10-bl01", "sa-ch10-bl02", "sa-ch10-bl03", "sa-ch11-bl01", "sa-ch11-bl02",
    "sa-ch11-bl03", "gke-nuri-web-7f3a", "gke-nuri-web-1c8e",
}  # fmt: skip
CONSOLE_SIDE = {
    "nuri-console", "nuri-auth", "bogoseo-api", "kkachi-dealdesk", "kkachi-admin", "gongjak-review",
    "gongjak-transcode", "bueongi-rules", "pg-campaign", "pg-deal", "pg-account", "redis-report",
    "rmq-creative", "glb-console", "adv_billing", "pub_portal", "taxinv_if", "hwanyul-api", "l4-md-legacy",
    "gke-nuri-web-b42d", "gke-nuri-batch-e51f", "md4f-r12-u08", "md4f-r14-u02", "md4f-r14-u05", "nas-md01",
    "dwdm-sa-md", "gamsi-prom", "md4f-r14-u01",
}  # fmt: skip
HOURLY = {"rollup-hr", "dw-ch01", "md4f-r13-u01", "md4f-r13-u02", "md4f-r13-u03", "gke-nuri-batch-2c9d",
          "bueongi-postbid", "gcs-dwraw"}  # fmt: skip
BATCH = {"pub_settle_bat", "adv_invoice_bat", "ora_bill", "md4f-r12-u04", "md4f-r12-u10", "kkotdabal-build"}


def _load(name: str):
    for group, shape in ((BID_SIDE, _bid), (CONSOLE_SIDE, _console), (HOURLY, _hourly), (BATCH, _batch)):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "A1": {0: (9.0, 3.0), 1: (5.0, 12.0), 2: (2.4, 7.0), 3: (1.6, 4.5)},
    "A2": {0: (5.0, 9.0), 1: (3.0, 10.0)},
    "A3": {0: (12.0, 5.0), 1: (6.0, 13.0), 2: (2.2, 6.5)},
    "A4": {1: (5.5, 14.0), 2: (2.6, 8.0), 3: (1.7, 5.0)},
    "A5": {0: (3.0, 9.0), 1: (2.0, 12.0)},
    "A6": {0: (9.0, 4.0), 1: (3.5, 10.0)},
    "A7": {0: (11.0, 6.0), 1: (5.0, 14.0), 2: (2.5, 8.0), 3: (1.7, 5.5)},
}
EFFECT_OVERRIDE = {
    ("A1", "kkotdabal-seg"): (6.0, 24.0),
    ("A2", "rollup-hr"): (2.5, 36.0),
    ("A3", "moraesigye"): (7.0, 27.0),
    ("A4", "kkachi-bidder-conn"): (6.0, 31.0),
    ("A5", "jebi-imp"): (2.4, 28.0),
    ("A6", "nuri-console"): (4.5, 25.0),
    ("A7", "bueongi-prebid"): (6.0, 34.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "sa-ch10-bl01", "sa-ch10-bl02", "sa-ch10-bl03", "sa-ch11-bl01", "sa-ch11-bl02", "sa-ch11-bl03",
    "md4f-r12-u04", "md4f-r12-u08", "md4f-r12-u10", "md4f-r13-u01", "md4f-r13-u02", "md4f-r13-u03",
    "md4f-r14-u01", "md4f-r14-u05", "sa-ch10-bl07",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "md4f-r14-u01":  # ELK log volume: the disk creeps up
        disk0, growth = 63.0, 1.4
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "sa-ch10-bl07":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        if name == "sa-ch10-bl02":  # the cold rejoin: migrations
            cpu += 30 * ramp(ts, A1["start"], A1["end"], rise=5, fall=10)
        if name in ("md4f-r13-u01", "md4f-r13-u02", "md4f-r13-u03"):  # merges behind the backfill
            cpu += 14 * ramp(ts, BACKFILL[0], BACKFILL[1], rise=30, fall=20)
        if name == "md4f-r12-u10":  # the batches
            h = seoul_hour(ts)
            cpu += 24 * (1 if 2 <= h < 3.5 else 0) + 30 * ramp(ts, PRECLOSE[0], PRECLOSE[1], rise=5, fall=10)
        if name == "sa-ch09-bl03":  # bueongi-prebid retries and the reload
            cpu += 20 * ramp(ts, A7["start"], A7["end"], rise=15)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"ix-kinx": 1.4, "dwdm-sa-md": 0.9, "ic-gcp": 2.1}.get(name, rng.uniform(0.2, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "ix-kinx":  # the congested IX port
            r = ramp(ts, A4["start"], A4["end"], rise=5, fall=10)
            rtt *= 1 + 7.0 * r * (1 + rng.gauss(0, 0.08))
            loss += 4.8 * r * (1 + rng.gauss(0, 0.08))
            cpu += 25 * r
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"minio-bidlog": (68, 70), "nas-md01": (58, 60), "gcs-dwraw": (44, 46)}.get(name, (30, 50))
    per_day = {"nas-md01": 0.25, "gcs-dwraw": 0.12}.get(name, 0.05)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(6, 14) if name.startswith("gcs") else rng.uniform(0.8, 2.4)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "kkachi-gw": 38.0, "kkachi-auction": 61.0, "kkachi-bidder-conn": 44.0, "kkachi-floor": 3.2,
    "kkachi-dealdesk": 140.0, "kkachi-logger": 25.0, "kkachi-admin": 210.0, "durumi-adsrv": 18.0,
    "durumi-video": 26.0, "durumi-target": 6.5, "gongjak-origin": 22.0, "gongjak-transcode": 690.0,
    "gongjak-review": 360.0, "jebi-imp": 4.2, "jebi-click": 5.1, "jebi-conv": 48.0, "bueongi-prebid": 2.1,
    "bueongi-postbid": 430.0, "bueongi-rules": 180.0, "moraesigye": 7.5, "kkotdabal-seg": 3.4,
    "kkotdabal-sync": 12.0, "kkotdabal-build": 650.0, "nuri-console": 240.0, "nuri-auth": 35.0,
    "bogoseo-api": 310.0, "rollup-hr": 520.0, "evt-sink": 30.0, "gamsi-prom": 90.0, "sdk-config": 9.0,
    "adv_billing": 160.0, "adv_invoice_bat": 580.0, "pub_settle_bat": 540.0, "pub_portal": 290.0,
    "taxinv_if": 470.0, "hwanyul-api": 55.0,
    "pg-campaign": 3.6, "pg-deal": 2.8, "pg-account": 2.2, "ora_bill": 6.8, "dw-ch01": 42.0, "aero-seg": 0.9,
    "kv-budget": 0.35, "redis-qps": 0.25, "redis-floor": 0.3, "redis-adsrv": 0.4, "redis-dedup": 0.3,
    "redis-ivt": 0.45, "redis-report": 0.6, "kafka-bid": 4.5, "kafka-evt": 5.5, "rmq-creative": 3.2,
    "l4-sa-bid": 0.6, "l4-sa-trk": 0.7, "glb-console": 8.0, "l4-md-legacy": 1.3, "cdn-creative": 14.0,
    "cdn-sdk": 11.0,
}  # fmt: skip
REQUEST_RATE = {
    "kkachi-gw": 310000.0, "kkachi-auction": 305000.0, "kkachi-bidder-conn": 2100000.0, "kkachi-floor": 300000.0,
    "durumi-adsrv": 48000.0, "durumi-video": 6200.0, "durumi-target": 52000.0, "gongjak-origin": 21000.0,
    "jebi-imp": 96000.0, "jebi-click": 2400.0, "jebi-conv": 140.0, "bueongi-prebid": 305000.0,
    "moraesigye": 61000.0, "kkotdabal-seg": 240000.0, "kkotdabal-sync": 18000.0, "nuri-console": 85.0,
    "bogoseo-api": 32.0, "sdk-config": 4100.0, "adv_billing": 420.0, "pub_portal": 12.0,
    "aero-seg": 250000.0, "kv-budget": 130000.0, "redis-dedup": 110000.0, "redis-ivt": 610000.0,
    "redis-adsrv": 95000.0, "kafka-bid": 620000.0, "kafka-evt": 140000.0, "pg-campaign": 2600.0,
    "l4-sa-bid": 315000.0, "cdn-creative": 88000.0, "dw-ch01": 380.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and Aerospike with a memory gauge: (level, swing with load)
    "kv-budget": (44.0, 6.0), "redis-qps": (22.0, 3.0), "redis-floor": (51.0, 2.0), "redis-adsrv": (63.0, 8.0),
    "redis-dedup": (48.0, 22.0), "redis-ivt": (52.0, 3.0), "redis-report": (37.0, 6.0),
    "rmq-creative": (28.0, 9.0), "aero-seg": (66.0, 3.0),
}  # fmt: skip
CPU = {"kv-budget": (16.0, 28.0), "pg-campaign": (18.0, 30.0), "redis-ivt": (10.0, 22.0)}  # engine CPU


def _reload(ts: datetime) -> float:
    """The daily 21:00 blocklist reload into redis-ivt: a short bump of memory and latency."""
    h = seoul_hour(ts)
    return 1.0 if 21 <= h < 21 + 20 / 60 else 0.0


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0, cpu_swing = CPU.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is A2 and name == "pub_settle_bat":
                req *= 1 - 0.8 * r
            if inc is A5 and name == "redis-dedup":
                req *= 1 - 0.3 * r
            if inc is A7 and name in ("kkachi-gw", "kkachi-auction"):
                req *= 1 - 0.1 * r  # SSPs back off on no-bids
        if name == "redis-ivt":
            rt *= 1 + 0.6 * _reload(ts)
        if name == "adv_invoice_bat":  # the month-end pre-close
            rt *= 1 + 0.5 * ramp(ts, PRECLOSE[0], PRECLOSE[1], rise=5, fall=10)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-ivt":
                mem += 7.0 * _reload(ts)
                mem += (94.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, A7["start"], A7["end"], rise=5)
            if name == "redis-dedup":
                mem += (99.2 + rng.gauss(0, 0.2) - mem) * ramp(ts, A5["start"], A5["end"], rise=5, fall=10)
            if name == "aero-seg":
                mem += 9.0 * ramp(ts, A1["start"], A1["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.0)
            if name == "kv-budget":
                cpu += (97.5 + rng.gauss(0, 0.5) - cpu) * ramp(ts, A3["start"], A3["end"], rise=5, fall=10)
            if name == "pg-campaign":
                cpu += (98.0 + rng.gauss(0, 0.5) - cpu) * ramp(ts, A6["start"], A6["end"], rise=5, fall=10)
            if name == "redis-ivt":
                cpu += 25 * _reload(ts)
                cpu += (96.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, A7["start"], A7["end"], rise=5)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The settlement batch, the segment build, the blocklist reload and the partner certificate warning."""
    rows = []
    for d in range(20, 31):
        if d != 23:
            rows.append(
                (d, 2, 0, "pub_settle_bat", "info", "batch_job", "매체사 정산 일배치 시작 (PUB_DAILY_SETTLE)")
            )
            rows.append((d, 3, 20, "pub_settle_bat", "info", "batch_job", "매체사 정산 일배치 완료"))
        rows.append((d, 4, 0, "kkotdabal-build", "info", "batch_job", "segment full rebuild started"))
        rows.append((d, 4, 52, "kkotdabal-build", "info", "batch_job", "segment full rebuild finished"))
        rows.append((d, 21, 0, "bueongi-rules", "info", "reload", "IVT 블록리스트 일일 리로드 (redis-ivt)"))
        left = (datetime(2026, 7, 6) - datetime(2026, 6, d)).days
        rows.append(
            (d, 9, 0, "l4-md-legacy", "warning", "cert_expiry",
             f"certificate partner.nuriad.co.kr expires in {left} days (2026-07-06), manual renewal (Thawte)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (21, 11, 0, "kkachi-auction-stg", "info", "deployment", "kkachi-auction-stg 12.2.0-rc1 배포"),
    (21, 19, 10, "sa-ch10-bl02", "info", "maintenance", "커널 보안패치 재부팅 (aero-seg node 2, 순차 작업)"),
    (21, 20, 5, "kkotdabal-seg", "info", "deployment", "kkotdabal-seg 3.4.0 배포 (세그먼트 TTL 캐시 추가)"),
    (22, 9, 30, "md4f-r14-u01", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (22, 23, 50, "rollup-hr", "info", "config_change", "6월 1~21일 재집계 백필 시작 (backfill=true, parallelism 48)"),
    (23, 10, 0, "durumi-adsrv-qa", "info", "deployment", "durumi-adsrv-qa 15.5.0-beta3 배포"),
    (23, 14, 0, "sa-ch10-bl07", "info", "maintenance", "sa-ch10-bl07 PSU 교체 대기 (부품 입고 예정)"),
    (24, 12, 40, "moraesigye", "info", "deployment", "moraesigye 5.2.0 배포 (PID 게인 조정)"),
    (24, 13, 0, "nuri-console", "info", "event", "대형 광고주 타임딜 캠페인 라이브 (13:00~15:00)"),
    (24, 16, 0, "md4f-r14-u01", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (25, 10, 30, "kkachi-gw-stg", "info", "deployment", "kkachi-gw-stg 8.4.0-rc2 배포"),
    (25, 19, 15, "kkachi-bidder-conn", "info", "deployment", "kkachi-bidder-conn 2.9.1 배포 (신규 DSP 연동 1곳 추가)"),
    (26, 15, 0, "kkachi-floor", "info", "config_change", "플로어 모델 floor-gbdt v21 적용"),
    (27, 9, 0, "taxinv_if", "info", "maintenance", "국세청 전자세금계산서 시스템 점검 대응, taxinv_if 송신 중지"),
    (27, 14, 0, "jebi-imp", "info", "event", "주말 스포츠 중계 광고 트래픽 증가 예상 (14:00~19:00)"),
    (27, 15, 30, "jebi-imp", "info", "deployment", "jebi-imp 6.0.3 배포 (viewability 측정 개선)"),
    (28, 16, 0, "pg-campaign", "info", "config_change", "스키마 마이그레이션 V412 적용 (line_item 인덱스 정리)"),
    (28, 18, 20, "md4f-r14-u01", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (29, 9, 50, "nuri-console", "info", "deployment", "nuri-console 22.6.0 배포 (7월 캠페인 일괄 등록)"),
    (29, 11, 0, "bueongi-rules", "info", "config_change", "블록리스트 소스 추가: 데이터센터 IP 대역 (v2026.06.29)"),
    (29, 14, 0, "bogoseo-api-dev", "info", "deployment", "bogoseo-api-dev 5.4.0-SNAPSHOT 배포"),
    (30, 9, 0, "hwanyul-api", "info", "batch_job", "USD/KRW 고시환율 반영 (1차 고시)"),
    (30, 14, 0, "adv_invoice_bat", "info", "batch_job", "6월 가마감 배치 시작 (PRE_CLOSE_202606)"),
    (30, 16, 25, "adv_invoice_bat", "info", "batch_job", "6월 가마감 배치 완료 (광고주 9,412건)"),
    (30, 20, 30, "bueongi-prebid", "info", "deployment", "bueongi-prebid 4.1.0 배포 (신규 룰셋 포맷 지원)"),
    # A1 (Sunday evening)
    (21, 20, 31, "aero-seg", "warning", "migration", "cluster migrations started: node BB9020011AC4202 rejoined, 4096 partitions"),
    (21, 20, 34, "aero-seg", "critical", "latency", "read latency >8ms 41% (namespace seg), client timeouts"),
    (21, 20, 37, "kkotdabal-seg", "critical", "error", "세그먼트 조회 타임아웃 24% (Aerospike timeout)"),
    (21, 20, 46, "durumi-target", "major", "error", "오디언스 타게팅 실패, 기본 타게팅으로 fallback"),
    (21, 20, 48, "kkachi-auction", "major", "timeout", "tmax 100ms 초과 입찰 비율 12%"),
    (21, 20, 55, "kkachi-gw", "warning", "nobid", "no-bid rate 38% (평소 22%)"),
    (21, 21, 15, "aero-seg", "info", "config_change", "migrate-threads 4 → 1, migration 속도 제한"),
    (21, 21, 30, "kkotdabal-seg", "info", "recovery", "세그먼트 조회 정상"),
    # A2 (Tuesday small hours)
    (23, 2, 0, "pub_settle_bat", "info", "batch_job", "매체사 정산 일배치 시작 (PUB_DAILY_SETTLE)"),
    (23, 2, 21, "dw-ch01", "critical", "insert", "DB::Exception: Too many parts (3001). Merges are processing significantly slower than inserts"),
    (23, 2, 24, "rollup-hr", "critical", "batch_job", "hourly rollup 02:05 failed: INSERT rejected (TOO_MANY_PARTS)"),
    (23, 2, 27, "pub_settle_bat", "critical", "batch_job", "PUB_DAILY_SETTLE step loadHourlyRevenue ABEND (시간별 롤업 누락)"),
    (23, 2, 33, "bogoseo-api", "major", "error", "리포트 조회 지연 (ClickHouse timeout)"),
    (23, 3, 5, "rollup-hr", "info", "config_change", "백필 중지 (backfill=false), OPTIMIZE 대기"),
    (23, 3, 40, "pub_settle_bat", "info", "batch_job", "PUB_DAILY_SETTLE 재실행 완료 (지연)"),
    # A3 (Wednesday lunch)
    (24, 13, 11, "kv-budget", "warning", "latency", "slowlog: HGETALL budget:cmp:88123 38 ms, CPU 92%"),
    (24, 13, 14, "kv-budget", "critical", "latency", "redis main thread saturated, blocked clients 2,800"),
    (24, 13, 17, "moraesigye", "critical", "error", "pacing tick timeout 27%, 캠페인 과소진 방지 위해 입찰 중단"),
    (24, 13, 26, "kkachi-auction", "major", "timeout", "pacing 응답 지연으로 tmax 초과 9%"),
    (24, 13, 28, "durumi-adsrv", "warning", "error", "예산 확인 실패로 보장형 광고 미노출 증가"),
    (24, 13, 58, "kv-budget", "info", "config_change", "budget:cmp:88123 해시 256개로 분할 (핫픽스)"),
    (24, 14, 10, "moraesigye", "info", "recovery", "페이싱 정상"),
    # A4 (Thursday evening)
    (25, 19, 41, "ix-kinx", "major", "link", "port xe-0/0/12 utilisation 99.6%, output drops"),
    (25, 19, 43, "ix-kinx", "critical", "packet_loss", "packet loss 4.7% to DSP peers (KINX IX)"),
    (25, 19, 46, "kkachi-bidder-conn", "critical", "timeout", "DSP 응답 타임아웃 31% (38개 DSP 중 22개)"),
    (25, 19, 56, "kkachi-auction", "major", "timeout", "입찰 응답 수 급감, tmax 초과 11%"),
    (25, 20, 2, "kkachi-gw", "warning", "nobid", "fill rate 41% → 26%"),
    (25, 20, 28, "ix-kinx", "info", "config_change", "DSP 트래픽 백업 트랜짓(LG U+)으로 우회"),
    (25, 20, 40, "kkachi-bidder-conn", "info", "recovery", "DSP 응답률 정상"),
    # A5 (Saturday afternoon)
    (27, 16, 1, "redis-dedup", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory' (noeviction)"),
    (27, 16, 6, "jebi-imp", "critical", "error", "노출 기록 실패 28% (dedup SET 실패)"),
    (27, 16, 9, "jebi-click", "major", "error", "클릭 중복제거 실패, 302 지연"),
    (27, 16, 48, "redis-dedup", "info", "config_change", "maxmemory 32GB → 48GB, dedup TTL 24h → 6h"),
    (27, 17, 0, "jebi-imp", "info", "recovery", "노출 기록 정상"),
    # A6 (Monday morning)
    (29, 10, 21, "pg-campaign", "major", "cpu", "CPU utilization 97% (Cloud SQL), active sessions 412"),
    (29, 10, 24, "pg-campaign", "critical", "slow_query", "seq scan on line_item (48M rows) 9.8 s, idx_line_item_campaign missing"),
    (29, 10, 26, "nuri-console", "critical", "error", "캠페인 일괄등록/조회 타임아웃 25% (504)"),
    (29, 10, 29, "gongjak-review", "major", "error", "심의 큐 조회 실패"),
    (29, 10, 31, "jebi-conv", "warning", "error", "전환 매칭 지연 (campaign lookup)"),
    (29, 11, 6, "pg-campaign", "info", "config_change", "CREATE INDEX CONCURRENTLY idx_line_item_campaign 완료"),
    (29, 11, 20, "nuri-console", "info", "recovery", "광고주 센터 정상"),
    # A7 (Tuesday evening, ongoing)
    (30, 21, 6, "redis-ivt", "warning", "latency", "blocklist reload: DEL+SADD pipeline 48M members, latency spike"),
    (30, 21, 8, "redis-ivt", "critical", "memory", "used_memory 94% of maxmemory, evicted_keys rising"),
    (30, 21, 11, "bueongi-prebid", "critical", "timeout", "IVT 조회 타임아웃 34% (budget 5ms 초과, fail-open)"),
    (30, 21, 21, "kkachi-auction", "major", "timeout", "prebid 필터 지연으로 tmax 100ms 초과 14%"),
    (30, 21, 27, "kkachi-gw", "warning", "nobid", "no-bid rate 44%, SSP QPS 감소"),
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
    generate(NAME, "adtech-rtb", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
