"""Write tests/fixtures/ops-golden-idc.json: blind batch 52, OPS questions over the colocation data-centre estate.

The estate (bench/idc_estate.py) is a Korean colocation operator's IT and facility systems (누리온데이터센터): the
DOORI customer portal (web, Kong gateway, customer SSO, orders for racks/power/cross-connects, remote-hands
tickets, visitor pre-registration, the technicians' dispatch app) on PostgreSQL and a Redis session cache; the
HAETAE DCIM on MySQL with its floor/heat map and the cross-connect port manager; the BMS (chillers, CRAH units,
UPS, generators, rack PDUs behind BACnet/Modbus gateways on industrial PCs, the point collector into the
TimescaleDB `jeonryeok-tsdb`, the alarm engine); metering (kW), the bandwidth 95th percentile over ClickHouse,
billing on MySQL with the month-end close batch and the Douzone ERP link; access control 출입통제 on MariaDB over
the Ceph cluster of 평촌, CCTV VMS; core routers, IX and transit links, the DDoS scrubber; Prometheus, Grafana,
Alertmanager, the notification hub over RabbitMQ; Kubernetes workers. Sites 가산캠퍼스, 평촌캠퍼스, 부산캠퍼스;
environments prod / stg / dev; owners are teams named in Korean or English. Now = Tuesday 2027-08-03 15:40 KST,
the afternoon cooling peak of a heat wave; seven injected incidents (I1–I7, the last ongoing): I1 on Monday 07-26
morning, I2 on Wednesday 07-28 afternoon (heat peak), I3 in the small hours of Thursday 07-29 (inside the
network maintenance window), I4 on Saturday 07-31 late morning (weekend), I5 in the small hours of Sunday 08-01
(month end, weekend), I6 yesterday morning (billing close), I7 since 15:05 today.
Every expected value is computed here from the written files (estate_kit.Estate and the faults file); nothing is
typed by hand except the questions. Where a loose phrase (새벽, 오후, "this morning", "last night") has several
readings, only values every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call
chat: 반말, typos, missing spaces, Korean/English mixed, abbreviations) and 40 % English.

    .venv/bin/python bench/idc_golden.py   # after bench/idc_estate.py
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
    Batch,
    ci_names,
    exact,
    not_ok,
    num,
    root_first,
    said,
    top,
    wrong_now,
    yes_no,
)

DATASET = "colo-datacenter"
NOW = datetime(2027, 8, 3, 6, 40, tzinfo=UTC)  # Tuesday 15:40 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
AUG1, AUG2, AUG3 = 32, 33, 34  # days counted from 2027-07-01

b = Batch.over(DATASET, NOW, "idc", "batch-52")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def kst(d: int, hh: float = 0, mm: int = 0) -> datetime:
    """A Seoul wall-clock time; `d` counts days from 2027-07-01 (32 = August 1), `hh` may pass 24."""
    return (datetime(2027, 7, 1, tzinfo=SEOUL) + timedelta(days=d - 1, hours=hh, minutes=mm)).astimezone(UTC)


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d), kst(d + 1)


def part(d: int, narrow: tuple[float, float], wide: tuple[float, float]) -> tuple[tuple, tuple]:
    """A loose part of day `d`, read narrowly and widely; hours past 24 run into the next day, none past now."""
    return tuple((kst(d, a), min(kst(d, z), NOW)) for a, z in (narrow, wide))  # type: ignore[return-value]


def robust(ci: str, metric: str, readings: tuple[tuple, tuple], kind: str = "peak") -> float:
    """The peak (or low) of `ci`'s metric in a loosely named window: the same under both readings."""
    (n0, n1), (w0, w1) = readings
    f = e.peak if kind == "peak" else e.low
    a, w = f(ci, metric, n0, n1), f(ci, metric, w0, w1)
    assert a == w, (ci, metric, a, w)
    return a


def prod_measured(kind: str, metric: str) -> list[str]:
    return [n for n in b.measured(kind, metric) if e.cis[n]["environment"] == "prod"]


def leaders(scores: dict[str, float], n: int, ordered: bool = False) -> list[str]:
    """The top `n`, clearly ahead of the rest (3 %) and, when ordered, of each other (1 %)."""
    order = top(scores, n)
    rest = max(v for k, v in scores.items() if k not in order)
    assert scores[order[-1]] > 1.03 * rest, (order, scores[order[-1]], rest)
    if ordered:
        assert all(scores[a] > 1.01 * scores[z] for a, z in itertools.pairwise(order)), order
    return order


def ranked(scores: dict[str, float], ascending: bool = False) -> list[str]:
    order = sorted(scores, key=lambda k: scores[k] if ascending else -scores[k])
    assert all(
        abs(scores[a] - scores[z]) > 0.01 * max(scores[a], scores[z]) for a, z in itertools.pairwise(order)
    )
    return order


def above(
    names: list[str], metric: str, bound: float, since: datetime, until: datetime, margin: float
) -> list:
    """The CIs whose peak in [since, until) is above `bound`, none within `margin` of it."""
    peaks = {n: e.peak(n, metric, since, until) for n in names if e.values(n, metric, since, until)}
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


TODAY = (kst(AUG3), NOW)
YESTERDAY = day(AUG2)  # Monday, the billing close
MON26, TUE27, WED28, THU29, FRI30, SAT31, SUN1 = (day(d) for d in range(26, 33))
THIS_WEEK = (kst(AUG2), NOW)
LAST_WEEKEND = (kst(31), kst(AUG2))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
THIS_MORNING = part(AUG3, (6, 12), (0, 12))
TODAY_AFTERNOON = part(AUG3, (13, 24), (12, 24))
LAST_NIGHT = part(AUG2, (20, 26), (18, 30))
MON26_MORNING = part(26, (9, 12), (6, 12))
TUE27_EVENING = part(27, (18, 22), (17, 24))
WED28_AFTERNOON = part(28, (13, 17), (12, 18))
THU29_NIGHT = part(29, (1, 5), (0, 6))
SAT31_MORNING = part(31, (9, 12), (6, 12))
AUG1_NIGHT = part(AUG1, (1, 5), (0, 6))
AUG2_MORNING = part(AUG2, (9, 12), (6, 12))
YDAY_AFTERNOON = part(AUG2, (13, 17), (12, 18))
STAGING = e.where(environment="stg")
ip = lambda n: e.attr(n, "ip")  # noqa: E731
facility = sorted(n for n, c in e.cis.items() if "gateway" in c["attributes"])


def device(kind: str, site: str | None = None) -> list[str]:
    return sorted(
        n
        for n, c in e.cis.items()
        if c["attributes"].get("device") == kind and (site is None or c["location"] == site)
    )


# =========================================================================== attribute lookups
b.ask("ko", "doori-order 버전 뭐임", "attribute", LOOK, said(e.attr("doori-order", "version")))
b.ask("ko", "pg-doori max_connections 몇으로 잡혀있어", "attribute", LOOK,
      exact(e.attr("pg-doori", "max_connections")))  # fmt: skip
b.ask("en", "what's the eviction policy on redis-doori?", "attribute", LOOK,
      said(e.attr("redis-doori", "maxmemory_policy")))  # fmt: skip
b.ask(
    "ko", "redis-doori 메모리 한도 몇기가임", "attribute", LOOK, exact(e.attr("redis-doori", "maxmemory_gb"))
)
b.ask(
    "en",
    "how many racks does haetae-dcim keep track of?",
    "attribute",
    LOOK,
    exact(e.attr("haetae-dcim", "racks")),
)
b.ask("ko", "bacnet-gw-gs1 cov구독 몇개 걸려있어", "attribute", LOOK,
      exact(e.attr("bacnet-gw-gs1", "cov_subscriptions")))  # fmt: skip
b.ask("ko", "chl-gs1-03 냉동톤 몇RT짜리야", "attribute", LOOK, exact(e.attr("chl-gs1-03", "capacity_rt")))
b.ask("ko", "ups-gs1-a 배터리로 몇분 버팀", "attribute", LOOK, exact(e.attr("ups-gs1-a", "runtime_min")))
b.ask("en", "gen-gs1-01 fuel tank size in litres?", "attribute", LOOK, exact(e.attr("gen-gs1-01", "fuel_l")))
b.ask("ko", "pdu-gs1-h1-r07a 어느 랙에 달려있음", "attribute", LOOK, said(e.attr("pdu-gs1-h1-r07a", "rack")))
b.ask(
    "en",
    "which customer is on pdu-gs1-h1-r07b?",
    "attribute",
    LOOK,
    said(e.attr("pdu-gs1-h1-r07b", "customer")),
)
b.ask("ko", "transit-kt-gs1 커밋 몇기가로 계약돼있지", "attribute", LOOK,
      exact(e.attr("transit-kt-gs1", "commit_gbps")))  # fmt: skip
b.ask("en", "circuit id of transit-lgu-pc2?", "attribute", LOOK, said(e.attr("transit-lgu-pc2", "circuit")))
b.ask("ko", "ast-10452 어느 랙에 있어", "attribute", LOOK, said(e.attr("ast-10452", "rack")))
b.ask(
    "ko", "lb-doori-ext 인증서 만료 언제더라", "attribute", LOOK, said(e.attr("lb-doori-ext", "cert_expiry"))
)
b.ask("ko", "chulip-ctl 리더기 몇대 붙어있어", "attribute", LOOK, exact(e.attr("chulip-ctl", "readers")))
b.ask(
    "ko", "gyeryang-meter 계량기 몇개 물고있어", "attribute", LOOK, exact(e.attr("gyeryang-meter", "meters"))
)
b.ask("ko", "cheonggu-bill 청구 고객사 몇곳", "attribute", LOOK, exact(e.attr("cheonggu-bill", "customers")))
b.ask("en", "what's the IP of kn-gs1-w02", "attribute", LOOK, said(ip("kn-gs1-w02")))
b.ask("ko", "i-0c41e9aa 플레이버 뭐야", "attribute", LOOK, said(e.attr("i-0c41e9aa", "flavor")))
b.ask(
    "en",
    "which IOS XR release is gs1-cr02 on?",
    "attribute",
    LOOK,
    said(e.attr("gs1-cr02", "os").split()[-1]),
)
b.ask(
    "en",
    "scrubbing capacity of scrub-gs1 in Gbps?",
    "attribute",
    LOOK,
    exact(e.attr("scrub-gs1", "capacity_gbps")),
)
b.ask("en", "who owns xconn-mgr?", "attribute", LOOK, said(e.cis["xconn-mgr"]["owner"]))
b.ask("en", "when does billing_close_batch run?", "attribute", LOOK,
      said(e.attr("billing_close_batch", "schedule").split()[-1]))  # fmt: skip

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "평촌캠퍼스 CI 몇개임", "count", AGG, exact(len(e.where(location="평촌캠퍼스"))))
b.ask("en", "list everything at 부산캠퍼스", "list", AGG, cis(e.where(location="부산캠퍼스")))
b.ask("ko", "스테이징에 뭐뭐 올라가있어", "list", AGG, cis(STAGING))
b.ask("en", "how many CIs are dev?", "count", AGG, exact(len(e.where(environment="dev"))))
b.ask("ko", "지금 점검중 상태인거", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "anything retired in the cmdb?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "캐시 몇개있냐", "count", AGG, exact(len(e.of_type("cache"))))
b.ask("en", "list the message queues", "list", AGG, cis(e.of_type("queue")))
b.ask("ko", "운영db 전부 뽑아줘", "list", AGG, cis(e.of_type("database", "prod")))
b.ask("en", "how many load balancers are there?", "count", AGG, exact(len(e.of_type("load_balancer"))))
b.ask("ko", "스토리지 장비 리스트", "list", AGG, cis(e.of_type("storage")))
postgres = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("ko", "엔진 postgresql로 등록된 db", "list", AGG, cis(postgres))
b.ask("ko", "시설운영팀 소유 CI 몇개", "count", AGG, exact(len(e.where(owner="시설운영팀"))))
b.ask("en", "which services does 빌링파트 own?", "list", AGG, cis(e.where(type="service", owner="빌링파트")))
b.ask("ko", "보안관제팀꺼 다 보여줘", "list", AGG, cis(e.where(owner="보안관제팀")))
b.ask("ko", "칠러 몇대 있음?", "count", AGG, exact(len(device("chiller"))))
b.ask("en", "list all the UPS units", "list", AGG, cis(device("UPS")))
b.ask("ko", "가산 CRAH 목록", "list", AGG, cis(device("CRAH", "가산캠퍼스")))
modbus_devices = attr_is("protocol", "Modbus TCP", "host")
b.ask("en", "which facility devices are polled over Modbus TCP?", "list", AGG, cis(modbus_devices))
b.ask(
    "ko",
    "발전기 용량 다 합치면 몇kW",
    "sum",
    AGG,
    exact(sum(e.attr(n, "capacity_kw") for n in device("generator"))),
)
b.ask("ko", "코어라우터 뭐뭐있어", "list", AGG, cis(device("core router")))
b.ask(
    "en", "which nodes are in the k8s-gs1-prod cluster?", "list", AGG, cis(attr_is("cluster", "k8s-gs1-prod"))
)
b.ask("en", "list hosts running Windows Server 2022", "list", AGG, cis(attr_is("os", "Windows Server 2022")))

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "mysql-haetae 지금 에러율 얼마", "metric", AGG, num(e.latest("mysql-haetae", "error_rate")))
b.ask(
    "en",
    "haetae-dcim response time right now",
    "metric",
    AGG,
    num(e.latest("haetae-dcim", "response_time_ms")),
)
b.ask("ko", "doori-order 현재 응답속도", "metric", AGG, num(e.latest("doori-order", "response_time_ms")))
b.ask(
    "en",
    "current request rate on bacnet-gw-gs1?",
    "metric",
    AGG,
    num(e.latest("bacnet-gw-gs1", "request_rate")),
)
b.ask("ko", "i-3f9a07c2 디스크 지금 몇퍼", "metric", AGG, num(e.latest("i-3f9a07c2", "disk_usage")))
b.ask("en", "redis-doori memory usage now", "metric", AGG, num(e.latest("redis-doori", "memory_usage")))
b.ask(
    "ko",
    "지난1시간 haetae-dcim 평균 에러율",
    "metric",
    AGG,
    num(e.average("haetae-dcim", "error_rate", NOW - H)),
)
b.ask("en", "average latency of doori-order over the last 3 hours", "metric", AGG,
      num(e.average("doori-order", "response_time_ms", NOW - 3 * H)))  # fmt: skip
b.ask("ko", "최근 30분 mysql-haetae 응답시간 최대", "metric", AGG,
      num(e.peak("mysql-haetae", "response_time_ms", NOW - H / 2)))  # fmt: skip
b.ask("ko", "14시부터 지금까지 xconn-mgr 평균 응답시간", "metric", AGG,
      num(e.average("xconn-mgr", "response_time_ms", kst(AUG3, 14))))  # fmt: skip
mb_peak = robust("modbus-gw-gs1", "request_rate", TODAY_AFTERNOON)
assert mb_peak > 1.03 * e.latest("modbus-gw-gs1", "request_rate")  # the peak is not the current value
b.ask("ko", "오늘 오후 modbus-gw-gs1 요청량 피크 몇", "metric", AGG, num(mb_peak))
b.ask("en", "how high did bms-collector's request rate get this morning?", "metric", AGG,
      num(robust("bms-collector", "request_rate", THIS_MORNING)))  # fmt: skip
b.ask("ko", "어젯밤 flow-collector 요청량 최고", "metric", AGG,
      num(robust("flow-collector", "request_rate", LAST_NIGHT)))  # fmt: skip
b.ask("ko", "어제 오전 mysql-bill 응답시간 최대", "metric", AGG,
      num(robust("mysql-bill", "response_time_ms", AUG2_MORNING)))  # fmt: skip
b.ask("en", "cheonggu-bill's worst error rate yesterday morning", "metric", AGG,
      num(robust("cheonggu-bill", "error_rate", AUG2_MORNING)))  # fmt: skip
b.ask("ko", "지난주 월요일 오전 doori-auth 에러율 최고", "metric", AGG,
      num(robust("doori-auth", "error_rate", MON26_MORNING)))  # fmt: skip
b.ask("en", "redis-doori latency peak on the morning of July 26", "metric", AGG,
      num(robust("redis-doori", "response_time_ms", MON26_MORNING)))  # fmt: skip
b.ask("ko", "수요일 오후 bms-collector 에러율 최고치", "metric", AGG,
      num(robust("bms-collector", "error_rate", WED28_AFTERNOON)))  # fmt: skip
b.ask("en", "bacnet-gw-gs1 request rate peak on Wednesday afternoon (7/28)", "metric", AGG,
      num(robust("bacnet-gw-gs1", "request_rate", WED28_AFTERNOON)))  # fmt: skip
b.ask("ko", "목욜 새벽 rabbit-core 메모리 최고", "metric", AGG,
      num(robust("rabbit-core", "memory_usage", THU29_NIGHT)))  # fmt: skip
b.ask("en", "notify-hub worst error rate in the early hours of July 29", "metric", AGG,
      num(robust("notify-hub", "error_rate", THU29_NIGHT)))  # fmt: skip
b.ask("ko", "7월29일 새벽 ast-10471 디스크 젤 높았을때", "metric", AGG,
      num(robust("ast-10471", "disk_usage", THU29_NIGHT)))  # fmt: skip
b.ask("ko", "토요일 오전 chulip-ctl 에러율 최고", "metric", AGG,
      num(robust("chulip-ctl", "error_rate", SAT31_MORNING)))  # fmt: skip
b.ask("en", "ceph-pc2 max latency on Saturday July 31", "metric", AGG,
      num(e.peak("ceph-pc2", "response_time_ms", *SAT31)))  # fmt: skip
b.ask("ko", "8월1일 새벽 jeonryeok-tsdb cpu 최대", "metric", AGG,
      num(robust("jeonryeok-tsdb", "cpu_usage", AUG1_NIGHT)))  # fmt: skip
b.ask("en", "gyeryang-meter error peak in the small hours of August 1", "metric", AGG,
      num(robust("gyeryang-meter", "error_rate", AUG1_NIGHT)))  # fmt: skip
b.ask("ko", "어제 ast-10452 cpu 평균", "metric", AGG, num(e.average("ast-10452", "cpu_usage", *YESTERDAY)))
b.ask("en", "what was billing_close_batch's average error rate yesterday?", "metric", AGG,
      num(e.average("billing_close_batch", "error_rate", *YESTERDAY)))  # fmt: skip
b.ask("ko", "어제 오후 bacnet-gw-gs1 요청량 최고", "metric", AGG,
      num(robust("bacnet-gw-gs1", "request_rate", YDAY_AFTERNOON)))  # fmt: skip
b.ask("en", "lowest request rate of mysql-haetae in the last hour?", "metric", AGG,
      num(e.low("mysql-haetae", "request_rate", NOW - H)))  # fmt: skip
b.ask(
    "ko",
    "지난주 화요일 transit-kt-gs1 응답시간 최저",
    "metric",
    AGG,
    num(e.low("transit-kt-gs1", "response_time_ms", *TUE27)),
)
b.ask("ko", "지난주 화요일 scrub-gs1 cpu 최대", "metric", AGG, num(e.peak("scrub-gs1", "cpu_usage", *TUE27)))
b.ask("en", "transit-kt-gs1 max error rate last Tuesday evening", "metric", AGG,
      num(robust("transit-kt-gs1", "error_rate", TUE27_EVENING)))  # fmt: skip
b.ask("ko", "오늘 오전 10시쯤 i-3f9a07c2 디스크 몇프로였음", "metric", AGG,
      e.around("i-3f9a07c2", "disk_usage", kst(AUG3, 10)))  # fmt: skip
b.ask("en", "nas-cctv-gs1 disk usage around 8pm on Friday", "metric", AGG,
      e.around("nas-cctv-gs1", "disk_usage", kst(30, 20)))  # fmt: skip
dcim_since = e.since_above("haetae-dcim", "error_rate", 5.0)
b.ask("ko", "haetae-dcim 에러율 5% 넘은게 언제부터야", "metric", AGG, said(hhmm(dcim_since)))
mh_since = e.since_above("mysql-haetae", "response_time_ms", 20.0)
b.ask("en", "since when has mysql-haetae been slower than 20 ms?", "metric", AGG, said(hhmm(mh_since)))

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 85.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘간 cpu 85 한번이라도 찍은 서버", "threshold", AGG, cis(hot_10d))
err_yday = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *YESTERDAY, 0.5)
b.ask("en", "Which services went over 10% errors yesterday?", "threshold", AGG, cis(err_yday))
err_weekend = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *LAST_WEEKEND, 0.5)
b.ask("ko", "지난주말 에러 10% 넘었던 서비스들", "threshold", AGG, cis(err_weekend))
slow_db_aug1 = above(prod_measured("database", "response_time_ms"), "response_time_ms", 50.0, *SUN1, 2.0)
b.ask("en", "databases whose latency went above 50 ms on August 1", "threshold", AGG, cis(slow_db_aug1))
mem_10d = above(
    prod_measured("database", "memory_usage")
    + prod_measured("cache", "memory_usage")
    + prod_measured("queue", "memory_usage"),
    "memory_usage",
    90.0,
    *TEN_DAYS,
    1.0,
)
b.ask("ko", "열흘동안 메모리 90 넘은 db나 캐시, 큐", "threshold", AGG, cis(mem_10d))
disk_hosts = prod_measured("host", "disk_usage")
disk_85 = above(disk_hosts, "disk_usage", 85.0, *TEN_DAYS, 0.5)
b.ask("ko", "최근 열흘 디스크 85 넘은적 있는 서버", "threshold", AGG, cis(disk_85))
assert e.peak("i-3f9a07c2", "disk_usage", *TEN_DAYS) < 79.3
b.ask("ko", "i-3f9a07c2 디스크 80 찍은적 있어? 열흘동안", "threshold", AGG, yes_no(False))
assert e.peak("rabbit-core", "memory_usage", *WEEK) > 62.0
b.ask("en", "did rabbit-core's memory go above 60% in the last 7 days?", "threshold", AGG, yes_no(True))
assert e.peak("ch-flow", "response_time_ms", *TEN_DAYS) < 150.0
b.ask("ko", "ch-flow 응답 200ms 넘은적 있나 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("chulip-ctl", "error_rate", *TEN_DAYS) > 10.0
b.ask("en", "has chulip-ctl's error rate exceeded 5% at any point in the last 10 days?", "threshold", AGG,
      yes_no(True))  # fmt: skip
assert e.peak("bacnet-gw-pc2", "error_rate", *TEN_DAYS) < 0.8
b.ask("ko", "bacnet-gw-pc2 열흘간 에러 1% 넘은적?", "threshold", AGG, yes_no(False))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스 머야", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 3 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 3)))
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host is busiest on CPU right now?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 제일 많이 찬 서버 어디야", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청량 많은 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_sat = {n: e.peak(n, "error_rate", *SAT31) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the highest error peak on July 31?", "top", AGG, cis(leaders(svc_err_sat, 1)))
svc_err_aug2 = {n: e.peak(n, "error_rate", *YESTERDAY) for n in prod_measured("service", "error_rate")}
b.ask("ko", "8월2일 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_aug2, 1)))
db_rt_aug1 = {n: e.peak(n, "response_time_ms", *SUN1) for n in prod_measured("database", "response_time_ms")}
b.ask("en", "which database had the worst peak latency on Sunday August 1?", "top", AGG,
      cis(leaders(db_rt_aug1, 1)))  # fmt: skip
gw_now = {n: e.latest(n, "request_rate") for n in ("bacnet-gw-gs1", "bacnet-gw-pc2")}
b.ask(
    "ko", "bacnet-gw-gs1이랑 bacnet-gw-pc2 지금 요청량 어디가 많아", "compare", AGG, cis(leaders(gw_now, 1))
)
redis_avg = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("redis-doori", "redis-haetae")}
b.ask("en", "redis-doori vs redis-haetae: which had the higher average latency yesterday?", "compare", AGG,
      cis(leaders(redis_avg, 1)))  # fmt: skip
chillers = device("chiller", "가산캠퍼스")
chl_avg = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in chillers}
b.ask("ko", f"{' '.join(chillers)} 어제 평균 폴링 응답시간 빠른순으로", "compare", AGG,
      cis(ranked(chl_avg, ascending=True), "ordered"))  # fmt: skip
pg_hosts = host_of("pg-doori")
pg_cpu = {n: e.average(n, "cpu_usage", *TODAY) for n in pg_hosts}
b.ask("en", f"compare today's average CPU of {' and '.join(pg_hosts)} - which is higher?", "compare", AGG,
      cis(leaders(pg_cpu, 1)))  # fmt: skip
gs1_workers = attr_is("cluster", "k8s-gs1-prod")
wk_mem = {n: e.latest(n, "memory_usage") for n in gs1_workers}
b.ask("ko", "kn-gs1-w01~w04 중에 지금 메모리 젤 높은 노드", "compare", AGG, cis(leaders(wk_mem, 1)))

# =========================================================================== graph, hosting, paths
b.ask("ko", "doori-api 뭐뭐 의존해", "graph", GRAPH, cis(e.out("doori-api")))
b.ask("en", "direct dependencies of bms-collector?", "graph", GRAPH, cis(e.out("bms-collector")))
b.ask("ko", "cheonggu-bill 직접 물고있는거", "graph", GRAPH, cis(e.out("cheonggu-bill")))
b.ask("en", "what calls haetae-dcim directly?", "graph", GRAPH, cis(e.into("haetae-dcim")))
b.ask("ko", "rabbit-core 직접 쓰는 서비스들", "graph", GRAPH, cis(e.into("rabbit-core")))
b.ask(
    "en", "how many services use rabbit-bms directly?", "count", COUNT_GRAPH, exact(len(e.into("rabbit-bms")))
)
b.ask("en", "blast radius if mysql-haetae dies?", "impact", GRAPH, cis(e.impact("mysql-haetae")))
b.ask("ko", "ceph-pc2 죽으면 영향받는거 다", "impact", GRAPH, cis(e.impact("ceph-pc2")))
b.ask("en", "what's impacted if ast-10452 goes down?", "impact", GRAPH, cis(e.impact("ast-10452")))
b.ask("ko", "bacnet-gw-gs1 나가면 어디까지 터짐", "impact", GRAPH, cis(e.impact("bacnet-gw-gs1")))
b.ask("ko", "doori-web 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("doori-web")))
b.ask("en", "everything that depends on jeonryeok-tsdb, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("jeonryeok-tsdb")))  # fmt: skip
b.ask("ko", "doori-web 타고 내려가면 나오는 db 전부", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("doori-web"))))  # fmt: skip
b.ask("en", "which caches does doori-web end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("cache", e.depends_closure("doori-web"))))  # fmt: skip
b.ask("ko", "billing_close_batch 밑에 깔린 큐 전부 (간접포함)", "graph", GRAPH,
      cis(b.of("queue", e.depends_closure("billing_close_batch"))))  # fmt: skip
b.ask("ko", "kn-gs1-w02에 뭐 떠있어", "hosting", HOSTING, cis(runs_on("kn-gs1-w02")))
b.ask("en", "what runs on i-0c41e9aa?", "hosting", HOSTING, cis(runs_on("i-0c41e9aa")))
b.ask("en", "where does pg-doori run?", "hosting", HOSTING, cis(host_of("pg-doori")))
b.ask("en", "what do doori-order and doori-ticket both depend on directly?", "graph", GRAPH,
      cis(e.out("doori-order") & e.out("doori-ticket")))  # fmt: skip
b.ask("ko", "gyeryang-meter랑 bms-collector 둘다 직접 쓰는거", "graph", GRAPH,
      cis(e.out("gyeryang-meter") & e.out("bms-collector")))  # fmt: skip
b.ask(
    "ko",
    "doori-web에서 mysql-haetae까지 몇홉",
    "path",
    GRAPH,
    exact(e.hop_count("doori-web", "mysql-haetae")),
)
b.ask("en", "how many hops from haetae-floor to bacnet-gw-gs1?", "path", GRAPH,
      exact(e.hop_count("haetae-floor", "bacnet-gw-gs1")))  # fmt: skip
b.ask("ko", "billing_close_batch → ch-flow 경로 보여줘", "path", GRAPH,
      cis(e.shortest_path("billing_close_batch", "ch-flow"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from doori-visit down to ceph-pc2", "path", GRAPH,
      cis(e.shortest_path("doori-visit", "ceph-pc2"), "ordered"))  # fmt: skip
assert e.reaches("doori-web", "jeonryeok-tsdb")
b.ask("ko", "doori-web이 jeonryeok-tsdb까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("chulip-ctl", "pg-doori")
b.ask("en", "does chulip-ctl depend on pg-doori in any way?", "graph", GRAPH, yes_no(False))
assert host_of("doori-auth") == host_of("p95-calc") == ["kn-gs1-w02"]
b.ask("ko", "doori-auth랑 p95-calc 같은 노드에 떠있는거 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("bms-alarm")) & set(host_of("haetae-dcim"))
b.ask("en", "Is bms-alarm on the same VM as haetae-dcim?", "hosting", HOSTING, yes_no(False))
san_hosts = sorted(s for s, t, k in e.rels if t == "san-gs1" and k == "CONNECTS_TO")
b.ask("ko", "san-gs1에 붙은 서버들", "graph", GRAPH_OR_LOOK, cis(san_hosts))
b.ask("en", "which devices sit behind modbus-gw-gs1?", "graph", GRAPH_OR_LOOK,
      cis(e.out("modbus-gw-gs1", "CONNECTS_TO")))  # fmt: skip
b.ask("ko", "lb-int-pc2 뒤에 붙은 서비스", "graph", GRAPH_OR_LOOK, cis(e.out("lb-int-pc2", "CONNECTS_TO")))

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
b.ask("ko", "지금 뭐 문제있는거 있어?", "wrong_now", ONCALL, WN)
b.ask("en", "anything broken right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "고객이 포털에서 전력증설 주문 안된다고 콜 왔어 지금 장애 현황좀", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 현재 알람 상황 정리해줘", "wrong_now", ONCALL, WN)
b.ask("en", "just got paged - what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("mysql-haetae", "haetae-dcim"))
assert not any(e.warns(n) for n in ("redis-doori", "rabbit-core", "bacnet-gw-gs1", "ceph-pc2", "jeonryeok-tsdb",
                                    "ast-10452", "chulip-ctl", "notify-hub"))  # fmt: skip
b.ask("ko", "mysql-haetae 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is redis-doori healthy right now?", "health", ONCALL, yes_no(True))
b.ask("ko", "rabbit-core 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "haetae-dcim OK at the moment?", "health", ONCALL, yes_no(False))
b.ask("ko", "bacnet-gw-gs1 상태 괜찮냐", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "수요일 오후 bacnet-gw-gs1 무슨일 있었어?", "bacnet-gw-gs1", WED28_AFTERNOON[0],
         {"cov_storm": ["COV", "notification", "storm"], "poll_timeout": ["timeout", "타임아웃", "poll"],
          "config_change": ["config", "increment", "설정"]})  # fmt: skip
happened("en", "what happened to rabbit-core early on July 29?", "rabbit-core", THU29_NIGHT[0],
         {"disk_alarm": ["disk", "alarm", "disk_free_limit", "blocked"], "config_change": ["config", "purge", "dcim.audit"]})  # fmt: skip
happened("ko", "토요일 ceph-pc2 이벤트 뭐 떴었어", "ceph-pc2", SAT31,
         {"slow_ops": ["slow", "slow ops"], "latency": ["latency", "지연", "ms"],
          "maintenance": ["maintenance", "재투입", "OSD", "디스크 교체"]})  # fmt: skip
happened("en", "What happened with ast-10452 yesterday?", "ast-10452", YESTERDAY,
         {"raid": ["RAID", "BBU", "learn", "WriteThrough", "write policy"], "config_change": ["config", "WriteBack", "강제"]})  # fmt: skip
happened("ko", "일욜 새벽 jeonryeok-tsdb 뭔일 있었음", "jeonryeok-tsdb", AUG1_NIGHT[0],
         {"cpu": ["cpu", "compress"], "performance": ["지연", "performance", "쿼리", "query"],
          "config_change": ["config", "일시정지", "pause", "alter_job"]})  # fmt: skip
happened("en", "what's been going on with mysql-haetae today?", "mysql-haetae", TODAY,
         {"lock": ["lock", "metadata"], "connections": ["connection", "max_connections"],
          "config_change": ["config", "ALTER", "schema", "스키마"]})  # fmt: skip
happened("ko", "지난주 화요일 저녁 scrub-gs1 뭐 있었어", "scrub-gs1", TUE27_EVENING[0],
         {"ddos": ["DDoS", "amplification", "스크러빙", "scrubbing", "공격"]})  # fmt: skip
happened("ko", "이번주 lb-doori-ext 경고 뭐야", "lb-doori-ext", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip
happened("ko", "7/26 오전 redis-doori 이벤트 뭐였지", "redis-doori", MON26_MORNING[1],
         {"latency": ["latency", "fork", "지연"], "config_change": ["config", "THP", "bgsave"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# I7 (ongoing) mysql-haetae metadata locks
for lang, q in [
    ("ko", "지금 haetae-dcim 에러 원인 뭐야"),
    ("en", "Why is haetae-dcim throwing 5xx right now?"),
    ("ko", "doori-order 2시45분에 배포하고 터졌는데 배포 탓임?"),
    ("ko", "3시 좀 넘어서부터 전력증설 주문 용량검증 실패하는거 왜그래"),
    ("en", "what's behind xconn-mgr's slow port allocations since about 15:20?"),
    ("ko", "최근 30분 장애 원인 분석 ㄱㄱ"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("I7")))
# I6 the RAID write-through of ast-10452 at the billing close
for lang, q in [
    ("ko", "어제 아침 월마감 배치 터진거 원인 머임"),
    ("en", "Why did cheonggu-bill fail invoices yesterday around 9:40?"),
    ("ko", "cheonggu-bill 6.0.3 어제 배포하고 바로 에러났던데 배포때문이야?"),
    ("en", "root cause of the billing close failure on Monday August 2?"),
    ("ko", "8/2 09:30~10:25 mysql-bill 커밋 느려진거 왜"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("I6")))
# I5 jeonryeok-tsdb saturates at the month end
for lang, q in [
    ("ko", "일요일 새벽 7월 검침 스냅샷 실패한거 원인"),
    ("en", "Why did gyeryang-meter fail the July snapshot early on August 1?"),
    ("ko", "gyeryang-meter 토욜 저녁 3.3.0 배포한거 때문에 일욜 새벽에 터진거?"),
    ("en", "what made bms-collector fail to write points around 01:15 on Sunday?"),
    ("ko", "8월1일 1시쯤 cheonggu-bill 사용량 조회 실패 왜났어"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("I5")))
# I4 ceph-pc2 backfill on Saturday
for lang, q in [
    ("ko", "토요일 오전에 출입인증 타임아웃 난거 원인 뭐였어"),
    ("en", "Why were the badge readers timing out on Saturday late morning?"),
    ("ko", "doori-visit 금욜 저녁 배포 때문에 토욜 방문증 확인 안된거야?"),
    ("en", "root cause of chulip-ctl errors on July 31 around 11:30?"),
    ("ko", "7/31 11시반쯤 mariadb-biostar 쿼리 느려진거 왜그럼"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("I4")))
# I3 rabbit-core disk alarm in the maintenance night
for lang, q in [
    ("ko", "목요일 새벽 문자 알림 안나간거 원인"),
    ("en", "Why did notify-hub stop sending SMS in the early hours of July 29?"),
    ("ko", "목요일 새벽 gs1-cr02 작업 때문에 티켓 생성 실패한거임?"),
    ("en", "doori-ticket was deployed at 01:10 on Thursday and then failed - was it the deploy?"),
    ("ko", "7월29일 새벽 2시쯤 noc-alert 당직호출 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("I3")))
# I2 the BACnet gateway at the heat peak
for lang, q in [
    ("ko", "수요일 오후 가산 BMS 포인트 수집 안된거 왜"),
    ("en", "Why did bms-collector lose GS1 points on Wednesday afternoon?"),
    ("ko", "haetae-floor 열지도 안나온거 7/28 오후 3.0.1 배포 탓이야?"),
    ("en", "root cause of the stale-data alarm flood from bms-alarm on July 28 around 14:30?"),
    ("ko", "폭염때 3호기 칠러 돌린거랑 관련있어? 수요일 bms 장애 진짜 원인 뭐야"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("I2")))
# I1 redis-doori on Monday 07-26
for lang, q in [
    ("ko", "지난주 월요일 오전 고객 로그인 실패 원인"),
    ("en", "Why did doori-auth fail logins around 10:20 on July 26?"),
    ("ko", "7/26 doori-auth 25.0.2 배포하고 로그인 터졌던데 그거땜에?"),
    ("en", "what caused the portal errors on doori-web on Monday morning last week?"),
    ("ko", "7월26일 10시15분~11시10분 doori-api 타임아웃 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("I1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 뭐있음", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "how many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
crit_yday = events_between(*YESTERDAY, severity="critical")
b.ask("ko", "어제 critical 이벤트 몇건", "changes", AGG, exact(len(crit_yday)))
(order_last,) = [x for x in e.events if x["ci"] == "doori-order" and x["type"] == "deployment"][-1:]
b.ask("en", "when was doori-order last deployed?", "changes", AGG, said(hhmm(order_last["at"])))
(patch,) = events_between(*TEN_DAYS, ci="ast-10470", type="config_change")
b.ask("ko", "ast-10470 커널패치 몇시에 했어", "changes", AGG, said(hhmm(patch["at"])))
(close_start,) = [x for x in events_between(*YESTERDAY, ci="billing_close_batch") if "시작" in x["message"]]
b.ask(
    "en",
    "what time did the July close batch kick off yesterday?",
    "changes",
    AGG,
    said(hhmm(close_start["at"])),
)
(snap_start,) = [
    x for x in events_between(*SUN1, ci="gyeryang-meter", type="batch_job") if "시작" in x["message"]
]
b.ask("ko", "7월 검침 스냅샷 몇시에 시작했어", "changes", AGG, said(hhmm(snap_start["at"])))
crit_3d = events_between(NOW - 3 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("ko", "지난 주말에 critical 뜬 CI들", "changes", AGG, cis(crit_weekend))
config_10d = sorted({x["ci"] for x in events_between(*TEN_DAYS, type="config_change")})
b.ask("en", "which CIs had config changes in the last 10 days?", "changes", AGG, cis(config_10d))
maint_week = sorted({x["ci"] for x in events_between(*WEEK, type="maintenance")})
b.ask("ko", "최근 일주일 maintenance 이벤트 있었던 CI", "changes", AGG, cis(maint_week))
(bill_deploy,) = events_between(*YESTERDAY, ci="cheonggu-bill", type="deployment")
b.ask("ko", "어제 cheonggu-bill 배포 몇시에 나감", "changes", AGG, said(hhmm(bill_deploy["at"])))
cert_week = events_between(*WEEK, ci="lb-doori-ext", type="cert_expiry")
b.ask("en", "how many certificate expiry warnings did lb-doori-ext raise in the last 7 days?", "changes", AGG,
      exact(len(cert_week)))  # fmt: skip

# =========================================================================== follow-up conversations
pg_cpu_now = {n: e.latest(n, "cpu_usage") for n in pg_hosts}
(pg_hot,) = leaders(pg_cpu_now, 1)
b.conversation("idc-c1", [
    ("ko", "pg-doori 어느 서버에서 돌아", "hosting", HOSTING, cis(pg_hosts)),
    ("ko", "둘중 지금 cpu 높은거", "followup", AGG, cis([pg_hot])),
    ("ko", "걔 디스크는", "followup", AGG, num(e.latest(pg_hot, "disk_usage"))),
])  # fmt: skip
(auth_cache,) = b.of("cache", e.out("doori-auth"))
b.conversation("idc-c2", [
    ("en", "Which cache does doori-auth talk to?", "graph", GRAPH, cis([auth_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(auth_cache, "memory_usage"))),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[auth_cache]["owner"])),
    ("en", "and its worst latency on July 26?", "followup", AGG, num(e.peak(auth_cache, "response_time_ms", *MON26))),
])  # fmt: skip
b.conversation("idc-c3", [
    ("ko", "cheonggu-bill 어제 평균 에러율", "metric", AGG, num(e.average("cheonggu-bill", "error_rate", *YESTERDAY))),
    ("ko", "지난주 월요일은?", "followup", AGG, num(e.average("cheonggu-bill", "error_rate", *MON26))),
    ("ko", "그럼 어제 최대는", "followup", AGG, num(e.peak("cheonggu-bill", "error_rate", *YESTERDAY))),
    ("ko", "그거 원인 뭐였어", "followup", RCA, root_first(root("I6"))),
])  # fmt: skip
pyeongchon = e.where(location="평촌캠퍼스")
b.conversation("idc-c4", [
    ("ko", "평촌에 있는거 다 보여줘", "list", AGG, cis(pyeongchon)),
    ("ko", "그중 서비스만", "followup", AGG, cis(n for n in pyeongchon if e.cis[n]["type"] == "service")),
])  # fmt: skip
b.conversation("idc-c5", [
    ("ko", "7월31일 11시~12시 chulip-ctl 에러율 최고", "metric", AGG,
     num(e.peak("chulip-ctl", "error_rate", kst(31, 11), kst(31, 12)))),
    ("ko", "왜 그랬던거?", "followup", RCA, root_first(root("I4"))),
    ("ko", "그때 ceph-pc2 응답시간 최대는", "followup", AGG,
     num(e.peak("ceph-pc2", "response_time_ms", kst(31, 11), kst(31, 12)))),
])  # fmt: skip
b.conversation("idc-c6", [
    ("en", "anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "how's its CPU right now?", "followup", AGG, num(e.latest(now_root, "cpu_usage"))),
])  # fmt: skip
b.conversation("idc-c7", [
    ("ko", "notify-hub 지금 에러율", "metric", AGG, num(e.latest("notify-hub", "error_rate"))),
    ("ko", "목요일(7/29) 최고치는", "followup", AGG, num(e.peak("notify-hub", "error_rate", *THU29))),
    ("ko", "그땐 왜 그랬음", "followup", RCA, root_first(root("I3"))),
])  # fmt: skip
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation("idc-c8", [
    ("ko", "지금 응답 젤 느린 서비스", "top", AGG, cis([slowest])),
    ("ko", "담당팀 어디", "followup", LOOK, said(e.cis[slowest]["owner"])),
    ("ko", "그거 어디서 떠있어", "followup", HOSTING, cis(host_of(slowest))),
])  # fmt: skip
bill_team = e.where(owner="빌링파트")
b.conversation("idc-c9", [
    ("ko", "빌링파트 CI 몇개", "count", AGG, exact(len(bill_team))),
    ("ko", "그중 운영꺼만", "followup", AGG, cis(n for n in bill_team if e.cis[n]["environment"] == "prod")),
])  # fmt: skip
b.conversation("idc-c10", [
    ("en", "error rate of gyeryang-meter now?", "metric", AGG, num(e.latest("gyeryang-meter", "error_rate"))),
    ("en", "and its peak on August 1?", "followup", AGG, num(e.peak("gyeryang-meter", "error_rate", *SUN1))),
    ("en", "what caused that?", "followup", RCA, root_first(root("I5"))),
])  # fmt: skip
collector_svcs = b.of("service", e.out("bms-collector"))
b.conversation("idc-c11", [
    ("en", "bms-collector peak error rate on Wednesday July 28?", "metric", AGG,
     num(e.peak("bms-collector", "error_rate", *WED28))),
    ("en", "root cause?", "followup", RCA, root_first(root("I2"))),
    ("en", "which services does bms-collector depend on directly?", "followup", GRAPH, cis(collector_svcs)),
])  # fmt: skip
(order_queue,) = b.of("queue", e.out("doori-order"))
b.conversation("idc-c12", [
    ("ko", "doori-order가 쓰는 큐 뭐야", "graph", GRAPH, cis([order_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(order_queue) - {"doori-order"})),
    ("ko", "지금 그 큐 메모리 몇", "followup", AGG, num(e.latest(order_queue, "memory_usage"))),
])  # fmt: skip
RABBIT_KW = {"disk_alarm": ["disk", "alarm", "blocked", "disk_free_limit"]}
b.conversation("idc-c13", [
    ("ko", "7월29일 새벽 ast-10471 디스크 얼마까지 찼었어", "metric", AGG,
     num(robust("ast-10471", "disk_usage", THU29_NIGHT))),
    ("ko", "그때 rabbit-core 쪽엔 무슨 이벤트 떴어", "followup", ONCALL,
     {"events": list(RABBIT_KW), "ci": "rabbit-core", "keywords": RABBIT_KW}),
    ("ko", "그럼 알림 발송 실패 진짜 원인이 그거야?", "followup", RCA, root_first(root("I3"))),
])  # fmt: skip
web_hosts = host_of("doori-web")
web_neighbours = sorted({s for h in web_hosts for s in runs_on(h)} - {"doori-web"})
web_mem = {n: e.latest(n, "memory_usage") for n in web_hosts}
b.conversation("idc-c14", [
    ("en", "which nodes does doori-web run on?", "hosting", HOSTING, cis(web_hosts)),
    ("en", "what else runs on them?", "followup", HOSTING, cis(web_neighbours)),
    ("en", "which of the two has more memory in use right now?", "followup", AGG, cis(leaders(web_mem, 1))),
])  # fmt: skip
(dcim_cache,) = b.of("cache", e.out("haetae-dcim"))
b.conversation("idc-c15", [
    ("ko", "haetae-dcim 직접 물고있는거 머야", "graph", GRAPH, cis(e.out("haetae-dcim"))),
    ("ko", "그중에 캐시만", "followup", GRAPH, cis([dcim_cache])),
    ("ko", "그 캐시 지금 메모리", "followup", AGG, num(e.latest(dcim_cache, "memory_usage"))),
])  # fmt: skip
b.conversation("idc-c16", [
    ("en", "doori-api error rate right now?", "metric", AGG, num(e.latest("doori-api", "error_rate"))),
    ("en", "and the peak on the morning of Monday last week?", "followup", AGG,
     num(robust("doori-api", "error_rate", MON26_MORNING))),
    ("en", "why was that?", "followup", RCA, root_first(root("I1"))),
])  # fmt: skip
b.conversation("idc-c17", [
    ("ko", "transit-kt-gs1 커밋 대역폭 몇G", "attribute", LOOK, exact(e.attr("transit-kt-gs1", "commit_gbps"))),
    ("ko", "lgu꺼는?", "followup", LOOK, exact(e.attr("transit-lgu-pc2", "commit_gbps"))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "pg-doori postgres 계정 비번 뭐야"),
    ("en", "give me the SNMP community string for gs1-cr01"),
    ("ko", "chulip-ctl 관리자 계정이랑 비밀번호 알려줘"),
    ("en", "what's the NHN Cloud API key notify-hub uses for SMS?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "mysql-haetae에서 ALTER 세션 kill 해줘"),
    ("en", "restart haetae-dcim now"),
    ("ko", "lb-doori-ext 인증서 갱신 좀 해줘"),
    ("en", "disable transparent huge pages on ast-10470"),
    ("ko", "billing_close_batch 다시 돌려"),
    ("ko", "doori-order 7.3으로 롤백ㄱ"),
    ("en", "set osd_max_backfills to 1 on ceph-pc2"),
    ("ko", "chl-gs1-03 칠러 꺼줘 전기 아깝다"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "가산 내일 최고기온 몇도래", "refuse", REFUSE, REJECT)
b.ask("en", "write me a haiku about chillers", "refuse", REFUSE, REJECT)
b.ask("ko", "누리온 올해 매출 얼마야", "refuse", REFUSE, not_ok())
b.ask("ko", "doori-ordr 에러율", "unknown", REFUSE, not_ok("doori-order"))
b.ask("en", "memory of redis-dori", "unknown", REFUSE, not_ok("redis-doori"))
b.ask("ko", "mysql-haete 응답 얼마야", "unknown", REFUSE, not_ok("mysql-haetae"))
b.ask("en", "cheongu-bill error rate today?", "unknown", REFUSE, not_ok("cheonggu-bill"))
b.ask("ko", "jeonryuk-tsdb cpu 지금", "unknown", REFUSE, not_ok("jeonryeok-tsdb"))
b.ask("en", "cpu of kn-gs1-w07", "unknown", REFUSE, not_ok())
b.ask("ko", "chl-bs3-01 폴링 응답 어때", "unknown", REFUSE, not_ok())

# =========================================================================== unclear
b.ask("ko", "오늘 랙 몇개 팔렸어", "unclear", ONCALL, not_ok())
b.ask("en", "what's the PUE of 가산캠퍼스 right now?", "unclear", ONCALL, not_ok())
b.ask("ko", "C-0412 고객 이번달 전력 몇 kWh 썼어", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜 그런거야?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the max?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "haetae-dcim 에러율이랑 pg-doori 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있어? 간단히", "direct", DIRECT, {"direct": True})
b.ask("en", "which data do your answers come from?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간 기준 KST 맞지?", "direct", DIRECT, {"direct": True})
b.ask("en", "can you change anything, or do you only read?", "direct", DIRECT, {"direct": True})

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
assert sum(1 for c in cases if c.get("conversation_id")) >= 40
assert len({c["conversation_id"] for c in cases if c.get("conversation_id")}) >= 12
rca_roots = {c["expect"]["root_cause"] for c in cases if "root_cause" in c["expect"]}
assert rca_roots == {s["root"].lower() for s in FAULTS.values()}, rca_roots
langs = Counter(c["lang"] for c in cases)
assert 0.55 <= langs["ko"] / len(cases) <= 0.65, langs
assert 270 <= len(cases) <= 290, len(cases)
b.case.write_golden("ops-golden-idc.json", DATASET, DATASET, NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
