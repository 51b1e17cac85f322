"""Generate the live-class education estate (tests/fixtures/edtech-live/, interchange format) and its faults file.

A Korean online hakwon platform for K-12 students (다온클래스, DaonEdu): live classes through the student app's BFF
`app-haksaeng-bff`, the parent app's BFF `app-bumo-bff` and the instructor web `seonsaeng-web`, behind the Kong
gateway `dn-gw`; the classroom API `gyosil-api` (수업 시간표, 입장) on PostgreSQL `pg-gyosil`, the signalling
server `kkachi-sig` (까치) and the SFU room allocator `durumi-ctrl` (두루미) over `redis-room`, the SFU media servers
per region (`durumi-sfu-sel01/02` at 목동IDC, `durumi-sfu-bsn01` at the Busan edge, `durumi-sfu-dj01` at the
Daejeon edge) and the TURN relay `durumi-turn`; the whiteboard sync `panseo-sync` (판서) on MongoDB
`mongo-panseo` and the class chat `jjokji-chat` (쪽지); the legacy LMS in the 목동IDC (`lms_attend` 출석,
`lms_homework` 숙제, `lms_gradebook` 성적표, `lms-admin`) on MySQL `mysql-lms`; the question bank `munje-bank`
(문제은행) on `pg-munje`, `es-munje` and `redis-munje`, auto-grading `chaejeom-worker` (채점) over RabbitMQ
`rmq-grading` with the handwriting OCR `pilgi-ocr` (필기); class recording `nokhwa-rec` (녹화) to the NAS
`nas-md-vod01`, the nightly transcoding batch `vod_trans_bat`, VOD playback `vod-player-api` with `vod-drm`, the
origin `s3-vod-origin` behind `cdn-vod`; parent notifications `jebi-notify` (제비) over `mq-jebi` with the
KakaoTalk alimtalk sender `jebi-alimtalk` and `jebi-sms`; tuition payments `sunap-pay` (수납) on Oracle
`ora-sunap` with coupons `coupon-svc`, the PG link `pg-toss-gw` and the billing batch `invoice_bat`; the
instructor CMS `chalk-cms` / `chalk-upload`; the weekly parent report batch `report_weekly_bat` (Sunday 20:00).
Sites `ncloud-seoul` (Naver Cloud, zones KR-1/KR-2), `목동IDC` (on-prem), `부산엣지`, `대전엣지`, `aws-seoul` and
`global-edge`; environments prod, stg, stage, qa, dev (stg, stage and qa are all staging); owners are teams with
Korean and English names mixed.

Naming (unlike the earlier estates): product code names of Korean birds (`kkachi-sig` 까치, `durumi-*` 두루미,
`jebi-*` 제비), romanised Korean words (`gyosil-api` 교실, `panseo-sync` 판서, `munje-bank` 문제, `chaejeom-worker`
채점, `pilgi-ocr` 필기, `nokhwa-rec` 녹화, `sunap-pay` 수납, `app-haksaeng-bff` 학생, `app-bumo-bff` 부모,
`seonsaeng-web` 선생), snake_case legacy (`lms_attend`, `vod_trans_bat`, `invoice_bat`, `report_weekly_bat`),
upper-case rack-unit names in the IDC (`MD1-R03-U10`: 목동 hall 1, rack 03, unit 10) and at the edges
(`BSN-E1-U04`), Naver Cloud Kubernetes workers by zone and pool (`kr1-wk-031`, `kr2-stg-wk-01`) and VMs by role
(`dn-mgo-01`, `dn-mq-02`).

Seven injected incidents (times KST; now = Wednesday 2026-10-14 20:10, the weekday evening class peak in the
second-term 중간고사 season; the window is the 10 days before):
  E1 Mon 05 19:00–19:55  the 19:00 class start: room keys without TTL fill redis-room to maxmemory (noeviction),
                         OOM on writes: durumi-ctrl (loudest, deployed at 18:40), kkachi-sig, gyosil-api and
                         app-haksaeng-bff cannot open classrooms
  E2 Wed 07 01:40–02:35  (night) the nightly transcoding batch fills nas-md-vod01 (raw recordings kept 30 days
                         since Monday's retention change): vod_trans_bat abends (loudest), nokhwa-rec and
                         vod-player-api fail on the volume
  E3 Sat 10 10:00–10:55  (weekend) the Saturday 모의고사: pg-munje saturates its CPU on sequential scans (Friday's
                         migration recreated question_tag without its index): munje-bank (loudest, deployed at
                         09:30), chaejeom-worker, app-haksaeng-bff
  E4 Thu 08 17:00–17:55  the tuition deadline reminder: ora-sunap runs out of shared pool (ORA-04031, SGA shrunk
                         on Wednesday night): sunap-pay (loudest), coupon-svc (deployed at 16:30), app-bumo-bff
  E5 Tue 13 21:30–22:25  an evening class: a foreground index build makes mongo-panseo's primary step down and
                         elections flap: panseo-sync (loudest, deployed at 20:55), app-haksaeng-bff, seonsaeng-web
  E6 Fri 09 14:00–14:55  (한글날 holiday special lectures) the Busan edge host BSN-E1-U04 saturates its CPU in
                         softirq after Thursday's NIC driver change: durumi-sfu-bsn01 (loudest, deployed at
                         13:30), durumi-ctrl
  E7 Wed 14 19:40–now    the evening peak: a manual VACUUM FULL on pg-gyosil locks class_session: gyosil-api
                         (loudest), lms_attend (deployed at 19:10), app-haksaeng-bff, app-bumo-bff (ongoing)
Confounders: weekday evening classes 18–22 with class-start bursts on the hour, weekend and holiday daytime
special lectures in the exam season, the Saturday mock exam, the homework deadline at midnight, the nightly
transcoding batch (01:00), the Sunday 02:00–04:40 정기점검 (ora-sunap patch), the Sunday 20:00 weekly report,
the Thursday payment reminder; deploys on victims before E1, E3, E4, E5, E6 and E7; `MD1-R06-U20`, `DJN-E1-U02`
and `tutor-match` in maintenance, the retired `gyosil-legacy`, the log host `MD1-R02-U18`'s disk creeping up and
the lb-live certificate expiring on 2026-10-21 (the root changes before E2, E3, E4, E5, E6 and E7 are on the
roots). Deterministic (seeded, gzip mtime 0); the golden questions (bench/edl_golden.py) are computed from the
files.

    .venv/bin/python bench/edl_estate.py   # rewrites tests/fixtures/edtech-live*
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

NAME = "edtech-live"
NOW = datetime(2026, 10, 14, 11, 10, tzinfo=UTC)  # Wednesday 20:10 KST
START = NOW - timedelta(days=10)  # Sunday 2026-10-04 20:10 KST
SEED = 20261014
SITES = {
    "N": "ncloud-seoul",
    "M": "목동IDC",
    "B": "부산엣지",
    "J": "대전엣지",
    "A": "aws-seoul",
    "G": "global-edge",
}
ENVS = {"P": "prod", "S": "stg", "T": "stage", "Q": "qa", "D": "dev"}

kst = kst_utc_clock("2026-10")

LIVE, RTC, CLASS, LMS = "라이브플랫폼팀", "media-rtc", "class-core", "LMS개발팀"
QB, GRADE, VOD, NOTI = "문제은행TF", "ai-grading", "VOD파트", "알림개발팀"
PAY, CMS, APP, SRE = "payments", "콘텐츠플랫폼팀", "app-bff", "sre"
DBA, NET, IDC, DATA = "DBA팀", "infra-net", "목동인프라팀", "data-eng"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- apps, gateway, auth
    "dn-gw": ("service", SRE, "N", "P", ["kr1-wk-031", "kr2-wk-041"], ["app-haksaeng-bff", "app-bumo-bff"],
              {"desc": "API 게이트웨이 (학생/학부모 앱)", "product": "Kong Gateway 3.6", "replicas": 6,
               "rate_limit_rps": 4000, "port": 8443}),
    "app-haksaeng-bff": ("service", APP, "N", "P", ["kr1-wk-031", "kr1-wk-032"],
                         ["dn-auth", "gyosil-api", "kkachi-sig", "lms_homework", "lms_attend", "munje-bank",
                          "vod-player-api", "panseo-sync", "redis-sess", "kfk-dn-main"],
                         {"desc": "학생앱 BFF (오늘 수업, 숙제, 다시보기)", "namespace": "daon-app", "lang": "kotlin",
                          "version": "12.3.0", "replicas": 24, "port": 8080, "min_app_version": "5.8.0"}),
    "app-bumo-bff": ("service", APP, "N", "P", ["kr2-wk-041"],
                     ["dn-auth", "family-link", "lms_attend", "lms_gradebook", "sunap-pay", "jebi-notify",
                      "redis-sess"],
                     {"desc": "학부모앱 BFF (출결, 성적, 수강료 납부)", "namespace": "daon-app", "lang": "kotlin",
                      "version": "7.9.2", "replicas": 10, "port": 8080}),
    "seonsaeng-web": ("service", CLASS, "N", "P", ["kr1-wk-033"],
                      ["dn-auth", "gyosil-api", "chalk-cms", "lms_homework", "lms_gradebook", "panseo-sync"],
                      {"desc": "강사 웹 (수업 개설, 판서, 숙제 출제)", "namespace": "daon-teacher", "lang": "typescript",
                       "framework": "Next.js 14.2", "version": "3.14.1", "replicas": 6}),
    "dn-auth": ("service", SRE, "N", "P", ["kr1-wk-032", "kr2-wk-042"], ["mysql-member", "redis-sess"],
                {"desc": "로그인/토큰 (카카오, 네이버, 학원 코드 로그인)", "namespace": "daon-auth", "lang": "go",
                 "version": "4.2.7", "replicas": 8, "token_ttl_min": 30}),
    "family-link": ("service", APP, "N", "P", ["kr2-wk-042"], ["mysql-member"],
                    {"desc": "학부모-자녀 계정 연결", "namespace": "daon-app", "lang": "go", "version": "1.6.0",
                     "replicas": 3, "max_children": 4}),
    # ---------------------------------------------------------------- live classroom
    "gyosil-api": ("service", CLASS, "N", "P", ["kr1-wk-033", "kr2-wk-043"],
                   ["pg-gyosil", "durumi-ctrl", "munje-bank", "redis-sess", "kfk-dn-main"],
                   {"desc": "교실 API (수업 시간표, 교실 입장, 수업 중 퀴즈)", "namespace": "daon-class", "lang": "java",
                    "framework": "Spring Boot 3.3", "version": "8.21.0", "replicas": 20, "db_pool_size": 40,
                    "port": 8080}),
    "kkachi-sig": ("service", RTC, "N", "P", ["kr1-wk-034", "kr2-wk-043"], ["durumi-ctrl", "redis-room"],
                   {"desc": "까치: 라이브 교실 시그널링 (WebSocket, SDP/ICE)", "namespace": "daon-rtc", "lang": "go",
                    "version": "3.9.4", "replicas": 16, "max_ws_per_pod": 12000, "port": 7443}),
    "durumi-ctrl": ("service", RTC, "N", "P", ["kr1-wk-034"],
                    ["redis-room", "durumi-sfu-sel01", "durumi-sfu-sel02", "durumi-sfu-bsn01", "durumi-sfu-dj01"],
                    {"desc": "두루미 컨트롤러: 교실 → SFU 배정, 방 상태", "namespace": "daon-rtc", "lang": "go",
                     "version": "2.14.0", "replicas": 4, "rooms_per_sfu": 180}),
    "durumi-sfu-sel01": ("service", RTC, "M", "P", ["MD1-R03-U10"], [],
                         {"desc": "두루미 SFU 서울 #1", "product": "mediasoup 3.14 (자체 래핑)", "version": "1.22.1",
                          "region": "seoul", "udp_ports": "40000-49999", "max_rooms": 180}),
    "durumi-sfu-sel02": ("service", RTC, "M", "P", ["MD1-R03-U11"], [],
                         {"desc": "두루미 SFU 서울 #2", "product": "mediasoup 3.14 (자체 래핑)", "version": "1.22.1",
                          "region": "seoul", "udp_ports": "40000-49999", "max_rooms": 180}),
    "durumi-sfu-bsn01": ("service", RTC, "B", "P", ["BSN-E1-U04"], [],
                         {"desc": "두루미 SFU 부산 (영남권 학생)", "product": "mediasoup 3.14 (자체 래핑)",
                          "version": "1.22.3", "region": "busan", "udp_ports": "40000-44999", "max_rooms": 90}),
    "durumi-sfu-dj01": ("service", RTC, "J", "P", ["DJN-E1-U03"], [],
                        {"desc": "두루미 SFU 대전 (충청/호남권)", "product": "mediasoup 3.14 (자체 래핑)",
                         "version": "1.22.1", "region": "daejeon", "udp_ports": "40000-44999", "max_rooms": 90}),
    "durumi-turn": ("service", RTC, "M", "P", ["MD1-R03-U12", "BSN-E1-U05"], [],
                    {"desc": "TURN 릴레이 (학교/학원 방화벽 뒤 학생)", "product": "coturn 4.6.2", "port": 3478,
                     "tls_port": 5349}),
    "panseo-sync": ("service", CLASS, "N", "P", ["kr1-wk-033"], ["mongo-panseo", "kfk-dn-main"],
                    {"desc": "판서 동기화 (전자칠판 스트로크, 페이지)", "namespace": "daon-class", "lang": "rust",
                     "version": "4.1.2", "replicas": 8}),
    "jjokji-chat": ("service", CLASS, "N", "P", ["kr2-wk-043"], ["kfk-dn-main", "redis-sess"],
                    {"desc": "쪽지: 수업 채팅/질문하기", "namespace": "daon-class", "lang": "go", "version": "2.0.5",
                     "replicas": 6, "profanity_filter": "on"}),
    # ---------------------------------------------------------------- legacy LMS (목동IDC)
    "lms_attend": ("service", LMS, "M", "P", ["MD1-R08-U05"], ["mysql-lms", "pg-gyosil", "jebi-notify"],
                   {"desc": "출결 관리 (입실/지각/결석 → 학부모 알림)", "product": "Spring MVC 4.3 / Tomcat 9",
                    "jdk": "OpenJDK 11", "version": "2026.10.2", "late_after_min": 5}),
    "lms_homework": ("service", LMS, "M", "P", ["MD1-R08-U05"],
                     ["mysql-lms", "obj-ncp-hw", "rmq-grading", "jebi-notify"],
                     {"desc": "숙제 출제/제출 (사진 업로드, 마감 23:59)", "product": "Spring MVC 4.3 / Tomcat 9",
                      "jdk": "OpenJDK 11", "version": "2026.09.4", "deadline": "23:59", "max_upload_mb": 30}),
    "lms_gradebook": ("service", LMS, "M", "P", ["MD1-R08-U06"], ["mysql-lms", "munje-bank"],
                      {"desc": "성적표/내신 관리", "product": "Spring MVC 4.3 / Tomcat 9", "jdk": "OpenJDK 11",
                       "version": "2026.08.1"}),
    "lms-admin": ("service", LMS, "M", "P", ["MD1-R08-U06"], ["mysql-lms", "ora-sunap"],
                  {"desc": "원장/관리자 콘솔 (반 편성, 강사 배정)", "product": "자체개발 (JSP, WebLogic 12c)",
                   "version": "9.3", "academies": 312}),
    # ---------------------------------------------------------------- question bank, grading
    "munje-bank": ("service", QB, "N", "P", ["kr1-wk-032", "kr2-wk-044"], ["pg-munje", "redis-munje", "es-munje"],
                   {"desc": "문제은행 API (문항 검색, 시험지 생성)", "namespace": "daon-qbank", "lang": "kotlin",
                    "version": "5.8.0", "replicas": 12, "questions": 1840000}),
    "chaejeom-worker": ("service", GRADE, "N", "P", ["kr2-wk-044"],
                        ["rmq-grading", "pg-munje", "pilgi-ocr", "mysql-lms"],
                        {"desc": "자동 채점 워커 (객관식/단답형/서술형 보조)", "namespace": "daon-grading",
                         "lang": "python", "version": "3.2.6", "replicas": 14, "prefetch": 20}),
    "pilgi-ocr": ("service", GRADE, "M", "P", ["MD1-R05-U04"], [],
                  {"desc": "필기 인식 OCR (수식/손글씨)", "product": "자체 모델 (TrOCR 기반)", "model": "pilgi-math-v7",
                   "gpu": "NVIDIA L4 x4", "version": "7.0.3"}),
    # ---------------------------------------------------------------- recording, VOD
    "nokhwa-rec": ("service", VOD, "M", "P", ["MD1-R04-U08"],
                   ["durumi-sfu-sel01", "durumi-sfu-sel02", "nas-md-vod01", "kfk-dn-main"],
                   {"desc": "수업 녹화 (SFU 스트림 → 원본 mkv)", "product": "GStreamer 1.22 + 자체 레코더",
                    "version": "1.9.0", "max_parallel": 220}),
    "vod_trans_bat": ("service", VOD, "M", "P", ["MD1-R05-U02", "MD1-R05-U03"],
                      ["nas-md-vod01", "s3-vod-origin", "pg-cms"],
                      {"desc": "야간 녹화본 트랜스코딩 배치 (HLS 3단 화질)", "product": "FFmpeg 6.1 (NVENC) + cron",
                       "schedule": "매일 01:00", "renditions": "1080p, 720p, 360p", "gpu": "NVIDIA A10 x2"}),
    "vod-player-api": ("service", VOD, "N", "P", ["kr2-wk-042"],
                       ["s3-vod-origin", "nas-md-vod01", "pg-cms", "redis-sess", "vod-drm"],
                       {"desc": "다시보기 재생 API (진도율, 재생 토큰)", "namespace": "daon-vod", "lang": "go",
                        "version": "2.7.3", "replicas": 8}),
    "vod-drm": ("service", VOD, "N", "P", ["kr2-wk-042"], [],
                {"desc": "DRM 라이선스 프록시 (Widevine, FairPlay)", "namespace": "daon-vod", "vendor": "PallyCon",
                 "version": "1.3.1", "replicas": 3, "license_ttl_h": 24}),
    # ---------------------------------------------------------------- parent notifications
    "jebi-notify": ("service", NOTI, "N", "P", ["kr1-wk-031"], ["mq-jebi", "mysql-member"],
                    {"desc": "제비: 학부모 알림 디스패처 (출결, 숙제, 수강료)", "namespace": "daon-noti", "lang": "kotlin",
                     "version": "6.0.4", "replicas": 6}),
    "jebi-alimtalk": ("service", NOTI, "N", "P", ["kr1-wk-031"], ["mq-jebi"],
                      {"desc": "카카오 알림톡 발송기", "namespace": "daon-noti", "lang": "kotlin", "version": "2.3.0",
                       "replicas": 4, "sender_key_profile": "@다온클래스", "templates": 86, "tps_limit": 1500}),
    "jebi-sms": ("service", NOTI, "N", "P", ["kr1-wk-031"], ["mq-jebi"],
                 {"desc": "SMS/LMS 발송기 (알림톡 실패 시 대체 발송)", "namespace": "daon-noti", "lang": "kotlin",
                  "version": "2.3.0", "replicas": 2, "carrier_gw": "NHN Cloud SMS"}),
    # ---------------------------------------------------------------- tuition payments
    "sunap-pay": ("service", PAY, "M", "P", ["MD1-R08-U07"], ["ora-sunap", "coupon-svc", "pg-toss-gw", "jebi-notify"],
                  {"desc": "수강료 수납 (카드, 계좌이체, 학원비 분할)", "product": "Spring Boot 2.7", "jdk": "OpenJDK 17",
                   "version": "4.11.0", "deadline_day": 10}),
    "coupon-svc": ("service", PAY, "N", "P", ["kr2-wk-044"], ["ora-sunap", "redis-sess"],
                   {"desc": "쿠폰/형제 할인/추천인 혜택", "namespace": "daon-pay", "lang": "kotlin", "version": "3.2.0",
                    "replicas": 4, "sibling_discount_pct": 10}),
    "pg-toss-gw": ("service", PAY, "M", "P", ["MD1-R08-U07"], [],
                   {"desc": "PG 연동 게이트웨이", "vendor": "토스페이먼츠", "api_version": "2024-06-01",
                    "version": "1.8.2"}),
    "invoice_bat": ("service", PAY, "M", "P", ["MD1-R08-U07"], ["ora-sunap", "jebi-notify"],
                    {"desc": "수강료 청구/미납 안내 배치", "product": "Spring Batch 4.3", "schedule": "매일 06:00",
                     "students": 48200}),
    # ---------------------------------------------------------------- instructor content
    "chalk-cms": ("service", CMS, "N", "P", ["kr1-wk-032"], ["pg-cms", "obj-ncp-cms", "munje-bank"],
                  {"desc": "강사 콘텐츠 CMS (강의안, 교재 PDF, 문항 세트)", "namespace": "daon-cms", "lang": "typescript",
                   "framework": "NestJS 10", "version": "5.4.0", "replicas": 4}),
    "chalk-upload": ("service", CMS, "N", "P", ["kr1-wk-032"], ["obj-ncp-cms", "pg-cms"],
                     {"desc": "강의자료 업로드 (PDF/PPT 변환)", "namespace": "daon-cms", "lang": "go", "version": "1.5.2",
                      "replicas": 2, "max_upload_mb": 500}),
    "report_weekly_bat": ("service", DATA, "M", "P", ["MD1-R08-U06"], ["mysql-lms", "lms_gradebook", "jebi-notify"],
                          {"desc": "주간 학습 리포트 (학부모 발송)", "product": "Python 3.11 + Airflow 2.9",
                           "schedule": "매주 일요일 20:00", "reports_per_week": 41000}),
    "tutor-match": ("service", APP, "N", "P", ["kr2-wk-042"], ["mysql-member"],
                    {"desc": "1:1 과외 매칭 (개편으로 일시 중단)", "namespace": "daon-app", "lang": "kotlin",
                     "version": "0.9.8", "replicas": 0}),
    "gamsi": ("service", SRE, "N", "P", ["kr1-wk-034"], [],
              {"desc": "감시: 메트릭/알림", "product": "Prometheus 2.53 + Grafana 11 + Alertmanager",
               "replicas": 2, "retention_days": 15}),
    "gyosil-legacy": ("service", CLASS, "M", "P", [], [],
                      {"desc": "구 교실 (Flash/RTMP 기반, 2024년 gyosil-api로 대체)", "version": "1.4.19",
                       "decommissioned": "2025-08-31"}),
    # ---------------------------------------------------------------- staging, qa, dev
    "gyosil-api-stg": ("service", CLASS, "N", "S", ["kr2-stg-wk-01"], ["pg-gyosil-stg"],
                       {"desc": "교실 API (스테이징)", "namespace": "daon-class-stg", "version": "8.22.0-rc2",
                        "replicas": 2}),
    "durumi-ctrl-stg": ("service", RTC, "N", "T", ["kr2-stg-wk-01"], ["redis-room-stg"],
                        {"desc": "두루미 컨트롤러 (스테이지)", "namespace": "daon-rtc-stg", "version": "2.15.0-rc1",
                         "replicas": 1}),
    "kkachi-sig-stg": ("service", RTC, "N", "T", ["kr2-stg-wk-02"], ["durumi-ctrl-stg", "redis-room-stg"],
                       {"desc": "까치 시그널링 (스테이지)", "namespace": "daon-rtc-stg", "version": "3.10.0-rc1",
                        "replicas": 1}),
    "munje-bank-qa": ("service", QB, "N", "Q", ["kr2-stg-wk-02"], ["mysql-lms-qa"],
                      {"desc": "문제은행 (QA)", "namespace": "daon-qbank-qa", "version": "5.9.0-beta1", "replicas": 1}),
    "sunap-pay-qa": ("service", PAY, "M", "Q", ["MD1-R08-U09"], ["mysql-lms-qa"],
                     {"desc": "수납 (QA, 토스 테스트 키)", "version": "4.12.0-beta2"}),
    "chalk-cms-dev": ("service", CMS, "N", "D", ["kr2-dev-wk-01"], [],
                      {"desc": "강사 CMS (개발)", "namespace": "daon-cms-dev", "version": "5.5.0-SNAPSHOT",
                       "replicas": 1}),
    "app-haksaeng-bff-dev": ("service", APP, "N", "D", ["kr2-dev-wk-01"], [],
                             {"desc": "학생앱 BFF (개발)", "namespace": "daon-app-dev", "version": "12.4.0-SNAPSHOT",
                              "replicas": 1}),
    "chaejeom-worker-dev": ("service", GRADE, "N", "D", ["kr2-dev-wk-01"], [],
                            {"desc": "자동 채점 (개발)", "namespace": "daon-grading-dev", "version": "3.3.0-SNAPSHOT",
                             "replicas": 1}),
    # ---------------------------------------------------------------- databases
    "pg-gyosil": ("database", DBA, "N", "P", [], [],
                  {"engine": "postgresql", "product": "NCP Cloud DB for PostgreSQL 14.11", "spec": "16vCPU/64GB",
                   "max_connections": 1200, "port": 5432, "standby": 1, "desc": "수업/반/시간표, 교실 세션"}),
    "pg-munje": ("database", DBA, "N", "P", [], [],
                 {"engine": "postgresql", "product": "NCP Cloud DB for PostgreSQL 15.6", "spec": "8vCPU/32GB",
                  "port": 5432, "standby": 1, "size_gb": 740, "desc": "문항, 태그, 시험지"}),
    "pg-cms": ("database", DBA, "N", "P", [], [],
               {"engine": "postgresql", "product": "NCP Cloud DB for PostgreSQL 15.6", "spec": "4vCPU/16GB",
                "port": 5432, "standby": 1, "desc": "강의안, VOD 메타"}),
    "mysql-member": ("database", DBA, "N", "P", [], [],
                     {"engine": "mysql", "product": "NCP Cloud DB for MySQL 8.0.36", "spec": "8vCPU/32GB",
                      "port": 3306, "replicas": 2, "desc": "회원, 학부모-자녀 관계, 알림 수신 설정"}),
    "mysql-lms": ("database", DBA, "M", "P", ["MD1-R07-U14", "MD1-R07-U15"], [],
                  {"engine": "mysql", "version": "8.0.36", "port": 3306, "topology": "primary + semi-sync replica",
                   "size_gb": 2100, "desc": "출결, 숙제, 성적 (레거시 LMS)"}),
    "ora-sunap": ("database", DBA, "M", "P", ["MD1-R07-U20"], [],
                  {"engine": "oracle", "version": "19c (19.24 RU)", "port": 1521, "sid": "SUNAP", "sga_gb": 40,
                   "processes": 1500, "desc": "수강료 원장, 결제 내역, 쿠폰"}),
    "mongo-panseo": ("database", CLASS, "N", "P", ["dn-mgo-01", "dn-mgo-02", "dn-mgo-03"], [],
                     {"engine": "mongodb", "version": "6.0.15", "replica_set": "rs-panseo", "members": 3,
                      "port": 27017, "size_gb": 960, "desc": "판서 스트로크, 페이지 스냅샷"}),
    "es-munje": ("database", QB, "N", "P", ["dn-es-01", "dn-es-02"], [],
                 {"engine": "elasticsearch", "version": "8.13.4", "data_nodes": 2, "port": 9200,
                  "analyzer": "nori + 수식 토크나이저", "docs_million": 1.84, "desc": "문항 검색 인덱스"}),
    "pg-gyosil-stg": ("database", DBA, "N", "S", [], [],
                      {"engine": "postgresql", "product": "NCP Cloud DB for PostgreSQL 14.11", "spec": "2vCPU/8GB",
                       "port": 5432}),
    "mysql-lms-qa": ("database", DBA, "M", "Q", ["MD1-R08-U09"], [],
                     {"engine": "mysql", "version": "8.0.36", "port": 3306}),
    # ---------------------------------------------------------------- caches, queues
    "redis-room": ("cache", RTC, "N", "P", [], [],
                   {"engine": "redis", "product": "NCP Cloud DB for Redis 7.2", "maxmemory_gb": 16,
                    "maxmemory_policy": "noeviction", "shards": 1, "port": 6379, "desc": "교실/SFU 방 상태, 참가자"}),
    "redis-sess": ("cache", SRE, "N", "P", [], [],
                   {"engine": "redis", "product": "NCP Cloud DB for Redis 7.2", "maxmemory_gb": 32,
                    "maxmemory_policy": "volatile-lru", "shards": 3, "port": 6379, "desc": "세션, 토큰, 레이트리밋"}),
    "redis-munje": ("cache", QB, "N", "P", [], [],
                    {"engine": "redis", "product": "NCP Cloud DB for Redis 7.2", "maxmemory_gb": 24,
                     "maxmemory_policy": "allkeys-lru", "shards": 2, "port": 6379, "desc": "문항/시험지 캐시"}),
    "redis-room-stg": ("cache", RTC, "N", "T", [], [],
                       {"engine": "redis", "product": "NCP Cloud DB for Redis 7.2", "maxmemory_gb": 2, "port": 6379}),
    "kfk-dn-main": ("queue", DATA, "N", "P", [], [],
                    {"product": "NCP Cloud Data Streaming (Kafka 3.6.1)", "brokers": 5, "topics": 96,
                     "min_insync_replicas": 2, "port": 9092, "desc": "수업/출결/학습 이벤트 버스"}),
    "rmq-grading": ("queue", GRADE, "N", "P", ["dn-mq-01"], [],
                    {"product": "RabbitMQ 3.13.2", "nodes": 1, "queues": 14, "port": 5672,
                     "desc": "채점 작업 큐 (숙제 사진, 서술형)"}),
    "mq-jebi": ("queue", NOTI, "N", "P", ["dn-mq-02"], [],
                {"product": "RabbitMQ 3.13.2", "nodes": 1, "queues": 9, "port": 5672,
                 "desc": "알림 발송 큐 (알림톡, SMS, 푸시)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-ncp-app": ("N", SRE, ["dn-gw", "seonsaeng-web"],
                   {"vendor": "NAVER Cloud", "model": "Application Load Balancer", "endpoint": "api.daonclass.kr",
                    "cert_expiry": "2027-02-11", "cert_issuer": "Let's Encrypt (자동 갱신)"}),
    "lb-live": ("N", RTC, ["kkachi-sig"],
                {"vendor": "NAVER Cloud", "model": "Network Proxy Load Balancer", "endpoint": "live.daonclass.kr",
                 "cert_expiry": "2026-10-21", "cert_issuer": "Sectigo (수동 갱신)", "idle_timeout_s": 3600}),
    "l4-mokdong": ("M", NET, ["lms_attend", "lms_homework", "lms_gradebook", "lms-admin", "sunap-pay"],
                   {"vendor": "Piolink", "model": "PAS-K 3224", "vip": "172.30.8.20", "firmware": "2.5.1"}),
    "gslb-sfu": ("G", RTC, ["durumi-sfu-sel01", "durumi-sfu-sel02", "durumi-sfu-bsn01", "durumi-sfu-dj01"],
                 {"vendor": "NS1", "model": "Managed DNS (Pulsar steering)", "endpoint": "sfu.daonclass.kr",
                  "ttl_s": 30}),
    "cdn-vod": ("G", VOD, ["s3-vod-origin"],
                {"vendor": "AWS", "model": "CloudFront", "endpoint": "vod.daonclass.kr", "price_class": "200",
                 "cache_hit_target": 0.95}),
    "cdn-static": ("G", CMS, ["obj-ncp-cms"],
                   {"vendor": "NAVER Cloud", "model": "Global Edge", "endpoint": "static.daonclass.kr",
                    "cache_hit_target": 0.98}),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "nas-md-vod01": ("M", VOD, {"vendor": "NetApp", "model": "FAS2820", "capacity_tb": 180, "ontap": "9.13.1P8",
                                "volume": "vol_rec_raw", "desc": "수업 녹화 원본, 트랜스코딩 작업 공간"},
                     ["MD1-R04-U08", "MD1-R05-U02", "MD1-R05-U03"]),
    "s3-vod-origin": ("A", VOD, {"vendor": "AWS", "model": "S3 Standard-IA", "capacity_tb": 640,
                                 "desc": "다시보기 HLS 오리진"}, []),
    "obj-ncp-hw": ("N", LMS, {"vendor": "NAVER Cloud", "model": "Object Storage", "capacity_tb": 90,
                              "desc": "숙제 사진/PDF 제출물"}, []),
    "obj-ncp-cms": ("N", CMS, {"vendor": "NAVER Cloud", "model": "Object Storage", "capacity_tb": 35,
                               "desc": "강의안, 교재 PDF"}, []),
    "nas-md-bak": ("M", IDC, {"vendor": "Synology", "model": "RS4021xs+", "capacity_tb": 120, "dsm": "7.2.1",
                              "desc": "Oracle RMAN / MySQL 백업"}, ["MD1-R07-U20", "MD1-R01-U30"]),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # ncloud-seoul, NKS cluster daon-prd
    "kr1-wk-031": ("N", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-1", "pool": "wk"}),
    "kr1-wk-032": ("N", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-1", "pool": "wk"}),
    "kr1-wk-033": ("N", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-1", "pool": "wk"}),
    "kr1-wk-034": ("N", "P", "nks", {"server_spec": "c16-g3 (16vCPU/32GB)", "zone": "KR-1", "pool": "wk"}),
    "kr2-wk-041": ("N", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-2", "pool": "wk"}),
    "kr2-wk-042": ("N", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-2", "pool": "wk"}),
    "kr2-wk-043": ("N", "P", "nks", {"server_spec": "c16-g3 (16vCPU/32GB)", "zone": "KR-2", "pool": "wk"}),
    "kr2-wk-044": ("N", "P", "nks", {"server_spec": "s16-g3 (16vCPU/64GB)", "zone": "KR-2", "pool": "wk"}),
    "kr2-stg-wk-01": ("N", "S", "nks", {"server_spec": "s4-g3 (4vCPU/16GB)", "zone": "KR-2", "pool": "stg"}),
    "kr2-stg-wk-02": ("N", "T", "nks", {"server_spec": "s4-g3 (4vCPU/16GB)", "zone": "KR-2", "pool": "stg"}),
    "kr2-dev-wk-01": ("N", "D", "nks", {"server_spec": "s4-g3 (4vCPU/16GB)", "zone": "KR-2", "pool": "dev"}),
    # ncloud-seoul, VMs
    "dn-mgo-01": ("N", "P", "vm", {"server_spec": "m16-g3 (16vCPU/128GB)", "zone": "KR-1", "role": "mongod rs-panseo #0"}),
    "dn-mgo-02": ("N", "P", "vm", {"server_spec": "m16-g3 (16vCPU/128GB)", "zone": "KR-2", "role": "mongod rs-panseo #1"}),
    "dn-mgo-03": ("N", "P", "vm", {"server_spec": "m16-g3 (16vCPU/128GB)", "zone": "KR-1", "role": "mongod rs-panseo #2"}),
    "dn-es-01": ("N", "P", "vm", {"server_spec": "m8-g3 (8vCPU/64GB)", "zone": "KR-1", "role": "Elasticsearch data 1"}),
    "dn-es-02": ("N", "P", "vm", {"server_spec": "m8-g3 (8vCPU/64GB)", "zone": "KR-2", "role": "Elasticsearch data 2"}),
    "dn-mq-01": ("N", "P", "vm", {"server_spec": "s8-g3 (8vCPU/32GB)", "zone": "KR-1", "role": "RabbitMQ (채점)"}),
    "dn-mq-02": ("N", "P", "vm", {"server_spec": "s8-g3 (8vCPU/32GB)", "zone": "KR-2", "role": "RabbitMQ (알림)"}),
    # 목동IDC
    "MD1-R03-U10": ("M", "P", "bare", {"role": "SFU 서울 #1", "model": "Dell PowerEdge R660", "nic": "2x 25GbE"}),
    "MD1-R03-U11": ("M", "P", "bare", {"role": "SFU 서울 #2", "model": "Dell PowerEdge R660", "nic": "2x 25GbE"}),
    "MD1-R03-U12": ("M", "P", "bare", {"role": "TURN 릴레이", "model": "Dell PowerEdge R660", "nic": "2x 25GbE"}),
    "MD1-R04-U08": ("M", "P", "bare", {"role": "수업 녹화 서버", "model": "Dell PowerEdge R760"}),
    "MD1-R05-U02": ("M", "P", "gpu", {"role": "트랜스코딩 GPU #1", "model": "Supermicro SYS-421GE", "gpu": "NVIDIA A10"}),
    "MD1-R05-U03": ("M", "P", "gpu", {"role": "트랜스코딩 GPU #2", "model": "Supermicro SYS-421GE", "gpu": "NVIDIA A10"}),
    "MD1-R05-U04": ("M", "P", "gpu", {"role": "필기 OCR 추론", "model": "Supermicro SYS-421GE", "gpu": "NVIDIA L4"}),
    "MD1-R06-U20": ("M", "P", "bare", {"role": "예비 SFU (메인보드 교체 대기)", "model": "Dell PowerEdge R660"}),
    "MD1-R07-U14": ("M", "P", "bare", {"role": "MySQL LMS primary", "model": "HPE ProLiant DL380 Gen11"}),
    "MD1-R07-U15": ("M", "P", "bare", {"role": "MySQL LMS replica", "model": "HPE ProLiant DL380 Gen11"}),
    "MD1-R07-U20": ("M", "P", "bare", {"role": "Oracle 수납 DB", "model": "HPE ProLiant DL380 Gen11"}),
    "MD1-R08-U05": ("M", "P", "esxi", {"role": "LMS WAS #1 (출결/숙제)", "hypervisor": "VMware vSphere 7.0U3"}),
    "MD1-R08-U06": ("M", "P", "esxi", {"role": "LMS WAS #2 (성적/관리/리포트)", "hypervisor": "VMware vSphere 7.0U3"}),
    "MD1-R08-U07": ("M", "P", "esxi", {"role": "수납 WAS/배치", "hypervisor": "VMware vSphere 7.0U3"}),
    "MD1-R08-U09": ("M", "Q", "esxi", {"role": "QA WAS/DB", "hypervisor": "VMware vSphere 7.0U3"}),
    "MD1-R02-U18": ("M", "P", "bare", {"role": "로그 수집 (Loki)", "model": "Dell PowerEdge R760"}),
    "MD1-R02-U19": ("M", "P", "esxi", {"role": "배포 도구/점프 호스트", "hypervisor": "VMware vSphere 7.0U3"}),
    "MD1-R01-U30": ("M", "P", "bare", {"role": "백업 서버 (RMAN, mysqldump)", "model": "HPE ProLiant DL380 Gen11"}),
    # edges
    "BSN-E1-U04": ("B", "P", "bare", {"role": "SFU 부산", "model": "Dell PowerEdge R660", "nic": "2x 25GbE (Intel E810)",
                                      "colo": "KT 부산 IDC"}),
    "BSN-E1-U05": ("B", "P", "bare", {"role": "TURN 부산", "model": "Dell PowerEdge R650", "colo": "KT 부산 IDC"}),
    "DJN-E1-U03": ("J", "P", "bare", {"role": "SFU 대전", "model": "Dell PowerEdge R660", "colo": "SK브로드밴드 대전"}),
    "DJN-E1-U02": ("J", "P", "bare", {"role": "예비 SFU 대전 (PSU 교체)", "model": "Dell PowerEdge R650",
                                      "colo": "SK브로드밴드 대전"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "md-core-sw01": ("M", {"device": "core switch", "vendor": "Arista", "model": "7050SX3-48YC12", "firmware": "EOS 4.31.2F"}),
    "md-fw01": ("M", {"device": "firewall", "vendor": "SECUI", "model": "BLUEMAX NGF 2000", "firmware": "4.2.1"}),
    "ncp-md-vpn": ("N", {"device": "dedicated line", "vendor": "NAVER Cloud", "model": "Cloud Connect 1Gbps (KINX)",
                         "circuit": "CC-KR-0231877", "desc": "NCP ↔ 목동IDC 전용선"}),
    "bsn-edge-rtr": ("B", {"device": "edge router", "vendor": "Juniper", "model": "MX204", "firmware": "Junos 23.2R1"}),
    "djn-edge-rtr": ("J", {"device": "edge router", "vendor": "Juniper", "model": "MX204", "firmware": "Junos 23.2R1"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("md-fw01", "md-core-sw01"),
    ("ncp-md-vpn", "md-fw01"),
    ("lms_attend", "ncp-md-vpn"),
    ("lms_homework", "ncp-md-vpn"),
    ("sunap-pay", "ncp-md-vpn"),
    ("nokhwa-rec", "ncp-md-vpn"),
    ("durumi-sfu-bsn01", "bsn-edge-rtr"),
    ("durumi-sfu-dj01", "djn-edge-rtr"),
]
# fmt: on
STATUS = {
    "MD1-R06-U20": "maintenance",
    "DJN-E1-U02": "maintenance",
    "tutor-match": "maintenance",
    "gyosil-legacy": "retired",
}
NET_PREFIX = {"M": "172.30", "N": "10.41", "B": "172.31", "J": "172.32"}


def measured(ci: dict) -> bool:
    return ci["status"] != "retired" and ci["environment"] == "prod"


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "E1",
        "kind": "cache_maxmemory",
        "root": "redis-room",
        "description": "at Monday's 19:00 class start, with the exam-season special lectures doubling the rooms,"
        " room keys written without a TTL fill redis-room to maxmemory under the noeviction policy: every write"
        " fails with OOM, durumi-ctrl (redeployed at 18:40) cannot assign rooms (loudest), kkachi-sig cannot"
        " join peers, gyosil-api and app-haksaeng-bff fail to open classrooms, until the stale room keys are"
        " expired and maxmemory raised",
        "start": kst(5, 19, 0),
        "end": kst(5, 19, 55),
        "affected": ["redis-room", "durumi-ctrl", "kkachi-sig", "gyosil-api", "app-haksaeng-bff"],
    },
    {
        "id": "E2",
        "kind": "storage_full",
        "root": "nas-md-vod01",
        "description": "in the small hours of Wednesday the nightly transcoding batch writes its work files to"
        " nas-md-vod01, whose raw recordings have been kept 30 days instead of 7 since Monday's retention change"
        " (the cleanup script was stopped): vol_rec_raw fills, vod_trans_bat abends (loudest), nokhwa-rec cannot"
        " flush and vod-player-api fails on recent recordings, until old raw recordings are moved to the archive",
        "start": kst(7, 1, 40),
        "end": kst(7, 2, 35),
        "affected": ["nas-md-vod01", "vod_trans_bat", "nokhwa-rec", "vod-player-api"],
    },
    {
        "id": "E3",
        "kind": "db_cpu_saturation",
        "root": "pg-munje",
        "description": "in Saturday's 10:00 모의고사 pg-munje saturates its CPU on sequential scans: Friday evening's"
        " migration recreated question_tag without its index; munje-bank (deployed at 09:30) times out building"
        " exam papers (loudest), chaejeom-worker stalls, app-haksaeng-bff fails the test screen, until the index"
        " is rebuilt concurrently",
        "start": kst(10, 10, 0),
        "end": kst(10, 10, 55),
        "affected": ["pg-munje", "munje-bank", "chaejeom-worker", "app-haksaeng-bff"],
    },
    {
        "id": "E4",
        "kind": "shared_pool_exhaustion",
        "root": "ora-sunap",
        "description": "on Thursday at 17:00 the tuition deadline reminder sends parents to pay at once;"
        " ora-sunap, whose SGA was shrunk on Wednesday night, runs out of shared pool (ORA-04031) with hard"
        " parses: sunap-pay fails payments (loudest), coupon-svc (deployed at 16:30) cannot apply discounts,"
        " app-bumo-bff shows payment errors, until the shared pool is flushed and the SGA restored",
        "start": kst(8, 17, 0),
        "end": kst(8, 17, 55),
        "affected": ["ora-sunap", "sunap-pay", "coupon-svc", "app-bumo-bff"],
    },
    {
        "id": "E5",
        "kind": "replica_set_election",
        "root": "mongo-panseo",
        "description": "on Tuesday evening a foreground index build on the strokes collection blocks"
        " mongo-panseo's primary, which steps down; elections flap for minutes: panseo-sync (deployed at 20:55)"
        " loses writes and whiteboards freeze (loudest), app-haksaeng-bff and seonsaeng-web show blank boards,"
        " until the build is killed and the primary is pinned",
        "start": kst(13, 21, 30),
        "end": kst(13, 22, 25),
        "affected": ["mongo-panseo", "panseo-sync", "app-haksaeng-bff", "seonsaeng-web"],
    },
    {
        "id": "E6",
        "kind": "host_cpu_softirq",
        "root": "BSN-E1-U04",
        "description": "in the 한글날 holiday special lectures the Busan edge host BSN-E1-U04 saturates its CPU in"
        " softirq: Thursday's NIC driver update halved its RSS queues; durumi-sfu-bsn01 (deployed at 13:30) drops"
        " packets and freezes video (loudest), durumi-ctrl reassigns rooms, until the RSS queues are restored",
        "start": kst(9, 14, 0),
        "end": kst(9, 14, 55),
        "affected": ["BSN-E1-U04", "durumi-sfu-bsn01", "durumi-ctrl"],
    },
    {
        "id": "E7",
        "kind": "table_lock",
        "root": "pg-gyosil",
        "description": "at the weekday evening peak a DBA's manual VACUUM FULL on class_session takes an exclusive"
        " lock on pg-gyosil: every classroom entry waits; gyosil-api times out (loudest), lms_attend (deployed"
        " at 19:10) cannot record attendance, app-haksaeng-bff and app-bumo-bff follow (ongoing)",
        "start": kst(14, 19, 40),
        "end": None,
        "affected": ["pg-gyosil", "gyosil-api", "lms_attend", "app-haksaeng-bff", "app-bumo-bff"],
    },
]
E1, E2, E3, E4, E5, E6, E7 = INCIDENTS
MOCK_EXAM = (kst(10, 10, 0), kst(10, 12, 0))  # 토요 모의고사
HOLIDAY = 9  # 한글날 (Friday)
MAINT = (kst(11, 2, 0), kst(11, 4, 40))  # 일요일 정기점검
NAS_RETENTION = kst(5, 14, 0)  # raw recordings kept 30 days from here


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
        owner = SRE
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 30, 'T': 30, 'Q': 40, 'D': 50}[env]) + i // 8}"
            f".{11 + (i * 37) % 220}"
        }
        if kind == "nks":
            attrs |= {
                "cluster": "daon-prd" if env == "P" else "daon-nonprd",
                "os": "Ubuntu 22.04",
                "kubelet": "v1.29.6",
                "server_instance_no": str(rng.randint(20000000, 29999999)),
            }
        elif kind == "vm":
            attrs |= {"os": "Rocky Linux 8.10", "server_instance_no": str(rng.randint(20000000, 29999999))}
            owner = DBA if "mgo" in h or "es" in h else SRE
        elif kind == "esxi":
            attrs |= {"os": rng.choice(["CentOS 7.9", "Rocky Linux 8.10"]), "vcpu": rng.choice([8, 16]),
                      "mem_gb": rng.choice([32, 64])}  # fmt: skip
            owner = IDC
        else:  # bare metal and GPU boxes
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "Ubuntu 22.04"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['7XK', 'CZ2', 'S4N'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            owner = RTC if h.startswith(("BSN", "DJN", "MD1-R03", "MD1-R06")) else IDC
        if h.startswith("MD1-R05"):
            owner = VOD if h != "MD1-R05-U04" else GRADE
        if h.startswith("MD1-R07"):
            owner = DBA
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


def _daytime(ts: datetime) -> bool:
    """Weekends and the 한글날 holiday: special lectures in the daytime."""
    loc = _local(ts)
    return loc.weekday() >= 5 or loc.day == HOLIDAY


def _on_the_hour(h: float) -> float:
    """Class starts at 19:00, 20:00 and 21:00: a burst in the first ten minutes."""
    frac = h - int(h)
    return math.exp(-frac / 0.08) if int(h) in (19, 20, 21) else 0.0


def _live(ts: datetime) -> float:
    """Live classes: weekday evenings 18–22 (bursts at class starts); weekend/holiday daytime special lectures."""
    h = seoul_hour(ts)
    if _daytime(ts):
        v = 0.06 + 0.25 * (1 if 9.5 <= h < 18 else 0) + 0.3 * _bump(h, 14, 2.2) + 0.12 * _bump(h, 20, 1.2)
    else:
        v = 0.05 + 0.12 * (1 if 15 <= h < 23 else 0) + 0.55 * _bump(h, 20.3, 1.3) + 0.12 * _on_the_hour(h)
    if MOCK_EXAM[0] <= ts < MOCK_EXAM[1]:
        v += 0.15
    return max(0.04, min(1.0, v))


def _homework(ts: datetime) -> float:
    """Homework: after school, then the rush before the 23:59 deadline."""
    h = seoul_hour(ts)
    v = 0.05 + 0.2 * (1 if h >= 15 or h < 0.5 else 0) + 0.5 * _bump(h, 23.2, 0.7)
    return max(0.04, min(1.0, v))


def _parent(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.05 + 0.15 * _bump(h, 8, 0.8) + 0.12 * _bump(h, 12.5, 1) + 0.4 * _bump(h, 21.5, 1.4)
    if loc.weekday() == 6:
        v += 0.3 * _bump(h, 20.3, 0.5)  # the weekly report
    if loc.day == 8:
        v += 0.35 * _bump(h, 17.5, 0.8)  # the tuition deadline reminder
    return max(0.04, min(1.0, v))


def _notify(ts: datetime) -> float:
    loc = _local(ts)
    h = seoul_hour(ts)
    v = 0.05 + 0.1 * _bump(h, 20, 2) + (0 if _daytime(ts) else 0.6 * _on_the_hour(h))
    if loc.weekday() == 6:
        v += 0.6 * _bump(h, 20.2, 0.25)
    if loc.day == 8:
        v += 0.5 * _bump(h, 17.1, 0.2)
    v += 0.3 * _bump(h, 6.1, 0.15)  # the 06:00 invoice notices
    return max(0.04, min(1.0, v))


def _vod(ts: datetime) -> float:
    """Replays: late-night study before the exams, weekend afternoons."""
    h = seoul_hour(ts)
    v = 0.06 + 0.4 * _bump(h, 22.8, 1.6) + (0.2 * _bump(h, 15, 2.5) if _daytime(ts) else 0)
    return max(0.04, min(1.0, v))


def _batch(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 1 <= h < 4.5 else 0.1


def _pay(ts: datetime) -> float:
    return max(0.04, min(1.0, 0.85 * _parent(ts) + 0.05))


def _office(ts: datetime) -> float:
    """Instructors and staff: office hours, and lesson prep in the evening."""
    loc = _local(ts)
    h = seoul_hour(ts)
    if loc.weekday() >= 5:
        return 0.12 + 0.1 * _bump(h, 14, 3)
    return 0.12 + 0.45 * (1 if 10 <= h < 19 else 0) + 0.2 * _bump(h, 21, 1.5)


def _steady(ts: datetime) -> float:
    return 0.5


LIVE_SIDE = {
    "dn-gw", "app-haksaeng-bff", "seonsaeng-web", "dn-auth", "gyosil-api", "kkachi-sig", "durumi-ctrl",
    "durumi-sfu-sel01", "durumi-sfu-sel02", "durumi-sfu-bsn01", "durumi-sfu-dj01", "durumi-turn", "panseo-sync",
    "jjokji-chat", "lms_attend", "munje-bank", "pg-gyosil", "pg-munje", "mongo-panseo", "es-munje", "redis-room",
    "redis-sess", "redis-munje", "kfk-dn-main", "lb-ncp-app", "lb-live", "gslb-sfu", "nokhwa-rec", "mysql-member",
    "kr1-wk-031", "kr1-wk-032", "kr1-wk-033", "kr1-wk-034", "kr2-wk-041", "kr2-wk-043", "kr2-wk-044",
    "dn-mgo-01", "dn-mgo-02", "dn-mgo-03", "dn-es-01", "dn-es-02", "MD1-R03-U10", "MD1-R03-U11", "MD1-R03-U12",
    "MD1-R04-U08", "BSN-E1-U04", "BSN-E1-U05", "DJN-E1-U03", "MD1-R08-U05", "bsn-edge-rtr", "djn-edge-rtr",
    "ncp-md-vpn", "md-fw01", "md-core-sw01", "l4-mokdong", "mysql-lms", "MD1-R07-U14", "MD1-R07-U15",
}  # fmt: skip
HOMEWORK_SIDE = {"lms_homework", "chaejeom-worker", "pilgi-ocr", "rmq-grading", "obj-ncp-hw", "dn-mq-01",
                 "MD1-R05-U04"}  # fmt: skip
PARENT_SIDE = {"app-bumo-bff", "family-link", "lms_gradebook", "MD1-R08-U06"}
NOTIFY_SIDE = {"jebi-notify", "jebi-alimtalk", "jebi-sms", "mq-jebi", "dn-mq-02"}
VOD_SIDE = {"vod-player-api", "vod-drm", "s3-vod-origin", "cdn-vod", "kr2-wk-042"}
PAY_SIDE = {"sunap-pay", "coupon-svc", "pg-toss-gw", "ora-sunap", "MD1-R08-U07", "MD1-R07-U20"}
OFFICE = {"chalk-cms", "chalk-upload", "pg-cms", "obj-ncp-cms", "cdn-static", "lms-admin", "gamsi", "tutor-match",
          "MD1-R02-U18", "MD1-R02-U19", "MD1-R01-U30", "nas-md-bak"}  # fmt: skip
BATCH = {"vod_trans_bat", "nas-md-vod01", "MD1-R05-U02", "MD1-R05-U03"}


def _load(name: str):
    for group, shape in (
        (LIVE_SIDE, _live),
        (HOMEWORK_SIDE, _homework),
        (PARENT_SIDE, _parent),
        (NOTIFY_SIDE, _notify),
        (VOD_SIDE, _vod),
        (PAY_SIDE, _pay),
        (OFFICE, _office),
        (BATCH, _batch),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "E1": {0: (6.0, 9.0), 1: (4.0, 15.0), 2: (2.2, 7.5)},
    "E2": {0: (9.0, 4.0), 1: (3.0, 12.0)},
    "E3": {0: (12.0, 3.5), 1: (5.0, 11.0), 2: (2.0, 6.0)},
    "E4": {0: (7.0, 8.0), 1: (3.5, 13.0), 2: (1.8, 6.5)},
    "E5": {0: (8.0, 7.0), 1: (4.0, 18.0), 2: (2.0, 6.0)},
    "E6": {1: (3.0, 21.0), 2: (1.6, 5.0)},
    "E7": {0: (14.0, 6.5), 1: (6.0, 16.0), 2: (2.4, 7.0)},
}
EFFECT_OVERRIDE = {
    ("E1", "durumi-ctrl"): (4.5, 34.0),
    ("E2", "vod_trans_bat"): (2.5, 41.0),
    ("E3", "munje-bank"): (7.0, 29.0),
    ("E4", "sunap-pay"): (4.0, 31.0),
    ("E5", "panseo-sync"): (5.0, 37.0),
    ("E6", "durumi-sfu-bsn01"): (3.5, 28.0),
    ("E7", "gyosil-api"): (8.0, 26.0),
    ("E7", "lms_attend"): (4.0, 12.0),
}

HOST = HostBaseline(cpu=(0.55, 0.75, 1.0), memory=(7, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "dn-mgo-01", "dn-mgo-02", "dn-mgo-03", "dn-es-01", "dn-es-02", "dn-mq-01", "dn-mq-02", "MD1-R04-U08",
    "MD1-R05-U02", "MD1-R05-U03", "MD1-R07-U14", "MD1-R07-U15", "MD1-R07-U20", "MD1-R02-U18", "MD1-R01-U30",
    "MD1-R08-U05", "MD1-R08-U06", "MD1-R08-U07", "MD1-R06-U20",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)


def _nas_fill(rng: random.Random, ts: datetime) -> float:
    """nas-md-vod01 vol_rec_raw: steady until Monday's retention change, then the raw recordings pile up; the
    Wednesday batch fills it, then old recordings move to the archive."""
    base = 71.0 + rng.gauss(0, 0.05)
    if ts < NAS_RETENTION:
        return base
    if ts < E2["start"] - timedelta(minutes=40):
        return (
            base + 19.0 * (ts - NAS_RETENTION).total_seconds() / (E2["start"] - NAS_RETENTION).total_seconds()
        )
    if ts < E2["start"]:
        p = (ts - (E2["start"] - timedelta(minutes=40))).total_seconds() / 2400
        return base + 18.7 + (99.6 - base - 18.7) * p
    if ts < E2["end"]:
        return 99.6 + rng.gauss(0, 0.08)
    return max(74.0 + rng.gauss(0, 0.05), 99.6 - 25 * (ts - E2["end"]).total_seconds() / 3600)


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 32), rng.uniform(36, 62), rng.uniform(22, 52)
    growth = rng.uniform(0, 0.1)
    if name == "MD1-R02-U18":  # Loki chunks: the disk creeps up
        disk0, growth = 58.0, 1.8
    load = _load(name)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "BSN-E1-U04":  # softirq saturation on the edge SFU
            cpu += (97.0 + rng.gauss(0, 0.6) - cpu) * ramp(ts, E6["start"], E6["end"], rise=5, fall=10)
        if name in ("MD1-R05-U02", "MD1-R05-U03"):  # the transcoding batch
            cpu += 38 * (1 if 1 <= seoul_hour(ts) < 4.5 else 0) * (1 - 0.8 * ramp(ts, E2["start"], E2["end"]))
        if name == "MD1-R06-U20" or name == "DJN-E1-U02":
            cpu = 0.9 + abs(rng.gauss(0, 0.3))
        if name in ("dn-mgo-01", "dn-mgo-02", "dn-mgo-03"):  # the index build and the elections
            cpu += 35 * ramp(ts, E5["start"], E5["end"], rise=5, fall=10)
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(6, 22)
    rtt0 = {"ncp-md-vpn": 2.1, "bsn-edge-rtr": 7.5, "djn-edge-rtr": 4.8}.get(name, rng.uniform(0.2, 0.9))
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
    used = {"s3-vod-origin": (62, 63), "nas-md-bak": (66, 68)}.get(name, (30, 55))
    filling = _nas_fill if name == "nas-md-vod01" else None
    fill = storage_fill(rng, name, times, START, used, 0.05, filling)
    lat0 = rng.uniform(5, 14) if name.startswith(("s3", "obj")) else rng.uniform(0.8, 2.4)
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = None
        if name == "nas-md-vod01":
            r = ramp(ts, E2["start"], E2["end"], rise=5, fall=10)
            lat *= 1 + 9.0 * r * (1 + rng.gauss(0, 0.08))
            err = max(0.0, 0.03 * (1 + rng.gauss(0, 0.25)) + 4.0 * r)
        row = {"disk_usage": round(min(v, 99.9), 1), "response_time_ms": round(lat, 2)}
        if err is not None:
            row["error_rate"] = round(err, 2)
        rows += samples(ts, c, **row)
    return rows


RT0 = {
    "dn-gw": 14.0, "app-haksaeng-bff": 110.0, "app-bumo-bff": 140.0, "seonsaeng-web": 210.0, "dn-auth": 25.0,
    "family-link": 30.0, "gyosil-api": 85.0, "kkachi-sig": 18.0, "durumi-ctrl": 22.0, "durumi-sfu-sel01": 9.0,
    "durumi-sfu-sel02": 9.5, "durumi-sfu-bsn01": 12.0, "durumi-sfu-dj01": 11.0, "durumi-turn": 6.0,
    "panseo-sync": 16.0, "jjokji-chat": 20.0, "lms_attend": 180.0, "lms_homework": 320.0, "lms_gradebook": 260.0,
    "lms-admin": 420.0, "munje-bank": 70.0, "chaejeom-worker": 450.0, "pilgi-ocr": 380.0, "nokhwa-rec": 45.0,
    "vod_trans_bat": 520.0, "vod-player-api": 60.0, "vod-drm": 35.0, "jebi-notify": 40.0, "jebi-alimtalk": 150.0,
    "jebi-sms": 230.0, "sunap-pay": 350.0, "coupon-svc": 65.0, "pg-toss-gw": 410.0, "invoice_bat": 480.0,
    "chalk-cms": 190.0, "chalk-upload": 560.0, "report_weekly_bat": 300.0, "tutor-match": 90.0, "gamsi": 120.0,
    "pg-gyosil": 2.6, "pg-munje": 3.4, "pg-cms": 2.2, "mysql-member": 1.8, "mysql-lms": 3.9, "ora-sunap": 6.5,
    "mongo-panseo": 2.9, "es-munje": 21.0, "redis-room": 0.45, "redis-sess": 0.3, "redis-munje": 0.4,
    "kfk-dn-main": 4.5, "rmq-grading": 3.1, "mq-jebi": 2.8,
    "lb-ncp-app": 2.4, "lb-live": 1.6, "l4-mokdong": 1.1, "gslb-sfu": 0.9, "cdn-vod": 18.0, "cdn-static": 8.0,
}  # fmt: skip
REQUEST_RATE = {
    "dn-gw": 9800.0, "app-haksaeng-bff": 7400.0, "app-bumo-bff": 1900.0, "seonsaeng-web": 640.0,
    "dn-auth": 2100.0, "gyosil-api": 5200.0, "kkachi-sig": 11800.0, "durumi-ctrl": 420.0, "panseo-sync": 16500.0,
    "jjokji-chat": 3300.0, "lms_attend": 880.0, "lms_homework": 520.0, "lms_gradebook": 210.0, "munje-bank": 2600.0,
    "chaejeom-worker": 310.0, "pilgi-ocr": 95.0, "nokhwa-rec": 160.0, "vod_trans_bat": 24.0, "vod-player-api": 1700.0,
    "jebi-notify": 1200.0, "jebi-alimtalk": 950.0, "jebi-sms": 70.0, "sunap-pay": 85.0, "coupon-svc": 240.0,
    "chalk-cms": 120.0, "pg-gyosil": 14800.0, "pg-munje": 6100.0, "mysql-lms": 9300.0, "ora-sunap": 1150.0,
    "mongo-panseo": 21000.0, "redis-room": 36000.0, "redis-sess": 52000.0, "redis-munje": 18000.0,
    "kfk-dn-main": 44000.0, "rmq-grading": 380.0, "mq-jebi": 1500.0, "lb-ncp-app": 12500.0, "lb-live": 11900.0,
    "cdn-vod": 26000.0,
}  # fmt: skip
MEMORY = {  # caches, brokers and search with a memory gauge: (level, swing with load)
    "redis-room": (48.0, 14.0), "redis-sess": (44.0, 9.0), "redis-munje": (63.0, 5.0), "rmq-grading": (27.0, 12.0),
    "mq-jebi": (22.0, 10.0), "es-munje": (61.0, 4.0), "mongo-panseo": (66.0, 5.0),
}  # fmt: skip
DB_CPU = {
    "pg-gyosil": 24.0,
    "pg-munje": 19.0,
    "pg-cms": 9.0,
    "mysql-member": 14.0,
}  # NCP Cloud DB instance CPU


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
            if inc is E2 and name == "vod_trans_bat":
                req *= 1 - 0.85 * r
            if inc is E5 and name == "panseo-sync":
                req *= 1 - 0.5 * r
            if inc is E7 and name == "pg-gyosil":
                req *= 1 - 0.45 * r  # sessions queue on the lock
            if inc is E3 and name == "pg-munje":
                req *= 1 - 0.3 * r
        if name == "tutor-match":  # paused for the revamp
            req *= 0.02
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-room":  # room keys without TTL pile up through the evening, then OOM
                mem += (99.2 + rng.gauss(0, 0.2) - mem) * ramp(ts, E1["start"], E1["end"], rise=5, fall=10)
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name in DB_CPU:
            cpu = DB_CPU[name] * (0.6 + 1.1 * d) + rng.gauss(0, 1.0)
            if name == "pg-munje":
                cpu += (98.0 + rng.gauss(0, 0.5) - cpu) * ramp(ts, E3["start"], E3["end"], rise=5, fall=10)
            if name == "pg-gyosil":
                cpu += 18 * ramp(ts, E7["start"], E7["end"], rise=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The transcoding batch, the billing batch, the class-start notices, the weekly report and the lb-live
    certificate warning."""
    rows = []
    for d in range(4, 15):
        if d != 7:
            rows.append(
                (d, 1, 0, "vod_trans_bat", "info", "batch_job", "야간 트랜스코딩 배치 시작 (JOB_VOD_NIGHTLY)")
            )
            rows.append((d, 4, 20, "vod_trans_bat", "info", "batch_job", "야간 트랜스코딩 배치 완료"))
        rows.append(
            (d, 6, 0, "invoice_bat", "info", "batch_job", "수강료 미납 안내 대상 추출 배치 (INV_DAILY)")
        )
        weekday = datetime(2026, 10, d).weekday()
        if weekday < 5 and d != HOLIDAY:
            rows.append(
                (d, 19, 0, "jebi-notify", "info", "notification", "19시 수업 입실 알림 발송 (알림톡)")
            )
        if weekday == 6:
            rows.append(
                (d, 20, 0, "report_weekly_bat", "info", "batch_job", "주간 학습 리포트 생성/발송 시작")
            )
            rows.append((d, 20, 42, "report_weekly_bat", "info", "batch_job", "주간 학습 리포트 발송 완료"))
        left = (datetime(2026, 10, 21) - datetime(2026, 10, d)).days
        rows.append(
            (d, 9, 0, "lb-live", "warning", "cert_expiry",
             f"certificate live.daonclass.kr expires in {left} days (2026-10-21), manual renewal (Sectigo)")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (5, 11, 0, "gyosil-api-stg", "info", "deployment", "gyosil-api-stg 8.22.0-rc1 배포"),
    (5, 14, 0, "nas-md-vod01", "info", "config_change", "vol_rec_raw 원본 녹화 보존 7일 → 30일 (학부모 요청), 정리 스크립트 중지"),
    (5, 18, 40, "durumi-ctrl", "info", "deployment", "durumi-ctrl 2.14.0 배포 (SFU 배정 가중치 개선)"),
    (6, 10, 0, "tutor-match", "info", "maintenance", "과외 매칭 서비스 개편으로 일시 중단 (replicas 0)"),
    (6, 15, 20, "MD1-R02-U18", "warning", "threshold_breach", "disk_usage above 65% on /loki"),
    (6, 16, 10, "kkachi-sig-stg", "info", "deployment", "kkachi-sig-stg 3.10.0-rc1 배포"),
    (7, 10, 30, "chalk-cms", "info", "deployment", "chalk-cms 5.4.0 배포 (문항 세트 편집기)"),
    (7, 22, 10, "ora-sunap", "info", "config_change", "SGA 48G → 40G 축소 (메모리 재배치, 백업 에이전트 증설)"),
    (8, 10, 0, "BSN-E1-U04", "info", "config_change", "ice NIC 드라이버 1.13.7 업데이트, RSS 큐 16 → 8"),
    (8, 16, 30, "coupon-svc", "info", "deployment", "coupon-svc 3.2.0 배포 (형제 할인 쿠폰 자동 적용)"),
    (8, 17, 0, "jebi-notify", "info", "notification", "10일 수강료 납부 마감 안내 알림톡 발송 (미납 12,840건)"),
    (9, 9, 40, "gyosil-api", "info", "event", "한글날 특강 시간표 오픈 (10:00~17:00)"),
    (9, 13, 30, "durumi-sfu-bsn01", "info", "deployment", "durumi-sfu-bsn01 1.22.3 배포 (simulcast 레이어 조정)"),
    (9, 18, 0, "pg-munje", "info", "config_change", "마이그레이션 V2026_10_09_1 적용: question_tag 테이블 재생성"),
    (9, 11, 10, "MD1-R02-U18", "warning", "threshold_breach", "disk_usage above 70% on /loki"),
    (10, 9, 30, "munje-bank", "info", "deployment", "munje-bank 5.8.0 배포 (모의고사 시험지 셔플)"),
    (10, 9, 50, "gyosil-api", "info", "event", "토요 모의고사 10:00 시작 (고1~고3, 응시 예정 9,400명)"),
    (11, 2, 0, "ora-sunap", "info", "maintenance", "일요일 정기점검 시작: Oracle 19.24 RU 패치"),
    (11, 2, 5, "sunap-pay", "info", "maintenance", "정기점검 중 결제 점검 페이지 노출"),
    (11, 4, 40, "ora-sunap", "info", "maintenance", "정기점검 종료, 서비스 정상 오픈"),
    (12, 11, 0, "DJN-E1-U02", "info", "maintenance", "DJN-E1-U02 PSU 교체 대기, GSLB 풀에서 제외"),
    (12, 14, 0, "sunap-pay-qa", "info", "deployment", "sunap-pay-qa 4.12.0-beta2 배포"),
    (12, 15, 30, "MD1-R06-U20", "info", "maintenance", "MD1-R06-U20 메인보드 RMA 진행중"),
    (13, 10, 20, "chalk-cms-dev", "info", "deployment", "chalk-cms-dev 5.5.0-SNAPSHOT 배포"),
    (13, 20, 55, "panseo-sync", "info", "deployment", "panseo-sync 4.1.2 배포 (필압 보정)"),
    (13, 21, 25, "mongo-panseo", "info", "config_change", "strokes 컬렉션 인덱스 생성 (class_id, page, ts) 수동 실행"),
    (14, 10, 40, "MD1-R02-U18", "warning", "threshold_breach", "disk_usage above 75% on /loki"),
    (14, 19, 10, "lms_attend", "info", "deployment", "lms_attend 2026.10.2 배포 (지각 기준 5분)"),
    (14, 19, 35, "pg-gyosil", "info", "config_change", "VACUUM FULL class_session 수동 실행 (테이블 bloat 정리)"),
    # E1 (Monday 19:00 class start)
    (5, 18, 58, "redis-room", "warning", "memory", "used_memory 93% of maxmemory (16GB)"),
    (5, 19, 2, "redis-room", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory' (noeviction)"),
    (5, 19, 5, "durumi-ctrl", "critical", "error", "교실 SFU 배정 실패 34% (redis OOM), 방 생성 불가"),
    (5, 19, 7, "kkachi-sig", "major", "error", "join 실패: room state write error"),
    (5, 19, 12, "gyosil-api", "major", "error", "교실 입장 실패 증가 (SFU 배정 타임아웃)"),
    (5, 19, 14, "app-haksaeng-bff", "warning", "error", "수업 입장 버튼 오류 문의 급증"),
    (5, 19, 44, "redis-room", "info", "config_change", "TTL 없는 room:* 키 만료 처리, maxmemory 16G → 24G"),
    (5, 19, 58, "durumi-ctrl", "info", "recovery", "교실 배정 정상"),
    # E2 (Wednesday small hours, transcoding batch)
    (7, 1, 0, "vod_trans_bat", "info", "batch_job", "야간 트랜스코딩 배치 시작 (JOB_VOD_NIGHTLY)"),
    (7, 1, 20, "nas-md-vod01", "warning", "disk", "vol_rec_raw 95% used"),
    (7, 1, 41, "nas-md-vod01", "critical", "disk", "vol_rec_raw 100% full (No space left on device)"),
    (7, 1, 45, "vod_trans_bat", "critical", "batch_job", "JOB_VOD_NIGHTLY ABEND: ffmpeg write error ENOSPC"),
    (7, 1, 48, "nokhwa-rec", "major", "error", "녹화 세그먼트 flush 실패 (ENOSPC)"),
    (7, 1, 52, "vod-player-api", "major", "error", "최근 녹화본 재생 실패 (원본 읽기 오류)"),
    (7, 2, 30, "nas-md-vod01", "info", "config_change", "7일 초과 원본 녹화본 아카이브 이동, 정리 스크립트 재개"),
    (7, 2, 50, "vod_trans_bat", "info", "batch_job", "JOB_VOD_NIGHTLY 재실행"),
    (7, 5, 10, "vod_trans_bat", "info", "batch_job", "야간 트랜스코딩 배치 완료 (지연)"),
    # E3 (Saturday mock exam)
    (10, 10, 2, "pg-munje", "warning", "cpu", "CPU 92% (seq scan on question_tag)"),
    (10, 10, 4, "pg-munje", "critical", "slow_query", "slow query 8.4s: SELECT ... FROM question_tag WHERE tag_id = ANY(...)"),
    (10, 10, 8, "munje-bank", "critical", "error", "시험지 생성 타임아웃 29%, 모의고사 입장 지연"),
    (10, 10, 11, "chaejeom-worker", "major", "error", "채점 지연: 문항 메타 조회 타임아웃"),
    (10, 10, 14, "app-haksaeng-bff", "warning", "error", "모의고사 화면 로딩 실패"),
    (10, 10, 46, "pg-munje", "info", "config_change", "CREATE INDEX CONCURRENTLY idx_question_tag_tag_id 완료"),
    (10, 11, 0, "munje-bank", "info", "recovery", "시험지 생성 정상"),
    # E4 (Thursday tuition deadline reminder)
    (8, 17, 3, "ora-sunap", "critical", "memory", "ORA-04031: unable to allocate 4160 bytes of shared memory (shared pool)"),
    (8, 17, 6, "sunap-pay", "critical", "error", "수강료 결제 실패 31% (ORA-04031)"),
    (8, 17, 9, "coupon-svc", "major", "error", "형제 할인 쿠폰 적용 실패"),
    (8, 17, 14, "app-bumo-bff", "warning", "error", "학부모앱 납부 화면 오류"),
    (8, 17, 40, "ora-sunap", "info", "config_change", "ALTER SYSTEM FLUSH SHARED_POOL, SGA 48G 원복"),
    (8, 17, 58, "sunap-pay", "info", "recovery", "결제 정상"),
    # E5 (Tuesday evening class)
    (13, 21, 31, "mongo-panseo", "warning", "replication", "primary dn-mgo-01 stepped down (index build holding lock)"),
    (13, 21, 33, "mongo-panseo", "critical", "replication", "no primary for rs-panseo, election in progress (3rd in 5 min)"),
    (13, 21, 36, "panseo-sync", "critical", "error", "판서 저장 실패 37% (NotWritablePrimary), 칠판 멈춤"),
    (13, 21, 40, "app-haksaeng-bff", "warning", "error", "수업 중 판서 안 보임 문의"),
    (13, 21, 41, "seonsaeng-web", "major", "error", "강사 판서 동기화 실패"),
    (13, 22, 15, "mongo-panseo", "info", "config_change", "인덱스 빌드 kill, dn-mgo-01 priority 고정"),
    (13, 22, 28, "panseo-sync", "info", "recovery", "판서 동기화 정상"),
    # E6 (한글날 special lectures, Busan edge)
    (9, 14, 1, "BSN-E1-U04", "warning", "cpu", "CPU 95% (si 71%), rx_dropped increasing on ens1f0"),
    (9, 14, 6, "durumi-sfu-bsn01", "critical", "error", "RTP 패킷 손실 18%, 영상 끊김 (부산 교실 86개)"),
    (9, 14, 12, "durumi-ctrl", "warning", "error", "부산 SFU 교실 재배정 (→ durumi-sfu-sel02)"),
    (9, 14, 48, "BSN-E1-U04", "info", "config_change", "RSS 큐 8 → 16 원복, irqbalance 재시작"),
    (9, 14, 58, "durumi-sfu-bsn01", "info", "recovery", "부산 SFU 정상"),
    # E7 (Wednesday evening peak, ongoing)
    (14, 19, 41, "pg-gyosil", "warning", "lock_wait", "lock wait: 412 sessions waiting on class_session (AccessExclusiveLock)"),
    (14, 19, 44, "pg-gyosil", "critical", "lock_wait", "connections 1,180 / max_connections 1200, statement timeouts"),
    (14, 19, 47, "gyosil-api", "critical", "error", "교실 입장 타임아웃 26% (class_session lock)"),
    (14, 19, 49, "lms_attend", "major", "error", "출석 기록 실패 (pg-gyosil timeout)"),
    (14, 19, 53, "app-haksaeng-bff", "warning", "error", "수업 입장 실패 문의 급증"),
    (14, 19, 56, "app-bumo-bff", "warning", "error", "출결 조회 실패"),
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
    generate(NAME, "edtech-live-class", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()
