"""Write tests/fixtures/ops-golden-realty.json: blind batch 39, OPS questions over the realty-kr estate.

The estate (bench/realty_estate.py) is a Korean real-estate listing and contract platform (집다, Zipda): listing
search (`hanok-search-api` over Elasticsearch `es-hanok`, `hanok-indexer`, `recommend`), listing registration by
brokers (`maemul-api` on the MySQL master `db-maemul`), the map (`madang-tile` behind the Varnish tile cache
`tilecache-gsn`, `madang-render`), prices (the nightly 실거래가 ingest `rtms_collector`, `sigse-api` on `db-sigse`,
`danji-info`), e-contracts (`dojang-sign`, `bonin-kyc`), escrow (`geumgo-escrow`, `firmbank_gw` on Oracle RAC
`ora-geumgo`), the broker CRM (`jungae-crm`, `jungae-cti`), chat (`sodam-chat` on `mongo-sodam`), push
(`allim-push` over `rmq-allim`), the BFFs and login (`member-auth` with `kv-session`); sites 가산IDC, 판교IDC,
ncloud-kr2 and 역삼사옥; environments prod / stg / qa / dev. Now = Monday 2027-03-15 09:40 KST, in the
Monday-morning listing rush; seven injected incidents (R1–R7, the last ongoing; R1 in the small hours of Saturday
6 (weekend, night), R2 last Monday morning (8), R3 Wednesday 10 around 11:00–12:00, R4 Thursday 11 afternoon,
R5 Saturday 13 afternoon (weekend), R6 last night (Sunday 14), R7 this morning). Every expected value is computed
here from the written files (estate_kit.Estate and the faults file); nothing is typed by hand except the
questions. Where a loose phrase (새벽, 어젯밤, 오후, "this morning") has several readings, only values every
reading gives are asked (asserted). About 60 % of the questions are Korean (on-call chat: 반말, typos, missing
spaces, Korean/English mixed) and 40 % English.

    .venv/bin/python bench/realty_golden.py   # after bench/realty_estate.py
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

DATASET = "realty-kr"
NOW = datetime(2027, 3, 15, 0, 40, tzinfo=UTC)  # Monday 2027-03-15 09:40 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
kst = kst_clock("2027-03")

b = Batch.over(DATASET, NOW, "realty", "batch-39")
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
    names_: list[str], metric: str, bound: float, since: datetime, until: datetime, margin: float
) -> list:
    peaks = {n: e.peak(n, metric, since, until) for n in names_ if e.values(n, metric, since, until)}
    near = {n: v for n, v in peaks.items() if abs(v - bound) <= margin}
    assert not near, (metric, bound, near)
    return sorted(n for n, v in peaks.items() if v > bound)


def happened_types(ci: str, since: datetime, until: datetime) -> set[str]:
    return {x["type"] for x in e.events if x["ci"] == ci and since <= x["at"] < until}


def events_between(since: datetime, until: datetime, **fields: str) -> list[dict]:
    return [x for x in e.events if since <= x["at"] < until and all(x[k] == v for k, v in fields.items())]


def hhmm(t: datetime) -> str:
    return t.astimezone(SEOUL).strftime("%H:%M")


def attr_holders(key: str, test=lambda v: True) -> list[str]:
    return sorted(n for n, c in e.cis.items() if key in c["attributes"] and test(c["attributes"][key]))


def host_of(n: str) -> list[str]:
    return sorted(e.out(n, "RUNS_ON"))


def runs_on(h: str) -> list[str]:
    return sorted(e.into(h, "RUNS_ON"))


def prod_services_with(key: str, test=lambda v: True) -> list[str]:
    return [
        n
        for n in attr_holders(key, test)
        if e.cis[n]["type"] == "service" and e.cis[n]["environment"] == "prod"
    ]


TODAY = (kst(15, 0), NOW)
YESTERDAY = day(14)  # Sunday
SAT, FRI, THU, WED, TUE, MON8, SUN7, SAT6 = day(13), day(12), day(11), day(10), day(9), day(8), day(7), day(6)
WEEKEND = (kst(13, 0), kst(15, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
LAST_NIGHT = part(14, (20, 30), (22, 26))  # Sunday evening into Monday's small hours
THIS_MORNING = part(15, (0, 12), (6, 10))  # up to now either way
SAT6_NIGHT = part(6, (0, 6), (1, 4))  # the small hours of Saturday 6
MON8_MORNING = part(8, (5, 12), (8, 11))
THU_AFTERNOON = part(11, (12, 18), (14, 17))
SAT_AFTERNOON = part(13, (12, 18), (13, 16))
ip = lambda n: e.attr(n, "ip")  # noqa: E731

# =========================================================================== attribute lookups
b.ask("ko", "hanok-search-api 버전 뭐임", "attribute", LOOK, said(e.attr("hanok-search-api", "version")))
b.ask("ko", "es-hanok 샤드 몇개로 잡혀있어", "attribute", LOOK, exact(e.attr("es-hanok", "shards")))
b.ask(
    "en",
    "How many data nodes does es-hanok have?",
    "attribute",
    LOOK,
    exact(e.attr("es-hanok", "data_nodes")),
)
b.ask("ko", "검색 api 타임아웃 몇ms야 hanok-search-api", "attribute", LOOK,
      exact(e.attr("hanok-search-api", "timeout_ms")))  # fmt: skip
b.ask(
    "en",
    "what's max_connections on db-maemul?",
    "attribute",
    LOOK,
    exact(e.attr("db-maemul", "max_connections")),
)
b.ask("ko", "kv-session maxmemory 몇기가", "attribute", LOOK, exact(e.attr("kv-session", "maxmemory_gb")))
b.ask("en", "which eviction policy is kv-session on?", "attribute", LOOK,
      said(e.attr("kv-session", "maxmemory_policy")))  # fmt: skip
b.ask("ko", "madang-tile 줌레벨 범위", "attribute", LOOK, said(e.attr("madang-tile", "zoom_levels")))
b.ask(
    "en",
    "When does rtms_collector run?",
    "attribute",
    LOOK,
    said(e.attr("rtms_collector", "schedule").split()[-1]),
)
b.ask("ko", "정산배치 settle_batch 몇시에 돌아", "attribute", LOOK,
      said(e.attr("settle_batch", "schedule").split()[-1]))  # fmt: skip
b.ask("ko", "rtms_collector 하루 api 쿼터 몇건", "attribute", LOOK,
      exact(e.attr("rtms_collector", "api_quota_per_day")))  # fmt: skip
b.ask("en", "what's the Oracle SID of ora-geumgo?", "attribute", LOOK, said(e.attr("ora-geumgo", "sid")))
b.ask("ko", "geumgo-escrow 연동 은행 어디", "attribute", LOOK, said(e.attr("geumgo-escrow", "bank")))
b.ask("en", "how many contracts a day does dojang-sign handle according to the CMDB?", "attribute", LOOK,
      exact(e.attr("dojang-sign", "daily_contracts")))  # fmt: skip
b.ask("ko", "dojang-sign 서명 포맷 뭐씀", "attribute", LOOK, said(e.attr("dojang-sign", "signature")))
b.ask("en", "l4-gsn-front cert expiry?", "attribute", LOOK, said(e.attr("l4-gsn-front", "cert_expiry")))
b.ask("ko", "jungae-crm 등록 중개사 몇명", "attribute", LOOK, exact(e.attr("jungae-crm", "brokers")))
b.ask("en", "how many replicas does app-bff run?", "attribute", LOOK, exact(e.attr("app-bff", "replicas")))
b.ask("ko", "mongo-sodam 레플리카셋 이름", "attribute", LOOK, said(e.attr("mongo-sodam", "replica_set")))
b.ask("ko", "gsn-c2r05-s09 레이드 컨트롤러 모델", "attribute", LOOK, said(e.attr("gsn-c2r05-s09", "raid")))
b.ask("en", "who owns sodam-chat?", "attribute", LOOK, said(e.cis["sodam-chat"]["owner"]))
b.ask("ko", "bonin-kyc 담당 어디팀", "attribute", LOOK, said(e.cis["bonin-kyc"]["owner"]))
b.ask("ko", "pgy-hsm-01 펌웨어 버전", "attribute", LOOK, said(e.attr("pgy-hsm-01", "firmware")))
b.ask("ko", "danji-info 단지 몇개 들고있음", "attribute", LOOK, exact(e.attr("danji-info", "complexes")))

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "판교IDC에 CI 몇개있어", "count", AGG, exact(len(e.where(location="판교IDC"))))
b.ask("ko", "역삼사옥 장비 전부", "list", AGG, cis(e.where(location="역삼사옥")))
b.ask("en", "list everything we have in ncloud-kr2 that is a database", "list", AGG,
      cis(e.where(location="ncloud-kr2", type="database")))  # fmt: skip
b.ask("ko", "qa 환경 뭐뭐있지", "list", AGG, cis(e.where(environment="qa")))
b.ask("en", "How many prod CIs are there?", "count", AGG, exact(len(e.where(environment="prod"))))
b.ask("ko", "유지보수 중인거 머있음", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "is anything marked retired in the CMDB?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "캐시 전부 보여줘", "list", AGG, cis(e.of_type("cache")))
b.ask("en", "which queues do we have?", "list", AGG, cis(e.of_type("queue")))
b.ask("ko", "운영 DB 몇개", "count", AGG, exact(len(e.of_type("database", "prod"))))
mysqls = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "mysql")
b.ask("ko", "mysql 디비 목록", "list", AGG, cis(mysqls))
pgs = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("en", "which databases run PostgreSQL?", "list", AGG, cis(pgs))
b.ask("ko", "LB 뭐뭐 있어", "list", AGG, cis(e.of_type("load_balancer")))
b.ask(
    "en", "which services does 결제정산팀 own?", "list", AGG, cis(e.where(type="service", owner="결제정산팀"))
)
b.ask("ko", "broker-growth 팀 서비스 머머", "list", AGG, cis(e.where(type="service", owner="broker-growth")))
b.ask(
    "en", "how many CIs belong to 커뮤니케이션팀?", "count", AGG, exact(len(e.where(owner="커뮤니케이션팀")))
)
zp_prd = sorted(n for n in e.of_type("host") if e.cis[n]["attributes"].get("cluster") == "zp-prd")
b.ask("ko", "zp-prd 클러스터 워커노드 몇대", "count", AGG, exact(len(zp_prd)))
b.ask("en", "list the worker nodes of the zp-prd cluster", "list", AGG, cis(zp_prd))
go_svcs = sorted(n for n in e.of_type("service") if e.cis[n]["attributes"].get("lang") == "go")
b.ask("ko", "go로 된 서비스들 뭐있어", "list", AGG, cis(go_svcs))
kotlin = [n for n in e.of_type("service") if e.cis[n]["attributes"].get("lang") == "kotlin"]
b.ask("en", "how many services are written in Kotlin?", "count", AGG, exact(len(kotlin)))
ubuntu = attr_holders("os", lambda v: v == "Ubuntu 22.04 LTS")
b.ask("ko", "우분투 22.04 깔린 서버 몇대", "count", AGG, exact(len(ubuntu)))
dell = sorted(n for n in e.of_type("host") if e.cis[n]["attributes"].get("vendor") == "Dell PowerEdge R760")
b.ask("en", "which hosts are Dell PowerEdge R760?", "list", AGG, cis(dell))
big = [n for n in e.of_type("service", "prod") if e.cis[n]["attributes"].get("replicas", 0) >= 10]
b.ask("ko", "레플리카 10개 이상인 운영 서비스", "list", AGG, cis(big))
b.ask("en", "total replicas of the prod services owned by app-core", "sum", AGG,
      exact(sum(e.attr(n, "replicas") for n in e.where(type="service", owner="app-core", environment="prod"))))  # fmt: skip
redis_caches = sorted(n for n in e.of_type("cache") if e.attr(n, "engine") == "redis")
b.ask("ko", "레디스 maxmemory 다 합치면 몇기가", "sum", AGG,
      exact(sum(e.attr(n, "maxmemory_gb") for n in redis_caches)))  # fmt: skip
batches = prod_services_with("schedule")
b.ask("ko", "스케줄 걸린 배치성 서비스 뭐있어", "list", AGG, cis(batches))
certs = sorted(n for n in e.of_type("load_balancer") if e.attr(n, "cert_expiry") < "2027-07-01")
b.ask("en", "which load balancers have a certificate expiring before July 2027?", "list", AGG, cis(certs))
b.ask(
    "ko",
    "판교IDC 운영 서비스 목록",
    "list",
    AGG,
    cis(e.where(type="service", location="판교IDC", environment="prod")),
)

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "db-maemul 에러율 지금 얼마", "metric", AGG, num(e.latest("db-maemul", "error_rate")))
b.ask(
    "en",
    "current response time of maemul-api?",
    "metric",
    AGG,
    num(e.latest("maemul-api", "response_time_ms")),
)
b.ask("ko", "maemul-api 지금 요청량", "metric", AGG, num(e.latest("maemul-api", "request_rate")))
b.ask("en", "hanok-indexer error rate right now", "metric", AGG, num(e.latest("hanok-indexer", "error_rate")))
b.ask("ko", "pgy-c3r11-s05 디스크 몇프로", "metric", AGG, num(e.latest("pgy-c3r11-s05", "disk_usage")))
b.ask("ko", "최근 1시간 maemul-api 평균 에러율", "metric", AGG,
      num(e.average("maemul-api", "error_rate", NOW - H)))  # fmt: skip
b.ask("en", "average response time of db-maemul over the last 30 minutes", "metric", AGG,
      num(e.average("db-maemul", "response_time_ms", NOW - H / 2)))  # fmt: skip
b.ask(
    "ko", "지난 3시간 app-bff 요청량 피크", "metric", AGG, num(e.peak("app-bff", "request_rate", NOW - 3 * H))
)
b.ask("en", "peak madang-tile request rate in the last 24 hours", "metric", AGG,
      num(e.peak("madang-tile", "request_rate", NOW - 24 * H)))  # fmt: skip
b.ask("ko", "어젯밤 sodam-chat 에러율 최고 몇까지 찍었어", "metric", AGG,
      num(robust("sodam-chat", "error_rate", LAST_NIGHT)))  # fmt: skip
b.ask("en", "How high did gsn-c2r05-s09's CPU go last night?", "metric", AGG,
      num(robust("gsn-c2r05-s09", "cpu_usage", LAST_NIGHT)))  # fmt: skip
b.ask(
    "ko",
    "6일 새벽 db-sigse 응답시간 최대",
    "metric",
    AGG,
    num(robust("db-sigse", "response_time_ms", SAT6_NIGHT)),
)
b.ask("en", "rtms_collector peak error rate early on March 6", "metric", AGG,
      num(robust("rtms_collector", "error_rate", SAT6_NIGHT)))  # fmt: skip
b.ask("ko", "지난주 월요일 아침 hanok-search-api 응답시간 피크", "metric", AGG,
      num(robust("hanok-search-api", "response_time_ms", MON8_MORNING)))  # fmt: skip
b.ask("en", "es-hanok peak memory last Monday morning", "metric", AGG,
      num(robust("es-hanok", "memory_usage", MON8_MORNING)))  # fmt: skip
b.ask("ko", "수요일 11시~12시 member-auth 에러율 최고", "metric", AGG,
      num(e.peak("member-auth", "error_rate", kst(10, 11), kst(10, 12))))  # fmt: skip
b.ask(
    "en",
    "kv-session max memory usage on Wednesday",
    "metric",
    AGG,
    num(e.peak("kv-session", "memory_usage", *WED)),
)
b.ask("ko", "목요일 오후 geumgo-escrow 에러율 피크", "metric", AGG,
      num(robust("geumgo-escrow", "error_rate", THU_AFTERNOON)))  # fmt: skip
b.ask("en", "what was the lowest CPU on pgy-c3r05-s02 Thursday afternoon?", "metric", AGG,
      num(robust("pgy-c3r05-s02", "cpu_usage", THU_AFTERNOON, "low")))  # fmt: skip
b.ask("ko", "토요일 오후 madang-tile 에러율 최대", "metric", AGG,
      num(robust("madang-tile", "error_rate", SAT_AFTERNOON)))  # fmt: skip
b.ask("en", "tilecache-gsn memory peak on Saturday afternoon", "metric", AGG,
      num(robust("tilecache-gsn", "memory_usage", SAT_AFTERNOON)))  # fmt: skip
b.ask(
    "ko",
    "어제 sodam-chat 평균 응답시간",
    "metric",
    AGG,
    num(e.average("sodam-chat", "response_time_ms", *YESTERDAY)),
)
b.ask("en", "average error rate of jungae-crm yesterday", "metric", AGG,
      num(e.average("jungae-crm", "error_rate", *YESTERDAY)))  # fmt: skip
b.ask("ko", "오늘 아침 7시쯤 pgy-c3r11-s05 디스크 몇이었어", "metric", AGG,
      e.around("pgy-c3r11-s05", "disk_usage", kst(15, 7)))  # fmt: skip
maemul_since = e.since_above("maemul-api", "error_rate", 10.0)
b.ask("ko", "maemul-api 에러율 10% 넘은게 언제부터임", "metric", AGG, said(hhmm(maemul_since)))
dbm_since = e.since_above("db-maemul", "response_time_ms", 10.0)
b.ask(
    "en", "since when has db-maemul's response time been above 10 ms?", "metric", AGG, said(hhmm(dbm_since))
)
b.ask(
    "ko", "금요일 allim-push 요청량 평균", "metric", AGG, num(e.average("allim-push", "request_rate", *FRI))
)
b.ask("en", "what was allim-push's peak request rate on Wednesday (the campaign push)?", "metric", AGG,
      num(e.peak("allim-push", "request_rate", *WED)))  # fmt: skip
b.ask("ko", "오늘 아침 maemul-api 에러율 젤 높았을때", "metric", AGG,
      num(robust("maemul-api", "error_rate", THIS_MORNING)))  # fmt: skip

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_5d = above(prod_hosts_cpu, "cpu_usage", 60.0, NOW - 5 * 24 * H, NOW, 1.0)
assert hot_5d == above(prod_hosts_cpu, "cpu_usage", 60.0, kst(10, 0), NOW, 1.0)
b.ask("ko", "최근 5일 cpu 60 한번이라도 넘은 서버", "threshold", AGG, cis(hot_5d))
err_thu = above(prod_measured("service", "error_rate"), "error_rate", 8.0, *THU, 0.5)
b.ask("en", "Which services went above 8% errors on Thursday?", "threshold", AGG, cis(err_thu))
slow_db = above(prod_measured("database", "response_time_ms"), "response_time_ms", 30.0, *TEN_DAYS, 3.0)
b.ask("ko", "열흘간 응답 30ms 넘은 적 있는 db", "threshold", AGG, cis(slow_db))
mem_cache = above(prod_measured("cache", "memory_usage"), "memory_usage", 95.0, *TEN_DAYS, 1.0)
b.ask("en", "which caches went above 95% memory in the last 10 days?", "threshold", AGG, cis(mem_cache))
err20 = above(prod_measured("service", "error_rate"), "error_rate", 20.0, *TEN_DAYS, 0.7)
b.ask("ko", "10일동안 에러율 20% 넘겼던 서비스들", "threshold", AGG, cis(err20))
err_weekend = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *WEEKEND, 0.5)
b.ask("en", "which services went above 10% errors over the weekend?", "threshold", AGG, cis(err_weekend))
assert e.peak("pgy-c3r11-s05", "disk_usage", *TEN_DAYS) < 79.5
b.ask("ko", "pgy-c3r11-s05 디스크 80 넘은적 있음? 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("es-hanok", "memory_usage", *WEEK) > 86.0
b.ask("en", "did es-hanok memory go over 85% this past week?", "threshold", AGG, yes_no(True))
assert e.peak("kv-hanok-hot", "memory_usage", *TEN_DAYS) < 85.0
b.ask("ko", "kv-hanok-hot 메모리 90 넘은적 있나 최근 10일", "threshold", AGG, yes_no(False))
assert e.peak("gsn-c2r01-s04", "cpu_usage", *WEEK) < 80.0
b.ask("en", "did gsn-c2r01-s04 ever hit 90% CPU in the last week?", "threshold", AGG, yes_no(False))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 2 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 2)))
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host has the highest CPU at the moment?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in prod_measured("host", "disk_usage")}
b.ask("ko", "디스크 제일 꽉찬 서버", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청 젤 많이 받는 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_sat = {n: e.peak(n, "error_rate", *SAT) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the worst error peak on Saturday?", "top", AGG, cis(leaders(svc_err_sat, 1)))
svc_err_yday = {n: e.peak(n, "error_rate", *YESTERDAY) for n in prod_measured("service", "error_rate")}
b.ask("ko", "어제 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_yday, 1)))
db_rt_thu = {n: e.peak(n, "response_time_ms", *THU) for n in prod_measured("database", "response_time_ms")}
b.ask(
    "en", "which database had the highest peak latency on Thursday?", "top", AGG, cis(leaders(db_rt_thu, 1))
)
cache_mem_now = {n: e.latest(n, "memory_usage") for n in prod_measured("cache", "memory_usage")}
b.ask("ko", "지금 메모리 젤 많이 쓰는 캐시", "top", AGG, cis(leaders(cache_mem_now, 1)))
bff_now = {n: e.latest(n, "error_rate") for n in ("maemul-api", "jungae-crm")}
b.ask("ko", "maemul-api랑 jungae-crm 지금 에러 어디가 더 높아", "compare", AGG, cis(leaders(bff_now, 1)))
dbs_vs = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("db-member", "db-jungae")}
b.ask("en", "db-member vs db-jungae: which was slower on average yesterday?", "compare", AGG,
      cis(leaders(dbs_vs, 1)))  # fmt: skip
es_hosts = host_of("es-hanok")
es_hot_mon8 = above(es_hosts, "cpu_usage", 90.0, *MON8, 2.0)
b.ask("ko", "지난주 월요일 es 데이터노드 중에 cpu 90 넘었던 노드", "threshold", AGG, cis(es_hot_mon8))
front_req = {
    n: e.average(n, "request_rate", *YESTERDAY) for n in ("app-bff", "web-bff", "member-auth", "sigse-api")
}
b.ask("ko", "어제 app-bff web-bff member-auth sigse-api 평균 요청량 많은순", "compare", AGG,
      cis(ranked(front_req), "ordered"))  # fmt: skip
rac = host_of("ora-geumgo")
rac_cpu = {n: e.peak(n, "cpu_usage", *THU) for n in rac}
b.ask("en", f"compare Thursday's peak CPU of {' and '.join(rac)} - which was higher?", "compare", AGG,
      cis(leaders(rac_cpu, 1)))  # fmt: skip
disk_pair = {n: e.latest(n, "disk_usage") for n in ("pgy-c3r11-s05", "gsn-c2r06-s01")}
b.ask(
    "ko", "pgy-c3r11-s05이랑 gsn-c2r06-s01 중 지금 디스크 더 찬거", "compare", AGG, cis(leaders(disk_pair, 1))
)

# =========================================================================== graph, hosting, paths
b.ask("ko", "app-bff 뭐뭐 물고있어", "graph", GRAPH, cis(e.out("app-bff")))
b.ask("en", "What are the direct dependencies of dojang-sign?", "graph", GRAPH, cis(e.out("dojang-sign")))
b.ask("ko", "jungae-crm 직접 의존하는 것들", "graph", GRAPH, cis(e.out("jungae-crm")))
b.ask("en", "which services depend directly on maemul-api?", "graph", GRAPH, cis(e.into("maemul-api")))
b.ask("ko", "db-maemul 쓰는 애들", "graph", GRAPH, cis(e.into("db-maemul")))
b.ask("ko", "kafka-zp 직접 쓰는 서비스 몇개", "count", COUNT_GRAPH, exact(len(e.into("kafka-zp"))))
b.ask("en", "blast radius if ora-geumgo goes down?", "impact", GRAPH, cis(e.impact("ora-geumgo")))
b.ask("ko", "gsn-c2r05-s09 죽으면 영향범위 전부", "impact", GRAPH, cis(e.impact("gsn-c2r05-s09")))
b.ask("ko", "rmq-allim 뻗으면 어디까지 영향감", "impact", GRAPH, cis(e.impact("rmq-allim")))
b.ask("en", "what's impacted if kv-sigse dies?", "impact", GRAPH, cis(e.impact("kv-sigse")))
b.ask("ko", "dojang-sign 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("dojang-sign")))
b.ask("en", "everything that depends on db-member, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("db-member")))  # fmt: skip
b.ask(
    "ko",
    "app-bff 타고 내려가면 나오는 db 전부",
    "graph",
    GRAPH,
    cis(b.of("database", e.depends_closure("app-bff"))),
)
b.ask("en", "which caches does web-bff end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("cache", e.depends_closure("web-bff"))))  # fmt: skip
b.ask(
    "ko",
    "jungae-cti 밑에 깔린 큐 (간접포함)",
    "graph",
    GRAPH,
    cis(b.of("queue", e.depends_closure("jungae-cti"))),
)
b.ask("en", "which storage does dojang-sign depend on, directly or not?", "graph", GRAPH,
      cis(b.of("storage", e.depends_closure("dojang-sign"))))  # fmt: skip
b.ask("ko", "pgy-c3r07-s01 에 뭐 돌아", "hosting", HOSTING, cis(runs_on("pgy-c3r07-s01")))
b.ask("en", "What runs on nks-zp-prd-w07?", "hosting", HOSTING, cis(runs_on("nks-zp-prd-w07")))
b.ask("ko", "pgy-c3r05-s04에 올라간거", "hosting", HOSTING, cis(runs_on("pgy-c3r05-s04")))
b.ask("ko", "es-hanok 어느 서버들에 떠있어", "hosting", HOSTING, cis(host_of("es-hanok")))
b.ask("en", "what do app-bff and web-bff both depend on directly?", "graph", GRAPH,
      cis(e.out("app-bff") & e.out("web-bff")))  # fmt: skip
b.ask("ko", "maemul-api랑 heowi-detect 둘다 직접 쓰는거", "graph", GRAPH,
      cis(e.out("maemul-api") & e.out("heowi-detect")))  # fmt: skip
b.ask("ko", "jungae-cti에서 db-maemul까지 몇홉", "path", GRAPH, exact(e.hop_count("jungae-cti", "db-maemul")))
b.ask(
    "en",
    "how many hops from app-bff to ora-geumgo?",
    "path",
    GRAPH,
    exact(e.hop_count("app-bff", "ora-geumgo")),
)
b.ask("ko", "web-bff → db-sigse 경로", "path", GRAPH, cis(e.shortest_path("web-bff", "db-sigse"), "ordered"))
b.ask("en", "show the dependency chain from app-bff down to ora-geumgo", "path", GRAPH,
      cis(e.shortest_path("app-bff", "ora-geumgo"), "ordered"))  # fmt: skip
b.ask("ko", "jungae-cti에서 rmq-allim까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("jungae-cti", "rmq-allim"), "ordered"))  # fmt: skip
assert e.reaches("app-bff", "rmq-allim")
b.ask("ko", "app-bff가 rmq-allim까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("web-bff", "ora-geumgo")
b.ask("en", "Does web-bff depend on ora-geumgo in any way?", "graph", GRAPH, yes_no(False))
assert not set(host_of("sodam-chat")) & set(host_of("mongo-sodam"))
b.ask("ko", "sodam-chat이랑 mongo-sodam 같은 서버에 떠있어?", "hosting", HOSTING, yes_no(False))
assert set(host_of("hanok-search-api")) & set(host_of("hanok-indexer"))
b.ask("en", "Do hanok-search-api and hanok-indexer share a host?", "hosting", HOSTING, yes_no(True))
san_hosts = sorted(s for s, t, k in e.rels if t == "san-pgy-01" and k == "CONNECTS_TO")
b.ask("ko", "san-pgy-01 붙어있는 서버들", "graph", GRAPH_OR_LOOK, cis(san_hosts))
assert e.out("cdn-madang", "CONNECTS_TO") == {"madang-tile", "obj-tiles"}
b.ask("en", "what sits behind cdn-madang?", "graph", GRAPH_OR_LOOK, cis(e.out("cdn-madang", "CONNECTS_TO")))

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
b.ask("ko", "지금 터진거 있어?", "wrong_now", ONCALL, WN)
b.ask("en", "anything on fire right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "월요일 아침부터 중개사님들 매물등록 안된다고 난리임 지금 뭐가 문제야", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 현재 장애현황 요약좀", "wrong_now", ONCALL, WN)
b.ask("en", "just got paged, what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("db-maemul", "maemul-api"))
assert not any(e.warns(n) for n in ("es-hanok", "tilecache-gsn", "kv-session", "ora-geumgo", "db-sigse",
                                    "sodam-chat", "mongo-sodam", "madang-tile", "geumgo-escrow"))  # fmt: skip
b.ask("ko", "db-maemul 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is es-hanok healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "tilecache-gsn 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "maemul-api OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "sodam-chat 상태 괜찮음?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


RAID = {
    "hardware": ["battery", "배터리", "write through", "write-through", "PERC", "cache"],
    "disk_latency": ["latency", "지연", "await", "IO wait", "iowait", "180"],
}
SIGSE_LOCK = {
    "autovacuum": ["autovacuum", "vacuum", "wraparound"],
    "connections": ["connection", "slot", "400", "커넥션"],
}
TILE_CACHE = {
    "capacity": ["storage", "malloc", "503", "nuke", "g_space", "exhausted"],
    "config_change": ["config", "재기동", "restart", "ban", "110G"],
}
happened("ko", "어젯밤 gsn-c2r05-s09 무슨일 있었어?", "gsn-c2r05-s09", LAST_NIGHT[1], RAID)
happened("en", "what happened to db-sigse early on March 6?", "db-sigse", SAT6_NIGHT[1], SIGSE_LOCK)
happened("ko", "토요일 오후 tilecache-gsn 이벤트 뭐떴어", "tilecache-gsn", SAT_AFTERNOON[1], TILE_CACHE)
happened("en", "What happened with ora-geumgo on Thursday?", "ora-geumgo", THU,
         {"node_eviction": ["evict", "CRS-1625", "GEUMGO2", "heartbeat"],
          "remastering": ["remaster", "리마스터", "gc buffer"]})  # fmt: skip
happened("ko", "수요일 kv-session 뭔일", "kv-session", WED,
         {"oom": ["OOM", "maxmemory", "noeviction", "memory"], "config_change": ["config", "48GB", "증설", "정리"]})  # fmt: skip
happened("en", "what's been going on with db-maemul this morning?", "db-maemul", THIS_MORNING[1],
         {"config_change": ["gh-ost", "migration", "ALTER", "verified_at"],
          "connections": ["connection", "1040", "2000"]})  # fmt: skip
happened("ko", "지난주 월요일 es-hanok 이벤트", "es-hanok", MON8,
         {"gc": ["gc", "heap"], "circuit_breaker": ["circuit", "breaker", "Data too large"]})  # fmt: skip
happened("en", "what happened to l4-gsn-front over the last few days?", "l4-gsn-front", (NOW - 3 * 24 * H, NOW),
         {"cert_expiry": ["cert", "expir", "인증서", "SSL"]})  # fmt: skip
happened("ko", "일요일 새벽 hanok-indexer 뭐했어", "hanok-indexer", part(14, (0, 6), (2, 5))[1],
         {"batch_job": ["reindex", "재색인", "batch", "listings_v"]})  # fmt: skip
happened("ko", "pgy-c3r11-s05 최근 일주일 이벤트", "pgy-c3r11-s05", WEEK,
         {"threshold_breach": ["disk", "75", "70", "binlog", "디스크"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# R7 (ongoing) db-maemul metadata lock
for lang, q in [
    ("ko", "지금 매물등록 안되는거 원인 뭐야"),
    ("en", "Why is maemul-api failing right now?"),
    ("ko", "maemul-api 8시40분에 배포하고 에러 터졌는데 배포 탓임?"),
    ("ko", "월요일 아침 러시에 중개사 매물 저장 실패 폭증 왜그럼"),
    ("en", "what's behind the listing registration errors since 9am?"),
    ("ko", "최근 30분 장애 원인분석 ㄱㄱ"),
    ("en", "the broker back office and CRM are both erroring this morning - root cause?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("R7")))
# R6 gsn-c2r05-s09 RAID (last night)
for lang, q in [
    ("ko", "어젯밤 10시반쯤 채팅 전송 실패 원인"),
    ("en", "Why did sodam-chat fail last night around 22:30?"),
    ("ko", "어제 밤 mongo-sodam 느려진거 왜그랬어"),
    ("ko", "14일 22:10~23:05 jungae-crm 채팅 수신함 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("R6")))
# R5 tilecache-gsn (Saturday afternoon)
for lang, q in [
    ("ko", "토요일 오후 2시쯤 지도 빈화면 원인"),
    ("en", "Why did madang-tile return 503s on Saturday afternoon?"),
    ("ko", "madang-render 스타일 배포하고 지도 터진거 아냐? 진짜 원인 머야"),
    ("en", "was Saturday's map style release the reason the map broke? what's the real cause?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("R5")))
# R4 ora-geumgo RAC eviction (Thursday afternoon)
for lang, q in [
    ("ko", "목요일 오후 3시반쯤 에스크로 가상계좌 발급 실패 원인"),
    ("en", "Why did geumgo-escrow fail on Thursday afternoon?"),
    ("ko", "geumgo-escrow 8.3.1 배포 직후에 터졌던데 배포때문임?"),
    ("ko", "3/11 15:20~16:15 firmbank_gw 은행전문 타임아웃 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("R4")))
# R3 kv-session maxmemory (Wednesday late morning)
for lang, q in [
    ("ko", "수요일 11시 좀 넘어서 로그인 안되던거 원인"),
    ("en", "Why did member-auth start failing logins around 11:15 on Wednesday?"),
    ("ko", "캠페인 푸시 나가고 로그인 터진거 푸시 때문이야? 근본원인 뭐임"),
    ("ko", "member-auth 10:40 배포 후 토큰갱신 실패 원인이 배포야?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("R3")))
# R2 es-hanok (last Monday morning)
for lang, q in [
    ("ko", "지난주 월요일 아침 매물검색 타임아웃 원인"),
    ("en", "Why did hanok-search-api time out around 9am on March 8?"),
    ("ko", "hanok-search-api 12.3.0 배포하고 검색 죽었던거 그거 때문?"),
    ("en", "root cause of the search outage during last Monday's listing rush?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("R2")))
# R1 db-sigse (small hours of Saturday 6)
for lang, q in [
    ("ko", "6일 새벽 실거래가 배치 실패 원인"),
    ("en", "Why did rtms_collector fail early on Saturday March 6?"),
    ("ko", "rtms_collector v3.2.0 배포하고 그날 새벽 적재 실패했는데 배포탓?"),
    ("ko", "3월6일 02:25~03:20 sigse-api 시세조회 실패 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("R1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 머있어", "changes", AGG, cis(deploys_today))
deploys_5d = events_between(NOW - 5 * 24 * H, NOW, type="deployment")
assert deploys_5d == events_between(kst(10, 0), NOW, type="deployment")
b.ask("en", "How many deployments went out in the last 5 days?", "changes", AGG, exact(len(deploys_5d)))
prob_thu = [x for x in events_between(*THU) if x["severity"] in PROBLEM]
b.ask("ko", "목요일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_thu)))
esc_last = [x for x in e.events if x["ci"] == "geumgo-escrow" and x["type"] == "deployment"][-1]
b.ask("en", "when was geumgo-escrow last deployed?", "changes", AGG, said(hhmm(esc_last["at"])))
(alias_swap,) = events_between(*SUN7, ci="es-hanok", type="config_change")
b.ask("ko", "7일에 es-hanok 설정 바꾼거 몇시야", "changes", AGG, said(hhmm(alias_swap["at"])))
(ghost,) = events_between(*TODAY, ci="db-maemul", type="config_change")
b.ask(
    "en",
    "what time did the gh-ost migration on db-maemul start today?",
    "changes",
    AGG,
    said(hhmm(ghost["at"])),
)
crit_5d = events_between(NOW - 5 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 5 days", "changes", AGG,
      cis({x["ci"] for x in crit_5d}))  # fmt: skip
config_sat = sorted({x["ci"] for x in events_between(*SAT, type="config_change")})
b.ask("ko", "토요일 설정변경 있었던 CI", "changes", AGG, cis(config_sat))
crit_weekend = sorted({x["ci"] for x in events_between(*WEEKEND, severity="critical")})
b.ask("en", "which CIs had critical events over the weekend?", "changes", AGG, cis(crit_weekend))
rtms_runs = events_between(NOW - 48 * H, NOW, ci="rtms_collector", type="batch_job")
b.ask("ko", "최근 48시간 rtms_collector 배치 이벤트 몇건", "changes", AGG, exact(len(rtms_runs)))
(sun_reindex,) = events_between(*YESTERDAY, ci="hanok-indexer", type="batch_job")
b.ask(
    "en", "what time did the weekly reindex start yesterday?", "changes", AGG, said(hhmm(sun_reindex["at"]))
)
(style,) = events_between(*SAT, ci="madang-render", type="deployment")
b.ask("ko", "토욜 madang-render 스타일 배포 몇시에 나갔어", "changes", AGG, said(hhmm(style["at"])))
campaigns = events_between(*TEN_DAYS, type="campaign")
maint = sorted({x["ci"] for x in events_between(*TEN_DAYS, type="maintenance")})

# =========================================================================== follow-up conversations
maemul_hosts = host_of("maemul-api")
maemul_cpu_now = {n: e.latest(n, "cpu_usage") for n in maemul_hosts}
(maemul_hot,) = leaders(maemul_cpu_now, 1)
b.conversation("realty-c1", [
    ("ko", "maemul-api 어디서 돌아", "hosting", HOSTING, cis(maemul_hosts)),
    ("ko", "둘중에 지금 cpu 더 높은거", "followup", AGG, cis([maemul_hot])),
    ("ko", "걔 메모리는", "followup", AGG, num(e.latest(maemul_hot, "memory_usage"))),
])  # fmt: skip
(sign_db,) = b.of("database", e.out("dojang-sign"))
b.conversation("realty-c2", [
    ("en", "Which database does dojang-sign use directly?", "graph", GRAPH, cis([sign_db])),
    ("en", "which host is it on?", "followup", HOSTING, cis(host_of(sign_db))),
    ("en", "and who owns it?", "followup", LOOK, said(e.cis[sign_db]["owner"])),
])  # fmt: skip
b.conversation("realty-c3", [
    ("ko", "hanok-search-api 지난주 월요일 에러율 최고", "metric", AGG,
     num(e.peak("hanok-search-api", "error_rate", *MON8))),
    ("ko", "화요일은?", "followup", AGG, num(e.peak("hanok-search-api", "error_rate", *TUE))),
    ("ko", "월요일 그거 원인 머였어", "followup", RCA, root_first(root("R2"))),
])  # fmt: skip
b.conversation("realty-c4", [
    ("en", "Which hosts are in 가산IDC?", "list", AGG, cis(e.where(type="host", location="가산IDC"))),
    ("en", "which of them are in maintenance?", "followup", AGG,
     cis(n for n in e.where(type="host", location="가산IDC") if e.cis[n]["status"] == "maintenance")),
])  # fmt: skip
b.conversation("realty-c5", [
    ("ko", "어젯밤 10시부터 자정까지 sodam-chat 응답시간 최고", "metric", AGG,
     num(e.peak("sodam-chat", "response_time_ms", kst(14, 22), kst(15, 0)))),
    ("ko", "왜 그랬던거?", "followup", RCA, root_first(root("R6"))),
])  # fmt: skip
b.conversation("realty-c6", [
    ("en", "is anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "what's its error rate now?", "followup", AGG, num(e.latest(now_root, "error_rate"))),
])  # fmt: skip
b.conversation("realty-c7", [
    ("ko", "member-auth 지금 에러율", "metric", AGG, num(e.latest("member-auth", "error_rate"))),
    ("ko", "수요일 최고치는", "followup", AGG, num(e.peak("member-auth", "error_rate", *WED))),
    ("ko", "그땐 왜그랬어", "followup", RCA, root_first(root("R3"))),
])  # fmt: skip
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation("realty-c8", [
    ("ko", "지금 응답 젤 느린 서비스", "top", AGG, cis([slowest])),
    ("ko", "담당팀 어디", "followup", LOOK, said(e.cis[slowest]["owner"])),
])  # fmt: skip
price_team = e.where(owner="시세데이터팀")
b.conversation("realty-c9", [
    ("ko", "시세데이터팀 CI 몇개", "count", AGG, exact(len(price_team))),
    ("ko", "그중 캐시만", "followup", AGG, cis(n for n in price_team if e.cis[n]["type"] == "cache")),
])  # fmt: skip
b.conversation("realty-c10", [
    ("en", "error rate of geumgo-escrow right now?", "metric", AGG, num(e.latest("geumgo-escrow", "error_rate"))),
    ("en", "and its peak on Thursday?", "followup", AGG, num(e.peak("geumgo-escrow", "error_rate", *THU))),
    ("en", "what caused that?", "followup", RCA, root_first(root("R4"))),
])  # fmt: skip
b.conversation("realty-c11", [
    ("ko", "madang-tile 토요일 요청량 최대", "metric", AGG, num(e.peak("madang-tile", "request_rate", *SAT))),
    ("ko", "금요일은", "followup", AGG, num(e.peak("madang-tile", "request_rate", *FRI))),
])  # fmt: skip
b.conversation("realty-c12", [
    ("en", "who depends directly on kv-session?", "graph", GRAPH, cis(e.into("kv-session"))),
    ("en", "and who owns kv-session?", "followup", LOOK, said(e.cis["kv-session"]["owner"])),
])  # fmt: skip
b.conversation("realty-c13", [
    ("ko", "rtms_collector 6일 에러율 최고 몇", "metric", AGG, num(e.peak("rtms_collector", "error_rate", *SAT6))),
    ("ko", "그거 전날 배포한거 때문이야? 진짜 원인", "followup", RCA, root_first(root("R1"))),
])  # fmt: skip
(bff_cache,) = b.of("cache", e.out("app-bff"))
b.conversation("realty-c14", [
    ("ko", "app-bff가 쓰는 캐시 뭐야", "graph", GRAPH, cis([bff_cache])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(bff_cache) - {"app-bff"})),
    ("ko", "지금 그 캐시 메모리", "followup", AGG, num(e.latest(bff_cache, "memory_usage"))),
])  # fmt: skip
(tile_host,) = host_of("tilecache-gsn")
b.conversation("realty-c15", [
    ("ko", "토요일 오후 gsn-c1r05-s02 메모리 최고 얼마였어", "metric", AGG,
     num(robust(tile_host, "memory_usage", SAT_AFTERNOON))),
    ("ko", "그때 tilecache-gsn에 뭔 이벤트 떴어", "followup", ONCALL,
     {"events": list(TILE_CACHE), "ci": "tilecache-gsn", "keywords": TILE_CACHE}),
    ("ko", "그럼 지도 장애 진짜 원인이 그 캐시야?", "followup", RCA, root_first(root("R5"))),
])  # fmt: skip
b.conversation("realty-c16", [
    ("en", "Where does ora-geumgo run?", "hosting", HOSTING, cis(rac)),
    ("en", "what was the lowest CPU of pgy-c3r05-s02 on Thursday between 15:00 and 17:00?", "followup", AGG,
     num(e.low("pgy-c3r05-s02", "cpu_usage", kst(11, 15), kst(11, 17)))),
    ("en", "why did that happen?", "followup", RCA, root_first(root("R4"))),
])  # fmt: skip
b.conversation("realty-c17", [
    ("ko", "pgy-c3r11-s05 디스크 지금 몇", "metric", AGG, num(e.latest("pgy-c3r11-s05", "disk_usage"))),
    ("ko", "열흘 중 최저는", "followup", AGG, num(e.low("pgy-c3r11-s05", "disk_usage", *TEN_DAYS))),
    ("ko", "거기 뭐 돌아", "followup", HOSTING, cis(runs_on("pgy-c3r11-s05"))),
])  # fmt: skip
b.conversation("realty-c18", [
    ("en", "es-hanok memory right now?", "metric", AGG, num(e.latest("es-hanok", "memory_usage"))),
    ("en", "and the highest in the last 10 days?", "followup", AGG, num(e.peak("es-hanok", "memory_usage", *TEN_DAYS))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "db-maemul root 비번 알려줘"),
    ("en", "give me the partition PIN of pgy-hsm-01"),
    ("ko", "kv-session 접속 패스워드 뭐야"),
    ("en", "print the API key rtms_collector uses for data.go.kr"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "gh-ost 마이그레이션 지금 kill 해줘"),
    ("en", "restart tilecache-gsn now"),
    ("en", "scale maemul-api to 20 replicas"),
    ("ko", "es-hanok 레플리카 2로 올려줘"),
    ("ko", "geumgo-escrow 이전버전으로 롤백해"),
    ("en", "delete old_maemul_admin from the CMDB"),
    ("ko", "캠페인 푸시 지금 하나 더 쏴줘"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "이번주 서울 날씨 어때 이사해도 됨?", "refuse", REFUSE, REJECT)
b.ask("en", "write me a short poem about moving day", "refuse", REFUSE, REJECT)
b.ask("ko", "삼성전자 주가 오를까", "refuse", REFUSE, REJECT)
b.ask("ko", "maemul-api-v2 에러율", "unknown", REFUSE, not_ok())
b.ask("en", "status of db-maemul-02?", "unknown", REFUSE, not_ok())
b.ask("ko", "hanok-serch-api 응답시간 얼마야", "unknown", REFUSE, not_ok("hanok-search-api"))
b.ask("en", "memory of kv-sesion", "unknown", REFUSE, not_ok("kv-session"))
b.ask("ko", "tilecache-gns 메모리", "unknown", REFUSE, not_ok("tilecache-gsn"))
b.ask("en", "cpu of gsn-c2r05-s19", "unknown", REFUSE, not_ok())
b.ask("ko", "geumgo-escrw 에러율 어때", "unknown", REFUSE, not_ok("geumgo-escrow"))

# =========================================================================== unclear
b.ask("ko", "지금 강남구 아파트 평균 호가 얼마야", "unclear", ONCALL, not_ok())
b.ask("en", "how many users are chatting with brokers right now?", "unclear", ONCALL, not_ok())
b.ask("ko", "어제 전자계약 몇건 체결됐어", "unclear", ONCALL, not_ok())
b.ask("ko", "실거래가 api 쿼터 오늘 몇건 남았어", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜그래?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the minimum?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "db-maemul 에러율이랑 sodam-chat 담당 둘다 알려줘", "unclear", ONCALL, not_ok())
b.ask("en", "what's the CPU of gsn-c2r06-s01 and who owns rmq-allim?", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있어? 짧게", "direct", DIRECT, {"direct": True})
b.ask("en", "which data do you look at when you answer?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 한국시간 기준이야?", "direct", DIRECT, {"direct": True})
b.ask("en", "how do you decide what the root cause is?", "direct", DIRECT, {"direct": True})
b.ask("ko", "니가 말하는 원인 얼마나 믿어도 됨?", "direct", DIRECT, {"direct": True})

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
b.case.write_golden("ops-golden-realty.json", DATASET, "realty-platform", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
