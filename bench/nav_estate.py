"""Generate the map / car-navigation estate (tests/fixtures/map-nav/, interchange format) and its faults.

A Korean map and car-navigation provider (누리길모빌리티 — the app 누리내비, about 8.7 M users, in-car navigation for
three carmakers, an ETA API for delivery and taxi partners): the app gateway `mgw-app` and the carmakers' in-car
gateway `carlink-gw` (mTLS behind `vip-carlink`); the route request front `route-front` over the car route engine
`rte-ch` (Contraction Hierarchies), the truck engine `rte-truck` and the ETA core `eta-core`; the partner ETA API
`eta-partner` and its console `partner-portal` (API keys on `apikey-mysql`, quotas on `rc-quota`); real-time traffic:
probe-vehicle ingest `trf-probe-ingest` (taxis, trucks, app probes over the LTE APN `apn-probe-lte`), the ITS feed
collector `trf-its-collector` (IPsec tunnels to 한국도로공사 `vpn-ex-its` and 서울시 TOPIS `vpn-topis`), the fusion
`trf-fusion` writing live link speeds to `rc-live-speed`, the traffic colour layer `trf-layer` and the GPU
prediction model `trf-predict` on `md1-gpu01`/`md1-gpu02`; all over the Kafka event hub `kfk-hub` (mirrored to the
DR site as `kfk-hub-dr`); map tiles: `tile-render` on PostGIS `gisdb-pri`, `tile-api`, the tile cache `rc-tile` and
the Varnish edges `vcache-sel`/`vcache-bsn` in the Seoul and Busan PoPs behind the GSLB `vip-tiles`; search:
`poi-search` on Elasticsearch `es-poi`, `geocoder` on `es-addr`, the reverse geocoder `revgeo`, with `rc-geo`;
OTA map updates `ota-mapupd` on Ceph `ceph-ota`, `otadb` and `rmq-ota`, the speed-camera delta job `job-safecam`
(`safecam-mssql`); street view: `sv-ingest`, the GPU face/plate blur `sv-blur`, `sv-viewer` on StorageGRID
`sgw-streetview` and `svmeta-pg`; users: `fav-svc` (favourites, recent destinations) and `auth-svc` on
`userdb-pri` and `rc-user`, `push-sender`, voice guidance `tts-voice` (GPU); nightly jobs `job-graphbuild` (road
graph compile on `nas-graph`) and `job-tileprebake`; cloud analytics on GCP (`bq-loader`, `trafficml-train`,
bucket `gcs-nuri-analytics`). Sites 목동IDC (main DC), 대전DR센터, 판교오피스, 서울PoP(상암), 부산PoP and GCP 서울
(asia-northeast3); environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): English service names with domain prefixes (`trf-*` traffic, `rte-*` route
engines, `sv-*` street view, `eta-*`), batch jobs as `job-*`, databases by purpose and role (`gisdb-pri`,
`gisdb-dr`, `userdb-pri`) or engine (`apikey-mysql`, `safecam-mssql`, `es-poi`), Redis clusters `rc-*`, Varnish
edges `vcache-*`, VIPs `vip-*`; hosts by hall and role (`md1-kw04` = 목동 hall 1 k8s worker 4, `md1-gpu02`,
`md1-pgs01`, `dj2-pgs01` at the DR site, `sel-pop-c01`), GCP resources as generated (`vm-airflow-prd-1`,
`gke-nuri-ana-gpu-l4-0c7e2b19-m2fd`), network gear by link (`vpn-ex-its`, `wan-md1-dj2`, `gcp-ic-md1`).

Seven injected incidents (times KST; now = Friday 2028-09-15 18:40, the Friday evening rush with weekend
departures; the window is the 10 days before; drivers peak in the 07:30–09:00 and 18:00–19:30 commutes, weekend
outings late morning and the Sunday afternoon return, delivery ETA calls at lunch and dinner, nightly tile prebake,
graph build and model training, the carmakers' evening OTA campaigns):
  N1 Wed 06 18:05–19:00  (evening rush) rc-live-speed reaches maxmemory (lowered on Tuesday night) and evicts live
                         link speeds: rte-ch (loudest, deployed at 17:40), eta-core, route-front
  N2 Fri 08 11:50–12:45  (lunch delivery peak) a failed fan on md1-gpu02 throttles its GPUs: trf-predict (loudest,
                         model deployed at 11:20), eta-core, eta-partner
  N3 Sat 09 14:20–15:15  (weekend outing) the DR standby's replication slot stopped during the morning WAN work
                         and gisdb-pri's WAL volume fills, checkpoints stall: revgeo (loudest, deployed at 13:55),
                         geocoder, tile-render
  N4 Sun 10 16:20–17:15  (Sunday return traffic) the IPsec tunnel vpn-ex-its to the expressway ITS centre flaps
                         after the peer's firmware upgrade: trf-its-collector (loudest, hotfix at 16:05), trf-fusion,
                         trf-layer
  N5 Mon 11 07:45–08:40  (Monday morning rush) the weekly partition rebalance on kfk-hub saturates replication,
                         ISR shrinks and acks=all produces time out: trf-probe-ingest (loudest, deployed at 07:25),
                         trf-fusion, push-sender
  N6 Wed 13 21:10–22:05  (OTA campaign evening) an OSD of ceph-ota fails and recovery backfill slows every RGW
                         GET: ota-mapupd (loudest, deployed at 20:50), job-safecam, carlink-gw
  N7 Fri 15 17:55–now    (Friday evening rush) a synonym dictionary reload on es-poi blows the heap, old-gen GC
                         storms: poi-search (loudest, deployed at 17:30), mgw-app, carlink-gw (ongoing)
Confounders: the commute and weekend peaks, the nightly jobs (prebake and graph build on gisdb-pri, training on
GCP), the Wednesday OTA campaign, deploys on victims before every incident, shared Redis / k8s hosts, the WAN
maintenance to the DR site on Saturday morning, `mgw-app-stg` and `pgy-dev01` in maintenance, the retired
`mapapi-v1`, the log server `md1-log01`'s disk creeping up and the carmaker mTLS certificate on `vip-carlink`
expiring on 2028-09-24 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/nav_golden.py) are computed from the files.

    .venv/bin/python bench/nav_estate.py   # rewrites tests/fixtures/map-nav*
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
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "map-nav"
NOW = datetime(2028, 9, 15, 9, 40, tzinfo=UTC)  # Friday 2028-09-15 18:40 KST
START = NOW - timedelta(days=10)  # Tuesday 2028-09-05 18:40 KST
SEED = 20280915
SITES = {
    "M": "목동IDC",
    "D": "대전DR센터",
    "P": "판교오피스",
    "S": "서울PoP(상암)",
    "B": "부산PoP",
    "G": "GCP 서울(asia-northeast3)",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-09")

APP, OEM, ROUTE, PARTNER = "앱서비스팀", "auto-connect", "경로탐색팀", "파트너API팀"
TRAFFIC, ML, MAP, SEARCH = "traffic-data", "교통예측ML팀", "지도플랫폼팀", "search-geo"
OTA, SAFE, SV, DATA = "OTA배포파트", "안전운전DB파트", "streetview-pipe", "data-platform"
INFRA, DBA, NET, CLOUD = "인프라운영팀", "DBA파트", "네트워크팀", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- gateways
    "mgw-app": ("service", APP, "M", "P", ["md1-kw01", "md1-kw02"],
                ["route-front", "poi-search", "geocoder", "revgeo", "fav-svc", "auth-svc", "tts-voice", "trf-layer"],
                {"desc": "누리내비 앱 API 게이트웨이 (iOS/Android)", "product": "Envoy 1.30 + 자체 BFF (Kotlin)",
                 "version": "9.14.2", "pods": 24, "mau": 8700000, "endpoint": "api.nurinavi.co.kr"}),
    "carlink-gw": ("service", OEM, "M", "P", ["md1-kw03"],
                   ["route-front", "poi-search", "revgeo", "ota-mapupd", "tts-voice", "auth-svc"],
                   {"desc": "차량 내장 내비 게이트웨이 (완성차 3사, mTLS)", "product": "자체개발 (Go 1.22)",
                    "version": "4.6.0", "oem_partners": 3, "connected_cars": 1240000, "pods": 12}),
    # ---------------------------------------------------------------- route engines, ETA, partners
    "route-front": ("service", ROUTE, "M", "P", ["md1-kw01", "md1-kw02"], ["rte-ch", "rte-truck", "eta-core"],
                    {"desc": "경로 요청 프론트 (옵션: 추천/최단/무료/고속도로 우선)", "product": "자체개발 (Java 21)",
                     "version": "12.3.1", "pods": 16, "max_rps": 9000}),
    "rte-ch": ("service", ROUTE, "M", "P", ["md1-kw04", "md1-kw05"], ["rc-live-speed", "nas-graph"],
               {"desc": "승용차 경로탐색 엔진 (실시간 소통정보 반영)", "product": "자체개발 (C++20)",
                "algorithm": "Contraction Hierarchies", "graph_version": "KR-2028.09.2", "version": "7.2.0",
                "instances": 10, "graph_nodes": 7920000, "graph_edges": 18630000}),
    "rte-truck": ("service", ROUTE, "M", "P", ["md1-kw05"], ["rc-live-speed", "nas-graph"],
                  {"desc": "화물차 경로탐색 엔진 (높이/중량/위험물 제한)", "product": "자체개발 (C++20)",
                   "algorithm": "Multi-level Dijkstra", "graph_version": "KR-2028.09.2", "version": "3.8.4",
                   "instances": 4, "restrictions": "높이, 중량, 위험물"}),
    "rte-ch-dr": ("service", ROUTE, "D", "P", ["dj2-kw01"], ["kfk-hub-dr"],
                  {"desc": "DR 경로탐색 엔진 (웜 스탠바이)", "product": "자체개발 (C++20)", "version": "7.1.3",
                   "graph_version": "KR-2028.09.1", "instances": 2, "mode": "warm standby"}),
    "eta-core": ("service", ROUTE, "M", "P", ["md1-kw06"], ["rte-ch", "trf-predict", "rc-live-speed"],
                 {"desc": "도착예정시간 계산 (예측 소통정보 반영)", "product": "자체개발 (Rust 1.80)", "version": "5.5.0",
                  "pods": 10, "horizon_min": 120}),
    "eta-partner": ("service", PARTNER, "M", "P", ["md1-kw06"], ["eta-core", "rte-truck", "rc-quota", "apikey-mysql"],
                    {"desc": "파트너 ETA API (배달, 택시, 물류)", "product": "Spring Boot 3.3", "version": "2.19.0",
                     "partners": 41, "rate_limit_rps": 6000, "sla_ms": 300, "endpoint": "eta.nurigil.co.kr"}),
    "partner-portal": ("service", PARTNER, "M", "P", ["md1-kw07"], ["apikey-mysql", "rc-quota"],
                       {"desc": "파트너 개발자 콘솔 (API 키, 사용량, 정산)", "product": "Next.js 14 + Spring Boot 3.3",
                        "version": "1.12.5", "endpoint": "developers.nurigil.co.kr"}),
    # ---------------------------------------------------------------- real-time traffic
    "trf-probe-ingest": ("service", TRAFFIC, "M", "P", ["md1-kw07"], ["kfk-hub", "apn-probe-lte"],
                         {"desc": "프로브 차량 GPS 수집 (택시, 화물차, 앱 프로브)", "product": "자체개발 (Go 1.22)",
                          "version": "6.0.3", "probes": 182000, "interval_s": 10, "topic": "probe.gps.v3"}),
    "trf-its-collector": ("service", TRAFFIC, "M", "P", ["md1-kw07"], ["kfk-hub", "vpn-ex-its", "vpn-topis"],
                          {"desc": "ITS 소통/돌발 정보 수집 (한국도로공사 VDS, 서울시 TOPIS)", "version": "3.4.1",
                           "product": "자체개발 (Java 17)", "feeds": "VDS 5분, 돌발 실시간, TOPIS 링크소통",
                           "topic": "its.link.v2"}),
    "trf-fusion": ("service", TRAFFIC, "M", "P", ["md1-kw08"], ["kfk-hub", "rc-live-speed", "trf-its-collector"],
                   {"desc": "소통정보 융합 (프로브 + ITS → 링크 속도)", "product": "Apache Flink 1.19",
                    "version": "8.1.0", "links": 1460000, "update_s": 60}),
    "trf-layer": ("service", TRAFFIC, "M", "P", ["md1-kw08"], ["trf-fusion", "rc-tile"],
                  {"desc": "실시간 소통 색상 레이어 타일", "product": "자체개발 (Go 1.22)", "version": "2.7.2",
                   "refresh_s": 60}),
    "trf-predict": ("service", ML, "M", "P", ["md1-gpu01", "md1-gpu02"], ["kfk-hub", "rc-live-speed"],
                    {"desc": "소통 예측 추론 (15/30/60분 후 링크 속도)", "product": "Triton Inference Server 24.05",
                     "model": "ST-GNN v5.3", "version": "5.3.0", "horizons_min": "15, 30, 60", "gpus": 16}),
    # ---------------------------------------------------------------- map tiles
    "tile-render": ("service", MAP, "M", "P", ["md1-kw03"], ["gisdb-pri", "rc-tile"],
                    {"desc": "벡터/래스터 지도 타일 렌더링", "product": "Tegola 0.20 + Mapnik 4", "version": "3.9.0",
                     "style_version": "nuri-day-2028.08", "zoom_levels": "0-19"}),
    "tile-api": ("service", MAP, "M", "P", ["md1-kw02"], ["tile-render", "rc-tile"],
                 {"desc": "지도 타일 오리진 API", "product": "자체개발 (Go 1.22)", "version": "4.1.7",
                  "endpoint": "tiles.nurinavi.co.kr", "formats": "MVT, PNG"}),
    "vcache-sel": ("cache", MAP, "S", "P", ["sel-pop-c01"], ["tile-api"],
                   {"engine": "varnish", "version": "7.5.0", "product": "Varnish Cache 7.5", "storage_gb": 1800,
                    "desc": "타일 엣지 캐시 (수도권)", "hit_ratio_target": 0.97}),
    "vcache-bsn": ("cache", MAP, "B", "P", ["bsn-pop-c01"], ["tile-api"],
                   {"engine": "varnish", "version": "7.5.0", "product": "Varnish Cache 7.5", "storage_gb": 1200,
                    "desc": "타일 엣지 캐시 (영남/호남)", "hit_ratio_target": 0.95}),
    # ---------------------------------------------------------------- search, geocoding
    "poi-search": ("service", SEARCH, "M", "P", ["md1-kw03", "md1-kw04"], ["es-poi", "rc-geo"],
                   {"desc": "POI 통합검색 (장소, 업종, 초성 검색)", "product": "자체개발 (Kotlin, Spring Boot 3.3)",
                    "version": "6.8.0", "poi_count": 4830000, "pods": 14}),
    "geocoder": ("service", SEARCH, "M", "P", ["md1-kw04"], ["es-addr", "gisdb-pri", "rc-geo"],
                 {"desc": "주소 → 좌표 (도로명/지번)", "product": "자체개발 (Java 21)", "version": "4.2.2",
                  "address_db": "도로명주소 2028-08", "pods": 6}),
    "revgeo": ("service", SEARCH, "M", "P", ["md1-kw05"], ["gisdb-pri", "rc-geo"],
               {"desc": "좌표 → 주소/행정동 (역지오코딩)", "product": "자체개발 (Rust 1.80)", "version": "2.14.0",
                "pods": 8}),
    # ---------------------------------------------------------------- OTA, safety
    "ota-mapupd": ("service", OTA, "M", "P", ["md1-kw06"], ["ceph-ota", "otadb", "rmq-ota"],
                   {"desc": "완성차 OTA 지도 업데이트 (증분 패키지 배포)", "product": "자체개발 (Java 17)",
                    "version": "3.3.0", "map_release": "2028Q3", "package_format": "NDS.Live", "oem_partners": 3}),
    "job-safecam": ("service", SAFE, "M", "P", ["md1-bat01"], ["safecam-mssql", "ceph-ota", "rmq-ota"],
                    {"desc": "과속/신호 단속카메라 DB 증분 배포", "product": "레거시 (.NET Framework 4.8 + PowerShell)",
                     "version": "2.0.9", "schedule": "매일 21:00", "cameras": 19840,
                     "source": "도로교통공단, 경찰청"}),
    # ---------------------------------------------------------------- street view
    "sv-ingest": ("service", SV, "M", "P", ["md1-kw08"], ["sgw-streetview", "svmeta-pg", "kfk-hub"],
                  {"desc": "로드뷰 촬영 이미지 수집/스티칭", "product": "자체개발 (Python 3.12)", "version": "1.21.0",
                   "capture_vehicles": 38, "images_per_day": 2600000}),
    "sv-blur": ("service", SV, "M", "P", ["md1-gpu03"], ["sgw-streetview", "kfk-hub"],
                {"desc": "로드뷰 얼굴/번호판 블러링", "product": "PyTorch 2.3 (TensorRT)", "model": "YOLOv8-face-plate",
                 "version": "2.5.1"}),
    "sv-viewer": ("service", SV, "M", "P", ["md1-kw07"], ["svmeta-pg", "sgw-streetview"],
                  {"desc": "로드뷰 조회 API", "product": "자체개발 (Node.js 20)", "version": "3.0.4"}),
    # ---------------------------------------------------------------- users
    "fav-svc": ("service", APP, "M", "P", ["md1-kw01"], ["userdb-pri", "rc-user"],
                {"desc": "즐겨찾기/최근 목적지", "product": "Spring Boot 3.3", "version": "4.0.1", "users": 8700000}),
    "auth-svc": ("service", APP, "M", "P", ["md1-kw02"], ["userdb-pri", "rc-user"],
                 {"desc": "사용자/단말 인증 (OAuth2, 차량 VIN 토큰)", "product": "Keycloak 24 + 자체 어댑터",
                  "version": "24.0.5", "token_ttl_h": 24}),
    "push-sender": ("service", APP, "M", "P", ["md1-kw08"], ["kfk-hub", "rc-user"],
                    {"desc": "푸시 발송 (출발 알림, 정체 알림)", "product": "자체개발 (Go 1.22)", "version": "2.3.8",
                     "daily_quota": 12000000}),
    "tts-voice": ("service", APP, "M", "P", ["md1-gpu03"], [],
                  {"desc": "음성 안내 TTS (길안내 멘트 합성)", "product": "FastSpeech2 + HiFi-GAN (Triton)",
                   "version": "3.1.0", "voices": 6}),
    # ---------------------------------------------------------------- batch jobs
    "job-graphbuild": ("service", ROUTE, "M", "P", ["md1-bat01"], ["gisdb-pri", "nas-graph"],
                       {"desc": "도로 네트워크 그래프 컴파일 (CH 전처리)", "product": "자체개발 (C++20) + Airflow",
                        "schedule": "매일 03:00", "version": "7.2.0"}),
    "job-tileprebake": ("service", MAP, "M", "P", ["md1-bat01"], ["tile-render", "gisdb-pri"],
                        {"desc": "지도 타일 사전 렌더링 (변경 영역 z10–16)", "product": "Python 3.12 + Tegola",
                         "schedule": "매일 01:30", "version": "1.6.2"}),
    # ---------------------------------------------------------------- cloud analytics
    "bq-loader": ("service", DATA, "G", "P", ["vm-airflow-prd-1"], ["kfk-hub", "gcs-nuri-analytics"],
                  {"desc": "소통 이력 BigQuery 적재", "product": "Airflow 2.9 (Cloud Composer 호환) + Kafka Connect",
                   "dataset": "nuri_traffic_hist", "schedule": "매일 02:00", "version": "1.4.0"}),
    "trafficml-train": ("service", ML, "G", "P", ["gke-nuri-ana-gpu-l4-0c7e2b19-m2fd"], ["gcs-nuri-analytics"],
                        {"desc": "소통 예측 모델 재학습", "product": "Vertex AI Pipelines + PyTorch 2.3",
                         "schedule": "매일 00:10", "version": "5.3.0"}),
    # ---------------------------------------------------------------- observability
    "loki-log": ("service", INFRA, "M", "P", ["md1-log01"], [],
                 {"desc": "로그 수집", "product": "Grafana Loki 3.0", "retention_days": 21}),
    "prom-mon": ("service", INFRA, "M", "P", ["md1-mon01"], [],
                 {"desc": "메트릭 모니터링", "product": "Prometheus 2.53 + Thanos", "targets": 2140}),
    # ---------------------------------------------------------------- staging, dev, retired
    "route-front-stg": ("service", ROUTE, "P", "S", ["pgy-stg01"], ["gisdb-stg"],
                        {"desc": "경로 요청 프론트 (스테이징)", "version": "12.4.0-rc2"}),
    "mgw-app-stg": ("service", APP, "P", "S", ["pgy-stg01"], ["route-front-stg", "rc-stg"],
                    {"desc": "앱 게이트웨이 (스테이징)", "version": "9.15.0-rc1"}),
    "trf-fusion-stg": ("service", TRAFFIC, "P", "S", ["pgy-stg01"], ["rc-stg"],
                       {"desc": "소통정보 융합 (스테이징, 리플레이 데이터)", "version": "8.2.0-rc1"}),
    "poi-search-dev": ("service", SEARCH, "P", "D", ["pgy-dev01"], [],
                       {"desc": "POI 검색 (개발)", "version": "6.9.0-SNAPSHOT"}),
    "tile-render-dev": ("service", MAP, "P", "D", ["pgy-dev01"], ["gisdb-stg"],
                        {"desc": "타일 렌더링 (개발, 야간 스타일)", "version": "4.0.0-SNAPSHOT"}),
    "mapapi-v1": ("service", MAP, "M", "P", [], [],
                  {"desc": "구 지도 API v1 (2027년 tile-api로 대체)", "version": "1.9.22", "decommissioned": "2027-06-30"}),
    # ---------------------------------------------------------------- databases
    "gisdb-pri": ("database", DBA, "M", "P", ["md1-pgs01"], [],
                  {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16 + PostGIS 3.4", "port": 5432,
                   "size_tb": 7.4, "wal_volume_gb": 400, "replication": "streaming (slot)",
                   "desc": "지도 원천 DB (도로, 건물, 행정경계)"}),
    "gisdb-dr": ("database", DBA, "D", "P", ["dj2-pgs01"], ["gisdb-pri"],
                 {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16 + PostGIS 3.4", "port": 5432,
                  "role": "hot standby", "desc": "지도 원천 DB DR 스탠바이"}),
    "userdb-pri": ("database", DBA, "M", "P", ["md1-pgs02"], [],
                   {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16", "port": 5432,
                    "size_tb": 2.1, "max_connections": 2500, "pooler": "PgBouncer 1.22",
                    "desc": "사용자/즐겨찾기/주행이력 DB"}),
    "userdb-dr": ("database", DBA, "D", "P", ["dj2-pgs01"], ["userdb-pri"],
                  {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16", "port": 5433,
                   "role": "hot standby", "desc": "사용자 DB DR 스탠바이"}),
    "svmeta-pg": ("database", DBA, "M", "P", ["md1-pgs03"], [],
                  {"engine": "postgresql", "version": "15.8", "product": "PostgreSQL 15 + PostGIS 3.3", "port": 5432,
                   "size_tb": 3.3, "desc": "로드뷰 촬영 메타 (위치, 방위각, 촬영일)"}),
    "otadb": ("database", DBA, "M", "P", ["md1-my01"], [],
              {"engine": "mysql", "version": "8.0.39", "product": "MySQL 8.0 Community", "port": 3306,
               "desc": "OTA 패키지/차량 배포 이력"}),
    "apikey-mysql": ("database", DBA, "M", "P", ["md1-my01"], [],
                     {"engine": "mysql", "version": "8.0.39", "product": "MySQL 8.0 Community", "port": 3307,
                      "max_connections": 1500, "desc": "파트너 API 키/요금제"}),
    "safecam-mssql": ("database", SAFE, "M", "P", ["md1-ms01"], [],
                      {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Standard CU14",
                       "port": 1433, "desc": "단속카메라/위험구간 DB"}),
    "es-poi": ("database", SEARCH, "M", "P", ["md1-es01", "md1-es02"], [],
               {"engine": "elasticsearch", "version": "8.14.3", "product": "Elasticsearch 8.14", "nodes": 2,
                "shards": 24, "heap_gb": 31, "analyzer": "nori + 동의어 사전", "desc": "POI 검색 인덱스"}),
    "es-addr": ("database", SEARCH, "M", "P", ["md1-es03"], [],
                {"engine": "elasticsearch", "version": "8.14.3", "product": "Elasticsearch 8.14", "nodes": 1,
                 "shards": 8, "heap_gb": 24, "desc": "주소 검색 인덱스 (도로명/지번)"}),
    "gisdb-stg": ("database", DBA, "P", "S", ["pgy-stg01"], [],
                  {"engine": "postgresql", "version": "16.4", "product": "PostgreSQL 16 + PostGIS 3.4", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "rc-live-speed": ("cache", TRAFFIC, "M", "P", ["md1-rds01"], [],
                      {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 48, "maxmemory_policy": "allkeys-lru",
                       "port": 6379, "desc": "실시간 링크 속도 (1분 갱신)"}),
    "rc-quota": ("cache", PARTNER, "M", "P", ["md1-rds01"], [],
                 {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                  "port": 6380, "desc": "파트너 API 쿼터 카운터"}),
    "rc-geo": ("cache", SEARCH, "M", "P", ["md1-rds02"], [],
               {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 24, "maxmemory_policy": "volatile-lru",
                "port": 6379, "desc": "검색/지오코딩 결과 캐시"}),
    "rc-user": ("cache", APP, "M", "P", ["md1-rds02"], [],
                {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 16, "maxmemory_policy": "volatile-lru",
                 "port": 6380, "desc": "세션/즐겨찾기 캐시"}),
    "rc-tile": ("cache", MAP, "M", "P", ["md1-rds02"], [],
                {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 48, "maxmemory_policy": "allkeys-lfu",
                 "port": 6381, "desc": "타일/소통 레이어 캐시"}),
    "rc-stg": ("cache", APP, "P", "S", ["pgy-stg01"], [],
               {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 4, "port": 6379}),
    "kfk-hub": ("queue", DATA, "M", "P", ["md1-kfk01", "md1-kfk02", "md1-kfk03"], [],
                {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 3, "topics": 64, "partitions": 768,
                 "retention_h": 72, "port": 9093, "desc": "이벤트 허브 (프로브, ITS, 로드뷰, 푸시)"}),
    "kfk-hub-dr": ("queue", DATA, "D", "P", ["dj2-kfk01"], ["kfk-hub"],
                   {"product": "Apache Kafka 3.7.1 (KRaft) + MirrorMaker 2", "brokers": 1, "port": 9093,
                    "desc": "DR 미러 (소통/프로브 토픽)"}),
    "rmq-ota": ("queue", OTA, "M", "P", ["md1-kw06"], [],
                {"product": "RabbitMQ 3.13.6", "port": 5672, "queues": 22, "vhost": "/ota",
                 "desc": "OTA 배포 작업 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "vip-app": ("M", NET, ["mgw-app"],
                {"vendor": "F5", "model": "BIG-IP r5900", "vip": "10.40.0.10", "firmware": "17.1.1",
                 "endpoint": "api.nurinavi.co.kr", "cert_expiry": "2029-03-02", "cert_issuer": "DigiCert (자동 갱신)"}),
    "vip-carlink": ("M", NET, ["carlink-gw"],
                    {"vendor": "F5", "model": "BIG-IP r5900", "vip": "10.40.0.20", "firmware": "17.1.1",
                     "endpoint": "carlink.nurigil.co.kr", "cert_expiry": "2028-09-24",
                     "cert_issuer": "사설 CA (완성차 3사 교차 인증, 수동 갱신)", "tls": "mTLS"}),
    "vip-partner": ("M", NET, ["eta-partner", "partner-portal"],
                    {"vendor": "F5", "model": "BIG-IP r2800", "vip": "10.40.0.30", "firmware": "17.1.1",
                     "endpoint": "eta.nurigil.co.kr", "cert_expiry": "2029-01-15"}),
    "vip-tiles": ("S", NET, ["vcache-sel", "vcache-bsn"],
                  {"vendor": "NS1", "model": "GSLB (DNS)", "endpoint": "tiles.nurinavi.co.kr",
                   "policy": "geo + health", "ttl_s": 30}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "ceph-ota": ("M", INFRA, {"vendor": "Red Hat", "model": "Ceph Storage 7 (RGW, 12 OSD nodes)", "capacity_tb": 960,
                              "osds": 144, "desc": "OTA 지도 패키지/단속카메라 증분 오브젝트"}, []),
    "sgw-streetview": ("M", SV, {"vendor": "NetApp", "model": "StorageGRID SG6060", "capacity_tb": 4200,
                                "desc": "로드뷰 원본/블러 이미지"}, ["md1-gpu03", "md1-kw08"]),
    "nas-graph": ("M", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.14.1P6", "capacity_tb": 180,
                               "protocol": "NFS v4.1", "desc": "도로 그래프/CH 전처리 산출물"},
                  ["md1-bat01", "md1-kw04", "md1-kw05"]),
    "pure-md1": ("M", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 210,
                              "desc": "DB 블록 스토리지"},
                 ["md1-pgs01", "md1-pgs02", "md1-pgs03", "md1-my01", "md1-ms01"]),
    "dd-backup-md1": ("M", INFRA, {"vendor": "Dell", "model": "PowerProtect DD9900", "capacity_tb": 768,
                                   "desc": "백업 (DB, 그래프 스냅샷)"}, []),
    "gcs-nuri-analytics": ("G", CLOUD, {"vendor": "Google Cloud", "model": "Cloud Storage (Standard)",
                                        "region": "asia-northeast3", "desc": "소통 이력/학습 데이터"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 목동IDC hall 1: k8s workers (bare metal)
    **{f"md1-kw0{i}": ("M", "P", "k8s", {"role": f"k8s 워커 #{i} (nuri-prd)", "rack": f"MD1-K0{(i + 1) // 2} U{10 + 2 * i}"})
       for i in range(1, 9)},
    # GPU
    "md1-gpu01": ("M", "P", "gpu", {"role": "GPU 추론 (소통 예측)", "gpu": "NVIDIA A100 80GB x8", "rack": "MD1-G01 U04"}),
    "md1-gpu02": ("M", "P", "gpu", {"role": "GPU 추론 (소통 예측)", "gpu": "NVIDIA A100 80GB x8", "rack": "MD1-G01 U12"}),
    "md1-gpu03": ("M", "P", "gpu", {"role": "GPU (TTS, 로드뷰 블러)", "gpu": "NVIDIA L40S x4", "rack": "MD1-G02 U04"}),
    # databases, search, cache, kafka
    "md1-pgs01": ("M", "P", "db", {"role": "PostgreSQL gisdb-pri", "rack": "MD1-D03 U08"}),
    "md1-pgs02": ("M", "P", "db", {"role": "PostgreSQL userdb-pri", "rack": "MD1-D03 U12"}),
    "md1-pgs03": ("M", "P", "db", {"role": "PostgreSQL svmeta-pg", "rack": "MD1-D03 U16"}),
    "md1-my01": ("M", "P", "db", {"role": "MySQL (OTA, 파트너 키)", "rack": "MD1-D04 U08"}),
    "md1-ms01": ("M", "P", "win", {"role": "MS-SQL 단속카메라 DB", "rack": "MD1-D04 U14"}),
    "md1-es01": ("M", "P", "db", {"role": "Elasticsearch es-poi node 1", "rack": "MD1-S01 U06"}),
    "md1-es02": ("M", "P", "db", {"role": "Elasticsearch es-poi node 2", "rack": "MD1-S01 U10"}),
    "md1-es03": ("M", "P", "db", {"role": "Elasticsearch es-addr", "rack": "MD1-S01 U14"}),
    "md1-rds01": ("M", "P", "db", {"role": "Redis (실시간 속도, 쿼터)", "rack": "MD1-C02 U05"}),
    "md1-rds02": ("M", "P", "db", {"role": "Redis (지오, 사용자, 타일)", "rack": "MD1-C02 U07"}),
    "md1-kfk01": ("M", "P", "db", {"role": "Kafka broker 1", "rack": "MD1-Q01 U04"}),
    "md1-kfk02": ("M", "P", "db", {"role": "Kafka broker 2", "rack": "MD1-Q01 U08"}),
    "md1-kfk03": ("M", "P", "db", {"role": "Kafka broker 3", "rack": "MD1-Q01 U12"}),
    # 목동IDC VMs
    "md1-bat01": ("M", "P", "vm", {"role": "배치 (그래프 빌드, 타일 프리베이크, 단속카메라)"}),
    "md1-log01": ("M", "P", "vm", {"role": "로그 수집 (Loki)"}),
    "md1-mon01": ("M", "P", "vm", {"role": "모니터링 (Prometheus)"}),
    # 대전DR센터
    "dj2-pgs01": ("D", "P", "db", {"role": "PostgreSQL DR 스탠바이 (gisdb, userdb)", "rack": "DJ2-R05 U10"}),
    "dj2-kw01": ("D", "P", "k8s", {"role": "k8s 워커 (DR 경로엔진)", "rack": "DJ2-R02 U08"}),
    "dj2-kfk01": ("D", "P", "db", {"role": "Kafka DR 미러", "rack": "DJ2-R03 U04"}),
    # PoPs
    "sel-pop-c01": ("S", "P", "pop", {"role": "Varnish 타일 엣지 (서울)", "rack": "SAM-E07 U20"}),
    "bsn-pop-c01": ("B", "P", "pop", {"role": "Varnish 타일 엣지 (부산)", "rack": "BSN-B02 U11"}),
    # 판교오피스
    "pgy-stg01": ("P", "S", "vm", {"role": "스테이징 공용"}),
    "pgy-dev01": ("P", "D", "vm", {"role": "개발 공용"}),
    # GCP
    "vm-airflow-prd-1": ("G", "P", "gce", {"role": "Airflow (BigQuery 적재)", "machine_type": "n2-standard-8",
                                           "zone": "asia-northeast3-a"}),
    "gke-nuri-ana-pool-a-5d1c9e2f-x8qp": ("G", "P", "gke", {"role": "GKE 노드 (분석)", "machine_type": "n2-standard-16",
                                                            "zone": "asia-northeast3-b", "nodepool": "pool-a"}),
    "gke-nuri-ana-gpu-l4-0c7e2b19-m2fd": ("G", "P", "gke", {"role": "GKE GPU 노드 (모델 학습)",
                                                            "machine_type": "g2-standard-24", "gpu": "NVIDIA L4 x2",
                                                            "zone": "asia-northeast3-a", "nodepool": "gpu-l4"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "md1-core01": ("M", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "md1-fw01": ("M", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5445", "firmware": "PAN-OS 11.1.4"}),
    "vpn-ex-its": ("M", {"device": "IPsec tunnel", "vendor": "Palo Alto", "model": "IKEv2 site-to-site",
                         "peer": "한국도로공사 ITS센터", "circuit": "EX-ITS-0417", "desc": "고속도로 VDS/돌발 정보"}),
    "vpn-topis": ("M", {"device": "IPsec tunnel", "vendor": "Palo Alto", "model": "IKEv2 site-to-site",
                        "peer": "서울시 TOPIS", "circuit": "SEOUL-TOPIS-0092", "desc": "서울시 도시부 소통정보"}),
    "apn-probe-lte": ("M", {"device": "LTE APN", "vendor": "LG U+", "model": "전용 APN (M2M)",
                            "circuit": "LGU-APN-NURI01", "desc": "택시/화물차 프로브 단말 회선", "sims": 64000}),
    "wan-md1-dj2": ("D", {"device": "WAN link", "vendor": "KT", "model": "전용회선 10Gbps", "circuit": "KT-DJ-5520-1187",
                          "desc": "목동IDC ↔ 대전DR센터"}),
    "sel-pop-rt01": ("S", {"device": "edge router", "vendor": "Juniper", "model": "MX204", "firmware": "Junos 23.2R2"}),
    "bsn-pop-rt01": ("B", {"device": "edge router", "vendor": "Juniper", "model": "MX204", "firmware": "Junos 23.2R2"}),
    "gcp-ic-md1": ("M", {"device": "Cloud Interconnect", "vendor": "Google Cloud", "model": "Partner Interconnect 5Gbps",
                         "circuit": "ic-nuri-md1-a", "desc": "목동IDC ↔ GCP 서울"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("vpn-ex-its", "md1-fw01"),
    ("vpn-topis", "md1-fw01"),
    ("apn-probe-lte", "md1-fw01"),
    ("md1-fw01", "md1-core01"),
    ("wan-md1-dj2", "md1-core01"),
    ("sel-pop-rt01", "md1-core01"),
    ("bsn-pop-rt01", "md1-core01"),
    ("gcp-ic-md1", "md1-core01"),
    ("vip-app", "md1-fw01"),
    ("vip-carlink", "md1-fw01"),
    ("vip-partner", "md1-fw01"),
    ("sel-pop-c01", "sel-pop-rt01"),
    ("bsn-pop-c01", "bsn-pop-rt01"),
]
# fmt: on
STATUS = {"pgy-dev01": "maintenance", "mgw-app-stg": "maintenance", "mapapi-v1": "retired"}
NET_PREFIX = {"M": "10.40", "D": "10.60", "P": "10.10", "S": "10.80", "B": "10.81", "G": "10.90"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "N1",
        "kind": "cache_maxmemory_eviction",
        "root": "rc-live-speed",
        "description": "in Wednesday's evening rush the live link-speed cache rc-live-speed (maxmemory lowered from"
        " 48 GB to 32 GB on Tuesday night) reaches maxmemory and evicts live speeds: rte-ch (7.2.0 deployed at"
        " 17:40, loudest) misses speeds and reloads link profiles, eta-core and route-front time out, until"
        " maxmemory is restored",
        "start": kst(6, 18, 5),
        "end": kst(6, 19, 0),
        "affected": ["rc-live-speed", "rte-ch", "eta-core", "route-front"],
    },
    {
        "id": "N2",
        "kind": "gpu_thermal_throttling",
        "root": "md1-gpu02",
        "description": "at last Friday's lunch delivery peak a fan module of the GPU host md1-gpu02 fails and its"
        " A100s throttle (HW slowdown): trf-predict (model 5.3.0 deployed at 11:20, loudest) inference stalls,"
        " eta-core and the partner ETA API eta-partner time out, until the host is drained",
        "start": kst(8, 11, 50),
        "end": kst(8, 12, 45),
        "affected": ["md1-gpu02", "trf-predict", "eta-core", "eta-partner"],
    },
    {
        "id": "N3",
        "kind": "wal_volume_full",
        "root": "gisdb-pri",
        "description": "on Saturday afternoon the replication slot of the DR standby gisdb-dr (stopped during the"
        " morning WAN work) keeps WAL on gisdb-pri until its WAL volume fills and checkpoints stall: revgeo"
        " (deployed at 13:55, loudest), geocoder and tile-render slow down and fail, until the slot is dropped",
        "start": kst(9, 14, 20),
        "end": kst(9, 15, 15),
        "affected": ["gisdb-pri", "revgeo", "geocoder", "tile-render"],
    },
    {
        "id": "N4",
        "kind": "ipsec_tunnel_flap",
        "root": "vpn-ex-its",
        "description": "in the Sunday afternoon return traffic the IPsec tunnel vpn-ex-its to the expressway ITS"
        " centre flaps after the peer's firmware upgrade (IKE rekey failures): trf-its-collector (hotfix at 16:05,"
        " loudest) loses the VDS and incident feeds, trf-fusion and the traffic colour layer trf-layer go stale,"
        " until the peer rolls back its IKE proposal",
        "start": kst(10, 16, 20),
        "end": kst(10, 17, 15),
        "affected": ["vpn-ex-its", "trf-its-collector", "trf-fusion", "trf-layer"],
    },
    {
        "id": "N5",
        "kind": "kafka_isr_shrink",
        "root": "kfk-hub",
        "description": "in Monday's morning rush the weekly partition rebalance on kfk-hub saturates replication,"
        " the ISR shrinks and acks=all produce requests time out: trf-probe-ingest (deployed at 07:25, loudest)"
        " drops probe points, trf-fusion lags and push-sender's congestion alerts fail, until the reassignment is"
        " throttled",
        "start": kst(11, 7, 45),
        "end": kst(11, 8, 40),
        "affected": ["kfk-hub", "trf-probe-ingest", "trf-fusion", "push-sender"],
    },
    {
        "id": "N6",
        "kind": "ceph_osd_recovery",
        "root": "ceph-ota",
        "description": "on Wednesday evening, during a carmaker's OTA campaign, an OSD of ceph-ota fails and the"
        " recovery backfill slows every RGW GET and PUT: ota-mapupd (deployed at 20:50, loudest) fails package"
        " downloads, job-safecam cannot upload the speed-camera delta and carlink-gw times out, until recovery is"
        " throttled",
        "start": kst(13, 21, 10),
        "end": kst(13, 22, 5),
        "affected": ["ceph-ota", "ota-mapupd", "job-safecam", "carlink-gw"],
    },
    {
        "id": "N7",
        "kind": "search_heap_pressure",
        "root": "es-poi",
        "description": "in the Friday evening rush a synonym dictionary reload on es-poi (17:45) rebuilds the"
        " analyzers and blows the heap, old-gen GC storms: poi-search (deployed at 17:30, loudest) times out"
        " destination searches, mgw-app and carlink-gw fail (ongoing)",
        "start": kst(15, 17, 55),
        "end": None,
        "affected": ["es-poi", "poi-search", "mgw-app", "carlink-gw"],
    },
]
N1, N2, N3, N4, N5, N6, N7 = INCIDENTS


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

HOST_OWNER = {
    "k8s": INFRA,
    "gpu": ML,
    "db": DBA,
    "win": DBA,
    "vm": INFRA,
    "pop": NET,
    "gce": CLOUD,
    "gke": CLOUD,
}


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
        owner = HOST_OWNER[kind]
        if h.startswith(("md1-kfk", "dj2-kfk")):
            owner = DATA
        if h.startswith("md1-es"):
            owner = SEARCH
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 50, 'D': 70}[env]) + i // 10}.{11 + (i * 37) % 230}"
        }
        if kind in ("k8s", "db"):
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "Ubuntu 22.04 LTS"]), "cores": rng.choice([48, 64, 96]),
                      "mem_gb": rng.choice([256, 384, 512]), "model": rng.choice(["Dell PowerEdge R760",
                                                                                   "Lenovo ThinkSystem SR650 V3"]),
                      "serial": f"{rng.choice(['J7Q', 'CZ2', 'MXL'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if kind == "k8s":
                attrs |= {"cluster": "nuri-prd-md1" if site == "M" else "nuri-dr-dj2", "kubelet": "1.30.4"}
        elif kind == "gpu":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 128, "mem_gb": 2048, "model": "Supermicro SYS-421GE-TNRT",
                      "driver": "NVIDIA 550.90.07", "cuda": "12.4",
                      "serial": f"SM{rng.randint(10000000, 99999999)}"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": 32, "mem_gb": 256, "model": "Dell PowerEdge R760",
                      "serial": f"CZ2{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "Ubuntu 22.04 LTS"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "OpenStack 2024.1 (KVM)"}  # fmt: skip
        elif kind == "pop":
            attrs |= {"os": "Debian 12", "cores": 32, "mem_gb": 512, "model": "Dell PowerEdge R660",
                      "nvme_tb": 15.4}  # fmt: skip
        else:  # GCP
            attrs |= {"os": "Container-Optimized OS 113" if kind == "gke" else "Debian 12",
                      "project": "nuri-analytics-prd"}  # fmt: skip
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


def _drive(ts: datetime) -> float:
    """Navigation use (drivers on the road): weekday commutes 07:30–09:00 and 18:00–19:30, a small lunch bump, the
    Friday evening weekend departures; weekends a late-morning outing and the afternoon return (Sunday the
    stronger)."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.16 * _bump(h, 14, 5)
    if wd < 5:
        v += 0.55 * _bump(h, 8.1, 0.9) + 0.14 * _bump(h, 12.5, 1.0) + 0.56 * _bump(h, 18.6, 1.1)
        if wd == 4:
            v += 0.16 * _bump(h, 19.6, 1.6)
    else:
        v += 0.42 * _bump(h, 11.0, 2.0) + (0.5 if wd == 6 else 0.32) * _bump(h, 17.0, 2.2)
    return max(0.05, min(1.0, v))


def _delivery(ts: datetime) -> float:
    """Partner ETA calls (delivery, taxi): lunch and dinner peaks, weekends a little higher."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.55 * _bump(h, 12.1, 1.0) + 0.6 * _bump(h, 18.8, 1.4) + 0.08 * _bump(h, 23, 2)
    if wd >= 5:
        v += 0.1
    return max(0.05, min(1.0, v))


def _probe(ts: datetime) -> float:
    """Probe vehicles reporting: taxis all day and night, plus the drivers."""
    return 0.25 + 0.7 * _drive(ts)


def _ota(ts: datetime) -> float:
    """OTA downloads follow cars on the road, with the carmakers' evening campaigns (Wednesday the big one)."""
    loc, h = _local(ts), seoul_hour(ts)
    v = 0.1 + 0.55 * _drive(ts) + 0.15 * _bump(h, 21.5, 1.2)
    if loc.day == 13 and 20.5 <= h < 23.5:
        v += 0.3
    return max(0.05, min(1.0, v))


def _night(ts: datetime) -> float:
    """The nightly jobs: tile prebake 01:30, graph build 03:00, model training and the BigQuery load."""
    h = seoul_hour(ts)
    return 0.85 if 1 <= h < 5 else 0.15


def _streetview(ts: datetime) -> float:
    """Street view: capture vehicles unload in the evening, blurring runs into the night."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.2 + (0.6 if wd < 5 and (h >= 19 or h < 1) else 0) + 0.15 * _bump(h, 11, 3)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 9 <= h < 19 else 0) * (0.75 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


DRIVE = {
    "mgw-app", "carlink-gw", "route-front", "rte-ch", "rte-truck", "eta-core", "rc-live-speed", "trf-fusion",
    "trf-layer", "trf-predict", "tile-render", "tile-api", "vcache-sel", "vcache-bsn", "poi-search", "geocoder",
    "revgeo", "fav-svc", "auth-svc", "push-sender", "tts-voice", "es-poi", "es-addr", "gisdb-pri", "userdb-pri",
    "rc-geo", "rc-user", "rc-tile", "kfk-hub", "vip-app", "vip-carlink", "vip-tiles", "md1-kw01", "md1-kw02",
    "md1-kw03", "md1-kw04", "md1-kw05", "md1-kw08", "md1-gpu01", "md1-gpu02", "md1-gpu03", "md1-pgs01", "md1-pgs02",
    "md1-es01", "md1-es02", "md1-es03", "md1-rds01", "md1-rds02", "md1-kfk01", "md1-kfk02", "md1-kfk03",
    "sel-pop-c01", "bsn-pop-c01", "md1-core01", "md1-fw01", "sel-pop-rt01", "bsn-pop-rt01", "loki-log",
    "md1-log01", "vpn-topis", "vpn-ex-its", "trf-its-collector",
}  # fmt: skip
DELIVERY = {"eta-partner", "rc-quota", "vip-partner", "md1-kw06", "apikey-mysql", "md1-my01"}
PROBE = {"trf-probe-ingest", "apn-probe-lte", "md1-kw07"}
OTA_SIDE = {"ota-mapupd", "ceph-ota", "otadb", "rmq-ota"}
NIGHT = {"job-graphbuild", "job-tileprebake", "bq-loader", "trafficml-train", "md1-bat01", "vm-airflow-prd-1",
         "gke-nuri-ana-gpu-l4-0c7e2b19-m2fd", "gke-nuri-ana-pool-a-5d1c9e2f-x8qp", "nas-graph", "dd-backup-md1",
         "gcs-nuri-analytics", "gcp-ic-md1", "pure-md1"}  # fmt: skip
STREETVIEW = {"sv-ingest", "sv-blur", "sv-viewer", "svmeta-pg", "sgw-streetview", "md1-pgs03"}
OFFICE = {"partner-portal", "prom-mon", "md1-mon01", "safecam-mssql", "md1-ms01", "job-safecam"}


def _load(name: str):
    for group, shape in (
        (DRIVE, _drive),
        (DELIVERY, _delivery),
        (PROBE, _probe),
        (OTA_SIDE, _ota),
        (NIGHT, _night),
        (STREETVIEW, _streetview),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "N1": {0: (5.0, 6.0), 1: (4.0, 12.0), 2: (2.2, 7.0)},
    "N2": {1: (7.0, 10.0), 2: (3.0, 9.0), 3: (2.0, 6.5)},
    "N3": {0: (8.0, 3.5), 1: (4.0, 11.0), 2: (2.0, 6.0)},
    "N4": {1: (3.0, 14.0), 2: (1.8, 7.5), 3: (1.5, 5.0)},
    "N5": {0: (9.0, 4.5), 1: (3.5, 12.0), 2: (2.0, 6.0)},
    "N6": {1: (4.0, 13.0), 2: (2.2, 7.0)},
    "N7": {0: (12.0, 6.5), 1: (5.0, 13.0), 2: (2.2, 7.5)},
}
EFFECT_OVERRIDE = {
    ("N1", "rte-ch"): (5.5, 26.0),
    ("N2", "trf-predict"): (8.0, 31.0),
    ("N3", "revgeo"): (5.0, 28.0),
    ("N4", "trf-its-collector"): (3.4, 35.0),
    ("N5", "trf-probe-ingest"): (4.5, 30.0),
    ("N6", "ota-mapupd"): (5.2, 33.0),
    ("N6", "job-safecam"): (3.0, 18.0),
    ("N7", "poi-search"): (6.5, 32.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "md1-pgs01", "md1-pgs02", "md1-pgs03", "md1-my01", "md1-ms01", "md1-es01", "md1-es02", "md1-es03",
    "md1-kfk01", "md1-kfk02", "md1-kfk03", "md1-log01", "md1-bat01", "dj2-pgs01", "dj2-kfk01", "sel-pop-c01",
    "bsn-pop-c01", "vm-airflow-prd-1",
}  # fmt: skip
GPU_HOSTS = {"md1-gpu01": 38.0, "md1-gpu02": 36.0, "md1-gpu03": 30.0}
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "md1-log01":  # Loki chunks creep up
        disk0, growth = 64.2, 1.5
    if name == "md1-pgs01":  # the WAL volume is on the data disk
        disk0, growth = 52.0, 0.05
    load = _load(name)
    for ts, d, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "md1-gpu02":  # the failed fan: throttled clocks, the CPU spins on stalled batches
            cpu += 34 * ramp(ts, N2["start"], N2["end"], rise=5, fall=10)
            mem += 12 * ramp(ts, N2["start"], N2["end"], rise=10, fall=10)
        if name == "md1-pgs01":  # WAL retained by the dead slot from the morning, then the volume fills
            disk += 41 * ramp(ts, N3["start"] - timedelta(minutes=40), N3["end"], rise=45, fall=15)
            cpu += 20 * ramp(ts, N3["start"], N3["end"], rise=5, fall=10)
        if name in ("md1-es01", "md1-es02"):  # GC storms
            cpu += 38 * ramp(ts, N7["start"], N7["end"], rise=10)
        if name in ("md1-kfk01", "md1-kfk02", "md1-kfk03"):  # replication traffic of the reassignment
            cpu += 26 * ramp(ts, N5["start"], N5["end"], rise=5, fall=10)
        if name == "pgy-dev01":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        if name in GPU_HOSTS:
            gpu = GPU_HOSTS[name] + 48 * d + rng.gauss(0, 1.5)
            if name == "md1-gpu02":
                gpu += (99.0 + rng.gauss(0, 0.3) - gpu) * ramp(ts, N2["start"], N2["end"], rise=5, fall=10)
            row["gpu_usage"] = round(max(0.5, min(gpu, 100.0)), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"vpn-ex-its": 6.8, "vpn-topis": 3.1, "apn-probe-lte": 38.0, "wan-md1-dj2": 3.6, "gcp-ic-md1": 1.7,
            "sel-pop-rt01": 0.9, "bsn-pop-rt01": 8.4}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "vpn-ex-its":  # the flapping tunnel
            r = ramp(ts, N4["start"], N4["end"], rise=5, fall=10)
            rtt *= 1 + 7.5 * r * (1 + rng.gauss(0, 0.1))
            loss += 21 * r * (1 + rng.gauss(0, 0.1))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"ceph-ota": (57, 58), "sgw-streetview": (71, 72), "dd-backup-md1": (58, 60)}.get(name, (30, 50))
    per_day = 0.3 if name == "sgw-streetview" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.9) if name == "pure-md1" else rng.uniform(1.8, 4.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-backup-md1" and 1 <= seoul_hour(ts) < 4:  # the nightly backups
            lat *= 1.7
        if name == "ceph-ota":  # OSD down: degraded PGs, recovery backfill
            lat *= 1 + 14 * ramp(ts, N6["start"], N6["end"], rise=5, fall=10) * (1 + rng.gauss(0, 0.08))
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "mgw-app": 120.0, "carlink-gw": 140.0, "route-front": 95.0, "rte-ch": 38.0, "rte-truck": 64.0, "rte-ch-dr": 41.0,
    "eta-core": 55.0, "eta-partner": 110.0, "partner-portal": 260.0, "trf-probe-ingest": 9.0,
    "trf-its-collector": 180.0, "trf-fusion": 420.0, "trf-layer": 75.0, "trf-predict": 48.0, "tile-render": 310.0,
    "tile-api": 22.0, "poi-search": 85.0, "geocoder": 46.0, "revgeo": 12.0, "ota-mapupd": 640.0,
    "job-safecam": 460.0, "sv-ingest": 520.0, "sv-blur": 380.0, "sv-viewer": 160.0, "fav-svc": 35.0,
    "auth-svc": 28.0, "push-sender": 24.0, "tts-voice": 140.0, "job-graphbuild": 680.0, "job-tileprebake": 590.0,
    "bq-loader": 610.0, "trafficml-train": 540.0, "loki-log": 60.0, "prom-mon": 45.0,
    "gisdb-pri": 4.2, "gisdb-dr": 4.8, "userdb-pri": 1.8, "userdb-dr": 2.1, "svmeta-pg": 3.3, "otadb": 2.2,
    "apikey-mysql": 1.4, "safecam-mssql": 3.6, "es-poi": 14.0, "es-addr": 11.0,
    "rc-live-speed": 0.38, "rc-quota": 0.21, "rc-geo": 0.44, "rc-user": 0.31, "rc-tile": 0.62,
    "vcache-sel": 2.4, "vcache-bsn": 2.9,
    "kfk-hub": 3.4, "kfk-hub-dr": 4.1, "rmq-ota": 2.6,
    "vip-app": 0.9, "vip-carlink": 1.3, "vip-partner": 0.8, "vip-tiles": 1.6,
}  # fmt: skip
REQUEST_RATE = {
    "mgw-app": 14800.0, "carlink-gw": 6200.0, "route-front": 5400.0, "rte-ch": 4700.0, "rte-truck": 620.0,
    "eta-core": 7800.0, "eta-partner": 3900.0, "partner-portal": 40.0, "trf-probe-ingest": 18200.0,
    "trf-its-collector": 950.0, "trf-fusion": 24000.0, "trf-layer": 2600.0, "trf-predict": 3300.0,
    "tile-render": 860.0, "tile-api": 11500.0, "vcache-sel": 68000.0, "vcache-bsn": 27000.0, "poi-search": 5200.0,
    "geocoder": 1900.0, "revgeo": 8600.0, "ota-mapupd": 240.0, "sv-viewer": 730.0, "fav-svc": 2300.0,
    "auth-svc": 3100.0, "push-sender": 1600.0, "tts-voice": 4100.0,
    "gisdb-pri": 21000.0, "userdb-pri": 9800.0, "es-poi": 7400.0, "es-addr": 2100.0, "apikey-mysql": 4200.0,
    "rc-live-speed": 96000.0, "rc-quota": 8200.0, "rc-geo": 31000.0, "rc-user": 12500.0, "rc-tile": 44000.0,
    "kfk-hub": 52000.0, "rmq-ota": 310.0, "vip-app": 15200.0, "vip-carlink": 6400.0, "vip-partner": 3950.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search heap: (level, swing with load)
    "rc-live-speed": (61.0, 9.0), "rc-quota": (34.0, 6.0), "rc-geo": (52.0, 7.0), "rc-user": (47.0, 6.0),
    "rc-tile": (66.0, 8.0), "kfk-hub": (44.0, 8.0), "rmq-ota": (29.0, 7.0), "es-poi": (58.0, 9.0),
    "es-addr": (51.0, 6.0),
}  # fmt: skip
CPU_DB = {
    "gisdb-pri": (22.0, 34.0),
    "userdb-pri": (15.0, 30.0),
    "es-poi": (20.0, 36.0),
    "es-addr": (14.0, 24.0),
}
BATCH_HOURS = {"job-tileprebake": (1.5, 3.6), "job-graphbuild": (3.0, 4.2), "bq-loader": (2.0, 3.0),
               "trafficml-train": (0.2, 5.6), "job-safecam": (21.0, 21.3)}  # fmt: skip


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
            if inc is N5 and name in ("trf-probe-ingest", "kfk-hub"):
                req *= 1 - 0.5 * r  # produce requests time out
            if inc is N7 and name == "poi-search":
                req *= 1 + 0.35 * r  # app retries
            if inc is N1 and name == "rc-live-speed":
                req *= 1 + 0.6 * r  # misses re-read
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
            if name == "rc-live-speed":  # maxmemory lowered on Tuesday night: pinned at the limit in the rush
                mem += (99.2 + rng.gauss(0, 0.2) - mem) * ramp(ts, N1["start"] - timedelta(minutes=10), N1["end"],
                                                                rise=15, fall=10)  # fmt: skip
            if name == "es-poi":  # analyzers rebuilt with the new synonyms: heap full
                mem += (95.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, N7["start"] - timedelta(minutes=5), N7["end"],
                                                                rise=10)  # fmt: skip
            if name == "kfk-hub":
                mem += 9 * ramp(ts, N5["start"], N5["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "gisdb-pri":
                cpu += 26 * ramp(ts, N3["start"], N3["end"], rise=5, fall=10)
                if 1.5 <= seoul_hour(ts) < 4.2:  # the tile prebake and the graph build read the whole map
                    cpu += 27 + rng.gauss(0, 1.5)
            if name == "es-poi":
                cpu += (93.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, N7["start"], N7["end"], rise=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly jobs, the speed-camera delta, the BigQuery load and the carmaker certificate warning."""
    rows = []
    for d in range(5, 16):
        rows.append(
            (
                d,
                0,
                10,
                "trafficml-train",
                "info",
                "batch_job",
                "소통 예측 모델 재학습 파이프라인 시작 (run st-gnn-daily)",
            )
        )
        rows.append(
            (
                d,
                5,
                32,
                "trafficml-train",
                "info",
                "batch_job",
                "재학습 완료, 검증 MAPE 통과 (배포 보류: 수동 승인)",
            )
        )
        rows.append(
            (d, 1, 30, "job-tileprebake", "info", "batch_job", "타일 프리베이크 시작 (변경 영역 z10-16)")
        )
        rows.append((d, 3, 34, "job-tileprebake", "info", "batch_job", "타일 프리베이크 완료"))
        rows.append(
            (d, 2, 0, "bq-loader", "info", "batch_job", "BigQuery 적재 시작 (nuri_traffic_hist, 전일분)")
        )
        rows.append((d, 3, 0, "job-graphbuild", "info", "batch_job", "도로 그래프 컴파일 시작 (CH 전처리)"))
        rows.append(
            (
                d,
                4,
                10,
                "job-graphbuild",
                "info",
                "batch_job",
                f"그래프 KR-2028.09.{d:02d} 빌드 완료, nas-graph 게시",
            )
        )
        if d != 13:
            rows.append((d, 21, 0, "job-safecam", "info", "batch_job", "단속카메라 증분 배포 시작 (delta)"))
            rows.append(
                (d, 21, 14, "job-safecam", "info", "batch_job", "단속카메라 증분 배포 완료, ceph-ota 업로드")
            )
        left = (datetime(2028, 9, 24) - datetime(2028, 9, d)).days
        rows.append(
            (d, 9, 0, "vip-carlink", "warning", "cert_expiry",
             f"mTLS server certificate carlink.nurigil.co.kr expires in {left} days (2028-09-24), 수동 갱신 (완성차 교차 인증 필요)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (5, 22, 30, "rc-live-speed", "info", "config_change", "maxmemory 48gb → 32gb (md1-rds01 메모리 재배치, rc-quota 증설분 확보)"),
    (6, 10, 0, "md1-log01", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/loki"),
    (6, 15, 0, "route-front-stg", "info", "deployment", "route-front-stg 12.4.0-rc1 배포"),
    (6, 17, 40, "rte-ch", "info", "deployment", "rte-ch 7.2.0 배포 (유턴 허용 교차로 비용 조정)"),
    (7, 10, 0, "rc-live-speed", "info", "config_change", "maxmemory 32gb → 48gb 원복"),
    (7, 14, 0, "trf-fusion-stg", "info", "deployment", "trf-fusion-stg 8.2.0-rc1 배포"),
    (8, 11, 20, "trf-predict", "info", "deployment", "trf-predict 5.3.0 배포 (ST-GNN v5.3, 주말 패턴 보강)"),
    (8, 13, 10, "md1-gpu02", "info", "maintenance", "md1-gpu02 드레인, 팬 모듈 교체 요청 (Supermicro RMA)"),
    (8, 16, 30, "md1-gpu02", "info", "maintenance", "팬 모듈 교체 완료, 노드 복귀"),
    (9, 18, 30, "md1-log01", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/loki"),
    (9, 8, 50, "wan-md1-dj2", "info", "change_notice", "KT 전용회선 작업 09:00~11:00 (대전DR 구간 절체)"),
    (9, 9, 0, "wan-md1-dj2", "info", "maintenance", "목동↔대전 전용회선 작업 시작, DR 복제 일시 중단"),
    (9, 11, 5, "wan-md1-dj2", "info", "maintenance", "전용회선 작업 완료"),
    (9, 13, 55, "revgeo", "info", "deployment", "revgeo 2.14.0 배포 (행정동 경계 2028-09 반영)"),
    (10, 16, 0, "vpn-ex-its", "info", "change_notice", "한국도로공사 ITS센터 VPN 장비 펌웨어 업그레이드 16:00~16:30 (상대측 작업)"),
    (10, 16, 5, "trf-its-collector", "info", "deployment", "trf-its-collector 3.4.1 배포 (VDS 좌표 매핑 핫픽스)"),
    (11, 1, 0, "mgw-app-stg", "info", "maintenance", "스테이징 앱 게이트웨이 점검 (인증서 교체 테스트)"),
    (11, 7, 25, "trf-probe-ingest", "info", "deployment", "trf-probe-ingest 6.0.3 배포 (택시 단말 프로토콜 v3)"),
    (13, 10, 0, "md1-log01", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/loki"),
    (12, 14, 0, "pgy-dev01", "info", "maintenance", "개발 VM 호스트 교체 (OpenStack 컴퓨트 노드 이전)"),
    (12, 16, 0, "tile-render-dev", "info", "deployment", "tile-render-dev 4.0.0-SNAPSHOT 배포 (야간 스타일)"),
    (13, 18, 0, "ota-mapupd", "info", "change_notice", "완성차 A사 2028Q3 지도 OTA 캠페인 21:00 시작 예정 (대상 41만대)"),
    (13, 20, 50, "ota-mapupd", "info", "deployment", "ota-mapupd 3.3.0 배포 (증분 패키지 재시도 로직)"),
    (13, 21, 0, "ota-mapupd", "info", "batch_job", "2028Q3 OTA 캠페인 시작 (A사)"),
    (13, 21, 0, "job-safecam", "info", "batch_job", "단속카메라 증분 배포 시작 (delta)"),
    (14, 11, 0, "es-poi", "info", "change_notice", "금요일 17:45 동의어 사전 갱신 예정 (주말 나들이 장소 별칭 1.2만건)"),
    (14, 15, 30, "carlink-gw", "info", "deployment", "carlink-gw 4.6.0 배포 (차량 VIN 토큰 갱신)"),
    (15, 17, 30, "poi-search", "info", "deployment", "poi-search 6.8.0 배포 (주말 나들이 랭킹 가중치)"),
    (15, 17, 45, "es-poi", "info", "config_change", "synonyms_poi 사전 갱신 + _reload_search_analyzers (인덱스 poi-v42)"),
    # N1 (Wednesday evening rush)
    (6, 17, 58, "rc-live-speed", "warning", "memory", "used_memory 31.6GB / maxmemory 32GB (98.8%)"),
    (6, 18, 7, "rc-live-speed", "critical", "eviction", "evicted_keys 1.4M/min (allkeys-lru), live speed keys evicted"),
    (6, 18, 10, "rte-ch", "critical", "error", "실시간 속도 조회 miss 41%, 링크 프로파일 재로딩, 경로 탐색 타임아웃"),
    (6, 18, 16, "eta-core", "major", "error", "ETA 계산 지연 (실시간 속도 미조회)"),
    (6, 18, 19, "route-front", "warning", "error", "upstream timeout rte-ch (경로 요청 재시도 증가)"),
    (6, 18, 50, "rc-live-speed", "info", "config_change", "CONFIG SET maxmemory 44gb (임시 증설)"),
    (6, 19, 10, "rte-ch", "info", "recovery", "경로 탐색 정상"),
    # N2 (last Friday lunch)
    (8, 11, 48, "md1-gpu02", "warning", "hardware", "FAN3 speed 0 RPM, GPU4 temperature 88C"),
    (8, 11, 52, "md1-gpu02", "critical", "hardware", "GPU 0-7 clocks throttled (HW Slowdown, thermal), SM clock 705MHz"),
    (8, 11, 57, "trf-predict", "critical", "error", "Triton inference queue time 4.2s, 예측 요청 타임아웃 29%"),
    (8, 12, 3, "eta-core", "major", "error", "예측 소통정보 조회 지연, ETA 계산 타임아웃"),
    (8, 12, 9, "eta-partner", "warning", "error", "파트너 ETA API p99 SLA(300ms) 초과 (배달 파트너 항의)"),
    (8, 12, 40, "trf-predict", "info", "config_change", "md1-gpu02 cordon, 추론 트래픽 md1-gpu01 단독 처리"),
    (8, 12, 55, "eta-partner", "info", "recovery", "ETA API 정상"),
    # N3 (Saturday afternoon)
    (9, 13, 40, "gisdb-dr", "warning", "replication", "WAL receiver not running since 09:02, replication slot dr_slot inactive"),
    (9, 14, 5, "md1-pgs01", "warning", "disk", "/pgdata/wal 88% used (retained by slot dr_slot)"),
    (9, 14, 21, "gisdb-pri", "critical", "wal", "checkpoints are occurring too frequently; pg_wal 97% full, WAL writes stalling"),
    (9, 14, 26, "revgeo", "critical", "error", "역지오코딩 쿼리 타임아웃 28% (statement_timeout)"),
    (9, 14, 29, "geocoder", "major", "error", "주소 좌표 변환 지연"),
    (9, 14, 33, "tile-render", "warning", "error", "타일 렌더 쿼리 지연, 렌더 큐 적체"),
    (9, 15, 5, "gisdb-pri", "info", "config_change", "pg_drop_replication_slot('dr_slot'), WAL 정리, DR 재동기화 예약"),
    (9, 15, 30, "revgeo", "info", "recovery", "역지오코딩 정상"),
    # N4 (Sunday return traffic)
    (10, 16, 21, "vpn-ex-its", "warning", "vpn", "IKEv2 child SA rekey failed (NO_PROPOSAL_CHOSEN), tunnel flapping"),
    (10, 16, 24, "vpn-ex-its", "critical", "vpn", "tunnel down 6 times in 4m, packet loss 22%"),
    (10, 16, 27, "trf-its-collector", "critical", "error", "VDS/돌발 피드 수신 실패 35%, 마지막 수신 3분 전"),
    (10, 16, 33, "trf-fusion", "major", "error", "고속도로 구간 ITS 입력 누락, 링크 속도 추정 지연"),
    (10, 16, 41, "trf-layer", "warning", "error", "소통 레이어 갱신 지연 (고속도로 구간 회색 표시)"),
    (10, 17, 5, "vpn-ex-its", "info", "config_change", "상대측 IKE proposal 원복 (AES-GCM-256/PRF-SHA384), 터널 안정화"),
    (10, 17, 25, "trf-its-collector", "info", "recovery", "ITS 피드 정상 수신"),
    # N5 (Monday morning rush)
    (11, 7, 40, "kfk-hub", "info", "batch_job", "주간 파티션 리밸런스 시작 (kafka-reassign, throttle 미설정)"),
    (11, 7, 47, "kfk-hub", "warning", "replication", "UnderReplicatedPartitions 212, ISR shrink on broker 2"),
    (11, 7, 51, "kfk-hub", "critical", "replication", "NotEnoughReplicasException (min.insync.replicas=2), produce latency p99 6.8s"),
    (11, 7, 55, "trf-probe-ingest", "critical", "error", "프로브 GPS 발행 실패 30% (acks=all timeout), 버퍼 드롭"),
    (11, 7, 58, "trf-fusion", "major", "error", "probe.gps.v3 consumer lag 4.1M, 링크 속도 갱신 지연"),
    (11, 8, 2, "push-sender", "warning", "error", "정체 알림 이벤트 발행 실패 증가"),
    (11, 8, 35, "kfk-hub", "info", "config_change", "reassignment throttle 50MB/s 적용, 리밸런스 야간으로 변경"),
    (11, 8, 50, "trf-probe-ingest", "info", "recovery", "프로브 수집 정상"),
    # N6 (Wednesday OTA campaign)
    (13, 21, 9, "ceph-ota", "warning", "storage", "osd.87 down (disk I/O error), 1.9% PGs degraded"),
    (13, 21, 12, "ceph-ota", "critical", "storage", "HEALTH_WARN: 312 pgs backfilling, slow ops 4800 (RGW GET p99 5.2s)"),
    (13, 21, 16, "ota-mapupd", "critical", "error", "OTA 패키지 다운로드 실패 33% (RGW 타임아웃), 차량 재시도 폭증"),
    (13, 21, 19, "job-safecam", "major", "batch_job", "단속카메라 증분 업로드 실패 (ceph-ota PUT timeout), 재시도 대기"),
    (13, 21, 25, "carlink-gw", "warning", "error", "차량 OTA 세션 응답 지연"),
    (13, 21, 55, "ceph-ota", "info", "config_change", "osd_recovery_max_active 3 → 1, osd_max_backfills 1"),
    (13, 22, 20, "job-safecam", "info", "batch_job", "단속카메라 증분 배포 재실행 완료 (지연)"),
    # N7 (Friday evening rush, ongoing)
    (15, 17, 52, "es-poi", "warning", "memory", "JVM heap 89% on md1-es01, old GC 2.8s"),
    (15, 17, 57, "es-poi", "critical", "memory", "[gc][old] overhead, spent 11.2s collecting in the last 12.1s; circuit_breaking_exception [parent]"),
    (15, 18, 2, "poi-search", "critical", "error", "목적지 검색 타임아웃 32% (es-poi 응답 지연)"),
    (15, 18, 9, "mgw-app", "major", "error", "앱 검색/목적지 설정 실패 증가"),
    (15, 18, 13, "carlink-gw", "warning", "error", "차량 내비 장소검색 응답 지연"),
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
    generate(NAME, "map-nav", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
