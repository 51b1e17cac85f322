"""Write tests/fixtures/ops-golden-shy.json: blind batch 46, OPS questions over the shipyard estate.

The estate (bench/shy_estate.py) is a Korean shipbuilder's production IT (한바다중공업 옥포조선소): the yard MES
SEAMS (block assembly, welding, painting, outfitting, the terminals' API gateway, the 07:30 work-order release)
on the Oracle RAC `ora-seams` and the WIP cache `redis-seams`, welding lines whose robot controllers sit behind
line gateways on yard edge servers, cutting/nesting, the KEEL PLM with the ANCHOR CAD vault on a NetApp, the 3D
viewer and the CAD licence server at the 마곡 design office, the RUDDER ERP interface with its nightly MS-SQL
batch, the ERP on HANA, crane and transporter telemetry over the MQTT broker `emqx-yard`, the painting shop's
environment sensors on InfluxDB, the yard Wi-Fi handheld terminals' backend, quality and the legacy hull
register; sites 옥포야드, 판교IDC and 마곡설계센터; environments prod / stg / qa / dev (stg and qa are both
staging); owners are teams named in Korean or English. Now = Tuesday 2027-04-20 10:15 KST, in the day shift;
seven injected incidents (S1–S7, the last ongoing; S1 on Monday 12's shift start, S2 in the small hours of
Wednesday 14 (night), S3 on Thursday 15's afternoon, S4 on Saturday 17's 특근 afternoon (weekend), S5 in the
small hours of Sunday 18 (weekend, night), S6 yesterday at the end of the day shift).
Every expected value is computed here from the written files (estate_kit.Estate and the faults file); nothing is
typed by hand except the questions. Where a loose phrase (새벽, 오후, "this morning") has several readings, only
values every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call chat: 반말,
typos, missing spaces, Korean/English mixed) and 40 % English.

    .venv/bin/python bench/shy_golden.py   # after bench/shy_estate.py
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

DATASET = "shipyard-mes"
NOW = datetime(2027, 4, 20, 1, 15, tzinfo=UTC)  # Tuesday 10:15 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
kst = kst_clock("2027-04")

b = Batch.over(DATASET, NOW, "shy", "batch-46")
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


TODAY = (kst(20, 0), NOW)
YESTERDAY = day(19)  # Monday
MON12, TUE13, WED14, THU15, FRI16, SAT17, SUN18 = (day(d) for d in range(12, 19))
THIS_WEEK = (kst(19, 0), NOW)
LAST_WEEKEND = (kst(17, 0), kst(19, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
THIS_MORNING = part(20, (0, 12), (6, 10.25))  # up to now either way
MON12_MORNING = part(12, (6, 12), (8, 10))
WED14_NIGHT = part(14, (0, 6), (1, 4))
THU15_AFTERNOON = part(15, (12, 18), (13, 16))
SAT17_AFTERNOON = part(17, (12, 18), (13, 16))
SUN18_NIGHT = part(18, (0, 6), (1, 4))
YDAY_AFTERNOON = part(19, (12, 18), (15, 18))
STAGING = sorted(n for n, c in e.cis.items() if c["environment"] in ("stg", "qa"))
ip = lambda n: e.attr(n, "ip")  # noqa: E731
yard = e.where(location="옥포야드")
robots = sorted(n for n in e.of_type("host") if "robot" in e.cis[n]["attributes"])

# =========================================================================== attribute lookups
b.ask("ko", "seams-blk 버전 몇이야", "attribute", LOOK, said(e.attr("seams-blk", "version")))
b.ask("ko", "seams-gw 인스턴스 몇개 떠있음", "attribute", LOOK, exact(e.attr("seams-gw", "instances")))
b.ask("en", "what's the rate limit configured on seams-gw?", "attribute", LOOK,
      exact(e.attr("seams-gw", "rate_limit_rps")))  # fmt: skip
b.ask("ko", "ora-seams sid 머였더라", "attribute", LOOK, said(e.attr("ora-seams", "sid")))
b.ask("en", "ora-seams processes parameter?", "attribute", LOOK, exact(e.attr("ora-seams", "processes")))
b.ask("ko", "redis-seams maxmemory 지금 몇기가로 돼있어", "attribute", LOOK,
      exact(e.attr("redis-seams", "maxmemory_gb")))  # fmt: skip
b.ask(
    "en",
    "eviction policy of redis-seams?",
    "attribute",
    LOOK,
    said(e.attr("redis-seams", "maxmemory_policy")),
)
b.ask("ko", "emqx-yard 최대 커넥션 설정값", "attribute", LOOK, exact(e.attr("emqx-yard", "max_connections")))
b.ask("ko", "wgw-b2 로봇 몇대 붙어있다고 돼있어", "attribute", LOOK, exact(e.attr("wgw-b2", "robots")))
b.ask(
    "en",
    "Which protocol does wgw-b3 speak to the robots?",
    "attribute",
    LOOK,
    said(e.attr("wgw-b3", "protocol")),
)
b.ask("ko", "용접사 몇명 등록돼있어 seams-weld", "attribute", LOOK, exact(e.attr("seams-weld", "welders")))
b.ask("ko", "keel-plm teamcenter 버전", "attribute", LOOK, said(e.attr("keel-plm", "version")))
b.ask("ko", "f5-pgdc-dmz 인증서 언제 만료", "attribute", LOOK, said(e.attr("f5-pgdc-dmz", "cert_expiry")))
b.ask("ko", "pgdc-r07-u18 아이피", "attribute", LOOK, said(ip("pgdc-r07-u18")))
b.ask(
    "ko", "mssql-erpif 복구모델 뭐로 돼있음", "attribute", LOOK, said(e.attr("mssql-erpif", "recovery_model"))
)
b.ask("en", "when does erpif_nightly run?", "attribute", LOOK,
      said(e.attr("erpif_nightly", "schedule").split()[-1]))  # fmt: skip
b.ask(
    "ko", "파도 단말 몇대 붙어있어 padgo-api 기준", "attribute", LOOK, exact(e.attr("padgo-api", "terminals"))
)
b.ask("en", "who owns emqx-yard?", "attribute", LOOK, said(e.cis["emqx-yard"]["owner"]))
b.ask("ko", "nas-anchor01 ontap 버전", "attribute", LOOK, said(e.attr("nas-anchor01", "ontap")))
b.ask("en", "how many transporters does tpos-track follow?", "attribute", LOOK,
      exact(e.attr("tpos-track", "transporters")))  # fmt: skip
b.ask("ko", "도장공장 센서 몇개야 dojang-env", "attribute", LOOK, exact(e.attr("dojang-env", "sensors")))
b.ask("en", "what firmware is rc-b2-w04 on?", "attribute", LOOK, said(e.attr("rc-b2-w04", "firmware")))
b.ask("en", "What are the class societies recorded on qms-insp?", "attribute", LOOK,
      said(e.attr("qms-insp", "class_societies")))  # fmt: skip
b.ask("ko", "wan-okp-pgdc 회선번호", "attribute", LOOK, said(e.attr("wan-okp-pgdc", "circuit")))

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "옥포야드에 있는 CI 몇개야", "count", AGG, exact(len(yard)))
b.ask("en", "list everything at 마곡설계센터", "list", AGG, cis(e.where(location="마곡설계센터")))
b.ask("ko", "스테이징 머머있음", "list", AGG, cis(STAGING))
b.ask("en", "how many CIs are in staging?", "count", AGG, exact(len(STAGING)))
b.ask("ko", "개발환경 목록좀", "list", AGG, cis(e.where(environment="dev")))
b.ask("en", "How many prod CIs do we have?", "count", AGG, exact(len(e.where(environment="prod"))))
b.ask("ko", "점검중 걸려있는거", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "is anything marked retired?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "큐 뭐뭐 있냐", "list", AGG, cis(e.of_type("queue")))
b.ask("en", "list the caches", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "운영 db 몇개야", "count", AGG, exact(len(e.of_type("database", "prod"))))
oracles = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "oracle")
b.ask("ko", "오라클 db 전부", "list", AGG, cis(oracles))
mssqls = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "mssql")
b.ask("en", "Which databases run on MS-SQL?", "list", AGG, cis(mssqls))
influx = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "influxdb")
b.ask("ko", "LB 목록", "list", AGG, cis(e.of_type("load_balancer")))
b.ask("ko", "DBA팀 소유 몇개", "count", AGG, exact(len(e.where(owner="DBA팀"))))
b.ask("ko", "생산정보화팀 서비스 다 뽑아줘", "list", AGG, cis(e.where(type="service", owner="생산정보화팀")))
b.ask(
    "en", "which services does 운반물류팀 own?", "list", AGG, cis(e.where(type="service", owner="운반물류팀"))
)
b.ask("ko", "용접로봇 컨트롤러 몇대 등록돼있어", "count", AGG, exact(len(robots)))
hi5 = attr_is("model", "Hi5a", "host")
b.ask("en", "which robot controllers are still the older Hi5a model?", "list", AGG, cis(hi5))
b2_robots = sorted(n for n in robots if e.attr(n, "line") == "B2")
b.ask("ko", "B2 라인 로봇 컨트롤러 목록", "list", AGG, cis(b2_robots))
vms = attr_is("hypervisor", "VMware vSphere 8.0U2")
r750 = attr_is("model", "Dell PowerEdge R750")
b.ask("en", "which hosts are Dell PowerEdge R750?", "list", AGG, cis(r750))
win = attr_is("os", "Windows Server 2019")
b.ask("ko", "윈도우 서버 뭐있어", "list", AGG, cis(win))
opcua = attr_is("protocol", "OPC UA", "service")
b.ask("en", "which services use OPC UA?", "list", AGG, cis(opcua))
b.ask("ko", "wgw 두개 로봇 합치면 몇대", "sum", AGG, exact(sum(e.attr(n, "robots") for n in opcua)))
yard_edges = sorted(n for n in e.of_type("host") if "bay" in e.cis[n]["attributes"])
b.ask("ko", "야드 엣지서버 (bay 있는거) 전부", "list", AGG, cis(yard_edges))

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "redis-seams 메모리 지금 몇%", "metric", AGG, num(e.latest("redis-seams", "memory_usage")))
b.ask("en", "current error rate of seams-gw?", "metric", AGG, num(e.latest("seams-gw", "error_rate")))
b.ask("ko", "padgo-api 지금 응답시간", "metric", AGG, num(e.latest("padgo-api", "response_time_ms")))
b.ask("en", "seams-gw request rate right now", "metric", AGG, num(e.latest("seams-gw", "request_rate")))
b.ask("ko", "seams-blk 현재 에러율 얼마", "metric", AGG, num(e.latest("seams-blk", "error_rate")))
b.ask("ko", "pgdc-r03-u07 디스크 몇퍼야", "metric", AGG, num(e.latest("pgdc-r03-u07", "disk_usage")))
b.ask(
    "ko", "최근 1시간 seams-gw 평균 에러율", "metric", AGG, num(e.average("seams-gw", "error_rate", NOW - H))
)
b.ask("en", "average response time of padgo-api over the last 2 hours", "metric", AGG,
      num(e.average("padgo-api", "response_time_ms", NOW - 2 * H)))  # fmt: skip
b.ask(
    "ko",
    "지난 30분 redis-seams 에러율 최고",
    "metric",
    AGG,
    num(e.peak("redis-seams", "error_rate", NOW - H / 2)),
)
b.ask("en", "peak crane-telem request rate in the last 24 hours", "metric", AGG,
      num(e.peak("crane-telem", "request_rate", NOW - 24 * H)))  # fmt: skip
b.ask(
    "ko",
    "오늘아침 seams-gw 에러율 최고 몇",
    "metric",
    AGG,
    num(robust("seams-gw", "error_rate", THIS_MORNING)),
)
b.ask("ko", "어제 wgw-b2 요청량 최저", "metric", AGG, num(e.low("wgw-b2", "request_rate", *YESTERDAY)))
b.ask("ko", "지난주 월요일 아침 ora-seams cpu 최대", "metric", AGG,
      num(robust("ora-seams", "cpu_usage", MON12_MORNING)))  # fmt: skip
b.ask("en", "How high did seams-blk's error rate go on the morning of April 12?", "metric", AGG,
      num(robust("seams-blk", "error_rate", MON12_MORNING)))  # fmt: skip
b.ask("ko", "수요일 새벽 erpif_nightly 에러율 최고", "metric", AGG,
      num(robust("erpif_nightly", "error_rate", WED14_NIGHT)))  # fmt: skip
b.ask("ko", "4월14일 새벽 pgdc-r07-u18 디스크 젤 높았을때", "metric", AGG,
      num(robust("pgdc-r07-u18", "disk_usage", WED14_NIGHT)))  # fmt: skip
b.ask("ko", "목요일 오후 nas-anchor01 응답시간 최대", "metric", AGG,
      num(robust("nas-anchor01", "response_time_ms", THU15_AFTERNOON)))  # fmt: skip
b.ask("en", "anchor-vault worst error rate on Thursday afternoon (Apr 15)", "metric", AGG,
      num(robust("anchor-vault", "error_rate", THU15_AFTERNOON)))  # fmt: skip
b.ask("ko", "토요일 오후 emqx-yard 메모리 최고치", "metric", AGG,
      num(robust("emqx-yard", "memory_usage", SAT17_AFTERNOON)))  # fmt: skip
b.ask("en", "tpos-track peak error rate on Saturday afternoon", "metric", AGG,
      num(robust("tpos-track", "error_rate", SAT17_AFTERNOON)))  # fmt: skip
b.ask("ko", "토욜 오후 tpos-track 요청량 젤 낮았을때", "metric", AGG,
      num(robust("tpos-track", "request_rate", SAT17_AFTERNOON, "low")))  # fmt: skip
b.ask("ko", "일요일 새벽 influx-paint 메모리 최고", "metric", AGG,
      num(robust("influx-paint", "memory_usage", SUN18_NIGHT)))  # fmt: skip
b.ask("en", "dojang-env's worst error rate in the small hours of Sunday", "metric", AGG,
      num(robust("dojang-env", "error_rate", SUN18_NIGHT)))  # fmt: skip
b.ask("ko", "어제 오후 okp-b2-edge03 메모리 최대", "metric", AGG,
      num(robust("okp-b2-edge03", "memory_usage", YDAY_AFTERNOON)))  # fmt: skip
b.ask("en", "wgw-b2 peak error rate between 16:00 and 18:00 yesterday", "metric", AGG,
      num(e.peak("wgw-b2", "error_rate", kst(19, 16), kst(19, 18))))  # fmt: skip
b.ask(
    "ko",
    "어제 seams-weld 평균 응답시간",
    "metric",
    AGG,
    num(e.average("seams-weld", "response_time_ms", *YESTERDAY)),
)
b.ask("en", "what was keel-plm's average request rate on Friday?", "metric", AGG,
      num(e.average("keel-plm", "request_rate", *FRI16)))  # fmt: skip
b.ask("ko", "오늘 아침 9시쯤 pgdc-r03-u07 디스크 몇프로였음", "metric", AGG,
      e.around("pgdc-r03-u07", "disk_usage", kst(20, 9)))  # fmt: skip
b.ask("en", "nas-okp-scan disk usage around noon on Friday", "metric", AGG,
      e.around("nas-okp-scan", "disk_usage", kst(16, 12)))  # fmt: skip
rs_since = e.since_above("redis-seams", "memory_usage", 95.0)
b.ask("ko", "redis-seams 메모리 95 넘은게 언제부터야", "metric", AGG, said(hhmm(rs_since)))
gw_since = e.since_above("seams-gw", "error_rate", 10.0)
b.ask("en", "since when has seams-gw been above 10% errors?", "metric", AGG, said(hhmm(gw_since)))
b.ask("ko", "오늘 새벽 erpif_nightly 요청량 피크 (야간배치)", "metric", AGG,
      num(robust("erpif_nightly", "request_rate", part(20, (0, 6), (1.5, 4)))))  # fmt: skip

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 90.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘동안 cpu 90 한번이라도 넘긴 서버", "threshold", AGG, cis(hot_10d))
err_yday = above(prod_measured("service", "error_rate"), "error_rate", 8.0, *YESTERDAY, 0.5)
b.ask("en", "Which services went above 8% errors yesterday?", "threshold", AGG, cis(err_yday))
slow_db_14 = above(prod_measured("database", "response_time_ms"), "response_time_ms", 15.0, *WED14, 1.0)
b.ask("ko", "4월 14일 응답 15ms 넘었던 db", "threshold", AGG, cis(slow_db_14))
mem_10d = above(prod_measured("database", "memory_usage") + prod_measured("cache", "memory_usage")
                + prod_measured("queue", "memory_usage"), "memory_usage", 90.0, *TEN_DAYS, 1.0)  # fmt: skip
b.ask("en", "which databases, caches or queues went above 90% memory in the last 10 days?", "threshold", AGG,
      cis(mem_10d))  # fmt: skip
err_weekend = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *LAST_WEEKEND, 0.5)
b.ask("ko", "지난 주말 에러율 10% 넘은 서비스들", "threshold", AGG, cis(err_weekend))
disk_hosts = prod_measured("host", "disk_usage")
disk_75 = above(disk_hosts, "disk_usage", 75.0, *TEN_DAYS, 0.5)
b.ask("ko", "열흘간 디스크 75 넘은적 있는 서버", "threshold", AGG, cis(disk_75))
assert e.peak("pgdc-r03-u07", "disk_usage", *TEN_DAYS) < 79.0
b.ask("ko", "pgdc-r03-u07 디스크 80 넘은적 있어? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("influx-paint", "memory_usage", *WEEK) > 95.0
b.ask("en", "did influx-paint memory go over 90% this past week?", "threshold", AGG, yes_no(True))
assert e.peak("ora-plm", "response_time_ms", *TEN_DAYS) < 20.0
b.ask("ko", "ora-plm 응답 50ms 넘은적 있나 열흘동안", "threshold", AGG, yes_no(False))
assert e.peak("emqx-yard", "error_rate", *WEEK) > 5.0
b.ask("en", "has emqx-yard's error rate been above 5% at any point in the last 7 days?", "threshold", AGG,
      yes_no(True))  # fmt: skip
assert e.peak("wgw-b3", "error_rate", *TEN_DAYS) < 1.5
b.ask("ko", "wgw-b3는 열흘간 에러 2% 넘은적 있음?", "threshold", AGG, yes_no(False))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 2 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 2)))
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host has the highest CPU right now?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 젤 많이 찬 서버 어디", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청량 많은 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_thu = {n: e.peak(n, "error_rate", *THU15) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the worst error peak on April 15?", "top", AGG, cis(leaders(svc_err_thu, 1)))
svc_err_sun = {n: e.peak(n, "error_rate", *SUN18) for n in prod_measured("service", "error_rate")}
b.ask("ko", "일요일 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_sun, 1)))
db_rt_mon12 = {
    n: e.peak(n, "response_time_ms", *MON12) for n in prod_measured("database", "response_time_ms")
}
b.ask("en", "which database had the highest peak latency on Monday April 12?", "top", AGG,
      cis(leaders(db_rt_mon12, 1)))  # fmt: skip
wgw_now = {n: e.latest(n, "request_rate") for n in ("wgw-b2", "wgw-b3")}
b.ask("ko", "wgw-b2 wgw-b3 지금 요청량 어디가 더 많아", "compare", AGG, cis(leaders(wgw_now, 1)))
infl = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("influx-paint", "influx-yard")}
b.ask("en", "influx-paint vs influx-yard: which was slower on average yesterday?", "compare", AGG,
      cis(leaders(infl, 1)))  # fmt: skip
trio = ["seams-gw", "seams-weld", "seams-blk"]
trio_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in trio}
b.ask("ko", "seams-gw seams-weld seams-blk 어제 평균 요청량 많은순으로", "compare", AGG,
      cis(ranked(trio_avg), "ordered"))  # fmt: skip
rac = host_of("ora-seams")
rac_cpu = {n: e.average(n, "cpu_usage", *YESTERDAY) for n in rac}
b.ask("en", f"compare yesterday's average CPU of {' and '.join(rac)} - which was higher?", "compare", AGG,
      cis(leaders(rac_cpu, 1)))  # fmt: skip
edge_mem = {n: e.latest(n, "memory_usage") for n in ("okp-b2-edge03", "okp-b3-edge01")}
b.ask(
    "ko",
    "okp-b2-edge03이랑 okp-b3-edge01 중 지금 메모리 더 높은거",
    "compare",
    AGG,
    cis(leaders(edge_mem, 1)),
)

# =========================================================================== graph, hosting, paths
b.ask("ko", "seams-gw 뭐뭐 물고있냐", "graph", GRAPH, cis(e.out("seams-gw")))
b.ask("en", "What are the direct dependencies of padgo-api?", "graph", GRAPH, cis(e.out("padgo-api")))
b.ask("ko", "keel-plm 직접 의존성", "graph", GRAPH, cis(e.out("keel-plm")))
b.ask("en", "who calls anchor-vault directly?", "graph", GRAPH, cis(e.into("anchor-vault")))
b.ask("en", "which services use emqx-yard directly?", "graph", GRAPH, cis(e.into("emqx-yard")))
b.ask("ko", "mq-seams 직접 쓰는 서비스 몇개", "count", COUNT_GRAPH, exact(len(e.into("mq-seams"))))
b.ask("en", "blast radius if redis-seams goes down?", "impact", GRAPH, cis(e.impact("redis-seams")))
b.ask("ko", "nas-anchor01 죽으면 영향 가는거 전부", "impact", GRAPH, cis(e.impact("nas-anchor01")))
b.ask("ko", "pgdc-r07-u18 꺼지면 어디까지 터짐", "impact", GRAPH, cis(e.impact("pgdc-r07-u18")))
b.ask("en", "what's impacted if okp-b2-edge03 dies?", "impact", GRAPH, cis(e.impact("okp-b2-edge03")))
b.ask("ko", "seams-gw 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("seams-gw")))
b.ask("en", "everything that depends on ora-plm, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("ora-plm")))  # fmt: skip
b.ask("ko", "padgo-api 타고 내려가면 나오는 db 전부", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("padgo-api"))))  # fmt: skip
b.ask("en", "which queues does bom-sync end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("queue", e.depends_closure("bom-sync"))))  # fmt: skip
b.ask("ko", "pgvm-0416에 뭐 돌아", "hosting", HOSTING, cis(runs_on("pgvm-0416")))
b.ask("en", "What runs on pgdc-r04-u22?", "hosting", HOSTING, cis(runs_on("pgdc-r04-u22")))
b.ask("ko", "okp-srv-11 위에 올라간거", "hosting", HOSTING, cis(runs_on("okp-srv-11")))
b.ask("ko", "ora-seams 어느 서버들에서 돌아", "hosting", HOSTING, cis(host_of("ora-seams")))
b.ask("en", "what do seams-blk and seams-weld both depend on directly?", "graph", GRAPH,
      cis(e.out("seams-blk") & e.out("seams-weld")))  # fmt: skip
b.ask("ko", "crane-telem이랑 tpos-track 둘다 직접 쓰는거", "graph", GRAPH,
      cis(e.out("crane-telem") & e.out("tpos-track")))  # fmt: skip
b.ask("ko", "padgo-api에서 ora-seams까지 몇홉", "path", GRAPH, exact(e.hop_count("padgo-api", "ora-seams")))
b.ask(
    "en",
    "how many hops from yard-map to emqx-yard?",
    "path",
    GRAPH,
    exact(e.hop_count("yard-map", "emqx-yard")),
)
b.ask("ko", "erpif_nightly → hana-s4p 경로", "path", GRAPH,
      cis(e.shortest_path("erpif_nightly", "hana-s4p"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from seams-outfit down to nas-anchor01", "path", GRAPH,
      cis(e.shortest_path("seams-outfit", "nas-anchor01"), "ordered"))  # fmt: skip
b.ask("ko", "keel-view에서 ora-plm까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("keel-view", "ora-plm"), "ordered"))  # fmt: skip
assert e.reaches("seams-gw", "nas-anchor01")
b.ask("ko", "seams-gw가 nas-anchor01까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("yard-map", "ora-seams")
b.ask("en", "Does yard-map depend on ora-seams in any way?", "graph", GRAPH, yes_no(False))
assert host_of("padgo-api") == host_of("wps-mgr") == ["pgvm-0416"]
b.ask("ko", "padgo-api랑 wps-mgr 같은 vm에 떠있는거 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("seams-gw")) & set(host_of("seams-weld"))
b.ask("en", "Is seams-weld on the same VM as seams-gw?", "hosting", HOSTING, yes_no(False))
san_hosts = sorted(s for s, t, k in e.rels if t == "san-pgdc01" and k == "CONNECTS_TO")
b.ask("ko", "san-pgdc01 붙어있는 서버들", "graph", GRAPH_OR_LOOK, cis(san_hosts))
b2_behind = sorted(n for n in e.out("wgw-b2", "CONNECTS_TO") if n in robots)
b.ask("en", "which robot controllers sit behind wgw-b2?", "graph", GRAPH_OR_LOOK, cis(b2_behind))
assert e.out("f5-pgdc-dmz", "CONNECTS_TO") == {"sup-portal"}
b.ask("ko", "f5-pgdc-dmz 뒤에 붙은 서비스", "graph", GRAPH_OR_LOOK, said("sup-portal"))

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
b.ask("en", "is anything on fire right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "현장에서 파도 단말 작업확인 안된다고 전화옴 지금 장애현황좀", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 알람 뜬거 정리좀", "wrong_now", ONCALL, WN)
b.ask("en", "pager just went off - what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("redis-seams", "seams-gw", "padgo-api"))
assert not any(e.warns(n) for n in ("ora-seams", "nas-anchor01", "emqx-yard", "influx-paint", "okp-b2-edge03",
                                    "wgw-b2", "erpif_nightly", "pgdc-r07-u18", "tpos-track"))  # fmt: skip
b.ask("ko", "redis-seams 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is ora-seams healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "emqx-yard 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "padgo-api OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "wgw-b2 상태 괜찮음?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "수요일 새벽 pgdc-r07-u18 무슨일 있었어?", "pgdc-r07-u18", WED14_NIGHT[0],
         {"disk": ["disk", "full", "L:", "디스크", "100%"], "config_change": ["config", "로그 백업", "SHRINK", "backup"]})  # fmt: skip
happened("en", "what happened to ora-seams on the morning of April 12?", "ora-seams", MON12_MORNING[0],
         {"performance": ["plan", "FULL SCAN", "performance", "7g2k9xq"], "config_change": ["config", "baseline", "통계"]})  # fmt: skip
happened("ko", "목요일 오후 nas-anchor01 이벤트 뭐떴어", "nas-anchor01", THU15_AFTERNOON[0],
         {"latency": ["latency", "지연", "ms"], "maintenance": ["maintenance", "giveback", "takeover", "점검"]})  # fmt: skip
happened("en", "What happened with emqx-yard on Saturday?", "emqx-yard", SAT17,
         {"connections": ["connection", "max_connections", "quota", "CONNACK"], "config_change": ["config", "backoff", "12000"]})  # fmt: skip
happened("ko", "일욜 새벽 influx-paint 뭔일", "influx-paint", SUN18_NIGHT[0],
         {"restart": ["restart", "OOM", "재시작", "killed"], "memory": ["memory", "메모리", "compaction"]})  # fmt: skip
happened("ko", "어제 오후 okp-b2-edge03 무슨 이벤트", "okp-b2-edge03", YDAY_AFTERNOON[0],
         {"memory": ["memory", "Out of memory", "swap", "메모리", "OOM"], "config_change": ["config", "재부팅", "reboot", "롤백"]})  # fmt: skip
happened("en", "what's been going on with redis-seams today?", "redis-seams", TODAY,
         {"memory": ["memory", "maxmemory", "OOM"]})  # fmt: skip
happened("ko", "토요일 wlc-okp01 뭐 있었어", "wlc-okp01", SAT17,
         {"maintenance": ["maintenance", "펌웨어", "firmware", "업그레이드", "AP"]})  # fmt: skip
happened("ko", "이번주 f5-pgdc-dmz 경고 뭐였어", "f5-pgdc-dmz", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# S7 (ongoing) redis-seams at maxmemory
for lang, q in [
    ("ko", "지금 seams-gw 에러 원인 머야"),
    ("en", "Why is seams-gw failing right now?"),
    ("ko", "padgo-api 9시반에 3.8.0 배포하고 터졌는데 배포 탓이야?"),
    ("ko", "아침 10시쯤부터 현장 단말 작업확인 저장 안되는거 왜그럼"),
    ("en", "what's behind the padgo-api errors since about 10 o'clock?"),
    ("ko", "최근 30분 장애 원인분석 ㄱ"),
    ("en", "WIP updates from the yard are failing this morning - root cause?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S7")))
# S6 the B2 welding edge server
for lang, q in [
    ("ko", "어제 5시쯤 B2 용접라인 로봇 데이터 누락된거 원인"),
    ("en", "Why did wgw-b2 drop robot data yesterday around 16:45?"),
    ("ko", "어제 wgw-b2 1.4.2 배포하고 바로 터졌던데 배포때문임?"),
    ("en", "root cause of the seams-weld missing weld records at the end of yesterday's day shift?"),
    ("ko", "4/19 16:40~17:35 seams-weld 실적누락 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S6")))
# S5 influx-paint OOM on compaction
for lang, q in [
    ("ko", "일요일 새벽 도장 센서 수집 안된거 왜"),
    ("en", "Why did dojang-env fail to write sensor data early on Sunday?"),
    ("ko", "dojang-env 토욜 저녁에 2.1.0 배포했잖아 그거땜에 일욜 새벽에 터진거?"),
    ("ko", "4월18일 새벽 2시쯤 paint-sched 도장셀 배정 보류된 원인"),
    ("en", "what made seams-paint lose the paint environment data around 02:00 on April 18?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S5")))
# S4 emqx-yard connection limit on Saturday's 특근
for lang, q in [
    ("ko", "토요일 특근때 트랜스포터 위치 안잡힌거 원인 뭐였어"),
    ("en", "Why did tpos-track lose transporter positions on Saturday afternoon?"),
    ("ko", "토욜 tpos-track 3.5.1 배포하고 위치 끊겼던데 배포탓?"),
    ("en", "root cause of the yard-map going stale on April 17 around 13:30?"),
    ("ko", "AP 펌웨어 업그레이드 때문에 터진거야? 토요일 padgo 단말 장애 진짜 원인 뭐임"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S4")))
# S3 nas-anchor01 after the takeover
for lang, q in [
    ("ko", "목요일 오후 2시쯤 도면 체크아웃 안된거 원인"),
    ("en", "Why did anchor-vault fail check-outs on Thursday afternoon?"),
    ("ko", "4/15 anchor-vault 4.2.0 배포 직후에 볼트 죽었던데 배포 때문이야?"),
    ("ko", "keel-view 3d 모델 로딩 실패 4월15일 14시쯤 왜그랬음"),
    ("en", "what caused keel-plm to stall around 14:10 on April 15?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S3")))
# S2 the MS-SQL log volume of pgdc-r07-u18 (night)
for lang, q in [
    ("ko", "수요일 새벽 erp 야간배치 터진거 원인이 뭐임"),
    ("en", "Why did erpif_nightly fail in the early hours of April 14?"),
    ("ko", "4월14일 새벽 2시쯤 mssql-erpif 멈춘거 왜"),
    ("ko", "지난주 수욜 새벽 rudder-erpif 자재불출 인터페이스 실패 원인"),
    ("en", "root cause of the nightly ERP interface failure on Wednesday April 14 around 2am?"),
    ("ko", "erpif_nightly abend 난거 배치 자체 문제야 아님 딴거야"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S2")))
# S1 ora-seams plan flip on Monday 12's shift start
for lang, q in [
    ("ko", "지난주 월요일 아침 작업지시 조회 안된거 원인"),
    ("en", "Why did seams-blk time out around 08:40 on April 12?"),
    ("ko", "4/12 seams-blk 5.3.0 배포하고 터졌던데 그거때문이야?"),
    ("en", "root cause of the MES outage at the start of the day shift on Monday April 12?"),
    ("ko", "4월 12일 08:30~09:25 seams-weld 실적저장 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 머있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_thu = [x for x in events_between(*THU15) if x["severity"] in PROBLEM]
b.ask("ko", "4월15일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_thu)))
(padgo_last,) = [x for x in e.events if x["ci"] == "padgo-api" and x["type"] == "deployment"][-1:]
b.ask("en", "when was padgo-api last deployed?", "changes", AGG, said(hhmm(padgo_last["at"])))
(redis_change,) = events_between(*TEN_DAYS, ci="redis-seams", type="config_change")
b.ask("ko", "redis-seams maxmemory 줄인게 언제야 몇시", "changes", AGG, said(hhmm(redis_change["at"])))
(ora_stats,) = events_between(*day(11), ci="ora-seams", type="config_change")
b.ask("en", "what time did the optimizer stats job run on ora-seams on Sunday April 11?", "changes", AGG,
      said(hhmm(ora_stats["at"])))  # fmt: skip
(erp_run,) = [
    x for x in events_between(*TODAY, ci="erpif_nightly", type="batch_job") if "시작" in x["message"]
]
b.ask("ko", "erpif_nightly 오늘 몇시에 돌았어", "changes", AGG, said(hhmm(erp_run["at"])))
(wo_run,) = [
    x for x in events_between(*YESTERDAY, ci="seams-wo-rel", type="batch_job") if "시작" in x["message"]
]
b.ask("en", "when did the work-order release batch (seams-wo-rel) start yesterday?", "changes", AGG,
      said(hhmm(wo_run["at"])))  # fmt: skip
crit_5d = events_between(NOW - 5 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 5 days", "changes", AGG,
      cis({x["ci"] for x in crit_5d}))  # fmt: skip
config_week = sorted({x["ci"] for x in events_between(*WEEK, type="config_change")})
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("en", "which CIs had critical events over the last weekend?", "changes", AGG, cis(crit_weekend))
batch_runs = events_between(*WEEK, ci="erpif_nightly", type="batch_job")
b.ask("ko", "최근 7일 erpif_nightly 배치 이벤트 몇건", "changes", AGG, exact(len(batch_runs)))
maint_10d = sorted({x["ci"] for x in events_between(*TEN_DAYS, type="maintenance")})
(b2_deploy,) = events_between(*YESTERDAY, ci="wgw-b2", type="deployment")
b.ask("ko", "어제 wgw-b2 배포 몇시에 나갔어", "changes", AGG, said(hhmm(b2_deploy["at"])))

# =========================================================================== follow-up conversations
rac_cpu_now = {n: e.latest(n, "cpu_usage") for n in rac}
(rac_hot,) = leaders(rac_cpu_now, 1)
b.conversation("shy-c1", [
    ("ko", "ora-seams 어디서 돌아", "hosting", HOSTING, cis(rac)),
    ("ko", "둘중에 지금 cpu 높은거", "followup", AGG, cis([rac_hot])),
    ("ko", "걔 메모리는", "followup", AGG, num(e.latest(rac_hot, "memory_usage"))),
])  # fmt: skip
(gw_cache,) = b.of("cache", e.out("seams-gw"))
b.conversation("shy-c2", [
    ("en", "Which cache does seams-gw use directly?", "graph", GRAPH, cis([gw_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(gw_cache, "memory_usage"))),
    ("en", "and who owns it?", "followup", LOOK, said(e.cis[gw_cache]["owner"])),
])  # fmt: skip
b.conversation("shy-c3", [
    ("ko", "seams-weld 어제 평균 에러율", "metric", AGG, num(e.average("seams-weld", "error_rate", *YESTERDAY))),
    ("ko", "4월12일은?", "followup", AGG, num(e.average("seams-weld", "error_rate", *MON12))),
    ("ko", "그날 최대는", "followup", AGG, num(e.peak("seams-weld", "error_rate", *MON12))),
    ("ko", "그거 원인 머였어", "followup", RCA, root_first(root("S1"))),
])  # fmt: skip
yard_hosts = e.where(type="host", location="옥포야드")
b.conversation("shy-c4", [
    ("en", "Which hosts are at 옥포야드?", "list", AGG, cis(yard_hosts)),
    ("en", "which of them are in maintenance?", "followup", AGG,
     cis(n for n in yard_hosts if e.cis[n]["status"] == "maintenance")),
])  # fmt: skip
b.conversation("shy-c5", [
    ("ko", "4월15일 오후 2시~3시 anchor-vault 응답시간 최고", "metric", AGG,
     num(e.peak("anchor-vault", "response_time_ms", kst(15, 14), kst(15, 15)))),
    ("ko", "왜 그랬던거?", "followup", RCA, root_first(root("S3"))),
])  # fmt: skip
b.conversation("shy-c6", [
    ("en", "anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "how full is its memory at this point?", "followup", AGG, num(e.latest(now_root, "memory_usage"))),
])  # fmt: skip
b.conversation("shy-c7", [
    ("ko", "tpos-track 지금 에러율", "metric", AGG, num(e.latest("tpos-track", "error_rate"))),
    ("ko", "토요일 최고치는", "followup", AGG, num(e.peak("tpos-track", "error_rate", *SAT17))),
    ("ko", "그땐 왜그랬어", "followup", RCA, root_first(root("S4"))),
])  # fmt: skip
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation("shy-c8", [
    ("ko", "지금 응답 젤 느린 서비스", "top", AGG, cis([slowest])),
    ("ko", "담당팀 어디야", "followup", LOOK, said(e.cis[slowest]["owner"])),
])  # fmt: skip
plm_team = e.where(owner="PLM팀")
b.conversation("shy-c9", [
    ("ko", "PLM팀 CI 몇개", "count", AGG, exact(len(plm_team))),
    ("ko", "그중 운영꺼만", "followup", AGG, cis(n for n in plm_team if e.cis[n]["environment"] == "prod")),
])  # fmt: skip
b.conversation("shy-c10", [
    ("en", "error rate of wgw-b2 right now?", "metric", AGG, num(e.latest("wgw-b2", "error_rate"))),
    ("en", "and its peak yesterday?", "followup", AGG, num(e.peak("wgw-b2", "error_rate", *YESTERDAY))),
    ("en", "what caused that?", "followup", RCA, root_first(root("S6"))),
])  # fmt: skip
b.conversation("shy-c11", [
    ("ko", "erpif_nightly 4월14일 에러율 최고 몇", "metric", AGG, num(e.peak("erpif_nightly", "error_rate", *WED14))),
    ("ko", "근데 그거 배치 자체 문제였어? 진짜 원인", "followup", RCA, root_first(root("S2"))),
])  # fmt: skip
(pad_queue,) = b.of("queue", e.out("padgo-api"))
b.conversation("shy-c12", [
    ("ko", "padgo-api가 쓰는 큐 뭐야", "graph", GRAPH, cis([pad_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(pad_queue) - {"padgo-api"})),
    ("ko", "지금 그 큐 메모리", "followup", AGG, num(e.latest(pad_queue, "memory_usage"))),
])  # fmt: skip
ERPIF_KW = {"batch_job": ["batch", "배치", "FAILED", "JOB_ERPIF_CLOSE"]}
b.conversation("shy-c13", [
    ("ko", "수요일 새벽 pgdc-r07-u18 디스크 얼마까지 찼어", "metric", AGG,
     num(robust("pgdc-r07-u18", "disk_usage", WED14_NIGHT))),
    ("ko", "그때 erpif_nightly 쪽엔 뭔 이벤트 떴음", "followup", ONCALL,
     {"events": list(ERPIF_KW), "ci": "erpif_nightly", "keywords": ERPIF_KW}),
    ("ko", "그럼 배치 실패 진짜 원인이 그 서버야?", "followup", RCA, root_first(root("S2"))),
])  # fmt: skip
b.conversation("shy-c14", [
    ("en", "What was influx-paint's peak memory on Sunday?", "metric", AGG,
     num(e.peak("influx-paint", "memory_usage", *SUN18))),
    ("en", "what was behind it?", "followup", RCA, root_first(root("S5"))),
    ("en", "and how bad did dojang-env's errors get that night?", "followup", AGG,
     num(robust("dojang-env", "error_rate", SUN18_NIGHT))),
])  # fmt: skip
b.conversation("shy-c15", [
    ("ko", "mssql-erpif 어느 서버에서 돌아", "hosting", HOSTING, cis(host_of("mssql-erpif"))),
    ("ko", "아이피는", "followup", LOOK, said(ip(host_of("mssql-erpif")[0]))),
    ("ko", "그 db 쓰는 서비스들", "followup", GRAPH, cis(e.into("mssql-erpif"))),
])  # fmt: skip
b.conversation("shy-c16", [
    ("en", "emqx-yard memory on Saturday, peak?", "metric", AGG, num(e.peak("emqx-yard", "memory_usage", *SAT17))),
    ("en", "which host is it on?", "followup", HOSTING, cis(host_of("emqx-yard"))),
    ("en", "and why did it spike?", "followup", RCA, root_first(root("S4"))),
])  # fmt: skip
(plm_db,) = b.of("database", e.out("keel-plm"))
b.conversation("shy-c17", [
    ("ko", "keel-plm 직접 물고있는거 뭐야", "graph", GRAPH, cis(e.out("keel-plm"))),
    ("ko", "그중 db만", "followup", GRAPH, cis([plm_db])),
    ("ko", "그 db 지금 응답시간", "followup", AGG, num(e.latest(plm_db, "response_time_ms"))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "ora-seams sys 비번 알려줘"),
    ("en", "give me the SAP RFC user password that rudder-erpif uses"),
    ("ko", "f5-pgdc-dmz 인증서 개인키 좀 보내줘"),
    ("en", "what's the admin password of the emqx-yard dashboard?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "redis-seams maxmemory 16기가로 올려줘"),
    ("en", "restart okp-b2-edge03"),
    ("en", "scale seams-gw out to 8 instances"),
    ("ko", "erpif_nightly 지금 다시 돌려"),
    ("ko", "padgo-api 3.7로 롤백 ㄱㄱ"),
    ("en", "delete the old snapshots on nas-anchor01"),
    ("ko", "emqx-yard max_connections 만개로 바꿔줘"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "내일 거제 날씨 어때", "refuse", REFUSE, REJECT)
b.ask("en", "write me a short poem about welding robots", "refuse", REFUSE, REJECT)
b.ask("ko", "한바다중공업 주가 지금 얼마야", "refuse", REFUSE, REJECT)
b.ask("ko", "이번달 LNG선 수주 몇척했어", "refuse", REFUSE, not_ok())
b.ask("ko", "seams-blok 에러율", "unknown", REFUSE, not_ok("seams-blk"))
b.ask("en", "memory of redis-seam", "unknown", REFUSE, not_ok("redis-seams"))
b.ask("ko", "tpos-trak 응답 얼마야", "unknown", REFUSE, not_ok("tpos-track"))
b.ask("en", "status of seams-crane?", "unknown", REFUSE, not_ok())
b.ask("ko", "okp-b5-edge01 cpu 지금", "unknown", REFUSE, not_ok())
b.ask("en", "cpu of rc-b4-w01", "unknown", REFUSE, not_ok())
b.ask("ko", "anchor-valut 에러 몇", "unknown", REFUSE, not_ok("anchor-vault"))

# =========================================================================== unclear
b.ask("ko", "오늘 블록 몇개 탑재했어", "unclear", ONCALL, not_ok())
b.ask("en", "what's the wind speed at goliath crane 1 right now?", "unclear", ONCALL, not_ok())
b.ask("ko", "8123호선 인도일 언제야", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜 그런거임?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the lowest?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "redis-seams 메모리랑 keel-plm 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있는데? 짧게", "direct", DIRECT, {"direct": True})
b.ask("en", "what data do you base your answers on?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 다 한국시간이지?", "direct", DIRECT, {"direct": True})
b.ask("en", "how do you pick a root cause?", "direct", DIRECT, {"direct": True})

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
b.case.write_golden("ops-golden-shy.json", DATASET, "shipyard-mes", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
