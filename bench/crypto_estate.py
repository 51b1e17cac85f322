"""Generate the crypto-exch estate (tests/fixtures/crypto-exch/, interchange format) and its faults file.

A Korean cryptocurrency exchange's IT: matching engines per market (`me-krw-01`, `me-btc-01`, `me-usdt-01`)
behind the order gateway `OrderGateway` and the pre-trade risk engine `RiskGuard`, the market-data WebSocket
fan-out (`MDF_WS_1..3`) and chart candles (`candle-agg`) fed by the Kafka cluster `kafka-trade` (brokers
`kfk-brk-01..03`), the Aerospike balance store `aero-balance`, the ledger `ledger-svc` on PostgreSQL
`ledger-pg`, hot wallets per chain (`wallet.hot.btc` …) signing on the Thales Luna HSMs `LUNA-HSM-A1/A2`, the
warm and cold wallets, blockchain full nodes (`bc-btc-core01`, `bc-eth-geth01/02`, `bc-xrp-rippled01`,
`bc-sol-rpc01/02`, `bc-trx-node01`) with deposit scanners per chain, `DepositProcessor` and
`WithdrawalProcessor`, KYC/AML (`kyc-onboard`, `aml-screening`, the travel rule gateway `travelrule-gw`), the
real-name account link to the partner bank 한빛은행 `HANBIT-FIRM-GW` over the leased-line router
`gs-bank-rt01`, the daily bank reconciliation `settle_recon_batch`, the back office `haetsal-admin` (햇살), the
mobile backend `nuri-app-bff` (누리), the web front `saebyeok-web` (새벽), the public API `KONG-OPENAPI` with
its rate-limit Redis, login and OTP `AuthHub` on `ACCT-MYSQL`, and the market surveillance `dalbit-surveil`
(달빛). Sites: the primary data centre `gasan-idc`, the DR centre `ilsan-drc`, the head office `yeouido-hq` and
GCP Seoul `gcp-asia-ne3` (GKE node pools, GCE chain nodes, Cloud SQL, Memorystore, Pub/Sub, GCS).

Naming mixes: kebab market engines (`me-krw-01`), UPPER snake fan-out (`MDF_WS_3`), dotted wallets
(`wallet.hot.eth`), CamelCase services (`OrderGateway`, `RiskGuard`, `DepositProcessor`), snake batches
(`settle_recon_batch`), Korean-romanised codenames (`haetsal-admin`, `nuri-app-bff`, `saebyeok-web`,
`dalbit-surveil`) and vendor products (`LUNA-HSM-A1`, `KONG-OPENAPI`, `F5-GS-01`, `PURE-FA-01`).

Seven injected incidents (times KST, now = Wednesday 2026-12-02 15:50; the window is the 8 days before):
  I1 Thu 26 21:10–22:50  the Ethereum node bc-eth-geth01 falls out of sync (its beacon client lost its peers):
                         depo-scan-eth sees no new blocks, ETH/ERC-20 deposits pile up in DepositProcessor
  I2 Fri 27 10:20–11:05  HSM partition: the NTLS bond of LUNA-HSM-A1 flaps, A1 is cut off from its clients
                         and its HA peer without failing over; every hot wallet's signing times out and
                         withdrawals fail (app and Open API follow)
  I3 Sat 28 03:10–04:35  Kafka broker kfk-brk-03 disk full (a topic created on Friday with RF 1 and infinite
                         retention): kafka-trade partitions offline, the market-data fan-out and candles stall
  I4 Mon 30 10:05–11:20  the month-end rerun of settle_recon_batch reads ledger-pg directly (no dependency on
                         record, it normally reads ch-dw): gs-db-h01 saturates, ledger-svc, withdrawals, the
                         app's asset screen and the back office slow
  I5 Tue  1 14:10–14:50  bad deploy of RiskGuard 4.2.0 (14:07): errors only (USDT price bands not loaded);
                         OrderGateway rejects orders, app, web and Open API errors; rolled back 14:45
  I6 Sun 29 20:00–21:20  the mTLS client certificate of HANBIT-FIRM-GW towards 한빛은행 expires at 20:00:
                         KRW deposits and withdrawals and the real-name account check fail
  I7 Wed  2 15:05–now    metadata-lock pile-up on ACCT-MYSQL (an online ALTER on accounts.user_login queued
                         behind a long BI read): AuthHub logins, KYC and the back office time out; app, web
                         and Open API logins fail
Confounders: the Korean evening peak, the 09:00 daily reset and the US-market-open spike around 23:30 KST
(none on Thanksgiving night), the Thursday 04:00–05:00 weekly maintenance halt, a BTC flash-crash volatility
burst on Friday night (traffic, not a fault), the daily 06:00 settlement batch on ch-dw, deploys just before
I1 (DepositProcessor, a victim), I2 (a Kong rate-limit change), I3 (MDF_WS 2.9.0) and I7 (nuri-app-bff); an
HSM switch config change the evening before I2; bc-sol-rpc02 resyncing (maintenance) until Tuesday evening;
the Bitcoin node host disk creeping past 80 % and the log host disk filling.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/crypto_golden.py) are computed from the files.

    .venv/bin/python bench/crypto_estate.py   # rewrites tests/fixtures/crypto-exch*
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

NAME = "crypto-exch"
NOW = datetime(2026, 12, 2, 6, 50, tzinfo=UTC)  # Wednesday 15:50 KST
START = NOW - timedelta(days=8)
SEED = 20261202
SITES = {"GS": "gasan-idc", "IS": "ilsan-drc", "YD": "yeouido-hq", "GC": "gcp-asia-ne3"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}

_nov, _dec = kst_utc_clock("2026-11"), kst_utc_clock("2026-12")


def kst(day: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul wall-clock time in the window (days 20–30 are November, 1–5 December), as UTC."""
    return (_nov if day >= 20 else _dec)(day, hh, mm)


ME, TRD, WAL, NODE = "매칭엔진팀", "트레이딩플랫폼팀", "지갑보안팀", "블록체인노드팀"
FUND, COMP, SETL, RISK = "입출금개발팀", "컴플라이언스IT팀", "정산팀", "리스크관리팀"
BO, APP, API, DATA = "백오피스개발팀", "모바일앱팀", "openapi-team", "데이터인프라팀"
DBA, SRE, NET, CLOUD, MKT = "DBA팀", "platform-sre", "네트워크보안팀", "클라우드플랫폼팀", "시장감시팀"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # trading core
    "me-krw-01": ("service", ME, "GS", "P", ["gs-me-h01"], ["kafka-trade"],
                  {"system": "KRW 마켓 매칭엔진", "description": "원화(KRW) 마켓 호가 매칭, 체결 (in-memory order book)",
                   "language": "java", "framework": "LMAX Disruptor", "version": "9.4.2", "markets": 212,
                   "p99_target_us": 150}),
    "me-btc-01": ("service", ME, "GS", "P", ["gs-me-h02"], ["kafka-trade"],
                  {"system": "BTC 마켓 매칭엔진", "description": "비트코인(BTC) 마켓 호가 매칭, 체결",
                   "language": "java", "framework": "LMAX Disruptor", "version": "9.4.1", "markets": 148,
                   "p99_target_us": 200}),
    "me-usdt-01": ("service", ME, "GS", "P", ["gs-me-h02"], ["kafka-trade"],
                   {"system": "USDT 마켓 매칭엔진", "description": "테더(USDT) 마켓 호가 매칭, 체결",
                    "language": "java", "framework": "LMAX Disruptor", "version": "9.4.1", "markets": 96,
                    "p99_target_us": 200}),
    "OrderGateway": ("service", TRD, "GS", "P", ["gs-oms-h01", "gs-oms-h02"],
                     ["RiskGuard", "me-krw-01", "me-btc-01", "me-usdt-01", "AuthHub"],
                     {"system": "주문 게이트웨이", "description": "주문 접수, 취소, 정정 (REST/WS/FIX) 및 마켓별 매칭엔진 라우팅",
                      "language": "java", "protocol": "FIX 4.4 / REST / WebSocket", "port": 9440, "replicas": 2}),
    "RiskGuard": ("service", RISK, "GS", "P", ["gs-risk-h01"], ["aero-balance", "redis-ticker"],
                  {"system": "리스크 엔진", "description": "주문 전 가용잔고, 주문 한도, 가격 밴드 검증 (pre-trade risk)",
                   "language": "rust", "version": "4.1.3", "port": 7700}),
    "MDF_WS_1": ("service", TRD, "GC", "P", ["gke-prod-pool-b-01"], ["kafka-trade", "redis-ticker"],
                 {"system": "시세 웹소켓 #1", "description": "실시간 호가, 체결 시세 WebSocket 팬아웃 (KRW 마켓)",
                  "language": "go", "version": "2.9.0", "max_connections": 150000, "port": 443}),
    "MDF_WS_2": ("service", TRD, "GC", "P", ["gke-prod-pool-b-01"], ["kafka-trade", "redis-ticker"],
                 {"system": "시세 웹소켓 #2", "description": "실시간 호가, 체결 시세 WebSocket 팬아웃 (BTC, USDT 마켓)",
                  "language": "go", "version": "2.9.0", "max_connections": 120000, "port": 443}),
    "MDF_WS_3": ("service", TRD, "GC", "P", ["gke-prod-pool-b-02"], ["kafka-trade", "redis-ticker"],
                 {"system": "시세 웹소켓 #3", "description": "Open API 시세 WebSocket 팬아웃 (봇, 외부 고객)",
                  "language": "go", "version": "2.9.0", "max_connections": 80000, "port": 443}),
    "candle-agg": ("service", TRD, "GC", "P", ["gke-prod-pool-b-02"], ["kafka-trade", "ch-dw"],
                   {"system": "차트 캔들 집계", "description": "체결 스트림으로 1분~월봉 캔들 생성, 차트 API",
                    "language": "scala", "framework": "Flink 1.19", "port": 8080}),
    "dalbit-surveil": ("service", MKT, "GS", "P", ["gs-app-h03"], ["kafka-trade", "ch-dw"],
                       {"system": "이상거래 탐지 (시장감시)", "description": "시세조종, 자전거래, 급변동 감시 및 변동성 경보",
                        "language": "python", "rules": 318, "port": 8088}),
    # customer channels
    "nuri-app-bff": ("service", APP, "GC", "P", ["gke-prod-pool-a-01", "gke-prod-pool-a-02"],
                     ["OrderGateway", "AuthHub", "ledger-svc", "DepositProcessor", "WithdrawalProcessor",
                      "kyc-onboard", "redis-session"],
                     {"system": "모바일 앱 백엔드 (누리)", "description": "거래소 모바일 앱 BFF (주문, 자산, 입출금, 인증)",
                      "language": "kotlin", "replicas": 12, "daily_users": 1840000, "port": 443}),
    "saebyeok-web": ("service", APP, "GC", "P", ["gke-prod-pool-a-01", "gke-prod-pool-a-02"],
                     ["OrderGateway", "AuthHub", "ledger-svc", "redis-session"],
                     {"system": "웹 거래소 (새벽)", "description": "PC 웹 거래 화면 (Next.js SSR)", "language": "typescript",
                      "framework": "Next.js 14", "replicas": 8, "port": 443}),
    "KONG-OPENAPI": ("service", API, "GC", "P", ["gke-prod-pool-a-02"],
                     ["OrderGateway", "AuthHub", "ledger-svc", "WithdrawalProcessor", "redis-ratelimit"],
                     {"system": "Open API 게이트웨이", "description": "외부 Open API (주문, 시세, 자산, 출금) 키 인증, 요청 제한",
                      "product": "Kong Gateway Enterprise", "version": "3.8.1", "api_keys": 61200,
                      "rate_limit": "30 req/s per key (orders 8 req/s)", "port": 443}),
    "AuthHub": ("service", TRD, "GS", "P", ["gs-app-h01", "gs-app-h02"], ["ACCT-MYSQL", "redis-session"],
                {"system": "로그인, 2차인증", "description": "로그인, OTP/패스키 2차인증, JWT 토큰 발급",
                 "language": "go", "port": 8443, "token_ttl_min": 30}),
    "notify-push": ("service", APP, "GC", "P", ["gke-prod-pool-c-01"], ["pubsub-notify"],
                    {"system": "알림 발송", "description": "앱 푸시(FCM/APNs), 카카오 알림톡 (체결, 입출금 알림)",
                     "language": "go", "port": 8080}),
    # back office, compliance
    "haetsal-admin": ("service", BO, "YD", "P", ["yd-bo-h01"],
                      ["ledger-svc", "ACCT-MYSQL", "WithdrawalProcessor", "kyc-pg", "ch-dw"],
                      {"system": "운영 백오피스 (햇살)", "description": "회원 관리, 출금 심사, 입출금 한도, 공지, 상장 관리 화면",
                       "language": "java", "users": 340, "port": 8443}),
    "kyc-onboard": ("service", COMP, "GC", "P", ["gke-prod-pool-c-01"],
                    ["kyc-pg", "gcs-kyc-docs", "HANBIT-FIRM-GW", "ACCT-MYSQL"],
                    {"system": "고객확인(KYC) 온보딩", "description": "신분증 진위확인, 본인인증, 실명확인 입출금계정 연결",
                     "language": "kotlin", "idv_vendor": "useB eKYC", "port": 8443}),
    "kyc-review-desk": ("service", COMP, "YD", "P", ["yd-kyc-ops01"], ["kyc-onboard", "kyc-pg"],
                        {"system": "KYC 심사 데스크", "description": "고위험 고객 EDD 심사, 신분증 수기 검토",
                         "language": "java", "reviewers": 42, "port": 8443}),
    "aml-screening": ("service", COMP, "GC", "P", ["gke-prod-pool-c-01"], ["kyc-pg", "ch-dw"],
                      {"system": "자금세탁방지 모니터링", "description": "입출금 지갑주소 위험도 심사, 의심거래(STR) 탐지",
                       "vendor": "Chainalysis", "product": "Chainalysis KYT", "port": 8443}),
    "travelrule-gw": ("service", COMP, "GC", "P", ["gke-prod-pool-c-01"], ["kyc-pg"],
                      {"system": "트래블룰 연동", "description": "100만원 이상 가상자산 이전 시 송수신인 정보 교환",
                       "protocol": "CODE", "threshold_krw": 1000000, "port": 8443}),
    "HANBIT-FIRM-GW": ("service", FUND, "GS", "P", ["gs-app-h03"], ["gs-bank-rt01"],
                       {"system": "은행 실명계좌 연계", "description": "한빛은행 실명확인 입출금계정 펌뱅킹 (원화 입금 확인, 출금 이체, 계좌 실명확인)",
                        "external": "한빛은행", "protocol": "TCP 전문 over mTLS", "port": 7300,
                        "tls_client_cert": "firm.crypto-exch.example.kr", "cert_issuer": "한국전자인증",
                        "cert_expires": "2026-11-29", "circuit": "LG U+ 전용회선 100M x2"}),
    # funds
    "DepositProcessor": ("service", FUND, "GS", "P", ["gs-app-h01", "gs-app-h02"],
                         ["depo-scan-btc", "depo-scan-eth", "depo-scan-xrp", "depo-scan-sol", "ledger-svc",
                          "aml-screening", "HANBIT-FIRM-GW", "WALLETDB-P1", "pubsub-notify"],
                         {"system": "입금 처리", "description": "가상자산 입금 확정(컨펌), 원화 입금 반영, 입금 알림",
                          "language": "java", "version": "5.3.1", "btc_confirmations": 2, "eth_confirmations": 64,
                          "port": 8443}),
    "WithdrawalProcessor": ("service", FUND, "GS", "P", ["gs-app-h02", "gs-app-h03"],
                            ["wallet.hot.btc", "wallet.hot.eth", "wallet.hot.xrp", "wallet.hot.sol",
                             "travelrule-gw", "aml-screening", "ledger-svc", "WALLETDB-P1", "HANBIT-FIRM-GW",
                             "pubsub-notify"],
                            {"system": "출금 처리", "description": "출금 심사 큐, 트래블룰, 핫월렛 서명 요청, 원화 출금 이체",
                             "language": "java", "daily_limit_krw": 500000000, "port": 8443}),
    "ledger-svc": ("service", SETL, "GS", "P", ["gs-app-h02", "gs-app-h03"],
                   ["ledger-pg", "aero-balance", "kafka-trade"],
                   {"system": "잔고 원장", "description": "체결, 입출금, 수수료 원장 기록 및 자산 잔고 조회",
                    "language": "java", "port": 8443}),
    "settle_recon_batch": ("service", SETL, "GS", "P", ["gs-batch-h01"],
                           ["ch-dw", "HANBIT-FIRM-GW", "gcs-trade-archive"],
                           {"system": "은행 정산 대사 배치", "description": "한빛은행 집금계좌 거래내역과 원화 입출금 원장 대사 (일 1회, 월말 전체)",
                            "schedule": "daily 06:00", "expected_end": "06:40", "scheduler": "Airflow 2.10.3",
                            "language": "python"}),
    # wallets
    "wallet.hot.btc": ("service", WAL, "GS", "P", ["gs-wal-h01"], ["LUNA-HSM-A1", "WALLETDB-P1", "bc-btc-core01"],
                       {"system": "BTC 핫월렛", "description": "비트코인 출금 트랜잭션 생성, HSM 서명, 브로드캐스트",
                        "chain": "bitcoin", "hsm_partition": "HOT-SIGN", "balance_cap": "150 BTC", "port": 9101}),
    "wallet.hot.eth": ("service", WAL, "GS", "P", ["gs-wal-h02"], ["LUNA-HSM-A1", "WALLETDB-P1", "bc-eth-geth02"],
                       {"system": "ETH 핫월렛", "description": "이더리움, ERC-20 출금 서명, 브로드캐스트, 가스비 관리",
                        "chain": "ethereum", "hsm_partition": "HOT-SIGN", "balance_cap": "2,400 ETH", "port": 9102}),
    "wallet.hot.xrp": ("service", WAL, "GS", "P", ["gs-wal-h01"], ["LUNA-HSM-A1", "WALLETDB-P1", "bc-xrp-rippled01"],
                       {"system": "XRP 핫월렛", "description": "리플 출금 서명 (destination tag 검증)", "chain": "xrpl",
                        "hsm_partition": "HOT-SIGN", "balance_cap": "9,000,000 XRP", "port": 9103}),
    "wallet.hot.sol": ("service", WAL, "GS", "P", ["gs-wal-h02"], ["LUNA-HSM-A1", "WALLETDB-P1", "bc-sol-rpc01"],
                       {"system": "SOL 핫월렛", "description": "솔라나, SPL 토큰 출금 서명", "chain": "solana",
                        "hsm_partition": "HOT-SIGN", "balance_cap": "60,000 SOL", "port": 9104}),
    "wallet.warm": ("service", WAL, "GS", "P", ["gs-wal-h02"], ["LUNA-HSM-A2", "WALLETDB-P1"],
                    {"system": "웜월렛", "description": "핫월렛 보충용 멀티시그 웜월렛 (2-of-3, 보안책임자 승인)",
                     "multisig": "2-of-3", "hsm_partition": "WARM-MS", "port": 9110}),
    "wallet.cold.vault": ("service", WAL, "YD", "P", [], [],
                          {"system": "콜드월렛", "description": "오프라인 서명 콜드월렛 (금고 보관, 분기 리밸런싱 세레모니)",
                           "multisig": "3-of-5", "custody_ratio_pct": 82, "air_gapped": True}),
    # deposit scanners, chain nodes
    "depo-scan-btc": ("service", NODE, "GS", "P", ["gs-app-h01"], ["bc-btc-core01", "WALLETDB-P1"],
                      {"system": "BTC 입금 스캐너", "description": "블록 스캔, 입금 주소 매칭", "chain": "bitcoin",
                       "language": "go", "port": 9201}),
    "depo-scan-eth": ("service", NODE, "GC", "P", ["gce-node-eth-01"], ["bc-eth-geth01", "WALLETDB-P1"],
                      {"system": "ETH 입금 스캐너", "description": "블록, ERC-20 Transfer 로그 스캔, 입금 주소 매칭",
                       "chain": "ethereum", "language": "go", "port": 9202}),
    "depo-scan-xrp": ("service", NODE, "GS", "P", ["gs-app-h01"], ["bc-xrp-rippled01", "WALLETDB-P1"],
                      {"system": "XRP 입금 스캐너", "description": "원장 스캔, destination tag 매칭", "chain": "xrpl",
                       "language": "go", "port": 9203}),
    "depo-scan-sol": ("service", NODE, "GC", "P", ["gce-node-sol-01"], ["bc-sol-rpc01", "WALLETDB-P1"],
                      {"system": "SOL 입금 스캐너", "description": "슬롯 스캔, SPL 토큰 입금 매칭", "chain": "solana",
                       "language": "rust", "port": 9204}),
    "bc-btc-core01": ("service", NODE, "GS", "P", ["gs-node-h01"], [],
                      {"system": "비트코인 풀노드", "product": "Bitcoin Core", "version": "28.0", "chain": "bitcoin mainnet",
                       "txindex": True, "rpc_port": 8332}),
    "bc-eth-geth01": ("service", NODE, "GC", "P", ["gce-node-eth-01"], [],
                      {"system": "이더리움 풀노드 #1 (입금 스캔용)", "product": "Geth", "version": "1.14.12",
                       "consensus_client": "Lighthouse 6.0.1", "chain": "ethereum mainnet", "sync_mode": "snap",
                       "rpc_port": 8545}),
    "bc-eth-geth02": ("service", NODE, "GC", "P", ["gce-node-eth-02"], [],
                      {"system": "이더리움 풀노드 #2 (출금 브로드캐스트용)", "product": "Geth", "version": "1.14.12",
                       "consensus_client": "Lighthouse 6.0.1", "chain": "ethereum mainnet", "sync_mode": "snap",
                       "rpc_port": 8545}),
    "bc-xrp-rippled01": ("service", NODE, "GS", "P", ["gs-node-h02"], [],
                         {"system": "XRP 원장 노드", "product": "rippled", "version": "2.3.0", "chain": "xrpl mainnet",
                          "rpc_port": 51234}),
    "bc-sol-rpc01": ("service", NODE, "GC", "P", ["gce-node-sol-01"], [],
                     {"system": "솔라나 RPC 노드 #1", "product": "Agave", "version": "2.0.18", "chain": "solana mainnet-beta",
                      "rpc_port": 8899}),
    "bc-sol-rpc02": ("service", NODE, "GC", "P", ["gce-node-sol-02"], [],
                     {"system": "솔라나 RPC 노드 #2", "product": "Agave", "version": "2.0.18", "chain": "solana mainnet-beta",
                      "rpc_port": 8899, "note": "snapshot resync, out of rotation"}),
    "bc-trx-node01": ("service", NODE, "GS", "P", ["gs-node-h02"], [],
                      {"system": "트론 풀노드 (USDT-TRC20)", "product": "java-tron", "version": "4.7.6",
                       "chain": "tron mainnet", "rpc_port": 8090}),
    "bc-eos-node01": ("service", NODE, "GS", "P", ["GS-OLD-ME01"], [],
                      {"system": "EOS 노드 (상장폐지)", "product": "Leap", "version": "5.0.2", "chain": "eos mainnet",
                       "delisted": "2026-06-30"}),
    # DR, staging, dev
    "me-krw-dr": ("service", ME, "IS", "P", ["is-me-h01"], ["kafka-trade-dr"],
                  {"system": "KRW 매칭엔진 (DR)", "description": "일산 DR 웜 스탠바이 매칭엔진", "role": "DR standby",
                   "version": "9.4.2"}),
    "OrderGateway-stg": ("service", TRD, "GC", "S", ["stg-gke-01"], ["RiskGuard-stg"],
                         {"system": "주문 게이트웨이 (스테이징)", "description": "주문 게이트웨이 검증계", "port": 9440}),
    "RiskGuard-stg": ("service", RISK, "GC", "S", ["stg-gke-01"], ["ledger-pg-stg"],
                      {"system": "리스크 엔진 (스테이징)", "description": "USDT 가격밴드 룰 검증계", "version": "4.2.0",
                       "port": 7700}),
    "nuri-app-bff-stg": ("service", APP, "GC", "S", ["stg-gke-01"], ["OrderGateway-stg"],
                         {"system": "모바일 앱 백엔드 (스테이징)", "description": "앱 QA 검증계", "port": 443}),
    "saebyeok-web-dev": ("service", APP, "GC", "D", ["dev-gke-01"], [],
                         {"system": "웹 거래소 (개발)", "description": "웹 프론트 개발계", "port": 443}),
    "me-krw-dev": ("service", ME, "GC", "D", ["dev-gke-01"], [],
                   {"system": "매칭엔진 (개발)", "description": "매칭엔진 개발 빌드", "version": "9.5.0-SNAPSHOT"}),
    "bc-eth-sepolia": ("service", NODE, "GC", "D", ["dev-node-01"], [],
                       {"system": "이더리움 테스트넷 노드", "product": "Geth", "version": "1.14.12",
                        "chain": "sepolia testnet", "rpc_port": 8545}),
    # databases
    "ledger-pg": ("database", DBA, "GS", "P", ["gs-db-h01", "gs-db-h02"], [],
                  {"engine": "postgresql", "version": "16.4", "cluster": "Patroni 3.3 (primary + sync replica)",
                   "port": 5432, "size_tb": 7.5, "description": "잔고 원장 DB (ledger_entries, balances)"}),
    "WALLETDB-P1": ("database", DBA, "GS", "P", ["gs-db-h03"], [],
                    {"engine": "mysql", "version": "8.0.39", "port": 3306, "size_tb": 1.2,
                     "description": "지갑 DB (입금 주소, 출금 요청, 트랜잭션 상태)"}),
    "ACCT-MYSQL": ("database", DBA, "GS", "P", ["gs-db-h04"], [],
                   {"engine": "mysql", "version": "8.0.39", "port": 3306, "size_tb": 2.8, "max_connections": 4000,
                    "description": "회원, 계정, 로그인 이력 DB (accounts.user_login)"}),
    "aero-balance": ("database", DBA, "GS", "P", ["gs-aero-h01", "gs-aero-h02"], [],
                     {"engine": "aerospike", "version": "7.1.0.5", "product": "Aerospike Enterprise", "port": 3000,
                      "replication_factor": 2, "description": "실시간 가용잔고, 주문 홀드 (in-memory)"}),
    "ch-dw": ("database", DATA, "GS", "P", ["gs-ch-h01"], [],
              {"engine": "clickhouse", "version": "24.8", "port": 9000, "size_tb": 46,
               "description": "거래, 입출금 분석 DW (정산, AML, 캔들 이력)"}),
    "kyc-pg": ("database", CLOUD, "GC", "P", [], [],
               {"engine": "postgresql", "version": "15", "product": "Cloud SQL for PostgreSQL", "port": 5432,
                "tier": "db-custom-8-32768", "description": "KYC, 고객확인, 트래블룰 송수신 정보"}),
    "ledger-pg-dr": ("database", DBA, "IS", "P", ["is-db-h01"], [],
                     {"engine": "postgresql", "version": "16.4", "role": "standby (streaming replication)",
                      "port": 5432, "description": "원장 DB DR 스탠바이"}),
    "ledger-pg-stg": ("database", DBA, "GC", "S", ["stg-db-01"], [],
                      {"engine": "postgresql", "version": "16.4", "port": 5432, "description": "원장 DB 검증계"}),
    # caches
    "redis-session": ("cache", CLOUD, "GC", "P", [], [],
                      {"engine": "redis", "version": "7.2", "product": "Memorystore for Redis", "port": 6379,
                       "tier": "STANDARD_HA 26 GB", "description": "앱, 웹 로그인 세션"}),
    "redis-ticker": ("cache", TRD, "GS", "P", ["gs-redis-h01"], [],
                     {"engine": "redis", "version": "7.2.6", "port": 6379, "maxmemory_gb": 32,
                      "description": "현재가, 호가 스냅샷, 마크 가격"}),
    "redis-ratelimit": ("cache", API, "GS", "P", ["gs-redis-h01"], [],
                        {"engine": "redis", "version": "7.2.6", "port": 6380, "maxmemory_gb": 8,
                         "description": "Open API 키별 요청 카운터 (rate limiting)"}),
    # queues
    "kafka-trade": ("queue", DATA, "GS", "P", ["kfk-brk-01", "kfk-brk-02", "kfk-brk-03"], [],
                    {"product": "Apache Kafka", "version": "3.7.1", "brokers": 3, "port": 9092, "topics": 64,
                     "description": "주문, 체결, 시세 이벤트 스트림"}),
    "kafka-trade-dr": ("queue", DATA, "IS", "P", ["is-kfk-01"], [],
                       {"product": "Apache Kafka", "version": "3.7.1", "brokers": 1, "port": 9092,
                        "description": "DR 복제 (MirrorMaker 2)"}),
    "pubsub-notify": ("queue", CLOUD, "GC", "P", [], [],
                      {"product": "Google Cloud Pub/Sub", "topics": 9, "description": "알림 이벤트 (입출금, 체결 알림)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "F5-GS-01": ("GS", NET, ["OrderGateway", "AuthHub", "ledger-svc", "DepositProcessor", "WithdrawalProcessor"],
                 {"vendor": "F5", "model": "BIG-IP i10800", "vip": "10.70.0.40", "version": "17.1.1",
                  "description": "가산 내부 업무 L4/L7 (GKE -> 온프렘 구간)"}),
    "gclb-exch-prod": ("GC", CLOUD, ["nuri-app-bff", "saebyeok-web", "KONG-OPENAPI", "MDF_WS_1", "MDF_WS_2",
                                     "MDF_WS_3"],
                       {"vendor": "Google Cloud", "model": "Global external Application Load Balancer",
                        "endpoint": "api.crypto-exch.example.kr", "waf": "Cloud Armor",
                        "description": "앱, 웹, Open API, 시세 외부 진입점"}),
    "F5-IS-01": ("IS", NET, ["me-krw-dr"],
                 {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.80.0.40", "version": "17.1.1",
                  "description": "일산 DR L4"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "PURE-FA-01": ("GS", SRE, {"vendor": "Pure Storage", "model": "FlashArray//X70R4", "capacity_tb": 180,
                               "protocol": "FC", "description": "운영 DB 블록 스토리지"},
                   ["gs-db-h01", "gs-db-h02", "gs-db-h03", "gs-db-h04"]),
    "nas-backup-is": ("IS", SRE, {"vendor": "Dell", "model": "PowerScale A300", "capacity_tb": 640,
                                  "protocol": "NFS", "description": "DB, 지갑 DB 백업 (일산 DR)"},
                      ["is-db-h01"]),
    "gcs-kyc-docs": ("GC", CLOUD, {"vendor": "Google Cloud", "model": "Cloud Storage (Standard, CMEK)",
                                   "protocol": "GCS", "description": "신분증, KYC 서류 이미지"}, []),
    "gcs-trade-archive": ("GC", CLOUD, {"vendor": "Google Cloud", "model": "Cloud Storage (Archive)",
                                        "protocol": "GCS", "description": "5년 보관 체결, 입출금 원장 아카이브"}, []),
}
# hosts: name: (site, env, kind, hostname, attributes)
HOSTS: dict[str, tuple[str, str, str, str, dict]] = {
    "gs-me-h01": ("GS", "P", "physical", "gs-me-h01", {"role": "KRW 매칭엔진 전용 서버", "model": "Supermicro SYS-621C",
                                                       "nic": "AMD Solarflare X2522 (kernel bypass)"}),
    "gs-me-h02": ("GS", "P", "physical", "gs-me-h02", {"role": "BTC, USDT 매칭엔진 서버", "model": "Supermicro SYS-621C",
                                                       "nic": "AMD Solarflare X2522 (kernel bypass)"}),
    "gs-oms-h01": ("GS", "P", "vm", "gs-oms-h01", {"role": "주문 게이트웨이 #1"}),
    "gs-oms-h02": ("GS", "P", "vm", "gs-oms-h02", {"role": "주문 게이트웨이 #2"}),
    "gs-risk-h01": ("GS", "P", "vm", "gs-risk-h01", {"role": "리스크 엔진"}),
    "kfk-brk-01": ("GS", "P", "physical", "kfk-brk-01", {"role": "Kafka broker 1", "model": "Dell PowerEdge R760xd2"}),
    "kfk-brk-02": ("GS", "P", "physical", "kfk-brk-02", {"role": "Kafka broker 2", "model": "Dell PowerEdge R760xd2"}),
    "kfk-brk-03": ("GS", "P", "physical", "kfk-brk-03", {"role": "Kafka broker 3", "model": "Dell PowerEdge R760xd2"}),
    "gs-aero-h01": ("GS", "P", "physical", "gs-aero-h01", {"role": "Aerospike node 1", "model": "HPE DL380 Gen11"}),
    "gs-aero-h02": ("GS", "P", "physical", "gs-aero-h02", {"role": "Aerospike node 2", "model": "HPE DL380 Gen11"}),
    "gs-db-h01": ("GS", "P", "physical", "gs-db-h01", {"role": "원장 DB primary (Patroni)", "model": "HPE DL380 Gen11"}),
    "gs-db-h02": ("GS", "P", "physical", "gs-db-h02", {"role": "원장 DB sync replica", "model": "HPE DL380 Gen11"}),
    "gs-db-h03": ("GS", "P", "physical", "gs-db-h03", {"role": "지갑 DB (MySQL)", "model": "HPE DL380 Gen11"}),
    "gs-db-h04": ("GS", "P", "physical", "gs-db-h04", {"role": "회원 DB (MySQL)", "model": "HPE DL380 Gen11"}),
    "gs-ch-h01": ("GS", "P", "physical", "gs-ch-h01", {"role": "ClickHouse DW", "model": "Dell PowerEdge R760"}),
    "gs-wal-h01": ("GS", "P", "vm", "gs-wal-h01", {"role": "핫월렛 (BTC, XRP), 격리망 VLAN 310"}),
    "gs-wal-h02": ("GS", "P", "vm", "gs-wal-h02", {"role": "핫월렛 (ETH, SOL), 웜월렛, 격리망 VLAN 310"}),
    "gs-batch-h01": ("GS", "P", "vm", "gs-batch-h01", {"role": "정산 배치 (Airflow worker)"}),
    "gs-node-h01": ("GS", "P", "physical", "gs-node-h01", {"role": "비트코인 풀노드", "model": "Dell PowerEdge R660"}),
    "gs-node-h02": ("GS", "P", "physical", "gs-node-h02", {"role": "XRP, 트론 노드", "model": "Dell PowerEdge R660"}),
    "gs-app-h01": ("GS", "P", "vm", "gs-app-h01", {"role": "입금, 인증 AP"}),
    "gs-app-h02": ("GS", "P", "vm", "gs-app-h02", {"role": "입출금, 원장 AP"}),
    "gs-app-h03": ("GS", "P", "vm", "gs-app-h03", {"role": "출금, 원장, 은행연계, 시장감시 AP"}),
    "gs-redis-h01": ("GS", "P", "vm", "gs-redis-h01", {"role": "Redis (시세, rate limit)"}),
    "gs-elk-h01": ("GS", "P", "vm", "gs-elk-h01", {"role": "로그 수집 (Elasticsearch 8.15)"}),
    "GS-OLD-ME01": ("GS", "P", "physical", "gs-old-me01", {"role": "구 매칭엔진 서버 (2025년 교체, EOS 노드 잔존)",
                                                           "model": "Dell PowerEdge R740", "os": "CentOS 7.9"}),
    # network gear and HSMs
    "gs-core-sw01": ("GS", "P", "network", "gs-core-sw01",
                     {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.32.2F"}),
    "gs-fw-01": ("GS", "P", "network", "gs-fw-01",
                 {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 3700F", "firmware": "7.4.5",
                  "ha": "active-passive", "zone": "internet edge"}),
    "gs-hsm-sw01": ("GS", "P", "network", "gs-hsm-sw01",
                    {"device": "access switch", "vendor": "Juniper", "model": "EX4400-48T", "firmware": "23.4R2",
                     "description": "HSM, 핫월렛 격리망 (VLAN 310)"}),
    "gs-bank-rt01": ("GS", "P", "network", "gs-bank-rt01",
                     {"device": "router", "vendor": "Cisco", "model": "ISR 4451", "firmware": "17.9.5",
                      "description": "한빛은행 전용회선 라우터", "circuit": "LG U+ 100M x2"}),
    "LUNA-HSM-A1": ("GS", "P", "hsm", "luna-hsm-a1",
                    {"vendor": "Thales", "model": "Luna Network HSM 7 A790", "firmware": "7.8.4",
                     "certification": "FIPS 140-3 Level 3", "ha_group": "HOT-SIGN", "role": "핫월렛 서명 HSM (primary)"}),
    "LUNA-HSM-A2": ("GS", "P", "hsm", "luna-hsm-a2",
                    {"vendor": "Thales", "model": "Luna Network HSM 7 A790", "firmware": "7.8.4",
                     "certification": "FIPS 140-3 Level 3", "ha_group": "HOT-SIGN", "role": "HA peer, 웜월렛 서명"}),
    "LUNA-HSM-DR1": ("IS", "P", "hsm", "luna-hsm-dr1",
                     {"vendor": "Thales", "model": "Luna Network HSM 7 A750", "firmware": "7.8.4",
                      "certification": "FIPS 140-3 Level 3", "role": "DR 키 백업 HSM"}),
    # head office
    "yd-bo-h01": ("YD", "P", "vm", "yd-bo-h01", {"role": "백오피스 AP (햇살)"}),
    "yd-kyc-ops01": ("YD", "P", "vm", "yd-kyc-ops01", {"role": "KYC 심사 데스크"}),
    # DR
    "is-me-h01": ("IS", "P", "physical", "is-me-h01", {"role": "DR 매칭엔진", "model": "Supermicro SYS-621C"}),
    "is-db-h01": ("IS", "P", "physical", "is-db-h01", {"role": "DR 원장 DB", "model": "HPE DL380 Gen11"}),
    "is-kfk-01": ("IS", "P", "vm", "is-kfk-01", {"role": "DR Kafka (MirrorMaker 2)"}),
    "is-core-sw01": ("IS", "P", "network", "is-core-sw01",
                     {"device": "core switch", "vendor": "Arista", "model": "7050X3", "firmware": "EOS 4.32.2F"}),
    # GCP
    "gke-prod-pool-a-01": ("GC", "P", "gke", "gke-exch-prod-pool-a-5f2k",
                           {"machine_type": "n2-standard-16", "nodepool": "pool-a (channel)"}),
    "gke-prod-pool-a-02": ("GC", "P", "gke", "gke-exch-prod-pool-a-9x7m",
                           {"machine_type": "n2-standard-16", "nodepool": "pool-a (channel)"}),
    "gke-prod-pool-b-01": ("GC", "P", "gke", "gke-exch-prod-pool-b-2q8d",
                           {"machine_type": "c3-highcpu-22", "nodepool": "pool-b (market data)"}),
    "gke-prod-pool-b-02": ("GC", "P", "gke", "gke-exch-prod-pool-b-7t4w",
                           {"machine_type": "c3-highcpu-22", "nodepool": "pool-b (market data)"}),
    "gke-prod-pool-c-01": ("GC", "P", "gke", "gke-exch-prod-pool-c-3h6j",
                           {"machine_type": "n2-standard-8", "nodepool": "pool-c (compliance, notify)"}),
    "gce-node-eth-01": ("GC", "P", "gce", "gce-node-eth-01", {"machine_type": "n2-highmem-16", "disk": "pd-ssd 4 TB"}),
    "gce-node-eth-02": ("GC", "P", "gce", "gce-node-eth-02", {"machine_type": "n2-highmem-16", "disk": "pd-ssd 4 TB"}),
    "gce-node-sol-01": ("GC", "P", "gce", "gce-node-sol-01", {"machine_type": "n2d-highmem-48", "disk": "hyperdisk 6 TB"}),
    "gce-node-sol-02": ("GC", "P", "gce", "gce-node-sol-02", {"machine_type": "n2d-highmem-48", "disk": "hyperdisk 6 TB"}),
    "stg-gke-01": ("GC", "S", "gke", "gke-exch-stg-pool-a-1c9e", {"machine_type": "n2-standard-8", "nodepool": "stg"}),
    "stg-db-01": ("GC", "S", "gce", "stg-db-01", {"machine_type": "n2-standard-8", "role": "검증계 PostgreSQL"}),
    "dev-gke-01": ("GC", "D", "gke", "gke-exch-dev-pool-a-8v3p", {"machine_type": "e2-standard-8", "nodepool": "dev"}),
    "dev-node-01": ("GC", "D", "gce", "dev-node-01", {"machine_type": "e2-highmem-8", "role": "테스트넷 노드"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("gs-fw-01", "gs-core-sw01"),
    ("gs-hsm-sw01", "gs-core-sw01"),
    ("gs-bank-rt01", "gs-fw-01"),
    ("is-core-sw01", "gs-core-sw01"),
    ("LUNA-HSM-A1", "gs-hsm-sw01"),
    ("LUNA-HSM-A2", "gs-hsm-sw01"),
    ("gs-wal-h01", "gs-hsm-sw01"),
    ("gs-wal-h02", "gs-hsm-sw01"),
    ("LUNA-HSM-A1", "LUNA-HSM-A2"),  # HA group HOT-SIGN
    ("LUNA-HSM-A2", "LUNA-HSM-DR1"),  # key backup replication
    ("ledger-pg", "ledger-pg-dr"),  # streaming replication
    ("kafka-trade", "kafka-trade-dr"),  # MirrorMaker 2
]
# fmt: on
STATUS = {
    "GS-OLD-ME01": "retired",
    "bc-eos-node01": "retired",
    "bc-sol-rpc02": "maintenance",
    "OrderGateway-stg": "maintenance",
}
NET_PREFIX = {"GS": "10.70", "IS": "10.80", "YD": "10.90", "GC": "10.128"}
NOT_MEASURED = {"wallet.cold.vault", "gcs-kyc-docs", "gcs-trade-archive", "me-krw-dr", "kafka-trade-dr"}
DISK_WATCHED = {
    "kfk-brk-01",
    "kfk-brk-02",
    "kfk-brk-03",
    "gs-db-h01",
    "gs-db-h02",
    "gs-db-h03",
    "gs-db-h04",
    "gs-ch-h01",
    "gs-node-h01",
    "gs-node-h02",
    "gs-elk-h01",
    "gce-node-eth-01",
    "gce-node-eth-02",
    "gce-node-sol-01",
    "gce-node-sol-02",
    "gs-aero-h01",
    "gs-aero-h02",
}
REQUEST_RATE = {
    "me-krw-01": 9000.0,
    "me-btc-01": 2600.0,
    "me-usdt-01": 1800.0,
    "OrderGateway": 12500.0,
    "RiskGuard": 12000.0,
    "MDF_WS_1": 4200.0,
    "MDF_WS_2": 3100.0,
    "MDF_WS_3": 2600.0,
    "KONG-OPENAPI": 7800.0,
    "nuri-app-bff": 5200.0,
    "saebyeok-web": 2100.0,
    "AuthHub": 900.0,
    "ledger-svc": 6400.0,
    "DepositProcessor": 45.0,
    "WithdrawalProcessor": 30.0,
    "kyc-onboard": 12.0,
    "aml-screening": 80.0,
    "HANBIT-FIRM-GW": 35.0,
    "bc-eth-geth01": 420.0,
    "bc-btc-core01": 150.0,
    "bc-sol-rpc01": 900.0,
    "aero-balance": 38000.0,
    "redis-ticker": 52000.0,
    "kafka-trade": 68000.0,
    "ACCT-MYSQL": 3200.0,
    "ledger-pg": 8800.0,
    "WALLETDB-P1": 900.0,
    "gclb-exch-prod": 16000.0,
    "F5-GS-01": 14000.0,
    "pubsub-notify": 600.0,
}
CACHE_MEMORY = {"redis-session": (41.0, 16.0), "redis-ticker": (58.0, 9.0), "redis-ratelimit": (33.0, 12.0)}
PAAS_CPU = {"kyc-pg", "redis-session", "pubsub-notify"}


def measured(ci: dict) -> bool:
    if ci["status"] == "retired" or ci["environment"] != "prod" or ci["name"] in NOT_MEASURED:
        return False
    if ci["location"] == "ilsan-drc" and ci["type"] != "storage":
        return False
    return ci["location"] != "yeouido-hq" or ci["type"] != "host" or ci["name"] == "yd-bo-h01"


INCIDENTS = [
    {
        "id": "I1",
        "kind": "chain_node_out_of_sync",
        "root": "bc-eth-geth01",
        "description": "the Ethereum full node bc-eth-geth01 falls out of sync on Thursday night: its Lighthouse"
        " beacon client loses its peers and the execution client stops following the head (lag up to 410"
        " blocks); depo-scan-eth sees no new blocks and ETH/ERC-20 deposits pile up pending in DepositProcessor"
        " until a checkpoint re-sync with static peers",
        "start": kst(26, 21, 10),
        "end": kst(26, 22, 50),
        "affected": ["bc-eth-geth01", "depo-scan-eth", "DepositProcessor"],
    },
    {
        "id": "I2",
        "kind": "hsm_partition",
        "root": "LUNA-HSM-A1",
        "description": "the NTLS bond of the Thales Luna HSM LUNA-HSM-A1 flaps and A1 is partitioned from its"
        " clients and its HA peer without leaving the HA group HOT-SIGN: every hot wallet's C_Sign times out,"
        " WithdrawalProcessor queues and fails withdrawals, the app and Open API report failures, until A1 is"
        " removed from the group and clients pin to LUNA-HSM-A2",
        "start": kst(27, 10, 20),
        "end": kst(27, 11, 5),
        "affected": [
            "LUNA-HSM-A1",
            "wallet.hot.btc",
            "wallet.hot.eth",
            "wallet.hot.xrp",
            "wallet.hot.sol",
            "WithdrawalProcessor",
            "nuri-app-bff",
            "KONG-OPENAPI",
        ],
    },
    {
        "id": "I3",
        "kind": "broker_disk_full",
        "root": "kfk-brk-03",
        "description": "the Kafka broker kfk-brk-03 runs out of disk: a topic created on Friday at 15:00 with"
        " replication factor 1 and infinite retention keeps all its partitions on broker 3; at 03:10 on"
        " Saturday its log dir goes offline, kafka-trade partitions go offline and the market-data WebSocket"
        " fan-out and candle aggregation stall, until retention is set and segments are deleted",
        "start": kst(28, 3, 10),
        "end": kst(28, 4, 35),
        "affected": ["kfk-brk-03", "kafka-trade", "MDF_WS_1", "MDF_WS_2", "MDF_WS_3", "candle-agg"],
    },
    {
        "id": "I4",
        "kind": "batch_db_load",
        "root": "settle_recon_batch",
        "description": "the month-end rerun of the bank reconciliation batch settle_recon_batch is started by hand"
        " at 10:02 on Monday and reads the ledger on ledger-pg directly (no dependency on record, it normally"
        " reads ch-dw): parallel sequential scans saturate gs-db-h01, ledger-svc balance writes time out and"
        " withdrawals, the app's asset screen and the back office slow until the run is cancelled",
        "start": kst(30, 10, 5),
        "end": kst(30, 11, 20),
        "affected": ["settle_recon_batch"],
    },
    {
        "id": "I5",
        "kind": "bad_deploy",
        "root": "RiskGuard",
        "description": "RiskGuard 4.2.0 (new USDT market price-band rules) deployed at 14:07 fails to load the band"
        " table for USDT markets and rejects orders with errors: no load or latency signal; OrderGateway"
        " rejects orders (R-901), the app, web and Open API show order errors, until the rollback at 14:45",
        "start": kst(1, 14, 10),
        "end": kst(1, 14, 50),
        "affected": ["RiskGuard", "OrderGateway", "nuri-app-bff", "saebyeok-web", "KONG-OPENAPI"],
    },
    {
        "id": "I6",
        "kind": "certificate_expiry",
        "root": "HANBIT-FIRM-GW",
        "description": "the mTLS client certificate of the bank link HANBIT-FIRM-GW towards 한빛은행 expires at"
        " 20:00 on Sunday: KRW deposit confirmation, KRW withdrawal transfers and the real-name account check"
        " fail; the app's KRW screens error, until a renewed certificate is installed",
        "start": kst(29, 20, 0),
        "end": kst(29, 21, 20),
        "affected": [
            "HANBIT-FIRM-GW",
            "DepositProcessor",
            "WithdrawalProcessor",
            "kyc-onboard",
            "nuri-app-bff",
        ],
    },
    {
        "id": "I7",
        "kind": "db_lock_contention",
        "root": "ACCT-MYSQL",
        "description": "an online ALTER TABLE on accounts.user_login in ACCT-MYSQL waits for its metadata lock"
        " behind a long BI read, and every login query queues behind it: AuthHub logins, KYC lookups and the back"
        " office time out, app, web and Open API logins fail (ongoing)",
        "start": kst(2, 15, 5),
        "end": None,
        "affected": [
            "ACCT-MYSQL",
            "AuthHub",
            "kyc-onboard",
            "haetsal-admin",
            "nuri-app-bff",
            "saebyeok-web",
            "KONG-OPENAPI",
        ],
    },
]
I1, I2, I3, I4, I5, I6, I7 = INCIDENTS
STEP_5 = timedelta(minutes=5)
TOPIC_CREATED = kst(27, 15, 0)  # the RF-1 topic that fills kfk-brk-03
RETENTION_FIX = kst(28, 4, 12)
SOL_RESYNC = (kst(24, 17, 0), kst(1, 18, 40))
VOLATILITY = (kst(27, 22, 5), kst(27, 23, 40))
MAINTENANCE = (kst(26, 4, 0), kst(26, 5, 0))  # weekly, Thursday


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
# the batch reaches its victims through the database it loads (no relation on record)
I4["hops"] |= {
    "ledger-pg": 1,
    "ledger-svc": 2,
    "WithdrawalProcessor": 3,
    "nuri-app-bff": 3,
    "haetsal-admin": 3,
}


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        attrs: dict = {}
        if kind == "service" and "version" not in extra:
            attrs["version"] = f"{rng.randint(1, 8)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, hostname, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {
            "hostname": hostname,
            "ip": f"{NET_PREFIX[site]}.{env_net + 12 + i // 9}.{21 + (i * 37) % 200}",
        }
        owner = SRE
        if kind == "vm":
            attrs |= {
                "form": "vm",
                "os": rng.choice(["Rocky Linux 9.4", "Ubuntu 22.04", "RHEL 9.4"]),
                "vcpu": rng.choice([8, 16, 32]),
                "memory_gb": rng.choice([32, 64, 128]),
                "hypervisor": "VMware vSphere 8.0U3",
            }
        elif kind == "physical":
            attrs |= {
                "form": "physical",
                "os": rng.choice(["Rocky Linux 9.4", "Ubuntu 22.04"]),
                "cores": rng.choice([32, 48, 64]),
                "memory_gb": rng.choice([256, 512, 768]),
                "serial": f"{rng.choice(['CN7', 'SGH', 'MXQ'])}{rng.randint(1000000, 9999999)}",
            }
            if h.startswith("gs-me-") or h.startswith("is-me-"):
                attrs |= {"os": "Rocky Linux 9.4 (rt kernel)", "cores": 32, "memory_gb": 512}
        elif kind in ("gke", "gce"):
            owner = CLOUD
            attrs |= {
                "form": kind,
                "os": "Container-Optimized OS 117" if kind == "gke" else "Ubuntu 22.04 LTS",
                "zone": rng.choice(["asia-northeast3-a", "asia-northeast3-b", "asia-northeast3-c"]),
            }
            if kind == "gke":
                attrs["platform"] = "GKE 1.30"
            if h.startswith("gce-node") or h == "dev-node-01":
                owner = NODE
        elif kind == "hsm":
            owner = WAL
            attrs |= {"form": "appliance"}
        else:
            owner = NET
            attrs |= {"form": extra["device"].replace("core ", "").replace("access ", "")}
        if h in {"yd-bo-h01", "yd-kyc-ops01"}:
            owner = BO if h == "yd-bo-h01" else COMP
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _day(ts: datetime) -> int:
    return (ts + timedelta(hours=9)).day


def _weekday(ts: datetime) -> int:
    return (ts + timedelta(hours=9)).weekday()


def _bump(h: float, at: float, width: float) -> float:
    """A bump around the hour `at`, wrapping over midnight."""
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _us_open(ts: datetime) -> float:
    """The US cash open at 23:30 KST on US trading days (Monday to Friday, not Thanksgiving, 26 Nov): read
    on a clock 12 hours behind Seoul, so that the spike's tail past midnight stays with its day."""
    shifted = ts + timedelta(hours=9 - 12)
    if shifted.weekday() >= 5 or shifted.day == 26:
        return 0.0
    return _bump(shifted.hour + shifted.minute / 60, 11.65, 0.35)


def _trading(ts: datetime) -> float:
    """Trading: 24/7 with the Korean evening peak (21:00–01:00), the 09:00 daily reset spike, a lunch bump,
    the US open, a trough before dawn; halted in the Thursday 04:00–05:00 maintenance."""
    if MAINTENANCE[0] <= ts < MAINTENANCE[1]:
        return 0.02
    h = seoul_hour(ts)
    v = (
        0.34
        + 0.46 * _bump(h, 22.3, 1.7)
        + 0.2 * _bump(h, 9.05, 0.3)
        + 0.1 * _bump(h, 12.5, 1.0)
        + 0.24 * _us_open(ts)
        - 0.2 * _bump(h, 5.5, 1.6)
    )
    if _weekday(ts) >= 5:
        v *= 0.92
    return max(0.04, min(1.0, v))


def _funding(ts: datetime) -> float:
    """Deposits and withdrawals: the evening, a morning bump, quiet at dawn."""
    h = seoul_hour(ts)
    return min(1.0, 0.22 + 0.5 * _bump(h, 21.0, 2.4) + 0.25 * _bump(h, 10.5, 1.6) - 0.12 * _bump(h, 5, 1.5))


def _onboard(ts: datetime) -> float:
    """Sign-ups and KYC: late morning and evening."""
    h = seoul_hour(ts)
    return min(1.0, 0.08 + 0.45 * _bump(h, 11.0, 2.0) + 0.5 * _bump(h, 20.5, 2.0))


def _office(ts: datetime) -> float:
    """The back office in Yeouido: weekdays 09:00–19:00 (an on-call skeleton otherwise)."""
    h, wd = seoul_hour(ts), _weekday(ts)
    if wd >= 5 or h < 8.5 or h >= 19.5:
        return 0.08
    return 0.35 + 0.55 * _bump(h, 11.0, 1.5) + 0.45 * _bump(h, 15.5, 1.6)


def _chain(ts: datetime) -> float:
    return 0.45 + 0.12 * math.sin(seoul_hour(ts) / 24 * 2 * math.pi) + 0.2 * _funding(ts)


def _dw(ts: datetime) -> float:
    """ch-dw and the batch host: the nightly ETL 01:00–03:00 and the 06:00 reconciliation."""
    h = seoul_hour(ts)
    if 1 <= h < 3:
        return 0.85
    if 6 <= h < 6.67:
        return 0.95
    return 0.2


def _steady(ts: datetime) -> float:
    return 0.5


TRADING = {
    "me-krw-01",
    "me-btc-01",
    "me-usdt-01",
    "OrderGateway",
    "RiskGuard",
    "MDF_WS_1",
    "MDF_WS_2",
    "MDF_WS_3",
    "candle-agg",
    "dalbit-surveil",
    "KONG-OPENAPI",
    "aero-balance",
    "redis-ticker",
    "redis-ratelimit",
    "kafka-trade",
    "gs-me-h01",
    "gs-me-h02",
    "gs-oms-h01",
    "gs-oms-h02",
    "gs-risk-h01",
    "kfk-brk-01",
    "kfk-brk-02",
    "kfk-brk-03",
    "gs-aero-h01",
    "gs-aero-h02",
    "gs-redis-h01",
    "gke-prod-pool-b-01",
    "gke-prod-pool-b-02",
    "gclb-exch-prod",
    "F5-GS-01",
    "gs-core-sw01",
    "gs-fw-01",
}
CHANNEL = {
    "nuri-app-bff",
    "saebyeok-web",
    "AuthHub",
    "ACCT-MYSQL",
    "gs-db-h04",
    "redis-session",
    "ledger-svc",
    "ledger-pg",
    "gs-db-h01",
    "gs-db-h02",
    "gke-prod-pool-a-01",
    "gke-prod-pool-a-02",
    "gs-app-h02",
}
VOLATILE = TRADING | {"nuri-app-bff", "saebyeok-web", "ledger-svc", "ledger-pg"}
FUNDING = {
    "DepositProcessor",
    "WithdrawalProcessor",
    "wallet.hot.btc",
    "wallet.hot.eth",
    "wallet.hot.xrp",
    "wallet.hot.sol",
    "wallet.warm",
    "WALLETDB-P1",
    "gs-db-h03",
    "HANBIT-FIRM-GW",
    "gs-bank-rt01",
    "travelrule-gw",
    "aml-screening",
    "depo-scan-btc",
    "depo-scan-eth",
    "depo-scan-xrp",
    "depo-scan-sol",
    "gs-app-h01",
    "gs-app-h03",
    "gs-wal-h01",
    "gs-wal-h02",
    "LUNA-HSM-A1",
    "LUNA-HSM-A2",
    "gs-hsm-sw01",
    "notify-push",
    "pubsub-notify",
    "gke-prod-pool-c-01",
}
ONBOARD = {"kyc-onboard", "kyc-pg"}
OFFICE = {"haetsal-admin", "kyc-review-desk", "yd-bo-h01"}
CHAIN = {
    "bc-btc-core01",
    "bc-eth-geth01",
    "bc-eth-geth02",
    "bc-xrp-rippled01",
    "bc-sol-rpc01",
    "bc-sol-rpc02",
    "bc-trx-node01",
    "gs-node-h01",
    "gs-node-h02",
    "gce-node-eth-01",
    "gce-node-eth-02",
    "gce-node-sol-01",
    "gce-node-sol-02",
}
DW = {"ch-dw", "gs-ch-h01", "settle_recon_batch", "gs-batch-h01"}


def _load(name: str):
    for group, shape in (
        (TRADING, _trading),
        (CHANNEL, lambda ts: min(1.0, 0.75 * _trading(ts) + 0.25 * _funding(ts))),
        (FUNDING, _funding),
        (ONBOARD, _onboard),
        (OFFICE, _office),
        (CHAIN, _chain),
        (DW, _dw),
    ):
        if name in group:
            return shape
    return _steady


def _volatility(ts: datetime) -> float:
    return ramp(ts, VOLATILITY[0], VOLATILITY[1], rise=10, fall=25)


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "I1": {0: (2.2, 16.0), 1: (1.4, 38.0), 2: (0.6, 5.5)},
    "I2": {1: (9.0, 44.0), 2: (3.0, 21.0), 3: (0.3, 3.4)},
    "I3": {1: (6.0, 27.0), 2: (2.4, 12.5)},
    "I4": {0: (0.6, 0.3), 1: (9.0, 0.8), 2: (4.2, 2.6), 3: (1.7, 1.3)},
    "I5": {0: (0.0, 23.0), 1: (0.0, 15.5), 2: (0.0, 5.2)},
    "I6": {0: (0.3, 71.0), 1: (0.4, 24.0), 2: (0.2, 6.5)},
    "I7": {0: (19.0, 6.4), 1: (8.0, 12.5), 2: (2.8, 6.2)},
}

HOST = HostBaseline(cpu=(0.5, 0.8, 1.0), memory=(5, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.35, 0.05), requests=(0.15, 1.0))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    kind = HOSTS[name][2]
    if kind in ("network", "hsm"):
        return _appliance_metrics(rng, name, kind, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 66), rng.uniform(30, 62)
    growth = rng.uniform(0, 0.2)
    if name in {"gs-me-h01", "gs-me-h02"}:
        cpu0, mem0 = rng.uniform(38, 44), rng.uniform(70, 74)  # busy-polling cores
    if name == "gs-node-h01":
        disk0, growth = 79.1, 0.41
    if name == "gs-elk-h01":
        disk0, growth = 66.0, 1.16
    if name == "kfk-brk-03":
        disk0, growth = 55.5, 0.0
    if name == "gce-node-sol-02":
        disk0, growth = 35.0, 0.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in VOLATILE:
            cpu += 31 * _volatility(ts)
        if name == "gce-node-eth-01":  # state heal while catching up
            cpu += 28 * ramp(ts, I1["start"], I1["end"], rise=10, fall=15)
        if name == "gs-db-h01":  # the reconciliation's parallel sequential scans
            cpu += (96.0 + rng.gauss(0, 0.7) - cpu) * ramp(ts, I4["start"], I4["end"], rise=15, fall=10)
        if name == "gs-batch-h01":
            cpu += (74.0 + rng.gauss(0, 1.5) - cpu) * ramp(ts, kst(30, 10, 0), I4["end"], rise=10, fall=10)
        if name == "gs-ch-h01":  # the evening rerun on the DW, where it belongs
            cpu += 41 * ramp(ts, kst(30, 22, 0), kst(30, 22, 50), rise=10, fall=10)
        if name == "gs-db-h04":  # sessions piling up behind the metadata lock
            cpu += 11 * ramp(ts, I7["start"] + STEP_5, None, rise=20)
            mem += 7 * ramp(ts, I7["start"] + STEP_5, None, rise=25)
        if name == "gce-node-sol-02":  # snapshot resync
            r = ramp(ts, SOL_RESYNC[0], SOL_RESYNC[1], rise=20, fall=30)
            cpu += (91.0 + rng.gauss(0, 1.2) - cpu) * r
            if ts >= SOL_RESYNC[0]:
                disk += 39.0 * min(1.0, progress(ts, SOL_RESYNC[0], SOL_RESYNC[1]))
        if name == "kfk-brk-03":
            disk = _broker_disk(rng, ts, disk)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), memory_usage=round(min(mem, 99.0), 1)
        )
        if name in DISK_WATCHED:
            rows.append((ts, name, "disk_usage", round(min(disk, 99.9), 1)))
    return rows


def _broker_disk(rng: random.Random, ts: datetime, base: float) -> float:
    """kfk-brk-03: its usual ~55 %, filled by the RF-1 topic from Friday 15:00 to full at 03:10 on Saturday,
    full until the retention fix at 04:12, then segments deleted within 20 minutes (the topic now keeps an
    hour)."""
    if TOPIC_CREATED <= ts < I3["start"]:
        return base + (99.9 - base) * progress(ts, TOPIC_CREATED, I3["start"]) ** 1.15
    if I3["start"] <= ts < RETENTION_FIX:
        return 99.9
    drained = RETENTION_FIX + timedelta(minutes=20)
    if RETENTION_FIX <= ts < drained:
        return 99.9 - (99.9 - base - 2.0) * progress(ts, RETENTION_FIX, drained)
    return base + (2.0 if ts >= drained else 0.0) + rng.gauss(0, 0.02)


def _appliance_metrics(rng: random.Random, name: str, kind: str, times: list[datetime]) -> list:
    """Network devices and HSMs: CPU, latency (response_time_ms: round trip, or the HSM's signing time) and
    errors (error_rate: packet loss, or failed HSM operations)."""
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = rng.uniform(2.8, 4.2) if kind == "hsm" else rng.uniform(0.3, 1.8)
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05)) * (1 + 0.3 * load(ts) if kind == "hsm" else 1)
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name in VOLATILE:
            cpu += 12 * _volatility(ts)
        if name == "LUNA-HSM-A1":
            r = ramp(ts, I2["start"], I2["end"], rise=5, fall=10)
            rtt *= 1 + 780 * r * (1 + rng.gauss(0, 0.05))
            loss += 61.0 * r * (1 + rng.gauss(0, 0.04))
            cpu *= 1 - 0.5 * r
        if name == "LUNA-HSM-A2":  # clients pinned here after 10:58
            cpu += 9 * ramp(ts, kst(27, 10, 58), kst(27, 15, 30), rise=5, fall=10)
        rows += samples(
            ts,
            name,
            cpu_usage=round(max(0.5, min(cpu, 99.5)), 1),
            response_time_ms=round(rtt, 2 if rtt < 100 else 0),
            error_rate=round(min(loss, 100.0), 2),
        )
    return rows


def _nas_backup(rng: random.Random, ts: datetime) -> float:
    """nas-backup-is: the nightly DB backups at 02:00 add about half a point a day, in steps."""
    days = (ts - START).total_seconds() / 86400
    step = math.floor(days + (seoul_hour(START) - 2.5) / 24)
    return round(74.2 + 0.52 * max(0, step) + rng.gauss(0, 0.03), 1)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = {"nas-backup-is": _nas_backup}.get(ci["name"])
    rows = storage_fill(rng, ci["name"], times, START, (52, 64), 0.14, filling)
    return [(t, c, m, round(v, 1)) for t, c, m, v in rows]


RT0 = {
    "me-krw-01": 0.42,
    "me-btc-01": 0.38,
    "me-usdt-01": 0.36,
    "OrderGateway": 6.5,
    "RiskGuard": 1.8,
    "aero-balance": 0.6,
    "redis-ticker": 0.25,
    "redis-ratelimit": 0.3,
    "kafka-trade": 3.2,
    "ledger-pg": 4.5,
    "ACCT-MYSQL": 3.6,
    "WALLETDB-P1": 5.0,
    "ch-dw": 180.0,
    "settle_recon_batch": 420.0,
    "kyc-onboard": 310.0,
    "HANBIT-FIRM-GW": 140.0,
    "bc-eth-geth01": 38.0,
    "bc-eth-geth02": 36.0,
    "bc-btc-core01": 22.0,
    "bc-sol-rpc01": 55.0,
    "bc-sol-rpc02": 60.0,
    "wallet.hot.btc": 210.0,
    "wallet.hot.eth": 240.0,
    "wallet.hot.xrp": 160.0,
    "wallet.hot.sol": 180.0,
    "AuthHub": 48.0,
    "nuri-app-bff": 95.0,
    "saebyeok-web": 130.0,
    "KONG-OPENAPI": 24.0,
}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = {
        "database": rng.uniform(3, 12),
        "cache": rng.uniform(0.3, 1.2),
        "queue": rng.uniform(2, 8),
        "load_balancer": rng.uniform(1, 6),
    }.get(kind, rng.uniform(40, 260))
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
        v = _volatility(ts) if name in VOLATILE else 0.0
        rt *= 1 + 0.28 * v
        req *= 1 + 2.1 * v
        if name == "bc-sol-rpc02":  # behind while resyncing: health checks fail, out of rotation
            r = ramp(ts, SOL_RESYNC[0], SOL_RESYNC[1], rise=10, fall=20)
            err += 38.0 * r * (1 + rng.gauss(0, 0.05))
            rt *= 1 + 1.5 * r
        if name == "settle_recon_batch":
            req = 0.0
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 1 if req < 100 else 0)
        if name in CACHE_MEMORY:
            row["memory_usage"] = round(min(mem0 + mem_swing * d + rng.gauss(0, 0.4), 99.9), 1)
        if name in PAAS_CPU:
            cpu = cpu0 * (0.6 + 0.8 * d) + rng.gauss(0, 1.0)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


def _daily_rows() -> list[tuple]:
    """The 06:00 bank reconciliation (Monday's failed run and rerun are in the incident rows) and the nightly
    DW load."""
    rows = []
    for d, done, lines in [
        (25, (6, 31), "48,212"),
        (26, (6, 27), "51,904"),
        (27, (6, 34), "49,377"),
        (28, (6, 38), "63,018"),
        (29, (6, 29), "57,441"),
        (1, (6, 36), "71,260"),
        (2, (6, 33), "52,118"),
    ]:
        rows.append((d, 6, 0, "settle_recon_batch", "info", "batch_job", "Daily bank reconciliation started"))
        rows.append(
            (
                d,
                *done,
                "settle_recon_batch",
                "info",
                "batch_job",
                f"Reconciliation done ({lines} lines matched)",
            )
        )
    for d in (25, 26, 27, 28, 29, 30, 1, 2):
        rows.append((d, 1, 0, "ch-dw", "info", "batch_job", "Nightly trade/ledger load started"))
        rows.append((d, 2, 40 + d % 5 * 3, "ch-dw", "info", "batch_job", "Nightly trade/ledger load done"))
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (24, 17, 0, "bc-sol-rpc02", "info", "maintenance", "Resync from snapshot started (ledger corruption after disk swap), removed from RPC rotation"),
    (24, 19, 10, "bc-sol-rpc02", "warning", "sync_lag", "slot lag 1,240,000 (resync in progress)"),
    (25, 9, 0, "HANBIT-FIRM-GW", "warning", "cert_expiry_warning", "client certificate firm.crypto-exch.example.kr expires in 4 days (2026-11-29 20:00 KST)"),
    (25, 11, 0, "gs-fw-01", "info", "config_change", "IPS signature package 27.912 applied"),
    (25, 14, 0, "me-krw-01", "info", "deployment", "Deployed me-krw-01 9.4.2 (self-trade prevention option)"),
    (26, 3, 55, "OrderGateway", "info", "maintenance", "Weekly maintenance: new orders blocked 04:00-05:00 (주간 정기점검)"),
    (26, 4, 0, "me-krw-01", "info", "maintenance", "Weekly maintenance: matching halted, order book snapshot taken"),
    (26, 4, 0, "me-btc-01", "info", "maintenance", "Weekly maintenance: matching halted, order book snapshot taken"),
    (26, 4, 0, "me-usdt-01", "info", "maintenance", "Weekly maintenance: matching halted, order book snapshot taken"),
    (26, 4, 35, "kafka-trade", "info", "maintenance", "Rolling restart for broker config reload (num.io.threads 16)"),
    (26, 5, 1, "OrderGateway", "info", "maintenance", "Weekly maintenance finished, trading resumed"),
    (26, 17, 20, "gs-hsm-sw01", "info", "config_change", "LACP fast rate enabled on ae1 (HSM VLAN 310)"),
    (26, 20, 45, "gs-node-h01", "warning", "threshold_breach", "disk_usage above 80% on /data/bitcoin (chain + txindex growth)"),
    (27, 16, 0, "MDF_WS_1", "info", "deployment", "Deployed MDF_WS 2.9.0 (L2 orderbook diff stream)"),
    (27, 16, 2, "MDF_WS_2", "info", "deployment", "Deployed MDF_WS 2.9.0 (L2 orderbook diff stream)"),
    (27, 16, 4, "MDF_WS_3", "info", "deployment", "Deployed MDF_WS 2.9.0 (L2 orderbook diff stream)"),
    (27, 22, 6, "dalbit-surveil", "info", "market_volatility", "volatility alert level 2: BTC/KRW -7.8% in 12 min, order rate 3.1x baseline"),
    (27, 22, 20, "dalbit-surveil", "info", "market_volatility", "volatility alert level 3: liquidation cascade on offshore venues, KRW premium 4.2%"),
    (27, 23, 45, "dalbit-surveil", "info", "market_volatility", "volatility alert cleared"),
    (29, 2, 0, "ledger-pg", "info", "backup", "pgBackRest full backup to nas-backup-is done (7.4 TB)"),
    (30, 16, 0, "RiskGuard-stg", "info", "deployment", "Deployed RiskGuard-stg 4.2.0 (USDT price band rules)"),
    (30, 22, 0, "settle_recon_batch", "info", "batch_job", "Month-end reconciliation rerun started on ch-dw"),
    (30, 22, 48, "settle_recon_batch", "info", "batch_job", "Month-end reconciliation done (1,604,377 lines matched)"),
    (1, 18, 40, "bc-sol-rpc02", "info", "recovery", "Resync complete, slot lag 0; kept out of rotation for 24 h observation"),
    (2, 9, 30, "gs-elk-h01", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/elasticsearch"),
    (2, 10, 0, "wallet.cold.vault", "info", "maintenance", "Rebalancing ceremony: 40 BTC moved cold -> wallet.hot.btc (3-of-5 signed)"),
    # I1
    (26, 20, 40, "DepositProcessor", "info", "deployment", "Deployed DepositProcessor 5.3.1 (SPL token memo parsing)"),
    (26, 21, 8, "bc-eth-geth01", "warning", "peer_drop", "beacon client peers 52 -> 0 after lighthouse restart"),
    (26, 21, 12, "bc-eth-geth01", "major", "sync_lag", "head lag 52 blocks and growing (eth_syncing=true)"),
    (26, 21, 17, "depo-scan-eth", "major", "block_lag", "no new ETH blocks for 10 min from bc-eth-geth01 (scanner height 21,305,118, chain head 21,305,171)"),
    (26, 21, 26, "DepositProcessor", "warning", "pending_backlog", "ETH/ERC-20 deposits pending: 1,842 (confirmations not advancing)"),
    (26, 21, 42, "bc-eth-geth01", "major", "sync_lag", "head lag 410 blocks"),
    (26, 22, 20, "bc-eth-geth01", "info", "config_change", "beacon checkpoint sync re-run, 12 static peers added"),
    (26, 22, 47, "bc-eth-geth01", "info", "recovery", "in sync with chain head"),
    (26, 22, 58, "depo-scan-eth", "info", "recovery", "410 blocks rescanned, 2,113 deposits credited"),
    # I2
    (27, 9, 50, "KONG-OPENAPI", "info", "config_change", "rate-limiting plugin: order endpoints 10 -> 8 req/s per key"),
    (27, 10, 21, "LUNA-HSM-A1", "critical", "hsm_unreachable", "NTLS bond0 link flapping; HA group HOT-SIGN member A1 partitioned (A2 reports A1 unreachable)"),
    (27, 10, 23, "wallet.hot.eth", "major", "sign_timeout", "C_Sign timeout 30 s on HA group HOT-SIGN (LUNA-HSM-A1)"),
    (27, 10, 23, "wallet.hot.btc", "major", "sign_timeout", "C_Sign timeout 30 s on HA group HOT-SIGN (LUNA-HSM-A1)"),
    (27, 10, 24, "wallet.hot.xrp", "major", "sign_timeout", "C_Sign timeout 30 s on HA group HOT-SIGN (LUNA-HSM-A1)"),
    (27, 10, 24, "wallet.hot.sol", "major", "sign_timeout", "C_Sign timeout 30 s on HA group HOT-SIGN (LUNA-HSM-A1)"),
    (27, 10, 29, "WithdrawalProcessor", "major", "error", "withdrawals failing at the signing step, 1,204 queued"),
    (27, 10, 35, "nuri-app-bff", "warning", "error", "출금 요청 실패 응답 증가 (WithdrawalProcessor 503)"),
    (27, 10, 37, "KONG-OPENAPI", "warning", "error", "POST /v1/withdraws 5xx 4.1%"),
    (27, 10, 58, "LUNA-HSM-A1", "info", "config_change", "A1 removed from HA group HOT-SIGN, clients pinned to LUNA-HSM-A2"),
    (27, 11, 7, "WithdrawalProcessor", "info", "recovery", "withdrawal queue drained"),
    (27, 15, 30, "LUNA-HSM-A1", "info", "maintenance", "bond0 NIC replaced, A1 re-added to HA group after key sync"),
    # I3
    (27, 15, 0, "kafka-trade", "info", "config_change", "topic mdf.orderbook.l2.v2 created (24 partitions, replication.factor 1, retention.ms -1; all on broker 3)"),
    (28, 0, 40, "kfk-brk-03", "warning", "threshold_breach", "disk_usage above 90% on /data/kafka"),
    (28, 3, 11, "kfk-brk-03", "critical", "disk_full", "/data/kafka 100% full, log dir offline (IOException: No space left on device)"),
    (28, 3, 13, "kafka-trade", "critical", "partition_offline", "72 partitions offline, 118 under-replicated (broker 3 log dir failed)"),
    (28, 3, 16, "MDF_WS_2", "major", "error", "consumer lag stalled on kafka-trade, orderbook snapshots stale"),
    (28, 3, 17, "MDF_WS_1", "major", "error", "consumer lag stalled on kafka-trade, orderbook snapshots stale"),
    (28, 3, 18, "MDF_WS_3", "major", "error", "consumer lag stalled on kafka-trade, orderbook snapshots stale"),
    (28, 3, 21, "candle-agg", "major", "error", "1m candles not produced since 03:12 (fetch errors from kafka-trade)"),
    (28, 4, 10, "kafka-trade", "info", "config_change", "mdf.orderbook.l2.v2 retention.ms set to 3600000, old segments deleted"),
    (28, 4, 33, "kfk-brk-03", "info", "recovery", "log dir back online, /data/kafka 58%"),
    (28, 4, 48, "kafka-trade", "info", "recovery", "all partitions online, ISR complete"),
    # I4
    (30, 6, 0, "settle_recon_batch", "info", "batch_job", "Daily bank reconciliation started"),
    (30, 6, 12, "settle_recon_batch", "warning", "batch_job", "한빛은행 statement file for 11/29 not received, run aborted (retry later)"),
    (30, 10, 2, "settle_recon_batch", "info", "batch_job", "Month-end reconciliation rerun started by 정산팀 (source: ledger-pg direct, full month)"),
    (30, 10, 14, "ledger-pg", "major", "slow_query", "parallel seq scan on ledger_entries (1.9 B rows) by role recon_batch (settle_recon_batch), 38 workers"),
    (30, 10, 16, "gs-db-h01", "major", "threshold_breach", "CPU above 95% (postgres parallel workers)"),
    (30, 10, 21, "ledger-svc", "major", "timeout", "balance write timeouts on ledger-pg (statement_timeout 3 s)"),
    (30, 10, 26, "WithdrawalProcessor", "warning", "slow_response", "ledger hold 6.2 s (target 0.5 s)"),
    (30, 10, 28, "nuri-app-bff", "warning", "slow_response", "자산 화면 응답 지연 (ledger-svc)"),
    (30, 10, 33, "haetsal-admin", "warning", "slow_response", "출금 심사 화면 잔고 조회 지연"),
    (30, 11, 15, "settle_recon_batch", "info", "batch_job", "rerun cancelled by operator, rescheduled to 22:00 on ch-dw"),
    (30, 11, 24, "ledger-pg", "info", "recovery", "query latency back to normal"),
    # I5
    (1, 14, 7, "RiskGuard", "info", "deployment", "Deployed RiskGuard 4.2.0 (USDT 마켓 가격밴드 룰 개편)"),
    (1, 14, 11, "RiskGuard", "major", "error", "PriceBandError: band table for USDT-* not loaded, orders rejected (HTTP 500)"),
    (1, 14, 14, "OrderGateway", "major", "error", "pre-trade check failed: RiskGuard 500, orders rejected (R-901)"),
    (1, 14, 18, "nuri-app-bff", "warning", "error", "주문 실패 응답 증가 (OrderGateway R-901)"),
    (1, 14, 19, "KONG-OPENAPI", "warning", "error", "POST /v1/orders 5xx 6.0%"),
    (1, 14, 21, "saebyeok-web", "warning", "error", "order submit errors (R-901)"),
    (1, 14, 45, "RiskGuard", "info", "rollback", "Rolled back RiskGuard to 4.1.3"),
    (1, 14, 53, "RiskGuard", "info", "recovery", "order rejects back to baseline"),
    # I6
    (29, 20, 0, "HANBIT-FIRM-GW", "critical", "cert_expired", "mTLS client certificate firm.crypto-exch.example.kr expired (notAfter 2026-11-29 20:00 KST), 한빛은행 handshake rejected"),
    (29, 20, 4, "DepositProcessor", "major", "error", "KRW 입금 확인 실패 (HANBIT-FIRM-GW 502)"),
    (29, 20, 5, "WithdrawalProcessor", "major", "error", "KRW withdrawal transfers failing: bank link down"),
    (29, 20, 8, "kyc-onboard", "major", "error", "실명계좌 확인 실패 (HANBIT-FIRM-GW)"),
    (29, 20, 15, "nuri-app-bff", "warning", "error", "원화 입출금 화면 오류 증가"),
    (29, 21, 9, "HANBIT-FIRM-GW", "info", "cert_change", "renewed client certificate installed (valid to 2027-11-29)"),
    (29, 21, 18, "HANBIT-FIRM-GW", "info", "recovery", "bank link handshakes succeeding, 1,377 KRW transfers replayed"),
    # I7
    (2, 14, 40, "nuri-app-bff", "info", "deployment", "Deployed nuri-app-bff 7.14.0 (연말 이벤트 배너)"),
    (2, 14, 58, "ACCT-MYSQL", "info", "schema_change", "ALTER TABLE accounts.user_login ADD COLUMN passkey_id (online DDL) started by DBA"),
    (2, 15, 6, "ACCT-MYSQL", "critical", "lock_wait", "Waiting for table metadata lock on accounts.user_login: 640 threads; ALTER blocked by a 52 min read of user bi_ro"),
    (2, 15, 9, "AuthHub", "major", "timeout", "login timeouts: ACCT-MYSQL query 10 s (pool 400/400)"),
    (2, 15, 11, "kyc-onboard", "major", "timeout", "customer lookup timeouts (ACCT-MYSQL)"),
    (2, 15, 12, "haetsal-admin", "major", "timeout", "회원 조회 화면 timeouts (ACCT-MYSQL)"),
    (2, 15, 18, "nuri-app-bff", "warning", "error", "로그인 실패 증가 (AuthHub 504)"),
    (2, 15, 20, "saebyeok-web", "warning", "error", "login 504 (AuthHub)"),
    (2, 15, 24, "KONG-OPENAPI", "warning", "error", "token issue failures (AuthHub)"),
    (2, 15, 35, "gs-db-h04", "warning", "threshold_breach", "threads_running 680 (max_connections 4000)"),
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
    generate(NAME, "crypto-exchange", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
