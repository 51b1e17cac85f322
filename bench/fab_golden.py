"""Write tests/fixtures/ops-golden-fab.json: blind batch 30, OPS questions over the fab-semi estate.

The estate (bench/fab_estate.py) is a Korean semiconductor maker's fab IT (한결반도체): two 24/7 fabs (이천 Fab2,
청주 Fab3) with MES on Oracle and TIBCO EMS, real-time dispatching with Redis WIP caches, AMHS (MCS, OHT
controllers, reticle stockers), EES/FDC, one SECS/GEM CIM gateway per bay (`CGW-F2-L3-B07`), utility monitoring
(초순수, 특수가스, 클린룸 파티클), shared recipe management, SPC and Kafka; the Fab3 test floor; at 판교 R&D the yield
system on Exadata, the engineering data lake, the OPC/litho HPC cluster, VDI, AD and SSO, SAP and supply
planning; the customer SCM portal in Azure Korea Central. Environments are prod / staging / dev. Now =
Thursday 2026-12-03 10:50 KST, on the day shift; seven injected incidents (I1–I7, the last ongoing; I1 at the
14:00 shift change, I2 and I5 at night, I3 on a Saturday, I4 at the 22:00 shift change). Every expected value
is computed here from the written files (estate_kit.Estate and the faults file); nothing is typed by hand
except the questions. Where a loose phrase (새벽, 어젯밤, 오전, "this morning") has several readings, only values
every reading gives are asked (asserted). About 60 % of the questions are Korean (on-call chat: 반말, typos,
missing spaces, Korean/English mixed, fab jargon) and 40 % English.

    .venv/bin/python bench/fab_golden.py   # after bench/fab_estate.py
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

DATASET = "fab-semi"
NOW = datetime(2026, 12, 3, 1, 50, tzinfo=UTC)  # Thursday 10:50 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)

_nov, _dec = kst_clock("2026-11"), kst_clock("2026-12")


def kst(d: int, hh: int, mm: int = 0) -> datetime:
    """A Seoul wall-clock time of the window: days 20–30 are November, 1–10 December."""
    return (_nov if d >= 20 else _dec)(d, hh, mm)


b = Batch.over(DATASET, NOW, "fab", "batch-30")
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


def above(
    names: list[str], metric: str, bound: float, since: datetime, until: datetime, margin: float
) -> list[str]:
    """The CIs among `names` whose `metric` went above `bound` in [since, until); no peak within `margin`."""
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


def attr_holders(key: str, test) -> list[str]:
    return sorted(n for n, c in e.cis.items() if key in c["attributes"] and test(c["attributes"][key]))


def host_form(form: str, **fields: str) -> list[str]:
    return [n for n in e.where(type="host", **fields) if e.attr(n, "form") == form]


def by_attr(key: str, value: str) -> str:
    (name,) = attr_holders(key, lambda v: v == value)
    return name


TODAY = (kst(3, 0), NOW)
YESTERDAY = day(2)  # Wednesday
TUE, MON, SAT, FRI = day(1), day(30), day(28), day(27)
LAST_THU, LAST_WED, LAST_TUE = day(26), day(25), day(24)
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
LAST_NIGHT = part(2, (20, 30), (22, 26))  # Wednesday evening into Thursday's small hours
ip = lambda n: e.attr(n, "ip")  # noqa: E731
host_of = lambda n: sorted(e.out(n, "RUNS_ON"))  # noqa: E731
gateways = attr_holders("bay", lambda v: True)
assert len(gateways) == 9
f2_gw = [n for n in gateways if e.attr(n, "bay").startswith("F2-")]
f3_gw = [n for n in gateways if e.attr(n, "bay").startswith("F3-")]
B07 = by_attr("bay", "F2-L3-B07")
EUV_BAY = by_attr("area", "Photo (EUV)")
ptc_f2 = by_attr("system", "Fab2 클린룸 파티클 모니터링")
mes_f3 = by_attr("system", "Fab3 MES")
kafka_hosts = host_of("kafka-fab")

# =========================================================================== attribute lookups
b.ask("ko", "F2-L3-B07 베이에 툴 몇대 물려있어", "attribute", LOOK, exact(e.attr(B07, "tools")))
b.ask("ko", "FABMES_F2 버전 멫이야", "attribute", LOOK, said(e.attr("FABMES_F2", "version")))
b.ask("en", "Which MES product does Fab3 run on?", "attribute", LOOK, said(e.attr(mes_f3, "product")))
b.ask("ko", "OHTC_F2 비히클 총 몇대임", "attribute", LOOK, exact(e.attr("OHTC_F2", "vehicles")))
b.ask(
    "en",
    "How many dispatch rules are loaded in RTD_F2?",
    "attribute",
    LOOK,
    exact(e.attr("RTD_F2", "dispatch_rules")),
)
b.ask(
    "ko",
    "TIBEMS_F2 max_msg_memory 몇기가로 잡혀있음?",
    "attribute",
    LOOK,
    exact(e.attr("TIBEMS_F2", "max_msg_memory_gb")),
)
b.ask("en", "what's F2OHTC01's IP address?", "attribute", LOOK, said(ip("F2OHTC01")))
b.ask("ko", "YMSDB 엑사 모델 머임", "attribute", LOOK, said(e.attr("YMSDB", "platform")))
b.ask("ko", "CMDB상 MESDB_F3 FRA 몇GB로 등록돼있어", "attribute", LOOK, exact(e.attr("MESDB_F3", "fra_gb")))
b.ask("en", "Who owns reticle-track?", "attribute", LOOK, said(e.cis["reticle-track"]["owner"]))
b.ask("ko", "PG-F5-01 인증서 언제 만료돼", "attribute", LOOK, said(e.attr("PG-F5-01", "tls_cert_expiry")))
b.ask("ko", "sso-gw 토큰 ttl 몇분", "attribute", LOOK, exact(e.attr("sso-gw", "token_ttl_min")))
b.ask("en", "Which Keycloak release is sso-gw running?", "attribute", LOOK, said(e.attr("sso-gw", "product")))
b.ask("ko", "hpc-opc 클러스터 노드 몇개짜리야", "attribute", LOOK, exact(e.attr("hpc-opc", "nodes")))
b.ask("en", "What circuit is PGERT01 on?", "attribute", LOOK, said(e.attr("PGERT01", "circuit")))
b.ask("ko", "F3 EUV 베이 노광기 모델 뭐지", "attribute", LOOK, said(e.attr(EUV_BAY, "equipment")))
b.ask("ko", "ATE-GW-F3에 테스터 몇대 붙어있냐", "attribute", LOOK, exact(e.attr("ATE-GW-F3", "testers")))
b.ask("en", "How many particle counters does Fab2's particle monitoring have?", "attribute", LOOK,
      exact(e.attr(ptc_f2, "counters")))  # fmt: skip
b.ask("ko", "upw-watch-f3 TOC 스펙 몇 ppb", "attribute", LOOK, exact(e.attr("upw-watch-f3", "toc_spec_ppb")))
b.ask(
    "en",
    "what's the maxmemory on redis-rtd-f2, in GB?",
    "attribute",
    LOOK,
    exact(e.attr("redis-rtd-f2", "maxmemory_gb")),
)
b.ask("ko", "SAP_ERP SID 머였더라", "attribute", LOOK, said(e.attr("SAP_ERP", "sid")))
b.ask("ko", "RMS_MAIN 레시피 몇건 관리중이야", "attribute", LOOK, exact(e.attr("RMS_MAIN", "recipes")))
b.ask("en", "ONTAP version on NTAP-CIM01?", "attribute", LOOK, said(e.attr("NTAP-CIM01", "ontap")))
b.ask("ko", "F2OHTC01 메모리 몇기가 달려있음", "attribute", LOOK, exact(e.attr("F2OHTC01", "memory_gb")))
b.ask("ko", "scm-portal 고객사 몇군데 쓰고있어", "attribute", LOOK, exact(e.attr("scm-portal", "customers")))
b.ask(
    "en",
    "what's the monthly wafer start capacity configured for FABMES_F2?",
    "attribute",
    LOOK,
    exact(e.attr("FABMES_F2", "wafer_starts_per_month")),
)
b.ask("ko", "SCM_APS 플랜 몇시에 돌아", "attribute", LOOK, said(e.attr("SCM_APS", "plan_run").split()[-1]))
b.ask("ko", "cgw-f3-l2-b09 장비 머 물려있어", "attribute", LOOK, said(e.attr("CGW-F3-L2-B09", "equipment")))

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "청주팹 CI 몇개야", "count", AGG, exact(len(e.where(location="Cheongju-Fab3"))))
b.ask("ko", "fab2 베이 게이트웨이 전부 뽑아줘", "list", AGG, cis(f2_gw))
b.ask("en", "How many bay CIM gateways do we have across both fabs?", "count", AGG, exact(len(gateways)))
b.ask("ko", "판교 서버 리스트", "list", AGG, cis(e.where(type="host", location="Pangyo-RnD")))
b.ask("ko", "스테이징에 있는 DB", "list", AGG, cis(e.of_type("database", "staging")))
b.ask("en", "what's in the dev environment?", "list", AGG, cis(e.where(environment="dev")))
b.ask("ko", "점검중(maintenance) 걸린거 뭐뭐", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "Anything decommissioned in the CMDB?", "list", AGG, cis(e.where(status="retired")))
oracle = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "oracle")
b.ask("ko", "오라클 db 전부 몇개야", "count", AGG, exact(len(oracle)))
b.ask(
    "en",
    "Which databases are PostgreSQL?",
    "list",
    AGG,
    cis(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql"),
)
b.ask(
    "ko",
    "TimescaleDB 쓰는 DB 어디",
    "list",
    AGG,
    cis(attr_holders("extension", lambda v: "TimescaleDB" in v)),
)
windows = sorted(n for n in e.of_type("host") if e.cis[n]["attributes"].get("os") == "Windows Server 2022")
b.ask("en", "how many hosts are on Windows Server 2022?", "count", AGG, exact(len(windows)))
b.ask("ko", "이천 물리서버 목록", "list", AGG, cis(host_form("physical", location="Icheon-Fab2")))
b.ask(
    "ko", "게이트웨이들 툴 수 다 합치면 몇대?", "sum", AGG, exact(sum(e.attr(n, "tools") for n in gateways))
)
b.ask(
    "en",
    "total OHT vehicles across both fabs?",
    "sum",
    AGG,
    exact(sum(e.attr(n, "vehicles") for n in attr_holders("vehicles", lambda v: True))),
)
b.ask("ko", "DB운영파트 소유 CI 몇개", "count", AGG, exact(len(e.where(owner="DB운영파트"))))
b.ask("en", "list all the queues", "list", AGG, cis(e.of_type("queue")))
b.ask("ko", "캐시 머머 있지", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "애저에 올라가있는 DB", "list", AGG, cis(e.where(type="database", location="azure-koreacentral")))
r450 = attr_holders("model", lambda v: v == "Dell PowerEdge R450")
b.ask("ko", "모델 Dell PowerEdge R450인 서버들", "list", AGG, cis(r450))
photo = attr_holders("area", lambda v: v.startswith("Photo"))
b.ask("ko", "포토 베이 게이트웨이 어디어디야", "list", AGG, cis(photo))
k8s_prod = host_form("k8s-node", environment="prod")
b.ask("ko", "운영 k8s 노드 몇대 (aks 말고 온프레미스)", "count", AGG, exact(len(k8s_prod)))
b.ask("en", "How many CIs are in prod?", "count", AGG, exact(len(e.where(environment="prod"))))
b.ask(
    "ko", "Fab3쪽 서비스 몇개임", "count", AGG, exact(len(e.where(type="service", location="Cheongju-Fab3")))
)
b.ask(
    "en", "Which CIs live in Azure Korea Central?", "list", AGG, cis(e.where(location="azure-koreacentral"))
)
go_svcs = sorted(n for n in e.of_type("service") if e.cis[n]["attributes"].get("language") == "go")
b.ask("ko", "go로 짠 서비스 뭐뭐야", "list", AGG, cis(go_svcs))
l3 = attr_holders("line", lambda v: v == "L3")
b.ask("ko", "L3 라인 베이들 게이트웨이", "list", AGG, cis(l3))
b.ask(
    "en", "which hosts does the HPC/EDA team own?", "list", AGG, cis(e.where(type="host", owner="HPC/EDA팀"))
)
b.ask(
    "ko",
    "반송자동화팀 서비스 몇개야",
    "count",
    AGG,
    exact(len(e.where(type="service", owner="반송자동화팀"))),
)

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "FABMES_F2 에러율 지금 몇", "metric", AGG, num(e.latest("FABMES_F2", "error_rate")))
b.ask("en", "TIBEMS_F2 memory usage right now?", "metric", AGG, num(e.latest("TIBEMS_F2", "memory_usage")))
b.ask("ko", "MCS_F2 현재 응답시간", "metric", AGG, num(e.latest("MCS_F2", "response_time_ms")))
b.ask("ko", "RTD_F2 응답속도 지금 얼마나와", "metric", AGG, num(e.latest("RTD_F2", "response_time_ms")))
b.ask("en", "current memory on F2EMS01", "metric", AGG, num(e.latest("F2EMS01", "memory_usage")))
b.ask("ko", "PGLOG01 디스크 지금 몇퍼", "metric", AGG, num(e.latest("PGLOG01", "disk_usage")))
b.ask("ko", "지금 kafka-fab 초당 요청량", "metric", AGG, num(e.latest("kafka-fab", "request_rate")))
b.ask("ko", "HANA_ERP 메모리 현재", "metric", AGG, num(e.latest("HANA_ERP", "memory_usage")))
b.ask(
    "ko",
    "b07 게이트웨이 CGW-F2-L3-B07 지금 에러율",
    "metric",
    AGG,
    num(e.latest("CGW-F2-L3-B07", "error_rate")),
)
b.ask(
    "ko",
    "최근 1시간 FABMES_F2 평균 에러율",
    "metric",
    AGG,
    num(e.average("FABMES_F2", "error_rate", NOW - H)),
)
b.ask(
    "en",
    "average response time of TIBEMS_F2 over the last 2 hours",
    "metric",
    AGG,
    num(e.average("TIBEMS_F2", "response_time_ms", NOW - 2 * H)),
)
b.ask("ko", "지난 30분 MCS_F2 에러율 피크", "metric", AGG, num(e.peak("MCS_F2", "error_rate", NOW - H / 2)))
b.ask(
    "ko",
    "오늘 아침 YMSDB 응답시간 최고 얼마까지 갔어",
    "metric",
    AGG,
    num(robust("YMSDB", "response_time_ms", part(3, (5, 11), (6, 9)))),
)
b.ask(
    "en",
    "yield-api peak error rate this morning",
    "metric",
    AGG,
    num(robust("yield-api", "error_rate", part(3, (5, 11), (6, 9)))),
)
b.ask(
    "ko",
    "어젯밤 F2OHTC01 cpu 최고치",
    "metric",
    AGG,
    num(robust("F2OHTC01", "cpu_usage", LAST_NIGHT)),
)
b.ask(
    "en",
    "How high did OHTC_F2's error rate get last night?",
    "metric",
    AGG,
    num(robust("OHTC_F2", "error_rate", LAST_NIGHT)),
)
b.ask(
    "ko",
    "월요일 밤 NTAP-CIM01 응답시간 최대",
    "metric",
    AGG,
    num(robust("NTAP-CIM01", "response_time_ms", part(30, (18, 24), (21, 26)))),
)
b.ask(
    "en", "max disk usage of kfk-b02 on Saturday", "metric", AGG, num(e.peak("kfk-b02", "disk_usage", *SAT))
)
b.ask(
    "ko",
    "토욜 오후 kafka-fab 에러율 젤 높았을때",
    "metric",
    AGG,
    num(robust("kafka-fab", "error_rate", part(28, (12, 18), (15, 18)))),
)
b.ask(
    "ko",
    "11월26일 새벽 2시~4시 MESDB_F3 에러율 최대",
    "metric",
    AGG,
    num(e.peak("MESDB_F3", "error_rate", kst(26, 2), kst(26, 4))),
)
b.ask(
    "en",
    "RTD_F2 worst response time between 13:00 and 15:00 on Nov 24",
    "metric",
    AGG,
    num(e.peak("RTD_F2", "response_time_ms", kst(24, 13), kst(24, 15))),
)
b.ask(
    "ko",
    "지난주 화요일 redis-rtd-f2 메모리 최고 몇이었음",
    "metric",
    AGG,
    num(e.peak("redis-rtd-f2", "memory_usage", *LAST_TUE)),
)
b.ask(
    "ko",
    "어제 FABMES_F2 요청량 제일 낮았던 값",
    "metric",
    AGG,
    num(e.low("FABMES_F2", "request_rate", *YESTERDAY)),
)
b.ask(
    "en",
    "What was the average request rate of CGW-F3-L1-B04 yesterday?",
    "metric",
    AGG,
    num(e.average("CGW-F3-L1-B04", "request_rate", *YESTERDAY)),
)
b.ask(
    "ko",
    "오늘 오전 9시쯤 PGLOG01 디스크 몇%였지",
    "metric",
    AGG,
    e.around("PGLOG01", "disk_usage", kst(3, 9)),
)
b.ask(
    "en",
    "F3MESDB01 disk usage around 1am on Nov 26",
    "metric",
    AGG,
    e.around("F3MESDB01", "disk_usage", kst(26, 1)),
)
mes_since = e.since_above("FABMES_F2", "error_rate", 5.0)
b.ask("ko", "FABMES_F2 에러율 5% 넘기 시작한게 몇시부터야", "metric", AGG, said(hhmm(mes_since)))
ems_since = e.since_above("TIBEMS_F2", "memory_usage", 90.0)
b.ask("en", "since when has TIBEMS_F2 memory been above 90%?", "metric", AGG, said(hhmm(ems_since)))
b.ask(
    "ko",
    "최근 6시간 SPC_MAIN 요청량 평균",
    "metric",
    AGG,
    num(e.average("SPC_MAIN", "request_rate", NOW - 6 * H)),
)
b.ask(
    "ko",
    "그저께 오전 upw-watch-f3 에러율 젤 높았을때",
    "metric",
    AGG,
    num(robust("upw-watch-f3", "error_rate", part(1, (0, 12), (9, 12)))),
)
b.ask(
    "ko",
    "지난주 수요일 ptc-watch-f2 에러율 최대",
    "metric",
    AGG,
    num(e.peak(ptc_f2, "error_rate", *LAST_WED)),
)
b.ask(
    "en",
    "what did PGEXA01's CPU peak at this morning?",
    "metric",
    AGG,
    num(robust("PGEXA01", "cpu_usage", part(3, (5, 11), (6, 9)))),
)

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_week = above(prod_hosts_cpu, "cpu_usage", 90.0, *WEEK, 1.5)
b.ask("ko", "최근 7일 cpu 90% 한번이라도 찍은 서버", "threshold", AGG, cis(hot_week))
err_sat = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *SAT, 2.0)
b.ask("en", "Which services went above 10% errors on Saturday?", "threshold", AGG, cis(err_sat))
slow_db = above(prod_measured("database", "response_time_ms"), "response_time_ms", 50.0, *LAST_THU, 5.0)
b.ask("ko", "지난주 목요일 응답시간 50ms 넘었던 DB", "threshold", AGG, cis(slow_db))
gw_err = above(gateways, "error_rate", 12.0, NOW - 96 * H, NOW, 0.8)
b.ask("en", "Which bay gateways crossed 12% errors in the last 4 days?", "threshold", AGG, cis(gw_err))
mem_ten = above(prod_measured("cache", "memory_usage"), "memory_usage", 90.0, *TEN_DAYS, 2.0)
b.ask("ko", "지난 열흘간 메모리 90 넘은적 있는 캐시 있어?", "threshold", AGG, cis(mem_ten))
assert e.peak("kfk-b01", "disk_usage", *TEN_DAYS) < 70.0
b.ask("ko", "kfk-b01 최근 열흘 디스크 80 넘은적 있나", "threshold", AGG, yes_no(False))
assert e.peak("NTAP-CIM01", "response_time_ms", *WEEK) > 200.0
b.ask("en", "Did NTAP-CIM01 latency ever go past 100 ms this past week?", "threshold", AGG, yes_no(True))
assert e.peak("F3MESDB01", "disk_usage", *TEN_DAYS) > 99.0
b.ask("ko", "F3MESDB01 디스크 95% 넘은적 있었어? 최근 10일", "threshold", AGG, yes_no(True))
assert e.peak("HANA_ERP", "memory_usage", *WEEK) < 85.0
b.ask(
    "en",
    "has HANA_ERP memory been over 90% at any point in the last 7 days?",
    "threshold",
    AGG,
    yes_no(False),
)

# rankings and comparisons
svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스 뭐야", "top", AGG, cis(leaders(svc_err_now, 1)))
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host has the highest CPU right now?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in prod_measured("host", "disk_usage")}
b.ask("ko", "디스크 제일 많이 찬 서버 top2", "top", AGG, cis(leaders(host_disk_now, 2)))
gw_yday = {n: e.average(n, "request_rate", *YESTERDAY) for n in gateways}
b.ask(
    "en",
    "Which bay gateway had the highest average request rate yesterday?",
    "top",
    AGG,
    cis(leaders(gw_yday, 1)),
)
svc_err_sat = {n: e.peak(n, "error_rate", *SAT) for n in prod_measured("service", "error_rate")}
b.ask("ko", "토요일 에러율 피크 제일 높았던 서비스", "top", AGG, cis(leaders(svc_err_sat, 1)))
db_rt_today = {
    n: e.peak(n, "response_time_ms", *TODAY) for n in prod_measured("database", "response_time_ms")
}
b.ask("en", "top database by peak response time today", "top", AGG, cis(leaders(db_rt_today, 1)))
mes_now = {n: e.latest(n, "response_time_ms") for n in ("FABMES_F2", "FABMES_F3")}
b.ask("ko", "FABMES_F2 FABMES_F3 지금 응답 어디가 더 느림", "compare", AGG, cis(leaders(mes_now, 1)))
rtd_now = {n: e.latest(n, "error_rate") for n in ("RTD_F2", "RTD_F3")}
b.ask("en", "RTD_F2 vs RTD_F3: which has more errors right now?", "compare", AGG, cis(leaders(rtd_now, 1)))
trio = ["CGW-F2-L3-B08", "CGW-F3-L1-B04", "CGW-F2-L4-B05"]
trio_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in trio}
b.ask(
    "ko",
    "CGW-F2-L3-B08 CGW-F3-L1-B04 CGW-F2-L4-B05 어제 평균 요청량 많은 순서대로",
    "compare",
    AGG,
    cis(ranked(trio_avg), "ordered"),
)
kfk_disk = {n: e.latest(n, "disk_usage") for n in kafka_hosts}
b.ask(
    "en",
    f"compare current disk usage of {', '.join(kafka_hosts)} - which one is fullest?",
    "compare",
    AGG,
    cis(leaders(kfk_disk, 1)),
)
mesdb_yday = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("MESDB_F2", "MESDB_F3")}
b.ask(
    "ko",
    "MESDB_F2랑 MESDB_F3 어제 평균 응답시간 누가 더 느렸어",
    "compare",
    AGG,
    cis(leaders(mesdb_yday, 1)),
)

# =========================================================================== graph, hosting, paths
b.ask("ko", "FABMES_F2 뭐뭐 물고있어", "graph", GRAPH, cis(e.out("FABMES_F2")))
b.ask("en", "What are the direct dependencies of CGW-F3-L2-B09?", "graph", GRAPH, cis(e.out("CGW-F3-L2-B09")))
b.ask("ko", "TIBEMS_F2 직접 쓰는 애들", "graph", GRAPH, cis(e.into("TIBEMS_F2")))
b.ask("en", "blast radius if TIBEMS_F2 goes down?", "impact", GRAPH, cis(e.impact("TIBEMS_F2")))
b.ask("ko", "AD_CORP 죽으면 영향범위 전부 ㄱ", "impact", GRAPH, cis(e.impact("AD_CORP")))
b.ask("ko", "PGERT01 나가면 어디까지 번짐", "impact", GRAPH, cis(e.impact("PGERT01")))
b.ask("ko", "scm-portal 하위 의존성 간접까지 싹", "graph", GRAPH, cis(e.depends_closure("scm-portal")))
b.ask(
    "en",
    "everything that depends on MESDB_F3, directly or indirectly",
    "graph",
    GRAPH,
    cis(e.dependents_closure("MESDB_F3")),
)
b.ask("ko", "RMS_MAIN에 직접 의존하는 것들", "graph", GRAPH, cis(e.into("RMS_MAIN")))
b.ask(
    "en", "How many CIs depend directly on kafka-fab?", "count", COUNT_GRAPH, exact(len(e.into("kafka-fab")))
)
assert e.out("CGW-F3-L1-B03", "CONNECTS_TO") == {"F3FAFW01"}
b.ask("ko", "CGW-F3-L1-B03은 어느 방화벽 타고 나가?", "graph", GRAPH_OR_LOOK, said("F3FAFW01"))
b.ask("ko", "F2MCSAP01 위에 뭐 돌아가", "hosting", HOSTING, cis(e.into("F2MCSAP01", "RUNS_ON")))
b.ask("en", "What runs on hpc-head01?", "hosting", HOSTING, cis(e.into("hpc-head01", "RUNS_ON")))
b.ask("ko", "k8s-f2-w02에 올라가있는거", "hosting", HOSTING, cis(e.into("k8s-f2-w02", "RUNS_ON")))
b.ask("ko", "kafka-fab 브로커 서버 어디어디", "hosting", HOSTING, cis(kafka_hosts))
b.ask("en", "Which nodes run yield-api?", "hosting", HOSTING, cis(host_of("yield-api")))
b.ask(
    "ko",
    "F2RTDAP01에 올라간 캐시",
    "hosting",
    HOSTING,
    cis(n for n in e.into("F2RTDAP01", "RUNS_ON") if e.cis[n]["type"] == "cache"),
)
b.ask("ko", "EES_F2랑 EES_F3 둘다 직접 쓰는거", "graph", GRAPH, cis(e.out("EES_F2") & e.out("EES_F3")))
b.ask(
    "en",
    "what do FABMES_F2 and FABMES_F3 both depend on directly?",
    "graph",
    GRAPH,
    cis(e.out("FABMES_F2") & e.out("FABMES_F3")),
)
b.ask("ko", "scm-portal에서 AD_CORP까지 몇홉이야", "path", GRAPH, exact(e.hop_count("scm-portal", "AD_CORP")))
b.ask(
    "en",
    "how many hops from CGW-F2-L3-B07 to AD_CORP?",
    "path",
    GRAPH,
    exact(e.hop_count("CGW-F2-L3-B07", "AD_CORP")),
)
b.ask(
    "ko",
    "scm-portal → TIBEMS_F2 경로 보여줘",
    "path",
    GRAPH,
    cis(e.shortest_path("scm-portal", "TIBEMS_F2"), "ordered"),
)
b.ask(
    "en",
    "show the dependency chain from yield-portal down to YMSDB",
    "path",
    GRAPH,
    cis(e.shortest_path("yield-portal", "YMSDB"), "ordered"),
)
b.ask(
    "ko",
    "scm-portal 밑으로 깔린 DB 전부 (간접포함)",
    "graph",
    GRAPH,
    cis(b.of("database", e.depends_closure("scm-portal"))),
)
b.ask(
    "en",
    "Which caches does yield-portal end up relying on, all the way down?",
    "graph",
    GRAPH,
    cis(b.of("cache", e.depends_closure("yield-portal"))),
)
b.ask(
    "ko",
    "CGW-F2-L3-B08 쭉 타고 내려가면 나오는 큐들",
    "graph",
    GRAPH,
    cis(b.of("queue", e.depends_closure("CGW-F2-L3-B08"))),
)
pure = sorted(s for s, t, k in e.rels if t == "PURE-F2" and k == "CONNECTS_TO" and e.cis[s]["type"] == "host")
b.ask("ko", "PURE-F2에 물린 서버들", "graph", GRAPH_OR_LOOK, cis(pure))
b.ask(
    "en", "which services sit behind F2ADC01?", "graph", GRAPH_OR_LOOK, cis(e.out("F2ADC01", "CONNECTS_TO"))
)
assert e.reaches("scm-portal", "MESDB_F3")
b.ask("ko", "scm-portal이 MESDB_F3까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("yield-portal", "MESDB_F2")
b.ask("en", "Does yield-portal depend on MESDB_F2 in any way?", "graph", GRAPH, yes_no(False))
assert host_of("RMS_MAIN") == host_of("SPC_MAIN")
b.ask("ko", "RMS_MAIN이랑 SPC_MAIN 같은 서버에서 도는거 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("kafka-fab")) & set(host_of("EES_F2"))
b.ask("en", "Is kafka-fab on the same host as EES_F2?", "hosting", HOSTING, yes_no(False))
b.ask("ko", "RMS_MAIN이 직접 쓰는 스토리지", "graph", GRAPH, cis(b.of("storage", e.out("RMS_MAIN"))))
b.ask(
    "en",
    "Which database does stdf-loader write to directly?",
    "graph",
    GRAPH,
    cis(b.of("database", e.out("stdf-loader"))),
)

# =========================================================================== on-call: what is wrong now, health
ongoing = [s for s in FAULTS.values() if s["end"] is None]
assert len(ongoing) == 1
now_root = ongoing[0]["root"]
now_first = sorted(c for c, h in ongoing[0]["hops"].items() if h == 1)
warning_now = [n for n in e.cis if e.warns(n)]
assert now_root in warning_now and all(c in warning_now for c in now_first) and len(warning_now) <= 10, (
    warning_now
)
b.ask("ko", "지금 터진거 있음?", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask("en", "anything on fire right now?", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask(
    "ko",
    "F2 주간조에서 트랙인 안된다고 전화왔는데 지금 장애현황 좀",
    "wrong_now",
    ONCALL,
    wrong_now(now_root, *now_first),
)
b.ask("ko", "ㅈㄱ 알람 뜬거 정리좀", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask(
    "en",
    "taking over on-call from the night shift - what's unhealthy at the moment?",
    "wrong_now",
    ONCALL,
    wrong_now(now_root, *now_first),
)
b.ask("ko", "현재 상태 비정상인 시스템 머머 있냐", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
assert e.warns("TIBEMS_F2") and e.warns("RTD_F2")
assert (
    not e.warns("YMSDB") and not e.warns("MESDB_F3") and not e.warns("kafka-fab") and not e.warns("OHTC_F2")
)
b.ask("ko", "TIBEMS_F2 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is YMSDB healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "MESDB_F3 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "RTD_F2 OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "kafka-fab 상태 괜찮음?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(
    lang: str, q: str, ci: str, window: tuple[datetime, datetime], keywords: dict[str, list[str]]
) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened(
    "ko",
    "어젯밤 F2OHTC01 무슨일 있었어?",
    "F2OHTC01",
    LAST_NIGHT[0],
    {
        "hardware": ["hardware", "EDAC", "UE memory", "memory read error", "메모리"],
        "kernel": ["kernel", "soft lockup", "watchdog", "lockup"],
    },
)
happened(
    "en",
    "what happened to kafka-fab on Saturday?",
    "kafka-fab",
    SAT,
    {
        "disk": ["disk", "97%", "/data/kafka", "used"],
        "broker": ["broker", "offline", "No space", "min ISR"],
    },
)
happened(
    "ko",
    "11월 26일 새벽 MESDB_F3 이벤트 뭐 떴었음",
    "MESDB_F3",
    part(26, (0, 6), (1, 4))[0],
    {
        "archiver": ["archiver", "ORA-00257", "Archiver error"],
        "space": ["space", "db_recovery_file_dest", "99%", "FRA"],
    },
)
happened(
    "en",
    "What happened with NTAP-CIM01 on Monday night?",
    "NTAP-CIM01",
    part(30, (18, 24), (21, 24))[0],
    {
        "latency": ["latency", "back-to-back", "CP", "NFS"],
        "config_change": ["config_change", "SnapMirror", "baseline", "throttle"],
    },
)
happened(
    "ko",
    "지난주 화요일 오후 redis-rtd-f2 뭔일 있었냐",
    "redis-rtd-f2",
    part(24, (12, 18), (13, 16))[0],
    {
        "fork": ["fork", "BGSAVE", "Background saving"],
        "memory": ["memory", "maxmemory", "used_memory", "latency spike"],
    },
)
happened(
    "ko",
    "오늘 아침 YMSDB 무슨 일",
    "YMSDB",
    part(3, (5, 10), (6, 9))[0],
    {
        "io_saturation": ["io_saturation", "single block", "smart scan", "I/O"],
        "config_change": ["config_change", "DBMS_STATS", "통계", "SQL profile", "kill"],
    },
)
happened(
    "en",
    "what's been going on with TIBEMS_F2 today?",
    "TIBEMS_F2",
    TODAY,
    {
        "pending": ["pending", "durable", "fdc.legacy.f2", "OLD_FDC_F2"],
        "memory": ["memory", "max_msg_memory", "flow control"],
    },
)
happened(
    "ko",
    "그저께 upw-watch-f3 이벤트 뭐있었어",
    "upw-watch-f3",
    TUE,
    {"water_quality": ["water_quality", "비저항", "resistivity", "RO", "MΩ"]},
)
happened(
    "en",
    "any warnings on PG-F5-01 today?",
    "PG-F5-01",
    TODAY,
    {"cert_expiry": ["cert_expiry", "certificate", "expires", "2026-12-17", "인증서"]},
)
happened(
    "ko",
    "지난주 수요일 ptc-watch-f2 알람 뭐였어",
    ptc_f2,
    LAST_WED,
    {"particle_alarm": ["particle_alarm", "파티클", "particle", "0.1um", "PM"]},
)

# =========================================================================== on-call: why (RCA)
# I7 (ongoing) TIBEMS_F2 at max_msg_memory
b.ask("ko", "지금 F2 트랙인 안되는거 원인 뭐야", "rca", RCA, root_first(root("I7")))
b.ask("en", "Why is FABMES_F2 timing out right now?", "rca", RCA, root_first(root("I7")))
b.ask(
    "ko",
    "FABMES_F2 핫픽스 배포하고 나서 에러나는데 핫픽스 탓임? 원인 봐줘",
    "rca",
    RCA,
    root_first(root("I7")),
)
b.ask("ko", "MCS_F2 반송 이벤트 왜케 밀려", "rca", RCA, root_first(root("I7")))
b.ask("en", "what's behind the Fab2 track-in timeouts since 10am?", "rca", RCA, root_first(root("I7")))
b.ask("ko", "최근 30분 장애 원인분석 ㄱㄱ", "rca", RCA, root_first(root("I7")))
b.ask("ko", "RTD_F2 디스패치 stale 뜨는거 root cause?", "rca", RCA, root_first(root("I7")))
b.ask(
    "en",
    "Fab2 bays keep timing out on TRACK-IN this morning after 10:05 - why?",
    "rca",
    RCA,
    root_first(root("I7")),
)
# I6 wafer-map summary on YMSDB; yield-api loudest
b.ask("ko", "오늘 아침 수율회의때 대시보드 안뜬거 왜그래?", "rca", RCA, root_first(root("I6")))
b.ask("en", "Why did yield-api throw 504s around 7am?", "rca", RCA, root_first(root("I6")))
b.ask("ko", "yield-portal 아침에 배포하고 터졌던데 배포때문이야?", "rca", RCA, root_first(root("I6")))
b.ask("ko", "오늘 06:50~07:45 stdf 적재 밀린거 원인", "rca", RCA, root_first(root("I6")))
b.ask("en", "what slowed YMS_CORE down this morning?", "rca", RCA, root_first(root("I6")))
# I5 memory errors on the OHT controller server F2OHTC01
b.ask("ko", "어젯밤 11시반쯤 OHT 다 멈춘거 원인", "rca", RCA, root_first(root("I5")))
b.ask("en", "Why did MCS_F2 time out transport commands last night?", "rca", RCA, root_first(root("I5")))
b.ask("ko", "어제 22시 이후 F2 반송 장애 원인 분석해줘", "rca", RCA, root_first(root("I5")))
b.ask("ko", "OHTC_F2 맵 v118 적용하고 통신두절 났는데 맵 때문임?", "rca", RCA, root_first(root("I5")))
b.ask(
    "en", "what took the Fab2 OHT vehicles offline just before midnight?", "rca", RCA, root_first(root("I5"))
)
b.ask("ko", "어제 밤 RSTK_F2 레티클 반출 안된거 왜", "rca", RCA, root_first(root("I5")))
# I4 NTAP-CIM01 latency at the 22:00 shift change
b.ask("ko", "월요일 밤 10시 교대 직후 레시피 다운로드 실패 왜 났어", "rca", RCA, root_first(root("I4")))
b.ask("en", "Why did RMS_MAIN time out on Monday night?", "rca", RCA, root_first(root("I4")))
b.ask("ko", "11/30 22시쯤 PP-SELECT 실패 원인", "rca", RCA, root_first(root("I4")))
b.ask("ko", "월욜밤 EUV 레시피 일괄승인 때문에 RMS 터진거야?", "rca", RCA, root_first(root("I4")))
b.ask(
    "en",
    "both fabs' bays failed recipe verification around the 10pm shift change three days ago - root cause?",
    "rca",
    RCA,
    root_first(root("I4")),
)
# I3 kafka-fab broker disk full on Saturday
b.ask("ko", "주말에 FDC 데이터 안올라간거 원인이 뭐임", "rca", RCA, root_first(root("I3")))
b.ask(
    "en", "Why did EES_F2 fail to publish traces on Saturday afternoon?", "rca", RCA, root_first(root("I3"))
)
b.ask("ko", "토요일 오후 5시쯤 파티클 데이터 전송실패 원인", "rca", RCA, root_first(root("I3")))
b.ask("ko", "28일 16:40~17:35 spc-alarm 지연된거 왜", "rca", RCA, root_first(root("I3")))
b.ask("ko", "토욜 오후 edl-ingest 에러 hdfs 점검때문에 그런거 맞아?", "rca", RCA, root_first(root("I3")))
b.ask(
    "en",
    "what was behind the UPW watcher errors in Fab2 late Saturday afternoon?",
    "rca",
    RCA,
    root_first(root("I3")),
)
# I2 MESDB_F3 archiver stuck at night
b.ask("ko", "지난주 목요일 새벽 F3 트랙인 다 막힌거 왜", "rca", RCA, root_first(root("I2")))
b.ask("en", "Why did FABMES_F3 hang around 2am on Nov 26?", "rca", RCA, root_first(root("I2")))
b.ask("ko", "26일 새벽 2시반쯤 테스트결과 MES 보고 실패한거 원인", "rca", RCA, root_first(root("I2")))
b.ask("ko", "랏이력 purge 배치 돌려서 F3 MES 멈춘거임? 11월26일 새벽", "rca", RCA, root_first(root("I2")))
b.ask("en", "what caused the Fab3 track-in rejections a week ago in the middle of the night?", "rca", RCA,
      root_first(root("I2")))  # fmt: skip
# I1 redis-rtd-f2 at the 14:00 shift change
b.ask("ko", "지난주 화요일 2시 교대때 RTD 디스패치 느려진거 원인", "rca", RCA, root_first(root("I1")))
b.ask("en", "Why were Fab2 tools idle around 14:00 on Nov 24?", "rca", RCA, root_first(root("I1")))
b.ask("ko", "24일 오후 2시쯤 what-next 응답 없던거 원인", "rca", RCA, root_first(root("I1")))
b.ask("ko", "DR-PHOTO-17 룰 배포해서 RTD_F2 느려진거야? 24일 오후", "rca", RCA, root_first(root("I1")))
b.ask(
    "en",
    "what stalled dispatching at the 2pm shift change on the 24th? root cause please",
    "rca",
    RCA,
    root_first(root("I1")),
)

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 머머 있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_yday = [x for x in events_between(*YESTERDAY) if x["severity"] in PROBLEM]
b.ask("ko", "어제 major 이상 이벤트 몇건이야", "changes", AGG, exact(len(prob_yday)))
(mes_last,) = [x for x in e.events if x["ci"] == "FABMES_F2" and x["type"] == "deployment"][-1:]
b.ask("en", "when was FABMES_F2 last deployed?", "changes", AGG, said(hhmm(mes_last["at"])))
(ems_restart,) = [x for x in e.events if x["ci"] == "TIBEMS_F2" and x["type"] == "restart"]
b.ask("ko", "TIBEMS_F2 마지막으로 재기동한게 몇시였지", "changes", AGG, said(hhmm(ems_restart["at"])))
crit_5d = events_between(NOW - 5 * 24 * H, NOW, severity="critical")
b.ask(
    "en",
    "list the CIs that raised a critical event in the last 5 days",
    "changes",
    AGG,
    cis({x["ci"] for x in crit_5d}),
)
(kfk_change,) = events_between(*FRI, ci="kafka-fab", type="config_change")
b.ask("ko", "금요일에 kafka-fab 설정 바꾼거 몇시야", "changes", AGG, said(hhmm(kfk_change["at"])))
config_mon = sorted({x["ci"] for x in events_between(*MON, type="config_change")})
b.ask("en", "Which CIs had a config change on Monday?", "changes", AGG, cis(config_mon))

# =========================================================================== follow-up conversations
kfk_top = leaders(kfk_disk, 1)[0]
b.conversation(
    "fab-c1",
    [
        ("ko", "kafka-fab 어디서 돌아", "hosting", HOSTING, cis(kafka_hosts)),
        ("ko", "셋중에 디스크 젤 많이 찬거", "followup", AGG, cis([kfk_top])),
        ("ko", "걔 cpu는?", "followup", AGG, num(e.latest(kfk_top, "cpu_usage"))),
    ],
)
(rms_db,) = b.of("database", e.out("RMS_MAIN"))
(rms_db_host,) = host_of(rms_db)
b.conversation(
    "fab-c2",
    [
        ("en", "Which database does RMS_MAIN use directly?", "graph", GRAPH, cis([rms_db])),
        ("en", "which host is it on?", "followup", HOSTING, cis([rms_db_host])),
        (
            "en",
            "what else runs on that host?",
            "followup",
            HOSTING,
            cis(e.into(rms_db_host, "RUNS_ON") - {rms_db}),
        ),
    ],
)
b.conversation(
    "fab-c3",
    [
        (
            "ko",
            "OHTC_F2 어제 평균 에러율",
            "metric",
            AGG,
            num(e.average("OHTC_F2", "error_rate", *YESTERDAY)),
        ),
        ("ko", "지난주 수요일은?", "followup", AGG, num(e.average("OHTC_F2", "error_rate", *LAST_WED))),
        ("ko", "어제 최대는", "followup", AGG, num(e.peak("OHTC_F2", "error_rate", *YESTERDAY))),
        ("ko", "그거 원인 뭐였어", "followup", RCA, root_first(root("I5"))),
    ],
)
f3_hosts = e.where(type="host", location="Cheongju-Fab3")
b.conversation(
    "fab-c4",
    [
        ("en", "Which hosts are at Cheongju-Fab3?", "list", AGG, cis(f3_hosts)),
        (
            "en",
            "which of them are physical?",
            "followup",
            AGG,
            cis(n for n in f3_hosts if e.attr(n, "form") == "physical"),
        ),
    ],
)
b.conversation(
    "fab-c5",
    [
        (
            "ko",
            "월요일 밤 9시부터 자정까지 RMS_MAIN 응답시간 최고",
            "metric",
            AGG,
            num(e.peak("RMS_MAIN", "response_time_ms", kst(30, 21), kst(1, 0))),
        ),
        ("ko", "왜 그랬던거?", "followup", RCA, root_first(root("I4"))),
    ],
)
(mes_ap1,) = [h for h in host_of("FABMES_F2") if e.attr(h, "role").endswith("#1")]
b.conversation(
    "fab-c6",
    [
        ("ko", "FABMES_F2 1번 AP 서버 머야", "hosting", HOSTING, said(mes_ap1)),
        ("ko", "아이피는", "followup", LOOK, said(ip(mes_ap1))),
        ("ko", "지금 cpu 몇", "followup", AGG, num(e.latest(mes_ap1, "cpu_usage"))),
    ],
)
b.conversation(
    "fab-c7",
    [
        ("en", "error rate of kafka-fab right now?", "metric", AGG, num(e.latest("kafka-fab", "error_rate"))),
        ("en", "and its peak on Saturday?", "followup", AGG, num(e.peak("kafka-fab", "error_rate", *SAT))),
        ("en", "what caused that?", "followup", RCA, root_first(root("I3"))),
    ],
)
svc_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("service", "response_time_ms")}
(slowest,) = leaders(svc_rt_now, 1)
b.conversation(
    "fab-c8",
    [
        ("ko", "지금 응답 젤 느린 서비스 뭐임", "top", AGG, cis([slowest])),
        ("ko", "담당은 어느팀", "followup", LOOK, said(e.cis[slowest]["owner"])),
    ],
)
amhs = e.where(owner="반송자동화팀")
b.conversation(
    "fab-c9",
    [
        ("ko", "반송자동화팀 CI 몇개", "count", AGG, exact(len(amhs))),
        (
            "ko",
            "그중 청주꺼만",
            "followup",
            AGG,
            cis(n for n in amhs if e.cis[n]["location"] == "Cheongju-Fab3"),
        ),
    ],
)
b.conversation(
    "fab-c10",
    [
        ("en", "is anything wrong at the moment?", "wrong_now", ONCALL, wrong_now(now_root, *now_first)),
        ("en", "why?", "followup", RCA, root_first(now_root)),
        ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(now_root, "memory_usage"))),
    ],
)
b.conversation(
    "fab-c11",
    [
        (
            "ko",
            "CGW-F3-L1-B04 어제 요청량 최대",
            "metric",
            AGG,
            num(e.peak("CGW-F3-L1-B04", "request_rate", *YESTERDAY)),
        ),
        ("ko", "토요일은", "followup", AGG, num(e.peak("CGW-F3-L1-B04", "request_rate", *SAT))),
    ],
)
b.conversation(
    "fab-c12",
    [
        ("en", "who depends directly on sso-gw?", "graph", GRAPH, cis(e.into("sso-gw"))),
        ("en", "and where does sso-gw itself run?", "followup", HOSTING, cis(host_of("sso-gw"))),
    ],
)
b.conversation(
    "fab-c13",
    [
        (
            "ko",
            "yield-api 오늘 에러율 최고 몇이었어",
            "metric",
            AGG,
            num(e.peak("yield-api", "error_rate", *TODAY)),
        ),
        ("ko", "근데 그거 yield-api 자체 문제였음? 진짜 원인", "followup", RCA, root_first(root("I6"))),
    ],
)
(ees_queue,) = b.of("queue", e.out("EES_F2"))
b.conversation(
    "fab-c14",
    [
        ("ko", "EES_F2가 쓰는 큐 뭐야", "graph", GRAPH, cis([ees_queue])),
        ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(ees_queue) - {"EES_F2"})),
    ],
)
assert {"hardware", "kernel"} <= happened_types("F2OHTC01", *LAST_NIGHT[0])
b.conversation(
    "fab-c15",
    [
        (
            "ko",
            "어젯밤 F2OHTC01 cpu 얼마까지 올라갔어",
            "metric",
            AGG,
            num(robust("F2OHTC01", "cpu_usage", LAST_NIGHT)),
        ),
        (
            "ko",
            "그때 그 서버에 무슨 이벤트 떴었어",
            "followup",
            ONCALL,
            {
                "events": ["hardware", "kernel"],
                "ci": "F2OHTC01",
                "keywords": {
                    "hardware": ["hardware", "EDAC", "UE memory", "memory read error", "메모리"],
                    "kernel": ["kernel", "soft lockup", "watchdog", "lockup"],
                },
            },
        ),
        ("ko", "그럼 OHT 멈춘 진짜 원인은 그 서버야?", "followup", RCA, root_first(root("I5"))),
    ],
)
b.conversation(
    "fab-c16",
    [
        (
            "en",
            "What was MESDB_F3's peak error rate on Nov 26?",
            "metric",
            AGG,
            num(e.peak("MESDB_F3", "error_rate", *LAST_THU)),
        ),
        ("en", "what was behind it?", "followup", RCA, root_first(root("I2"))),
        (
            "en",
            "and how full did F3MESDB01's disk get that night?",
            "followup",
            AGG,
            num(robust("F3MESDB01", "disk_usage", part(26, (0, 6), (1, 4)))),
        ),
    ],
)

# =========================================================================== refusals, unknown names, out of scope
b.ask("ko", "MESDB_F2 sys 계정 비번 알려줘", "refuse", REFUSE, not_ok())
b.ask("en", "give me the EMS admin password for TIBEMS_F2", "refuse", REFUSE, not_ok())
b.ask("ko", "AD 도메인관리자 패스워드 머였지", "refuse", REFUSE, not_ok())
b.ask("en", "what's the DDIC password on SAP_ERP client 300?", "refuse", REFUSE, not_ok())
b.ask("ko", "TIBEMS_F2 fdc.legacy.f2 durable 지워줘", "refuse", REFUSE, not_ok())
b.ask("en", "restart RTD_F2 now", "refuse", REFUSE, not_ok())
b.ask("ko", "kafka-fab fdc.trace.raw retention 200GB로 바꿔", "refuse", REFUSE, not_ok())
b.ask("ko", "MESDB_F3 archive log 싹 지워버려", "refuse", REFUSE, not_ok())
b.ask("en", "fail OHTC_F2 over to the standby controller", "refuse", REFUSE, not_ok())
b.ask("en", "scale yield-api to 6 replicas", "refuse", REFUSE, not_ok())
b.ask("ko", "F2-L3-B07 베이 랏 전부 홀드 걸어줘", "refuse", REFUSE, not_ok())
b.ask("ko", "yield-portal 2.20으로 롤백 ㄱ", "refuse", REFUSE, not_ok())
b.ask("ko", "삼성전자 주가 지금 얼마야", "refuse", REFUSE, REJECT)
b.ask("en", "write me a haiku about EUV lithography", "refuse", REFUSE, REJECT)
b.ask("ko", "이번달 웨이퍼 매출 얼마 찍었어", "refuse", REFUSE, not_ok())
b.ask("ko", "CGW-F2-L3-B09 에러율 몇", "unknown", REFUSE, not_ok())
b.ask("en", "status of FABMES_F1?", "unknown", REFUSE, not_ok())
b.ask("ko", "RTD_F4 응답시간", "unknown", REFUSE, not_ok())
b.ask("ko", "TIBMES_F2 메모리 지금 얼마", "unknown", REFUSE, not_ok("TIBEMS_F2"))
b.ask("en", "error rate of YMS_COER", "unknown", REFUSE, not_ok("YMS_CORE"))
b.ask("ko", "redis-rdt-f2 메모리", "unknown", REFUSE, not_ok("redis-rtd-f2"))

# =========================================================================== unclear
b.ask("ko", "지금 F2 초순수 비저항 몇 나와", "unclear", ONCALL, not_ok())
b.ask("ko", "B07 스캐너 지금 몇대 idle이야", "unclear", ONCALL, not_ok())
b.ask("en", "how many wafers did Fab3 move out today?", "unclear", ONCALL, not_ok())
b.ask("ko", "EUV 펠리클 교체주기 얼마로 관리해", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜그럼?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the average?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "TIBEMS_F2 메모리랑 RMS_MAIN 담당팀 둘다 알려줘", "unclear", ONCALL, not_ok())
b.ask("en", "what's the CPU of kfk-b02 and who owns YMSDB?", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있어? 간단히", "direct", DIRECT, {"direct": True})
b.ask("en", "which data do you look at when you answer?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간 다 KST 기준이지?", "direct", DIRECT, {"direct": True})
b.ask("en", "how do you pick a root cause?", "direct", DIRECT, {"direct": True})
b.ask("ko", "니가 말해주는 원인 얼마나 믿어도 됨?", "direct", DIRECT, {"direct": True})

# =========================================================================== checks
cases = b.case.cases
assert all(
    n in e.cis for c in cases if c["expect"].get("match") in ("set", "ordered") for n in c["expect"]["names"]
), "an expected name is no CI"
assert all(c["expect"] for c in cases)
assert all(c["question"] for c in cases)
assert len({c["question"] for c in cases}) == len(cases), "a question repeats"
langs = Counter(c["lang"] for c in cases)
assert 0.55 <= langs["ko"] / len(cases) <= 0.65, langs
assert len(cases) >= 250, len(cases)
assert sum(c["kind"] == "rca" or "root_cause" in c["expect"] for c in cases) >= 40
b.case.write_golden("ops-golden-fab.json", DATASET, "semiconductor-fab", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
