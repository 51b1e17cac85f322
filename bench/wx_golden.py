"""Write tests/fixtures/ops-golden-wx.json: blind batch 36, OPS questions over the national weather service estate.

The estate (bench/wx_estate.py) is a national meteorological agency's IT (국립기상정보원): observation ingest (ASOS/AWS
stations, radar sites, the satellite downlink at 진천, upper-air soundings, buoys, lightning) into Kafka, the
observation hub on TimescaleDB and the legacy Oracle DB; the NWP runs at the 오창 supercomputer centre (PBS front,
data assimilation, the HANUL global and regional models, post-processing on Lustre) four times a day; forecast
grids and the forecasters' editor; warning dissemination (특보 hub, broadcasters, disaster agencies over IBM MQ,
earthquake early warning, SMS, aviation); the public website 날씨누리, the app, the open-data portal on ncloud; the
archive (tape, Ceph), GIS and DR replication to the 광주 backup centre. Environments prod / stg / stage / qa / dev
(stg, stage and qa are all staging); owners are teams named in Korean or English.
Now = Tuesday 2026-08-11 21:50 KST, during a 호우경보 and the 12 UTC run; seven injected incidents (X1–X7, the last
ongoing; X1 on Sunday 2 August's afternoon (weekend), X2 at midnight starting Tuesday 4 (night), X3 on Thursday 6's
morning, X4 on Friday 7's evening, X5 on Sunday 9's night (weekend), X6 yesterday (Monday) morning).
Every expected value is computed here from the written files (estate_kit.Estate and the faults file); nothing is
typed by hand except the questions. Where a loose phrase (새벽, 밤, 오전, "this morning") has several readings, only
values every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call chat: 반말, typos,
missing spaces, Korean/English mixed) and 40 % English.

    .venv/bin/python bench/wx_golden.py   # after bench/wx_estate.py
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

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
    kst_clock,
    not_ok,
    num,
    root_first,
    said,
    top,
    wrong_now,
    yes_no,
)

DATASET = "weather-kma"
NOW = datetime(2026, 8, 11, 12, 50, tzinfo=UTC)  # Tuesday 21:50 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
kst = kst_clock("2026-08")

b = Batch.over(DATASET, NOW, "wx", "batch-36")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d, 0), kst(d, 0) + timedelta(days=1)


def part(d: int, narrow: tuple[float, float], wide: tuple[float, float]) -> tuple[tuple, tuple]:
    """A loose part of day `d`, read narrowly and widely; hours past 24 run into the next day."""

    def at(h: float) -> datetime:
        return kst(d, 0) + timedelta(hours=h)

    return (at(narrow[0]), at(narrow[1])), (at(wide[0]), at(wide[1]))


def robust(ci: str, metric: str, readings: tuple[tuple, tuple], kind: str = "peak") -> float:
    (n0, n1), (w0, w1) = readings
    f = e.peak if kind == "peak" else e.low
    a, w = f(ci, metric, n0, n1), f(ci, metric, w0, w1)
    assert a == w, (ci, metric, a, w)
    return a


def prod_measured(kind: str, metric: str) -> list[str]:
    return [n for n in b.measured(kind, metric) if e.cis[n]["environment"] == "prod"]


def leaders(scores: dict[str, float], n: int, ordered: bool = False) -> list[str]:
    order = top(scores, n)
    rest = max(v for k, v in scores.items() if k not in order)
    assert scores[order[-1]] > 1.03 * rest, (order, scores[order[-1]], rest)
    if ordered:
        assert all(scores[a] > 1.01 * scores[z] for a, z in itertools.pairwise(order)), order
    return order


def ranked(scores: dict[str, float]) -> list[str]:
    order = sorted(scores, key=lambda k: -scores[k])
    assert all(scores[a] > 1.01 * scores[z] for a, z in itertools.pairwise(order)), scores
    return order


def above(
    names: list[str], metric: str, bound: float, since: datetime, until: datetime, margin: float
) -> list:
    peaks = {n: e.peak(n, metric, since, until) for n in names if e.values(n, metric, since, until)}
    near = {n: v for n, v in peaks.items() if abs(v - bound) <= margin}
    assert not near, (metric, bound, near)
    found = sorted(n for n, v in peaks.items() if v > bound)
    assert found, (metric, bound)
    return found


def happened_types(ci: str, since: datetime, until: datetime) -> set[str]:
    return {x["type"] for x in e.events if x["ci"] == ci and since <= x["at"] < until}


def events_between(since: datetime, until: datetime, **fields: str) -> list[dict]:
    return [x for x in e.events if since <= x["at"] < until and all(x[k] == v for k, v in fields.items())]


def hhmm(t: datetime) -> str:
    return t.astimezone(SEOUL).strftime("%H:%M")


def host_of(n: str) -> list[str]:
    return sorted(e.out(n, "RUNS_ON"))


def runs_on(h: str) -> list[str]:
    return sorted(e.into(h, "RUNS_ON"))


def attr_is(key: str, value, kind: str | None = None) -> list[str]:
    return sorted(
        n
        for n, c in e.cis.items()
        if c["attributes"].get(key) == value and (kind is None or c["type"] == kind)
    )


TODAY = (kst(11, 0), NOW)
YESTERDAY = day(10)  # Monday
MON, SUN, SAT, FRI, THU, WED = day(10), day(9), day(8), day(7), day(6), day(5)
LAST_TUE, LAST_MON, LAST_SUN = day(4), day(3), day(2)
THIS_WEEK = (kst(10, 0), NOW)
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
SUN2_PM = part(2, (12, 18), (14, 17))  # Sunday 2 August, afternoon
TUE4_SMALL = part(4, (0, 6), (0, 2))  # the small hours of Tuesday 4 August
THU6_AM = part(6, (6, 12.5), (9, 12.5))  # Thursday morning (the incident fades past noon)
FRI7_EVE = part(7, (17, 23), (18, 21))  # Friday evening
SUN9_NIGHT = part(9, (20, 24), (21, 23))  # Sunday night
MON10_AM = part(10, (6, 12), (9, 12))  # yesterday morning
TONIGHT = part(11, (18, 21.84), (21, 21.84))  # tonight, up to now
STAGING = sorted(n for n, c in e.cis.items() if c["environment"] in ("stg", "stage", "qa"))
ip = lambda n: e.attr(n, "ip")  # noqa: E731

# =========================================================================== attribute lookups
b.ask("ko", "gwanchuk-hub 버전 머임", "attribute", LOOK, said(e.attr("gwanchuk-hub", "version")))
b.ask("ko", "asos-aws-rcv 관측소 몇개 붙어있어", "attribute", LOOK, exact(e.attr("asos-aws-rcv", "stations")))
b.ask("en", "how many radars does rdr-ingest take volumes from?", "attribute", LOOK,
      exact(e.attr("rdr-ingest", "radars")))  # fmt: skip
b.ask("ko", "레이더 스캔주기 몇분으로 돼있지 rdr-ingest", "attribute", LOOK,
      exact(e.attr("rdr-ingest", "scan_interval_min")))  # fmt: skip
b.ask("en", "What resolution does hanul-gdps run at (km)?", "attribute", LOOK,
      exact(e.attr("hanul-gdps", "resolution_km")))  # fmt: skip
b.ask(
    "ko", "전지구모델 예보기간 몇시간까지 돌려", "attribute", LOOK, exact(e.attr("hanul-gdps", "forecast_h"))
)
b.ask("ko", "redis-teukbo maxmemory 몇기가", "attribute", LOOK, exact(e.attr("redis-teukbo", "maxmemory_gb")))
b.ask(
    "en",
    "eviction policy on redis-teukbo?",
    "attribute",
    LOOK,
    said(e.attr("redis-teukbo", "maxmemory_policy")),
)
b.ask("ko", "mq-jaenan 큐매니저 이름", "attribute", LOOK, said(e.attr("mq-jaenan", "qmgr")))
b.ask(
    "ko", "재난기관 연계 채널명 머였더라 mq-jaenan", "attribute", LOOK, said(e.attr("mq-jaenan", "channel"))
)
b.ask("en", "When does the certificate on l7-opendata expire?", "attribute", LOOK,
      said(e.attr("l7-opendata", "cert_expiry")))  # fmt: skip
b.ask(
    "ko", "tsdb-aws 압축잡 몇시에 돌게 돼있어", "attribute", LOOK, said(e.attr("tsdb-aws", "compression_job"))
)
b.ask("ko", "ora_obsdb SID", "attribute", LOOK, said(e.attr("ora_obsdb", "sid")))
b.ask("ko", "pg-yebo max_connections 얼마", "attribute", LOOK, exact(e.attr("pg-yebo", "max_connections")))
b.ask("en", "what's the IP of dj-r14-s02?", "attribute", LOOK, said(ip("dj-r14-s02")))
b.ask("ko", "kfk-gwanchuk 브로커 몇대야", "attribute", LOOK, exact(e.attr("kfk-gwanchuk", "brokers")))
b.ask("ko", "rmq-radar disk_free_limit 설정 몇기가", "attribute", LOOK,
      exact(e.attr("rmq-radar", "disk_free_limit_gb")))  # fmt: skip
b.ask(
    "en",
    "how many agencies does jaenan-link deliver to?",
    "attribute",
    LOOK,
    exact(e.attr("jaenan-link", "agencies")),
)
b.ask("ko", "push-wx 구독자수", "attribute", LOOK, exact(e.attr("push-wx", "subscribers")))
b.ask("en", "who owns byeol-l1b?", "attribute", LOOK, said(e.cis["byeol-l1b"]["owner"]))
b.ask(
    "en", "tape_arch_bat schedule?", "attribute", LOOK, said(e.attr("tape_arch_bat", "schedule").split()[-1])
)
b.ask("ko", "kreonet-och 회선번호 알려줘", "attribute", LOOK, said(e.attr("kreonet-och", "circuit")))
b.ask("ko", "nowcast-qpf 모델 뭐씀", "attribute", LOOK, said(e.attr("nowcast-qpf", "model")))
b.ask("en", "What's the open API daily quota per key on opendata-api?", "attribute", LOOK,
      exact(e.attr("opendata-api", "daily_quota")))  # fmt: skip
b.ask("ko", "동네예보 격자 해상도 몇키로 yebo-grid", "attribute", LOOK, exact(e.attr("yebo-grid", "grid_km")))

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "대전주센터에 있는 CI 몇개", "count", AGG, exact(len(e.where(location="대전주센터"))))
b.ask("en", "list everything at 오창HPC", "list", AGG, cis(e.where(location="오창HPC")))
b.ask("ko", "광주백업센터 장비 뭐뭐있어", "list", AGG, cis(e.where(location="광주백업센터")))
b.ask("en", "how many CIs run in ncloud-kr?", "count", AGG, exact(len(e.where(location="ncloud-kr"))))
b.ask("ko", "진천위성센터엔 머있냐", "list", AGG, cis(e.where(location="진천위성센터")))
radar_sites = sorted(n for n, c in e.cis.items() if c["location"].endswith("레이더"))
b.ask("ko", "레이더 사이트 서버들 목록", "list", AGG, cis(radar_sites))
b.ask("ko", "스테이징 환경 CI 전부", "list", AGG, cis(STAGING))
b.ask("en", "how many CIs are in staging (stg, stage or qa)?", "count", AGG, exact(len(STAGING)))
b.ask("en", "How many prod CIs are there?", "count", AGG, exact(len(e.where(environment="prod"))))
b.ask("ko", "점검중인 장비", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "which CIs are retired?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "캐시 다 보여줘", "list", AGG, cis(e.of_type("cache")))
b.ask("en", "what queues do we run?", "list", AGG, cis(e.of_type("queue")))
b.ask("ko", "운영 db 몇개임", "count", AGG, exact(len(e.of_type("database", "prod"))))
pgs = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("ko", "postgresql 엔진 db 목록", "list", AGG, cis(pgs))
b.ask("ko", "LB 뭐뭐 있어", "list", AGG, cis(e.of_type("load_balancer")))
b.ask("ko", "DB운영팀 소유 CI 몇개", "count", AGG, exact(len(e.where(owner="DB운영팀"))))
b.ask("ko", "특보전달팀 서비스 목록", "list", AGG, cis(e.where(type="service", owner="특보전달팀")))
b.ask(
    "en", "which services does radar-ops own?", "list", AGG, cis(e.where(type="service", owner="radar-ops"))
)
b.ask(
    "ko", "web-portal 팀 서비스 몇개", "count", AGG, exact(len(e.where(type="service", owner="web-portal")))
)
b.ask("ko", "관측정보팀 담당 서비스 뭐뭐", "list", AGG, cis(e.where(type="service", owner="관측정보팀")))
vsphere = attr_is("hypervisor", "VMware vSphere 8.0U2")
b.ask("en", "which hosts are VMware VMs?", "list", AGG, cis(vsphere))
r760 = attr_is("model", "Dell PowerEdge R760")
b.ask("ko", "델 R760 서버 어디어디", "list", AGG, cis(r760))
ib = attr_is("interconnect", "InfiniBand NDR 400")
b.ask("en", "which hosts have an InfiniBand interconnect?", "list", AGG, cis(ib))
kr2 = sorted(n for n in e.of_type("host") if e.cis[n]["attributes"].get("zone") == "KR-2")
b.ask("ko", "ncloud KR-2 존에 있는 vm들", "list", AGG, cis(kr2))
java = sorted(n for n in e.of_type("service") if e.cis[n]["attributes"].get("lang") == "java")
b.ask("en", "how many services are written in Java?", "count", AGG, exact(len(java)))
gos = sorted(n for n in e.of_type("service") if e.cis[n]["attributes"].get("lang") == "go")
b.ask("ko", "go로 된 서비스", "list", AGG, cis(gos))
redis = sorted(n for n in e.of_type("cache", "prod") if e.attr(n, "engine") == "redis")
b.ask(
    "ko", "운영 redis maxmemory 총합 몇기가", "sum", AGG, exact(sum(e.attr(n, "maxmemory_gb") for n in redis))
)
b.ask("en", "total capacity in PB of the storage at 오창HPC", "sum", AGG,
      exact(sum(e.attr(n, "capacity_pb") for n in e.where(type="storage", location="오창HPC"))))  # fmt: skip
insts = sorted(n for n in e.of_type("service", "prod") if e.cis[n]["attributes"].get("instances", 0) >= 4)
b.ask("ko", "인스턴스 4개 이상인 운영 서비스", "list", AGG, cis(insts))

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "tsdb-aws 지금 에러율", "metric", AGG, num(e.latest("tsdb-aws", "error_rate")))
b.ask("en", "current error rate of gwanchuk-hub?", "metric", AGG, num(e.latest("gwanchuk-hub", "error_rate")))
b.ask(
    "en",
    "nalssi-api requests per second right now",
    "metric",
    AGG,
    num(e.latest("nalssi-api", "request_rate")),
)
b.ask(
    "ko",
    "nowcast-qpf 응답시간 지금 얼마나와",
    "metric",
    AGG,
    num(e.latest("nowcast-qpf", "response_time_ms")),
)
b.ask("ko", "dj-r03-s08 디스크 몇프로", "metric", AGG, num(e.latest("dj-r03-s08", "disk_usage")))
b.ask("ko", "최근 1시간 gwanchuk-hub 평균 에러율", "metric", AGG,
      num(e.average("gwanchuk-hub", "error_rate", NOW - H)))  # fmt: skip
b.ask("en", "average response time of nalssi-web over the last 3 hours", "metric", AGG,
      num(e.average("nalssi-web", "response_time_ms", NOW - 3 * H)))  # fmt: skip
b.ask("ko", "지난 30분 tsdb-aws 응답 피크", "metric", AGG,
      num(e.peak("tsdb-aws", "response_time_ms", NOW - H / 2)))  # fmt: skip
b.ask("en", "peak nalssi-api request rate in the last 24 hours", "metric", AGG,
      num(e.peak("nalssi-api", "request_rate", NOW - 24 * H)))  # fmt: skip
b.ask(
    "ko",
    "오늘밤 nalssi-api 에러율 최고 얼마찍음",
    "metric",
    AGG,
    num(robust("nalssi-api", "error_rate", TONIGHT)),
)
b.ask("ko", "8월2일 일욜 오후 lustre-och-scratch 응답 최대", "metric", AGG,
      num(robust("lustre-och-scratch", "response_time_ms", SUN2_PM)))  # fmt: skip
b.ask("en", "How high did hanul-post's error rate go on Sunday afternoon, August 2?", "metric", AGG,
      num(robust("hanul-post", "error_rate", SUN2_PM)))  # fmt: skip
b.ask(
    "ko",
    "목욜 오전 redis-teukbo 메모리 최고치",
    "metric",
    AGG,
    num(robust("redis-teukbo", "memory_usage", THU6_AM)),
)
b.ask("en", "teukbo-hub's worst error rate on Thursday morning", "metric", AGG,
      num(robust("teukbo-hub", "error_rate", THU6_AM)))  # fmt: skip
b.ask("ko", "금요일 저녁 rdr-composite 에러율 최대", "metric", AGG,
      num(robust("rdr-composite", "error_rate", FRI7_EVE)))  # fmt: skip
b.ask("en", "disk peak of the host rmq-radar runs on, Friday evening", "metric", AGG,
      num(robust(host_of("rmq-radar")[0], "disk_usage", FRI7_EVE)))  # fmt: skip
b.ask(
    "ko",
    "일요일밤 pg-yebo 응답시간 최고",
    "metric",
    AGG,
    num(robust("pg-yebo", "response_time_ms", SUN9_NIGHT)),
)
b.ask(
    "en",
    "yebo-desk peak error rate on Sunday night",
    "metric",
    AGG,
    num(robust("yebo-desk", "error_rate", SUN9_NIGHT)),
)
b.ask("ko", "어제 오전 dj-r09-s11 cpu 최고", "metric", AGG, num(robust("dj-r09-s11", "cpu_usage", MON10_AM)))
b.ask("en", "byeol-l1b's highest response time yesterday morning", "metric", AGG,
      num(robust("byeol-l1b", "response_time_ms", MON10_AM)))  # fmt: skip
b.ask(
    "ko",
    "어제 nalssi-web 평균 응답",
    "metric",
    AGG,
    num(e.average("nalssi-web", "response_time_ms", *YESTERDAY)),
)
b.ask("en", "what was jido-tile's average request rate yesterday?", "metric", AGG,
      num(e.average("jido-tile", "request_rate", *YESTERDAY)))  # fmt: skip
b.ask(
    "ko", "오늘 아침 9시쯤 dj-r03-s08 디스크", "metric", AGG, e.around("dj-r03-s08", "disk_usage", kst(11, 9))
)
b.ask("en", "nas-rdr-raw disk usage around noon on Wednesday", "metric", AGG,
      e.around("nas-rdr-raw", "disk_usage", kst(5, 12)))  # fmt: skip
tsdb_since = e.since_above("tsdb-aws", "error_rate", 2.0)
b.ask("ko", "tsdb-aws 에러 2% 넘은지 언제부터임", "metric", AGG, said(hhmm(tsdb_since)))
hub_since = e.since_above("gwanchuk-hub", "error_rate", 10.0)
b.ask("en", "since when has gwanchuk-hub been above 10% errors?", "metric", AGG, said(hhmm(hub_since)))
b.ask("ko", "오늘 새벽 dj-r14-s05 cpu 최고 (테이프 아카이브때)", "metric", AGG,
      num(robust("dj-r14-s05", "cpu_usage", part(11, (0, 6), (0.5, 4)))))  # fmt: skip

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_week = above(prod_hosts_cpu, "cpu_usage", 60.0, *WEEK, 1.5)
b.ask("ko", "최근 7일 cpu 60 넘은적 있는 서버", "threshold", AGG, cis(hot_week))
err_thu = above(prod_measured("service", "error_rate"), "error_rate", 5.0, *THU, 0.5)
b.ask("en", "Which services went above 5% errors on Thursday?", "threshold", AGG, cis(err_thu))
err_fri = above(prod_measured("service", "error_rate"), "error_rate", 8.0, *FRI, 0.5)
b.ask("ko", "금요일에 에러율 8% 넘었던 서비스", "threshold", AGG, cis(err_fri))
slow_db_sun = above(prod_measured("database", "response_time_ms"), "response_time_ms", 15.0, *SUN, 1.0)
b.ask("ko", "9일 일요일 응답 15ms 넘은 db", "threshold", AGG, cis(slow_db_sun))
cache_mem = above(prod_measured("cache", "memory_usage"), "memory_usage", 90.0, *TEN_DAYS, 1.0)
b.ask("en", "which caches went over 90% memory in the last 10 days?", "threshold", AGG, cis(cache_mem))
disk_hosts = prod_measured("host", "disk_usage")
disk_75 = above(disk_hosts, "disk_usage", 75.0, *TEN_DAYS, 1.0)
b.ask("ko", "열흘동안 디스크 75 넘은적 있는 서버들", "threshold", AGG, cis(disk_75))
assert e.peak("dj-r03-s08", "disk_usage", *TEN_DAYS) < 80.0
b.ask("ko", "dj-r03-s08 디스크 80 넘은적있음? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("redis-teukbo", "memory_usage", *WEEK) > 95.0
b.ask("en", "did redis-teukbo memory go above 90% this past week?", "threshold", AGG, yes_no(True))
assert e.peak("pg-teukbo", "response_time_ms", *TEN_DAYS) < 20.0
b.ask("ko", "pg-teukbo 응답 50ms 넘은적 있어? 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("mq-jaenan", "error_rate", *TEN_DAYS) > 5.0
b.ask("en", "Has mq-jaenan's error rate been above 5% in the last 10 days?", "threshold", AGG, yes_no(True))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host has the highest CPU right now?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 젤 많이 찬 서버 2개", "top", AGG, cis(leaders(host_disk_now, 2)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("en", "top 3 services by request rate right now", "top", AGG, cis(leaders(req_now, 3)))
svc_err_mon = {n: e.peak(n, "error_rate", *MON) for n in prod_measured("service", "error_rate")}
b.ask("ko", "어제 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_mon, 1)))
svc_err_sun2 = {n: e.peak(n, "error_rate", *LAST_SUN) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the worst error peak on August 2?", "top", AGG, cis(leaders(svc_err_sun2, 1)))
db_rt_sun = {n: e.peak(n, "response_time_ms", *SUN) for n in prod_measured("database", "response_time_ms")}
b.ask("ko", "9일 응답시간 피크 젤 컸던 db", "top", AGG, cis(leaders(db_rt_sun, 1)))
svc_rt_avg = {
    n: e.average(n, "response_time_ms", *YESTERDAY) for n in prod_measured("service", "response_time_ms")
}
b.ask("en", "which service was slowest on average yesterday?", "top", AGG, cis(leaders(svc_rt_avg, 1)))
web_now = {n: e.latest(n, "error_rate") for n in ("nalssi-web", "nalssi-api")}
b.ask("ko", "nalssi-web nalssi-api 지금 에러 어디가 더 높음", "compare", AGG, cis(leaders(web_now, 1)))
gd_rd = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("hanul-gdps", "hanul-rdps")}
b.ask(
    "en",
    "hanul-gdps vs hanul-rdps: which was slower on average yesterday?",
    "compare",
    AGG,
    cis(leaders(gd_rd, 1)),
)
trio = ["nalssi-api", "nalssi-bff", "nalssi-web"]
trio_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in trio}
b.ask("ko", "nalssi-api nalssi-bff nalssi-web 어제 평균 요청량 많은순으로", "compare", AGG,
      cis(ranked(trio_avg), "ordered"))  # fmt: skip
tsdb_hosts = host_of("tsdb-aws")
tsdb_cpu = {n: e.latest(n, "cpu_usage") for n in tsdb_hosts}
b.ask("en", f"compare the current CPU of {' and '.join(tsdb_hosts)} - which is higher?", "compare", AGG,
      cis(leaders(tsdb_cpu, 1)))  # fmt: skip
rdr_disk = {n: e.latest(n, "disk_usage") for n in ("rdr-gwk-01", "rdr-ojs-01", "rdr-gsn-01")}
b.ask("ko", "관악산 오성산 고산 레이더서버 중 디스크 젤 높은거", "compare", AGG, cis(leaders(rdr_disk, 1)))

# =========================================================================== graph, hosting, paths
b.ask("ko", "yebo-desk 뭐뭐 물고있어", "graph", GRAPH, cis(e.out("yebo-desk")))
b.ask("en", "What are the direct dependencies of nalssi-api?", "graph", GRAPH, cis(e.out("nalssi-api")))
b.ask("ko", "hanul-post 직접 의존하는거", "graph", GRAPH, cis(e.out("hanul-post")))
b.ask("en", "who calls rmq-teukbo directly?", "graph", GRAPH, cis(e.into("rmq-teukbo")))
b.ask("ko", "tsdb-aws 쓰는 애들", "graph", GRAPH, cis(e.into("tsdb-aws")))
b.ask("en", "which services use ora_obsdb directly?", "graph", GRAPH, cis(e.into("ora_obsdb")))
b.ask(
    "ko",
    "lustre-och-scratch 직접 쓰는거 몇개",
    "count",
    COUNT_GRAPH,
    exact(len(e.into("lustre-och-scratch"))),
)
b.ask("en", "blast radius if redis-teukbo goes down?", "impact", GRAPH, cis(e.impact("redis-teukbo")))
b.ask("ko", "mq-jaenan 죽으면 영향범위", "impact", GRAPH, cis(e.impact("mq-jaenan")))
b.ask("ko", "kreonet-och 끊기면 어디까지 영향감", "impact", GRAPH, cis(e.impact("kreonet-och")))
b.ask("en", "what's impacted if dj-r09-s11 dies?", "impact", GRAPH, cis(e.impact("dj-r09-s11")))
b.ask("ko", "nalssi-bff 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("nalssi-bff")))
b.ask("en", "everything that depends on tsdb-aws, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("tsdb-aws")))  # fmt: skip
b.ask("ko", "yebo-grid 타고 내려가면 나오는 스토리지 전부", "graph", GRAPH,
      cis(b.of("storage", e.depends_closure("yebo-grid"))))  # fmt: skip
b.ask("en", "which databases does yebo-desk end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("yebo-desk"))))  # fmt: skip
b.ask(
    "ko",
    "hanul-gdps 밑에 깔린 큐들 (간접포함)",
    "graph",
    GRAPH,
    cis(b.of("queue", e.depends_closure("hanul-gdps"))),
)
b.ask("ko", "dj-r11-s06 에 뭐 돌아", "hosting", HOSTING, cis(runs_on("dj-r11-s06")))
b.ask("en", "What runs on dj-r14-s03?", "hosting", HOSTING, cis(runs_on("dj-r14-s03")))
b.ask("ko", "ncp-app-vm01에 올라간거", "hosting", HOSTING, cis(runs_on("ncp-app-vm01")))
b.ask("ko", "tsdb-aws 어느 서버들에서 돌아", "hosting", HOSTING, cis(host_of("tsdb-aws")))
b.ask("en", "which nodes does hanul-post run on?", "hosting", HOSTING, cis(host_of("hanul-post")))
b.ask("en", "what do yebo-grid and yebo-desk both depend on directly?", "graph", GRAPH,
      cis(e.out("yebo-grid") & e.out("yebo-desk")))  # fmt: skip
b.ask(
    "ko",
    "jaenan-link랑 jijin-alert 둘다 직접 쓰는거",
    "graph",
    GRAPH,
    cis(e.out("jaenan-link") & e.out("jijin-alert")),
)
b.ask("ko", "nalssi-bff에서 tsdb-aws까지 몇홉", "path", GRAPH, exact(e.hop_count("nalssi-bff", "tsdb-aws")))
b.ask("en", "how many hops from yebo-desk to lustre-och-scratch?", "path", GRAPH,
      exact(e.hop_count("yebo-desk", "lustre-och-scratch")))  # fmt: skip
b.ask("ko", "hanggong-wx → kfk-gwanchuk 경로", "path", GRAPH,
      cis(e.shortest_path("hanggong-wx", "kfk-gwanchuk"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from data-portal down to obj-arch", "path", GRAPH,
      cis(e.shortest_path("data-portal", "obj-arch"), "ordered"))  # fmt: skip
b.ask("ko", "hanul-rdps에서 byeol-rx까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("hanul-rdps", "byeol-rx"), "ordered"))  # fmt: skip
assert e.reaches("yebo-desk", "sat-raid01")
b.ask("ko", "yebo-desk가 sat-raid01까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("opendata-api", "tsdb-aws")
b.ask("en", "Does opendata-api depend on tsdb-aws in any way?", "graph", GRAPH, yes_no(False))
assert host_of("teukbo-hub") == ["dj-r11-s05"] and "dj-r11-s05" in host_of("jijin-alert")
b.ask("ko", "teukbo-hub랑 jijin-alert 같은 서버에 떠있지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("nowcast-qpf")) & set(host_of("hanul-post"))
b.ask("en", "Is nowcast-qpf on the same node as hanul-post?", "hosting", HOSTING, yes_no(False))
lustre_hosts = sorted(s for s, t, k in e.rels if t == "lustre-och-scratch" and k == "CONNECTS_TO")
b.ask("ko", "lustre-och-scratch 마운트한 노드들", "graph", GRAPH_OR_LOOK, cis(lustre_hosts))
rdr_feeders = sorted(s for s, t, k in e.rels if t == "rdr-ingest" and k == "CONNECTS_TO")
b.ask("en", "which radar site servers send to rdr-ingest?", "graph", GRAPH_OR_LOOK, cis(rdr_feeders))
assert e.out("cdn-nalssi", "CONNECTS_TO") == {"nalssi-web", "jido-tile"}
b.ask("ko", "cdn-nalssi 오리진 어디어디", "graph", GRAPH_OR_LOOK, cis(e.out("cdn-nalssi", "CONNECTS_TO")))

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
b.ask("ko", "지금 뭐 터졌어?", "wrong_now", ONCALL, WN)
b.ask("en", "anything on fire right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "호우경보 떠서 관측자료 늦다고 예보국 전화옴 지금 장애현황 알려줘", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 알람 요약좀;;", "wrong_now", ONCALL, WN)
b.ask("en", "just got paged during the 12UTC run - what's unhealthy?", "wrong_now", ONCALL, WN)
assert e.warns("tsdb-aws") and e.warns("gwanchuk-hub") and e.warns("nowcast-qpf")
assert not any(e.warns(n) for n in ("redis-teukbo", "rmq-radar", "pg-yebo", "mq-jaenan", "lustre-och-scratch",
                                    "teukbo-hub", "yebo-desk", "dj-r09-s11", "hanul-post"))  # fmt: skip
b.ask("ko", "tsdb-aws 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is redis-teukbo healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "pg-yebo 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "gwanchuk-hub OK at the moment?", "health", ONCALL, yes_no(False))
b.ask("ko", "teukbo-hub 상태 괜춘?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "8월2일 오후 lustre-och-scratch 무슨일 있었어?", "lustre-och-scratch", SUN2_PM[0],
         {"metadata": ["metadata", "MDS", "MDT", "LNet"]})  # fmt: skip
happened("en", "what happened to mq-jaenan around midnight going into August 4?", "mq-jaenan", TUE4_SMALL[0],
         {"tls": ["SSL", "certificate", "cert", "AMQ9633", "인증서"], "config_change": ["config", "인증서", "REFRESH", "certificate"]})  # fmt: skip
happened("ko", "목요일 오전 redis-teukbo 이벤트 뭐떴어", "redis-teukbo", THU6_AM[0],
         {"memory": ["memory", "maxmemory", "OOM", "메모리"], "config_change": ["config", "maxmemory", "TTL"]})  # fmt: skip
happened("en", "What happened with rmq-radar on Friday?", "rmq-radar", FRI,
         {"disk": ["disk", "디스크", "alarm"], "config_change": ["config", "purge", "limit"]})  # fmt: skip
happened("ko", "일욜밤 pg-yebo 뭔일", "pg-yebo", SUN9_NIGHT[0],
         {"vacuum": ["vacuum", "wraparound"], "lock_wait": ["lock", "waiting", "락"]})  # fmt: skip
happened("ko", "어제 오전 dj-r09-s11 무슨 이벤트", "dj-r09-s11", MON10_AM[0],
         {"network": ["network", "bond", "link", "flapping", "ens2f1", "LACP"], "config_change": ["config", "SFP", "shutdown"]})  # fmt: skip
happened("en", "what's been going on with tsdb-aws today?", "tsdb-aws", TODAY,
         {"write_stall": ["stall", "insert latency", "WAL", "적재 지연"], "checkpoint": ["checkpoint"]})  # fmt: skip
happened("ko", "이번주 l7-opendata 경고 뭐야", "l7-opendata", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip
happened("en", "anything notable on rdr-bny-01 in the last 10 days?", "rdr-bny-01", TEN_DAYS,
         {"maintenance": ["maintenance", "점검", "정기점검"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# X7 (ongoing) tsdb-aws write stall
for lang, q in [
    ("ko", "지금 관측자료 적재 밀리는거 원인 머야"),
    ("en", "Why is gwanchuk-hub failing right now?"),
    ("ko", "gwanchuk-hub 9시5분에 배포하고 터졌는데 배포 탓이지?"),
    ("ko", "30분전부터 nowcast-qpf 입력 stale 왜이럼"),
    ("en", "what's behind the aws_qc_bat delay tonight?"),
    ("ko", "최근 30분 장애 원인분석 부탁"),
    ("en", "real-time observations on nalssi-api are timing out since about 21:40 - root cause?"),
    ("ko", "호우땜에 트래픽 몰려서 그런거임? 지금 장애 진짜 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("X7")))
# X6 dj-r09-s11 NIC flapping
for lang, q in [
    ("ko", "어제 오전 위성 L1B 처리 누락된거 원인"),
    ("en", "Why did byeol-l1b miss full-disk scans yesterday morning?"),
    ("ko", "byeol-l1b 4.4.0 배포하고 바로 터졌던데 배포때문임?"),
    ("en", "root cause of the byeol-prod delays around 09:40 on August 10?"),
    ("ko", "8/10 9시반~10시반 dongwha-prep 위성자료 미도착 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("X6")))
# X5 pg-yebo autovacuum lock
for lang, q in [
    ("ko", "일요일밤 예보관 편집기 멈춘거 왜그랬어"),
    ("en", "Why did yebo-desk time out on Sunday night?"),
    ("ko", "yebo-desk 5.2.1 배포 직후에 터졌는데 배포 문제 아님?"),
    ("ko", "8월9일 21시 반쯤 yebo-grid 격자 import 멈춘 원인"),
    ("en", "what made hanggong-wx slow around 21:40 on August 9?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("X5")))
# X4 rmq-radar disk alarm
for lang, q in [
    ("ko", "금욜 저녁 레이더 합성영상 안나온거 원인"),
    ("en", "Why did rdr-composite stop producing composites on Friday evening?"),
    ("ko", "rdr-composite 5.0.3 배포하고 20분만에 죽었는데 배포탓?"),
    ("ko", "8/7 18시 반쯤 nowcast-qpf 레이더 입력 지연 원인 뭐였음"),
    ("en", "root cause of the rdr-ingest publish failures during Friday's heavy rain?"),
    ("ko", "호우때 레이더 집중관측해서 부하로 터진거야? 진짜 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("X4")))
# X3 redis-teukbo maxmemory
for lang, q in [
    ("ko", "목요일 오전 폭염특보때 특보전파 실패한거 원인"),
    ("en", "Why did teukbo-hub fail to record dissemination state on Thursday morning?"),
    ("ko", "teukbo-hub 3.8.0 배포하고 20분뒤 터졌던데 그거때문?"),
    ("en", "what caused the nalssi-api 5xx around 11:10 on August 6?"),
    ("ko", "8월6일 11시~12시 nalssi-bff 특보배너 실패 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("X3")))
# X2 mq-jaenan certificate (night)
for lang, q in [
    ("ko", "4일 자정쯤 재난기관 연계 끊긴거 원인"),
    ("en", "Why did jaenan-link fail to deliver right after midnight on August 4?"),
    ("ko", "8/4 새벽 0시 jijin-alert 기관전송 실패 왜"),
    ("en", "root cause of the disaster-agency link outage on the night of August 3 to 4?"),
    ("ko", "jaenan-link 새벽에 에러 40% 넘게 찍은거 앱 문제야 아님 딴데야"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("X2")))
# X1 lustre-och-scratch MDS (weekend afternoon)
for lang, q in [
    ("ko", "8월2일 일요일 오후 06UTC 후처리 밀린거 원인"),
    ("en", "Why did hanul-post stall on Sunday afternoon, August 2?"),
    ("ko", "지난주 일욜 오후 3시반쯤 hanul-gdps 출력 지연 원인이 뭐야"),
    ("en", "root cause of yebo-grid missing its inputs around 15:40 on August 2?"),
    ("ko", "8/2 15:20~16:15 후처리 장애 왜남"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("X1")))

# =========================================================================== changes and events
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포된거 머있음", "changes", AGG, cis(deploys_today))
prob_fri = [x for x in events_between(*FRI) if x["severity"] in PROBLEM]
b.ask("ko", "금요일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_fri)))
(hub_last,) = [x for x in e.events if x["ci"] == "gwanchuk-hub" and x["type"] == "deployment"][-1:]
b.ask("en", "when was gwanchuk-hub last deployed?", "changes", AGG, said(hhmm(hub_last["at"])))
(tsdb_change,) = events_between(*SUN, ci="tsdb-aws", type="config_change")
b.ask("ko", "일요일에 tsdb-aws 설정 바꾼거 몇시", "changes", AGG, said(hhmm(tsdb_change["at"])))
crit_5d = events_between(NOW - 5 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 5 days", "changes", AGG,
      cis({x["ci"] for x in crit_5d}))  # fmt: skip
config_week = sorted({x["ci"] for x in events_between(*WEEK, type="config_change")})
b.ask("ko", "최근 일주일 설정변경 있었던 CI 목록", "changes", AGG, cis(config_week))
(gdps_12,) = events_between(*TODAY, ci="hanul-gdps", type="job_start")[-1:]
b.ask("ko", "오늘 12utc 런 hanul-gdps 몇시에 시작했어", "changes", AGG, said(hhmm(gdps_12["at"])))
(arch_done,) = [
    x for x in events_between(*TODAY, ci="tape_arch_bat", type="batch_job") if "완료" in x["message"]
]
b.ask(
    "en", "what time did last night's tape archive batch finish?", "changes", AGG, said(hhmm(arch_done["at"]))
)
post_today = events_between(*TODAY, ci="hanul-post", type="job_start")
b.ask("ko", "오늘 hanul-post 후처리 몇번 돌았어", "changes", AGG, exact(len(post_today)))
warn_issued = events_between(*TEN_DAYS, type="warning_issued")
b.ask("en", "how many warning issuances (특보 발표) are on record in the last 10 days?", "changes", AGG,
      exact(len(warn_issued)))  # fmt: skip
(mq_change,) = events_between(*LAST_MON, ci="mq-jaenan", type="config_change")
b.ask("ko", "8/3 mq-jaenan 인증서 작업 몇시에 했음", "changes", AGG, said(hhmm(mq_change["at"])))

# =========================================================================== follow-up conversations
b.conversation("wx-c1", [
    ("ko", "tsdb-aws 어디서 돌아", "hosting", HOSTING, cis(tsdb_hosts)),
    ("ko", "둘중에 cpu 높은거", "followup", AGG, cis(leaders(tsdb_cpu, 1))),
    ("ko", "걔 디스크는", "followup", AGG, num(e.latest(leaders(tsdb_cpu, 1)[0], "disk_usage"))),
])  # fmt: skip
(bff_warn_cache,) = b.of("cache", e.out("nalssi-api") & e.out("teukbo-hub"))
b.conversation("wx-c2", [
    ("en", "Which cache do nalssi-api and teukbo-hub share?", "graph", GRAPH, cis([bff_warn_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(bff_warn_cache, "memory_usage"))),
    ("en", "and who owns it?", "followup", LOOK, said(e.cis[bff_warn_cache]["owner"])),
])  # fmt: skip
b.conversation("wx-c3", [
    ("ko", "teukbo-hub 어제 평균 에러율", "metric", AGG, num(e.average("teukbo-hub", "error_rate", *YESTERDAY))),
    ("ko", "목요일은?", "followup", AGG, num(e.average("teukbo-hub", "error_rate", *THU))),
    ("ko", "목욜 최대는", "followup", AGG, num(e.peak("teukbo-hub", "error_rate", *THU))),
    ("ko", "그거 원인 머였음", "followup", RCA, root_first(root("X3"))),
])  # fmt: skip
och_hosts = e.where(type="host", location="오창HPC")
b.conversation("wx-c4", [
    ("en", "Which hosts are at 오창HPC?", "list", AGG, cis(och_hosts)),
    ("en", "which of those are post-processing nodes?", "followup", AGG,
     cis(n for n in och_hosts if "후처리" in e.cis[n]["attributes"].get("role", ""))),
])  # fmt: skip
b.conversation("wx-c5", [
    ("ko", "8월7일 18시부터 20시까지 rdr-composite 응답 최고", "metric", AGG,
     num(e.peak("rdr-composite", "response_time_ms", kst(7, 18), kst(7, 20)))),
    ("ko", "왜 그랬던거임", "followup", RCA, root_first(root("X4"))),
])  # fmt: skip
b.conversation("wx-c6", [
    ("en", "is anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "what's its CPU now?", "followup", AGG, num(e.latest(now_root, "cpu_usage"))),
])  # fmt: skip
b.conversation("wx-c7", [
    ("ko", "yebo-desk 지금 에러율", "metric", AGG, num(e.latest("yebo-desk", "error_rate"))),
    ("ko", "일요일 최고치는", "followup", AGG, num(e.peak("yebo-desk", "error_rate", *SUN))),
    ("ko", "그땐 왜그랬어", "followup", RCA, root_first(root("X5"))),
])  # fmt: skip
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation("wx-c8", [
    ("ko", "지금 응답 젤 느린 서비스 뭐야", "top", AGG, cis([slowest])),
    ("ko", "담당팀은", "followup", LOOK, said(e.cis[slowest]["owner"])),
])  # fmt: skip
warn_team = e.where(owner="특보전달팀")
b.conversation("wx-c9", [
    ("ko", "특보전달팀 CI 몇개", "count", AGG, exact(len(warn_team))),
    ("ko", "그중 큐만", "followup", AGG, cis(n for n in warn_team if e.cis[n]["type"] == "queue")),
])  # fmt: skip
b.conversation("wx-c10", [
    ("en", "error rate of jaenan-link right now?", "metric", AGG, num(e.latest("jaenan-link", "error_rate"))),
    ("en", "and its peak on August 4?", "followup", AGG, num(e.peak("jaenan-link", "error_rate", *LAST_TUE))),
    ("en", "what caused that?", "followup", RCA, root_first(root("X2"))),
])  # fmt: skip
b.conversation("wx-c11", [
    ("ko", "byeol-l1b 어제 에러율 최고 몇", "metric", AGG, num(e.peak("byeol-l1b", "error_rate", *MON))),
    ("ko", "근데 그게 배포 때문이었어? 진짜 원인", "followup", RCA, root_first(root("X6"))),
])  # fmt: skip
(radar_queue,) = b.of("queue", e.out("rdr-composite"))
b.conversation("wx-c12", [
    ("ko", "rdr-composite가 쓰는 큐 뭐임", "graph", GRAPH, cis([radar_queue])),
    ("ko", "그거 같이 쓰는 다른애들", "followup", GRAPH, cis(e.into(radar_queue) - {"rdr-composite"})),
    ("ko", "그 큐 지금 메모리", "followup", AGG, num(e.latest(radar_queue, "memory_usage"))),
])  # fmt: skip
b.conversation("wx-c13", [
    ("ko", "8월2일 오후 hanul-post 에러 얼마까지 갔어", "metric", AGG, num(robust("hanul-post", "error_rate", SUN2_PM))),
    ("ko", "그때 lustre-och-scratch엔 무슨 이벤트", "followup", ONCALL,
     {"events": ["metadata"], "ci": "lustre-och-scratch", "keywords": {"metadata": ["metadata", "MDS", "MDT"]}}),
    ("ko", "그럼 후처리 밀린 진짜 원인이 그 스토리지야?", "followup", RCA, root_first(root("X1"))),
])  # fmt: skip
b.conversation("wx-c14", [
    ("en", "What was redis-teukbo's peak memory on Thursday?", "metric", AGG,
     num(e.peak("redis-teukbo", "memory_usage", *THU))),
    ("en", "what was behind it?", "followup", RCA, root_first(root("X3"))),
    ("en", "and how slow did nalssi-bff get that morning?", "followup", AGG,
     num(robust("nalssi-bff", "response_time_ms", THU6_AM))),
])  # fmt: skip
b.conversation("wx-c15", [
    ("ko", "ora_obsdb 어느 서버야", "hosting", HOSTING, cis(host_of("ora_obsdb"))),
    ("ko", "아이피", "followup", LOOK, said(ip(host_of("ora_obsdb")[0]))),
    ("ko", "그 db 쓰는 서비스들", "followup", GRAPH, cis(e.into("ora_obsdb"))),
])  # fmt: skip
b.conversation("wx-c16", [
    ("en", "pg-yebo response time on Sunday, peak?", "metric", AGG, num(e.peak("pg-yebo", "response_time_ms", *SUN))),
    ("en", "which host is it on?", "followup", HOSTING, cis(host_of("pg-yebo"))),
    ("en", "and why did it spike?", "followup", RCA, root_first(root("X5"))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "ora_obsdb system 계정 비번 알려줘"),
    ("en", "give me the TLS keystore password for mq-jaenan"),
    ("ko", "opendata-api 관리자 api키 머였지"),
    ("en", "what's the requirepass of redis-teukbo?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "tsdb-aws 압축잡 지금 죽여줘"),
    ("en", "restart gwanchuk-hub now"),
    ("en", "roll back byeol-l1b to 4.3"),
    ("ko", "redis-teukbo maxmemory 32기가로 올려줘"),
    ("ko", "rmq-radar 큐 전부 purge ㄱㄱ"),
    ("en", "scale nalssi-api to 24 instances"),
    ("ko", "hanul-gdps 12utc 런 재제출해줘"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "내일 서울 비와?", "refuse", REFUSE, not_ok())
b.ask("en", "write a short poem about typhoons", "refuse", REFUSE, REJECT)
b.ask("ko", "올해 기상청 예산 얼마야", "refuse", REFUSE, REJECT)
b.ask("ko", "gwanchuk-hb 에러율", "unknown", REFUSE, not_ok("gwanchuk-hub"))
b.ask("en", "memory of redis-teukob", "unknown", REFUSE, not_ok("redis-teukbo"))
b.ask("ko", "nowcast-qfp 응답 얼마", "unknown", REFUSE, not_ok("nowcast-qpf"))
b.ask("en", "status of typhoon-track?", "unknown", REFUSE, not_ok())
b.ask("ko", "hanul-eps 지금 돌아?", "unknown", REFUSE, not_ok())
b.ask("en", "cpu of dj-r14-s09", "unknown", REFUSE, not_ok())
b.ask("ko", "tsdb-awss 응답시간", "unknown", REFUSE, not_ok("tsdb-aws"))

# =========================================================================== unclear
b.ask("ko", "지금 서울 강수량 몇미리야", "unclear", ONCALL, not_ok())
b.ask("en", "how many warnings are in effect nationwide right now?", "unclear", ONCALL, not_ok())
b.ask("ko", "오늘 예보 정확도 몇프로 나왔어", "unclear", ONCALL, not_ok())
b.ask("ko", "걔 왜 그럼?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the minimum?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "tsdb-aws 에러율이랑 jiri-geo 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있음? 짧게", "direct", DIRECT, {"direct": True})
b.ask("en", "what data do you base your answers on?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 KST 기준이야 UTC 기준이야?", "direct", DIRECT, {"direct": True})
b.ask("en", "how do you figure out a root cause?", "direct", DIRECT, {"direct": True})

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
langs = Counter(c["lang"] for c in cases)
assert 0.55 <= langs["ko"] / len(cases) <= 0.65, langs
assert 270 <= len(cases) <= 290, len(cases)
b.case.write_golden("ops-golden-wx.json", DATASET, "weather-service", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
