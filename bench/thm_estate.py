"""Generate the theme-park estate (tests/fixtures/theme-park/, interchange format) and its faults.

A Korean theme park and resort operator (한울랜드 — 용인 본 파크, 실내 워터파크 아쿠아한울, 한울리조트호텔, and
the smaller 한울랜드 부산): the ride control PLC gateways of the three ride zones (`plcgw-adv` 어드벤처, `plcgw-fan`
매직판타지, `plcgw-frt` 와일드프론티어) behind the OT firewall, publishing to the park IoT broker `mqtt-park` (EMQX),
the ride-safety monitor `ride-safety-mon` (interlocks, e-stops, wind) on PostgreSQL `pg-ridesafe` and InfluxDB
`influx-ride`, the ride operations console and the ride status feed; the queue-time sensors `qsense-ingest` into
Kafka `kafka-park`, the wait-time estimator `waittime-calc` and the app's wait-time board `waitboard-api`; online
ticketing `tkt-order-api` with the PG gateway `pay-pg-gw` on Cloud SQL `csql-ticket`, the park ticket sync
`tkt-sync`, the QR/RFID gate validation `gate-validate` on the gate cache `redis-gate` (and Busan's
`bsn-gate-validate`), the nightly stock opening `ticket_stock_open`; the annual pass `apass-svc` and the magic pass
(ride reservation) `mpass-reserve` on Cloud SQL `csql-pass` and Memorystore `mrs-app-prd`, the app BFF `app-bff`
and `push-sender`; F&B and merchandise POS (`pos-fnb`, `pos-md`, `kiosk-order`, Busan's `bsn-pos`) on MS-SQL
`mssql-retail` with the park payment hub `pay-hub` (MySQL `mysql-payhub`) and the nightly `daily_sales_close`;
parade/show control (`show-cue` on the media NAS `nas-show`, `parade-lighting`, `parade-audio`); the water park's
water-quality sensors (`wq-collector`, `wq-alarm`, the daily legal report `wq_legal_report`, InfluxDB
`influx-aqua`); the hotel PMS `hotel-pms` (OPERA) on Oracle `ora-pms`, `hotel-key`, `hotel-booking` and
`night_audit`; parking (`parking-lpr`, `parking-pay`), CCTV (`vms-cctv` on `nas-cctv`) and the lost-child tags
`kidtag-track`, all on PostgreSQL `pg-facility`; the data platform (`dp-ingest`, `dp-airflow`, BigQuery
`bq-hanul-dw`). Sites 용인파크 IDC, 용인파크 현장 (ride zones, show, gates), 아쿠아한울, 한울리조트호텔, 부산파크 and
GCP 서울리전; environments prod, stg, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): English function names in kebab case by domain (`plcgw-*`, `ride-*`,
`tkt-*`, `wq-*`, `parade-*`), the Busan park's CIs prefixed `bsn-`, scheduled jobs in snake_case
(`ticket_stock_open`, `daily_sales_close`, `wq_legal_report`, `night_audit`), physical servers of the park IDC by
rack and unit (`ygdc-r05u10` = rack 05, U10), Nutanix VMs by role (`ygv-gate01`), Windows servers in upper-case
NetBIOS style (`YGW-RTLDB01`, `HTL-PMS01`), field industrial PCs by zone (`ipc-adv-01`), GKE nodes with their
generated names (`gke-hanul-prd-app-8d2f41c0-x7vq`), managed cloud resources by service prefix (`csql-*` Cloud SQL,
`mrs-*` Memorystore, `ps-*` Pub/Sub, `bq-*` BigQuery, `glb-*` Cloud Load Balancing) and network gear by site and
role (`yg-core-sw1`, `ot-fw-ride`, `wan-yg-bsn`).

Seven injected incidents (times KST; now = Saturday 2028-10-14 16:40, the Halloween-festival weekend afternoon
peak; the window is the 10 days before; the park opens 09:30–22:00 on weekends and the 한글날 holiday (Monday 9),
10:00–21:00 on weekdays, with the gate rush after opening, lunch and dinner at F&B, the day parade at 14:00 and the
night parade at 19:30 every festival night, the hotel's check-out/check-in and 02:00 night audit, the 00:00 stock
opening and the 23:30 sales close):
  T1 Thu 05 19:25–20:20  (night parade) the show media NAS nas-show runs its snapshot + dedupe job (moved to 19:00
                         on Wednesday) and NFS latency soars: show-cue (loudest, 4.2.0 deployed at 18:40),
                         parade-lighting, parade-audio
  T2 Sat 07 09:20–10:15  (holiday-weekend gate opening) dp-airflow's ticket export (moved to 09:10 on Friday)
                         saturates csql-ticket: tkt-sync (loudest), tkt-order-api (8.3.0 deployed at 08:50),
                         gate-validate, bsn-gate-validate
  T3 Mon 09 12:10–13:05  (한글날 lunch) mssql-retail's transaction log fills (log backups failing since nas-backup's
                         maintenance on Sunday night): pos-fnb (loudest, 6.4.0 deployed at 11:30), pos-md, bsn-pos,
                         kiosk-order
  T4 Tue 10 10:00–10:55  (annual-pass renewal opening) the Memorystore mrs-app-prd maintenance failover and full
                         resync: apass-svc (loudest, 5.1.0 deployed at 09:40), mpass-reserve, app-bff
  T5 Wed 11 02:10–03:05  (night audit) ora-pms's recovery area fills with archive logs (RMAN backups failing since
                         Sunday): hotel-pms (loudest, OPERA patch on Tuesday), night_audit, hotel-key
  T6 Fri 13 17:40–18:35  (Halloween night opening) the RAID controller of ygdc-r05u10 runs its BBU learn cycle and
                         drops to write-through: pg-ridesafe, ride-safety-mon (loudest, 3.8.0 deployed at 17:20),
                         ride-ops-console
  T7 Sat 14 15:55–now    (Saturday afternoon peak) a retainer change on mqtt-park floods the EMQX nodes with
                         retained messages until they hit the memory watermark: qsense-ingest (loudest), kidtag-track
                         (2.6.0 deployed at 15:20), wq-collector (ongoing)
Confounders: the gate rush, lunch/dinner F&B peaks, the parades, the holiday Monday, the hotel night audit, the
nightly jobs (stock opening, sales close, data platform), deploys on victims before most incidents, shared hosts
(the Redis host, the InfluxDB host, the MySQL/PostgreSQL VM), a strong-wind ride pause on Sunday, `ipc-fan-02` and
`waittime-calc-dev` in maintenance, the retired `wq-scada-old`, the CCTV storage `nas-cctv` creeping up (warned
at 72/74/76 %), the gate ADC `adc-yg-gate`'s certificate for gate.hanulland.co.kr expiring on 2028-10-20 (warned
daily), and the backup storage maintenance from Sunday night to Tuesday morning.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/thm_golden.py) are computed from the files.

    .venv/bin/python bench/thm_estate.py   # rewrites tests/fixtures/theme-park*
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

NAME = "theme-park"
NOW = datetime(2028, 10, 14, 7, 40, tzinfo=UTC)  # Saturday 2028-10-14 16:40 KST
START = NOW - timedelta(days=10)  # Wednesday 2028-10-04 16:40 KST
SEED = 20281014
SITES = {
    "Y": "용인파크 IDC",
    "F": "용인파크 현장",
    "A": "아쿠아한울",
    "H": "한울리조트호텔",
    "B": "부산파크",
    "G": "GCP 서울리전",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}
HOLIDAYS = {9}  # 한글날 (Monday 2028-10-09): the park runs its weekend hours

kst = kst_utc_clock("2028-10")

RIDE, SAFE, IOT, TKT, APP = "라이드제어팀", "ride-safety", "파크IoT파트", "ticketing-squad", "hanulpass-app"
RTL, SHOW, AQUA, HTL, SEC = "리테일시스템팀", "공연기술팀", "아쿠아설비파트", "호텔IT", "시설보안팀"
DATA, INFRA, DBA, NET, CLOUD, BSN = (
    "data-platform",
    "IT인프라팀",
    "DB운영팀",
    "네트워크파트",
    "cloud-ops",
    "부산파크IT",
)

GKE_APP1, GKE_APP2 = "gke-hanul-prd-app-8d2f41c0-x7vq", "gke-hanul-prd-app-8d2f41c0-m2tz"
GKE_TKT, GKE_STG = "gke-hanul-prd-tkt-5b7e90a4-q1rc", "gke-hanul-stg-pool-c41d07e2-9wbn"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- ride control and safety
    "plcgw-adv": ("service", RIDE, "F", "P", ["ipc-adv-01"], ["mqtt-park"],
                  {"desc": "어드벤처존 라이드 PLC 게이트웨이 (OPC UA → MQTT)", "product": "KEPServerEX 6.15 + 자체 브리지",
                   "version": "3.2.1", "zone": "어드벤처", "rides": 7, "plc": "Siemens S7-1500F", "opc_tags": 4200,
                   "ride_names": "썬더캐년, 스카이드롭, 정글래프트, 롤링카트, 타이거트램, 블랙홀, 익스프레스2000"}),
    "plcgw-fan": ("service", RIDE, "F", "P", ["ipc-fan-01"], ["mqtt-park"],
                  {"desc": "매직판타지존 라이드 PLC 게이트웨이 (OPC UA → MQTT)", "product": "KEPServerEX 6.15 + 자체 브리지",
                   "version": "3.2.1", "zone": "매직판타지", "rides": 12, "plc": "Allen-Bradley GuardLogix 5580",
                   "opc_tags": 5100}),
    "plcgw-frt": ("service", RIDE, "F", "P", ["ipc-frt-01"], ["mqtt-park"],
                  {"desc": "와일드프론티어존 라이드 PLC 게이트웨이 (OPC UA → MQTT)", "product": "KEPServerEX 6.15 + 자체 브리지",
                   "version": "3.1.4", "zone": "와일드프론티어", "rides": 9, "plc": "Siemens S7-1500F", "opc_tags": 3650}),
    "ride-safety-mon": ("service", SAFE, "Y", "P", ["ygv-ride01"], ["mqtt-park", "pg-ridesafe", "influx-ride"],
                        {"desc": "라이드 안전 모니터링 (인터록, 비상정지, 풍속, 탑승 인원; 감시 전용)", "version": "3.8.0",
                         "product": "자체개발 (Java 21, Vert.x)", "rides_monitored": 28, "wind_stop_ms": 15,
                         "sil": "SIL 2 감시 (제어는 PLC)"}),
    "ride-ops-console": ("service", RIDE, "Y", "P", ["ygv-ride02"], ["ride-safety-mon", "pg-ridesafe"],
                         {"desc": "라이드 운영 콘솔 (운행/대기 현황, 다운타임·시운전 기록)", "version": "2.11.3",
                          "product": "자체개발 (Django 5)", "operators": 160}),
    "ride-status-api": ("service", RIDE, "Y", "P", ["ygv-ride02"], ["ride-ops-console", "redis-park"],
                        {"desc": "라이드 운행 상태 피드 (앱/매직패스용)", "version": "1.7.0", "product": "자체개발 (Go 1.23)",
                         "port": 8080}),
    # ---------------------------------------------------------------- queue time, wait-time board
    "qsense-ingest": ("service", IOT, "Y", "P", ["ygv-iot01"], ["mqtt-park", "kafka-park"],
                      {"desc": "대기열 센서 수집 (LiDAR/ToF 대기열 카운터)", "version": "0.14.2",
                       "product": "자체개발 (Rust)", "sensors": 212, "interval_s": 10}),
    "waittime-calc": ("service", IOT, "Y", "P", ["ygv-iot01"], ["kafka-park", "ride-status-api", "redis-park"],
                      {"desc": "대기시간 산출 (대기열 길이 × 처리율, 5분 갱신)", "version": "2.3.0",
                       "product": "Python 3.12 (Faust)", "model": "qtime-gbm-v9"}),
    "waitboard-api": ("service", APP, "G", "P", [GKE_APP1], ["waittime-calc", "mrs-app-prd", "ps-park-events"],
                      {"desc": "앱 대기시간 보드 API", "version": "4.0.2", "product": "Node.js 22 (Fastify, GKE)",
                       "pods": 6}),
    # ---------------------------------------------------------------- ticketing, gates
    "tkt-order-api": ("service", TKT, "G", "P", [GKE_TKT], ["csql-ticket", "pay-pg-gw", "ps-ticket-events", "mrs-app-prd"],
                      {"desc": "온라인 입장권 판매 (웹/앱, 제휴 OTA)", "version": "8.3.0",
                       "product": "Spring Boot 3.3 (Kotlin, GKE)", "pods": 10, "ota_partners": 9}),
    "pay-pg-gw": ("service", TKT, "G", "P", [GKE_TKT], ["csql-ticket"],
                  {"desc": "온라인 결제 게이트웨이 (PG 연동)", "version": "2.5.4", "pgs": "토스페이먼츠, KG이니시스",
                   "product": "Spring Boot 3.3 (GKE)", "pods": 4}),
    "tkt-sync": ("service", TKT, "Y", "P", ["ygv-gate01"], ["csql-ticket", "ps-ticket-events", "redis-gate"],
                 {"desc": "입장권 파크 동기화 (클라우드 발권 → 게이트 캐시)", "version": "1.9.7",
                  "product": "자체개발 (Go 1.23)", "lag_slo_s": 60}),
    "gate-validate": ("service", TKT, "Y", "P", ["ygv-gate01", "ygv-gate02"], ["redis-gate", "tkt-sync"],
                      {"desc": "정문 게이트 QR/RFID 입장 검증", "version": "5.2.0", "product": "자체개발 (Java 21)",
                       "lanes": 24, "readers": "QR + RFID (MIFARE DESFire EV3)", "offline_mode": "로컬 화이트리스트"}),
    "ticket_stock_open": ("service", TKT, "G", "P", [GKE_TKT], ["csql-ticket"],
                          {"desc": "일자별 입장권/매직패스 재고 오픈 (D+30)", "schedule": "매일 00:00",
                           "product": "Kubernetes CronJob (Kotlin)", "version": "1.3.0"}),
    # ---------------------------------------------------------------- app: annual pass, magic pass, BFF
    "apass-svc": ("service", APP, "G", "P", [GKE_APP2], ["csql-pass", "mrs-app-prd"],
                  {"desc": "연간회원권 (가입, 갱신, 입장 인증)", "version": "5.1.0", "product": "Spring Boot 3.3 (GKE)",
                   "members": 186000, "tiers": "골드, 실버, 주니어", "pods": 8}),
    "mpass-reserve": ("service", APP, "G", "P", [GKE_APP2], ["csql-pass", "mrs-app-prd", "ride-status-api"],
                      {"desc": "매직패스 (놀이기구 시간지정 예약)", "version": "3.6.1", "product": "Spring Boot 3.3 (GKE)",
                       "slot_minutes": 15, "daily_cap": 42000, "pods": 8}),
    "app-bff": ("service", APP, "G", "P", [GKE_APP1, GKE_APP2],
                ["waitboard-api", "mpass-reserve", "apass-svc", "tkt-order-api", "mrs-app-prd"],
                {"desc": "한울패스 앱 BFF", "version": "9.14.0", "product": "Node.js 22 (NestJS, GKE)", "pods": 14,
                 "mau": 1240000}),
    "push-sender": ("service", APP, "G", "P", [GKE_APP1], ["ps-park-events"],
                    {"desc": "앱 푸시 발송 (운휴/퍼레이드/미아 알림, FCM/APNs)", "version": "1.8.2",
                     "product": "Python 3.12 (GKE)", "daily_quota": 3000000}),
    # ---------------------------------------------------------------- F&B, merchandise, payments
    "pos-fnb": ("service", RTL, "Y", "P", ["ygv-pos01"], ["mssql-retail", "pay-hub"],
                {"desc": "F&B POS 서버 (식음 매장, 푸드트럭)", "version": "6.4.0", "product": "자체개발 (.NET 8)",
                 "outlets": 46, "terminals": 412}),
    "pos-md": ("service", RTL, "Y", "P", ["ygv-pos01"], ["mssql-retail", "pay-hub"],
               {"desc": "MD(상품) 매장 POS 서버", "version": "6.4.0", "product": "자체개발 (.NET 8)", "outlets": 21,
                "terminals": 138}),
    "kiosk-order": ("service", RTL, "Y", "P", ["ygv-pos01"], ["pos-fnb", "pay-hub"],
                    {"desc": "모바일오더/키오스크 주문", "version": "2.2.5", "product": "자체개발 (Next.js + .NET 8)",
                     "kiosks": 96}),
    "pay-hub": ("service", RTL, "Y", "P", ["ygv-pay01"], ["mysql-payhub"],
                {"desc": "파크 결제 허브 (카드 VAN, 한울페이 손목밴드, 간편결제)", "version": "4.7.3",
                 "product": "자체개발 (Java 17)", "vans": "KSNET, 스마트로", "tps_limit": 900, "port": 7443}),
    "daily_sales_close": ("service", RTL, "Y", "P", ["ygv-batch01"], ["mssql-retail", "pay-hub", "bq-hanul-dw"],
                          {"desc": "일일 매출 마감 (F&B/MD/부산 POS 집계, VAN 대사)", "schedule": "매일 23:30",
                           "product": "SQL Agent + Python", "version": "1.6.0"}),
    # ---------------------------------------------------------------- parade and show control
    "show-cue": ("service", SHOW, "F", "P", ["showctl-01"], ["nas-show"],
                 {"desc": "쇼 큐/타임코드 마스터 (SMPTE LTC, 퍼레이드 구간 트리거)", "version": "4.2.0",
                  "product": "disguise + 자체 큐 서버", "parades": "데이 퍼레이드 14:00, 나이트 퍼레이드 19:30",
                  "route_sections": 6}),
    "parade-lighting": ("service", SHOW, "F", "P", ["showctl-02"], ["show-cue"],
                        {"desc": "퍼레이드 조명 제어 (sACN)", "product": "grandMA3 onPC + MA NPU", "universes": 64,
                         "version": "2.0.1"}),
    "parade-audio": ("service", SHOW, "F", "P", ["showctl-02"], ["show-cue"],
                     {"desc": "퍼레이드 음향 (Dante, 구간 스피커)", "product": "Q-SYS Core 510i", "zones": 28,
                      "version": "9.10.0"}),
    # ---------------------------------------------------------------- water park
    "wq-collector": ("service", AQUA, "A", "P", ["aq-edge-01"], ["mqtt-park", "influx-aqua"],
                     {"desc": "수질 센서 수집 (잔류염소, pH, 탁도, 수온)", "version": "1.5.0", "product": "Node-RED 4.0 + 자체 모듈",
                      "pools": 14, "sensors": 58}),
    "wq-alarm": ("service", AQUA, "A", "P", ["aq-edge-01"], ["wq-collector", "pg-facility"],
                 {"desc": "수질 기준 이탈 알람 (자동 약품 투입 연동)", "version": "1.2.3", "product": "자체개발 (Python)",
                  "chlorine_range": "0.4~4.0 mg/L", "ph_range": "5.8~8.6"}),
    "wq_legal_report": ("service", AQUA, "Y", "P", ["ygv-batch01"], ["influx-aqua", "pg-facility"],
                        {"desc": "수질 일일 법정 보고서", "schedule": "매일 06:00", "product": "Python + cron",
                         "version": "0.9.4"}),
    # ---------------------------------------------------------------- hotel
    "hotel-pms": ("service", HTL, "H", "P", ["HTL-PMS01", "HTL-PMS02"], ["ora-pms"],
                  {"desc": "호텔 PMS (프런트, 객실, 하우스키핑)", "product": "Oracle Hospitality OPERA 5.6",
                   "version": "5.6.19.12", "rooms": 612, "properties": 1}),
    "hotel-key": ("service", HTL, "H", "P", ["HTL-PMS02"], ["hotel-pms"],
                  {"desc": "객실 키카드 발급 (RFID)", "product": "ASSA ABLOY Vostio", "version": "1.12", "encoders": 18}),
    "hotel-booking": ("service", HTL, "G", "P", [GKE_APP1], ["hotel-pms", "pay-pg-gw", "csql-ticket"],
                      {"desc": "호텔 예약 엔진 (객실 + 입장권 패키지)", "version": "3.0.8",
                       "product": "자체개발 (Spring Boot 3.3, GKE)"}),
    "night_audit": ("service", HTL, "H", "P", ["HTL-PMS01"], ["ora-pms", "hotel-pms"],
                    {"desc": "나이트 오딧 (영업일 마감, 객실료/세금 포스팅)", "schedule": "매일 02:00",
                     "product": "OPERA End of Day", "version": "5.6.19.12"}),
    # ---------------------------------------------------------------- parking, CCTV, lost-child tags
    "parking-lpr": ("service", SEC, "Y", "P", ["ygv-sec01"], ["pg-facility"],
                    {"desc": "주차 번호판 인식 (주차장 P1~P5)", "version": "3.4.0", "product": "자체개발 (C++ / Python)",
                     "cameras": 64, "spaces": 8200}),
    "parking-pay": ("service", SEC, "Y", "P", ["ygv-sec01"], ["parking-lpr", "pay-hub"],
                    {"desc": "주차 정산 (사전정산, 무인정산기)", "version": "2.1.1", "product": "자체개발 (Java 17)",
                     "pay_stations": 22}),
    "vms-cctv": ("service", SEC, "Y", "P", ["ygdc-r08u02"], ["nas-cctv"],
                 {"desc": "CCTV 영상관리", "product": "Milestone XProtect Corporate 2024 R1", "cameras": 1340,
                  "retention_days": 30}),
    "kidtag-track": ("service", SEC, "Y", "P", ["ygv-sec02"], ["mqtt-park", "redis-park", "pg-facility", "push-sender"],
                     {"desc": "미아방지 태그 위치 추적 (BLE 손목밴드)", "version": "2.6.0", "product": "자체개발 (Go 1.23)",
                      "anchors": 920, "tags_issued_daily": 12000}),
    # ---------------------------------------------------------------- data platform
    "dp-ingest": ("service", DATA, "Y", "P", ["ygv-batch01"], ["kafka-park", "bq-hanul-dw"],
                  {"desc": "Kafka Connect → BigQuery 적재 (센서, 대기시간, 매출)", "product": "Kafka Connect 3.7",
                   "version": "3.7.1", "connectors": 14}),
    "dp-airflow": ("service", DATA, "G", "P", [], ["bq-hanul-dw", "csql-ticket", "mssql-retail", "csql-pass"],
                   {"desc": "데이터 파이프라인 오케스트레이션", "product": "Cloud Composer 2 (Airflow 2.9)", "dags": 140,
                    "version": "2.9.3"}),
    # ---------------------------------------------------------------- Busan park
    "bsn-gate-validate": ("service", BSN, "B", "P", ["bsn-vm01"], ["tkt-sync", "bsn-redis"],
                          {"desc": "부산파크 게이트 입장 검증", "version": "5.2.0", "product": "자체개발 (Java 21)",
                           "lanes": 8}),
    "bsn-plcgw": ("service", BSN, "B", "P", ["bsn-ipc01"], ["bsn-mqtt"],
                  {"desc": "부산파크 라이드 PLC 게이트웨이", "version": "3.1.4", "rides": 11, "plc": "Siemens S7-1500F",
                   "product": "KEPServerEX 6.15 + 자체 브리지"}),
    "bsn-pos": ("service", BSN, "B", "P", ["bsn-vm01"], ["mssql-retail", "pay-hub"],
                {"desc": "부산파크 F&B/MD POS 서버", "version": "6.3.2", "product": "자체개발 (.NET 8)", "outlets": 17,
                 "terminals": 96}),
    # ---------------------------------------------------------------- staging, dev, retired
    "tkt-order-api-stg": ("service", TKT, "G", "S", [GKE_STG], ["csql-ticket-stg"],
                          {"desc": "온라인 입장권 판매 (스테이징)", "version": "8.4.0-rc1"}),
    "app-bff-stg": ("service", APP, "G", "S", [GKE_STG], ["tkt-order-api-stg"],
                    {"desc": "한울패스 앱 BFF (스테이징)", "version": "9.15.0-beta2"}),
    "gate-validate-dev": ("service", TKT, "Y", "D", ["ygv-dev01"], [],
                          {"desc": "게이트 입장 검증 (개발)", "version": "5.3.0-SNAPSHOT"}),
    "waittime-calc-dev": ("service", IOT, "Y", "D", ["ygv-dev01"], [],
                          {"desc": "대기시간 산출 (개발)", "version": "2.4.0-dev"}),
    "wq-scada-old": ("service", AQUA, "A", "P", [], [],
                     {"desc": "구 수질 SCADA 연동 (2027년 wq-collector로 대체)", "version": "1.0.9",
                      "decommissioned": "2027-06-30"}),
    # ---------------------------------------------------------------- databases
    "pg-ridesafe": ("database", DBA, "Y", "P", ["ygdc-r05u10"], [],
                    {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 (Patroni)", "port": 5432,
                     "replication": "streaming (sync)", "desc": "라이드 안전 이벤트/운행 기록 DB", "size_gb": 740}),
    "influx-ride": ("database", RIDE, "Y", "P", ["ygdc-r05u12"], [],
                    {"engine": "influxdb", "version": "2.7.10", "product": "InfluxDB OSS 2.7", "port": 8086,
                     "retention": "400d", "desc": "라이드 센서 시계열 (진동, 모터 전류, 풍속)"}),
    "influx-aqua": ("database", AQUA, "Y", "P", ["ygdc-r05u12"], [],
                    {"engine": "influxdb", "version": "2.7.10", "product": "InfluxDB OSS 2.7", "port": 8087,
                     "retention": "1095d", "desc": "수질 센서 시계열 (법정 3년 보관)"}),
    "csql-ticket": ("database", CLOUD, "G", "P", [], [],
                    {"engine": "postgresql", "version": "16.4", "product": "Cloud SQL for PostgreSQL",
                     "tier": "db-custom-16-65536", "availability": "REGIONAL (HA)", "max_connections": 1000,
                     "iops_limit": 25000, "desc": "입장권/주문/결제 DB"}),
    "csql-pass": ("database", CLOUD, "G", "P", [], [],
                  {"engine": "mysql", "version": "8.0.39", "product": "Cloud SQL for MySQL",
                   "tier": "db-custom-8-32768", "availability": "REGIONAL (HA)", "max_connections": 4000,
                   "desc": "연간회원/매직패스 DB"}),
    "mysql-payhub": ("database", DBA, "Y", "P", ["ygv-db01"], [],
                     {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Community", "port": 3306,
                      "replication": "semi-sync", "desc": "결제 승인/손목밴드 잔액 DB"}),
    "mssql-retail": ("database", DBA, "Y", "P", ["YGW-RTLDB01"], [],
                     {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Standard CU14",
                      "port": 1433, "recovery_model": "FULL", "log_backup_min": 15, "log_drive_gb": 400,
                      "desc": "F&B/MD 매출·재고 DB (부산 포함)"}),
    "ora-pms": ("database", DBA, "H", "P", ["HTL-DB01"], [],
                {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c SE2", "sid": "OPERA",
                 "port": 1521, "fra_gb": 800, "desc": "호텔 PMS DB"}),
    "pg-facility": ("database", DBA, "Y", "P", ["ygv-db01"], [],
                    {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5433,
                     "desc": "시설/보안/주차/수질 기준 DB"}),
    "bq-hanul-dw": ("database", DATA, "G", "P", [], [],
                    {"engine": "bigquery", "product": "BigQuery (dataset hanul_dw)", "location": "asia-northeast3",
                     "slots": 500, "desc": "데이터 웨어하우스"}),
    "csql-ticket-stg": ("database", CLOUD, "G", "S", [], [],
                        {"engine": "postgresql", "version": "16.4", "product": "Cloud SQL for PostgreSQL",
                         "tier": "db-custom-2-8192"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-gate": ("cache", TKT, "Y", "P", ["ygdc-r04u20"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "noeviction",
                    "port": 6379, "desc": "게이트 입장권 화이트리스트 캐시"}),
    "redis-park": ("cache", INFRA, "Y", "P", ["ygdc-r04u20"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 16, "maxmemory_policy": "allkeys-lru",
                    "port": 6380, "desc": "파크 공용 캐시 (라이드 상태, 태그 위치, 대기시간)"}),
    "mrs-app-prd": ("cache", CLOUD, "G", "P", [], [],
                    {"engine": "redis", "version": "7.2", "product": "Memorystore for Redis", "tier": "STANDARD_HA",
                     "capacity_gb": 26, "maintenance_window": "화 10:00 KST", "desc": "앱 세션/회원권/매직패스 슬롯 캐시"}),
    "bsn-redis": ("cache", BSN, "B", "P", ["bsn-vm02"], [],
                  {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 4, "maxmemory_policy": "noeviction",
                   "port": 6379, "desc": "부산 게이트 캐시"}),
    "mqtt-park": ("queue", IOT, "Y", "P", ["ygdc-r06u03", "ygdc-r06u05"], [],
                  {"product": "EMQX Enterprise 5.6.1", "nodes": 2, "port": 8883, "max_connections": 60000,
                   "ride_listener": "8884 (라이드 전용, 연결 예약)",
                   "desc": "파크 IoT 브로커 (라이드 게이트웨이, 대기열 센서, 수질 센서, 미아방지 태그)"}),
    "kafka-park": ("queue", DATA, "Y", "P", ["ygdc-r06u07", "ygdc-r06u09"], [],
                   {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 2, "port": 9092, "topics": 64,
                    "retention_h": 48, "desc": "센서/대기시간/매출 이벤트 스트림"}),
    "ps-ticket-events": ("queue", CLOUD, "G", "P", [], [],
                         {"product": "Google Cloud Pub/Sub", "topic": "ticket-events", "subscriptions": 5,
                          "desc": "발권/취소/입장 이벤트"}),
    "ps-park-events": ("queue", CLOUD, "G", "P", [], [],
                       {"product": "Google Cloud Pub/Sub", "topic": "park-events", "subscriptions": 4,
                        "desc": "운휴/대기시간/퍼레이드/미아 알림 이벤트"}),
    "bsn-mqtt": ("queue", BSN, "B", "P", ["bsn-vm02"], [],
                 {"product": "Eclipse Mosquitto 2.0.18", "port": 8883, "desc": "부산파크 라이드 브로커"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "glb-hanulpass": ("G", CLOUD, ["app-bff", "tkt-order-api", "hotel-booking"],
                      {"vendor": "Google", "model": "Global external Application Load Balancer",
                       "endpoint": "api.hanulpass.co.kr", "cert_issuer": "Google-managed (자동 갱신)",
                       "cloud_armor": "hanul-waf-policy"}),
    "adc-yg-gate": ("Y", NET, ["gate-validate", "tkt-sync"],
                    {"vendor": "A10 Networks", "model": "Thunder 1040", "vip": "172.20.1.10", "firmware": "6.0.4",
                     "endpoint": "gate.hanulland.co.kr", "cert_expiry": "2028-10-20", "cert_issuer": "DigiCert (수동 갱신)"}),
    "adc-yg-biz": ("Y", NET, ["pos-fnb", "kiosk-order", "pay-hub", "parking-pay"],
                   {"vendor": "A10 Networks", "model": "Thunder 1040", "vip": "172.20.1.20", "firmware": "6.0.4",
                    "cert_expiry": "2029-03-15"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-show": ("Y", SHOW, {"vendor": "Dell", "model": "PowerScale F210", "capacity_tb": 180, "onefs": "9.8.0.1",
                             "protocol": "NFS v3 / SMB 3", "desc": "쇼 미디어/큐 파일 NAS"}, ["showctl-01", "showctl-02"]),
    "nas-cctv": ("Y", SEC, {"vendor": "Dell", "model": "PowerScale H7000", "capacity_tb": 1400, "onefs": "9.7.1.2",
                            "desc": "CCTV 녹화 스토리지 (30일 보관)"}, ["ygdc-r08u02"]),
    "san-yg-01": ("Y", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.15.1", "capacity_tb": 140,
                               "protocol": "FC 32G", "desc": "DB/스트리밍 블록 스토리지"},
                  ["ygdc-r05u10", "ygdc-r05u12", "ygdc-r06u07", "ygdc-r06u09", "YGW-RTLDB01"]),
    "nas-backup": ("Y", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288, "ddos": "8.1.0.10",
                                "desc": "백업 (DB 로그 백업, RMAN, 파일)"},
                   ["YGW-RTLDB01", "HTL-DB01", "ygdc-r05u10", "ygv-db01"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 용인파크 IDC: physical servers by rack and unit
    "ygdc-r04u20": ("Y", "P", "bare", {"role": "Redis (게이트, 파크 공용)", "model": "Dell PowerEdge R660", "rack": "R04 U20"}),
    "ygdc-r05u10": ("Y", "P", "bare", {"role": "PostgreSQL pg-ridesafe primary", "model": "HPE ProLiant DL380 Gen11",
                                       "rack": "R05 U10", "raid": "Broadcom MegaRAID 9560-16i (BBU)"}),
    "ygdc-r05u12": ("Y", "P", "bare", {"role": "InfluxDB (라이드, 수질)", "model": "HPE ProLiant DL380 Gen11",
                                       "rack": "R05 U12", "raid": "HPE MR416i-o"}),
    "ygdc-r06u03": ("Y", "P", "bare", {"role": "EMQX node 1", "model": "Lenovo ThinkSystem SR630 V3", "rack": "R06 U03"}),
    "ygdc-r06u05": ("Y", "P", "bare", {"role": "EMQX node 2", "model": "Lenovo ThinkSystem SR630 V3", "rack": "R06 U05"}),
    "ygdc-r06u07": ("Y", "P", "bare", {"role": "Kafka broker 1", "model": "Lenovo ThinkSystem SR650 V3", "rack": "R06 U07"}),
    "ygdc-r06u09": ("Y", "P", "bare", {"role": "Kafka broker 2", "model": "Lenovo ThinkSystem SR650 V3", "rack": "R06 U09"}),
    "ygdc-r08u02": ("Y", "P", "bare", {"role": "CCTV 녹화 서버", "model": "Dell PowerEdge R760xd2", "rack": "R08 U02"}),
    "YGW-RTLDB01": ("Y", "P", "win", {"role": "MS-SQL 리테일", "model": "Dell PowerEdge R760", "rack": "R07 U14"}),
    # 용인파크 IDC: Nutanix AHV VMs
    "ygv-ride01": ("Y", "P", "vm", {"role": "라이드 안전 모니터링"}),
    "ygv-ride02": ("Y", "P", "vm", {"role": "라이드 운영 콘솔, 상태 피드"}),
    "ygv-iot01": ("Y", "P", "vm", {"role": "대기열 센서 수집, 대기시간 산출"}),
    "ygv-gate01": ("Y", "P", "vm", {"role": "게이트 검증 #1, 티켓 동기화"}),
    "ygv-gate02": ("Y", "P", "vm", {"role": "게이트 검증 #2"}),
    "ygv-pos01": ("Y", "P", "vm", {"role": "F&B/MD POS 서버, 모바일오더"}),
    "ygv-pay01": ("Y", "P", "vm", {"role": "결제 허브"}),
    "ygv-db01": ("Y", "P", "vm", {"role": "MySQL 결제, PostgreSQL 시설"}),
    "ygv-sec01": ("Y", "P", "vm", {"role": "주차 LPR, 주차 정산"}),
    "ygv-sec02": ("Y", "P", "vm", {"role": "미아방지 태그 추적"}),
    "ygv-batch01": ("Y", "P", "vm", {"role": "배치 (매출 마감, 수질 보고서), Kafka Connect"}),
    "ygv-stg01": ("Y", "S", "vm", {"role": "스테이징 공용"}),
    "ygv-dev01": ("Y", "D", "vm", {"role": "개발 공용"}),
    # 용인파크 현장: field industrial PCs and show controllers
    "ipc-adv-01": ("F", "P", "ipc", {"role": "어드벤처존 PLC 게이트웨이", "model": "Siemens SIMATIC IPC527G",
                                     "cabinet": "ADV-MCC-02"}),
    "ipc-fan-01": ("F", "P", "ipc", {"role": "매직판타지존 PLC 게이트웨이", "model": "Siemens SIMATIC IPC527G",
                                     "cabinet": "FAN-MCC-01"}),
    "ipc-fan-02": ("F", "P", "ipc", {"role": "매직판타지존 예비 게이트웨이 (SSD 교체 대기)",
                                     "model": "Siemens SIMATIC IPC527G", "cabinet": "FAN-MCC-01"}),
    "ipc-frt-01": ("F", "P", "ipc", {"role": "와일드프론티어존 PLC 게이트웨이", "model": "Beckhoff C6030",
                                     "cabinet": "FRT-MCC-03"}),
    "showctl-01": ("F", "P", "show", {"role": "쇼 큐 서버", "model": "disguise vx 4+", "booth": "퍼레이드 컨트롤 부스 A"}),
    "showctl-02": ("F", "P", "show", {"role": "조명/음향 제어", "model": "Dell Precision 7960 Rack",
                                      "booth": "퍼레이드 컨트롤 부스 A"}),
    "gatectl-main": ("F", "P", "gate", {"role": "정문 게이트 레인 컨트롤러 (24 레인)", "model": "Gunnebo SpeedStile FL",
                                        "lanes": 24}),
    # 아쿠아한울
    "aq-edge-01": ("A", "P", "edge", {"role": "수질 센서 엣지 서버", "model": "Advantech MIC-770 V3",
                                      "room": "아쿠아한울 지하 기계실"}),
    # 한울리조트호텔
    "HTL-PMS01": ("H", "P", "hwin", {"role": "OPERA 앱 서버 #1, 나이트 오딧", "model": "HPE ProLiant DL360 Gen11"}),
    "HTL-PMS02": ("H", "P", "hwin", {"role": "OPERA 앱 서버 #2, 키 인코더 서버", "model": "HPE ProLiant DL360 Gen11"}),
    "HTL-DB01": ("H", "P", "hora", {"role": "Oracle OPERA DB", "model": "HPE ProLiant DL380 Gen11"}),
    # 부산파크
    "bsn-vm01": ("B", "P", "bvm", {"role": "게이트 검증, POS 서버"}),
    "bsn-vm02": ("B", "P", "bvm", {"role": "Redis, Mosquitto"}),
    "bsn-ipc01": ("B", "P", "ipc", {"role": "부산파크 PLC 게이트웨이", "model": "Siemens SIMATIC IPC427E",
                                    "cabinet": "BSN-MCC-01"}),
    # GCP 서울리전: GKE nodes
    GKE_APP1: ("G", "P", "gke", {"role": "GKE 노드 (앱)", "machine_type": "n2-standard-16", "zone": "asia-northeast3-a",
                                 "node_pool": "app-pool"}),
    GKE_APP2: ("G", "P", "gke", {"role": "GKE 노드 (앱)", "machine_type": "n2-standard-16", "zone": "asia-northeast3-b",
                                 "node_pool": "app-pool"}),
    GKE_TKT: ("G", "P", "gke", {"role": "GKE 노드 (티켓팅)", "machine_type": "c3-standard-22", "zone": "asia-northeast3-c",
                                "node_pool": "tkt-pool"}),
    GKE_STG: ("G", "S", "gke", {"role": "GKE 노드 (스테이징)", "machine_type": "e2-standard-8", "zone": "asia-northeast3-a",
                                "node_pool": "pool-1"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "yg-core-sw1": ("Y", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.32.2F"}),
    "yg-fw-edge1": ("Y", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440", "firmware": "PAN-OS 11.1.4"}),
    "ot-fw-ride": ("F", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 400F (Rugged)",
                         "firmware": "FortiOS 7.4.4", "zone": "라이드 OT망 (IEC 62443 zone 2)",
                         "desc": "IT ↔ 라이드 제어망 경계"}),
    "wlc-park-1": ("Y", {"device": "wireless controller", "vendor": "Aruba", "model": "7240XM", "firmware": "AOS 8.12",
                         "aps": 1450, "desc": "파크 Wi-Fi (고객, 직원 단말, 게이트 핸디)"}),
    "wan-yg-bsn": ("B", {"device": "WAN link", "vendor": "KT", "model": "전용회선 1Gbps", "circuit": "KT-PL-5521-0937",
                         "desc": "용인파크 IDC ↔ 부산파크"}),
    "ic-gcp-yg": ("Y", {"device": "Cloud Interconnect", "vendor": "Google", "model": "Partner Interconnect 10Gbps (LG U+)",
                        "circuit": "lgu-ic-hanul-yg-01", "vlan_attachment": "va-yg-seoul-1"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("ot-fw-ride", "yg-core-sw1"),
    ("yg-fw-edge1", "yg-core-sw1"),
    ("wlc-park-1", "yg-core-sw1"),
    ("wan-yg-bsn", "yg-core-sw1"),
    ("ic-gcp-yg", "yg-core-sw1"),
    ("plcgw-adv", "ot-fw-ride"),
    ("plcgw-fan", "ot-fw-ride"),
    ("plcgw-frt", "ot-fw-ride"),
    ("gatectl-main", "gate-validate"),
]
# fmt: on
STATUS = {"ipc-fan-02": "maintenance", "waittime-calc-dev": "maintenance", "wq-scada-old": "retired"}
NET_PREFIX = {"Y": "172.20", "F": "172.21", "A": "172.22", "H": "172.23", "B": "172.24", "G": "10.128"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "T1",
        "kind": "nas_latency_snapshot",
        "root": "nas-show",
        "description": "during Thursday's night parade the show media NAS nas-show runs its daily snapshot and a"
        " dedupe job (moved from 03:00 to 19:00 on Wednesday) and NFS latency soars: show-cue (4.2.0 deployed at"
        " 18:40, loudest) cannot preload media and fires cues late, parade-lighting loses timecode sync and"
        " parade-audio plays late, until the dedupe job is stopped",
        "start": kst(5, 19, 25),
        "end": kst(5, 20, 20),
        "affected": ["nas-show", "show-cue", "parade-lighting", "parade-audio"],
    },
    {
        "id": "T2",
        "kind": "db_io_saturation",
        "root": "csql-ticket",
        "description": "at the holiday-weekend gate opening on Saturday dp-airflow's ticket export (moved from"
        " 04:00 to 09:10 on Friday) scans the order tables and saturates csql-ticket's IOPS: tkt-sync (loudest)"
        " falls behind, tkt-order-api (8.3.0 deployed at 08:50) times out, gate-validate and bsn-gate-validate"
        " reject freshly bought tickets, until the export is stopped",
        "start": kst(7, 9, 20),
        "end": kst(7, 10, 15),
        "affected": ["csql-ticket", "tkt-sync", "tkt-order-api", "gate-validate", "bsn-gate-validate"],
    },
    {
        "id": "T3",
        "kind": "db_log_full",
        "root": "mssql-retail",
        "description": "at the 한글날 lunch peak the transaction log of mssql-retail fills (log backups have failed"
        " since nas-backup went into maintenance on Sunday night, Msg 9002): pos-fnb (6.4.0 deployed at 11:30,"
        " loudest) cannot store orders, pos-md and the Busan POS bsn-pos fail sales, kiosk-order queues, until the"
        " log is backed up locally and shrunk",
        "start": kst(9, 12, 10),
        "end": kst(9, 13, 5),
        "affected": ["mssql-retail", "pos-fnb", "pos-md", "bsn-pos", "kiosk-order"],
    },
    {
        "id": "T4",
        "kind": "cache_maintenance_failover",
        "root": "mrs-app-prd",
        "description": "on Tuesday at 10:00, just as the autumn annual-pass renewal opens, the Memorystore"
        " instance mrs-app-prd fails over for its maintenance window and resyncs (LOADING): apass-svc (5.1.0"
        " deployed at 09:40, loudest) fails renewals, mpass-reserve and app-bff fail their lookups, until the"
        " maintenance completes",
        "start": kst(10, 10, 0),
        "end": kst(10, 10, 55),
        "affected": ["mrs-app-prd", "apass-svc", "mpass-reserve", "app-bff"],
    },
    {
        "id": "T5",
        "kind": "archivelog_dest_full",
        "root": "ora-pms",
        "description": "in the small hours of Wednesday the night audit's redo fills ora-pms's recovery area (the"
        " RMAN archive-log backups to nas-backup have failed since Sunday) and the archiver stops (ORA-00257):"
        " hotel-pms (OPERA patched on Tuesday, loudest) fails front-desk transactions, night_audit fails its"
        " posting step and hotel-key cannot verify rooms, until the archive logs are backed up and the area grown",
        "start": kst(11, 2, 10),
        "end": kst(11, 3, 5),
        "affected": ["ora-pms", "hotel-pms", "night_audit", "hotel-key"],
    },
    {
        "id": "T6",
        "kind": "raid_write_through",
        "root": "ygdc-r05u10",
        "description": "on Friday evening, as the Halloween night opens, the RAID controller of ygdc-r05u10 runs"
        " its battery learn cycle and switches to write-through: pg-ridesafe's WAL fsync stalls, ride-safety-mon"
        " (3.8.0 deployed at 17:20, loudest) records safety events late and holds six rides fail-safe, and"
        " ride-ops-console lags, until the learn cycle completes",
        "start": kst(13, 17, 40),
        "end": kst(13, 18, 35),
        "affected": ["ygdc-r05u10", "pg-ridesafe", "ride-safety-mon", "ride-ops-console"],
    },
    {
        "id": "T7",
        "kind": "broker_memory_watermark",
        "root": "mqtt-park",
        "description": "on Saturday afternoon (festival peak) a retainer change on mqtt-park keeps every queue"
        " sensor count as a retained message; the EMQX nodes reach their memory watermark and evict sessions:"
        " qsense-ingest (loudest) loses sensors, kidtag-track (2.6.0 deployed at 15:20) updates tag positions late"
        " and wq-collector drops water-quality samples (ongoing)",
        "start": kst(14, 15, 55),
        "end": None,
        "affected": ["mqtt-park", "qsense-ingest", "kidtag-track", "wq-collector"],
    },
]
T1, T2, T3, T4, T5, T6, T7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 8, 'S': 30, 'D': 50}[env]) + i // 7}.{11 + (i * 37) % 230}"
        }
        if kind in ("vm", "bvm"):
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "Ubuntu 22.04 LTS", "RHEL 9.4"]),
                      "vcpu": rng.choice([4, 8, 16]), "mem_gb": rng.choice([16, 32, 64]),
                      "hypervisor": "Nutanix AHV 20230302" if kind == "vm" else "VMware ESXi 8.0U2",
                      "cluster": "NTX-YG-PRD01" if env == "P" else "NTX-YG-NPD01"}  # fmt: skip
            if kind == "bvm":
                attrs["cluster"] = "esx-bsn-01"
                owner = BSN
        elif kind in ("win", "hwin"):
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([16, 24, 32]), "mem_gb": rng.choice([128, 256]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', '7XQ'])}{rng.randint(1000000, 9999999)}"}  # fmt: skip
            owner = DBA if kind == "win" else HTL
        elif kind == "hora":
            attrs |= {"os": "Oracle Linux 8.10", "cores": 16, "mem_gb": 256,
                      "serial": f"SGH{rng.randint(1000000, 9999999)}"}  # fmt: skip
            owner = DBA
        elif kind == "ipc":
            attrs |= {"os": rng.choice(["Windows 10 IoT Enterprise LTSC 2021", "Debian 12 (PREEMPT_RT)"]),
                      "network": "라이드 OT망"}  # fmt: skip
            owner = BSN if site == "B" else RIDE
        elif kind == "show":
            attrs |= {"os": "Windows 11 IoT Enterprise" if h == "showctl-01" else "Ubuntu 22.04 LTS",
                      "timecode": "SMPTE LTC 30fps"}  # fmt: skip
            owner = SHOW
        elif kind == "gate":
            attrs |= {"os": "embedded Linux (Yocto)", "firmware": "SFL 4.8.2"}
            owner = TKT
        elif kind == "edge":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 8, "mem_gb": 32}
            owner = AQUA
        elif kind == "gke":
            attrs |= {
                "os": "Container-Optimized OS 113",
                "cluster": "gke-hanul-prd" if env == "P" else "gke-hanul-stg",
                "kubelet": "1.30.5-gke.1014001",
            }
            owner = CLOUD
        else:  # bare metal in the park IDC
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "RHEL 9.4"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}"}  # fmt: skip
            if h == "ygdc-r05u10":
                owner = DBA
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(250, 254) - 250}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _sig(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def _hours(ts: datetime) -> tuple[bool, float, float, float]:
    """(peak day, opening, closing, crowd size) of the Yongin park on the day of `ts`: weekends and the holiday
    run 09:30–22:00 with a full crowd, weekdays 10:00–21:00 with school groups."""
    loc = _local(ts)
    peak = loc.weekday() >= 5 or loc.day in HOLIDAYS
    if peak:
        return True, 9.5, 22.0, 1.0 if loc.weekday() != 6 else 0.92
    return False, 10.0, 21.0, 0.5 + (0.08 if loc.weekday() == 4 else 0)


def _crowd(ts: datetime) -> float:
    """Guests in the park: building from the opening to an early-afternoon plateau, thinning in the evening."""
    _, opening, closing, amp = _hours(ts)
    h = seoul_hour(ts)
    if h < opening - 0.5 or h > closing + 0.5:
        return 0.0
    v = _sig((h - opening - 1.2) / 0.55) * (1 - 0.3 * _sig((h - 18.3) / 0.8))
    if h > closing:
        v *= max(0.0, 1 - (h - closing) / 0.5)
    return amp * v


def _park(ts: datetime) -> float:
    """Ride gateways, queue sensors, the IoT broker and the park's own systems (rides tested from 08:30)."""
    h = seoul_hour(ts)
    v = 0.07 + 0.85 * _crowd(ts) + (0.1 if 8.5 <= h < 9.5 else 0)
    return max(0.05, min(1.0, v))


def _gate(ts: datetime) -> float:
    """Gate entry: the rush in the first hour after opening and the 17:00 night-ticket entry."""
    _, opening, _, amp = _hours(ts)
    h = seoul_hour(ts)
    v = 0.05 + amp * (0.9 * _bump(h, opening + 0.6, 0.55) + 0.3 * _bump(h, 17.2, 0.45)) + 0.15 * _crowd(ts)
    return max(0.05, min(1.0, v))


def _fnb(ts: datetime) -> float:
    """F&B and shops: lunch and dinner peaks on top of the crowd."""
    _, opening, closing, amp = _hours(ts)
    h = seoul_hour(ts)
    if h < opening - 1 or h > closing + 0.5:
        return 0.04
    v = 0.08 + 0.3 * _crowd(ts) + amp * (0.55 * _bump(h, 12.5, 0.7) + 0.4 * _bump(h, 18.1, 0.8))
    return max(0.05, min(1.0, v))


def _app(ts: datetime) -> float:
    """The app: in-park use (wait times, magic pass) and evening browsing at home."""
    h = seoul_hour(ts)
    v = 0.06 + 0.75 * _crowd(ts) + 0.22 * _bump(h, 21.5, 1.3)
    return max(0.05, min(1.0, v))


def _tickets(ts: datetime) -> float:
    """Online ticket sales: lunch and late-evening buying plus on-the-day purchases."""
    h = seoul_hour(ts)
    v = 0.08 + 0.3 * _bump(h, 12.5, 1.2) + 0.45 * _bump(h, 21.5, 1.5) + 0.3 * _crowd(ts)
    return max(0.05, min(1.0, v))


def _hotel(ts: datetime) -> float:
    """Hotel: check-out 10–11, check-in 15–18, the 02:00 night audit."""
    h = seoul_hour(ts)
    v = 0.12 + 0.35 * _bump(h, 10.5, 0.7) + 0.45 * _bump(h, 16.0, 1.3) + (0.25 if 2 <= h < 3 else 0)
    return max(0.05, min(1.0, v))


def _show(ts: datetime) -> float:
    """Show control: the 14:00 day parade and the 19:30 night parade (every festival night)."""
    h = seoul_hour(ts)
    v = 0.08 + (0.85 if 14.0 <= h < 14.75 else 0) + (0.9 if 19.5 <= h < 20.25 else 0)
    v += 0.1 if 10 <= h < 21 else 0
    return max(0.05, min(1.0, v))


def _aqua(ts: datetime) -> float:
    """Indoor water park 10:00–19:00; the sensors report around the clock."""
    loc, h = _local(ts), seoul_hour(ts)
    amp = 1.0 if loc.weekday() >= 5 or loc.day in HOLIDAYS else 0.55
    v = 0.3 + (amp * 0.5 * _sig((h - 11) / 0.6) * (1 - _sig((h - 18.5) / 0.4)))
    return max(0.05, min(1.0, v))


def _parking(ts: datetime) -> float:
    _, opening, closing, amp = _hours(ts)
    h = seoul_hour(ts)
    v = (
        0.04
        + amp * (0.8 * _bump(h, opening + 0.3, 0.8) + 0.7 * _bump(h, closing - 0.2, 0.7))
        + 0.1 * _crowd(ts)
    )
    return max(0.05, min(1.0, v))


def _night(ts: datetime) -> float:
    """Nightly jobs: the stock opening, the sales close, the data platform's loads (23:30–04:00)."""
    h = seoul_hour(ts)
    return 0.85 if h >= 23.5 or h < 4 else 0.15


def _busan(ts: datetime) -> float:
    """The Busan park: 10:00–20:00, smaller crowds."""
    loc, h = _local(ts), seoul_hour(ts)
    amp = 0.9 if loc.weekday() >= 5 or loc.day in HOLIDAYS else 0.45
    if h < 9.5 or h > 20.5:
        return 0.05
    v = (
        0.06
        + amp * _sig((h - 11) / 0.6) * (1 - 0.4 * _sig((h - 17.5) / 0.8))
        + 0.3 * amp * _bump(h, 12.5, 0.7)
    )
    return max(0.05, min(1.0, v))


def _steady(ts: datetime) -> float:
    return 0.5


PARK = {
    "plcgw-adv", "plcgw-fan", "plcgw-frt", "ride-safety-mon", "ride-ops-console", "ride-status-api",
    "qsense-ingest", "waittime-calc", "mqtt-park", "kafka-park", "redis-park", "kidtag-track", "pg-ridesafe",
    "influx-ride", "ipc-adv-01", "ipc-fan-01", "ipc-frt-01", "ygv-ride01", "ygv-ride02", "ygv-iot01",
    "ygdc-r04u20", "ygdc-r05u10", "ygdc-r05u12", "ygdc-r06u03", "ygdc-r06u05", "ygdc-r06u07", "ygdc-r06u09",
    "ot-fw-ride", "wlc-park-1", "ygv-sec02", "vms-cctv", "ygdc-r08u02", "nas-cctv", "yg-core-sw1", "yg-fw-edge1",
    "pg-facility", "ygv-db01", "dp-ingest",
}  # fmt: skip
APP_SIDE = {"waitboard-api", "apass-svc", "mpass-reserve", "app-bff", "push-sender", "mrs-app-prd", "csql-pass",
            "ps-park-events", "glb-hanulpass", GKE_APP1, GKE_APP2, "ic-gcp-yg"}  # fmt: skip
GATE = {"gate-validate", "tkt-sync", "redis-gate", "ygv-gate01", "ygv-gate02", "gatectl-main", "adc-yg-gate"}
TICKETS = {"tkt-order-api", "pay-pg-gw", "csql-ticket", "ps-ticket-events", GKE_TKT, "hotel-booking"}
FNB = {"pos-fnb", "pos-md", "kiosk-order", "pay-hub", "mysql-payhub", "mssql-retail", "ygv-pos01", "ygv-pay01",
       "YGW-RTLDB01", "adc-yg-biz"}  # fmt: skip
SHOW_SIDE = {"show-cue", "parade-lighting", "parade-audio", "nas-show", "showctl-01", "showctl-02"}
AQUA_SIDE = {"wq-collector", "wq-alarm", "influx-aqua", "aq-edge-01"}
HOTEL = {"hotel-pms", "hotel-key", "ora-pms", "HTL-PMS01", "HTL-PMS02", "HTL-DB01", "night_audit"}
NIGHT = {"daily_sales_close", "ticket_stock_open", "wq_legal_report", "dp-airflow", "bq-hanul-dw", "ygv-batch01",
         "nas-backup", "san-yg-01"}  # fmt: skip
PARKING = {"parking-lpr", "parking-pay", "ygv-sec01"}
BUSAN = {"bsn-gate-validate", "bsn-plcgw", "bsn-pos", "bsn-redis", "bsn-mqtt", "bsn-vm01", "bsn-vm02", "bsn-ipc01",
         "wan-yg-bsn"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (PARK, _park),
        (APP_SIDE, _app),
        (GATE, _gate),
        (TICKETS, _tickets),
        (FNB, _fnb),
        (SHOW_SIDE, _show),
        (AQUA_SIDE, _aqua),
        (HOTEL, _hotel),
        (NIGHT, _night),
        (PARKING, _parking),
        (BUSAN, _busan),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "T1": {0: (14.0, 2.0), 1: (4.5, 13.0), 2: (2.4, 8.0)},
    "T2": {0: (6.5, 4.0), 1: (3.8, 12.0), 2: (2.0, 7.0)},
    "T3": {0: (5.0, 9.0), 1: (4.0, 14.0), 2: (2.2, 7.5)},
    "T4": {0: (12.0, 6.0), 1: (3.5, 12.0)},
    "T5": {0: (6.0, 7.0), 1: (4.0, 15.0), 2: (2.3, 8.0)},
    "T6": {1: (9.0, 4.0), 2: (3.5, 11.0)},
    "T7": {0: (5.0, 6.0), 1: (3.6, 13.0)},
}
EFFECT_OVERRIDE = {
    ("T1", "show-cue"): (5.5, 28.0),
    ("T2", "tkt-sync"): (5.0, 26.0),
    ("T3", "pos-fnb"): (4.8, 31.0),
    ("T4", "apass-svc"): (4.5, 27.0),
    ("T5", "hotel-pms"): (5.0, 33.0),
    ("T5", "night_audit"): (2.5, 18.0),
    ("T6", "ride-safety-mon"): (4.2, 25.0),
    ("T7", "qsense-ingest"): (4.0, 30.0),
    ("T7", "wq-collector"): (2.4, 9.0),
}

HOST = HostBaseline(cpu=(0.45, 0.8, 1.0), memory=(8, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "ygdc-r04u20", "ygdc-r05u10", "ygdc-r05u12", "ygdc-r06u03", "ygdc-r06u05", "ygdc-r06u07", "ygdc-r06u09",
    "ygdc-r08u02", "YGW-RTLDB01", "HTL-DB01", "HTL-PMS01", "ygv-db01", "ygv-batch01", "aq-edge-01", "showctl-01",
    "bsn-vm02",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
LOG_FILLS = kst(8, 22, 0)  # the retail log stops being backed up and grows


def _rtl_log_disk(ts: datetime, disk: float) -> float:
    """L:\\ of YGW-RTLDB01: the SQL log grows from Sunday 22:00 until it fills at 12:10 on Monday, then is
    backed up and shrunk."""
    if ts < LOG_FILLS:
        return disk
    full = 97.6
    if ts < T3["start"]:
        return disk + (full - disk) * ((ts - LOG_FILLS) / (T3["start"] - LOG_FILLS)) ** 1.6
    if ts < T3["end"]:
        return full
    return full - (full - disk) * min(1.0, (ts - T3["end"]).total_seconds() / 60 / 20)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 32), rng.uniform(36, 62), rng.uniform(22, 54)
    growth = rng.uniform(0, 0.1)
    if name == "YGW-RTLDB01":
        disk0, growth = 41.0, 0.03
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "ygdc-r05u10":  # write-through: I/O wait
            cpu += 52 * ramp(ts, T6["start"], T6["end"], rise=5, fall=10)
        if name in ("ygdc-r06u03", "ygdc-r06u05"):  # EMQX nodes holding the retained messages
            cpu += 26 * ramp(ts, T7["start"], T7["end"], rise=10)
            mem += (91.5 + rng.gauss(0, 0.3) - mem) * ramp(ts, T7["start"], T7["end"], rise=20)
        if name == "ygdc-r04u20" and 3.0 <= seoul_hour(ts) < 3.25:  # a nightly RDB save
            cpu += 9
        if name == "YGW-RTLDB01":
            disk = _rtl_log_disk(ts, disk)
        if name == "ipc-fan-02":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(9, 26)
    rtt0 = {"wan-yg-bsn": 9.6, "ic-gcp-yg": 1.7}.get(name, rng.uniform(0.2, 0.8))
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
    used = {"nas-cctv": (70.1, 70.3), "nas-backup": (58, 60), "nas-show": (47, 49)}.get(name, (30, 50))
    per_day = {"nas-cctv": 0.75, "nas-backup": 0.3}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name == "san-yg-01" else rng.uniform(1.5, 3.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "nas-show":  # the snapshot + dedupe job in the night parade
            lat *= 1 + 15 * ramp(ts, T1["start"], T1["end"], rise=10, fall=10) * (1 + rng.gauss(0, 0.08))
        if name == "nas-backup" and 1 <= seoul_hour(ts) < 3:  # the nightly backups
            lat *= 1.6
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "plcgw-adv": 18.0, "plcgw-fan": 22.0, "plcgw-frt": 20.0, "ride-safety-mon": 35.0, "ride-ops-console": 140.0,
    "ride-status-api": 45.0, "qsense-ingest": 12.0, "waittime-calc": 85.0, "waitboard-api": 120.0,
    "tkt-order-api": 260.0, "pay-pg-gw": 420.0, "tkt-sync": 60.0, "gate-validate": 38.0, "ticket_stock_open": 640.0,
    "apass-svc": 150.0, "mpass-reserve": 180.0, "app-bff": 210.0, "push-sender": 90.0, "pos-fnb": 110.0,
    "pos-md": 125.0, "kiosk-order": 230.0, "pay-hub": 340.0, "daily_sales_close": 600.0, "show-cue": 8.0,
    "parade-lighting": 11.0, "parade-audio": 6.0, "wq-collector": 25.0, "wq-alarm": 70.0, "wq_legal_report": 520.0,
    "hotel-pms": 380.0, "hotel-key": 160.0, "hotel-booking": 310.0, "night_audit": 660.0, "parking-lpr": 95.0,
    "parking-pay": 270.0, "vms-cctv": 55.0, "kidtag-track": 40.0, "dp-ingest": 150.0, "dp-airflow": 480.0,
    "bsn-gate-validate": 44.0, "bsn-plcgw": 21.0, "bsn-pos": 160.0,
    "pg-ridesafe": 2.1, "influx-ride": 6.5, "influx-aqua": 5.8, "csql-ticket": 3.4, "csql-pass": 2.6,
    "mysql-payhub": 1.8, "mssql-retail": 2.9, "ora-pms": 4.8, "pg-facility": 2.3, "bq-hanul-dw": 620.0,
    "redis-gate": 0.3, "redis-park": 0.4, "mrs-app-prd": 0.9, "bsn-redis": 0.35,
    "mqtt-park": 4.5, "kafka-park": 6.0, "ps-ticket-events": 28.0, "ps-park-events": 31.0, "bsn-mqtt": 3.1,
    "glb-hanulpass": 3.5, "adc-yg-gate": 0.7, "adc-yg-biz": 0.8,
}  # fmt: skip
REQUEST_RATE = {
    "plcgw-adv": 1400.0, "plcgw-fan": 2300.0, "plcgw-frt": 1700.0, "ride-safety-mon": 5200.0,
    "ride-ops-console": 90.0, "ride-status-api": 650.0, "qsense-ingest": 2100.0, "waittime-calc": 380.0,
    "waitboard-api": 3600.0, "tkt-order-api": 820.0, "pay-pg-gw": 240.0, "tkt-sync": 520.0, "gate-validate": 1150.0,
    "apass-svc": 960.0, "mpass-reserve": 1750.0, "app-bff": 6400.0, "push-sender": 310.0, "pos-fnb": 1250.0,
    "pos-md": 430.0, "kiosk-order": 560.0, "pay-hub": 1800.0, "hotel-pms": 140.0, "hotel-key": 25.0,
    "hotel-booking": 180.0, "parking-lpr": 75.0, "parking-pay": 60.0, "vms-cctv": 340.0, "kidtag-track": 2900.0,
    "wq-collector": 190.0, "bsn-gate-validate": 260.0, "bsn-pos": 330.0, "bsn-plcgw": 1650.0,
    "csql-ticket": 7400.0, "csql-pass": 8800.0, "mssql-retail": 4600.0, "pg-ridesafe": 3900.0,
    "mysql-payhub": 5200.0, "ora-pms": 1100.0, "redis-gate": 9200.0, "redis-park": 24000.0, "mrs-app-prd": 31000.0,
    "mqtt-park": 48000.0, "kafka-park": 15500.0, "ps-ticket-events": 1300.0, "ps-park-events": 2200.0,
    "glb-hanulpass": 9800.0, "adc-yg-gate": 1900.0, "adc-yg-biz": 3600.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-gate": (38.0, 6.0), "redis-park": (44.0, 8.0), "mrs-app-prd": (55.0, 9.0), "bsn-redis": (30.0, 5.0),
    "mqtt-park": (41.0, 12.0), "kafka-park": (52.0, 6.0), "bsn-mqtt": (22.0, 4.0),
}  # fmt: skip
CPU_DB = {"csql-ticket": (20.0, 38.0), "csql-pass": (15.0, 30.0), "pg-ridesafe": (10.0, 20.0),
          "mssql-retail": (14.0, 36.0)}  # fmt: skip


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
            if inc is T7 and name in ("qsense-ingest", "wq-collector"):
                req *= 1 - 0.5 * r  # sensors lost
            if inc is T7 and name == "mqtt-park":
                req *= 1 + 0.7 * r  # reconnects and retained deliveries
            if inc is T2 and name == "tkt-sync":
                req *= 1 - 0.4 * r
            if inc is T4 and name == "mrs-app-prd":
                req *= 1 - 0.55 * r
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "mqtt-park":  # retained messages pile up from the retainer change at 15:45
                mem += (93.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, T7["start"] - timedelta(minutes=10), T7["end"],
                                                                rise=25)  # fmt: skip
            if name == "mrs-app-prd":  # the promoted replica loads the dataset
                mem -= 24 * ramp(ts, T4["start"], T4["end"], rise=5, fall=25)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "csql-ticket":
                cpu += (96.8 + rng.gauss(0, 0.5) - cpu) * ramp(ts, T2["start"] - timedelta(minutes=8), T2["end"],
                                                                rise=8, fall=10)  # fmt: skip
            if name == "pg-ridesafe":
                cpu += 14 * ramp(ts, T6["start"], T6["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _peak_day(d: int) -> bool:
    return datetime(2028, 10, d).weekday() >= 5 or d in HOLIDAYS


def _daily_rows() -> list[tuple]:
    """The stock opening, night audit, water report, gate opening, parades, sales close and the gate cert."""
    rows = []
    for d in range(4, 15):
        stock_day = (datetime(2028, 10, d) + timedelta(days=30)).strftime("%Y-%m-%d")
        rows.append(
            (
                d,
                0,
                0,
                "ticket_stock_open",
                "info",
                "batch_job",
                f"D+30 입장권/매직패스 재고 오픈 ({stock_day})",
            )
        )
        rows.append((d, 0, 6, "ticket_stock_open", "info", "batch_job", "재고 오픈 완료"))
        biz = (datetime(2028, 10, d) - timedelta(days=1)).strftime("%Y-%m-%d")
        rows.append((d, 2, 0, "night_audit", "info", "batch_job", f"나이트 오딧 시작 (영업일 {biz})"))
        if d != 11:
            rows.append((d, 2, 41, "night_audit", "info", "batch_job", "나이트 오딧 완료"))
        found = "기준 이탈 1건 (유아풀 잔류염소, 보정 완료)" if d == 7 else "기준 이탈 0건"
        rows.append(
            (d, 6, 0, "wq_legal_report", "info", "batch_job", f"수질 일일 보고서 생성 (풀 14개, {found})")
        )
        rows.append((d, 9, 0, "adc-yg-gate", "warning", "cert_expiry",
                     f"SSL certificate gate.hanulland.co.kr expires in {(datetime(2028, 10, 20) - datetime(2028, 10, d)).days}"
                     " days (2028-10-20), manual renewal (DigiCert)"))  # fmt: skip
        rows.append(
            (
                d,
                9,
                5,
                "ride-ops-console",
                "info",
                "inspection",
                "라이드 일일 시운전 점검 완료 (28기 운행 가능)",
            )
        )
        hh, mm = (9, 30) if _peak_day(d) else (10, 0)
        rows.append((d, hh, mm, "gate-validate", "info", "operation", "정문 게이트 오픈 (입장 개시)"))
        rows.append((d, 14, 0, "show-cue", "info", "show", "데이 퍼레이드 큐 시작 (SHOW_DAY_A)"))
        rows.append((d, 19, 30, "show-cue", "info", "show", "나이트 퍼레이드 큐 시작 (SHOW_NIGHT_HWN)"))
        rows.append((d, 23, 30, "daily_sales_close", "info", "batch_job", "일일 매출 마감 시작"))
        rows.append(
            (d, 23, 52, "daily_sales_close", "info", "batch_job", "일일 매출 마감 완료 (VAN 대사 일치)")
        )
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (4, 17, 0, "nas-show", "info", "config_change", "스냅샷 스케줄 변경: show_media 일일 스냅샷 + dedupe 03:00 → 19:00 (야간 백업 창 충돌 회피)"),
    (4, 18, 30, "app-bff-stg", "info", "deployment", "app-bff-stg 9.15.0-beta1 배포"),
    (5, 10, 0, "ipc-fan-02", "info", "maintenance", "예비 게이트웨이 IPC SSD 교체 대기 (서비스 제외)"),
    (5, 18, 40, "show-cue", "info", "deployment", "show-cue 4.2.0 배포 (할로윈 나이트 퍼레이드 큐리스트 v7)"),
    (6, 14, 0, "tkt-order-api-stg", "info", "deployment", "tkt-order-api-stg 8.3.0-rc2 배포"),
    (6, 15, 10, "wq-alarm", "warning", "water_quality", "유아풀 잔류염소 0.35 mg/L (기준 0.4) — 자동 투입 보정"),
    (6, 16, 0, "dp-airflow", "info", "config_change", "DAG ticket_export_daily 스케줄 변경 04:00 → 09:10 (BI 아침 리포트 최신화)"),
    (6, 18, 0, "mrs-app-prd", "info", "change_notice", "GCP 예정 유지보수 알림: 10월 10일(화) 10:00 KST 유지보수 창 (STANDARD_HA 장애조치 포함)"),
    (7, 3, 0, "nas-cctv", "warning", "threshold_breach", "disk_usage above 72% on /ifs/cctv"),
    (7, 8, 50, "tkt-order-api", "info", "deployment", "tkt-order-api 8.3.0 배포 (연휴 묶음권, 한글날 할인)"),
    (7, 20, 40, "parking-lpr", "warning", "error", "P3 출구 LPR 인식률 저하 82% (야간 조명 반사)"),
    (8, 14, 20, "ride-safety-mon", "warning", "wind", "풍속 14.6 m/s (기준 15) — 스카이드롭 운행 일시중지"),
    (8, 14, 50, "ride-safety-mon", "info", "wind", "풍속 정상화 (9.8 m/s), 스카이드롭 운행 재개"),
    (8, 22, 0, "nas-backup", "info", "maintenance", "백업 스토리지 펌웨어 업그레이드 (DDOS 8.1 → 8.2) — 백업 공유 일시 중지"),
    (8, 22, 30, "mssql-retail", "warning", "backup", "LOG backup job RTL_LOG_15MIN failed: cannot open backup device \\\\nas-backup\\sql (Operating system error 53)"),
    (8, 23, 10, "ora-pms", "warning", "backup", "RMAN ARCHIVELOG backup to nas-backup failed (ORA-19504: failed to create file)"),
    (9, 6, 0, "YGW-RTLDB01", "warning", "disk", "L:\\ (SQL log) 75% used"),
    (9, 11, 30, "pos-fnb", "info", "deployment", "pos-fnb 6.4.0 배포 (가을 시즌 메뉴, 한글날 세트)"),
    (9, 11, 45, "YGW-RTLDB01", "warning", "disk", "L:\\ (SQL log) 92% used"),
    (9, 18, 30, "nas-cctv", "warning", "threshold_breach", "disk_usage above 74% on /ifs/cctv"),
    (9, 23, 10, "ora-pms", "warning", "backup", "RMAN ARCHIVELOG backup to nas-backup failed (ORA-19504: failed to create file)"),
    (10, 9, 0, "nas-backup", "info", "maintenance", "펌웨어 업그레이드 완료, 백업 공유 재개"),
    (10, 9, 40, "apass-svc", "info", "deployment", "apass-svc 5.1.0 배포 (가을 재구매 할인 쿠폰)"),
    (10, 10, 0, "apass-svc", "info", "batch_job", "연간회원권 가을 재구매 할인 오픈 (대상 41,000명 푸시)"),
    (10, 14, 0, "hotel-pms", "info", "deployment", "OPERA 5.6.19.12 패치 적용 (객실 업그레이드 규칙)"),
    (10, 23, 0, "ora-pms", "warning", "storage", "FRA usage 91% (db_recovery_file_dest_size 800G)"),
    (11, 11, 0, "waittime-calc-dev", "info", "maintenance", "개발 서버 점검 (GPU 드라이버 교체)"),
    (11, 15, 0, "gate-validate-dev", "info", "deployment", "gate-validate-dev 5.3.0-SNAPSHOT 배포"),
    (12, 10, 0, "bsn-plcgw", "info", "config_change", "부산파크 회전목마 PLC 태그 추가 (38개)"),
    (12, 10, 20, "nas-cctv", "warning", "threshold_breach", "disk_usage above 76% on /ifs/cctv"),
    (12, 14, 0, "kafka-park", "info", "config_change", "retention.ms 72h → 48h (queue.sensor.raw)"),
    (12, 16, 0, "mqtt-park", "info", "change_notice", "토요일 15:45 retainer 설정 변경 예정 (앱 대기시간 보드 초기 로딩 개선)"),
    (13, 9, 0, "glb-hanulpass", "info", "config_change", "Cloud Armor 규칙 추가 (매크로 예매 차단)"),
    (13, 17, 20, "ride-safety-mon", "info", "deployment", "ride-safety-mon 3.8.0 배포 (할로윈 나이트 운영 풍속 프로파일)"),
    (13, 22, 30, "app-bff", "info", "deployment", "app-bff 9.14.0 배포 (할로윈 스탬프 투어)"),
    (14, 15, 20, "kidtag-track", "info", "deployment", "kidtag-track 2.6.0 배포 (할로윈 야간 보호자 알림)"),
    (14, 15, 45, "mqtt-park", "info", "config_change", "retainer 활성화: park/queue/+/count 토픽 retained message 저장"),
    # T1 (Thursday night parade)
    (5, 19, 0, "nas-show", "info", "batch_job", "SnapshotIQ job show_media_daily started, dedupe job started"),
    (5, 19, 27, "nas-show", "warning", "performance", "NFS read latency 38 ms (threshold 10 ms) on /ifs/show/media"),
    (5, 19, 31, "nas-show", "critical", "performance", "NFS ops queue depth 412, client nfs server not responding (showctl-01)"),
    (5, 19, 33, "show-cue", "critical", "error", "미디어 프리로드 실패, 큐 GO 지연 2.8s (나이트 퍼레이드 섹션 3)"),
    (5, 19, 41, "parade-lighting", "major", "error", "sACN 타임코드 동기 이탈, 조명 큐 누락 (universe 17-32)"),
    (5, 19, 44, "parade-audio", "warning", "error", "Dante 구간 음원 재생 지연 (존 9-14)"),
    (5, 20, 5, "nas-show", "info", "config_change", "dedupe 작업 중지, 스냅샷 스케줄 03:00 원복"),
    (5, 20, 30, "show-cue", "info", "recovery", "큐 타이밍 정상화"),
    # T2 (holiday-weekend Saturday gate opening)
    (7, 9, 10, "dp-airflow", "info", "batch_job", "ticket_export_daily 시작 (orders, order_items full export)"),
    (7, 9, 22, "csql-ticket", "warning", "performance", "Cloud SQL CPU utilization 92%, disk read IOPS at limit (25,000)"),
    (7, 9, 26, "csql-ticket", "critical", "performance", "lock wait: 340 sessions waiting on relation orders, p99 query 6.4s"),
    (7, 9, 29, "tkt-sync", "critical", "error", "티켓 동기화 지연 11분, 게이트 캐시 미반영 26%"),
    (7, 9, 33, "tkt-order-api", "major", "error", "주문 생성 타임아웃 증가 (DB pool wait)"),
    (7, 9, 38, "gate-validate", "major", "error", "QR 미등록 티켓 거부 증가 (정문 레인 1-24), 수기 확인 전환"),
    (7, 9, 41, "bsn-gate-validate", "warning", "error", "부산파크 게이트 온라인 구매 티켓 검증 실패 증가"),
    (7, 10, 5, "dp-airflow", "info", "config_change", "ticket_export_daily 중지, 스케줄 04:00 원복"),
    (7, 10, 25, "tkt-sync", "info", "recovery", "동기화 지연 해소"),
    # T3 (한글날 lunch)
    (9, 12, 12, "mssql-retail", "critical", "database", "Msg 9002: The transaction log for database 'RETAIL' is full due to 'LOG_BACKUP'"),
    (9, 12, 16, "pos-fnb", "critical", "error", "결제 후 주문 저장 실패 31%, 매장 오프라인 모드 전환"),
    (9, 12, 20, "pos-md", "major", "error", "MD 매장 판매 저장 실패"),
    (9, 12, 24, "bsn-pos", "major", "error", "부산파크 POS 매출 전송 실패 (중앙 DB 쓰기 오류)"),
    (9, 12, 29, "kiosk-order", "warning", "error", "모바일오더 주문 접수 지연"),
    (9, 12, 55, "mssql-retail", "info", "config_change", "로그 백업 대상 로컬 디스크로 임시 변경, 수동 LOG backup 후 로그 축소"),
    (9, 13, 20, "pos-fnb", "info", "recovery", "오프라인 거래 재전송 완료"),
    # T4 (Tuesday annual-pass renewal opening)
    (10, 10, 1, "mrs-app-prd", "info", "maintenance", "Memorystore maintenance started: failover to replica (STANDARD_HA)"),
    (10, 10, 3, "mrs-app-prd", "warning", "performance", "connected_clients 18,400 reconnecting, latency p99 85 ms"),
    (10, 10, 6, "mrs-app-prd", "critical", "failover", "replica full sync in progress: LOADING Redis is loading the dataset in memory"),
    (10, 10, 9, "apass-svc", "critical", "error", "회원권 조회/갱신 실패 27% (RedisConnectionFailure)"),
    (10, 10, 12, "mpass-reserve", "major", "error", "매직패스 예약 슬롯 조회 실패"),
    (10, 10, 15, "app-bff", "major", "error", "앱 홈/마이페이지 로딩 실패 증가"),
    (10, 10, 50, "mrs-app-prd", "info", "maintenance", "Memorystore maintenance completed"),
    (10, 11, 0, "apass-svc", "info", "recovery", "회원권 조회 정상"),
    # T5 (Wednesday night audit)
    (11, 2, 11, "ora-pms", "critical", "database", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved"),
    (11, 2, 14, "hotel-pms", "critical", "error", "OPERA 트랜잭션 실패 33%, 프런트 체크인/체크아웃 불가"),
    (11, 2, 18, "night_audit", "major", "batch_job", "나이트 오딧 단계 'Posting room and tax' 실패"),
    (11, 2, 26, "hotel-key", "warning", "error", "키카드 발급 시 PMS 객실 확인 실패 (인코더 3대)"),
    (11, 2, 50, "ora-pms", "info", "config_change", "아카이브 로그 로컬 백업 후 삭제, db_recovery_file_dest_size 800G → 1200G"),
    (11, 3, 30, "night_audit", "info", "batch_job", "나이트 오딧 재실행 완료 (1시간 30분 지연)"),
    # T6 (Friday Halloween night opening)
    (13, 17, 38, "ygdc-r05u10", "warning", "hardware", "MegaRAID: BBU learn cycle started, write policy WB → WT"),
    (13, 17, 42, "ygdc-r05u10", "critical", "performance", "I/O wait 61%, avg write latency 48 ms (/pgdata)"),
    (13, 17, 46, "pg-ridesafe", "critical", "performance", "WAL fsync 1.9s, commit latency high, replication lag to standby 38s"),
    (13, 17, 52, "ride-safety-mon", "critical", "error", "안전 이벤트 기록 지연 — 페일세이프로 라이드 6기 운행 대기 전환"),
    (13, 17, 58, "ride-ops-console", "major", "error", "운행 현황 갱신 지연, 다운타임 기록 누락"),
    (13, 18, 30, "ygdc-r05u10", "info", "hardware", "BBU learn cycle completed, write policy WT → WB"),
    (13, 18, 45, "ride-safety-mon", "info", "recovery", "라이드 순차 재개 (6기)"),
    # T7 (Saturday afternoon peak, ongoing)
    (14, 15, 56, "mqtt-park", "warning", "performance", "EMQX retained messages 2.4M, delivery latency p99 1.8s"),
    (14, 15, 59, "mqtt-park", "critical", "memory", "EMQX memory high watermark 93%, sessions being evicted (emqx@ygdc-r06u03)"),
    (14, 16, 3, "qsense-ingest", "critical", "error", "대기열 센서 수집 끊김 30% (MQTT disconnect, keepalive timeout)"),
    (14, 16, 7, "kidtag-track", "major", "error", "태그 위치 갱신 지연 (앵커 312개 재연결 중)"),
    (14, 16, 11, "wq-collector", "warning", "error", "수질 센서 데이터 누락 (풀 4개)"),
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
    generate(NAME, "theme-park", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
