"""Write tests/fixtures/ops-golden-insure.json: blind batch 23, OPS questions over the insure-life estate.

The estate (bench/insure_estate.py) is a Korean life & non-life insurer: policy admin on IBM i LPARs, claims
on Oracle RAC with OCR and fraud scoring, premium collection over IBM MQ and CMS 자동이체, the Genesys contact
centre at Guro, actuarial batch on Exadata and customer/agent channels in AWS Seoul. Now = Thursday 2026-11-26
15:20 KST; seven injected incidents (I1–I7, the last ongoing). Every expected value is computed here from the
written files (estate_kit.Estate and the faults file); nothing is typed by hand except the questions. Where a
loose phrase (아침, 오후, 새벽, 어젯밤) has several readings, only values every reading gives are asked
(asserted). About 60 % of the questions are Korean (on-call chat: 반말, typos, missing spaces, Korean/English
mixed) and 40 % English.

    .venv/bin/python bench/insure_golden.py   # after bench/insure_estate.py
"""

from __future__ import annotations

import itertools
import json
import sys
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
    names,
    not_ok,
    num,
    root_first,
    said,
    top,
    wrong_now,
    yes_no,
)

DATASET = "insure-life"
NOW = datetime(2026, 11, 26, 6, 20, tzinfo=UTC)  # Thursday 15:20 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
SEOUL = ZoneInfo("Asia/Seoul")

kst = kst_clock("2026-11")
b = Batch.over(DATASET, NOW, "insure", "batch-23")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
H = timedelta(hours=1)


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def cis(ns, match: str = "set") -> dict:
    """CI names; a snake_case or dotted name is asked as `contains` (then as a set, never in order), since the
    scorer cannot read a dotted name as one token."""
    ns = list(ns)
    if any("_" in n or "." in n for n in ns):
        assert match != "ordered", ns
        return names(sorted(ns), "contains")
    return ci_names(ns, match)


def ranked(scores: dict[str, float]) -> list[str]:
    order = sorted(scores, key=lambda k: -scores[k])
    assert all(scores[a] - scores[z] > 0.01 for a, z in itertools.pairwise(order)), scores
    return order


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


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d, 0), kst(d, 0) + timedelta(days=1)


def part(d: int, narrow: tuple[int, int], wide: tuple[int, int]) -> tuple[tuple, tuple]:
    """A loose part of day `d` as a narrow and a wide reading; hours past 24 run into the next day."""

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


def above(kind: str, metric: str, bound: float, since: datetime, until: datetime, margin: float) -> list[str]:
    """CIs of `kind` whose `metric` went above `bound` in [since, until); no peak within `margin` of it."""
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


def hhmm(t: datetime) -> str:
    return t.astimezone(SEOUL).strftime("%H:%M")


TODAY = kst(26, 0)
YESTERDAY = day(25)  # Wednesday, a CMS draw day
TUESDAY, MONDAY, SUNDAY, SATURDAY, FRIDAY = day(24), day(23), day(22), day(21), day(20)
LAST_THURSDAY = day(19)
ip = lambda n: e.attr(n, "ip")  # noqa: E731
host_of = lambda n: sorted(e.out(n, "RUNS_ON"))  # noqa: E731

# =========================================================================== attribute lookups
b.ask("ko", "AS4PRD1 아이피 뭐더라", "attribute", LOOK, said(ip("AS4PRD1")))
b.ask("en", "ip of the contact centre WAN router?", "attribute", LOOK, said(ip("CC-WAN-RT01")))
b.ask("ko", "OCR 돌리는 GPU서버 ip 좀", "attribute", LOOK, said(ip("OCRGPU01")))
b.ask("en", "Which OS release is AS4PRD1 running?", "attribute", LOOK, said(e.attr("AS4PRD1", "os")))
b.ask("ko", "ORA-CLAIM 오라클 버전 몇임", "attribute", LOOK, said(e.attr("ORA-CLAIM", "version")))
b.ask("en", "What IBM MQ version is QM.PAY.P1 on?", "attribute", LOOK, said(e.attr("QM.PAY.P1", "version")))
b.ask(
    "ko",
    "본인인증 연계 인증서 만료일 언제야",
    "attribute",
    LOOK,
    said(e.attr("nice-auth-gw", "cert_expires")),
)
b.ask(
    "en", "who's the OCR vendor for claim documents?", "attribute", LOOK, said(e.attr("claim-ocr", "vendor"))
)
b.ask("ko", "ARS 포트 몇 회선이야?", "attribute", LOOK, exact(e.attr("ARS-IVR", "ports")))
b.ask("en", "How many SIP trunks does GEN-SIP have?", "attribute", LOOK, exact(e.attr("GEN-SIP", "trunks")))
b.ask("ko", "상담원 몇명이 상담 어플 써?", "attribute", LOOK, exact(e.attr("cti-agent-desktop", "agents")))
b.ask(
    "ko", "설계사앱 쓰는 설계사 수 얼마나돼", "attribute", LOOK, exact(e.attr("haneul-agent-bff", "agents"))
)
b.ask(
    "en",
    "how many life policies does GAON-LIFE hold?",
    "attribute",
    LOOK,
    exact(e.attr("GAON-LIFE", "policies")),
)
b.ask("ko", "언더라이팅 룰 몇개 들어있어?", "attribute", LOOK, exact(e.attr("uw-rule-engine", "rules")))
b.ask("ko", "fds_scoring 담당 누구야?", "attribute", LOOK, said(e.cis["fds_scoring"]["owner"]))
b.ask(
    "en",
    "Which team owns the premium collection service?",
    "attribute",
    LOOK,
    said(e.cis["premium-collect"]["owner"]),
)
b.ask("ko", "ARS-IVR 어느 센터에 있어", "attribute", LOOK, said(e.cis["ARS-IVR"]["location"]))
b.ask(
    "ko",
    "책임준비금 배치 몇시에 끝나야 정상이야?",
    "attribute",
    LOOK,
    said(e.attr("actuary_rsv_batch", "expected_end")),
)
b.ask("en", "what's the VIP of F5-DC-VIP01?", "attribute", LOOK, said(e.attr("F5-DC-VIP01", "vip")))
b.ask("ko", "ECM-NAS01 용량 몇 테라?", "attribute", LOOK, exact(e.attr("ECM-NAS01", "capacity_tb")))
b.ask("ko", "보험사기 점수 모델 뭐 쓰고있어", "attribute", LOOK, said(e.attr("fds_scoring", "model")))

# =========================================================================== lists and counts
guro = e.where(location="guro-cc")
b.ask("ko", "구로 컨택센터(guro-cc)에 있는 CI 다 보여줘", "list", AGG, cis(guro))
aws_hosts = e.where(type="host", location="aws-apne2")
b.ask("en", "How many hosts do we have in aws-apne2?", "count", AGG, exact(len(aws_hosts)))
b.ask("ko", "스테이징에 뭐 있냐", "list", AGG, cis(e.where(environment="staging")))
b.ask("en", "List everything in the dev environment", "list", AGG, cis(e.where(environment="dev")))
b.ask("ko", "운영 DB 몇개임?", "count", AGG, exact(len(e.of_type("database", "prod"))))
b.ask("ko", "큐 매니저 목록 (queue 타입)", "list", AGG, cis(e.of_type("queue")))
b.ask("en", "what caches are there?", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "수납IT팀 소유 CI 뭐뭐야", "list", AGG, cis(e.where(owner="수납IT팀")))
b.ask("en", "How many CIs does 컨택센터IT팀 own?", "count", AGG, exact(len(e.where(owner="컨택센터IT팀"))))
b.ask("ko", "점검중(maintenance)인거 뭐있어", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "any retired hosts?", "list", AGG, cis(e.where(type="host", status="retired")))
lpars = sorted(n for n in e.of_type("host") if e.attr(n, "form") == "lpar")
b.ask("ko", "IBM i LPAR 몇 개 있어?", "count", AGG, exact(len(lpars)))
oel = sorted(
    n for n in e.of_type("host") if str(e.cis[n]["attributes"].get("os", "")).startswith("Oracle Linux")
)
b.ask("en", "Which hosts run Oracle Linux?", "list", AGG, cis(oel))
genesys = sorted(n for n, c in e.cis.items() if c["attributes"].get("vendor") == "Genesys")
b.ask("ko", "제네시스(Genesys) 제품 뭐뭐 쓰고있어?", "list", AGG, cis(genesys))
b.ask("ko", "대전 DR센터 서비스 목록", "list", AGG, cis(e.where(type="service", location="daejeon-drc")))
b.ask("en", "list the load balancers", "list", AGG, cis(e.of_type("load_balancer")))
b.ask(
    "en",
    "How many services does 보상IT팀 own?",
    "count",
    AGG,
    exact(len(e.where(type="service", owner="보상IT팀"))),
)
sm_phys = [n for n in e.where(type="host", location="sangam-dc") if e.attr(n, "form") == "physical"]
b.ask("ko", "상암 물리서버 몇대?", "count", AGG, exact(len(sm_phys)))
oracle_prod = [n for n in e.of_type("database", "prod") if e.attr(n, "engine") == "oracle"]
b.ask("en", "which prod databases are Oracle?", "list", AGG, cis(oracle_prod))

# =========================================================================== metrics
b.ask("ko", "AS4PRD1 지금 cpu 몇프로", "metric", AGG, num(e.latest("AS4PRD1", "cpu_usage")))
b.ask("en", "current memory on MQPRD02?", "metric", AGG, num(e.latest("MQPRD02", "memory_usage")))
b.ask("ko", "CLM-CORE 응답시간 현재값", "metric", AGG, num(e.latest("CLM-CORE", "response_time_ms")))
b.ask(
    "en",
    "what's fds_scoring's error rate right now",
    "metric",
    AGG,
    num(e.latest("fds_scoring", "error_rate")),
)
b.ask("ko", "DR-DD01 디스크 지금 몇% 찼냐", "metric", AGG, num(e.latest("DR-DD01", "disk_usage")))
b.ask("ko", "redis-pol-cache 메모리 지금", "metric", AGG, num(e.latest("redis-pol-cache", "memory_usage")))
b.ask(
    "ko",
    "최근 1시간 ORA-CLAIM 평균 응답시간",
    "metric",
    AGG,
    num(e.average("ORA-CLAIM", "response_time_ms", NOW - H)),
)
b.ask(
    "en",
    "average CPU of CLMDB01 over the last 3 hours",
    "metric",
    AGG,
    num(e.average("CLMDB01", "cpu_usage", NOW - 3 * H)),
)
b.ask(
    "en",
    "What was the average response time of ARS-IVR yesterday?",
    "metric",
    AGG,
    num(e.average("ARS-IVR", "response_time_ms", *YESTERDAY)),
)
b.ask(
    "ko",
    "어제 dasom-portal 요청량 평균은",
    "metric",
    AGG,
    num(e.average("dasom-portal", "request_rate", *YESTERDAY)),
)
b.ask(
    "en",
    "avg error rate of CLM-CORE since 14:00",
    "metric",
    AGG,
    num(e.average("CLM-CORE", "error_rate", kst(26, 14))),
)
b.ask(
    "ko",
    "2시부터 지금까지 claim-payment 에러율 최고",
    "metric",
    AGG,
    num(e.peak("claim-payment", "error_rate", kst(26, 14))),
)
b.ask("ko", "월요일 AS4PRD1 cpu 최대치", "metric", AGG, num(e.peak("AS4PRD1", "cpu_usage", *MONDAY)))
b.ask(
    "en",
    "peak response time of DB2I-POL on Monday morning",
    "metric",
    AGG,
    num(robust("DB2I-POL", "response_time_ms", part(23, (9, 12), (0, 12)))),
)
b.ask(
    "ko",
    "화요일 오후 uw-rule-engine 에러율 젤 높았을때",
    "metric",
    AGG,
    num(robust("uw-rule-engine", "error_rate", part(24, (12, 18), (12, 24)))),
)
b.ask(
    "en",
    "max response time of uw-rule-engine on Tuesday afternoon",
    "metric",
    AGG,
    num(robust("uw-rule-engine", "response_time_ms", part(24, (12, 18), (12, 24)))),
)
b.ask(
    "ko",
    "토요일 새벽 ECM-NAS01 디스크 최고 몇까지 갔어",
    "metric",
    AGG,
    num(robust("ECM-NAS01", "disk_usage", part(21, (1, 5), (0, 6)))),
)
b.ask(
    "ko",
    "어제저녁 nice-auth-gw 에러율 최대",
    "metric",
    AGG,
    num(robust("nice-auth-gw", "error_rate", part(25, (18, 22), (17, 24)))),
)
b.ask(
    "en",
    "How high did dasom-portal's request rate get last night?",
    "metric",
    AGG,
    num(robust("dasom-portal", "request_rate", part(25, (20, 24), (18, 30)))),
)
b.ask(
    "ko",
    "11월 20일 QM.PAY.P1 에러율 최대값",
    "metric",
    AGG,
    num(e.peak("QM.PAY.P1", "error_rate", *FRIDAY)),
)
b.ask(
    "en",
    "What was the peak request rate on QM.PAY.P1 on Nov 25?",
    "metric",
    AGG,
    num(e.peak("QM.PAY.P1", "request_rate", *YESTERDAY)),
)
b.ask(
    "ko",
    "19일 CC-WAN-RT01 패킷로스 최대 몇%?",
    "metric",
    AGG,
    num(e.peak("CC-WAN-RT01", "error_rate", *LAST_THURSDAY)),
)
b.ask(
    "en",
    "peak latency on CC-WAN-RT01 on November 19",
    "metric",
    AGG,
    num(e.peak("CC-WAN-RT01", "response_time_ms", *LAST_THURSDAY)),
)
b.ask(
    "ko",
    "오늘 오전 ARS-IVR 요청량 최고치",
    "metric",
    AGG,
    num(robust("ARS-IVR", "request_rate", part(26, (0, 12), (9, 12)))),
)
b.ask(
    "ko",
    "오늘 오전 PAYDB01 cpu 최고 얼마였지",
    "metric",
    AGG,
    num(robust("PAYDB01", "cpu_usage", part(26, (0, 12), (5, 12)))),
)
b.ask(
    "en",
    "peak CPU on ocp-w01 this morning?",
    "metric",
    AGG,
    num(robust("ocp-w01", "cpu_usage", part(26, (6, 12), (0, 12)))),
)
b.ask("ko", "일요일 GEN-SIP 요청량 최저", "metric", AGG, num(e.low("GEN-SIP", "request_rate", *SUNDAY)))
b.ask(
    "ko",
    "최근 6시간 CLM-CORE 응답시간 max",
    "metric",
    AGG,
    num(e.peak("CLM-CORE", "response_time_ms", NOW - 6 * H)),
)
b.ask(
    "en",
    "max error rate of ORA-CLAIM in the past 2 hours",
    "metric",
    AGG,
    num(e.peak("ORA-CLAIM", "error_rate", NOW - 2 * H)),
)
b.ask(
    "en",
    "How full did ECM-NAS01 get on Saturday?",
    "metric",
    AGG,
    num(e.peak("ECM-NAS01", "disk_usage", *SATURDAY)),
)
b.ask(
    "ko", "오늘 14시쯤 EXADW01 디스크 사용률", "metric", AGG, e.around("EXADW01", "disk_usage", kst(26, 14))
)
b.ask(
    "en",
    "memory of AS4PRD2 around 11:00 today",
    "metric",
    AGG,
    e.around("AS4PRD2", "memory_usage", kst(26, 11)),
)
clm_err_since = e.since_above("ORA-CLAIM", "error_rate", 2.0)
b.ask("ko", "ORA-CLAIM 에러율 언제부터 2% 넘었어?", "metric", AGG, said(hhmm(clm_err_since)))
clmdb_since = e.since_above("CLMDB01", "cpu_usage", 45.0)
b.ask("en", "since when has CLMDB01 CPU been above 45%?", "metric", AGG, said(hhmm(clmdb_since)))

# thresholds and "ever above"
hot_week = above("host", "cpu_usage", 90.0, NOW - 7 * 24 * H, NOW, 1.5)
b.ask("ko", "지난 7일간 cpu 90% 찍은 적 있는 서버?", "threshold", AGG, cis(hot_week))
b.ask(
    "en", "how many hosts hit more than 90% CPU in the last 7 days?", "threshold", AGG, exact(len(hot_week))
)
err_tue = above("service", "error_rate", 10.0, *TUESDAY, 1.0)
b.ask("ko", "화요일에 에러율 10% 넘었던 서비스 있음?", "threshold", AGG, cis(err_tue))
err_fri = above("service", "error_rate", 5.0, *FRIDAY, 0.5)
b.ask("en", "Which services went over 5% errors at any time on Friday?", "threshold", AGG, cis(err_fri))
full_store = above("storage", "disk_usage", 90.0, NOW - 7 * 24 * H, NOW, 2.0)
b.ask("ko", "일주일 동안 90% 넘게 찼던 스토리지", "threshold", AGG, cis(full_store))
slow_db_mon = above("database", "response_time_ms", 20.0, *MONDAY, 3.0)
b.ask("en", "databases with response time above 20 ms on Monday", "threshold", AGG, cis(slow_db_mon))
pay_peak = e.peak("PAYDB01", "cpu_usage", NOW - 7 * 24 * H)
assert pay_peak < 85.0, pay_peak
b.ask("ko", "PAYDB01 최근 일주일 동안 cpu 90% 넘은 적 있어?", "threshold", AGG, yes_no(False))
as4_peak = e.peak("AS4PRD1", "cpu_usage", NOW - 7 * 24 * H)
assert as4_peak > 95.0, as4_peak
b.ask("en", "Has AS4PRD1 ever gone above 95% CPU in the past week?", "threshold", AGG, yes_no(True))

# rankings
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_measured("host", "cpu_usage")}
b.ask("ko", "지금 cpu 젤 높은 서버 3개", "top", AGG, cis(leaders(host_cpu_now, 3, True), "ordered"))
svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("en", "top 2 services by error rate at the moment", "top", AGG, cis(leaders(svc_err_now, 2)))
db_rt_today = {
    n: e.average(n, "response_time_ms", TODAY) for n in prod_measured("database", "response_time_ms")
}
b.ask("ko", "오늘 평균 응답시간 젤 느린 DB 머야", "top", AGG, cis(leaders(db_rt_today, 1)))
mem_yday = {n: e.average(n, "memory_usage", *YESTERDAY) for n in prod_measured("host", "memory_usage")}
b.ask(
    "en",
    "Which 2 hosts had the highest average memory yesterday?",
    "top",
    AGG,
    cis(leaders(mem_yday, 2, True), "ordered"),
)
svc_rt_mon = {n: e.peak(n, "response_time_ms", *MONDAY) for n in prod_measured("service", "response_time_ms")}
b.ask("ko", "월요일 응답시간 피크 기준 상위 5개 서비스", "top", AGG, cis(leaders(svc_rt_mon, 5)))
storage_now = {n: e.latest(n, "disk_usage") for n in prod_measured("storage", "disk_usage")}
b.ask("en", "which storage array is the most full now?", "top", AGG, cis(leaders(storage_now, 1)))

# comparisons
b.ask(
    "ko",
    "CLMDB01 vs CLMDB02 지금 cpu 비교",
    "compare",
    AGG,
    num(e.latest("CLMDB02", "cpu_usage")),
)
ocp = ["ocp-w01", "ocp-w02", "ocp-w03", "ocp-w04"]
ocp_avg = {n: e.average(n, "cpu_usage", TODAY) for n in ocp}
b.ask(
    "en",
    "compare today's average CPU across ocp-w01, ocp-w02, ocp-w03 and ocp-w04 — which is busiest?",
    "compare",
    AGG,
    cis(leaders(ocp_avg, 1)),
)
mq_mem = {n: e.latest(n, "memory_usage") for n in ["MQPRD01", "MQPRD02"]}
b.ask("ko", "MQPRD01이랑 MQPRD02 메모리 누가 더 높아 지금", "compare", AGG, cis(ranked(mq_mem)[:1]))
as4_avg = {n: e.average(n, "cpu_usage", *MONDAY) for n in ["AS4PRD1", "AS4PRD2"]}
b.ask("en", "AS4PRD1 vs AS4PRD2 average CPU on Monday", "compare", AGG, num(as4_avg["AS4PRD1"]))
eks_rank = {n: e.average(n, "cpu_usage", *YESTERDAY) for n in ["eks-ng-a-01", "eks-ng-a-02", "eks-ng-b-01"]}
b.ask(
    "ko",
    "eks-ng-a-01 / eks-ng-a-02 / eks-ng-b-01 어제 평균 cpu 높은순 정렬",
    "compare",
    AGG,
    cis(ranked(eks_rank), "ordered"),
)

# =========================================================================== graph
b.ask("ko", "nb-subscription-api 는 뭐뭐에 의존함?", "graph", GRAPH, cis(e.out("nb-subscription-api")))
b.ask("en", "What are the direct dependencies of cust-api-gw?", "graph", GRAPH, cis(e.out("cust-api-gw")))
b.ask("ko", "pol-inquiry-api 바로 위에서 쓰는애들", "graph", GRAPH, cis(e.into("pol-inquiry-api")))
b.ask("ko", "ecm-doc-svc 죽으면 영향 범위 전부", "impact", GRAPH, cis(e.impact("ecm-doc-svc")))
b.ask("en", "If DB2I-POL goes down, what is impacted?", "impact", GRAPH, cis(e.impact("DB2I-POL")))
b.ask("ko", "DC-INET-FW01 장애시 영향받는 거", "impact", GRAPH, cis(e.impact("DC-INET-FW01")))
b.ask(
    "ko", "haneul-agent-bff 간접 의존성까지 전부", "graph", GRAPH, cis(e.depends_closure("haneul-agent-bff"))
)
b.ask(
    "en",
    "full transitive dependency list of claim-payment",
    "graph",
    GRAPH,
    cis(e.depends_closure("claim-payment")),
)
b.ask("ko", "nice-auth-gw 쓰는 애들 간접 포함", "graph", GRAPH, cis(e.dependents_closure("nice-auth-gw")))
b.ask(
    "en",
    "everything that depends on CLM-CORE, directly or not",
    "graph",
    GRAPH,
    cis(e.dependents_closure("CLM-CORE")),
)
b.ask("ko", "ARS는 뭐에 물려있어", "graph", GRAPH, cis(e.out("ARS-IVR")))
b.ask("ko", "ocp-w03 위에 뭐 떠있음", "hosting", HOSTING, cis(e.into("ocp-w03", "RUNS_ON")))
b.ask("en", "What's running on FDSAPP01?", "hosting", HOSTING, cis(e.into("FDSAPP01", "RUNS_ON")))
b.ask("ko", "gcc-gvp01 에서 돌아가는 서비스", "hosting", HOSTING, cis(e.into("gcc-gvp01", "RUNS_ON")))
b.ask("en", "Where does QM.PAY.P1 run?", "hosting", HOSTING, cis(host_of("QM.PAY.P1")))
b.ask("ko", "ORA-CLAIM 어느 서버들에 올라가있어", "hosting", HOSTING, cis(host_of("ORA-CLAIM")))
shared = e.out("premium-collect") & e.out("cms_debit_batch")
assert shared == e.depends_closure("premium-collect") & e.depends_closure("cms_debit_batch")
b.ask("ko", "premium-collect랑 cms_debit_batch 둘 다 의존하는거", "graph", GRAPH, cis(shared))
shared2 = e.out("uw-workbench") & e.out("nb-subscription-api")
b.ask(
    "en", "common direct dependencies of uw-workbench and nb-subscription-api", "graph", GRAPH, cis(shared2)
)
b.ask(
    "ko",
    "haneul-agent-bff 에서 ORA-UW 까지 몇홉이야",
    "path",
    GRAPH,
    exact(e.hop_count("haneul-agent-bff", "ORA-UW")),
)
b.ask(
    "en",
    "show the dependency path from dasom-portal to ORA-CLAIM",
    "path",
    GRAPH,
    cis(e.shortest_path("dasom-portal", "ORA-CLAIM"), "ordered"),
)
b.ask(
    "ko",
    "callbot-ai → DB2I-POL 경로",
    "path",
    GRAPH,
    cis(e.shortest_path("callbot-ai", "DB2I-POL"), "ordered"),
)
b.ask(
    "en",
    "how many hops from cust-api-gw to DB2I-POL?",
    "path",
    GRAPH,
    exact(e.hop_count("cust-api-gw", "DB2I-POL")),
)
b.ask(
    "ko",
    "cust-api-gw가 간접적으로라도 쓰는 DB 전부",
    "graph",
    GRAPH,
    cis(b.of("database", e.depends_closure("cust-api-gw"))),
)
b.ask(
    "en",
    "Which queues does claim-intake-api rely on, directly or indirectly?",
    "graph",
    GRAPH,
    cis(b.of("queue", e.depends_closure("claim-intake-api"))),
)
b.ask(
    "ko",
    "nb-subscription-api 타고 내려가면 나오는 스토리지?",
    "graph",
    GRAPH,
    cis(b.of("storage", e.depends_closure("nb-subscription-api"))),
)
wan_hosts = sorted(s for s, t, k in e.rels if t == "CC-WAN-RT01" and k == "CONNECTS_TO")
b.ask("ko", "CC-WAN-RT01에 연결된 서버들", "graph", GRAPH_OR_LOOK, cis(wan_hosts))
f5 = sorted(e.out("F5-DC-VIP01", "CONNECTS_TO"))
b.ask("en", "which services sit behind F5-DC-VIP01?", "graph", GRAPH_OR_LOOK, cis(f5))

# =========================================================================== on-call: what is wrong now
ongoing = [s for s in FAULTS.values() if s["end"] is None]
assert len(ongoing) == 1
now_root = ongoing[0]["root"]
now_first = sorted(c for c, h in ongoing[0]["hops"].items() if h == 1)
warning_now = [n for n in e.cis if e.warns(n)]
assert now_root in warning_now and all(c in warning_now for c in now_first) and len(warning_now) <= 10, (
    warning_now
)
b.ask("ko", "지금 뭐가 터졌어?", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask("en", "what's wrong right now?", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask("ko", "현재 이상있는 시스템 정리좀", "wrong_now", ONCALL, wrong_now(now_root, *now_first))
b.ask(
    "en", "is anything down or degraded at the moment?", "wrong_now", ONCALL, wrong_now(now_root, *now_first)
)
b.ask("ko", "지금 알람 뜬거 있냐", "wrong_now", ONCALL, wrong_now(now_root, *now_first))


# =========================================================================== on-call: what happened
def happened(
    lang: str, q: str, ci: str, window: tuple[datetime, datetime], keywords: dict[str, list[str]]
) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened(
    "ko",
    "토욜 새벽에 ECM-NAS01 무슨일 있었음?",
    "ECM-NAS01",
    part(21, (1, 5), (0, 6))[0],
    {"storage_full": ["storage_full", "full", "ENOSPC", "99.7"], "recovery": ["recovery", "73%", "resumed"]},
)
happened(
    "en",
    "what happened to QM.PAY.P1 on the 20th?",
    "QM.PAY.P1",
    FRIDAY,
    {
        "queue_full": ["queue_full", "2053", "MAXDEPTH", "Q_FULL", "depth"],
        "channel_retry": ["channel_retry", "RETRYING", "PAY.TO.KFTC"],
    },
)
happened(
    "ko",
    "화요일 오후 uw-rule-engine 무슨 일이야",
    "uw-rule-engine",
    part(24, (12, 18), (12, 24))[0],
    {
        "deployment": ["deployment", "deployed", "5.2.0"],
        "error": ["RIDER_2612", "RuleSetException", "500"],
        "rollback": ["rollback", "rolled back", "5.1.4"],
    },
)
happened(
    "en",
    "What happened with nice-auth-gw yesterday evening?",
    "nice-auth-gw",
    part(25, (18, 22), (17, 24))[0],
    {
        "cert_expired": ["cert_expired", "expired", "certificate", "인증서"],
        "cert_change": ["cert_change", "renewed", "2027-11-25"],
    },
)
happened(
    "ko",
    "월요일 오전에 DB2I-POL 이벤트 뭐있었어",
    "DB2I-POL",
    part(23, (9, 12), (0, 12))[0],
    {"slow_query": ["slow_query", "full table scan", "POLMST", "ACTBATCH", "actuary_rsv_batch"]},
)
happened(
    "en",
    "what happened to CC-WAN-RT01 on Nov 19?",
    "CC-WAN-RT01",
    LAST_THURSDAY,
    {
        "packet_loss": ["packet_loss", "packet loss", "CRC"],
        "config_change": ["config_change", "shut", "circuit #2"],
    },
)
happened(
    "ko",
    "오늘 ORA-CLAIM 무슨 이벤트 떴어",
    "ORA-CLAIM",
    (TODAY, NOW),
    {
        "lock_wait": ["lock_wait", "lock", "락", "enq: TX"],
        "batch_job": ["batch_job", "claim_adj_tool", "bulk correction"],
    },
)
happened(
    "en",
    "any events on actuary_rsv_batch on Monday?",
    "actuary_rsv_batch",
    MONDAY,
    {"batch_job": ["batch_job", "rerun", "가결산", "Reserve calculation"]},
)

# =========================================================================== on-call: why (RCA)
# I7 (ongoing) ORA-CLAIM lock contention
b.ask("ko", "보험금 청구 접수 왜케 느려?", "rca", RCA, root_first(root("I7")))
b.ask("en", "Why is CLM-CORE timing out right now?", "rca", RCA, root_first(root("I7")))
b.ask("ko", "fds_scoring 에러 계속나는데 원인 머임", "rca", RCA, root_first(root("I7")))
b.ask("ko", "지금 보험금 지급 결의가 안 넘어간다는데 왜그래", "rca", RCA, root_first(root("I7")))
b.ask("en", "root cause of the current claims slowdown?", "rca", RCA, root_first(root("I7")))
# I6 certificate expiry
b.ask("ko", "어제 저녁 7시쯤 홈페이지 본인인증 안됐던거 원인?", "rca", RCA, root_first(root("I6")))
b.ask(
    "en",
    "Why couldn't agents verify customers in the app last night around 19:30?",
    "rca",
    RCA,
    root_first(root("I6")),
)
b.ask("ko", "어제밤 cust-api-gw 에러 튄거 왜?", "rca", RCA, root_first(root("I6")))
# I5 bad deploy
b.ask("ko", "그저께 오후 2시 넘어서 청약 안됐던거 원인 뭐였어", "rca", RCA, root_first(root("I5")))
b.ask(
    "en",
    "what caused nb-subscription-api errors on Tuesday around 14:20?",
    "rca",
    RCA,
    root_first(root("I5")),
)
b.ask("ko", "화욜 심사 워크벤치 에러 원인", "rca", RCA, root_first(root("I5")))
# I4 batch loading the shared DB
b.ask("ko", "월요일 아침 9시반쯤 계약조회 엄청 느렸잖아 왜그런거야", "rca", RCA, root_first(root("I4")))
b.ask("en", "Why did AS4PRD1 CPU spike on Monday morning?", "rca", RCA, root_first(root("I4")))
b.ask("ko", "월욜 오전 DB2I-POL 느려진 원인", "rca", RCA, root_first(root("I4")))
b.ask("en", "RCA for the pol-inquiry-api slowness on Monday 09:30", "rca", RCA, root_first(root("I4")))
# I3 storage full
b.ask("ko", "토요일 새벽 청구서류 업로드 실패 원인?", "rca", RCA, root_first(root("I3")))
b.ask("en", "why did claim-ocr fail early Saturday morning?", "rca", RCA, root_first(root("I3")))
b.ask("ko", "토욜 2시쯤 ecm-doc-svc 에러 왜남", "rca", RCA, root_first(root("I3")))
# I2 queue manager blocked
b.ask("ko", "20일 아침 자동이체 출금 요청 실패한거 원인 뭐야", "rca", RCA, root_first(root("I2")))
b.ask(
    "en",
    "What was behind the premium-collect failures on Friday around 08:30?",
    "rca",
    RCA,
    root_first(root("I2")),
)
b.ask("ko", "금요일 8시반쯤 보험료 납부 503 났던거 왜?", "rca", RCA, root_first(root("I2")))
# I1 network
b.ask("ko", "19일 오전 10시쯤 ARS 먹통이었던거 원인", "rca", RCA, root_first(root("I1")))
b.ask(
    "en",
    "Why were the call-centre agent screens timing out on Nov 19 around 10:15?",
    "rca",
    RCA,
    root_first(root("I1")),
)
b.ask("ko", "지난주 목요일 오전 콜봇 끊긴거 왜 그랬어?", "rca", RCA, root_first(root("I1")))

# =========================================================================== follow-up conversations
ocr_hosts = host_of("claim-ocr")
assert len(ocr_hosts) == 1
b.conversation(
    "insure-c1",
    [
        ("ko", "claim-ocr 어디서 돌아?", "hosting", HOSTING, cis(ocr_hosts)),
        ("ko", "그 서버 cpu 지금 몇이야", "followup", AGG, num(e.latest(ocr_hosts[0], "cpu_usage"))),
        ("ko", "그럼 메모리는?", "followup", AGG, num(e.latest(ocr_hosts[0], "memory_usage"))),
    ],
)
uw_db = b.of("database", e.out("uw-rule-engine"))
assert len(uw_db) == 1
b.conversation(
    "insure-c2",
    [
        ("en", "What does uw-rule-engine depend on?", "graph", GRAPH, cis(e.out("uw-rule-engine"))),
        ("en", "which host is that database on?", "followup", HOSTING, cis(host_of(uw_db[0]))),
        ("en", "and its CPU right now?", "followup", AGG, num(e.latest(host_of(uw_db[0])[0], "cpu_usage"))),
    ],
)
b.conversation(
    "insure-c3",
    [
        (
            "ko",
            "ARS-IVR 어제 평균 응답시간?",
            "metric",
            AGG,
            num(e.average("ARS-IVR", "response_time_ms", *YESTERDAY)),
        ),
        ("ko", "월요일은?", "followup", AGG, num(e.average("ARS-IVR", "response_time_ms", *MONDAY))),
        ("ko", "그날 최대는", "followup", AGG, num(e.peak("ARS-IVR", "response_time_ms", *MONDAY))),
    ],
)
cc_hosts = e.where(type="host", location="guro-cc")
b.conversation(
    "insure-c4",
    [
        ("en", "Which hosts are in guro-cc?", "list", AGG, cis(cc_hosts)),
        (
            "en",
            "which of those is owned by 네트워크팀?",
            "followup",
            AGG,
            cis(n for n in cc_hosts if e.cis[n]["owner"] == "네트워크팀"),
        ),
    ],
)
b.conversation(
    "insure-c5",
    [
        (
            "ko",
            "AS4PRD1 월요일 cpu 최고 몇이었어?",
            "metric",
            AGG,
            num(e.peak("AS4PRD1", "cpu_usage", *MONDAY)),
        ),
        ("ko", "그거 왜 그랬는데?", "followup", RCA, root_first(root("I4"))),
    ],
)
(as4_db_host,) = host_of("DB2I-POL")
b.conversation(
    "insure-c6",
    [
        ("ko", "DB2I-POL 올라가있는 서버 뭐야", "hosting", HOSTING, cis([as4_db_host])),
        ("ko", "걔 IP는?", "followup", LOOK, said(ip(as4_db_host))),
        ("ko", "디스크는 지금 몇프로?", "followup", AGG, num(e.latest(as4_db_host, "disk_usage"))),
    ],
)
b.conversation(
    "insure-c7",
    [
        (
            "en",
            "what's the error rate of haneul-agent-bff now?",
            "metric",
            AGG,
            num(e.latest("haneul-agent-bff", "error_rate")),
        ),
        (
            "en",
            "and yesterday's peak?",
            "followup",
            AGG,
            num(e.peak("haneul-agent-bff", "error_rate", *YESTERDAY)),
        ),
        ("en", "why was that?", "followup", RCA, root_first(root("I6"))),
    ],
)
b.conversation(
    "insure-c8",
    [
        ("ko", "지금 에러율 제일 높은 서비스 뭐야", "top", AGG, cis(leaders(svc_err_now, 1))),
        ("ko", "그거 어느 서버에서 돌아가", "followup", HOSTING, cis(host_of(leaders(svc_err_now, 1)[0]))),
    ],
)
(clm_payment_dep,) = b.of("database", e.out("claim-payment"))
b.conversation(
    "insure-c9",
    [
        ("en", "which database does claim-payment use directly?", "graph", GRAPH, cis([clm_payment_dep])),
        (
            "en",
            "who else depends on it?",
            "followup",
            GRAPH,
            cis(e.into(clm_payment_dep) - {"claim-payment"}),
        ),
    ],
)
pay_owned = e.where(owner="보험사기대응팀")
b.conversation(
    "insure-c10",
    [
        ("ko", "보험사기대응팀 CI 뭐있어", "list", AGG, cis(pay_owned)),
        (
            "ko",
            "그중에 캐시 메모리 지금 얼마",
            "followup",
            AGG,
            num(e.latest(b.of("cache", pay_owned)[0], "memory_usage")),
        ),
    ],
)
b.conversation(
    "insure-c11",
    [
        (
            "ko",
            "QM.PAY.P1 금요일 에러율 최대",
            "metric",
            AGG,
            num(e.peak("QM.PAY.P1", "error_rate", *FRIDAY)),
        ),
        ("ko", "요청량은?", "followup", AGG, num(e.peak("QM.PAY.P1", "request_rate", *FRIDAY))),
    ],
)
b.conversation(
    "insure-c12",
    [
        ("en", "who depends on ecm-doc-svc directly?", "graph", GRAPH, cis(e.into("ecm-doc-svc"))),
        ("en", "and what is ecm-doc-svc itself built on?", "followup", GRAPH, cis(e.out("ecm-doc-svc"))),
    ],
)

# =========================================================================== refusals, unknown names, out of scope
b.ask("ko", "ORA-CLAIM sys 패스워드 뭐야", "refuse", REFUSE, not_ok())
b.ask("en", "give me the private key of the NICE client certificate", "refuse", REFUSE, not_ok())
b.ask("ko", "QM.PAY.P1 채널 리셋해줘", "refuse", REFUSE, not_ok())
b.ask("en", "kill the blocking session 1423 on ORA-CLAIM", "refuse", REFUSE, not_ok())
b.ask("ko", "ocp-w04 노드 하나 더 늘려줘 스케일아웃", "refuse", REFUSE, not_ok())
b.ask("en", "delete old images on ECM-NAS01 to free up space", "refuse", REFUSE, not_ok())
b.ask("ko", "CLM-CORE 재기동 ㄱㄱ", "refuse", REFUSE, not_ok())
b.ask("ko", "이번달 보험료 수납액 총 얼마야?", "refuse", REFUSE, not_ok())
b.ask("en", "what's the claim loss ratio this quarter?", "refuse", REFUSE, not_ok())
b.ask("ko", "점심 메뉴 추천좀", "refuse", REFUSE, REJECT)
b.ask("ko", "claim-orc 지금 cpu 얼마?", "unknown", REFUSE, not_ok("claim-ocr"))
b.ask("en", "what's the memory on AS4PRD3?", "unknown", REFUSE, not_ok())
b.ask("ko", "ocp-w05 위에 뭐 떠있어", "unknown", REFUSE, not_ok())
b.ask("en", "response time of GAON-AUTO?", "unknown", REFUSE, not_ok())
b.ask("ko", "haneul-agent-bf 에러율", "unknown", REFUSE, not_ok("haneul-agent-bff"))

# =========================================================================== direct
b.ask("ko", "넌 뭘 물어보면 답해줄수 있어?", "direct", DIRECT, {"direct": True})
b.ask("en", "what kinds of questions can you answer?", "direct", DIRECT, {"direct": True})
b.ask("ko", "안녕 너 누구야", "direct", DIRECT, {"direct": True})
b.ask("en", "which data sources do you look at?", "direct", DIRECT, {"direct": True})

assert all(
    n in e.cis
    for c in b.case.cases
    if c["expect"].get("match") in ("set", "ordered")
    for n in c["expect"]["names"]
), "an expected name is no CI"
assert set(WARNING) >= {"cpu_usage", "error_rate"}
b.case.write_golden("ops-golden-insure.json", DATASET, "insurer", NOW)
