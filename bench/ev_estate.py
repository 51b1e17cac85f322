"""Generate the ev-charge estate (tests/fixtures/ev-charge/, interchange format) and its faults file.

A Korean EV charging network operator's IT: the OCPP central system `Polaris` on PostgreSQL `pg-csms`, the
OCPP WebSocket gateways that hold the chargers' connections (`Vega1a`, `Vega1b` for apartment complexes,
`Vega2a`, `Vega2b` for highway rest areas) behind `haproxy-ocpp`, site controllers summarising each site's
chargers (highway rest areas `AnseongHG`, `ManghyangHG`, … and apartment complexes `HelioCityAPT`,
`BanpoXiAPT`, …), firmware OTA `Rigel` on RabbitMQ `rmq-ota` and object storage, roaming with other operators
`Deneb` (OCPI hub, token cache `redis-roam`) and the 환경부 public charging infrastructure feed `nuri-link`,
member RFID cards `Mira` on `CUBRID-MEMBER`, payment `gyeolje-core` (결제) with the Thales Luna HSM
`LUNA7-OSG-A` and the PG links (`link-kcp`, `link-inicis`, `link-npay`, `link-kakaopay`) over the router
`osg-pg-rt1`, the user app backend `chungjeon-bff` (충전), the fleet/B2B portal `Capella`, the tariff engine
`yogeumpyo` (요금표), billing `Castor` on Tibero `TIBERO-BILL`, settlement with site hosts `Pollux` and the
batch `settle_hosts_daily`, demand response `Arcturus` with the KEPCO OpenADR interface `kepco-dr-if`, the
telemetry pipeline (MQTT `mqtt-hanbit`, ingest `Comet`, Kafka `Eunha` (은하), TimescaleDB `tsdb-hyeseong`
(혜성), status cache `ARCUS-STATUS`), the availability API for navigation partners `Lodestar`, the call centre
(`sori-cti`, `sori-crm`, 소리) and the StarRocks DW `Nebula-DW`. Sites: the primary data centre `osong-idc`,
the DR centre `gwangju-dr`, the call centre `cheonan-cc` and Naver Cloud `ncp-kr`; the site controllers are at
`expressway-sites` and `apartment-sites`.

Naming mixes: star/constellation codenames (`Polaris`, `Vega2a`, `Rigel`, `Deneb`, `Capella`, `Castor`,
`Pollux`, `Arcturus`, `Lodestar`, `Comet`, `Nebula-DW`), CamelCase site controllers (`AnseongHG`,
`HelioCityAPT`), Korean-romanised names (`chungjeon-bff`, `gyeolje-core`, `yogeumpyo`, `nuri-link`,
`mqtt-hanbit`, `Eunha`, `tsdb-hyeseong`, `sori-crm`), vendor products in capitals (`CUBRID-MEMBER`,
`TIBERO-BILL`, `ARCUS-STATUS`, `LUNA7-OSG-A`, `F5-OSG-VIP7`, `PURE-OSG01`), on-prem hosts by IAU
constellation code (`ori01` Orion, `lyr02` Lyra, `cas01` Cassiopeia, `sco01` Scorpius, `and02` Andromeda …),
DR hosts after a mountain (`mudeung01`), and NCP servers by generated ids (`nks-w-4f7a`, `svr-mq-7k2b`).

Seven injected incidents (times KST, now = Wednesday 2026-09-30 22:40; the window is the 8 days before; the
추석 holidays run Thursday 24 to Monday 28, the 28th the substitute holiday):
  I1 Wed 23 07:50–08:45  CUBRID-MEMBER's HA fails over to cas04 after a missed heartbeat, but its brokers keep
                         sending writes to the old master (now read-only): member card authorisation in Mira
                         fails, Polaris rejects Authorize, charging starts fail at the commute peak; the app and
                         the fleet portal follow, until the brokers are restarted
  I2 Fri 25 21:20–22:15  the MQTT cluster mqtt-hanbit splits (netsplit between its two nodes): charger telemetry
                         stalls, Comet ingests nothing, the availability API Lodestar and the 환경부 feed serve
                         stale status, Arcturus loses its real-time load, the app's map is wrong
  I3 Sun 27 02:10–03:20  both FC paths from the Tibero host sco01 to PURE-OSG01 flap (SAN switch port errors):
                         I/O queues, TIBERO-BILL hangs on commits, Castor billing and the night settlement
                         (Pollux, settle_hosts_daily) fail, receipts in the app and the fleet portal error
  I4 Sat 26 14:10–15:05  the HSM LUNA7-OSG-A loses its HA peer and throttles (session limit): card token and PIN
                         operations time out, gyeolje-core fails payments, Polaris cannot pre-authorise credit
                         card starts at the chargers, the app's payments fail
  I5 Mon 28 16:20–17:15  the roaming token cache redis-roam hits maxmemory with noeviction (tokens stored without
                         TTL since Deneb 3.8): roaming authorisations fail in Deneb, Polaris and the highway
                         gateways reject other operators' members during the return-home surge
  I6 Tue 29 23:00–23:55  TCP memory on the gateway host lyr02 is exhausted by the 23:00 scheduled-charging
                         reconnect wave (tcp_mem): Vega1b drops WebSocket connections, the apartment site
                         controllers on it go offline
  I7 Wed 30 21:55–now    an anti-wraparound autovacuum on pg-csms' meter_values starts at the night-charging
                         ramp: I/O saturation and lock waits, Polaris and yogeumpyo slow, the gateways and the
                         app follow (ongoing)
Confounders: the commute peaks on working days, night charging at apartments (23:00 off-peak tariff), the
holiday-travel surge at highway sites on Thursday 24 (outbound) and Sunday/Monday 27–28 (return), which is
demand and not a fault; a KEPCO DR test event on Tuesday 14:00–15:00; the 환경부 API maintenance on Saturday
01:00–03:00; the nightly DW load and host settlement; deploys just before I1 (chungjeon-bff), I2 (Lodestar),
I3 (Castor), I4 (gyeolje-core), I5 (Deneb), I6 (Vega1b) and I7 (Polaris), all victims; a firmware campaign on
highway chargers on Tuesday morning; the DW backend cep02 under maintenance and the DR AP host mudeung01 being
patched; the log host vir01 and the TSDB host dra01 disks creeping up; the haproxy-ocpp TLS certificate
expiring on 2026-10-08.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/ev_golden.py) are computed from the files.

    .venv/bin/python bench/ev_estate.py   # rewrites tests/fixtures/ev-charge*
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

NAME = "ev-charge"
NOW = datetime(2026, 9, 30, 13, 40, tzinfo=UTC)  # Wednesday 22:40 KST
START = NOW - timedelta(days=8)
SEED = 20260930
SITES = {
    "OS": "osong-idc",
    "GJ": "gwangju-dr",
    "CA": "cheonan-cc",
    "NC": "ncp-kr",
    "HW": "expressway-sites",
    "AP": "apartment-sites",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2026-09")

CSMS, FIELD, ROAM, PAY = "충전플랫폼팀", "현장운영팀", "대외연동팀", "결제팀"
APP, B2B, BILL, GRID = "앱서비스팀", "fleet-biz", "요금정산팀", "에너지관리팀"
DATA, CS, DBA, SRE, NET, CLOUD = "data-eng", "고객센터IT", "DBA파트", "infra-ops", "network", "ncp-cloud"

APP1, APP2, B2B_N, TEL1, TEL2, STG_N = (
    "nks-w-4f7a",
    "nks-w-4f7b",
    "nks-w-9c2e",
    "nks-w-2d8k",
    "nks-w-2d8m",
    "nks-s-1x3p",
)
MQ1, MQ2 = "svr-mq-7k2a", "svr-mq-7k2b"

HG = ("service", FIELD, "HW", "P")
AP = ("service", FIELD, "AP", "P")

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # OCPP central system and gateways
    "Polaris": ("service", CSMS, "OS", "P", ["ori01", "ori02"],
                ["pg-csms", "Mira", "gyeolje-core", "Deneb", "yogeumpyo", "Eunha", "redis-ocpp"],
                {"system": "OCPP 중앙 충전관리시스템 (CSMS)", "description": "충전 세션 관리, Authorize/StartTransaction/StopTransaction 처리, 원격 제어",
                 "language": "java", "framework": "Spring Boot 3.2", "version": "7.12.0", "port": 8443,
                 "ocpp_versions": "1.6J, 2.0.1", "replicas": 2}),
    "Vega1a": ("service", CSMS, "OS", "P", ["lyr01"], ["Polaris", "redis-ocpp"],
               {"system": "OCPP 웹소켓 게이트웨이 1A", "description": "아파트 단지 충전기 웹소켓 연결 (서울 강북, 인천, 경기 북부)",
                "language": "go", "version": "2.9.4", "port": 9443, "chargers_connected": 11800, "max_connections": 30000}),
    "Vega1b": ("service", CSMS, "OS", "P", ["lyr02"], ["Polaris", "redis-ocpp"],
               {"system": "OCPP 웹소켓 게이트웨이 1B", "description": "아파트 단지 충전기 웹소켓 연결 (서울 강남, 경기 남부)",
                "language": "go", "version": "2.9.5", "port": 9443, "chargers_connected": 14200, "max_connections": 30000}),
    "Vega2a": ("service", CSMS, "OS", "P", ["lyr03"], ["Polaris", "redis-ocpp"],
               {"system": "OCPP 웹소켓 게이트웨이 2A", "description": "고속도로 휴게소 급속충전기 연결 (경부선, 서해안선)",
                "language": "go", "version": "2.9.4", "port": 9443, "chargers_connected": 2100, "max_connections": 10000}),
    "Vega2b": ("service", CSMS, "OS", "P", ["lyr04"], ["Polaris", "redis-ocpp"],
               {"system": "OCPP 웹소켓 게이트웨이 2B", "description": "고속도로 휴게소 급속충전기 연결 (영동선, 중부선, 호남선)",
                "language": "go", "version": "2.9.4", "port": 9443, "chargers_connected": 1700, "max_connections": 10000}),
    "Rigel": ("service", FIELD, "NC", "P", [TEL2], ["rmq-ota", "objst-firmware"],
              {"system": "충전기 펌웨어 OTA", "description": "충전기/사이트 컨트롤러 펌웨어 배포 캠페인, 단계적 롤아웃, 결과 수집",
               "language": "python", "version": "3.1.2", "port": 8080, "k8s_namespace": "ota"}),
    # roaming and public feed
    "Deneb": ("service", ROAM, "OS", "P", ["aql01"], ["redis-roam", "Eunha"],
              {"system": "로밍 허브 연동", "description": "타 사업자 회원 로밍 인증/정산 (OCPI 2.2.1), 환경부 공동이용 로밍",
               "language": "kotlin", "version": "3.8.0", "port": 8443, "protocol": "OCPI 2.2.1",
               "partners": 27, "client_cert_expiry": "2026-10-21"}),
    "nuri-link": ("service", ROAM, "OS", "P", ["aql01"], ["Comet", "ARCUS-STATUS"],
                  {"system": "환경부 공공 충전 인프라 연동", "description": "환경부 무공해차 통합누리집에 충전기 상태/이용 실적 전송 (1분 주기)",
                   "language": "java", "port": 8080, "external": "환경부 (한국환경공단)", "push_interval_s": 60}),
    # member, payment
    "Mira": ("service", PAY, "OS", "P", ["peg01"], ["CUBRID-MEMBER"],
             {"system": "회원카드 인증", "description": "회원카드(RFID) 및 앱 회원 인증, 충전 권한 확인",
              "language": "java", "version": "5.4.1", "port": 8443, "cards_issued": 842000}),
    "gyeolje-core": ("service", PAY, "OS", "P", ["her01", "her02"],
                     ["LUNA7-OSG-A", "link-kcp", "link-inicis", "link-npay", "link-kakaopay", "MARIA-PAY"],
                     {"system": "결제 코어", "description": "신용카드 선승인/부분취소, 간편결제, 비회원 현장결제, 카드 토큰화 (PCI 존)",
                      "language": "java", "version": "6.2.0", "port": 8443, "pci_zone": True}),
    "link-kcp": ("service", PAY, "OS", "P", ["her03"], ["osg-pg-rt1"],
                 {"system": "NHN KCP 연동", "description": "신용카드 승인 (충전기 단말 현장결제)", "pg": "NHN KCP",
                  "language": "java", "port": 9411, "timeout_ms": 7000}),
    "link-inicis": ("service", PAY, "OS", "P", ["her03"], ["osg-pg-rt1"],
                    {"system": "KG이니시스 연동", "description": "앱 신용카드 결제 승인/취소", "pg": "KG이니시스",
                     "language": "java", "port": 9412, "timeout_ms": 7000}),
    "link-npay": ("service", PAY, "OS", "P", ["her03"], ["osg-pg-rt1"],
                  {"system": "네이버페이 연동", "description": "네이버페이 간편결제", "pg": "네이버페이",
                   "language": "java", "port": 9413, "timeout_ms": 6000}),
    "link-kakaopay": ("service", PAY, "OS", "P", ["her03"], ["osg-pg-rt1"],
                      {"system": "카카오페이 연동", "description": "카카오페이 간편결제", "pg": "카카오페이",
                       "language": "java", "port": 9414, "timeout_ms": 6000}),
    # app, fleet, tariff, billing, settlement
    "chungjeon-bff": ("service", APP, "NC", "P", [APP1, APP2],
                      ["Polaris", "Mira", "gyeolje-core", "Castor", "Lodestar", "yogeumpyo", "Alcor-sso",
                       "cdb-app-mysql"],
                      {"system": "충전 앱 백엔드", "description": "사용자 앱 BFF (충전소 지도, QR 충전 시작, 결제, 충전 내역, 영수증)",
                       "language": "kotlin", "version": "4.33.0", "replicas": 12, "port": 8080,
                       "k8s_namespace": "app", "monthly_users": 610000}),
    "Alcor-sso": ("service", APP, "NC", "P", [APP2], ["cdb-app-mysql", "cdr-sess"],
                  {"system": "통합 로그인", "description": "앱/웹 로그인, 본인인증, 토큰 발급", "language": "go",
                   "port": 8443, "token_ttl_min": 30, "k8s_namespace": "identity"}),
    "Capella": ("service", B2B, "NC", "P", [B2B_N], ["Polaris", "Castor", "CUBRID-MEMBER", "cdb-fleet-mysql"],
                {"system": "법인/B2B 포털", "description": "법인 차량(fleet) 충전카드 관리, 월별 청구서, 충전 리포트",
                 "language": "typescript", "framework": "NestJS 10", "port": 3000, "k8s_namespace": "b2b",
                 "fleet_customers": 1380}),
    "yogeumpyo": ("service", BILL, "OS", "P", ["peg02"], ["pg-csms"],
                  {"system": "요금 엔진", "description": "충전 단가 계산 (회원/비회원, 시간대별 경부하/중간부하/최대부하, 로밍 단가)",
                   "language": "kotlin", "version": "2.7.3", "port": 8080, "tariff_version": "2026-09"}),
    "Castor": ("service", BILL, "OS", "P", ["sgr01"], ["TIBERO-BILL", "Eunha", "yogeumpyo"],
               {"system": "과금/청구", "description": "충전 세션 과금 확정, 영수증 발행, 법인 월 청구",
                "language": "java", "version": "11.4.0", "port": 8443}),
    "Pollux": ("service", BILL, "OS", "P", ["sgr02"], ["TIBERO-BILL", "Nebula-DW"],
               {"system": "부지 제공자 정산", "description": "휴게소/아파트 부지 제공자(사이트 호스트) 수익 배분 정산 조회 API",
                "language": "java", "port": 8443, "hosts_contracted": 2940}),
    "settle_hosts_daily": ("service", BILL, "OS", "P", ["sgr02"], ["TIBERO-BILL", "Nebula-DW", "Pollux"],
                           {"system": "부지 제공자 일정산 배치", "description": "전일 충전량 기준 사이트 호스트 수익 배분 계산, 지급 파일 생성",
                            "schedule": "daily 02:30", "expected_end": "03:10", "scheduler": "Airflow 2.9.1",
                            "language": "python"}),
    # demand response
    "Arcturus": ("service", GRID, "OS", "P", ["boo01"], ["kepco-dr-if", "Comet", "Polaris"],
                 {"system": "수요반응(DR)/부하 제어", "description": "한전 DR 발령 시 충전 출력 제한, 아파트 수전 용량 기반 부하 분산",
                  "language": "python", "version": "1.9.0", "port": 8080, "dr_capacity_kw": 4800}),
    "kepco-dr-if": ("service", GRID, "OS", "P", ["boo01"], ["osg-kepco-rt1"],
                    {"system": "한전 DR 신호 연동", "description": "한전(KEPCO) 수요반응 발령 수신 (OpenADR 2.0b VEN)",
                     "language": "java", "protocol": "OpenADR 2.0b", "port": 8443, "poll_interval_s": 30}),
    # telemetry
    "Comet": ("service", DATA, "NC", "P", [TEL1], ["mqtt-hanbit", "Eunha", "tsdb-hyeseong", "ARCUS-STATUS"],
              {"system": "충전기 텔레메트리 수집", "description": "충전기 상태/계량값 MQTT 수신, 정규화 후 Kafka 발행, 시계열 DB 적재, 상태 캐시 갱신",
               "language": "rust", "version": "0.18.2", "port": 8090, "msgs_per_sec_peak": 52000}),
    "Lodestar": ("service", DATA, "NC", "P", [TEL2], ["ARCUS-STATUS", "Comet"],
                 {"system": "충전기 실시간 상태 공개 API", "description": "내비게이션 제휴사(티맵, 카카오내비, 네이버지도) 대상 충전기 가용 상태 API",
                  "language": "go", "version": "2.4.0", "port": 8080, "partners": "티맵, 카카오내비, 네이버지도, 현대 블루링크",
                  "rate_limit_rps": 3000}),
    # call centre
    "sori-cti": ("service", CS, "CA", "P", ["cheonan-ap1"], ["sori-crm"],
                 {"system": "고객센터 CTI/IVR", "description": "1588 대표번호 ARS, 상담 콜 라우팅, 충전기 원격 재시작 요청 접수",
                  "product": "Genesys Engage", "agents": 140, "port": 5060}),
    "sori-crm": ("service", CS, "CA", "P", ["cheonan-ap1"], ["CUBRID-MEMBER", "Castor", "Polaris"],
                 {"system": "고객 상담 CRM", "description": "상담 이력, 회원/충전 이력 조회, 환불 처리",
                  "language": "java", "port": 8443}),
    "alrim-push": ("service", APP, "NC", "P", [APP2], ["cdb-app-mysql"],
                   {"system": "알림 발송", "description": "충전 완료/요금 알림 앱 푸시, 카카오 알림톡", "language": "go",
                    "port": 8080, "daily_messages": 1900000}),
    # DR, staging, dev
    "Polaris-dr": ("service", CSMS, "GJ", "P", ["mudeung01"], ["pg-csms-dr"],
                   {"system": "CSMS (DR)", "description": "광주 DR 웜 스탠바이", "role": "DR standby", "version": "7.12.0"}),
    "Polaris-stg": ("service", CSMS, "NC", "S", [STG_N], ["pg-csms-stg"],
                    {"system": "CSMS (스테이징)", "description": "OCPP 2.0.1 인증 시험계", "version": "7.13.0-rc1", "port": 8443}),
    "chungjeon-bff-stg": ("service", APP, "NC", "S", [STG_N], ["Polaris-stg"],
                          {"system": "충전 앱 백엔드 (스테이징)", "description": "앱 QA 검증계", "version": "4.34.0-rc2", "port": 8080}),
    "Rigel-dev": ("service", FIELD, "NC", "D", [STG_N], [],
                  {"system": "펌웨어 OTA (개발)", "description": "OTA 캠페인 기능 개발계", "version": "3.2.0-dev", "port": 8080}),
    # databases
    "pg-csms": ("database", DBA, "OS", "P", ["cas01", "cas02"], [],
                {"engine": "postgresql", "version": "16.3", "cluster": "Patroni 3.3", "port": 5432, "size_tb": 6.8,
                 "description": "충전 세션, 계량값(meter_values), 충전기 마스터 DB"}),
    "CUBRID-MEMBER": ("database", DBA, "OS", "P", ["cas03", "cas04"], [],
                      {"engine": "cubrid", "version": "11.3", "ha": "CUBRID HA (master/slave)", "port": 33000,
                       "brokers": 4, "max_cas": 400, "description": "회원, 회원카드(RFID), 법인 카드 DB"}),
    "TIBERO-BILL": ("database", DBA, "OS", "P", ["sco01"], [],
                    {"engine": "tibero", "version": "7.2.2", "port": 8629, "size_tb": 3.1,
                     "description": "과금, 청구, 정산 원장 DB"}),
    "MARIA-PAY": ("database", DBA, "OS", "P", ["sco02"], [],
                  {"engine": "mariadb", "version": "10.11.8", "topology": "semi-sync replica", "port": 3306,
                   "size_tb": 0.9, "description": "결제 승인/취소 이력 (PCI)"}),
    "tsdb-hyeseong": ("database", DATA, "OS", "P", ["dra01", "dra02"], [],
                      {"engine": "timescaledb", "version": "2.15.2", "pg_version": "15.7", "port": 5432,
                       "size_tb": 18.5, "retention_days": 400, "description": "충전기 상태/출력/온도 시계열"}),
    "Nebula-DW": ("database", DATA, "OS", "P", ["cep01", "cep02"], [],
                  {"engine": "starrocks", "version": "3.2.9", "port": 9030, "size_tb": 42,
                   "description": "충전량, 매출, 정산 분석 DW"}),
    "cdb-app-mysql": ("database", CLOUD, "NC", "P", [], [],
                      {"engine": "mysql", "version": "8.0.36", "product": "NCP Cloud DB for MySQL", "port": 3306,
                       "description": "앱 회원 프로필, 즐겨찾기 충전소, 알림 설정"}),
    "cdb-fleet-mysql": ("database", CLOUD, "NC", "P", [], [],
                        {"engine": "mysql", "version": "8.0.36", "product": "NCP Cloud DB for MySQL", "port": 3306,
                         "description": "법인 고객, 차량, 충전카드 배정"}),
    "pg-csms-dr": ("database", DBA, "GJ", "P", ["mudeung02"], [],
                   {"engine": "postgresql", "version": "16.3", "role": "streaming replica (DR)", "port": 5432,
                    "description": "충전 DB 광주 DR 복제본"}),
    "pg-csms-stg": ("database", DBA, "NC", "S", [], [],
                    {"engine": "postgresql", "version": "16.3", "product": "NCP Cloud DB for PostgreSQL",
                     "port": 5432, "description": "충전 DB 검증계"}),
    # caches
    "redis-ocpp": ("cache", CSMS, "OS", "P", ["gem01"], [],
                   {"engine": "redis", "version": "7.2.5", "port": 6379, "maxmemory_gb": 32,
                    "description": "충전기-게이트웨이 연결 매핑, 진행 중 세션 상태"}),
    "redis-roam": ("cache", ROAM, "OS", "P", ["gem02"], [],
                   {"engine": "redis", "version": "7.2.5", "port": 6380, "maxmemory_gb": 8,
                    "maxmemory_policy": "noeviction", "description": "로밍 인증 토큰, OCPI 세션 캐시"}),
    "ARCUS-STATUS": ("cache", DATA, "OS", "P", ["gem03"], [],
                     {"engine": "arcus", "version": "1.14.0", "port": 11211, "description": "충전기 실시간 상태 캐시 (Arcus memcached)"}),
    "cdr-sess": ("cache", CLOUD, "NC", "P", [], [],
                 {"engine": "redis", "version": "7.0", "product": "NCP Cloud DB for Redis", "port": 6379,
                  "description": "로그인 세션, 토큰"}),
    # queues
    "Eunha": ("queue", DATA, "OS", "P", ["and01", "and02", "and03"], [],
              {"product": "Apache Kafka", "version": "3.7.1", "brokers": 3, "port": 9092, "topics": 64,
               "description": "충전 세션, 계량값, 과금 이벤트 스트림"}),
    "mqtt-hanbit": ("queue", DATA, "NC", "P", [MQ1, MQ2], [],
                    {"product": "VerneMQ", "version": "2.0.1", "port": 8883, "nodes": 2,
                     "description": "충전기 텔레메트리 MQTT 브로커 (상태, 출력, 온도)"}),
    "rmq-ota": ("queue", FIELD, "NC", "P", [TEL2], [],
                {"product": "RabbitMQ", "version": "3.13.4", "port": 5672, "description": "펌웨어 배포 작업 큐"}),
    # highway rest area site controllers
    "AnseongHG": (*HG, [], ["Vega2a", "Rigel"],
                  {"site": "경부선 안성휴게소 (서울방향)", "highway": "경부선", "chargers": 16, "charger_kw": 200,
                   "vendor": "SK시그넷", "controller_model": "SiteBox S2", "firmware": "SB2-4.3.1", "grid_kw": 2400}),
    "ManghyangHG": (*HG, [], ["Vega2a", "Rigel"],
                    {"site": "경부선 망향휴게소 (부산방향)", "highway": "경부선", "chargers": 12, "charger_kw": 200,
                     "vendor": "SK시그넷", "controller_model": "SiteBox S2", "firmware": "SB2-4.3.1", "grid_kw": 2000}),
    "HaengdamdoHG": (*HG, [], ["Vega2a", "Rigel"],
                     {"site": "서해안선 행담도휴게소", "highway": "서해안선", "chargers": 14, "charger_kw": 350,
                      "vendor": "대영채비", "controller_model": "CV-Hub 3", "firmware": "CVH-3.8.0", "grid_kw": 3000}),
    "DeokpyeongHG": (*HG, [], ["Vega2a", "Rigel"],
                     {"site": "영동선 덕평휴게소", "highway": "영동선", "chargers": 20, "charger_kw": 200,
                      "vendor": "대영채비", "controller_model": "CV-Hub 3", "firmware": "CVH-3.8.0", "grid_kw": 3200}),
    "YeojuHG": (*HG, [], ["Vega2b", "Rigel"],
                {"site": "영동선 여주휴게소 (강릉방향)", "highway": "영동선", "chargers": 10, "charger_kw": 100,
                 "vendor": "이브이시스", "controller_model": "EVSIS SC-100", "firmware": "SC100-2.2.7", "grid_kw": 1200}),
    "IcheonHG": (*HG, [], ["Vega2b", "Rigel"],
                 {"site": "중부선 이천휴게소", "highway": "중부선", "chargers": 8, "charger_kw": 200,
                  "vendor": "SK시그넷", "controller_model": "SiteBox S2", "firmware": "SB2-4.2.9", "grid_kw": 1400}),
    "JeongeupHG": (*HG, [], ["Vega2b", "Rigel"],
                   {"site": "호남선 정읍휴게소", "highway": "호남선", "chargers": 8, "charger_kw": 100,
                    "vendor": "이브이시스", "controller_model": "EVSIS SC-100", "firmware": "SC100-2.2.7", "grid_kw": 900}),
    # apartment complex site controllers
    "HelioCityAPT": (*AP, [], ["Vega1b", "Arcturus", "Rigel"],
                     {"site": "송파 헬리오시티", "households": 9510, "chargers": 320, "charger_kw": 7,
                      "vendor": "이브이시스", "controller_model": "EVSIS LMS-7", "firmware": "LMS7-1.6.2", "grid_kw": 1600}),
    "BanpoXiAPT": (*AP, [], ["Vega1b", "Arcturus", "Rigel"],
                   {"site": "반포자이", "households": 3410, "chargers": 140, "charger_kw": 7,
                    "vendor": "SK시그넷", "controller_model": "SiteBox A1", "firmware": "SBA1-2.0.4", "grid_kw": 700}),
    "GwanggyoLakeAPT": (*AP, [], ["Vega1b", "Arcturus", "Rigel"],
                        {"site": "광교 호수마을", "households": 2200, "chargers": 96, "charger_kw": 7,
                         "vendor": "이브이시스", "controller_model": "EVSIS LMS-7", "firmware": "LMS7-1.6.2", "grid_kw": 480}),
    "DongtanParkAPT": (*AP, [], ["Vega1b", "Arcturus", "Rigel"],
                       {"site": "동탄 센트럴파크", "households": 2860, "chargers": 118, "charger_kw": 11,
                        "vendor": "대영채비", "controller_model": "CV-Home 2", "firmware": "CVM-1.4.0", "grid_kw": 650}),
    "MapoRaemianAPT": (*AP, [], ["Vega1a", "Arcturus", "Rigel"],
                       {"site": "마포 래미안푸르지오", "households": 3885, "chargers": 150, "charger_kw": 7,
                        "vendor": "SK시그넷", "controller_model": "SiteBox A1", "firmware": "SBA1-2.0.4", "grid_kw": 760}),
    "SongdoCentralAPT": (*AP, [], ["Vega1a", "Arcturus", "Rigel"],
                         {"site": "인천 송도 센트럴파크", "households": 2610, "chargers": 104, "charger_kw": 7,
                          "vendor": "이브이시스", "controller_model": "EVSIS LMS-7", "firmware": "LMS7-1.6.1", "grid_kw": 520}),
    "GoyangHillsAPT": (*AP, [], ["Vega1a", "Arcturus", "Rigel"],
                       {"site": "고양 힐스테이트", "households": 1980, "chargers": 84, "charger_kw": 7,
                        "vendor": "대영채비", "controller_model": "CV-Home 2", "firmware": "CVM-1.4.0", "grid_kw": 420}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "haproxy-ocpp": ("OS", NET, ["Vega1a", "Vega1b", "Vega2a", "Vega2b"],
                     {"vendor": "HAProxy Technologies", "model": "HAProxy Enterprise 2.8", "endpoint": "wss://ocpp.evcharge.example.kr",
                      "maxconn": 80000, "tls_cert_expiry": "2026-10-08", "description": "충전기 OCPP 웹소켓 진입점 (TLS 종단)"}),
    "F5-OSG-VIP7": ("OS", NET, ["Polaris", "Mira", "gyeolje-core", "Deneb", "Castor", "yogeumpyo"],
                    {"vendor": "F5", "model": "BIG-IP i7800", "vip": "10.40.0.70", "version": "17.1.1",
                     "description": "오송 내부 업무 API VIP (NCP -> 온프렘 구간)"}),
    "ncp-alb-app": ("NC", CLOUD, ["chungjeon-bff", "Capella", "Lodestar", "Alcor-sso"],
                    {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "api.evcharge.example.kr",
                     "description": "앱, B2B 포털, 내비 제휴사 API 진입점"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "PURE-OSG01": ("OS", SRE, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 180,
                               "protocol": "FC", "description": "오송 DB 블록 스토리지"},
                   ["cas01", "cas02", "cas03", "cas04", "sco01", "sco02", "dra01", "dra02"]),
    "objst-firmware": ("NC", CLOUD, {"vendor": "NAVER Cloud", "model": "Object Storage", "protocol": "S3",
                                     "description": "충전기 펌웨어 이미지, 서명 파일"}, []),
    "dd-gwj01": ("GJ", SRE, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 256,
                             "protocol": "DD Boost", "description": "DB, 정산 파일 백업 (광주)"}, ["mudeung02"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "ori01": ("OS", "P", "vm", {"role": "CSMS AP #1"}),
    "ori02": ("OS", "P", "vm", {"role": "CSMS AP #2"}),
    "lyr01": ("OS", "P", "vm", {"role": "OCPP 게이트웨이 1A"}),
    "lyr02": ("OS", "P", "vm", {"role": "OCPP 게이트웨이 1B"}),
    "lyr03": ("OS", "P", "vm", {"role": "OCPP 게이트웨이 2A"}),
    "lyr04": ("OS", "P", "vm", {"role": "OCPP 게이트웨이 2B"}),
    "cas01": ("OS", "P", "physical", {"role": "충전 DB primary (Patroni)", "model": "Dell PowerEdge R760"}),
    "cas02": ("OS", "P", "physical", {"role": "충전 DB replica", "model": "Dell PowerEdge R760"}),
    "cas03": ("OS", "P", "physical", {"role": "회원 DB CUBRID HA #1", "model": "HPE DL380 Gen11"}),
    "cas04": ("OS", "P", "physical", {"role": "회원 DB CUBRID HA #2", "model": "HPE DL380 Gen11"}),
    "sco01": ("OS", "P", "physical", {"role": "과금 DB (Tibero)", "model": "HPE DL380 Gen11", "hba": "2 x Emulex LPe35002 (FC 32G)"}),
    "sco02": ("OS", "P", "physical", {"role": "결제 이력 DB (MariaDB, PCI)", "model": "Dell PowerEdge R660"}),
    "dra01": ("OS", "P", "physical", {"role": "TimescaleDB primary", "model": "Dell PowerEdge R760xd2"}),
    "dra02": ("OS", "P", "physical", {"role": "TimescaleDB replica", "model": "Dell PowerEdge R760xd2"}),
    "cep01": ("OS", "P", "physical", {"role": "StarRocks FE/BE #1", "model": "Supermicro SYS-621"}),
    "cep02": ("OS", "P", "physical", {"role": "StarRocks BE #2 (디스크 교체 중)", "model": "Supermicro SYS-621"}),
    "and01": ("OS", "P", "physical", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660"}),
    "and02": ("OS", "P", "physical", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660"}),
    "and03": ("OS", "P", "physical", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660"}),
    "gem01": ("OS", "P", "vm", {"role": "Redis (OCPP 세션)"}),
    "gem02": ("OS", "P", "vm", {"role": "Redis (로밍 토큰)"}),
    "gem03": ("OS", "P", "vm", {"role": "Arcus (충전기 상태)"}),
    "peg01": ("OS", "P", "vm", {"role": "회원카드 인증 AP"}),
    "peg02": ("OS", "P", "vm", {"role": "요금 엔진 AP"}),
    "her01": ("OS", "P", "vm", {"role": "결제 AP #1 (PCI 존)"}),
    "her02": ("OS", "P", "vm", {"role": "결제 AP #2 (PCI 존)"}),
    "her03": ("OS", "P", "vm", {"role": "PG 연동 AP (KCP, 이니시스, 네이버페이, 카카오페이)"}),
    "aql01": ("OS", "P", "vm", {"role": "대외 연동 AP (로밍 허브, 환경부)"}),
    "sgr01": ("OS", "P", "vm", {"role": "과금 AP"}),
    "sgr02": ("OS", "P", "vm", {"role": "정산 AP, 배치 (Airflow worker)"}),
    "boo01": ("OS", "P", "vm", {"role": "DR/부하제어 AP, 한전 OpenADR VEN"}),
    "vir01": ("OS", "P", "vm", {"role": "로그 수집 (Elasticsearch 8.13, Fluent Bit)"}),
    "LUNA7-OSG-A": ("OS", "P", "hsm", {"device": "hsm", "vendor": "Thales", "model": "Luna Network HSM 7 A790",
                                        "firmware": "7.8.4", "ha_group": "LUNA7-OSG-A/B", "max_sessions": 2048,
                                        "description": "결제 카드 토큰화, PIN 블록 암호화 HSM (PCI)"}),
    "osg-core-sw1": ("OS", "P", "network", {"device": "core switch", "vendor": "Arista", "model": "7280R3",
                                            "firmware": "EOS 4.31.2F"}),
    "osg-san-sw1": ("OS", "P", "network", {"device": "san switch", "vendor": "Brocade", "model": "G720",
                                           "firmware": "FOS 9.2.0b"}),
    "osg-fw1": ("OS", "P", "network", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                                       "firmware": "FortiOS 7.4.4", "ha": "active-passive"}),
    "osg-pg-rt1": ("OS", "P", "network", {"device": "router", "vendor": "Cisco", "model": "ISR 4451",
                                          "firmware": "IOS-XE 17.9.4a", "description": "PG/VAN 전용회선 라우터 (KCP, 이니시스)",
                                          "circuit": "LG U+ 전용회선 100M x2"}),
    "osg-kepco-rt1": ("OS", "P", "network", {"device": "router", "vendor": "Cisco", "model": "C8300",
                                             "firmware": "IOS-XE 17.12.2", "description": "한전 DR 전용회선 라우터",
                                             "circuit": "KT 전용회선 10M"}),
    # DR
    "mudeung01": ("GJ", "P", "vm", {"role": "DR CSMS AP (OS 패치 중)"}),
    "mudeung02": ("GJ", "P", "physical", {"role": "DR 충전 DB", "model": "Dell PowerEdge R760"}),
    "gj-core-sw1": ("GJ", "P", "network", {"device": "core switch", "vendor": "Arista", "model": "7050X3",
                                           "firmware": "EOS 4.30.5M"}),
    # call centre
    "cheonan-ap1": ("CA", "P", "vm", {"role": "CTI/CRM AP (천안 고객센터)"}),
    # NCP
    APP1: ("NC", "P", "nks", {"server_spec": "s16-g3", "node_pool": "np-app", "cluster": "nks-prod-kr"}),
    APP2: ("NC", "P", "nks", {"server_spec": "s16-g3", "node_pool": "np-app", "cluster": "nks-prod-kr"}),
    B2B_N: ("NC", "P", "nks", {"server_spec": "s8-g3", "node_pool": "np-b2b", "cluster": "nks-prod-kr"}),
    TEL1: ("NC", "P", "nks", {"server_spec": "c16-g3", "node_pool": "np-telemetry", "cluster": "nks-prod-kr"}),
    TEL2: ("NC", "P", "nks", {"server_spec": "c16-g3", "node_pool": "np-telemetry", "cluster": "nks-prod-kr"}),
    MQ1: ("NC", "P", "server", {"server_spec": "c8-g3", "role": "VerneMQ node 1"}),
    MQ2: ("NC", "P", "server", {"server_spec": "c8-g3", "role": "VerneMQ node 2"}),
    STG_N: ("NC", "S", "nks", {"server_spec": "s8-g3", "node_pool": "np-stg", "cluster": "nks-stg-kr"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("osg-fw1", "osg-core-sw1"),
    ("osg-pg-rt1", "osg-fw1"),
    ("osg-kepco-rt1", "osg-fw1"),
    ("osg-san-sw1", "PURE-OSG01"),
    ("gj-core-sw1", "osg-core-sw1"),
    ("LUNA7-OSG-A", "osg-core-sw1"),
    ("pg-csms", "pg-csms-dr"),  # streaming replication to Gwangju
    ("Polaris", "Polaris-dr"),  # DR switch-over pair
]
# fmt: on
STATUS = {"cep02": "maintenance", "mudeung01": "maintenance", "Rigel-dev": "retired"}
NET_PREFIX = {"OS": "10.40", "GJ": "10.62", "CA": "10.71", "NC": "172.28"}
NOT_MEASURED = {"objst-firmware", "Polaris-dr", "pg-csms-dr"}
DISK_WATCHED = {
    "cas01",
    "cas02",
    "cas03",
    "cas04",
    "sco01",
    "sco02",
    "dra01",
    "dra02",
    "cep01",
    "cep02",
    "and01",
    "and02",
    "and03",
    "vir01",
    "sgr02",
    MQ1,
    MQ2,
}
REQUEST_RATE = {
    "Polaris": 2400.0,
    "Vega1a": 900.0,
    "Vega1b": 1100.0,
    "Vega2a": 260.0,
    "Vega2b": 210.0,
    "Mira": 380.0,
    "gyeolje-core": 140.0,
    "link-kcp": 60.0,
    "link-inicis": 45.0,
    "link-npay": 22.0,
    "link-kakaopay": 18.0,
    "chungjeon-bff": 3100.0,
    "Alcor-sso": 420.0,
    "Capella": 85.0,
    "yogeumpyo": 900.0,
    "Castor": 310.0,
    "Deneb": 120.0,
    "nuri-link": 75.0,
    "Comet": 38000.0,
    "Lodestar": 1900.0,
    "Arcturus": 40.0,
    "pg-csms": 5200.0,
    "CUBRID-MEMBER": 900.0,
    "TIBERO-BILL": 1300.0,
    "tsdb-hyeseong": 36000.0,
    "redis-ocpp": 14000.0,
    "redis-roam": 1600.0,
    "ARCUS-STATUS": 41000.0,
    "Eunha": 46000.0,
    "mqtt-hanbit": 39000.0,
    "haproxy-ocpp": 2500.0,
    "ncp-alb-app": 5200.0,
    "sori-cti": 6.0,
    "AnseongHG": 9.0,
    "ManghyangHG": 7.0,
    "HaengdamdoHG": 8.5,
    "DeokpyeongHG": 11.0,
    "YeojuHG": 6.0,
    "IcheonHG": 4.8,
    "JeongeupHG": 4.2,
    "HelioCityAPT": 36.0,
    "BanpoXiAPT": 16.0,
    "GwanggyoLakeAPT": 11.0,
    "DongtanParkAPT": 13.5,
    "MapoRaemianAPT": 17.0,
    "SongdoCentralAPT": 12.0,
    "GoyangHillsAPT": 9.5,
}
CACHE_MEMORY = {
    "redis-ocpp": (41.0, 12.0),
    "redis-roam": (58.0, 4.0),
    "ARCUS-STATUS": (47.0, 6.0),
    "cdr-sess": (36.0, 8.0),
}
PAAS_CPU = {"cdb-app-mysql", "cdb-fleet-mysql", "cdr-sess"}


def measured(ci: dict) -> bool:
    if ci["status"] == "retired" or ci["environment"] != "prod" or ci["name"] in NOT_MEASURED:
        return False
    return ci["location"] != "gwangju-dr" or ci["type"] == "storage"


HIGHWAY_SC = [n for n, s in SERVICES.items() if s[2] == "HW"]
APT_SC = [n for n, s in SERVICES.items() if s[2] == "AP"]
VEGA1B_SC = sorted(n for n in APT_SC if "Vega1b" in SERVICES[n][5])

INCIDENTS = [
    {
        "id": "I1",
        "kind": "ha_failover_stale_broker",
        "root": "CUBRID-MEMBER",
        "description": "the member DB CUBRID-MEMBER fails over to cas04 after a missed heartbeat at the Wednesday"
        " morning commute, but its brokers keep sending writes to the old master (now read-only): member card"
        " authorisation in Mira fails, Polaris rejects Authorize and charging starts fail, the app and the fleet"
        " portal follow, until the brokers are restarted against the new master",
        "start": kst(23, 7, 50),
        "end": kst(23, 8, 45),
        "affected": ["CUBRID-MEMBER", "Mira", "Capella", "Polaris", "chungjeon-bff"],
    },
    {
        "id": "I2",
        "kind": "mqtt_cluster_netsplit",
        "root": "mqtt-hanbit",
        "description": "the two VerneMQ nodes of mqtt-hanbit split on Chuseok night (a netsplit after an NCP"
        " network maintenance in KR-2): charger telemetry stalls, Comet ingests nothing, the availability API"
        " Lodestar and the 환경부 feed nuri-link serve stale charger status, Arcturus loses its real-time load,"
        " the app's map shows wrong availability, until the cluster is re-joined",
        "start": kst(25, 21, 20),
        "end": kst(25, 22, 15),
        "affected": ["mqtt-hanbit", "Comet", "Lodestar", "nuri-link", "Arcturus", "chungjeon-bff"],
    },
    {
        "id": "I3",
        "kind": "fc_path_loss",
        "root": "sco01",
        "description": "both FC paths from the Tibero host sco01 to PURE-OSG01 flap early on Sunday (CRC errors on"
        " the SAN switch ports): I/O queues in multipath, TIBERO-BILL hangs on commits, Castor cannot confirm"
        " charges, the night host settlement (Pollux, settle_hosts_daily) fails, receipts in the app and the"
        " fleet portal error, until the SFPs are replaced",
        "start": kst(27, 2, 10),
        "end": kst(27, 3, 20),
        "affected": [
            "sco01",
            "TIBERO-BILL",
            "Castor",
            "Pollux",
            "settle_hosts_daily",
            "chungjeon-bff",
            "Capella",
        ],
    },
    {
        "id": "I4",
        "kind": "hsm_ha_member_loss",
        "root": "LUNA7-OSG-A",
        "description": "the payment HSM LUNA7-OSG-A loses its HA peer on the holiday Saturday afternoon and throttles"
        " at its session limit: card tokenisation and PIN operations time out, gyeolje-core fails payments,"
        " Polaris cannot pre-authorise credit-card starts at the chargers and the app's payments fail, until"
        " the peer is re-added to the HA group",
        "start": kst(26, 14, 10),
        "end": kst(26, 15, 5),
        "affected": ["LUNA7-OSG-A", "gyeolje-core", "Polaris", "chungjeon-bff"],
    },
    {
        "id": "I5",
        "kind": "cache_maxmemory_noeviction",
        "root": "redis-roam",
        "description": "the roaming token cache redis-roam reaches maxmemory with the noeviction policy (tokens are"
        " stored without TTL since Deneb 3.8) during the return-home surge on the substitute holiday: writes"
        " fail, roaming authorisations in Deneb fail, Polaris and the highway gateways reject other operators'"
        " members, until the keys are expired and the memory limit raised",
        "start": kst(28, 16, 20),
        "end": kst(28, 17, 15),
        "affected": ["redis-roam", "Deneb", "Polaris", "Vega2a", "Vega2b"],
    },
    {
        "id": "I6",
        "kind": "tcp_memory_pressure",
        "root": "lyr02",
        "description": "TCP memory on the gateway host lyr02 runs out (tcp_mem) in the 23:00 scheduled-charging"
        " reconnect wave at the apartment complexes: Vega1b drops WebSocket connections and the apartment site"
        " controllers on it go offline, until tcp_mem is raised and the gateway restarted",
        "start": kst(29, 23, 0),
        "end": kst(29, 23, 55),
        "affected": ["lyr02", "Vega1b", *VEGA1B_SC],
    },
    {
        "id": "I7",
        "kind": "autovacuum_wraparound_io",
        "root": "pg-csms",
        "description": "an anti-wraparound autovacuum on pg-csms' meter_values starts at 21:50 into the night"
        " charging ramp: I/O saturation and lock waits on the partition attach, Polaris and yogeumpyo slow and"
        " error, the gateways and the app follow (ongoing)",
        "start": kst(30, 21, 55),
        "end": None,
        "affected": [
            "pg-csms",
            "Polaris",
            "yogeumpyo",
            "Vega1a",
            "Vega1b",
            "Vega2a",
            "Vega2b",
            "chungjeon-bff",
        ],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS
HOLIDAYS = {24, 25, 26, 27, 28}
OUTBOUND = (kst(24, 8, 0), kst(24, 20, 0))  # 추석 귀성 (Thursday)
RETURNS = [(kst(27, 12, 0), kst(27, 23, 0)), (kst(28, 12, 0), kst(28, 22, 30))]  # 귀경 (Sunday, Monday)
DR_TEST = (kst(29, 14, 0), kst(29, 15, 0))  # KEPCO DR test event
ENV_MAINT = (kst(26, 1, 0), kst(26, 3, 0))  # 환경부 API maintenance
FW_CAMPAIGN = (kst(29, 9, 0), kst(29, 11, 30))  # firmware campaign on highway chargers


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
        assert all(a in dist for a in inc["affected"]), (
            inc["id"],
            [a for a in inc["affected"] if a not in dist],
        )
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


_hops()


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        attrs: dict = {}
        if (
            kind == "service"
            and site not in ("HW", "AP")
            and "version" not in extra
            and "product" not in extra
        ):
            attrs["version"] = f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{env_net + 12 + i // 6}.{17 + (i * 37) % 200}"}
        owner = SRE
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "hostname": h,
                "os": rng.choice(["Rocky Linux 9.4", "Ubuntu 22.04", "RHEL 8.10"]),
                "vcpu": rng.choice([8, 16, 32]),
                "memory_gb": rng.choice([32, 64, 128]),
                "hypervisor": "VMware vSphere 8.0U3",
            }
        elif kind == "physical":
            attrs |= {
                "form": "physical",
                "hostname": h,
                "os": rng.choice(["Rocky Linux 9.4", "RHEL 9.4"]),
                "cores": rng.choice([32, 48, 64]),
                "memory_gb": rng.choice([256, 384, 512]),
                "serial": f"{rng.choice(['CZJ', 'MXQ', 'SGH'])}{rng.randint(1000000, 9999999)}",
            }
        elif kind in ("nks", "server"):
            owner = CLOUD
            attrs |= {
                "form": kind,
                "os": "Ubuntu 22.04",
                "zone": rng.choice(["KR-1", "KR-2"]),
            }
            if kind == "nks":
                attrs["platform"] = "NKS 1.29"
            if h in (MQ1, MQ2):
                owner = DATA
        elif kind == "hsm":
            owner = PAY
            attrs |= {"form": "appliance"}
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("core ", "").replace("san ", "")}
        if h == "cheonan-ap1":
            owner = CS
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _day(ts: datetime) -> int:
    return (ts + timedelta(hours=9)).day


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _commute(ts: datetime) -> float:
    """City chargers and the app: the morning and evening commute peaks on working days, a flat afternoon on
    holidays."""
    h = seoul_hour(ts)
    if _day(ts) in HOLIDAYS:
        return 0.14 + 0.42 * _bump(h, 14.5, 3.0)
    return 0.12 + 0.55 * _bump(h, 8.1, 0.9) + 0.62 * _bump(h, 18.7, 1.1) + 0.22 * _bump(h, 13.0, 2.5)


def _night(ts: datetime) -> float:
    """Apartment chargers: plugging in after work and the scheduled start at 23:00 (off-peak tariff)."""
    h = seoul_hour(ts)
    return min(1.0, 0.1 + 0.35 * _bump(h, 20.3, 1.4) + 0.78 * _bump(h, 23.6, 1.0) + 0.3 * _bump(h, 1.5, 1.6))


def _surge(ts: datetime) -> float:
    """The holiday-travel surge at highway rest areas (0..1)."""
    return max(ramp(ts, a, z, rise=60, fall=60) for a, z in [OUTBOUND, *RETURNS])


def _highway(ts: datetime) -> float:
    h = seoul_hour(ts)
    return (0.08 + 0.5 * _bump(h, 14.0, 3.4)) * (1 + 0.95 * _surge(ts))


def _platform(ts: datetime) -> float:
    return min(1.0, 0.45 * _commute(ts) + 0.4 * _night(ts) + 0.3 * _highway(ts))


def _support(ts: datetime) -> float:
    h = seoul_hour(ts)
    if h < 9 or h >= 20:
        return 0.05
    return 0.3 + 0.45 * _bump(h, 11.0, 1.5) + 0.3 * _bump(h, 16.0, 1.5)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    if 1 <= h < 2:
        return 0.7
    if 2.5 <= h < 3.2:
        return 0.9
    return 0.2


def _steady(ts: datetime) -> float:
    return 0.5


APP_SIDE = {
    "chungjeon-bff",
    "Alcor-sso",
    "alrim-push",
    "cdb-app-mysql",
    "cdr-sess",
    "Capella",
    "cdb-fleet-mysql",
    "ncp-alb-app",
    "Lodestar",
    "gyeolje-core",
    "link-inicis",
    "link-npay",
    "link-kakaopay",
    "MARIA-PAY",
    "LUNA7-OSG-A",
    "osg-pg-rt1",
    APP1,
    APP2,
    B2B_N,
    "her01",
    "her02",
    "her03",
    "sco02",
}
HIGHWAY = {
    *HIGHWAY_SC,
    "Vega2a",
    "Vega2b",
    "lyr03",
    "lyr04",
    "link-kcp",
    "Deneb",
    "redis-roam",
    "gem02",
    "aql01",
}
NIGHT = {*APT_SC, "Vega1a", "Vega1b", "lyr01", "lyr02", "Arcturus", "kepco-dr-if", "boo01"}
SUPPORT = {"sori-cti", "sori-crm", "cheonan-ap1"}
BATCH = {"Nebula-DW", "cep01", "cep02", "settle_hosts_daily", "Pollux", "sgr02"}


def _load(name: str):
    for group, shape in (
        (HIGHWAY, _highway),
        (NIGHT, _night),
        (APP_SIDE, lambda ts: min(1.0, 0.75 * _commute(ts) + 0.25 * _night(ts))),
        (SUPPORT, _support),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _platform


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {0: (9.0, 14.0), 1: (6.5, 31.0), 2: (1.8, 12.5), 3: (0.5, 3.0)},
    "I2": {0: (5.0, 38.0), 1: (3.2, 26.0), 2: (1.4, 11.0), 3: (0.4, 4.2)},
    "I3": {1: (24.0, 6.0), 2: (4.5, 19.0), 3: (1.1, 5.5)},
    "I4": {1: (5.5, 34.0), 2: (1.6, 9.0), 3: (0.5, 2.5)},
    "I5": {0: (0.6, 58.0), 1: (1.4, 41.0), 2: (0.5, 7.5), 3: (0.3, 5.5)},
    "I6": {1: (4.2, 36.0), 2: (1.2, 47.0)},
    "I7": {0: (17.0, 3.4), 1: (5.2, 7.8), 2: (0.45, 1.1)},
}

HOST = HostBaseline(cpu=(0.45, 0.9, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.1, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    kind = HOSTS[name][2]
    if kind in ("network", "hsm"):
        return _appliance_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(30, 60)
    growth = rng.uniform(0, 0.15)
    if name == "vir01":
        disk0, growth = 70.2, 1.12
    if name == "dra01":
        disk0, growth = 65.0, 0.95
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "sco01":  # iowait while both FC paths flap
            cpu += (68.0 + rng.gauss(0, 1.2) - cpu) * ramp(ts, I3["start"], I3["end"], rise=5, fall=10)
        if name == "lyr02":  # softirq and TCP buffers in the reconnect wave
            r = ramp(ts, I6["start"], I6["end"], rise=5, fall=10)
            cpu += (93.0 + rng.gauss(0, 0.8) - cpu) * r
            mem += 31 * r
        if name in (MQ1, MQ2):  # the netsplit: both nodes retry cluster sync
            cpu += 48 * ramp(ts, I2["start"], I2["end"], rise=5, fall=10)
        if name == "cas01":  # the anti-wraparound vacuum
            cpu += 41 * ramp(ts, I7["start"], None, rise=10)
        if name == "gem02":
            mem += 19 * ramp(ts, I5["start"], I5["end"], rise=10, fall=15)
        if name in ("lyr03", "lyr04"):
            cpu += 14 * _surge(ts)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.9), 1)))
    return rows


def _appliance_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices and the HSM: CPU, round-trip (or operation) latency and packet loss (or failed ops)."""
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = rng.uniform(0.4, 2.2)
    if name == "LUNA7-OSG-A":
        rtt0 = 4.6  # a signing / tokenisation operation
    if name == "osg-san-sw1":
        rtt0 = 0.3
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "LUNA7-OSG-A":
            r = ramp(ts, I4["start"], I4["end"], rise=5, fall=10)
            rtt *= 1 + 38 * r * (1 + rng.gauss(0, 0.05))
            loss += 44.0 * r * (1 + rng.gauss(0, 0.05))
            cpu += 55 * r
        if name == "osg-san-sw1":
            loss += 6.5 * ramp(ts, I3["start"], I3["end"], rise=5, fall=10) * (1 + rng.gauss(0, 0.05))
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2 if rtt < 100 else 0),
            error_rate=round(min(loss, 100.0), 2),
        )
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    rows = storage_fill(rng, ci["name"], times, START, (44, 63), 0.1)
    return [(t, c, m, round(v, 1)) for t, c, m, v in rows]


RT0 = {
    "Polaris": 42.0,
    "Vega1a": 18.0,
    "Vega1b": 19.0,
    "Vega2a": 21.0,
    "Vega2b": 22.0,
    "Rigel": 140.0,
    "Deneb": 180.0,
    "nuri-link": 260.0,
    "Mira": 24.0,
    "gyeolje-core": 310.0,
    "link-kcp": 420.0,
    "link-inicis": 460.0,
    "link-npay": 380.0,
    "link-kakaopay": 350.0,
    "chungjeon-bff": 95.0,
    "Alcor-sso": 38.0,
    "Capella": 210.0,
    "yogeumpyo": 12.0,
    "Castor": 85.0,
    "Pollux": 240.0,
    "settle_hosts_daily": 520.0,
    "Arcturus": 65.0,
    "kepco-dr-if": 150.0,
    "Comet": 7.5,
    "Lodestar": 28.0,
    "sori-cti": 110.0,
    "sori-crm": 190.0,
    "alrim-push": 60.0,
    "pg-csms": 4.2,
    "CUBRID-MEMBER": 3.6,
    "TIBERO-BILL": 6.1,
    "MARIA-PAY": 2.9,
    "tsdb-hyeseong": 9.5,
    "Nebula-DW": 140.0,
    "redis-ocpp": 0.42,
    "redis-roam": 0.38,
    "ARCUS-STATUS": 0.31,
    "Eunha": 3.8,
    "mqtt-hanbit": 6.2,
    "rmq-ota": 2.4,
}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 12),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(2, 8),
        "load_balancer": rng.uniform(1, 6),
    }.get(kind, rng.uniform(40, 240))
    if name in HIGHWAY_SC or name in APT_SC:
        rt0 = rng.uniform(180, 420)  # OCPP round trip over LTE
    rt0 = RT0.get(name, rt0)
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(18, 36)
    mem0, mem_swing = CACHE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        if name in HIGHWAY_SC:
            rt *= 1 + 0.15 * _surge(ts)
        if name == "nuri-link":  # 환경부 API announced maintenance: pushes rejected, expected
            err += 8.0 * ramp(ts, *ENV_MAINT, rise=5, fall=5)
        if name in APT_SC or name == "Arcturus":  # the KEPCO DR test: power limits pushed
            req *= 1 + 0.8 * ramp(ts, *DR_TEST, rise=5, fall=5)
        if name in HIGHWAY_SC or name == "Rigel":  # firmware campaign: downloads and reboots, chargers back
            req *= 1 + 0.4 * ramp(ts, *FW_CAMPAIGN, rise=5, fall=10)
        if name == "settle_hosts_daily":
            req = 0.0
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-roam":  # tokens without TTL pile up, then maxmemory
                mem += 3.2 * (ts - START).total_seconds() / 86400 * (ts < I5["end"])
                mem += (99.9 - mem) * ramp(ts, I5["start"], I5["end"], rise=5, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _daily_rows() -> list[tuple]:
    """The nightly DW load, the host settlement and the haproxy-ocpp certificate warning."""
    rows = []
    for d, done, hosts in [
        (23, (3, 6), "2,911"),
        (24, (3, 4), "2,913"),
        (25, (3, 9), "2,913"),
        (26, (3, 7), "2,915"),
        (28, (3, 8), "2,918"),
        (29, (3, 5), "2,921"),
        (30, (3, 6), "2,924"),
    ]:
        rows.append(
            (d, 2, 30, "settle_hosts_daily", "info", "batch_job", "Daily site host settlement started")
        )
        rows.append((d, *done, "settle_hosts_daily", "info", "batch_job", f"Settlement done ({hosts} hosts)"))
    for d in range(23, 31):
        rows.append((d, 1, 0, "Nebula-DW", "info", "batch_job", "Nightly session/revenue load started"))
        rows.append((d, 1, 48, "Nebula-DW", "info", "batch_job", "Nightly session/revenue load done"))
        left = 8 + 30 - d
        rows.append(
            (
                d,
                9,
                0,
                "haproxy-ocpp",
                "warning",
                "cert_expiry",
                f"TLS certificate *.ocpp.evcharge.example.kr expires in {left} days (2026-10-08)",
            )
        )
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (23, 10, 0, "mudeung01", "info", "maintenance", "DR CSMS AP OS patching (Rocky 9.4 kernel), out of service"),
    (23, 15, 0, "osg-fw1", "info", "config_change", "Policy: allow NCP KR-2 subnet to F5-OSG-VIP7 (Lodestar v2)"),
    (24, 7, 30, "AnseongHG", "info", "demand_surge", "추석 귀성 시작: 충전 대기 차량 증가 (평시 대비 1.8배)"),
    (24, 11, 20, "DeokpyeongHG", "warning", "demand_surge", "충전 대기 차량 9대, 평균 대기 34분"),
    (24, 13, 10, "HaengdamdoHG", "warning", "demand_surge", "전 충전기 사용 중, 대기 12대"),
    (24, 20, 30, "AnseongHG", "info", "demand_surge", "귀성 수요 평시 수준 회복"),
    (25, 9, 0, "cep02", "info", "maintenance", "StarRocks BE #2 decommissioned for disk replacement"),
    (26, 1, 0, "nuri-link", "info", "maintenance", "환경부 통합누리집 API 정기점검 01:00-03:00 (사전 공지), 전송 재시도 대기"),
    (26, 3, 2, "nuri-link", "info", "maintenance", "환경부 API 점검 종료, 미전송분 재전송 완료"),
    (27, 13, 0, "ManghyangHG", "warning", "demand_surge", "귀경 차량 증가: 충전 대기 11대"),
    (27, 18, 40, "HaengdamdoHG", "warning", "demand_surge", "귀경 피크: 전 충전기 사용 중, 대기 15대"),
    (28, 14, 30, "DeokpyeongHG", "warning", "demand_surge", "대체공휴일 귀경 피크: 대기 13대"),
    (28, 21, 50, "ManghyangHG", "info", "demand_surge", "귀경 수요 평시 수준 회복"),
    (28, 10, 0, "vir01", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/elasticsearch"),
    (29, 9, 0, "Rigel", "info", "firmware_campaign", "Campaign FW-2609-HG: SB2-4.3.1 to highway SiteBox chargers (wave 1, 64 chargers)"),
    (29, 11, 25, "Rigel", "info", "firmware_campaign", "Campaign FW-2609-HG finished: 63 succeeded, 1 retry scheduled"),
    (29, 13, 45, "kepco-dr-if", "info", "dr_event", "KEPCO DR event received: test, 14:00-15:00, target -1,200 kW"),
    (29, 14, 0, "Arcturus", "info", "dr_event", "DR curtailment applied: apartment chargers limited to 3.6 kW"),
    (29, 15, 2, "Arcturus", "info", "dr_event", "DR event ended, limits released (-1,260 kW achieved)"),
    (29, 16, 0, "Polaris-stg", "info", "deployment", "Deployed Polaris-stg 7.13.0-rc1 (OCPP 2.0.1 ISO 15118 PnC)"),
    (30, 11, 0, "chungjeon-bff-stg", "info", "deployment", "Deployed chungjeon-bff-stg 4.34.0-rc2"),
    (30, 17, 0, "dra01", "info", "config_change", "TimescaleDB compression policy on charger_status moved from 7d to 3d"),
    # I1
    (23, 7, 30, "chungjeon-bff", "info", "deployment", "Deployed chungjeon-bff 4.33.0 (충전소 필터: 초급속)"),
    (23, 7, 49, "CUBRID-MEMBER", "major", "ha_failover", "HA failover: cas03 heartbeat missed 3 times, cas04 promoted to master"),
    (23, 7, 52, "CUBRID-MEMBER", "critical", "error", "broker1-4 still connected to cas03 (read-only): ER -1026 write on slave, CAS busy 388/400"),
    (23, 7, 55, "Mira", "major", "error", "card authorisation failures 41% (CUBRID write rejected)"),
    (23, 7, 57, "Capella", "warning", "error", "법인 카드 조회 오류 증가"),
    (23, 7, 59, "Polaris", "major", "error", "Authorize.conf Invalid/timeout for 27% of RFID starts"),
    (23, 8, 3, "chungjeon-bff", "warning", "error", "QR 충전 시작 실패 응답 증가"),
    (23, 8, 38, "CUBRID-MEMBER", "info", "config_change", "brokers restarted against cas04 (new master)"),
    (23, 8, 47, "Mira", "info", "recovery", "authorisation success rate 99.8%"),
    # I2
    (25, 21, 5, "Lodestar", "info", "deployment", "Deployed Lodestar 2.4.0 (카카오내비 v2 스키마)"),
    (25, 21, 18, "mqtt-hanbit", "critical", "netsplit", "cluster netsplit: svr-mq-7k2a cannot reach svr-mq-7k2b, subscriptions inconsistent"),
    (25, 21, 24, "Comet", "major", "error", "telemetry ingest stalled: 0 msgs/s on charger/+/status for 180 s"),
    (25, 21, 28, "Lodestar", "major", "stale_data", "availability data older than 5 min for 71% of chargers"),
    (25, 21, 30, "nuri-link", "warning", "stale_data", "환경부 상태 전송: 갱신 없는 충전기 9,870기"),
    (25, 21, 33, "Arcturus", "warning", "error", "real-time load missing, apartment load limits frozen"),
    (25, 21, 36, "chungjeon-bff", "warning", "error", "충전소 지도 상태 조회 오류 증가"),
    (25, 22, 9, "mqtt-hanbit", "info", "config_change", "svr-mq-7k2b re-joined the cluster, subscriptions resynced"),
    (25, 22, 20, "Comet", "info", "recovery", "ingest rate back to normal"),
    # I3
    (26, 23, 30, "Castor", "info", "deployment", "Deployed Castor 11.4.0 (추석 특별 요금 영수증 문구)"),
    (27, 2, 8, "sco01", "major", "path_failure", "multipath: mpatha path sdb failed (rport-3:0-1), 1 of 2 paths active"),
    (27, 2, 11, "sco01", "critical", "path_failure", "multipath: mpatha all paths down, queue_if_no_path, I/O queued"),
    (27, 2, 13, "osg-san-sw1", "warning", "link_errors", "port 14,15 CRC errors 31,882 (sco01 HBA)"),
    (27, 2, 15, "TIBERO-BILL", "major", "slow_query", "log writer waits 14 s, commits hanging"),
    (27, 2, 19, "Castor", "major", "timeout", "charge confirmation timeouts (TIBERO-BILL)"),
    (27, 2, 34, "settle_hosts_daily", "major", "batch_failed", "Daily site host settlement failed: TB-11044 timeout"),
    (27, 2, 36, "Pollux", "warning", "error", "정산 조회 API 오류"),
    (27, 2, 40, "chungjeon-bff", "warning", "error", "영수증 조회 실패"),
    (27, 3, 14, "sco01", "info", "recovery", "SFPs on osg-san-sw1 ports 14,15 replaced, both paths active"),
    (27, 4, 10, "settle_hosts_daily", "info", "batch_job", "Rerun of daily site host settlement done (2,916 hosts)"),
    # I4
    (26, 13, 52, "gyeolje-core", "info", "deployment", "Deployed gyeolje-core 6.2.0 (간편결제 부분취소)"),
    (26, 14, 8, "LUNA7-OSG-A", "major", "hsm_ha", "HA group LUNA7-OSG-A/B: member B unreachable, load on A only"),
    (26, 14, 12, "LUNA7-OSG-A", "critical", "session_limit", "sessions 2048/2048, new C_OpenSession refused (CKR_SESSION_COUNT)"),
    (26, 14, 16, "gyeolje-core", "major", "timeout", "card tokenisation timeouts (HSM), payment failures 33%"),
    (26, 14, 20, "Polaris", "warning", "error", "credit-card pre-authorisation failures at chargers"),
    (26, 14, 22, "chungjeon-bff", "warning", "error", "앱 결제 실패 증가"),
    (26, 15, 0, "LUNA7-OSG-A", "info", "config_change", "member B re-added to HA group after NTLS cert re-registration"),
    (26, 15, 9, "gyeolje-core", "info", "recovery", "payment success rate back to 99.5%"),
    # I5
    (28, 15, 55, "Deneb", "info", "deployment", "Deployed Deneb 3.8.1 (OCPI 2.2.1 tariff module fix)"),
    (28, 16, 18, "redis-roam", "critical", "oom", "OOM command not allowed when used memory > 'maxmemory' (noeviction)"),
    (28, 16, 22, "Deneb", "major", "error", "roaming authorisation failures 44% (token store write failed)"),
    (28, 16, 26, "Polaris", "warning", "error", "Authorize rejected for roaming cards (Deneb 500)"),
    (28, 16, 29, "Vega2a", "warning", "error", "Authorize.conf Invalid rising on highway chargers"),
    (28, 16, 30, "Vega2b", "warning", "error", "Authorize.conf Invalid rising on highway chargers"),
    (28, 17, 6, "redis-roam", "info", "config_change", "maxmemory 8gb -> 12gb, TTL 24h set on 3.1 M tokens"),
    (28, 17, 18, "Deneb", "info", "recovery", "roaming authorisation success rate 99.4%"),
    # I6
    (29, 22, 30, "Vega1b", "info", "deployment", "Deployed Vega1b 2.9.5 (ping interval 30 s -> 20 s)"),
    (29, 23, 2, "lyr02", "major", "kernel", "TCP: out of memory -- consider tuning tcp_mem; sockets orphaned"),
    (29, 23, 6, "Vega1b", "critical", "disconnects", "WebSocket disconnects 9,400 in 5 min, reconnects failing"),
    (29, 23, 9, "HelioCityAPT", "major", "offline", "chargers offline 212/320"),
    (29, 23, 10, "BanpoXiAPT", "major", "offline", "chargers offline 96/140"),
    (29, 23, 10, "GwanggyoLakeAPT", "major", "offline", "chargers offline 61/96"),
    (29, 23, 11, "DongtanParkAPT", "major", "offline", "chargers offline 77/118"),
    (29, 23, 48, "lyr02", "info", "config_change", "net.ipv4.tcp_mem raised, Vega1b restarted"),
    (29, 23, 59, "Vega1b", "info", "recovery", "connections 14,100, reconnect rate normal"),
    # I7
    (30, 21, 40, "Polaris", "info", "deployment", "Deployed Polaris 7.12.0 (OCPP 2.0.1 SetChargingProfile)"),
    (30, 21, 50, "pg-csms", "warning", "vacuum", "autovacuum: VACUUM public.meter_values_2026q3 (to prevent wraparound) started"),
    (30, 21, 58, "pg-csms", "major", "slow_query", "IO wait 78%, lock waits on meter_values partition attach, mean commit 71 ms"),
    (30, 22, 2, "Polaris", "major", "slow_response", "StartTransaction p95 2,310 ms (was 120 ms)"),
    (30, 22, 4, "yogeumpyo", "major", "timeout", "tariff lookups timing out (pg-csms)"),
    (30, 22, 9, "Vega1b", "warning", "slow_response", "CSMS response slow, BootNotification backlog"),
    (30, 22, 11, "chungjeon-bff", "warning", "error", "충전 시작 지연/실패 응답 증가"),
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
    generate(NAME, "ev-charging", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
