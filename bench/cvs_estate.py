"""Generate the convenience-store franchise estate (tests/fixtures/cvs-franchise/, interchange format) and its faults.

A Korean convenience-store franchise HQ (하루온리테일 — 편의점 브랜드 하루온, about 9 000 가맹점): the store POS fleet
gateways (`posgw-sudo` 수도권, `posgw-jibang` 지방) with the store-device auth `jeompo-auth` (점포 단말 인증) on MySQL
`my-jeompo`, the payment VAN relay `van-relay` (VAN 승인 로그 `my-vanlog`, VAN lines to KICC and NICE) and the
easy-pay gateway `easypay-gw`; the store business gateway `storeapi-gw` (발주 단말, 택배, 공과금); the 발주 (store
ordering) system `balju-api`, the 10:00/22:00 cut-off batch `balju-cutoff` and the recommender `balju-reco` on the
Oracle RAC `ora-balju`, cache `redis-balju` and RabbitMQ `rmq-balju`; the product/store master `master-item` and the
nightly master-data push `store_master_push`; the 폐기/유통기한 batch `pyegi_batch`; the DC WMS `wms-ich` (이천) and
`wms-chg` (칠곡) on MS-SQL, the dispatch `tms-dispatch` and cold-chain truck telemetry `cold-telem` in the cloud over
the Amazon MQ broker `amq-b7e21c4d` with TimescaleDB `tsdb-cold`; the membership app 달빛 (`dalbit-bff`,
`dalbit-point`, `dalbit-coupon`, `dalbit-push`) on Aurora `aurora-dalbit` and ElastiCache `dalbit-redis-0001-001`;
counter services (`gift-hub` 기프트카드, `taekbae-counter` 택배) on `my-counter`, the utility-bill gateway `sunap-gw`
(공과금 수납) and the lottery terminal relay `lotto_relay`; the ERP `erp-ecc` on `ora-erp`; franchisee settlement
`jeongsan-fc` (가맹점 정산) with the POS journal loader `posjournal-loader` and the month-end batch
`jeongsan_monthend` on MS-SQL `mssql-jeongsan`; the 점주 portal `jeomju-portal`; BI `bi-tableau` and nightly
`dw-etl` on `dw-mssql`. Sites 가산IDC (head-office IDC), 본사(역삼) (HQ), 이천물류센터 and 칠곡물류센터 (regional DCs)
and AWS 서울리전; environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): romanised Korean service names (`balju-*` 발주, `jeongsan-*` 정산, `jeompo-auth`
점포, `sunap-gw` 수납, `pyegi_batch` 폐기, `taekbae-counter` 택배, `jeomju-portal` 점주, `posgw-sudo`/`posgw-jibang`
수도권/지방), the app code name 달빛 (`dalbit-*`), legacy snake_case (`store_master_push`, `pyegi_batch`,
`lotto_relay`, `jeongsan_monthend`, `sunap_legacy_if`), VMware VMs by site and role (`vgs-balju01`, v = virtual,
gs = 가산), bare metal by asset tag (`ast-21044`) with the rack position as an attribute, DC servers by DC and role
(`icdc-wms-a1`, `cgdc-wms-d1`), cloud-generated ids (EKS nodes `ip-10-72-12-141`, EC2 `i-0c4e8a71f2b9d3e06`, the
Amazon MQ broker `amq-b7e21c4d`, the ElastiCache node `dalbit-redis-0001-001`, the ALB
`k8s-dalbit-ingress-9c1f2e`, the S3 bucket `haruon-prd-ereceipt`) and network gear by role (`vpnc-store-1`,
`van-line-kicc`, `dx-aws-gs`).

Seven injected incidents (times KST; now = Saturday 2028-04-29 14:20, the weekend leisure peak; the window is the
10 days before; stores open 24 h with commute peaks 07–09 and 18–20 and a lunch spike, the 10:00 and 22:00 order
cut-offs, the 00:00–04:00 settlement and master-data push, weekend leisure-area peaks, Saturday lottery sales,
the April month-end settlement run on Friday night):
  C1 Thu 20 21:50–22:45  before the 22:00 order cut-off ora-balju's index rebuild job (moved to 21:45 on
                         Wednesday) holds row locks (enq: TX) on the order lines: balju-api (loudest, 7.12.0
                         deployed at 21:30), balju-cutoff (2차 마감 late), storeapi-gw
  C2 Sat 22 12:10–13:05  (weekend lunch) my-vanlog's semi-sync replica is in maintenance, every commit waits for
                         rpl_semi_sync timeout: van-relay (loudest, deployed at 11:40), easypay-gw, posgw-sudo
  C3 Tue 25 02:20–03:15  (night settlement) mssql-jeongsan's tempdb fills while dw-etl extracts at the same time:
                         posjournal-loader (loudest, deployed Monday 18:00), jeongsan-fc, jeomju-portal
  C4 Wed 26 07:35–08:30  (morning commute) ast-22810 swaps when redis-posgw forks for an RDB snapshot (the save
                         schedule tightened on Tuesday): redis-posgw, posgw-sudo (loudest, deployed at 07:15),
                         posgw-jibang
  C5 Thu 27 15:10–16:05  amq-b7e21c4d hits its memory alarm (a stuck consumer of the temperature queue) and blocks
                         publishers: cold-telem (loudest, deployed at 14:50), dalbit-push, tms-dispatch
  C6 Fri 28 18:20–19:15  (evening commute) the 18:00 coupon push drives a connection storm into aurora-dalbit
                         (max_connections): dalbit-coupon (loudest, deployed at 17:55), dalbit-point, dalbit-bff
  C7 Sat 29 13:35–now    (Saturday lottery and leisure peak) an online schema change on my-jeompo's device table
                         holds a metadata lock and every store-device auth query waits: jeompo-auth (loudest),
                         lotto_relay (deployed at 13:10), posgw-jibang (ongoing)
Confounders: commute peaks, the lunch spike and the two cut-offs, the nightly batches (dw-etl on the same
MS-SQL as settlement, the master push, 폐기 batch), weekend leisure and lottery peaks, deploys on victims before
every incident, the shared Redis/RabbitMQ hosts (noisy neighbours), `cgdc-wms-a2` and `posgw-stg` in maintenance,
the retired `sunap_legacy_if`, the log server `ast-18002`'s disk creeping up and the POS L4 `l4-gs-pos`'s
certificate for pos.haruon.co.kr expiring on 2028-05-06 (warned daily), the month-end settlement pre-close on
Friday night.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/cvs_golden.py) are computed from the files.

    .venv/bin/python bench/cvs_estate.py   # rewrites tests/fixtures/cvs-franchise*
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

NAME = "cvs-franchise"
NOW = datetime(2028, 4, 29, 5, 20, tzinfo=UTC)  # Saturday 2028-04-29 14:20 KST
START = NOW - timedelta(days=10)  # Wednesday 2028-04-19 14:20 KST
SEED = 20280429
SITES = {"G": "가산IDC", "H": "본사(역삼)", "I": "이천물류센터", "C": "칠곡물류센터", "A": "AWS 서울리전"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-04")

POS, PAY, SCM, DC = "점포시스템팀", "payment-platform", "SCM개발팀", "물류센터IT"
MBR, LIFE, ERP, FIN = "dalbit-squad", "생활서비스파트", "ERP운영팀", "정산시스템팀"
DATA, INFRA, DBA, NET = "data-bi", "IT인프라팀", "DB운영파트", "네트워크보안팀"
CLOUD, MDM = "cloud-platform", "상품마스터파트"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- store POS fleet, payments
    "posgw-sudo": ("service", POS, "G", "P", ["vgs-pos01", "vgs-pos02"],
                   ["redis-posgw", "van-relay", "easypay-gw", "dalbit-point", "rmq-posjournal", "jeompo-auth"],
                   {"desc": "POS 게이트웨이 (수도권 점포)", "product": "자체개발 (Java 17, Netty)", "version": "5.8.3",
                    "stores": 4870, "instances": 6, "port": 9443, "region": "수도권"}),
    "posgw-jibang": ("service", POS, "G", "P", ["vgs-pos03"],
                     ["redis-posgw", "van-relay", "easypay-gw", "dalbit-point", "rmq-posjournal", "jeompo-auth"],
                     {"desc": "POS 게이트웨이 (지방 점포, 행락지 포함)", "product": "자체개발 (Java 17, Netty)",
                      "version": "5.8.3", "stores": 4185, "instances": 4, "port": 9443, "region": "지방"}),
    "jeompo-auth": ("service", POS, "G", "P", ["vgs-store01"], ["my-jeompo", "redis-posgw"],
                    {"desc": "점포 단말 인증 (POS, 발주 단말, 로또 단말 디바이스 인증서/토큰)", "product": "자체개발 (Go 1.22)",
                     "version": "2.4.1", "devices": 41200, "token_ttl_h": 12, "port": 8443}),
    "storeapi-gw": ("service", POS, "G", "P", ["vgs-store01"],
                    ["balju-api", "sunap-gw", "taekbae-counter", "gift-hub", "jeompo-auth"],
                    {"desc": "점포업무 게이트웨이 (발주 단말 ST-9, 택배/공과금/기프트 접수)", "product": "Kong Gateway 3.6",
                     "version": "3.6.1", "instances": 4, "rate_limit_rps": 2400}),
    "van-relay": ("service", PAY, "G", "P", ["vgs-van01"], ["my-vanlog"],
                  {"desc": "VAN 중계 (카드 승인/취소, KICC·NICE 이중화)", "product": "자체개발 (C++ / Java 11)",
                   "version": "3.17.2", "vans": "KICC, NICE", "tps_limit": 1800, "port": 7010}),
    "easypay-gw": ("service", PAY, "G", "P", ["vgs-van01"], ["van-relay", "redis-posgw"],
                   {"desc": "간편결제 게이트웨이 (카카오페이, 네이버페이, 삼성페이, 페이코)", "version": "2.9.0",
                    "providers": 4, "product": "자체개발 (Spring Boot 3.2)"}),
    # ---------------------------------------------------------------- 발주 / master / 폐기
    "balju-api": ("service", SCM, "G", "P", ["vgs-balju01", "vgs-balju02"],
                  ["ora-balju", "redis-balju", "rmq-balju", "master-item"],
                  {"desc": "점포 발주 API (발주 등록/수정, 마감 전 확정)", "product": "자체개발 (Java 17, Spring Boot 3.1)",
                   "version": "7.12.0", "instances": 6, "cutoffs": "10:00, 22:00", "items_per_store_avg": 310}),
    "balju-cutoff": ("service", SCM, "G", "P", ["vgs-bat01"], ["ora-balju", "rmq-balju"],
                     {"desc": "발주 마감 배치 (1차 10:00, 2차 22:00 마감 후 물류센터 전송)", "product": "Spring Batch 5.1",
                      "version": "4.3.2", "schedule": "매일 10:00, 22:00"}),
    "balju-reco": ("service", SCM, "G", "P", ["vgs-balju02"], ["ora-balju", "redis-balju", "dw-mssql"],
                   {"desc": "추천 발주 (판매 예측 기반 권장 수량)", "product": "Python 3.11 (LightGBM)", "version": "1.8.4",
                    "model": "lgbm-demand-v23"}),
    "master-item": ("service", MDM, "G", "P", ["vgs-mdm01"], ["ora-erp"],
                    {"desc": "상품/점포 마스터 (가격, 행사, 점포 속성)", "version": "3.2.7", "skus": 18400,
                     "product": "자체개발 (Java 11)"}),
    "store_master_push": ("service", MDM, "G", "P", ["vgs-bat01"], ["master-item", "nas-gs-01"],
                          {"desc": "점포 마스터 배포 (야간 가격/행사/상품 마스터 전송)", "product": "레거시 (Java 8 + shell)",
                           "schedule": "매일 00:30", "version": "1.14.0", "package_share": "/mnt/mstpkg"}),
    "pyegi_batch": ("service", SCM, "G", "P", ["vgs-bat01"], ["ora-balju", "master-item"],
                    {"desc": "폐기/유통기한 배치 (임박 상품 알림, 폐기 등록 정산 반영)", "product": "PL/SQL + cron",
                     "schedule": "매일 03:30", "version": "2.0.3"}),
    # ---------------------------------------------------------------- DC / logistics
    "wms-ich": ("service", DC, "I", "P", ["icdc-wms-a1"], ["mssql-wms-ich", "rmq-balju"],
                {"desc": "이천 물류센터 WMS (상온/냉장 피킹, 출고)", "product": "자체개발 (.NET 6)", "version": "6.3.0",
                 "stores_served": 5100, "dock_doors": 64}),
    "wms-chg": ("service", DC, "C", "P", ["cgdc-wms-a1"], ["mssql-wms-chg", "rmq-balju"],
                {"desc": "칠곡 물류센터 WMS (영남/호남 권역)", "product": "자체개발 (.NET 6)", "version": "6.3.0",
                 "stores_served": 3930, "dock_doors": 42}),
    "tms-dispatch": ("service", DC, "A", "P", ["ip-10-72-13-77"], ["wms-ich", "wms-chg", "rds-tms-prd", "cold-telem"],
                     {"desc": "배송 배차 (1일 3회 배송, 차량/루트)", "product": "자체개발 (Kotlin, EKS)", "version": "2.6.1",
                      "trucks": 640, "deliveries_per_day": 3}),
    "cold-telem": ("service", DC, "A", "P", ["ip-10-72-13-77"], ["amq-b7e21c4d", "tsdb-cold"],
                   {"desc": "콜드체인 차량 온도 텔레메트리 수집 (냉장 0~10℃, 냉동 -18℃ 이하)", "version": "1.9.2",
                    "product": "자체개발 (Go, EKS)", "reefer_trucks": 410, "interval_s": 30}),
    # ---------------------------------------------------------------- membership app 달빛
    "dalbit-bff": ("service", MBR, "A", "P", ["ip-10-72-11-23", "ip-10-72-12-141"],
                   ["dalbit-point", "dalbit-coupon", "dalbit-redis-0001-001"],
                   {"desc": "달빛 멤버십 앱 BFF", "product": "Node.js 20 (NestJS, EKS)", "version": "4.21.0", "pods": 12,
                    "mau": 3100000}),
    "dalbit-point": ("service", MBR, "A", "P", ["ip-10-72-11-23"], ["aurora-dalbit", "dalbit-redis-0001-001",
                                                                     "amq-b7e21c4d"],
                     {"desc": "포인트 적립/사용", "product": "Spring Boot 3.2 (EKS)", "version": "3.4.5", "pods": 8}),
    "dalbit-coupon": ("service", MBR, "A", "P", ["ip-10-72-12-141"], ["aurora-dalbit", "dalbit-redis-0001-001"],
                      {"desc": "쿠폰 발급/사용 (1+1, 2+1 행사 쿠폰)", "product": "Spring Boot 3.2 (EKS)", "version": "2.8.0",
                       "pods": 6}),
    "dalbit-push": ("service", MBR, "A", "P", ["ip-10-72-12-141"], ["amq-b7e21c4d"],
                    {"desc": "앱 푸시 발송 (FCM/APNs)", "version": "1.5.3", "product": "Python 3.12 (EKS)",
                     "daily_quota": 5000000}),
    # ---------------------------------------------------------------- counter services
    "gift-hub": ("service", LIFE, "G", "P", ["vgs-cnt01"], ["my-counter", "redis-posgw"],
                 {"desc": "기프트카드/모바일상품권 교환", "version": "2.2.6", "issuers": 23, "product": "자체개발 (Java 17)"}),
    "taekbae-counter": ("service", LIFE, "G", "P", ["vgs-cnt01"], ["my-counter"],
                        {"desc": "편의점 택배 접수 (반값택배, 일반택배)", "version": "1.11.0", "carriers": "CJ대한통운, 한진",
                         "product": "자체개발 (Java 17)"}),
    "sunap-gw": ("service", LIFE, "G", "P", ["vgs-cnt01"], ["my-counter", "rmq-posjournal"],
                 {"desc": "공과금 수납 게이트웨이 (전기/가스/지방세 지로)", "version": "3.0.2", "billers": 58,
                  "product": "자체개발 (Java 17)", "cutoff": "23:30"}),
    "lotto_relay": ("service", LIFE, "G", "P", ["vgs-lotto01"], ["jeompo-auth"],
                    {"desc": "로또 단말 중계 (동행복권 전용회선)", "version": "2.1.9", "terminals": 7350,
                     "sales_close": "토 20:00", "product": "레거시 (C, 전용 프로토콜)"}),
    # ---------------------------------------------------------------- ERP, settlement, portal, BI
    "erp-ecc": ("service", ERP, "G", "P", ["vgs-erp01"], ["ora-erp"],
                {"desc": "ERP (SAP ECC 6.0 EhP8)", "product": "SAP ECC 6.0 EhP8", "sid": "HRP", "client": 300}),
    "jeongsan-fc": ("service", FIN, "G", "P", ["vgs-js01"], ["mssql-jeongsan", "erp-ecc"],
                    {"desc": "가맹점 정산 (일정산, 매출/수수료, 가맹 정산금)", "product": "자체개발 (.NET 8)",
                     "version": "5.0.4", "franchisees": 8960, "schedule": "매일 01:00"}),
    "posjournal-loader": ("service", FIN, "G", "P", ["vgs-js01"], ["rmq-posjournal", "mssql-jeongsan"],
                          {"desc": "POS 매출 저널 적재 (실시간 + 야간 보정)", "product": "자체개발 (.NET 8)",
                           "version": "2.7.0"}),
    "jeongsan_monthend": ("service", FIN, "G", "P", ["vgs-js01"], ["jeongsan-fc", "mssql-jeongsan"],
                          {"desc": "월말 가맹점 정산 (가마감/본마감)", "product": "SQL Agent + SSIS 2022",
                           "schedule": "매월 말일 전 영업일 23:00"}),
    "jeomju-portal": ("service", FIN, "G", "P", ["vgs-mdm01"], ["jeongsan-fc", "balju-api"],
                      {"desc": "점주 포털 (정산서 조회, 발주 현황, 공지)", "version": "3.9.1",
                       "endpoint": "owner.haruon.co.kr", "product": "자체개발 (Next.js + .NET 8)"}),
    "bi-tableau": ("service", DATA, "H", "P", ["hq-bi01"], ["dw-mssql"],
                   {"desc": "BI 대시보드 (매출, 발주, 폐기율)", "product": "Tableau Server 2024.2", "workbooks": 412}),
    "dw-etl": ("service", DATA, "G", "P", ["vgs-bi01"], ["dw-mssql", "ora-balju", "mssql-jeongsan", "aurora-dalbit"],
               {"desc": "DW 야간 적재 (발주, 매출, 멤버십)", "product": "SSIS 2022 + Airflow 2.9",
                "schedule": "매일 02:00"}),
    "elk-log": ("service", INFRA, "G", "P", ["ast-18002"], [],
                {"desc": "로그 수집 (POS GW, 발주, VAN)", "product": "Elasticsearch 8.13 + Logstash", "retention_days": 14}),
    "zbx-gs": ("service", INFRA, "G", "P", ["vgs-mon01"], [],
               {"desc": "인프라 모니터링", "product": "Zabbix 7.0", "monitored_hosts": 980}),
    # ---------------------------------------------------------------- staging, dev, retired
    "posgw-stg": ("service", POS, "G", "S", ["vgs-stg01"], ["redis-stg"],
                  {"desc": "POS 게이트웨이 (스테이징, 테스트 점포 12개)", "version": "5.9.0-rc1"}),
    "balju-api-stg": ("service", SCM, "G", "S", ["vgs-stg01"], ["ora-balju-stg", "redis-stg"],
                      {"desc": "발주 API (스테이징)", "version": "7.13.0-rc2"}),
    "dalbit-bff-stg": ("service", MBR, "A", "S", ["ip-10-72-21-9"], [],
                       {"desc": "달빛 BFF (스테이징)", "version": "4.22.0-beta1"}),
    "jeongsan-fc-dev": ("service", FIN, "G", "D", ["vgs-dev01"], [],
                        {"desc": "가맹점 정산 (개발)", "version": "5.1.0-SNAPSHOT"}),
    "wms-dev": ("service", DC, "G", "D", ["vgs-dev01"], [],
                {"desc": "WMS (개발)", "version": "6.4.0-SNAPSHOT"}),
    "dalbit-point-dev": ("service", MBR, "A", "D", ["ip-10-72-21-9"], [],
                         {"desc": "포인트 (개발)", "version": "3.5.0-SNAPSHOT"}),
    "sunap_legacy_if": ("service", LIFE, "G", "P", [], [],
                        {"desc": "구 공과금 수납 파일 인터페이스 (2026년 sunap-gw로 대체)", "version": "0.9.12",
                         "decommissioned": "2026-11-30"}),
    # ---------------------------------------------------------------- databases
    "ora-balju": ("database", DBA, "G", "P", ["ast-21044", "ast-21045"], [],
                  {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c RAC", "nodes": 2,
                   "sid": "BALJUP", "port": 1521, "size_tb": 9.6, "desc": "발주 운영 DB"}),
    "ora-erp": ("database", DBA, "G", "P", ["ast-21046"], [],
                {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c", "sid": "HRP",
                 "port": 1527, "size_tb": 6.2, "desc": "ERP/마스터 DB"}),
    "mssql-jeongsan": ("database", DBA, "G", "P", ["ast-19327"], [],
                       {"engine": "mssql", "version": "16.0.4125", "product": "SQL Server 2022 Enterprise CU13",
                        "port": 1433, "tempdb_gb": 256, "desc": "가맹점 정산/매출 DB"}),
    "dw-mssql": ("database", DBA, "G", "P", ["ast-19330"], [],
                 {"engine": "mssql", "version": "16.0.4125", "product": "SQL Server 2022 Enterprise CU13",
                  "port": 1433, "size_tb": 22.0, "desc": "BI DW"}),
    "mssql-wms-ich": ("database", DC, "I", "P", ["icdc-wms-d1"], [],
                      {"engine": "mssql", "version": "15.0.4385", "product": "SQL Server 2019 Standard CU28",
                       "port": 1433, "desc": "이천 WMS DB"}),
    "mssql-wms-chg": ("database", DC, "C", "P", ["cgdc-wms-d1"], [],
                      {"engine": "mssql", "version": "15.0.4385", "product": "SQL Server 2019 Standard CU28",
                       "port": 1433, "desc": "칠곡 WMS DB"}),
    "my-jeompo": ("database", DBA, "G", "P", ["vgs-my02"], [],
                  {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 Community", "port": 3306,
                   "max_connections": 4000, "desc": "점포 단말/인증 DB"}),
    "my-vanlog": ("database", DBA, "G", "P", ["vgs-my02"], [],
                  {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 Community", "port": 3307,
                   "replication": "semi-sync", "desc": "VAN 승인 로그"}),
    "my-counter": ("database", DBA, "G", "P", ["vgs-my01"], [],
                   {"engine": "mysql", "version": "8.0.35", "product": "MySQL 8.0 Community", "port": 3306,
                    "desc": "기프트/택배/공과금 접수 DB"}),
    "aurora-dalbit": ("database", CLOUD, "A", "P", [], [],
                      {"engine": "aurora-mysql", "version": "3.05.2", "product": "Amazon Aurora MySQL 3",
                       "instance_class": "db.r6g.4xlarge", "max_connections": 3000, "readers": 2,
                       "desc": "달빛 멤버십 DB (회원, 포인트, 쿠폰)"}),
    "rds-tms-prd": ("database", CLOUD, "A", "P", [], [],
                    {"engine": "postgresql", "version": "15.6", "product": "Amazon RDS for PostgreSQL",
                     "instance_class": "db.m6g.xlarge", "desc": "배차 DB"}),
    "tsdb-cold": ("database", DC, "A", "P", ["i-0c4e8a71f2b9d3e06"], [],
                  {"engine": "timescaledb", "version": "2.14.2", "product": "TimescaleDB 2.14 (PostgreSQL 16)",
                   "port": 5432, "retention": "180d", "desc": "콜드체인 온도 시계열"}),
    "ora-balju-stg": ("database", DBA, "G", "S", ["vgs-stg01"], [],
                      {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c", "sid": "BALJUS",
                       "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "redis-posgw": ("cache", POS, "G", "P", ["ast-22810"], [],
                    {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 24, "maxmemory_policy": "volatile-lru",
                     "port": 6379, "persistence": "RDB", "desc": "POS 세션/거래 토큰 캐시"}),
    "redis-balju": ("cache", SCM, "G", "P", ["ast-22810"], [],
                    {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lru",
                     "port": 6380, "desc": "발주 장바구니/추천 캐시"}),
    "dalbit-redis-0001-001": ("cache", CLOUD, "A", "P", [], [],
                              {"engine": "redis", "version": "7.1", "product": "Amazon ElastiCache for Redis",
                               "node_type": "cache.r7g.xlarge", "cluster": "dalbit-redis", "desc": "달빛 세션/포인트 잔액 캐시"}),
    "redis-stg": ("cache", POS, "G", "S", ["vgs-stg01"], [],
                  {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 4, "port": 6379}),
    "rmq-balju": ("queue", SCM, "G", "P", ["ast-22811"], [],
                  {"product": "RabbitMQ 3.13.1", "port": 5672, "queues": 48, "vhost": "/balju",
                   "desc": "발주 확정 → 물류센터 전송 큐"}),
    "rmq-posjournal": ("queue", POS, "G", "P", ["ast-22811"], [],
                       {"product": "RabbitMQ 3.13.1", "port": 5673, "queues": 36, "vhost": "/pos",
                        "desc": "POS 매출 저널/수납 이벤트 큐"}),
    "amq-b7e21c4d": ("queue", CLOUD, "A", "P", [], [],
                     {"product": "Amazon MQ for RabbitMQ 3.12.13", "instance": "mq.m5.large", "deployment": "cluster (3)",
                      "desc": "텔레메트리/앱 이벤트 브로커"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-gs-pos": ("G", NET, ["posgw-sudo", "posgw-jibang"],
                  {"vendor": "Piolink", "model": "PAS-K 5424", "vip": "10.20.1.10", "firmware": "2.7.3",
                   "endpoint": "pos.haruon.co.kr", "cert_expiry": "2028-05-06", "cert_issuer": "Sectigo (수동 갱신)"}),
    "l4-gs-biz": ("G", NET, ["storeapi-gw", "jeomju-portal", "sunap-gw", "lotto_relay"],
                  {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "10.20.1.20", "firmware": "2.7.3",
                   "cert_expiry": "2029-01-31"}),
    "k8s-dalbit-ingress-9c1f2e": ("A", CLOUD, ["dalbit-bff"],
                                  {"vendor": "AWS", "model": "Application Load Balancer",
                                   "scheme": "internet-facing", "endpoint": "api.dalbit.haruon.co.kr",
                                   "cert_issuer": "ACM (자동 갱신)"}),
    "l4-icdc-wms": ("I", NET, ["wms-ich"],
                    {"vendor": "F5", "model": "BIG-IP i2800", "vip": "10.31.0.10", "firmware": "16.1.4"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-gs-01": ("G", INFRA, {"vendor": "NetApp", "model": "AFF A250", "ontap": "9.14.1P3", "capacity_tb": 120,
                               "protocol": "NFS v4.1", "desc": "점포 배포 패키지/공유 파일"}, ["vgs-bat01", "vgs-mdm01"]),
    "san-gs-01": ("G", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X50 R4", "capacity_tb": 150,
                               "desc": "Oracle/MS-SQL 블록 스토리지"},
                  ["ast-21044", "ast-21045", "ast-21046", "ast-19327", "ast-19330"]),
    "minio-poslog": ("G", POS, {"vendor": "MinIO", "model": "MinIO AIStor (4 nodes)", "capacity_tb": 480,
                                "desc": "POS 전자저널/로그 오브젝트 스토리지"}, ["ast-18002"]),
    "haruon-prd-ereceipt": ("A", CLOUD, {"vendor": "AWS", "model": "Amazon S3", "region": "ap-northeast-2",
                                         "storage_class": "S3 Intelligent-Tiering", "desc": "전자영수증 보관"}, []),
    "dd-gs-01": ("G", INFRA, {"vendor": "Dell", "model": "PowerProtect DD9400", "capacity_tb": 384,
                              "desc": "백업 (DB, 파일)"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 가산IDC VMware VMs
    "vgs-pos01": ("G", "P", "vm", {"role": "POS GW 수도권 #1"}),
    "vgs-pos02": ("G", "P", "vm", {"role": "POS GW 수도권 #2"}),
    "vgs-pos03": ("G", "P", "vm", {"role": "POS GW 지방"}),
    "vgs-store01": ("G", "P", "vm", {"role": "점포업무 GW, 단말 인증"}),
    "vgs-van01": ("G", "P", "vm", {"role": "VAN 중계, 간편결제"}),
    "vgs-balju01": ("G", "P", "vm", {"role": "발주 AP #1"}),
    "vgs-balju02": ("G", "P", "vm", {"role": "발주 AP #2, 추천발주"}),
    "vgs-bat01": ("G", "P", "vm", {"role": "배치 (발주마감, 마스터배포, 폐기)"}),
    "vgs-mdm01": ("G", "P", "vm", {"role": "상품마스터, 점주포털"}),
    "vgs-cnt01": ("G", "P", "vm", {"role": "기프트/택배/공과금"}),
    "vgs-lotto01": ("G", "P", "vm", {"role": "로또 중계"}),
    "vgs-erp01": ("G", "P", "vm", {"role": "SAP ECC AP"}),
    "vgs-js01": ("G", "P", "vm", {"role": "가맹점 정산, 저널 적재"}),
    "vgs-bi01": ("G", "P", "vm", {"role": "DW ETL (Airflow)"}),
    "vgs-my01": ("G", "P", "vm", {"role": "MySQL (카운터 서비스)"}),
    "vgs-my02": ("G", "P", "vm", {"role": "MySQL (점포 인증, VAN 로그)"}),
    "vgs-mon01": ("G", "P", "vm", {"role": "모니터링"}),
    "vgs-stg01": ("G", "S", "vm", {"role": "스테이징 공용"}),
    "vgs-dev01": ("G", "D", "vm", {"role": "개발 공용"}),
    # 가산IDC bare metal by asset tag
    "ast-21044": ("G", "P", "bare", {"role": "Oracle RAC BALJUP node 1", "model": "HPE ProLiant DL380 Gen11",
                                     "rack": "GS-B07 U14"}),
    "ast-21045": ("G", "P", "bare", {"role": "Oracle RAC BALJUP node 2", "model": "HPE ProLiant DL380 Gen11",
                                     "rack": "GS-B07 U16"}),
    "ast-21046": ("G", "P", "bare", {"role": "Oracle HRP (ERP)", "model": "HPE ProLiant DL380 Gen11",
                                     "rack": "GS-B08 U10"}),
    "ast-19327": ("G", "P", "win", {"role": "MS-SQL 정산", "model": "Dell PowerEdge R760", "rack": "GS-C02 U20"}),
    "ast-19330": ("G", "P", "win", {"role": "MS-SQL DW", "model": "Dell PowerEdge R760", "rack": "GS-C02 U24"}),
    "ast-22810": ("G", "P", "bare", {"role": "Redis (POS, 발주)", "model": "Dell PowerEdge R660", "rack": "GS-A11 U05"}),
    "ast-22811": ("G", "P", "bare", {"role": "RabbitMQ (발주, POS 저널)", "model": "Dell PowerEdge R660",
                                     "rack": "GS-A11 U07"}),
    "ast-18002": ("G", "P", "bare", {"role": "로그 수집 (ELK)", "model": "Dell PowerEdge R740xd", "rack": "GS-A03 U30"}),
    # 본사
    "hq-bi01": ("H", "P", "win", {"role": "Tableau Server", "model": "Lenovo ThinkSystem SR650 V3",
                                  "rack": "HQ-SR1 U12"}),
    # 물류센터
    "icdc-wms-a1": ("I", "P", "bare", {"role": "이천 WMS AP", "model": "Dell PowerEdge R650", "rack": "IC-R02 U08"}),
    "icdc-wms-d1": ("I", "P", "win", {"role": "이천 WMS DB", "model": "Dell PowerEdge R750", "rack": "IC-R02 U12"}),
    "cgdc-wms-a1": ("C", "P", "bare", {"role": "칠곡 WMS AP", "model": "Dell PowerEdge R650", "rack": "CG-R01 U06"}),
    "cgdc-wms-a2": ("C", "P", "bare", {"role": "칠곡 WMS AP #2 (교체 중)", "model": "Dell PowerEdge R650",
                                       "rack": "CG-R01 U08"}),
    "cgdc-wms-d1": ("C", "P", "win", {"role": "칠곡 WMS DB", "model": "Dell PowerEdge R750", "rack": "CG-R01 U12"}),
    # AWS (EKS nodes, EC2)
    "ip-10-72-11-23": ("A", "P", "eks", {"role": "EKS 노드 (달빛)", "instance_type": "m7g.2xlarge",
                                         "az": "ap-northeast-2a", "nodegroup": "ng-dalbit-a"}),
    "ip-10-72-12-141": ("A", "P", "eks", {"role": "EKS 노드 (달빛)", "instance_type": "m7g.2xlarge",
                                          "az": "ap-northeast-2b", "nodegroup": "ng-dalbit-b"}),
    "ip-10-72-13-77": ("A", "P", "eks", {"role": "EKS 노드 (물류)", "instance_type": "c7g.2xlarge",
                                         "az": "ap-northeast-2c", "nodegroup": "ng-logi"}),
    "ip-10-72-21-9": ("A", "S", "eks", {"role": "EKS 노드 (스테이징/개발)", "instance_type": "m7g.large",
                                        "az": "ap-northeast-2a", "nodegroup": "ng-nonprod"}),
    "i-0c4e8a71f2b9d3e06": ("A", "P", "ec2", {"role": "TimescaleDB", "instance_type": "r7g.2xlarge",
                                              "az": "ap-northeast-2a"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-gasan-edge": ("G", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5430", "firmware": "PAN-OS 11.1.2"}),
    "fw-store-net": ("G", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                           "firmware": "FortiOS 7.4.3", "desc": "점포망 방화벽"}),
    "vpnc-store-1": ("G", {"device": "VPN concentrator", "vendor": "Fortinet", "model": "FortiGate 3000F",
                           "firmware": "FortiOS 7.4.3", "tunnels": 4870, "desc": "점포 IPsec VPN (수도권)"}),
    "vpnc-store-2": ("G", {"device": "VPN concentrator", "vendor": "Fortinet", "model": "FortiGate 3000F",
                           "firmware": "FortiOS 7.4.3", "tunnels": 4185, "desc": "점포 IPsec VPN (지방)"}),
    "sw-core-gs": ("G", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "NX-OS 10.3(4a)"}),
    "wan-icdc": ("I", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 1Gbps",
                       "circuit": "SKB-2207-11834", "desc": "가산IDC ↔ 이천물류센터"}),
    "wan-cgdc": ("C", {"device": "WAN link", "vendor": "KT", "model": "전용회선 500Mbps",
                       "circuit": "KT-DL-3391-0288", "desc": "가산IDC ↔ 칠곡물류센터"}),
    "van-line-kicc": ("G", {"device": "VAN line", "vendor": "KICC", "model": "전용회선 100Mbps x2",
                            "circuit": "KICC-HRN-0042"}),
    "van-line-nice": ("G", {"device": "VAN line", "vendor": "NICE정보통신", "model": "전용회선 100Mbps x2",
                            "circuit": "NICE-HRN-0107"}),
    "lotto-line": ("G", {"device": "lottery line", "vendor": "동행복권", "model": "전용회선 45Mbps",
                         "circuit": "DHL-RT-2291"}),
    "dx-aws-gs": ("G", {"device": "Direct Connect", "vendor": "AWS", "model": "Direct Connect 10Gbps (LG U+ 경유)",
                        "circuit": "dxcon-fgq7x2ma"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("vpnc-store-1", "fw-store-net"),
    ("vpnc-store-2", "fw-store-net"),
    ("fw-store-net", "sw-core-gs"),
    ("fw-gasan-edge", "sw-core-gs"),
    ("l4-gs-pos", "fw-store-net"),
    ("l4-gs-biz", "fw-store-net"),
    ("wan-icdc", "sw-core-gs"),
    ("wan-cgdc", "sw-core-gs"),
    ("dx-aws-gs", "sw-core-gs"),
    ("van-relay", "van-line-kicc"),
    ("van-relay", "van-line-nice"),
    ("lotto_relay", "lotto-line"),
    ("posgw-sudo", "minio-poslog"),
    ("posgw-jibang", "minio-poslog"),
    ("dalbit-point", "haruon-prd-ereceipt"),
]
# fmt: on
STATUS = {"cgdc-wms-a2": "maintenance", "posgw-stg": "maintenance", "sunap_legacy_if": "retired"}
NET_PREFIX = {"G": "10.20", "H": "10.10", "I": "10.31", "C": "10.32", "A": "10.72"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "C1",
        "kind": "db_row_lock_contention",
        "root": "ora-balju",
        "description": "before the Thursday 22:00 order cut-off the index rebuild job of ora-balju (moved to 21:45"
        " on Wednesday) holds row locks on the order lines (enq: TX - row lock contention): balju-api (7.12.0"
        " deployed at 21:30, loudest) times out, the second cut-off run of balju-cutoff is late and storeapi-gw"
        " fails the store ordering terminals, until the rebuild is killed",
        "start": kst(20, 21, 50),
        "end": kst(20, 22, 45),
        "affected": ["ora-balju", "balju-api", "balju-cutoff", "storeapi-gw"],
    },
    {
        "id": "C2",
        "kind": "semisync_commit_stall",
        "root": "my-vanlog",
        "description": "at Saturday lunch (leisure peak) the semi-sync replica of my-vanlog is down for"
        " maintenance and every commit waits for the semi-sync timeout: van-relay (deployed at 11:40, loudest)"
        " approves cards slowly and times out, easypay-gw and posgw-sudo follow, until semi-sync is switched off",
        "start": kst(22, 12, 10),
        "end": kst(22, 13, 5),
        "affected": ["my-vanlog", "van-relay", "easypay-gw", "posgw-sudo"],
    },
    {
        "id": "C3",
        "kind": "tempdb_full",
        "root": "mssql-jeongsan",
        "description": "in the small hours of Tuesday the nightly settlement and dw-etl's extraction fill the"
        " tempdb of mssql-jeongsan (error 1105): posjournal-loader (deployed Monday 18:00, loudest) cannot load"
        " the POS journals, jeongsan-fc's daily settlement fails and jeomju-portal shows no statements, until"
        " tempdb is grown and the ETL is held",
        "start": kst(25, 2, 20),
        "end": kst(25, 3, 15),
        "affected": ["mssql-jeongsan", "posjournal-loader", "jeongsan-fc", "jeomju-portal"],
    },
    {
        "id": "C4",
        "kind": "host_swap_fork",
        "root": "ast-22810",
        "description": "in Wednesday's morning commute the Redis host ast-22810 swaps when redis-posgw forks for"
        " an RDB snapshot (the save schedule was tightened on Tuesday) under peak load: redis-posgw stalls,"
        " posgw-sudo (deployed at 07:15, loudest) and posgw-jibang time out store transactions, until the"
        " snapshots are moved to the replica",
        "start": kst(26, 7, 35),
        "end": kst(26, 8, 30),
        "affected": ["ast-22810", "redis-posgw", "posgw-sudo", "posgw-jibang"],
    },
    {
        "id": "C5",
        "kind": "broker_memory_alarm",
        "root": "amq-b7e21c4d",
        "description": "on Thursday afternoon a stuck consumer lets the temperature queue grow until the Amazon MQ"
        " broker amq-b7e21c4d raises its memory alarm and blocks every publisher: cold-telem (deployed at 14:50,"
        " loudest) loses reefer temperatures, dalbit-push stops sending and tms-dispatch shows stale trucks,"
        " until the queue is purged and the consumer restarted",
        "start": kst(27, 15, 10),
        "end": kst(27, 16, 5),
        "affected": ["amq-b7e21c4d", "cold-telem", "dalbit-push", "tms-dispatch"],
    },
    {
        "id": "C6",
        "kind": "db_connection_storm",
        "root": "aurora-dalbit",
        "description": "in Friday's evening commute the 18:00 coupon push brings a wave of app users and the"
        " pods' pools open connections until aurora-dalbit reaches max_connections: dalbit-coupon (deployed at"
        " 17:55, loudest) fails coupon use, dalbit-point and dalbit-bff follow, until the pools are capped",
        "start": kst(28, 18, 20),
        "end": kst(28, 19, 15),
        "affected": ["aurora-dalbit", "dalbit-coupon", "dalbit-point", "dalbit-bff"],
    },
    {
        "id": "C7",
        "kind": "db_metadata_lock",
        "root": "my-jeompo",
        "description": "on Saturday afternoon (lottery and leisure peak) an online schema change on my-jeompo's"
        " device table waits for and then holds a metadata lock, and every store-device auth query queues:"
        " jeompo-auth (loudest) fails device auth, lotto_relay (deployed at 13:10) and posgw-jibang fail their"
        " terminals (ongoing)",
        "start": kst(29, 13, 35),
        "end": None,
        "affected": ["my-jeompo", "jeompo-auth", "lotto_relay", "posgw-jibang"],
    },
]
C1, C2, C3, C4, C5, C6, C7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 40, 'D': 60}[env]) + i // 9}.{21 + (i * 41) % 200}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.3"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2",
                      "vcenter": "vc-gasan01"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([32, 48]), "mem_gb": rng.choice([384, 512]),
                      "serial": f"{rng.choice(['CN7', 'JPX', '4XQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = DBA if h.startswith("ast-") else owner
        elif kind == "eks":
            attrs |= {"os": "Amazon Linux 2023", "cluster": "eks-haruon-prd" if env == "P" else "eks-haruon-nonprod",
                      "kubelet": "1.29.3"}  # fmt: skip
            owner = CLOUD
        elif kind == "ec2":
            attrs |= {"os": "Ubuntu 22.04 LTS"}
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.9"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("ast-21044", "ast-21045", "ast-21046"):
                owner = DBA
        if site in ("I", "C"):
            owner = DC
        if h == "hq-bi01":
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


def _store(ts: datetime, leisure: float = 1.0) -> float:
    """Store traffic (open 24 h): commute peaks 07–09 and 18–20 and a lunch spike on weekdays; on weekends
    softer commutes and a long leisure peak around midday and afternoon (larger in the leisure regions)."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.12 + 0.18 * _bump(h, 15, 5.5)  # day vs night
    if wd < 5:
        v += 0.42 * _bump(h, 8.0, 0.8) + 0.36 * _bump(h, 12.3, 0.6) + 0.44 * _bump(h, 19.0, 0.9)
        v += 0.08 * (1 if wd == 4 and h >= 20 else 0)  # Friday evening
    else:
        v += 0.12 * _bump(h, 8.5, 1.0) + 0.25 * _bump(h, 19.0, 1.2)
        v += leisure * 0.42 * _bump(h, 13.5, 2.4)
    return max(0.05, min(1.0, v))


def _order(ts: datetime) -> float:
    """Store ordering: stores order in the hour before the 10:00 and 22:00 cut-offs."""
    h = seoul_hour(ts)
    v = 0.1 + 0.15 * _bump(h, 15, 4)
    if 8.5 <= h < 10:
        v += 0.75 * (h - 8.5) / 1.5
    if 20.5 <= h < 22:
        v += 0.8 * (h - 20.5) / 1.5
    return max(0.05, min(1.0, v))


def _night(ts: datetime) -> float:
    """Nightly settlement and master push 00:00–04:00, month-end pre-close on Friday 28 night."""
    h = seoul_hour(ts)
    v = 0.85 if h < 4 else 0.15
    loc = _local(ts)
    if (loc.day == 28 and h >= 23) or (loc.day == 29 and h < 4):
        v = 1.0
    return v


def _dc(ts: datetime) -> float:
    """Distribution centres: picking after each cut-off (22:00–05:00 heaviest, 10:00–14:00)."""
    h = seoul_hour(ts)
    v = 0.2 + (0.7 if h >= 22 or h < 5 else 0) + 0.45 * _bump(h, 12, 1.6)
    return max(0.05, min(1.0, v))


def _trucks(ts: datetime) -> float:
    """Reefer trucks on the road: three delivery waves."""
    h = seoul_hour(ts)
    return 0.15 + 0.55 * _bump(h, 4.5, 1.5) + 0.5 * _bump(h, 11.5, 1.5) + 0.5 * _bump(h, 17.5, 1.5)


def _app(ts: datetime) -> float:
    """Membership app: lunch and evenings, weekends higher."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.1 + 0.3 * _bump(h, 12.5, 1.0) + 0.5 * _bump(h, 20.0, 2.0) + 0.15 * _bump(h, 8.2, 0.8)
    if wd >= 5:
        v += 0.18 * _bump(h, 15, 3)
    return max(0.05, min(1.0, v))


def _lotto(ts: datetime) -> float:
    """Lottery: store hours, rising through Saturday to the 20:00 sales close."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if 0 <= h < 6:
        return 0.05
    v = 0.2 + 0.2 * _bump(h, 13, 4)
    if wd == 5 and h < 20:
        v += 0.55 * max(0.0, (h - 6) / 14)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


STORE_SIDE = {
    "posgw-sudo", "easypay-gw", "van-relay", "my-vanlog", "redis-posgw", "rmq-posjournal", "jeompo-auth",
    "my-jeompo", "storeapi-gw", "gift-hub", "taekbae-counter", "sunap-gw", "my-counter", "l4-gs-pos", "l4-gs-biz",
    "vgs-pos01", "vgs-pos02", "vgs-store01", "vgs-van01", "vgs-cnt01", "vgs-my01", "vgs-my02", "ast-22810",
    "ast-22811", "vpnc-store-1", "fw-store-net", "van-line-kicc", "van-line-nice", "sw-core-gs", "fw-gasan-edge",
    "minio-poslog", "elk-log", "ast-18002",
}  # fmt: skip
LEISURE = {"posgw-jibang", "vgs-pos03", "vpnc-store-2"}
ORDER_SIDE = {"balju-api", "ora-balju", "redis-balju", "rmq-balju", "balju-reco", "master-item", "vgs-balju01",
              "vgs-balju02", "ast-21044", "ast-21045", "balju-cutoff"}  # fmt: skip
NIGHT = {"store_master_push", "pyegi_batch", "jeongsan-fc", "posjournal-loader", "jeongsan_monthend",
         "mssql-jeongsan", "dw-etl", "dw-mssql", "vgs-bat01", "vgs-js01", "vgs-bi01", "ast-19327", "ast-19330",
         "nas-gs-01", "dd-gs-01", "san-gs-01"}  # fmt: skip
DC_SIDE = {"wms-ich", "wms-chg", "mssql-wms-ich", "mssql-wms-chg", "icdc-wms-a1", "icdc-wms-d1", "cgdc-wms-a1",
           "cgdc-wms-a2", "cgdc-wms-d1", "wan-icdc", "wan-cgdc", "l4-icdc-wms"}  # fmt: skip
TRUCKS = {"cold-telem", "tms-dispatch", "tsdb-cold", "rds-tms-prd", "ip-10-72-13-77", "i-0c4e8a71f2b9d3e06"}
APP = {"dalbit-bff", "dalbit-point", "dalbit-coupon", "dalbit-push", "aurora-dalbit", "dalbit-redis-0001-001",
       "amq-b7e21c4d", "k8s-dalbit-ingress-9c1f2e", "ip-10-72-11-23", "ip-10-72-12-141", "haruon-prd-ereceipt",
       "dx-aws-gs"}  # fmt: skip
LOTTO = {"lotto_relay", "vgs-lotto01", "lotto-line"}
OFFICE = {"erp-ecc", "ora-erp", "ast-21046", "vgs-erp01", "jeomju-portal", "vgs-mdm01", "bi-tableau", "hq-bi01",
          "zbx-gs", "vgs-mon01"}  # fmt: skip


def _load(name: str):
    if name in LEISURE:
        return lambda ts: _store(ts, leisure=1.5)
    for group, shape in (
        (STORE_SIDE, _store),
        (ORDER_SIDE, _order),
        (NIGHT, _night),
        (DC_SIDE, _dc),
        (TRUCKS, _trucks),
        (APP, _app),
        (LOTTO, _lotto),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "C1": {0: (7.0, 3.0), 1: (4.0, 12.0), 2: (2.2, 7.0)},
    "C2": {0: (10.0, 2.5), 1: (5.0, 11.0), 2: (2.4, 6.5)},
    "C3": {0: (6.0, 5.0), 1: (4.0, 14.0), 2: (2.0, 7.5)},
    "C4": {1: (8.0, 9.0), 2: (3.0, 10.0)},
    "C5": {0: (4.0, 8.0), 1: (3.2, 13.0), 2: (1.8, 6.0)},
    "C6": {0: (6.0, 6.0), 1: (3.5, 13.0), 2: (2.0, 7.0)},
    "C7": {0: (9.0, 5.0), 1: (5.0, 14.0), 2: (2.5, 9.0)},
}
EFFECT_OVERRIDE = {
    ("C1", "balju-api"): (5.0, 27.0),
    ("C2", "van-relay"): (6.0, 31.0),
    ("C3", "posjournal-loader"): (4.5, 36.0),
    ("C4", "posgw-sudo"): (3.6, 24.0),
    ("C5", "cold-telem"): (3.8, 33.0),
    ("C6", "dalbit-coupon"): (4.2, 29.0),
    ("C7", "jeompo-auth"): (6.0, 34.0),
    ("C7", "lotto_relay"): (2.8, 16.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "ast-21044", "ast-21045", "ast-21046", "ast-19327", "ast-19330", "ast-22810", "ast-22811", "ast-18002",
    "hq-bi01", "icdc-wms-a1", "icdc-wms-d1", "cgdc-wms-a1", "cgdc-wms-a2", "cgdc-wms-d1", "vgs-my01", "vgs-my02",
    "vgs-bat01", "i-0c4e8a71f2b9d3e06",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "ast-18002":  # ELK: the index volume creeps up
        disk0, growth = 61.8, 1.5
    if name == "ast-19327":  # tempdb volume included
        disk0, growth = 48.0, 0.05
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in ("ast-21044", "ast-21045"):  # lock waits: sessions pile up
            cpu += 22 * ramp(ts, C1["start"], C1["end"], rise=5, fall=10)
        if name == "ast-22810":  # the fork under peak: swapping
            mem += (98.2 + rng.gauss(0, 0.3) - mem) * ramp(ts, C4["start"], C4["end"], rise=5, fall=10)
            cpu += 48 * ramp(ts, C4["start"], C4["end"], rise=5, fall=10)
        if name == "ast-19327":  # tempdb
            disk += 38 * ramp(ts, C3["start"] - timedelta(minutes=25), C3["end"], rise=30, fall=20)
        if name == "vgs-my02":  # connections piling up on the metadata lock
            mem += 14 * ramp(ts, C7["start"], C7["end"], rise=10)
        if name == "cgdc-wms-a2":
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-icdc": 2.8, "wan-cgdc": 7.4, "dx-aws-gs": 1.9, "van-line-kicc": 4.1, "van-line-nice": 4.6,
            "lotto-line": 6.2}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
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
    used = {"minio-poslog": (66, 67), "dd-gs-01": (61, 63), "nas-gs-01": (52, 54)}.get(name, (30, 50))
    per_day = 0.25 if name == "minio-poslog" else 0.04
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.9) if name == "san-gs-01" else rng.uniform(1.6, 4.0)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-gs-01" and 1 <= seoul_hour(ts) < 3:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "posgw-sudo": 95.0, "posgw-jibang": 105.0, "jeompo-auth": 28.0, "storeapi-gw": 70.0, "van-relay": 310.0,
    "easypay-gw": 380.0, "balju-api": 160.0, "balju-cutoff": 620.0, "balju-reco": 450.0, "master-item": 120.0,
    "store_master_push": 540.0, "pyegi_batch": 480.0, "wms-ich": 190.0, "wms-chg": 210.0, "tms-dispatch": 240.0,
    "cold-telem": 14.0, "dalbit-bff": 130.0, "dalbit-point": 85.0, "dalbit-coupon": 75.0, "dalbit-push": 60.0,
    "gift-hub": 220.0, "taekbae-counter": 260.0, "sunap-gw": 340.0, "lotto_relay": 48.0, "erp-ecc": 420.0,
    "jeongsan-fc": 380.0, "posjournal-loader": 45.0, "jeongsan_monthend": 650.0, "jeomju-portal": 290.0,
    "bi-tableau": 560.0, "dw-etl": 610.0, "elk-log": 80.0, "zbx-gs": 110.0,
    "ora-balju": 3.8, "ora-erp": 4.4, "mssql-jeongsan": 3.1, "dw-mssql": 38.0, "mssql-wms-ich": 2.6,
    "mssql-wms-chg": 2.9, "my-jeompo": 1.6, "my-vanlog": 2.2, "my-counter": 1.9, "aurora-dalbit": 2.4,
    "rds-tms-prd": 2.7, "tsdb-cold": 5.2,
    "redis-posgw": 0.35, "redis-balju": 0.42, "dalbit-redis-0001-001": 0.55,
    "rmq-balju": 3.2, "rmq-posjournal": 2.8, "amq-b7e21c4d": 4.1,
    "l4-gs-pos": 0.9, "l4-gs-biz": 1.1, "k8s-dalbit-ingress-9c1f2e": 2.3, "l4-icdc-wms": 0.8,
}  # fmt: skip
REQUEST_RATE = {
    "posgw-sudo": 5200.0, "posgw-jibang": 3900.0, "jeompo-auth": 880.0, "storeapi-gw": 1450.0, "van-relay": 2300.0,
    "easypay-gw": 760.0, "balju-api": 1650.0, "balju-reco": 240.0, "master-item": 410.0, "wms-ich": 380.0,
    "wms-chg": 290.0, "tms-dispatch": 95.0, "cold-telem": 2600.0, "dalbit-bff": 2100.0, "dalbit-point": 1350.0,
    "dalbit-coupon": 980.0, "dalbit-push": 420.0, "gift-hub": 160.0, "taekbae-counter": 120.0, "sunap-gw": 140.0,
    "lotto_relay": 1850.0, "jeongsan-fc": 210.0, "posjournal-loader": 3100.0, "jeomju-portal": 75.0,
    "ora-balju": 16800.0, "mssql-jeongsan": 5400.0, "my-jeompo": 3300.0, "my-vanlog": 4100.0, "my-counter": 900.0,
    "aurora-dalbit": 9800.0, "tsdb-cold": 3500.0, "redis-posgw": 38000.0, "redis-balju": 12500.0,
    "dalbit-redis-0001-001": 22000.0, "rmq-balju": 1900.0, "rmq-posjournal": 6200.0, "amq-b7e21c4d": 3800.0,
    "l4-gs-pos": 9400.0, "l4-gs-biz": 2300.0, "k8s-dalbit-ingress-9c1f2e": 2200.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-posgw": (58.0, 10.0), "redis-balju": (46.0, 7.0), "dalbit-redis-0001-001": (52.0, 8.0),
    "rmq-balju": (31.0, 9.0), "rmq-posjournal": (36.0, 8.0), "amq-b7e21c4d": (33.0, 7.0),
}  # fmt: skip
CPU_DB = {"ora-balju": (26.0, 40.0), "aurora-dalbit": (18.0, 34.0), "my-jeompo": (12.0, 22.0)}
BATCH_HOURS = {"store_master_push": (0.5, 3.2), "pyegi_batch": (3.5, 4.3), "dw-etl": (2.0, 4.0)}


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
            if inc is C5 and name in ("cold-telem", "amq-b7e21c4d"):
                req *= 1 - 0.6 * r  # publishers blocked
            if inc is C7 and name in ("jeompo-auth", "lotto_relay"):
                req *= 1 - 0.45 * r
            if inc is C6 and name == "aurora-dalbit":
                req *= 1 + 0.5 * r
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
            if name == "amq-b7e21c4d":  # the temperature queue grows from 14:40, alarm at 40 % of RAM
                mem += (96.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, C5["start"] - timedelta(minutes=20), C5["end"],
                                                                rise=25, fall=10)  # fmt: skip
            if name == "redis-posgw":  # the fork doubles the pages it touches
                mem += 21 * ramp(ts, C4["start"], C4["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "aurora-dalbit":
                cpu += (95.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, C6["start"], C6["end"], rise=5, fall=10)
            if name == "ora-balju":
                cpu += 18 * ramp(ts, C1["start"], C1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The order cut-offs, the master push, the settlement, the 폐기 batch, the ETL and the POS certificate."""
    rows = []
    for d in range(19, 30):
        rows.append((d, 10, 0, "balju-cutoff", "info", "batch_job", "1차 발주 마감 배치 시작 (CUTOFF_AM)"))
        rows.append((d, 10, 21, "balju-cutoff", "info", "batch_job", "1차 발주 마감 완료, 물류센터 전송"))
        rows.append((d, 22, 0, "balju-cutoff", "info", "batch_job", "2차 발주 마감 배치 시작 (CUTOFF_PM)"))
        if d != 20:
            rows.append((d, 22, 24, "balju-cutoff", "info", "batch_job", "2차 발주 마감 완료, 물류센터 전송"))
        rows.append((d, 0, 30, "store_master_push", "info", "batch_job", "점포 마스터 배포 시작 (가격/행사)"))
        rows.append((d, 3, 8, "store_master_push", "info", "batch_job", "점포 마스터 배포 완료"))
        if d != 25:
            rows.append(
                (d, 1, 0, "jeongsan-fc", "info", "batch_job", "가맹점 일정산 배치 시작 (DAILY_SETTLE)")
            )
            rows.append((d, 2, 42, "jeongsan-fc", "info", "batch_job", "가맹점 일정산 완료"))
        rows.append((d, 2, 0, "dw-etl", "info", "batch_job", "DW 야간 적재 시작 (dag dw_nightly)"))
        rows.append((d, 3, 30, "pyegi_batch", "info", "batch_job", "유통기한 임박/폐기 대상 산출 배치"))
        left = (datetime(2028, 5, 6) - datetime(2028, 4, d)).days
        rows.append(
            (d, 9, 0, "l4-gs-pos", "warning", "cert_expiry",
             f"SSL certificate pos.haruon.co.kr expires in {left} days (2028-05-06), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (19, 15, 0, "ora-balju", "info", "config_change", "인덱스 재구성 잡(IDX_REBUILD_ORDLN) 스케줄 변경 02:00 → 21:45"),
    (19, 16, 30, "balju-api-stg", "info", "deployment", "balju-api-stg 7.13.0-rc1 배포"),
    (20, 10, 30, "ast-18002", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (20, 21, 30, "balju-api", "info", "deployment", "balju-api 7.12.0 배포 (발주 수정 화면 성능 개선)"),
    (21, 14, 0, "dalbit-bff-stg", "info", "deployment", "dalbit-bff-stg 4.22.0-beta1 배포"),
    (21, 17, 0, "my-vanlog", "info", "change_notice", "토요일 11:30~14:00 VAN 로그 DB 복제 서버 하드웨어 점검 예정"),
    (22, 11, 30, "my-vanlog", "info", "maintenance", "복제 서버 (semi-sync replica) 점검 시작, 복제 중지"),
    (22, 11, 40, "van-relay", "info", "deployment", "van-relay 3.17.2 배포 (NICE 전문 필드 추가)"),
    (22, 20, 0, "lotto_relay", "info", "batch_job", "로또 판매 마감 (제1121회)"),
    (23, 3, 0, "vgs-stg01", "info", "maintenance", "vCenter 패치, 스테이징 VM 재기동"),
    (23, 10, 0, "ast-18002", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (24, 10, 0, "cgdc-wms-a2", "info", "maintenance", "칠곡 WMS AP #2 메인보드 교체 (서비스 제외)"),
    (24, 18, 0, "posjournal-loader", "info", "deployment", "posjournal-loader 2.7.0 배포 (저널 배치 크기 확대)"),
    (25, 14, 0, "posgw-stg", "info", "maintenance", "POS GW 스테이징 점검 (테스트 점포 망 재구성)"),
    (25, 16, 0, "redis-posgw", "info", "config_change", "save 스케줄 변경 (3600 1 → 300 100, RDB 스냅샷 주기 단축)"),
    (26, 7, 15, "posgw-sudo", "info", "deployment", "posgw-sudo 5.8.3 배포 (모바일 쿠폰 바코드 인식)"),
    (26, 7, 16, "posgw-jibang", "info", "deployment", "posgw-jibang 5.8.3 배포"),
    (26, 10, 40, "ast-18002", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (26, 15, 0, "jeongsan-fc-dev", "info", "deployment", "jeongsan-fc-dev 5.1.0-SNAPSHOT 배포"),
    (27, 11, 0, "my-jeompo", "info", "change_notice", "토요일 13:30 단말 테이블(device_cert) 컬럼 추가 온라인 DDL 예정"),
    (27, 14, 50, "cold-telem", "info", "deployment", "cold-telem 1.9.2 배포 (온도 이탈 알림 기준 변경)"),
    (28, 17, 55, "dalbit-coupon", "info", "deployment", "dalbit-coupon 2.8.0 배포 (2+1 쿠폰 묶음 사용)"),
    (28, 18, 0, "dalbit-push", "info", "batch_job", "금요일 저녁 행사 쿠폰 푸시 발송 (대상 210만명)"),
    (28, 23, 0, "jeongsan_monthend", "info", "batch_job", "4월 가맹점 월말정산 가마감 시작"),
    (29, 3, 40, "jeongsan_monthend", "info", "batch_job", "4월 가맹점 월말정산 가마감 완료"),
    (29, 13, 10, "lotto_relay", "info", "deployment", "lotto_relay 2.1.9 배포 (단말 재접속 로직)"),
    (29, 13, 30, "my-jeompo", "info", "config_change", "gh-ost 온라인 DDL 시작: device_cert ADD COLUMN cert_chain"),
    # C1 (Thursday 2차 마감)
    (20, 21, 52, "ora-balju", "warning", "performance", "enq: TX - row lock contention, 412 sessions waiting (ORD_LINE)"),
    (20, 21, 55, "ora-balju", "critical", "performance", "blocking session 1187 (IDX_REBUILD_ORDLN) holds TX locks 4m"),
    (20, 21, 58, "balju-api", "critical", "error", "발주 저장 타임아웃 27%, 점포 발주 확정 실패"),
    (20, 22, 3, "balju-cutoff", "major", "batch_job", "2차 발주 마감 지연 (주문 라인 잠금 대기)"),
    (20, 22, 7, "storeapi-gw", "warning", "error", "upstream timeout balju-api (ST-9 발주 단말)"),
    (20, 22, 40, "ora-balju", "info", "config_change", "IDX_REBUILD_ORDLN 세션 kill, 잡 02:00으로 원복"),
    (20, 23, 5, "balju-cutoff", "info", "batch_job", "2차 발주 마감 완료 (43분 지연), 물류센터 전송"),
    # C2 (Saturday lunch)
    (22, 12, 11, "my-vanlog", "warning", "replication", "rpl_semi_sync_master_wait 대기 증가, commit 평균 2.1s"),
    (22, 12, 14, "my-vanlog", "critical", "performance", "semi-sync ACK timeout, commits stalled (Rpl_semi_sync_master_no_tx 증가)"),
    (22, 12, 17, "van-relay", "critical", "error", "카드 승인 응답 지연, 승인 타임아웃 31%"),
    (22, 12, 22, "easypay-gw", "major", "error", "간편결제 승인 실패 (VAN 중계 지연)"),
    (22, 12, 24, "posgw-sudo", "warning", "error", "결제 응답 지연, 점포 결제 재시도 증가"),
    (22, 13, 0, "my-vanlog", "info", "config_change", "rpl_semi_sync_master_enabled=OFF (복제 점검 종료 시까지)"),
    (22, 13, 10, "van-relay", "info", "recovery", "카드 승인 정상"),
    (22, 14, 5, "my-vanlog", "info", "maintenance", "복제 서버 점검 완료, semi-sync 재개"),
    # C3 (Tuesday night settlement)
    (25, 1, 0, "jeongsan-fc", "info", "batch_job", "가맹점 일정산 배치 시작 (DAILY_SETTLE)"),
    (25, 2, 12, "ast-19327", "warning", "disk", "T:\\ (tempdb) 85% used"),
    (25, 2, 21, "mssql-jeongsan", "critical", "tempdb", "Error 1105: Could not allocate space in database 'tempdb' (PRIMARY filegroup full)"),
    (25, 2, 25, "posjournal-loader", "critical", "error", "POS 저널 적재 실패 36% (tempdb full), 큐 적체"),
    (25, 2, 28, "jeongsan-fc", "major", "batch_job", "DAILY_SETTLE step 5 (수수료 계산) FAILED"),
    (25, 2, 36, "jeomju-portal", "warning", "error", "정산서 조회 실패"),
    (25, 3, 5, "mssql-jeongsan", "info", "config_change", "tempdb 파일 추가 (256GB → 384GB), dw_nightly 추출 보류"),
    (25, 3, 40, "jeongsan-fc", "info", "batch_job", "DAILY_SETTLE 재실행 완료 (지연)"),
    # C4 (Wednesday morning commute)
    (26, 7, 36, "ast-22810", "warning", "memory", "memory 94%, swap in use (redis-server fork)"),
    (26, 7, 39, "ast-22810", "critical", "memory", "swap 100%, kswapd0 CPU 88%"),
    (26, 7, 42, "redis-posgw", "critical", "latency", "latency spike during BGSAVE (fork took 6.1s), client timeouts"),
    (26, 7, 47, "posgw-sudo", "critical", "error", "POS 거래 타임아웃 24% (세션 캐시 응답 지연)"),
    (26, 7, 50, "posgw-jibang", "major", "error", "POS 거래 응답 지연"),
    (26, 8, 20, "redis-posgw", "info", "config_change", "save \"\" (마스터 스냅샷 해제, 레플리카에서 RDB 수행)"),
    (26, 8, 35, "posgw-sudo", "info", "recovery", "POS 거래 정상"),
    # C5 (Thursday afternoon)
    (27, 14, 55, "amq-b7e21c4d", "warning", "queue", "queue reefer.temp.v2 messages 2.1M, consumer utilisation 0%"),
    (27, 15, 11, "amq-b7e21c4d", "critical", "memory", "memory alarm set on rabbit@b-2: publishers blocked"),
    (27, 15, 16, "cold-telem", "critical", "error", "온도 데이터 발행 실패 (connection.blocked) 33%"),
    (27, 15, 18, "dalbit-push", "major", "error", "푸시 발송 작업 큐 적재 실패"),
    (27, 15, 27, "tms-dispatch", "warning", "error", "냉장차 온도 정보 갱신 지연"),
    (27, 15, 55, "amq-b7e21c4d", "info", "config_change", "reefer.temp.v2 purge, consumer 재기동"),
    (27, 16, 10, "cold-telem", "info", "recovery", "온도 수집 정상"),
    # C6 (Friday evening commute)
    (28, 18, 21, "aurora-dalbit", "warning", "connections", "DatabaseConnections 2,870 / max_connections 3000"),
    (28, 18, 24, "aurora-dalbit", "critical", "connections", "ERROR 1040 Too many connections"),
    (28, 18, 27, "dalbit-coupon", "critical", "error", "쿠폰 사용 실패 29% (connection acquire timeout)"),
    (28, 18, 30, "dalbit-point", "major", "error", "포인트 적립 지연"),
    (28, 18, 36, "dalbit-bff", "warning", "error", "앱 홈 로딩 지연"),
    (28, 19, 5, "dalbit-coupon", "info", "config_change", "HikariCP maximumPoolSize 50 → 20, pod 수 고정"),
    (28, 19, 20, "dalbit-coupon", "info", "recovery", "쿠폰 사용 정상"),
    # C7 (Saturday lottery peak, ongoing)
    (29, 13, 36, "my-jeompo", "warning", "performance", "Waiting for table metadata lock: 380 threads"),
    (29, 13, 39, "my-jeompo", "critical", "performance", "metadata lock on device_cert held by gh-ost cut-over, threads_running 1,950"),
    (29, 13, 42, "jeompo-auth", "critical", "error", "단말 인증 실패 34% (DB query timeout)"),
    (29, 13, 47, "lotto_relay", "major", "error", "로또 단말 재인증 실패, 발매 지연"),
    (29, 13, 52, "posgw-jibang", "warning", "error", "단말 토큰 갱신 실패 증가 (지방 점포)"),
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
    generate(NAME, "cvs-franchise", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
