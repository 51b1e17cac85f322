"""Write tests/fixtures/ops-golden-fan.json: blind batch 56, OPS questions over the fan-platform estate.

The estate (bench/fan_estate.py) is a K-pop entertainment company's fan platform (오로라웨이브, the app LUMI): the
app gateways in Seoul and Oregon, login and fan-club membership verification, the community feed and its ranking,
artist posts and paid subscription DMs with their billing and app-store receipts, live streaming (ingest from the
가산 IDC and the 성수 HQ studio, GPU transcoding, LL-HLS packaging, playback and chat behind a multi-CDN switch),
the merch shop with limited drops, a global checkout with PG and FX, the midnight album unlock, the nightly legacy
settlement and the 이천 warehouse WMS, concert presales behind a virtual waiting room, push at artist-post time,
translation and moderation on a Triton GPU server, search on OpenSearch and the media store (Ceph in the IDC, S3)
with uploads and image resizing; sites 성수본사, 가산IDC, AWS서울, AWS오레곤, 이천물류센터 and 글로벌CDN;
environments prod / staging / dev; owners are teams named in Korean or English. Now = Monday 2028-04-24 09:40 KST;
seven injected incidents (F1-F7, the last ongoing: F1 Friday 14's 18:00 drop, F2 Saturday 15's concert evening,
F3 Tuesday 18 just after midnight, F4 Wednesday 19's 20:00 presale, F5 Thursday 20's 18:00 post, F6 yesterday
(Sunday 23) late morning, F7 this morning).
Every expected value is computed here from the written files (estate_kit.Estate and the faults file); nothing is
typed by hand except the questions. Where a loose phrase (새벽, 저녁, "this morning", "last night") has several
readings, only values every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call
chat: 반말, typos, missing spaces, Korean/English mixed) and 40 % English.

    .venv/bin/python bench/fan_golden.py   # after bench/fan_estate.py
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
    names,
    not_ok,
    num,
    root_first,
    said,
    top,
    wrong_now,
    yes_no,
)

DATASET = "fan-platform"
NOW = datetime(2028, 4, 24, 0, 40, tzinfo=UTC)  # Monday 09:40 KST
# Bare weekdays asked of the week before last name their date (first-run review, 2026-12-06): "금요일" asked on
# Monday the 24th is the 21st, so the questions about Friday the 14th and Saturday the 15th say "14일"/"15일".
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
kst = kst_clock("2028-04")

b = Batch.over(DATASET, NOW, "fan", "batch-56")
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
        return min(kst(d, 0) + timedelta(hours=h), NOW)

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


def attr_has(key: str, kind: str | None = None) -> list[str]:
    return sorted(
        n for n, c in e.cis.items() if key in c["attributes"] and (kind is None or c["type"] == kind)
    )


TODAY = (kst(24, 0), NOW)
YESTERDAY = day(23)  # Sunday
TUE18, WED19, THU20, FRI21, SAT22 = (day(d) for d in range(18, 23))
LAST_WEEKEND = (kst(22, 0), kst(24, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
THREE_DAYS = (NOW - 3 * 24 * H, NOW)
THIS_MORNING = part(24, (0, 12), (6, 10))  # up to now either way
LAST_NIGHT = part(23, (21, 26), (18, 30))
FRI14_EVENING = part(14, (18, 21), (17, 23))
SAT15_NIGHT = part(15, (18, 24), (19, 22))
TUE18_SMALL_HOURS = part(18, (0, 6), (0, 3))
WED19_EVENING = part(19, (18, 22), (19.5, 21.5))
THU20_EVENING = part(20, (17, 23), (18, 21))
SUN23_LUNCH = part(23, (11, 13), (10, 14))
STAGING = e.where(environment="staging")
ip = lambda n: e.attr(n, "ip")  # noqa: E731

# =========================================================================== attribute lookups
b.ask("ko", "gutz-stock 지금 몇버전 깔려있음", "attribute", LOOK, said(e.attr("gutz-stock", "version")))
b.ask("ko", "lumi-edge-gw 레플리카 몇개야", "attribute", LOOK, exact(e.attr("lumi-edge-gw", "replicas")))
b.ask("en", "rate limit on lumi-edge-gw?", "attribute", LOOK, exact(e.attr("lumi-edge-gw", "rate_limit_rps")))
b.ask("ko", "aur-commerce max_connections 얼마로 잡혀있어", "attribute", LOOK,
      exact(e.attr("aur-commerce", "max_connections")))  # fmt: skip
b.ask("en", "which parameter group is aur-commerce using", "attribute", LOOK,
      said(e.attr("aur-commerce", "parameter_group")))  # fmt: skip
b.ask(
    "ko", "kv-device-token 용량모드 머임", "attribute", LOOK, said(e.attr("kv-device-token", "capacity_mode"))
)
b.ask("en", "How many read capacity units are provisioned on kv-device-token?", "attribute", LOOK,
      exact(e.attr("kv-device-token", "rcu")))  # fmt: skip
b.ask("ko", "redis-queue maxclients 설정값", "attribute", LOOK, exact(e.attr("redis-queue", "maxclients")))
b.ask("ko", "encore-queue 분당 입장 몇명까지 풀어줌", "attribute", LOOK,
      exact(e.attr("encore-queue", "admit_per_min")))  # fmt: skip
b.ask("ko", "l4-gs-ingest 인증서 만료 언제임", "attribute", LOOK, said(e.attr("l4-gs-ingest", "cert_expiry")))
b.ask("en", "who issued the cert on l4-gs-ingest?", "attribute", LOOK,
      said(e.attr("l4-gs-ingest", "cert_issuer").split()[0]))  # fmt: skip
b.ask("ko", "gs-b02-03 gpu 머 꽂혀있더라", "attribute", LOOK, said(e.attr("gs-b02-03", "gpu")))
b.ask("en", "which AZ is ip-10-40-22-05 in", "attribute", LOOK, said(e.attr("ip-10-40-22-05", "az")))
b.ask("ko", "ceph-gs-media osd 몇개로 구성돼있어", "attribute", LOOK, exact(e.attr("ceph-gs-media", "osds")))
b.ask("en", "what's the replication factor on ceph-gs-media", "attribute", LOOK,
      exact(e.attr("ceph-gs-media", "replication")))  # fmt: skip
b.ask("ko", "AWH-0118 ip 머였지", "attribute", LOOK, said(ip("AWH-0118")))
b.ask("en", "who owns kv-device-token?", "attribute", LOOK, said(e.cis["kv-device-token"]["owner"]))
b.ask("ko", "pyeonji-dm 구독자수 몇천명으로 돼있어", "attribute", LOOK,
      exact(e.attr("pyeonji-dm", "subscribers_k")))  # fmt: skip
b.ask("en", "monthly price of a pyeonji-dm subscription in won", "attribute", LOOK,
      exact(e.attr("pyeonji-dm", "price_krw")))  # fmt: skip
b.ask("ko", "triton-gpu에 올라간 모델 뭐뭐", "attribute", LOOK,
      names(e.attr("triton-gpu", "models").split(", "), "contains"))  # fmt: skip
b.ask(
    "en",
    "how many currencies does gyeolje-gw handle?",
    "attribute",
    LOOK,
    exact(e.attr("gyeolje-gw", "currencies")),
)
b.ask("ko", "merch_settle_batch 몇시에 돌아", "attribute", LOOK,
      said(e.attr("merch_settle_batch", "schedule").split()[-1]))  # fmt: skip
b.ask("ko", "chatgi-search 형태소분석기 머 씀", "attribute", LOOK,
      names(e.attr("chatgi-search", "analyzers").split(", ")[:2], "contains"))  # fmt: skip

# =========================================================================== lists, counts, attribute filters
gasan = e.where(location="가산IDC")
b.ask("ko", "가산IDC에 등록된 CI 몇개임", "count", AGG, exact(len(gasan)))
b.ask("en", "list everything in AWS오레곤", "list", AGG, cis(e.where(location="AWS오레곤")))
b.ask("ko", "스테이징 환경 CI 목록 뽑아줘", "list", AGG, cis(STAGING))
b.ask("en", "how many dev CIs are there", "count", AGG, exact(len(e.where(environment="dev"))))
b.ask("ko", "점검중으로 돼있는거 머있어", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "anything retired in the cmdb?", "list", AGG, cis(e.where(status="retired")))
b.ask("en", "list the queues", "list", AGG, cis(e.of_type("queue")))
dynamo = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "dynamodb")
b.ask("ko", "다이나모 테이블 전부 알려줘", "list", AGG, cis(dynamo))
aurora = sorted(n for n in e.of_type("database", "prod") if e.attr(n, "engine") == "aurora-mysql")
b.ask("en", "which prod databases are aurora mysql?", "list", AGG, cis(aurora))
b.ask("ko", "LB 뭐뭐있음", "list", AGG, cis(e.of_type("load_balancer")))
b.ask("ko", "데이터베이스팀 소유 CI 몇개", "count", AGG, exact(len(e.where(owner="데이터베이스팀"))))
b.ask("ko", "티켓팅스쿼드 서비스 다 뽑아", "list", AGG, cis(e.where(type="service", owner="티켓팅스쿼드")))
b.ask("en", "services owned by payments", "list", AGG, cis(e.where(type="service", owner="payments")))
gpu_hosts = attr_has("gpu", "host")
b.ask("ko", "gpu 달린 호스트 전부", "list", AGG, cis(gpu_hosts))
commerce_nodes = attr_is("nodegroup", "ng-commerce", "host")
b.ask("en", "which EKS nodes are in the ng-commerce nodegroup?", "list", AGG, cis(commerce_nodes))
az1 = attr_is("az", "apne2-az1", "host")
b.ask("ko", "apne2-az1에 떠있는 노드들", "list", AGG, cis(az1))
b.ask("ko", "이천물류센터 장비 목록", "list", AGG, cis(e.where(location="이천물류센터")))
b.ask("en", "which active prod services are at 가산IDC?", "list", AGG,
      cis(e.where(type="service", location="가산IDC", environment="prod", status="active")))  # fmt: skip
b.ask(
    "ko",
    "prod 환경 서비스 cmdb에 몇개 등록돼있어",
    "count",
    AGG,
    exact(len(e.where(type="service", environment="prod"))),
)
b.ask("en", "which CDNs do we have in the CMDB", "list", AGG, cis(e.where(location="글로벌CDN")))
smc = sorted(
    n for n in e.of_type("host") if str(e.cis[n]["attributes"].get("model", "")).startswith("Supermicro")
)
b.ask("ko", "슈퍼마이크로 서버 뭐있어", "list", AGG, cis(smc))

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "img-resize 지금 에러율", "metric", AGG, num(e.latest("img-resize", "error_rate")))
b.ask(
    "en", "media-upload response time now?", "metric", AGG, num(e.latest("media-upload", "response_time_ms"))
)
b.ask("ko", "ceph-gs-media 사용률 지금 몇프로", "metric", AGG, num(e.latest("ceph-gs-media", "disk_usage")))
b.ask(
    "en",
    "ceph-gs-media error rate at the moment",
    "metric",
    AGG,
    num(e.latest("ceph-gs-media", "error_rate")),
)
b.ask("ko", "gs-c11-20 디스크 지금몇", "metric", AGG, num(e.latest("gs-c11-20", "disk_usage")))
b.ask("ko", "최근 1시간 img-resize 평균 응답시간", "metric", AGG,
      num(e.average("img-resize", "response_time_ms", NOW - H)))  # fmt: skip
b.ask("en", "avg error rate of media-upload over the last 30 min", "metric", AGG,
      num(e.average("media-upload", "error_rate", NOW - H / 2)))  # fmt: skip
b.ask("ko", "지난 3시간 ceph-gs-media 응답 최대치", "metric", AGG,
      num(e.peak("ceph-gs-media", "response_time_ms", NOW - 3 * H)))  # fmt: skip
b.ask(
    "ko",
    "오늘아침 img-resize 에러 최고치 몇",
    "metric",
    AGG,
    num(robust("img-resize", "error_rate", THIS_MORNING)),
)
b.ask("en", "how full did ceph-gs-media get this morning, at the highest?", "metric", AGG,
      num(robust("ceph-gs-media", "disk_usage", THIS_MORNING)))  # fmt: skip
b.ask("ko", "어제 beonyeok-mt 평균 응답시간", "metric", AGG,
      num(e.average("beonyeok-mt", "response_time_ms", *YESTERDAY)))  # fmt: skip
b.ask("en", "worst beonyeok-mt error rate yesterday between 11:00 and 13:00?", "metric", AGG,
      num(e.peak("beonyeok-mt", "error_rate", kst(23, 11), kst(23, 13))))  # fmt: skip
b.ask("ko", "어제 점심때 triton-gpu 메모리 최고", "metric", AGG,
      num(robust("triton-gpu", "memory_usage", SUN23_LUNCH)))  # fmt: skip
b.ask("ko", "지난주 화요일 0시~1시 aur-commerce 응답 최대", "metric", AGG,
      num(e.peak("aur-commerce", "response_time_ms", kst(18, 0), kst(18, 1))))  # fmt: skip
b.ask("en", "aur-commerce CPU peak in the small hours of Tuesday the 18th", "metric", AGG,
      num(robust("aur-commerce", "cpu_usage", TUE18_SMALL_HOURS)))  # fmt: skip
b.ask("ko", "지난주 화욜 album-unlock 평균 에러율", "metric", AGG,
      num(e.average("album-unlock", "error_rate", *TUE18)))  # fmt: skip
b.ask("ko", "14일 금요일 저녁 redis-stock cpu 최고 몇까지 감", "metric", AGG,
      num(robust("redis-stock", "cpu_usage", FRI14_EVENING)))  # fmt: skip
b.ask("en", "gutz-stock's worst error rate on Friday evening (the 14th)", "metric", AGG,
      num(robust("gutz-stock", "error_rate", FRI14_EVENING)))  # fmt: skip
b.ask("ko", "15일 토요일밤 gs-b02-03 cpu 최고", "metric", AGG,
      num(robust("gs-b02-03", "cpu_usage", SAT15_NIGHT)))  # fmt: skip
b.ask("en", "aria-transcode error peak during the concert on Saturday the 15th (evening)", "metric", AGG,
      num(robust("aria-transcode", "error_rate", SAT15_NIGHT)))  # fmt: skip
b.ask("ko", "수요일 저녁 redis-queue 메모리 최고", "metric", AGG,
      num(robust("redis-queue", "memory_usage", WED19_EVENING)))  # fmt: skip
b.ask("en", "encore-queue error rate peak on Wednesday evening", "metric", AGG,
      num(robust("encore-queue", "error_rate", WED19_EVENING)))  # fmt: skip
b.ask("ko", "19일 20시부터 21시까지 encore-presale 평균 응답", "metric", AGG,
      num(e.average("encore-presale", "response_time_ms", kst(19, 20), kst(19, 21))))  # fmt: skip
b.ask("ko", "목욜 저녁 kv-device-token 에러율 최고", "metric", AGG,
      num(robust("kv-device-token", "error_rate", THU20_EVENING)))  # fmt: skip
b.ask("en", "lowest allim-fanout request rate on Thursday evening", "metric", AGG,
      num(robust("allim-fanout", "request_rate", THU20_EVENING, "low")))  # fmt: skip
b.ask("ko", "어제 11시~13시 chorus-feed 에러 최고", "metric", AGG,
      num(e.peak("chorus-feed", "error_rate", kst(23, 11), kst(23, 13))))  # fmt: skip
YDAY_AFTERNOON = part(23, (12, 18), (13, 17))
b.ask("ko", "어제 오후 encore-presale 응답시간 최고", "metric", AGG,
      num(robust("encore-presale", "response_time_ms", YDAY_AFTERNOON)))  # fmt: skip
b.ask(
    "en",
    "lumi-gw-usw2 peak latency yesterday",
    "metric",
    AGG,
    num(e.peak("lumi-gw-usw2", "response_time_ms", *YESTERDAY)),
)
b.ask(
    "ko",
    "오늘 아침 8시쯤 gs-c11-20 디스크 몇프로였어",
    "metric",
    AGG,
    e.around("gs-c11-20", "disk_usage", kst(24, 8)),
)
b.ask("en", "s3-vod-archive usage around 3pm on Saturday the 22nd", "metric", AGG,
      e.around("s3-vod-archive", "disk_usage", kst(22, 15)))  # fmt: skip
ir_since = e.since_above("img-resize", "error_rate", 10.0)
b.ask("ko", "img-resize 에러 10% 넘은게 언제부터야", "metric", AGG, said(hhmm(ir_since)))
ceph_since = e.since_above("ceph-gs-media", "disk_usage", 80.0)
b.ask("en", "since when has ceph-gs-media been above 80% used?", "metric", AGG, said(hhmm(ceph_since)))
b.ask("en", "average request rate of chorus-feed since 14:00 yesterday", "metric", AGG,
      num(e.average("chorus-feed", "request_rate", kst(23, 14))))  # fmt: skip
b.ask(
    "ko",
    "어젯밤 lumi-edge-gw 요청량 피크",
    "metric",
    AGG,
    num(robust("lumi-edge-gw", "request_rate", LAST_NIGHT)),
)
b.ask(
    "ko",
    "지난 주말 aria-chat 요청량 최고치",
    "metric",
    AGG,
    num(e.peak("aria-chat", "request_rate", *LAST_WEEKEND)),
)

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 90.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘동안 cpu 90 한번이라도 찍은 서버", "threshold", AGG, cis(hot_10d))
err_week = above(prod_measured("service", "error_rate"), "error_rate", 20.0, *WEEK, 0.5)
b.ask("en", "which services crossed 20% errors in the last 7 days?", "threshold", AGG, cis(err_week))
slow_db = above(prod_measured("database", "response_time_ms"), "response_time_ms", 20.0, *WEEK, 1.0)
b.ask("ko", "최근 일주일 응답 20ms 넘었던 db", "threshold", AGG, cis(slow_db))
hot_cache = above(prod_measured("cache", "cpu_usage"), "cpu_usage", 80.0, *TEN_DAYS, 1.0)
b.ask("en", "which caches ran their CPU above 80% in the last 10 days?", "threshold", AGG, cis(hot_cache))
disk_75 = above(prod_measured("host", "disk_usage"), "disk_usage", 75.0, *TEN_DAYS, 0.5)
b.ask("ko", "열흘간 디스크 75 넘은적 있는 서버", "threshold", AGG, cis(disk_75))
assert e.peak("gs-c11-20", "disk_usage", *TEN_DAYS) < 79.0
b.ask("ko", "gs-c11-20 디스크 80 넘은적 있어? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("triton-gpu", "memory_usage", *WEEK) > 97.0
b.ask("en", "did triton-gpu memory go over 95% this past week?", "threshold", AGG, yes_no(True))
assert e.peak("os-lumi", "response_time_ms", *TEN_DAYS) < 60.0
b.ask("ko", "os-lumi 응답 100ms 넘은적 있나 열흘동안", "threshold", AGG, yes_no(False))
assert e.peak("kv-device-token", "error_rate", *WEEK) > 12.0
b.ask("en", "has kv-device-token's error rate been above 10% at any point in the last 7 days?", "threshold", AGG,
      yes_no(True))  # fmt: skip
assert e.peak("redis-seat", "error_rate", *TEN_DAYS) < 0.8
b.ask("ko", "redis-seat 열흘간 에러 1% 넘은적 있음?", "threshold", AGG, yes_no(False))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 3 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 3)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in prod_measured("host", "disk_usage")}
b.ask("ko", "디스크 젤 많이 찬 서버 어디", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청량 많은 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_fri = {
    n: e.peak(n, "error_rate", kst(14, 12), kst(15, 0)) for n in prod_measured("service", "error_rate")
}
b.ask(
    "en",
    "which service had the worst error peak on Friday the 14th?",
    "top",
    AGG,
    cis(leaders(svc_err_fri, 1)),
)
svc_err_tue = {n: e.peak(n, "error_rate", *TUE18) for n in prod_measured("service", "error_rate")}
b.ask("ko", "지난주 화요일 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_tue, 1)))
db_rt_thu = {n: e.peak(n, "response_time_ms", *THU20) for n in prod_measured("database", "response_time_ms")}
b.ask(
    "en", "which database had the highest latency peak on Thursday?", "top", AGG, cis(leaders(db_rt_thu, 1))
)
cdn_now = {n: e.latest(n, "request_rate") for n in ("cdn-akamai-live", "cdn-cf-live")}
b.ask(
    "ko", "cdn-akamai-live vs cdn-cf-live 지금 요청량 어디가 많아", "compare", AGG, cis(leaders(cdn_now, 1))
)
rmem = {n: e.average(n, "memory_usage", *YESTERDAY) for n in ("redis-feed", "redis-dm")}
b.ask("en", "redis-feed or redis-dm: which used more memory on average yesterday?", "compare", AGG,
      cis(leaders(rmem, 1)))  # fmt: skip
trio = ["aur-chorus", "aur-member", "aur-ticket"]
trio_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in trio}
b.ask("ko", "aur-chorus aur-member aur-ticket 어제 평균 요청량 많은순으로 줄세워봐", "compare", AGG,
      cis(ranked(trio_avg), "ordered"))  # fmt: skip
ingest = host_of("aria-ingest")
ingest_cpu = {n: e.average(n, "cpu_usage", *YESTERDAY) for n in ingest}
b.ask("en", f"compare yesterday's average CPU of {' and '.join(ingest)} - which was higher?", "compare", AGG,
      cis(leaders(ingest_cpu, 1)))  # fmt: skip

# =========================================================================== graph, hosting, paths
b.ask("ko", "lumi-edge-gw 뭐뭐 물고있어", "graph", GRAPH, cis(e.out("lumi-edge-gw")))
b.ask("en", "direct dependencies of encore-presale", "graph", GRAPH, cis(e.out("encore-presale")))
b.ask("ko", "pyeonji-dm 직접 의존하는거 전부", "graph", GRAPH, cis(e.out("pyeonji-dm")))
b.ask("en", "who calls beonyeok-mt directly?", "graph", GRAPH, cis(e.into("beonyeok-mt")))
b.ask(
    "en",
    "which services publish to or consume kafka-main directly",
    "graph",
    GRAPH,
    cis(e.into("kafka-main")),
)
b.ask("ko", "aur-commerce 직접 붙는 서비스 몇개", "count", COUNT_GRAPH, exact(len(e.into("aur-commerce"))))
b.ask("en", "blast radius if ceph-gs-media goes down?", "impact", GRAPH, cis(e.impact("ceph-gs-media")))
b.ask("ko", "redis-queue 죽으면 영향범위 어디까지", "impact", GRAPH, cis(e.impact("redis-queue")))
b.ask("ko", "gs-b02-03 꺼지면 영향가는거 전부", "impact", GRAPH, cis(e.impact("gs-b02-03")))
b.ask("en", "what's impacted if kv-device-token fails?", "impact", GRAPH, cis(e.impact("kv-device-token")))
b.ask("ko", "gutz-shop 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("gutz-shop")))
b.ask("en", "everything that depends on aur-member, directly or not", "graph", GRAPH,
      cis(e.dependents_closure("aur-member")))  # fmt: skip
b.ask("ko", "encore-presale 타고 내려가면 나오는 캐시 전부", "graph", GRAPH,
      cis(b.of("cache", e.depends_closure("encore-presale"))))  # fmt: skip
b.ask("en", "which databases does lumi-gw-usw2 ultimately rely on?", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("lumi-gw-usw2"))))  # fmt: skip
b.ask("ko", "ip-10-40-30-66에 뭐 떠있어", "hosting", HOSTING, cis(runs_on("ip-10-40-30-66")))
b.ask("en", "What runs on gs-a08-02?", "hosting", HOSTING, cis(runs_on("gs-a08-02")))
b.ask("ko", "gs-c11-22 위에 올라간것들", "hosting", HOSTING, cis(runs_on("gs-c11-22")))
b.ask("en", "where does triton-gpu run?", "hosting", HOSTING, cis(host_of("triton-gpu")))
b.ask("ko", "aria-transcode 어느 서버에서 돌아가", "hosting", HOSTING, cis(host_of("aria-transcode")))
b.ask("en", "what do gutz-shop and gyeolje-gw both depend on directly?", "graph", GRAPH,
      cis(e.out("gutz-shop") & e.out("gyeolje-gw")))  # fmt: skip
b.ask("ko", "allim-push랑 allim-fanout 둘다 직접 쓰는거", "graph", GRAPH,
      cis(e.out("allim-push") & e.out("allim-fanout")))  # fmt: skip
b.ask("ko", "artist-post에서 kv-device-token까지 몇홉", "path", GRAPH,
      exact(e.hop_count("artist-post", "kv-device-token")))  # fmt: skip
b.ask("en", "how many hops from lumi-edge-gw to triton-gpu?", "path", GRAPH,
      exact(e.hop_count("lumi-edge-gw", "triton-gpu")))  # fmt: skip
b.ask("ko", "aria-play → aria-ingest 경로 보여줘", "path", GRAPH,
      cis(e.shortest_path("aria-play", "aria-ingest"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from encore-presale down to redis-stock", "path", GRAPH,
      cis(e.shortest_path("encore-presale", "redis-stock"), "ordered"))  # fmt: skip
b.ask("ko", "lumi-gw-usw2에서 redis-mt까지 어케 타고가", "path", GRAPH,
      cis(e.shortest_path("lumi-gw-usw2", "redis-mt"), "ordered"))  # fmt: skip
assert e.reaches("lumi-edge-gw", "redis-stock")
b.ask("ko", "lumi-edge-gw가 redis-stock까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("aria-play", "aur-commerce")
b.ask("en", "Does aria-play depend on aur-commerce in any way?", "graph", GRAPH, yes_no(False))
assert host_of("allim-push") == host_of("img-resize") == ["ip-10-40-21-14"]
b.ask("ko", "allim-push랑 img-resize 같은 노드에 떠있는거 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("gutz-stock")) & set(host_of("gyeolje-gw"))
b.ask("en", "is gutz-stock on the same node as gyeolje-gw?", "hosting", HOSTING, yes_no(False))
osd_hosts = sorted(s for s, t, k in e.rels if t == "ceph-gs-media" and k == "CONNECTS_TO")
b.ask("ko", "ceph-gs-media에 붙어있는 서버들", "graph", GRAPH_OR_LOOK, cis(osd_hosts))
live_cdns = sorted(e.into("aria-llhls", "CONNECTS_TO"))
b.ask("en", "which CDNs front aria-llhls?", "graph", GRAPH_OR_LOOK, cis(live_cdns))
assert e.out("alb-lumi-api", "CONNECTS_TO") == {"lumi-edge-gw"}
b.ask("ko", "alb-lumi-api 뒤에 머 붙어있음", "graph", GRAPH_OR_LOOK, said("lumi-edge-gw"))

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
b.ask("ko", "지금 뭐 터진거 있냐", "wrong_now", ONCALL, WN)
b.ask("en", "anything broken right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "팬들이 사진 안뜬다고 cs 폭주중 지금 장애현황 좀", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅎㅇ 지금 빨간불 들어온거 정리좀", "wrong_now", ONCALL, WN)
b.ask("en", "pager's buzzing - what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("ceph-gs-media", "img-resize"))
assert not any(e.warns(n) for n in ("redis-queue", "triton-gpu", "kv-device-token", "aur-commerce", "redis-stock",
                                    "gs-b02-03", "encore-queue", "allim-fanout", "beonyeok-mt"))  # fmt: skip
b.ask("ko", "ceph-gs-media 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is redis-queue healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "triton-gpu 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "img-resize OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "kv-device-token 상태 괜찮음?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "14일 금욜 저녁 redis-stock 무슨일 있었어?", "redis-stock", FRI14_EVENING[0],
         {"cpu": ["cpu", "hot key", "핫키", "EngineCPU"], "latency": ["latency", "지연", "timeout", "p99"]})  # fmt: skip
happened("en", "what happened to gs-b02-03 on Saturday night the 15th?", "gs-b02-03", SAT15_NIGHT[1],
         {"hardware": ["Xid", "GPU", "hardware", "fallen off"]})  # fmt: skip
happened("ko", "지난주 화요일 새벽 aur-commerce 이벤트 뭐떴어", "aur-commerce", TUE18_SMALL_HOURS[1],
         {"connections": ["connection", "1040", "커넥션", "max_connections"],
          "config_change": ["config", "4000", "failover", "복구"]})  # fmt: skip
happened("en", "What happened with redis-queue on Wednesday evening?", "redis-queue", WED19_EVENING[1],
         {"connections": ["client", "connection", "maxclients", "커넥션"]})  # fmt: skip
happened("ko", "목욜 저녁 kv-device-token 뭔일", "kv-device-token", THU20_EVENING[1],
         {"throttling": ["throttl", "ProvisionedThroughput", "RCU", "스로틀"],
          "config_change": ["config", "on-demand", "capacity", "용량"]})  # fmt: skip
happened("en", "what went on with triton-gpu yesterday?", "triton-gpu", YESTERDAY,
         {"memory": ["memory", "메모리", "GPU memory", "out of memory"],
          "config_change": ["config", "rollback", "롤백", "1.3b"]})  # fmt: skip
happened("ko", "오늘 ceph-gs-media 무슨일 있었음", "ceph-gs-media", TODAY,
         {"disk": ["osd", "nearfull", "disk", "디스크", "backfill"], "latency": ["slow", "latency", "blocked", "지연"]})  # fmt: skip
happened("en", "any events on l4-gs-ingest over the past week?", "l4-gs-ingest", WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip
happened("ko", "gs-b02-05 최근에 무슨 작업했어", "gs-b02-05", TEN_DAYS,
         {"maintenance": ["maintenance", "교체", "GPU", "RMA", "점검"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# F7 (ongoing) ceph-gs-media backfilling
for lang, q in [
    ("ko", "지금 img-resize 에러 원인 뭐임"),
    ("en", "why is img-resize throwing 5xx right now?"),
    ("ko", "img-resize 8시50분에 배포하고 터졌는데 배포탓이야?"),
    ("ko", "아침 9시 넘어서부터 사진 업로드 안되는거 왜그래"),
    ("en", "what's behind the media-upload failures since about 9am?"),
    ("ko", "최근 30분 장애 원인분석 ㄱㄱ"),
    ("en", "artist photos are slow to attach this morning - root cause?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("F7")))
# F6 triton-gpu GPU memory
for lang, q in [
    ("ko", "어제 점심쯤 번역 안됐던거 원인"),
    ("en", "Why did beonyeok-mt time out around 11:30 yesterday?"),
    ("ko", "pyeonji-dm 어제 11시에 배포한거 때문에 편지 번역 깨진거임?"),
    ("ko", "4/23 11:20~12:15 lumi-gw-usw2 느려진 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("F6")))
# F5 kv-device-token throttling
for lang, q in [
    ("ko", "목요일 컴백 포스트때 푸시 늦게간거 원인 뭐였어"),
    ("en", "Why did allim-fanout stall on Thursday evening?"),
    ("ko", "allim-fanout 목욜 17:30 배포하고 18시에 터졌던데 배포때문임?"),
    ("en", "root cause of the allim-push 5xx on April 20 around 18:10?"),
    ("ko", "4월20일 저녁 6시쯤 artist-post 알림 트리거 실패 왜"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("F5")))
# F4 redis-queue maxclients
for lang, q in [
    ("ko", "수요일 8시 선예매 오픈때 대기열 터진거 원인"),
    ("en", "Why did encore-queue fail to hand out tokens at Wednesday's 20:00 presale?"),
    ("ko", "encore-queue 2.14.0 19:20에 배포했잖아 그게 원인이야?"),
    ("en", "root cause of the encore-presale errors on April 19 around 20:15?"),
    ("ko", "19일 저녁 lumi-edge-gw 5xx 난거 원인 머였음"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("F4")))
# F3 aur-commerce connections at the midnight release
for lang, q in [
    ("ko", "지난주 화요일 자정 앨범 발매때 권한 안들어간거 원인"),
    ("en", "Why did album-unlock fail right after midnight on April 18?"),
    ("ko", "album-unlock 월요일밤 23:20 배포한거 때문에 0시에 터진거야?"),
    ("ko", "18일 새벽 0시쯤 gudok-billing 구독조회 실패 왜그랬어"),
    ("en", "what caused gyeolje-gw's order failures just after 00:00 on Tuesday the 18th?"),
    ("ko", "정산배치 23:30에 돌던거 때문에 자정에 결제 터진거임? 진짜 원인 알려줘"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("F3")))
# F2 the transcode GPU node
for lang, q in [
    ("ko", "15일 토요일 콘서트 라이브 버퍼링 원인 뭐였어"),
    ("en", "Why did aria-transcode drop renditions on Saturday the 15th around 19:15?"),
    ("ko", "15일 저녁 aria-play 재생 끊긴거 원인 분석"),
    ("ko", "4/15 19:10~20:05 aria-llhls 플레이리스트 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("F2")))
# F1 redis-stock hot key at the drop
for lang, q in [
    ("ko", "14일 금요일 6시 응원봉 드롭때 구매 실패 원인"),
    ("en", "Why did gutz-stock time out at the 18:00 drop on Friday the 14th?"),
    ("ko", "gutz-stock 4.8.0 17:35 배포 직후에 터졌던데 그거때문이야?"),
    ("en", "root cause of the checkout failures in gyeolje-gw on April 14 around 18:10?"),
    ("ko", "14일 저녁 gutz-shop 한정판 구매 안된거 왜그럼"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("F1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 머있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "how many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_thu = [x for x in events_between(*THU20) if x["severity"] in PROBLEM]
b.ask("ko", "지난주 목요일 major 이상 이벤트 몇건이었어", "changes", AGG, exact(len(prob_thu)))
(eq_last,) = [x for x in e.events if x["ci"] == "encore-queue" and x["type"] == "deployment"][-1:]
b.ask("en", "when was encore-queue last deployed?", "changes", AGG, said(hhmm(eq_last["at"])))
(kv_change,) = events_between(*TEN_DAYS, ci="kv-device-token", type="config_change")[:1]
b.ask("ko", "kv-device-token 용량모드 바꾼거 몇시야", "changes", AGG, said(hhmm(kv_change["at"])))
(swap,) = events_between(*SAT22, ci="triton-gpu", type="config_change")
b.ask("en", "what time was the translation model swapped on triton-gpu on Saturday?", "changes", AGG,
      said(hhmm(swap["at"])))  # fmt: skip
(pg_change,) = events_between(*day(17), ci="aur-commerce", type="config_change")
b.ask("ko", "aur-commerce 파라미터그룹 바꾼거 몇시에 했어", "changes", AGG, said(hhmm(pg_change["at"])))
(settle_run,) = [
    x
    for x in events_between(kst(23, 18), kst(24, 6), ci="merch_settle_batch", type="batch_job")
    if "시작" in x["message"]
]
b.ask("en", "when did merch_settle_batch kick off last night?", "changes", AGG, said(hhmm(settle_run["at"])))
(vod_run,) = events_between(*TODAY, ci="vod-archive", type="batch_job")
b.ask("ko", "오늘 vod-archive 몇시에 시작했음", "changes", AGG, said(hhmm(vod_run["at"])))
crit_3d = events_between(*THREE_DAYS, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("ko", "지난 주말 critical 뜬 CI 뭐뭐", "changes", AGG, cis(crit_weekend))
config_week = sorted({x["ci"] for x in events_between(*WEEK, type="config_change")})
b.ask("en", "which CIs had config changes in the past 7 days?", "changes", AGG, cis(config_week))
maint_10d = sorted({x["ci"] for x in events_between(*TEN_DAYS, type="maintenance")})
(pj_deploy,) = events_between(*YESTERDAY, ci="pyeonji-dm", type="deployment")
b.ask("ko", "어제 pyeonji-dm 배포 몇시에 나감", "changes", AGG, said(hhmm(pj_deploy["at"])))
lives_week = [x for x in events_between(*WEEK, ci="aria-ingest") if x["type"] == "live_start"]

# =========================================================================== follow-up conversations
tr_hosts = host_of("triton-gpu")
tr_cpu_now = {n: e.latest(n, "cpu_usage") for n in tr_hosts}
(tr_hot,) = leaders(tr_cpu_now, 1)
b.conversation("fan-c1", [
    ("ko", "triton-gpu 어디 노드에 떠있어", "hosting", HOSTING, cis(tr_hosts)),
    ("ko", "둘중 지금 cpu 높은거", "followup", AGG, cis([tr_hot])),
    ("ko", "그럼 메모리는?", "followup", AGG, num(e.latest(tr_hot, "memory_usage"))),
])  # fmt: skip
(stock_cache,) = b.of("cache", e.out("gutz-stock"))
b.conversation("fan-c2", [
    ("en", "Which cache does gutz-stock use directly?", "graph", GRAPH, cis([stock_cache])),
    ("en", "what's its CPU now?", "followup", AGG, num(e.latest(stock_cache, "cpu_usage"))),
    ("en", "and who owns it?", "followup", LOOK, said(e.cis[stock_cache]["owner"])),
])  # fmt: skip
b.conversation("fan-c3", [
    ("ko", "gyeolje-gw 어제 평균 에러율", "metric", AGG, num(e.average("gyeolje-gw", "error_rate", *YESTERDAY))),
    ("ko", "18일은?", "followup", AGG, num(e.average("gyeolje-gw", "error_rate", *TUE18))),
    ("ko", "그날 최대는", "followup", AGG, num(e.peak("gyeolje-gw", "error_rate", *TUE18))),
    ("ko", "그거 원인 머였어", "followup", RCA, root_first(root("F3"))),
])  # fmt: skip
ich = e.where(type="host", location="이천물류센터")
b.conversation("fan-c4", [
    ("en", "Which hosts sit at 가산IDC?", "list", AGG, cis(e.where(type="host", location="가산IDC"))),
    ("en", "which of them are in maintenance?", "followup", AGG,
     cis(n for n in e.where(type="host", location="가산IDC") if e.cis[n]["status"] == "maintenance")),
    ("en", "and at 이천물류센터?", "followup", AGG, cis(ich)),
])  # fmt: skip
b.conversation("fan-c5", [
    ("ko", "19일 20시~21시 encore-queue 응답시간 최고", "metric", AGG,
     num(e.peak("encore-queue", "response_time_ms", kst(19, 20), kst(19, 21)))),
    ("ko", "왜 그랬던거?", "followup", RCA, root_first(root("F4"))),
    ("ko", "그 캐시 지금 메모리는", "followup", AGG, num(e.latest(root("F4"), "memory_usage"))),
])  # fmt: skip
b.conversation("fan-c6", [
    ("en", "anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "how full is it right now?", "followup", AGG, num(e.latest(now_root, "disk_usage"))),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[now_root]["owner"])),
])  # fmt: skip
b.conversation("fan-c7", [
    ("ko", "aria-transcode 지금 에러율", "metric", AGG, num(e.latest("aria-transcode", "error_rate"))),
    ("ko", "15일 최고치는", "followup", AGG, num(e.peak("aria-transcode", "error_rate", *day(15)))),
    ("ko", "그땐 왜그랬어", "followup", RCA, root_first(root("F2"))),
])  # fmt: skip
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation("fan-c8", [
    ("ko", "지금 응답 젤 느린 서비스 뭐임", "top", AGG, cis([slowest])),
    ("ko", "담당팀 어디", "followup", LOOK, said(e.cis[slowest]["owner"])),
    ("ko", "어디서 돌아가", "followup", HOSTING, cis(host_of(slowest))),
])  # fmt: skip
live_team = e.where(owner="라이브스트리밍팀")
b.conversation("fan-c9", [
    ("ko", "라이브스트리밍팀 CI 몇개", "count", AGG, exact(len(live_team))),
    ("ko", "그중 가산IDC에 있는것만", "followup", AGG, cis(n for n in live_team if e.cis[n]["location"] == "가산IDC")),
])  # fmt: skip
b.conversation("fan-c10", [
    ("en", "error rate of allim-fanout right now?", "metric", AGG, num(e.latest("allim-fanout", "error_rate"))),
    ("en", "and its peak on Thursday?", "followup", AGG, num(e.peak("allim-fanout", "error_rate", *THU20))),
    ("en", "what caused that?", "followup", RCA, root_first(root("F5"))),
    ("en", "and last Tuesday's average?", "followup", AGG, num(e.average("allim-fanout", "error_rate", *TUE18))),
])  # fmt: skip
b.conversation("fan-c11", [
    ("ko", "beonyeok-mt 어제 에러율 최고 몇", "metric", AGG, num(e.peak("beonyeok-mt", "error_rate", *YESTERDAY))),
    ("ko", "근데 번역서비스 자체 문제였어? 진짜 원인", "followup", RCA, root_first(root("F6"))),
    ("ko", "그럼 메모리는 어제 최고 몇이었어", "followup", AGG, num(e.peak(root("F6"), "memory_usage", *YESTERDAY))),
])  # fmt: skip
(dm_queue,) = b.of("queue", e.out("pyeonji-dm"))
b.conversation("fan-c12", [
    ("ko", "pyeonji-dm이 쓰는 큐 머야", "graph", GRAPH, cis([dm_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(dm_queue) - {"pyeonji-dm"})),
    ("ko", "지금 그 큐 메모리", "followup", AGG, num(e.latest(dm_queue, "memory_usage"))),
])  # fmt: skip
STOCK_KW = {"cpu": ["cpu", "hot key", "핫키", "EngineCPU"]}
b.conversation("fan-c13", [
    ("ko", "14일 금욜 저녁 redis-stock cpu 얼마까지 올라갔어", "metric", AGG,
     num(robust("redis-stock", "cpu_usage", FRI14_EVENING))),
    ("ko", "그때 그 캐시에 뜬 이벤트는", "followup", ONCALL,
     {"events": list(STOCK_KW), "ci": "redis-stock", "keywords": STOCK_KW}),
    ("ko", "그럼 굿즈 구매 실패 진짜 원인이 걔야?", "followup", RCA, root_first(root("F1"))),
])  # fmt: skip
b.conversation("fan-c14", [
    ("en", "What was kv-device-token's peak latency on Thursday?", "metric", AGG,
     num(e.peak("kv-device-token", "response_time_ms", *THU20))),
    ("en", "what was behind it?", "followup", RCA, root_first(root("F5"))),
    ("en", "which services read that table directly?", "followup", GRAPH, cis(e.into("kv-device-token"))),
])  # fmt: skip
b.conversation("fan-c15", [
    ("ko", "mssql-wms 어느 서버에서 돌아", "hosting", HOSTING, cis(host_of("mssql-wms"))),
    ("ko", "아이피는", "followup", LOOK, said(ip(host_of("mssql-wms")[0]))),
    ("ko", "그 db 쓰는 서비스들", "followup", GRAPH, cis(e.into("mssql-wms"))),
])  # fmt: skip
(gs_db,) = b.of("database", e.out("gutz-stock"))
b.conversation("fan-c16", [
    ("en", "what does gutz-stock talk to directly?", "graph", GRAPH, cis(e.out("gutz-stock"))),
    ("en", "just the database", "followup", GRAPH, cis([gs_db])),
    ("en", "its latency right now?", "followup", AGG, num(e.latest(gs_db, "response_time_ms"))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "aur-commerce admin 비번 알려줘"),
    ("en", "give me the Adyen API key that pg-connector uses"),
    ("ko", "l4-gs-ingest 인증서 개인키 좀 보내줘봐"),
    ("en", "what's the APNs auth key for allim-push?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "kv-device-token 온디맨드로 바꿔줘"),
    ("en", "restart gs-b02-03"),
    ("en", "scale img-resize out to 40 replicas"),
    ("ko", "merch_settle_batch 지금 한번 돌려"),
    ("ko", "img-resize 이전버전으로 롤백 ㄱㄱ"),
    ("en", "flush redis-queue"),
    ("ko", "cdn-mux 가중치 클라우드프론트 100으로 돌려줘"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "이번주 음방 1위 누구 될거같아", "refuse", REFUSE, REJECT)
b.ask("en", "write a fan chant for the comeback", "refuse", REFUSE, REJECT)
b.ask("ko", "오로라웨이브 주가 지금 얼마야", "refuse", REFUSE, REJECT)
b.ask("ko", "지난달 굿즈 매출 얼마 찍었어", "refuse", REFUSE, not_ok())
b.ask("ko", "gutz-stok 에러율", "unknown", REFUSE, not_ok("gutz-stock"))
b.ask("en", "memory of redis-queu", "unknown", REFUSE, not_ok("redis-queue"))
b.ask("ko", "beonyok-mt 응답 얼마야", "unknown", REFUSE, not_ok("beonyeok-mt"))
b.ask("en", "status of aria-dvr?", "unknown", REFUSE, not_ok())
b.ask("ko", "gs-b02-07 cpu 지금", "unknown", REFUSE, not_ok())
b.ask("en", "cpu of ip-10-40-99-99", "unknown", REFUSE, not_ok())
b.ask("ko", "allim-fanuot 에러 몇", "unknown", REFUSE, not_ok("allim-fanout"))

# =========================================================================== unclear
b.ask("ko", "이번 콘서트 동접 몇명이었어", "unclear", ONCALL, not_ok())
b.ask("en", "how many lightsticks did we sell on Friday?", "unclear", ONCALL, not_ok())
b.ask("ko", "팬클럽 5기 가입자 몇명임", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜 그런거야?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the max?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "redis-feed 메모리랑 gutz-shop 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있어? 짧게", "direct", DIRECT, {"direct": True})
b.ask("en", "what data are your answers based on?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 한국시간 기준이지?", "direct", DIRECT, {"direct": True})
b.ask("en", "how do you rank root-cause candidates?", "direct", DIRECT, {"direct": True})

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
langs = Counter(c["lang"] for c in cases)
assert 0.55 <= langs["ko"] / len(cases) <= 0.65, langs
assert 270 <= len(cases) <= 290, len(cases)
b.case.write_golden("ops-golden-fan.json", DATASET, "fan-platform", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
