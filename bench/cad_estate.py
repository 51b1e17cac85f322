"""Generate the emergency-dispatch estate (tests/fixtures/emergency-dispatch/, interchange format) and its faults file.

A Korean metropolitan fire authority's 119 emergency dispatch centre (한빛광역시 소방재난본부 119종합상황실): call
intake (`jeopsu_cti` CTI with the IVR `jeopsu_ivr`, 문자신고 `jeopsu_text119`, 영상신고 `video119`, the carriers'
caller location `wichi_lbs`, call recording `nokchwi_rec` over the recording NAS `nas-nokchwi`), the HWARANG CAD
suite (`HWR-CAD` on the Tibero TAC `TBR-CAD`, the unit recommendation engine `HWR-DISPATCH`, the unit status board
`HWR-STATUS` on Redis `rds-unitstatus`, vehicle tracking `HWR-AVL` fed from the ambulance and fire-truck terminals
through the LTE gateways `lte-gw-kt` / `lte-gw-skt` into Kafka `kfk-avl`, the crews' terminals `HWR-MDT`, the
wallboard, replay and admin console), the JIDO GIS (`jido-tile`, `jido-geocode`, `jido-route` on PostGIS
`pg-gis`), the hospital bed-availability link `byeongsang_link` through the E-Gen relay `egen-gw`, station
alerting (`churdong_notify` over RabbitMQ `mq-churdong` to the district fire stations' `stn-alert-*` receivers and
the TRS radio gateway `trs-gw`), SMS/알림톡 to citizens (`munja_gw`, `alimtalk-relay` in the government cloud),
112 joint response `police112-link`, the nightly statistics batch `tonggye_batch`, and the DR centre in Sejong
(`TBR-CAD-DR`, `HWR-CAD-DR`, `jeopsu_cti_dr`).
Sites 본부전산실 (main DC), 재해복구센터 (DR, Sejong), 119종합상황실 (the dispatch floor), 중부/북부/남부/서부소방서
and gov-cloud; environments prod, stage, qa, dev; owners are teams with Korean and English names.

Naming (unlike the earlier estates): asset-tag host names by site (`hbsv-0503`: 한빛 server, rack 05 slot 03;
`sjsv-0201` in the Sejong DR; `hbnw-0011` network appliances), romanised Korean snake_case for the in-house
legacy apps (`jeopsu_cti` 접수, `nokchwi_rec` 녹취, `byeongsang_link` 병상, `churdong_notify` 출동, `munja_gw` 문자,
`wichi_lbs` 위치, `tonggye_batch` 통계, `geunmu_sync` 근무), the product code names HWARANG (`HWR-CAD`, `HWR-AVL`)
and JIDO (`jido-geocode`), romanised station PCs (`jungbu-pc01`), Tibero in capitals (`TBR-CAD`).

Seven injected incidents (times KST; now = Saturday 2026-11-21 02:30, a busy Friday night; the window is the
10 days before):
  E1 Thu 12 09:10–10:05  pg-gis blocks on an ACCESS EXCLUSIVE lock (a REINDEX of the address-point table started
                         by the monthly 도로명주소 load): jido-geocode (loudest; its address DB deploy at 08:50 is a
                         bystander), jido-route and HWR-DISPATCH time out
  E2 Fri 13 20:40–21:35  (Friday evening) lte-gw-kt's IPsec tunnels to the KT LTE APN flap after a rekey failure:
                         HWR-AVL (loudest, stale vehicle positions), HWR-MDT, HWR-STATUS
  E3 Sun 15 03:10–04:05  (weekend, night) rds-unitstatus reaches maxmemory (TTL-less keys) and evicts unit states:
                         HWR-STATUS (loudest), HWR-CAD, HWR-WALLBOARD (tonggye_batch at 03:00 is a bystander)
  E4 Tue 17 00:05–01:00  egen-gw's mTLS client certificate to the E-Gen bed API expires at midnight (warned for
                         days): byeongsang_link (loudest), HWR-DISPATCH, HWR-MDT
  E5 Wed 18 14:20–15:15  hbsv-0503's RAID controller drops to write-through in a battery learn cycle, I/O wait pegs
                         the CPU: jeopsu_cti (loudest; its 4.2.1 patch at 13:55 is a bystander), jeopsu_ivr,
                         nokchwi_rec
  E6 Thu 19 21:30–22:25  mq-churdong hits its memory high watermark and blocks publishers: churdong_notify (loudest;
                         deployed at 21:05), munja_gw, HWR-CAD
  E7 Sat 21 01:55–now    TBR-CAD row-lock contention on the incident table in the Friday-night call surge (the
                         optimizer statistics regathered on Thursday dropped the plan onto a full scan): HWR-CAD
                         (loudest; hotfix deployed at 00:40), HWR-DISPATCH, then HWR-MDT (ongoing)
Confounders: daily call curve (morning and evening peaks), Friday and Saturday nights heavier, the nightly
tonggye_batch (03:00) and backup (01:00), the shift changes at 09:00 / 18:00, the DR drill on Wednesday 18 at 02:00,
deploys on victims before E1, E5, E6 and E7, `hbsv-0809` and `sjsv-0205` in maintenance, the retired
`cad_legacy_v3` and `hbsv-0207`, the disk of `hbsv-0703` (pg-avl, an inactive replication slot keeps WAL) creeping
up, and alimtalk-relay's certificate expiring on 2026-12-02 (warned daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/cad_golden.py) are computed from the files.

    .venv/bin/python bench/cad_estate.py   # rewrites tests/fixtures/emergency-dispatch*
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

NAME = "emergency-dispatch"
NOW = datetime(2026, 11, 20, 17, 30, tzinfo=UTC)  # Saturday 2026-11-21 02:30 KST
START = NOW - timedelta(days=10)  # Wednesday 2026-11-11 02:30 KST
SEED = 20261121
SITES = {
    "H": "본부전산실",
    "D": "재해복구센터",
    "R": "119종합상황실",
    "J": "중부소방서",
    "B": "북부소방서",
    "N": "남부소방서",
    "W": "서부소방서",
    "C": "gov-cloud",
}
ENVS = {"P": "prod", "S": "stage", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2026-11")

CAD, SITU, ICT, GIS = "cad-platform", "119상황관리팀", "정보통신팀", "gis-squad"
EMS, DBA, INFRA, RADIO = "구급관리팀", "DB운영파트", "infra-ops", "무선통신팀"
NOTI, DATA, STN, CALL = "citizen-notify", "통계분석팀", "소방서전산담당", "call-intake"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- call intake (접수)
    "jeopsu_cti": ("service", CALL, "H", "P", ["hbsv-0503"], ["wichi_lbs", "rds-session"],
                   {"desc": "119 신고전화 CTI (ACD 라우팅, 발신번호/위치 팝업)", "product": "Genesys Engage 8.5",
                    "version": "4.2.1", "trunks": "E1 x 12 (KT, SKB)", "agent_seats": 64, "port": 5060}),
    "jeopsu_ivr": ("service", CALL, "H", "P", ["hbsv-0503"], ["jeopsu_cti"],
                   {"desc": "119 IVR (폭주 시 대기 안내, 다국어 3자통화 연결)", "version": "2.8.0", "ports": 120,
                    "languages": "ko, en, zh, ja, vi"}),
    "jeopsu_text119": ("service", CALL, "H", "P", ["hbsv-0505"], ["jeopsu_cti", "kfk-event"],
                       {"desc": "문자/앱 신고 접수 (119 문자신고, 청각장애인 신고)", "version": "3.1.4",
                        "lang": "java"}),
    "video119": ("service", CALL, "H", "P", ["hbsv-0505"], ["jeopsu_cti", "nas-nokchwi"],
                 {"desc": "영상신고 (보이는 119, 응급처치 영상 지도)", "version": "1.6.2", "lang": "node",
                  "max_sessions": 40}),
    "wichi_lbs": ("service", CALL, "H", "P", ["hbsv-0505"], [],
                  {"desc": "이동통신사 위치정보 조회 (기지국/GPS/Wi-Fi 측위)", "version": "5.0.3",
                   "carriers": "SKT, KT, LGU+", "sla_s": 5}),
    "nokchwi_rec": ("service", CALL, "H", "P", ["hbsv-0504"], ["jeopsu_cti", "pg-nokchwi", "nas-nokchwi"],
                    {"desc": "신고전화/무선 녹취", "product": "NICE Engage 6.7", "channels": 192,
                     "retention_days": 1095, "codec": "G.711"}),
    # ---------------------------------------------------------------- HWARANG CAD suite
    "HWR-CAD": ("service", CAD, "H", "P", ["hbsv-0405", "hbsv-0406"],
                ["TBR-CAD", "jeopsu_cti", "jido-geocode", "rds-unitstatus", "mq-churdong", "kfk-event",
                 "police112-link"],
                {"desc": "화랑 CAD (사건 카드, 접수-출동 지령)", "product": "HWARANG CAD", "version": "7.4.2",
                 "lang": "java", "replicas": 4, "consoles": 64, "port": 8443}),
    "HWR-DISPATCH": ("service", CAD, "H", "P", ["hbsv-0407"],
                     ["TBR-CAD", "HWR-AVL", "jido-route", "byeongsang_link", "rds-unitstatus"],
                     {"desc": "출동대 추천 엔진 (최근접 가용 차량, 병원 선정)", "product": "HWARANG Dispatch",
                      "version": "3.9.0", "lang": "java", "replicas": 3, "recommend_timeout_s": 3}),
    "HWR-STATUS": ("service", CAD, "H", "P", ["hbsv-0407"], ["rds-unitstatus", "HWR-AVL", "pg-avl"],
                   {"desc": "출동대 상태판 (출동/현장도착/귀소/대기)", "product": "HWARANG Status",
                    "version": "2.5.1", "lang": "kotlin", "replicas": 2, "units": 318}),
    "HWR-AVL": ("service", CAD, "H", "P", ["hbsv-0704"], ["lte-gw-kt", "lte-gw-skt", "kfk-avl"],
                {"desc": "차량 위치 수집 (구급차/펌프차 MDT GPS)", "product": "HWARANG AVL", "version": "2.2.7",
                 "lang": "go", "vehicles": 318, "report_interval_s": 10}),
    "avl_writer": ("service", CAD, "H", "P", ["hbsv-0704"], ["kfk-avl", "pg-avl"],
                   {"desc": "차량 위치 이력 적재 (Kafka → PostgreSQL)", "version": "1.4.0", "lang": "go",
                    "batch_size": 500}),
    "HWR-MDT": ("service", CAD, "H", "P", ["hbsv-0408"],
                ["HWR-CAD", "lte-gw-kt", "lte-gw-skt", "byeongsang_link"],
                {"desc": "차량 단말(MDT) API (출동지령 수신, 상태 버튼, 병원 목록)", "product": "HWARANG MDT",
                 "version": "4.0.3", "lang": "kotlin", "replicas": 3, "terminals": 342}),
    "HWR-WALLBOARD": ("service", SITU, "R", "P", ["srm-wall-01"], ["HWR-STATUS", "HWR-CAD"],
                      {"desc": "상황실 대형 상황판", "version": "1.9.4", "screens": 24}),
    "HWR-REPLAY": ("service", SITU, "H", "P", ["hbsv-0504"], ["pg-nokchwi", "nas-nokchwi", "TBR-CAD"],
                   {"desc": "접수/지령 재생 (품질 평가, 민원 대응)", "version": "1.3.0"}),
    "HWR-ADMIN": ("service", CAD, "H", "P", ["hbsv-0408"], ["TBR-CAD"],
                  {"desc": "CAD 관리자 콘솔 (코드, 관할, 출동대 편성)", "version": "7.4.0"}),
    "geunmu_sync": ("service", CAD, "H", "P", ["hbsv-0902"], ["TBR-CAD"],
                    {"desc": "근무편성 연계 (소방 인사 시스템 → 출동대 인원)", "version": "1.1.8",
                     "schedule": "매시 05분"}),
    # ---------------------------------------------------------------- JIDO GIS
    "jido-tile": ("service", GIS, "H", "P", ["hbsv-0601"], ["obj-jido-tiles", "rds-jido-tile"],
                  {"desc": "지도 타일 서버 (기본도, 소방용수, 건물 평면)", "product": "GeoServer 2.24",
                   "version": "2.24.2", "zoom_levels": 19}),
    "jido-geocode": ("service", GIS, "H", "P", ["hbsv-0602"], ["pg-gis"],
                     {"desc": "주소/좌표 변환 (도로명, 지번, 건물명)", "version": "3.3.0", "lang": "java",
                      "address_db": "2026-11 도로명주소"}),
    "jido-route": ("service", GIS, "H", "P", ["hbsv-0602"], ["pg-gis"],
                   {"desc": "출동 경로/도착 예정 시간 (ETA)", "product": "pgRouting 3.6", "version": "2.0.5",
                    "traffic_feed": "ITS 5분"}),
    # ---------------------------------------------------------------- hospitals, police, radio, stations
    "byeongsang_link": ("service", EMS, "H", "P", ["hbsv-0901"], ["egen-gw", "pg-byeongsang"],
                        {"desc": "응급실 병상/수용 가능 정보 연계", "version": "2.7.3", "hospitals": 58,
                         "refresh_s": 60}),
    "egen-gw": ("service", EMS, "H", "P", ["hbsv-0901"], [],
                {"desc": "E-Gen(중앙응급의료센터) 연계 게이트웨이 (mTLS)", "version": "1.8.1",
                 "endpoint": "api.e-gen.or.kr", "client_cert_expiry": "2027-11-17"}),
    "police112-link": ("service", SITU, "H", "P", ["hbsv-0902"], ["kfk-event"],
                       {"desc": "112 공동대응 연계 (경찰 상황실)", "version": "2.0.1", "protocol": "HTTPS/JSON"}),
    "churdong_notify": ("service", SITU, "H", "P", ["hbsv-0802"], ["mq-churdong", "trs-gw"],
                        {"desc": "출동지령 전파 (소방서 지령 수신기, 방송, 무선)", "version": "5.6.0",
                         "lang": "java", "stations": 4, "ack_timeout_s": 15}),
    "trs-gw": ("service", RADIO, "R", "P", ["srm-trs-01"], [],
               {"desc": "TRS 무선 게이트웨이 (RoIP)", "product": "Motorola MCC 7500E", "talkgroups": 96,
                "standard": "TETRA"}),
    "trs-console": ("service", RADIO, "R", "P", ["srm-trs-02"], ["trs-gw"],
                    {"desc": "무선 지령 콘솔", "consoles": 18, "version": "7.19"}),
    "stn-alert-jb": ("service", STN, "J", "P", ["jungbu-pc01"], ["churdong_notify"],
                     {"desc": "중부소방서 출동지령 수신기 (방송, 차고문, 경광등)", "version": "2.1.0", "bays": 9}),
    "stn-alert-bb": ("service", STN, "B", "P", ["bukbu-pc01"], ["churdong_notify"],
                     {"desc": "북부소방서 출동지령 수신기", "version": "2.1.0", "bays": 7}),
    "stn-alert-nb": ("service", STN, "N", "P", ["nambu-pc01"], ["churdong_notify"],
                     {"desc": "남부소방서 출동지령 수신기", "version": "2.0.6", "bays": 8}),
    "stn-alert-sb": ("service", STN, "W", "P", ["seobu-pc01"], ["churdong_notify"],
                     {"desc": "서부소방서 출동지령 수신기", "version": "2.1.0", "bays": 6}),
    "lte-gw-kt": ("service", ICT, "H", "P", ["hbnw-0011"], [],
                  {"desc": "차량 단말 LTE 게이트웨이 (KT 전용 APN, IPsec)", "vendor": "Juniper", "model": "SRX1500",
                   "apn": "119hb.kt", "tunnels": 4, "terminals": 188}),
    "lte-gw-skt": ("service", ICT, "H", "P", ["hbnw-0012"], [],
                   {"desc": "차량 단말 LTE 게이트웨이 (SKT 전용 APN, IPsec)", "vendor": "Juniper",
                    "model": "SRX1500", "apn": "119hb.skt", "tunnels": 4, "terminals": 154}),
    # ---------------------------------------------------------------- citizens (gov-cloud), statistics
    "munja_gw": ("service", NOTI, "C", "P", ["ncp-munja-a", "ncp-munja-b"],
                 ["mq-churdong", "pg-munja", "alimtalk-relay"],
                 {"desc": "신고자 문자/알림톡 발송 (출동 안내, 도착 예정)", "version": "3.0.9", "lang": "python",
                  "sender_no": "119", "daily_quota": 200000}),
    "alimtalk-relay": ("service", NOTI, "C", "P", ["ncp-munja-b"], [],
                       {"desc": "카카오 알림톡 중계", "version": "1.2.2", "cert_expiry": "2026-12-02",
                        "templates": 14}),
    "web119-portal": ("service", NOTI, "C", "P", ["ncp-web-a"], ["pg-tonggye"],
                      {"desc": "시민용 119 출동 통계/안전정보 포털", "version": "4.4.0", "lang": "typescript"}),
    "safe-app-api": ("service", NOTI, "C", "P", ["ncp-web-a"], ["jeopsu_text119", "munja_gw"],
                     {"desc": "119 신고 앱 API (위치 동봉 신고)", "version": "2.3.1", "lang": "kotlin",
                      "app_users": 410000}),
    "tonggye_batch": ("service", DATA, "H", "P", ["hbsv-0903"], ["TBR-CAD", "pg-tonggye", "kfk-event"],
                      {"desc": "출동 통계 야간 배치 (소방청 보고, 골든타임 지표)", "schedule": "매일 03:00",
                       "jobs": 41, "version": "2.0.0"}),
    # ---------------------------------------------------------------- DR (세종)
    "HWR-CAD-DR": ("service", CAD, "D", "P", ["sjsv-0203"], ["TBR-CAD-DR"],
                   {"desc": "화랑 CAD 재해복구 (warm standby)", "version": "7.4.2", "replicas": 2,
                    "rto_min": 30}),
    "jeopsu_cti_dr": ("service", CALL, "D", "P", ["sjsv-0203"], [],
                      {"desc": "CTI 재해복구 (착신 전환 대기)", "version": "4.2.0", "agent_seats": 24}),
    # ---------------------------------------------------------------- stage, qa, dev, retired
    "HWR-CAD-STG": ("service", CAD, "H", "S", ["hbsv-1101"], ["TBR-CAD-STG", "rds-stg", "mq-stg"],
                    {"desc": "화랑 CAD 검증", "version": "7.5.0-rc3", "replicas": 1}),
    "HWR-DISPATCH-STG": ("service", CAD, "H", "S", ["hbsv-1101"], ["TBR-CAD-STG"],
                         {"desc": "출동대 추천 검증", "version": "4.0.0-rc1", "replicas": 1}),
    "jido-geocode-qa": ("service", GIS, "H", "Q", ["hbsv-1101"], ["pg-gis-dev"],
                        {"desc": "주소 변환 QA (주소 DB 검수)", "version": "3.4.0-rc1",
                         "address_db": "2026-12 도로명주소 (예정)"}),
    "munja_gw_dev": ("service", NOTI, "C", "D", ["ncp-munja-b"], [],
                     {"desc": "문자 발송 (개발, 발송 차단)", "version": "3.1.0-dev"}),
    "HWR-AVL-DEV": ("service", CAD, "H", "D", ["hbsv-1102"], [],
                    {"desc": "차량 위치 수집 (개발, 시뮬레이터)", "version": "2.3.0-SNAPSHOT"}),
    "cad_legacy_v3": ("service", CAD, "H", "P", ["hbsv-0207"], [],
                      {"desc": "구 CAD v3 (2025년 화랑 CAD로 대체)", "version": "3.8.11",
                       "decommissioned": "2025-09-30"}),
    # ---------------------------------------------------------------- databases
    "TBR-CAD": ("database", DBA, "H", "P", ["hbsv-0301", "hbsv-0302"], [],
                {"engine": "tibero", "version": "Tibero 7 FS02", "cluster": "TAC 2노드", "port": 8629,
                 "sid": "CAD119", "max_sessions": 1200, "size_gb": 2300,
                 "desc": "CAD 운영 DB (사건, 출동, 대원, 관할)"}),
    "TBR-CAD-DR": ("database", DBA, "D", "P", ["sjsv-0201"], [],
                   {"engine": "tibero", "version": "Tibero 7 FS02", "port": 8629, "sid": "CAD119DR",
                    "replication": "TSC (Tibero Standby Cluster)", "desc": "CAD DB 재해복구 대기"}),
    "pg-gis": ("database", DBA, "H", "P", ["hbsv-0605"], [],
               {"engine": "postgresql", "version": "16.4", "extension": "PostGIS 3.4", "port": 5432,
                "size_gb": 610, "desc": "주소점, 건물, 도로망, 소방용수"}),
    "pg-avl": ("database", DBA, "H", "P", ["hbsv-0703"], [],
               {"engine": "postgresql", "version": "15.8", "extension": "TimescaleDB 2.15", "port": 5432,
                "retention_days": 180, "desc": "차량 위치 이력"}),
    "pg-byeongsang": ("database", DBA, "H", "P", ["hbsv-0309"], [],
                      {"engine": "postgresql", "version": "15.8", "port": 5432, "size_gb": 42,
                       "desc": "병원, 응급실 병상, 수용 곤란 고지"}),
    "pg-nokchwi": ("database", DBA, "H", "P", ["hbsv-0504"], [],
                   {"engine": "postgresql", "version": "13.16", "port": 5432, "size_gb": 380,
                    "desc": "녹취 색인 (통화 메타데이터)"}),
    "pg-tonggye": ("database", DATA, "H", "P", ["hbsv-0903"], [],
                   {"engine": "postgresql", "version": "16.4", "port": 5432, "size_gb": 1250,
                    "desc": "출동 통계 DW"}),
    "pg-munja": ("database", NOTI, "C", "P", [], [],
                 {"engine": "postgresql", "product": "Cloud DB for PostgreSQL (ncloud)", "version": "14.12",
                  "port": 5432, "desc": "문자 발송 이력"}),
    "TBR-CAD-STG": ("database", DBA, "H", "S", ["hbsv-1101"], [],
                    {"engine": "tibero", "version": "Tibero 7 FS02", "port": 8629, "sid": "CADSTG"}),
    "pg-gis-dev": ("database", GIS, "H", "D", ["hbsv-1102"], [],
                   {"engine": "postgresql", "version": "16.4", "extension": "PostGIS 3.4", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "rds-unitstatus": ("cache", CAD, "H", "P", ["hbsv-0801"], [],
                       {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "port": 6379,
                        "eviction": "allkeys-lru", "desc": "출동대 실시간 상태"}),
    "rds-session": ("cache", CALL, "H", "P", ["hbsv-0801"], [],
                    {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 4, "port": 6380,
                     "desc": "접수대 세션, 통화 컨텍스트"}),
    "rds-jido-tile": ("cache", GIS, "H", "P", ["hbsv-0601"], [],
                      {"engine": "redis", "version": "7.0.15", "maxmemory_gb": 32, "port": 6379,
                       "desc": "지도 타일 캐시"}),
    "rds-stg": ("cache", CAD, "H", "S", ["hbsv-1101"], [],
                {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 2, "port": 6379}),
    "kfk-avl": ("queue", CAD, "H", "P", ["hbsv-0701", "hbsv-0702"], [],
                {"product": "Apache Kafka 3.7", "brokers": 3, "topics": 12, "port": 9092,
                 "desc": "차량 위치 스트림"}),
    "kfk-event": ("queue", CAD, "H", "P", ["hbsv-0702"], [],
                  {"product": "Apache Kafka 3.7", "brokers": 3, "topics": 31, "port": 9092,
                   "desc": "사건/접수 이벤트 (통계, 112 연계)"}),
    "mq-churdong": ("queue", SITU, "H", "P", ["hbsv-0802"], [],
                    {"product": "RabbitMQ 3.12", "port": 5672, "vm_memory_high_watermark": 0.4,
                     "queues": 22, "desc": "출동지령 전파, 신고자 문자"}),
    "mq-stg": ("queue", CAD, "H", "S", ["hbsv-1101"], [], {"product": "RabbitMQ 3.13", "port": 5672}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "L4-HQ-CAD": ("H", ICT, ["HWR-CAD", "HWR-DISPATCH", "HWR-MDT"],
                  {"vendor": "Piolink", "model": "PAS-K 6424", "vip": "10.119.20.10", "firmware": "2.6.3"}),
    "L4-HQ-JEOPSU": ("H", ICT, ["jeopsu_cti", "jeopsu_text119", "video119"],
                     {"vendor": "Radware", "model": "Alteon 5424", "vip": "10.119.20.30", "firmware": "33.5.4"}),
    "lb-jido": ("H", GIS, ["jido-tile", "jido-geocode", "jido-route"],
                {"vendor": "F5", "model": "NGINX Plus R31", "vip": "10.119.21.5", "cert_expiry": "2027-05-09"}),
    "lb-dr-cad": ("D", ICT, ["HWR-CAD-DR", "jeopsu_cti_dr"],
                  {"vendor": "Piolink", "model": "PAS-K 3412", "vip": "10.219.20.10", "firmware": "2.6.1"}),
    "waf-citizen": ("C", NOTI, ["web119-portal", "safe-app-api"],
                    {"vendor": "Penta Security", "model": "WAPPLES Cloud", "endpoint": "www.119hanbit.go.kr",
                     "cert_expiry": "2027-03-31"}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-nokchwi": ("H", CALL, {"vendor": "NetApp", "model": "FAS2820", "capacity_tb": 180,
                                "volume": "/vol/rec119", "desc": "녹취/영상신고 원본 (3년 보관)"},
                    ["hbsv-0504", "hbsv-0505"]),
    "san-hq-01": ("H", INFRA, {"vendor": "Hitachi", "model": "VSP E790", "capacity_tb": 320,
                               "desc": "Tibero, PostgreSQL 블록 스토리지"},
                  ["hbsv-0301", "hbsv-0302", "hbsv-0605", "hbsv-0703"]),
    "san-dr-01": ("D", INFRA, {"vendor": "Hitachi", "model": "VSP E590", "capacity_tb": 200,
                               "desc": "DR 블록 스토리지 (비동기 복제)"}, ["sjsv-0201"]),
    "obj-jido-tiles": ("C", GIS, {"vendor": "ncloud", "model": "Object Storage", "capacity_tb": 24,
                                  "desc": "사전 렌더링 지도 타일"}, []),
    "vtl-backup": ("H", INFRA, {"vendor": "Quantum", "model": "DXi9000", "capacity_tb": 560,
                                "desc": "야간 백업 (01:00), 주간 소산"}, ["hbsv-0301", "hbsv-0903"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # 본부전산실
    "hbsv-0301": ("H", "P", "db", {"role": "Tibero TAC #1", "model": "Dell PowerEdge R760"}),
    "hbsv-0302": ("H", "P", "db", {"role": "Tibero TAC #2", "model": "Dell PowerEdge R760"}),
    "hbsv-0309": ("H", "P", "srv", {"role": "PostgreSQL 병상"}),
    "hbsv-0405": ("H", "P", "srv", {"role": "화랑 CAD WAS #1"}),
    "hbsv-0406": ("H", "P", "srv", {"role": "화랑 CAD WAS #2"}),
    "hbsv-0407": ("H", "P", "srv", {"role": "출동 추천, 상태판"}),
    "hbsv-0408": ("H", "P", "srv", {"role": "MDT API, CAD 관리"}),
    "hbsv-0503": ("H", "P", "srv", {"role": "CTI, IVR", "raid": "PERC H755 (RAID10)"}),
    "hbsv-0504": ("H", "P", "srv", {"role": "녹취, 재생"}),
    "hbsv-0505": ("H", "P", "srv", {"role": "문자/영상 신고, 위치조회"}),
    "hbsv-0601": ("H", "P", "srv", {"role": "지도 타일"}),
    "hbsv-0602": ("H", "P", "srv", {"role": "주소 변환, 경로"}),
    "hbsv-0605": ("H", "P", "db", {"role": "PostGIS", "model": "Dell PowerEdge R760"}),
    "hbsv-0701": ("H", "P", "srv", {"role": "Kafka 브로커 #1"}),
    "hbsv-0702": ("H", "P", "srv", {"role": "Kafka 브로커 #2"}),
    "hbsv-0703": ("H", "P", "db", {"role": "PostgreSQL 차량 위치", "model": "Dell PowerEdge R750"}),
    "hbsv-0704": ("H", "P", "srv", {"role": "AVL 수집"}),
    "hbsv-0801": ("H", "P", "srv", {"role": "Redis"}),
    "hbsv-0802": ("H", "P", "srv", {"role": "RabbitMQ, 출동지령 전파"}),
    "hbsv-0809": ("H", "P", "srv", {"role": "예비 WAS (메인보드 교체 대기)"}),
    "hbsv-0901": ("H", "P", "srv", {"role": "병상 연계, E-Gen 게이트웨이"}),
    "hbsv-0902": ("H", "P", "srv", {"role": "112 연계, 근무편성"}),
    "hbsv-0903": ("H", "P", "srv", {"role": "통계 배치, DW"}),
    "hbsv-0207": ("H", "P", "srv", {"role": "구 CAD v3 (철거 예정)"}),
    "hbsv-1101": ("H", "S", "srv", {"role": "검증계 공용"}),
    "hbsv-1102": ("H", "D", "srv", {"role": "개발계 공용"}),
    "hbnw-0001": ("H", "P", "net", {"device": "core firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 2000",
                                    "firmware": "4.2.7"}),
    "hbnw-0011": ("H", "P", "net", {"device": "LTE gateway", "vendor": "Juniper", "model": "SRX1500",
                                    "firmware": "Junos 22.4R3"}),
    "hbnw-0012": ("H", "P", "net", {"device": "LTE gateway", "vendor": "Juniper", "model": "SRX1500",
                                    "firmware": "Junos 22.4R3"}),
    # 재해복구센터 (세종)
    "sjsv-0201": ("D", "P", "db", {"role": "Tibero DR", "model": "Dell PowerEdge R760"}),
    "sjsv-0203": ("D", "P", "srv", {"role": "CAD/CTI DR"}),
    "sjsv-0205": ("D", "P", "srv", {"role": "DR 예비 (펌웨어 점검)"}),
    "sjnw-0001": ("D", "P", "net", {"device": "DR firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 1000",
                                    "firmware": "4.2.7", "circuit": "KT 전용회선 1G (본부-세종)"}),
    # 119종합상황실
    "srm-trs-01": ("R", "P", "appliance", {"role": "TRS RoIP 게이트웨이", "model": "Motorola GGM 8000"}),
    "srm-trs-02": ("R", "P", "appliance", {"role": "무선 콘솔 서버", "model": "Motorola MCC 7500E"}),
    "srm-wall-01": ("R", "P", "pc", {"role": "상황판 표출 PC", "model": "Barco TransForm N"}),
    # 소방서
    "jungbu-pc01": ("J", "P", "pc", {"role": "출동지령 수신", "model": "LG 산업용 PC"}),
    "bukbu-pc01": ("B", "P", "pc", {"role": "출동지령 수신", "model": "LG 산업용 PC"}),
    "nambu-pc01": ("N", "P", "pc", {"role": "출동지령 수신", "model": "Advantech UNO-2484G"}),
    "seobu-pc01": ("W", "P", "pc", {"role": "출동지령 수신", "model": "LG 산업용 PC"}),
    # gov-cloud (ncloud 공공존)
    "ncp-munja-a": ("C", "P", "cloud", {"role": "문자 발송 #1", "spec": "s4-g3"}),
    "ncp-munja-b": ("C", "P", "cloud", {"role": "문자 발송 #2, 알림톡", "spec": "s4-g3"}),
    "ncp-web-a": ("C", "P", "cloud", {"role": "시민 포털, 앱 API", "spec": "s8-g3"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("lte-gw-kt", "hbnw-0001"),
    ("lte-gw-skt", "hbnw-0001"),
    ("TBR-CAD-DR", "sjnw-0001"),
    ("police112-link", "hbnw-0001"),
    ("egen-gw", "hbnw-0001"),
]
# fmt: on
STATUS = {
    "hbsv-0809": "maintenance",
    "sjsv-0205": "maintenance",
    "cad_legacy_v3": "retired",
    "hbsv-0207": "retired",
}
NET_PREFIX = {"H": "10.119", "D": "10.219", "R": "10.119", "J": "10.121", "B": "10.122", "N": "10.123",
              "W": "10.124", "C": "192.168"}  # fmt: skip
OWNER_BY_KIND = {"srv": INFRA, "db": DBA, "net": ICT, "appliance": RADIO, "pc": STN, "cloud": NOTI}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "E1",
        "kind": "lock_contention",
        "root": "pg-gis",
        "description": "on Thursday morning a REINDEX of the address-point table, started by the monthly road-name"
        " address load, holds an ACCESS EXCLUSIVE lock on pg-gis: jido-geocode's lookups queue (loudest; its"
        " address DB deploy at 08:50 is a bystander), jido-route and HWR-DISPATCH time out, until the REINDEX"
        " is cancelled and rerun CONCURRENTLY",
        "start": kst(12, 9, 10),
        "end": kst(12, 10, 5),
        "affected": ["pg-gis", "jido-geocode", "jido-route", "HWR-DISPATCH"],
    },
    {
        "id": "E2",
        "kind": "tunnel_flap",
        "root": "lte-gw-kt",
        "description": "on Friday evening the IPsec tunnels of lte-gw-kt to the KT LTE APN flap after a failed"
        " rekey: the vehicle terminals on KT stop reporting, HWR-AVL shows stale positions (loudest), HWR-MDT"
        " loses its terminals and HWR-STATUS shows stale unit states, until the SA lifetimes are realigned",
        "start": kst(13, 20, 40),
        "end": kst(13, 21, 35),
        "affected": ["lte-gw-kt", "HWR-AVL", "HWR-MDT", "HWR-STATUS"],
    },
    {
        "id": "E3",
        "kind": "memory_eviction",
        "root": "rds-unitstatus",
        "description": "in the small hours of Sunday rds-unitstatus reaches maxmemory (keys written without a TTL"
        " since Friday) and evicts unit states: HWR-STATUS shows units as unknown (loudest), HWR-CAD and the"
        " wallboard follow (the nightly tonggye_batch at 03:00 is a bystander), until the stale keys are purged",
        "start": kst(15, 3, 10),
        "end": kst(15, 4, 5),
        "affected": ["rds-unitstatus", "HWR-STATUS", "HWR-CAD", "HWR-WALLBOARD"],
    },
    {
        "id": "E4",
        "kind": "certificate_expired",
        "root": "egen-gw",
        "description": "at midnight on Tuesday the mTLS client certificate of egen-gw to the E-Gen bed API expires"
        " (warned daily): byeongsang_link cannot refresh emergency-room beds (loudest), HWR-DISPATCH picks"
        " hospitals on stale data and HWR-MDT shows crews an empty hospital list, until the renewed certificate"
        " is installed",
        "start": kst(17, 0, 5),
        "end": kst(17, 1, 0),
        "affected": ["egen-gw", "byeongsang_link", "HWR-DISPATCH", "HWR-MDT"],
    },
    {
        "id": "E5",
        "kind": "io_stall",
        "root": "hbsv-0503",
        "description": "on Wednesday afternoon the RAID controller of hbsv-0503 drops to write-through during a"
        " battery learn cycle and I/O wait pegs the host: jeopsu_cti answers 119 calls late (loudest; its 4.2.1"
        " patch at 13:55 is a bystander), jeopsu_ivr and nokchwi_rec follow, until the learn cycle ends and the"
        " cache is forced back to write-back",
        "start": kst(18, 14, 20),
        "end": kst(18, 15, 15),
        "affected": ["hbsv-0503", "jeopsu_cti", "jeopsu_ivr", "nokchwi_rec"],
    },
    {
        "id": "E6",
        "kind": "memory_alarm",
        "root": "mq-churdong",
        "description": "on Thursday evening mq-churdong reaches its memory high watermark (an unconsumed SMS retry"
        " queue grew) and blocks every publisher: churdong_notify's station alerts are late (loudest; deployed"
        " at 21:05, a bystander), munja_gw cannot queue citizen SMS and HWR-CAD's dispatch orders wait, until the"
        " retry queue is purged",
        "start": kst(19, 21, 30),
        "end": kst(19, 22, 25),
        "affected": ["mq-churdong", "churdong_notify", "munja_gw", "HWR-CAD"],
    },
    {
        "id": "E7",
        "kind": "lock_contention",
        "root": "TBR-CAD",
        "description": "in the Friday-night call surge TBR-CAD shows row-lock contention on the incident table"
        " (Thursday's optimizer statistics regathering put the status update on a full scan): HWR-CAD cannot save"
        " incident cards (loudest; the 7.4.2 hotfix deployed at 00:40 is a bystander), HWR-DISPATCH"
        " recommendations time out, then HWR-MDT dispatch orders are late (ongoing)",
        "start": kst(21, 1, 55),
        "end": None,
        "affected": ["TBR-CAD", "HWR-CAD", "HWR-DISPATCH", "HWR-MDT"],
    },
]
E1, E2, E3, E4, E5, E6, E7 = INCIDENTS
DR_DRILL = (kst(18, 2, 0), kst(18, 4, 0))
REDIS_NO_TTL = kst(13, 17, 0)  # rds-unitstatus keys without TTL from here (Friday deploy of HWR-STATUS)


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
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{30 + i // 6}.{11 + (i * 29) % 200}"}
        if h[:4] in ("hbsv", "sjsv"):
            attrs |= {
                "rack": f"R{h[5:7]}",
                "slot": int(h[7:9]),
                "asset_no": f"HB119-{2019 + i % 6}-{1000 + i * 7}",
            }
        if kind in ("srv", "db"):
            attrs |= {"os": rng.choice(["RHEL 8.10", "RHEL 8.10", "Rocky Linux 9.4", "TmaxOS 21 Server"]),
                      "cores": rng.choice([24, 32, 48]) if kind == "srv" else rng.choice([48, 64]),
                      "mem_gb": rng.choice([64, 128, 128, 256]) if kind == "srv" else rng.choice([512, 768]),
                      "serial": f"{rng.choice(['CN7', 'SGH', '7Z0'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            attrs.setdefault("model", "Dell PowerEdge R650" if kind == "srv" else "Dell PowerEdge R760")
        elif kind == "pc":
            attrs |= {"os": "Windows 10 IoT Enterprise LTSC 2021"}
        elif kind == "cloud":
            attrs |= {"os": "Rocky Linux 8.10", "zone": "KR-2 (공공)"}
        attrs |= extra
        owner = OWNER_BY_KIND[kind]
        if h in ("hbsv-0503", "hbsv-0504", "hbsv-0505"):
            owner = CALL
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _calls(ts: datetime) -> float:
    """119 calls: a morning rise, the evening peak (19–23), and Friday and Saturday nights heavier up to 04:00
    (the night counts to the evening before)."""
    h = seoul_hour(ts)
    evening_of = (_local(ts) - timedelta(hours=6)).weekday()
    v = 0.18 + 0.28 * _bump(h, 10.0, 2.5) + 0.42 * _bump(h, 21.0, 2.2)
    if evening_of in (4, 5) and (h >= 20 or h < 4):  # Friday and Saturday nights (주취, 폭행, 교통사고)
        v += 0.2
    return max(0.05, min(1.0, v))


def _vehicles(ts: datetime) -> float:
    """Vehicle terminals: always reporting, more on the move with the calls."""
    return 0.45 + 0.5 * _calls(ts)


def _office(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.1
    return 0.12 + 0.65 * (1 if 9 <= h < 18 else 0) + 0.12 * _bump(h, 9.2, 0.4)


def _citizen(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.15 + 0.55 * (1 if 8 <= h < 23 else 0) + 0.2 * _bump(h, 21.0, 1.5)


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 3.0 <= h < 4.4 else 0.2


def _steady(ts: datetime) -> float:
    return 0.5


CALL_SIDE = {
    "jeopsu_cti", "jeopsu_ivr", "jeopsu_text119", "video119", "wichi_lbs", "nokchwi_rec", "HWR-CAD",
    "HWR-DISPATCH", "HWR-WALLBOARD", "HWR-REPLAY", "jido-geocode", "jido-route", "jido-tile", "pg-gis",
    "TBR-CAD", "rds-session", "rds-jido-tile", "mq-churdong", "churdong_notify", "kfk-event", "police112-link",
    "byeongsang_link", "egen-gw", "pg-byeongsang", "pg-nokchwi", "trs-gw", "trs-console", "stn-alert-jb",
    "stn-alert-bb", "stn-alert-nb", "stn-alert-sb", "munja_gw", "alimtalk-relay", "pg-munja", "L4-HQ-CAD",
    "L4-HQ-JEOPSU", "lb-jido", "hbsv-0301", "hbsv-0302", "hbsv-0309", "hbsv-0405", "hbsv-0406", "hbsv-0407",
    "hbsv-0503", "hbsv-0504", "hbsv-0505", "hbsv-0601", "hbsv-0602", "hbsv-0605", "hbsv-0802", "hbsv-0901",
    "hbsv-0902", "srm-trs-01", "srm-trs-02", "srm-wall-01", "jungbu-pc01", "bukbu-pc01", "nambu-pc01",
    "seobu-pc01", "ncp-munja-a", "ncp-munja-b", "nas-nokchwi", "san-hq-01", "hbnw-0001",
}  # fmt: skip
VEHICLE_SIDE = {
    "HWR-AVL", "avl_writer", "HWR-MDT", "HWR-STATUS", "lte-gw-kt", "lte-gw-skt", "kfk-avl", "pg-avl",
    "rds-unitstatus", "hbsv-0408", "hbsv-0701", "hbsv-0702", "hbsv-0703", "hbsv-0704", "hbsv-0801",
    "hbnw-0011", "hbnw-0012",
}  # fmt: skip
OFFICE = {"HWR-ADMIN", "geunmu_sync", "obj-jido-tiles"}
CITIZEN = {"web119-portal", "safe-app-api", "waf-citizen", "ncp-web-a"}
BATCH = {"tonggye_batch", "pg-tonggye", "hbsv-0903", "vtl-backup"}


def _load(name: str):
    for group, shape in (
        (CALL_SIDE, _calls),
        (VEHICLE_SIDE, _vehicles),
        (OFFICE, _office),
        (CITIZEN, _citizen),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "E1": {0: (14.0, 4.0), 1: (5.0, 16.0), 2: (2.2, 7.0)},
    "E2": {0: (3.0, 18.0), 1: (2.5, 20.0), 2: (1.8, 7.0)},
    "E3": {0: (6.0, 9.0), 1: (3.0, 15.0), 2: (1.6, 5.5)},
    "E4": {0: (2.0, 22.0), 1: (3.0, 26.0), 2: (1.9, 7.5)},
    "E5": {0: (1.0, 0.0), 1: (6.0, 18.0), 2: (2.5, 7.0)},
    "E6": {0: (9.0, 8.0), 1: (4.0, 14.0), 2: (1.8, 6.0)},
    "E7": {0: (11.0, 7.0), 1: (4.0, 14.0), 2: (1.8, 6.0)},
}
EFFECT_OVERRIDE = {
    ("E1", "jido-geocode"): (6.0, 29.0),
    ("E2", "HWR-AVL"): (2.0, 33.0),
    ("E3", "HWR-STATUS"): (3.5, 31.0),
    ("E3", "HWR-WALLBOARD"): (1.7, 5.0),
    ("E4", "byeongsang_link"): (3.0, 38.0),
    ("E5", "jeopsu_cti"): (7.0, 27.0),
    ("E5", "jeopsu_ivr"): (4.0, 11.0),
    ("E6", "churdong_notify"): (5.0, 30.0),
    ("E6", "munja_gw"): (3.0, 9.0),
    ("E6", "HWR-CAD"): (2.2, 6.5),
    ("E7", "HWR-CAD"): (5.0, 27.0),
    ("E7", "HWR-DISPATCH"): (3.5, 12.0),
}

HOST = HostBaseline(cpu=(0.55, 0.7, 1.0), memory=(6, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.78, 0.4, 0.05), requests=(0.1, 1.0))

DISK_WATCHED = {
    "hbsv-0301", "hbsv-0302", "hbsv-0309", "hbsv-0504", "hbsv-0605", "hbsv-0701", "hbsv-0702", "hbsv-0703",
    "hbsv-0801", "hbsv-0802", "hbsv-0903", "sjsv-0201", "hbsv-0503", "ncp-munja-a",
}  # fmt: skip
NETWORK_NAMES = {h for h, v in HOSTS.items() if v[2] == "net"}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(38, 64), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    if name == "hbsv-0703":  # pg-avl: an inactive replication slot keeps WAL, the disk creeps up
        disk0, growth = 62.5, 1.5
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "hbsv-0503":  # write-through, I/O wait
            cpu += (97.5 + rng.gauss(0, 0.5) - cpu) * ramp(ts, E5["start"], E5["end"], rise=5, fall=10)
        if name in ("hbsv-0301", "hbsv-0302"):  # lock waits and spinning sessions
            cpu += (44 if name.endswith("1") else 31) * ramp(ts, E7["start"], E7["end"], rise=10)
            if 3.0 <= seoul_hour(ts) < 4.4:  # the statistics batch reads
                cpu += 9
        if name == "hbsv-0802":  # RabbitMQ memory alarm
            mem += (92.5 + rng.gauss(0, 0.4) - mem) * ramp(ts, E6["start"], E6["end"], rise=5, fall=10)
        if name == "hbsv-0801":  # Redis at maxmemory
            mem += 18 * ramp(ts, E3["start"] - timedelta(minutes=20), E3["end"], rise=20, fall=10)
        if name in ("hbsv-0405", "hbsv-0406"):  # CAD threads waiting, retries
            cpu += (26 if name.endswith("5") else 19) * ramp(
                ts, E7["start"] + timedelta(minutes=5), E7["end"]
            )
        if name in ("hbsv-0809", "sjsv-0205"):
            cpu = 1.2 + abs(rng.gauss(0, 0.3))
        if name == "hbsv-0903":  # the statistics batch
            cpu += 28 * (1 if 3.0 <= seoul_hour(ts) < 4.3 else 0)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"sjnw-0001": 3.4}.get(name, rng.uniform(0.3, 0.9))
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        if name == "hbnw-0011":  # IKE renegotiation storms
            cpu += 38 * ramp(ts, E2["start"], E2["end"], rise=5, fall=10)
        rows += samples(
            ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2)
        )
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"nas-nokchwi": (67, 68), "san-hq-01": (58, 59), "vtl-backup": (71, 72)}.get(name, (35, 55))
    per_day = {"nas-nokchwi": 0.3}.get(name, 0.05)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = rng.uniform(6, 14) if name.startswith("obj") else rng.uniform(0.8, 2.4)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        if name == "vtl-backup" and 1.0 <= seoul_hour(ts) < 2.5:  # the nightly backup
            lat *= 2.2
        rows += samples(ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2))
    return rows


RT0 = {
    "jeopsu_cti": 45.0, "jeopsu_ivr": 60.0, "jeopsu_text119": 120.0, "video119": 210.0, "wichi_lbs": 620.0,
    "nokchwi_rec": 35.0, "HWR-CAD": 140.0, "HWR-DISPATCH": 320.0, "HWR-STATUS": 40.0, "HWR-AVL": 18.0,
    "avl_writer": 25.0, "HWR-MDT": 95.0, "HWR-WALLBOARD": 150.0, "HWR-REPLAY": 380.0, "HWR-ADMIN": 260.0,
    "geunmu_sync": 420.0, "jido-tile": 30.0, "jido-geocode": 55.0, "jido-route": 240.0,
    "byeongsang_link": 180.0, "egen-gw": 130.0, "police112-link": 160.0, "churdong_notify": 70.0,
    "trs-gw": 12.0, "trs-console": 20.0, "stn-alert-jb": 40.0, "stn-alert-bb": 42.0, "stn-alert-nb": 45.0,
    "stn-alert-sb": 41.0, "lte-gw-kt": 8.0, "lte-gw-skt": 8.5, "munja_gw": 230.0, "alimtalk-relay": 310.0,
    "web119-portal": 260.0, "safe-app-api": 150.0, "tonggye_batch": 560.0, "HWR-CAD-DR": 150.0,
    "jeopsu_cti_dr": 50.0, "TBR-CAD": 4.2, "TBR-CAD-DR": 3.8, "pg-gis": 6.5, "pg-avl": 3.1,
    "pg-byeongsang": 2.4, "pg-nokchwi": 2.9, "pg-tonggye": 9.5, "pg-munja": 3.3, "rds-unitstatus": 0.45,
    "rds-session": 0.35, "rds-jido-tile": 0.5, "kfk-avl": 4.5, "kfk-event": 5.2, "mq-churdong": 2.1,
    "L4-HQ-CAD": 1.1, "L4-HQ-JEOPSU": 0.9, "lb-jido": 1.4, "lb-dr-cad": 1.2, "waf-citizen": 6.0,
}  # fmt: skip
REQUEST_RATE = {
    "jeopsu_cti": 14.0, "jeopsu_text119": 2.4, "wichi_lbs": 9.0, "HWR-CAD": 420.0, "HWR-DISPATCH": 36.0,
    "HWR-STATUS": 260.0, "HWR-AVL": 34.0, "HWR-MDT": 180.0, "jido-geocode": 95.0, "jido-route": 40.0,
    "jido-tile": 1900.0, "byeongsang_link": 3.0, "egen-gw": 4.5, "churdong_notify": 6.5, "munja_gw": 11.0,
    "safe-app-api": 22.0, "web119-portal": 48.0, "TBR-CAD": 5200.0, "pg-gis": 640.0, "rds-unitstatus": 2400.0,
    "kfk-avl": 3100.0, "mq-churdong": 75.0, "L4-HQ-CAD": 700.0, "lte-gw-kt": 19.0, "lte-gw-skt": 15.5,
}  # fmt: skip
MEMORY = {  # caches and brokers with a memory gauge: (level, swing with load)
    "rds-unitstatus": (46.0, 6.0), "rds-session": (38.0, 8.0), "rds-jido-tile": (61.0, 4.0),
    "kfk-avl": (57.0, 5.0), "kfk-event": (52.0, 4.0), "mq-churdong": (31.0, 6.0),
}  # fmt: skip


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
            if inc is E2 and name in ("lte-gw-kt", "HWR-AVL"):
                req *= 1 - 0.5 * r  # the KT terminals stop reporting
            if inc is E7 and name == "HWR-CAD":
                req *= 1 + 0.4 * r  # call-takers retry saving the card
            if inc is E6 and name == "mq-churdong":
                req *= 1 - 0.6 * r  # publishers blocked
        if name == "egen-gw" and kst(14, 0) <= ts < E4["start"]:  # the E-Gen side warns about the certificate
            err += 0.2
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "rds-unitstatus":  # keys without TTL pile up until maxmemory, then purged
                if REDIS_NO_TTL <= ts < E3["start"]:
                    p = (ts - REDIS_NO_TTL).total_seconds() / (E3["start"] - REDIS_NO_TTL).total_seconds()
                    mem += (97.0 - mem) * p**1.6
                elif E3["start"] <= ts < E3["end"]:
                    mem = 99.2 + rng.gauss(0, 0.2)
            if name == "mq-churdong":
                mem += (40.0 + rng.gauss(0, 0.3) - mem) * ramp(ts, E6["start"], E6["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly backup and statistics batch, the shift changes, and the certificate warnings."""
    rows = []
    for d in range(11, 22):
        rows.append((d, 1, 0, "vtl-backup", "info", "backup", "야간 백업 시작 (TBR-CAD RMAN 증분, pg 덤프)"))
        rows.append((d, 2, 20, "vtl-backup", "info", "backup", "야간 백업 완료"))
        rows.append(
            (d, 3, 0, "tonggye_batch", "info", "batch_job", "출동 통계 배치 시작 (JOB TG_DAILY_01~41)")
        )
        rows.append(
            (d, 4, 20, "tonggye_batch", "info", "batch_job", "출동 통계 배치 완료, 소방청 보고 파일 생성")
        )
        rows.append((d, 9, 0, "HWR-WALLBOARD", "info", "shift_change", "주간 근무 교대 (1팀 → 2팀 인계)"))
        rows.append((d, 18, 0, "HWR-WALLBOARD", "info", "shift_change", "야간 근무 교대 (2팀 → 3팀 인계)"))
        left = (datetime(2026, 12, 2) - datetime(2026, 11, d)).days
        rows.append(
            (d, 10, 0, "alimtalk-relay", "warning", "cert_expiry",
             f"알림톡 발신 인증서 만료 {left}일 전 (2026-12-02), 갱신 신청 미완료")
        )  # fmt: skip
        if d <= 16:
            left = 17 - d
            rows.append(
                (d, 9, 30, "egen-gw", "warning", "cert_expiry",
                 f"E-Gen mTLS client certificate CN=egen-gw.119hanbit.go.kr expires in {left} days"
                 " (2026-11-17 00:00)")
            )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (11, 11, 0, "hbsv-0809", "info", "maintenance", "hbsv-0809 메인보드 교체 대기 (Dell 부품 입고 예정), 서비스 제외"),
    (12, 8, 50, "jido-geocode", "info", "deployment", "jido-geocode 3.3.0 배포 (2026-11 도로명주소 DB 반영)"),
    (12, 9, 5, "pg-gis", "info", "maintenance", "주소점 테이블 REINDEX 시작 (월간 주소 적재 후속)"),
    (12, 9, 12, "pg-gis", "warning", "lock_wait", "lock wait: 38 sessions waiting on ACCESS EXCLUSIVE (addr_point)"),
    (12, 9, 16, "pg-gis", "critical", "lock_wait", "statement timeout 폭증, REINDEX가 addr_point 잠금 보유 중"),
    (12, 9, 18, "jido-geocode", "critical", "error", "주소 변환 타임아웃 (geocode p95 4.8s), 사건 위치 수동 입력"),
    (12, 9, 21, "jido-route", "major", "error", "경로/ETA 계산 실패"),
    (12, 9, 27, "HWR-DISPATCH", "major", "error", "출동대 추천 지연 (경로 계산 타임아웃)"),
    (12, 9, 58, "pg-gis", "info", "config_change", "REINDEX 취소, CONCURRENTLY로 야간 재실행 예약"),
    (12, 10, 12, "jido-geocode", "info", "recovery", "주소 변환 정상화"),
    (12, 15, 30, "HWR-CAD-STG", "info", "deployment", "HWR-CAD-STG 7.5.0-rc3 배포 (검증)"),
    (13, 17, 0, "HWR-STATUS", "info", "deployment", "HWR-STATUS 2.5.1 배포 (상태 캐시 키 구조 변경)"),
    (13, 20, 38, "lte-gw-kt", "warning", "ipsec", "IKE SA rekey failed (peer 119hb.kt), retrying"),
    (13, 20, 42, "lte-gw-kt", "critical", "ipsec", "IPsec tunnel st0.1~st0.4 down/up flapping (KT APN)"),
    (13, 20, 45, "HWR-AVL", "critical", "error", "KT 단말 위치 보고 중단 188대, 위치 정보 3분 이상 지연"),
    (13, 20, 48, "HWR-MDT", "major", "error", "단말 연결 끊김 (KT 회선), 출동지령 재전송"),
    (13, 20, 55, "HWR-STATUS", "warning", "error", "출동대 상태 갱신 지연"),
    (13, 21, 28, "lte-gw-kt", "info", "config_change", "IKE/IPsec SA lifetime 재설정 (KT 측과 28800s로 일치)"),
    (13, 21, 40, "HWR-AVL", "info", "recovery", "KT 단말 위치 보고 정상"),
    (14, 10, 0, "hbsv-0703", "warning", "threshold_breach", "disk_usage above 65% on /pgdata (pg_wal)"),
    (15, 2, 50, "rds-unitstatus", "warning", "memory", "used_memory 7.6GB / maxmemory 8GB (95%)"),
    (15, 3, 11, "rds-unitstatus", "critical", "memory", "maxmemory reached, evicted_keys 급증 (allkeys-lru)"),
    (15, 3, 16, "HWR-STATUS", "critical", "error", "출동대 상태 '미상' 표시 112대 (상태 키 유실)"),
    (15, 3, 19, "HWR-CAD", "major", "error", "가용 출동대 조회 실패, 수동 배정"),
    (15, 3, 27, "HWR-WALLBOARD", "warning", "error", "상황판 출동대 현황 공백"),
    (15, 3, 58, "rds-unitstatus", "info", "config_change", "TTL 없는 키 210만개 삭제, 상태 키 TTL 재적용"),
    (15, 4, 10, "HWR-STATUS", "info", "recovery", "출동대 상태 재동기화 완료"),
    (16, 14, 0, "hbsv-0703", "warning", "threshold_breach", "disk_usage above 70% on /pgdata (pg_wal)"),
    (16, 16, 20, "munja_gw_dev", "info", "deployment", "munja_gw_dev 3.1.0-dev 배포"),
    (17, 0, 0, "egen-gw", "critical", "cert_expiry", "mTLS client certificate CN=egen-gw.119hanbit.go.kr expired"),
    (17, 0, 6, "egen-gw", "major", "error", "E-Gen API handshake 실패 (certificate expired)"),
    (17, 0, 9, "byeongsang_link", "critical", "error", "응급실 병상 정보 갱신 실패, 마지막 갱신 00:00"),
    (17, 0, 17, "HWR-DISPATCH", "major", "error", "병원 선정 정보 지연 (병상 데이터 오래됨)"),
    (17, 0, 20, "HWR-MDT", "warning", "error", "구급대 단말 병원 목록 비어있음"),
    (17, 0, 52, "egen-gw", "info", "config_change", "갱신 인증서 설치 (유효기간 2027-11-17)"),
    (17, 1, 5, "byeongsang_link", "info", "recovery", "병상 정보 갱신 정상"),
    (18, 2, 0, "TBR-CAD-DR", "info", "dr_drill", "DR 전환 훈련 시작 (TSC 스위치오버 점검, 서비스 미전환)"),
    (18, 3, 55, "TBR-CAD-DR", "info", "dr_drill", "DR 전환 훈련 종료, 복제 지연 0s"),
    (18, 10, 30, "sjsv-0205", "info", "maintenance", "sjsv-0205 BIOS/iDRAC 펌웨어 점검"),
    (18, 11, 0, "hbsv-0703", "warning", "threshold_breach", "disk_usage above 75% on /pgdata (pg_wal)"),
    (18, 13, 55, "jeopsu_cti", "info", "deployment", "jeopsu_cti 4.2.1 패치 (다국어 3자통화 라우팅 수정)"),
    (18, 14, 18, "hbsv-0503", "warning", "hardware", "PERC H755: battery learn cycle started, write policy WT"),
    (18, 14, 22, "hbsv-0503", "critical", "hardware", "I/O wait 78%, disk latency 410ms (write-through)"),
    (18, 14, 26, "jeopsu_cti", "critical", "error", "신고전화 응답 지연, ACD 대기 콜 47건"),
    (18, 14, 29, "jeopsu_ivr", "major", "error", "IVR 안내 지연, 3자통화 연결 실패"),
    (18, 14, 36, "nokchwi_rec", "major", "error", "녹취 파일 쓰기 지연, 버퍼 적체"),
    (18, 15, 8, "hbsv-0503", "info", "config_change", "learn cycle 종료, write-back 강제 적용 (BBU 교체 요청)"),
    (18, 15, 20, "jeopsu_cti", "info", "recovery", "신고전화 접수 정상"),
    (19, 16, 0, "TBR-CAD", "info", "config_change", "옵티마이저 통계 재수집 (DBMS_STATS, TB_INCIDENT 포함)"),
    (19, 21, 5, "churdong_notify", "info", "deployment", "churdong_notify 5.6.0 배포 (소방서 방송 문구 템플릿)"),
    (19, 21, 26, "mq-churdong", "warning", "memory", "memory 38% (high watermark 40%), sms.retry queue 1.9M"),
    (19, 21, 31, "mq-churdong", "critical", "memory", "memory alarm: publishers blocked (vm_memory_high_watermark)"),
    (19, 21, 36, "churdong_notify", "critical", "error", "출동지령 전파 지연, 소방서 수신 ACK 타임아웃"),
    (19, 21, 38, "munja_gw", "major", "error", "신고자 문자 큐 적재 실패"),
    (19, 21, 40, "HWR-CAD", "major", "error", "출동지령 발행 대기 (MQ blocked)"),
    (19, 22, 18, "mq-churdong", "info", "config_change", "sms.retry 큐 purge, 소비자 재기동"),
    (19, 22, 30, "churdong_notify", "info", "recovery", "출동지령 전파 정상"),
    (20, 9, 40, "hbsv-0703", "warning", "threshold_breach", "disk_usage above 77% on /pgdata (pg_wal, slot dr_avl inactive)"),
    (20, 14, 0, "HWR-DISPATCH-STG", "info", "deployment", "HWR-DISPATCH-STG 4.0.0-rc1 배포"),
    (21, 0, 40, "HWR-CAD", "info", "deployment", "HWR-CAD 7.4.2 핫픽스 배포 (사건 카드 주소 필드 길이)"),
    (21, 1, 52, "TBR-CAD", "warning", "lock_wait", "enq: TX row lock contention 증가 (TB_INCIDENT)"),
    (21, 1, 57, "TBR-CAD", "critical", "lock_wait", "lock wait timeout, active sessions 1,130 / 1,200"),
    (21, 2, 1, "HWR-CAD", "critical", "error", "사건 카드 저장 실패 (JDBC timeout), 접수 요원 재시도"),
    (21, 2, 4, "HWR-DISPATCH", "major", "error", "출동대 추천 타임아웃 (3s 초과)"),
    (21, 2, 13, "HWR-MDT", "warning", "error", "출동지령 단말 전송 지연"),
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
    generate(NAME, "emergency-dispatch", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
