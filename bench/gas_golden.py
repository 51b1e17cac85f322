"""Write tests/fixtures/ops-golden-gas.json: blind batch 51, OPS questions over the city-gas estate.

The estate (bench/gas_estate.py) is a Korean city-gas supplier's IT and OT (가람도시가스): the supply SCADA
`scada_master` on `JHSR-SCADA1`/`JHSR-SCADA2` in the 종합상황실 with its DNP3/Modbus front-end processors, the LTE
RTUs' MQTT broker `sinho-mqtt` and bridge, the operators' HMI, the governor-station alarm analytics and the PI
historian `naite-hist`; the AMI head-end, the Kafka cluster `kfk-ami-c1` on three asset-tagged brokers, the MDMS
and the monthly meter-read batch; billing `yogeum-core` on the Oracle RAC `yogeum-ora`, automatic transfer and
mobile bills; the 24h call centre (CTI, IVR, CRM on `crm-mssql`) and emergency dispatch `chuldong-disp`; the
pipe-network GIS on `gis-pgsde`, the safety-inspection app backend; the customer app in AWS (RDS `gr-app-pg`,
EC2 hosts named by instance id); governor-station RTUs filed under the regional service centres; sites
종합상황실, 안양IDC, AWS 서울리전, 수원/화성/평택고객센터; environments prod / stg / dev. Now = Wednesday
2027-01-20 19:40 KST, in the evening cooking and heating peak; seven injected incidents (G1–G7, the last ongoing:
G1 last Tuesday 12's morning, G2 last Wednesday 13's afternoon, G3 in the small hours of Friday 15 (the monthly
meter read), G4 on Saturday 16's evening, G5 on Sunday 17's evening peak, G6 on Monday 18 (billing day) late
morning, G7 this evening).
Every expected value is computed here from the written files (estate_kit.Estate and the faults file); nothing is
typed by hand except the questions. Where a loose phrase (새벽, 오후, 저녁, "this morning", "last night") has
several readings, only values every reading gives are asked (asserted). About 60 % of the questions are Korean
(on-call chat: 반말, typos, missing spaces, Korean/English mixed) and 40 % English.

    .venv/bin/python bench/gas_golden.py   # after bench/gas_estate.py
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

DATASET = "city-gas"
NOW = datetime(2027, 1, 20, 10, 40, tzinfo=UTC)  # Wednesday 19:40 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
kst = kst_clock("2027-01")

b = Batch.over(DATASET, NOW, "gas", "batch-51")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d, 0), min(kst(d, 0) + timedelta(days=1), NOW)


def part(d: int, narrow: tuple[float, float], wide: tuple[float, float]) -> tuple[tuple, tuple]:
    """A loose part of day `d`, read narrowly and widely; hours past 24 run into the next day (never past now)."""

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


def attr_has(key: str, kind: str | None = None) -> list[str]:
    return sorted(
        n for n, c in e.cis.items() if key in c["attributes"] and (kind is None or c["type"] == kind)
    )


TODAY = (kst(20, 0), NOW)
YESTERDAY = day(19)  # Tuesday
TUE12, WED13, THU14, FRI15, SAT16, SUN17, MON18 = (day(d) for d in range(12, 19))
THIS_WEEK = (kst(18, 0), NOW)  # Monday 18 onwards
LAST_WEEKEND = (kst(16, 0), kst(18, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
THIS_MORNING = part(20, (0, 12), (6, 10))
THIS_EVENING = part(20, (17, 24), (18, 24))  # up to now either way
LAST_NIGHT = part(19, (18, 30), (21, 27))  # Tuesday evening into Wednesday's small hours
TUE12_MORNING = part(12, (6, 12), (8, 11))
WED13_AFTERNOON = part(13, (12, 18), (13, 16))
FRI15_NIGHT = part(15, (0, 6), (1, 4))
SAT16_EVENING = part(16, (17, 24), (19, 22))
SUN17_EVENING = part(17, (17, 24), (18, 21))
MON18_MORNING = part(18, (6, 12), (9, 12))
YDAY_AFTERNOON = part(19, (12, 18), (13, 17))
STAGING = e.where(environment="stg")
ip = lambda n: e.attr(n, "ip")  # noqa: E731
rtus = sorted(n for n in e.of_type("host") if "station" in e.cis[n]["attributes"])
lte_rtus = sorted(n for n in rtus if e.attr(n, "link") == "LTE")

# =========================================================================== attribute lookups
b.ask("ko", "scada_master 버전 뭐임", "attribute", LOOK, said(e.attr("scada_master", "version")))
b.ask("ko", "스카다 마스터 감시 포인트 몇개로 잡혀있어? scada_master", "attribute", LOOK,
      exact(e.attr("scada_master", "points")))  # fmt: skip
b.ask("en", "how many governor stations does scada_master cover?", "attribute", LOOK,
      exact(e.attr("scada_master", "governor_stations")))  # fmt: skip
b.ask("ko", "scada_fep01 프로토콜 머씀", "attribute", LOOK, said(e.attr("scada_fep01", "protocol")))
b.ask(
    "ko",
    "sinho-mqtt 인증서 만료일 언제로 돼있어",
    "attribute",
    LOOK,
    said(e.attr("sinho-mqtt", "cert_expiry")),
)
b.ask(
    "en",
    "max clients configured on sinho-mqtt?",
    "attribute",
    LOOK,
    exact(e.attr("sinho-mqtt", "max_clients")),
)
b.ask("ko", "kfk-ami-c1 min insync replica 몇", "attribute", LOOK,
      exact(e.attr("kfk-ami-c1", "min_insync_replicas")))  # fmt: skip
b.ask(
    "ko",
    "ami 계량기 몇대 붙어있다고 돼있음 geomchim-he",
    "attribute",
    LOOK,
    exact(e.attr("geomchim-he", "meters")),
)
b.ask("ko", "yogeum-core 요금 산정일 언제야", "attribute", LOOK,
      said(e.attr("yogeum-core", "billing_day").split()[-1]))  # fmt: skip
b.ask("en", "yogeum-ora SID?", "attribute", LOOK, said(e.attr("yogeum-ora", "sid")))
b.ask("ko", "자동이체 연계 은행 몇개야 ijae-gw", "attribute", LOOK, exact(e.attr("ijae-gw", "banks")))
b.ask(
    "en",
    "which instance class is gr-app-pg on?",
    "attribute",
    LOOK,
    said(e.attr("gr-app-pg", "instance_class")),
)
b.ask("ko", "gis-pgsde max_connections 얼마로 잡혀있냐", "attribute", LOOK,
      exact(e.attr("gis-pgsde", "max_connections")))  # fmt: skip
b.ask(
    "ko",
    "관망 배관 총연장 몇km로 돼있어 gwanmang-gis",
    "attribute",
    LOOK,
    exact(e.attr("gwanmang-gis", "pipe_km")),
)
b.ask("en", "what's the dispatch SLA in minutes for chuldong-disp?", "attribute", LOOK,
      exact(e.attr("chuldong-disp", "sla_min")))  # fmt: skip
b.ask("ko", "출동차량 몇대 등록돼있어", "attribute", LOOK, exact(e.attr("chuldong-disp", "vehicles")))
b.ask(
    "ko",
    "안전점검원 몇명이야 jeomgeom-api 기준",
    "attribute",
    LOOK,
    exact(e.attr("jeomgeom-api", "inspectors")),
)
b.ask(
    "en", "which governor station is gv052-rtu at?", "attribute", LOOK, said(e.attr("gv052-rtu", "station"))
)
b.ask("ko", "gv017-rtu 펌웨어 버전", "attribute", LOOK, said(e.attr("gv017-rtu", "firmware")))
b.ask("ko", "a10-ay-dmz 인증서 언제 만료돼", "attribute", LOOK, said(e.attr("a10-ay-dmz", "cert_expiry")))
b.ask("en", "rack position of grit24-0302?", "attribute", LOOK, said(e.attr("grit24-0302", "rack")))
b.ask("ko", "i-0b7e41c9a2f35d810 인스턴스 타입 머임", "attribute", LOOK,
      said(e.attr("i-0b7e41c9a2f35d810", "instance_type")))  # fmt: skip
b.ask("en", "who owns sinho-mqtt?", "attribute", LOOK, said(e.cis["sinho-mqtt"]["owner"]))
b.ask("ko", "JHSR-SCADA1 ip 알려줘", "attribute", LOOK, said(ip("JHSR-SCADA1")))

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "종합상황실에 있는 CI 몇개?", "count", AGG, exact(len(e.where(location="종합상황실"))))
b.ask("en", "list everything in AWS 서울리전", "list", AGG, cis(e.where(location="AWS 서울리전")))
b.ask("ko", "평택고객센터 소속 장비 뭐있어", "list", AGG, cis(e.where(location="평택고객센터")))
b.ask("ko", "스테이징 환경 목록", "list", AGG, cis(STAGING))
b.ask("en", "how many things are in dev?", "count", AGG, exact(len(e.where(environment="dev"))))
b.ask("ko", "운영(prod) CI 총 몇개", "count", AGG, exact(len(e.where(environment="prod"))))
b.ask("ko", "점검중(maintenance) 상태인거", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "anything retired in the CMDB?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "큐 종류 전부", "list", AGG, cis(e.of_type("queue")))
b.ask("en", "what caches do we run?", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "운영 db 몇개임", "count", AGG, exact(len(e.of_type("database", "prod"))))
oracles = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "oracle")
b.ask("ko", "오라클 디비 다 뽑아줘", "list", AGG, cis(oracles))
postgres = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("en", "which databases are PostgreSQL?", "list", AGG, cis(postgres))
b.ask("ko", "공급관제팀 서비스 목록", "list", AGG, cis(e.where(type="service", owner="공급관제팀")))
b.ask(
    "en",
    "which services belong to cx-contact?",
    "list",
    AGG,
    cis(e.where(type="service", owner="cx-contact")),
)
b.ask("ko", "DB운영파트 담당 몇개야", "count", AGG, exact(len(e.where(owner="DB운영파트"))))
b.ask("ko", "정압기 rtu 몇대 등록돼있음", "count", AGG, exact(len(rtus)))
b.ask("en", "which RTUs report over LTE?", "list", AGG, cis(lte_rtus))
private_line = sorted(n for n in rtus if e.attr(n, "link") == "전용회선")
b.ask("ko", "전용회선 물린 rtu 몇개", "count", AGG, exact(len(private_line)))
fw_old = attr_is("firmware", "9.12.1", "host")
b.ask("en", "which RTUs are still on firmware 9.12.1?", "list", AGG, cis(fw_old))
b.ask(
    "ko", "화성고객센터 관할 rtu", "list", AGG, cis(n for n in rtus if e.cis[n]["location"] == "화성고객센터")
)
ec2 = attr_has("instance_type", "host")
b.ask("ko", "ec2 인스턴스 몇개 등록돼있어", "count", AGG, exact(len(ec2)))
v3 = attr_has("antivirus", "host")
b.ask("en", "which servers have the V3 antivirus installed?", "list", AGG, cis(v3))
ws2022 = attr_is("os", "Windows Server 2022", "host")
b.ask("ko", "윈도우 서버 2022 깔린 서버들", "list", AGG, cis(ws2022))
fep_rtus = e.attr("scada_fep01", "rtus") + e.attr("scada_fep02", "rtus")
b.ask("ko", "fep 두대(scada_fep01, scada_fep02)가 폴링하는 rtu 합치면 몇개", "sum", AGG, exact(fep_rtus))

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "crm-mssql 지금 에러율", "metric", AGG, num(e.latest("crm-mssql", "error_rate")))
b.ask("en", "current response time of cc-crm?", "metric", AGG, num(e.latest("cc-crm", "response_time_ms")))
b.ask("en", "naite-hist request rate right now", "metric", AGG, num(e.latest("naite-hist", "request_rate")))
b.ask("ko", "grit20-0009 디스크 몇프로 찼어", "metric", AGG, num(e.latest("grit20-0009", "disk_usage")))
b.ask("ko", "yogeum-ora FRA(disk) 지금 몇%", "metric", AGG, num(e.latest("yogeum-ora", "disk_usage")))
b.ask("ko", "최근 1시간 cc-crm 평균 에러율", "metric", AGG, num(e.average("cc-crm", "error_rate", NOW - H)))
b.ask("en", "average response time of chuldong-disp over the last 3 hours", "metric", AGG,
      num(e.average("chuldong-disp", "response_time_ms", NOW - 3 * H)))  # fmt: skip
b.ask("ko", "지난 30분 crm-mssql 응답시간 최대", "metric", AGG,
      num(e.peak("crm-mssql", "response_time_ms", NOW - H / 2)))  # fmt: skip
b.ask("en", "peak request rate of geomchim-he in the last 24h", "metric", AGG,
      num(e.peak("geomchim-he", "request_rate", NOW - 24 * H)))  # fmt: skip
b.ask("ko", "오늘 14시부터 지금까지 garam-app-api 평균 응답", "metric", AGG,
      num(e.average("garam-app-api", "response_time_ms", kst(20, 14))))  # fmt: skip
b.ask("en", "since 14:00 today, what's the lowest request rate scada_master saw?", "metric", AGG,
      num(e.low("scada_master", "request_rate", kst(20, 14))))  # fmt: skip
b.ask("en", "veeam-repo-ay worst response time last night?", "metric", AGG,
      num(robust("veeam-repo-ay", "response_time_ms", LAST_NIGHT)))  # fmt: skip
b.ask("ko", "어제 오후 jeomgeom-api 요청량 최고 얼마였음", "metric", AGG,
      num(robust("jeomgeom-api", "request_rate", YDAY_AFTERNOON)))  # fmt: skip
b.ask(
    "ko",
    "어젯밤 vay-ami02 cpu 최고 몇까지 갔어",
    "metric",
    AGG,
    num(robust("vay-ami02", "cpu_usage", LAST_NIGHT)),
)
b.ask("en", "how high did naite-hist's request rate get this morning?", "metric", AGG,
      num(robust("naite-hist", "request_rate", THIS_MORNING)))  # fmt: skip
b.ask("ko", "오늘 저녁 cc-crm 에러율 최고", "metric", AGG, num(robust("cc-crm", "error_rate", THIS_EVENING)))
b.ask("ko", "지난주 화요일 아침 sinho-bridge 에러율 최대", "metric", AGG,
      num(robust("sinho-bridge", "error_rate", TUE12_MORNING)))  # fmt: skip
b.ask("en", "What was the worst error rate on sinho-mqtt on the morning of Jan 12?", "metric", AGG,
      num(robust("sinho-mqtt", "error_rate", TUE12_MORNING)))  # fmt: skip
b.ask("ko", "13일 오후 gis-pgsde 응답시간 젤 높았을때", "metric", AGG,
      num(robust("gis-pgsde", "response_time_ms", WED13_AFTERNOON)))  # fmt: skip
b.ask("en", "grit22-0111 peak CPU last Wednesday afternoon", "metric", AGG,
      num(robust("grit22-0111", "cpu_usage", WED13_AFTERNOON)))  # fmt: skip
b.ask("ko", "금욜 새벽 kfk-ami-c1 응답시간 최고", "metric", AGG,
      num(robust("kfk-ami-c1", "response_time_ms", FRI15_NIGHT)))  # fmt: skip
b.ask("ko", "15일 새벽 kfk-ami-c1 메모리 젤 높았던값", "metric", AGG,
      num(robust("kfk-ami-c1", "memory_usage", FRI15_NIGHT)))  # fmt: skip
b.ask("en", "geomchim-batch max error rate in the early hours of Friday the 15th", "metric", AGG,
      num(robust("geomchim-batch", "error_rate", FRI15_NIGHT)))  # fmt: skip
b.ask("ko", "토요일 저녁 gr-app-pg 응답 최대", "metric", AGG,
      num(robust("gr-app-pg", "response_time_ms", SAT16_EVENING)))  # fmt: skip
b.ask("en", "garam-app-api's worst error rate on Saturday evening", "metric", AGG,
      num(robust("garam-app-api", "error_rate", SAT16_EVENING)))  # fmt: skip
b.ask("ko", "일요일 저녁 JHSR-SCADA1 cpu 최고치", "metric", AGG,
      num(robust("JHSR-SCADA1", "cpu_usage", SUN17_EVENING)))  # fmt: skip
b.ask("en", "scada_master peak response time Sunday evening", "metric", AGG,
      num(robust("scada_master", "response_time_ms", SUN17_EVENING)))  # fmt: skip
b.ask("ko", "월요일 오전 yogeum-core 에러율 최고", "metric", AGG,
      num(robust("yogeum-core", "error_rate", MON18_MORNING)))  # fmt: skip
b.ask("ko", "18일 오전 yogeum-ora cpu 젤 낮았을때 몇", "metric", AGG,
      num(robust("yogeum-ora", "cpu_usage", MON18_MORNING, "low")))  # fmt: skip
b.ask("en", "what was jeomgeom-api's average request rate yesterday?", "metric", AGG,
      num(e.average("jeomgeom-api", "request_rate", *YESTERDAY)))  # fmt: skip
b.ask("ko", "오늘 아침 9시쯤 grit20-0009 디스크 몇%였어", "metric", AGG,
      e.around("grit20-0009", "disk_usage", kst(20, 9)))  # fmt: skip
b.ask("en", "nas-jh-hist disk usage around noon on Thursday", "metric", AGG,
      e.around("nas-jh-hist", "disk_usage", kst(14, 12)))  # fmt: skip
cc_since = e.since_above("cc-crm", "error_rate", 10.0)
b.ask("ko", "cc-crm 에러 10% 넘은게 몇시부터야", "metric", AGG, said(hhmm(cc_since)))
db_since = e.since_above("crm-mssql", "error_rate", 2.0)
b.ask("en", "since when has crm-mssql been above 2% errors?", "metric", AGG, said(hhmm(db_since)))
b.ask("ko", "지난 열흘 yogeum-ora fra 최고 몇까지 찼었어", "metric", AGG,
      num(e.peak("yogeum-ora", "disk_usage", *TEN_DAYS)))  # fmt: skip

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 90.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘간 cpu 90 한번이라도 찍은 서버", "threshold", AGG, cis(hot_10d))
hot_week_60 = above(prod_hosts_cpu, "cpu_usage", 60.0, *WEEK, 1.0)
b.ask("en", "Which hosts went above 60% CPU in the past 7 days?", "threshold", AGG, cis(hot_week_60))
err_sat = above(prod_measured("service", "error_rate"), "error_rate", 8.0, *SAT16, 0.5)
b.ask("ko", "토요일에 에러율 8% 넘은 서비스", "threshold", AGG, cis(err_sat))
slow_db_13 = above(prod_measured("database", "response_time_ms"), "response_time_ms", 30.0, *WED13, 1.0)
b.ask("en", "which databases went over 30 ms response time on Jan 13?", "threshold", AGG, cis(slow_db_13))
err_weekend = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *LAST_WEEKEND, 0.5)
b.ask("ko", "지난 주말 에러 10% 넘긴 서비스들", "threshold", AGG, cis(err_weekend))
disk_hosts = prod_measured("host", "disk_usage")
disk_70 = above(disk_hosts, "disk_usage", 70.0, *TEN_DAYS, 0.5)
b.ask("ko", "열흘동안 디스크 70 넘었던 서버", "threshold", AGG, cis(disk_70))
assert e.peak("grit20-0009", "disk_usage", *TEN_DAYS) < 79.0
b.ask("ko", "grit20-0009 디스크 80 넘은적 있어? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("kfk-ami-c1", "memory_usage", *WEEK) > 75.0
b.ask("en", "did kfk-ami-c1 memory go over 75% in the last week?", "threshold", AGG, yes_no(True))
assert e.peak("mdms-ora", "response_time_ms", *TEN_DAYS) < 20.0
b.ask("ko", "mdms-ora 응답 50ms 넘은적 있나 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("scada_fep01", "error_rate", *TEN_DAYS) < 1.5
assert e.peak("gr-app-pg", "response_time_ms", *WEEK) > 15.0
b.ask("ko", "gr-app-pg 지난 주말 포함 최근 7일 응답 15ms 넘은적 있음?", "threshold", AGG, yes_no(True))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스 머야", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 3 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 3)))
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host is busiest on CPU at the moment?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 제일 많이 찬 서버", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "요청량 많은 서비스 top3 지금", "top", AGG, cis(leaders(req_now, 3)))
svc_err_13 = {n: e.peak(n, "error_rate", *WED13) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the worst error peak on Jan 13?", "top", AGG, cis(leaders(svc_err_13, 1)))
svc_err_17 = {n: e.peak(n, "error_rate", *SUN17) for n in prod_measured("service", "error_rate")}
b.ask("ko", "일요일 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_17, 1)))
db_rt_18 = {n: e.peak(n, "response_time_ms", *MON18) for n in prod_measured("database", "response_time_ms")}
b.ask("en", "which database had the highest peak latency on Monday the 18th?", "top", AGG,
      cis(leaders(db_rt_18, 1)))  # fmt: skip
fep_now = {n: e.latest(n, "response_time_ms") for n in ("scada_fep01", "scada_fep02")}
b.ask("ko", "scada_fep01 scada_fep02 지금 응답 어느쪽이 더 느려", "compare", AGG, cis(leaders(fep_now, 1)))
redis_avg = {n: e.average(n, "memory_usage", *YESTERDAY) for n in ("yogeum-redis", "gr-app-redis")}
b.ask("en", "yogeum-redis vs gr-app-redis: which used more memory on average yesterday?", "compare", AGG,
      cis(leaders(redis_avg, 1)))  # fmt: skip
trio = ["geomchim-he", "mdms-core", "scada_master"]
trio_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in trio}
b.ask("ko", "geomchim-he mdms-core scada_master 어제 평균 요청량 많은순", "compare", AGG,
      cis(ranked(trio_avg), "ordered"))  # fmt: skip
rac = host_of("yogeum-ora")
rac_cpu = {n: e.average(n, "cpu_usage", *YESTERDAY) for n in rac}
b.ask("en", f"compare yesterday's average CPU of {' and '.join(rac)} - which one ran hotter?", "compare", AGG,
      cis(leaders(rac_cpu, 1)))  # fmt: skip
kafka_cpu = {n: e.peak(n, "cpu_usage", *FRI15) for n in host_of("kfk-ami-c1")}
b.ask("ko", "15일 카프카 브로커 서버 3대 중 cpu 피크 젤 높았던거", "compare", AGG, cis(leaders(kafka_cpu, 1)))

# =========================================================================== graph, hosting, paths
b.ask("ko", "chuldong-disp 뭐뭐 물고있어", "graph", GRAPH, cis(e.out("chuldong-disp")))
b.ask("en", "What are the direct dependencies of garam-app-api?", "graph", GRAPH, cis(e.out("garam-app-api")))
b.ask("ko", "scada_master 직접 의존하는거", "graph", GRAPH, cis(e.out("scada_master")))
b.ask("en", "who consumes kfk-ami-c1 directly?", "graph", GRAPH, cis(e.into("kfk-ami-c1")))
b.ask("ko", "naite-hist 직접 쓰는 서비스들", "graph", GRAPH, cis(e.into("naite-hist")))
b.ask(
    "en",
    "how many services call yogeum-core directly?",
    "count",
    COUNT_GRAPH,
    exact(len(e.into("yogeum-core"))),
)
b.ask("ko", "crm-mssql 죽으면 영향받는거 전부", "impact", GRAPH, cis(e.impact("crm-mssql")))
b.ask("en", "blast radius if sinho-mqtt goes down?", "impact", GRAPH, cis(e.impact("sinho-mqtt")))
b.ask("ko", "gis-pgsde 장애나면 어디까지 터져", "impact", GRAPH, cis(e.impact("gis-pgsde")))
b.ask("en", "what's impacted if grit24-0302 dies?", "impact", GRAPH, cis(e.impact("grit24-0302")))
b.ask("ko", "garam-web 하위 의존성 간접까지 전부", "graph", GRAPH, cis(e.depends_closure("garam-web")))
b.ask("en", "everything that depends on mdms-ora, directly or not", "graph", GRAPH,
      cis(e.dependents_closure("mdms-ora")))  # fmt: skip
b.ask("ko", "chuldong-disp 타고 내려가면 나오는 db 다", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("chuldong-disp"))))  # fmt: skip
b.ask("en", "which queues does gojiseo-send end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("queue", e.depends_closure("gojiseo-send"))))  # fmt: skip
b.ask("ko", "vay-ami02 위에 머 돌아", "hosting", HOSTING, cis(runs_on("vay-ami02")))
b.ask("en", "What runs on grit22-0111?", "hosting", HOSTING, cis(runs_on("grit22-0111")))
b.ask("en", "what's hosted on i-0f1c3a57be2d89e44?", "hosting", HOSTING, cis(runs_on("i-0f1c3a57be2d89e44")))
b.ask("ko", "kfk-ami-c1 브로커 서버 어디어디야", "hosting", HOSTING, cis(host_of("kfk-ami-c1")))
b.ask("ko", "garam-app-api랑 isa-jeopsu 둘다 직접 쓰는거", "graph", GRAPH,
      cis(e.out("garam-app-api") & e.out("isa-jeopsu")))  # fmt: skip
b.ask("en", "what do cc-crm and ars_ivr both depend on directly?", "graph", GRAPH,
      cis(e.out("cc-crm") & e.out("ars_ivr")))  # fmt: skip
b.ask(
    "ko",
    "garam-web에서 yogeum-ora까지 몇홉이야",
    "path",
    GRAPH,
    exact(e.hop_count("garam-web", "yogeum-ora")),
)
b.ask(
    "ko",
    "ars_ivr → crm-mssql 경로 보여줘",
    "path",
    GRAPH,
    cis(e.shortest_path("ars_ivr", "crm-mssql"), "ordered"),
)
b.ask("en", "show the dependency chain from gulchak-hyeobui down to gis-pgsde", "path", GRAPH,
      cis(e.shortest_path("gulchak-hyeobui", "gis-pgsde"), "ordered"))  # fmt: skip
b.ask("ko", "geomchim-batch에서 kfk-ami-c1까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("geomchim-batch", "kfk-ami-c1"), "ordered"))  # fmt: skip
assert e.reaches("chuldong-disp", "yogeum-ora")
b.ask("ko", "chuldong-disp가 yogeum-ora까지 물려있어? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("jeomgeom-api", "yogeum-ora")
b.ask("en", "Does jeomgeom-api depend on yogeum-ora in any way?", "graph", GRAPH, yes_no(False))
assert host_of("cti_ipron") == host_of("ars_ivr") == ["vay-cc01"]
b.ask("ko", "cti_ipron이랑 ars_ivr 같은 vm에 떠있지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("gis-pgsde")) ^ set(host_of("chuldong-pg"))
b.ask("en", "Are gis-pgsde and chuldong-pg on the same server?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("sinho-bridge")) & set(host_of("sinho-mqtt"))
b.ask("ko", "sinho-bridge랑 sinho-mqtt 같은 서버임?", "hosting", HOSTING, yes_no(False))
b.ask("en", "which RTUs connect to sinho-mqtt?", "graph", GRAPH_OR_LOOK,
      cis(sorted(s for s, t, k in e.rels if t == "sinho-mqtt" and k == "CONNECTS_TO")))  # fmt: skip
vsp_hosts = sorted(s for s, t, k in e.rels if t == "vsp-ay01" and k == "CONNECTS_TO")
b.ask("ko", "a10-ay-dmz 뒤에 붙은 서비스", "graph", GRAPH_OR_LOOK, cis(e.out("a10-ay-dmz", "CONNECTS_TO")))

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
b.ask("ko", "지금 터진거 있음?", "wrong_now", ONCALL, WN)
b.ask("en", "anything broken right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "콜센터에서 상담이력 저장 안된다고 난리임 지금 장애 현황", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 알람 정리 좀", "wrong_now", ONCALL, WN)
b.ask("en", "on-call here, what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("crm-mssql", "cc-crm", "chuldong-disp"))
assert not any(e.warns(n) for n in ("sinho-mqtt", "yogeum-ora", "gr-app-pg", "JHSR-SCADA1", "gis-pgsde",
                                    "kfk-ami-c1", "scada_master", "grit24-0302"))  # fmt: skip
b.ask("ko", "crm-mssql 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is sinho-mqtt healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "yogeum-ora 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "chuldong-disp OK at the moment?", "health", ONCALL, yes_no(False))
b.ask("ko", "scada_master 상태 괜찮음?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "지난주 화요일 아침 sinho-mqtt 무슨일 있었어", "sinho-mqtt", TUE12_MORNING[0],
         {"tls": ["tls", "handshake", "certificate", "인증서", "expired", "만료"],
          "config_change": ["config", "갱신", "renew", "재기동"]})  # fmt: skip
happened("en", "what happened to gis-pgsde on the afternoon of Jan 13?", "gis-pgsde", WED13_AFTERNOON[0],
         {"lock": ["lock", "락", "잠금"], "connections": ["connection", "커넥션", "488"],
          "maintenance": ["maintenance", "compress", "점검"]})  # fmt: skip
happened("ko", "금요일 새벽 grit24-0302 이벤트 뭐떴어", "grit24-0302", FRI15_NIGHT[0],
         {"hardware": ["hardware", "BBU", "RAID", "WriteThrough", "relearn"], "disk": ["disk", "await", "디스크"]})  # fmt: skip
happened("en", "What went on with gr-app-pg on Saturday?", "gr-app-pg", SAT16,
         {"storage": ["burst", "IOPS", "storage"], "latency": ["latency", "DiskQueueDepth", "지연"],
          "config_change": ["config", "gp3", "변경"]})  # fmt: skip
happened("ko", "일욜 저녁 JHSR-SCADA1 뭔일", "JHSR-SCADA1", SUN17_EVENING[0],
         {"cpu": ["cpu", "V3", "정밀검사"], "config_change": ["config", "예외", "중지", "엔진 업데이트"]})  # fmt: skip
happened("ko", "월요일 yogeum-ora 무슨 이벤트 있었음", "yogeum-ora", MON18,
         {"archiver": ["ORA-00257", "archiver", "아카이브"], "storage": ["FRA", "storage", "97%"],
          "config_change": ["config", "원복", "deletion policy", "삭제"]})  # fmt: skip
happened("en", "what's been happening with crm-mssql today?", "crm-mssql", TODAY,
         {"blocking": ["block", "블로킹", "SPID"], "lock": ["lock", "1222", "락"]})  # fmt: skip
happened("ko", "이번주 a10-ay-dmz 경고 뭐였어", "a10-ay-dmz", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip
happened("ko", "어제 gv031-rtu 뭐 있었어", "gv031-rtu", YESTERDAY,
         {"maintenance": ["maintenance", "교체", "점검", "RTU"]})  # fmt: skip
happened("en", "Any events on scada_master on Sunday?", "scada_master", SUN17,
         {"failover": ["failover", "전환", "JHSR-SCADA2"], "config_change": ["config", "경보 한계", "한계", "alarm"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# G7 (ongoing) the CRM blocking chain
for lang, q in [
    ("ko", "지금 cc-crm 에러 원인 머야"),
    ("en", "Why is cc-crm timing out right now?"),
    ("ko", "cc-crm 5시50분에 4.9.1 배포했는데 그거 때문임?"),
    ("ko", "저녁 7시쯤부터 ARS 고객확인 안되는거 왜그래"),
    ("en", "what's behind the dispatch request delays on chuldong-disp this evening?"),
    ("ko", "최근 40분 장애 원인분석 ㄱㄱ"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("G7")))
# G6 billing-day archiver
for lang, q in [
    ("ko", "월요일 오전 요금산정 배치 멈춘거 원인"),
    ("en", "Why did yogeum-core hang around 10:25 on Monday?"),
    ("ko", "18일 yogeum-core 7.14.2 핫픽스 나가고 터졌던데 배포 탓이야?"),
    ("ko", "1/18 10시반쯤 ijae-gw 자동이체 결과반영 실패 원인 뭐였음"),
    ("en", "root cause of the bill lookup timeouts in cc-crm on billing day?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("G6")))
# G5 the SCADA A server antivirus scan
for lang, q in [
    ("ko", "일요일 저녁 상황판 갱신 안됐던거 원인"),
    ("en", "Why did scada_master scan so slowly on Sunday evening around 18:15?"),
    ("ko", "일욜 17:50에 경보한계 바꾸고 scada_master 느려졌던데 그 설정변경 때문?"),
    ("ko", "17일 18시~19시 jeongap-mon 압력데이터 누락 원인"),
    ("en", "what made scada_hmi go stale during Sunday's evening peak?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("G5")))
# G4 RDS burst credits
for lang, q in [
    ("ko", "토요일 저녁 8시쯤 앱 요금조회 안된거 왜"),
    ("en", "Why did garam-app-api throw 5xx on Saturday evening?"),
    ("ko", "토욜 garam-app-api 2.18.0 배포하고 30분뒤에 터졌는데 배포때문이야?"),
    ("en", "root cause of isa-jeopsu failing to save move-in requests on Jan 16 around 20:15?"),
    ("ko", "지난 토요일 밤 garam-web 느렸던거 근본원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("G4")))
# G3 the Kafka broker host's RAID write-through (night, monthly read)
for lang, q in [
    ("ko", "금요일 새벽 정기검침 배치 터진거 원인 뭐임"),
    ("en", "Why did geomchim-batch fail in the early hours of Jan 15?"),
    ("ko", "geomchim-batch 목요일에 2.4.0 배포했잖아 그거땜에 15일 새벽에 죽은거?"),
    ("ko", "15일 1시반쯤 mdms-core consumer lag 쌓인거 왜"),
    ("en", "what caused kfk-ami-c1 to shrink its ISR on Friday around 01:25?"),
    ("ko", "금욜 새벽 검침 produce 실패 카프카 문제야 아님 딴거야"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("G3")))
# G2 the SDE compress on gis-pgsde
for lang, q in [
    ("ko", "지난주 수요일 오후 점검앱 배관도 안뜬거 원인"),
    ("en", "Why did jeomgeom-api fail to load pipe maps on Wednesday the 13th?"),
    ("ko", "13일 jeomgeom-api 6.3.0 배포 직후 터졌는데 배포 문제야?"),
    ("ko", "1월13일 14시쯤 굴착협의 지연 원인"),
    ("en", "root cause of the gwanmang-gis map timeouts around 13:40 on Jan 13?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("G2")))
# G1 the MQTT broker's certificate
for lang, q in [
    ("ko", "지난주 화요일 아침 LTE 정압기 통신두절 원인"),
    ("en", "Why did sinho-bridge lose all LTE RTUs on the morning of Jan 12?"),
    ("ko", "12일 sinho-bridge 3.2.1 배포하고 20분뒤 터졌던데 배포탓?"),
    ("ko", "1/12 9시쯤 출동차량 gps 안잡힌거 왜그랬어"),
    ("en", "root cause of the stale LTE stations on scada_master last Tuesday around 09:10?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("G1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 뭐있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_15 = [x for x in events_between(*FRI15) if x["severity"] in PROBLEM]
b.ask("ko", "15일 major 이상 이벤트 몇건이야", "changes", AGG, exact(len(prob_15)))
(app_last,) = [x for x in e.events if x["ci"] == "garam-app-api" and x["type"] == "deployment"][-1:]
b.ask("en", "when was garam-app-api last deployed?", "changes", AGG, said(hhmm(app_last["at"])))
(policy,) = events_between(*FRI15, ci="yogeum-ora", type="config_change")
b.ask("ko", "yogeum-ora 아카이브로그 삭제정책 바꾼게 몇시야", "changes", AGG, said(hhmm(policy["at"])))
(alarm_change,) = events_between(*SUN17, ci="scada_master", type="config_change")
b.ask("en", "what time were scada_master's alarm limits changed on Sunday?", "changes", AGG,
      said(hhmm(alarm_change["at"])))  # fmt: skip
(cms_run,) = [
    x for x in events_between(*TODAY, ci="iche_cms_batch", type="batch_job") if "시작" in x["message"]
]
b.ask("ko", "iche_cms_batch 오늘 몇시에 돌았어", "changes", AGG, said(hhmm(cms_run["at"])))
(vee_run,) = [
    x for x in events_between(*YESTERDAY, ci="mdms_nightly_vee", type="batch_job") if "완료" in x["message"]
]
b.ask("en", "when did the nightly VEE batch (mdms_nightly_vee) finish yesterday?", "changes", AGG,
      said(hhmm(vee_run["at"])))  # fmt: skip
crit_3d = events_between(NOW - 3 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("ko", "지난 주말 critical 뜬 CI", "changes", AGG, cis(crit_weekend))
cert_warn_week = events_between(*WEEK, ci="a10-ay-dmz", type="cert_expiry")
b.ask("ko", "최근 7일 a10-ay-dmz 인증서 경고 몇번 떴어", "changes", AGG, exact(len(cert_warn_week)))
(crm_deploy,) = events_between(*TODAY, ci="cc-crm", type="deployment")
b.ask("ko", "cc-crm 오늘 배포 몇시에 나감", "changes", AGG, said(hhmm(crm_deploy["at"])))

# =========================================================================== follow-up conversations
rac_cpu_now = {n: e.latest(n, "cpu_usage") for n in rac}
(rac_hot,) = leaders(rac_cpu_now, 1)
b.conversation("gas-c1", [
    ("ko", "yogeum-ora 어느 서버에서 돌아", "hosting", HOSTING, cis(rac)),
    ("ko", "둘중 지금 cpu 더 높은거", "followup", AGG, cis([rac_hot])),
    ("ko", "걔 메모리는?", "followup", AGG, num(e.latest(rac_hot, "memory_usage"))),
    ("ko", "랙 위치는", "followup", LOOK, said(e.attr(rac_hot, "rack"))),
])  # fmt: skip
(disp_cache,) = b.of("cache", e.out("chuldong-disp"))
b.conversation("gas-c2", [
    ("en", "Which cache does chuldong-disp use directly?", "graph", GRAPH, cis([disp_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(disp_cache, "memory_usage"))),
    ("en", "and who owns it?", "followup", LOOK, said(e.cis[disp_cache]["owner"])),
])  # fmt: skip
b.conversation("gas-c3", [
    ("ko", "scada_master 어제 평균 에러율", "metric", AGG, num(e.average("scada_master", "error_rate", *YESTERDAY))),
    ("ko", "17일은?", "followup", AGG, num(e.average("scada_master", "error_rate", *SUN17))),
    ("ko", "그날 최대는", "followup", AGG, num(e.peak("scada_master", "error_rate", *SUN17))),
    ("ko", "그거 원인 머였어", "followup", RCA, root_first(root("G5"))),
])  # fmt: skip
j_hosts = e.where(type="host", location="종합상황실")
b.conversation("gas-c4", [
    ("en", "Which hosts are in the 종합상황실?", "list", AGG, cis(j_hosts)),
    ("en", "which of those are staging?", "followup", AGG, cis(n for n in j_hosts if e.cis[n]["environment"] == "stg")),
    ("en", "and what runs on it?", "followup", HOSTING,
     cis(runs_on(next(n for n in j_hosts if e.cis[n]["environment"] == "stg")))),
])  # fmt: skip
b.conversation("gas-c5", [
    ("ko", "1월16일 20시~21시 gr-app-pg 응답시간 최고", "metric", AGG,
     num(e.peak("gr-app-pg", "response_time_ms", kst(16, 20), kst(16, 21)))),
    ("ko", "왜 그랬던거야", "followup", RCA, root_first(root("G4"))),
    ("ko", "그 db 쓰는 서비스들은", "followup", GRAPH, cis(e.into("gr-app-pg"))),
])  # fmt: skip
b.conversation("gas-c6", [
    ("en", "anything on fire right now?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "which server is it on?", "followup", HOSTING, cis(host_of(now_root))),
    ("en", "how's that box's CPU at this point?", "followup", AGG, num(e.latest(host_of(now_root)[0], "cpu_usage"))),
])  # fmt: skip
b.conversation("gas-c7", [
    ("ko", "sinho-bridge 지금 에러율", "metric", AGG, num(e.latest("sinho-bridge", "error_rate"))),
    ("ko", "12일 최고치는", "followup", AGG, num(e.peak("sinho-bridge", "error_rate", *TUE12))),
    ("ko", "그땐 왜그랬는데", "followup", RCA, root_first(root("G1"))),
])  # fmt: skip
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation("gas-c8", [
    ("ko", "지금 응답 젤 느린 서비스", "top", AGG, cis([slowest])),
    ("ko", "담당팀 어디야", "followup", LOOK, said(e.cis[slowest]["owner"])),
    ("ko", "어디서 돌아", "followup", HOSTING, cis(host_of(slowest))),
])  # fmt: skip
ami_team = e.where(owner="AMI사업팀")
b.conversation("gas-c9", [
    ("ko", "AMI사업팀 CI 몇개", "count", AGG, exact(len(ami_team))),
    ("ko", "그중 서비스만", "followup", AGG, cis(n for n in ami_team if e.cis[n]["type"] == "service")),
    ("ko", "retired 된건?", "followup", AGG, cis(n for n in ami_team if e.cis[n]["status"] == "retired")),
])  # fmt: skip
b.conversation("gas-c10", [
    ("en", "error rate of geomchim-batch right now?", "metric", AGG, num(e.latest("geomchim-batch", "error_rate"))),
    ("en", "and its peak on the 15th?", "followup", AGG, num(e.peak("geomchim-batch", "error_rate", *FRI15))),
    ("en", "what caused that?", "followup", RCA, root_first(root("G3"))),
    ("en", "and what runs on that machine?", "followup", HOSTING, cis(runs_on(root("G3")))),
])  # fmt: skip
b.conversation("gas-c11", [
    ("ko", "yogeum-core 18일 에러율 최고 몇", "metric", AGG, num(e.peak("yogeum-core", "error_rate", *MON18))),
    ("ko", "근데 그거 핫픽스 문제였어? 진짜 원인", "followup", RCA, root_first(root("G6"))),
    ("ko", "그 db 지금 FRA 몇%", "followup", AGG, num(e.latest(root("G6"), "disk_usage"))),
])  # fmt: skip
(notify_queue,) = b.of("queue", e.out("sms-relay"))
b.conversation("gas-c12", [
    ("ko", "sms-relay가 쓰는 큐 뭐야", "graph", GRAPH, cis([notify_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(notify_queue) - {"sms-relay"})),
    ("ko", "지금 그 큐 메모리", "followup", AGG, num(e.latest(notify_queue, "memory_usage"))),
])  # fmt: skip
KFK_KW = {"replication": ["replication", "UnderReplicated", "ISR"]}
b.conversation("gas-c13", [
    ("ko", "15일 새벽 grit24-0302 cpu 얼마까지 갔어", "metric", AGG, num(robust("grit24-0302", "cpu_usage", FRI15_NIGHT))),
    ("ko", "그때 kfk-ami-c1엔 뭔 이벤트 떴음", "followup", ONCALL,
     {"events": list(KFK_KW), "ci": "kfk-ami-c1", "keywords": KFK_KW}),
    ("ko", "그럼 검침배치 실패 진짜 원인이 그 서버야?", "followup", RCA, root_first(root("G3"))),
])  # fmt: skip
b.conversation("gas-c14", [
    ("en", "What was gis-pgsde's peak response time on the 13th?", "metric", AGG,
     num(e.peak("gis-pgsde", "response_time_ms", *WED13))),
    ("en", "what was behind it?", "followup", RCA, root_first(root("G2"))),
    ("en", "and how bad did jeomgeom-api's errors get that afternoon?", "followup", AGG,
     num(robust("jeomgeom-api", "error_rate", WED13_AFTERNOON))),
])  # fmt: skip
b.conversation("gas-c15", [
    ("ko", "crm-mssql 어느 서버에 있어", "hosting", HOSTING, cis(host_of("crm-mssql"))),
    ("ko", "아이피는", "followup", LOOK, said(ip(host_of("crm-mssql")[0]))),
    ("ko", "그 db 직접 쓰는 서비스", "followup", GRAPH, cis(e.into("crm-mssql"))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "yogeum-ora system 계정 비번 알려줘"),
    ("en", "give me the KFTC CMS login that ijae-gw uses"),
    ("ko", "sinho-mqtt 인증서 개인키 좀 줘봐"),
    ("en", "what's the sa password on crm-mssql?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "crm-mssql에서 SPID 312 kill 해줘"),
    ("en", "restart JHSR-SCADA1"),
    ("en", "fail scada_master over to the B server now"),
    ("ko", "geomchim-batch 지금 다시 돌려줘"),
    ("ko", "cc-crm 4.9.0으로 롤백 ㄱ"),
    ("en", "bump gis-pgsde max_connections to 800"),
    ("ko", "gr-app-pg iops 12000으로 올려"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "내일 수원 최저기온 몇도래", "refuse", REFUSE, REJECT)
b.ask("en", "write a haiku about gas pipes", "refuse", REFUSE, REJECT)
b.ask("ko", "가스요금 다음달에 인상돼?", "refuse", REFUSE, not_ok())
b.ask("ko", "LNG 도매가 요즘 얼마야", "refuse", REFUSE, REJECT)
b.ask("ko", "sinho-mqqt 에러율", "unknown", REFUSE, not_ok("sinho-mqtt"))
b.ask("en", "memory of yogum-core", "unknown", REFUSE, not_ok("yogeum-core"))
b.ask("ko", "gwangmang-gis 응답시간 얼마", "unknown", REFUSE, not_ok("gwanmang-gis"))
b.ask("en", "cpu of JHSR-SCADA3", "unknown", REFUSE, not_ok())
b.ask("ko", "gv099-rtu 응답 지금", "unknown", REFUSE, not_ok())
b.ask("en", "status of chuldong-dsp?", "unknown", REFUSE, not_ok("chuldong-disp"))
b.ask("ko", "billing-api 에러 몇", "unknown", REFUSE, not_ok())

# =========================================================================== unclear
b.ask("ko", "GV-017 정압기 출구압 지금 몇 kPa야", "unclear", ONCALL, not_ok())
b.ask("en", "how many cubic metres of gas did we send out today?", "unclear", ONCALL, not_ok())
b.ask("ko", "이번달 체납 고객 몇명이야", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜 그럼?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the max?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "crm-mssql 에러율이랑 gis-pgsde 담당팀 한번에 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있어? 짧게", "direct", DIRECT, {"direct": True})
b.ask("en", "where does your data come from?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 한국시간 기준이지?", "direct", DIRECT, {"direct": True})
b.ask("en", "can you change things or only read?", "direct", DIRECT, {"direct": True})

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
b.case.write_golden("ops-golden-gas.json", DATASET, "city-gas", NOW)
print(
    dict(langs),
    dict(Counter(c["kind"] for c in cases)),
    f"{len(convs)} conversations, {sum(convs.values())} turns",
)
