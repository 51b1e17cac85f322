"""Write tests/fixtures/ops-golden-pst.json: blind batch 49, OPS questions over the postal-service estate.

The estate (bench/pst_estate.py) is a Korean national postal operator's IT (국가우정본부): counter parcel
acceptance (`jebi-*` on the Oracle RAC `ora-upost`), the online post office and the B2B parcel API in the
G-클라우드 zone, delivery tracking (`bidulgi-*` over Kafka `kfk-trk` and Elasticsearch `es-trk`), the carriers' PDA
backend (`kkachi-*`), three sorting centres with PLC gateways and scanner collectors on centre edge servers, the
central sort control and the 01:30 sort-plan batch, international EMS with the legacy customs EDI over IBM MQ,
the road-name address service on PostgreSQL `pg-juso`, postal savings and insurance in the separate 금융망 zone
(`YEGEUM_CORE` on Db2 `DB2_YGP`, `BOHUM_CORE`, the interbank FEP behind `MQ_YG_FEP`, internet / mobile banking,
the month-end interest batch `ija_wolmal_bt`), the call centre and the nationwide WAN; sites 세종IDC, 광주DR센터,
G-클라우드, three sorting centres, 서울중앙우체국 and the call centre; environments prod / stg / dev. Now = Monday
2027-09-06 10:40 KST, a Monday counter peak in the 추석 parcel season; seven injected incidents (P1–P7, the last
ongoing): P1 on Monday Aug 30's counter opening, P2 in the small hours of Wednesday Sep 1 (month-end night), P3
in Thursday Sep 2's morning sorting wave, P4 on Friday Sep 3's afternoon, P5 in Saturday Sep 4's sorting
wave (weekend), P6 on Sunday Sep 5's evening (yesterday, weekend), P7 this morning.
Every expected value is computed here from the written files (estate_kit.Estate and the faults file); nothing is
typed by hand except the questions. Where a loose phrase (새벽, 오전, 저녁, "this morning") has several readings,
only values every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call chat:
반말, typos, missing spaces, Korean/English mixed, abbreviations) and 40 % English.

    .venv/bin/python bench/pst_golden.py   # after bench/pst_estate.py
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
    not_ok,
    num,
    root_first,
    said,
    top,
    wrong_now,
    yes_no,
)

DATASET = "postal-service"
NOW = datetime(2027, 9, 6, 1, 40, tzinfo=UTC)  # Monday 10:40 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)

b = Batch.over(DATASET, NOW, "pst", "batch-49")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def kst(d: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul wall-clock time of the window: days 20–31 in August 2027, days 1–19 in September."""
    month = 8 if d >= 20 else 9
    return datetime(2027, month, d, hh, mm, tzinfo=SEOUL)


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


TODAY = (kst(6, 0), NOW)
YESTERDAY = day(5)  # Sunday
FRI27, SAT28, SUN29, MON30, TUE31 = (day(d) for d in (27, 28, 29, 30, 31))
WED01, THU02, FRI03, SAT04, SUN05 = (day(d) for d in (1, 2, 3, 4, 5))
LAST_WEEK = (kst(30, 0), kst(6, 0))  # Monday Aug 30 to Sunday Sep 5
LAST_WEEKEND = (kst(4, 0), kst(6, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
THIS_MORNING = part(6, (0, 12), (6, 10 + 40 / 60))  # up to now either way
MON30_MORNING = part(30, (6, 12), (8, 11))
WED01_NIGHT = part(1, (0, 6), (0, 4))
THU02_NIGHT = part(2, (0, 6), (2, 6))
FRI03_AFTERNOON = part(3, (12, 18), (13, 16))
SAT04_NIGHT = part(4, (0, 6), (2, 6))
SUN05_EVENING = part(5, (18, 22), (17, 23))
LAST_NIGHT = part(5, (19, 24), (18, 30))  # 어젯밤: Sunday evening into this morning's small hours
STAGING = e.where(environment="stg")
ip = lambda n: e.attr(n, "ip")  # noqa: E731
fin_zone = sorted(n for n, c in e.cis.items() if c["attributes"].get("zone") == "금융망")
centres = ["동서울우편집중국", "부산우편집중국", "중부권광역우편물류센터"]

# =========================================================================== attribute lookups
b.ask("ko", "jebi-pos-api 버젼 머임", "attribute", LOOK, said(e.attr("jebi-pos-api", "version")))
b.ask("ko", "ora-upost processes 파라미터 몇으로 잡혀있지", "attribute", LOOK,
      exact(e.attr("ora-upost", "processes")))  # fmt: skip
b.ask("en", "what's the SID of ora-upost?", "attribute", LOOK, said(e.attr("ora-upost", "sid")))
b.ask("ko", "kfk-trk min isr 설정 얼마", "attribute", LOOK, exact(e.attr("kfk-trk", "min_insync_replicas")))
b.ask("ko", "MQ_YG_FEP xmitq 맥스뎁스 몇", "attribute", LOOK, exact(e.attr("MQ_YG_FEP", "xmitq_maxdepth")))
b.ask("ko", "l4-sj-ext 인증서 만료 언제임", "attribute", LOOK, said(e.attr("l4-sj-ext", "cert_expiry")))
b.ask("ko", "DB2_YGP ssid 뭐였지", "attribute", LOOK, said(e.attr("DB2_YGP", "ssid")))
b.ask("ko", "BSN-SRT-E1 백신 머 깔려있어", "attribute", LOOK, said(e.attr("BSN-SRT-E1", "av")))
b.ask("ko", "dsl-plcgw 슈트 몇개짜리", "attribute", LOOK, exact(e.attr("dsl-plcgw", "chutes")))
b.ask(
    "en", "what kind of sorter does bsn-plcgw drive?", "attribute", LOOK, said(e.attr("bsn-plcgw", "sorter"))
)
b.ask("ko", "집배원 몇명 등록돼있어? kkachi-pda-api 기준", "attribute", LOOK,
      exact(e.attr("kkachi-pda-api", "carriers")))  # fmt: skip
b.ask("ko", "onpost-web 커넥션풀 max 지금 얼마로 돼있음", "attribute", LOOK,
      exact(e.attr("onpost-web", "db_pool_max")))  # fmt: skip
b.ask("en", "how many partners are on uj-apigw?", "attribute", LOOK, exact(e.attr("uj-apigw", "partners")))
b.ask("ko", "고객센터 대표번호 cc-cti에 머로 돼있어", "attribute", LOOK, said(e.attr("cc-cti", "phone")))
b.ask("ko", "ujh-04127 랙 위치", "attribute", LOOK, said(e.attr("ujh-04127", "rack")))
b.ask("en", "which VAN does jebi-pay go through?", "attribute", LOOK, said(e.attr("jebi-pay", "van")))
b.ask(
    "en",
    "tariff table revision loaded in jebi-rate?",
    "attribute",
    LOOK,
    said(e.attr("jebi-rate", "tariff_table")),
)
b.ask("ko", "wan-agg-yeongnam 밑에 우체국 몇개 붙어있어", "attribute", LOOK,
      exact(e.attr("wan-agg-yeongnam", "offices")))  # fmt: skip
b.ask("en", "es-trk shard count", "attribute", LOOK, exact(e.attr("es-trk", "shards")))
b.ask("ko", "nas-sj-img 총용량 몇테라", "attribute", LOOK, exact(e.attr("nas-sj-img", "capacity_tb")))
b.ask(
    "en",
    "when does ija_wolmal_bt run?",
    "attribute",
    LOOK,
    said(e.attr("ija_wolmal_bt", "schedule").split()[-1]),
)
b.ask("en", "who owns bunryu-wcs?", "attribute", LOOK, said(e.cis["bunryu-wcs"]["owner"]))
b.ask("en", "how long does kkachi-photo keep delivery photos?", "attribute", LOOK,
      exact(e.attr("kkachi-photo", "retention_days")))  # fmt: skip
b.ask("ko", "gc-i-0b77c4e1 아이피 머야", "attribute", LOOK, said(ip("gc-i-0b77c4e1")))

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "부산집중국에 등록된 ci 몇개", "count", AGG, exact(len(e.where(location="부산우편집중국"))))
b.ask("en", "list everything in the G-클라우드 zone", "list", AGG, cis(e.where(location="G-클라우드")))
b.ask("ko", "스테이징 환경 뭐뭐있냐", "list", AGG, cis(STAGING))
b.ask("ko", "dev 환경 목록", "list", AGG, cis(e.where(environment="dev")))
b.ask("en", "How many production CIs are there?", "count", AGG, exact(len(e.where(environment="prod"))))
b.ask("ko", "점검중(maintenance)인거 뭐있어", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "anything decommissioned in the CMDB?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "메시지큐 종류별로 다 ㄱ", "list", AGG, cis(e.of_type("queue")))
b.ask("en", "which caches do we have?", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "운영 디비 몇개임", "count", AGG, exact(len(e.of_type("database", "prod"))))
pgs = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("ko", "포스트그레스 db 전부", "list", AGG, cis(pgs))
oracles = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "oracle")
b.ask("en", "Which databases are Oracle?", "list", AGG, cis(oracles))
b.ask("en", "list the storage arrays", "list", AGG, cis(e.of_type("storage")))
b.ask("ko", "DB운영팀 담당 몇개야", "count", AGG, exact(len(e.where(owner="DB운영팀"))))
b.ask(
    "ko",
    "물류정보팀 소유 서비스 다 뽑아봐 (폐기된것도 포함)",
    "list",
    AGG,
    cis(e.where(type="service", owner="물류정보팀")),
)
b.ask("en", "what services does tracking-platform own?", "list", AGG,
      cis(e.where(type="service", owner="tracking-platform")))  # fmt: skip
b.ask("ko", "zone 속성 금융망으로 돼있는 ci 전부", "list", AGG, cis(fin_zone))
b.ask("en", "how many CIs have zone set to 금융망?", "count", AGG, exact(len(fin_zone)))
s7 = attr_is("protocol", "Siemens S7", "service")
b.ask("ko", "지멘스 S7로 붙는 plc 게이트웨이 어떤거", "list", AGG, cis(s7))
b.ask("en", "total scanners across the three scanner collectors?", "sum", AGG,
      exact(sum(e.attr(n, "scanners") for n in e.of_type("service") if "scanners" in e.cis[n]["attributes"])))  # fmt: skip
edges = sorted(n for n in e.of_type("host") if "centre" in e.cis[n]["attributes"])
b.ask("ko", "집중국 엣지서버 다 나열", "list", AGG, cis(edges))
vms = attr_is("hypervisor", "VMware vSphere 8.0U3")
r660 = attr_is("model", "Dell PowerEdge R660", "host")
b.ask(
    "en", "which hosts are in the cloud zone?", "list", AGG, cis(e.where(type="host", location="G-클라우드"))
)
routers = sorted(n for n in e.of_type("host") if "router" in e.cis[n]["attributes"].get("device", ""))
b.ask("ko", "wan 라우터 몇대 등록돼있음", "count", AGG, exact(len(routers)))
b.ask("ko", "wan-noc 관리하는 장비 목록", "list", AGG, cis(e.where(owner="wan-noc")))
lb_2027 = sorted(n for n in e.of_type("load_balancer") if e.attr(n, "cert_expiry") < "2028-01-01")
b.ask("en", "which load balancer's certificate runs out this year?", "list", AGG, cis(lb_2027))

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "ora-upost 지금 에러율", "metric", AGG, num(e.latest("ora-upost", "error_rate")))
b.ask("en", "current error rate of jebi-pos-api?", "metric", AGG, num(e.latest("jebi-pos-api", "error_rate")))
b.ask("ko", "jebi-rate 현재 응답속도", "metric", AGG, num(e.latest("jebi-rate", "response_time_ms")))
b.ask("en", "ora-upost CPU right now", "metric", AGG, num(e.latest("ora-upost", "cpu_usage")))
b.ask("ko", "ujh-04720 디스크 지금 몇퍼", "metric", AGG, num(e.latest("ujh-04720", "disk_usage")))
b.ask("ko", "지난 1시간 jebi-pos-api 평균 에러율", "metric", AGG,
      num(e.average("jebi-pos-api", "error_rate", NOW - H)))  # fmt: skip
b.ask("en", "average ora-upost response time over the last 3 hours", "metric", AGG,
      num(e.average("ora-upost", "response_time_ms", NOW - 3 * H)))  # fmt: skip
b.ask("en", "average response time of jebi-pos-api since 09:00?", "metric", AGG,
      num(e.average("jebi-pos-api", "response_time_ms", kst(6, 9))))  # fmt: skip
b.ask("ko", "10시부터 지금까지 jebi-rate 에러율 평균", "metric", AGG,
      num(e.average("jebi-rate", "error_rate", kst(6, 10))))  # fmt: skip
b.ask("ko", "오늘 아침 jebi-pos-api 에러 최고 몇까지 갔어", "metric", AGG,
      num(robust("jebi-pos-api", "error_rate", THIS_MORNING)))  # fmt: skip
b.ask(
    "en",
    "peak ora-upost cpu this morning?",
    "metric",
    AGG,
    num(robust("ora-upost", "cpu_usage", THIS_MORNING)),
)
b.ask("ko", "어제 yg-mbank 요청량 최저", "metric", AGG, num(e.low("yg-mbank", "request_rate", *YESTERDAY)))
b.ask("ko", "지난주 월욜 오전 pg-juso cpu 최대", "metric", AGG,
      num(robust("pg-juso", "cpu_usage", MON30_MORNING)))  # fmt: skip
b.ask("en", "how bad did jebi-pos-api's error rate get on the morning of Aug 30?", "metric", AGG,
      num(robust("jebi-pos-api", "error_rate", MON30_MORNING)))  # fmt: skip
b.ask("ko", "9월1일 새벽 ija_wolmal_bt 에러율 최고", "metric", AGG,
      num(robust("ija_wolmal_bt", "error_rate", WED01_NIGHT)))  # fmt: skip
b.ask("en", "DB2_YGP worst response time in the early hours of Sep 1", "metric", AGG,
      num(robust("DB2_YGP", "response_time_ms", WED01_NIGHT)))  # fmt: skip
b.ask("ko", "목요일 새벽 kfk-trk 메모리 젤 높았을때", "metric", AGG,
      num(robust("kfk-trk", "memory_usage", THU02_NIGHT)))  # fmt: skip
b.ask("en", "bidulgi-trk peak error rate during Thursday's sorting wave", "metric", AGG,
      num(robust("bidulgi-trk", "error_rate", THU02_NIGHT)))  # fmt: skip
b.ask("ko", "목욜 새벽 3시~4시 dsl-scancol 요청량 젤 낮았던값", "metric", AGG,
      num(e.low("dsl-scancol", "request_rate", kst(2, 3), kst(2, 4))))  # fmt: skip
b.ask("ko", "토요일 새벽 BSN-SRT-E1 cpu 최고", "metric", AGG,
      num(robust("BSN-SRT-E1", "cpu_usage", SAT04_NIGHT)))  # fmt: skip
b.ask("en", "bsn-plcgw worst error rate in the small hours of Saturday", "metric", AGG,
      num(robust("bsn-plcgw", "error_rate", SAT04_NIGHT)))  # fmt: skip
b.ask("ko", "금요일 오후 nas-sj-img 응답시간 최대", "metric", AGG,
      num(robust("nas-sj-img", "response_time_ms", FRI03_AFTERNOON)))  # fmt: skip
b.ask("en", "kkachi-photo max response time on Friday afternoon (Sep 3)", "metric", AGG,
      num(robust("kkachi-photo", "response_time_ms", FRI03_AFTERNOON)))  # fmt: skip
b.ask("ko", "어제 저녁 MQ_YG_FEP 메모리 최고치", "metric", AGG,
      num(robust("MQ_YG_FEP", "memory_usage", SUN05_EVENING)))  # fmt: skip
b.ask("en", "yg-mbank peak error rate last night", "metric", AGG,
      num(robust("yg-mbank", "error_rate", LAST_NIGHT)))  # fmt: skip
b.ask("ko", "어제밤 FEP_KFTC 응답 최고 얼마였음", "metric", AGG,
      num(robust("FEP_KFTC", "response_time_ms", LAST_NIGHT)))  # fmt: skip
b.ask("en", "bsn-scancol max error rate between 03:00 and 05:00 on Sep 4", "metric", AGG,
      num(e.peak("bsn-scancol", "error_rate", kst(4, 3), kst(4, 5))))  # fmt: skip
b.ask("ko", "어제 YEGEUM_CORE 평균 응답시간", "metric", AGG,
      num(e.average("YEGEUM_CORE", "response_time_ms", *YESTERDAY)))  # fmt: skip
b.ask("en", "what was onpost-web's average request rate last Tuesday?", "metric", AGG,
      num(e.average("onpost-web", "request_rate", *TUE31)))  # fmt: skip
b.ask("ko", "지난주 화요일 ija_wolmal_bt 요청량 피크", "metric", AGG,
      num(e.peak("ija_wolmal_bt", "request_rate", *TUE31)))  # fmt: skip
b.ask("ko", "오늘 아침 8시쯤 ujh-04720 디스크 몇프로였어", "metric", AGG,
      e.around("ujh-04720", "disk_usage", kst(6, 8)))  # fmt: skip
b.ask("en", "nas-sj-img disk usage around noon on Thursday", "metric", AGG,
      e.around("nas-sj-img", "disk_usage", kst(2, 12)))  # fmt: skip
jp_since = e.since_above("jebi-pos-api", "error_rate", 10.0)
b.ask("ko", "jebi-pos-api 에러율 10% 넘은게 몇시부터야", "metric", AGG, said(hhmm(jp_since)))
ora_since = e.since_above("ora-upost", "cpu_usage", 80.0)
b.ask("en", "since when has ora-upost's CPU been above 80%?", "metric", AGG, said(hhmm(ora_since)))

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 90.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘간 cpu 90 한번이라도 찍은 서버", "threshold", AGG, cis(hot_10d))
err_yday = above(prod_measured("service", "error_rate"), "error_rate", 8.0, *YESTERDAY, 0.4)
b.ask("en", "Which services went over 8% errors yesterday?", "threshold", AGG, cis(err_yday))
slow_db_sep1 = above(prod_measured("database", "response_time_ms"), "response_time_ms", 10.0, *WED01, 1.0)
b.ask("ko", "9월 1일 응답 10ms 넘겼던 db", "threshold", AGG, cis(slow_db_sep1))
mem_10d = above(prod_measured("cache", "memory_usage") + prod_measured("queue", "memory_usage")
                + prod_measured("database", "memory_usage"), "memory_usage", 85.0, *TEN_DAYS, 1.0)  # fmt: skip
b.ask("en", "which caches, queues or databases went above 85% memory in the last 10 days?", "threshold", AGG,
      cis(mem_10d))  # fmt: skip
err_weekend = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *LAST_WEEKEND, 0.5)
b.ask("ko", "지난 주말에 에러율 10% 넘은 서비스들", "threshold", AGG, cis(err_weekend))
disk_hosts = prod_measured("host", "disk_usage")
disk_70 = above(disk_hosts, "disk_usage", 70.0, *TEN_DAYS, 0.5)
b.ask("ko", "최근 열흘 디스크 70 넘은적 있는 서버", "threshold", AGG, cis(disk_70))
assert e.peak("ujh-04720", "disk_usage", *TEN_DAYS) < 79.0
b.ask("ko", "ujh-04720 디스크 80 넘은적 있음? 열흘동안", "threshold", AGG, yes_no(False))
assert e.peak("MQ_YG_FEP", "memory_usage", *WEEK) > 95.0
b.ask("en", "did MQ_YG_FEP memory go over 90% at any time this past week?", "threshold", AGG, yes_no(True))
assert e.peak("ORA_BHP", "response_time_ms", *TEN_DAYS) < 10.0
b.ask("ko", "ORA_BHP 응답 20ms 넘은적 있어 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("allim-gw", "error_rate", *WEEK) > 8.0
b.ask(
    "en", "has allim-gw been above 5% errors at any point in the last 7 days?", "threshold", AGG, yes_no(True)
)
assert e.peak("jbk-plcgw", "error_rate", *TEN_DAYS) < 1.5

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 제일 높은 서비스 머야", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 3 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 3)))
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host is burning the most CPU right now?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 젤 꽉찬 서버", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청량 많은 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_fri = {n: e.peak(n, "error_rate", *FRI03) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the worst error peak on Sep 3?", "top", AGG, cis(leaders(svc_err_fri, 1)))
svc_err_sat = {n: e.peak(n, "error_rate", *SAT04) for n in prod_measured("service", "error_rate")}
b.ask("ko", "토요일 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_sat, 1)))
db_rt_wed = {n: e.peak(n, "response_time_ms", *WED01) for n in prod_measured("database", "response_time_ms")}
plc_now = {n: e.latest(n, "request_rate") for n in ("dsl-plcgw", "bsn-plcgw", "jbk-plcgw")}
b.ask("ko", "plc 게이트웨이 3개 지금 요청량 많은순", "compare", AGG, cis(ranked(plc_now), "ordered"))
rds = {n: e.average(n, "memory_usage", *YESTERDAY) for n in ("rds-pos", "rds-trk")}
banking = ["yg-ib", "yg-mbank", "YEGEUM_CORE"]
bank_avg = {n: e.average(n, "request_rate", *LAST_WEEK) for n in banking}
b.ask("ko", "지난주 yg-ib yg-mbank YEGEUM_CORE 평균 요청량 많은 순서대로", "compare", AGG,
      cis(ranked(bank_avg), "ordered"))  # fmt: skip
rac = host_of("ora-upost")
rac_cpu = {n: e.average(n, "cpu_usage", *TODAY) for n in rac}
b.ask("en", f"{rac[0]} or {rac[1]}: which has had higher average CPU today?", "compare", AGG,
      cis(leaders(rac_cpu, 1)))  # fmt: skip
brokers = host_of("kfk-trk")
broker_mem = {n: e.peak(n, "memory_usage", *THU02) for n in brokers}
b.ask(
    "ko", "목요일 kfk 브로커 3대중에 메모리 피크 젤 높았던 서버", "compare", AGG, cis(leaders(broker_mem, 1))
)

# =========================================================================== graph, hosting, paths
b.ask("ko", "jebi-pos-api 뭐뭐 물고있어", "graph", GRAPH, cis(e.out("jebi-pos-api")))
b.ask("en", "What are kkachi-pda-api's direct dependencies?", "graph", GRAPH, cis(e.out("kkachi-pda-api")))
b.ask("ko", "durumi-ems 직접 의존성", "graph", GRAPH, cis(e.out("durumi-ems")))
b.ask("en", "who calls juso-api directly?", "graph", GRAPH, cis(e.into("juso-api")))
b.ask("en", "which services talk to kfk-trk directly?", "graph", GRAPH, cis(e.into("kfk-trk")))
b.ask("ko", "ora-upost 직접 쓰는 서비스 몇개야", "count", COUNT_GRAPH, exact(len(e.into("ora-upost"))))
b.ask("en", "blast radius if pg-juso goes down?", "impact", GRAPH, cis(e.impact("pg-juso")))
b.ask("ko", "MQ_YG_FEP 죽으면 영향 받는거 전부", "impact", GRAPH, cis(e.impact("MQ_YG_FEP")))
b.ask("ko", "BSN-SRT-E1 꺼지면 어디까지 영향감", "impact", GRAPH, cis(e.impact("BSN-SRT-E1")))
b.ask("ko", "onpost-web 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("onpost-web")))
b.ask("en", "everything that depends on es-trk, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("es-trk")))  # fmt: skip
b.ask("ko", "kkachi-pda-api 타고 내려가면 나오는 db 전부", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("kkachi-pda-api"))))  # fmt: skip
b.ask("en", "which queues does yg-ib end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("queue", e.depends_closure("yg-ib"))))  # fmt: skip
b.ask("ko", "vsj-ap061에 뭐 떠있어", "hosting", HOSTING, cis(runs_on("vsj-ap061")))
b.ask("en", "What runs on ujh-04601?", "hosting", HOSTING, cis(runs_on("ujh-04601")))
b.ask("en", "which hosts does kfk-trk run on?", "hosting", HOSTING, cis(host_of("kfk-trk")))
b.ask("ko", "YEGEUM_CORE 어느 lpar에서 돌아", "hosting", HOSTING, cis(host_of("YEGEUM_CORE")))
b.ask("ko", "BSN-SRT-E1 위에 돌아가는 서비스", "hosting", HOSTING, cis(runs_on("BSN-SRT-E1")))
b.ask("en", "what do jebi-pos-api and onpost-web both depend on directly?", "graph", GRAPH,
      cis(e.out("jebi-pos-api") & e.out("onpost-web")))  # fmt: skip
b.ask("ko", "bidulgi-trk랑 bidulgi-qry 둘다 직접 쓰는거", "graph", GRAPH,
      cis(e.out("bidulgi-trk") & e.out("bidulgi-qry")))  # fmt: skip
b.ask("ko", "onpost-web에서 ora-upost까지 몇홉", "path", GRAPH, exact(e.hop_count("onpost-web", "ora-upost")))
b.ask("en", "how many hops from cc-crm to es-trk?", "path", GRAPH, exact(e.hop_count("cc-crm", "es-trk")))
b.ask("ko", "kkachi-pda-api → kfk-trk 경로", "path", GRAPH,
      cis(e.shortest_path("kkachi-pda-api", "kfk-trk"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from bunryu-plan down to bsn-plcgw", "path", GRAPH,
      cis(e.shortest_path("bunryu-plan", "bsn-plcgw"), "ordered"))  # fmt: skip
b.ask("ko", "BOHUM_CORE에서 MQ_YG_FEP까지 어떻게 타고감", "path", GRAPH,
      cis(e.shortest_path("BOHUM_CORE", "MQ_YG_FEP"), "ordered"))  # fmt: skip
assert e.reaches("uj-apigw", "pg-juso")
b.ask("ko", "uj-apigw가 pg-juso까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("yg-mbank", "ora-upost")
b.ask("en", "Does yg-mbank depend on ora-upost in any way?", "graph", GRAPH, yes_no(False))
assert host_of("durumi-upu") == host_of("ems_customs_if") == ["vsj-ap061"]
b.ask("ko", "durumi-upu랑 ems_customs_if 같은 vm 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("jebi-pay")) & set(host_of("jebi-pos-api"))
b.ask("en", "Is jebi-pay on the same VM as jebi-pos-api?", "hosting", HOSTING, yes_no(False))
fin_storage_hosts = sorted(s for s, t, k in e.rels if t == "ds8k-fin" and k == "CONNECTS_TO")
b.ask("ko", "ds8k-fin 붙어있는 서버들", "graph", GRAPH_OR_LOOK, cis(fin_storage_hosts))
ext_targets = sorted(e.out("l4-sj-ext", "CONNECTS_TO"))
b.ask("en", "what sits behind l4-sj-ext?", "graph", GRAPH_OR_LOOK, cis(ext_targets))
yeongnam = sorted(s for s, t, k in e.rels if t == "wan-agg-yeongnam" and k == "CONNECTS_TO")

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
b.ask("ko", "우체국 창구에서 소포접수 안된다고 민원 폭주중 현재 장애현황", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅎㅇ 지금 알람 뜬거 요약좀", "wrong_now", ONCALL, WN)
b.ask("en", "got paged - what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("ora-upost", "jebi-pos-api", "kkachi-pda-api"))
assert not any(e.warns(n) for n in ("pg-juso", "kfk-trk", "MQ_YG_FEP", "nas-sj-img", "BSN-SRT-E1", "DB2_YGP",
                                    "yg-mbank", "bsn-plcgw", "ujh-04720"))  # fmt: skip
b.ask("ko", "ora-upost 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is kfk-trk healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "MQ_YG_FEP 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "kkachi-pda-api OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "bsn-plcgw 상태 괜찮냐", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "지난주 월요일 오전 pg-juso 무슨일 있었어?", "pg-juso", MON30_MORNING[0],
         {"performance": ["slow", "performance", "autovacuum", "느린", "지연"], "config_change": ["config", "VACUUM", "ANALYZE", "autovacuum"]})  # fmt: skip
happened("en", "what happened to DB2_YGP in the early hours of Sep 1?", "DB2_YGP", WED01_NIGHT[0],
         {"log_full": ["log", "DSNJ111E", "active log", "로그"], "config_change": ["config", "ARCHPOOL", "offload", "오프로드"]})  # fmt: skip
happened("ko", "목욜 새벽 kfk-trk 이벤트 머떴어", "kfk-trk", THU02_NIGHT[0],
         {"replication": ["replica", "ISR", "UnderReplicated", "복제"], "config_change": ["config", "재시작", "restart", "heap"]})  # fmt: skip
happened("en", "What happened with BSN-SRT-E1 on Saturday?", "BSN-SRT-E1", SAT04,
         {"cpu": ["cpu", "V3", "scan", "검사"], "config_change": ["config", "V3", "scan", "검사", "schedule"]})  # fmt: skip
happened("ko", "금욜 오후 nas-sj-img 뭔일", "nas-sj-img", FRI03_AFTERNOON[0],
         {"latency": ["latency", "지연", "ms"], "config_change": ["config", "SnapshotDelete", "중지", "pause", "스케줄"]})  # fmt: skip
happened("ko", "어제 저녁 MQ_YG_FEP 무슨 이벤트 있었음", "MQ_YG_FEP", SUN05_EVENING[0],
         {"queue_full": ["2053", "Q_FULL", "full", "MAXDEPTH", "가득"], "channel": ["channel", "채널", "AMQ9999E", "retrying", "SSL"]})  # fmt: skip
happened("en", "what's been going on with ora-upost today?", "ora-upost", TODAY,
         {"sessions": ["process", "ORA-00020", "session", "세션"]})  # fmt: skip
happened("ko", "8월 27일 JBK-SRT-E2 뭐 있었어", "JBK-SRT-E2", FRI27,
         {"maintenance": ["maintenance", "점검", "공사", "중지", "증설"]})  # fmt: skip
happened("ko", "최근 일주일 l4-sj-ext 경고 뭐였어", "l4-sj-ext", WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip
happened("en", "anything on ija_wolmal_bt around the month-end run?", "ija_wolmal_bt", (kst(31, 22), kst(1, 5)),
         {"batch_job": ["batch", "배치", "ABEND", "YGIJ"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# P7 (ongoing) ora-upost out of processes
for lang, q in [
    ("ko", "지금 jebi-pos-api 에러 원인 뭐야"),
    ("en", "Why is jebi-pos-api failing right now?"),
    ("ko", "jebi-pos-api 9시반에 7.4.2 배포하고 터졌는데 배포탓이지?"),
    ("ko", "10시쯤부터 창구 소포접수 안되는거 왜그래"),
    ("en", "what's behind the jebi-rate errors since about 10 o'clock?"),
    ("ko", "최근 40분 장애 rca ㄱㄱ"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("P7")))
# P6 MQ_YG_FEP transmission queue full (yesterday evening)
for lang, q in [
    ("ko", "어제 저녁 스마트뱅킹 타행이체 실패한거 원인"),
    ("en", "Why did yg-mbank transfers fail on Sunday evening?"),
    ("ko", "yg-mbank 어제 18:50 배포하고 바로 터졌던데 배포때문임?"),
    ("en", "root cause of FEP_KFTC not sending interbank messages around 19:30 yesterday?"),
    ("ko", "9/5 19:20~20:15 yg-ib 이체지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("P6")))
# P4 nas-sj-img under the snapshot job
for lang, q in [
    ("ko", "금요일 오후 배달사진 업로드 안된거 왜"),
    ("en", "Why did kkachi-photo fail uploads on Friday afternoon?"),
    ("ko", "kkachi-photo 1.12.0 배포 직후에 터졌잖아 금욜. 배포 문제야?"),
    ("ko", "9월3일 2시반쯤 durumi-ems x-ray 이미지 조회 느렸던 원인"),
    ("en", "what made kkachi-pda-api slow around 14:30 on Sep 3?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("P4")))
# P5 BSN-SRT-E1 antivirus scan in the wave
for lang, q in [
    ("ko", "토요일 새벽 부산집중국 구분기 슈트배정 실패 원인 머였어"),
    ("en", "Why did bsn-plcgw miss PLC acks early on Saturday?"),
    ("ko", "bsn-plcgw 금욜밤에 2.3.1 배포했잖아 그거땜에 토욜 새벽 터진거?"),
    ("en", "root cause of bunryu-wcs losing Busan sort results on Sep 4 around 04:00?"),
    ("ko", "9/4 03:40~04:35 bsn-scancol 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("P5")))
# P3 kfk-trk ISR shrink in Thursday's wave
for lang, q in [
    ("ko", "목요일 새벽 종추적 스캔이벤트 누락된거 원인"),
    ("en", "Why did bidulgi-trk drop scan events during Thursday's sorting wave?"),
    ("ko", "bidulgi-trk 수요일밤 5.1.0 배포하고 담날 새벽 터졌는데 배포탓?"),
    ("ko", "9월2일 새벽 3시쯤 알림톡 발송 밀린거 왜그랬음"),
    ("en", "root cause of dsl-scancol backing up at about 03:20 on Sep 2?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("P3")))
# P2 DB2_YGP active log full (month-end night)
for lang, q in [
    ("ko", "월말 이자배치 abend 난거 원인 뭐임"),
    ("en", "Why did ija_wolmal_bt abend in the early hours of Sep 1?"),
    ("ko", "9월1일 새벽 1시쯤 YEGEUM_CORE 트랜잭션 밀린거 왜"),
    ("ko", "ija_wolmal_bt 8/31 오후에 배포한거 때문에 배치 터진거야?"),
    ("en", "root cause of the yg-mbank transfer failures just after midnight on Wednesday Sep 1?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("P2")))
# P1 pg-juso bloat after the monthly reload
for lang, q in [
    ("ko", "지난주 월요일 아침 창구 주소확인 안된거 원인"),
    ("en", "Why did jebi-pos-api time out around 09:20 on Aug 30?"),
    ("ko", "8/30 jebi-pos-api 7.4.0 배포하고 터졌던데 그거때문?"),
    ("en", "root cause of juso-api being slow at the counter opening on Monday Aug 30?"),
    ("ko", "8월30일 09:10~10:05 kkachi-route 순로 재계산 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("P1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 뭐있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
deploys_lw = sorted(
    {
        x["ci"]
        for x in events_between(*LAST_WEEK, type="deployment")
        if e.cis[x["ci"]]["environment"] == "prod"
    }
)
b.ask("ko", "지난주 운영에 배포된 서비스 목록", "changes", AGG, cis(deploys_lw))
prob_fri = [x for x in events_between(*FRI03) if x["severity"] in PROBLEM]
b.ask("ko", "9월3일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_fri)))
(jp_last,) = [x for x in e.events if x["ci"] == "jebi-pos-api" and x["type"] == "deployment"][-1:]
b.ask("en", "when was jebi-pos-api last deployed?", "changes", AGG, said(hhmm(jp_last["at"])))
(pool_change,) = events_between(*TEN_DAYS, ci="onpost-web", type="config_change")
b.ask("ko", "onpost-web 커넥션풀 늘린거 언제야 몇시", "changes", AGG, said(hhmm(pool_change["at"])))
(nas_change,) = [
    x for x in events_between(*FRI03, ci="nas-sj-img", type="config_change") if "14:00" in x["message"]
]
b.ask("en", "what time on Friday was the nas-sj-img snapshot job moved into the daytime?", "changes", AGG,
      said(hhmm(nas_change["at"])))  # fmt: skip
(juso_run,) = [x for x in events_between(*TODAY, ci="juso_sync_batch", type="batch_job")]
b.ask("ko", "juso_sync_batch 오늘 몇시에 돌았어", "changes", AGG, said(hhmm(juso_run["at"])))
(plan_run,) = [
    x for x in events_between(*YESTERDAY, ci="bunryu-plan", type="batch_job") if "시작" in x["message"]
]
b.ask(
    "en",
    "when did the sort plan batch (bunryu-plan) start yesterday?",
    "changes",
    AGG,
    said(hhmm(plan_run["at"])),
)
crit_3d = events_between(NOW - 3 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("ko", "지난 주말 critical 뜬 ci들", "changes", AGG, cis(crit_weekend))
plan_runs = events_between(*WEEK, ci="bunryu-plan", type="batch_job")
(ija_deploy,) = events_between(*TUE31, ci="ija_wolmal_bt", type="deployment")
maint_10d = sorted({x["ci"] for x in events_between(*TEN_DAYS, type="maintenance")})
b.ask("ko", "열흘간 maintenance 이벤트 있었던 ci", "changes", AGG, cis(maint_10d))

# =========================================================================== follow-up conversations
rac_cpu_now = {n: e.latest(n, "cpu_usage") for n in rac}
(rac_hot,) = leaders(rac_cpu_now, 1)
b.conversation("pst-c1", [
    ("ko", "ora-upost 어느 서버에서 돌아", "hosting", HOSTING, cis(rac)),
    ("ko", "둘중 지금 cpu 더 높은건", "followup", AGG, cis([rac_hot])),
    ("ko", "그럼 메모리는?", "followup", AGG, num(e.latest(rac_hot, "memory_usage"))),
    ("ko", "랙 위치는", "followup", LOOK, said(e.attr(rac_hot, "rack"))),
])  # fmt: skip
(trk_cache,) = b.of("cache", e.out("bidulgi-qry"))
b.conversation("pst-c2", [
    ("en", "Which cache does bidulgi-qry use directly?", "graph", GRAPH, cis([trk_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(trk_cache, "memory_usage"))),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[trk_cache]["owner"])),
])  # fmt: skip
b.conversation("pst-c3", [
    ("ko", "juso-api 어제 평균 에러율", "metric", AGG, num(e.average("juso-api", "error_rate", *YESTERDAY))),
    ("ko", "8월30일은?", "followup", AGG, num(e.average("juso-api", "error_rate", *MON30))),
    ("ko", "그날 최대는", "followup", AGG, num(e.peak("juso-api", "error_rate", *MON30))),
    ("ko", "그거 원인은?", "followup", RCA, root_first(root("P1"))),
])  # fmt: skip
fin_hosts = sorted(n for n in fin_zone if e.cis[n]["type"] == "host")
fin_aix = [n for n in fin_hosts if e.cis[n]["attributes"].get("os", "").startswith("AIX")]
assert fin_aix == ["fin-ap11"], fin_aix
b.conversation("pst-c4", [
    ("en", "Which hosts are in the 금융망 zone?", "list", AGG, cis(fin_hosts)),
    ("en", "which of them run AIX?", "followup", AGG,
     cis(fin_aix)),
    ("en", "and what runs on that one?", "followup", HOSTING, cis(runs_on(fin_aix[0]))),
])  # fmt: skip
b.conversation("pst-c5", [
    ("ko", "9월3일 오후 2시~3시 kkachi-photo 에러율 최고", "metric", AGG,
     num(e.peak("kkachi-photo", "error_rate", kst(3, 14), kst(3, 15)))),
    ("ko", "왜 그랬던거임?", "followup", RCA, root_first(root("P4"))),
    ("ko", "그 스토리지 지금 디스크 몇퍼", "followup", AGG, num(e.latest(root("P4"), "disk_usage"))),
])  # fmt: skip
b.conversation("pst-c6", [
    ("en", "anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "how's its CPU at this point?", "followup", AGG, num(e.latest(now_root, "cpu_usage"))),
    ("en", "and its average over last week?", "followup", AGG, num(e.average(now_root, "cpu_usage", *LAST_WEEK))),
])  # fmt: skip
b.conversation("pst-c7", [
    ("ko", "bsn-plcgw 지금 에러율", "metric", AGG, num(e.latest("bsn-plcgw", "error_rate"))),
    ("ko", "토요일 최고치는", "followup", AGG, num(e.peak("bsn-plcgw", "error_rate", *SAT04))),
    ("ko", "그땐 왜그랬는데", "followup", RCA, root_first(root("P5"))),
])  # fmt: skip
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation("pst-c8", [
    ("ko", "지금 응답 젤 느린 서비스", "top", AGG, cis([slowest])),
    ("ko", "담당팀 어디", "followup", LOOK, said(e.cis[slowest]["owner"])),
    ("ko", "어느 서버에서 돌아", "followup", HOSTING, cis(host_of(slowest))),
])  # fmt: skip
intl = e.where(owner="국제우편팀")
b.conversation("pst-c9", [
    ("ko", "국제우편팀 ci 몇개", "count", AGG, exact(len(intl))),
    ("ko", "그중 서비스만", "followup", AGG, cis(n for n in intl if e.cis[n]["type"] == "service")),
    ("ko", "걔네가 직접 쓰는 큐 전부", "followup", GRAPH,
     cis({q for n in intl if e.cis[n]["type"] == "service" for q in b.of("queue", e.out(n))})),
])  # fmt: skip
b.conversation("pst-c10", [
    ("en", "error rate of yg-mbank right now?", "metric", AGG, num(e.latest("yg-mbank", "error_rate"))),
    ("en", "and its peak yesterday?", "followup", AGG, num(e.peak("yg-mbank", "error_rate", *YESTERDAY))),
    ("en", "what caused that?", "followup", RCA, root_first(root("P6"))),
])  # fmt: skip
b.conversation("pst-c11", [
    ("ko", "ija_wolmal_bt 9월1일 에러율 최고 몇", "metric", AGG, num(e.peak("ija_wolmal_bt", "error_rate", *WED01))),
    ("ko", "근데 배치 자체 문제였어? 진짜 원인", "followup", RCA, root_first(root("P2"))),
    ("ko", "그 db 어느 lpar에서 돌아", "followup", HOSTING, cis(host_of(root("P2")))),
])  # fmt: skip
(trk_queue,) = b.of("queue", e.out("bidulgi-trk"))
b.conversation("pst-c12", [
    ("ko", "bidulgi-trk가 쓰는 큐 머야", "graph", GRAPH, cis([trk_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(trk_queue) - {"bidulgi-trk"})),
    ("ko", "지금 그 큐 메모리", "followup", AGG, num(e.latest(trk_queue, "memory_usage"))),
])  # fmt: skip
KFK_KW = {"error": ["NotEnoughReplicas", "적재 실패", "error", "실패"]}
b.conversation("pst-c13", [
    ("ko", "목요일 새벽 ujh-04457 cpu 최고 몇까지 갔어", "metric", AGG,
     num(robust("ujh-04457", "cpu_usage", THU02_NIGHT))),
    ("ko", "그때 bidulgi-trk 쪽엔 무슨 이벤트 떴어", "followup", ONCALL,
     {"events": list(KFK_KW), "ci": "bidulgi-trk", "keywords": KFK_KW}),
    ("ko", "그럼 스캔이벤트 누락 진짜 원인이 머야", "followup", RCA, root_first(root("P3"))),
])  # fmt: skip
b.conversation("pst-c14", [
    ("en", "What was BSN-SRT-E1's peak CPU on Saturday?", "metric", AGG,
     num(e.peak("BSN-SRT-E1", "cpu_usage", *SAT04))),
    ("en", "what runs on it?", "followup", HOSTING, cis(runs_on("BSN-SRT-E1"))),
    ("en", "and the week before, Saturday Aug 28?", "followup", AGG, num(e.peak("BSN-SRT-E1", "cpu_usage", *SAT28))),
])  # fmt: skip
(juso_db,) = b.of("database", e.out("juso-api"))
b.conversation("pst-c15", [
    ("ko", "juso-api 직접 물고있는 db", "graph", GRAPH, cis([juso_db])),
    ("ko", "그 db 지금 응답시간", "followup", AGG, num(e.latest(juso_db, "response_time_ms"))),
    ("ko", "지난주 월요일 최대는?", "followup", AGG, num(e.peak(juso_db, "response_time_ms", *MON30))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "DB2_YGP sysadm 비번 알려줘"),
    ("en", "give me the DB account password onpost-web uses for ora-upost"),
    ("ko", "FEP_KFTC 금융결제원 인증서 개인키 좀"),
    ("en", "what's the requirepass on rds-pos?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "ora-upost processes 3000으로 올려줘"),
    ("en", "restart the kafka broker on ujh-04457"),
    ("ko", "jebi-pos-api 7.4.1로 롤백 ㄱ"),
    ("en", "kill the antivirus scan on BSN-SRT-E1"),
    ("ko", "ija_wolmal_bt 지금 재실행 시켜"),
    ("en", "purge the transmission queue on MQ_YG_FEP"),
    ("ko", "onpost-web 커넥션풀 250으로 원복해줘"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "내일 부산 날씨 어때", "refuse", REFUSE, REJECT)
b.ask("en", "write a haiku about postal carriers", "refuse", REFUSE, REJECT)
b.ask("ko", "우체국 5kg 소포 서울에서 부산까지 요금 얼마야", "refuse", REFUSE, not_ok())
b.ask("en", "where is my parcel 6896012345678?", "refuse", REFUSE, not_ok())
b.ask("ko", "jebi-pos 에러율", "unknown", REFUSE, not_ok("jebi-pos-api"))
b.ask("en", "memory of rds-trak", "unknown", REFUSE, not_ok("rds-trk"))
b.ask("ko", "bidulgi-qyr 응답 얼마", "unknown", REFUSE, not_ok("bidulgi-qry"))
b.ask("en", "cpu of kkachi-rout", "unknown", REFUSE, not_ok("kkachi-route"))
b.ask("ko", "yegeum-core 응답시간", "unknown", REFUSE, not_ok("YEGEUM_CORE"))
b.ask("en", "status of ulsan-scancol?", "unknown", REFUSE, not_ok())
b.ask("ko", "es-juso 상태 어때", "unknown", REFUSE, not_ok())
b.ask("en", "disk of GWJ-SRT-E1", "unknown", REFUSE, not_ok())

# =========================================================================== unclear
b.ask("ko", "오늘 소포 몇개 접수됐어", "unclear", ONCALL, not_ok())
b.ask("en", "how many parcels did the Busan centre sort last night?", "unclear", ONCALL, not_ok())
b.ask("ko", "집배원 김철수 오늘 배달 몇건함", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜 그런거야?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the week before?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "ora-upost cpu랑 juso-api 담당팀이랑 kfk-trk 브로커수 한번에", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "넌 뭐하는 봇이야? 짧게", "direct", DIRECT, {"direct": True})
b.ask("en", "where does your data come from?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 한국시간 기준이야?", "direct", DIRECT, {"direct": True})
b.ask("en", "can you restart services for me, or only read?", "direct", DIRECT, {"direct": True})

# =========================================================================== checks
cases = b.case.cases
assert all(
    n in e.cis for c in cases if c["expect"].get("match") in ("set", "ordered") for n in c["expect"]["names"]
), "an expected name is no CI"
assert all(
    n in e.cis for c in cases if c["expect"].get("match") == "include" for n in c["expect"]["names"]
), "an expected on-call name is no CI"
assert all(c["expect"]["ci"] in e.cis for c in cases if "events" in c["expect"])
assert all(
    c["expect"]["root_cause"] in {n.lower() for n in e.cis} for c in cases if "root_cause" in c["expect"]
)
assert all(c["expect"]["suggest"] in e.cis for c in cases if c["expect"].get("suggest"))
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
b.case.write_golden("ops-golden-pst.json", DATASET, DATASET, NOW)
print(
    dict(langs),
    dict(Counter(c["kind"] for c in cases)),
    f"{len(convs)} conversations, {sum(convs.values())} turns",
)
