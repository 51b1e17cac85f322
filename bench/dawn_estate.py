"""Generate the dawn grocery estate (tests/fixtures/dawn-grocery/, interchange format) and its faults file.

A Korean dawn-delivery grocery company (이슬마켓, 새벽배송): the customer app/web behind the gateway `kkachi-edge`
(까치) and the BFF `iseul-bff`, the product catalogue `sangpum-catalog` on OpenSearch `os-catalog`, the cart
`jangbaguni-api` (장바구니), orders `jumun-core` (주문) on Aurora PostgreSQL `rds-jumun-prd`, payment
`gyeolje-hub` (결제) with the PG connector `pgw-connector` and the in-house 간편결제 `ganpyeon-pay`, the 23:00 order
cut-off `majgam-cutoff` (마감), promotions and coupons `promo-api` on `redis-coupon`, notifications `noti-push` and
delivery tracking `tracking-web`, all on EKS in the AWS Seoul region; the order export `ord2wms_bridge` over the
Kafka cluster `msk-isl-prd`; the WMS `DURUMI` (두루미: `durumi-wms`, wave planning `durumi-wave`, picking tasks
`durumi-pick`) on the MySQL cluster `durumi-db` and RabbitMQ `rmq-durumi` at 가산IDC, DAS/DPS bridges and conveyor
controllers at the fulfilment centres 고촌센터 (Gimpo-like) and 포승센터 (Pyeongtaek-like) on edge servers and
cold-room PLC gateways; temperature/humidity sensors through hubs into the MQTT broker `ondo-broker` (온도), the
collector `ondo-collector` on TimescaleDB `tsdb-ondo`, the excursion pager `cold-alarm` and the HACCP cold-chain
record `coldchain-log`; inventory `jaego-sync` (재고) on the legacy MySQL `jaego-db`, purchasing EDI `balju-edi`
(발주) and the nightly supplier batch `edi_supplier_batch`, the ERP `icube-erp` on MS-SQL; the delivery side
`BUEONGI` (부엉이) route optimisation `bueongi-route` and the driver platform `JEBI` (제비: `jebi-api`, GPS ingest
`jebi-gps`, delivery photos `jebi-photo` to S3) with `dispatch-board`; CS chat `cs-chat`, chatbot `chatbot-nlu` on
MongoDB and the 상담 desk `sangdam-desk` at the 성수본사 HQ. Environments prod, stg, dev; owners are teams named in
Korean and English.

Naming (unlike the earlier estates): bird code names (`kkachi-edge`, `durumi-*`, `bueongi-route`, `jebi-*`),
romanised Korean (`jumun-core`, `gyeolje-hub`, `jangbaguni-api`, `jaego-sync`, `balju-edi`, `sangdam-desk`,
`ondo-*`), legacy snake_case (`ord2wms_bridge`, `edi_supplier_batch`, `coupon_legacy`), IDC bare metal by asset tag
(`ast-1204`), IDC VMs by role (`gsv-wmsap01`), EKS nodes by their cloud-generated private DNS names
(`ip-10-72-14-33`), AWS managed resources by their console ids (`rds-jumun-prd`, `ec-jebi-prd`,
`s3-isl-dlvphoto-prd`), centre edge and OT devices by centre code and zone (`gch-plcgw-fz1`, `psg-th-hub02`).

Seven injected incidents (times KST; now = Thursday 2027-10-21 00:35, in the night picking right after the 23:00
cut-off; the window is the 10 days before; Monday 11 is the 한글날 substitute holiday; the evening ordering rush is
20–23h, night picking 23–02h, dawn dispatch 01–07h, the weekly 화요특가 promo launches Tuesdays at 11:00):
  D1 Mon 11 21:20–22:15  (holiday evening rush) an anti-wraparound autovacuum on the orders table of
                         rds-jumun-prd holds locks: jumun-core (loudest, hotfix 4.12.1 deployed at 20:55),
                         majgam-cutoff, iseul-bff
  D2 Wed 13 00:10–01:05  (night picking) rmq-durumi hits its memory high watermark (a stuck consumer of conveyor
                         events) and blocks publishers: durumi-pick (loudest, 3.4.0 deployed Tuesday 23:40),
                         conv-ctl-gch, das-bridge-gch
  D3 Thu 14 05:20–06:15  (dawn dispatch) the ElastiCache engine patch auto-applied in ec-jebi-prd's maintenance
                         window fails over under load: jebi-gps (loudest, 2.8.0 deployed at 05:05), jebi-api,
                         dispatch-board
  D4 Sat 16 14:10–15:05  (weekend afternoon, supplier inbound) the RAID controller of ast-1187 drops to
                         write-through during a battery learn cycle: jaego-db, jaego-sync (loudest, deployed at
                         13:45), balju-edi
  D5 Sun 17 21:50–22:45  (Sunday evening rush) 포승 sensor hub firmware reconnects flood ondo-broker with
                         persistent sessions until it runs out of memory: ondo-collector (loudest, deployed at
                         18:00), cold-alarm, coldchain-log
  D6 Tue 19 11:00–11:55  (weekly promo launch) a hot coupon key pins redis-coupon's single thread: promo-api
                         (loudest, 5.2.0 deployed at 10:40), jangbaguni-api, iseul-bff
  D7 Wed 20 23:50–now    (after cut-off) a broker of msk-isl-prd runs out of EBS burst balance and produce
                         requests time out: ord2wms_bridge (loudest, 1.9.3 deployed at 23:20), bueongi-route,
                         jebi-api (ongoing)
Confounders: the evening rush and the 23:00 cut-off, night picking, dawn dispatch, the holiday and weekend peaks,
the Tuesday promo launch (with a catalogue reindex on os-catalog just before it), daily cut-off, route-run, wave
and EDI batch events, deploys on victims before every incident, the noisy neighbour `redis-durumi` on D2's host,
the PLC gateway maintenance `psg-plcgw-ch1` right before D5, `psg-edge-a2` and `durumi-wms-stg` in maintenance,
the retired `coupon_legacy` and `ast-0977`, the ELK host `ast-1220`'s disk creeping up and the DMZ ADC
`adc-gasan-dmz`'s certificate for edi.iseulmarket.co.kr expiring on 2027-10-28 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/dawn_golden.py) are computed from the files.

    .venv/bin/python bench/dawn_estate.py   # rewrites tests/fixtures/dawn-grocery*
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

NAME = "dawn-grocery"
NOW = datetime(2027, 10, 20, 15, 35, tzinfo=UTC)  # Thursday 2027-10-21 00:35 KST
START = NOW - timedelta(days=10)  # Monday 2027-10-11 00:35 KST (대체공휴일)
SEED = 20271021
SITES = {"A": "AWS서울리전", "G": "가산IDC", "K": "고촌센터", "P": "포승센터", "H": "성수본사"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}
HOLIDAYS = {11}  # 한글날 대체공휴일

kst = kst_utc_clock("2027-10")

ORDER, COMMERCE, PAY, MKT = "주문결제팀", "commerce-platform", "payments-squad", "마케팅테크"
WMS, FCENG, FAC, SCM = "풀필먼트개발팀", "fc-automation", "센터설비팀", "SCM개발팀"
DLV, ROUTE, CX, SRE = "배송플랫폼팀", "route-science", "CX기술팀", "infra-sre"
DBA, NET, SEC, LEGACY = "DBA파트", "network-ops", "정보보호팀", "레거시TF"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- customer app / web
    "kkachi-edge": ("service", COMMERCE, "A", "P", ["ip-10-72-14-33", "ip-10-72-14-87"], ["iseul-bff", "ec-session-prd"],
                    {"desc": "까치 API 게이트웨이 (앱/웹 진입, 인증, 레이트리밋)", "product": "Kong Gateway 3.6",
                     "version": "3.6.1", "replicas": 6, "rate_limit_rps": 4000, "port": 8443}),
    "iseul-bff": ("service", COMMERCE, "A", "P", ["ip-10-72-14-33", "ip-10-72-14-87"],
                  ["sangpum-catalog", "jangbaguni-api", "jumun-core", "promo-api", "tracking-web", "ec-session-prd"],
                  {"desc": "이슬마켓 앱/웹 BFF", "product": "Node.js 20 (NestJS)", "version": "7.3.2", "replicas": 8,
                   "app_min_version": "5.41.0"}),
    "sangpum-catalog": ("service", COMMERCE, "A", "P", ["ip-10-72-15-12"], ["rds-catalog-prd", "os-catalog"],
                        {"desc": "상품 카탈로그 (상품, 카테고리, 검색)", "product": "Kotlin / Spring Boot 3.2",
                         "version": "6.0.8", "replicas": 4, "sku_count": 18450, "cold_sku": 7320}),
    "jangbaguni-api": ("service", ORDER, "A", "P", ["ip-10-72-15-12"], ["ec-cart-prd", "promo-api", "sangpum-catalog"],
                       {"desc": "장바구니 (담기, 쿠폰 적용 미리보기, 품절 체크)", "product": "Kotlin / Spring Boot 3.2",
                        "version": "3.9.0", "replicas": 6}),
    "jumun-core": ("service", ORDER, "A", "P", ["ip-10-72-15-140"],
                   ["rds-jumun-prd", "gyeolje-hub", "jangbaguni-api", "msk-isl-prd"],
                   {"desc": "주문 코어 (주문 생성, 취소, 23시 마감 전 주문 확정)", "product": "Java 21 / Spring Boot 3.2",
                    "version": "4.12.1", "replicas": 8, "daily_orders_peak": 61000}),
    "gyeolje-hub": ("service", PAY, "A", "P", ["ip-10-72-15-140"], ["rds-gyeolje-prd", "pgw-connector", "ganpyeon-pay"],
                    {"desc": "결제 허브 (승인, 취소, 부분취소, 정산 대사)", "product": "Java 21 / Spring Boot 3.2",
                     "version": "2.17.4", "replicas": 4, "pci_scope": True}),
    "pgw-connector": ("service", PAY, "A", "P", ["ip-10-72-16-9"], [],
                      {"desc": "PG 연동 커넥터 (KG이니시스, 토스페이먼츠)", "version": "1.8.2",
                       "pg_primary": "토스페이먼츠", "pg_backup": "KG이니시스", "timeout_ms": 8000}),
    "ganpyeon-pay": ("service", PAY, "A", "P", ["ip-10-72-16-9"], ["rds-gyeolje-prd", "ec-session-prd"],
                     {"desc": "이슬페이 간편결제 (카드 등록, 비밀번호 결제, 계좌 간편결제)", "version": "3.1.0",
                      "registered_users": 1240000}),
    "majgam-cutoff": ("service", ORDER, "A", "P", ["ip-10-72-16-9"], ["rds-jumun-prd", "msk-isl-prd"],
                      {"desc": "주문 마감 컨트롤러 (23:00 cut-off, 마감 후 주문 잠금 및 WMS 이관 트리거)",
                       "version": "1.5.6", "cutoff": "23:00", "grace_sec": 90}),
    "promo-api": ("service", MKT, "A", "P", ["ip-10-72-16-201"], ["redis-coupon", "rds-promo-prd"],
                  {"desc": "프로모션/쿠폰 (화요특가, 첫구매 쿠폰, 적립금)", "product": "Go 1.22", "version": "5.2.0",
                   "replicas": 6, "weekly_launch": "화 11:00"}),
    "noti-push": ("service", CX, "A", "P", ["ip-10-72-16-201"], ["msk-isl-prd"],
                  {"desc": "알림 발송 (카카오 알림톡, 앱 푸시, SMS)", "version": "2.4.1", "vendor": "카카오 비즈메시지"}),
    "tracking-web": ("service", DLV, "A", "P", ["ip-10-72-16-201"], ["ec-jebi-prd", "rds-baesong-prd"],
                     {"desc": "배송 조회 (고객용 실시간 배송 위치, 도착 예정)", "version": "1.11.0", "replicas": 3}),
    "ord2wms_bridge": ("service", WMS, "G", "P", ["gsv-wmsap02"], ["msk-isl-prd", "durumi-db"],
                       {"desc": "주문 → WMS 이관 (Kafka orders.confirmed 소비, 출고 오더 생성)", "version": "1.9.3",
                        "product": "Java 11 (Spring Kafka)", "consumer_group": "wms-order-import"}),
    # ---------------------------------------------------------------- WMS DURUMI and the centres
    "durumi-wms": ("service", WMS, "G", "P", ["gsv-wmsap01", "gsv-wmsap02"], ["durumi-db", "redis-durumi", "rmq-durumi"],
                   {"desc": "두루미 WMS (입고, 적치, 재고 로케이션, 출고)", "product": "자체개발 (Java 17, Spring Boot)",
                    "version": "8.4.2", "centers": "고촌, 포승", "locations": 42600}),
    "durumi-wave": ("service", WMS, "G", "P", ["gsv-wmsap01"], ["durumi-db", "durumi-wms"],
                    {"desc": "웨이브 플래닝 (마감 후 피킹 웨이브 생성, 권역/차수 배정)", "version": "2.6.0",
                     "waves_per_night": 6, "first_wave": "23:20"}),
    "durumi-pick": ("service", WMS, "G", "P", ["gsv-wmsap02"], ["rmq-durumi", "durumi-db"],
                    {"desc": "피킹 작업 배분 (PDA 피킹, DAS/DPS 지시)", "version": "3.4.0", "pda": 380}),
    "das-bridge-gch": ("service", FCENG, "K", "P", ["gch-edge-a1"], ["durumi-pick"],
                       {"desc": "고촌 DAS/DPS 브리지 (분배 표시기 제어)", "version": "2.2.1", "das_cells": 1920,
                        "dps_lines": 6, "vendor": "에스에프에이"}),
    "das-bridge-psg": ("service", FCENG, "P", "P", ["psg-edge-a1"], ["durumi-pick"],
                       {"desc": "포승 DAS/DPS 브리지", "version": "2.2.1", "das_cells": 2560, "dps_lines": 8,
                        "vendor": "에스에프에이"}),
    "conv-ctl-gch": ("service", FCENG, "K", "P", ["gch-edge-a1"], ["rmq-durumi"],
                     {"desc": "고촌 컨베이어/소터 제어 (토트 라우팅)", "version": "4.0.3", "protocol": "Modbus TCP",
                      "sorter_chutes": 96}),
    "conv-ctl-psg": ("service", FCENG, "P", "P", ["psg-edge-a1"], ["rmq-durumi"],
                     {"desc": "포승 컨베이어/소터 제어", "version": "4.0.3", "protocol": "Modbus TCP",
                      "sorter_chutes": 144}),
    "ondo-collector": ("service", FAC, "G", "P", ["ast-1211"], ["ondo-broker", "tsdb-ondo"],
                       {"desc": "온습도 센서 수집 (냉장 0~10℃, 냉동 -18℃ 이하, 습도)", "version": "3.0.2",
                        "sensors": 864, "interval_sec": 30}),
    "cold-alarm": ("service", FAC, "G", "P", ["ast-1211"], ["ondo-collector", "noti-push"],
                   {"desc": "온도 이탈 알람 (센터 당직 호출)", "version": "1.3.4", "freezer_limit_c": -18,
                    "chiller_limit_c": 10, "escalation_min": 5}),
    "coldchain-log": ("service", FAC, "G", "P", ["gsv-batch01"], ["ondo-collector", "tsdb-ondo"],
                      {"desc": "콜드체인 이력 (HACCP 온도 기록, 출고 시점 온도)", "version": "1.1.0",
                       "retention": "3년"}),
    # ---------------------------------------------------------------- inventory, purchasing, ERP
    "jaego-sync": ("service", SCM, "G", "P", ["gsv-edi01"], ["jaego-db", "durumi-db", "msk-isl-prd"],
                   {"desc": "재고 동기화 (판매 가능 재고, 품절 처리, 유통기한)", "version": "2.3.7",
                    "interval": "1분"}),
    "balju-edi": ("service", SCM, "G", "P", ["gsv-edi01"], ["jaego-db", "icube-erp"],
                  {"desc": "발주 EDI (공급사 발주서, 입고 예정, ASN)", "version": "1.6.0", "suppliers": 412,
                   "endpoint": "edi.iseulmarket.co.kr"}),
    "edi_supplier_batch": ("service", SCM, "G", "P", ["gsv-batch01"], ["jaego-db", "balju-edi"],
                           {"desc": "공급사 익일 발주 배치 (마감 후 수요 집계, 발주 확정)", "schedule": "매일 23:30",
                            "product": "Spring Batch 4.3", "jobs": 14}),
    "icube-erp": ("service", SCM, "G", "P", ["ast-1190"], ["mssql-icube"],
                  {"desc": "더존 iCUBE ERP (매입, 회계)", "product": "Douzone iCUBE G20", "users": 85}),
    # ---------------------------------------------------------------- delivery (BUEONGI, JEBI)
    "bueongi-route": ("service", ROUTE, "A", "P", ["ip-10-72-16-201"], ["rds-baesong-prd", "durumi-wave", "msk-isl-prd"],
                      {"desc": "부엉이 배송 경로 최적화 (마감 후 권역/기사 배정, 순서 최적화)",
                       "product": "Python 3.11 (OR-Tools)", "version": "3.2.0", "run": "23:10", "drivers": 1450}),
    "jebi-api": ("service", DLV, "A", "P", ["ip-10-72-15-140"], ["rds-baesong-prd", "ec-jebi-prd", "bueongi-route"],
                 {"desc": "제비 배송기사 앱 백엔드 (배차 확인, 배송 완료 처리)", "version": "4.5.1", "replicas": 4,
                  "app": "제비 기사앱 Android/iOS"}),
    "jebi-gps": ("service", DLV, "A", "P", ["ip-10-72-16-9"], ["msk-isl-prd", "ec-jebi-prd"],
                 {"desc": "기사 GPS 수집 (10초 주기 위치)", "version": "2.8.0", "interval_sec": 10,
                  "devices": 1520}),
    "jebi-photo": ("service", DLV, "A", "P", ["ip-10-72-16-9"], ["s3-isl-dlvphoto-prd", "jebi-api"],
                   {"desc": "배송 완료 사진 업로드 (문앞 사진, 고객 전송)", "version": "1.4.2", "max_mb": 3}),
    "dispatch-board": ("service", DLV, "H", "P", ["ss-hq-app01"], ["jebi-api", "jebi-gps", "bueongi-route"],
                       {"desc": "배차 관제 보드 (권역별 진행률, 지연 기사)", "version": "2.0.9"}),
    # ---------------------------------------------------------------- CS
    "cs-chat": ("service", CX, "A", "P", ["ip-10-72-14-87"], ["mongo-chat", "chatbot-nlu"],
                {"desc": "1:1 채팅 상담", "product": "Node.js 20 + Socket.IO", "version": "2.9.3",
                 "agents": 140}),
    "chatbot-nlu": ("service", CX, "A", "P", ["ip-10-72-14-87"], ["mongo-chat"],
                    {"desc": "챗봇 (배송 문의, 누락/파손 접수 자동화)", "version": "1.7.0",
                     "model": "자체 KoELECTRA 분류기", "intents": 96}),
    "sangdam-desk": ("service", CX, "H", "P", ["ss-hq-app01"], ["cs-chat", "jumun-core", "tracking-web"],
                     {"desc": "상담 데스크 (주문 조회, 환불/재배송 처리, 상담 이력)", "version": "3.3.1",
                      "product": "자체개발 (Vue 3 + Spring)", "seats": 160}),
    # ---------------------------------------------------------------- infra, HQ
    "elk-logs": ("service", SRE, "G", "P", ["ast-1220"], [],
                 {"desc": "로그 수집 (ELK)", "product": "Elasticsearch 8.13 + Logstash", "retention_days": 21}),
    "zabbix-gs": ("service", SRE, "G", "P", ["gsv-mon01"], [],
                  {"desc": "IDC/센터 설비 모니터링", "product": "Zabbix 7.0", "monitored_hosts": 610}),
    "ad-hq": ("service", SEC, "H", "P", ["ss-hq-ad01"], [],
              {"desc": "본사 AD / SSO", "product": "Windows AD DS 2022", "users": 1320}),
    # ---------------------------------------------------------------- stg, dev, retired
    "jumun-core-stg": ("service", ORDER, "A", "S", ["ip-10-72-30-45"], ["rds-jumun-stg"],
                       {"desc": "주문 코어 (스테이징)", "version": "4.13.0-rc2"}),
    "jebi-api-stg": ("service", DLV, "A", "S", ["ip-10-72-30-45"], [],
                     {"desc": "제비 기사앱 백엔드 (스테이징)", "version": "4.6.0-rc1"}),
    "durumi-wms-stg": ("service", WMS, "G", "S", ["gsv-stg01"], [],
                       {"desc": "두루미 WMS (스테이징, 8.5 리허설)", "version": "8.5.0-rc1"}),
    "bueongi-route-dev": ("service", ROUTE, "A", "D", ["ip-10-72-40-18"], [],
                          {"desc": "경로 최적화 (개발)", "version": "3.3.0-dev"}),
    "promo-api-dev": ("service", MKT, "A", "D", ["ip-10-72-40-18"], [],
                      {"desc": "프로모션 (개발)", "version": "5.3.0-dev"}),
    "coupon_legacy": ("service", LEGACY, "G", "P", [], [],
                      {"desc": "구 쿠폰 시스템 (PHP, 2026년 promo-api로 이관)", "version": "0.9.14",
                       "decommissioned": "2026-03-31"}),
    # ---------------------------------------------------------------- databases
    "rds-jumun-prd": ("database", DBA, "A", "P", [], [],
                      {"engine": "postgresql", "version": "15.6", "product": "Aurora PostgreSQL 15.6",
                       "instance_class": "db.r7g.4xlarge", "readers": 2, "port": 5432, "max_connections": 5000,
                       "desc": "주문 DB"}),
    "rds-gyeolje-prd": ("database", DBA, "A", "P", [], [],
                        {"engine": "mysql", "version": "8.0.mysql_aurora.3.05.2", "product": "Aurora MySQL 3.05",
                         "instance_class": "db.r7g.2xlarge", "port": 3306, "desc": "결제 DB (PCI DSS 범위)"}),
    "rds-catalog-prd": ("database", DBA, "A", "P", [], [],
                        {"engine": "mysql", "version": "8.0.mysql_aurora.3.05.2", "product": "Aurora MySQL 3.05",
                         "instance_class": "db.r6g.2xlarge", "port": 3306, "desc": "상품 마스터"}),
    "rds-promo-prd": ("database", DBA, "A", "P", [], [],
                      {"engine": "postgresql", "version": "16.2", "product": "RDS PostgreSQL 16",
                       "instance_class": "db.m7g.xlarge", "port": 5432, "desc": "프로모션/쿠폰 원장"}),
    "rds-baesong-prd": ("database", DBA, "A", "P", [], [],
                        {"engine": "postgresql", "version": "15.6", "product": "RDS PostgreSQL 15 + PostGIS 3.4",
                         "instance_class": "db.r6g.2xlarge", "port": 5432, "desc": "배송/권역/경로 DB"}),
    "os-catalog": ("database", COMMERCE, "A", "P", [], [],
                   {"engine": "opensearch", "version": "2.13", "product": "Amazon OpenSearch Service 2.13",
                    "data_nodes": 3, "desc": "상품 검색 인덱스 (nori 형태소)"}),
    "mongo-chat": ("database", CX, "A", "P", [], [],
                   {"engine": "mongodb", "version": "7.0.8", "product": "MongoDB Atlas M40", "replica_set": "rs-cs0",
                    "desc": "상담/챗봇 대화 이력"}),
    "durumi-db": ("database", DBA, "G", "P", ["ast-1204", "ast-1205"], [],
                  {"engine": "mysql", "version": "8.0.36", "product": "MySQL 8.0 InnoDB Cluster", "nodes": 2,
                   "port": 3306, "size_tb": 2.8, "desc": "WMS 운영 DB"}),
    "jaego-db": ("database", DBA, "G", "P", ["ast-1187"], [],
                 {"engine": "mysql", "version": "5.7.44", "product": "MySQL 5.7 (EOL, 이관 예정)", "port": 3306,
                  "size_tb": 0.9, "desc": "재고/발주 DB"}),
    "tsdb-ondo": ("database", FAC, "G", "P", ["ast-1211"], [],
                  {"engine": "timescaledb", "version": "2.14.2", "product": "TimescaleDB 2.14 (PostgreSQL 15)",
                   "port": 5432, "retention": "3y", "desc": "온습도 시계열"}),
    "mssql-icube": ("database", DBA, "G", "P", ["ast-1190"], [],
                    {"engine": "mssql", "version": "15.0.4375", "product": "SQL Server 2019 Standard", "port": 1433,
                     "recovery_model": "FULL", "desc": "iCUBE ERP DB"}),
    "rds-jumun-stg": ("database", DBA, "A", "S", [], [],
                      {"engine": "postgresql", "version": "15.6", "product": "Aurora PostgreSQL 15.6",
                       "instance_class": "db.r6g.large", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "ec-cart-prd": ("cache", ORDER, "A", "P", [], [],
                    {"engine": "redis", "version": "7.1", "product": "ElastiCache Redis (cluster mode)", "shards": 6,
                     "node_type": "cache.r7g.xlarge", "maxmemory_policy": "volatile-lru", "desc": "장바구니"}),
    "ec-session-prd": ("cache", COMMERCE, "A", "P", [], [],
                       {"engine": "redis", "version": "7.1", "product": "ElastiCache Redis", "shards": 2,
                        "node_type": "cache.r7g.large", "maxmemory_policy": "allkeys-lru", "desc": "로그인 세션/토큰"}),
    "ec-jebi-prd": ("cache", DLV, "A", "P", [], [],
                    {"engine": "redis", "version": "7.1", "product": "ElastiCache Redis", "shards": 1, "replicas": 1,
                     "node_type": "cache.r6g.large", "maintenance_window": "wed:20:00-wed:21:00 UTC",
                     "auto_minor_version_upgrade": True, "desc": "기사 최신 위치/배차 캐시"}),
    "redis-coupon": ("cache", MKT, "A", "P", ["ip-10-72-16-201"], [],
                     {"engine": "redis", "version": "7.2.4", "product": "Redis (EKS StatefulSet)", "maxmemory_gb": 12,
                      "maxmemory_policy": "noeviction", "port": 6379, "desc": "쿠폰 재고/발급 카운터"}),
    "redis-durumi": ("cache", WMS, "G", "P", ["ast-1213"], [],
                     {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lru",
                      "port": 6379, "desc": "WMS 세션/로케이션 캐시"}),
    "msk-isl-prd": ("queue", SRE, "A", "P", [], [],
                    {"product": "Amazon MSK (Kafka 3.6.0)", "brokers": 3, "broker_type": "kafka.m7g.xlarge",
                     "storage": "gp2 1000GB", "topics": 58, "desc": "주문/배송 이벤트 버스"}),
    "rmq-durumi": ("queue", WMS, "G", "P", ["ast-1213"], [],
                   {"product": "RabbitMQ 3.12.13", "nodes": 1, "queues": 48, "port": 5672,
                    "vm_memory_high_watermark": 0.4, "desc": "피킹/컨베이어 작업 큐"}),
    "ondo-broker": ("queue", FAC, "G", "P", ["ast-1211"], [],
                    {"product": "HiveMQ CE 2024.3", "protocol": "MQTT 3.1.1", "port": 8883, "max_sessions": 20000,
                     "desc": "온습도 센서 MQTT 브로커"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "alb-iseul-web-prd": ("A", SRE, ["kkachi-edge"],
                          {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "api.iseulmarket.co.kr",
                           "cert_expiry": "2028-06-30", "waf": "AWS WAF"}),
    "nlb-jebi-prd": ("A", SRE, ["jebi-api", "jebi-gps", "jebi-photo"],
                     {"vendor": "AWS", "model": "Network Load Balancer", "endpoint": "rider.iseulmarket.co.kr"}),
    "adc-gasan-int": ("G", NET, ["durumi-wms", "durumi-pick", "ord2wms_bridge"],
                      {"vendor": "Citrix", "model": "NetScaler MPX 8905", "version": "14.1-17.38",
                       "vip": "10.30.8.10"}),
    "adc-gasan-dmz": ("G", NET, ["balju-edi"],
                      {"vendor": "Citrix", "model": "NetScaler MPX 8905", "version": "13.1-51.15",
                       "vip": "203.0.113.77", "endpoint": "edi.iseulmarket.co.kr", "cert_expiry": "2027-10-28",
                       "cert_issuer": "Sectigo (수동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "s3-isl-dlvphoto-prd": ("A", DLV, {"vendor": "AWS", "model": "S3 Standard-IA", "lifecycle": "180일 후 Glacier",
                                       "desc": "배송 완료 사진"}, []),
    "netapp-gs01": ("G", SRE, {"vendor": "NetApp", "model": "AFF A250", "ontap": "9.14.1P3", "capacity_tb": 120,
                               "protocol": "NFS v4.1", "desc": "IDC VM 데이터스토어, 배치 파일"},
                    ["gsv-wmsap01", "gsv-wmsap02", "gsv-edi01", "gsv-batch01"]),
    "pure-gs01": ("G", SRE, {"vendor": "Pure Storage", "model": "FlashArray//C60", "capacity_tb": 240,
                             "desc": "DB 블록 스토리지 (WMS, 재고, ERP)"},
                  ["ast-1187", "ast-1190", "ast-1204", "ast-1205", "ast-1211"]),
    "dd-gs-backup": ("G", SRE, {"vendor": "Dell", "model": "PowerProtect DD3300", "capacity_tb": 64,
                                "desc": "백업 (DB, 설정)"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # EKS worker nodes (ap-northeast-2), named by their private DNS
    "ip-10-72-14-33": ("A", "P", "eks", {"nodegroup": "ng-edge-m7g", "instance_type": "m7g.2xlarge", "az": "ap-northeast-2a"}),
    "ip-10-72-14-87": ("A", "P", "eks", {"nodegroup": "ng-edge-m7g", "instance_type": "m7g.2xlarge", "az": "ap-northeast-2c"}),
    "ip-10-72-15-12": ("A", "P", "eks", {"nodegroup": "ng-commerce-c7g", "instance_type": "c7g.4xlarge", "az": "ap-northeast-2a"}),
    "ip-10-72-15-140": ("A", "P", "eks", {"nodegroup": "ng-commerce-c7g", "instance_type": "c7g.4xlarge", "az": "ap-northeast-2b"}),
    "ip-10-72-16-9": ("A", "P", "eks", {"nodegroup": "ng-dlv-m7g", "instance_type": "m7g.4xlarge", "az": "ap-northeast-2b"}),
    "ip-10-72-16-201": ("A", "P", "eks", {"nodegroup": "ng-dlv-m7g", "instance_type": "m7g.4xlarge", "az": "ap-northeast-2c"}),
    "ip-10-72-30-45": ("A", "S", "eks", {"nodegroup": "ng-stg", "instance_type": "m7g.xlarge", "az": "ap-northeast-2a"}),
    "ip-10-72-40-18": ("A", "D", "eks", {"nodegroup": "ng-dev", "instance_type": "t4g.xlarge", "az": "ap-northeast-2a"}),
    # 가산IDC VMs
    "gsv-wmsap01": ("G", "P", "vm", {"role": "두루미 WMS AP #1, 웨이브"}),
    "gsv-wmsap02": ("G", "P", "vm", {"role": "두루미 WMS AP #2, 피킹, 주문 이관"}),
    "gsv-edi01": ("G", "P", "vm", {"role": "재고 동기화, 발주 EDI"}),
    "gsv-batch01": ("G", "P", "vm", {"role": "야간 배치, 콜드체인 이력"}),
    "gsv-mon01": ("G", "P", "vm", {"role": "Zabbix"}),
    "gsv-stg01": ("G", "S", "vm", {"role": "WMS 스테이징"}),
    # 가산IDC bare metal, by asset tag
    "ast-1187": ("G", "P", "bare", {"role": "재고 DB (MySQL 5.7)", "model": "HPE ProLiant DL360 Gen10", "rack": "C03-U18",
                                    "raid": "Smart Array P408i-a (2GB FBWC)"}),
    "ast-1190": ("G", "P", "win", {"role": "iCUBE ERP + MS-SQL", "model": "Dell PowerEdge R650", "rack": "C03-U22"}),
    "ast-1204": ("G", "P", "bare", {"role": "durumi-db primary", "model": "Dell PowerEdge R760", "rack": "C05-U08"}),
    "ast-1205": ("G", "P", "bare", {"role": "durumi-db secondary", "model": "Dell PowerEdge R760", "rack": "C05-U10"}),
    "ast-1211": ("G", "P", "bare", {"role": "온습도 (MQTT, TimescaleDB, 수집기)", "model": "Dell PowerEdge R660", "rack": "C06-U14"}),
    "ast-1213": ("G", "P", "bare", {"role": "RabbitMQ + Redis (WMS)", "model": "Dell PowerEdge R660", "rack": "C06-U16"}),
    "ast-1220": ("G", "P", "bare", {"role": "ELK 로그", "model": "Dell PowerEdge R750xd", "rack": "C07-U02"}),
    "ast-0977": ("G", "P", "bare", {"role": "구 WMS AP (2025년 VM 전환)", "model": "HP ProLiant DL380 Gen9", "rack": "C01-U30"}),
    # 고촌센터 / 포승센터 edge and OT
    "gch-edge-a1": ("K", "P", "edge", {"role": "고촌 DAS/컨베이어 엣지", "zone": "상온/분류", "model": "Advantech MIC-770V3"}),
    "gch-plcgw-fz1": ("K", "P", "plc", {"role": "고촌 냉동 1존 PLC 게이트웨이", "zone": "냉동", "plc": "LS ELECTRIC XGK-CPUUN"}),
    "gch-plcgw-ch1": ("K", "P", "plc", {"role": "고촌 냉장 1존 PLC 게이트웨이", "zone": "냉장", "plc": "LS ELECTRIC XGK-CPUUN"}),
    "psg-edge-a1": ("P", "P", "edge", {"role": "포승 DAS/컨베이어 엣지", "zone": "상온/분류", "model": "Advantech MIC-770V3"}),
    "psg-edge-a2": ("P", "P", "edge", {"role": "포승 엣지 #2 (교체 중)", "zone": "상온/분류", "model": "Advantech MIC-770V3"}),
    "psg-plcgw-fz1": ("P", "P", "plc", {"role": "포승 냉동 1존 PLC 게이트웨이", "zone": "냉동", "plc": "Mitsubishi MELSEC iQ-R"}),
    "psg-plcgw-ch1": ("P", "P", "plc", {"role": "포승 냉장 1존 PLC 게이트웨이", "zone": "냉장", "plc": "Mitsubishi MELSEC iQ-R"}),
    # 성수본사
    "ss-hq-app01": ("H", "P", "vm", {"role": "상담 데스크, 배차 관제"}),
    "ss-hq-ad01": ("H", "P", "win", {"role": "AD DC", "model": "Dell PowerEdge R450", "rack": "HQ-MDF-U12"}),
}
SENSOR_HUBS = {  # temperature/humidity sensor hubs: name: (centre, zone, sensors, firmware)
    "gch-th-hub01": ("K", "냉동", 210, "2.4.7"), "gch-th-hub02": ("K", "냉장", 236, "2.4.7"),
    "psg-th-hub01": ("P", "냉동", 198, "2.5.0"), "psg-th-hub02": ("P", "냉장", 220, "2.5.0"),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-gasan-01": ("G", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 600F", "firmware": "FortiOS 7.4.3"}),
    "core-gasan": ("G", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "NX-OS 10.3(4a)"}),
    "dx-gasan-aws": ("G", {"device": "Direct Connect", "vendor": "AWS / KINX", "model": "Direct Connect 1Gbps x2",
                           "circuit": "dxcon-fgq7k2ab", "desc": "가산IDC ↔ AWS 서울리전"}),
    "wan-gch-gasan": ("K", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 500Mbps",
                            "circuit": "SKB-DL-77410-2", "desc": "고촌센터 ↔ 가산IDC"}),
    "wan-psg-gasan": ("P", {"device": "WAN link", "vendor": "LG U+", "model": "전용회선 500Mbps",
                            "circuit": "LGU-NW-310985", "desc": "포승센터 ↔ 가산IDC"}),
    "wlc-gch01": ("K", {"device": "wireless controller", "vendor": "Aruba", "model": "7210 Mobility Controller",
                        "firmware": "ArubaOS 8.11.2", "aps": 64, "ssid": "ISL-PDA"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("core-gasan", "fw-gasan-01"),
    ("fw-gasan-01", "dx-gasan-aws"),
    ("wan-gch-gasan", "core-gasan"),
    ("wan-psg-gasan", "core-gasan"),
    ("wlc-gch01", "wan-gch-gasan"),
    ("das-bridge-gch", "wan-gch-gasan"),
    ("conv-ctl-gch", "wan-gch-gasan"),
    ("das-bridge-psg", "wan-psg-gasan"),
    ("conv-ctl-psg", "wan-psg-gasan"),
    ("ord2wms_bridge", "dx-gasan-aws"),
    ("gch-plcgw-fz1", "ondo-broker"),
    ("gch-plcgw-ch1", "ondo-broker"),
    ("psg-plcgw-fz1", "ondo-broker"),
    ("psg-plcgw-ch1", "ondo-broker"),
]
# fmt: on
STATUS = {
    "psg-edge-a2": "maintenance",
    "durumi-wms-stg": "maintenance",
    "coupon_legacy": "retired",
    "ast-0977": "retired",
}
NET_PREFIX = {"A": "10.72", "G": "10.30", "K": "10.41", "P": "10.42", "H": "10.20"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "D1",
        "kind": "db_autovacuum_lock",
        "root": "rds-jumun-prd",
        "description": "in the holiday evening rush an anti-wraparound autovacuum on the orders table of"
        " rds-jumun-prd takes locks the order inserts queue behind: jumun-core (hotfix 4.12.1 deployed at 20:55,"
        " loudest) times out creating orders, the cut-off controller majgam-cutoff stalls and iseul-bff returns"
        " errors to the app, until the vacuum is cancelled and rerun with a lower cost delay",
        "start": kst(11, 21, 20),
        "end": kst(11, 22, 15),
        "affected": ["rds-jumun-prd", "jumun-core", "majgam-cutoff", "iseul-bff"],
    },
    {
        "id": "D2",
        "kind": "queue_memory_alarm",
        "root": "rmq-durumi",
        "description": "in Wednesday's night picking rmq-durumi reaches its memory high watermark (a consumer of"
        " the conveyor event queue hangs and the queue grows) and blocks every publisher: durumi-pick (3.4.0"
        " deployed Tuesday 23:40, loudest) cannot hand out picking tasks, conv-ctl-gch stops routing totes and"
        " das-bridge-gch's put walls go dark, until the stuck consumer is restarted and the queue drained",
        "start": kst(13, 0, 10),
        "end": kst(13, 1, 5),
        "affected": ["rmq-durumi", "durumi-pick", "conv-ctl-gch", "das-bridge-gch"],
    },
    {
        "id": "D3",
        "kind": "cache_patch_failover",
        "root": "ec-jebi-prd",
        "description": "in Thursday's dawn dispatch the ElastiCache engine patch auto-applied in ec-jebi-prd's"
        " maintenance window fails the primary over under full load and the new primary syncs slowly: jebi-gps"
        " (2.8.0 deployed at 05:05, loudest) drops driver positions, jebi-api slows down and dispatch-board shows"
        " stale drivers, until the replica catches up",
        "start": kst(14, 5, 20),
        "end": kst(14, 6, 15),
        "affected": ["ec-jebi-prd", "jebi-gps", "jebi-api", "dispatch-board"],
    },
    {
        "id": "D4",
        "kind": "raid_write_through",
        "root": "ast-1187",
        "description": "on Saturday afternoon, in the supplier inbound peak, the RAID controller of ast-1187 starts"
        " a battery learn cycle and falls back to write-through: jaego-db's writes crawl, jaego-sync (deployed at"
        " 13:45, loudest) lags on available stock and balju-edi fails supplier ASNs, until the learn cycle ends",
        "start": kst(16, 14, 10),
        "end": kst(16, 15, 5),
        "affected": ["ast-1187", "jaego-db", "jaego-sync", "balju-edi"],
    },
    {
        "id": "D5",
        "kind": "mqtt_session_flood",
        "root": "ondo-broker",
        "description": "in Sunday's evening rush the 포승 sensor hubs, after a firmware push, reconnect in a loop"
        " with persistent sessions and ondo-broker runs out of memory queueing their messages: ondo-collector"
        " (deployed at 18:00, loudest) loses temperature points, cold-alarm raises false excursions and"
        " coldchain-log leaves gaps in the HACCP record, until the hubs are rolled back and sessions purged",
        "start": kst(17, 21, 50),
        "end": kst(17, 22, 45),
        "affected": ["ondo-broker", "ondo-collector", "cold-alarm", "coldchain-log"],
    },
    {
        "id": "D6",
        "kind": "cache_hot_key",
        "root": "redis-coupon",
        "description": "at Tuesday's 11:00 화요특가 launch one coupon counter key takes every request and pins"
        " redis-coupon's single thread: promo-api (5.2.0 deployed at 10:40, loudest) times out issuing coupons,"
        " jangbaguni-api cannot price carts and iseul-bff errors, until the counter is sharded",
        "start": kst(19, 11, 0),
        "end": kst(19, 11, 55),
        "affected": ["redis-coupon", "promo-api", "jangbaguni-api", "iseul-bff"],
    },
    {
        "id": "D7",
        "kind": "kafka_broker_burst_balance",
        "root": "msk-isl-prd",
        "description": "right after Wednesday's cut-off a broker of msk-isl-prd runs out of gp2 burst balance under"
        " the order export and produce/fetch requests time out: ord2wms_bridge (1.9.3 deployed at 23:20, loudest)"
        " cannot import orders into the WMS, bueongi-route's route run stalls and jebi-api serves no routes"
        " (ongoing)",
        "start": kst(20, 23, 50),
        "end": None,
        "affected": ["msk-isl-prd", "ord2wms_bridge", "bueongi-route", "jebi-api"],
    },
]
D1, D2, D3, D4, D5, D6, D7 = INCIDENTS


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for hub in SENSOR_HUBS:
        rels.append((hub, "ondo-broker", "CONNECTS_TO"))
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
        if kind == "eks":
            octets = h.split("-")[1:]
            attrs: dict = {"ip": ".".join(octets), "os": "Bottlerocket 1.19", "kubelet": "v1.29.3-eks",
                           "instance_id": f"i-0{rng.getrandbits(60):015x}"}  # fmt: skip
        else:
            attrs = {
                "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 30, 'D': 50}[env]) + i // 8}.{11 + (i * 37) % 220}"
            }
        if kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Rocky Linux 9.3"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U2"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([16, 24]), "mem_gb": rng.choice([128, 256]),
                      "serial": f"{rng.choice(['CN7', 'JPX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = DBA if h == "ast-1190" else SEC
        elif kind == "edge":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 8, "mem_gb": 32}
            owner = FCENG
        elif kind == "plc":
            attrs |= {"os": "Moxa MGate 5105 firmware 4.3", "protocol": "Modbus TCP → MQTT"}
            owner = FAC
        elif kind == "bare":
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "Ubuntu 22.04 LTS"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("ast-1187", "ast-1204", "ast-1205"):
                owner = DBA
        if h.startswith("ss-hq-app"):
            owner = CX
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (hub, (site, zone, sensors, fw)) in enumerate(SENSOR_HUBS.items()):
        attrs = {"ip": f"{NET_PREFIX[site]}.9.{31 + j}", "vendor": "대한IoT", "model": "THG-400", "zone": zone,
                 "sensors": sensors, "firmware": fw, "protocol": "MQTT 3.1.1"}  # fmt: skip
        cis.append(ci_record(hub, "host", "prod", FAC, SITES[site], attrs))
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


def _offday(ts: datetime) -> bool:
    loc = _local(ts)
    return loc.weekday() >= 5 or loc.day in HOLIDAYS


def _shop(ts: datetime) -> float:
    """Customer orders: quiet small hours, a morning and lunch bump, the evening rush 20–23 that ends at the
    23:00 cut-off; weekends and the holiday busier in the day; the Tuesday 11:00 promo launch."""
    loc, h = _local(ts), seoul_hour(ts)
    if h < 6:
        v = 0.06 + 0.1 * max(0.0, 1 - h / 1.5)
    elif h < 20:
        v = 0.18 + 0.12 * _bump(h, 8.5, 1) + 0.2 * _bump(h, 12.5, 1.2) + 0.15 * (h - 6) / 14
    elif h < 23:
        v = 0.5 + 0.45 * (h - 20) / 2.5
    else:
        v = 0.32 - 0.12 * (h - 23)
    if _offday(ts) and 8 <= h < 23:
        v *= 1.25
    if loc.weekday() == 1:
        v += 0.55 * _bump(h, 11.2, 0.35)
    return max(0.05, min(1.0, v))


def _pick(ts: datetime) -> float:
    """The centres: night picking 23–02 after the cut-off, packing and loading to 04, inbound and putaway by
    day."""
    h = seoul_hour(ts)
    if h >= 23 or h < 2:
        v = 0.95
    elif h < 4:
        v = 0.6
    elif h < 6:
        v = 0.3
    elif 9 <= h < 18:
        v = 0.35 + (0.1 if _offday(ts) else 0)
    else:
        v = 0.2
    return max(0.05, min(1.0, v))


def _dispatch(ts: datetime) -> float:
    """Drivers: the route run after the cut-off, dawn dispatch 01–07 peaking around 04."""
    h = seoul_hour(ts)
    if 1 <= h < 7.5:
        return 0.35 + 0.6 * _bump(h, 4.2, 1.4)
    return 0.08 + 0.2 * _bump(h, 23.6, 0.4)


def _cs(ts: datetime) -> float:
    """CS: the morning after deliveries (누락/파손 문의), office hours, lighter on days off."""
    h = seoul_hour(ts)
    scale = 0.7 if _offday(ts) else 1.0
    if 7 <= h < 20:
        return 0.15 + scale * (0.35 + 0.45 * _bump(h, 9, 1.2))
    return 0.12


def _office(ts: datetime) -> float:
    h = seoul_hour(ts)
    if _offday(ts):
        return 0.12
    return 0.12 + 0.6 * (1 if 9 <= h < 18 else 0) * (0.7 if 12 <= h < 13 else 1)


def _edi(ts: datetime) -> float:
    """Purchasing: supplier inbound by day (weekends too), the 23:30 order batch."""
    h = seoul_hour(ts)
    if h >= 23.5 or h < 0.6:
        return 0.9
    return 0.12 + 0.45 * (1 if 9 <= h < 18 else 0)


def _cold(ts: datetime) -> float:
    """Cold rooms: steady, with the defrost cycles every 6 hours and more door openings at night picking."""
    h = seoul_hour(ts)
    return 0.5 + 0.12 * max(_bump(h, at, 0.25) for at in (2, 8, 14, 20)) + 0.15 * (h >= 23 or h < 2)


def _steady(ts: datetime) -> float:
    return 0.5


SHOP = {
    "kkachi-edge", "iseul-bff", "sangpum-catalog", "jangbaguni-api", "jumun-core", "gyeolje-hub", "pgw-connector",
    "ganpyeon-pay", "majgam-cutoff", "promo-api", "noti-push", "rds-jumun-prd", "rds-gyeolje-prd", "rds-catalog-prd",
    "rds-promo-prd", "os-catalog", "ec-cart-prd", "ec-session-prd", "redis-coupon", "msk-isl-prd",
    "alb-iseul-web-prd", "ip-10-72-14-33", "ip-10-72-14-87", "ip-10-72-15-12", "ip-10-72-15-140", "dx-gasan-aws",
}  # fmt: skip
PICK = {
    "ord2wms_bridge", "durumi-wms", "durumi-wave", "durumi-pick", "das-bridge-gch", "das-bridge-psg", "conv-ctl-gch",
    "conv-ctl-psg", "durumi-db", "redis-durumi", "rmq-durumi", "adc-gasan-int", "gsv-wmsap01", "gsv-wmsap02",
    "ast-1204", "ast-1205", "ast-1213", "gch-edge-a1", "psg-edge-a1", "wlc-gch01", "wan-gch-gasan", "wan-psg-gasan",
    "core-gasan", "fw-gasan-01",
}  # fmt: skip
DISPATCH = {"bueongi-route", "jebi-api", "jebi-gps", "jebi-photo", "dispatch-board", "tracking-web",
            "rds-baesong-prd", "ec-jebi-prd", "nlb-jebi-prd", "s3-isl-dlvphoto-prd", "ip-10-72-16-9",
            "ip-10-72-16-201"}  # fmt: skip
CS = {"cs-chat", "chatbot-nlu", "sangdam-desk", "mongo-chat", "ss-hq-app01"}
OFFICE = {"icube-erp", "mssql-icube", "ast-1190", "ad-hq", "ss-hq-ad01", "zabbix-gs", "gsv-mon01", "elk-logs",
          "ast-1220", "netapp-gs01", "pure-gs01"}  # fmt: skip
EDI = {"jaego-sync", "balju-edi", "edi_supplier_batch", "jaego-db", "ast-1187", "gsv-edi01", "gsv-batch01",
       "adc-gasan-dmz", "dd-gs-backup"}  # fmt: skip
COLD = {"ondo-collector", "cold-alarm", "coldchain-log", "tsdb-ondo", "ondo-broker", "ast-1211", *SENSOR_HUBS,
        "gch-plcgw-fz1", "gch-plcgw-ch1", "psg-plcgw-fz1", "psg-plcgw-ch1"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (SHOP, _shop),
        (PICK, _pick),
        (DISPATCH, _dispatch),
        (CS, _cs),
        (OFFICE, _office),
        (EDI, _edi),
        (COLD, _cold),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "D1": {0: (14.0, 5.0), 1: (4.5, 12.0), 2: (2.2, 7.0)},
    "D2": {0: (9.0, 8.0), 1: (3.5, 12.0), 2: (2.0, 7.5)},
    "D3": {0: (11.0, 9.0), 1: (3.2, 11.0), 2: (1.9, 6.0)},
    "D4": {1: (16.0, 6.0), 2: (4.0, 12.0)},
    "D5": {0: (6.0, 11.0), 1: (3.0, 13.0), 2: (1.8, 7.0)},
    "D6": {0: (22.0, 6.0), 1: (5.0, 13.0), 2: (2.1, 6.5)},
    "D7": {0: (9.0, 7.5), 1: (3.4, 11.0), 2: (2.0, 6.0)},
}
EFFECT_OVERRIDE = {
    ("D1", "jumun-core"): (6.0, 27.0),
    ("D2", "durumi-pick"): (4.5, 33.0),
    ("D3", "jebi-gps"): (4.0, 36.0),
    ("D4", "jaego-sync"): (5.5, 29.0),
    ("D5", "ondo-collector"): (3.8, 38.0),
    ("D6", "promo-api"): (6.5, 31.0),
    ("D7", "ord2wms_bridge"): (5.0, 34.0),
    ("D7", "jebi-api"): (1.8, 5.5),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "ast-1187", "ast-1190", "ast-1204", "ast-1205", "ast-1211", "ast-1213", "ast-1220", "gch-edge-a1", "psg-edge-a1",
    "psg-edge-a2", "ss-hq-ad01", "gsv-batch01", "gsv-edi01", "ip-10-72-14-33", "ip-10-72-15-140", "ip-10-72-16-9",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
HUB_NAMES = set(SENSOR_HUBS)
REINDEX = (kst(19, 10, 20), kst(19, 10, 55))  # the catalogue reindex before the promo launch


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "ast-1220":  # ELK: the index volume creeps up
        disk0, growth = 61.0, 1.6
    if name in HUB_NAMES or name.startswith(("gch-plcgw", "psg-plcgw")):
        cpu0, mem0 = rng.uniform(8, 20), rng.uniform(25, 40)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "ast-1187":  # write-through: the CPUs wait on I/O
            cpu += (93.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, D4["start"], D4["end"], rise=5, fall=10)
        if name == "ast-1213":  # RabbitMQ paging at the watermark, and redis-durumi's nightly snapshot
            mem += 30 * ramp(ts, D2["start"], D2["end"], rise=10, fall=10)
            if 2 <= seoul_hour(ts) < 2.4:
                cpu += 25
        if name == "ast-1211":  # the broker's session flood
            mem += 28 * ramp(ts, D5["start"], D5["end"], rise=5, fall=10)
            cpu += 20 * ramp(ts, D5["start"], D5["end"], rise=5, fall=10)
        if name == "ip-10-72-16-201":  # redis-coupon's node during the hot key
            cpu += 30 * ramp(ts, D6["start"], D6["end"], rise=5, fall=10)
        plc_check = name == "psg-plcgw-ch1" and kst(17, 19, 0) <= ts < kst(17, 20, 30)
        if name == "psg-edge-a2" or plc_check:  # swapped out, and the PLC gateway's firmware check
            cpu = 1.0 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"dx-gasan-aws": 3.4, "wan-gch-gasan": 5.8, "wan-psg-gasan": 7.1, "wlc-gch01": 2.6}.get(
        name, rng.uniform(0.2, 0.9)
    )
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + 0.15 * load(ts)) * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"pure-gs01": (66, 67), "dd-gs-backup": (71, 72), "s3-isl-dlvphoto-prd": (0, 0)}.get(
        name, (38, 55)
    )
    per_day = 0.09 if name == "netapp-gs01" else 0.06
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = {"s3-isl-dlvphoto-prd": 38.0, "pure-gs01": 0.6}.get(name, rng.uniform(1.5, 3.0))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-gs-backup" and 3 <= seoul_hour(ts) < 4.5:  # the nightly backups
            lat *= 1.8
        if name == "pure-gs01":  # ast-1187's write-through shows as the array's write latency on its volume
            lat *= 1 + 1.5 * ramp(ts, D4["start"], D4["end"], rise=5, fall=10)
        row = {"response_time_ms": round(lat, 2)}
        if name != "s3-isl-dlvphoto-prd":
            row = {"disk_usage": round(v, 1), **row}
        rows += samples(ts, c, **row)
    return rows


RT0 = {
    "kkachi-edge": 28.0, "iseul-bff": 95.0, "sangpum-catalog": 60.0, "jangbaguni-api": 45.0, "jumun-core": 120.0,
    "gyeolje-hub": 180.0, "pgw-connector": 420.0, "ganpyeon-pay": 150.0, "majgam-cutoff": 35.0, "promo-api": 22.0,
    "noti-push": 80.0, "tracking-web": 70.0, "ord2wms_bridge": 95.0, "durumi-wms": 130.0, "durumi-wave": 640.0,
    "durumi-pick": 55.0, "das-bridge-gch": 14.0, "das-bridge-psg": 15.0, "conv-ctl-gch": 9.0, "conv-ctl-psg": 9.5,
    "ondo-collector": 12.0, "cold-alarm": 30.0, "coldchain-log": 210.0, "jaego-sync": 85.0, "balju-edi": 260.0,
    "edi_supplier_batch": 580.0, "icube-erp": 340.0, "bueongi-route": 520.0, "jebi-api": 75.0, "jebi-gps": 18.0,
    "jebi-photo": 310.0, "dispatch-board": 240.0, "cs-chat": 65.0, "chatbot-nlu": 140.0, "sangdam-desk": 190.0,
    "elk-logs": 110.0, "zabbix-gs": 150.0, "ad-hq": 12.0,
    "rds-jumun-prd": 2.6, "rds-gyeolje-prd": 2.1, "rds-catalog-prd": 1.8, "rds-promo-prd": 1.6,
    "rds-baesong-prd": 3.2, "os-catalog": 24.0, "mongo-chat": 4.5, "durumi-db": 3.4, "jaego-db": 2.9,
    "tsdb-ondo": 5.2, "mssql-icube": 3.8,
    "ec-cart-prd": 0.6, "ec-session-prd": 0.4, "ec-jebi-prd": 0.5, "redis-coupon": 0.35, "redis-durumi": 0.45,
    "msk-isl-prd": 6.5, "rmq-durumi": 2.8, "ondo-broker": 3.1,
    "alb-iseul-web-prd": 2.2, "nlb-jebi-prd": 0.9, "adc-gasan-int": 1.1, "adc-gasan-dmz": 1.7,
}  # fmt: skip
REQUEST_RATE = {
    "kkachi-edge": 5200.0, "iseul-bff": 4100.0, "sangpum-catalog": 2600.0, "jangbaguni-api": 1500.0,
    "jumun-core": 420.0, "gyeolje-hub": 180.0, "pgw-connector": 150.0, "ganpyeon-pay": 95.0, "majgam-cutoff": 40.0,
    "promo-api": 900.0, "noti-push": 260.0, "tracking-web": 340.0, "ord2wms_bridge": 310.0, "durumi-wms": 520.0,
    "durumi-pick": 860.0, "das-bridge-gch": 640.0, "das-bridge-psg": 780.0, "conv-ctl-gch": 1100.0,
    "conv-ctl-psg": 1350.0, "ondo-collector": 1720.0, "jaego-sync": 240.0, "balju-edi": 35.0, "bueongi-route": 60.0,
    "jebi-api": 480.0, "jebi-gps": 2900.0, "jebi-photo": 140.0, "cs-chat": 210.0, "chatbot-nlu": 160.0,
    "rds-jumun-prd": 9800.0, "rds-gyeolje-prd": 2100.0, "os-catalog": 1900.0, "durumi-db": 7600.0,
    "jaego-db": 1400.0, "tsdb-ondo": 1750.0, "ec-cart-prd": 16000.0, "ec-session-prd": 12500.0,
    "ec-jebi-prd": 8800.0, "redis-coupon": 7400.0, "redis-durumi": 5200.0, "msk-isl-prd": 14200.0,
    "rmq-durumi": 2400.0, "ondo-broker": 1760.0, "alb-iseul-web-prd": 5300.0, "nlb-jebi-prd": 3400.0,
    "adc-gasan-int": 1600.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "ec-cart-prd": (54.0, 10.0), "ec-session-prd": (47.0, 6.0), "ec-jebi-prd": (41.0, 9.0),
    "redis-coupon": (36.0, 8.0), "redis-durumi": (58.0, 6.0), "msk-isl-prd": (46.0, 5.0),
    "rmq-durumi": (31.0, 9.0), "ondo-broker": (38.0, 4.0), "tsdb-ondo": (55.0, 5.0),
}  # fmt: skip
CPU_GAUGED = {  # managed databases and caches with their own CPU gauge: (level, swing with load)
    "rds-jumun-prd": (14.0, 44.0), "rds-gyeolje-prd": (10.0, 26.0), "rds-catalog-prd": (9.0, 22.0),
    "os-catalog": (18.0, 30.0), "redis-coupon": (8.0, 22.0), "ec-jebi-prd": (7.0, 18.0),
    "durumi-db": (12.0, 38.0), "mongo-chat": (11.0, 20.0),
}  # fmt: skip


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0, cpu_swing = CPU_GAUGED.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is D3 and name == "jebi-gps":
                req *= 1 - 0.5 * r  # positions dropped
            if inc is D5 and name == "ondo-collector":
                req *= 1 - 0.65 * r
            if inc is D7 and name == "ord2wms_bridge":
                req *= 1 - 0.7 * r
            if inc is D6 and name == "redis-coupon":
                req *= 1 + 0.6 * r  # client retries
        if name == "edi_supplier_batch" and not (seoul_hour(ts) >= 23.5 or seoul_hour(ts) < 0.7):
            req *= 0.1
        if name == "os-catalog":  # the catalogue reindex before the promo launch
            rt *= 1 + 1.2 * ramp(ts, *REINDEX, rise=5, fall=5)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "rmq-durumi":
                mem += (97.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, D2["start"] - timedelta(minutes=10), D2["end"],
                                                               rise=15, fall=10)  # fmt: skip
            if name == "ondo-broker":
                mem += (96.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, D5["start"], D5["end"], rise=5, fall=10)
            if name == "ec-jebi-prd":
                mem -= 18 * ramp(ts, D3["start"], D3["end"], rise=5, fall=20)  # the new primary still loading
            if name == "msk-isl-prd":
                mem += 8 * ramp(ts, D7["start"], D7["end"], rise=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_GAUGED:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.0)
            if name == "redis-coupon":
                cpu += (99.0 + rng.gauss(0, 0.3) - cpu) * ramp(ts, D6["start"], D6["end"], rise=5, fall=10)
            if name == "os-catalog":
                cpu += 45 * ramp(ts, *REINDEX, rise=5, fall=5)
            if name == "rds-jumun-prd":
                cpu += 22 * ramp(ts, D1["start"], D1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The cut-off, the route run, the first wave, the supplier batch, the backup and the DMZ certificate."""
    rows = []
    for d in range(10, 22):
        rows.append(
            (d, 23, 0, "majgam-cutoff", "info", "batch_job", "주문 마감 (23:00 cut-off), 마감 후 주문 잠금")
        )
        rows.append((d, 23, 10, "bueongi-route", "info", "batch_job", "경로 최적화 런 시작 (ROUTE_RUN)"))
        if d != 20:
            rows.append(
                (d + 1, 0, 25, "bueongi-route", "info", "batch_job", "경로 최적화 런 완료, 기사 배정 확정")
            )
        rows.append((d, 23, 20, "durumi-wave", "info", "batch_job", "1차 웨이브 생성 (WAVE-1)"))
        rows.append(
            (
                d,
                23,
                30,
                "edi_supplier_batch",
                "info",
                "batch_job",
                "공급사 익일 발주 배치 시작 (EDI_PO_DAILY)",
            )
        )
        rows.append((d + 1, 0, 20, "edi_supplier_batch", "info", "batch_job", "공급사 발주 배치 완료"))
        rows.append((d, 3, 0, "durumi-db", "info", "backup", "durumi-db 증분 백업 (dd-gs-backup) 시작"))
        left = (datetime(2027, 10, 28) - datetime(2027, 10, d)).days
        rows.append(
            (d, 9, 0, "adc-gasan-dmz", "warning", "cert_expiry",
             f"SSL certificate edi.iseulmarket.co.kr expires in {left} days (2027-10-28), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window([r for r in rows if r[0] <= 21])


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (11, 9, 30, "ast-1220", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (11, 20, 55, "jumun-core", "info", "deployment", "jumun-core 4.12.1 핫픽스 배포 (쿠폰 중복 적용 수정)"),
    (12, 11, 0, "promo-api", "info", "batch_job", "화요특가 오픈 (주간 프로모션)"),
    (12, 15, 0, "jumun-core-stg", "info", "deployment", "jumun-core-stg 4.13.0-rc1 배포"),
    (12, 23, 40, "durumi-pick", "info", "deployment", "durumi-pick 3.4.0 배포 (DPS 라인 배분 로직 개선)"),
    (13, 14, 0, "durumi-wms-stg", "info", "maintenance", "WMS 8.5 업그레이드 리허설 (스테이징 점검)"),
    (13, 17, 0, "ec-jebi-prd", "info", "change_notice", "ElastiCache 엔진 패치 7.1.x 예약 (다음 유지보수 창 자동 적용)"),
    (14, 5, 5, "jebi-gps", "info", "deployment", "jebi-gps 2.8.0 배포 (위치 배치 전송 10초 → 5초 옵션)"),
    (14, 10, 0, "ast-1220", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (15, 10, 0, "psg-edge-a2", "info", "maintenance", "포승 엣지 #2 메인보드 교체 (장비 입고 대기)"),
    (15, 16, 0, "bueongi-route-dev", "info", "deployment", "bueongi-route-dev 3.3.0-dev 배포"),
    (16, 13, 45, "jaego-sync", "info", "deployment", "jaego-sync 2.3.7 배포 (유통기한 임박 재고 분리)"),
    (17, 18, 0, "ondo-collector", "info", "deployment", "ondo-collector 3.0.2 배포 (습도 보정값 반영)"),
    (17, 19, 0, "psg-plcgw-ch1", "info", "maintenance", "포승 냉장 1존 PLC 게이트웨이 펌웨어 점검 (19:00~20:30)"),
    (17, 20, 30, "psg-plcgw-ch1", "info", "maintenance", "PLC 게이트웨이 점검 완료"),
    (17, 21, 40, "psg-th-hub01", "info", "config_change", "센서 허브 펌웨어 2.5.0 원격 배포 (포승)"),
    (17, 21, 41, "psg-th-hub02", "info", "config_change", "센서 허브 펌웨어 2.5.0 원격 배포 (포승)"),
    (18, 10, 30, "ast-1220", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (19, 10, 20, "os-catalog", "info", "batch_job", "상품 검색 인덱스 재색인 (화요특가 상품 반영)"),
    (19, 10, 40, "promo-api", "info", "deployment", "promo-api 5.2.0 배포 (화요특가 선착순 쿠폰)"),
    (19, 11, 0, "promo-api", "info", "batch_job", "화요특가 오픈 (주간 프로모션)"),
    (20, 14, 0, "jebi-api-stg", "info", "deployment", "jebi-api-stg 4.6.0-rc1 배포"),
    (20, 23, 20, "ord2wms_bridge", "info", "deployment", "ord2wms_bridge 1.9.3 배포 (출고 오더 배치 크기 200 → 500)"),
    # D1 (holiday evening rush)
    (11, 21, 18, "rds-jumun-prd", "warning", "performance", "autovacuum: VACUUM public.orders (to prevent wraparound) running"),
    (11, 21, 23, "rds-jumun-prd", "critical", "performance", "lock waits 1,840 on public.orders, avg wait 9.2s"),
    (11, 21, 27, "jumun-core", "critical", "error", "주문 생성 타임아웃, 5xx 28%"),
    (11, 21, 31, "majgam-cutoff", "major", "error", "주문 확정 잠금 획득 실패 (lock timeout)"),
    (11, 21, 36, "iseul-bff", "warning", "error", "upstream jumun-core 504 증가"),
    (11, 22, 5, "rds-jumun-prd", "info", "config_change", "wraparound vacuum 취소 후 autovacuum_vacuum_cost_delay 조정, 새벽 재실행 예약"),
    (11, 22, 20, "jumun-core", "info", "recovery", "주문 생성 정상"),
    # D2 (Wednesday night picking)
    (13, 0, 4, "rmq-durumi", "warning", "memory", "memory 0.36 of high watermark 0.4, queue conveyor.events 1.2M ready"),
    (13, 0, 11, "rmq-durumi", "critical", "memory", "memory resource limit alarm set on node rabbit@ast-1213, publishers blocked"),
    (13, 0, 16, "durumi-pick", "critical", "error", "피킹 작업 배분 실패 (publish blocked), 5xx 34%"),
    (13, 0, 17, "conv-ctl-gch", "major", "error", "토트 라우팅 지시 수신 지연, 소터 대기"),
    (13, 0, 24, "das-bridge-gch", "warning", "error", "DAS 표시기 지시 누락"),
    (13, 0, 58, "rmq-durumi", "info", "config_change", "conveyor.events 컨슈머 재시작, 큐 드레인"),
    (13, 1, 10, "durumi-pick", "info", "recovery", "피킹 작업 배분 정상"),
    # D3 (Thursday dawn dispatch)
    (14, 5, 20, "ec-jebi-prd", "info", "maintenance", "ElastiCache 유지보수: engine patch 적용, primary failover"),
    (14, 5, 22, "ec-jebi-prd", "critical", "failover", "FailoverComplete: primary ec-jebi-prd-002, full resync in progress"),
    (14, 5, 26, "jebi-gps", "critical", "error", "위치 저장 실패 (READONLY / timeout) 35%"),
    (14, 5, 27, "jebi-api", "major", "error", "배차 조회 지연 (cache timeout)"),
    (14, 5, 36, "dispatch-board", "warning", "error", "기사 위치 갱신 지연"),
    (14, 6, 20, "jebi-gps", "info", "recovery", "위치 수신 정상"),
    # D4 (Saturday afternoon)
    (16, 14, 8, "ast-1187", "warning", "hardware", "Smart Array P408i-a: battery learn cycle started, cache disabled (write-through)"),
    (16, 14, 13, "jaego-db", "critical", "performance", "InnoDB fsync avg 180 ms, commit latency high"),
    (16, 14, 17, "jaego-sync", "critical", "error", "재고 동기화 지연 14분, 품절 처리 누락"),
    (16, 14, 22, "balju-edi", "major", "error", "공급사 ASN 수신 실패 (DB write timeout)"),
    (16, 15, 2, "ast-1187", "info", "hardware", "battery learn cycle completed, write-back cache re-enabled"),
    (16, 15, 10, "jaego-sync", "info", "recovery", "재고 동기화 정상"),
    # D5 (Sunday evening rush)
    (17, 21, 52, "ondo-broker", "warning", "connections", "client reconnect rate 1,900/min (psg-th-hub*), persistent sessions 18,400"),
    (17, 21, 57, "ondo-broker", "critical", "memory", "heap 96%, message queue overflow, dropping QoS1 messages"),
    (17, 21, 58, "ondo-collector", "critical", "error", "온습도 포인트 수신 누락 37%"),
    (17, 22, 6, "cold-alarm", "major", "error", "포승 냉동 1존 온도 데이터 없음 → 이탈 알람 오발생"),
    (17, 22, 9, "coldchain-log", "warning", "error", "HACCP 온도 기록 공백"),
    (17, 22, 38, "ondo-broker", "info", "config_change", "포승 허브 펌웨어 2.4.7 롤백, 세션 정리, max_queued_messages 제한"),
    (17, 22, 50, "ondo-collector", "info", "recovery", "온습도 수집 정상"),
    # D6 (Tuesday promo launch)
    (19, 11, 2, "redis-coupon", "warning", "cpu", "redis main thread 97% (hot key coupon:tue:stock)"),
    (19, 11, 4, "redis-coupon", "critical", "performance", "slowlog: EVALSHA coupon_issue 40ms, clients blocked 2,100"),
    (19, 11, 6, "promo-api", "critical", "error", "쿠폰 발급 타임아웃, 5xx 31%"),
    (19, 11, 13, "jangbaguni-api", "major", "error", "장바구니 쿠폰 적용가 계산 실패"),
    (19, 11, 16, "iseul-bff", "warning", "error", "upstream promo-api 504"),
    (19, 11, 50, "redis-coupon", "info", "config_change", "쿠폰 재고 카운터 16개 키로 샤딩"),
    (19, 12, 0, "promo-api", "info", "recovery", "쿠폰 발급 정상"),
    # D7 (Wednesday after the cut-off, ongoing)
    (20, 23, 48, "msk-isl-prd", "warning", "disk", "broker 2 EBS BurstBalance 4%"),
    (20, 23, 52, "msk-isl-prd", "critical", "performance", "ProduceRequest timeout, UnderReplicatedPartitions 41 (broker 2)"),
    (20, 23, 57, "ord2wms_bridge", "critical", "error", "orders.confirmed 소비 지연, 출고 오더 생성 실패 33%"),
    (20, 23, 58, "bueongi-route", "major", "error", "경로 최적화 런 입력 대기 (orders topic lag)"),
    (21, 0, 8, "jebi-api", "warning", "error", "배차 경로 조회 실패 증가"),
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
    generate(NAME, "dawn-grocery", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
