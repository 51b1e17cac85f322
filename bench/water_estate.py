"""Generate the water-util estate (tests/fixtures/water-util/, interchange format) and its faults file.

A Korean metropolitan water utility's IT (가온시 상수도사업본부): the SCADA server `ScadaMaster` on SQL Server
`MSSQL-SCADA` and the tag bus `TagBus` (Kafka), the telemetry front-end processors `FEP-LTE1`, `FEP-LTE2` (LTE
private APN) and `FEP-LoRa` (over the LoRaWAN network server `LoRa-NS`) that poll the pumping stations (가압장,
`GAP-…`) and reservoirs (배수지, `BSJ-…`), the water-quality analysers at the reservoirs (잔류염소 and 탁도,
`wqa.<reservoir>-cl` / `-tb`), the historian `PI-Historian`, the operators' console `HMI-Ops` and the pump
energy optimiser `PumpOpt`, water-quality surveillance `WQ-Analytics` (on `PG-WQ`) and the public 수질 정보 open
API `SujilOpenAPI`, the smart-meter AMI head-end `AMI-HeadEnd` (RabbitMQ `AMI-MQ`), the MDMS on Tibero
`TIBERO-MDM`, leak detection `LeakWatch`, customer billing `Yogeum-Bill` (요금) with its nightly batch
`bill_calc_nightly` on the shared Oracle RAC `ORA-CIS` (customer information), the 민원 system `MinwonCore`, the
120 call centre (`CTI-120`, `Call-CRM`), the pipe-network GIS `GIS-Pipe` on PostGIS `PG-GIS`, work orders
`WorkOrder` and the field-crew mobile API `CrewApp-API`, payments `PayGate` with its links (`pg-link-kicc`,
`pg-link-toss`, `vbank-link`) and MariaDB `PAY-MARIA`, identity `GaonSSO` (`LDAP-Dir`, `sso-redis`), and the
citizen app backend `MinwonApp` (with `NoticeKakao` and `app-mysql`) in NHN Cloud. Sites: the headquarters
data centre `BONBU_IDC`, the DR site `DR_SEJONG`, the 120 call centre `CC_120`, NHN Cloud `NHN_KR1`, and the
field sites `FIELD_GAAPJANG` (pumping stations) and `FIELD_BAESUJI` (reservoirs). Environments are spelled
`PRD`, `TST` and `DEV`.

Naming: dotted host names with a site prefix (`bb.scada-a`, `bb.ora-cis1`, `dr.scada-a`, `cc.cti01`,
`nhn.k8s-w01`) and dotted analysers (`wqa.bomun-cl`), mixed-case services (`ScadaMaster`, `PI-Historian`,
`SujilOpenAPI`, `CrewApp-API`, `GaonSSO`), Korean-romanised ones (`Yogeum-Bill`, `MinwonCore`, `MinwonApp`),
field sites by their Korean abbreviation (`GAP-` 가압장, `BSJ-` 배수지) and vendor products in capitals
(`ORA-CIS`, `TIBERO-MDM`, `MSSQL-SCADA`, `PAS-BB-DMZ`, `UNITY-BB01`).

Seven injected incidents (times KST, now = Tuesday 2026-11-24 20:10; the window is the 8 days before):
  I1 Wed 18 15:00–15:55  PI-Historian's primary archive fills and the archive shift fails: snapshots queue,
                         WQ-Analytics, LeakWatch, HMI-Ops and PumpOpt read stale or no data, SujilOpenAPI
                         serves stale water quality and the citizen app's 수질 page errors
  I2 Thu 19 10:20–11:15  ORA-CIS' archiver is stuck (FRA 100 %, ORA-00257): every session that writes hangs —
                         billing, 민원, work orders, the 120 CRM, the crew app and the citizen app (shared DB)
  I3 Sat 21 13:40–14:35  AMI-MQ hits its disk free limit and blocks publishers: AMI-HeadEnd shows the loudest
                         errors (meter uploads rejected), MDMS and LeakWatch follow; the root is the broker
  I4 Sun 22 19:10–20:05  sso-redis fails over and the Sentinel quorum splits: GaonSSO cannot validate sessions,
                         logins fail in the citizen app, MinwonCore and the crew app
  I5 Mon 23 23:20–00:15  the host bb.fep-b (FEP-LTE2) loops on NIC resets (ixgbe Tx unit hang): FEP-LTE2 loses
                         its stations, the LTE2 pumping stations and reservoirs go comm-fail, ScadaMaster alarms
  I6 Tue 24 07:40–08:35  a GIS tile rebuild's long transaction on PG-GIS holds locks and saturates I/O at the
                         morning dispatch: GIS-Pipe slows, CrewApp-API (loudest), WorkOrder, LeakWatch and
                         MinwonCore follow
  I7 Tue 24 19:25–now    LoRa-NS drowns in a join-request storm (after the LoRa gateway firmware campaign):
                         uplinks dropped, FEP-LoRa and AMI-HeadEnd lose data, the LoRa reservoirs go stale,
                         MDMS follows (ongoing)
Confounders: the water-demand peaks morning and evening (later on the weekend), office hours at the 120
centre and 민원, the AMI upload window after midnight, the nightly billing batch, a rain front on Sunday that
raises turbidity at the reservoirs (demand and nature, not a fault), the weekly pump changeovers, analyser
calibrations, deploys just before I1 (LeakWatch), I2 (Call-CRM), I3 (AMI-HeadEnd), I4 (MinwonApp), I5
(FEP-LTE2 config), I6 (CrewApp-API) and I7 (AMI-HeadEnd), all victims; the DR SCADA host under maintenance;
the log host bb.log01 and the historian host bb.hist-b disks creeping up; the PAS-BB-DMZ certificate expiring
on 2026-12-03.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/water_golden.py) are computed from the files.

    .venv/bin/python bench/water_estate.py   # rewrites tests/fixtures/water-util*
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

NAME = "water-util"
NOW = datetime(2026, 11, 24, 11, 10, tzinfo=UTC)  # Tuesday 20:10 KST
START = NOW - timedelta(days=8)
SEED = 20261124
SITES = {
    "BB": "BONBU_IDC",
    "DR": "DR_SEJONG",
    "CC": "CC_120",
    "NH": "NHN_KR1",
    "GP": "FIELD_GAAPJANG",
    "BS": "FIELD_BAESUJI",
}
ENVS = {"P": "PRD", "T": "TST", "D": "DEV"}

kst = kst_utc_clock("2026-11")

CTRL, FIELD, WQ, AMI = "관망제어팀", "시설운영팀", "수질연구팀", "AMI추진단"
BILL, MINWON, GIS, CREW = "요금관리팀", "민원봉사과", "GIS팀", "급수현장팀"
PAY, IAM, APP, CALL = "결제연동팀", "정보보안팀", "시민앱TF", "120콜센터"
DBA, INFRA, NET, CLOUD = "DB운영", "인프라운영", "네트워크", "cloud-ops"

# fmt: off
GAP = ("service", FIELD, "GP", "P")
BSJ = ("service", FIELD, "BS", "P")
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # SCADA and telemetry
    "ScadaMaster": ("service", CTRL, "BB", "P", ["bb.scada-a", "bb.scada-b"],
                    ["FEP-LTE1", "FEP-LTE2", "FEP-LoRa", "MSSQL-SCADA", "TagBus"],
                    {"system": "광역 SCADA 서버", "description": "가압장/배수지 원격 감시제어, 펌프 기동/정지 명령, 알람 관리",
                     "product": "AVEVA System Platform 2023 R2", "tags": 48200, "redundancy": "hot standby",
                     "scan_interval_s": 2}),
    "FEP-LTE1": ("service", CTRL, "BB", "P", ["bb.fep-a"], [],
                 {"system": "텔레메트리 FEP #1 (LTE)", "description": "LTE 전용 APN 경유 현장 RTU 폴링 (DNP3/Modbus TCP), 북부 권역",
                  "language": "c++", "version": "5.2.1", "protocol": "DNP3", "poll_interval_s": 60, "rtus": 41}),
    "FEP-LTE2": ("service", CTRL, "BB", "P", ["bb.fep-b"], [],
                 {"system": "텔레메트리 FEP #2 (LTE)", "description": "LTE 전용 APN 경유 현장 RTU 폴링 (DNP3/Modbus TCP), 남부 권역",
                  "language": "c++", "version": "5.2.2", "protocol": "DNP3", "poll_interval_s": 30, "rtus": 38}),
    "FEP-LoRa": ("service", CTRL, "BB", "P", ["bb.fep-c"], ["LoRa-NS"],
                 {"system": "텔레메트리 FEP #3 (LoRa)", "description": "LoRaWAN 수위/수질 센서 업링크 수신, SCADA 태그 변환",
                  "language": "go", "version": "1.7.0", "protocol": "LoRaWAN 1.0.4", "sensors": 1260}),
    "LoRa-NS": ("service", CTRL, "BB", "P", ["bb.lora-ns"], ["lora-redis"],
                {"system": "LoRaWAN 네트워크 서버", "description": "LoRa 게이트웨이 64대, 센서 조인/업링크 처리, 디바이스 세션 관리",
                 "product": "ChirpStack v4.8", "gateways": 64, "devices": 23800, "region": "KR920"}),
    "PI-Historian": ("service", CTRL, "BB", "P", ["bb.hist-a", "bb.hist-b"], ["ScadaMaster"],
                     {"system": "운영 이력 서버", "description": "SCADA 태그 이력 저장 (유량, 압력, 수위, 잔류염소, 탁도), 트렌드 조회",
                      "product": "AVEVA PI Server 2018 SP3", "archive_days": 3650, "tags": 52000, "port": 5450}),
    "HMI-Ops": ("service", CTRL, "BB", "P", ["bb.hmi01"], ["ScadaMaster", "PI-Historian"],
                {"system": "종합상황실 HMI", "description": "종합상황실 운영자 화면, 상황판 (비디오월)",
                 "product": "AVEVA InTouch HMI 2023", "consoles": 14}),
    "PumpOpt": ("service", CTRL, "BB", "P", ["bb.ana02"], ["PI-Historian", "ScadaMaster"],
                {"system": "펌프 에너지 최적 운영", "description": "시간대별 전력요금 기반 가압장 펌프 운전 스케줄 최적화",
                 "language": "python", "version": "2.3.0", "port": 8088}),
    # water quality
    "WQ-Analytics": ("service", WQ, "BB", "P", ["bb.ana01"], ["PI-Historian", "PG-WQ"],
                     {"system": "수질 감시 분석", "description": "잔류염소/탁도/pH 실시간 감시, 기준 초과 경보, 수질 일보",
                      "language": "java", "version": "4.1.6", "port": 8443,
                      "chlorine_limit_mgl": "0.1-4.0", "turbidity_limit_ntu": 0.5}),
    "SujilOpenAPI": ("service", WQ, "BB", "P", ["bb.api01"], ["WQ-Analytics", "api-redis"],
                     {"system": "수질 정보 공개 API", "description": "공공데이터포털 수질 정보 오픈 API (배수지별 잔류염소, 탁도, pH)",
                      "language": "java", "framework": "Spring Boot 3.3", "version": "2.8.0", "port": 8443,
                      "rate_limit_rpm": 1200, "data_go_kr_id": "15098765"}),
    # AMI, leak
    "AMI-HeadEnd": ("service", AMI, "BB", "P", ["bb.ami-a"], ["LoRa-NS", "AMI-MQ"],
                    {"system": "AMI 헤드엔드", "description": "스마트 수도미터 원격검침 수집 (LoRa/NB-IoT), 검침값 검증 후 MDMS 전달",
                     "language": "java", "version": "3.4.2", "port": 8443, "meters": 186000}),
    "MDMS": ("service", AMI, "BB", "P", ["bb.mdms-a", "bb.mdms-b"], ["AMI-HeadEnd", "TIBERO-MDM", "AMI-MQ"],
             {"system": "검침 데이터 관리 (MDMS)", "description": "검침값 VEE(검증/추정/편집), 사용량 집계, 요금 시스템 제공",
              "language": "java", "version": "6.0.3", "port": 8443}),
    "LeakWatch": ("service", AMI, "BB", "P", ["bb.ana02"], ["PI-Historian", "MDMS", "GIS-Pipe"],
                  {"system": "누수 감지 분석", "description": "야간최소유량(MNF) 분석, 블록별 누수 의심 구간 탐지, 옥내 누수 알림",
                   "language": "python", "version": "1.12.0", "port": 8090, "dma_blocks": 214}),
    # billing, 민원, call centre
    "Yogeum-Bill": ("service", BILL, "BB", "P", ["bb.bill-a"], ["ORA-CIS", "MDMS", "PayGate"],
                    {"system": "상수도 요금", "description": "요금 조회/부과, 고지서 발행, 감면, 수납 반영",
                     "language": "java", "framework": "eGovFrame 4.1", "version": "9.3.1", "port": 8443,
                     "accounts": 1120000}),
    "bill_calc_nightly": ("service", BILL, "BB", "P", ["bb.bill-b"], ["ORA-CIS", "MDMS", "Yogeum-Bill"],
                          {"system": "요금 야간 산정 배치", "description": "전일 검침분 요금 산정, 고지 대상 생성",
                           "schedule": "daily 01:00", "expected_end": "01:50", "scheduler": "Jenkins 2.462",
                           "language": "java"}),
    "MinwonCore": ("service", MINWON, "BB", "P", ["bb.mw-a"], ["ORA-CIS", "WorkOrder", "GIS-Pipe", "GaonSSO"],
                   {"system": "상수도 민원", "description": "단수/누수/수질 민원 접수, 처리 현황, 명의변경, 전출입 정산",
                    "language": "java", "framework": "eGovFrame 4.1", "version": "7.0.4", "port": 8443}),
    "Call-CRM": ("service", CALL, "CC", "P", ["cc.crm01"], ["ORA-CIS", "MinwonCore", "Yogeum-Bill"],
                 {"system": "120 상담 CRM", "description": "상담 이력, 고객 조회, 요금/민원 연계, 상담 스크립트",
                  "language": "java", "version": "5.5.0", "port": 8443, "agents": 96}),
    "CTI-120": ("service", CALL, "CC", "P", ["cc.cti01"], ["Call-CRM"],
                {"system": "120 CTI/IVR", "description": "120 콜 라우팅, ARS (요금 안내, 단수 안내), 상담 녹취",
                 "product": "Avaya Aura 10.1", "trunks": 120, "port": 5061}),
    # GIS, work orders, crew
    "GIS-Pipe": ("service", GIS, "BB", "P", ["bb.gis-ap"], ["PG-GIS", "tile-cache"],
                 {"system": "상수관망 GIS", "description": "관로/밸브/소화전/계량기 공간정보, 관망도 조회, 단수 구역 분석",
                  "language": "java", "product": "GeoServer 2.25", "version": "2.25.2", "port": 8080,
                  "pipe_km": 7460}),
    "WorkOrder": ("service", CREW, "BB", "P", ["bb.wo-a"], ["ORA-CIS", "GIS-Pipe"],
                  {"system": "작업지시 관리", "description": "누수 복구, 계량기 교체, 단수 작업 지시 생성/배정/완료",
                   "language": "java", "version": "3.9.2", "port": 8443}),
    "CrewApp-API": ("service", CREW, "BB", "P", ["bb.wo-b"], ["WorkOrder", "GIS-Pipe", "GaonSSO"],
                    {"system": "현장 작업자 모바일 API", "description": "현장 태블릿 앱: 작업지시 수신, 관망도, 사진/완료 보고",
                     "language": "kotlin", "version": "2.14.0", "port": 8443, "devices": 420}),
    # identity, payment
    "GaonSSO": ("service", IAM, "BB", "P", ["bb.sso-a"], ["LDAP-Dir", "sso-redis"],
                {"system": "통합 인증 (SSO)", "description": "직원/시민 통합 로그인, 토큰 발급, 간편인증 연계",
                 "product": "Keycloak 24.0.5", "port": 8443, "token_ttl_min": 20}),
    "LDAP-Dir": ("service", IAM, "BB", "P", ["bb.ldap01"], [],
                 {"system": "직원 디렉터리", "description": "직원 계정/조직 (OpenLDAP 2.6)", "product": "OpenLDAP 2.6.8",
                  "port": 636}),
    "PayGate": ("service", PAY, "BB", "P", ["bb.pay-a"], ["pg-link-kicc", "pg-link-toss", "vbank-link", "PAY-MARIA"],
                {"system": "요금 결제 게이트웨이", "description": "카드/간편결제/가상계좌 수납, 자동이체 연계",
                 "language": "java", "version": "4.0.9", "port": 8443}),
    "pg-link-kicc": ("service", PAY, "BB", "P", ["bb.pay-b"], [],
                     {"system": "KICC 카드 결제 연동", "pg": "KICC", "language": "java", "port": 9511, "timeout_ms": 8000}),
    "pg-link-toss": ("service", PAY, "BB", "P", ["bb.pay-b"], [],
                     {"system": "토스페이먼츠 간편결제 연동", "pg": "토스페이먼츠", "language": "java", "port": 9512,
                      "timeout_ms": 6000}),
    "vbank-link": ("service", PAY, "BB", "P", ["bb.pay-b"], [],
                   {"system": "가상계좌 은행 연동", "pg": "농협은행 펌뱅킹", "language": "java", "port": 9513,
                    "timeout_ms": 10000}),
    # citizen app (cloud)
    "MinwonApp": ("service", APP, "NH", "P", ["nhn.k8s-w01", "nhn.k8s-w02"],
                  ["SujilOpenAPI", "Yogeum-Bill", "PayGate", "MinwonCore", "GaonSSO", "app-mysql"],
                  {"system": "시민 수도 앱 백엔드", "description": "요금 조회/납부, 민원 신청, 우리동네 수질, 단수 알림",
                   "language": "typescript", "framework": "NestJS 10", "version": "3.21.0", "port": 3000,
                   "k8s_namespace": "citizen", "monthly_users": 284000}),
    "NoticeKakao": ("service", APP, "NH", "P", ["nhn.k8s-w02"], ["app-mysql"],
                    {"system": "알림톡 발송", "description": "단수/요금 고지/민원 처리 결과 카카오 알림톡", "language": "go",
                     "port": 8080, "daily_messages": 61000}),
    # DR, test, dev
    "ScadaMaster-DR": ("service", CTRL, "DR", "P", ["dr.scada-a"], ["MSSQL-SCADA-DR"],
                       {"system": "SCADA (DR)", "description": "세종 DR 웜 스탠바이", "role": "DR standby",
                        "product": "AVEVA System Platform 2023 R2"}),
    "MinwonApp-tst": ("service", APP, "NH", "T", ["nhn.k8s-t01"], ["Yogeum-Bill-tst"],
                      {"system": "시민 수도 앱 (검증)", "version": "3.22.0-rc1", "port": 3000}),
    "Yogeum-Bill-tst": ("service", BILL, "BB", "T", ["bb.tst01"], ["ORA-CIS-tst"],
                        {"system": "상수도 요금 (검증)", "version": "9.4.0-rc2", "port": 8443}),
    "LeakWatch-dev": ("service", AMI, "BB", "D", ["bb.tst01"], [],
                      {"system": "누수 감지 (개발)", "version": "2.0.0-dev", "port": 8090}),
    # databases
    "ORA-CIS": ("database", DBA, "BB", "P", ["bb.ora-cis1", "bb.ora-cis2"], [],
                {"engine": "oracle", "version": "19.23", "cluster": "RAC 2-node", "port": 1521, "size_tb": 4.6,
                 "fra_gb": 800, "description": "고객정보(CIS): 수용가, 요금, 민원, 작업지시 공용 DB"}),
    "MSSQL-SCADA": ("database", DBA, "BB", "P", ["bb.scada-db"], [],
                    {"engine": "sqlserver", "version": "2019 CU27", "port": 1433, "size_tb": 0.7,
                     "description": "SCADA 설정, 알람/이벤트 이력"}),
    "TIBERO-MDM": ("database", DBA, "BB", "P", ["bb.tb-mdm"], [],
                   {"engine": "tibero", "version": "7.2.1", "port": 8629, "size_tb": 9.3,
                    "description": "원격검침 원시값, 검증 검침값, 일/월 사용량"}),
    "PG-GIS": ("database", DBA, "BB", "P", ["bb.pg-gis"], [],
               {"engine": "postgresql", "version": "15.7", "extension": "PostGIS 3.4.2", "port": 5432,
                "size_tb": 1.9, "description": "상수관망 공간 DB (관로, 밸브, 계량기, 블록)"}),
    "PG-WQ": ("database", DBA, "BB", "P", ["bb.pg-gis"], [],
              {"engine": "postgresql", "version": "15.7", "port": 5433, "size_tb": 0.4,
               "description": "수질 측정값, 수질 검사 결과, 경보 이력"}),
    "PAY-MARIA": ("database", DBA, "BB", "P", ["bb.pay-db"], [],
                  {"engine": "mariadb", "version": "10.11.9", "port": 3306, "size_tb": 0.3,
                   "description": "결제/수납 거래 이력"}),
    "app-mysql": ("database", CLOUD, "NH", "P", [], [],
                  {"engine": "mysql", "version": "8.0.36", "product": "NHN Cloud RDS for MySQL", "port": 3306,
                   "description": "시민 앱 회원 설정, 알림 구독, 관심 배수지"}),
    "MSSQL-SCADA-DR": ("database", DBA, "DR", "P", ["dr.scada-db"], [],
                       {"engine": "sqlserver", "version": "2019 CU27", "role": "log shipping (DR)", "port": 1433}),
    "ORA-CIS-tst": ("database", DBA, "BB", "T", ["bb.tst01"], [],
                    {"engine": "oracle", "version": "19.23", "port": 1521, "description": "고객정보 검증 DB"}),
    # caches
    "lora-redis": ("cache", CTRL, "BB", "P", ["bb.lora-ns"], [],
                   {"engine": "redis", "version": "7.2.4", "port": 6379, "maxmemory_gb": 16,
                    "description": "LoRa 디바이스 세션, 조인 논스"}),
    "api-redis": ("cache", WQ, "BB", "P", ["bb.api01"], [],
                  {"engine": "redis", "version": "7.2.4", "port": 6380, "maxmemory_gb": 4,
                   "description": "오픈 API 응답 캐시 (5분 TTL), API 키 쿼터"}),
    "sso-redis": ("cache", IAM, "BB", "P", ["bb.sso-b"], [],
                  {"engine": "redis", "version": "7.0.15", "port": 6379, "ha": "Sentinel (3)", "maxmemory_gb": 8,
                   "description": "SSO 세션, 토큰 블랙리스트"}),
    "tile-cache": ("cache", GIS, "BB", "P", ["bb.gis-ap"], [],
                   {"engine": "geowebcache", "version": "1.25", "port": 8081, "description": "관망도 타일 캐시"}),
    # queues
    "TagBus": ("queue", CTRL, "BB", "P", ["bb.kfk1", "bb.kfk2", "bb.kfk3"], [],
               {"product": "Apache Kafka", "version": "3.7.1", "brokers": 3, "port": 9092, "topics": 38,
                "description": "SCADA 태그/알람 스트림 (이력, 분석 연계)"}),
    "AMI-MQ": ("queue", AMI, "BB", "P", ["bb.ami-mq"], [],
               {"product": "RabbitMQ", "version": "3.12.14", "port": 5672, "disk_free_limit_gb": 50,
                "description": "검침 업로드 큐 (헤드엔드 -> MDMS)"}),
    # pumping stations (가압장)
    "GAP-Songgang": (*GAP, [], ["FEP-LTE1"],
                     {"site": "송강 가압장", "pumps": 4, "pump_kw": 110, "capacity_m3d": 18000, "rtu_model": "ABB RTU560",
                      "comm": "LTE", "district": "북구"}),
    "GAP-Jisan": (*GAP, [], ["FEP-LTE1"],
                  {"site": "지산 가압장", "pumps": 3, "pump_kw": 75, "capacity_m3d": 9500, "rtu_model": "ABB RTU560",
                   "comm": "LTE", "district": "북구"}),
    "GAP-Hwaam": (*GAP, [], ["FEP-LTE1"],
                  {"site": "화암 가압장", "pumps": 3, "pump_kw": 90, "capacity_m3d": 12000, "rtu_model": "Schneider SCADAPack 470",
                   "comm": "LTE", "district": "동구"}),
    "GAP-Beomdong": (*GAP, [], ["FEP-LTE2"],
                     {"site": "범동 가압장", "pumps": 5, "pump_kw": 132, "capacity_m3d": 24000, "rtu_model": "ABB RTU560",
                      "comm": "LTE", "district": "남구"}),
    "GAP-Sinseong": (*GAP, [], ["FEP-LTE2"],
                     {"site": "신성 가압장", "pumps": 2, "pump_kw": 55, "capacity_m3d": 6000, "rtu_model": "Schneider SCADAPack 470",
                      "comm": "LTE", "district": "서구"}),
    "GAP-Oryu": (*GAP, [], ["FEP-LTE2"],
                 {"site": "오류 가압장", "pumps": 4, "pump_kw": 110, "capacity_m3d": 16500, "rtu_model": "Schneider SCADAPack 470",
                  "comm": "LTE", "district": "서구"}),
    "GAP-Daedong": (*GAP, [], ["FEP-LTE2"],
                    {"site": "대동 가압장", "pumps": 3, "pump_kw": 75, "capacity_m3d": 8800, "rtu_model": "ABB RTU560",
                     "comm": "LTE", "district": "동구"}),
    # reservoirs (배수지)
    "BSJ-Bomun": (*BSJ, [], ["FEP-LTE1"],
                  {"site": "보문 배수지", "capacity_m3": 30000, "level_max_m": 6.5, "comm": "LTE", "district": "중구",
                   "chlorine_target_mgl": 0.4}),
    "BSJ-Gyejok": (*BSJ, [], ["FEP-LTE1"],
                   {"site": "계족 배수지", "capacity_m3": 45000, "level_max_m": 7.0, "comm": "LTE", "district": "동구",
                    "chlorine_target_mgl": 0.5}),
    "BSJ-Sikjang": (*BSJ, [], ["FEP-LTE2"],
                    {"site": "식장 배수지", "capacity_m3": 20000, "level_max_m": 5.5, "comm": "LTE", "district": "동구",
                     "chlorine_target_mgl": 0.4}),
    "BSJ-Wolpyeong": (*BSJ, [], ["FEP-LTE2"],
                      {"site": "월평 배수지", "capacity_m3": 52000, "level_max_m": 7.5, "comm": "LTE", "district": "서구",
                       "chlorine_target_mgl": 0.5}),
    "BSJ-Gwanpyeong": (*BSJ, [], ["FEP-LoRa"],
                       {"site": "관평 배수지", "capacity_m3": 15000, "level_max_m": 5.0, "comm": "LoRa", "district": "유성구",
                        "chlorine_target_mgl": 0.3}),
    "BSJ-Noeun": (*BSJ, [], ["FEP-LoRa"],
                  {"site": "노은 배수지", "capacity_m3": 18000, "level_max_m": 5.5, "comm": "LoRa", "district": "유성구",
                   "chlorine_target_mgl": 0.3}),
    "BSJ-Dunsan": (*BSJ, [], ["FEP-LoRa"],
                   {"site": "둔산 배수지", "capacity_m3": 26000, "level_max_m": 6.0, "comm": "LoRa", "district": "서구",
                    "chlorine_target_mgl": 0.4}),
    # water-quality analysers at the reservoirs
    "wqa.bomun-cl": ("service", WQ, "BS", "P", [], ["BSJ-Bomun"],
                     {"device": "잔류염소계", "model": "HACH CL17sc", "range": "0-10 mg/L", "last_calibrated": "2026-11-18"}),
    "wqa.bomun-tb": ("service", WQ, "BS", "P", [], ["BSJ-Bomun"],
                     {"device": "탁도계", "model": "HACH TU5300sc", "range": "0-1000 NTU", "last_calibrated": "2026-11-18"}),
    "wqa.gyejok-cl": ("service", WQ, "BS", "P", [], ["BSJ-Gyejok"],
                      {"device": "잔류염소계", "model": "Endress+Hauser CCS51E", "range": "0-20 mg/L",
                       "last_calibrated": "2026-10-29"}),
    "wqa.wolpyeong-tb": ("service", WQ, "BS", "P", [], ["BSJ-Wolpyeong"],
                         {"device": "탁도계", "model": "HACH TU5300sc", "range": "0-1000 NTU", "last_calibrated": "2026-11-04"}),
    "wqa.noeun-cl": ("service", WQ, "BS", "P", [], ["BSJ-Noeun"],
                     {"device": "잔류염소계", "model": "HACH CL17sc", "range": "0-10 mg/L", "last_calibrated": "2026-11-11"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "PAS-BB-DMZ": ("BB", NET, ["SujilOpenAPI", "PayGate", "GaonSSO"],
                   {"vendor": "파이오링크", "model": "PAS-K 6424", "endpoint": "api.gaonwater.go.kr",
                    "tls_cert_expiry": "2026-12-03", "description": "DMZ 공개 서비스 진입점 (오픈 API, 결제, SSO)"}),
    "PAS-BB-INT": ("BB", NET, ["Yogeum-Bill", "MinwonCore", "WorkOrder", "CrewApp-API", "GIS-Pipe", "MDMS"],
                   {"vendor": "파이오링크", "model": "PAS-K 4424", "vip": "10.120.0.40",
                    "description": "내부 업무 시스템 VIP"}),
    "nhn-lb-app": ("NH", CLOUD, ["MinwonApp", "NoticeKakao"],
                   {"vendor": "NHN Cloud", "model": "Load Balancer (L7)", "endpoint": "app.gaonwater.go.kr",
                    "description": "시민 앱 진입점"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "UNITY-BB01": ("BB", INFRA, {"vendor": "Dell", "model": "Unity XT 680F", "capacity_tb": 160, "protocol": "FC",
                                 "description": "본부 DB 블록 스토리지"},
                   ["bb.ora-cis1", "bb.ora-cis2", "bb.tb-mdm", "bb.pg-gis", "bb.scada-db", "bb.pay-db"]),
    "HIST-NAS01": ("BB", INFRA, {"vendor": "NetApp", "model": "AFF A250", "capacity_tb": 90, "protocol": "NFS",
                                 "description": "PI 아카이브, SCADA 백업"}, ["bb.hist-a", "bb.hist-b"]),
    "DD-SJ01": ("DR", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                              "protocol": "DD Boost", "description": "DB 백업, PI 아카이브 원격 복제 (세종)"},
                ["dr.scada-db"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "bb.scada-a": ("BB", "P", "physical", {"role": "SCADA 서버 (active)", "model": "HPE DL380 Gen11", "os_family": "windows"}),
    "bb.scada-b": ("BB", "P", "physical", {"role": "SCADA 서버 (standby)", "model": "HPE DL380 Gen11", "os_family": "windows"}),
    "bb.fep-a": ("BB", "P", "physical", {"role": "FEP #1 (LTE 북부)", "model": "Dell PowerEdge R660", "nic": "Intel X710 x2 (bond)"}),
    "bb.fep-b": ("BB", "P", "physical", {"role": "FEP #2 (LTE 남부)", "model": "Dell PowerEdge R650", "nic": "Intel 82599 (ixgbe) x2 (bond)"}),
    "bb.fep-c": ("BB", "P", "vm", {"role": "FEP #3 (LoRa)"}),
    "bb.lora-ns": ("BB", "P", "vm", {"role": "LoRaWAN NS, Redis"}),
    "bb.hist-a": ("BB", "P", "physical", {"role": "PI Data Archive (primary)", "model": "Dell PowerEdge R760", "os_family": "windows"}),
    "bb.hist-b": ("BB", "P", "physical", {"role": "PI Data Archive (collective member)", "model": "Dell PowerEdge R760", "os_family": "windows"}),
    "bb.hmi01": ("BB", "P", "vm", {"role": "InTouch HMI 서버", "os_family": "windows"}),
    "bb.ana01": ("BB", "P", "vm", {"role": "수질 분석 AP"}),
    "bb.ana02": ("BB", "P", "vm", {"role": "누수/에너지 분석 AP"}),
    "bb.api01": ("BB", "P", "vm", {"role": "오픈 API AP (DMZ)"}),
    "bb.ami-a": ("BB", "P", "vm", {"role": "AMI 헤드엔드 AP"}),
    "bb.ami-mq": ("BB", "P", "vm", {"role": "RabbitMQ (검침 큐)"}),
    "bb.mdms-a": ("BB", "P", "vm", {"role": "MDMS AP #1"}),
    "bb.mdms-b": ("BB", "P", "vm", {"role": "MDMS AP #2"}),
    "bb.bill-a": ("BB", "P", "vm", {"role": "요금 AP"}),
    "bb.bill-b": ("BB", "P", "vm", {"role": "요금 배치 서버"}),
    "bb.mw-a": ("BB", "P", "vm", {"role": "민원 AP"}),
    "bb.wo-a": ("BB", "P", "vm", {"role": "작업지시 AP"}),
    "bb.wo-b": ("BB", "P", "vm", {"role": "현장 모바일 API AP"}),
    "bb.gis-ap": ("BB", "P", "vm", {"role": "GIS AP (GeoServer, GeoWebCache)"}),
    "bb.sso-a": ("BB", "P", "vm", {"role": "Keycloak"}),
    "bb.sso-b": ("BB", "P", "vm", {"role": "Redis Sentinel (SSO 세션)"}),
    "bb.ldap01": ("BB", "P", "vm", {"role": "OpenLDAP"}),
    "bb.pay-a": ("BB", "P", "vm", {"role": "결제 AP"}),
    "bb.pay-b": ("BB", "P", "vm", {"role": "PG/은행 연동 AP"}),
    "bb.pay-db": ("BB", "P", "vm", {"role": "MariaDB (결제 이력)"}),
    "bb.ora-cis1": ("BB", "P", "physical", {"role": "CIS Oracle RAC node 1", "model": "HPE DL560 Gen11"}),
    "bb.ora-cis2": ("BB", "P", "physical", {"role": "CIS Oracle RAC node 2", "model": "HPE DL560 Gen11"}),
    "bb.scada-db": ("BB", "P", "physical", {"role": "SQL Server (SCADA)", "model": "HPE DL380 Gen11", "os_family": "windows"}),
    "bb.tb-mdm": ("BB", "P", "physical", {"role": "Tibero (MDM)", "model": "Dell PowerEdge R760"}),
    "bb.pg-gis": ("BB", "P", "physical", {"role": "PostgreSQL (GIS, 수질)", "model": "Dell PowerEdge R660"}),
    "bb.kfk1": ("BB", "P", "vm", {"role": "Kafka broker 1"}),
    "bb.kfk2": ("BB", "P", "vm", {"role": "Kafka broker 2"}),
    "bb.kfk3": ("BB", "P", "vm", {"role": "Kafka broker 3"}),
    "bb.log01": ("BB", "P", "vm", {"role": "로그 수집 (Graylog 6.0, OpenSearch)"}),
    "bb.tst01": ("BB", "T", "vm", {"role": "검증/개발 공용 서버"}),
    "bb.core-sw1": ("BB", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                                           "firmware": "NX-OS 10.3(5)"}),
    "bb.san-sw1": ("BB", "P", "network", {"device": "san switch", "vendor": "Brocade", "model": "G620",
                                          "firmware": "FOS 9.1.1d"}),
    "bb.fw-ext": ("BB", "P", "network", {"device": "firewall", "vendor": "시큐아이", "model": "BLUEMAX NGF 2000",
                                         "firmware": "4.2.1", "ha": "active-standby"}),
    "bb.lte-apn-rt": ("BB", "P", "network", {"device": "router", "vendor": "Cisco", "model": "ASR 1001-X",
                                             "firmware": "IOS-XE 17.9.5", "circuit": "LG U+ 전용 APN (gaonwater.lguplus) 200M",
                                             "description": "현장 RTU LTE 전용망 라우터"}),
    "bb.van-rt": ("BB", "P", "network", {"device": "router", "vendor": "Cisco", "model": "ISR 4431",
                                         "firmware": "IOS-XE 17.6.6a", "circuit": "KT 전용회선 50M x2",
                                         "description": "PG/은행 전용회선 라우터"}),
    # DR
    "dr.scada-a": ("DR", "P", "physical", {"role": "DR SCADA 서버 (펌웨어/OS 점검 중)", "model": "HPE DL380 Gen10 Plus",
                                           "os_family": "windows"}),
    "dr.scada-db": ("DR", "P", "physical", {"role": "DR SQL Server", "model": "HPE DL380 Gen10 Plus", "os_family": "windows"}),
    "dr.core-sw1": ("DR", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93108TC-FX3",
                                           "firmware": "NX-OS 10.2(7)"}),
    # call centre
    "cc.cti01": ("CC", "P", "vm", {"role": "Avaya AES/CM"}),
    "cc.crm01": ("CC", "P", "vm", {"role": "상담 CRM AP"}),
    # NHN Cloud
    "nhn.k8s-w01": ("NH", "P", "nks", {"flavor": "m2.c8m16", "node_group": "ng-citizen", "cluster": "nks-gaon-prd"}),
    "nhn.k8s-w02": ("NH", "P", "nks", {"flavor": "m2.c8m16", "node_group": "ng-citizen", "cluster": "nks-gaon-prd"}),
    "nhn.k8s-t01": ("NH", "T", "nks", {"flavor": "m2.c4m8", "node_group": "ng-tst", "cluster": "nks-gaon-tst"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("bb.fw-ext", "bb.core-sw1"),
    ("bb.lte-apn-rt", "bb.fw-ext"),
    ("bb.van-rt", "bb.fw-ext"),
    ("bb.san-sw1", "UNITY-BB01"),
    ("dr.core-sw1", "bb.core-sw1"),
    ("FEP-LTE1", "bb.lte-apn-rt"),
    ("FEP-LTE2", "bb.lte-apn-rt"),
    ("pg-link-kicc", "bb.van-rt"),
    ("pg-link-toss", "bb.van-rt"),
    ("vbank-link", "bb.van-rt"),
    ("MSSQL-SCADA", "MSSQL-SCADA-DR"),  # log shipping to Sejong
    ("ScadaMaster", "ScadaMaster-DR"),  # DR switch-over pair
]
# fmt: on
STATUS = {"dr.scada-a": "maintenance", "LeakWatch-dev": "retired"}
NET_PREFIX = {"BB": "10.120", "DR": "10.121", "CC": "10.130", "NH": "192.168"}
NOT_MEASURED = {"ScadaMaster-DR", "MSSQL-SCADA-DR"}
DISK_WATCHED = {
    "bb.ora-cis1",
    "bb.ora-cis2",
    "bb.scada-db",
    "bb.tb-mdm",
    "bb.pg-gis",
    "bb.pay-db",
    "bb.hist-a",
    "bb.hist-b",
    "bb.kfk1",
    "bb.kfk2",
    "bb.kfk3",
    "bb.ami-mq",
    "bb.log01",
    "bb.bill-b",
}
REQUEST_RATE = {
    "ScadaMaster": 2400.0,
    "FEP-LTE1": 340.0,
    "FEP-LTE2": 310.0,
    "FEP-LoRa": 95.0,
    "LoRa-NS": 130.0,
    "PI-Historian": 5200.0,
    "WQ-Analytics": 60.0,
    "SujilOpenAPI": 18.0,
    "AMI-HeadEnd": 210.0,
    "MDMS": 160.0,
    "Yogeum-Bill": 140.0,
    "MinwonCore": 45.0,
    "Call-CRM": 30.0,
    "GIS-Pipe": 55.0,
    "WorkOrder": 22.0,
    "CrewApp-API": 35.0,
    "GaonSSO": 120.0,
    "PayGate": 26.0,
    "MinwonApp": 380.0,
    "ORA-CIS": 1800.0,
    "TIBERO-MDM": 900.0,
    "PG-GIS": 400.0,
    "TagBus": 9000.0,
    "AMI-MQ": 240.0,
    "sso-redis": 800.0,
    "GAP-Songgang": 12.0,
    "GAP-Jisan": 8.0,
    "GAP-Hwaam": 9.5,
    "GAP-Beomdong": 15.0,
    "GAP-Sinseong": 5.5,
    "GAP-Oryu": 11.0,
    "GAP-Daedong": 7.5,
    "BSJ-Bomun": 6.0,
    "BSJ-Gyejok": 7.0,
    "BSJ-Sikjang": 4.5,
    "BSJ-Wolpyeong": 8.0,
    "BSJ-Gwanpyeong": 3.0,
    "BSJ-Noeun": 3.5,
    "BSJ-Dunsan": 4.0,
}
CACHE_MEMORY = {
    "lora-redis": (38.0, 6.0),
    "api-redis": (44.0, 5.0),
    "sso-redis": (31.0, 9.0),
    "tile-cache": (52.0, 3.0),
}
PAAS_CPU = {"app-mysql"}


def measured(ci: dict) -> bool:
    if ci["status"] == "retired" or ci["environment"] != "PRD" or ci["name"] in NOT_MEASURED:
        return False
    return ci["location"] != "DR_SEJONG" or ci["type"] == "storage"


GAP_SITES = [n for n, s in SERVICES.items() if s[2] == "GP"]
BSJ_SITES = [n for n, s in SERVICES.items() if n.startswith("BSJ-")]
ANALYSERS = [n for n in SERVICES if n.startswith("wqa.")]
LTE2_SITES = sorted(n for n in GAP_SITES + BSJ_SITES if "FEP-LTE2" in SERVICES[n][5])
LORA_SITES = sorted(n for n in BSJ_SITES if "FEP-LoRa" in SERVICES[n][5])

INCIDENTS = [
    {
        "id": "I1",
        "kind": "historian_archive_full",
        "root": "PI-Historian",
        "description": "PI-Historian's primary archive fills on Wednesday afternoon and the automatic archive shift"
        " fails (the next archive file could not be created on HIST-NAS01's full volume): snapshots queue, the"
        " surveillance WQ-Analytics, LeakWatch, HMI-Ops and PumpOpt read stale or no data, SujilOpenAPI serves"
        " stale water quality and the citizen app's 수질 page errors, until a new archive is created by hand",
        "start": kst(18, 15, 0),
        "end": kst(18, 15, 55),
        "affected": [
            "PI-Historian",
            "WQ-Analytics",
            "LeakWatch",
            "HMI-Ops",
            "PumpOpt",
            "SujilOpenAPI",
            "MinwonApp",
        ],
    },
    {
        "id": "I2",
        "kind": "archiver_stuck",
        "root": "ORA-CIS",
        "description": "the shared customer-information Oracle RAC ORA-CIS fills its fast recovery area (an RMAN"
        " archivelog backup failed overnight) and the archiver stops (ORA-00257) on Thursday morning: every"
        " writing session hangs — billing, 민원, work orders, the 120 CRM, the crew app and the citizen app —"
        " until archivelogs are backed up and deleted",
        "start": kst(19, 10, 20),
        "end": kst(19, 11, 15),
        "affected": [
            "ORA-CIS",
            "Yogeum-Bill",
            "MinwonCore",
            "WorkOrder",
            "Call-CRM",
            "CrewApp-API",
            "CTI-120",
            "MinwonApp",
        ],
    },
    {
        "id": "I3",
        "kind": "broker_disk_alarm",
        "root": "AMI-MQ",
        "description": "the meter-upload broker AMI-MQ reaches its disk free limit on Saturday afternoon (a"
        " dead-letter queue never consumed) and blocks every publisher: AMI-HeadEnd rejects meter uploads with"
        " the loudest error rates, MDMS gets no readings and LeakWatch's night-flow analysis is short, until the"
        " dead-letter queue is purged",
        "start": kst(21, 13, 40),
        "end": kst(21, 14, 35),
        "affected": ["AMI-MQ", "AMI-HeadEnd", "MDMS", "LeakWatch"],
    },
    {
        "id": "I4",
        "kind": "sentinel_split",
        "root": "sso-redis",
        "description": "sso-redis fails over on Sunday evening and the Sentinel quorum splits (two masters): GaonSSO"
        " cannot validate sessions, logins fail in the citizen app, MinwonCore and the crew app, until the old"
        " master is demoted",
        "start": kst(22, 19, 10),
        "end": kst(22, 20, 5),
        "affected": ["sso-redis", "GaonSSO", "MinwonApp", "MinwonCore", "CrewApp-API"],
    },
    {
        "id": "I5",
        "kind": "nic_reset_loop",
        "root": "bb.fep-b",
        "description": "the FEP host bb.fep-b loops on NIC resets (ixgbe: Detected Tx Unit Hang) late on Monday"
        " night: FEP-LTE2 loses its LTE sessions, the pumping stations and reservoirs it polls go comm-fail and"
        " ScadaMaster raises a flood of communication alarms, until the bond is moved to the spare NIC",
        "start": kst(23, 23, 20),
        "end": kst(24, 0, 15),
        "affected": ["bb.fep-b", "FEP-LTE2", "ScadaMaster", *LTE2_SITES],
    },
    {
        "id": "I6",
        "kind": "long_transaction_locks",
        "root": "PG-GIS",
        "description": "a GIS tile rebuild job's long transaction on PG-GIS holds locks on the pipe layer and saturates"
        " I/O at the Tuesday morning dispatch: GIS-Pipe slows, CrewApp-API shows the loudest errors (crews"
        " cannot load their maps), WorkOrder, LeakWatch and MinwonCore follow, until the job is cancelled",
        "start": kst(24, 7, 40),
        "end": kst(24, 8, 35),
        "affected": ["PG-GIS", "GIS-Pipe", "CrewApp-API", "WorkOrder", "LeakWatch", "MinwonCore"],
    },
    {
        "id": "I7",
        "kind": "join_request_storm",
        "root": "LoRa-NS",
        "description": "LoRa-NS drowns in a join-request storm on Tuesday evening (sensors rejoin after the LoRa"
        " gateway firmware campaign reset their sessions): uplinks are dropped, FEP-LoRa and AMI-HeadEnd lose"
        " data, the LoRa reservoirs go stale and MDMS follows (ongoing)",
        "start": kst(24, 19, 25),
        "end": None,
        "affected": ["LoRa-NS", "FEP-LoRa", "AMI-HeadEnd", "MDMS", *LORA_SITES],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS
CALIBRATION = (kst(18, 9, 30), kst(18, 11, 0))  # analyser calibration round
GW_CAMPAIGN = (kst(24, 18, 40), kst(24, 19, 15))  # LoRa gateway firmware campaign
CALIBRATED = {"wqa.bomun-cl", "wqa.bomun-tb", "wqa.noeun-cl"}


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
            and site not in ("GP", "BS")
            and "version" not in extra
            and "product" not in extra
        ):
            attrs["version"] = f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "PRD", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "PRD", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "T": 100, "D": 200}[env]
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{env_net + 20 + i // 8}.{11 + (i * 29) % 230}"}
        owner = INFRA
        windows = extra.get("os_family") == "windows"
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "hostname": h.split(".", 1)[1],
                "os": "Windows Server 2022"
                if windows
                else rng.choice(["RHEL 8.10", "Rocky Linux 9.4", "Ubuntu 22.04"]),
                "vcpu": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 8.0U2",
            }
        elif kind == "physical":
            attrs |= {
                "form": "physical",
                "hostname": h.split(".", 1)[1],
                "os": "Windows Server 2022" if windows else rng.choice(["RHEL 8.10", "Rocky Linux 9.4"]),
                "cores": rng.choice([24, 32, 48]),
                "memory_gb": rng.choice([128, 256, 512]),
                "serial": f"{rng.choice(['CZ2', 'SGH', 'JP4'])}{rng.randint(1000000, 9999999)}",
            }
        elif kind == "nks":
            owner = CLOUD
            attrs |= {
                "form": "nks",
                "os": "Ubuntu 22.04",
                "zone": rng.choice(["kr-pub-a", "kr-pub-b"]),
                "platform": "NKS 1.29",
            }
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("core ", "").replace("san ", "")}
        if h.startswith("cc."):
            owner = CALL
        attrs |= {k: v for k, v in extra.items() if k != "os_family"}
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _day(ts: datetime) -> int:
    return (ts + timedelta(hours=9)).day


def _weekend(ts: datetime) -> bool:
    return (ts + timedelta(hours=9)).weekday() >= 5


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _water(ts: datetime) -> float:
    """Water demand: the morning peak (later on the weekend) and the evening peak, a low at 03:00."""
    h = seoul_hour(ts)
    morning = 9.0 if _weekend(ts) else 7.2
    return min(1.0, 0.15 + 0.55 * _bump(h, morning, 1.3) + 0.5 * _bump(h, 19.6, 1.6) + 0.18 * _bump(h, 13, 3))


def _office(ts: datetime) -> float:
    """Office hours: 민원, the 120 centre, billing and work orders (the 120 centre also on Saturday mornings)."""
    h = seoul_hour(ts)
    if _weekend(ts):
        return 0.06 + 0.12 * _bump(h, 11.0, 2.0)
    if h < 8 or h >= 19:
        return 0.06
    return 0.3 + 0.5 * _bump(h, 10.5, 1.4) + 0.4 * _bump(h, 15.5, 1.6)


def _citizen(ts: datetime) -> float:
    h = seoul_hour(ts)
    return min(1.0, 0.08 + 0.35 * _bump(h, 12.3, 1.2) + 0.7 * _bump(h, 21.2, 1.5) + 0.25 * _bump(h, 8.3, 1.0))


def _ami(ts: datetime) -> float:
    """Meter uploads: the bulk window after midnight and an hourly trickle."""
    h = seoul_hour(ts)
    return min(1.0, 0.25 + 0.7 * _bump(h, 1.5, 1.1) + 0.2 * _bump(h, 14, 4))


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.85 if 1 <= h < 1.9 else 0.15


def _steady(ts: datetime) -> float:
    return 0.5


WATER = {
    *GAP_SITES,
    *BSJ_SITES,
    *ANALYSERS,
    "ScadaMaster",
    "FEP-LTE1",
    "FEP-LTE2",
    "FEP-LoRa",
    "PI-Historian",
    "HMI-Ops",
    "PumpOpt",
    "TagBus",
    "MSSQL-SCADA",
    "bb.scada-a",
    "bb.scada-b",
    "bb.fep-a",
    "bb.fep-b",
    "bb.fep-c",
    "bb.hist-a",
    "bb.hist-b",
    "bb.kfk1",
    "bb.kfk2",
    "bb.kfk3",
    "bb.scada-db",
    "bb.lte-apn-rt",
}
OFFICE = {
    "Yogeum-Bill",
    "MinwonCore",
    "Call-CRM",
    "CTI-120",
    "WorkOrder",
    "CrewApp-API",
    "GIS-Pipe",
    "PG-GIS",
    "tile-cache",
    "ORA-CIS",
    "LDAP-Dir",
    "cc.cti01",
    "cc.crm01",
    "bb.bill-a",
    "bb.mw-a",
    "bb.wo-a",
    "bb.wo-b",
    "bb.gis-ap",
    "bb.pg-gis",
    "bb.ora-cis1",
    "bb.ora-cis2",
    "bb.ldap01",
    "PAS-BB-INT",
}
CITIZEN = {
    "MinwonApp",
    "NoticeKakao",
    "app-mysql",
    "nhn-lb-app",
    "nhn.k8s-w01",
    "nhn.k8s-w02",
    "SujilOpenAPI",
    "api-redis",
    "bb.api01",
    "PayGate",
    "pg-link-kicc",
    "pg-link-toss",
    "vbank-link",
    "PAY-MARIA",
    "bb.pay-a",
    "bb.pay-b",
    "bb.pay-db",
    "bb.van-rt",
    "GaonSSO",
    "sso-redis",
    "bb.sso-a",
    "bb.sso-b",
    "PAS-BB-DMZ",
}
AMI_SIDE = {
    "LoRa-NS",
    "lora-redis",
    "AMI-HeadEnd",
    "AMI-MQ",
    "MDMS",
    "TIBERO-MDM",
    "LeakWatch",
    "bb.lora-ns",
    "bb.ami-a",
    "bb.ami-mq",
    "bb.mdms-a",
    "bb.mdms-b",
    "bb.tb-mdm",
    "bb.ana02",
}
BATCH = {"bill_calc_nightly", "bb.bill-b"}


def _load(name: str):
    for group, shape in (
        (WATER, _water),
        (OFFICE, _office),
        (CITIZEN, _citizen),
        (AMI_SIDE, _ami),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {0: (6.0, 9.0), 1: (2.8, 21.0), 2: (1.2, 8.5), 3: (0.6, 3.5)},
    "I2": {0: (22.0, 4.5), 1: (5.5, 24.0), 2: (2.4, 11.0), 3: (0.7, 4.0)},
    "I3": {0: (2.2, 3.2), 1: (3.5, 57.0), 2: (1.3, 12.0), 3: (0.5, 4.5)},
    "I4": {0: (4.0, 18.0), 1: (3.0, 44.0), 2: (1.1, 16.0)},
    "I5": {1: (5.5, 62.0), 2: (1.6, 48.0)},
    "I6": {0: (14.0, 2.6), 1: (4.8, 9.5), 2: (2.6, 34.0), 3: (1.0, 6.0)},
    "I7": {0: (7.5, 27.0), 1: (3.2, 18.0), 2: (1.2, 9.0)},
}
# I6: CrewApp-API (2 hops) is louder than GIS-Pipe (1 hop), the other victims less so; I3: AMI-HeadEnd is
# louder than MDMS; I5: ScadaMaster only raises alarms
EFFECT_OVERRIDE = {
    ("I6", "WorkOrder"): (1.2, 7.5),
    ("I6", "MinwonCore"): (0.8, 4.0),
    ("I6", "LeakWatch"): (0.6, 3.0),
    ("I5", "ScadaMaster"): (0.8, 9.0),
    ("I3", "MDMS"): (1.4, 26.0),
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(5, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.12, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    kind = HOSTS[name][2]
    if kind == "network":
        return _appliance_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 32), rng.uniform(36, 62), rng.uniform(28, 58)
    growth = rng.uniform(0, 0.15)
    if name == "bb.log01":
        disk0, growth = 68.4, 1.05
    if name == "bb.hist-b":
        disk0, growth = 63.0, 0.9
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "bb.fep-b":  # softirq storms in the NIC reset loop
            r = ramp(ts, I5["start"], I5["end"], rise=5, fall=10)
            cpu += (91.0 + rng.gauss(0, 0.9) - cpu) * r
        if name == "bb.lora-ns":  # the join storm
            cpu += (96.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, I7["start"], None, rise=10)
            mem += 12 * ramp(ts, I7["start"], None, rise=20)
        if name == "bb.ami-mq":  # the dead-letter queue fills the broker's disk
            disk += 0.6 * max(0.0, (ts - kst(20, 0)).total_seconds() / 3600) * (ts < I3["end"])
            disk = min(disk, 94.5 + rng.gauss(0, 0.1))
        if name == "bb.pg-gis":
            cpu += 52 * ramp(ts, I6["start"], I6["end"], rise=10, fall=10)
        if name in ("bb.ora-cis1", "bb.ora-cis2"):
            cpu += 9 * _batch(ts)
        if name == "bb.sso-b":
            cpu += 18 * ramp(ts, I4["start"], I4["end"], rise=5, fall=10)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            if name == "bb.ami-mq" and ts >= I3["end"]:
                disk = min(disk, 41.0 + rng.gauss(0, 0.1))
            if name == "bb.hist-a":  # the archive volume is on the NAS; local disk steady
                disk = min(disk, 60.0)
            rows.append((ts, name, "disk_usage", round(min(disk, 99.9), 1)))
    return rows


def _appliance_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, round-trip latency and packet loss."""
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = rng.uniform(0.4, 2.0)
    if name == "bb.lte-apn-rt":
        rtt0 = 38.0  # round trip to the field over LTE
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2),
            error_rate=round(min(loss, 100.0), 2),
        )
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    used = (81, 83) if ci["name"] == "HIST-NAS01" else (40, 62)
    rows = storage_fill(rng, ci["name"], times, START, used, 0.1)
    if ci["name"] == "HIST-NAS01":  # the archive volume filled up, then archives were moved off
        rows = [(t, c, m, v - 14.0 * (t >= I1["end"])) for t, c, m, v in rows]
    return [(t, c, m, round(v, 1)) for t, c, m, v in rows]


RT0 = {
    "ScadaMaster": 35.0,
    "FEP-LTE1": 180.0,
    "FEP-LTE2": 195.0,
    "FEP-LoRa": 90.0,
    "LoRa-NS": 24.0,
    "PI-Historian": 12.0,
    "HMI-Ops": 140.0,
    "PumpOpt": 420.0,
    "WQ-Analytics": 85.0,
    "SujilOpenAPI": 120.0,
    "AMI-HeadEnd": 60.0,
    "MDMS": 150.0,
    "LeakWatch": 680.0,
    "Yogeum-Bill": 210.0,
    "bill_calc_nightly": 540.0,
    "MinwonCore": 260.0,
    "Call-CRM": 230.0,
    "CTI-120": 95.0,
    "GIS-Pipe": 310.0,
    "WorkOrder": 140.0,
    "CrewApp-API": 190.0,
    "GaonSSO": 45.0,
    "LDAP-Dir": 6.0,
    "PayGate": 330.0,
    "pg-link-kicc": 480.0,
    "pg-link-toss": 390.0,
    "vbank-link": 620.0,
    "MinwonApp": 160.0,
    "NoticeKakao": 70.0,
    "ORA-CIS": 5.5,
    "MSSQL-SCADA": 3.8,
    "TIBERO-MDM": 7.2,
    "PG-GIS": 9.0,
    "PG-WQ": 3.1,
    "PAY-MARIA": 2.6,
    "app-mysql": 2.9,
    "lora-redis": 0.35,
    "api-redis": 0.41,
    "sso-redis": 0.33,
    "tile-cache": 4.5,
    "TagBus": 3.4,
    "AMI-MQ": 2.2,
}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 12),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(2, 8),
        "load_balancer": rng.uniform(1, 6),
    }.get(kind, rng.uniform(40, 240))
    if name in GAP_SITES or name in BSJ_SITES:
        rt0 = rng.uniform(220, 520)  # DNP3 poll round trip over LTE / LoRa
    if name in ANALYSERS:
        rt0 = rng.uniform(900, 1400) / 2  # reading interval jitter
    rt0 = RT0.get(name, rt0)
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(18, 36)
    mem0, mem_swing = CACHE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if name in LORA_SITES or name in LTE2_SITES or name in ("LoRa-NS", "FEP-LoRa", "FEP-LTE2"):
                req *= 1 - 0.6 * r
            if name == "LoRa-NS":
                req *= 1 + 14 * r  # join requests
        if name in CALIBRATED:  # readings flagged during calibration
            err += 6.0 * ramp(ts, *CALIBRATION, rise=5, fall=5)
        if name == "LoRa-NS":  # gateways reboot in the firmware campaign
            req *= 1 + 0.3 * ramp(ts, *GW_CAMPAIGN, rise=5, fall=5)
        if name == "bill_calc_nightly":
            req = 0.0
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "sso-redis":
                mem += 31 * ramp(ts, I4["start"], I4["end"], rise=5, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _daily_rows() -> list[tuple]:
    """The nightly billing batch, the PI backup and the PAS-BB-DMZ certificate warning."""
    rows = []
    for d, done, n in [
        (17, (1, 44), "38,412"),
        (18, (1, 41), "37,905"),
        (19, (1, 47), "39,118"),
        (20, (1, 39), "36,840"),
        (21, (1, 35), "21,077"),
        (22, (1, 33), "19,560"),
        (23, (1, 46), "40,231"),
        (24, (1, 48), "38,967"),
    ]:
        rows.append((d, 1, 0, "bill_calc_nightly", "info", "batch_job", "요금 야간 산정 시작"))
        rows.append((d, *done, "bill_calc_nightly", "info", "batch_job", f"요금 야간 산정 완료 ({n}건)"))
    for d in range(17, 25):
        rows.append((d, 3, 0, "PI-Historian", "info", "backup", "PI archive backup to HIST-NAS01 started"))
        left = (datetime(2026, 12, 3) - datetime(2026, 11, d)).days
        rows.append(
            (
                d,
                9,
                10,
                "PAS-BB-DMZ",
                "warning",
                "cert_expiry",
                f"SSL certificate api.gaonwater.go.kr expires in {left} days (2026-12-03)",
            )
        )
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (17, 10, 0, "dr.scada-a", "info", "maintenance", "DR SCADA 서버 펌웨어(iLO/BIOS) 및 Windows 누적 업데이트 점검 시작, 서비스 제외"),
    (17, 14, 20, "bb.fw-ext", "info", "config_change", "정책 추가: NHN Cloud NAT 대역 -> PAS-BB-DMZ 443 (시민앱 v3.21)"),
    (18, 9, 30, "wqa.bomun-cl", "info", "maintenance", "잔류염소계 정기 교정 (표준액 0.5/1.0 mg/L)"),
    (18, 9, 45, "wqa.noeun-cl", "info", "maintenance", "잔류염소계 정기 교정"),
    (18, 10, 50, "wqa.bomun-tb", "info", "maintenance", "탁도계 교정 완료 (포르마진 표준)"),
    (19, 6, 0, "GAP-Beomdong", "info", "pump_changeover", "정기 교번 운전: 2호기 -> 4호기"),
    (19, 6, 5, "GAP-Songgang", "info", "pump_changeover", "정기 교번 운전: 1호기 -> 3호기"),
    (20, 16, 0, "Yogeum-Bill-tst", "info", "deployment", "Yogeum-Bill-tst 9.4.0-rc2 배포 (2027 요금 인상 시뮬레이션)"),
    (21, 10, 0, "bb.log01", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/opensearch"),
    (22, 9, 20, "wqa.bomun-tb", "warning", "threshold_breach", "탁도 0.38 NTU 상승 (강우 영향, 기준 0.5 NTU 이하)"),
    (22, 10, 5, "wqa.wolpyeong-tb", "warning", "threshold_breach", "탁도 0.41 NTU 상승 (강우 영향)"),
    (22, 17, 40, "wqa.wolpyeong-tb", "info", "recovery", "탁도 0.12 NTU 평시 수준 회복"),
    (23, 9, 0, "MinwonApp-tst", "info", "deployment", "MinwonApp-tst 3.22.0-rc1 배포 (요금 분할납부)"),
    (23, 13, 30, "GAP-Oryu", "warning", "threshold_breach", "토출압력 상한 근접 6.8 kgf/cm2 (설정 7.0)"),
    (24, 11, 0, "bb.hist-b", "warning", "threshold_breach", "disk_usage above 70% on D:\\PI\\arc"),
    (24, 14, 0, "TIBERO-MDM", "info", "config_change", "검침 원시값 파티션 2026-12 사전 생성"),
    # I1
    (18, 14, 40, "LeakWatch", "info", "deployment", "LeakWatch 1.12.0 배포 (MNF 산정 로직 개선)"),
    (18, 14, 58, "PI-Historian", "major", "archive", "Archive shift failed: cannot create archive file (NFS volume /pi_arc 100% full)"),
    (18, 15, 2, "PI-Historian", "critical", "archive", "Primary archive full; 1,840,000 events queued in event queue"),
    (18, 15, 3, "HIST-NAS01", "warning", "threshold_breach", "volume /pi_arc 100% used"),
    (18, 15, 6, "WQ-Analytics", "major", "stale_data", "잔류염소 태그 갱신 없음 (PI 조회 결과 없음) 212개 태그"),
    (18, 15, 8, "HMI-Ops", "warning", "stale_data", "트렌드 화면 데이터 없음 (PI)"),
    (18, 15, 9, "LeakWatch", "warning", "error", "MNF 계산 입력 누락 (PI timeout)"),
    (18, 15, 12, "SujilOpenAPI", "warning", "stale_data", "수질 데이터 갱신 지연 > 10분"),
    (18, 15, 15, "MinwonApp", "warning", "error", "우리동네 수질 조회 오류 증가"),
    (18, 15, 47, "PI-Historian", "info", "config_change", "new archive created on HIST-NAS01 /pi_arc2, event queue draining"),
    (18, 15, 58, "WQ-Analytics", "info", "recovery", "수질 태그 갱신 정상화"),
    # I2
    (19, 9, 50, "Call-CRM", "info", "deployment", "Call-CRM 5.5.0 배포 (동절기 동파 상담 스크립트)"),
    (19, 10, 18, "ORA-CIS", "major", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved."),
    (19, 10, 21, "ORA-CIS", "critical", "archiver", "db_recovery_file_dest_size of 800 GB is 100.00% used; log switch waits"),
    (19, 10, 24, "Yogeum-Bill", "major", "timeout", "요금 조회/수납 반영 타임아웃 (ORA-CIS)"),
    (19, 10, 26, "Call-CRM", "critical", "error", "고객 조회 실패 74%, 상담 대기 증가"),
    (19, 10, 27, "MinwonCore", "major", "timeout", "민원 접수 저장 실패 (DB 응답 없음)"),
    (19, 10, 29, "WorkOrder", "warning", "timeout", "작업지시 생성 지연"),
    (19, 10, 31, "CTI-120", "warning", "queue", "120 대기 호 48건 (평시 6건)"),
    (19, 10, 33, "MinwonApp", "warning", "error", "요금 조회 오류 증가"),
    (19, 11, 6, "ORA-CIS", "info", "config_change", "RMAN archivelog backup + delete input 완료, FRA 41%"),
    (19, 11, 18, "Call-CRM", "info", "recovery", "고객 조회 정상"),
    # I3
    (21, 13, 20, "AMI-HeadEnd", "info", "deployment", "AMI-HeadEnd 3.4.1 배포 (NB-IoT 미터 펌웨어 2.3 지원)"),
    (21, 13, 38, "AMI-MQ", "major", "resource_alarm", "disk resource limit alarm set on node rabbit@ami-mq: free 49.8 GB < 50 GB, publishers blocked"),
    (21, 13, 43, "AMI-HeadEnd", "critical", "error", "meter upload publish blocked: 58% of uploads rejected (connection.blocked)"),
    (21, 13, 49, "MDMS", "major", "stale_data", "검침값 수신 없음 15분, VEE 대기"),
    (21, 13, 55, "LeakWatch", "warning", "error", "AMI 사용량 입력 누락 (MDMS)"),
    (21, 14, 28, "AMI-MQ", "info", "config_change", "dlq.meter.upload purged (31.2 M messages), disk alarm cleared"),
    (21, 14, 38, "AMI-HeadEnd", "info", "recovery", "업로드 정상 처리"),
    # I4
    (22, 18, 50, "MinwonApp", "info", "deployment", "MinwonApp 3.21.0 배포 (간편인증 카카오/네이버 추가)"),
    (22, 19, 8, "sso-redis", "major", "failover", "+switch-master sso 10.120.20.61 6379 -> 10.120.20.62 6379; +odown from 2 of 3 sentinels"),
    (22, 19, 11, "sso-redis", "critical", "split_brain", "two masters: old master still accepting writes (min-replicas not set)"),
    (22, 19, 14, "GaonSSO", "critical", "error", "session lookup failed: 46% of token validations (READONLY / stale session)"),
    (22, 19, 17, "MinwonApp", "major", "error", "로그인 실패 급증 (SSO 401)"),
    (22, 19, 19, "CrewApp-API", "warning", "error", "토큰 갱신 실패"),
    (22, 19, 20, "MinwonCore", "warning", "error", "SSO 세션 검증 오류"),
    (22, 19, 58, "sso-redis", "info", "config_change", "old master demoted (REPLICAOF), min-replicas-to-write 1 set"),
    (22, 20, 8, "GaonSSO", "info", "recovery", "token validation success 99.9%"),
    # I5
    (23, 22, 40, "FEP-LTE2", "info", "config_change", "남부 권역 RTU 폴링 주기 60s -> 30s (동절기 동파 감시 강화)"),
    (23, 23, 18, "bb.fep-b", "major", "kernel", "ixgbe 0000:3b:00.0 eno1: Detected Tx Unit Hang, Reset adapter"),
    (23, 23, 21, "bb.fep-b", "critical", "link_flap", "bond0: link status down for eno1 and eno2, reset loop (12 resets in 3 min)"),
    (23, 23, 25, "FEP-LTE2", "critical", "comm_fail", "DNP3 세션 38개 중 35개 통신 두절"),
    (23, 23, 28, "ScadaMaster", "major", "alarm_flood", "통신 이상 알람 1,420건/10분 (남부 권역)"),
    (23, 23, 29, "GAP-Beomdong", "major", "comm_fail", "RTU 통신 두절 (FEP-LTE2)"),
    (23, 23, 30, "GAP-Oryu", "major", "comm_fail", "RTU 통신 두절 (FEP-LTE2)"),
    (23, 23, 30, "BSJ-Wolpyeong", "major", "comm_fail", "RTU 통신 두절, 수위 값 보류"),
    (23, 23, 31, "BSJ-Sikjang", "major", "comm_fail", "RTU 통신 두절, 수위 값 보류"),
    (23, 23, 33, "GAP-Sinseong", "major", "comm_fail", "RTU 통신 두절 (FEP-LTE2)"),
    (23, 23, 34, "GAP-Daedong", "major", "comm_fail", "RTU 통신 두절 (FEP-LTE2)"),
    (24, 0, 6, "bb.fep-b", "info", "config_change", "bond0 slave moved to spare NIC (Broadcom 57414), ixgbe port disabled"),
    (24, 0, 14, "FEP-LTE2", "info", "recovery", "DNP3 세션 38/38 복구"),
    # I6
    (24, 7, 20, "CrewApp-API", "info", "deployment", "CrewApp-API 2.14.0 배포 (관망도 오프라인 캐시)"),
    (24, 7, 35, "PG-GIS", "warning", "long_transaction", "pid 48211 (tile_rebuild) transaction open 52 min, AccessExclusiveLock on wtl_pipe_lm"),
    (24, 7, 44, "PG-GIS", "major", "lock_wait", "lock waits 137 sessions, IO util 98%"),
    (24, 7, 49, "GIS-Pipe", "major", "slow_response", "WMS GetMap p95 6,800 ms"),
    (24, 7, 53, "CrewApp-API", "critical", "error", "관망도/작업지시 조회 실패 41% (현장 출동 지연)"),
    (24, 7, 58, "WorkOrder", "warning", "slow_response", "작업지시 배정 지연"),
    (24, 8, 2, "LeakWatch", "warning", "error", "누수 의심 구간 GIS 매핑 실패"),
    (24, 8, 28, "PG-GIS", "info", "config_change", "pg_cancel_backend(48211): tile_rebuild 취소, 야간 작업으로 재예약"),
    (24, 8, 38, "CrewApp-API", "info", "recovery", "조회 정상"),
    # I7
    (24, 18, 40, "LoRa-NS", "info", "firmware_campaign", "LoRa 게이트웨이 펌웨어 캠페인 GW-2611 시작 (64대, Kerlink 5.9.2)"),
    (24, 19, 12, "LoRa-NS", "info", "firmware_campaign", "GW-2611 완료: 63 성공, 1 재시도 예정"),
    (24, 19, 0, "AMI-HeadEnd", "info", "deployment", "AMI-HeadEnd 3.4.2 배포 (검침 중복 제거 핫픽스)"),
    (24, 19, 24, "LoRa-NS", "major", "join_storm", "join-request rate 14x baseline (18,400/min), uplink queue dropping"),
    (24, 19, 31, "FEP-LoRa", "major", "stale_data", "LoRa 센서 업링크 수신률 43%"),
    (24, 19, 34, "AMI-HeadEnd", "warning", "error", "LoRa 미터 검침 누락 증가"),
    (24, 19, 38, "BSJ-Noeun", "warning", "stale_data", "수위/잔류염소 값 15분 이상 미갱신"),
    (24, 19, 40, "BSJ-Gwanpyeong", "warning", "stale_data", "수위 값 15분 이상 미갱신"),
    (24, 19, 52, "LoRa-NS", "critical", "join_storm", "device session store writes failing, 9,800 devices re-joining"),
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
    generate(NAME, "water-utility", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
