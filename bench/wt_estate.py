"""Generate the webtoon estate (tests/fixtures/webtoon/, interchange format) and its faults file.

A Korean webtoon and web-novel platform (툰마루): the reader apps (iOS/Android/web) through the app BFF
`canvas-bff` and the web front `canvas-web`, the episode viewer `viewer` (회차 이미지 매니페스트) over the image
transcoder `inkpot` and the image CDN `cdn-img`, DRM (`wt-drm`), 쿠키/코인 (`wt-coin` on Aurora `aurora-wallet`) and
in-app payments (`wt-iap`), 기다리면 무료 timers (`wt-freewait` on DynamoDB `ddb-freewait`), the 23:00 release
scheduler `curtain` and the new-episode push `wt-push` over `sqs-fanout`, real-time ranking `ranking` on
`valkey-rank`, recommendations `wt-reco`, comments `wt-comment` with the AI filter `cleanbot` on `mongo-comment`,
search `wt-search` on `os-search`, ads `wt-ads`, events `wt-event`, the web novel side (`nvl-reader`, `nvl-chart`,
`nvl-writer`), the creator studio (작가 스튜디오: `studio`, uploads `easel-upload`, `studio-stats`), the
translation/localisation pipeline for the global sites (`trace-l10n` → RabbitMQ `rmq-l10n` → `lettering` 식자,
`tone-qc`), the JP/TW/US sites in AWS Tokyo (`jp-yomu-api`, `jp-kakin` 課金, `jp-ingest`, `tw-reader`,
`us-reader` on `aurora-jp`, `valkey-jp`), settlement to creators (작가 정산: `settle-api`, `royalty-calc` and the
legacy nightly batch `wtsettle_bat` on Tibero `tibero_settle` in the 가산 IDC, contracts `cp_contract`), the data
lake (`view-sink` from Kafka `msk-wt` to `s3-lake-wt`, `trino-adhoc`, `airflow-wt`).
Sites `aws-seoul`, `aws-tokyo`, `가산IDC` (on-prem) and `cdn-global`; environments prod, stg, qa, dev (stg and
qa are both staging); owners are teams with Korean and English names mixed.

Naming (unlike the earlier estates): drawing words (`canvas-bff`, `inkpot`, `easel-upload`, `palette`,
`lettering`, `trace-l10n`, `tone-qc`), plain words (`viewer`, `ranking`, `studio`, `curtain`, `watchtower`),
`wt-`/`nvl-` prefixes, Japanese words for the JP site (`jp-yomu-api` 読む, `jp-kakin` 課金), snake_case legacy
(`wtsettle_bat`, `tibero_settle`, `cp_contract`), cell-style node names (`k-ew1-c07-n12` in Seoul,
`j-tw1-c02-n04` in Tokyo) and rack-unit names in the IDC (`gasan-rack3-u22`).

Seven injected incidents (times KST; now = Sunday 2027-03-14 23:25, just after the 23:00 release; the window is
the 10 days before):
  W1 Fri 05 23:00–23:55  release peak: aurora-episode hits max_connections (viewer 7.2.0 deployed at 22:40 with a
                         bigger pool is a victim): viewer (loudest), nvl-reader, curtain, canvas-bff, canvas-web
  W2 Sun 07 02:10–03:05  (weekend, night) the archive-log filesystem of gasan-rack3-u22 fills (the archive backup
                         cron was commented out on Friday): tibero_settle stops, wtsettle_bat abends (loudest),
                         settle-api fails
  W3 Sat 06 14:00–14:55  (weekend) the season-finale event: valkey-rank's single thread saturates on ZUNIONSTORE
                         of huge keys: ranking (loudest), wt-reco, nvl-chart, canvas-bff
  W4 Mon 08 12:10–13:05  lunch, 쿠키 50 % bonus promo: aurora-wallet row-lock contention on the promo balance row:
                         wt-coin (loudest), wt-iap, viewer and nvl-reader paid unlocks, canvas-bff
  W5 Tue 09 19:30–20:25  the evening translation batch: rmq-l10n hits its memory high watermark and blocks
                         publishers: lettering (loudest), trace-l10n, jp-ingest
  W6 Thu 11 10:20–11:15  msk-wt loses a broker in a rolling upgrade, partitions under min ISR: wt-comment
                         (loudest), ranking, view-sink
  W7 Sun 14 22:55–now    release peak: ddb-freewait throttles writes (switched from on-demand to provisioned
                         capacity on Wednesday): wt-freewait (loudest), viewer, canvas-bff, nvl-reader (ongoing)
Confounders: the nightly 23:00 release peak (and the 자정 web-novel update), weekend afternoons, the lunch and
evening reading, the nightly settlement batch (02:00), the evening translation batch, the JP midnight update;
deploys on victims just before W1 (viewer), W3 (ranking), W4 (wt-coin), W5 (lettering), W6 (wt-comment) and W7
(wt-freewait); the season-finale event, a CDN purge, `gasan-rack5-u07` and `tone-qc` in maintenance, the retired
`viewer-classic`, the log host `gasan-rack2-u40`'s disk creeping up and the alb-studio certificate expiring on
2027-03-21 (the archive cron change before W2 and Wednesday's ddb-freewait capacity change are on the roots).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/wt_golden.py) are computed from the files.

    .venv/bin/python bench/wt_estate.py   # rewrites tests/fixtures/webtoon*
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

NAME = "webtoon"
NOW = datetime(2027, 3, 14, 14, 25, tzinfo=UTC)  # Sunday 23:25 KST
START = NOW - timedelta(days=10)  # Thursday 2027-03-04 23:25 KST
SEED = 20270314
SITES = {"S": "aws-seoul", "T": "aws-tokyo", "G": "가산IDC", "C": "cdn-global"}
ENVS = {"P": "prod", "S": "stg", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2027-03")

READER, VIEWER, PAY, FREE = "reader-platform", "뷰어개발팀", "결제개발팀", "기다무TF"
RANK, COMM, SEARCH, ADS = "reco-ranking", "커뮤니티팀", "search-team", "ads-team"
NOVEL, STUDIO, L10N, GLOBAL = "웹소설개발팀", "creator-studio", "글로벌현지화팀", "global-jp-ops"
SETTLE, SRE, DBA, DATA = "정산개발팀", "sre", "DBA팀", "data-eng"
SEC, NET, PUSH, LEGACY = "보안팀", "infra-net", "push-team", "레거시운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- reader apps, viewer
    "canvas-bff": ("service", READER, "S", "P", ["k-ew1-c07-n12", "k-ew1-c07-n13"],
                   ["wt-auth", "viewer", "ranking", "wt-reco", "wt-coin", "wt-freewait", "wt-search", "palette",
                    "wt-event", "valkey-sess", "msk-wt"],
                   {"desc": "독자앱 BFF (iOS/Android/web 홈, 작품, 회차 목록)", "namespace": "ew1/reader",
                    "lang": "kotlin", "version": "9.4.1", "replicas": 32, "port": 8080}),
    "canvas-web": ("service", READER, "S", "P", ["k-ew1-c07-n21"], ["canvas-bff", "palette"],
                   {"desc": "웹 독자 프론트 (SSR)", "namespace": "ew1/reader", "framework": "Next.js 14.2",
                    "lang": "typescript", "version": "4.18.0", "replicas": 16}),
    "viewer": ("service", VIEWER, "S", "P", ["k-ew1-c07-n12", "k-ew1-c08-n03"],
               ["aurora-episode", "valkey-view", "wt-drm", "inkpot", "wt-freewait", "wt-coin", "msk-wt"],
               {"desc": "회차 뷰어 API (이미지 매니페스트, 열람권 확인)", "namespace": "ew1/viewer", "lang": "go",
                "version": "7.2.0", "replicas": 40, "db_pool_size": 64, "port": 8080}),
    "inkpot": ("service", VIEWER, "S", "P", ["k-ew1-c08-n04"], ["s3-episode-img"],
               {"desc": "이미지 리사이즈/변환 오리진 (WebP/AVIF)", "namespace": "ew1/viewer", "lang": "rust",
                "version": "3.1.7", "replicas": 24, "formats": "webp, avif, jpeg"}),
    "wt-drm": ("service", SEC, "S", "P", ["k-ew1-c08-n04"], [],
               {"desc": "DRM (서명 URL, 캡처 방지 워터마크)", "namespace": "ew1/drm", "lang": "go", "version": "2.6.0",
                "replicas": 12, "url_ttl_s": 300, "watermark": "forensic (invisible)"}),
    "palette": ("service", READER, "S", "P", ["k-ew1-c07-n21"], [],
                {"desc": "원격 설정/피처 플래그", "namespace": "ew1/platform", "lang": "go", "version": "1.12.3",
                 "replicas": 6, "flags": 412}),
    "wt-auth": ("service", SRE, "S", "P", ["k-ew1-c07-n13", "k-ew1-c08-n03"], ["aurora-acct", "valkey-sess"],
                {"desc": "로그인/토큰 (네이버, 카카오, 애플 소셜 로그인)", "namespace": "ew1/auth", "lang": "kotlin",
                 "version": "5.0.2", "replicas": 14, "token_ttl_min": 60}),
    "curtain": ("service", VIEWER, "S", "P", ["k-ew1-c08-n17"], ["aurora-episode", "wt-push", "msk-wt"],
                {"desc": "회차 공개 스케줄러 (23:00 연재 공개, 자정 웹소설)", "namespace": "ew1/publish", "lang": "kotlin",
                 "version": "2.3.5", "replicas": 2, "release_time": "23:00", "novel_release_time": "00:00"}),
    "wt-push": ("service", PUSH, "S", "P", ["k-ew1-c08-n17"], ["sqs-fanout", "aurora-acct"],
                {"desc": "신규 회차 푸시 (FCM/APNs)", "namespace": "ew1/push", "lang": "go", "version": "4.0.9",
                 "replicas": 20, "fanout_per_min": 3200000}),
    "wt-library": ("service", READER, "S", "P", ["k-ew1-c09-n03"], ["aurora-episode", "valkey-sess"],
                   {"desc": "내 서재 (최근 본 작품, 관심 작품, 이어보기)", "namespace": "ew1/reader", "lang": "kotlin",
                    "version": "2.4.0", "replicas": 10}),
    "pigment": ("service", VIEWER, "S", "P", ["k-ew1-c08-n04"], ["s3-episode-img"],
                {"desc": "썸네일/배너 이미지 생성", "namespace": "ew1/viewer", "lang": "rust", "version": "0.9.3",
                 "replicas": 4}),
    "storyboard": ("service", READER, "S", "P", ["k-ew1-c09-n03"], ["aurora-episode", "pg-studio"],
                   {"desc": "편집부 편성/큐레이션 CMS (요일 편성, 배너)", "namespace": "ew1/cms", "lang": "typescript",
                    "version": "3.0.2", "replicas": 2, "editors": 64}),
    # ---------------------------------------------------------------- coins, payments, free-wait
    "wt-coin": ("service", PAY, "S", "P", ["k-ew1-c09-n01"], ["aurora-wallet", "msk-wt"],
                {"desc": "쿠키/코인 지갑 (충전, 사용, 환불)", "namespace": "ew1/wallet", "lang": "java",
                 "framework": "Spring Boot 3.2", "version": "6.8.0", "replicas": 18, "cookie_price_krw": 100}),
    "wt-iap": ("service", PAY, "S", "P", ["k-ew1-c09-n01"], ["wt-coin", "aurora-wallet", "sqs-iap-retry"],
               {"desc": "인앱결제 영수증 검증 (App Store, Google Play)", "namespace": "ew1/wallet", "lang": "java",
                "version": "3.4.2", "replicas": 8, "stores": "App Store Server API v2, Google Play Billing 6"}),
    "wt-gift": ("service", PAY, "S", "P", ["k-ew1-c09-n03"], ["wt-coin"],
                {"desc": "쿠키 선물하기", "namespace": "ew1/wallet", "lang": "kotlin", "version": "1.1.4", "replicas": 3}),
    "wt-freewait": ("service", FREE, "S", "P", ["k-ew1-c09-n02"], ["ddb-freewait", "msk-wt"],
                    {"desc": "기다리면 무료 타이머 (충전 시각, 무료 열람권)", "namespace": "ew1/freewait", "lang": "go",
                     "version": "1.9.4", "replicas": 16, "default_wait_h": 24}),
    "wt-event": ("service", PAY, "S", "P", ["k-ew1-c09-n02"], ["aurora-wallet", "wt-coin"],
                 {"desc": "이벤트/출석체크/쿠키 보상", "namespace": "ew1/event", "lang": "kotlin", "version": "2.11.0",
                  "replicas": 6}),
    "wt-ads": ("service", ADS, "S", "P", ["k-ew1-c09-n02"], ["valkey-sess", "msk-wt"],
               {"desc": "광고 (보상형 광고 보고 무료 열람, 배너)", "namespace": "ew1/ads", "lang": "go", "version": "1.4.8",
                "replicas": 8, "ssp": "AdMob, Pangle"}),
    # ---------------------------------------------------------------- ranking, reco, search, comments
    "ranking": ("service", RANK, "S", "P", ["k-ew1-c08-n03", "k-ew1-c09-n01"], ["valkey-rank", "msk-wt"],
                {"desc": "실시간 랭킹 (요일별, 장르별, 급상승)", "namespace": "ew1/ranking", "lang": "go",
                 "version": "4.2.0", "replicas": 10, "refresh_s": 60}),
    "wt-reco": ("service", RANK, "S", "P", ["k-ew1-c09-n01"], ["valkey-rank", "aurora-episode"],
                {"desc": "개인화 추천 (홈 추천 작품)", "namespace": "ew1/reco", "lang": "python", "version": "2.7.1",
                 "replicas": 12, "model": "two-tower v14"}),
    "wt-search": ("service", SEARCH, "S", "P", ["k-ew1-c07-n21"], ["os-search"],
                  {"desc": "작품/작가 검색, 자동완성", "namespace": "ew1/search", "lang": "kotlin", "version": "3.3.0",
                   "replicas": 8}),
    "wt-comment": ("service", COMM, "S", "P", ["k-ew1-c08-n17"], ["mongo-comment", "cleanbot", "msk-wt"],
                   {"desc": "댓글/베댓/좋아요", "namespace": "ew1/community", "lang": "kotlin", "version": "5.6.1",
                    "replicas": 14}),
    "cleanbot": ("service", COMM, "S", "P", ["k-ew1-c08-n17"], [],
                 {"desc": "AI 클린봇 (악플 필터, 스포일러 가리기)", "namespace": "ew1/community", "lang": "python",
                  "model": "KcELECTRA-toxic v3", "version": "1.8.0", "replicas": 6, "gpu": "NVIDIA T4"}),
    "wt-report": ("service", COMM, "S", "P", ["k-ew1-c09-n03"], ["mongo-comment", "cleanbot"],
                  {"desc": "신고 처리 (댓글/작품 신고, 운영자 검수)", "namespace": "ew1/community", "lang": "kotlin",
                   "version": "1.3.0", "replicas": 2, "moderators": 42}),
    # ---------------------------------------------------------------- web novel
    "nvl-reader": ("service", NOVEL, "S", "P", ["k-ew1-c08-n03"],
                   ["aurora-episode", "wt-coin", "wt-freewait", "wt-drm"],
                   {"desc": "웹소설 뷰어 API (본문, 이어보기)", "namespace": "ew1/novel", "lang": "kotlin",
                    "version": "3.0.6", "replicas": 12}),
    "nvl-chart": ("service", NOVEL, "S", "P", ["k-ew1-c09-n01"], ["valkey-rank"],
                  {"desc": "웹소설 실시간 순위", "namespace": "ew1/novel", "lang": "go", "version": "1.2.2",
                   "replicas": 4}),
    "nvl-writer": ("service", NOVEL, "S", "P", ["k-ew1-c08-n04"], ["pg-studio", "aurora-episode"],
                   {"desc": "웹소설 작가 연재 도구 (원고 등록, 예약 공개)", "namespace": "ew1/novel", "lang": "kotlin",
                    "version": "1.6.0", "replicas": 3}),
    # ---------------------------------------------------------------- creator studio
    "studio": ("service", STUDIO, "S", "P", ["k-ew1-c08-n04"],
               ["wt-auth", "easel-upload", "studio-stats", "settle-api", "pg-studio"],
               {"desc": "작가 스튜디오 (원고 관리, 예약 공개, 정산 조회)", "namespace": "ew1/studio",
                "lang": "typescript", "framework": "NestJS 10", "version": "8.1.3", "replicas": 6}),
    "easel-upload": ("service", STUDIO, "S", "P", ["k-ew1-c08-n04"],
                     ["s3-episode-img", "inkpot", "pg-studio", "aurora-episode"],
                     {"desc": "원고 업로드 (PSD/PNG 분할, 검수 큐)", "namespace": "ew1/studio", "lang": "go",
                      "version": "2.2.0", "replicas": 4, "max_upload_mb": 200}),
    "studio-stats": ("service", STUDIO, "S", "P", ["k-ew1-c09-n02"], ["clickhouse-stats"],
                     {"desc": "작가용 통계 (조회수, 매출 추이)", "namespace": "ew1/studio", "lang": "python",
                      "version": "1.5.5", "replicas": 2}),
    # ---------------------------------------------------------------- translation, localisation
    "trace-l10n": ("service", L10N, "S", "P", ["k-ew1-c09-n02"], ["rmq-l10n", "pg-l10n", "aurora-episode"],
                   {"desc": "번역 파이프라인 (대사 추출, 기계번역, 용어집)", "namespace": "ew1/l10n", "lang": "python",
                    "version": "2.0.3", "replicas": 6, "mt_engine": "자체 NMT ko→ja/zh-TW/en", "languages": 3}),
    "lettering": ("service", L10N, "S", "P", ["k-ew1-c09-n02"], ["rmq-l10n", "s3-episode-img", "pg-l10n"],
                  {"desc": "식자 (번역 대사 말풍선 합성)", "namespace": "ew1/l10n", "lang": "python",
                   "version": "1.7.0", "replicas": 10, "fonts": 38}),
    "tone-qc": ("service", L10N, "S", "P", ["gasan-rack4-u30"], ["pg-l10n", "lettering"],
                {"desc": "번역 검수 툴 (번역가/감수자 워크벤치)", "product": "자체개발 (Django 3.2)", "reviewers": 85}),
    # ---------------------------------------------------------------- global sites (Tokyo)
    "jp-yomu-api": ("service", GLOBAL, "T", "P", ["j-tw1-c02-n04", "j-tw1-c02-n05"],
                    ["aurora-jp", "valkey-jp", "jp-kakin", "jp-ingest"],
                    {"desc": "일본 사이트 독자 API", "namespace": "tw1/jp", "lang": "kotlin", "version": "3.9.2",
                     "replicas": 18, "site": "toonmaru.jp"}),
    "jp-kakin": ("service", GLOBAL, "T", "P", ["j-tw1-c02-n05"], ["aurora-jp"],
                 {"desc": "일본 결제 (코인 충전, 캐리어 결제)", "namespace": "tw1/jp", "lang": "java", "version": "2.1.0",
                  "replicas": 6, "providers": "docomo, au, SoftBank, PayPay"}),
    "jp-ingest": ("service", GLOBAL, "T", "P", ["j-tw1-c03-n01"], ["lettering", "aurora-jp", "s3-tyo-img"],
                  {"desc": "번역 회차 입고 (서울 → 도쿄 동기화)", "namespace": "tw1/ingest", "lang": "go",
                   "version": "1.3.4", "replicas": 4}),
    "tw-reader": ("service", GLOBAL, "T", "P", ["j-tw1-c03-n01"], ["aurora-jp", "valkey-jp", "jp-ingest"],
                  {"desc": "대만 사이트 독자 API", "namespace": "tw1/tw", "lang": "kotlin", "version": "1.8.0",
                   "replicas": 6, "site": "toonmaru.tw"}),
    "us-reader": ("service", GLOBAL, "T", "P", ["j-tw1-c03-n01"], ["aurora-jp", "jp-ingest"],
                  {"desc": "미국 사이트 독자 API", "namespace": "tw1/us", "lang": "kotlin", "version": "1.5.1",
                   "replicas": 6, "site": "toonmaru.com/en"}),
    "jp-shiori": ("service", GLOBAL, "T", "P", ["j-tw1-c03-n02"], ["aurora-jp", "valkey-jp"],
                  {"desc": "일본 사이트 책갈피/이어보기", "namespace": "tw1/jp", "lang": "go", "version": "1.0.7",
                   "replicas": 4}),
    "jp-rank": ("service", GLOBAL, "T", "P", ["j-tw1-c03-n02"], ["valkey-jp"],
                {"desc": "일본 사이트 랭킹", "namespace": "tw1/jp", "lang": "go", "version": "2.0.0", "replicas": 4}),
    # ---------------------------------------------------------------- settlement (legacy IDC)
    "settle-api": ("service", SETTLE, "G", "P", ["gasan-rack3-u24"], ["tibero_settle", "royalty-calc"],
                   {"desc": "작가 정산 조회 API (스튜디오 정산 탭)", "product": "Spring Boot 2.7", "jdk": "OpenJDK 11",
                    "version": "1.14.0"}),
    "royalty-calc": ("service", SETTLE, "S", "P", ["k-ew1-c09-n01"], ["aurora-wallet", "tibero_settle"],
                     {"desc": "작가 수익 배분 계산 (RS 비율, MG 차감)", "namespace": "ew1/settle", "lang": "kotlin",
                      "version": "2.0.1", "replicas": 3}),
    "wtsettle_bat": ("service", SETTLE, "G", "P", ["gasan-rack3-u24"], ["tibero_settle", "aurora-wallet"],
                     {"desc": "레거시 작가 정산 야간 배치 (일마감)", "product": "Spring Batch 3.0", "jdk": "OpenJDK 8",
                      "schedule": "매일 02:00", "creators": 7400}),
    "cp_contract": ("service", LEGACY, "G", "P", ["gasan-rack4-u30"], ["tibero_settle"],
                    {"desc": "CP/작가 계약 관리 (레거시)", "product": "자체개발 (JSP, WebLogic 12c)", "contracts": 11200}),
    # ---------------------------------------------------------------- data lake, ops
    "view-sink": ("service", DATA, "S", "P", ["k-ew1-c09-n02"], ["msk-wt", "s3-lake-wt"],
                    {"desc": "열람 로그 적재 (Kafka → S3 Iceberg)", "namespace": "ew1/data", "product": "Flink 1.19",
                     "version": "0.12.0", "replicas": 4}),
    "trino-adhoc": ("service", DATA, "S", "P", ["k-ew1-c09-n02"], ["s3-lake-wt"],
                    {"desc": "애드혹 분석 쿼리", "namespace": "ew1/data", "product": "Trino 438", "workers": 12}),
    "airflow-wt": ("service", DATA, "S", "P", ["k-ew1-c09-n02"], ["trino-adhoc", "s3-lake-wt"],
                   {"desc": "데이터 파이프라인 스케줄러", "namespace": "ew1/data", "product": "Airflow 2.8.4", "dags": 286}),
    "watchtower": ("service", SRE, "S", "P", ["k-ew1-c07-n21"], [],
                   {"desc": "관측 (메트릭, 알림)", "namespace": "ew1/observability", "product": "VictoriaMetrics 1.99 + Grafana 10",
                    "replicas": 3}),
    # ---------------------------------------------------------------- staging, qa, dev, retired
    "viewer-stg": ("service", VIEWER, "S", "S", ["k-es1-c01-n01"], ["aurora-episode-stg"],
                   {"desc": "회차 뷰어 (스테이징)", "namespace": "es1/viewer", "version": "7.3.0-rc1", "replicas": 2}),
    "canvas-bff-stg": ("service", READER, "S", "S", ["k-es1-c01-n01"], ["viewer-stg", "valkey-rank-stg"],
                       {"desc": "독자앱 BFF (스테이징)", "namespace": "es1/reader", "version": "9.5.0-rc2", "replicas": 2}),
    "ranking-stg": ("service", RANK, "S", "S", ["k-es1-c01-n02"], ["valkey-rank-stg"],
                    {"desc": "실시간 랭킹 (스테이징)", "namespace": "es1/ranking", "version": "4.3.0-rc1", "replicas": 2}),
    "wt-coin-qa": ("service", PAY, "S", "Q", ["k-es1-c01-n02"], ["aurora-episode-stg"],
                   {"desc": "쿠키 지갑 (QA, 샌드박스 결제)", "namespace": "eq1/wallet", "version": "6.9.0-beta1",
                    "replicas": 1}),
    "wt-freewait-qa": ("service", FREE, "S", "Q", ["k-es1-c01-n02"], [],
                       {"desc": "기다무 타이머 (QA)", "namespace": "eq1/freewait", "version": "1.10.0-beta2", "replicas": 1}),
    "jp-yomu-api-stg": ("service", GLOBAL, "T", "S", ["j-ts1-c01-n01"], [],
                        {"desc": "일본 독자 API (스테이징)", "namespace": "ts1/jp", "version": "3.10.0-rc1", "replicas": 2}),
    "wt-reco-dev": ("service", RANK, "S", "D", ["k-ed1-c01-n01"], [],
                    {"desc": "추천 (개발)", "namespace": "ed1/reco", "version": "2.8.0-SNAPSHOT", "replicas": 1}),
    "studio-dev": ("service", STUDIO, "S", "D", ["k-ed1-c01-n01"], [],
                   {"desc": "작가 스튜디오 (개발)", "namespace": "ed1/studio", "version": "8.2.0-SNAPSHOT", "replicas": 1}),
    "lettering-dev": ("service", L10N, "S", "D", ["k-ed1-c01-n01"], [],
                      {"desc": "식자 (개발)", "namespace": "ed1/l10n", "version": "1.8.0-SNAPSHOT", "replicas": 1}),
    "viewer-classic": ("service", VIEWER, "G", "P", [], [],
                       {"desc": "구 PC 뷰어 (2025년 viewer로 대체)", "version": "1.9.44", "decommissioned": "2025-11-30"}),
    # ---------------------------------------------------------------- databases
    "aurora-episode": ("database", DBA, "S", "P", [], [],
                       {"engine": "mysql", "product": "Aurora MySQL 3.06 (8.0.34)", "instance_class": "db.r7g.8xlarge",
                        "readers": 4, "max_connections": 4000, "port": 3306, "desc": "작품/회차 메타, 열람권"}),
    "aurora-wallet": ("database", DBA, "S", "P", [], [],
                      {"engine": "mysql", "product": "Aurora MySQL 3.06 (8.0.34)", "instance_class": "db.r7g.4xlarge",
                       "readers": 2, "port": 3306, "desc": "쿠키/코인 원장, 결제 내역"}),
    "aurora-acct": ("database", DBA, "S", "P", [], [],
                      {"engine": "mysql", "product": "Aurora MySQL 3.06 (8.0.34)", "instance_class": "db.r7g.2xlarge",
                       "readers": 2, "port": 3306, "desc": "회원, 푸시 토큰"}),
    "ddb-freewait": ("database", FREE, "S", "P", [], [],
                     {"engine": "dynamodb", "product": "Amazon DynamoDB", "capacity_mode": "provisioned",
                      "wcu": 40000, "rcu": 120000, "table": "freewait_timer_v2", "desc": "기다무 타이머, 무료 열람권"}),
    "mongo-comment": ("database", COMM, "S", "P", ["k-ew1-d01-n01", "k-ew1-d01-n02", "k-ew1-d01-n03"], [],
                      {"engine": "mongodb", "version": "7.0.6", "replica_set": "rs-comment", "members": 3,
                       "port": 27017, "size_gb": 1800, "desc": "댓글, 좋아요"}),
    "os-search": ("database", SEARCH, "S", "P", ["k-ew1-d02-n01", "k-ew1-d02-n02"], [],
                  {"engine": "opensearch", "version": "2.11.1", "data_nodes": 2, "port": 9200, "docs_million": 3.1,
                   "analyzer": "nori", "desc": "작품/작가 검색 인덱스"}),
    "pg-studio": ("database", DBA, "S", "P", [], [],
                  {"engine": "postgresql", "product": "RDS PostgreSQL 15.5", "instance_class": "db.m7g.2xlarge",
                   "port": 5432, "desc": "작가 스튜디오 원고, 예약 공개"}),
    "pg-l10n": ("database", L10N, "S", "P", [], [],
                {"engine": "postgresql", "product": "RDS PostgreSQL 15.5", "instance_class": "db.m7g.xlarge",
                 "port": 5432, "desc": "번역 메모리, 용어집"}),
    "clickhouse-stats": ("database", DATA, "S", "P", ["k-ew1-d04-n01"], [],
                         {"engine": "clickhouse", "version": "24.3 LTS", "port": 8123, "desc": "작가 통계 집계"}),
    "tibero_settle": ("database", DBA, "G", "P", ["gasan-rack3-u22"], [],
                      {"engine": "tibero", "version": "Tibero 7 FS02", "port": 8629, "sid": "WTSTL", "size_tb": 2.6,
                       "archive_dest": "/arch01", "desc": "레거시 작가 정산 DB"}),
    "aurora-jp": ("database", GLOBAL, "T", "P", [], [],
                  {"engine": "mysql", "product": "Aurora MySQL 3.06 (8.0.34)", "instance_class": "db.r7g.4xlarge",
                   "readers": 2, "port": 3306, "desc": "글로벌 사이트 작품/구매"}),
    "pg-studio-stg": ("database", DBA, "S", "S", [], [],
                      {"engine": "postgresql", "product": "RDS PostgreSQL 15.5", "instance_class": "db.t4g.large",
                       "port": 5432}),
    "aurora-episode-stg": ("database", DBA, "S", "S", [], [],
                           {"engine": "mysql", "product": "Aurora MySQL 3.06 (8.0.34)", "instance_class": "db.r7g.large",
                            "port": 3306}),
    # ---------------------------------------------------------------- caches, queues
    "valkey-rank": ("cache", RANK, "S", "P", [], [],
                    {"engine": "valkey", "product": "ElastiCache Valkey 7.2", "node_type": "cache.r7g.2xlarge",
                     "maxmemory_gb": 52, "shards": 1, "port": 6379, "desc": "랭킹 sorted set, 조회수 카운터"}),
    "valkey-sess": ("cache", SRE, "S", "P", [], [],
                    {"engine": "valkey", "product": "ElastiCache Valkey 7.2", "node_type": "cache.r7g.xlarge",
                     "maxmemory_gb": 26, "shards": 3, "port": 6379, "desc": "세션, 광고 빈도 제한"}),
    "valkey-view": ("cache", VIEWER, "S", "P", [], [],
                    {"engine": "valkey", "product": "ElastiCache Valkey 7.2", "node_type": "cache.r7g.2xlarge",
                     "maxmemory_gb": 52, "shards": 6, "port": 6379, "desc": "회차 매니페스트 캐시"}),
    "valkey-jp": ("cache", GLOBAL, "T", "P", [], [],
                  {"engine": "valkey", "product": "ElastiCache Valkey 7.2", "node_type": "cache.r7g.large",
                   "maxmemory_gb": 13, "shards": 2, "port": 6379, "desc": "글로벌 사이트 세션/매니페스트"}),
    "valkey-rank-stg": ("cache", RANK, "S", "S", [], [],
                        {"engine": "valkey", "product": "ElastiCache Valkey 7.2", "node_type": "cache.t4g.medium",
                         "maxmemory_gb": 3, "port": 6379}),
    "msk-wt": ("queue", DATA, "S", "P", [], [],
               {"product": "Amazon MSK 3.6.0", "brokers": 6, "broker_type": "kafka.m7g.2xlarge", "topics": 174,
                "min_insync_replicas": 2, "port": 9096, "desc": "열람/결제/댓글 이벤트 스트림"}),
    "sqs-fanout": ("queue", PUSH, "S", "P", [], [],
                 {"product": "Amazon SQS (standard)", "queues": 12, "desc": "푸시 발송 팬아웃 큐"}),
    "sqs-iap-retry": ("queue", PAY, "S", "P", [], [],
                      {"product": "Amazon SQS (FIFO)", "queues": 2, "desc": "인앱결제 쿠키 지급 재시도 큐"}),
    "rmq-l10n": ("queue", L10N, "S", "P", ["k-ew1-d03-n01"], [],
                 {"product": "RabbitMQ 3.12.13", "nodes": 1, "vm_memory_high_watermark": 0.4, "port": 5672,
                  "desc": "번역/식자 작업 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "alb-reader": ("S", SRE, ["canvas-bff", "viewer", "nvl-reader"],
                   {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "api.toonmaru.com",
                    "cert_expiry": "2027-09-02", "waf": "AWS WAF v2"}),
    "alb-studio": ("S", STUDIO, ["studio", "easel-upload"],
                   {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "studio.toonmaru.com",
                    "cert_expiry": "2027-03-21", "cert_issuer": "Sectigo (수동 갱신)"}),
    "nlb-tyo": ("T", GLOBAL, ["jp-yomu-api", "tw-reader", "us-reader"],
                {"vendor": "AWS", "model": "Network Load Balancer", "endpoint": "api.toonmaru.jp", "cross_zone": True}),
    "l4-gasan": ("G", NET, ["settle-api", "cp_contract", "tone-qc"],
                 {"vendor": "Piolink", "model": "PAS-K 5224", "vip": "172.22.10.40", "firmware": "2.3.9"}),
    "cdn-img": ("C", VIEWER, ["inkpot"],
                {"vendor": "AWS", "model": "CloudFront", "endpoint": "img.toonmaru.net", "origin_shield": "ap-northeast-2",
                 "cache_hit_target": 0.97}),
    "cdn-static": ("C", READER, ["canvas-web"],
                   {"vendor": "Akamai", "model": "Ion", "endpoint": "static.toonmaru.com", "cache_hit_target": 0.99}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "s3-episode-img": ("S", VIEWER, {"vendor": "AWS", "model": "S3 Intelligent-Tiering", "capacity_tb": 920,
                                     "desc": "회차 원본/변환 이미지"}, []),
    "s3-lake-wt": ("S", DATA, {"vendor": "AWS", "model": "S3 (Iceberg 테이블)", "capacity_tb": 1400,
                               "desc": "열람/결제 데이터레이크"}, []),
    "s3-tyo-img": ("T", GLOBAL, {"vendor": "AWS", "model": "S3 Standard", "capacity_tb": 210,
                                 "desc": "번역 회차 이미지 (도쿄)"}, ["j-tw1-c03-n01"]),
    "efs-studio-raw": ("S", STUDIO, {"vendor": "AWS", "model": "EFS (General Purpose)", "capacity_tb": 48,
                                     "desc": "작가 원고 원본 (PSD)"}, ["k-ew1-c08-n04"]),
    "nas-gasan01": ("G", SRE, {"vendor": "NetApp", "model": "AFF A250", "capacity_tb": 80, "ontap": "9.14.1P3",
                               "desc": "정산 지급 파일, 계약서 스캔본"}, ["gasan-rack3-u24", "gasan-rack4-u30"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # aws-seoul, EKS ew1
    "k-ew1-c07-n12": ("S", "P", "eks", {"instance_type": "m7g.8xlarge", "az": "apne2-az1", "cell": "c07"}),
    "k-ew1-c07-n13": ("S", "P", "eks", {"instance_type": "m7g.8xlarge", "az": "apne2-az1", "cell": "c07"}),
    "k-ew1-c07-n21": ("S", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "apne2-az1", "cell": "c07"}),
    "k-ew1-c08-n03": ("S", "P", "eks", {"instance_type": "c7g.8xlarge", "az": "apne2-az2", "cell": "c08"}),
    "k-ew1-c08-n04": ("S", "P", "eks", {"instance_type": "c7g.8xlarge", "az": "apne2-az2", "cell": "c08"}),
    "k-ew1-c08-n17": ("S", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "apne2-az2", "cell": "c08"}),
    "k-ew1-c09-n01": ("S", "P", "eks", {"instance_type": "m7g.8xlarge", "az": "apne2-az3", "cell": "c09"}),
    "k-ew1-c09-n02": ("S", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "apne2-az3", "cell": "c09"}),
    "k-ew1-c09-n03": ("S", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "apne2-az3", "cell": "c09"}),
    "k-ew1-d01-n01": ("S", "P", "ec2", {"instance_type": "r7g.4xlarge", "az": "apne2-az1", "role": "mongod rs-comment #0"}),
    "k-ew1-d01-n02": ("S", "P", "ec2", {"instance_type": "r7g.4xlarge", "az": "apne2-az2", "role": "mongod rs-comment #1"}),
    "k-ew1-d01-n03": ("S", "P", "ec2", {"instance_type": "r7g.4xlarge", "az": "apne2-az3", "role": "mongod rs-comment #2"}),
    "k-ew1-d02-n01": ("S", "P", "ec2", {"instance_type": "r7g.2xlarge", "az": "apne2-az1", "role": "OpenSearch data 1"}),
    "k-ew1-d02-n02": ("S", "P", "ec2", {"instance_type": "r7g.2xlarge", "az": "apne2-az2", "role": "OpenSearch data 2"}),
    "k-ew1-d03-n01": ("S", "P", "ec2", {"instance_type": "m7g.2xlarge", "az": "apne2-az1", "role": "RabbitMQ"}),
    "k-ew1-d04-n01": ("S", "P", "ec2", {"instance_type": "i4g.4xlarge", "az": "apne2-az3", "role": "ClickHouse"}),
    "k-es1-c01-n01": ("S", "S", "eks", {"instance_type": "m7g.2xlarge", "az": "apne2-az1", "cell": "c01"}),
    "k-es1-c01-n02": ("S", "S", "eks", {"instance_type": "m7g.2xlarge", "az": "apne2-az2", "cell": "c01"}),
    "k-ed1-c01-n01": ("S", "D", "eks", {"instance_type": "m7g.xlarge", "az": "apne2-az1", "cell": "c01"}),
    # aws-tokyo, EKS tw1
    "j-tw1-c02-n04": ("T", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "apne1-az1", "cell": "c02"}),
    "j-tw1-c02-n05": ("T", "P", "eks", {"instance_type": "m7g.4xlarge", "az": "apne1-az4", "cell": "c02"}),
    "j-tw1-c03-n01": ("T", "P", "eks", {"instance_type": "c7g.4xlarge", "az": "apne1-az2", "cell": "c03"}),
    "j-tw1-c03-n02": ("T", "P", "eks", {"instance_type": "c7g.4xlarge", "az": "apne1-az2", "cell": "c03"}),
    "j-ts1-c01-n01": ("T", "S", "eks", {"instance_type": "m7g.xlarge", "az": "apne1-az1", "cell": "c01"}),
    # 가산IDC
    "gasan-rack3-u22": ("G", "P", "bare", {"role": "Tibero 정산 DB", "model": "Dell PowerEdge R760"}),
    "gasan-rack3-u24": ("G", "P", "vm", {"role": "정산 배치/정산 조회 WAS", "hypervisor": "VMware vSphere 8.0U2"}),
    "gasan-rack4-u30": ("G", "P", "vm", {"role": "계약관리/번역검수 WAS", "hypervisor": "VMware vSphere 8.0U2"}),
    "gasan-rack2-u40": ("G", "P", "bare", {"role": "로그 수집 (ELK)", "model": "HPE ProLiant DL380 Gen11"}),
    "gasan-rack5-u07": ("G", "P", "bare", {"role": "예비 DB 서버 (디스크 교체 중)", "model": "Dell PowerEdge R760"}),
    "gasan-rack1-u12": ("G", "P", "vm", {"role": "배포 도구/점프 호스트", "hypervisor": "VMware vSphere 8.0U2"}),
    "gasan-rack1-u14": ("G", "P", "bare", {"role": "백업 서버 (아카이브 로그, NAS 백업)", "model": "HPE ProLiant DL380 Gen11"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "gasan-core-sw": ("G", {"device": "core switch", "vendor": "Juniper", "model": "QFX5120-48Y", "firmware": "Junos 22.4R3"}),
    "gasan-fw": ("G", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 601F", "firmware": "FortiOS 7.4.3"}),
    "dx-gasan": ("G", {"device": "direct connect", "vendor": "AWS", "model": "Direct Connect 10Gbps (LG U+)",
                       "circuit": "dxcon-fh8k2p1w", "desc": "가산IDC ↔ AWS 서울 전용선"}),
    "tgw-sel": ("S", {"device": "transit gateway", "vendor": "AWS", "model": "Transit Gateway", "asn": 64601,
                      "desc": "VPC/IDC 허브"}),
    "peer-sel-tyo": ("T", {"device": "inter-region peering", "vendor": "AWS", "model": "TGW peering",
                           "desc": "서울 ↔ 도쿄 리전 피어링"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("gasan-fw", "gasan-core-sw"),
    ("dx-gasan", "gasan-fw"),
    ("dx-gasan", "tgw-sel"),
    ("peer-sel-tyo", "tgw-sel"),
    ("jp-ingest", "peer-sel-tyo"),
    ("wtsettle_bat", "dx-gasan"),
    ("settle-api", "dx-gasan"),
    ("cp_contract", "dx-gasan"),
    ("tone-qc", "dx-gasan"),
]
# fmt: on
STATUS = {"gasan-rack5-u07": "maintenance", "tone-qc": "maintenance", "viewer-classic": "retired"}
NET_PREFIX = {"G": "172.22", "T": "10.80", "S": "10.70"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "W1",
        "kind": "connection_exhaustion",
        "root": "aurora-episode",
        "description": "at the Friday 23:00 release peak aurora-episode reaches max_connections (too many"
        " connections): viewer, redeployed at 22:40 with a larger pool, shows the loudest errors (회차 열람 실패),"
        " nvl-reader and curtain fail their queries, canvas-bff and canvas-web follow, until the writer's idle"
        " connections are killed and viewer's pool is capped",
        "start": kst(5, 23, 0),
        "end": kst(5, 23, 55),
        "affected": ["aurora-episode", "viewer", "nvl-reader", "curtain", "canvas-bff", "canvas-web"],
    },
    {
        "id": "W2",
        "kind": "disk_full",
        "root": "gasan-rack3-u22",
        "description": "in the small hours of Sunday the archive-log filesystem /arch01 of gasan-rack3-u22 fills"
        " (its archive backup cron was commented out on Friday): tibero_settle stops accepting writes (archiver"
        " stuck), the nightly settlement batch wtsettle_bat abends (loudest), settle-api fails, until old"
        " archive logs are backed up and removed",
        "start": kst(7, 2, 10),
        "end": kst(7, 3, 5),
        "affected": ["gasan-rack3-u22", "tibero_settle", "wtsettle_bat", "settle-api"],
    },
    {
        "id": "W3",
        "kind": "cache_cpu_saturation",
        "root": "valkey-rank",
        "description": "on Saturday afternoon, with the season-finale event, valkey-rank's single thread"
        " saturates on ZUNIONSTORE over huge daily view keys: commands queue for seconds, ranking times out"
        " (loudest), wt-reco and nvl-chart follow, canvas-bff's home tab degrades, until the aggregation is moved"
        " to a replica and the keys are sharded",
        "start": kst(6, 14, 0),
        "end": kst(6, 14, 55),
        "affected": ["valkey-rank", "ranking", "wt-reco", "nvl-chart", "canvas-bff"],
    },
    {
        "id": "W4",
        "kind": "row_lock_contention",
        "root": "aurora-wallet",
        "description": "at Monday lunch, in the 쿠키 50 % bonus promotion, every charge updates the single promo"
        " budget row of aurora-wallet: row-lock waits and deadlocks, wt-coin times out (loudest), wt-iap cannot"
        " credit verified receipts, viewer and nvl-reader paid unlocks fail, canvas-bff follows, until the promo"
        " budget is split into 64 rows",
        "start": kst(8, 12, 10),
        "end": kst(8, 13, 5),
        "affected": ["aurora-wallet", "wt-coin", "wt-iap", "viewer", "nvl-reader", "canvas-bff"],
    },
    {
        "id": "W5",
        "kind": "queue_memory_alarm",
        "root": "rmq-l10n",
        "description": "on Tuesday evening, in the translation batch for the next day's global releases, rmq-l10n"
        " reaches its memory high watermark (unacked messages with full page images) and blocks every publisher:"
        " lettering stalls (loudest), trace-l10n cannot publish, jp-ingest misses translated episodes, until the"
        " queue is purged of the image payloads and the watermark raised",
        "start": kst(9, 19, 30),
        "end": kst(9, 20, 25),
        "affected": ["rmq-l10n", "lettering", "trace-l10n", "jp-ingest"],
    },
    {
        "id": "W6",
        "kind": "broker_under_min_isr",
        "root": "msk-wt",
        "description": "on Thursday morning a rolling MSK upgrade restarts a broker of msk-wt that does not rejoin"
        " in time: partitions fall under min.insync.replicas and acks=all producers fail (NotEnoughReplicas):"
        " wt-comment (loudest) cannot save comments, ranking loses view events, view-sink lags, until the"
        " broker is replaced",
        "start": kst(11, 10, 20),
        "end": kst(11, 11, 15),
        "affected": ["msk-wt", "wt-comment", "ranking", "view-sink"],
    },
    {
        "id": "W7",
        "kind": "write_throttling",
        "root": "ddb-freewait",
        "description": "at the Sunday 23:00 release peak ddb-freewait throttles writes: the table was switched from"
        " on-demand to provisioned capacity on Wednesday and the timer resets of the release exceed its WCU"
        " (ProvisionedThroughputExceededException); wt-freewait fails (loudest), viewer and nvl-reader cannot"
        " grant free episodes, canvas-bff follows (ongoing)",
        "start": kst(14, 22, 55),
        "end": None,
        "affected": ["ddb-freewait", "wt-freewait", "viewer", "nvl-reader", "canvas-bff"],
    },
]
W1, W2, W3, W4, W5, W6, W7 = INCIDENTS
FINALE = (kst(6, 12, 0), kst(6, 18, 0))  # 시즌 피날레 이벤트
PROMO = (kst(8, 11, 0), kst(8, 15, 0))  # 쿠키 50% 보너스
CDN_PURGE = (kst(10, 15, 30), kst(10, 16, 10))  # image CDN purge


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 30, 'D': 50}[env]) + i // 8}.{11 + (i * 41) % 220}"
        }
        if kind == "eks":
            attrs |= {
                "cluster": h[2:5],
                "os": "Bottlerocket 1.20",
                "kubelet": "v1.30.2-eks",
                "instance_id": f"i-0{rng.randrange(16**16):016x}",
            }
        elif kind == "ec2":
            attrs |= {"os": "Amazon Linux 2023", "instance_id": f"i-0{rng.randrange(16**16):016x}"}
            owner = DBA
        elif kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.9", "Rocky Linux 8.9"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64])}  # fmt: skip
            owner = LEGACY
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.9", "RHEL 9.3"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', '9VX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = LEGACY
        if h.startswith("j-"):
            owner = GLOBAL
        if h == "gasan-rack3-u22":
            owner = DBA
        if h.startswith("k-ew1-d03") or h.startswith("k-ew1-d04"):
            owner = DATA if h.startswith("k-ew1-d04") else L10N
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


def _release(h: float) -> float:
    """The 23:00 release: a sharp rise just before, a fast decay after (and the 자정 web-novel update)."""
    if h >= 23:
        return math.exp(-(h - 23) / 0.45)
    if h >= 22.6:
        return math.exp(-(((23 - h) / 0.15) ** 2))
    if h < 1.5:
        return 0.4 * math.exp(-h / 0.35) + math.exp(-(h + 1) / 0.45)
    return 0.0


def _reader(ts: datetime) -> float:
    """Readers: commutes, lunch, the evening, the 23:00 release peak; weekend afternoons are busier."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.08 + 0.12 * (1 if h >= 7 or h < 1 else 0)
    v += 0.15 * _bump(h, 8.3, 0.8) + 0.18 * _bump(h, 12.5, 0.7) + 0.25 * _bump(h, 21.3, 1.4)
    if loc.weekday() >= 5:
        v += 0.22 * _bump(h, 15.0, 2.6)
    v += 0.45 * _release(h)
    if FINALE[0] <= ts < FINALE[1]:
        v += 0.12
    return max(0.05, min(1.0, v))


def _push(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.06 + 0.9 * _release(seoul_hour(ts))))


def _pay(ts: datetime) -> float:
    v = _reader(ts) * 0.9
    if PROMO[0] <= ts < PROMO[1]:
        v += 0.18
    return max(0.05, min(1.0, v))


def _studio(ts: datetime) -> float:
    """Creators work late and upload before the release."""
    h = seoul_hour(ts)
    v = 0.08 + 0.3 * (1 if h >= 10 or h < 2 else 0) + 0.35 * _bump(h, 21.5, 1.6)
    return max(0.05, min(1.0, v))


def _jp(ts: datetime) -> float:
    """The JP/TW/US sites: the JP midnight update (00:00 JST = 00:00 KST), evenings, lunch."""
    h = seoul_hour(ts)
    v = 0.1 + 0.18 * _bump(h, 8, 1) + 0.2 * _bump(h, 12.5, 1) + 0.3 * _bump(h, 22, 1.5)
    v += 0.4 * (math.exp(-h / 0.5) if h < 2 else 0)
    return max(0.05, min(1.0, v))


def _l10n(ts: datetime) -> float:
    """Translation: office hours, then the evening batch for the next day's global releases (19–21)."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.1 + (0.35 if loc.weekday() < 5 and 9 <= h < 19 else 0) + 0.45 * _bump(h, 20.0, 0.8)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.15 + 0.05 * _bump(h, 14, 3)
    return 0.15 + 0.55 * (1 if 9 <= h < 18 else 0) + 0.15 * _bump(h, 10, 1.5)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 2 <= h < 3.5 else 0.3 * _office(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


READER_SIDE = {
    "canvas-bff", "canvas-web", "viewer", "inkpot", "wt-drm", "palette", "wt-auth", "wt-freewait", "ranking",
    "wt-reco", "wt-search", "wt-comment", "cleanbot", "nvl-reader", "nvl-chart", "wt-ads", "aurora-episode",
    "aurora-acct", "ddb-freewait", "mongo-comment", "os-search", "valkey-rank", "valkey-sess", "valkey-view",
    "msk-wt", "alb-reader", "cdn-img", "cdn-static", "s3-episode-img", "view-sink",
    "wt-library", "pigment", "wt-report",
    "k-ew1-c07-n12", "k-ew1-c07-n13", "k-ew1-c07-n21", "k-ew1-c08-n03", "k-ew1-c08-n04", "k-ew1-c09-n02",
    "k-ew1-d01-n01", "k-ew1-d01-n02", "k-ew1-d01-n03", "k-ew1-d02-n01", "k-ew1-d02-n02", "tgw-sel",
}  # fmt: skip
PUSH_SIDE = {"curtain", "wt-push", "sqs-fanout", "k-ew1-c08-n17"}
PAY_SIDE = {
    "wt-coin",
    "wt-iap",
    "wt-event",
    "wt-gift",
    "aurora-wallet",
    "sqs-iap-retry",
    "k-ew1-c09-n01",
    "k-ew1-c09-n03",
}
STUDIO_SIDE = {"studio", "easel-upload", "studio-stats", "nvl-writer", "pg-studio", "clickhouse-stats",
               "alb-studio", "k-ew1-d04-n01"}  # fmt: skip
JP_SIDE = {"jp-yomu-api", "jp-kakin", "jp-ingest", "tw-reader", "us-reader", "aurora-jp", "valkey-jp",
           "nlb-tyo", "s3-tyo-img", "jp-shiori", "jp-rank", "j-tw1-c03-n02", "j-tw1-c02-n04", "j-tw1-c02-n05", "j-tw1-c03-n01", "peer-sel-tyo"}  # fmt: skip
L10N_SIDE = {"trace-l10n", "lettering", "tone-qc", "rmq-l10n", "pg-l10n", "k-ew1-d03-n01"}
OFFICE = {"settle-api", "cp_contract", "royalty-calc", "trino-adhoc", "airflow-wt", "watchtower", "storyboard", "l4-gasan", "gasan-rack1-u14",
          "gasan-rack4-u30", "gasan-rack1-u12", "gasan-core-sw", "gasan-fw", "dx-gasan", "nas-gasan01",
          "s3-lake-wt", "gasan-rack2-u40"}  # fmt: skip
BATCH = {"wtsettle_bat", "tibero_settle", "gasan-rack3-u22", "gasan-rack3-u24"}


def _load(name: str):
    for group, shape in (
        (READER_SIDE, _reader),
        (PUSH_SIDE, _push),
        (PAY_SIDE, _pay),
        (STUDIO_SIDE, _studio),
        (JP_SIDE, _jp),
        (L10N_SIDE, _l10n),
        (OFFICE, _office),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "W1": {0: (8.0, 6.0), 1: (4.0, 14.0), 2: (2.2, 8.0), 3: (1.5, 4.5)},
    "W2": {1: (12.0, 9.0), 2: (3.0, 14.0)},
    "W3": {0: (14.0, 5.0), 1: (5.0, 12.0), 2: (1.8, 6.5)},
    "W4": {0: (10.0, 5.5), 1: (6.0, 12.0), 2: (2.0, 6.0)},
    "W5": {0: (4.0, 8.0), 1: (3.0, 9.0), 2: (2.0, 7.5)},
    "W6": {0: (5.0, 7.0), 1: (2.5, 8.0)},
    "W7": {0: (6.0, 11.0), 1: (3.5, 22.0), 2: (1.9, 7.5)},
}
EFFECT_OVERRIDE = {
    ("W1", "viewer"): (4.5, 26.0),
    ("W2", "wtsettle_bat"): (2.5, 38.0),
    ("W3", "ranking"): (6.0, 27.0),
    ("W4", "wt-coin"): (7.0, 29.0),
    ("W5", "lettering"): (3.5, 24.0),
    ("W6", "wt-comment"): (3.0, 31.0),
    ("W6", "view-sink"): (1.8, 6.0),
    ("W7", "wt-freewait"): (4.0, 33.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "k-ew1-d01-n01", "k-ew1-d01-n02", "k-ew1-d01-n03", "k-ew1-d02-n01", "k-ew1-d02-n02", "k-ew1-d03-n01",
    "k-ew1-d04-n01", "gasan-rack3-u22", "gasan-rack3-u24", "gasan-rack4-u30", "gasan-rack2-u40", "gasan-rack5-u07",
    "gasan-rack1-u12", "gasan-rack1-u14",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _arch_disk(ts: datetime, base: float) -> float:
    """gasan-rack3-u22 /arch01: archive logs pile up from Friday (no backup) until full at W2, then cleaned."""
    fill_from = kst(5, 18, 0)
    if ts < fill_from:
        return base
    if ts < W2["start"]:
        p = (ts - fill_from).total_seconds() / (W2["start"] - fill_from).total_seconds()
        return base + (99.0 - base) * p**2.2
    if ts < W2["end"]:
        return 99.4
    return max(base - 14.0, 99.4 - 40 * (ts - W2["end"]).total_seconds() / 1800)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "gasan-rack2-u40":  # ELK log volume: the disk creeps up
        disk0, growth = 62.0, 1.5
    if name == "gasan-rack3-u22":
        disk0, growth = 61.0, 0.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "gasan-rack3-u22":
            disk = _arch_disk(ts, disk) + rng.gauss(0, 0.1)
        if name == "k-ew1-d03-n01":  # RabbitMQ memory alarm
            mem += (93.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, W5["start"], W5["end"], rise=5, fall=10)
        if name in ("k-ew1-c09-n02",):  # wt-freewait retries on throttling
            cpu += 22 * ramp(ts, W7["start"], W7["end"], rise=15)
        if name == "gasan-rack5-u07":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        if name == "gasan-rack3-u24":  # the settlement batch
            cpu += 25 * (1 if 2 <= seoul_hour(ts) < 3.5 else 0)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"dx-gasan": 1.8, "peer-sel-tyo": 33.0, "tgw-sel": 0.5}.get(name, rng.uniform(0.2, 0.9))
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
    used = {"s3-episode-img": (71, 72), "nas-gasan01": (64, 66)}.get(name, (35, 55))
    fill = storage_fill(rng, name, times, START, used, 0.06)
    lat0 = rng.uniform(4, 12) if name.startswith("s3") else rng.uniform(0.9, 2.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "s3-episode-img":  # the CDN purge sends every image request to the origin
            lat *= 1 + 0.8 * ramp(ts, *CDN_PURGE, rise=5, fall=10)
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "canvas-bff": 120.0, "canvas-web": 180.0, "viewer": 65.0, "inkpot": 35.0, "wt-drm": 12.0, "palette": 8.0,
    "wt-auth": 30.0, "curtain": 240.0, "wt-push": 45.0, "wt-coin": 90.0, "wt-iap": 420.0, "wt-freewait": 22.0,
    "wt-event": 110.0, "wt-ads": 55.0, "ranking": 28.0, "wt-reco": 75.0, "wt-search": 60.0, "wt-comment": 85.0,
    "cleanbot": 140.0, "nvl-reader": 70.0, "nvl-chart": 25.0, "nvl-writer": 210.0, "studio": 230.0,
    "easel-upload": 640.0, "studio-stats": 380.0, "trace-l10n": 520.0, "lettering": 610.0, "tone-qc": 340.0,
    "jp-yomu-api": 95.0, "jp-kakin": 260.0, "jp-ingest": 150.0, "tw-reader": 110.0, "us-reader": 130.0,
    "settle-api": 310.0, "royalty-calc": 190.0, "wtsettle_bat": 540.0, "cp_contract": 450.0,
    "view-sink": 40.0, "trino-adhoc": 720.0, "airflow-wt": 260.0, "watchtower": 150.0,
    "aurora-episode": 2.4, "aurora-wallet": 3.1, "aurora-acct": 1.9, "ddb-freewait": 4.2, "mongo-comment": 3.8,
    "os-search": 18.0, "pg-studio": 3.3, "pg-l10n": 2.9, "clickhouse-stats": 35.0, "tibero_settle": 7.5,
    "aurora-jp": 2.7, "valkey-rank": 0.5, "valkey-sess": 0.3, "valkey-view": 0.4, "valkey-jp": 0.35,
    "msk-wt": 5.0, "sqs-fanout": 14.0, "rmq-l10n": 3.6,
    "alb-reader": 2.2, "alb-studio": 2.6, "nlb-tyo": 0.8, "l4-gasan": 1.2, "cdn-img": 16.0, "cdn-static": 9.0,
}  # fmt: skip
REQUEST_RATE = {
    "canvas-bff": 8200.0, "canvas-web": 3100.0, "viewer": 14500.0, "inkpot": 6200.0, "wt-drm": 15800.0,
    "wt-auth": 2400.0, "wt-push": 52000.0, "wt-coin": 900.0, "wt-iap": 140.0, "wt-freewait": 9800.0,
    "ranking": 4100.0, "wt-reco": 2600.0, "wt-search": 1300.0, "wt-comment": 2100.0, "nvl-reader": 3600.0,
    "nvl-chart": 700.0, "wt-ads": 3300.0, "studio": 45.0, "easel-upload": 6.5, "lettering": 38.0,
    "trace-l10n": 22.0, "jp-yomu-api": 4300.0, "jp-kakin": 85.0, "jp-ingest": 12.0, "tw-reader": 900.0,
    "us-reader": 650.0, "settle-api": 9.0, "msk-wt": 68000.0, "aurora-episode": 36000.0, "aurora-wallet": 4200.0,
    "ddb-freewait": 21000.0, "mongo-comment": 5200.0, "valkey-rank": 41000.0, "valkey-view": 88000.0,
    "rmq-l10n": 260.0, "sqs-fanout": 52000.0, "cdn-img": 96000.0, "cdn-static": 21000.0, "alb-reader": 27000.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search cluster with a memory gauge: (level, swing with load)
    "valkey-rank": (61.0, 5.0), "valkey-sess": (46.0, 8.0), "valkey-view": (68.0, 6.0), "valkey-jp": (39.0, 7.0),
    "rmq-l10n": (31.0, 10.0), "os-search": (58.0, 4.0), "mongo-comment": (63.0, 4.0),
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
            if inc is W6 and name == "view-sink":
                req *= 1 - 0.7 * r
            if inc is W5 and name in ("lettering", "rmq-l10n"):
                req *= 1 - 0.6 * r  # publishers blocked
            if inc is W7 and name == "ddb-freewait":
                req *= 1 + 0.5 * r  # SDK retries of throttled writes
            if inc is W2 and name == "wtsettle_bat":
                req *= 1 - 0.8 * r
        if name == "cdn-img":  # the purge: misses and origin errors for a while
            err += 0.9 * ramp(ts, *CDN_PURGE, rise=5, fall=10)
            rt *= 1 + 1.2 * ramp(ts, *CDN_PURGE, rise=5, fall=10)
        if name == "inkpot":
            rt *= 1 + 0.7 * ramp(ts, *CDN_PURGE, rise=5, fall=10)
            req *= 1 + 1.5 * ramp(ts, *CDN_PURGE, rise=5, fall=10)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "rmq-l10n":
                mem += (96.8 + rng.gauss(0, 0.3) - mem) * ramp(ts, W5["start"], W5["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "valkey-rank":  # the engine's single thread (EngineCPUUtilization)
            cpu = 18 + 30 * d + rng.gauss(0, 1.0)
            cpu += (97.5 + rng.gauss(0, 0.5) - cpu) * ramp(ts, W3["start"], W3["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The release, the settlement batch, the lake compaction and the studio certificate warning."""
    rows = []
    for d in range(4, 15):
        rows.append((d, 23, 0, "curtain", "info", "release", "23:00 신규 회차 공개 (웹툰 요일 연재)"))
        rows.append((d, 23, 1, "wt-push", "info", "push", "신규 회차 알림 발송 시작"))
        if d != 7:
            rows.append(
                (d, 2, 0, "wtsettle_bat", "info", "batch_job", "작가 정산 일마감 배치 시작 (JOB_WT_DAILY)")
            )
            rows.append((d, 3, 25, "wtsettle_bat", "info", "batch_job", "작가 정산 일마감 배치 완료"))
        rows.append((d, 4, 30, "s3-lake-wt", "info", "compaction", "Iceberg 테이블 compaction (view_log)"))
        left = (datetime(2027, 3, 21) - datetime(2027, 3, d)).days
        rows.append(
            (d, 9, 0, "alb-studio", "warning", "cert_expiry",
             f"certificate studio.toonmaru.com expires in {left} days (2027-03-21), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (5, 11, 0, "viewer-stg", "info", "deployment", "viewer-stg 7.2.0-rc3 배포"),
    (5, 17, 40, "gasan-rack3-u22", "info", "config_change", "아카이브 로그 백업 cron 주석 처리 (백업 서버 이전 작업 중)"),
    (5, 22, 40, "viewer", "info", "deployment", "viewer 7.2.0 배포 (DB 커넥션 풀 32 → 64)"),
    (6, 9, 20, "gasan-rack2-u40", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (6, 11, 50, "wt-event", "info", "event", "시즌 피날레 이벤트 오픈 (정주행 쿠키 보상)"),
    (6, 13, 30, "ranking", "info", "deployment", "ranking 4.2.0 배포 (급상승 랭킹 가중치)"),
    (6, 15, 20, "tone-qc", "info", "maintenance", "tone-qc 서버 이전 작업 (gasan-rack4-u30), 번역 검수 일시 중지"),
    (7, 1, 25, "gasan-rack3-u22", "warning", "disk", "/arch01 usage 90%"),
    (8, 10, 0, "gasan-rack5-u07", "info", "maintenance", "gasan-rack5-u07 디스크 교체 작업 (RAID rebuild)"),
    (8, 10, 30, "wt-event", "info", "event", "쿠키 50% 보너스 프로모션 시작 (11:00~15:00)"),
    (8, 11, 50, "wt-coin", "info", "deployment", "wt-coin 6.8.0 배포 (보너스 쿠키 지급 로직)"),
    (8, 16, 0, "studio-dev", "info", "deployment", "studio-dev 8.2.0-SNAPSHOT 배포"),
    (9, 9, 40, "gasan-rack2-u40", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (9, 14, 0, "canvas-bff-stg", "info", "deployment", "canvas-bff-stg 9.5.0-rc2 배포"),
    (9, 19, 10, "lettering", "info", "deployment", "lettering 1.7.0 배포 (세로쓰기 폰트 추가)"),
    (10, 10, 15, "ddb-freewait", "info", "config_change", "freewait_timer_v2 용량 모드 on-demand → provisioned (WCU 40,000, 비용 절감)"),
    (10, 15, 30, "cdn-img", "info", "purge", "img.toonmaru.net 전체 캐시 무효화 (/*) 워터마크 교체"),
    (10, 16, 12, "cdn-img", "info", "recovery", "캐시 적중률 정상 (96%)"),
    (11, 9, 50, "msk-wt", "info", "maintenance", "MSK 롤링 업그레이드 3.5.1 → 3.6.0 시작"),
    (11, 10, 5, "wt-comment", "info", "deployment", "wt-comment 5.6.1 배포 (베댓 정렬 개선)"),
    (12, 10, 0, "jp-yomu-api-stg", "info", "deployment", "jp-yomu-api-stg 3.10.0-rc1 배포"),
    (12, 11, 10, "gasan-rack2-u40", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (12, 15, 0, "palette", "info", "config_change", "피처 플래그 home_v3_layout 50% 롤아웃"),
    (13, 14, 0, "wt-ads", "info", "deployment", "wt-ads 1.4.8 배포 (보상형 광고 빈도 제한)"),
    (14, 21, 30, "wt-freewait", "info", "deployment", "wt-freewait 1.9.4 배포 (충전 알림 문구)"),
    # W1 (Friday 23:00 release)
    (5, 23, 1, "aurora-episode", "warning", "connections", "DatabaseConnections 3,710 / max_connections 4000"),
    (5, 23, 3, "aurora-episode", "critical", "connections", "ERROR 1040 (HY000): Too many connections"),
    (5, 23, 6, "viewer", "critical", "error", "회차 열람 실패 (DB 커넥션 획득 실패), 5xx 24%"),
    (5, 23, 8, "nvl-reader", "major", "error", "웹소설 본문 조회 실패 (Too many connections)"),
    (5, 23, 9, "curtain", "major", "error", "공개 처리 지연 (회차 상태 업데이트 실패)"),
    (5, 23, 15, "canvas-bff", "warning", "error", "회차 목록 5xx 증가"),
    (5, 23, 42, "aurora-episode", "info", "config_change", "유휴 커넥션 KILL, viewer 풀 64 → 24 (핫픽스)"),
    (5, 23, 58, "viewer", "info", "recovery", "회차 열람 정상"),
    # W2 (Sunday small hours)
    (7, 2, 0, "wtsettle_bat", "info", "batch_job", "작가 정산 일마감 배치 시작 (JOB_WT_DAILY)"),
    (7, 2, 9, "gasan-rack3-u22", "critical", "disk", "/arch01 100% full (No space left on device)"),
    (7, 2, 12, "tibero_settle", "critical", "archive", "TBR-2131: archive log destination full, archiver stuck, DML blocked"),
    (7, 2, 16, "wtsettle_bat", "critical", "batch_job", "JOB_WT_DAILY step settleAggregate ABEND (JDBC timeout)"),
    (7, 2, 20, "settle-api", "major", "error", "정산 조회 타임아웃"),
    (7, 2, 55, "gasan-rack3-u22", "info", "config_change", "아카이브 로그 NAS 백업 후 삭제, cron 복구"),
    (7, 3, 10, "wtsettle_bat", "info", "batch_job", "JOB_WT_DAILY 재실행 (restart from settleAggregate)"),
    (7, 4, 20, "wtsettle_bat", "info", "batch_job", "작가 정산 일마감 배치 완료 (지연)"),
    # W3 (Saturday afternoon, season finale)
    (6, 13, 58, "valkey-rank", "warning", "latency", "EngineCPUUtilization 90%"),
    (6, 14, 3, "valkey-rank", "critical", "latency", "slowlog: ZUNIONSTORE rank:daily:* 2,400 ms, clients blocked 3,100"),
    (6, 14, 7, "ranking", "critical", "error", "랭킹 조회 타임아웃 (ValkeyTimeout), 5xx 27%"),
    (6, 14, 10, "wt-reco", "major", "error", "추천 후보 조회 지연"),
    (6, 14, 12, "nvl-chart", "warning", "error", "웹소설 순위 조회 실패 증가"),
    (6, 14, 15, "canvas-bff", "warning", "error", "홈 랭킹 탭 타임아웃"),
    (6, 14, 45, "valkey-rank", "info", "config_change", "집계를 replica 로 이동, 일간 키 샤딩"),
    (6, 15, 0, "ranking", "info", "recovery", "랭킹 조회 정상"),
    # W4 (Monday lunch, cookie promo)
    (8, 12, 12, "aurora-wallet", "major", "lock_wait", "innodb_row_lock_waits 급증 (promo_budget id=1), Lock wait timeout exceeded"),
    (8, 12, 15, "aurora-wallet", "major", "deadlock", "deadlock detected: coin_ledger / promo_budget"),
    (8, 12, 17, "wt-coin", "critical", "error", "쿠키 충전/사용 타임아웃 29%"),
    (8, 12, 19, "wt-iap", "major", "error", "영수증 검증 후 쿠키 지급 실패 (재시도 큐 적체)"),
    (8, 12, 24, "viewer", "warning", "error", "유료 회차 열람 실패 증가"),
    (8, 12, 25, "nvl-reader", "warning", "error", "유료 회차 구매 실패"),
    (8, 12, 58, "aurora-wallet", "info", "config_change", "promo_budget 64 row 분할 (핫픽스)"),
    (8, 13, 10, "wt-coin", "info", "recovery", "쿠키 충전 정상"),
    # W5 (Tuesday evening translation batch)
    (9, 19, 28, "rmq-l10n", "warning", "memory", "memory 0.38 of watermark 0.4"),
    (9, 19, 31, "rmq-l10n", "critical", "memory", "memory resource limit alarm set on node rabbit@k-ew1-d03-n01, publishers blocked"),
    (9, 19, 35, "lettering", "critical", "error", "식자 작업 수신 중단, 번역 회차 생성 실패"),
    (9, 19, 37, "trace-l10n", "major", "error", "connection.blocked: 번역 결과 publish 불가"),
    (9, 19, 45, "jp-ingest", "major", "error", "翻訳エピソード未着: 내일 공개분 입고 지연"),
    (9, 20, 18, "rmq-l10n", "info", "config_change", "이미지 페이로드 큐 purge, vm_memory_high_watermark 0.4 → 0.6"),
    (9, 20, 30, "lettering", "info", "recovery", "식자 작업 정상"),
    # W6 (Thursday morning, MSK upgrade)
    (11, 10, 19, "msk-wt", "major", "broker", "broker 4 restart not completed, UnderMinIsrPartitionCount 58"),
    (11, 10, 22, "msk-wt", "critical", "broker", "NotEnoughReplicasException on topics comment-events, view-events"),
    (11, 10, 26, "wt-comment", "critical", "error", "댓글 등록 실패 31% (Kafka produce timeout)"),
    (11, 10, 29, "ranking", "major", "error", "조회수 이벤트 유실, 급상승 랭킹 갱신 지연"),
    (11, 10, 31, "view-sink", "warning", "lag", "consumer lag 4.2M"),
    (11, 11, 8, "msk-wt", "info", "config_change", "broker 4 교체, ISR 복구"),
    (11, 11, 20, "wt-comment", "info", "recovery", "댓글 등록 정상"),
    # W7 (Sunday 23:00 release, ongoing)
    (14, 22, 56, "ddb-freewait", "warning", "throttling", "WriteThrottleEvents 증가 (freewait_timer_v2)"),
    (14, 22, 59, "ddb-freewait", "critical", "throttling", "ProvisionedThroughputExceededException: consumed WCU 40,000/40,000"),
    (14, 23, 2, "wt-freewait", "critical", "error", "기다무 타이머 갱신 실패 33%, 무료 열람권 발급 불가"),
    (14, 23, 8, "viewer", "major", "error", "무료 회차 열람 실패 증가"),
    (14, 23, 10, "nvl-reader", "warning", "error", "기다무 웹소설 열람 실패"),
    (14, 23, 12, "canvas-bff", "warning", "error", "기다무 충전 상태 조회 실패"),
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
    generate(NAME, "webtoon-platform", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
