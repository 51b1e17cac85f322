"""Generate the city-gas estate (tests/fixtures/city-gas/, interchange format) and its faults file.

A Korean city-gas supplier's IT and OT (가람도시가스, 수원·화성·평택·오산 공급권역, 132만 수요가): the supply
SCADA `scada_master` (A/B on `JHSR-SCADA1`/`JHSR-SCADA2` in the 종합상황실) that watches 212 governor stations
(정압기) and the pipeline pressure/flow, fed by the DNP3 front-end processors `scada_fep01`/`scada_fep02` (RTUs
on private lines) and by `sinho-bridge` from the MQTT broker `sinho-mqtt` (LTE RTUs, dispatch vehicles' GPS);
the operators' HMI `scada_hmi`, the governor-station alarm analytics `jeongap-mon`, the process historian
`naite-hist` (AVEVA PI) archiving to `nas-jh-hist`, the leak analytics `nuseol-ai` and the send-out forecast
`suyo-yecheuk`; the AMI head-end `geomchim-he` with the Kafka cluster `kfk-ami-c1`, the MDMS `mdms-core` on
Oracle `mdms-ora`, its nightly VEE batch and the monthly meter-read batch `geomchim-batch` (15th, 01:00); billing
`yogeum-core` on the Oracle RAC `yogeum-ora` (billing day the 18th), automatic transfer `ijae-gw` with the
KFTC queue `mq_kftc_if` and the 06:00 `iche_cms_batch`, mobile bills `gojiseo-send` and `sms-relay`; the 24h
call centre (`cti_ipron`, `ars_ivr`, `cc-crm` on MS-SQL `crm-mssql`) and emergency dispatch `chuldong-disp`;
the pipe-network GIS `gwanmang-gis` on `gis-pgsde` with excavation coordination `gulchak-hyeobui`; the safety
inspection app backend `jeomgeom-api` for field inspectors' tablets; the customer app `garam-app-api`, the web
and move-in/out `isa-jeopsu` in AWS (RDS `gr-app-pg`, ElastiCache `gr-app-redis`). Sites 종합상황실 (main control
centre), 안양IDC, AWS 서울리전 and the regional service centres 수원고객센터, 화성고객센터, 평택고객센터 (RTUs are
filed under the centre whose district holds the station); environments prod, stg, dev; owners are teams with
Korean and English names.

Naming (unlike the earlier estates): Windows NetBIOS names in capitals for the control-centre servers
(`JHSR-SCADA1`, `JHSR-HIST1`), lower-case OT virtualisation hosts (`jh-otv-01`), IDC bare metal by asset tag
(`grit21-0042` = GR-IT, bought 2021, asset 0042), IDC VMs by role and number (`vay-bil02`), EC2 instance ids
for the cloud hosts (`i-0b7e41c9a2f35d810`), RTUs by governor-station code (`gv017-rtu`), romanised Korean
product names (`yogeum-core` 요금, `geomchim-he` 검침, `jeomgeom-api` 점검, `chuldong-disp` 출동,
`gwanmang-gis` 관망, `naite-hist` 나이테, `sinho-mqtt` 신호, `isa-jeopsu` 이사 접수, `suyo-yecheuk` 수요예측) and
legacy snake_case (`scada_master`, `cti_ipron`, `iche_cms_batch`, `mq_kftc_if`, `mdms_v1_loader`).

Seven injected incidents (times KST; now = Wednesday 2027-01-20 19:40, in the evening cooking and heating peak;
the window is the 10 days before; a cold wave 한파 from Saturday 16 06:00 to Monday 18 midnight):
  G1 Tue 12 09:00–09:55  the TLS server certificate of sinho-mqtt expires at 09:00 (warned since Sunday): every
                         LTE RTU and dispatch vehicle fails its handshake: sinho-bridge (loudest, 3.2.1 deployed
                         at 08:40), chuldong-disp (vehicle GPS), scada_master (LTE stations stale)
  G2 Wed 13 13:30–14:25  a manual ArcSDE compress on gis-pgsde takes an exclusive lock on the state lineages and
                         the map sessions queue up: gwanmang-gis, jeomgeom-api (loudest, 6.3.0 deployed at 13:10),
                         gulchak-hyeobui
  G3 Fri 15 01:20–02:15  (night, the monthly meter-read batch) the RAID controller of Kafka broker grit24-0302
                         starts a battery relearn and drops to write-through: kfk-ami-c1 produce latency and ISR
                         shrink, geomchim-he, mdms-core, geomchim-batch (loudest, 2.4.0 deployed Thursday 17:30)
  G4 Sat 16 20:00–20:55  (weekend evening) the RDS gr-app-pg runs out of gp2 burst credits and its reads are
                         capped at the baseline IOPS: garam-app-api (loudest, 2.18.0 deployed at 19:30),
                         isa-jeopsu, garam-web
  G5 Sun 17 18:10–19:05  (weekend evening peak, cold wave) a V3 antivirus engine update starts a full scan on
                         JHSR-SCADA1: scada_master (loudest, alarm limits changed at 17:50), scada_hmi, jeongap-mon
  G6 Mon 18 10:20–11:15  (billing day) yogeum-ora's FRA fills (archivelog deletion policy changed on Friday for
                         the coming DR standby) and the archiver stops (ORA-00257): yogeum-core (loudest, 7.14.2
                         deployed at 09:50), ijae-gw, cc-crm, garam-app-api
  G7 Wed 20 19:05–now    an ad-hoc SSRS complaint report on crm-mssql (RCSI off) heads a blocking chain: cc-crm
                         (loudest, 4.9.1 deployed at 17:50), ars_ivr, chuldong-disp (ongoing)
Confounders: the gas send-out curve (morning 07–08 and evening 18–20 peaks, heating all night) and the cold
wave, hourly AMI read bursts, the 02:00 leak-model retraining of nuseol-ai on vay-ami02 (noisy neighbour of the
MDMS batches), the 02:30 VEE batch, the 06:00 auto-transfer batch, the 05:30 tablet sync, billing day and the
mobile bills on the 18th, deploys or changes on victims before every incident, `gv031-rtu` and
`jeomgeom-api-stg` in maintenance, the retired `mdms_v1_loader`, the log server `grit20-0009`'s disk creeping up
and the DMZ load balancer `a10-ay-dmz`'s certificate expiring on 2027-01-29 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/gas_golden.py) are computed from the files.

    .venv/bin/python bench/gas_estate.py   # rewrites tests/fixtures/city-gas*
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

NAME = "city-gas"
NOW = datetime(2027, 1, 20, 10, 40, tzinfo=UTC)  # Wednesday 2027-01-20 19:40 KST
START = NOW - timedelta(days=10)  # Sunday 2027-01-10 19:40 KST
SEED = 20270120
SITES = {
    "J": "종합상황실",
    "A": "안양IDC",
    "C": "AWS 서울리전",
    "SW": "수원고객센터",
    "HS": "화성고객센터",
    "PT": "평택고객센터",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2027-01")

SUPPLY, OTNET, AMI, BILL = "공급관제팀", "ot-network", "AMI사업팀", "요금정보팀"
CX, SAFETY, GIS, DIGI = "cx-contact", "안전관리팀", "관망GIS팀", "디지털채널팀"
INFRA, DBA, NET, CLOUD = "platform-infra", "DB운영파트", "네트워크파트", "cloud-ops"
DATA, INSPECT = "data-lab", "safety-mobile"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- supply SCADA (OT)
    "scada_master": ("service", SUPPLY, "J", "P", ["JHSR-SCADA1", "JHSR-SCADA2"],
                     ["scada_fep01", "scada_fep02", "sinho-bridge", "scada-cfgdb"],
                     {"desc": "공급관리 SCADA 마스터 (정압기·배관 압력/유량 감시, 원격 차단밸브 제어)",
                      "product": "Schneider Electric Geo SCADA Expert 2023", "version": "2023.1.8512",
                      "redundancy": "Hot-Standby A/B", "points": 18400, "governor_stations": 212,
                      "scan_interval_s": 10}),
    "scada_fep01": ("service", SUPPLY, "J", "P", ["JHSR-FEP1"], [],
                    {"desc": "RTU 폴링 FEP #1 (전용회선 RTU)", "protocol": "DNP3", "rtus": 138, "link": "전용회선",
                     "poll_interval_s": 10, "version": "5.4.2"}),
    "scada_fep02": ("service", SUPPLY, "J", "P", ["JHSR-FEP2"], [],
                    {"desc": "RTU 폴링 FEP #2 (예비·Modbus 계량 RTU)", "protocol": "Modbus TCP", "rtus": 61,
                     "link": "전용회선", "poll_interval_s": 15, "version": "5.4.2"}),
    "sinho-bridge": ("service", SUPPLY, "J", "P", ["jh-otv-01"], ["sinho-mqtt"],
                     {"desc": "LTE RTU MQTT(Sparkplug B) → SCADA 브리지", "protocol": "MQTT Sparkplug B",
                      "version": "3.2.1", "rtus": 74, "product": "자체개발 (Go 1.22)"}),
    "scada_hmi": ("service", SUPPLY, "J", "P", ["jh-otv-01"], ["scada_master", "naite-hist"],
                  {"desc": "종합상황실 운영자 HMI·상황판 (비디오월)", "consoles": 14, "videowall": "3x8 Barco",
                   "version": "2023.1"}),
    "jeongap-mon": ("service", SUPPLY, "J", "P", ["jh-otv-02"], ["naite-hist", "scada_master"],
                    {"desc": "정압기 감시·경보 분석 (출구압 이상, 필터 차압, 가스누출 검지기)", "version": "2.7.4",
                     "product": "자체개발 (Python 3.11, Grafana 10)", "stations": 212}),
    "nuseol-ai": ("service", DATA, "A", "P", ["vay-ami02"], ["naite-hist", "kfk-ami-c1"],
                  {"desc": "누설 감지 분석 (압력 강하 패턴 + AMI 사용량 불균형)", "model_version": "lk-2026.12",
                   "product": "자체개발 (Python 3.11, PyTorch 2.2)", "retrain": "매일 02:00"}),
    "suyo-yecheuk": ("service", DATA, "A", "P", ["vay-ami02"], ["naite-hist", "mdms-ora"],
                     {"desc": "일일 수요예측 (기온·요일 기반 송출량 예측, 도매 구매 물량)", "schedule": "매일 05:00",
                      "version": "1.6.0", "mape_target_pct": 3.5}),
    # ---------------------------------------------------------------- AMI
    "geomchim-he": ("service", AMI, "A", "P", ["vay-ami01"], ["kfk-ami-c1"],
                    {"desc": "AMI 헤드엔드 (원격검침 수신, LTE-M/NB-IoT 모뎀)", "version": "4.6.2",
                     "product": "자체개발 (Java 17, Netty)", "meters": 486000, "read_interval": "1시간",
                     "protocol": "DLMS/COSEM over CoAP", "port": 5683}),
    "mdms-core": ("service", AMI, "A", "P", ["vay-ami01", "vay-ami02"], ["kfk-ami-c1", "mdms-ora"],
                  {"desc": "MDMS (검침값 VEE 검증·추정, 요금 기초값 확정)", "version": "3.11.0",
                   "product": "자체개발 (Java 17, Spring Boot 3.2)", "instances": 3}),
    "mdms_nightly_vee": ("service", AMI, "A", "P", ["vay-ami02"], ["mdms-ora"],
                         {"desc": "야간 VEE 재검증 배치 (누락·이상 검침 추정)", "schedule": "매일 02:30",
                          "product": "Spring Batch 5.1"}),
    "geomchim-batch": ("service", AMI, "A", "P", ["vay-bil02"], ["mdms-core", "yogeum-ora"],
                       {"desc": "월 정기검침 확정 배치 (검침값 → 요금 시스템 이관)", "schedule": "매월 15일 01:00",
                        "version": "2.4.0", "product": "Spring Batch 5.1"}),
    "mdms_v1_loader": ("service", AMI, "A", "P", [], [],
                       {"desc": "구 MDMS 검침 파일 적재기 (2025년 Kafka 파이프라인으로 대체)", "version": "1.9.4",
                        "decommissioned": "2025-06-30"}),
    # ---------------------------------------------------------------- billing, automatic transfer
    "yogeum-core": ("service", BILL, "A", "P", ["vay-bil01", "vay-bil02"], ["yogeum-ora", "mdms-core", "yogeum-redis"],
                    {"desc": "요금 산정·고지 (월 요금 계산, 고지서 발행, 미납·체납 관리)", "version": "7.14.2",
                     "product": "자체개발 (Java 11, Spring 5 + Pro*C 요금엔진)", "customers": 1320000,
                     "billing_day": "매월 18일", "instances": 4}),
    "ijae-gw": ("service", BILL, "A", "P", ["vay-bil03"], ["yogeum-ora", "mq_kftc_if"],
                {"desc": "자동이체 게이트웨이 (금융결제원 CMS, 은행 펌뱅킹, 카드 자동납부)", "version": "3.3.0",
                 "banks": 18, "auto_transfer_accounts": 742000}),
    "iche_cms_batch": ("service", BILL, "A", "P", ["vay-bil03"], ["ijae-gw", "yogeum-ora"],
                       {"desc": "자동이체 출금 요청·결과 반영 배치", "schedule": "영업일 06:00",
                        "product": "Shell + Pro*C"}),
    "gojiseo-send": ("service", DIGI, "A", "P", ["vay-bil03"], ["yogeum-core", "mq-notify"],
                     {"desc": "모바일 고지서 발송 (카카오 알림톡, 이메일, LMS)", "version": "2.2.5",
                      "channels": "알림톡, 이메일, LMS", "monthly_volume": 1100000}),
    "sms-relay": ("service", CX, "A", "P", ["vay-cc02"], ["mq-notify"],
                  {"desc": "SMS/알림톡 중계 (통신사 문자, 카카오 비즈메시지)", "version": "1.8.0",
                   "vendor": "LG U+ 기업문자", "daily_limit": 400000}),
    # ---------------------------------------------------------------- customer app (AWS)
    "garam-app-api": ("service", DIGI, "C", "P", ["i-0b7e41c9a2f35d810", "i-04d2aa8e6c1f9b373"],
                      ["gr-app-pg", "gr-app-redis", "yogeum-core"],
                      {"desc": "가람가스 앱 백엔드 (요금 조회·납부, 자가검침, 안전점검 예약)", "version": "2.18.0",
                       "product": "Kotlin + Spring Boot 3.2", "instances": 6, "mau": 410000}),
    "garam-web": ("service", DIGI, "C", "P", ["i-0f1c3a57be2d89e44"], ["garam-app-api"],
                  {"desc": "고객 웹 (요금 조회, 전자고지 신청)", "product": "Next.js 14", "version": "5.4.1",
                   "endpoint": "my.garamgas.co.kr"}),
    "isa-jeopsu": ("service", DIGI, "C", "P", ["i-0f1c3a57be2d89e44"], ["gr-app-pg", "yogeum-core"],
                   {"desc": "이사(전입/전출) 가스 개통·정산 접수", "version": "1.12.3",
                    "product": "Kotlin + Spring Boot 3.2"}),
    # ---------------------------------------------------------------- call centre, emergency dispatch
    "cti_ipron": ("service", CX, "A", "P", ["vay-cc01"], [],
                  {"desc": "콜센터 CTI (교환기 연동, 상담원 라우팅, 녹취 연동)", "product": "브리지텍 IPRON v5.2",
                   "agents": 180, "trunks": "E1 x 8", "port": 5060}),
    "ars_ivr": ("service", CX, "A", "P", ["vay-cc01"], ["cti_ipron", "cc-crm"],
                {"desc": "ARS/IVR (고객 확인, 요금 안내, 0번 가스누출 신고 분기)", "product": "IPRON IVR 5.2",
                 "channels": 240, "emergency_menu": "0번 가스누출"}),
    "cc-crm": ("service", CX, "A", "P", ["vay-cc02"], ["crm-mssql", "yogeum-core", "cti_ipron"],
               {"desc": "상담 CRM (상담 이력, 민원, 출동 요청 접수)", "product": "자체개발 (.NET 6)",
                "version": "4.9.1", "instances": 2}),
    "chuldong-disp": ("service", SAFETY, "A", "P", ["vay-disp01"],
                      ["chuldong-pg", "disp-redis", "gwanmang-gis", "sinho-mqtt", "cc-crm", "sms-relay"],
                      {"desc": "긴급출동 배차 (누출·공급중단 신고 → 출동차량·안전점검원 배정)", "version": "5.0.3",
                       "product": "자체개발 (Java 17)", "vehicles": 64, "sla_min": 30}),
    # ---------------------------------------------------------------- pipe-network GIS, safety inspection
    "gwanmang-gis": ("service", GIS, "A", "P", ["vay-gis01", "vay-gis02"], ["gis-pgsde"],
                     {"desc": "관망 GIS (배관·밸브·정압기 위치, 관망도)", "product": "Esri ArcGIS Enterprise 11.1",
                      "version": "11.1", "pipe_km": 8420, "valves": 31400}),
    "gulchak-hyeobui": ("service", GIS, "A", "P", ["vay-gis02"], ["gwanmang-gis"],
                        {"desc": "굴착공사 협의 (EOCS 연계, 배관 매설 위치 확인·입회)", "version": "2.0.8",
                         "product": "자체개발 (Java 11)"}),
    "jeomgeom-api": ("service", INSPECT, "A", "P", ["vay-jg01"], ["jeomgeom-pg", "gwanmang-gis"],
                     {"desc": "안전점검 모바일 앱 백엔드 (정기점검, 사용시설 점검, 사진·전자서명)", "version": "6.3.0",
                      "product": "Node.js 20 (NestJS)", "inspectors": 420, "tablets": 460}),
    "jeomgeom-sync": ("service", INSPECT, "A", "P", ["vay-jg01"], ["jeomgeom-pg"],
                      {"desc": "점검 태블릿 오프라인 동기화 (점검 대상 목록 배포)", "schedule": "매일 05:30",
                       "version": "1.4.2"}),
    # ---------------------------------------------------------------- infra
    "zabbix-ay": ("service", INFRA, "A", "P", ["vay-mon01"], [],
                  {"desc": "IT/OT 인프라 모니터링", "product": "Zabbix 7.0 LTS", "monitored_hosts": 860}),
    "opslog-os": ("service", INFRA, "A", "P", ["grit20-0009"], [],
                  {"desc": "로그 수집·검색", "product": "OpenSearch 2.11 + Fluent Bit", "retention_days": 45}),
    # ---------------------------------------------------------------- staging, dev
    "yogeum-core-stg": ("service", BILL, "A", "S", ["vay-s11"], ["yogeum-ora-stg"],
                        {"desc": "요금 산정 (스테이징)", "version": "7.15.0-rc1"}),
    "garam-app-api-stg": ("service", DIGI, "C", "S", ["i-0d93ab2c5e7f10a68"], [],
                          {"desc": "가람가스 앱 백엔드 (스테이징)", "version": "2.19.0-rc3"}),
    "jeomgeom-api-stg": ("service", INSPECT, "A", "S", ["vay-s12"], [],
                         {"desc": "안전점검 앱 백엔드 (스테이징, 태블릿 OS 업그레이드 검증)", "version": "6.4.0-beta1"}),
    "scada_master_qa": ("service", SUPPLY, "J", "S", ["JHSR-TST1"], [],
                        {"desc": "SCADA 시험 서버 (신규 정압기 포인트 시험)", "version": "2023.1.8512"}),
    "geomchim-he-dev": ("service", AMI, "A", "D", ["vay-d21"], [],
                        {"desc": "AMI 헤드엔드 (개발)", "version": "4.7.0-SNAPSHOT"}),
    "chuldong-disp-dev": ("service", SAFETY, "A", "D", ["vay-d21"], [],
                          {"desc": "긴급출동 배차 (개발)", "version": "5.1.0-SNAPSHOT"}),
    # ---------------------------------------------------------------- databases
    "naite-hist": ("database", SUPPLY, "J", "P", ["JHSR-HIST1"], [],
                   {"engine": "aveva-pi", "product": "AVEVA PI Server 2023", "version": "2023 SP1", "tags": 52000,
                    "port": 5450, "archive": "nas-jh-hist", "desc": "공정 히스토리안 (압력·유량·온도 1초 데이터)"}),
    "scada-cfgdb": ("database", SUPPLY, "J", "P", ["JHSR-SQL1"], [],
                    {"engine": "mssql", "product": "SQL Server 2019 Standard CU22", "version": "15.0.4322",
                     "port": 1433, "desc": "SCADA 설정·경보 이력 DB"}),
    "mdms-ora": ("database", DBA, "A", "P", ["grit22-0108"], [],
                 {"engine": "oracle", "product": "Oracle Database 19c", "version": "19.21", "sid": "MDMP",
                  "port": 1521, "size_tb": 6.8, "partitioning": "월별 range (READ_DT)", "desc": "MDMS 검침 원장"}),
    "yogeum-ora": ("database", DBA, "A", "P", ["grit21-0042", "grit21-0043"], [],
                   {"engine": "oracle", "product": "Oracle Database 19c RAC", "version": "19.23", "sid": "YOGP",
                    "nodes": 2, "port": 1521, "size_tb": 11.2, "fra": "+FRA 2TB",
                    "archivelog_deletion_policy": "BACKED UP 1 TIMES TO DISK", "desc": "요금·고객 원장 DB"}),
    "gr-app-pg": ("database", CLOUD, "C", "P", [], [],
                  {"engine": "postgresql", "product": "Amazon RDS for PostgreSQL 15.5", "version": "15.5",
                   "instance_class": "db.r6g.2xlarge", "storage": "gp3 500GiB (6000 IOPS)", "multi_az": True,
                   "port": 5432, "endpoint": "gr-app-pg.c9xk2lq7vw1e.ap-northeast-2.rds.amazonaws.com",
                   "desc": "앱·웹 고객 DB"}),
    "crm-mssql": ("database", DBA, "A", "P", ["grit23-0215"], [],
                  {"engine": "mssql", "product": "SQL Server 2019 Enterprise CU26", "version": "15.0.4375",
                   "port": 1433, "rcsi": "off", "isolation": "READ COMMITTED", "desc": "상담·민원 DB"}),
    "chuldong-pg": ("database", DBA, "A", "P", ["grit22-0111"], [],
                    {"engine": "postgresql", "product": "PostgreSQL 14.11", "version": "14.11", "port": 5433,
                     "desc": "긴급출동 접수·배차 이력"}),
    "gis-pgsde": ("database", GIS, "A", "P", ["grit22-0111"], [],
                  {"engine": "postgresql", "product": "PostgreSQL 14.11 + ArcSDE 11.1", "version": "14.11",
                   "port": 5432, "max_connections": 500, "edit_versions": 36, "desc": "관망 GIS 공간 DB"}),
    "jeomgeom-pg": ("database", DBA, "A", "P", ["vay-jg02"], [],
                    {"engine": "postgresql", "product": "PostgreSQL 15.6", "version": "15.6", "port": 5432,
                     "desc": "안전점검 결과·사진 메타"}),
    "yogeum-ora-stg": ("database", DBA, "A", "S", ["vay-s11"], [],
                       {"engine": "oracle", "product": "Oracle Database 19c", "version": "19.23", "sid": "YOGS",
                        "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "yogeum-redis": ("cache", BILL, "A", "P", ["grit22-0110"], [],
                     {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 24, "maxmemory_policy": "allkeys-lru",
                      "port": 6379, "desc": "요율표·고객 세션 캐시"}),
    "gr-app-redis": ("cache", CLOUD, "C", "P", [], [],
                     {"engine": "redis", "product": "Amazon ElastiCache for Redis 7.1", "version": "7.1",
                      "node_type": "cache.r6g.large", "replicas": 1, "maxmemory_policy": "volatile-lru"}),
    "disp-redis": ("cache", SAFETY, "A", "P", ["vay-disp01"], [],
                   {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 4, "maxmemory_policy": "noeviction",
                    "port": 6379, "desc": "출동차량 위치 캐시"}),
    "sinho-mqtt": ("queue", OTNET, "J", "P", ["jh-otv-02"], [],
                   {"product": "HiveMQ Enterprise 4.28", "version": "4.28.1", "port": 8883,
                    "protocol": "MQTT 3.1.1 / Sparkplug B", "max_clients": 5000,
                    "cert_cn": "mqtt.ot.garamgas.local", "cert_expiry": "2028-01-12",
                    "desc": "LTE RTU·출동차량 MQTT 브로커"}),
    "kfk-ami-c1": ("queue", AMI, "A", "P", ["grit24-0301", "grit24-0302", "grit24-0303"], [],
                   {"product": "Apache Kafka 3.6.1 (KRaft)", "version": "3.6.1", "brokers": 3, "topics": 42,
                    "partitions": 384, "min_insync_replicas": 2, "retention_h": 168, "port": 9093,
                    "desc": "AMI 검침·이벤트 스트림"}),
    "mq_kftc_if": ("queue", BILL, "A", "P", ["grit19-0112"], [],
                   {"product": "IBM MQ 9.2.0.20", "queue_manager": "QM_KFTC", "channels": 6, "port": 1414,
                    "desc": "금융결제원·은행 연계 큐"}),
    "mq-notify": ("queue", DIGI, "A", "P", ["grit22-0110"], [],
                  {"product": "RabbitMQ 3.13.1", "queues": 28, "port": 5672, "desc": "고지서·SMS·푸시 알림 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "a10-ay-int": ("A", NET, ["yogeum-core", "cc-crm", "gwanmang-gis", "mdms-core"],
                   {"vendor": "A10 Networks", "model": "Thunder 3350S", "version": "ACOS 6.0.3",
                    "vip": "10.21.8.20", "cert_expiry": "2027-11-03"}),
    "a10-ay-dmz": ("A", NET, ["jeomgeom-api", "ijae-gw", "gulchak-hyeobui"],
                   {"vendor": "A10 Networks", "model": "Thunder 1040S", "version": "ACOS 5.2.1-P9",
                    "vip": "203.0.113.77", "endpoint": "field.garamgas.co.kr", "cert_expiry": "2027-01-29",
                    "cert_issuer": "Sectigo (수동 갱신)"}),
    "alb-grapp-prd": ("C", CLOUD, ["garam-app-api", "garam-web", "isa-jeopsu"],
                      {"vendor": "AWS", "model": "Application Load Balancer", "scheme": "internet-facing",
                       "endpoint": "api.garamgas.co.kr", "cert_expiry": "2027-09-14", "cert_issuer": "ACM"}),
}
STORAGE = {  # name: (site, owner, attributes, CIs attached (CONNECTS_TO))
    "vsp-ay01": ("A", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 240, "protocol": "FC 32G",
                              "desc": "Oracle/MS-SQL 블록 스토리지"},
                 ["grit21-0042", "grit21-0043", "grit22-0108", "grit23-0215", "grit22-0111"]),
    "nas-jh-hist": ("J", SUPPLY, {"vendor": "NetApp", "model": "FAS2820", "ontap": "9.14.1P3", "capacity_tb": 72,
                                  "desc": "히스토리안 아카이브 (PI archive 파일)"}, ["JHSR-HIST1"]),
    "veeam-repo-ay": ("A", INFRA, {"vendor": "HPE", "model": "Apollo 4200 Gen10 Plus (Veeam hardened repo)",
                                   "capacity_tb": 336, "immutability_days": 14, "desc": "백업 저장소 (VM, DB)"},
                      []),
    "gr-jeomgeom-photos": ("C", INSPECT, {"vendor": "AWS", "model": "S3 Standard-IA",
                                          "bucket": "gr-jeomgeom-photos-apne2", "versioning": "Enabled",
                                          "desc": "안전점검 사진·서명 원본"}, ["jeomgeom-api"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 종합상황실 (OT zone)
    "JHSR-SCADA1": ("J", "P", "win", {"role": "SCADA 마스터 A", "model": "Dell PowerEdge R660"}),
    "JHSR-SCADA2": ("J", "P", "win", {"role": "SCADA 마스터 B (Hot-Standby)", "model": "Dell PowerEdge R660"}),
    "JHSR-FEP1": ("J", "P", "win", {"role": "RTU 폴링 FEP #1", "model": "Dell PowerEdge R450"}),
    "JHSR-FEP2": ("J", "P", "win", {"role": "RTU 폴링 FEP #2", "model": "Dell PowerEdge R450"}),
    "JHSR-HIST1": ("J", "P", "win", {"role": "PI 히스토리안", "model": "Dell PowerEdge R760"}),
    "JHSR-SQL1": ("J", "P", "win", {"role": "SCADA 설정/경보 DB", "model": "Dell PowerEdge R450"}),
    "JHSR-TST1": ("J", "S", "win", {"role": "SCADA 시험 서버", "model": "Dell PowerEdge R350"}),
    "jh-otv-01": ("J", "P", "otvm", {"role": "OT 가상화 #1 (브리지, HMI 웹)"}),
    "jh-otv-02": ("J", "P", "otvm", {"role": "OT 가상화 #2 (MQTT 브로커, 정압기 감시)"}),
    # 안양IDC bare metal, by asset tag
    "grit19-0112": ("A", "P", "bare", {"role": "IBM MQ (금융결제원 연계)", "model": "HPE ProLiant DL360 Gen10"}),
    "grit20-0009": ("A", "P", "bare", {"role": "로그 수집 (OpenSearch)", "model": "HPE ProLiant DL380 Gen10"}),
    "grit21-0042": ("A", "P", "bare", {"role": "Oracle RAC YOGP node 1", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "grit21-0043": ("A", "P", "bare", {"role": "Oracle RAC YOGP node 2", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "grit22-0108": ("A", "P", "bare", {"role": "Oracle MDMP", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "grit22-0110": ("A", "P", "bare", {"role": "Redis/RabbitMQ", "model": "Lenovo ThinkSystem SR630 V2"}),
    "grit22-0111": ("A", "P", "bare", {"role": "PostgreSQL (GIS SDE, 긴급출동)", "model": "Lenovo ThinkSystem SR650 V2"}),
    "grit23-0215": ("A", "P", "winbare", {"role": "MS-SQL CRM", "model": "Lenovo ThinkSystem SR650 V3"}),
    "grit24-0301": ("A", "P", "bare", {"role": "Kafka broker 1", "model": "Supermicro SYS-620P", "raid": "Broadcom MegaRAID 9560-8i"}),
    "grit24-0302": ("A", "P", "bare", {"role": "Kafka broker 2", "model": "Supermicro SYS-620P", "raid": "Broadcom MegaRAID 9560-8i"}),
    "grit24-0303": ("A", "P", "bare", {"role": "Kafka broker 3", "model": "Supermicro SYS-620P", "raid": "Broadcom MegaRAID 9560-8i"}),
    # 안양IDC VMs
    "vay-ami01": ("A", "P", "vm", {"role": "AMI 헤드엔드, MDMS #1"}),
    "vay-ami02": ("A", "P", "vm", {"role": "MDMS #2, VEE 배치, 누설 분석, 수요예측"}),
    "vay-bil01": ("A", "P", "vm", {"role": "요금 AP #1"}),
    "vay-bil02": ("A", "P", "vm", {"role": "요금 AP #2, 정기검침 배치"}),
    "vay-bil03": ("A", "P", "vm", {"role": "자동이체, 고지서 발송"}),
    "vay-cc01": ("A", "P", "vm", {"role": "CTI, IVR"}),
    "vay-cc02": ("A", "P", "vm", {"role": "상담 CRM, SMS 중계"}),
    "vay-disp01": ("A", "P", "vm", {"role": "긴급출동 배차"}),
    "vay-gis01": ("A", "P", "vm", {"role": "ArcGIS Server #1"}),
    "vay-gis02": ("A", "P", "vm", {"role": "ArcGIS Server #2, 굴착 협의"}),
    "vay-jg01": ("A", "P", "vm", {"role": "안전점검 앱 백엔드, 동기화"}),
    "vay-jg02": ("A", "P", "vm", {"role": "안전점검 DB"}),
    "vay-mon01": ("A", "P", "vm", {"role": "모니터링"}),
    "vay-s11": ("A", "S", "vm", {"role": "요금 스테이징"}),
    "vay-s12": ("A", "S", "vm", {"role": "안전점검 스테이징"}),
    "vay-d21": ("A", "D", "vm", {"role": "개발 공용"}),
    # AWS 서울리전 (ap-northeast-2), EC2 instance ids
    "i-0b7e41c9a2f35d810": ("C", "P", "ec2", {"role": "앱 API #1", "instance_type": "m6i.xlarge", "az": "ap-northeast-2a"}),
    "i-04d2aa8e6c1f9b373": ("C", "P", "ec2", {"role": "앱 API #2", "instance_type": "m6i.xlarge", "az": "ap-northeast-2c"}),
    "i-0f1c3a57be2d89e44": ("C", "P", "ec2", {"role": "고객 웹, 이사 접수", "instance_type": "c6i.large", "az": "ap-northeast-2a"}),
    "i-0d93ab2c5e7f10a68": ("C", "S", "ec2", {"role": "앱 스테이징", "instance_type": "t3.large", "az": "ap-northeast-2b"}),
}
RTUS = {  # governor-station RTUs: name: (service centre, station, district, link, model, firmware)
    "gv017-rtu": ("SW", "매탄 정압기 (GV-017)", "수원 영통구", "LTE", "SCADAPack 570", "9.12.1"),
    "gv023-rtu": ("SW", "원천 정압기 (GV-023)", "수원 영통구", "전용회선", "SCADAPack 474", "8.16.4"),
    "gv031-rtu": ("HS", "동탄 정압기 (GV-031)", "화성 동탄", "LTE", "SCADAPack 570", "9.12.1"),
    "gv044-rtu": ("HS", "봉담 정압기 (GV-044)", "화성 봉담읍", "전용회선", "SCADAPack 474", "8.16.4"),
    "gv052-rtu": ("PT", "고덕 정압기 (GV-052)", "평택 고덕동", "LTE", "SCADAPack 570", "9.14.0"),
    "gv058-rtu": ("PT", "송탄 정압기 (GV-058)", "평택 송탄", "전용회선", "SCADAPack 474", "8.16.4"),
    "gv063-rtu": ("HS", "세교 정압기 (GV-063)", "오산 세교", "LTE", "SCADAPack 570", "9.14.0"),
    "gv071-rtu": ("SW", "광교 정압기 (GV-071)", "수원 영통구", "LTE", "SCADAPack 570", "9.14.0"),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-ot-jh": ("J", {"device": "OT firewall", "vendor": "Fortinet", "model": "FortiGate 600F",
                       "firmware": "FortiOS 7.2.9", "zone": "IT↔OT DMZ"}),
    "lte-apn-gr": ("J", {"device": "LTE private APN router", "vendor": "Cisco", "model": "ASR 1001-HX",
                         "apn": "garamgas.ot (KT 기업 LTE 전용 APN)", "circuit": "KT-APN-77120",
                         "desc": "LTE RTU·출동차량 전용 APN 수용"}),
    "core-ay": ("A", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                      "firmware": "NX-OS 10.3(4a)"}),
    "dx-ay-apne2": ("A", {"device": "AWS Direct Connect", "vendor": "AWS / LG U+", "model": "Direct Connect 1Gbps",
                          "circuit": "dxcon-fg7h2k9m", "desc": "안양IDC ↔ AWS 서울리전"}),
    "rt-suwon-cs": ("SW", {"device": "branch router", "vendor": "Cisco", "model": "ISR 4331",
                           "circuit": "SKB-MPLS-31027", "firmware": "IOS-XE 17.6.5"}),
    "rt-hwaseong-cs": ("HS", {"device": "branch router", "vendor": "Cisco", "model": "ISR 4331",
                              "circuit": "SKB-MPLS-31044", "firmware": "IOS-XE 17.6.5"}),
    "rt-pyeongtaek-cs": ("PT", {"device": "branch router", "vendor": "Cisco", "model": "ISR 4321",
                                "circuit": "SKB-MPLS-31058", "firmware": "IOS-XE 17.3.8"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("lte-apn-gr", "fw-ot-jh"),
    ("fw-ot-jh", "core-ay"),
    ("core-ay", "dx-ay-apne2"),
    ("rt-suwon-cs", "core-ay"),
    ("rt-hwaseong-cs", "core-ay"),
    ("rt-pyeongtaek-cs", "core-ay"),
    ("sinho-mqtt", "lte-apn-gr"),
]
# fmt: on
STATUS = {"gv031-rtu": "maintenance", "jeomgeom-api-stg": "maintenance", "mdms_v1_loader": "retired"}
NET_PREFIX = {"J": "172.20", "A": "10.21", "C": "10.88", "SW": "10.31", "HS": "10.32", "PT": "10.33"}
UNMEASURED = {"gr-jeomgeom-photos"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod" and ci["name"] not in UNMEASURED


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "G1",
        "kind": "broker_cert_expired",
        "root": "sinho-mqtt",
        "description": "at 09:00 on Tuesday the TLS server certificate of the MQTT broker sinho-mqtt expires"
        " (warned since Sunday, manual renewal missed): every LTE RTU and dispatch vehicle fails its handshake,"
        " sinho-bridge (3.2.1 deployed at 08:40, loudest) stops receiving Sparkplug births, chuldong-disp loses"
        " the vehicles' GPS and scada_master marks the LTE stations stale, until the renewed certificate is loaded",
        "start": kst(12, 9, 0),
        "end": kst(12, 9, 55),
        "affected": ["sinho-mqtt", "sinho-bridge", "chuldong-disp", "scada_master"],
    },
    {
        "id": "G2",
        "kind": "db_lock_maintenance",
        "root": "gis-pgsde",
        "description": "on Wednesday afternoon a manual ArcSDE compress on gis-pgsde takes an exclusive lock on"
        " the state lineages: the map sessions of gwanmang-gis queue up to max_connections, the inspectors'"
        " jeomgeom-api (6.3.0 deployed at 13:10, loudest) cannot load pipe maps, gulchak-hyeobui stalls, until"
        " the compress session is terminated and moved to the night",
        "start": kst(13, 13, 30),
        "end": kst(13, 14, 25),
        "affected": ["gis-pgsde", "gwanmang-gis", "jeomgeom-api", "gulchak-hyeobui"],
    },
    {
        "id": "G3",
        "kind": "raid_write_through",
        "root": "grit24-0302",
        "description": "in the small hours of Friday, during the monthly meter-read batch, the RAID controller of"
        " the Kafka broker host grit24-0302 starts a battery relearn and drops to write-through: kfk-ami-c1's"
        " produce latency soars and its ISR shrinks, geomchim-he buffers reads, mdms-core lags, and"
        " geomchim-batch (2.4.0 deployed on Thursday at 17:30, loudest) abends, until the relearn ends",
        "start": kst(15, 1, 20),
        "end": kst(15, 2, 15),
        "affected": ["grit24-0302", "kfk-ami-c1", "geomchim-he", "mdms-core", "geomchim-batch"],
    },
    {
        "id": "G4",
        "kind": "cloud_db_iops_credits",
        "root": "gr-app-pg",
        "description": "on Saturday evening the RDS gr-app-pg (then gp2 500 GiB) runs out of burst credits and its"
        " reads are capped at the 1,500 IOPS baseline: garam-app-api (2.18.0 deployed at 19:30, loudest) times"
        " out on its connection pool, isa-jeopsu cannot save move-in requests, garam-web slows, until the volume"
        " is changed online to gp3",
        "start": kst(16, 20, 0),
        "end": kst(16, 20, 55),
        "affected": ["gr-app-pg", "garam-app-api", "isa-jeopsu", "garam-web"],
    },
    {
        "id": "G5",
        "kind": "host_av_scan",
        "root": "JHSR-SCADA1",
        "description": "on Sunday's evening peak, in the cold wave, a V3 antivirus engine update starts a full scan"
        " on the active SCADA server JHSR-SCADA1: CPU and disk saturate, scada_master (alarm limits changed at"
        " 17:50, loudest) scans late and its data goes stale, scada_hmi and jeongap-mon follow, until the scan is"
        " stopped and SCADA fails over to JHSR-SCADA2",
        "start": kst(17, 18, 10),
        "end": kst(17, 19, 5),
        "affected": ["JHSR-SCADA1", "scada_master", "scada_hmi", "jeongap-mon"],
    },
    {
        "id": "G6",
        "kind": "db_archiver_stuck",
        "root": "yogeum-ora",
        "description": "on billing day yogeum-ora's fast recovery area fills (the archivelog deletion policy was"
        " changed on Friday to wait for a DR standby that does not apply yet) and the archiver stops with"
        " ORA-00257: yogeum-core (7.14.2 deployed at 09:50, loudest) hangs in the billing run, ijae-gw cannot post"
        " transfer results, cc-crm and garam-app-api time out on bill lookups, until the policy is reverted and"
        " the archived logs backed up and deleted",
        "start": kst(18, 10, 20),
        "end": kst(18, 11, 15),
        "affected": ["yogeum-ora", "yogeum-core", "ijae-gw", "cc-crm", "garam-app-api"],
    },
    {
        "id": "G7",
        "kind": "db_blocking_chain",
        "root": "crm-mssql",
        "description": "on Wednesday's evening peak an ad-hoc SSRS complaint report on crm-mssql (RCSI off) holds"
        " locks and heads a blocking chain: cc-crm (4.9.1 deployed at 17:50, loudest) times out saving and reading"
        " consultations, ars_ivr's caller identification times out and chuldong-disp cannot take dispatch requests"
        " from the CRM (ongoing)",
        "start": kst(20, 19, 5),
        "end": None,
        "affected": ["crm-mssql", "cc-crm", "ars_ivr", "chuldong-disp"],
    },
]
G1, G2, G3, G4, G5, G6, G7 = INCIDENTS
COLD_WAVE = (kst(16, 6, 0), kst(19, 0, 0))
FRA_POLICY = kst(15, 16, 0)  # archivelog deletion policy changed
FRA_FIXED = kst(18, 11, 5)  # reverted, archived logs backed up and deleted
REPORT_START = kst(20, 18, 35)  # the ad-hoc SSRS complaint report on crm-mssql


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for rtu, (_, _, _, link, _, _) in RTUS.items():
        rels.append((rtu, "sinho-mqtt" if link == "LTE" else "scada_fep01", "CONNECTS_TO"))
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
        octet = {"P": 10, "S": 40, "D": 60}[env] + i // 9
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{octet}.{21 + (i * 29) % 200}"}
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "Rocky Linux 9.4"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U3"}  # fmt: skip
        elif kind == "otvm":
            attrs |= {
                "os": "Ubuntu 22.04 LTS",
                "vcpu": 8,
                "mem_gb": 32,
                "hypervisor": "Hyper-V 2022 (OT 클러스터)",
            }
            owner = SUPPLY
        elif kind == "win":
            attrs |= {"os": rng.choice(["Windows Server 2019", "Windows Server 2022"]), "cores": rng.choice([16, 24]),
                      "mem_gb": rng.choice([64, 128]), "antivirus": "AhnLab V3 Net for Windows Server 9.0",
                      "asset_tag": f"GR-OT-{rng.randint(1000, 9999)}"}  # fmt: skip
            owner = SUPPLY
        elif kind == "winbare":
            attrs |= {"os": "Windows Server 2022", "cores": 32, "mem_gb": 512,
                      "serial": f"J30{rng.randint(10000, 99999)}"}  # fmt: skip
            owner = DBA
        elif kind == "ec2":
            attrs |= {"os": "Amazon Linux 2023", "account": "gr-prod-app (4821-7730-1196)"}
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', 'J90'])}{rng.randint(1000000, 9999999)}"}  # fmt: skip
            if h.startswith(("grit21", "grit22-0108", "grit23")):
                owner = DBA
            if h.startswith("grit24"):
                owner = AMI
        if h.startswith("grit"):
            attrs["rack"] = f"AY-3F-{chr(65 + i % 6)}{(i * 7) % 20 + 1:02d}"
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (rtu, (centre, station, district, link, model, fw)) in enumerate(RTUS.items()):
        ip = f"100.72.{17 + j}.{10 + j}" if link == "LTE" else f"172.22.{30 + j}.{5 + j}"
        attrs = {"ip": ip, "station": station, "district": district, "link": link, "vendor": "Schneider Electric",
                 "model": model, "firmware": fw, "protocol": "MQTT Sparkplug B" if link == "LTE" else "DNP3",
                 "inlet_bar": 8.5 if j % 3 else 6.5, "outlet_kpa": 2.3}  # fmt: skip
        cis.append(ci_record(rtu, "host", "prod", SUPPLY, SITES[centre], attrs, STATUS.get(rtu, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        owner = OTNET if site == "J" else NET
        cis.append(ci_record(n, "host", "prod", owner, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _cold(ts: datetime) -> float:
    return 1.12 if COLD_WAVE[0] <= ts < COLD_WAVE[1] else 1.0


def _gas(ts: datetime) -> float:
    """Winter send-out: heating all night, the morning peak (heating + breakfast, later at weekends), a small
    lunch bump and the evening cooking peak that runs into the heating evening; the cold wave adds 12 %."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    morning = 8.4 if wd >= 5 else 7.3
    v = 0.38 + 0.42 * _bump(h, morning, 1.1) + 0.12 * _bump(h, 12.2, 0.8) + 0.4 * _bump(h, 18.8, 1.0)
    v += 0.14 if (h >= 19.5 or h < 0.5) else 0.0
    v += 0.06 if wd >= 5 and 10 <= h < 17 else 0.0
    return max(0.05, min(1.0, v * _cold(ts)))


def _office(ts: datetime) -> float:
    """Office hours on weekdays (lunch dip), with the billing run on the 18th."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1 + 0.04 * _bump(h, 14, 3)
    v = 0.1 + 0.62 * (1 if 9 <= h < 18 else 0) * (0.65 if 12 <= h < 13 else 1) + 0.1 * _bump(h, 9.3, 0.7)
    if loc.day == 18 and 9 <= h < 15:
        v += 0.22
    return min(1.0, v)


def _calls(ts: datetime) -> float:
    """The 24h call centre: office-hour consultations, the evening no-heat/boiler calls, the emergency line at
    night; busier in the cold wave."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    day = 0.62 if wd < 5 else 0.3 if wd == 5 else 0.2
    v = 0.1 + day * (1 if 9 <= h < 18 else 0) * (0.7 if 12 <= h < 13 else 1)
    v += 0.35 * _bump(h, 19.3, 1.0) + 0.12 * _bump(h, 7.5, 0.8)
    return max(0.05, min(1.0, v * (1.15 if _cold(ts) > 1 else 1.0)))


def _app(ts: datetime) -> float:
    """The customer app: lunch and late evening, busier at weekends; the mobile bills go out on the 18th."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    v = (
        0.12
        + 0.2 * _bump(h, 12.5, 1.2)
        + 0.45 * _bump(h, 21.3, 1.6)
        + (0.12 if wd >= 5 and 10 <= h < 23 else 0)
    )
    if loc.day == 18 and h >= 15:
        v *= 1.35
    return max(0.05, min(1.0, v))


def _ami(ts: datetime) -> float:
    """Hourly read bursts (the meters report in the first quarter of each hour); the monthly read on the 15th."""
    loc = _local(ts)
    v = 0.3 + (0.55 if loc.minute < 15 else 0.0)
    if loc.day == 15 and 1 <= seoul_hour(ts) < 4:
        v = max(v, 0.95)
    return v


def _field(ts: datetime) -> float:
    """Safety inspectors in the field: weekdays 09:00–17:30, Saturday morning; the 05:30 tablet sync."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.35 * _bump(h, 5.6, 0.3)
    if wd < 5 and 9 <= h < 17.5:
        v += 0.65 * (0.6 if 12 <= h < 13 else 1)
    elif wd == 5 and 9 <= h < 13:
        v += 0.3
    return max(0.05, min(1.0, v))


def _batch(ts: datetime) -> float:
    """The night batches (leak-model retraining 02:00, VEE 02:30) and the 06:00 auto-transfer run."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.15
    if 2 <= h < 3.5:
        v = 0.85
    elif 6 <= h < 6.7 and loc.weekday() < 5:
        v = 0.75
    if loc.day == 15 and 1 <= h < 4:
        v = 0.95
    return v


def _steady(ts: datetime) -> float:
    return 0.5


GAS_SIDE = {
    "scada_master", "scada_fep01", "scada_fep02", "sinho-bridge", "scada_hmi", "jeongap-mon", "sinho-mqtt",
    "naite-hist", "scada-cfgdb", "JHSR-SCADA1", "JHSR-SCADA2", "JHSR-FEP1", "JHSR-FEP2", "JHSR-HIST1", "JHSR-SQL1",
    "jh-otv-01", "jh-otv-02", "fw-ot-jh", "lte-apn-gr", "nas-jh-hist", *RTUS,
}  # fmt: skip
AMI_SIDE = {"geomchim-he", "kfk-ami-c1", "mdms-core", "vay-ami01", "grit24-0301", "grit24-0302", "grit24-0303",
            "mdms-ora", "grit22-0108"}  # fmt: skip
OFFICE = {
    "yogeum-core", "ijae-gw", "yogeum-ora", "yogeum-redis", "grit21-0042", "grit21-0043", "vay-bil01", "vay-bil02",
    "vay-bil03", "gwanmang-gis", "gis-pgsde", "gulchak-hyeobui", "vay-gis01", "vay-gis02", "grit22-0111",
    "a10-ay-int", "zabbix-ay", "opslog-os", "grit20-0009", "vay-mon01", "vsp-ay01", "core-ay", "mq_kftc_if",
    "grit19-0112",
}  # fmt: skip
CALLS = {
    "cti_ipron", "ars_ivr", "cc-crm", "crm-mssql", "vay-cc01", "vay-cc02", "grit23-0215", "chuldong-disp",
    "chuldong-pg", "disp-redis", "vay-disp01", "sms-relay", "mq-notify", "grit22-0110", "rt-suwon-cs",
    "rt-hwaseong-cs", "rt-pyeongtaek-cs",
}  # fmt: skip
APP = {"garam-app-api", "garam-web", "isa-jeopsu", "gr-app-pg", "gr-app-redis", "i-0b7e41c9a2f35d810",
       "i-04d2aa8e6c1f9b373", "i-0f1c3a57be2d89e44", "alb-grapp-prd", "dx-ay-apne2", "gojiseo-send"}  # fmt: skip
FIELD = {"jeomgeom-api", "jeomgeom-sync", "jeomgeom-pg", "vay-jg01", "vay-jg02", "a10-ay-dmz"}
BATCH = {"mdms_nightly_vee", "geomchim-batch", "iche_cms_batch", "nuseol-ai", "suyo-yecheuk", "vay-ami02",
         "veeam-repo-ay"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (GAS_SIDE, _gas),
        (AMI_SIDE, _ami),
        (OFFICE, _office),
        (CALLS, _calls),
        (APP, _app),
        (FIELD, _field),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "G1": {0: (1.8, 30.0), 1: (3.5, 14.0), 2: (1.9, 6.0)},
    "G2": {0: (16.0, 4.0), 1: (7.0, 12.0), 2: (2.6, 7.5)},
    "G3": {1: (18.0, 9.0), 2: (3.2, 11.0), 3: (2.0, 8.0)},
    "G4": {0: (11.0, 2.5), 1: (4.2, 12.0), 2: (2.0, 6.0)},
    "G5": {1: (6.0, 16.0), 2: (2.4, 7.0)},
    "G6": {0: (28.0, 17.0), 1: (5.0, 13.0), 2: (2.2, 6.5)},
    "G7": {0: (55.0, 7.5), 1: (6.5, 14.0), 2: (2.3, 7.0)},
}
EFFECT_OVERRIDE = {
    ("G1", "sinho-bridge"): (3.0, 41.0),
    ("G2", "jeomgeom-api"): (5.5, 27.0),
    ("G3", "geomchim-batch"): (2.6, 36.0),
    ("G4", "garam-app-api"): (5.0, 24.0),
    ("G5", "scada_master"): (6.5, 29.0),
    ("G6", "yogeum-core"): (6.0, 33.0),
    ("G7", "cc-crm"): (7.0, 26.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.36, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "JHSR-SCADA1", "JHSR-SCADA2", "JHSR-FEP1", "JHSR-FEP2", "JHSR-HIST1", "JHSR-SQL1", "jh-otv-01", "jh-otv-02",
    "grit19-0112", "grit20-0009", "grit21-0042", "grit21-0043", "grit22-0108", "grit22-0110", "grit22-0111",
    "grit23-0215", "grit24-0301", "grit24-0302", "grit24-0303", "vay-ami02", "vay-jg02",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
RTU_NAMES = set(RTUS)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    if name in RTU_NAMES:
        return _rtu_metrics(rng, ci, times)
    cpu0, mem0, disk0 = rng.uniform(12, 33), rng.uniform(36, 62), rng.uniform(22, 56)
    growth = rng.uniform(0, 0.08)
    if name == "grit20-0009":  # the OpenSearch log volume creeps up
        disk0, growth = 66.0, 1.15
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "JHSR-SCADA1":  # the V3 full scan
            cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, G5["start"], G5["end"], rise=5, fall=10)
            mem += 11 * ramp(ts, G5["start"], G5["end"], rise=10, fall=10)
        if name == "grit24-0302":  # write-through: iowait
            cpu += 38 * ramp(ts, G3["start"], G3["end"], rise=5, fall=10)
        if name == "grit22-0111":  # the SDE compress
            cpu += 33 * ramp(ts, G2["start"], G2["end"], rise=5, fall=10)
        if name == "jh-otv-02":  # failing TLS handshakes, retried by every client
            cpu += 27 * ramp(ts, G1["start"], G1["end"], rise=5, fall=5)
        if name == "grit23-0215":  # the ad-hoc SSRS report scans the complaint tables from 18:35
            cpu += 31 * ramp(ts, REPORT_START, None, rise=20)
        if name == "vay-ami02" and 2 <= seoul_hour(ts) < 2.9:  # the leak-model retraining
            cpu += 34 + rng.gauss(0, 1.5)
            mem += 12
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _rtu_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    """An RTU's CPU and memory and its poll round trip (LTE slower than a private line)."""
    name, rows = ci["name"], []
    lte = ci["attributes"]["link"] == "LTE"
    cpu0, mem0 = rng.uniform(9, 18), rng.uniform(28, 40)
    rtt0 = rng.uniform(160, 240) if lte else rng.uniform(35, 55)
    for ts in times:
        if ci["status"] == "maintenance":
            cpu, mem, rtt = 1.0 + abs(rng.gauss(0, 0.2)), 12.0 + rng.gauss(0, 0.2), 0.0
        else:
            d = _gas(ts)
            cpu = cpu0 * (0.85 + 0.3 * d) + rng.gauss(0, 0.5)
            mem = mem0 + rng.gauss(0, 0.3)
            rtt = rtt0 * (1 + rng.gauss(0, 0.07))
        rows += samples(ts, name, cpu_usage=round(max(0.5, cpu), 1), memory_usage=round(mem, 1),
                        response_time_ms=round(rtt, 1))  # fmt: skip
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(5, 20)
    rtt0 = {"lte-apn-gr": 38.0, "dx-ay-apne2": 2.1, "rt-suwon-cs": 4.2, "rt-hwaseong-cs": 5.1,
            "rt-pyeongtaek-cs": 6.3}.get(name, rng.uniform(0.2, 0.8))  # fmt: skip
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.7)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"vsp-ay01": (61, 62), "nas-jh-hist": (70, 71), "veeam-repo-ay": (54, 56)}.get(name, (40, 50))
    per_day = {"nas-jh-hist": 0.21, "veeam-repo-ay": 0.35}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.7) if name == "vsp-ay01" else rng.uniform(1.8, 3.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "veeam-repo-ay" and 0.5 <= seoul_hour(ts) < 3:  # the nightly backup window
            lat *= 1.9
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "scada_master": 45.0, "scada_fep01": 180.0, "scada_fep02": 195.0, "sinho-bridge": 26.0, "scada_hmi": 260.0,
    "jeongap-mon": 340.0, "nuseol-ai": 520.0, "suyo-yecheuk": 610.0, "geomchim-he": 38.0, "mdms-core": 160.0,
    "mdms_nightly_vee": 480.0, "geomchim-batch": 650.0, "yogeum-core": 210.0, "ijae-gw": 140.0,
    "iche_cms_batch": 560.0, "gojiseo-send": 90.0, "sms-relay": 70.0, "garam-app-api": 130.0, "garam-web": 240.0,
    "isa-jeopsu": 180.0, "cti_ipron": 18.0, "ars_ivr": 95.0, "cc-crm": 170.0, "chuldong-disp": 110.0,
    "gwanmang-gis": 380.0, "gulchak-hyeobui": 290.0, "jeomgeom-api": 150.0, "jeomgeom-sync": 420.0,
    "zabbix-ay": 80.0, "opslog-os": 120.0,
    "naite-hist": 4.5, "scada-cfgdb": 2.1, "mdms-ora": 3.8, "yogeum-ora": 4.4, "gr-app-pg": 2.6, "crm-mssql": 2.9,
    "chuldong-pg": 1.8, "gis-pgsde": 6.2, "jeomgeom-pg": 2.3,
    "yogeum-redis": 0.5, "gr-app-redis": 0.6, "disp-redis": 0.4,
    "sinho-mqtt": 3.1, "kfk-ami-c1": 4.8, "mq_kftc_if": 7.5, "mq-notify": 3.3,
    "a10-ay-int": 1.2, "a10-ay-dmz": 1.7, "alb-grapp-prd": 2.4,
}  # fmt: skip
REQUEST_RATE = {
    "scada_master": 1800.0, "sinho-bridge": 640.0, "scada_fep01": 420.0, "geomchim-he": 2600.0,
    "mdms-core": 1900.0, "yogeum-core": 340.0, "ijae-gw": 45.0, "garam-app-api": 720.0, "garam-web": 310.0,
    "isa-jeopsu": 12.0, "cti_ipron": 85.0, "ars_ivr": 60.0, "cc-crm": 140.0, "chuldong-disp": 25.0,
    "gwanmang-gis": 95.0, "jeomgeom-api": 180.0, "gojiseo-send": 30.0, "sms-relay": 55.0,
    "naite-hist": 18000.0, "yogeum-ora": 9800.0, "mdms-ora": 6200.0, "crm-mssql": 2100.0, "gis-pgsde": 1300.0,
    "gr-app-pg": 3400.0, "yogeum-redis": 15000.0, "gr-app-redis": 8800.0, "sinho-mqtt": 1400.0,
    "kfk-ami-c1": 5200.0, "mq-notify": 260.0, "a10-ay-int": 2600.0, "alb-grapp-prd": 900.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the historian with a memory gauge: (level, swing with load)
    "yogeum-redis": (55.0, 6.0), "gr-app-redis": (47.0, 8.0), "disp-redis": (33.0, 4.0), "sinho-mqtt": (41.0, 7.0),
    "kfk-ami-c1": (58.0, 5.0), "mq-notify": (36.0, 6.0), "mq_kftc_if": (29.0, 3.0), "naite-hist": (63.0, 6.0),
}  # fmt: skip


def _fra(rng: random.Random, ts: datetime) -> float:
    """yogeum-ora's fast recovery area (%): archived logs grow through the day and the 01:00 RMAN backup deletes
    them; from Friday's policy change nothing is deleted and it fills by the billing run, stays full through G6,
    is cleared at 11:05 and grows again until the nightly backup cleans it."""
    h = seoul_hour(ts)
    since_backup = (h - 1) % 24
    saw = 21 + 0.85 * since_backup + rng.gauss(0, 0.15)
    if ts < FRA_POLICY:
        return saw
    if ts < G6["start"]:
        v0 = 21 + 0.85 * ((seoul_hour(FRA_POLICY) - 1) % 24)
        return v0 + (99.6 - v0) * progress(ts, FRA_POLICY, G6["start"]) ** 1.7 + rng.gauss(0, 0.1)
    if ts < FRA_FIXED:
        return 99.9
    if ts < kst(19, 1, 0):
        return 41 + 0.9 * (ts - FRA_FIXED).total_seconds() / 3600 + rng.gauss(0, 0.15)
    return saw


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
            if inc is G1 and name in ("sinho-mqtt", "sinho-bridge"):
                req *= 1 - 0.7 * r  # the LTE clients cannot connect
            if inc is G3 and name == "kfk-ami-c1":
                req *= 1 - 0.5 * r
            if inc is G6 and name == "yogeum-ora":
                req *= 1 - 0.6 * r  # sessions hang on the archiver
            if inc is G7 and name == "ars_ivr":
                req *= 1 + 0.3 * r  # callers retry
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "kfk-ami-c1":
                mem += 22 * ramp(ts, G3["start"], G3["end"], rise=10, fall=15)  # produce buffers
            if name == "sinho-mqtt":
                mem -= 15 * ramp(ts, G1["start"], G1["end"], rise=5, fall=10)  # sessions gone
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "yogeum-ora":  # the RAC's host CPU average and its FRA
            cpu = 18 + 46 * d + rng.gauss(0, 1.2)
            cpu += (9.0 + rng.gauss(0, 0.5) - cpu) * ramp(ts, G6["start"], G6["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
            row["disk_usage"] = round(min(_fra(rng, ts), 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The night batches, the morning auto-transfer, the tablet sync, the RMAN backups and the DMZ cert warning."""
    rows = []
    for d in range(10, 21):
        wd = datetime(2027, 1, d).weekday()
        rows.append((d, 2, 0, "nuseol-ai", "info", "batch_job", "누설 모델 재학습 시작 (lk-retrain)"))
        rows.append((d, 2, 52, "nuseol-ai", "info", "batch_job", "누설 모델 재학습 완료"))
        rows.append(
            (d, 2, 30, "mdms_nightly_vee", "info", "batch_job", "야간 VEE 재검증 시작 (JOB_VEE_NIGHT)")
        )
        rows.append((d, 3, 25, "mdms_nightly_vee", "info", "batch_job", "야간 VEE 재검증 완료"))
        rows.append((d, 5, 0, "suyo-yecheuk", "info", "batch_job", "일일 수요예측 실행 (D+1 송출량)"))
        if wd < 5:
            rows.append(
                (d, 6, 0, "iche_cms_batch", "info", "batch_job", "자동이체 출금 요청 배치 시작 (CMS_REQ)")
            )
            rows.append((d, 6, 38, "iche_cms_batch", "info", "batch_job", "자동이체 출금 요청 배치 완료"))
        if wd < 6:
            rows.append((d, 5, 30, "jeomgeom-sync", "info", "batch_job", "점검 대상 목록 태블릿 배포 완료"))
        deleted = (
            "archivelog 삭제 0건 (삭제 정책에 의해 보존)" if 16 <= d <= 18 else "archivelog 백업 후 삭제"
        )
        rows.append((d, 1, 0, "yogeum-ora", "info", "backup", f"RMAN 백업 완료, {deleted}"))
        left = (datetime(2027, 1, 29) - datetime(2027, 1, d)).days
        rows.append(
            (d, 9, 0, "a10-ay-dmz", "warning", "cert_expiry",
             f"SSL certificate field.garamgas.co.kr expires in {left} days (2027-01-29), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (10, 21, 0, "sinho-mqtt", "warning", "cert_expiry", "TLS certificate CN=mqtt.ot.garamgas.local expires in 2 days (2027-01-12 09:00)"),
    (11, 9, 0, "sinho-mqtt", "warning", "cert_expiry", "TLS certificate CN=mqtt.ot.garamgas.local expires in 1 day (2027-01-12 09:00)"),
    (11, 14, 0, "garam-app-api-stg", "info", "deployment", "garam-app-api-stg 2.18.0-rc2 배포"),
    (11, 16, 30, "yogeum-core-stg", "info", "deployment", "yogeum-core-stg 7.14.1 배포"),
    (12, 8, 0, "sinho-mqtt", "warning", "cert_expiry", "TLS certificate CN=mqtt.ot.garamgas.local expires in 1 hour"),
    (12, 8, 40, "sinho-bridge", "info", "deployment", "sinho-bridge 3.2.1 배포 (Sparkplug DDATA 파싱 개선)"),
    (13, 13, 10, "jeomgeom-api", "info", "deployment", "jeomgeom-api 6.3.0 배포 (사용시설 점검 체크리스트 개정)"),
    (13, 13, 28, "gis-pgsde", "info", "maintenance", "SDE compress 수동 실행 (편집 버전 36개 정리)"),
    (14, 7, 30, "grit20-0009", "warning", "threshold_breach", "disk_usage above 70% on /data/opensearch"),
    (14, 10, 0, "jeomgeom-api-stg", "info", "maintenance", "스테이징 점검 (태블릿 OS 업그레이드 검증 환경 구성)"),
    (14, 17, 30, "geomchim-batch", "info", "deployment", "geomchim-batch 2.4.0 배포 (정기검침 확정 로직 개선)"),
    (15, 16, 0, "yogeum-ora", "info", "config_change", "RMAN archivelog deletion policy → APPLIED ON ALL STANDBY (DR 구축 준비)"),
    (15, 18, 20, "geomchim-he-dev", "info", "deployment", "geomchim-he-dev 4.7.0-SNAPSHOT 배포"),
    (16, 6, 0, "jeongap-mon", "info", "config_change", "한파 특보(경기 남부): 정압기 저압 경보 임계 상향, 비상 근무 체계"),
    (16, 19, 30, "garam-app-api", "info", "deployment", "garam-app-api 2.18.0 배포 (한파 요금 감면 안내 배너)"),
    (17, 17, 50, "scada_master", "info", "config_change", "한파 대비 정압기 출구압 경보 한계 변경 (212개소)"),
    (17, 18, 2, "JHSR-SCADA1", "info", "config_change", "V3 엔진 업데이트 (2027.01.17.03) 후 정밀검사 자동 시작"),
    (18, 9, 0, "yogeum-core", "info", "batch_job", "1월 정기 요금 산정 시작 (BILL_RUN_202701)"),
    (18, 9, 50, "yogeum-core", "info", "deployment", "yogeum-core 7.14.2 배포 (한파 감면 요율 반영 핫픽스)"),
    (18, 14, 30, "yogeum-core", "info", "batch_job", "1월 정기 요금 산정 완료 (지연)"),
    (18, 15, 0, "gojiseo-send", "info", "batch_job", "1월분 모바일 고지서 발송 시작 (알림톡 108만건)"),
    (18, 15, 30, "grit20-0009", "warning", "threshold_breach", "disk_usage above 75% on /data/opensearch"),
    (19, 10, 0, "gv031-rtu", "info", "maintenance", "GV-031 RTU 교체 작업 (현장), 통신 두절 예정"),
    (19, 14, 0, "chuldong-disp-dev", "info", "deployment", "chuldong-disp-dev 5.1.0-SNAPSHOT 배포"),
    (20, 11, 0, "garam-app-api-stg", "info", "deployment", "garam-app-api-stg 2.19.0-rc3 배포"),
    (20, 17, 50, "cc-crm", "info", "deployment", "cc-crm 4.9.1 배포 (민원 유형 코드 추가)"),
    (20, 18, 35, "crm-mssql", "info", "config_change", "월간 민원 통계 보고서 수동 실행 (SSRS, 현업 요청)"),
    # G1 sinho-mqtt certificate
    (12, 9, 0, "sinho-mqtt", "critical", "tls", "TLS handshake failed: certificate has expired (CN=mqtt.ot.garamgas.local)"),
    (12, 9, 4, "sinho-bridge", "critical", "error", "Sparkplug NBIRTH 수신 중단, LTE RTU 74개소 통신두절"),
    (12, 9, 7, "chuldong-disp", "major", "error", "출동차량 GPS 위치 갱신 중단 (MQTT 연결 실패)"),
    (12, 9, 12, "scada_master", "warning", "alarm", "LTE 정압기 RTU 통신이상 경보 71건 (데이터 품질 STALE)"),
    (12, 9, 48, "sinho-mqtt", "info", "config_change", "서버 인증서 갱신 (유효기간 2028-01-12), TLS 리스너 재기동"),
    (12, 9, 58, "sinho-bridge", "info", "recovery", "LTE RTU 재접속 완료"),
    # G2 gis-pgsde compress
    (13, 13, 31, "gis-pgsde", "warning", "lock", "lock wait: sde_state_lineages ExclusiveLock, 212 sessions waiting"),
    (13, 13, 36, "gis-pgsde", "critical", "connections", "connections 488/500, statement timeouts"),
    (13, 13, 39, "gwanmang-gis", "critical", "error", "관망도 MapServer 응답 타임아웃"),
    (13, 13, 44, "jeomgeom-api", "critical", "error", "점검 대상 배관도 조회 실패, 5xx 27%"),
    (13, 13, 49, "gulchak-hyeobui", "major", "error", "굴착 협의 매설 위치 확인 지연"),
    (13, 14, 20, "gis-pgsde", "info", "config_change", "compress 세션 종료 (pg_terminate_backend), 야간 작업으로 이관"),
    (13, 14, 32, "jeomgeom-api", "info", "recovery", "배관도 조회 정상"),
    # G3 Kafka broker host (monthly meter read)
    (15, 1, 0, "geomchim-batch", "info", "batch_job", "1월 정기검침 확정 배치 시작 (READ_CONFIRM_202701)"),
    (15, 1, 18, "grit24-0302", "warning", "hardware", "MegaRAID: BBU relearn started, cache policy WriteBack → WriteThrough"),
    (15, 1, 22, "grit24-0302", "critical", "disk", "disk await 420 ms on /kafka (md0)"),
    (15, 1, 25, "kfk-ami-c1", "critical", "replication", "UnderReplicatedPartitions 126, ISR shrink on broker 2"),
    (15, 1, 29, "geomchim-he", "major", "error", "검침 메시지 produce 타임아웃 (NOT_ENOUGH_REPLICAS), 버퍼 적체"),
    (15, 1, 33, "mdms-core", "major", "error", "consumer lag 1.2M, VEE 처리 지연"),
    (15, 1, 41, "geomchim-batch", "critical", "batch_job", "STEP_CONFIRM_READS FAILED (검침 누락 18%)"),
    (15, 2, 12, "grit24-0302", "info", "hardware", "BBU relearn 완료, cache policy WriteBack 복귀"),
    (15, 3, 0, "geomchim-batch", "info", "batch_job", "정기검침 확정 배치 재실행 (STEP_CONFIRM_READS부터)"),
    (15, 5, 10, "geomchim-batch", "info", "batch_job", "1월 정기검침 확정 배치 완료 (지연)"),
    # G4 RDS burst credits
    (16, 20, 2, "gr-app-pg", "warning", "storage", "BurstBalance 0%, ReadIOPS capped at 1500 (gp2 500GiB baseline)"),
    (16, 20, 6, "gr-app-pg", "critical", "latency", "DiskQueueDepth 64, ReadLatency 180 ms"),
    (16, 20, 9, "garam-app-api", "critical", "error", "DB connection pool timeout (HikariCP), 5xx 24%"),
    (16, 20, 13, "isa-jeopsu", "major", "error", "전입 신청 저장 실패"),
    (16, 20, 21, "garam-web", "warning", "error", "요금 조회 페이지 지연"),
    (16, 20, 50, "gr-app-pg", "info", "config_change", "스토리지 gp2 → gp3 (6000 IOPS) 온라인 변경"),
    (16, 21, 0, "garam-app-api", "info", "recovery", "API 응답 정상"),
    # G5 SCADA A server antivirus scan
    (17, 18, 11, "JHSR-SCADA1", "warning", "cpu", "CPU 96% (V3 정밀검사 v3lite.exe), disk queue 28"),
    (17, 18, 15, "scada_master", "critical", "error", "스캔 지연 10s → 54s, 데이터 품질 BAD 증가"),
    (17, 18, 19, "scada_hmi", "major", "error", "상황판 화면 갱신 지연 (stale 60s 이상)"),
    (17, 18, 23, "jeongap-mon", "major", "error", "정압기 압력 데이터 누락 경보"),
    (17, 18, 58, "scada_master", "info", "failover", "B서버(JHSR-SCADA2)로 수동 전환"),
    (17, 19, 0, "JHSR-SCADA1", "info", "config_change", "V3 정밀검사 중지, SCADA 설치 폴더 검사 예외 등록"),
    (17, 19, 8, "scada_master", "info", "recovery", "스캔 주기 정상 (10s)"),
    # G6 billing DB archiver
    (18, 10, 12, "yogeum-ora", "warning", "storage", "FRA usage 97% (+FRA, reclaimable 0)"),
    (18, 10, 21, "yogeum-ora", "critical", "archiver", "ORA-00257: archiver error. Connect internal only, until freed."),
    (18, 10, 25, "yogeum-core", "critical", "error", "요금 산정 배치 중단, 세션 hang"),
    (18, 10, 28, "ijae-gw", "major", "error", "자동이체 결과 반영 실패 (DB 응답 없음)"),
    (18, 10, 33, "cc-crm", "major", "error", "요금 조회 타임아웃"),
    (18, 10, 37, "garam-app-api", "warning", "error", "요금 조회 API 지연"),
    (18, 11, 5, "yogeum-ora", "info", "config_change", "deletion policy 원복, archivelog 백업 후 삭제 (FRA 41%)"),
    (18, 11, 20, "yogeum-core", "info", "recovery", "요금 산정 재개"),
    # G7 CRM blocking (ongoing)
    (20, 19, 6, "crm-mssql", "warning", "blocking", "blocking chain: head SPID 312 (SSRS ad-hoc report), 87 blocked"),
    (20, 19, 9, "crm-mssql", "critical", "lock", "lock request time out (1222), 상담 저장 실패"),
    (20, 19, 12, "cc-crm", "critical", "error", "상담 이력 저장/조회 타임아웃, 5xx 26%"),
    (20, 19, 18, "ars_ivr", "major", "error", "고객 확인 단계 타임아웃, 상담원 연결 대기 폭증"),
    (20, 19, 24, "chuldong-disp", "major", "error", "출동 요청 접수 지연 (CRM 연계 실패)"),
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
    generate(NAME, "city-gas", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
