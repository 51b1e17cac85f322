"""Generate the elevator remote-monitoring estate (tests/fixtures/elevator-iot/, interchange format) and its faults.

A Korean elevator and escalator maker's remote monitoring and maintenance operation (한울엘리베이터 승강기
원격감시, about 52 600 units under maintenance contract): the controller gateways and LTE/LoRa modems in each
building reach the EMQX cluster `emqx-main` behind the MQTT/TLS VIP `lb-mqtt-tls` (LTE over the private APN
`apn-lgu-m2m`, LoRa through the network server `lora-ns`); `lift-ingest` moves telemetry to Kafka `kafka-tele`
(and the cloud through Event Hubs `evh-liftdata-krc`), `lift-state` keeps each car's live state (floor, door,
run status) in `redis-state`, `alarm-engine` judges faults and entrapments (갇힘) and feeds `rmq-alarm`,
`hist-writer` keeps the historians (TimescaleDB `tsdb-rms`, InfluxDB `influx-raw`); the core RMS database is the
Patroni PostgreSQL `pg-rms` with a standby `pg-rms-dr` in 대전. Emergency calls (비상통화) from the car intercoms
come in through the SBC `sbc-ca-01` to `emcall-sip`, are routed by `emcall-router` to the 24 h call centre's CTI
`callctr-cti` and recorded by `emcall-rec` (call log DB `pg-emcall`, recordings on `nas-rec`). Fault prediction
runs in Azure: the online feature store `fs-online` on Azure Cache `redis-pdm-krc`, the door, rope and motor-
vibration models `pdm-door`, `pdm-rope`, `pdm-vibe` behind `pdm-gateway`, the nightly `pdm_batch_score`.
Technician dispatch `dispatch-core` with route optimisation `route-opt` (technician positions in `redis-geo`),
the field app `tech-app-bff`, pushes `tech-push`, the inspection planner `maint-planner` on `pg-fieldsvc`;
parts `parts-api` on Oracle `ora-scm` with the nightly `parts_replenish`, the 아산 parts-centre WMS `wms-parts`
and the branch depot agents `depotsync-bs/-dg/-gj`; the national safety authority link `koelsa-report`
(승강기안전종합정보망) and the nightly `selfcheck_upload` (자체점검 결과); the building-manager portal `bm-portal`,
the LiftCare app `cust-app-bff` (Azure PostgreSQL `psql-liftcare-krc`), monthly reports `report-gen`,
notifications `notify-hub`; SAP S/4HANA `erp-s4` on `hana-erp` and `contract-svc`; firmware OTA `ota-server`,
`ota-campaign` and `fw-sign` (HSM `hsm-ca-01`, images on `minio-fw`). Sites 천안 통합관제센터 (control centre and
primary IDC), 대전 DR센터, 아산 부품물류센터, the 부산/대구/광주 service branches and Azure Korea Central;
environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): function-first kebab names for the platform (`lift-ingest`, `alarm-engine`,
`emcall-router`), product-role names for middleware (`emqx-main`, `kafka-tele`, `rmq-alarm`, `pg-rms`,
`ora-scm`, `hana-erp`), legacy snake_case batches (`pdm_batch_score`, `parts_replenish`, `selfcheck_upload`,
`emcall_pstn_legacy`), Unix hostnames `<os><site><env>-<role><nn>` (`lcap-kfk02` = Linux 천안 prod Kafka #2,
`wcap-cti01` Windows, `ldjp-pgdb01` 대전, `lbsp-depot01` 부산, `wasp-wms01` 아산), Azure resource names
(`aks-npml-38512046-vmss000001` AKS nodes, `redis-pdm-krc`, `psql-liftcare-krc`, `evh-liftdata-krc`,
`agw-liftcare-krc`, the storage account `stliftlake01`) and network gear by role and site (`fw-ca-edge`,
`apn-lgu-m2m`, `sbc-ca-01`, `er-ca-krc`, `wan-ca-dj`, `mpls-branch`).

Seven injected incidents (times KST; now = Tuesday 2028-11-14 08:50, in the morning commute peak; the window is
the 10 days before; elevator use peaks in the weekday commute 08–09 and 18–19 with a lunch bump and residential
evenings, weekends have a mall/escalator midday; the dispatch desk works 08–18 on weekdays and Saturday
mornings; nightly batches run 22:00–04:00):
  E1 Mon 06 08:05–09:00  (morning commute) Kafka broker host lcap-kfk02's log disk fills (retention of the raw
                         telemetry topic raised to 72 h on Saturday): kafka-tele (under-replicated, producers
                         fail), lift-ingest (loudest, 4.8.0 deployed at 07:40), alarm-engine (consumer lag)
  E2 Wed 08 12:10–13:05  (lunch) emqx-main hits its memory high watermark (durable sessions with a 7-day expiry
                         enabled on Tuesday) and refuses connections: lift-ingest (loudest), lora-ns, ota-server
                         (an OTA campaign wave started at 11:50)
  E3 Thu 09 19:20–20:15  (evening rush) pg-emcall stalls in a checkpoint storm (max_wal_size cut to 2 GB that
                         afternoon) while the call-log archive runs: emcall-router (loudest), callctr-cti,
                         emcall-sip (1.12.0 deployed at 18:55)
  E4 Sat 11 02:40–03:35  (night scoring) Azure planned maintenance fails redis-pdm-krc over to a cold replica:
                         fs-online, pdm-vibe (loudest, model vibe-lgbm-v14 promoted at 02:15), pdm-gateway
  E5 Sun 12 22:30–23:25  ora-scm's archive destination fills (ORA-00257) under the new parts_replenish full
                         recompute and the weekly RMAN backup: parts_replenish (loudest, 3.0.0 deployed at 21:50),
                         parts-api, depotsync-bs (the 부산 branch syncs at 22:30)
  E6 Mon 13 10:25–11:20  (dispatch peak) lcap-redis01 swaps when redis-geo forks for a snapshot (technician
                         position TTL raised to 7 days on Sunday): redis-geo, route-opt (loudest, 3.1.0 deployed
                         at 10:10), dispatch-core
  E7 Tue 14 08:15–now    (morning commute) a DBA REINDEX on pg-rms's unit_status table overran its 06:00–07:30
                         window and holds its lock: alarm-engine (loudest), lift-state, cust-app-bff (6.4.0
                         deployed at 08:00) (ongoing)
Confounders: commute peaks, the lunch bump and residential evenings, weekend mall escalators, the nightly batches
(parts_replenish 22:00, selfcheck_upload 23:00, pdm_batch_score 02:00, report-gen 03:00), deploys on victims
before most incidents, the shared Redis/RabbitMQ/PostgreSQL hosts (noisy neighbours), `emqx-stg` and
`ldgp-depot01` in maintenance, the DR standbys, the retired `emcall_pstn_legacy`, the InfluxDB host
`lcap-tsdb02`'s disk creeping up, and the gateway client CA `HW-GW-ICA-2` expiring on 2028-11-30 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/elv_golden.py) are computed from the files.

    .venv/bin/python bench/elv_estate.py   # rewrites tests/fixtures/elevator-iot*
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

NAME = "elevator-iot"
NOW = datetime(2028, 11, 13, 23, 50, tzinfo=UTC)  # Tuesday 2028-11-14 08:50 KST
START = NOW - timedelta(days=10)  # Saturday 2028-11-04 08:50 KST
SEED = 20281114
SITES = {
    "CA": "천안 통합관제센터",
    "DJ": "대전 DR센터",
    "AS": "아산 부품물류센터",
    "BS": "부산지사",
    "DG": "대구지사",
    "GJ": "광주지사",
    "AZ": "Azure Korea Central",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-11")

RMS, IOT, EMC, AI = "원격감시개발팀", "iot-platform", "비상통화운영팀", "predictive-maint"
FIELD, SCM, SAFE, CX = "현장서비스IT팀", "부품SCM팀", "안전인증파트", "customer-digital"
ERP, FW, INFRA, DBA = "경영정보팀", "firmware-eng", "인프라운영팀", "DBA그룹"
NET, CLOUD = "network-sec", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- telemetry path
    "lift-ingest": ("service", IOT, "CA", "P", ["lcap-ing01"],
                    ["emqx-main", "kafka-tele", "dev-registry", "evh-liftdata-krc"],
                    {"desc": "텔레메트리 수집 (MQTT → Kafka, Event Hubs 미러)", "product": "자체개발 (Go 1.22)",
                     "version": "4.8.0", "instances": 8, "topics": "lift/+/tlm, lift/+/evt", "msgs_per_sec": 21000}),
    "dev-registry": ("service", IOT, "CA", "P", ["lcap-reg01"], ["pg-devreg"],
                     {"desc": "게이트웨이 디바이스 등록/인증서 발급 (프로비저닝)", "product": "자체개발 (Java 21, Spring Boot 3.3)",
                      "version": "2.11.3", "gateways": 48300, "client_ca": "HW-GW-ICA-2", "ca_expiry": "2028-11-30"}),
    "modem-mgr": ("service", IOT, "CA", "P", ["lcap-reg01"], ["pg-devreg"],
                  {"desc": "LTE 모뎀 관리 (개통/SMS 웨이크업/APN)", "product": "자체개발 (Java 21)", "version": "1.6.2",
                   "lte_modems": 36900, "carrier": "LG U+", "apn": "hwlift.m2m"}),
    "lora-ns": ("service", IOT, "CA", "P", ["lcap-reg01"], ["emqx-main", "pg-devreg"],
                {"desc": "LoRaWAN 네트워크 서버 (에스컬레이터/기계실 센서)", "product": "ChirpStack v4",
                 "version": "4.7.1", "lora_gateways": 1240, "end_devices": 11400, "band": "KR920"}),
    "lift-state": ("service", RMS, "CA", "P", ["lcap-ing01"], ["kafka-tele", "redis-state", "pg-rms"],
                   {"desc": "승강기 실시간 상태 (층, 도어, 운행/정지, 점검모드)", "product": "자체개발 (Kotlin, Ktor)",
                    "version": "3.14.0", "units": 52600, "elevators": 47900, "escalators": 4700}),
    "alarm-engine": ("service", RMS, "CA", "P", ["lcap-alm01"], ["kafka-tele", "lift-state", "pg-rms", "rmq-alarm"],
                     {"desc": "고장 판정/알람 (갇힘 감지, 도어 이상, 운행 정지)", "product": "자체개발 (Java 21, Flink 1.19)",
                      "version": "5.2.1", "rules": 1860, "entrapment_detect_s": 45}),
    "hist-writer": ("service", RMS, "CA", "P", ["lcap-ing01"], ["kafka-tele", "influx-raw", "tsdb-rms"],
                    {"desc": "히스토리안 적재 (고빈도 진동 → InfluxDB, 이벤트 이력 → TimescaleDB)",
                     "product": "자체개발 (Rust)", "version": "1.9.0", "batch_size": 5000}),
    # ---------------------------------------------------------------- emergency call (비상통화)
    "emcall-sip": ("service", EMC, "CA", "P", ["lcap-emc01"], ["emcall-router"],
                   {"desc": "비상통화 SIP 중계 (카 인터폰 → 관제센터)", "product": "Kamailio 5.8 + 자체 모듈",
                    "version": "1.12.0", "channels": 480, "codec": "G.711 a-law", "port": 5061}),
    "emcall-router": ("service", EMC, "CA", "P", ["lcap-emc01"], ["pg-emcall", "lift-state", "redis-state"],
                      {"desc": "비상통화 라우팅 (호기 위치/상태 조회 후 상담원 배분)", "product": "자체개발 (Java 21)",
                       "version": "2.5.4", "answer_target_s": 20}),
    "callctr-cti": ("service", EMC, "CA", "P", ["wcap-cti01"], ["pg-emcall", "emcall-router"],
                    {"desc": "24시간 콜센터 CTI/ACD (상담원 데스크톱)", "product": "Genesys Engage 8.5",
                     "version": "8.5.115", "agents": 96, "shifts": "3교대"}),
    "emcall-rec": ("service", EMC, "CA", "P", ["lcap-emc01"], ["pg-emcall"],
                   {"desc": "비상통화 녹취", "product": "자체개발 (Go)", "version": "1.3.7", "retention_years": 3}),
    # ---------------------------------------------------------------- predictive maintenance (Azure)
    "fs-online": ("service", AI, "AZ", "P", ["aks-npml-38512046-vmss000000", "aks-npml-38512046-vmss000001"],
                  ["redis-pdm-krc", "evh-liftdata-krc"],
                  {"desc": "온라인 피처 스토어 (호기별 진동/도어/로프 피처)", "product": "Feast 0.38 (AKS)",
                   "version": "0.38.2", "feature_views": 42}),
    "pdm-door": ("service", AI, "AZ", "P", ["aks-npml-38512046-vmss000000"], ["fs-online"],
                 {"desc": "도어 고장 예측 모델", "product": "Python 3.11 (XGBoost, KServe)", "model": "door-xgb-v31",
                  "version": "31.0.2", "recall": 0.87}),
    "pdm-rope": ("service", AI, "AZ", "P", ["aks-npml-38512046-vmss000000"], ["fs-online"],
                 {"desc": "와이어로프 마모 예측 모델", "product": "Python 3.11 (PyTorch, KServe)", "model": "rope-cnn-v7",
                  "version": "7.1.0", "recall": 0.81}),
    "pdm-vibe": ("service", AI, "AZ", "P", ["aks-npml-38512046-vmss000001"], ["fs-online"],
                 {"desc": "권상기 모터 진동 이상 예측 모델", "product": "Python 3.11 (LightGBM, KServe)",
                  "model": "vibe-lgbm-v14", "version": "14.0.0", "recall": 0.9}),
    "pdm-gateway": ("service", AI, "AZ", "P", ["aks-npml-38512046-vmss000001"], ["pdm-door", "pdm-rope", "pdm-vibe"],
                    {"desc": "고장 예측 API (모델 팬아웃, 위험도 점수)", "product": "FastAPI (AKS)", "version": "2.3.0",
                     "pods": 6}),
    "pdm_batch_score": ("service", AI, "AZ", "P", ["aks-npml-38512046-vmss000001"], ["pdm-gateway", "stliftlake01"],
                        {"desc": "야간 전 호기 고장위험 스코어링", "product": "Airflow 2.9 DAG", "version": "1.4.1",
                         "schedule": "매일 02:00"}),
    # ---------------------------------------------------------------- field service, dispatch
    "dispatch-core": ("service", FIELD, "CA", "P", ["lcap-fsv01"], ["rmq-alarm", "pg-fieldsvc", "route-opt", "tech-push"],
                      {"desc": "기술자 출동 배정 (고장/갇힘 출동, 긴급도 분류)", "product": "자체개발 (Java 21)",
                       "version": "6.0.3", "technicians": 2350, "entrapment_sla_min": 30}),
    "route-opt": ("service", FIELD, "CA", "P", ["lcap-fsv01"], ["redis-geo", "pg-fieldsvc"],
                  {"desc": "출동 경로 최적화 (ETA, 교통 반영)", "product": "Python 3.12 (OR-Tools)", "version": "3.1.0",
                   "solver": "OR-Tools 9.10"}),
    "tech-app-bff": ("service", FIELD, "CA", "P", ["lcap-web01"], ["dispatch-core", "parts-api", "pg-fieldsvc"],
                     {"desc": "현장 기술자 앱 (HW Field) BFF", "product": "Node.js 20 (NestJS)", "version": "9.3.2",
                      "app_users": 2410}),
    "tech-push": ("service", FIELD, "CA", "P", ["lcap-fsv01"], ["rmq-notify"],
                  {"desc": "기술자 출동 푸시/SMS", "product": "자체개발 (Go)", "version": "1.8.0", "channels": "FCM, SMS"}),
    "maint-planner": ("service", FIELD, "CA", "P", ["lcap-fsv01"], ["pg-fieldsvc", "pdm-gateway", "contract-svc"],
                      {"desc": "월 자체점검/정기검사 일정 계획", "product": "자체개발 (Java 21)", "version": "4.4.0",
                       "inspections_per_month": 52600}),
    # ---------------------------------------------------------------- parts / logistics
    "parts-api": ("service", SCM, "CA", "P", ["lcap-scm01"], ["ora-scm", "redis-parts"],
                  {"desc": "부품 재고/예약 API", "product": "자체개발 (Java 17)", "version": "5.7.1", "skus": 64200}),
    "parts_replenish": ("service", SCM, "CA", "P", ["lcap-bat01"], ["ora-scm", "erp-s4"],
                        {"desc": "부품 보충 계산 배치 (지사 창고 안전재고)", "product": "PL/SQL + Spring Batch",
                         "version": "3.0.0", "schedule": "매일 22:00"}),
    "wms-parts": ("service", SCM, "AS", "P", ["wasp-wms01"], ["mssql-wms", "parts-api"],
                  {"desc": "아산 부품물류센터 WMS (입고/피킹/지사 출고)", "product": "자체개발 (.NET 8)",
                   "version": "2.9.5", "bins": 31800}),
    "depotsync-bs": ("service", SCM, "BS", "P", ["lbsp-depot01"], ["parts-api"],
                     {"desc": "부산지사 부품창고 동기화", "product": "자체개발 (Python 3.11)", "version": "1.2.4",
                      "sync_at": "22:30"}),
    "depotsync-dg": ("service", SCM, "DG", "P", ["ldgp-depot01"], ["parts-api"],
                     {"desc": "대구지사 부품창고 동기화", "product": "자체개발 (Python 3.11)", "version": "1.2.4",
                      "sync_at": "01:00"}),
    "depotsync-gj": ("service", SCM, "GJ", "P", ["lgjp-depot01"], ["parts-api"],
                     {"desc": "광주지사 부품창고 동기화", "product": "자체개발 (Python 3.11)", "version": "1.2.4",
                      "sync_at": "02:00"}),
    # ---------------------------------------------------------------- safety authority reporting
    "koelsa-report": ("service", SAFE, "CA", "P", ["lcap-bat01"], ["pg-fieldsvc", "pg-rms"],
                      {"desc": "승강기안전종합정보망 연계 (자체점검 결과, 중대고장/사고 보고)", "product": "자체개발 (Java 17)",
                       "version": "2.2.0", "endpoint": "api.elevator.go.kr", "report_deadline_h": 24}),
    "selfcheck_upload": ("service", SAFE, "CA", "P", ["lcap-fsv01"], ["koelsa-report", "pg-fieldsvc"],
                         {"desc": "자체점검 결과 일괄 전송 배치", "product": "레거시 (Java 8 + cron)", "version": "1.0.9",
                          "schedule": "매일 23:00"}),
    # ---------------------------------------------------------------- customers, ERP
    "bm-portal": ("service", CX, "CA", "P", ["lcap-web01"], ["lift-state", "contract-svc", "pg-rms", "report-gen"],
                  {"desc": "건물관리자 포털 (운행현황, 고장이력, 점검 리포트)", "product": "Next.js 14 + Spring Boot",
                   "version": "7.1.0", "endpoint": "care.hanwool-lift.co.kr", "buildings": 18700}),
    "cust-app-bff": ("service", CX, "AZ", "P", ["aks-npapp-38512046-vmss000000"],
                     ["lift-state", "contract-svc", "psql-liftcare-krc", "notify-hub"],
                     {"desc": "LiftCare 모바일 앱 BFF (건물관리자/입주민)", "product": "Node.js 20 (AKS)", "version": "6.4.0",
                      "mau": 212000, "pods": 6}),
    "report-gen": ("service", CX, "CA", "P", ["lcap-bat01"], ["tsdb-rms", "pg-rms"],
                   {"desc": "월간/일간 운행 리포트 PDF 생성", "product": "자체개발 (Python 3.11, WeasyPrint)",
                    "version": "2.0.6", "schedule": "매일 03:00"}),
    "notify-hub": ("service", CX, "CA", "P", ["lcap-web01"], ["rmq-notify"],
                   {"desc": "고객 알림 (카카오 알림톡, SMS, 앱 푸시)", "product": "자체개발 (Go)", "version": "3.3.1",
                    "daily_quota": 400000}),
    "erp-s4": ("service", ERP, "CA", "P", ["lcap-hana01"], ["hana-erp"],
               {"desc": "ERP (SAP S/4HANA 2023)", "product": "SAP S/4HANA 2023 FPS01", "sid": "HWP", "client": 100}),
    "contract-svc": ("service", ERP, "CA", "P", ["lcap-web01"], ["erp-s4"],
                     {"desc": "유지보수 계약/과금 (POG, FM 계약)", "product": "자체개발 (Java 17)", "version": "3.8.2",
                      "contracts": 18700}),
    # ---------------------------------------------------------------- firmware OTA, NOC
    "ota-server": ("service", FW, "CA", "P", ["lcap-ota01"], ["emqx-main", "dev-registry", "minio-fw", "fw-sign"],
                   {"desc": "게이트웨이/제어반 펌웨어 OTA 배포", "product": "자체개발 (Go)", "version": "2.6.0",
                    "current_fw": "LGW-5.3.2", "max_parallel": 5000}),
    "ota-campaign": ("service", FW, "CA", "P", ["lcap-ota01"], ["ota-server", "pg-devreg"],
                     {"desc": "OTA 캠페인 (단계별 배포 웨이브, 롤백)", "product": "자체개발 (Go)", "version": "1.4.2",
                      "waves": 6}),
    "fw-sign": ("service", FW, "CA", "P", ["lcap-ota01"], [],
                {"desc": "펌웨어 서명 (HSM)", "product": "자체개발 (Go) + PKCS#11", "version": "1.1.0",
                 "key_alg": "ECDSA P-384"}),
    "grafana-noc": ("service", RMS, "CA", "P", ["lcap-web01"], ["influx-raw", "tsdb-rms", "pg-rms"],
                    {"desc": "관제 상황판 (NOC 월)", "product": "Grafana 11.1", "version": "11.1.4", "dashboards": 64}),
    # ---------------------------------------------------------------- DR, staging, dev, retired
    "lift-ingest-dr": ("service", IOT, "DJ", "P", ["ldjp-mqtt01"], ["emqx-dr", "pg-rms-dr"],
                       {"desc": "텔레메트리 수집 (대전 DR 대기)", "version": "4.7.2", "mode": "warm standby"}),
    "lift-ingest-stg": ("service", IOT, "CA", "S", ["lcas-app01"], ["emqx-stg"],
                        {"desc": "텔레메트리 수집 (스테이징, 시험 게이트웨이 40대)", "version": "4.9.0-rc1"}),
    "alarm-engine-stg": ("service", RMS, "CA", "S", ["lcas-app01"], ["emqx-stg"],
                         {"desc": "알람 엔진 (스테이징)", "version": "5.3.0-rc2"}),
    "pdm-vibe-dev": ("service", AI, "AZ", "D", ["aks-npdev-38512046-vmss000000"], [],
                     {"desc": "모터 진동 모델 (개발)", "model": "vibe-lgbm-v15-exp", "version": "15.0.0-dev"}),
    "emcall_pstn_legacy": ("service", EMC, "CA", "P", [], [],
                           {"desc": "구 비상통화 PSTN 교환기 연동 (2027년 emcall-sip으로 대체)", "version": "0.8.4",
                            "decommissioned": "2027-09-30"}),
    # ---------------------------------------------------------------- databases
    "pg-rms": ("database", DBA, "CA", "P", ["lcap-pgdb01", "lcap-pgdb02"], [],
               {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 (Patroni 3.3)", "port": 5432,
                "size_tb": 4.1, "ha": "Patroni sync replica", "max_connections": 1200, "desc": "원격감시 코어 DB (호기, 건물, 알람)"}),
    "pg-devreg": ("database", DBA, "CA", "P", ["lcap-pgdb03"], [],
                  {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5433,
                   "size_tb": 0.3, "desc": "디바이스 레지스트리"}),
    "pg-emcall": ("database", DBA, "CA", "P", ["lcap-pgdb03"], [],
                  {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5434,
                   "size_tb": 1.2, "max_wal_size_gb": 16, "desc": "비상통화 이력/콜 로그"}),
    "pg-fieldsvc": ("database", DBA, "CA", "P", ["lcap-pgdb03"], [],
                    {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5435,
                     "size_tb": 0.9, "desc": "출동/점검 작업지시"}),
    "psql-liftcare-krc": ("database", CLOUD, "AZ", "P", [], [],
                          {"engine": "postgresql", "version": "16", "product": "Azure Database for PostgreSQL Flexible Server",
                           "sku": "GP_Standard_D8ds_v5", "desc": "LiftCare 앱 DB (회원, 알림 설정)"}),
    "tsdb-rms": ("database", DBA, "CA", "P", ["lcap-tsdb01"], [],
                 {"engine": "timescaledb", "version": "2.15.3", "product": "TimescaleDB 2.15 (PostgreSQL 16)",
                  "port": 5432, "retention": "5y", "desc": "운행/고장 이벤트 히스토리안"}),
    "influx-raw": ("database", DBA, "CA", "P", ["lcap-tsdb02"], [],
                   {"engine": "influxdb", "version": "2.7.6", "product": "InfluxDB 2.7 OSS", "port": 8086,
                    "retention": "90d", "desc": "고빈도 진동/전류 원시 시계열"}),
    "ora-scm": ("database", DBA, "CA", "P", ["lcap-ora01"], [],
                {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c EE", "sid": "SCMP",
                 "port": 1521, "size_tb": 2.6, "fra_gb": 800, "desc": "부품 SCM DB"}),
    "hana-erp": ("database", DBA, "CA", "P", ["lcap-hana01"], [],
                 {"engine": "hana", "version": "2.00.077", "product": "SAP HANA 2.0 SPS07", "sid": "HWP",
                  "port": 30015, "memory_tb": 3, "desc": "ERP DB"}),
    "mssql-wms": ("database", SCM, "AS", "P", ["wasp-wms01"], [],
                  {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Standard CU14",
                   "port": 1433, "desc": "부품물류센터 WMS DB"}),
    "pg-rms-dr": ("database", DBA, "DJ", "P", ["ldjp-pgdb01"], [],
                  {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 (async standby)",
                   "port": 5432, "replication": "async streaming", "desc": "원격감시 코어 DB (DR 대기)"}),
    # ---------------------------------------------------------------- caches, brokers
    "redis-state": ("cache", RMS, "CA", "P", ["lcap-redis02"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 48, "maxmemory_policy": "noeviction",
                     "port": 6379, "desc": "호기 실시간 상태 캐시"}),
    "redis-geo": ("cache", FIELD, "CA", "P", ["lcap-redis01"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 16, "maxmemory_policy": "volatile-ttl",
                   "port": 6380, "persistence": "RDB", "desc": "기술자 위치 (GEO)"}),
    "redis-parts": ("cache", SCM, "CA", "P", ["lcap-redis01"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "allkeys-lru",
                     "port": 6381, "desc": "부품 재고 캐시"}),
    "redis-pdm-krc": ("cache", CLOUD, "AZ", "P", [], [],
                      {"engine": "redis", "version": "6.0", "product": "Azure Cache for Redis Premium P3",
                       "shards": 2, "desc": "온라인 피처 캐시"}),
    "emqx-main": ("queue", IOT, "CA", "P", ["lcap-mqtt01", "lcap-mqtt02", "lcap-mqtt03"], [],
                  {"product": "EMQX Enterprise 5.6", "version": "5.6.1", "nodes": 3, "port": 8883,
                   "max_connections": 120000, "session_expiry": "2h", "desc": "게이트웨이 MQTT 브로커"}),
    "emqx-dr": ("queue", IOT, "DJ", "P", ["ldjp-mqtt01"], [],
                {"product": "EMQX Enterprise 5.6", "version": "5.6.1", "nodes": 1, "port": 8883,
                 "desc": "MQTT 브로커 (DR 대기)"}),
    "emqx-stg": ("queue", IOT, "CA", "S", ["lcas-app01"], [],
                 {"product": "EMQX 5.7", "version": "5.7.0", "nodes": 1, "port": 8883}),
    "kafka-tele": ("queue", IOT, "CA", "P", ["lcap-kfk01", "lcap-kfk02", "lcap-kfk03"], [],
                   {"product": "Apache Kafka 3.7 (KRaft)", "version": "3.7.1", "brokers": 3, "partitions": 384,
                    "retention_h": 24, "desc": "텔레메트리 스트림"}),
    "rmq-alarm": ("queue", RMS, "CA", "P", ["lcap-rmq01"], [],
                  {"product": "RabbitMQ 3.13", "version": "3.13.4", "port": 5672, "vhost": "/alarm",
                   "desc": "알람 → 출동 큐"}),
    "rmq-notify": ("queue", CX, "CA", "P", ["lcap-rmq01"], [],
                   {"product": "RabbitMQ 3.13", "version": "3.13.4", "port": 5673, "vhost": "/notify",
                    "desc": "알림/푸시 큐"}),
    "evh-liftdata-krc": ("queue", CLOUD, "AZ", "P", [], [],
                         {"product": "Azure Event Hubs (Standard)", "throughput_units": 12, "partitions": 32,
                          "desc": "클라우드 분석용 텔레메트리"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-mqtt-tls": ("CA", NET, ["emqx-main"],
                    {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.40.1.10", "firmware": "17.1.1",
                     "endpoint": "mqtt.hanwool-lift.co.kr", "port": 8883, "cert_expiry": "2029-03-31"}),
    "lb-web-dmz": ("CA", NET, ["bm-portal", "tech-app-bff"],
                   {"vendor": "F5", "model": "BIG-IP i4800", "vip": "10.40.2.10", "firmware": "17.1.1",
                    "endpoint": "care.hanwool-lift.co.kr", "cert_expiry": "2029-06-30"}),
    "agw-liftcare-krc": ("AZ", CLOUD, ["cust-app-bff"],
                         {"vendor": "Microsoft", "model": "Azure Application Gateway WAF_v2",
                          "endpoint": "api.liftcare.hanwool-lift.co.kr", "cert_issuer": "Key Vault (자동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "san-ca-01": ("CA", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 180,
                                "desc": "DB 블록 스토리지"},
                  ["lcap-pgdb01", "lcap-pgdb02", "lcap-pgdb03", "lcap-ora01", "lcap-hana01"]),
    "nas-rec": ("CA", EMC, {"vendor": "NetApp", "model": "FAS2820", "ontap": "9.14.1", "capacity_tb": 96,
                            "protocol": "NFS v4.1", "desc": "비상통화 녹취 파일"}, ["lcap-emc01", "wcap-cti01"]),
    "minio-fw": ("CA", FW, {"vendor": "MinIO", "model": "MinIO (4 nodes)", "capacity_tb": 40,
                            "desc": "펌웨어 이미지/서명 패키지"}, ["lcap-ota01"]),
    "stliftlake01": ("AZ", CLOUD, {"vendor": "Microsoft", "model": "Azure Data Lake Storage Gen2",
                                   "region": "koreacentral", "redundancy": "ZRS", "desc": "분석 데이터 레이크"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "lcap-mqtt01": ("CA", "P", "vm", {"role": "EMQX node 1"}),
    "lcap-mqtt02": ("CA", "P", "vm", {"role": "EMQX node 2"}),
    "lcap-mqtt03": ("CA", "P", "vm", {"role": "EMQX node 3"}),
    "lcap-kfk01": ("CA", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R760xd2", "rack": "CA-K03 U10"}),
    "lcap-kfk02": ("CA", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R760xd2", "rack": "CA-K03 U14"}),
    "lcap-kfk03": ("CA", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R760xd2", "rack": "CA-K04 U10"}),
    "lcap-ing01": ("CA", "P", "vm", {"role": "수집/상태/히스토리안 적재"}),
    "lcap-alm01": ("CA", "P", "vm", {"role": "알람 엔진 (Flink)"}),
    "lcap-emc01": ("CA", "P", "vm", {"role": "비상통화 SIP/라우팅/녹취"}),
    "lcap-reg01": ("CA", "P", "vm", {"role": "디바이스 등록, 모뎀, LoRa NS"}),
    "lcap-fsv01": ("CA", "P", "vm", {"role": "출동배정, 경로최적화, 점검계획"}),
    "lcap-ota01": ("CA", "P", "vm", {"role": "OTA, 펌웨어 서명"}),
    "lcap-web01": ("CA", "P", "vm", {"role": "포털, 기술자앱 BFF, 알림, 계약"}),
    "lcap-scm01": ("CA", "P", "vm", {"role": "부품 API"}),
    "lcap-bat01": ("CA", "P", "vm", {"role": "배치/연계 (부품보충, 안전공단 연계, 리포트)"}),
    "lcap-pgdb01": ("CA", "P", "bare", {"role": "pg-rms primary", "model": "HPE ProLiant DL380 Gen11", "rack": "CA-D01 U08"}),
    "lcap-pgdb02": ("CA", "P", "bare", {"role": "pg-rms sync replica", "model": "HPE ProLiant DL380 Gen11",
                                        "rack": "CA-D01 U12"}),
    "lcap-pgdb03": ("CA", "P", "bare", {"role": "PostgreSQL 공용 (레지스트리, 비상통화, 현장서비스)",
                                        "model": "HPE ProLiant DL380 Gen11", "rack": "CA-D02 U08"}),
    "lcap-tsdb01": ("CA", "P", "bare", {"role": "TimescaleDB", "model": "Dell PowerEdge R760", "rack": "CA-D03 U04"}),
    "lcap-tsdb02": ("CA", "P", "bare", {"role": "InfluxDB", "model": "Dell PowerEdge R760", "rack": "CA-D03 U08"}),
    "lcap-redis01": ("CA", "P", "bare", {"role": "Redis (기술자 위치, 부품)", "model": "Dell PowerEdge R660",
                                         "rack": "CA-A05 U20"}),
    "lcap-redis02": ("CA", "P", "bare", {"role": "Redis (호기 상태)", "model": "Dell PowerEdge R660", "rack": "CA-A05 U22"}),
    "lcap-rmq01": ("CA", "P", "vm", {"role": "RabbitMQ (알람, 알림)"}),
    "lcap-ora01": ("CA", "P", "bare", {"role": "Oracle SCMP", "model": "Oracle Server X9-2", "rack": "CA-D04 U12"}),
    "lcap-hana01": ("CA", "P", "bare", {"role": "SAP HANA + S/4 AS", "model": "Lenovo ThinkSystem SR950 V3",
                                        "rack": "CA-D05 U01"}),
    "wcap-cti01": ("CA", "P", "win", {"role": "Genesys CTI", "model": "Dell PowerEdge R660", "rack": "CA-C02 U16"}),
    "wasp-wms01": ("AS", "P", "win", {"role": "WMS AP + SQL Server", "model": "Dell PowerEdge R760", "rack": "AS-R01 U10"}),
    "ldjp-mqtt01": ("DJ", "P", "vm", {"role": "EMQX/수집 (DR 대기)"}),
    "ldjp-pgdb01": ("DJ", "P", "bare", {"role": "pg-rms DR standby", "model": "HPE ProLiant DL380 Gen10 Plus",
                                        "rack": "DJ-R02 U06"}),
    "lbsp-depot01": ("BS", "P", "vm", {"role": "부산지사 창고/지사 업무"}),
    "ldgp-depot01": ("DG", "P", "vm", {"role": "대구지사 창고/지사 업무 (서버 교체 중)"}),
    "lgjp-depot01": ("GJ", "P", "vm", {"role": "광주지사 창고/지사 업무"}),
    "aks-npml-38512046-vmss000000": ("AZ", "P", "aks", {"role": "AKS 노드 (ML)", "vm_size": "Standard_D16ds_v5",
                                                        "zone": "1", "nodepool": "npml"}),
    "aks-npml-38512046-vmss000001": ("AZ", "P", "aks", {"role": "AKS 노드 (ML)", "vm_size": "Standard_D16ds_v5",
                                                        "zone": "2", "nodepool": "npml"}),
    "aks-npapp-38512046-vmss000000": ("AZ", "P", "aks", {"role": "AKS 노드 (앱)", "vm_size": "Standard_D8ds_v5",
                                                         "zone": "1", "nodepool": "npapp"}),
    "aks-npdev-38512046-vmss000000": ("AZ", "D", "aks", {"role": "AKS 노드 (개발)", "vm_size": "Standard_D4ds_v5",
                                                         "zone": "3", "nodepool": "npdev"}),
    "lcas-app01": ("CA", "S", "vm", {"role": "스테이징 공용"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-ca-edge": ("CA", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3430", "firmware": "PAN-OS 11.1.4"}),
    "sw-ca-core": ("CA", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "apn-lgu-m2m": ("CA", {"device": "LTE private APN", "vendor": "LG U+", "model": "M2M 전용 APN (GRE 이중화)",
                           "circuit": "LGU-M2M-77120", "apn": "hwlift.m2m", "desc": "승강기 LTE 모뎀 사설망"}),
    "sbc-ca-01": ("CA", {"device": "SBC", "vendor": "Oracle", "model": "Acme Packet 3950", "firmware": "SCZ9.2.0",
                         "sip_trunk": "KT SIP 120ch", "desc": "비상통화 SIP 트렁크"}),
    "er-ca-krc": ("CA", {"device": "ExpressRoute", "vendor": "Microsoft", "model": "ExpressRoute 2Gbps (KINX 경유)",
                         "circuit": "er-hwlift-krc-01"}),
    "wan-ca-dj": ("DJ", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 1Gbps",
                         "circuit": "SKB-3184-20551", "desc": "천안 ↔ 대전 DR"}),
    "mpls-branch": ("CA", {"device": "MPLS VPN", "vendor": "KT", "model": "KT MPLS 100Mbps x3",
                           "circuit": "KT-MPLS-HW-0931", "desc": "부산/대구/광주 지사망"}),
    "hsm-ca-01": ("CA", {"device": "HSM", "vendor": "Thales", "model": "Luna Network HSM 7", "firmware": "7.8.4",
                         "desc": "펌웨어 서명/디바이스 인증서 키"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("apn-lgu-m2m", "fw-ca-edge"),
    ("lb-mqtt-tls", "fw-ca-edge"),
    ("lb-web-dmz", "fw-ca-edge"),
    ("fw-ca-edge", "sw-ca-core"),
    ("sbc-ca-01", "sw-ca-core"),
    ("er-ca-krc", "sw-ca-core"),
    ("wan-ca-dj", "sw-ca-core"),
    ("mpls-branch", "sw-ca-core"),
    ("emcall-sip", "sbc-ca-01"),
    ("modem-mgr", "apn-lgu-m2m"),
    ("fw-sign", "hsm-ca-01"),
    ("dev-registry", "hsm-ca-01"),
    ("depotsync-bs", "mpls-branch"),
    ("depotsync-dg", "mpls-branch"),
    ("depotsync-gj", "mpls-branch"),
    ("ota-server", "minio-fw"),
]
# fmt: on
STATUS = {
    "emqx-stg": "maintenance",
    "ldgp-depot01": "maintenance",
    "emcall_pstn_legacy": "retired",
    "lift-ingest-dr": "standby",
    "emqx-dr": "standby",
    "pg-rms-dr": "standby",
}
NET_PREFIX = {
    "CA": "10.40",
    "DJ": "10.50",
    "AS": "10.61",
    "BS": "10.71",
    "DG": "10.72",
    "GJ": "10.73",
    "AZ": "10.90",
}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "E1",
        "kind": "broker_disk_full",
        "root": "lcap-kfk02",
        "description": "in Monday's morning commute the log disk of the Kafka broker host lcap-kfk02 fills (the"
        " retention of the raw telemetry topic was raised to 72 h on Saturday): kafka-tele's partitions on it go"
        " offline and under-replicated, lift-ingest (4.8.0 deployed at 07:40, loudest) fails to produce and"
        " alarm-engine lags, until old segments are deleted and the retention is put back",
        "start": kst(6, 8, 5),
        "end": kst(6, 9, 0),
        "affected": ["lcap-kfk02", "kafka-tele", "lift-ingest", "alarm-engine"],
    },
    {
        "id": "E2",
        "kind": "broker_memory_watermark",
        "root": "emqx-main",
        "description": "at Wednesday lunch the EMQX cluster emqx-main reaches its memory high watermark (durable"
        " sessions with a 7-day expiry were enabled on Tuesday) and refuses and drops gateway connections:"
        " lift-ingest (loudest), lora-ns and ota-server (a firmware campaign wave started at 11:50) fail, until"
        " the session expiry is cut back and the nodes are restarted one by one",
        "start": kst(8, 12, 10),
        "end": kst(8, 13, 5),
        "affected": ["emqx-main", "lift-ingest", "lora-ns", "ota-server"],
    },
    {
        "id": "E3",
        "kind": "checkpoint_io_stall",
        "root": "pg-emcall",
        "description": "in Thursday's evening rush pg-emcall stalls in back-to-back checkpoints (max_wal_size cut"
        " to 2 GB that afternoon) while the call-log archive job runs: emcall-router (loudest) cannot log and"
        " route emergency calls in time, callctr-cti shows agents late and emcall-sip (1.12.0 deployed at 18:55)"
        " retries calls, until max_wal_size is restored and the archive job held",
        "start": kst(9, 19, 20),
        "end": kst(9, 20, 15),
        "affected": ["pg-emcall", "emcall-router", "callctr-cti", "emcall-sip"],
    },
    {
        "id": "E4",
        "kind": "cache_failover_cold",
        "root": "redis-pdm-krc",
        "description": "in the small hours of Saturday an Azure planned maintenance fails redis-pdm-krc over to a"
        " replica that comes up cold, and online feature reads time out: fs-online errors, pdm-vibe (model"
        " vibe-lgbm-v14 promoted at 02:15, loudest; the only model scoring at night) and pdm-gateway fail the"
        " nightly risk scoring, until the cache is re-warmed from the lake",
        "start": kst(11, 2, 40),
        "end": kst(11, 3, 35),
        "affected": ["redis-pdm-krc", "fs-online", "pdm-vibe", "pdm-gateway"],
    },
    {
        "id": "E5",
        "kind": "archiver_stuck",
        "root": "ora-scm",
        "description": "on Sunday night ora-scm's archive log destination fills (ORA-00257) under the redo of the"
        " new parts_replenish full recompute and the weekly RMAN backup: parts_replenish (3.0.0 deployed at"
        " 21:50, loudest) fails, parts-api hangs on commits and depotsync-bs (the 부산 branch syncs at 22:30)"
        " fails, until archive logs are backed up and deleted",
        "start": kst(12, 22, 30),
        "end": kst(12, 23, 25),
        "affected": ["ora-scm", "parts_replenish", "parts-api", "depotsync-bs"],
    },
    {
        "id": "E6",
        "kind": "host_swap_fork",
        "root": "lcap-redis01",
        "description": "in Monday's dispatch peak the Redis host lcap-redis01 swaps when redis-geo forks for an"
        " RDB snapshot (the technician position TTL was raised to 7 days on Sunday): redis-geo stalls, route-opt"
        " (3.1.0 deployed at 10:10, loudest) times out computing ETAs and dispatch-core assigns technicians"
        " late, until snapshots are disabled and the TTL put back",
        "start": kst(13, 10, 25),
        "end": kst(13, 11, 20),
        "affected": ["lcap-redis01", "redis-geo", "route-opt", "dispatch-core"],
    },
    {
        "id": "E7",
        "kind": "db_lock_reindex",
        "root": "pg-rms",
        "description": "on Tuesday morning a DBA REINDEX of pg-rms's unit_status table overran its 06:00–07:30"
        " window and holds its lock into the commute peak, and every status write queues: alarm-engine"
        " (loudest) delays fault alarms, lift-state goes stale and cust-app-bff (6.4.0 deployed at 08:00) times"
        " out (ongoing)",
        "start": kst(14, 8, 15),
        "end": None,
        "affected": ["pg-rms", "alarm-engine", "lift-state", "cust-app-bff"],
    },
]
E1, E2, E3, E4, E5, E6, E7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 11, 'S': 41, 'D': 61}[env]) + i // 10}.{31 + (i * 37) % 190}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.4", "Rocky Linux 9.4", "Ubuntu 22.04 LTS"]),
                      "vcpu": rng.choice([8, 16, 16, 32]), "mem_gb": rng.choice([32, 64, 64, 128]),
                      "hypervisor": "VMware vSphere 8.0U3", "vcenter": "vc-ca01" if site == "CA" else f"vc-{site.lower()}01"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([24, 32]), "mem_gb": rng.choice([128, 256]),
                      "serial": f"{rng.choice(['CN0', 'HZ7', '5KR'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "aks":
            attrs |= {"os": "Ubuntu 22.04 (AKS)", "cluster": "aks-hwlift-prd" if env == "P" else "aks-hwlift-dev",
                      "kubelet": "1.30.4"}  # fmt: skip
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 9.4", "RHEL 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CZ2', 'SGH', 'JX4'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("lcap-pgdb", "lcap-tsdb", "lcap-ora", "lcap-hana", "ldjp-pgdb")):
                owner = DBA
        if h == "lcap-ora01":
            attrs["os"] = "Oracle Linux 8.9"
        if h == "lcap-hana01":
            attrs["os"] = "SLES for SAP 15 SP5"
        if site in ("BS", "DG", "GJ", "AS"):
            owner = SCM
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


def _lifts(ts: datetime) -> float:
    """Elevator use across the fleet: weekday commute peaks 08–09 and 18–19, a lunch bump, residential evenings;
    weekends a late morning and a long mall/escalator midday."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.1 + 0.16 * _bump(h, 14, 4.5)
    if wd < 5:
        v += 0.6 * _bump(h, 8.4, 0.75) + 0.3 * _bump(h, 12.4, 0.6) + 0.46 * _bump(h, 18.6, 0.9)
        v += 0.18 * _bump(h, 21.0, 1.4)
    else:
        v += 0.16 * _bump(h, 10.0, 1.2) + 0.42 * _bump(h, 14.5, 2.6) + 0.22 * _bump(h, 20.0, 1.6)
    return max(0.05, min(1.0, v))


def _telemetry(ts: datetime) -> float:
    """Gateways send heartbeats all the time; run events follow elevator use."""
    return 0.42 + 0.55 * _lifts(ts)


def _field(ts: datetime) -> float:
    """The dispatch desk and technicians: weekdays 08–18 (peak mid-morning), Saturday mornings, nights on call."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.14
    if wd < 5 and 8 <= h < 18.5:
        v += 0.35 + 0.4 * _bump(h, 10.5, 1.6) + 0.15 * _bump(h, 15, 1.5)
    elif wd == 5 and 9 <= h < 13:
        v += 0.3
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1)


def _portal(ts: datetime) -> float:
    """Building managers by day, residents in the evening on the app."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.25 * _bump(h, 20.5, 1.5)
    if wd < 5:
        v += 0.45 * _bump(h, 10, 2.0) + 0.3 * _bump(h, 15, 2.0) + 0.2 * _bump(h, 8.6, 0.6)
    else:
        v += 0.25 * _bump(h, 13, 3.0)
    return max(0.05, min(1.0, v))


def _night(ts: datetime) -> float:
    """Nightly batches 22:00–04:00."""
    h = seoul_hour(ts)
    return 0.9 if h >= 22 or h < 4 else 0.15


def _scoring(ts: datetime) -> float:
    """Predictive models: online scoring follows telemetry, the nightly batch scoring 02:00–03:40 is heaviest."""
    h = seoul_hour(ts)
    return 1.0 if 2 <= h < 3.67 else 0.2 + 0.45 * _lifts(ts)


def _standby(ts: datetime) -> float:
    return 0.12


def _steady(ts: datetime) -> float:
    return 0.5


TELEMETRY = {
    "lift-ingest", "emqx-main", "kafka-tele", "lift-state", "alarm-engine", "hist-writer", "redis-state",
    "pg-rms", "tsdb-rms", "influx-raw", "lora-ns", "dev-registry", "evh-liftdata-krc", "lcap-mqtt01",
    "lcap-mqtt02", "lcap-mqtt03", "lcap-kfk01", "lcap-kfk02", "lcap-kfk03", "lcap-ing01", "lcap-alm01",
    "lcap-redis02", "lcap-pgdb01", "lcap-pgdb02", "lcap-tsdb01", "lcap-tsdb02", "lb-mqtt-tls", "apn-lgu-m2m",
    "fw-ca-edge", "sw-ca-core", "lcap-reg01", "pg-devreg", "modem-mgr", "grafana-noc", "san-ca-01", "er-ca-krc",
}  # fmt: skip
CALLS = {"emcall-sip", "emcall-router", "callctr-cti", "emcall-rec", "pg-emcall", "lcap-emc01", "wcap-cti01",
         "sbc-ca-01", "nas-rec", "lcap-pgdb03"}  # fmt: skip
FIELD_SIDE = {"dispatch-core", "route-opt", "tech-app-bff", "tech-push", "maint-planner", "redis-geo",
              "pg-fieldsvc", "rmq-alarm", "rmq-notify", "lcap-fsv01", "lcap-rmq01", "lcap-redis01", "parts-api",
              "redis-parts", "ora-scm", "lcap-scm01", "lcap-ora01", "wms-parts", "mssql-wms", "wasp-wms01",
              "lb-web-dmz", "mpls-branch"}  # fmt: skip
CUSTOMER = {"bm-portal", "cust-app-bff", "notify-hub", "psql-liftcare-krc", "agw-liftcare-krc",
            "aks-npapp-38512046-vmss000000", "lcap-web01", "contract-svc"}  # fmt: skip
OFFICE = {"erp-s4", "hana-erp", "lcap-hana01", "koelsa-report", "ota-server", "ota-campaign", "fw-sign",
          "lcap-ota01", "minio-fw", "hsm-ca-01"}  # fmt: skip
NIGHT = {"parts_replenish", "selfcheck_upload", "report-gen", "lcap-bat01", "depotsync-bs", "depotsync-dg",
         "depotsync-gj", "lbsp-depot01", "ldgp-depot01", "lgjp-depot01"}  # fmt: skip
SCORING = {"fs-online", "pdm-door", "pdm-rope", "pdm-vibe", "pdm-gateway", "pdm_batch_score", "redis-pdm-krc",
           "aks-npml-38512046-vmss000000", "aks-npml-38512046-vmss000001", "stliftlake01"}  # fmt: skip
STANDBY = {"lift-ingest-dr", "emqx-dr", "pg-rms-dr", "ldjp-mqtt01", "ldjp-pgdb01", "wan-ca-dj"}


def _load(name: str):
    for group, shape in (
        (TELEMETRY, _telemetry),
        (CALLS, _lifts),
        (FIELD_SIDE, _field),
        (CUSTOMER, _portal),
        (OFFICE, _office),
        (NIGHT, _night),
        (SCORING, _scoring),
        (STANDBY, _standby),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "E1": {1: (6.0, 9.0), 2: (3.0, 8.0)},
    "E2": {0: (5.0, 7.0), 1: (3.5, 12.0)},
    "E3": {0: (9.0, 4.0), 1: (4.5, 12.0), 2: (2.2, 7.0)},
    "E4": {0: (5.0, 9.0), 1: (4.0, 14.0), 2: (3.0, 10.0), 3: (2.0, 7.0)},
    "E5": {0: (8.0, 6.0), 1: (4.0, 12.0), 2: (2.4, 9.0)},
    "E6": {1: (9.0, 6.0), 2: (4.0, 12.0), 3: (2.2, 8.0)},
    "E7": {0: (10.0, 6.0), 1: (4.5, 12.0), 2: (2.6, 9.0)},
}
EFFECT_OVERRIDE = {
    ("E1", "lift-ingest"): (4.2, 26.0),
    ("E2", "lift-ingest"): (3.8, 31.0),
    ("E2", "ota-server"): (2.4, 9.0),
    ("E3", "emcall-router"): (5.5, 28.0),
    ("E4", "pdm-vibe"): (4.6, 33.0),
    ("E5", "parts_replenish"): (3.5, 38.0),
    ("E6", "route-opt"): (5.0, 29.0),
    ("E7", "alarm-engine"): (5.0, 27.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "lcap-kfk01", "lcap-kfk02", "lcap-kfk03", "lcap-pgdb01", "lcap-pgdb02", "lcap-pgdb03", "lcap-tsdb01",
    "lcap-tsdb02", "lcap-redis01", "lcap-redis02", "lcap-ora01", "lcap-hana01", "wcap-cti01", "wasp-wms01",
    "ldjp-pgdb01", "lcap-bat01", "lcap-emc01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "lcap-tsdb02":  # InfluxDB: the shard volume creeps up (retention 90 d, not yet reached)
        disk0, growth = 66.2, 1.05
    if name == "lcap-kfk02":
        disk0, growth = 57.5, 0.04
    if name == "lcap-ora01":
        disk0, growth = 70.5, 0.03
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "lcap-kfk02":  # the log dir fills from 07:35 under the 72 h retention, cleaned after 09:00
            disk += (99.0 + rng.gauss(0, 0.2) - disk) * ramp(ts, E1["start"] - timedelta(minutes=30), E1["end"],
                                                             rise=30, fall=20)  # fmt: skip
            cpu += 14 * ramp(ts, E1["start"], E1["end"], rise=5, fall=10)
        if name in ("lcap-mqtt01", "lcap-mqtt02", "lcap-mqtt03"):  # broker nodes under session bloat
            mem += 24 * ramp(ts, E2["start"] - timedelta(minutes=30), E2["end"], rise=35, fall=15)
        if name == "lcap-pgdb03":  # checkpoint I/O
            cpu += 26 * ramp(ts, E3["start"], E3["end"], rise=5, fall=10)
        if name == "lcap-ora01":  # archive destination /u03/fra on the local volume
            disk += (98.6 + rng.gauss(0, 0.2) - disk) * ramp(ts, E5["start"] - timedelta(minutes=40), E5["end"],
                                                             rise=40, fall=20)  # fmt: skip
        if name == "lcap-redis01":  # the fork under the dispatch peak: swapping
            mem += (98.3 + rng.gauss(0, 0.3) - mem) * ramp(ts, E6["start"], E6["end"], rise=5, fall=10)
            cpu += 47 * ramp(ts, E6["start"], E6["end"], rise=5, fall=10)
        if name == "lcap-pgdb01":  # backends piling up behind the REINDEX lock
            mem += 13 * ramp(ts, E7["start"], E7["end"], rise=10)
        if name == "ldgp-depot01":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"apn-lgu-m2m": 38.0, "er-ca-krc": 2.4, "wan-ca-dj": 3.1, "mpls-branch": 9.6,
            "sbc-ca-01": 1.2}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
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
    used = {"nas-rec": (71, 72), "minio-fw": (44, 46), "san-ca-01": (58, 60)}.get(name, (30, 50))
    per_day = 0.18 if name == "nas-rec" else 0.04
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "san-ca-01" else rng.uniform(1.5, 4.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "san-ca-01" and 1 <= seoul_hour(ts) < 3:  # the nightly DB backups
            lat *= 1.6
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "lift-ingest": 18.0, "dev-registry": 42.0, "modem-mgr": 160.0, "lora-ns": 35.0, "lift-state": 9.0,
    "alarm-engine": 65.0, "hist-writer": 24.0, "emcall-sip": 85.0, "emcall-router": 48.0, "callctr-cti": 140.0,
    "emcall-rec": 120.0, "fs-online": 6.5, "pdm-door": 38.0, "pdm-rope": 95.0, "pdm-vibe": 52.0,
    "pdm-gateway": 130.0, "pdm_batch_score": 420.0, "dispatch-core": 180.0, "route-opt": 260.0,
    "tech-app-bff": 150.0, "tech-push": 70.0, "maint-planner": 310.0, "parts-api": 110.0,
    "parts_replenish": 560.0, "wms-parts": 230.0, "depotsync-bs": 380.0, "depotsync-dg": 390.0,
    "depotsync-gj": 410.0, "koelsa-report": 450.0, "selfcheck_upload": 520.0, "bm-portal": 280.0,
    "cust-app-bff": 120.0, "report-gen": 640.0, "notify-hub": 55.0, "erp-s4": 390.0, "contract-svc": 170.0,
    "ota-server": 90.0, "ota-campaign": 140.0, "fw-sign": 210.0, "grafana-noc": 240.0, "lift-ingest-dr": 20.0,
    "pg-rms": 2.6, "pg-devreg": 1.8, "pg-emcall": 2.1, "pg-fieldsvc": 2.4, "psql-liftcare-krc": 3.2,
    "tsdb-rms": 6.8, "influx-raw": 4.4, "ora-scm": 3.6, "hana-erp": 1.4, "mssql-wms": 2.9, "pg-rms-dr": 1.5,
    "redis-state": 0.31, "redis-geo": 0.45, "redis-parts": 0.38, "redis-pdm-krc": 0.9,
    "emqx-main": 3.4, "emqx-dr": 2.2, "kafka-tele": 4.8, "rmq-alarm": 2.6, "rmq-notify": 2.9,
    "evh-liftdata-krc": 11.0, "lb-mqtt-tls": 1.1, "lb-web-dmz": 1.3, "agw-liftcare-krc": 3.8,
}  # fmt: skip
REQUEST_RATE = {
    "lift-ingest": 21000.0, "dev-registry": 140.0, "modem-mgr": 35.0, "lora-ns": 620.0, "lift-state": 9400.0,
    "alarm-engine": 2600.0, "hist-writer": 18500.0, "emcall-sip": 24.0, "emcall-router": 30.0,
    "callctr-cti": 55.0, "fs-online": 3900.0, "pdm-door": 520.0, "pdm-rope": 260.0, "pdm-vibe": 780.0,
    "pdm-gateway": 1450.0, "dispatch-core": 95.0, "route-opt": 210.0, "tech-app-bff": 640.0, "tech-push": 120.0,
    "parts-api": 380.0, "wms-parts": 150.0, "bm-portal": 420.0, "cust-app-bff": 1150.0, "notify-hub": 260.0,
    "contract-svc": 90.0, "ota-server": 310.0, "pg-rms": 14200.0, "pg-emcall": 620.0, "pg-fieldsvc": 1900.0,
    "psql-liftcare-krc": 2600.0, "tsdb-rms": 7200.0, "influx-raw": 52000.0, "ora-scm": 4300.0,
    "redis-state": 61000.0, "redis-geo": 8800.0, "redis-parts": 5200.0, "redis-pdm-krc": 15500.0,
    "emqx-main": 46000.0, "kafka-tele": 39000.0, "rmq-alarm": 880.0, "rmq-notify": 1300.0,
    "evh-liftdata-krc": 21000.0, "lb-mqtt-tls": 46500.0, "lb-web-dmz": 1060.0, "agw-liftcare-krc": 1160.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-state": (54.0, 6.0), "redis-geo": (41.0, 9.0), "redis-parts": (37.0, 5.0),
    "redis-pdm-krc": (61.0, 7.0), "emqx-main": (38.0, 12.0), "emqx-dr": (12.0, 0.0), "rmq-alarm": (29.0, 8.0),
    "rmq-notify": (33.0, 9.0),
}  # fmt: skip
CPU_DB = {
    "pg-rms": (22.0, 30.0),
    "ora-scm": (18.0, 26.0),
    "emqx-main": (20.0, 28.0),
    "pg-emcall": (10.0, 18.0),
}
BATCH_HOURS = {"parts_replenish": (22.0, 23.5), "selfcheck_upload": (23.0, 23.9), "report-gen": (3.0, 4.2),
               "pdm_batch_score": (2.0, 3.67)}  # fmt: skip
CONNECTED_GATEWAYS = 41800.0


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
            if inc is E2 and name in ("emqx-main", "lift-ingest"):
                req *= 1 - 0.45 * r  # connections refused
            if inc is E1 and name in ("lift-ingest", "kafka-tele"):
                req *= 1 - 0.35 * r
            if inc is E4 and name == "redis-pdm-krc":
                req *= 1 - 0.5 * r
            if inc is E7 and name in ("pg-rms", "alarm-engine"):
                req *= 1 - 0.3 * r
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
            if name == "emqx-main":  # sessions pile up from 11:40, high watermark at 12:10
                mem += (95.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, E2["start"] - timedelta(minutes=30), E2["end"],
                                                                rise=35, fall=15)  # fmt: skip
            if name == "redis-geo":  # keys pile up under the 7-day TTL from Sunday 15:00 until Monday 11:10,
                # then expire over three hours; the fork doubles the pages it touches
                grow = min(1.0, max(0.0, (ts - kst(12, 15)).total_seconds() / 86400 / 0.8))
                if ts >= E6["end"]:
                    grow *= max(0.0, 1 - (ts - E6["end"]).total_seconds() / 3 / 3600)
                mem += 30 * grow + 18 * ramp(ts, E6["start"], E6["end"], rise=5, fall=10)
            if name == "redis-pdm-krc":  # the replica comes up cold and re-warms
                cold = ramp(ts, E4["start"], E4["end"], rise=5, fall=90)
                mem -= (mem - 9.0) * cold
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "emqx-main":
                cpu += (93.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, E2["start"], E2["end"], rise=5, fall=10)
            if name == "ora-scm":
                cpu += 12 * ramp(ts, E5["start"], E5["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name == "emqx-main":  # connected gateways: dropped sessions during E2
            conn = CONNECTED_GATEWAYS * (1 + rng.gauss(0, 0.003))
            conn *= 1 - 0.38 * ramp(ts, E2["start"], E2["end"], rise=10, fall=25)
            row["active_connections"] = round(conn)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly batches, the branch depot syncs and the gateway client CA warning."""
    rows = []
    for d in range(4, 15):
        rows.append(
            (d, 22, 0, "parts_replenish", "info", "batch_job", "부품 보충 계산 시작 (REPLENISH_DAILY)")
        )
        if d != 12:
            rows.append(
                (d, 23, 8, "parts_replenish", "info", "batch_job", "부품 보충 계산 완료, 지사 창고 전송")
            )
        rows.append(
            (
                d,
                23,
                0,
                "selfcheck_upload",
                "info",
                "batch_job",
                "자체점검 결과 전송 시작 (승강기안전종합정보망)",
            )
        )
        rows.append((d, 23, 41, "selfcheck_upload", "info", "batch_job", "자체점검 결과 전송 완료"))
        rows.append(
            (
                d,
                2,
                0,
                "pdm_batch_score",
                "info",
                "batch_job",
                "nightly risk scoring started (dag pdm_nightly)",
            )
        )
        if d != 11:
            rows.append((d, 3, 32, "pdm_batch_score", "info", "batch_job", "nightly risk scoring finished"))
        rows.append((d, 3, 0, "report-gen", "info", "batch_job", "일간 운행 리포트 생성 시작"))
        left = (datetime(2028, 11, 30) - datetime(2028, 11, d)).days
        rows.append(
            (d, 9, 0, "dev-registry", "warning", "cert_expiry",
             f"gateway client CA HW-GW-ICA-2 expires in {left} days (2028-11-30), re-issue pending")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (4, 15, 0, "kafka-tele", "info", "config_change", "topic lift.tlm.raw retention.ms 24h → 72h (재처리 여유 확보)"),
    (8, 10, 0, "lcap-tsdb02", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/influxdb"),
    (5, 14, 0, "lift-ingest-stg", "info", "deployment", "lift-ingest-stg 4.9.0-rc1 배포"),
    (6, 7, 40, "lift-ingest", "info", "deployment", "lift-ingest 4.8.0 배포 (게이트웨이 배치 압축 지원)"),
    (7, 16, 0, "emqx-main", "info", "config_change", "durable session 활성화, session_expiry_interval 2h → 7d"),
    (7, 18, 0, "ota-campaign", "info", "change_notice", "수요일 11:50 LGW-5.3.2 펌웨어 OTA 3차 웨이브 (게이트웨이 4,200대)"),
    (8, 11, 50, "ota-campaign", "info", "deployment", "OTA 캠페인 LGW-5.3.2 wave 3 시작 (4,200대)"),
    (8, 14, 0, "alarm-engine-stg", "info", "deployment", "alarm-engine-stg 5.3.0-rc2 배포"),
    (9, 14, 0, "pg-emcall", "info", "config_change", "max_wal_size 16GB → 2GB (WAL 볼륨 용량 절감)"),
    (9, 18, 55, "emcall-sip", "info", "deployment", "emcall-sip 1.12.0 배포 (TLS 인터폰 신규 모델 지원)"),
    (9, 19, 0, "emcall-rec", "info", "batch_job", "통화 로그 아카이브 시작 (90일 경과분)"),
    (13, 10, 0, "lcap-tsdb02", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/influxdb"),
    (10, 11, 0, "redis-pdm-krc", "info", "change_notice", "Azure planned maintenance scheduled 2028-11-11 02:30-05:30 KST"),
    (10, 15, 0, "ldgp-depot01", "info", "maintenance", "대구지사 서버 교체 작업 (서비스 유지, 신규 장비 이관 대기)"),
    (10, 17, 0, "ora-scm", "info", "change_notice", "일요일 22:00 RMAN 주간 level 0 백업 (아카이브 삭제 정책 점검 필요)"),
    (11, 2, 15, "pdm-vibe", "info", "deployment", "model vibe-lgbm-v14 promoted to production (KServe canary 100%)"),
    (11, 2, 32, "redis-pdm-krc", "info", "maintenance", "Azure Service Health: planned maintenance (patching) in progress"),
    (11, 9, 30, "emqx-stg", "info", "maintenance", "스테이징 브로커 5.7 업그레이드 점검"),
    (12, 15, 0, "redis-geo", "info", "config_change", "기술자 위치 키 TTL 24h → 7d (이동 경로 분석용)"),
    (12, 21, 50, "parts_replenish", "info", "deployment", "parts_replenish 3.0.0 배포 (전 품목 안전재고 재계산)"),
    (12, 22, 0, "ora-scm", "info", "batch_job", "RMAN level 0 backup started (weekly)"),
    (13, 10, 10, "route-opt", "info", "deployment", "route-opt 3.1.0 배포 (실시간 교통 반영 ETA)"),
    (13, 14, 0, "tech-app-bff", "info", "deployment", "tech-app-bff 9.3.2 배포 (부품 예약 화면)"),
    (13, 16, 0, "pg-rms", "info", "change_notice", "화요일 06:00~07:30 unit_status 인덱스 재구성 (DBA 정기작업)"),
    (14, 6, 0, "pg-rms", "info", "maintenance", "REINDEX TABLE unit_status 시작 (정기작업, 예상 90분)"),
    (14, 8, 0, "cust-app-bff", "info", "deployment", "cust-app-bff 6.4.0 배포 (엘리베이터 실시간 위치 위젯)"),
    # E1 (Monday morning commute)
    (6, 7, 52, "lcap-kfk02", "warning", "disk", "/data/kafka 92% used (lift.tlm.raw segments)"),
    (6, 8, 4, "lcap-kfk02", "critical", "disk", "/data/kafka 99% used, log dir offline"),
    (6, 8, 7, "kafka-tele", "critical", "replication", "UnderReplicatedPartitions 131, OfflinePartitionsCount 44 (broker 2)"),
    (6, 8, 12, "lift-ingest", "critical", "error", "produce 실패 26% (NOT_LEADER_OR_FOLLOWER), 게이트웨이 메시지 재전송 증가"),
    (6, 8, 18, "alarm-engine", "major", "lag", "consumer lag 1.9M (lift.tlm.evt), 고장 판정 지연"),
    (6, 8, 45, "kafka-tele", "info", "config_change", "lift.tlm.raw retention.ms 72h → 24h 원복, 오래된 세그먼트 삭제"),
    (6, 9, 10, "lift-ingest", "info", "recovery", "텔레메트리 수집 정상"),
    # E2 (Wednesday lunch)
    (8, 11, 58, "emqx-main", "warning", "memory", "node emqx@lcap-mqtt02 memory 81%, sessions 118k (durable)"),
    (8, 12, 11, "emqx-main", "critical", "memory", "high watermark reached: new connections refused (olp)"),
    (8, 12, 16, "lift-ingest", "critical", "error", "MQTT 구독 세션 끊김, 수신 메시지 31% 감소"),
    (8, 12, 18, "lora-ns", "major", "error", "MQTT publish timeout (uplink 전달 실패)"),
    (8, 12, 24, "ota-server", "warning", "error", "OTA 명령 발행 실패, 웨이브 3 일시정지"),
    (8, 12, 50, "emqx-main", "info", "config_change", "session_expiry_interval 7d → 2h, 노드 순차 재기동"),
    (8, 13, 15, "lift-ingest", "info", "recovery", "게이트웨이 재접속 완료"),
    # E3 (Thursday evening rush)
    (9, 19, 18, "pg-emcall", "warning", "performance", "checkpoints are occurring too frequently (27 seconds apart)"),
    (9, 19, 24, "pg-emcall", "critical", "performance", "checkpoint I/O stall, commit latency 3.8s"),
    (9, 19, 27, "emcall-router", "critical", "error", "비상통화 배분 지연 28%, 상담원 연결 20초 초과"),
    (9, 19, 31, "callctr-cti", "major", "error", "상담원 데스크톱 호기정보 조회 지연"),
    (9, 19, 36, "emcall-sip", "warning", "error", "INVITE 재시도 증가 (408 Request Timeout)"),
    (9, 20, 5, "pg-emcall", "info", "config_change", "max_wal_size 2GB → 16GB 원복, 아카이브 작업 보류"),
    (9, 20, 25, "emcall-router", "info", "recovery", "비상통화 배분 정상"),
    # E4 (Saturday night scoring)
    (11, 2, 41, "redis-pdm-krc", "critical", "failover", "primary shard 0 failover to replica, replica cache cold"),
    (11, 2, 46, "fs-online", "critical", "error", "online feature read timeout (redis) 14%"),
    (11, 2, 51, "pdm-vibe", "critical", "error", "feature fetch failed for 33% of units, scoring skipped"),
    (11, 2, 58, "pdm-gateway", "major", "error", "risk score partial: vibe model unavailable"),
    (11, 3, 30, "fs-online", "info", "config_change", "materialize-incremental 재실행 (lake → online cache 재적재)"),
    (11, 3, 50, "pdm_batch_score", "info", "batch_job", "nightly risk scoring finished with gaps (재실행 예약 06:00)"),
    # E5 (Sunday night)
    (12, 22, 18, "lcap-ora01", "warning", "disk", "/u03/fra 90% used"),
    (12, 22, 31, "ora-scm", "critical", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved."),
    (12, 22, 35, "parts_replenish", "critical", "batch_job", "REPLENISH_DAILY step 3 FAILED (ORA-00257)"),
    (12, 22, 38, "parts-api", "major", "error", "재고 예약 commit 대기, 응답 지연"),
    (12, 22, 42, "depotsync-bs", "warning", "error", "부산지사 창고 동기화 실패 (parts-api timeout)"),
    (12, 23, 10, "ora-scm", "info", "config_change", "RMAN archivelog backup + delete input, FRA 600GB → 800GB"),
    (12, 23, 40, "parts_replenish", "info", "batch_job", "REPLENISH_DAILY 재실행 완료 (지연)"),
    # E6 (Monday dispatch peak)
    (13, 10, 26, "lcap-redis01", "warning", "memory", "memory 95%, swap in use (redis-server fork for BGSAVE)"),
    (13, 10, 29, "lcap-redis01", "critical", "memory", "swap 100%, kswapd0 CPU 91%"),
    (13, 10, 32, "redis-geo", "critical", "latency", "latency spike during fork (6.8s), GEOSEARCH timeouts"),
    (13, 10, 36, "route-opt", "critical", "error", "ETA 계산 타임아웃 29% (위치 조회 지연)"),
    (13, 10, 42, "dispatch-core", "major", "error", "출동 배정 지연, 갇힘 출동 SLA 경고 3건"),
    (13, 11, 10, "redis-geo", "info", "config_change", "save \"\" (스냅샷 해제), 위치 키 TTL 7d → 24h 원복"),
    (13, 11, 30, "dispatch-core", "info", "recovery", "출동 배정 정상"),
    # E7 (Tuesday morning commute, ongoing)
    (14, 8, 12, "pg-rms", "warning", "performance", "REINDEX on ix_unit_status_unit_ts still running, 212 sessions waiting on lock"),
    (14, 8, 17, "pg-rms", "critical", "lock", "AccessExclusiveLock on unit_status held 2h17m (pid 48812), lock queue 640"),
    (14, 8, 21, "alarm-engine", "critical", "error", "상태 기록 실패 27% (lock timeout), 고장 알람 지연"),
    (14, 8, 26, "lift-state", "major", "error", "호기 상태 갱신 지연 (pg write timeout)"),
    (14, 8, 33, "cust-app-bff", "warning", "error", "실시간 위치 위젯 타임아웃 증가"),
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
    generate(NAME, "elevator-iot", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
