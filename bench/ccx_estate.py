"""Generate the contact-centre BPO estate (tests/fixtures/contact-center/, interchange format) and its faults.

A Korean outsourced contact-centre operator (다온씨엑스 DaonCX — 콜센터 아웃소싱, about 1 400 seats) running the
centres of four clients: 한결은행 (bank, `HGB_*`), 누리카드 (card, `NURI_*`), 스카이모바일 (MVNO telco, `SKYM_*`) and
모아몰 (online shop, `MOA_*`). The voice path: carrier SIP trunks (`siptrunk-kt`, `siptrunk-lgu`) into the session
border controller cluster `sbc-core` (appliances `SBC-MD-A`/`SBC-MD-B`, a cold standby `SBC-SJ-A` at the DR site),
the IP-PBX `pbx-core`, the IVR/ARS platform `ars-gw` with TTS `tts-engine`, the bank's ARS identity check
`hgb-ars-auth`, the PCI DSS card-payment IVR `ars-pci` with the HSM-backed `tokenvault` on Oracle `ora-pci`, the
cloud voicebot `vbot-engine` behind `ncp-lb-vbot`; CTI `cti-core` and skills routing `acd-route` on Redis
`redis-agentstate` and PostgreSQL `pg-cti`; the agent desktop `agent-desk` (softphone bar + client CRM tabs) used
from VDI (`vdi-broker` and the centre clusters `gr-vdi-esx01` 구로, `dj-vdi-esx01` 대전, `gj-vdi-esx0x` 광주); the
outbound dialer `dialer-ob`; call recording `rec-capture` / `rec-player` on the NetApp `nas-rec` (SnapMirror to
`nas-rec-dr`) and MS-SQL `ms-rec`; real-time and post-call STT (`stt-rt`, `stt-batch`) on GPU servers over Kafka
`kafka-voice`; QA analytics `qa-insight` and real-time agent assist `agent-assist`; the knowledge base `kb-search` on
Elasticsearch `es-cx`; the LLM gateway `llm-gw` to the cloud model API `clova-x-api`; the chatbot `chatbot-core`,
KakaoTalk 상담톡/알림톡 gateway `kakao-bizgw`, SMS `sms-agent` and the notification hub `notif-hub` on RabbitMQ
`rmq-msg` and MySQL `my-msg`; per-client CRM / ticketing (`HGB_CRM` on Oracle RAC `ora-hgb` with its Data Guard
standby `ora-hgb-dr`, `NURI_CRM` on `ora-nuri`, `SKYM_CRM` on `pg-skym`, `MOA_TICKET` on `pg-moa`); WFM
(`wfm-sched`, the nightly `wfm-forecast`, MS-SQL `ms-wfm`); client reporting `rpt-portal` and the nightly
`dw-loader` into ClickHouse `dw-cx`. Sites 목동IDC (primary DC), 구로센터, 대전센터, 광주센터 (agent floors),
세종DR센터 and NCP 수도권 (cloud); environments prod, stg, dev; owners are teams.

Naming (unlike the earlier estates): platform services in short kebab role codes (`ars-gw`, `cti-core`,
`acd-route`, `stt-rt`), client systems in upper snake case by client code (`HGB_CRM`, `SKYM_CRM`, `MOA_TICKET`),
Linux VMs by DC and role (`mdlx-ivr01`, md = 목동, lx = Linux), DB hosts `mddb-*`, Windows servers in upper-case
NetBIOS style (`MDWCTI01`, `MDWREC01`, `MDDBMS01`, `GRVCS01`), appliances upper case (`SBC-MD-A`), centre VDI
hosts by centre (`gr-vdi-esx01`), NCP Kubernetes workers (`nks-cx-w1a`), and network links by what they carry
(`siptrunk-kt`, `wan-dj`, `ncp-cloudconnect`).

Seven injected incidents (times KST; now = Monday 2028-03-13 11:10, the Monday-morning inbound peak; the window
is the 10 days before; inbound voice 09:00–18:00 on weekdays with a 10:00 peak, a lunch dip and a 14:00 peak,
Mondays heaviest, a short Saturday morning, Sundays almost only the 24 h card-loss and telco lines; outbound
campaigns 10–12 and 13:30–17:30 on weekdays; chat and KakaoTalk into the evening; agents log on in a storm at
08:50; post-call STT from 19:00, the DW load at 02:00, recording SnapMirror at 01:00, the WFM forecast at 04:30;
the 10th is 누리카드's billing day and the payment IVR peaks):
  CC1 Fri 03 14:20–15:15  a 스카이모바일 network outage floods the lines and sbc-core reaches its licensed 2 400
                          concurrent sessions (503 to the carriers): pbx-core, ars-gw (loudest, deployed at
                          13:50 with the outage announcement), dialer-ob
  CC2 Sat 04 01:30–02:25  nas-rec's SnapMirror to nas-rec-dr is re-initialised after the DR line maintenance and
                          the baseline transfer saturates the NAS: rec-capture (loudest), stt-batch (deployed Friday
                          18:30), rec-player
  CC3 Mon 06 09:10–10:05  redis-agentstate's maxmemory was halved on Sunday night; under the Monday peak it evicts
                          agent-state keys: acd-route (loudest, mis-routes and queues calls), cti-core, agent-desk
                          (deployed at 08:40)
  CC4 Tue 07 13:40–14:35  ora-hgb's archive log destination fills (the overnight RMAN archivelog backup failed
                          during backup-dd maintenance), ORA-00257 stalls every commit: HGB_CRM (loudest, deployed at
                          13:20), hgb-ars-auth, agent-desk
  CC5 Thu 09 10:30–11:25  a packet capture left running on the Kafka broker host mdmq-k02 fills its data volume
                          and the broker's log dir goes offline: kafka-voice, stt-rt (loudest, deployed at 10:05),
                          agent-assist
  CC6 Fri 10 16:20–17:15  (누리카드 billing day) tokenvault's HSM key rotation re-creates its HSM session pool too
                          small and tokenisation queues: ars-pci (loudest, deployed at 15:55), NURI_CRM, agent-desk
  CC7 Mon 13 10:25–now    llm-gw's bot quota pool (voicebot and chatbot merged into one pool on Sunday night) is
                          exhausted under the Monday peak, 429s and queueing: vbot-engine (loudest), chatbot-core
                          (deployed at 10:05), kakao-bizgw (ongoing)
Confounders: the Monday peaks and the 08:50 log-on storm, sbc-core session warnings on Monday mornings, the
nightly batches (STT, DW load on the same MS-SQL as recording, WFM forecast, backups), the billing-day payment
peak, deploys on victims before most incidents, the shared Redis host (noisy neighbours), `gj-vdi-esx02` and
`agent-desk-stg` in maintenance, the retired `ivr-legacy-nx`, the VMware Horizon licence of vdi-broker expiring on
2028-03-31 (warned daily) and nas-rec creeping up.
Deterministic (seeded, gzip mtime 0); the golden questions (bench/ccx_golden.py) are computed from the files.

    .venv/bin/python bench/ccx_estate.py   # rewrites tests/fixtures/contact-center*
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

NAME = "contact-center"
NOW = datetime(2028, 3, 13, 2, 10, tzinfo=UTC)  # Monday 2028-03-13 11:10 KST
START = NOW - timedelta(days=10)  # Friday 2028-03-03 11:10 KST
SEED = 20280313
SITES = {
    "M": "목동IDC",
    "G": "구로센터",
    "D": "대전센터",
    "K": "광주센터",
    "R": "세종DR센터",
    "N": "NCP 수도권",
}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-03")

VOICE, AI, CHAN, FINC = "보이스플랫폼팀", "cx-ai-lab", "채널연동파트", "금융고객사IT"
COMT, WFMT, RECQA, DATA = "commerce-telco-apps", "WFM운영파트", "녹취QA파트", "리포팅팀"
INFRA, DBA, NET, EUC = "인프라운영팀", "DBA그룹", "네트워크팀", "EUC-VDI"
SEC, CLOUD = "정보보호팀", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- voice core
    "sbc-core": ("service", VOICE, "M", "P", ["SBC-MD-A", "SBC-MD-B"], [],
                 {"desc": "SBC 클러스터 (통신사 SIP 트렁크 종단, SIPREC 녹취 포킹)", "product": "Ribbon SBC 5400",
                  "version": "12.1.1R3", "sessions_licensed": 2400, "trunks": "KT, LG U+", "codecs": "G.711, G.729",
                  "ha": "active/standby"}),
    "pbx-core": ("service", VOICE, "M", "P", ["mdlx-pbx01"], ["sbc-core"],
                 {"desc": "IP-PBX 콜 매니저 (내선, 상담사 소프트폰 등록)", "product": "Avaya Aura CM 10.2",
                  "version": "10.2.0.1", "extensions": 1650, "trunk_channels": 2400, "duplex": "ESS (세종DR)"}),
    "tts-engine": ("service", AI, "M", "P", ["mdlx-ivr02"], [],
                   {"desc": "TTS 합성 엔진 (ARS 안내 멘트, 보이스봇)", "product": "자체 학습 TTS (VITS2)",
                    "version": "3.4.0", "voices": 6, "sample_rate_hz": 8000}),
    "ars-gw": ("service", VOICE, "M", "P", ["mdlx-ivr01", "mdlx-ivr02"],
               ["pbx-core", "cti-core", "redis-callctx", "tts-engine", "hgb-ars-auth", "vbot-engine"],
               {"desc": "IVR/ARS 게이트웨이 (고객사별 ARS 시나리오, 대표번호 인입)", "product": "VoiceXML IVR (자체 시나리오 엔진)",
                "version": "8.7.2", "ivr_ports": 960, "dnis": 42, "scenarios": 118}),
    "hgb-ars-auth": ("service", FINC, "M", "P", ["mdlx-ivr01"], ["ora-hgb"],
                     {"desc": "한결은행 ARS 본인확인 (계좌 비밀번호/OTP 검증)", "client": "한결은행", "version": "2.3.5",
                      "product": "Spring Boot 3.2", "auth_methods": "계좌비밀번호, OTP, 생년월일"}),
    "ars-pci": ("service", SEC, "M", "P", ["mdlx-pci01"], ["pbx-core", "tokenvault"],
                {"desc": "결제 ARS (카드번호 DTMF 마스킹, PCI DSS 구역)", "client": "누리카드, 모아몰, 스카이모바일",
                 "version": "4.1.0", "pci_dss": "v4.0 Level 1", "dtmf_masking": True, "ports": 240}),
    "tokenvault": ("service", SEC, "M", "P", ["mdlx-pci01"], ["ora-pci"],
                   {"desc": "카드번호 토큰화 볼트 (HSM 연동)", "product": "자체개발 (Java 17) + Thales Luna 7",
                    "version": "2.9.3", "hsm": "Thales Luna Network HSM 7", "hsm_sessions": 64, "kek_version": "v8"}),
    "vbot-engine": ("service", AI, "N", "P", ["nks-cx-w1a", "nks-cx-w2b"],
                    ["llm-gw", "stt-rt", "tts-engine", "redis-callctx"],
                    {"desc": "보이스봇 (카드 분실신고, 요금 조회, 배송 조회 자동응대)", "product": "자체개발 (Python 3.12, NKS)",
                     "version": "5.3.1", "pods": 14, "intents": 186, "max_concurrent_calls": 300}),
    # ---------------------------------------------------------------- CTI, routing, desktop, dialer
    "cti-core": ("service", VOICE, "M", "P", ["MDWCTI01", "MDWCTI02"], ["pbx-core", "redis-agentstate", "pg-cti"],
                 {"desc": "CTI 서버 (콜 이벤트, 스크린팝, 상담사 상태)", "product": "Genesys Engage T-Server 9.0",
                  "version": "9.0.021", "agents_max": 1500, "port": 3000}),
    "acd-route": ("service", VOICE, "M", "P", ["MDWCTI01", "MDWCTI02"], ["cti-core", "redis-agentstate", "pg-cti"],
                  {"desc": "ACD 스킬 라우팅 (대기열, 콜백 예약, 고객사별 스킬 그룹)", "product": "Genesys URS 8.1",
                   "version": "8.1.400", "skill_groups": 74, "service_level_target": "80/20"}),
    "agent-desk": ("service", COMT, "M", "P", ["mdlx-desk01", "mdlx-desk02"],
                   ["cti-core", "HGB_CRM", "NURI_CRM", "SKYM_CRM", "MOA_TICKET", "kb-search", "agent-assist"],
                   {"desc": "통합 상담 데스크탑 (소프트폰 바 + 고객사 CRM 탭)", "product": "자체개발 (React + Spring Boot 3.2)",
                    "version": "6.14.0", "seats": 1420, "port": 8443}),
    "dialer-ob": ("service", VOICE, "M", "P", ["mdlx-dial01"], ["pbx-core", "cti-core", "pg-dialer", "SKYM_CRM"],
                  {"desc": "아웃바운드 예측 다이얼러 (리텐션, 연체 안내, 해피콜)", "product": "자체개발 (Java 17)",
                   "version": "3.8.2", "mode": "predictive", "max_abandon_pct": 3, "campaigns": 9,
                   "call_window": "08:00-21:00"}),
    # ---------------------------------------------------------------- recording, STT, analytics
    "rec-capture": ("service", RECQA, "M", "P", ["MDWREC01"], ["sbc-core", "nas-rec", "ms-rec"],
                    {"desc": "녹취 수집 (SIPREC, 전수 녹취)", "product": "자체개발 (.NET 8)", "version": "7.2.1",
                     "channels": 2400, "codec": "G.711 a-law", "retention_years": 10}),
    "rec-player": ("service", RECQA, "M", "P", ["MDWREC01"], ["ms-rec", "nas-rec"],
                   {"desc": "녹취 조회/청취 (QA, 민원 대응, 고객사 제공)", "product": "자체개발 (.NET 8)",
                    "version": "3.0.6", "watermark": True}),
    "stt-rt": ("service", AI, "M", "P", ["gpu-md-01", "gpu-md-02"], ["kafka-voice", "rec-capture"],
               {"desc": "실시간 STT (상담 중 전사, 상담 어시스트 입력)", "product": "자체 학습 Conformer-CTC (Triton)",
                "version": "4.6.0", "model": "cx-conformer-ko-v4.6", "gpus": 8, "streams_max": 900}),
    "stt-batch": ("service", AI, "M", "P", ["gpu-md-02"], ["nas-rec", "ms-rec", "kafka-voice"],
                  {"desc": "사후 STT (전일 녹취 일괄 전사, 야간)", "product": "Whisper large-v3 파인튜닝 (Triton)",
                   "version": "2.2.0", "model": "cx-whisper-ko-2.2", "schedule": "매일 19:00~05:00"}),
    "qa-insight": ("service", RECQA, "M", "P", ["mdlx-ai01"], ["kafka-voice", "es-cx", "ms-rec"],
                   {"desc": "QA 분석 (감정, 금칙어, 불완전판매 키워드, 자동 평가)", "product": "자체개발 (Python 3.11)",
                    "version": "1.12.3", "model": "qa-koelectra-v7", "rules": 1340}),
    "agent-assist": ("service", AI, "M", "P", ["mdlx-ai01"], ["kafka-voice", "kb-search", "llm-gw"],
                     {"desc": "실시간 상담 어시스트 (추천 답변, 요약)", "product": "자체개발 (Python 3.12)",
                      "version": "2.5.0", "llm_pool": "pool-assist"}),
    "kb-search": ("service", COMT, "M", "P", ["mdlx-desk02"], ["es-cx"],
                  {"desc": "상담 지식 검색 (고객사별 매뉴얼, 스크립트)", "product": "자체개발 (Kotlin)", "version": "3.3.2",
                   "documents": 48200}),
    "llm-gw": ("service", AI, "N", "P", ["nks-cx-w1a", "nks-cx-w2b"], ["clova-x-api"],
               {"desc": "LLM 게이트웨이 (개인정보 마스킹, 쿼터 풀, 프롬프트 캐시)", "product": "자체개발 (Go 1.22, NKS)",
                "version": "1.7.4", "quota_pools": "pool-bot, pool-assist", "pool_bot_tpm": 600000}),
    "clova-x-api": ("service", CLOUD, "N", "P", [], [],
                    {"desc": "클라우드 LLM API (HyperCLOVA X, 전용 엔드포인트)", "product": "NCP CLOVA Studio",
                     "model": "HCX-005", "endpoint": "clovastudio.apigw.ntruss.com", "contract_tpm": 1500000}),
    # ---------------------------------------------------------------- digital channels
    "chatbot-core": ("service", CHAN, "M", "P", ["mdlx-msg01"], ["llm-gw", "kb-search", "redis-chat"],
                     {"desc": "챗봇 (웹/앱 채팅, 상담톡 1차 응대)", "product": "자체개발 (Node.js 20)", "version": "4.9.0",
                      "intents": 412, "handoff": "agent-desk"}),
    "kakao-bizgw": ("service", CHAN, "M", "P", ["mdlx-msg01"], ["chatbot-core", "rmq-msg"],
                    {"desc": "카카오 상담톡/알림톡 게이트웨이", "product": "자체개발 (Java 17)", "version": "2.14.1",
                     "sender_profiles": 7, "template_count": 326}),
    "sms-agent": ("service", CHAN, "M", "P", ["mdlx-msg01"], ["rmq-msg", "my-msg"],
                  {"desc": "SMS/LMS 발송 에이전트", "product": "자체개발 (Java 11)", "version": "1.9.8",
                   "tps_limit": 300, "callback_number": "1588-7731"}),
    "notif-hub": ("service", CHAN, "M", "P", ["mdlx-msg01"], ["kakao-bizgw", "sms-agent", "my-msg"],
                  {"desc": "알림 허브 (알림톡 우선, 실패 시 SMS 대체 발송)", "product": "자체개발 (Java 17)",
                   "version": "1.4.2", "fallback": "알림톡 → SMS"}),
    # ---------------------------------------------------------------- client CRM / ticketing
    "HGB_CRM": ("service", FINC, "M", "P", ["mdlx-crm01"], ["ora-hgb", "notif-hub"],
                {"desc": "한결은행 상담 CRM (상담 이력, 민원, 계좌 조회 연동)", "client": "한결은행", "version": "11.3.0",
                 "product": "자체개발 (Java 11, JSP)", "seats": 380, "centre": "구로센터"}),
    "NURI_CRM": ("service", FINC, "M", "P", ["mdlx-crm01"], ["ora-nuri", "tokenvault", "notif-hub"],
                 {"desc": "누리카드 상담 CRM (분실신고, 한도, 결제 상담)", "client": "누리카드", "version": "5.8.4",
                  "product": "자체개발 (Java 17)", "seats": 310, "centre": "구로센터, 광주센터"}),
    "SKYM_CRM": ("service", COMT, "M", "P", ["mdlx-crm02"], ["pg-skym", "notif-hub"],
                 {"desc": "스카이모바일 CRM (개통, 요금, 약정, 리텐션)", "client": "스카이모바일", "version": "3.21.0",
                  "product": "자체개발 (Kotlin, Spring Boot 3.2)", "seats": 400, "centre": "대전센터"}),
    "MOA_TICKET": ("service", COMT, "M", "P", ["mdlx-crm02"], ["pg-moa", "notif-hub"],
                   {"desc": "모아몰 상담 티켓 (주문, 배송, 반품, 1:1 문의)", "client": "모아몰", "version": "2.7.3",
                    "product": "자체개발 (Django 5)", "seats": 290, "centre": "광주센터"}),
    # ---------------------------------------------------------------- WFM, reporting, VDI
    "wfm-sched": ("service", WFMT, "M", "P", ["MDWWFM01"], ["ms-wfm", "cti-core"],
                  {"desc": "WFM 스케줄링 / 실시간 준수율(adherence)", "product": "NICE WFM 7.2", "version": "7.2.3",
                   "agents_scheduled": 1380}),
    "wfm-forecast": ("service", WFMT, "M", "P", ["MDWWFM01"], ["ms-wfm", "dw-cx"],
                     {"desc": "인입량 예측 / 익일 스케줄 산출 (야간)", "product": "Python 3.11 (Prophet)", "version": "1.5.1",
                      "schedule": "매일 04:30"}),
    "rpt-portal": ("service", DATA, "M", "P", ["mdlx-rpt01"], ["dw-cx"],
                   {"desc": "고객사 리포팅 포털 (서비스레벨, 응대율, AHT)", "product": "Apache Superset 4.0",
                    "version": "4.0.2", "endpoint": "report.daoncx.co.kr", "dashboards": 64}),
    "dw-loader": ("service", DATA, "M", "P", ["mdlx-rpt01"], ["dw-cx", "pg-cti", "ms-rec", "ms-wfm"],
                  {"desc": "DW 야간 적재 (콜 상세, 녹취 메타, WFM)", "product": "Airflow 2.9 + dbt", "version": "2.9.3",
                   "schedule": "매일 02:00"}),
    "vdi-broker": ("service", EUC, "G", "P", ["GRVCS01"], [],
                   {"desc": "VDI 연결 브로커 (상담사 가상 데스크탑)", "product": "VMware Horizon 8 2312",
                    "version": "8.12.0", "desktops": 1450, "license_expiry": "2028-03-31"}),
    # ---------------------------------------------------------------- staging, dev, retired
    "ars-gw-stg": ("service", VOICE, "M", "S", ["mdlx-stg01"], ["redis-stg"],
                   {"desc": "IVR/ARS (스테이징, 테스트 대표번호 2개)", "version": "8.8.0-rc1"}),
    "agent-desk-stg": ("service", COMT, "M", "S", ["mdlx-stg01"], ["redis-stg"],
                       {"desc": "상담 데스크탑 (스테이징)", "version": "6.15.0-rc2"}),
    "vbot-engine-stg": ("service", AI, "N", "S", ["nks-cx-stg-w1"], [],
                        {"desc": "보이스봇 (스테이징)", "version": "5.4.0-beta2"}),
    "chatbot-core-dev": ("service", CHAN, "N", "D", ["nks-cx-stg-w1"], [],
                         {"desc": "챗봇 (개발)", "version": "5.0.0-SNAPSHOT"}),
    "ivr-legacy-nx": ("service", VOICE, "M", "P", [], [],
                      {"desc": "구 IVR (2026년 ars-gw로 이관 완료)", "version": "5.2.9", "decommissioned": "2026-09-30"}),
    # ---------------------------------------------------------------- databases
    "pg-cti": ("database", DBA, "M", "P", ["mddb-pg01"], [],
               {"engine": "postgresql", "version": "15.6", "product": "PostgreSQL 15 (Patroni)", "port": 5432,
                "max_connections": 800, "desc": "CTI/ACD 설정, 스킬, 콜 상세(CDR), IVR 시나리오"}),
    "ms-rec": ("database", DBA, "M", "P", ["MDDBMS01"], [],
               {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Enterprise CU14", "port": 1433,
                "desc": "녹취 인덱스/메타데이터"}),
    "ms-wfm": ("database", DBA, "M", "P", ["MDDBMS01"], [],
               {"engine": "mssql", "version": "16.0.4135", "product": "SQL Server 2022 Enterprise CU14", "port": 1434,
                "desc": "WFM 스케줄/준수율"}),
    "ora-hgb": ("database", DBA, "M", "P", ["mddb-ora01", "mddb-ora02"], [],
                {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c RAC", "nodes": 2,
                 "sid": "HGBCRM", "port": 1521, "fra_gb": 800, "dataguard": "ora-hgb-dr (maximum performance)",
                 "desc": "한결은행 상담 CRM DB"}),
    "ora-hgb-dr": ("database", DBA, "R", "P", ["sjdb-ora01"], [],
                   {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c (Active Data Guard)",
                    "sid": "HGBCRMDR", "port": 1521, "role": "physical standby", "desc": "한결은행 CRM DR"}),
    "ora-nuri": ("database", DBA, "M", "P", ["mddb-ora02"], [],
                 {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c", "sid": "NURICS",
                  "port": 1522, "desc": "누리카드 상담 CRM DB"}),
    "ora-pci": ("database", SEC, "M", "P", ["mddb-pci01"], [],
                {"engine": "oracle", "version": "19.22", "product": "Oracle Database 19c (TDE)", "sid": "PCIVLT",
                 "port": 2484, "tde": True, "desc": "토큰 볼트 DB (PCI 구역)"}),
    "pg-skym": ("database", DBA, "M", "P", ["mddb-pg02"], [],
                {"engine": "postgresql", "version": "16.2", "product": "PostgreSQL 16", "port": 5432,
                 "max_connections": 600, "desc": "스카이모바일 CRM DB"}),
    "pg-moa": ("database", DBA, "M", "P", ["mddb-pg02"], [],
               {"engine": "postgresql", "version": "16.2", "product": "PostgreSQL 16", "port": 5433,
                "max_connections": 400, "desc": "모아몰 티켓 DB"}),
    "pg-dialer": ("database", DBA, "M", "P", ["mddb-pg02"], [],
                  {"engine": "postgresql", "version": "16.2", "product": "PostgreSQL 16", "port": 5434,
                   "max_connections": 200, "desc": "다이얼러 캠페인/콜 리스트"}),
    "my-msg": ("database", DBA, "M", "P", ["mddb-my01"], [],
               {"engine": "mysql", "version": "8.0.37", "product": "MySQL 8.0 Community", "port": 3306,
                "max_connections": 1200, "desc": "알림톡/SMS 발송 이력"}),
    "dw-cx": ("database", DATA, "M", "P", ["mddw-ch01"], [],
              {"engine": "clickhouse", "version": "24.3.5", "product": "ClickHouse 24.3 LTS", "port": 9000,
               "size_tb": 14.5, "desc": "리포팅 DW"}),
    "es-cx": ("database", COMT, "M", "P", ["mdlx-es01"], [],
              {"engine": "elasticsearch", "version": "8.13.4", "product": "Elasticsearch 8.13", "port": 9200,
               "shards": 96, "desc": "지식 검색/QA 색인"}),
    # ---------------------------------------------------------------- caches, queues
    "redis-agentstate": ("cache", VOICE, "M", "P", ["mdcache-01"], [],
                         {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 12, "maxmemory_policy": "allkeys-lru",
                          "port": 6379, "desc": "상담사 상태/대기열/콜백 예약"}),
    "redis-callctx": ("cache", VOICE, "M", "P", ["mdcache-01"], [],
                      {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "volatile-ttl",
                       "port": 6380, "desc": "콜 컨텍스트 (ARS 경로, 본인확인 결과)"}),
    "redis-chat": ("cache", CHAN, "M", "P", ["mdcache-01"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 10, "maxmemory_policy": "volatile-lru",
                    "port": 6381, "desc": "채팅 세션"}),
    "redis-stg": ("cache", VOICE, "M", "S", ["mdlx-stg01"], [],
                  {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 2, "port": 6379}),
    "kafka-voice": ("queue", AI, "M", "P", ["mdmq-k01", "mdmq-k02", "mdmq-k03"], [],
                    {"product": "Apache Kafka 3.7 (KRaft)", "brokers": 3, "port": 9092, "partitions": 288,
                     "topics": "voice.audio.chunks, voice.transcript, call.events", "desc": "음성 스트림/전사/콜 이벤트"}),
    "rmq-msg": ("queue", CHAN, "M", "P", ["mdmq-r01"], [],
                {"product": "RabbitMQ 3.13.2", "port": 5672, "queues": 22, "vhost": "/msg",
                 "desc": "알림톡/SMS 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-agent-web": ("M", NET, ["agent-desk", "rpt-portal", "rec-player"],
                     {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.40.1.20", "firmware": "17.1.1",
                      "endpoint": "desk.daoncx.co.kr", "cert_expiry": "2028-11-14"}),
    "lb-chat-ext": ("M", NET, ["chatbot-core", "kakao-bizgw"],
                    {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "10.40.9.10", "firmware": "2.7.5",
                     "endpoint": "chat.daoncx.co.kr", "cert_expiry": "2028-06-02"}),
    "ncp-lb-vbot": ("N", CLOUD, ["vbot-engine"],
                    {"vendor": "NAVER Cloud", "model": "Network Load Balancer", "scheme": "private",
                     "endpoint": "vbot.internal.daoncx.co.kr"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-rec": ("M", INFRA, {"vendor": "NetApp", "model": "AFF A400", "ontap": "9.14.1P5", "capacity_tb": 420,
                             "protocol": "SMB 3.1.1 / NFS v4.1", "snapmirror": "nas-rec-dr (매일 01:00)",
                             "desc": "녹취 파일 (전수 녹취 10년 보관)"}, ["MDWREC01", "gpu-md-02"]),
    "nas-rec-dr": ("R", INFRA, {"vendor": "NetApp", "model": "FAS8300", "ontap": "9.14.1P5", "capacity_tb": 600,
                                "desc": "녹취 DR 복제본 (SnapMirror 대상)"}, []),
    "vsan-gr": ("G", EUC, {"vendor": "VMware", "model": "vSAN 8 ESA (6 nodes)", "capacity_tb": 96,
                           "desc": "구로센터 VDI 데이터스토어"}, ["gr-vdi-esx01"]),
    "backup-dd": ("M", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 288,
                               "desc": "백업 (RMAN, SQL, 파일)"}, []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 목동IDC appliances and Linux VMs
    "SBC-MD-A": ("M", "P", "appliance", {"role": "SBC 액티브", "model": "Ribbon SBC 5400", "rack": "MD-V03 U20"}),
    "SBC-MD-B": ("M", "P", "appliance", {"role": "SBC 스탠바이", "model": "Ribbon SBC 5400", "rack": "MD-V03 U22"}),
    "mdlx-pbx01": ("M", "P", "vm", {"role": "IP-PBX 콜 매니저"}),
    "mdlx-ivr01": ("M", "P", "vm", {"role": "ARS #1, 한결은행 본인확인"}),
    "mdlx-ivr02": ("M", "P", "vm", {"role": "ARS #2, TTS"}),
    "mdlx-pci01": ("M", "P", "vm", {"role": "결제 ARS, 토큰 볼트 (PCI 구역)", "zone": "PCI CDE"}),
    "mdlx-desk01": ("M", "P", "vm", {"role": "상담 데스크탑 #1"}),
    "mdlx-desk02": ("M", "P", "vm", {"role": "상담 데스크탑 #2, 지식 검색"}),
    "mdlx-dial01": ("M", "P", "vm", {"role": "아웃바운드 다이얼러"}),
    "mdlx-ai01": ("M", "P", "vm", {"role": "QA 분석, 상담 어시스트"}),
    "mdlx-msg01": ("M", "P", "vm", {"role": "챗봇, 카카오/SMS, 알림 허브"}),
    "mdlx-crm01": ("M", "P", "vm", {"role": "금융 CRM (한결은행, 누리카드)"}),
    "mdlx-crm02": ("M", "P", "vm", {"role": "커머스/통신 CRM (스카이모바일, 모아몰)"}),
    "mdlx-rpt01": ("M", "P", "vm", {"role": "리포팅 포털, DW 적재"}),
    "mdlx-es01": ("M", "P", "vm", {"role": "Elasticsearch"}),
    "mdlx-stg01": ("M", "S", "vm", {"role": "스테이징 공용"}),
    # 목동IDC Windows servers
    "MDWCTI01": ("M", "P", "win", {"role": "CTI/URS #1"}),
    "MDWCTI02": ("M", "P", "win", {"role": "CTI/URS #2"}),
    "MDWREC01": ("M", "P", "win", {"role": "녹취 서버"}),
    "MDWWFM01": ("M", "P", "win", {"role": "WFM"}),
    "MDDBMS01": ("M", "P", "win", {"role": "MS-SQL (녹취, WFM)", "model": "HPE ProLiant DL380 Gen11",
                                   "rack": "MD-D02 U10"}),
    # 목동IDC physical DB/cache/broker/GPU servers
    "mddb-ora01": ("M", "P", "bare", {"role": "Oracle RAC HGBCRM node 1", "model": "HPE ProLiant DL380 Gen11",
                                      "rack": "MD-D01 U12"}),
    "mddb-ora02": ("M", "P", "bare", {"role": "Oracle RAC HGBCRM node 2, NURICS", "model": "HPE ProLiant DL380 Gen11",
                                      "rack": "MD-D01 U14"}),
    "mddb-pci01": ("M", "P", "bare", {"role": "Oracle PCIVLT (PCI 구역)", "model": "HPE ProLiant DL360 Gen11",
                                      "rack": "MD-P01 U08", "zone": "PCI CDE"}),
    "mddb-pg01": ("M", "P", "bare", {"role": "PostgreSQL (CTI)", "model": "Dell PowerEdge R660", "rack": "MD-D03 U05"}),
    "mddb-pg02": ("M", "P", "bare", {"role": "PostgreSQL (스카이모바일, 모아몰, 다이얼러)", "model": "Dell PowerEdge R660",
                                     "rack": "MD-D03 U07"}),
    "mddb-my01": ("M", "P", "bare", {"role": "MySQL (발송 이력)", "model": "Dell PowerEdge R650", "rack": "MD-D03 U11"}),
    "mddw-ch01": ("M", "P", "bare", {"role": "ClickHouse DW", "model": "Dell PowerEdge R760xd2", "rack": "MD-D04 U20"}),
    "mdcache-01": ("M", "P", "bare", {"role": "Redis (상담사 상태, 콜 컨텍스트, 채팅)", "model": "Dell PowerEdge R650",
                                      "rack": "MD-A05 U03"}),
    "mdmq-k01": ("M", "P", "bare", {"role": "Kafka broker 1", "model": "Dell PowerEdge R660xs", "rack": "MD-A06 U02"}),
    "mdmq-k02": ("M", "P", "bare", {"role": "Kafka broker 2", "model": "Dell PowerEdge R660xs", "rack": "MD-A06 U04"}),
    "mdmq-k03": ("M", "P", "bare", {"role": "Kafka broker 3", "model": "Dell PowerEdge R660xs", "rack": "MD-A06 U06"}),
    "mdmq-r01": ("M", "P", "bare", {"role": "RabbitMQ (발송)", "model": "Dell PowerEdge R650", "rack": "MD-A06 U10"}),
    "gpu-md-01": ("M", "P", "gpu", {"role": "실시간 STT", "model": "Supermicro SYS-421GE-TNRT", "gpus": "4x NVIDIA L40S",
                                    "rack": "MD-G01 U10"}),
    "gpu-md-02": ("M", "P", "gpu", {"role": "실시간 STT, 사후 STT", "model": "Supermicro SYS-421GE-TNRT",
                                    "gpus": "4x NVIDIA L40S", "rack": "MD-G01 U14"}),
    # 구로/대전/광주 centres (VDI)
    "GRVCS01": ("G", "P", "win", {"role": "Horizon Connection Server"}),
    "gr-vdi-esx01": ("G", "P", "esx", {"role": "구로 VDI 클러스터", "desktops": 650, "model": "Dell VxRail E660N"}),
    "dj-vdi-esx01": ("D", "P", "esx", {"role": "대전 VDI 클러스터", "desktops": 430, "model": "Dell VxRail E660N"}),
    "gj-vdi-esx01": ("K", "P", "esx", {"role": "광주 VDI 클러스터 A", "desktops": 220, "model": "Dell VxRail E660N"}),
    "gj-vdi-esx02": ("K", "P", "esx", {"role": "광주 VDI 클러스터 B (노드 교체 중)", "desktops": 150,
                                       "model": "Dell VxRail E660N"}),
    # 세종DR
    "SBC-SJ-A": ("R", "P", "appliance", {"role": "SBC 콜드 스탠바이 (DR)", "model": "Ribbon SBC 5400",
                                         "rack": "SJ-R01 U18"}),
    "sjdb-ora01": ("R", "P", "bare", {"role": "Oracle Data Guard standby (HGBCRMDR)", "model": "HPE ProLiant DL380 Gen10 Plus",
                                      "rack": "SJ-R02 U08"}),
    # NCP
    "nks-cx-w1a": ("N", "P", "nks", {"role": "NKS 워커 (보이스봇, LLM GW)", "server_spec": "c16-g3 (16 vCPU, 32GB)",
                                     "zone": "KR-1", "nodepool": "np-cx-prod"}),
    "nks-cx-w2b": ("N", "P", "nks", {"role": "NKS 워커 (보이스봇, LLM GW)", "server_spec": "c16-g3 (16 vCPU, 32GB)",
                                     "zone": "KR-2", "nodepool": "np-cx-prod"}),
    "nks-cx-stg-w1": ("N", "S", "nks", {"role": "NKS 워커 (스테이징/개발)", "server_spec": "s8-g3 (8 vCPU, 32GB)",
                                        "zone": "KR-1", "nodepool": "np-cx-nonprod"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-md-edge": ("M", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440", "firmware": "PAN-OS 11.1.3"}),
    "fw-pci-zone": ("M", {"device": "firewall", "vendor": "Fortinet", "model": "FortiGate 600F",
                          "firmware": "FortiOS 7.4.4", "desc": "PCI CDE 구역 방화벽"}),
    "sw-md-core": ("M", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "siptrunk-kt": ("M", {"device": "SIP trunk", "vendor": "KT", "model": "기업 SIP 트렁크", "channels": 1500,
                          "circuit": "KT-SIP-55120-07"}),
    "siptrunk-lgu": ("M", {"device": "SIP trunk", "vendor": "LG U+", "model": "기업 SIP 트렁크", "channels": 900,
                           "circuit": "LGU-ST-8841-022"}),
    "wan-gr": ("G", {"device": "WAN link", "vendor": "SK브로드밴드", "model": "전용회선 10Gbps",
                     "circuit": "SKB-3102-77410", "desc": "목동IDC ↔ 구로센터"}),
    "wan-dj": ("D", {"device": "WAN link", "vendor": "KT", "model": "전용회선 2Gbps", "circuit": "KT-DL-6630-1185",
                     "desc": "목동IDC ↔ 대전센터"}),
    "wan-gj": ("K", {"device": "WAN link", "vendor": "LG U+", "model": "전용회선 1Gbps", "circuit": "LGU-DL-4419-0307",
                     "desc": "목동IDC ↔ 광주센터"}),
    "wan-sj-dr": ("R", {"device": "WAN link", "vendor": "KT", "model": "전용회선 10Gbps", "circuit": "KT-DL-7001-0042",
                        "desc": "목동IDC ↔ 세종DR센터 (SnapMirror, Data Guard)"}),
    "ncp-cloudconnect": ("N", {"device": "Cloud Connect", "vendor": "NAVER Cloud", "model": "Cloud Connect 1Gbps x2",
                               "circuit": "ncc-kr-00731"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("sbc-core", "siptrunk-kt"),
    ("sbc-core", "siptrunk-lgu"),
    ("SBC-MD-A", "fw-md-edge"),
    ("SBC-MD-B", "fw-md-edge"),
    ("SBC-SJ-A", "wan-sj-dr"),
    ("fw-md-edge", "sw-md-core"),
    ("fw-pci-zone", "sw-md-core"),
    ("mdlx-pci01", "fw-pci-zone"),
    ("mddb-pci01", "fw-pci-zone"),
    ("wan-gr", "sw-md-core"),
    ("wan-dj", "sw-md-core"),
    ("wan-gj", "sw-md-core"),
    ("wan-sj-dr", "sw-md-core"),
    ("ncp-cloudconnect", "sw-md-core"),
    ("nas-rec", "nas-rec-dr"),
    ("ora-hgb", "ora-hgb-dr"),
    ("vdi-broker", "gr-vdi-esx01"),
    ("vdi-broker", "dj-vdi-esx01"),
    ("vdi-broker", "gj-vdi-esx01"),
    ("vdi-broker", "gj-vdi-esx02"),
    ("mddb-ora01", "backup-dd"),
    ("mddb-ora02", "backup-dd"),
    ("MDDBMS01", "backup-dd"),
]
# fmt: on
STATUS = {"gj-vdi-esx02": "maintenance", "agent-desk-stg": "maintenance", "ivr-legacy-nx": "retired"}
NET_PREFIX = {"M": "10.40", "G": "10.51", "D": "10.52", "K": "10.53", "R": "10.60", "N": "172.16"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "CC1",
        "kind": "sbc_session_limit",
        "root": "sbc-core",
        "description": "a 스카이모바일 network outage floods the inbound lines on Friday afternoon and the SBC"
        " cluster sbc-core reaches its licensed 2 400 concurrent sessions, answering new INVITEs with 503: pbx-core"
        " fails call set-up, ars-gw (deployed at 13:50 with the outage announcement, loudest) drops callers in the"
        " menu and dialer-ob's campaign calls fail, until the outbound campaigns are paused and the DR SBC's"
        " licence is borrowed",
        "start": kst(3, 14, 20),
        "end": kst(3, 15, 15),
        "affected": ["sbc-core", "pbx-core", "ars-gw", "dialer-ob"],
    },
    {
        "id": "CC2",
        "kind": "storage_replication_saturation",
        "root": "nas-rec",
        "description": "in the small hours of Saturday the SnapMirror relationship of nas-rec to nas-rec-dr is"
        " re-initialised after the DR line maintenance and the baseline transfer saturates the recording NAS:"
        " rec-capture (loudest) writes recordings late and fails some, stt-batch (deployed Friday 18:30) stalls"
        " and rec-player cannot open files, until the transfer is throttled",
        "start": kst(4, 1, 30),
        "end": kst(4, 2, 25),
        "affected": ["nas-rec", "rec-capture", "stt-batch", "rec-player"],
    },
    {
        "id": "CC3",
        "kind": "cache_eviction",
        "root": "redis-agentstate",
        "description": "redis-agentstate's maxmemory was halved on Sunday night (the host's memory re-split for"
        " redis-chat); under the Monday-morning peak it reaches maxmemory and allkeys-lru evicts agent-state and"
        " queue keys: acd-route (loudest) mis-routes and queues calls, cti-core loses agent states and agent-desk"
        " (deployed at 08:40) shows wrong softphone states, until maxmemory is restored",
        "start": kst(6, 9, 10),
        "end": kst(6, 10, 5),
        "affected": ["redis-agentstate", "acd-route", "cti-core", "agent-desk"],
    },
    {
        "id": "CC4",
        "kind": "archivelog_dest_full",
        "root": "ora-hgb",
        "description": "the overnight RMAN archivelog backup of ora-hgb failed while backup-dd was in maintenance,"
        " the archive logs were not deleted and on Tuesday afternoon the recovery area fills (ORA-00257), every"
        " commit waits: HGB_CRM (deployed at 13:20, loudest) hangs, hgb-ars-auth fails ARS identity checks and"
        " agent-desk's bank tab times out, until the archive logs are backed up and deleted",
        "start": kst(7, 13, 40),
        "end": kst(7, 14, 35),
        "affected": ["ora-hgb", "HGB_CRM", "hgb-ars-auth", "agent-desk"],
    },
    {
        "id": "CC5",
        "kind": "broker_host_disk_full",
        "root": "mdmq-k02",
        "description": "a packet capture started on Wednesday on the Kafka broker host mdmq-k02 (for a SIP delay"
        " analysis) writes into the Kafka data volume until it is full on Thursday morning; the broker's log dir"
        " goes offline and partitions lose their leader: kafka-voice, stt-rt (deployed at 10:05, loudest) stops"
        " transcribing and agent-assist has no transcripts, until the capture is deleted and the broker restarted",
        "start": kst(9, 10, 30),
        "end": kst(9, 11, 25),
        "affected": ["mdmq-k02", "kafka-voice", "stt-rt", "agent-assist"],
    },
    {
        "id": "CC6",
        "kind": "hsm_session_exhaustion",
        "root": "tokenvault",
        "description": "on 누리카드's billing day the HSM key rotation of tokenvault re-creates its HSM session pool"
        " at 16 instead of 64 sessions and tokenisation queues under the payment peak: ars-pci (deployed at 15:55,"
        " loudest) times out card payments, NURI_CRM's payment screen fails and agent-desk's card tab hangs, until"
        " the pool is resized",
        "start": kst(10, 16, 20),
        "end": kst(10, 17, 15),
        "affected": ["tokenvault", "ars-pci", "NURI_CRM", "agent-desk"],
    },
    {
        "id": "CC7",
        "kind": "llm_quota_exhausted",
        "root": "llm-gw",
        "description": "on Monday morning the bot quota pool of llm-gw (voicebot and chatbot merged into one pool"
        " on Sunday night) runs out of tokens per minute under the peak; the gateway queues and answers 429:"
        " vbot-engine (loudest) leaves callers in silence and hands them to agents, chatbot-core (deployed at"
        " 10:05) and kakao-bizgw's 상담톡 fail (ongoing)",
        "start": kst(13, 10, 25),
        "end": None,
        "affected": ["llm-gw", "vbot-engine", "chatbot-core", "kakao-bizgw"],
    },
]
CC1, CC2, CC3, CC4, CC5, CC6, CC7 = INCIDENTS


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    deps_on_storage = [("rec-capture", "nas-rec"), ("rec-player", "nas-rec"), ("stt-batch", "nas-rec")]
    assert all((s, t, "DEPENDS_ON") in rels for s, t in deps_on_storage)
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
            "ip": f"{NET_PREFIX[site]}.{({'P': 12, 'S': 70, 'D': 80}[env]) + i // 8}.{11 + (i * 37) % 220}"
        }
        if kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 9.3", "RHEL 9.4", "Ubuntu 22.04 LTS"]),
                      "vcpu": rng.choice([8, 16]), "mem_gb": rng.choice([32, 64]),
                      "hypervisor": "VMware vSphere 8.0U2", "vcenter": "vc-mokdong01"}  # fmt: skip
        elif kind == "win":
            attrs |= {
                "os": "Windows Server 2022",
                "vcpu": rng.choice([8, 16]),
                "mem_gb": rng.choice([32, 64]),
            }
            if h == "MDDBMS01":  # the one physical Windows server
                del attrs["vcpu"]
                attrs |= {"cores": 48, "mem_gb": 512, "serial": f"SGH{rng.randint(100000, 999999)}"}
                owner = DBA
        elif kind == "appliance":
            attrs |= {"os": "SBC Core OS 12.1", "serial": f"RBN{rng.randint(1000000, 9999999)}"}
            owner = VOICE
        elif kind == "gpu":
            attrs |= {"os": "Ubuntu 22.04 LTS", "cores": 64, "mem_gb": 512, "cuda": "12.4"}
            owner = AI
        elif kind == "esx":
            attrs |= {"os": "VMware ESXi 8.0U2", "nodes": rng.choice([4, 6]), "cores_per_node": 64}
            owner = EUC
        elif kind == "nks":
            attrs |= {"os": "Ubuntu 22.04 (NKS)", "cluster": "nks-cx-prod" if env == "P" else "nks-cx-nonprod",
                      "kubelet": "1.29.6"}  # fmt: skip
            owner = CLOUD
        else:  # bare metal
            attrs |= {"os": rng.choice(["RHEL 8.10", "Rocky Linux 9.3", "Oracle Linux 8.9"]),
                      "cores": rng.choice([32, 48, 64]), "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['CZJ', 'SGH', '7XQ'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("mddb-", "sjdb-", "mddw-")):
                owner = DBA
        if h == "GRVCS01":
            owner = EUC
        if h in ("mddb-pci01", "mdlx-pci01"):
            owner = SEC
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        owner = CLOUD if site == "N" else NET
        cis.append(ci_record(n, "host", "prod", owner, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _open(h: float, a: float, z: float, edge: float = 0.25) -> float:
    """About 1 between hours a and z, 0 outside, with soft edges."""
    return 1 / (1 + math.exp(-(h - a) / edge)) * 1 / (1 + math.exp((h - z) / edge))


def _inbound(ts: datetime) -> float:
    """Inbound voice: weekdays 09–18 with a 10:00 peak, a lunch dip and a 14:00 peak, Mondays heaviest, the
    evening telco/card lines; Saturday mornings; Sundays only the 24 h card-loss and telco lines."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5:
        day = 0.42 + 0.34 * _bump(h, 10.2, 1.0) + 0.2 * _bump(h, 14.2, 1.0) - 0.1 * _bump(h, 12.4, 0.5)
        if wd == 0:
            day *= 1.18
        v = 0.06 + _open(h, 8.9, 18.1) * day + 0.12 * _open(h, 18.1, 21.0)
    elif wd == 5:
        v = 0.06 + 0.34 * _open(h, 9.0, 13.0) + 0.1 * _open(h, 13.0, 18.0)
    else:
        v = 0.05 + 0.07 * _open(h, 9.0, 18.0)
    return max(0.04, min(1.0, v))


def _payment(ts: datetime) -> float:
    """The payment IVR: inbound-shaped, with 누리카드's billing day (the 10th) afternoon much busier."""
    v = 0.8 * _inbound(ts)
    loc = _local(ts)
    if loc.day == 10:
        v += 0.35 * _open(seoul_hour(ts), 9.0, 19.0)
    return max(0.04, min(1.0, v))


def _agents(ts: datetime) -> float:
    """Agents logged on (desktops, CRM, VDI): weekdays 08:45–18:30 with the 08:50 log-on storm, Saturday
    mornings, the 24 h card-loss team at night and on Sundays."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5:
        v = 0.08 + 0.72 * _open(h, 8.7, 18.4) + 0.2 * _bump(h, 8.85, 0.15) + 0.08 * _open(h, 18.4, 21.0)
        v -= 0.12 * _bump(h, 12.5, 0.45)
    elif wd == 5:
        v = 0.08 + 0.36 * _open(h, 8.8, 13.2)
    else:
        v = 0.07 + 0.05 * _open(h, 9.0, 18.0)
    return max(0.04, min(1.0, v))


def _outbound(ts: datetime) -> float:
    """Outbound campaigns: weekdays 10–12 and 13:30–17:30, a little on Saturday morning, never at night."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd < 5:
        v = 0.05 + 0.8 * _open(h, 10.0, 12.0, 0.15) + 0.7 * _open(h, 13.5, 17.5, 0.15)
    elif wd == 5:
        v = 0.05 + 0.3 * _open(h, 10.0, 12.0, 0.15)
    else:
        v = 0.05
    return max(0.03, min(1.0, v))


def _digital(ts: datetime) -> float:
    """Chat, KakaoTalk and SMS: from 08:00 into the evening, peaks at 11:00 and 21:00, weekends busier evenings."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.08 + 0.35 * _bump(h, 11.0, 1.6) + 0.3 * _bump(h, 15.0, 1.8) + 0.42 * _bump(h, 21.0, 1.5)
    if wd >= 5:
        v += 0.1 * _bump(h, 16.0, 3.0)
    return max(0.05, min(1.0, v))


def _bots(ts: datetime) -> float:
    """The voicebot and the LLM gateway: inbound voice and digital channels together."""
    return max(0.04, min(1.0, 0.65 * _inbound(ts) + 0.35 * _digital(ts)))


def _nightly(ts: datetime) -> float:
    """Post-call STT and nightly loads: 19:00–05:00, heaviest 01:00–04:00."""
    h = seoul_hour(ts)
    v = 0.12 + 0.5 * (1 if h >= 19 or h < 5 else 0) + 0.35 * (1 if 1 <= h < 4 else 0)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.08
    return 0.08 + 0.6 * _open(h, 9.0, 18.5) * (0.7 if 12 <= h < 13 else 1)


def _steady(ts: datetime) -> float:
    return 0.5


INBOUND = {
    "sbc-core", "pbx-core", "ars-gw", "tts-engine", "hgb-ars-auth", "cti-core", "acd-route", "rec-capture",
    "stt-rt", "kafka-voice", "redis-agentstate", "redis-callctx", "pg-cti", "ms-rec", "SBC-MD-A", "SBC-MD-B",
    "mdlx-pbx01", "mdlx-ivr01", "mdlx-ivr02", "MDWCTI01", "MDWCTI02", "MDWREC01", "gpu-md-01", "mdmq-k01",
    "mdmq-k02", "mdmq-k03", "mdcache-01", "mddb-pg01", "MDDBMS01", "siptrunk-kt", "siptrunk-lgu", "fw-md-edge",
    "sw-md-core", "nas-rec", "agent-assist", "qa-insight", "mdlx-ai01",
}  # fmt: skip
PAYMENT = {
    "ars-pci",
    "tokenvault",
    "ora-pci",
    "mdlx-pci01",
    "mddb-pci01",
    "fw-pci-zone",
    "NURI_CRM",
    "ora-nuri",
}
AGENTS = {
    "agent-desk", "kb-search", "es-cx", "HGB_CRM", "SKYM_CRM", "MOA_TICKET", "ora-hgb", "pg-skym", "pg-moa",
    "mddb-ora01", "mddb-ora02", "mddb-pg02", "mdlx-desk01", "mdlx-desk02", "mdlx-crm01", "mdlx-crm02",
    "vdi-broker", "GRVCS01", "gr-vdi-esx01", "dj-vdi-esx01", "gj-vdi-esx01", "vsan-gr", "wan-gr", "wan-dj",
    "wan-gj", "lb-agent-web", "wfm-sched", "ms-wfm", "MDWWFM01", "rec-player", "mdlx-es01", "ora-hgb-dr",
    "sjdb-ora01",
}  # fmt: skip
OUTBOUND = {"dialer-ob", "pg-dialer", "mdlx-dial01"}
DIGITAL = {"chatbot-core", "kakao-bizgw", "sms-agent", "notif-hub", "rmq-msg", "my-msg", "redis-chat",
           "lb-chat-ext", "mdlx-msg01", "mddb-my01", "mdmq-r01"}  # fmt: skip
BOTS = {"vbot-engine", "llm-gw", "clova-x-api", "ncp-lb-vbot", "nks-cx-w1a", "nks-cx-w2b", "ncp-cloudconnect"}
NIGHTLY = {"stt-batch", "dw-loader", "wfm-forecast", "dw-cx", "mddw-ch01", "backup-dd", "nas-rec-dr", "wan-sj-dr",
           "gpu-md-02"}  # fmt: skip
OFFICE = {"rpt-portal", "mdlx-rpt01"}


def _load(name: str):
    for group, shape in (
        (INBOUND, _inbound),
        (PAYMENT, _payment),
        (AGENTS, _agents),
        (OUTBOUND, _outbound),
        (DIGITAL, _digital),
        (BOTS, _bots),
        (NIGHTLY, _nightly),
        (OFFICE, _office),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "CC1": {0: (2.5, 9.0), 1: (3.0, 12.0), 2: (2.2, 8.0)},
    "CC2": {1: (5.0, 11.0), 2: (2.0, 5.0)},
    "CC3": {0: (3.0, 4.0), 1: (4.0, 13.0), 2: (2.3, 7.5)},
    "CC4": {0: (8.0, 4.5), 1: (4.5, 14.0), 2: (2.4, 8.0)},
    "CC5": {1: (6.0, 12.0), 2: (3.0, 9.0)},
    "CC6": {0: (7.0, 6.0), 1: (4.0, 13.0), 2: (2.2, 7.0)},
    "CC7": {0: (4.5, 17.0), 1: (4.0, 14.0), 2: (2.2, 8.0)},
}
EFFECT_OVERRIDE = {
    ("CC1", "ars-gw"): (3.8, 26.0),
    ("CC2", "rec-capture"): (6.5, 28.0),
    ("CC3", "acd-route"): (5.5, 31.0),
    ("CC4", "HGB_CRM"): (6.0, 33.0),
    ("CC5", "stt-rt"): (4.2, 35.0),
    ("CC6", "ars-pci"): (5.0, 30.0),
    ("CC7", "vbot-engine"): (3.6, 32.0),
}

HOST = HostBaseline(cpu=(0.5, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "mddb-ora01", "mddb-ora02", "mddb-pci01", "mddb-pg01", "mddb-pg02", "mddb-my01", "mddw-ch01", "MDDBMS01",
    "mdcache-01", "mdmq-k01", "mdmq-k02", "mdmq-k03", "mdmq-r01", "MDWREC01", "gpu-md-01", "gpu-md-02",
    "mdlx-es01", "sjdb-ora01", "gr-vdi-esx01", "dj-vdi-esx01", "gj-vdi-esx01",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
GPU_HOSTS = {"gpu-md-01", "gpu-md-02"}
PCAP_START = kst(8, 16, 0)  # the packet capture on mdmq-k02 starts writing into /data
KAFKA_PURGED = CC5["end"]


def _k02_disk(ts: datetime, base: float) -> float:
    """mdmq-k02's data volume: the Kafka segments, then the capture filling it to 100 % by CC5, then freed."""
    if ts < PCAP_START:
        return base
    if ts < CC5["start"]:
        span = (CC5["start"] - PCAP_START).total_seconds()
        p = (ts - PCAP_START).total_seconds() / span
        return base + (100.5 - base) * p**1.35
    if ts < CC5["end"]:
        return 100.0
    return base - 2.5


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "mdmq-k02":
        disk0, growth = 57.0, 0.02
    if name == "MDWREC01":  # the local recording spool
        disk0, growth = 44.0, 0.05
    load = _load(name)
    for ts, d, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name in ("SBC-MD-A", "SBC-MD-B"):  # the session flood
            cpu += (34 if name == "SBC-MD-A" else 6) * ramp(ts, CC1["start"] - timedelta(minutes=20), CC1["end"],
                                                            rise=20, fall=10)  # fmt: skip
        if name == "MDWREC01":
            cpu += 18 * ramp(ts, CC2["start"], CC2["end"], rise=5, fall=10)
        if name in ("mddb-ora01", "mddb-ora02"):  # sessions piling up on the archiver
            cpu += 9 * ramp(ts, CC4["start"], CC4["end"], rise=5, fall=10)
        if name == "mdmq-k02":
            disk = _k02_disk(ts, disk) + rng.gauss(0, 0.05)
            cpu += 38 * ramp(ts, CC5["start"] - timedelta(minutes=15), CC5["end"], rise=10, fall=10)
        if name == "mdlx-pci01":
            cpu += 11 * ramp(ts, CC6["start"], CC6["end"], rise=5, fall=10)
        if name in ("nks-cx-w1a", "nks-cx-w2b"):  # retries and queued requests in the gateway pods
            mem += 11 * ramp(ts, CC7["start"], CC7["end"], rise=10)
            cpu += 14 * ramp(ts, CC7["start"], CC7["end"], rise=10)
        if name == "gj-vdi-esx02":
            cpu = 1.1 + abs(rng.gauss(0, 0.3))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 100.0 if name == "mdmq-k02" else 99.9), 1)
        if name in GPU_HOSTS:
            gpu = 18 + 70 * d + rng.gauss(0, 1.5)
            if name == "gpu-md-01":
                gpu -= 55 * ramp(ts, CC5["start"], CC5["end"], rise=10, fall=10)  # no audio to transcribe
            if name == "gpu-md-02":
                gpu -= 40 * ramp(ts, CC2["start"], CC2["end"], rise=10, fall=10)  # the batch waits on the NAS
            row["gpu_usage"] = round(max(1.0, min(gpu, 99.0)), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-gr": 0.9, "wan-dj": 3.6, "wan-gj": 5.1, "wan-sj-dr": 2.7, "ncp-cloudconnect": 1.8,
            "siptrunk-kt": 12.5, "siptrunk-lgu": 14.2}.get(name, rng.uniform(0.2, 0.9))  # fmt: skip
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "wan-sj-dr":  # the baseline transfer fills the DR line
            rtt *= 1 + 2.5 * ramp(ts, CC2["start"] - timedelta(minutes=10), CC2["end"], rise=10, fall=10)
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-rec": (71, 72), "nas-rec-dr": (52, 54), "backup-dd": (58, 60)}.get(name, (30, 50))
    per_day = {"nas-rec": 0.32, "nas-rec-dr": 0.3}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(0.4, 0.9) if name in ("nas-rec", "vsan-gr") else rng.uniform(1.6, 4.0)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "backup-dd" and 0 <= seoul_hour(ts) < 3:  # the nightly backups
            lat *= 1.7
        if name == "nas-rec":  # the SnapMirror baseline saturates the controllers
            lat *= 1 + 38 * ramp(ts, CC2["start"], CC2["end"], rise=5, fall=10) * (1 + rng.gauss(0, 0.06))
        if name == "vsan-gr" and _local(ts).weekday() < 5:  # the log-on storm
            lat *= 1 + 1.2 * _bump(seoul_hour(ts), 8.85, 0.15)
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "sbc-core": 3.2, "pbx-core": 38.0, "tts-engine": 140.0, "ars-gw": 85.0, "hgb-ars-auth": 120.0, "ars-pci": 160.0,
    "tokenvault": 22.0, "vbot-engine": 420.0, "cti-core": 14.0, "acd-route": 26.0, "agent-desk": 180.0,
    "dialer-ob": 60.0, "rec-capture": 18.0, "rec-player": 310.0, "stt-rt": 240.0, "stt-batch": 580.0,
    "qa-insight": 360.0, "agent-assist": 520.0, "kb-search": 95.0, "llm-gw": 610.0, "clova-x-api": 560.0,
    "chatbot-core": 330.0, "kakao-bizgw": 75.0, "sms-agent": 48.0, "notif-hub": 66.0, "HGB_CRM": 240.0,
    "NURI_CRM": 210.0, "SKYM_CRM": 190.0, "MOA_TICKET": 170.0, "wfm-sched": 280.0, "wfm-forecast": 640.0,
    "rpt-portal": 450.0, "dw-loader": 600.0, "vdi-broker": 65.0,
    "pg-cti": 2.1, "ms-rec": 3.4, "ms-wfm": 4.2, "ora-hgb": 3.8, "ora-hgb-dr": 2.9, "ora-nuri": 3.1, "ora-pci": 2.6,
    "pg-skym": 2.4, "pg-moa": 2.2, "pg-dialer": 1.9, "my-msg": 1.7, "dw-cx": 42.0, "es-cx": 18.0,
    "redis-agentstate": 0.32, "redis-callctx": 0.38, "redis-chat": 0.45,
    "kafka-voice": 4.6, "rmq-msg": 3.3,
    "lb-agent-web": 1.1, "lb-chat-ext": 1.4, "ncp-lb-vbot": 2.2,
}  # fmt: skip
REQUEST_RATE = {
    "sbc-core": 95.0, "pbx-core": 180.0, "tts-engine": 140.0, "ars-gw": 620.0, "hgb-ars-auth": 85.0,
    "ars-pci": 46.0, "tokenvault": 150.0, "vbot-engine": 210.0, "cti-core": 2400.0, "acd-route": 380.0,
    "agent-desk": 3100.0, "dialer-ob": 140.0, "rec-capture": 920.0, "stt-rt": 1650.0, "stt-batch": 260.0,
    "qa-insight": 310.0, "agent-assist": 520.0, "kb-search": 780.0, "llm-gw": 730.0, "clova-x-api": 690.0,
    "chatbot-core": 460.0, "kakao-bizgw": 880.0, "sms-agent": 240.0, "notif-hub": 560.0, "HGB_CRM": 1150.0,
    "NURI_CRM": 870.0, "SKYM_CRM": 1240.0, "MOA_TICKET": 760.0, "wfm-sched": 95.0, "rpt-portal": 40.0,
    "vdi-broker": 120.0,
    "pg-cti": 5200.0, "ms-rec": 2100.0, "ora-hgb": 7400.0, "ora-nuri": 4300.0, "ora-pci": 900.0,
    "pg-skym": 6100.0, "pg-moa": 3300.0, "pg-dialer": 800.0, "my-msg": 2600.0, "es-cx": 1900.0,
    "redis-agentstate": 26000.0, "redis-callctx": 9800.0, "redis-chat": 7200.0, "kafka-voice": 14500.0,
    "rmq-msg": 1800.0, "lb-agent-web": 4200.0, "lb-chat-ext": 1500.0, "ncp-lb-vbot": 230.0,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "redis-agentstate": (44.0, 14.0), "redis-callctx": (51.0, 9.0), "redis-chat": (39.0, 8.0),
    "kafka-voice": (48.0, 10.0), "rmq-msg": (29.0, 7.0),
}  # fmt: skip
CPU_DB = {"ora-hgb": (22.0, 38.0), "pg-cti": (14.0, 30.0), "pg-skym": (16.0, 32.0), "dw-cx": (10.0, 48.0)}
BATCH_HOURS = {"stt-batch": (19.0, 5.0), "dw-loader": (2.0, 3.6), "wfm-forecast": (4.5, 5.4)}
FRA_START = kst(7, 2, 0)  # the archivelog backup fails, archive logs are kept from here


def _fra(ts: datetime, base: float) -> float:
    """ora-hgb's recovery area: normally trimmed by the nightly backup; from the failed backup it fills up."""
    if FRA_START <= ts < CC4["start"]:
        p = (ts - FRA_START).total_seconds() / (CC4["start"] - FRA_START).total_seconds()
        return base + (100.0 - base) * p**1.6
    if CC4["start"] <= ts < CC4["end"]:
        return 100.0
    return base


def _in_batch(name: str, ts: datetime) -> bool:
    a, z = BATCH_HOURS[name]
    h = seoul_hour(ts)
    return a <= h < z if a < z else (h >= a or h < z)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0, cpu_swing = CPU_DB.get(name, (0.0, 0.0))
    load = _load(name)
    surge = ("sbc-core", "pbx-core", "ars-gw")
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is CC2 and name == "rec-capture":
                req *= 1 - 0.3 * r
            if inc is CC5 and name in ("stt-rt", "agent-assist"):
                req *= 1 - 0.55 * r
            if inc is CC7 and name in ("vbot-engine", "chatbot-core"):
                req *= 1 - 0.35 * r
            if inc is CC7 and name == "llm-gw":
                req *= 1 + 0.25 * r  # retries
        if name in surge:  # the 스카이모바일 outage: calls flood in from 14:00
            req *= 1 + 0.65 * ramp(ts, CC1["start"] - timedelta(minutes=20), CC1["end"], rise=20, fall=15)
        if name in BATCH_HOURS and not _in_batch(name, ts):
            req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-agentstate":  # maxmemory halved on Sunday night: twice the share
                if ts >= kst(5, 21, 0) and ts < CC3["end"]:
                    mem = 2 * (mem0 - 8) + 2 * mem_swing * d + rng.gauss(0, 0.4)
                mem += (99.6 + rng.gauss(0, 0.15) - mem) * ramp(ts, CC3["start"], CC3["end"], rise=5, fall=10)
            if name == "kafka-voice":  # under-replicated partitions, the producers buffer
                mem += 22 * ramp(ts, CC5["start"], CC5["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        if name == "ora-hgb":
            row["disk_usage"] = round(min(_fra(ts, 41.0 + 6 * d) + rng.gauss(0, 0.2), 100.0), 1)
        if name == "sbc-core":
            sessions = 2180 * d * (1 + rng.gauss(0, 0.02))
            sessions *= 1 + 0.65 * ramp(
                ts, CC1["start"] - timedelta(minutes=20), CC1["end"], rise=20, fall=15
            )
            if CC1["start"] <= ts < CC1["end"]:  # held at the licence until the DR licence is borrowed
                sessions = 2400
            row["active_sessions"] = float(round(min(sessions, 2400)))
        if name == "kafka-voice":
            lag = 900 * (0.3 + d) * (1 + abs(rng.gauss(0, 0.15)))
            lag += 1_850_000 * ramp(ts, CC5["start"], CC5["end"], rise=30, fall=10) * (1 + rng.gauss(0, 0.03))
            row["consumer_lag"] = float(round(lag))
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly jobs, the outbound campaigns, the log-on storm and the Horizon licence warning."""
    rows = []
    for d in range(3, 14):
        wd = datetime(2028, 3, d).weekday()
        if d != 4:  # on the 4th the relationship is re-initialised instead (CC2)
            rows.append(
                (d, 1, 0, "nas-rec", "info", "replication", "SnapMirror update rec_vol01 → nas-rec-dr 시작")
            )
            rows.append((d, 1, 47, "nas-rec", "info", "replication", "SnapMirror update 완료 (lag 0h47m)"))
        rows.append((d, 2, 0, "dw-loader", "info", "batch_job", "DW 야간 적재 시작 (dag cx_nightly)"))
        rows.append((d, 3, 31, "dw-loader", "info", "batch_job", "DW 야간 적재 완료"))
        rows.append((d, 4, 30, "wfm-forecast", "info", "batch_job", "익일 인입량 예측/스케줄 산출 시작"))
        rows.append((d, 19, 0, "stt-batch", "info", "batch_job", "사후 STT 배치 시작 (당일 녹취 전사)"))
        if d != 7:
            rows.append(
                (d, 1, 10, "ora-hgb", "info", "backup", "RMAN archivelog backup to backup-dd completed")
            )
        if wd < 5:
            rows.append((d, 8, 52, "vdi-broker", "info", "session", "출근 로그온 집중 (동시 로그온 1,1xx)"))
            rows.append(
                (
                    d,
                    10,
                    0,
                    "dialer-ob",
                    "info",
                    "batch_job",
                    "오전 캠페인 시작 (SKYM 약정만료 리텐션, NURI 결제 안내)",
                )
            )
            rows.append((d, 13, 30, "dialer-ob", "info", "batch_job", "오후 캠페인 시작"))
        left = (datetime(2028, 3, 31) - datetime(2028, 3, d)).days
        rows.append(
            (d, 9, 0, "vdi-broker", "warning", "license_expiry",
             f"VMware Horizon subscription license expires in {left} days (2028-03-31), 1,450 CCU")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (3, 13, 50, "ars-gw", "info", "deployment", "ars-gw 8.7.2 배포 (스카이모바일 장애 안내 멘트 긴급 추가)"),
    (3, 14, 2, "siptrunk-kt", "info", "change_notice", "스카이모바일 망 장애 공지 수신, 인입 급증 예상"),
    (3, 17, 30, "ars-gw-stg", "info", "deployment", "ars-gw-stg 8.8.0-rc1 배포"),
    (3, 18, 30, "stt-batch", "info", "deployment", "stt-batch 2.2.0 배포 (cx-whisper-ko-2.2 모델 교체)"),
    (3, 22, 0, "wan-sj-dr", "info", "maintenance", "세종DR 전용회선 작업 (KT 광케이블 이설), SnapMirror/Data Guard 일시 중단"),
    (4, 0, 40, "wan-sj-dr", "info", "maintenance", "세종DR 전용회선 작업 완료"),
    (4, 1, 20, "nas-rec", "info", "config_change", "SnapMirror relationship rec_vol01 → nas-rec-dr re-initialize (baseline transfer 38TB)"),
    (5, 21, 0, "redis-agentstate", "info", "config_change", "maxmemory 12gb → 6gb (mdcache-01 메모리 재배분, redis-chat 증설)"),
    (5, 21, 5, "redis-chat", "info", "config_change", "maxmemory 6gb → 10gb"),
    (6, 8, 40, "agent-desk", "info", "deployment", "agent-desk 6.14.0 배포 (소프트폰 바 UI 개편)"),
    (6, 10, 1, "sbc-core", "warning", "capacity", "concurrent sessions 2,080 / 2,400 licensed (87%)"),
    (6, 20, 0, "backup-dd", "info", "maintenance", "DD6900 DD OS 8.1 업그레이드 작업 (백업 중지 20:00~06:00)"),
    (7, 1, 10, "ora-hgb", "major", "backup", "RMAN-03009: failure of backup command on ORA_SBT_TAPE_1 (backup-dd unreachable), archivelogs not deleted"),
    (7, 6, 0, "backup-dd", "info", "maintenance", "DD OS 업그레이드 완료"),
    (7, 11, 0, "ora-hgb", "warning", "storage", "db_recovery_file_dest 82% used (FRA 800GB)"),
    (7, 13, 20, "HGB_CRM", "info", "deployment", "HGB_CRM 11.3.0 배포 (상담이력 화면 개편)"),
    (7, 15, 30, "agent-desk-stg", "info", "maintenance", "스테이징 데스크탑 점검 (SSO 연동 테스트)"),
    (8, 9, 30, "gj-vdi-esx02", "info", "maintenance", "광주 VDI 클러스터 B 노드 교체 (데스크탑 150석 A 클러스터로 이전)"),
    (8, 16, 0, "mdmq-k02", "info", "change", "tcpdump -i bond0 -w /data/pcap/sip_delay.pcap 시작 (SIP 지연 분석, 네트워크팀)"),
    (8, 17, 0, "vbot-engine-stg", "info", "deployment", "vbot-engine-stg 5.4.0-beta2 배포"),
    (9, 5, 0, "mdmq-k02", "warning", "disk", "/data 84% used"),
    (9, 9, 0, "mdmq-k02", "warning", "disk", "/data 96% used"),
    (9, 10, 5, "stt-rt", "info", "deployment", "stt-rt 4.6.0 배포 (cx-conformer-ko-v4.6 음향모델)"),
    (10, 15, 55, "ars-pci", "info", "deployment", "ars-pci 4.1.0 배포 (모아몰 간편결제 메뉴 추가)"),
    (10, 16, 10, "tokenvault", "info", "config_change", "HSM KEK rotation v7 → v8, session pool re-created"),
    (10, 18, 0, "chatbot-core-dev", "info", "deployment", "chatbot-core-dev 5.0.0-SNAPSHOT 배포"),
    (11, 10, 0, "nks-cx-stg-w1", "info", "maintenance", "NKS nonprod 노드풀 업그레이드 (1.29.6)"),
    (12, 22, 0, "llm-gw", "info", "config_change", "quota pool 통합: pool-voicebot + pool-chatbot → pool-bot (600k TPM)"),
    (13, 10, 4, "sbc-core", "warning", "capacity", "concurrent sessions 2,070 / 2,400 licensed (86%)"),
    (13, 10, 5, "chatbot-core", "info", "deployment", "chatbot-core 4.9.0 배포 (모아몰 반품 시나리오 LLM 응답)"),
    # CC1 (Friday afternoon, 스카이모바일 outage)
    (3, 14, 12, "sbc-core", "warning", "capacity", "concurrent sessions 2,290 / 2,400 licensed (95%)"),
    (3, 14, 21, "sbc-core", "critical", "capacity", "licensed session limit reached: INVITE rejected 503 Service Unavailable (KT, LGU+)"),
    (3, 14, 26, "pbx-core", "major", "error", "trunk group 1/2 call setup failure rate 14%"),
    (3, 14, 31, "ars-gw", "critical", "error", "ARS 진입 실패/호 절단 26% (SIP 503 from sbc-core)"),
    (3, 14, 33, "dialer-ob", "warning", "error", "캠페인 발신 실패 증가 (no circuit available)"),
    (3, 14, 50, "dialer-ob", "info", "config_change", "아웃바운드 캠페인 전체 일시중지"),
    (3, 15, 8, "sbc-core", "info", "config_change", "세종DR SBC 라이선스 600세션 임시 이전 (sessions 2,400 → 3,000)"),
    (3, 15, 20, "ars-gw", "info", "recovery", "ARS 인입 정상"),
    # CC2 (Saturday small hours)
    (4, 1, 33, "nas-rec", "warning", "performance", "CIFS/NFS latency 24ms avg (aggr1), SnapMirror transfer 9.4Gbps"),
    (4, 1, 38, "nas-rec", "critical", "performance", "write latency 41ms, node CPU 96% (SnapMirror baseline)"),
    (4, 1, 41, "rec-capture", "critical", "error", "녹취 파일 쓰기 지연, 녹취 누락 28% (SMB write timeout)"),
    (4, 1, 45, "stt-batch", "major", "batch_job", "사후 STT 배치 지연 (녹취 파일 읽기 타임아웃)"),
    (4, 1, 52, "rec-player", "warning", "error", "녹취 청취 파일 열기 실패"),
    (4, 2, 15, "nas-rec", "info", "config_change", "SnapMirror throttle 200MB/s 적용"),
    (4, 2, 40, "rec-capture", "info", "recovery", "녹취 저장 정상, 누락분 SBC 버퍼에서 재수집"),
    # CC3 (Monday morning peak)
    (6, 9, 12, "redis-agentstate", "warning", "memory", "used_memory 5.9GB / maxmemory 6GB, evicted_keys increasing"),
    (6, 9, 15, "redis-agentstate", "critical", "memory", "evicted_keys 41,200/min (allkeys-lru), agent:state:* keys evicted"),
    (6, 9, 18, "acd-route", "critical", "error", "라우팅 실패/대기열 유실 31% (agent state not found)"),
    (6, 9, 21, "cti-core", "major", "error", "상담사 상태 동기화 실패 (Ready/NotReady 불일치)"),
    (6, 9, 27, "agent-desk", "warning", "error", "소프트폰 상태 표시 오류, 콜 수신 불가 문의 증가"),
    (6, 9, 55, "redis-agentstate", "info", "config_change", "maxmemory 6gb → 12gb 원복"),
    (6, 10, 15, "acd-route", "info", "recovery", "라우팅 정상, 대기 콜 해소"),
    # CC4 (Tuesday afternoon)
    (7, 13, 30, "ora-hgb", "warning", "storage", "db_recovery_file_dest 98% used"),
    (7, 13, 41, "ora-hgb", "critical", "archiver", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved"),
    (7, 13, 45, "HGB_CRM", "critical", "error", "상담이력 저장 실패 33% (JDBC timeout)"),
    (7, 13, 48, "hgb-ars-auth", "major", "error", "ARS 본인확인 실패 증가 (DB 응답 없음)"),
    (7, 13, 55, "agent-desk", "warning", "error", "한결은행 탭 응답 지연"),
    (7, 14, 20, "ora-hgb", "info", "backup", "RMAN backup archivelog all delete input (backup-dd) 수동 실행"),
    (7, 14, 40, "HGB_CRM", "info", "recovery", "상담이력 저장 정상"),
    # CC5 (Thursday morning)
    (9, 10, 28, "mdmq-k02", "critical", "disk", "/data 100% used: No space left on device"),
    (9, 10, 31, "kafka-voice", "critical", "broker", "broker 2 log dir /data/kafka offline, 96 partitions under-replicated, leader election"),
    (9, 10, 36, "stt-rt", "critical", "error", "실시간 전사 실패 35% (NOT_LEADER_OR_FOLLOWER, produce timeout)"),
    (9, 10, 41, "agent-assist", "major", "error", "추천 답변 생성 불가 (전사 스트림 없음)"),
    (9, 11, 5, "mdmq-k02", "info", "change", "tcpdump 중지, /data/pcap 삭제 (412GB), kafka broker 2 재기동"),
    (9, 11, 30, "stt-rt", "info", "recovery", "실시간 전사 정상"),
    # CC6 (Friday billing day)
    (10, 16, 21, "tokenvault", "warning", "performance", "HSM session wait 1.8s (pool 16/16 in use)"),
    (10, 16, 24, "tokenvault", "critical", "performance", "HSM session pool exhausted: CKR_SESSION_COUNT, tokenize timeout"),
    (10, 16, 27, "ars-pci", "critical", "error", "카드 결제 승인 타임아웃 30% (토큰화 지연)"),
    (10, 16, 31, "NURI_CRM", "major", "error", "결제 상담 화면 카드번호 조회 실패"),
    (10, 16, 38, "agent-desk", "warning", "error", "누리카드 탭 응답 지연"),
    (10, 17, 5, "tokenvault", "info", "config_change", "HSM session pool 16 → 64 (hsm.pool.size 원복)"),
    (10, 17, 20, "ars-pci", "info", "recovery", "결제 ARS 정상"),
    # CC7 (Monday, ongoing)
    (13, 10, 26, "llm-gw", "warning", "quota", "pool-bot TPM 97% (582k / 600k)"),
    (13, 10, 29, "llm-gw", "critical", "quota", "pool-bot quota exhausted: 429 Too Many Requests, queue depth 1,840"),
    (13, 10, 33, "vbot-engine", "critical", "error", "보이스봇 응답 지연/무응답 32%, 상담사 전환 급증"),
    (13, 10, 37, "chatbot-core", "major", "error", "LLM 응답 실패 (429), 기본 응답으로 대체"),
    (13, 10, 44, "kakao-bizgw", "warning", "error", "상담톡 응답 지연, 상담사 연결 대기 증가"),
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
    generate(NAME, "contact-center", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
