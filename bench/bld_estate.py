"""Generate the blood-service estate (tests/fixtures/blood-service/, interchange format) and its faults file.

A Korean national blood service's IT (한누리혈액관리본부, HQ 원주본부): the donor app and web `nanum-*` (나눔: the
API `nanum-api` and web `nanum-web` on the government cloud's Kubernetes, 헌혈 예약 `yeyak-svc` on PostgreSQL
`pg-yeyak`, 전자문진 `munjin-svc` on `pg-munjin`, 본인인증 `donor-auth`, the session cache `nanum-redis`); the
donor registry `drg_core` on the Oracle RAC `ora-drg` (Data Guard standby `ora-drg-sby` at the DR centre); 헌혈의집
reception `hjip-desk`, the mobile buses' tablet sync `idong-sync` (이동채혈), ISBT 128 labelling `isbt-labeler` and
the bag RFID hub `rfid-hub`; the laboratory information system `blis-core` on `ora-lis` with an instrument
middleware per testing centre (`lismw-hg`, `lismw-gg`, `lismw-nd`) on the RabbitMQ `rmq-lis`, NAT result release
`nat-result`, 적격 판정 `hemo-release`, component processing `jeje-mgr` (제제); cold chain: temperature gateways
per centre (`tgw-hg` …) publishing to Kafka `kafka-hq`, the monitor `ondo-mon` (온도) on TimescaleDB `pg-ondo` and
the alarm relay; inventory `jaego-svc` (재고) with `redis-stock`, the hospital order portal `gonggeup-portal`
(공급), 긴급출고 `emerg-out`, courier dispatch `baesong-disp` (배송), the 14:00 order cut-off `order_cutoff_job`
and the 06:00 stock report `stock_rpt_0600`, haemovigilance/recall `hv-recall`, HIS integration over HL7/FHIR
`his-bridge` (Mirth on MariaDB), the 알림톡/SMS gateway `alimtalk-gw` on RabbitMQ `rmq-notify`, reminders
`remind-batch`, the DW (`dw-etl`, MariaDB ColumnStore `mdb-dw`) and reporting `bogo-bi` (보고).
Sites: 원주본부 (HQ), 세종IDC (primary DC), 대구DR센터, G-클라우드 광주존 (government cloud), and the regional centres
한강혈액원, 금강혈액원, 낙동혈액원 (each with a testing centre and cold storage); environments prod, staging, dev.

Naming (unlike the earlier estates): romanised Korean product names (`nanum-*`, `yeyak-svc`, `munjin-svc`,
`jaego-svc`, `gonggeup-portal`, `baesong-disp`, `ondo-mon`, `jeje-mgr`, `bogo-bi`, `hjip-desk`, `idong-sync`),
legacy snake_case (`drg_core`, `order_cutoff_job`, `stock_rpt_0600`, `old_sms_agent`), run-together Windows-era VM
names by site/role/number (`sjvap114`, `sjvdb021`, `sjvmq031`), bare metal by asset tag (`kbs-a01877`),
government-cloud generated ids (`gcn-4f1b27` Kubernetes workers, `gc-vm-1c8e9d`), ESXi by site and number
(`esx-sj-08`), centre servers by centre code (`hg-lab-srv1`, `nd-ccgw01`) and devices by kind-centre-number
(`nat-hg-01` analysers, `frz-hg-02` freezers, `agi-gg-01` platelet agitator, `tab-bus-hg07` bus tablet).

Seven injected incidents (times KST; now = Saturday 2027-01-23 15:10, weekend donation peak; the window is the
10 days before; centres open 09–18 every day (weekend peaks), the morning lab run 07:30–11:30 after overnight
transport, the 06:00 stock report, the 14:00 hospital order cut-off (Mon–Sat), the 02:00 DW load):
  B1 Thu 14 08:40–09:35  rmq-lis hits its memory high watermark in the morning lab run and blocks publishers:
                         lismw-hg (loudest, 3.4.1 deployed at 08:15), lismw-nd, blis-core, nat-result
  B2 Fri 15 06:00–06:55  ora-bims' archiver sticks (+FRA full, ORA-00257) just as the stock report starts:
                         stock_rpt_0600 (loudest), jaego-svc, isbt-labeler, gonggeup-portal
  B3 Sat 16 10:30–11:25  (army campaign Saturday) the Kubernetes worker gcn-4f1b27 fills its conntrack table
                         and drops packets: yeyak-svc (loudest, 2.7.0 deployed at 10:05), nanum-api, nanum-web
  B4 Sun 17 02:10–03:05  (night) the Kafka broker host kbs-a01952 runs out of disk (retention override): kafka-hq,
                         tgw-hg (loudest), tgw-nd, ondo-mon — cold-chain readings stop flowing
  B5 Tue 19 13:45–14:40  (order cut-off) esx-sj-08 overcommits memory after the staging VM sjvst201 is powered on
                         for a load test, balloons and swaps: sjvap114, gonggeup-portal (loudest, deployed 13:20),
                         jaego-svc, his-bridge
  B6 Thu 21 11:10–12:05  an online index rebuild on ora-drg started in the daytime by a mis-scheduled DBA job:
                         drg_core (loudest), hjip-desk (5.2.0 deployed at 10:50), munjin-svc, idong-sync
  B7 Sat 23 14:35–now    pg-munjin runs out of connections (idle-in-transaction sessions pile up, FATAL too many
                         clients): munjin-svc (loudest), hjip-desk, nanum-api (4.9.0 deployed at 14:15) (ongoing)
Confounders: donation hours and weekend peaks, the army campaign on Saturday 16 and the 공공기관 campaign on Wednesday
20, the morning lab run, the 06:00 stock report, the 14:00 cut-off, the 02:00 DW load, deploys on victims before
B1, B3, B5, B6 and B7, the noisy staging VM on esx-sj-08 (B5), `nat-gg-01` and `blis-core-stg` in maintenance,
the retired `old_sms_agent`, the log server `kbs-a01990`'s disk creeping up and the ALB `gc-alb-nanum`'s
certificate expiring on 2027-02-01 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/bld_golden.py) are computed from the files.

    .venv/bin/python bench/bld_estate.py   # rewrites tests/fixtures/blood-service*
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

NAME = "blood-service"
NOW = datetime(2027, 1, 23, 6, 10, tzinfo=UTC)  # Saturday 2027-01-23 15:10 KST
START = NOW - timedelta(days=10)  # Wednesday 2027-01-13 15:10 KST
SEED = 20270123
SITES = {
    "H": "원주본부",
    "S": "세종IDC",
    "D": "대구DR센터",
    "G": "G-클라우드 광주존",
    "K": "한강혈액원",
    "M": "금강혈액원",
    "N": "낙동혈액원",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

kst = kst_utc_clock("2027-01")

INFO, DONOR, LAB, COLD = "혈액정보팀", "donor-digital", "검사정보파트", "cold-chain-ops"
SUPPLY, INFRA, DBA, NET = "공급관리팀", "infra-sejong", "DBA파트", "네트워크보안팀"
CLOUD, DATA, HV, CENTRE = "클라우드운영TF", "데이터분석팀", "혈액안전감시팀", "centre-it"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- donor-facing (government cloud)
    "nanum-api": ("service", DONOR, "G", "P", ["gcn-4f1a9c", "gcn-4f1b27"],
                  ["yeyak-svc", "munjin-svc", "donor-auth", "nanum-redis"],
                  {"desc": "나눔 헌혈 앱/웹 백엔드 API", "product": "Spring Boot 3.2 (Java 21)", "version": "4.9.0",
                   "replicas": 6, "namespace": "nanum-prod", "port": 8080, "app_users": 1840000}),
    "nanum-web": ("service", DONOR, "G", "P", ["gcn-4f1a9c"], ["nanum-api"],
                  {"desc": "나눔 헌혈 웹 (예약, 헌혈 기록, 증서)", "product": "Next.js 14", "version": "3.3.2",
                   "replicas": 3, "endpoint": "www.nanumi.or.kr"}),
    "yeyak-svc": ("service", DONOR, "G", "P", ["gcn-4f1b27"], ["pg-yeyak", "nanum-redis", "drg_core"],
                  {"desc": "헌혈 예약 (헌혈의집/단체헌혈 예약, 슬롯 관리)", "product": "Kotlin (Ktor 2.3)",
                   "version": "2.7.0", "replicas": 4, "slots_per_day": 14200}),
    "munjin-svc": ("service", DONOR, "G", "P", ["gcn-77d0e3"], ["pg-munjin", "drg_core"],
                   {"desc": "전자문진 (헌혈 전 문진표 작성, 문진 결과 판정)", "product": "Spring Boot 3.1 (Java 17)",
                    "version": "3.6.4", "replicas": 4, "questions": 31}),
    "donor-auth": ("service", DONOR, "G", "P", ["gcn-77d0e3"], ["nanum-redis"],
                   {"desc": "본인인증 (휴대폰/간편인증, PASS)", "product": "Keycloak 23.0.7", "version": "23.0.7",
                    "token_ttl_min": 30}),
    "alimtalk-gw": ("service", DONOR, "G", "P", ["gcn-77d0e3"], ["rmq-notify"],
                    {"desc": "알림톡/SMS 발송 게이트웨이 (헌혈 가능일, 예약 확인, 긴급 혈액 요청)",
                     "product": "Go 1.22 자체개발", "version": "1.12.3", "vendor": "비즈엠 (카카오 알림톡 딜러)",
                     "daily_quota": 600000, "sender_no": "1600-3705"}),
    "remind-batch": ("service", DONOR, "S", "P", ["sjvap111"], ["drg_core", "rmq-notify"],
                     {"desc": "헌혈 가능일 알림 배치", "product": "Spring Batch 5.1", "schedule": "매일 10:00",
                      "version": "1.4.0"}),
    # ---------------------------------------------------------------- donation centres, buses, registry
    "hjip-desk": ("service", CENTRE, "S", "P", ["sjvap111"], ["drg_core", "munjin-svc", "isbt-labeler"],
                  {"desc": "헌혈의집 접수/채혈 관리 (문진 확인, 채혈 기록, 혈액백 라벨 요청)",
                   "product": "자체개발 (.NET 8, WPF 클라이언트)", "version": "5.2.0", "centres": 143,
                   "clients": 1260}),
    "idong-sync": ("service", CENTRE, "S", "P", ["sjvap112"], ["drg_core", "kafka-hq"],
                   {"desc": "이동채혈(헌혈버스) 태블릿 동기화 (오프라인 채혈 기록 업로드)", "version": "2.1.8",
                    "product": "Node.js 20", "buses": 96, "tablets": 410}),
    "drg_core": ("service", INFO, "S", "P", ["sjvap110"], ["ora-drg"],
                 {"desc": "헌혈자 등록 관리 (헌혈자 원장, 헌혈 이력, 부적격 이력)", "product": "자체개발 (Java 11, JEUS 8)",
                  "version": "8.14.2", "donors_registered": 6720000, "was": "JEUS 8 Fix#2"}),
    "isbt-labeler": ("service", INFO, "S", "P", ["sjvap112"], ["ora-bims", "rfid-hub"],
                     {"desc": "ISBT 128 혈액백 라벨 발행 (혈액번호, 제제코드, 혈액형 라벨)", "version": "3.0.6",
                      "standard": "ISBT 128 v7.0", "facility_id": "K0713", "printers": 380}),
    "rfid-hub": ("service", INFO, "S", "P", ["sjvap112"], ["kafka-hq"],
                 {"desc": "혈액백 RFID 태그 판독 허브 (입고/출고 게이트)", "version": "2.2.1", "readers": 214,
                  "frequency": "UHF 920MHz"}),
    # ---------------------------------------------------------------- laboratory
    "blis-core": ("service", LAB, "S", "P", ["sjvap113"], ["ora-lis", "rmq-lis", "lismw-hg", "lismw-gg", "lismw-nd"],
                  {"desc": "BLIS 혈액검사정보시스템 (검체 접수, 검사 결과, 판정)", "product": "자체개발 (Java 17)",
                   "version": "6.8.1", "tests_per_day": 9800}),
    "lismw-hg": ("service", LAB, "K", "P", ["hg-lab-srv1"], ["rmq-lis"],
                 {"desc": "한강검사센터 장비 미들웨어 (NAT/혈액형 장비 결과 수집)",
                  "product": "Data Innovations Instrument Manager 8.19", "version": "3.4.1", "instruments": 14,
                  "protocol": "ASTM E1394"}),
    "lismw-gg": ("service", LAB, "M", "P", ["gg-lab-srv1"], ["rmq-lis"],
                 {"desc": "금강검사센터 장비 미들웨어", "product": "Data Innovations Instrument Manager 8.19",
                  "version": "3.4.0", "instruments": 9, "protocol": "ASTM E1394"}),
    "lismw-nd": ("service", LAB, "N", "P", ["nd-lab-srv1"], ["rmq-lis"],
                 {"desc": "낙동검사센터 장비 미들웨어", "product": "Data Innovations Instrument Manager 8.19",
                  "version": "3.4.0", "instruments": 11, "protocol": "HL7 v2.5.1"}),
    "nat-result": ("service", LAB, "S", "P", ["sjvap113"], ["blis-core"],
                   {"desc": "NAT 핵산증폭검사 결과 판정/승인 (HIV, HBV, HCV)", "version": "2.3.0",
                    "targets": "HIV-1/2, HBV, HCV", "pool_size": 6}),
    "hemo-release": ("service", LAB, "S", "P", ["sjvap113"], ["blis-core", "ora-bims"],
                     {"desc": "혈액 적격 판정/출고 가능 처리 (검사 완료 혈액 release)", "version": "1.9.2"}),
    "jeje-mgr": ("service", INFO, "S", "P", ["sjvap112"], ["ora-bims", "isbt-labeler"],
                 {"desc": "혈액제제 제조 관리 (성분 분리, 백혈구 여과, 방사선 조사)", "version": "4.0.3",
                  "components": "RBC, PLT, FFP, Cryo"}),
    # ---------------------------------------------------------------- cold chain
    "ondo-mon": ("service", COLD, "G", "P", ["gcn-77d0e3"], ["kafka-hq", "pg-ondo"],
                 {"desc": "혈액 보관 온도 모니터링 (냉장고/냉동고/교반기 센서)", "version": "2.5.0",
                  "sensors": 1180, "sample_sec": 60}),
    "alarm-relay": ("service", COLD, "G", "P", ["gcn-77d0e3"], ["ondo-mon", "alimtalk-gw"],
                    {"desc": "온도 이탈 알람 전파 (당직자 알림톡/SMS/전화)", "version": "1.2.7",
                     "escalation_min": 10}),
    "tgw-hg": ("service", COLD, "K", "P", ["hg-ccgw01"], ["kafka-hq"],
               {"desc": "한강혈액원 온도 알람 게이트웨이", "version": "1.6.2", "protocol": "Modbus TCP", "sensors": 412}),
    "tgw-gg": ("service", COLD, "M", "P", ["gg-ccgw01"], ["kafka-hq"],
               {"desc": "금강혈액원 온도 알람 게이트웨이", "version": "1.6.2", "protocol": "Modbus TCP", "sensors": 296}),
    "tgw-nd": ("service", COLD, "N", "P", ["nd-ccgw01"], ["kafka-hq"],
               {"desc": "낙동혈액원 온도 알람 게이트웨이", "version": "1.6.1", "protocol": "BACnet/IP", "sensors": 354}),
    # ---------------------------------------------------------------- inventory, supply, courier
    "jaego-svc": ("service", SUPPLY, "S", "P", ["sjvap114"], ["ora-bims", "redis-stock"],
                  {"desc": "혈액 재고 관리 (혈액원별/혈액형별/제제별 재고)", "version": "7.3.2",
                   "product": "자체개발 (Java 17)", "safety_stock_days": 5}),
    "gonggeup-portal": ("service", SUPPLY, "S", "P", ["sjvap114"], ["jaego-svc", "redis-stock"],
                        {"desc": "병원 혈액 공급 주문 포털 (의료기관 주문, 출고 요청)", "version": "5.5.0",
                         "hospitals": 2380, "order_cutoff": "14:00", "endpoint": "supply.nanumi.or.kr"}),
    "emerg-out": ("service", SUPPLY, "S", "P", ["sjvap115"], ["jaego-svc", "baesong-disp", "alimtalk-gw"],
                  {"desc": "긴급출고 (응급 수혈 요청 즉시 출고, 24시간)", "version": "2.0.9", "sla_min": 60}),
    "baesong-disp": ("service", SUPPLY, "G", "P", ["gcn-4f1a9c"], ["pg-baesong", "rmq-notify"],
                     {"desc": "혈액 배송 배차 (공급 차량, 퀵/헬기 연계)", "version": "1.8.1", "vehicles": 172}),
    "order_cutoff_job": ("service", SUPPLY, "S", "P", ["sjvap115"], ["jaego-svc", "ora-bims"],
                         {"desc": "병원 주문 마감 배치 (출고 지시 생성)", "product": "Spring Batch 4.3",
                          "schedule": "월-토 14:00", "version": "3.1.1"}),
    "stock_rpt_0600": ("service", SUPPLY, "S", "P", ["sjvap115"], ["ora-bims"],
                       {"desc": "일일 혈액 보유 현황 보고 배치 (보건복지부/혈액원 보고)", "product": "PL/SQL + Python 3.9",
                        "schedule": "매일 06:00", "version": "2.0.0"}),
    # ---------------------------------------------------------------- haemovigilance, HIS, data
    "hv-recall": ("service", HV, "S", "P", ["sjvap116"], ["ora-bims", "his-bridge", "alimtalk-gw"],
                  {"desc": "혈액안전감시 (수혈 부작용 보고, 혈액 회수/추적)", "version": "3.2.0",
                   "product": "자체개발 (Java 17)", "lookback_days": 180}),
    "his-bridge": ("service", INFO, "S", "P", ["sjvap116"], ["gonggeup-portal", "mdb-hisbridge"],
                   {"desc": "병원 HIS 연계 (HL7 v2 / FHIR R4 주문·수혈 결과 연동)", "product": "Mirth Connect 4.4.2",
                    "version": "4.4.2", "channels": 62, "fhir": "R4", "hospitals_linked": 318}),
    "dw-etl": ("service", DATA, "S", "P", ["sjvap117"], ["ora-drg", "ora-bims", "mdb-dw"],
               {"desc": "DW 적재 (헌혈/검사/공급 일 적재)", "product": "Pentaho Data Integration 9.4",
                "schedule": "매일 02:00", "jobs": 41}),
    "bogo-bi": ("service", DATA, "H", "P", ["wj-rpt-01"], ["mdb-dw"],
                {"desc": "혈액사업 통계/보고 포털", "product": "Apache Superset 3.1", "dashboards": 88}),
    "elk-sj": ("service", INFRA, "S", "P", ["kbs-a01990"], [],
               {"desc": "로그 수집/검색", "product": "Elasticsearch 8.11 + Logstash", "retention_days": 60}),
    # ---------------------------------------------------------------- staging, dev, retired
    "nanum-api-stg": ("service", DONOR, "G", "S", ["gcn-s-2a01"], ["yeyak-svc-stg"],
                      {"desc": "나눔 API (스테이징)", "version": "5.0.0-rc1"}),
    "yeyak-svc-stg": ("service", DONOR, "G", "S", ["gcn-s-2a01"], ["pg-yeyak-stg"],
                      {"desc": "헌혈 예약 (스테이징)", "version": "2.8.0-rc2"}),
    "blis-core-stg": ("service", LAB, "S", "S", ["sjvst201"], [],
                      {"desc": "BLIS (스테이징, 6.9 부하테스트)", "version": "6.9.0-rc1"}),
    "his-bridge-dev": ("service", INFO, "S", "D", ["sjvdv301"], [],
                       {"desc": "HIS 연계 (개발, FHIR R5 시험)", "version": "4.5.0-SNAPSHOT"}),
    "old_sms_agent": ("service", DONOR, "S", "P", [], [],
                      {"desc": "구 SMS 발송 에이전트 (2025년 alimtalk-gw로 대체)", "version": "2.3.11",
                       "decommissioned": "2025-11-28"}),
    # ---------------------------------------------------------------- databases
    "ora-drg": ("database", DBA, "S", "P", ["kbs-a01877", "kbs-a01878"], [],
                {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c RAC", "nodes": 2,
                 "sid": "DRGP", "port": 1521, "size_tb": 9.6, "dataguard": "ora-drg-sby", "desc": "헌혈자 원장 DB"}),
    "ora-drg-sby": ("database", DBA, "D", "P", ["kbs-a02211"], [],
                    {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c (Active Data Guard)",
                     "sid": "DRGS", "port": 1521, "role": "physical standby", "desc": "헌혈자 원장 DR 대기 DB"}),
    "ora-bims": ("database", DBA, "S", "P", ["kbs-a01902"], [],
                 {"engine": "oracle", "version": "19.21", "product": "Oracle Database 19c", "sid": "BIMSP",
                  "port": 1521, "size_tb": 6.2, "fra_gb": 800, "archivelog": "ON",
                  "desc": "혈액정보(제제/재고/출고) DB"}),
    "ora-lis": ("database", DBA, "S", "P", ["kbs-a01903"], [],
                {"engine": "oracle", "version": "19.19", "product": "Oracle Database 19c", "sid": "LISP",
                 "port": 1521, "size_tb": 4.4, "desc": "검사 결과 DB"}),
    "pg-yeyak": ("database", CLOUD, "G", "P", ["gc-vm-1c8e52"], [],
                 {"engine": "postgresql", "version": "15.5", "product": "PostgreSQL 15", "port": 5432,
                  "max_connections": 500, "desc": "헌혈 예약 DB"}),
    "pg-munjin": ("database", CLOUD, "G", "P", ["gc-vm-1c8e9d"], [],
                  {"engine": "postgresql", "version": "14.10", "product": "PostgreSQL 14", "port": 5432,
                   "max_connections": 300, "idle_in_transaction_session_timeout": "0 (미설정)",
                   "desc": "전자문진 DB"}),
    "pg-ondo": ("database", COLD, "G", "P", ["gc-vm-1c8f07"], [],
                {"engine": "postgresql", "version": "15.5", "product": "TimescaleDB 2.13 (PostgreSQL 15)",
                 "port": 5432, "retention": "3y", "desc": "온도 센서 시계열 DB"}),
    "pg-baesong": ("database", CLOUD, "G", "P", ["gc-vm-1c8f07"], [],
                   {"engine": "postgresql", "version": "15.5", "product": "PostgreSQL 15 + PostGIS 3.4",
                    "port": 5433, "desc": "배송 배차 DB"}),
    "mdb-dw": ("database", DATA, "S", "P", ["sjvdb021"], [],
               {"engine": "mariadb", "version": "10.11.6", "product": "MariaDB ColumnStore 23.10", "port": 3306,
                "size_tb": 12.5, "desc": "혈액사업 DW"}),
    "mdb-hisbridge": ("database", DBA, "S", "P", ["sjvdb022"], [],
                      {"engine": "mariadb", "version": "10.6.16", "product": "MariaDB 10.6", "port": 3306,
                       "desc": "Mirth 채널/메시지 저장소"}),
    "pg-yeyak-stg": ("database", CLOUD, "G", "S", ["gcn-s-2a01"], [],
                     {"engine": "postgresql", "version": "16.1", "product": "PostgreSQL 16", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "nanum-redis": ("cache", CLOUD, "G", "P", ["gc-vm-1c8f5a"], [],
                    {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 16, "maxmemory_policy": "volatile-lru",
                     "port": 6379, "desc": "나눔 세션/예약 슬롯 캐시"}),
    "redis-stock": ("cache", SUPPLY, "S", "P", ["kbs-a01960"], [],
                    {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 24, "maxmemory_policy": "allkeys-lru",
                     "port": 6379, "sentinel": True, "desc": "실시간 재고 캐시"}),
    "kafka-hq": ("queue", INFRA, "S", "P", ["kbs-a01951", "kbs-a01952", "kbs-a01953"], [],
                 {"product": "Apache Kafka 3.6.1 (KRaft)", "brokers": 3, "port": 9093, "topics": 57,
                  "replication_factor": 3, "desc": "온도/RFID/이동채혈 이벤트 스트림"}),
    "rmq-notify": ("queue", CLOUD, "G", "P", ["gc-vm-1c8f5a"], [],
                   {"product": "RabbitMQ 3.12.12", "nodes": 1, "port": 5672, "queues": 23, "desc": "알림 발송 큐"}),
    "rmq-lis": ("queue", LAB, "S", "P", ["sjvmq031"], [],
                {"product": "RabbitMQ 3.11.28", "nodes": 1, "port": 5672, "queues": 38,
                 "vm_memory_high_watermark": 0.4, "desc": "장비 결과 전송 큐 (미들웨어 → BLIS)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "gc-alb-nanum": ("G", CLOUD, ["nanum-web", "nanum-api"],
                     {"vendor": "G-Cloud", "model": "Application Load Balancer", "vip": "27.101.64.18",
                      "endpoint": "www.nanumi.or.kr", "cert_expiry": "2027-02-01",
                      "cert_issuer": "Sectigo (수동 갱신)"}),
    "l4-sj-ext": ("S", NET, ["gonggeup-portal", "his-bridge"],
                  {"vendor": "Radware", "model": "Alteon 6024", "vip": "211.58.40.21", "firmware": "32.6.12",
                   "cert_expiry": "2027-09-30"}),
    "l4-sj-int": ("S", NET, ["blis-core", "hjip-desk", "jaego-svc"],
                  {"vendor": "Radware", "model": "Alteon 5424", "vip": "10.71.4.10", "firmware": "32.6.12"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "san-sj-01": ("S", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 240,
                               "desc": "Oracle/VMware 블록 스토리지"},
                  ["kbs-a01877", "kbs-a01878", "kbs-a01902", "kbs-a01903", "esx-sj-07", "esx-sj-08", "esx-sj-09"]),
    "san-dg-01": ("D", INFRA, {"vendor": "Hitachi", "model": "VSP E590", "capacity_tb": 160,
                               "replication": "TrueCopy async (san-sj-01)", "desc": "DR 블록 스토리지"},
                  ["kbs-a02211", "esx-dg-02"]),
    "nas-sj-bak": ("S", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                                "desc": "DB/VM 백업"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 세종IDC ESXi
    "esx-sj-07": ("S", "P", "esx", {"role": "ESXi 클러스터 SJ-PROD-A", "model": "Dell PowerEdge R760"}),
    "esx-sj-08": ("S", "P", "esx", {"role": "ESXi 클러스터 SJ-PROD-A", "model": "Dell PowerEdge R760"}),
    "esx-sj-09": ("S", "P", "esx", {"role": "ESXi 클러스터 SJ-PROD-A", "model": "Dell PowerEdge R750"}),
    "esx-dg-02": ("D", "P", "esx", {"role": "ESXi DR 클러스터", "model": "Dell PowerEdge R750"}),
    # 세종IDC VMs
    "sjvap110": ("S", "P", "vm", {"role": "헌혈자 등록 AP (JEUS)"}),
    "sjvap111": ("S", "P", "vm", {"role": "헌혈의집 접수 AP, 알림 배치"}),
    "sjvap112": ("S", "P", "vm", {"role": "라벨/RFID/제제/이동채혈 AP"}),
    "sjvap113": ("S", "P", "vm", {"role": "BLIS AP"}),
    "sjvap114": ("S", "P", "vm", {"role": "재고/공급 포털 AP"}),
    "sjvap115": ("S", "P", "vm", {"role": "긴급출고, 공급 배치"}),
    "sjvap116": ("S", "P", "vm", {"role": "HIS 연계(Mirth), 혈액안전감시"}),
    "sjvap117": ("S", "P", "vm", {"role": "DW ETL (Pentaho)"}),
    "sjvdb021": ("S", "P", "vm", {"role": "MariaDB ColumnStore DW"}),
    "sjvdb022": ("S", "P", "vm", {"role": "MariaDB (Mirth)"}),
    "sjvmq031": ("S", "P", "vm", {"role": "RabbitMQ (LIS)"}),
    "sjvst201": ("S", "S", "vm", {"role": "스테이징 (BLIS 부하테스트)"}),
    "sjvdv301": ("S", "D", "vm", {"role": "개발 공용"}),
    # 세종IDC / 대구DR bare metal (asset tags)
    "kbs-a01877": ("S", "P", "bare", {"role": "Oracle RAC DRGP node 1", "model": "HPE ProLiant DL380 Gen11", "rack": "SJ-B03-U21"}),
    "kbs-a01878": ("S", "P", "bare", {"role": "Oracle RAC DRGP node 2", "model": "HPE ProLiant DL380 Gen11", "rack": "SJ-B03-U23"}),
    "kbs-a01902": ("S", "P", "bare", {"role": "Oracle BIMSP", "model": "HPE ProLiant DL380 Gen10 Plus", "rack": "SJ-B04-U11"}),
    "kbs-a01903": ("S", "P", "bare", {"role": "Oracle LISP", "model": "HPE ProLiant DL380 Gen10 Plus", "rack": "SJ-B04-U13"}),
    "kbs-a01951": ("S", "P", "bare", {"role": "Kafka broker 1", "model": "Lenovo ThinkSystem SR650 V3", "rack": "SJ-B06-U05"}),
    "kbs-a01952": ("S", "P", "bare", {"role": "Kafka broker 2", "model": "Lenovo ThinkSystem SR650 V3", "rack": "SJ-B06-U07"}),
    "kbs-a01953": ("S", "P", "bare", {"role": "Kafka broker 3", "model": "Lenovo ThinkSystem SR650 V3", "rack": "SJ-B06-U09"}),
    "kbs-a01960": ("S", "P", "bare", {"role": "Redis 재고 캐시 (sentinel)", "model": "Lenovo ThinkSystem SR630 V3", "rack": "SJ-B06-U15"}),
    "kbs-a01990": ("S", "P", "bare", {"role": "로그 서버 (ELK)", "model": "Dell PowerEdge R750xd", "rack": "SJ-B08-U02"}),
    "kbs-a02211": ("D", "P", "bare", {"role": "Oracle DRGS (Data Guard standby)", "model": "HPE ProLiant DL380 Gen10 Plus", "rack": "DG-A02-U17"}),
    # G-클라우드 광주존
    "gcn-4f1a9c": ("G", "P", "k8s", {"role": "k8s worker (nanum-prod)", "flavor": "g2.c8m32"}),
    "gcn-4f1b27": ("G", "P", "k8s", {"role": "k8s worker (nanum-prod)", "flavor": "g2.c8m32"}),
    "gcn-77d0e3": ("G", "P", "k8s", {"role": "k8s worker (nanum-prod, cold-chain)", "flavor": "g2.c16m64"}),
    "gcn-s-2a01": ("G", "S", "k8s", {"role": "k8s worker (staging)", "flavor": "g2.c4m16"}),
    "gc-vm-1c8e52": ("G", "P", "gvm", {"role": "PostgreSQL 예약", "flavor": "g2.c8m64"}),
    "gc-vm-1c8e9d": ("G", "P", "gvm", {"role": "PostgreSQL 문진", "flavor": "g2.c8m32"}),
    "gc-vm-1c8f07": ("G", "P", "gvm", {"role": "PostgreSQL 온도/배송", "flavor": "g2.c8m64"}),
    "gc-vm-1c8f5a": ("G", "P", "gvm", {"role": "Redis, RabbitMQ (알림)", "flavor": "g2.c4m32"}),
    # regional centres and HQ
    "hg-lab-srv1": ("K", "P", "centre", {"role": "한강검사센터 장비 미들웨어 서버", "model": "Dell PowerEdge R450"}),
    "gg-lab-srv1": ("M", "P", "centre", {"role": "금강검사센터 장비 미들웨어 서버", "model": "Dell PowerEdge R450"}),
    "nd-lab-srv1": ("N", "P", "centre", {"role": "낙동검사센터 장비 미들웨어 서버", "model": "Dell PowerEdge R450"}),
    "hg-ccgw01": ("K", "P", "centre", {"role": "한강 혈액보관실 온도 게이트웨이", "model": "Advantech UNO-2484G"}),
    "gg-ccgw01": ("M", "P", "centre", {"role": "금강 혈액보관실 온도 게이트웨이", "model": "Advantech UNO-2484G"}),
    "nd-ccgw01": ("N", "P", "centre", {"role": "낙동 혈액보관실 온도 게이트웨이", "model": "Advantech UNO-2372G"}),
    "wj-rpt-01": ("H", "P", "centre", {"role": "본부 보고 포털 서버", "model": "Dell PowerEdge R650"}),
}
DEVICES = {  # lab analysers, cold-storage units, bus tablets and printers: name: (site, owner, attributes)
    "nat-hg-01": ("K", LAB, {"device": "NAT analyser", "vendor": "Roche", "model": "cobas 6800", "asset_tag": "KBS-L-0417",
                             "assay": "cobas MPX", "serial": "C68-2291"}),
    "nat-nd-01": ("N", LAB, {"device": "NAT analyser", "vendor": "Grifols", "model": "Procleix Panther",
                             "asset_tag": "KBS-L-0522", "assay": "Procleix Ultrio Elite", "serial": "PNT-7731"}),
    "nat-gg-01": ("M", LAB, {"device": "NAT analyser", "vendor": "Roche", "model": "cobas 6800", "asset_tag": "KBS-L-0468",
                             "assay": "cobas MPX", "serial": "C68-2418", "pm_due": "2027-01-22"}),
    "abo-hg-01": ("K", LAB, {"device": "혈액형/항체 검사 장비", "vendor": "Immucor", "model": "NEO Iris",
                             "asset_tag": "KBS-L-0433", "serial": "NI-40872"}),
    "abo-nd-01": ("N", LAB, {"device": "혈액형/항체 검사 장비", "vendor": "Bio-Rad", "model": "IH-1000",
                             "asset_tag": "KBS-L-0531", "serial": "IH1-11906"}),
    "sero-gg-01": ("M", LAB, {"device": "면역/감염 검사 장비", "vendor": "Abbott", "model": "Alinity s",
                              "asset_tag": "KBS-L-0470", "serial": "ALS-03317"}),
    "frz-hg-02": ("K", COLD, {"device": "혈장 냉동고", "vendor": "Helmer", "model": "iPF125", "setpoint_c": -40,
                              "asset_tag": "KBS-C-1182"}),
    "ref-nd-05": ("N", COLD, {"device": "적혈구 냉장고", "vendor": "Thermo Fisher", "model": "TSX5005GA",
                              "setpoint_c": 4, "asset_tag": "KBS-C-1310"}),
    "agi-gg-01": ("M", COLD, {"device": "혈소판 교반기", "vendor": "Helmer", "model": "PC2200i", "setpoint_c": 22,
                              "asset_tag": "KBS-C-1244"}),
    "tab-bus-hg07": ("K", CENTRE, {"device": "헌혈버스 태블릿", "vendor": "Samsung", "model": "Galaxy Tab Active5",
                                   "bus": "한강 7호차", "asset_tag": "KBS-M-3307"}),
    "zpr-bus-hg07": ("K", CENTRE, {"device": "헌혈버스 라벨 프린터", "vendor": "Zebra", "model": "ZD621",
                                   "bus": "한강 7호차", "asset_tag": "KBS-M-3308"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-sj-core": ("S", {"device": "firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 4000", "firmware": "4.1.5"}),
    "fw-gc-edge": ("G", {"device": "firewall", "vendor": "AhnLab", "model": "TrusGuard 3000C", "firmware": "2.7.2"}),
    "wan-sj-centres": ("S", {"device": "WAN link", "vendor": "LG U+", "model": "MPLS VPN 500Mbps",
                             "circuit": "LGU-MPLS-70418", "desc": "세종IDC ↔ 혈액원 MPLS"}),
    "core-sj-l3": ("S", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                         "firmware": "NX-OS 10.3(4a)"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-gc-edge", "fw-sj-core"),
    ("fw-sj-core", "core-sj-l3"),
    ("wan-sj-centres", "core-sj-l3"),
    ("lismw-hg", "wan-sj-centres"),
    ("lismw-gg", "wan-sj-centres"),
    ("lismw-nd", "wan-sj-centres"),
    ("tgw-hg", "wan-sj-centres"),
    ("tgw-gg", "wan-sj-centres"),
    ("tgw-nd", "wan-sj-centres"),
    ("lismw-hg", "nat-hg-01"),
    ("lismw-hg", "abo-hg-01"),
    ("lismw-nd", "nat-nd-01"),
    ("lismw-nd", "abo-nd-01"),
    ("lismw-gg", "nat-gg-01"),
    ("lismw-gg", "sero-gg-01"),
    ("tgw-hg", "frz-hg-02"),
    ("tgw-nd", "ref-nd-05"),
    ("tgw-gg", "agi-gg-01"),
    ("idong-sync", "tab-bus-hg07"),
    ("tab-bus-hg07", "zpr-bus-hg07"),
]
VM_ON = {  # VMware placement (RUNS_ON)
    "esx-sj-07": ["sjvap110", "sjvap111", "sjvap112", "sjvap113", "sjvap116", "sjvmq031"],
    "esx-sj-08": ["sjvap114", "sjvap117", "sjvst201"],
    "esx-sj-09": ["sjvap115", "sjvdb021", "sjvdb022", "sjvdv301"],
}
# fmt: on
STATUS = {"nat-gg-01": "maintenance", "blis-core-stg": "maintenance", "old_sms_agent": "retired"}
NET_PREFIX = {
    "S": "10.71",
    "D": "10.72",
    "G": "172.20",
    "H": "10.70",
    "K": "10.81",
    "M": "10.82",
    "N": "10.83",
}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod" and ci["name"] not in DEVICES


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "B1",
        "kind": "queue_memory_alarm",
        "root": "rmq-lis",
        "description": "in Thursday's morning lab run, after the overnight sample transport, rmq-lis reaches its"
        " memory high watermark (0.4) with unacked result messages and blocks every publisher: lismw-hg (3.4.1"
        " deployed at 08:15, loudest) and lismw-nd cannot hand analyser results over, blis-core stalls and"
        " nat-result cannot release NAT pools, until consumers are restarted and the watermark raised",
        "start": kst(14, 8, 40),
        "end": kst(14, 9, 35),
        "affected": ["rmq-lis", "lismw-hg", "lismw-nd", "blis-core", "nat-result"],
    },
    {
        "id": "B2",
        "kind": "db_archiver_stuck",
        "root": "ora-bims",
        "description": "on Friday at 06:00 the +FRA disk group of ora-bims fills (archive log backups failing since"
        " Wednesday) and the archiver sticks (ORA-00257): the 06:00 stock report stock_rpt_0600 (loudest) hangs,"
        " jaego-svc and isbt-labeler cannot write, gonggeup-portal errors, until archive logs are backed up and"
        " deleted",
        "start": kst(15, 6, 0),
        "end": kst(15, 6, 55),
        "affected": ["ora-bims", "stock_rpt_0600", "jaego-svc", "isbt-labeler", "gonggeup-portal"],
    },
    {
        "id": "B3",
        "kind": "node_conntrack_full",
        "root": "gcn-4f1b27",
        "description": "on the army campaign Saturday morning the reservation surge fills the conntrack table of the"
        " Kubernetes worker gcn-4f1b27 (nf_conntrack: table full, dropping packet): yeyak-svc (2.7.0 deployed at"
        " 10:05, loudest) times out, nanum-api and nanum-web fail reservations, until nf_conntrack_max is raised and"
        " the node drained",
        "start": kst(16, 10, 30),
        "end": kst(16, 11, 25),
        "affected": ["gcn-4f1b27", "yeyak-svc", "nanum-api", "nanum-web"],
    },
    {
        "id": "B4",
        "kind": "broker_disk_full",
        "root": "kbs-a01952",
        "description": "in the small hours of Sunday the Kafka broker host kbs-a01952 runs out of disk (a topic's"
        " retention override of 30 days on the RFID topic): the broker goes offline, kafka-hq loses in-sync"
        " replicas, the temperature gateways tgw-hg (loudest) and tgw-nd cannot publish and ondo-mon stops receiving"
        " cold-storage readings, until old segments are deleted and retention reset",
        "start": kst(17, 2, 10),
        "end": kst(17, 3, 5),
        "affected": ["kbs-a01952", "kafka-hq", "tgw-hg", "tgw-nd", "ondo-mon"],
    },
    {
        "id": "B5",
        "kind": "hypervisor_memory_overcommit",
        "root": "esx-sj-08",
        "description": "on Tuesday before the 14:00 hospital order cut-off esx-sj-08 overcommits memory after the"
        " staging VM sjvst201 is powered on there for a BLIS load test: ballooning and host swapping slow sjvap114,"
        " gonggeup-portal (deployed 13:20, loudest) and jaego-svc time out, his-bridge's HL7 orders back up, until"
        " sjvst201 is moved off and DRS rebalances",
        "start": kst(19, 13, 45),
        "end": kst(19, 14, 40),
        "affected": ["esx-sj-08", "sjvap114", "gonggeup-portal", "jaego-svc", "his-bridge"],
    },
    {
        "id": "B6",
        "kind": "db_online_index_rebuild",
        "root": "ora-drg",
        "description": "on Thursday late morning an online index rebuild of DONOR_HIST on ora-drg, scheduled by"
        " mistake at 11:00 instead of 23:00, saturates the RAC (library cache locks, I/O): drg_core (loudest) times"
        " out, hjip-desk (5.2.0 deployed at 10:50) cannot register donors, munjin-svc and idong-sync fail donor"
        " lookups, until the rebuild is killed",
        "start": kst(21, 11, 10),
        "end": kst(21, 12, 5),
        "affected": ["ora-drg", "drg_core", "hjip-desk", "munjin-svc", "idong-sync"],
    },
    {
        "id": "B7",
        "kind": "db_connection_exhaustion",
        "root": "pg-munjin",
        "description": "on Saturday afternoon, at the weekend donation peak, pg-munjin runs out of connections"
        " (idle-in-transaction sessions pile up, no idle_in_transaction_session_timeout; FATAL: sorry, too many"
        " clients already): munjin-svc (loudest) cannot save questionnaires, hjip-desk cannot confirm them at the"
        " centres and nanum-api (4.9.0 deployed at 14:15) fails the app's 전자문진 (ongoing)",
        "start": kst(23, 14, 35),
        "end": None,
        "affected": ["pg-munjin", "munjin-svc", "hjip-desk", "nanum-api"],
    },
]
B1, B2, B3, B4, B5, B6, B7 = INCIDENTS
STAGING_VM_ON = kst(19, 13, 30)  # sjvst201 powered on on esx-sj-08
KAFKA_RETENTION = kst(15, 16, 0)  # the retention override on the RFID topic


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for esx, vms in VM_ON.items():
        rels += [(vm, esx, "RUNS_ON") for vm in vms]
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
        third = {"P": 10, "S": 40, "D": 60}[env] + i // 9
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{third}.{21 + (i * 29) % 200}"}
        if kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 8.9", "RHEL 8.8", "Windows Server 2022"]),
                      "vcpu": rng.choice([8, 12, 16]), "mem_gb": rng.choice([32, 48, 64]),
                      "hypervisor": "VMware vSphere 7.0U3"}  # fmt: skip
        elif kind == "esx":
            attrs |= {"os": "VMware ESXi 7.0U3o", "cores": rng.choice([48, 64]), "mem_gb": 768,
                      "serial": f"{rng.choice(['7XQ', 'CN7'])}{rng.randint(1000, 9999)}"}  # fmt: skip
        elif kind == "bare":
            attrs |= {"os": rng.choice(["Oracle Linux 8.8", "RHEL 8.8"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 512, 768]),
                      "serial": f"{rng.choice(['SGH', 'J30', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("kbs-a01877", "kbs-a01878", "kbs-a01902", "kbs-a01903", "kbs-a02211"):
                owner = DBA
        elif kind in ("k8s", "gvm"):
            attrs |= {"os": "Ubuntu 22.04 LTS" if kind == "k8s" else "Rocky Linux 9.3",
                      "instance_id": f"i-{rng.randrange(16**12):012x}", "zone": "gj-az1" if i % 2 else "gj-az2"}  # fmt: skip
            if kind == "k8s":
                attrs["kubelet"] = "v1.28.6"
            owner = CLOUD
        else:  # centre servers
            attrs |= {"os": rng.choice(["Windows Server 2019", "Ubuntu 20.04 LTS"]), "cores": 8, "mem_gb": 32}
            owner = COLD if "ccgw" in h else LAB if "lab" in h else DATA
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for j, (d, (site, owner, extra)) in enumerate(DEVICES.items()):
        attrs = {"ip": f"{NET_PREFIX[site]}.{120 + j % 3}.{31 + j * 7}", **extra}
        cis.append(ci_record(d, "host", "prod", owner, SITES[site], attrs, STATUS.get(d, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.0.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _donation(ts: datetime) -> float:
    """Donation centres and buses: open 09–18 every day, Saturday the peak, Sunday busy, a lunch dip; the army
    campaign on Saturday 16 and the 공공기관 campaign on Wednesday 20."""
    loc = _local(ts)
    wd, h, day = loc.weekday(), seoul_hour(ts), loc.day
    level = {5: 0.85, 6: 0.7}.get(wd, 0.55)
    v = 0.06
    if 9 <= h < 18:
        v += level * (0.8 if 12 <= h < 13 else 1.0)
        v += 0.12 * level * _bump(h, 15.0, 1.5)  # the afternoon rush
    elif 8 <= h < 9 or 18 <= h < 19:
        v += 0.2 * level
    if day == 16 and 9 <= h < 13:
        v += 0.12
    if day == 20 and 10 <= h < 15:
        v += 0.1
    return max(0.04, min(1.0, v))


def _online(ts: datetime) -> float:
    """The donor app and web: daytime use, an evening reservation peak, Saturday mornings."""
    loc = _local(ts)
    wd, h = loc.weekday(), seoul_hour(ts)
    v = 0.08 + 0.35 * (1 if 8 <= h < 23 else 0) + 0.3 * _bump(h, 21.0, 1.2)
    if wd >= 5:
        v += 0.25 * _bump(h, 11.0, 2.0) + 0.15 * (1 if 9 <= h < 18 else 0)
    if loc.day == 16 and 9 <= h < 12:
        v += 0.1
    return max(0.05, min(1.0, v))


def _lab(ts: datetime) -> float:
    """Testing centres: the morning lab run 07:30–11:30 after the overnight transport, afternoon batches, a
    light Sunday."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    scale = 0.35 if wd == 6 else 0.8 if wd == 5 else 1.0
    v = 0.12 + scale * (0.62 * (1 if 7.5 <= h < 11.5 else 0) + 0.3 * (1 if 11.5 <= h < 19 else 0))
    v += 0.1 * scale * _bump(h, 8.5, 0.6)
    return max(0.05, min(1.0, v))


def _supply(ts: datetime) -> float:
    """Hospital orders: rising to the 14:00 cut-off (Mon–Sat), quieter afternoons, a 24-hour emergency floor."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd == 6:
        return 0.14 + 0.05 * (1 if 9 <= h < 18 else 0)
    scale = 0.55 if wd == 5 else 1.0
    v = 0.12
    if 8 <= h < 14:
        v += scale * (0.35 + 0.5 * (h - 8) / 6)
    elif 14 <= h < 18:
        v += scale * 0.3
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 9 <= h < 18 else 0) * (0.7 if 12 <= h < 13 else 1)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    if 2 <= h < 3.5:
        return 0.9
    if 6 <= h < 6.7:
        return 0.75
    return 0.15 + 0.25 * _office(ts)


def _steady(ts: datetime) -> float:
    return 0.5 + 0.05 * _bump(seoul_hour(ts), 14, 4)


CENTRE_SIDE = {
    "hjip-desk", "idong-sync", "drg_core", "isbt-labeler", "rfid-hub", "jeje-mgr", "ora-drg", "l4-sj-int",
    "sjvap110", "sjvap111", "sjvap112", "kbs-a01877", "kbs-a01878", "esx-sj-07", "core-sj-l3", "wan-sj-centres",
    "fw-sj-core", "remind-batch",
}  # fmt: skip
ONLINE = {
    "nanum-api", "nanum-web", "yeyak-svc", "munjin-svc", "donor-auth", "alimtalk-gw", "pg-yeyak", "pg-munjin",
    "nanum-redis", "rmq-notify", "gc-alb-nanum", "gcn-4f1a9c", "gcn-4f1b27", "gcn-77d0e3", "gc-vm-1c8e52",
    "gc-vm-1c8e9d", "gc-vm-1c8f5a", "fw-gc-edge",
}  # fmt: skip
LAB_SIDE = {
    "blis-core", "lismw-hg", "lismw-gg", "lismw-nd", "nat-result", "hemo-release", "ora-lis", "rmq-lis",
    "sjvap113", "sjvmq031", "kbs-a01903", "hg-lab-srv1", "gg-lab-srv1", "nd-lab-srv1",
}  # fmt: skip
SUPPLY_SIDE = {
    "jaego-svc", "gonggeup-portal", "emerg-out", "baesong-disp", "order_cutoff_job", "his-bridge", "hv-recall",
    "ora-bims", "redis-stock", "pg-baesong", "mdb-hisbridge", "l4-sj-ext", "sjvap114", "sjvap115", "sjvap116",
    "sjvdb022", "kbs-a01902", "kbs-a01960", "esx-sj-08", "san-sj-01",
}  # fmt: skip
OFFICE = {"bogo-bi", "wj-rpt-01", "elk-sj", "kbs-a01990", "esx-dg-02", "san-dg-01"}
BATCH = {"dw-etl", "mdb-dw", "sjvap117", "sjvdb021", "stock_rpt_0600", "esx-sj-09", "nas-sj-bak"}


def _load(name: str):
    for group, shape in (
        (CENTRE_SIDE, _donation),
        (ONLINE, _online),
        (LAB_SIDE, _lab),
        (SUPPLY_SIDE, _supply),
        (OFFICE, _office),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "B1": {0: (6.0, 3.0), 1: (4.0, 12.0), 2: (2.2, 7.0)},
    "B2": {0: (10.0, 6.0), 1: (3.5, 11.0), 2: (1.8, 6.0)},
    "B3": {1: (4.5, 12.0), 2: (2.0, 7.5)},
    "B4": {1: (8.0, 14.0), 2: (3.0, 10.0)},
    "B5": {2: (4.0, 11.0), 3: (1.8, 5.5)},
    "B6": {0: (8.0, 2.5), 1: (5.0, 14.0), 2: (2.6, 8.0)},
    "B7": {0: (5.0, 18.0), 1: (4.0, 12.0), 2: (2.0, 7.0)},
}
EFFECT_OVERRIDE = {
    ("B1", "lismw-hg"): (5.0, 31.0),
    ("B2", "stock_rpt_0600"): (3.0, 44.0),
    ("B3", "yeyak-svc"): (5.5, 33.0),
    ("B4", "tgw-hg"): (4.0, 38.0),
    ("B5", "gonggeup-portal"): (6.0, 29.0),
    ("B6", "drg_core"): (6.5, 35.0),
    ("B7", "munjin-svc"): (4.5, 36.0),
    ("B7", "hjip-desk"): (2.4, 15.0),
    ("B7", "nanum-api"): (1.7, 8.5),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "kbs-a01877", "kbs-a01878", "kbs-a01902", "kbs-a01903", "kbs-a01951", "kbs-a01952", "kbs-a01953",
    "kbs-a01960", "kbs-a01990", "kbs-a02211", "hg-lab-srv1", "gg-lab-srv1", "nd-lab-srv1", "hg-ccgw01",
    "gg-ccgw01", "nd-ccgw01", "wj-rpt-01", "gc-vm-1c8e52", "gc-vm-1c8e9d", "gc-vm-1c8f07", "gc-vm-1c8f5a",
    "sjvdb021", "sjvdb022", "sjvmq031",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _broker_disk(ts: datetime, base: float) -> float:
    """kbs-a01952's Kafka log volume: grows from Friday's retention override until full at B4, then back
    after the old segments are deleted."""
    if ts < KAFKA_RETENTION:
        return base
    if ts < B4["start"]:
        p = (ts - KAFKA_RETENTION).total_seconds() / (B4["start"] - KAFKA_RETENTION).total_seconds()
        return base + (99.0 - base) * p**1.8
    if ts < B4["end"]:
        return 99.8
    return max(base - 4.0, 99.8 - 40 * (ts - B4["end"]).total_seconds() / 1800)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "kbs-a01990":  # ELK: the index volume creeps up
        disk0, growth = 62.0, 1.35
    if name == "kbs-a01952":
        disk0, growth = 48.0, 0.0
    if name.startswith("esx-"):
        mem0 = rng.uniform(58, 66)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "kbs-a01952":
            disk = _broker_disk(ts, disk) + rng.gauss(0, 0.1)
            cpu += 30 * ramp(ts, B4["start"], B4["end"], rise=5, fall=10)
        if name in ("kbs-a01877", "kbs-a01878"):  # the daytime index rebuild
            cpu += (95.5 + rng.gauss(0, 0.8) - cpu) * ramp(ts, B6["start"], B6["end"], rise=5, fall=10)
        if name == "gcn-4f1b27":  # conntrack full: softirq time
            cpu += (93.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, B3["start"], B3["end"], rise=5, fall=10)
        if name == "esx-sj-08":  # the staging VM powered on, then ballooning and swapping
            mem += 22 * ramp(ts, STAGING_VM_ON, B5["end"], rise=15, fall=10)
            mem += (98.5 + rng.gauss(0, 0.3) - mem) * ramp(ts, B5["start"], B5["end"], rise=5, fall=10)
            cpu += 30 * ramp(ts, B5["start"], B5["end"], rise=5, fall=10)
        if name == "sjvap114":  # ballooned and swapped
            mem += (97.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, B5["start"] + timedelta(minutes=5), B5["end"])
            cpu += 35 * ramp(ts, B5["start"] + timedelta(minutes=5), B5["end"])
        if name == "sjvst201":  # the load test on the staging VM
            cpu += 55 * ramp(ts, STAGING_VM_ON, B5["end"], rise=10, fall=5)
        if name == "sjvmq031":  # RabbitMQ holding the unacked results
            mem += 30 * ramp(ts, B1["start"], B1["end"], rise=5, fall=10)
        if name == "gc-vm-1c8e9d":  # the postgres backends of pg-munjin
            mem += 26 * ramp(ts, B7["start"], B7["end"], rise=10)
            cpu += 22 * ramp(ts, B7["start"], B7["end"], rise=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"wan-sj-centres": 7.8, "fw-gc-edge": 2.6}.get(name, rng.uniform(0.2, 0.9))
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
    used = {"san-sj-01": (66, 67), "nas-sj-bak": (71, 73)}.get(name, (40, 55))
    per_day = 0.15 if name == "nas-sj-bak" else 0.04
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.3, 0.8) if name.startswith("san") else rng.uniform(2.0, 3.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "nas-sj-bak" and 0 <= seoul_hour(ts) < 1.5:  # the nightly backups
            lat *= 1.9
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "nanum-api": 95.0, "nanum-web": 210.0, "yeyak-svc": 120.0, "munjin-svc": 140.0, "donor-auth": 45.0,
    "alimtalk-gw": 180.0, "remind-batch": 650.0, "hjip-desk": 160.0, "idong-sync": 240.0, "drg_core": 110.0,
    "isbt-labeler": 70.0, "rfid-hub": 25.0, "blis-core": 180.0, "lismw-hg": 40.0, "lismw-gg": 38.0,
    "lismw-nd": 42.0, "nat-result": 260.0, "hemo-release": 220.0, "jeje-mgr": 190.0, "ondo-mon": 60.0,
    "alarm-relay": 80.0, "tgw-hg": 15.0, "tgw-gg": 14.0, "tgw-nd": 17.0, "jaego-svc": 130.0,
    "gonggeup-portal": 280.0, "emerg-out": 150.0, "baesong-disp": 170.0, "order_cutoff_job": 900.0,
    "stock_rpt_0600": 520.0, "hv-recall": 240.0, "his-bridge": 95.0, "dw-etl": 760.0,
    "bogo-bi": 620.0, "elk-sj": 85.0,
    "ora-drg": 3.8, "ora-drg-sby": 2.9, "ora-bims": 4.4, "ora-lis": 3.3, "pg-yeyak": 2.6, "pg-munjin": 2.4,
    "pg-ondo": 5.2, "pg-baesong": 2.1, "mdb-dw": 48.0, "mdb-hisbridge": 3.0,
    "nanum-redis": 0.4, "redis-stock": 0.5, "kafka-hq": 4.5, "rmq-notify": 3.2, "rmq-lis": 2.8,
    "gc-alb-nanum": 1.8, "l4-sj-ext": 1.2, "l4-sj-int": 0.9,
}  # fmt: skip
REQUEST_RATE = {
    "nanum-api": 1650.0, "nanum-web": 540.0, "yeyak-svc": 420.0, "munjin-svc": 380.0, "donor-auth": 260.0,
    "alimtalk-gw": 95.0, "hjip-desk": 710.0, "idong-sync": 140.0, "drg_core": 1250.0, "isbt-labeler": 210.0,
    "rfid-hub": 880.0, "blis-core": 560.0, "lismw-hg": 320.0, "lismw-gg": 190.0, "lismw-nd": 260.0,
    "nat-result": 45.0, "hemo-release": 70.0, "jeje-mgr": 120.0, "ondo-mon": 2100.0, "tgw-hg": 690.0,
    "tgw-gg": 510.0, "tgw-nd": 600.0, "jaego-svc": 480.0, "gonggeup-portal": 150.0, "emerg-out": 12.0,
    "baesong-disp": 60.0, "his-bridge": 330.0, "hv-recall": 18.0, "stock_rpt_0600": 35.0,
    "ora-drg": 16800.0, "ora-bims": 9200.0, "ora-lis": 6100.0, "pg-yeyak": 3900.0, "pg-munjin": 3100.0,
    "pg-ondo": 5400.0, "nanum-redis": 24000.0, "redis-stock": 11000.0, "kafka-hq": 7600.0, "rmq-notify": 450.0,
    "rmq-lis": 980.0, "gc-alb-nanum": 2300.0, "l4-sj-ext": 520.0, "l4-sj-int": 1900.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "nanum-redis": (54.0, 10.0), "redis-stock": (46.0, 7.0), "kafka-hq": (58.0, 6.0), "rmq-notify": (31.0, 9.0),
    "rmq-lis": (28.0, 14.0),
}  # fmt: skip
DB_CPU = {
    "ora-drg": (22.0, 40.0),
    "ora-bims": (18.0, 34.0),
    "ora-lis": (15.0, 38.0),
    "pg-munjin": (9.0, 30.0),
}


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
            if inc is B1 and name in ("rmq-lis", "lismw-hg", "lismw-nd"):
                req *= 1 - 0.6 * r  # publishers blocked
            if inc is B4 and name in ("tgw-hg", "tgw-nd", "ondo-mon"):
                req *= 1 - 0.75 * r
            if inc is B7 and name == "pg-munjin":
                req *= 1 - 0.45 * r  # connections refused
            if inc is B3 and name == "yeyak-svc":
                req *= 1 - 0.5 * r
        if name == "stock_rpt_0600" and not 6 <= seoul_hour(ts) < 6.7:
            req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "rmq-lis":
                mem += (96.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, B1["start"], B1["end"], rise=5, fall=10)
            if name == "kafka-hq":
                mem += 18 * ramp(ts, B4["start"], B4["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:
            base, swing = DB_CPU[name]
            cpu = base + swing * d + rng.gauss(0, 1.2)
            if name == "ora-drg":
                cpu += (94.0 + rng.gauss(0, 0.7) - cpu) * ramp(ts, B6["start"], B6["end"], rise=5, fall=10)
            if name == "ora-bims":
                cpu += 12 * ramp(ts, B2["start"], B2["end"], rise=5, fall=10)
            if name == "pg-munjin":
                cpu += (88.0 + rng.gauss(0, 1.0) - cpu) * ramp(ts, B7["start"], B7["end"], rise=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The stock report, the order cut-off, the DW load, the reminder batch and the ALB certificate warning."""
    rows = []
    for d in range(13, 24):
        wd = datetime(2027, 1, d).weekday()
        rows.append(
            (
                d,
                6,
                0,
                "stock_rpt_0600",
                "info",
                "batch_job",
                "일일 혈액 보유 현황 보고 배치 시작 (RPT_STOCK_DAILY)",
            )
        )
        if d != 15:
            rows.append(
                (d, 6, 38, "stock_rpt_0600", "info", "batch_job", "혈액 보유 현황 보고 완료 (복지부 전송)")
            )
        if wd < 6:
            rows.append(
                (d, 14, 0, "order_cutoff_job", "info", "batch_job", "병원 주문 마감 (출고 지시 생성 시작)")
            )
            rows.append(
                (d, 14, 22, "order_cutoff_job", "info", "batch_job", "주문 마감 완료, 출고 지시 생성")
            )
        rows.append((d, 2, 0, "dw-etl", "info", "batch_job", "DW 일 적재 시작 (JOB_DW_DAILY)"))
        rows.append((d, 3, 25, "dw-etl", "info", "batch_job", "DW 일 적재 완료"))
        rows.append((d, 10, 0, "remind-batch", "info", "batch_job", "헌혈 가능일 알림톡 발송 배치 실행"))
        left = (datetime(2027, 2, 1) - datetime(2027, 1, d)).days
        rows.append(
            (d, 9, 0, "gc-alb-nanum", "warning", "cert_expiry",
             f"TLS certificate www.nanumi.or.kr expires in {left} days (2027-02-01), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (13, 16, 0, "blis-core-stg", "info", "maintenance", "BLIS 6.9 부하테스트 환경 구성 (스테이징 점검)"),
    (13, 17, 30, "ora-bims", "warning", "backup", "archive log 백업 실패 (RMAN-03009, nas-sj-bak 마운트 오류)"),
    (14, 8, 15, "lismw-hg", "info", "deployment", "lismw-hg 3.4.1 배포 (cobas 6800 결과 매핑 수정)"),
    (14, 17, 30, "ora-bims", "warning", "backup", "archive log 백업 실패 (RMAN-03009)"),
    (15, 16, 0, "kafka-hq", "info", "config_change", "토픽 rfid.bag.events retention.ms 3일 → 30일 (추적 요청)"),
    (15, 20, 35, "kbs-a01990", "warning", "threshold_breach", "disk_usage above 65% on /data/elasticsearch"),
    (16, 10, 5, "yeyak-svc", "info", "deployment", "yeyak-svc 2.7.0 배포 (단체헌혈 예약 슬롯 개선)"),
    (16, 8, 30, "yeyak-svc", "info", "change_notice", "군부대 단체헌혈 캠페인 (예약 오픈 09:00)"),
    (18, 14, 0, "yeyak-svc-stg", "info", "deployment", "yeyak-svc-stg 2.8.0-rc2 배포"),
    (19, 13, 40, "kbs-a01990", "warning", "threshold_breach", "disk_usage above 70% on /data/elasticsearch"),
    (19, 13, 20, "gonggeup-portal", "info", "deployment", "gonggeup-portal 5.5.0 배포 (주문 화면 혈소판 항목 추가)"),
    (19, 13, 30, "sjvst201", "info", "config_change", "sjvst201 전원 On (esx-sj-08), BLIS 6.9 부하테스트 시작"),
    (20, 9, 30, "yeyak-svc", "info", "change_notice", "공공기관 단체헌혈 (세종청사) 진행"),
    (20, 15, 0, "his-bridge-dev", "info", "deployment", "his-bridge-dev 4.5.0-SNAPSHOT 배포 (FHIR R5 시험)"),
    (21, 10, 50, "hjip-desk", "info", "deployment", "hjip-desk 5.2.0 배포 (문진 결과 자동 반영)"),
    (21, 10, 58, "ora-drg", "info", "config_change", "DBA 작업 JOB_IDX_REBUILD_DONOR_HIST 실행 (스케줄 11:00)"),
    (22, 9, 0, "nat-gg-01", "info", "maintenance", "cobas 6800 정기 PM (금강검사센터, 장비 사용 중지)"),
    (23, 6, 20, "kbs-a01990", "warning", "threshold_breach", "disk_usage above 75% on /data/elasticsearch"),
    (23, 14, 15, "nanum-api", "info", "deployment", "nanum-api 4.9.0 배포 (헌혈 기념품 선택 화면)"),
    # B1 (Thursday's morning lab run)
    (14, 8, 38, "rmq-lis", "warning", "memory", "memory 38% of RAM, close to vm_memory_high_watermark 0.4"),
    (14, 8, 42, "rmq-lis", "critical", "memory", "memory alarm set: publishers blocked (connection.blocked)"),
    (14, 8, 46, "lismw-hg", "critical", "error", "결과 전송 실패 (AMQP connection blocked), 미전송 결과 1,240건"),
    (14, 8, 49, "lismw-nd", "major", "error", "장비 결과 전송 지연 (AMQP blocked)"),
    (14, 8, 51, "blis-core", "major", "error", "검사 결과 수신 지연, 판정 대기 적체"),
    (14, 8, 57, "nat-result", "warning", "error", "NAT 풀 판정 지연"),
    (14, 9, 25, "rmq-lis", "info", "config_change", "consumer 재기동, vm_memory_high_watermark 0.4 → 0.6"),
    (14, 9, 40, "lismw-hg", "info", "recovery", "미전송 결과 재전송 완료"),
    # B2 (Friday 06:00)
    (15, 6, 1, "ora-bims", "critical", "archiver", "ORA-00257: archiver error. Connect internal only, until freed (+FRA 100%)"),
    (15, 6, 4, "stock_rpt_0600", "critical", "batch_job", "RPT_STOCK_DAILY 단계 3 (재고 집계) 응답 없음, 보고 지연"),
    (15, 6, 8, "jaego-svc", "major", "error", "재고 갱신 실패 (ORA-00257)"),
    (15, 6, 10, "isbt-labeler", "major", "error", "라벨 발행 이력 저장 실패"),
    (15, 6, 18, "gonggeup-portal", "warning", "error", "주문 화면 재고 조회 오류"),
    (15, 6, 50, "ora-bims", "info", "config_change", "archive log 백업 후 삭제 (RMAN DELETE INPUT), FRA 41%"),
    (15, 7, 5, "stock_rpt_0600", "info", "batch_job", "RPT_STOCK_DAILY 재실행 완료 (지연 보고)"),
    # B3 (army campaign Saturday)
    (16, 10, 31, "gcn-4f1b27", "warning", "network", "nf_conntrack: table full, dropping packet"),
    (16, 10, 34, "gcn-4f1b27", "critical", "node", "kubelet: node gcn-4f1b27 NotReady (PLEG not healthy)"),
    (16, 10, 37, "yeyak-svc", "critical", "error", "예약 API 타임아웃 33% (upstream connect error)"),
    (16, 10, 40, "nanum-api", "major", "error", "예약 화면 오류 증가 (yeyak-svc 503)"),
    (16, 10, 48, "nanum-web", "warning", "error", "웹 예약 페이지 로딩 실패"),
    (16, 11, 15, "gcn-4f1b27", "info", "config_change", "nf_conntrack_max 262144 → 1048576, 노드 drain/uncordon"),
    (16, 11, 30, "yeyak-svc", "info", "recovery", "예약 정상"),
    # B4 (Sunday small hours)
    (17, 2, 8, "kbs-a01952", "critical", "disk", "/kafka-logs 100% full"),
    (17, 2, 12, "kafka-hq", "critical", "broker", "broker 2 offline, 41 partitions under-replicated, ISR shrink"),
    (17, 2, 16, "tgw-hg", "critical", "error", "온도 데이터 전송 실패 (NOT_ENOUGH_REPLICAS), 로컬 버퍼 적재 중"),
    (17, 2, 19, "tgw-nd", "major", "error", "온도 데이터 전송 실패"),
    (17, 2, 22, "ondo-mon", "major", "error", "센서 수신 끊김: 한강/낙동 혈액보관실 412+354 센서"),
    (17, 2, 58, "kafka-hq", "info", "config_change", "rfid.bag.events retention 3일 원복, 오래된 세그먼트 삭제"),
    (17, 3, 15, "ondo-mon", "info", "recovery", "센서 수신 정상, 버퍼 재전송 완료"),
    # B5 (Tuesday order cut-off)
    (19, 13, 44, "esx-sj-08", "warning", "memory", "host memory state: soft, balloon 48GB"),
    (19, 13, 48, "esx-sj-08", "critical", "memory", "host memory state: hard, swapping 31GB"),
    (19, 13, 52, "sjvap114", "major", "performance", "VM swap-in rate high, CPU ready 24%"),
    (19, 13, 57, "gonggeup-portal", "critical", "error", "병원 주문 저장 타임아웃 29%, 마감 전 주문 폭주"),
    (19, 13, 59, "jaego-svc", "major", "error", "재고 조회 지연"),
    (19, 14, 6, "his-bridge", "warning", "error", "HL7 ORM 주문 메시지 적체 (gonggeup-portal 응답 지연)"),
    (19, 14, 30, "sjvst201", "info", "config_change", "sjvst201 vMotion → esx-sj-09, 부하테스트 중단"),
    (19, 14, 45, "gonggeup-portal", "info", "recovery", "주문 정상, 마감 14:30으로 연장"),
    # B6 (Thursday late morning)
    (21, 11, 11, "ora-drg", "warning", "performance", "library cache lock waits, DONOR_HIST index rebuild online"),
    (21, 11, 14, "ora-drg", "critical", "performance", "RAC host CPU 95%, AWR top: ALTER INDEX ... REBUILD ONLINE"),
    (21, 11, 17, "drg_core", "critical", "error", "헌혈자 조회 타임아웃 35%"),
    (21, 11, 21, "hjip-desk", "major", "error", "헌혈의집 접수 지연 (헌혈자 조회 실패)"),
    (21, 11, 24, "munjin-svc", "major", "error", "문진 대상자 조회 실패"),
    (21, 11, 27, "idong-sync", "warning", "error", "버스 채혈 기록 업로드 지연"),
    (21, 12, 0, "ora-drg", "info", "config_change", "인덱스 리빌드 세션 kill, 잡 스케줄 23:00으로 수정"),
    (21, 12, 10, "drg_core", "info", "recovery", "헌혈자 조회 정상"),
    # B7 (Saturday afternoon, ongoing)
    (23, 14, 33, "pg-munjin", "warning", "connections", "connections 271 / max_connections 300, idle in transaction 188"),
    (23, 14, 37, "pg-munjin", "critical", "connections", "FATAL: sorry, too many clients already"),
    (23, 14, 42, "munjin-svc", "critical", "error", "문진 저장 실패 36% (could not obtain connection)"),
    (23, 14, 52, "hjip-desk", "major", "error", "헌혈의집 문진 확인 실패, 대기 증가"),
    (23, 14, 55, "nanum-api", "warning", "error", "앱 전자문진 제출 오류 증가"),
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
    generate(NAME, "blood-service", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
