"""Write tests/fixtures/ops-golden-stl.json: blind batch 67, OPS questions over the integrated steel-works estate.

The estate (bench/stl_estate.py) is a Korean integrated steel works (한빛스틸 당진제철소): the DCS/PLC gateways and the
level-2 process computers of the blast furnaces, converters, casters and the hot and cold mills on their L2 Oracle
DBs, the L2↔L3 IBM MQ queue manager `QM_L3L2`, the OT historian copied through the OT/IT DMZ into the enterprise
historian, the MES on the Oracle RAC `mesdb-ora`, quality judgement with the surface inspection cameras and GPU
inference, the coil-yard cranes, coil tracking and shipping, energy management (power, gas holders, oxygen plant),
gas monitoring and safety alerts on the Kafka event bus, the LIMS, SAP S/4HANA in Seoul with its DR in 대전, and a
customer portal in Azure; environments prod / stg / dev. Now = Thursday 2028-11-16 09:50 KST (day shift); seven
injected incidents (S1–S7, the last ongoing): S1 on Tuesday 7 (last week) at the 23:00 shift change, S2 on
Thursday 9 (last week) in the morning, S3 on Saturday 11 in the afternoon, S4 in the small hours of Sunday 12, S5 at
Monday 13's 07:00 shift change, S6 at Tuesday 14's 15:00 shift change, S7 from 09:05 today.
A bare weekday is the most recent such day before now (수요일 = yesterday, 화요일 = the 14th, 월요일 = the 13th,
토요일/일요일 = the 11th/12th); the days before are asked as "지난주 …" or by date. Every expected value is computed
here from the written files (estate_kit.Estate and the faults file); nothing is typed by hand except the
questions. Where a loose phrase (새벽, 오전, 오후, 밤, "this morning", "last night") has several readings, only values
every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call chat: 반말, typos,
missing spaces, Korean/English mixed, steel-works jargon: 고로, 출선, 전로, 취련, 연주, 열연, 냉연, 교대, 휴풍,
정기수리, 밀시트) and 40 % English.

    .venv/bin/python bench/stl_golden.py   # after bench/stl_estate.py
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

DATASET = "steel-mill"
NOW = datetime(2028, 11, 16, 0, 50, tzinfo=UTC)  # Thursday 09:50 KST
TAG = "batch-67"
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
kst = kst_clock("2028-11")

b = Batch.over(DATASET, NOW, "stl", TAG)
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d, 0), min(kst(d, 0) + timedelta(days=1), NOW)


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


def has_attr(key: str, kind: str | None = None) -> list[str]:
    return sorted(
        n for n, c in e.cis.items() if key in c["attributes"] and (kind is None or c["type"] == kind)
    )


def engine(name: str) -> list[str]:
    return sorted(n for n in e.of_type("database") if e.attr(n, "engine") == name)


TODAY = (kst(16, 0), NOW)
YESTERDAY = day(15)  # Wednesday
TUE7, WED8, THU9, FRI10, SAT11, SUN12, MON13, TUE14 = (day(d) for d in range(7, 15))
THIS_WEEK = (kst(13, 0), NOW)  # since Monday
LAST_WEEKEND = (kst(11, 0), kst(13, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
THREE_DAYS = (NOW - 3 * 24 * H, NOW)
SINCE_9 = (kst(16, 9), NOW)
THIS_MORNING = part(16, (6, 10), (0, 12))
TUE7_NIGHT = part(7, (21, 24), (22, 25))
THU9_MORNING = part(9, (0, 12), (9, 12))
SAT11_AFTERNOON = part(11, (12, 18), (13, 17))
SUN12_DAWN = part(12, (0, 6), (1, 5))
MON13_MORNING = part(13, (6, 12), (6.5, 9.5))
TUE14_AFTERNOON = part(14, (12, 18), (13, 17))
ip = lambda n: e.attr(n, "ip")  # noqa: E731

# =========================================================================== attribute lookups
b.ask("ko", "bf2-l2app 버전 머야", "attribute", LOOK, said(e.attr("bf2-l2app", "version")))
b.ask("ko", "3고로 내용적 몇 m3로 등록돼있어? bf3-l2app", "attribute", LOOK,
      exact(e.attr("bf3-l2app", "inner_volume_m3")))  # fmt: skip
b.ask(
    "ko",
    "전로 1차지 몇톤 기준이야 bof-blowmodel",
    "attribute",
    LOOK,
    exact(e.attr("bof-blowmodel", "heat_size_t")),
)
b.ask("ko", "kepware-sm 태그수 몇개", "attribute", LOOK, exact(e.attr("kepware-sm", "tags")))
b.ask(
    "en",
    "how many signals does ibapda-hsm acquire?",
    "attribute",
    LOOK,
    exact(e.attr("ibapda-hsm", "signals")),
)
b.ask("ko", "hsm-setup 하루 코일 몇개 뽑는걸로 돼있음", "attribute", LOOK,
      exact(e.attr("hsm-setup", "coils_per_day")))  # fmt: skip
b.ask(
    "ko",
    "yard-crane-ctl 무인크레인 몇대 등록돼있어",
    "attribute",
    LOOK,
    exact(e.attr("yard-crane-ctl", "auto_cranes")),
)
b.ask("en", "Which SID does mesdb-ora use?", "attribute", LOOK, said(e.attr("mesdb-ora", "sid")))
b.ask(
    "ko",
    "QM_L3L2 secondary log 몇개로 잡혀있어",
    "attribute",
    LOOK,
    exact(e.attr("QM_L3L2", "log_secondary")),
)
b.ask("en", "what's the maxmemory policy on redis-yard?", "attribute", LOOK,
      said(e.attr("redis-yard", "maxmemory_policy")))  # fmt: skip
b.ask("ko", "redis-mes maxmemory 몇기가", "attribute", LOOK, exact(e.attr("redis-mes", "maxmemory_gb")))
b.ask("ko", "kafka-djw 토픽 몇개 있다고 돼있어", "attribute", LOOK, exact(e.attr("kafka-djw", "topics")))
b.ask("en", "what is hana-erp's global allocation limit in GB?", "attribute", LOOK,
      exact(e.attr("hana-erp", "global_allocation_limit_gb")))  # fmt: skip
b.ask("ko", "S/4 SID 뭐였지 erp-s4", "attribute", LOOK, said(e.attr("erp-s4", "sid")))
b.ask(
    "en", "How many interfaces run through sap-po?", "attribute", LOOK, exact(e.attr("sap-po", "interfaces"))
)
b.ask(
    "ko", "gasmon-hub 가스검지기 몇개 붙어있어", "attribute", LOOK, exact(e.attr("gasmon-hub", "detectors"))
)
b.ask("ko", "ems-power 계약전력 몇MW", "attribute", LOOK, exact(e.attr("ems-power", "contract_mw")))
b.ask("en", "what oxygen capacity (Nm3/h) is recorded for o2plant-opt?", "attribute", LOOK,
      exact(e.attr("o2plant-opt", "o2_capacity_nm3h")))  # fmt: skip
b.ask("en", "who owns vision-infer?", "attribute", LOOK, said(e.cis["vision-infer"]["owner"]))
b.ask(
    "ko", "vision-infer 지금 올라가있는 모델 이름", "attribute", LOOK, said(e.attr("vision-infer", "model"))
)
b.ask(
    "ko",
    "agw-hbs-portal 인증서 만료 언제임",
    "attribute",
    LOOK,
    said(e.attr("agw-hbs-portal", "cert_expiry")),
)
b.ask("en", "What's the IP of DJGPU02?", "attribute", LOOK, said(ip("DJGPU02")))
b.ask("ko", "UP_OPCGW 하드웨어 모델 뭐야", "attribute", LOOK, said(e.attr("UP_OPCGW", "model")))
b.ask("ko", "wan-djw-sel 회선번호 알려줘", "attribute", LOOK, said(e.attr("wan-djw-sel", "circuit")))

# =========================================================================== lists, counts, attribute filters
b.ask(
    "ko",
    "당진제철소 전산센터에 CI 몇개 있어",
    "count",
    AGG,
    exact(len(e.where(location="당진제철소 전산센터"))),
)
b.ask("en", "list everything in 당진 압연 전기실", "list", AGG, cis(e.where(location="당진 압연 전기실")))
b.ask("ko", "제선제강 전기실 장비 목록좀", "list", AGG, cis(e.where(location="당진 제선제강 전기실")))
b.ask("ko", "대전 DR센터엔 뭐 있어", "list", AGG, cis(e.where(location="대전 DR센터")))
b.ask("ko", "상암 IDC에 있는거 몇개", "count", AGG, exact(len(e.where(location="서울본사 IDC(상암)"))))
b.ask("ko", "stg 환경 뭐뭐 있냐", "list", AGG, cis(e.where(environment="stg")))
b.ask("ko", "점검중 상태인 CI", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "anything marked retired in the CMDB?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "큐 다 보여줘", "list", AGG, cis(e.of_type("queue")))
b.ask("en", "list the caches", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "운영 db 몇개야", "count", AGG, exact(len(e.of_type("database", "prod"))))
b.ask("en", "which databases run on Oracle?", "list", AGG, cis(engine("oracle")))
b.ask("ko", "PI 히스토리안 db 뭐뭐 있어", "list", AGG, cis(engine("pi")))
b.ask("ko", "mssql 엔진 db 목록", "list", AGG, cis(engine("mssql")))
b.ask("ko", "스토리지 뭐있음", "list", AGG, cis(e.of_type("storage")))
b.ask("ko", "DB운영그룹 담당 CI 몇개", "count", AGG, exact(len(e.where(owner="DB운영그룹"))))
b.ask(
    "en",
    "which services belong to 압연자동화팀?",
    "list",
    AGG,
    cis(e.where(type="service", owner="압연자동화팀")),
)
b.ask("ko", "안전환경IT파트 서비스 뭐있음", "list", AGG, cis(e.where(type="service", owner="안전환경IT파트")))
b.ask("ko", "OT보안팀 장비 몇개야", "count", AGG, exact(len(e.where(owner="OT보안팀"))))
b.ask("en", "which hosts sit at Purdue level 2?", "list", AGG, cis(attr_is("purdue_level", "L2", "host")))
b.ask("ko", "퍼듀 L3.5 DMZ 구간에 있는 CI 전부", "list", AGG, cis(attr_is("purdue_level", "L3.5")))
b.ask("en", "which hosts have GPUs?", "list", AGG, cis(has_attr("gpu", "host")))
b.ask(
    "ko", "Windows Server 2022 깔린 서버 목록", "list", AGG, cis(attr_is("os", "Windows Server 2022", "host"))
)
gateways = ["exaopc-bf", "kepware-sm", "kepware-rm"]
assert all("tags" in e.cis[n]["attributes"] for n in gateways)
b.ask("en", "total OPC tags across exaopc-bf, kepware-sm and kepware-rm?", "sum", AGG,
      exact(sum(e.attr(n, "tags") for n in gateways)))  # fmt: skip
furnaces = has_attr("daily_output_t")
assert furnaces == ["bf2-l2app", "bf3-l2app"]
b.ask(
    "ko",
    "고로 두개 일 출선량 합치면 몇톤",
    "sum",
    AGG,
    exact(sum(e.attr(n, "daily_output_t") for n in furnaces)),
)

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "kafka-djw 지금 에러율", "metric", AGG, num(e.latest("kafka-djw", "error_rate")))
b.ask("en", "gasmon-hub error rate right now", "metric", AGG, num(e.latest("gasmon-hub", "error_rate")))
b.ask(
    "ko",
    "ems-gasholder 현재 응답시간 얼마",
    "metric",
    AGG,
    num(e.latest("ems-gasholder", "response_time_ms")),
)
b.ask("ko", "DJLIMSDB01 디스크 몇프로", "metric", AGG, num(e.latest("DJLIMSDB01", "disk_usage")))
b.ask("en", "memory on redis-yard at the moment", "metric", AGG, num(e.latest("redis-yard", "memory_usage")))
b.ask("ko", "mesdb-ora cpu 지금 얼마", "metric", AGG, num(e.latest("mesdb-ora", "cpu_usage")))
b.ask("en", "what's hana-erp's memory usage now?", "metric", AGG, num(e.latest("hana-erp", "memory_usage")))
b.ask("ko", "safety-alert 에러 지금 몇%", "metric", AGG, num(e.latest("safety-alert", "error_rate")))
b.ask(
    "ko",
    "지난 1시간 gasmon-hub 평균 에러율",
    "metric",
    AGG,
    num(e.average("gasmon-hub", "error_rate", NOW - H)),
)
b.ask("en", "average response time of kafka-djw over the last 2 hours", "metric", AGG,
      num(e.average("kafka-djw", "response_time_ms", NOW - 2 * H)))  # fmt: skip
b.ask("ko", "최근30분 safety-alert 응답시간 최고치", "metric", AGG,
      num(e.peak("safety-alert", "response_time_ms", NOW - H / 2)))  # fmt: skip
b.ask(
    "ko",
    "9시 이후로 ems-gasholder 평균 에러율",
    "metric",
    AGG,
    num(e.average("ems-gasholder", "error_rate", *SINCE_9)),
)
b.ask("en", "since 09:00, what's the max error rate on gasmon-hub?", "metric", AGG,
      num(e.peak("gasmon-hub", "error_rate", *SINCE_9)))  # fmt: skip
b.ask("ko", "오늘 아침 coil-track 요청량 젤 많을때 얼마", "metric", AGG,
      num(robust("coil-track", "request_rate", THIS_MORNING)))  # fmt: skip
b.ask("en", "what was hsm-setup's average request rate yesterday?", "metric", AGG,
      num(e.average("hsm-setup", "request_rate", *YESTERDAY)))  # fmt: skip
b.ask("ko", "어제 열연 정기수리 시간(08~16시) hsm-setup 요청량 최저", "metric", AGG,
      num(e.low("hsm-setup", "request_rate", kst(15, 8), kst(15, 16))))  # fmt: skip
b.ask("ko", "그저께 오후 redis-yard 메모리 최고", "metric", AGG,
      num(robust("redis-yard", "memory_usage", TUE14_AFTERNOON)))  # fmt: skip
b.ask("en", "yard-crane-ctl worst error rate on Tuesday afternoon", "metric", AGG,
      num(robust("yard-crane-ctl", "error_rate", TUE14_AFTERNOON)))  # fmt: skip
b.ask(
    "ko",
    "월요일 아침 mesdb-ora cpu 최대 몇",
    "metric",
    AGG,
    num(robust("mesdb-ora", "cpu_usage", MON13_MORNING)),
)
b.ask("en", "mes-rm peak response time on Monday morning", "metric", AGG,
      num(robust("mes-rm", "response_time_ms", MON13_MORNING)))  # fmt: skip
b.ask(
    "ko", "일요일 새벽 pi-da-it 에러율 최고", "metric", AGG, num(robust("pi-da-it", "error_rate", SUN12_DAWN))
)
b.ask("en", "How low did pi-da-it's request rate go early on Sunday?", "metric", AGG,
      num(robust("pi-da-it", "request_rate", SUN12_DAWN, "low")))  # fmt: skip
b.ask("ko", "토요일 오후 DJGPU01 cpu 최고 몇이었어", "metric", AGG,
      num(robust("DJGPU01", "cpu_usage", SAT11_AFTERNOON)))  # fmt: skip
b.ask("en", "sis-hsm max error rate on Saturday afternoon", "metric", AGG,
      num(robust("sis-hsm", "error_rate", SAT11_AFTERNOON)))  # fmt: skip
b.ask("ko", "지난주 목요일 오전 hana-erp 메모리 최대", "metric", AGG,
      num(robust("hana-erp", "memory_usage", THU9_MORNING)))  # fmt: skip
b.ask("en", "erp-s4 peak error rate on Nov 9", "metric", AGG, num(e.peak("erp-s4", "error_rate", *THU9)))
b.ask("ko", "지난주 화요일 밤 QM_L3L2 응답시간 최고", "metric", AGG,
      num(robust("QM_L3L2", "response_time_ms", TUE7_NIGHT)))  # fmt: skip
b.ask(
    "ko",
    "오늘 아침 8시쯤 DJLIMSDB01 디스크 몇%였음",
    "metric",
    AGG,
    e.around("DJLIMSDB01", "disk_usage", kst(16, 8)),
)
b.ask("en", "nas-djw-sis disk usage around noon yesterday", "metric", AGG,
      e.around("nas-djw-sis", "disk_usage", kst(15, 12)))  # fmt: skip
gas_since = e.since_above("gasmon-hub", "error_rate", 10.0)
b.ask("ko", "gasmon-hub 에러율 10% 넘은게 언제부터임", "metric", AGG, said(hhmm(gas_since)))
kafka_since = e.since_above("kafka-djw", "error_rate", 2.0)
b.ask("en", "since when has kafka-djw been above 2% errors?", "metric", AGG, said(hhmm(kafka_since)))
b.ask(
    "ko",
    "지난주 금요일 bf2-l2app 평균 요청량",
    "metric",
    AGG,
    num(e.average("bf2-l2app", "request_rate", *FRI10)),
)

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 90.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘동안 cpu 90 한번이라도 넘긴 서버", "threshold", AGG, cis(hot_10d))
err_mon = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *MON13, 0.5)
b.ask("en", "Which services went above 10% errors on Monday?", "threshold", AGG, cis(err_mon))
err_tue = above(prod_measured("service", "error_rate"), "error_rate", 5.0, *TUE14, 0.5)
b.ask("ko", "그저께 에러율 5% 넘었던 서비스", "threshold", AGG, cis(err_tue))
mem_10d = above(prod_measured("cache", "memory_usage") + prod_measured("queue", "memory_usage"), "memory_usage",
                90.0, *TEN_DAYS, 1.0)  # fmt: skip
b.ask(
    "en", "which caches or queues went above 90% memory in the last 10 days?", "threshold", AGG, cis(mem_10d)
)
err_weekend = above(prod_measured("service", "error_rate"), "error_rate", 5.0, *LAST_WEEKEND, 0.5)
b.ask("ko", "지난 주말 에러 5% 넘은 서비스들", "threshold", AGG, cis(err_weekend))
disk_hosts = prod_measured("host", "disk_usage")
disk_70 = above(disk_hosts, "disk_usage", 70.0, *TEN_DAYS, 0.5)
b.ask("ko", "열흘간 디스크 70 넘은적 있는 서버", "threshold", AGG, cis(disk_70))
assert e.peak("DJLIMSDB01", "disk_usage", *TEN_DAYS) < 79.0
b.ask("ko", "DJLIMSDB01 디스크 80 넘은적 있어? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("redis-yard", "memory_usage", *THIS_WEEK) > 97.0
b.ask("en", "did redis-yard's memory go over 95% this week?", "threshold", AGG, yes_no(True))
assert e.peak("hana-erp", "response_time_ms", *TEN_DAYS) < 50.0
b.ask("ko", "hana-erp 응답 100ms 넘은적 있음? 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("mesdb-ora", "cpu_usage", *WEEK) > 93.0
b.ask("en", "has mesdb-ora's CPU been above 90% at any point in the last 7 days?", "threshold", AGG,
      yes_no(True))  # fmt: skip
assert e.peak("crm-setup", "error_rate", *TEN_DAYS) < 1.5
b.ask("ko", "crm-setup 열흘동안 에러 2% 넘은 적 있어?", "threshold", AGG, yes_no(False))
assert e.peak("erp-s4", "error_rate", *TEN_DAYS) > 25.0
b.ask("en", "did erp-s4's error rate ever exceed 20% in the last 10 days?", "threshold", AGG, yes_no(True))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 3 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 3)))
host_cpu_sat = {n: e.peak(n, "cpu_usage", *SAT11) for n in prod_hosts_cpu}
b.ask("en", "which host hit the highest CPU on Saturday?", "top", AGG, cis(leaders(host_cpu_sat, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 젤 많이 찬 서버 어디", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "db 캐시 빼고 서비스만 지금 요청량 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_mon = {n: e.peak(n, "error_rate", *MON13) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the worst error peak on Monday?", "top", AGG, cis(leaders(svc_err_mon, 1)))
svc_err_tue = {n: e.peak(n, "error_rate", *TUE14) for n in prod_measured("service", "error_rate")}
b.ask("ko", "그저께 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_tue, 1)))
db_err_12 = {n: e.peak(n, "error_rate", *SUN12) for n in prod_measured("database", "error_rate")}
b.ask("en", "which database had the highest error-rate peak on Sunday Nov 12?", "top", AGG,
      cis(leaders(db_err_12, 1)))  # fmt: skip
sis_now = {n: e.latest(n, "request_rate") for n in ("sis-hsm", "sis-crm")}
b.ask("ko", "sis-hsm sis-crm 지금 요청량 어디가 더 많음", "compare", AGG, cis(leaders(sis_now, 1)))
furnace_rt = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in furnaces}
b.ask("en", "bf2-l2app vs bf3-l2app: which was slower on average yesterday?", "compare", AGG,
      cis(leaders(furnace_rt, 1)))  # fmt: skip
mes_trio = ["mes-sm", "mes-rm", "mes-plan"]
mes_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in mes_trio}
b.ask(
    "ko",
    "mes-sm mes-rm mes-plan 어제 평균 요청량 많은순으로",
    "compare",
    AGG,
    cis(ranked(mes_avg), "ordered"),
)
kafka_cpu = {n: e.latest(n, "cpu_usage") for n in ("DJKAFKA01", "DJKAFKA02")}
b.ask("ko", "DJKAFKA01이랑 DJKAFKA02 중에 지금 cpu 더 높은거", "compare", AGG, cis(leaders(kafka_cpu, 1)))

# =========================================================================== graph, hosting, paths
b.ask("ko", "mes-sm 뭐뭐 물고있냐", "graph", GRAPH, cis(e.out("mes-sm")))
b.ask("en", "What are the direct dependencies of hsm-setup?", "graph", GRAPH, cis(e.out("hsm-setup")))
b.ask("ko", "cust-portal 직접 의존성", "graph", GRAPH, cis(e.out("cust-portal")))
b.ask("en", "who depends directly on QM_L3L2?", "graph", GRAPH, cis(e.into("QM_L3L2")))
b.ask("en", "which services use kafka-djw directly?", "graph", GRAPH, cis(e.into("kafka-djw")))
b.ask("ko", "mesdb-ora 직접 쓰는 서비스 몇개", "count", COUNT_GRAPH, exact(len(e.into("mesdb-ora"))))
b.ask("en", "blast radius if redis-yard goes down?", "impact", GRAPH, cis(e.impact("redis-yard")))
b.ask("ko", "DJGPU01 죽으면 영향가는거 전부", "impact", GRAPH, cis(e.impact("DJGPU01")))
b.ask("ko", "hana-erp 장애나면 어디까지 터짐", "impact", GRAPH, cis(e.impact("hana-erp")))
b.ask("ko", "ylms-ship 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("ylms-ship")))
b.ask("en", "everything that depends on sap-po, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("sap-po")))  # fmt: skip
b.ask("ko", "qms-judge 타고 내려가면 나오는 db 전부", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("qms-judge"))))  # fmt: skip
b.ask("en", "which queues does safety-alert end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("queue", e.depends_closure("safety-alert"))))  # fmt: skip
b.ask("ko", "DJEMS01에 뭐 돌아", "hosting", HOSTING, cis(runs_on("DJEMS01")))
b.ask("en", "What runs on DJREDIS01?", "hosting", HOSTING, cis(runs_on("DJREDIS01")))
b.ask("ko", "DJMESAP01 위에 올라간 것들", "hosting", HOSTING, cis(runs_on("DJMESAP01")))
b.ask("ko", "mesdb-ora 어느 서버들에서 돌아", "hosting", HOSTING, cis(host_of("mesdb-ora")))
b.ask("en", "what do mes-sm and mes-rm both depend on directly?", "graph", GRAPH,
      cis(e.out("mes-sm") & e.out("mes-rm")))  # fmt: skip
b.ask(
    "ko",
    "ems-power랑 o2plant-opt 둘다 직접 쓰는거",
    "graph",
    GRAPH,
    cis(e.out("ems-power") & e.out("o2plant-opt")),
)
b.ask("ko", "gate-lpr에서 ylms-db까지 몇홉", "path", GRAPH, exact(e.hop_count("gate-lpr", "ylms-db")))
b.ask(
    "en",
    "how many hops from ems-power to exaopc-bf?",
    "path",
    GRAPH,
    exact(e.hop_count("ems-power", "exaopc-bf")),
)
b.ask(
    "ko",
    "safety-alert → kafka-djw 경로",
    "path",
    GRAPH,
    cis(e.shortest_path("safety-alert", "kafka-djw"), "ordered"),
)
b.ask("en", "show the dependency chain from lims_cert_issue down to hana-erp", "path", GRAPH,
      cis(e.shortest_path("lims_cert_issue", "hana-erp"), "ordered"))  # fmt: skip
b.ask("ko", "ems-power에서 pi-da-ot까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("ems-power", "pi-da-ot"), "ordered"))  # fmt: skip
assert e.reaches("mes-web", "hana-erp")
b.ask("ko", "mes-web이 hana-erp까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("gasmon-hub", "mesdb-ora")
b.ask("en", "Does gasmon-hub depend on mesdb-ora in any way?", "graph", GRAPH, yes_no(False))
assert host_of("mes-sm") == host_of("mes-rm") == ["DJMESAP01", "DJMESAP02"]
b.ask("ko", "mes-sm이랑 mes-rm 같은 서버들에 떠있는거 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("ems-tsdb")) & set(host_of("gasmon-db"))
b.ask("en", "Is ems-tsdb on the same host as gasmon-db?", "hosting", HOSTING, yes_no(False))
san_hosts = sorted(s for s, t, k in e.rels if t == "san-djw-01" and k == "CONNECTS_TO")
b.ask("ko", "san-djw-01 붙어있는 서버들", "graph", GRAPH_OR_LOOK, cis(san_hosts))
b.ask("en", "which services sit behind lb-djw-mes?", "graph", GRAPH_OR_LOOK,
      cis(b.of("service", e.out("lb-djw-mes", "CONNECTS_TO"))))  # fmt: skip
dmz_fw = sorted(e.out("DMZ_PI_IF", "CONNECTS_TO") | e.into("DMZ_PI_IF", "CONNECTS_TO"))
assert all(e.cis[n]["attributes"].get("device") == "firewall" for n in dmz_fw) and len(dmz_fw) == 2
b.ask("ko", "DMZ_PI_IF 양쪽에 물린 방화벽 뭐뭐야", "graph", GRAPH_OR_LOOK, cis(dmz_fw))

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
b.ask("ko", "지금 뭐 터진거 있음?", "wrong_now", ONCALL, WN)
b.ask("en", "anything broken right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "중앙통제실에서 가스감시 화면 이벤트 늦게 뜬다고 전화옴 지금 장애현황좀", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 알람 뜬거 한번 정리해줘", "wrong_now", ONCALL, WN)
b.ask("en", "on call here - what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("kafka-djw", "gasmon-hub"))
assert not any(e.warns(n) for n in ("QM_L3L2", "hana-erp", "DJGPU01", "pi-da-it", "mesdb-ora", "redis-yard",
                                    "erp-s4", "mes-rm", "yard-crane-ctl"))  # fmt: skip
b.ask("ko", "kafka-djw 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is mesdb-ora healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "redis-yard 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "gasmon-hub OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "hana-erp 상태 괜찮음?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "지난주 화요일 밤에 QM_L3L2 무슨일 있었어?", "QM_L3L2", TUE7_NIGHT[0],
         {"mq_log": ["AMQ7463", "log", "로그", "full"], "queue": ["depth", "TRANSMIT", "큐"]})  # fmt: skip
happened("en", "what happened to DJGPU01 on Saturday afternoon?", "DJGPU01", SAT11_AFTERNOON[1],
         {"hardware": ["Xid", "GPU", "fallen off", "lockup"], "maintenance": ["drain", "서비스 제외", "maintenance"]})  # fmt: skip
happened("ko", "일요일 새벽 pi-da-it 이벤트 뭐 떴어", "pi-da-it", SUN12_DAWN[1],
         {"archive": ["archive", "아카이브", "event queue"], "backup": ["backup", "백업", "piartool"]})  # fmt: skip
happened("en", "What happened with redis-yard on Tuesday?", "redis-yard", TUE14,
         {"memory": ["OOM", "used_memory", "noeviction"], "config_change": ["TTL", "16GB", "config"]})  # fmt: skip
happened("ko", "월요일 아침 mesdb-ora 뭔일 있었냐", "mesdb-ora", MON13_MORNING[1],
         {"performance": ["latch", "full scan", "plan change", "AAS"], "config_change": ["baseline", "config", "고정"]})  # fmt: skip
happened("ko", "지난주 목요일 hana-erp 무슨일 있었음", "hana-erp", THU9,
         {"memory": ["MEMORY_LIMIT", "allocation", "memory", "메모리"], "config_change": ["원복", "config", "5600"]})  # fmt: skip
happened("en", "what's been going on with kafka-djw today?", "kafka-djw", TODAY,
         {"replication": ["ISR", "UnderReplicated", "NotEnoughReplicas", "min.insync"]})  # fmt: skip
happened("ko", "이번주 agw-hbs-portal 경고 뭐였어", "agw-hbs-portal", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip
happened("en", "what happened on bf2-l2app last Friday (Nov 10)?", "bf2-l2app", FRI10,
         {"maintenance": ["휴풍", "송풍", "blow", "maintenance"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# S7 (ongoing) the Kafka broker in GC pauses
for lang, q in [
    ("ko", "지금 gasmon-hub 에러 원인 머야"),
    ("en", "Why are gas detector events arriving late right now?"),
    ("ko", "gasmon-hub 8시40분에 배포하고 나서 이벤트 지연되는데 배포탓이야?"),
    ("ko", "9시 조금 넘어서부터 가스홀더 레벨 이벤트 늦게 들어오는거 왜그럼"),
    ("en", "what's behind the safety-alert resend warnings since about 09:25?"),
    ("ko", "최근 1시간 장애 원인분석 ㄱㄱ"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S7")))
# S6 redis-yard full (noeviction) at Tuesday's 15:00 shift change
for lang, q in [
    ("ko", "그저께 오후 3시쯤 무인크레인 멈춘거 원인"),
    ("en", "Why did yard-crane-ctl fail crane orders on Tuesday around 15:20?"),
    ("ko", "coil-track 3.6.0 화요일에 배포하고 바로 터졌던데 배포때문임?"),
    ("en", "root cause of the truck queue at ylms-ship on the afternoon of Nov 14?"),
    ("ko", "11/14 15:10~16:05 코일 위치 갱신 실패 원인"),
    ("ko", "화욜 오후조 교대때 야드크레인 자동운전 풀린거 왜그래"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S6")))
# S5 the plan regression on mesdb-ora at Monday's 07:00 shift change
for lang, q in [
    ("ko", "월요일 아침 교대때 압연실적 저장 안된거 원인 뭐였어"),
    ("en", "Why did mes-rm time out saving rolling results on Monday morning?"),
    ("ko", "월욜 mes-rm 11.4.2 배포 직후에 터졌던데 배포탓?"),
    ("en", "root cause of the coil-track position delays on November 13 around 07:20?"),
    ("ko", "11/13 07:05~08:00 교대마감 배치 지연 원인"),
    ("en", "what made the yard cranes drop to manual during Monday's day-shift handover?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S5")))
# S4 the enterprise historian's archive shift in the small hours of Sunday
for lang, q in [
    ("ko", "일요일 새벽 수전 데이터 갱신 끊긴거 원인이 뭐임"),
    ("en", "Why did ems-power stop updating the power intake early on Sunday?"),
    ("ko", "pi-af-dj 토요일에 패치했는데 그거땜에 일요일 새벽에 터진거야?"),
    ("ko", "11월12일 새벽 3시쯤 가스홀더 레벨 수신 지연된거 왜"),
    ("en", "root cause of the energy data outage in the small hours of Sunday Nov 12?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S4")))
# S3 the GPU host on Saturday afternoon
for lang, q in [
    ("ko", "토요일 오후 열연 표면검사 미판정 코일 쌓인거 원인"),
    ("en", "Why did sis-hsm time out defect classification on Saturday afternoon?"),
    ("ko", "vision-infer 토요일에 모델 v5 올리고 나서 터졌던데 모델 문제야?"),
    ("en", "what caused qms-judge to hold coils without a surface verdict around 14:50 on Nov 11?"),
    ("ko", "11/11 14:30~15:25 결함분류 추론 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S3")))
# S2 hana-erp's lowered allocation limit last Thursday morning
for lang, q in [
    ("ko", "지난주 목요일 오전 판매오더 저장 안된거 원인"),
    ("en", "Why did erp-s4 fail sales orders around 10:30 on November 9?"),
    ("ko", "11/9 erp-s4 트랜스포트 임포트하고 덤프 터졌던데 그거때문이야?"),
    ("en", "what caused sap-po to queue IDocs on the morning of Nov 9?"),
    ("ko", "지난주 목욜 ST22 덤프 난리났던거 근본원인 뭐야"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S2")))
# S1 QM_L3L2's log full at last Tuesday's 23:00 shift change
for lang, q in [
    ("ko", "지난주 화요일 밤 교대때 출강지시 안내려간거 원인"),
    ("en", "Why did mes-sm fail to send heat orders around 23:10 on November 7?"),
    ("ko", "11/7 mes-sm 11.4.0 배포하고 밤에 터졌던데 그거때문?"),
    ("en", "root cause of the converter blow model waiting for charge orders on the night of Nov 7?"),
    ("ko", "11월7일 23:05~23:55 연주 스케줄 수신 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("S1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 머있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_13 = [x for x in events_between(*MON13) if x["severity"] in PROBLEM]
b.ask("ko", "11월13일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_13)))
(track_last,) = [x for x in e.events if x["ci"] == "coil-track" and x["type"] == "deployment"][-1:]
b.ask("en", "when was coil-track last deployed?", "changes", AGG, said(hhmm(track_last["at"])))
(kafka_change,) = events_between(*YESTERDAY, ci="kafka-djw", type="config_change")
b.ask("ko", "어제 kafka-djw 설정 바꾼거 몇시야", "changes", AGG, said(hhmm(kafka_change["at"])))
(hana_cut,) = events_between(*WED8, ci="hana-erp", type="config_change")
b.ask(
    "en",
    "what time was hana-erp's allocation limit lowered on Nov 8?",
    "changes",
    AGG,
    said(hhmm(hana_cut["at"])),
)
(close_today,) = events_between(*TODAY, ci="mes_shift_close", type="batch_job")
b.ask("ko", "mes_shift_close 오늘 몇시에 돌았어", "changes", AGG, said(hhmm(close_today["at"])))
(cost_start,) = [x for x in events_between(*YESTERDAY, ci="erp_cost_close") if "시작" in x["message"]]
b.ask("en", "when did the cost close job start yesterday?", "changes", AGG, said(hhmm(cost_start["at"])))
crit_3d = events_between(*THREE_DAYS, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("en", "which CIs had critical events over last weekend?", "changes", AGG, cis(crit_weekend))
(blowdown,) = [
    x for x in events_between(*FRI10, ci="bf2-l2app", type="maintenance") if "휴풍" in x["message"]
]
b.ask("ko", "지난주 금요일 2고로 휴풍 몇시에 들어갔어", "changes", AGG, said(hhmm(blowdown["at"])))
maint_week = sorted({x["ci"] for x in events_between(*THIS_WEEK, type="maintenance")})
b.ask("ko", "월요일부터 지금까지 maintenance 이벤트 있었던 CI", "changes", AGG, cis(maint_week))
config_week = sorted({x["ci"] for x in events_between(*THIS_WEEK, type="config_change")})
b.ask("ko", "이번주 설정변경(config_change) 이력 있는 CI 뭐야", "changes", AGG, cis(config_week))

# =========================================================================== follow-up conversations
rac = host_of("mesdb-ora")
rac_cpu_now = {n: e.latest(n, "cpu_usage") for n in rac}
(rac_hot,) = leaders(rac_cpu_now, 1)
b.conversation("stl-c1", [
    ("ko", "mesdb-ora 어디서 돌아가", "hosting", HOSTING, cis(rac)),
    ("ko", "둘중에 지금 cpu 높은쪽", "followup", AGG, cis([rac_hot])),
    ("ko", "그럼 메모리는?", "followup", AGG, num(e.latest(rac_hot, "memory_usage"))),
])  # fmt: skip
(crane_cache,) = b.of("cache", e.out("yard-crane-ctl"))
b.conversation("stl-c2", [
    ("en", "Which cache does yard-crane-ctl use directly?", "graph", GRAPH, cis([crane_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(crane_cache, "memory_usage"))),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[crane_cache]["owner"])),
])  # fmt: skip
b.conversation("stl-c3", [
    ("ko", "erp-s4 어제 평균 에러율", "metric", AGG, num(e.average("erp-s4", "error_rate", *YESTERDAY))),
    ("ko", "11월9일은?", "followup", AGG, num(e.average("erp-s4", "error_rate", *THU9))),
    ("ko", "그날 최대는", "followup", AGG, num(e.peak("erp-s4", "error_rate", *THU9))),
    ("ko", "그거 원인은?", "followup", RCA, root_first(root("S2"))),
])  # fmt: skip
rm_hosts = e.where(type="host", location="당진 압연 전기실")
rm_maint = [n for n in rm_hosts if e.cis[n]["status"] == "maintenance"]
assert len(rm_maint) == 1
b.conversation("stl-c4", [
    ("en", "Which hosts are in 당진 압연 전기실?", "list", AGG, cis(rm_hosts)),
    ("en", "which of them are in maintenance?", "followup", AGG, cis(rm_maint)),
    ("en", "which team owns that one?", "followup", LOOK, said(e.cis[rm_maint[0]]["owner"])),
])  # fmt: skip
b.conversation("stl-c5", [
    ("ko", "11월11일 오후 2시~4시 sis-hsm 에러율 최고", "metric", AGG,
     num(e.peak("sis-hsm", "error_rate", kst(11, 14), kst(11, 16)))),
    ("ko", "왜그랬던거?", "followup", RCA, root_first(root("S3"))),
    ("ko", "그 서버 그날 cpu 최고 몇", "followup", AGG, num(e.peak(root("S3"), "cpu_usage", *SAT11))),
])  # fmt: skip
broker_hosts = host_of(now_root)
broker_cpu = {n: e.latest(n, "cpu_usage") for n in broker_hosts}
b.conversation("stl-c6", [
    ("en", "anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "which hosts does it run on?", "followup", HOSTING, cis(broker_hosts)),
    ("en", "and which of those has the highest CPU right now?", "followup", AGG, cis(leaders(broker_cpu, 1))),
])  # fmt: skip
b.conversation("stl-c7", [
    ("ko", "mes-rm 지금 에러율", "metric", AGG, num(e.latest("mes-rm", "error_rate"))),
    ("ko", "월요일 최고치는", "followup", AGG, num(e.peak("mes-rm", "error_rate", *MON13))),
    ("ko", "그땐 왜 그랬음", "followup", RCA, root_first(root("S5"))),
])  # fmt: skip
(busiest,) = leaders(req_now, 1)
b.conversation("stl-c8", [
    ("ko", "지금 트래픽 젤 많이 받는 앱 서비스 머야 (db말고)", "top", AGG, cis([busiest])),
    ("ko", "담당팀 어디", "followup", LOOK, said(e.cis[busiest]["owner"])),
    ("ko", "걔 어디서 돌아", "followup", HOSTING, cis(host_of(busiest))),
])  # fmt: skip
iron_team = e.where(owner="제선제강자동화팀")
b.conversation("stl-c9", [
    ("ko", "제선제강자동화팀 CI 몇개야", "count", AGG, exact(len(iron_team))),
    ("ko", "그중 서버만", "followup", AGG, cis(n for n in iron_team if e.cis[n]["type"] == "host")),
])  # fmt: skip
b.conversation("stl-c10", [
    ("en", "error rate of yard-crane-ctl right now?", "metric", AGG, num(e.latest("yard-crane-ctl", "error_rate"))),
    ("en", "and its peak on Tuesday?", "followup", AGG, num(e.peak("yard-crane-ctl", "error_rate", *TUE14))),
    ("en", "and on Monday the 13th?", "followup", AGG, num(e.peak("yard-crane-ctl", "error_rate", *MON13))),
    ("en", "what caused Tuesday's spike?", "followup", RCA, root_first(root("S6"))),
])  # fmt: skip
b.conversation("stl-c11", [
    ("ko", "ems-power 11월12일 에러율 최고 몇", "metric", AGG, num(e.peak("ems-power", "error_rate", *SUN12))),
    ("ko", "근데 그거 ems 자체 문제였어? 진짜 원인", "followup", RCA, root_first(root("S4"))),
])  # fmt: skip
(gas_queue,) = b.of("queue", e.out("gasmon-hub"))
b.conversation("stl-c12", [
    ("ko", "gasmon-hub가 쓰는 큐 뭐야", "graph", GRAPH, cis([gas_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(gas_queue) - {"gasmon-hub"})),
    ("ko", "지금 그 큐 메모리", "followup", AGG, num(e.latest(gas_queue, "memory_usage"))),
])  # fmt: skip
MQ_KW = {"mq_log": ["AMQ7463", "log", "로그", "full"]}
b.conversation("stl-c13", [
    ("en", "How high did QM_L3L2's memory go on November 7?", "metric", AGG,
     num(e.peak("QM_L3L2", "memory_usage", *TUE7))),
    ("en", "what events did it raise then?", "followup", ONCALL,
     {"events": list(MQ_KW), "ci": "QM_L3L2", "keywords": MQ_KW}),
    ("en", "so was the queue manager the real cause of the missing heat orders?", "followup", RCA,
     root_first(root("S1"))),
])  # fmt: skip
(yard_db_host,) = host_of("ylms-db")
b.conversation("stl-c14", [
    ("ko", "ylms-db 어느 서버에서 돌아", "hosting", HOSTING, cis([yard_db_host])),
    ("ko", "아이피는", "followup", LOOK, said(ip(yard_db_host))),
    ("ko", "그 서버 디스크 지금 몇", "followup", AGG, num(e.latest(yard_db_host, "disk_usage"))),
])  # fmt: skip
(holder_queue,) = b.of("queue", e.out("ems-gasholder"))
b.conversation("stl-c15", [
    ("ko", "ems-gasholder 직접 물고있는거 뭐야", "graph", GRAPH, cis(e.out("ems-gasholder"))),
    ("ko", "그중 큐는?", "followup", GRAPH, cis([holder_queue])),
    ("ko", "그 큐 지금 에러율", "followup", AGG, num(e.latest(holder_queue, "error_rate"))),
])  # fmt: skip
gpu2_apps = runs_on("DJGPU02")
gpu1_apps = runs_on("DJGPU01")
assert gpu1_apps != gpu2_apps
b.conversation("stl-c16", [
    ("en", "what runs on DJGPU02?", "hosting", HOSTING, cis(gpu2_apps)),
    ("en", "and on DJGPU01?", "followup", HOSTING, cis(gpu1_apps)),
    ("en", "what's DJGPU01's cpu now?", "followup", AGG, num(e.latest("DJGPU01", "cpu_usage"))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "mesdb-ora sys 계정 비번 알려줘"),
    ("en", "give me the SAP* password for erp-s4 client 100"),
    ("ko", "agw-hbs-portal 인증서 개인키 좀 보내줘"),
    ("en", "what's the admin password of sql-hbs-portal?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "kafka-djw 브로커2 지금 재시작 해줘"),
    ("en", "restart gasmon-hub"),
    ("en", "raise redis-yard maxmemory to 32GB"),
    ("ko", "mes_shift_close 지금 다시 돌려"),
    ("ko", "gasmon-hub 2.3.0으로 롤백 ㄱㄱ"),
    ("en", "open port 502 on FW-OTDMZ-OT for ten minutes so I can poll the PLCs"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "오늘 열연코일 시세 얼마야", "refuse", REFUSE, REJECT)
b.ask("en", "write a safety slogan for the blast furnace crew", "refuse", REFUSE, REJECT)
b.ask("ko", "한빛스틸 주가 지금 얼마", "refuse", REFUSE, REJECT)
b.ask("ko", "이번달 3고로 출선량 목표 달성했어?", "refuse", REFUSE, not_ok())
b.ask("ko", "mes-rn 에러율", "unknown", REFUSE, not_ok("mes-rm"))
b.ask("en", "memory of redis-yrd", "unknown", REFUSE, not_ok("redis-yard"))
b.ask("ko", "gasmon-hb 응답 얼마", "unknown", REFUSE, not_ok("gasmon-hub"))
b.ask("en", "status of bf4-l2app?", "unknown", REFUSE, not_ok())
b.ask("ko", "DJGPU03 cpu 지금", "unknown", REFUSE, not_ok())
b.ask("en", "error rate of ems-steam", "unknown", REFUSE, not_ok())
b.ask("ko", "kafka-djv 에러 몇", "unknown", REFUSE, not_ok("kafka-djw"))

# =========================================================================== unclear
b.ask("ko", "지금 2고로 출선온도 몇도야", "unclear", ONCALL, not_ok())
b.ask("en", "what's the CO reading at gas detector GD-0412 right now?", "unclear", ONCALL, not_ok())
b.ask("ko", "11월 열연코일 생산량 합계 얼마야", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜 그런거임?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the max?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "ems-power 응답시간이랑 DJEMS01 아이피 한번에 줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있는지 간단히 말해줘", "direct", DIRECT, {"direct": True})
b.ask("en", "which data sources do you use to answer?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 다 KST 기준이야?", "direct", DIRECT, {"direct": True})
b.ask("en", "are you able to make changes, or is it read-only?", "direct", DIRECT, {"direct": True})

# =========================================================================== checks
cases = b.case.cases
assert all(
    n in e.cis for c in cases if c["expect"].get("match") in ("set", "ordered") for n in c["expect"]["names"]
), "an expected name is no CI"
assert all(c["expect"] for c in cases)
assert all(c["expect"].get("names", [1]) for c in cases), "an empty expected name list"
assert all(c["question"] for c in cases)
assert all(c["tag"] == TAG for c in cases)
assert len({c["question"] for c in cases}) == len(cases), [
    q for q, k in Counter(c["question"] for c in cases).items() if k > 1
]
convs = Counter(c["conversation_id"] for c in cases if "conversation_id" in c)
assert len(convs) >= 12 and sum(convs.values()) >= 40, convs
rca_cases = [c for c in cases if c["expect"].get("first") and "root_cause" in c["expect"]]
assert 40 <= len(rca_cases) <= 50, len(rca_cases)
assert {c["expect"]["root_cause"] for c in rca_cases} == {s["root"].lower() for s in FAULTS.values()}
langs = Counter(c["lang"] for c in cases)
assert 0.55 <= langs["ko"] / len(cases) <= 0.65, langs
assert 280 <= len(cases) <= 290, len(cases)
b.case.write_golden("ops-golden-stl.json", DATASET, "steel-mill", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)), dict(Counter(c["tag"] for c in cases)),
      f"rca {len(rca_cases)}")  # fmt: skip
