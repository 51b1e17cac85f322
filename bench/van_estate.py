"""Generate the card-van estate (tests/fixtures/card-van/, interchange format) and its faults file.

A Korean card VAN and online PG (한빛페이먼츠): the POS terminal gateways `TermGate-01..03` (IP/LTE 단말 접속)
behind the A10 `A10-POS`, the host-to-host relay for large merchants `H2H-Relay`, the authorisation switch
`auth.switch` (승인 중계) with its BIN routing cache `redis-bin`, the net-cancel service `van.netcancel` (망취소) and
the card-issuer links `iss.shinhan`, `iss.kbcard`, `iss.samsung`, `iss.hyundai`, `iss.lotte`, `iss.bccard`,
`iss.hana`, `iss.woori`, `iss.nh` (카드사 연동, over `RTR-CARDNET` and `FW-CARDNET`); real-time fraud detection
`FraudEye-RT` (FDS) on `redis-fds`, its console at the office; tokenisation `TokenVault` on the Thales HSM pool
`HSM-TKN` (appliances `HSM-SA-01`, `HSM-SA-02`); the 무이자 할부 promotion engine `Halbu-Promo`; the approval ledger
Oracle RAC `ORA-APPR` (Pure FlashArray `PURE-SA01`, Data Guard to `ORA-APPR-DR` in 대전); the night capture
(매입) batch `MAEIP-BAT` and its SFTP sender `MAEIP-FTP`, the settlement (정산) batch `JSAN-BAT`, the reconciliation
engine `Recon-Engine`, on `ORA-STL` and the NetApp NAS `NTAP-SA02`, under `Batch-Sched`; merchant payouts
`Payout-Svc` over `FirmBank-Link` (펌뱅킹); the merchant portal `MerchantHub` / `MerchantHub-API` on PostgreSQL
`pg-merchant`; the 천안 CS centre (`CS-IVR`, `CS-CTI`, `CS-CRM`); the approval event bus `kafka-txn`. In the cloud
(`ncloud-kr2`): the PG checkout API `PayFlow-API`, the payment window `PayFlow-Checkout`, merchant webhooks
`PayFlow-Noti`, receipts `Receipt-Svc`, the easy-pay wallet `HanbitPay-Wallet` and the external wallet bridge
`EasyPay-Bridge` (`ext.kakaopay`, `ext.naverpay`, `ext.tosspay`), 계좌이체 over `kftc.openbank`, the cluster DNS
`coredns-pg`, managed PostgreSQL `pg-payflow`, `pg-wallet` and Redis `redis-pgsess`.
Sites `상암 IDC` (main), `대전 DR`, `ncloud-kr2` (cloud region), `역삼 본사` (office) and `천안 CS센터`;
environments prod, stg, dev.

Naming (unlike the earlier estates): mixed-case product names (`TermGate-01`, `PayFlow-API`, `FraudEye-RT`,
`HanbitPay-Wallet`, `MerchantHub`), dotted names for the switch and the links (`auth.switch`, `van.netcancel`,
`iss.kbcard`, `ext.naverpay`, `kftc.openbank`, `auth.switch.stg`), Korean-romanised codes in capitals
(`MAEIP-BAT` 매입, `JSAN-BAT` 정산), asset-tag host names that do not say what they run (`HBK-0421` at 상암,
`DJ-HBK-2101` at 대전, `HBO-3007` at the office, `HBC-5002` at 천안), IP-style cloud node names
(`ip-10-40-1-11`), appliances by vendor (`A10-POS`, `F5-MERCH`, `PURE-SA01`, `NTAP-SA02`, `HSM-SA-02`).
Attributes vary their keys (ip / private_ip / mgmt_ip, cpu_cores / vcpu, mem_gb / memory_gb, version / release,
tls_cert_expiry / cert_not_after).

Seven injected incidents (times KST; now = Wednesday 2026-07-01 14:35, the window is the 10 days before; payday
is Thursday 25 June, month-end Tuesday 30 June):
  I1 Mon 22 11:55–12:50  lunch peak: redis-fds reaches maxmemory (velocity counters without a TTL since Sunday's
                         key migration), evictions and latency spikes: FraudEye-RT times out (loudest), auth.switch
                         waits for the FDS score, the terminal gateways, H2H-Relay and PayFlow-API follow
  I2 Tue 23 20:10–21:05  evening shopping peak: the HSM appliance HSM-SA-02, back from a firmware update with its
                         performance licence reset, saturates (host root): HSM-TKN queues, TokenVault times out
                         (loudest), PayFlow-API, HanbitPay-Wallet, auth.switch token approvals, PayFlow-Checkout
  I3 Thu 25 12:20–13:15  payday lunch: ORA-APPR sequence contention (enq: SQ, APPR_SEQ set to NOCACHE ORDER in the
                         RAC migration) stalls approval inserts: auth.switch times out (loudest), van.netcancel
                         sends 망취소, TermGate-01..03, H2H-Relay and PayFlow-API follow
  I4 Sat 27 14:10–15:05  (weekend) the KB국민카드 link iss.kbcard fails its working-key exchange after the card
                         company's key rotation: every KB approval answers MAC error, auth.switch times out and
                         van.netcancel floods with 망취소 (loudest), the terminal gateways and PayFlow-API follow
  I5 Tue 30 16:00–16:55  month-end: pg-merchant's pg_wal fills (a CDC replication slot left by a stopped connector
                         since Monday) and the database stops: MerchantHub-API (loudest), MerchantHub, Payout-Svc,
                         CS-CRM and CS-IVR fail during the month-end 정산 조회 peak
  I6 Wed 01 00:40–01:35  (night 매입 batch) the NAS NTAP-SA02 /vol/maeip fills (snapshot autodelete off since
                         Sunday's ONTAP upgrade) on the month-end capture files: MAEIP-BAT abends (loudest),
                         MAEIP-FTP cannot stage files, Recon-Engine stalls
  I7 Wed 01 13:50–now    the cluster DNS coredns-pg is CPU-throttled under the month-start webhook burst
                         (SERVFAIL, timeouts): PayFlow-Noti (loudest), PayFlow-API, PayFlow-Checkout,
                         EasyPay-Bridge and HanbitPay-Wallet fail lookups (ongoing)
Confounders: the offline card day (morning coffee, the lunch peak 11:30–13:30, the evening 18:30–21:00), the
online evening shopping peak (20:00–23:00), weekends, payday (25th) and month-end (30th) volume, the night
매입 batch (00:30–03:00 every night), the 정산 batch (04:00–06:00 weekday mornings) and 대사 (06:00), office hours
of the merchant portal with its month-end peak, the call centre; deploys or changes just before I1
(Halbu-Promo, FraudEye-RT rules), I2 (PayFlow-Checkout), I3 (an auth.switch routing change), I4 (TermGate-03
weekend release, the KB카드 정기점검 notice that night), I5 (MerchantHub-API), I6 (MAEIP-BAT) and I7
(PayFlow-Noti), all on victims or bystanders; HBK-0447 in maintenance, the dial-up gateway TermGate-PSTN
retired; the log host HBK-0491's disk creeping up; the F5-MERCH certificate expiring on 2026-07-12.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/van_golden.py) are computed from the files.

    .venv/bin/python bench/van_estate.py   # rewrites tests/fixtures/card-van*
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

NAME = "card-van"
NOW = datetime(2026, 7, 1, 5, 35, tzinfo=UTC)  # Wednesday 14:35 KST
START = NOW - timedelta(days=10)  # Sunday 2026-06-21 14:35 KST
SEED = 20260701
SITES = {"SA": "상암 IDC", "DJ": "대전 DR", "NC": "ncloud-kr2", "YS": "역삼 본사", "CA": "천안 CS센터"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}
PAYDAY, MONTH_END = 25, 30

_june = kst_utc_clock("2026-06")


def kst(day: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul time by June day; day 31 is 1 July."""
    return _june(1, hh, mm) + timedelta(days=day - 1)


APPR, LINK, PG, WALLET = "승인시스템팀", "대외연계팀", "PG개발팀", "간편결제팀"
FDS, SEC, STL, MERCH = "FDS팀", "정보보호팀", "정산매입팀", "가맹점서비스팀"
CS, DBA, INFRA, NET, CLOUD = "CS시스템팀", "DBA팀", "인프라운영팀", "네트워크팀", "클라우드플랫폼팀"

ISSUERS = {  # link: (card company, host, member code, line)
    "iss.shinhan": ("신한카드", "HBK-0431", "SH01", "KT 전용회선 2M x2"),
    "iss.kbcard": ("KB국민카드", "HBK-0431", "KB02", "LGU+ 전용회선 2M x2"),
    "iss.samsung": ("삼성카드", "HBK-0431", "SS03", "KT 전용회선 2M x2"),
    "iss.hyundai": ("현대카드", "HBK-0431", "HD04", "SKB 전용회선 2M x2"),
    "iss.lotte": ("롯데카드", "HBK-0431", "LT05", "KT 전용회선 2M x2"),
    "iss.bccard": ("BC카드", "HBK-0432", "BC06", "KT 전용회선 4M x2"),
    "iss.hana": ("하나카드", "HBK-0432", "HN07", "LGU+ 전용회선 2M x2"),
    "iss.woori": ("우리카드", "HBK-0432", "WR08", "SKB 전용회선 2M x2"),
    "iss.nh": ("NH농협카드", "HBK-0432", "NH09", "KT 전용회선 2M x2"),
}
PROTOCOL = {"iss.bccard": "BC VAN 전문 v3.2", "iss.nh": "NH 전문 v2.7"}

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends on (DEPENDS_ON), attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # terminals and merchants
    "TermGate-01": ("service", APPR, "SA", "P", ["HBK-0411"], ["auth.switch"],
                    {"role": "POS 단말 접속 게이트웨이 (IP 단말)", "version": "4.12.3", "language": "c",
                     "max_sessions": 60000, "port": 7701, "terminals": 412000}),
    "TermGate-02": ("service", APPR, "SA", "P", ["HBK-0412"], ["auth.switch"],
                    {"role": "POS 단말 접속 게이트웨이 (IP 단말, 프랜차이즈)", "version": "4.12.3", "language": "c",
                     "max_sessions": 60000, "port": 7701, "terminals": 388000}),
    "TermGate-03": ("service", APPR, "SA", "P", ["HBK-0413"], ["auth.switch"],
                    {"role": "무선(LTE) 단말, 택시/배달 단말 접속", "version": "4.13.0", "language": "c",
                     "max_sessions": 30000, "port": 7703, "terminals": 154000, "carrier": "LGU+ M2M"}),
    "H2H-Relay": ("service", APPR, "SA", "P", ["HBK-0414"], ["auth.switch"],
                  {"role": "대형가맹점 Host-to-Host 전문 중계", "version": "2.9.1", "language": "java",
                   "merchants": 37, "protocol": "TCP 고정길이 전문", "port": 9300}),
    "TermGate-PSTN": ("service", APPR, "SA", "P", [], [],
                      {"role": "구 전화선(다이얼업) 단말 접속", "version": "1.8.0", "decommissioned": "2026-03-31"}),
    # authorisation
    "auth.switch": ("service", APPR, "SA", "P", ["HBK-0421", "HBK-0422", "HBK-0423"],
                    ["redis-bin", "FraudEye-RT", "TokenVault", "van.netcancel", "Halbu-Promo", "ORA-APPR",
                     "kafka-txn", *ISSUERS],
                    {"role": "승인 중계 스위치 (BIN 라우팅, 카드사 전문 변환)", "product": "HanbitSwitch",
                     "version": "7.4.2", "language": "c++", "tps_limit": 4500, "issuer_timeout_ms": 7000,
                     "fds_timeout_ms": 150}),
    "van.netcancel": ("service", APPR, "SA", "P", ["HBK-0424"], ["ORA-APPR", *ISSUERS],
                      {"role": "망취소/취소 처리 (무응답·타임아웃 거래 자동 망취소)", "version": "3.2.0",
                       "language": "java", "retry": 3, "retry_interval_s": 20}),
    **{link: ("service", LINK, "SA", "P", [host], [],
              {"role": f"{company} 승인/취소 전문 연동", "issuer": company, "member_code": code, "line": line,
               "protocol": PROTOCOL.get(link, "KFTC 표준 카드전문 v2"), "version": "2.3.7"})
       for link, (company, host, code, line) in ISSUERS.items()},
    "FraudEye-RT": ("service", FDS, "SA", "P", ["HBK-0441", "HBK-0442"], ["redis-fds", "kafka-txn"],
                    {"role": "실시간 이상거래탐지 (FDS) 스코어링", "product": "FraudEye", "release": "5.1.0",
                     "rules": 1840, "score_timeout_ms": 120, "language": "java"}),
    "FraudEye-Console": ("service", FDS, "YS", "P", ["HBO-3007"], ["FraudEye-RT"],
                         {"role": "FDS 관제/룰 관리 콘솔", "product": "FraudEye", "release": "5.1.0", "seats": 24}),
    "TokenVault": ("service", SEC, "SA", "P", ["HBK-0443"], ["HSM-TKN"],
                   {"role": "카드번호 토큰화/복호화", "version": "2.6.4", "language": "go",
                    "tokens_issued": 48200000, "standard": "PCI DSS 4.0"}),
    "HSM-TKN": ("service", SEC, "SA", "P", ["HSM-SA-01", "HSM-SA-02"], [],
                {"role": "토큰/PIN/MAC 키 HSM 풀", "vendor": "Thales", "model": "payShield 10K",
                 "firmware": "1.8a", "units": 2, "license_cps": 2500}),
    "Halbu-Promo": ("service", APPR, "SA", "P", ["HBK-0444"], [],
                    {"role": "무이자/부분무이자 할부 프로모션 룰", "version": "1.14.0", "language": "kotlin",
                     "active_promotions": 63, "max_installment_months": 24}),
    "Notify-Hub": ("service", APPR, "SA", "P", ["HBK-0445"], ["kafka-txn"],
                   {"role": "승인/취소 문자·알림톡 발송", "version": "3.0.8", "channels": "SMS, 알림톡",
                    "daily_messages": 2300000}),
    # capture, settlement, payouts
    "MAEIP-BAT": ("service", STL, "SA", "P", ["HBK-0451"], ["ORA-STL", "ORA-APPR", "NTAP-SA02", "Batch-Sched"],
                  {"role": "매입 배치 (매입 파일 생성, 카드사별 매입 청구)", "schedule": "매일 00:30",
                   "expected_end": "03:00", "version": "2.8.0", "language": "java", "jobs": 96}),
    "MAEIP-FTP": ("service", STL, "SA", "P", ["HBK-0452"], ["NTAP-SA02"],
                  {"role": "매입 파일 송수신 (카드사 SFTP)", "protocol": "SFTP", "partners": 9, "version": "1.4.2"}),
    "JSAN-BAT": ("service", STL, "SA", "P", ["HBK-0453"], ["ORA-STL", "NTAP-SA02", "Batch-Sched"],
                 {"role": "가맹점 정산 배치 (수수료 계산, 지급액 확정)", "schedule": "영업일 04:00",
                  "expected_end": "06:00", "version": "3.3.1", "language": "java", "jobs": 148}),
    "Recon-Engine": ("service", STL, "SA", "P", ["HBK-0454"], ["ORA-STL", "kafka-txn", "NTAP-SA02"],
                     {"role": "승인-매입 대사, 카드사 반송/보류 처리", "version": "2.2.5", "language": "python"}),
    "Batch-Sched": ("service", INFRA, "SA", "P", ["HBK-0455"], [],
                    {"role": "배치 스케줄러", "product": "JobScheduler 2.7", "jobs_defined": 612}),
    "Payout-Svc": ("service", STL, "SA", "P", ["HBK-0456"], ["ORA-STL", "FirmBank-Link", "pg-merchant"],
                   {"role": "가맹점 정산대금 지급", "version": "1.9.0", "cutoff": "15:00", "language": "java"}),
    "FirmBank-Link": ("service", LINK, "SA", "P", ["HBK-0456"], [],
                      {"role": "펌뱅킹 (가맹점 대금 이체)", "bank": "우리은행, 신한은행", "version": "1.2.0"}),
    # merchants
    "MerchantHub": ("service", MERCH, "SA", "P", ["HBK-0461"], ["MerchantHub-API"],
                    {"role": "가맹점 관리자 포털 (매출/정산 조회, 취소 요청)", "url": "partner.hanbitpay.co.kr",
                     "version": "6.0.3", "language": "typescript", "merchants": 286000}),
    "MerchantHub-API": ("service", MERCH, "SA", "P", ["HBK-0462"], ["pg-merchant", "ORA-STL"],
                        {"role": "가맹점 포털 API", "version": "6.0.4", "language": "java", "rate_limit_rps": 800}),
    # call centre
    "CS-IVR": ("service", CS, "CA", "P", ["HBC-5001"], ["CS-CTI", "MerchantHub-API"],
               {"role": "가맹점 ARS (승인조회, 단말 장애접수)", "product": "Avaya Experience Portal 8.1",
                "lines": 240, "number": "1544-7100"}),
    "CS-CTI": ("service", CS, "CA", "P", ["HBC-5002"], [],
               {"role": "CTI, 녹취", "product": "Avaya Aura CM 10.1", "agents": 180}),
    "CS-CRM": ("service", CS, "CA", "P", ["HBC-5003"], ["pg-merchant", "CS-CTI", "MerchantHub-API"],
               {"role": "상담 CRM", "version": "4.5.2", "seats": 180}),
    # online PG (cloud)
    "PayFlow-API": ("service", PG, "NC", "P", ["ip-10-40-1-12", "ip-10-40-2-12"],
                    ["auth.switch", "TokenVault", "pg-payflow", "redis-pgsess", "coredns-pg", "EasyPay-Bridge",
                     "Halbu-Promo", "kftc.openbank"],
                    {"role": "PG 결제 승인/취소 API", "version": "3.21.0", "language": "kotlin",
                     "k8s_namespace": "payflow", "replicas": 12, "endpoint": "api.payflow.kr"}),
    "PayFlow-Checkout": ("service", PG, "NC", "P", ["ip-10-40-1-12"], ["PayFlow-API", "redis-pgsess", "coredns-pg"],
                         {"role": "PG 결제창 (웹/모바일)", "version": "3.21.2", "language": "typescript",
                          "k8s_namespace": "payflow", "replicas": 8, "endpoint": "pay.payflow.kr"}),
    "PayFlow-Noti": ("service", PG, "NC", "P", ["ip-10-40-2-12"], ["pg-payflow", "coredns-pg"],
                     {"role": "가맹점 결제결과 통보 (웹훅)", "version": "1.7.0", "language": "go",
                      "k8s_namespace": "payflow", "retry_policy": "5회 지수 백오프"}),
    "Receipt-Svc": ("service", PG, "NC", "P", ["ip-10-40-2-12"], ["pg-payflow", "ncp-obj-receipt"],
                    {"role": "전자 매출전표/영수증", "version": "1.3.1", "language": "go", "k8s_namespace": "payflow"}),
    "HanbitPay-Wallet": ("service", WALLET, "NC", "P", ["ip-10-40-3-11", "ip-10-40-3-12"],
                         ["TokenVault", "pg-wallet", "PayFlow-API", "coredns-pg"],
                         {"role": "한빛페이 간편결제 (등록카드 결제, 바코드/QR)", "version": "2.40.1",
                          "language": "kotlin", "k8s_namespace": "wallet", "mau": 3100000}),
    "EasyPay-Bridge": ("service", WALLET, "NC", "P", ["ip-10-40-3-12"],
                       ["ext.kakaopay", "ext.naverpay", "ext.tosspay", "coredns-pg"],
                       {"role": "외부 간편결제 연동 (카카오페이/네이버페이/토스페이)", "version": "1.11.0",
                        "language": "go", "k8s_namespace": "wallet", "cert_not_after": "2026-09-30"}),
    "ext.kakaopay": ("service", WALLET, "NC", "P", [], [],
                     {"role": "카카오페이 결제 API (외부)", "partner": "카카오페이", "sla_ms": 3000}),
    "ext.naverpay": ("service", WALLET, "NC", "P", [], [],
                     {"role": "네이버페이 결제 API (외부)", "partner": "네이버페이", "sla_ms": 3000}),
    "ext.tosspay": ("service", WALLET, "NC", "P", [], [],
                    {"role": "토스페이 결제 API (외부)", "partner": "토스페이먼츠", "sla_ms": 3000}),
    "kftc.openbank": ("service", LINK, "NC", "P", [], [],
                      {"role": "금융결제원 오픈뱅킹 (계좌이체 결제)", "partner": "금융결제원", "sla_ms": 5000}),
    "coredns-pg": ("service", CLOUD, "NC", "P", ["ip-10-40-1-11", "ip-10-40-2-11"], [],
                   {"role": "클러스터 DNS (NKS)", "product": "CoreDNS", "version": "1.11.3", "replicas": 4,
                    "cpu_limit": "500m"}),
    # ops tooling
    "ELK-Log": ("service", INFRA, "SA", "P", ["HBK-0491"], [],
                {"role": "로그 수집/검색", "product": "Elasticsearch 8.13", "retention_days": 30}),
    "Zabbix-Mon": ("service", INFRA, "SA", "P", ["HBK-0492"], [],
                   {"role": "인프라 모니터링", "product": "Zabbix 6.4", "monitored_hosts": 410}),
    # DR, stg, dev
    "auth.switch.dr": ("service", APPR, "DJ", "P", ["DJ-HBK-2102"], ["ORA-APPR-DR"],
                       {"role": "DR 승인 중계 (warm standby)", "product": "HanbitSwitch", "version": "7.4.2"}),
    "auth.switch.stg": ("service", APPR, "SA", "S", ["HBK-0901"], ["ORA-APPR-STG"],
                        {"role": "승인 중계 (스테이징)", "product": "HanbitSwitch", "version": "7.5.0-rc1"}),
    "TermGate-STG": ("service", APPR, "SA", "S", ["HBK-0902"], ["auth.switch.stg"],
                     {"role": "단말 접속 게이트웨이 (스테이징, 단말 인증 시험)", "version": "4.13.1-rc2"}),
    "PayFlow-API-stg": ("service", PG, "NC", "S", ["ip-10-40-9-21"], [],
                        {"role": "PG 결제 API (스테이징)", "version": "3.22.0-rc1", "k8s_namespace": "payflow-stg"}),
    "HanbitPay-Wallet-dev": ("service", WALLET, "NC", "D", ["ip-10-40-9-31"], [],
                             {"role": "간편결제 (개발)", "version": "2.41.0-SNAPSHOT", "k8s_namespace": "wallet-dev"}),
    "FraudEye-RT-dev": ("service", FDS, "YS", "D", ["HBO-3010"], [],
                        {"role": "FDS 스코어링 (개발, 룰 시뮬레이션)", "product": "FraudEye", "release": "5.2.0-beta"}),
    # databases
    "ORA-APPR": ("database", DBA, "SA", "P", ["HBK-0471", "HBK-0472"], ["PURE-SA01"],
                 {"engine": "oracle", "version": "19.22", "cluster": "RAC 2-node", "port": 1521, "size_tb": 14.2,
                  "description": "승인 원장 (승인/취소/망취소 거래)", "replication": "Data Guard to ORA-APPR-DR"}),
    "ORA-STL": ("database", DBA, "SA", "P", ["HBK-0473", "HBK-0474"], ["PURE-SA01"],
                {"engine": "oracle", "version": "19.22", "cluster": "RAC 2-node", "port": 1521, "size_tb": 22.8,
                 "description": "매입/정산/가맹점 수수료"}),
    "ORA-APPR-DR": ("database", DBA, "DJ", "P", ["DJ-HBK-2101"], [],
                    {"engine": "oracle", "version": "19.22", "role": "Data Guard standby", "port": 1521}),
    "pg-merchant": ("database", DBA, "SA", "P", ["HBK-0475"], [],
                    {"engine": "postgresql", "version": "15.6", "port": 5432, "size_gb": 860,
                     "description": "가맹점 마스터, 포털 계정, 상담 이력", "wal_volume_gb": 200}),
    "pg-payflow": ("database", CLOUD, "NC", "P", [], [],
                   {"engine": "postgresql", "product": "Cloud DB for PostgreSQL 14", "port": 5432,
                    "spec": "vCPU 16 / 64GB", "max_connections": 2000}),
    "pg-wallet": ("database", CLOUD, "NC", "P", [], [],
                  {"engine": "postgresql", "product": "Cloud DB for PostgreSQL 14", "port": 5432,
                   "spec": "vCPU 8 / 32GB", "max_connections": 1000}),
    "ORA-APPR-STG": ("database", DBA, "SA", "S", ["HBK-0901"], [],
                     {"engine": "oracle", "version": "19.23", "port": 1521}),
    # caches, queues
    "redis-bin": ("cache", APPR, "SA", "P", ["HBK-0476"], [],
                  {"engine": "redis", "version": "7.2.4", "maxmemory_gb": 8, "port": 6379,
                   "description": "BIN 테이블, 카드사 라우팅, 가맹점 단말 캐시"}),
    "redis-fds": ("cache", FDS, "SA", "P", ["HBK-0477"], [],
                  {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 32, "eviction": "allkeys-lru",
                   "port": 6380, "description": "FDS 속도(velocity) 카운터, 카드별 최근 거래"}),
    "redis-pgsess": ("cache", PG, "NC", "P", [], [],
                     {"engine": "redis", "product": "Cloud DB for Redis 7", "maxmemory_gb": 16, "port": 6379,
                      "description": "결제창 세션"}),
    "kafka-txn": ("queue", INFRA, "SA", "P", ["HBK-0481", "HBK-0482", "HBK-0483"], [],
                  {"product": "Apache Kafka 3.7", "brokers": 3, "port": 9092, "min_insync_replicas": 2,
                   "topics": "appr.events, cancel.events, fds.score, noti.out",
                   "description": "승인/취소 이벤트 버스"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "A10-POS": ("SA", NET, ["TermGate-01", "TermGate-02", "TermGate-03"],
                {"vendor": "A10 Networks", "model": "Thunder 3350S", "vip": "211.180.40.10",
                 "description": "단말 접속 L4"}),
    "F5-H2H": ("SA", NET, ["H2H-Relay"],
               {"vendor": "F5", "model": "BIG-IP i5800", "vip": "211.180.40.20", "description": "H2H 전용 L4"}),
    "F5-INT": ("SA", NET, ["auth.switch", "TokenVault", "FraudEye-RT"],
               {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.31.5.10", "description": "내부 L4 (승인계)"}),
    "F5-MERCH": ("SA", NET, ["MerchantHub", "MerchantHub-API"],
                 {"vendor": "F5", "model": "BIG-IP i4600", "endpoint": "partner.hanbitpay.co.kr",
                  "tls_cert_expiry": "2026-07-12", "description": "가맹점 포털 L7"}),
    "ncp-alb-pg": ("NC", CLOUD, ["PayFlow-API", "PayFlow-Checkout"],
                   {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "api.payflow.kr",
                    "tls_cert_expiry": "2027-02-14"}),
    "ncp-alb-wallet": ("NC", CLOUD, ["HanbitPay-Wallet"],
                       {"vendor": "NAVER Cloud", "model": "Application Load Balancer",
                        "endpoint": "wallet.hanbitpay.co.kr", "tls_cert_expiry": "2026-11-03"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "PURE-SA01": ("SA", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 120,
                                "protocol": "FC", "description": "승인/정산 Oracle 블록 스토리지"},
                  ["HBK-0471", "HBK-0472", "HBK-0473", "HBK-0474"]),
    "NTAP-SA02": ("SA", INFRA, {"vendor": "NetApp", "model": "AFF A250", "capacity_tb": 48, "protocol": "NFS",
                                "ontap": "9.14.1", "volumes": "/vol/maeip, /vol/jsan, /vol/recon",
                                "description": "매입/정산 파일 NAS"},
                  ["HBK-0451", "HBK-0452", "HBK-0453", "HBK-0454"]),
    "DD-DJ01": ("DJ", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6400", "capacity_tb": 160,
                              "protocol": "DD Boost", "description": "DB/NAS 백업 (대전)"}, ["DJ-HBK-2101"]),
    "ncp-obj-receipt": ("NC", PG, {"vendor": "NAVER Cloud", "model": "Object Storage", "bucket": "hbp-receipt",
                                   "description": "전자 매출전표 PDF"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "HBK-0411": ("SA", "P", "vm", {"role": "TermGate-01"}),
    "HBK-0412": ("SA", "P", "vm", {"role": "TermGate-02"}),
    "HBK-0413": ("SA", "P", "vm", {"role": "TermGate-03 (LTE)"}),
    "HBK-0414": ("SA", "P", "vm", {"role": "H2H 중계"}),
    "HBK-0421": ("SA", "P", "physical", {"role": "승인 중계 #1", "model": "HPE DL380 Gen11"}),
    "HBK-0422": ("SA", "P", "physical", {"role": "승인 중계 #2", "model": "HPE DL380 Gen11"}),
    "HBK-0423": ("SA", "P", "physical", {"role": "승인 중계 #3", "model": "HPE DL380 Gen11"}),
    "HBK-0424": ("SA", "P", "vm", {"role": "망취소 처리"}),
    "HBK-0431": ("SA", "P", "physical", {"role": "카드사 연동 A (신한/KB/삼성/현대/롯데)", "model": "Dell R660"}),
    "HBK-0432": ("SA", "P", "physical", {"role": "카드사 연동 B (BC/하나/우리/NH)", "model": "Dell R660"}),
    "HBK-0441": ("SA", "P", "physical", {"role": "FDS 스코어링 #1", "model": "Dell R760"}),
    "HBK-0442": ("SA", "P", "physical", {"role": "FDS 스코어링 #2", "model": "Dell R760"}),
    "HBK-0443": ("SA", "P", "vm", {"role": "토큰 볼트"}),
    "HBK-0444": ("SA", "P", "vm", {"role": "할부 프로모션"}),
    "HBK-0445": ("SA", "P", "vm", {"role": "알림 발송"}),
    "HBK-0447": ("SA", "P", "physical", {"role": "FDS 스코어링 예비 (메모리 교체)", "model": "Dell R760"}),
    "HSM-SA-01": ("SA", "P", "appliance", {"role": "HSM #1", "vendor": "Thales", "model": "payShield 10K",
                                            "firmware": "1.8a", "license_cps": 1250}),
    "HSM-SA-02": ("SA", "P", "appliance", {"role": "HSM #2", "vendor": "Thales", "model": "payShield 10K",
                                            "firmware": "1.9a", "license_cps": 250}),
    "HBK-0451": ("SA", "P", "vm", {"role": "매입 배치"}),
    "HBK-0452": ("SA", "P", "vm", {"role": "매입 SFTP"}),
    "HBK-0453": ("SA", "P", "vm", {"role": "정산 배치"}),
    "HBK-0454": ("SA", "P", "vm", {"role": "대사"}),
    "HBK-0455": ("SA", "P", "vm", {"role": "배치 스케줄러"}),
    "HBK-0456": ("SA", "P", "vm", {"role": "지급, 펌뱅킹"}),
    "HBK-0461": ("SA", "P", "vm", {"role": "가맹점 포털 WEB"}),
    "HBK-0462": ("SA", "P", "vm", {"role": "가맹점 포털 API"}),
    "HBK-0471": ("SA", "P", "physical", {"role": "승인 Oracle RAC node 1", "model": "HPE DL560 Gen11"}),
    "HBK-0472": ("SA", "P", "physical", {"role": "승인 Oracle RAC node 2", "model": "HPE DL560 Gen11"}),
    "HBK-0473": ("SA", "P", "physical", {"role": "정산 Oracle RAC node 1", "model": "HPE DL380 Gen11"}),
    "HBK-0474": ("SA", "P", "physical", {"role": "정산 Oracle RAC node 2", "model": "HPE DL380 Gen11"}),
    "HBK-0475": ("SA", "P", "physical", {"role": "가맹점 PostgreSQL", "model": "Dell R750",
                                         "volumes": "/pgdata 2TB, /pg_wal 200GB"}),
    "HBK-0476": ("SA", "P", "vm", {"role": "BIN Redis"}),
    "HBK-0477": ("SA", "P", "physical", {"role": "FDS Redis", "model": "Dell R660"}),
    "HBK-0481": ("SA", "P", "physical", {"role": "Kafka broker 1", "model": "Dell R750xs"}),
    "HBK-0482": ("SA", "P", "physical", {"role": "Kafka broker 2", "model": "Dell R750xs"}),
    "HBK-0483": ("SA", "P", "physical", {"role": "Kafka broker 3", "model": "Dell R750xs"}),
    "HBK-0491": ("SA", "P", "vm", {"role": "로그 (Elasticsearch)"}),
    "HBK-0492": ("SA", "P", "vm", {"role": "모니터링 (Zabbix)"}),
    "HBK-0901": ("SA", "S", "vm", {"role": "스테이징 승인 중계, DB"}),
    "HBK-0902": ("SA", "S", "vm", {"role": "스테이징 단말 게이트웨이"}),
    "SA-CORE-SW1": ("SA", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                                           "firmware": "NX-OS 10.2(6)"}),
    "SA-CORE-SW2": ("SA", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                                           "firmware": "NX-OS 10.2(6)"}),
    "FW-CARDNET": ("SA", "P", "network", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 1800F",
                                          "firmware": "FortiOS 7.2.8", "description": "카드사망 방화벽"}),
    "RTR-CARDNET": ("SA", "P", "network", {"device": "router", "vendor": "Cisco", "model": "ISR 4451",
                                           "firmware": "IOS-XE 17.9.5", "circuits": 18,
                                           "description": "카드사 전용회선 라우터"}),
    "FW-INET": ("SA", "P", "network", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440",
                                       "firmware": "PAN-OS 11.0.4", "description": "인터넷/대외 방화벽"}),
    "DX-NCP": ("SA", "P", "network", {"device": "router", "vendor": "Juniper", "model": "MX204",
                                      "firmware": "Junos 22.4R3", "circuit": "NCP Cloud Connect 1G x2",
                                      "description": "클라우드 전용 연결"}),
    # 대전 DR
    "DJ-HBK-2101": ("DJ", "P", "physical", {"role": "DR 승인 Oracle (Data Guard)", "model": "HPE DL560 Gen11"}),
    "DJ-HBK-2102": ("DJ", "P", "vm", {"role": "DR 승인 중계"}),
    "HSM-DJ-01": ("DJ", "P", "appliance", {"role": "DR HSM", "vendor": "Thales", "model": "payShield 10K",
                                           "firmware": "1.8a", "license_cps": 1250}),
    "DJ-CORE-SW1": ("DJ", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9348GC-FXP",
                                           "firmware": "NX-OS 10.2(6)"}),
    # cloud
    "ip-10-40-1-11": ("NC", "P", "node", {"node_pool": "np-system", "zone": "KR-1", "spec": "s4-g3 (4vCPU/16GB)"}),
    "ip-10-40-2-11": ("NC", "P", "node", {"node_pool": "np-system", "zone": "KR-2", "spec": "s4-g3 (4vCPU/16GB)"}),
    "ip-10-40-1-12": ("NC", "P", "node", {"node_pool": "np-payflow", "zone": "KR-1", "spec": "c16-g3 (16vCPU/32GB)"}),
    "ip-10-40-2-12": ("NC", "P", "node", {"node_pool": "np-payflow", "zone": "KR-2", "spec": "c16-g3 (16vCPU/32GB)"}),
    "ip-10-40-3-11": ("NC", "P", "node", {"node_pool": "np-wallet", "zone": "KR-1", "spec": "c8-g3 (8vCPU/16GB)"}),
    "ip-10-40-3-12": ("NC", "P", "node", {"node_pool": "np-wallet", "zone": "KR-2", "spec": "c8-g3 (8vCPU/16GB)"}),
    "ip-10-40-9-21": ("NC", "S", "node", {"node_pool": "np-stg", "zone": "KR-1", "spec": "s8-g3 (8vCPU/32GB)"}),
    "ip-10-40-9-31": ("NC", "D", "node", {"node_pool": "np-dev", "zone": "KR-1", "spec": "s8-g3 (8vCPU/32GB)"}),
    # office, CS centre
    "HBO-3007": ("YS", "P", "vm", {"role": "FDS 관제 콘솔"}),
    "HBO-3010": ("YS", "D", "vm", {"role": "FDS 개발/룰 시뮬레이션"}),
    "OFC-SW1": ("YS", "P", "network", {"device": "core switch", "vendor": "Aruba", "model": "CX 6300M",
                                       "firmware": "AOS-CX 10.12"}),
    "HBC-5001": ("CA", "P", "vm", {"role": "ARS"}),
    "HBC-5002": ("CA", "P", "vm", {"role": "CTI, 녹취"}),
    "HBC-5003": ("CA", "P", "vm", {"role": "상담 CRM"}),
    "CS-SW1": ("CA", "P", "network", {"device": "core switch", "vendor": "Aruba", "model": "CX 6300M",
                                      "firmware": "AOS-CX 10.12"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("SA-CORE-SW2", "SA-CORE-SW1"),
    ("FW-CARDNET", "SA-CORE-SW1"),
    ("RTR-CARDNET", "FW-CARDNET"),
    ("FW-INET", "SA-CORE-SW1"),
    ("DX-NCP", "SA-CORE-SW1"),
    ("DJ-CORE-SW1", "SA-CORE-SW1"),
    ("OFC-SW1", "SA-CORE-SW2"),
    ("CS-SW1", "SA-CORE-SW2"),
    *((link, "RTR-CARDNET") for link in ISSUERS),
    ("MAEIP-FTP", "FW-CARDNET"),
    ("FirmBank-Link", "FW-INET"),
    ("EasyPay-Bridge", "FW-INET"),
    ("PayFlow-API", "DX-NCP"),
    ("HanbitPay-Wallet", "DX-NCP"),
    ("ORA-APPR", "ORA-APPR-DR"),  # Data Guard redo transport to 대전
    ("HSM-SA-01", "HSM-DJ-01"),  # key sync
]
# fmt: on
STATUS = {"HBK-0447": "maintenance", "TermGate-PSTN": "retired"}
NET_PREFIX = {"SA": "10.31", "DJ": "10.61", "YS": "172.20", "CA": "10.71"}
NOT_MEASURED = {"ORA-APPR-DR", "auth.switch.dr", "ncp-obj-receipt", "DD-DJ01"}
DISK_WATCHED = {
    "HBK-0475",
    "HBK-0491",
    "HBK-0451",
    "HBK-0452",
    "HBK-0471",
    "HBK-0472",
    "HBK-0473",
    "HBK-0474",
    "HBK-0481",
    "HBK-0482",
    "HBK-0483",
    "HBK-0477",
    "HBC-5002",
    "DJ-HBK-2101",
}
REQUEST_RATE = {  # transactions or calls per second at full load
    "TermGate-01": 820.0,
    "TermGate-02": 760.0,
    "TermGate-03": 240.0,
    "H2H-Relay": 310.0,
    "auth.switch": 2300.0,
    "van.netcancel": 6.0,
    "iss.shinhan": 440.0,
    "iss.kbcard": 400.0,
    "iss.samsung": 330.0,
    "iss.hyundai": 300.0,
    "iss.lotte": 170.0,
    "iss.bccard": 260.0,
    "iss.hana": 150.0,
    "iss.woori": 130.0,
    "iss.nh": 120.0,
    "FraudEye-RT": 2300.0,
    "TokenVault": 520.0,
    "HSM-TKN": 900.0,
    "PayFlow-API": 640.0,
    "PayFlow-Checkout": 380.0,
    "PayFlow-Noti": 450.0,
    "HanbitPay-Wallet": 290.0,
    "EasyPay-Bridge": 210.0,
    "coredns-pg": 5200.0,
    "MerchantHub-API": 260.0,
    "ORA-APPR": 6800.0,
    "kafka-txn": 4800.0,
    "pg-merchant": 900.0,
    "pg-payflow": 2100.0,
}
CACHE_MEMORY = {"redis-bin": (44.0, 4.0), "redis-fds": (58.0, 9.0), "redis-pgsess": (37.0, 12.0)}
PAAS_CPU = {"pg-payflow", "pg-wallet", "redis-pgsess", "coredns-pg"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod" and ci["name"] not in NOT_MEASURED


INCIDENTS = [
    {
        "id": "I1",
        "kind": "cache_maxmemory_evictions",
        "root": "redis-fds",
        "description": "at Monday's lunch peak the FDS velocity cache redis-fds reaches maxmemory (counters written"
        " without a TTL since Sunday's key migration); evictions and latency spikes make FraudEye-RT time out"
        " (loudest), auth.switch waits for the FDS score on every approval, TermGate-01/02, H2H-Relay and"
        " PayFlow-API follow, until the TTL-less keys are expired and maxmemory raised",
        "start": kst(22, 11, 55),
        "end": kst(22, 12, 50),
        "affected": [
            "redis-fds",
            "FraudEye-RT",
            "auth.switch",
            "TermGate-01",
            "TermGate-02",
            "H2H-Relay",
            "PayFlow-API",
        ],
    },
    {
        "id": "I2",
        "kind": "hsm_capacity",
        "root": "HSM-SA-02",
        "description": "the HSM appliance HSM-SA-02 came back from its firmware update with the performance licence"
        " reset to 250 cps; at Tuesday's evening shopping peak it saturates and the HSM-TKN pool queues:"
        " TokenVault de-tokenisation times out (loudest), PayFlow-API, HanbitPay-Wallet, auth.switch token"
        " approvals and PayFlow-Checkout fail, until the unit is taken out of the pool and the licence restored",
        "start": kst(23, 20, 10),
        "end": kst(23, 21, 5),
        "affected": [
            "HSM-SA-02",
            "HSM-TKN",
            "TokenVault",
            "PayFlow-API",
            "HanbitPay-Wallet",
            "auth.switch",
            "PayFlow-Checkout",
        ],
    },
    {
        "id": "I3",
        "kind": "db_sequence_contention",
        "root": "ORA-APPR",
        "description": "on payday lunch the approval ledger ORA-APPR stalls on sequence contention (enq: SQ -"
        " contention; APPR_SEQ was left NOCACHE ORDER by the RAC migration): approval inserts wait, auth.switch"
        " times out (loudest), van.netcancel sends 망취소, TermGate-01..03, H2H-Relay and PayFlow-API follow, until"
        " the sequence is altered to CACHE 1000 NOORDER",
        "start": kst(25, 12, 20),
        "end": kst(25, 13, 15),
        "affected": [
            "ORA-APPR",
            "auth.switch",
            "van.netcancel",
            "TermGate-01",
            "TermGate-02",
            "TermGate-03",
            "H2H-Relay",
            "PayFlow-API",
        ],
    },
    {
        "id": "I4",
        "kind": "issuer_key_exchange_failure",
        "root": "iss.kbcard",
        "description": "on Saturday afternoon the KB국민카드 link iss.kbcard fails its working-key exchange after the"
        " card company rotated its zone key: every KB approval answers a MAC error or times out, auth.switch"
        " waits and van.netcancel floods with 망취소 (loudest), TermGate-01..03 and PayFlow-API show the errors,"
        " until the keys are re-exchanged with KB",
        "start": kst(27, 14, 10),
        "end": kst(27, 15, 5),
        "affected": [
            "iss.kbcard",
            "van.netcancel",
            "auth.switch",
            "TermGate-01",
            "TermGate-02",
            "TermGate-03",
            "PayFlow-API",
        ],
    },
    {
        "id": "I5",
        "kind": "wal_volume_full",
        "root": "pg-merchant",
        "description": "at the month-end afternoon peak the merchant database pg-merchant stops: its pg_wal volume"
        " on HBK-0475 fills because the replication slot of a CDC connector stopped on Monday kept every WAL"
        " segment: MerchantHub-API fails (loudest), MerchantHub, Payout-Svc, CS-CRM and CS-IVR follow, until"
        " the slot is dropped and the database restarted",
        "start": kst(30, 16, 0),
        "end": kst(30, 16, 55),
        "affected": ["pg-merchant", "MerchantHub-API", "Payout-Svc", "CS-CRM", "MerchantHub", "CS-IVR"],
    },
    {
        "id": "I6",
        "kind": "nas_volume_full",
        "root": "NTAP-SA02",
        "description": "during the night capture batch the NAS NTAP-SA02 volume /vol/maeip fills with the month-end"
        " capture files (snapshot autodelete off since Sunday's ONTAP upgrade): MAEIP-BAT abends (loudest),"
        " MAEIP-FTP cannot stage files to the card companies and Recon-Engine stalls, until old snapshots are"
        " deleted and the batch restarted",
        "start": kst(31, 0, 40),
        "end": kst(31, 1, 35),
        "affected": ["NTAP-SA02", "MAEIP-BAT", "MAEIP-FTP", "Recon-Engine"],
    },
    {
        "id": "I7",
        "kind": "dns_throttled",
        "root": "coredns-pg",
        "description": "under the month-start webhook burst the cluster DNS coredns-pg hits its CPU limit and is"
        " throttled (SERVFAIL, i/o timeouts): PayFlow-Noti cannot resolve merchant callback hosts (loudest),"
        " PayFlow-API, PayFlow-Checkout, EasyPay-Bridge and HanbitPay-Wallet fail their lookups (ongoing)",
        "start": kst(31, 13, 50),
        "end": None,
        "affected": [
            "coredns-pg",
            "PayFlow-Noti",
            "PayFlow-API",
            "PayFlow-Checkout",
            "EasyPay-Bridge",
            "HanbitPay-Wallet",
        ],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS


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
        attrs: dict = {}
        if kind == "node":
            owner = CLOUD
            attrs = {
                "form": "nks-node",
                "private_ip": h.removeprefix("ip-").replace("-", "."),
                "os": "Ubuntu 22.04",
                "platform": "NKS 1.29",
                "cluster": "nks-payflow-prd" if env == "P" else "nks-payflow-dev",
            }
        else:
            env_net = {"P": 0, "S": 100, "D": 200}[env]
            ip = f"{NET_PREFIX[site]}.{env_net + 10 + i // 10}.{21 + (i * 37) % 200}"
            if kind == "vm":
                attrs = {
                    "form": "vm",
                    "ip": ip,
                    "os": rng.choice(["RHEL 8.9", "RHEL 9.3", "Rocky Linux 8.9"]),
                    "vcpu": rng.choice([4, 8, 16]),
                    "memory_gb": rng.choice([16, 32, 64]),
                    "hypervisor": "VMware vSphere 7.0U3",
                }
            elif kind == "physical":
                attrs = {
                    "form": "physical",
                    "ip": ip,
                    "os": rng.choice(["RHEL 8.9", "RHEL 9.3"]),
                    "cpu_cores": rng.choice([32, 48, 64]),
                    "mem_gb": rng.choice([256, 384, 512]),
                    "serial": f"{rng.choice(['CZJ', 'SGH', '7Q'])}{rng.randint(100000, 999999)}",
                }
            elif kind == "appliance":
                owner = SEC
                attrs = {"form": "hsm", "mgmt_ip": ip, "fips": "140-2 Level 3"}
            else:
                owner = NET
                attrs = {"form": extra["device"].replace("core ", ""), "mgmt_ip": ip}
        if site == "CA":
            owner = CS
        if h in ("HBK-0471", "HBK-0472"):
            attrs["mem_gb"] = 1024
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _weekend(ts: datetime) -> bool:
    return _local(ts).weekday() >= 5


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _day_factor(ts: datetime) -> float:
    """Payday (25th) and month-end (30th) carry more volume, the first of the month a little."""
    return {PAYDAY: 1.16, MONTH_END: 1.1, 1: 1.05}.get(_local(ts).day, 1.0)


def _offline(ts: datetime) -> float:
    """Card-present volume: morning coffee, the lunch peak 11:30–13:30, the afternoon, the evening out."""
    h = seoul_hour(ts)
    if _weekend(ts):
        d = 0.05 + 0.5 * _bump(h, 12.8, 1.2) + 0.55 * _bump(h, 16.0, 2.4) + 0.5 * _bump(h, 19.2, 1.4)
    else:
        d = (
            0.04
            + 0.25 * _bump(h, 8.3, 0.9)
            + 0.9 * _bump(h, 12.4, 0.8)
            + 0.4 * _bump(h, 15.5, 1.6)
            + 0.7 * _bump(h, 19.4, 1.2)
            + 0.15 * _bump(h, 22.3, 0.8)
        )
    return min(1.15, d * _day_factor(ts))


def _online(ts: datetime) -> float:
    """Online shopping: some lunch, the evening peak 20:00–23:00, busier weekends."""
    h = seoul_hour(ts)
    d = 0.05 + 0.35 * _bump(h, 12.4, 1.0) + 0.3 * _bump(h, 15.5, 2.0) + 0.85 * _bump(h, 21.2, 1.4)
    if _weekend(ts):
        d += 0.18 * _bump(h, 15, 3)
    return min(1.15, d * _day_factor(ts))


def _card(ts: datetime) -> float:
    """Everything through the switch: offline and online."""
    return min(1.15, 0.72 * _offline(ts) + 0.33 * _online(ts))


def _capture(ts: datetime) -> float:
    """The night 매입 batch 00:30–03:00 every night (month-end files the biggest)."""
    h = seoul_hour(ts)
    if 0.5 <= h < 3.0:
        return 0.8 * (1.2 if _local(ts).day == 1 else 1.0)
    return 0.08


def _settle(ts: datetime) -> float:
    """정산 04:00–06:00 on weekday mornings, 대사 06:00–07:00 every day, the payout cut-off before 15:00."""
    t, h = _local(ts), seoul_hour(ts)
    if t.weekday() < 5 and 4 <= h < 6:
        return 0.85
    if 6 <= h < 7:
        return 0.6
    if t.weekday() < 5 and 13.5 <= h < 15:
        return 0.45
    return 0.07 + 0.25 * _capture(ts)


def _office(ts: datetime) -> float:
    """Merchant portal and back office: 09–18 on weekdays, the month-end afternoon and the 1st busiest."""
    t, h = _local(ts), seoul_hour(ts)
    if _weekend(ts):
        return 0.05 + 0.06 * _bump(h, 14, 3)
    if h < 8 or h >= 19:
        return 0.05
    boost = {MONTH_END: 1.4, 1: 1.25}.get(t.day, 1.0)
    return min(1.1, (0.25 + 0.45 * _bump(h, 10.5, 1.2) + 0.4 * _bump(h, 15.5, 1.3)) * boost)


def _call(ts: datetime) -> float:
    t, h = _local(ts), seoul_hour(ts)
    if t.weekday() == 6 or (t.weekday() == 5 and not 9 <= h < 13) or h < 9 or h >= 18:
        return 0.06
    return 0.3 + 0.45 * _bump(h, 10.2, 1.0) + 0.3 * _bump(h, 14.5, 1.5)


def _steady(ts: datetime) -> float:
    return 0.5


OFFLINE = {"TermGate-01", "TermGate-02", "TermGate-03", "H2H-Relay", "A10-POS", "F5-H2H"}
OFFLINE |= {"HBK-0411", "HBK-0412", "HBK-0413", "HBK-0414"}
CARD = {"auth.switch", "van.netcancel", "FraudEye-RT", "redis-fds", "redis-bin", "ORA-APPR", "kafka-txn"}
CARD |= {"Notify-Hub", "Halbu-Promo", "F5-INT", "PURE-SA01", "RTR-CARDNET", "FW-CARDNET", "SA-CORE-SW1"}
CARD |= set(ISSUERS) | {"HBK-0421", "HBK-0422", "HBK-0423", "HBK-0424", "HBK-0431", "HBK-0432", "HBK-0441"}
CARD |= {"HBK-0442", "HBK-0444", "HBK-0445", "HBK-0471", "HBK-0472", "HBK-0476", "HBK-0477", "HBK-0481"}
CARD |= {"HBK-0482", "HBK-0483"}
ONLINE = {
    "PayFlow-API",
    "PayFlow-Checkout",
    "PayFlow-Noti",
    "Receipt-Svc",
    "HanbitPay-Wallet",
    "EasyPay-Bridge",
}
ONLINE |= {"ext.kakaopay", "ext.naverpay", "ext.tosspay", "kftc.openbank", "coredns-pg", "pg-payflow"}
ONLINE |= {"pg-wallet", "redis-pgsess", "ncp-alb-pg", "ncp-alb-wallet", "TokenVault", "HSM-TKN", "DX-NCP"}
ONLINE |= {"FW-INET", "HBK-0443", "HSM-SA-01", "HSM-SA-02"} | {h for h in HOSTS if h.startswith("ip-10-40-")}
CAPTURE = {"MAEIP-BAT", "MAEIP-FTP", "NTAP-SA02", "HBK-0451", "HBK-0452", "Batch-Sched", "HBK-0455"}
SETTLE = {"JSAN-BAT", "Recon-Engine", "ORA-STL", "Payout-Svc", "FirmBank-Link", "HBK-0453", "HBK-0454"}
SETTLE |= {"HBK-0456", "HBK-0473", "HBK-0474"}
OFFICE = {"MerchantHub", "MerchantHub-API", "pg-merchant", "F5-MERCH", "HBK-0461", "HBK-0462", "HBK-0475"}
OFFICE |= {"FraudEye-Console", "HBO-3007", "OFC-SW1", "SA-CORE-SW2"}
CALL = {"CS-IVR", "CS-CTI", "CS-CRM", "HBC-5001", "HBC-5002", "HBC-5003", "CS-SW1"}


def _load(name: str):
    for group, shape in (
        (OFFLINE, _offline),
        (CARD, _card),
        (ONLINE, _online),
        (CAPTURE, _capture),
        (SETTLE, _settle),
        (OFFICE, _office),
        (CALL, _call),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {0: (7.0, 3.5), 1: (6.5, 24.0), 2: (2.6, 9.0), 3: (1.0, 4.5)},
    "I2": {0: (0.0, 0.0), 1: (9.0, 6.0), 2: (6.0, 19.0), 3: (1.8, 9.5), 4: (0.9, 4.0)},
    "I3": {0: (14.0, 2.5), 1: (5.5, 14.0), 2: (1.6, 8.5)},
    "I4": {0: (3.5, 22.0), 1: (2.4, 12.0), 2: (0.8, 6.5)},
    "I5": {0: (11.0, 26.0), 1: (4.0, 33.0), 2: (1.5, 12.0)},
    "I6": {0: (22.0, 6.0), 1: (5.0, 18.0)},
    "I7": {0: (8.0, 14.0), 1: (3.0, 21.0)},
}
# the loudest victim of each incident (most errors): I1 FraudEye-RT, I2 TokenVault, I3 auth.switch,
# I4 van.netcancel, I5 MerchantHub-API, I6 MAEIP-BAT, I7 PayFlow-Noti
EFFECT_OVERRIDE = {
    ("I1", "FraudEye-RT"): (7.5, 41.0),
    ("I2", "TokenVault"): (6.5, 44.0),
    ("I2", "auth.switch"): (0.6, 3.0),
    ("I3", "auth.switch"): (6.0, 29.0),
    ("I3", "van.netcancel"): (3.0, 11.0),
    ("I4", "van.netcancel"): (2.8, 36.0),
    ("I4", "auth.switch"): (1.6, 9.0),
    ("I5", "MerchantHub-API"): (5.0, 52.0),
    ("I5", "Payout-Svc"): (2.0, 18.0),
    ("I6", "MAEIP-BAT"): (4.0, 47.0),
    ("I6", "Recon-Engine"): (1.5, 7.0),
    ("I7", "PayFlow-Noti"): (4.0, 38.0),
    ("I7", "PayFlow-Checkout"): (1.4, 9.0),
}

HOST = HostBaseline(cpu=(0.55, 0.75, 1.0), memory=(5, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.75, 0.45, 0.05), requests=(0.12, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    kind = HOSTS[name][2]
    if kind == "network":
        return _appliance_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(10, 32), rng.uniform(36, 62), rng.uniform(28, 58)
    growth = rng.uniform(0, 0.15)
    if name == "HBK-0491":
        disk0, growth = 63.5, 1.1
    if name == "HBK-0475":
        disk0, growth = 41.0, 0.02
    load = _load(name)
    wal_from = kst(29, 10, 20)  # the CDC connector stops; its slot keeps every WAL segment
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "HBK-0475":  # pg_wal on the data volume's sibling fills up to the stop
            fill = max(0.0, (ts - wal_from).total_seconds() / 3600) * (ts < I5["end"])
            disk = min(disk + 1.95 * fill, 99.9 + rng.gauss(0, 0.02))
            if ts >= I5["end"]:
                disk = min(disk, 43.0 + rng.gauss(0, 0.1))
            cpu += 30 * ramp(ts, I5["start"], I5["end"], rise=5, fall=10)
        if name == "HSM-SA-02":  # the licence caps the unit: saturated at the evening peak
            cpu += (99.0 + rng.gauss(0, 0.3) - cpu) * ramp(
                ts, I2["start"] - timedelta(minutes=5), I2["end"], 5
            )
        if name in ("HBK-0471", "HBK-0472"):
            cpu += 38 * ramp(ts, I3["start"], I3["end"], rise=5, fall=10)
        if name == "HBK-0477":
            cpu += 27 * ramp(ts, I1["start"], I1["end"], rise=5, fall=10)
        if name == "HBK-0451":  # the capture batch working, then waiting on NFS
            cpu += 25 * _capture(ts) - 15 * ramp(ts, I6["start"], I6["end"], rise=5, fall=10)
        if name in ("ip-10-40-1-11", "ip-10-40-2-11"):
            cpu += 22 * ramp(ts, I7["start"], None, rise=10)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.9), 1)))
    return rows


def _appliance_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network devices: CPU, round-trip latency and packet loss."""
    rows = []
    cpu0 = rng.uniform(6, 24)
    rtt0 = rng.uniform(0.2, 1.2)
    if name == "DX-NCP":
        rtt0 = 1.9
    if name in ("DJ-CORE-SW1", "CS-SW1", "OFC-SW1"):
        rtt0 = rng.uniform(2.5, 5.0)  # the WAN to 상암
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
    """Storage arrays: used capacity, I/O latency and I/O errors (/vol/maeip filling on NTAP-SA02)."""
    name = ci["name"]
    used = {"PURE-SA01": (57, 58), "NTAP-SA02": (71, 72), "DD-DJ01": (49, 51)}.get(name, (40, 58))
    filling = None
    if name == "NTAP-SA02":

        def filling(r: random.Random, ts: datetime) -> float:
            base = 71.5 + 0.35 * (ts - START).total_seconds() / 86400
            base += 11.0 * _capture(ts) * (_capture(ts) > 0.5)  # the night's capture files until 매입 ends
            if kst(30, 23) <= ts < I6["end"]:  # the month-end files, snapshots kept
                base = min(99.9, 84.0 + 16.5 * (ts - kst(30, 23)).total_seconds() / 3600 / 1.67)
            if ts >= I6["end"]:
                base = 68.0 + 0.3 * (ts - I6["end"]).total_seconds() / 86400
            return base + r.gauss(0, 0.05)

    fill = storage_fill(rng, name, times, START, used, 0.09, filling)
    lat0 = rng.uniform(0.2, 0.4) if name == "PURE-SA01" else rng.uniform(0.9, 2.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = max(0.0, rng.gauss(0.01, 0.005))
        if name == "NTAP-SA02":
            r = ramp(ts, I6["start"], I6["end"], rise=5, fall=10)
            lat *= 1 + 14 * r * (1 + rng.gauss(0, 0.05))
            err += 6.0 * r * (1 + rng.gauss(0, 0.05))
        rows += samples(ts, c, disk_usage=round(min(v, 99.9), 1), response_time_ms=round(lat, 2),
                        error_rate=round(err, 2))  # fmt: skip
    return rows


RT0 = {
    "TermGate-01": 95.0,
    "TermGate-02": 98.0,
    "TermGate-03": 180.0,
    "H2H-Relay": 88.0,
    "auth.switch": 72.0,
    "van.netcancel": 140.0,
    "iss.shinhan": 58.0,
    "iss.kbcard": 61.0,
    "iss.samsung": 55.0,
    "iss.hyundai": 64.0,
    "iss.lotte": 70.0,
    "iss.bccard": 66.0,
    "iss.hana": 59.0,
    "iss.woori": 68.0,
    "iss.nh": 74.0,
    "FraudEye-RT": 18.0,
    "FraudEye-Console": 310.0,
    "TokenVault": 6.5,
    "HSM-TKN": 2.1,
    "Halbu-Promo": 4.2,
    "Notify-Hub": 160.0,
    "MAEIP-BAT": 420.0,
    "MAEIP-FTP": 260.0,
    "JSAN-BAT": 560.0,
    "Recon-Engine": 230.0,
    "Batch-Sched": 45.0,
    "Payout-Svc": 190.0,
    "FirmBank-Link": 240.0,
    "MerchantHub": 280.0,
    "MerchantHub-API": 120.0,
    "CS-IVR": 210.0,
    "CS-CTI": 30.0,
    "CS-CRM": 240.0,
    "PayFlow-API": 165.0,
    "PayFlow-Checkout": 230.0,
    "PayFlow-Noti": 85.0,
    "Receipt-Svc": 110.0,
    "HanbitPay-Wallet": 140.0,
    "EasyPay-Bridge": 210.0,
    "ext.kakaopay": 380.0,
    "ext.naverpay": 420.0,
    "ext.tosspay": 350.0,
    "kftc.openbank": 520.0,
    "coredns-pg": 1.4,
    "ELK-Log": 75.0,
    "Zabbix-Mon": 60.0,
    "ORA-APPR": 1.9,
    "ORA-STL": 4.8,
    "pg-merchant": 3.1,
    "pg-payflow": 2.6,
    "pg-wallet": 2.2,
    "redis-bin": 0.18,
    "redis-fds": 0.24,
    "redis-pgsess": 0.42,
    "kafka-txn": 2.9,
    "A10-POS": 0.7,
    "F5-H2H": 0.8,
    "F5-INT": 0.5,
    "F5-MERCH": 1.3,
    "ncp-alb-pg": 2.2,
    "ncp-alb-wallet": 2.4,
}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    levels = RT0[name], rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    cpu0 = rng.uniform(16, 34)
    mem0, mem_swing = CACHE_MEMORY.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if name == "van.netcancel" and inc in (I3, I4):
                req *= 1 + 9 * r  # 망취소 burst
            if inc is I4 and name == "iss.kbcard":
                req *= 1 - 0.5 * r
            if inc is I7 and name == "coredns-pg":
                req *= 1 + 1.6 * r  # retries
            if inc is I5 and name == "pg-merchant":
                req *= 1 - 0.9 * r
        if name in ("MAEIP-BAT", "JSAN-BAT") and d < 0.5:
            rt *= 0.55  # idle between runs
        row = {
            "response_time_ms": round(rt, 3 if rt < 1 else 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-fds":  # TTL-less counters pile up from Sunday's migration to the lunch peak
                mem += max(0.0, (ts - kst(21, 16)).total_seconds() / 3600) * 1.05 * (ts < I1["start"])
                mem += (99.5 + rng.gauss(0, 0.1) - mem) * ramp(
                    ts, I1["start"] - timedelta(minutes=10), I1["end"], 10
                )
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            if name == "coredns-pg":
                cpu += (98.5 + rng.gauss(0, 0.4) - cpu) * ramp(ts, I7["start"], None, rise=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The night 매입 batch, 정산 on weekday mornings, 대사, the KFTC file and the F5-MERCH certificate warning."""
    rows = []
    counts = {22: "3,912,440", 23: "4,105,228", 24: "4,087,311", 25: "3,998,160", 26: "4,620,875", 27: "4,733,902",
              28: "4,302,117", 29: "3,641,009", 30: "4,211,583", 31: "5,268,734"}  # fmt: skip
    for d, n in counts.items():
        rows.append((d, 0, 30, "MAEIP-BAT", "info", "batch_job", f"매입 배치 시작 (전일 승인 {n}건)"))
        if d != 31:
            rows.append((d, 2, 48, "MAEIP-BAT", "info", "batch_job", "매입 배치 정상 종료 (96/96 jobs)"))
            rows.append(
                (d, 2, 55, "MAEIP-FTP", "info", "file_transfer", "카드사 매입 파일 송신 완료 (9/9사)")
            )
    for d in (22, 23, 24, 25, 26, 29, 30, 31):
        rows.append((d, 4, 0, "JSAN-BAT", "info", "batch_job", "가맹점 정산 배치 시작"))
        rows.append((d, 5, 41, "JSAN-BAT", "info", "batch_job", "가맹점 정산 배치 종료 (148/148 jobs)"))
    for d in range(21, 32):
        rows.append((d, 6, 0, "Recon-Engine", "info", "batch_job", "승인-매입 대사 시작"))
        left = (datetime(2026, 7, 12) - datetime(2026, 6, 1) - timedelta(days=d - 1)).days
        rows.append(
            (d, 9, 0, "F5-MERCH", "warning", "cert_expiry",
             f"SSL certificate partner.hanbitpay.co.kr expires in {left} days (2026-07-12)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (21, 15, 40, "redis-fds", "info", "config_change", "velocity 카운터 키 스키마 마이그레이션 (v2 키, CHG-0621-07)"),
    (21, 17, 0, "HBK-0447", "info", "maintenance", "FDS 예비 노드 메모리(DIMM) 교체 대기, 서비스 제외"),
    (22, 9, 30, "HBK-0491", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/elasticsearch"),
    (22, 11, 35, "Halbu-Promo", "info", "deployment", "Halbu-Promo 1.14.0 배포 (7월 카드사 무이자 할부 사전 등록)"),
    (22, 11, 45, "FraudEye-RT", "info", "config_change", "FDS 룰셋 R-0622 반영 (해외 고액 연속결제 룰 3건)"),
    # I1
    (22, 11, 48, "redis-fds", "warning", "memory", "used_memory 31.1GB of maxmemory 32GB (97%)"),
    (22, 11, 56, "redis-fds", "major", "eviction", "evicted_keys 182,000/min, latency spike 220 ms (allkeys-lru)"),
    (22, 11, 59, "FraudEye-RT", "critical", "timeout", "스코어링 타임아웃 41% (redis-fds 응답 지연), FDS bypass 발생"),
    (22, 12, 3, "auth.switch", "major", "slow_response", "FDS 응답 대기로 승인 응답 지연 p95 2,400 ms"),
    (22, 12, 6, "TermGate-01", "warning", "error", "단말 승인 응답 지연/타임아웃 증가 (점심 피크)"),
    (22, 12, 8, "TermGate-02", "warning", "error", "프랜차이즈 단말 승인 지연"),
    (22, 12, 10, "H2H-Relay", "warning", "error", "대형가맹점 승인 응답 지연"),
    (22, 12, 38, "redis-fds", "info", "config_change", "TTL 없는 v2 키 만료 처리, maxmemory 32GB -> 48GB"),
    (22, 12, 55, "FraudEye-RT", "info", "recovery", "FDS 스코어링 정상화"),
    # I2
    (23, 18, 30, "HSM-SA-02", "info", "config_change", "payShield 펌웨어 1.8a -> 1.9a 업데이트 (보안 패치)"),
    (23, 19, 50, "PayFlow-Checkout", "info", "deployment", "PayFlow-Checkout 3.21.2 배포 (결제창 UI, 할부 개월 선택 개선)"),
    (23, 20, 8, "HSM-SA-02", "warning", "hsm", "command queue depth 4,200 (license 250 cps)"),
    (23, 20, 13, "HSM-TKN", "major", "hsm", "HSM pool latency 180 ms, HSM-SA-02 busy 100%"),
    (23, 20, 16, "TokenVault", "critical", "timeout", "토큰 복호화 타임아웃 44% (HSM 응답 없음)"),
    (23, 20, 19, "PayFlow-API", "major", "error", "토큰 결제 승인 실패 증가 (TokenVault timeout)"),
    (23, 20, 22, "HanbitPay-Wallet", "major", "error", "등록카드 결제 실패 (간편결제)"),
    (23, 20, 26, "PayFlow-Checkout", "warning", "error", "결제창 승인 단계 오류 증가"),
    (23, 20, 55, "HSM-SA-02", "info", "config_change", "HSM-SA-02 풀 제외, 성능 라이선스 재적용 요청"),
    (23, 21, 10, "TokenVault", "info", "recovery", "토큰 복호화 정상"),
    # I3 (payday)
    (25, 12, 5, "auth.switch", "info", "config_change", "카드사 라우팅 테이블 변경 (BC 제휴 BIN 14건 추가)"),
    (25, 12, 18, "ORA-APPR", "warning", "wait_event", "enq: SQ - contention 1,850 sessions (APPR_SEQ NOCACHE ORDER)"),
    (25, 12, 23, "ORA-APPR", "major", "slow_response", "INSERT INTO APPR_TXN avg 1,900 ms, gc current request"),
    (25, 12, 26, "auth.switch", "critical", "timeout", "승인 타임아웃 29% (원장 기록 지연), 응답코드 96 증가"),
    (25, 12, 29, "van.netcancel", "major", "net_cancel", "망취소 발생 분당 4,800건 (타임아웃 거래)"),
    (25, 12, 31, "TermGate-01", "major", "error", "단말 승인 타임아웃 급증 (월급날 점심)"),
    (25, 12, 32, "TermGate-02", "major", "error", "단말 승인 타임아웃 급증"),
    (25, 12, 34, "TermGate-03", "warning", "error", "무선 단말 승인 실패 증가"),
    (25, 12, 36, "H2H-Relay", "warning", "error", "H2H 승인 응답 지연"),
    (25, 13, 2, "ORA-APPR", "info", "config_change", "ALTER SEQUENCE APPR_SEQ CACHE 1000 NOORDER"),
    (25, 13, 20, "auth.switch", "info", "recovery", "승인 응답 정상화"),
    # I4 (Saturday)
    (27, 2, 0, "iss.kbcard", "info", "notice", "KB국민카드 정기점검 02:00~05:00 (승인 대행 처리)"),
    (27, 5, 2, "iss.kbcard", "info", "recovery", "KB국민카드 정기점검 종료, 정상 연동"),
    (27, 13, 30, "TermGate-03", "info", "deployment", "TermGate-03 4.13.0 배포 (주말 정기배포: LTE 단말 재접속 개선)"),
    (27, 14, 9, "iss.kbcard", "major", "key_exchange", "working key 교환 실패 (KB ZMK 교체 후 KCV 불일치)"),
    (27, 14, 12, "iss.kbcard", "critical", "mac_error", "KB 승인 응답 MAC 오류 62%, 응답 없음 다수"),
    (27, 14, 15, "auth.switch", "major", "timeout", "KB국민카드 승인 타임아웃 (issuer timeout 7,000 ms)"),
    (27, 14, 17, "van.netcancel", "critical", "net_cancel", "망취소 폭증 분당 6,100건, KB 망취소 재시도 적체"),
    (27, 14, 21, "TermGate-01", "warning", "error", "KB카드 승인 실패 문의 증가"),
    (27, 14, 23, "TermGate-03", "warning", "error", "택시 단말 KB카드 결제 실패"),
    (27, 14, 58, "iss.kbcard", "info", "config_change", "KB 작업키 재교환 완료 (KCV 일치)"),
    (27, 15, 10, "van.netcancel", "info", "recovery", "망취소 적체 해소"),
    # I5 (month-end)
    (29, 10, 20, "pg-merchant", "info", "config_change", "CDC 커넥터 merchant-cdc 중지 (DW 이관 작업 보류)"),
    (29, 17, 0, "HBK-0491", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/elasticsearch"),
    (30, 9, 0, "HBK-0475", "warning", "threshold_breach", "disk_usage above 80% on /pg_wal"),
    (30, 15, 40, "MerchantHub-API", "info", "deployment", "MerchantHub-API 6.0.4 배포 (월말 정산내역 엑셀 다운로드)"),
    (30, 15, 52, "HBK-0475", "critical", "disk", "/pg_wal 99% (replication slot merchant_cdc inactive, 196GB retained)"),
    (30, 16, 1, "pg-merchant", "critical", "wal", "PANIC: could not write to file pg_wal: No space left on device"),
    (30, 16, 4, "MerchantHub-API", "critical", "error", "DB 연결 실패, 가맹점 정산 조회 500 오류"),
    (30, 16, 7, "Payout-Svc", "major", "error", "가맹점 계좌 조회 실패, 지급 보류"),
    (30, 16, 9, "MerchantHub", "major", "error", "가맹점 포털 로그인/정산조회 오류"),
    (30, 16, 12, "CS-CRM", "warning", "error", "가맹점 정보 조회 실패 (상담 지연)"),
    (30, 16, 15, "CS-IVR", "warning", "error", "ARS 정산 조회 실패, 상담원 연결 증가"),
    (30, 16, 40, "pg-merchant", "info", "config_change", "replication slot merchant_cdc drop, DB 재기동"),
    (30, 17, 0, "MerchantHub-API", "info", "recovery", "가맹점 포털 API 정상"),
    # I6 (night)
    (28, 21, 0, "NTAP-SA02", "info", "config_change", "ONTAP 9.13.1 -> 9.14.1 업그레이드 (snapshot autodelete 설정 초기화)"),
    (30, 18, 0, "MAEIP-BAT", "info", "deployment", "MAEIP-BAT 2.8.0 배포 (7월 수수료율 반영)"),
    (31, 0, 32, "NTAP-SA02", "warning", "threshold_breach", "/vol/maeip 98% used (snapshot reserve spill)"),
    (31, 0, 41, "NTAP-SA02", "critical", "disk", "/vol/maeip 100% full, NFS write ENOSPC"),
    (31, 0, 44, "MAEIP-FTP", "major", "error", "매입 파일 스테이징 실패 (No space left on device)"),
    (31, 0, 47, "MAEIP-BAT", "critical", "batch_abend", "MB-STEP-031 (카드사별 매입 파일 생성) ABEND: IOException No space left"),
    (31, 0, 52, "Recon-Engine", "warning", "error", "대사 작업 파일 쓰기 실패"),
    (31, 1, 30, "NTAP-SA02", "info", "config_change", "오래된 스냅샷 42개 삭제, snapshot autodelete 재설정"),
    (31, 1, 45, "MAEIP-BAT", "info", "batch_job", "MB-STEP-031 재수행 시작"),
    (31, 3, 58, "MAEIP-BAT", "info", "batch_job", "매입 배치 종료 (재수행 포함 96/96 jobs, 지연 종료)"),
    (31, 4, 5, "MAEIP-FTP", "info", "file_transfer", "카드사 매입 파일 송신 완료 (9/9사, 지연 송신)"),
    # I7 (ongoing)
    (31, 10, 0, "HanbitPay-Wallet-dev", "info", "deployment", "HanbitPay-Wallet-dev 2.41.0-SNAPSHOT 배포"),
    (31, 13, 30, "PayFlow-Noti", "info", "deployment", "PayFlow-Noti 1.7.0 배포 (웹훅 재시도 정책 변경)"),
    (31, 13, 48, "coredns-pg", "warning", "cpu", "coredns CPU throttling 72% (limit 500m)"),
    (31, 13, 53, "coredns-pg", "critical", "dns", "SERVFAIL/i/o timeout 응답 14%, upstream 10.40.0.2:53 timeout"),
    (31, 13, 57, "PayFlow-Noti", "critical", "error", "웹훅 발송 실패: dial tcp: lookup 가맹점 도메인 i/o timeout"),
    (31, 14, 1, "PayFlow-API", "major", "error", "외부 연동 호출 DNS 조회 실패 (kftc, easypay)"),
    (31, 14, 4, "EasyPay-Bridge", "major", "error", "카카오페이/네이버페이 API 호출 실패 (no such host)"),
    (31, 14, 7, "HanbitPay-Wallet", "warning", "error", "간편결제 승인 지연/실패 증가"),
    (31, 14, 10, "PayFlow-Checkout", "warning", "error", "결제창 승인 요청 실패 증가"),
    # other changes
    (24, 14, 0, "PayFlow-API-stg", "info", "deployment", "PayFlow-API-stg 3.22.0-rc1 배포"),
    (24, 16, 30, "auth.switch.stg", "info", "deployment", "auth.switch.stg 7.5.0-rc1 배포 (해외카드 DCC 전문)"),
    (26, 10, 0, "Notify-Hub", "info", "deployment", "Notify-Hub 3.0.8 배포 (알림톡 템플릿)"),
    (26, 15, 30, "TermGate-STG", "info", "deployment", "TermGate-STG 4.13.1-rc2 배포"),
    (29, 14, 0, "EasyPay-Bridge", "info", "deployment", "EasyPay-Bridge 1.11.0 배포 (토스페이 신규 API)"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, _in_window(BACKGROUND) + _daily_rows())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "card-van-pg", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
