"""Write tests/fixtures/ops-golden-tix.json: blind batch 35, OPS questions over the ticketing estate.

The estate (bench/tix_estate.py) is a Korean live-entertainment ticketing platform (파도티켓, PADO Ticket): in the
상암IDC the legacy core in romanised snake_case (`tk_yeme` 예매, `tk_jwaseok` 좌석 with seat holds in the Redis
cluster `kv-seathold`, `tk_gyeolje` 결제 over five PGs through the egress L4 `L4-SAM-A10-02`, `tk_cancel`,
`tk_admin`, 정산 `tk_jeongsan` and the nightly `tk_jeongsan_bat` on `PG_JEONGSAN`, the Oracle RACs `TKTDB_RAC`
and `PAYDB_ORA`, Kafka `kfk-ticketing`, hosts named by cell/rack/node); in GCP Seoul the products by code name
(the waiting room MAGPIE, anti-bot OWL, mobile tickets CRANE, resale HERON), the app/web BFF, seat maps, members
and fan-club presale verification, notifications on RabbitMQ, the promoters' partner API and portal, the DW; and
the venue edge sites (KSPO돔, 잠실야구장, 고척스카이돔, 사직야구장) with gate validation. Environments prod / stage /
qa / dev; owners are teams named in Korean or English. Now = Thursday 2027-05-13 20:35 KST, 35 minutes into a
K-pop fan-club presale opening; seven injected incidents (T1–T7, the last ongoing; T1 at Tuesday 4's 20:00
on-sale, T2 at Thursday 6's 14:00 opening, T3 in the small hours of Saturday 8 (weekend, night), T4 on Sunday 9's
late afternoon (weekend), T5 at Tuesday 11's noon, T6 yesterday morning). Wednesday 5 May (어린이날) was a holiday.
Every expected value is computed here from the written files (estate_kit.Estate and the faults file); nothing is
typed by hand except the questions. Where a loose phrase (새벽, 점심, 오후, "this evening") has several readings,
only values every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call chat: 반말,
typos, missing spaces, Korean/English mixed) and 40 % English.

    .venv/bin/python bench/tix_golden.py   # after bench/tix_estate.py
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterable
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

DATASET = "ticketing"
NOW = datetime(2027, 5, 13, 11, 35, tzinfo=UTC)  # Thursday 2027-05-13 20:35 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
kst = kst_clock("2027-05")

b = Batch.over(DATASET, NOW, "tix", "batch-35")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
K2VM = "gke-pado-prd-core-3b7e2d10-k2vm"


def cis(ns: Iterable[str], match: str = "set") -> dict:
    return ci_names(ns, match)


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


TODAY = (kst(13, 0), NOW)
YESTERDAY = day(12)  # Wednesday
TUE11, MON10, SUN9, SAT8, FRI7, THU6, HOLIDAY5, TUE4 = (
    day(11),
    day(10),
    day(9),
    day(8),
    day(7),
    day(6),
    day(5),
    day(4),
)
WEEKEND = (kst(8, 0), kst(10, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
TONIGHT = part(13, (18, 24), (20, 24))  # "오늘 저녁", "since the opening": up to now either way
TUE4_EVENING = part(4, (18, 24), (19, 22))
THU6_AFTERNOON = part(6, (12, 18), (13, 16))
SAT8_DAWN = part(8, (0, 6), (1, 4))
SUN9_LATE = part(9, (12, 20), (16, 18))
TUE11_LUNCH = part(11, (11, 14), (12, 13))
YDAY_MORNING = part(12, (6, 12), (9, 11))
ip = lambda n: e.attr(n, "ip")  # noqa: E731
gates = prod_services_with("gates")
on_prem_svcs = [
    n
    for n in e.of_type("service", "prod")
    if e.cis[n]["location"] == "상암IDC" and e.cis[n]["status"] == "active"
]

# =========================================================================== attribute lookups
b.ask("ko", "tk_yeme 지금 버전 머임", "attribute", LOOK, said(e.attr("tk_yeme", "version")))
b.ask(
    "ko",
    "좌석 hold TTL 몇초로 돼있어? tk_jwaseok",
    "attribute",
    LOOK,
    exact(e.attr("tk_jwaseok", "hold_ttl_s")),
)
b.ask(
    "en",
    "What's the maxmemory of kv-seathold in GB?",
    "attribute",
    LOOK,
    exact(e.attr("kv-seathold", "maxmemory_gb")),
)
b.ask("ko", "kv-seathold maxmemory-policy 뭐로 설정돼있음", "attribute", LOOK,
      said(e.attr("kv-seathold", "maxmemory_policy")))  # fmt: skip
b.ask("ko", "magpie-waitroom 초당 입장 몇명으로 잡혀있지", "attribute", LOOK,
      exact(e.attr("magpie-waitroom", "admit_per_sec")))  # fmt: skip
b.ask("ko", "tk_gyeolje PG사 몇개 붙어있어", "attribute", LOOK, exact(e.attr("tk_gyeolje", "pg_count")))
b.ask(
    "ko", "owl-botguard 차단 임계치 얼마", "attribute", LOOK, said(e.attr("owl-botguard", "block_threshold"))
)
b.ask("en", "how often does crane-mticket refresh the QR code?", "attribute", LOOK,
      exact(e.attr("crane-mticket", "qr_refresh_s")))  # fmt: skip
b.ask("ko", "KSPO돔 게이트 스캐너 몇대야", "attribute", LOOK, exact(e.attr("VNU-KSP-GATE", "scanners")))
b.ask("en", "Which scanner model is used at VNU-GCD-GATE?", "attribute", LOOK,
      said(e.attr("VNU-GCD-GATE", "scanner_model")))  # fmt: skip
b.ask("ko", "heron-resale 수수료 몇프로", "attribute", LOOK, exact(e.attr("heron-resale", "fee_pct")))
b.ask("ko", "TKTDB_RAC 서비스네임 머였지", "attribute", LOOK, said(e.attr("TKTDB_RAC", "service_name")))
b.ask(
    "ko", "cdn-pado-static 인증서 만료일", "attribute", LOOK, said(e.attr("cdn-pado-static", "cert_expiry"))
)
b.ask("en", "what's the VIP of L4-SAM-A10-02?", "attribute", LOOK, said(e.attr("L4-SAM-A10-02", "vip")))
b.ask(
    "ko", "L4-SAM-A10-02 snat 풀 ip 몇개", "attribute", LOOK, exact(e.attr("L4-SAM-A10-02", "snat_pool_ips"))
)
b.ask(
    "ko", "정산배치 몇시에 돌아", "attribute", LOOK, said(e.attr("tk_jeongsan_bat", "schedule").split()[-1])
)
b.ask("en", "how many promoters does tk_jeongsan_bat settle?", "attribute", LOOK,
      exact(e.attr("tk_jeongsan_bat", "promoters")))  # fmt: skip
b.ask("ko", "partner-gw 파트너사 몇개 연동돼있어", "attribute", LOOK, exact(e.attr("partner-gw", "partners")))
b.ask("en", "who owns fanclub-verify?", "attribute", LOOK, said(e.cis["fanclub-verify"]["owner"]))
b.ask("ko", "rmq-alim 담당 어디팀", "attribute", LOOK, said(e.cis["rmq-alim"]["owner"]))
b.ask("ko", "sam-c3r02-n11 아이피", "attribute", LOOK, said(ip("sam-c3r02-n11")))
b.ask(
    "en",
    "which RAID controller does sam-c3r02-n11 have?",
    "attribute",
    LOOK,
    said(e.attr("sam-c3r02-n11", "raid")),
)
b.ask(
    "en", "PAYDB_ORA standby is where?", "attribute", LOOK, said(e.attr("PAYDB_ORA", "dataguard").split()[0])
)

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "상암IDC CI 몇개", "count", AGG, exact(len(e.where(location="상암IDC"))))
b.ask("ko", "잠실야구장에 뭐 있어", "list", AGG, cis(e.where(location="잠실야구장")))
b.ask("en", "list everything at KSPO돔", "list", AGG, cis(e.where(location="KSPO돔")))
b.ask("ko", "스테이징 환경 목록", "list", AGG, cis(e.where(environment="stage")))
b.ask("en", "How many production CIs are there?", "count", AGG, exact(len(e.where(environment="prod"))))
b.ask("ko", "점검중 장비", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "which CIs are retired?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "캐시 몇개 운영중임 (prod)", "count", AGG, exact(len(e.of_type("cache", "prod"))))
b.ask("en", "list the queues", "list", AGG, cis(e.of_type("queue")))
b.ask("ko", "로드밸런서 전부", "list", AGG, cis(e.of_type("load_balancer")))
oracles = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "oracle")
b.ask("ko", "오라클 디비 목록", "list", AGG, cis(oracles))
pgs = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("en", "which databases run PostgreSQL?", "list", AGG, cis(pgs))
csql = sorted(
    n for n in e.of_type("database", "prod") if "Cloud SQL" in e.cis[n]["attributes"].get("product", "")
)
b.ask("ko", "운영 Cloud SQL 인스턴스 몇개", "count", AGG, exact(len(csql)))
b.ask("en", "How many CIs does DBA그룹 own?", "count", AGG, exact(len(e.where(owner="DBA그룹"))))
b.ask("ko", "모바일티켓팀 서비스 뭐뭐", "list", AGG, cis(e.where(type="service", owner="모바일티켓팀")))
b.ask(
    "en", "which services belong to seat-core?", "list", AGG, cis(e.where(type="service", owner="seat-core"))
)
b.ask("ko", "venue-ops 소유 CI 몇개", "count", AGG, exact(len(e.where(owner="venue-ops"))))
b.ask("ko", "trust-and-safety 팀 운영 서비스", "list", AGG,
      cis(e.where(type="service", owner="trust-and-safety", environment="prod")))  # fmt: skip
prd_nodes = sorted(n for n in e.of_type("host") if e.cis[n]["attributes"].get("cluster") == "pado-prd")
b.ask("ko", "pado-prd 클러스터 노드 몇대", "count", AGG, exact(len(prd_nodes)))
burst = sorted(n for n in prd_nodes if e.attr(n, "node_pool") == "burst")
b.ask("en", "list the GKE nodes in the burst pool", "list", AGG, cis(burst))
go_svcs = sorted(n for n in e.of_type("service") if e.cis[n]["attributes"].get("lang") == "go")
b.ask("ko", "go로 된 서비스", "list", AGG, cis(go_svcs))
kotlin = [n for n in e.of_type("service", "prod") if e.cis[n]["attributes"].get("lang") == "kotlin"]
b.ask("en", "how many prod services are written in Kotlin?", "count", AGG, exact(len(kotlin)))
rhel7 = attr_holders("os", lambda v: v == "RHEL 7.9")
b.ask("ko", "아직 RHEL 7.9인 서버", "list", AGG, cis(rhel7))
b.ask("ko", "게이트 스캐너 전체 합치면 몇대", "sum", AGG, exact(sum(e.attr(n, "scanners") for n in gates)))
b.ask(
    "en",
    "total number of entry gates across all venues?",
    "sum",
    AGG,
    exact(sum(e.attr(n, "gates") for n in gates)),
)
b.ask("ko", "공연장 게이트 서비스 몇개", "count", AGG, exact(len(gates)))
crane = prod_services_with("code_name", lambda v: v == "CRANE")
b.ask("en", "which services are part of CRANE?", "list", AGG, cis(crane))
b.ask("ko", "상암IDC prod 서비스 전부 (반납된거 빼고)", "list", AGG, cis(on_prem_svcs))
b.ask("ko", "pado-prd/member 네임스페이스 레플리카 합", "sum", AGG,
      exact(sum(e.attr(n, "replicas") for n in e.of_type("service", "prod")
                if e.cis[n]["attributes"].get("namespace") == "pado-prd/member")))  # fmt: skip

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "kv-seathold 메모리 지금 몇", "metric", AGG, num(e.latest("kv-seathold", "memory_usage")))
b.ask("en", "current error rate of tk_jwaseok?", "metric", AGG, num(e.latest("tk_jwaseok", "error_rate")))
b.ask("ko", "tk_yeme 응답시간 현재", "metric", AGG, num(e.latest("tk_yeme", "response_time_ms")))
b.ask("ko", "대기열 지금 요청량 얼마나 들어와 magpie-waitroom", "metric", AGG,
      num(e.latest("magpie-waitroom", "request_rate")))  # fmt: skip
b.ask("en", "seatmap-api error rate right now", "metric", AGG, num(e.latest("seatmap-api", "error_rate")))
b.ask("ko", "sam-c2r11-n02 디스크 몇%야", "metric", AGG, num(e.latest("sam-c2r11-n02", "disk_usage")))
b.ask("ko", "최근 30분 tk_jwaseok 평균 에러율", "metric", AGG,
      num(e.average("tk_jwaseok", "error_rate", NOW - H / 2)))  # fmt: skip
b.ask("en", "average response time of pado-web-bff over the last hour", "metric", AGG,
      num(e.average("pado-web-bff", "response_time_ms", NOW - H)))  # fmt: skip
b.ask("ko", "지난 1시간 magpie-waitroom 요청 피크", "metric", AGG,
      num(e.peak("magpie-waitroom", "request_rate", NOW - H)))  # fmt: skip
b.ask("ko", "오늘 저녁 kv-seathold 응답시간 최고", "metric", AGG,
      num(robust("kv-seathold", "response_time_ms", TONIGHT)))  # fmt: skip
b.ask("en", "How high did tk_jwaseok's error rate go this evening?", "metric", AGG,
      num(robust("tk_jwaseok", "error_rate", TONIGHT)))  # fmt: skip
b.ask("ko", "4일 저녁 오픈때 tk_yeme 에러율 최고 몇까지 갔음", "metric", AGG,
      num(robust("tk_yeme", "error_rate", TUE4_EVENING)))  # fmt: skip
b.ask("en", "TKTDB_RAC peak response time on the evening of May 4", "metric", AGG,
      num(robust("TKTDB_RAC", "response_time_ms", TUE4_EVENING)))  # fmt: skip
b.ask("ko", "지난주 목요일 오후 tk_gyeolje 에러 최대치", "metric", AGG,
      num(robust("tk_gyeolje", "error_rate", THU6_AFTERNOON)))  # fmt: skip
b.ask("en", "L4-SAM-A10-02 worst error rate on Thursday afternoon May 6", "metric", AGG,
      num(robust("L4-SAM-A10-02", "error_rate", THU6_AFTERNOON)))  # fmt: skip
b.ask("ko", "토요일 새벽 sam-c3r02-n11 cpu 최고", "metric", AGG,
      num(robust("sam-c3r02-n11", "cpu_usage", SAT8_DAWN)))  # fmt: skip
b.ask("en", "PG_JEONGSAN peak latency early Saturday", "metric", AGG,
      num(robust("PG_JEONGSAN", "response_time_ms", SAT8_DAWN)))  # fmt: skip
b.ask("ko", "일요일 오후 crane-mticket 에러율 피크", "metric", AGG,
      num(robust("crane-mticket", "error_rate", SUN9_LATE)))  # fmt: skip
b.ask("ko", "화요일 점심 rmq-alim 메모리 최고", "metric", AGG,
      num(robust("rmq-alim", "memory_usage", TUE11_LUNCH)))  # fmt: skip
b.ask("ko", "어제 오전 partner-gw 에러율 최대", "metric", AGG,
      num(robust("partner-gw", "error_rate", YDAY_MORNING)))  # fmt: skip
b.ask("en", "how hot did gke-pado-prd-core-3b7e2d10-k2vm's CPU get yesterday morning?", "metric", AGG,
      num(robust(K2VM, "cpu_usage", YDAY_MORNING)))  # fmt: skip
b.ask("ko", "어제 member-auth 평균 응답시간", "metric", AGG,
      num(e.average("member-auth", "response_time_ms", *YESTERDAY)))  # fmt: skip
b.ask(
    "ko", "어린이날 tk_yeme 평균 요청량", "metric", AGG, num(e.average("tk_yeme", "request_rate", *HOLIDAY5))
)
b.ask("ko", "오늘 아침 9시쯤 sam-c2r11-n02 디스크 몇프로였어", "metric", AGG,
      e.around("sam-c2r11-n02", "disk_usage", kst(13, 9)))  # fmt: skip
seat_since = e.since_above("kv-seathold", "memory_usage", 95.0)
b.ask("ko", "kv-seathold 메모리 95 넘은게 언제부터임", "metric", AGG, said(hhmm(seat_since)))
jw_since = e.since_above("tk_jwaseok", "error_rate", 10.0)
b.ask("en", "since when has tk_jwaseok been above 10% errors?", "metric", AGG, said(hhmm(jw_since)))
b.ask(
    "ko",
    "토요일 tk_jeongsan_bat 에러율 최고",
    "metric",
    AGG,
    num(e.peak("tk_jeongsan_bat", "error_rate", *SAT8)),
)

svc_err = prod_measured("service", "error_rate")
prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_week = above(prod_hosts_cpu, "cpu_usage", 90.0, *WEEK, 1.5)
b.ask("ko", "최근 일주일 cpu 90 넘어본 서버", "threshold", AGG, cis(hot_week))
err_yday = above(svc_err, "error_rate", 10.0, *YESTERDAY, 0.5)
b.ask("en", "Which services went above 10% errors yesterday?", "threshold", AGG, cis(err_yday))
slow_db = above(prod_measured("database", "response_time_ms"), "response_time_ms", 30.0, *TEN_DAYS, 3.0)
b.ask("ko", "열흘동안 응답 30ms 넘은 db", "threshold", AGG, cis(slow_db))
err20 = above(svc_err, "error_rate", 30.0, *TEN_DAYS, 1.0)
b.ask("en", "services that crossed 30% error rate in the last 10 days", "threshold", AGG, cis(err20))
err_weekend = above(svc_err, "error_rate", 12.0, *WEEKEND, 0.5)
b.ask("ko", "주말에 에러 12% 넘었던 서비스들", "threshold", AGG, cis(err_weekend))
mem_cache = above(prod_measured("cache", "memory_usage"), "memory_usage", 80.0, *WEEK, 1.0)
b.ask("en", "which caches went over 80% memory this past week?", "threshold", AGG, cis(mem_cache))
assert e.peak("sam-c2r11-n02", "disk_usage", *TEN_DAYS) < 78.0
b.ask("ko", "sam-c2r11-n02 디스크 80 넘은적있음? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("rmq-alim", "memory_usage", *WEEK) > 58.0 and e.peak("rmq-alim", "memory_usage", *MON10) < 50.0
assert e.peak("kv-seathold", "memory_usage", TEN_DAYS[0], kst(11, 15, 20)) < 85.0
b.ask("en", "did kv-seathold memory ever go above 85% before the TTL change on Tuesday?", "threshold", AGG,
      yes_no(False))  # fmt: skip
assert e.peak("kv-seathold", "memory_usage", *TODAY) > 95.0
b.ask("ko", "kv-seathold 오늘 메모리 95 넘었어?", "threshold", AGG, yes_no(True))
assert e.peak("csql-member", "response_time_ms", *TEN_DAYS) < 20.0
b.ask("en", "has csql-member latency gone over 20 ms in the last 10 days?", "threshold", AGG, yes_no(False))

svc_err_now = {n: e.latest(n, "error_rate") for n in svc_err}
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 3 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 3)))
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host is busiest on CPU at the moment?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in prod_measured("host", "disk_usage")}
b.ask("ko", "디스크 제일 찬 서버 어디", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청 제일 많이 받는 서비스 top2", "top", AGG, cis(leaders(req_now, 2)))
svc_err_sun = {n: e.peak(n, "error_rate", *SUN9) for n in svc_err}
b.ask("en", "which service had the worst error peak on Sunday?", "top", AGG, cis(leaders(svc_err_sun, 1)))
svc_err_yday = {n: e.peak(n, "error_rate", *YESTERDAY) for n in svc_err}
b.ask("ko", "어제 에러 제일 많이 튄 서비스", "top", AGG, cis(leaders(svc_err_yday, 1)))
db_rt_sat = {n: e.peak(n, "response_time_ms", *SAT8) for n in prod_measured("database", "response_time_ms")}
b.ask(
    "en", "which database had the highest peak latency on Saturday?", "top", AGG, cis(leaders(db_rt_sat, 1))
)
cache_mem_now = {n: e.latest(n, "memory_usage") for n in prod_measured("cache", "memory_usage")}
b.ask("ko", "메모리 제일 많이 쓰는 캐시 지금", "top", AGG, cis(leaders(cache_mem_now, 1)))
gate_req_sun = {n: e.peak(n, "request_rate", *SUN9) for n in gates}
b.ask("en", "which venue gate service peaked highest in requests on Sunday?", "top", AGG,
      cis(leaders(gate_req_sun, 1)))  # fmt: skip
two_now = {n: e.latest(n, "error_rate") for n in ("tk_yeme", "pado-web-bff")}
b.ask("ko", "tk_yeme랑 pado-web-bff 지금 에러 어디가 더 심해", "compare", AGG, cis(leaders(two_now, 1)))
rac = {n: e.peak(n, "cpu_usage", *TUE4) for n in host_of("TKTDB_RAC")}
b.ask("en", "May 4: which TKTDB_RAC node had the higher CPU peak?", "compare", AGG, cis(leaders(rac, 1)))
venue_yday = {n: e.average(n, "request_rate", *YESTERDAY) for n in ("VNU-JSB-GATE", "VNU-SJK-GATE")}
b.ask(
    "ko",
    "어제 잠실 게이트랑 사직 게이트 평균 요청 어디가 많았어",
    "compare",
    AGG,
    cis(leaders(venue_yday, 1)),
)
csql_avg = {n: e.average(n, "response_time_ms", *WEEK) for n in csql}
b.ask("en", "rank the prod Cloud SQL instances by average latency over the past week, slowest first", "compare", AGG,
      cis(ranked(csql_avg), "ordered"))  # fmt: skip
kafka_disk = {n: e.latest(n, "disk_usage") for n in host_of("kfk-ticketing")}
b.ask("ko", "카프카 브로커 서버들 디스크 지금 젤 높은거", "compare", AGG, cis(leaders(kafka_disk, 1)))

# =========================================================================== graph, hosting, paths
b.ask("ko", "tk_yeme 뭐뭐 의존해", "graph", GRAPH, cis(e.out("tk_yeme")))
b.ask("en", "What are the direct dependencies of pado-web-bff?", "graph", GRAPH, cis(e.out("pado-web-bff")))
b.ask("ko", "crane-mticket 직접 물고있는거", "graph", GRAPH, cis(e.out("crane-mticket")))
b.ask("en", "who calls tk_jwaseok directly?", "graph", GRAPH, cis(e.into("tk_jwaseok")))
b.ask("ko", "TKTDB_RAC 쓰는 서비스들", "graph", GRAPH, cis(e.into("TKTDB_RAC")))
b.ask("ko", "kfk-ticketing 직접 쓰는애들 몇개", "count", COUNT_GRAPH, exact(len(e.into("kfk-ticketing"))))
b.ask("en", "blast radius if kv-seathold goes down?", "impact", GRAPH, cis(e.impact("kv-seathold")))
b.ask("ko", "rmq-alim 죽으면 영향받는거 전부", "impact", GRAPH, cis(e.impact("rmq-alim")))
b.ask("ko", "L4-SAM-A10-02 나가면 어디까지 터져", "impact", GRAPH, cis(e.impact("L4-SAM-A10-02")))
b.ask("ko", "heron-resale 밑으로 간접의존까지 싹다", "graph", GRAPH, cis(e.depends_closure("heron-resale")))
b.ask("en", "everything that depends on tk_gyeolje, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("tk_gyeolje")))  # fmt: skip
b.ask("ko", "pado-web-bff 타고 내려가면 나오는 캐시 전부", "graph", GRAPH,
      cis(b.of("cache", e.depends_closure("pado-web-bff"))))  # fmt: skip
b.ask("en", "which databases does cs-desk end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("cs-desk"))))  # fmt: skip
b.ask("ko", "promoter-portal 아래 깔린 db들 (간접 포함)", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("promoter-portal"))))  # fmt: skip
b.ask("ko", "VNU-JSB-GATE 2홉 이내 의존성", "graph", GRAPH, cis(e.within_hops("VNU-JSB-GATE", 2)))
b.ask("ko", "sam-c2r07-n01에 뭐 올라가있어", "hosting", HOSTING, cis(runs_on("sam-c2r07-n01")))
b.ask("en", "What runs on gke-pado-prd-data-5e2a7c18-b9lf?", "hosting", HOSTING,
      cis(runs_on("gke-pado-prd-data-5e2a7c18-b9lf")))  # fmt: skip
b.ask(
    "ko",
    "k2vm 노드(gke-pado-prd-core-3b7e2d10-k2vm)에 뜬 파드들 서비스",
    "hosting",
    HOSTING,
    cis(runs_on(K2VM)),
)
b.ask("en", "which hosts does kfk-ticketing run on?", "hosting", HOSTING, cis(host_of("kfk-ticketing")))
b.ask("ko", "magpie-waitroom 어느 노드에서 돌아", "hosting", HOSTING, cis(host_of("magpie-waitroom")))
b.ask("en", "what do tk_yeme and tk_cancel both depend on directly?", "graph", GRAPH,
      cis(e.out("tk_yeme") & e.out("tk_cancel")))  # fmt: skip
b.ask("ko", "crane-mticket이랑 crane-gate-sync 공통 의존", "graph", GRAPH,
      cis(e.out("crane-mticket") & e.out("crane-gate-sync")))  # fmt: skip
b.ask(
    "ko",
    "VNU-KSP-GATE에서 csql-mticket까지 몇홉",
    "path",
    GRAPH,
    exact(e.hop_count("VNU-KSP-GATE", "csql-mticket")),
)
b.ask("en", "how many hops from promoter-portal to TKTDB_RAC?", "path", GRAPH,
      exact(e.hop_count("promoter-portal", "TKTDB_RAC")))  # fmt: skip
b.ask("ko", "partner-gw → kv-seathold 경로 보여줘", "path", GRAPH,
      cis(e.shortest_path("partner-gw", "kv-seathold"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from heron-resale down to PAYDB_ORA", "path", GRAPH,
      cis(e.shortest_path("heron-resale", "PAYDB_ORA"), "ordered"))  # fmt: skip
b.ask("ko", "seatmap-api에서 TKTDB_RAC까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("seatmap-api", "TKTDB_RAC"), "ordered"))  # fmt: skip
assert e.reaches("cs-desk", "L4-SAM-A10-02")
b.ask("ko", "cs-desk도 L4-SAM-A10-02 타? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("magpie-waitroom", "TKTDB_RAC")
b.ask("en", "Does magpie-waitroom depend on TKTDB_RAC in any way?", "graph", GRAPH, yes_no(False))
assert not set(host_of("tk_gyeolje")) & set(host_of("tk_yeme"))
b.ask("ko", "tk_gyeolje랑 tk_yeme 같은 서버에 있어?", "hosting", HOSTING, yes_no(False))
assert set(host_of("partner-gw")) & set(host_of("member-auth"))
b.ask("en", "Do partner-gw and member-auth share a node?", "hosting", HOSTING, yes_no(True))
san_hosts = sorted(s for s, t, k in e.rels if t == "san-sam-01" and k == "CONNECTS_TO")
b.ask("ko", "san-sam-01 붙어있는 서버", "graph", GRAPH_OR_LOOK, cis(san_hosts))
assert e.out("cdn-pado-static", "CONNECTS_TO") == {"gcs-static-assets"}
b.ask("en", "what's the origin behind cdn-pado-static?", "graph", GRAPH_OR_LOOK, said("gcs-static-assets"))

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
b.ask("ko", "지금 장애 있음?", "wrong_now", ONCALL, WN)
b.ask("en", "anything on fire right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "선예매 오픈했는데 좌석 선택 안된다고 CS 터짐 지금 상황 어때", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅇㅋ 지금 빨간불 뭐뭐임", "wrong_now", ONCALL, WN)
b.ask("en", "just got paged, what's unhealthy?", "wrong_now", ONCALL, WN)
assert e.warns("kv-seathold") and e.warns("tk_jwaseok")
assert not any(e.warns(n) for n in ("TKTDB_RAC", "rmq-alim", "csql-mticket", "L4-SAM-A10-02", "PG_JEONGSAN",
                                    "magpie-waitroom", "partner-gw", "tk_gyeolje", "crane-mticket"))  # fmt: skip
b.ask("ko", "kv-seathold 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is TKTDB_RAC healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "대기열 magpie-waitroom 지금 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "tk_jwaseok OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "rmq-alim 상태 괜찮음?", "health", ONCALL, yes_no(True))
b.ask("en", "is partner-gw fine at the moment?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "토요일 새벽 sam-c3r02-n11 무슨일 있었어?", "sam-c3r02-n11", SAT8_DAWN[1],
         {"hardware": ["battery", "learn", "write-through", "BBU", "PERC"], "config_change": ["config", "learn", "BBU"]})  # fmt: skip
happened("en", "what happened to csql-mticket on Sunday afternoon?", "csql-mticket", SUN9_LATE[1],
         {"failover": ["failover", "페일오버", "standby", "primary"]})  # fmt: skip
happened("ko", "5월4일 저녁 TKTDB_RAC 이벤트 뭐 떴어", "TKTDB_RAC", TUE4_EVENING[1],
         {"lock_contention": ["row lock", "enq: TX", "lock", "blocked"], "wait_event": ["gc buffer busy", "wait"]})  # fmt: skip
happened("en", "What happened with L4-SAM-A10-02 on May 6?", "L4-SAM-A10-02", THU6,
         {"snat": ["SNAT", "port"], "config_change": ["config", "SNAT pool", "idle-timeout", "IP 4 → 6"]})  # fmt: skip
happened("ko", "화요일 점심 rmq-alim 뭔일", "rmq-alim", TUE11_LUNCH[1],
         {"memory": ["memory", "watermark", "alarm", "blocked", "메모리"], "config_change": ["config", "consumer", "lazy"]})  # fmt: skip
happened("en", "what's been going on with kv-seathold today?", "kv-seathold", TODAY,
         {"oom": ["OOM", "maxmemory", "out of memory"], "memory": ["memory", "used_memory", "메모리"]})  # fmt: skip
happened("ko", "어제 아침 gke-pado-prd-core-3b7e2d10-k2vm 무슨 이벤트", K2VM, YDAY_MORNING[1],
         {"kernel": ["conntrack", "dropping packet", "table full"], "config_change": ["drain", "cordon", "conntrack_max"]})  # fmt: skip
happened("ko", "이번주 cdn-pado-static 경고 뭐였어", "cdn-pado-static", (kst(10, 0), NOW),
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip
happened("en", "what happened to kv-seathold on Tuesday?", "kv-seathold", TUE11,
         {"config_change": ["TTL", "900", "config", "hold"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# T7 (ongoing) kv-seathold maxmemory at the fan-club presale
for lang, q in [
    ("ko", "지금 좌석 선점 안되는거 원인 머임"),
    ("en", "Why is tk_jwaseok failing right now?"),
    ("ko", "seatmap-api 7시35분에 배포했는데 그거 때문에 좌석도 깨진거야?"),
    ("ko", "8시 선예매 오픈하고 '이미 선택된 좌석' 에러 폭증 왜그럼"),
    ("en", "what's behind the seat selection errors since the 20:00 presale opened?"),
    ("ko", "최근 30분 장애 rca 해줘"),
    ("en", "fans can't hold seats in the STELLA presale - root cause?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("T7")))
# T6 GKE node conntrack (yesterday morning)
for lang, q in [
    ("ko", "어제 오전 9시반쯤 파트너 API 5xx 원인"),
    ("en", "Why did partner-gw throw errors yesterday morning?"),
    ("ko", "member-auth 어제 9시10분 배포하고 로그인 터졌던데 배포 탓임?"),
    ("ko", "5/12 09:30~10:25 팬클럽 인증 타임아웃 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("T6")))
# T5 rmq-alim memory alarm (Tuesday noon)
for lang, q in [
    ("ko", "화요일 점심 당첨 알림톡 안나간거 왜"),
    ("en", "Why did alim-sender back up on Tuesday around 12:10?"),
    ("ko", "alim-sender 2.12.0 템플릿 배포하고 알림 막혔던데 그거때문?"),
    ("ko", "11일 12:05~13:00 푸시 발송 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("T5")))
# T4 csql-mticket failover (Sunday, KSPO DOME entry)
for lang, q in [
    ("ko", "일요일 KSPO돔 입장때 모바일티켓 안열린거 원인"),
    ("en", "Why did crane-mticket fail on Sunday around 16:45?"),
    ("ko", "crane-gate-sync 일요일 3시50분 배포 때문에 게이트 터진거임?"),
    ("en", "what caused the gate validation errors at KSPO DOME on May 9?"),
    ("ko", "5월9일 16:40~17:35 VNU-KSP-GATE 오프라인 전환 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("T4")))
# T3 sam-c3r02-n11 write-through (Saturday small hours)
for lang, q in [
    ("ko", "토욜 새벽 정산배치 실패 원인"),
    ("en", "Why did tk_jeongsan_bat fail early Saturday morning?"),
    ("ko", "주말 새벽 2시쯤 PG_JEONGSAN 느려진거 왜"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("T3")))
# T2 L4-SAM-A10-02 SNAT (Thursday 6, 14:00 opening)
for lang, q in [
    ("ko", "지난주 목요일 2시 뮤지컬 오픈때 결제 실패 원인"),
    ("en", "Why did tk_gyeolje fail PG approvals on the afternoon of May 6?"),
    ("ko", "heron-resale 3.3.0 배포 직후 결제 터졌던데 그거 원인?"),
    ("ko", "5/6 14:04~14:59 PG 승인 타임아웃 원인분석"),
    ("en", "root cause of the payment outage during the Les Mis on-sale?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("T2")))
# T1 TKTDB_RAC contention (Tuesday 4, 20:00 on-sale)
for lang, q in [
    ("ko", "4일 저녁 8시 일반예매 오픈때 예매 먹통 원인"),
    ("en", "Why did tk_yeme time out at the 20:00 on-sale on May 4?"),
    ("ko", "tk_yeme 12.8.1 7시20분에 배포하고 8시에 터졌는데 배포 탓 아냐?"),
    ("en", "what caused the seat confirmation failures on Tuesday evening May 4?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("T1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포된거 뭐있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments happened in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_yday = [x for x in events_between(*YESTERDAY) if x["severity"] in PROBLEM]
b.ask("ko", "어제 major 이상 이벤트 몇건 떴어", "changes", AGG, exact(len(prob_yday)))
seat_last = [x for x in e.events if x["ci"] == "seatmap-api" and x["type"] == "deployment"][-1]
b.ask("en", "when was seatmap-api last deployed?", "changes", AGG, said(hhmm(seat_last["at"])))
(ttl_change,) = events_between(*TUE11, ci="kv-seathold", type="config_change")
b.ask("ko", "kv-seathold 설정 바꾼거 몇시였지 화요일에", "changes", AGG, said(hhmm(ttl_change["at"])))
(settle_yday,) = [
    x for x in events_between(*YESTERDAY, ci="tk_jeongsan_bat", type="batch_job") if "시작" in x["message"]
]
b.ask("ko", "어제 정산배치 몇시에 돌았어", "changes", AGG, said(hhmm(settle_yday["at"])))
(settle_done,) = [
    x for x in events_between(*YESTERDAY, ci="tk_jeongsan_bat", type="batch_job") if "완료" in x["message"]
]
b.ask("en", "what time did tk_jeongsan_bat finish yesterday?", "changes", AGG, said(hhmm(settle_done["at"])))
crit_5d = events_between(NOW - 5 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 5 days", "changes", AGG,
      cis({x["ci"] for x in crit_5d}))  # fmt: skip
config_wk = sorted({x["ci"] for x in events_between(*WEEK, type="config_change")})
b.ask("ko", "최근 7일 설정변경 있었던 CI 목록", "changes", AGG, cis(config_wk))
crit_weekend = sorted({x["ci"] for x in events_between(*WEEKEND, severity="critical")})
b.ask("en", "which CIs had critical events over the weekend?", "changes", AGG, cis(crit_weekend))
openings_10d = events_between(*TEN_DAYS, type="on_sale", ci="magpie-waitroom")
b.ask("ko", "열흘간 대기열 오픈 이벤트 몇번 있었어", "changes", AGG, exact(len(openings_10d)))
maint = sorted({x["ci"] for x in events_between(*TEN_DAYS, type="maintenance")})
b.ask("en", "any maintenance work logged in the last 10 days? on which CIs?", "changes", AGG, cis(maint))

# =========================================================================== follow-up conversations
rac_hosts = host_of("TKTDB_RAC")
rac_cpu_now = {n: e.latest(n, "cpu_usage") for n in rac_hosts}
(rac_hot,) = leaders(rac_cpu_now, 1)
b.conversation("tix-c1", [
    ("ko", "TKTDB_RAC 어느 서버에 떠있어", "hosting", HOSTING, cis(rac_hosts)),
    ("ko", "둘 중에 지금 cpu 높은쪽", "followup", AGG, cis([rac_hot])),
    ("ko", "걔 메모리는", "followup", AGG, num(e.latest(rac_hot, "memory_usage"))),
])  # fmt: skip
(mt_db,) = b.of("database", e.out("crane-mticket"))
b.conversation("tix-c2", [
    ("en", "Which database does crane-mticket use directly?", "graph", GRAPH, cis([mt_db])),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[mt_db]["owner"])),
    ("en", "and its peak latency on Sunday?", "followup", AGG, num(e.peak(mt_db, "response_time_ms", *SUN9))),
])  # fmt: skip
b.conversation("tix-c3", [
    ("ko", "tk_gyeolje 어제 평균 에러율", "metric", AGG, num(e.average("tk_gyeolje", "error_rate", *YESTERDAY))),
    ("ko", "6일은?", "followup", AGG, num(e.average("tk_gyeolje", "error_rate", *THU6))),
    ("ko", "그날 최고치", "followup", AGG, num(e.peak("tk_gyeolje", "error_rate", *THU6))),
    ("ko", "그거 왜 그랬던거", "followup", RCA, root_first(root("T2"))),
])  # fmt: skip
venue_hosts = e.where(type="host", location="KSPO돔")
venue_cpu = {n: e.latest(n, "cpu_usage") for n in venue_hosts}
b.conversation("tix-c4", [
    ("en", "Which hosts are at KSPO돔?", "list", AGG, cis(venue_hosts)),
    ("en", "which of them has the higher CPU right now?", "followup", AGG, cis(leaders(venue_cpu, 1))),
])  # fmt: skip
b.conversation("tix-c5", [
    ("ko", "오늘 8시부터 지금까지 kv-seathold 에러율 최고", "metric", AGG,
     num(e.peak("kv-seathold", "error_rate", kst(13, 20), NOW))),
    ("ko", "왜 그런거야", "followup", RCA, root_first(root("T7"))),
])  # fmt: skip
b.conversation("tix-c6", [
    ("en", "is anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(now_root, "memory_usage"))),
])  # fmt: skip
b.conversation("tix-c7", [
    ("ko", "alim-sender 지금 에러율", "metric", AGG, num(e.latest("alim-sender", "error_rate"))),
    ("ko", "화요일 최고는", "followup", AGG, num(e.peak("alim-sender", "error_rate", *TUE11))),
    ("ko", "그땐 왜 그랬음", "followup", RCA, root_first(root("T5"))),
])  # fmt: skip
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation("tix-c8", [
    ("ko", "지금 응답 제일 느린 서비스", "top", AGG, cis([slowest])),
    ("ko", "담당팀은", "followup", LOOK, said(e.cis[slowest]["owner"])),
])  # fmt: skip
mtk_team = e.where(owner="모바일티켓팀")
b.conversation("tix-c9", [
    ("ko", "모바일티켓팀 CI 몇개야", "count", AGG, exact(len(mtk_team))),
    ("ko", "운영꺼만 보여줘", "followup", AGG, cis(n for n in mtk_team if e.cis[n]["environment"] == "prod")),
])  # fmt: skip
b.conversation("tix-c10", [
    ("en", "error rate of partner-gw right now?", "metric", AGG, num(e.latest("partner-gw", "error_rate"))),
    ("en", "and its peak yesterday?", "followup", AGG, num(e.peak("partner-gw", "error_rate", *YESTERDAY))),
    ("en", "what caused that?", "followup", RCA, root_first(root("T6"))),
])  # fmt: skip
b.conversation("tix-c11", [
    ("ko", "VNU-JSB-GATE 어제 요청 피크", "metric", AGG, num(e.peak("VNU-JSB-GATE", "request_rate", *YESTERDAY))),
    ("ko", "어린이날은", "followup", AGG, num(e.peak("VNU-JSB-GATE", "request_rate", *HOLIDAY5))),
])  # fmt: skip
b.conversation("tix-c12", [
    ("en", "who depends directly on rmq-alim?", "graph", GRAPH, cis(e.into("rmq-alim"))),
    ("en", "and where does rmq-alim itself run?", "followup", HOSTING, cis(host_of("rmq-alim"))),
    ("en", "what else runs on that node?", "followup", HOSTING,
     cis(set(runs_on(host_of("rmq-alim")[0])) - {"rmq-alim"})),
])  # fmt: skip
b.conversation("tix-c13", [
    ("ko", "tk_jeongsan_bat 토요일 응답시간 최대", "metric", AGG,
     num(e.peak("tk_jeongsan_bat", "response_time_ms", *SAT8))),
    ("ko", "배치 자체 문제였음? 진짜 원인 뭐야", "followup", RCA, root_first(root("T3"))),
])  # fmt: skip
(sess_cache,) = b.of("cache", e.out("member-auth"))
b.conversation("tix-c14", [
    ("ko", "member-auth가 쓰는 캐시 뭐임", "graph", GRAPH, cis([sess_cache])),
    ("ko", "그거 같이 쓰는 다른 서비스는", "followup", GRAPH, cis(e.into(sess_cache) - {"member-auth"})),
    ("ko", "지금 그 캐시 메모리 몇", "followup", AGG, num(e.latest(sess_cache, "memory_usage"))),
])  # fmt: skip
PBX = {"snat": ["SNAT", "port"], "config_change": ["config", "SNAT pool", "idle-timeout"]}
b.conversation("tix-c15", [
    ("ko", "5/6 오후 L4-SAM-A10-02 응답시간 최고 얼마였어", "metric", AGG,
     num(robust("L4-SAM-A10-02", "response_time_ms", THU6_AFTERNOON))),
    ("ko", "그때 그 L4에 뭔 이벤트 있었어", "followup", ONCALL, {"events": list(PBX), "ci": "L4-SAM-A10-02", "keywords": PBX}),
    ("ko", "그럼 결제 실패 진짜 원인이 그 L4임?", "followup", RCA, root_first(root("T2"))),
])  # fmt: skip
b.conversation("tix-c16", [
    ("en", "What was TKTDB_RAC's peak error rate on May 4?", "metric", AGG,
     num(e.peak("TKTDB_RAC", "error_rate", *TUE4))),
    ("en", "what was behind it?", "followup", RCA, root_first(root("T1"))),
    ("en", "and how hot did sam-c1r04-n01's CPU get that evening?", "followup", AGG,
     num(robust("sam-c1r04-n01", "cpu_usage", TUE4_EVENING))),
])  # fmt: skip
(bat_host,) = host_of("tk_jeongsan_bat")
b.conversation("tix-c17", [
    ("ko", "tk_jeongsan_bat 어느 서버에서 돌아", "hosting", HOSTING, cis([bat_host])),
    ("ko", "아이피 뭐야", "followup", LOOK, said(ip(bat_host))),
    ("ko", "거기 같이 올라간거", "followup", HOSTING, cis(set(runs_on(bat_host)) - {"tk_jeongsan_bat"})),
])  # fmt: skip
b.conversation("tix-c18", [
    ("en", "how full is sam-c2r11-n02's disk right now?", "metric", AGG, num(e.latest("sam-c2r11-n02", "disk_usage"))),
    ("en", "and 7 days ago at this time?", "followup", AGG,
     e.around("sam-c2r11-n02", "disk_usage", kst(6, 20, 35))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "TKTDB_RAC sys 계정 비번 좀"),
    ("en", "give me the Toss Payments secret key configured in tk_gyeolje"),
    ("ko", "kv-seathold requirepass 뭐야 알려줘"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "kv-seathold maxmemory 64기가로 올려줘"),
    ("en", "flush kv-seathold now"),
    ("en", "restart tk_jwaseok on both WAS"),
    ("ko", "magpie-waitroom 입장속도 3000으로 올려"),
    ("en", "scale seatmap-api to 40 replicas"),
    ("ko", "L4-SAM-A10-02 SNAT IP 두개 추가해줘"),
    ("ko", "STELLA 선예매 대기열 삭제해"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "어제 잠실 경기 누가 이겼냐", "refuse", REFUSE, REJECT)
b.ask("en", "write a short poem about waiting in a ticket queue", "refuse", REFUSE, REJECT)
b.ask("ko", "STELLA 멤버 중에 누가 제일 인기많아", "refuse", REFUSE, REJECT)
b.ask("ko", "이번 선예매 매출 얼마 나왔어", "refuse", REFUSE, not_ok())
b.ask("ko", "tk_yemae 에러율", "unknown", REFUSE, not_ok("tk_yeme"))
b.ask("en", "memory of kv-seathld", "unknown", REFUSE, not_ok("kv-seathold"))
b.ask("ko", "magpie-waitingroom 응답시간 얼마", "unknown", REFUSE, not_ok("magpie-waitroom"))
b.ask("en", "status of VNU-SUW-GATE?", "unknown", REFUSE, not_ok())
b.ask("ko", "sam-c2r07-n09 cpu", "unknown", REFUSE, not_ok())
b.ask("en", "error rate of crane-ticket", "unknown", REFUSE, not_ok("crane-mticket"))
b.ask("ko", "owl-botgaurd 지금 괜찮음?", "unknown", REFUSE, not_ok("owl-botguard"))

# =========================================================================== unclear
b.ask("ko", "지금 대기열에 몇명 기다리고 있어", "unclear", ONCALL, not_ok())
b.ask("en", "how many tickets did the STELLA presale sell so far?", "unclear", ONCALL, not_ok())
b.ask("ko", "어제 봇으로 차단된 계정 몇개야", "unclear", ONCALL, not_ok())
b.ask("ko", "걔는 왜 그래?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and what about the other one?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "kv-seathold 메모리랑 partner-gw 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())
b.ask("en", "what's the CPU of sam-c3r02-n11 and who owns heron-resale?", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할 수 있는데? 간단히", "direct", DIRECT, {"direct": True})
b.ask("en", "what data sources do you answer from?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 한국시간 기준 맞지?", "direct", DIRECT, {"direct": True})
b.ask("en", "how do you pick a root cause?", "direct", DIRECT, {"direct": True})
b.ask("ko", "니 답 얼마나 믿어도 됨?", "direct", DIRECT, {"direct": True})

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
b.case.write_golden("ops-golden-tix.json", DATASET, "ticketing-platform", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
