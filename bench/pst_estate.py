"""Generate the postal-service estate (tests/fixtures/postal-service/, interchange format) and its faults file.

A Korean national postal operator's IT (국가우정본부, 우정사업본부-like): counter parcel acceptance at the post
offices (창구 POS backend `jebi-pos-api` with the tariff engine `jebi-rate`, card approval `jebi-pay` and the
waybill numbering `jebi-label`) on the Oracle RAC `ora-upost` and the POS cache `rds-pos`; the online post office
`onpost-web` and the B2B parcel API gateway `uj-apigw` in the G-클라우드 zone; delivery tracking (`bidulgi-trk`
ingest over Kafka `kfk-trk` into Elasticsearch `es-trk`, the tracking query API `bidulgi-qry` with `rds-trk`,
the 알림톡 gateway `allim-gw`); the carriers' PDA backend `kkachi-pda-api` with route planning `kkachi-route`,
proof-of-delivery photos `kkachi-photo` on the scale-out NAS `nas-sj-img`, and the MDM; the sorting centres
(동서울, 부산, 중부권) with sorter PLC gateways (`dsl-plcgw` …) and barcode scanner collectors (`bsn-scancol` …)
on centre edge servers (`BSN-SRT-E1` …), the central sort control `bunryu-wcs` and the 01:30 sort-plan batch
`bunryu-plan`; international EMS `durumi-ems` with the legacy UNI-PASS customs EDI `ems_customs_if` over IBM MQ
`mq-customs` and the UPU EDI `durumi-upu`; the road-name address service `juso-api` on PostgreSQL `pg-juso` with
its nightly sync `juso_sync_batch`; postal savings and insurance in the separate 금융망 zone (the savings core
`YEGEUM_CORE` on Db2 for z/OS `DB2_YGP` on the LPARs `LPAR_YG1/2`, the insurance core `BOHUM_CORE` on
`ORA_BHP`, the interbank FEP `FEP_KFTC` behind the IBM MQ queue manager `MQ_YG_FEP`, internet and mobile banking
`yg-ib` / `yg-mbank`, the month-end interest batch `ija_wolmal_bt`); the call centre (`cc-cti`, `cc-crm`); the
nationwide WAN (`wan-core-sj`, regional aggregation routers to the post offices). Sites 세종IDC (primary),
광주DR센터, G-클라우드, 동서울우편집중국, 부산우편집중국, 중부권광역우편물류센터, 서울중앙우체국, 우체국고객센터;
environments prod, stg, dev; owners are teams named in Korean or English.

Naming (unlike the earlier estates): romanised bird code names per product line (`jebi-*` 제비 counter,
`bidulgi-*` 비둘기 tracking, `kkachi-*` 까치 carriers, `durumi-*` 두루미 international), mainframe-style upper case
in the finance zone (`YEGEUM_CORE`, `DB2_YGP`, `MQ_YG_FEP`, `LPAR_YG1`), legacy snake_case batches and
interfaces (`ija_wolmal_bt` 이자 월말, `juso_sync_batch`, `ems_customs_if`, the retired `upmul_stat_old`), IDC
bare metal by asset tag (`ujh-04127`, rack position as an attribute), VMware VMs by site and role number
(`vsj-ap031`, `vgj-ap011`), cloud-generated ids in the G-클라우드 zone (`gc-i-0a3f91d2`, `gc-alb-5e0b7a`),
sorting-centre code prefixes (`dsl-`, `bsn-`, `jbk-`) and upper-case centre edge servers (`BSN-SRT-E1`).

Seven injected incidents (times KST; now = Monday 2027-09-06 10:40, a Monday counter peak in the 추석 parcel
season; the window is the 10 days before; counter hours 09:00–18:00 on weekdays, the morning sorting wave
02:00–06:00, carriers out 08:00–18:00 on weekdays, the month-end interest batch on the night of Aug 31):
  P1 Mon 08-30 09:10–10:05  pg-juso's planner goes wrong on bloated tables after Sunday night's monthly full
                            address reload (autovacuum behind): juso-api slows, jebi-pos-api (loudest, 7.4.0
                            deployed at 08:50) times out at the counters, kkachi-route follows
  P2 Wed 09-01 00:30–01:25  (night) DB2_YGP's active logs fill because archive-log offload stalls (tape pool
                            full): the month-end interest batch ija_wolmal_bt abends (loudest, deployed Aug 31
                            16:00), YEGEUM_CORE and yg-mbank fail
  P3 Thu 09-02 03:10–04:05  (sorting wave) kfk-trk loses in-sync replicas after a broker's long GC pauses and
                            producers get NotEnoughReplicas: bidulgi-trk (loudest, deployed Wed 22:30),
                            dsl-scancol and allim-gw fail
  P4 Fri 09-03 14:10–15:05  nas-sj-img slows under a SnapshotDelete/dedupe job moved into the daytime:
                            kkachi-photo (loudest, deployed at 13:45), durumi-ems, kkachi-pda-api
  P5 Sat 09-04 03:40–04:35  (weekend sorting wave) the Busan edge server BSN-SRT-E1 is pinned by a scheduled
                            antivirus full scan: bsn-plcgw (loudest, 2.3.1 deployed Fri 23:10), bsn-scancol,
                            bunryu-wcs
  P6 Sun 09-05 19:20–20:15  (weekend evening) MQ_YG_FEP's transmission queue to the FEP hits MAXDEPTH (channel
                            retrying after a KFTC-side cipher change): FEP_KFTC, yg-mbank (loudest, deployed at
                            18:50), yg-ib
  P7 Mon 09-06 09:55–now    ora-upost runs out of processes (ORA-00020) at the Monday counter peak after
                            onpost-web's pool was raised on Friday: jebi-pos-api (loudest, 7.4.2 deployed at
                            09:30), jebi-rate, kkachi-pda-api (ongoing)
Confounders: counter hours and the lunch dip, Monday peaks, the rising 추석 parcel volume, quiet weekends, the
morning sorting wave, the 01:30 sort-plan batch, the 04:00 address sync, the 01:00 backups, the month-end
interest batch, deploys on victims before every incident, `pg-kkachi` slowing on pg-juso's host during P1 (a
noisy neighbour, not a victim), Kafka broker 3's host straining before P3, a dev load test before P4, the JBK
edge server `JBK-SRT-E2` and `yg-mbank-stg` in maintenance, the retired `upmul_stat_old`, the ELK host
`ujh-04720`'s disk creeping up and the external L4 `l4-sj-ext`'s certificate for www.onpost.kr expiring on
2027-09-14 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/pst_golden.py) are computed from the files.

    .venv/bin/python bench/pst_estate.py   # rewrites tests/fixtures/postal-service*
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
    generate,
    hop_effect,
    incident_hits,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "postal-service"
NOW = datetime(2027, 9, 6, 1, 40, tzinfo=UTC)  # Monday 2027-09-06 10:40 KST
START = NOW - timedelta(days=10)  # Friday 2027-08-27 10:40 KST
SEED = 20270906
SITES = {
    "SJ": "세종IDC",
    "GJ": "광주DR센터",
    "GC": "G-클라우드",
    "DSL": "동서울우편집중국",
    "BSN": "부산우편집중국",
    "JBK": "중부권광역우편물류센터",
    "SCP": "서울중앙우체국",
    "CC": "우체국고객센터",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}


def kst(day: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul wall-clock time of the window as UTC: days 20–31 are in August 2027, days 1–19 in September."""
    month = 8 if day >= 20 else 9
    return datetime(2027, month, day, hh, mm, tzinfo=UTC) - timedelta(hours=9)


POST, ONLINE, LOGIS, TRACK = "우편정보화팀", "onpost-dev", "물류정보팀", "tracking-platform"
CARRIER, INTL, JUSO, YEGEUM = "집배정보팀", "국제우편팀", "주소정보팀", "예금정보팀"
BOHUM, FINOPS, FEP, CALL = "보험정보팀", "금융IT운영팀", "대외계파트", "고객센터IT"
IDC, DBA, NOC, SEC, CLOUD = "idc-ops", "DB운영팀", "wan-noc", "정보보호팀", "cloud-platform"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- counters (창구)
    "jebi-pos-api": ("service", POST, "SJ", "P", ["vsj-ap031", "vsj-ap032"],
                     ["ora-upost", "rds-pos", "jebi-rate", "juso-api", "jebi-label", "jebi-pay", "uj-sso"],
                     {"desc": "창구 POS 백엔드 (소포/등기 접수, 우표, 수납)", "product": "자체개발 (Java 17, Spring Boot 3.2)",
                      "version": "7.4.2", "instances": 6, "counter_terminals": 11850, "offices": 3420, "port": 8443}),
    "jebi-rate": ("service", POST, "SJ", "P", ["vsj-ap032"], ["ora-upost", "rds-pos"],
                  {"desc": "소포 요금 계산 엔진 (무게, 부피, 권역, 부가서비스)", "version": "3.2.0", "instances": 4,
                   "tariff_table": "2027-07 개정", "product": "자체개발 (Java 17)"}),
    "jebi-pay": ("service", POST, "SJ", "P", ["vsj-ap033"], [],
                 {"desc": "창구 카드/간편결제 승인 (VAN 연동)", "version": "2.6.3", "van": "KIS정보통신",
                  "approval_timeout_s": 15}),
    "jebi-label": ("service", POST, "SJ", "P", ["vsj-ap033"], ["ora-upost"],
                   {"desc": "운송장(등기번호 13자리) 발번 및 라벨 출력", "version": "1.9.4", "number_digits": 13,
                    "printers": 9600}),
    "onpost-web": ("service", ONLINE, "GC", "P", ["gc-i-0a3f91d2"],
                   ["jebi-rate", "juso-api", "bidulgi-qry", "jebi-label", "uj-sso"],
                   {"desc": "인터넷우체국 (방문접수 예약, 소포 예약, 우표 구매)", "product": "eGovFrame 4.1 (Java 11)",
                    "version": "2027.08.2", "endpoint": "www.onpost.kr", "db_pool_max": 400, "instances": 6}),
    "uj-apigw": ("service", ONLINE, "GC", "P", ["gc-i-0b77c4e1"], ["jebi-label", "bidulgi-qry", "juso-api"],
                 {"desc": "계약소포 B2B API 게이트웨이 (쇼핑몰, 택배 연동)", "product": "Kong Gateway 3.6",
                  "version": "3.6.1", "partners": 1280, "rate_limit_rps": 3000}),
    # ---------------------------------------------------------------- tracking (종추적)
    "bidulgi-trk": ("service", TRACK, "SJ", "P", ["ujh-04801"], ["kfk-trk", "es-trk"],
                    {"desc": "배달 추적 이벤트 수집 (스캔, 집배 이벤트 → Kafka → ES)", "version": "5.1.0", "instances": 4,
                     "topic": "trk.scan.v3", "product": "자체개발 (Kotlin, Spring Kafka)"}),
    "bidulgi-qry": ("service", TRACK, "GC", "P", ["gc-i-0b77c4e1"], ["es-trk", "rds-trk"],
                    {"desc": "종추적 조회 API (고객, 쇼핑몰, 고객센터)", "version": "4.3.2", "instances": 8,
                     "cache_ttl_s": 30}),
    "allim-gw": ("service", TRACK, "GC", "P", ["gc-i-0c12f9a8"], ["kfk-trk"],
                 {"desc": "알림톡/SMS 발송 게이트웨이 (배달 예정, 배달 완료 알림)", "vendor": "카카오 비즈메시지",
                  "version": "1.7.0", "daily_quota": 9000000}),
    # ---------------------------------------------------------------- carriers (집배원)
    "kkachi-pda-api": ("service", CARRIER, "SJ", "P", ["vsj-ap041"],
                       ["pg-kkachi", "kkachi-route", "kkachi-photo", "bidulgi-trk", "ora-upost"],
                       {"desc": "집배원 PDA 백엔드 (배달 완료, 부재, 수령인 서명)", "version": "6.0.3", "instances": 4,
                        "pda_devices": 17200, "carriers": 16400, "product": "자체개발 (Java 17, Spring Boot 3.1)"}),
    "kkachi-route": ("service", CARRIER, "SJ", "P", ["vsj-ap041"], ["juso-api", "pg-kkachi"],
                     {"desc": "배달 순로 (집배 구역별 배달 순서 최적화)", "version": "2.8.1", "zones": 8900,
                      "product": "자체개발 (Python 3.11, OR-Tools)"}),
    "kkachi-photo": ("service", CARRIER, "SJ", "P", ["vsj-ap042"], ["nas-sj-img", "pg-kkachi"],
                     {"desc": "배달 증빙 사진 (문앞 배달 사진 업로드/조회)", "version": "1.12.0", "retention_days": 90}),
    "pda-mdm": ("service", CARRIER, "SJ", "P", ["vsj-ap042"], [],
                {"desc": "PDA 단말 관리 (앱 배포, 분실 잠금)", "product": "Samsung Knox Manage", "devices": 17650}),
    # ---------------------------------------------------------------- sorting centres (집중국)
    "bunryu-wcs": ("service", LOGIS, "SJ", "P", ["vsj-ap051"],
                   ["dsl-plcgw", "bsn-plcgw", "jbk-plcgw", "ora-upost", "kfk-trk"],
                   {"desc": "분류 통합 제어 (집중국 구분기 작업 지시, 구분 실적 집계)", "version": "3.4.0",
                    "product": "자체개발 (C#, .NET 8)", "centres": 3}),
    "bunryu-plan": ("service", LOGIS, "SJ", "P", ["vsj-ap051"], ["ora-upost", "bunryu-wcs"],
                    {"desc": "구분 계획 배포 배치 (구분기 슈트 배정)", "schedule": "매일 01:30", "version": "2.1.5"}),
    "dsl-plcgw": ("service", LOGIS, "DSL", "P", ["DSL-SRT-E1"], [],
                  {"desc": "동서울집중국 소포구분기 PLC 게이트웨이", "protocol": "Siemens S7", "plc_count": 14,
                   "chutes": 420, "sorter": "크로스벨트 2기", "version": "2.3.0"}),
    "bsn-plcgw": ("service", LOGIS, "BSN", "P", ["BSN-SRT-E1"], [],
                  {"desc": "부산집중국 소포구분기 PLC 게이트웨이", "protocol": "Siemens S7", "plc_count": 11,
                   "chutes": 336, "sorter": "틸트트레이 1기", "version": "2.3.1"}),
    "jbk-plcgw": ("service", LOGIS, "JBK", "P", ["JBK-SRT-E1"], [],
                  {"desc": "중부권물류센터 소포구분기 PLC 게이트웨이", "protocol": "Modbus TCP", "plc_count": 18,
                   "chutes": 512, "sorter": "크로스벨트 3기", "version": "2.2.4"}),
    "dsl-scancol": ("service", LOGIS, "DSL", "P", ["DSL-SRT-E1"], ["kfk-trk"],
                    {"desc": "동서울집중국 바코드 스캐너 수집", "scanners": 64, "scanner_vendor": "Datalogic",
                     "version": "1.5.2"}),
    "bsn-scancol": ("service", LOGIS, "BSN", "P", ["BSN-SRT-E1"], ["kfk-trk"],
                    {"desc": "부산집중국 바코드 스캐너 수집", "scanners": 48, "scanner_vendor": "Datalogic",
                     "version": "1.5.2"}),
    "jbk-scancol": ("service", LOGIS, "JBK", "P", ["JBK-SRT-E1"], ["kfk-trk"],
                    {"desc": "중부권물류센터 바코드 스캐너 수집", "scanners": 80, "scanner_vendor": "Cognex",
                     "version": "1.5.1"}),
    # ---------------------------------------------------------------- international EMS
    "durumi-ems": ("service", INTL, "SJ", "P", ["vsj-ap061"], ["pg-ems", "ems_customs_if", "durumi-upu", "nas-sj-img"],
                   {"desc": "국제 EMS (접수, 발송, 통관 상태, X-ray 이미지)", "version": "4.0.7", "countries": 101}),
    "ems_customs_if": ("service", INTL, "SJ", "P", ["vsj-ap061"], ["mq-customs"],
                       {"desc": "관세청 UNI-PASS 통관 EDI 인터페이스 (레거시)", "protocol": "EDIFACT over IBM MQ",
                        "version": "1.8.22"}),
    "durumi-upu": ("service", INTL, "SJ", "P", ["vsj-ap061"], ["mq-customs", "kfk-trk"],
                   {"desc": "UPU EDI 게이트웨이 (EMSEVT/PREDES 교환)", "standard": "UPU M33 EMSEVT v3",
                    "partners": 78, "version": "2.0.1"}),
    # ---------------------------------------------------------------- road-name address (도로명주소)
    "juso-api": ("service", JUSO, "SJ", "P", ["vsj-ap071"], ["pg-juso"],
                 {"desc": "도로명주소 검색/정제 API", "version": "3.7.0", "instances": 4, "road_addresses": 6420000}),
    "juso_sync_batch": ("service", JUSO, "SJ", "P", ["vsj-ap071"], ["pg-juso"],
                        {"desc": "도로명주소 변동분 동기화 (행정안전부 제공 DB)", "schedule": "매일 04:00",
                         "full_reload": "매월 마지막 일요일 22:00"}),
    # ---------------------------------------------------------------- postal savings and insurance (금융망)
    "YEGEUM_CORE": ("service", YEGEUM, "SJ", "P", ["LPAR_YG1", "LPAR_YG2"], ["DB2_YGP", "MQ_YG_FEP"],
                    {"desc": "우체국예금 계정계 (수신, 이체, 이자 계산)", "product": "COBOL / CICS TS 6.1 (z/OS 2.5)",
                     "zone": "금융망", "accounts_million": 18.7, "cics_regions": 8}),
    "BOHUM_CORE": ("service", BOHUM, "SJ", "P", ["fin-db21"], ["ORA_BHP", "YEGEUM_CORE"],
                   {"desc": "우체국보험 계정계 (계약, 보험료 수납, 보험금 지급)", "product": "Java EE (JEUS 8)",
                    "zone": "금융망", "policies_million": 4.2}),
    "FEP_KFTC": ("service", FEP, "SJ", "P", ["fin-ap11"], ["MQ_YG_FEP"],
                 {"desc": "대외계 FEP (금융결제원 타행이체, CD공동망)", "product": "자체 FEP (C, Tmax 5)",
                  "zone": "금융망", "links": "KFTC 전용회선 2회선", "version": "5.2.8"}),
    "yg-ib": ("service", YEGEUM, "SJ", "P", ["fin-ap12"], ["YEGEUM_CORE", "BOHUM_CORE", "FEP_KFTC"],
              {"desc": "우체국 인터넷뱅킹", "zone": "금융망", "version": "2027.3.1"}),
    "yg-mbank": ("service", YEGEUM, "SJ", "P", ["fin-ap12"], ["YEGEUM_CORE", "FEP_KFTC"],
                 {"desc": "우체국 스마트뱅킹 앱 백엔드", "zone": "금융망", "version": "9.4.0", "mau": 3100000}),
    "ija_wolmal_bt": ("service", YEGEUM, "SJ", "P", ["fin-bt31"], ["DB2_YGP", "YEGEUM_CORE"],
                      {"desc": "월말 예금 이자 결산 배치", "schedule": "매월 말일 23:00", "zone": "금융망",
                       "product": "JCL + COBOL (z/OS)", "jobs": 38}),
    # ---------------------------------------------------------------- call centre, common
    "cc-cti": ("service", CALL, "CC", "P", ["cc-pbx01"], [],
               {"desc": "고객센터 CTI/IVR", "product": "Genesys Engage 8.5", "agents": 420, "phone": "1588-1300"}),
    "cc-crm": ("service", CALL, "SJ", "P", ["vsj-ap081"], ["pg-cc", "bidulgi-qry", "cc-cti"],
               {"desc": "고객센터 CRM (상담 이력, 종추적 조회)", "version": "2.9.0"}),
    "uj-sso": ("service", SEC, "SJ", "P", ["vsj-ap091"], [],
               {"desc": "직원 통합 인증 (SAML 2.0)", "product": "자체 SSO 4.2", "token_ttl_min": 600}),
    "elk-log": ("service", IDC, "SJ", "P", ["ujh-04720"], [],
                {"desc": "로그 수집 (Elastic Stack)", "product": "Elasticsearch 8.13 + Logstash", "retention_days": 45}),
    "zbx-uj": ("service", IDC, "SJ", "P", ["vsj-ap091"], [],
               {"desc": "인프라/WAN 모니터링", "product": "Zabbix 7.0 LTS", "monitored_hosts": 5120}),
    # ---------------------------------------------------------------- staging, dev, retired
    "jebi-pos-api-stg": ("service", POST, "SJ", "S", ["vsj-st101"], ["ora-upost-stg", "rds-pos-stg"],
                         {"desc": "창구 POS 백엔드 (스테이징)", "version": "7.5.0-rc1"}),
    "bidulgi-trk-stg": ("service", TRACK, "SJ", "S", ["vsj-st101"], ["kfk-trk-stg"],
                        {"desc": "배달 추적 수집 (스테이징)", "version": "5.2.0-rc3"}),
    "yg-mbank-stg": ("service", YEGEUM, "SJ", "S", ["vsj-st102"], [],
                     {"desc": "스마트뱅킹 (스테이징, 전자서명 모듈 교체 테스트)", "version": "9.5.0-beta1", "zone": "금융망"}),
    "kkachi-pda-api-dev": ("service", CARRIER, "SJ", "D", ["vsj-dv201"], [],
                           {"desc": "집배원 PDA 백엔드 (개발)", "version": "6.1.0-SNAPSHOT"}),
    "juso-api-dev": ("service", JUSO, "SJ", "D", ["vsj-dv201"], [],
                     {"desc": "도로명주소 API (개발)", "version": "3.8.0-SNAPSHOT"}),
    "upmul_stat_old": ("service", LOGIS, "SJ", "P", [], [],
                       {"desc": "구 우편물 통계 시스템 (2026년 bunryu-wcs 실적 집계로 대체)", "version": "2.4.9",
                        "decommissioned": "2026-11-30"}),
    # ---------------------------------------------------------------- databases
    "ora-upost": ("database", DBA, "SJ", "P", ["ujh-04127", "ujh-04128"], [],
                  {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c RAC", "nodes": 2,
                   "sid": "UPOSTP", "port": 1521, "processes": 2400, "size_tb": 12.6, "desc": "우편 운영 DB (접수, 요금, 발번)"}),
    "DB2_YGP": ("database", FINOPS, "SJ", "P", ["LPAR_YG1", "LPAR_YG2"], [],
                {"engine": "db2", "version": "13.1", "product": "Db2 13 for z/OS (data sharing)", "ssid": "YGP1",
                 "port": 446, "size_tb": 21.4, "active_log_datasets": 12, "desc": "우체국예금 계정계 DB"}),
    "ORA_BHP": ("database", DBA, "SJ", "P", ["fin-db21"], [],
                {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c", "sid": "BHP", "port": 1522,
                 "size_tb": 8.8, "desc": "우체국보험 계정계 DB"}),
    "pg-juso": ("database", DBA, "SJ", "P", ["ujh-04310"], [],
                {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 + PostGIS 3.4", "port": 5432,
                 "size_gb": 640, "desc": "도로명주소 DB"}),
    "pg-kkachi": ("database", DBA, "SJ", "P", ["ujh-04310"], [],
                  {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5433,
                   "desc": "집배 실적/순로 DB"}),
    "es-trk": ("database", TRACK, "SJ", "P", ["ujh-04512", "ujh-04513"], [],
               {"engine": "elasticsearch", "version": "8.12.2", "product": "Elasticsearch 8.12", "nodes": 2,
                "shards": 480, "retention": "180d", "port": 9200, "desc": "종추적 이벤트 색인"}),
    "pg-ems": ("database", DBA, "SJ", "P", ["ujh-04802"], [],
               {"engine": "postgresql", "version": "14.12", "product": "PostgreSQL 14", "port": 5432,
                "desc": "국제우편 EMS DB"}),
    "pg-cc": ("database", DBA, "SJ", "P", ["vsj-ap081"], [],
              {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432,
               "desc": "상담 이력 DB"}),
    "ora-upost-stg": ("database", DBA, "SJ", "S", ["vsj-st101"], [],
                      {"engine": "oracle", "version": "19.23", "product": "Oracle Database 19c", "sid": "UPOSTS",
                       "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "rds-pos": ("cache", POST, "SJ", "P", ["ujh-04601"], [],
                {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 24, "maxmemory_policy": "allkeys-lru",
                 "port": 6379, "desc": "창구 세션/요금표 캐시"}),
    "rds-trk": ("cache", TRACK, "SJ", "P", ["ujh-04601"], [],
                {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "volatile-ttl",
                 "port": 6380, "desc": "종추적 조회 캐시"}),
    "rds-pos-stg": ("cache", POST, "SJ", "S", ["vsj-st101"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 4, "port": 6379}),
    "kfk-trk": ("queue", TRACK, "SJ", "P", ["ujh-04455", "ujh-04456", "ujh-04457"], [],
                {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 3, "partitions": 288, "replication_factor": 3,
                 "min_insync_replicas": 2, "port": 9092, "desc": "종추적 스캔 이벤트 스트림"}),
    "MQ_YG_FEP": ("queue", FINOPS, "SJ", "P", ["fin-ap11"], [],
                  {"product": "IBM MQ 9.3.0.17", "queue_manager": "QMYGFEP", "xmitq_maxdepth": 5000, "port": 1414,
                   "zone": "금융망", "desc": "계정계 ↔ 대외계 FEP 전문 큐"}),
    "mq-customs": ("queue", INTL, "SJ", "P", ["ujh-04802"], [],
                   {"product": "IBM MQ 9.2.0.25", "queue_manager": "QM_CUSTOMS", "channels": 6, "port": 1414,
                    "desc": "관세청/UPU EDI 큐"}),
    "kfk-trk-stg": ("queue", TRACK, "SJ", "S", ["vsj-st102"], [],
                    {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 1, "port": 9092}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-sj-ext": ("SJ", NOC, ["onpost-web", "uj-apigw", "bidulgi-qry"],
                  {"vendor": "A10 Networks", "model": "Thunder 3350S", "version": "6.0.4", "vip": "203.0.113.80",
                   "endpoint": "www.onpost.kr", "cert_expiry": "2027-09-14", "cert_issuer": "Sectigo (수동 갱신)"}),
    "l4-sj-int": ("SJ", NOC, ["jebi-pos-api", "kkachi-pda-api", "cc-crm"],
                  {"vendor": "Citrix", "model": "ADC MPX 15000", "version": "14.1", "vip": "10.21.4.10",
                   "cert_expiry": "2028-05-31"}),
    "l4-fin": ("SJ", FINOPS, ["yg-ib", "yg-mbank"],
               {"vendor": "Radware", "model": "Alteon 6420", "version": "33.5.2", "vip": "10.90.1.20",
                "cert_expiry": "2028-03-02", "zone": "금융망"}),
    "gc-alb-5e0b7a": ("GC", CLOUD, ["onpost-web", "allim-gw"],
                      {"vendor": "G-클라우드", "model": "Application Load Balancer", "vip": "172.30.8.14",
                       "cert_expiry": "2028-01-20"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "vsp-sj01": ("SJ", IDC, {"vendor": "Hitachi", "model": "VSP E1090", "capacity_tb": 460,
                             "desc": "우편/주소/EMS DB 블록 스토리지"},
                 ["ujh-04127", "ujh-04128", "ujh-04310", "ujh-04802"]),
    "ds8k-fin": ("SJ", FINOPS, {"vendor": "IBM", "model": "DS8950F", "capacity_tb": 380, "zone": "금융망",
                                "desc": "예금/보험 계정계 스토리지 (z/OS, Oracle)"},
                 ["LPAR_YG1", "LPAR_YG2", "fin-db21"]),
    "nas-sj-img": ("SJ", IDC, {"vendor": "Dell", "model": "PowerScale F710", "onefs": "9.7.0.2", "capacity_tb": 1200,
                               "protocol": "NFS v3 / SMB", "desc": "배달 증빙 사진, 통관 X-ray 이미지"},
                   ["vsj-ap042", "vsj-ap061"]),
    "dd-sj-bk": ("SJ", IDC, {"vendor": "HPE", "model": "StoreOnce 5660", "capacity_tb": 576, "desc": "백업 (DB, 이미지)"}, []),
    "vsp-gj01": ("GJ", IDC, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 300,
                             "desc": "DR 복제 스토리지 (우편 DB, 주소 DB)"}, ["vgj-ap011"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 세종IDC VMs
    "vsj-ap031": ("SJ", "P", "vm", {"role": "창구 POS AP #1"}),
    "vsj-ap032": ("SJ", "P", "vm", {"role": "창구 POS AP #2, 요금 엔진"}),
    "vsj-ap033": ("SJ", "P", "vm", {"role": "결제 승인, 발번"}),
    "vsj-ap041": ("SJ", "P", "vm", {"role": "PDA 백엔드, 순로"}),
    "vsj-ap042": ("SJ", "P", "vm", {"role": "배달 사진, MDM"}),
    "vsj-ap051": ("SJ", "P", "vm", {"role": "분류 통합 제어, 구분 계획"}),
    "vsj-ap061": ("SJ", "P", "vm", {"role": "국제 EMS, 통관/UPU EDI"}),
    "vsj-ap071": ("SJ", "P", "vm", {"role": "도로명주소 API/동기화"}),
    "vsj-ap081": ("SJ", "P", "vm", {"role": "고객센터 CRM, 상담 DB"}),
    "vsj-ap091": ("SJ", "P", "vm", {"role": "SSO, 모니터링"}),
    "vsj-st101": ("SJ", "S", "vm", {"role": "우편/추적 스테이징"}),
    "vsj-st102": ("SJ", "S", "vm", {"role": "금융/Kafka 스테이징"}),
    "vsj-dv201": ("SJ", "D", "vm", {"role": "개발 공용"}),
    # 광주DR센터
    "vgj-ap011": ("GJ", "P", "vm", {"role": "DR 대기 AP (창구 POS, 주소)", "dr_mode": "warm standby"}),
    # G-클라우드 (cloud-generated ids)
    "gc-i-0a3f91d2": ("GC", "P", "cloud", {"role": "인터넷우체국 WAS", "instance_type": "c2-g3-32"}),
    "gc-i-0b77c4e1": ("GC", "P", "cloud", {"role": "종추적 조회, B2B API 게이트웨이", "instance_type": "c2-g3-32"}),
    "gc-i-0c12f9a8": ("GC", "P", "cloud", {"role": "알림톡 게이트웨이", "instance_type": "s2-g3-16"}),
    # 세종IDC bare metal (asset tags)
    "ujh-04127": ("SJ", "P", "bare", {"role": "Oracle RAC UPOSTP node 1", "model": "HPE ProLiant DL380 Gen11", "rack": "3F-C07-U12"}),
    "ujh-04128": ("SJ", "P", "bare", {"role": "Oracle RAC UPOSTP node 2", "model": "HPE ProLiant DL380 Gen11", "rack": "3F-C07-U16"}),
    "ujh-04310": ("SJ", "P", "bare", {"role": "PostgreSQL (주소, 집배)", "model": "Dell PowerEdge R760", "rack": "3F-C09-U04"}),
    "ujh-04455": ("SJ", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660", "rack": "3F-D02-U20"}),
    "ujh-04456": ("SJ", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660", "rack": "3F-D02-U22"}),
    "ujh-04457": ("SJ", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660", "rack": "3F-D03-U20"}),
    "ujh-04512": ("SJ", "P", "bare", {"role": "Elasticsearch 종추적 #1", "model": "Lenovo ThinkSystem SR650 V3", "rack": "3F-D05-U10"}),
    "ujh-04513": ("SJ", "P", "bare", {"role": "Elasticsearch 종추적 #2", "model": "Lenovo ThinkSystem SR650 V3", "rack": "3F-D05-U14"}),
    "ujh-04601": ("SJ", "P", "bare", {"role": "Redis (창구, 종추적)", "model": "Dell PowerEdge R660", "rack": "3F-C11-U08"}),
    "ujh-04720": ("SJ", "P", "bare", {"role": "ELK 로그 수집", "model": "Lenovo ThinkSystem SR650 V3", "rack": "3F-E01-U02"}),
    "ujh-04801": ("SJ", "P", "bare", {"role": "종추적 수집 AP", "model": "Dell PowerEdge R660", "rack": "3F-D06-U18"}),
    "ujh-04802": ("SJ", "P", "bare", {"role": "EMS DB, 통관 MQ", "model": "Dell PowerEdge R760", "rack": "3F-D06-U22"}),
    # 금융망 (finance zone)
    "LPAR_YG1": ("SJ", "P", "lpar", {"role": "예금 계정계 LPAR 1 (CICS, Db2 member YGP1)", "machine": "IBM z16 A01"}),
    "LPAR_YG2": ("SJ", "P", "lpar", {"role": "예금 계정계 LPAR 2 (CICS, Db2 member YGP2)", "machine": "IBM z16 A01"}),
    "fin-ap11": ("SJ", "P", "finunix", {"role": "대외계 FEP, IBM MQ", "model": "IBM Power S1022"}),
    "fin-ap12": ("SJ", "P", "finlinux", {"role": "인터넷/스마트뱅킹 WAS", "model": "HPE ProLiant DL360 Gen11"}),
    "fin-db21": ("SJ", "P", "finlinux", {"role": "보험 계정계 (JEUS, Oracle BHP)", "model": "HPE ProLiant DL580 Gen10"}),
    "fin-bt31": ("SJ", "P", "finlinux", {"role": "금융 배치 스케줄러 (Control-M agent)", "model": "HPE ProLiant DL360 Gen11"}),
    # sorting centre edge servers
    "DSL-SRT-E1": ("DSL", "P", "edge", {"role": "동서울 구분기 엣지 (PLC, 스캐너)", "model": "Advantech SKY-8101"}),
    "BSN-SRT-E1": ("BSN", "P", "edge", {"role": "부산 구분기 엣지 (PLC, 스캐너)", "model": "Advantech SKY-8101"}),
    "JBK-SRT-E1": ("JBK", "P", "edge", {"role": "중부권 구분기 엣지 (PLC, 스캐너)", "model": "Dell PowerEdge XR11"}),
    "JBK-SRT-E2": ("JBK", "P", "edge", {"role": "중부권 구분기 엣지 #2 (증설 공사 중)", "model": "Dell PowerEdge XR11"}),
    # call centre
    "cc-pbx01": ("CC", "P", "bare", {"role": "CTI/IVR 서버", "model": "Dell PowerEdge R650", "rack": "B1-R02-U10"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "wan-core-sj": ("SJ", {"device": "WAN core router", "vendor": "Cisco", "model": "ASR 9904", "firmware": "IOS-XR 7.9.2",
                           "desc": "전국 우정 WAN 코어 (주센터)"}),
    "wan-core-gj": ("GJ", {"device": "WAN core router", "vendor": "Cisco", "model": "ASR 9904", "firmware": "IOS-XR 7.9.2",
                           "desc": "전국 우정 WAN 코어 (DR)"}),
    "wan-agg-sudogwon": ("SJ", {"device": "WAN aggregation router", "vendor": "Juniper", "model": "MX304",
                                "firmware": "Junos 23.2R1", "region": "수도권", "offices": 1240}),
    "wan-agg-yeongnam": ("BSN", {"device": "WAN aggregation router", "vendor": "Juniper", "model": "MX304",
                                 "firmware": "Junos 23.2R1", "region": "영남권", "offices": 980}),
    "wan-agg-chungcheong": ("JBK", {"device": "WAN aggregation router", "vendor": "Juniper", "model": "MX204",
                                    "firmware": "Junos 22.4R3", "region": "충청권", "offices": 610}),
    "fw-fin-sj": ("SJ", {"device": "zone firewall", "vendor": "SECUI", "model": "MF2 7200", "firmware": "5.1.3",
                         "zone": "금융망", "desc": "금융망 경계 방화벽"}),
    "ce-scp-01": ("SCP", {"device": "post office CE router", "vendor": "Cisco", "model": "ISR 4451",
                          "firmware": "IOS-XE 17.9.4", "circuit": "KT-WAN-02-88417", "desc": "서울중앙우체국 WAN 회선"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("wan-agg-sudogwon", "wan-core-sj"),
    ("wan-agg-yeongnam", "wan-core-sj"),
    ("wan-agg-chungcheong", "wan-core-sj"),
    ("wan-core-sj", "wan-core-gj"),
    ("ce-scp-01", "wan-agg-sudogwon"),
    ("fw-fin-sj", "wan-core-sj"),
    ("DSL-SRT-E1", "wan-agg-sudogwon"),
    ("BSN-SRT-E1", "wan-agg-yeongnam"),
    ("JBK-SRT-E1", "wan-agg-chungcheong"),
    ("JBK-SRT-E2", "wan-agg-chungcheong"),
    ("FEP_KFTC", "fw-fin-sj"),
    ("yg-ib", "fw-fin-sj"),
    ("yg-mbank", "fw-fin-sj"),
]
# fmt: on
STATUS = {"JBK-SRT-E2": "maintenance", "yg-mbank-stg": "maintenance", "upmul_stat_old": "retired"}
NET_PREFIX = {"SJ": "10.21", "GJ": "10.31", "GC": "172.30", "DSL": "10.41", "BSN": "10.51", "JBK": "10.61",
              "SCP": "10.71", "CC": "10.81"}  # fmt: skip


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "P1",
        "kind": "db_bloat_bad_plan",
        "root": "pg-juso",
        "description": "at the Monday counter opening pg-juso's planner picks sequential scans on the address"
        " tables bloated by Sunday night's monthly full reload (autovacuum behind): its CPU saturates, juso-api"
        " slows, jebi-pos-api (7.4.0 deployed at 08:50, loudest) times out on address checks at the counters and"
        " kkachi-route follows, until the tables are vacuumed and analysed",
        "start": kst(30, 9, 10),
        "end": kst(30, 10, 5),
        "affected": ["pg-juso", "juso-api", "jebi-pos-api", "kkachi-route"],
    },
    {
        "id": "P2",
        "kind": "db2_active_log_full",
        "root": "DB2_YGP",
        "description": "in the night of the month end DB2_YGP's active log data sets fill because the archive-log"
        " offload stalls (tape pool full): the month-end interest batch ija_wolmal_bt (deployed Aug 31 16:00,"
        " loudest) abends, YEGEUM_CORE transactions wait on the log and yg-mbank transfers fail, until the"
        " archive pool is extended and offload resumes",
        "start": kst(1, 0, 30),
        "end": kst(1, 1, 25),
        "affected": ["DB2_YGP", "ija_wolmal_bt", "YEGEUM_CORE", "yg-mbank"],
    },
    {
        "id": "P3",
        "kind": "kafka_isr_shrink",
        "root": "kfk-trk",
        "description": "during Thursday's morning sorting wave kfk-trk shrinks its in-sync replicas after broker"
        " 3's long GC pauses and acks=all producers get NotEnoughReplicas: bidulgi-trk (deployed Wed 22:30,"
        " loudest) drops scan events, dsl-scancol backs up and allim-gw stops sending notices, until the broker"
        " is restarted with a larger heap",
        "start": kst(2, 3, 10),
        "end": kst(2, 4, 5),
        "affected": ["kfk-trk", "bidulgi-trk", "dsl-scancol", "allim-gw"],
    },
    {
        "id": "P4",
        "kind": "nas_latency_snapshot_job",
        "root": "nas-sj-img",
        "description": "on Friday afternoon nas-sj-img slows down under a SnapshotDelete and dedupe job moved into"
        " the daytime: kkachi-photo (deployed at 13:45, loudest) cannot upload proof-of-delivery photos,"
        " durumi-ems stalls on X-ray images and kkachi-pda-api delivery completions slow, until the job is paused",
        "start": kst(3, 14, 10),
        "end": kst(3, 15, 5),
        "affected": ["nas-sj-img", "kkachi-photo", "durumi-ems", "kkachi-pda-api"],
    },
    {
        "id": "P5",
        "kind": "host_cpu_av_scan",
        "root": "BSN-SRT-E1",
        "description": "during Saturday's morning sorting wave the Busan sorting centre edge server BSN-SRT-E1 is"
        " pinned by an antivirus full scan rescheduled into the wave: bsn-plcgw (2.3.1 deployed Friday 23:10,"
        " loudest) misses PLC acknowledgements, bsn-scancol lags and bunryu-wcs reports failed sort results,"
        " until the scan is stopped",
        "start": kst(4, 3, 40),
        "end": kst(4, 4, 35),
        "affected": ["BSN-SRT-E1", "bsn-plcgw", "bsn-scancol", "bunryu-wcs"],
    },
    {
        "id": "P6",
        "kind": "mq_xmitq_full",
        "root": "MQ_YG_FEP",
        "description": "on Sunday evening MQ_YG_FEP's transmission queue to the FEP reaches MAXDEPTH while the"
        " sender channel retries after a cipher change on the KFTC side (MQRC 2053): FEP_KFTC cannot send"
        " interbank transfers, yg-mbank (deployed at 18:50, loudest) and yg-ib fail transfers, until the channel"
        " cipher spec is aligned",
        "start": kst(5, 19, 20),
        "end": kst(5, 20, 15),
        "affected": ["MQ_YG_FEP", "FEP_KFTC", "yg-mbank", "yg-ib"],
    },
    {
        "id": "P7",
        "kind": "db_process_limit",
        "root": "ora-upost",
        "description": "at the Monday counter peak of the 추석 parcel season ora-upost runs out of processes"
        " (ORA-00020) after onpost-web's connection pool was raised on Friday: jebi-pos-api (7.4.2 deployed at"
        " 09:30, loudest) fails parcel acceptance at the counters, jebi-rate and kkachi-pda-api fail (ongoing)",
        "start": kst(6, 9, 55),
        "end": None,
        "affected": ["ora-upost", "jebi-pos-api", "jebi-rate", "kkachi-pda-api"],
    },
]
P1, P2, P3, P4, P5, P6, P7 = INCIDENTS
FULL_RELOAD = kst(29, 22, 0)  # pg-juso monthly full reload (bloat)
POOL_RAISED = kst(3, 18, 30)  # onpost-web db_pool_max 250 → 400
MONTH_END = (kst(31, 23, 0), kst(1, 2, 10))  # ija_wolmal_bt normally runs about 3 hours


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
        owner = IDC
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 40, 'D': 60}[env]) + i // 9}.{21 + (i * 41) % 200}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "Rocky Linux 9.4"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U3"}  # fmt: skip
        elif kind == "cloud":
            attrs |= {"os": "Ubuntu 22.04 LTS", "vcpu": 32 if extra["instance_type"].startswith("c2") else 16,
                      "zone": "gc-kr-central-1a", "image": f"img-{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = CLOUD
        elif kind == "lpar":
            attrs |= {"os": "z/OS 2.5", "msu": rng.choice([480, 620]), "sysplex": "YGPLEX", "zone": "금융망"}
            owner = FINOPS
        elif kind == "finunix":
            attrs |= {"os": "AIX 7.3 TL2", "cores": 12, "mem_gb": 256, "zone": "금융망",
                      "serial": f"78{rng.randint(10000, 99999)}"}  # fmt: skip
            owner = FINOPS
        elif kind == "finlinux":
            attrs |= {"os": "RHEL 8.10", "cores": rng.choice([32, 48]), "mem_gb": rng.choice([256, 512]),
                      "zone": "금융망", "serial": f"SGH{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = FINOPS
        elif kind == "edge":
            attrs |= {"os": rng.choice(["Windows Server 2022 IoT", "Ubuntu 22.04 LTS"]), "cores": 8, "mem_gb": 32,
                      "centre": SITES[site], "av": "AhnLab V3 Net for Windows Server 9.0"}  # fmt: skip
            if attrs["os"].startswith("Ubuntu"):
                attrs["av"] = "AhnLab V3 Net for Linux Server 3.5"
            owner = LOGIS
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', 'J30'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("ujh-04127", "ujh-04128", "ujh-04310", "ujh-04802"):
                owner = DBA
            if h.startswith("cc-"):
                owner = CALL
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        owner = FINOPS if n.startswith("fw-fin") else NOC
        cis.append(ci_record(n, "host", "prod", owner, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _season(ts: datetime) -> float:
    """The 추석 parcel season: volume rising through the window (1.0 at its start, 1.3 at now)."""
    return 1.0 + 0.3 * max(0.0, min(1.0, (ts - START) / (NOW - START)))


def _counter(ts: datetime) -> float:
    """Post office counters: 09–18 on weekdays (lunch dip 12–13), Mondays the busiest, a few offices on
    Saturday mornings, closed on Sundays; parcel volume grows with the season."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.06
    if wd < 5:
        if 9 <= h < 18:
            v += (0.62 if wd == 0 else 0.5) * (0.7 if 12 <= h < 13 else 1.0)
        elif 8 <= h < 9:
            v += 0.15
        v += 0.12 * _bump(h, 10.0, 0.8) * (1.5 if wd == 0 else 1.0)  # the opening rush
    elif wd == 5 and 9 <= h < 13:
        v += 0.15
    return max(0.04, min(1.0, v * _season(ts)))


def _sorting(ts: datetime) -> float:
    """The sorting centres: the morning wave 02–06 (full after a counter day, light on Sunday and Monday
    mornings), the afternoon inbound 15–20."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    wave = 0.62 if wd in (1, 2, 3, 4, 5) else 0.28
    v = 0.14
    if 2 <= h < 6:
        v += wave
    elif 15 <= h < 20 and wd < 5:
        v += 0.22
    return max(0.05, min(1.0, v * _season(ts)))


def _delivery(ts: datetime) -> float:
    """Carriers: loading 07–09, out delivering 09–18 on weekdays; no delivery at the weekend."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.06
    v = 0.08
    if 7 <= h < 9:
        v += 0.35
    elif 9 <= h < 18:
        v += 0.6 * (0.75 if 12 <= h < 13 else 1.0)
    return max(0.05, min(1.0, v * _season(ts)))


def _tracking(ts: datetime) -> float:
    """Tracking: scan events during the wave and delivery, customers looking all day."""
    return max(0.05, min(1.0, 0.1 + 0.5 * _sorting(ts) + 0.45 * _delivery(ts)))


def _banking(ts: datetime) -> float:
    """Savings and insurance: business hours on weekdays, the evening mobile peak, quieter weekends."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.1
    if wd < 5 and 9 <= h < 18:
        v += 0.55
    elif 7 <= h < 23:
        v += 0.22 + 0.1 * _bump(h, 20.5, 1.2)
    if _local(ts).day in (31, 1) and 9 <= h < 18:  # the month end and the first: salaries, insurance premiums
        v += 0.15
    return max(0.05, min(1.0, v))


def _month_end(ts: datetime) -> float:
    return 0.9 if MONTH_END[0] <= ts < MONTH_END[1] else 0.08 + 0.1 * _banking(ts)


def _callcentre(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.05 + (0.6 if wd < 5 and 9 <= h < 18 else 0.0) * (0.8 if 12 <= h < 13 else 1.0)
    return max(0.05, min(1.0, v * _season(ts)))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    return 0.15 + (0.45 if wd < 5 and 9 <= h < 18 else 0.0)


def _steady(ts: datetime) -> float:
    return 0.5


COUNTER_SIDE = {
    "jebi-pos-api", "jebi-rate", "jebi-pay", "jebi-label", "onpost-web", "uj-apigw", "juso-api", "ora-upost",
    "pg-juso", "rds-pos", "uj-sso", "l4-sj-int", "l4-sj-ext", "gc-alb-5e0b7a", "vsj-ap031", "vsj-ap032",
    "vsj-ap033", "vsj-ap071", "vsj-ap091", "ujh-04127", "ujh-04128", "ujh-04310", "ujh-04601", "gc-i-0a3f91d2",
    "vsp-sj01", "wan-agg-sudogwon", "wan-agg-yeongnam", "wan-agg-chungcheong", "wan-core-sj", "ce-scp-01",
    "durumi-ems", "pg-ems", "vsj-ap061",
}  # fmt: skip
SORTING_SIDE = {"bunryu-wcs", "bunryu-plan", "dsl-plcgw", "bsn-plcgw", "jbk-plcgw", "dsl-scancol", "bsn-scancol",
                "jbk-scancol", "DSL-SRT-E1", "BSN-SRT-E1", "JBK-SRT-E1", "vsj-ap051", "ems_customs_if",
                "durumi-upu", "mq-customs", "ujh-04802"}  # fmt: skip
DELIVERY_SIDE = {"kkachi-pda-api", "kkachi-route", "kkachi-photo", "pda-mdm", "pg-kkachi", "vsj-ap041",
                 "vsj-ap042", "nas-sj-img"}  # fmt: skip
TRACKING_SIDE = {"bidulgi-trk", "bidulgi-qry", "allim-gw", "kfk-trk", "es-trk", "rds-trk", "ujh-04455",
                 "ujh-04456", "ujh-04457", "ujh-04512", "ujh-04513", "ujh-04801", "gc-i-0b77c4e1",
                 "gc-i-0c12f9a8"}  # fmt: skip
BANKING_SIDE = {"YEGEUM_CORE", "BOHUM_CORE", "FEP_KFTC", "yg-ib", "yg-mbank", "DB2_YGP", "ORA_BHP", "MQ_YG_FEP",
                "LPAR_YG1", "LPAR_YG2", "fin-ap11", "fin-ap12", "fin-db21", "l4-fin", "fw-fin-sj", "ds8k-fin"}  # fmt: skip
MONTH_END_SIDE = {"ija_wolmal_bt", "fin-bt31"}
CALL_SIDE = {"cc-cti", "cc-crm", "pg-cc", "vsj-ap081", "cc-pbx01"}
OFFICE_SIDE = {"zbx-uj", "elk-log", "ujh-04720", "juso_sync_batch", "wan-core-gj", "vgj-ap011", "vsp-gj01",
               "dd-sj-bk"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (COUNTER_SIDE, _counter),
        (SORTING_SIDE, _sorting),
        (DELIVERY_SIDE, _delivery),
        (TRACKING_SIDE, _tracking),
        (BANKING_SIDE, _banking),
        (MONTH_END_SIDE, _month_end),
        (CALL_SIDE, _callcentre),
        (OFFICE_SIDE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "P1": {0: (8.0, 2.5), 1: (5.0, 11.0), 2: (2.6, 7.0)},
    "P2": {0: (10.0, 6.0), 1: (6.0, 12.0), 2: (2.4, 8.0)},
    "P3": {0: (6.0, 8.0), 1: (3.2, 12.0)},
    "P4": {0: (11.0, 2.0), 1: (5.0, 10.0), 2: (2.0, 6.0)},
    "P5": {1: (5.5, 13.0), 2: (2.2, 7.5)},
    "P6": {0: (7.0, 11.0), 1: (4.0, 13.0), 2: (2.5, 9.0)},
    "P7": {0: (3.5, 9.0), 1: (3.0, 12.0)},
}
EFFECT_OVERRIDE = {
    ("P1", "jebi-pos-api"): (4.8, 26.0),
    ("P2", "ija_wolmal_bt"): (3.0, 44.0),
    ("P3", "bidulgi-trk"): (4.2, 31.0),
    ("P4", "kkachi-photo"): (7.0, 29.0),
    ("P5", "bsn-plcgw"): (6.5, 35.0),
    ("P6", "yg-mbank"): (3.4, 27.0),
    ("P6", "yg-ib"): (2.0, 7.5),
    ("P7", "jebi-pos-api"): (3.6, 33.0),
    ("P7", "jebi-rate"): (2.6, 16.0),
    ("P7", "kkachi-pda-api"): (1.9, 8.5),
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "ujh-04127", "ujh-04128", "ujh-04310", "ujh-04455", "ujh-04456", "ujh-04457", "ujh-04512", "ujh-04513",
    "ujh-04601", "ujh-04720", "ujh-04801", "ujh-04802", "LPAR_YG1", "LPAR_YG2", "fin-ap11", "fin-db21",
    "fin-bt31", "DSL-SRT-E1", "BSN-SRT-E1", "JBK-SRT-E1", "JBK-SRT-E2", "cc-pbx01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(14, 36), rng.uniform(36, 62), rng.uniform(22, 58)
    growth = rng.uniform(0, 0.1)
    if name == "ujh-04720":  # ELK: the log indices creep up
        disk0, growth = 58.5, 1.75
    if name in ("LPAR_YG1", "LPAR_YG2"):
        cpu0 = rng.uniform(38, 46)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "BSN-SRT-E1":  # the antivirus full scan
            cpu += (97.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, P5["start"], P5["end"], rise=5, fall=10)
        if name in ("ujh-04127", "ujh-04128"):  # server processes piling up
            cpu += 34 * ramp(ts, P7["start"], P7["end"], rise=10)
            mem += 22 * ramp(ts, P7["start"], P7["end"], rise=15)
        if name == "ujh-04310":  # seq scans on the bloated address tables
            cpu += (94.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, P1["start"], P1["end"], rise=5, fall=10)
        if name == "ujh-04457":  # broker 3's GC pauses
            cpu += 48 * ramp(ts, P3["start"] - timedelta(minutes=10), P3["end"], rise=5, fall=10)
            mem += 25 * ramp(ts, P3["start"] - timedelta(minutes=10), P3["end"], rise=5, fall=10)
        if name == "fin-bt31" and MONTH_END[0] <= ts < MONTH_END[1] + timedelta(hours=1):
            cpu += 25
        if name == "JBK-SRT-E2":
            cpu = 0.9 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-agg-yeongnam": 7.8, "wan-agg-chungcheong": 4.1, "ce-scp-01": 2.6, "wan-core-gj": 9.2}.get(
        name, rng.uniform(0.3, 1.1)
    )
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.7 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + 0.15 * load(ts)) * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


SNAPSHOT_JOB = (kst(3, 14, 0), kst(3, 15, 5))


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-sj-img": (76, 77), "dd-sj-bk": (61, 63), "ds8k-fin": (66, 67)}.get(name, (38, 56))
    per_day = 0.18 if name == "nas-sj-img" else 0.04
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.9) if name in ("vsp-sj01", "ds8k-fin", "vsp-gj01") else rng.uniform(1.8, 3.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            lat *= 1 + r * hop_effect(EFFECT, inc, hop)[0]
        if name == "dd-sj-bk" and 1 <= seoul_hour(ts) < 2.5:  # the nightly backups
            lat *= 1.7
        if name == "nas-sj-img":  # the snapshot delete frees a little space
            v -= 1.5 * ramp(ts, SNAPSHOT_JOB[0], SNAPSHOT_JOB[1], rise=50, fall=600)
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "jebi-pos-api": 120.0, "jebi-rate": 45.0, "jebi-pay": 380.0, "jebi-label": 60.0, "onpost-web": 260.0,
    "uj-apigw": 70.0, "bidulgi-trk": 18.0, "bidulgi-qry": 55.0, "allim-gw": 140.0, "kkachi-pda-api": 170.0,
    "kkachi-route": 640.0, "kkachi-photo": 310.0, "pda-mdm": 240.0, "bunryu-wcs": 85.0, "bunryu-plan": 900.0,
    "dsl-plcgw": 11.0, "bsn-plcgw": 12.0, "jbk-plcgw": 10.0, "dsl-scancol": 8.0, "bsn-scancol": 8.5,
    "jbk-scancol": 7.5, "durumi-ems": 230.0, "ems_customs_if": 520.0, "durumi-upu": 410.0, "juso-api": 35.0,
    "juso_sync_batch": 780.0, "YEGEUM_CORE": 42.0, "BOHUM_CORE": 160.0, "FEP_KFTC": 95.0, "yg-ib": 210.0,
    "yg-mbank": 180.0, "ija_wolmal_bt": 450.0, "cc-cti": 25.0, "cc-crm": 330.0, "uj-sso": 30.0, "elk-log": 95.0,
    "zbx-uj": 110.0,
    "ora-upost": 3.8, "DB2_YGP": 1.6, "ORA_BHP": 3.1, "pg-juso": 2.2, "pg-kkachi": 2.6, "es-trk": 14.0,
    "pg-ems": 2.9, "pg-cc": 2.4, "rds-pos": 0.35, "rds-trk": 0.45, "kfk-trk": 4.5, "MQ_YG_FEP": 2.1,
    "mq-customs": 5.2, "l4-sj-ext": 1.4, "l4-sj-int": 0.9, "l4-fin": 1.1, "gc-alb-5e0b7a": 1.8,
}  # fmt: skip
REQUEST_RATE = {
    "jebi-pos-api": 2100.0, "jebi-rate": 3400.0, "jebi-pay": 420.0, "jebi-label": 760.0, "onpost-web": 1650.0,
    "uj-apigw": 2900.0, "bidulgi-trk": 5200.0, "bidulgi-qry": 4100.0, "allim-gw": 880.0, "kkachi-pda-api": 1900.0,
    "kkachi-route": 120.0, "kkachi-photo": 640.0, "bunryu-wcs": 1500.0, "dsl-plcgw": 3800.0, "bsn-plcgw": 3100.0,
    "jbk-plcgw": 4600.0, "dsl-scancol": 2700.0, "bsn-scancol": 2200.0, "jbk-scancol": 3300.0,
    "durumi-ems": 160.0, "ems_customs_if": 45.0, "durumi-upu": 70.0, "juso-api": 2600.0, "YEGEUM_CORE": 6800.0,
    "BOHUM_CORE": 900.0, "FEP_KFTC": 1250.0, "yg-ib": 1400.0, "yg-mbank": 3600.0, "ija_wolmal_bt": 40.0,
    "cc-crm": 95.0, "uj-sso": 310.0,
    "ora-upost": 16500.0, "DB2_YGP": 21000.0, "ORA_BHP": 3900.0, "pg-juso": 5400.0, "pg-kkachi": 3100.0,
    "es-trk": 7800.0, "pg-ems": 620.0, "rds-pos": 24000.0, "rds-trk": 18500.0, "kfk-trk": 9400.0,
    "MQ_YG_FEP": 1300.0, "mq-customs": 260.0, "l4-sj-ext": 5800.0, "l4-sj-int": 4300.0, "l4-fin": 5200.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and search clusters with a memory gauge: (level, swing with load)
    "rds-pos": (52.0, 10.0), "rds-trk": (61.0, 7.0), "kfk-trk": (48.0, 9.0), "MQ_YG_FEP": (31.0, 6.0),
    "mq-customs": (37.0, 4.0), "es-trk": (68.0, 6.0),
}  # fmt: skip
DB_CPU = {"ora-upost": (22.0, 40.0), "pg-juso": (12.0, 30.0), "DB2_YGP": (30.0, 34.0)}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu_base, cpu_swing = DB_CPU.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is P3 and name in ("kfk-trk", "bidulgi-trk", "dsl-scancol"):
                req *= 1 - 0.5 * r  # produce requests refused
            if inc is P2 and name == "ija_wolmal_bt":
                req *= 1 - 0.85 * r
            if inc is P5 and name == "bsn-plcgw":
                req *= 1 - 0.6 * r
            if inc is P7 and name == "ora-upost":
                req *= 1 - 0.25 * r  # new sessions refused
            if inc is P6 and name == "MQ_YG_FEP":
                req *= 1 - 0.7 * r
        if name == "pg-kkachi":  # the noisy neighbour: same host as pg-juso, starved of CPU during P1
            rt *= 1 + 1.6 * ramp(ts, P1["start"] + timedelta(minutes=5), P1["end"], rise=10, fall=10)
        if name == "ija_wolmal_bt" and not MONTH_END[0] <= ts < MONTH_END[1] + timedelta(minutes=50):
            req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "kfk-trk":  # page cache and request queues backing up
                mem += 34 * ramp(ts, P3["start"], P3["end"], rise=10, fall=10)
            if name == "MQ_YG_FEP":  # the transmission queue filling up
                mem += (96.5 + rng.gauss(0, 0.3) - mem) * ramp(ts, P6["start"], P6["end"], rise=20, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:  # the database's own CPU (average of its nodes)
            cpu = cpu_base + cpu_swing * d + rng.gauss(0, 1.2)
            if name == "pg-juso":
                cpu += (95.5 + rng.gauss(0, 0.6) - cpu) * ramp(ts, P1["start"], P1["end"], rise=5, fall=10)
            if name == "ora-upost":
                cpu += 30 * ramp(ts, P7["start"], P7["end"], rise=10)
            if name == "DB2_YGP" and MONTH_END[0] <= ts < MONTH_END[1]:
                cpu += 18
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The sort-plan batch, the address sync, the backups and the external certificate warning."""
    rows = []
    for d in [27, 28, 29, 30, 31, 1, 2, 3, 4, 5, 6]:
        rows.append((d, 1, 30, "bunryu-plan", "info", "batch_job", "구분 계획 배포 시작 (SORTPLAN_DIST)"))
        rows.append((d, 1, 48, "bunryu-plan", "info", "batch_job", "구분 계획 배포 완료 (3개 집중국)"))
        rows.append(
            (d, 4, 0, "juso_sync_batch", "info", "batch_job", "도로명주소 변동분 반영 시작 (JUSO_DAILY)")
        )
        rows.append(
            (
                d,
                1,
                0,
                "dd-sj-bk",
                "info",
                "backup",
                "DB/이미지 일일 백업 시작 (ora-upost, pg-juso, nas-sj-img)",
            )
        )
        month = 8 if d >= 20 else 9
        left = (datetime(2027, 9, 14) - datetime(2027, month, d)).days
        rows.append(
            (d, 9, 0, "l4-sj-ext", "warning", "cert_expiry",
             f"SSL certificate www.onpost.kr expires in {left} days (2027-09-14), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day (27–31 Aug, 1–6 Sep), hh, mm, ci, severity, type, message)
    (27, 14, 0, "JBK-SRT-E2", "info", "maintenance", "중부권 2호 구분기 증설 공사: 엣지서버 JBK-SRT-E2 가동 중지"),
    (28, 8, 0, "ujh-04720", "warning", "threshold_breach", "disk_usage above 60% on /data/elastic"),
    (27, 17, 0, "yg-mbank-stg", "info", "maintenance", "스마트뱅킹 스테이징 전자서명 모듈 교체 테스트 (점검)"),
    (28, 10, 0, "jebi-pos-api-stg", "info", "deployment", "jebi-pos-api-stg 7.5.0-rc1 배포"),
    (29, 22, 0, "juso_sync_batch", "info", "config_change", "월간 도로명주소 전체 재적재 (JUSO_FULL_RELOAD, 약 640만건)"),
    (29, 23, 40, "juso_sync_batch", "info", "batch_job", "월간 전체 재적재 완료"),
    (30, 8, 50, "jebi-pos-api", "info", "deployment", "jebi-pos-api 7.4.0 배포 (추석 소포 접수 화면 개선)"),
    (31, 9, 0, "ujh-04720", "warning", "threshold_breach", "disk_usage above 65% on /data/elastic"),
    (31, 16, 0, "ija_wolmal_bt", "info", "deployment", "ija_wolmal_bt 배포 (9월 우대금리 테이블 반영)"),
    (31, 19, 30, "ds8k-fin", "info", "change_notice", "테이프 라이브러리 TS4500 카트리지 교체 작업 (아카이브 풀 축소)"),
    (31, 23, 0, "ija_wolmal_bt", "info", "batch_job", "월말 이자 결산 배치 시작 (YGIJ0100)"),
    (1, 22, 30, "bidulgi-trk", "info", "deployment", "bidulgi-trk 5.1.0 배포 (스캔 이벤트 스키마 v3)"),
    (3, 9, 0, "ujh-04720", "warning", "threshold_breach", "disk_usage above 70% on /data/elastic"),
    (2, 15, 0, "kkachi-pda-api-dev", "info", "deployment", "kkachi-pda-api-dev 6.1.0-SNAPSHOT 배포"),
    (3, 11, 0, "nas-sj-img", "info", "config_change", "SnapshotDelete/SmartDedupe 작업 스케줄 변경 (야간 → 14:00)"),
    (3, 13, 30, "kkachi-pda-api-dev", "info", "load_test", "개발계 PDA 부하 테스트 (nGrinder 2000 vuser)"),
    (3, 13, 45, "kkachi-photo", "info", "deployment", "kkachi-photo 1.12.0 배포 (사진 압축률 변경)"),
    (3, 18, 30, "onpost-web", "info", "config_change", "onpost-web DB 커넥션 풀 최대 250 → 400 (추석 대비)"),
    (3, 23, 10, "bsn-plcgw", "info", "deployment", "bsn-plcgw 2.3.1 배포 (슈트 만재 신호 처리 개선)"),
    (4, 3, 30, "BSN-SRT-E1", "info", "config_change", "V3 정기 전체검사 스케줄 변경 적용 (매주 토 03:30)"),
    (5, 17, 0, "fw-fin-sj", "info", "maintenance", "금융망 방화벽 정책 정기 점검"),
    (5, 18, 50, "yg-mbank", "info", "deployment", "yg-mbank 9.4.0 배포 (이체 한도 안내 팝업)"),
    (6, 8, 10, "ujh-04720", "warning", "threshold_breach", "disk_usage above 75% on /data/elastic"),
    (6, 9, 30, "jebi-pos-api", "info", "deployment", "jebi-pos-api 7.4.2 배포 (추석 특별소통 요금 안내)"),
    # P1 (Monday counter opening)
    (30, 9, 11, "pg-juso", "warning", "cpu", "CPU 89% on ujh-04310, seq scan on tb_road_addr (n_dead_tup 41M)"),
    (30, 9, 14, "pg-juso", "critical", "performance", "slow queries: address search 4.2s avg, autovacuum behind"),
    (30, 9, 17, "juso-api", "major", "error", "주소 정제 API 타임아웃 증가"),
    (30, 9, 22, "jebi-pos-api", "critical", "error", "창구 소포 접수 주소 확인 실패, 5xx 27%"),
    (30, 9, 26, "kkachi-route", "warning", "error", "순로 재계산 지연 (주소 좌표 조회 실패)"),
    (30, 9, 55, "pg-juso", "info", "config_change", "VACUUM ANALYZE tb_road_addr, autovacuum_vacuum_cost_limit 상향"),
    (30, 10, 10, "jebi-pos-api", "info", "recovery", "창구 접수 정상화"),
    # P2 (month-end night)
    (1, 0, 28, "DB2_YGP", "warning", "log", "DSNJ017E archive log offload waiting: tape pool ARCHPOOL full"),
    (1, 0, 33, "DB2_YGP", "critical", "log_full", "DSNJ111E OUT OF SPACE IN ACTIVE LOG DATA SETS, updates suspended"),
    (1, 0, 36, "ija_wolmal_bt", "critical", "batch_job", "YGIJ0240 ABEND S04E (이자 결산 단계 중단)"),
    (1, 0, 38, "YEGEUM_CORE", "major", "error", "CICS 트랜잭션 대기 증가 (Db2 log wait)"),
    (1, 0, 44, "yg-mbank", "major", "error", "이체 실패 증가 (계정계 응답 지연)"),
    (1, 1, 15, "DB2_YGP", "info", "config_change", "ARCHPOOL 볼륨 추가, 아카이브 오프로드 재개"),
    (1, 1, 40, "ija_wolmal_bt", "info", "batch_job", "월말 이자 결산 배치 재실행 (YGIJ0240부터)"),
    (1, 3, 55, "ija_wolmal_bt", "info", "batch_job", "월말 이자 결산 배치 완료 (지연)"),
    # P3 (Thursday sorting wave)
    (2, 3, 2, "kfk-trk", "warning", "performance", "broker 3 (ujh-04457) GC pause 9.8s"),
    (2, 3, 12, "kfk-trk", "critical", "replication", "UnderReplicatedPartitions 96, ISR shrink on trk.scan.v3"),
    (2, 3, 16, "bidulgi-trk", "critical", "error", "NotEnoughReplicasException: 스캔 이벤트 적재 실패 31%"),
    (2, 3, 19, "dsl-scancol", "major", "error", "스캐너 이벤트 전송 버퍼 적체"),
    (2, 3, 24, "allim-gw", "warning", "error", "배달 예정 알림 발송 지연"),
    (2, 3, 58, "kfk-trk", "info", "config_change", "broker 3 재시작 (heap 8g → 16g), ISR 복구"),
    (2, 4, 10, "bidulgi-trk", "info", "recovery", "스캔 이벤트 적재 정상"),
    # P4 (Friday afternoon)
    (3, 14, 12, "nas-sj-img", "warning", "latency", "NFS latency 35 ms on /ifs/pod (SnapshotDelete running)"),
    (3, 14, 16, "nas-sj-img", "critical", "latency", "NFS latency 110 ms, SmartDedupe + SnapshotDelete"),
    (3, 14, 19, "kkachi-photo", "critical", "error", "배달 사진 업로드 실패 (NFS write timeout) 28%"),
    (3, 14, 22, "durumi-ems", "major", "error", "통관 X-ray 이미지 조회 지연"),
    (3, 14, 27, "kkachi-pda-api", "warning", "error", "배달 완료 처리 지연"),
    (3, 15, 0, "nas-sj-img", "info", "config_change", "SnapshotDelete 작업 일시 중지, 야간 스케줄 원복"),
    (3, 15, 10, "kkachi-photo", "info", "recovery", "사진 업로드 정상"),
    # P5 (Saturday sorting wave, Busan)
    (4, 3, 41, "BSN-SRT-E1", "warning", "cpu", "CPU 96% (V3 정기 전체검사 진행 중)"),
    (4, 3, 45, "bsn-plcgw", "critical", "error", "PLC ACK timeout, 슈트 배정 실패 34%"),
    (4, 3, 48, "bsn-scancol", "major", "error", "스캐너 읽기 결과 전송 지연"),
    (4, 3, 55, "bunryu-wcs", "warning", "error", "부산집중국 구분 실적 누락"),
    (4, 4, 30, "BSN-SRT-E1", "info", "config_change", "V3 전체검사 중지, 검사 시간 일요일 14:00로 변경"),
    (4, 4, 40, "bsn-plcgw", "info", "recovery", "PLC 통신 정상"),
    # P6 (Sunday evening)
    (5, 19, 12, "MQ_YG_FEP", "warning", "channel", "AMQ9999E channel YGFEP.TO.KFTC retrying (SSL handshake)"),
    (5, 19, 24, "MQ_YG_FEP", "critical", "queue_full", "MQRC 2053 MQRC_Q_FULL on YGFEP.XMITQ (5000/5000)"),
    (5, 19, 27, "FEP_KFTC", "major", "error", "타행이체 전문 송신 불가"),
    (5, 19, 31, "yg-mbank", "critical", "error", "타행이체 실패 26% (대외계 응답 없음)"),
    (5, 19, 34, "yg-ib", "warning", "error", "인터넷뱅킹 타행이체 지연"),
    (5, 20, 10, "MQ_YG_FEP", "info", "config_change", "SSLCIPH TLS_AES_256_GCM_SHA384로 변경, 채널 재시작"),
    (5, 20, 20, "yg-mbank", "info", "recovery", "타행이체 정상"),
    # P7 (Monday counter peak, ongoing)
    (6, 9, 52, "ora-upost", "warning", "sessions", "processes 2310 / 2400"),
    (6, 9, 56, "ora-upost", "critical", "sessions", "ORA-00020: maximum number of processes (2400) exceeded"),
    (6, 10, 0, "jebi-pos-api", "critical", "error", "창구 소포 접수 실패 (DB 연결 불가) 32%"),
    (6, 10, 3, "jebi-rate", "major", "error", "요금 계산 실패 증가"),
    (6, 10, 7, "kkachi-pda-api", "warning", "error", "배달 완료 저장 지연"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = [(kst(d, h, m), ci, sev, typ, msg) for d, h, m, ci, sev, typ, msg in BACKGROUND + _daily_rows()]
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, NAME, SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
