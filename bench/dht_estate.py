"""Generate the district-heating estate (tests/fixtures/district-heat/, interchange format) and its faults.

A Korean district heating and combined heat-and-power operator (한누리열에너지, 지역난방 about 191 000 세대): the CHP
plants of 분당 and 일산 (gas-turbine controllers `bd-chp-tcs` / `il-chp-tcs`, the HRSG controller `bd-chp-bms`, the
DCS gateways `bd-dcsgw` / `il-dcsgw`), the peak-load boiler PLC `il-hob-plc` (in planned maintenance), the 판교 heat
storage tank controller `pg-tes-plc` behind `pg-plcgw`; the substation (기계실) RTU front-ends `fep-bd` / `fep-il` /
`fep-pg` over the LTE M2M APN `apn-rtu`; the central SCADA `scada-master` with its real-time tag cache
`redis-scada`, the web HMI `hmi-web`, the alarm manager `alarm-mgr`, the PI historian `hist-pi` (fed by
`scada-pi-if`) and its DR copy; pipeline leak detection (`ldms-collector`, `ldms-core` over the MQTT broker
`mqtt-ldms` and InfluxDB `influx-pipenet`), the pipe-network GIS `pipenet-gis` and the hydraulic simulator
`hydraulic-sim`; customer heat-meter AMI (`ami-headend` → Kafka `kafka-ami` → MDMS `mdms-vee` on `ora-mdms`),
billing (`bill-engine` on the CIS Oracle RAC `ora-cis`, the batch jobs `JOB_BILL_NIGHT`, `JOB_FI_POST`,
`JOB_METER_CLOSE`), payments `epay-gw`, the customer portal `cx-portal`, the call centre (`cc-crm`, `cc-cti`,
`ars-ivr`) and notifications `notify-sender`; heat-demand forecasting on Azure (`heatcast-api`, `kma-weather-if`,
`heatcast-train` on Azure PostgreSQL `psql-heatcast`, `adf-lake-ingest` into ADLS), the unit scheduler
`unit-sched`, power-market bidding `kpx-bid` and LNG nomination `lng-nom` on MS-SQL `mssql-trade`; maintenance
work orders `eam-wo` / `mobile-wo` (Maximo) and the ERP `erp-s4` on `hana-erp`. Sites 중앙관제센터 (control centre
and main IDC), 분당지사, 일산지사, 판교지사, 대전DR센터 and Azure 한국중부; environments prod, stg, dev; owners are teams.

Naming (unlike the earlier estates): plant and OT assets by branch code and function (`bd-chp-tcs`, `il-hob-plc`,
`pg-tes-plc`, `bd-otsrv01`), the control-centre Hyper-V VMs as `hv-cc-<role>NN`, physical servers by rack and unit
(`cc-r04u10` = rack 04, U10; DR `dr-r01u06`), uppercase legacy batch job names (`JOB_BILL_NIGHT`), domain
acronyms for applications (`mdms-vee`, `ldms-core`, `fep-il`, `kpx-bid`, `lng-nom`), and Azure resource names
(`aks-ana-31245678-vmss000000`, `vm-dht-gpu01`, `psql-heatcast`, `evh-dht-telemetry`, `agw-heatcast`,
`stdhtlakeprd01`). Besides cpu/memory/disk and response time/error/request rate, the plant controllers report
domain gauges: `load_mw` (turbine electrical output), `supply_temp_c` (supply water temperature) and
`tank_level_pct` (heat storage charge).

Seven injected incidents (times KST; now = Wednesday 2028-01-19 07:50, the morning heat-demand peak of a cold wave;
the window is the 10 days before; heat demand follows the outdoor temperature, which drops from about -1 ℃ to
-13 ℃ from Friday 14 on, with the morning hot-water peak 06–09 and the evening 19–23; the 10:00 day-ahead KPX
bid deadline, the 14:00 LNG nomination, the nightly billing 01:00–03:00, AMI reads every hour, the monthly meter
close on the 12th, the heat storage charging by day and discharging through the night and morning):
  D1 Mon 10 09:20–10:15  before the 10:00 KPX bid deadline mssql-trade's transaction log fills (the log backups
                         fail since the backup agent upgrade on Sunday): kpx-bid (loudest, 3.4.0 deployed at
                         09:05), unit-sched, lng-nom
  D2 Tue 11 18:40–19:35  (evening heat peak) redis-scada reaches maxmemory after 12 000 HRSG tags were added in the
                         afternoon and evicts live tags: scada-master (loudest), hmi-web, alarm-mgr
  D3 Thu 13 01:30–02:25  (night billing) an FC path of cc-r05u14's HBA fails and the multipath I/O stalls:
                         ora-mdms, mdms-vee (loudest, 4.1.0 deployed Wednesday 18:00), bill-engine
  D4 Sat 15 06:30–07:25  (first cold-wave morning) kafka-ami's ISR shrinks after the replica-fetcher change on
                         Friday and acks=all produces time out: ami-headend (loudest), mdms-vee, cx-portal
  D5 Sun 16 14:10–15:05  the cold-wave re-forecast and autovacuum hit psql-heatcast's IOPS limit (storage
                         throttling): heatcast-api (loudest, deployed at 13:50), kma-weather-if, unit-sched
  D6 Tue 18 20:30–21:25  (evening heat peak) hist-pi's archive shift is blocked by the PI backup moved to 20:00 on
                         Monday: scada-pi-if (loudest), hmi-web, hydraulic-sim (deployed at 20:10)
  D7 Wed 19 07:05–now    (morning peak, coldest day) ora-cis waits on log file sync after Data Guard was switched
                         to SYNC on Tuesday while the DR link is busy: cc-crm (loudest, 6.2.0 deployed at 06:30),
                         epay-gw, cx-portal (ongoing)
Confounders: the cold wave itself (heat demand, call volume), the morning and evening heat peaks, the KPX/LNG
windows, the nightly billing and the meter close, deploys on victims before incidents, the shared VMs and hosts,
`il-hob-plc` and `cx-portal-stg` in maintenance, the retired `ami-rf-legacy`, the InfluxDB host `cc-r03u18`'s disk
creeping up, the DR link `wan-dr` busier during D7, and the certificate of `lb-cx-web` for my.hannuri-heat.co.kr
expiring on 2028-01-26 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/dht_golden.py) are computed from the files.

    .venv/bin/python bench/dht_estate.py   # rewrites tests/fixtures/district-heat*
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

NAME = "district-heat"
NOW = datetime(2028, 1, 18, 22, 50, tzinfo=UTC)  # Wednesday 2028-01-19 07:50 KST
START = NOW - timedelta(days=10)  # Sunday 2028-01-09 07:50 KST
SEED = 20280119
SITES = {
    "C": "중앙관제센터",
    "B": "분당지사",
    "I": "일산지사",
    "P": "판교지사",
    "D": "대전DR센터",
    "Z": "Azure 한국중부",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-01")

PLANT, SCADA, PIPE, AMI = "발전운영팀", "scada-ot", "배관망기술팀", "ami-metering"
BILL, CX, FCST, TRADE = "요금정보팀", "고객센터IT", "demand-analytics", "연료전력거래팀"
MAINT, ERP, INFRA, DBA = "설비보전팀", "경영정보팀", "IT인프라운영", "dba-group"
NET, CLOUD = "네트워크보안파트", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- plant / OT integration
    "bd-dcsgw": ("service", PLANT, "B", "P", ["bd-otsrv01"], ["bd-chp-tcs", "bd-chp-bms"],
                 {"desc": "분당 CHP DCS 게이트웨이 (OPC UA → 중앙 SCADA)", "product": "Kepware KEPServerEX 6.15",
                  "version": "6.15.154", "tags": 38400, "protocol": "OPC UA", "port": 49320}),
    "il-dcsgw": ("service", PLANT, "I", "P", ["il-otsrv01"], ["il-chp-tcs", "il-hob-plc"],
                 {"desc": "일산 CHP/PLB DCS 게이트웨이", "product": "Kepware KEPServerEX 6.15", "version": "6.15.154",
                  "tags": 29700, "protocol": "OPC UA", "port": 49320}),
    "pg-plcgw": ("service", PLANT, "P", "P", ["pg-otsrv01"], ["pg-tes-plc"],
                 {"desc": "판교 축열조/열원 PLC 게이트웨이", "product": "Ignition Edge 8.1", "version": "8.1.38",
                  "tags": 6200, "protocol": "EtherNet/IP → OPC UA"}),
    "fep-bd": ("service", SCADA, "B", "P", ["bd-otsrv01"], ["apn-rtu"],
               {"desc": "분당지사 기계실(아파트 단지) RTU 폴링 FEP", "protocol": "DNP3 over LTE", "rtus": 412,
                "poll_interval_s": 60, "version": "3.2.0", "product": "자체개발 (C#, .NET 8)"}),
    "fep-il": ("service", SCADA, "I", "P", ["il-otsrv01"], ["apn-rtu"],
               {"desc": "일산지사 기계실 RTU 폴링 FEP", "protocol": "DNP3 over LTE", "rtus": 356,
                "poll_interval_s": 60, "version": "3.2.0", "product": "자체개발 (C#, .NET 8)"}),
    "fep-pg": ("service", SCADA, "P", "P", ["pg-otsrv01"], ["apn-rtu"],
               {"desc": "판교지사 기계실 RTU 폴링 FEP", "protocol": "DNP3 over LTE", "rtus": 188,
                "poll_interval_s": 30, "version": "3.1.4", "product": "자체개발 (C#, .NET 8)"}),
    "scada-master": ("service", SCADA, "C", "P", ["cc-r02u08", "cc-r02u10"],
                     ["bd-dcsgw", "il-dcsgw", "pg-plcgw", "fep-bd", "fep-il", "fep-pg", "redis-scada"],
                     {"desc": "중앙 열공급 SCADA (열원/배관망/기계실 통합 감시제어)", "product": "AVEVA System Platform 2023 R2",
                      "version": "2023.2.1", "redundancy": "hot-standby (2 nodes)", "points": 74300}),
    "scada-pi-if": ("service", SCADA, "C", "P", ["hv-cc-ot01"], ["scada-master", "hist-pi"],
                    {"desc": "SCADA → PI 히스토리안 적재 인터페이스", "product": "PI Interface for OPC UA",
                     "version": "2.8.1", "buffer": "PI Buffer Subsystem 4.8"}),
    "hmi-web": ("service", SCADA, "C", "P", ["hv-cc-ot01"], ["scada-master", "hist-pi", "redis-scada"],
                {"desc": "관제 웹 HMI (상황판, 트렌드)", "product": "AVEVA InTouch Web Client", "version": "2023.2.0",
                 "operators": 36}),
    "alarm-mgr": ("service", SCADA, "C", "P", ["hv-cc-ot01"], ["scada-master", "rmq-notify"],
                  {"desc": "관제 알람 관리 (등급 분류, 당직 호출)", "product": "자체개발 (Java 17)", "version": "2.4.7",
                   "oncall_escalation_min": 10}),
    "scada-standby": ("service", SCADA, "D", "P", ["dr-r01u04"], ["hist-pi-dr"],
                      {"desc": "DR SCADA (콜드 스탠바이, 조회 전용)", "product": "AVEVA System Platform 2023 R2",
                       "version": "2023.2.1", "rto_min": 120}),
    # ---------------------------------------------------------------- pipe network
    "ldms-collector": ("service", PIPE, "C", "P", ["hv-cc-pn01"], ["mqtt-ldms", "influx-pipenet"],
                       {"desc": "배관 누수감지선/압력·온도 센서 수집", "product": "자체개발 (Go 1.22)", "version": "1.12.3",
                        "sensors": 6120, "interval_s": 30}),
    "ldms-core": ("service", PIPE, "C", "P", ["hv-cc-pn01"], ["influx-pipenet", "pipenet-gis", "rmq-notify"],
                  {"desc": "누수감지 판정/위치 추정 (LDMS)", "product": "자체개발 (Python 3.11)", "version": "2.3.0",
                   "pipeline_km": 1240, "detection": "저항식 감지선 + 압력 과도현상"}),
    "pipenet-gis": ("service", PIPE, "C", "P", ["hv-cc-pn02"], ["pg-gis"],
                    {"desc": "열배관망 GIS (관로, 밸브, 맨홀)", "product": "GeoServer 2.24 + 자체 웹", "version": "5.0.2",
                     "valves": 3870}),
    "hydraulic-sim": ("service", PIPE, "C", "P", ["hv-cc-pn02"], ["hist-pi", "pipenet-gis", "heatcast-api"],
                      {"desc": "배관망 수리해석 (유량/압력 시뮬레이션)", "product": "Schneider TERMIS 7.3",
                       "version": "7.3.2", "run_interval_min": 15}),
    # ---------------------------------------------------------------- AMI, billing, payments
    "ami-headend": ("service", AMI, "C", "P", ["hv-cc-ami01"], ["kafka-ami"],
                    {"desc": "원격검침 헤드엔드 (열량계 AMI 수집)", "product": "자체개발 (Java 17, Netty)",
                     "version": "5.6.1", "meters": 184220, "radio": "LoRaWAN + NB-IoT", "read_interval_min": 60}),
    "mdms-vee": ("service", AMI, "C", "P", ["hv-cc-ami01"], ["kafka-ami", "ora-mdms"],
                 {"desc": "검침데이터 관리 (VEE: 검증/추정/보정)", "product": "자체개발 (Spring Boot 3.2)",
                  "version": "4.1.0", "instances": 4}),
    "bill-engine": ("service", BILL, "C", "P", ["hv-cc-bil01"], ["ora-cis", "mdms-vee"],
                    {"desc": "열요금 산정 (기본요금 + 사용요금, 공동주택 세대 배분)", "product": "자체개발 (Java 17)",
                     "version": "8.3.2", "customers": 191400, "tariff": "주택용 2부제"}),
    "JOB_BILL_NIGHT": ("service", BILL, "C", "P", ["hv-cc-bat01"], ["bill-engine", "ora-cis"],
                       {"desc": "야간 요금계산 배치 (전일 검침 반영)", "product": "Spring Batch 5.1 + Control-M",
                        "schedule": "매일 01:00", "version": "3.0.9"}),
    "JOB_FI_POST": ("service", BILL, "C", "P", ["hv-cc-bat01"], ["bill-engine", "erp-s4"],
                    {"desc": "요금 매출 ERP 전기 (FI posting)", "product": "Control-M + RFC", "schedule": "평일 03:30",
                     "version": "1.7.2"}),
    "JOB_METER_CLOSE": ("service", AMI, "C", "P", ["hv-cc-bat01"], ["mdms-vee", "ora-mdms"],
                        {"desc": "월 정기검침 확정 (고지 대상 검침값 마감)", "product": "PL/SQL + Control-M",
                         "schedule": "매월 12일 00:30", "version": "2.2.0"}),
    "epay-gw": ("service", BILL, "C", "P", ["hv-cc-cx02"], ["ora-cis", "redis-cx"],
                {"desc": "요금 납부 게이트웨이 (가상계좌, 카드, 자동이체, 간편결제)", "product": "자체개발 (Spring Boot 3.1)",
                 "version": "2.9.4", "pg": "KG이니시스, 토스페이먼츠", "port": 8443}),
    # ---------------------------------------------------------------- customer
    "cx-portal": ("service", CX, "C", "P", ["hv-cc-cx01"], ["bill-engine", "mdms-vee", "redis-cx", "mariadb-cx"],
                  {"desc": "고객 포털/앱 (난방비 조회, 이사정산, 전자고지)", "product": "Next.js 14 + Spring Boot 3.2",
                   "version": "3.11.0", "endpoint": "my.hannuri-heat.co.kr", "members": 128600}),
    "cc-crm": ("service", CX, "C", "P", ["hv-cc-cx02"], ["ora-cis", "bill-engine", "eam-wo"],
               {"desc": "콜센터 상담 CRM (민원 접수, 출동 요청)", "product": "자체개발 (Java 17, Vaadin)",
                "version": "6.2.0", "agents": 84}),
    "cc-cti": ("service", CX, "C", "P", ["cc-r06u20"], ["cc-crm"],
               {"desc": "콜센터 CTI (인입 라우팅, 상담 녹취 연동)", "product": "Genesys Engage 8.5",
                "version": "8.5.201", "trunks": 120}),
    "ars-ivr": ("service", CX, "C", "P", ["cc-r06u20"], ["cc-cti", "bill-engine"],
                {"desc": "ARS (요금 조회, 납부, 난방 장애 신고)", "product": "Genesys GVP 8.5", "version": "8.5.214",
                 "ports": 240, "number": "1688-2580"}),
    "notify-sender": ("service", CX, "C", "P", ["hv-cc-cx01"], ["rmq-notify"],
                      {"desc": "알림톡/SMS 발송 (공급 중단 안내, 요금 고지)", "product": "자체개발 (Node.js 20)",
                       "version": "1.8.0", "channels": "카카오 알림톡, LMS", "daily_quota": 400000}),
    # ---------------------------------------------------------------- forecasting, cloud analytics
    "heatcast-api": ("service", FCST, "Z", "P",
                     ["aks-ana-31245678-vmss000000", "aks-ana-31245678-vmss000001"], ["psql-heatcast"],
                     {"desc": "열수요 예측 API (D+3, 1시간 단위)", "product": "FastAPI (Python 3.11, AKS)",
                      "version": "2.7.1", "model": "LightGBM + TFT 앙상블", "horizon_h": 72, "mape_pct": 3.8}),
    "kma-weather-if": ("service", FCST, "Z", "P", ["aks-ana-31245678-vmss000001"], ["psql-heatcast"],
                       {"desc": "기상청 단기/중기예보 수집 (API허브)", "product": "Python 3.11 (AKS CronJob)",
                        "version": "1.4.2", "grid_points": 46, "interval_min": 30}),
    "heatcast-train": ("service", FCST, "Z", "P", ["vm-dht-gpu01"], ["psql-heatcast"],
                       {"desc": "열수요 예측 모델 재학습 (야간)", "product": "PyTorch 2.3 + Azure ML", "version": "0.9.6",
                        "schedule": "매일 00:30"}),
    "adf-lake-ingest": ("service", CLOUD, "Z", "P", [], ["evh-dht-telemetry", "hist-pi", "ora-mdms"],
                        {"desc": "데이터레이크 적재 (PI, 검침, 텔레메트리 → ADLS)", "product": "Azure Data Factory",
                         "version": "pipeline v42", "factory": "adf-dht-prd-krc"}),
    # ---------------------------------------------------------------- trading, scheduling
    "unit-sched": ("service", TRADE, "C", "P", ["hv-cc-trd01"], ["heatcast-api", "hist-pi", "mssql-trade"],
                   {"desc": "열·전력 최적 운전계획 (기동정지, 축열 운용)", "product": "자체개발 (Python + Gurobi 11)",
                    "version": "4.0.3", "units": 4, "horizon_h": 48}),
    "kpx-bid": ("service", TRADE, "C", "P", ["hv-cc-trd01"], ["unit-sched", "mssql-trade", "kpx-line"],
                {"desc": "전력거래소 하루전 발전계획 입찰 (CBP)", "product": "자체개발 (.NET 8)", "version": "3.4.0",
                 "market": "CBP 변동비반영시장", "bid_deadline": "10:00", "units": 2}),
    "lng-nom": ("service", TRADE, "C", "P", ["hv-cc-trd01"], ["mssql-trade", "heatcast-api"],
                {"desc": "LNG 수급계획 통보 (한국가스공사 nomination)", "product": "자체개발 (.NET 8)", "version": "1.9.1",
                 "supplier": "한국가스공사", "nomination_cutoff": "15:00", "contract_ton_day": 1850}),
    # ---------------------------------------------------------------- maintenance, ERP
    "eam-wo": ("service", MAINT, "C", "P", ["hv-cc-eam01"], ["ora-eam", "erp-s4", "rmq-notify"],
               {"desc": "설비보전 작업지시 (IBM Maximo)", "product": "IBM Maximo Application Suite 8.11",
                "version": "8.11.4", "assets": 52700}),
    "mobile-wo": ("service", MAINT, "C", "P", ["hv-cc-eam01"], ["eam-wo"],
                  {"desc": "현장 모바일 작업지시 (점검/출동)", "product": "Maximo Mobile 8.11", "version": "8.11.2",
                   "devices": 310}),
    "erp-s4": ("service", ERP, "C", "P", ["cc-r07u02"], ["hana-erp"],
               {"desc": "ERP (SAP S/4HANA 2022)", "product": "SAP S/4HANA 2022 FPS02", "sid": "HNP", "client": 100}),
    "prom-cc": ("service", INFRA, "C", "P", ["hv-cc-mon01"], [],
                {"desc": "IT 인프라 모니터링", "product": "Prometheus 2.51 + Grafana 10.4", "targets": 860}),
    # ---------------------------------------------------------------- staging, dev, retired
    "bill-engine-stg": ("service", BILL, "C", "S", ["hv-cc-stg01"], ["ora-cis-stg"],
                        {"desc": "열요금 산정 (스테이징)", "version": "8.4.0-rc1"}),
    "cx-portal-stg": ("service", CX, "C", "S", ["hv-cc-stg01"], ["bill-engine-stg"],
                      {"desc": "고객 포털 (스테이징)", "version": "3.12.0-rc2"}),
    "scada-testbench": ("service", SCADA, "C", "D", ["hv-cc-dev01"], [],
                        {"desc": "SCADA 시험 베드 (태그 시뮬레이터)", "version": "2023.2.1"}),
    "ami-rf-legacy": ("service", AMI, "C", "P", [], [],
                      {"desc": "구 RF 원격검침 수집기 (2025년 ami-headend로 대체)", "version": "2.0.7",
                       "decommissioned": "2025-09-30"}),
    # ---------------------------------------------------------------- databases
    "ora-cis": ("database", DBA, "C", "P", ["cc-r04u10", "cc-r04u12"], [],
                {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c RAC", "nodes": 2,
                 "sid": "CISP", "port": 1521, "size_tb": 7.4, "dataguard": "MaxAvailability (SYNC)",
                 "standby": "대전DR센터", "desc": "고객정보/요금 DB (CIS)"}),
    "ora-mdms": ("database", DBA, "C", "P", ["cc-r05u14"], [],
                 {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "MDMP",
                  "port": 1521, "size_tb": 12.8, "desc": "검침 데이터 DB (시간별 열량/유량)"}),
    "ora-eam": ("database", DBA, "C", "P", ["cc-r05u16"], [],
                {"engine": "oracle", "version": "19.20", "product": "Oracle Database 19c", "sid": "EAMP",
                 "port": 1522, "size_tb": 1.9, "desc": "Maximo DB"}),
    "mssql-trade": ("database", DBA, "C", "P", ["cc-r05u18"], [],
                    {"engine": "mssql", "version": "16.0.4115", "product": "SQL Server 2022 Enterprise CU12",
                     "port": 1433, "recovery_model": "FULL", "log_backup_min": 15, "desc": "연료/전력거래 DB"}),
    "hana-erp": ("database", ERP, "C", "P", ["cc-r07u04"], [],
                 {"engine": "hana", "version": "2.00.076", "product": "SAP HANA 2.0 SPS07", "sid": "HNP",
                  "memory_gb": 1024, "desc": "S/4HANA DB"}),
    "hist-pi": ("database", SCADA, "C", "P", ["cc-r02u14"], [],
                {"engine": "pi", "version": "2023", "product": "AVEVA PI Data Archive 2023", "tags": 148000,
                 "archive_gb": 256, "port": 5450, "backup": "매일 20:00", "desc": "운전 히스토리안"}),
    "hist-pi-dr": ("database", SCADA, "D", "P", ["dr-r01u06"], [],
                   {"engine": "pi", "version": "2023", "product": "AVEVA PI Data Archive 2023 (collective member)",
                    "tags": 148000, "port": 5450, "desc": "히스토리안 DR 멤버"}),
    "influx-pipenet": ("database", PIPE, "C", "P", ["cc-r03u18"], [],
                       {"engine": "influxdb", "version": "2.7.6", "product": "InfluxDB OSS 2.7", "port": 8086,
                        "retention": "400d", "desc": "배관망 압력/온도/누수 센서 시계열"}),
    "pg-gis": ("database", DBA, "C", "P", ["hv-cc-db01"], [],
               {"engine": "postgresql", "version": "15.6", "product": "PostgreSQL 15 + PostGIS 3.4", "port": 5432,
                "desc": "배관망 GIS DB"}),
    "mariadb-cx": ("database", DBA, "C", "P", ["hv-cc-db01"], [],
                   {"engine": "mariadb", "version": "10.11.7", "product": "MariaDB 10.11", "port": 3306,
                    "max_connections": 1500, "desc": "고객 포털 회원/게시판 DB"}),
    "psql-heatcast": ("database", CLOUD, "Z", "P", [], [],
                      {"engine": "postgresql", "version": "16.2", "product": "Azure Database for PostgreSQL flexible",
                       "sku": "Standard_D8ds_v5", "storage_gb": 1024, "iops_limit": 5000,
                       "desc": "열수요 예측/기상 데이터"}),
    "ora-cis-stg": ("database", DBA, "C", "S", ["hv-cc-stg01"], [],
                    {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "CISS",
                     "port": 1521}),
    # ---------------------------------------------------------------- caches, queues
    "redis-scada": ("cache", SCADA, "C", "P", ["cc-r02u12"], [],
                    {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 32, "maxmemory_policy": "allkeys-lru",
                     "port": 6379, "desc": "SCADA 실시간 태그 캐시"}),
    "redis-cx": ("cache", CX, "C", "P", ["hv-cc-cx02"], [],
                 {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 8, "maxmemory_policy": "volatile-lru",
                  "port": 6379, "desc": "포털 세션/납부 토큰 캐시"}),
    "kafka-ami": ("queue", AMI, "C", "P", ["cc-r03u20", "cc-r03u22", "cc-r03u24"], [],
                  {"product": "Apache Kafka 3.6.1", "brokers": 3, "port": 9092, "topics": 27, "replication_factor": 3,
                   "min_insync_replicas": 2, "desc": "검침 이벤트 스트림"}),
    "rmq-notify": ("queue", INFRA, "C", "P", ["hv-cc-mq01"], [],
                   {"product": "RabbitMQ 3.12.14", "port": 5672, "queues": 22, "vhost": "/notify",
                    "desc": "알람/알림 메시지 큐"}),
    "mqtt-ldms": ("queue", PIPE, "C", "P", ["hv-cc-mq01"], [],
                  {"product": "EMQX 5.6", "port": 8883, "sessions": 6200, "desc": "누수감지 센서 MQTT 브로커"}),
    "evh-dht-telemetry": ("queue", CLOUD, "Z", "P", [], [],
                          {"product": "Azure Event Hubs (Standard)", "throughput_units": 8, "partitions": 16,
                           "desc": "텔레메트리 클라우드 수집"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-cx-web": ("C", NET, ["cx-portal", "epay-gw"],
                  {"vendor": "Citrix", "model": "NetScaler ADC MPX 8905", "vip": "10.40.1.10", "firmware": "14.1-21.57",
                   "endpoint": "my.hannuri-heat.co.kr", "cert_expiry": "2028-01-26", "cert_issuer": "DigiCert (수동 갱신)"}),
    "lb-int-ap": ("C", NET, ["bill-engine", "cc-crm", "eam-wo", "mobile-wo"],
                  {"vendor": "F5", "model": "BIG-IP r4600", "vip": "10.40.1.20", "firmware": "17.1.1",
                   "cert_expiry": "2028-11-30"}),
    "lb-hmi": ("C", NET, ["hmi-web"],
               {"vendor": "Kemp", "model": "LoadMaster LM-X25", "vip": "10.40.9.10", "firmware": "7.2.59",
                "zone": "OT DMZ"}),
    "agw-heatcast": ("Z", CLOUD, ["heatcast-api"],
                     {"vendor": "Azure", "model": "Application Gateway WAF_v2", "endpoint": "heatcast.hannuri-heat.co.kr",
                      "cert_issuer": "Key Vault (자동 갱신)", "capacity_units": 10}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "san-cc-01": ("C", INFRA, {"vendor": "Hitachi Vantara", "model": "VSP E790", "capacity_tb": 180,
                               "protocol": "FC 32G", "desc": "DB 블록 스토리지"},
                  ["cc-r04u10", "cc-r04u12", "cc-r05u14", "cc-r05u16", "cc-r05u18", "cc-r07u04", "cc-r02u14"]),
    "nas-cc-01": ("C", INFRA, {"vendor": "NetApp", "model": "FAS2820", "ontap": "9.13.1P7", "capacity_tb": 96,
                               "protocol": "NFS v4.1 / SMB", "desc": "고지서 PDF, 배치 파일, GIS 도면"},
                  ["hv-cc-bat01", "hv-cc-pn02"]),
    "pure-dr-01": ("D", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//C60", "capacity_tb": 366,
                                "desc": "DR 복제 대상 (CIS standby, PI DR)"}, ["dr-r01u06", "dr-r01u10"]),
    "stdhtlakeprd01": ("Z", CLOUD, {"vendor": "Azure", "model": "ADLS Gen2 (StorageV2, ZRS)",
                                    "region": "koreacentral", "desc": "분석 데이터레이크"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # control centre Hyper-V VMs
    "hv-cc-ot01": ("C", "P", "vm", {"role": "HMI, 알람관리, PI 인터페이스 (OT DMZ)"}),
    "hv-cc-pn01": ("C", "P", "vm", {"role": "누수감지 수집/판정"}),
    "hv-cc-pn02": ("C", "P", "vm", {"role": "배관망 GIS, 수리해석"}),
    "hv-cc-ami01": ("C", "P", "vm", {"role": "AMI 헤드엔드, MDMS"}),
    "hv-cc-bil01": ("C", "P", "vm", {"role": "요금 산정"}),
    "hv-cc-bat01": ("C", "P", "vm", {"role": "배치 (Control-M agent)"}),
    "hv-cc-cx01": ("C", "P", "vm", {"role": "고객 포털, 알림 발송"}),
    "hv-cc-cx02": ("C", "P", "vm", {"role": "상담 CRM, 납부 GW, 포털 캐시"}),
    "hv-cc-trd01": ("C", "P", "vm", {"role": "운전계획, KPX 입찰, LNG 통보"}),
    "hv-cc-eam01": ("C", "P", "vm", {"role": "Maximo"}),
    "hv-cc-mon01": ("C", "P", "vm", {"role": "모니터링"}),
    "hv-cc-db01": ("C", "P", "vm", {"role": "PostgreSQL/MariaDB"}),
    "hv-cc-mq01": ("C", "P", "vm", {"role": "RabbitMQ, EMQX"}),
    "hv-cc-stg01": ("C", "S", "vm", {"role": "스테이징 공용"}),
    "hv-cc-dev01": ("C", "D", "vm", {"role": "개발/시험 공용"}),
    # control centre physical servers, named by rack and unit
    "cc-r02u08": ("C", "P", "bare", {"role": "SCADA 서버 A (active)", "model": "HPE ProLiant DL380 Gen11"}),
    "cc-r02u10": ("C", "P", "bare", {"role": "SCADA 서버 B (standby)", "model": "HPE ProLiant DL380 Gen11"}),
    "cc-r02u12": ("C", "P", "bare", {"role": "SCADA 태그 캐시 (Redis)", "model": "HPE ProLiant DL360 Gen11"}),
    "cc-r02u14": ("C", "P", "win", {"role": "PI Data Archive", "model": "HPE ProLiant DL380 Gen11"}),
    "cc-r03u18": ("C", "P", "bare", {"role": "InfluxDB (배관 센서)", "model": "Dell PowerEdge R760"}),
    "cc-r03u20": ("C", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660"}),
    "cc-r03u22": ("C", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660"}),
    "cc-r03u24": ("C", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660"}),
    "cc-r04u10": ("C", "P", "bare", {"role": "Oracle RAC CISP node 1", "model": "Lenovo ThinkSystem SR650 V3"}),
    "cc-r04u12": ("C", "P", "bare", {"role": "Oracle RAC CISP node 2", "model": "Lenovo ThinkSystem SR650 V3"}),
    "cc-r05u14": ("C", "P", "bare", {"role": "Oracle MDMP", "model": "Lenovo ThinkSystem SR650 V3",
                                     "hba": "Emulex LPe35002 (2 port)"}),
    "cc-r05u16": ("C", "P", "bare", {"role": "Oracle EAMP", "model": "Dell PowerEdge R660"}),
    "cc-r05u18": ("C", "P", "win", {"role": "SQL Server 거래 DB", "model": "Dell PowerEdge R760"}),
    "cc-r06u20": ("C", "P", "win", {"role": "Genesys CTI/GVP", "model": "Dell PowerEdge R660"}),
    "cc-r07u02": ("C", "P", "bare", {"role": "S/4HANA AP", "model": "Lenovo ThinkSystem SR650 V3"}),
    "cc-r07u04": ("C", "P", "bare", {"role": "SAP HANA", "model": "Lenovo ThinkSystem SR850 V3"}),
    # branch OT servers (OT network, behind the IT/OT firewall)
    "bd-otsrv01": ("B", "P", "ot", {"role": "분당 DCS 게이트웨이, 기계실 FEP", "model": "Advantech ECU-4784"}),
    "il-otsrv01": ("I", "P", "ot", {"role": "일산 DCS 게이트웨이, 기계실 FEP", "model": "Advantech ECU-4784"}),
    "pg-otsrv01": ("P", "P", "ot", {"role": "판교 PLC 게이트웨이, 기계실 FEP", "model": "Siemens SIMATIC IPC 847E"}),
    # DR site
    "dr-r01u04": ("D", "P", "bare", {"role": "DR SCADA", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "dr-r01u06": ("D", "P", "win", {"role": "PI DR 멤버", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "dr-r01u10": ("D", "P", "bare", {"role": "Oracle CISP standby (Data Guard)", "model": "Lenovo ThinkSystem SR650 V2"}),
    # Azure
    "aks-ana-31245678-vmss000000": ("Z", "P", "aks", {"role": "AKS 노드 (예측)", "vm_size": "Standard_D8s_v5",
                                                      "zone": "koreacentral-1", "nodepool": "ana"}),
    "aks-ana-31245678-vmss000001": ("Z", "P", "aks", {"role": "AKS 노드 (예측, 기상 수집)", "vm_size": "Standard_D8s_v5",
                                                      "zone": "koreacentral-2", "nodepool": "ana"}),
    "vm-dht-gpu01": ("Z", "P", "azvm", {"role": "모델 학습 GPU VM", "vm_size": "Standard_NC24ads_A100_v4",
                                        "zone": "koreacentral-1"}),
}
PLANT_DEVICES = {  # name: (site, owner, status, attributes), written as hosts
    "bd-chp-tcs": ("B", PLANT, "active", {"device": "turbine controller", "vendor": "GE Vernova", "model": "Mark VIe",
                                          "unit": "분당 CHP 1호기 가스터빈", "capacity_mw": 460, "firmware": "7.05.02",
                                          "protocol": "OPC UA / Modbus TCP"}),
    "bd-chp-bms": ("B", PLANT, "active", {"device": "boiler controller", "vendor": "Emerson", "model": "Ovation 4.0",
                                          "unit": "분당 CHP 1호기 HRSG", "heat_capacity_gcal_h": 330,
                                          "firmware": "4.0.3"}),
    "il-chp-tcs": ("I", PLANT, "active", {"device": "turbine controller", "vendor": "Siemens Energy",
                                          "model": "SPPA-T3000", "unit": "일산 CHP 2호기 가스터빈", "capacity_mw": 280,
                                          "firmware": "R8.2"}),
    "il-hob-plc": ("I", PLANT, "maintenance", {"device": "boiler PLC", "vendor": "Siemens", "model": "S7-1518",
                                               "unit": "일산 첨두부하보일러(PLB) 3호기", "heat_capacity_gcal_h": 102,
                                               "fuel": "LNG", "firmware": "3.1.2"}),
    "pg-tes-plc": ("P", PLANT, "active", {"device": "thermal storage controller", "vendor": "Rockwell",
                                          "model": "ControlLogix 5580", "tank_m3": 12000, "tank_capacity_gcal": 560,
                                          "firmware": "35.011"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-itot-cc": ("C", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440", "firmware": "PAN-OS 11.1.3",
                         "desc": "IT/OT 경계 방화벽"}),
    "sw-core-cc": ("C", {"device": "core switch", "vendor": "Arista", "model": "7050X3", "firmware": "EOS 4.31.2F"}),
    "mpls-branch": ("C", {"device": "WAN link", "vendor": "KT", "model": "MPLS VPN 1Gbps (분당/일산/판교)",
                          "circuit": "KT-MPLS-77120-HN", "desc": "관제센터 ↔ 지사"}),
    "wan-dr": ("D", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 10Gbps",
                     "circuit": "SKB-DJ-4410-0932", "desc": "관제센터 ↔ 대전DR센터"}),
    "apn-rtu": ("C", {"device": "LTE M2M APN", "vendor": "LG U+", "model": "사설 APN (LTE Cat.1)",
                      "apn": "hannuri.m2m", "sims": 956, "desc": "기계실 RTU 무선망"}),
    "kpx-line": ("C", {"device": "exchange line", "vendor": "전력거래소", "model": "전용회선 100Mbps x2",
                       "circuit": "KPX-MKT-0418", "desc": "전력시장 운영시스템 연결"}),
    "er-azure": ("C", {"device": "ExpressRoute", "vendor": "Microsoft", "model": "ExpressRoute 1Gbps (KINX 경유)",
                       "circuit": "er-dht-krc-01"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("fw-itot-cc", "sw-core-cc"),
    ("mpls-branch", "fw-itot-cc"),
    ("wan-dr", "sw-core-cc"),
    ("er-azure", "sw-core-cc"),
    ("kpx-line", "sw-core-cc"),
    ("apn-rtu", "mpls-branch"),
    ("lb-cx-web", "sw-core-cc"),
    ("lb-hmi", "fw-itot-cc"),
    ("bd-otsrv01", "mpls-branch"),
    ("il-otsrv01", "mpls-branch"),
    ("pg-otsrv01", "mpls-branch"),
    ("adf-lake-ingest", "stdhtlakeprd01"),
    ("heatcast-train", "stdhtlakeprd01"),
]
# fmt: on
STATUS = {"il-hob-plc": "maintenance", "cx-portal-stg": "maintenance", "ami-rf-legacy": "retired"}
NET_PREFIX = {"C": "10.40", "B": "172.21", "I": "172.22", "P": "172.23", "D": "10.50", "Z": "10.88"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "D1",
        "kind": "db_log_full",
        "root": "mssql-trade",
        "description": "on Monday morning before the 10:00 KPX day-ahead bid deadline the transaction log of"
        " mssql-trade fills (its 15-minute log backups fail since the backup agent upgrade on Sunday) and every"
        " write fails with error 9002: kpx-bid (3.4.0 deployed at 09:05, loudest) cannot save the bid, unit-sched"
        " cannot store the schedule and lng-nom stalls, until the log is backed up and grown",
        "start": kst(10, 9, 20),
        "end": kst(10, 10, 15),
        "affected": ["mssql-trade", "kpx-bid", "unit-sched", "lng-nom"],
    },
    {
        "id": "D2",
        "kind": "cache_eviction_storm",
        "root": "redis-scada",
        "description": "in Tuesday's evening heat peak redis-scada reaches maxmemory (12 000 HRSG tags were added"
        " in the afternoon) and allkeys-lru evicts live tags: scada-master (loudest) re-reads the DCS gateways"
        " and lags, hmi-web shows stale values and alarm-mgr floods, until maxmemory is raised",
        "start": kst(11, 18, 40),
        "end": kst(11, 19, 35),
        "affected": ["redis-scada", "scada-master", "hmi-web", "alarm-mgr"],
    },
    {
        "id": "D3",
        "kind": "host_io_path_failure",
        "root": "cc-r05u14",
        "description": "in the small hours of Thursday one FC path of cc-r05u14's HBA fails and multipath stalls"
        " I/O during the nightly billing: ora-mdms waits on I/O, mdms-vee (4.1.0 deployed Wednesday 18:00,"
        " loudest) times out and bill-engine's night run is late, until the path is failed over",
        "start": kst(13, 1, 30),
        "end": kst(13, 2, 25),
        "affected": ["cc-r05u14", "ora-mdms", "mdms-vee", "bill-engine"],
    },
    {
        "id": "D4",
        "kind": "kafka_isr_shrink",
        "root": "kafka-ami",
        "description": "on the first cold-wave morning (Saturday) kafka-ami's in-sync replica sets shrink below"
        " min.insync.replicas under the hourly meter burst (num.replica.fetchers was lowered on Friday) and"
        " acks=all produces time out: ami-headend (loudest) buffers meter reads, mdms-vee lags and cx-portal"
        " shows no usage, until the fetchers are restored",
        "start": kst(15, 6, 30),
        "end": kst(15, 7, 25),
        "affected": ["kafka-ami", "ami-headend", "mdms-vee", "cx-portal"],
    },
    {
        "id": "D5",
        "kind": "cloud_db_iops_throttle",
        "root": "psql-heatcast",
        "description": "on Sunday afternoon the cold-wave re-forecast and an autovacuum of the forecast table hit"
        " psql-heatcast's provisioned IOPS limit and storage is throttled: heatcast-api (deployed at 13:50,"
        " loudest) times out, kma-weather-if cannot store forecasts and unit-sched plans on stale demand, until"
        " the vacuum is cancelled and IOPS raised",
        "start": kst(16, 14, 10),
        "end": kst(16, 15, 5),
        "affected": ["psql-heatcast", "heatcast-api", "kma-weather-if", "unit-sched"],
    },
    {
        "id": "D6",
        "kind": "historian_archive_shift",
        "root": "hist-pi",
        "description": "in Tuesday's evening heat peak hist-pi's archive shift cannot create the new archive while"
        " the PI backup (moved to 20:00 on Monday) holds the archive files; the event queue fills and reads"
        " slow down: scada-pi-if (loudest) buffers, hmi-web trends time out and hydraulic-sim (deployed at 20:10)"
        " runs on stale data, until the backup is stopped",
        "start": kst(18, 20, 30),
        "end": kst(18, 21, 25),
        "affected": ["hist-pi", "scada-pi-if", "hmi-web", "hydraulic-sim"],
    },
    {
        "id": "D7",
        "kind": "db_commit_wait",
        "root": "ora-cis",
        "description": "in Wednesday's morning heat peak (the coldest day) ora-cis waits on log file sync: Data"
        " Guard was switched to SYNC on Tuesday and the DR link is busy, so every commit waits for the standby:"
        " cc-crm (6.2.0 deployed at 06:30, loudest) stalls the call centre, epay-gw times out payments and"
        " cx-portal slows (ongoing)",
        "start": kst(19, 7, 5),
        "end": None,
        "affected": ["ora-cis", "cc-crm", "epay-gw", "cx-portal"],
    },
]
D1, D2, D3, D4, D5, D6, D7 = INCIDENTS


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 44, 'D': 66}[env]) + i // 8}.{11 + (i * 37) % 220}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 9.3", "RHEL 8.9", "Windows Server 2022"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "Hyper-V (Windows Server 2022)",
                      "cluster": "hvc-cc-prod" if env == "P" else "hvc-cc-nonprod"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([32, 48]), "mem_gb": rng.choice([256, 384]),
                      "serial": f"{rng.choice(['CZJ', '7RX', 'J9K'])}{rng.randint(1000000, 9999999)}"}  # fmt: skip
        elif kind == "aks":
            attrs |= {"os": "Ubuntu 22.04 (AKS)", "cluster": "aks-dht-ana-prd", "kubelet": "1.29.4"}
            owner = CLOUD
        elif kind == "azvm":
            attrs |= {"os": "Ubuntu 22.04 LTS", "gpu": "NVIDIA A100 80GB"}
            owner = CLOUD
        elif kind == "ot":
            attrs |= {"os": "Windows 10 IoT Enterprise LTSC 2021", "zone": "OT (Purdue L3)"}
            owner = PLANT
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.9", "Oracle Linux 8.9", "SLES 15 SP5"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 512, 768]),
                      "serial": f"{rng.choice(['CZJ', 'J30', 'MXQ'])}{rng.randint(1000000, 9999999)}"}  # fmt: skip
        if h.startswith(("cc-", "dr-")):
            rack, unit = h.split("-")[1][1:].split("u")
            attrs["rack"] = f"{h[:2].upper()}-R{rack} U{unit}"
        if h in ("cc-r04u10", "cc-r04u12", "cc-r05u14", "cc-r05u16", "cc-r05u18", "dr-r01u10"):
            owner = DBA
        if h in ("cc-r02u08", "cc-r02u10", "cc-r02u12", "cc-r02u14", "dr-r01u04", "dr-r01u06"):
            owner = SCADA
        if h in ("cc-r07u02", "cc-r07u04"):
            owner = ERP
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, owner, status, attrs) in PLANT_DEVICES.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(100, 120)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", owner, SITES[site], {"ot_ip": ip, **attrs}, status))
    for n, (site, attrs) in NETWORK.items():
        ip = f"10.40.0.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


# the daily mean outdoor temperature in 성남 (℃) by January day: mild, then the cold wave from Friday 14
DAILY_MEAN = {8: -1.0, 9: -1.5, 10: -0.5, 11: 1.0, 12: 0.0, 13: -2.0, 14: -5.0, 15: -10.5, 16: -11.5, 17: -12.0,
              18: -12.5, 19: -13.0, 20: -13.0}  # fmt: skip


def _temp(ts: datetime) -> float:
    loc = _local(ts)
    x = loc.day + (loc.hour + loc.minute / 60) / 24 - 0.5  # day midpoints at noon
    d0 = math.floor(x)
    f = x - d0
    mean = DAILY_MEAN[d0] * (1 - f) + DAILY_MEAN[d0 + 1] * f
    h = seoul_hour(ts)
    return mean + 4.5 * math.sin(2 * math.pi * (h - 9) / 24)  # warmest 15:00, coldest 03:00


def _heat(ts: datetime) -> float:
    """Heat demand: the outdoor temperature, the morning hot-water peak (later on weekends), the evening."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.16 + 0.027 * (8 - _temp(ts))
    if wd < 5:
        v += 0.2 * _bump(h, 7.3, 1.0)
    else:
        v += 0.16 * _bump(h, 8.6, 1.3)
    v += 0.1 * _bump(h, 21.0, 1.8)
    return max(0.05, min(1.0, v))


def _scada(ts: datetime) -> float:
    return 0.45 + 0.5 * _heat(ts)


def _meter(ts: datetime) -> float:
    """AMI: the hourly reads arrive in the first quarter of each hour; the meter close on the 12th."""
    loc = _local(ts)
    v = 0.3 + (0.5 if loc.minute < 15 else 0.0) + 0.15 * _heat(ts)
    if loc.day == 12 and seoul_hour(ts) < 5:
        v += 0.2
    return max(0.05, min(1.0, v))


def _night(ts: datetime) -> float:
    """Nightly billing 01:00–03:00, ERP posting 03:30, and the meter close on the 12th."""
    h = seoul_hour(ts)
    v = 0.9 if 1 <= h < 4 else 0.15
    if _local(ts).day == 12 and h < 5:
        v = 1.0
    return v


def _customer(ts: datetime) -> float:
    """Call centre and portal: office hours (Saturday morning), evenings on the portal, more calls when cold."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    cold = max(0.0, -_temp(ts) - 3) / 14
    if wd < 5:
        v = 0.1 + 0.55 * (1 if 9 <= h < 18 else 0) * (0.8 if 12 <= h < 13 else 1) + 0.2 * _bump(h, 20.5, 1.5)
    elif wd == 5:
        v = 0.1 + 0.35 * (1 if 9 <= h < 13 else 0) + 0.2 * _bump(h, 20.5, 1.5)
    else:
        v = 0.1 + 0.22 * _bump(h, 20.5, 1.5)
    v += 0.18 * cold * _bump(h, 8.0, 1.5)
    return max(0.05, min(1.0, v))


def _trading(ts: datetime) -> float:
    """Bid preparation before the 10:00 KPX deadline, the LNG nomination around 14:00."""
    h = seoul_hour(ts)
    v = 0.12 + 0.75 * _bump(h, 9.3, 0.6) + 0.45 * _bump(h, 14.0, 0.6)
    return max(0.05, min(1.0, v))


def _forecast(ts: datetime) -> float:
    """The forecast runs at 05:30 and 16:30 and hourly refreshes, re-runs under the cold wave."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.2 + 0.5 * _bump(h, 5.5, 0.5) + 0.5 * _bump(h, 16.5, 0.5) + (0.12 if loc.minute < 10 else 0.0)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


SCADA_SIDE = {
    "scada-master", "scada-pi-if", "hmi-web", "alarm-mgr", "redis-scada", "hist-pi", "bd-dcsgw", "il-dcsgw",
    "pg-plcgw", "fep-bd", "fep-il", "fep-pg", "cc-r02u08", "cc-r02u10", "cc-r02u12", "cc-r02u14", "hv-cc-ot01",
    "bd-otsrv01", "il-otsrv01", "pg-otsrv01", "lb-hmi", "fw-itot-cc", "mpls-branch", "apn-rtu", "bd-chp-tcs",
    "bd-chp-bms", "il-chp-tcs", "pg-tes-plc", "ldms-collector", "ldms-core", "mqtt-ldms", "influx-pipenet",
    "cc-r03u18", "hv-cc-pn01", "hydraulic-sim", "pipenet-gis", "pg-gis", "hv-cc-pn02", "rmq-notify", "hv-cc-mq01",
}  # fmt: skip
METER = {"ami-headend", "kafka-ami", "mdms-vee", "cc-r03u20", "cc-r03u22", "cc-r03u24", "hv-cc-ami01",
         "evh-dht-telemetry", "adf-lake-ingest"}  # fmt: skip
NIGHT = {"JOB_BILL_NIGHT", "JOB_FI_POST", "JOB_METER_CLOSE", "bill-engine", "ora-mdms", "hv-cc-bat01",
         "hv-cc-bil01", "cc-r05u14", "nas-cc-01", "san-cc-01", "heatcast-train", "vm-dht-gpu01"}  # fmt: skip
CUSTOMER = {"cx-portal", "cc-crm", "cc-cti", "ars-ivr", "epay-gw", "notify-sender", "redis-cx", "mariadb-cx",
            "ora-cis", "lb-cx-web", "hv-cc-cx01", "hv-cc-cx02", "hv-cc-db01", "cc-r04u10", "cc-r04u12",
            "cc-r06u20", "sw-core-cc", "lb-int-ap"}  # fmt: skip
TRADING = {"unit-sched", "kpx-bid", "lng-nom", "mssql-trade", "hv-cc-trd01", "cc-r05u18", "kpx-line"}
FORECAST = {"heatcast-api", "kma-weather-if", "psql-heatcast", "agw-heatcast", "aks-ana-31245678-vmss000000",
            "aks-ana-31245678-vmss000001", "er-azure", "stdhtlakeprd01"}  # fmt: skip
OFFICE = {"eam-wo", "mobile-wo", "ora-eam", "erp-s4", "hana-erp", "hv-cc-eam01", "cc-r05u16", "cc-r07u02",
          "cc-r07u04", "prom-cc", "hv-cc-mon01"}  # fmt: skip


def _load(name: str):
    for group, shape in (
        (SCADA_SIDE, _scada),
        (METER, _meter),
        (NIGHT, _night),
        (CUSTOMER, _customer),
        (TRADING, _trading),
        (FORECAST, _forecast),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "D1": {0: (5.0, 6.0), 1: (3.5, 11.0), 2: (2.0, 6.0)},
    "D2": {0: (9.0, 3.5), 1: (4.5, 12.0), 2: (2.2, 7.0)},
    "D3": {1: (9.0, 4.5), 2: (4.0, 13.0), 3: (2.0, 7.5)},
    "D4": {0: (7.0, 5.5), 1: (3.8, 12.5), 2: (2.0, 6.5)},
    "D5": {0: (6.5, 4.0), 1: (4.2, 13.5), 2: (2.1, 7.0)},
    "D6": {0: (11.0, 3.0), 1: (4.0, 12.0), 2: (2.0, 6.0)},
    "D7": {0: (9.5, 4.5), 1: (4.5, 13.0), 2: (2.3, 7.5)},
}
EFFECT_OVERRIDE = {
    ("D1", "kpx-bid"): (5.2, 31.0),
    ("D2", "scada-master"): (6.0, 26.0),
    ("D3", "mdms-vee"): (5.5, 33.0),
    ("D4", "ami-headend"): (4.8, 29.0),
    ("D5", "heatcast-api"): (5.8, 35.0),
    ("D6", "scada-pi-if"): (5.0, 28.0),
    ("D7", "cc-crm"): (6.2, 32.0),
    ("D7", "epay-gw"): (4.0, 17.0),
}

HOST = HostBaseline(cpu=(0.45, 0.8, 1.1), memory=(6, 0.6), disk_noise=0.08)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "cc-r02u08", "cc-r02u10", "cc-r02u12", "cc-r02u14", "cc-r03u18", "cc-r03u20", "cc-r03u22", "cc-r03u24",
    "cc-r04u10", "cc-r04u12", "cc-r05u14", "cc-r05u16", "cc-r05u18", "cc-r07u04", "hv-cc-bat01", "hv-cc-db01",
    "hv-cc-mq01", "dr-r01u06", "dr-r01u10", "vm-dht-gpu01", "bd-otsrv01", "il-otsrv01", "pg-otsrv01",
}  # fmt: skip
DEVICE_NAMES = set(NETWORK) | set(PLANT_DEVICES)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in DEVICE_NAMES:
        return _device_metrics(rng, ci, times)
    cpu0, mem0, disk0 = rng.uniform(10, 32), rng.uniform(36, 62), rng.uniform(22, 52)
    growth = rng.uniform(0, 0.08)
    if name == "cc-r03u18":  # the InfluxDB volume creeps up (pipe sensor retention)
        disk0, growth = 63.4, 1.35
    if name == "cc-r05u18":  # the SQL Server log volume
        disk0, growth = 44.0, 0.02
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "cc-r05u14":  # the failed HBA path: I/O wait
            cpu += 52 * ramp(ts, D3["start"], D3["end"], rise=5, fall=10)
        if name == "cc-r05u18":  # the transaction log fills its volume
            disk += (96.5 + rng.gauss(0, 0.2) - disk) * ramp(ts, D1["start"] - timedelta(minutes=30), D1["end"],
                                                              rise=35, fall=15)  # fmt: skip
        if name == "cc-r02u12":  # the eviction storm
            cpu += 30 * ramp(ts, D2["start"], D2["end"], rise=5, fall=10)
        if name == "cc-r02u14":  # the historian's event queue
            cpu += 26 * ramp(ts, D6["start"], D6["end"], rise=5, fall=10)
        if name in ("cc-r04u10", "cc-r04u12"):  # sessions waiting on commit
            mem += 9 * ramp(ts, D7["start"], D7["end"], rise=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _tank_level(ts: datetime) -> float:
    """The heat storage charge (%): charged 10:00–18:00, discharged slowly overnight and fast in the morning
    peak; deeper on the cold-wave days."""
    h = seoul_hour(ts)
    low = 22.0 - max(0.0, -_temp(ts) - 5) * 0.8  # the morning minimum falls with the cold
    high = 88.0
    if 10 <= h < 18:
        return low + (high - low) * (h - 10) / 8
    if h >= 18:
        return high - 18 * (h - 18) / 11
    if h < 5:
        return high - 18 * (h + 6) / 11
    return 70.0 - (70.0 - low) * (h - 5) / 5


def _device_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    """Network gear and plant controllers: cpu, polling latency, error (loss) rate, and the plant gauges."""
    name, rows = ci["name"], []
    cpu0 = rng.uniform(8, 26)
    rtt0 = {"mpls-branch": 3.4, "wan-dr": 2.9, "apn-rtu": 68.0, "kpx-line": 5.6, "er-azure": 2.2,
            "bd-chp-tcs": 11.0, "bd-chp-bms": 14.0, "il-chp-tcs": 12.5, "il-hob-plc": 9.0,
            "pg-tes-plc": 8.5}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    cap = ci["attributes"].get("capacity_mw", 0)
    load = _load(name)
    for ts in times:
        d = load(ts)
        cpu = cpu0 * (0.6 + 0.6 * d) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.03, 0.012))
        if name == "wan-dr":  # the late DR copy shares the link with the redo shipping (D7)
            rtt *= 1 + 2.5 * ramp(ts, D7["start"] - timedelta(minutes=20), D7["end"], rise=20)
            loss += 0.6 * ramp(ts, D7["start"] - timedelta(minutes=20), D7["end"], rise=20)
        if ci["status"] == "maintenance":
            cpu = 1.5 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "response_time_ms": round(rtt, 2),
               "error_rate": round(loss, 2)}  # fmt: skip
        if cap:  # electrical output follows the KPX dispatch (day) and the heat demand (night)
            h, heat = seoul_hour(ts), _heat(ts)
            day = 1.0 if 8 <= h < 22 else 0.0
            out = cap * (0.42 + 0.33 * day + 0.25 * heat) * (1 + rng.gauss(0, 0.01))
            row["load_mw"] = round(min(out, cap), 1)
        if name == "bd-chp-bms":  # supply water temperature by the outdoor reset curve
            row["supply_temp_c"] = round(92.0 + 1.3 * max(0.0, 5 - _temp(ts)) + rng.gauss(0, 0.3), 1)
        if name == "pg-tes-plc":
            row["tank_level_pct"] = round(max(2.0, min(_tank_level(ts) + rng.gauss(0, 0.4), 99.0)), 1)
        rows += samples(ts, name, **row)
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"san-cc-01": (71, 72), "pure-dr-01": (58, 59), "nas-cc-01": (46, 48)}.get(name, (30, 45))
    per_day = 0.3 if name == "stdhtlakeprd01" else 0.05
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.25, 0.6) if name in ("san-cc-01", "pure-dr-01") else rng.uniform(1.8, 4.2)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "pure-dr-01" and 5.5 <= seoul_hour(ts) < 6.5:  # the nightly DR copy lands
            lat *= 1.5
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "bd-dcsgw": 42.0, "il-dcsgw": 47.0, "pg-plcgw": 36.0, "fep-bd": 410.0, "fep-il": 385.0, "fep-pg": 350.0,
    "scada-master": 58.0, "scada-pi-if": 24.0, "hmi-web": 180.0, "alarm-mgr": 65.0, "scada-standby": 90.0,
    "ldms-collector": 18.0, "ldms-core": 140.0, "pipenet-gis": 320.0, "hydraulic-sim": 520.0,
    "ami-headend": 33.0, "mdms-vee": 110.0, "bill-engine": 260.0, "JOB_BILL_NIGHT": 610.0, "JOB_FI_POST": 540.0,
    "JOB_METER_CLOSE": 580.0, "epay-gw": 240.0, "cx-portal": 310.0, "cc-crm": 190.0, "cc-cti": 45.0,
    "ars-ivr": 120.0, "notify-sender": 75.0, "heatcast-api": 150.0, "kma-weather-if": 380.0,
    "heatcast-train": 640.0, "adf-lake-ingest": 470.0, "unit-sched": 560.0, "kpx-bid": 230.0, "lng-nom": 270.0,
    "eam-wo": 340.0, "mobile-wo": 280.0, "erp-s4": 410.0, "prom-cc": 60.0,
    "ora-cis": 3.6, "ora-mdms": 4.2, "ora-eam": 4.8, "mssql-trade": 2.7, "hana-erp": 1.9, "hist-pi": 6.5,
    "hist-pi-dr": 7.1, "influx-pipenet": 8.8, "pg-gis": 5.4, "mariadb-cx": 2.1, "psql-heatcast": 3.9,
    "redis-scada": 0.3, "redis-cx": 0.45, "kafka-ami": 4.6, "rmq-notify": 2.6, "mqtt-ldms": 3.1,
    "evh-dht-telemetry": 11.0,
    "lb-cx-web": 1.2, "lb-int-ap": 0.9, "lb-hmi": 0.7, "agw-heatcast": 2.6,
}  # fmt: skip
REQUEST_RATE = {
    "bd-dcsgw": 3800.0, "il-dcsgw": 2900.0, "pg-plcgw": 620.0, "fep-bd": 410.0, "fep-il": 356.0, "fep-pg": 376.0,
    "scada-master": 7400.0, "scada-pi-if": 5200.0, "hmi-web": 210.0, "alarm-mgr": 95.0, "ldms-collector": 1020.0,
    "ldms-core": 140.0, "ami-headend": 3100.0, "mdms-vee": 2600.0, "bill-engine": 520.0, "epay-gw": 160.0,
    "cx-portal": 380.0, "cc-crm": 240.0, "cc-cti": 60.0, "ars-ivr": 85.0, "notify-sender": 130.0,
    "heatcast-api": 120.0, "kpx-bid": 45.0, "unit-sched": 30.0, "lng-nom": 25.0, "eam-wo": 170.0,
    "mobile-wo": 90.0, "erp-s4": 260.0,
    "ora-cis": 8900.0, "ora-mdms": 11200.0, "mssql-trade": 1400.0, "hist-pi": 18500.0, "influx-pipenet": 6400.0,
    "psql-heatcast": 2300.0, "mariadb-cx": 1900.0, "redis-scada": 42000.0, "redis-cx": 6800.0,
    "kafka-ami": 9600.0, "rmq-notify": 480.0, "mqtt-ldms": 1100.0, "evh-dht-telemetry": 5200.0,
    "lb-cx-web": 1500.0, "lb-int-ap": 2100.0, "agw-heatcast": 140.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-scada": (61.0, 8.0), "redis-cx": (43.0, 9.0), "kafka-ami": (55.0, 6.0), "rmq-notify": (28.0, 7.0),
    "mqtt-ldms": (34.0, 5.0),
}  # fmt: skip
CPU_DB = {
    "ora-cis": (24.0, 30.0),
    "psql-heatcast": (16.0, 28.0),
    "hist-pi": (20.0, 22.0),
    "hana-erp": (18.0, 26.0),
}
BATCH_HOURS = {"JOB_BILL_NIGHT": (1.0, 2.8), "JOB_FI_POST": (3.5, 4.2), "heatcast-train": (0.5, 2.5)}


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
            if inc is D4 and name in ("kafka-ami", "ami-headend"):
                req *= 1 - 0.5 * r  # produces time out
            if inc is D7 and name == "cc-crm":
                req *= 1 - 0.35 * r
            if inc is D2 and name == "scada-master":
                req *= 1 + 0.6 * r  # re-reads of evicted tags
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
            if name == "redis-scada":  # 12 000 tags added at 14:30, maxmemory reached in the evening peak
                mem += 12 * ramp(ts, kst(11, 14, 30), D2["end"], rise=60, fall=10)
                mem += (99.6 + rng.gauss(0, 0.15) - mem) * ramp(ts, D2["start"], D2["end"], rise=5, fall=10)
            if name == "kafka-ami":  # page cache pressure while replicas re-fetch
                mem += 18 * ramp(ts, D4["start"], D4["end"], rise=10, fall=15)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "psql-heatcast":  # I/O wait under throttling
                cpu += (96.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, D5["start"], D5["end"], rise=5, fall=10)
            if name == "hist-pi":
                cpu += 24 * ramp(ts, D6["start"], D6["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """KPX bids, LNG nominations, nightly billing, ERP posting, forecasts, model training, the portal cert."""
    rows = []
    for d in range(9, 20):
        wd = datetime(2028, 1, d).weekday()
        rows.append((d, 9, 30, "kpx-bid", "info", "batch_job", "하루전 발전계획 입찰 작성 시작 (D+1 24구간)"))
        if d != 10:
            rows.append((d, 9, 47, "kpx-bid", "info", "batch_job", "KPX 입찰 제출 완료 (CBP, 2개 호기)"))
        rows.append(
            (d, 14, 0, "lng-nom", "info", "batch_job", "익일 LNG 수급계획 nomination 제출 (한국가스공사)")
        )
        if d != 13:
            rows.append((d, 1, 0, "JOB_BILL_NIGHT", "info", "batch_job", "야간 요금계산 시작 (BILL_NIGHT)"))
            rows.append((d, 2, 44, "JOB_BILL_NIGHT", "info", "batch_job", "야간 요금계산 완료"))
        if wd < 5:
            rows.append(
                (
                    d,
                    3,
                    30,
                    "JOB_FI_POST",
                    "info",
                    "batch_job",
                    "요금 매출 FI 전기 (RFC BAPI_ACC_DOCUMENT_POST)",
                )
            )
        rows.append((d, 5, 30, "heatcast-api", "info", "batch_job", "열수요 예측 갱신 (D+1~D+3, 05시 기준)"))
        rows.append((d, 16, 30, "heatcast-api", "info", "batch_job", "열수요 예측 갱신 (D+1~D+3, 16시 기준)"))
        rows.append((d, 0, 30, "heatcast-train", "info", "batch_job", "예측 모델 야간 재학습 시작"))
        if d >= 18:
            rows.append((d, 20, 0, "hist-pi", "info", "backup", "PI 아카이브 백업 시작 (piartool -backup)"))
        elif d != 17:
            rows.append((d, 2, 0, "hist-pi", "info", "backup", "PI 아카이브 백업 시작 (piartool -backup)"))
        left = (datetime(2028, 1, 26) - datetime(2028, 1, d)).days
        rows.append(
            (d, 9, 0, "lb-cx-web", "warning", "cert_expiry",
             f"SSL certificate my.hannuri-heat.co.kr expires in {left} days (2028-01-26), manual renewal (DigiCert)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (9, 11, 0, "cc-r05u18", "info", "config_change", "백업 에이전트 업그레이드 (Commvault 11.32 → 11.34), 재부팅"),
    (9, 14, 0, "hv-cc-stg01", "info", "maintenance", "Hyper-V 스테이징 클러스터 패치, VM 재기동"),
    (10, 9, 5, "kpx-bid", "info", "deployment", "kpx-bid 3.4.0 배포 (입찰 구간 검증 로직 변경)"),
    (10, 13, 0, "bill-engine-stg", "info", "deployment", "bill-engine-stg 8.4.0-rc1 배포"),
    (11, 10, 30, "cc-r03u18", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/influxdb"),
    (11, 14, 30, "scada-master", "info", "config_change", "분당 CHP 1호기 HRSG 태그 12,000개 추가 (redis-scada 적재)"),
    (12, 0, 30, "JOB_METER_CLOSE", "info", "batch_job", "1월 정기검침 확정 시작 (검침일 12일)"),
    (12, 4, 10, "JOB_METER_CLOSE", "info", "batch_job", "1월 정기검침 확정 완료 (184,220 계량기, 추정 1.8%)"),
    (12, 10, 0, "il-hob-plc", "info", "maintenance", "일산 PLB 3호기 계획정비 착수 (버너 교체, ~1/21)"),
    (12, 18, 0, "mdms-vee", "info", "deployment", "mdms-vee 4.1.0 배포 (추정 로직 개선)"),
    (13, 15, 0, "cx-portal-stg", "info", "maintenance", "포털 스테이징 점검 (전자고지 모듈 교체)"),
    (14, 16, 0, "kma-weather-if", "warning", "weather", "기상청 한파주의보 발효 (성남, 고양) 15일 06시부터"),
    (14, 17, 0, "kafka-ami", "info", "config_change", "num.replica.fetchers 4 → 1 (브로커 CPU 절감 목적)"),
    (15, 9, 0, "kma-weather-if", "warning", "weather", "한파경보로 격상 (성남, 고양), 최저 -17℃ 예보"),
    (15, 10, 0, "notify-sender", "info", "batch_job", "한파 대비 동파 예방 알림톡 발송 (12.4만 세대)"),
    (16, 13, 50, "heatcast-api", "info", "deployment", "heatcast-api 2.7.1 배포 (한파 보정 피처 추가)"),
    (16, 14, 0, "heatcast-api", "info", "batch_job", "한파 대응 예측 재실행 (D+1~D+7, 전 지역)"),
    (17, 10, 0, "cc-r03u18", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/influxdb"),
    (17, 15, 0, "hist-pi", "info", "config_change", "PI 백업 스케줄 변경 02:00 → 20:00 (야간 요금배치 I/O 충돌 회피)"),
    (18, 11, 0, "eam-wo", "info", "deployment", "eam-wo 8.11.4 fix pack 적용"),
    (18, 17, 30, "ora-cis", "info", "config_change", "Data Guard 보호 모드 변경 MaxPerformance(ASYNC) → MaxAvailability(SYNC)"),
    (18, 20, 10, "hydraulic-sim", "info", "deployment", "hydraulic-sim 7.3.2 배포 (판교 축열조 모델 갱신)"),
    (19, 5, 40, "pure-dr-01", "info", "backup", "야간 DR 복제 지연 (예정 04:00 → 07:30 종료 예상)"),
    (19, 6, 30, "cc-crm", "info", "deployment", "cc-crm 6.2.0 배포 (한파 민원 유형 추가)"),
    # D1 (Monday, before the 10:00 KPX deadline)
    (10, 8, 50, "mssql-trade", "warning", "backup", "log backup job TRADE_LOG_15M failed (agent not responding)"),
    (10, 9, 21, "mssql-trade", "critical", "transaction_log", "Error 9002: The transaction log for database 'TRADE' is full due to 'LOG_BACKUP'"),
    (10, 9, 24, "cc-r05u18", "warning", "disk", "L:\\ (SQL log) 96% used"),
    (10, 9, 26, "kpx-bid", "critical", "error", "입찰 데이터 저장 실패 31% (9002), 제출 지연"),
    (10, 9, 30, "unit-sched", "major", "error", "운전계획 저장 실패 (DB write error)"),
    (10, 9, 38, "lng-nom", "warning", "error", "nomination 초안 저장 지연"),
    (10, 9, 58, "kpx-bid", "major", "batch_job", "KPX 입찰 마감 임박: 제출 미완료 (수동 제출 요청)"),
    (10, 10, 6, "mssql-trade", "info", "config_change", "수동 로그 백업 + 로그 파일 64GB 증설, 에이전트 재시작"),
    (10, 10, 12, "kpx-bid", "info", "batch_job", "KPX 입찰 제출 완료 (시장운영팀 승인 하 지연 제출)"),
    # D2 (last Tuesday evening peak)
    (11, 18, 41, "redis-scada", "warning", "memory", "used_memory 31.8GB / maxmemory 32GB, evicted_keys rising"),
    (11, 18, 44, "redis-scada", "critical", "eviction", "allkeys-lru evicting live tags: 48,200 evictions/min"),
    (11, 18, 47, "scada-master", "critical", "error", "tag cache miss 26%, DCS 재조회 폭증, 화면 갱신 지연"),
    (11, 18, 52, "hmi-web", "major", "error", "상황판 값 갱신 지연 (stale > 30s)"),
    (11, 18, 55, "alarm-mgr", "warning", "error", "통신두절 알람 대량 발생 (오경보 의심)"),
    (11, 19, 25, "redis-scada", "info", "config_change", "maxmemory 32GB → 48GB"),
    (11, 19, 40, "scada-master", "info", "recovery", "태그 갱신 정상"),
    # D3 (last Thursday, night billing)
    (13, 1, 0, "JOB_BILL_NIGHT", "info", "batch_job", "야간 요금계산 시작 (BILL_NIGHT)"),
    (13, 1, 31, "cc-r05u14", "critical", "storage_path", "multipath: sdc path failed (HBA port 1 link down), I/O queued"),
    (13, 1, 34, "cc-r05u14", "warning", "performance", "iowait 58%, await 2400ms on /dev/mapper/mdmp_data"),
    (13, 1, 38, "ora-mdms", "critical", "performance", "db file sequential read 평균 310ms, 세션 적체"),
    (13, 1, 44, "mdms-vee", "critical", "error", "VEE 처리 타임아웃 33%, 검침 추정 지연"),
    (13, 1, 52, "bill-engine", "major", "error", "검침값 조회 지연으로 야간 요금계산 지연"),
    (13, 2, 20, "cc-r05u14", "info", "config_change", "HBA port 1 disable, 경로 port 2로 고정 (SFP 교체 예정)"),
    (13, 3, 35, "JOB_BILL_NIGHT", "info", "batch_job", "야간 요금계산 완료 (51분 지연)"),
    # D4 (Saturday, first cold-wave morning)
    (15, 6, 31, "kafka-ami", "warning", "replication", "UnderReplicatedPartitions 41, ISR shrinking (meter.reads.v3)"),
    (15, 6, 34, "kafka-ami", "critical", "replication", "NotEnoughReplicasException: ISR 1 < min.insync.replicas 2"),
    (15, 6, 37, "ami-headend", "critical", "error", "검침 메시지 전송 실패 29% (produce timeout), 로컬 버퍼 적재"),
    (15, 6, 42, "mdms-vee", "major", "error", "consumer lag 1.9M, 시간별 검침 반영 지연"),
    (15, 6, 50, "cx-portal", "warning", "error", "오늘 사용량 조회 실패 증가"),
    (15, 7, 15, "kafka-ami", "info", "config_change", "num.replica.fetchers 1 → 4 원복 (rolling restart)"),
    (15, 7, 35, "ami-headend", "info", "recovery", "버퍼 재전송 완료, 검침 수집 정상"),
    # D5 (Sunday afternoon re-forecast)
    (16, 14, 11, "psql-heatcast", "warning", "performance", "autovacuum: VACUUM public.forecast_hourly (wraparound protection)"),
    (16, 14, 14, "psql-heatcast", "critical", "storage", "IOPS limit reached (5000/5000), storage throttling, disk queue depth 64"),
    (16, 14, 18, "heatcast-api", "critical", "error", "예측 조회 타임아웃 35% (DB statement timeout)"),
    (16, 14, 22, "kma-weather-if", "major", "error", "단기예보 적재 실패 (insert timeout)"),
    (16, 14, 30, "unit-sched", "warning", "error", "수요예측 미갱신, 직전 예측으로 운전계획 산정"),
    (16, 14, 55, "psql-heatcast", "info", "config_change", "autovacuum 세션 취소, IOPS 5000 → 7500 상향"),
    (16, 15, 12, "heatcast-api", "info", "recovery", "예측 API 정상"),
    # D6 (yesterday evening heat peak)
    (18, 20, 31, "hist-pi", "warning", "archive", "Archive shift started: primary archive 98% full"),
    (18, 20, 34, "hist-pi", "critical", "archive", "Archive shift failed: cannot create archive file (locked by backup), event queue filling"),
    (18, 20, 38, "scada-pi-if", "critical", "error", "PI 적재 실패 28%, buffer queue 증가"),
    (18, 20, 43, "hmi-web", "major", "error", "트렌드 조회 타임아웃"),
    (18, 20, 49, "hydraulic-sim", "warning", "error", "PI 실측값 조회 지연, 해석 주기 누락"),
    (18, 21, 15, "hist-pi", "info", "config_change", "PI 백업 중지, 아카이브 수동 생성 (256GB)"),
    (18, 21, 35, "scada-pi-if", "info", "recovery", "버퍼 플러시 완료, 적재 정상"),
    # D7 (this morning, ongoing)
    (19, 7, 6, "ora-cis", "warning", "performance", "log file sync avg 420ms (top wait event), redo transport SYNC to CISP_DR"),
    (19, 7, 9, "ora-cis", "critical", "performance", "commit latency 1.6s, LGWR waiting for standby ACK (NET_TIMEOUT 30)"),
    (19, 7, 10, "wan-dr", "warning", "bandwidth", "link utilisation 94% (DR 복제 트래픽)"),
    (19, 7, 13, "cc-crm", "critical", "error", "상담 화면 저장 지연, 민원 접수 실패 32%"),
    (19, 7, 18, "epay-gw", "major", "error", "납부 승인 응답 지연, 타임아웃 증가"),
    (19, 7, 26, "cx-portal", "warning", "error", "요금 조회/이사정산 신청 응답 지연"),
    (19, 7, 31, "cc-cti", "warning", "queue", "대기 호 182건 (난방 불량 문의 급증)"),
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
    generate(NAME, "district-heat", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
