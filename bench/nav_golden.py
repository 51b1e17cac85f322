"""Write tests/fixtures/ops-golden-nav.json: blind batch 79, OPS questions over the map / car-navigation estate.

The estate (bench/nav_estate.py) is a Korean map and car-navigation provider (누리길모빌리티, the app 누리내비): the app
gateway and the carmakers' in-car gateway (mTLS), the route request front over the car and truck route engines and
the ETA core, the partner ETA API for delivery and taxi partners, real-time traffic (probe ingest over an LTE APN,
the ITS collector over IPsec tunnels to 한국도로공사 and 서울시 TOPIS, the fusion writing live link speeds to Redis,
the traffic colour layer, the GPU prediction model) over the Kafka hub, map tiles (render on PostGIS, origin API,
Redis tile cache, Varnish edges in the Seoul and Busan PoPs), POI search on Elasticsearch, geocoding and reverse
geocoding, OTA map updates on Ceph, the speed-camera delta job on MS-SQL, the street-view pipeline, favourites and
auth on PostgreSQL, push, voice-guidance TTS, nightly graph build and tile prebake, and GCP analytics; sites 목동IDC,
대전DR센터, 판교오피스, 서울PoP(상암), 부산PoP and GCP 서울. Now = Friday 2028-09-15 18:40 KST (the Friday evening rush);
seven injected incidents (N1–N7, the last ongoing): N1 last Wednesday (Sep 6) in the evening rush, N2 last Friday
(Sep 8) at lunch, N3 on Saturday 9 in the afternoon, N4 on Sunday 10 in the afternoon, N5 on Monday 11 in the
morning rush, N6 on Wednesday 13 (그저께) in the evening, N7 from 17:55 today.
A bare weekday is the most recent such day before now (수요일 = the 13th, 월요일 = the 11th, 토요일 = the 9th); the
days of last week are asked as "지난주 …" or by date, and no question says a bare "금요일" (today is Friday). Every
expected value is computed here from the written files (estate_kit.Estate and the faults file); nothing is typed by
hand except the questions. Where a loose phrase (오후, 저녁, 점심, "this morning", "last night") has several
readings, only values every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call
chat: 반말, typos, missing spaces, Korean/English mixed) and 40 % English.

    .venv/bin/python bench/nav_golden.py   # after bench/nav_estate.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import (
    AGG,
    FIXTURES,
    GRAPH,
    GRAPH_OR_LOOK,
    HOSTING,
    LOOK,
    ONCALL,
    PROBLEM,
    REJECT,
    Batch,
    ci_names,
    exact,
    hhmm,
    kst_clock,
    leaders,
    names,
    not_ok,
    num,
    ranked,
    root_first,
    said,
    wrong_now,
    yes_no,
)

DATASET = "map-nav"
NOW = datetime(2028, 9, 15, 9, 40, tzinfo=UTC)  # Friday 18:40 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
H = timedelta(hours=1)
kst = kst_clock("2028-09")

b = Batch.over(DATASET, NOW, "nav", "batch-79")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d, 0), kst(d, 0) + timedelta(days=1)


def part(d: int, narrow: tuple[float, float], wide: tuple[float, float]) -> tuple[tuple, tuple]:
    return b.part(kst(d, 0), narrow, wide)


robust, prod_measured, above = b.robust, b.prod_measured, b.above


happened_types, events_between, host_of, runs_on = e.happened_types, e.events_between, e.host_of, e.runs_on
attr_is, has_attr = e.attr_is, e.has_attr

TODAY = (kst(15, 0), NOW)
YESTERDAY = day(14)  # Thursday
WED06, THU07, FRI08, SAT09, SUN10, MON11, TUE12, WED13 = (day(d) for d in range(6, 14))
THIS_WEEK = (kst(11, 0), NOW)  # since Monday
LAST_WEEKEND = (kst(9, 0), kst(11, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
SINCE_18 = (kst(15, 18), NOW)
THIS_MORNING = part(15, (6, 10), (0, 12))
LAST_NIGHT = part(14, (22, 30), (24, 29))  # Thursday night into Friday morning
WED06_EVENING = part(6, (17, 21), (18, 24))
FRI08_LUNCH = part(8, (11, 14), (11.5, 13.5))
SAT09_AFTERNOON = part(9, (12, 18), (13, 17))
SUN10_AFTERNOON = part(10, (12, 18), (14, 18))
MON11_MORNING = part(11, (6, 10), (5, 12))
WED13_EVENING = part(13, (18, 24), (20, 23))
ip = lambda n: e.attr(n, "ip")  # noqa: E731

# =========================================================================== attribute lookups
b.ask("ko", "rte-ch 그래프 버전 머로 올라가있음", "attribute", LOOK, said(e.attr("rte-ch", "graph_version")))
b.ask(
    "en", "which routing algorithm does rte-ch use?", "attribute", LOOK, said(e.attr("rte-ch", "algorithm"))
)
b.ask("ko", "rte-truck 제한조건 뭐뭐 반영돼있어", "attribute", LOOK,
      names(e.attr("rte-truck", "restrictions").split(", "), "contains"))  # fmt: skip
b.ask("ko", "eta-partner sla 몇ms로 잡혀있지", "attribute", LOOK, exact(e.attr("eta-partner", "sla_ms")))
b.ask(
    "en",
    "what's the rate limit on eta-partner?",
    "attribute",
    LOOK,
    exact(e.attr("eta-partner", "rate_limit_rps")),
)
b.ask(
    "ko",
    "파트너 몇개사 붙어있어? eta-partner 기준",
    "attribute",
    LOOK,
    exact(e.attr("eta-partner", "partners")),
)
b.ask(
    "ko",
    "trf-probe-ingest 프로브 몇대 수집중",
    "attribute",
    LOOK,
    exact(e.attr("trf-probe-ingest", "probes")),
)
b.ask("en", "how often do probes report to trf-probe-ingest (seconds)?", "attribute", LOOK,
      exact(e.attr("trf-probe-ingest", "interval_s")))  # fmt: skip
b.ask("ko", "trf-predict 모델 버전 뭐야", "attribute", LOOK, said(e.attr("trf-predict", "model")))
b.ask("en", "How many links does trf-fusion cover?", "attribute", LOOK, exact(e.attr("trf-fusion", "links")))
b.ask("ko", "es-poi 힙 몇기가", "attribute", LOOK, exact(e.attr("es-poi", "heap_gb")))
b.ask(
    "ko",
    "gisdb-pri wal 볼륨 크기 얼마로 돼있음",
    "attribute",
    LOOK,
    exact(e.attr("gisdb-pri", "wal_volume_gb")),
)
b.ask(
    "en", "max_connections on userdb-pri?", "attribute", LOOK, exact(e.attr("userdb-pri", "max_connections"))
)
b.ask("ko", "rc-quota maxmemory policy 머로 설정돼있냐", "attribute", LOOK,
      said(e.attr("rc-quota", "maxmemory_policy")))  # fmt: skip
b.ask("ko", "vip-carlink 인증서 만료일", "attribute", LOOK, said(e.attr("vip-carlink", "cert_expiry")))
b.ask("en", "how many SIMs are on apn-probe-lte?", "attribute", LOOK, exact(e.attr("apn-probe-lte", "sims")))
b.ask("ko", "vpn-ex-its 상대편 어디임", "attribute", LOOK, said(e.attr("vpn-ex-its", "peer")))
b.ask("en", "what GPUs are in md1-gpu02?", "attribute", LOOK, said(e.attr("md1-gpu02", "gpu")))
b.ask("ko", "ceph-ota osd 몇개", "attribute", LOOK, exact(e.attr("ceph-ota", "osds")))
b.ask(
    "ko", "단속카메라 몇대 등록돼있어 job-safecam", "attribute", LOOK, exact(e.attr("job-safecam", "cameras"))
)
b.ask("en", "who owns trf-predict?", "attribute", LOOK, said(e.cis["trf-predict"]["owner"]))
b.ask("ko", "geocoder 주소DB 기준월 언제꺼", "attribute", LOOK, said(e.attr("geocoder", "address_db")))

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "목동IDC에 있는 CI 몇개임", "count", AGG, exact(len(e.where(location="목동IDC"))))
b.ask("en", "list everything in 부산PoP", "list", AGG, cis(e.where(location="부산PoP")))
b.ask("ko", "대전DR센터 장비 다 뽑아줘", "list", AGG, cis(e.where(location="대전DR센터")))
b.ask("en", "how many CIs are in GCP 서울(asia-northeast3)?", "count", AGG,
      exact(len(e.where(location="GCP 서울(asia-northeast3)"))))  # fmt: skip
b.ask("ko", "판교오피스에 머머 있어", "list", AGG, cis(e.where(location="판교오피스")))
b.ask("en", "which CIs are in staging?", "list", AGG, cis(e.where(environment="stg")))
b.ask("ko", "dev환경 ci 몇개", "count", AGG, exact(len(e.where(environment="dev"))))
b.ask("ko", "지금 maintenance 상태인 애들", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "anything decommissioned still in the CMDB?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "큐 뭐뭐있냐", "list", AGG, cis(e.of_type("queue")))
b.ask("en", "list the caches", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "운영 db 몇개야", "count", AGG, exact(len(e.of_type("database", "prod"))))
pgs = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("en", "which databases are PostgreSQL?", "list", AGG, cis(pgs))
es_dbs = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "elasticsearch")
b.ask("ko", "엘라스틱서치 클러스터 목록", "list", AGG, cis(es_dbs))
b.ask("en", "which load balancers do we have?", "list", AGG, cis(e.of_type("load_balancer")))
b.ask("ko", "스토리지 종류별로 말고 그냥 목록만", "list", AGG, cis(e.of_type("storage")))
b.ask("ko", "DBA파트 담당 CI 몇개", "count", AGG, exact(len(e.where(owner="DBA파트"))))
b.ask(
    "en",
    "which services does traffic-data own?",
    "list",
    AGG,
    cis(e.where(type="service", owner="traffic-data")),
)
b.ask("ko", "앱서비스팀 서비스 목록 ㄱㄱ", "list", AGG, cis(e.where(type="service", owner="앱서비스팀")))
b.ask("ko", "네트워크팀 장비 몇개임", "count", AGG, exact(len(e.where(owner="네트워크팀"))))
gpu_hosts = has_attr("gpu", "host")
b.ask("en", "which hosts have GPUs?", "list", AGG, cis(gpu_hosts))
mx204 = attr_is("model", "MX204", "host")
b.ask("ko", "MX204 라우터 어디어디 있어", "list", AGG, cis(mx204))
vcaches = sorted(n for n in e.of_type("cache") if e.attr(n, "engine") == "varnish")
b.ask(
    "ko",
    "varnish 엣지 캐시 스토리지 합치면 몇기가",
    "sum",
    AGG,
    exact(sum(e.attr(n, "storage_gb") for n in vcaches)),
)
standbys = attr_is("role", "hot standby", "database")
b.ask("en", "which databases are hot standbys?", "list", AGG, cis(standbys))

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "es-poi 지금 메모리 몇퍼", "metric", AGG, num(e.latest("es-poi", "memory_usage")))
b.ask("en", "poi-search error rate right now", "metric", AGG, num(e.latest("poi-search", "error_rate")))
b.ask("ko", "mgw-app 현재 응답시간", "metric", AGG, num(e.latest("mgw-app", "response_time_ms")))
b.ask("en", "carlink-gw error rate at the moment?", "metric", AGG, num(e.latest("carlink-gw", "error_rate")))
b.ask("ko", "md1-es01 cpu 지금 얼마", "metric", AGG, num(e.latest("md1-es01", "cpu_usage")))
b.ask("ko", "md1-log01 디스크 지금 몇%", "metric", AGG, num(e.latest("md1-log01", "disk_usage")))
b.ask("en", "current GPU utilisation on md1-gpu01", "metric", AGG, num(e.latest("md1-gpu01", "gpu_usage")))
b.ask(
    "en", "what's vcache-sel's request rate now?", "metric", AGG, num(e.latest("vcache-sel", "request_rate"))
)
b.ask(
    "ko",
    "지난 1시간 poi-search 평균 에러율",
    "metric",
    AGG,
    num(e.average("poi-search", "error_rate", NOW - H)),
)
b.ask("en", "average response time of mgw-app over the last 2 hours", "metric", AGG,
      num(e.average("mgw-app", "response_time_ms", NOW - 2 * H)))  # fmt: skip
b.ask(
    "ko",
    "최근30분 es-poi 응답시간 최고",
    "metric",
    AGG,
    num(e.peak("es-poi", "response_time_ms", NOW - H / 2)),
)
b.ask(
    "ko",
    "6시 이후로 carlink-gw 평균 에러율",
    "metric",
    AGG,
    num(e.average("carlink-gw", "error_rate", *SINCE_18)),
)
b.ask("en", "since 18:00, what's the max error rate on mgw-app?", "metric", AGG,
      num(e.peak("mgw-app", "error_rate", *SINCE_18)))  # fmt: skip
b.ask("ko", "오늘 아침 route-front 요청량 젤 많았을때", "metric", AGG,
      num(robust("route-front", "request_rate", THIS_MORNING)))  # fmt: skip
b.ask("en", "peak request rate of eta-partner yesterday", "metric", AGG,
      num(e.peak("eta-partner", "request_rate", *YESTERDAY)))  # fmt: skip
b.ask(
    "ko",
    "어제 tile-api 평균 응답시간",
    "metric",
    AGG,
    num(e.average("tile-api", "response_time_ms", *YESTERDAY)),
)
b.ask("ko", "그저께 저녁 ceph-ota 응답시간 최고 몇", "metric", AGG,
      num(robust("ceph-ota", "response_time_ms", WED13_EVENING)))  # fmt: skip
b.ask("en", "ota-mapupd worst error rate on Wednesday evening", "metric", AGG,
      num(robust("ota-mapupd", "error_rate", WED13_EVENING)))  # fmt: skip
b.ask("ko", "지난주 금욜 점심 md1-gpu02 gpu사용률 최고", "metric", AGG,
      num(robust("md1-gpu02", "gpu_usage", FRI08_LUNCH)))  # fmt: skip
b.ask("en", "trf-predict peak latency on September 8", "metric", AGG,
      num(e.peak("trf-predict", "response_time_ms", *FRI08)))  # fmt: skip
b.ask(
    "ko",
    "토요일 오후 gisdb-pri cpu 최대",
    "metric",
    AGG,
    num(robust("gisdb-pri", "cpu_usage", SAT09_AFTERNOON)),
)
b.ask("en", "How full did md1-pgs01's disk get on Saturday?", "metric", AGG,
      num(e.peak("md1-pgs01", "disk_usage", *SAT09)))  # fmt: skip
b.ask("ko", "9/9 14시~16시 revgeo 에러율 최고", "metric", AGG,
      num(e.peak("revgeo", "error_rate", kst(9, 14), kst(9, 16))))  # fmt: skip
b.ask("en", "worst packet loss on vpn-ex-its on Sunday afternoon?", "metric", AGG,
      num(robust("vpn-ex-its", "error_rate", SUN10_AFTERNOON)))  # fmt: skip
b.ask("ko", "일요일 trf-its-collector 에러율 최고 몇이었음", "metric", AGG,
      num(e.peak("trf-its-collector", "error_rate", *SUN10)))  # fmt: skip
b.ask("en", "kfk-hub peak response time on Monday morning", "metric", AGG,
      num(robust("kfk-hub", "response_time_ms", MON11_MORNING)))  # fmt: skip
b.ask("ko", "월요일 trf-probe-ingest 평균 요청량", "metric", AGG,
      num(e.average("trf-probe-ingest", "request_rate", *MON11)))  # fmt: skip
b.ask("ko", "지난주 수요일 저녁 rc-live-speed 메모리 최고", "metric", AGG,
      num(robust("rc-live-speed", "memory_usage", WED06_EVENING)))  # fmt: skip
b.ask("en", "rte-ch max error rate between 18:00 and 19:30 on September 6", "metric", AGG,
      num(e.peak("rte-ch", "error_rate", kst(6, 18), kst(6, 19, 30))))  # fmt: skip
b.ask(
    "ko",
    "오늘 오전 9시쯤 md1-log01 디스크 몇이었어",
    "metric",
    AGG,
    e.around("md1-log01", "disk_usage", kst(15, 9)),
)
b.ask("en", "sgw-streetview disk usage around noon yesterday", "metric", AGG,
      e.around("sgw-streetview", "disk_usage", kst(14, 12)))  # fmt: skip
poi_since = e.since_above("poi-search", "error_rate", 10.0)
b.ask("ko", "poi-search 에러 10% 넘은게 언제부터야", "metric", AGG, said(hhmm(poi_since)))
es_since = e.since_above("es-poi", "memory_usage", 85.0)
b.ask("en", "since when has es-poi's memory been above 85%?", "metric", AGG, said(hhmm(es_since)))
b.ask(
    "en",
    "What was gisdb-pri's peak CPU last night?",
    "metric",
    AGG,
    num(robust("gisdb-pri", "cpu_usage", LAST_NIGHT)),
)
b.ask("ko", "지난주 금요일 eta-partner 평균 요청량", "metric", AGG,
      num(e.average("eta-partner", "request_rate", *FRI08)))  # fmt: skip
b.ask("en", "peak error rate of trf-fusion over last weekend (Sep 9-10)", "metric", AGG,
      num(e.peak("trf-fusion", "error_rate", *LAST_WEEKEND)))  # fmt: skip

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 55.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘간 cpu 55 한번이라도 찍은 서버", "threshold", AGG, cis(hot_10d))
svc_err = prod_measured("service", "error_rate")
err_week = above(svc_err, "error_rate", 10.0, *THIS_WEEK, 0.5)
b.ask("en", "Which services went above 10% errors this week (since Monday)?", "threshold", AGG, cis(err_week))
err_10 = above(svc_err, "error_rate", 5.0, *SUN10, 0.5)
b.ask("ko", "9월10일 에러율 5% 넘었던 서비스", "threshold", AGG, cis(err_10))
mem_10d = above(prod_measured("cache", "memory_usage") + prod_measured("queue", "memory_usage"), "memory_usage",
                80.0, *TEN_DAYS, 1.0)  # fmt: skip
b.ask(
    "en", "which caches or queues went above 80% memory in the last 10 days?", "threshold", AGG, cis(mem_10d)
)
err_weekend = above(svc_err, "error_rate", 5.0, *LAST_WEEKEND, 0.5)
b.ask("ko", "지난주말 에러 5% 넘긴 서비스들", "threshold", AGG, cis(err_weekend))
disk_hosts = prod_measured("host", "disk_usage")
disk_75 = above(disk_hosts, "disk_usage", 75.0, *TEN_DAYS, 0.5)
b.ask("ko", "열흘동안 디스크 75 넘은적 있는 서버들", "threshold", AGG, cis(disk_75))
assert e.peak("md1-log01", "disk_usage", *TEN_DAYS) < 79.7
b.ask("ko", "md1-log01 디스크 80 넘은적 있음? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("es-poi", "memory_usage", *THIS_WEEK) > 93.0
b.ask("en", "did es-poi's memory go over 90% this week?", "threshold", AGG, yes_no(True))
assert e.peak("md1-gpu02", "gpu_usage", *TEN_DAYS) > 98.0
b.ask("ko", "md1-gpu02 gpu 95% 넘은적 있어? 열흘간", "threshold", AGG, yes_no(True))
assert e.peak("eta-partner", "error_rate", *TEN_DAYS) < 15.0
b.ask(
    "en", "did eta-partner's error rate ever exceed 20% in the last 10 days?", "threshold", AGG, yes_no(False)
)
assert e.peak("rc-quota", "memory_usage", *TEN_DAYS) < 60.0
b.ask("ko", "rc-quota 메모리 80 넘은 적 있냐 최근 열흘", "threshold", AGG, yes_no(False))

svc_err_now = {n: e.latest(n, "error_rate") for n in svc_err}
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 3 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 3)))
host_cpu_sat = {n: e.peak(n, "cpu_usage", *SAT09) for n in prod_hosts_cpu}
b.ask("en", "which host hit the highest CPU on Saturday?", "top", AGG, cis(leaders(host_cpu_sat, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 젤 많이 찬 서버 어디임", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청량 많은 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_wed = {n: e.peak(n, "error_rate", *WED13) for n in svc_err}
b.ask("en", "which service had the worst error peak on Wednesday?", "top", AGG, cis(leaders(svc_err_wed, 1)))
db_err_sat = {n: e.peak(n, "error_rate", *SAT09) for n in prod_measured("database", "error_rate")}
b.ask("ko", "토요일 에러 피크 젤 높았던 db", "top", AGG, cis(leaders(db_err_sat, 1)))
edge_now = {n: e.latest(n, "request_rate") for n in vcaches}
b.ask("ko", "vcache-sel vcache-bsn 지금 요청 어디가 더 많아", "compare", AGG, cis(leaders(edge_now, 1)))
engines = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("rte-ch", "rte-truck")}
b.ask(
    "en",
    "rte-ch vs rte-truck: which was slower on average yesterday?",
    "compare",
    AGG,
    cis(leaders(engines, 1)),
)
gws = ["mgw-app", "carlink-gw", "route-front"]
gws_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in gws}
b.ask(
    "ko",
    "mgw-app carlink-gw route-front 어제 평균 요청량 많은순",
    "compare",
    AGG,
    cis(ranked(gws_avg), "ordered"),
)
rds_mem = {n: e.latest(n, "memory_usage") for n in ("md1-rds01", "md1-rds02")}
b.ask(
    "en",
    "md1-rds01 or md1-rds02 - which has higher memory right now?",
    "compare",
    AGG,
    cis(leaders(rds_mem, 1)),
)

# =========================================================================== graph, hosting, paths
b.ask("ko", "mgw-app 뭐뭐 물고있음", "graph", GRAPH, cis(e.out("mgw-app")))
b.ask("en", "What are the direct dependencies of carlink-gw?", "graph", GRAPH, cis(e.out("carlink-gw")))
b.ask("ko", "eta-partner 직접 의존성", "graph", GRAPH, cis(e.out("eta-partner")))
b.ask("en", "who calls rte-ch directly?", "graph", GRAPH, cis(e.into("rte-ch")))
b.ask("en", "which CIs use kfk-hub directly?", "graph", GRAPH, cis(e.into("kfk-hub")))
b.ask("ko", "rc-geo 직접 쓰는 서비스 몇개", "count", COUNT_GRAPH, exact(len(e.into("rc-geo"))))
b.ask("en", "blast radius if gisdb-pri goes down?", "impact", GRAPH, cis(e.impact("gisdb-pri")))
b.ask("ko", "md1-rds01 죽으면 영향 가는거 전부", "impact", GRAPH, cis(e.impact("md1-rds01")))
b.ask("ko", "userdb-pri 장애나면 어디까지 번짐", "impact", GRAPH, cis(e.impact("userdb-pri")))
b.ask("en", "what's impacted if es-poi dies?", "impact", GRAPH, cis(e.impact("es-poi")))
b.ask("ko", "eta-partner 하위 의존성 간접까지 싹", "graph", GRAPH, cis(e.depends_closure("eta-partner")))
b.ask("en", "everything that depends on rc-live-speed, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("rc-live-speed")))  # fmt: skip
b.ask(
    "ko",
    "mgw-app 타고 내려가면 나오는 db 전부",
    "graph",
    GRAPH,
    cis(b.of("database", e.depends_closure("mgw-app"))),
)
b.ask("en", "which caches does carlink-gw end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("cache", e.depends_closure("carlink-gw"))))  # fmt: skip
b.ask("ko", "md1-kw07에 머 떠있어", "hosting", HOSTING, cis(runs_on("md1-kw07")))
b.ask("en", "What runs on md1-gpu03?", "hosting", HOSTING, cis(runs_on("md1-gpu03")))
b.ask("ko", "md1-bat01 위에 도는 배치들", "hosting", HOSTING, cis(runs_on("md1-bat01")))
b.ask("ko", "trf-predict 어느 서버들에서 돌아", "hosting", HOSTING, cis(host_of("trf-predict")))
b.ask("en", "which host is safecam-mssql on?", "hosting", HOSTING, cis(host_of("safecam-mssql")))
b.ask("en", "what do mgw-app and carlink-gw both depend on directly?", "graph", GRAPH,
      cis(e.out("mgw-app") & e.out("carlink-gw")))  # fmt: skip
b.ask("ko", "geocoder랑 revgeo 둘다 직접 쓰는거", "graph", GRAPH, cis(e.out("geocoder") & e.out("revgeo")))
b.ask("ko", "mgw-app에서 gisdb-pri까지 몇홉", "path", GRAPH, exact(e.hop_count("mgw-app", "gisdb-pri")))
b.ask("en", "how many hops from eta-partner to rc-live-speed?", "path", GRAPH,
      exact(e.hop_count("eta-partner", "rc-live-speed")))  # fmt: skip
b.ask(
    "ko",
    "trf-layer → vpn-ex-its 경로",
    "path",
    GRAPH,
    cis(e.shortest_path("trf-layer", "vpn-ex-its"), "ordered"),
)
b.ask("en", "show the dependency chain from carlink-gw down to ceph-ota", "path", GRAPH,
      cis(e.shortest_path("carlink-gw", "ceph-ota"), "ordered"))  # fmt: skip
assert e.reaches("mgw-app", "kfk-hub")
b.ask("ko", "mgw-app이 kfk-hub까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("sv-viewer", "gisdb-pri")
b.ask("en", "Does sv-viewer depend on gisdb-pri in any way?", "graph", GRAPH, yes_no(False))
assert host_of("trf-probe-ingest") == host_of("trf-its-collector") == ["md1-kw07"]
b.ask(
    "ko", "trf-probe-ingest랑 trf-its-collector 같은 노드에 떠있는거 맞지?", "hosting", HOSTING, yes_no(True)
)
assert not set(host_of("fav-svc")) & set(host_of("auth-svc"))
b.ask("en", "Is fav-svc on the same host as auth-svc?", "hosting", HOSTING, yes_no(False))
graph_hosts = sorted(s for s, t, k in e.rels if t == "nas-graph" and k == "CONNECTS_TO")
b.ask("ko", "nas-graph 마운트한 서버들", "graph", GRAPH_OR_LOOK, cis(graph_hosts))
b.ask("en", "which services sit behind vip-partner?", "graph", GRAPH_OR_LOOK,
      cis(b.of("service", e.out("vip-partner", "CONNECTS_TO"))))  # fmt: skip

# =========================================================================== on-call: what is wrong now, health
ongoing = [s for s in FAULTS.values() if s["end"] is None]
assert len(ongoing) == 1
now_root = ongoing[0]["root"]
now_first = sorted(c for c, h in ongoing[0]["hops"].items() if h == 1)
warning_now = [n for n in e.cis if e.warns(n)]
assert now_root in warning_now and all(c in warning_now for c in now_first) and len(warning_now) <= 10, (
    warning_now
)
WN = wrong_now(now_root, *now_first)
b.ask("ko", "지금 뭐 터진거 있어?", "wrong_now", ONCALL, WN)
b.ask("en", "anything on fire right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "고객센터에 목적지 검색 안된다고 문의 폭주중ㅠ 지금 장애현황 정리좀", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 지금 울리는 알람들 요약해줘", "wrong_now", ONCALL, WN)
b.ask("en", "just got paged, what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("es-poi", "poi-search"))
assert not any(e.warns(n) for n in ("rc-live-speed", "md1-gpu02", "gisdb-pri", "vpn-ex-its", "kfk-hub",
                                    "ceph-ota", "rte-ch", "ota-mapupd", "trf-probe-ingest"))  # fmt: skip
b.ask("ko", "es-poi 지금 괜찮음?", "health", ONCALL, yes_no(False))
b.ask("en", "is gisdb-pri healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "kfk-hub 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "poi-search OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "rc-live-speed 상태 괜찮아?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "지난주 수요일 저녁 rc-live-speed 무슨일 있었어?", "rc-live-speed", WED06_EVENING[1],
         {"eviction": ["evict", "eviction", "축출"], "config_change": ["config", "maxmemory", "증설"]})  # fmt: skip
happened("en", "what happened to md1-gpu02 last Friday (Sep 8)?", "md1-gpu02", FRI08,
         {"hardware": ["fan", "throttl", "thermal", "temperature", "팬"], "maintenance": ["drain", "드레인", "교체", "maintenance", "RMA"]})  # fmt: skip
happened("ko", "토요일 gisdb-pri 이벤트 뭐떴어", "gisdb-pri", SAT09,
         {"wal": ["wal", "checkpoint"], "config_change": ["slot", "drop", "config", "재동기화"]})  # fmt: skip
happened("en", "What happened with vpn-ex-its on Sunday?", "vpn-ex-its", SUN10,
         {"vpn": ["tunnel", "IKE", "rekey", "flap", "loss"], "change_notice": ["firmware", "펌웨어", "upgrade", "업그레이드"]})  # fmt: skip
happened("ko", "월요일 아침 kfk-hub 뭔일 있었냐", "kfk-hub", MON11_MORNING[1],
         {"replication": ["ISR", "replica", "UnderReplicated", "NotEnoughReplicas", "복제"], "batch_job": ["rebalance", "리밸런스", "reassign"]})  # fmt: skip
happened("ko", "수요일 ceph-ota 무슨일 있었음", "ceph-ota", WED13,
         {"storage": ["osd", "pg", "backfill", "degraded", "slow"], "config_change": ["recovery", "backfill", "config"]})  # fmt: skip
happened("en", "what's been going on with es-poi today?", "es-poi", TODAY,
         {"config_change": ["synonym", "동의어", "reload", "analyzer", "config"], "memory": ["heap", "gc", "memory", "circuit"]})  # fmt: skip
happened("ko", "이번주 vip-carlink 경고 뭐였음", "vip-carlink", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# N7 (ongoing) the heap pressure on es-poi
for lang, q in [
    ("ko", "지금 목적지 검색 안되는거 원인 머야"),
    ("en", "Why is poi-search timing out right now?"),
    ("ko", "poi-search 5시반에 6.8.0 배포했는데 그거땜에 검색 죽은거임?"),
    ("ko", "6시 좀 전부터 앱에서 장소검색 실패 엄청 많은데 왜그럼"),
    ("en", "what's behind the carlink-gw place-search slowness since about 18:10?"),
    ("ko", "최근 40분 장애 rca ㄱㄱ"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("N7")))
# N6 the Ceph OSD failure on Wednesday evening
for lang, q in [
    ("ko", "그저께 밤 OTA 지도 다운로드 실패 원인 뭐였어"),
    ("en", "Why did ota-mapupd fail package downloads on Wednesday evening?"),
    ("ko", "ota-mapupd 수욜 8시50분에 배포하고 바로 터졌던데 배포탓?"),
    ("ko", "9/13 21시 넘어서 단속카메라 증분 업로드 실패한거 왜"),
    ("en", "root cause of carlink-gw's slow OTA sessions around 21:30 on September 13?"),
    ("en", "what broke the OTA campaign on the night of the 13th?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("N6")))
# N5 the Kafka rebalance in Monday's morning rush
for lang, q in [
    ("ko", "월요일 출근길 프로브 수집 실패한거 원인이 머임"),
    ("en", "Why did trf-probe-ingest drop probe points on Monday morning?"),
    ("ko", "trf-probe-ingest 월욜 7시25분 배포하고 바로 에러났는데 배포문제야?"),
    ("ko", "9월11일 8시쯤 정체알림 푸시 안나간거 왜그런거"),
    ("en", "root cause of the trf-fusion consumer lag on Sep 11 around 08:00?"),
    ("ko", "월요일 아침 07:45~08:40 소통정보 갱신 지연 원인분석"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("N5")))
# N4 the ITS tunnel flapping on Sunday afternoon
for lang, q in [
    ("ko", "일요일 오후 고속도로 구간 소통정보 회색으로 나온거 원인"),
    ("en", "Why did trf-its-collector lose the ITS feeds on Sunday afternoon?"),
    ("ko", "its collector 일욜 4시5분에 핫픽스 나갔던데 그거때문에 피드 끊긴거야?"),
    ("en", "what made trf-layer go stale around 16:40 on September 10?"),
    ("ko", "9/10 16:20~17:15 trf-fusion 에러 원인 분석좀"),
    ("ko", "일요일 4시반쯤 귀경길에 ITS 수신실패 왜 났어"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("N4")))
# N3 the WAL volume of gisdb-pri on Saturday afternoon
for lang, q in [
    ("ko", "토요일 오후 역지오코딩 타임아웃 원인"),
    ("en", "Why did revgeo time out on Saturday afternoon?"),
    ("ko", "revgeo 토욜 1시55분 배포하고 터졌던데 배포 탓임?"),
    ("en", "root cause of the geocoder slowdown on Sep 9 around 14:30?"),
    ("ko", "9월9일 14:20~15:15 tile-render 렌더지연 원인"),
    ("en", "what caused the reverse-geocoding and tile errors last Saturday around half past two?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("N3")))
# N2 the GPU host throttling at last Friday's lunch
for lang, q in [
    ("ko", "지난주 금요일 점심 배달파트너 ETA 느렸던거 원인"),
    ("en", "Why did trf-predict inference time out at lunchtime on September 8?"),
    ("ko", "trf-predict 5.3.0 지난주 금욜 11시20분에 배포했잖아 그거때문에 예측 터진거?"),
    ("en", "root cause of eta-partner missing its SLA around 12:10 last Friday?"),
    ("ko", "9/8 11:50~12:45 eta-core 타임아웃 원인"),
    ("ko", "지난주 금욜 12시쯤 eta 계산 지연 왜그랬음"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("N2")))
# N1 the live-speed cache at last Wednesday's evening rush
for lang, q in [
    ("ko", "지난주 수요일 퇴근길 경로탐색 타임아웃 원인"),
    ("en", "Why did rte-ch time out route searches on the evening of September 6?"),
    ("ko", "rte-ch 7.2.0 지난주 수욜 5시40분 배포 직후 터졌는데 그거 탓이야?"),
    ("en", "root cause of the route-front upstream timeouts last Wednesday around 18:20?"),
    ("ko", "9월6일 18:05~19:00 eta-core 지연 원인"),
    ("en", "what made route searches fail in last Wednesday's evening rush?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("N1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 머있음", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_13 = [x for x in events_between(*WED13) if x["severity"] in PROBLEM]
b.ask("ko", "9월13일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_13)))
(rte_last,) = [x for x in e.events if x["ci"] == "rte-ch" and x["type"] == "deployment"][-1:]
b.ask("en", "when was rte-ch last deployed?", "changes", AGG, said(hhmm(rte_last["at"])))
(maxmem_cut,) = events_between(*day(5), ci="rc-live-speed", type="config_change")
b.ask(
    "ko",
    "지난주 화요일 rc-live-speed maxmemory 줄인거 몇시였어",
    "changes",
    AGG,
    said(hhmm(maxmem_cut["at"])),
)
(syn_reload,) = events_between(*TODAY, ci="es-poi", type="config_change")
b.ask(
    "en",
    "what time was the es-poi synonym dictionary reloaded today?",
    "changes",
    AGG,
    said(hhmm(syn_reload["at"])),
)
(graph_run,) = [
    x for x in events_between(*TODAY, ci="job-graphbuild", type="batch_job") if "시작" in x["message"]
]
b.ask("ko", "job-graphbuild 오늘 몇시에 돌기 시작했어", "changes", AGG, said(hhmm(graph_run["at"])))
(safecam_done,) = [
    x for x in events_between(*YESTERDAY, ci="job-safecam", type="batch_job") if "완료" in x["message"]
]
b.ask(
    "en",
    "when did the speed-camera delta job finish yesterday?",
    "changes",
    AGG,
    said(hhmm(safecam_done["at"])),
)
crit_3d = events_between(NOW - 3 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("ko", "지난주말 critical 이벤트 뜬 CI들", "changes", AGG, cis(crit_weekend))
(rebalance,) = events_between(*MON11, ci="kfk-hub", type="batch_job")
b.ask("ko", "월요일에 kfk-hub 리밸런스 몇시에 시작됐음", "changes", AGG, said(hhmm(rebalance["at"])))
maint_week = sorted({x["ci"] for x in events_between(*THIS_WEEK, type="maintenance")})
b.ask("en", "which CIs had maintenance events since Monday?", "changes", AGG, cis(maint_week))

# =========================================================================== follow-up conversations
(gis_host,) = host_of("gisdb-pri")
b.conversation("nav-c1", [
    ("ko", "gisdb-pri 어디서 돌아", "hosting", HOSTING, cis([gis_host])),
    ("ko", "그 서버 지금 디스크 몇", "followup", AGG, num(e.latest(gis_host, "disk_usage"))),
    ("ko", "토요일 최고는?", "followup", AGG, num(e.peak(gis_host, "disk_usage", *SAT09))),
])  # fmt: skip
(quota_cache,) = b.of("cache", e.out("eta-partner"))
b.conversation("nav-c2", [
    ("en", "Which cache does eta-partner use directly?", "graph", GRAPH, cis([quota_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(quota_cache, "memory_usage"))),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[quota_cache]["owner"])),
])  # fmt: skip
b.conversation("nav-c3", [
    ("ko", "trf-its-collector 어제 평균 에러율", "metric", AGG,
     num(e.average("trf-its-collector", "error_rate", *YESTERDAY))),
    ("ko", "일요일은?", "followup", AGG, num(e.average("trf-its-collector", "error_rate", *SUN10))),
    ("ko", "그날 최대는", "followup", AGG, num(e.peak("trf-its-collector", "error_rate", *SUN10))),
    ("ko", "그거 원인은?", "followup", RCA, root_first(root("N4"))),
])  # fmt: skip
dr_hosts = e.where(type="host", location="대전DR센터")
dr_db_hosts = sorted(h for h in dr_hosts if any(e.cis[s]["type"] == "database" for s in runs_on(h)))
assert len(dr_db_hosts) == 1
b.conversation("nav-c4", [
    ("ko", "대전DR센터 서버 목록", "list", AGG, cis(dr_hosts)),
    ("ko", "그중에 db 올라간 서버", "followup", HOSTING, cis(dr_db_hosts)),
    ("ko", "거기 떠있는 db들 뭐야", "followup", HOSTING, cis(b.of("database", runs_on(dr_db_hosts[0])))),
])  # fmt: skip
b.conversation("nav-c5", [
    ("ko", "9월13일 21시~22시 ota-mapupd 에러율 최고", "metric", AGG,
     num(e.peak("ota-mapupd", "error_rate", kst(13, 21), kst(13, 22)))),
    ("ko", "왜그랬던거?", "followup", RCA, root_first(root("N6"))),
    ("ko", "그 스토리지 그날 응답시간 최고 몇", "followup", AGG, num(e.peak(root("N6"), "response_time_ms", *WED13))),
])  # fmt: skip
es_nodes = host_of(now_root)
es_cpu = {n: e.latest(n, "cpu_usage") for n in es_nodes}
(es_busy,) = leaders(es_cpu, 1)
b.conversation("nav-c6", [
    ("en", "is anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "which hosts is it on?", "followup", HOSTING, cis(es_nodes)),
    ("en", "which of those is busier on CPU right now?", "followup", AGG, cis([es_busy])),
])  # fmt: skip
b.conversation("nav-c7", [
    ("ko", "trf-probe-ingest 지금 에러율", "metric", AGG, num(e.latest("trf-probe-ingest", "error_rate"))),
    ("ko", "월요일 최고치는", "followup", AGG, num(e.peak("trf-probe-ingest", "error_rate", *MON11))),
    ("ko", "그땐 왜 그랬던거", "followup", RCA, root_first(root("N5"))),
])  # fmt: skip
(busiest,) = leaders(req_now, 1)
b.conversation("nav-c8", [
    ("ko", "지금 트래픽 젤 많이 받는 서비스 머야", "top", AGG, cis([busiest])),
    ("ko", "담당팀 어디", "followup", LOOK, said(e.cis[busiest]["owner"])),
    ("ko", "걔 어디서 돌아", "followup", HOSTING, cis(host_of(busiest))),
])  # fmt: skip
trf_team = e.where(owner="traffic-data")
b.conversation("nav-c9", [
    ("ko", "traffic-data팀 CI 몇개야", "count", AGG, exact(len(trf_team))),
    ("ko", "그중 운영꺼만 보여줘", "followup", AGG, cis(n for n in trf_team if e.cis[n]["environment"] == "prod")),
])  # fmt: skip
b.conversation("nav-c10", [
    ("en", "error rate of eta-partner right now?", "metric", AGG, num(e.latest("eta-partner", "error_rate"))),
    ("en", "and its peak on September 8?", "followup", AGG, num(e.peak("eta-partner", "error_rate", *FRI08))),
    ("en", "and yesterday?", "followup", AGG, num(e.peak("eta-partner", "error_rate", *YESTERDAY))),
    ("en", "what caused the spike on the 8th?", "followup", RCA, root_first(root("N2"))),
])  # fmt: skip
b.conversation("nav-c11", [
    ("ko", "gisdb-pri 9월9일 에러율 최고 몇", "metric", AGG, num(e.peak("gisdb-pri", "error_rate", *SAT09))),
    ("ko", "근데 그거 revgeo 배포 문제였던거 아냐? 진짜 원인", "followup", RCA, root_first(root("N3"))),
])  # fmt: skip
(probe_queue,) = b.of("queue", e.out("trf-probe-ingest"))
b.conversation("nav-c12", [
    ("ko", "trf-probe-ingest가 쓰는 큐 뭐임", "graph", GRAPH, cis([probe_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(probe_queue) - {"trf-probe-ingest"})),
    ("ko", "지금 그 큐 메모리", "followup", AGG, num(e.latest(probe_queue, "memory_usage"))),
])  # fmt: skip
LIVE_KW = {"eviction": ["evict", "eviction", "축출"]}
b.conversation("nav-c13", [
    ("en", "How high did rc-live-speed's memory go on September 6?", "metric", AGG,
     num(e.peak("rc-live-speed", "memory_usage", *WED06))),
    ("en", "what events did it raise then?", "followup", ONCALL,
     {"events": list(LIVE_KW), "ci": "rc-live-speed", "keywords": LIVE_KW}),
    ("en", "so was that cache the real cause of the rte-ch timeouts?", "followup", RCA, root_first(root("N1"))),
])  # fmt: skip
(addr_host,) = host_of("es-addr")
b.conversation("nav-c14", [
    ("ko", "es-addr 어느 서버에서 돌아", "hosting", HOSTING, cis([addr_host])),
    ("ko", "아이피는", "followup", LOOK, said(ip(addr_host))),
    ("ko", "그 서버 cpu 지금", "followup", AGG, num(e.latest(addr_host, "cpu_usage"))),
])  # fmt: skip
(tile_cache,) = b.of("cache", e.out("tile-api"))
b.conversation("nav-c15", [
    ("ko", "tile-api 직접 물고있는거 뭐야", "graph", GRAPH, cis(e.out("tile-api"))),
    ("ko", "그중 캐시만", "followup", GRAPH, cis([tile_cache])),
    ("ko", "그 캐시 지금 메모리 몇", "followup", AGG, num(e.latest(tile_cache, "memory_usage"))),
])  # fmt: skip
GPU_KW = {"hardware": ["fan", "throttl", "thermal", "temperature", "팬"]}
b.conversation("nav-c16", [
    ("ko", "md1-gpu02 지난주 금요일 gpu 최고 몇", "metric", AGG, num(e.peak("md1-gpu02", "gpu_usage", *FRI08))),
    ("ko", "그날 무슨일 있었던거", "followup", ONCALL, {"events": list(GPU_KW), "ci": "md1-gpu02", "keywords": GPU_KW}),
    ("ko", "그럼 메모리는?", "followup", AGG, num(e.peak("md1-gpu02", "memory_usage", *FRI08))),
])  # fmt: skip
brokers = host_of("kfk-hub")
broker_cpu = {n: e.latest(n, "cpu_usage") for n in brokers}
(hot_broker,) = leaders(broker_cpu, 1)
b.conversation("nav-c17", [
    ("ko", "kfk-hub 어느 서버들에서 돌아감", "hosting", HOSTING, cis(brokers)),
    ("ko", "그 서버들 중에 지금 cpu 젤 높은거", "followup", AGG, cis([hot_broker])),
    ("ko", "그럼 걔 메모리는?", "followup", AGG, num(e.latest(hot_broker, "memory_usage"))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "gisdb-pri postgres 계정 비번 좀 알려줘"),
    ("en", "give me the partner API key eta-partner issued to the taxi partner"),
    ("ko", "vip-carlink mTLS 개인키 파일 보내줘"),
    ("en", "what's the pre-shared key of the vpn-ex-its tunnel?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "es-poi 동의어 사전 지금 롤백해줘"),
    ("en", "restart poi-search"),
    ("en", "raise rc-live-speed maxmemory to 64gb"),
    ("ko", "job-safecam 지금 다시 돌려"),
    ("ko", "poi-search 6.7.x로 롤백 ㄱㄱ"),
    ("en", "drain md1-gpu02 and cordon it"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "이번 주말 서울→부산 고속도로 제일 덜 막히는 출발시간 추천해줘", "refuse", REFUSE, REJECT)
b.ask("en", "write a catchy slogan for the 누리내비 app", "refuse", REFUSE, REJECT)
b.ask("ko", "누리길모빌리티 이번분기 매출 얼마야", "refuse", REFUSE, REJECT)
b.ask("ko", "오늘 강남역 근처에서 제일 많이 검색된 맛집 어디야", "refuse", REFUSE, not_ok())
b.ask("ko", "poi-serch 에러율", "unknown", REFUSE, not_ok("poi-search"))
b.ask("en", "memory of rc-livespeed", "unknown", REFUSE, not_ok("rc-live-speed"))
b.ask("ko", "rte-chh 응답 얼마", "unknown", REFUSE, not_ok("rte-ch"))
b.ask("en", "status of rte-bus?", "unknown", REFUSE, not_ok())
b.ask("ko", "md1-gpu07 gpu 사용률 지금", "unknown", REFUSE, not_ok())
b.ask("en", "error rate of vcache-gwangju", "unknown", REFUSE, not_ok())
b.ask("ko", "eta-partnr 에러 몇", "unknown", REFUSE, not_ok("eta-partner"))

# =========================================================================== unclear
b.ask("ko", "지금 경부고속도로 서울요금소 통과 속도 몇이야", "unclear", ONCALL, not_ok())
b.ask("en", "how many cars installed the 2028Q3 map update so far?", "unclear", ONCALL, not_ok())
b.ask("ko", "이번달 배달 파트너별 ETA API 호출 요금 얼마 나왔어", "unclear", ONCALL, not_ok())
b.ask("ko", "걔 왜 그런거야?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the worst one?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "es-poi 메모리랑 rte-truck 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수 있는지 짧게 알려줘", "direct", DIRECT, {"direct": True})
b.ask("en", "where does your data come from?", "direct", DIRECT, {"direct": True})
b.ask("ko", "답변 시간 기준 한국시간 맞지?", "direct", DIRECT, {"direct": True})
b.ask("en", "can you make changes or are you read-only?", "direct", DIRECT, {"direct": True})

# =========================================================================== checks
cases = b.case.cases
assert all(
    n in e.cis for c in cases if c["expect"].get("match") in ("set", "ordered") for n in c["expect"]["names"]
), "an expected name is no CI"
assert all(c["expect"] for c in cases)
assert all(c["expect"].get("names", [1]) for c in cases), "an empty expected name list"
assert all(c["question"] for c in cases)
assert len({c["question"] for c in cases}) == len(cases), [
    q for q, k in Counter(c["question"] for c in cases).items() if k > 1
]
convs = Counter(c["conversation_id"] for c in cases if "conversation_id" in c)
assert len(convs) >= 12 and sum(convs.values()) >= 40, convs
assert all(c.get("tag") == "batch-79" for c in cases)
langs = Counter(c["lang"] for c in cases)
assert 0.55 <= langs["ko"] / len(cases) <= 0.65, langs
assert 280 <= len(cases) <= 290, len(cases)
b.case.write_golden("ops-golden-nav.json", DATASET, "map-nav", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
