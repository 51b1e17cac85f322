"""Generate the civic-gov estate (tests/fixtures/civic-gov/, interchange format) and its faults file.

A ministry's e-government civil-service portal (민원 포털): the public web front `minwon_web`, 민원 application
intake (`minwon_jeopsu`), certificate issuance (`jeungmyeong_balgeup`) signed with the electronic official seal
(`jeonja_gwanin`, on an HSM), identity verification (`bonin_hwagin`) with the simple-authentication relay to
Kakao/Naver/PASS (`ganpyeon_injeung`), fee and local-tax payment (`nappu_gw`, `kftc_yeongye` to 금융결제원,
`jibangse_johoe`, the nightly `jeongsan_batch`), the notification hub `postbox` on Kafka (`kafka_tongji`) with
the KakaoTalk 알림톡 and SMS relays, inter-agency data sharing (`haengjeong_yeongye` on IBM MQ), the address
search (`juso_api` on Elasticsearch) and GIS (`compass` on PostGIS), the call centre (CTI `switchboard`, ARS,
counsellor CRM), the internal groupware (`onnara_gw`, `sso_naebu`) and the outbound proxy `gatehouse`, at the
primary data centre (`sejong-idc`); a Tibero standby, DR web/intake and a DR backup store at the DR centre
(`gwangju-dr`); the digital document wallet (`jigap_api`, `jigap_app_bff`) and the public data open API
(`gonggong_openapi`, `gonggong_catalog`) in a government cloud region (`gcloud-daegu`). prod, stg (the ministry
calls it 검증계: `_geomjeung`) and dev (개발계: `_gaebal`).

Named unlike the other estates: lower-case romanised Korean service names joined by underscores
(`minwon_jeopsu`, `jeungmyeong_balgeup`), environment suffixes in romanised Korean (`_geomjeung`, `_gaebal`,
`_dr`), hosts by asset number (`SV21-0301`, `SV24-0503`, network gear `NW20-0091`, storage `ST23-0102`),
government-cloud VMs by short instance ids (`gcv-3a7f`), DB instances as upper-case system codes with an
environment letter (`MWDB-P`, `NPDB-P`, `MWDB-DR`, `JGDB-G`), and four CIs named with ordinary English words
(`postbox`, `gatehouse`, `switchboard`, `compass`). Hosts carry their OS host name as an attribute.

Seven injected incidents (times KST, now = Wednesday 2026-05-27 15:10, the week of the income-tax deadline):
  G1 yesterday 10:15–11:30     gatehouse (the outbound proxy) fills its conntrack table: simple authentication,
                               알림톡, SMS and the 금융결제원 link fail; identity verification and payment see errors
  G2 yesterday 18:40–20:05     switchboard loses its CTI link to the IP-PBX (NW19-0044 firmware patched at 18:30):
                               the ARS and the counsellors' CRM cannot route or pop calls (extended tax-season hours)
  G3 last night 23:30–01:50    NPDB-P (payment Tibero) hangs: the archive-log area on SV21-0306 fills during the
                               settlement batch; nappu_gw, jibangse_johoe, jeongsan_batch fail, minwon_web payment
                               pages error
  G4 this morning 08:50–10:25  MWDB-P (민원 Tibero TAC) plan regression after last night's statistics gathering:
                               full scans and TX lock waits; intake, issuance, the portal, the wallet, ARS and CRM slow
  G5 this morning 11:00–12:10  kafka_tongji: broker 2 (SV23-0422) runs out of log disk, partitions go offline;
                               postbox, 알림톡/SMS relays, intake and the wallet BFF see send failures
  G6 ongoing since 13:40       jigap_api 2.8.0 (deployed this morning 09:10) leaks memory: GC pauses, the wallet
                               BFF (jigap_app_bff) times out
  G7 ongoing since 14:35       jeonja_gwanin was switched to the renewed 관인 certificate at 14:30 with a wrong key
                               label: signing fails, certificates cannot be issued (jeungmyeong_balgeup, minwon_web)
plus the issued-document archive NAS ST23-0102 filling past 90 %. Deterministic (seeded); the golden questions
(bench/civic_golden.py) are computed from the files this writes.

    .venv/bin/python bench/civic_estate.py   # rewrites tests/fixtures/civic-gov*
"""

from __future__ import annotations

import math
import random
import sys
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import ramp
from estate_series import (
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    hop_effect,
    incident_hits,
    kst_utc_clock,
    level_by_kind,
    progress,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "civic-gov"
NOW = datetime(2026, 5, 27, 6, 10, tzinfo=UTC)  # Wednesday 15:10 KST
START = NOW - timedelta(hours=48)
SEED = 20260527
SITES = {"SJ": "sejong-idc", "GJ": "gwangju-dr", "GC": "gcloud-daegu"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2026-05")

MW, JM, ID, NP = "민원서비스팀", "증명발급팀", "본인확인팀", "납부결제팀"
NOTI, GEO, CC, GW = "통지운영팀", "공간정보팀", "고객센터IT", "내부업무팀"
DBA, MID, NET, INFRA = "DB운영팀", "미들웨어팀", "네트워크팀", "인프라운영팀"
CLOUD, SEC = "클라우드운영팀", "정보보호팀"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # the public portal
    "minwon_web": ("service", MW, "SJ", "P", ["SV24-0501", "SV24-0502"],
                   ["minwon_jeopsu", "jeungmyeong_balgeup", "bonin_hwagin", "nappu_gw", "juso_api", "sesyeon_cache"],
                   {"system": "민원포털", "description": "대국민 민원 포털 웹 (민원 신청, 증명서 발급, 수수료 납부 화면)",
                    "web_server": "WebtoB 5 Fix#4", "was": "JEUS 8 Fix#2", "port": 443, "language": "java"}),
    "minwon_jeopsu": ("service", MW, "SJ", "P", ["SV24-0503", "SV24-0504"],
                      ["MWDB-P", "bonin_hwagin", "haengjeong_yeongye", "postbox"],
                      {"system": "민원접수시스템", "description": "민원 신청서 접수, 처리 상태 조회, 담당 부서 배정",
                       "was": "JEUS 8 Fix#2", "port": 8080, "language": "java", "daily_applications": 184000}),
    "jeungmyeong_balgeup": ("service", JM, "SJ", "P", ["SV24-0503", "SV24-0504"],
                            ["MWDB-P", "haengjeong_yeongye", "jeonja_gwanin", "bonin_hwagin"],
                            {"system": "증명서발급시스템",
                             "description": "주민등록등본, 납세증명서 등 증명서 PDF 발급 (위변조 방지 바코드, 전자관인 날인)",
                             "was": "JEUS 8 Fix#2", "port": 8081, "language": "java", "pdf_engine": "ClipReport 5"}),
    "jeonja_gwanin": ("service", SEC, "SJ", "P", ["SV24-0511"], ["NW20-0091"],
                      {"system": "전자관인서명", "description": "발급 문서에 기관 전자관인(GPKI) 서명을 붙이는 서명 서버",
                       "port": 9443, "language": "java", "gpki_cert": "관인-2026", "key_label": "GWANIN_2026"}),
    "bonin_hwagin": ("service", ID, "SJ", "P", ["SV24-0505"], ["IDDB-P", "ganpyeon_injeung", "sesyeon_cache"],
                     {"system": "본인확인시스템", "description": "공동인증서/간편인증/휴대폰 본인확인 처리",
                      "was": "JEUS 8 Fix#2", "port": 8443, "language": "java"}),
    "ganpyeon_injeung": ("service", ID, "SJ", "P", ["SV24-0505"], ["gatehouse"],
                         {"system": "간편인증중계", "description": "카카오, 네이버, PASS, 토스 간편인증 요청 중계",
                          "port": 8444, "language": "java", "providers": "kakao,naver,pass,toss"}),
    "nappu_gw": ("service", NP, "SJ", "P", ["SV24-0506"], ["NPDB-P", "kftc_yeongye"],
                 {"system": "수수료납부", "description": "민원 수수료, 지방세 납부 (카드, 계좌이체, 간편결제)",
                  "was": "JEUS 8 Fix#2", "port": 8090, "language": "java"}),
    "kftc_yeongye": ("service", NP, "SJ", "P", ["SV24-0506"], ["gatehouse"],
                     {"system": "금융결제원연계", "description": "금융결제원 계좌이체, 카드 승인 전문 중계",
                      "port": 7020, "language": "c", "line": "KFTC VPN 2회선"}),
    "jibangse_johoe": ("service", NP, "SJ", "P", ["SV24-0506"], ["NPDB-P", "haengjeong_yeongye"],
                       {"system": "지방세조회", "description": "지방세 부과 내역과 납부 결과 조회",
                        "port": 8091, "language": "java"}),
    "jeongsan_batch": ("service", NP, "SJ", "P", ["SV24-0507"], ["NPDB-P", "kftc_yeongye"],
                       {"system": "수납정산배치", "description": "일일 수납 정산과 금융결제원 대사 파일 생성",
                        "schedule": "daily 23:30", "language": "java", "scheduler": "Control-M 9"}),
    "postbox": ("service", NOTI, "SJ", "P", ["SV24-0508"], ["kafka_tongji"],
                {"system": "통합통지허브", "description": "민원 처리 결과 알림을 받아 알림톡/문자 발송 큐에 넣는 통지 허브",
                 "port": 8070, "language": "kotlin"}),
    "allimtok_relay": ("service", NOTI, "SJ", "P", ["SV24-0508"], ["kafka_tongji", "gatehouse"],
                       {"system": "알림톡발송", "description": "카카오 알림톡 발송 중계 (비즈메시지)",
                        "port": 8071, "language": "kotlin", "sender_key": "gov-minwon-01"}),
    "munja_relay": ("service", NOTI, "SJ", "P", ["SV24-0508"], ["kafka_tongji", "gatehouse"],
                    {"system": "문자발송", "description": "SMS/LMS 문자 발송 중계 (알림톡 실패 시 대체 발송)",
                     "port": 8072, "language": "kotlin", "callback_number": "110"}),
    "juso_api": ("service", GEO, "SJ", "P", ["SV24-0509"], ["es_juso"],
                 {"system": "주소검색", "description": "도로명주소 검색과 우편번호 조회 API",
                  "port": 8060, "language": "java"}),
    "compass": ("service", GEO, "SJ", "P", ["SV24-0509"], ["GISDB-P", "juso_api"],
                {"system": "공간정보서비스", "description": "주소 좌표 변환(지오코딩)과 지도 타일 제공",
                 "port": 8062, "language": "java", "engine": "GeoServer 2.24"}),
    "haengjeong_yeongye": ("service", MID, "SJ", "P", ["SV24-0510"], ["mq_yeongye"],
                           {"system": "행정정보공동이용연계",
                            "description": "주민등록, 가족관계, 납세 정보를 타 기관에서 조회하는 연계 어댑터",
                            "port": 8100, "language": "java", "agencies": 37}),
    "switchboard": ("service", CC, "SJ", "P", ["SV19-0118"], ["NW19-0044"],
                    {"system": "CTI", "description": "콜센터 CTI 서버 (IP-PBX 연동, 상담원 라우팅)",
                     "product": "Genesys Engage 8.5", "port": 3000, "seats": 220}),
    "ars_ivr": ("service", CC, "SJ", "P", ["SV19-0119"], ["switchboard", "minwon_jeopsu"],
                {"system": "ARS", "description": "110 민원 ARS 자동응답, 처리 상태 안내", "port": 5060,
                 "channels": 240}),
    "sangdam_crm": ("service", CC, "SJ", "P", ["SV19-0119"], ["switchboard", "CRMDB-P", "minwon_jeopsu"],
                    {"system": "상담CRM", "description": "상담원 화면 (콜 팝업, 상담 이력, 민원 조회)", "port": 8085,
                     "language": "java"}),
    "onnara_gw": ("service", GW, "SJ", "P", ["SV20-0210"], ["GWDB-P", "sso_naebu"],
                  {"system": "업무포털", "description": "직원용 그룹웨어 (전자결재, 메일, 게시판)", "port": 443,
                   "product": "온나라 2.0", "users": 4100}),
    "sso_naebu": ("service", GW, "SJ", "P", ["SV20-0210"], ["GWDB-P"],
                  {"system": "내부SSO", "description": "직원 통합로그인 (GPKI 행정전자서명 인증)", "port": 8443,
                   "product": "MagicSSO 4"}),
    "gatehouse": ("service", NET, "SJ", "P", ["SV22-0331"], [],
                  {"system": "외부연계 프록시", "description": "내부망에서 인터넷/외부기관으로 나가는 포워드 프록시",
                   "product": "Squid 6.6", "port": 3128, "conntrack_max": 262144}),
    # DR centre (warm standby)
    "minwon_web_dr": ("service", MW, "GJ", "P", ["SV22-1102"], ["minwon_jeopsu_dr"],
                      {"system": "민원포털", "description": "재해복구센터 민원 포털 (웜 스탠바이)", "port": 443,
                       "role": "DR standby"}),
    "minwon_jeopsu_dr": ("service", MW, "GJ", "P", ["SV22-1102"], ["MWDB-DR"],
                         {"system": "민원접수시스템", "description": "재해복구센터 민원 접수 (웜 스탠바이)", "port": 8080,
                          "role": "DR standby"}),
    # government cloud
    "jigap_api": ("service", MW, "GC", "P", ["gcv-3a7f", "gcv-91c2"], ["JGDB-G", "jeungmyeong_balgeup", "jigap_cache"],
                  {"system": "전자문서지갑", "description": "발급된 전자증명서를 모바일 문서지갑에 보관, 제출",
                   "language": "java", "port": 8080, "replicas": 4, "heap_gb": 4}),
    "jigap_app_bff": ("service", MW, "GC", "P", ["gcv-3a7f", "gcv-91c2"], ["jigap_api", "postbox", "bonin_hwagin"],
                      {"system": "전자문서지갑", "description": "문서지갑 모바일 앱 백엔드 (BFF)", "language": "node",
                       "port": 3000, "replicas": 6}),
    "gonggong_openapi": ("service", CLOUD, "GC", "P", ["gcv-5d0e"], ["ODDB-G", "juso_api", "compass", "openapi_cache"],
                         {"system": "공공데이터 개방", "description": "공공데이터 오픈API 게이트웨이 (인증키 발급, 호출량 제한)",
                          "product": "Kong Gateway 3.4", "port": 8443, "daily_quota": 10000}),
    "gonggong_catalog": ("service", CLOUD, "GC", "P", ["gcv-b714"], ["ODDB-G"],
                         {"system": "공공데이터 개방", "description": "개방 데이터셋 목록과 메타데이터 (CKAN)",
                          "product": "CKAN 2.10", "port": 5000, "datasets": 1843}),
    # 검증계 / 개발계
    "minwon_jeopsu_geomjeung": ("service", MW, "SJ", "S", ["SV20-0231"], ["MWDB-T"],
                                {"system": "민원접수시스템", "description": "민원 접수 검증계", "port": 8080}),
    "jeungmyeong_balgeup_geomjeung": ("service", JM, "SJ", "S", ["SV20-0231"], ["MWDB-T"],
                                      {"system": "증명서발급시스템", "description": "증명서 발급 검증계", "port": 8081}),
    "nappu_gw_geomjeung": ("service", NP, "SJ", "S", ["SV20-0232"], [],
                           {"system": "수수료납부", "description": "수수료 납부 검증계 (금결원 테스트베드 연동)", "port": 8090}),
    "jigap_api_geomjeung": ("service", MW, "GC", "S", ["gcv-e2a9"], [],
                            {"system": "전자문서지갑", "description": "문서지갑 API 검증계", "port": 8080, "replicas": 1}),
    "minwon_jeopsu_gaebal": ("service", MW, "SJ", "D", ["SV18-0077"], [],
                             {"system": "민원접수시스템", "description": "민원 접수 개발계", "port": 8080}),
    "compass_gaebal": ("service", GEO, "SJ", "D", ["SV18-0077"], [],
                       {"system": "공간정보서비스", "description": "공간정보 개발계", "port": 8062}),
    # databases
    "MWDB-P": ("database", DBA, "SJ", "P", ["SV21-0301", "SV21-0302"], [],
               {"engine": "tibero", "version": "7.2.1", "cluster": "TAC 2 nodes", "port": 8629,
                "description": "민원 접수/발급 운영 DB", "sessions_max": 1500}),
    "MWDB-DR": ("database", DBA, "GJ", "P", ["SV22-1101"], [],
                {"engine": "tibero", "version": "7.2.1", "role": "standby (TSC)", "port": 8629,
                 "description": "민원 DB 재해복구 스탠바이"}),
    "MWDB-T": ("database", DBA, "SJ", "S", ["SV20-0231"], [],
               {"engine": "tibero", "version": "7.2.2", "port": 8629, "description": "민원 DB 검증계"}),
    "IDDB-P": ("database", DBA, "SJ", "P", ["SV21-0305"], [],
               {"engine": "cubrid", "version": "11.2.8", "port": 33000, "description": "본인확인 이력 DB",
                "ha": "master-slave"}),
    "NPDB-P": ("database", DBA, "SJ", "P", ["SV21-0306"], [],
               {"engine": "tibero", "version": "6 FS07", "port": 8629, "description": "수수료/지방세 수납 DB",
                "archive_dest": "/tbarch"}),
    "CRMDB-P": ("database", DBA, "SJ", "P", ["SV23-0411"], [],
                {"engine": "mariadb", "version": "10.11.7", "port": 3306, "description": "상담 이력 DB"}),
    "GWDB-P": ("database", DBA, "SJ", "P", ["SV20-0207"], [],
               {"engine": "tibero", "version": "6 FS07", "port": 8629, "description": "그룹웨어 DB"}),
    "GISDB-P": ("database", GEO, "SJ", "P", ["SV23-0412"], [],
                {"engine": "postgresql", "version": "15.6", "extension": "PostGIS 3.4", "port": 5432,
                 "description": "공간정보 DB"}),
    "es_juso": ("database", GEO, "SJ", "P", ["SV23-0413", "SV23-0414"], [],
                {"engine": "elasticsearch", "version": "8.13.2", "port": 9200, "description": "도로명주소 검색 색인",
                 "shards": 12}),
    "JGDB-G": ("database", CLOUD, "GC", "P", [], [],
               {"engine": "postgresql", "version": "14.11", "tier": "managed DB 8vCPU/32GB", "port": 5432,
                "description": "문서지갑 DB"}),
    "ODDB-G": ("database", CLOUD, "GC", "P", [], [],
               {"engine": "postgresql", "version": "15.6", "tier": "managed DB 4vCPU/16GB", "port": 5432,
                "description": "공공데이터 개방 DB"}),
    # caches
    "sesyeon_cache": ("cache", MID, "SJ", "P", ["SV24-0505"], [],
                      {"engine": "redis", "version": "7.2.4", "port": 6379, "maxmemory_gb": 16,
                       "description": "포털 로그인 세션"}),
    "jigap_cache": ("cache", CLOUD, "GC", "P", [], [],
                    {"engine": "redis", "version": "7.0", "tier": "managed 2 shards", "maxmemory_gb": 8,
                     "description": "문서지갑 토큰 캐시"}),
    "openapi_cache": ("cache", CLOUD, "GC", "P", ["gcv-5d0e"], [],
                      {"engine": "redis", "version": "7.2.4", "port": 6379, "maxmemory_gb": 4,
                       "description": "오픈API 호출량 카운터"}),
    # queues
    "kafka_tongji": ("queue", MID, "SJ", "P", ["SV23-0421", "SV23-0422", "SV23-0423"], [],
                     {"product": "Apache Kafka", "version": "3.6.1", "port": 9092, "brokers": 3, "topics": 18,
                      "description": "통지 이벤트 버스 (알림톡/문자 발송 요청)"}),
    "mq_yeongye": ("queue", MID, "SJ", "P", ["SV22-0330"], [],
                   {"product": "IBM MQ", "version": "9.3.0.17", "port": 1414, "qmgr": "QM.YEONGYE",
                    "description": "행정정보공동이용 연계 큐"}),
    "mq_yeongye_dr": ("queue", MID, "GJ", "P", ["SV22-1103"], [],
                      {"product": "IBM MQ", "version": "9.3.0.17", "port": 1414, "qmgr": "QM.YEONGYE.DR",
                       "role": "DR standby"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb_oebu": ("SJ", NET, ["minwon_web"],
                {"vendor": "PIOLINK", "model": "PAS-K 7412", "vip": "203.0.113.24", "version": "11.2.3",
                 "description": "대국민 서비스 외부 L4"}),
    "lb_naebu": ("SJ", NET, ["onnara_gw", "sangdam_crm", "ars_ivr"],
                 {"vendor": "PIOLINK", "model": "PAS-K 5412", "vip": "10.61.0.20", "version": "11.2.3",
                  "description": "내부 업무망 L4"}),
    "lb_oebu_dr": ("GJ", NET, ["minwon_web_dr"],
                   {"vendor": "PIOLINK", "model": "PAS-K 5412", "vip": "203.0.113.88", "version": "11.1.0",
                    "description": "재해복구센터 외부 L4"}),
    "glb_gcloud": ("GC", CLOUD, ["jigap_app_bff", "gonggong_openapi", "gonggong_catalog"],
                   {"vendor": "gov cloud", "model": "Application LB", "endpoint": "api.minwon.example.kr",
                    "description": "정부클라우드 외부 로드밸런서"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "ST21-0007": ("SJ", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 320, "protocol": "FC",
                                "description": "운영 DB SAN"},
                  ["SV21-0301", "SV21-0302", "SV21-0305", "SV21-0306"]),
    "ST23-0102": ("SJ", INFRA, {"vendor": "NetApp", "model": "AFF A400", "capacity_tb": 210, "protocol": "NFS",
                                "description": "발급 증명서 원본 보관 NAS (5년 보존)"},
                  ["SV24-0503", "SV24-0504"]),
    "ST22-1150": ("GJ", INFRA, {"vendor": "Dell", "model": "PowerScale H700", "capacity_tb": 600, "protocol": "NFS",
                                "description": "재해복구 백업 스토리지"},
                  ["SV22-1101"]),
    "gcs-jigap-docs": ("GC", CLOUD, {"vendor": "gov cloud", "model": "Object Storage", "capacity_tb": 50,
                                     "protocol": "S3", "description": "문서지갑 전자문서 객체 저장소"},
                       ["gcv-3a7f", "gcv-91c2"]),
}
# hosts: name: (site, env, kind, host name, attributes)
HOSTS: dict[str, tuple[str, str, str, str, dict]] = {
    "SV24-0501": ("SJ", "P", "vm", "sjmwweb01", {"role": "민원포털 WEB/WAS #1"}),
    "SV24-0502": ("SJ", "P", "vm", "sjmwweb02", {"role": "민원포털 WEB/WAS #2"}),
    "SV24-0503": ("SJ", "P", "vm", "sjmwap01", {"role": "민원접수/증명발급 AP #1"}),
    "SV24-0504": ("SJ", "P", "vm", "sjmwap02", {"role": "민원접수/증명발급 AP #2"}),
    "SV24-0505": ("SJ", "P", "vm", "sjidap01", {"role": "본인확인 AP, 세션 캐시"}),
    "SV24-0506": ("SJ", "P", "vm", "sjnpap01", {"role": "납부/금결원 연계 AP"}),
    "SV24-0507": ("SJ", "P", "vm", "sjnpbat01", {"role": "정산 배치"}),
    "SV24-0508": ("SJ", "P", "vm", "sjntap01", {"role": "통지 허브, 알림톡/문자 중계"}),
    "SV24-0509": ("SJ", "P", "vm", "sjgeoap01", {"role": "주소검색, 공간정보 AP"}),
    "SV24-0510": ("SJ", "P", "vm", "sjeaiap01", {"role": "행정정보공동이용 연계 AP"}),
    "SV24-0511": ("SJ", "P", "physical", "sjsignap01",
                  {"role": "전자관인 서명 서버", "os": "RHEL 8.10", "model": "Lenovo SR630 V3"}),
    "SV20-0210": ("SJ", "P", "vm", "sjgwap01", {"role": "그룹웨어, 내부 SSO"}),
    "SV19-0118": ("SJ", "P", "physical", "sjctisv01",
                  {"role": "CTI 서버", "os": "Windows Server 2019", "model": "HPE ProLiant DL360 Gen10"}),
    "SV19-0119": ("SJ", "P", "physical", "sjccap01",
                  {"role": "ARS, 상담 CRM", "os": "RHEL 7.9", "model": "HPE ProLiant DL360 Gen10"}),
    "SV22-0330": ("SJ", "P", "vm", "sjmqsv01", {"role": "IBM MQ 연계 큐", "os": "RHEL 8.8"}),
    "SV22-0331": ("SJ", "P", "vm", "sjproxy01", {"role": "외부연계 프록시 (DMZ)", "os": "Rocky 9.3"}),
    "SV21-0301": ("SJ", "P", "physical", "sjmwdb01",
                  {"role": "민원 DB TAC #1", "os": "RHEL 8.8", "model": "Dell PowerEdge R760"}),
    "SV21-0302": ("SJ", "P", "physical", "sjmwdb02",
                  {"role": "민원 DB TAC #2", "os": "RHEL 8.8", "model": "Dell PowerEdge R760"}),
    "SV21-0305": ("SJ", "P", "physical", "sjiddb01",
                  {"role": "본인확인 DB", "os": "RHEL 8.8", "model": "Dell PowerEdge R660"}),
    "SV21-0306": ("SJ", "P", "physical", "sjnpdb01",
                  {"role": "수납 DB", "os": "AIX 7.2", "model": "IBM Power S1022"}),
    "SV20-0207": ("SJ", "P", "physical", "sjgwdb01",
                  {"role": "그룹웨어 DB", "os": "RHEL 7.9", "model": "HPE ProLiant DL380 Gen10"}),
    "SV23-0411": ("SJ", "P", "vm", "sjcrmdb01", {"role": "상담 CRM DB"}),
    "SV23-0412": ("SJ", "P", "vm", "sjgisdb01", {"role": "공간정보 DB"}),
    "SV23-0413": ("SJ", "P", "vm", "sjes01", {"role": "주소 검색 ES #1"}),
    "SV23-0414": ("SJ", "P", "vm", "sjes02", {"role": "주소 검색 ES #2"}),
    "SV23-0421": ("SJ", "P", "vm", "sjkfk01", {"role": "Kafka broker 1"}),
    "SV23-0422": ("SJ", "P", "vm", "sjkfk02", {"role": "Kafka broker 2"}),
    "SV23-0423": ("SJ", "P", "vm", "sjkfk03", {"role": "Kafka broker 3"}),
    "SV20-0231": ("SJ", "S", "vm", "sjtst01", {"role": "검증계 AP/DB"}),
    "SV20-0232": ("SJ", "S", "vm", "sjtst02", {"role": "검증계 납부"}),
    "SV18-0077": ("SJ", "D", "vm", "sjdev01", {"role": "개발계 공용"}),
    "SV16-0033": ("SJ", "P", "physical", "sjgwap-old",
                  {"role": "구 그룹웨어 AP (2025년 이관 완료)", "os": "RHEL 6.10", "model": "IBM x3650 M4"}),
    # DR centre
    "SV22-1101": ("GJ", "P", "physical", "gjmwdb01",
                  {"role": "민원 DB 스탠바이", "os": "RHEL 8.8", "model": "Dell PowerEdge R760"}),
    "SV22-1102": ("GJ", "P", "vm", "gjmwap01", {"role": "DR 민원 포털/접수"}),
    "SV22-1103": ("GJ", "P", "vm", "gjmqsv01", {"role": "DR 연계 큐"}),
    # government cloud
    "gcv-3a7f": ("GC", "P", "cloud", "jigap-node-a", {"flavor": "c4m16", "zone": "KR-DG-1"}),
    "gcv-91c2": ("GC", "P", "cloud", "jigap-node-b", {"flavor": "c4m16", "zone": "KR-DG-2"}),
    "gcv-5d0e": ("GC", "P", "cloud", "openapi-gw-a", {"flavor": "c8m32", "zone": "KR-DG-1"}),
    "gcv-b714": ("GC", "P", "cloud", "catalog-a", {"flavor": "c2m8", "zone": "KR-DG-2"}),
    "gcv-e2a9": ("GC", "S", "cloud", "jigap-stg", {"flavor": "c2m8", "zone": "KR-DG-1"}),
    # network-class devices
    "NW20-0091": ("SJ", "P", "network", "sjhsm01",
                  {"device": "HSM", "vendor": "Thales", "model": "Luna Network HSM 7", "firmware": "7.8.4"}),
    "NW19-0044": ("SJ", "P", "network", "sjpbx01",
                  {"device": "IP-PBX", "vendor": "Avaya", "model": "Aura CM 8.1", "firmware": "8.1.3.7"}),
    "NW21-0002": ("SJ", "P", "network", "sjcore01",
                  {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9336C-FX2", "firmware": "10.2(6)"}),
    "NW21-0015": ("SJ", "P", "network", "sjfw-dmz01",
                  {"device": "firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 2000", "firmware": "3.2.7"}),
    "NW22-1120": ("GJ", "P", "network", "gjcore01",
                  {"device": "core switch", "vendor": "Cisco", "model": "Nexus 93180YC-FX3", "firmware": "10.2(6)"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("NW20-0091", "NW21-0002"),
    ("NW19-0044", "NW21-0002"),
    ("NW21-0015", "NW21-0002"),
    ("SV22-0331", "NW21-0015"),  # the proxy sits behind the DMZ firewall
    ("NW22-1120", "NW21-0002"),  # the DR circuit
    ("MWDB-P", "MWDB-DR"),  # Tibero standby redo shipping
    ("mq_yeongye", "mq_yeongye_dr"),
]
# fmt: on
STATUS = {
    "SV16-0033": "retired",
    "compass_gaebal": "maintenance",
    "nappu_gw_geomjeung": "maintenance",
}
NET_PREFIX = {"SJ": "10.61", "GJ": "10.62", "GC": "172.20"}
CALL_CENTRE = {
    "switchboard",
    "ars_ivr",
    "sangdam_crm",
    "CRMDB-P",
    "SV19-0118",
    "SV19-0119",
    "NW19-0044",
    "SV23-0411",
}
INTERNAL = {"onnara_gw", "sso_naebu", "GWDB-P", "SV20-0210", "SV20-0207", "lb_naebu"}
NIGHT_BATCH = {"jeongsan_batch", "SV24-0507"}

INCIDENTS = [
    {
        "id": "G1",
        "kind": "proxy_conntrack_exhaustion",
        "root": "gatehouse",
        "description": "the outbound proxy gatehouse (Squid on SV22-0331) fills its conntrack table (a retry loop of"
        " the 간편인증 relay against a slow provider) and drops new connections; ganpyeon_injeung, allimtok_relay,"
        " munja_relay and kftc_yeongye fail their outbound calls, identity verification (bonin_hwagin) and"
        " payment (nappu_gw) see errors until nf_conntrack_max is raised",
        "start": kst(26, 10, 15),
        "end": kst(26, 11, 30),
        "hops": {
            "gatehouse": 0,
            "ganpyeon_injeung": 1,
            "allimtok_relay": 1,
            "munja_relay": 1,
            "kftc_yeongye": 1,
            "bonin_hwagin": 2,
            "nappu_gw": 2,
        },
    },
    {
        "id": "G2",
        "kind": "cti_link_down",
        "root": "switchboard",
        "description": "the CTI server switchboard loses its CTI (TSAPI) link to the IP-PBX NW19-0044 after the PBX"
        " firmware patch at 18:30 changed the link's cipher list; during the extended tax-season hours ARS"
        " (ars_ivr) cannot transfer callers and the counsellors' CRM (sangdam_crm) gets no call pop-ups",
        "start": kst(26, 18, 40),
        "end": kst(26, 20, 5),
        "hops": {"switchboard": 0, "ars_ivr": 1, "sangdam_crm": 1},
    },
    {
        "id": "G3",
        "kind": "archive_log_full",
        "root": "NPDB-P",
        "description": "the archive-log destination /tbarch of NPDB-P (on SV21-0306) fills during the nightly"
        " settlement (jeongsan_batch) because the archive backup job failed the night before; the database"
        " suspends all writes: nappu_gw and jibangse_johoe fail, the batch stops, minwon_web payment pages error"
        " until the archive logs are backed up and purged",
        "start": kst(26, 23, 30),
        "end": kst(27, 1, 50),
        "hops": {"NPDB-P": 0, "nappu_gw": 1, "jibangse_johoe": 1, "jeongsan_batch": 1, "minwon_web": 2},
    },
    {
        "id": "G4",
        "kind": "db_plan_regression",
        "root": "MWDB-P",
        "description": "after last night's statistics gathering MWDB-P (Tibero TAC) picks a full scan for the"
        " application-status query; with the morning peak the CPU of SV21-0301 saturates and TX lock waits"
        " pile up: minwon_jeopsu and jeungmyeong_balgeup slow down, the portal, the wallet, ARS and the"
        " counsellors' CRM follow until the old statistics are restored",
        "start": kst(27, 8, 50),
        "end": kst(27, 10, 25),
        "hops": {
            "MWDB-P": 0,
            "minwon_jeopsu": 1,
            "jeungmyeong_balgeup": 1,
            "minwon_web": 2,
            "jigap_api": 2,
            "ars_ivr": 2,
            "sangdam_crm": 2,
        },
    },
    {
        "id": "G5",
        "kind": "broker_disk_full",
        "root": "kafka_tongji",
        "description": "broker 2 of kafka_tongji (SV23-0422) runs out of log disk (a topic created with infinite"
        " retention), goes offline and its partitions lose their leader; postbox cannot publish, the 알림톡 and"
        " SMS relays stop sending, minwon_jeopsu and jigap_app_bff time out on notifications until the topic's"
        " retention is fixed and the broker restarted",
        "start": kst(27, 11, 0),
        "end": kst(27, 12, 10),
        "hops": {
            "kafka_tongji": 0,
            "postbox": 1,
            "allimtok_relay": 1,
            "munja_relay": 1,
            "minwon_jeopsu": 2,
            "jigap_app_bff": 2,
        },
    },
    {
        "id": "G6",
        "kind": "memory_leak",
        "root": "jigap_api",
        "description": "jigap_api 2.8.0 (deployed this morning 09:10) leaks heap (a document-preview cache never"
        " evicted); since 13:40 long GC pauses make the wallet API slow and failing and jigap_app_bff times out"
        " (ongoing)",
        "start": kst(27, 13, 40),
        "end": None,
        "hops": {"jigap_api": 0, "jigap_app_bff": 1},
    },
    {
        "id": "G7",
        "kind": "signing_key_misconfig",
        "root": "jeonja_gwanin",
        "description": "at 14:30 jeonja_gwanin was switched to the renewed 관인 certificate but its key label"
        " points at a key the HSM does not hold: every signing call fails (CKR_KEY_HANDLE_INVALID), certificates"
        " cannot be issued (jeungmyeong_balgeup) and the portal shows issuance errors (ongoing)",
        "start": kst(27, 14, 35),
        "end": None,
        "hops": {"jeonja_gwanin": 0, "jeungmyeong_balgeup": 1, "minwon_web": 2},
    },
]
G1, G2, G3, G4, G5, G6, G7 = INCIDENTS
LEAK_FROM = kst(27, 9, 10)  # jigap_api 2.8.0 deployed
ARCH_FROM = kst(26, 23, 5)  # the archive logs of the settlement start to pile up on /tbarch
KAFKA_FILL_FROM = kst(27, 9, 30)  # the infinite-retention topic fills broker 2's log disk


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    for name, (kind, owner, site, env, on, deps, extra) in SERVICES.items():
        attrs: dict = {}
        if kind == "service":
            attrs["version"] = f"{rng.randint(1, 6)}.{rng.randint(0, 14)}.{rng.randint(0, 9)}"
        if name == "jigap_api":
            attrs["version"] = "2.8.0"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
    for lb, (site, owner, targets, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, owner, attrs, attached) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for i, (h, (site, env, kind, hostname, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {
            "hostname": hostname,
            "ip": f"{NET_PREFIX[site]}.{env_net + 10 + i // 10}.{21 + (i * 11) % 220}",
        }
        if kind == "vm":
            attrs |= {
                "os": rng.choice(["RHEL 8.8", "RHEL 8.10", "Rocky 8.9"]),
                "cores": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 7.0U3",
                "rack": f"{site}-VM-CL{rng.randint(1, 3)}",
                "acquired": f"20{h[2:4]}-{rng.randint(1, 12):02d}",
            }
        elif kind == "physical":
            db = "db" in hostname
            attrs |= {
                "cores": rng.choice([48, 64, 96]) if db else rng.choice([16, 24, 32]),
                "memory_gb": rng.choice([512, 768, 1024]) if db else rng.choice([64, 128]),
                "rack": f"{site}-{rng.choice('ABCD')}{rng.randint(1, 8)}-{rng.randint(1, 42):02d}U",
                "serial": f"{rng.choice(['CZ', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}",
                "acquired": f"20{h[2:4]}-{rng.randint(1, 12):02d}",
            }
        elif kind == "cloud":
            cores, mem = (int(x) for x in extra["flavor"][1:].split("m"))
            attrs |= {"os": "Ubuntu 22.04", "cores": cores, "memory_gb": mem}
        else:  # network
            attrs |= {"mgmt_vlan": 950 + i % 5, "acquired": f"20{h[2:4]}-{rng.randint(1, 12):02d}"}
        attrs |= extra
        owner = NET if kind == "network" else CLOUD if site == "GC" else INFRA
        if h == "NW20-0091":
            owner = SEC
        if h == "NW19-0044":
            owner = CC
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    rels += [(a, b, "CONNECTS_TO") for a, b in NETWORK_LINKS]
    check_hops(rels)
    return sorted(cis, key=lambda c: c["name"]), rels


def check_hops(rels: list[tuple[str, str, str]]) -> None:
    """Each incident's hop numbers are the DEPENDS_ON distance from the root (walking to dependants)."""
    into: dict[str, set[str]] = {}
    for s, t, k in rels:
        if k == "DEPENDS_ON":
            into.setdefault(t, set()).add(s)
    for inc in INCIDENTS:
        dist, todo = {inc["root"]: 0}, deque([inc["root"]])
        while todo:
            n = todo.popleft()
            for m in into.get(n, ()):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    todo.append(m)
        for ci, hop in inc["hops"].items():
            assert dist.get(ci) == hop, (inc["id"], ci, hop, dist.get(ci))


# ---------------------------------------------------------------------- load shapes


def _public(ts: datetime) -> float:
    """Citizens on the portal: a morning peak around 10:30 KST, a lunch dip, an afternoon plateau, a small
    evening bump (tax-deadline week), quiet after midnight."""
    h = seoul_hour(ts)
    morning = math.exp(-((h - 10.5) ** 2) / (2 * 1.5**2))
    afternoon = 0.85 * math.exp(-((h - 15.0) ** 2) / (2 * 1.8**2))
    evening = 0.35 * math.exp(-((h - 21.0) ** 2) / (2 * 1.6**2))
    lunch = 0.25 * math.exp(-((h - 12.4) ** 2) / (2 * 0.5**2))
    return 0.07 + 0.85 * max(0.0, min(1.0, morning + afternoon + evening) - lunch)


def _call_centre(ts: datetime) -> float:
    """The 110 call centre: open 09:00–20:00 in the tax-deadline season."""
    h = seoul_hour(ts)
    if not 8.75 <= h < 20.25:
        return 0.03
    return 0.25 + 0.65 * math.exp(-((h - 11.0) ** 2) / (2 * 2.5**2)) + 0.3 * math.exp(-((h - 16) ** 2) / 4)


def _internal(ts: datetime) -> float:
    """Civil servants on the groupware: 08:30–18:30 with overtime tailing off."""
    h = seoul_hour(ts)
    if h < 7.5 or h >= 21:
        return 0.04
    return 0.15 + 0.75 * math.exp(-((h - 13.5) ** 2) / (2 * 3.0**2))


def _batch(ts: datetime) -> float:
    """The settlement batch: busy 23:30–01:30 KST."""
    h = seoul_hour(ts)
    return 0.85 if h >= 23.5 or h < 1.5 else 0.08


def _load(name: str) -> Callable[[datetime], float]:
    if name in CALL_CENTRE:
        return _call_centre
    if name in INTERNAL:
        return _internal
    if name in NIGHT_BATCH:
        return _batch
    return _public


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "G1": {0: (3.5, 38.0), 1: (2.4, 21.0), 2: (0.9, 6.5)},
    "G2": {0: (4.0, 55.0), 1: (1.8, 24.0)},
    "G3": {0: (45.0, 18.0), 1: (6.0, 30.0), 2: (0.8, 4.0)},
    "G4": {0: (11.0, 1.5), 1: (4.2, 3.2), 2: (1.6, 2.1)},
    "G5": {0: (7.0, 26.0), 1: (3.0, 17.0), 2: (0.7, 3.6)},
    "G6": {0: (5.0, 6.8), 1: (2.2, 3.4)},
    "G7": {0: (1.4, 34.0), 1: (0.6, 21.0), 2: (0.3, 5.5)},
}

SITE_CODE = {v: k for k, v in SITES.items()}
HOST = HostBaseline(cpu=(0.5, 0.7, 1.1), memory=(4, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.85, 0.3, 0.05), memory=(9, 0.5))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], HOSTS[ci["name"]][2], []
    if kind == "network":
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(9, 36), rng.uniform(34, 63), rng.uniform(22, 62)
    growth = rng.uniform(0, 0.45)
    if name in {"SV21-0301", "SV21-0302", "SV21-0306"}:
        cpu0, mem0 = rng.uniform(30, 42), rng.uniform(66, 73)
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "SV21-0301":  # the full scans run on TAC node 1
            cpu += (93.0 + rng.gauss(0, 1.2) - cpu) * ramp(ts, G4["start"], G4["end"], rise=15, fall=10)
        if name == "SV21-0302":
            cpu += 19 * ramp(ts, G4["start"], G4["end"], rise=20, fall=10)
        if name == "SV21-0306" and ts >= ARCH_FROM:  # /tbarch fills up, then the purge
            disk += (99.0 + rng.gauss(0, 0.15) - disk) * ramp(ts, ARCH_FROM, G3["end"], rise=30, fall=20)
        if name == "SV23-0422" and ts >= KAFKA_FILL_FROM:  # log segments of the infinite-retention topic
            disk += (98.5 + rng.gauss(0, 0.2) - disk) * ramp(ts, KAFKA_FILL_FROM, G5["end"], rise=75, fall=25)
        if name == "SV22-0331":  # softirq on the proxy while the conntrack table is full
            cpu += 41 * ramp(ts, G1["start"], G1["end"], rise=10, fall=10)
        if name in {"gcv-3a7f", "gcv-91c2"}:  # the nodes under the leaking pods
            mem += (27 if name == "gcv-3a7f" else 19) * max(0.0, progress(ts, LEAK_FROM, NOW)) ** 1.3
        if name == "SV19-0118":  # the CTI server retrying the link
            cpu += 24 * ramp(ts, G2["start"], G2["end"], rise=10, fall=10)
        rows += samples(ts, name, cpu_usage=max(0.5, min(cpu, 99.5)), memory_usage=min(mem, 99.0))
        if kind != "cloud":
            rows.append((ts, name, "disk_usage", min(disk, 99.4)))
        else:
            rows.append((ts, name, "disk_usage", min(disk * 0.6, 99.4)))
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Network-class devices: CPU, memory, latency (response_time_ms) and packet loss / failed requests (as
    error_rate)."""
    rows = []
    cpu0, mem0 = rng.uniform(5, 21), rng.uniform(27, 49)
    rtt0 = rng.uniform(0.6, 2.2) if name != "NW20-0091" else rng.uniform(3.5, 5.0)
    load = _call_centre if name in CALL_CENTRE else _public
    for ts in times:
        d = load(ts)
        cpu = cpu0 * (0.6 + 0.6 * d) + rng.gauss(0, 0.8)
        mem = mem0 + rng.gauss(0, 0.3)
        rtt = rtt0 * (1 + rng.gauss(0, 0.06))
        loss = max(0.0, rng.gauss(0.02, 0.015))
        rows += samples(
            ts,
            name,
            cpu_usage=max(0.5, min(cpu, 99.5)),
            memory_usage=mem,
            response_time_ms=rtt,
            error_rate=loss,
        )
    return rows


def _archive_nas(rng: random.Random, ts: datetime) -> float:
    """ST23-0102: every issued certificate's original is kept; the tax-deadline week fills it fast."""
    return 86.3 + 5.6 * progress(ts, START, NOW) + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = _archive_nas if ci["name"] == "ST23-0102" else None
    return storage_fill(rng, ci["name"], times, START, (38, 66), 0.22, filling)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, site, rows = ci["name"], ci["type"], SITE_CODE[ci["location"]], []
    rt0 = level_by_kind(rng, kind, (3, 16), (0.3, 1.5), (2.5, 11), (4, 25), other=(45, 280))
    if name == "jigap_api":
        rt0 = 165.0
    if name == "jeonja_gwanin":
        rt0 = 85.0
    if name == "gatehouse":
        rt0 = 120.0
    if name == "jeungmyeong_balgeup":
        rt0 = 420.0
    levels = rt0, rng.uniform(0.02, 0.45), None, rng.uniform(30, 56)
    with_memory = kind in {"cache", "queue"} or site == "GC"
    load = _load(name)
    for ts, _, rt, err, _, mem in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            if inc["id"] == "G3" and hop == 2:  # at night few citizens pay
                r *= 0.8
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        if name == "jigap_api":
            mem = 38 + 56 * max(0.0, progress(ts, LEAK_FROM, NOW)) ** 1.6 + rng.gauss(0, 0.4)
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0))
        if with_memory:
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (25, 16, 0, "ST23-0102", "warning", "threshold_breach", "disk_usage above 85% on /vol_docs (tax-season issuance)"),
    (25, 18, 30, "onnara_gw", "info", "deployment", "Deployed onnara_gw patch 2.0.14 (전자결재 첨부 미리보기)"),
    (25, 23, 30, "jeongsan_batch", "info", "batch_job", "Daily settlement done (412,880 payments, 41 min)"),
    (26, 0, 40, "NPDB-P", "minor", "backup", "Archive log backup to ST22-1150 failed: media server timeout"),
    (26, 2, 0, "MWDB-P", "info", "backup", "Online backup of MWDB-P to ST22-1150 done (2.3 TB)"),
    (26, 3, 10, "es_juso", "info", "batch_job", "Monthly road-name address reindex done (도로명주소 2026.05)"),
    (26, 7, 55, "SV18-0077", "info", "login", "Vendor account dev_tmax logged in (JEUS patch test)"),
    (26, 9, 20, "compass_gaebal", "info", "maintenance", "Dev GIS server taken down for PostGIS upgrade test"),
    (26, 13, 30, "gonggong_openapi", "info", "config_change", "Daily quota for key group 'academic' raised 10000 -> 50000"),
    (26, 14, 10, "sesyeon_cache", "info", "restart", "Replica resync after a planned failover test"),
    (26, 16, 45, "jigap_api_geomjeung", "info", "deployment", "Deployed jigap_api 2.8.0-rc2 to stg"),
    (26, 18, 30, "NW19-0044", "info", "firmware", "IP-PBX firmware patch 8.1.3.7 applied (security advisory)"),
    (26, 22, 0, "MWDB-P", "info", "batch_job", "Optimizer statistics gathering job started (weekly, all schemas)"),
    (27, 1, 5, "MWDB-P", "info", "batch_job", "Optimizer statistics gathering job finished"),
    (27, 2, 0, "MWDB-P", "info", "backup", "Online backup of MWDB-P to ST22-1150 done (2.3 TB)"),
    (27, 6, 40, "ST23-0102", "major", "threshold_breach", "disk_usage above 90% on /vol_docs"),
    (27, 8, 30, "SV20-0231", "info", "deployment", "검증계 refresh: minwon_jeopsu_geomjeung 4.2.0 deployed"),
    (27, 9, 10, "jigap_api", "info", "deployment", "Deployed jigap_api 2.8.0 (document preview cache)"),
    (27, 13, 5, "lb_oebu", "info", "config_change", "Connection limit for minwon_web pool raised 8000 -> 12000"),
    (27, 13, 50, "gcs-jigap-docs", "info", "config_change", "Lifecycle rule: previews older than 30 days expire"),
]
INCIDENT_EVENTS = [
    # G1 (yesterday late morning)
    (26, 10, 16, "gatehouse", "critical", "conntrack_full", "nf_conntrack: table full, dropping packet (262144 entries)"),
    (26, 10, 19, "ganpyeon_injeung", "major", "error", "simple-auth requests to providers failing (connect refused by proxy)"),
    (26, 10, 21, "allimtok_relay", "major", "error", "알림톡 send failed: proxy CONNECT timeout"),
    (26, 10, 22, "munja_relay", "warning", "error", "SMS agent connection failed via proxy"),
    (26, 10, 24, "kftc_yeongye", "major", "timeout", "KFTC approval request timeout (30 s)"),
    (26, 10, 27, "bonin_hwagin", "warning", "error", "간편인증 unavailable, users fall back to 공동인증서"),
    (26, 10, 31, "nappu_gw", "warning", "error", "card/transfer payment failures 7%"),
    (26, 11, 12, "gatehouse", "info", "config_change", "nf_conntrack_max raised 262144 -> 1048576"),
    (26, 11, 31, "gatehouse", "info", "recovery", "conntrack usage back to 18%, outbound traffic normal"),
    # G2 (yesterday evening)
    (26, 18, 41, "switchboard", "critical", "link_down", "CTI link to IP-PBX NW19-0044 down (TLS handshake failure)"),
    (26, 18, 44, "ars_ivr", "major", "error", "call transfer to counsellor queue failing"),
    (26, 18, 46, "sangdam_crm", "major", "error", "no call pop-up: CTI events missing"),
    (26, 19, 50, "switchboard", "info", "config_change", "CTI link cipher list updated to match PBX (TLS 1.2 ECDHE)"),
    (26, 20, 6, "switchboard", "info", "recovery", "CTI link up, 218 agents logged in again"),
    # G3 (last night)
    (26, 23, 30, "jeongsan_batch", "info", "batch_job", "Daily settlement started"),
    (26, 23, 33, "NPDB-P", "critical", "archive_full", "archive log destination /tbarch full: log switch suspended"),
    (26, 23, 36, "nappu_gw", "major", "error", "payment commit failed: DB not responding"),
    (26, 23, 38, "jibangse_johoe", "major", "timeout", "local tax inquiry timeout"),
    (26, 23, 40, "jeongsan_batch", "major", "batch_job", "Daily settlement stalled at step 3/7 (waiting on NPDB-P)"),
    (26, 23, 45, "SV21-0306", "major", "threshold_breach", "disk_usage above 95% on /tbarch"),
    (26, 23, 52, "minwon_web", "warning", "error", "payment page HTTP 500 rate 2%"),
    (27, 1, 25, "NPDB-P", "info", "backup", "Archive logs backed up to ST22-1150 and purged (412 GB)"),
    (27, 1, 52, "NPDB-P", "info", "recovery", "log switch resumed, sessions normal"),
    (27, 2, 30, "jeongsan_batch", "info", "batch_job", "Daily settlement rerun done (398,114 payments)"),
    # G4 (this morning)
    (27, 8, 52, "MWDB-P", "major", "slow_query", "SQL 7fq2k... full scan on MW_APPL (elapsed 8.2 s)"),
    (27, 8, 58, "SV21-0301", "major", "threshold_breach", "cpu_usage above 90% for 5 min"),
    (27, 9, 2, "MWDB-P", "critical", "lock_wait", "TX lock waits 312 sessions"),
    (27, 9, 5, "minwon_jeopsu", "major", "threshold_breach", "response_time_ms above 2000 ms for 5 min"),
    (27, 9, 6, "jeungmyeong_balgeup", "major", "threshold_breach", "response_time_ms above 5000 ms for 5 min"),
    (27, 9, 9, "minwon_web", "warning", "timeout", "WAS thread pool 90% busy, requests queued"),
    (27, 9, 15, "ars_ivr", "warning", "timeout", "status lookup timeout, callers sent to counsellors"),
    (27, 9, 40, "MWDB-P", "info", "config_change", "Statistics of MW_APPL restored from 2026-05-20 and locked"),
    (27, 10, 27, "MWDB-P", "info", "recovery", "lock waits cleared, query elapsed back to 40 ms"),
    # G5 (late morning)
    (27, 10, 40, "SV23-0422", "warning", "threshold_breach", "disk_usage above 85% on /kafka-logs"),
    (27, 11, 1, "kafka_tongji", "critical", "broker_down", "broker 2 stopped: No space left on device, 14 partitions offline"),
    (27, 11, 4, "postbox", "major", "error", "publish to notice.request failed: NOT_LEADER_OR_FOLLOWER"),
    (27, 11, 6, "allimtok_relay", "major", "backlog", "consumer stalled, 48,200 messages unsent"),
    (27, 11, 7, "munja_relay", "major", "backlog", "fallback SMS queue stalled"),
    (27, 11, 15, "minwon_jeopsu", "warning", "timeout", "notification call timeout (3 s) on submit"),
    (27, 11, 50, "kafka_tongji", "info", "config_change", "retention.ms of topic audit.raw set to 7 days"),
    (27, 11, 58, "kafka_tongji", "info", "restart", "broker 2 restarted, ISR caught up"),
    (27, 12, 12, "kafka_tongji", "info", "recovery", "all partitions online, relays draining backlog"),
    # G6 (ongoing)
    (27, 12, 50, "jigap_api", "warning", "threshold_breach", "memory_usage above 80% (heap)"),
    (27, 13, 42, "jigap_api", "major", "gc_pause", "full GC pause 2.9 s (old gen 93%)"),
    (27, 13, 55, "jigap_app_bff", "warning", "timeout", "timeout calling jigap_api (document list, 5 s)"),
    (27, 14, 20, "jigap_api", "major", "restart", "pod jigap-api-6d8c OOMKilled and restarted"),
    # G7 (ongoing)
    (27, 14, 30, "jeonja_gwanin", "info", "cert_change", "관인 certificate renewed: key label GWANIN_2026 activated"),
    (27, 14, 36, "jeonja_gwanin", "critical", "sign_error", "signing failed: CKR_KEY_HANDLE_INVALID (label GWANIN_2026)"),
    (27, 14, 40, "jeungmyeong_balgeup", "major", "error", "certificate PDF issuance failed: seal signature error"),
    (27, 14, 48, "minwon_web", "warning", "error", "발급 화면 오류 안내 노출 (issuance error page)"),
    (27, 14, 55, "jeonja_gwanin", "critical", "threshold_breach", "error_rate above 20% for 15 min"),
]
# fmt: on


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "public-sector", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()
