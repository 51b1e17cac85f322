"""Generate the fan-platform estate (tests/fixtures/fan-platform/, interchange format) and its faults file.

A Korean K-pop entertainment company's fan platform (오로라웨이브 / AURORA WAVE, the app `LUMI` 루미): the app's
API gateway `lumi-edge-gw` (Seoul) and `lumi-gw-usw2` (Oregon, for the Americas), login `lumi-id` and fan-club
membership verification `fanclub-verify`; the community `chorus-*` (feed, ranking), artist posts `artist-post`
and paid subscription DMs `pyeonji-dm` (편지) billed by `gudok-billing` (구독) with app-store receipts
`appstore-iap`; live streaming `aria-*` (ingest from the 가산 IDC and the 성수 HQ studio, GPU transcoding,
LL-HLS packaging, playback, live chat) behind a multi-CDN switch `cdn-mux` (Akamai and CloudFront); the merch
shop `gutz-*` (굿즈: storefront, limited-drop stock on `redis-stock`), global checkout `gyeolje-gw` (결제) with
the PG connector and FX rates, the midnight album unlock `album-unlock`, the nightly legacy settlement
`merch_settle_batch`, the 이천 warehouse WMS `mulryu-wms` (물류) and its label interface; concert presales
`encore-*` (virtual waiting room `encore-queue` on `redis-queue`, presale booking, seat map); push at artist-post
time `allim-*` (알림) over the device-token table `kv-device-token`; translation `beonyeok-mt` (번역) and
moderation `geomsu-mod` (검수) on the Triton GPU server `triton-gpu`; search `chatgi-search` (찾기) on OpenSearch;
the media store `ceph-gs-media` (Ceph RGW in the IDC, originals) and S3, uploads and image resizing. Sites
성수본사 (HQ), 가산IDC, AWS서울 (ap-northeast-2), AWS오레곤 (us-west-2), 이천물류센터, 글로벌CDN;
environments prod, staging, dev; owners are teams with Korean or English names.

Naming (unlike the earlier estates): stage/music code names (`lumi-*`, `chorus-*`, `aria-*`, `encore-*`),
romanised Korean (`pyeonji-dm`, `gudok-billing`, `gutz-shop`, `gyeolje-gw`, `allim-push`, `beonyeok-mt`,
`geomsu-mod`, `chatgi-search`, `mulryu-wms`), legacy snake_case (`merch_settle_batch`, `ship_label_if`,
`cs_helpdesk`, `mysql_cs_legacy`, the retired `fanclub_verify_v1`), AWS-generated EKS node names
(`ip-10-40-13-52`), managed-service ids (`aur-commerce`, `kv-dm`, `os-lumi`), IDC rack-row-unit bare metal
(`gs-b02-03` = 가산 row B rack 02 unit 03) and warehouse asset tags (`AWH-0117`).

Seven injected incidents (times KST; now = Monday 2028-04-24 09:40; the window is the 10 days before; daily
rhythms: comeback drops at 18:00, overseas evening peaks around 10:00-14:00 KST (the Americas), live concerts on
weekend evenings, presale openings at 20:00 on Mon/Wed/Fri, midnight album releases, 23:30 settlement batch):
  F1 Fri 14 18:00-18:55  comeback lightstick drop: `redis-stock` pegs its engine CPU on one hot stock key:
                         gutz-stock (loudest, 4.8.0 deployed at 17:35), gutz-shop, gyeolje-gw
  F2 Sat 15 19:10-20:05  (weekend concert live) GPU Xid errors on the transcode node `gs-b02-03` (its twin
                         gs-b02-05 is in maintenance): aria-transcode (loudest) falls back to CPU, aria-llhls,
                         aria-play stall
  F3 Tue 18 00:00-00:55  (midnight album release) `aur-commerce` runs out of connections (max_connections
                         lowered in Monday's parameter-group change): album-unlock (loudest, deployed Monday
                         23:20), gyeolje-gw, gudok-billing
  F4 Wed 19 20:00-20:55  presale opening: `redis-queue` reaches maxclients under the waiting-room pollers:
                         encore-queue (loudest, 2.14.0 deployed at 19:20), encore-presale, lumi-edge-gw
  F5 Thu 20 18:00-18:55  artist-post time: `kv-device-token` throttles (switched to provisioned capacity on
                         Tuesday): allim-fanout (loudest, deployed at 17:30), allim-push, artist-post
  F6 Sun 23 11:20-12:15  (weekend, overseas evening peak) `triton-gpu` runs out of GPU memory after Saturday's
                         model swap: beonyeok-mt (loudest), pyeonji-dm (deployed at 11:00), chorus-feed,
                         lumi-gw-usw2
  F7 Mon 24 09:05-now    `ceph-gs-media` backfills after an OSD disk failure, nearfull, slow requests:
                         img-resize (loudest, deployed at 08:50), media-upload, artist-post (ongoing)
Confounders: the daily rhythms above, the 23:30 merch_settle_batch loading aur-commerce every night, the 03:00
chorus-rank retraining on ip-10-40-13-08, vod-archive's Monday-morning archiving of the weekend concerts (a noisy
neighbour on ceph-gs-media and gs-a08-02), deploys on victims before F1, F3, F4, F5, F6 and F7, `gs-b02-05` and
`encore-queue-stg` in maintenance, Akamai edge maintenance on Saturday night, the retired `fanclub_verify_v1`,
the Loki host `gs-c11-20`'s disk creeping up and the ingest L4 `l4-gs-ingest`'s certificate expiring on
2028-05-01 (warned daily). Deterministic (seeded, gzip mtime 0); the golden questions (bench/fan_golden.py)
are computed from the files.

    .venv/bin/python bench/fan_estate.py   # rewrites tests/fixtures/fan-platform*
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

NAME = "fan-platform"
NOW = datetime(2028, 4, 24, 0, 40, tzinfo=UTC)  # Monday 2028-04-24 09:40 KST
START = NOW - timedelta(days=10)  # Friday 2028-04-14 09:40 KST
SEED = 20280424
SITES = {
    "H": "성수본사",
    "G": "가산IDC",
    "S": "AWS서울",
    "U": "AWS오레곤",
    "W": "이천물류센터",
    "C": "글로벌CDN",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2028-04")

PLAT, MEMB, APP, MSG = "platform-core", "멤버십파트", "커뮤니티개발팀", "메시지개발팀"
PAY, COMM, LIVE, MEDIA = "payments", "커머스개발팀", "라이브스트리밍팀", "미디어인프라팀"
TIX, NOTI, ML, SRCH = "티켓팅스쿼드", "알림플랫폼팀", "ML플랫폼", "search-ranking"
SRE, DBA, NET, LOGI = "SRE", "데이터베이스팀", "네트워크운영팀", "물류IT파트"
CS, STUDIO = "고객지원IT", "studio-tech"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- app edge, identity, membership
    "lumi-edge-gw": ("service", PLAT, "S", "P", ["ip-10-40-12-31", "ip-10-40-12-47"],
                     ["lumi-id", "chorus-feed", "artist-post", "pyeonji-dm", "aria-play", "gutz-shop", "encore-queue",
                      "chatgi-search", "fanclub-verify"],
                     {"desc": "LUMI 앱 API 게이트웨이 (iOS/Android/Web, 14개 언어)", "product": "Kong Gateway 3.6",
                      "version": "3.6.1", "replicas": 12, "rate_limit_rps": 42000, "port": 8443,
                      "domain": "api.lumi.fan"}),
    "lumi-gw-usw2": ("service", PLAT, "U", "P", ["ip-10-60-4-21", "ip-10-60-4-38"],
                     ["chorus-feed", "lumi-id", "aria-play"],
                     {"desc": "미주 리전 API 게이트웨이 (us-west-2, 서울로 프록시)", "product": "Kong Gateway 3.6",
                      "version": "3.6.1", "replicas": 6, "region": "us-west-2", "domain": "us.api.lumi.fan"}),
    "lumi-id": ("service", PLAT, "S", "P", ["ip-10-40-12-31"], ["aur-member", "redis-sess"],
                {"desc": "LUMI ID 로그인 (이메일, Apple, Google, LINE, Kakao)", "product": "자체개발 (Kotlin, Spring Boot 3.2)",
                 "version": "8.2.4", "replicas": 8, "token_ttl_min": 60, "mau_million": 11.8}),
    "fanclub-verify": ("service", MEMB, "S", "P", ["ip-10-40-12-47"], ["aur-member", "redis-sess"],
                       {"desc": "공식 팬클럽 멤버십 인증 (기수, 유료 회원 확인)", "product": "자체개발 (Go 1.22)",
                        "version": "3.4.0", "replicas": 6, "fanclubs": 27, "membership_season": "2028 5기"}),
    "fanclub_verify_v1": ("service", MEMB, "G", "P", [], [],
                          {"desc": "구 팬클럽 인증 (PHP, 2026년 fanclub-verify로 대체)", "version": "1.9.12",
                           "decommissioned": "2026-11-30"}),
    # ---------------------------------------------------------------- community, posts, DMs
    "chorus-feed": ("service", APP, "S", "P", ["ip-10-40-12-47", "ip-10-40-13-08"],
                    ["aur-chorus", "redis-feed", "chorus-rank", "img-resize", "beonyeok-mt", "kafka-main"],
                    {"desc": "커뮤니티 피드 (팬 게시글, 댓글, 자동 번역 표시)", "product": "자체개발 (Kotlin)",
                     "version": "12.7.0", "replicas": 16, "languages": 14}),
    "chorus-rank": ("service", SRCH, "S", "P", ["ip-10-40-13-08"], ["redis-feed", "kv-fanprofile"],
                    {"desc": "피드 랭킹 (개인화 점수, 매일 03:00 재학습)", "product": "Python 3.11 + LightGBM 4.3",
                     "version": "2.9.1", "retrain": "매일 03:00", "features": 312}),
    "artist-post": ("service", APP, "S", "P", ["ip-10-40-13-52"],
                    ["aur-chorus", "media-upload", "allim-push", "kafka-main"],
                    {"desc": "아티스트 포스트 (사진/영상 게시, 게시 즉시 푸시)", "product": "자체개발 (Kotlin)",
                     "version": "6.3.2", "replicas": 6, "artists": 146}),
    "pyeonji-dm": ("service", MSG, "S", "P", ["ip-10-40-13-52"],
                   ["kv-dm", "redis-dm", "gudok-billing", "beonyeok-mt", "kafka-main"],
                   {"desc": "편지 DM (아티스트 유료 구독 메시지, 자동 번역)", "product": "자체개발 (Go 1.22)",
                    "version": "5.11.0", "replicas": 10, "subscribers_k": 2380, "price_krw": 4500}),
    "gudok-billing": ("service", PAY, "S", "P", ["ip-10-40-30-17"], ["aur-commerce", "appstore-iap"],
                      {"desc": "구독 결제 (편지 DM, 멤버십 정기결제)", "product": "자체개발 (Java 21)",
                       "version": "4.0.7", "replicas": 4, "renewal_batch": "매일 06:00"}),
    "appstore-iap": ("service", PAY, "S", "P", ["ip-10-40-30-66"], [],
                     {"desc": "앱스토어 인앱결제 영수증 검증 (App Store Server API, Google Play Billing)",
                      "version": "2.2.0", "stores": "App Store, Google Play, ONE store"}),
    # ---------------------------------------------------------------- media
    "media-upload": ("service", MEDIA, "S", "P", ["ip-10-40-13-52"], ["ceph-gs-media", "s3-lumi-media"],
                     {"desc": "사진/영상 업로드 (원본은 가산 Ceph, 파생본은 S3)", "product": "자체개발 (Go 1.22)",
                      "version": "3.1.5", "max_upload_mb": 2048, "replicas": 6}),
    "img-resize": ("service", MEDIA, "S", "P", ["ip-10-40-21-14"], ["ceph-gs-media", "s3-lumi-media"],
                   {"desc": "이미지 리사이즈 (썸네일, WebP/AVIF 변환)", "product": "imgproxy 3.22 + 자체 래퍼",
                    "version": "3.22.0-lumi.4", "replicas": 20, "formats": "webp, avif, jpeg"}),
    "vod-archive": ("service", MEDIA, "G", "P", ["gs-a08-02"], ["ceph-gs-media", "aria-llhls"],
                    {"desc": "라이브 다시보기 아카이빙 (주말 콘서트 월요일 오전 일괄)", "version": "1.6.0",
                     "schedule": "월 08:00"}),
    # ---------------------------------------------------------------- live streaming
    "aria-ingest": ("service", LIVE, "G", "P", ["gs-a07-14", "gs-a07-16"], [],
                    {"desc": "라이브 인제스트 (RTMP/SRT, 공연장/스튜디오 송출 수신)", "product": "SRS 6.0 + 자체 모듈",
                     "version": "6.0.48", "protocols": "SRT, RTMP", "port": 10080}),
    "aria-transcode": ("service", LIVE, "G", "P", ["gs-b02-03", "gs-b02-05"], ["aria-ingest"],
                       {"desc": "라이브 트랜스코딩 (NVENC, 1080p60/720p/480p/360p ABR)", "product": "FFmpeg 7.0 + NVENC",
                        "version": "5.2.1", "renditions": 5, "max_channels": 24}),
    "aria-llhls": ("service", LIVE, "G", "P", ["gs-a08-02"], ["aria-transcode", "redis-live"],
                   {"desc": "LL-HLS 패키저/오리진 (부분 세그먼트 333ms)", "product": "자체개발 (Rust)",
                    "version": "2.4.0", "part_target_ms": 333, "segment_s": 2}),
    "aria-play": ("service", LIVE, "S", "P", ["ip-10-40-21-90"], ["cdn-mux", "aria-llhls", "fanclub-verify", "redis-live"],
                  {"desc": "라이브 재생 API (재생권한, 멤버십 전용 라이브, 토큰 서명)", "version": "7.0.3",
                   "replicas": 12, "token_ttl_s": 300}),
    "cdn-mux": ("service", LIVE, "S", "P", ["ip-10-40-21-90"], [],
                {"desc": "멀티 CDN 스위치 (QoE 기반 Akamai/CloudFront 가중치 조정)", "version": "1.8.2",
                 "product": "자체개발 (Go) + NS1 Pulsar", "cdns": "Akamai, CloudFront", "default_split": "60:40"}),
    "aria-chat": ("service", LIVE, "S", "P", ["ip-10-40-21-90"], ["redis-live", "kafka-main", "geomsu-mod"],
                  {"desc": "라이브 채팅 (응원 메시지, 슬로우 모드)", "version": "4.5.0", "replicas": 14,
                   "max_msgs_per_s": 90000}),
    "studio-relay": ("service", STUDIO, "H", "P", ["sq-studio-enc01"], ["aria-ingest"],
                     {"desc": "성수 사옥 스튜디오 송출 릴레이 (SRT)", "version": "1.2.0", "studio": "성수 B2 스튜디오"}),
    # ---------------------------------------------------------------- ML: translation, moderation, search
    "triton-gpu": ("service", ML, "S", "P", ["ip-10-40-88-11", "ip-10-40-88-12"], [],
                   {"desc": "GPU 추론 서버 (번역, 검수 모델)", "product": "NVIDIA Triton 24.03", "version": "24.03",
                    "models": "nllb-lumi-3.3b, lumi-mod-vit-l", "gpu": "NVIDIA A10G"}),
    "beonyeok-mt": ("service", ML, "S", "P", ["ip-10-40-88-11"], ["triton-gpu", "redis-mt"],
                    {"desc": "번역 API (게시글, 댓글, 편지 DM 자동 번역)", "version": "3.0.6", "languages": 14,
                     "product": "자체개발 (Python 3.11, FastAPI)"}),
    "geomsu-mod": ("service", ML, "S", "P", ["ip-10-40-88-12"], ["triton-gpu", "kafka-main"],
                   {"desc": "검수 (악플, 스팸, 유해 이미지 자동 검수)", "version": "2.7.3",
                    "product": "자체개발 (Python 3.11)", "block_threshold": 0.92}),
    "chatgi-search": ("service", SRCH, "S", "P", ["ip-10-40-13-08"], ["os-lumi"],
                      {"desc": "통합 검색 (아티스트, 게시글, 굿즈, 한/영/일 형태소)", "version": "5.5.1",
                       "product": "자체개발 (Java 21)", "analyzers": "nori, kuromoji, standard"}),
    # ---------------------------------------------------------------- merch shop, checkout, album
    "gutz-shop": ("service", COMM, "S", "P", ["ip-10-40-30-17", "ip-10-40-30-66"],
                  ["gutz-stock", "gyeolje-gw", "chatgi-search", "aur-commerce", "redis-shop"],
                  {"desc": "굿즈샵 (공식 MD, 한정판 드롭, 글로벌 배송)", "product": "자체개발 (Next.js 14 + Kotlin)",
                   "version": "9.14.2", "replicas": 18, "skus": 8420, "ship_countries": 62}),
    "gutz-stock": ("service", COMM, "S", "P", ["ip-10-40-30-66"], ["redis-stock", "aur-commerce"],
                   {"desc": "굿즈 재고 (한정판 선착순 차감, Redis DECR)", "version": "4.8.0", "replicas": 8,
                    "product": "자체개발 (Go 1.22)", "oversell_guard": "lua script"}),
    "gyeolje-gw": ("service", PAY, "S", "P", ["ip-10-40-30-17"],
                   ["gutz-stock", "pg-connector", "fx-rate", "aur-commerce", "kafka-main"],
                   {"desc": "글로벌 결제 게이트웨이 (주문, 결제, 환불)", "product": "자체개발 (Java 21)",
                    "version": "11.2.0", "replicas": 10, "currencies": 18}),
    "pg-connector": ("service", PAY, "S", "P", ["ip-10-40-30-66"], [],
                     {"desc": "PG 연동 (국내 KCP, 해외 Adyen/PayPal)", "version": "3.3.1",
                      "pgs": "KCP, Adyen, PayPal", "timeout_ms": 8000}),
    "fx-rate": ("service", PAY, "S", "P", ["ip-10-40-30-17"], ["redis-shop"],
                {"desc": "환율 (통화별 표시가, 10분 주기 갱신)", "version": "1.4.0", "refresh_min": 10,
                 "source": "하나은행 고시환율"}),
    "album-unlock": ("service", COMM, "S", "P", ["ip-10-40-30-66"], ["aur-commerce", "allim-push", "kafka-main"],
                     {"desc": "디지털 앨범/키트 발매 (00:00 잠금 해제, 구매자 권한 부여)", "version": "2.1.0",
                      "product": "자체개발 (Kotlin)", "release_time": "00:00 KST"}),
    "merch_settle_batch": ("service", COMM, "G", "P", ["gs-c11-22"], ["aur-commerce"],
                           {"desc": "굿즈 일 정산 배치 (레거시, 매일 23:30)", "product": "Spring Batch 4.3 (Java 8)",
                            "schedule": "매일 23:30", "version": "1.12.4"}),
    "order-relay": ("service", LOGI, "S", "P", ["ip-10-40-30-66"], ["kafka-main", "rabbit-wms"],
                    {"desc": "주문 → 이천 물류센터 출고 지시 릴레이", "version": "2.0.2"}),
    "mulryu-wms": ("service", LOGI, "W", "P", ["AWH-0117"], ["mssql-wms", "rabbit-wms"],
                   {"desc": "물류 WMS (입고, 피킹, 출고, 해외 배송)", "product": "더존 WMS + 자체 커스텀",
                    "version": "2026.2", "daily_orders_k": 38}),
    "ship_label_if": ("service", LOGI, "W", "P", ["AWH-0117"], ["mulryu-wms"],
                      {"desc": "송장 출력 인터페이스 (CJ대한통운, DHL, EMS)", "version": "0.9.8",
                       "carriers": "CJ대한통운, DHL, EMS"}),
    # ---------------------------------------------------------------- ticketing presales
    "encore-queue": ("service", TIX, "S", "P", ["ip-10-40-22-05"], ["redis-queue"],
                     {"desc": "가상 대기열 (선예매 대기실, 입장 토큰 발급)", "version": "2.14.0", "replicas": 24,
                      "product": "자체개발 (Go 1.22)", "admit_per_min": 6000, "poll_interval_s": 3}),
    "encore-presale": ("service", TIX, "S", "P", ["ip-10-40-22-05"],
                       ["encore-queue", "aur-ticket", "redis-seat", "fanclub-verify", "gyeolje-gw"],
                       {"desc": "콘서트 선예매 (팬클럽 선예매, 좌석 선점, 결제)", "version": "6.2.1", "replicas": 16,
                        "product": "자체개발 (Kotlin)", "hold_timeout_s": 420}),
    "seat-map": ("service", TIX, "S", "P", ["ip-10-40-22-05"], ["aur-ticket", "redis-seat"],
                 {"desc": "좌석 배치도 (구역/열/번호, 잔여석 표시)", "version": "3.0.9", "venues": 41}),
    # ---------------------------------------------------------------- push
    "allim-push": ("service", NOTI, "S", "P", ["ip-10-40-21-14"], ["kv-device-token", "sqs-allim"],
                   {"desc": "알림 발송 API (APNs, FCM, 아티스트 포스트/라이브 알림)", "version": "5.6.0",
                    "product": "자체개발 (Go 1.22)", "replicas": 8}),
    "allim-fanout": ("service", NOTI, "S", "P", ["ip-10-40-21-14"], ["kv-device-token", "kafka-main", "sqs-allim"],
                     {"desc": "알림 팬아웃 워커 (구독자별 토큰 조회, 언어별 메시지)", "version": "5.6.3",
                      "product": "자체개발 (Go 1.22)", "workers": 96, "max_push_per_s": 250000}),
    # ---------------------------------------------------------------- ops, legacy
    "loki-logs": ("service", SRE, "G", "P", ["gs-c11-20"], [],
                  {"desc": "로그 수집 (Grafana Loki)", "product": "Grafana Loki 2.9", "retention_days": 21}),
    "grafana-noc": ("service", SRE, "G", "P", ["gs-c11-20"], ["loki-logs"],
                    {"desc": "관제 대시보드 (NOC)", "product": "Grafana 10.4", "dashboards": 214}),
    "cs_helpdesk": ("service", CS, "G", "P", ["gs-c11-22"], ["mysql_cs_legacy"],
                    {"desc": "고객센터 상담 (레거시 PHP, 팬 문의/환불 접수)", "product": "자체개발 (PHP 7.4)",
                     "version": "2019.11"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "lumi-edge-gw-stg": ("service", PLAT, "S", "S", ["ip-10-41-5-20"], ["chorus-feed-stg"],
                         {"desc": "API 게이트웨이 (스테이징)", "version": "3.7.0-rc2"}),
    "chorus-feed-stg": ("service", APP, "S", "S", ["ip-10-41-5-20"], ["aur-chorus-stg"],
                        {"desc": "커뮤니티 피드 (스테이징)", "version": "12.8.0-rc1"}),
    "encore-queue-stg": ("service", TIX, "S", "S", ["ip-10-41-5-20"], ["redis-queue-stg"],
                         {"desc": "가상 대기열 (스테이징, 부하테스트 중)", "version": "2.15.0-beta1"}),
    "gutz-shop-stg": ("service", COMM, "S", "S", ["ip-10-41-5-20"], [],
                      {"desc": "굿즈샵 (스테이징)", "version": "9.15.0-rc1"}),
    "pyeonji-dm-dev": ("service", MSG, "S", "D", ["ip-10-42-7-9"], [],
                       {"desc": "편지 DM (개발)", "version": "5.12.0-SNAPSHOT"}),
    "beonyeok-mt-dev": ("service", ML, "S", "D", ["ip-10-42-7-9"], [],
                        {"desc": "번역 API (개발)", "version": "3.1.0-dev"}),
    # ---------------------------------------------------------------- databases
    "aur-chorus": ("database", DBA, "S", "P", [], [],
                   {"engine": "aurora-mysql", "version": "3.05.2", "product": "Amazon Aurora MySQL 8.0",
                    "instance_class": "db.r7g.4xlarge", "readers": 3, "port": 3306, "size_tb": 6.8,
                    "desc": "커뮤니티 (게시글, 댓글, 좋아요)"}),
    "aur-member": ("database", DBA, "S", "P", [], [],
                   {"engine": "aurora-mysql", "version": "3.05.2", "product": "Amazon Aurora MySQL 8.0",
                    "instance_class": "db.r7g.2xlarge", "readers": 2, "port": 3306, "size_tb": 1.2,
                    "desc": "회원, 팬클럽 멤버십"}),
    "aur-commerce": ("database", DBA, "S", "P", [], [],
                     {"engine": "aurora-mysql", "version": "3.04.1", "product": "Amazon Aurora MySQL 8.0",
                      "instance_class": "db.r7g.4xlarge", "readers": 2, "port": 3306, "size_tb": 3.9,
                      "max_connections": 2000, "parameter_group": "lumi-commerce-80-v7",
                      "desc": "굿즈 주문, 결제, 구독, 앨범 권한"}),
    "aur-ticket": ("database", DBA, "S", "P", [], [],
                   {"engine": "aurora-mysql", "version": "3.05.2", "product": "Amazon Aurora MySQL 8.0",
                    "instance_class": "db.r7g.8xlarge", "readers": 4, "port": 3306, "size_tb": 0.9,
                    "desc": "공연, 좌석, 예매"}),
    "kv-dm": ("database", DBA, "S", "P", [], [],
              {"engine": "dynamodb", "table": "lumi-prod-dm-messages", "capacity_mode": "on-demand",
               "items_million": 1930, "desc": "편지 DM 메시지"}),
    "kv-device-token": ("database", NOTI, "S", "P", [], [],
                        {"engine": "dynamodb", "table": "lumi-prod-device-tokens", "capacity_mode": "provisioned",
                         "rcu": 60000, "wcu": 8000, "items_million": 84, "desc": "푸시 디바이스 토큰"}),
    "kv-fanprofile": ("database", SRCH, "S", "P", [], [],
                      {"engine": "dynamodb", "table": "lumi-prod-fan-profile", "capacity_mode": "on-demand",
                       "items_million": 41, "desc": "팬 취향 프로필 (랭킹 피처)"}),
    "os-lumi": ("database", SRCH, "S", "P", [], [],
                {"engine": "opensearch", "version": "2.13", "product": "Amazon OpenSearch Service 2.13",
                 "data_nodes": 9, "instance_type": "r6g.2xlarge.search", "shards": 180, "desc": "통합 검색 인덱스"}),
    "mssql-wms": ("database", LOGI, "W", "P", ["AWH-0118"], [],
                  {"engine": "mssql", "version": "15.0.4360", "product": "SQL Server 2019 Standard", "port": 1433,
                   "desc": "물류 WMS DB"}),
    "mysql_cs_legacy": ("database", CS, "G", "P", ["gs-c11-22"], [],
                        {"engine": "mysql", "version": "5.7.44", "product": "MySQL Community 5.7", "port": 3306,
                         "desc": "고객센터 레거시 DB (EOL, 이관 예정)"}),
    "aur-chorus-stg": ("database", DBA, "S", "S", [], [],
                       {"engine": "aurora-mysql", "version": "3.06.0", "instance_class": "db.r7g.large"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-feed": ("cache", APP, "S", "P", [], [],
                   {"engine": "redis", "version": "7.1", "node_type": "cache.r7g.2xlarge", "shards": 6,
                    "maxmemory_policy": "allkeys-lru", "desc": "피드 타임라인 캐시"}),
    "redis-sess": ("cache", PLAT, "S", "P", [], [],
                   {"engine": "redis", "version": "7.1", "node_type": "cache.r7g.large", "shards": 2,
                    "maxmemory_policy": "volatile-ttl", "desc": "세션, 멤버십 인증 캐시"}),
    "redis-dm": ("cache", MSG, "S", "P", [], [],
                 {"engine": "redis", "version": "7.1", "node_type": "cache.r7g.xlarge", "shards": 3,
                  "desc": "편지 DM 읽음 상태, 구독 캐시"}),
    "redis-queue": ("cache", TIX, "S", "P", [], [],
                    {"engine": "redis", "version": "7.0", "node_type": "cache.r7g.xlarge", "shards": 4,
                     "maxclients": 65000, "maxmemory_policy": "noeviction", "desc": "대기열 순번, 입장 토큰"}),
    "redis-seat": ("cache", TIX, "S", "P", [], [],
                   {"engine": "redis", "version": "7.1", "node_type": "cache.r7g.2xlarge", "shards": 8,
                    "desc": "좌석 선점 락"}),
    "redis-stock": ("cache", COMM, "S", "P", [], [],
                    {"engine": "redis", "version": "7.0", "node_type": "cache.m7g.xlarge", "shards": 1,
                     "cluster_mode": "disabled", "desc": "한정판 굿즈 재고 카운터"}),
    "redis-live": ("cache", LIVE, "G", "P", ["gs-a08-02"], [],
                   {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 24, "port": 6379,
                    "desc": "LL-HLS 플레이리스트, 라이브 채팅 상태"}),
    "redis-shop": ("cache", COMM, "S", "P", [], [],
                   {"engine": "redis", "version": "7.1", "node_type": "cache.r7g.large", "shards": 2,
                    "desc": "상품/환율 캐시"}),
    "redis-mt": ("cache", ML, "S", "P", [], [],
                 {"engine": "redis", "version": "7.1", "node_type": "cache.r7g.xlarge", "shards": 2,
                  "ttl_days": 30, "desc": "번역 결과 캐시"}),
    "redis-queue-stg": ("cache", TIX, "S", "S", [], [],
                        {"engine": "redis", "version": "7.1", "node_type": "cache.t4g.medium"}),
    "kafka-main": ("queue", PLAT, "S", "P", [], [],
                   {"product": "Amazon MSK (Kafka 3.6.0)", "brokers": 6, "topics": 148, "partitions": 3600,
                    "retention_h": 72, "desc": "이벤트 버스 (게시, 주문, 채팅, 검수)"}),
    "sqs-allim": ("queue", NOTI, "S", "P", [], [],
                  {"product": "Amazon SQS", "queue": "lumi-prod-push-batches", "visibility_timeout_s": 60,
                   "desc": "푸시 배치 큐"}),
    "rabbit-wms": ("queue", LOGI, "W", "P", ["AWH-0118"], [],
                   {"product": "RabbitMQ 3.12.13", "port": 5672, "queues": 22, "desc": "출고 지시 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "alb-lumi-api": ("S", PLAT, ["lumi-edge-gw"],
                     {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                      "domain": "api.lumi.fan", "cert_expiry": "2029-01-08", "waf": "AWS WAF (bot control)"}),
    "alb-usw2-api": ("U", PLAT, ["lumi-gw-usw2"],
                     {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                      "domain": "us.api.lumi.fan", "cert_expiry": "2029-01-08"}),
    "l4-gs-ingest": ("G", NET, ["aria-ingest"],
                     {"vendor": "Piolink", "model": "PAS-K 5424", "vip": "211.45.160.20", "firmware": "3.1.2",
                      "endpoint": "ingest.lumi.live", "cert_expiry": "2028-05-01", "cert_issuer": "Sectigo (수동 갱신)"}),
    "cdn-akamai-live": ("C", LIVE, ["aria-llhls"],
                        {"vendor": "Akamai", "model": "Adaptive Media Delivery", "cp_code": "1482207",
                         "hostname": "live-a.lumi.live", "weight_pct": 60}),
    "cdn-cf-live": ("C", LIVE, ["aria-llhls"],
                    {"vendor": "AWS", "model": "CloudFront", "distribution": "E2LUMILIVE7Q", "hostname": "live-c.lumi.live",
                     "weight_pct": 40}),
    "cdn-cf-media": ("C", MEDIA, ["img-resize"],
                     {"vendor": "AWS", "model": "CloudFront", "distribution": "E1LUMIMEDIA3", "hostname": "img.lumi.fan"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "ceph-gs-media": ("G", MEDIA, {"vendor": "Ceph", "model": "Ceph Reef 18.2.2 RGW", "capacity_tb": 1840,
                                   "osds": 96, "replication": 3, "nearfull_ratio": 0.85,
                                   "desc": "사진/영상 원본 오브젝트 스토리지"},
                      ["gs-d04-01", "gs-d04-02", "gs-d04-03"]),
    "s3-lumi-media": ("S", MEDIA, {"vendor": "AWS", "model": "S3", "bucket": "lumi-prod-media-derived",
                                   "quota_tb": 900, "storage_class": "Intelligent-Tiering", "desc": "파생 이미지/영상"},
                      []),
    "s3-vod-archive": ("S", MEDIA, {"vendor": "AWS", "model": "S3 Glacier IR", "bucket": "lumi-prod-vod",
                                    "quota_tb": 2400, "desc": "라이브 다시보기 보관"}, []),
    "nas-gs-transcode": ("G", LIVE, {"vendor": "NetApp", "model": "AFF A250", "ontap": "9.14.1P3",
                                     "capacity_tb": 96, "protocol": "NFS v4.1", "desc": "트랜스코딩 스크래치, 워터마크 에셋"},
                         ["gs-b02-03", "gs-b02-05"]),
    "s3-backup-usw2": ("U", SRE, {"vendor": "AWS", "model": "S3", "bucket": "lumi-dr-backup-usw2", "quota_tb": 600,
                                  "desc": "DR 백업 (Aurora 스냅샷 복제)"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # AWS 서울 EKS nodes (cloud-generated names)
    "ip-10-40-12-31": ("S", "P", "eks", {"nodegroup": "ng-edge", "instance_type": "c7g.4xlarge", "az": "apne2-az1"}),
    "ip-10-40-12-47": ("S", "P", "eks", {"nodegroup": "ng-edge", "instance_type": "c7g.4xlarge", "az": "apne2-az3"}),
    "ip-10-40-13-08": ("S", "P", "eks", {"nodegroup": "ng-community", "instance_type": "m7g.4xlarge", "az": "apne2-az1"}),
    "ip-10-40-13-52": ("S", "P", "eks", {"nodegroup": "ng-community", "instance_type": "m7g.4xlarge", "az": "apne2-az2"}),
    "ip-10-40-21-14": ("S", "P", "eks", {"nodegroup": "ng-media-push", "instance_type": "c7g.8xlarge", "az": "apne2-az2"}),
    "ip-10-40-21-90": ("S", "P", "eks", {"nodegroup": "ng-live", "instance_type": "c7g.8xlarge", "az": "apne2-az3"}),
    "ip-10-40-22-05": ("S", "P", "eks", {"nodegroup": "ng-ticket", "instance_type": "c7i.8xlarge", "az": "apne2-az1"}),
    "ip-10-40-30-17": ("S", "P", "eks", {"nodegroup": "ng-commerce", "instance_type": "m7i.4xlarge", "az": "apne2-az1"}),
    "ip-10-40-30-66": ("S", "P", "eks", {"nodegroup": "ng-commerce", "instance_type": "m7i.4xlarge", "az": "apne2-az3"}),
    "ip-10-40-88-11": ("S", "P", "gpu", {"nodegroup": "ng-gpu-a10g", "instance_type": "g5.12xlarge", "az": "apne2-az1",
                                         "gpu": "NVIDIA A10G x4"}),
    "ip-10-40-88-12": ("S", "P", "gpu", {"nodegroup": "ng-gpu-a10g", "instance_type": "g5.12xlarge", "az": "apne2-az2",
                                         "gpu": "NVIDIA A10G x4"}),
    # AWS 오레곤
    "ip-10-60-4-21": ("U", "P", "eks", {"nodegroup": "ng-usw2-edge", "instance_type": "c7g.2xlarge", "az": "usw2-az1"}),
    "ip-10-60-4-38": ("U", "P", "eks", {"nodegroup": "ng-usw2-edge", "instance_type": "c7g.2xlarge", "az": "usw2-az2"}),
    # staging, dev
    "ip-10-41-5-20": ("S", "S", "eks", {"nodegroup": "ng-stg", "instance_type": "m7g.2xlarge", "az": "apne2-az1"}),
    "ip-10-42-7-9": ("S", "D", "eks", {"nodegroup": "ng-dev", "instance_type": "m7g.xlarge", "az": "apne2-az1"}),
    # 가산IDC bare metal (row, rack, unit)
    "gs-a07-14": ("G", "P", "bare", {"role": "라이브 인제스트 #1", "model": "Dell PowerEdge R660", "rack": "A07", "unit": 14}),
    "gs-a07-16": ("G", "P", "bare", {"role": "라이브 인제스트 #2", "model": "Dell PowerEdge R660", "rack": "A07", "unit": 16}),
    "gs-a08-02": ("G", "P", "bare", {"role": "LL-HLS 오리진, redis-live, VOD 아카이빙", "model": "Dell PowerEdge R760",
                                     "rack": "A08", "unit": 2}),
    "gs-b02-03": ("G", "P", "gpu_bm", {"role": "트랜스코딩 GPU #1", "model": "Supermicro SYS-421GE-TNRT",
                                       "gpu": "NVIDIA L4 x8", "driver": "550.54.15", "rack": "B02", "unit": 3}),
    "gs-b02-05": ("G", "P", "gpu_bm", {"role": "트랜스코딩 GPU #2 (GPU 보드 교체 중)", "model": "Supermicro SYS-421GE-TNRT",
                                       "gpu": "NVIDIA L4 x8", "driver": "550.54.15", "rack": "B02", "unit": 5}),
    "gs-c11-20": ("G", "P", "bare", {"role": "로그/관제 (Loki, Grafana)", "model": "HPE ProLiant DL380 Gen11",
                                     "rack": "C11", "unit": 20}),
    "gs-c11-22": ("G", "P", "bare", {"role": "레거시 (정산 배치, 고객센터 PHP/MySQL)", "model": "HPE ProLiant DL360 Gen10",
                                     "rack": "C11", "unit": 22}),
    "gs-d04-01": ("G", "P", "ceph", {"role": "Ceph OSD 노드 #1", "model": "Supermicro SSG-640SP", "rack": "D04", "unit": 1}),
    "gs-d04-02": ("G", "P", "ceph", {"role": "Ceph OSD 노드 #2", "model": "Supermicro SSG-640SP", "rack": "D04", "unit": 2}),
    "gs-d04-03": ("G", "P", "ceph", {"role": "Ceph OSD 노드 #3", "model": "Supermicro SSG-640SP", "rack": "D04", "unit": 3}),
    # 이천물류센터 (asset tags)
    "AWH-0117": ("W", "P", "win", {"role": "WMS AP, 송장 출력"}),
    "AWH-0118": ("W", "P", "win", {"role": "WMS DB, RabbitMQ"}),
    # 성수본사
    "sq-studio-enc01": ("H", "P", "bare", {"role": "스튜디오 송출 인코더", "model": "Haivision Makito X4 + Dell R760"}),
    "sq-ad-01": ("H", "P", "win", {"role": "사내 AD 도메인 컨트롤러"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "gs-core-sw01": ("G", {"device": "core switch", "vendor": "Arista", "model": "7050X3", "firmware": "EOS 4.31.1F"}),
    "gs-fw-pa01": ("G", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5430", "firmware": "PAN-OS 11.1.2"}),
    "dx-gs-apne2": ("G", {"device": "Direct Connect", "vendor": "AWS", "model": "Direct Connect 10Gbps x2",
                          "circuit": "dxcon-fglumi42", "desc": "가산IDC ↔ AWS 서울 전용연결"}),
    "tgw-apne2-usw2": ("S", {"device": "transit gateway peering", "vendor": "AWS", "model": "Transit Gateway",
                             "attachment": "tgw-attach-0c91e4lumi", "desc": "서울 ↔ 오레곤 리전 간 연결"}),
    "ich-sdwan-01": ("W", {"device": "SD-WAN edge", "vendor": "Fortinet", "model": "FortiGate 200F",
                           "firmware": "FortiOS 7.4.3", "circuit": "SKB-EL-77310", "desc": "이천물류센터 ↔ 가산IDC"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("gs-fw-pa01", "gs-core-sw01"),
    ("gs-core-sw01", "dx-gs-apne2"),
    ("dx-gs-apne2", "tgw-apne2-usw2"),
    ("ich-sdwan-01", "gs-fw-pa01"),
    ("l4-gs-ingest", "gs-fw-pa01"),
    ("cdn-mux", "cdn-akamai-live"),
    ("cdn-mux", "cdn-cf-live"),
]
# fmt: on
STATUS = {"gs-b02-05": "maintenance", "encore-queue-stg": "maintenance", "fanclub_verify_v1": "retired"}
NET_PREFIX = {"G": "10.20", "H": "10.10", "W": "10.30"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "F1",
        "kind": "cache_hot_key",
        "root": "redis-stock",
        "description": "at Friday's 18:00 comeback drop of the limited lightstick, every buyer decrements one stock"
        " key on the single-shard redis-stock and its engine CPU pegs: gutz-stock (4.8.0 deployed at 17:35,"
        " loudest) times out on reservations, gutz-shop and gyeolje-gw fail checkouts, until the key is split"
        " into buckets",
        "start": kst(14, 18, 0),
        "end": kst(14, 18, 55),
        "affected": ["redis-stock", "gutz-stock", "gutz-shop", "gyeolje-gw"],
    },
    {
        "id": "F2",
        "kind": "gpu_xid_errors",
        "root": "gs-b02-03",
        "description": "during Saturday's concert live stream the transcode GPU node gs-b02-03 throws Xid 79"
        " (GPU fallen off the bus) on two boards while its twin gs-b02-05 is in maintenance: aria-transcode"
        " (loudest) falls back to CPU encoding and drops renditions, aria-llhls misses parts, aria-play"
        " stalls, until the channels move to the spare boards",
        "start": kst(15, 19, 10),
        "end": kst(15, 20, 5),
        "affected": ["gs-b02-03", "aria-transcode", "aria-llhls", "aria-play"],
    },
    {
        "id": "F3",
        "kind": "db_connection_exhaustion",
        "root": "aur-commerce",
        "description": "at the midnight album release (Tuesday 00:00) aur-commerce runs out of connections"
        " (max_connections lowered from 4000 to 2000 in Monday's parameter-group change): album-unlock"
        " (deployed Monday 23:20, loudest) cannot grant album rights, gyeolje-gw and gudok-billing fail,"
        " until the parameter is restored and the writer failed over",
        "start": kst(18, 0, 0),
        "end": kst(18, 0, 55),
        "affected": ["aur-commerce", "album-unlock", "gyeolje-gw", "gudok-billing"],
    },
    {
        "id": "F4",
        "kind": "cache_maxclients",
        "root": "redis-queue",
        "description": "at Wednesday's 20:00 presale opening the waiting-room pollers exhaust redis-queue's"
        " maxclients (ERR max number of clients reached): encore-queue (2.14.0 deployed at 19:20, loudest)"
        " cannot hand out admission tokens, encore-presale and lumi-edge-gw fail, until the poll interval is"
        " raised and connections pooled",
        "start": kst(19, 20, 0),
        "end": kst(19, 20, 55),
        "affected": ["redis-queue", "encore-queue", "encore-presale", "lumi-edge-gw"],
    },
    {
        "id": "F5",
        "kind": "kv_throttling",
        "root": "kv-device-token",
        "description": "at Thursday's 18:00 comeback post the push fan-out reads every subscriber's device"
        " tokens and kv-device-token (switched from on-demand to provisioned capacity on Tuesday) throttles"
        " (ProvisionedThroughputExceeded): allim-fanout (deployed at 17:30, loudest) stalls, allim-push and"
        " artist-post fail, until the table goes back to on-demand",
        "start": kst(20, 18, 0),
        "end": kst(20, 18, 55),
        "affected": ["kv-device-token", "allim-fanout", "allim-push", "artist-post"],
    },
    {
        "id": "F6",
        "kind": "gpu_memory_oom",
        "root": "triton-gpu",
        "description": "on Sunday at the overseas evening peak triton-gpu runs out of GPU memory (the larger"
        " translation model swapped in on Saturday shares the A10Gs with moderation): beonyeok-mt (loudest)"
        " times out, pyeonji-dm (deployed at 11:00) and chorus-feed lose translations, lumi-gw-usw2 follows,"
        " until the old model is restored",
        "start": kst(23, 11, 20),
        "end": kst(23, 12, 15),
        "affected": ["triton-gpu", "beonyeok-mt", "pyeonji-dm", "chorus-feed", "lumi-gw-usw2"],
    },
    {
        "id": "F7",
        "kind": "object_store_backfill",
        "root": "ceph-gs-media",
        "description": "on Monday morning ceph-gs-media backfills after an OSD disk failed and crosses its"
        " nearfull ratio; client requests slow down (slow ops): img-resize (deployed at 08:50, loudest),"
        " media-upload and artist-post fail (ongoing)",
        "start": kst(24, 9, 5),
        "end": None,
        "affected": ["ceph-gs-media", "img-resize", "media-upload", "artist-post"],
    },
]
F1, F2, F3, F4, F5, F6, F7 = INCIDENTS


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
        if h.startswith("ip-"):
            octets = h[3:].split("-")
            attrs: dict = {
                "ip": ".".join(octets),
                "instance_id": f"i-0{rng.getrandbits(60):015x}"[:19],
                "os": "Bottlerocket 1.19" if kind == "eks" else "Amazon Linux 2023 (EKS GPU AMI)",
                "k8s": "EKS 1.29",
            }
            if kind == "gpu":
                owner = ML
        else:
            attrs = {"ip": f"{NET_PREFIX[site]}.{10 + i // 6}.{11 + (i * 29) % 200}"}
            if kind == "win":
                attrs |= {"os": rng.choice(["Windows Server 2019", "Windows Server 2022"]),
                          "cores": rng.choice([16, 24]), "mem_gb": rng.choice([64, 128])}  # fmt: skip
                owner = LOGI if site == "W" else "사내IT"
            else:
                attrs |= {"os": rng.choice(["Rocky Linux 9.3", "Ubuntu 22.04 LTS"]), "cores": rng.choice([32, 48, 64]),
                          "mem_gb": rng.choice([256, 384, 512]),
                          "serial": f"{rng.choice(['SGH', 'CN7', 'S41'])}{rng.randint(100000, 999999)}"}  # fmt: skip
                if kind == "gpu_bm":
                    owner = LIVE
                elif h.startswith("sq-studio"):
                    owner = STUDIO
                elif kind == "ceph":
                    owner = MEDIA
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX.get(site, '10.40')}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


DROP_DAYS = {14, 18, 20}  # comeback drops / posts at 18:00
RELEASE_DAYS = {18, 21}  # albums released at 00:00
PRESALE_DAYS = {17, 19, 21}  # presales open at 20:00
CONCERT_DAYS = {15, 16, 22, 23}  # weekend concerts streamed live 18:00-21:30


def _app(ts: datetime) -> float:
    """The fan app: Korean evenings (peak 21-24), lunch, the 18:00 artist-post hour, the Americas' evening
    (10-14 KST) and Japan/SEA following Korea; weekends busier."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    v = 0.14 + 0.18 * _bump(h, 12.5, 1.0) + 0.42 * _bump(h, 22.5, 2.2) + 0.2 * _bump(h, 11.5, 1.8)
    v += 0.12 * _bump(h, 18.2, 0.5)
    v += 0.1 * (1 if 9 <= h < 19 else 0)
    if wd >= 5:
        v *= 1.15
    return max(0.05, min(1.0, v))


def _commerce(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.8 * _app(ts)
    if loc.day in DROP_DAYS:
        v += 0.35 * _bump(h, 18.3, 0.35)
    nxt = loc.day if h < 12 else loc.day + 1
    if nxt in RELEASE_DAYS:
        v += 0.3 * _bump(h, 0.2, 0.3)
    return max(0.05, min(1.0, v))


def _live(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.12 + 0.15 * _bump(h, 21, 1.5)
    if loc.day in CONCERT_DAYS and 17.5 <= h < 21.5:
        v += 0.6
    return max(0.05, min(1.0, v))


def _ticket(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.1 + 0.25 * _app(ts)
    if loc.day in PRESALE_DAYS:
        v += 0.6 * _bump(h, 20.25, 0.35)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1 + 0.05 * _bump(h, 14, 3)
    return 0.12 + 0.6 * (1 if 9 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1)


def _ml(ts: datetime) -> float:
    """Translation follows the global app, a little flatter."""
    return max(0.05, min(1.0, 0.2 + 0.75 * _app(ts)))


def _steady(ts: datetime) -> float:
    return 0.5


APP_SIDE = {
    "lumi-edge-gw", "lumi-id", "fanclub-verify", "chorus-feed", "chorus-rank", "artist-post", "pyeonji-dm",
    "media-upload", "img-resize", "chatgi-search", "allim-push", "allim-fanout", "aur-chorus", "aur-member", "kv-dm",
    "kv-device-token", "kv-fanprofile", "os-lumi", "redis-feed", "redis-sess", "redis-dm", "kafka-main", "sqs-allim",
    "alb-lumi-api", "cdn-cf-media", "s3-lumi-media", "ceph-gs-media", "ip-10-40-12-31", "ip-10-40-12-47",
    "ip-10-40-13-08", "ip-10-40-13-52", "ip-10-40-21-14", "gs-d04-01", "gs-d04-02", "gs-d04-03", "gs-core-sw01",
    "gs-fw-pa01", "dx-gs-apne2", "lumi-gw-usw2", "alb-usw2-api", "ip-10-60-4-21", "ip-10-60-4-38", "tgw-apne2-usw2",
}  # fmt: skip
COMMERCE_SIDE = {
    "gutz-shop", "gutz-stock", "gyeolje-gw", "pg-connector", "fx-rate", "album-unlock", "gudok-billing",
    "appstore-iap", "order-relay", "aur-commerce", "redis-stock", "redis-shop", "ip-10-40-30-17", "ip-10-40-30-66",
}  # fmt: skip
LIVE_SIDE = {
    "aria-ingest", "aria-transcode", "aria-llhls", "aria-play", "cdn-mux", "aria-chat", "studio-relay", "redis-live",
    "l4-gs-ingest", "cdn-akamai-live", "cdn-cf-live", "nas-gs-transcode", "gs-a07-14", "gs-a07-16", "gs-a08-02",
    "gs-b02-03", "ip-10-40-21-90", "sq-studio-enc01",
}  # fmt: skip
TICKET_SIDE = {
    "encore-queue",
    "encore-presale",
    "seat-map",
    "aur-ticket",
    "redis-queue",
    "redis-seat",
    "ip-10-40-22-05",
}
ML_SIDE = {"triton-gpu", "beonyeok-mt", "geomsu-mod", "redis-mt", "ip-10-40-88-11", "ip-10-40-88-12"}
OFFICE = {"mulryu-wms", "ship_label_if", "mssql-wms", "rabbit-wms", "AWH-0117", "AWH-0118", "ich-sdwan-01", "sq-ad-01",
          "cs_helpdesk", "mysql_cs_legacy", "grafana-noc"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (APP_SIDE, _app),
        (COMMERCE_SIDE, _commerce),
        (LIVE_SIDE, _live),
        (TICKET_SIDE, _ticket),
        (ML_SIDE, _ml),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "F1": {0: (6.0, 3.0), 1: (4.0, 12.0), 2: (2.2, 7.0)},
    "F2": {1: (3.0, 10.0), 2: (2.5, 9.0), 3: (1.8, 6.0)},
    "F3": {0: (14.0, 6.0), 1: (4.5, 13.0)},
    "F4": {0: (4.0, 11.0), 1: (3.0, 14.0), 2: (1.9, 7.0)},
    "F5": {0: (5.0, 15.0), 1: (3.2, 12.0), 2: (1.8, 6.5)},
    "F6": {0: (6.0, 9.0), 1: (4.0, 14.0), 2: (2.0, 6.0), 3: (1.5, 4.0)},
    "F7": {0: (7.0, 6.0), 1: (3.0, 11.0), 2: (1.7, 5.0)},
}
EFFECT_OVERRIDE = {
    ("F1", "gutz-stock"): (5.5, 33.0),
    ("F2", "aria-transcode"): (3.5, 29.0),
    ("F3", "album-unlock"): (6.0, 38.0),
    ("F4", "encore-queue"): (4.2, 36.0),
    ("F5", "allim-fanout"): (4.5, 31.0),
    ("F6", "beonyeok-mt"): (5.0, 27.0),
    ("F7", "img-resize"): (3.8, 24.0),
    ("F7", "media-upload"): (2.6, 12.5),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "gs-a07-14", "gs-a07-16", "gs-a08-02", "gs-b02-03", "gs-b02-05", "gs-c11-20", "gs-c11-22", "gs-d04-01",
    "gs-d04-02", "gs-d04-03", "AWH-0117", "AWH-0118", "sq-studio-enc01", "ip-10-40-88-11", "ip-10-40-88-12",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
MAINT_B05 = kst(14, 11, 0)  # gs-b02-05 out for a GPU board replacement
VOD_RUN = (kst(24, 8, 0), kst(24, 11, 0))  # the Monday-morning VOD archiving of the weekend concerts


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(14, 36), rng.uniform(36, 62), rng.uniform(22, 52)
    growth = rng.uniform(0, 0.1)
    if name == "gs-c11-20":  # Loki chunks: the volume creeps up
        disk0, growth = 61.0, 1.55
    if name in ("gs-b02-03", "gs-b02-05"):
        cpu0 = rng.uniform(10, 16)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "gs-b02-03":  # Xid errors: NVENC lost, CPU encoding
            cpu += (97.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, F2["start"], F2["end"], rise=5, fall=10)
            mem += 22 * ramp(ts, F2["start"], F2["end"], rise=5, fall=10)
        if name == "gs-b02-05" and ts >= MAINT_B05:
            cpu = 0.9 + abs(rng.gauss(0, 0.3))
        if name == "ip-10-40-13-08":  # chorus-rank retraining at 03:00 (a noisy neighbour)
            cpu += 38 * _bump(seoul_hour(ts), 3.5, 0.45)
        if name == "gs-a08-02":  # VOD archiving (a noisy neighbour)
            cpu += 34 * ramp(ts, VOD_RUN[0], VOD_RUN[1], rise=10, fall=10)
        if name in ("ip-10-40-88-11", "ip-10-40-88-12"):  # GPU OOM: host memory of the pinned buffers
            mem += 18 * ramp(ts, F6["start"], F6["end"], rise=5, fall=10)
        if name in ("gs-d04-01", "gs-d04-02", "gs-d04-03"):  # backfill
            cpu += (30 if name != "gs-d04-02" else 18) * ramp(ts, F7["start"], F7["end"], rise=10)
        if name == "ip-10-40-21-14":
            cpu += 12 * ramp(ts, F7["start"], F7["end"], rise=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"dx-gs-apne2": 1.8, "tgw-apne2-usw2": 124.0, "ich-sdwan-01": 4.6}.get(name, rng.uniform(0.2, 0.8))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.04))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _ceph_fill(rng: random.Random, ts: datetime) -> float:
    """ceph-gs-media: raw usage grows slowly, then jumps as the failed OSD's placement groups backfill."""
    base = 76.2 + 0.08 * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.05)
    return base + 9.5 * ramp(ts, F7["start"], F7["end"], rise=40)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"s3-vod-archive": (58, 60), "nas-gs-transcode": (44, 46)}.get(name, (30, 55))
    per_day = 0.35 if name == "s3-vod-archive" else 0.06
    filling = _ceph_fill if name == "ceph-gs-media" else None
    fill = storage_fill(rng, name, times, START, used, per_day, filling)
    lat0 = {"ceph-gs-media": 14.0, "nas-gs-transcode": 0.9}.get(name, rng.uniform(18, 35))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        row = {"disk_usage": round(v, 1)}
        err = max(0.0, rng.gauss(0.03, 0.01))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            lat *= 1 + r * f_rt
            err += r * f_err * (1 + rng.gauss(0, 0.05))
        if name == "ceph-gs-media":
            lat *= 1 + 0.35 * ramp(ts, VOD_RUN[0], VOD_RUN[1], rise=10, fall=10)
            row["error_rate"] = round(err, 2)
        if name == "nas-gs-transcode" and F2["start"] <= ts < F2["end"]:
            lat *= 1.2
        row["response_time_ms"] = round(lat, 2)
        rows += samples(ts, c, **row)
    return rows


RT0 = {
    "lumi-edge-gw": 48.0, "lumi-gw-usw2": 165.0, "lumi-id": 32.0, "fanclub-verify": 22.0, "chorus-feed": 120.0,
    "chorus-rank": 38.0, "artist-post": 95.0, "pyeonji-dm": 70.0, "gudok-billing": 240.0, "appstore-iap": 310.0,
    "media-upload": 420.0, "img-resize": 85.0, "vod-archive": 560.0, "aria-ingest": 12.0, "aria-transcode": 140.0,
    "aria-llhls": 18.0, "aria-play": 42.0, "cdn-mux": 9.0, "aria-chat": 25.0, "studio-relay": 15.0,
    "triton-gpu": 62.0, "beonyeok-mt": 180.0, "geomsu-mod": 75.0, "chatgi-search": 88.0, "gutz-shop": 160.0,
    "gutz-stock": 14.0, "gyeolje-gw": 380.0, "pg-connector": 620.0, "fx-rate": 11.0, "album-unlock": 130.0,
    "merch_settle_batch": 640.0, "order-relay": 60.0, "mulryu-wms": 280.0, "ship_label_if": 450.0,
    "encore-queue": 16.0, "encore-presale": 210.0, "seat-map": 55.0, "allim-push": 34.0, "allim-fanout": 46.0,
    "loki-logs": 120.0, "grafana-noc": 240.0, "cs_helpdesk": 520.0,
    "aur-chorus": 2.8, "aur-member": 1.9, "aur-commerce": 3.4, "aur-ticket": 2.2, "kv-dm": 4.8,
    "kv-device-token": 4.1, "kv-fanprofile": 5.2, "os-lumi": 24.0, "mssql-wms": 3.6, "mysql_cs_legacy": 6.5,
    "redis-feed": 0.5, "redis-sess": 0.4, "redis-dm": 0.45, "redis-queue": 0.35, "redis-seat": 0.4,
    "redis-stock": 0.3, "redis-live": 0.3, "redis-shop": 0.4, "redis-mt": 0.5,
    "kafka-main": 3.2, "sqs-allim": 11.0, "rabbit-wms": 2.6,
    "alb-lumi-api": 1.2, "alb-usw2-api": 1.4, "l4-gs-ingest": 0.8, "cdn-akamai-live": 38.0, "cdn-cf-live": 41.0,
    "cdn-cf-media": 29.0,
}  # fmt: skip
REQUEST_RATE = {
    "lumi-edge-gw": 21000.0, "lumi-gw-usw2": 4200.0, "lumi-id": 1600.0, "fanclub-verify": 2400.0,
    "chorus-feed": 8800.0, "chorus-rank": 6100.0, "artist-post": 420.0, "pyeonji-dm": 3100.0, "gudok-billing": 95.0,
    "appstore-iap": 60.0, "media-upload": 140.0, "img-resize": 12500.0, "aria-ingest": 40.0, "aria-transcode": 24.0,
    "aria-llhls": 5200.0, "aria-play": 1900.0, "cdn-mux": 800.0, "aria-chat": 14000.0, "beonyeok-mt": 2600.0,
    "geomsu-mod": 3300.0, "triton-gpu": 5400.0, "chatgi-search": 1700.0, "gutz-shop": 2200.0, "gutz-stock": 900.0,
    "gyeolje-gw": 310.0, "pg-connector": 260.0, "fx-rate": 700.0, "album-unlock": 150.0, "encore-queue": 6000.0,
    "encore-presale": 1300.0, "seat-map": 900.0, "allim-push": 1800.0, "allim-fanout": 9500.0, "mulryu-wms": 45.0,
    "vod-archive": 8.0, "aur-chorus": 22000.0, "aur-member": 7400.0, "aur-commerce": 9600.0, "aur-ticket": 5100.0,
    "kv-dm": 14000.0, "kv-device-token": 6200.0, "os-lumi": 2300.0, "redis-feed": 64000.0, "redis-sess": 21000.0,
    "redis-queue": 38000.0, "redis-seat": 9000.0, "redis-stock": 4800.0, "redis-live": 26000.0, "kafka-main": 52000.0,
    "sqs-allim": 2100.0, "alb-lumi-api": 22000.0, "alb-usw2-api": 4300.0, "cdn-akamai-live": 48000.0,
    "cdn-cf-live": 32000.0, "cdn-cf-media": 61000.0,
}  # fmt: skip
MEMORY = {  # caches, brokers, search and the GPU server with a memory gauge: (level, swing with load)
    "redis-feed": (58.0, 10.0), "redis-sess": (44.0, 8.0), "redis-dm": (51.0, 7.0), "redis-queue": (22.0, 16.0),
    "redis-seat": (30.0, 12.0), "redis-stock": (18.0, 6.0), "redis-live": (34.0, 20.0), "redis-shop": (40.0, 4.0),
    "redis-mt": (63.0, 6.0), "kafka-main": (47.0, 9.0), "rabbit-wms": (38.0, 6.0), "os-lumi": (61.0, 7.0),
    "triton-gpu": (55.0, 14.0),
}  # fmt: skip
CPU = {"aur-commerce": (18.0, 34.0), "aur-chorus": (22.0, 38.0), "aur-ticket": (12.0, 30.0), "redis-stock": (9.0, 18.0),
       "redis-queue": (10.0, 24.0), "os-lumi": (20.0, 26.0)}  # fmt: skip
SETTLE = (23.5, 0.35)  # merch_settle_batch: 23:30-00:20 every night


def _settling(ts: datetime) -> bool:
    h = seoul_hour(ts)
    return h >= SETTLE[0] or h < SETTLE[1]


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
            if inc is F2 and name in ("aria-transcode", "aria-llhls"):
                req *= 1 - 0.4 * r
            if inc is F4 and name == "redis-queue":
                req *= 1 + 0.5 * r  # pollers retrying
            if inc is F5 and name == "allim-fanout":
                req *= 1 - 0.6 * r
        if name == "merch_settle_batch" and not _settling(ts):
            req *= 0.1
        if name == "vod-archive":
            req *= 1 + 6 * ramp(ts, VOD_RUN[0], VOD_RUN[1], rise=10, fall=10)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "triton-gpu":
                if ts >= MODEL_SWAP:  # the larger translation model
                    mem += 14.0
                mem += (98.8 + rng.gauss(0, 0.3) - mem) * ramp(ts, F6["start"], F6["end"], rise=5, fall=10)
            if name == "redis-queue":
                mem += 18 * ramp(ts, F4["start"], F4["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.0)
            if name == "aur-commerce" and _settling(ts):
                cpu += 21  # the nightly settlement (a noisy neighbour)
            if name == "redis-stock":
                cpu += (98.0 + rng.gauss(0, 0.5) - cpu) * ramp(ts, F1["start"], F1["end"], rise=5, fall=10)
            if name == "aur-commerce":
                cpu += 24 * ramp(ts, F3["start"], F3["end"], rise=5, fall=10)
            if name == "redis-queue":
                cpu += 30 * ramp(ts, F4["start"], F4["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


MODEL_SWAP = kst(22, 15, 0)


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The settlement batch, the ranking retraining, the renewal batch and the ingest certificate warning."""
    rows = []
    for d in range(14, 25):
        rows.append(
            (d, 23, 30, "merch_settle_batch", "info", "batch_job", "굿즈 일 정산 배치 시작 (SETTLE_DAILY)")
        )
        rows.append((d, 0, 18, "merch_settle_batch", "info", "batch_job", "굿즈 일 정산 배치 완료"))
        rows.append(
            (d, 3, 0, "chorus-rank", "info", "batch_job", "피드 랭킹 모델 재학습 시작 (nightly retrain)")
        )
        rows.append((d, 3, 52, "chorus-rank", "info", "batch_job", "피드 랭킹 모델 재학습 완료, 모델 교체"))
        rows.append((d, 6, 0, "gudok-billing", "info", "batch_job", "정기결제 갱신 배치 (편지 DM, 멤버십)"))
        left = (datetime(2028, 5, 1) - datetime(2028, 4, d)).days
        rows.append(
            (d, 9, 0, "l4-gs-ingest", "warning", "cert_expiry",
             f"SSL certificate ingest.lumi.live expires in {left} days (2028-05-01), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (14, 11, 0, "gs-b02-05", "info", "maintenance", "GPU 보드 교체 작업 (L4 #3, #6 RMA), 노드 cordon"),
    (14, 13, 0, "gs-c11-20", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/loki"),
    (14, 17, 35, "gutz-stock", "info", "deployment", "gutz-stock 4.8.0 배포 (드롭 예약 TTL 변경)"),
    (14, 17, 50, "gutz-shop", "info", "change_notice", "18:00 응원봉 3차 한정판 드롭 오픈"),
    (15, 18, 0, "aria-ingest", "info", "live_start", "콘서트 라이브 송출 시작 (서울 KSPO DOME 1일차)"),
    (15, 21, 40, "aria-ingest", "info", "live_end", "콘서트 라이브 송출 종료"),
    (16, 18, 0, "aria-ingest", "info", "live_start", "콘서트 라이브 송출 시작 (서울 KSPO DOME 2일차)"),
    (16, 21, 35, "aria-ingest", "info", "live_end", "콘서트 라이브 송출 종료"),
    (16, 22, 0, "gs-c11-20", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/loki"),
    (17, 10, 30, "chorus-feed-stg", "info", "deployment", "chorus-feed-stg 12.8.0-rc1 배포"),
    (17, 15, 0, "aur-commerce", "info", "config_change",
     "parameter group lumi-commerce-80-v7 적용: max_connections 4000 → 2000 (메모리 튜닝)"),
    (17, 20, 0, "encore-presale", "info", "change_notice", "팬클럽 선예매 오픈 (부산 공연)"),
    (17, 23, 20, "album-unlock", "info", "deployment", "album-unlock 2.1.0 배포 (앨범 키트 권한 일괄 부여)"),
    (18, 10, 0, "kv-device-token", "info", "config_change",
     "capacity mode on-demand → provisioned (RCU 60000 / WCU 8000), 비용 절감"),
    (18, 14, 0, "encore-queue-stg", "info", "maintenance", "대기열 스테이징 부하테스트 (환경 점검 중)"),
    (19, 9, 30, "gs-c11-20", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/loki"),
    (19, 19, 20, "encore-queue", "info", "deployment", "encore-queue 2.14.0 배포 (대기열 폴링 지터 제거)"),
    (19, 19, 55, "encore-presale", "info", "change_notice", "팬클럽 선예매 오픈 (서울 앵콜 공연)"),
    (20, 17, 30, "allim-fanout", "info", "deployment", "allim-fanout 5.6.3 배포 (언어별 메시지 템플릿)"),
    (20, 18, 0, "artist-post", "info", "change_notice", "컴백 포스트 게시 (전 팬 대상 푸시)"),
    (21, 10, 0, "gutz-shop-stg", "info", "deployment", "gutz-shop-stg 9.15.0-rc1 배포"),
    (21, 20, 0, "encore-presale", "info", "change_notice", "팬클럽 선예매 오픈 (도쿄 공연)"),
    (22, 2, 0, "cdn-akamai-live", "info", "maintenance", "Akamai 엣지 정기 점검 (트래픽 CloudFront 100% 전환)"),
    (22, 4, 0, "cdn-akamai-live", "info", "maintenance", "Akamai 엣지 점검 완료, 60:40 복귀"),
    (22, 15, 0, "triton-gpu", "info", "config_change", "번역 모델 nllb-lumi-1.3b → nllb-lumi-3.3b 교체 (품질 개선)"),
    (22, 18, 0, "aria-ingest", "info", "live_start", "팬미팅 라이브 송출 시작"),
    (22, 21, 10, "aria-ingest", "info", "live_end", "팬미팅 라이브 송출 종료"),
    (23, 11, 0, "pyeonji-dm", "info", "deployment", "pyeonji-dm 5.11.0 배포 (편지 번역 미리보기)"),
    (23, 18, 0, "aria-ingest", "info", "live_start", "콘서트 라이브 송출 시작 (LA 공연 딜레이 중계)"),
    (23, 21, 20, "aria-ingest", "info", "live_end", "콘서트 라이브 송출 종료"),
    (24, 6, 40, "ceph-gs-media", "warning", "disk", "osd.57 down (gs-d04-02 /dev/sdk medium errors), marked out"),
    (24, 8, 0, "vod-archive", "info", "batch_job", "주말 콘서트 다시보기 아카이빙 시작 (4편)"),
    (24, 8, 50, "img-resize", "info", "deployment", "img-resize 3.22.0-lumi.4 배포 (AVIF 기본값)"),
    (24, 9, 0, "gs-c11-20", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/loki"),
    # F1 (Friday comeback drop)
    (14, 18, 1, "redis-stock", "warning", "cpu", "EngineCPUUtilization 91% (hot key stock:LS3-LTD)"),
    (14, 18, 4, "redis-stock", "critical", "latency", "command latency p99 180ms, client timeouts"),
    (14, 18, 6, "gutz-stock", "critical", "error", "재고 예약 타임아웃 (redis timeout), 5xx 33%"),
    (14, 18, 11, "gutz-shop", "major", "error", "한정판 상품 구매 실패 증가"),
    (14, 18, 13, "gyeolje-gw", "major", "error", "주문 생성 실패 (재고 예약 응답 없음)"),
    (14, 18, 40, "gutz-stock", "info", "config_change", "재고 키 16개 버킷으로 분할 (핫키 완화)"),
    (14, 19, 0, "gutz-stock", "info", "recovery", "재고 예약 정상"),
    # F2 (Saturday concert live)
    (15, 19, 10, "gs-b02-03", "critical", "hardware", "NVRM: Xid 79, GPU has fallen off the bus (GPU 2, GPU 5)"),
    (15, 19, 14, "aria-transcode", "critical", "error", "NVENC 세션 실패, CPU 인코딩 fallback, 1080p60 렌디션 중단"),
    (15, 19, 19, "aria-llhls", "major", "error", "partial segment 누락, 플레이리스트 갱신 지연"),
    (15, 19, 26, "aria-play", "major", "error", "재생 버퍼링 급증 (rebuffer ratio 9%)"),
    (15, 19, 50, "aria-transcode", "info", "config_change", "채널 재배치 (GPU 0,1,3,4,6,7), 1080p60 복구"),
    (15, 20, 10, "aria-play", "info", "recovery", "재생 정상"),
    # F3 (Tuesday midnight album release)
    (18, 0, 1, "aur-commerce", "warning", "connections", "DatabaseConnections 1960 / max_connections 2000"),
    (18, 0, 3, "aur-commerce", "critical", "connections", "ERROR 1040 (08004): Too many connections"),
    (18, 0, 6, "album-unlock", "critical", "error", "앨범 권한 부여 실패 (DB connection refused) 38%"),
    (18, 0, 8, "gyeolje-gw", "major", "error", "주문 저장 실패 증가"),
    (18, 0, 10, "gudok-billing", "major", "error", "구독 상태 조회 실패"),
    (18, 0, 40, "aur-commerce", "info", "config_change", "max_connections 2000 → 4000 복구, writer failover"),
    (18, 1, 0, "album-unlock", "info", "recovery", "앨범 권한 부여 정상, 미처리 건 재처리"),
    # F4 (Wednesday presale)
    (19, 20, 1, "redis-queue", "warning", "connections", "CurrConnections 61200 / maxclients 65000"),
    (19, 20, 3, "redis-queue", "critical", "connections", "ERR max number of clients reached"),
    (19, 20, 6, "encore-queue", "critical", "error", "입장 토큰 발급 실패, 대기열 순번 조회 오류 36%"),
    (19, 20, 13, "encore-presale", "major", "error", "대기열 통과 후 예매 진입 실패"),
    (19, 20, 16, "lumi-edge-gw", "warning", "error", "upstream 5xx from encore-queue"),
    (19, 20, 35, "encore-queue", "info", "config_change", "poll_interval 3s → 10s, 커넥션 풀 적용"),
    (19, 21, 0, "encore-queue", "info", "recovery", "대기열 정상"),
    # F5 (Thursday comeback post push)
    (20, 18, 1, "kv-device-token", "warning", "throttling", "ReadThrottleEvents 12,400/min"),
    (20, 18, 4, "kv-device-token", "critical", "throttling", "ProvisionedThroughputExceededException, consumed RCU 100%"),
    (20, 18, 6, "allim-fanout", "critical", "error", "토큰 조회 실패, 푸시 발송 지연 (backlog 4.1M)"),
    (20, 18, 8, "allim-push", "major", "error", "알림 발송 API 5xx 증가"),
    (20, 18, 14, "artist-post", "warning", "error", "포스트 게시 후 알림 트리거 실패"),
    (20, 18, 40, "kv-device-token", "info", "config_change", "capacity mode provisioned → on-demand 복구"),
    (20, 19, 0, "allim-fanout", "info", "recovery", "푸시 backlog 해소"),
    # F6 (Sunday overseas evening peak)
    (23, 11, 21, "triton-gpu", "warning", "memory", "GPU memory 96% on ip-10-40-88-11 (nllb-lumi-3.3b)"),
    (23, 11, 23, "triton-gpu", "critical", "error", "CUDA out of memory, model instance unavailable"),
    (23, 11, 26, "beonyeok-mt", "critical", "error", "번역 요청 타임아웃 27% (triton 503)"),
    (23, 11, 33, "pyeonji-dm", "major", "error", "편지 번역 미리보기 실패"),
    (23, 11, 35, "chorus-feed", "major", "error", "게시글 자동번역 표시 실패"),
    (23, 11, 46, "lumi-gw-usw2", "warning", "error", "미주 피드 응답 지연"),
    (23, 12, 5, "triton-gpu", "info", "config_change", "nllb-lumi-1.3b 롤백, instance_group count 2 → 1"),
    (23, 12, 20, "beonyeok-mt", "info", "recovery", "번역 정상"),
    # F7 (Monday morning, ongoing)
    (24, 9, 6, "ceph-gs-media", "warning", "disk", "HEALTH_WARN 1 nearfull osd(s), backfill 412 pgs"),
    (24, 9, 10, "ceph-gs-media", "critical", "latency", "slow ops: 1,280 requests blocked > 32 sec (rgw)"),
    (24, 9, 12, "img-resize", "critical", "error", "원본 fetch 타임아웃 (ceph rgw 503), 5xx 24%"),
    (24, 9, 14, "media-upload", "major", "error", "업로드 완료 처리 실패 증가"),
    (24, 9, 23, "artist-post", "warning", "error", "아티스트 포스트 미디어 첨부 지연"),
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
    generate(NAME, "fan-platform", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
