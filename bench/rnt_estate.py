"""Generate the car-rental estate (tests/fixtures/car-rental/, interchange format) and its faults.

A Korean car-rental operator (바람렌터카, (주)바람모빌리티, about 9 400 cars) with airport and station branches
(제주공항, 김포공항, 부산역, 서울역): the reservation engine `rsv-core` on PostgreSQL `pg-rsv` with the vehicle
availability `fleet-avail` on `pg-fleet`, the price/yield manager `yield-pricer` with its Valkey cache
`valkey-price` and the cloud demand forecast, the web/app BFF `rsv-web-bff`, member login `member-auth` and the
driver-licence verification gateway `dl-verify-gw` (도로교통공단 RIMS line) on the session cache
`valkey-session`; the branch side: rental contracts `contract-svc`, the self check-in kiosk hub `kiosk-hub` (with
the Jeju branch edge `kiosk-edge-cju`), the contract tablets `ctab-api`, the damage-photo inspection AI
`dmg-vision` served by Triton on GPU nodes with the photo object store `minio-dmg`; payment and deposit holds
`pay-hold` and settlement on MySQL `mysql-pay`; insurance `ins-bridge` and accident claims `claim-desk`; vehicle
telematics over the MQTT broker `emqx-tlm` into `tlm-ingest`, Kafka `kafka-rnt`, ClickHouse `ch-tlm`, the
geo-fence and the fuel/odometer sync; fleet maintenance work orders `fleet-mnt`; car-wash scheduling and the
airport shuttle dispatch over RabbitMQ `rabbit-field`; partner channels (`partner-hub` OTA, `airpkg-link`
airline packages) over `rabbit-partner`; SAP S/4HANA `erp-s4` on `hana-erp`; the JP1 batch jobs; the call-centre
CTI at the head office; BigQuery `rnt_dw`, the forecast and Superset in GCP; a DR standby of `pg-rsv` in Daejeon.
Sites 상암IDC, 본사(을지로), 제주공항지점, 김포공항지점, 부산역지점, 서울역지점, 대전DR센터 and GCP 서울리전;
environments prod, stg, dev; owners are teams (Korean and English names).

Naming (unlike the earlier estates): Korean-SI style VM names `<system><env><role><nn>` (`rsvpap01` = 예약 prod AP
#1, `cmnpdb01` = common prod DB VM, `rsvsap01` stg, `cmndap01` dev); the database servers are pets named after
Jeju islands (`marado`, `gapado`, `udo`, `biyangdo`, `chagwido`); other bare metal by site, role and node
(`sam-kfk-b2`, `sam-gpu-n1`, `sam-cache-n2`); branch edges by IATA/station code (`cju-edge01`, `gmp-edge01`);
network gear by vendor, site and role (`fgt-cju-sdwan`, `pa-sam-edge`, `n9k-sam-core`) and by line (`line-rims`,
`apn-kt-m2m`, `gcp-ic-sam`); JP1/AJS jobs in upper case (`JP1_RATE_PUBLISH`, `JP1_DEPOSIT_RELEASE`); GCP
generated names (`gke-rnt-ana-pool-1-5f2a9c1d-k8vz`) and a BigQuery dataset `rnt_dw`; Valkey caches.

Seven injected incidents (times KST; now = Sunday 2028-07-30 17:40, the summer-holiday return rush at the
airports; the window is the 10 days before; branches hand cars out from 07:00 with pickups peaking late morning
(Friday and Saturday heaviest) and returns peaking in the late afternoon (Sunday heaviest), online bookings peak in
the evening, cars drive by day, the JP1 night batches run 01:30–04:30):
  R1 Fri 21 09:05–10:00  (Friday morning pickups) the weekly pg_dump of pg-fleet, moved by a cron typo to Friday
                         09:00, saturates gapado's NVMe: fleet-avail (loudest, deployed at 08:45), rsv-core,
                         kiosk-hub
  R2 Sat 22 10:40–11:35  (Saturday pickup peak) the RAID controller of biyangdo starts a battery relearn and drops
                         to write-through: mysql-pay commits stall, pay-hold (loudest, deployed at 10:10), ctab-api
  R3 Mon 24 03:05–04:00  (night) the August peak-season rate cards double the keys the 03:00 rate publish writes and
                         valkey-price (noeviction) hits maxmemory: yield-pricer (loudest, deployed Sunday 21:00),
                         partner-hub, airpkg-link
  R4 Tue 25 14:10–15:05  a retention raised on Monday fills broker 2's log dir (sam-kfk-b2), kafka-rnt takes
                         partitions offline: tlm-ingest (loudest, deployed at 13:50), geo-fence
  R5 Wed 26 19:35–20:30  (evening booking peak, summer push at 19:30) the Sentinel of valkey-session flaps
                         between masters: member-auth (loudest, deployed at 19:10), dl-verify-gw, rsv-web-bff
  R6 Fri 28 18:05–19:00  (Friday evening arrivals) a dead-letter policy loop in rabbit-field raises its memory
                         alarm and blocks publishers: shuttle-dispatch (loudest, deployed at 17:45), wash-sched,
                         wash-ctl-cju
  R7 Sun 30 16:50–now    (Sunday return rush) a failed drive on the photo store minio-dmg heals under the
                         return-photo load and PUTs slow down with 503 SlowDown: dmg-vision (loudest), ctab-api
                         (deployed at 16:30), claim-desk; the damage model was swapped at 15:00 (ongoing)
Confounders: pickup/return peaks, the evening booking peak and the summer push, the JP1 night batches, deploys on
victims before every incident, the model swap on triton-dmg, the shared Valkey/RabbitMQ hosts, `bsn-edge01` in
maintenance, the retired `brs-legacy`, the log host `sam-log-n1`'s disk creeping up, the public load balancer's
certificate for www.baramrent.co.kr expiring on 2028-08-06 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/rnt_golden.py) are computed from the files.

    .venv/bin/python bench/rnt_estate.py   # rewrites tests/fixtures/car-rental*
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

NAME = "car-rental"
NOW = datetime(2028, 7, 30, 8, 40, tzinfo=UTC)  # Sunday 2028-07-30 17:40 KST
START = NOW - timedelta(days=10)  # Thursday 2028-07-20 17:40 KST
SEED = 20280730
SITES = {
    "S": "상암IDC",
    "H": "본사(을지로)",
    "J": "제주공항지점",
    "G": "김포공항지점",
    "B": "부산역지점",
    "Y": "서울역지점",
    "D": "대전DR센터",
    "C": "GCP 서울리전",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-07")

RSV, PRC, CON, BRN = "예약플랫폼팀", "pricing-revenue", "커넥티드카팀", "지점시스템파트"
VIS, PAY, CHN, INS = "vision-ai-lab", "결제정산팀", "제휴채널팀", "보험사고지원팀"
MNT, FLD, IAM, ERP = "차량정비IT", "field-ops-it", "고객인증파트", "ERP운영파트"
DATA, INFRA, DBA, NET = "data-platform", "인프라운영팀", "DB엔지니어링", "네트워크팀"
CLOUD, CX = "cloud-ops", "고객센터IT"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- reservations, pricing, members
    "rsv-core": ("service", RSV, "S", "P", ["rsvpap01", "rsvpap02"],
                 ["pg-rsv", "valkey-rsv", "fleet-avail", "yield-pricer", "kafka-rnt"],
                 {"desc": "예약 엔진 (대여 예약 생성/변경/취소, 차량군 배정)", "product": "자체개발 (Java 21, Spring Boot 3.3)",
                  "version": "9.4.2", "instances": 8, "port": 8080, "daily_bookings_avg": 14800}),
    "yield-pricer": ("service", PRC, "S", "P", ["pripap01"], ["valkey-price", "pg-rsv", "demand-forecast"],
                     {"desc": "가격/수율 관리 (차종·지점·리드타임별 동적 요금)", "product": "자체개발 (Kotlin, Ktor 2.3)",
                      "version": "3.11.0", "reprice_interval_min": 15, "rate_cards": 4410}),
    "fleet-avail": ("service", RSV, "S", "P", ["rsvpap02"], ["pg-fleet", "valkey-rsv"],
                    {"desc": "차량 가용재고 (지점별 출고 가능 대수, 차량 배정)", "product": "자체개발 (Go 1.22)",
                     "version": "4.7.1", "vehicles": 9420, "branches": 4}),
    "rsv-web-bff": ("service", RSV, "S", "P", ["webpap01"], ["rsv-core", "member-auth", "pay-hold", "yield-pricer"],
                    {"desc": "웹/앱 BFF (바람렌터카 앱, baramrent.co.kr)", "product": "Node.js 20 (NestJS 10)",
                     "version": "6.18.3", "pods": 10, "mau": 1420000}),
    "member-auth": ("service", IAM, "S", "P", ["iampap01"], ["pg-member", "valkey-session"],
                    {"desc": "회원/로그인 (카카오·네이버 간편로그인, 토큰 발급)", "product": "Keycloak 24 + 자체 SPI",
                     "version": "24.0.5", "token_ttl_min": 30, "realm": "baram-customer"}),
    "dl-verify-gw": ("service", IAM, "S", "P", ["iampap01"], ["valkey-session", "pg-member"],
                     {"desc": "운전면허 진위확인 게이트웨이 (도로교통공단 RIMS 연계)", "product": "자체개발 (Java 17)",
                      "version": "2.3.8", "daily_checks": 21000, "provider": "한국도로교통공단 RIMS",
                      "cache_ttl_h": 24}),
    # ---------------------------------------------------------------- branches: contracts, kiosks, tablets
    "contract-svc": ("service", BRN, "S", "P", ["brnpap01", "brnpap02"],
                     ["pg-contract", "rsv-core", "fleet-avail", "pay-hold", "ins-bridge"],
                     {"desc": "대여계약 (출고/반납 처리, 추가요금, 계약서 발행)", "product": "자체개발 (Java 17, Spring Boot 3.1)",
                      "version": "5.2.0", "instances": 4}),
    "kiosk-hub": ("service", BRN, "S", "P", ["brnpap01"], ["contract-svc", "fleet-avail", "dl-verify-gw", "pay-hold"],
                  {"desc": "무인 키오스크 허브 (셀프 체크인, 스마트키 보관함 배정)", "product": "자체개발 (C# .NET 8)",
                   "version": "2.9.4", "kiosks": 64, "keybox_slots": 1280}),
    "kiosk-edge-cju": ("service", BRN, "J", "P", ["cju-edge01"], ["kiosk-hub"],
                       {"desc": "제주공항지점 키오스크 엣지 (오프라인 캐시, 키함 제어)", "product": "자체개발 (C# .NET 8)",
                        "version": "2.9.4", "kiosks": 38}),
    "ctab-api": ("service", BRN, "S", "P", ["brnpap02"], ["contract-svc", "dmg-vision", "pay-hold", "dl-verify-gw"],
                 {"desc": "계약 태블릿 API (전자계약 서명, 출고·반납 외관사진 업로드)", "product": "자체개발 (Kotlin, Spring Boot 3.2)",
                  "version": "3.15.0", "tablets": 410}),
    "dmg-vision": ("service", VIS, "S", "P", ["vispap01"], ["triton-dmg", "minio-dmg", "pg-inspect"],
                   {"desc": "반납 차량 손상 판독 AI (스크래치/덴트/휠 손상, 출고 사진 대비 비교)", "product": "Python 3.11 (FastAPI)",
                    "version": "1.14.2", "photos_per_car": 12}),
    "triton-dmg": ("service", VIS, "S", "P", ["sam-gpu-n1", "sam-gpu-n2"], [],
                   {"desc": "손상 판독 모델 서빙", "product": "NVIDIA Triton Inference Server 24.05",
                    "version": "24.05", "model": "dmg-yolo-v9.0", "gpus": 8}),
    # ---------------------------------------------------------------- payments, insurance
    "pay-hold": ("service", PAY, "S", "P", ["paypap01"], ["mysql-pay"],
                 {"desc": "결제/보증금 가승인 (대여 보증금 카드 가승인·해제)", "product": "자체개발 (Java 17)",
                  "version": "4.2.0", "pg_providers": "KCP, 토스페이먼츠", "deposit_krw": 300000}),
    "settle-svc": ("service", PAY, "S", "P", ["paypap01"], ["mysql-pay", "erp-s4"],
                   {"desc": "대여료 정산 (카드 매입, 제휴채널 수수료, 추가요금)", "product": "자체개발 (Java 17, Spring Batch)",
                    "version": "2.6.3"}),
    "JP1_DEPOSIT_RELEASE": ("service", PAY, "S", "P", ["batpap01"], ["pay-hold", "mysql-pay"],
                            {"desc": "보증금 가승인 해제 배치 (반납 D+1)", "product": "JP1/AJS3 + shell",
                             "schedule": "매일 02:00", "jobnet": "/RNT/PAY/DEPREL"}),
    "ins-bridge": ("service", INS, "S", "P", ["inspap01"], ["pg-claim", "rabbit-partner"],
                   {"desc": "보험사 연동 (자차손해면책 가입, 사고 접수 → DB손해보험·삼성화재 API)", "product": "자체개발 (Java 17)",
                    "version": "2.1.5", "insurers": "DB손해보험, 삼성화재"}),
    "claim-desk": ("service", INS, "S", "P", ["inspap01"], ["ins-bridge", "dmg-vision", "pg-claim", "fleet-mnt"],
                   {"desc": "사고/손상 청구 처리 (수리비 산정, 고객 청구, 면책금)", "product": "자체개발 (Java 17)",
                    "version": "1.6.2"}),
    # ---------------------------------------------------------------- partner channels
    "partner-hub": ("service", CHN, "S", "P", ["chnpap01"], ["rsv-core", "yield-pricer", "rabbit-partner"],
                    {"desc": "제휴채널 허브 (네이버 예약, 야놀자, 트립닷컴, 카모아 등)", "product": "자체개발 (Spring Boot 3.2)",
                     "version": "3.4.7", "channels": 11}),
    "airpkg-link": ("service", CHN, "S", "P", ["chnpap01"], ["partner-hub", "yield-pricer"],
                    {"desc": "항공사 패키지 연동 (항공+렌터카)", "product": "자체개발 (Spring Boot 3.2)",
                     "version": "1.8.0", "airlines": "제주항공, 진에어, 티웨이항공"}),
    # ---------------------------------------------------------------- telematics
    "tlm-ingest": ("service", CON, "S", "P", ["tlmpap01"], ["emqx-tlm", "kafka-rnt"],
                   {"desc": "차량 텔레매틱스 수신 (위치, 주유량, 주행거리, DTC)", "product": "자체개발 (Go 1.22)",
                    "version": "5.0.3", "units": 9180, "interval_s": 30, "tcu": "LG이노텍 TCU-5G"}),
    "geo-fence": ("service", CON, "S", "P", ["tlmpap01"], ["kafka-rnt", "ch-tlm"],
                  {"desc": "지오펜스/도난 감지 (무단 반출, 제주 차량 선적 감지)", "product": "자체개발 (Go 1.22)",
                   "version": "1.12.0", "fences": 236}),
    "fuel-odo-sync": ("service", CON, "S", "P", ["tlmpap01"], ["ch-tlm", "contract-svc"],
                      {"desc": "반납 주유량·주행거리 정산 연동", "product": "자체개발 (Python 3.11)", "version": "1.3.9"}),
    # ---------------------------------------------------------------- fleet maintenance, field ops
    "fleet-mnt": ("service", MNT, "S", "P", ["fldpap01"], ["pg-fleet", "ch-tlm", "erp-s4"],
                  {"desc": "정비 작업지시 (타이어/엔진오일/정기점검, 협력 정비소)", "product": "자체개발 (Java 17)",
                   "version": "2.4.0", "partner_shops": 37, "oil_interval_km": 10000}),
    "wash-sched": ("service", FLD, "S", "P", ["fldpap01"], ["fleet-avail", "rabbit-field"],
                   {"desc": "세차 스케줄링 (반납 → 세차 → 출고 대기)", "product": "자체개발 (Python 3.12)",
                    "version": "1.7.3"}),
    "shuttle-dispatch": ("service", FLD, "S", "P", ["fldpap01"], ["rabbit-field", "emqx-tlm"],
                         {"desc": "공항 셔틀버스 배차 (터미널 ↔ 차고지, 제주·김포)", "product": "자체개발 (Node.js 20)",
                          "version": "2.2.1", "buses": 46}),
    "wash-ctl-cju": ("service", FLD, "J", "P", ["cju-edge01"], ["wash-sched"],
                     {"desc": "제주 세차라인 컨트롤러 게이트웨이 (PLC, Modbus/TCP)", "product": "자체개발 (Python 3.11)",
                      "version": "0.9.8", "wash_lines": 6}),
    # ---------------------------------------------------------------- ERP, batches, data, CTI
    "erp-s4": ("service", ERP, "S", "P", ["erppap01"], ["hana-erp"],
               {"desc": "ERP (SAP S/4HANA 2022)", "product": "SAP S/4HANA 2022 FPS02", "sid": "BRP", "client": 100}),
    "JP1_ERP_POSTING": ("service", ERP, "S", "P", ["batpap01"], ["settle-svc", "erp-s4"],
                        {"desc": "정산 전표 ERP 전기 배치", "product": "JP1/AJS3 + ABAP RFC", "schedule": "평일 23:30",
                         "jobnet": "/RNT/ERP/POST"}),
    "JP1_RATE_PUBLISH": ("service", PRC, "S", "P", ["batpap01"], ["yield-pricer", "valkey-price", "partner-hub"],
                         {"desc": "요금 게시 배치 (익일~60일 요금표 캐시 적재, 제휴채널 전송)", "product": "JP1/AJS3 + Kotlin CLI",
                          "schedule": "매일 03:00", "jobnet": "/RNT/PRC/PUBLISH"}),
    "JP1_DW_LOAD": ("service", DATA, "S", "P", ["batpap01"], ["pg-rsv", "pg-contract", "mysql-pay", "rnt_dw"],
                    {"desc": "DW 야간 적재 (예약, 계약, 결제 → BigQuery)", "product": "JP1/AJS3 + Embulk",
                     "schedule": "매일 01:30", "jobnet": "/RNT/DW/LOAD"}),
    "cdc-stream": ("service", DATA, "S", "P", ["datpap01"], ["kafka-rnt", "pg-rsv"],
                   {"desc": "예약/계약 변경 CDC (Debezium) → Kafka", "product": "Debezium 2.6 (Kafka Connect)",
                    "version": "2.6.2"}),
    "callcenter-cti": ("service", CX, "H", "P", ["hq-cti01"], ["rsv-core", "contract-svc"],
                       {"desc": "고객센터 CTI (예약 변경, 사고 접수 콜)", "product": "Genesys Engage 8.5",
                        "seats": 140, "version": "8.5.1"}),
    "demand-forecast": ("service", DATA, "C", "P", ["gke-rnt-ana-pool-1-5f2a9c1d-k8vz"], ["rnt_dw"],
                        {"desc": "수요 예측 (지점·차종별 D+1~D+60)", "product": "Python 3.11 (Vertex AI + FastAPI on GKE)",
                         "version": "0.19.4", "model": "lgbm-demand-2028q3"}),
    "superset-rnt": ("service", DATA, "C", "P", ["gke-rnt-ana-pool-1-5f2a9c1d-q3xw"], ["rnt_dw"],
                     {"desc": "BI 대시보드 (가동률, 지점 매출, 손상률)", "product": "Apache Superset 4.0",
                      "dashboards": 188}),
    "opensearch-log": ("service", INFRA, "S", "P", ["sam-log-n1"], [],
                       {"desc": "로그 수집 (예약, 결제, 지점)", "product": "OpenSearch 2.14 + Fluent Bit",
                        "retention_days": 21}),
    # ---------------------------------------------------------------- staging, dev, retired
    "rsv-core-stg": ("service", RSV, "S", "S", ["rsvsap01"], ["pg-rsv-stg"],
                     {"desc": "예약 엔진 (스테이징)", "version": "9.5.0-rc1"}),
    "dmg-vision-stg": ("service", VIS, "S", "S", ["sam-gpu-n3"], [],
                       {"desc": "손상 판독 AI (스테이징, 모델 검증)", "version": "1.15.0-rc2"}),
    "yield-pricer-dev": ("service", PRC, "S", "D", ["cmndap01"], [],
                         {"desc": "가격/수율 관리 (개발)", "version": "3.12.0-SNAPSHOT"}),
    "brs-legacy": ("service", RSV, "S", "P", [], [],
                   {"desc": "구 예약시스템 (ASP, 2027년 rsv-core로 대체)", "version": "7.2",
                    "decommissioned": "2027-03-31"}),
    # ---------------------------------------------------------------- databases
    "pg-rsv": ("database", DBA, "S", "P", ["marado"], [],
               {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 (Patroni 3.3)", "port": 5432,
                "size_tb": 4.8, "max_connections": 1200, "desc": "예약/요금 DB"}),
    "pg-contract": ("database", DBA, "S", "P", ["marado"], [],
                    {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 (Patroni 3.3)", "port": 5433,
                     "size_tb": 2.1, "desc": "대여계약 DB"}),
    "pg-fleet": ("database", DBA, "S", "P", ["gapado"], [],
                 {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
                  "size_tb": 1.3, "backup": "pg_dump weekly + pgBackRest", "desc": "차량/정비 마스터 (차량 상태, 위치)"}),
    "pg-member": ("database", DBA, "S", "P", ["udo"], [],
                  {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5432,
                   "encryption": "컬럼 암호화 (면허번호, 카드 토큰)", "desc": "회원/면허 인증 이력"}),
    "mysql-pay": ("database", DBA, "S", "P", ["biyangdo"], [],
                  {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Enterprise", "port": 3306,
                   "max_connections": 2000, "desc": "결제/보증금/정산 DB"}),
    "pg-claim": ("database", DBA, "S", "P", ["cmnpdb01"], [],
                 {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
                  "desc": "보험/사고 청구 DB"}),
    "pg-inspect": ("database", VIS, "S", "P", ["cmnpdb01"], [],
                   {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 + pgvector 0.7", "port": 5433,
                    "desc": "손상 판독 결과/사진 메타"}),
    "ch-tlm": ("database", CON, "S", "P", ["sam-ch-n1"], [],
               {"engine": "clickhouse", "version": "24.3", "product": "ClickHouse 24.3 LTS", "port": 9000,
                "retention": "400d", "desc": "텔레매틱스 시계열 (위치·주행·DTC)"}),
    "hana-erp": ("database", DBA, "S", "P", ["chagwido"], [],
                 {"engine": "hana", "version": "2.00.076", "product": "SAP HANA 2.0 SPS07", "sid": "BRH",
                  "port": 30015, "desc": "S/4HANA DB"}),
    "rnt_dw": ("database", DATA, "C", "P", [], [],
               {"engine": "bigquery", "product": "Google BigQuery", "dataset": "baram-prd:rnt_dw",
                "region": "asia-northeast3", "desc": "데이터 웨어하우스"}),
    "pg-rsv-dr": ("database", DBA, "D", "P", ["djn-db01"], ["pg-rsv"],
                  {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 (standby cluster)",
                   "port": 5432, "role": "DR standby (비동기 스트리밍 복제)", "rpo_min": 5}),
    "pg-rsv-stg": ("database", DBA, "S", "S", ["rsvsap01"], [],
                   {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "valkey-rsv": ("cache", RSV, "S", "P", ["sam-cache-n1"], [],
                   {"engine": "valkey", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "allkeys-lru",
                    "port": 6379, "desc": "예약/가용재고 캐시"}),
    "valkey-price": ("cache", PRC, "S", "P", ["sam-cache-n1"], [],
                     {"engine": "valkey", "version": "7.2.5", "maxmemory_gb": 40, "maxmemory_policy": "noeviction",
                      "port": 6380, "desc": "요금표/견적 캐시"}),
    "valkey-session": ("cache", IAM, "S", "P", ["sam-cache-n2"], [],
                       {"engine": "valkey", "version": "7.2.5", "maxmemory_gb": 16, "maxmemory_policy": "volatile-ttl",
                        "port": 6379, "ha": "Sentinel (3 nodes)", "desc": "로그인 세션/면허 확인 결과 캐시"}),
    "kafka-rnt": ("queue", DATA, "S", "P", ["sam-kfk-b1", "sam-kfk-b2", "sam-kfk-b3"], [],
                  {"product": "Apache Kafka 3.7 (KRaft)", "brokers": 3, "topics": 86, "port": 9092,
                   "retention_h": 48, "desc": "텔레매틱스/CDC 이벤트 스트림"}),
    "emqx-tlm": ("queue", CON, "S", "P", ["sam-mq-n1"], [],
                 {"product": "EMQX 5.7 Enterprise", "port": 8883, "max_connections": 12000,
                  "desc": "차량 단말/셔틀 GPS MQTT 브로커"}),
    "rabbit-partner": ("queue", CHN, "S", "P", ["sam-mq-n3"], [],
                       {"product": "RabbitMQ 3.13.3", "port": 5672, "vhost": "/partner", "queues": 42,
                        "desc": "제휴채널/보험사 연동 메시지"}),
    "rabbit-field": ("queue", FLD, "S", "P", ["sam-mq-n3"], [],
                     {"product": "RabbitMQ 3.13.3", "port": 5673, "vhost": "/field", "queues": 27,
                      "desc": "세차·셔틀 작업 지시"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-sam-public": ("S", NET, ["rsv-web-bff", "partner-hub", "airpkg-link"],
                      {"vendor": "A10 Networks", "model": "Thunder 3350S", "vip": "211.43.18.20", "firmware": "6.0.4",
                       "endpoint": "www.baramrent.co.kr", "cert_expiry": "2028-08-06", "cert_issuer": "DigiCert (수동 갱신)"}),
    "lb-sam-branch": ("S", NET, ["kiosk-hub", "ctab-api", "contract-svc"],
                      {"vendor": "A10 Networks", "model": "Thunder 1040S", "vip": "10.50.1.30", "firmware": "6.0.4",
                       "endpoint": "branch.baramrent.internal", "cert_expiry": "2029-03-14"}),
    "lb-sam-mqtt": ("S", NET, ["emqx-tlm"],
                    {"vendor": "F5", "model": "BIG-IP i4800", "vip": "10.50.1.40", "firmware": "17.1.1",
                     "endpoint": "tcu.baramrent.net:8883", "cert_expiry": "2030-01-31"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "minio-dmg": ("S", VIS, {"vendor": "MinIO", "model": "MinIO AIStor (6 nodes, EC:3)", "capacity_tb": 640,
                             "drives": 72, "desc": "반납/출고 차량 사진 원본 (손상 판독)"}, ["vispap01", "brnpap02"]),
    "nas-sam-01": ("S", INFRA, {"vendor": "Dell", "model": "PowerScale F600", "capacity_tb": 180,
                                "protocol": "NFS v4.1 / SMB 3", "desc": "배치 파일, 계약서 PDF"}, ["batpap01", "erppap01"]),
    "san-sam-01": ("S", INFRA, {"vendor": "HPE", "model": "Alletra 9060", "capacity_tb": 220,
                                "desc": "DB 블록 스토리지"}, ["marado", "gapado", "udo", "biyangdo", "chagwido"]),
    "nas-cju-01": ("J", BRN, {"vendor": "Synology", "model": "RS3621xs+", "capacity_tb": 96,
                              "desc": "제주공항지점 사진 버퍼/키오스크 오프라인 캐시"}, ["cju-edge01"]),
    "rnt-prd-photo-archive": ("C", CLOUD, {"vendor": "Google Cloud", "model": "Cloud Storage (Archive)",
                                           "region": "asia-northeast3", "desc": "차량 사진 장기 보관 (3년)"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 상암IDC Nutanix VMs
    "rsvpap01": ("S", "P", "vm", {"role": "예약 엔진 AP #1"}),
    "rsvpap02": ("S", "P", "vm", {"role": "예약 엔진 AP #2, 가용재고"}),
    "webpap01": ("S", "P", "vm", {"role": "웹/앱 BFF"}),
    "pripap01": ("S", "P", "vm", {"role": "가격/수율 관리"}),
    "iampap01": ("S", "P", "vm", {"role": "회원 인증, 면허 진위확인"}),
    "brnpap01": ("S", "P", "vm", {"role": "대여계약, 키오스크 허브"}),
    "brnpap02": ("S", "P", "vm", {"role": "대여계약, 계약 태블릿 API"}),
    "vispap01": ("S", "P", "vm", {"role": "손상 판독 API"}),
    "paypap01": ("S", "P", "vm", {"role": "보증금 가승인, 정산"}),
    "chnpap01": ("S", "P", "vm", {"role": "제휴채널, 항공 패키지"}),
    "inspap01": ("S", "P", "vm", {"role": "보험 연동, 사고 청구"}),
    "tlmpap01": ("S", "P", "vm", {"role": "텔레매틱스 수신, 지오펜스"}),
    "fldpap01": ("S", "P", "vm", {"role": "정비 작업지시, 세차, 셔틀"}),
    "erppap01": ("S", "P", "vm", {"role": "SAP S/4HANA AP"}),
    "batpap01": ("S", "P", "vm", {"role": "JP1 배치 에이전트"}),
    "datpap01": ("S", "P", "vm", {"role": "Kafka Connect (CDC)"}),
    "cmnpdb01": ("S", "P", "vm", {"role": "공용 PostgreSQL (청구, 판독 결과)"}),
    "rsvsap01": ("S", "S", "vm", {"role": "스테이징 공용 (예약)"}),
    "cmndap01": ("S", "D", "vm", {"role": "개발 공용"}),
    # 상암IDC database servers (Jeju island pets)
    "marado": ("S", "P", "db", {"role": "PostgreSQL 예약/계약", "model": "Dell PowerEdge R760", "rack": "SA-D04 U18"}),
    "gapado": ("S", "P", "db", {"role": "PostgreSQL 차량 마스터", "model": "Dell PowerEdge R760", "rack": "SA-D04 U22",
                                "disk": "NVMe RAID10 (4 x 3.84TB)"}),
    "udo": ("S", "P", "db", {"role": "PostgreSQL 회원", "model": "Dell PowerEdge R760", "rack": "SA-D05 U18"}),
    "biyangdo": ("S", "P", "db", {"role": "MySQL 결제", "model": "Dell PowerEdge R750", "rack": "SA-D05 U22",
                                  "raid_controller": "PERC H755 (BBU)"}),
    "chagwido": ("S", "P", "db", {"role": "SAP HANA", "model": "Lenovo ThinkSystem SR860 V3", "rack": "SA-D06 U10",
                                  "certified": "SAP HANA TDI"}),
    # 상암IDC other bare metal
    "sam-kfk-b1": ("S", "P", "bare", {"role": "Kafka broker 1", "model": "HPE ProLiant DL380 Gen11", "rack": "SA-B02 U08"}),
    "sam-kfk-b2": ("S", "P", "bare", {"role": "Kafka broker 2", "model": "HPE ProLiant DL380 Gen11", "rack": "SA-B02 U10"}),
    "sam-kfk-b3": ("S", "P", "bare", {"role": "Kafka broker 3", "model": "HPE ProLiant DL380 Gen11", "rack": "SA-B02 U12"}),
    "sam-gpu-n1": ("S", "P", "gpu", {"role": "Triton GPU 노드 #1", "model": "Supermicro SYS-421GE-TNRT",
                                     "gpu": "NVIDIA L40S x4", "rack": "SA-G01 U04"}),
    "sam-gpu-n2": ("S", "P", "gpu", {"role": "Triton GPU 노드 #2", "model": "Supermicro SYS-421GE-TNRT",
                                     "gpu": "NVIDIA L40S x4", "rack": "SA-G01 U08"}),
    "sam-gpu-n3": ("S", "S", "gpu", {"role": "GPU 검증 노드 (스테이징)", "model": "Supermicro SYS-421GE-TNRT",
                                     "gpu": "NVIDIA L4 x4", "rack": "SA-G01 U12"}),
    "sam-ch-n1": ("S", "P", "bare", {"role": "ClickHouse", "model": "HPE ProLiant DL380 Gen11", "rack": "SA-B03 U06"}),
    "sam-mq-n1": ("S", "P", "bare", {"role": "EMQX", "model": "Dell PowerEdge R660", "rack": "SA-B03 U14"}),
    "sam-mq-n3": ("S", "P", "bare", {"role": "RabbitMQ (제휴, 현장)", "model": "Dell PowerEdge R660", "rack": "SA-B03 U18"}),
    "sam-cache-n1": ("S", "P", "bare", {"role": "Valkey (예약, 요금)", "model": "Dell PowerEdge R660", "rack": "SA-B04 U04"}),
    "sam-cache-n2": ("S", "P", "bare", {"role": "Valkey (세션)", "model": "Dell PowerEdge R660", "rack": "SA-B04 U06"}),
    "sam-log-n1": ("S", "P", "bare", {"role": "OpenSearch 로그", "model": "Dell PowerEdge R750xd", "rack": "SA-B05 U20"}),
    # branches
    "cju-edge01": ("J", "P", "edge", {"role": "제주공항지점 엣지 (키오스크, 세차라인)", "model": "Lenovo ThinkEdge SE450"}),
    "gmp-edge01": ("G", "P", "edge", {"role": "김포공항지점 엣지 (키오스크)", "model": "Lenovo ThinkEdge SE450"}),
    "bsn-edge01": ("B", "P", "edge", {"role": "부산역지점 엣지 (메인보드 교체 대기)", "model": "Lenovo ThinkEdge SE350"}),
    "seo-edge01": ("Y", "P", "edge", {"role": "서울역지점 엣지", "model": "Lenovo ThinkEdge SE350"}),
    # head office, DR
    "hq-cti01": ("H", "P", "win", {"role": "고객센터 CTI", "model": "HPE ProLiant DL360 Gen11"}),
    "hq-dc01": ("H", "P", "win", {"role": "AD 도메인 컨트롤러", "model": "HPE ProLiant DL20 Gen11"}),
    "djn-db01": ("D", "P", "db", {"role": "PostgreSQL DR standby", "model": "Dell PowerEdge R760", "rack": "DJ-A02 U10"}),
    # GCP
    "gke-rnt-ana-pool-1-5f2a9c1d-k8vz": ("C", "P", "gke", {"role": "GKE 노드 (분석)", "machine_type": "n2-standard-8",
                                                           "zone": "asia-northeast3-a"}),
    "gke-rnt-ana-pool-1-5f2a9c1d-q3xw": ("C", "P", "gke", {"role": "GKE 노드 (분석)", "machine_type": "n2-standard-8",
                                                           "zone": "asia-northeast3-b"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "pa-sam-edge": ("S", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440", "firmware": "PAN-OS 11.1.3"}),
    "n9k-sam-core": ("S", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93240YC-FX2",
                           "firmware": "NX-OS 10.4(2)"}),
    "fgt-cju-sdwan": ("J", {"device": "SD-WAN", "vendor": "Fortinet", "model": "FortiGate 200F",
                            "firmware": "FortiOS 7.4.4", "uplinks": "KT 1G + LGU+ 500M"}),
    "fgt-gmp-sdwan": ("G", {"device": "SD-WAN", "vendor": "Fortinet", "model": "FortiGate 100F",
                            "firmware": "FortiOS 7.4.4", "uplinks": "SKB 500M + KT LTE"}),
    "fgt-bsn-sdwan": ("B", {"device": "SD-WAN", "vendor": "Fortinet", "model": "FortiGate 60F",
                            "firmware": "FortiOS 7.4.4", "uplinks": "KT 500M"}),
    "fgt-seo-sdwan": ("Y", {"device": "SD-WAN", "vendor": "Fortinet", "model": "FortiGate 60F",
                            "firmware": "FortiOS 7.4.4", "uplinks": "SKB 500M"}),
    "line-rims": ("S", {"device": "leased line", "vendor": "한국도로교통공단", "model": "전용회선 20Mbps (이중화)",
                        "circuit": "KOROAD-RIMS-0318", "desc": "운전면허 진위확인 RIMS 연계"}),
    "apn-kt-m2m": ("S", {"device": "LTE APN", "vendor": "KT", "model": "M2M 전용 APN (baram.m2m)",
                         "circuit": "KT-APN-77120", "sims": 9230}),
    "gcp-ic-sam": ("S", {"device": "Cloud Interconnect", "vendor": "Google Cloud", "model": "Partner Interconnect 2Gbps (KINX)",
                         "circuit": "ic-baram-sam-01"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("pa-sam-edge", "n9k-sam-core"),
    ("fgt-cju-sdwan", "pa-sam-edge"),
    ("fgt-gmp-sdwan", "pa-sam-edge"),
    ("fgt-bsn-sdwan", "pa-sam-edge"),
    ("fgt-seo-sdwan", "pa-sam-edge"),
    ("gcp-ic-sam", "n9k-sam-core"),
    ("line-rims", "n9k-sam-core"),
    ("apn-kt-m2m", "pa-sam-edge"),
    ("lb-sam-public", "pa-sam-edge"),
    ("lb-sam-branch", "n9k-sam-core"),
    ("lb-sam-mqtt", "apn-kt-m2m"),
    ("dl-verify-gw", "line-rims"),
    ("cju-edge01", "fgt-cju-sdwan"),
    ("gmp-edge01", "fgt-gmp-sdwan"),
    ("bsn-edge01", "fgt-bsn-sdwan"),
    ("seo-edge01", "fgt-seo-sdwan"),
    ("minio-dmg", "rnt-prd-photo-archive"),
    ("JP1_DW_LOAD", "gcp-ic-sam"),
]
# fmt: on
STATUS = {"bsn-edge01": "maintenance", "dmg-vision-stg": "maintenance", "brs-legacy": "retired"}
NET_PREFIX = {"S": "10.50", "H": "10.10", "J": "10.64", "G": "10.61", "B": "10.62", "Y": "10.63", "D": "10.80",
              "C": "10.90"}  # fmt: skip


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "R1",
        "kind": "backup_io_saturation",
        "root": "pg-fleet",
        "description": "on Friday morning's pickup peak the weekly pg_dump of pg-fleet, moved by a cron typo from"
        " Sunday 03:00 to Friday 09:00, saturates gapado's NVMe and the vehicle-status queries crawl: fleet-avail"
        " (4.7.1 deployed at 08:45, loudest) times out car assignment, rsv-core confirms bookings slowly and"
        " kiosk-hub fails self check-in at the Jeju airport branch, until the dump is stopped",
        "start": kst(21, 9, 5),
        "end": kst(21, 10, 0),
        "affected": ["pg-fleet", "fleet-avail", "rsv-core", "kiosk-hub"],
    },
    {
        "id": "R2",
        "kind": "raid_write_through",
        "root": "biyangdo",
        "description": "at Saturday's pickup peak the RAID controller of the payment DB server biyangdo starts a"
        " battery relearn and drops the volume to write-through: mysql-pay's commits stall, pay-hold (4.2.0"
        " deployed at 10:10, loudest) times out deposit holds and ctab-api cannot finish contracts, until the"
        " relearn completes",
        "start": kst(22, 10, 40),
        "end": kst(22, 11, 35),
        "affected": ["biyangdo", "mysql-pay", "pay-hold", "ctab-api"],
    },
    {
        "id": "R3",
        "kind": "cache_maxmemory_noeviction",
        "root": "valkey-price",
        "description": "in the small hours of Monday the 03:00 rate publish writes the August peak-season rate"
        " cards (twice the keys) and valkey-price, with maxmemory-policy noeviction, refuses writes (OOM command"
        " not allowed): yield-pricer (deployed Sunday 21:00, loudest) fails quotes, partner-hub cannot sync OTA"
        " rates and airpkg-link fails airline-package prices, until maxmemory is raised",
        "start": kst(24, 3, 5),
        "end": kst(24, 4, 0),
        "affected": ["valkey-price", "yield-pricer", "partner-hub", "airpkg-link"],
    },
    {
        "id": "R4",
        "kind": "broker_log_dir_full",
        "root": "kafka-rnt",
        "description": "on Tuesday afternoon the telematics topic's retention, raised from 48 h to 168 h on Monday,"
        " fills the log dir of broker 2 (sam-kfk-b2) and kafka-rnt takes its partitions offline: tlm-ingest (5.0.3"
        " deployed at 13:50, loudest) fails to produce vehicle positions and geo-fence falls behind, until the"
        " retention is cut back",
        "start": kst(25, 14, 10),
        "end": kst(25, 15, 5),
        "affected": ["kafka-rnt", "tlm-ingest", "geo-fence"],
    },
    {
        "id": "R5",
        "kind": "sentinel_failover_flap",
        "root": "valkey-session",
        "description": "in Wednesday's evening booking peak, right after the 19:30 summer-sale push, the Sentinels"
        " of valkey-session fail over back and forth (down-after 1 s) and clients hit READONLY replicas and resets:"
        " member-auth (deployed at 19:10, loudest) fails logins, dl-verify-gw loses its cached licence checks and"
        " rsv-web-bff drops sessions, until the Sentinel timeout is raised",
        "start": kst(26, 19, 35),
        "end": kst(26, 20, 30),
        "affected": ["valkey-session", "member-auth", "dl-verify-gw", "rsv-web-bff"],
    },
    {
        "id": "R6",
        "kind": "broker_memory_alarm",
        "root": "rabbit-field",
        "description": "on Friday evening a dead-letter policy applied to the wash queues at 17:30 loops messages"
        " between wash.jobs and wash.retry until rabbit-field raises its memory alarm and blocks publishers:"
        " shuttle-dispatch (2.2.1 deployed at 17:45, loudest) cannot dispatch airport shuttles, wash-sched stops"
        " issuing wash orders and wash-ctl-cju's lines idle, until the policy is removed",
        "start": kst(28, 18, 5),
        "end": kst(28, 19, 0),
        "affected": ["rabbit-field", "shuttle-dispatch", "wash-sched", "wash-ctl-cju"],
    },
    {
        "id": "R7",
        "kind": "object_store_heal_slowdown",
        "root": "minio-dmg",
        "description": "in Sunday's return rush a failed drive on minio-dmg heals while the branches upload return"
        " photos and PUTs slow down and fail with 503 SlowDown: dmg-vision (loudest) cannot store photos and"
        " judge damage, ctab-api (3.15.0 deployed at 16:30) times out returns and claim-desk waits for results;"
        " the damage model swapped on triton-dmg at 15:00 is a red herring (ongoing)",
        "start": kst(30, 16, 50),
        "end": None,
        "affected": ["minio-dmg", "dmg-vision", "ctab-api", "claim-desk"],
    },
]
R1, R2, R3, R4, R5, R6, R7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 42, 'D': 62}[env]) + i // 11}.{11 + (i * 37) % 230}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.4", "Rocky Linux 9.4", "Ubuntu 22.04 LTS"]),
                      "vcpu": rng.choice([8, 16, 24]), "mem_gb": rng.choice([32, 64, 96]),
                      "hypervisor": "Nutanix AHV 10.0", "cluster": "ntnx-sam-prd" if env == "P" else "ntnx-sam-dev"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([16, 24]), "mem_gb": rng.choice([64, 128]),
                      "serial": f"{rng.choice(['SGH', 'CZJ'])}{rng.randint(1000000, 9999999)}"}  # fmt: skip
        elif kind == "gke":
            attrs |= {
                "os": "Container-Optimized OS 113",
                "cluster": "gke-rnt-ana-prd",
                "kubelet": "1.29.6-gke.1038",
            }
            owner = CLOUD
        elif kind == "edge":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 16, "mem_gb": 64,
                      "serial": f"J{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = BRN
        else:  # database servers, other bare metal, GPU nodes
            attrs |= {"os": rng.choice(["RHEL 9.4", "Rocky Linux 9.4"]) if kind != "gpu" else "Ubuntu 22.04 LTS",
                      "cores": rng.choice([32, 48, 64]), "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CN7', 'MXQ', 'JPX'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if kind == "db":
                owner = DBA
            if kind == "gpu":
                owner = VIS
                attrs |= {"driver": "NVIDIA 550.90.07", "cuda": "12.4"}
        if h == "chagwido":
            attrs["os"] = "SUSE Linux Enterprise Server 15 SP5 for SAP"
        if h == "hq-cti01":
            owner = CX
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


# pickup / return weights by weekday (Mon..Sun): Friday and Saturday pickups, Sunday returns
PICKUP = (0.55, 0.45, 0.45, 0.5, 0.9, 1.0, 0.5)
RETURN = (0.6, 0.45, 0.45, 0.45, 0.45, 0.6, 1.0)


def _branch(ts: datetime) -> float:
    """Counter and kiosk traffic at the branches (07:00–22:30): pickups peak late morning, returns in the late
    afternoon; summer holiday, so every day is busy."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if not 6.5 <= h < 22.5:
        return 0.05
    v = 0.1 + 0.62 * PICKUP[wd] * _bump(h, 10.3, 1.5) + 0.62 * RETURN[wd] * _bump(h, 17.0, 1.7)
    return max(0.05, min(1.0, v))


def _booking(ts: datetime) -> float:
    """Online bookings (app, web, OTA): lunch and the evening peak around 21:30, weekend afternoons; the summer
    sale push on Wednesday 26 at 19:30."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    v = 0.08 + 0.22 * _bump(h, 12.4, 1.1) + 0.5 * _bump(h, 21.4, 1.6) + 0.12 * _bump(h, 9.5, 1.2)
    if wd >= 5:
        v += 0.15 * _bump(h, 15, 3)
    if loc.day == 26 and 19.5 <= h < 21.5:
        v += 0.18
    return max(0.05, min(1.0, v))


def _pricing(ts: datetime) -> float:
    """Quotes follow the bookings; the 03:00 rate publish writes the rate cards."""
    h = seoul_hour(ts)
    return max(0.05, min(1.0, 0.2 + 0.6 * _booking(ts) + (0.45 if 3 <= h < 3.4 else 0)))


def _cars(ts: datetime) -> float:
    """Cars on the road (telematics): by day, more at weekends."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.12 + 0.62 * _bump(h, 14, 3.8)
    if wd >= 5:
        v += 0.14 * _bump(h, 13, 4)
    return max(0.05, min(1.0, v))


def _field(ts: datetime) -> float:
    """Shuttle buses and wash lines follow the branch traffic."""
    return max(0.05, min(1.0, 0.08 + 0.85 * _branch(ts)))


def _night(ts: datetime) -> float:
    """JP1 night batches 01:30–04:30 and the weekday ERP posting at 23:30."""
    h = seoul_hour(ts)
    v = 0.85 if 1.5 <= h < 4.5 else 0.12
    if _local(ts).weekday() < 5 and h >= 23.5:
        v = 0.6
    return v


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 9 <= h < 18 else 0) * (0.75 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


BRANCH = {
    "kiosk-hub", "ctab-api", "contract-svc", "kiosk-edge-cju", "dl-verify-gw", "pay-hold", "mysql-pay", "pg-contract",
    "dmg-vision", "triton-dmg", "minio-dmg", "pg-inspect", "fleet-avail", "pg-fleet", "lb-sam-branch", "brnpap01",
    "brnpap02", "vispap01", "paypap01", "sam-gpu-n1", "sam-gpu-n2", "biyangdo", "gapado", "cju-edge01",
    "gmp-edge01", "seo-edge01", "nas-cju-01", "fgt-cju-sdwan", "fgt-gmp-sdwan", "fgt-bsn-sdwan", "fgt-seo-sdwan",
    "line-rims", "callcenter-cti", "hq-cti01", "cmnpdb01", "iampap01",
}  # fmt: skip
BOOKING = {
    "rsv-core", "rsv-web-bff", "member-auth", "valkey-session", "pg-member", "pg-rsv", "valkey-rsv", "lb-sam-public",
    "partner-hub", "airpkg-link", "rabbit-partner", "rsvpap01", "rsvpap02", "webpap01", "chnpap01", "marado", "udo",
    "pa-sam-edge", "n9k-sam-core", "cdc-stream", "datpap01", "sam-cache-n2", "sam-mq-n3",
}  # fmt: skip
PRICING = {"yield-pricer", "valkey-price", "pripap01", "sam-cache-n1"}
CARS = {
    "tlm-ingest", "geo-fence", "fuel-odo-sync", "emqx-tlm", "kafka-rnt", "ch-tlm", "lb-sam-mqtt", "tlmpap01",
    "sam-kfk-b1", "sam-kfk-b2", "sam-kfk-b3", "sam-ch-n1", "sam-mq-n1", "apn-kt-m2m",
}  # fmt: skip
FIELD = {"wash-sched", "shuttle-dispatch", "wash-ctl-cju", "rabbit-field", "fldpap01"}
NIGHT = {"JP1_DEPOSIT_RELEASE", "JP1_ERP_POSTING", "JP1_RATE_PUBLISH", "JP1_DW_LOAD", "batpap01", "settle-svc",
         "nas-sam-01", "san-sam-01", "rnt_dw", "gcp-ic-sam"}  # fmt: skip
OFFICE = {"erp-s4", "hana-erp", "chagwido", "erppap01", "ins-bridge", "claim-desk", "pg-claim", "inspap01",
          "fleet-mnt", "hq-dc01", "superset-rnt", "gke-rnt-ana-pool-1-5f2a9c1d-q3xw"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (BRANCH, _branch),
        (BOOKING, _booking),
        (PRICING, _pricing),
        (CARS, _cars),
        (FIELD, _field),
        (NIGHT, _night),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "R1": {0: (7.5, 3.0), 1: (4.0, 12.0), 2: (2.3, 7.5)},
    "R2": {1: (9.0, 3.5), 2: (4.5, 12.0), 3: (2.2, 8.0)},
    "R3": {0: (3.0, 11.0), 1: (4.0, 12.0), 2: (2.0, 8.5)},
    "R4": {0: (5.0, 6.5), 1: (3.5, 12.0), 2: (2.0, 6.0)},
    "R5": {0: (12.0, 7.0), 1: (4.0, 13.0), 2: (2.2, 8.5)},
    "R6": {0: (4.0, 5.0), 1: (3.0, 12.0), 2: (2.0, 7.5)},
    "R7": {0: (28.0, 6.0), 1: (5.0, 13.0), 2: (2.4, 9.0)},
}
EFFECT_OVERRIDE = {
    ("R1", "fleet-avail"): (5.0, 26.0),
    ("R2", "pay-hold"): (5.5, 28.0),
    ("R3", "yield-pricer"): (4.5, 27.0),
    ("R4", "tlm-ingest"): (4.0, 31.0),
    ("R5", "member-auth"): (5.0, 27.0),
    ("R5", "dl-verify-gw"): (3.2, 14.0),
    ("R6", "shuttle-dispatch"): (3.8, 30.0),
    ("R6", "wash-sched"): (3.0, 13.0),
    ("R7", "dmg-vision"): (6.0, 33.0),
    ("R7", "claim-desk"): (1.8, 6.5),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "marado", "gapado", "udo", "biyangdo", "chagwido", "sam-kfk-b1", "sam-kfk-b2", "sam-kfk-b3", "sam-ch-n1",
    "sam-mq-n3", "sam-log-n1", "sam-gpu-n1", "sam-gpu-n2", "cju-edge01", "gmp-edge01", "seo-edge01", "batpap01",
    "cmnpdb01", "djn-db01", "hq-cti01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "sam-log-n1":  # OpenSearch indices creep up
        disk0, growth = 62.4, 1.45
    if name in ("sam-kfk-b1", "sam-kfk-b2", "sam-kfk-b3"):  # partition leaders are not spread evenly
        disk0, growth = {"sam-kfk-b1": 45.5, "sam-kfk-b2": 53.0, "sam-kfk-b3": 49.0}[name], 0.02
    if name in ("sam-gpu-n1", "sam-gpu-n2"):
        cpu0 = rng.uniform(30, 36)
    load = _load(name)
    kfk_fill = kst(24, 11, 0)  # the retention change: the log dir grows from Monday 11:00
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "gapado":  # pg_dump reading every table: iowait
            cpu += 52 * ramp(ts, R1["start"] - timedelta(minutes=5), R1["end"], rise=5, fall=10)
        if name == "biyangdo":  # write-through: fsync waits
            cpu += 58 * ramp(ts, R2["start"], R2["end"], rise=5, fall=10)
        if name == "sam-kfk-b2":  # the log dir fills after the retention change, then is cut back
            if kfk_fill <= ts < R4["end"]:
                frac = min(1.0, (ts - kfk_fill).total_seconds() / (R4["start"] - kfk_fill).total_seconds())
                disk += (99.4 - disk) * frac**2.2
            elif R4["end"] <= ts:
                disk += 12 * max(0.0, 1 - (ts - R4["end"]).total_seconds() / 3600 / 6)
            cpu += 30 * ramp(ts, R4["start"], R4["end"], rise=5, fall=10)
        if name in ("sam-kfk-b1", "sam-kfk-b3") and kfk_fill <= ts < R4["end"]:
            disk += 18 * min(1.0, (ts - kfk_fill).total_seconds() / (R4["start"] - kfk_fill).total_seconds())
        if name == "sam-mq-n3":  # the broker's memory alarm
            mem += 24 * ramp(ts, R6["start"] - timedelta(minutes=10), R6["end"], rise=15, fall=10)
        if name == "sam-cache-n1":  # the price cache filling its maxmemory
            mem += 9 * ramp(ts, R3["start"], R3["end"], rise=5, fall=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"fgt-cju-sdwan": 11.4, "fgt-gmp-sdwan": 3.1, "fgt-bsn-sdwan": 8.7, "fgt-seo-sdwan": 1.6,
            "line-rims": 6.8, "apn-kt-m2m": 38.0, "gcp-ic-sam": 1.9}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
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
    used = {"minio-dmg": (71, 72), "nas-cju-01": (58, 60), "nas-sam-01": (44, 46)}.get(name, (30, 50))
    per_day = {"minio-dmg": 0.22, "nas-cju-01": 0.1}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = {"minio-dmg": 42.0, "rnt-prd-photo-archive": 65.0}.get(name, rng.uniform(0.4, 2.5))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        row = {"disk_usage": round(v, 1)}
        if name == "minio-dmg":
            err = max(0.0, 0.04 * (1 + rng.gauss(0, 0.3)))
            for inc, hop, r in incident_hits(INCIDENTS, name, ts):
                f_rt, f_err = hop_effect(EFFECT, inc, hop)
                lat *= 1 + r * f_rt * (1 + rng.gauss(0, 0.06))
                err += r * f_err * (1 + rng.gauss(0, 0.08))
            row["response_time_ms"] = round(lat, 1)
            row["error_rate"] = round(err, 2)
        else:
            row["response_time_ms"] = round(lat, 2)
        if name == "san-sam-01" and 1.5 <= seoul_hour(ts) < 4.5:  # the night batches
            row["response_time_ms"] = round(row["response_time_ms"] * 1.5, 2)
        rows += samples(ts, c, **row)
    return rows


RT0 = {
    "rsv-core": 140.0, "yield-pricer": 65.0, "fleet-avail": 38.0, "rsv-web-bff": 180.0, "member-auth": 55.0,
    "dl-verify-gw": 420.0, "contract-svc": 160.0, "kiosk-hub": 210.0, "kiosk-edge-cju": 35.0, "ctab-api": 240.0,
    "dmg-vision": 710.0, "triton-dmg": 95.0, "pay-hold": 310.0, "settle-svc": 260.0,
    "JP1_DEPOSIT_RELEASE": 540.0, "ins-bridge": 380.0, "claim-desk": 290.0, "partner-hub": 150.0,
    "airpkg-link": 230.0, "tlm-ingest": 9.0, "geo-fence": 22.0, "fuel-odo-sync": 120.0, "fleet-mnt": 170.0,
    "wash-sched": 60.0, "shuttle-dispatch": 48.0, "wash-ctl-cju": 25.0, "erp-s4": 450.0, "JP1_ERP_POSTING": 620.0,
    "JP1_RATE_PUBLISH": 700.0, "JP1_DW_LOAD": 580.0, "cdc-stream": 14.0, "callcenter-cti": 130.0,
    "demand-forecast": 310.0, "superset-rnt": 640.0, "opensearch-log": 75.0,
    "pg-rsv": 3.4, "pg-contract": 2.8, "pg-fleet": 2.2, "pg-member": 1.8, "mysql-pay": 2.5, "pg-claim": 3.0,
    "pg-inspect": 4.1, "ch-tlm": 18.0, "hana-erp": 2.9, "rnt_dw": 640.0, "pg-rsv-dr": 2.6,
    "valkey-rsv": 0.38, "valkey-price": 0.31, "valkey-session": 0.27,
    "kafka-rnt": 3.6, "emqx-tlm": 5.5, "rabbit-partner": 2.9, "rabbit-field": 2.4,
    "lb-sam-public": 1.2, "lb-sam-branch": 0.9, "lb-sam-mqtt": 1.5,
}  # fmt: skip
REQUEST_RATE = {
    "rsv-core": 1850.0, "yield-pricer": 4200.0, "fleet-avail": 2600.0, "rsv-web-bff": 3100.0, "member-auth": 980.0,
    "dl-verify-gw": 95.0, "contract-svc": 520.0, "kiosk-hub": 210.0, "kiosk-edge-cju": 140.0, "ctab-api": 380.0,
    "dmg-vision": 160.0, "triton-dmg": 1900.0, "pay-hold": 240.0, "partner-hub": 1350.0, "airpkg-link": 310.0,
    "ins-bridge": 45.0, "claim-desk": 28.0, "tlm-ingest": 610.0, "geo-fence": 600.0, "fleet-mnt": 35.0,
    "wash-sched": 55.0, "shuttle-dispatch": 180.0, "wash-ctl-cju": 40.0, "callcenter-cti": 70.0,
    "cdc-stream": 820.0, "pg-rsv": 9600.0, "pg-fleet": 7400.0, "pg-member": 2900.0, "mysql-pay": 2100.0,
    "pg-contract": 3300.0, "ch-tlm": 5200.0, "valkey-rsv": 26000.0, "valkey-price": 31000.0,
    "valkey-session": 14500.0, "kafka-rnt": 8800.0, "emqx-tlm": 640.0, "rabbit-partner": 1100.0,
    "rabbit-field": 420.0, "lb-sam-public": 4600.0, "lb-sam-branch": 1250.0, "lb-sam-mqtt": 650.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "valkey-rsv": (54.0, 9.0), "valkey-price": (47.0, 6.0), "valkey-session": (38.0, 12.0),
    "kafka-rnt": (44.0, 8.0), "emqx-tlm": (36.0, 14.0), "rabbit-partner": (29.0, 8.0), "rabbit-field": (24.0, 9.0),
}  # fmt: skip
QUEUE_DEPTH = {"kafka-rnt": 14000.0, "rabbit-partner": 380.0, "rabbit-field": 220.0}  # messages waiting
CPU_DB = {"pg-rsv": (22.0, 38.0), "pg-fleet": (14.0, 30.0), "mysql-pay": (12.0, 26.0), "ch-tlm": (18.0, 30.0)}
BATCH_HOURS = {"JP1_DEPOSIT_RELEASE": (2.0, 2.5), "JP1_RATE_PUBLISH": (3.0, 3.4), "JP1_DW_LOAD": (1.5, 3.8)}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0, cpu_swing = CPU_DB.get(name, (0.0, 0.0))
    depth0 = QUEUE_DEPTH.get(name, 0.0)
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is R4 and name in ("tlm-ingest", "kafka-rnt"):
                req *= 1 - 0.55 * r  # produce requests failing
            if inc is R5 and name == "valkey-session":
                req *= 1 - 0.4 * r  # clients reconnecting
            if inc is R5 and name == "dl-verify-gw":
                req *= 1 + 1.6 * r  # cache misses: every check goes to RIMS
            if inc is R6 and name in ("rabbit-field", "shuttle-dispatch"):
                req *= 1 - 0.5 * r
            if inc is R7 and name == "dmg-vision":
                req *= 1 - 0.35 * r
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
            if name == "valkey-price":  # the peak-season rate cards fill maxmemory (noeviction)
                mem += (99.6 + rng.gauss(0, 0.15) - mem) * ramp(ts, R3["start"] - timedelta(minutes=5), R3["end"],
                                                                 rise=10, fall=10)  # fmt: skip
            if name == "rabbit-field":  # the dead-letter loop: memory alarm at 40 % of RAM (shown as 95 %+)
                mem += (96.5 + rng.gauss(0, 0.3) - mem) * ramp(ts, R6["start"] - timedelta(minutes=15), R6["end"],
                                                                rise=20, fall=10)  # fmt: skip
            if name == "valkey-session":  # full resyncs after each failover
                mem += 18 * ramp(ts, R5["start"], R5["end"], rise=10, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "pg-fleet":
                cpu += 34 * ramp(ts, R1["start"], R1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name in QUEUE_DEPTH:
            depth = depth0 * (0.5 + d) * (1 + rng.gauss(0, 0.08))
            if name == "kafka-rnt":  # consumer lag while partitions are offline
                depth += 4.6e6 * ramp(ts, R4["start"], R4["end"], rise=40, fall=25) * (1 + rng.gauss(0, 0.03))
            if name == "rabbit-field":  # the dead-letter loop
                depth += (
                    2.3e6
                    * ramp(ts, R6["start"] - timedelta(minutes=15), R6["end"], rise=30, fall=10)
                    * (1 + rng.gauss(0, 0.03))
                )
            row["queue_depth"] = round(max(0.0, depth))
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The JP1 night batches, the maintenance work orders, the ERP posting and the public certificate."""
    rows = []
    for d in range(20, 31):
        wd = datetime(2028, 7, d).weekday()
        rows.append((d, 1, 30, "JP1_DW_LOAD", "info", "batch_job", "JOBNET /RNT/DW/LOAD started"))
        rows.append(
            (d, 3, 44, "JP1_DW_LOAD", "info", "batch_job", "JOBNET /RNT/DW/LOAD ended normally (RC=0)")
        )
        rows.append(
            (d, 2, 0, "JP1_DEPOSIT_RELEASE", "info", "batch_job", "보증금 가승인 해제 배치 시작 (DEPREL_D1)")
        )
        released = 1800 + (d * 137) % 900
        rows.append(
            (d, 2, 23, "JP1_DEPOSIT_RELEASE", "info", "batch_job", f"보증금 가승인 해제 완료 {released:,}건")
        )
        rows.append(
            (d, 3, 0, "JP1_RATE_PUBLISH", "info", "batch_job", "요금 게시 배치 시작 (RATE_PUBLISH_D)")
        )
        if d != 24:
            rows.append(
                (d, 3, 21, "JP1_RATE_PUBLISH", "info", "batch_job", "요금 게시 완료, 제휴채널 전송 11/11")
            )
        rows.append(
            (d, 6, 0, "fleet-mnt", "info", "batch_job", "정비 작업지시 자동 생성 (엔진오일/타이어/정기점검)")
        )
        if wd < 5:
            rows.append((d, 23, 30, "JP1_ERP_POSTING", "info", "batch_job", "JOBNET /RNT/ERP/POST started"))
            rows.append((d, 23, 52, "JP1_ERP_POSTING", "info", "batch_job", "정산 전표 전기 완료 (FB01 RFC)"))
        left = (datetime(2028, 8, 6) - datetime(2028, 7, d)).days
        rows.append(
            (d, 9, 0, "lb-sam-public", "warning", "cert_expiry",
             f"SSL certificate for www.baramrent.co.kr expires in {left} days (2028-08-06); renewal is manual (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (20, 18, 0, "pg-fleet", "info", "config_change", "주간 논리백업 cron 변경: '0 3 * * 0' → '0 9 * * 5' (pg_dump fleetdb)"),
    (20, 20, 30, "rsv-core-stg", "info", "deployment", "rsv-core-stg 9.5.0-rc1 배포"),
    (21, 8, 45, "fleet-avail", "info", "deployment", "fleet-avail 4.7.1 배포 (차량군 대체배정 로직 개선)"),
    (21, 15, 0, "bsn-edge01", "info", "maintenance", "부산역지점 엣지서버 메인보드 교체 대기, 키오스크 중앙 직결로 전환"),
    (22, 10, 10, "pay-hold", "info", "deployment", "pay-hold 4.2.0 배포 (해외카드 가승인 금액 반올림 수정)"),
    (22, 17, 50, "sam-log-n1", "warning", "threshold_breach", "disk_usage above 65% on /data/opensearch"),
    (23, 16, 0, "JP1_RATE_PUBLISH", "info", "config_change", "8월 성수기 요금표 적용: rate card 2,260 → 4,410 (8/1~8/20 전 지점)"),
    (23, 21, 0, "yield-pricer", "info", "deployment", "yield-pricer 3.11.0 배포 (리드타임 구간 세분화)"),
    (24, 10, 0, "dmg-vision-stg", "info", "deployment", "dmg-vision-stg 1.15.0-rc2 배포 (v9 모델 검증)"),
    (24, 11, 0, "kafka-rnt", "info", "config_change", "topic tlm.position.v3 retention.ms 48h → 168h (geo-fence 재처리 요청)"),
    (24, 14, 0, "dmg-vision-stg", "info", "maintenance", "GPU 검증 노드 드라이버 업그레이드 (스테이징 판독 중지)"),
    (25, 5, 40, "sam-log-n1", "warning", "threshold_breach", "disk_usage above 70% on /data/opensearch"),
    (25, 13, 50, "tlm-ingest", "info", "deployment", "tlm-ingest 5.0.3 배포 (DTC 코드 파싱 추가)"),
    (25, 16, 0, "yield-pricer-dev", "info", "deployment", "yield-pricer-dev 3.12.0-SNAPSHOT 배포"),
    (26, 19, 10, "member-auth", "info", "deployment", "member-auth 24.0.5 배포 (네이버 로그인 콜백 수정)"),
    (26, 19, 30, "rsv-web-bff", "info", "campaign", "여름 특가 앱 푸시 발송 시작 (대상 96만명)"),
    (27, 10, 0, "hana-erp", "info", "maintenance", "HANA 로그 백업 경로 정리 (서비스 영향 없음)"),
    (27, 15, 0, "ins-bridge", "info", "deployment", "ins-bridge 2.1.5 배포 (삼성화재 사고접수 API v3)"),
    (28, 17, 30, "rabbit-field", "info", "config_change", "policy 'dlx-retry' 적용 (pattern ^wash\\., dead-letter-exchange wash.retry, message-ttl 0)"),
    (28, 17, 45, "shuttle-dispatch", "info", "deployment", "shuttle-dispatch 2.2.1 배포 (김포 국내선 셔틀 노선 추가)"),
    (28, 17, 50, "sam-log-n1", "warning", "threshold_breach", "disk_usage above 75% on /data/opensearch"),
    (29, 9, 0, "fleet-mnt", "info", "batch_job", "타이어 교체 작업지시 일괄 생성 (트레드 3mm 이하 214대)"),
    (29, 22, 0, "geo-fence", "info", "batch_job", "제주 선적 차량 감지 규칙 재계산 (완도·목포 항로)"),
    (30, 15, 0, "triton-dmg", "info", "deployment", "모델 교체 dmg-yolo-v8.3 → dmg-yolo-v9.0 (휠 스크래치 클래스 추가)"),
    (30, 16, 20, "minio-dmg", "warning", "hardware", "drive /mnt/disk7 on minio-dmg-3 offline (I/O error), healing started"),
    (30, 16, 30, "ctab-api", "info", "deployment", "ctab-api 3.15.0 배포 (사진 업로드 재시도 로직)"),
    # R1 (Friday morning pickups)
    (21, 9, 0, "pg-fleet", "info", "backup", "pg_dump fleetdb started (weekly logical backup, -j 8)"),
    (21, 9, 6, "gapado", "warning", "io", "nvme0n1 await 87ms, util 100% (pg_dump)"),
    (21, 9, 9, "pg-fleet", "critical", "performance", "slow queries: UPDATE vehicle_status avg 4.2s, 310 active sessions"),
    (21, 9, 13, "fleet-avail", "critical", "error", "차량 배정 API 타임아웃 26% (fleetdb 응답 지연)"),
    (21, 9, 17, "kiosk-hub", "major", "error", "셀프 체크인 차량 배정 실패, 제주공항 키오스크 대기열 증가"),
    (21, 9, 20, "rsv-core", "warning", "error", "가용재고 조회 지연, 예약 확정 재시도 증가"),
    (21, 9, 55, "pg-fleet", "info", "config_change", "pg_dump 중단, 백업 cron 원복 '0 3 * * 0'"),
    (21, 10, 5, "fleet-avail", "info", "recovery", "차량 배정 정상"),
    # R2 (Saturday pickup peak)
    (22, 10, 38, "biyangdo", "warning", "hardware", "PERC H755: battery relearn cycle started, VD0 write policy WriteBack -> WriteThrough"),
    (22, 10, 44, "biyangdo", "critical", "io", "VD0 write latency 210ms, fsync stalls"),
    (22, 10, 47, "mysql-pay", "critical", "performance", "InnoDB log write waits 8,400/s, commit latency 1.9s"),
    (22, 10, 51, "pay-hold", "critical", "error", "보증금 가승인 타임아웃 28% (PG 응답 정상, DB 커밋 지연)"),
    (22, 10, 56, "ctab-api", "major", "error", "계약 태블릿 전자서명 완료 실패 (보증금 단계 대기)"),
    (22, 11, 30, "biyangdo", "info", "hardware", "PERC H755: battery relearn completed, VD0 write policy WriteBack restored"),
    (22, 11, 40, "pay-hold", "info", "recovery", "보증금 가승인 정상"),
    # R3 (Monday small hours)
    (24, 3, 6, "valkey-price", "warning", "memory", "used_memory 23.1GB / maxmemory 24GB"),
    (24, 3, 8, "valkey-price", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory' (policy noeviction)"),
    (24, 3, 12, "yield-pricer", "critical", "error", "요금 캐시 쓰기 실패 27%, 견적 API 5xx"),
    (24, 3, 16, "partner-hub", "major", "error", "OTA 요금 동기화 실패 (네이버·야놀자·트립닷컴)"),
    (24, 3, 19, "airpkg-link", "warning", "error", "항공 패키지 요금 조회 실패 (제주항공)"),
    (24, 3, 25, "JP1_RATE_PUBLISH", "major", "batch_job", "JOBNET /RNT/PRC/PUBLISH ended abnormally (RC=8)"),
    (24, 3, 50, "valkey-price", "info", "config_change", "maxmemory 24gb → 40gb, 7월 시즌 키 삭제"),
    (24, 4, 12, "JP1_RATE_PUBLISH", "info", "batch_job", "요금 게시 재실행 완료 (지연), 제휴채널 전송 11/11"),
    # R4 (Tuesday afternoon)
    (25, 8, 15, "sam-kfk-b2", "warning", "disk", "/kafka-logs 80% used"),
    (25, 10, 0, "sam-kfk-b2", "warning", "disk", "/kafka-logs 85% used"),
    (25, 13, 52, "sam-kfk-b2", "critical", "disk", "/kafka-logs 98% used"),
    (25, 14, 12, "kafka-rnt", "critical", "broker", "broker 2: log dir /kafka-logs offline (No space left on device), 214 partitions offline"),
    (25, 14, 16, "tlm-ingest", "critical", "error", "Kafka produce 실패 31% (NOT_LEADER_OR_FOLLOWER), 차량 위치 유실"),
    (25, 14, 22, "geo-fence", "major", "error", "위치 스트림 지연, 지오펜스 판정 보류"),
    (25, 14, 55, "kafka-rnt", "info", "config_change", "tlm.position.v3 retention 168h → 48h, broker 2 log dir 재온라인"),
    (25, 15, 10, "tlm-ingest", "info", "recovery", "차량 위치 수신 정상"),
    # R5 (Wednesday evening)
    (26, 19, 36, "valkey-session", "warning", "failover", "+sdown master mymaster 10.50.15.119 6379"),
    (26, 19, 39, "valkey-session", "critical", "failover", "+switch-master mymaster (3rd failover in 4 min), clients READONLY"),
    (26, 19, 42, "member-auth", "critical", "error", "로그인 실패 27% (session store READONLY / connection reset)"),
    (26, 19, 45, "dl-verify-gw", "major", "error", "면허 확인 캐시 조회 실패, RIMS 직접 조회 폭증"),
    (26, 19, 50, "rsv-web-bff", "warning", "error", "앱 예약 화면 세션 만료 다발"),
    (26, 20, 25, "valkey-session", "info", "config_change", "sentinel down-after-milliseconds 1000 → 5000, 복제 재구성"),
    (26, 20, 40, "member-auth", "info", "recovery", "로그인 정상"),
    # R6 (Friday evening)
    (28, 18, 2, "rabbit-field", "warning", "queue", "wash.jobs <-> wash.retry dead-letter loop, publish 48k msg/s"),
    (28, 18, 7, "rabbit-field", "critical", "memory", "memory resource limit alarm set on node rabbit@sam-mq-n3; publishers will be blocked"),
    (28, 18, 11, "shuttle-dispatch", "critical", "error", "셔틀 배차 메시지 발행 실패 30% (connection.blocked), 김포 셔틀 대기 증가"),
    (28, 18, 15, "wash-sched", "major", "error", "세차 지시 발행 지연"),
    (28, 18, 22, "wash-ctl-cju", "warning", "error", "세차라인 작업지시 미수신 (라인 3, 4 대기)"),
    (28, 18, 55, "rabbit-field", "info", "config_change", "policy dlx-retry 삭제, wash.retry purge"),
    (28, 19, 10, "shuttle-dispatch", "info", "recovery", "셔틀 배차 정상"),
    # R7 (Sunday return rush, ongoing)
    (30, 16, 52, "minio-dmg", "warning", "performance", "PUT latency p99 1.6s, healing 2,300 objects/s"),
    (30, 16, 55, "minio-dmg", "critical", "error", "503 SlowDown: Resource requested is unreadable, please reduce your request rate"),
    (30, 16, 58, "dmg-vision", "critical", "error", "반납 사진 저장 실패 33%, 판독 대기 1,240건 (제주공항 반납장)"),
    (30, 17, 4, "ctab-api", "major", "error", "태블릿 외관사진 업로드 타임아웃, 반납 처리 지연"),
    (30, 17, 8, "claim-desk", "warning", "error", "손상 판독 결과 수신 지연"),
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
    generate(NAME, "car-rental", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
