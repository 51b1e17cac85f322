"""Generate the broadcaster estate (tests/fixtures/broadcaster/, interchange format) and its faults file.

A Korean terrestrial broadcaster's IT (한누리방송 HNB, channels HNB1 = ch11 and HNB2 = ch14): the master control
room (주조정실) automation `mcr-auto` feeding the playout chains `ch11-po-main`/`ch11-po-bkup` and
`ch14-po-main`, channel branding `chbrand-11`/`chbrand-14`, the SMPTE ST 2110 IP gateway
`ipgw-2110-a` locked to the PTP grandmasters `ptp-gm-a`/`ptp-gm-b`, the multiviewer `mcr-mv01`, the studio
router control `rtrctl-sa` and the intercom `icom-sa`; the 편성 (scheduling) system `pyeonseong` on Oracle
`ora-pys01` with the EPG export `epg_export_batch`; the newsroom BYLINE (기사 작성 `byline-core`, 큐시트
`byline-rundown`, 프롬프터 `byline-prompt`, 통신사 수신 `byline-wire`) on MS-SQL `nrcsdb-main` with the rundown
cache `redis-byline`, 자막/CG `jamak-cg`; the MAM JANGSEO (장서: `jangseo-mam`, the
archive manager `jangseo-arch` over the LTO library `lto-lib-gs01`), the transcoding farm (`trans-ctl`,
`trans-worker` on `tcf-01..03`, the job queue `rmq-trans`, the hot folder `nas-trans01`) and `vod-ingest`; the
live encoders `enc-sa-01/02` (`venc-dist` to the IPTV/cable headend feeds `dist-iptv`, `dist-cable`; `venc-ott`
to the OTT packager), IP transmission to the 관악산 transmitter `iptx-gwanak` and its monitor `tx-mon`; the
OTT portal (`ott-web`, `ott-app-gw`, `ott-play-api`, the DRM licence server `ott-drm`, `ott-cms`,
`ott-live-pkg`) in AWS Seoul on Aurora, ElastiCache and MSK; ad sales and ad insertion (`adsales-web`,
`ad-traffic`, `ad-ins`, `ssai-ott`, the legacy `ad_billing_close`) on Oracle `ora-adsales`; the 시청률 feed
`sichung_feed` and `ratings-dash`; the regional stations 부산/광주 (`bs-po-local`, `gj-po-local`) and the DR
playout at 세종. Sites 상암사옥 (HQ, studios, MCR, newsroom), 가산IDC, 세종DR센터, 관악산송신소, 부산방송총국,
광주방송총국, AWS 서울리전; environments prod, stg, dev; owners are teams named in Korean or English.

Naming (unlike the earlier estates): channel-chain codes (`ch11-po-main`, `chbrand-14`), product code names
(`byline-*`, `jangseo-*`), romanised Korean (`pyeonseong` 편성, `jamak-cg` 자막, `sichung_feed` 시청률),
legacy snake_case batches (`epg_export_batch`, `ad_billing_close`, `nrcs_legacy_sync`), HQ rack positions by
floor (`sa-b1-r02-u12`, `sa-5f-r02-u10`), IDC asset tags (`at-20411`), VMware VMs by role and number
(`gsvm-ad-031`) on ESXi hosts (`esx-gs-07`), AWS instance ids for the EKS nodes (`i-0a3f9c2e71b4d58e1`).

Seven injected incidents (times KST; now = Thursday 2029-01-25 21:40, during the 9 o'clock news; the window
is the 10 days before; prime time 19:00–23:00 with the 21:00 news, the overnight archive/transcode batch
01:00–05:00, weekend entertainment and Saturday's live volleyball):
  B1 Tue 16 20:40–21:35  the index rebuild job of nrcsdb-main, rescheduled on Tuesday morning to "11:30" in UTC
                         (= 20:30 KST instead of 02:30), blocks the newsroom DB before the 9 o'clock news:
                         byline-core (loudest, 7.2.0 deployed at 20:15), byline-rundown, byline-prompt
  B2 Thu 18 02:10–03:05  (night) the LTO library lto-lib-gs01's robot fails mounts after Wednesday's firmware
                         update: jangseo-arch (loudest), jangseo-mam (deployed Wednesday evening), vod-ingest
  B3 Sat 20 19:10–20:05  (weekend, live volleyball) ott-drm thrashes in GC (its heap halved on Friday):
                         ott-play-api (loudest, 5.8.0 deployed at 18:45), ott-web, ott-app-gw
  B4 Mon 22 10:20–11:15  esx-gs-07 loses every path to the datastore of gsvm-ad-031 after a SAN zoning change
                         (san-gs01, 10:05; other ESXi hosts fine): gsvm-ad-031, adsales-web (loudest, deployed
                         at 10:00), ad-traffic
  B5 Tue 23 19:40–20:35  (prime time) ptp-gm-a loses GNSS after the rooftop antenna work and drifts in
                         holdover: ipgw-2110-a (loudest), mcr-mv01, chbrand-11 (template change at 19:20)
  B6 Wed 24 01:30–02:25  (night) rmq-trans hits its memory high watermark under the UHD re-transcode backlog and
                         blocks publishers: trans-ctl (loudest, 3.4.0 deployed Tuesday), jangseo-mam, vod-ingest
  B7 Thu 25 21:05–now    redis-byline reaches maxclients (lowered 10000 → 2000 on Monday) during the 9 o'clock
                         news: byline-rundown (loudest), byline-prompt (4.1.0 deployed at 20:40), jamak-cg
                         (ongoing)
Confounders: prime-time and weekend peaks, the 9 o'clock news, the overnight archive/transcode batch (which also
loads esx-gs-07 through gsvm-tc-021, a noisy neighbour), deploys on victims before B1, B2, B3, B4, B6 and B7,
the SAN zoning change before B4, the chbrand-11 template change before B5, `sj-po-dr11`, `sj-po-srv1` and
`byline-core-stg` in maintenance, the retired `nrcs_legacy_sync`, the log host `at-20733`'s disk creeping up and
the OTT public load balancer `l7-ott-pub`'s certificate (vod.hanuri.tv) expiring on 2029-02-01 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/bcs_golden.py) are computed from the files.

    .venv/bin/python bench/bcs_estate.py   # rewrites tests/fixtures/broadcaster*
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

NAME = "broadcaster"
NOW = datetime(2029, 1, 25, 12, 40, tzinfo=UTC)  # Thursday 2029-01-25 21:40 KST
START = NOW - timedelta(days=10)  # Monday 2029-01-15 21:40 KST
SEED = 20290125
SITES = {
    "S": "상암사옥",
    "G": "가산IDC",
    "J": "세종DR센터",
    "K": "관악산송신소",
    "B": "부산방송총국",
    "W": "광주방송총국",
    "A": "AWS 서울리전",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2029-01")

MCR, NEWS, PYS, MAM = "주조정실운영팀", "보도정보팀", "편성정보팀", "media-archive"
OTT, AD, RAT, NET = "ott-platform", "광고사업IT팀", "시청률분석팀", "방송망운영팀"
INFRA, DBA, CLOUD, REG, SEC = "infra-ops", "DBA팀", "cloud-eng", "지역국기술팀", "정보보안팀"
STUDIO, LEGACY = "제작기술팀", "레거시운영팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- MCR, playout, branding, IP
    "mcr-auto": ("service", MCR, "S", "P", ["sa-b1-r02-u10"], ["pyeonseong", "nas-po-sa"],
                 {"desc": "주조정실 송출 자동화 (플레이리스트, 장비 제어)", "product": "Imagine ADC 14",
                  "version": "14.2.1", "channels": 2, "devices_controlled": 86}),
    "ch11-po-main": ("service", MCR, "S", "P", ["sa-b1-r02-u12"], ["mcr-auto", "nas-po-sa", "ipgw-2110-a"],
                     {"desc": "HNB1 (11번) 주 송출 서버", "product": "Grass Valley iTX", "version": "3.1.4",
                      "channel": "HNB1", "video_format": "1080i59.94", "redundancy": "main"}),
    "ch11-po-bkup": ("service", MCR, "S", "P", ["sa-b1-r02-u14"], ["mcr-auto", "nas-po-sa"],
                     {"desc": "HNB1 (11번) 예비 송출 서버", "product": "Grass Valley iTX", "version": "3.1.4",
                      "channel": "HNB1", "video_format": "1080i59.94", "redundancy": "backup"}),
    "ch14-po-main": ("service", MCR, "S", "P", ["sa-b1-r03-u10"], ["mcr-auto", "nas-po-sa", "ipgw-2110-a"],
                     {"desc": "HNB2 (14번) 주 송출 서버", "product": "Grass Valley iTX", "version": "3.1.4",
                      "channel": "HNB2", "video_format": "1080i59.94", "redundancy": "main"}),
    "chbrand-11": ("service", MCR, "S", "P", ["sa-b1-r04-u08"], ["ipgw-2110-a", "mcr-auto"],
                   {"desc": "HNB1 채널 브랜딩 (로고, 다음 프로그램 안내, 시계)", "product": "Vizrt Viz Engine 5",
                    "version": "5.2.1", "templates": 140}),
    "chbrand-14": ("service", MCR, "S", "P", ["sa-b1-r04-u08"], ["ipgw-2110-a", "mcr-auto"],
                   {"desc": "HNB2 채널 브랜딩", "product": "Vizrt Viz Engine 5", "version": "5.2.1",
                    "templates": 96}),
    "ipgw-2110-a": ("service", NET, "S", "P", ["sa-b1-r04-u20"], ["ptp-gm-a"],
                    {"desc": "SMPTE ST 2110 ↔ SDI/2022-6 IP 게이트웨이 (주조 A계)", "product": "Evertz 570IPG",
                     "version": "2.4.0", "flows": 128, "ptp_domain": 127}),
    "mcr-mv01": ("service", MCR, "S", "P", ["sa-b1-r05-u04"], ["ptp-gm-a"],
                 {"desc": "주조 멀티뷰어 (채널/소스 감시 화면)", "product": "Evertz MVP", "version": "9.1",
                  "heads": 12}),
    "rtrctl-sa": ("service", STUDIO, "S", "P", ["sa-b1-r05-u04"], [],
                  {"desc": "스튜디오/주조 라우터 제어", "product": "Lawo VSM 2023", "version": "2023.2",
                   "router_ports": 1152}),
    "icom-sa": ("service", STUDIO, "S", "P", ["sa-b1-r05-u04"], [],
                {"desc": "인터컴 (스튜디오-부조-주조)", "product": "Riedel Artist 1024", "version": "9.6",
                 "panels": 210}),
    "iptx-gwanak": ("service", NET, "S", "P", ["sa-b1-r04-u20"], ["ipgw-2110-a"],
                    {"desc": "관악산 송신소 IP 전송 (SMPTE 2022-7 이중화)", "product": "Nevion Virtuoso",
                     "version": "1.12", "bitrate_mbps": 270, "path": "2022-7 dual"}),
    "venc-dist": ("service", NET, "S", "P", ["enc-sa-01"], ["ipgw-2110-a"],
                  {"desc": "케이블/IPTV 헤드엔드 전송용 라이브 인코더", "product": "Ateme TITAN Live",
                   "version": "5.9.2", "codec": "H.264", "outputs": 6}),
    "venc-ott": ("service", OTT, "S", "P", ["enc-sa-02"], ["ipgw-2110-a"],
                 {"desc": "OTT 라이브 인코더 (ABR 래더)", "product": "Ateme TITAN Live", "version": "5.9.2",
                  "codec": "HEVC", "renditions": 6}),
    "dist-iptv": ("service", NET, "S", "P", ["enc-sa-01"], ["venc-dist"],
                  {"desc": "IPTV 3사 헤드엔드 송출 (멀티캐스트)", "operators": "KT, SKB, LGU+",
                   "multicast_group": "239.11.1.1"}),
    "dist-cable": ("service", NET, "S", "P", ["enc-sa-01"], ["venc-dist"],
                   {"desc": "케이블 SO 헤드엔드 송출", "operators": 14, "multicast_group": "239.11.2.1"}),
    "tx-mon": ("service", NET, "K", "P", ["gw-srv-01"], [],
               {"desc": "송신기 감시 (출력, 반사파, 냉각)", "product": "Rohde & Schwarz TX Monitor",
                "transmitters": 4, "power_kw": 10}),
    "ad-ins": ("service", AD, "S", "P", ["sa-b1-r04-u20"], ["ad-traffic", "mcr-auto"],
               {"desc": "SCTE-35 광고 삽입 (지상파/케이블 큐톤)", "product": "자체개발 (Go 1.22)",
                "version": "2.6.3", "splice_standard": "SCTE-35/104"}),
    # ---------------------------------------------------------------- 편성, EPG
    "pyeonseong": ("service", PYS, "G", "P", ["gsvm-pys-041"], ["ora-pys01"],
                   {"desc": "편성 시스템 (주간/일일 편성표, 운행표)", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                    "version": "8.3.1", "instances": 2, "channels": 2, "port": 8443}),
    "epg_export_batch": ("service", PYS, "G", "P", ["gsvm-pys-041"], ["pyeonseong", "ott-cms"],
                         {"desc": "EPG 송출 배치 (IPTV/케이블/OTT 편성 정보)", "product": "Spring Batch 5.1",
                          "schedule": "매일 04:30", "version": "1.9.0", "recipients": 19}),
    # ---------------------------------------------------------------- newsroom BYLINE, CG
    "byline-core": ("service", NEWS, "S", "P", ["sa-5f-r01-u06", "sa-5f-r01-u08"],
                    ["nrcsdb-main", "nas-news-sa", "rmq-byline"],
                    {"desc": "BYLINE 보도정보시스템 (기사 작성, 데스킹, 승인)", "product": "자체개발 (.NET 8)",
                     "version": "7.2.0", "instances": 2, "reporters": 640, "port": 443}),
    "byline-rundown": ("service", NEWS, "S", "P", ["sa-5f-r01-u08"], ["nrcsdb-main", "redis-byline"],
                       {"desc": "큐시트/런다운 (뉴스 진행 순서, 실시간 변경)", "product": "자체개발 (.NET 8, SignalR)",
                        "version": "3.6.2", "instances": 2, "programs_per_day": 22}),
    "byline-prompt": ("service", NEWS, "S", "P", ["sa-5f-r02-u14"], ["byline-rundown", "redis-byline"],
                      {"desc": "프롬프터 원고 피드 (앵커 프롬프터)", "product": "자체개발 (Node.js 20)",
                       "version": "4.1.0", "prompters": 9, "studios": "A, B, 뉴스센터"}),
    "byline-wire": ("service", NEWS, "S", "P", ["sa-5f-r01-u06"], ["nrcsdb-main", "rmq-byline"],
                    {"desc": "통신사 기사 수신 (연합뉴스, AP, 로이터)", "version": "2.3.4", "feeds": 5,
                     "product": "자체개발 (Python 3.11)"}),
    "jamak-cg": ("service", NEWS, "S", "P", ["sa-5f-r03-u02"], ["byline-rundown", "nas-news-sa"],
                 {"desc": "뉴스 자막/CG 송출 (하단 자막, 그래픽)", "product": "Vizrt Pilot Edge 9",
                  "version": "9.0.3", "cg_channels": 6}),
    # ---------------------------------------------------------------- MAM, archive, transcoding
    "jangseo-mam": ("service", MAM, "G", "P", ["gsvm-mam-011", "gsvm-mam-012"],
                    ["mam-pg", "jangseo-arch", "rmq-trans", "nas-trans01"],
                    {"desc": "JANGSEO 미디어 자산 관리 (검색, 메타데이터, 프록시)", "product": "자체개발 (Java 21)",
                     "version": "6.0.2", "assets_million": 4.2, "instances": 2}),
    "jangseo-arch": ("service", MAM, "G", "P", ["gsvm-mam-012"], ["lto-lib-gs01", "mam-pg"],
                     {"desc": "아카이브 매니저 (LTO 적재/복원, 정책)", "product": "Spectra StorCycle + 자체 어댑터",
                      "version": "4.3.1", "tape_format": "LTO-9", "restore_sla_h": 4}),
    "trans-ctl": ("service", MAM, "G", "P", ["gsvm-tc-021"], ["rmq-trans", "nas-trans01"],
                  {"desc": "트랜스코딩 작업 제어 (잡 배분, 우선순위)", "product": "자체개발 (Go 1.22)",
                   "version": "3.4.0", "profiles": 38}),
    "trans-worker": ("service", MAM, "G", "P", ["tcf-01", "tcf-02", "tcf-03"], ["rmq-trans", "nas-trans01"],
                     {"desc": "트랜스코딩 워커 (FFmpeg + NVENC)", "product": "FFmpeg 7.0 + 자체 래퍼",
                      "version": "3.4.0", "workers": 48}),
    "vod-ingest": ("service", OTT, "G", "P", ["gsvm-mam-011"], ["jangseo-mam", "trans-ctl", "ott-cms"],
                   {"desc": "VOD 입고 (방송 종료 후 다시보기 등록)", "version": "2.2.7",
                    "product": "자체개발 (Python 3.12)", "sla_min": 60}),
    # ---------------------------------------------------------------- OTT (AWS)
    "ott-web": ("service", OTT, "A", "P", ["i-0a3f9c2e71b4d58e1"], ["ott-play-api", "ott-cms", "redis-ott-sess"],
                {"desc": "OTT 웹 포털 (hanuri.tv)", "product": "Next.js 14 (EKS)", "version": "12.4.0",
                 "replicas": 6, "endpoint": "www.hanuri.tv"}),
    "ott-app-gw": ("service", OTT, "A", "P", ["i-07b2d41c9e0f3a6b2"], ["ott-play-api", "redis-ott-sess"],
                   {"desc": "OTT 모바일/스마트TV 앱 API 게이트웨이", "product": "Kong Gateway 3.6 (EKS)",
                    "version": "3.6.1", "replicas": 4, "rate_limit_rps": 12000}),
    "ott-play-api": ("service", OTT, "A", "P", ["i-0a3f9c2e71b4d58e1", "i-07b2d41c9e0f3a6b2"],
                     ["ott-drm", "aurora-ott", "redis-ott-sess", "kfk-ott"],
                     {"desc": "재생 API (권한 확인, 재생 URL 발급, 이어보기)", "product": "자체개발 (Kotlin, Spring Boot 3)",
                      "version": "5.8.0", "replicas": 8}),
    "ott-drm": ("service", OTT, "A", "P", ["i-0c9e58a1f27d43b06"], ["aurora-ott"],
                {"desc": "DRM 라이선스 서버 (Widevine, FairPlay, PlayReady)", "product": "자체개발 (Java 17)",
                 "version": "2.9.3", "replicas": 3, "heap_gb": 4, "drm": "Widevine, FairPlay, PlayReady"}),
    "ott-cms": ("service", OTT, "A", "P", ["i-0c9e58a1f27d43b06"], ["aurora-ott"],
                {"desc": "OTT 콘텐츠 관리 (회차, 썸네일, 노출 편성)", "version": "4.0.5",
                 "product": "자체개발 (Java 17)", "titles": 18400}),
    "ott-live-pkg": ("service", OTT, "A", "P", ["i-0f1d7a26b84c39e57"], ["venc-ott", "s3-ott-origin"],
                     {"desc": "라이브 패키저 (HLS/DASH, CMAF)", "product": "AWS Elemental MediaPackage 연동 + 자체",
                      "version": "1.8.2", "segment_s": 4}),
    "ssai-ott": ("service", AD, "A", "P", ["i-0f1d7a26b84c39e57"], ["ad-traffic", "kfk-ott"],
                 {"desc": "OTT 서버사이드 광고 삽입 (SSAI)", "product": "AWS Elemental MediaTailor + 자체 ADS",
                  "version": "2.1.0"}),
    # ---------------------------------------------------------------- ad sales, ratings
    "adsales-web": ("service", AD, "G", "P", ["gsvm-ad-031"], ["ora-adsales", "ad-traffic"],
                    {"desc": "광고 영업 시스템 (청약, 계약, 대행사 포털)", "product": "자체개발 (Java 11)",
                     "version": "9.14.0", "agencies": 312, "port": 8443}),
    "ad-traffic": ("service", AD, "G", "P", ["gsvm-ad-031"], ["ora-adsales", "pyeonseong"],
                   {"desc": "광고 운행 (CM 편성, 운행표, 송출 확인)", "product": "자체개발 (Java 11)",
                    "version": "5.2.2", "spots_per_day": 1480}),
    "ad_billing_close": ("service", AD, "G", "P", ["gsvm-ad-031"], ["ora-adsales"],
                         {"desc": "광고 정산 마감 배치 (일 마감, 세금계산서)", "product": "Pro*C + shell (레거시)",
                          "schedule": "매일 03:00", "jobs": 17}),
    "sichung_feed": ("service", RAT, "G", "P", ["gsvm-rt-061"], ["mysql-ratings"],
                     {"desc": "시청률 수신 배치 (분당 시청률, 닐슨/TNMS)", "product": "자체개발 (Python 3.9)",
                      "schedule": "매일 09:20", "providers": "Nielsen, TNMS"}),
    "ratings-dash": ("service", RAT, "G", "P", ["gsvm-rt-061"], ["mysql-ratings", "sichung_feed"],
                     {"desc": "시청률 대시보드 (프로그램별, 분당)", "product": "Apache Superset 4.0",
                      "version": "4.0.2", "dashboards": 57}),
    # ---------------------------------------------------------------- regional, DR, infra
    "bs-po-local": ("service", REG, "B", "P", ["bs-srv-01"], ["pyeonseong"],
                    {"desc": "부산총국 지역 송출 (지역뉴스, 지역광고 삽입)", "product": "Imagine ADC 14 (지역)",
                     "version": "14.2.1", "region": "부산/경남"}),
    "gj-po-local": ("service", REG, "W", "P", ["gj-srv-01"], ["pyeonseong"],
                    {"desc": "광주총국 지역 송출", "product": "Imagine ADC 14 (지역)", "version": "14.1.7",
                     "region": "광주/전남"}),
    "sj-auto-dr": ("service", MCR, "J", "P", ["sj-auto-srv"], ["pyeonseong"],
                   {"desc": "세종 DR 송출 자동화 (플레이리스트 동기화)", "product": "Imagine ADC 14",
                    "version": "14.2.1", "rto_min": 15}),
    "sj-po-dr11": ("service", MCR, "J", "P", ["sj-po-srv1"], ["sj-auto-dr"],
                   {"desc": "세종 DR HNB1 송출 서버 (장비 교체 중)", "product": "Grass Valley iTX",
                    "version": "3.1.2", "channel": "HNB1", "redundancy": "dr"}),
    "elk-bcast": ("service", INFRA, "G", "P", ["at-20733"], [],
                  {"desc": "로그 수집/검색 (장비, 송출 로그)", "product": "Elasticsearch 8.13 + Logstash",
                   "retention_days": 45}),
    # ---------------------------------------------------------------- staging, dev, retired
    "byline-core-stg": ("service", NEWS, "S", "S", ["sa-5f-r04-u01"], ["nrcsdb-stg"],
                        {"desc": "BYLINE 스테이징 (.NET 8 업그레이드 검증)", "version": "7.3.0-rc1"}),
    "adsales-web-stg": ("service", AD, "G", "S", ["gsvm-dev-101"], [],
                        {"desc": "광고 영업 (스테이징)", "version": "9.15.0-rc1"}),
    "jangseo-mam-dev": ("service", MAM, "G", "D", ["gsvm-dev-101"], [],
                        {"desc": "JANGSEO MAM (개발)", "version": "6.1.0-SNAPSHOT"}),
    "pyeonseong-dev": ("service", PYS, "G", "D", ["gsvm-dev-101"], [],
                       {"desc": "편성 시스템 (개발)", "version": "8.4.0-SNAPSHOT"}),
    "nrcs_legacy_sync": ("service", LEGACY, "S", "P", [], [],
                         {"desc": "구 iNEWS ↔ BYLINE 기사 동기화 (2027년 BYLINE 전환으로 폐기)", "version": "1.0.22",
                          "decommissioned": "2027-11-30"}),
    # ---------------------------------------------------------------- databases
    "nrcsdb-main": ("database", DBA, "S", "P", ["sa-5f-r02-u10"], [],
                    {"engine": "mssql", "version": "16.0.4165", "product": "SQL Server 2022 Enterprise CU16",
                     "port": 1433, "database": "BYLINE", "ag": "AG_NEWS (동기 복제)", "size_tb": 2.6,
                     "desc": "보도정보 운영 DB"}),
    "ora-pys01": ("database", DBA, "G", "P", ["at-20411"], [],
                  {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c", "sid": "PYSP",
                   "port": 1521, "size_tb": 1.8, "desc": "편성 운영 DB"}),
    "ora-adsales": ("database", DBA, "G", "P", ["at-20412"], [],
                    {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "ADSP",
                     "port": 1521, "size_tb": 3.4, "desc": "광고 영업/운행/정산 DB"}),
    "mam-pg": ("database", DBA, "G", "P", ["at-20520"], [],
               {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 (Patroni)", "port": 5432,
                "size_tb": 0.9, "desc": "MAM 메타데이터 DB"}),
    "mysql-ratings": ("database", RAT, "G", "P", ["gsvm-rt-061"], [],
                      {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 Community", "port": 3306,
                       "desc": "시청률 분당 데이터"}),
    "aurora-ott": ("database", CLOUD, "A", "P", [], [],
                   {"engine": "aurora-mysql", "version": "3.06.0", "product": "Amazon Aurora MySQL 3",
                    "instance_class": "db.r7g.2xlarge", "readers": 2, "port": 3306,
                    "desc": "OTT 회원/권한/이어보기 DB"}),
    "nrcsdb-stg": ("database", DBA, "S", "S", ["sa-5f-r04-u01"], [],
                   {"engine": "mssql", "version": "16.0.4165", "product": "SQL Server 2022 Developer", "port": 1433}),
    # ---------------------------------------------------------------- caches, queues
    "redis-byline": ("cache", NEWS, "S", "P", ["sa-5f-r02-u14"], [],
                     {"engine": "redis", "version": "7.2.5", "maxclients": 2000, "maxmemory_gb": 6,
                      "port": 6379, "desc": "런다운/프롬프터 실시간 캐시 (pub/sub)"}),
    "redis-ott-sess": ("cache", CLOUD, "A", "P", [], [],
                       {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache (Redis OSS)",
                        "node_type": "cache.r7g.large", "shards": 3, "port": 6379, "desc": "OTT 세션/토큰 캐시"}),
    "rmq-trans": ("queue", MAM, "G", "P", ["at-20618"], [],
                  {"product": "RabbitMQ 3.13.3", "vm_memory_high_watermark": 0.4, "queues": 42, "port": 5672,
                   "desc": "트랜스코딩 작업 큐"}),
    "rmq-byline": ("queue", NEWS, "S", "P", ["sa-5f-r02-u14"], [],
                   {"product": "RabbitMQ 3.12.14", "queues": 18, "port": 5672, "desc": "기사/통신사 이벤트 큐"}),
    "kfk-ott": ("queue", CLOUD, "A", "P", [], [],
                {"product": "Amazon MSK (Kafka 3.6)", "brokers": 3, "partitions": 96, "port": 9098,
                 "desc": "OTT 시청 이벤트/하트비트 스트림"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l7-ott-pub": ("A", CLOUD, ["ott-web", "ott-app-gw"],
                   {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "vod.hanuri.tv",
                    "cert_expiry": "2029-02-01", "cert_issuer": "Sectigo (수동 갱신, ACM 가져오기)",
                    "arn_suffix": "app/l7-ott-pub/5c1e9a7b03d24f16"}),
    "f5-gs-int": ("G", NET, ["pyeonseong", "adsales-web", "jangseo-mam"],
                  {"vendor": "F5", "model": "BIG-IP i7800", "version": "17.1.1.3", "vip": "10.20.4.30",
                   "cert_expiry": "2029-09-30"}),
    "l4-sa-news": ("S", NET, ["byline-core", "byline-rundown"],
                   {"vendor": "Piolink", "model": "PAS-K 5424", "vip": "10.11.5.10", "firmware": "2.5.3"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "lto-lib-gs01": ("G", MAM, {"vendor": "IBM", "model": "TS4500", "drives": 12, "tape_format": "LTO-9",
                                "slots": 1800, "capacity_pb": 32, "firmware": "1.9.1.4",
                                "desc": "방송 아카이브 테이프 라이브러리"}, ["gsvm-mam-012"]),
    "nas-trans01": ("G", MAM, {"vendor": "Dell", "model": "PowerScale H7000", "onefs": "9.7.1",
                               "capacity_tb": 1400, "protocol": "SMB/NFS", "desc": "트랜스코딩 핫폴더/프록시"},
                    ["tcf-01", "tcf-02", "tcf-03", "gsvm-tc-021"]),
    "nas-po-sa": ("S", MCR, {"vendor": "Avid", "model": "NEXIS E4", "capacity_tb": 480, "protocol": "NEXIS",
                             "desc": "송출 클립 서버 스토리지 (주조)"},
                  ["sa-b1-r02-u12", "sa-b1-r02-u14", "sa-b1-r03-u10"]),
    "nas-news-sa": ("S", NEWS, {"vendor": "EditShare", "model": "EFS 450", "capacity_tb": 360,
                                "desc": "보도 편집/그래픽 공유 스토리지"}, ["sa-5f-r01-u06", "sa-5f-r03-u02"]),
    "san-gs01": ("G", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X50 R4", "capacity_tb": 150,
                              "purity": "6.6.10", "desc": "VMware 데이터스토어, Oracle 블록"},
                 ["esx-gs-05", "esx-gs-06", "esx-gs-07", "at-20411", "at-20412"]),
    "s3-ott-origin": ("A", CLOUD, {"vendor": "AWS", "model": "S3 Standard", "bucket": "hnb-ott-origin-apne2",
                                   "desc": "OTT VOD/라이브 오리진 버킷"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 상암사옥 B1 주조정실 / 5F 보도국 전산실 (rack positions)
    "sa-b1-r02-u10": ("S", "P", "bare", {"role": "송출 자동화 서버", "model": "HPE ProLiant DL360 Gen11", "rack": "B1-R02"}),
    "sa-b1-r02-u12": ("S", "P", "bare", {"role": "HNB1 주 송출", "model": "Supermicro SYS-620U", "rack": "B1-R02"}),
    "sa-b1-r02-u14": ("S", "P", "bare", {"role": "HNB1 예비 송출", "model": "Supermicro SYS-620U", "rack": "B1-R02"}),
    "sa-b1-r03-u10": ("S", "P", "bare", {"role": "HNB2 주 송출", "model": "Supermicro SYS-620U", "rack": "B1-R03"}),
    "sa-b1-r04-u08": ("S", "P", "bare", {"role": "채널 브랜딩 엔진", "model": "HP Z8 Fury G5", "rack": "B1-R04",
                                         "gpu": "NVIDIA RTX A6000"}),
    "sa-b1-r04-u20": ("S", "P", "bare", {"role": "2110 게이트웨이 제어, 송신소 전송", "model": "Dell PowerEdge R660",
                                         "rack": "B1-R04"}),
    "sa-b1-r05-u04": ("S", "P", "bare", {"role": "멀티뷰어/라우터/인터컴 제어", "model": "Dell PowerEdge R660",
                                         "rack": "B1-R05"}),
    "sa-5f-r01-u06": ("S", "P", "bare", {"role": "BYLINE AP #1, 통신사 수신", "model": "Dell PowerEdge R750",
                                         "rack": "5F-R01"}),
    "sa-5f-r01-u08": ("S", "P", "bare", {"role": "BYLINE AP #2, 런다운", "model": "Dell PowerEdge R750",
                                         "rack": "5F-R01"}),
    "sa-5f-r02-u10": ("S", "P", "win", {"role": "보도 DB (MS-SQL AG primary)", "model": "Dell PowerEdge R760",
                                        "rack": "5F-R02"}),
    "sa-5f-r02-u14": ("S", "P", "bare", {"role": "Redis/RabbitMQ, 프롬프터 피드", "model": "Dell PowerEdge R650",
                                         "rack": "5F-R02"}),
    "sa-5f-r03-u02": ("S", "P", "win", {"role": "뉴스 CG (Vizrt)", "model": "HP Z8 Fury G5", "rack": "5F-R03",
                                        "gpu": "NVIDIA RTX A6000"}),
    "sa-5f-r04-u01": ("S", "S", "bare", {"role": "보도 스테이징", "model": "Dell PowerEdge R640", "rack": "5F-R04"}),
    # 상암 라이브 인코더 (appliances)
    "enc-sa-01": ("S", "P", "appliance", {"role": "헤드엔드 인코더", "model": "Ateme TITAN Live appliance"}),
    "enc-sa-02": ("S", "P", "appliance", {"role": "OTT 인코더", "model": "Ateme TITAN Live appliance"}),
    # 가산IDC: ESXi, VMs, asset-tagged bare metal, transcoding farm
    "esx-gs-05": ("G", "P", "esx", {"role": "ESXi 클러스터 GS-PROD", "model": "Dell PowerEdge R760"}),
    "esx-gs-06": ("G", "P", "esx", {"role": "ESXi 클러스터 GS-PROD", "model": "Dell PowerEdge R760"}),
    "esx-gs-07": ("G", "P", "esx", {"role": "ESXi 클러스터 GS-PROD", "model": "Dell PowerEdge R760",
                                    "hba_firmware": "QLogic 2772 9.12.01"}),
    "gsvm-mam-011": ("G", "P", "vm", {"role": "MAM AP #1, VOD 입고"}),
    "gsvm-mam-012": ("G", "P", "vm", {"role": "MAM AP #2, 아카이브 매니저"}),
    "gsvm-tc-021": ("G", "P", "vm", {"role": "트랜스코딩 제어"}),
    "gsvm-ad-031": ("G", "P", "vm", {"role": "광고 영업/운행", "datastore": "DS_AD01"}),
    "gsvm-pys-041": ("G", "P", "vm", {"role": "편성 AP, EPG 배치, 편성 캐시"}),
    "gsvm-rt-061": ("G", "P", "vm", {"role": "시청률 수신/대시보드/DB"}),
    "gsvm-dev-101": ("G", "D", "vm", {"role": "개발 공용"}),
    "at-20411": ("G", "P", "bare", {"role": "Oracle PYSP", "model": "HPE ProLiant DL380 Gen11"}),
    "at-20412": ("G", "P", "bare", {"role": "Oracle ADSP", "model": "HPE ProLiant DL380 Gen11"}),
    "at-20520": ("G", "P", "bare", {"role": "PostgreSQL MAM (Patroni leader)", "model": "Dell PowerEdge R660"}),
    "at-20618": ("G", "P", "bare", {"role": "RabbitMQ 트랜스코딩", "model": "Dell PowerEdge R650"}),
    "at-20733": ("G", "P", "bare", {"role": "로그 수집 (Elasticsearch)", "model": "Dell PowerEdge R750xd"}),
    "tcf-01": ("G", "P", "gpu", {"role": "트랜스코딩 워커", "model": "Supermicro SYS-421GE", "gpu": "NVIDIA L4 x4"}),
    "tcf-02": ("G", "P", "gpu", {"role": "트랜스코딩 워커", "model": "Supermicro SYS-421GE", "gpu": "NVIDIA L4 x4"}),
    "tcf-03": ("G", "P", "gpu", {"role": "트랜스코딩 워커", "model": "Supermicro SYS-421GE", "gpu": "NVIDIA L4 x4"}),
    # AWS 서울리전 EKS nodes (instance ids)
    "i-0a3f9c2e71b4d58e1": ("A", "P", "ec2", {"role": "EKS ott-prod 노드그룹 web", "instance_type": "m7g.2xlarge",
                                              "az": "ap-northeast-2a"}),
    "i-07b2d41c9e0f3a6b2": ("A", "P", "ec2", {"role": "EKS ott-prod 노드그룹 api", "instance_type": "m7g.2xlarge",
                                              "az": "ap-northeast-2c"}),
    "i-0c9e58a1f27d43b06": ("A", "P", "ec2", {"role": "EKS ott-prod 노드그룹 core (DRM, CMS)",
                                              "instance_type": "r7g.xlarge", "az": "ap-northeast-2b"}),
    "i-0f1d7a26b84c39e57": ("A", "P", "ec2", {"role": "EKS ott-prod 노드그룹 media (패키저, SSAI)",
                                              "instance_type": "c7gn.2xlarge", "az": "ap-northeast-2a"}),
    # regional, transmitter, DR
    "bs-srv-01": ("B", "P", "bare", {"role": "부산총국 지역 송출", "model": "HPE ProLiant DL360 Gen10 Plus"}),
    "gj-srv-01": ("W", "P", "bare", {"role": "광주총국 지역 송출", "model": "HPE ProLiant DL360 Gen10 Plus"}),
    "gw-srv-01": ("K", "P", "bare", {"role": "송신소 감시 서버", "model": "Dell PowerEdge R350"}),
    "sj-auto-srv": ("J", "P", "bare", {"role": "DR 송출 자동화", "model": "HPE ProLiant DL360 Gen11"}),
    "sj-po-srv1": ("J", "P", "bare", {"role": "DR HNB1 송출 (교체 중)", "model": "Supermicro SYS-620U"}),
}
ESX_VMS = {  # VMware: ESXi host -> VMs (RUNS_ON)
    "esx-gs-05": ["gsvm-mam-011", "gsvm-pys-041"],
    "esx-gs-06": ["gsvm-mam-012", "gsvm-rt-061", "gsvm-dev-101"],
    "esx-gs-07": ["gsvm-tc-021", "gsvm-ad-031"],
}
NETWORK = {  # name: (site, attributes), written as hosts
    "ptp-gm-a": ("S", {"device": "PTP grandmaster", "vendor": "Meinberg", "model": "LANTIME M3000",
                       "firmware": "7.08.007", "ptp_profile": "SMPTE ST 2059-2", "gnss": "GPS+Galileo",
                       "priority1": 100}),
    "ptp-gm-b": ("S", {"device": "PTP grandmaster", "vendor": "Meinberg", "model": "LANTIME M3000",
                       "firmware": "7.08.007", "ptp_profile": "SMPTE ST 2059-2", "gnss": "GPS+Galileo",
                       "priority1": 110}),
    "mcsw-sa-spine1": ("S", {"device": "multicast spine switch", "vendor": "Arista", "model": "7280R3",
                             "firmware": "EOS 4.32.1F", "igmp": "IGMPv3", "desc": "ST 2110 미디어망 A 스파인"}),
    "fw-sa-edge": ("S", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5430", "firmware": "PAN-OS 11.1.3"}),
    "wan-sa-gwanak": ("S", {"device": "WAN link", "vendor": "KT", "model": "전용회선 10Gbps (이중화)",
                            "circuit": "KT-BC-7712-0093", "desc": "상암 ↔ 관악산 송신소 전송회선"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("ptp-gm-a", "mcsw-sa-spine1"),
    ("ptp-gm-b", "mcsw-sa-spine1"),
    ("ipgw-2110-a", "mcsw-sa-spine1"),
    ("mcr-mv01", "mcsw-sa-spine1"),
    ("chbrand-11", "mcsw-sa-spine1"),
    ("chbrand-14", "mcsw-sa-spine1"),
    ("iptx-gwanak", "wan-sa-gwanak"),
    ("wan-sa-gwanak", "fw-sa-edge"),
    ("dist-iptv", "fw-sa-edge"),
    ("dist-cable", "fw-sa-edge"),
]
# fmt: on
STATUS = {
    "sj-po-dr11": "maintenance",
    "sj-po-srv1": "maintenance",
    "byline-core-stg": "maintenance",
    "nrcs_legacy_sync": "retired",
}
NET_PREFIX = {
    "S": "10.11",
    "G": "10.20",
    "J": "10.30",
    "K": "10.41",
    "B": "10.51",
    "W": "10.61",
    "A": "10.72",
}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "B1",
        "kind": "db_blocking_index_rebuild",
        "root": "nrcsdb-main",
        "description": "before Tuesday's 9 o'clock news the index rebuild job of nrcsdb-main, rescheduled that"
        " morning to 11:30 read as UTC (20:30 KST instead of 02:30), takes schema locks on the article tables:"
        " byline-core (7.2.0 deployed at 20:15, loudest) cannot save or approve articles, byline-rundown stalls"
        " and byline-prompt feeds stale scripts, until the job is killed and rescheduled",
        "start": kst(16, 20, 40),
        "end": kst(16, 21, 35),
        "affected": ["nrcsdb-main", "byline-core", "byline-rundown", "byline-prompt"],
    },
    {
        "id": "B2",
        "kind": "tape_library_mount_failures",
        "root": "lto-lib-gs01",
        "description": "in the small hours of Thursday the LTO library lto-lib-gs01 (firmware updated on"
        " Wednesday) fails cartridge mounts with robot position errors during the overnight archive batch:"
        " jangseo-arch (loudest) stalls archive and restore jobs, jangseo-mam (deployed Wednesday evening) times"
        " out on restores, vod-ingest misses its SLA, until the robot is recalibrated",
        "start": kst(18, 2, 10),
        "end": kst(18, 3, 5),
        "affected": ["lto-lib-gs01", "jangseo-arch", "jangseo-mam", "vod-ingest"],
    },
    {
        "id": "B3",
        "kind": "jvm_gc_thrash",
        "root": "ott-drm",
        "description": "on Saturday evening during the live volleyball the DRM licence server ott-drm, whose heap"
        " was halved on Friday, thrashes in full GC under the licence-request surge: ott-play-api (5.8.0"
        " deployed at 18:45, loudest) fails playback, ott-web and ott-app-gw follow, until the heap is restored"
        " and pods scaled out",
        "start": kst(20, 19, 10),
        "end": kst(20, 20, 5),
        "affected": ["ott-drm", "ott-play-api", "ott-web", "ott-app-gw"],
    },
    {
        "id": "B4",
        "kind": "esxi_all_paths_down",
        "root": "esx-gs-07",
        "description": "on Monday morning esx-gs-07 (an HBA firmware bug) loses every path to the datastore"
        " DS_AD01 after the fabric change on san-gs01 at 10:05, the other ESXi hosts keep theirs: gsvm-ad-031"
        " hangs on I/O, adsales-web (9.14.0 deployed at 10:00, loudest) and ad-traffic fail, until the VM is"
        " migrated off esx-gs-07",
        "start": kst(22, 10, 20),
        "end": kst(22, 11, 15),
        "affected": ["esx-gs-07", "gsvm-ad-031", "adsales-web", "ad-traffic"],
    },
    {
        "id": "B5",
        "kind": "ptp_grandmaster_holdover",
        "root": "ptp-gm-a",
        "description": "in Tuesday's prime time the grandmaster ptp-gm-a loses GNSS (the rooftop antenna cable was"
        " reworked that afternoon) and drifts in holdover without yielding to ptp-gm-b: ipgw-2110-a (loudest)"
        " drops 2110 flows, the multiviewer mcr-mv01 loses lock, chbrand-11 (template change at 19:20) drops"
        " frames, until the antenna is reseated and ptp-gm-a relocks",
        "start": kst(23, 19, 40),
        "end": kst(23, 20, 35),
        "affected": ["ptp-gm-a", "ipgw-2110-a", "mcr-mv01", "chbrand-11"],
    },
    {
        "id": "B6",
        "kind": "queue_memory_watermark",
        "root": "rmq-trans",
        "description": "in the small hours of Wednesday the UHD re-transcode of the 2019 archive floods rmq-trans"
        " and it hits its memory high watermark, blocking every publisher: trans-ctl (3.4.0 deployed Tuesday,"
        " loudest) cannot dispatch jobs, jangseo-mam proxy generation stalls, vod-ingest misses its SLA, until"
        " the backlog job is paused and the queue drained",
        "start": kst(24, 1, 30),
        "end": kst(24, 2, 25),
        "affected": ["rmq-trans", "trans-ctl", "jangseo-mam", "vod-ingest"],
    },
    {
        "id": "B7",
        "kind": "cache_maxclients",
        "root": "redis-byline",
        "description": "during Thursday's 9 o'clock news redis-byline reaches maxclients (lowered from 10000 to 2000"
        " on Monday) and refuses new connections: byline-rundown (loudest) cannot push rundown changes,"
        " byline-prompt (4.1.0 deployed at 20:40) and jamak-cg follow (ongoing)",
        "start": kst(25, 21, 5),
        "end": None,
        "affected": ["redis-byline", "byline-rundown", "byline-prompt", "jamak-cg"],
    },
]
B1, B2, B3, B4, B5, B6, B7 = INCIDENTS
DRM_HEAP_CUT = kst(19, 15, 0)  # ott-drm heap 8 → 4 GB
MAXCLIENTS_CUT = kst(22, 14, 0)  # redis-byline maxclients 10000 → 2000


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for esx, vms in ESX_VMS.items():
        rels += [(vm, esx, "RUNS_ON") for vm in vms]
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
        owner = INFRA
        third = {"P": 10, "S": 40, "D": 60}[env] + i // 9
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{third}.{21 + (i * 29) % 200}"}
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.4", "Rocky Linux 9.4", "RHEL 8.10"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U3"}  # fmt: skip
        elif kind == "esx":
            attrs |= {"os": "VMware ESXi 8.0U3", "cores": 64, "mem_gb": 1024,
                      "serial": f"{rng.choice(['7Q', '9K'])}{rng.randint(10000, 99999)}X"}  # fmt: skip
        elif kind == "win":
            attrs |= {
                "os": "Windows Server 2022",
                "cores": rng.choice([24, 32]),
                "mem_gb": rng.choice([256, 384]),
            }
            owner = DBA if "DB" in extra["role"] else NEWS
        elif kind == "ec2":
            attrs = {"private_ip": f"10.72.{rng.randint(16, 63)}.{rng.randint(10, 250)}", "os": "Bottlerocket 1.20",
                     "account": "hnb-ott-prod" if env == "P" else "hnb-ott-stg"}  # fmt: skip
            owner = CLOUD
        elif kind == "appliance":
            attrs |= {"os": "Ateme TITAN OS 5", "serial": f"ATM{rng.randint(100000, 999999)}"}
            owner = NET
        elif kind == "gpu":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 64, "mem_gb": 512}
            owner = MAM
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 9.4", "Oracle Linux 8.10", "Rocky Linux 9.4"]),
                      "cores": rng.choice([32, 48, 64]), "mem_gb": rng.choice([192, 256, 384]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("at-20411", "at-20412", "at-20520"):
                owner = DBA
        if h.startswith("sa-b1-"):
            owner = MCR
        if h.startswith(("bs-", "gj-")):
            owner = REG
        if h.startswith("at-") or h.startswith("sa-"):
            attrs["asset_tag"] = f"HNB-{h.split('-')[0].upper()}-{rng.randint(10000, 99999)}"
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


def _viewing(ts: datetime) -> float:
    """TV and OTT viewing: the morning news, a daytime plateau, prime time 19–23 with the 9 o'clock news, more on
    weekend evenings (entertainment, Saturday's live sports), almost nothing in the small hours."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    weekend = wd >= 5
    v = 0.08 + 0.12 * _bump(h, 7.5, 0.8) + (0.22 if 10 <= h < 18 else 0) * (1.2 if weekend else 1)
    if 19 <= h < 23:
        v += 0.5 + (0.15 if weekend else 0)
    elif 18 <= h < 19 or 23 <= h < 24:
        v += 0.25
    v += 0.1 * _bump(h, 21.2, 0.4)
    if h < 6:
        v *= 0.6
    return max(0.05, min(1.0, v))


def _newsroom(ts: datetime) -> float:
    """The newsroom: the day desk, the rushes before the morning news and the 9 o'clock news, lighter
    weekends."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    scale = 0.6 if wd >= 5 else 1.0
    v = 0.1
    if 6 <= h < 19:
        v += 0.45 * scale
    elif 19 <= h < 22:
        v += 0.55 * scale
    v += 0.3 * scale * _bump(h, 20.6, 0.5) + 0.3 * scale * _bump(h, 6.6, 0.4)  # the news rushes
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    """Ad sales and 편성: weekday office hours with a lunch dip."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1 + 0.05 * _bump(h, 14, 3)
    return 0.1 + 0.6 * (1 if 9 <= h < 18.5 else 0) * (0.7 if 12 <= h < 13 else 1) + 0.1 * _bump(h, 9.5, 0.8)


def _overnight(ts: datetime) -> float:
    """Archive and transcoding: the 01:00–05:00 batch, then the evening VOD rush after programmes end."""
    h = seoul_hour(ts)
    if 1 <= h < 5:
        return 0.9
    return 0.25 + 0.25 * _bump(h, 23.0, 1.0) + 0.1 * (1 if 9 <= h < 18 else 0)


def _steady(ts: datetime) -> float:
    return 0.5 + 0.1 * _bump(seoul_hour(ts), 21, 2)


VIEWING = {
    "ott-web", "ott-app-gw", "ott-play-api", "ott-drm", "ott-cms", "ott-live-pkg", "ssai-ott", "venc-ott",
    "aurora-ott", "redis-ott-sess", "kfk-ott", "l7-ott-pub", "s3-ott-origin",
    "i-0a3f9c2e71b4d58e1", "i-07b2d41c9e0f3a6b2", "i-0c9e58a1f27d43b06", "i-0f1d7a26b84c39e57",
    "dist-iptv", "dist-cable", "venc-dist", "enc-sa-01", "enc-sa-02", "sichung_feed", "ratings-dash",
    "mysql-ratings", "gsvm-rt-061", "ad-ins", "fw-sa-edge",
}  # fmt: skip
NEWSROOM = {
    "byline-core", "byline-rundown", "byline-prompt", "byline-wire", "jamak-cg", "nrcsdb-main",
    "redis-byline", "rmq-byline", "nas-news-sa", "l4-sa-news", "sa-5f-r01-u06", "sa-5f-r01-u08",
    "sa-5f-r02-u10", "sa-5f-r02-u14", "sa-5f-r03-u02",
}  # fmt: skip
OFFICE = {
    "adsales-web", "ad-traffic", "ora-adsales", "gsvm-ad-031", "at-20412", "pyeonseong", "ora-pys01",
    "gsvm-pys-041", "at-20411", "f5-gs-int", "elk-bcast", "at-20733",
    "san-gs01", "esx-gs-05", "esx-gs-06",
}  # fmt: skip
OVERNIGHT = {
    "jangseo-mam", "jangseo-arch", "trans-ctl", "trans-worker", "vod-ingest", "mam-pg", "rmq-trans",
    "lto-lib-gs01", "nas-trans01", "gsvm-mam-011", "gsvm-mam-012", "gsvm-tc-021", "at-20520", "at-20618",
    "tcf-01", "tcf-02", "tcf-03", "esx-gs-07", "ad_billing_close", "epg_export_batch",
}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (VIEWING, _viewing),
        (NEWSROOM, _newsroom),
        (OFFICE, _office),
        (OVERNIGHT, _overnight),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "B1": {0: (11.0, 3.5), 1: (5.0, 13.0), 2: (2.3, 7.0)},
    "B2": {0: (9.0, 16.0), 1: (5.0, 12.0), 2: (2.5, 8.0), 3: (1.6, 5.0)},
    "B3": {0: (8.0, 11.0), 1: (4.0, 14.0), 2: (2.0, 7.5)},
    "B4": {1: (6.0, 9.0), 2: (4.0, 12.0)},
    "B5": {0: (40.0, 6.0), 1: (3.0, 11.0), 2: (1.8, 6.0)},
    "B6": {0: (6.0, 10.0), 1: (4.0, 12.0), 2: (2.0, 6.5)},
    "B7": {0: (2.5, 14.0), 1: (3.0, 13.0), 2: (1.7, 6.0)},
}
EFFECT_OVERRIDE = {
    ("B1", "byline-core"): (6.0, 27.0),
    ("B2", "jangseo-arch"): (5.5, 33.0),
    ("B3", "ott-play-api"): (4.5, 29.0),
    ("B4", "adsales-web"): (5.0, 31.0),
    ("B5", "ipgw-2110-a"): (3.5, 26.0),
    ("B6", "trans-ctl"): (4.0, 35.0),
    ("B6", "vod-ingest"): (2.2, 8.0),
    ("B7", "byline-rundown"): (3.2, 30.0),
    ("B7", "byline-prompt"): (2.4, 16.0),
    ("B7", "jamak-cg"): (1.6, 7.5),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "sa-b1-r02-u10", "sa-b1-r02-u12", "sa-b1-r02-u14", "sa-b1-r03-u10", "sa-5f-r02-u10",
    "sa-5f-r02-u14", "at-20411", "at-20412", "at-20520", "at-20618", "at-20733", "esx-gs-05",
    "esx-gs-06", "esx-gs-07", "tcf-01", "tcf-02", "tcf-03", "bs-srv-01", "gj-srv-01", "sj-auto-srv",
    "sj-po-srv1",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "at-20733":  # Elasticsearch: the log indices creep up
        disk0, growth = 58.5, 1.75
    if name.startswith("tcf-"):
        cpu0 = rng.uniform(30, 45)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "esx-gs-07":  # the APD: hostd spins, VMs stunned
            cpu += (93.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, B4["start"], B4["end"], rise=5, fall=10)
        if name == "gsvm-ad-031":  # I/O wait on a lost datastore
            cpu += (97.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, B4["start"] + timedelta(minutes=5), B4["end"],
                                                           rise=5, fall=10)  # fmt: skip
        if name == "at-20618":  # RabbitMQ paging to disk
            cpu += 30 * ramp(ts, B6["start"], B6["end"], rise=5, fall=10)
            mem += 22 * ramp(ts, B6["start"], B6["end"], rise=5, fall=10)
        if name == "i-0c9e58a1f27d43b06":  # the DRM pods in full GC
            cpu += 45 * ramp(ts, B3["start"], B3["end"], rise=5, fall=10)
        if name == "sa-5f-r02-u10":  # the index rebuild on the newsroom DB server
            cpu += 35 * ramp(ts, B1["start"] - timedelta(minutes=10), B1["end"], rise=10, fall=10)
        if name == "sj-po-srv1":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: cpu, latency (PTP: offset from UTC in ms-equivalent) and loss/sync errors."""
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"wan-sa-gwanak": 2.4, "ptp-gm-a": 0.05, "ptp-gm-b": 0.05}.get(name, rng.uniform(0.2, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rtt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            loss += r * f_err * (1 + rng.gauss(0, 0.08))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 3),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"lto-lib-gs01": (71, 72), "nas-trans01": (63, 65), "s3-ott-origin": (30, 31)}.get(name, (35, 55))
    per_day = {"lto-lib-gs01": 0.08, "nas-trans01": 0.15}.get(name, 0.05)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = {"lto-lib-gs01": 38.0, "s3-ott-origin": 12.0}.get(name, rng.uniform(0.5, 3.0))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = None
        if name == "lto-lib-gs01":
            err = max(0.0, rng.gauss(0.05, 0.03))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            lat *= 1 + r * f_rt
            if err is not None:
                err += r * f_err * (1 + rng.gauss(0, 0.08))
        row = {"disk_usage": round(v, 1), "response_time_ms": round(lat, 2)}
        if err is not None:
            row["error_rate"] = round(err, 2)
        rows += samples(ts, c, **row)
    return rows


RT0 = {
    "mcr-auto": 14.0, "ch11-po-main": 6.0, "ch11-po-bkup": 6.2, "ch14-po-main": 6.1,
    "chbrand-11": 9.0, "chbrand-14": 9.2, "ipgw-2110-a": 2.1, "mcr-mv01": 4.5, "rtrctl-sa": 8.0, "icom-sa": 5.5,
    "iptx-gwanak": 3.0, "venc-dist": 18.0, "venc-ott": 22.0, "dist-iptv": 12.0, "dist-cable": 13.0,
    "tx-mon": 45.0, "ad-ins": 25.0, "pyeonseong": 180.0, "epg_export_batch": 420.0, "byline-core": 160.0,
    "byline-rundown": 60.0, "byline-prompt": 35.0, "byline-wire": 120.0, "jamak-cg": 40.0,
    "jangseo-mam": 240.0, "jangseo-arch": 380.0, "trans-ctl": 90.0, "trans-worker": 150.0, "vod-ingest": 310.0,
    "ott-web": 140.0, "ott-app-gw": 45.0, "ott-play-api": 85.0, "ott-drm": 30.0, "ott-cms": 190.0,
    "ott-live-pkg": 55.0, "ssai-ott": 70.0, "adsales-web": 260.0, "ad-traffic": 210.0, "ad_billing_close": 600.0,
    "sichung_feed": 330.0, "ratings-dash": 640.0, "bs-po-local": 16.0, "gj-po-local": 17.0, "sj-auto-dr": 20.0,
    "sj-po-dr11": 7.0, "elk-bcast": 95.0,
    "nrcsdb-main": 3.4, "ora-pys01": 4.1, "ora-adsales": 4.8, "mam-pg": 2.6, "mysql-ratings": 3.0,
    "aurora-ott": 1.8, "redis-byline": 0.4, "redis-ott-sess": 0.6,
    "rmq-trans": 4.0, "rmq-byline": 3.2, "kfk-ott": 6.5,
    "l7-ott-pub": 2.0, "f5-gs-int": 1.2, "l4-sa-news": 0.9,
}  # fmt: skip
REQUEST_RATE = {
    "mcr-auto": 240.0, "pyeonseong": 160.0, "byline-core": 420.0, "byline-rundown": 880.0, "byline-prompt": 310.0,
    "byline-wire": 45.0, "jamak-cg": 190.0, "jangseo-mam": 260.0, "jangseo-arch": 40.0, "trans-ctl": 120.0,
    "trans-worker": 95.0, "vod-ingest": 18.0, "ott-web": 5200.0, "ott-app-gw": 9800.0, "ott-play-api": 7400.0,
    "ott-drm": 3100.0, "ott-cms": 650.0, "ott-live-pkg": 2400.0, "ssai-ott": 1800.0, "adsales-web": 140.0,
    "ad-traffic": 90.0, "ratings-dash": 35.0, "nrcsdb-main": 6200.0, "ora-pys01": 2100.0, "ora-adsales": 3300.0,
    "mam-pg": 2800.0, "aurora-ott": 16500.0, "redis-byline": 24000.0,
    "redis-ott-sess": 41000.0, "rmq-trans": 650.0, "rmq-byline": 420.0, "kfk-ott": 22000.0,
    "l7-ott-pub": 15500.0, "f5-gs-int": 1400.0, "l4-sa-news": 1300.0,
}  # fmt: skip
MEMORY = {  # caches, brokers, databases and JVMs with a memory gauge: (level, swing with load)
    "redis-byline": (41.0, 8.0), "redis-ott-sess": (55.0, 14.0),
    "rmq-trans": (30.0, 12.0), "rmq-byline": (28.0, 6.0), "kfk-ott": (47.0, 9.0), "ott-drm": (52.0, 10.0),
    "aurora-ott": (61.0, 8.0), "nrcsdb-main": (72.0, 4.0),
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
            if inc is B6 and name in ("rmq-trans", "trans-ctl"):
                req *= 1 - 0.7 * r  # publishers blocked
            if inc is B3 and name == "ott-drm":
                req *= 1 - 0.5 * r
            if inc is B2 and name == "jangseo-arch":
                req *= 1 - 0.75 * r
            if inc is B7 and name == "redis-byline":
                req *= 1 - 0.35 * r  # clients refused
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "ott-drm" and ts >= DRM_HEAP_CUT:  # the same live set in half the heap
                mem += 14.0
            if name == "ott-drm":
                mem += (98.6 + rng.gauss(0, 0.3) - mem) * ramp(ts, B3["start"], B3["end"], rise=5, fall=10)
            if name == "rmq-trans":
                mem += (99.3 + rng.gauss(0, 0.2) - mem) * ramp(ts, B6["start"], B6["end"], rise=5, fall=10)
            if name == "nrcsdb-main":
                mem += 8 * ramp(ts, B1["start"], B1["end"], rise=10, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "nrcsdb-main":  # the database's own CPU
            cpu = 22 + 30 * d + rng.gauss(0, 1.2)
            cpu += (93.5 + rng.gauss(0, 0.8) - cpu) * ramp(ts, B1["start"], B1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The overnight archive batch, the EPG export, the ad billing close, the ratings feed and the OTT
    certificate warning."""
    rows = []
    for d in range(15, 26):
        wd = datetime(2029, 1, d).weekday()
        rows.append((d, 1, 0, "jangseo-arch", "info", "batch_job", "야간 아카이브 배치 시작 (LTO 적재)"))
        if d not in (18,):
            rows.append((d, 4, 40, "jangseo-arch", "info", "batch_job", "야간 아카이브 배치 완료"))
        rows.append((d, 4, 30, "epg_export_batch", "info", "batch_job", "EPG 송출 배치 완료 (19개 사업자)"))
        rows.append((d, 3, 0, "ad_billing_close", "info", "batch_job", "광고 정산 일마감 (JOB_ADCLOSE) 시작"))
        rows.append((d, 3, 25, "ad_billing_close", "info", "batch_job", "광고 정산 일마감 완료"))
        if wd < 6:
            rows.append(
                (d, 9, 20, "sichung_feed", "info", "batch_job", "전일 분당 시청률 수신 완료 (Nielsen, TNMS)")
            )
        left = (datetime(2029, 2, 1) - datetime(2029, 1, d)).days
        rows.append(
            (d, 10, 0, "l7-ott-pub", "warning", "cert_expiry",
             f"TLS certificate vod.hanuri.tv expires in {left} days (2029-02-01), manual import to ACM (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (16, 9, 0, "byline-core-stg", "info", "maintenance", "BYLINE 스테이징 .NET 8 업그레이드 검증 (점검 중)"),
    (16, 11, 0, "nrcsdb-main", "info", "config_change", "인덱스 재구성 잡 IDX_REBUILD_ARTICLE 스케줄 변경 02:30 → 11:30 (서버 UTC 기준 입력)"),
    (16, 20, 15, "byline-core", "info", "deployment", "byline-core 7.2.0 배포 (기사 승인 워크플로 개선)"),
    (17, 10, 0, "lto-lib-gs01", "info", "config_change", "TS4500 라이브러리 펌웨어 1.9.0.2 → 1.9.1.4"),
    (17, 18, 30, "jangseo-mam", "info", "deployment", "jangseo-mam 6.0.2 배포 (복원 요청 화면)"),
    (18, 14, 0, "adsales-web-stg", "info", "deployment", "adsales-web-stg 9.15.0-rc1 배포"),
    (18, 15, 0, "at-20733", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/elasticsearch"),
    (19, 15, 0, "ott-drm", "info", "config_change", "ott-drm JVM heap -Xmx8g → -Xmx4g (파드 리소스 적정화)"),
    (20, 18, 45, "ott-play-api", "info", "deployment", "ott-play-api 5.8.0 배포 (이어보기 동기화)"),
    (20, 18, 50, "venc-ott", "info", "change_notice", "19:00 V-리그 생중계 OTT 동시송출 (트래픽 증가 예상)"),
    (21, 11, 0, "at-20733", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/elasticsearch"),
    (21, 14, 0, "sj-po-srv1", "info", "maintenance", "세종 DR HNB1 송출 서버 교체 작업 (DR 송출 불가, 2/2 완료 예정)"),
    (22, 10, 0, "adsales-web", "info", "deployment", "adsales-web 9.14.0 배포 (대행사 청약 화면)"),
    (22, 10, 5, "san-gs01", "info", "config_change", "FC 패브릭 존 변경 (신규 ESXi esx-gs-08 추가 준비)"),
    (22, 14, 0, "redis-byline", "info", "config_change", "redis-byline maxclients 10000 → 2000 (보안 점검 권고 반영)"),
    (23, 15, 0, "ptp-gm-a", "info", "maintenance", "옥상 GNSS 안테나 케이블 재시공 (ptp-gm-a)"),
    (23, 16, 0, "trans-ctl", "info", "deployment", "trans-ctl 3.4.0 배포 (우선순위 큐 개선)"),
    (23, 19, 20, "chbrand-11", "info", "config_change", "HNB1 브랜딩 템플릿 교체 (동계 시즌 로고)"),
    (23, 23, 30, "jangseo-arch", "info", "change_notice", "2019년 아카이브 UHD 재트랜스코딩 작업 등록 (38,000건)"),
    (24, 11, 0, "at-20733", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/elasticsearch"),
    (25, 20, 40, "byline-prompt", "info", "deployment", "byline-prompt 4.1.0 배포 (원고 글자 크기 동기화)"),
    # B1 (Tuesday, before the 9 o'clock news)
    (16, 20, 30, "nrcsdb-main", "info", "batch_job", "IDX_REBUILD_ARTICLE 시작 (ONLINE=OFF)"),
    (16, 20, 41, "nrcsdb-main", "warning", "blocking", "blocked sessions 148, head blocker SPID 87 (ALTER INDEX)"),
    (16, 20, 44, "nrcsdb-main", "critical", "performance", "LCK_M_SCH_S waits, avg wait 34s on dbo.ARTICLE"),
    (16, 20, 47, "byline-core", "critical", "error", "기사 저장/승인 타임아웃, 5xx 28%"),
    (16, 20, 50, "byline-rundown", "major", "error", "큐시트 변경 반영 지연"),
    (16, 20, 56, "byline-prompt", "warning", "error", "프롬프터 원고 갱신 지연"),
    (16, 21, 28, "nrcsdb-main", "info", "config_change", "IDX_REBUILD_ARTICLE 중지(KILL 87), 스케줄 02:30 KST로 재설정"),
    (16, 21, 40, "byline-core", "info", "recovery", "기사 저장 정상"),
    # B2 (Thursday small hours)
    (18, 2, 11, "lto-lib-gs01", "warning", "hardware", "robot accessor A position error, retrying mount"),
    (18, 2, 14, "lto-lib-gs01", "critical", "hardware", "mount failed on 7 of 12 drives (accessor calibration)"),
    (18, 2, 17, "jangseo-arch", "critical", "batch_job", "아카이브 적재 잡 실패 (mount timeout) 412건"),
    (18, 2, 22, "jangseo-mam", "major", "error", "복원 요청 타임아웃"),
    (18, 2, 30, "vod-ingest", "warning", "error", "VOD 입고 SLA 초과 (원본 복원 대기)"),
    (18, 2, 58, "lto-lib-gs01", "info", "config_change", "accessor 재보정 (calibrate), 드라이브 온라인"),
    (18, 3, 20, "jangseo-arch", "info", "batch_job", "아카이브 적재 잡 재실행"),
    (18, 5, 10, "jangseo-arch", "info", "batch_job", "야간 아카이브 배치 완료 (지연)"),
    # B3 (Saturday evening, live volleyball)
    (20, 19, 12, "ott-drm", "warning", "gc", "full GC 4.8s, heap 97% (G1 to-space exhausted)"),
    (20, 19, 15, "ott-drm", "critical", "performance", "licence request latency p99 9.2s, pods restarting (liveness)"),
    (20, 19, 18, "ott-play-api", "critical", "error", "재생 URL 발급 실패 31% (DRM license timeout)"),
    (20, 19, 22, "ott-web", "major", "error", "웹 재생 시작 실패 증가"),
    (20, 19, 24, "ott-app-gw", "major", "error", "앱 재생 API 5xx 증가"),
    (20, 19, 58, "ott-drm", "info", "config_change", "heap -Xmx8g 복구, replicas 3 → 6"),
    (20, 20, 10, "ott-play-api", "info", "recovery", "재생 정상"),
    # B4 (Monday morning)
    (22, 10, 21, "esx-gs-07", "critical", "storage", "All Paths Down (APD) on datastore DS_AD01, hostd not responding"),
    (22, 10, 27, "gsvm-ad-031", "major", "performance", "I/O hung, VM stunned (vmw_pvscsi timeouts)"),
    (22, 10, 31, "adsales-web", "critical", "error", "청약 저장 실패, 5xx 30%"),
    (22, 10, 34, "ad-traffic", "major", "error", "운행표 조회 지연"),
    (22, 11, 5, "gsvm-ad-031", "info", "config_change", "vMotion esx-gs-07 → esx-gs-05 완료"),
    (22, 11, 10, "esx-gs-07", "info", "maintenance", "esx-gs-07 유지보수 모드 진입, HBA 펌웨어 점검"),
    (22, 11, 20, "adsales-web", "info", "recovery", "광고 영업 정상"),
    # B5 (Tuesday prime time)
    (23, 19, 41, "ptp-gm-a", "warning", "ptp", "GNSS signal lost, entering holdover (clockClass 7)"),
    (23, 19, 46, "ptp-gm-a", "critical", "ptp", "holdover drift 2.8 us, BMCA kept ptp-gm-a (priority1 100)"),
    (23, 19, 48, "ipgw-2110-a", "critical", "error", "ST 2110 flow PTP lock lost, 2110-20 packets dropped 24%"),
    (23, 19, 51, "mcr-mv01", "major", "error", "멀티뷰어 소스 동기 상실 (12/48 타일)"),
    (23, 19, 55, "chbrand-11", "warning", "error", "브랜딩 엔진 프레임 드롭"),
    (23, 20, 28, "ptp-gm-a", "info", "config_change", "GNSS 안테나 커넥터 재결합, GNSS lock 복구"),
    (23, 20, 40, "ipgw-2110-a", "info", "recovery", "2110 flow 정상"),
    # B6 (Wednesday small hours)
    (24, 1, 31, "rmq-trans", "warning", "memory", "memory 0.39 of watermark 0.4, queue transcode.uhd 38,211 ready"),
    (24, 1, 34, "rmq-trans", "critical", "memory", "memory alarm set, publishers blocked (connection.blocked)"),
    (24, 1, 37, "trans-ctl", "critical", "error", "트랜스코딩 잡 배분 실패 (publish blocked) 35%"),
    (24, 1, 41, "jangseo-mam", "major", "error", "프록시 생성 요청 적체"),
    (24, 1, 48, "vod-ingest", "warning", "error", "VOD 입고 지연"),
    (24, 2, 18, "rmq-trans", "info", "config_change", "UHD 재트랜스코딩 잡 일시정지, transcode.uhd 큐 정리"),
    (24, 2, 35, "trans-ctl", "info", "recovery", "잡 배분 정상"),
    # B7 (Thursday, the 9 o'clock news, ongoing)
    (25, 21, 4, "redis-byline", "warning", "connections", "connected_clients 1,960 / maxclients 2000"),
    (25, 21, 6, "redis-byline", "critical", "connections", "ERR max number of clients reached"),
    (25, 21, 9, "byline-rundown", "critical", "error", "런다운 변경 푸시 실패 30% (Redis 연결 거부)"),
    (25, 21, 12, "byline-prompt", "major", "error", "프롬프터 원고 동기화 실패"),
    (25, 21, 20, "jamak-cg", "warning", "error", "자막 큐 갱신 지연"),
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
    generate(NAME, "broadcaster", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
