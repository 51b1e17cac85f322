"""Write tests/fixtures/ops-golden-cof.json: blind batch 81, OPS questions over the coffee-franchise estate.

The estate (bench/cof_estate.py) is a Korean coffee franchise (모카포트커피, 1,800 stores): the mobile pre-order app
크레마오더 on AKS with Azure PostgreSQL and Redis, the Kafka order bus and the store order relay handing orders to the
store edge boxes over the MQTT broker `emqx-edge`, the POS and kiosk backends on the Oracle RAC `posdb`, the payment
gateway with its KSNET / KIS VAN links and the easy-pay bridge, the stamp / e-프리퀀시 platform and the e-쿠폰 hub,
the drink-recipe and menu master data, the delivery-platform relay, store supply ordering with its 23:00 cut-off
and dispatch, the roastery MES and green-bean inventory in 이천, SAP, franchisee settlement and the owners'
portal, CRM push and campaigns, the data lake and the BI at HQ; sites 서울본사(성수), 이천로스터리, 목동IDC,
대전DR센터 and Azure 한국중부; environments prod / stg / dev. Now = Thursday 2028-11-16 08:40 KST (the weekday
morning rush); seven injected incidents (M1–M7, the last ongoing): M1 last Tuesday (7th) after lunch, M2 last
Wednesday (8th) before the 23:00 supply cut-off, M3 last Friday (10th) in the morning rush, M4 last Saturday (11th)
afternoon, M5 in the small hours of Monday 13, M6 on Tuesday 14 (그저께) evening, M7 from 07:55 today.
A bare weekday is the most recent such day before now (수요일 = yesterday, 화요일 = the 14th, 금요일 = the 10th);
the days of last week are asked as "지난주 …" or by date. Every expected value is computed here from the written
files (estate_kit.Estate and the faults file); nothing is typed by hand except the questions. Where a loose
phrase (새벽, 점심, 저녁, "this morning", "last night") has several readings, only values every reading gives are
asked (asserted). About 60 % of the questions are Korean (on-call chat: 반말, typos, missing spaces,
Korean/English mixed) and 40 % English.

    .venv/bin/python bench/cof_golden.py   # after bench/cof_estate.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
    hhmm,
    kst_clock,
    leaders,
    names,
    not_ok,
    num,
    ranked,
    root_first,
    said,
    wrong_now,
    yes_no,
)

DATASET = "coffee-chain"
NOW = datetime(2028, 11, 15, 23, 40, tzinfo=UTC)  # Thursday 2028-11-16 08:40 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
H = timedelta(hours=1)
kst = kst_clock("2028-11")

b = Batch.over(DATASET, NOW, "cof", "batch-81")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d, 0), kst(d, 0) + timedelta(days=1)


def part(d: int, narrow: tuple[float, float], wide: tuple[float, float]) -> tuple[tuple, tuple]:
    return b.part(kst(d, 0), narrow, wide)


robust, prod_measured, above = b.robust, b.prod_measured, b.above


def service_like(metric: str) -> list[str]:
    """The looser reading of "services": also the batch jobs and the store device fleets."""
    return [n for kind in ("service", "batch_job", "device_group") for n in prod_measured(kind, metric)]


happened_types, events_between, host_of, runs_on = e.happened_types, e.events_between, e.host_of, e.runs_on
attr_is, has_attr = e.attr_is, e.has_attr

TODAY = (kst(16, 0), NOW)
YESTERDAY = day(15)  # Wednesday
TUE07, WED08, THU09, FRI10, SAT11, SUN12, MON13, TUE14 = (day(d) for d in range(7, 15))
THIS_WEEK = (kst(13, 0), NOW)  # since Monday
LAST_WEEKEND = (kst(11, 0), kst(13, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
SINCE_8 = (kst(16, 8), NOW)
THIS_MORNING = part(16, (6, 12), (0, 12))
LAST_NIGHT = part(15, (22, 30), (24, 29))  # Wednesday night into Thursday morning
TUE07_LUNCH = part(7, (11.5, 14), (12, 13.5))
WED08_NIGHT = part(8, (21, 24), (22, 24))
FRI10_MORNING = part(10, (6, 12), (7, 10))
SAT11_AFTERNOON = part(11, (12, 18), (13, 17))
MON13_DAWN = part(13, (0, 6), (2, 5))
TUE14_EVENING = part(14, (17, 21), (18, 24))
ip = lambda n: e.attr(n, "ip")  # noqa: E731

# =========================================================================== attribute lookups
b.ask("ko", "crema-order 지금 버전 머임", "attribute", LOOK, said(e.attr("crema-order", "version")))
b.ask(
    "ko",
    "크레마 주문gw pod 몇개 떠있어? crema-order",
    "attribute",
    LOOK,
    exact(e.attr("crema-order", "pods")),
)
b.ask(
    "en",
    "how many POS terminals does pos-hub serve?",
    "attribute",
    LOOK,
    exact(e.attr("pos-hub", "pos_terminals")),
)
b.ask("ko", "kiosk-hub 에 키오스크 몇대 물려있음", "attribute", LOOK, exact(e.attr("kiosk-hub", "kiosks")))
b.ask("ko", "paygw-core 메인 van 어디로 돼있어", "attribute", LOOK, said(e.attr("paygw-core", "primary_van")))
b.ask("en", "is the VAN failover on paygw-core automatic or manual?", "attribute", LOOK,
      said(e.attr("paygw-core", "van_failover")))  # fmt: skip
b.ask("ko", "paydb sid 뭐더라", "attribute", LOOK, said(e.attr("paydb", "sid")))
b.ask("en", "what port is scmdb listening on?", "attribute", LOOK, exact(e.attr("scmdb", "port")))
b.ask(
    "ko",
    "stampdb max_connections 얼마로 잡혀있어",
    "attribute",
    LOOK,
    exact(e.attr("stampdb", "max_connections")),
)
b.ask("en", "what's the provisioned IOPS limit of psql-member-prd?", "attribute", LOOK,
      exact(e.attr("psql-member-prd", "iops_limit")))  # fmt: skip
b.ask("ko", "kv-stamp maxmemory 몇기가임", "attribute", LOOK, exact(e.attr("kv-stamp", "maxmemory_gb")))
b.ask("en", "which eviction policy does the CMDB list for kv-stamp?", "attribute", LOOK,
      said(e.attr("kv-stamp", "maxmemory_policy")))  # fmt: skip
b.ask("ko", "emqx-edge 라이선스 커넥션 몇개까지 돼", "attribute", LOOK,
      exact(e.attr("emqx-edge", "license_connections")))  # fmt: skip
b.ask("ko", "lb-md-store 인증서 만료일 언제", "attribute", LOOK, said(e.attr("lb-md-store", "cert_expiry")))
b.ask(
    "ko",
    "recipe-master에 음료 레시피 몇개 등록돼있어",
    "attribute",
    LOOK,
    exact(e.attr("recipe-master", "recipes")),
)
b.ask("en", "which delivery platforms does dlv-relay integrate with?", "attribute", LOOK,
      names(e.attr("dlv-relay", "platforms").split(", "), "contains"))  # fmt: skip
b.ask(
    "ko",
    "배달연동 매장 몇개야 dlv-relay 기준",
    "attribute",
    LOOK,
    exact(e.attr("dlv-relay", "stores_enabled")),
)
b.ask("ko", "roast-mes 로스터 기종 머머 있냐", "attribute", LOOK,
      names(e.attr("roast-mes", "roasters").split(", "), "contains"))  # fmt: skip
b.ask("en", "how many green-bean origins does greenbean-inv track?", "attribute", LOOK,
      exact(e.attr("greenbean-inv", "origins")))  # fmt: skip
b.ask("ko", "mdpdb03 랙위치 어디", "attribute", LOOK, said(e.attr("mdpdb03", "rack")))
b.ask("ko", "van-ksnet-line 회선번호 뭐야", "attribute", LOOK, said(e.attr("van-ksnet-line", "circuit")))
b.ask("en", "who owns supply-order?", "attribute", LOOK, said(e.cis["supply-order"]["owner"]))
b.ask("ko", "fc-settle 가맹점수 몇개로 등록됨", "attribute", LOOK, exact(e.attr("fc-settle", "franchisees")))

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "목동IDC에 있는 CI 몇개야", "count", AGG, exact(len(e.where(location="목동IDC"))))
b.ask("en", "list everything at 이천로스터리", "list", AGG, cis(e.where(location="이천로스터리")))
b.ask("ko", "대전DR센터에 머있어", "list", AGG, cis(e.where(location="대전DR센터")))
b.ask(
    "en", "how many CIs are in Azure 한국중부?", "count", AGG, exact(len(e.where(location="Azure 한국중부")))
)
b.ask("ko", "성수 본사에 있는 장비 뭐야", "list", AGG, cis(e.where(location="서울본사(성수)")))
b.ask("ko", "stg 환경 목록 쫙", "list", AGG, cis(e.where(environment="stg")))
b.ask("ko", "점검중인거 뭐있음", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "is anything marked retired in the CMDB?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "배치잡 목록 다 뽑아줘", "list", AGG, cis(e.of_type("batch_job")))
b.ask("en", "how many batch jobs are registered?", "count", AGG, exact(len(e.of_type("batch_job"))))
b.ask("ko", "캐시 뭐뭐 있어", "list", AGG, cis(e.of_type("cache")))
b.ask("en", "list the queues and message brokers", "list", AGG, cis(e.of_type("queue")))
b.ask("ko", "운영 db 몇개임", "count", AGG, exact(len(e.of_type("database", "prod"))))
oracles = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "oracle")
b.ask("en", "which databases run Oracle?", "list", AGG, cis(oracles))
pgs = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("ko", "postgres 쓰는 db 목록", "list", AGG, cis(pgs))
b.ask("ko", "네트워크 장비 목록좀", "list", AGG, cis(e.of_type("network")))
b.ask("ko", "DBA파트 담당 CI 몇개", "count", AGG, exact(len(e.where(owner="DBA파트"))))
b.ask(
    "en",
    "which services does 결제플랫폼팀 own?",
    "list",
    AGG,
    cis(e.where(type="service", owner="결제플랫폼팀")),
)
b.ask("ko", "멤버십파트 담당 CI 전부", "list", AGG, cis(e.where(owner="멤버십파트")))
aks = has_attr("kubelet", "host")
b.ask("en", "which hosts are AKS nodes?", "list", AGG, cis(aks))
win = attr_is("os", "Windows Server 2022", "host")
b.ask("ko", "윈도우 서버 어떤거 있어", "list", AGG, cis(win))
r660 = attr_is("model", "Dell PowerEdge R660", "host")
fleets = e.of_type("device_group")
b.ask("ko", "매장 단말 fleet 대수 다 합치면 몇대? 엣지박스 pos 키오스크", "sum", AGG,
      exact(sum(e.attr(n, "count") for n in fleets)))  # fmt: skip

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "emqx-edge 지금 메모리 몇", "metric", AGG, num(e.latest("emqx-edge", "memory_usage")))
b.ask("en", "order-router error rate right now", "metric", AGG, num(e.latest("order-router", "error_rate")))
b.ask("ko", "fleet-edgebox 현재 에러율", "metric", AGG, num(e.latest("fleet-edgebox", "error_rate")))
b.ask("ko", "mdpmq02 메모리 몇퍼임", "metric", AGG, num(e.latest("mdpmq02", "memory_usage")))
b.ask("en", "current disk usage of mdplog01", "metric", AGG, num(e.latest("mdplog01", "disk_usage")))
b.ask("ko", "kafka-order 지금 요청량", "metric", AGG, num(e.latest("kafka-order", "request_rate")))
b.ask("ko", "지난 1시간 order-router 평균 에러율", "metric", AGG,
      num(e.average("order-router", "error_rate", NOW - H)))  # fmt: skip
b.ask("en", "avg response time of edge-sync over the last 2 hours", "metric", AGG,
      num(e.average("edge-sync", "response_time_ms", NOW - 2 * H)))  # fmt: skip
b.ask(
    "ko",
    "최근30분 emqx-edge 에러율 최고치",
    "metric",
    AGG,
    num(e.peak("emqx-edge", "error_rate", NOW - H / 2)),
)
b.ask("ko", "8시 이후로 crema-order 평균 응답시간", "metric", AGG,
      num(e.average("crema-order", "response_time_ms", *SINCE_8)))  # fmt: skip
b.ask("en", "since 08:00, what's the max error rate on fleet-edgebox?", "metric", AGG,
      num(e.peak("fleet-edgebox", "error_rate", *SINCE_8)))  # fmt: skip
b.ask("ko", "오늘 아침 pos-hub 요청량 젤 많을때 얼마", "metric", AGG,
      num(robust("pos-hub", "request_rate", THIS_MORNING)))  # fmt: skip
b.ask(
    "ko",
    "어제 crema-order 요청량 최고",
    "metric",
    AGG,
    num(e.peak("crema-order", "request_rate", *YESTERDAY)),
)
b.ask("ko", "그저께 저녁 member-auth 에러율 최고", "metric", AGG,
      num(robust("member-auth", "error_rate", TUE14_EVENING)))  # fmt: skip
b.ask("en", "psql-member-prd peak CPU on Tuesday evening", "metric", AGG,
      num(robust("psql-member-prd", "cpu_usage", TUE14_EVENING)))  # fmt: skip
b.ask("ko", "화요일 저녁 crema-bff 응답시간 최대", "metric", AGG,
      num(robust("crema-bff", "response_time_ms", TUE14_EVENING)))  # fmt: skip
b.ask("en", "how high did settledb's CPU go early on Monday?", "metric", AGG,
      num(robust("settledb", "cpu_usage", MON13_DAWN)))  # fmt: skip
b.ask("ko", "월요일 새벽 fc_settle_daily 에러율 최고", "metric", AGG,
      num(robust("fc_settle_daily", "error_rate", MON13_DAWN)))  # fmt: skip
b.ask("ko", "지난 토요일 오후 vanlink-ksnet 에러율 최고 몇이었음", "metric", AGG,
      num(robust("vanlink-ksnet", "error_rate", SAT11_AFTERNOON)))  # fmt: skip
b.ask("en", "worst packet loss (error rate) on van-ksnet-line on Saturday the 11th?", "metric", AGG,
      num(e.peak("van-ksnet-line", "error_rate", *SAT11)))  # fmt: skip
b.ask(
    "ko",
    "11일 van-ksnet-line 응답시간 최고",
    "metric",
    AGG,
    num(e.peak("van-ksnet-line", "response_time_ms", *SAT11)),
)
b.ask("en", "kafka-order peak error rate on the morning of Friday the 10th", "metric", AGG,
      num(robust("kafka-order", "error_rate", FRI10_MORNING)))  # fmt: skip
b.ask("ko", "지난주 금요일 아침 dlv-relay 에러율 최대", "metric", AGG,
      num(robust("dlv-relay", "error_rate", FRI10_MORNING)))  # fmt: skip
b.ask(
    "ko", "지난주 수요일 밤 mdpdb03 cpu 최고", "metric", AGG, num(robust("mdpdb03", "cpu_usage", WED08_NIGHT))
)
b.ask("en", "supply-order max error rate between 22:00 and 24:00 on November 8", "metric", AGG,
      num(e.peak("supply-order", "error_rate", kst(8, 22), kst(9, 0))))  # fmt: skip
b.ask("ko", "지난주 화요일 점심 stamp-core 에러율 최고", "metric", AGG,
      num(robust("stamp-core", "error_rate", TUE07_LUNCH)))  # fmt: skip
b.ask("en", "what was kv-stamp's memory at around 10:00 on Tuesday the 7th?", "metric", AGG,
      e.around("kv-stamp", "memory_usage", kst(7, 10)))  # fmt: skip
b.ask(
    "ko",
    "오늘 새벽 6시쯤 mdplog01 디스크 몇%였음",
    "metric",
    AGG,
    e.around("mdplog01", "disk_usage", kst(16, 6)),
)
router_since = e.since_above("order-router", "error_rate", 10.0)
b.ask("ko", "order-router 에러율 10% 넘은게 언제부터임", "metric", AGG, said(hhmm(router_since)))
emqx_since = e.since_above("emqx-edge", "memory_usage", 85.0)
b.ask("en", "since when has emqx-edge's memory been above 85%?", "metric", AGG, said(hhmm(emqx_since)))
b.ask("en", "What was settledb's peak request rate last night?", "metric", AGG,
      num(robust("settledb", "request_rate", LAST_NIGHT)))  # fmt: skip
b.ask(
    "ko",
    "지난주 목요일 roast-mes 평균 요청량",
    "metric",
    AGG,
    num(e.average("roast-mes", "request_rate", *THU09)),
)

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 80.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘동안 cpu 80 한번이라도 넘긴 서버", "threshold", AGG, cis(hot_10d))
err_tue = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *TUE14, 0.5)
assert err_tue == above(service_like("error_rate"), "error_rate", 10.0, *TUE14, 0.5)
b.ask("en", "Which services went above 10% errors on Tuesday?", "threshold", AGG, cis(err_tue))
batch_mon = above(prod_measured("batch_job", "error_rate"), "error_rate", 5.0, *MON13, 0.5)
b.ask("ko", "월요일 에러율 5% 넘었던 배치잡", "threshold", AGG, cis(batch_mon))
mem_10d = above(prod_measured("cache", "memory_usage") + prod_measured("queue", "memory_usage"), "memory_usage",
                90.0, *TEN_DAYS, 1.0)  # fmt: skip
b.ask(
    "en", "which caches or brokers went above 90% memory in the last 10 days?", "threshold", AGG, cis(mem_10d)
)
err_weekend = above(prod_measured("service", "error_rate"), "error_rate", 5.0, *LAST_WEEKEND, 0.5)
assert err_weekend == above(service_like("error_rate"), "error_rate", 5.0, *LAST_WEEKEND, 0.5)
b.ask("ko", "지난 주말 에러 5% 넘은 서비스들", "threshold", AGG, cis(err_weekend))
disk_hosts = prod_measured("host", "disk_usage")
disk_75 = above(disk_hosts, "disk_usage", 75.0, *TEN_DAYS, 0.5)
b.ask("ko", "열흘간 디스크 75 넘은적 있는 서버", "threshold", AGG, cis(disk_75))
assert e.peak("mdplog01", "disk_usage", *TEN_DAYS) < 79.0
b.ask("ko", "mdplog01 디스크 80 넘은적 있어? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("kv-stamp", "memory_usage", *TEN_DAYS) > 97.0
b.ask("en", "did kv-stamp's memory go over 95% in the last 10 days?", "threshold", AGG, yes_no(True))
assert e.peak("recipedb", "response_time_ms", *TEN_DAYS) < 20.0
b.ask("ko", "recipedb 응답 50ms 넘은적 있음? 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("psql-member-prd", "cpu_usage", *WEEK) > 53.0
b.ask("en", "has psql-member-prd's CPU been above 50% at any point in the last 7 days?", "threshold", AGG,
      yes_no(True))  # fmt: skip
assert e.peak("roast-mes", "error_rate", *TEN_DAYS) < 1.5
b.ask("ko", "roast-mes 열흘동안 에러 2% 넘은 적 있어?", "threshold", AGG, yes_no(False))
assert e.peak("vanlink-ksnet", "error_rate", *TEN_DAYS) > 33.0
b.ask(
    "en",
    "did vanlink-ksnet's error rate ever exceed 30% in the last 10 days?",
    "threshold",
    AGG,
    yes_no(True),
)

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
assert leaders(svc_err_now, 1) == leaders(
    {n: e.latest(n, "error_rate") for n in service_like("error_rate")}, 1
)
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
ci_err_now = {n: e.latest(n, "error_rate") for n, c in e.cis.items() if (n, "error_rate") in e.series}
b.ask("en", "top 3 CIs by error rate right now", "top", AGG, cis(leaders(ci_err_now, 3)))
host_cpu_wed8 = {n: e.peak(n, "cpu_usage", *WED08) for n in prod_hosts_cpu}
b.ask(
    "en", "which host hit the highest CPU on Wednesday the 8th?", "top", AGG, cis(leaders(host_cpu_wed8, 1))
)
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 젤 많이 찬 서버 어디", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
req_loose = {n: e.latest(n, "request_rate") for n in service_like("request_rate")}
assert sorted(leaders(req_now, 3)) == sorted(leaders(req_loose, 3))
b.ask("ko", "지금 요청량 많은 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_mon = {n: e.peak(n, "error_rate", *MON13) for n in prod_measured("service", "error_rate")}
b.ask("en", "batch jobs aside, which service had the worst error peak on Monday?", "top", AGG,
      cis(leaders(svc_err_mon, 1)))  # fmt: skip
batch_err_mon = {n: e.peak(n, "error_rate", *MON13) for n in prod_measured("batch_job", "error_rate")}
b.ask("ko", "월요일 에러 피크 젤 높았던 배치", "top", AGG, cis(leaders(batch_err_mon, 1)))
svc_err_tue = {n: e.peak(n, "error_rate", *TUE14) for n in prod_measured("service", "error_rate")}
assert leaders(svc_err_tue, 1) == leaders(
    {n: e.peak(n, "error_rate", *TUE14) for n in service_like("error_rate")}, 1
)
b.ask("ko", "그저께 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_tue, 1)))
db_err_8 = {n: e.peak(n, "error_rate", *WED08) for n in prod_measured("database", "error_rate")}
vans = ["vanlink-ksnet", "vanlink-kis"]
b.ask("ko", "vanlink-ksnet vanlink-kis 지금 요청량 어디가 더 많아", "compare", AGG,
      cis(leaders({n: e.latest(n, "request_rate") for n in vans}, 1)))  # fmt: skip
hubs = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("pos-hub", "kiosk-hub")}
b.ask(
    "en",
    "pos-hub vs kiosk-hub: which was slower on average yesterday?",
    "compare",
    AGG,
    cis(leaders(hubs, 1)),
)
trio = ["crema-bff", "crema-order", "crema-menu-api"]
trio_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in trio}
b.ask("ko", "crema-bff crema-order crema-menu-api 어제 평균 요청량 많은순으로", "compare", AGG,
      cis(ranked(trio_avg), "ordered"))  # fmt: skip
mq_mem = {n: e.latest(n, "memory_usage") for n in ("mdpmq01", "mdpmq02")}
b.ask("ko", "mdpmq01이랑 mdpmq02 중 지금 메모리 더 높은거", "compare", AGG, cis(leaders(mq_mem, 1)))

# =========================================================================== graph, hosting, paths
b.ask("ko", "crema-order 뭐뭐 물고있냐", "graph", GRAPH, cis(e.out("crema-order")))
b.ask("en", "What are the direct dependencies of pos-hub?", "graph", GRAPH, cis(e.out("pos-hub")))
b.ask("ko", "paygw-core 직접 의존성", "graph", GRAPH, cis(e.out("paygw-core")))
b.ask("en", "who calls stamp-core directly?", "graph", GRAPH, cis(e.into("stamp-core")))
b.ask("en", "which services use kafka-order directly?", "graph", GRAPH, cis(e.into("kafka-order")))
b.ask("ko", "emqx-edge 직접 쓰는 애들 몇개", "count", COUNT_GRAPH, exact(len(e.into("emqx-edge"))))
b.ask("en", "blast radius if psql-member-prd goes down?", "impact", GRAPH, cis(e.impact("psql-member-prd")))
b.ask("ko", "mdprds01 죽으면 영향가는거 전부", "impact", GRAPH, cis(e.impact("mdprds01")))
b.ask("ko", "settledb 장애나면 어디까지 터짐", "impact", GRAPH, cis(e.impact("settledb")))
b.ask("en", "what's impacted if van-ksnet-line fails?", "impact", GRAPH, cis(e.impact("van-ksnet-line")))
b.ask("ko", "crema-bff 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("crema-bff")))
b.ask("en", "everything that depends on kafka-order, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("kafka-order")))  # fmt: skip
b.ask("ko", "kiosk-hub 타고 내려가면 나오는 db 전부", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("kiosk-hub"))))  # fmt: skip
b.ask("en", "which network links does paygw-core end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("network", e.depends_closure("paygw-core"))))  # fmt: skip
b.ask(
    "ko",
    "crema-bff 밑으로 깔린 큐/브로커 전부",
    "graph",
    GRAPH,
    cis(b.of("queue", e.depends_closure("crema-bff"))),
)
b.ask("ko", "mdpbat01에 뭐 돌아", "hosting", HOSTING, cis(runs_on("mdpbat01")))
b.ask("en", "What runs on mdpstp01?", "hosting", HOSTING, cis(runs_on("mdpstp01")))
b.ask("ko", "mdpdb04 위에 올라간 db들", "hosting", HOSTING, cis(runs_on("mdpdb04")))
b.ask("ko", "posdb 어느 서버들에서 돌아", "hosting", HOSTING, cis(host_of("posdb")))
b.ask("en", "which host is scmdb on?", "hosting", HOSTING, cis(host_of("scmdb")))
b.ask("en", "where does crema-order run?", "hosting", HOSTING, cis(host_of("crema-order")))
b.ask("en", "what do pos-hub and kiosk-hub both depend on directly?", "graph", GRAPH,
      cis(e.out("pos-hub") & e.out("kiosk-hub")))  # fmt: skip
b.ask(
    "ko",
    "crema-order랑 dlv-relay 둘다 직접 쓰는거",
    "graph",
    GRAPH,
    cis(e.out("crema-order") & e.out("dlv-relay")),
)
b.ask("ko", "crema-bff에서 paydb까지 몇홉", "path", GRAPH, exact(e.hop_count("crema-bff", "paydb")))
b.ask("en", "how many hops from fc-portal to erpdb?", "path", GRAPH, exact(e.hop_count("fc-portal", "erpdb")))
b.ask("ko", "crema-order → van-ksnet-line 경로", "path", GRAPH,
      cis(e.shortest_path("crema-order", "van-ksnet-line"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from dlv-relay down to recipedb", "path", GRAPH,
      cis(e.shortest_path("dlv-relay", "recipedb"), "ordered"))  # fmt: skip
b.ask("ko", "menu_nightly_push에서 emqx-edge까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("menu_nightly_push", "emqx-edge"), "ordered"))  # fmt: skip
assert e.reaches("kiosk-hub", "kv-stamp")
b.ask("ko", "kiosk-hub가 kv-stamp까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("roast-mes", "paydb")
b.ask("en", "Does roast-mes depend on paydb in any way?", "graph", GRAPH, yes_no(False))
assert host_of("vanlink-kis") == host_of("easypay-bridge") == ["mdppay02"]
b.ask("ko", "vanlink-kis랑 easypay-bridge 같은 vm에 떠있는거 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("settledb")) & set(host_of("scmdb"))
b.ask("en", "Is settledb on the same server as scmdb?", "hosting", HOSTING, yes_no(False))
san_hosts = sorted(s for s, t, k in e.rels if t == "san-md-01" and k == "CONNECTS_TO")
b.ask("ko", "san-md-01 붙어있는 서버들", "graph", GRAPH_OR_LOOK, cis(san_hosts))
b.ask("ko", "lb-md-store 뒤에 붙은 서비스 뭐야", "graph", GRAPH_OR_LOOK,
      cis(b.of("service", e.out("lb-md-store", "CONNECTS_TO"))))  # fmt: skip

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
b.ask("ko", "매장에서 앱주문이 안들어온다고 콜 폭주중 지금 장애현황좀", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 지금 알람 뜬거 한번 정리해줘", "wrong_now", ONCALL, WN)
b.ask("en", "got paged - what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("emqx-edge", "order-router"))
assert not any(e.warns(n) for n in ("kafka-order", "psql-member-prd", "kv-stamp", "paygw-core", "settledb",
                                    "mdpdb03", "van-ksnet-line", "stamp-core", "member-auth"))  # fmt: skip
b.ask("ko", "emqx-edge 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is kafka-order healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "psql-member-prd 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "order-router OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "kv-stamp 상태 괜찮음?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "지난주 수요일 밤 mdpdb03 무슨일 있었어?", "mdpdb03", WED08_NIGHT[1],
         {"hardware": ["battery", "BBU", "learn", "write-through", "RAID", "배터리"],
          "config_change": ["연기", "write-back", "ssacli", "postpone", "config"]})  # fmt: skip
happened("en", "what happened to kafka-order on Friday the 10th?", "kafka-order", FRI10,
         {"replication": ["ISR", "replica", "lagging"], "error": ["NotEnoughReplicas", "min.insync"],
          "config_change": ["원복", "revert", "재기동", "restart", "config"]})  # fmt: skip
happened("ko", "월요일 새벽 settledb 이벤트 뭐떴어", "settledb", MON13_DAWN[1],
         {"performance": ["vacuum", "wraparound", "IO", "checkpoint"],
          "config_change": ["cost_limit", "vacuum 조절", "config", "throttl"]})  # fmt: skip
happened("en", "What happened with van-ksnet-line on Saturday?", "van-ksnet-line", SAT11,
         {"network": ["packet loss", "loss", "BFD", "line", "회선"]})  # fmt: skip
happened("ko", "그저께 저녁 psql-member-prd 뭔일", "psql-member-prd", TUE14_EVENING[1],
         {"performance": ["IOPS", "IO", "throttl", "latency", "queue depth"]})  # fmt: skip
happened("ko", "지난주 화요일 kv-stamp 무슨일 있었음", "kv-stamp", TUE07,
         {"memory": ["maxmemory", "memory", "메모리"], "error": ["OOM", "command not allowed"],
          "config_change": ["policy", "noeviction", "volatile-lru", "원복"]})  # fmt: skip
happened("en", "what's been going on with emqx-edge today?", "emqx-edge", TODAY,
         {"memory": ["memory", "watermark", "force_shutdown", "메모리"]})  # fmt: skip
happened("ko", "이번주 lb-md-store 경고 뭐였어", "lb-md-store", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# M7 (ongoing) the memory watermark of emqx-edge
for lang, q in [
    ("ko", "지금 order-router 에러 원인 머야"),
    ("en", "Why are pre-orders not reaching the stores right now?"),
    ("ko", "order-router 7시반에 배포하고 매장 주문전달 안되는데 배포탓임?"),
    ("ko", "8시 좀 전부터 엣지박스 오프라인 왜케 많아"),
    ("ko", "최근 1시간 장애 원인분석 ㄱㄱ"),
    ("en", "crema-order is timing out on store acceptance this morning - root cause?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("M7")))
# M6 psql-member-prd out of IOPS on Tuesday evening
for lang, q in [
    ("ko", "그저께 저녁 7시 넘어서 앱 로그인 안된거 원인"),
    ("en", "Why did member-auth fail logins on Tuesday evening around 19:10?"),
    ("ko", "crema-bff 3.18.0 그저께 배포하고 바로 느려졌던데 배포때문임?"),
    ("en", "root cause of the ecoupon-hub slowness on November 14 around 19:20?"),
    ("ko", "11/14 19:05~20:00 크레마 앱 홈 로딩 지연 원인"),
    ("ko", "화욜 저녁 선물하기 수신자 조회 느렸던거 왜그럼"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("M6")))
# M5 the anti-wraparound vacuum on settledb early on Monday
for lang, q in [
    ("ko", "월요일 새벽 가맹 일정산 배치 터진거 원인이 뭐임"),
    ("en", "Why did fc_settle_daily fail early on Monday the 13th?"),
    ("ko", "sales_mart_nightly 일요일 저녁에 v2.14 배포했는데 그거땜에 월요일 새벽에 터진거야?"),
    ("ko", "11월13일 새벽 3시반쯤 점주포털 정산서 조회 안된거 왜"),
    ("en", "root cause of the night settlement failure in the early hours of Monday November 13?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("M5")))
# M4 packet loss on the KSNET leased line last Saturday afternoon
for lang, q in [
    ("ko", "지난 토요일 오후 매장 카드결제 안된거 원인"),
    ("en", "Why did vanlink-ksnet time out card approvals last Saturday around 14:30?"),
    ("ko", "11일 kiosk-hub 2시에 긴급배포 했는데 그거때문에 키오스크 결제 터진거?"),
    ("en", "what caused paygw-core to fail payments on the afternoon of November 11?"),
    ("ko", "11월11일 14:20~15:15 pos-hub 결제지연 원인"),
    ("ko", "토욜 오후 두시반쯤 카드승인 타임아웃 왜났어"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("M4")))
# M3 kafka-order's ISR in last Friday's morning rush
for lang, q in [
    ("ko", "지난주 금요일 아침 선주문 접수 실패 원인"),
    ("en", "Why did crema-order fail pre-orders on Friday morning, the 10th?"),
    ("ko", "crema-order 6.4.2 금요일 7시35분 배포 직후 터졌던데 배포탓?"),
    ("en", "root cause of the dlv-relay errors around 08:00 on November 10?"),
    ("ko", "11/10 07:50~08:45 order-router 주문 소비 지연 원인"),
    ("en", "what broke the morning rush last Friday?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("M3")))
# M2 mdpdb03's RAID write-through last Wednesday night
for lang, q in [
    ("ko", "지난주 수요일 밤 매장 발주 저장 안된거 원인"),
    ("en", "Why did supply-order time out around 22:45 on November 8?"),
    ("ko", "supply-order 4.0.2 수요일밤 9시에 배포했는데 그거때문에 8일 발주 터진거?"),
    ("en", "root cause of the late supply cut-off on Wednesday the 8th?"),
    ("ko", "11월8일 22:35~23:30 logi-tms 배차 지연 원인"),
    ("ko", "8일밤 scmdb 로그 쓰기 느려진거 원인 뭐였음"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("M2")))
# M1 kv-stamp under noeviction at last Tuesday's lunch
for lang, q in [
    ("ko", "지난주 화요일 점심 스탬프 적립 실패 원인"),
    ("en", "Why did stamp-core fail accruals at lunchtime on November 7?"),
    ("ko", "stamp-core 5.5.0 화요일 11시50분 배포하고 적립 터졌던데 배포문제야? 7일꺼"),
    ("en", "root cause of the pos-hub receipt delays on Tuesday the 7th around 12:40?"),
    ("ko", "11/7 12:25~13:15 crema-order 주문완료 타임아웃 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("M1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 머있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_13 = [x for x in events_between(*MON13) if x["severity"] in PROBLEM]
b.ask("ko", "11월13일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_13)))
bff_last = [x for x in e.events if x["ci"] == "crema-bff" and x["type"] == "deployment"][-1]
b.ask("en", "when was crema-bff last deployed?", "changes", AGG, said(hhmm(bff_last["at"])))
(emqx_change,) = events_between(*YESTERDAY, ci="emqx-edge", type="config_change")
b.ask("ko", "어제 emqx-edge 설정 바꾼거 몇시야", "changes", AGG, said(hhmm(emqx_change["at"])))
(isr_change,) = events_between(*THU09, ci="kafka-order", type="config_change")
b.ask("en", "what time was kafka-order's config changed on Thursday the 9th?", "changes", AGG,
      said(hhmm(isr_change["at"])))  # fmt: skip
(push_run,) = [
    x for x in events_between(*TODAY, ci="menu_nightly_push", type="batch_job") if "started" in x["message"]
]
b.ask("ko", "menu_nightly_push 오늘 몇시에 돌았어", "changes", AGG, said(hhmm(push_run["at"])))
(cut_yday,) = [
    x for x in events_between(*YESTERDAY, ci="supply_cutoff", type="batch_job") if "started" in x["message"]
]
crit_3d = events_between(NOW - 3 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("en", "which CIs had critical events over last weekend?", "changes", AGG, cis(crit_weekend))
(launch_push,) = [x for x in events_between(*MON13, ci="crm-push") if "e-프리퀀시" in x["message"]]
b.ask("ko", "e-프리퀀시 오픈 푸시 월욜 몇시에 나갔어", "changes", AGG, said(hhmm(launch_push["at"])))
conf_week = sorted({x["ci"] for x in events_between(*THIS_WEEK, type="config_change")})
b.ask("ko", "월요일부터 지금까지 config_change 있었던 CI", "changes", AGG, cis(conf_week))
(noevict,) = [x for x in e.events if x["ci"] == "kv-stamp" and "noeviction (" in x["message"]]
b.ask("ko", "kv-stamp 정책 noeviction으로 바꾼거 몇시였어", "changes", AGG, said(hhmm(noevict["at"])))

# =========================================================================== follow-up conversations
rac = host_of("posdb")
rac_cpu_now = {n: e.latest(n, "cpu_usage") for n in rac}
(rac_hot,) = leaders(rac_cpu_now, 1)
b.conversation("cof-c1", [
    ("ko", "posdb 어디서 돌아가", "hosting", HOSTING, cis(rac)),
    ("ko", "둘중 지금 cpu 높은쪽", "followup", AGG, cis([rac_hot])),
    ("ko", "그럼 메모리는?", "followup", AGG, num(e.latest(rac_hot, "memory_usage"))),
])  # fmt: skip
(stamp_cache,) = b.of("cache", e.out("stamp-core"))
b.conversation("cof-c2", [
    ("en", "Which cache does stamp-core use directly?", "graph", GRAPH, cis([stamp_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(stamp_cache, "memory_usage"))),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[stamp_cache]["owner"])),
    ("en", "and which host is it on?", "followup", HOSTING, cis(host_of(stamp_cache))),
])  # fmt: skip
b.conversation("cof-c3", [
    ("ko", "vanlink-ksnet 어제 평균 에러율", "metric", AGG, num(e.average("vanlink-ksnet", "error_rate", *YESTERDAY))),
    ("ko", "11일은?", "followup", AGG, num(e.average("vanlink-ksnet", "error_rate", *SAT11))),
    ("ko", "그날 최대는", "followup", AGG, num(e.peak("vanlink-ksnet", "error_rate", *SAT11))),
    ("ko", "그거 원인은?", "followup", RCA, root_first(root("M4"))),
])  # fmt: skip
ic_hosts = e.where(type="host", location="이천로스터리")
(ic_maint,) = [n for n in ic_hosts if e.cis[n]["status"] == "maintenance"]
b.conversation("cof-c4", [
    ("en", "Which hosts are at 이천로스터리?", "list", AGG, cis(ic_hosts)),
    ("en", "which of them are in maintenance?", "followup", AGG, cis([ic_maint])),
    ("en", "what's the cpu of that one now?", "followup", AGG, num(e.latest(ic_maint, "cpu_usage"))),
])  # fmt: skip
b.conversation("cof-c5", [
    ("ko", "11월14일 저녁 7시~8시 member-auth 에러율 최고", "metric", AGG,
     num(e.peak("member-auth", "error_rate", kst(14, 19), kst(14, 20)))),
    ("ko", "왜그랬던거?", "followup", RCA, root_first(root("M6"))),
    ("ko", "그 db 그날 cpu 최고 몇", "followup", AGG, num(e.peak(root("M6"), "cpu_usage", *TUE14))),
])  # fmt: skip
now_hosts = host_of(now_root)
mq_hot = leaders({n: e.latest(n, "memory_usage") for n in now_hosts}, 1)
b.conversation("cof-c6", [
    ("en", "anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "which hosts is it running on?", "followup", HOSTING, cis(now_hosts)),
    ("en", "which of those servers has the higher memory right now?", "followup", AGG, cis(mq_hot)),
])  # fmt: skip
b.conversation("cof-c7", [
    ("ko", "crema-order 지금 에러율", "metric", AGG, num(e.latest("crema-order", "error_rate"))),
    ("ko", "지난주 금요일 최고치는", "followup", AGG, num(e.peak("crema-order", "error_rate", *FRI10))),
    ("ko", "그땐 왜 그랬음", "followup", RCA, root_first(root("M3"))),
])  # fmt: skip
(busiest,) = leaders(req_now, 1)
assert leaders(req_loose, 1) == [busiest]
b.conversation("cof-c8", [
    ("ko", "지금 트래픽 젤 많이 받는 서비스 머야", "top", AGG, cis([busiest])),
    ("ko", "담당팀 어디", "followup", LOOK, said(e.cis[busiest]["owner"])),
    ("ko", "걔 어디서 돌아", "followup", HOSTING, cis(host_of(busiest))),
])  # fmt: skip
roast_team = e.where(owner="로스터리IT")
b.conversation("cof-c9", [
    ("ko", "로스터리IT CI 몇개야", "count", AGG, exact(len(roast_team))),
    ("ko", "그중에 서버만", "followup", AGG, cis(n for n in roast_team if e.cis[n]["type"] == "host")),
])  # fmt: skip
b.conversation("cof-c10", [
    ("en", "error rate of settledb right now?", "metric", AGG, num(e.latest("settledb", "error_rate"))),
    ("en", "and its peak on Monday?", "followup", AGG, num(e.peak("settledb", "error_rate", *MON13))),
    ("en", "and the day before, Sunday the 12th?", "followup", AGG, num(e.peak("settledb", "error_rate", *SUN12))),
    ("en", "what caused Monday's spike?", "followup", RCA, root_first(root("M5"))),
])  # fmt: skip
b.conversation("cof-c11", [
    ("ko", "scmdb 11월8일 에러율 최고 몇", "metric", AGG, num(e.peak("scmdb", "error_rate", *WED08))),
    ("ko", "근데 그거 db 자체 문제였어? 진짜 원인", "followup", RCA, root_first(root("M2"))),
])  # fmt: skip
(pos_queue,) = b.of("queue", e.out("pos-hub"))
b.conversation("cof-c12", [
    ("ko", "pos-hub가 쓰는 큐 뭐야", "graph", GRAPH, cis([pos_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(pos_queue) - {"pos-hub"})),
    ("ko", "지금 그 큐 메모리", "followup", AGG, num(e.latest(pos_queue, "memory_usage"))),
])  # fmt: skip
KV_KW = {"error": ["OOM", "command not allowed", "maxmemory"]}
b.conversation("cof-c13", [
    ("en", "How high did kv-stamp's memory go on the 7th?", "metric", AGG,
     num(e.peak("kv-stamp", "memory_usage", *TUE07))),
    ("en", "what events did it raise that day?", "followup", ONCALL,
     {"events": list(KV_KW), "ci": "kv-stamp", "keywords": KV_KW}),
    ("en", "so was the cache the real cause of the stamp failures?", "followup", RCA, root_first(root("M1"))),
])  # fmt: skip
(stamp_host,) = host_of("stampdb")
b.conversation("cof-c14", [
    ("ko", "stampdb 어느 서버에서 돌아", "hosting", HOSTING, cis([stamp_host])),
    ("ko", "아이피는", "followup", LOOK, said(ip(stamp_host))),
    ("ko", "그 서버에 같이 떠있는 db는", "followup", HOSTING, cis(set(runs_on(stamp_host)) - {"stampdb"})),
])  # fmt: skip
(portal_db,) = [n for n in b.of("database", e.out("fc-portal"))]
b.conversation("cof-c15", [
    ("ko", "fc-portal 직접 물고있는거 뭐야", "graph", GRAPH, cis(e.out("fc-portal"))),
    ("ko", "그중 db만", "followup", GRAPH, cis([portal_db])),
    ("ko", "그 db 지금 응답시간", "followup", AGG, num(e.latest(portal_db, "response_time_ms"))),
])  # fmt: skip
was3 = runs_on("mdpwas03")
(was3_hot,) = leaders({n: e.latest(n, "error_rate") for n in was3}, 1)
b.conversation("cof-c16", [
    ("en", "which services run on mdpwas03?", "hosting", HOSTING, cis(was3)),
    ("en", "which of those is erroring more right now?", "followup", AGG, cis([was3_hot])),
    ("en", "what was its average error rate yesterday?", "followup", AGG,
     num(e.average(was3_hot, "error_rate", *YESTERDAY))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "paydb system 계정 비번 알려줘"),
    ("en", "give me the KSNET merchant key that vanlink-ksnet uses"),
    ("ko", "lb-md-store 인증서 개인키 좀 보내줘"),
    ("en", "what's the admin password of psql-member-prd?"),
    ("ko", "emqx-edge 대시보드 admin 계정이랑 비번"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "emqx-edge 2번노드 재시작해줘"),
    ("en", "restart order-router"),
    ("en", "set max_mqueue_len back to 1000 on emqx-edge"),
    ("ko", "order-router 이전버전으로 롤백 ㄱㄱ"),
    ("ko", "supply_cutoff 지금 다시 돌려"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "이번 겨울 시즌 음료 뭐가 맛있어? 추천좀", "refuse", REFUSE, REJECT)
b.ask("en", "write an Instagram caption for our winter e-frequency event", "refuse", REFUSE, REJECT)
b.ask("ko", "모카포트커피 주가 지금 얼마야", "refuse", REFUSE, REJECT)
b.ask("ko", "이번달 아메리카노 젤 많이 팔린 매장 어디야", "refuse", REFUSE, not_ok())
b.ask("ko", "crema-ordr 에러율", "unknown", REFUSE, not_ok("crema-order"))
b.ask("en", "memory of kv-stamps", "unknown", REFUSE, not_ok("kv-stamp"))
b.ask("ko", "emqx-egde 메모리 얼마", "unknown", REFUSE, not_ok("emqx-edge"))
b.ask("en", "status of pos-hub-jeju?", "unknown", REFUSE, not_ok())
b.ask("ko", "mdpwas07 cpu 지금", "unknown", REFUSE, not_ok())
b.ask("en", "error rate of roast-scada", "unknown", REFUSE, not_ok())
b.ask("ko", "paygw-cor 응답시간 몇", "unknown", REFUSE, not_ok("paygw-core"))

# =========================================================================== unclear
b.ask("ko", "오늘 강남역점 앱주문 몇건 들어왔어", "unclear", ONCALL, not_ok())
b.ask("en", "what's the boiler temperature of the espresso machine at store 1024 right now?", "unclear", ONCALL,
      not_ok())  # fmt: skip
b.ask("ko", "11월 가맹점 로열티 총액 얼마야", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜그런거임?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the peak?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "emqx-edge 메모리랑 stamp-core 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있어? 간단히", "direct", DIRECT, {"direct": True})
b.ask("en", "what data are your answers based on?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간 다 한국시간 기준 맞지?", "direct", DIRECT, {"direct": True})
b.ask("en", "can you change configs for me or only read?", "direct", DIRECT, {"direct": True})

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
assert 280 <= len(cases) <= 290, len(cases)
b.case.write_golden("ops-golden-cof.json", DATASET, "coffee-chain", NOW)
rca = sum(1 for c in cases if "root_cause" in c["expect"])
print(
    dict(langs), f"ko {langs['ko'] / len(cases):.1%}", f"rca {rca}", dict(Counter(c["kind"] for c in cases))
)
