"""Generate the satellite ground-segment estate (tests/fixtures/sat-ground/, interchange format) and its faults file.

A Korean earth-observation satellite operator (솔빛위성 SOLBIT, satellites SOLBIT-3 and SOLBIT-5A): two ground
stations, 제주지상국 and 양양지상국, each with an antenna control unit (`jju-ant73-acu`, `yyg-ant90-acu`), an RF
chain, X-band and S-band modems and a GPS time server (`jju-gpsntp01`), a front-end processor (`gs-jju-fep`) and a
downlink recorder (`gs-jju-dlrec`) on ground-station servers; mission control at 대전본사 with the TT&C core
`saebyeol-ttc` (code name SAEBYEOL 새별) on PostgreSQL `pg-ttc` and Kafka `kfk-tm`, the telemetry viewer
`saebyeol-tmview`, the ground-station M&C `hanul-mnc`, flight dynamics `gwedo-fds` (궤도), pass scheduling
`jeopsok-sched` (접속) and mission planning `gyehoek-mps` (계획) on Oracle `ora-mps`; the image chain
`l0_ingest` → `l1_radiocal` → `l2_ortho` (orthorectification on the GPU nodes `hpc-g031`…`hpc-g034` under the
Slurm controller `slurm-ctl`) with the nightly product batch `prd_nightly`, product metadata on `pg-prodmeta`
and the L0 staging NAS `nas-l0-stage`; the archive `gotgan-arch` (곳간) on the tape library `tape-lib-dj1` and
the Ceph object store `obj-dj1-ceph` with the Sunday-night `arch_migrate_weekly`; the catalogue search
`chatgi-cat` (찾기) on Elasticsearch; licensing `lic-svc` and billing `bill-core` on Oracle `ora-bill`; the
customer ordering portal `ordr-portal` and delivery API `ordr-delivery` in the AWS Seoul region (RDS, ElastiCache,
MSK, S3, behind `alb-ordr-prd-1f9c`); the security segment (`siem-boan`, `pam-gw`); the backup control centre
at 세종 (`saebyeol-ttc-bcc`). Sites 대전본사, 제주지상국, 양양지상국, 세종백업관제센터, AWS 서울리전;
environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): the ground-segment code name SAEBYEOL (`saebyeol-*`), romanised Korean
(`gwedo-fds`, `jeopsok-sched`, `gyehoek-mps`, `hanul-mnc`, `gotgan-arch`, `chatgi-cat`, `siem-boan`), the image
chain's legacy snake_case (`l0_ingest`, `l1_radiocal`, `l2_ortho`, `prd_nightly`, `arch_migrate_weekly`,
`tle_publisher`, `ftp_delivery_old`), ground-station devices by site, antenna diameter and role
(`jju-ant73-rfc`, `yyg-xmdm01`), HQ IDC bare metal by hall, rack and unit (`dj1-r09u21`), numbered VMs
(`djvm-2210`), GPU nodes by asset tag (`hpc-g031`), and cloud-generated names (`ip-10-84-3-117`,
`rds-ordr-prd-a1b2`, `ordr-redis-0001-001`, `alb-ordr-prd-1f9c`).

Rhythms: a satellite pass every 95 minutes (ground-station and telemetry bursts of about ten minutes), the
nightly product batch 01:00–05:00, business-hours portal traffic (quieter weekends), the weekly archive
migration from Sunday 22:00 to Monday 04:00.

Seven injected incidents (times KST; now = Wednesday 2028-11-22 17:20; the window is the 10 days before):
  T1 Mon 13 02:20–03:15  (nightly batch) pg-prodmeta runs out of connections after prd_nightly's parallelism was
                         raised on Sunday evening: l1_radiocal (loudest, 3.4.0 deployed Sunday 23:40), l2_ortho,
                         chatgi-cat
  T2 Tue 14 10:20–11:15  es-catalog spends its time in garbage collection after Monday's index template change
                         (replicas doubled): chatgi-cat (loudest, 2.9.0 deployed at 10:02), ordr-portal,
                         ordr-delivery
  T3 Thu 16 14:05–15:00  the 제주 GPS time server jju-gpsntp01 loses GPS lock (antenna cable water ingress after
                         the morning rain) and drifts: gs-jju-fep (loudest) rejects frames, saebyeol-ttc fails
                         telecommand verification, hanul-mnc follows
  T4 Sat 18 21:40–22:35  the Kafka broker host dj1-r09u21 fills its log disk (retention.bytes removed on Wednesday):
                         kfk-tm stalls, saebyeol-ttc (loudest, 2.18.1 hotfix deployed at 21:10) and saebyeol-tmview
                         lose telemetry
  T5 Sun 19 23:10–Mon 20 00:05  (weekly migration) the tape library tape-lib-dj1's accessor faults: gotgan-arch,
                         arch_migrate_weekly (loudest), ordr-delivery (archive recalls)
  T6 Tue 21 15:10–16:05  ora-bill's archiver is stuck (ORA-00257, archive destination full): lic-svc (loudest,
                         1.12.0 deployed at 14:50), bill-core, ordr-portal, ordr-delivery
  T7 Wed 22 16:45–now    nas-l0-stage fills during the afternoon pass downlink (snapshot autodelete disabled in
                         Friday's ONTAP change) and its latency soars: l0_ingest (loudest, 5.1.2 deployed at 16:20),
                         l1_radiocal, l2_ortho (ongoing)
Confounders: the 95-minute passes, the nightly batch on the GPU nodes, business-hours portal traffic, the Sunday
archive migration; deploys on victims before T1, T2, T4, T6 and T7; `yyg-ant90-acu` (servo overhaul) and
`hpc-g034` (GPU swap) in maintenance; the retired `ftp_delivery_old`; the SOC OpenSearch host `dj1-r03u09`'s disk
creeping up (79 % at now); the portal certificate on `alb-ordr-prd-1f9c` expiring on 2028-11-29 (warned daily); a rain alert at
제주 on Thursday morning.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/sat_golden.py) are computed from the files.

    .venv/bin/python bench/sat_estate.py   # rewrites tests/fixtures/sat-ground*
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

NAME = "sat-ground"
NOW = datetime(2028, 11, 22, 8, 20, tzinfo=UTC)  # Wednesday 2028-11-22 17:20 KST
START = NOW - timedelta(days=10)  # Sunday 2028-11-12 17:20 KST
SEED = 20281122
SITES = {"D": "대전본사", "J": "제주지상국", "Y": "양양지상국", "S": "세종백업관제센터", "A": "AWS 서울리전"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

GS, TTC, MPS, FDS = "지상국운영팀", "관제운영팀", "임무계획팀", "궤도역학파트"
IMG, ARCH, PORTAL, BILL = "영상처리팀", "archive-ops", "portal-dev", "billing-squad"
INFRA, DBA, NET, SOC, CLOUD = "인프라운영팀", "DBA파트", "네트워크팀", "보안관제센터", "cloud-platform"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- mission control (SAEBYEOL)
    "saebyeol-ttc": ("service", TTC, "D", "P", ["djvm-2210", "djvm-2211"],
                     ["gs-jju-fep", "gs-yyg-fep", "pg-ttc", "kfk-tm", "gwedo-fds"],
                     {"desc": "새별 TT&C 코어 (텔레메트리 처리, 텔레커맨드 송신/검증)", "product": "자체개발 (C++17 + Java 17)",
                      "version": "2.18.1", "instances": 2, "satellites": "SOLBIT-3, SOLBIT-5A", "tc_port": 5010,
                      "ccsds": "TM/TC SDLP"}),
    "saebyeol-tmview": ("service", TTC, "D", "P", ["djvm-2212"], ["kfk-tm", "redis-tm", "pg-ttc"],
                        {"desc": "텔레메트리 조회/그래프 (운영자 콘솔)", "product": "자체개발 (Grafana 10 플러그인)",
                         "version": "1.7.3", "consoles": 24, "tm_params": 18400}),
    "hanul-mnc": ("service", GS, "D", "P", ["djvm-2212"], ["gs-jju-fep", "gs-yyg-fep", "redis-mnc"],
                  {"desc": "하늘 지상국 M&C (안테나/모뎀/RF 원격 감시제어)", "product": "자체개발 (Python 3.11)",
                   "version": "3.3.0", "stations": 2, "devices_monitored": 64}),
    "gwedo-fds": ("service", FDS, "D", "P", ["djvm-2213"], ["pg-fds"],
                  {"desc": "비행역학 (궤도 결정/예측, 기동 계획)", "product": "GMAT R2022a + 자체 OD 모듈",
                   "version": "4.0.6", "od_cycle": "6시간", "ephemeris_days": 7}),
    "jeopsok-sched": ("service", MPS, "D", "P", ["djvm-2213"], ["gwedo-fds", "ora-mps", "hanul-mnc"],
                      {"desc": "지상국 접속(패스) 스케줄링", "version": "2.2.4", "product": "자체개발 (Java 17)",
                       "passes_per_day": 15, "horizon_days": 3}),
    "gyehoek-mps": ("service", MPS, "D", "P", ["djvm-2214"],
                    ["ora-mps", "gwedo-fds", "msk-ordr-events", "jeopsok-sched"],
                    {"desc": "임무계획 (촬영 요청 → 촬영 계획/명령 계획)", "product": "자체개발 (Java 17, OptaPlanner)",
                     "version": "6.5.0", "planning_cycle": "하루 2회 (06:00, 18:00)", "requests_open": 1240}),
    "tle_publisher": ("service", FDS, "D", "P", ["djvm-2213"], ["gwedo-fds"],
                      {"desc": "TLE/궤도력 배포 (지상국, 파트너 기관)", "version": "1.0.9", "schedule": "매 6시간",
                       "recipients": 11}),
    # ---------------------------------------------------------------- ground stations
    "gs-jju-fep": ("service", GS, "J", "P", ["jju-srv-fep01"], ["jju-gpsntp01"],
                   {"desc": "제주 지상국 전단처리기 (TM 프레임 동기/디코딩, TC 송신)", "product": "자체개발 (C++17)",
                    "version": "5.0.2", "band": "S", "frame_len": 1115, "port": 7001}),
    "gs-yyg-fep": ("service", GS, "Y", "P", ["yyg-srv-fep01"], ["yyg-gpsntp01"],
                   {"desc": "양양 지상국 전단처리기", "product": "자체개발 (C++17)", "version": "5.0.2", "band": "S",
                    "frame_len": 1115, "port": 7001}),
    "gs-jju-dlrec": ("service", GS, "J", "P", ["jju-srv-rec01"], ["nas-jju-raw"],
                     {"desc": "제주 X밴드 다운링크 원시데이터 기록", "version": "2.4.0", "band": "X",
                      "max_rate_mbps": 720}),
    "gs-yyg-dlrec": ("service", GS, "Y", "P", ["yyg-srv-rec01"], ["nas-yyg-raw"],
                     {"desc": "양양 X밴드 다운링크 원시데이터 기록", "version": "2.4.0", "band": "X",
                      "max_rate_mbps": 520}),
    # ---------------------------------------------------------------- image chain
    "l0_ingest": ("service", IMG, "D", "P", ["djvm-2220"], ["gs-jju-dlrec", "gs-yyg-dlrec", "nas-l0-stage", "kfk-img"],
                  {"desc": "L0 수신/분할 (원시 다운링크 → L0 세그먼트)", "product": "자체개발 (Python 3.9, 레거시)",
                   "version": "5.1.2", "workers": 12}),
    "l1_radiocal": ("service", IMG, "D", "P", ["djvm-2221"], ["nas-l0-stage", "kfk-img", "pg-prodmeta"],
                    {"desc": "L1 방사보정/기하 초기보정", "product": "자체개발 (C++ / Python)", "version": "3.4.0",
                     "workers": 16}),
    "l2_ortho": ("service", IMG, "D", "P", ["hpc-g031", "hpc-g032", "hpc-g033", "hpc-g034"],
                 ["nas-l0-stage", "pg-prodmeta", "slurm-ctl", "kfk-img"],
                 {"desc": "L2 정사보정 (GPU, DEM 기반)", "product": "자체개발 (CUDA 12.2)", "version": "2.11.0",
                  "dem": "SRTM 1 arc-sec + 국토지리정보원 5m", "gpus": 16}),
    "slurm-ctl": ("service", IMG, "D", "P", ["dj1-r14u40"], ["maria-slurm"],
                  {"desc": "HPC 작업 스케줄러 (slurmctld)", "product": "Slurm 23.11.4", "version": "23.11.4",
                   "partitions": "ortho, qlook", "nodes": 4}),
    "prd_nightly": ("service", IMG, "D", "P", ["djvm-2221"], ["l1_radiocal", "l2_ortho", "pg-prodmeta"],
                    {"desc": "야간 표준산출물 배치 (L1/L2 일괄 생산)", "schedule": "매일 01:00", "parallelism": 24,
                     "product": "Airflow 2.7 DAG prd_nightly"}),
    "prod-qc": ("service", IMG, "D", "P", ["djvm-2222"], ["pg-prodmeta", "kfk-img"],
                {"desc": "산출물 품질검사 (구름량, 기하 정확도)", "version": "1.5.1", "cloud_threshold_pct": 30}),
    # ---------------------------------------------------------------- archive
    "gotgan-arch": ("service", ARCH, "D", "P", ["djvm-2230"], ["tape-lib-dj1", "obj-dj1-ceph", "pg-prodmeta"],
                    {"desc": "곳간 아카이브 관리 (HSM, 테이프/오브젝트 계층)", "product": "IBM Storage Archive EE 1.3 + 자체",
                     "version": "1.3.4", "archived_pb": 6.8}),
    "arch_migrate_weekly": ("service", ARCH, "D", "P", ["djvm-2230"], ["gotgan-arch", "tape-lib-dj1", "obj-dj1-ceph"],
                            {"desc": "주간 아카이브 이관 (오브젝트 → 테이프)", "schedule": "매주 일요일 22:00",
                             "version": "0.9.7"}),
    # ---------------------------------------------------------------- customer side
    "chatgi-cat": ("service", PORTAL, "D", "P", ["djvm-2240"], ["es-catalog", "pg-prodmeta"],
                   {"desc": "찾기 카탈로그 검색 (영상 메타데이터, 공간 검색)", "version": "2.9.0",
                    "product": "자체개발 (Kotlin, Spring Boot 3.2)", "scenes_indexed": 4120000}),
    "ordr-portal": ("service", PORTAL, "A", "P", ["ip-10-84-3-117", "ip-10-84-5-42"],
                    ["chatgi-cat", "bill-core", "lic-svc", "ordr-redis-0001-001", "rds-ordr-prd-a1b2", "portal-auth"],
                    {"desc": "고객 주문 포털 (영상 검색/주문/결제)", "product": "Next.js 14 + NestJS 10",
                     "version": "4.6.2", "endpoint": "order.solbit-sat.co.kr", "instances": 6}),
    "ordr-delivery": ("service", PORTAL, "A", "P", ["ip-10-84-5-42"],
                      ["rds-ordr-prd-a1b2", "lic-svc", "gotgan-arch", "chatgi-cat", "s3-sb-delivery"],
                      {"desc": "산출물 배포 API (고객 다운로드, 아카이브 리콜)", "version": "2.3.1",
                       "product": "Go 1.22", "endpoint": "api.solbit-sat.co.kr/delivery", "rate_limit_rps": 300}),
    "portal-auth": ("service", CLOUD, "A", "P", ["ip-10-84-7-9"], ["rds-ordr-prd-a1b2"],
                    {"desc": "고객 인증 (OIDC)", "product": "Keycloak 24.0.5", "version": "24.0.5", "realm": "solbit-customers"}),
    "lic-svc": ("service", BILL, "D", "P", ["djvm-2241"], ["ora-bill"],
                {"desc": "영상 라이선스 발급 (사용권, 재배포 조건)", "version": "1.12.0", "product": "자체개발 (Java 17)",
                 "license_types": 7}),
    "bill-core": ("service", BILL, "D", "P", ["djvm-2241"], ["ora-bill", "msk-ordr-events"],
                  {"desc": "과금/정산 (주문 과금, 세금계산서)", "version": "3.0.8", "product": "자체개발 (Java 11)",
                   "currency": "KRW, USD"}),
    # ---------------------------------------------------------------- security, monitoring
    "siem-boan": ("service", SOC, "D", "P", ["dj1-r03u09"], ["os-siem"],
                  {"desc": "보안관제 SIEM (지상국/관제망 로그 상관분석)", "product": "Wazuh 4.7 + 자체 룰",
                   "version": "4.7.3", "rules": 1830}),
    "pam-gw": ("service", SOC, "D", "P", ["djvm-2250"], [],
               {"desc": "관제망 접근통제 (PAM, 세션 녹화)", "product": "CyberArk PSM 14", "version": "14.0",
                "port": 3389}),
    "zbx-mon": ("service", INFRA, "D", "P", ["djvm-2250"], [],
                {"desc": "인프라 모니터링", "product": "Zabbix 7.0", "version": "7.0.3", "monitored_hosts": 410}),
    # ---------------------------------------------------------------- backup control centre
    "saebyeol-ttc-bcc": ("service", TTC, "S", "P", ["sj-bcc-vm01"], ["gs-jju-fep", "gs-yyg-fep"],
                         {"desc": "새별 TT&C 백업관제 (대기)", "version": "2.18.0", "role": "standby",
                          "failover_rto_min": 30}),
    "gwedo-fds-bcc": ("service", FDS, "S", "P", ["sj-bcc-vm02"], [],
                      {"desc": "비행역학 백업 (대기)", "version": "4.0.6", "role": "standby"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "saebyeol-ttc-stg": ("service", TTC, "D", "S", ["djvm-s310"], ["pg-ttc-stg"],
                         {"desc": "새별 TT&C (스테이징, 위성 시뮬레이터 연동)", "version": "2.19.0-rc3"}),
    "ordr-portal-stg": ("service", PORTAL, "A", "S", ["ip-10-86-1-20"], [],
                        {"desc": "주문 포털 (스테이징)", "version": "4.7.0-rc1"}),
    "l2_ortho_stg": ("service", IMG, "D", "S", ["djvm-s311"], [],
                     {"desc": "L2 정사보정 (스테이징, CPU 모드)", "version": "2.12.0-beta1"}),
    "chatgi-cat-dev": ("service", PORTAL, "D", "D", ["djvm-d410"], [],
                       {"desc": "카탈로그 검색 (개발)", "version": "3.0.0-SNAPSHOT"}),
    "gwedo-fds-dev": ("service", FDS, "D", "D", ["djvm-d410"], [],
                      {"desc": "비행역학 (개발)", "version": "4.1.0-dev"}),
    "ftp_delivery_old": ("service", PORTAL, "D", "P", [], [],
                         {"desc": "구 FTP 산출물 배포 (2027년 ordr-delivery로 대체)", "version": "1.4",
                          "decommissioned": "2027-06-30"}),
    # ---------------------------------------------------------------- databases
    "pg-ttc": ("database", DBA, "D", "P", ["dj1-r07u12"], [],
               {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 + TimescaleDB 2.14", "port": 5432,
                "size_tb": 11.2, "max_connections": 400, "desc": "TT&C 텔레메트리/명령 이력"}),
    "pg-fds": ("database", DBA, "D", "P", ["djvm-2215"], [],
               {"engine": "postgresql", "version": "14.12", "product": "PostgreSQL 14", "port": 5432,
                "max_connections": 200, "desc": "궤도력, 기동 이력"}),
    "ora-mps": ("database", DBA, "D", "P", ["dj1-r07u14"], [],
                {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c EE", "sid": "MPSP",
                 "port": 1521, "size_tb": 2.6, "desc": "임무계획/촬영요청 DB"}),
    "pg-prodmeta": ("database", DBA, "D", "P", ["dj1-r08u03"], [],
                    {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 + PostGIS 3.4", "port": 5432,
                     "max_connections": 300, "pooler": "PgBouncer 1.22", "size_tb": 4.8, "desc": "산출물 메타데이터"}),
    "ora-bill": ("database", DBA, "D", "P", ["dj1-r08u05"], [],
                 {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c SE2", "sid": "BILLP",
                  "port": 1521, "log_mode": "ARCHIVELOG", "desc": "라이선스/과금 DB"}),
    "maria-slurm": ("database", IMG, "D", "P", ["dj1-r14u40"], [],
                    {"engine": "mariadb", "version": "10.11.8", "product": "MariaDB 10.11 (slurmdbd)", "port": 3306}),
    "es-catalog": ("database", PORTAL, "D", "P", ["dj1-r10u01", "dj1-r10u02"], [],
                   {"engine": "elasticsearch", "version": "8.13.4", "product": "Elasticsearch 8.13", "nodes": 2,
                    "heap_gb": 31, "port": 9200, "desc": "카탈로그 검색 인덱스"}),
    "rds-ordr-prd-a1b2": ("database", CLOUD, "A", "P", [], [],
                          {"engine": "postgresql", "version": "15.6", "product": "Amazon RDS for PostgreSQL",
                           "instance_class": "db.r6g.2xlarge", "multi_az": True, "port": 5432,
                           "desc": "주문/고객 DB"}),
    "os-siem": ("database", SOC, "D", "P", ["dj1-r03u09"], [],
                {"engine": "opensearch", "version": "2.11.1", "product": "OpenSearch 2.11 (Wazuh indexer)",
                 "retention_days": 180, "port": 9200}),
    "pg-ttc-stg": ("database", DBA, "D", "S", ["djvm-s310"], [],
                   {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "redis-tm": ("cache", TTC, "D", "P", ["dj1-r09u22"], [],
                 {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 24, "maxmemory_policy": "allkeys-lru",
                  "port": 6379, "desc": "최신 텔레메트리 값 캐시"}),
    "redis-mnc": ("cache", GS, "D", "P", ["dj1-r09u22"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 4, "maxmemory_policy": "noeviction",
                   "port": 6380, "desc": "지상국 장비 상태 캐시"}),
    "ordr-redis-0001-001": ("cache", CLOUD, "A", "P", [], [],
                            {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis",
                             "node_type": "cache.r7g.large", "port": 6379, "desc": "포털 세션/장바구니"}),
    "kfk-tm": ("queue", TTC, "D", "P", ["dj1-r09u21"], [],
               {"product": "Apache Kafka 3.6.2", "brokers": 1, "topics": 42, "port": 9092, "retention_hours": 72,
                "desc": "텔레메트리 스트림"}),
    "kfk-img": ("queue", IMG, "D", "P", ["dj1-r09u23"], [],
                {"product": "Apache Kafka 3.6.2", "brokers": 1, "topics": 18, "port": 9092,
                 "desc": "영상처리 단계 이벤트"}),
    "msk-ordr-events": ("queue", CLOUD, "A", "P", [], [],
                        {"product": "Amazon MSK (Kafka 3.5.1)", "brokers": 3, "port": 9096,
                         "desc": "주문 이벤트 (포털 → 임무계획/과금)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-dj1-int": ("D", NET, ["saebyeol-ttc", "hanul-mnc", "chatgi-cat"],
                   {"vendor": "Piolink", "model": "PAS-K 5224", "vip": "10.20.1.10", "firmware": "2.6.3"}),
    "alb-ordr-prd-1f9c": ("A", CLOUD, ["ordr-portal", "ordr-delivery"],
                          {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "order.solbit-sat.co.kr",
                           "cert_expiry": "2028-11-29", "cert_issuer": "Sectigo (수동 갱신, ACM 가져오기)"}),
    "l4-jju-gs": ("J", NET, ["gs-jju-fep", "gs-jju-dlrec"],
                  {"vendor": "F5", "model": "BIG-IP i2600", "version": "16.1.4", "vip": "10.31.1.10"}),
    "l4-sj-bcc": ("S", NET, ["saebyeol-ttc-bcc"],
                  {"vendor": "HAProxy", "model": "HAProxy 2.8 (VM)", "vip": "10.40.1.10"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-l0-stage": ("D", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.14.1P3", "capacity_tb": 480,
                                  "protocol": "NFS v4.1", "snapshot_autodelete": "off",
                                  "desc": "L0/L1 작업 스테이징 볼륨"},
                     ["djvm-2220", "djvm-2221", "hpc-g031", "hpc-g032", "hpc-g033", "hpc-g034"]),
    "nas-jju-raw": ("J", GS, {"vendor": "Dell", "model": "PowerScale F600", "capacity_tb": 240,
                              "desc": "제주 원시 다운링크"}, ["jju-srv-rec01"]),
    "nas-yyg-raw": ("Y", GS, {"vendor": "Dell", "model": "PowerScale F600", "capacity_tb": 180,
                              "desc": "양양 원시 다운링크"}, ["yyg-srv-rec01"]),
    "tape-lib-dj1": ("D", ARCH, {"vendor": "IBM", "model": "TS4500", "drives": 12, "drive_type": "LTO-9",
                                 "slots": 1900, "capacity_pb": 34, "desc": "아카이브 테이프 라이브러리"},
                     ["djvm-2230"]),
    "obj-dj1-ceph": ("D", ARCH, {"vendor": "Red Hat", "model": "Ceph Storage 7 (RGW)", "capacity_tb": 2600,
                                 "desc": "아카이브 1차 오브젝트 스토리지"}, ["djvm-2230"]),
    "s3-sb-delivery": ("A", CLOUD, {"vendor": "AWS", "model": "S3 Standard", "bucket": "sb-delivery-apne2",
                                    "lifecycle_days": 30, "desc": "고객 다운로드 버킷"}, []),
    "san-dj1-a": ("D", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X50 R4", "capacity_tb": 150,
                               "desc": "DB 블록 스토리지"},
                  ["dj1-r07u12", "dj1-r07u14", "dj1-r08u03", "dj1-r08u05"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "djvm-2210": ("D", "P", "vm", {"role": "새별 TT&C #1"}),
    "djvm-2211": ("D", "P", "vm", {"role": "새별 TT&C #2"}),
    "djvm-2212": ("D", "P", "vm", {"role": "TM 뷰어, 지상국 M&C"}),
    "djvm-2213": ("D", "P", "vm", {"role": "비행역학, 접속 스케줄, TLE 배포"}),
    "djvm-2214": ("D", "P", "vm", {"role": "임무계획"}),
    "djvm-2215": ("D", "P", "vm", {"role": "비행역학 DB"}),
    "djvm-2220": ("D", "P", "vm", {"role": "L0 수신"}),
    "djvm-2221": ("D", "P", "vm", {"role": "L1 처리, 야간 배치"}),
    "djvm-2222": ("D", "P", "vm", {"role": "품질검사"}),
    "djvm-2230": ("D", "P", "vm", {"role": "아카이브 관리"}),
    "djvm-2240": ("D", "P", "vm", {"role": "카탈로그 검색"}),
    "djvm-2241": ("D", "P", "vm", {"role": "라이선스/과금"}),
    "djvm-2250": ("D", "P", "vm", {"role": "PAM, 모니터링"}),
    "djvm-s310": ("D", "S", "vm", {"role": "TT&C 스테이징"}),
    "djvm-s311": ("D", "S", "vm", {"role": "영상처리 스테이징"}),
    "djvm-d410": ("D", "D", "vm", {"role": "개발 공용"}),
    "dj1-r03u09": ("D", "P", "bare", {"role": "SIEM/OpenSearch", "model": "Dell PowerEdge R760"}),
    "dj1-r07u12": ("D", "P", "bare", {"role": "PostgreSQL TT&C", "model": "HPE ProLiant DL380 Gen11"}),
    "dj1-r07u14": ("D", "P", "bare", {"role": "Oracle MPSP", "model": "HPE ProLiant DL380 Gen11"}),
    "dj1-r08u03": ("D", "P", "bare", {"role": "PostgreSQL 산출물 메타", "model": "HPE ProLiant DL380 Gen11"}),
    "dj1-r08u05": ("D", "P", "bare", {"role": "Oracle BILLP", "model": "HPE ProLiant DL360 Gen11"}),
    "dj1-r09u21": ("D", "P", "bare", {"role": "Kafka 텔레메트리 브로커", "model": "Dell PowerEdge R660"}),
    "dj1-r09u22": ("D", "P", "bare", {"role": "Redis (TM, M&C)", "model": "Dell PowerEdge R660"}),
    "dj1-r09u23": ("D", "P", "bare", {"role": "Kafka 영상처리 브로커", "model": "Dell PowerEdge R660"}),
    "dj1-r10u01": ("D", "P", "bare", {"role": "Elasticsearch #1", "model": "Dell PowerEdge R760"}),
    "dj1-r10u02": ("D", "P", "bare", {"role": "Elasticsearch #2", "model": "Dell PowerEdge R760"}),
    "dj1-r14u40": ("D", "P", "bare", {"role": "Slurm 컨트롤러, slurmdbd", "model": "Dell PowerEdge R660"}),
    "hpc-g031": ("D", "P", "gpu", {"role": "정사보정 GPU 노드", "rack": "R14-U02"}),
    "hpc-g032": ("D", "P", "gpu", {"role": "정사보정 GPU 노드", "rack": "R14-U06"}),
    "hpc-g033": ("D", "P", "gpu", {"role": "정사보정 GPU 노드", "rack": "R14-U10"}),
    "hpc-g034": ("D", "P", "gpu", {"role": "정사보정 GPU 노드 (GPU 교체 중)", "rack": "R14-U14"}),
    "jju-srv-fep01": ("J", "P", "gs", {"role": "제주 전단처리기 서버", "model": "Supermicro SYS-510T"}),
    "jju-srv-rec01": ("J", "P", "gs", {"role": "제주 다운링크 기록 서버", "model": "Supermicro SYS-620U"}),
    "yyg-srv-fep01": ("Y", "P", "gs", {"role": "양양 전단처리기 서버", "model": "Supermicro SYS-510T"}),
    "yyg-srv-rec01": ("Y", "P", "gs", {"role": "양양 다운링크 기록 서버", "model": "Supermicro SYS-620U"}),
    "ip-10-84-3-117": ("A", "P", "ec2", {"role": "주문 포털 노드 (EKS)", "instance_type": "m6i.2xlarge",
                                         "instance_id": "i-0c41f7a9e2b3d5810"}),
    "ip-10-84-5-42": ("A", "P", "ec2", {"role": "주문 포털/배포 API 노드 (EKS)", "instance_type": "m6i.2xlarge",
                                        "instance_id": "i-07ad2e94c1f06b3a2"}),
    "ip-10-84-7-9": ("A", "P", "ec2", {"role": "인증 노드", "instance_type": "c6i.xlarge",
                                       "instance_id": "i-0e3b81c0a9d4f7265"}),
    "ip-10-86-1-20": ("A", "S", "ec2", {"role": "스테이징 노드", "instance_type": "t3.xlarge",
                                        "instance_id": "i-01f9c3d7e8a2b4c60"}),
    "sj-bcc-vm01": ("S", "P", "vm", {"role": "백업관제 TT&C"}),
    "sj-bcc-vm02": ("S", "P", "vm", {"role": "백업관제 비행역학"}),
}
DEVICES = {  # ground-station equipment: name: (site, attributes), written as hosts
    "jju-ant73-acu": ("J", {"device": "antenna control unit", "vendor": "Viasat", "model": "RF-7.3m ACU",
                            "antenna_m": 7.3, "bands": "S/X", "tracking": "program + autotrack"}),
    "jju-ant73-rfc": ("J", {"device": "RF chain", "vendor": "Norsat", "model": "X-band LNA/DC", "gt_dbk": 31.5}),
    "jju-xmdm01": ("J", {"device": "X-band demodulator", "vendor": "Amergint", "model": "softFEP X", "max_mbps": 720}),
    "jju-smdm01": ("J", {"device": "S-band TT&C modem", "vendor": "Zodiac", "model": "Cortex CRT", "uplink_kbps": 64}),
    "jju-gpsntp01": ("J", {"device": "GPS time server", "vendor": "Meinberg", "model": "LANTIME M1000",
                           "stratum": 1, "firmware": "7.08.007"}),
    "yyg-ant90-acu": ("Y", {"device": "antenna control unit", "vendor": "Cobham", "model": "9.0m ACU-90",
                            "antenna_m": 9.0, "bands": "S/X", "tracking": "program + autotrack"}),
    "yyg-ant90-rfc": ("Y", {"device": "RF chain", "vendor": "Norsat", "model": "X-band LNA/DC", "gt_dbk": 34.0}),
    "yyg-xmdm01": ("Y", {"device": "X-band demodulator", "vendor": "Amergint", "model": "softFEP X", "max_mbps": 520}),
    "yyg-smdm01": ("Y", {"device": "S-band TT&C modem", "vendor": "Zodiac", "model": "Cortex CRT", "uplink_kbps": 64}),
    "yyg-gpsntp01": ("Y", {"device": "GPS time server", "vendor": "Meinberg", "model": "LANTIME M1000",
                           "stratum": 1, "firmware": "7.08.007"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-dj1-core01": ("D", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                            "firmware": "FortiOS 7.4.4"}),
    "fw-jju-gs01": ("J", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 200F",
                          "firmware": "FortiOS 7.2.9"}),
    "wan-jju-dj1": ("J", {"device": "WAN link", "vendor": "KT", "model": "전용회선 1Gbps", "circuit": "KT-JJ-4471-2093",
                          "desc": "제주지상국 ↔ 대전본사"}),
    "wan-yyg-dj1": ("Y", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 1Gbps",
                          "circuit": "SKB-YY-0815-3312", "desc": "양양지상국 ↔ 대전본사"}),
    "dx-aws-dj1": ("D", {"device": "AWS Direct Connect", "vendor": "AWS", "model": "Direct Connect 1Gbps (LG U+ 경유)",
                         "circuit": "dxcon-fh3k9q2w", "desc": "대전본사 ↔ AWS 서울리전"}),
    "core-dj1": ("D", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "NX-OS 10.3(5)"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("gs-jju-fep", "jju-smdm01"), ("gs-jju-fep", "jju-xmdm01"), ("gs-jju-dlrec", "jju-xmdm01"),
    ("gs-yyg-fep", "yyg-smdm01"), ("gs-yyg-fep", "yyg-xmdm01"), ("gs-yyg-dlrec", "yyg-xmdm01"),
    ("hanul-mnc", "jju-ant73-acu"), ("hanul-mnc", "yyg-ant90-acu"),
    ("hanul-mnc", "jju-ant73-rfc"), ("hanul-mnc", "yyg-ant90-rfc"),
    ("jju-ant73-rfc", "jju-xmdm01"), ("yyg-ant90-rfc", "yyg-xmdm01"),
    ("fw-jju-gs01", "wan-jju-dj1"), ("wan-jju-dj1", "core-dj1"), ("wan-yyg-dj1", "core-dj1"),
    ("fw-dj1-core01", "core-dj1"), ("dx-aws-dj1", "fw-dj1-core01"),
]
# fmt: on
STATUS = {"yyg-ant90-acu": "maintenance", "hpc-g034": "maintenance", "ftp_delivery_old": "retired"}
NET_PREFIX = {"D": "10.20", "J": "10.31", "Y": "10.32", "S": "10.40", "A": "10.84"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "T1",
        "kind": "db_connection_exhaustion",
        "root": "pg-prodmeta",
        "description": "during Monday's nightly product batch pg-prodmeta runs out of connections (prd_nightly's"
        " parallelism was raised from 8 to 24 on Sunday evening and every worker opens its own session past"
        " PgBouncer): l1_radiocal (3.4.0 deployed Sunday 23:40, loudest) fails its metadata writes, l2_ortho and"
        " chatgi-cat follow, until the parallelism is lowered",
        "start": kst(13, 2, 20),
        "end": kst(13, 3, 15),
        "affected": ["pg-prodmeta", "l1_radiocal", "l2_ortho", "chatgi-cat"],
    },
    {
        "id": "T2",
        "kind": "search_gc_storm",
        "root": "es-catalog",
        "description": "on Tuesday morning es-catalog spends most of its time in old-generation garbage collection"
        " after Monday's index template change doubled the replicas: chatgi-cat (2.9.0 deployed at 10:02, loudest)"
        " times out, ordr-portal's search page and ordr-delivery's product look-ups fail, until the template is"
        " reverted",
        "start": kst(14, 10, 20),
        "end": kst(14, 11, 15),
        "affected": ["es-catalog", "chatgi-cat", "ordr-portal", "ordr-delivery"],
    },
    {
        "id": "T3",
        "kind": "time_server_gps_loss",
        "root": "jju-gpsntp01",
        "description": "on Thursday afternoon the 제주 GPS time server jju-gpsntp01 loses GPS lock (water in the"
        " antenna cable after the morning rain) and its clock drifts: gs-jju-fep (loudest) rejects frames with bad"
        " time tags, saebyeol-ttc fails telecommand verification on the 14:xx pass, hanul-mnc loses the 제주 status,"
        " until the cable is dried and the server relocks",
        "start": kst(16, 14, 5),
        "end": kst(16, 15, 0),
        "affected": ["jju-gpsntp01", "gs-jju-fep", "saebyeol-ttc", "hanul-mnc"],
    },
    {
        "id": "T4",
        "kind": "broker_disk_full",
        "root": "dj1-r09u21",
        "description": "on Saturday evening the Kafka broker host dj1-r09u21 fills its log disk (retention.bytes was"
        " removed from the telemetry topics on Wednesday): kfk-tm stops accepting writes, saebyeol-ttc (2.18.1"
        " hotfix deployed at 21:10, loudest) and saebyeol-tmview lose telemetry, until old segments are deleted",
        "start": kst(18, 21, 40),
        "end": kst(18, 22, 35),
        "affected": ["dj1-r09u21", "kfk-tm", "saebyeol-ttc", "saebyeol-tmview"],
    },
    {
        "id": "T5",
        "kind": "tape_accessor_fault",
        "root": "tape-lib-dj1",
        "description": "late on Sunday, during the weekly archive migration, the accessor of tape-lib-dj1 faults"
        " and every mount hangs: gotgan-arch queues recalls, arch_migrate_weekly (loudest) fails its copies,"
        " ordr-delivery's archive recalls time out, until the accessor is reset",
        "start": kst(19, 23, 10),
        "end": kst(20, 0, 5),
        "affected": ["tape-lib-dj1", "gotgan-arch", "arch_migrate_weekly", "ordr-delivery"],
    },
    {
        "id": "T6",
        "kind": "db_archiver_stuck",
        "root": "ora-bill",
        "description": "on Tuesday afternoon ora-bill's archiver gets stuck (ORA-00257, the archive log destination"
        " is full) and every commit waits: lic-svc (1.12.0 deployed at 14:50, loudest) cannot issue licences,"
        " bill-core stalls, ordr-portal checkouts and ordr-delivery downloads fail, until archive logs are backed"
        " up and removed",
        "start": kst(21, 15, 10),
        "end": kst(21, 16, 5),
        "affected": ["ora-bill", "lic-svc", "bill-core", "ordr-portal", "ordr-delivery"],
    },
    {
        "id": "T7",
        "kind": "nas_volume_full",
        "root": "nas-l0-stage",
        "description": "on Wednesday afternoon nas-l0-stage fills during the pass downlink (snapshot autodelete was"
        " switched off in Friday's ONTAP change) and its latency soars: l0_ingest (5.1.2 deployed at 16:20,"
        " loudest) cannot write L0 segments, l1_radiocal and l2_ortho stall on reads (ongoing)",
        "start": kst(22, 16, 45),
        "end": None,
        "affected": ["nas-l0-stage", "l0_ingest", "l1_radiocal", "l2_ortho"],
    },
]
T1, T2, T3, T4, T5, T6, T7 = INCIDENTS
KAFKA_RETENTION_OFF = kst(15, 10, 0)  # retention.bytes removed from the telemetry topics
SNAP_AUTODELETE_OFF = kst(17, 11, 0)  # nas-l0-stage snapshot autodelete off


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
        owner = INFRA
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 30, 'D': 50}[env]) + i // 9}.{11 + (i * 41) % 220}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 9.3", "RHEL 8.10"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U3",
                      "asset_tag": f"SB-VM-{2000 + i * 7}"}  # fmt: skip
        elif kind == "gpu":
            attrs |= {"os": "Rocky Linux 9.3", "cores": 64, "mem_gb": 1024, "gpu": "NVIDIA L40S x4",
                      "model": "Supermicro SYS-421GE-TNRT", "asset_tag": f"SB-HPC-{h[-3:]}"}  # fmt: skip
            owner = IMG
        elif kind == "gs":
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Ubuntu 22.04 LTS"]), "cores": 16, "mem_gb": 128,
                      "asset_tag": f"SB-GS-{rng.randint(100, 999)}"}  # fmt: skip
            owner = GS
        elif kind == "ec2":
            attrs = {
                "ip": h[3:].replace("-", "."),
                "os": "Amazon Linux 2023",
                "az": rng.choice(["apne2-az1", "apne2-az3"]),
            }
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Rocky Linux 9.3"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', '7Q2'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("dj1-r07u12", "dj1-r07u14", "dj1-r08u03", "dj1-r08u05"):
                owner = DBA
        if h == "dj1-r03u09":
            owner = SOC
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (d, (site, attrs)) in enumerate(DEVICES.items()):
        ip = f"{NET_PREFIX[site]}.5.{21 + j}"
        cis.append(
            ci_record(d, "host", "prod", GS, SITES[site], {"mgmt_ip": ip, **attrs}, STATUS.get(d, "active"))
        )
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes

PASS_EPOCH = kst(12, 0, 7)  # a pass starts every 95 minutes from here
PASS_PERIOD, PASS_LEN = 95.0, 11.0


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _pass(ts: datetime) -> float:
    """A satellite pass: 0 outside, a half-sine over the ~11 minutes of visibility."""
    phase = ((ts - PASS_EPOCH).total_seconds() / 60) % PASS_PERIOD
    return math.sin(math.pi * phase / PASS_LEN) if phase < PASS_LEN else 0.0


def _after_pass(ts: datetime) -> float:
    """L0 ingest: the pass's data arrives during and for ~20 minutes after the pass."""
    phase = ((ts - PASS_EPOCH).total_seconds() / 60) % PASS_PERIOD
    return max(0.0, 1 - abs(phase - 12) / 16) if phase < 30 else 0.0


def _ground(ts: datetime) -> float:
    return 0.22 + 0.7 * _pass(ts)


def _ingest(ts: datetime) -> float:
    return 0.18 + 0.75 * _after_pass(ts)


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.14
    return 0.14 + 0.6 * (1 if 9 <= h < 18 else 0) * (0.7 if 12 <= h < 13 else 1)


def _nightly(ts: datetime) -> float:
    """The nightly product batch 01:00–05:00; quick-look processing after the passes the rest of the day."""
    h = seoul_hour(ts)
    if 1 <= h < 5:
        return 0.85 + 0.1 * math.sin(math.pi * (h - 1) / 4)
    return 0.15 + 0.3 * _after_pass(ts)


def _portal(ts: datetime) -> float:
    """Customer traffic: business hours on weekdays, evenings for overseas customers, quiet weekends."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    day = 0.3 if wd >= 5 else 1.0
    v = 0.08 + 0.12 * (1 if h >= 19 or h < 1 else 0)
    if 9 <= h < 18:
        v += 0.75 * day * (0.8 if 12 <= h < 13 else 1)
    elif 18 <= h < 21:
        v += 0.3 * day
    return max(0.05, min(1.0, v))


def _archive(ts: datetime) -> float:
    """The weekly archive migration: Sunday 22:00 to Monday 04:00."""
    lt = _local(ts)
    wd, h = lt.weekday(), seoul_hour(ts)
    if (wd == 6 and h >= 22) or (wd == 0 and h < 4):
        return 0.9
    return 0.2 + 0.1 * _office(ts)


def _steady(ts: datetime) -> float:
    return 0.4


GROUND_SIDE = {
    "gs-jju-fep", "gs-yyg-fep", "gs-jju-dlrec", "gs-yyg-dlrec", "saebyeol-ttc", "saebyeol-tmview", "hanul-mnc",
    "kfk-tm", "redis-tm", "redis-mnc", "pg-ttc", "dj1-r09u21", "dj1-r09u22", "dj1-r07u12", "djvm-2210",
    "djvm-2211", "djvm-2212", "jju-srv-fep01", "jju-srv-rec01", "yyg-srv-fep01", "yyg-srv-rec01", "nas-jju-raw",
    "nas-yyg-raw", "l4-jju-gs", "wan-jju-dj1", "wan-yyg-dj1", "fw-jju-gs01", *DEVICES,
}  # fmt: skip
INGEST_SIDE = {"l0_ingest", "djvm-2220", "kfk-img", "dj1-r09u23"}
BATCH_SIDE = {
    "l1_radiocal", "l2_ortho", "slurm-ctl", "prd_nightly", "prod-qc", "pg-prodmeta", "maria-slurm", "nas-l0-stage",
    "hpc-g031", "hpc-g032", "hpc-g033", "hpc-g034", "djvm-2221", "djvm-2222", "dj1-r08u03", "dj1-r14u40", "san-dj1-a",
}  # fmt: skip
OFFICE_SIDE = {
    "gwedo-fds", "jeopsok-sched", "gyehoek-mps", "tle_publisher", "ora-mps", "pg-fds", "pam-gw", "zbx-mon",
    "siem-boan", "os-siem", "djvm-2213", "djvm-2214", "djvm-2215", "djvm-2250", "dj1-r07u14", "dj1-r03u09",
    "core-dj1", "fw-dj1-core01", "l4-dj1-int",
}  # fmt: skip
PORTAL_SIDE = {
    "ordr-portal", "ordr-delivery", "portal-auth", "chatgi-cat", "es-catalog", "lic-svc", "bill-core", "ora-bill",
    "rds-ordr-prd-a1b2", "ordr-redis-0001-001", "msk-ordr-events", "alb-ordr-prd-1f9c", "s3-sb-delivery",
    "ip-10-84-3-117", "ip-10-84-5-42", "ip-10-84-7-9", "djvm-2240", "djvm-2241", "dj1-r10u01", "dj1-r10u02",
    "dj1-r08u05", "dx-aws-dj1",
}  # fmt: skip
ARCHIVE_SIDE = {"gotgan-arch", "arch_migrate_weekly", "tape-lib-dj1", "obj-dj1-ceph", "djvm-2230"}


def _load(name: str):
    for group, shape in (
        (GROUND_SIDE, _ground),
        (INGEST_SIDE, _ingest),
        (BATCH_SIDE, _nightly),
        (OFFICE_SIDE, _office),
        (PORTAL_SIDE, _portal),
        (ARCHIVE_SIDE, _archive),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "T1": {0: (6.0, 5.0), 1: (3.5, 11.0), 2: (2.0, 6.0)},
    "T2": {0: (14.0, 6.0), 1: (5.0, 12.0), 2: (2.2, 6.5)},
    "T3": {1: (2.0, 15.0), 2: (1.6, 8.0)},
    "T4": {1: (9.0, 18.0), 2: (3.0, 12.0)},
    "T5": {0: (10.0, 8.0), 1: (4.0, 11.0), 2: (2.0, 5.5)},
    "T6": {0: (8.0, 7.0), 1: (4.5, 13.0), 2: (2.1, 6.0)},
    "T7": {0: (18.0, 0.0), 1: (4.0, 12.0)},
}
EFFECT_OVERRIDE = {
    ("T1", "l1_radiocal"): (4.0, 27.0),
    ("T2", "chatgi-cat"): (6.5, 29.0),
    ("T3", "gs-jju-fep"): (2.5, 33.0),
    ("T4", "saebyeol-ttc"): (3.5, 30.0),
    ("T5", "arch_migrate_weekly"): (5.0, 38.0),
    ("T6", "lic-svc"): (5.5, 31.0),
    ("T7", "l0_ingest"): (5.0, 29.0),
    ("T7", "l1_radiocal"): (3.0, 13.0),
    ("T7", "l2_ortho"): (2.6, 9.0),
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "dj1-r03u09", "dj1-r07u12", "dj1-r07u14", "dj1-r08u03", "dj1-r08u05", "dj1-r09u21", "dj1-r09u22", "dj1-r09u23",
    "dj1-r10u01", "dj1-r10u02", "dj1-r14u40", "hpc-g031", "hpc-g032", "hpc-g033", "hpc-g034", "jju-srv-fep01",
    "jju-srv-rec01", "yyg-srv-fep01", "yyg-srv-rec01",
}  # fmt: skip
DEVICE_NAMES, NETWORK_NAMES = set(DEVICES), set(NETWORK)
GPU_NODES = {"hpc-g031", "hpc-g032", "hpc-g033", "hpc-g034"}


def _kafka_disk(ts: datetime, base: float) -> float:
    """dj1-r09u21's Kafka log volume: grows from Wednesday's retention change until full at T4, then cleaned."""
    if ts < KAFKA_RETENTION_OFF:
        return base
    if ts < T4["start"]:
        p = (ts - KAFKA_RETENTION_OFF).total_seconds() / (T4["start"] - KAFKA_RETENTION_OFF).total_seconds()
        return base + (99.0 - base) * p**1.6
    if ts < T4["end"]:
        return 99.7
    return max(base - 4.0, 99.7 - 50 * (ts - T4["end"]).total_seconds() / 2400)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in DEVICE_NAMES or name in NETWORK_NAMES:
        return _device_metrics(rng, ci, times)
    cpu0, mem0, disk0 = rng.uniform(14, 34), rng.uniform(36, 62), rng.uniform(22, 52)
    growth = rng.uniform(0, 0.1)
    if name == "dj1-r03u09":  # SOC OpenSearch: indices creep up
        disk0, growth = 64.0, 1.5
    if name == "dj1-r09u21":
        disk0, growth = 47.0, 0.0
    if name in GPU_NODES:
        cpu0 = rng.uniform(55, 70)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "dj1-r09u21":
            disk = _kafka_disk(ts, disk) + rng.gauss(0, 0.1)
            cpu += 25 * ramp(ts, T4["start"], T4["end"], rise=5, fall=10)
        if name == "dj1-r08u03":  # the connection storm
            cpu += 30 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)
            mem += 22 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)
        if name in ("dj1-r10u01", "dj1-r10u02"):  # GC
            cpu += (93.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, T2["start"], T2["end"], rise=5, fall=10)
        if name == "hpc-g034":  # GPU swap, drained
            cpu, mem = 0.8 + abs(rng.gauss(0, 0.3)), 6.0 + rng.gauss(0, 0.3)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _device_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    """Ground-station devices and network gear: cpu, round-trip (time servers: clock offset) in ms, loss/error %."""
    name, rows = ci["name"], []
    cpu0 = rng.uniform(6, 24)
    if name.endswith("gpsntp01"):
        rtt0 = 0.04
    else:
        rtt0 = {"wan-jju-dj1": 7.8, "wan-yyg-dj1": 5.1, "dx-aws-dj1": 2.3}.get(name, rng.uniform(0.3, 1.6))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.55 + 0.7 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.03, 0.01))
        if name == "yyg-ant90-acu":  # servo overhaul: parked
            cpu = 2.0 + abs(rng.gauss(0, 0.4))
        if name == "jju-gpsntp01":  # GPS lock lost: holdover drift
            r = ramp(ts, T3["start"], T3["end"], rise=20, fall=5)
            rtt += r * 240.0 * (1 + rng.gauss(0, 0.05))
            loss += r * 6.0
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 3),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _l0_stage(rng: random.Random, ts: datetime) -> float:
    """nas-l0-stage: steady until Friday's change, then snapshots pile up; full during T7's downlink."""
    v = 69.0 + rng.gauss(0, 0.05)
    if ts >= SNAP_AUTODELETE_OFF:
        v += 1.7 * (ts - SNAP_AUTODELETE_OFF).total_seconds() / 86400
    return v + (98.9 + rng.gauss(0, 0.1) - v) * ramp(ts, T7["start"], T7["end"], rise=10)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"tape-lib-dj1": (61, 62), "obj-dj1-ceph": (57, 58), "s3-sb-delivery": (20, 24)}.get(
        name, (35, 55)
    )
    per_day = {"nas-jju-raw": 0.25, "nas-yyg-raw": 0.2, "tape-lib-dj1": 0.08}.get(name, 0.05)
    filling = _l0_stage if name == "nas-l0-stage" else None
    fill = storage_fill(rng, name, times, START, used, per_day, filling)
    lat0 = {"tape-lib-dj1": 420.0, "s3-sb-delivery": 28.0, "san-dj1-a": 0.6}.get(name, rng.uniform(1.2, 3.2))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        row = {"disk_usage": round(v, 1), "response_time_ms": round(lat, 2)}
        if name == "tape-lib-dj1":
            err = max(0.0, rng.gauss(0.05, 0.02)) + 45.0 * ramp(ts, T5["start"], T5["end"], rise=5, fall=5)
            row["error_rate"] = round(err, 2)
        rows += samples(ts, c, **row)
    return rows


RT0 = {
    "saebyeol-ttc": 38.0, "saebyeol-tmview": 180.0, "hanul-mnc": 65.0, "gwedo-fds": 420.0, "jeopsok-sched": 310.0,
    "gyehoek-mps": 560.0, "tle_publisher": 150.0, "gs-jju-fep": 4.5, "gs-yyg-fep": 4.8, "gs-jju-dlrec": 9.0,
    "gs-yyg-dlrec": 9.5, "l0_ingest": 240.0, "l1_radiocal": 820.0, "l2_ortho": 2600.0, "slurm-ctl": 45.0,
    "prd_nightly": 900.0, "prod-qc": 350.0, "gotgan-arch": 210.0, "arch_migrate_weekly": 480.0, "chatgi-cat": 95.0,
    "ordr-portal": 160.0, "ordr-delivery": 130.0, "portal-auth": 40.0, "lic-svc": 70.0, "bill-core": 140.0,
    "siem-boan": 260.0, "pam-gw": 90.0, "zbx-mon": 110.0, "saebyeol-ttc-bcc": 36.0, "gwedo-fds-bcc": 400.0,
    "pg-ttc": 3.4, "pg-fds": 2.1, "ora-mps": 4.6, "pg-prodmeta": 3.8, "ora-bill": 2.9, "maria-slurm": 1.6,
    "es-catalog": 14.0, "rds-ordr-prd-a1b2": 2.4, "os-siem": 22.0, "redis-tm": 0.35, "redis-mnc": 0.3,
    "ordr-redis-0001-001": 0.6, "kfk-tm": 2.8, "kfk-img": 3.3, "msk-ordr-events": 5.2,
    "l4-dj1-int": 0.8, "alb-ordr-prd-1f9c": 1.9, "l4-jju-gs": 0.7, "l4-sj-bcc": 0.5,
}  # fmt: skip
REQUEST_RATE = {
    "saebyeol-ttc": 2400.0, "saebyeol-tmview": 140.0, "hanul-mnc": 320.0, "gs-jju-fep": 1800.0, "gs-yyg-fep": 1500.0,
    "gs-jju-dlrec": 850.0, "gs-yyg-dlrec": 700.0, "l0_ingest": 260.0, "l1_radiocal": 95.0, "l2_ortho": 28.0,
    "chatgi-cat": 420.0, "ordr-portal": 650.0, "ordr-delivery": 180.0, "portal-auth": 90.0, "lic-svc": 60.0,
    "bill-core": 45.0, "gotgan-arch": 75.0, "arch_migrate_weekly": 40.0, "gyehoek-mps": 22.0, "gwedo-fds": 15.0,
    "pg-ttc": 9200.0, "pg-prodmeta": 3800.0, "ora-bill": 1600.0, "ora-mps": 1100.0, "es-catalog": 1900.0,
    "rds-ordr-prd-a1b2": 2600.0, "redis-tm": 16000.0, "redis-mnc": 2100.0, "ordr-redis-0001-001": 5400.0,
    "kfk-tm": 12500.0, "kfk-img": 900.0, "msk-ordr-events": 300.0, "alb-ordr-prd-1f9c": 980.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and engines with a memory gauge: (level, swing with load)
    "redis-tm": (58.0, 8.0), "redis-mnc": (41.0, 4.0), "ordr-redis-0001-001": (46.0, 10.0), "kfk-tm": (52.0, 10.0),
    "kfk-img": (44.0, 9.0), "msk-ordr-events": (38.0, 6.0), "es-catalog": (63.0, 6.0), "pg-prodmeta": (55.0, 12.0),
}  # fmt: skip
CONN_MAX = {"pg-prodmeta": 300.0, "pg-ttc": 400.0, "ora-bill": 500.0}  # written as cpu of the engine


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
            if inc is T4 and name in ("kfk-tm", "saebyeol-ttc"):
                req *= 1 - 0.6 * r
            if inc is T5 and name == "arch_migrate_weekly":
                req *= 1 - 0.85 * r
            if inc is T7 and name == "l0_ingest":
                req *= 1 - 0.5 * r
            if inc is T1 and name == "pg-prodmeta":
                req *= 1 + 0.5 * r  # reconnect attempts
        if name == "arch_migrate_weekly" and _archive(ts) < 0.5:
            req *= 0.05
        if name == "prd_nightly" and not 1 <= seoul_hour(ts) < 5:
            rt *= 0.3
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "es-catalog":
                mem += (97.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, T2["start"], T2["end"], rise=5, fall=10)
            if name == "pg-prodmeta":
                mem += 25 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)
            if name == "kfk-tm":
                mem += 18 * ramp(ts, T4["start"], T4["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in ("pg-prodmeta", "ora-bill", "pg-ttc", "es-catalog"):  # the engine's own CPU
            cpu = 18 + 40 * d + rng.gauss(0, 1.2)
            if name == "ora-bill":
                cpu -= 8 * ramp(ts, T6["start"], T6["end"], rise=5, fall=10)  # waiting, not working
            if name == "es-catalog":
                cpu += (94.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, T2["start"], T2["end"], rise=5, fall=10)
            if name == "pg-prodmeta":
                cpu += 28 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly product batch, the weekly migration, the portal certificate warning, the OD cycle."""
    rows = []
    for d in range(12, 23):
        wd = datetime(2028, 11, d).weekday()
        rows.append(
            (d, 1, 0, "prd_nightly", "info", "batch_job", "야간 표준산출물 배치 시작 (DAG prd_nightly)")
        )
        if d != 13:
            rows.append((d, 4, 50, "prd_nightly", "info", "batch_job", "야간 표준산출물 배치 완료"))
        if wd == 6:
            rows.append(
                (
                    d,
                    22,
                    0,
                    "arch_migrate_weekly",
                    "info",
                    "batch_job",
                    "주간 아카이브 이관 시작 (오브젝트 → LTO-9)",
                )
            )
        left = (datetime(2028, 11, 29) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 10, "alb-ordr-prd-1f9c", "warning", "cert_expiry",
             f"certificate for order.solbit-sat.co.kr expires in {left} days (2028-11-29), Sectigo, manual import to ACM")
        )  # fmt: skip
        rows.append((d, 6, 0, "gwedo-fds", "info", "batch_job", "궤도 결정 주기 실행 (OD 06:00)"))
    rows.append(
        (13, 5, 40, "prd_nightly", "info", "batch_job", "야간 표준산출물 배치 완료 (지연, 재처리 포함)")
    )
    rows.append(
        (20, 3, 55, "arch_migrate_weekly", "info", "batch_job", "주간 아카이브 이관 재개 (실패분 재시도)")
    )
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (12, 20, 0, "prd_nightly", "info", "config_change", "prd_nightly 병렬도 8 → 24 (백로그 해소)"),
    (12, 23, 40, "l1_radiocal", "info", "deployment", "l1_radiocal 3.4.0 배포 (SOLBIT-5A 방사보정 계수 갱신)"),
    (13, 9, 30, "yyg-ant90-acu", "info", "maintenance", "양양 9m 안테나 서보 오버홀 시작 (예상 2주, 양양 패스는 제주로 이관)"),
    (13, 14, 0, "es-catalog", "info", "config_change", "index template scenes-* number_of_replicas 1 → 2"),
    (14, 10, 2, "chatgi-cat", "info", "deployment", "chatgi-cat 2.9.0 배포 (다각형 AOI 검색)"),
    (14, 15, 0, "ordr-portal-stg", "info", "deployment", "ordr-portal-stg 4.7.0-rc1 배포"),
    (15, 10, 0, "kfk-tm", "info", "config_change", "텔레메트리 토픽 retention.bytes 제거 (시간 기준 72h만 유지)"),
    (16, 18, 0, "dj1-r03u09", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/wazuh-indexer"),
    (16, 8, 20, "jju-ant73-acu", "warning", "weather", "제주 강우 30mm/h, 안테나 강우 감쇠 경고 (X밴드 마진 2.1dB)"),
    (16, 10, 0, "hpc-g034", "info", "maintenance", "hpc-g034 GPU 2번 교체 (ECC 오류), 노드 drain"),
    (17, 11, 0, "nas-l0-stage", "info", "config_change", "ONTAP vol_l0stage snapshot autodelete off (보존 정책 변경)"),
    (17, 16, 30, "saebyeol-ttc-stg", "info", "deployment", "saebyeol-ttc-stg 2.19.0-rc3 배포"),
    (18, 21, 10, "saebyeol-ttc", "info", "deployment", "saebyeol-ttc 2.18.1 핫픽스 배포 (SOLBIT-3 TM 파라미터 추가)"),
    (20, 2, 0, "dj1-r03u09", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/wazuh-indexer"),
    (20, 10, 0, "gyehoek-mps", "info", "deployment", "gyehoek-mps 6.5.0 배포"),
    (21, 14, 50, "lic-svc", "info", "deployment", "lic-svc 1.12.0 배포 (교육기관 라이선스 유형 추가)"),
    (22, 9, 30, "ordr-portal", "info", "deployment", "ordr-portal 4.6.2 배포"),
    (22, 16, 20, "l0_ingest", "info", "deployment", "l0_ingest 5.1.2 배포 (SOLBIT-5A 신규 VCID 분할)"),
    (22, 14, 0, "pam-gw", "info", "config_change", "관제망 접근정책 갱신 (외주 계정 만료 처리)"),
    # T1 (Monday, nightly batch)
    (13, 2, 21, "pg-prodmeta", "warning", "connections", "connections 281 / max_connections 300"),
    (13, 2, 24, "pg-prodmeta", "critical", "connections", "FATAL: sorry, too many clients already (remaining connection slots are reserved)"),
    (13, 2, 27, "l1_radiocal", "critical", "error", "메타데이터 등록 실패 (DB 연결 불가), L1 작업 41% 실패"),
    (13, 2, 30, "l2_ortho", "major", "error", "정사보정 작업 메타 조회 실패, 재시도 대기"),
    (13, 2, 33, "chatgi-cat", "warning", "error", "카탈로그 신규 장면 반영 지연"),
    (13, 3, 5, "prd_nightly", "info", "config_change", "prd_nightly 병렬도 24 → 8 원복"),
    (13, 3, 20, "l1_radiocal", "info", "recovery", "L1 처리 정상화, 실패분 재처리 시작"),
    # T2 (Tuesday morning)
    (14, 10, 21, "es-catalog", "warning", "gc", "[gc][old] overhead, spent [8.2s] collecting in the last [10s]"),
    (14, 10, 24, "es-catalog", "critical", "performance", "heap 97%, search thread pool rejected 1,204, circuit breaker tripped"),
    (14, 10, 27, "chatgi-cat", "critical", "error", "검색 타임아웃 (ES 30s), 5xx 31%"),
    (14, 10, 32, "ordr-portal", "major", "error", "영상 검색 페이지 오류 증가"),
    (14, 10, 34, "ordr-delivery", "warning", "error", "산출물 조회 실패 (catalog lookup timeout)"),
    (14, 11, 5, "es-catalog", "info", "config_change", "index template replicas 2 → 1 원복, 복제본 정리"),
    (14, 11, 20, "chatgi-cat", "info", "recovery", "검색 정상"),
    # T3 (Thursday afternoon pass)
    (16, 14, 6, "jju-gpsntp01", "warning", "time_sync", "GPS antenna signal lost, switching to holdover (OCXO)"),
    (16, 14, 15, "jju-gpsntp01", "critical", "time_sync", "time offset 180 ms exceeds limit, stratum 16 (unsynchronized)"),
    (16, 14, 12, "gs-jju-fep", "critical", "error", "TM 프레임 시각 태그 불일치, 프레임 폐기 34%"),
    (16, 14, 18, "saebyeol-ttc", "major", "error", "SOLBIT-3 TC 검증 실패 (CLCW 시각 불일치), 명령 재전송"),
    (16, 14, 21, "hanul-mnc", "warning", "error", "제주 장비 상태 수신 지연"),
    (16, 14, 55, "jju-gpsntp01", "info", "recovery", "GPS 안테나 케이블 건조/재체결, GPS lock 복구"),
    # T4 (Saturday evening)
    (18, 21, 38, "dj1-r09u21", "warning", "disk", "/data/kafka 95% used"),
    (18, 21, 41, "dj1-r09u21", "critical", "disk", "/data/kafka 100% full, No space left on device"),
    (18, 21, 44, "kfk-tm", "critical", "error", "broker 1 log dir offline (KafkaStorageException), partitions offline"),
    (18, 21, 49, "saebyeol-ttc", "critical", "error", "텔레메트리 발행 실패 (NOT_LEADER_OR_FOLLOWER), TM 처리 중단 30%"),
    (18, 21, 53, "saebyeol-tmview", "major", "error", "실시간 텔레메트리 갱신 중단"),
    (18, 22, 25, "dj1-r09u21", "info", "config_change", "오래된 세그먼트 삭제, retention.bytes 200GB 재설정"),
    (18, 22, 40, "saebyeol-ttc", "info", "recovery", "텔레메트리 처리 정상"),
    # T5 (Sunday night, weekly migration)
    (19, 23, 11, "tape-lib-dj1", "critical", "hardware", "accessor A fault (gripper), all mounts pending"),
    (19, 23, 17, "gotgan-arch", "major", "error", "테이프 리콜 대기열 적체 (mount timeout)"),
    (19, 23, 19, "arch_migrate_weekly", "critical", "batch_job", "이관 복사 실패 38%, LTO-9 마운트 타임아웃"),
    (19, 23, 27, "ordr-delivery", "warning", "error", "아카이브 리콜 주문 다운로드 지연"),
    (20, 0, 0, "tape-lib-dj1", "info", "recovery", "accessor A 리셋, 마운트 정상"),
    # T6 (Tuesday afternoon)
    (21, 15, 11, "ora-bill", "warning", "storage", "archive destination /u03/arch 97% used"),
    (21, 15, 14, "ora-bill", "critical", "error", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved"),
    (21, 15, 17, "lic-svc", "critical", "error", "라이선스 발급 실패 (DB commit 대기), 5xx 29%"),
    (21, 15, 19, "bill-core", "major", "error", "주문 과금 처리 지연"),
    (21, 15, 26, "ordr-portal", "major", "error", "결제 완료 후 주문 확정 실패"),
    (21, 15, 29, "ordr-delivery", "warning", "error", "다운로드 라이선스 확인 실패"),
    (21, 15, 58, "ora-bill", "info", "config_change", "RMAN archivelog 백업 후 삭제, 아카이브 영역 확보"),
    (21, 16, 10, "lic-svc", "info", "recovery", "라이선스 발급 정상"),
    # T7 (Wednesday afternoon, ongoing)
    (22, 16, 44, "nas-l0-stage", "warning", "capacity", "vol_l0stage 95% used (snapshot reserve spill)"),
    (22, 16, 49, "nas-l0-stage", "critical", "capacity", "vol_l0stage 99% full, write latency 60 ms"),
    (22, 16, 52, "l0_ingest", "critical", "error", "L0 세그먼트 기록 실패 (ENOSPC), 분할 작업 29% 실패"),
    (22, 16, 57, "l1_radiocal", "major", "error", "L0 입력 읽기 지연"),
    (22, 17, 2, "l2_ortho", "warning", "error", "정사보정 입력 대기"),
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
    generate(NAME, "sat-ground", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
