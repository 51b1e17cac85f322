"""Generate the national weather service estate (tests/fixtures/weather-kma/, interchange format) and its faults file.

A national meteorological agency's IT (국립기상정보원, "KWIS"): observation ingest (ASOS/AWS automatic weather
stations through `asos-aws-rcv` into Kafka `kfk-gwanchuk` and the observation hub `gwanchuk-hub` on TimescaleDB
`tsdb-aws`, the legacy Oracle `ora_obsdb` with the hourly QC batch `aws_qc_bat`, upper-air soundings `sonde_dec`,
marine buoys `bada-buoy`, lightning `beongae-rcv`), radar (site servers at 관악산/오성산/백령도/고산, `rdr-ingest` →
RabbitMQ `rmq-radar` → `rdr-composite`, nowcasting `nowcast-qpf`), satellite downlink at the 진천 ground station
(`byeol-rx` → `byeol-l1b` → `byeol-prod`), the numerical weather prediction runs at the 오창 supercomputer centre
(`suchi-sched` PBS front, data assimilation `dongwha-prep`, the global and regional models `hanul-gdps` /
`hanul-rdps`, post-processing `hanul-post` on the Lustre scratch `lustre-och-scratch`) four times a day (00/06/12/18
UTC runs, jobs from 03:20/09:20/15:20/21:20 KST), forecast production (동네예보 grids `yebo-grid`, the forecasters'
editor `yebo-desk` on `pg-yebo`), warning dissemination (특보 `teukbo-hub` on `pg-teukbo`, `redis-teukbo`, RabbitMQ
`rmq-teukbo`; the broadcaster feed `bangsong-feed`, the disaster-agency link `jaenan-link` over IBM MQ `mq-jaenan`,
earthquake early warning `jijin-alert`, the officials' SMS `munja-gw`, aviation `hanggong-wx`), the public website
날씨누리 (`nalssi-web`, `nalssi-api`), the mobile app (`nalssi-bff`, `push-wx`), the open-data portal (`opendata-api`,
`data-portal` on CUBRID `cubrid_portal`), the archive (nightly `tape_arch_bat` to `tape-lib01` and the Ceph object
store `obj-arch`), internal GIS (`jiri-geo`, map tiles `jido-tile` on PostGIS `pg-gis`), DR replication to the
광주 backup centre.
Sites 대전주센터, 오창HPC, 광주백업센터, 진천위성센터, ncloud-kr (public cloud) and the radar/observatory sites
(관악산레이더, 오성산레이더, 백령도레이더, 고산레이더, 포항고층관측소); environments prod, stg / stage, qa, dev.

Naming (unlike the earlier estates): Korean romanisation for products (`gwanchuk-hub` 관측, `nalssi-` 날씨, `teukbo-`
특보, `yebo-` 예보, `suchi-` 수치, `dongwha-` 동화, `byeol-` 별 for the satellite, `jido-`, `jiri-`, `bada-`, `beongae-`,
`jijin-`, `munja-`, `hanggong-`), the model code name `hanul-`, legacy snake_case (`aws_qc_bat`, `sonde_dec`,
`tape_arch_bat`, `ora_obsdb`, `cubrid_portal`), rack-slot host names in the centres (`dj-r14-s02` = 대전 rack 14 slot
2, `gj-b02-s03` in 광주), HPC node names (`och-lgn01`, `och-pp-n03`), radar site servers (`rdr-gwk-01`) and cloud VMs
(`ncp-api-vm02`).

Seven injected incidents (times KST; now = Tuesday 2026-08-11 21:50, during a 호우경보 and the 12 UTC run; the window
is the 10 days before):
  X1 Sun 02 15:20–16:15  (weekend afternoon, 06 UTC run) lustre-och-scratch's metadata server saturates: hanul-post
                         (loudest), hanul-gdps, yebo-grid
  X2 Tue 04 00:00–00:55  (night) the TLS certificate of mq-jaenan's channel to the disaster agencies expires at
                         midnight: jaenan-link (loudest), jijin-alert
  X3 Thu 06 11:00–11:55  폭염특보 issuance: redis-teukbo reaches maxmemory (noeviction, OOM command not allowed):
                         teukbo-hub (loudest; 3.8.0 deployed at 10:40), nalssi-api, nalssi-bff
  X4 Fri 07 18:10–19:05  heavy rain evening: rmq-radar's disk alarm blocks publishers: rdr-composite (loudest;
                         deployed 17:50), rdr-ingest, nowcast-qpf, yebo-desk
  X5 Sun 09 21:20–22:15  (weekend night, 12 UTC run) pg-yebo: anti-wraparound autovacuum on fcst_grid blocks the
                         grid import: yebo-desk (loudest; deployed 20:55), yebo-grid, hanggong-wx
  X6 Mon 10 09:30–10:25  the satellite processing server dj-r09-s11 loses its bonded NIC (flapping, then memory
                         pressure): byeol-l1b (loudest; deployed 09:10), byeol-prod, dongwha-prep
  X7 Tue 11 21:25–now    호우경보 + 12 UTC run: tsdb-aws write stalls (the compression job moved to 21:00 on Sunday
                         and the 1-minute heavy-rain data): gwanchuk-hub (loudest; deployed 21:05), nowcast-qpf,
                         aws_qc_bat, nalssi-api (ongoing)
Confounders: the four NWP runs a day, public traffic with the commute/lunch/evening and the 특보 surges (heavy rain
on Friday 7 and today), the nightly tape archive (01:00), the hourly QC batch, deploys on victims before X3, X4,
X5, X6 and X7, the radar site 백령도 and gj-b01-s07 in maintenance, the retired nalssi-web-v1, the ELK host
dj-r03-s08's disk creeping up and the l7-opendata certificate expiring on 2026-08-18.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/wx_golden.py) are computed from the files.

    .venv/bin/python bench/wx_estate.py   # rewrites tests/fixtures/weather-kma*
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

NAME = "weather-kma"
NOW = datetime(2026, 8, 11, 12, 50, tzinfo=UTC)  # Tuesday 21:50 KST
START = NOW - timedelta(days=10)  # Saturday 2026-08-01 21:50 KST
SEED = 20260811
SITES = {
    "D": "대전주센터", "O": "오창HPC", "B": "광주백업센터", "J": "진천위성센터", "C": "ncloud-kr",
    "GWK": "관악산레이더", "OJS": "오성산레이더", "BNY": "백령도레이더", "GSN": "고산레이더", "PHS": "포항고층관측소",
}  # fmt: skip
ENVS = {"P": "prod", "S": "stg", "G": "stage", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2026-08")

OBS, RADAR, SAT, NWP, HPC = "관측정보팀", "radar-ops", "위성운영팀", "수치모델팀", "hpc-infra"
FCST, WARN, WEB, OPEN, APP = "예보시스템팀", "특보전달팀", "web-portal", "공공데이터팀", "mobile-app"
ARCH, GIS, DBA, INFRA, NET, SEC = "기록보존팀", "gis-lab", "DB운영팀", "infra-sys", "네트워크팀", "정보보호팀"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- observation ingest
    "asos-aws-rcv": ("service", OBS, "D", "P", ["dj-r07-s03"], ["kfk-gwanchuk"],
                     {"desc": "ASOS/AWS 관측자료 수신 (1분 자료)", "protocol": "TCP socket (KWIS-AWS 3.0)",
                      "stations": 708, "lang": "java", "version": "4.2.7", "port": 7010}),
    "gwanchuk-hub": ("service", OBS, "D", "P", ["dj-r07-s01", "dj-r07-s02"], ["kfk-gwanchuk", "tsdb-aws", "ora_obsdb"],
                     {"desc": "관측자료 허브 (품질표시, 실시간 조회, 배포)", "lang": "java", "framework": "Spring Boot 3.2",
                      "version": "6.1.0", "instances": 4, "interval_s": 60, "port": 8080}),
    "aws_qc_bat": ("service", OBS, "D", "P", ["dj-r14-s03"], ["ora_obsdb", "tsdb-aws"],
                   {"desc": "AWS 자료 품질검사 배치 (시간별 QC)", "product": "Spring Batch 4.3", "jdk": "OpenJDK 11",
                    "schedule": "매시 05분", "checks": 14}),
    "sonde_dec": ("service", OBS, "D", "P", ["dj-r14-s03"], ["ora_obsdb"],
                  {"desc": "고층기상 (라디오존데) 전문 해독", "product": "자체개발 (C++ / Pro*C)", "sites": 7,
                   "schedule": "00/12 UTC"}),
    "bada-buoy": ("service", OBS, "D", "P", ["dj-r07-s03"], ["kfk-gwanchuk"],
                  {"desc": "해양기상 부이 자료 수신", "lang": "go", "version": "1.6.2", "buoys": 23}),
    "beongae-rcv": ("service", OBS, "D", "P", ["dj-r07-s03"], ["kfk-gwanchuk"],
                    {"desc": "낙뢰 관측자료 수신", "lang": "go", "version": "2.0.4", "sensors": 24}),
    # ---------------------------------------------------------------- radar
    "rdr-ingest": ("service", RADAR, "D", "P", ["dj-r09-s04"], ["rmq-radar", "nas-rdr-raw"],
                   {"desc": "레이더 볼륨자료 수신 (10개 사이트)", "lang": "python", "version": "3.4.1", "radars": 10,
                    "format": "HDF5 (ODIM)", "scan_interval_min": 5}),
    "rdr-composite": ("service", RADAR, "D", "P", ["dj-r09-s04", "dj-r09-s05"], ["rmq-radar", "nas-rdr-raw"],
                      {"desc": "레이더 합성 (CAPPI/HSR 합성영상)", "lang": "c++", "version": "5.0.3", "instances": 2,
                       "grid_km": 0.5}),
    "nowcast-qpf": ("service", RADAR, "O", "P", ["och-pp-n04"], ["rdr-composite", "tsdb-aws"],
                    {"desc": "초단기 강수예측 (6시간, 10분 간격)", "lang": "python", "model": "MAPLE-KW v3",
                     "version": "3.2.0", "gpu": "NVIDIA A100 x4"}),
    # ---------------------------------------------------------------- satellite
    "byeol-rx": ("service", SAT, "J", "P", ["byeol-gs01"], ["sat-raid01"],
                 {"desc": "정지궤도 위성 수신 (L-band 다운링크)", "product": "자체개발 (C)", "band": "L-band 1.69 GHz",
                  "version": "2.9.0"}),
    "byeol-l1b": ("service", SAT, "D", "P", ["dj-r09-s11"], ["byeol-rx", "sat-raid01"],
                  {"desc": "위성 L1B 처리 (복사보정, 기하보정)", "lang": "fortran", "version": "4.4.0",
                   "channels": 16, "full_disk_min": 10}),
    "byeol-prod": ("service", SAT, "D", "P", ["dj-r09-s11"], ["byeol-l1b", "obj-arch"],
                   {"desc": "위성 산출물 (구름, 안개, 황사)", "lang": "python", "version": "2.12.1", "products": 52}),
    # ---------------------------------------------------------------- NWP (오창)
    "suchi-sched": ("service", HPC, "O", "P", ["och-sch01"], ["lustre-och-scratch", "pg-suchi"],
                    {"desc": "수치모델 작업 스케줄러 프론트 (PBS Pro)", "product": "Altair PBS Professional 2022.1",
                     "runs_utc": "00/06/12/18", "queues": 9}),
    "dongwha-prep": ("service", NWP, "O", "P", ["och-lgn01"], ["gwanchuk-hub", "byeol-l1b", "lustre-och-scratch"],
                     {"desc": "자료동화 전처리 (관측/위성 자료 수집, 품질검사)", "lang": "fortran", "version": "3.1.5",
                      "cutoff_min": 140}),
    "hanul-gdps": ("service", NWP, "O", "P", ["och-lgn01"], ["suchi-sched", "lustre-och-scratch", "dongwha-prep"],
                   {"desc": "전지구 예보모델 (HANUL-G) 작업", "resolution_km": 8, "levels": 91, "nodes": 1280,
                    "forecast_h": 288, "version": "4.0"}),
    "hanul-rdps": ("service", NWP, "O", "P", ["och-lgn02"], ["suchi-sched", "lustre-och-scratch", "hanul-gdps"],
                   {"desc": "지역 예보모델 (HANUL-R, 한반도)", "resolution_km": 1.5, "levels": 70, "nodes": 320,
                    "forecast_h": 48, "version": "4.0"}),
    "hanul-post": ("service", NWP, "O", "P", ["och-pp-n01", "och-pp-n02"],
                   ["lustre-och-scratch", "gpfs-och-prod", "hanul-gdps", "hanul-rdps"],
                   {"desc": "모델 후처리 (GRIB2 변환, 가이던스, MOS)", "lang": "python", "version": "7.3.2",
                    "workers": 96, "format": "GRIB2"}),
    # ---------------------------------------------------------------- forecast production
    "yebo-grid": ("service", FCST, "D", "P", ["dj-r11-s02"], ["hanul-post", "pg-yebo", "nowcast-qpf"],
                  {"desc": "동네예보 격자 생산 (5km, 3시간 간격 발표)", "lang": "java", "version": "8.4.0",
                   "grid_km": 5, "issue_times": "02/05/08/11/14/17/20/23"}),
    "yebo-desk": ("service", FCST, "D", "P", ["dj-r11-s03"],
                  ["pg-yebo", "yebo-grid", "redis-yebo", "byeol-prod", "rdr-composite", "teukbo-hub"],
                  {"desc": "예보관 편집기 백엔드 (예보 편집, 특보 발표 입력)", "lang": "java", "version": "5.2.1",
                   "instances": 3, "forecasters": 140}),
    "hanggong-wx": ("service", FCST, "D", "P", ["dj-r11-s06"], ["gwanchuk-hub", "yebo-grid"],
                    {"desc": "항공기상 (TAF/METAR 발표)", "lang": "java", "version": "2.7.3", "airports": 15}),
    # ---------------------------------------------------------------- warnings
    "teukbo-hub": ("service", WARN, "D", "P", ["dj-r11-s05"], ["pg-teukbo", "redis-teukbo", "rmq-teukbo"],
                   {"desc": "특보 발표/전파 허브 (호우, 태풍, 폭염, 대설)", "lang": "java", "version": "3.8.0",
                    "instances": 3, "port": 8443, "sla_s": 60}),
    "bangsong-feed": ("service", WARN, "D", "P", ["dj-r11-s06"], ["rmq-teukbo"],
                      {"desc": "방송사 특보 자막 피드 (KBS/MBC/SBS/YTN)", "lang": "go", "version": "1.9.0",
                       "broadcasters": 11}),
    "jaenan-link": ("service", WARN, "D", "P", ["dj-r11-s06"], ["rmq-teukbo", "mq-jaenan"],
                    {"desc": "재난관리기관 특보 연계 (행안부, 지자체)", "product": "자체개발 (Java 8, IBM MQ client)",
                     "agencies": 243, "version": "2.3.0"}),
    "jijin-alert": ("service", WARN, "D", "P", ["dj-r11-s05"], ["pg-teukbo", "rmq-teukbo", "mq-jaenan"],
                    {"desc": "지진조기경보 전파", "lang": "c++", "version": "1.14.2", "target_s": 5}),
    "munja-gw": ("service", WARN, "D", "P", ["dj-r11-s06"], ["rmq-teukbo"],
                 {"desc": "방재관계자 특보 문자 발송", "lang": "java", "version": "1.2.8", "recipients": 18500}),
    "teukbo-hub-dr": ("service", WARN, "B", "P", ["gj-b02-s03"], ["rmq-teukbo"],
                      {"desc": "특보 허브 DR (광주 대기)", "lang": "java", "version": "3.7.4", "role": "DR standby (warm)"}),
    # ---------------------------------------------------------------- public web, app, open data
    "nalssi-web": ("service", WEB, "C", "P", ["ncp-web-vm01", "ncp-web-vm02"],
                   ["nalssi-api", "redis-nalssi", "jido-tile", "cubrid_portal"],
                   {"desc": "날씨누리 웹 (대국민 날씨 포털)", "framework": "Spring MVC 5.3 + Vue 3", "version": "12.3.0",
                    "instances": 8, "domain": "www.nalssi.go.kr"}),
    "nalssi-api": ("service", WEB, "C", "P", ["ncp-api-vm01", "ncp-api-vm02"],
                   ["redis-nalssi", "mysql-nalssi", "redis-teukbo", "gwanchuk-hub"],
                   {"desc": "날씨 조회 API (웹/앱 공용)", "lang": "kotlin", "version": "4.6.2", "instances": 12,
                    "rate_limit_rps": 20000}),
    "nalssi-bff": ("service", APP, "C", "P", ["ncp-app-vm01"], ["nalssi-api", "push-wx"],
                   {"desc": "날씨알리미 앱 BFF", "lang": "typescript", "framework": "NestJS 10", "version": "3.11.0",
                    "instances": 6, "app_min_version": "5.4.0"}),
    "push-wx": ("service", APP, "C", "P", ["ncp-app-vm01"], ["rmq-teukbo"],
                {"desc": "앱 특보 푸시 (FCM/APNs)", "lang": "go", "version": "2.2.5", "subscribers": 4100000}),
    "opendata-api": ("service", OPEN, "C", "P", ["ncp-api-vm03"], ["redis-api", "pg-opendata", "obj-arch"],
                     {"desc": "기상자료개방 Open API (공공데이터포털 연계)", "lang": "java", "version": "2.18.4",
                      "api_keys": 38200, "daily_quota": 10000}),
    "data-portal": ("service", OPEN, "C", "P", ["ncp-web-vm03"], ["opendata-api", "cubrid_portal"],
                    {"desc": "기상자료개방포털 웹", "framework": "eGovFrame 4.1", "version": "4.0.9"}),
    "jido-tile": ("service", GIS, "C", "P", ["ncp-web-vm03"], ["pg-gis", "memc-tile"],
                  {"desc": "날씨 지도 타일 (레이더/위성 오버레이)", "product": "MapProxy 1.16", "zoom_max": 14}),
    "bodo-cms": ("service", WEB, "C", "P", ["ncp-web-vm04"], ["cubrid_portal"],
                 {"desc": "보도자료/공지 CMS", "framework": "eGovFrame 3.10", "version": "1.8.2"}),
    # ---------------------------------------------------------------- archive, GIS, climate, DR, ops
    "tape_arch_bat": ("service", ARCH, "D", "P", ["dj-r14-s05"], ["tape-lib01", "pg-archive", "obj-arch"],
                      {"desc": "야간 테이프 아카이브 (모델 결과, 레이더 원시자료)", "product": "IBM Storage Protect 8.1",
                       "schedule": "매일 01:00", "retention_y": 30}),
    "archive-api": ("service", ARCH, "D", "P", ["dj-r14-s05"], ["pg-archive", "obj-arch"],
                    {"desc": "기록자료 조회/복원 요청 API", "lang": "python", "version": "1.5.0"}),
    "gihu-stat": ("service", ARCH, "D", "P", ["dj-r12-s02"], ["ora_obsdb", "pg-archive"],
                  {"desc": "기후통계 (평년값, 극값)", "lang": "r", "version": "2.3.1", "normals": "1991-2020"}),
    "jiri-geo": ("service", GIS, "D", "P", ["dj-r12-s01"], ["pg-gis"],
                 {"desc": "내부 GIS (GeoServer, 영향예보 지도)", "product": "GeoServer 2.24.2", "layers": 318}),
    "dr-rep": ("service", INFRA, "B", "P", ["gj-b01-s02"], ["nas-gj-rep", "ora_obsdb"],
               {"desc": "광주백업센터 DR 복제 (관측DB, 예보자료)", "product": "Oracle Data Guard + rsync", "rpo_min": 15}),
    "gamsi-zbx": ("service", INFRA, "D", "P", ["dj-r03-s09"], [],
                  {"desc": "통합감시 (Zabbix)", "product": "Zabbix 6.4", "hosts_monitored": 1450}),
    "elk-log": ("service", INFRA, "D", "P", ["dj-r03-s08"], [],
                {"desc": "로그 수집/검색", "product": "Elasticsearch 8.12 + Kibana", "retention_d": 90}),
    # ---------------------------------------------------------------- staging, qa, dev, retired
    "gwanchuk-hub-stg": ("service", OBS, "D", "S", ["dj-r20-s01"], ["kfk-gwanchuk-stg", "tsdb-aws-stg"],
                         {"desc": "관측자료 허브 (스테이징)", "version": "6.2.0-rc1", "instances": 1}),
    "nalssi-web-stg": ("service", WEB, "C", "S", ["ncp-stg-vm01"], ["nalssi-api-stg"],
                       {"desc": "날씨누리 웹 (스테이징)", "version": "12.4.0-rc2", "instances": 1}),
    "nalssi-api-stg": ("service", WEB, "C", "G", ["ncp-stg-vm01"], ["mysql-nalssi-stg"],
                       {"desc": "날씨 조회 API (스테이지)", "version": "4.7.0-rc1", "instances": 1}),
    "teukbo-hub-qa": ("service", WARN, "D", "Q", ["dj-r20-s01"], ["redis-teukbo-stg"],
                      {"desc": "특보 허브 (QA, 모의 특보 시험)", "version": "3.9.0-beta2", "instances": 1}),
    "yebo-desk-stg": ("service", FCST, "D", "S", ["dj-r20-s01"], [],
                      {"desc": "예보관 편집기 (스테이징)", "version": "5.3.0-rc1", "instances": 1}),
    "hanul-post-dev": ("service", NWP, "O", "D", ["och-dev01"], [],
                       {"desc": "모델 후처리 (개발)", "version": "7.4.0-dev", "workers": 4}),
    "opendata-api-dev": ("service", OPEN, "C", "D", ["ncp-stg-vm01"], [],
                         {"desc": "Open API (개발)", "version": "2.19.0-SNAPSHOT"}),
    "nalssi-web-v1": ("service", WEB, "D", "P", [], [],
                      {"desc": "구 날씨누리 (JSP, 2025년 클라우드 이전으로 대체)", "version": "9.8.14",
                       "decommissioned": "2025-12-19"}),
    # ---------------------------------------------------------------- databases
    "tsdb-aws": ("database", DBA, "D", "P", ["dj-r08-s01", "dj-r08-s02"], [],
                 {"engine": "timescaledb", "product": "TimescaleDB 2.14 (PostgreSQL 15.6)", "port": 5432,
                  "size_tb": 11.4, "chunk_interval": "1 day", "compression_job": "21:00", "desc": "AWS/ASOS 1분 자료"}),
    "ora_obsdb": ("database", DBA, "D", "P", ["dj-r14-s02"], [],
                  {"engine": "oracle", "version": "Oracle 19c (19.21)", "port": 1521, "sid": "OBSDB", "size_tb": 6.8,
                   "rac": False, "desc": "관측 통합 DB (레거시, 1904년 이후 자료)"}),
    "pg-yebo": ("database", DBA, "D", "P", ["dj-r11-s08"], [],
                {"engine": "postgresql", "version": "PostgreSQL 15.6", "port": 5432, "max_connections": 800,
                 "size_gb": 2300, "desc": "예보 격자, 예보 문안"}),
    "pg-teukbo": ("database", DBA, "D", "P", ["dj-r11-s09"], [],
                  {"engine": "postgresql", "version": "PostgreSQL 14.11", "port": 5432, "ha": "Patroni 3.2 (3 nodes)",
                   "desc": "특보 발표 이력, 전파 대상"}),
    "pg-suchi": ("database", HPC, "O", "P", ["och-sch01"], [],
                 {"engine": "postgresql", "version": "PostgreSQL 13.14", "port": 15007, "desc": "PBS 작업 이력"}),
    "mysql-nalssi": ("database", WEB, "C", "P", [], [],
                     {"engine": "mysql", "product": "NCP Cloud DB for MySQL 8.0.36", "port": 3306, "replicas": 2,
                      "desc": "날씨누리 콘텐츠, 관심지역"}),
    "pg-opendata": ("database", OPEN, "C", "P", [], [],
                    {"engine": "postgresql", "product": "NCP Cloud DB for PostgreSQL 14", "port": 5432,
                     "desc": "Open API 키, 이용 통계"}),
    "pg-gis": ("database", GIS, "D", "P", ["dj-r12-s03"], [],
               {"engine": "postgresql", "version": "PostgreSQL 15.6 + PostGIS 3.4", "port": 5432, "size_gb": 900,
                "desc": "행정경계, 영향예보 레이어"}),
    "pg-archive": ("database", ARCH, "D", "P", ["dj-r14-s06"], [],
                   {"engine": "postgresql", "version": "PostgreSQL 13.14", "port": 5432, "desc": "아카이브 카탈로그"}),
    "cubrid_portal": ("database", WEB, "C", "P", ["ncp-web-vm04"], [],
                      {"engine": "cubrid", "version": "CUBRID 11.2", "port": 33000, "desc": "포털 게시판, 보도자료"}),
    "tsdb-aws-stg": ("database", DBA, "D", "S", [], [],
                     {"engine": "timescaledb", "product": "TimescaleDB 2.15 (PostgreSQL 16.2)", "port": 5432}),
    "mysql-nalssi-stg": ("database", WEB, "C", "G", [], [],
                         {"engine": "mysql", "product": "NCP Cloud DB for MySQL 8.0.36", "port": 3306}),
    # ---------------------------------------------------------------- caches, queues
    "redis-teukbo": ("cache", WARN, "D", "P", [], [],
                     {"engine": "redis", "version": "Redis 7.2.4", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                      "port": 6379, "desc": "특보 현황, 전파 상태"}),
    "redis-nalssi": ("cache", WEB, "C", "P", [], [],
                     {"engine": "redis", "product": "NCP Cloud DB for Redis 7.0", "maxmemory_gb": 32, "shards": 3,
                      "port": 6379, "desc": "동네예보 조회 캐시"}),
    "redis-api": ("cache", OPEN, "C", "P", [], [],
                  {"engine": "redis", "product": "NCP Cloud DB for Redis 7.0", "maxmemory_gb": 16, "port": 6379,
                   "desc": "API 키 쿼터 카운터"}),
    "redis-yebo": ("cache", FCST, "D", "P", [], [],
                   {"engine": "redis", "version": "Redis 7.2.4", "maxmemory_gb": 16, "port": 6379,
                    "desc": "예보 편집 세션, 격자 캐시"}),
    "memc-tile": ("cache", GIS, "C", "P", [], [],
                  {"engine": "memcached", "version": "memcached 1.6.23", "maxmemory_gb": 24, "port": 11211,
                   "desc": "지도 타일 캐시"}),
    "redis-teukbo-stg": ("cache", WARN, "D", "S", [], [],
                         {"engine": "redis", "version": "Redis 7.2.4", "maxmemory_gb": 2, "port": 6379}),
    "kfk-gwanchuk": ("queue", OBS, "D", "P", [], [],
                     {"product": "Apache Kafka 3.7.0", "brokers": 5, "topics": 46, "partitions": 480,
                      "min_insync_replicas": 2, "port": 9093, "desc": "관측자료 스트림"}),
    "rmq-radar": ("queue", RADAR, "D", "P", ["dj-r09-s06"], [],
                  {"product": "RabbitMQ 3.13.1", "nodes": 1, "disk_free_limit_gb": 50, "port": 5672,
                   "desc": "레이더 볼륨 파일 큐"}),
    "rmq-teukbo": ("queue", WARN, "D", "P", [], [],
                   {"product": "RabbitMQ 3.13.1 (quorum queues)", "nodes": 3, "port": 5671, "desc": "특보 전파 큐"}),
    "mq-jaenan": ("queue", WARN, "D", "P", [], [],
                  {"product": "IBM MQ 9.3.0.15", "qmgr": "QM_JAENAN", "channel": "KWIS.TO.MOIS", "port": 1414,
                   "cert_expiry": "2027-08-03", "desc": "재난관리기관 연계 큐"}),
    "kfk-gwanchuk-stg": ("queue", OBS, "D", "S", [], [],
                         {"product": "Apache Kafka 3.7.0", "brokers": 1, "topics": 12, "port": 9093}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-dj-core": ("D", NET, ["gwanchuk-hub", "teukbo-hub", "yebo-desk", "hanggong-wx"],
                   {"vendor": "Piolink", "model": "PAS-K 7224", "vip": "10.31.0.40", "firmware": "2.4.1"}),
    "l7-nalssi": ("C", WEB, ["nalssi-web", "nalssi-api", "nalssi-bff"],
                  {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "www.nalssi.go.kr",
                   "cert_expiry": "2027-02-14", "waf": "NCP WAF"}),
    "l7-opendata": ("C", OPEN, ["opendata-api", "data-portal"],
                    {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "data.nalssi.go.kr",
                     "cert_expiry": "2026-08-18", "cert_issuer": "GPKI (행정전자서명, 수동 갱신)"}),
    "gslb-nalssi": ("D", NET, ["l7-nalssi", "teukbo-hub-dr"],
                    {"vendor": "F5", "model": "BIG-IP DNS i5800", "firmware": "17.1.1", "mode": "active-standby (대전/광주)"}),
    "cdn-nalssi": ("C", WEB, ["nalssi-web", "jido-tile"],
                   {"vendor": "NAVER Cloud", "model": "Global Edge", "endpoint": "static.nalssi.go.kr",
                    "cache_hit_target": 0.95}),
    "l4-gj-bk": ("B", NET, ["teukbo-hub-dr", "dr-rep"],
                 {"vendor": "Piolink", "model": "PAS-K 5224", "vip": "10.62.0.40", "firmware": "2.3.9"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "lustre-och-scratch": ("O", HPC, {"vendor": "DDN", "model": "EXAScaler ES400NVX2", "capacity_pb": 32,
                                      "mds": 4, "desc": "수치모델 scratch (Lustre 2.14)"},
                           ["och-lgn01", "och-lgn02", "och-pp-n01", "och-pp-n02", "och-pp-n03"]),
    "gpfs-och-prod": ("O", HPC, {"vendor": "IBM", "model": "Storage Scale System 6000", "capacity_pb": 8,
                                 "desc": "모델 결과 운영 파일시스템"}, ["och-pp-n01", "och-pp-n02"]),
    "tape-lib01": ("D", ARCH, {"vendor": "IBM", "model": "TS4500 (LTO-9)", "drives": 16, "slots": 4200,
                               "capacity_pb": 75, "desc": "장기보존 테이프"}, ["dj-r14-s05"]),
    "obj-arch": ("D", ARCH, {"vendor": "Red Hat", "model": "Ceph 18 (RGW)", "capacity_pb": 12,
                             "desc": "아카이브 오브젝트 스토리지"}, []),
    "nas-rdr-raw": ("D", RADAR, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 480, "ontap": "9.14.1",
                                 "desc": "레이더 원시 볼륨자료"}, ["dj-r09-s04", "dj-r09-s05"]),
    "sat-raid01": ("J", SAT, {"vendor": "Dell", "model": "PowerVault ME5084", "capacity_tb": 1200,
                              "desc": "위성 수신 원시자료"}, ["byeol-gs01"]),
    "nas-gj-rep": ("B", INFRA, {"vendor": "NetApp", "model": "FAS8300", "capacity_tb": 900, "ontap": "9.12.1P10",
                                "desc": "DR 복제본"}, ["gj-b01-s02"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 대전주센터 (rack-slot)
    "dj-r03-s08": ("D", "P", "bare", {"role": "로그 수집 (ELK)", "model": "Lenovo ThinkSystem SR650 V3"}),
    "dj-r03-s09": ("D", "P", "vm", {"role": "통합감시 Zabbix"}),
    "dj-r07-s01": ("D", "P", "vm", {"role": "관측 허브 #1"}),
    "dj-r07-s02": ("D", "P", "vm", {"role": "관측 허브 #2"}),
    "dj-r07-s03": ("D", "P", "vm", {"role": "관측 수신 (AWS/부이/낙뢰)"}),
    "dj-r08-s01": ("D", "P", "bare", {"role": "TimescaleDB primary", "model": "Dell PowerEdge R760"}),
    "dj-r08-s02": ("D", "P", "bare", {"role": "TimescaleDB standby", "model": "Dell PowerEdge R760"}),
    "dj-r09-s04": ("D", "P", "bare", {"role": "레이더 수신/합성 #1", "model": "Lenovo ThinkSystem SR650 V3"}),
    "dj-r09-s05": ("D", "P", "bare", {"role": "레이더 합성 #2", "model": "Lenovo ThinkSystem SR650 V3"}),
    "dj-r09-s06": ("D", "P", "vm", {"role": "RabbitMQ (레이더)"}),
    "dj-r09-s11": ("D", "P", "bare", {"role": "위성 자료처리", "model": "Dell PowerEdge R760", "nic": "2x25G LACP bond"}),
    "dj-r11-s02": ("D", "P", "vm", {"role": "동네예보 격자"}),
    "dj-r11-s03": ("D", "P", "vm", {"role": "예보관 편집기 WAS"}),
    "dj-r11-s05": ("D", "P", "vm", {"role": "특보 허브 / 지진조기경보"}),
    "dj-r11-s06": ("D", "P", "vm", {"role": "특보 연계 (방송사/재난기관/문자)"}),
    "dj-r11-s08": ("D", "P", "bare", {"role": "예보 DB (PostgreSQL)", "model": "Dell PowerEdge R760"}),
    "dj-r11-s09": ("D", "P", "bare", {"role": "특보 DB (Patroni leader)", "model": "Dell PowerEdge R660"}),
    "dj-r12-s01": ("D", "P", "vm", {"role": "GeoServer"}),
    "dj-r12-s02": ("D", "P", "vm", {"role": "기후통계"}),
    "dj-r12-s03": ("D", "P", "bare", {"role": "PostGIS", "model": "Dell PowerEdge R660"}),
    "dj-r14-s02": ("D", "P", "bare", {"role": "Oracle 관측 DB", "model": "HPE ProLiant DL380 Gen11"}),
    "dj-r14-s03": ("D", "P", "vm", {"role": "레거시 배치 (QC, 존데)"}),
    "dj-r14-s05": ("D", "P", "bare", {"role": "아카이브 서버 (Storage Protect)", "model": "IBM Power S1022"}),
    "dj-r14-s06": ("D", "P", "vm", {"role": "아카이브 카탈로그 DB"}),
    "dj-r20-s01": ("D", "S", "vm", {"role": "스테이징/QA 공용"}),
    # 오창HPC
    "och-sch01": ("O", "P", "hpc", {"role": "PBS 서버 + 작업 DB", "model": "Lenovo ThinkSystem SR630 V3"}),
    "och-lgn01": ("O", "P", "hpc", {"role": "로그인/작업제출 노드 (전지구)", "model": "Lenovo ThinkSystem SR630 V3"}),
    "och-lgn02": ("O", "P", "hpc", {"role": "로그인/작업제출 노드 (지역)", "model": "Lenovo ThinkSystem SR630 V3"}),
    "och-pp-n01": ("O", "P", "hpc", {"role": "후처리 노드", "model": "Lenovo ThinkSystem SR665 V3"}),
    "och-pp-n02": ("O", "P", "hpc", {"role": "후처리 노드", "model": "Lenovo ThinkSystem SR665 V3"}),
    "och-pp-n03": ("O", "P", "hpc", {"role": "후처리 노드 (예비)", "model": "Lenovo ThinkSystem SR665 V3"}),
    "och-pp-n04": ("O", "P", "hpc", {"role": "GPU 노드 (초단기예측)", "model": "Lenovo ThinkSystem SR675 V3"}),
    "och-dev01": ("O", "D", "hpc", {"role": "개발 노드", "model": "Lenovo ThinkSystem SR630 V3"}),
    # 광주백업센터
    "gj-b01-s02": ("B", "P", "vm", {"role": "DR 복제"}),
    "gj-b01-s07": ("B", "P", "bare", {"role": "DR 예비 DB (메모리 교체 중)", "model": "HPE ProLiant DL380 Gen10"}),
    "gj-b02-s03": ("B", "P", "vm", {"role": "특보 허브 DR"}),
    # 진천위성센터
    "byeol-gs01": ("J", "P", "bare", {"role": "위성 수신 서버", "model": "HPE ProLiant DL380 Gen11"}),
    # radar / observatory sites
    "rdr-gwk-01": ("GWK", "P", "site", {"role": "레이더 신호처리/전송", "radar": "S-band 이중편파 (EEC DWSR-8501S)"}),
    "rdr-ojs-01": ("OJS", "P", "site", {"role": "레이더 신호처리/전송", "radar": "S-band 이중편파 (Vaisala WRM200)"}),
    "rdr-bny-01": ("BNY", "P", "site", {"role": "레이더 신호처리/전송 (정기점검)", "radar": "S-band 이중편파 (EEC DWSR-8501S)"}),
    "rdr-gsn-01": ("GSN", "P", "site", {"role": "레이더 신호처리/전송", "radar": "S-band 이중편파 (Vaisala WRM200)"}),
    "sonde-phs-01": ("PHS", "P", "site", {"role": "라디오존데 지상장비", "sonde": "Vaisala RS41 / MW41"}),
    # ncloud-kr
    "ncp-web-vm01": ("C", "P", "ncp", {"spec": "s8-g3 (8 vCPU, 32 GB)", "zone": "KR-1"}),
    "ncp-web-vm02": ("C", "P", "ncp", {"spec": "s8-g3 (8 vCPU, 32 GB)", "zone": "KR-2"}),
    "ncp-web-vm03": ("C", "P", "ncp", {"spec": "s4-g3 (4 vCPU, 16 GB)", "zone": "KR-1"}),
    "ncp-web-vm04": ("C", "P", "ncp", {"spec": "s4-g3 (4 vCPU, 16 GB)", "zone": "KR-2"}),
    "ncp-api-vm01": ("C", "P", "ncp", {"spec": "c16-g3 (16 vCPU, 32 GB)", "zone": "KR-1"}),
    "ncp-api-vm02": ("C", "P", "ncp", {"spec": "c16-g3 (16 vCPU, 32 GB)", "zone": "KR-2"}),
    "ncp-api-vm03": ("C", "P", "ncp", {"spec": "s8-g3 (8 vCPU, 32 GB)", "zone": "KR-1"}),
    "ncp-app-vm01": ("C", "P", "ncp", {"spec": "c8-g3 (8 vCPU, 16 GB)", "zone": "KR-2"}),
    "ncp-stg-vm01": ("C", "S", "ncp", {"spec": "s4-g3 (4 vCPU, 16 GB)", "zone": "KR-1"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "dj-core-sw": ("D", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "dj-fw01": ("D", {"device": "firewall", "vendor": "AhnLab", "model": "TrusGuard 15000A", "firmware": "2.8.4"}),
    "kreonet-och": ("O", {"device": "research network link", "vendor": "KISTI", "model": "KREONET 100G",
                          "desc": "대전 ↔ 오창 연구망", "circuit": "KRN-OCH-0417"}),
    "ncp-vpn-gw": ("C", {"device": "ipsec vpn gateway", "vendor": "NAVER Cloud", "model": "IPsec VPN (2 tunnels)",
                         "desc": "대전주센터 ↔ ncloud-kr"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("dj-fw01", "dj-core-sw"),
    ("kreonet-och", "dj-core-sw"),
    ("ncp-vpn-gw", "dj-fw01"),
    ("hanul-post", "kreonet-och"),
    ("dongwha-prep", "kreonet-och"),
    ("nowcast-qpf", "kreonet-och"),
    ("nalssi-api", "ncp-vpn-gw"),
    ("push-wx", "ncp-vpn-gw"),
    ("rdr-gwk-01", "rdr-ingest"),
    ("rdr-ojs-01", "rdr-ingest"),
    ("rdr-bny-01", "rdr-ingest"),
    ("rdr-gsn-01", "rdr-ingest"),
    ("sonde-phs-01", "sonde_dec"),
]
# fmt: on
STATUS = {"rdr-bny-01": "maintenance", "gj-b01-s07": "maintenance", "nalssi-web-v1": "retired"}
NET_PREFIX = {"D": "10.31", "O": "10.44", "B": "10.62", "J": "10.53", "C": "172.16", "R": "10.90"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "X1",
        "kind": "filesystem_metadata_saturation",
        "root": "lustre-och-scratch",
        "description": "on Sunday afternoon, in the 06 UTC run, the metadata servers of lustre-och-scratch"
        " saturate (a user's ensemble job creating millions of small files): hanul-post stalls on opens and"
        " stats (loudest), hanul-gdps' output writes lag, yebo-grid misses the 17:00 issue, until the job is"
        " held and the MDS load drops",
        "start": kst(2, 15, 20),
        "end": kst(2, 16, 15),
        "affected": ["lustre-och-scratch", "hanul-post", "hanul-gdps", "yebo-grid"],
    },
    {
        "id": "X2",
        "kind": "certificate_expired",
        "root": "mq-jaenan",
        "description": "at midnight on Tuesday the TLS certificate of mq-jaenan's channel KWIS.TO.MOIS expires"
        " (the renewed one was staged but not activated): the channel stops (AMQ9633), jaenan-link cannot"
        " deliver to the disaster agencies (loudest), jijin-alert's agency relay fails, until the new"
        " certificate is activated and the channel restarted",
        "start": kst(4, 0, 0),
        "end": kst(4, 0, 55),
        "affected": ["mq-jaenan", "jaenan-link", "jijin-alert"],
    },
    {
        "id": "X3",
        "kind": "cache_maxmemory",
        "root": "redis-teukbo",
        "description": "on Thursday morning a nationwide 폭염특보 issuance fills redis-teukbo to maxmemory (noeviction):"
        " writes fail with OOM command not allowed, teukbo-hub (deployed at 10:40, a bystander) cannot record"
        " dissemination state (loudest), nalssi-api's warning status calls fail, nalssi-bff follows, until"
        " maxmemory is raised and stale keys get a TTL",
        "start": kst(6, 11, 0),
        "end": kst(6, 11, 55),
        "affected": ["redis-teukbo", "teukbo-hub", "nalssi-api", "nalssi-bff"],
    },
    {
        "id": "X4",
        "kind": "queue_disk_alarm",
        "root": "rmq-radar",
        "description": "on Friday evening, with heavy rain and every radar in rapid scan, rmq-radar's disk free"
        " falls under its limit and the disk alarm blocks publishers: rdr-composite (deployed at 17:50, a"
        " bystander) starves (loudest), rdr-ingest cannot publish, nowcast-qpf and the forecasters' yebo-desk"
        " radar view go stale, until old volumes are purged and the limit lowered",
        "start": kst(7, 18, 10),
        "end": kst(7, 19, 5),
        "affected": ["rmq-radar", "rdr-composite", "rdr-ingest", "nowcast-qpf", "yebo-desk"],
    },
    {
        "id": "X5",
        "kind": "vacuum_lock_contention",
        "root": "pg-yebo",
        "description": "on Sunday night, in the 12 UTC run, an anti-wraparound autovacuum on pg-yebo's fcst_grid"
        " table conflicts with the grid import's lock: queries wait, yebo-desk (deployed at 20:55, a bystander)"
        " times out for the forecasters (loudest), yebo-grid's import stalls, hanggong-wx follows, until the"
        " import is paused and the vacuum completes",
        "start": kst(9, 21, 20),
        "end": kst(9, 22, 15),
        "affected": ["pg-yebo", "yebo-desk", "yebo-grid", "hanggong-wx"],
    },
    {
        "id": "X6",
        "kind": "nic_bond_flapping",
        "root": "dj-r09-s11",
        "description": "on Monday morning one port of the satellite processing server dj-r09-s11's LACP bond flaps"
        " (a bad SFP), retransmits pile up and memory fills with queued segments: byeol-l1b (deployed at 09:10"
        " with a new calibration table, a bystander) misses full-disk scans (loudest), byeol-prod lags,"
        " dongwha-prep waits for satellite data, until the port is disabled and the SFP replaced",
        "start": kst(10, 9, 30),
        "end": kst(10, 10, 25),
        "affected": ["dj-r09-s11", "byeol-l1b", "byeol-prod", "dongwha-prep"],
    },
    {
        "id": "X7",
        "kind": "write_stall",
        "root": "tsdb-aws",
        "description": "tonight, with the 호우경보 and every AWS station in 1-minute mode, tsdb-aws stalls on writes:"
        " the chunk compression job moved to 21:00 on Sunday competes with the ingest (checkpoints, WAL)"
        " and inserts queue; gwanchuk-hub (deployed at 21:05, a bystander) falls behind (loudest),"
        " nowcast-qpf and aws_qc_bat read stale data, nalssi-api's real-time observations fail (ongoing)",
        "start": kst(11, 21, 25),
        "end": None,
        "affected": ["tsdb-aws", "gwanchuk-hub", "nowcast-qpf", "aws_qc_bat", "nalssi-api"],
    },
]
X1, X2, X3, X4, X5, X6, X7 = INCIDENTS
HEAT = (kst(6, 10, 30), kst(6, 18, 0))  # 폭염특보 nationwide
RAIN_FRI = (kst(7, 15, 0), kst(7, 23, 0))  # 호우 (Friday)
RAIN_TUE = (kst(11, 16, 0), NOW + timedelta(hours=6))  # 호우경보 (tonight)


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


def _site_code(site: str) -> str:
    return site if site in ("D", "O", "B", "J", "C") else "R"


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
        code = _site_code(site)
        attrs: dict = {
            "ip": f"{NET_PREFIX[code]}.{({'P': 10, 'S': 30, 'D': 50}[env]) + i // 8}.{11 + (i * 37) % 220}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "Rocky Linux 8.10"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2"}  # fmt: skip
        elif kind == "bare":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['J30', 'CZ2', '7XK'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "hpc":
            attrs |= {"os": "RHEL 8.8 (HPC)", "cores": rng.choice([96, 128]), "mem_gb": rng.choice([512, 768]),
                      "interconnect": "InfiniBand NDR 400"}  # fmt: skip
            owner = HPC
        elif kind == "site":
            attrs |= {"os": "Rocky Linux 8.10", "uplink": rng.choice(["KT 전용회선 100M", "LG U+ 전용회선 100M"]),
                      "ups_min": rng.choice([30, 60])}  # fmt: skip
            owner = RADAR if h.startswith("rdr") else OBS
        else:  # ncloud VM
            attrs |= {"os": "Rocky Linux 8.10", "instance_no": str(rng.randint(20000000, 29999999))}
            owner = WEB
        if h in (
            "dj-r08-s01",
            "dj-r08-s02",
            "dj-r14-s02",
            "dj-r11-s08",
            "dj-r11-s09",
            "dj-r12-s03",
            "dj-r14-s06",
        ):
            owner = DBA
        if h in ("dj-r09-s11", "byeol-gs01"):
            owner = SAT
        if h.startswith("ncp-api-vm03"):
            owner = OPEN
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[_site_code(site)]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _in(ts: datetime, window: tuple[datetime, datetime]) -> bool:
    return window[0] <= ts < window[1]


def _runs(h: float, offset: float, width: float) -> float:
    """The four NWP runs (jobs from 03:20/09:20/15:20/21:20 KST), each a bump `offset` hours after its start."""
    return max(_bump(h, s + offset, width) for s in (3.33, 9.33, 15.33, 21.33))


def _nwp(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.2 + 0.65 * _runs(seoul_hour(ts), 0.9, 0.55)))


def _post(ts: datetime) -> float:
    return max(0.05, min(1.0, 0.12 + 0.7 * _runs(seoul_hour(ts), 1.6, 0.5)))


def _public(ts: datetime) -> float:
    """The public: the morning commute, lunch and the evening; the 특보 days are much busier."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.06 + 0.14 * (1 if 6 <= h < 24 else 0)
    v += 0.25 * _bump(h, 7.5, 0.9) + 0.12 * _bump(h, 12.3, 0.8) + 0.16 * _bump(h, 18.5, 1.3)
    if loc.weekday() >= 5:
        v += 0.06 * _bump(h, 10, 2)
    if _in(ts, HEAT):
        v += 0.12
    if _in(ts, RAIN_FRI) or _in(ts, RAIN_TUE):
        v += 0.3
    return max(0.05, min(1.0, v))


def _obs(ts: datetime) -> float:
    """Observations arrive all day; heavy rain switches stations and radars to rapid mode."""
    v = 0.45 + 0.05 * math.sin(2 * math.pi * seoul_hour(ts) / 24)
    if _in(ts, RAIN_FRI) or _in(ts, RAIN_TUE):
        v += 0.3
    return max(0.05, min(1.0, v))


def _desk(ts: datetime) -> float:
    """Forecasters: shifts around the clock, busiest before the issue times and the briefings."""
    h = seoul_hour(ts)
    v = 0.2 + 0.2 * (1 if 8 <= h < 19 else 0) + 0.2 * _runs(h, 1.9, 0.6)
    if _in(ts, RAIN_FRI) or _in(ts, RAIN_TUE) or _in(ts, HEAT):
        v += 0.2
    return max(0.05, min(1.0, v))


def _warn(ts: datetime) -> float:
    v = 0.1
    if _in(ts, HEAT):
        v += 0.35
    if _in(ts, RAIN_FRI) or _in(ts, RAIN_TUE):
        v += 0.5
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.15 + 0.05 * _bump(h, 14, 3)
    return 0.15 + 0.5 * (1 if 9 <= h < 18 else 0) + 0.15 * _bump(h, 10, 1.5)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 1 <= h < 3.5 else 0.15


def _hourly(ts: datetime) -> float:
    m = (seoul_hour(ts) % 1) * 60
    return 0.75 if 5 <= m < 25 else 0.2


def _steady(ts: datetime) -> float:
    return 0.5


PUBLIC = {"nalssi-web", "nalssi-api", "nalssi-bff", "push-wx", "opendata-api", "data-portal", "jido-tile",
          "redis-nalssi", "redis-api", "memc-tile", "mysql-nalssi", "pg-opendata", "l7-nalssi", "l7-opendata",
          "gslb-nalssi", "cdn-nalssi", "ncp-web-vm01", "ncp-web-vm02", "ncp-web-vm03", "ncp-api-vm01",
          "ncp-api-vm02", "ncp-api-vm03", "ncp-app-vm01", "ncp-vpn-gw", "bodo-cms", "cubrid_portal", "ncp-web-vm04"}  # fmt: skip
OBS_SIDE = {"asos-aws-rcv", "gwanchuk-hub", "bada-buoy", "beongae-rcv", "kfk-gwanchuk", "tsdb-aws", "rdr-ingest",
            "rdr-composite", "rmq-radar", "nas-rdr-raw", "nowcast-qpf", "byeol-rx", "byeol-l1b", "byeol-prod",
            "sat-raid01", "dj-r07-s01", "dj-r07-s02", "dj-r07-s03", "dj-r08-s01", "dj-r08-s02", "dj-r09-s04",
            "dj-r09-s05", "dj-r09-s06", "dj-r09-s11", "byeol-gs01", "rdr-gwk-01", "rdr-ojs-01", "rdr-gsn-01",
            "och-pp-n04", "sonde-phs-01", "dj-core-sw", "dj-fw01"}  # fmt: skip
NWP_SIDE = {"suchi-sched", "dongwha-prep", "hanul-gdps", "hanul-rdps", "lustre-och-scratch", "pg-suchi",
            "och-sch01", "och-lgn01", "och-lgn02", "kreonet-och"}  # fmt: skip
POST_SIDE = {
    "hanul-post",
    "gpfs-och-prod",
    "och-pp-n01",
    "och-pp-n02",
    "och-pp-n03",
    "yebo-grid",
    "dj-r11-s02",
}
DESK = {"yebo-desk", "pg-yebo", "redis-yebo", "hanggong-wx", "dj-r11-s03", "dj-r11-s08", "jiri-geo", "pg-gis",
        "dj-r12-s01", "dj-r12-s03"}  # fmt: skip
WARN_SIDE = {"teukbo-hub", "bangsong-feed", "jaenan-link", "jijin-alert", "munja-gw", "pg-teukbo", "redis-teukbo",
             "rmq-teukbo", "mq-jaenan", "dj-r11-s05", "dj-r11-s06", "dj-r11-s09", "teukbo-hub-dr", "gj-b02-s03",
             "l4-dj-core"}  # fmt: skip
OFFICE = {"gihu-stat", "archive-api", "pg-archive", "dj-r12-s02", "dj-r14-s06", "gamsi-zbx", "dj-r03-s09",
          "elk-log", "dj-r03-s08", "obj-arch"}  # fmt: skip
BATCH = {"tape_arch_bat", "tape-lib01", "dj-r14-s05", "dr-rep", "gj-b01-s02", "nas-gj-rep", "l4-gj-bk"}
HOURLY = {"aws_qc_bat", "sonde_dec", "ora_obsdb", "dj-r14-s02", "dj-r14-s03"}


def _load(name: str):
    for group, shape in (
        (PUBLIC, _public),
        (OBS_SIDE, _obs),
        (NWP_SIDE, _nwp),
        (POST_SIDE, _post),
        (DESK, _desk),
        (WARN_SIDE, _warn),
        (OFFICE, _office),
        (BATCH, _batch),
        (HOURLY, _hourly),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "X1": {0: (9.0, 4.0), 1: (4.0, 11.0), 2: (2.0, 6.5)},
    "X2": {0: (2.5, 18.0), 1: (3.0, 14.0)},
    "X3": {0: (3.0, 9.0), 1: (3.5, 12.0), 2: (1.8, 6.0)},
    "X4": {0: (4.0, 7.5), 1: (3.0, 10.0), 2: (1.9, 6.0)},
    "X5": {0: (12.0, 4.5), 1: (4.5, 11.0), 2: (2.0, 6.0)},
    "X6": {1: (5.0, 12.0), 2: (2.2, 6.5)},
    "X7": {0: (7.0, 6.5), 1: (3.5, 12.0), 2: (1.8, 6.0)},
}
EFFECT_OVERRIDE = {
    ("X1", "hanul-post"): (6.0, 24.0),
    ("X2", "jaenan-link"): (2.0, 41.0),
    ("X3", "teukbo-hub"): (4.5, 27.0),
    ("X4", "rdr-composite"): (4.0, 26.0),
    ("X5", "yebo-desk"): (6.5, 29.0),
    ("X6", "byeol-l1b"): (5.5, 31.0),
    ("X7", "gwanchuk-hub"): (5.0, 28.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "dj-r03-s08", "dj-r08-s01", "dj-r08-s02", "dj-r09-s06", "dj-r09-s11", "dj-r11-s08", "dj-r11-s09",
    "dj-r12-s03", "dj-r14-s02", "dj-r14-s05", "dj-r14-s06", "och-sch01", "byeol-gs01", "gj-b01-s02",
    "gj-b01-s07", "rdr-gwk-01", "rdr-ojs-01", "rdr-bny-01", "rdr-gsn-01", "ncp-web-vm04",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "dj-r03-s08":  # ELK indices: the disk creeps up
        disk0, growth = 63.0, 1.3
    if name == "dj-r09-s06":  # RabbitMQ (radar) spool
        disk0, growth = 58.0, 0.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "dj-r09-s11":  # the flapping bond: softirq and queued segments
            r = ramp(ts, X6["start"], X6["end"], rise=5, fall=10)
            cpu += (88.0 + rng.gauss(0, 1.5) - cpu) * r
            mem += (93.0 + rng.gauss(0, 0.5) - mem) * r
        if name == "dj-r09-s06":  # rmq-radar's spool fills with the rapid scans
            fill = ramp(ts, RAIN_FRI[0], X4["end"], rise=190, fall=20)
            disk += 36.0 * fill + rng.gauss(0, 0.1)
        if name in ("dj-r08-s01",):  # tsdb-aws primary: the compression job and the stall
            cpu += 30 * ramp(ts, X7["start"], X7["end"], rise=15)
        if name == "gj-b01-s07":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        if name == "dj-r14-s05":  # the nightly tape archive
            cpu += 22 * (1 if 1 <= seoul_hour(ts) < 3.5 else 0)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"kreonet-och": 1.4, "ncp-vpn-gw": 3.2}.get(name, rng.uniform(0.2, 0.9))
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
    used = {"lustre-och-scratch": (68, 70), "tape-lib01": (57, 58), "nas-rdr-raw": (61, 63)}.get(
        name, (35, 55)
    )
    per_day = {"nas-rdr-raw": 0.35, "obj-arch": 0.12}.get(name, 0.05)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = {"lustre-och-scratch": 1.8, "gpfs-och-prod": 2.2, "tape-lib01": 45.0, "obj-arch": 9.0}.get(
        name, rng.uniform(0.9, 2.5)
    )
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = max(0.0, rng.gauss(0.03, 0.01))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            lat *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        row = {"disk_usage": round(v, 1), "response_time_ms": round(lat, 2)}
        if name == "lustre-och-scratch":
            row["error_rate"] = round(err, 2)
        rows += samples(ts, c, **row)
    return rows


RT0 = {
    "asos-aws-rcv": 18.0, "gwanchuk-hub": 42.0, "aws_qc_bat": 380.0, "sonde_dec": 260.0, "bada-buoy": 22.0,
    "beongae-rcv": 15.0, "rdr-ingest": 120.0, "rdr-composite": 310.0, "nowcast-qpf": 540.0, "byeol-rx": 35.0,
    "byeol-l1b": 420.0, "byeol-prod": 360.0, "suchi-sched": 85.0, "dongwha-prep": 480.0, "hanul-gdps": 210.0,
    "hanul-rdps": 190.0, "hanul-post": 260.0, "yebo-grid": 230.0, "yebo-desk": 140.0, "hanggong-wx": 95.0,
    "teukbo-hub": 60.0, "bangsong-feed": 28.0, "jaenan-link": 75.0, "jijin-alert": 12.0, "munja-gw": 110.0,
    "teukbo-hub-dr": 55.0, "nalssi-web": 180.0, "nalssi-api": 48.0, "nalssi-bff": 90.0, "push-wx": 40.0,
    "opendata-api": 130.0, "data-portal": 240.0, "jido-tile": 35.0, "bodo-cms": 210.0, "tape_arch_bat": 520.0,
    "archive-api": 170.0, "gihu-stat": 450.0, "jiri-geo": 160.0, "dr-rep": 300.0, "gamsi-zbx": 120.0,
    "elk-log": 90.0,
    "tsdb-aws": 3.2, "ora_obsdb": 6.5, "pg-yebo": 2.8, "pg-teukbo": 1.9, "pg-suchi": 2.2, "mysql-nalssi": 2.4,
    "pg-opendata": 2.9, "pg-gis": 7.5, "pg-archive": 3.6, "cubrid_portal": 5.1,
    "redis-teukbo": 0.4, "redis-nalssi": 0.35, "redis-api": 0.3, "redis-yebo": 0.45, "memc-tile": 0.25,
    "kfk-gwanchuk": 4.5, "rmq-radar": 3.8, "rmq-teukbo": 2.6, "mq-jaenan": 6.0,
    "l4-dj-core": 1.1, "l7-nalssi": 2.3, "l7-opendata": 2.6, "gslb-nalssi": 0.9, "cdn-nalssi": 14.0, "l4-gj-bk": 1.2,
}  # fmt: skip
REQUEST_RATE = {
    "asos-aws-rcv": 720.0, "gwanchuk-hub": 2400.0, "bada-buoy": 12.0, "beongae-rcv": 60.0, "rdr-ingest": 34.0,
    "rdr-composite": 18.0, "byeol-rx": 95.0, "teukbo-hub": 220.0, "bangsong-feed": 40.0, "jaenan-link": 85.0,
    "munja-gw": 30.0, "nalssi-web": 5200.0, "nalssi-api": 16800.0, "nalssi-bff": 7400.0, "push-wx": 900.0,
    "opendata-api": 3100.0, "data-portal": 260.0, "jido-tile": 9800.0, "yebo-desk": 160.0, "hanggong-wx": 45.0,
    "kfk-gwanchuk": 26000.0, "tsdb-aws": 14500.0, "rmq-radar": 40.0, "rmq-teukbo": 300.0, "mq-jaenan": 120.0,
    "redis-teukbo": 5200.0, "redis-nalssi": 38000.0, "redis-api": 6400.0, "memc-tile": 21000.0,
    "mysql-nalssi": 4100.0, "pg-yebo": 2300.0, "l7-nalssi": 31000.0, "cdn-nalssi": 64000.0, "l7-opendata": 3400.0,
}  # fmt: skip
MEMORY = {  # caches, brokers with a memory gauge: (level, swing with load)
    "redis-teukbo": (46.0, 8.0), "redis-nalssi": (58.0, 6.0), "redis-api": (41.0, 5.0), "redis-yebo": (37.0, 6.0),
    "memc-tile": (66.0, 4.0), "rmq-radar": (34.0, 9.0), "rmq-teukbo": (28.0, 10.0), "kfk-gwanchuk": (52.0, 5.0),
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
            if inc is X4 and name in ("rdr-ingest", "rmq-radar"):
                req *= 1 - 0.7 * r  # publishers blocked
            if inc is X2 and name in ("jaenan-link", "mq-jaenan"):
                req *= 1 - 0.9 * r
            if inc is X7 and name == "tsdb-aws":
                req *= 1 - 0.45 * r  # inserts queue
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-teukbo":  # fills up to maxmemory with the 폭염특보 fan-out
                fill = ramp(ts, HEAT[0], X3["end"], rise=30, fall=10)
                mem += (99.2 + rng.gauss(0, 0.2) - mem) * fill
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "tsdb-aws":
            cpu = 24 + 22 * d + rng.gauss(0, 1.0)
            cpu += (91.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, X7["start"], X7["end"], rise=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The four NWP runs, the nightly tape archive, the dawn forecast briefing and the open-data certificate."""
    rows = []
    for d in range(1, 12):
        for hh, mm, utc in ((3, 20, "18"), (9, 20, "00"), (15, 20, "06"), (21, 20, "12")):
            rows.append(
                (
                    d,
                    hh,
                    mm,
                    "hanul-gdps",
                    "info",
                    "job_start",
                    f"HANUL-G {utc}UTC 런 시작 (PBS job submitted)",
                )
            )
            rows.append(
                (d, hh + 1, mm + 20, "hanul-post", "info", "job_start", f"{utc}UTC 후처리 시작 (GRIB2)")
            )
        rows.append(
            (d, 1, 0, "tape_arch_bat", "info", "batch_job", "야간 테이프 아카이브 시작 (ARCH_NIGHTLY)")
        )
        rows.append((d, 3, 10, "tape_arch_bat", "info", "batch_job", "야간 테이프 아카이브 완료"))
        left = (datetime(2026, 8, 18) - datetime(2026, 8, d)).days
        rows.append(
            (d, 9, 0, "l7-opendata", "warning", "cert_expiry",
             f"certificate data.nalssi.go.kr expires in {left} days (2026-08-18), GPKI manual renewal")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (2, 9, 10, "dj-r03-s08", "warning", "threshold_breach", "disk_usage above 65% on /data/es"),
    (2, 14, 40, "hanul-gdps", "info", "ensemble", "앙상블 실험작업 (user: nwp_exp07) 제출, 파일 1,800만개 생성"),
    (3, 10, 0, "gj-b01-s07", "info", "maintenance", "gj-b01-s07 메모리 DIMM 교체 작업 (예비 DB)"),
    (3, 14, 0, "nalssi-web-stg", "info", "deployment", "nalssi-web-stg 12.4.0-rc1 배포"),
    (3, 16, 30, "mq-jaenan", "info", "config_change", "KWIS.TO.MOIS 채널 신규 인증서 keystore 등록 (적용 예정)"),
    (4, 10, 0, "rdr-bny-01", "info", "maintenance", "백령도 레이더 정기점검 (안테나 베어링), 관측 중단"),
    (5, 9, 30, "dj-r03-s08", "warning", "threshold_breach", "disk_usage above 70% on /data/es"),
    (5, 15, 0, "teukbo-hub-qa", "info", "deployment", "teukbo-hub-qa 3.9.0-beta2 배포"),
    (6, 10, 30, "teukbo-hub", "info", "warning_issued", "폭염경보 발표 (전국 108개 구역)"),
    (6, 10, 40, "teukbo-hub", "info", "deployment", "teukbo-hub 3.8.0 배포 (전파 이력 상세 저장)"),
    (7, 15, 0, "teukbo-hub", "info", "warning_issued", "호우주의보 발표 (경기북부, 강원중부)"),
    (7, 16, 40, "rdr-ingest", "info", "config_change", "전 레이더 집중관측 모드 (2.5분 스캔)"),
    (7, 17, 50, "rdr-composite", "info", "deployment", "rdr-composite 5.0.3 배포 (HSR 합성 가중치)"),
    (8, 11, 0, "gwanchuk-hub-stg", "info", "deployment", "gwanchuk-hub-stg 6.2.0-rc1 배포"),
    (8, 14, 20, "dj-r03-s08", "warning", "threshold_breach", "disk_usage above 75% on /data/es"),
    (9, 20, 55, "yebo-desk", "info", "deployment", "yebo-desk 5.2.1 배포 (특보 입력 화면 개선)"),
    (9, 22, 30, "tsdb-aws", "info", "config_change", "압축 정책 job 실행 시각 03:00 → 21:00 변경 (백업 창 충돌 회피)"),
    (10, 9, 10, "byeol-l1b", "info", "deployment", "byeol-l1b 4.4.0 배포 (복사보정 테이블 갱신)"),
    (10, 15, 0, "opendata-api-dev", "info", "deployment", "opendata-api-dev 2.19.0-SNAPSHOT 배포"),
    (11, 11, 0, "nalssi-api-stg", "info", "deployment", "nalssi-api-stg 4.7.0-rc1 배포"),
    (11, 16, 0, "teukbo-hub", "info", "warning_issued", "호우경보 발표 (서울, 경기, 강원영서)"),
    (11, 16, 20, "asos-aws-rcv", "info", "config_change", "호우 집중관측: 전 AWS 1분 전송 모드"),
    (11, 21, 5, "gwanchuk-hub", "info", "deployment", "gwanchuk-hub 6.1.0 배포 (품질표시 플래그 추가)"),
    # X1 (Sunday afternoon, 06 UTC run)
    (2, 15, 22, "lustre-och-scratch", "warning", "metadata", "MDT0000 request queue depth 18,000, mdt_rdpg threads busy"),
    (2, 15, 26, "lustre-och-scratch", "critical", "metadata", "MDS latency 4.1 s (open/stat), LNet timeouts from och-pp-n01"),
    (2, 15, 30, "hanul-post", "critical", "error", "06UTC 후처리 지연, GRIB2 변환 타임아웃 (open() stalls)"),
    (2, 15, 33, "hanul-gdps", "major", "error", "출력 파일 쓰기 지연 (history write > 600 s)"),
    (2, 15, 41, "yebo-grid", "major", "error", "17시 동네예보 격자 입력자료 미도착"),
    (2, 16, 5, "hanul-gdps", "info", "config_change", "실험 앙상블 작업 qhold (nwp_exp07), 파일 정리"),
    (2, 16, 20, "hanul-post", "info", "recovery", "후처리 정상 (지연분 재처리)"),
    # X2 (Tuesday midnight)
    (4, 0, 0, "mq-jaenan", "critical", "tls", "AMQ9633E: Bad SSL certificate for channel 'KWIS.TO.MOIS' (certificate expired)"),
    (4, 0, 2, "mq-jaenan", "major", "channel", "channel KWIS.TO.MOIS in RETRYING state, XMITQ depth rising"),
    (4, 0, 4, "jaenan-link", "critical", "error", "재난관리기관 전송 실패 (MQRC 2393 SSL_INITIALIZATION_ERROR)"),
    (4, 0, 9, "jijin-alert", "major", "error", "지진정보 기관 연계 전송 실패 (큐 적체)"),
    (4, 0, 48, "mq-jaenan", "info", "config_change", "신규 인증서 활성화 (REFRESH SECURITY), 채널 재시작"),
    (4, 0, 58, "jaenan-link", "info", "recovery", "재난관리기관 연계 정상, 적체분 재전송 완료"),
    # X3 (Thursday morning, 폭염특보)
    (6, 10, 58, "redis-teukbo", "warning", "memory", "used_memory 7.6 GB / maxmemory 8 GB"),
    (6, 11, 2, "redis-teukbo", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory'"),
    (6, 11, 6, "teukbo-hub", "critical", "error", "특보 전파 상태 저장 실패 28% (Redis OOM)"),
    (6, 11, 9, "nalssi-api", "major", "error", "특보 현황 조회 5xx 증가"),
    (6, 11, 16, "nalssi-bff", "warning", "error", "앱 특보 배너 조회 실패"),
    (6, 11, 48, "redis-teukbo", "info", "config_change", "maxmemory 8 → 16 GB, dissem:* 키 TTL 24h 적용"),
    (6, 12, 0, "teukbo-hub", "info", "recovery", "특보 전파 정상"),
    # X4 (Friday evening, heavy rain)
    (7, 18, 8, "rmq-radar", "warning", "disk", "disk free 58 GB, limit 50 GB"),
    (7, 18, 12, "rmq-radar", "critical", "disk", "disk resource limit alarm set on node rabbit@dj-r09-s06, publishers blocked"),
    (7, 18, 16, "rdr-composite", "critical", "error", "합성영상 생성 중단 (입력 볼륨 수신 없음)"),
    (7, 18, 18, "rdr-ingest", "major", "error", "connection.blocked: 볼륨 publish 불가, 로컬 버퍼 적체"),
    (7, 18, 27, "nowcast-qpf", "major", "error", "초단기 강수예측 입력 레이더 지연 (20분)"),
    (7, 18, 30, "yebo-desk", "warning", "error", "예보관 레이더 화면 갱신 안됨"),
    (7, 18, 58, "rmq-radar", "info", "config_change", "처리 완료 볼륨 큐 purge, disk_free_limit 50 → 20 GB"),
    (7, 19, 10, "rdr-composite", "info", "recovery", "레이더 합성 정상"),
    # X5 (Sunday night, 12 UTC run)
    (9, 21, 18, "pg-yebo", "warning", "vacuum", "autovacuum: VACUUM public.fcst_grid (to prevent wraparound) running"),
    (9, 21, 23, "pg-yebo", "critical", "lock_wait", "process 48213 still waiting for ShareUpdateExclusiveLock on relation fcst_grid after 60000 ms"),
    (9, 21, 26, "yebo-desk", "critical", "error", "예보 편집 저장 타임아웃 31%, 예보관 화면 멈춤"),
    (9, 21, 28, "yebo-grid", "major", "error", "12UTC 격자 import 대기 (lock wait)"),
    (9, 21, 40, "hanggong-wx", "warning", "error", "TAF 작성용 격자 조회 지연"),
    (9, 22, 8, "pg-yebo", "info", "config_change", "격자 import 일시중지, vacuum 완료 후 재개"),
    (9, 22, 20, "yebo-desk", "info", "recovery", "예보 편집 정상"),
    # X6 (Monday morning)
    (10, 9, 31, "dj-r09-s11", "major", "network", "bond0: link status down for interface ens2f1, LACP churn"),
    (10, 9, 33, "dj-r09-s11", "critical", "network", "ens2f1 flapping 42 times/5min, TCP retransmits 18%"),
    (10, 9, 37, "byeol-l1b", "critical", "error", "전구 관측(Full Disk) 처리 누락 3회, 입력 수신 타임아웃"),
    (10, 9, 40, "byeol-prod", "major", "error", "구름탐지/안개 산출물 지연"),
    (10, 9, 46, "dongwha-prep", "warning", "error", "위성 복사휘도 자료 미도착 (00UTC 동화 cutoff 임박)"),
    (10, 10, 15, "dj-r09-s11", "info", "config_change", "ens2f1 shutdown, SFP 교체 (bond 단일 링크 운영)"),
    (10, 10, 30, "byeol-l1b", "info", "recovery", "위성 L1B 처리 정상"),
    # X7 (tonight, ongoing)
    (11, 21, 0, "tsdb-aws", "info", "batch_job", "compression policy job 시작 (chunks older than 7 days)"),
    (11, 21, 24, "tsdb-aws", "warning", "checkpoint", "checkpoints are occurring too frequently (12 seconds apart)"),
    (11, 21, 28, "tsdb-aws", "critical", "write_stall", "insert latency p99 4.8 s, WAL write wait, 1분 자료 적재 지연"),
    (11, 21, 32, "gwanchuk-hub", "critical", "error", "관측자료 적재 지연 7분, 실시간 조회 5xx 26%"),
    (11, 21, 36, "nowcast-qpf", "major", "error", "AWS 보정용 강수 자료 지연 (stale 10분)"),
    (11, 21, 38, "aws_qc_bat", "major", "batch_job", "21시 QC 배치 지연 (입력 자료 미완)"),
    (11, 21, 42, "nalssi-api", "warning", "error", "실시간 관측 조회 타임아웃 증가"),
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
    generate(NAME, "weather-service", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
