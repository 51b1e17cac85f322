"""Generate the MVNO estate (tests/fixtures/mvno-telecom/, interchange format) and its faults.

A Korean MVNO (알뜰폰 통신사 새봄모바일 — 1.2 M subscribers on the host network of KT): its own BSS — the direct
online shop 다이렉트몰 on Naver Cloud (`dm-web-bff`, online sign-up `dm-signup-api` with the ID check `dm-ekyc`,
the self-care `dm-selfcare-api`, the eSIM self-activation `dm-esim-portal`) on NCP Cloud DB for MySQL `cdb-signup`
and Redis `redis-dm`; the identity-verification hub `bonin-hub` (본인인증: PASS, cards, certificates, SMS OTP);
the BSS suite NOVA (`NOVA_ORD` orders/activation, `NOVA_CRM` subscribers, `NOVA_PROV` provisioning towards the
host's HLR/HSS, `NOVA_RATE` rating, `NOVA_BILL` monthly billing) on the Tibero TAC `TBR_NOVA` (TSC standby
`TBR_NOVA_DR` in 대구) and the Oracle rating DB `ORA_RATE`; number porting (번호이동) `MNP_KAIT_IF` towards the KAIT
clearing house over the leased line `ll-kait-01`; the eSIM provisioning `esim-prov` (SM-DP+ ES2+, signing on the
HSM pair `hsm-esim-01`/`hsm-esim-02`); the provisioning broker `artemis-prov`; online charging `OCS_CORE` on the
in-memory Altibase `ALTI_OCS`; CDR mediation `cdr-mediation` and the Kafka CDR pipeline `KAFKA_CDR`; payments
`pay-gw` and bill delivery `bill-notice`; the light core (HSS/UDM proxy `SAM-HSSP-01` with DR `DGU-HSSP-02`,
PCRF/PCF `SAM-PCRF-01`, SMS centre `SAM-SMSC-01` on MariaDB `mariadb-smsc`, MMS centre `SAM-MMSC-01`) reaching
the host operator through the interconnect router `rt-ic-sa1` and leased lines to KT 혜화; the contact centre in
천안 (`cc-genesys`, `cc-ivr`, `cc-callrec`, the chat bot `cc-chatbot`); partner retail shops (`dealer-portal`, the
shop tablets `shop-tablets`); USIM logistics in 김포 (`usim-wms` on CUBRID `cubrid-usim`); Control-M batch jobs
(`BL_MCLOSE_M01` monthly bill close, `RT_CDR_LOAD_H`, `MNP_RECON_D01`, `USIM_STOCK_D01`, `DL_COMM_M05`); BI on
Greenplum `dw-gp`. Sites 상암IDC (primary), 대구DR센터, 구로본사 (HQ), 천안컨택센터, 김포물류센터, KT혜화국사
(interconnect colocation), 전국판매점 (the shop tablets) and NCP 한국리전; environments prd, stg, dev (the CMDB's
spelling); owners are teams with Korean and English names.

Naming (unlike the earlier estates): the BSS product's module names in upper snake case (`NOVA_ORD`, `NOVA_PROV`,
`MNP_KAIT_IF`, `OCS_CORE`), DBA-style upper-case database names (`TBR_NOVA`, `ORA_RATE`, `ALTI_OCS`), Control-M
job ids as batch-job names (`BL_MCLOSE_M01`, `RT_CDR_LOAD_H`), core network functions by site code and function
(`SAM-PCRF-01`, `SAM-SMSC-01`, `DGU-HSSP-02`) on core nodes `SAMCN01`/`SAMCN02`/`DGUCN01`, physical servers with
star pet names (`sirius`, `vega`, `altair`, `castor`, `pollux`, `rigel`, `antares`, DR `dg-sirius`), VMs by role
and site (`ordap-sa-1`, `provap-sa-2`, `batch-sa-1`), the contact centre's hosts `chn-*`, NCP-generated names (NKS
workers `nks-dm-w-7f3k2`, `svr-ekyc-gpu01`), kebab-case digital services (`dm-*`) with romanised Korean where the
business says it so (`bonin-hub` 본인인증), leased lines `ll-*` and routers/switches/firewalls by role and site.

Seven injected incidents (times KST; now = Monday 2029-03-12 10:40, 40 minutes after the KAIT porting window
opened on the weekend's backlog; the window is the 10 days before; subscriber traffic with a morning rise, lunch
and the 21–23 h evening peak, the porting window Mon–Sat 10:00–20:00 with its rush before the 20:00 close and the
Monday opening backlog, the direct shop at lunch and at night, the contact centre on weekdays 09–18 and Saturday
morning, partner shops 10–21 h, the February bill close Friday night, the Galaxy S29 pre-activation from Thursday
8 10:00):
  N1 Fri 02 19:35–20:30  (the Friday porting rush before 20:00) TBR_NOVA's archive destination fills (the archive
                         backup moved from 18:00 to 22:00 that morning) and every commit waits on the archiver:
                         NOVA_ORD (loudest, deployed at 19:10), MNP_KAIT_IF, dm-signup-api
  N2 Sat 03 21:10–22:05  (weekend evening data peak, the spring data-coupon promotion from 18:00) ALTI_OCS reaches
                         MEM_MAX_DB_SIZE and balance updates fail: OCS_CORE (loudest, deployed at 20:40),
                         SAM-PCRF-01, dm-selfcare-api
  N3 Mon 05 14:20–15:15  KAFKA_CDR's broker on rigel fills its log disk (retention raised to 72 h on Sunday) and
                         the CDR topics go offline: cdr-mediation (loudest), NOVA_RATE (deployed at 13:55),
                         dm-selfcare-api
  N4 Wed 07 08:05–09:00  (morning commute, OTP peak) the interconnect router rt-ic-sa1 flaps BFD sessions
                         (timers tightened on Tuesday night) and its control plane saturates: SAM-SMSC-01
                         (loudest), SAM-HSSP-01, bonin-hub (deployed at 07:40)
  N5 Thu 08 10:20–11:15  (Galaxy S29 pre-activation) cdb-signup fails over to its standby and the app pools keep
                         the old, now read-only master: dm-signup-api (loudest, deployed at 09:50),
                         dm-esim-portal, dm-web-bff
  N6 Sat 10 15:30–16:25  (weekend eSIM activations) with hsm-esim-02 out for a firmware upgrade, hsm-esim-01
                         saturates its signing capacity: esim-prov (loudest, deployed at 15:05), dm-esim-portal,
                         NOVA_ORD
  N7 Mon 12 09:55–now    (the Monday porting backlog released at 10:00) artemis-prov's provisioning address hits
                         its max size and blocks producers (address-full-policy BLOCK since Sunday night):
                         NOVA_PROV (loudest), esim-prov, MNP_KAIT_IF (deployed at 09:30) (ongoing)
Confounders: the evening data peak, the porting opening/closing rushes, the February bill close
(`BL_MCLOSE_M01`, Friday 23:00 to Saturday morning on ORA_RATE), the hourly CDR loads, the Monday 01:00 dealer
commission run, the Galaxy pre-activation surge, deploys on victims before every incident, shared hosts (`spica`
for both Redis caches, `SAMCN01`/`SAMCN02` for the core functions, `provap-sa-1` for provisioning and porting),
`hsm-esim-02` and `NOVA_ORD_STG` in maintenance, the retired `ars_vxml_old`, the Splunk indexer `antares`'s disk
creeping up and the external ADC `adc-sa-ext`'s certificate for dealer.saebom.kr expiring on 2029-03-19 (warned
daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/mvn_golden.py) are computed from the files.

    .venv/bin/python bench/mvn_estate.py   # rewrites tests/fixtures/mvno-telecom*
"""

from __future__ import annotations

import gzip
import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import FIXTURES, incident_hops, ramp
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

NAME = "mvno-telecom"
NOW = datetime(2029, 3, 12, 1, 40, tzinfo=UTC)  # Monday 2029-03-12 10:40 KST
START = NOW - timedelta(days=10)  # Friday 2029-03-02 10:40 KST
SEED = 20290312
SITES = {
    "S": "상암IDC",
    "D": "대구DR센터",
    "G": "구로본사",
    "C": "천안컨택센터",
    "K": "김포물류센터",
    "H": "KT혜화국사",
    "R": "전국판매점",
    "N": "NCP 한국리전",
}
ENVS = {"P": "prd", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2029-03")

BSS, BILL, CORE, DIG = "BSS개발팀", "과금정산팀", "코어망운영팀", "direct-squad"
ESIM, MNP, CC, LOGI = "esim-squad", "번호이동파트", "고객센터IT파트", "USIM물류파트"
DBA, INFRA, NET, CLOUD = "DB운영팀", "인프라운영팀", "네트워크운영팀", "cloud-ops"
DATA, CHAN, SEC = "data-platform", "channel-sales", "정보보호팀"

NK1, NK2, NK3 = "nks-dm-w-7f3k2", "nks-dm-w-9q8rt", "nks-dm-w-2bx5m"
NKS_STG = "nks-dmstg-w-4hn1c"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- 다이렉트몰 (NCP)
    "dm-web-bff": ("service", DIG, "N", "P", [NK1, NK2], ["dm-signup-api", "dm-selfcare-api", "redis-dm"],
                   {"desc": "다이렉트몰 웹/앱 BFF", "product": "Node.js 20 (NestJS, NKS)", "version": "6.3.1",
                    "pods": 10, "mau": 640000, "endpoint": "www.saebom.kr"}),
    "dm-signup-api": ("service", DIG, "N", "P", [NK1], ["cdb-signup", "bonin-hub", "dm-ekyc", "NOVA_ORD"],
                      {"desc": "온라인 가입 (신규/번호이동/기기변경, 유심·eSIM 선택)", "product": "Spring Boot 3.3 (NKS)",
                       "version": "4.12.0", "pods": 8, "daily_signups_avg": 2100}),
    "dm-ekyc": ("service", DIG, "N", "P", ["svr-ekyc-gpu01"], ["objstg-ekyc"],
                {"desc": "신분증 진위확인·안면인증 (OCR, 행안부/경찰청 진위확인 연동)",
                 "product": "Python 3.11 (PaddleOCR, FastAPI)", "version": "2.5.4", "id_types": "주민등록증, 운전면허증, 외국인등록증"}),
    "dm-selfcare-api": ("service", DIG, "N", "P", [NK2, NK3], ["NOVA_CRM", "NOVA_RATE", "OCS_CORE", "redis-dm"],
                        {"desc": "마이페이지 (요금·데이터 사용량 조회, 요금제 변경, 부가서비스)", "version": "3.8.2",
                         "product": "Spring Boot 3.3 (NKS)", "pods": 6}),
    "dm-esim-portal": ("service", ESIM, "N", "P", [NK3], ["esim-prov", "cdb-signup"],
                       {"desc": "eSIM 셀프 개통 (EID 등록, QR/앱 프로파일 다운로드)", "version": "1.14.0",
                        "product": "Next.js 14 + Spring Boot (NKS)", "supported_devices": 214}),
    "bonin-hub": ("service", DIG, "S", "P", ["authap-sa-1"], ["SAM-SMSC-01", "redis-auth"],
                  {"desc": "본인인증 허브 (PASS, 신용카드, 공동·금융인증서, SMS OTP)", "version": "3.2.0",
                   "product": "자체개발 (Java 17, Spring Boot)", "providers": "PASS, NICE, KCB, 토스인증",
                   "otp_ttl_s": 180, "port": 8443}),
    # ---------------------------------------------------------------- BSS NOVA (상암)
    "NOVA_ORD": ("service", BSS, "S", "P", ["ordap-sa-1", "ordap-sa-2"],
                 ["TBR_NOVA", "artemis-prov", "esim-prov", "redis-crm"],
                 {"desc": "주문/개통 관리 (신규, 번호이동, 기기변경, 명의변경)", "product": "NOVA BSS 5 (Java 17, JEUS 9)",
                  "version": "5.21.3", "instances": 4, "port": 8080}),
    "NOVA_CRM": ("service", BSS, "S", "P", ["ordap-sa-1", "ordap-sa-2"], ["TBR_NOVA", "redis-crm"],
                 {"desc": "가입자/고객 관리 (청약, 요금제, 부가서비스, 명의)", "product": "NOVA BSS 5 (Java 17, JEUS 9)",
                  "version": "5.21.3", "subscribers": 1203400, "instances": 4}),
    "NOVA_PROV": ("service", BSS, "S", "P", ["provap-sa-1"], ["artemis-prov", "SAM-HSSP-01", "SAM-PCRF-01", "TBR_NOVA"],
                  {"desc": "개통 프로비저닝 (호스트망 HLR/HSS 가입자 생성, PCRF 정책, SMSC 등록)", "version": "5.19.0",
                   "product": "NOVA BSS 5 (Java 17)", "orders_per_day_avg": 5200, "host_api": "KT MVNO OpenAPI v3"}),
    "MNP_KAIT_IF": ("service", MNP, "S", "P", ["provap-sa-1"], ["TBR_NOVA", "artemis-prov", "ll-kait-01"],
                    {"desc": "번호이동 중계 (KAIT 번호이동관리센터 사전동의·이동 처리)", "version": "2.9.4",
                     "product": "자체개발 (Java 11)", "kait_window": "월~토 10:00-20:00", "daily_ports_avg": 1850,
                     "protocol": "KAIT MNP 전문 v4.2 (TCP/TLS)"}),
    "esim-prov": ("service", ESIM, "S", "P", ["provap-sa-2"], ["hsm-esim-01", "hsm-esim-02", "artemis-prov"],
                  {"desc": "eSIM 프로파일 프로비저닝 (SM-DP+ ES2+ 연동, 활성화 코드 발급)", "version": "2.3.1",
                   "product": "자체개발 (Kotlin)", "smdp_partner": "Thales SM-DP+ (KR POP)",
                   "profiles_issued_total": 214800}),
    "OCS_CORE": ("service", BILL, "S", "P", ["ocsap-sa-1"], ["ALTI_OCS"],
                 {"desc": "실시간 과금 OCS (선불, 데이터 쿠폰, 한도 차감, Gy/Sy)", "version": "7.4.2",
                  "product": "자체개발 (C++, Diameter)", "tps_limit": 6000, "prepaid_subs": 184000}),
    "NOVA_RATE": ("service", BILL, "S", "P", ["rateap-sa-1"], ["KAFKA_CDR", "ORA_RATE"],
                  {"desc": "후불 요율/과금 (CDR rating)", "version": "4.6.0", "product": "NOVA BSS 5 Rating (Java 17)",
                   "cdr_per_day": 41000000}),
    "cdr-mediation": ("service", BILL, "S", "P", ["rateap-sa-1"], ["KAFKA_CDR", "nas-cdr-sa"],
                      {"desc": "CDR 미디에이션 (호스트망 CDR 파일 수신, 정제, 중복 제거)", "version": "3.0.7",
                       "product": "자체개발 (Go 1.22)", "source": "KT CDR 수신서버 (5분 주기 SFTP)"}),
    "NOVA_BILL": ("service", BILL, "S", "P", ["billap-sa-1"], ["ORA_RATE", "TBR_NOVA"],
                  {"desc": "청구 (월 정기청구, 일할계산, 결합·약정 할인)", "version": "4.6.0",
                   "product": "NOVA BSS 5 Billing (Java 17)", "bill_cycle": "매월 1일 (말일 마감)"}),
    "pay-gw": ("service", BILL, "S", "P", ["billap-sa-1"], ["TBR_NOVA"],
               {"desc": "요금 수납 (카드·계좌 자동이체, 가상계좌, 간편결제)", "version": "2.11.5",
                "pg": "KG이니시스, 토스페이먼츠", "port": 8443, "product": "자체개발 (Java 17)"}),
    "bill-notice": ("service", BILL, "S", "P", ["billap-sa-1"], ["NOVA_BILL", "SAM-MMSC-01"],
                    {"desc": "청구서 발송 (카카오 알림톡, 이메일, MMS)", "version": "1.9.0",
                     "channels": "카카오 알림톡, 이메일, MMS", "product": "자체개발 (Python 3.12)"}),
    # ---------------------------------------------------------------- light core
    "SAM-HSSP-01": ("service", CORE, "S", "P", ["SAMCN01"], ["rt-ic-sa1"],
                    {"desc": "HSS/UDM 프록시 (호스트망 HSS Diameter S6a/N8 중계, 가입자 프로파일 캐시)",
                     "product": "freeDiameter 1.5 기반 자체 프록시", "version": "2.7.1", "port": 3868, "peers": 4}),
    "DGU-HSSP-02": ("service", CORE, "D", "P", ["DGUCN01"], ["rt-ic-dg1"],
                    {"desc": "HSS/UDM 프록시 (DR, 대기)", "product": "freeDiameter 1.5 기반 자체 프록시",
                     "version": "2.7.1", "role": "standby", "port": 3868}),
    "SAM-PCRF-01": ("service", CORE, "S", "P", ["SAMCN01"], ["OCS_CORE", "rt-ic-sa1"],
                    {"desc": "PCRF/PCF (QoS 정책, 데이터 소진 후 속도제어)", "product": "Oracle Communications Policy Management 12.6",
                     "version": "12.6.1", "gx_peers": 6, "port": 3868}),
    "SAM-SMSC-01": ("service", CORE, "S", "P", ["SAMCN02"], ["rt-ic-sa1", "mariadb-smsc"],
                    {"desc": "SMS 센터 (SMPP/SIGTRAN, 인증번호·알림 SMS)", "product": "자체 SMSC 코어 + Kannel 1.5",
                     "version": "4.1.8", "tps_limit": 1200, "smpp_port": 2775}),
    "SAM-MMSC-01": ("service", CORE, "S", "P", ["SAMCN02"], ["rt-ic-sa1", "nas-mms-sa"],
                    {"desc": "MMS 센터 (MM1/MM4/MM7)", "product": "자체 MMSC", "version": "3.3.0", "mm7_port": 8088}),
    # ---------------------------------------------------------------- contact centre (천안)
    "cc-genesys": ("service", CC, "C", "P", ["chn-gnsys01"], ["cc-ivr", "NOVA_CRM"],
                   {"desc": "상담 콜 라우팅/CTI", "product": "Genesys Engage 8.5", "version": "8.5.118", "seats": 320}),
    "cc-ivr": ("service", CC, "C", "P", ["chn-ivr01"], ["NOVA_CRM", "NOVA_BILL"],
               {"desc": "ARS/IVR (요금 조회, 분실·정지, 번호이동 안내)", "product": "Genesys Voice Platform 8.5",
                "version": "8.5.240", "ports": 240}),
    "cc-callrec": ("service", CC, "C", "P", ["chn-rec01"], ["nas-callrec-ca"],
                   {"desc": "통화 녹취 (3년 보관)", "product": "브리지텍 IPRON-REC 5", "version": "5.2.3",
                    "retention_years": 3}),
    "cc-chatbot": ("service", CC, "N", "P", [NK3], ["dm-selfcare-api"],
                   {"desc": "상담톡 챗봇 (카카오톡 채널)", "version": "2.2.0", "product": "Python 3.12 (NKS)"}),
    # ---------------------------------------------------------------- partner retail, USIM logistics, BI, ops
    "dealer-portal": ("service", CHAN, "S", "P", ["dealer-sa-1"], ["NOVA_ORD", "bonin-hub", "TBR_NOVA"],
                      {"desc": "판매점/대리점 포털 (개통 접수, 단말 재고, 수수료 조회)", "version": "3.4.7",
                       "dealers": 1280, "endpoint": "dealer.saebom.kr", "product": "자체개발 (Java 17, Vue 3)"}),
    "shop-tablets": ("device_group", CHAN, "R", "P", [], ["dealer-portal"],
                     {"desc": "판매점 개통 태블릿", "model": "Galaxy Tab Active5", "app": "saebom-agent 3.4",
                      "count": 1640}),
    "usim-wms": ("service", LOGI, "K", "P", ["wms-kp-1"], ["cubrid-usim"],
                 {"desc": "USIM 카드 재고·출고 (택배 발송, 판매점 보충)", "version": "1.8.3", "skus": 14,
                  "daily_shipments_avg": 2300, "courier": "CJ대한통운"}),
    "pbirs-gr": ("service", DATA, "G", "P", ["gr-pbi01"], ["dw-gp"],
                 {"desc": "BI 리포트 (가입·해지·번호이동 현황, ARPU)", "product": "Power BI Report Server (2024-05)",
                  "reports": 186}),
    "splunk-sa": ("service", INFRA, "S", "P", ["antares"], [],
                  {"desc": "로그 수집/보안 관제", "product": "Splunk Enterprise 9.2", "daily_ingest_gb": 420,
                   "retention_days": 90}),
    "prom-sa": ("service", INFRA, "S", "P", ["mon-sa-1"], [],
                {"desc": "모니터링 (Prometheus + Grafana)", "product": "Prometheus 2.53 / Grafana 11", "targets": 1450}),
    # ---------------------------------------------------------------- Control-M batch jobs
    "BL_MCLOSE_M01": ("batch_job", BILL, "S", "P", ["batch-sa-1"], ["NOVA_BILL", "ORA_RATE"],
                      {"desc": "월 정기청구 마감 (전월 요금 계산, 청구 확정)", "schedule": "매월 2일 23:00",
                       "scheduler": "Control-M 9.0.21", "avg_runtime_min": 370}),
    "RT_CDR_LOAD_H": ("batch_job", DATA, "S", "P", ["batch-sa-1"], ["ORA_RATE", "dw-gp"],
                      {"desc": "과금 CDR DW 적재 (시간별)", "schedule": "매시 15분", "scheduler": "Control-M 9.0.21",
                       "avg_runtime_min": 14}),
    "MNP_RECON_D01": ("batch_job", MNP, "S", "P", ["batch-sa-1"], ["MNP_KAIT_IF", "TBR_NOVA"],
                      {"desc": "번호이동 일 대사 (KAIT 정산 파일 대사, 미완료 건 재처리)", "schedule": "월~토 20:30",
                       "scheduler": "Control-M 9.0.21", "avg_runtime_min": 25}),
    "USIM_STOCK_D01": ("batch_job", LOGI, "S", "P", ["batch-sa-1"], ["usim-wms", "TBR_NOVA"],
                       {"desc": "USIM 재고 동기화 (물류센터 ↔ BSS 일련번호)", "schedule": "매일 06:00",
                        "scheduler": "Control-M 9.0.21", "avg_runtime_min": 18}),
    "DL_COMM_M05": ("batch_job", CHAN, "S", "P", ["batch-sa-1"], ["TBR_NOVA", "dw-gp"],
                    {"desc": "판매점 수수료 월정산", "schedule": "매월 5일 01:00", "scheduler": "Control-M 9.0.21",
                     "avg_runtime_min": 95}),
    # ---------------------------------------------------------------- staging, dev, retired
    "NOVA_ORD_STG": ("service", BSS, "S", "S", ["stg-sa-1"], ["TBR_NOVA_STG"],
                     {"desc": "주문/개통 관리 (스테이징)", "version": "5.22.0-rc2"}),
    "dm-signup-api-stg": ("service", DIG, "N", "S", [NKS_STG], [],
                          {"desc": "온라인 가입 (스테이징)", "version": "4.13.0-rc1"}),
    "dm-web-bff-dev": ("service", DIG, "N", "D", [NKS_STG], [], {"desc": "다이렉트몰 BFF (개발)", "version": "6.4.0-dev"}),
    "NOVA_RATE_DEV": ("service", BILL, "G", "D", ["gr-dev01"], [],
                      {"desc": "요율/과금 (개발)", "version": "4.7.0-SNAPSHOT"}),
    "ars_vxml_old": ("service", CC, "C", "P", [], [],
                     {"desc": "구 ARS VXML 시나리오 서버 (2027년 cc-ivr로 대체)", "version": "2.0.9",
                      "decommissioned": "2027-09-30"}),
    # ---------------------------------------------------------------- databases
    "TBR_NOVA": ("database", DBA, "S", "P", ["sirius", "vega"], [],
                 {"engine": "tibero", "version": "7.2.2", "product": "Tibero 7 TAC", "nodes": 2, "port": 8629,
                  "size_tb": 6.8, "archive_dest_gb": 800, "replication": "TSC (대구 standby)",
                  "desc": "BSS 운영 DB (가입자, 주문, 청구)"}),
    "TBR_NOVA_DR": ("database", DBA, "D", "P", ["dg-sirius"], [],
                    {"engine": "tibero", "version": "7.2.2", "product": "Tibero 7 (TSC standby)", "role": "standby",
                     "port": 8629, "desc": "BSS DB DR 대기"}),
    "ORA_RATE": ("database", DBA, "S", "P", ["altair"], [],
                 {"engine": "oracle", "version": "19.24", "product": "Oracle Database 19c EE", "sid": "RATEP",
                  "port": 1521, "size_tb": 14.5, "partitioning": "일별 CDR 파티션", "desc": "과금/청구 DB (rated CDR)"}),
    "ALTI_OCS": ("database", DBA, "S", "P", ["castor", "pollux"], [],
                 {"engine": "altibase", "version": "7.3.0.1", "product": "Altibase 7.3 (메모리 테이블)", "port": 20300,
                  "mem_max_db_size_gb": 128, "replication": "Altibase 이중화 (castor ↔ pollux)",
                  "desc": "OCS 실시간 잔액 DB"}),
    "mariadb-smsc": ("database", CORE, "S", "P", ["deneb"], [],
                     {"engine": "mariadb", "version": "10.11.8", "product": "MariaDB 10.11", "port": 3306,
                      "replication": "async (deneb → DR)", "desc": "SMSC 저장·전달 큐, 발송 이력"}),
    "cubrid-usim": ("database", LOGI, "K", "P", ["wms-kp-1"], [],
                    {"engine": "cubrid", "version": "11.3", "product": "CUBRID 11.3", "port": 33000,
                     "desc": "USIM 재고 DB"}),
    "cdb-signup": ("database", CLOUD, "N", "P", [], [],
                   {"engine": "mysql", "version": "8.0.36", "product": "NCP Cloud DB for MySQL (HA)",
                    "spec": "High CPU 16vCPU 32GB", "max_connections": 4000,
                    "replication": "semi-sync (standby master)", "desc": "온라인 가입 신청/eSIM 주문 DB"}),
    "dw-gp": ("database", DATA, "S", "P", ["polaris"], [],
              {"engine": "greenplum", "version": "7.1", "product": "VMware Greenplum 7", "segments": 16,
               "size_tb": 48, "port": 5432, "desc": "가입자/CDR DW"}),
    "TBR_NOVA_STG": ("database", DBA, "S", "S", ["stg-sa-1"], [],
                     {"engine": "tibero", "version": "7.2.2", "product": "Tibero 7", "port": 8629}),
    # ---------------------------------------------------------------- caches, queues
    "redis-dm": ("cache", CLOUD, "N", "P", [], [],
                 {"engine": "redis", "version": "7.0", "product": "NCP Cloud DB for Redis (Cluster)", "shards": 3,
                  "maxmemory_gb": 24, "desc": "다이렉트몰 세션/장바구니"}),
    "redis-auth": ("cache", DIG, "S", "P", ["spica"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "volatile-ttl",
                    "port": 6379, "desc": "본인인증 세션/OTP"}),
    "redis-crm": ("cache", BSS, "S", "P", ["spica"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 32, "maxmemory_policy": "allkeys-lru",
                   "port": 6380, "desc": "가입자 프로파일 캐시"}),
    "KAFKA_CDR": ("queue", BILL, "S", "P", ["mira", "rigel", "bellatrix"], [],
                  {"product": "Apache Kafka 3.7.1 (KRaft)", "brokers": 3, "partitions": 96, "retention_h": 24,
                   "topics": "cdr.raw.v2, cdr.rated.v1", "port": 9092, "desc": "CDR 파이프라인"}),
    "artemis-prov": ("queue", BSS, "S", "P", ["mq-sa-1", "mq-sa-2"], [],
                     {"product": "ActiveMQ Artemis 2.33.0", "ha": "replication (live/backup)", "port": 61616,
                      "address_full_policy": "BLOCK", "max_size_mb": 2048, "desc": "개통/번호이동 프로비저닝 메시지"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "adc-sa-ext": ("S", NET, ["dealer-portal", "bonin-hub", "pay-gw"],
                   {"vendor": "Citrix", "model": "NetScaler MPX 9130", "firmware": "14.1-25.53", "vip": "211.45.80.10",
                    "endpoint": "dealer.saebom.kr", "cert_expiry": "2029-03-19", "cert_issuer": "GlobalSign (수동 갱신)"}),
    "adc-sa-int": ("S", NET, ["NOVA_ORD", "NOVA_CRM", "NOVA_BILL"],
                   {"vendor": "Citrix", "model": "NetScaler MPX 8920", "firmware": "14.1-25.53", "vip": "10.50.1.20",
                    "cert_expiry": "2030-02-28"}),
    "ncp-alb-dm": ("N", CLOUD, ["dm-web-bff", "dm-esim-portal"],
                   {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "www.saebom.kr",
                    "cert_issuer": "NCP Certificate Manager (자동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "vsp-sa-01": ("S", INFRA, {"vendor": "Hitachi", "model": "VSP E1090", "capacity_tb": 260,
                               "desc": "DB 블록 스토리지 (Tibero, Oracle, Altibase, Greenplum)"},
                  ["sirius", "vega", "altair", "castor", "pollux", "polaris"]),
    "nas-cdr-sa": ("S", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.15.1", "capacity_tb": 180,
                                "protocol": "NFS v4.1", "desc": "CDR 원본 파일 수신·보관 (6개월)"}, ["rateap-sa-1"]),
    "nas-mms-sa": ("S", INFRA, {"vendor": "Dell", "model": "PowerScale F710", "capacity_tb": 96,
                                "protocol": "NFS v4.1", "desc": "MMS 콘텐츠 저장"}, ["SAMCN02"]),
    "nas-callrec-ca": ("C", CC, {"vendor": "Synology", "model": "SA6400", "capacity_tb": 240,
                                 "protocol": "SMB 3", "desc": "통화 녹취 파일"}, ["chn-rec01"]),
    "objstg-ekyc": ("N", CLOUD, {"vendor": "NAVER Cloud", "model": "Object Storage", "bucket": "sbm-prd-ekyc-img",
                                 "encryption": "KMS (SSE)", "desc": "신분증 이미지 (30일 보관 후 파기)"}, []),
    "dd-dg-01": ("D", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 172,
                              "desc": "백업 (DB, 녹취), DR 보관"}, ["dg-sirius"]),
}
# hosts: name: (site, env, kind, attributes); kind decides the CMDB type (server, vm, appliance)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 상암IDC physical servers (star names)
    "sirius": ("S", "P", "bare", {"role": "Tibero TAC NOVA node 1", "model": "HPE ProLiant DL380 Gen11",
                                  "rack": "SA-4F-C03 U12"}),
    "vega": ("S", "P", "bare", {"role": "Tibero TAC NOVA node 2", "model": "HPE ProLiant DL380 Gen11",
                                "rack": "SA-4F-C03 U16"}),
    "altair": ("S", "P", "bare", {"role": "Oracle RATEP", "model": "Dell PowerEdge R960", "rack": "SA-4F-C04 U08"}),
    "castor": ("S", "P", "bare", {"role": "Altibase OCS #1", "model": "Dell PowerEdge R760", "rack": "SA-4F-C05 U10"}),
    "pollux": ("S", "P", "bare", {"role": "Altibase OCS #2", "model": "Dell PowerEdge R760", "rack": "SA-4F-C05 U14"}),
    "deneb": ("S", "P", "bare", {"role": "MariaDB SMSC", "model": "Dell PowerEdge R660", "rack": "SA-4F-C06 U04"}),
    "spica": ("S", "P", "bare", {"role": "Redis (본인인증, CRM)", "model": "Dell PowerEdge R660",
                                 "rack": "SA-4F-C06 U06"}),
    "mira": ("S", "P", "bare", {"role": "Kafka broker 1", "model": "Lenovo ThinkSystem SR650 V3",
                                "rack": "SA-4F-C07 U05"}),
    "rigel": ("S", "P", "bare", {"role": "Kafka broker 2", "model": "Lenovo ThinkSystem SR650 V3",
                                 "rack": "SA-4F-C07 U07"}),
    "bellatrix": ("S", "P", "bare", {"role": "Kafka broker 3", "model": "Lenovo ThinkSystem SR650 V3",
                                     "rack": "SA-4F-C07 U09"}),
    "polaris": ("S", "P", "bare", {"role": "Greenplum DW", "model": "Dell PowerEdge R760xd2", "rack": "SA-4F-C08 U02"}),
    "antares": ("S", "P", "bare", {"role": "Splunk indexer", "model": "Dell PowerEdge R760xd2",
                                   "rack": "SA-4F-C08 U20"}),
    "SAMCN01": ("S", "P", "core", {"role": "코어 노드 (HSS 프록시, PCRF)", "model": "HPE ProLiant DL360 Gen11 (NEBS)",
                                   "rack": "SA-2F-K01 U22"}),
    "SAMCN02": ("S", "P", "core", {"role": "코어 노드 (SMSC, MMSC)", "model": "HPE ProLiant DL360 Gen11 (NEBS)",
                                   "rack": "SA-2F-K01 U24"}),
    # 대구DR센터
    "dg-sirius": ("D", "P", "bare", {"role": "Tibero NOVA standby (TSC)", "model": "HPE ProLiant DL380 Gen11",
                                     "rack": "DG-1F-A02 U10"}),
    "DGUCN01": ("D", "P", "core", {"role": "코어 노드 DR (HSS 프록시 대기)", "model": "HPE ProLiant DL360 Gen11 (NEBS)",
                                   "rack": "DG-1F-K01 U20"}),
    # 상암IDC VMs
    "ordap-sa-1": ("S", "P", "vm", {"role": "NOVA 주문/CRM #1"}),
    "ordap-sa-2": ("S", "P", "vm", {"role": "NOVA 주문/CRM #2"}),
    "provap-sa-1": ("S", "P", "vm", {"role": "프로비저닝, 번호이동 중계"}),
    "provap-sa-2": ("S", "P", "vm", {"role": "eSIM 프로비저닝"}),
    "rateap-sa-1": ("S", "P", "vm", {"role": "요율, CDR 미디에이션"}),
    "billap-sa-1": ("S", "P", "vm", {"role": "청구, 수납, 청구서 발송"}),
    "ocsap-sa-1": ("S", "P", "vm", {"role": "OCS"}),
    "authap-sa-1": ("S", "P", "vm", {"role": "본인인증 허브"}),
    "dealer-sa-1": ("S", "P", "vm", {"role": "판매점 포털"}),
    "batch-sa-1": ("S", "P", "vm", {"role": "배치 (Control-M agent)"}),
    "mq-sa-1": ("S", "P", "vm", {"role": "Artemis live"}),
    "mq-sa-2": ("S", "P", "vm", {"role": "Artemis backup"}),
    "mon-sa-1": ("S", "P", "vm", {"role": "Prometheus/Grafana"}),
    "stg-sa-1": ("S", "S", "vm", {"role": "스테이징 공용 (NOVA, Tibero)"}),
    # 천안컨택센터, 김포물류센터, 구로본사
    "chn-gnsys01": ("C", "P", "vm", {"role": "Genesys SIP Server/URS"}),
    "chn-ivr01": ("C", "P", "vm", {"role": "GVP (IVR)"}),
    "chn-rec01": ("C", "P", "win", {"role": "녹취 서버", "model": "Dell PowerEdge R660", "rack": "CA-B1-R02 U10"}),
    "wms-kp-1": ("K", "P", "vm", {"role": "USIM WMS, CUBRID"}),
    "gr-pbi01": ("G", "P", "win", {"role": "Power BI Report Server", "model": "Lenovo ThinkSystem SR630 V3",
                                   "rack": "GR-11F-SR1 U08"}),
    "gr-dev01": ("G", "D", "vm", {"role": "개발 공용"}),
    # NCP
    NK1: ("N", "P", "nks", {"role": "NKS 워커 (다이렉트몰)", "server_spec": "s4-g3 (16vCPU 32GB)", "zone": "KR-1",
                            "node_pool": "dm-pool"}),
    NK2: ("N", "P", "nks", {"role": "NKS 워커 (다이렉트몰)", "server_spec": "s4-g3 (16vCPU 32GB)", "zone": "KR-2",
                            "node_pool": "dm-pool"}),
    NK3: ("N", "P", "nks", {"role": "NKS 워커 (eSIM, 챗봇, 마이페이지)", "server_spec": "s4-g3 (16vCPU 32GB)",
                            "zone": "KR-1", "node_pool": "dm-pool"}),
    NKS_STG: ("N", "S", "nks", {"role": "NKS 워커 (스테이징/개발)", "server_spec": "s2-g3 (8vCPU 16GB)", "zone": "KR-2",
                                "node_pool": "dmstg-pool"}),
    "svr-ekyc-gpu01": ("N", "P", "ncpvm", {"role": "신분증 OCR (GPU)", "server_spec": "GPU T4 x2 (16vCPU 120GB)",
                                           "zone": "KR-2"}),
    # HSMs (network HSM appliances)
    "hsm-esim-01": ("S", "P", "hsm", {"role": "eSIM 서명 HSM #1", "model": "Thales Luna Network HSM 7 A790",
                                      "firmware": "7.8.4", "rack": "SA-4F-S01 U03", "partitions": 4}),
    "hsm-esim-02": ("S", "P", "hsm", {"role": "eSIM 서명 HSM #2 (펌웨어 업그레이드 중)",
                                      "model": "Thales Luna Network HSM 7 A790", "firmware": "7.8.4 → 7.9.0",
                                      "rack": "SA-4F-S01 U05", "partitions": 4}),
}
NETWORK = {  # name: (site, CMDB type, attributes)
    "rt-ic-sa1": ("S", "router", {"vendor": "Cisco", "model": "ASR 9902", "firmware": "IOS XR 7.9.2",
                                  "bfd": "300ms x 3", "desc": "호스트망(KT) 연동 라우터 (상암)"}),
    "rt-ic-dg1": ("D", "router", {"vendor": "Cisco", "model": "ASR 9901", "firmware": "IOS XR 7.9.2",
                                  "bfd": "300ms x 3", "desc": "호스트망(KT) 연동 라우터 (대구 DR)"}),
    "fw-sa-ext": ("S", "firewall", {"vendor": "AhnLab", "model": "TrusGuard 15000A", "firmware": "TG 3.0.4"}),
    "fw-sa-core": ("S", "firewall", {"vendor": "SECUI", "model": "BLUEMAX NGF 4000", "firmware": "5.2.1"}),
    "sw-sa-core1": ("S", "switch", {"vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.32.1F"}),
    "ll-host-sa-1": ("H", "wan_link", {"vendor": "KT", "model": "전용회선 10Gbps", "circuit": "KT-IC-7731-0012",
                                       "desc": "상암IDC ↔ KT 혜화 (호스트망 연동 #1)"}),
    "ll-host-sa-2": ("H", "wan_link", {"vendor": "KT", "model": "전용회선 10Gbps", "circuit": "KT-IC-7731-0013",
                                       "desc": "상암IDC ↔ KT 혜화 (호스트망 연동 #2)"}),
    "ll-kait-01": ("S", "wan_link", {"vendor": "SK브로드밴드", "model": "전용회선 100Mbps", "circuit": "SKB-KAIT-1904-221",
                                     "desc": "상암IDC ↔ KAIT 번호이동관리센터"}),
    "ll-sa-dg": ("D", "wan_link", {"vendor": "LG U+", "model": "전용회선 2Gbps", "circuit": "LGU-DR-5512-0087",
                                   "desc": "상암IDC ↔ 대구DR센터 (TSC 복제, 백업)"}),
    "ll-sa-ca": ("C", "wan_link", {"vendor": "KT", "model": "전용회선 1Gbps", "circuit": "KT-CC-3310-4420",
                                   "desc": "상암IDC ↔ 천안컨택센터"}),
    "ncp-cc-sa": ("N", "wan_link", {"vendor": "NAVER Cloud", "model": "Cloud Connect 1Gbps (KINX 경유)",
                                    "circuit": "cc-sbm-krs-01", "desc": "상암IDC ↔ NCP"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("rt-ic-sa1", "ll-host-sa-1"),
    ("rt-ic-sa1", "ll-host-sa-2"),
    ("rt-ic-sa1", "sw-sa-core1"),
    ("rt-ic-dg1", "ll-sa-dg"),
    ("fw-sa-ext", "sw-sa-core1"),
    ("fw-sa-core", "sw-sa-core1"),
    ("adc-sa-ext", "fw-sa-ext"),
    ("adc-sa-int", "sw-sa-core1"),
    ("ll-kait-01", "fw-sa-core"),
    ("ll-sa-dg", "sw-sa-core1"),
    ("ll-sa-ca", "sw-sa-core1"),
    ("ncp-cc-sa", "sw-sa-core1"),
    ("shop-tablets", "adc-sa-ext"),
    ("TBR_NOVA", "TBR_NOVA_DR"),
    ("cc-genesys", "ll-sa-ca"),
    ("dm-signup-api", "ncp-cc-sa"),
]
# fmt: on
STATUS = {"hsm-esim-02": "maintenance", "NOVA_ORD_STG": "maintenance", "ars_vxml_old": "retired"}
NET_PREFIX = {
    "S": "10.50",
    "D": "10.70",
    "G": "10.10",
    "C": "10.80",
    "K": "10.90",
    "H": "10.55",
    "N": "172.16",
}
HOST_TYPE = {"bare": "server", "core": "server", "win": "server", "vm": "vm", "nks": "vm", "ncpvm": "vm",
             "hsm": "appliance"}  # fmt: skip
HOST_KINDS = {"server", "vm", "appliance"}
NET_KINDS = {"router", "switch", "firewall", "wan_link"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prd"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "N1",
        "kind": "archive_dest_full",
        "root": "TBR_NOVA",
        "description": "in the Friday porting rush before the 20:00 KAIT close the archive destination of the"
        " Tibero TAC TBR_NOVA fills (its archive backup was moved from 18:00 to 22:00 that morning) and every"
        " commit waits for the archiver: NOVA_ORD (deployed at 19:10, loudest) fails orders, MNP_KAIT_IF cannot"
        " complete ports and dm-signup-api fails online sign-ups, until the archive logs are backed up and purged",
        "start": kst(2, 19, 35),
        "end": kst(2, 20, 30),
        "affected": ["TBR_NOVA", "NOVA_ORD", "MNP_KAIT_IF", "dm-signup-api"],
    },
    {
        "id": "N2",
        "kind": "inmemory_db_full",
        "root": "ALTI_OCS",
        "description": "at Saturday's evening data peak, with the spring data-coupon promotion live since 18:00,"
        " the in-memory Altibase ALTI_OCS reaches MEM_MAX_DB_SIZE and balance updates fail: OCS_CORE (deployed"
        " at 20:40, loudest) rejects credit control, SAM-PCRF-01 falls back to throttling policies and"
        " dm-selfcare-api shows no balances, until expired coupon rows are purged and the limit raised",
        "start": kst(3, 21, 10),
        "end": kst(3, 22, 5),
        "affected": ["ALTI_OCS", "OCS_CORE", "SAM-PCRF-01", "dm-selfcare-api"],
    },
    {
        "id": "N3",
        "kind": "broker_disk_full",
        "root": "KAFKA_CDR",
        "description": "on Monday afternoon the Kafka broker on rigel fills its log disk (retention raised from 24 h"
        " to 72 h on Sunday evening) and the CDR partitions it leads go offline: cdr-mediation (loudest) cannot"
        " publish, NOVA_RATE (deployed at 13:55) stops rating and dm-selfcare-api shows stale usage, until the"
        " retention is reverted and old segments deleted",
        "start": kst(5, 14, 20),
        "end": kst(5, 15, 15),
        "affected": ["KAFKA_CDR", "cdr-mediation", "NOVA_RATE", "dm-selfcare-api"],
    },
    {
        "id": "N4",
        "kind": "router_bfd_flap",
        "root": "rt-ic-sa1",
        "description": "in Wednesday's morning commute the interconnect router rt-ic-sa1 (BFD timers tightened to"
        " 50 ms on Tuesday night) flaps its BFD sessions to the host network on microbursts, its control plane"
        " saturates and SIGTRAN/Diameter associations reset: SAM-SMSC-01 (loudest) fails OTP SMS, SAM-HSSP-01"
        " times out attach requests and bonin-hub (deployed at 07:40) fails identity checks, until the timers"
        " are reverted",
        "start": kst(7, 8, 5),
        "end": kst(7, 9, 0),
        "affected": ["rt-ic-sa1", "SAM-SMSC-01", "SAM-HSSP-01", "bonin-hub"],
    },
    {
        "id": "N5",
        "kind": "cloud_db_failover_stale_pool",
        "root": "cdb-signup",
        "description": "twenty minutes into the Galaxy S29 pre-activation the NCP Cloud DB for MySQL cdb-signup"
        " fails over to its standby master after a storage hiccup and the application pools keep connections to"
        " the old, now read-only master: dm-signup-api (deployed at 09:50, loudest) fails sign-ups,"
        " dm-esim-portal fails eSIM orders and dm-web-bff errors, until the pods are restarted",
        "start": kst(8, 10, 20),
        "end": kst(8, 11, 15),
        "affected": ["cdb-signup", "dm-signup-api", "dm-esim-portal", "dm-web-bff"],
    },
    {
        "id": "N6",
        "kind": "hsm_capacity",
        "root": "hsm-esim-01",
        "description": "on Saturday afternoon, with hsm-esim-02 out of the HA group for a firmware upgrade, the"
        " single HSM hsm-esim-01 saturates its signing capacity under the weekend eSIM activations: esim-prov"
        " (deployed at 15:05, loudest) times out profile preparation, dm-esim-portal and NOVA_ORD fail eSIM"
        " orders, until activations are throttled",
        "start": kst(10, 15, 30),
        "end": kst(10, 16, 25),
        "affected": ["hsm-esim-01", "esim-prov", "dm-esim-portal", "NOVA_ORD"],
    },
    {
        "id": "N7",
        "kind": "broker_address_full",
        "root": "artemis-prov",
        "description": "on Monday morning the weekend's queued sign-ups and ports are released when the KAIT window"
        " opens at 10:00 and artemis-prov's provisioning address reaches its max size; with address-full-policy"
        " BLOCK (changed from PAGE on Sunday night) producers block: NOVA_PROV (loudest) stops provisioning,"
        " esim-prov and MNP_KAIT_IF (deployed at 09:30) time out (ongoing)",
        "start": kst(12, 9, 55),
        "end": None,
        "affected": ["artemis-prov", "NOVA_PROV", "esim-prov", "MNP_KAIT_IF"],
    },
]
N1, N2, N3, N4, N5, N6, N7 = INCIDENTS


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


incident_hops(RELATIONS, INCIDENTS)


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        cis.append(
            ci_record(name, kind, ENVS[env], owner, SITES[site], dict(extra), STATUS.get(name, "active"))
        )
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prd", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prd", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        owner = INFRA
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 20, 'S': 48, 'D': 64}[env]) + i // 10}.{31 + (i * 43) % 200}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 8.10"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64]), "hypervisor": "VMware vSphere 8.0U3",
                      "vcenter": "vc-sa01" if site == "S" else f"vc-{site.lower()}01"}  # fmt: skip
        elif kind == "win":
            attrs |= {"os": "Windows Server 2022", "cores": rng.choice([16, 24]), "mem_gb": rng.choice([128, 256]),
                      "serial": f"{rng.choice(['J9', 'CN', '7X'])}{rng.randint(100000, 999999)}"}  # fmt: skip
        elif kind == "nks":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cluster": "nks-dm-prd" if env == "P" else "nks-dm-stg",
                      "kubelet": "1.29.9"}  # fmt: skip
            owner = CLOUD
        elif kind == "ncpvm":
            attrs |= {"os": "Rocky Linux 8.10", "gpu": "NVIDIA T4 x2"}
            owner = CLOUD
        elif kind == "hsm":
            attrs |= {"os": "Luna appliance OS", "max_sessions": 2048, "fips": "FIPS 140-2 Level 3"}
            owner = SEC
        else:  # bare metal, core nodes
            attrs |= {"os": rng.choice(["RHEL 8.10", "Oracle Linux 8.10", "Rocky Linux 9.4"]),
                      "cores": rng.choice([32, 48, 64]), "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['SGH', 'CZ2', 'MXQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h in ("sirius", "vega", "altair", "castor", "pollux", "dg-sirius"):
                owner = DBA
            if kind == "core":
                owner = CORE
        if site == "C":
            owner = CC
        if site == "K":
            owner = LOGI
        if h == "gr-pbi01":
            owner = DATA
        attrs |= extra
        cis.append(
            ci_record(h, HOST_TYPE[kind], ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active"))
        )
    for n, (site, kind, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, kind, "prd", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _clamp(v: float) -> float:
    return max(0.03, min(1.0, v))


def _subs(ts: datetime) -> float:
    """Subscriber traffic on the core (data sessions, SMS, charging): low 02–06, a morning rise, lunch and the
    21–23 h evening peak; weekends later and flatter in the morning, higher in the evening."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.1 + 0.3 * _bump(h, 12.5, 2.5) + 0.55 * _bump(h, 21.8, 1.8)
    if wd < 5:
        v += 0.35 * _bump(h, 8.3, 0.9)
    else:
        v += 0.12 * _bump(h, 10.5, 1.5) + 0.1 * _bump(h, 21.8, 1.8)
    return _clamp(v)


def _porting(ts: datetime) -> float:
    """Orders, provisioning and porting: the KAIT window Mon–Sat 10:00–20:00 with its rush before the close,
    the Monday opening on the weekend's backlog and the Galaxy pre-activation from Thursday 8 10:00."""
    loc, h = _local(ts), seoul_hour(ts)
    wd = loc.weekday()
    v = 0.1 + 0.1 * _bump(h, 22, 2)  # online orders queue all day
    if wd < 6 and 10 <= h < 20:
        v += 0.4 + 0.15 * _bump(h, 14, 2) + 0.3 * max(0.0, (h - 18) / 2)
        if wd == 0 and h < 12:
            v += 0.35 * max(0.0, 1 - (h - 10) / 2)
    if kst(8, 10) <= ts < kst(8, 14):
        v += 0.3
    return _clamp(v)


def _web(ts: datetime) -> float:
    """The direct shop and self-care: lunch and the evening at home; weekend afternoons; the pre-activation."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.06 + 0.3 * _bump(h, 12.5, 1.0) + 0.55 * _bump(h, 21.5, 1.8) + 0.12 * _bump(h, 9, 1)
    if wd >= 5:
        v += 0.2 * _bump(h, 15.5, 2.5)
    if kst(8, 10) <= ts < kst(8, 13):
        v += 0.35
    return _clamp(v)


def _cc(ts: datetime) -> float:
    """The contact centre: weekdays 09–18 (Monday morning the busiest), Saturday 09–13."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5 and 9 <= h < 18:
        v = 0.65 - 0.15 * _bump(h, 12.5, 0.4) + (0.3 * _bump(h, 10.5, 1.2) if wd == 0 else 0.0)
    elif wd == 5 and 9 <= h < 13:
        v = 0.4
    else:
        v = 0.05
    return _clamp(v)


def _dealer(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if not 10 <= h < 21:
        return 0.04
    return _clamp(0.35 + 0.25 * _bump(h, 15, 2.5) + (0.2 if wd >= 5 else 0.0))


def _logi(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5 and 9 <= h < 18:
        return 0.55 + 0.3 * _bump(h, 14, 0.8)
    return 0.05


def _night(ts: datetime) -> float:
    """Billing and the night batches: 00:00–05:00, the February bill close Friday 2 23:00 to Saturday 06:00."""
    v = 0.8 if seoul_hour(ts) < 5 else 0.15
    if kst(2, 23) <= ts < kst(3, 6):
        v = 1.0
    return v


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.1
    return 0.1 + 0.6 * (1 if 8.5 <= h < 18.5 else 0) * (0.75 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


SUBS = {
    "SAM-HSSP-01", "SAM-PCRF-01", "SAM-SMSC-01", "SAM-MMSC-01", "SAMCN01", "SAMCN02", "rt-ic-sa1", "ll-host-sa-1",
    "ll-host-sa-2", "OCS_CORE", "ALTI_OCS", "castor", "pollux", "ocsap-sa-1", "mariadb-smsc", "deneb",
    "KAFKA_CDR", "cdr-mediation", "NOVA_RATE", "mira", "rigel", "bellatrix", "rateap-sa-1", "nas-cdr-sa",
    "nas-mms-sa", "sw-sa-core1", "fw-sa-core", "splunk-sa", "antares", "vsp-sa-01", "altair", "ORA_RATE",
}  # fmt: skip
PORTING = {
    "NOVA_ORD", "NOVA_PROV", "MNP_KAIT_IF", "esim-prov", "artemis-prov", "TBR_NOVA", "sirius", "vega",
    "ordap-sa-1", "ordap-sa-2", "provap-sa-1", "provap-sa-2", "mq-sa-1", "mq-sa-2", "ll-kait-01", "hsm-esim-01",
    "hsm-esim-02", "adc-sa-int", "redis-crm", "spica",
}  # fmt: skip
WEB = {
    "dm-web-bff", "dm-signup-api", "dm-ekyc", "dm-selfcare-api", "dm-esim-portal", "bonin-hub", "redis-auth",
    "redis-dm", "cdb-signup", "authap-sa-1", NK1, NK2, NK3, "svr-ekyc-gpu01", "objstg-ekyc", "ncp-alb-dm",
    "ncp-cc-sa", "fw-sa-ext", "NOVA_CRM", "cc-chatbot",
}  # fmt: skip
CC_SIDE = {
    "cc-genesys",
    "cc-ivr",
    "cc-callrec",
    "chn-gnsys01",
    "chn-ivr01",
    "chn-rec01",
    "ll-sa-ca",
    "nas-callrec-ca",
}
DEALER = {"dealer-portal", "dealer-sa-1", "shop-tablets", "adc-sa-ext"}
LOGI_SIDE = {"usim-wms", "cubrid-usim", "wms-kp-1"}
NIGHT = {
    "BL_MCLOSE_M01", "RT_CDR_LOAD_H", "MNP_RECON_D01", "USIM_STOCK_D01", "DL_COMM_M05", "NOVA_BILL", "billap-sa-1",
    "batch-sa-1", "dw-gp", "polaris", "dd-dg-01", "bill-notice", "TBR_NOVA_DR", "dg-sirius", "ll-sa-dg",
}  # fmt: skip
OFFICE = {"pbirs-gr", "gr-pbi01", "pay-gw", "mon-sa-1", "prom-sa"}


def _load(name: str):
    for group, shape in (
        (SUBS, _subs),
        (PORTING, _porting),
        (WEB, _web),
        (CC_SIDE, _cc),
        (DEALER, _dealer),
        (LOGI_SIDE, _logi),
        (NIGHT, _night),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "N1": {0: (8.0, 4.0), 1: (4.5, 13.0), 2: (2.2, 7.0)},
    "N2": {0: (5.0, 6.0), 1: (3.5, 14.0), 2: (2.0, 7.5)},
    "N3": {0: (4.0, 9.0), 1: (3.0, 12.0), 2: (1.8, 6.0)},
    "N4": {0: (6.0, 8.0), 1: (4.0, 13.0), 2: (2.2, 7.0)},
    "N5": {0: (3.0, 18.0), 1: (3.5, 14.0), 2: (2.0, 7.0)},
    "N6": {1: (5.0, 14.0), 2: (2.4, 8.0)},
    "N7": {0: (6.0, 5.0), 1: (4.0, 14.0), 2: (2.0, 7.0)},
}
EFFECT_OVERRIDE = {
    ("N1", "NOVA_ORD"): (5.5, 29.0),
    ("N2", "OCS_CORE"): (4.5, 33.0),
    ("N3", "cdr-mediation"): (3.8, 31.0),
    ("N4", "SAM-SMSC-01"): (5.0, 36.0),
    ("N5", "dm-signup-api"): (3.2, 34.0),
    ("N6", "esim-prov"): (6.0, 30.0),
    ("N7", "NOVA_PROV"): (5.0, 32.0),
    ("N7", "MNP_KAIT_IF"): (3.0, 17.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "sirius", "vega", "altair", "castor", "pollux", "deneb", "spica", "mira", "rigel", "bellatrix", "polaris",
    "antares", "dg-sirius", "chn-rec01", "gr-pbi01", "batch-sa-1", "mq-sa-1", "mq-sa-2", "wms-kp-1",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
DEVICES = {"rt-ic-sa1", "rt-ic-dg1", "fw-sa-ext", "fw-sa-core", "sw-sa-core1"}
TBR_FILL = kst(2, 18, 40)  # the archive destination on sirius fills from here


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "antares":  # Splunk: the hot buckets creep up
        disk0, growth = 62.4, 1.45
    if name in ("mira", "rigel", "bellatrix"):
        disk0 = rng.uniform(50, 54)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "sirius":  # /tbarch fills, then is backed up and purged
            if TBR_FILL <= ts < N1["start"]:
                disk += (99.2 - disk) * progress(ts, TBR_FILL, N1["start"]) ** 1.4
            elif N1["start"] <= ts:
                disk += (99.6 + rng.gauss(0, 0.1) - disk) * ramp(ts, N1["start"], N1["end"], rise=1, fall=15)
            cpu += 14 * ramp(ts, N1["start"], N1["end"], rise=5, fall=10)
        if name == "rigel":  # retention 72 h from Sunday 18:00: the log disk fills until the revert
            retain = kst(4, 18)
            if retain <= ts < N3["start"]:
                disk += (99.5 - disk) * progress(ts, retain, N3["start"]) ** 2.2
            elif N3["start"] <= ts:
                disk += (99.7 + rng.gauss(0, 0.1) - disk) * ramp(ts, N3["start"], N3["end"], rise=1, fall=20)
        if name in ("castor", "pollux"):  # the in-memory DB
            mem += (
                (97.5 + rng.gauss(0, 0.3) - mem)
                * ramp(ts, N2["start"], N2["end"], rise=5, fall=15)
                * (1.0 if name == "castor" else 0.6)
            )
        if name == "hsm-esim-01":  # signing capacity saturated
            cpu += (98.0 + rng.gauss(0, 0.5) - cpu) * ramp(ts, N6["start"], N6["end"], rise=5, fall=10)
        if name == "hsm-esim-02" and ts >= kst(10, 14):
            cpu = 1.0 + abs(rng.gauss(0, 0.3))
        if name == "mq-sa-1":  # paging directory
            disk += 24 * ramp(ts, N7["start"] - timedelta(minutes=5), None, rise=25)
            mem += 18 * ramp(ts, N7["start"], None, rise=10)
        if name == "SAMCN02":  # SMSC retries
            cpu += 20 * ramp(ts, N4["start"], N4["end"], rise=5, fall=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"ll-host-sa-1": 1.4, "ll-host-sa-2": 1.5, "ll-kait-01": 3.2, "ll-sa-dg": 6.8, "ll-sa-ca": 3.9,
            "ncp-cc-sa": 1.8}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            rtt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            loss += r * f_err * (1 + rng.gauss(0, 0.08))
        row = {"response_time_ms": round(rtt, 2), "error_rate": round(loss, 2)}
        if name in DEVICES:
            cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
            if name == "rt-ic-sa1":  # the BFD flap storm
                cpu += (96.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, N4["start"], N4["end"], rise=5, fall=10)
            row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), **row}
        rows += samples(ts, name, **row)
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-callrec-ca": (68, 69), "dd-dg-01": (63, 65), "nas-cdr-sa": (55, 56)}.get(name, (30, 50))
    per_day = {"nas-callrec-ca": 0.2, "nas-cdr-sa": 0.15}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.2, 0.6) if name == "vsp-sa-01" else rng.uniform(1.5, 4.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "dd-dg-01" and 1 <= seoul_hour(ts) < 3:  # the nightly backups
            lat *= 1.7
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "dm-web-bff": 150.0, "dm-signup-api": 210.0, "dm-ekyc": 850.0, "dm-selfcare-api": 120.0,
    "dm-esim-portal": 260.0, "bonin-hub": 180.0, "NOVA_ORD": 140.0, "NOVA_CRM": 95.0, "NOVA_PROV": 320.0,
    "MNP_KAIT_IF": 240.0, "esim-prov": 410.0, "OCS_CORE": 8.5, "NOVA_RATE": 35.0, "cdr-mediation": 22.0,
    "NOVA_BILL": 260.0, "pay-gw": 380.0, "bill-notice": 140.0, "SAM-HSSP-01": 6.2, "DGU-HSSP-02": 5.8,
    "SAM-PCRF-01": 7.4, "SAM-SMSC-01": 28.0, "SAM-MMSC-01": 95.0, "cc-genesys": 45.0, "cc-ivr": 160.0,
    "cc-callrec": 70.0, "cc-chatbot": 620.0, "dealer-portal": 280.0, "shop-tablets": 340.0, "usim-wms": 190.0,
    "pbirs-gr": 640.0, "splunk-sa": 110.0, "prom-sa": 60.0,
    "BL_MCLOSE_M01": 720.0, "RT_CDR_LOAD_H": 480.0, "MNP_RECON_D01": 390.0, "USIM_STOCK_D01": 260.0,
    "DL_COMM_M05": 540.0,
    "TBR_NOVA": 3.4, "TBR_NOVA_DR": 1.2, "ORA_RATE": 4.6, "ALTI_OCS": 0.45, "mariadb-smsc": 1.8,
    "cubrid-usim": 2.9, "cdb-signup": 2.2, "dw-gp": 46.0,
    "redis-dm": 0.6, "redis-auth": 0.3, "redis-crm": 0.35, "KAFKA_CDR": 3.6, "artemis-prov": 2.4,
    "adc-sa-ext": 1.1, "adc-sa-int": 0.8, "ncp-alb-dm": 2.2,
}  # fmt: skip
REQUEST_RATE = {
    "dm-web-bff": 2400.0, "dm-signup-api": 310.0, "dm-ekyc": 45.0, "dm-selfcare-api": 1650.0,
    "dm-esim-portal": 120.0, "bonin-hub": 520.0, "NOVA_ORD": 260.0, "NOVA_CRM": 1900.0, "NOVA_PROV": 180.0,
    "MNP_KAIT_IF": 95.0, "esim-prov": 70.0, "OCS_CORE": 5200.0, "NOVA_RATE": 3800.0, "cdr-mediation": 4100.0,
    "NOVA_BILL": 220.0, "pay-gw": 140.0, "bill-notice": 260.0, "SAM-HSSP-01": 2600.0, "SAM-PCRF-01": 3300.0,
    "SAM-SMSC-01": 820.0, "SAM-MMSC-01": 110.0, "cc-genesys": 160.0, "cc-ivr": 240.0, "cc-chatbot": 85.0,
    "dealer-portal": 150.0, "shop-tablets": 210.0, "usim-wms": 60.0,
    "BL_MCLOSE_M01": 1800.0, "RT_CDR_LOAD_H": 2600.0, "MNP_RECON_D01": 400.0, "USIM_STOCK_D01": 300.0,
    "DL_COMM_M05": 900.0,
    "TBR_NOVA": 8800.0, "ORA_RATE": 12500.0, "ALTI_OCS": 21000.0, "mariadb-smsc": 1700.0, "cdb-signup": 2600.0,
    "redis-dm": 18000.0, "redis-auth": 6200.0, "redis-crm": 24000.0, "KAFKA_CDR": 9600.0, "artemis-prov": 900.0,
    "adc-sa-ext": 1100.0, "adc-sa-int": 3400.0, "ncp-alb-dm": 4200.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the in-memory DB with a memory gauge: (level, swing with load)
    "redis-dm": (44.0, 9.0), "redis-auth": (36.0, 8.0), "redis-crm": (61.0, 6.0), "KAFKA_CDR": (41.0, 8.0),
    "artemis-prov": (34.0, 10.0), "ALTI_OCS": (62.0, 6.0),
}  # fmt: skip
CPU_DB = {
    "TBR_NOVA": (20.0, 38.0),
    "ORA_RATE": (24.0, 30.0),
    "ALTI_OCS": (16.0, 30.0),
    "cdb-signup": (14.0, 34.0),
}
PROMO = kst(3, 18)  # the spring data-coupon promotion: OCS memory grows


def _batch_active(name: str, ts: datetime) -> bool:
    h, wd = seoul_hour(ts), _local(ts).weekday()
    if name == "BL_MCLOSE_M01":
        return kst(2, 23) <= ts < kst(3, 5, 10)
    if name == "RT_CDR_LOAD_H":
        return 0.25 <= h % 1 < 0.5
    if name == "MNP_RECON_D01":
        return wd < 6 and 20.5 <= h < 21
    if name == "USIM_STOCK_D01":
        return 6 <= h < 6.3
    if name == "DL_COMM_M05":
        return kst(5, 1) <= ts < kst(5, 2, 40)
    return True


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    if ci["type"] in HOST_KINDS:
        return _host_metrics(rng, ci, times)
    if ci["type"] in NET_KINDS:
        return _network_metrics(rng, ci["name"], times)
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
            if inc is N3 and name in ("KAFKA_CDR", "cdr-mediation"):
                req *= 1 - 0.55 * r  # offline partitions
            if inc is N7 and name in ("artemis-prov", "NOVA_PROV"):
                req *= 1 - 0.5 * r  # producers blocked
            if inc is N5 and name == "cdb-signup":
                req *= 1 + 0.4 * r  # retries
        if ci["type"] == "batch_job" and not _batch_active(name, ts):
            req *= 0.05
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "ALTI_OCS":  # coupon rows pile up from the promotion until MEM_MAX_DB_SIZE
                if PROMO <= ts < N2["start"]:
                    mem += (98.5 - mem) * progress(ts, PROMO, N2["start"]) ** 1.8
                elif ts >= N2["start"]:
                    mem += (99.4 + rng.gauss(0, 0.2) - mem) * ramp(
                        ts, N2["start"], N2["end"], rise=1, fall=20
                    )
            if name == "artemis-prov":  # the weekend backlog released at 10:00
                mem += (96.0 + rng.gauss(0, 0.3) - mem) * ramp(
                    ts, N7["start"] - timedelta(minutes=10), None, rise=20
                )
            if name == "KAFKA_CDR":
                mem += 9 * ramp(ts, N3["start"], N3["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "TBR_NOVA":
                cpu += 12 * ramp(ts, N1["start"], N1["end"], rise=5, fall=10)
            if name == "cdb-signup":
                cpu += 30 * ramp(ts, N5["start"], N5["end"], rise=5, fall=10)
            if name == "ORA_RATE" and kst(2, 23) <= ts < kst(3, 5, 10):
                cpu += 22  # the bill close
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The KAIT window, the porting reconciliation, the USIM stock sync and the dealer-portal certificate."""
    rows = []
    for d in range(2, 13):
        wd = datetime(2029, 3, d).weekday()
        if wd < 6:
            rows.append((d, 10, 0, "MNP_KAIT_IF", "info", "batch_job", "KAIT 번호이동 전산 개시 (10:00)"))
            rows.append((d, 20, 0, "MNP_KAIT_IF", "info", "batch_job", "KAIT 번호이동 전산 마감 (20:00)"))
            rows.append(
                (
                    d,
                    20,
                    30,
                    "MNP_RECON_D01",
                    "info",
                    "batch_job",
                    "MNP_RECON_D01 started: KAIT 정산 파일 대사",
                )
            )
            if d != 2:
                rows.append((d, 20, 54, "MNP_RECON_D01", "info", "batch_job", "MNP_RECON_D01 ended OK"))
        rows.append(
            (d, 6, 0, "USIM_STOCK_D01", "info", "batch_job", "USIM_STOCK_D01 started: USIM 재고 동기화")
        )
        rows.append((d, 6, 17, "USIM_STOCK_D01", "info", "batch_job", "USIM_STOCK_D01 ended OK"))
        left = (datetime(2029, 3, 19) - datetime(2029, 3, d)).days
        rows.append(
            (d, 9, 0, "adc-sa-ext", "warning", "cert_expiry",
             f"SSL certificate dealer.saebom.kr expires in {left} days (2029-03-19), 수동 갱신 필요 (GlobalSign)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (2, 11, 0, "TBR_NOVA", "info", "config_change", "아카이브 로그 백업 잡(ARCH_BKP) 스케줄 변경 18:00 → 22:00"),
    (2, 13, 0, "dm-signup-api-stg", "info", "deployment", "dm-signup-api-stg 4.13.0-rc1 배포"),
    (2, 19, 10, "NOVA_ORD", "info", "deployment", "NOVA_ORD 5.21.3 배포 (번호이동 사전동의 화면 개선)"),
    (2, 23, 0, "BL_MCLOSE_M01", "info", "batch_job", "BL_MCLOSE_M01 started: 2월분 정기청구 마감"),
    (3, 5, 8, "BL_MCLOSE_M01", "info", "batch_job", "BL_MCLOSE_M01 ended OK (청구 1,188,420건 확정)"),
    (3, 10, 30, "antares", "warning", "threshold_breach", "disk_usage above 65% on /opt/splunk/var"),
    (3, 18, 0, "OCS_CORE", "info", "config_change", "봄맞이 데이터 쿠폰 2배 프로모션 오픈 (선불·후불 전체)"),
    (3, 20, 40, "OCS_CORE", "info", "deployment", "OCS_CORE 7.4.2 배포 (데이터 쿠폰 중복 적용 로직)"),
    (4, 9, 0, "bill-notice", "info", "batch_job", "2월분 청구서 알림톡 발송 시작 (대상 1,188,420)"),
    (4, 18, 0, "KAFKA_CDR", "info", "config_change", "cdr.raw.v2 retention.ms 24h → 72h (미디에이션 재처리 대비)"),
    (5, 1, 0, "DL_COMM_M05", "info", "batch_job", "DL_COMM_M05 started: 2월 판매점 수수료 정산"),
    (5, 2, 36, "DL_COMM_M05", "info", "batch_job", "DL_COMM_M05 ended OK (판매점 1,280곳)"),
    (5, 13, 55, "NOVA_RATE", "info", "deployment", "NOVA_RATE 4.6.0 배포 (5G 요금제 구간 요율 추가)"),
    (5, 16, 0, "NOVA_RATE_DEV", "info", "deployment", "NOVA_RATE_DEV 4.7.0-SNAPSHOT 배포"),
    (6, 10, 0, "antares", "warning", "threshold_breach", "disk_usage above 70% on /opt/splunk/var"),
    (6, 14, 0, "NOVA_ORD_STG", "info", "maintenance", "NOVA 스테이징 점검 (Tibero 스테이징 재구성)"),
    (6, 22, 30, "rt-ic-sa1", "info", "config_change", "BFD interval 300ms x3 → 50ms x3 (호스트망 연동 링크 절체 시간 단축)"),
    (7, 7, 40, "bonin-hub", "info", "deployment", "bonin-hub 3.2.0 배포 (토스인증 추가)"),
    (7, 15, 0, "dm-web-bff-dev", "info", "deployment", "dm-web-bff-dev 6.4.0-dev 배포"),
    (8, 9, 50, "dm-signup-api", "info", "deployment", "dm-signup-api 4.12.0 배포 (갤럭시 S29 사전개통 프로모션)"),
    (8, 10, 0, "dm-web-bff", "info", "change_notice", "갤럭시 S29 사전개통 시작 (3/8 10:00 ~ 3/13)"),
    (9, 10, 40, "antares", "warning", "threshold_breach", "disk_usage above 75% on /opt/splunk/var"),
    (9, 17, 0, "hsm-esim-02", "info", "change_notice", "토요일 14:00 HSM #2 펌웨어 7.9.0 업그레이드 예정 (HA 그룹 제외)"),
    (10, 14, 0, "hsm-esim-02", "info", "maintenance", "HSM #2 HA 그룹 제외, 펌웨어 업그레이드 시작"),
    (10, 15, 5, "esim-prov", "info", "deployment", "esim-prov 2.3.1 배포 (워치 eSIM 듀얼 프로파일)"),
    (10, 18, 30, "hsm-esim-02", "warning", "maintenance", "펌웨어 검증 실패, 벤더 RMA 진행 (HA 복귀 보류)"),
    (11, 21, 0, "artemis-prov", "info", "config_change", "prov.order address-full-policy PAGE → BLOCK (페이징 디스크 보호)"),
    (12, 9, 30, "MNP_KAIT_IF", "info", "deployment", "MNP_KAIT_IF 2.9.4 배포 (KAIT 전문 v4.2 필드 추가)"),
    # N1 (Friday porting rush)
    (2, 19, 20, "sirius", "warning", "disk", "/tbarch 90% used (archive log destination)"),
    (2, 19, 36, "TBR_NOVA", "critical", "performance", "archiver stuck: archive destination full, LGWR waiting (log switch)"),
    (2, 19, 39, "TBR_NOVA", "critical", "performance", "sessions waiting on 'log file switch (archiving needed)': 740"),
    (2, 19, 41, "NOVA_ORD", "critical", "error", "주문 저장 타임아웃 29% (번호이동/신규 개통 접수 실패)"),
    (2, 19, 46, "MNP_KAIT_IF", "major", "error", "번호이동 완료 처리 지연, KAIT 응답 대기 건 적체"),
    (2, 19, 52, "dm-signup-api", "warning", "error", "온라인 가입 신청 저장 실패 증가"),
    (2, 20, 15, "TBR_NOVA", "info", "config_change", "아카이브 로그 긴급 백업 후 삭제, ARCH_BKP 18:00 원복"),
    (2, 20, 35, "NOVA_ORD", "info", "recovery", "주문 접수 정상"),
    (2, 20, 45, "MNP_RECON_D01", "major", "batch_job", "MNP_RECON_D01 지연: 미완료 번호이동 412건 재처리"),
    # N2 (Saturday evening data peak)
    (3, 21, 5, "ALTI_OCS", "warning", "memory", "memory DB usage 92% of MEM_MAX_DB_SIZE (96GB)"),
    (3, 21, 11, "ALTI_OCS", "critical", "memory", "ERR-0B01E: exceeded MEM_MAX_DB_SIZE, insert/update failed (COUPON_BAL)"),
    (3, 21, 16, "OCS_CORE", "critical", "error", "CCR-U 실패 33% (잔액 차감 불가, DIAMETER_UNABLE_TO_COMPLY)"),
    (3, 21, 21, "SAM-PCRF-01", "major", "error", "Sy 세션 실패, 기본 속도제어 정책 적용 증가"),
    (3, 21, 26, "dm-selfcare-api", "warning", "error", "데이터 잔여량 조회 실패"),
    (3, 21, 55, "ALTI_OCS", "info", "config_change", "만료 쿠폰 잔액 행 삭제, MEM_MAX_DB_SIZE 96GB → 128GB"),
    (3, 22, 10, "OCS_CORE", "info", "recovery", "실시간 과금 정상"),
    # N3 (Monday afternoon)
    (5, 14, 10, "rigel", "warning", "disk", "/kafka-logs 93% used"),
    (5, 14, 21, "KAFKA_CDR", "critical", "error", "broker 2 (rigel) log dir offline: No space left on device"),
    (5, 14, 24, "KAFKA_CDR", "critical", "replication", "32 partitions offline (cdr.raw.v2), under-replicated 64"),
    (5, 14, 27, "cdr-mediation", "critical", "error", "CDR publish 실패 31% (NOT_LEADER_OR_FOLLOWER), 수신 파일 적체"),
    (5, 14, 32, "NOVA_RATE", "major", "error", "rating consumer lag 2.1M, 과금 지연"),
    (5, 14, 38, "dm-selfcare-api", "warning", "error", "데이터 사용량 갱신 지연 (2시간 이상)"),
    (5, 15, 5, "KAFKA_CDR", "info", "config_change", "retention.ms 72h → 24h 원복, 오래된 세그먼트 삭제, rigel 재기동"),
    (5, 15, 20, "cdr-mediation", "info", "recovery", "CDR 적재 정상, 적체분 재처리 중"),
    # N4 (Wednesday morning commute)
    (7, 8, 6, "rt-ic-sa1", "warning", "network", "BFD session down/up 14 times in 60s (ll-host-sa-1, microburst)"),
    (7, 8, 9, "rt-ic-sa1", "critical", "network", "control plane CPU 96%, BFD/BGP flap storm, SCTP associations reset"),
    (7, 8, 12, "SAM-SMSC-01", "critical", "error", "SMS 발송 실패 36% (SIGTRAN association down), 인증번호 지연"),
    (7, 8, 15, "SAM-HSSP-01", "major", "error", "S6a ULR/AIR 타임아웃 증가 (Diameter peer reconnect)"),
    (7, 8, 21, "bonin-hub", "warning", "error", "SMS OTP 본인인증 실패 증가"),
    (7, 8, 50, "rt-ic-sa1", "info", "config_change", "BFD interval 50ms x3 → 300ms x3 원복"),
    (7, 9, 5, "SAM-SMSC-01", "info", "recovery", "SMS 발송 정상"),
    # N5 (Thursday pre-activation)
    (8, 10, 19, "cdb-signup", "warning", "failover", "Cloud DB for MySQL: storage latency 검출, standby master로 자동 failover"),
    (8, 10, 22, "cdb-signup", "critical", "error", "ERROR 1290: --read-only option (구 master에 대한 쓰기 시도)"),
    (8, 10, 24, "dm-signup-api", "critical", "error", "가입 신청 저장 실패 34% (read-only, 커넥션 풀 구 master 유지)"),
    (8, 10, 30, "dm-esim-portal", "major", "error", "eSIM 주문 생성 실패"),
    (8, 10, 36, "dm-web-bff", "warning", "error", "사전개통 신청 페이지 오류 증가"),
    (8, 11, 5, "dm-signup-api", "info", "config_change", "pod 롤링 재시작, HikariCP maxLifetime 30m → 5m"),
    (8, 11, 20, "dm-signup-api", "info", "recovery", "가입 신청 정상"),
    # N6 (Saturday afternoon eSIM)
    (10, 15, 32, "hsm-esim-01", "warning", "performance", "HSM partition sbm-esim: operations queue 1,850, latency 420ms"),
    (10, 15, 36, "hsm-esim-01", "critical", "performance", "CKR_DEVICE_ERROR / session limit reached (2048/2048)"),
    (10, 15, 39, "esim-prov", "critical", "error", "eSIM 프로파일 준비(ES2+ DownloadOrder) 타임아웃 30%"),
    (10, 15, 46, "dm-esim-portal", "major", "error", "QR 활성화 코드 발급 실패"),
    (10, 15, 50, "NOVA_ORD", "warning", "error", "eSIM 개통 주문 보류 증가"),
    (10, 16, 15, "esim-prov", "info", "config_change", "eSIM 발급 동시성 64 → 24 제한, 신규 활성화 대기열 처리"),
    (10, 16, 30, "esim-prov", "info", "recovery", "eSIM 발급 정상 (지연 처리 중)"),
    # N7 (Monday porting opening, ongoing)
    (12, 9, 58, "artemis-prov", "warning", "queue", "address prov.order size 1.6GB / 2GB, consumers 4 (lagging)"),
    (12, 10, 2, "artemis-prov", "critical", "queue", "AMQ222183: blocking message production on address 'prov.order' (BLOCK)"),
    (12, 10, 5, "NOVA_PROV", "critical", "error", "개통 프로비저닝 실패 32% (producer blocked, send timeout)"),
    (12, 10, 9, "esim-prov", "major", "error", "eSIM 개통 완료 메시지 전송 지연"),
    (12, 10, 13, "MNP_KAIT_IF", "warning", "error", "번호이동 완료 통보 지연 (프로비저닝 큐 적체)"),
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
    generate(NAME, "mvno-telecom", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
