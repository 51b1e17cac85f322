"""Generate the hotel-chain estate (tests/fixtures/hotel-chain/, interchange format) and its faults file.

A Korean hotel & resort chain's IT ("Dongbaek Hotels & Resorts": 동백 서울 SEL, 동백 리조트 제주 JEJ, 동백 해운대
부산 BSN). Per property: the Oracle-Hospitality-style PMS `OPERA-PMS-SEL/JEJ/BSN` on its Oracle database
`ORA-PMS-*` (archive logs and RMAN backups on the property NAS `*-NAS-01`), F&B POS `Simphony-*` on the POS
servers (`SEL-POS-01..03`), door locks / keycards `Visionline-*` on the lock servers (`BSN-DL-01`), the guest
Wi-Fi controller (`*-WLC-01`) and the SD-WAN edge (`JEJ-SDWAN-01`) to the HQ hub; Seoul also has the lobby
self check-in kiosks `kiosk_checkin`. Central, in Azure Korea Central: the central reservation system
`Hallasan` (CRS, VMs `vm-crs-prod-krc-01/02`, Azure SQL MI `sql-crs-prod`, `redis-crs-prod`), the PMS interface
hub `pms_interface` (`vm-pms-prod-krc-01`), the web/app booking engine `booking_engine` and the app backend
`guest_app_bff` (AKS `aks-guest-prod`, `redis-booking-prod`), membership `loyalty_api` (Camellia Club,
`sql-loyalty-prod`), the OTA channel manager `channel_mgr`, the payment gateway link `pg_gateway` (secrets in
`kv-hotel-prod`), email/SMS `notify_svc` over RabbitMQ `rmq-notify-prod`, the Kafka event bus
`kafka-events-prod`, spa booking `spa_booking`, the captive portal `guest_wifi_portal`, mobile keys
`mobile_key_svc`, revenue management `Jirisan`, the data warehouse ETL `Seoraksan` (Synapse `synw-dw-prod`,
lake `stdwlakeprod`, `bi_portal`), staff SSO `Baekdu`; at the Seoul HQ DC: HR/payroll `Magnolia` and
`payroll_batch` on `MSSQL-HR`, the SD-WAN hub, firewall, SAN and backup store.
Sites: `hq-dc-seoul`, `prop-seoul`, `prop-jeju`, `prop-busan`, `azure-koreacentral`; environments prod,
staging, dev.

Naming mixes: Azure resource names (`vm-pms-prod-krc-01`, `sql-crs-prod`, `kv-hotel-prod`, `aks-guest-prod`,
`stdwlakeprod`), property-coded hosts (`JEJ-PMS-01`, `SEL-POS-03`, `BSN-DL-01`), snake_case apps
(`booking_engine`, `channel_mgr`, `loyalty_api`), mountain/flower codenames (`Hallasan`, `Jirisan`,
`Seoraksan`, `Baekdu`, `Magnolia`) and vendor products (`OPERA-PMS-*`, `Simphony-*`, `Visionline-*`,
`MSSQL-HR`).

Daily shapes (KST): front desk check-out peak ~10:45 and check-in peak ~15:30; F&B breakfast ~08:00, lunch,
dinner; the PMS night audit 02:00–03:00 on every property database; the DW ETL 01:00–04:00; web/app browsing
with an evening peak ~21:30; resorts (Jeju, Busan) busier at the weekend, Seoul on weekdays.

Seven injected incidents (times KST, now = Thursday 2026-11-19 15:40; the window is the 8 days before):
  H1 Fri 13 02:05–03:20  the Busan property NAS BSN-NAS-01 (archive log destination) fills during the night
                         audit (the archive purge job failed on Thursday evening): ORA-PMS-BSN's archiver
                         stops, OPERA-PMS-BSN hangs and the night audit fails, Visionline-BSN cannot encode
                         keys for late arrivals, pms_interface errors on Busan messages
  H2 Sat 14 15:05–16:30  Jeju SD-WAN edge JEJ-SDWAN-01: packet loss on the KT line and the LTE backup
                         flapping at the weekend check-in peak: OPERA-PMS-JEJ loses the CRS/interface side,
                         Simphony-JEJ card approvals and posting time out, pms_interface and spa_booking follow
  H3 Sun 15 20:10–21:25  pg_gateway 2.8.0 deployed with the test merchant id (MID): card approvals rejected
                         (401 invalid merchant); only online payments fail: booking_engine, spa_booking,
                         guest_app_bff show failed payments, latency and load look normal
  H4 Mon 16 10:20–11:50  the DW ETL Seoraksan reruns its reservation_history backfill in business hours:
                         full scans saturate sql-crs-prod at the check-out peak; Hallasan (CRS), channel_mgr,
                         booking_engine, Jirisan and the app slow (Seoraksan is no dependency of theirs)
  H5 Tue 17 21:05–22:15  RabbitMQ rmq-notify-prod hits its memory high watermark after the 3.13.7 upgrade
                         (quorum queue WAL growth) and blocks publishers: notify_svc, Hallasan confirmations,
                         loyalty_api point notices hang; booking_engine follows
  H6 Wed 18 07:05–08:50  the weekly index rebuild on sql-loyalty-prod runs at 07:00 after a schedule edit:
                         loyalty_api slow, Simphony POS (points at breakfast) on all properties and the app slow
  H7 Thu 19 14:35–now    ORA-PMS-SEL row-lock contention: a 380-room MICE group rooming-list import holds
                         locks on the reservation tables at the check-in peak; OPERA-PMS-SEL check-ins slow,
                         Visionline-SEL key encoding, kiosk_checkin, pms_interface and the app's mobile
                         check-in follow; SEL-PMSDB-01 CPU high (ongoing)
Confounders: the check-in and check-out peaks on front-desk systems, breakfast on POS; a Jirisan deployment
before H4; a guest_app_bff deployment twenty minutes before H7; the HQ backup store HQ-BKP-ST01 filling
slowly; nightly ETL load on sql-crs-prod and synw-dw-prod.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/hotel_golden.py) are computed from the files.

    .venv/bin/python bench/hotel_estate.py   # rewrites tests/fixtures/hotel-chain*
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
)

NAME = "hotel-chain"
NOW = datetime(2026, 11, 19, 6, 40, tzinfo=UTC)  # Thursday 15:40 KST
START = NOW - timedelta(days=8)
SEED = 20261119
SITES = {
    "HQ": "hq-dc-seoul",
    "SEL": "prop-seoul",
    "JEJ": "prop-jeju",
    "BSN": "prop-busan",
    "AZ": "azure-koreacentral",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}
PROPERTY = {"SEL": "동백 서울", "JEJ": "동백 리조트 제주", "BSN": "동백 해운대 부산"}

kst = kst_utc_clock("2026-11")

ROOMS, RESV, DIGI, FNB = "객실시스템팀", "예약채널팀", "디지털채널팀", "식음IT팀"
LEISURE, MEMBER, PAY, DATA = "레저시스템팀", "멤버십팀", "결제플랫폼팀", "데이터팀"
HRIT, DBA, INFRA, NET = "인사IT팀", "DB운영팀", "인프라팀", "네트워크팀"
CLOUD, SEC, REV = "클라우드팀", "정보보안팀", "Revenue Analytics"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---- central reservation, distribution, digital (Azure Korea Central)
    "Hallasan": ("service", RESV, "AZ", "P", ["vm-crs-prod-krc-01", "vm-crs-prod-krc-02"],
                 ["sql-crs-prod", "redis-crs-prod", "kafka-events-prod", "rmq-notify-prod"],
                 {"system": "CRS", "function": "중앙 예약 시스템 (central reservation system)",
                  "description": "전 체인 객실 재고, 요금, 예약 원장", "language": "c#", "framework": ".NET 8",
                  "version": "4.12.3", "port": 443, "properties": 3}),
    "pms_interface": ("service", ROOMS, "AZ", "P", ["vm-pms-prod-krc-01"],
                      ["OPERA-PMS-SEL", "OPERA-PMS-JEJ", "OPERA-PMS-BSN", "kafka-events-prod"],
                      {"system": "PMS 인터페이스 허브", "function": "CRS-PMS 예약/프로필/폴리오 동기화 (OXI 방식)",
                       "description": "CRS 예약을 각 호텔 PMS로, PMS 상태를 앱/포털로", "version": "2.9.14",
                       "language": "java", "port": 8443, "interfaces": 14}),
    "booking_engine": ("service", DIGI, "AZ", "P", ["aks-guest-prod"],
                       ["Hallasan", "redis-booking-prod", "pg_gateway", "loyalty_api", "sthotelmediaprod"],
                       {"system": "온라인 예약", "function": "홈페이지/앱 객실 예약 엔진 (booking engine)",
                        "namespace": "booking", "replicas": 8, "language": "kotlin", "version": "7.4.1",
                        "port": 443}),
    "guest_app_bff": ("service", DIGI, "AZ", "P", ["aks-guest-prod"],
                      ["booking_engine", "loyalty_api", "pms_interface", "mobile_key_svc"],
                      {"system": "동백 앱", "function": "고객 모바일 앱 백엔드 (예약, 모바일 체크인, 멤버십)",
                       "namespace": "app", "replicas": 6, "language": "node", "version": "5.18.0", "port": 443}),
    "loyalty_api": ("service", MEMBER, "AZ", "P", ["aks-guest-prod"],
                    ["sql-loyalty-prod", "kafka-events-prod", "rmq-notify-prod"],
                    {"system": "멤버십", "function": "Camellia Club 회원, 포인트 적립/사용 API",
                     "program": "Camellia Club", "members": 1840000, "namespace": "loyalty", "replicas": 4,
                     "language": "java", "version": "3.7.2", "port": 8443}),
    "channel_mgr": ("service", RESV, "AZ", "P", ["aks-core-prod"], ["Hallasan", "kafka-events-prod"],
                    {"system": "채널 매니저", "function": "OTA 재고/요금 연동 (channel manager)",
                     "ota_channels": 11, "description": "야놀자, 여기어때, Booking.com, Agoda, Expedia 등 OTA 연동",
                     "namespace": "channel", "language": "python", "version": "3.2.8", "port": 8080}),
    "pg_gateway": ("service", PAY, "AZ", "P", ["aks-core-prod"], ["kv-hotel-prod"],
                   {"system": "결제 게이트웨이 연동", "function": "온라인 카드 결제 승인/취소 (PG 연동)",
                    "pg_vendor": "KG이니시스", "namespace": "payment", "language": "java", "version": "2.7.4",
                    "port": 8443, "pci_dss": True}),
    "notify_svc": ("service", DIGI, "AZ", "P", ["aks-core-prod"], ["rmq-notify-prod"],
                   {"system": "알림 발송", "function": "예약 확인 메일, 알림톡/SMS 발송",
                    "email_provider": "SendGrid", "sms_provider": "NHN Cloud Notification", "namespace": "notify",
                    "language": "go", "version": "1.9.3", "port": 8080}),
    "guest_wifi_portal": ("service", INFRA, "AZ", "P", ["aks-guest-prod"], ["pms_interface"],
                          {"system": "고객 Wi-Fi", "function": "투숙객 Wi-Fi 캡티브 포털 (객실번호+성 인증)",
                           "ssid": "Dongbaek_Guest", "namespace": "wifi", "language": "node", "version": "1.4.6",
                           "port": 443}),
    "spa_booking": ("service", LEISURE, "AZ", "P", ["aks-guest-prod"],
                    ["mysql-spa-prod", "pg_gateway", "pms_interface"],
                    {"system": "스파 예약", "function": "스파/사우나 예약, 객실 후불 정산", "treatment_rooms": 26,
                     "properties": "JEJ, BSN", "namespace": "spa", "language": "php", "version": "2.3.11",
                     "port": 443}),
    "mobile_key_svc": ("service", ROOMS, "AZ", "P", ["aks-guest-prod"],
                       ["Visionline-SEL", "Visionline-JEJ", "Visionline-BSN"],
                       {"system": "모바일 키", "function": "앱 모바일 객실 키 발급 (BLE)", "vendor": "ASSA ABLOY",
                        "product": "Seos mobile keys", "namespace": "mkey", "language": "java", "version": "1.6.0",
                        "port": 8443}),
    "kv-hotel-prod": ("service", SEC, "AZ", "P", [], [],
                      {"system": "키 관리", "function": "Azure Key Vault (PG 가맹점 키, 인증서, 시크릿)",
                       "resource": "Key Vault", "sku": "Premium (HSM)", "resource_group": "rg-security-prod-krc",
                       "region": "koreacentral", "secrets": 212}),
    "Jirisan": ("service", REV, "AZ", "P", ["vm-rms-prod-krc-01"], ["synw-dw-prod", "Hallasan"],
                {"system": "RMS", "function": "수요 예측, 객실 요금 최적화 (revenue management)",
                 "language": "python", "version": "2026.10.2", "port": 8501, "forecast_horizon_days": 365}),
    "Seoraksan": ("service", DATA, "AZ", "P", ["vm-etl-prod-krc-01"],
                  ["sql-crs-prod", "sql-loyalty-prod", "synw-dw-prod", "stdwlakeprod"],
                  {"system": "데이터 웨어하우스 ETL", "function": "CRS, 멤버십, PMS 데이터 적재 (Azure Data Factory SHIR)",
                   "product": "Azure Data Factory", "version": "5.44", "schedule": "daily 01:00",
                   "expected_end": "04:00"}),
    "bi_portal": ("service", DATA, "AZ", "P", ["vm-etl-prod-krc-01"], ["synw-dw-prod"],
                  {"system": "경영 리포트", "function": "점유율(OCC), ADR, RevPAR 대시보드", "product": "Power BI Report Server",
                   "version": "2025.5", "port": 443}),
    "Baekdu": ("service", SEC, "AZ", "P", ["aks-core-prod"], ["psql-sso-prod"],
               {"system": "통합로그인", "function": "직원 SSO (PMS, POS 관리자, HR, RMS 로그인)",
                "product": "Keycloak", "version": "25.0.6", "namespace": "sso", "port": 8443,
                "protocol": "OIDC, SAML"}),
    # ---- HQ data centre
    "Magnolia": ("service", HRIT, "HQ", "P", ["HQ-HR-APP01"], ["MSSQL-HR", "Baekdu"],
                 {"system": "인사/급여", "function": "인사, 근태, 급여 (HR/payroll)", "vendor": "더존",
                  "product": "Amaranth 10", "version": "10.8.2", "employees": 3120, "port": 443}),
    "payroll_batch": ("service", HRIT, "HQ", "P", ["HQ-HR-APP01"], ["MSSQL-HR"],
                      {"system": "급여 배치", "function": "월 급여 계산, 은행 이체 파일 생성", "schedule": "monthly 23rd 22:00",
                       "version": "10.8.2"}),
    "MSSQL-HR": ("database", DBA, "HQ", "P", ["HQ-SQL-01"], [],
                 {"engine": "sqlserver", "version": "2022 CU15", "port": 1433, "size_gb": 640,
                  "description": "인사, 급여 DB", "ha": "log shipping"}),
    # ---- per property
    "OPERA-PMS-SEL": ("service", ROOMS, "SEL", "P", ["SEL-PMS-01"], ["ORA-PMS-SEL", "SEL-SDWAN-01"],
                      {"system": "PMS", "function": "객실관리 (체크인/체크아웃, 객실 배정, 폴리오, 나이트 오딧)",
                       "property": PROPERTY["SEL"], "rooms": 412, "vendor": "Oracle Hospitality",
                       "product": "OPERA PMS", "version": "5.6.19.22", "port": 443}),
    "OPERA-PMS-JEJ": ("service", ROOMS, "JEJ", "P", ["JEJ-PMS-01"], ["ORA-PMS-JEJ", "JEJ-SDWAN-01"],
                      {"system": "PMS", "function": "객실관리 (체크인/체크아웃, 객실 배정, 폴리오, 나이트 오딧)",
                       "property": PROPERTY["JEJ"], "rooms": 530, "vendor": "Oracle Hospitality",
                       "product": "OPERA PMS", "version": "5.6.19.22", "port": 443}),
    "OPERA-PMS-BSN": ("service", ROOMS, "BSN", "P", ["BSN-PMS-01"], ["ORA-PMS-BSN", "BSN-SDWAN-01"],
                      {"system": "PMS", "function": "객실관리 (체크인/체크아웃, 객실 배정, 폴리오, 나이트 오딧)",
                       "property": PROPERTY["BSN"], "rooms": 368, "vendor": "Oracle Hospitality",
                       "product": "OPERA PMS", "version": "5.6.17.8", "port": 443}),
    "ORA-PMS-SEL": ("database", DBA, "SEL", "P", ["SEL-PMSDB-01"], ["SEL-NAS-01"],
                    {"engine": "oracle", "version": "19.24", "port": 1521, "size_gb": 910,
                     "description": "서울 PMS DB (예약, 투숙, 폴리오)", "archivelog": "SEL-NAS-01:/arch"}),
    "ORA-PMS-JEJ": ("database", DBA, "JEJ", "P", ["JEJ-PMSDB-01"], ["JEJ-NAS-01"],
                    {"engine": "oracle", "version": "19.24", "port": 1521, "size_gb": 1180,
                     "description": "제주 PMS DB (예약, 투숙, 폴리오)", "archivelog": "JEJ-NAS-01:/arch"}),
    "ORA-PMS-BSN": ("database", DBA, "BSN", "P", ["BSN-PMSDB-01"], ["BSN-NAS-01"],
                    {"engine": "oracle", "version": "19.21", "port": 1521, "size_gb": 760,
                     "description": "부산 PMS DB (예약, 투숙, 폴리오)", "archivelog": "BSN-NAS-01:/arch"}),
    "Simphony-SEL": ("service", FNB, "SEL", "P", ["SEL-POS-01", "SEL-POS-02", "SEL-POS-03"],
                     ["OPERA-PMS-SEL", "loyalty_api", "SEL-SDWAN-01"],
                     {"system": "F&B POS", "function": "식음 업장 POS (주문, 결제, 객실 후불)", "vendor": "Oracle",
                      "product": "Simphony", "version": "19.6.1", "terminals": 46, "outlets": 5}),
    "Simphony-JEJ": ("service", FNB, "JEJ", "P", ["JEJ-POS-01", "JEJ-POS-02"],
                     ["OPERA-PMS-JEJ", "loyalty_api", "JEJ-SDWAN-01"],
                     {"system": "F&B POS", "function": "식음 업장 POS (주문, 결제, 객실 후불)", "vendor": "Oracle",
                      "product": "Simphony", "version": "19.6.1", "terminals": 38, "outlets": 4}),
    "Simphony-BSN": ("service", FNB, "BSN", "P", ["BSN-POS-01"],
                     ["OPERA-PMS-BSN", "loyalty_api", "BSN-SDWAN-01"],
                     {"system": "F&B POS", "function": "식음 업장 POS (주문, 결제, 객실 후불)", "vendor": "Oracle",
                      "product": "Simphony", "version": "19.5.4", "terminals": 22, "outlets": 3}),
    "Visionline-SEL": ("service", ROOMS, "SEL", "P", ["SEL-DL-01"], ["OPERA-PMS-SEL"],
                       {"system": "도어락/키카드", "function": "객실 도어락, 키카드 발급 (key encoding)",
                        "vendor": "ASSA ABLOY", "product": "Visionline", "version": "1.28.0", "doors": 431,
                        "encoders": 6}),
    "Visionline-JEJ": ("service", ROOMS, "JEJ", "P", ["JEJ-DL-01"], ["OPERA-PMS-JEJ"],
                       {"system": "도어락/키카드", "function": "객실 도어락, 키카드 발급 (key encoding)",
                        "vendor": "ASSA ABLOY", "product": "Visionline", "version": "1.28.0", "doors": 562,
                        "encoders": 8}),
    "Visionline-BSN": ("service", ROOMS, "BSN", "P", ["BSN-DL-01"], ["OPERA-PMS-BSN"],
                       {"system": "도어락/키카드", "function": "객실 도어락, 키카드 발급 (key encoding)",
                        "vendor": "ASSA ABLOY", "product": "Visionline", "version": "1.26.2", "doors": 380,
                        "encoders": 5}),
    "kiosk_checkin": ("service", ROOMS, "SEL", "P", ["SEL-KIOSK-01"], ["OPERA-PMS-SEL", "Visionline-SEL", "pg_gateway"],
                      {"system": "셀프 체크인 키오스크", "function": "로비 무인 체크인/키 발급 키오스크", "kiosks": 6,
                       "vendor": "Hanwha", "version": "3.1.0"}),
    # ---- Azure data stores
    "sql-crs-prod": ("database", DBA, "AZ", "P", [], [],
                     {"engine": "sqlserver", "product": "Azure SQL Managed Instance", "version": "SQL MI (2022 update policy)",
                      "sku": "Business Critical Gen5 16 vCore", "port": 1433, "size_gb": 2200,
                      "description": "CRS 예약, 재고, 요금 DB", "resource_group": "rg-crs-prod-krc"}),
    "sql-loyalty-prod": ("database", DBA, "AZ", "P", [], [],
                         {"engine": "sqlserver", "product": "Azure SQL Database", "version": "12.0.2000.8",
                          "sku": "Business Critical Gen5 8 vCore", "port": 1433, "size_gb": 540,
                          "description": "멤버십 회원, 포인트 DB", "resource_group": "rg-loyalty-prod-krc",
                          "maintenance": "IndexOptimize weekly Sun 03:00"}),
    "mysql-spa-prod": ("database", DBA, "AZ", "P", [], [],
                       {"engine": "mysql", "product": "Azure Database for MySQL Flexible Server", "version": "8.0.39",
                        "sku": "GP_Standard_D4ds_v4", "port": 3306, "description": "스파 예약 DB",
                        "resource_group": "rg-guest-prod-krc"}),
    "psql-sso-prod": ("database", DBA, "AZ", "P", [], [],
                      {"engine": "postgresql", "product": "Azure Database for PostgreSQL Flexible Server",
                       "version": "16.4", "sku": "GP_Standard_D2ds_v5", "port": 5432, "description": "SSO 사용자, 세션 DB",
                       "ha": "zone redundant", "resource_group": "rg-security-prod-krc"}),
    "synw-dw-prod": ("database", DATA, "AZ", "P", [], [],
                     {"engine": "synapse", "product": "Azure Synapse dedicated SQL pool", "version": "10.0.17",
                      "sku": "DW1000c", "port": 1433, "size_tb": 14, "description": "데이터 웨어하우스",
                      "resource_group": "rg-data-prod-krc"}),
    "redis-crs-prod": ("cache", RESV, "AZ", "P", [], [],
                       {"engine": "redis", "product": "Azure Cache for Redis", "version": "6.0", "sku": "Premium P1",
                        "port": 6380, "maxmemory_gb": 6, "description": "CRS 요금, 재고 캐시"}),
    "redis-booking-prod": ("cache", DIGI, "AZ", "P", [], [],
                           {"engine": "redis", "product": "Azure Cache for Redis", "version": "6.0", "sku": "Premium P2",
                            "port": 6380, "maxmemory_gb": 13, "description": "예약 엔진 세션, 검색 결과 캐시"}),
    "kafka-events-prod": ("queue", CLOUD, "AZ", "P",
                          ["vm-kfk-prod-krc-01", "vm-kfk-prod-krc-02", "vm-kfk-prod-krc-03"], [],
                          {"product": "Apache Kafka", "version": "3.7.1", "port": 9093, "brokers": 3, "partitions": 72,
                           "replication_factor": 3, "description": "예약, 투숙, 포인트 이벤트 버스"}),
    "rmq-notify-prod": ("queue", DIGI, "AZ", "P", ["vm-rmq-prod-krc-01"], [],
                        {"product": "RabbitMQ", "version": "3.13.7", "port": 5671, "description": "알림 메시지 큐",
                         "vm_memory_high_watermark": 0.6, "queues": 18}),
    # ---- staging / dev
    "Hallasan-STG": ("service", RESV, "AZ", "S", ["vm-crs-stg-krc-01"], ["sql-crs-stg"],
                     {"system": "CRS (검증)", "function": "중앙 예약 시스템 스테이징", "version": "4.13.0-rc2",
                      "language": "c#", "port": 443}),
    "booking_engine_stg": ("service", DIGI, "AZ", "S", ["aks-guest-stg"], ["Hallasan-STG"],
                           {"system": "온라인 예약 (검증)", "function": "예약 엔진 스테이징", "version": "7.5.0-beta.3",
                            "namespace": "booking", "port": 443}),
    "sql-crs-stg": ("database", DBA, "AZ", "S", [], [],
                    {"engine": "sqlserver", "product": "Azure SQL Managed Instance", "version": "SQL MI (2022 update policy)",
                     "sku": "General Purpose Gen5 4 vCore", "port": 1433, "description": "CRS 스테이징 DB"}),
    "loyalty_api_dev": ("service", MEMBER, "AZ", "D", ["vm-dev-krc-01"], [],
                        {"system": "멤버십 (개발)", "function": "멤버십 API 개발계", "version": "3.8.0-SNAPSHOT",
                         "language": "java", "port": 8443}),
    "OPERA-PMS-TEST": ("service", ROOMS, "HQ", "S", ["HQ-STG-01"], [],
                       {"system": "PMS (검증)", "function": "OPERA 업그레이드 검증 (OPERA Cloud 전환 리허설)",
                        "vendor": "Oracle Hospitality", "product": "OPERA Cloud", "version": "24.5.0.1",
                        "rooms": 50}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "afd-hotel-prod": ("AZ", CLOUD, ["agw-guest-prod"],
                       {"product": "Azure Front Door", "sku": "Premium", "endpoint": "www.dongbaekhotels.example.kr",
                        "waf": "enabled", "description": "홈페이지, 앱 글로벌 진입점"}),
    "agw-guest-prod": ("AZ", CLOUD, ["booking_engine", "guest_app_bff", "loyalty_api", "spa_booking", "guest_wifi_portal"],
                       {"product": "Azure Application Gateway", "sku": "WAF_v2", "capacity_units": 10,
                        "vip": "10.40.1.10", "description": "고객 채널 L7 게이트웨이"}),
    "ilb-core-prod": ("AZ", CLOUD, ["Hallasan", "channel_mgr", "pms_interface"],
                      {"product": "Azure Load Balancer", "sku": "Standard (internal)", "vip": "10.40.8.10",
                       "description": "CRS, 인터페이스 내부 LB"}),
}
STORAGE = {  # name: (site, owner, attributes)
    "SEL-NAS-01": ("SEL", INFRA, {"vendor": "Synology", "model": "SA3610", "capacity_tb": 96, "protocol": "NFS",
                                  "description": "서울 PMS 아카이브 로그, RMAN 백업"}),
    "JEJ-NAS-01": ("JEJ", INFRA, {"vendor": "Synology", "model": "SA3610", "capacity_tb": 120, "protocol": "NFS",
                                  "description": "제주 PMS 아카이브 로그, RMAN 백업"}),
    "BSN-NAS-01": ("BSN", INFRA, {"vendor": "Synology", "model": "RS4021xs+", "capacity_tb": 48, "protocol": "NFS",
                                  "description": "부산 PMS 아카이브 로그, RMAN 백업"}),
    "HQ-SAN-01": ("HQ", INFRA, {"vendor": "NetApp", "model": "AFF A250", "capacity_tb": 140, "protocol": "iSCSI",
                                "description": "본사 DC 업무 스토리지"}),
    "HQ-BKP-ST01": ("HQ", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 256,
                                  "protocol": "DD Boost", "description": "전사 백업 저장소"}),
    "stdwlakeprod": ("AZ", DATA, {"product": "Azure Data Lake Storage Gen2", "sku": "Standard_ZRS",
                                  "capacity_tb": 60, "description": "데이터 레이크 (원천 적재)",
                                  "resource_group": "rg-data-prod-krc"}),
    "sthotelmediaprod": ("AZ", DIGI, {"product": "Azure Blob Storage", "sku": "Standard_GRS", "capacity_tb": 8,
                                      "description": "객실 사진, 프로모션 이미지", "resource_group": "rg-guest-prod-krc"}),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # Azure Korea Central
    "aks-guest-prod": ("AZ", "P", "aks", {"role": "AKS 클러스터 (고객 채널)", "kubernetes": "1.30.4", "nodes": 9,
                                          "node_sku": "Standard_D8s_v5", "resource_group": "rg-guest-prod-krc"}),
    "aks-core-prod": ("AZ", "P", "aks", {"role": "AKS 클러스터 (결제, 채널, 알림, SSO)", "kubernetes": "1.30.4",
                                         "nodes": 5, "node_sku": "Standard_D4s_v5", "resource_group": "rg-core-prod-krc"}),
    "vm-crs-prod-krc-01": ("AZ", "P", "azvm", {"role": "Hallasan CRS 앱 #1", "os": "Windows Server 2022",
                                              "size": "Standard_E8s_v5", "vcpu": 8, "memory_gb": 64}),
    "vm-crs-prod-krc-02": ("AZ", "P", "azvm", {"role": "Hallasan CRS 앱 #2", "os": "Windows Server 2022",
                                              "size": "Standard_E8s_v5", "vcpu": 8, "memory_gb": 64}),
    "vm-pms-prod-krc-01": ("AZ", "P", "azvm", {"role": "PMS 인터페이스 허브", "os": "RHEL 9.4",
                                              "size": "Standard_D8s_v5", "vcpu": 8, "memory_gb": 32}),
    "vm-rms-prod-krc-01": ("AZ", "P", "azvm", {"role": "Jirisan RMS", "os": "Ubuntu 22.04",
                                              "size": "Standard_E16s_v5", "vcpu": 16, "memory_gb": 128}),
    "vm-rmq-prod-krc-01": ("AZ", "P", "azvm", {"role": "RabbitMQ 노드", "os": "Ubuntu 22.04",
                                              "size": "Standard_D4s_v5", "vcpu": 4, "memory_gb": 16}),
    "vm-etl-prod-krc-01": ("AZ", "P", "azvm", {"role": "ADF self-hosted IR, Power BI Report Server",
                                              "os": "Windows Server 2022", "size": "Standard_D16s_v5", "vcpu": 16,
                                              "memory_gb": 64}),
    "vm-kfk-prod-krc-01": ("AZ", "P", "azvm", {"role": "Kafka broker 1", "os": "Ubuntu 22.04",
                                              "size": "Standard_E4s_v5", "vcpu": 4, "memory_gb": 32}),
    "vm-kfk-prod-krc-02": ("AZ", "P", "azvm", {"role": "Kafka broker 2", "os": "Ubuntu 22.04",
                                              "size": "Standard_E4s_v5", "vcpu": 4, "memory_gb": 32}),
    "vm-kfk-prod-krc-03": ("AZ", "P", "azvm", {"role": "Kafka broker 3", "os": "Ubuntu 22.04",
                                              "size": "Standard_E4s_v5", "vcpu": 4, "memory_gb": 32}),
    "fw-hub-prod-krc": ("AZ", "P", "network", {"device": "firewall", "product": "Azure Firewall", "sku": "Premium",
                                               "description": "허브 VNet 방화벽, 본사/호텔 VPN 종단"}),
    "aks-guest-stg": ("AZ", "S", "aks", {"role": "AKS 클러스터 (스테이징)", "kubernetes": "1.31.1", "nodes": 3,
                                         "node_sku": "Standard_D4s_v5"}),
    "vm-crs-stg-krc-01": ("AZ", "S", "azvm", {"role": "Hallasan CRS 스테이징", "os": "Windows Server 2022",
                                             "size": "Standard_D4s_v5", "vcpu": 4, "memory_gb": 16}),
    "vm-dev-krc-01": ("AZ", "D", "azvm", {"role": "개발 공용", "os": "Ubuntu 24.04", "size": "Standard_B4ms",
                                         "vcpu": 4, "memory_gb": 16}),
    # HQ DC
    "HQ-SDWAN-HUB01": ("HQ", "P", "network", {"device": "sd-wan hub", "vendor": "Fortinet", "model": "FortiGate 600F",
                                              "firmware": "7.2.9", "ha": "active-passive", "tunnels": 9}),
    "HQ-FW-01": ("HQ", "P", "network", {"device": "firewall", "vendor": "Palo Alto Networks", "model": "PA-3430",
                                        "firmware": "11.1.4", "zone": "internet edge"}),
    "HQ-CORE-SW01": ("HQ", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Catalyst 9500-48Y4C",
                                            "firmware": "17.9.5"}),
    "HQ-HR-APP01": ("HQ", "P", "vm", {"role": "Magnolia 인사/급여 앱", "os": "Windows Server 2019"}),
    "HQ-SQL-01": ("HQ", "P", "physical", {"role": "MSSQL (인사/급여)", "os": "Windows Server 2022",
                                          "model": "HPE ProLiant DL380 Gen11"}),
    "HQ-STG-01": ("HQ", "S", "vm", {"role": "검증계 공용 (OPERA Cloud 리허설)", "os": "Oracle Linux 8.10"}),
    "HQ-PMS-OLD01": ("HQ", "P", "physical", {"role": "구 중앙 PMS 서버 (2024년 Azure 이전)", "os": "Windows Server 2012 R2",
                                             "model": "HPE ProLiant DL380 Gen9"}),
    # Seoul property
    "SEL-PMS-01": ("SEL", "P", "physical", {"role": "OPERA PMS 앱 서버", "os": "Windows Server 2019",
                                            "model": "Dell PowerEdge R650"}),
    "SEL-PMSDB-01": ("SEL", "P", "physical", {"role": "OPERA PMS DB 서버 (Oracle)", "os": "Oracle Linux 8.9",
                                              "model": "Dell PowerEdge R750"}),
    "SEL-POS-01": ("SEL", "P", "pos", {"role": "Simphony POS 서버 (라운지, 로비 카페)", "outlet": "Lobby Lounge"}),
    "SEL-POS-02": ("SEL", "P", "pos", {"role": "Simphony POS 서버 (뷔페 레스토랑)", "outlet": "All Day Dining"}),
    "SEL-POS-03": ("SEL", "P", "pos", {"role": "Simphony POS 서버 (중식당, 바)", "outlet": "Chinese & Bar"}),
    "SEL-DL-01": ("SEL", "P", "doorlock", {"role": "Visionline 도어락 서버"}),
    "SEL-KIOSK-01": ("SEL", "P", "kiosk", {"role": "셀프 체크인 키오스크 서버"}),
    "SEL-SDWAN-01": ("SEL", "P", "network", {"device": "sd-wan edge", "vendor": "Fortinet", "model": "FortiGate 200F",
                                             "firmware": "7.2.9", "wan1": "KT 1G", "wan2": "SK브로드밴드 500M"}),
    "SEL-WLC-01": ("SEL", "P", "network", {"device": "wireless controller", "vendor": "Aruba", "model": "7220",
                                           "firmware": "8.10.0.12", "ap_count": 468, "ssid": "Dongbaek_Guest"}),
    # Jeju property
    "JEJ-PMS-01": ("JEJ", "P", "physical", {"role": "OPERA PMS 앱 서버", "os": "Windows Server 2019",
                                            "model": "Dell PowerEdge R650"}),
    "JEJ-PMSDB-01": ("JEJ", "P", "physical", {"role": "OPERA PMS DB 서버 (Oracle)", "os": "Oracle Linux 8.9",
                                              "model": "Dell PowerEdge R750"}),
    "JEJ-POS-01": ("JEJ", "P", "pos", {"role": "Simphony POS 서버 (뷔페, 한식당)", "outlet": "Buffet & Korean"}),
    "JEJ-POS-02": ("JEJ", "P", "pos", {"role": "Simphony POS 서버 (풀바, 라운지)", "outlet": "Pool Bar & Lounge"}),
    "JEJ-DL-01": ("JEJ", "P", "doorlock", {"role": "Visionline 도어락 서버"}),
    "JEJ-SDWAN-01": ("JEJ", "P", "network", {"device": "sd-wan edge", "vendor": "Fortinet", "model": "FortiGate 200F",
                                             "firmware": "7.2.8", "wan1": "KT 500M", "wan2": "LG U+ LTE (backup)"}),
    "JEJ-WLC-01": ("JEJ", "P", "network", {"device": "wireless controller", "vendor": "Aruba", "model": "7220",
                                           "firmware": "8.10.0.12", "ap_count": 612, "ssid": "Dongbaek_Guest"}),
    # Busan property
    "BSN-PMS-01": ("BSN", "P", "physical", {"role": "OPERA PMS 앱 서버", "os": "Windows Server 2016",
                                            "model": "HPE ProLiant DL360 Gen10"}),
    "BSN-PMSDB-01": ("BSN", "P", "physical", {"role": "OPERA PMS DB 서버 (Oracle)", "os": "Oracle Linux 7.9",
                                              "model": "HPE ProLiant DL380 Gen10"}),
    "BSN-POS-01": ("BSN", "P", "pos", {"role": "Simphony POS 서버 (레스토랑, 라운지)", "outlet": "Restaurant & Lounge"}),
    "BSN-DL-01": ("BSN", "P", "doorlock", {"role": "Visionline 도어락 서버"}),
    "BSN-SDWAN-01": ("BSN", "P", "network", {"device": "sd-wan edge", "vendor": "Fortinet", "model": "FortiGate 100F",
                                             "firmware": "7.2.9", "wan1": "KT 500M", "wan2": "SK브로드밴드 300M"}),
    "BSN-WLC-01": ("BSN", "P", "network", {"device": "wireless controller", "vendor": "Aruba", "model": "7210",
                                           "firmware": "8.10.0.9", "ap_count": 402, "ssid": "Dongbaek_Guest"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("SEL-SDWAN-01", "HQ-SDWAN-HUB01"),
    ("JEJ-SDWAN-01", "HQ-SDWAN-HUB01"),
    ("BSN-SDWAN-01", "HQ-SDWAN-HUB01"),
    ("HQ-SDWAN-HUB01", "HQ-CORE-SW01"),
    ("HQ-FW-01", "HQ-CORE-SW01"),
    ("HQ-SDWAN-HUB01", "fw-hub-prod-krc"),  # VPN to the Azure hub
    ("SEL-WLC-01", "SEL-SDWAN-01"),
    ("JEJ-WLC-01", "JEJ-SDWAN-01"),
    ("BSN-WLC-01", "BSN-SDWAN-01"),
    ("HQ-SQL-01", "HQ-SAN-01"),
    ("HQ-HR-APP01", "HQ-SAN-01"),
    ("SEL-NAS-01", "HQ-BKP-ST01"),  # nightly RMAN backup copies to HQ
    ("JEJ-NAS-01", "HQ-BKP-ST01"),
    ("BSN-NAS-01", "HQ-BKP-ST01"),
    ("HQ-SQL-01", "HQ-BKP-ST01"),
]
# fmt: on
STATUS = {"HQ-PMS-OLD01": "retired", "OPERA-PMS-TEST": "maintenance", "BSN-WLC-01": "maintenance"}
NET_PREFIX = {"HQ": "10.10", "SEL": "10.21", "JEJ": "10.22", "BSN": "10.23", "AZ": "10.40"}
NOT_MEASURED = {"sthotelmediaprod", "HQ-STG-01"}
HOST_DISK = {  # hosts whose disk usage is sampled
    "SEL-PMSDB-01",
    "JEJ-PMSDB-01",
    "BSN-PMSDB-01",
    "HQ-SQL-01",
    "vm-rmq-prod-krc-01",
    "vm-etl-prod-krc-01",
    "vm-kfk-prod-krc-01",
    "vm-kfk-prod-krc-02",
    "vm-kfk-prod-krc-03",
    "SEL-PMS-01",
    "JEJ-PMS-01",
    "BSN-PMS-01",
}
REQUEST_RATE = {
    "booking_engine": 420.0,
    "guest_app_bff": 640.0,
    "loyalty_api": 310.0,
    "Hallasan": 880.0,
    "channel_mgr": 260.0,
    "pg_gateway": 18.0,
    "pms_interface": 150.0,
    "guest_wifi_portal": 35.0,
    "OPERA-PMS-SEL": 95.0,
    "OPERA-PMS-JEJ": 110.0,
    "OPERA-PMS-BSN": 70.0,
    "Simphony-SEL": 40.0,
    "Simphony-JEJ": 34.0,
    "Simphony-BSN": 18.0,
    "kafka-events-prod": 1900.0,
    "agw-guest-prod": 1300.0,
    "afd-hotel-prod": 1450.0,
    "sql-crs-prod": 2600.0,
}
CACHE_MEMORY = {
    "redis-booking-prod": (52.0, 14.0),
    "redis-crs-prod": (44.0, 6.0),
    "rmq-notify-prod": (31.0, 6.0),
}
PAAS_CPU = {"sql-crs-prod", "sql-loyalty-prod", "mysql-spa-prod", "psql-sso-prod", "synw-dw-prod"}


def measured(ci: dict) -> bool:
    return ci["status"] == "active" and ci["environment"] == "prod" and ci["name"] not in NOT_MEASURED


INCIDENTS = [
    {
        "id": "H1",
        "kind": "storage_full",
        "root": "BSN-NAS-01",
        "description": "the Busan property NAS BSN-NAS-01, ORA-PMS-BSN's archive log destination, fills during the"
        " night audit: Thursday evening's archive log purge failed (expired NFS credentials), at 02:05 the volume"
        " is full, the archiver stops and OPERA-PMS-BSN hangs, the night audit fails, Visionline-BSN cannot"
        " encode keys for late arrivals and pms_interface errors on Busan messages until the purge is rerun",
        "start": kst(13, 2, 5),
        "end": kst(13, 3, 20),
        "affected": ["BSN-NAS-01", "ORA-PMS-BSN", "OPERA-PMS-BSN", "Visionline-BSN", "pms_interface"],
    },
    {
        "id": "H2",
        "kind": "wan_packet_loss",
        "root": "JEJ-SDWAN-01",
        "description": "the Jeju SD-WAN edge JEJ-SDWAN-01 loses packets on its KT line and its LTE backup flaps at"
        " the Saturday check-in peak: OPERA-PMS-JEJ loses the CRS and interface side, Simphony-JEJ card"
        " approvals and room postings time out, pms_interface and spa_booking follow until KT reroutes the line",
        "start": kst(14, 15, 5),
        "end": kst(14, 16, 30),
        "affected": ["JEJ-SDWAN-01", "OPERA-PMS-JEJ", "Simphony-JEJ", "pms_interface", "spa_booking"],
    },
    {
        "id": "H3",
        "kind": "bad_deployment_config",
        "root": "pg_gateway",
        "description": "pg_gateway 2.8.0 is deployed at 20:05 with the staging merchant id (MID): KG Inicis rejects"
        " card approvals with 401 invalid merchant; only online payments fail (booking_engine, spa_booking and"
        " the app's payment step), response times and load stay normal, until the deployment is rolled back",
        "start": kst(15, 20, 10),
        "end": kst(15, 21, 25),
        "affected": ["pg_gateway", "booking_engine", "spa_booking", "guest_app_bff"],
    },
    {
        "id": "H4",
        "kind": "batch_load_shared_db",
        "root": "Seoraksan",
        "description": "the DW ETL Seoraksan reruns its reservation_history backfill (2023–2026) at 10:15 on Monday,"
        " in business hours: its full scans saturate sql-crs-prod at the check-out peak and Hallasan (CRS),"
        " channel_mgr, booking_engine, Jirisan and the app slow; Seoraksan is no dependency of theirs, it only"
        " shares the database; the run is killed at 11:45",
        "start": kst(16, 10, 20),
        "end": kst(16, 11, 50),
        "affected": ["Seoraksan"],
    },
    {
        "id": "H5",
        "kind": "queue_memory_alarm",
        "root": "rmq-notify-prod",
        "description": "after its upgrade to 3.13.7 at 20:50 the RabbitMQ node rmq-notify-prod grows its quorum"
        " queue WAL into the memory high watermark and blocks publishers: notify_svc, Hallasan's booking"
        " confirmations and loyalty_api's point notices hang, booking_engine follows until the node is"
        " restarted with a WAL limit",
        "start": kst(17, 21, 5),
        "end": kst(17, 22, 15),
        "affected": ["rmq-notify-prod", "notify_svc", "Hallasan", "loyalty_api", "booking_engine"],
    },
    {
        "id": "H6",
        "kind": "db_maintenance_overrun",
        "root": "sql-loyalty-prod",
        "description": "the weekly index rebuild (IndexOptimize) of sql-loyalty-prod, moved by a schedule edit from"
        " Sunday 03:00 to 07:00 daily, runs on Wednesday at breakfast: loyalty_api slows and times out, the"
        " Simphony POS of every property (points at breakfast checks) and the app slow until it is stopped",
        "start": kst(18, 7, 5),
        "end": kst(18, 8, 50),
        "affected": [
            "sql-loyalty-prod",
            "loyalty_api",
            "Simphony-SEL",
            "Simphony-JEJ",
            "Simphony-BSN",
            "guest_app_bff",
        ],
    },
    {
        "id": "H7",
        "kind": "db_lock_contention",
        "root": "ORA-PMS-SEL",
        "description": "a 380-room MICE group rooming-list import on ORA-PMS-SEL holds row locks on the reservation"
        " tables at the Thursday check-in peak (enq: TX - row lock contention): OPERA-PMS-SEL check-ins are slow"
        " and failing, Visionline-SEL key encoding, kiosk_checkin, pms_interface and the app's mobile check-in"
        " follow; SEL-PMSDB-01's CPU runs high (ongoing)",
        "start": kst(19, 14, 35),
        "end": None,
        "affected": [
            "ORA-PMS-SEL",
            "OPERA-PMS-SEL",
            "Visionline-SEL",
            "kiosk_checkin",
            "pms_interface",
            "guest_app_bff",
        ],
    },
]
H1, H2, H3, H4, H5, H6, H7 = INCIDENTS
STEP_5 = timedelta(minutes=5)
NAS_FILL_FROM = kst(12, 23, 40)  # the failed archive purge, then the night audit's redo burst


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
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
        assert all(a in dist for a in inc["affected"]), (
            inc["id"],
            [a for a in inc["affected"] if a not in dist],
        )
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


_hops()
# the backfill reaches its victims through the database it saturates
H4["hops"] |= {
    "sql-crs-prod": 1,
    "Hallasan": 2,
    "channel_mgr": 3,
    "booking_engine": 3,
    "Jirisan": 3,
    "guest_app_bff": 4,
}


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        cis.append(
            ci_record(name, kind, ENVS[env], owner, SITES[site], dict(extra), STATUS.get(name, "active"))
        )
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{env_net + 10 + i // 9}.{11 + (i * 23) % 230}"}
        owner = INFRA
        if kind == "aks":
            owner = CLOUD
            attrs |= {"form": "aks", "region": "koreacentral", "os": "Azure Linux 2.0"}
        elif kind == "azvm":
            owner = CLOUD
            attrs |= {
                "form": "azure-vm",
                "region": "koreacentral",
                "resource_group": rng.choice(["rg-core-prod-krc", "rg-crs-prod-krc", "rg-data-prod-krc"])
                if env == "P"
                else "rg-nonprod-krc",
            }
        elif kind == "vm":
            attrs |= {
                "form": "vm",
                "vcpu": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 8.0U3",
            }
        elif kind == "physical":
            db = "DB" in h or "SQL" in h
            attrs |= {
                "form": "physical",
                "cores": rng.choice([32, 48]) if db else rng.choice([16, 24]),
                "memory_gb": rng.choice([384, 512]) if db else rng.choice([64, 128]),
                "serial": f"{rng.choice(['CN7', 'SGH', 'J9X'])}{rng.randint(1000000, 9999999)}",
            }
        elif kind == "pos":
            owner = FNB
            attrs |= {
                "form": "pos-server",
                "os": "Windows Server 2019",
                "model": "Oracle MICROS Workstation 8 Server",
                "terminals": rng.choice([8, 10, 12, 14, 16]),
            }
        elif kind == "doorlock":
            owner = ROOMS
            attrs |= {
                "form": "doorlock-server",
                "os": "Windows Server 2019",
                "model": "Dell OptiPlex 7010 XE",
            }
        elif kind == "kiosk":
            owner = ROOMS
            attrs |= {"form": "kiosk-server", "os": "Windows 10 IoT Enterprise LTSC 2021", "kiosks": 6}
        else:
            owner = NET if site != "AZ" else CLOUD
            attrs |= {"form": extra["device"]}
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _weekend(ts: datetime) -> bool:
    return (ts + timedelta(hours=9)).weekday() >= 5


def _bump(h: float, at: float, width: float) -> float:
    return math.exp(-((h - at) ** 2) / (2 * width**2))


def _site_factor(name: str, ts: datetime) -> float:
    """Resorts are busier at the weekend, the Seoul hotel on weekdays."""
    resort = "JEJ" in name or "BSN" in name
    if _weekend(ts):
        return 1.15 if resort else 0.85
    return 0.9 if resort else 1.05


def _front_desk(name: str):
    """PMS, keys, kiosks: check-out peak ~10:45, check-in peak ~15:30, an evening tail, quiet at night."""

    def load(ts: datetime) -> float:
        h = seoul_hour(ts)
        v = 0.12 + 0.5 * _bump(h, 10.75, 0.75) + 0.72 * _bump(h, 15.5, 1.1) + 0.25 * _bump(h, 20.0, 1.6)
        return min(1.0, v * _site_factor(name, ts))

    return load


def _pms_db(name: str):
    """The PMS databases: the front desk plus the night audit 02:00–03:00."""
    desk = _front_desk(name)

    def load(ts: datetime) -> float:
        h = seoul_hour(ts)
        audit = 0.85 if 2.0 <= h < 3.0 else 0.0
        return max(desk(ts), audit)

    return load


def _fnb(name: str):
    """F&B: breakfast ~08:00, lunch ~12:30, dinner ~19:00, the bar until late."""

    def load(ts: datetime) -> float:
        h = seoul_hour(ts)
        v = 0.05 + 0.8 * _bump(h, 8.0, 0.8) + 0.4 * _bump(h, 12.5, 0.7) + 0.6 * _bump(h, 19.0, 1.2)
        v += 0.15 * _bump(h, 22.5, 0.8)
        return min(1.0, v * _site_factor(name, ts))

    return load


def _web(ts: datetime) -> float:
    """Online booking and the app: low at dawn, a daytime plateau, the evening browsing peak ~21:30."""
    h = seoul_hour(ts)
    v = 0.1 + 0.35 * (1 / (1 + math.exp(-(h - 8.0) * 1.5))) + 0.5 * _bump(h, 21.5, 1.5)
    v -= 0.35 * _bump(h, 3.5, 1.5)
    return max(0.06, min(1.0, v * (1.1 if _weekend(ts) else 1.0)))


def _etl(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.85 if 1.0 <= h < 4.0 else 0.08


def _office(ts: datetime) -> float:
    h = seoul_hour(ts)
    if _weekend(ts):
        return 0.1
    return 0.08 if h < 8 or h >= 19 else 0.25 + 0.65 * _bump(h, 13.5, 3.0)


def _spa(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.08 if h < 9 or h >= 22 else 0.2 + 0.6 * _bump(h, 17.0, 2.5) * (1.2 if _weekend(ts) else 1.0)


def _wifi(ts: datetime) -> float:
    h = seoul_hour(ts)
    return min(1.0, 0.15 + 0.35 * _bump(h, 15.5, 1.5) + 0.6 * _bump(h, 21.5, 1.8))


def _steady(ts: datetime) -> float:
    return 0.5 + 0.1 * _bump(seoul_hour(ts), 15.0, 4.0)


FRONT = {
    "OPERA-PMS-SEL",
    "OPERA-PMS-JEJ",
    "OPERA-PMS-BSN",
    "Visionline-SEL",
    "Visionline-JEJ",
    "Visionline-BSN",
    "kiosk_checkin",
    "SEL-PMS-01",
    "JEJ-PMS-01",
    "BSN-PMS-01",
    "SEL-DL-01",
    "JEJ-DL-01",
    "BSN-DL-01",
    "SEL-KIOSK-01",
    "pms_interface",
    "vm-pms-prod-krc-01",
    "mobile_key_svc",
    "SEL-SDWAN-01",
    "JEJ-SDWAN-01",
    "BSN-SDWAN-01",
    "SEL-NAS-01",
    "JEJ-NAS-01",
    "BSN-NAS-01",
}
PMS_DB = {"ORA-PMS-SEL", "ORA-PMS-JEJ", "ORA-PMS-BSN", "SEL-PMSDB-01", "JEJ-PMSDB-01", "BSN-PMSDB-01"}
FNB_SET = {
    "Simphony-SEL",
    "Simphony-JEJ",
    "Simphony-BSN",
    "SEL-POS-01",
    "SEL-POS-02",
    "SEL-POS-03",
    "JEJ-POS-01",
    "JEJ-POS-02",
    "BSN-POS-01",
}
ETL = {"Seoraksan", "vm-etl-prod-krc-01", "synw-dw-prod", "stdwlakeprod"}
OFFICE = {
    "Magnolia",
    "payroll_batch",
    "MSSQL-HR",
    "HQ-HR-APP01",
    "HQ-SQL-01",
    "Jirisan",
    "vm-rms-prod-krc-01",
    "Baekdu",
    "psql-sso-prod",
    "bi_portal",
}
SPA = {"spa_booking", "mysql-spa-prod"}
WIFI = {"guest_wifi_portal", "SEL-WLC-01", "JEJ-WLC-01"}
STEADY = {
    "kafka-events-prod",
    "vm-kfk-prod-krc-01",
    "vm-kfk-prod-krc-02",
    "vm-kfk-prod-krc-03",
    "kv-hotel-prod",
    "HQ-CORE-SW01",
    "HQ-FW-01",
    "HQ-SDWAN-HUB01",
    "fw-hub-prod-krc",
    "HQ-SAN-01",
    "HQ-BKP-ST01",
}


def _load(name: str):
    if name in FRONT:
        return _front_desk(name)
    if name in PMS_DB:
        return _pms_db(name)
    if name in FNB_SET:
        return _fnb(name)
    if name in ETL:
        return _etl
    if name in OFFICE:
        return _office
    if name in SPA:
        return _spa
    if name in WIFI:
        return _wifi
    if name in STEADY:
        return _steady
    return _web


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "H1": {1: (12.0, 6.0), 2: (5.0, 18.0), 3: (1.5, 6.0)},
    "H2": {1: (2.5, 16.0), 2: (1.0, 5.0), 3: (0.5, 4.0)},
    "H3": {0: (0.25, 38.0), 1: (0.15, 9.0), 2: (0.1, 4.0)},
    "H4": {0: (1.5, 0.3), 1: (8.0, 0.6), 2: (3.5, 2.5), 3: (1.6, 1.5), 4: (0.8, 0.8)},
    "H5": {0: (4.0, 12.0), 1: (3.0, 8.0), 2: (1.2, 2.5)},
    "H6": {0: (9.0, 1.5), 1: (4.0, 6.0), 2: (1.5, 2.5)},
    "H7": {0: (15.0, 2.5), 1: (6.0, 8.0), 2: (2.5, 4.5), 3: (1.2, 2.0)},
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(5, 0.4), disk_noise=0.08)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if HOSTS[name][2] == "network":
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 36), rng.uniform(38, 64), rng.uniform(28, 62)
    growth = rng.uniform(0, 0.25)
    if name in {"SEL-PMSDB-01", "JEJ-PMSDB-01", "BSN-PMSDB-01"}:
        cpu0, mem0 = rng.uniform(26, 34), rng.uniform(68, 74)
    if name == "aks-guest-prod":
        cpu0, mem0 = 44.0, 66.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "SEL-PMSDB-01":  # row-lock spinning and the import under the check-in peak
            cpu += (91.5 + rng.gauss(0, 0.7) - cpu) * ramp(ts, H7["start"] + STEP_5, None, rise=20)
        if name == "vm-etl-prod-krc-01":  # the backfill rerun
            cpu += 46 * ramp(ts, kst(16, 10, 15), H4["end"], rise=10, fall=10)
        if name == "vm-rmq-prod-krc-01":
            mem += (95.5 + rng.gauss(0, 0.3) - mem) * ramp(ts, kst(17, 20, 55), H5["end"], rise=20, fall=10)
        if name == "BSN-PMSDB-01":  # sessions piling up behind the stuck archiver
            mem += 14 * ramp(ts, H1["start"] + STEP_5, H1["end"], rise=10, fall=10)
        if name == "aks-guest-prod":  # the app deployment's rollout surge before H7
            cpu += 9 * ramp(ts, kst(19, 14, 15), kst(19, 14, 30), rise=5, fall=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in HOST_DISK:
            row["disk_usage"] = round(min(disk, 99.4), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, latency (response_time_ms) and packet loss (error_rate)."""
    rows = []
    cpu0 = rng.uniform(10, 26)
    rtt0 = rng.uniform(0.5, 2.0) if name.startswith("HQ") or name.endswith("krc") else rng.uniform(6.0, 14.0)
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.03, 0.01))
        if name == "JEJ-SDWAN-01":
            r = ramp(ts, H2["start"], H2["end"], rise=5, fall=10)
            cpu += 38 * r
            rtt *= 1 + 11 * r * (1 + rng.gauss(0, 0.1))
            loss += 12.0 * r * (1 + rng.gauss(0, 0.1))
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2),
            error_rate=round(loss, 2),
        )
    return rows


def _bsn_nas(rng: random.Random, ts: datetime) -> float:
    """BSN-NAS-01: ~71 % with the nightly archive purge; the purge fails on Thursday evening, the night audit's
    redo fills the volume by 02:05 on Friday, the rerun purge (03:05) brings it back over an hour."""
    base = 71.0 + 1.2 * math.sin(seoul_hour(ts) / 24 * 2 * math.pi) + rng.gauss(0, 0.05)
    if NAS_FILL_FROM <= ts < H1["start"]:
        return base + (100.0 - base) * progress(ts, NAS_FILL_FROM, H1["start"]) ** 1.6
    if H1["start"] <= ts < kst(13, 3, 5):
        return 100.0
    if kst(13, 3, 5) <= ts < kst(13, 4, 5):
        return 100.0 - (100.0 - base) * progress(ts, kst(13, 3, 5), kst(13, 4, 5))
    return base


def _backup(rng: random.Random, ts: datetime) -> float:
    """HQ-BKP-ST01: grows ~0.8 points a day (the RMAN copies of the three properties), nightly dedupe cleaning."""
    return 72.0 + 6.4 * progress(ts, START, NOW) + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    level = rng.uniform(30, 66)
    rows = []
    for ts in times:
        if name == "BSN-NAS-01":
            v = _bsn_nas(rng, ts)
        elif name == "HQ-BKP-ST01":
            v = _backup(rng, ts)
        else:
            v = level + 0.12 * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.05)
        rows.append((ts, name, "disk_usage", round(min(v, 100.0), 1)))
    return rows


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 14),
        "cache": rng.uniform(0.4, 1.4),
        "queue": rng.uniform(2, 9),
        "load_balancer": rng.uniform(3, 12),
    }.get(kind, rng.uniform(60, 280))
    rt0 = {
        "booking_engine": 240.0,
        "OPERA-PMS-SEL": 180.0,
        "ORA-PMS-SEL": 5.5,
        "Seoraksan": 900.0,
        "pg_gateway": 420.0,
        "sql-crs-prod": 7.0,
    }.get(name, rt0)
    levels = rt0, rng.uniform(0.03, 0.35), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(18, 34)
    mem0, mem_swing = CACHE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "rmq-notify-prod":
                mem += (97.0 + rng.gauss(0, 0.2) - mem) * ramp(
                    ts, kst(17, 20, 55), H5["end"], rise=20, fall=10
                )
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            if name == "sql-crs-prod":
                cpu += 18 * _etl(ts) + (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(
                    ts, H4["start"] - STEP_5, H4["end"], rise=15, fall=10
                )
            if name == "sql-loyalty-prod":
                cpu += (94.0 + rng.gauss(0, 0.8) - cpu) * ramp(
                    ts, H6["start"] - STEP_5, H6["end"], rise=10, fall=10
                )
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _nightly() -> list[tuple]:
    """Night audits (02:00) of the three properties, the nightly ETL and the RMAN backups."""
    rows = []
    for day in range(12, 20):
        for site, done in (("SEL", (2, 41)), ("JEJ", (2, 52)), ("BSN", (2, 36))):
            if site == "BSN" and day == 13:
                continue  # H1
            biz = f"2026-11-{day - 1:02d}"
            rows.append(
                (
                    day,
                    2,
                    0,
                    f"OPERA-PMS-{site}",
                    "info",
                    "batch_job",
                    f"Night audit started (business date {biz})",
                )
            )
            rows.append(
                (
                    day,
                    *done,
                    f"OPERA-PMS-{site}",
                    "info",
                    "batch_job",
                    f"Night audit completed (business date {biz})",
                )
            )
        if day != 16:
            rows.append(
                (day, 1, 0, "Seoraksan", "info", "batch_job", "Daily ETL pipeline pl_dw_daily started")
            )
            rows.append(
                (day, 3, 48, "Seoraksan", "info", "batch_job", "Daily ETL pipeline pl_dw_daily succeeded")
            )
        rows.append(
            (
                day,
                4,
                30,
                "ORA-PMS-SEL",
                "info",
                "backup",
                "RMAN incremental level 1 backup to SEL-NAS-01 done",
            )
        )
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (11, 17, 20, "booking_engine", "info", "deployment", "Deployed booking_engine 7.4.1 (연말 패키지 프로모션)"),
    (12, 10, 0, "channel_mgr", "info", "config_change", "Agoda rate plan mapping updated (DBL-BB, TWN-BB)"),
    (12, 14, 0, "HQ-BKP-ST01", "info", "backup", "Weekly full backup of MSSQL-HR to HQ-BKP-ST01 done"),
    (13, 11, 0, "loyalty_api", "info", "deployment", "Deployed loyalty_api 3.7.2 (포인트 유효기간 알림)"),
    (14, 9, 30, "Visionline-JEJ", "info", "maintenance", "Encoder #3 replaced at the front desk"),
    (15, 3, 0, "sql-loyalty-prod", "info", "maintenance", "IndexOptimize weekly run completed (41 min)"),
    (15, 10, 0, "Jirisan", "info", "batch_job", "Weekly demand forecast recalculated (365 days, 3 properties)"),
    (16, 9, 40, "Jirisan", "info", "deployment", "Deployed Jirisan 2026.10.2 (overbooking model update)"),
    (17, 10, 30, "HQ-FW-01", "info", "config_change", "Threat prevention signatures updated (8834-9301)"),
    (17, 15, 0, "sql-loyalty-prod", "info", "config_change", "Agent job IndexOptimize schedule edited (Sun 03:00 -> daily 07:00)"),
    (18, 11, 0, "spa_booking", "info", "deployment", "Deployed spa_booking 2.3.11 (겨울 패키지)"),
    (18, 16, 0, "Magnolia", "info", "config_change", "연말정산 메뉴 오픈 (year-end tax settlement menu enabled)"),
    (19, 9, 0, "HQ-BKP-ST01", "warning", "threshold_breach", "disk_usage above 78% (cleaning schedule behind)"),
    # H1
    (12, 23, 30, "BSN-NAS-01", "warning", "batch_job", "Archive log purge job failed: NFS mount permission denied (credential expired)"),
    (13, 1, 40, "BSN-NAS-01", "major", "threshold_breach", "disk_usage above 95% on /volume1/arch"),
    (13, 2, 0, "OPERA-PMS-BSN", "info", "batch_job", "Night audit started (business date 2026-11-12)"),
    (13, 2, 6, "BSN-NAS-01", "critical", "storage_full", "/volume1/arch 100% full, writes failing"),
    (13, 2, 8, "ORA-PMS-BSN", "critical", "error", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved"),
    (13, 2, 14, "OPERA-PMS-BSN", "major", "timeout", "Night audit step 'Roll business date' hung: timeouts calling ORA-PMS-BSN"),
    (13, 2, 22, "Visionline-BSN", "major", "error", "키 발급 실패: PMS 인터페이스 응답 없음 (timeouts calling OPERA-PMS-BSN)"),
    (13, 2, 25, "pms_interface", "warning", "error", "BSN queue: 214 messages failed (OPERA-PMS-BSN unavailable)"),
    (13, 3, 5, "BSN-NAS-01", "info", "batch_job", "Archive log purge rerun with renewed credentials: 1.9 TB freed"),
    (13, 3, 12, "ORA-PMS-BSN", "info", "recovery", "Archiver resumed, sessions released"),
    (13, 3, 40, "OPERA-PMS-BSN", "info", "batch_job", "Night audit completed after rerun (business date 2026-11-12)"),
    # H2
    (14, 15, 6, "JEJ-SDWAN-01", "major", "packet_loss", "WAN1 (KT) packet loss 11% / jitter 180 ms, SLA probe to HQ-SDWAN-HUB01 failed"),
    (14, 15, 9, "JEJ-SDWAN-01", "warning", "failover", "SD-WAN rule moved to WAN2 (LTE backup), LTE link flapping"),
    (14, 15, 12, "OPERA-PMS-JEJ", "major", "timeout", "제주 프런트 체크인 지연: timeouts calling CRS interface over SD-WAN"),
    (14, 15, 14, "Simphony-JEJ", "major", "timeout", "card authorization and room posting timeouts (JEJ-SDWAN-01 path)"),
    (14, 15, 22, "pms_interface", "warning", "timeout", "JEJ queue backlog 1,240 messages: timeouts calling OPERA-PMS-JEJ"),
    (14, 15, 31, "spa_booking", "warning", "error", "room charge posting to Jeju failed for 37 treatments"),
    (14, 16, 20, "JEJ-SDWAN-01", "info", "recovery", "KT rerouted the access line, WAN1 SLA met, traffic back on WAN1"),
    # H3
    (15, 20, 5, "pg_gateway", "info", "deployment", "Deployed pg_gateway 2.8.0 (간편결제 추가)"),
    (15, 20, 12, "pg_gateway", "major", "error", "card approvals rejected by PG: 401 invalid merchant id (MID INIpayTest)"),
    (15, 20, 18, "booking_engine", "warning", "error", "결제 단계 실패율 증가: payment step failures calling pg_gateway"),
    (15, 20, 25, "spa_booking", "warning", "error", "prepayment failed for 12 bookings (pg_gateway)"),
    (15, 21, 15, "pg_gateway", "info", "rollback", "Rolled back pg_gateway to 2.7.4"),
    (15, 21, 24, "pg_gateway", "info", "recovery", "approval success rate back to 99.6%"),
    # H4
    (16, 10, 15, "Seoraksan", "info", "batch_job", "Backfill pipeline pl_resv_history_backfill (2023-2026) started manually"),
    (16, 10, 26, "sql-crs-prod", "major", "threshold_breach", "cpu_usage above 95% for 5 min"),
    (16, 10, 31, "sql-crs-prod", "warning", "slow_query", "full table scans on dbo.reservation_history by login seoraksan_etl (Seoraksan backfill)"),
    (16, 10, 38, "Hallasan", "major", "timeout", "availability search timeouts calling sql-crs-prod (command timeout 30 s)"),
    (16, 10, 45, "channel_mgr", "warning", "timeout", "OTA ARI push delayed: timeouts calling Hallasan"),
    (16, 10, 52, "booking_engine", "warning", "timeout", "객실 검색 지연: timeouts calling Hallasan"),
    (16, 11, 45, "Seoraksan", "info", "batch_job", "Backfill pipeline cancelled by operator (rescheduled to 01:00)"),
    (16, 11, 58, "sql-crs-prod", "info", "recovery", "cpu back to normal"),
    # H5
    (17, 20, 50, "rmq-notify-prod", "info", "upgrade", "RabbitMQ upgraded 3.12.14 -> 3.13.7"),
    (17, 21, 6, "rmq-notify-prod", "critical", "memory_alarm", "memory high watermark reached on rabbit@vm-rmq-prod-krc-01, publishers blocked"),
    (17, 21, 11, "notify_svc", "major", "timeout", "알림톡/메일 발송 중단: publish timeouts calling rmq-notify-prod"),
    (17, 21, 12, "Hallasan", "major", "timeout", "booking confirmation publish timeouts calling rmq-notify-prod"),
    (17, 21, 14, "loyalty_api", "warning", "timeout", "point notice publish timeouts calling rmq-notify-prod"),
    (17, 21, 25, "booking_engine", "warning", "timeout", "예약 완료 지연: timeouts calling Hallasan"),
    (17, 22, 5, "rmq-notify-prod", "info", "restart", "Node restarted with raft.wal_max_size_bytes=256MB"),
    (17, 22, 16, "rmq-notify-prod", "info", "recovery", "alarm cleared, 48,200 queued notifications delivered"),
    # H6
    (18, 7, 0, "sql-loyalty-prod", "info", "maintenance", "IndexOptimize started (schedule daily 07:00)"),
    (18, 7, 8, "sql-loyalty-prod", "major", "threshold_breach", "cpu_usage above 90%, log IO at limit"),
    (18, 7, 14, "loyalty_api", "major", "timeout", "timeouts calling sql-loyalty-prod (lock timeout on member_point)"),
    (18, 7, 22, "Simphony-SEL", "warning", "timeout", "조식 포인트 적립 실패: timeouts calling loyalty_api"),
    (18, 7, 24, "Simphony-JEJ", "warning", "timeout", "points accrual timeouts calling loyalty_api"),
    (18, 7, 30, "Simphony-BSN", "warning", "timeout", "points accrual timeouts calling loyalty_api"),
    (18, 8, 45, "sql-loyalty-prod", "info", "maintenance", "IndexOptimize stopped by DBA, schedule restored to Sun 03:00"),
    (18, 8, 55, "loyalty_api", "info", "recovery", "latency back to normal"),
    # H7
    (19, 14, 15, "guest_app_bff", "info", "deployment", "Deployed guest_app_bff 5.18.0 (모바일 체크인 UI 개편)"),
    (19, 14, 32, "ORA-PMS-SEL", "info", "batch_job", "Group rooming list import started (KOREA-MED-2026, 380 rooms)"),
    (19, 14, 37, "ORA-PMS-SEL", "critical", "lock_wait", "enq: TX - row lock contention, 96 sessions blocked by SID 1432 (group import)"),
    (19, 14, 43, "OPERA-PMS-SEL", "major", "timeout", "체크인 처리 지연: timeouts calling ORA-PMS-SEL"),
    (19, 14, 48, "SEL-PMSDB-01", "major", "threshold_breach", "cpu_usage above 90% for 10 min"),
    (19, 14, 52, "Visionline-SEL", "warning", "timeout", "key encoding waits on OPERA-PMS-SEL"),
    (19, 14, 55, "kiosk_checkin", "warning", "timeout", "키오스크 체크인 실패 증가: timeouts calling OPERA-PMS-SEL"),
    (19, 15, 2, "pms_interface", "warning", "timeout", "SEL queue backlog: timeouts calling OPERA-PMS-SEL"),
    (19, 15, 20, "guest_app_bff", "warning", "error", "mobile check-in failing for Seoul (pms_interface 504)"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND + _nightly())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "hotel-chain", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
