"""Generate the metro-rail estate (tests/fixtures/metro-rail/, interchange format) and its faults file.

A Korean city subway operator's IT/OT: automatic fare collection (station computers `L2-S214-SC01` …, gate
transaction intake `afc-gate-ingest` onto the Kafka bus `afc-txn-bus`, the fare engine, 교통카드 충전
`afc-topup-api`, 교통카드 정산 `afc-clearing-api` and the nightly settlement batch `afc-settle-batch` on Oracle
`Oracle-AFC`, with the card-issuer clearing link `Mirfak`), the read-only train-control data gateway `Sirius`
and the power/escalator SCADA gateway `Antares` behind the IT/OT DMZ firewall `OTDMZ-FW01`, passenger
information (`pis.arrival-feed` 열차 도착정보, `pis.display-ctl` 행선안내, the public arrival API
`pis.arrival-api` on PostgreSQL `PG-PIS` and the cache `Redis-ARRIVAL`), the OCC dashboards `Polaris`, CCTV
(Milestone `XProtect`, its NVR storage `VMS-NVR-ST01`, the video wall), depot maintenance (IBM `Maximo`, the
work-order app), crew rostering (`Altair`, 승무원 앱), the data platform (`Vega`, `ClickHouse-VEGA`), the app
and website with their SSO (`Keycloak`), lost and found (`Deneb`), and push notifications.
Sites: the OCC/HQ data centre `occ-hq-dc`, the DR centre `dr-center` and the public cloud region `ncloud-kr`.

Naming mixes: station/line codes (`L2-S214-SC01`, `L57-BB-RT01`), Windows NetBIOS style hosts (`OCCSQL01`,
`DEPOTAPP02`, `AFCKFK03`), Kubernetes workloads with a namespace prefix (`afc-clearing-api`,
`pis.arrival-feed`, `app.mobile-bff`), star names (`Sirius`, `Antares`, `Polaris`, `Altair`, `Vega`, `Deneb`,
`Mirfak`), vendor product names (`Oracle-AFC`, `PG-PIS`, `DB2-EAM`, `Redis-ARRIVAL`, `RabbitMQ-PIS`, `XProtect`,
`Maximo`, `Keycloak`).

Seven injected incidents (times KST, now = Wednesday 2026-07-08 15:10; the window is the 8 days before):
  M1 Thu 02 08:05–09:15  Kafka afc-txn-bus: under-replicated partitions after a broker restart at the morning
                         rush, produce requests time out: afc-gate-ingest, afc-clearing-api, Vega, the staff app
  M2 Fri 03 14:20–15:10  IT/OT DMZ firewall OTDMZ-FW01 session table overflow and HA flapping: Sirius and
                         Antares lose OT, arrival feed, OCC dashboards and crew rostering follow
  M3 Sat 04 02:40–04:35  CCTV NVR storage VMS-NVR-ST01 full (retention purge failed on Friday): XProtect
                         recording fails, the OCC video wall errors
  M4 Mon 06 06:30–09:40  the nightly settlement batch afc-settle-batch (01:00, done by 04:30) overruns on
                         weekend volume into the Monday rush: Oracle-AFC saturated, clearing/top-up/fare slow
  M5 Mon 06 19:40–20:30  Keycloak's TLS certificate renewed without the intermediate chain: app, website,
                         staff app, depot work orders and the crew app cannot log in
  M6 Tue 07 21:35–22:40  Redis-ARRIVAL eviction storm (maxmemory after a TTL change): arrival API and feed
                         slow, the app and website follow
  M7 Wed 08 14:25–now    PG-PIS lock pile-up after the summer timetable import: display control, arrival API
                         slow and failing, the app and website slow (ongoing)
Confounders: the weekday morning and evening rush on AFC/PIS/app load; a ridership report hogging the k8s
node OCCK8SW03 just before M2; unrelated deployments near M1 (Altair) and M4 (Deneb) and a deployment of a
victim (app.mobile-bff) ten minutes before M7; the DR backup appliance DR-BACKUP01 filling past 85 %.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/metro_golden.py) are computed from the files.

    .venv/bin/python bench/metro_estate.py   # rewrites tests/fixtures/metro-rail*
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
    progress,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "metro-rail"
NOW = datetime(2026, 7, 8, 6, 10, tzinfo=UTC)  # Wednesday 15:10 KST
START = NOW - timedelta(days=8)
SEED = 20260708
SITES = {"HQ": "occ-hq-dc", "DR": "dr-center", "NC": "ncloud-kr"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2026-07")

AFC, PIS, OCC, DEPOT = "AFC운영팀", "여객정보팀", "관제시스템팀", "차량정비IT팀"
CREW, CCTV, SCADA, DATA = "승무IT팀", "영상보안팀", "전력설비IT팀", "데이터팀"
DIGI, CS, DBA, INFRA = "디지털채널팀", "고객서비스팀", "DB운영팀", "인프라팀"
NET, CLOUD = "네트워크보안팀", "클라우드팀"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # AFC
    "afc-gate-ingest": ("service", AFC, "HQ", "P", ["OCCK8SW01", "OCCK8SW02"], ["afc-txn-bus", "afc-fare-engine"],
                        {"system": "승차 거래수집", "description": "역 서버에서 올라오는 게이트 승하차 거래 수집",
                         "namespace": "afc", "replicas": 6, "language": "go", "port": 8443}),
    "afc-fare-engine": ("service", AFC, "HQ", "P", ["OCCK8SW01", "OCCK8SW03"], ["Redis-FARE", "Oracle-AFC"],
                        {"system": "운임 계산", "description": "거리비례 운임, 환승 할인 계산", "namespace": "afc",
                         "replicas": 4, "language": "java", "port": 8080}),
    "afc-clearing-api": ("service", AFC, "HQ", "P", ["OCCK8SW02", "OCCK8SW03"],
                         ["afc-txn-bus", "Oracle-AFC", "Mirfak"],
                         {"system": "교통카드 정산", "description": "선후불 교통카드 거래 정산, 카드사 대사",
                          "namespace": "afc", "replicas": 4, "language": "java", "port": 8443}),
    "afc-topup-api": ("service", AFC, "HQ", "P", ["OCCK8SW01", "OCCK8SW02"], ["Oracle-AFC", "Mirfak", "Redis-FARE"],
                      {"system": "교통카드 충전", "description": "역 무인충전기, 앱 교통카드 충전 승인",
                       "namespace": "afc", "replicas": 3, "language": "java", "port": 8444}),
    "afc-settle-batch": ("service", AFC, "HQ", "P", ["AFCBAT01"], ["Oracle-AFC", "Mirfak"],
                         {"system": "일일 정산 배치", "description": "전일 승차 거래 집계, 카드사 정산 파일 생성",
                          "schedule": "daily 01:00", "expected_end": "04:30", "scheduler": "Control-M 9.0.21",
                          "language": "java"}),
    "Mirfak": ("service", AFC, "HQ", "P", ["AFCIF01"], [],
               {"system": "카드사 정산연계", "description": "교통카드 발행사(티머니, 캐시비) 정산 전문, 파일 송수신",
                "vendor": "한국스마트카드", "product": "Clearing Link 3", "protocol": "TCP 전문 + SFTP", "port": 7301}),
    "ops.staff-app": ("service", AFC, "NC", "P", ["NKS-APP-W02", "NKS-APP-W03"],
                      ["afc-clearing-api", "Keycloak", "Deneb"],
                      {"system": "역무원 앱", "description": "역무원 태블릿 (카드 조회, 환불, 유실물 접수)",
                       "namespace": "ops", "language": "kotlin", "port": 443}),
    # OT gateways
    "Sirius": ("service", OCC, "HQ", "P", ["SIGGW01"], ["OTDMZ-FW01"],
               {"system": "열차운행정보 연계", "description": "신호(ATS) 열차 위치, 운행 정보 단방향(read-only) 연계",
                "vendor": "Thales", "product": "ATS Data Gateway", "protocol": "OPC UA", "port": 4840,
                "mode": "read-only"}),
    "Antares": ("service", SCADA, "HQ", "P", ["SCADAGW01"], ["OTDMZ-FW01", "EMQX-SCADA"],
                {"system": "전력 SCADA 연계", "description": "변전, 전차선 전력, 승강기/에스컬레이터 상태 SCADA 연계",
                 "protocol": "IEC 60870-5-104", "port": 2404, "vendor": "LS ELECTRIC", "points": 184000}),
    # PIS
    "pis.arrival-feed": ("service", PIS, "HQ", "P", ["OCCK8SW02", "OCCK8SW03"],
                         ["Sirius", "Redis-ARRIVAL", "RabbitMQ-PIS"],
                         {"system": "열차 도착정보", "description": "열차 위치로 역별 도착 예정시각 산출",
                          "namespace": "pis", "language": "kotlin", "replicas": 3, "port": 8080}),
    "pis.display-ctl": ("service", PIS, "HQ", "P", ["PISAPP01"], ["RabbitMQ-PIS", "PG-PIS"],
                        {"system": "행선안내 표시", "description": "역 승강장 행선안내 게시기(LCD/LED) 표출 제어",
                         "displays": 1840, "language": "c#", "port": 9100}),
    "pis.arrival-api": ("service", PIS, "NC", "P", ["NKS-APP-W01", "NKS-APP-W02"],
                        ["Redis-ARRIVAL", "PG-PIS", "pis.arrival-feed"],
                        {"system": "도착정보 API", "description": "실시간 도착정보 공개 API (앱, 포털, 공공데이터)",
                         "namespace": "pis", "language": "go", "port": 443, "rate_limit_rps": 2500}),
    # channels
    "app.mobile-bff": ("service", DIGI, "NC", "P", ["NKS-APP-W01", "NKS-APP-W03"],
                       ["pis.arrival-api", "afc-topup-api", "Keycloak", "Deneb"],
                       {"system": "지하철 앱", "description": "모바일 앱 백엔드 (도착정보, 충전, 로그인, 유실물)",
                        "namespace": "app", "language": "node", "port": 443, "replicas": 8}),
    "web.metro-portal": ("service", DIGI, "NC", "P", ["NKS-APP-W02"], ["pis.arrival-api", "Keycloak", "Deneb"],
                         {"system": "홈페이지", "description": "공식 홈페이지 (운행정보, 분실물 조회, 민원)",
                          "namespace": "web", "language": "java", "port": 443}),
    "Keycloak": ("service", DIGI, "NC", "P", ["NKS-APP-W01", "NKS-APP-W03"], ["PG-SSO", "Redis-SSO"],
                 {"system": "통합로그인", "description": "앱, 홈페이지, 직원 앱 SSO (OIDC)", "product": "Keycloak",
                  "version": "24.0.5", "port": 8443, "tls_cert": "sso.metro.example.kr", "cert_issuer": "Sectigo",
                  "cert_expires": "2027-07-06"}),
    "Deneb": ("service", CS, "NC", "P", ["NKS-APP-W03"], ["Mongo-LOST", "NCP-OBJ-LOST"],
              {"system": "유실물 센터", "description": "유실물 접수, 사진 등록, 보관함 조회", "language": "python",
               "port": 8000}),
    "notify.push-gw": ("service", DIGI, "NC", "P", ["NKS-APP-W02"], ["RabbitMQ-PIS"],
                       {"system": "운행 알림 푸시", "description": "열차 지연, 운행 중단 앱 푸시 발송 (FCM/APNs)",
                        "namespace": "notify", "language": "node", "port": 8080}),
    # OCC
    "Polaris": ("service", OCC, "HQ", "P", ["OCCWEB01"], ["MSSQL-OCC", "Sirius", "Antares"],
                {"system": "종합관제 대시보드", "description": "관제센터 운행, 전력, 승객 현황 대시보드",
                 "language": "c#", "port": 443, "framework": ".NET 8"}),
    "XProtect": ("service", CCTV, "HQ", "P", ["VMSREC01", "VMSREC02"], ["VMS-NVR-ST01", "MSSQL-OCC"],
                 {"system": "CCTV 영상관리", "description": "역사, 승강장, 전동차 CCTV 녹화, 관제 영상 (VMS)",
                  "vendor": "Milestone", "product": "XProtect Corporate", "version": "2024 R1", "cameras": 6420,
                  "port": 7563}),
    "occ.video-wall": ("service", CCTV, "HQ", "P", ["OCCWEB01"], ["XProtect"],
                       {"system": "관제 영상월", "description": "관제센터 영상 월 (Smart Wall) 표출", "port": 8081}),
    # depot, crew
    "Maximo": ("service", DEPOT, "HQ", "P", ["DEPOTAPP01", "DEPOTAPP02"], ["DB2-EAM"],
               {"system": "차량 정비관리", "description": "차량기지 정비 작업지시, 부품, 검수 이력 (EAM)",
                "vendor": "IBM", "product": "Maximo", "version": "7.6.1.3", "port": 9443}),
    "depot.wo-mobile": ("service", DEPOT, "HQ", "P", ["DEPOTAPP02"], ["Maximo", "Keycloak"],
                        {"system": "정비 작업지시 앱", "description": "정비원 태블릿 작업지시, 점검표",
                         "namespace": "depot", "language": "java", "port": 8443}),
    "Altair": ("service", CREW, "HQ", "P", ["CREWAPP01"], ["MariaDB-CREW", "Sirius"],
               {"system": "승무원 근무편성", "description": "기관사, 차장 교번, 근무표 편성과 출무 관리",
                "language": "java", "port": 8080}),
    "crew.duty-app": ("service", CREW, "NC", "P", ["NKS-APP-W03"], ["Altair", "Keycloak"],
                      {"system": "승무원 앱", "description": "승무원 출무 확인, 근무표 조회 앱", "namespace": "crew",
                       "language": "node", "port": 443}),
    # data
    "Vega": ("service", DATA, "HQ", "P", ["VEGAETL01"], ["afc-txn-bus", "ClickHouse-VEGA", "NCP-OBJ-VEGA"],
             {"system": "데이터 허브", "description": "승차, 운행, 설비 데이터 적재 (Airflow, Spark)",
              "product": "Apache Airflow", "version": "2.9.2", "schedule": "every 10 min"}),
    "vega.ridership-dash": ("service", DATA, "HQ", "P", ["OCCK8SW03"], ["ClickHouse-VEGA"],
                            {"system": "승하차 통계", "description": "역별, 시간대별 승하차 통계 대시보드, 월간 보고서",
                             "namespace": "vega", "language": "python", "port": 8088}),
    # DR
    "afc-clearing-dr": ("service", AFC, "DR", "P", ["DRAPP01"], ["Oracle-AFC-DR"],
                        {"system": "교통카드 정산 (DR)", "description": "재해복구센터 정산 (웜 스탠바이)",
                         "role": "DR standby", "port": 8443}),
    # staging / dev
    "afc-clearing-api-stg": ("service", AFC, "HQ", "S", ["STGAPP01"], [],
                             {"system": "교통카드 정산 (검증)", "description": "정산 검증계 (기후동행카드 정산 규칙 테스트)",
                              "port": 8443}),
    "pis.arrival-api-stg": ("service", PIS, "NC", "S", ["NKS-APP-W03"], ["PG-PIS-STG"],
                            {"system": "도착정보 API (검증)", "description": "도착정보 API 스테이징", "port": 443}),
    "Maximo-TEST": ("service", DEPOT, "HQ", "S", ["STGAPP01"], [],
                    {"system": "차량 정비관리 (검증)", "description": "Maximo 9 업그레이드 검증", "vendor": "IBM",
                     "product": "Maximo Application Suite", "version": "9.0.2", "port": 9443}),
    "Keycloak-DEV": ("service", DIGI, "NC", "D", ["DEVAPP01"], [],
                     {"system": "통합로그인 (개발)", "description": "SSO 개발계", "product": "Keycloak", "version": "25.0.1",
                      "port": 8443}),
    "app.mobile-bff-dev": ("service", DIGI, "NC", "D", ["DEVAPP01"], ["Keycloak-DEV"],
                           {"system": "지하철 앱 (개발)", "description": "앱 백엔드 개발계", "language": "node"}),
    # databases
    "Oracle-AFC": ("database", DBA, "HQ", "P", ["AFCDB01", "AFCDB02"], [],
                   {"engine": "oracle", "version": "19.22", "cluster": "RAC 2 nodes", "port": 1521, "size_tb": 36,
                    "description": "AFC 거래, 정산, 카드 마스터 DB", "sessions_max": 3000}),
    "Oracle-AFC-DR": ("database", DBA, "DR", "P", ["DRAFCDB01"], [],
                      {"engine": "oracle", "version": "19.22", "role": "standby (Data Guard)", "port": 1521,
                       "description": "AFC DB 재해복구 스탠바이"}),
    "PG-PIS": ("database", DBA, "HQ", "P", ["PISDB01"], [],
               {"engine": "postgresql", "version": "15.8", "port": 5432, "description": "여객정보 DB (시간표, 도착 예측)",
                "max_connections": 800}),
    "PG-PIS-STG": ("database", DBA, "HQ", "S", ["STGAPP01"], [],
                   {"engine": "postgresql", "version": "16.4", "port": 5432, "description": "여객정보 DB 검증계"}),
    "PG-SSO": ("database", CLOUD, "NC", "P", [], [],
               {"engine": "postgresql", "version": "14.12", "product": "Cloud DB for PostgreSQL", "port": 5432,
                "description": "Keycloak 사용자, 세션 DB", "ha": "standby replica"}),
    "MSSQL-OCC": ("database", DBA, "HQ", "P", ["OCCSQL01", "OCCSQL02"], [],
                  {"engine": "sqlserver", "version": "2019 CU26", "ha": "Always On AG", "port": 1433,
                   "description": "관제 대시보드, VMS 설정 DB"}),
    "DB2-EAM": ("database", DBA, "HQ", "P", ["DEPOTDB01"], [],
                {"engine": "db2", "version": "11.5.9", "port": 50000, "description": "Maximo 정비 DB", "size_tb": 4}),
    "MariaDB-CREW": ("database", DBA, "HQ", "P", ["CREWDB01"], [],
                     {"engine": "mariadb", "version": "10.6.18", "port": 3306, "description": "승무원 근무 편성 DB"}),
    "Mongo-LOST": ("database", CLOUD, "NC", "P", [], [],
                   {"engine": "mongodb", "version": "6.0.16", "product": "Cloud DB for MongoDB", "port": 27017,
                    "description": "유실물 접수, 보관 DB"}),
    "ClickHouse-VEGA": ("database", DATA, "HQ", "P", ["VEGACH01"], [],
                        {"engine": "clickhouse", "version": "24.3", "port": 9000, "description": "승하차 분석 DW",
                         "size_tb": 22}),
    # caches
    "Redis-ARRIVAL": ("cache", PIS, "HQ", "P", ["OCCREDIS01"], [],
                      {"engine": "redis", "version": "7.2.5", "port": 6379, "maxmemory_gb": 8,
                       "eviction_policy": "allkeys-lru", "description": "역별 도착 예정 캐시"}),
    "Redis-FARE": ("cache", AFC, "HQ", "P", ["OCCREDIS01"], [],
                   {"engine": "redis", "version": "7.2.5", "port": 6380, "maxmemory_gb": 4,
                    "eviction_policy": "noeviction", "description": "운임표, 환승 규칙 캐시"}),
    "Redis-SSO": ("cache", CLOUD, "NC", "P", [], [],
                  {"engine": "redis", "version": "7.0.15", "product": "Cloud DB for Redis", "port": 6379,
                   "maxmemory_gb": 16, "description": "SSO 세션 캐시"}),
    # queues
    "afc-txn-bus": ("queue", AFC, "HQ", "P", ["AFCKFK01", "AFCKFK02", "AFCKFK03"], [],
                    {"product": "Apache Kafka", "version": "3.6.2", "port": 9092, "brokers": 3, "partitions": 96,
                     "description": "게이트, 충전 거래 스트림", "replication_factor": 3}),
    "RabbitMQ-PIS": ("queue", PIS, "HQ", "P", ["PISAPP01"], [],
                     {"product": "RabbitMQ", "version": "3.12.14", "port": 5672, "description": "행선안내, 푸시 메시지 배포"}),
    "EMQX-SCADA": ("queue", SCADA, "HQ", "P", ["MQTTSV01"], [],
                   {"product": "EMQX", "version": "5.6.1", "port": 8883, "protocol": "MQTT",
                    "description": "SCADA 설비 상태 메시지 브로커"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "OCC-L4-INT": ("HQ", NET, ["afc-gate-ingest", "afc-topup-api", "Maximo", "Polaris"],
                   {"vendor": "PIOLINK", "model": "PAS-K 5412", "vip": "10.70.0.20", "version": "11.2.3",
                    "description": "본사 업무망 L4"}),
    "NCP-LB-APP": ("NC", CLOUD, ["app.mobile-bff", "web.metro-portal", "pis.arrival-api", "Keycloak"],
                   {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "api.metro.example.kr",
                    "description": "앱, 홈페이지, 공개 API 외부 LB"}),
    "DR-L4-01": ("DR", NET, ["afc-clearing-dr"],
                 {"vendor": "PIOLINK", "model": "PAS-K 3412", "vip": "10.78.0.20", "version": "11.2.3",
                  "description": "DR 센터 L4"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "VMS-NVR-ST01": ("HQ", CCTV, {"vendor": "Dell", "model": "PowerScale A300", "capacity_tb": 1200, "protocol": "SMB",
                                  "retention_days": 30, "description": "CCTV 녹화 저장소"},
                     ["VMSREC01", "VMSREC02"]),
    "OCC-SAN01": ("HQ", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 360, "protocol": "FC",
                                "description": "운영 DB SAN"},
                  ["AFCDB01", "AFCDB02", "OCCSQL01", "OCCSQL02", "DEPOTDB01", "PISDB01"]),
    "DR-BACKUP01": ("DR", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 560,
                                  "protocol": "DD Boost", "description": "백업 어플라이언스 (DR)"},
                    ["DRAFCDB01", "DRAPP01"]),
    "NCP-OBJ-VEGA": ("NC", DATA, {"vendor": "NAVER Cloud", "model": "Object Storage", "protocol": "S3",
                                  "description": "데이터 허브 원천 데이터 보관"}, []),
    "NCP-OBJ-LOST": ("NC", CS, {"vendor": "NAVER Cloud", "model": "Object Storage", "protocol": "S3",
                                "description": "유실물 사진 보관"}, []),
}
# hosts: name: (site, env, kind, host name, attributes)
HOSTS: dict[str, tuple[str, str, str, str, dict]] = {
    "OCCK8SW01": ("HQ", "P", "vm", "occk8sw01", {"role": "RKE2 worker (afc, pis)", "os": "Ubuntu 22.04"}),
    "OCCK8SW02": ("HQ", "P", "vm", "occk8sw02", {"role": "RKE2 worker (afc, pis)", "os": "Ubuntu 22.04"}),
    "OCCK8SW03": ("HQ", "P", "vm", "occk8sw03", {"role": "RKE2 worker (afc, pis, vega)", "os": "Ubuntu 22.04"}),
    "AFCKFK01": ("HQ", "P", "vm", "afckfk01", {"role": "Kafka broker 1"}),
    "AFCKFK02": ("HQ", "P", "vm", "afckfk02", {"role": "Kafka broker 2"}),
    "AFCKFK03": ("HQ", "P", "vm", "afckfk03", {"role": "Kafka broker 3"}),
    "AFCIF01": ("HQ", "P", "vm", "afcif01", {"role": "카드사 정산연계"}),
    "AFCBAT01": ("HQ", "P", "vm", "afcbat01", {"role": "AFC 정산 배치"}),
    "MQTTSV01": ("HQ", "P", "vm", "mqttsv01", {"role": "SCADA MQTT 브로커"}),
    "PISAPP01": ("HQ", "P", "vm", "pisapp01", {"role": "행선안내 제어, RabbitMQ"}),
    "OCCWEB01": ("HQ", "P", "vm", "occweb01", {"role": "관제 대시보드, 영상월", "os": "Windows Server 2022"}),
    "CREWAPP01": ("HQ", "P", "vm", "crewapp01", {"role": "승무 편성 AP"}),
    "CREWDB01": ("HQ", "P", "vm", "crewdb01", {"role": "승무 편성 DB"}),
    "VEGAETL01": ("HQ", "P", "vm", "vegaetl01", {"role": "Airflow, Spark driver"}),
    "OCCREDIS01": ("HQ", "P", "vm", "occredis01", {"role": "Redis (도착정보, 운임)"}),
    "STGAPP01": ("HQ", "S", "vm", "stgapp01", {"role": "검증계 공용"}),
    "AFCDB01": ("HQ", "P", "physical", "afcdb01", {"role": "AFC DB RAC #1", "os": "Oracle Linux 8.9",
                                                   "model": "Dell PowerEdge R760"}),
    "AFCDB02": ("HQ", "P", "physical", "afcdb02", {"role": "AFC DB RAC #2", "os": "Oracle Linux 8.9",
                                                   "model": "Dell PowerEdge R760"}),
    "SIGGW01": ("HQ", "P", "physical", "siggw01", {"role": "신호 연계 게이트웨이 (OT-DMZ)", "os": "RHEL 8.10",
                                                   "model": "HPE DL360 Gen11"}),
    "SCADAGW01": ("HQ", "P", "physical", "scadagw01", {"role": "SCADA 연계 게이트웨이 (OT-DMZ)",
                                                       "os": "Windows Server 2019", "model": "HPE DL360 Gen10"}),
    "PISDB01": ("HQ", "P", "physical", "pisdb01", {"role": "여객정보 DB", "os": "RHEL 9.4", "model": "Dell PowerEdge R660"}),
    "OCCSQL01": ("HQ", "P", "physical", "occsql01", {"role": "MSSQL AG primary", "os": "Windows Server 2022",
                                                     "model": "HPE DL380 Gen11"}),
    "OCCSQL02": ("HQ", "P", "physical", "occsql02", {"role": "MSSQL AG secondary", "os": "Windows Server 2022",
                                                     "model": "HPE DL380 Gen11"}),
    "VMSREC01": ("HQ", "P", "physical", "vmsrec01", {"role": "XProtect recording server #1",
                                                     "os": "Windows Server 2022", "model": "Dell PowerEdge R760xd2"}),
    "VMSREC02": ("HQ", "P", "physical", "vmsrec02", {"role": "XProtect recording server #2",
                                                     "os": "Windows Server 2022", "model": "Dell PowerEdge R760xd2"}),
    "DEPOTAPP01": ("HQ", "P", "physical", "depotapp01", {"role": "Maximo AP #1 (WebSphere)", "os": "RHEL 8.10",
                                                         "model": "Lenovo SR650 V3"}),
    "DEPOTAPP02": ("HQ", "P", "physical", "depotapp02", {"role": "Maximo AP #2, 작업지시 앱", "os": "RHEL 8.10",
                                                         "model": "Lenovo SR650 V3"}),
    "DEPOTDB01": ("HQ", "P", "physical", "depotdb01", {"role": "Maximo DB2", "os": "AIX 7.3", "model": "IBM Power S1022"}),
    "VEGACH01": ("HQ", "P", "physical", "vegach01", {"role": "ClickHouse", "os": "Rocky Linux 9.4",
                                                     "model": "Dell PowerEdge R760"}),
    "PISAPP00": ("HQ", "P", "physical", "pisapp00", {"role": "구 행선안내 서버 (2025년 교체)", "os": "Windows Server 2012 R2",
                                                     "model": "HPE DL380 Gen8"}),
    # station computers (역 서버): line, station code
    "L2-S214-SC01": ("HQ", "P", "station", "l2s214sc01", {"station": "삼성", "line": "2호선"}),
    "L2-S239-SC01": ("HQ", "P", "station", "l2s239sc01", {"station": "홍대입구", "line": "2호선"}),
    "L5-S531-SC01": ("HQ", "P", "station", "l5s531sc01", {"station": "광화문", "line": "5호선"}),
    "L7-S729-SC01": ("HQ", "P", "station", "l7s729sc01", {"station": "가산디지털단지", "line": "7호선"}),
    # network gear
    "OTDMZ-FW01": ("HQ", "P", "network", "otdmz-fw01",
                   {"device": "firewall", "vendor": "AhnLab", "model": "TrusGuard 15000A", "firmware": "3.2.4",
                    "ha": "active-standby", "zone": "IT/OT DMZ", "session_max": 8000000}),
    "EXT-FW01": ("HQ", "P", "network", "ext-fw01",
                 {"device": "firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 4000", "firmware": "4.1.2",
                  "ha": "active-active", "zone": "internet edge"}),
    "OCC-CORE-SW01": ("HQ", "P", "network", "occ-core-sw01",
                      {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9336C-FX2", "firmware": "10.3(5)"}),
    "L2-BB-RT01": ("HQ", "P", "network", "l2-bb-rt01",
                   {"device": "router", "vendor": "Juniper", "model": "MX204", "firmware": "22.4R3",
                    "description": "2호선 역사 백본"}),
    "L57-BB-RT01": ("HQ", "P", "network", "l57-bb-rt01",
                    {"device": "router", "vendor": "Juniper", "model": "MX204", "firmware": "22.4R3",
                     "description": "5, 7호선 역사 백본"}),
    # DR
    "DRAFCDB01": ("DR", "P", "physical", "drafcdb01", {"role": "AFC DB 스탠바이", "os": "Oracle Linux 8.9",
                                                       "model": "Dell PowerEdge R760"}),
    "DRAPP01": ("DR", "P", "vm", "drapp01", {"role": "DR 정산 AP"}),
    "DR-CORE-SW01": ("DR", "P", "network", "dr-core-sw01",
                     {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "10.3(5)"}),
    # NAVER Cloud
    "NKS-APP-W01": ("NC", "P", "cloud", "nks-app-w01", {"server_spec": "s16-g3 (16 vCPU, 64 GB)"}),
    "NKS-APP-W02": ("NC", "P", "cloud", "nks-app-w02", {"server_spec": "s16-g3 (16 vCPU, 64 GB)"}),
    "NKS-APP-W03": ("NC", "P", "cloud", "nks-app-w03", {"server_spec": "s8-g3 (8 vCPU, 32 GB)"}),
    "DEVAPP01": ("NC", "D", "cloud", "devapp01", {"server_spec": "s4-g3 (4 vCPU, 16 GB)"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("OTDMZ-FW01", "OCC-CORE-SW01"),
    ("EXT-FW01", "OCC-CORE-SW01"),
    ("L2-BB-RT01", "OCC-CORE-SW01"),
    ("L57-BB-RT01", "OCC-CORE-SW01"),
    ("DR-CORE-SW01", "OCC-CORE-SW01"),
    ("L2-S214-SC01", "L2-BB-RT01"),
    ("L2-S239-SC01", "L2-BB-RT01"),
    ("L5-S531-SC01", "L57-BB-RT01"),
    ("L7-S729-SC01", "L57-BB-RT01"),
    ("SIGGW01", "OTDMZ-FW01"),  # the OT gateways sit in the IT/OT DMZ
    ("SCADAGW01", "OTDMZ-FW01"),
    ("Oracle-AFC", "Oracle-AFC-DR"),  # Data Guard redo shipping
]
# fmt: on
STATUS = {"PISAPP00": "retired", "L7-S729-SC01": "maintenance", "Maximo-TEST": "maintenance"}
NET_PREFIX = {"HQ": "10.70", "DR": "10.78", "NC": "172.16"}
MEASURED_HOSTS = {
    "OCCK8SW01",
    "OCCK8SW02",
    "OCCK8SW03",
    "AFCKFK01",
    "AFCKFK02",
    "AFCKFK03",
    "AFCDB01",
    "AFCDB02",
    "AFCBAT01",
    "SIGGW01",
    "SCADAGW01",
    "PISDB01",
    "PISAPP01",
    "OCCSQL01",
    "VMSREC01",
    "VMSREC02",
    "DEPOTAPP01",
    "OCCREDIS01",
    "VEGACH01",
    "NKS-APP-W01",
    "NKS-APP-W02",
    "L2-S214-SC01",
    "L5-S531-SC01",
    "OTDMZ-FW01",
    "EXT-FW01",
    "OCC-CORE-SW01",
}
DISK_WATCHED = {
    "AFCKFK01",
    "AFCKFK02",
    "AFCKFK03",
    "AFCDB01",
    "AFCDB02",
    "AFCBAT01",
    "PISDB01",
    "OCCSQL01",
    "VMSREC01",
    "VMSREC02",
    "VEGACH01",
    "L2-S214-SC01",
    "L5-S531-SC01",
}
NOT_MEASURED = {"Oracle-AFC-DR", "afc-clearing-dr", "DR-L4-01", "NCP-OBJ-VEGA", "NCP-OBJ-LOST", "OCC-SAN01"}
REQUEST_RATE = {
    "afc-gate-ingest": 2400.0,
    "afc-clearing-api": 620.0,
    "afc-topup-api": 85.0,
    "afc-txn-bus": 2600.0,
    "pis.arrival-api": 1800.0,
    "app.mobile-bff": 950.0,
    "web.metro-portal": 320.0,
    "Keycloak": 140.0,
    "PG-PIS": 2200.0,
    "Redis-ARRIVAL": 9000.0,
    "Sirius": 400.0,
    "Deneb": 12.0,
    "OCC-L4-INT": 1500.0,
    "NCP-LB-APP": 3100.0,
}
CACHE_MEMORY = {"Redis-ARRIVAL": (58.0, 12.0), "Redis-FARE": (41.0, 1.0), "Redis-SSO": (33.0, 9.0)}
PAAS_CPU = {"PG-SSO", "Mongo-LOST"}


def measured(ci: dict) -> bool:
    if ci["status"] == "retired" or ci["environment"] != "prod" or ci["name"] in NOT_MEASURED:
        return False
    return ci["type"] != "host" or ci["name"] in MEASURED_HOSTS


INCIDENTS = [
    {
        "id": "M1",
        "kind": "queue_under_replicated",
        "root": "afc-txn-bus",
        "description": "a rolling restart of Kafka broker AFCKFK02 leaves 41 partitions under-replicated at the"
        " Thursday morning rush; with acks=all the afc-txn-bus produce requests time out: afc-gate-ingest"
        " buffers and retries, afc-clearing-api lags, the data hub Vega falls behind and the staff app's card"
        " lookups error until a preferred leader election and a replica fetch tuning",
        "start": kst(2, 8, 5),
        "end": kst(2, 9, 15),
        "affected": ["afc-txn-bus", "afc-gate-ingest", "afc-clearing-api", "Vega", "ops.staff-app"],
    },
    {
        "id": "M2",
        "kind": "firewall_session_overflow",
        "root": "OTDMZ-FW01",
        "description": "the IT/OT DMZ firewall OTDMZ-FW01 (TrusGuard HA pair) overflows its session table on an"
        " OPC UA reconnect loop and flaps between units: Sirius and Antares lose the signalling and SCADA side,"
        " the arrival feed, the OCC dashboards and crew rostering follow until the loop source is blocked",
        "start": kst(3, 14, 20),
        "end": kst(3, 15, 10),
        "affected": ["OTDMZ-FW01", "Sirius", "Antares", "pis.arrival-feed", "Polaris", "Altair"],
    },
    {
        "id": "M3",
        "kind": "storage_full",
        "root": "VMS-NVR-ST01",
        "description": "the CCTV recording store VMS-NVR-ST01 fills: Friday evening's 30-day retention purge"
        " failed (share permission after a password rotation), by 02:40 on Saturday the volume is full and"
        " XProtect's recording servers stop archiving; the OCC video wall shows gaps until the purge reruns",
        "start": kst(4, 2, 40),
        "end": kst(4, 4, 35),
        "affected": ["VMS-NVR-ST01", "XProtect", "occ.video-wall"],
    },
    {
        "id": "M4",
        "kind": "batch_overrun",
        "root": "afc-settle-batch",
        "description": "the nightly settlement batch afc-settle-batch (01:00, normally done by 04:30) runs on the"
        " weekend's volume with a stale optimizer plan and overruns into the Monday rush: Oracle-AFC saturates"
        " and clearing, top-up, the fare engine, gate intake and the app's top-up slow until it is held at 09:25",
        "start": kst(6, 6, 30),
        "end": kst(6, 9, 40),
        "affected": ["afc-settle-batch"],
    },
    {
        "id": "M5",
        "kind": "certificate_chain",
        "root": "Keycloak",
        "description": "Keycloak's TLS certificate (sso.metro.example.kr) was renewed at 19:35 without the"
        " intermediate CA: the app, the website, the staff app, depot work orders and the crew app cannot verify"
        " it and logins fail until the full chain is deployed",
        "start": kst(6, 19, 40),
        "end": kst(6, 20, 30),
        "affected": [
            "Keycloak",
            "app.mobile-bff",
            "web.metro-portal",
            "ops.staff-app",
            "depot.wo-mobile",
            "crew.duty-app",
        ],
    },
    {
        "id": "M6",
        "kind": "cache_eviction_storm",
        "root": "Redis-ARRIVAL",
        "description": "a TTL change on the arrival keys (60 s -> 1 h) fills Redis-ARRIVAL to maxmemory; with"
        " allkeys-lru it evicts hot keys by the thousands a second: the arrival API and feed slow and error and"
        " the app and website follow until the TTL is reverted and the cache flushed",
        "start": kst(7, 21, 35),
        "end": kst(7, 22, 40),
        "affected": [
            "Redis-ARRIVAL",
            "pis.arrival-feed",
            "pis.arrival-api",
            "app.mobile-bff",
            "web.metro-portal",
        ],
    },
    {
        "id": "M7",
        "kind": "db_lock_pileup",
        "root": "PG-PIS",
        "description": "the summer timetable import on PG-PIS left a long transaction holding locks on the"
        " arrival prediction table; sessions pile up towards max_connections and the CPU of PISDB01 saturates:"
        " display control and the arrival API are slow and failing, the app and website slow (ongoing)",
        "start": kst(8, 14, 25),
        "end": None,
        "affected": ["PG-PIS", "pis.display-ctl", "pis.arrival-api", "app.mobile-bff", "web.metro-portal"],
    },
]
M1, M2, M3, M4, M5, M6, M7 = INCIDENTS
STEP_5 = timedelta(minutes=5)
NVR_FILL_FROM = kst(3, 21, 0)  # the failed retention purge


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
    """Each incident's hops: the DEPENDS_ON distance of each affected CI from the root (walking to dependants)."""
    into: dict[str, set[str]] = {}
    for s, t, k in RELATIONS:
        if k == "DEPENDS_ON":
            into.setdefault(t, set()).add(s)
    for inc in INCIDENTS:
        dist, todo = {inc["root"]: 0}, deque([inc["root"]])
        while todo:
            n = todo.popleft()
            for m in sorted(into.get(n, ())):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    todo.append(m)
        assert all(a in dist for a in inc["affected"]), inc["id"]
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


_hops()
# the batch overrun reaches its victims through the database it saturates
M4["hops"] |= {
    "Oracle-AFC": 1,
    "afc-clearing-api": 2,
    "afc-topup-api": 2,
    "afc-fare-engine": 2,
    "afc-gate-ingest": 3,
    "app.mobile-bff": 3,
}


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        attrs: dict = {}
        if kind == "service" and "version" not in extra:
            attrs["version"] = f"{rng.randint(1, 6)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, hostname, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {
            "hostname": hostname,
            "ip": f"{NET_PREFIX[site]}.{env_net + 10 + i // 8}.{21 + (i * 17) % 200}",
        }
        owner = INFRA
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.4"]),
                "vcpu": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 8.0U2" if site == "HQ" else "VMware vSphere 7.0U3",
            }
        elif kind == "physical":
            db = "DB" in h or "SQL" in h or h == "VEGACH01"
            attrs |= {
                "form": "physical",
                "cores": rng.choice([48, 64]) if db else rng.choice([16, 24, 32]),
                "memory_gb": rng.choice([512, 768]) if db else rng.choice([64, 128, 256]),
                "serial": f"{rng.choice(['CZ', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}",
            }
        elif kind == "station":
            owner = AFC
            attrs |= {
                "form": "station-server",
                "os": "Windows 10 IoT Enterprise LTSC 2021",
                "gates": rng.choice([18, 24, 32, 40]),
                "model": "Samsung SDS AFC-SC 7",
            }
        elif kind == "cloud":
            owner = CLOUD
            attrs |= {"form": "cloud-vm", "os": "Ubuntu 22.04", "platform": "NAVER Cloud NKS 1.29"}
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("core ", "")}
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _weekend(ts: datetime) -> bool:
    return (ts + timedelta(hours=9)).weekday() >= 5


def _ridership(ts: datetime) -> float:
    """Passengers: the weekday morning rush around 08:10 and the evening rush around 18:40; no service
    between 01:00 and 05:30; a broad afternoon hump at weekends."""
    h = seoul_hour(ts)
    if 1.0 <= h < 5.5:
        return 0.03
    if _weekend(ts):
        return 0.22 + 0.3 * math.exp(-((h - 14.5) ** 2) / (2 * 3.0**2))
    morning = 0.68 * math.exp(-((h - 8.15) ** 2) / (2 * 0.7**2))
    evening = 0.55 * math.exp(-((h - 18.6) ** 2) / (2 * 0.95**2))
    return min(1.0, 0.25 + morning + evening)


def _trains(ts: datetime) -> float:
    """OT side: trains run 05:30–01:00 (more of them at the rushes); little at night."""
    h = seoul_hour(ts)
    return 0.12 if 1.0 <= h < 5.5 else 0.55 + 0.35 * _ridership(ts)


def _office(ts: datetime) -> float:
    h = seoul_hour(ts)
    if _weekend(ts):
        return 0.12
    return 0.08 if h < 7.5 or h >= 20 else 0.2 + 0.7 * math.exp(-((h - 13.5) ** 2) / (2 * 3.0**2))


def _steady(ts: datetime) -> float:
    return 0.6


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.85 if 1.0 <= h < 4.3 else 0.05


TRAINS = {"Sirius", "Antares", "EMQX-SCADA", "SIGGW01", "SCADAGW01", "OTDMZ-FW01", "Polaris", "MQTTSV01"}
OFFICE = {
    "Maximo",
    "depot.wo-mobile",
    "DB2-EAM",
    "DEPOTAPP01",
    "Altair",
    "crew.duty-app",
    "MariaDB-CREW",
    "vega.ridership-dash",
    "Mongo-LOST",
    "Deneb",
}
STEADY = {
    "XProtect",
    "occ.video-wall",
    "VMSREC01",
    "VMSREC02",
    "MSSQL-OCC",
    "OCCSQL01",
    "Vega",
    "ClickHouse-VEGA",
}
BATCH = {"afc-settle-batch", "AFCBAT01", "Mirfak"}


def _load(name: str):
    if name in TRAINS:
        return _trains
    if name in OFFICE:
        return _office
    if name in STEADY:
        return _steady
    if name in BATCH:
        return _batch
    return _ridership


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "M1": {0: (10.0, 14.0), 1: (3.5, 9.0), 2: (1.2, 3.0)},
    "M2": {0: (15.0, 9.0), 1: (2.0, 38.0), 2: (1.5, 12.0), 3: (0.8, 4.0)},
    "M3": {1: (2.5, 22.0), 2: (1.0, 15.0)},
    "M4": {0: (3.0, 0.5), 1: (7.0, 0.8), 2: (3.0, 2.5), 3: (1.4, 1.2)},
    "M5": {0: (0.6, 48.0), 1: (0.5, 31.0), 2: (0.2, 5.0)},
    "M6": {0: (9.0, 5.0), 1: (5.0, 7.0), 2: (1.8, 2.5)},
    "M7": {0: (14.0, 3.5), 1: (6.0, 9.0), 2: (2.5, 4.0)},
}

HOST = HostBaseline(cpu=(0.5, 0.7, 1.0), memory=(4, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.85, 0.3, 0.05), requests=(0.15, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if HOSTS[name][2] == "network":
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 34), rng.uniform(35, 62), rng.uniform(24, 60)
    growth = rng.uniform(0, 0.3)
    if name in {"AFCDB01", "AFCDB02"}:
        cpu0, mem0 = rng.uniform(30, 40), rng.uniform(70, 76)
    if name in {"VMSREC01", "VMSREC02"}:
        disk0, growth = rng.uniform(41, 44), 0.02
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in {"AFCDB01", "AFCDB02"}:  # the settlement batch's scans over the Monday rush
            cpu += (50 if name == "AFCDB01" else 41) * ramp(
                ts, M4["start"] + STEP_5, M4["end"], rise=20, fall=15
            )
        if name == "AFCBAT01":
            cpu += (86.0 + rng.gauss(0, 1.2) - cpu) * ramp(ts, kst(6, 1, 0), M4["end"], rise=10, fall=10)
        if name == "AFCKFK02":  # the restarted broker catching up
            cpu += 48 * ramp(ts, M1["start"], M1["end"], rise=10, fall=10)
        if name == "OCCK8SW03":  # noisy neighbour: the monthly ridership report, just before M2
            cpu += 52 * ramp(ts, kst(3, 13, 55), kst(3, 14, 40), rise=10, fall=10)
        if name == "PISDB01":
            cpu += (96.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, M7["start"], None, rise=20)
            cpu += 18 * ramp(ts, M6["start"] + 2 * STEP_5, M6["end"], rise=10, fall=10)
        if name == "OCCREDIS01":
            mem += 30 * ramp(ts, kst(7, 21, 20), M6["end"], rise=20, fall=10)
        if name in {"VMSREC01", "VMSREC02"}:
            cpu += 25 * ramp(ts, M3["start"] + STEP_5, M3["end"], rise=10, fall=10)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.4), 1)))
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, latency (response_time_ms) and packet loss (error_rate)."""
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = rng.uniform(0.4, 1.8)
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.06))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "OTDMZ-FW01":
            r = ramp(ts, M2["start"], M2["end"], rise=5, fall=10)
            cpu += (97.0 + rng.gauss(0, 0.8) - cpu) * r
            rtt *= 1 + 15 * r
            loss += 9.0 * r
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2),
            error_rate=round(loss, 2),
        )
    return rows


def _nvr(rng: random.Random, ts: datetime) -> float:
    """VMS-NVR-ST01: held at ~88 % by the nightly 30-day purge; the purge fails on Friday evening, the store
    fills by 02:40 on Saturday and the rerun (04:10) brings it back."""
    base = 87.6 + 0.4 * math.sin(seoul_hour(ts) / 24 * 2 * math.pi) + rng.gauss(0, 0.05)
    if NVR_FILL_FROM <= ts < M3["start"]:
        return round(base + (99.6 - base) * progress(ts, NVR_FILL_FROM, M3["start"]), 1)
    if M3["start"] <= ts < M3["end"]:
        return round(99.6 + rng.gauss(0, 0.05), 1)
    if M3["end"] <= ts < M3["end"] + timedelta(minutes=60):
        return round(99.6 - (99.6 - base) * progress(ts, M3["end"], M3["end"] + timedelta(minutes=60)), 1)
    return round(base, 1)


def _dr_backup(rng: random.Random, ts: datetime) -> float:
    """DR-BACKUP01: retention locked after an audit; it fills a point every ~1.6 days."""
    return round(84.2 + 5.1 * progress(ts, START, NOW) + rng.gauss(0, 0.05), 1)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = {"VMS-NVR-ST01": _nvr, "DR-BACKUP01": _dr_backup}.get(ci["name"])
    rows = storage_fill(rng, ci["name"], times, START, (35, 68), 0.15, filling)
    return [(t, c, m, round(v, 1)) for t, c, m, v in rows]


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 15),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(3, 12),
        "load_balancer": rng.uniform(2, 10),
    }.get(kind, rng.uniform(40, 260))
    rt0 = {"pis.arrival-api": 85.0, "app.mobile-bff": 210.0, "PG-PIS": 6.0, "afc-settle-batch": 900.0}.get(
        name, rt0
    )
    levels = rt0, rng.uniform(0.02, 0.4), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(20, 38)
    mem0, mem_swing = CACHE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            if inc["id"] == "M3" and hop == 0:
                continue
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        if name == "PG-PIS":  # cache misses falling through during M6 (load, not a fault of its own)
            rt *= 1 + 0.8 * ramp(ts, M6["start"] + 2 * STEP_5, M6["end"], rise=10, fall=10)
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "Redis-ARRIVAL":
                mem += (99.6 + rng.gauss(0, 0.1) - mem) * ramp(
                    ts, kst(7, 21, 20), M6["end"], rise=15, fall=10
                )
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _settle_batch_days() -> list[tuple]:
    """The nightly settlement batch's start and end events (Monday's overrun is in the incident rows)."""
    rows = []
    for day, done, accounts in [
        (1, (4, 12), "8.41 M"),
        (2, (4, 18), "8.52 M"),
        (3, (4, 9), "8.47 M"),
        (4, (4, 22), "8.63 M"),
        (5, (3, 41), "6.12 M"),
        (7, (4, 15), "8.38 M"),
        (8, (4, 20), "8.55 M"),
    ]:
        rows.append((day, 1, 0, "afc-settle-batch", "info", "batch_job", "Daily settlement batch started"))
        rows.append(
            (
                day,
                *done,
                "afc-settle-batch",
                "info",
                "batch_job",
                f"Daily settlement batch done ({accounts} txns)",
            )
        )
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (1, 2, 30, "Oracle-AFC", "info", "backup", "RMAN level 1 backup of Oracle-AFC to DR-BACKUP01 done"),
    (1, 10, 30, "web.metro-portal", "info", "deployment", "Deployed web.metro-portal 4.8.2 (분실물 조회 개편)"),
    (1, 15, 0, "DR-BACKUP01", "warning", "threshold_breach", "disk_usage above 85% (retention lock after audit)"),
    (2, 7, 55, "Altair", "info", "deployment", "Deployed Altair 2.14.0 (하계 교번표 반영)"),
    (3, 11, 0, "MSSQL-OCC", "info", "backup", "Full backup of MSSQL-OCC done"),
    (3, 21, 0, "VMS-NVR-ST01", "warning", "batch_job", "Retention purge (30 days) failed: access denied on \\\\nvr01\\rec$"),
    (4, 2, 0, "Oracle-AFC", "info", "backup", "RMAN level 0 backup of Oracle-AFC to DR-BACKUP01 done (36 TB)"),
    (5, 10, 0, "Maximo", "info", "config_change", "Work order escalation rule WO-ESC-07 changed (48 h -> 24 h)"),
    (5, 14, 0, "Maximo-TEST", "info", "maintenance", "Maximo 9 upgrade rehearsal started"),
    (6, 6, 20, "Deneb", "info", "deployment", "Deployed Deneb 1.9.0 (유실물 사진 자동 분류)"),
    (7, 11, 0, "pis.display-ctl", "info", "config_change", "Display template for 폭염 안내 added"),
    (7, 15, 30, "EXT-FW01", "info", "config_change", "Firmware 4.1.2 applied to the standby unit"),
    (8, 9, 0, "DR-BACKUP01", "warning", "threshold_breach", "disk_usage above 88%"),
    # M1
    (2, 7, 50, "AFCKFK02", "info", "restart", "Kafka broker 2 restarted (kernel patch, rolling)"),
    (2, 8, 6, "afc-txn-bus", "critical", "error", "41 under-replicated partitions, ISR shrink on afc.tap.v2; produce requests expiring (acks=all)"),
    (2, 8, 11, "afc-gate-ingest", "major", "timeout", "timeouts calling afc-txn-bus (produce 30 s), 12 station batches buffered"),
    (2, 8, 13, "afc-clearing-api", "major", "timeout", "timeouts calling afc-txn-bus, consumer lag 1.2 M"),
    (2, 8, 18, "Vega", "warning", "timeout", "ingest job tap_stream lagging: timeouts calling afc-txn-bus"),
    (2, 8, 26, "ops.staff-app", "warning", "error", "card history lookup failing (afc-clearing-api 504)"),
    (2, 8, 52, "afc-txn-bus", "info", "config_change", "Preferred leader election run; replica.fetch.max.bytes 1 MB -> 8 MB"),
    (2, 9, 17, "afc-txn-bus", "info", "recovery", "All partitions in sync, lag drained"),
    # M2
    (3, 14, 21, "OTDMZ-FW01", "critical", "session_overflow", "session table full (8000000), new sessions dropped"),
    (3, 14, 23, "OTDMZ-FW01", "major", "failover", "HA failover to standby unit (heartbeat lost)"),
    (3, 14, 26, "Sirius", "critical", "link_down", "OPC UA session to ATS server lost: timeouts calling OTDMZ-FW01 path"),
    (3, 14, 27, "Antares", "major", "link_down", "IEC 104 link to SCADA front-end down"),
    (3, 14, 36, "pis.arrival-feed", "major", "timeout", "train positions stale: timeouts calling Sirius"),
    (3, 14, 38, "Polaris", "warning", "error", "line status panels stale (Sirius, Antares)"),
    (3, 14, 50, "OTDMZ-FW01", "info", "config_change", "policy 318 added: block OPC UA reconnect loop from 10.71.4.0/24"),
    (3, 15, 12, "Sirius", "info", "recovery", "OPC UA session restored, positions flowing"),
    # M3
    (4, 1, 10, "VMS-NVR-ST01", "major", "threshold_breach", "disk_usage above 95% on /ifs/vms"),
    (4, 2, 41, "VMS-NVR-ST01", "critical", "storage_full", "/ifs/vms full (99.6%), writes rejected"),
    (4, 2, 47, "XProtect", "critical", "error", "recording server VMSREC01: archiving failed, disk full on storage VMS-NVR-ST01"),
    (4, 2, 58, "occ.video-wall", "warning", "error", "playback gaps on 214 cameras"),
    (4, 4, 32, "VMS-NVR-ST01", "info", "batch_job", "Retention purge rerun with the rotated service account: 41 TB freed"),
    (4, 4, 38, "XProtect", "info", "recovery", "archiving resumed on all recording servers"),
    # M4
    (6, 1, 0, "afc-settle-batch", "info", "batch_job", "Daily settlement batch started (weekend volume 14.9 M txns)"),
    (6, 4, 40, "afc-settle-batch", "warning", "batch_job", "Daily settlement batch past expected end 04:30 (step 5/8)"),
    (6, 6, 45, "Oracle-AFC", "major", "slow_query", "full scan on TAP_TXN by afc-settle-batch (elapsed 41 s), gc buffer busy waits"),
    (6, 7, 5, "afc-clearing-api", "major", "timeout", "timeouts calling Oracle-AFC (pool exhausted)"),
    (6, 7, 20, "afc-topup-api", "major", "threshold_breach", "response_time_ms above 2000 ms for 5 min"),
    (6, 7, 40, "app.mobile-bff", "warning", "timeout", "교통카드 충전 timeouts calling afc-topup-api"),
    (6, 9, 25, "afc-settle-batch", "info", "batch_job", "Daily settlement batch held by operator at step 6/8"),
    (6, 9, 45, "Oracle-AFC", "info", "recovery", "load back to normal"),
    (6, 21, 30, "afc-settle-batch", "info", "batch_job", "Daily settlement batch resumed and done (14.9 M txns)"),
    # M5
    (6, 19, 35, "Keycloak", "info", "cert_change", "TLS certificate sso.metro.example.kr renewed (Sectigo)"),
    (6, 19, 41, "Keycloak", "critical", "error", "TLS handshake failures from clients: unable to get local issuer certificate"),
    (6, 19, 46, "app.mobile-bff", "major", "error", "login failing: SSL errors calling Keycloak"),
    (6, 19, 47, "web.metro-portal", "major", "error", "login failing: SSL errors calling Keycloak"),
    (6, 19, 50, "depot.wo-mobile", "warning", "error", "tablet login failing (Keycloak)"),
    (6, 20, 22, "Keycloak", "info", "config_change", "certificate redeployed with the intermediate chain"),
    (6, 20, 33, "Keycloak", "info", "recovery", "login success rate back to 99.8%"),
    # M6
    (7, 21, 10, "Redis-ARRIVAL", "info", "config_change", "arrival:* key TTL changed 60 s -> 3600 s"),
    (7, 21, 30, "Redis-ARRIVAL", "warning", "threshold_breach", "memory_usage above 95% (maxmemory 8 GB)"),
    (7, 21, 37, "Redis-ARRIVAL", "critical", "eviction", "evicted_keys 48,000/s, hit ratio 31%"),
    (7, 21, 42, "pis.arrival-api", "major", "timeout", "timeouts calling Redis-ARRIVAL, fallback to PG-PIS"),
    (7, 21, 43, "pis.arrival-feed", "major", "error", "SET arrival:* failing (OOM command not allowed)"),
    (7, 21, 55, "app.mobile-bff", "warning", "timeout", "도착정보 timeouts calling pis.arrival-api"),
    (7, 22, 30, "Redis-ARRIVAL", "info", "config_change", "TTL reverted to 60 s, FLUSHDB on db 2"),
    (7, 22, 44, "Redis-ARRIVAL", "info", "recovery", "hit ratio back to 97%"),
    # M7
    (8, 13, 40, "PG-PIS", "info", "batch_job", "Summer timetable import (하계 임시 시간표) started"),
    (8, 14, 15, "app.mobile-bff", "info", "deployment", "Deployed app.mobile-bff 6.3.0 (폭염 쉼터 안내)"),
    (8, 14, 27, "PG-PIS", "critical", "lock_wait", "412 sessions waiting on lock (arrival_prediction), idle in transaction 47 min"),
    (8, 14, 33, "pis.display-ctl", "major", "timeout", "timeouts calling PG-PIS, displays showing fallback timetable"),
    (8, 14, 34, "pis.arrival-api", "major", "timeout", "timeouts calling PG-PIS (statement timeout 5 s)"),
    (8, 14, 40, "PISDB01", "major", "threshold_breach", "cpu_usage above 90% for 10 min"),
    (8, 14, 48, "app.mobile-bff", "warning", "timeout", "도착정보 timeouts calling pis.arrival-api"),
    (8, 14, 55, "PG-PIS", "major", "threshold_breach", "connections 760/800"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND + _settle_batch_days())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "metro-operator", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
