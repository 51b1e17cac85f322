"""Generate the secu-broker estate (tests/fixtures/secu-broker/, interchange format) and its faults file.

A Korean securities brokerage's IT (누리투자증권): the retail front ends — the HTS connection servers
`hts_gate` (누리마스터), the MTS backend `mts_api` (누리M), web trading `web_trade` and the system-trading
`openapi_gw` — behind PIOLINK L4s (`PASK-HTS`, `PASK-MTS`, `PASK-WEB`, `PASK-INT`); the order path: the order
gateway `jumun_gw` (주문), the pre-trade credit/loan risk check `sinyong_rms` (신용, with `rms_redis`), the smart
order router `sor_engine` and the exchange FEPs `fep_krx` and `fep_nxt` at the Koscom co-location; execution
(체결) processing `chegyul_proc` and notification `chegyul_noti` over `push_gw`; market data (시세): the
multicast feed handlers `sise_fh_krx`, `sise_fh_nxt`, the distributor `sise_dist`, the snapshot cache
`sise_redis` and the client push `sise_push`; the ledger (원장) core `wonjang_core` (ProFrame on JEUS) on the
Oracle RAC `WJ-ORA` (PowerMax SAN `PMAX-YD01`, Data Guard to `WJ-ORA-DR` in 분당), the inquiry service
`wonjang_inq` on the Active Data Guard `WJ-ADG`, the morning forced-liquidation batch `banmae_batch` (반대매매);
overseas stocks (해외주식): `haeoe_gw`, the FIX engine `FIXEdge-US` to the US broker, FX `hwanjeon_svc` and US
quotes `haeoe_sise`; IPO subscription (공모주 청약) `chungyak_svc` on `chungyak-aurora` in AWS; the robo-advisor
`robo_pb` / `robo_engine` in AWS; authentication: `injeung_gw`, certificate validation `MagicLine-Cert`,
`OTP-Hub`, the customer Tibero `TB-CUST`, sessions `session_redis`; the call centre at 구로 (`Genesys-ARS`,
`cti_gw`, `cc_crm`); the night settlement batch `jeongsan_batch` (정산) under `ControlM-EM`, the KSD and KFTC
links (`ksd_link`, `kftc_link`) over `MQ-DAEOE`; the trading Kafka `Kafka-YD`; the DW `GP-DW` and `info_etl`.
Sites: `여의도 IDC` (HQ), `분당 DR`, `코스콤 코로케이션` (exchange co-location), `구로 콜센터` and `AWS 서울`;
environments prod, staging, dev.

Naming: Korean-romanised business codes in snake case (`jumun_gw` 주문, `wonjang_core` 원장, `sinyong_rms` 신용,
`chegyul_proc` 체결, `sise_dist` 시세, `haeoe_gw` 해외, `chungyak_svc` 청약, `jeongsan_batch` 정산, `injeung_gw`
인증, `banmae_batch` 반대매매), on-prem hosts by site, rack and slot (`YD-R14-01` = 여의도 rack R14 server 01,
`KC-R02-01` at Koscom, `BD-R03-01` at 분당, `GR-R01-02` at 구로) so a host name never says what it runs,
vendor-product names (`FIXEdge-US`, `MagicLine-Cert`, `Genesys-ARS`, `ControlM-EM`, `PASK-MTS`, `PMAX-YD01`,
`ISILON-YD01`, `NX9K-CORE-A`, `ARISTA-MC1`), database codes (`WJ-ORA`, `WJ-ADG`, `TB-CUST`, `GP-DW`) and
lowercase cloud names (`chungyak-aurora`, `alb-robo`, `aws-ng-ipo-1a`).

Seven injected incidents (times KST, now = Wednesday 2026-11-25 14:05 during market hours; the window is the
10 days before; Thursday 19 November is the 수능 (college entrance exam) day, when KRX and NXT open an hour late
at 10:00 and close at 16:30; no Korean public holiday falls in the window):
  I1 Mon 16 08:50–09:45  sise_redis was switched to maxmemory-policy noeviction on Sunday; at the opening auction
                         burst its memory hits maxmemory and writes fail (OOM command not allowed): sise_dist
                         (loudest) cannot store snapshots, sise_push serves stale quotes, sinyong_rms cannot
                         value collateral, jumun_gw, hts_gate and mts_api follow
  I2 Tue 17 23:35–00:30  the FIX message-store volume /fixlog of YD-R16-03 fills at the US market open (23:30
                         KST): FIXEdge-US drops its session, haeoe_gw rejects overseas orders, hts_gate and
                         mts_api show the errors (host root)
  I3 Thu 19 10:00–10:55  (수능 day, delayed open) a Kafka-YD broker's log directory fails at the 10:00 open:
                         under-replicated partitions, acks=all producers block: chegyul_proc (체결 지연),
                         chegyul_noti, jumun_gw and wonjang_core slow, hts_gate and mts_api follow
  I4 Sat 21 10:20–11:15  MagicLine-Cert cannot reach the yessign OCSP responder (the responder certificate
                         renewed, the cached chain rejected): every certificate login times out in injeung_gw,
                         so MTS, HTS, web, OpenAPI, 청약 and ARS 본인확인 fail (weekend)
  I5 Tue 24 08:40–09:35  after the night's statistics gather the margin SQL on WJ-ORA flips to full scans; at
                         the 반대매매 run and the market open both RAC nodes saturate: sinyong_rms shows the loudest
                         errors (risk-check timeouts), banmae_batch, wonjang_core, jumun_gw, hts_gate and mts_api
                         follow — the root is the database, not the loud RMS
  I6 Wed 25 01:30–02:25  (night batch) a PowerMax director of PMAX-YD01 goes offline, I/O latency jumps: WJ-ORA
                         waits on log file sync, jeongsan_batch (loudest) abends its step, wonjang_core,
                         haeoe_gw (US session still open) and hwanjeon_svc slow
  I7 Wed 25 13:25–now    the last afternoon of the 누리로보틱스 IPO subscription: chungyak-aurora hits its
                         connection limit and 100 % CPU: chungyak_svc times out, the 청약 menus of mts_api,
                         hts_gate and web_trade fail (ongoing)
Confounders: the trading day (동시호가 08:30, the open at 09:00, the close at 15:30, NXT from 08:00 to 20:00; one
hour later on 수능 day; nothing on weekends), the US session at night (23:30–06:00 KST, Tuesday to Saturday
mornings), the call-centre day, the night settlement batch (01:00–03:30 after business days), the 반대매매 run at
08:30, two IPO subscriptions (Mon 16–Tue 17 small, Tue 24–Wed 25 large), the DW load at 04:00; deploys or
changes just before I1 (sise_push), I2 (hwanjeon_svc), I3 (chegyul_noti), I4 (mts_api, a Saturday release),
I5 (banmae_batch parameter), I6 (jeongsan_batch) and I7 (chungyak_svc), all on victims or bystanders; the
spare FEP server KC-R01-04 in maintenance; the old HTS gateway retired; the log host YD-R19-05's disk
creeping up; the PASK-WEB certificate expiring on 2026-12-08.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/secu_golden.py) are computed from the files.

    .venv/bin/python bench/secu_estate.py   # rewrites tests/fixtures/secu-broker*
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

NAME = "secu-broker"
NOW = datetime(2026, 11, 25, 5, 5, tzinfo=UTC)  # Wednesday 14:05 KST
START = NOW - timedelta(days=10)
SEED = 20261125
SITES = {
    "YD": "여의도 IDC",
    "BD": "분당 DR",
    "KC": "코스콤 코로케이션",
    "GR": "구로 콜센터",
    "AW": "AWS 서울",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}
SUNEUNG = 19  # 수능: the market opens at 10:00 and closes at 16:30

kst = kst_utc_clock("2026-11")

TRADE, LEDGER, SISE, DAEOE = "트레이딩시스템팀", "원장시스템팀", "시세팀", "대외계팀"
RISK, GLOBAL, CHANNEL, IB = "리스크IT", "해외주식IT", "디지털채널팀", "IB시스템팀"
ROBO, CC, SEC, DBA = "로보어드바이저TF", "고객센터IT", "보안인증팀", "DBA팀"
INFRA, NET, CLOUD, DATA = "인프라팀", "네트워크팀", "클라우드팀", "데이터팀"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends on (DEPENDS_ON), attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # channels
    "hts_gate": ("service", CHANNEL, "YD", "P", ["YD-R12-01", "YD-R12-02"],
                 ["jumun_gw", "wonjang_inq", "sise_push", "injeung_gw", "haeoe_gw", "chungyak_svc"],
                 {"system": "HTS 접속서버 (누리마스터)", "description": "HTS 클라이언트 접속, 주문/조회/시세 중계",
                  "language": "c++", "version": "12.4.1", "max_sessions": 250000, "port": 9100}),
    "mts_api": ("service", CHANNEL, "YD", "P", ["YD-R12-03", "YD-R12-04"],
                ["jumun_gw", "wonjang_inq", "sise_push", "injeung_gw", "haeoe_gw", "chungyak_svc", "session_redis"],
                {"system": "MTS API (누리M)", "description": "모바일 트레이딩 앱 백엔드: 주문, 잔고, 해외주식, 공모주 청약",
                 "language": "java", "framework": "Spring Boot 3.2", "version": "8.15.2", "mau": 1800000,
                 "port": 8443}),
    "web_trade": ("service", CHANNEL, "YD", "P", ["YD-R12-05"],
                  ["wonjang_inq", "sise_push", "injeung_gw", "chungyak_svc"],
                  {"system": "웹트레이딩/홈페이지", "language": "java", "version": "5.2.7",
                   "endpoint": "www.nurisec.co.kr"}),
    "openapi_gw": ("service", CHANNEL, "YD", "P", ["YD-R12-05"],
                   ["jumun_gw", "sise_push", "injeung_gw", "wonjang_inq"],
                   {"system": "누리 OpenAPI (시스템트레이딩)", "language": "go", "version": "2.6.0",
                    "rate_limit_per_sec": 20, "registered_apps": 3400}),
    # orders
    "jumun_gw": ("service", TRADE, "YD", "P", ["YD-R14-01", "YD-R14-02"], ["sinyong_rms", "sor_engine", "Kafka-YD"],
                 {"system": "주문 게이트웨이 (OMS)", "description": "주문 접수/정정/취소, 주문 검증, 거래소 라우팅",
                  "language": "c++", "version": "5.3.1", "tps_limit": 12000, "latency_target_us": 150, "port": 7001}),
    "sor_engine": ("service", TRADE, "YD", "P", ["YD-R14-03"], ["fep_krx", "fep_nxt", "sise_dist"],
                   {"system": "SOR 최선집행 (KRX/NXT)", "language": "c++", "version": "2.1.4", "venues": "KRX, NXT"}),
    "sinyong_rms": ("service", RISK, "YD", "P", ["YD-R14-04"], ["wonjang_core", "rms_redis", "sise_redis"],
                    {"system": "신용/대출 리스크 체크", "checks": "증거금, 신용한도, 담보비율, 미수",
                     "language": "java", "version": "4.0.2", "timeout_ms": 80}),
    "banmae_batch": ("service", RISK, "YD", "P", ["YD-R14-04"], ["sinyong_rms", "jumun_gw", "WJ-ORA"],
                     {"system": "반대매매 주문 생성", "description": "담보부족/미수 계좌 반대매매 대상 산출, 동시호가 주문 송신",
                      "schedule": "영업일 08:30", "language": "java", "version": "1.7.3"}),
    "fep_krx": ("service", DAEOE, "KC", "P", ["KC-R01-01", "KC-R01-02"], [],
                {"system": "KRX 주문/체결 FEP", "exchange": "KRX", "lines": 2, "line_vendor": "코스콤 전용회선",
                 "sessions": 16, "member_no": "00291", "version": "3.9.0"}),
    "fep_nxt": ("service", DAEOE, "KC", "P", ["KC-R01-03"], [],
                {"system": "NXT 주문/체결 FEP", "exchange": "NXT (넥스트레이드)", "lines": 2,
                 "line_vendor": "코스콤 전용회선", "sessions": 8, "version": "1.4.2"}),
    # executions
    "chegyul_proc": ("service", TRADE, "YD", "P", ["YD-R15-04"], ["fep_krx", "fep_nxt", "Kafka-YD", "wonjang_core"],
                     {"system": "체결 처리", "description": "거래소 체결 수신, 원장 반영, 체결 이벤트 발행",
                      "language": "c++", "version": "5.3.1"}),
    "chegyul_noti": ("service", CHANNEL, "YD", "P", ["YD-R16-01"], ["Kafka-YD", "push_gw"],
                     {"system": "체결 알림", "description": "체결/미체결/반대매매 알림 (앱 푸시, 알림톡)",
                      "language": "kotlin", "version": "2.8.0"}),
    "push_gw": ("service", CHANNEL, "YD", "P", ["YD-R16-01"], [],
                {"system": "모바일 푸시 게이트웨이", "channels": "APNs, FCM", "daily_messages": 5200000,
                 "language": "go", "version": "1.12.4"}),
    # ledger
    "wonjang_core": ("service", LEDGER, "YD", "P", ["YD-R15-01", "YD-R15-02"], ["WJ-ORA", "Kafka-YD", "kftc_link"],
                     {"system": "원장 계정계", "description": "계좌/잔고/주문/체결/신용 원장, 입출금",
                      "product": "TmaxSoft ProFrame 7", "was": "JEUS 8", "version": "7.0.3.12"}),
    "wonjang_inq": ("service", LEDGER, "YD", "P", ["YD-R15-03"], ["WJ-ADG", "session_redis"],
                    {"system": "잔고/거래내역 조회", "language": "java", "version": "3.12.0"}),
    "jeongsan_batch": ("service", LEDGER, "YD", "P", ["YD-R19-01"], ["WJ-ORA", "ksd_link", "ControlM-EM", "ISILON-YD01"],
                       {"system": "야간 정산 배치", "description": "결제대금/수수료/이자/신용 정산, 예탁원 결제내역 대사",
                        "schedule": "영업일 익일 01:00", "scheduler": "Control-M", "expected_end": "03:30", "jobs": 412,
                        "language": "java", "version": "2.14.0"}),
    # overseas
    "haeoe_gw": ("service", GLOBAL, "YD", "P", ["YD-R16-02"], ["FIXEdge-US", "wonjang_core", "hwanjeon_svc", "haeoe_sise"],
                 {"system": "해외주식 주문", "markets": "NYSE, NASDAQ, AMEX", "language": "java", "version": "3.4.2"}),
    "FIXEdge-US": ("service", GLOBAL, "YD", "P", ["YD-R16-03"], [],
                   {"product": "EPAM FIXEdge 6.14", "fix_version": "FIX 4.2", "counterparty": "Hudson Prime (NY)",
                    "session": "NURI_US_01", "message_store": "/fixlog"}),
    "hwanjeon_svc": ("service", GLOBAL, "YD", "P", ["YD-R16-02"], ["wonjang_core"],
                     {"system": "환전/통합증거금", "currencies": "USD, HKD, JPY", "language": "java", "version": "1.9.3"}),
    "haeoe_sise": ("service", SISE, "YD", "P", ["YD-R16-04"], [],
                   {"system": "해외 시세 수신", "vendor": "ICE Consolidated Feed", "markets": "US", "version": "2.2.0"}),
    # market data
    "sise_fh_krx": ("service", SISE, "KC", "P", ["KC-R02-01"], [],
                    {"system": "KRX 시세 피드핸들러", "feed": "KRX 시세 멀티캐스트 (UDP)", "multicast_groups": 64,
                     "product": "Exegy nxFramework", "nic": "Solarflare X2522"}),
    "sise_fh_nxt": ("service", SISE, "KC", "P", ["KC-R02-02"], [],
                    {"system": "NXT 시세 피드핸들러", "feed": "NXT 시세 멀티캐스트 (UDP)", "multicast_groups": 24,
                     "product": "Exegy nxFramework", "nic": "Solarflare X2522"}),
    "sise_dist": ("service", SISE, "YD", "P", ["YD-R17-01", "YD-R17-02"], ["sise_fh_krx", "sise_fh_nxt", "sise_redis"],
                  {"system": "시세 분배", "description": "KRX/NXT 통합 시세 가공, 호가/체결 스냅샷 저장",
                   "language": "c++", "version": "4.7.0"}),
    "sise_push": ("service", SISE, "YD", "P", ["YD-R17-03", "YD-R17-04"], ["sise_dist", "sise_redis"],
                  {"system": "실시간 시세 푸시", "language": "c++", "version": "3.8.0", "max_sessions": 600000}),
    # auth
    "injeung_gw": ("service", SEC, "YD", "P", ["YD-R18-01", "YD-R18-02"],
                   ["MagicLine-Cert", "OTP-Hub", "TB-CUST", "session_redis"],
                   {"system": "통합인증 게이트웨이", "methods": "ID/PW, 공동인증서, 금융인증서, OTP, 생체",
                    "language": "java", "version": "3.3.1"}),
    "MagicLine-Cert": ("service", SEC, "YD", "P", ["YD-R18-03"], [],
                       {"product": "DreamSecurity MagicLine 4.0", "function": "공동인증서 검증 (OCSP/CRL)",
                        "ocsp": "yessign", "ocsp_timeout_ms": 3000}),
    "OTP-Hub": ("service", SEC, "YD", "P", ["YD-R18-03"], ["TB-CUST"],
                {"system": "OTP 인증 서버", "otp_types": "디지털 OTP, 실물 OTP (통합OTP)", "version": "5.0.8"}),
    # IPO, robo
    "chungyak_svc": ("service", IB, "AW", "P", ["aws-ng-ipo-1a", "aws-ng-ipo-2c"],
                     ["chungyak-aurora", "wonjang_core", "injeung_gw"],
                     {"system": "공모주 청약", "description": "청약 접수/취소, 증거금 확인, 경쟁률, 배정 조회",
                      "language": "kotlin", "version": "2.3.0", "k8s_namespace": "ipo", "current_ipo": "누리로보틱스",
                      "cutoff": "16:00"}),
    "robo_pb": ("service", ROBO, "AW", "P", ["aws-ng-robo-1a"], ["robo_engine", "robo-aurora", "msk-robo"],
                {"system": "로보어드바이저 (로보PB)", "language": "typescript", "version": "1.8.2", "accounts": 84000,
                 "k8s_namespace": "robo"}),
    "robo_engine": ("service", ROBO, "AW", "P", ["aws-ng-robo-1a"], ["jumun_gw", "robo-aurora", "robo-s3"],
                    {"system": "포트폴리오 리밸런싱 엔진", "language": "python", "version": "0.9.14",
                     "rebalance": "매월 첫 영업일", "k8s_namespace": "robo"}),
    # call centre
    "Genesys-ARS": ("service", CC, "GR", "P", ["GR-R01-01"], ["cti_gw", "injeung_gw", "wonjang_inq"],
                    {"product": "Genesys Voice Platform 8.5", "lines": 480, "number": "1588-7700",
                     "description": "ARS 잔고/체결 조회, 본인확인, 상담원 연결"}),
    "cti_gw": ("service", CC, "GR", "P", ["GR-R01-02"], [],
               {"product": "Genesys SIP Server 8.1", "agents": 320}),
    "cc_crm": ("service", CC, "GR", "P", ["GR-R01-03"], ["TB-CUST", "wonjang_inq", "cti_gw"],
               {"system": "상담 CRM", "seats": 320, "language": "java", "version": "6.1.0"}),
    # batch and external links
    "ControlM-EM": ("service", INFRA, "YD", "P", ["YD-R19-02"], [],
                    {"product": "BMC Control-M 9.0.21", "description": "배치 스케줄러 (정산, 정보계 적재, 대외 파일)"}),
    "info_etl": ("service", DATA, "YD", "P", ["YD-R19-02"], ["WJ-ADG", "TB-CUST", "GP-DW", "ControlM-EM"],
                 {"system": "정보계 야간 적재", "schedule": "04:00", "language": "python", "version": "3.0.5"}),
    "ksd_link": ("service", DAEOE, "YD", "P", ["YD-R19-03"], ["MQ-DAEOE"],
                 {"system": "예탁결제원 대외계", "counterparty": "한국예탁결제원 (KSD)", "version": "2.0.11"}),
    "kftc_link": ("service", DAEOE, "YD", "P", ["YD-R19-03"], ["MQ-DAEOE"],
                  {"system": "금융결제원 대외계 (이체/CMS)", "counterparty": "금융결제원 (KFTC)", "version": "1.6.2"}),
    "jumun_gw_dr": ("service", TRADE, "BD", "P", ["BD-R03-02"], [],
                    {"system": "DR 주문 게이트웨이", "mode": "warm standby", "version": "5.3.1"}),
    # staging, dev, retired
    "jumun_gw_stg": ("service", TRADE, "YD", "S", ["YD-R30-01"], ["wonjang_core_stg"],
                     {"system": "주문 게이트웨이 (스테이징)", "version": "5.4.0-rc2"}),
    "wonjang_core_stg": ("service", LEDGER, "YD", "S", ["YD-R30-01"], ["WJ-ORA-STG"],
                         {"system": "원장 (스테이징)", "product": "TmaxSoft ProFrame 7", "version": "7.0.4.1"}),
    "mts_api_stg": ("service", CHANNEL, "YD", "S", ["YD-R30-02"], ["jumun_gw_stg"],
                    {"system": "MTS API (스테이징)", "version": "8.16.0-rc1"}),
    "mts_api_dev": ("service", CHANNEL, "AW", "D", ["aws-ng-dev-1a"], [],
                    {"system": "MTS API (개발)", "version": "8.17.0-SNAPSHOT", "k8s_namespace": "mts-dev"}),
    "robo_engine_dev": ("service", ROBO, "AW", "D", ["aws-ng-dev-1a"], [],
                        {"system": "리밸런싱 엔진 (개발)", "version": "0.10.0-dev", "k8s_namespace": "robo-dev"}),
    "chungyak_svc_dev": ("service", IB, "AW", "D", ["aws-ng-dev-1a"], [],
                         {"system": "공모주 청약 (개발)", "version": "2.4.0-SNAPSHOT", "k8s_namespace": "ipo-dev"}),
    "hts_gate_v1": ("service", CHANNEL, "YD", "P", [], [],
                    {"system": "구 HTS 접속서버", "version": "9.8.2", "decommissioned": "2025-06-30"}),
    # databases
    "WJ-ORA": ("database", DBA, "YD", "P", ["YD-R21-01", "YD-R21-02"], ["PMAX-YD01"],
               {"engine": "oracle", "version": "19.23", "cluster": "RAC 2-node", "port": 1521, "size_tb": 18.5,
                "replication": "Data Guard to WJ-ORA-DR", "description": "원장 DB (계좌, 잔고, 주문, 체결, 신용)"}),
    "WJ-ADG": ("database", DBA, "YD", "P", ["YD-R21-03"], [],
               {"engine": "oracle", "version": "19.23", "role": "Active Data Guard (조회 전용)", "port": 1521,
                "apply_lag_target_s": 5}),
    "WJ-ORA-DR": ("database", DBA, "BD", "P", ["BD-R03-01"], [],
                  {"engine": "oracle", "version": "19.23", "role": "Data Guard standby", "protection_mode":
                   "Maximum Performance", "port": 1521}),
    "TB-CUST": ("database", DBA, "YD", "P", ["YD-R22-01", "YD-R22-02"], [],
                {"engine": "tibero", "version": "7.2.2", "cluster": "TAC 2-node", "port": 8629, "size_tb": 4.2,
                 "description": "고객/정보계 DB (고객정보, 인증수단, 상담이력)"}),
    "GP-DW": ("database", DATA, "YD", "P", ["YD-R23-01"], [],
              {"engine": "greenplum", "version": "6.26", "segments": 16, "port": 5432, "size_tb": 62.0}),
    "chungyak-aurora": ("database", CLOUD, "AW", "P", [], [],
                        {"engine": "mysql", "product": "Aurora MySQL 3.06", "instance": "db.r6g.4xlarge",
                         "max_connections": 3000, "port": 3306}),
    "robo-aurora": ("database", CLOUD, "AW", "P", [], [],
                    {"engine": "postgresql", "product": "Aurora PostgreSQL 15.7", "instance": "db.r6g.large",
                     "port": 5432}),
    "WJ-ORA-STG": ("database", DBA, "YD", "S", ["YD-R30-02"], [],
                   {"engine": "oracle", "version": "19.24", "port": 1521}),
    # caches, queues
    "sise_redis": ("cache", SISE, "YD", "P", ["YD-R17-05", "YD-R17-06"], [],
                   {"engine": "redis", "version": "7.2.4", "mode": "cluster (3 shards)", "maxmemory_gb": 48,
                    "port": 6380, "description": "호가/체결 스냅샷, 종목 마스터"}),
    "session_redis": ("cache", CHANNEL, "YD", "P", ["YD-R18-04"], [],
                      {"engine": "redis", "version": "6.2.14", "maxmemory_gb": 16, "port": 6379,
                       "description": "MTS/인증 세션"}),
    "rms_redis": ("cache", RISK, "YD", "P", ["YD-R18-04"], [],
                  {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 8, "port": 6381,
                   "description": "계좌별 신용한도/증거금 캐시"}),
    "Kafka-YD": ("queue", INFRA, "YD", "P", ["YD-R20-01", "YD-R20-02", "YD-R20-03"], [],
                 {"product": "Confluent Platform 7.6", "brokers": 3, "port": 9092, "min_insync_replicas": 2,
                  "topics": "order.in, exec.krx, exec.nxt, ledger.post, noti.push",
                  "description": "트레이딩 이벤트 버스"}),
    "MQ-DAEOE": ("queue", DAEOE, "YD", "P", ["YD-R19-04"], [],
                 {"product": "IBM MQ", "version": "9.3.0.20", "qmgr": "QM_DAEOE", "port": 1414,
                  "description": "대외계 전문 (예탁원, 금결원)"}),
    "msk-robo": ("queue", CLOUD, "AW", "P", [], [],
                 {"product": "Amazon MSK (Kafka 3.6)", "brokers": 3, "port": 9094}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "PASK-HTS": ("YD", NET, ["hts_gate"],
                 {"vendor": "PIOLINK", "model": "PAS-K 9524", "vip": "211.45.10.20", "description": "HTS 접속 L4"}),
    "PASK-MTS": ("YD", NET, ["mts_api"],
                 {"vendor": "PIOLINK", "model": "PAS-K 9524", "endpoint": "m.nurisec.co.kr",
                  "description": "MTS L4"}),
    "PASK-WEB": ("YD", NET, ["web_trade", "openapi_gw"],
                 {"vendor": "PIOLINK", "model": "PAS-K 5524", "endpoint": "www.nurisec.co.kr",
                  "tls_cert_expiry": "2026-12-08", "description": "웹트레이딩/OpenAPI L4"}),
    "PASK-INT": ("YD", NET, ["wonjang_inq", "injeung_gw", "sise_push"],
                 {"vendor": "PIOLINK", "model": "PAS-K 5524", "vip": "10.10.5.10", "description": "내부 L4"}),
    "alb-chungyak": ("AW", CLOUD, ["chungyak_svc"],
                     {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "ipo.nurisec.co.kr"}),
    "alb-robo": ("AW", CLOUD, ["robo_pb"],
                 {"vendor": "AWS", "model": "Application Load Balancer", "endpoint": "robo.nurisec.co.kr"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "PMAX-YD01": ("YD", INFRA, {"vendor": "Dell", "model": "PowerMax 2500", "capacity_tb": 350, "protocol": "FC",
                                "replication": "SRDF/A to PMAX-BD01", "description": "원장 DB 블록 스토리지"},
                  ["YD-R21-01", "YD-R21-02", "YD-R21-03"]),
    "PMAX-BD01": ("BD", INFRA, {"vendor": "Dell", "model": "PowerMax 2000", "capacity_tb": 280, "protocol": "FC",
                                "description": "분당 DR 원장 복제본"}, ["BD-R03-01"]),
    "ISILON-YD01": ("YD", INFRA, {"vendor": "Dell", "model": "PowerScale F600", "capacity_tb": 180,
                                  "protocol": "NFS/SMB", "description": "정산 파일, 대외 전문 파일, 녹취 파일"},
                    ["YD-R19-01", "GR-R01-02"]),
    "DD-BD01": ("BD", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 220,
                              "protocol": "DD Boost", "description": "DB/NAS 백업 (분당)"}, ["BD-R03-01"]),
    "robo-s3": ("AW", ROBO, {"vendor": "AWS", "model": "S3 Standard", "bucket": "nurisec-robo-models",
                             "description": "리밸런싱 모델/리포트"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 여의도 IDC
    "YD-R12-01": ("YD", "P", "vm", {"role": "HTS 접속서버 #1"}),
    "YD-R12-02": ("YD", "P", "vm", {"role": "HTS 접속서버 #2"}),
    "YD-R12-03": ("YD", "P", "vm", {"role": "MTS API #1"}),
    "YD-R12-04": ("YD", "P", "vm", {"role": "MTS API #2"}),
    "YD-R12-05": ("YD", "P", "vm", {"role": "웹트레이딩, OpenAPI"}),
    "YD-R14-01": ("YD", "P", "physical", {"role": "주문 게이트웨이 #1", "model": "Dell PowerEdge R760",
                                          "nic": "Solarflare X2522"}),
    "YD-R14-02": ("YD", "P", "physical", {"role": "주문 게이트웨이 #2", "model": "Dell PowerEdge R760",
                                          "nic": "Solarflare X2522"}),
    "YD-R14-03": ("YD", "P", "physical", {"role": "SOR", "model": "Dell PowerEdge R760", "nic": "Solarflare X2522"}),
    "YD-R14-04": ("YD", "P", "vm", {"role": "신용 RMS, 반대매매"}),
    "YD-R15-01": ("YD", "P", "physical", {"role": "원장 AP #1 (JEUS)", "model": "HPE DL380 Gen11"}),
    "YD-R15-02": ("YD", "P", "physical", {"role": "원장 AP #2 (JEUS)", "model": "HPE DL380 Gen11"}),
    "YD-R15-03": ("YD", "P", "vm", {"role": "원장 조회"}),
    "YD-R15-04": ("YD", "P", "physical", {"role": "체결 처리", "model": "Dell PowerEdge R760"}),
    "YD-R16-01": ("YD", "P", "vm", {"role": "체결 알림, 푸시"}),
    "YD-R16-02": ("YD", "P", "vm", {"role": "해외주식 주문, 환전"}),
    "YD-R16-03": ("YD", "P", "physical", {"role": "FIX 엔진 (해외)", "model": "HPE DL360 Gen11",
                                          "volumes": "/ 100GB, /fixlog 400GB"}),
    "YD-R16-04": ("YD", "P", "vm", {"role": "해외 시세 수신"}),
    "YD-R17-01": ("YD", "P", "physical", {"role": "시세 분배 #1", "model": "Dell PowerEdge R660",
                                          "nic": "Solarflare X2522"}),
    "YD-R17-02": ("YD", "P", "physical", {"role": "시세 분배 #2", "model": "Dell PowerEdge R660",
                                          "nic": "Solarflare X2522"}),
    "YD-R17-03": ("YD", "P", "vm", {"role": "시세 푸시 #1"}),
    "YD-R17-04": ("YD", "P", "vm", {"role": "시세 푸시 #2"}),
    "YD-R17-05": ("YD", "P", "physical", {"role": "시세 Redis #1", "model": "Dell PowerEdge R660"}),
    "YD-R17-06": ("YD", "P", "physical", {"role": "시세 Redis #2", "model": "Dell PowerEdge R660"}),
    "YD-R18-01": ("YD", "P", "vm", {"role": "인증 게이트웨이 #1"}),
    "YD-R18-02": ("YD", "P", "vm", {"role": "인증 게이트웨이 #2"}),
    "YD-R18-03": ("YD", "P", "vm", {"role": "인증서 검증, OTP"}),
    "YD-R18-04": ("YD", "P", "vm", {"role": "세션/RMS Redis"}),
    "YD-R19-01": ("YD", "P", "vm", {"role": "정산 배치"}),
    "YD-R19-02": ("YD", "P", "vm", {"role": "Control-M, 정보계 ETL"}),
    "YD-R19-03": ("YD", "P", "vm", {"role": "대외계 (예탁원, 금결원)"}),
    "YD-R19-04": ("YD", "P", "vm", {"role": "대외계 MQ"}),
    "YD-R19-05": ("YD", "P", "vm", {"role": "로그 수집 (Splunk indexer)"}),
    "YD-R20-01": ("YD", "P", "physical", {"role": "Kafka broker 1", "model": "Dell PowerEdge R750xs"}),
    "YD-R20-02": ("YD", "P", "physical", {"role": "Kafka broker 2", "model": "Dell PowerEdge R750xs"}),
    "YD-R20-03": ("YD", "P", "physical", {"role": "Kafka broker 3", "model": "Dell PowerEdge R750xs"}),
    "YD-R21-01": ("YD", "P", "physical", {"role": "원장 Oracle RAC node 1", "model": "Dell PowerEdge R960"}),
    "YD-R21-02": ("YD", "P", "physical", {"role": "원장 Oracle RAC node 2", "model": "Dell PowerEdge R960"}),
    "YD-R21-03": ("YD", "P", "physical", {"role": "원장 ADG (조회)", "model": "Dell PowerEdge R760"}),
    "YD-R22-01": ("YD", "P", "physical", {"role": "Tibero TAC node 1", "model": "HPE DL380 Gen11"}),
    "YD-R22-02": ("YD", "P", "physical", {"role": "Tibero TAC node 2", "model": "HPE DL380 Gen11"}),
    "YD-R23-01": ("YD", "P", "physical", {"role": "Greenplum master", "model": "HPE DL380 Gen10 Plus"}),
    "YD-R30-01": ("YD", "S", "vm", {"role": "스테이징 주문/원장"}),
    "YD-R30-02": ("YD", "S", "vm", {"role": "스테이징 MTS, 원장 DB"}),
    "NX9K-CORE-A": ("YD", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9336C-FX2",
                                           "firmware": "NX-OS 10.3(5)"}),
    "PA-FW-EXT": ("YD", "P", "network", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5430",
                                         "firmware": "PAN-OS 11.1.3", "description": "대외계 방화벽 (해외 브로커, 예탁원, 금결원)"}),
    "DX-RTR1": ("YD", "P", "network", {"device": "router", "vendor": "Cisco", "model": "ASR 1001-HX",
                                       "firmware": "IOS-XE 17.12.2", "circuit": "AWS Direct Connect 10G (KINX 가산)",
                                       "description": "AWS 서울 리전 전용 연결"}),
    # 코스콤 코로케이션
    "KC-R01-01": ("KC", "P", "physical", {"role": "KRX FEP #1", "model": "Dell PowerEdge R660", "nic": "Solarflare X2522"}),
    "KC-R01-02": ("KC", "P", "physical", {"role": "KRX FEP #2", "model": "Dell PowerEdge R660", "nic": "Solarflare X2522"}),
    "KC-R01-03": ("KC", "P", "physical", {"role": "NXT FEP", "model": "Dell PowerEdge R660", "nic": "Solarflare X2522"}),
    "KC-R01-04": ("KC", "P", "physical", {"role": "FEP 예비", "model": "Dell PowerEdge R660"}),
    "KC-R02-01": ("KC", "P", "physical", {"role": "KRX 시세 FH", "model": "Supermicro SYS-121C",
                                          "nic": "Solarflare X2522"}),
    "KC-R02-02": ("KC", "P", "physical", {"role": "NXT 시세 FH", "model": "Supermicro SYS-121C",
                                          "nic": "Solarflare X2522"}),
    "ARISTA-MC1": ("KC", "P", "network", {"device": "multicast switch", "vendor": "Arista", "model": "7280R3",
                                          "firmware": "EOS 4.31.2F", "description": "거래소 시세 멀티캐스트 수신"}),
    # 분당 DR
    "BD-R03-01": ("BD", "P", "physical", {"role": "DR 원장 DB (Data Guard)", "model": "Dell PowerEdge R960"}),
    "BD-R03-02": ("BD", "P", "vm", {"role": "DR 주문 게이트웨이"}),
    "BD-SW01": ("BD", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3",
                                       "firmware": "NX-OS 10.3(5)"}),
    # 구로 콜센터
    "GR-R01-01": ("GR", "P", "vm", {"role": "ARS (GVP)"}),
    "GR-R01-02": ("GR", "P", "vm", {"role": "CTI, 녹취"}),
    "GR-R01-03": ("GR", "P", "vm", {"role": "상담 CRM"}),
    "GR-SW01": ("GR", "P", "network", {"device": "core switch", "vendor": "Cisco", "model": "Catalyst 9500-24Y4C",
                                       "firmware": "IOS-XE 17.9.4"}),
    # AWS
    "aws-ng-ipo-1a": ("AW", "P", "eks", {"node_group": "ng-ipo", "cluster": "eks-nuri-prd", "instance": "c6i.4xlarge"}),
    "aws-ng-ipo-2c": ("AW", "P", "eks", {"node_group": "ng-ipo", "cluster": "eks-nuri-prd", "instance": "c6i.4xlarge"}),
    "aws-ng-robo-1a": ("AW", "P", "eks", {"node_group": "ng-robo", "cluster": "eks-nuri-prd", "instance": "m6i.2xlarge"}),
    "aws-ng-dev-1a": ("AW", "D", "eks", {"node_group": "ng-dev", "cluster": "eks-nuri-dev", "instance": "m6i.xlarge"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("PA-FW-EXT", "NX9K-CORE-A"),
    ("DX-RTR1", "NX9K-CORE-A"),
    ("ARISTA-MC1", "NX9K-CORE-A"),
    ("BD-SW01", "NX9K-CORE-A"),
    ("GR-SW01", "NX9K-CORE-A"),
    ("sise_fh_krx", "ARISTA-MC1"),
    ("sise_fh_nxt", "ARISTA-MC1"),
    ("fep_krx", "ARISTA-MC1"),
    ("fep_nxt", "ARISTA-MC1"),
    ("FIXEdge-US", "PA-FW-EXT"),
    ("haeoe_sise", "PA-FW-EXT"),
    ("ksd_link", "PA-FW-EXT"),
    ("kftc_link", "PA-FW-EXT"),
    ("MagicLine-Cert", "PA-FW-EXT"),
    ("chungyak_svc", "DX-RTR1"),
    ("robo_engine", "DX-RTR1"),
    ("WJ-ORA", "WJ-ORA-DR"),  # Data Guard redo transport to 분당
    ("PMAX-YD01", "PMAX-BD01"),  # SRDF/A
]
# fmt: on
STATUS = {"KC-R01-04": "maintenance", "hts_gate_v1": "retired"}
NET_PREFIX = {"YD": "10.10", "BD": "10.20", "KC": "172.30", "GR": "10.50", "AW": "10.100"}
NOT_MEASURED = {"robo-s3", "WJ-ORA-DR", "jumun_gw_dr"}
DISK_WATCHED = {
    "YD-R16-03",
    "YD-R19-05",
    "YD-R19-01",
    "YD-R19-04",
    "YD-R20-01",
    "YD-R20-02",
    "YD-R20-03",
    "YD-R21-01",
    "YD-R21-02",
    "YD-R21-03",
    "YD-R22-01",
    "YD-R22-02",
    "YD-R23-01",
    "YD-R17-05",
    "YD-R17-06",
    "GR-R01-02",
    "BD-R03-01",
    "KC-R01-01",
    "KC-R01-02",
    "KC-R01-03",
}
REQUEST_RATE = {
    "hts_gate": 3200.0,
    "mts_api": 5400.0,
    "web_trade": 420.0,
    "openapi_gw": 860.0,
    "jumun_gw": 2600.0,
    "sor_engine": 2400.0,
    "sinyong_rms": 2500.0,
    "fep_krx": 1900.0,
    "fep_nxt": 520.0,
    "chegyul_proc": 1700.0,
    "chegyul_noti": 1500.0,
    "push_gw": 2100.0,
    "wonjang_core": 3800.0,
    "wonjang_inq": 2900.0,
    "haeoe_gw": 380.0,
    "FIXEdge-US": 420.0,
    "sise_dist": 48000.0,
    "sise_push": 36000.0,
    "sise_fh_krx": 52000.0,
    "sise_fh_nxt": 14000.0,
    "injeung_gw": 640.0,
    "chungyak_svc": 900.0,
    "robo_pb": 60.0,
    "Genesys-ARS": 45.0,
    "cc_crm": 80.0,
    "jeongsan_batch": 150.0,
    "WJ-ORA": 9500.0,
    "TB-CUST": 1800.0,
    "chungyak-aurora": 2600.0,
    "Kafka-YD": 7200.0,
}
CACHE_MEMORY = {  # base, swing with the load
    "sise_redis": (52.0, 14.0),
    "session_redis": (41.0, 9.0),
    "rms_redis": (36.0, 6.0),
}
PAAS_CPU = {"chungyak-aurora", "robo-aurora", "msk-robo"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod" and ci["name"] not in NOT_MEASURED


INCIDENTS = [
    {
        "id": "I1",
        "kind": "redis_maxmemory_noeviction",
        "root": "sise_redis",
        "description": "sise_redis was switched to maxmemory-policy noeviction on Sunday; at Monday's opening"
        " auction burst its memory reaches maxmemory and every write fails (OOM command not allowed when used"
        " memory > 'maxmemory'): sise_dist cannot store snapshots (loudest), sise_push serves stale quotes,"
        " sinyong_rms cannot value collateral, jumun_gw, hts_gate and mts_api follow, until the policy is set"
        " back to volatile-lru and the stale keys flushed",
        "start": kst(16, 8, 50),
        "end": kst(16, 9, 45),
        "affected": [
            "sise_redis",
            "sise_dist",
            "sise_push",
            "sinyong_rms",
            "jumun_gw",
            "hts_gate",
            "mts_api",
        ],
    },
    {
        "id": "I2",
        "kind": "fix_store_disk_full",
        "root": "YD-R16-03",
        "description": "the FIX message-store volume /fixlog of the FIX engine host YD-R16-03 fills up at the US"
        " market open on Tuesday night (log rotation had been off since a patch): FIXEdge-US cannot persist"
        " messages and drops its session to the US broker, haeoe_gw rejects overseas orders, hts_gate and"
        " mts_api show the errors, until old stores are archived and the session resynchronised",
        "start": kst(17, 23, 35),
        "end": kst(18, 0, 30),
        "affected": ["YD-R16-03", "FIXEdge-US", "haeoe_gw", "hts_gate", "mts_api"],
    },
    {
        "id": "I3",
        "kind": "kafka_logdir_failure",
        "root": "Kafka-YD",
        "description": "on 수능 day the market opens at 10:00; at the open one broker of Kafka-YD loses a log"
        " directory, partitions go under-replicated below min.insync.replicas and acks=all producers block:"
        " chegyul_proc (체결 지연), chegyul_noti, jumun_gw and wonjang_core slow down, hts_gate and mts_api"
        " follow, until the broker is restarted without the failed disk and the partitions reassigned",
        "start": kst(19, 10, 0),
        "end": kst(19, 10, 55),
        "affected": [
            "Kafka-YD",
            "chegyul_proc",
            "chegyul_noti",
            "jumun_gw",
            "wonjang_core",
            "hts_gate",
            "mts_api",
        ],
    },
    {
        "id": "I4",
        "kind": "ocsp_unreachable",
        "root": "MagicLine-Cert",
        "description": "on Saturday morning the yessign OCSP responder certificate is renewed and MagicLine-Cert"
        " rejects the new chain, so every certificate validation waits for its 3 s timeout: injeung_gw logins"
        " fail, and with it MTS, HTS, web trading, OpenAPI, the IPO service and the ARS identity check, until"
        " the new responder certificate is trusted",
        "start": kst(21, 10, 20),
        "end": kst(21, 11, 15),
        "affected": [
            "MagicLine-Cert",
            "injeung_gw",
            "mts_api",
            "hts_gate",
            "web_trade",
            "openapi_gw",
            "chungyak_svc",
            "Genesys-ARS",
        ],
    },
    {
        "id": "I5",
        "kind": "sql_plan_flip",
        "root": "WJ-ORA",
        "description": "after the night's statistics gather the margin-check SQL on the ledger Oracle WJ-ORA"
        " flips to full scans; at the 반대매매 run and the market open on Tuesday both RAC nodes saturate (gc"
        " buffer busy, CPU 100 %): sinyong_rms shows the loudest errors (risk-check timeouts, orders"
        " rejected), banmae_batch, wonjang_core, jumun_gw, hts_gate and mts_api follow, until the old plan is"
        " pinned with a SQL plan baseline",
        "start": kst(24, 8, 40),
        "end": kst(24, 9, 35),
        "affected": [
            "WJ-ORA",
            "wonjang_core",
            "banmae_batch",
            "sinyong_rms",
            "jumun_gw",
            "hts_gate",
            "mts_api",
        ],
    },
    {
        "id": "I6",
        "kind": "storage_director_offline",
        "root": "PMAX-YD01",
        "description": "during the night settlement batch a director of the PowerMax PMAX-YD01 goes offline and"
        " I/O latency jumps: WJ-ORA waits on log file sync, jeongsan_batch abends its settlement step (loudest),"
        " wonjang_core, haeoe_gw (the US session still open) and hwanjeon_svc slow down, until the paths fail"
        " over to the remaining directors",
        "start": kst(25, 1, 30),
        "end": kst(25, 2, 25),
        "affected": ["PMAX-YD01", "WJ-ORA", "wonjang_core", "jeongsan_batch", "haeoe_gw", "hwanjeon_svc"],
    },
    {
        "id": "I7",
        "kind": "db_connection_exhaustion",
        "root": "chungyak-aurora",
        "description": "on the last afternoon of the 누리로보틱스 IPO subscription chungyak-aurora reaches its"
        " connection limit with CPU at 100 % (a subscription-status query without its index): chungyak_svc"
        " times out and the 청약 menus of mts_api, hts_gate and web_trade fail (ongoing)",
        "start": kst(25, 13, 25),
        "end": None,
        "affected": ["chungyak-aurora", "chungyak_svc", "mts_api", "hts_gate", "web_trade"],
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
        assert all(a in dist for a in inc["affected"]), (
            inc["id"],
            [a for a in inc["affected"] if a not in dist],
        )
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
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{env_net + 12 + i // 8}.{31 + (i * 41) % 200}"}
        owner = INFRA
        if kind in ("vm", "physical") and h[:2] in ("YD", "KC", "BD", "GR"):
            attrs["rack"] = h.split("-")[1]
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "hostname": h.lower(),
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky Linux 9.4"]),
                "vcpu": rng.choice([8, 16, 32]),
                "memory_gb": rng.choice([32, 64, 128]),
                "hypervisor": "VMware vSphere 8.0U2",
            }
        elif kind == "physical":
            attrs |= {
                "form": "physical",
                "hostname": h.lower(),
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4"]),
                "cores": rng.choice([32, 48, 64, 96]),
                "memory_gb": rng.choice([256, 512, 768]),
                "serial": f"{rng.choice(['CN7', 'MXQ', 'SGH'])}{rng.randint(1000000, 9999999)}",
            }
        elif kind == "eks":
            owner = CLOUD
            attrs |= {
                "form": "eks",
                "os": "Amazon Linux 2023",
                "zone": "ap-northeast-2a" if h.endswith("a") else "ap-northeast-2c",
                "platform": "EKS 1.31",
            }
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("core ", "").replace("multicast ", "")}
        if h.startswith("GR-R"):
            owner = CC
        if h in ("YD-R21-01", "YD-R21-02", "BD-R03-01"):
            attrs["memory_gb"] = 1536
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


def _market(ts: datetime) -> float:
    """The trading day: NXT pre-market from 08:00, 동시호가 from 08:30, the open burst at 09:00, the midday lull,
    the closing auction to 15:30, NXT after-market to 20:00; an hour later on 수능 day; nothing on weekends."""
    if _weekend(ts):
        return 0.03
    h = seoul_hour(ts) - (1 if _local(ts).day == SUNEUNG else 0)
    if h < 8 or h >= 20:
        return 0.03
    if h < 8.5:
        return 0.14
    if h < 9:
        return 0.14 + 0.3 * (h - 8.5) / 0.5
    if h < 15.5:
        return min(
            1.0,
            0.5 + 0.5 * math.exp(-(h - 9) / 0.45) - 0.12 * _bump(h, 12.3, 0.9) + 0.25 * _bump(h, 15.2, 0.3),
        )
    return 0.12


def _retail(ts: datetime) -> float:
    """Retail channels: the trading day, an evening bump (NXT after-market, overseas pre-market), some weekend use."""
    h = seoul_hour(ts)
    if _weekend(ts):
        return 0.08 + 0.1 * _bump(h, 14, 3)
    return min(1.0, 0.06 + 0.9 * _market(ts) + 0.22 * _bump(h, 21.5, 1.4))


def _overseas(ts: datetime) -> float:
    """The US session 23:30–06:00 KST (nights Monday→Tuesday to Friday→Saturday), pre-market from 18:00."""
    t = _local(ts)
    h = seoul_hour(ts)
    night_after = t.weekday() in (1, 2, 3, 4, 5) and h < 6  # the early morning of Tue..Sat
    night_before = t.weekday() in (0, 1, 2, 3, 4) and h >= 23.5  # late evening of Mon..Fri
    if night_after or night_before:
        since_open = (h - 23.5) if h >= 23.5 else (h + 0.5)
        return min(1.0, 0.55 + 0.45 * math.exp(-since_open / 0.8) + 0.2 * _bump(h, 5.7, 0.3))
    if t.weekday() < 5 and 18 <= h < 23.5:
        return 0.18
    return 0.05


def _batch(ts: datetime) -> float:
    """The night settlement batch 01:00–03:30 after business days (Tuesday to Saturday early mornings), the
    day-end close 16:00–18:00 on business days."""
    t = _local(ts)
    h = seoul_hour(ts)
    if t.weekday() in (1, 2, 3, 4, 5) and 1 <= h < 3.5:
        return 0.92
    if t.weekday() < 5 and 16 <= h < 18:
        return 0.35
    return 0.04


def _call(ts: datetime) -> float:
    """The call centre: 08:00–18:00 on weekdays (ARS around the clock)."""
    h = seoul_hour(ts)
    if _weekend(ts):
        return 0.08 + 0.06 * _bump(h, 11, 2.5)
    if h < 8 or h >= 18:
        return 0.07
    return min(1.0, 0.3 + 0.55 * _bump(h, 9.4, 0.9) + 0.35 * _bump(h, 14.0, 1.5))


IPO_DAYS = {16: 0.35, 17: 0.45, 24: 0.6, 25: 1.0}  # 한결바이오 (16–17), 누리로보틱스 (24–25)


def _ipo(ts: datetime) -> float:
    """IPO subscriptions 10:00–16:00 on their days, the last afternoon the busiest."""
    t = _local(ts)
    h = seoul_hour(ts)
    size = IPO_DAYS.get(t.day)
    if not size or h < 9.9 or h >= 16:
        return 0.04 + 0.03 * _bump(h, 12, 3)
    return min(1.0, size * (0.45 + 0.25 * _bump(h, 10.3, 0.5) + 0.55 * _bump(h, 14.6, 1.0)))


def _steady(ts: datetime) -> float:
    return 0.5


MARKET = {
    "jumun_gw",
    "sor_engine",
    "sinyong_rms",
    "fep_krx",
    "fep_nxt",
    "chegyul_proc",
    "chegyul_noti",
    "push_gw",
    "wonjang_core",
    "sise_fh_krx",
    "sise_fh_nxt",
    "sise_dist",
    "sise_push",
    "sise_redis",
    "rms_redis",
    "hts_gate",
    "openapi_gw",
    "WJ-ORA",
    "Kafka-YD",
    "banmae_batch",
    "PASK-HTS",
    "YD-R12-01",
    "YD-R12-02",
    "YD-R14-01",
    "YD-R14-02",
    "YD-R14-03",
    "YD-R14-04",
    "YD-R15-01",
    "YD-R15-02",
    "YD-R15-04",
    "YD-R16-01",
    "YD-R17-01",
    "YD-R17-02",
    "YD-R17-03",
    "YD-R17-04",
    "YD-R17-05",
    "YD-R17-06",
    "YD-R20-01",
    "YD-R20-02",
    "YD-R20-03",
    "YD-R21-01",
    "YD-R21-02",
    "KC-R01-01",
    "KC-R01-02",
    "KC-R01-03",
    "KC-R02-01",
    "KC-R02-02",
    "ARISTA-MC1",
    "NX9K-CORE-A",
    "PMAX-YD01",
}
RETAIL = {
    "mts_api",
    "web_trade",
    "wonjang_inq",
    "WJ-ADG",
    "session_redis",
    "injeung_gw",
    "MagicLine-Cert",
    "OTP-Hub",
    "TB-CUST",
    "PASK-MTS",
    "PASK-WEB",
    "PASK-INT",
    "YD-R12-03",
    "YD-R12-04",
    "YD-R12-05",
    "YD-R15-03",
    "YD-R18-01",
    "YD-R18-02",
    "YD-R18-03",
    "YD-R18-04",
    "YD-R21-03",
    "YD-R22-01",
    "YD-R22-02",
    "robo_pb",
    "robo_engine",
    "robo-aurora",
    "msk-robo",
    "alb-robo",
    "aws-ng-robo-1a",
}
OVERSEAS = {
    "haeoe_gw",
    "FIXEdge-US",
    "hwanjeon_svc",
    "haeoe_sise",
    "YD-R16-02",
    "YD-R16-03",
    "YD-R16-04",
    "PA-FW-EXT",
}
BATCH = {
    "jeongsan_batch",
    "ControlM-EM",
    "ksd_link",
    "kftc_link",
    "MQ-DAEOE",
    "ISILON-YD01",
    "YD-R19-01",
    "YD-R19-02",
    "YD-R19-03",
    "YD-R19-04",
}
CALL = {"Genesys-ARS", "cti_gw", "cc_crm", "GR-R01-01", "GR-R01-02", "GR-R01-03", "GR-SW01"}
IPO = {"chungyak_svc", "chungyak-aurora", "alb-chungyak", "aws-ng-ipo-1a", "aws-ng-ipo-2c", "DX-RTR1"}


def _dw(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 4 <= h < 5.5 else 0.12


DW = {"info_etl", "GP-DW", "YD-R23-01"}


def _load(name: str):
    for group, shape in (
        (MARKET, _market),
        (RETAIL, _retail),
        (OVERSEAS, _overseas),
        (BATCH, _batch),
        (CALL, _call),
        (IPO, _ipo),
        (DW, _dw),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {0: (9.0, 6.5), 1: (3.2, 18.0), 2: (1.3, 7.5)},
    "I2": {1: (8.0, 58.0), 2: (3.4, 37.0), 3: (0.8, 6.5)},
    "I3": {0: (7.5, 5.0), 1: (3.6, 21.0), 2: (1.2, 7.0)},
    "I4": {0: (24.0, 64.0), 1: (6.5, 47.0), 2: (1.5, 16.0)},
    "I5": {0: (12.0, 2.4), 1: (4.2, 9.5), 2: (3.5, 44.0), 3: (1.6, 16.0), 4: (0.8, 6.0)},
    "I6": {0: (30.0, 1.2), 1: (8.5, 3.5), 2: (2.8, 9.0), 3: (1.2, 4.0)},
    "I7": {0: (9.0, 7.5), 1: (5.5, 34.0), 2: (1.3, 8.0)},
}
# I1: sise_dist (1 hop) is the loudest; I5: sinyong_rms (2 hops) is louder than the root and wonjang_core;
# I6: the batch abends (loudest); I3: chegyul_proc shows the delay most
EFFECT_OVERRIDE = {
    ("I1", "sise_dist"): (4.5, 31.0),
    ("I1", "sinyong_rms"): (1.8, 9.0),
    ("I5", "banmae_batch"): (2.4, 18.0),
    ("I6", "jeongsan_batch"): (4.0, 46.0),
    ("I6", "hwanjeon_svc"): (0.9, 3.0),
    ("I3", "chegyul_proc"): (5.2, 26.0),
    ("I3", "wonjang_core"): (1.9, 6.0),
    ("I4", "Genesys-ARS"): (1.0, 12.0),
    ("I7", "web_trade"): (0.8, 5.0),
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
    if name == "YD-R19-05":
        disk0, growth = 66.8, 1.05
    if name == "YD-R16-03":
        disk0, growth = 44.0, 0.05
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "YD-R16-03":  # the FIX message store fills from 20:00, rotation being off
            fill = max(0.0, (ts - kst(17, 20)).total_seconds() / 3600) * (ts < I2["end"])
            disk = min(disk + 15.8 * fill, 99.9 + rng.gauss(0, 0.02))
            cpu += 24 * ramp(ts, I2["start"], I2["end"], rise=5, fall=10)
            if ts >= I2["end"]:
                disk = min(disk, 31.5 + rng.gauss(0, 0.1))
        if name in ("YD-R21-01", "YD-R21-02"):  # full scans at the open
            cpu += (97.5 + rng.gauss(0, 0.7) - cpu) * ramp(ts, I5["start"], I5["end"], rise=5, fall=10)
            cpu += 14 * _batch(ts) * (_batch(ts) > 0.5)  # the settlement batch
        if name == "YD-R20-02":  # the broker with the failed log directory
            cpu += 31 * ramp(ts, I3["start"], I3["end"], rise=5, fall=10)
        if name in ("YD-R17-05", "YD-R17-06"):
            cpu += 22 * ramp(ts, I1["start"], I1["end"], rise=5, fall=10)
        if name == "YD-R18-03":  # threads waiting on OCSP
            mem += 17 * ramp(ts, I4["start"], I4["end"], rise=10, fall=10)
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
    if name == "DX-RTR1":
        rtt0 = 2.6  # round trip to the AWS region over Direct Connect
    if name == "ARISTA-MC1":
        rtt0 = 0.04  # cut-through in the co-location
    if name in ("BD-SW01", "GR-SW01"):
        rtt0 = rng.uniform(2.0, 4.0)  # the WAN to 여의도
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 3 if rtt < 0.1 else 2),
            error_rate=round(min(loss, 100.0), 2),
        )
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    """Storage arrays: used capacity, I/O latency and I/O errors (the director going offline on PMAX-YD01)."""
    name = ci["name"]
    used = {"PMAX-YD01": (61, 62), "ISILON-YD01": (72, 73), "DD-BD01": (55, 57)}.get(name, (40, 58))
    fill = storage_fill(rng, name, times, START, used, 0.11)
    lat0 = rng.uniform(0.25, 0.45) if name.startswith("PMAX") else rng.uniform(1.2, 3.5)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = max(0.0, rng.gauss(0.01, 0.005))
        if name == "PMAX-YD01":
            r = ramp(ts, I6["start"], I6["end"], rise=5, fall=10)
            lat *= 1 + 95 * r * (1 + rng.gauss(0, 0.05))
            err += 3.2 * r * (1 + rng.gauss(0, 0.05))
        rows += samples(
            ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2), error_rate=round(err, 2)
        )
    return rows


RT0 = {
    "hts_gate": 38.0,
    "mts_api": 85.0,
    "web_trade": 160.0,
    "openapi_gw": 45.0,
    "jumun_gw": 1.8,
    "sor_engine": 0.9,
    "sinyong_rms": 6.5,
    "banmae_batch": 240.0,
    "fep_krx": 0.6,
    "fep_nxt": 0.7,
    "chegyul_proc": 2.4,
    "chegyul_noti": 120.0,
    "push_gw": 210.0,
    "wonjang_core": 14.0,
    "wonjang_inq": 32.0,
    "jeongsan_batch": 950.0,
    "haeoe_gw": 48.0,
    "FIXEdge-US": 9.0,
    "hwanjeon_svc": 40.0,
    "haeoe_sise": 3.5,
    "sise_fh_krx": 0.08,
    "sise_fh_nxt": 0.09,
    "sise_dist": 0.35,
    "sise_push": 12.0,
    "injeung_gw": 70.0,
    "MagicLine-Cert": 55.0,
    "OTP-Hub": 28.0,
    "chungyak_svc": 140.0,
    "robo_pb": 190.0,
    "robo_engine": 420.0,
    "Genesys-ARS": 260.0,
    "cti_gw": 35.0,
    "cc_crm": 230.0,
    "ControlM-EM": 110.0,
    "info_etl": 640.0,
    "ksd_link": 180.0,
    "kftc_link": 150.0,
    "WJ-ORA": 2.1,
    "WJ-ADG": 3.4,
    "TB-CUST": 4.6,
    "GP-DW": 85.0,
    "chungyak-aurora": 2.8,
    "robo-aurora": 2.2,
    "sise_redis": 0.21,
    "session_redis": 0.34,
    "rms_redis": 0.28,
    "Kafka-YD": 3.2,
    "MQ-DAEOE": 2.6,
    "msk-robo": 4.1,
    "PASK-HTS": 0.6,
    "PASK-MTS": 0.9,
    "PASK-WEB": 1.1,
    "PASK-INT": 0.5,
    "alb-chungyak": 2.3,
    "alb-robo": 2.6,
}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 12),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(2, 8),
        "load_balancer": rng.uniform(1, 6),
    }.get(kind, rng.uniform(40, 240))
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
            if inc is I2 and name in ("FIXEdge-US", "haeoe_gw"):
                req *= 1 - 0.85 * r  # the session is down
            if inc is I3 and name == "Kafka-YD":
                req *= 1 - 0.6 * r  # producers blocked
            if inc is I4 and name == "injeung_gw":
                req *= 1 + 1.8 * r  # retries
            if inc is I7 and name == "chungyak-aurora":
                req *= 1 - 0.4 * r
        if name == "jeongsan_batch" and _batch(ts) < 0.5:
            req *= 0.05  # between runs
        if name == "banmae_batch":  # runs 08:30–08:50 on business days
            t = _local(ts)
            active = t.weekday() < 5 and 8.5 <= seoul_hour(ts) < 8.85
            rt *= 1.0 if active else 0.6
        row = {
            "response_time_ms": round(rt, 3 if rt < 1 else 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "sise_redis":  # noeviction: the snapshot keys pile up from Sunday's change to the open
                mem += max(0.0, (ts - kst(15, 16)).total_seconds() / 3600) * 0.45 * (ts < I1["start"])
                mem += (99.6 + rng.gauss(0, 0.1) - mem) * ramp(
                    ts, I1["start"] - timedelta(minutes=10), I1["end"], 10
                )
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            if name == "chungyak-aurora":
                cpu += (99.0 + rng.gauss(0, 0.3) - cpu) * ramp(ts, I7["start"], None, rise=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _daily_rows() -> list[tuple]:
    """The trading-day routine: 반대매매 at 08:30, the night settlement batch, the DW load, the KSD file, the
    PASK-WEB certificate warning."""
    rows = []
    business = [16, 17, 18, 19, 20, 23, 24, 25]
    liquidations = {16: "412", 17: "388", 18: "291", 19: "305", 20: "276", 23: "344", 24: "1,187", 25: "402"}
    for d in business:
        at = (10, 30) if d == SUNEUNG else (8, 30)
        rows.append(
            (d, *at, "banmae_batch", "info", "batch_job", f"반대매매 대상 산출 완료 ({liquidations[d]}계좌)")
        )
    for d, n in [(17, "1,842,113"), (18, "1,906,530"), (19, "1,771,042"), (20, "1,694,287"), (21, "1,802,655"),
                 (24, "1,655,910"), (25, "2,310,448")]:  # fmt: skip
        rows.append(
            (d, 1, 0, "jeongsan_batch", "info", "batch_job", f"야간 정산 배치 시작 (JS-MAIN, 처리대상 {n}건)")
        )
        if d != 25:
            rows.append(
                (d, 3, 22, "jeongsan_batch", "info", "batch_job", "야간 정산 배치 정상 종료 (412/412 jobs)")
            )
    for d in range(16, 26):
        rows.append(
            (d, 4, 0, "info_etl", "info", "batch_job", "정보계 일 적재 시작 (WJ-ADG, TB-CUST -> GP-DW)")
        )
        left = (datetime(2026, 12, 8) - datetime(2026, 11, d)).days
        rows.append(
            (d, 9, 5, "PASK-WEB", "warning", "cert_expiry",
             f"SSL certificate www.nurisec.co.kr expires in {left} days (2026-12-08)")
        )  # fmt: skip
    for d in business[:-1]:
        rows.append(
            (d, 17, 40, "ksd_link", "info", "batch_job", "예탁원 결제내역 파일 수신 완료 (SETL_RESULT)")
        )
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (15, 16, 0, "sise_redis", "info", "config_change", "maxmemory-policy volatile-lru -> noeviction (CHG-2611-031, 스냅샷 유실 방지)"),
    (15, 18, 0, "KC-R01-04", "info", "maintenance", "예비 FEP 서버 메인보드 교체 작업 (코스콤 입관 작업)"),
    (16, 8, 20, "sise_push", "info", "deployment", "sise_push 3.8.0 배포 (호가 10단계 압축 전송)"),
    (16, 10, 0, "chungyak_svc", "info", "job", "공모주 청약 개시: 한결바이오 (16~17일)"),
    (17, 16, 0, "chungyak_svc", "info", "job", "공모주 청약 마감: 한결바이오, 경쟁률 412:1"),
    (18, 9, 40, "YD-R19-05", "warning", "threshold_breach", "disk_usage above 70% on /opt/splunk/var"),
    (18, 14, 0, "robo_engine", "info", "deployment", "robo_engine 0.9.14 배포 (ETF 유니버스 갱신)"),
    (18, 19, 0, "KC-R01-04", "info", "maintenance", "예비 FEP 서버 부품 대기, 점검 상태 유지"),
    (19, 7, 0, "fep_krx", "info", "config_change", "수능일 장 개시 시각 변경 적용 (정규장 10:00~16:30, KRX 공지)"),
    (19, 7, 5, "fep_nxt", "info", "config_change", "수능일 NXT 거래시간 1시간 순연 적용"),
    (20, 15, 0, "mts_api_stg", "info", "deployment", "mts_api_stg 8.16.0-rc1 배포"),
    (22, 14, 0, "YD-R19-05", "warning", "threshold_breach", "disk_usage above 75% on /opt/splunk/var"),
    (23, 16, 30, "jumun_gw_stg", "info", "deployment", "jumun_gw_stg 5.4.0-rc2 배포 (NXT 정정주문 개선)"),
    (24, 10, 0, "chungyak_svc", "info", "job", "공모주 청약 개시: 누리로보틱스 (24~25일)"),
    (24, 16, 0, "chungyak_svc", "info", "job", "누리로보틱스 청약 1일차 마감, 경쟁률 688:1"),
    (25, 9, 30, "mts_api_dev", "info", "deployment", "mts_api_dev 8.17.0-SNAPSHOT 배포"),
    # I1
    (16, 8, 47, "sise_redis", "warning", "memory", "used_memory 46.8GB of maxmemory 48GB (97.5%)"),
    (16, 8, 52, "sise_redis", "critical", "oom", "OOM command not allowed when used memory > 'maxmemory' (noeviction)"),
    (16, 8, 56, "sise_dist", "critical", "error", "snapshot write failed: OOM (redis), 호가 스냅샷 저장 실패 3,400건/s"),
    (16, 8, 59, "sise_push", "major", "stale_data", "시세 스냅샷 갱신 지연 (stale > 30s) 2,180 종목"),
    (16, 9, 1, "sinyong_rms", "major", "error", "담보평가 현재가 조회 실패, 신용주문 보류"),
    (16, 9, 4, "jumun_gw", "warning", "error", "신용주문 RMS 응답 오류 증가"),
    (16, 9, 6, "mts_api", "warning", "error", "현재가 조회 오류 증가 (고객 문의)"),
    (16, 9, 8, "hts_gate", "warning", "error", "호가창 갱신 지연 민원"),
    (16, 9, 38, "sise_redis", "info", "config_change", "maxmemory-policy noeviction -> volatile-lru 원복, 만료 키 정리"),
    (16, 9, 50, "sise_dist", "info", "recovery", "스냅샷 저장 정상화"),
    # I2
    (17, 22, 50, "hwanjeon_svc", "info", "deployment", "hwanjeon_svc 1.9.3 배포 (야간 환전 우대율 반영)"),
    (17, 22, 55, "YD-R16-03", "warning", "threshold_breach", "disk_usage above 90% on /fixlog"),
    (17, 23, 33, "YD-R16-03", "critical", "disk", "/fixlog 100% full: No space left on device"),
    (17, 23, 37, "FIXEdge-US", "critical", "session_down", "FIX session NURI_US_01 disconnected: cannot persist outgoing message (store write failed)"),
    (17, 23, 41, "haeoe_gw", "major", "error", "해외주식 주문 거부: FIX 세션 미연결 (NYSE/NASDAQ)"),
    (17, 23, 45, "mts_api", "major", "error", "해외주식 주문 실패 응답 급증"),
    (17, 23, 47, "hts_gate", "warning", "error", "해외주식 주문 오류 증가"),
    (18, 0, 18, "YD-R16-03", "info", "config_change", "/fixlog 이전 세션 스토어 아카이브 및 logrotate 재적용"),
    (18, 0, 24, "FIXEdge-US", "info", "recovery", "FIX session NURI_US_01 logon, sequence resync (ResendRequest 1-4180)"),
    # I3
    (19, 9, 40, "chegyul_noti", "info", "deployment", "chegyul_noti 2.8.0 배포 (알림톡 템플릿 변경)"),
    (19, 10, 1, "Kafka-YD", "major", "disk", "broker 2: log directory /data3/kafka failed (I/O error), partitions offline 38"),
    (19, 10, 3, "Kafka-YD", "critical", "under_replicated", "UnderReplicatedPartitions 214, NotEnoughReplicas for exec.krx, ledger.post"),
    (19, 10, 7, "chegyul_proc", "critical", "slow_response", "체결 반영 지연 p95 8,400 ms (exec.krx produce blocked)"),
    (19, 10, 9, "wonjang_core", "warning", "slow_response", "ledger.post 발행 지연"),
    (19, 10, 10, "jumun_gw", "major", "error", "order.in produce timeout, 주문 접수 지연"),
    (19, 10, 12, "chegyul_noti", "major", "error", "체결 알림 지연 (consumer lag 180,000)"),
    (19, 10, 15, "mts_api", "warning", "error", "체결 조회 불일치 민원 증가"),
    (19, 10, 48, "Kafka-YD", "info", "config_change", "broker 2 재기동 (failed log dir 제외), 파티션 재할당"),
    (19, 10, 58, "chegyul_proc", "info", "recovery", "체결 반영 지연 해소"),
    # I4 (Saturday)
    (21, 10, 0, "mts_api", "info", "deployment", "mts_api 8.15.2 배포 (주말 정기 배포: 관심종목 동기화)"),
    (21, 10, 18, "MagicLine-Cert", "warning", "ocsp", "OCSP response signature verify failed (responder cert renewed by yessign)"),
    (21, 10, 22, "MagicLine-Cert", "critical", "timeout", "OCSP 검증 타임아웃 3,000 ms, 인증서 검증 실패율 71%"),
    (21, 10, 26, "injeung_gw", "critical", "error", "공동인증서/금융인증서 로그인 실패 급증"),
    (21, 10, 29, "mts_api", "major", "error", "로그인 실패 (인증서), 앱 리뷰 민원"),
    (21, 10, 31, "hts_gate", "major", "error", "인증서 로그인 실패"),
    (21, 10, 33, "chungyak_svc", "warning", "error", "청약 전 본인인증 실패"),
    (21, 10, 36, "Genesys-ARS", "warning", "error", "ARS 본인확인 실패 후 상담원 연결 폭증"),
    (21, 10, 40, "web_trade", "warning", "error", "웹 로그인 실패"),
    (21, 11, 8, "MagicLine-Cert", "info", "config_change", "yessign 신규 OCSP 응답서명 인증서 신뢰 목록 등록"),
    (21, 11, 16, "injeung_gw", "info", "recovery", "인증서 로그인 정상"),
    # I5
    (24, 2, 0, "WJ-ORA", "info", "job", "DBMS_STATS 통계정보 수집 (ACCT_MARGIN, ORD_DTL 외 312 테이블)"),
    (24, 8, 10, "banmae_batch", "info", "config_change", "반대매매 주문 분할 파라미터 변경 (50 -> 200 계좌/배치)"),
    (24, 8, 38, "WJ-ORA", "warning", "wait_event", "gc buffer busy acquire 1,240 sessions; SQL_ID 7x2kq9m1 plan hash changed"),
    (24, 8, 43, "WJ-ORA", "major", "cpu", "YD-R21-01, YD-R21-02 CPU 100%, full table scan ACCT_MARGIN"),
    (24, 8, 47, "wonjang_core", "major", "slow_response", "원장 거래 응답 지연 p95 2,100 ms"),
    (24, 8, 49, "banmae_batch", "major", "error", "반대매매 주문 송신 지연 (증거금 재계산 타임아웃)"),
    (24, 8, 53, "sinyong_rms", "critical", "timeout", "리스크 체크 타임아웃 48%, 신용/미수 주문 거부"),
    (24, 8, 58, "jumun_gw", "major", "error", "RMS 타임아웃으로 주문 거부 증가"),
    (24, 9, 2, "mts_api", "major", "error", "주문 실패 민원 급증 (장 시작)"),
    (24, 9, 3, "hts_gate", "major", "error", "주문 거부 응답 증가"),
    (24, 9, 28, "WJ-ORA", "info", "config_change", "SQL plan baseline 고정 (SQL_ID 7x2kq9m1), 통계 잠금"),
    (24, 9, 38, "sinyong_rms", "info", "recovery", "리스크 체크 정상화"),
    # I6 (night batch)
    (24, 20, 30, "jeongsan_batch", "info", "deployment", "jeongsan_batch 2.14.0 배포 (수수료 체계 개편 반영)"),
    (25, 1, 31, "PMAX-YD01", "critical", "hardware", "Director 2C offline (FA port fault), paths failed over 4 -> 2"),
    (25, 1, 34, "PMAX-YD01", "major", "latency", "SG_WJORA response time 38 ms (threshold 5 ms)"),
    (25, 1, 37, "WJ-ORA", "major", "wait_event", "log file sync avg 210 ms, db file sequential read 46 ms"),
    (25, 1, 42, "wonjang_core", "warning", "slow_response", "원장 거래 처리 지연"),
    (25, 1, 47, "haeoe_gw", "warning", "slow_response", "해외주식 주문 원장 확인 지연 (미국 정규장)"),
    (25, 1, 52, "jeongsan_batch", "critical", "batch_abend", "JS-ST-0420 (신용이자 정산) ABEND: ORA-01013 user requested cancel (timeout)"),
    (25, 2, 20, "PMAX-YD01", "info", "recovery", "Director 2C online, all paths active"),
    (25, 2, 40, "jeongsan_batch", "info", "batch_job", "JS-ST-0420 재수행 시작"),
    (25, 4, 12, "jeongsan_batch", "info", "batch_job", "야간 정산 배치 종료 (재수행 포함 412/412 jobs, 지연 종료)"),
    # I7 (ongoing)
    (25, 13, 10, "chungyak_svc", "info", "deployment", "chungyak_svc 2.3.0 hotfix 배포 (청약 현황 조회 캐시 비활성화)"),
    (25, 13, 24, "chungyak-aurora", "warning", "connections", "DatabaseConnections 2,840 of max_connections 3,000"),
    (25, 13, 29, "chungyak-aurora", "critical", "cpu", "CPUUtilization 99%, Too many connections"),
    (25, 13, 33, "chungyak_svc", "critical", "error", "청약 접수 타임아웃, HikariPool connection timeout"),
    (25, 13, 38, "mts_api", "major", "error", "공모주 청약 메뉴 오류 (청약 서비스 응답 없음)"),
    (25, 13, 41, "hts_gate", "warning", "error", "청약 화면 오류"),
    (25, 13, 44, "web_trade", "warning", "error", "청약 페이지 504"),
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
    generate(NAME, "securities-brokerage", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
