"""Generate the national tax e-filing estate (tests/fixtures/tax-efile/, interchange format) and its faults file.

A national tax agency's online e-filing and taxpayer service (누리세 — 누리세 홈 on the web, 누리세 앱 on phones):
the PC portal `nr-portal` and the app BFF `nr-mobile-bff` behind the external L4 `l4-djn-ext01` (and the GSLB
`gslb-nuri` between the 대전 main centre and the 광주 backup centre), the login `nr-login` (공동인증서 through
`cert-verify`, 간편인증 providers through `ganpyeon-gw`) over the session cache `sess-redis` and `member-db`;
e-filing: the filing hub `singo-hub` (접수번호, on the Tibero `singo-db`), 종합소득세 `jongso-singo`, 부가세
`vat-singo`, 원천세 `wonchun-singo`, 법인세 `bubin-singo`, 연말정산 간소화 `yeonmal-svc` over `ganso-db`, 미리채움
`prefill-svc` and the tax calculation engine `jupan-calc` (주판); 전자세금계산서: `einv-gw`, the ERP/ASP relay
`einv-asp-relay`, `einv-query` and the nightly bulk batch `einv_bulk_bat` over IBM MQ `einv-mq` and the Oracle
`einv-db`; payment and refunds (`napbu-gw`, `hwangeup`) through the bank link `bank-link` (IBM MQ `ibmmq-fin`)
and the card link `card-link`, all external lines through the FEP `fep-daeoe`; 증명발급 (`jeungmyeong`,
`docgen-ozr`, `jinwi-check`); the AI chatbot `sema-bot` (세마) with `sema-llm` and `faq-search` over `es-faq`;
the tax officers' side (`officer-portal`, `josa-case`) on the legacy core `tis_core` / Oracle RAC `tis_core_db`
(SAN `djn-pure-x70`) with its standby `tis_core_db_dr` in 광주 fed by `ogg_dj2gj`; the overnight matching batch
`tis_match_bat`; the tax data warehouse `txdw-exa` (Exadata) with `txdw-etl`, `bunseok-bi` and `risk-score`;
links to other agencies (`gigwan-link`).
Sites 대전센터 (main government data centre), 광주백업센터 (backup centre), 서울지방청 and 부산지방청 (regional
tax-office branch networks); environments prod, stage, qa, dev (stage and qa are both staging); owners are teams
named in Korean or English.

Naming (unlike the earlier estates): the `nr-` prefix of the 누리세 channel, romanised Korean words for the tax
business (`singo` 신고, `jongso` 종합소득, `wonchun` 원천, `bubin` 법인, `yeonmal` 연말, `ganso` 간소화, `napbu` 납부,
`hwangeup` 환급, `jeungmyeong` 증명, `jinwi` 진위, `josa` 조사, `bunseok` 분석, `gigwan` 기관, `daeoe` 대외), code
names (`jupan` 주판, `sema` 세마, `jikimi` 지킴이), legacy snake_case (`tis_core`, `tis_match_bat`, `einv_bulk_bat`,
`ogg_dj2gj`), role-coded host names by centre (`djn-was-033`, `djn-dbm-021`, `djn-ocp-w05`, `gju-dbm-011`) and
branch devices (`seoul-br-rt01`).

Seven injected incidents (times KST; now = Monday 2027-01-25 21:55, the evening of the 부가세 확정신고 deadline;
the window is the 10 days before):
  T1 Sat 16 01:40–02:35  (weekend, night) the SAN djn-pure-x70 fails over a controller in a firmware upgrade and
                         I/O latency soars: tis_core_db slows, the overnight matching batch tis_match_bat
                         (loudest) times out, tis_core and the DR replication ogg_dj2gj lag
  T2 Mon 18 08:05–09:00  연말정산 간소화 opening: ganso-db saturates its CPU on a full scan (the new 의료비 query of
                         yeonmal-svc, deployed at 07:20): yeonmal-svc (loudest), prefill-svc, nr-portal, nr-mobile-bff
  T3 Tue 19 09:10–10:05  the refund payout run: ibmmq-fin's transmission queue to the banks hits MAXDEPTH (a
                         channel stuck): bank-link (loudest, deployed at 08:45), hwangeup, napbu-gw
  T4 Wed 20 12:10–13:05  lunch: sess-redis reaches maxmemory and evicts sessions (volatile-lru): nr-login
                         (loudest, deployed at 11:40 with a longer session TTL), nr-portal, nr-mobile-bff, sema-bot
  T5 Fri 22 01:05–02:00  (night) the MQ log filesystem of djn-mq-001 fills (log type switched to linear on
                         Thursday): einv-mq stops, einv_bulk_bat abends (loudest), einv-gw (deployed Thursday
                         18:00) and einv-asp-relay fail
  T6 Sat 23 14:00–14:55  (weekend) es-faq's heap fills and long GC pauses stall search: faq-search (loudest,
                         synonym dictionary deployed at 13:30), sema-bot, nr-portal
  T7 Mon 25 21:15–now    the deadline evening: singo-db's receipt-number sequence (made NOCACHE on Friday) turns
                         into a hot block: singo-hub (loudest), vat-singo (hotfix deployed at 20:30), nr-portal,
                         nr-mobile-bff (ongoing)
Confounders: office hours and the deadline rush (rising towards the 25th, the last evening), the 간소화 opening
on the 18th, weekends, the overnight batches (matching 00:30, bulk invoices 01:00, DW ETL 04:00), the 09:00
refund payout run, deploys on victims before T2–T7, the SAN firmware upgrade before T1, `gju-bkp-001` and
`callcenter-cti` in maintenance, the retired `nr-portal-old`, the disk of the log host `djn-log-001` creeping up
and the certificate of `l4-djn-ext01` (www.nuritax.go.kr) expiring on 2027-02-01 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/tax_golden.py) are computed from the files.

    .venv/bin/python bench/tax_estate.py   # rewrites tests/fixtures/tax-efile*
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

NAME = "tax-efile"
NOW = datetime(2027, 1, 25, 12, 55, tzinfo=UTC)  # Monday 21:55 KST, 부가세 확정신고 deadline evening
START = NOW - timedelta(days=10)  # Friday 2027-01-15 21:55 KST
SEED = 20270125
SITES = {"D": "대전센터", "G": "광주백업센터", "S": "서울지방청", "B": "부산지방청"}
ENVS = {"P": "prod", "S": "stage", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2027-01")

CHANNEL, MOBILE, AUTH, FILING = "채널서비스팀", "mobile-channel", "taxpayer-auth", "전자신고팀"
YEONMAL, EINV, PAY, EXT = "연말정산TF", "전자세금계산서팀", "납부환급팀", "대외연계팀"
DOC, AI, AUDIT, TIS = "증명민원팀", "ai-service-lab", "세무조사시스템팀", "국세통합운영팀"
DATA, DBA, INFRA, NET = "data-platform", "DB운영팀", "인프라운영팀", "network-ops"
CALL = "126상담센터"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- channel, login
    "nr-portal": ("service", CHANNEL, "D", "P", ["djn-ocp-w01", "djn-ocp-w02"],
                  ["nr-login", "jongso-singo", "vat-singo", "yeonmal-svc", "jeungmyeong", "napbu-gw", "hwangeup",
                   "faq-search", "nr-notice", "sess-redis"],
                  {"desc": "누리세 홈 (PC 웹 포털)", "ui": "WebSquare 5", "version": "2027.01.2", "pods": 24,
                   "url": "www.nuritax.go.kr", "port": 8443}),
    "nr-mobile-bff": ("service", MOBILE, "D", "P", ["djn-ocp-w03"],
                      ["nr-login", "jongso-singo", "vat-singo", "yeonmal-svc", "jeungmyeong", "napbu-gw",
                       "hwangeup", "nr-push", "sess-redis"],
                      {"desc": "누리세 앱 BFF (iOS/Android)", "lang": "kotlin", "version": "5.12.0", "pods": 16,
                       "app_min_version": "5.9.0", "port": 8080}),
    "nr-login": ("service", AUTH, "D", "P", ["djn-ocp-w01", "djn-ocp-w04"],
                 ["ganpyeon-gw", "cert-verify", "sess-redis", "member-db"],
                 {"desc": "통합 로그인 (공동인증서, 간편인증, 아이디/비밀번호, 생체인증)", "lang": "java",
                  "framework": "Spring Boot 3.1", "version": "3.8.1", "pods": 20, "session_timeout_min": 60}),
    "ganpyeon-gw": ("service", AUTH, "D", "P", ["djn-ocp-w04"], ["fep-daeoe"],
                    {"desc": "간편인증 연계 게이트웨이", "lang": "java", "version": "2.4.0", "pods": 8,
                     "providers": "카카오톡, 네이버, PASS, 토스, KB국민은행, 삼성패스, 신한SOL, 하나은행, NH농협",
                     "provider_count": 9}),
    "cert-verify": ("service", AUTH, "D", "P", ["djn-ocp-w04"], ["fep-daeoe"],
                    {"desc": "공동인증서 검증 (OCSP, CRL)", "lang": "java", "version": "1.9.3", "pods": 6,
                     "ca": "yessign, KICA, 코스콤, 한국정보인증", "crl_refresh_min": 60}),
    "nr-notice": ("service", CHANNEL, "D", "P", ["djn-ocp-w02"], [],
                  {"desc": "공지/신고안내 콘텐츠", "lang": "typescript", "version": "1.3.2", "pods": 4}),
    "nr-push": ("service", MOBILE, "D", "P", ["djn-ocp-w03"], ["push-q", "member-db"],
                {"desc": "앱 알림 (신고 마감, 환급 안내)", "lang": "kotlin", "version": "2.0.5", "pods": 6,
                 "daily_cap": 4000000}),
    # ---------------------------------------------------------------- e-filing
    "singo-hub": ("service", FILING, "D", "P", ["djn-ocp-w05", "djn-ocp-w06"],
                  ["singo-db", "txk-kafka", "djn-obj-evid"],
                  {"desc": "전자신고 접수 허브 (접수번호 발급, 신고서 저장)", "lang": "java", "version": "4.6.0",
                   "pods": 24, "receipt_seq": "SEQ_SINGO_RCPT", "port": 8080}),
    "jongso-singo": ("service", FILING, "D", "P", ["djn-ocp-w05"], ["singo-hub", "prefill-svc", "jupan-calc"],
                     {"desc": "종합소득세 신고 (5월 정기신고)", "lang": "java", "version": "2027.1.0", "pods": 12,
                      "deadline": "05-31"}),
    "vat-singo": ("service", FILING, "D", "P", ["djn-ocp-w06"], ["singo-hub", "einv-query", "jupan-calc"],
                  {"desc": "부가가치세 신고 (1월/7월 확정, 4월/10월 예정)", "lang": "java", "version": "2027.1.3",
                   "pods": 20, "deadline": "01-25"}),
    "wonchun-singo": ("service", FILING, "D", "P", ["djn-ocp-w06"], ["singo-hub", "jupan-calc"],
                      {"desc": "원천세 신고 (매월 10일)", "lang": "java", "version": "2026.12.1", "pods": 6,
                       "deadline": "매월 10일"}),
    "bubin-singo": ("service", FILING, "D", "P", ["djn-ocp-w05"], ["singo-hub", "jupan-calc", "prefill-svc"],
                    {"desc": "법인세 신고 (3월)", "lang": "java", "version": "2026.03.4", "pods": 4,
                     "deadline": "03-31"}),
    "yeonmal-svc": ("service", YEONMAL, "D", "P", ["djn-ocp-w02", "djn-ocp-w03"],
                    ["ganso-db", "singo-hub", "jupan-calc"],
                    {"desc": "연말정산 간소화 (소득·세액공제 자료 조회, 일괄제공)", "lang": "java",
                     "version": "2027.01.0", "pods": 30, "open_date": "2027-01-18"}),
    "prefill-svc": ("service", FILING, "D", "P", ["djn-ocp-w05"], ["ganso-db", "txdw-exa", "calc-redis"],
                    {"desc": "미리채움 (신고서 자동 채움)", "lang": "kotlin", "version": "1.14.2", "pods": 10}),
    "jupan-calc": ("service", FILING, "D", "P", ["djn-was-033"], ["calc-redis"],
                   {"desc": "세액계산 엔진 (주판)", "product": "JEUS 8 + 자체 룰엔진", "version": "9.1.0",
                    "rule_set": "2026 귀속 세법"}),
    # ---------------------------------------------------------------- 전자세금계산서
    "einv-gw": ("service", EINV, "D", "P", ["djn-ocp-w06"], ["einv-mq", "einv-redis", "einv-db"],
                {"desc": "전자세금계산서 발급 게이트웨이", "lang": "java", "version": "3.2.7", "pods": 14,
                 "standard": "표준 전자세금계산서 XML v3.0"}),
    "einv-asp-relay": ("service", EINV, "D", "P", ["djn-fep-002"], ["einv-gw"],
                       {"desc": "ERP/ASP 사업자 연계 수신 (대량 발급 전송분)", "lang": "java", "version": "1.7.0",
                        "registered_asp": 312}),
    "einv-query": ("service", EINV, "D", "P", ["djn-ocp-w06"], ["einv-db", "einv-redis"],
                   {"desc": "세금계산서 조회, 합계표", "lang": "java", "version": "2.9.1", "pods": 10}),
    "einv_bulk_bat": ("service", EINV, "D", "P", ["djn-bat-002"], ["einv-mq", "einv-db"],
                      {"desc": "전자세금계산서 대량 발급분 야간 처리", "product": "Spring Batch 4.3",
                       "schedule": "매일 01:00", "avg_docs": 2400000}),
    # ---------------------------------------------------------------- payment, refunds, external links
    "napbu-gw": ("service", PAY, "D", "P", ["djn-was-031"], ["napbu-db", "bank-link", "card-link"],
                 {"desc": "전자납부 (계좌이체, 신용카드, 가상계좌)", "product": "JEUS 8", "version": "6.3.0"}),
    "hwangeup": ("service", PAY, "D", "P", ["djn-was-032"], ["napbu-db", "bank-link", "tis_core"],
                 {"desc": "환급 (환급금 결정, 지급 의뢰)", "product": "JEUS 8", "version": "4.0.8",
                  "payout_time": "09:00"}),
    "bank-link": ("service", EXT, "D", "P", ["djn-fep-001"], ["ibmmq-fin", "fep-daeoe"],
                  {"desc": "은행/금융결제원 연계 (펌뱅킹, CMS, 환급금 이체)", "lang": "java", "version": "2.11.4",
                   "banks": 18}),
    "card-link": ("service", EXT, "D", "P", ["djn-fep-001"], ["fep-daeoe"],
                  {"desc": "카드사 납부 연계 (VAN 경유)", "lang": "java", "version": "1.6.2", "card_companies": 9,
                   "van": "나이스정보통신"}),
    "fep-daeoe": ("service", EXT, "D", "P", ["djn-fep-001", "djn-fep-002"], [],
                  {"desc": "대외계 FEP (은행, 카드, 인증기관, 타기관 중계)", "product": "자체 FEP (JEUS 7)",
                   "lines": 46}),
    "gigwan-link": ("service", EXT, "D", "P", ["djn-fep-002"], ["fep-daeoe", "tis_core"],
                    {"desc": "행정정보 공동이용 (건강보험, 국민연금, 주민정보)", "lang": "java", "version": "3.0.1",
                     "agencies": 27}),
    # ---------------------------------------------------------------- 증명발급
    "jeungmyeong": ("service", DOC, "D", "P", ["djn-was-031", "djn-was-032"], ["tis_core", "docgen-ozr", "doc-db"],
                    {"desc": "증명발급 (사업자등록증명, 납세증명, 소득금액증명 등)", "product": "JEUS 8",
                     "version": "3.5.0", "cert_types": 41}),
    "docgen-ozr": ("service", DOC, "D", "P", ["djn-was-034"], ["djn-nas-doc"],
                   {"desc": "증명서 PDF 생성", "product": "OZ Report 8.0", "version": "8.0.3220.101"}),
    "jinwi-check": ("service", DOC, "D", "P", ["djn-was-034"], ["doc-db"],
                    {"desc": "증명서 진위확인 (발급번호 조회)", "product": "JEUS 8", "version": "1.2.0"}),
    # ---------------------------------------------------------------- inquiry, chatbot
    "sema-bot": ("service", AI, "D", "P", ["djn-ocp-w04"], ["faq-search", "nr-login", "sema-llm"],
                 {"desc": "AI 세무상담 챗봇 (세마)", "lang": "python", "version": "2.3.0", "pods": 8}),
    "sema-llm": ("service", AI, "D", "P", ["djn-gpu-01"], [],
                 {"desc": "세마 sLLM 추론 서버", "product": "vLLM 0.6", "model": "sema-ko-13b-v4", "gpus": 8,
                  "gpu_model": "NVIDIA H100"}),
    "faq-search": ("service", AI, "D", "P", ["djn-ocp-w04"], ["es-faq"],
                   {"desc": "세법/FAQ/상담사례 검색", "lang": "java", "version": "1.8.2", "pods": 6}),
    "callcenter-cti": ("service", CALL, "S", "P", ["seoul-br-fs01"], ["member-db"],
                       {"desc": "126 상담센터 CTI/상담이력", "product": "Genesys Engage 8.5", "agents": 640}),
    # ---------------------------------------------------------------- internal: tax officers, legacy core
    "tis_core": ("service", TIS, "D", "P", ["djn-was-033", "djn-was-034"], ["tis_core_db"],
                 {"desc": "국세통합시스템 코어 (납세자, 과세자료, 체납)", "product": "JEUS 7 + Tmax",
                  "version": "R2019.4"}),
    "josa-case": ("service", AUDIT, "D", "P", ["djn-was-033"], ["tis_core", "tis_core_db", "txdw-exa"],
                  {"desc": "세무조사 사건관리", "product": "JEUS 8", "version": "2.7.5", "users": 5200}),
    "officer-portal": ("service", AUDIT, "D", "P", ["djn-was-034"], ["josa-case", "tis_core", "jeungmyeong"],
                       {"desc": "세무공무원 업무포털 (지방청, 세무서)", "product": "JEUS 8", "version": "5.1.0",
                        "users": 20400}),
    "tis_match_bat": ("service", TIS, "D", "P", ["djn-bat-001"], ["tis_core_db", "einv-db", "txdw-exa"],
                      {"desc": "야간 과세자료 매칭 배치", "product": "Control-M 9 + Pro*C", "schedule": "매일 00:30"}),
    "ogg_dj2gj": ("service", DBA, "G", "P", ["gju-dbm-011"], ["tis_core_db", "tis_core_db_dr"],
                  {"desc": "대전 → 광주 DB 복제", "product": "Oracle GoldenGate 21c", "version": "21.12",
                   "lag_sla_s": 30}),
    # ---------------------------------------------------------------- data warehouse, analytics, ops
    "txdw-etl": ("service", DATA, "D", "P", ["djn-bat-002"], ["txdw-exa", "tis_core_db", "singo-db"],
                 {"desc": "DW 적재 ETL", "product": "IBM DataStage 11.7", "schedule": "매일 04:00"}),
    "bunseok-bi": ("service", DATA, "D", "P", ["djn-was-034"], ["txdw-exa"],
                   {"desc": "세정 분석 BI", "product": "MicroStrategy 2021", "users": 3100}),
    "risk-score": ("service", DATA, "D", "P", ["djn-gpu-01"], ["txdw-exa", "txk-kafka"],
                   {"desc": "신고 위험도 분석 (탈루 위험 점수)", "lang": "python", "model": "rsk-xgb-v7",
                    "version": "0.7.3"}),
    "jikimi-mon": ("service", INFRA, "D", "P", ["djn-ocp-w02"], [],
                   {"desc": "통합 모니터링 (지킴이)", "product": "Zabbix 6.4 + Grafana 10", "pods": 3}),
    # ---------------------------------------------------------------- staging, qa, dev, retired
    "singo-hub-stg": ("service", FILING, "D", "S", ["djn-stg-vm01"], ["singo-db-stg"],
                      {"desc": "전자신고 접수 허브 (스테이지)", "version": "4.7.0-rc2", "pods": 2}),
    "vat-singo-stg": ("service", FILING, "D", "S", ["djn-stg-vm01"], ["singo-hub-stg"],
                      {"desc": "부가세 신고 (스테이지)", "version": "2027.1.4-rc1", "pods": 2}),
    "nr-login-stg": ("service", AUTH, "D", "S", ["djn-stg-vm02"], ["sess-redis-stg"],
                     {"desc": "통합 로그인 (스테이지)", "version": "3.9.0-rc1", "pods": 2}),
    "einv-gw-qa": ("service", EINV, "D", "Q", ["djn-stg-vm02"], [],
                   {"desc": "전자세금계산서 발급 (QA, ASP 연동 테스트)", "version": "3.3.0-beta2", "pods": 1}),
    "jupan-calc-qa": ("service", FILING, "D", "Q", ["djn-stg-vm02"], [],
                      {"desc": "세액계산 엔진 (QA, 2027 귀속 세법 검증)", "version": "9.2.0-beta1"}),
    "nr-portal-dev": ("service", CHANNEL, "D", "D", ["djn-dev-vm01"], [],
                      {"desc": "누리세 홈 (개발)", "version": "2027.02.0-SNAPSHOT", "pods": 1}),
    "yeonmal-svc-dev": ("service", YEONMAL, "D", "D", ["djn-dev-vm01"], [],
                        {"desc": "연말정산 간소화 (개발)", "version": "2027.02.0-SNAPSHOT", "pods": 1}),
    "nr-portal-old": ("service", CHANNEL, "D", "P", [], [],
                      {"desc": "구 포털 (ActiveX, 2024년 누리세 홈으로 대체)", "version": "7.4.12",
                       "decommissioned": "2024-06-30"}),
    # ---------------------------------------------------------------- databases
    "tis_core_db": ("database", DBA, "D", "P", ["djn-dbm-011", "djn-dbm-012"], ["djn-pure-x70"],
                    {"engine": "oracle", "product": "Oracle 19c RAC (19.21)", "rac_nodes": 2, "sid": "TISP",
                     "port": 1521, "size_tb": 48, "desc": "국세통합 DB (납세자, 과세자료)"}),
    "tis_core_db_dr": ("database", DBA, "G", "P", ["gju-dbm-011"], [],
                       {"engine": "oracle", "product": "Oracle 19c (19.21) standby", "role": "standby", "sid": "TISD",
                        "port": 1521, "size_tb": 48, "desc": "국세통합 DB 광주 대기 DB"}),
    "singo-db": ("database", DBA, "D", "P", ["djn-dbm-021"], [],
                 {"engine": "tibero", "product": "Tibero 7 FS02", "sid": "SINGO", "port": 8629, "size_tb": 12,
                  "receipt_seq": "SEQ_SINGO_RCPT", "seq_cache": "NOCACHE", "desc": "전자신고서, 접수 내역"}),
    "einv-db": ("database", DBA, "D", "P", ["djn-dbm-031"], ["djn-pure-x70"],
                {"engine": "oracle", "product": "Oracle 19c (19.21)", "sid": "EINVP", "port": 1521, "size_tb": 96,
                 "partitioning": "월별 range", "desc": "전자세금계산서 원장"}),
    "napbu-db": ("database", DBA, "D", "P", ["djn-dbm-022"], [],
                 {"engine": "tibero", "product": "Tibero 7 FS02", "sid": "NAPBU", "port": 8629, "size_tb": 6,
                  "desc": "납부, 환급 내역"}),
    "member-db": ("database", DBA, "D", "P", ["djn-dbm-022"], [],
                  {"engine": "tibero", "product": "Tibero 7 FS02", "sid": "MEMBR", "port": 8629,
                   "members_million": 31.5, "desc": "회원, 간편인증 연결정보"}),
    "ganso-db": ("database", DBA, "D", "P", ["djn-dbm-041"], [],
                 {"engine": "postgresql", "product": "EDB Postgres Advanced Server 15", "port": 5444, "size_tb": 21,
                  "max_connections": 3000, "desc": "연말정산 간소화 자료 (의료비, 교육비, 카드 등)"}),
    "txdw-exa": ("database", DATA, "D", "P", ["djn-exa-db01", "djn-exa-db02"], [],
                 {"engine": "oracle", "product": "Oracle Exadata X9M-2 (19c)", "sid": "TXDW", "port": 1521,
                  "size_tb": 620, "desc": "세정 데이터 웨어하우스"}),
    "es-faq": ("database", AI, "D", "P", ["djn-es-001"], [],
               {"engine": "elasticsearch", "version": "8.11.3", "heap_gb": 31, "analyzer": "nori", "port": 9200,
                "docs_thousand": 860, "desc": "세법/FAQ 검색 색인"}),
    "doc-db": ("database", DOC, "D", "P", ["djn-dbm-022"], [],
               {"engine": "mariadb", "product": "MariaDB 10.6.16", "port": 3306, "desc": "증명 발급 이력"}),
    "singo-db-stg": ("database", DBA, "D", "S", ["djn-stg-vm01"], [],
                     {"engine": "tibero", "product": "Tibero 7 FS02", "sid": "SINGOS", "port": 8629}),
    # ---------------------------------------------------------------- caches, queues
    "sess-redis": ("cache", AUTH, "D", "P", ["djn-rds-001", "djn-rds-002"], [],
                   {"engine": "redis", "product": "Redis 7.2 (Sentinel)", "maxmemory_gb": 48,
                    "maxmemory_policy": "volatile-lru", "port": 6379, "desc": "로그인 세션"}),
    "einv-redis": ("cache", EINV, "D", "P", ["djn-rds-002"], [],
                   {"engine": "redis", "product": "Redis 7.0", "maxmemory_gb": 16, "port": 6380,
                    "desc": "사업자 상태, 승인번호 캐시"}),
    "calc-redis": ("cache", FILING, "D", "P", ["djn-rds-001"], [],
                   {"engine": "redis", "product": "Redis 7.2", "maxmemory_gb": 8, "port": 6381,
                    "desc": "세율, 공제 한도 테이블"}),
    "sess-redis-stg": ("cache", AUTH, "D", "S", ["djn-stg-vm02"], [],
                       {"engine": "redis", "product": "Redis 7.2", "maxmemory_gb": 4, "port": 6379}),
    "txk-kafka": ("queue", DATA, "D", "P", ["djn-kfk-001", "djn-kfk-002", "djn-kfk-003"], [],
                  {"product": "Apache Kafka 3.6.1", "brokers": 3, "topics": 88, "port": 9092,
                   "desc": "신고/납부 이벤트 스트림"}),
    "einv-mq": ("queue", EINV, "D", "P", ["djn-mq-001"], [],
                {"product": "IBM MQ 9.3.0.15", "qmgr": "QM.EINV01", "log_type": "linear", "max_depth": 5000000,
                 "port": 1414, "desc": "세금계산서 발급/전송 큐"}),
    "ibmmq-fin": ("queue", EXT, "D", "P", ["djn-mq-002"], [],
                  {"product": "IBM MQ 9.3.0.15", "qmgr": "QM.FIN01", "max_depth": 200000, "port": 1414,
                   "channels": 19, "desc": "금융결제원/은행 송수신 큐"}),
    "push-q": ("queue", MOBILE, "D", "P", [], [],
               {"product": "RabbitMQ 3.12.12", "nodes": 3, "port": 5672, "desc": "앱 알림 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "l4-djn-ext01": ("D", NET, ["nr-portal", "nr-mobile-bff", "nr-login"],
                     {"vendor": "Piolink", "model": "PAS-K 8424", "vip": "175.125.91.10",
                      "endpoint": "www.nuritax.go.kr", "cert_expiry": "2027-02-01", "cert_issuer": "GPKI (행정전자서명)"}),
    "l4-djn-int01": ("D", NET, ["officer-portal", "josa-case", "bunseok-bi"],
                     {"vendor": "Radware", "model": "Alteon 6420", "vip": "10.21.4.20", "firmware": "32.6.3"}),
    "l4-einv": ("D", NET, ["einv-asp-relay", "einv-gw"],
                {"vendor": "F5", "model": "BIG-IP i5800", "vip": "175.125.91.30", "endpoint": "einv.nuritax.go.kr",
                 "cert_expiry": "2027-08-30"}),
    "gslb-nuri": ("D", NET, ["l4-djn-ext01", "l4-gju-ext01"],
                  {"vendor": "Piolink", "model": "PLOS GSLB", "domain": "nuritax.go.kr", "mode": "active-standby"}),
    "l4-gju-ext01": ("G", NET, ["gju-was-001"],
                     {"vendor": "Piolink", "model": "PAS-K 5424", "vip": "211.53.77.10", "role": "DR standby"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "djn-pure-x70": ("D", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70 R4", "capacity_tb": 380,
                                  "purity": "6.5.2", "desc": "DB SAN 볼륨"},
                     ["djn-dbm-011", "djn-dbm-012", "djn-dbm-031"]),
    "djn-nas-doc": ("D", INFRA, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 150, "ontap": "9.13.1P6",
                                 "desc": "증명서 PDF, 신고 첨부 보관"}, ["djn-was-034"]),
    "djn-obj-evid": ("D", INFRA, {"vendor": "Red Hat", "model": "Ceph Storage 6 (RGW)", "capacity_tb": 900,
                                  "desc": "신고 첨부 증빙 파일 (S3 호환)"}, []),
    "gju-vtl-bkup": ("G", INFRA, {"vendor": "Dell", "model": "PowerProtect DD9900", "capacity_tb": 1500,
                                  "desc": "백업 (VTL, 소산)"}, ["gju-bkp-001"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 대전센터: OpenShift workers
    "djn-ocp-w01": ("D", "P", "ocp", {"zone": "A", "rack": "B2-R07", "cpu_cores": 64}),
    "djn-ocp-w02": ("D", "P", "ocp", {"zone": "A", "rack": "B2-R07", "cpu_cores": 64}),
    "djn-ocp-w03": ("D", "P", "ocp", {"zone": "B", "rack": "B2-R08", "cpu_cores": 64}),
    "djn-ocp-w04": ("D", "P", "ocp", {"zone": "B", "rack": "B2-R08", "cpu_cores": 48}),
    "djn-ocp-w05": ("D", "P", "ocp", {"zone": "C", "rack": "B2-R09", "cpu_cores": 64}),
    "djn-ocp-w06": ("D", "P", "ocp", {"zone": "C", "rack": "B2-R09", "cpu_cores": 64}),
    # 대전센터: JEUS WAS VMs, FEP, batch
    "djn-was-031": ("D", "P", "vm", {"role": "납부/증명 WAS", "rack": "B2-R11"}),
    "djn-was-032": ("D", "P", "vm", {"role": "환급/증명 WAS", "rack": "B2-R11"}),
    "djn-was-033": ("D", "P", "vm", {"role": "국세통합/세액계산 WAS", "rack": "B2-R12"}),
    "djn-was-034": ("D", "P", "vm", {"role": "업무포털/증명서식 WAS", "rack": "B2-R12"}),
    "djn-fep-001": ("D", "P", "vm", {"role": "대외계 FEP #1 (금융)", "rack": "B1-R03"}),
    "djn-fep-002": ("D", "P", "vm", {"role": "대외계 FEP #2 (기관, ASP)", "rack": "B1-R03"}),
    "djn-bat-001": ("D", "P", "vm", {"role": "배치 (Control-M agent, 매칭)", "rack": "B2-R13"}),
    "djn-bat-002": ("D", "P", "vm", {"role": "배치 (세금계산서, ETL)", "rack": "B2-R13"}),
    # 대전센터: DB machines and middleware
    "djn-dbm-011": ("D", "P", "bare", {"role": "tis_core_db RAC node 1", "model": "Oracle Server X9-2L", "rack": "B3-R01"}),
    "djn-dbm-012": ("D", "P", "bare", {"role": "tis_core_db RAC node 2", "model": "Oracle Server X9-2L", "rack": "B3-R01"}),
    "djn-dbm-021": ("D", "P", "bare", {"role": "신고 DB (Tibero)", "model": "Dell PowerEdge R760", "rack": "B3-R02"}),
    "djn-dbm-022": ("D", "P", "bare", {"role": "납부/회원/증명 DB", "model": "Dell PowerEdge R760", "rack": "B3-R02"}),
    "djn-dbm-031": ("D", "P", "bare", {"role": "전자세금계산서 DB", "model": "Oracle Server X9-2L", "rack": "B3-R03"}),
    "djn-dbm-041": ("D", "P", "bare", {"role": "간소화 자료 DB (EPAS)", "model": "Lenovo ThinkSystem SR650 V3", "rack": "B3-R03"}),
    "djn-exa-db01": ("D", "P", "bare", {"role": "Exadata DB node 1", "model": "Exadata X9M-2", "rack": "B3-R05"}),
    "djn-exa-db02": ("D", "P", "bare", {"role": "Exadata DB node 2", "model": "Exadata X9M-2", "rack": "B3-R05"}),
    "djn-kfk-001": ("D", "P", "vm", {"role": "Kafka broker 1", "rack": "B2-R14"}),
    "djn-kfk-002": ("D", "P", "vm", {"role": "Kafka broker 2", "rack": "B2-R14"}),
    "djn-kfk-003": ("D", "P", "vm", {"role": "Kafka broker 3", "rack": "B2-R15"}),
    "djn-mq-001": ("D", "P", "vm", {"role": "IBM MQ QM.EINV01", "rack": "B2-R15", "mq_log_fs": "/var/mqm/log"}),
    "djn-mq-002": ("D", "P", "vm", {"role": "IBM MQ QM.FIN01", "rack": "B1-R03"}),
    "djn-rds-001": ("D", "P", "vm", {"role": "Redis (세션 master, 세액 캐시)", "rack": "B2-R16"}),
    "djn-rds-002": ("D", "P", "vm", {"role": "Redis (세션 replica, 세금계산서 캐시)", "rack": "B2-R16"}),
    "djn-es-001": ("D", "P", "vm", {"role": "Elasticsearch (FAQ)", "rack": "B2-R16"}),
    "djn-gpu-01": ("D", "P", "bare", {"role": "GPU 추론 서버", "model": "Dell PowerEdge XE9680", "rack": "B4-R01"}),
    "djn-log-001": ("D", "P", "bare", {"role": "로그 수집 (syslog, 접속기록)", "model": "HPE ProLiant DL380 Gen11", "rack": "B2-R18"}),
    "djn-stg-vm01": ("D", "S", "vm", {"role": "스테이지 신고", "rack": "B4-R10"}),
    "djn-stg-vm02": ("D", "S", "vm", {"role": "스테이지 로그인/QA", "rack": "B4-R10"}),
    "djn-dev-vm01": ("D", "D", "vm", {"role": "개발 공용", "rack": "B4-R11"}),
    # 광주백업센터
    "gju-dbm-011": ("G", "P", "bare", {"role": "tis_core_db 대기 DB, GoldenGate", "model": "Oracle Server X9-2L", "rack": "G1-R02"}),
    "gju-was-001": ("G", "P", "vm", {"role": "DR 대기 WAS", "rack": "G1-R04"}),
    "gju-bkp-001": ("G", "P", "bare", {"role": "백업 서버 (NetBackup 10.2)", "model": "HPE ProLiant DL380 Gen11", "rack": "G1-R06"}),
    # 지방청 branch servers
    "seoul-br-fs01": ("S", "P", "vm", {"role": "서울청 파일/상담 서버", "rack": "서울청 전산실 R2"}),
    "busan-br-fs01": ("B", "P", "vm", {"role": "부산청 파일 서버", "rack": "부산청 전산실 R1"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "djn-core-sw01": ("D", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9508", "firmware": "NX-OS 10.3(4a)"}),
    "djn-fw-ext01": ("D", {"device": "firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 2000", "firmware": "4.2.1"}),
    "gju-core-sw01": ("G", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9504", "firmware": "NX-OS 10.3(4a)"}),
    "djn-gj-link": ("D", {"device": "leased line", "vendor": "KT", "model": "전용회선 10Gbps (이중화)",
                          "circuit": "KT-DJGJ-10G-0417", "desc": "대전센터 ↔ 광주백업센터"}),
    "seoul-br-rt01": ("S", {"device": "branch router", "vendor": "Cisco", "model": "ISR 4461",
                            "circuit": "국가정보통신망 SEL-0093", "desc": "서울지방국세청 ↔ 대전센터"}),
    "busan-br-rt01": ("B", {"device": "branch router", "vendor": "Cisco", "model": "ISR 4451",
                            "circuit": "국가정보통신망 PUS-0212", "desc": "부산지방국세청 ↔ 대전센터"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("djn-fw-ext01", "djn-core-sw01"),
    ("djn-gj-link", "djn-core-sw01"),
    ("djn-gj-link", "gju-core-sw01"),
    ("seoul-br-rt01", "djn-core-sw01"),
    ("busan-br-rt01", "djn-core-sw01"),
    ("seoul-br-fs01", "seoul-br-rt01"),
    ("busan-br-fs01", "busan-br-rt01"),
    ("fep-daeoe", "djn-fw-ext01"),
    ("ogg_dj2gj", "djn-gj-link"),
    ("l4-djn-ext01", "djn-fw-ext01"),
]
# fmt: on
STATUS = {"gju-bkp-001": "maintenance", "callcenter-cti": "maintenance", "nr-portal-old": "retired"}
NET_PREFIX = {"D": "10.21", "G": "10.41", "S": "10.61", "B": "10.71"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "T1",
        "kind": "storage_latency",
        "root": "djn-pure-x70",
        "description": "in the small hours of Saturday a non-disruptive firmware upgrade of the SAN djn-pure-x70"
        " fails a controller over and the array's I/O latency soars: tis_core_db's log writes stall, the"
        " overnight matching batch tis_match_bat times out (loudest), tis_core slows and the DR replication"
        " ogg_dj2gj lags, until the upgrade is rolled back to the old controller",
        "start": kst(16, 1, 40),
        "end": kst(16, 2, 35),
        "affected": ["djn-pure-x70", "tis_core_db", "tis_match_bat", "tis_core", "ogg_dj2gj"],
    },
    {
        "id": "T2",
        "kind": "db_cpu_saturation",
        "root": "ganso-db",
        "description": "at the 08:00 opening of the 연말정산 간소화 service on Monday, ganso-db's CPU saturates on a"
        " full scan of the medical-expense table (the new 의료비 query of yeonmal-svc, deployed at 07:20, lacks"
        " its index): yeonmal-svc times out (loudest), prefill-svc follows, nr-portal and nr-mobile-bff show"
        " errors, until the index is built online and the query plan pinned",
        "start": kst(18, 8, 5),
        "end": kst(18, 9, 0),
        "affected": ["ganso-db", "yeonmal-svc", "prefill-svc", "nr-portal", "nr-mobile-bff"],
    },
    {
        "id": "T3",
        "kind": "queue_full",
        "root": "ibmmq-fin",
        "description": "on Tuesday morning, in the 09:00 refund payout run, the sender channel of ibmmq-fin to the"
        " interbank network stays in RETRYING and its transmission queue reaches MAXDEPTH (MQRC 2053): bank-link"
        " cannot put transfer requests (loudest), hwangeup's payouts and napbu-gw's account transfers fail,"
        " until the channel is reset and the backlog drained",
        "start": kst(19, 9, 10),
        "end": kst(19, 10, 5),
        "affected": ["ibmmq-fin", "bank-link", "hwangeup", "napbu-gw"],
    },
    {
        "id": "T4",
        "kind": "cache_memory_full",
        "root": "sess-redis",
        "description": "at Wednesday lunch sess-redis reaches maxmemory: sessions created with the longer TTL"
        " pile up and volatile-lru evicts live sessions; nr-login fails (loudest, redeployed at 11:40 with the"
        " longer TTL), taxpayers are logged out of nr-portal and nr-mobile-bff, sema-bot loses context, until"
        " maxmemory is raised and the TTL reverted",
        "start": kst(20, 12, 10),
        "end": kst(20, 13, 5),
        "affected": ["sess-redis", "nr-login", "nr-portal", "nr-mobile-bff", "sema-bot"],
    },
    {
        "id": "T5",
        "kind": "disk_full",
        "root": "djn-mq-001",
        "description": "in the night to Friday the MQ log filesystem /var/mqm/log of djn-mq-001 fills (the queue"
        " manager's log type was switched from circular to linear on Thursday, and nothing archives the"
        " extents): einv-mq stops, the bulk invoice batch einv_bulk_bat abends (loudest), einv-gw and"
        " einv-asp-relay fail, until old log extents are archived and the queue manager restarted",
        "start": kst(22, 1, 5),
        "end": kst(22, 2, 0),
        "affected": ["djn-mq-001", "einv-mq", "einv_bulk_bat", "einv-gw", "einv-asp-relay"],
    },
    {
        "id": "T6",
        "kind": "jvm_gc_pause",
        "root": "es-faq",
        "description": "on Saturday afternoon es-faq's heap fills (fielddata on a text field used by the new"
        " aggregation) and long GC pauses stall every search: faq-search times out (loudest, its synonym"
        " dictionary deployed at 13:30), sema-bot answers slowly, nr-portal's search box fails, until"
        " the fielddata cache is cleared and the node restarted",
        "start": kst(23, 14, 0),
        "end": kst(23, 14, 55),
        "affected": ["es-faq", "faq-search", "sema-bot", "nr-portal"],
    },
    {
        "id": "T7",
        "kind": "sequence_contention",
        "root": "singo-db",
        "description": "on the evening of the 부가세 deadline, singo-db's receipt-number sequence SEQ_SINGO_RCPT"
        " (recreated NOCACHE on Friday) becomes a hot block: every filing waits on it, singo-hub times out"
        " (loudest), vat-singo (a hotfix deployed at 20:30) fails submissions, nr-portal and nr-mobile-bff"
        " follow (ongoing)",
        "start": kst(25, 21, 15),
        "end": None,
        "affected": ["singo-db", "singo-hub", "vat-singo", "nr-portal", "nr-mobile-bff"],
    },
]
T1, T2, T3, T4, T5, T6, T7 = INCIDENTS
GANSO_OPEN = kst(18, 8, 0)  # 연말정산 간소화 서비스 개통
DEADLINE = kst(25, 0, 0)  # 부가세 확정신고 마감일


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
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 60, 'D': 80}[env]) + i // 10}.{21 + (i * 37) % 200}"
        }
        if kind == "ocp":
            attrs |= {"os": "RHCOS 4.14", "platform": "OpenShift 4.14", "mem_gb": 512,
                      "asset_no": f"NT-{rng.randrange(10**6):06d}"}  # fmt: skip
        elif kind == "vm":
            attrs |= {"os": rng.choice(["RHEL 8.8", "RHEL 8.8", "Rocky Linux 8.9"]), "vcpu": rng.choice([8, 16, 32]),
                      "mem_gb": rng.choice([32, 64, 128]), "hypervisor": "VMware vSphere 7.0U3"}  # fmt: skip
            if extra["role"].startswith(("대외계", "IBM MQ QM.FIN")):
                owner = EXT
        else:  # bare metal
            attrs |= {"os": rng.choice(["Oracle Linux 8.8", "RHEL 8.8", "RHEL 9.2"]),
                      "cores": rng.choice([48, 64, 96]), "mem_gb": rng.choice([512, 768, 1024]),
                      "serial": f"{rng.choice(['2M2', 'CZ2', 'AK0'])}{rng.randint(100000, 999999)}",
                      "asset_no": f"NT-{rng.randrange(10**6):06d}"}  # fmt: skip
            if "DB" in extra["role"] or "RAC" in extra["role"] or "Exadata" in extra["role"]:
                owner = DBA
        if h.startswith(("seoul-br", "busan-br")):
            owner = NET
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _season(ts: datetime) -> float:
    """The 부가세 deadline draws nearer: taxpayer traffic grows through the window; the last day is the busiest."""
    p = max(0.0, min(1.0, (ts - START).total_seconds() / (DEADLINE - START).total_seconds()))
    return 0.7 + 0.3 * p


def _taxpayer(ts: datetime) -> float:
    """Taxpayers and tax agents: office hours (10:30 and 15:00 humps), a smaller evening, quiet nights; weekends
    half; the deadline day busier all day with the last-evening rush (21–24)."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.06 + 0.3 * (1 if 9 <= h < 18 else 0) + 0.18 * _bump(h, 10.5, 1.2) + 0.15 * _bump(h, 15.0, 1.5)
    v += 0.14 * _bump(h, 21.0, 1.6)
    if loc.weekday() >= 5:
        v *= 0.5
    v *= _season(ts)
    if ts >= DEADLINE:
        v += 0.1 + 0.25 * (_bump(h, 22.5, 1.4) if h >= 17 else 0)
    return max(0.04, min(1.0, v))


def _yeonmal(ts: datetime) -> float:
    """연말정산 간소화: closed (pre-open checks only) until Monday 08:00, the opening rush, then office hours."""
    if ts < GANSO_OPEN:
        return 0.04
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.08 + 0.4 * (1 if 9 <= h < 18 and loc.weekday() < 5 else 0) + 0.1 * _bump(h, 21, 1.5)
    hrs = (ts - GANSO_OPEN).total_seconds() / 3600
    v += 0.45 * math.exp(-hrs / 3.0)
    if loc.weekday() >= 5:
        v *= 0.6
    return max(0.04, min(1.0, v))


def _einv(ts: datetime) -> float:
    """Tax invoices: businesses' office hours and the nightly bulk run (01:00–02:00)."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.08 + (0.45 if loc.weekday() < 5 and 9 <= h < 18 else 0) + 0.12 * _bump(h, 11, 1.5)
    if 1 <= h < 2:
        v += 0.6
    return max(0.05, min(1.0, v))


def _bank(ts: datetime) -> float:
    """Payments and refunds: the taxpayers' curve, plus the 09:00 refund payout run on weekdays."""
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.85 * _taxpayer(ts)
    if loc.weekday() < 5 and 9 <= h < 10:
        v += 0.3
    return max(0.05, min(1.0, v))


def _officer(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.08 + 0.04 * _bump(h, 14, 3)
    return 0.1 + 0.6 * (1 if 9 <= h < 18 else 0) + 0.1 * _bump(h, 10, 1.2)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 0.5 <= h < 3.2 else 0.25 * _officer(ts) + 0.08


def _etl(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.85 if 4 <= h < 5.5 else 0.2 * _officer(ts) + 0.1


def _steady(ts: datetime) -> float:
    return 0.5


TAXPAYER_SIDE = {
    "nr-portal", "nr-mobile-bff", "nr-login", "ganpyeon-gw", "cert-verify", "nr-notice", "nr-push", "singo-hub",
    "jongso-singo", "vat-singo", "wonchun-singo", "bubin-singo", "prefill-svc", "jupan-calc", "einv-query",
    "jeungmyeong", "docgen-ozr", "jinwi-check", "sema-bot", "sema-llm", "faq-search", "singo-db", "member-db",
    "doc-db", "es-faq", "sess-redis", "calc-redis", "txk-kafka", "push-q", "l4-djn-ext01", "gslb-nuri",
    "djn-obj-evid", "djn-nas-doc", "djn-ocp-w01", "djn-ocp-w02", "djn-ocp-w03", "djn-ocp-w04", "djn-ocp-w05",
    "djn-ocp-w06", "djn-was-034", "djn-dbm-021", "djn-kfk-001", "djn-kfk-002", "djn-kfk-003", "djn-rds-001",
    "djn-es-001", "djn-gpu-01", "djn-fw-ext01", "djn-core-sw01", "risk-score", "djn-log-001",
}  # fmt: skip
YEONMAL_SIDE = {"yeonmal-svc", "ganso-db", "djn-dbm-041"}
EINV_SIDE = {"einv-gw", "einv-asp-relay", "einv_bulk_bat", "einv-mq", "einv-db", "einv-redis", "l4-einv",
             "djn-mq-001", "djn-dbm-031", "djn-fep-002", "djn-bat-002", "djn-rds-002"}  # fmt: skip
BANK_SIDE = {"napbu-gw", "hwangeup", "bank-link", "card-link", "fep-daeoe", "ibmmq-fin", "napbu-db",
             "djn-was-031", "djn-was-032", "djn-fep-001", "djn-mq-002", "gigwan-link", "djn-dbm-022"}  # fmt: skip
OFFICE = {"officer-portal", "josa-case", "tis_core", "bunseok-bi", "callcenter-cti", "l4-djn-int01",
          "djn-was-033", "seoul-br-rt01", "busan-br-rt01", "seoul-br-fs01", "busan-br-fs01", "jikimi-mon"}  # fmt: skip
BATCH = {"tis_match_bat", "tis_core_db", "djn-bat-001", "djn-dbm-011", "djn-dbm-012", "djn-pure-x70",
         "ogg_dj2gj", "tis_core_db_dr", "gju-dbm-011", "djn-gj-link", "gju-core-sw01"}  # fmt: skip
ETL = {"txdw-etl", "txdw-exa", "djn-exa-db01", "djn-exa-db02"}


def _load(name: str):
    for group, shape in (
        (TAXPAYER_SIDE, _taxpayer),
        (YEONMAL_SIDE, _yeonmal),
        (EINV_SIDE, _einv),
        (BANK_SIDE, _bank),
        (OFFICE, _officer),
        (BATCH, _batch),
        (ETL, _etl),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "T1": {0: (30.0, 0.0), 1: (9.0, 4.0), 2: (3.0, 6.0)},
    "T2": {0: (8.0, 4.5), 1: (4.0, 12.0), 2: (1.8, 5.5)},
    "T3": {0: (6.0, 7.0), 1: (4.0, 14.0), 2: (2.2, 9.0)},
    "T4": {0: (3.0, 6.0), 1: (2.0, 9.0), 2: (1.6, 5.0)},
    "T5": {0: (1.0, 0.0), 1: (5.0, 9.0), 2: (2.5, 11.0), 3: (1.8, 7.0)},
    "T6": {0: (12.0, 5.0), 1: (6.0, 10.0), 2: (1.7, 4.5)},
    "T7": {0: (9.0, 7.0), 1: (5.0, 18.0), 2: (2.4, 11.0), 3: (1.7, 6.0)},
}
EFFECT_OVERRIDE = {
    ("T1", "tis_match_bat"): (3.5, 36.0),
    ("T1", "ogg_dj2gj"): (2.0, 3.0),
    ("T2", "yeonmal-svc"): (5.0, 31.0),
    ("T3", "bank-link"): (4.5, 34.0),
    ("T4", "nr-login"): (3.0, 28.0),
    ("T4", "nr-portal"): (1.6, 7.0),
    ("T5", "einv_bulk_bat"): (2.5, 41.0),
    ("T6", "faq-search"): (7.0, 30.0),
    ("T7", "singo-hub"): (5.5, 32.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "djn-dbm-011", "djn-dbm-012", "djn-dbm-021", "djn-dbm-022", "djn-dbm-031", "djn-dbm-041", "djn-exa-db01",
    "djn-exa-db02", "djn-kfk-001", "djn-kfk-002", "djn-kfk-003", "djn-mq-001", "djn-mq-002", "djn-es-001",
    "djn-log-001", "djn-bat-001", "djn-bat-002", "gju-dbm-011", "gju-bkp-001", "seoul-br-fs01", "busan-br-fs01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
MQ_LOG_CHANGE = kst(21, 10, 30)  # QM.EINV01 log type circular → linear


def _mq_disk(ts: datetime, base: float) -> float:
    """djn-mq-001 /var/mqm/log: linear log extents pile up from Thursday's change until full at T5, then archived."""
    if ts < MQ_LOG_CHANGE:
        return base
    if ts < T5["start"]:
        p = (ts - MQ_LOG_CHANGE).total_seconds() / (T5["start"] - MQ_LOG_CHANGE).total_seconds()
        return base + (99.0 - base) * p**1.8
    if ts < T5["end"]:
        return 99.6
    return max(base - 6.0, 99.6 - 45 * (ts - T5["end"]).total_seconds() / 1800)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "djn-log-001":  # access logs kept 2 years: the disk creeps up
        disk0, growth = 63.0, 1.45
    if name == "djn-mq-001":
        disk0, growth = 38.0, 0.0
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "djn-mq-001":
            disk = _mq_disk(ts, disk) + rng.gauss(0, 0.1)
        if name == "djn-dbm-041":  # ganso-db's full scans
            cpu += 50 * ramp(ts, T2["start"], T2["end"], rise=10)
        if name == "djn-dbm-021":  # singo-db's hot block: sessions spin on the sequence latch
            cpu += 38 * ramp(ts, T7["start"], T7["end"], rise=15)
        if name in ("djn-rds-001",):  # sess-redis master at maxmemory
            mem += (94.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, T4["start"], T4["end"], rise=10, fall=10)
        if name == "djn-es-001":  # the JVM heap
            mem += (96.0 + rng.gauss(0, 0.4) - mem) * ramp(ts, T6["start"], T6["end"], rise=5, fall=10)
        if name == "gju-bkp-001":  # in maintenance: idle
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        if name == "djn-bat-001":  # the matching batch
            cpu += 30 * (1 if 0.5 <= seoul_hour(ts) < 3.2 else 0)
        if name == "djn-bat-002":  # the bulk invoice batch and the ETL
            h = seoul_hour(ts)
            cpu += 22 * (1 if 1 <= h < 2 else 0) + 18 * (1 if 4 <= h < 5.5 else 0)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"djn-gj-link": 4.6, "seoul-br-rt01": 3.1, "busan-br-rt01": 5.2}.get(name, rng.uniform(0.2, 0.9))
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
    used = {"djn-pure-x70": (68, 69), "djn-nas-doc": (57, 58), "gju-vtl-bkup": (71, 73)}.get(name, (35, 55))
    fill = storage_fill(rng, name, times, START, used, 0.05)
    lat0 = {"djn-pure-x70": 0.42, "djn-obj-evid": 9.5}.get(name, rng.uniform(0.9, 2.5))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "djn-pure-x70":  # the controller failover
            lat *= 1 + 60 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10) * (1 + rng.gauss(0, 0.08))
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "nr-portal": 210.0, "nr-mobile-bff": 150.0, "nr-login": 95.0, "ganpyeon-gw": 380.0, "cert-verify": 45.0,
    "nr-notice": 30.0, "nr-push": 60.0, "singo-hub": 120.0, "jongso-singo": 260.0, "vat-singo": 240.0,
    "wonchun-singo": 220.0, "bubin-singo": 310.0, "yeonmal-svc": 280.0, "prefill-svc": 170.0, "jupan-calc": 85.0,
    "einv-gw": 140.0, "einv-asp-relay": 230.0, "einv-query": 190.0, "einv_bulk_bat": 520.0, "napbu-gw": 330.0,
    "hwangeup": 410.0, "bank-link": 180.0, "card-link": 260.0, "fep-daeoe": 35.0, "gigwan-link": 450.0,
    "jeungmyeong": 350.0, "docgen-ozr": 620.0, "jinwi-check": 75.0, "sema-bot": 720.0, "sema-llm": 610.0,
    "faq-search": 55.0, "callcenter-cti": 140.0, "tis_core": 160.0, "josa-case": 290.0, "officer-portal": 240.0,
    "tis_match_bat": 640.0, "ogg_dj2gj": 900.0, "txdw-etl": 710.0, "bunseok-bi": 880.0, "risk-score": 95.0,
    "jikimi-mon": 120.0,
    "tis_core_db": 4.2, "tis_core_db_dr": 3.0, "singo-db": 3.6, "einv-db": 5.1, "napbu-db": 2.8, "member-db": 2.2,
    "ganso-db": 6.5, "txdw-exa": 48.0, "es-faq": 14.0, "doc-db": 1.9,
    "sess-redis": 0.35, "einv-redis": 0.4, "calc-redis": 0.3, "txk-kafka": 6.0, "einv-mq": 3.2, "ibmmq-fin": 2.7,
    "push-q": 4.4,
    "l4-djn-ext01": 1.4, "l4-djn-int01": 0.9, "l4-einv": 1.1, "gslb-nuri": 0.6, "l4-gju-ext01": 0.7,
}  # fmt: skip
REQUEST_RATE = {
    "nr-portal": 5200.0, "nr-mobile-bff": 3900.0, "nr-login": 1450.0, "ganpyeon-gw": 620.0, "cert-verify": 540.0,
    "singo-hub": 820.0, "jongso-singo": 90.0, "vat-singo": 640.0, "wonchun-singo": 70.0, "bubin-singo": 25.0,
    "yeonmal-svc": 2600.0, "prefill-svc": 980.0, "jupan-calc": 1700.0, "einv-gw": 2300.0, "einv-asp-relay": 900.0,
    "einv-query": 1250.0, "einv_bulk_bat": 650.0, "napbu-gw": 310.0, "hwangeup": 120.0, "bank-link": 460.0,
    "card-link": 150.0, "fep-daeoe": 1900.0, "jeungmyeong": 720.0, "docgen-ozr": 700.0, "sema-bot": 85.0,
    "faq-search": 430.0, "officer-portal": 380.0, "tis_core": 2100.0, "singo-db": 9800.0, "ganso-db": 7400.0,
    "tis_core_db": 15500.0, "einv-db": 8800.0, "es-faq": 520.0, "sess-redis": 26000.0, "txk-kafka": 12000.0,
    "einv-mq": 3100.0, "ibmmq-fin": 640.0, "l4-djn-ext01": 9800.0, "gslb-nuri": 1200.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and the search cluster with a memory gauge: (level, swing with load)
    "sess-redis": (52.0, 14.0), "einv-redis": (44.0, 6.0), "calc-redis": (31.0, 2.0), "es-faq": (61.0, 5.0),
    "txk-kafka": (48.0, 6.0), "push-q": (27.0, 8.0),
}  # fmt: skip
DB_CPU = {"singo-db": 22.0, "ganso-db": 18.0, "tis_core_db": 28.0, "einv-db": 24.0, "napbu-db": 15.0}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0 = DB_CPU.get(name, 0.0)
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is T3 and name in ("ibmmq-fin", "bank-link"):
                req *= 1 - 0.65 * r  # puts rejected, transfers stuck
            if inc is T5 and name in ("einv-mq", "einv_bulk_bat"):
                req *= 1 - 0.85 * r
            if inc is T7 and name == "singo-hub":
                req *= 1 + 0.35 * r  # taxpayers press 제출 again
            if inc is T1 and name == "tis_match_bat":
                req *= 1 - 0.7 * r
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "sess-redis":
                mem += (99.3 + rng.gauss(0, 0.2) - mem) * ramp(ts, T4["start"], T4["end"], rise=5, fall=10)
            if name == "es-faq":
                mem += (97.6 + rng.gauss(0, 0.3) - mem) * ramp(ts, T6["start"], T6["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if cpu0:
            cpu = cpu0 + 40 * d + rng.gauss(0, 1.2)
            if name == "ganso-db":
                cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, T2["start"], T2["end"], rise=5, fall=10)
            if name == "singo-db":
                cpu += (95.5 + rng.gauss(0, 0.8) - cpu) * ramp(ts, T7["start"], T7["end"], rise=10)
            if name == "tis_core_db":  # waiting on I/O, not burning CPU
                cpu *= 1 - 0.4 * ramp(ts, T1["start"], T1["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The overnight batches, the ETL, the weekday refund payout and the external L4 certificate warning."""
    rows = []
    for d in range(15, 26):
        rows.append(
            (d, 0, 30, "tis_match_bat", "info", "batch_job", "과세자료 매칭 배치 시작 (JOB_TXMATCH_D)")
        )
        if d != 16:
            rows.append((d, 3, 5, "tis_match_bat", "info", "batch_job", "과세자료 매칭 배치 정상 종료"))
        rows.append(
            (d, 1, 0, "einv_bulk_bat", "info", "batch_job", "전자세금계산서 대량분 처리 시작 (EINV_BULK_D)")
        )
        if d != 22:
            rows.append((d, 1, 52, "einv_bulk_bat", "info", "batch_job", "전자세금계산서 대량분 처리 완료"))
        rows.append((d, 4, 0, "txdw-etl", "info", "batch_job", "DW daily load started (JOB_TXDW_LOAD)"))
        rows.append((d, 5, 35, "txdw-etl", "info", "batch_job", "DW daily load finished"))
        if datetime(2027, 1, d).weekday() < 5:
            rows.append((d, 9, 0, "hwangeup", "info", "payout", "환급금 지급 의뢰 시작 (금융결제원 전송)"))
        left = (datetime(2027, 2, 1) - datetime(2027, 1, d)).days
        rows.append(
            (d, 9, 0, "l4-djn-ext01", "warning", "cert_expiry",
             f"SSL certificate www.nuritax.go.kr expires in {left} days (2027-02-01), GPKI 갱신 신청 필요")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (15, 23, 10, "djn-pure-x70", "info", "maintenance", "Purity//FA 6.5.1 → 6.5.2 무중단 업그레이드 작업 공지 (1/16 01:30~03:00)"),
    (16, 10, 0, "djn-log-001", "warning", "threshold_breach", "disk_usage above 65% on /data/syslog"),
    (17, 14, 0, "gju-bkp-001", "info", "maintenance", "gju-bkp-001 디스크 교체 및 NetBackup 10.2 업그레이드 (백업 작업 광주 → 대전 임시 이관)"),
    (17, 22, 0, "yeonmal-svc-dev", "info", "deployment", "yeonmal-svc-dev 2027.02.0-SNAPSHOT 배포"),
    (18, 6, 30, "yeonmal-svc", "info", "event", "연말정산 간소화 서비스 개통 준비 (08:00 오픈)"),
    (18, 7, 20, "yeonmal-svc", "info", "deployment", "yeonmal-svc 2027.01.0 배포 (의료비 세부내역 조회 추가)"),
    (18, 8, 0, "yeonmal-svc", "info", "event", "연말정산 간소화 서비스 개통"),
    (18, 15, 0, "nr-mobile-bff", "info", "deployment", "nr-mobile-bff 5.12.0 배포 (간소화 자료 PDF 저장)"),
    (19, 8, 45, "bank-link", "info", "deployment", "bank-link 2.11.4 배포 (환급 이체 전문 필드 추가)"),
    (19, 13, 0, "callcenter-cti", "info", "maintenance", "126 상담센터 CTI 교체 작업 (1/19~1/29), 상담이력 조회 제한"),
    (19, 14, 0, "singo-hub-stg", "info", "deployment", "singo-hub-stg 4.7.0-rc2 배포"),
    (19, 10, 10, "djn-log-001", "warning", "threshold_breach", "disk_usage above 70% on /data/syslog"),
    (20, 11, 40, "nr-login", "info", "deployment", "nr-login 3.8.1 배포 (세션 유지시간 30분 → 60분)"),
    (20, 16, 0, "jupan-calc-qa", "info", "deployment", "jupan-calc-qa 9.2.0-beta1 배포 (2027 귀속 세법)"),
    (21, 6, 0, "jeungmyeong", "info", "deployment", "jeungmyeong 3.5.0 배포 (납세증명 영문 서식)"),
    (21, 10, 30, "djn-mq-001", "info", "config_change", "QM.EINV01 로그 방식 circular → linear 변경 (미디어 복구 대비)"),
    (21, 18, 0, "einv-gw", "info", "deployment", "einv-gw 3.2.7 deployed (ASP batch ack timeout 30s → 60s)"),
    (21, 21, 40, "djn-mq-001", "warning", "disk", "/var/mqm/log usage 75%"),
    (22, 0, 35, "djn-mq-001", "warning", "disk", "/var/mqm/log usage 90%"),
    (22, 15, 0, "singo-db", "info", "config_change", "SEQ_SINGO_RCPT 재생성 CACHE 1000 → NOCACHE (접수번호 결번 민원 대응)"),
    (22, 16, 30, "djn-log-001", "warning", "threshold_breach", "disk_usage above 75% on /data/syslog"),
    (23, 13, 30, "faq-search", "info", "deployment", "faq-search 1.8.2 배포 (부가세 유의어 사전 갱신)"),
    (24, 10, 0, "nr-notice", "info", "config_change", "부가세 확정신고 마감 안내 배너 게시"),
    (24, 20, 0, "vat-singo-stg", "info", "deployment", "vat-singo-stg 2027.1.4-rc1 배포"),
    (25, 9, 0, "nr-push", "info", "event", "부가세 신고 마감 안내 푸시 발송 (대상 약 2,100,000명)"),
    (25, 20, 30, "vat-singo", "info", "deployment", "vat-singo 2027.1.3 핫픽스 배포 (간이과세자 검증 규칙 수정)"),
    # T1 (Saturday small hours, SAN firmware upgrade)
    (16, 1, 30, "djn-pure-x70", "info", "maintenance", "Purity//FA 6.5.2 NDU 시작 (CT1 업그레이드)"),
    (16, 1, 41, "djn-pure-x70", "critical", "failover", "controller CT0 failover to CT1, host I/O latency 28 ms"),
    (16, 1, 44, "tis_core_db", "major", "io_wait", "log file sync 평균 310ms, LGWR 지연 (ASM diskgroup DATA)"),
    (16, 1, 50, "tis_match_bat", "critical", "batch_job", "JOB_TXMATCH_D step MATCH_INCOME ABEND (ORA-03113 / timeout)"),
    (16, 1, 52, "tis_core", "warning", "error", "과세자료 조회 지연 (응답 5초 초과)"),
    (16, 1, 55, "ogg_dj2gj", "warning", "lag", "GoldenGate replicat lag 420s (SLA 30s)"),
    (16, 2, 30, "djn-pure-x70", "info", "config_change", "NDU 롤백, CT0 primary 복귀"),
    (16, 2, 50, "tis_match_bat", "info", "batch_job", "JOB_TXMATCH_D 재실행 (MATCH_INCOME 부터)"),
    (16, 4, 40, "tis_match_bat", "info", "batch_job", "과세자료 매칭 배치 종료 (지연)"),
    # T2 (Monday 08:00, 간소화 opening)
    (18, 8, 6, "ganso-db", "warning", "cpu", "DB CPU 88%, active sessions 1,900"),
    (18, 8, 9, "ganso-db", "critical", "slow_query", "seq scan on medical_expense_detail (4.1억 rows), avg 11.8s"),
    (18, 8, 12, "yeonmal-svc", "critical", "error", "간소화 자료 조회 실패 31% (DB timeout)"),
    (18, 8, 15, "prefill-svc", "major", "error", "미리채움 자료 조회 지연"),
    (18, 8, 18, "nr-portal", "warning", "error", "연말정산 메뉴 5xx 증가, 대기열 적용 검토"),
    (18, 8, 52, "ganso-db", "info", "config_change", "idx_med_exp_rrn_year 온라인 인덱스 생성, plan 고정"),
    (18, 9, 5, "yeonmal-svc", "info", "recovery", "간소화 자료 조회 정상화"),
    # T3 (Tuesday 09:00 refund payout)
    (19, 9, 11, "ibmmq-fin", "warning", "channel", "channel TO.KFTC.01 status RETRYING"),
    (19, 9, 16, "ibmmq-fin", "critical", "queue_full", "MQRC_Q_FULL (2053) on XMITQ.KFTC, depth 200000/200000"),
    (19, 9, 18, "bank-link", "critical", "error", "환급 이체 전문 송신 실패 34% (MQPUT 2053)"),
    (19, 9, 22, "hwangeup", "major", "error", "환급금 지급 의뢰 지연, 이체 결과 미수신"),
    (19, 9, 25, "napbu-gw", "major", "error", "계좌이체 납부 승인 지연"),
    (19, 9, 58, "ibmmq-fin", "info", "config_change", "channel TO.KFTC.01 RESET, XMITQ backlog 처리"),
    (19, 10, 10, "bank-link", "info", "recovery", "은행 연계 정상"),
    # T4 (Wednesday lunch)
    (20, 12, 11, "sess-redis", "warning", "memory", "used_memory 47.6GB / maxmemory 48GB"),
    (20, 12, 14, "sess-redis", "critical", "eviction", "evicted_keys 1,240,000 (volatile-lru), OOM command not allowed"),
    (20, 12, 16, "nr-login", "critical", "error", "세션 조회 실패로 로그인 풀림 28%"),
    (20, 12, 19, "nr-portal", "major", "error", "로그인 세션 만료 오류 급증"),
    (20, 12, 21, "nr-mobile-bff", "major", "error", "앱 재로그인 요구 급증"),
    (20, 12, 25, "sema-bot", "warning", "error", "상담 세션 유실"),
    (20, 12, 58, "sess-redis", "info", "config_change", "maxmemory 48GB → 64GB, nr-login 세션 TTL 30분 원복"),
    (20, 13, 10, "nr-login", "info", "recovery", "로그인 정상"),
    # T5 (night to Friday, MQ log full)
    (22, 1, 6, "djn-mq-001", "critical", "disk", "/var/mqm/log 100% full (No space left on device)"),
    (22, 1, 8, "einv-mq", "critical", "mq", "AMQ7463E log for queue manager QM.EINV01 is full, queue manager ending"),
    (22, 1, 12, "einv_bulk_bat", "critical", "batch_job", "EINV_BULK_D ABEND (MQRC_Q_MGR_NOT_AVAILABLE 2059)"),
    (22, 1, 15, "einv-gw", "major", "error", "세금계산서 발급 요청 큐 적재 실패"),
    (22, 1, 20, "einv-asp-relay", "major", "error", "ASP 전송분 수신 거부 (backend unavailable)"),
    (22, 1, 55, "djn-mq-001", "info", "config_change", "비활성 로그 익스텐트 아카이브 후 삭제, QM.EINV01 재기동"),
    (22, 2, 20, "einv_bulk_bat", "info", "batch_job", "EINV_BULK_D 재실행"),
    (22, 3, 30, "einv_bulk_bat", "info", "batch_job", "전자세금계산서 대량분 처리 완료 (지연)"),
    # T6 (Saturday afternoon, es-faq GC)
    (23, 14, 1, "es-faq", "warning", "gc", "JVM heap 92%, old GC 8.4s"),
    (23, 14, 4, "es-faq", "critical", "gc", "circuit_breaking_exception [fielddata] data too large, node not responding"),
    (23, 14, 7, "faq-search", "critical", "error", "검색 타임아웃 30% (ES read timeout)"),
    (23, 14, 12, "sema-bot", "major", "error", "FAQ 근거 검색 실패, 응답 지연"),
    (23, 14, 15, "nr-portal", "warning", "error", "통합검색 오류"),
    (23, 14, 48, "es-faq", "info", "config_change", "fielddata cache clear, 노드 재시작, 집계 필드 keyword 로 변경"),
    (23, 15, 0, "faq-search", "info", "recovery", "검색 정상"),
    # T7 (Monday deadline evening, ongoing)
    (25, 21, 16, "singo-db", "warning", "wait_event", "buffer busy waits / enq: SQ - contention 급증"),
    (25, 21, 19, "singo-db", "critical", "wait_event", "SEQ_SINGO_RCPT hot block, active sessions 2,300"),
    (25, 21, 22, "singo-hub", "critical", "error", "신고서 접수번호 발급 타임아웃 32%"),
    (25, 21, 27, "vat-singo", "major", "error", "부가세 신고서 제출 실패 증가"),
    (25, 21, 30, "nr-portal", "warning", "error", "신고서 제출 화면 오류 문의 급증"),
    (25, 21, 33, "nr-mobile-bff", "warning", "error", "앱 신고 제출 실패"),
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
    generate(NAME, "tax-efile-service", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
