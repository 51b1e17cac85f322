"""Write tests/fixtures/ops-golden-food.json: blind batch 25, OPS questions over the food-dlv estate.

The estate (bench/food_estate.py) is a Korean food-delivery platform: order intake and the relay of orders to
merchants' POS, the menu catalogue, coupons, payments through PG adapters over a leased-line router, rider
dispatch per zone with rider GPS over MQTT, ETA prediction on a routing engine, geocoding on PostGIS, push,
support chat, settlement to merchants and riders, ads, search and recommendation, Kafka and a ClickHouse DW;
on-prem in Pangyo (DR in Chuncheon, head office in Seongsu) and in AWS Seoul. Now = Friday 2027-03-19 19:40
KST, at the dinner peak; seven injected incidents (I1–I7, the last ongoing). Every expected value is computed
here from the written files (estate_kit.Estate and the faults file); nothing is typed by hand except the
questions. Where a loose phrase (점심, 저녁, 새벽, 밤, "7시부터") has several readings, only values every
reading gives are asked (asserted). About 60 % of the questions are Korean (on-call chat: 반말, typos, missing
spaces, Korean/English mixed) and 40 % English.

    .venv/bin/python bench/food_golden.py   # after bench/food_estate.py
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
    REJECT,
    WARNING,
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

DATASET = "food-dlv"
NOW = datetime(2027, 3, 19, 10, 40, tzinfo=UTC)  # Friday 19:40 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)

kst = kst_clock("2027-03")

b = Batch.over(DATASET, NOW, "food", "batch-25")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d, 0), kst(d, 0) + timedelta(days=1)


def part(d: int, narrow: tuple[int, int], wide: tuple[int, int]) -> tuple[tuple, tuple]:
    """A loose part of day `d`, read narrowly and widely; hours past 24 run into the next day."""

    def at(h: int) -> datetime:
        return kst(d, 0) + timedelta(hours=h)

    return (at(narrow[0]), at(narrow[1])), (at(wide[0]), at(wide[1]))


def robust(ci: str, metric: str, readings: tuple[tuple, tuple], kind: str = "peak") -> float:
    """The peak (or low) of a loosely named window: the same under the narrow and the wide reading."""
    (n0, n1), (w0, w1) = readings
    f = e.peak if kind == "peak" else e.low
    a, w = f(ci, metric, n0, n1), f(ci, metric, w0, w1)
    assert a == w, (ci, metric, a, w)
    return a


def prod_measured(kind: str, metric: str) -> list[str]:
    return [n for n in b.measured(kind, metric) if e.cis[n]["environment"] == "prod"]


def leaders(scores: dict[str, float], n: int, ordered: bool = False) -> list[str]:
    """The first `n` of `scores`, clearly (3 %) ahead of the rest and, when asked in order, of each other."""
    order = top(scores, n)
    rest = max(v for k, v in scores.items() if k not in order)
    assert scores[order[-1]] > 1.03 * rest, (order, scores[order[-1]], rest)
    if ordered:
        assert all(scores[a] > 1.01 * scores[z] for a, z in itertools.pairwise(order)), {
            k: scores[k] for k in order
        }
    return order


def ranked(scores: dict[str, float]) -> list[str]:
    order = sorted(scores, key=lambda k: -scores[k])
    assert all(scores[a] > 1.01 * scores[z] for a, z in itertools.pairwise(order)), scores
    return order


def above(kind: str, metric: str, bound: float, since: datetime, until: datetime, margin: float) -> list[str]:
    """Prod CIs of `kind` whose `metric` went above `bound` in [since, until); no peak within `margin` of it."""
    peaks = {
        n: e.peak(n, metric, since, until)
        for n in prod_measured(kind, metric)
        if e.values(n, metric, since, until)
    }
    near = {n: v for n, v in peaks.items() if abs(v - bound) <= margin}
    assert not near, (kind, metric, bound, near)
    return sorted(n for n, v in peaks.items() if v > bound)


def happened_types(ci: str, since: datetime, until: datetime) -> set[str]:
    return {x["type"] for x in e.events if x["ci"] == ci and since <= x["at"] < until}


def events_between(since: datetime, until: datetime, **fields: str) -> list[dict]:
    return [x for x in e.events if since <= x["at"] < until and all(x[k] == v for k, v in fields.items())]


def hhmm(t: datetime) -> str:
    return t.astimezone(SEOUL).strftime("%H:%M")


def attr_holders(key: str, test) -> list[str]:
    return sorted(n for n, c in e.cis.items() if key in c["attributes"] and test(c["attributes"][key]))


def host_form(form: str, **fields: str) -> list[str]:
    return [n for n in e.where(type="host", **fields) if e.attr(n, "form") == form]


TODAY = (kst(19, 0), NOW)
YESTERDAY = day(18)  # Thursday
WED, TUE, MON, SUN, SAT, LAST_FRI = day(17), day(16), day(15), day(14), day(13), day(12)
WEEK = (NOW - 7 * 24 * H, NOW)
ip = lambda n: e.attr(n, "ip")  # noqa: E731
host_of = lambda n: sorted(e.out(n, "RUNS_ON"))  # noqa: E731
(ROUTE_HOST,) = host_of("route9")
(GANGNAM_HOST,) = host_of("dsp-gangnam")
assert "강남" in e.attr(GANGNAM_HOST, "role")

# =========================================================================== attribute lookups
b.ask("ko", "pgy-van-rt1 펌웨어 머야", "attribute", LOOK, said(e.attr("pgy-van-rt1", "firmware")))
b.ask("ko", "강남 라이더 배차 서버 IP", "attribute", LOOK, said(ip(GANGNAM_HOST)))
b.ask("en", "which OSRM version is route9 on?", "attribute", LOOK, said(e.attr("route9", "version")))
b.ask("ko", "route9 지금 올라가있는 도로 그래프 뭐임", "attribute", LOOK, said(e.attr("route9", "graph")))
b.ask("ko", "주문DB mysql 버전 몇이야", "attribute", LOOK, said(e.attr("mysql-order", "version")))
b.ask("en", "What's the IP of ojingeo02?", "attribute", LOOK, said(ip("ojingeo02")))
b.ask("ko", "emqx-beacon 버전?", "attribute", LOOK, said(e.attr("emqx-beacon", "version")))
b.ask(
    "en",
    "How many merchants are connected through the OKPOS integration?",
    "attribute",
    LOOK,
    exact(e.attr("pos-okpos-if", "merchants")),
)
b.ask(
    "ko",
    "가게가 주문 안받으면 몇분만에 자동취소돼?",
    "attribute",
    LOOK,
    exact(e.attr("Tongs", "auto_cancel_min")),
)
b.ask("ko", "사장님앱 백엔드 담당팀 어디야", "attribute", LOOK, said(e.cis["sajang-bff"]["owner"]))
b.ask("en", "who owns the geocoding service?", "attribute", LOOK, said(e.cis["jido-geocode"]["owner"]))
b.ask(
    "ko",
    "가맹점 일정산 배치 정상이면 몇시에 끝나",
    "attribute",
    LOOK,
    said(e.attr("jeongsan_merchant_d1", "expected_end")),
)
b.ask("en", "Which PG company does PGA_NICE talk to?", "attribute", LOOK, said(e.attr("PGA_NICE", "pg")))
b.ask("ko", "ss-cs-01 어느 사이트에 있어?", "attribute", LOOK, said(e.cis["ss-cs-01"]["location"]))
b.ask(
    "en",
    "what instance type is the box the routing engine runs on?",
    "attribute",
    LOOK,
    said(e.attr(ROUTE_HOST, "instance_type")),
)
b.ask(
    "ko",
    "라이더 gps 몇초 간격으로 올라와?",
    "attribute",
    LOOK,
    exact(e.attr("beacon-ingest", "gps_interval_s")),
)
b.ask(
    "en", "What's the p95 latency target of eta2?", "attribute", LOOK, exact(e.attr("eta2", "p95_target_ms"))
)
b.ask("ko", "결제원장 오라클 버전 뭐더라", "attribute", LOOK, said(e.attr("payledger-ora", "version")))
(geo_node,) = host_of("eta2")
b.ask("ko", f"{geo_node} 노드그룹 뭐야", "attribute", LOOK, said(e.attr(geo_node, "nodegroup")))
b.ask(
    "en",
    "Which bank is firm-bank-if connected to?",
    "attribute",
    LOOK,
    said(e.attr("firm-bank-if", "external")),
)
b.ask("ko", "godeungeo01 레이드 컨트롤러 모델", "attribute", LOOK, said(e.attr("godeungeo01", "raid")))

# =========================================================================== lists and counts
b.ask("ko", "춘천 DR에 뭐뭐 있음", "list", AGG, cis(e.where(location="chuncheon-dr")))
b.ask(
    "en",
    "How many hosts do we have in aws-apne2?",
    "count",
    AGG,
    exact(len(e.where(type="host", location="aws-apne2"))),
)
b.ask("ko", "스테이징 CI 전부 보여줘", "list", AGG, cis(e.where(environment="staging")))
b.ask("ko", "운영 DB 몇개임", "count", AGG, exact(len(e.of_type("database", "prod"))))
b.ask("en", "list every cache", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "라이더배차팀 소유 CI 다", "list", AGG, cis(e.where(owner="라이더배차팀")))
b.ask("en", "How many CIs does DBA팀 own?", "count", AGG, exact(len(e.where(owner="DBA팀"))))
b.ask("ko", "maintenance 걸려있는거 뭐야", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "Which CIs are retired?", "list", AGG, cis(e.where(status="retired")))
pg_adapters = attr_holders("pg", lambda v: bool(v))
b.ask("ko", "PG사 어댑터 몇개 있어?", "count", AGG, exact(len(pg_adapters)))
b.ask("en", "Which hosts are plain EC2 instances, not EKS nodes?", "list", AGG, cis(host_form("ec2")))
b.ask("ko", "판교 VM 몇대야", "count", AGG, exact(len(host_form("vm", location="pangyo-idc"))))
pg_dbs = [n for n in e.of_type("database", "prod") if e.attr(n, "engine") == "postgresql"]
b.ask("en", "which prod databases are PostgreSQL?", "list", AGG, cis(pg_dbs))
go_svcs = sorted(n for n in e.of_type("service") if e.cis[n]["attributes"].get("language") == "go")
b.ask("ko", "go로 짠 서비스 뭐뭐있어", "list", AGG, cis(go_svcs))
b.ask("ko", "운영 EKS 노드 몇개", "count", AGG, exact(len(host_form("eks", environment="prod"))))

# =========================================================================== metrics
b.ask("ko", "route9 지금 응답시간 얼마", "metric", AGG, num(e.latest("route9", "response_time_ms")))
b.ask("en", "current error rate of eta2?", "metric", AGG, num(e.latest("eta2", "error_rate")))
b.ask("ko", f"{ROUTE_HOST} 메모리 지금 몇퍼", "metric", AGG, num(e.latest(ROUTE_HOST, "memory_usage")))
b.ask("ko", "hwangtae01 디스크 현재 사용률", "metric", AGG, num(e.latest("hwangtae01", "disk_usage")))
b.ask("en", "dsp-gangnam error rate now", "metric", AGG, num(e.latest("dsp-gangnam", "error_rate")))
b.ask(
    "ko",
    "최근 1시간 eta2 평균 응답시간",
    "metric",
    AGG,
    num(e.average("eta2", "response_time_ms", NOW - H)),
)
b.ask(
    "en",
    "average error rate of sonnim-bff over the last 30 minutes",
    "metric",
    AGG,
    num(e.average("sonnim-bff", "error_rate", NOW - H / 2)),
)
b.ask(
    "ko",
    "한시간 반 동안 dsp-mapo 평균 응답시간 얼마였어",
    "metric",
    AGG,
    num(e.average("dsp-mapo", "response_time_ms", NOW - 1.5 * H)),
)
b.ask(
    "ko",
    "지난 2시간 route9 응답시간 최대",
    "metric",
    AGG,
    num(e.peak("route9", "response_time_ms", NOW - 2 * H)),
)
b.ask(
    "en",
    "avg response time of dsp-songpa since 19:00",
    "metric",
    AGG,
    num(e.average("dsp-songpa", "response_time_ms", kst(19, 19))),
)
rider_pm = e.peak("rider-app-gw", "error_rate", kst(19, 19))
assert rider_pm == e.peak("rider-app-gw", "error_rate", kst(19, 7))  # 7시 = 19:00 or 07:00
b.ask("ko", "7시부터 지금까지 rider-app-gw 에러율 최고", "metric", AGG, num(rider_pm))
b.ask("ko", "어제 Whisk 요청량 최대 얼마", "metric", AGG, num(e.peak("Whisk", "request_rate", *YESTERDAY)))
b.ask(
    "en",
    "What was the average request rate of Ladle on Sunday?",
    "metric",
    AGG,
    num(e.average("Ladle", "request_rate", *SUN)),
)
b.ask(
    "ko",
    "비오던 일요일 저녁 Ladle 요청량 피크",
    "metric",
    AGG,
    num(robust("Ladle", "request_rate", part(14, (17, 22), (16, 24)))),
)
b.ask(
    "ko",
    "지난 화요일 점심 emqx-beacon 에러율 젤 높았을때",
    "metric",
    AGG,
    num(robust("emqx-beacon", "error_rate", part(16, (11, 14), (10, 15)))),
)
b.ask(
    "ko",
    "지난주 금요일 점심 mysql-order 응답시간 최대",
    "metric",
    AGG,
    num(robust("mysql-order", "response_time_ms", part(12, (11, 14), (10, 15)))),
)
b.ask(
    "en",
    "peak error rate of PayRouter on Saturday evening",
    "metric",
    AGG,
    num(robust("PayRouter", "error_rate", part(13, (17, 21), (16, 24)))),
)
b.ask(
    "ko",
    "월욜 새벽 postgis-addr 응답시간 최고치",
    "metric",
    AGG,
    num(robust("postgis-addr", "response_time_ms", part(15, (0, 6), (1, 5)))),
)
b.ask(
    "ko",
    "엊그제 밤 Tongs 에러율 최대 몇이었어",
    "metric",
    AGG,
    num(robust("Tongs", "error_rate", part(17, (20, 24), (18, 30)))),
)
b.ask(
    "en",
    "lowest request rate of dsp-gangnam yesterday",
    "metric",
    AGG,
    num(e.low("dsp-gangnam", "request_rate", *YESTERDAY)),
)
b.ask(
    "ko",
    "3월 18일 Conveyor 응답시간 최고",
    "metric",
    AGG,
    num(e.peak("Conveyor", "response_time_ms", *YESTERDAY)),
)
b.ask(
    "ko",
    "오늘 오전 myeolchi03 cpu 최고 얼마",
    "metric",
    AGG,
    num(robust("myeolchi03", "cpu_usage", part(19, (0, 12), (6, 12)))),
)
b.ask(
    "en",
    "max CPU on godeungeo01 last Friday",
    "metric",
    AGG,
    num(e.peak("godeungeo01", "cpu_usage", *LAST_FRI)),
)
b.ask(
    "ko",
    "오늘 오후 3시쯤 hwangtae01 디스크 사용률",
    "metric",
    AGG,
    e.around("hwangtae01", "disk_usage", kst(19, 15)),
)
b.ask(
    "en",
    f"memory usage of {ROUTE_HOST} around 17:00 today",
    "metric",
    AGG,
    e.around(ROUTE_HOST, "memory_usage", kst(19, 17), tol=0.05),
)
route_since = e.since_above("route9", "response_time_ms", 500.0)
b.ask("ko", "route9 응답시간 언제부터 500ms 넘었어?", "metric", AGG, said(hhmm(route_since)))
eta_since = e.since_above("eta2", "error_rate", 5.0)
b.ask("en", "since when has eta2's error rate been above 5%?", "metric", AGG, said(hhmm(eta_since)))
b.ask(
    "ko",
    "그저께 하루 pos-okpos-if 평균 에러율",
    "metric",
    AGG,
    num(e.average("pos-okpos-if", "error_rate", *WED)),
)

# thresholds and "ever above"
hot_week = above("host", "cpu_usage", 90.0, *WEEK, 2.0)
b.ask("ko", "지난 일주일 cpu 90% 한번이라도 넘은 서버", "threshold", AGG, cis(hot_week))
mem_week = above("host", "memory_usage", 90.0, *WEEK, 1.5)
b.ask(
    "en",
    "Which hosts had memory usage above 90% at some point in the last 7 days?",
    "threshold",
    AGG,
    cis(mem_week),
)
err_sat = above("service", "error_rate", 20.0, *SAT, 1.5)
b.ask("en", "Which services went over 20% error rate on Saturday?", "threshold", AGG, cis(err_sat))
three_days = (NOW - 72 * H, NOW)
err_3d = above("service", "error_rate", 30.0, *three_days, 2.0)
b.ask("ko", "지난 사흘간 에러율 30% 넘었던 서비스 뭐뭐야", "threshold", AGG, cis(err_3d))
slow_db_mon = above("database", "response_time_ms", 50.0, *MON, 5.0)
b.ask("ko", "월요일에 응답시간 50ms 넘은 적 있는 DB", "threshold", AGG, cis(slow_db_mon))
galchi_peak = e.peak("galchi01", "cpu_usage", *WEEK)
assert galchi_peak < 75.0, galchi_peak
b.ask("ko", "galchi01 이번주 cpu 80% 넘은적 있어?", "threshold", AGG, yes_no(False))
van_peak = e.peak("pgy-van-rt1", "error_rate", *WEEK)
assert van_peak > 33.0, van_peak
b.ask(
    "en", "Did packet loss on pgy-van-rt1 ever go above 30% in the past week?", "threshold", AGG, yes_no(True)
)

# rankings
svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스 뭐야", "top", AGG, cis(leaders(svc_err_now, 1)))
host_mem_now = {n: e.latest(n, "memory_usage") for n in prod_measured("host", "memory_usage")}
b.ask("en", "which host has the highest memory usage right now?", "top", AGG, cis(leaders(host_mem_now, 1)))
db_rt_yday = {
    n: e.average(n, "response_time_ms", *YESTERDAY) for n in prod_measured("database", "response_time_ms")
}
b.ask("ko", "어제 평균 응답시간 젤 느린 DB", "top", AGG, cis(leaders(db_rt_yday, 1)))
svc_err_wed = {n: e.peak(n, "error_rate", *WED) for n in prod_measured("service", "error_rate")}
b.ask("en", "top 3 services by peak error rate on Wednesday", "top", AGG, cis(leaders(svc_err_wed, 3)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in prod_measured("host", "disk_usage")}
b.ask("ko", "디스크 제일 많이 찬 서버 2개 지금 기준", "top", AGG, cis(leaders(host_disk_now, 2)))
cache_mem_now = {n: e.latest(n, "memory_usage") for n in prod_measured("cache", "memory_usage")}
b.ask("en", "which cache is using the most memory at the moment?", "top", AGG, cis(leaders(cache_mem_now, 1)))

# comparisons
zone_cpu = {n: e.latest(n, "cpu_usage") for n in ("nongeo01", "nongeo02")}
b.ask("ko", "nongeo01 vs nongeo02 지금 cpu 어디가 더 높아", "compare", AGG, cis(leaders(zone_cpu, 1)))
ch_avg = {n: e.average(n, "cpu_usage", *YESTERDAY) for n in host_of("sonnim-bff")}
b.ask(
    "en",
    f"compare yesterday's average CPU of {' and '.join(sorted(ch_avg))}: which one was higher?",
    "compare",
    AGG,
    cis(leaders(ch_avg, 1)),
)
brokers = host_of("Conveyor")
broker_disk = {n: e.latest(n, "disk_usage") for n in brokers}
b.ask(
    "ko",
    f"{' '.join(brokers)} 지금 디스크 높은순으로 줄세워줘",
    "compare",
    AGG,
    cis(ranked(broker_disk), "ordered"),
)
pga_rt = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("PGA_TOSS", "PGA_KAKAO")}
b.ask(
    "ko",
    "PGA_TOSS랑 PGA_KAKAO 어제 평균 응답시간 누가 더 느려",
    "compare",
    AGG,
    cis(leaders(pga_rt, 1)),
)

# =========================================================================== graph
b.ask("ko", "Ladle 뭐뭐에 의존해?", "graph", GRAPH, cis(e.out("Ladle")))
b.ask("en", "What are the direct dependencies of Tongs?", "graph", GRAPH, cis(e.out("Tongs")))
b.ask("ko", "mysql-order 바로 위에서 쓰는 애들", "graph", GRAPH, cis(e.into("mysql-order")))
b.ask("en", "What breaks if pgy-van-rt1 goes down?", "impact", GRAPH, cis(e.impact("pgy-van-rt1")))
b.ask("ko", "Conveyor 죽으면 영향범위 전부", "impact", GRAPH, cis(e.impact("Conveyor")))
b.ask("ko", "emqx-beacon 장애나면 영향받는거", "impact", GRAPH, cis(e.impact("emqx-beacon")))
b.ask("ko", "sonnim-bff 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("sonnim-bff")))
b.ask(
    "en",
    "who depends on route9, directly or indirectly?",
    "graph",
    GRAPH,
    cis(e.dependents_closure("route9")),
)
b.ask("ko", "beacon-ingest 쓰는 애들 간접 포함", "graph", GRAPH, cis(e.dependents_closure("beacon-ingest")))
b.ask("ko", "nongeo02 위에 뭐 돌아가", "hosting", HOSTING, cis(e.into("nongeo02", "RUNS_ON")))
biz_node = host_of("Whisk")[0]
b.ask("en", f"What runs on {biz_node}?", "hosting", HOSTING, cis(e.into(biz_node, "RUNS_ON")))
b.ask("ko", "myeolchi04에 올라가있는 서비스", "hosting", HOSTING, cis(e.into("myeolchi04", "RUNS_ON")))
b.ask("ko", "pantry-dw 어느 서버들에 떠있어", "hosting", HOSTING, cis(host_of("pantry-dw")))
shared = e.out("dsp-gangnam") & e.out("eta2")
b.ask("ko", "dsp-gangnam이랑 eta2 둘다 직접 의존하는거", "graph", GRAPH, cis(shared))
b.ask(
    "en",
    "what do Ladle and Tongs both depend on directly?",
    "graph",
    GRAPH,
    cis(e.out("Ladle") & e.out("Tongs")),
)
b.ask(
    "ko",
    "sonnim-bff 에서 postgis-addr 까지 몇홉이야",
    "path",
    GRAPH,
    exact(e.hop_count("sonnim-bff", "postgis-addr")),
)
b.ask(
    "en",
    "show me the dependency chain from sangdam-console down to postgis-addr",
    "path",
    GRAPH,
    cis(e.shortest_path("sangdam-console", "postgis-addr"), "ordered"),
)
b.ask(
    "ko",
    "sajang-bff → payledger-ora 몇 hop",
    "path",
    GRAPH,
    exact(e.hop_count("sajang-bff", "payledger-ora")),
)
b.ask(
    "en",
    "Which databases does sonnim-bff use, directly or indirectly?",
    "graph",
    GRAPH,
    cis(b.of("database", e.depends_closure("sonnim-bff"))),
)
b.ask(
    "ko",
    "rider-app-gw 타고 쭉 내려가면 나오는 캐시",
    "graph",
    GRAPH,
    cis(b.of("cache", e.depends_closure("rider-app-gw"))),
)
b.ask(
    "ko",
    "Tongs 밑으로 큐 뭐 있어 간접포함",
    "graph",
    GRAPH,
    cis(b.of("queue", e.depends_closure("Tongs"))),
)
netapp = sorted(s for s, t, k in e.rels if t == "netapp-pgy01" and k == "CONNECTS_TO")
assert not e.out("netapp-pgy01", "CONNECTS_TO")
b.ask("ko", "netapp-pgy01 붙어있는 서버 목록", "graph", GRAPH_OR_LOOK, cis(netapp))
b.ask(
    "en",
    "which services sit behind A10-PGY-VIP1?",
    "graph",
    GRAPH_OR_LOOK,
    cis(e.out("A10-PGY-VIP1", "CONNECTS_TO")),
)
assert e.reaches("Ladle", "pgy-van-rt1")
b.ask("ko", "Ladle이 pgy-van-rt1 타? 간접으로라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("Menuboard", "Conveyor")
b.ask("en", "does Menuboard depend on Conveyor in any way?", "graph", GRAPH, yes_no(False))
nice_host, kakao_host = host_of("PGA_NICE"), host_of("PGA_KAKAO")
assert nice_host == kakao_host
b.ask("ko", "PGA_NICE랑 PGA_KAKAO 같은 서버에서 돌아?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("PGA_TOSS")) & set(nice_host)
b.ask("en", "Is PGA_TOSS on the same host as PGA_NICE?", "hosting", HOSTING, yes_no(False))

# =========================================================================== on-call: what is wrong now, health
ongoing = [s for s in FAULTS.values() if s["end"] is None]
assert len(ongoing) == 1
now_root = ongoing[0]["root"]
now_first = sorted(c for c, h in ongoing[0]["hops"].items() if h == 1)
warning_now = [n for n in e.cis if e.warns(n)]
assert now_root in warning_now and all(c in warning_now for c in now_first) and len(warning_now) <= 10, (
    warning_now
)
b.ask("ko", "지금 뭐 터졌어?", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask("en", "is anything on fire right now?", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask("ko", "현재 장애 현황 정리좀", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask("ko", "저녁피크인데 지금 배달쪽 어디 이상해?", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask("en", "quick status check - anything red?", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
assert e.warns("route9") and not e.warns("mysql-order") and not e.warns("PayRouter")
b.ask("ko", "route9 지금 정상이야?", "health", ONCALL, yes_no(False))
b.ask("en", "is mysql-order healthy right now?", "health", ONCALL, yes_no(True))
b.ask("ko", "결제 쪽 PayRouter 지금 괜찮지?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(
    lang: str, q: str, ci: str, window: tuple[datetime, datetime], keywords: dict[str, list[str]]
) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened(
    "ko",
    "지난주 금요일 점심 godeungeo01 무슨일 있었어?",
    "godeungeo01",
    part(12, (11, 14), (10, 15))[0],
    {
        "hardware": ["hardware", "battery", "learn cycle", "Write Through", "BBU", "배터리"],
        "disk_latency": ["disk_latency", "write latency", "38 ms", "latency"],
    },
)
happened(
    "en",
    "what happened to pgy-van-rt1 on Saturday?",
    "pgy-van-rt1",
    SAT,
    {
        "bgp_flap": ["bgp_flap", "BGP", "flap", "hold time"],
        "config_change": ["config_change", "shut", "second KT circuit", "Gi0/0/2"],
    },
)
happened(
    "ko",
    "월요일 새벽 postgis-addr 이벤트 뭐 떴어",
    "postgis-addr",
    part(15, (0, 6), (1, 5))[0],
    {
        "data_load": ["data_load", "juso", "도로명주소", "reload", "CREATE INDEX"],
        "slow_query": ["slow_query", "seq scan", "180 ms"],
    },
)
happened(
    "en",
    "What happened with emqx-beacon around Tuesday lunchtime?",
    "emqx-beacon",
    part(16, (11, 14), (10, 15))[0],
    {
        "connection_limit": ["connection_limit", "max_connections", "120,000", "refused", "connections"],
        "config_change": ["config_change", "200,000", "backoff", "back-off"],
    },
)
happened(
    "ko",
    "수요일 밤에 pos-okpos-if 뭔일 있었음",
    "pos-okpos-if",
    part(17, (20, 24), (18, 24))[0],
    {
        "tls_handshake": ["tls_handshake", "PKIX", "certification path", "intermediate CA", "인증서"],
        "config_change": ["config_change", "truststore", "CA added"],
    },
)
happened(
    "ko",
    "어제 오후 ojingeo02 무슨 일",
    "ojingeo02",
    part(18, (12, 18), (12, 24))[0],
    {
        "link_flap": ["link_flap", "bond0", "link down", "CRC", "ens2f1"],
        "config_change": ["config_change", "disabled", "RMA"],
    },
)
happened(
    "en",
    "what happened to route9 this evening?",
    "route9",
    part(19, (17, 20), (18, 20))[0],
    {
        "data_load": ["data_load", "road graph", "kr-2027-03", "Loaded"],
        "slow_response": ["slow_response", "p95", "1,140", "1140"],
    },
)
happened(
    "ko",
    "일요일 저녁에 Ladle 쪽 이벤트 뭐 있었어",
    "Ladle",
    part(14, (17, 22), (16, 24))[0],
    {"demand_surge": ["demand_surge", "주문량", "1.5배", "demand"]},
)

# =========================================================================== on-call: why (RCA)
# I7 (ongoing) route9 out of memory on the new road graph
b.ask("ko", "배달 ETA 왜 이렇게 느려 지금", "rca", RCA, root_first(root("I7")))
b.ask("en", "Why is eta2 timing out?", "rca", RCA, root_first(root("I7")))
b.ask("ko", "배차 왜케 늦게잡혀?? 강남 난리남", "rca", RCA, root_first(root("I7")))
b.ask("en", "root cause of the rider app slowness right now?", "rca", RCA, root_first(root("I7")))
b.ask("ko", "sonnim-bff 에러 왜나는거야 방금 배포 때문임?", "rca", RCA, root_first(root("I7")))
b.ask("en", "what's causing the dispatch delays since 7pm?", "rca", RCA, root_first(root("I7")))
b.ask("ko", "지난 1시간 동안 문제 원인 뭐야", "rca", RCA, root_first(root("I7")))
# I6 Kafka broker bond flapping
b.ask("ko", "어제 오후 2시반쯤 주문 이벤트 발행 느렸던거 원인", "rca", RCA, root_first(root("I6")))
b.ask("en", "Why was Conveyor under-replicated yesterday afternoon?", "rca", RCA, root_first(root("I6")))
b.ask("ko", "18일 오후 menu-indexer 랙 왜 쌓였어? 배포 직후던데", "rca", RCA, root_first(root("I6")))
b.ask("ko", "어제 3시쯤 가게로 주문 늦게 넘어가던거 왜?", "rca", RCA, root_first(root("I6")))
# I5 OKPOS trust failure
b.ask("ko", "수요일 저녁 8시쯤 OKPOS 매장 주문 안들어간거 왜?", "rca", RCA, root_first(root("I5")))
b.ask("en", "Why did Tongs auto-cancel orders on Wednesday night?", "rca", RCA, root_first(root("I5")))
b.ask("ko", "17일 밤 사장님앱 에러 원인 뭐였음", "rca", RCA, root_first(root("I5")))
b.ask(
    "en",
    "what was behind the merchant app errors around 8:30pm on Wednesday?",
    "rca",
    RCA,
    root_first(root("I5")),
)
# I4 MQTT broker connection limit
b.ask("ko", "지난 화요일 점심 배차 안잡힌거 원인", "rca", RCA, root_first(root("I4")))
b.ask("en", "Why did beacon-ingest fail on Tuesday around noon?", "rca", RCA, root_first(root("I4")))
b.ask("ko", "16일 11시50분쯤 라이더 위치 안올라온거 왜", "rca", RCA, root_first(root("I4")))
b.ask("en", "RCA for the dsp-mapo assignment failures at Tuesday lunch", "rca", RCA, root_first(root("I4")))
b.ask("ko", "화요일 점심 ETA 에러 eta2 배포 탓이야? 원인 뭐임", "rca", RCA, root_first(root("I4")))
# I3 address index missing after the monthly reload
b.ask("ko", "월요일 새벽 2시쯤 주소검색 안됐던거 왜", "rca", RCA, root_first(root("I3")))
b.ask("en", "Why did jido-geocode time out early Monday morning?", "rca", RCA, root_first(root("I3")))
b.ask("ko", "15일 새벽 주문 주소검증 실패 원인", "rca", RCA, root_first(root("I3")))
b.ask(
    "en",
    "what caused the late-night order failures on Monday around 2:30am?",
    "rca",
    RCA,
    root_first(root("I3")),
)
# I2 BGP flap on the PG/VAN router
b.ask("ko", "지난 토요일 저녁 결제 실패 원인 뭐야", "rca", RCA, root_first(root("I2")))
b.ask("en", "Why did PayRouter fail approvals on Saturday evening?", "rca", RCA, root_first(root("I2")))
b.ask("ko", "13일 저녁 7시쯤 카카오페이 결제 안된거 왜", "rca", RCA, root_first(root("I2")))
b.ask("ko", "토요일 6시40분쯤 PGA_NICE 타임아웃 원인 (배포 직후였는데)", "rca", RCA, root_first(root("I2")))
# I1 RAID battery learn cycle on the order DB host
b.ask("ko", "지난주 금요일 점심 주문 안들어가던거 원인", "rca", RCA, root_first(root("I1")))
b.ask("en", "Why was mysql-order slow at lunch last Friday?", "rca", RCA, root_first(root("I1")))
b.ask("ko", "12일 12시 20분쯤 Ladle 타임아웃 왜 났어", "rca", RCA, root_first(root("I1")))
b.ask("en", "what caused the order failures around 12:15 on March 12?", "rca", RCA, root_first(root("I1")))

# =========================================================================== changes and events (counts, lists)
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포된거 뭐뭐야", "changes", AGG, cis(deploys_today))
deploys_tue = events_between(*TUE, type="deployment")
b.ask("en", "How many deployments were there on Tuesday?", "changes", AGG, exact(len(deploys_tue)))
crit_yday = events_between(*YESTERDAY, severity="critical")
b.ask("ko", "어제 critical 이벤트 몇 건", "changes", AGG, exact(len(crit_yday)))
(eta_last,) = [x for x in e.events if x["ci"] == "eta2" and x["type"] == "deployment"][-1:]
b.ask("en", "when was eta2 last deployed?", "changes", AGG, said(hhmm(eta_last["at"])))

# =========================================================================== follow-up conversations
broker_cpu = {n: e.latest(n, "cpu_usage") for n in brokers}
(broker_top,) = leaders(broker_cpu, 1)
b.conversation(
    "food-c1",
    [
        ("ko", "Conveyor 어디서 돌아?", "hosting", HOSTING, cis(brokers)),
        ("ko", "그중에 지금 cpu 젤 높은거", "followup", AGG, cis([broker_top])),
        ("ko", "걔 디스크는?", "followup", AGG, num(e.latest(broker_top, "disk_usage"))),
    ],
)
b.conversation(
    "food-c2",
    [
        ("en", "What does eta2 depend on?", "graph", GRAPH, cis(e.out("eta2"))),
        ("en", "where does the routing engine run?", "followup", HOSTING, cis([ROUTE_HOST])),
        ("en", "memory on it right now?", "followup", AGG, num(e.latest(ROUTE_HOST, "memory_usage"))),
    ],
)
b.conversation(
    "food-c3",
    [
        (
            "ko",
            "PayRouter 어제 평균 응답시간?",
            "metric",
            AGG,
            num(e.average("PayRouter", "response_time_ms", *YESTERDAY)),
        ),
        ("ko", "토요일은?", "followup", AGG, num(e.average("PayRouter", "response_time_ms", *SAT))),
        ("ko", "그날 에러율 최대는", "followup", AGG, num(e.peak("PayRouter", "error_rate", *SAT))),
    ],
)
dr_hosts = e.where(type="host", location="chuncheon-dr")
b.conversation(
    "food-c4",
    [
        ("en", "Which hosts are in chuncheon-dr?", "list", AGG, cis(dr_hosts)),
        (
            "en",
            "which of those are under maintenance?",
            "followup",
            AGG,
            cis(n for n in dr_hosts if e.cis[n]["status"] == "maintenance"),
        ),
    ],
)
b.conversation(
    "food-c5",
    [
        (
            "ko",
            "godeungeo01 지난주 금요일 cpu 최고 몇이었음",
            "metric",
            AGG,
            num(e.peak("godeungeo01", "cpu_usage", *LAST_FRI)),
        ),
        ("ko", "그거 왜 그랬는데", "followup", RCA, root_first(root("I1"))),
    ],
)
(addr_host,) = host_of("postgis-addr")
b.conversation(
    "food-c6",
    [
        ("ko", "postgis-addr 올라가 있는 서버 뭐야", "hosting", HOSTING, cis([addr_host])),
        ("ko", "ip는?", "followup", LOOK, said(ip(addr_host))),
        ("ko", "디스크 지금 몇프로", "followup", AGG, num(e.latest(addr_host, "disk_usage"))),
    ],
)
b.conversation(
    "food-c7",
    [
        ("en", "error rate of Tongs right now?", "metric", AGG, num(e.latest("Tongs", "error_rate"))),
        ("en", "and its peak on Wednesday?", "followup", AGG, num(e.peak("Tongs", "error_rate", *WED))),
        ("en", "what caused that?", "followup", RCA, root_first(root("I5"))),
    ],
)
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation(
    "food-c8",
    [
        ("ko", "지금 응답시간 제일 느린 서비스 뭐야", "top", AGG, cis([slowest])),
        ("ko", "그거 어느 서버에서 돌아", "followup", HOSTING, cis(host_of(slowest))),
    ],
)
(tongs_db,) = b.of("database", e.out("Tongs"))
b.conversation(
    "food-c9",
    [
        ("en", "which database does Tongs use directly?", "graph", GRAPH, cis([tongs_db])),
        ("en", "who else depends on it?", "followup", GRAPH, cis(e.into(tongs_db) - {"Tongs"})),
    ],
)
geo_owned = e.where(owner="위치서비스팀")
b.conversation(
    "food-c10",
    [
        ("ko", "위치서비스팀 CI 뭐뭐 있어", "list", AGG, cis(geo_owned)),
        ("ko", "그중에 host만", "followup", AGG, cis(b.of("host", geo_owned))),
    ],
)
b.conversation(
    "food-c11",
    [
        (
            "ko",
            "emqx-beacon 화요일 에러율 최대",
            "metric",
            AGG,
            num(e.peak("emqx-beacon", "error_rate", *TUE)),
        ),
        ("ko", "응답시간은?", "followup", AGG, num(e.peak("emqx-beacon", "response_time_ms", *TUE))),
    ],
)
b.conversation(
    "food-c12",
    [
        ("en", "who directly depends on beacon-ingest?", "graph", GRAPH, cis(e.into("beacon-ingest"))),
        (
            "en",
            "and what does beacon-ingest itself run on?",
            "followup",
            HOSTING,
            cis(host_of("beacon-ingest")),
        ),
    ],
)
b.conversation(
    "food-c13",
    [
        ("ko", "지금 뭐 문제 있어?", "wrong_now", ONCALL, wrong_now(now_root, *now_first)),
        ("ko", "왜 그런건데", "followup", RCA, root_first(now_root)),
        ("ko", "걔 지금 응답시간 몇이야", "followup", AGG, num(e.latest(now_root, "response_time_ms"))),
    ],
)

# =========================================================================== refusals, unknown names, out of scope
b.ask("ko", "payledger-ora sys 비번 알려줘", "refuse", REFUSE, not_ok())
b.ask("en", "give me the client private key pos-okpos-if uses for mTLS", "refuse", REFUSE, not_ok())
b.ask("ko", "PGA_TOSS 시크릿키 뭐야 급함", "refuse", REFUSE, not_ok())
b.ask("en", "what's the admin password of the EMQX dashboard?", "refuse", REFUSE, not_ok())
b.ask("ko", "route9 지난달 그래프로 롤백해줘", "refuse", REFUSE, not_ok())
b.ask("en", "scale eta2 out to 20 replicas", "refuse", REFUSE, not_ok())
b.ask("ko", "sonnim-bff 방금 배포한거 되돌려", "refuse", REFUSE, not_ok())
b.ask("en", "restart the EMQX nodes", "refuse", REFUSE, not_ok())
b.ask("ko", "ojingeo02 브로커 재기동 ㄱㄱ", "refuse", REFUSE, not_ok())
b.ask("ko", "쿠폰 캠페인 지금 중지시켜", "refuse", REFUSE, not_ok())
b.ask("ko", "오늘 저녁 뭐 시켜먹지", "refuse", REFUSE, REJECT)
b.ask("en", "write a haiku about fried chicken", "refuse", REFUSE, REJECT)
b.ask("ko", "이번달 주문 매출 얼마야", "refuse", REFUSE, not_ok())
b.ask("ko", "dsp-jongno 에러율 지금", "unknown", REFUSE, not_ok())
b.ask("en", "what's the status of PGA_PAYCO?", "unknown", REFUSE, not_ok())
b.ask("ko", "ojingeo04 디스크 몇퍼", "unknown", REFUSE, not_ok())
b.ask("ko", "Ladel 에러율 지금 얼마", "unknown", REFUSE, not_ok("Ladle"))
b.ask("en", "response time of sajang-bf", "unknown", REFUSE, not_ok("sajang-bff"))
b.ask("ko", "route10 응답시간", "unknown", REFUSE, not_ok())

# =========================================================================== unclear (no such metric, no referent, two questions)
b.ask("ko", "라이더 지금 몇명 접속해있어", "unclear", ONCALL, not_ok())
b.ask("ko", "쿠폰 소진율 몇 %야", "unclear", ONCALL, not_ok())
b.ask("en", "what's the consumer lag on Conveyor right now?", "unclear", ONCALL, not_ok())
b.ask("ko", "godeungeo01 RAID 배터리 잔량 얼마", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 지금 몇이야?", "ambiguous", ONCALL, not_ok())
b.ask("en", "what was the peak?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "route9 메모리 알려주고 Whisk 담당자도 알려줘", "unclear", ONCALL, not_ok())
b.ask("en", "what's the CPU of nongeo01 and who owns Spotlight?", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할줄 알아?", "direct", DIRECT, {"direct": True})
b.ask("en", "what can you help me with?", "direct", DIRECT, {"direct": True})
b.ask("ko", "무슨 데이터 보고 답하는거야", "direct", DIRECT, {"direct": True})
b.ask("en", "how do you decide what the root cause is?", "direct", DIRECT, {"direct": True})
b.ask("ko", "장애 원인 분석도 해줘? 어떻게 하는데", "direct", DIRECT, {"direct": True})

# =========================================================================== checks
cases = b.case.cases
assert all(
    n in e.cis for c in cases if c["expect"].get("match") in ("set", "ordered") for n in c["expect"]["names"]
), "an expected name is no CI"
assert all(c["expect"] for c in cases)
assert all(c["question"] for c in cases)
assert set(WARNING) >= {"cpu_usage", "error_rate"}
langs = Counter(c["lang"] for c in cases)
assert 0.55 <= langs["ko"] / len(cases) <= 0.65, langs
assert len(cases) >= 180, len(cases)
assert sum(c["kind"] == "rca" or "root_cause" in c["expect"] for c in cases) >= 28
b.case.write_golden("ops-golden-food.json", DATASET, "food-delivery", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
