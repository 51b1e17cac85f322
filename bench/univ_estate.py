"""Generate the edu-univ estate (tests/fixtures/edu-univ/, interchange format) and its faults file.

A Korean university's IT centre (정보전산원) in the first week of the fall semester: course registration
(수강신청 `electio`) behind a waiting room (`vestibulum`, on the Redis queue `vqrd01`) with its Oracle DB
`sgdb01`, the academic records system (학사행정 `tabularium` on `hsdb01`), the portal (`atrium`) and SSO
(`clavis`, on the directory `iddb01`), the LMS e-class (`schola`), electronic attendance (전자출결
`praesentia`), the library (`bibliotheca` 대출/검색, `sedes` 좌석 예약, and `subsellium` the seat kiosks of the
second campus), tuition payment (등록금 `aerarium`) through the bank virtual-account gateway (`argentaria`),
the dormitory (`domus`), campus Wi-Fi RADIUS/eduroam (`ianua`, the eduroam relay `peregrinus`), the mobile
student ID (`tessera`) and the mobile app backend (`mobilis`) with push (`notitia`) in AWS, lecture video
(`theatrum` VOD, the transcoder `pictor`, lecture capture ingest `specula`), e-mail (`nuntius`), research
computing (the Slurm GPU scheduler `fabrica`, JupyterHub `officina`) and backups (`arca`). Two campuses
(`hwarang-campus` with the main data centre, `yeonsu-campus`) and AWS Seoul (`aws-apne2`); environments prod,
dev and edu (the LMS/attendance sandbox for faculty training).

Named unlike the other estates: applications by Latin codenames (`electio`, `tabularium`, `aerarium`), non-prod
copies with an environment suffix (`schola-edu`, `electio-dev`); databases, caches and queues by a two-letter
department code, a kind and a number (`sgdb01` 수강 DB, `lmrd01` LMS Redis, `ntmq01`); physical servers,
network gear and storage by their rack position (`r07u12` = main DC rack 07 unit 12, `y01u40` = Yeonsu
campus rack 01 unit 40); on-prem VMs by a vSphere inventory number (`v1120`); AWS nodes by their EC2 private
DNS name (`ip-10-40-1-23`). Every server carries its OS host name as an attribute (`hwsgap01`).

Six injected incidents (times KST, now = Wednesday 2026-09-02 14:20, 개강 3일째):
  U1 Thu 08-27 10:00–10:50   수강신청 본신청 opens at 10:00: sgdb01 (수강 Oracle) piles up row-lock waits on the
                             seat-count rows (enq: TX, the new 여석 update without SKIP LOCKED): electio slow and
                             failing, the waiting room vestibulum backs up, the app (mobilis) times out
  U2 Mon 08-31 08:50–10:15   개강 first morning: clavis (SSO) 5.2.1 (deployed Sunday 22:00) caps its LDAP pool at
                             20: logins slow everywhere (portal, e-class, 수강신청, library, mobile ID, dormitory)
  U3 Tue 09-01 08:25–09:40   ianua (RADIUS) server certificate renewed 08:20 without the intermediate chain:
                             PEAP/eduroam logins fail; the wireless controllers r01u30/y01u30 and peregrinus see
                             auth failures
  U4 Tue 09-01 13:40–15:30   r12u01 (lecture-recording NAS) fills up with the first week's recordings: theatrum
                             (VOD) and pictor (transcoding) fail, e-class video pages and lecture capture error
  U5 Tue 09-01 19:05–20:30   y01u40 (Yeonsu campus core switch) line card fault: packet loss; the dormitory
                             (domus), the Yeonsu seat kiosks (subsellium), Yeonsu Wi-Fi (y01u30) and the backup
                             server arca fail
  U6 ongoing since 13:30     argentaria 3.4.0 (deployed today 12:40) leaks bank FEP connections: tuition payment
                             confirmations time out (aerarium), portal and app payment pages error
plus the backup target y05u01 filling past 85 %. Deterministic (seeded); the golden questions
(bench/univ_golden.py) are computed from the files this writes.

    .venv/bin/python bench/univ_estate.py   # rewrites tests/fixtures/edu-univ*
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
    ci_record,
    dated,
    generate,
    hop_effect,
    incident_hits,
    kst_utc_clock,
    progress,
    seoul_hour,
    service_relations,
)

NAME = "edu-univ"
NOW = datetime(2026, 9, 2, 5, 20, tzinfo=UTC)  # Wednesday 14:20 KST
START = NOW - timedelta(days=8)
SEED = 20260902
SITES = {"HW": "hwarang-campus", "YS": "yeonsu-campus", "AW": "aws-apne2"}
ENVS = {"P": "prod", "D": "dev", "E": "edu"}

kst = kst_utc_clock("2026-08")
kst9 = kst_utc_clock("2026-09")

HAK, EDU, LIB, FIN = "학사정보팀", "교육정보팀", "학술정보팀", "재무정보팀"
LIFE, NET, INFRA, DBA = "생활관IT", "네트워크팀", "인프라팀", "DB팀"
CLOUD, RES, SEC, MAIL = "클라우드팀", "연구전산팀", "정보보안팀", "협업시스템팀"

# fmt: off
# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
APPS: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    "atrium": ("service", HAK, "HW", "P", ["v1101", "v1102"], ["clavis", "tabularium", "vestibulum", "aerarium", "nuntius"],
               {"system": "통합포털", "description": "학생/교직원 통합 포털 (공지, 성적, 등록금 고지서, 수강신청 바로가기)",
                "url": "https://portal.hwarang.ac.kr", "port": 443, "was": "Tomcat 9.0.91", "language": "java"}),
    "clavis": ("service", SEC, "HW", "P", ["v1103", "v1104"], ["iddb01"],
               {"system": "통합인증 SSO", "description": "통합 로그인 (SAML/OIDC), LDAP 계정 조회",
                "product": "Keycloak", "port": 8443, "ldap_pool_max": 20, "users": 41200}),
    "electio": ("service", HAK, "HW", "P", ["r07u12", "r07u14"], ["sgdb01", "sgrd01", "clavis", "tabularium"],
                {"system": "수강신청", "description": "수강신청, 장바구니, 수강정정, 여석 조회",
                 "port": 8080, "was": "JEUS 8 Fix#2", "language": "java", "peak_users": 38000}),
    "vestibulum": ("service", HAK, "HW", "P", ["r07u10"], ["electio", "vqrd01"],
                   {"system": "수강신청 대기열", "description": "수강신청 접속 대기열 (넷퍼넬 방식 대기표 발급, 입장 제어)",
                    "port": 8000, "language": "go", "admit_per_sec": 900}),
    "tabularium": ("service", HAK, "HW", "P", ["v1110", "v1111"], ["hsdb01"],
                   {"system": "학사행정", "description": "학적, 성적, 졸업사정, 장학, 교과과정 관리",
                    "port": 8080, "was": "JEUS 8 Fix#2", "language": "java"}),
    "schola": ("service", EDU, "HW", "P", ["v1120", "v1121", "v1122"], ["lmdb01", "lmrd01", "clavis", "tabularium", "theatrum"],
               {"system": "LMS e-class", "description": "이러닝 강의실 (강의자료, 과제, 퀴즈, 동영상 강의)",
                "product": "Moodle", "port": 443, "language": "php", "courses": 3120}),
    "praesentia": ("service", EDU, "HW", "P", ["v1123"], ["schola", "tabularium"],
                   {"system": "전자출결", "description": "블루투스 비콘/인증번호 전자출석, 출결 현황",
                    "port": 8090, "language": "kotlin", "beacons": 812}),
    "bibliotheca": ("service", LIB, "HW", "P", ["v1130"], ["lbdb01", "clavis"],
                    {"system": "도서관 시스템", "description": "도서 검색, 대출/반납, 예약, 상호대차",
                     "product": "Alma", "port": 8080, "language": "java", "collection": 1480000}),
    "sedes": ("service", LIB, "HW", "P", ["v1131"], ["lbdb01", "tessera"],
              {"system": "도서관 좌석예약", "description": "열람실 좌석 예약/배정, 모바일 학생증 QR 입실",
               "port": 8081, "language": "java", "seats": 1860}),
    "subsellium": ("service", LIB, "YS", "P", ["y03u07"], ["sedes", "y01u40"],
                   {"system": "도서관 좌석예약", "description": "연수캠퍼스 열람실 좌석 발권 키오스크 서버",
                    "port": 8081, "language": "java", "seats": 640, "kiosks": 6}),
    "aerarium": ("service", FIN, "HW", "P", ["v1140"], ["pydb01", "argentaria", "tabularium"],
                 {"system": "등록금 수납", "description": "등록금 고지, 가상계좌 발급, 납부 확인, 분할납부",
                  "port": 8080, "was": "JEUS 8 Fix#2", "language": "java"}),
    "argentaria": ("service", FIN, "HW", "P", ["v1141"], ["r01u38"],
                   {"system": "은행 가상계좌 연계", "description": "주거래은행 FEP와 가상계좌 발급/입금통지 전문 중계 (DMZ)",
                    "port": 7401, "language": "java", "bank": "한빛은행", "fep_pool_max": 64}),
    "domus": ("service", LIFE, "YS", "P", ["y03u05"], ["dmdb01", "clavis", "y01u40"],
              {"system": "생활관", "description": "기숙사 입사 신청, 호실 배정, 외박 신청, 출입 연동",
               "port": 8080, "language": "php", "rooms": 1450}),
    "ianua": ("service", NET, "HW", "P", ["r02u08", "y02u08"], ["iddb01"],
              {"system": "무선랜 인증", "description": "캠퍼스 와이파이 RADIUS (802.1X PEAP/EAP-TLS), eduroam IdP",
               "product": "FreeRADIUS", "port": 1812, "server_cert": "radius.hwarang.ac.kr (2026-08)"}),
    "peregrinus": ("service", NET, "HW", "P", ["r02u08"], ["ianua"],
                   {"system": "eduroam 중계", "description": "eduroam 국가 프록시(FLR) 연동, 방문자 인증 중계",
                    "product": "radsecproxy", "port": 2083, "realm": "hwarang.ac.kr"}),
    "tessera": ("service", CLOUD, "AW", "P", ["ip-10-40-1-23", "ip-10-40-2-51"], ["clavis", "tabularium", "tsdb01"],
                {"system": "모바일 학생증", "description": "모바일 학생증 QR 발급, 출입/도서관 인증",
                 "port": 8080, "language": "kotlin", "replicas": 4}),
    "mobilis": ("service", CLOUD, "AW", "P", ["ip-10-40-1-23", "ip-10-40-2-51"], ["tessera", "vestibulum", "schola", "aerarium", "notitia"],
                {"system": "모바일 앱", "description": "대학 통합 모바일 앱 백엔드 (BFF)", "port": 3000,
                 "language": "node", "replicas": 6}),
    "notitia": ("service", CLOUD, "AW", "P", ["ip-10-40-3-17"], ["ntmq01"],
                {"system": "푸시 알림", "description": "앱 푸시 (FCM/APNs), 휴강/성적 알림 발송", "port": 8070,
                 "language": "kotlin"}),
    "theatrum": ("service", EDU, "HW", "P", ["v1150", "v1151"], ["r12u01"],
                 {"system": "강의 동영상", "description": "강의 동영상 VOD/실시간 스트리밍 (HLS)", "product": "Wowza 4.8",
                  "port": 1935, "language": "java"}),
    "pictor": ("service", EDU, "HW", "P", ["r09u20"], ["r12u01"],
               {"system": "강의 동영상", "description": "업로드/녹화 영상 트랜스코딩 (NVENC)", "product": "FFmpeg 6.1",
                "port": 9100, "language": "python"}),
    "specula": ("service", EDU, "HW", "P", ["r09u20"], ["pictor", "schola"],
                {"system": "강의 녹화", "description": "강의실 자동 녹화 수집 (142개 강의실 캡처 장비)", "port": 9200,
                 "language": "python", "rooms": 142}),
    "nuntius": ("service", MAIL, "HW", "P", ["v1160"], ["iddb01"],
                {"system": "메일", "description": "학생/교직원 웹메일과 SMTP 릴레이", "product": "Zimbra 10",
                 "port": 443, "mailboxes": 46800}),
    "fabrica": ("service", RES, "HW", "P", ["r21u02"], ["rcdb01", "r21u40"],
                {"system": "연구용 GPU 클러스터", "description": "GPU 클러스터 작업 스케줄러 (Slurm slurmctld)",
                 "product": "Slurm 23.11", "port": 6817, "gpus": 48, "partitions": "a100,l40s,debug"}),
    "officina": ("service", RES, "HW", "P", ["r21u03"], ["fabrica", "clavis"],
                 {"system": "연구용 GPU 클러스터", "description": "연구자용 JupyterHub (Slurm spawner)",
                  "product": "JupyterHub 4.1", "port": 8000, "language": "python"}),
    "arca": ("service", INFRA, "YS", "P", ["y05u10"], ["y05u01", "y01u40"],
             {"system": "백업", "description": "전사 백업 (DB, VM, 파일) 백업 서버", "product": "Veeam B&R 12",
              "port": 9392, "schedule": "daily 01:00", "retention_days": 30}),
    # dev / edu
    "electio-dev": ("service", HAK, "HW", "D", ["v2102"], ["devdb01"],
                    {"system": "수강신청", "description": "수강신청 개발계", "port": 8080}),
    "tabularium-dev": ("service", HAK, "HW", "D", ["v2102"], ["devdb01"],
                       {"system": "학사행정", "description": "학사행정 개발계", "port": 8080}),
    "tessera-dev": ("service", CLOUD, "AW", "D", ["ip-10-50-1-9"], [],
                    {"system": "모바일 학생증", "description": "모바일 학생증 개발계", "port": 8080, "replicas": 1}),
    "schola-edu": ("service", EDU, "HW", "E", ["v2101"], ["edudb01"],
                   {"system": "LMS e-class", "description": "교수 연수용 e-class 샌드박스", "product": "Moodle",
                    "port": 443, "courses": 64}),
    "praesentia-edu": ("service", EDU, "HW", "E", ["v2101"], ["schola-edu"],
                       {"system": "전자출결", "description": "전자출결 교육용 (조교 실습)", "port": 8090}),
    "schola-dev": ("service", EDU, "HW", "D", ["v2103"], ["devdb01"],
                   {"system": "LMS e-class", "description": "e-class 플러그인 개발계", "port": 443}),
    # databases
    "sgdb01": ("database", DBA, "HW", "P", ["r08u02", "r08u04"], [],
               {"engine": "oracle", "version": "19.22", "port": 1521, "rac_nodes": 2, "size_gb": 820,
                "description": "수강신청 DB (RAC)"}),
    "hsdb01": ("database", DBA, "HW", "P", ["r08u06"], [],
               {"engine": "oracle", "version": "19.22", "port": 1521, "size_gb": 3400, "description": "학사 DB"}),
    "pydb01": ("database", DBA, "HW", "P", ["r08u08"], [],
               {"engine": "oracle", "version": "19.18", "port": 1521, "size_gb": 610, "description": "등록금 수납 DB"}),
    "lmdb01": ("database", DBA, "HW", "P", ["r08u10"], [],
               {"engine": "mysql", "version": "8.0.36", "port": 3306, "size_gb": 2100, "description": "e-class DB"}),
    "lbdb01": ("database", LIB, "HW", "P", ["v1170"], [],
               {"engine": "postgresql", "version": "15.7", "port": 5432, "size_gb": 380,
                "description": "도서관 대출/좌석 DB"}),
    "iddb01": ("database", SEC, "HW", "P", ["v1171"], [],
               {"engine": "openldap", "version": "2.6.7", "port": 636, "entries": 58300,
                "description": "통합 계정 디렉터리 (LDAP)"}),
    "rcdb01": ("database", RES, "HW", "P", ["v1172"], [],
               {"engine": "mariadb", "version": "10.11.8", "port": 3306, "size_gb": 45,
                "description": "Slurm 작업 회계 DB (slurmdbd)"}),
    "dmdb01": ("database", DBA, "YS", "P", ["y03u05"], [],
               {"engine": "mariadb", "version": "10.6.18", "port": 3306, "size_gb": 38, "description": "생활관 DB"}),
    "tsdb01": ("database", CLOUD, "AW", "P", [], [],
               {"engine": "aurora-postgresql", "version": "15.4", "port": 5432, "tier": "db.r6g.large x2",
                "description": "모바일 학생증 DB (Aurora)"}),
    "devdb01": ("database", DBA, "HW", "D", ["v2102"], [],
                {"engine": "oracle", "version": "19.22", "port": 1521, "description": "개발계 공용 DB"}),
    "edudb01": ("database", EDU, "HW", "E", ["v2101"], [],
                {"engine": "mysql", "version": "8.0.36", "port": 3306, "description": "교육용 e-class DB"}),
    # caches and queues
    "sgrd01": ("cache", HAK, "HW", "P", ["v1180"], [],
               {"engine": "redis", "version": "7.2.5", "port": 6379, "maxmemory_gb": 32,
                "description": "수강신청 과목/여석 캐시"}),
    "lmrd01": ("cache", EDU, "HW", "P", ["v1181"], [],
               {"engine": "redis", "version": "7.0.15", "port": 6379, "maxmemory_gb": 16,
                "description": "e-class 세션 캐시"}),
    "vqrd01": ("queue", HAK, "HW", "P", ["r07u10"], [],
               {"engine": "redis", "version": "7.2.5", "port": 6380, "description": "수강신청 대기열 토큰 큐 (sorted set)"}),
    "ntmq01": ("queue", CLOUD, "AW", "P", [], [],
               {"product": "Amazon MQ (RabbitMQ)", "version": "3.13", "port": 5671, "tier": "mq.m5.large",
                "description": "푸시 알림 발송 큐"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "r01u20": ("HW", NET, ["atrium", "schola", "bibliotheca", "sedes", "nuntius"],
               {"vendor": "PIOLINK", "model": "PAS-K 7412", "vip": "203.0.113.10", "version": "11.2.3",
                "description": "본교 서비스 L4"}),
    "r01u21": ("HW", NET, ["vestibulum"],
               {"vendor": "F5", "model": "BIG-IP i5800", "vip": "203.0.113.20", "version": "17.1.1",
                "description": "수강신청 전용 L4"}),
    "y01u22": ("YS", NET, ["domus", "subsellium"],
               {"vendor": "PIOLINK", "model": "PAS-K 5412", "vip": "203.0.113.70", "version": "11.1.0",
                "description": "연수캠퍼스 L4"}),
}
NETWORK = {  # name: (site, attributes)
    "r01u40": ("HW", {"device": "core switch", "vendor": "Cisco", "model": "Nexus 9508", "firmware": "10.3(4a)",
                      "hostname": "hw-core-01", "ip": "10.10.0.1"}),
    "r01u38": ("HW", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-5420", "firmware": "11.1.2",
                      "hostname": "hw-fw-dmz", "ip": "10.10.0.5"}),
    "r01u30": ("HW", {"device": "wireless controller", "vendor": "Aruba", "model": "7240XM", "firmware": "8.10.0.12",
                      "hostname": "hw-wlc-01", "ip": "10.10.0.30", "aps": 2150}),
    "y01u40": ("YS", {"device": "core switch", "vendor": "Cisco", "model": "Catalyst 9600", "firmware": "17.9.4",
                      "hostname": "ys-core-01", "ip": "10.20.0.1"}),
    "y01u30": ("YS", {"device": "wireless controller", "vendor": "Aruba", "model": "7220", "firmware": "8.10.0.12",
                      "hostname": "ys-wlc-01", "ip": "10.20.0.30", "aps": 640}),
}
NETWORK_DEPENDS = [("r01u30", "ianua"), ("y01u30", "ianua"), ("y01u30", "y01u40")]
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "r11u01": ("HW", INFRA, {"vendor": "Pure Storage", "model": "FlashArray//X70", "capacity_tb": 180, "protocol": "FC",
                             "description": "운영 DB SAN"}, ["r08u02", "r08u04", "r08u06", "r08u08", "r08u10"]),
    "r12u01": ("HW", INFRA, {"vendor": "Dell", "model": "PowerScale H7000", "capacity_tb": 420, "protocol": "NFS",
                             "description": "강의 녹화/동영상 원본 NAS"}, ["v1150", "v1151", "r09u20"]),
    "r21u40": ("HW", RES, {"vendor": "DDN", "model": "ES400NVX2", "capacity_tb": 960, "protocol": "Lustre",
                           "description": "연구용 병렬 파일시스템 (/scratch)"}, ["r21u10", "r21u11", "r21u12"]),
    "y05u01": ("YS", INFRA, {"vendor": "Dell", "model": "PowerProtect DD6900", "capacity_tb": 650, "protocol": "DD Boost",
                             "description": "백업 저장소 (원격지)"}, ["y05u10"]),
}
# servers: name: (type, site, env, host name, attributes); type host = physical, vm = vSphere / EC2
SERVERS: dict[str, tuple[str, str, str, str, dict]] = {
    "r07u10": ("host", "HW", "P", "hwsgq01", {"role": "수강신청 대기열, 대기열 Redis", "model": "Dell PowerEdge R660"}),
    "r07u12": ("host", "HW", "P", "hwsgap01", {"role": "수강신청 WAS #1", "model": "Dell PowerEdge R660"}),
    "r07u14": ("host", "HW", "P", "hwsgap02", {"role": "수강신청 WAS #2", "model": "Dell PowerEdge R660"}),
    "r08u02": ("host", "HW", "P", "hwsgdb01", {"role": "수강 DB RAC #1", "model": "HPE ProLiant DL380 Gen11"}),
    "r08u04": ("host", "HW", "P", "hwsgdb02", {"role": "수강 DB RAC #2", "model": "HPE ProLiant DL380 Gen11"}),
    "r08u06": ("host", "HW", "P", "hwhsdb01", {"role": "학사 DB", "model": "HPE ProLiant DL380 Gen10 Plus"}),
    "r08u08": ("host", "HW", "P", "hwpydb01", {"role": "수납 DB", "model": "HPE ProLiant DL380 Gen10"}),
    "r08u10": ("host", "HW", "P", "hwlmdb01", {"role": "e-class DB", "model": "Dell PowerEdge R750"}),
    "r02u08": ("host", "HW", "P", "hwrad01", {"role": "RADIUS #1, eduroam 중계", "model": "Dell PowerEdge R450"}),
    "r09u20": ("host", "HW", "P", "hwvenc01", {"role": "동영상 트랜스코딩, 녹화 수집", "model": "Supermicro SYS-421GE",
                                               "gpu": "NVIDIA L4 x4"}),
    "r21u02": ("host", "HW", "P", "hpc-ctl01", {"role": "Slurm 컨트롤러", "model": "Lenovo SR630 V3"}),
    "r21u03": ("host", "HW", "P", "hpc-hub01", {"role": "JupyterHub", "model": "Lenovo SR630 V3"}),
    "r21u10": ("host", "HW", "P", "hpc-g01", {"role": "GPU 계산노드 a100", "model": "NVIDIA DGX A100", "gpu": "A100 80GB x8"}),
    "r21u11": ("host", "HW", "P", "hpc-g02", {"role": "GPU 계산노드 a100", "model": "NVIDIA DGX A100", "gpu": "A100 80GB x8"}),
    "r21u12": ("host", "HW", "P", "hpc-g03", {"role": "GPU 계산노드 l40s", "model": "Lenovo SR675 V3", "gpu": "L40S x8"}),
    "r03u15": ("host", "HW", "P", "hwhaksa-old", {"role": "구 학사 AP (2024년 이관 완료)", "model": "IBM x3650 M4"}),
    "y02u08": ("host", "YS", "P", "ysrad01", {"role": "RADIUS #2", "model": "Dell PowerEdge R450"}),
    "y03u05": ("host", "YS", "P", "ysdorm01", {"role": "생활관 AP/DB", "model": "HPE ProLiant DL360 Gen10"}),
    "y03u07": ("host", "YS", "P", "yslibk01", {"role": "좌석 키오스크 서버", "model": "HPE ProLiant DL20 Gen10"}),
    "y05u10": ("host", "YS", "P", "ysbak01", {"role": "백업 서버 (Veeam)", "model": "Dell PowerEdge R750"}),
    "v1101": ("vm", "HW", "P", "hwportal01", {"role": "포털 #1"}),
    "v1102": ("vm", "HW", "P", "hwportal02", {"role": "포털 #2"}),
    "v1103": ("vm", "HW", "P", "hwsso01", {"role": "SSO #1"}),
    "v1104": ("vm", "HW", "P", "hwsso02", {"role": "SSO #2"}),
    "v1110": ("vm", "HW", "P", "hwhsap01", {"role": "학사 AP #1"}),
    "v1111": ("vm", "HW", "P", "hwhsap02", {"role": "학사 AP #2"}),
    "v1120": ("vm", "HW", "P", "hwlms01", {"role": "e-class #1"}),
    "v1121": ("vm", "HW", "P", "hwlms02", {"role": "e-class #2"}),
    "v1122": ("vm", "HW", "P", "hwlms03", {"role": "e-class #3"}),
    "v1123": ("vm", "HW", "P", "hwatt01", {"role": "전자출결"}),
    "v1130": ("vm", "HW", "P", "hwlib01", {"role": "도서관 시스템"}),
    "v1131": ("vm", "HW", "P", "hwseat01", {"role": "좌석예약"}),
    "v1140": ("vm", "HW", "P", "hwtuit01", {"role": "등록금 수납 AP"}),
    "v1141": ("vm", "HW", "P", "hwbankgw01", {"role": "은행 연계 (DMZ)"}),
    "v1150": ("vm", "HW", "P", "hwvod01", {"role": "VOD 스트리밍 #1"}),
    "v1151": ("vm", "HW", "P", "hwvod02", {"role": "VOD 스트리밍 #2"}),
    "v1160": ("vm", "HW", "P", "hwmail01", {"role": "메일"}),
    "v1170": ("vm", "HW", "P", "hwlibdb01", {"role": "도서관 DB"}),
    "v1171": ("vm", "HW", "P", "hwldap01", {"role": "LDAP 디렉터리"}),
    "v1172": ("vm", "HW", "P", "hpc-db01", {"role": "slurmdbd DB"}),
    "v1180": ("vm", "HW", "P", "hwsgrd01", {"role": "수강 Redis"}),
    "v1181": ("vm", "HW", "P", "hwlmrd01", {"role": "e-class Redis"}),
    "v2101": ("vm", "HW", "E", "hwedu01", {"role": "교육용 e-class/출결"}),
    "v2102": ("vm", "HW", "D", "hwdev01", {"role": "학사/수강 개발 AP, 개발 DB"}),
    "v2103": ("vm", "HW", "D", "hwdev02", {"role": "e-class 개발"}),
    "ip-10-40-1-23": ("vm", "AW", "P", "ip-10-40-1-23", {"role": "EKS 노드 (app)", "instance_type": "m6i.xlarge",
                                                         "zone": "ap-northeast-2a"}),
    "ip-10-40-2-51": ("vm", "AW", "P", "ip-10-40-2-51", {"role": "EKS 노드 (app)", "instance_type": "m6i.xlarge",
                                                         "zone": "ap-northeast-2c"}),
    "ip-10-40-3-17": ("vm", "AW", "P", "ip-10-40-3-17", {"role": "EKS 노드 (worker)", "instance_type": "c6i.large",
                                                         "zone": "ap-northeast-2a"}),
    "ip-10-50-1-9": ("vm", "AW", "D", "ip-10-50-1-9", {"role": "EKS 노드 (dev)", "instance_type": "t3.large",
                                                       "zone": "ap-northeast-2a"}),
}
LINKS = [  # CONNECTS_TO between network gear
    ("r01u38", "r01u40"), ("r01u30", "r01u40"), ("y01u30", "y01u40"), ("y01u40", "r01u40"),
    ("r01u20", "r01u40"), ("r01u21", "r01u40"), ("y01u22", "y01u40"),
]
# fmt: on
STATUS = {"r03u15": "retired", "schola-dev": "maintenance"}
NET_PREFIX = {"HW": "10.11", "YS": "10.21", "AW": "10.40"}

REGISTRATION = {
    "electio",
    "vestibulum",
    "sgdb01",
    "sgrd01",
    "vqrd01",
    "r07u10",
    "r07u12",
    "r07u14",
    "r08u02",
    "r08u04",
}
RESEARCH = {
    "fabrica",
    "officina",
    "rcdb01",
    "r21u02",
    "r21u03",
    "r21u10",
    "r21u11",
    "r21u12",
    "r21u40",
    "v1172",
}
NIGHTLY = {"arca", "y05u10"}
DORM = {"domus", "dmdb01", "y03u05"}

INCIDENTS = [
    {
        "id": "U1",
        "kind": "db_row_lock_contention",
        "root": "sgdb01",
        "description": "2학기 수강신청 본신청 opens at 10:00; the new 여석 (seat count) update of electio 6.4 takes row"
        " locks without SKIP LOCKED and sgdb01 (수강 Oracle RAC) piles up 'enq: TX - row lock contention' waits on"
        " popular courses: electio slows and fails, the waiting room vestibulum stops admitting and backs up, the"
        " mobile app mobilis times out, until the DBA kills the blockers and the old update path is switched back",
        "start": kst(27, 10, 0),
        "end": kst(27, 10, 50),
        "hops": {"sgdb01": 0, "electio": 1, "vestibulum": 2, "mobilis": 3},
    },
    {
        "id": "U2",
        "kind": "sso_pool_regression",
        "root": "clavis",
        "description": "clavis (SSO) 5.2.1 deployed Sunday 22:00 ships an LDAP pool maximum of 20 (was 200); on the"
        " first morning of the semester every login waits for a directory connection: the portal, e-class,"
        " 수강신청, the library, the mobile student ID and the dormitory are slow to log in until the pool is"
        " raised back",
        "start": kst(31, 8, 50),
        "end": kst(31, 10, 15),
        "hops": {
            "clavis": 0,
            "atrium": 1,
            "schola": 1,
            "electio": 1,
            "bibliotheca": 1,
            "tessera": 1,
            "domus": 1,
            "praesentia": 2,
            "mobilis": 2,
            "sedes": 2,
        },
    },
    {
        "id": "U3",
        "kind": "certificate_chain",
        "root": "ianua",
        "description": "ianua (RADIUS) got its renewed server certificate at 08:20 without the intermediate CA in"
        " the chain; Android and eduroam clients reject PEAP: campus Wi-Fi logins fail on both wireless"
        " controllers (r01u30, y01u30) and the eduroam relay peregrinus until the chain file is fixed",
        "start": kst9(1, 8, 25),
        "end": kst9(1, 9, 40),
        "hops": {"ianua": 0, "r01u30": 1, "y01u30": 1, "peregrinus": 1},
    },
    {
        "id": "U4",
        "kind": "storage_full",
        "root": "r12u01",
        "description": "r12u01 (the lecture-recording NAS) fills up with the first week's lecture recordings (the"
        " 2025-1 recordings were not archived): writes fail, pictor cannot write transcodes, theatrum cannot"
        " serve new VODs, e-class video pages and lecture capture ingest error until old recordings are moved"
        " to the archive tier",
        "start": kst9(1, 13, 40),
        "end": kst9(1, 15, 30),
        "hops": {"r12u01": 0, "theatrum": 1, "pictor": 1, "schola": 2, "specula": 2},
    },
    {
        "id": "U5",
        "kind": "network_linecard_fault",
        "root": "y01u40",
        "description": "a line card of y01u40 (the Yeonsu campus core switch) fails: packet loss and latency for"
        " the campus; the dormitory system domus, the library seat kiosks subsellium, Yeonsu Wi-Fi (y01u30) and"
        " the backup server arca fail until traffic is moved to the spare card",
        "start": kst9(1, 19, 5),
        "end": kst9(1, 20, 30),
        "hops": {"y01u40": 0, "domus": 1, "subsellium": 1, "y01u30": 1, "arca": 1},
    },
    {
        "id": "U6",
        "kind": "connection_leak",
        "root": "argentaria",
        "description": "argentaria 3.4.0 (deployed today 12:40) does not return bank FEP connections after a"
        " timeout; from 13:30 its pool is exhausted: virtual-account issuance and payment confirmation time out"
        " (aerarium), the portal's and the app's tuition pages error (ongoing, the last week of 등록금 납부)",
        "start": kst9(2, 13, 30),
        "end": None,
        "hops": {"argentaria": 0, "aerarium": 1, "atrium": 2, "mobilis": 2},
    },
]
U1, U2, U3, U4, U5, U6 = INCIDENTS
NAS_FAST_FROM = kst(31, 8, 0)  # the first lecture recordings of the semester land on r12u01
LEAK_FROM = kst9(2, 12, 40)


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    for name, (kind, owner, site, env, on, deps, extra) in APPS.items():
        attrs: dict = {}
        if kind == "service":
            attrs["version"] = f"{rng.randint(1, 7)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"
        attrs |= {
            "electio": {"version": "6.4.0"},
            "clavis": {"version": "5.2.1"},
            "argentaria": {"version": "3.4.0"},
        }.get(name, {})
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
    for lb, (site, owner, targets, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for nw, (site, attrs) in NETWORK.items():
        extra = {"serial": f"{rng.choice(['FDO', 'SSI', 'CN'])}{rng.randint(10000000, 99999999)}"}
        cis.append(ci_record(nw, "network", "prod", NET, SITES[site], attrs | extra))
    rels += [(a, b, "DEPENDS_ON") for a, b in NETWORK_DEPENDS]
    for st, (site, owner, attrs, attached) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for i, (h, (kind, site, env, hostname, extra)) in enumerate(SERVERS.items()):
        net = {"P": 0, "D": 200, "E": 100}[env]
        attrs: dict = {"hostname": hostname}
        if site == "AW":
            attrs["ip"] = ".".join(h.split("-")[1:])
            attrs |= {"os": "Amazon Linux 2023", "cloud": "aws", "cluster": "hwarang-eks"}
        else:
            attrs["ip"] = f"{NET_PREFIX[site]}.{net + 10 + i // 12}.{11 + (i * 7) % 230}"
        if kind == "vm" and site != "AW":
            attrs |= {
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4", "Rocky 9.4"]),
                "vcpu": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "cluster": f"{site}-VC{rng.randint(1, 3)}",
                "hypervisor": "VMware vSphere 8.0U2",
            }
        elif kind == "host":
            db = "db" in hostname
            attrs |= {
                "os": rng.choice(["RHEL 8.10", "RHEL 9.4"])
                if not hostname.startswith("hpc")
                else "Rocky 9.4",
                "cores": rng.choice([48, 64]) if db else rng.choice([16, 32, 48]),
                "memory_gb": rng.choice([512, 768]) if db else rng.choice([128, 256]),
                "serial": f"{rng.choice(['CZ', 'SGH', 'J30'])}{rng.randint(1000000, 9999999)}",
                "acquired": f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}",
            }
        attrs |= extra
        owner = CLOUD if site == "AW" else RES if hostname.startswith("hpc") else INFRA
        cis.append(ci_record(h, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    rels += [(a, b, "CONNECTS_TO") for a, b in LINKS]
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


def _semester(ts: datetime) -> float:
    """How busy campus is that day: vacation until Sunday 08-30, classes from Monday 08-31; weekends quiet."""
    local = ts + timedelta(hours=9)
    weekend = local.weekday() >= 5
    classes = local.date() >= datetime(2026, 8, 31).date()
    return (0.45 if weekend else 1.0) * (1.0 if classes else 0.55)


def _campus(ts: datetime) -> float:
    """Students and staff: a morning rise at 09:00, a plateau to 17:00, an evening tail (dorm, e-class)."""
    h = seoul_hour(ts)
    day = 1 / (1 + math.exp(-(h - 8.7) * 2.2)) - 1 / (1 + math.exp(-(h - 18.0) * 1.3))
    evening = 0.35 * math.exp(-((h - 21.5) ** 2) / (2 * 1.5**2))
    return 0.06 + 0.88 * min(1.0, max(0.0, day) * _semester(ts) + evening * _semester(ts))


REG_OPENINGS = [(kst(26, 10, 0), 0.75), (kst(27, 10, 0), 1.0), (kst9(2, 10, 0), 0.45)]


def _registration(ts: datetime) -> float:
    """수강신청: quiet, except a surge from each opening (08-26 4학년, 08-27 본신청, 09-02 수강정정) for ~45 min."""
    level = 0.05 + 0.15 * _campus(ts)
    for at, height in REG_OPENINGS:
        minutes = (ts - at).total_seconds() / 60
        if -15 <= minutes < 90:
            level = max(level, height * (math.exp(-max(0.0, minutes) / 28) if minutes >= 0 else 0.35))
    return min(level, 1.0)


def _research(ts: datetime) -> float:
    return 0.72 + 0.08 * math.sin(seoul_hour(ts) / 24 * 2 * math.pi)


def _nightly(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.9 if 1.0 <= h < 3.5 else 0.08


def _load(name: str):
    if name in REGISTRATION:
        return _registration
    if name in RESEARCH:
        return _research
    if name in NIGHTLY:
        return _nightly
    return _campus


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "U1": {0: (38.0, 6.5), 1: (22.0, 24.0), 2: (6.0, 12.0), 3: (1.2, 4.5)},
    "U2": {0: (14.0, 4.2), 1: (3.2, 2.6), 2: (1.1, 1.2)},
    "U3": {0: (1.6, 41.0), 1: (0.5, 27.0)},
    "U4": {0: (6.0, 35.0), 1: (2.5, 30.0), 2: (0.8, 6.0)},
    "U5": {0: (55.0, 18.0), 1: (4.0, 33.0)},
    "U6": {0: (22.0, 26.0), 1: (5.5, 15.0), 2: (1.0, 3.2)},
}
RT_BASE = {  # ms at quiet load
    "electio": 140, "vestibulum": 35, "tabularium": 180, "atrium": 210, "clavis": 60, "schola": 320,
    "praesentia": 90, "bibliotheca": 260, "sedes": 110, "subsellium": 130, "aerarium": 240, "argentaria": 150,
    "domus": 230, "ianua": 18, "peregrinus": 45, "tessera": 70, "mobilis": 120, "notitia": 40, "theatrum": 85,
    "pictor": 700, "specula": 450, "nuntius": 380, "fabrica": 25, "officina": 190, "arca": 650,
}  # fmt: skip
# what the NMS collects beyond cpu_usage (kept small: the estate's eight days of samples must stay compact)
WITH_MEMORY = {"r08u02", "r08u06", "v1141"}
WITH_DISK = {"r08u02", "r08u06", "r09u20", "y05u10", "v1160"}
GPU_NODES = {"r21u10", "r21u11", "r21u12"}  # gpu_usage instead of cpu_usage
# second nodes and small VMs without the Zabbix agent (vCenter only, not in this export)
UNPOLLED = {"v1102", "v1104", "v1111", "v1121", "v1122", "v1151", "v1170", "v1172", "v1181"}


def _round(metric: str, v: float) -> float:
    if metric == "response_time_ms":
        return round(v) if v >= 100 else round(v, 1)
    if metric in {"error_rate"}:
        return round(v, 2)
    if metric in {"queue_depth", "lock_waits"}:
        return round(v)
    return round(v, 1)


def _block(name: str, metric: str, times: list[datetime], values: list[float]) -> list:
    return [(ts, name, metric, _round(metric, v)) for ts, v in zip(times, values, strict=True)]


def _server_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    if ci["attributes"].get("form") == "network":
        return _network_metrics(rng, ci["name"], times)
    name, load = ci["name"], _load(ci["name"])
    cpu0, mem0, disk0 = rng.uniform(8, 30), rng.uniform(32, 60), rng.uniform(25, 60)
    growth = rng.uniform(0.02, 0.4)
    if name in {"r08u02", "r08u04", "r08u06"}:
        cpu0, mem0 = rng.uniform(22, 34), rng.uniform(70, 76)
    if name.startswith("r21u1"):
        cpu0, mem0 = rng.uniform(30, 40), rng.uniform(55, 65)
    cpu, mem, disk, gpu = [], [], [], []
    for ts in times:
        d = load(ts)
        c = cpu0 * (0.45 + 0.9 * d) + rng.gauss(0, 0.9)
        m = mem0 + 5 * d + rng.gauss(0, 0.4)
        k = disk0 + growth * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.08)
        if name in {"r07u12", "r07u14"}:  # the WAS threads spin on the surge
            c += 55 * _registration(ts) ** 1.5
            c += 18 * ramp(ts, U1["start"] + timedelta(minutes=5), U1["end"], rise=10, fall=10)
        if name == "r07u10":
            c += 40 * _registration(ts) ** 1.5
        if name in {"v1103", "v1104"}:  # login threads blocked on the pool, not busy
            c += 6 * ramp(ts, U2["start"], U2["end"])
        if name == "v1141":
            m += 21 * max(0.0, progress(ts, LEAK_FROM, NOW)) ** 1.2
        if name == "y05u10":  # backup staging on the server
            k = 58 + 22 * _nightly(ts) + rng.gauss(0, 0.3)
        if name == "r09u20":
            c += 30 * ramp(ts, U4["start"], U4["end"])  # the transcoder retrying failed writes
        cpu.append(max(0.5, min(c, 99.5)))
        mem.append(min(m, 99.0))
        disk.append(min(k, 99.0))
        if name.startswith("r21u1"):
            gpu.append(max(0.0, min(99.0, 78 + 14 * math.sin(len(gpu) / 37) + rng.gauss(0, 4))))
    rows = [] if name in GPU_NODES | UNPOLLED else _block(name, "cpu_usage", times, cpu)
    if name in WITH_MEMORY:
        rows += _block(name, "memory_usage", times, mem)
    if name in WITH_DISK:
        rows += _block(name, "disk_usage", times, disk)
    if gpu:
        rows += _block(name, "gpu_usage", times, gpu)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    """Latency (response_time_ms) and packet loss or failed authentications (error_rate) of a device."""
    rtt0 = rng.uniform(0.4, 1.6)
    rtt, loss = [], []
    for ts in times:
        r, e = rtt0 * (1 + rng.gauss(0, 0.05)), max(0.0, rng.gauss(0.03, 0.015))
        for inc, hop, x in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            r *= 1 + x * f_rt * (1 + rng.gauss(0, 0.06))
            e += x * f_err * (1 + rng.gauss(0, 0.06))
        rtt.append(r)
        loss.append(min(e, 100.0))
    latency = (
        []
        if NETWORK[name][1]["device"] == "wireless controller"
        else _block(name, "response_time_ms", times, rtt)
    )
    return latency + _block(name, "error_rate", times, loss)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, level, values = ci["name"], rng.uniform(40, 68), []
    for ts in times:
        days = (ts - START).total_seconds() / 86400
        v = level + 0.15 * days + rng.gauss(0, 0.04)
        if name == "r12u01":  # recordings: slow through the vacation, fast from the first class day
            fast = min(1.0, max(0.0, progress(ts, NAS_FAST_FROM, U4["start"])))
            v = 86.0 + 0.3 * days + 12.0 * fast**1.2 + rng.gauss(0, 0.04)
            v = min(v, 99.6 + rng.gauss(0, 0.05))
            v -= 27.0 * ramp(ts, U4["end"] - timedelta(minutes=20), None, rise=25)
        if name == "y05u01":
            v = 84.2 + 0.3 * days + rng.gauss(0, 0.05)
        values.append(v)
    return _block(name, "disk_usage", times, values)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind = ci["name"], ci["type"]
    if kind == "load_balancer":
        return []
    rt0 = RT_BASE.get(name) or {"database": rng.uniform(3, 14), "cache": rng.uniform(0.4, 1.4)}.get(
        kind, rng.uniform(1.5, 6)
    )
    err0 = rng.uniform(0.02, 0.4)
    load = _load(name)
    rt, err, depth, locks = [], [], [], []
    for ts in times:
        d = load(ts)
        r = rt0 * (0.8 + 0.5 * d) * (1 + rng.gauss(0, 0.05))
        e = max(0.0, err0 * (1 + rng.gauss(0, 0.25)))
        for inc, hop, x in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            if inc["id"] == "U6" and hop == 0:  # the pool drains a little more every minute
                x *= 0.55 + 0.45 * min(1.0, progress(ts, inc["start"], NOW))
            r *= 1 + x * f_rt * (1 + rng.gauss(0, 0.07))
            e += x * f_err * (1 + rng.gauss(0, 0.07))
        rt.append(r)
        err.append(min(e, 100.0))
        if name == "vestibulum":
            q = 38000 * _registration(ts) ** 2 if _registration(ts) > 0.3 else rng.uniform(0, 3)
            q *= 1 + 1.9 * ramp(ts, U1["start"] + timedelta(minutes=15), U1["end"], rise=15, fall=20)
            depth.append(max(0.0, q * (1 + rng.gauss(0, 0.03))))
        if name == "sgdb01":
            w = 2 + 10 * d + rng.gauss(0, 1)
            w += 460 * ramp(ts, U1["start"], U1["end"], rise=10, fall=10) * (1 + rng.gauss(0, 0.05))
            locks.append(max(0.0, w))
    rows = _block(name, "response_time_ms", times, rt)
    if (kind == "service" and name not in RESEARCH) or name == "sgdb01":
        rows += _block(name, "error_rate", times, err)
    if depth:
        rows += _block(name, "queue_depth", times, depth)
    if locks:
        rows += _block(name, "lock_waits", times, locks)
    return rows


def measured(ci: dict) -> bool:
    """Monitoring covers prod only (dev/edu staging are not in the NMS), and not the retired server."""
    return ci["environment"] == "prod" and ci["status"] != "retired"


# fmt: off
BACKGROUND = [  # (KST month day, hh, mm, ci, severity, type, message); days before 25 are September
    (825, 22, 30, "tabularium", "info", "deployment", "Deployed tabularium 4.11.2 (졸업사정 화면 개선)"),
    (826, 1, 0, "arca", "info", "backup", "Nightly backup started (142 jobs)"),
    (826, 3, 20, "arca", "info", "backup", "Nightly backup done (142/142, 18.4 TB)"),
    (826, 10, 0, "electio", "info", "batch_job", "4학년 수강신청 opened (대기열 on)"),
    (826, 10, 40, "vestibulum", "info", "recovery", "Waiting room drained, 18,210 tickets admitted"),
    (826, 21, 0, "electio", "info", "deployment", "Deployed electio 6.4.0 (여석 갱신 로직 변경)"),
    (827, 1, 0, "arca", "info", "backup", "Nightly backup started (142 jobs)"),
    (827, 3, 25, "arca", "minor", "backup", "Nightly backup done with warnings (141/142, hsdb01 archive log retry)"),
    (828, 7, 0, "y05u01", "warning", "threshold_breach", "disk_usage above 85% on /backup (DD6900)"),
    (828, 9, 30, "r21u10", "warning", "gpu_xid", "NVIDIA Xid 79 on GPU 3 (fallen off the bus), node drained"),
    (828, 11, 10, "r21u10", "info", "recovery", "GPU 3 reseated, node resumed in partition a100"),
    (828, 15, 0, "nuntius", "info", "config_change", "Attachment size limit raised 25 MB -> 50 MB"),
    (829, 2, 0, "arca", "info", "backup", "Weekly full backup done (VM 61, DB 9, 41.2 TB)"),
    (829, 14, 0, "schola-edu", "info", "maintenance", "교수 연수용 e-class 초기화 (2학기 샘플 강좌)"),
    (830, 22, 0, "clavis", "info", "deployment", "Deployed clavis 5.2.1 (Keycloak 24, LDAP federation refactor)"),
    (830, 23, 30, "schola", "info", "batch_job", "2학기 강좌 3,120개 생성, 수강생 자동 등록 완료"),
    (830, 12, 0, "r12u01", "warning", "threshold_breach", "disk_usage above 85% on /ifs/lecture"),
    (831, 13, 0, "tessera", "info", "deployment", "Deployed tessera 2.9.1 (QR refresh 30s)"),
    (831, 16, 20, "fabrica", "info", "config_change", "Partition l40s max walltime 24h -> 48h"),
    (901, 2, 10, "arca", "info", "backup", "Nightly backup done (142/142, 19.0 TB)"),
    (901, 8, 20, "ianua", "info", "cert_change", "RADIUS server certificate renewed (radius.hwarang.ac.kr, valid to 2027-09)"),
    (901, 10, 30, "y05u01", "minor", "threshold_breach", "disk_usage above 85% on /backup for 4 days"),
    (901, 11, 0, "r12u01", "major", "threshold_breach", "disk_usage above 95% on /ifs/lecture"),
    (901, 17, 40, "v2103", "info", "login", "Vendor account ext_moodle logged in (plugin test)"),
    (902, 1, 0, "arca", "info", "backup", "Nightly backup started (142 jobs)"),
    (902, 3, 5, "arca", "info", "backup", "Nightly backup done (142/142, 19.3 TB)"),
    (902, 9, 55, "vestibulum", "info", "config_change", "수강정정 대기열 on, admit rate 900/s"),
    (902, 10, 50, "vestibulum", "info", "recovery", "Waiting room drained, 7,940 tickets admitted"),
    (902, 11, 30, "theatrum", "info", "config_change", "HLS segment length 6s -> 4s"),
    (902, 12, 40, "argentaria", "info", "deployment", "Deployed argentaria 3.4.0 (은행 전문 v2.3 대응)"),
]
INCIDENT_EVENTS = [
    # U1
    (827, 9, 50, "vestibulum", "info", "config_change", "본신청 대기열 on, admit rate 900/s"),
    (827, 10, 1, "sgdb01", "critical", "lock_wait", "enq: TX - row lock contention, 412 sessions waiting (SUGANG_YEOSEOK)"),
    (827, 10, 4, "sgdb01", "major", "slow_query", "UPDATE SUGANG_YEOSEOK elapsed 9.8 s (avg 12 ms)"),
    (827, 10, 6, "electio", "major", "threshold_breach", "response_time_ms above 3000 ms for 5 min"),
    (827, 10, 9, "electio", "major", "error", "JDBC timeout: 수강신청 저장 실패 18%"),
    (827, 10, 16, "vestibulum", "major", "backlog", "waiting room backlog 96,000 tickets, admit rate throttled to 120/s"),
    (827, 10, 21, "mobilis", "warning", "timeout", "timeout calling vestibulum (ticket status, 5 s)"),
    (827, 10, 32, "sgdb01", "info", "config_change", "blocking sessions killed, 여석 update switched back to electio 6.3 path"),
    (827, 10, 52, "sgdb01", "info", "recovery", "lock waits cleared, UPDATE elapsed back to 11 ms"),
    # U2
    (831, 8, 52, "clavis", "major", "pool_exhausted", "LDAP connection pool exhausted (20/20), logins queued"),
    (831, 8, 58, "clavis", "major", "threshold_breach", "response_time_ms above 1000 ms for 5 min"),
    (831, 9, 0, "schola", "warning", "timeout", "SSO token validation timeout (3 s)"),
    (831, 9, 2, "atrium", "warning", "timeout", "login redirect timeout"),
    (831, 9, 5, "tessera", "warning", "error", "QR issue failed: SSO session check timeout"),
    (831, 9, 55, "clavis", "info", "config_change", "LDAP pool max 20 -> 200 (rollback of 5.2.1 default)"),
    (831, 10, 16, "clavis", "info", "recovery", "login latency normal (p95 180 ms)"),
    # U3
    (901, 8, 27, "ianua", "critical", "auth_failure", "EAP-PEAP handshake failed: unknown CA (Android, eduroam) 38%"),
    (901, 8, 31, "r01u30", "major", "auth_failure", "802.1X authentication failures 2,410/min (RADIUS reject)"),
    (901, 8, 33, "y01u30", "major", "auth_failure", "802.1X authentication failures 620/min (RADIUS reject)"),
    (901, 8, 36, "peregrinus", "warning", "auth_failure", "eduroam visitor Access-Reject from hwarang.ac.kr"),
    (901, 9, 30, "ianua", "info", "cert_change", "Intermediate CA (Sectigo RSA) added to server chain, freeradius reloaded"),
    (901, 9, 42, "ianua", "info", "recovery", "PEAP success rate back to 99.6%"),
    # U4
    (901, 13, 42, "r12u01", "critical", "disk_full", "/ifs/lecture 100% full: write failed (ENOSPC)"),
    (901, 13, 46, "pictor", "major", "error", "transcode output write failed: No space left on device"),
    (901, 13, 48, "theatrum", "major", "error", "VOD origin read/write error, HTTP 503 on new lectures"),
    (901, 13, 55, "specula", "warning", "backlog", "lecture capture upload queue 118 files"),
    (901, 14, 0, "schola", "warning", "error", "동영상 강의 재생 오류 신고 다수 (HTTP 503 from theatrum)"),
    (901, 15, 5, "r12u01", "info", "config_change", "2025-1 recordings (61 TB) moved to archive tier (SmartPools)"),
    (901, 15, 32, "r12u01", "info", "recovery", "/ifs/lecture at 71%, writes normal"),
    # U5
    (901, 19, 6, "y01u40", "critical", "linecard_fault", "Module 3 (C9600-LC-48YL) failed, ports down, packet loss"),
    (901, 19, 9, "domus", "major", "error", "외박 신청 저장 실패, DB connection reset"),
    (901, 19, 10, "subsellium", "major", "error", "kiosk sync with sedes failed"),
    (901, 19, 12, "y01u30", "major", "link_down", "uplink to y01u40 Te3/0/1 down, 212 APs lost"),
    (901, 19, 40, "arca", "warning", "backup", "pre-backup connectivity check failed (y01u40)"),
    (901, 20, 20, "y01u40", "info", "config_change", "uplinks moved to module 5 (spare), module 3 RMA requested"),
    (901, 20, 32, "y01u40", "info", "recovery", "packet loss 0%, all uplinks up"),
    # U6
    (902, 13, 32, "argentaria", "major", "pool_exhausted", "FEP connection pool exhausted (64/64)"),
    (902, 13, 36, "aerarium", "major", "timeout", "가상계좌 발급 timeout (10 s), 입금 확인 지연"),
    (902, 13, 48, "argentaria", "critical", "threshold_breach", "error_rate above 15% for 10 min"),
    (902, 13, 55, "atrium", "warning", "error", "등록금 고지서 화면 오류 (HTTP 500)"),
    (902, 14, 5, "mobilis", "warning", "error", "등록금 납부 메뉴 오류율 3%"),
]
# fmt: on


def _dated(rows: list[tuple]) -> list[tuple]:
    """Rows with an MDD day: 825–831 are August, 901–902 September."""
    aug = [(md % 100, *r) for md, *r in rows if md // 100 == 8]
    sep = [(md % 100, *r) for md, *r in rows if md // 100 == 9]
    return dated(kst, aug) + dated(kst9, sep)


def contract_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """The CIs in the interchange contract's types and environments: VMs and network gear are hosts with
    a `form` attribute (`vm`, `network`), the edu environment is staging with `stage: edu`."""
    cis, rels = build_cis(rng)
    for ci in cis:
        if ci["type"] in ("vm", "network"):
            ci["attributes"] = {**ci["attributes"], "form": ci["type"]}
            ci["type"] = "host"
        if ci["environment"] == "edu":
            ci["attributes"] = {**ci["attributes"], "stage": "edu"}
            ci["environment"] = "staging"
    return cis, rels


UNCATALOGUED = ("lock_waits", "queue_depth", "gpu_usage")  # measured here, but no metric of the catalog


def _catalogued(series: Callable[[random.Random, dict, list[datetime]], list]) -> Callable:
    """`series` without the samples of metrics the interchange contract's catalog does not hold."""
    return lambda rng, ci, times: [row for row in series(rng, ci, times) if row[2] not in UNCATALOGUED]


def main() -> None:
    events = _dated(BACKGROUND + INCIDENT_EVENTS)
    series = _catalogued(_server_metrics), _catalogued(_storage_metrics), _catalogued(_service_metrics)
    generate(NAME, "university", SEED, (START, NOW), INCIDENTS, events, contract_cis, series, measured)


if __name__ == "__main__":
    main()
