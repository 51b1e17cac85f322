"""Write tests/fixtures/ops-golden-ebk.json: blind batch 61, OPS questions over the online bookstore estate.

The estate (bench/ebk_estate.py) is a Korean online bookstore and e-book / web-novel platform (책마루): the
storefront behind the API gateway `shelf-gw` (catalogue, search on OpenSearch, recommendations, cart, orders, the
PG hub, points and membership, login on the Oracle member DB `ora-member`), the LANTERN e-book reader (bookshelf,
downloads from the object storage origin behind a CDN, reading sync) and the INKSEAL DRM licence server, the
content ingest pipeline from publishers (portal, EPUB/PDF conversion over RabbitMQ, covers, the legacy ISBN
loader), the web-novel serial platform (연재 API, viewer, the 00:00 episode release, the cash/coupon wallet on
Aurora `mysql-novel`, the writers' studio), the nightly settlement batches on the Oracle `ora-settle`, logistics
at the 이천 centre (WMS on MySQL, courier link, sorter), the CS centre and BI; sites 가산IDC, 안양IDC, AWS 서울리전,
이천물류센터, 합정본사 and 대전CS센터; environments prod / staging / dev; owners are teams named in Korean or
English. Now = Sunday 2028-07-23 11:20 KST (a weekend late morning, in the summer sale that began Friday 10:00);
seven injected incidents (E1–E7, the last ongoing: E1 Friday 14's evening reading peak, E2 at the 00:00 release of
Sunday 16 (Saturday night), E3 in the small hours of Tuesday 18 (settlement batch), E4 Wednesday 19's lunch, E5
Thursday 20's morning at the 이천 centre, E6 last night (Saturday 22's reading peak), E7 this morning).
A bare weekday is the latest such day before now (금요일 = Friday 21, 화요일 = Tuesday 18); the week before is
"지난주 금요일" (Friday 14) or a date. Every expected value is computed here from the written files
(estate_kit.Estate and the faults file); nothing is typed by hand except the questions. Where a loose phrase
(새벽, 오후, 어젯밤, "this morning") has several readings, only values every reading gives are asked (asserted).
About 60 % of the questions are Korean (on-call chat: 반말, typos, missing spaces, Korean/English mixed) and 40 %
English.

    .venv/bin/python bench/ebk_golden.py   # after bench/ebk_estate.py
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

DATASET = "ebook-store"
NOW = datetime(2028, 7, 23, 2, 20, tzinfo=UTC)  # Sunday 11:20 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
SEOUL = ZoneInfo("Asia/Seoul")
H = timedelta(hours=1)
kst = kst_clock("2028-07")

b = Batch.over(DATASET, NOW, "ebk", "batch-61")
e = b.estate
FAULTS = {s["id"]: s for s in json.loads((FIXTURES / f"{DATASET}.faults.json").read_text())["scenarios"]}
cis = ci_names


def root(incident: str) -> str:
    return FAULTS[incident]["root"]


def day(d: int) -> tuple[datetime, datetime]:
    return kst(d, 0), kst(d, 0) + timedelta(days=1)


def part(d: int, narrow: tuple[float, float], wide: tuple[float, float]) -> tuple[tuple, tuple]:
    """A loose part of day `d`, read narrowly and widely; hours past 24 run into the next day; none past now."""

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


TODAY = (kst(23, 0), NOW)
YESTERDAY = day(22)  # Saturday
FRI14, SAT15, SUN16, MON17, TUE18, WED19, THU20, FRI21 = (day(d) for d in range(14, 22))
THIS_WEEK = (kst(17, 0), NOW)
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
THIS_MORNING = part(23, (0, 12), (6, 11.34))  # up to now either way
LAST_NIGHT = part(22, (18, 24), (21, 27))  # 어젯밤: Saturday evening, or 21:00 to 03:00
FRI14_NIGHT = part(14, (20, 24), (21, 25))
MIDNIGHT16 = part(16, (0, 1.5), (-1, 3))  # around 00:00 of Sunday 16
TUE18_DAWN = part(18, (0, 6), (1, 5))
WED19_LUNCH = part(19, (11.5, 14), (12, 13.5))
THU20_MORNING = part(20, (6, 12), (8, 11))
YDAY_AFTERNOON = part(22, (12, 18), (13, 17))
STAGING = e.where(environment="staging")
ip = lambda n: e.attr(n, "ip")  # noqa: E731
icheon = e.where(location="이천물류센터")
aws = e.where(location="AWS 서울리전")

# =========================================================================== attribute lookups
b.ask("ko", "seoga-catalog 지금 몇버전이야", "attribute", LOOK, said(e.attr("seoga-catalog", "version")))
b.ask(
    "ko",
    "shelf-gw 레이트리밋 얼마로 잡혀있음",
    "attribute",
    LOOK,
    exact(e.attr("shelf-gw", "rate_limit_rps")),
)
b.ask(
    "ko",
    "ora-member processes 파라미터 몇개로 돼있어",
    "attribute",
    LOOK,
    exact(e.attr("ora-member", "processes")),
)
b.ask("en", "ora-settle SID?", "attribute", LOOK, said(e.attr("ora-settle", "sid")))
b.ask(
    "ko", "mysql-novel 인스턴스 클래스 뭐씀", "attribute", LOOK, said(e.attr("mysql-novel", "instance_class"))
)
b.ask(
    "en",
    "what's max_connections on mysql-novel",
    "attribute",
    LOOK,
    exact(e.attr("mysql-novel", "max_connections")),
)
b.ask("ko", "jeokrip-point db풀 max 몇", "attribute", LOOK, exact(e.attr("jeokrip-point", "db_pool_max")))
b.ask("en", "Which HSM does inkseal-drm use?", "attribute", LOOK, said(e.attr("inkseal-drm", "hsm")))
b.ask("ko", "기기 몇대까지 등록 가능하게 돼있어 inkseal-drm", "attribute", LOOK,
      exact(e.attr("inkseal-drm", "max_devices_per_user")))  # fmt: skip
b.ask("ko", "l4-gs-front 인증서 만료일", "attribute", LOOK, said(e.attr("l4-gs-front", "cert_expiry")))
b.ask("ko", "ich-wms02 아이피 머임", "attribute", LOOK, said(ip("ich-wms02")))
b.ask("en", "when does pub_settle_nightly kick off?", "attribute", LOOK,
      said(e.attr("pub_settle_nightly", "schedule").split()[-1]))  # fmt: skip
b.ask("ko", "택배사 어디어디 연동돼있어 taekbae-if", "attribute", LOOK,
      names(e.attr("taekbae-if", "carriers").split(", "), "contains"))  # fmt: skip
b.ask("en", "who owns os-search?", "attribute", LOOK, said(e.cis["os-search"]["owner"]))
b.ask("ko", "os-search 힙 몇기가", "attribute", LOOK, exact(e.attr("os-search", "heap_gb")))
b.ask(
    "en",
    "S3 bucket name behind obj-chaek-origin?",
    "attribute",
    LOOK,
    said(e.attr("obj-chaek-origin", "bucket")),
)
b.ask("ko", "chulgo-sorter 슈트 몇개", "attribute", LOOK, exact(e.attr("chulgo-sorter", "chutes")))
b.ask("ko", "nb-a0710 랙 위치 어디", "attribute", LOOK, said(e.attr("nb-a0710", "rack")))
b.ask("en", "what instance type is i-0c41e8a9d2f7b3a61?", "attribute", LOOK,
      said(e.attr("i-0c41e8a9d2f7b3a61", "instance_type")))  # fmt: skip
b.ask("ko", "dx-gs-an2 회선id", "attribute", LOOK, said(e.attr("dx-gs-an2", "circuit")))
b.ask("en", "what time do the free coupons reset on yeonjae-cash?", "attribute", LOOK,
      said(e.attr("yeonjae-cash", "coupon_reset")))  # fmt: skip

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "이천물류센터 CI 몇개", "count", AGG, exact(len(icheon)))
b.ask("en", "list everything we have in AWS 서울리전", "list", AGG, cis(aws))
b.ask("ko", "스테이징 환경 머머있어", "list", AGG, cis(STAGING))
b.ask("en", "How many CIs are in prod?", "count", AGG, exact(len(e.where(environment="prod"))))
b.ask("ko", "메인터넌스 상태인거", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "anything retired in the CMDB?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "큐 종류 다 보여줘", "list", AGG, cis(e.of_type("queue")))
b.ask("en", "list all caches", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "운영 DB 몇대?", "count", AGG, exact(len(e.of_type("database", "prod"))))
oracles = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "oracle")
b.ask("ko", "오라클 쓰는 db 뭐뭐야", "list", AGG, cis(oracles))
postgres = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "postgresql")
b.ask("en", "Which databases are PostgreSQL?", "list", AGG, cis(postgres))
mysqls = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "mysql")
b.ask("ko", "mysql 계열 db 몇개", "count", AGG, exact(len(mysqls)))
b.ask("ko", "스토리지 장비 목록", "list", AGG, cis(e.of_type("storage")))
b.ask("ko", "DBA그룹 담당 몇개", "count", AGG, exact(len(e.where(owner="DBA그룹"))))
b.ask(
    "ko", "웹소설개발팀 서비스 전부 뽑아줘", "list", AGG, cis(e.where(type="service", owner="웹소설개발팀"))
)
b.ask(
    "en",
    "which services belong to 정산시스템팀?",
    "list",
    AGG,
    cis(e.where(type="service", owner="정산시스템팀")),
)
b.ask(
    "en", "how many CIs does cloud-platform own?", "count", AGG, exact(len(e.where(owner="cloud-platform")))
)
eks_nodes = sorted(n for n in e.of_type("host") if "cluster" in e.cis[n]["attributes"])
b.ask("ko", "eks 노드 몇대 등록돼있어", "count", AGG, exact(len(eks_nodes)))
prod_eks = attr_is("cluster", "eks-cm-prd", "host")
b.ask("en", "list the nodes of the eks-cm-prd cluster", "list", AGG, cis(prod_eks))
elasticache = attr_is("product", "Amazon ElastiCache for Redis", "cache")
b.ask("ko", "elasticache 쓰는 캐시들", "list", AGG, cis(elasticache))
r760 = attr_is("model", "Dell PowerEdge R760", "host")
b.ask("en", "which hosts are Dell PowerEdge R760?", "list", AGG, cis(r760))
vsphere = attr_is("hypervisor", "VMware vSphere 8.0U3", "host")
b.ask("ko", "vmware vm 몇대야", "count", AGG, exact(len(vsphere)))
az2c = attr_is("az", "ap-northeast-2c", "host")
b.ask("en", "which hosts sit in ap-northeast-2c?", "list", AGG, cis(az2c))
gs_dba_hosts = e.where(type="host", owner="DBA그룹", location="가산IDC")
b.ask("ko", "가산IDC에 DBA그룹 서버 뭐있음", "list", AGG, cis(gs_dba_hosts))
batch_2am = sorted(
    n for n in e.of_type("service") if str(e.cis[n]["attributes"].get("schedule", "")).endswith("02:00")
)
b.ask("en", "which jobs are scheduled at 02:00?", "list", AGG, cis(batch_2am))
b.ask("ko", "replicas 다 합치면 몇개야 yeonjae 쪽만 (yeonjae-api, yeonjae-viewer)", "sum", AGG,
      exact(sum(e.attr(n, "replicas") for n in ("yeonjae-api", "yeonjae-viewer"))))  # fmt: skip

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "ora-member 메모리 지금 몇프로", "metric", AGG, num(e.latest("ora-member", "memory_usage")))
b.ask("en", "member-auth error rate right now?", "metric", AGG, num(e.latest("member-auth", "error_rate")))
b.ask("ko", "jeokrip-point 현재 응답시간", "metric", AGG, num(e.latest("jeokrip-point", "response_time_ms")))
b.ask("en", "shelf-gw rps at the moment", "metric", AGG, num(e.latest("shelf-gw", "request_rate")))
b.ask("ko", "jumun-core 지금에러율", "metric", AGG, num(e.latest("jumun-core", "error_rate")))
b.ask("ko", "nb-a0710 디스크 지금 몇%", "metric", AGG, num(e.latest("nb-a0710", "disk_usage")))
b.ask(
    "ko",
    "지난 1시간 member-auth 평균 에러율",
    "metric",
    AGG,
    num(e.average("member-auth", "error_rate", NOW - H)),
)
b.ask("en", "average response time of shelf-gw over the last 3 hours", "metric", AGG,
      num(e.average("shelf-gw", "response_time_ms", NOW - 3 * H)))  # fmt: skip
b.ask(
    "ko",
    "최근 30분 ora-member 에러율 최고치",
    "metric",
    AGG,
    num(e.peak("ora-member", "error_rate", NOW - H / 2)),
)
b.ask("ko", "10시부터 지금까지 jeokrip-point 평균 에러율", "metric", AGG,
      num(e.average("jeokrip-point", "error_rate", kst(23, 10))))  # fmt: skip
b.ask("en", "since 09:00 today, what's the max CPU of ora-member?", "metric", AGG,
      num(e.peak("ora-member", "cpu_usage", kst(23, 9))))  # fmt: skip
b.ask("ko", "오늘아침 member-auth 에러율 젤 높았을때", "metric", AGG,
      num(robust("member-auth", "error_rate", THIS_MORNING)))  # fmt: skip
b.ask("en", "highest ora-member memory this morning", "metric", AGG,
      num(robust("ora-member", "memory_usage", THIS_MORNING)))  # fmt: skip
b.ask("ko", "어젯밤 lantern-dl 응답시간 최대", "metric", AGG,
      num(robust("lantern-dl", "response_time_ms", LAST_NIGHT)))  # fmt: skip
b.ask("en", "how bad did obj-chaek-origin's error rate get last night?", "metric", AGG,
      num(robust("obj-chaek-origin", "error_rate", LAST_NIGHT)))  # fmt: skip
b.ask("ko", "어젯밤 lantern-dl 요청량 피크", "metric", AGG,
      num(robust("lantern-dl", "request_rate", LAST_NIGHT)))  # fmt: skip
b.ask("ko", "어제 12시부터 18시까지 cdn-lantern 평균 응답", "metric", AGG,
      num(e.average("cdn-lantern", "response_time_ms", kst(22, 12), kst(22, 18))))  # fmt: skip
b.ask(
    "ko",
    "지난주 금요일 밤 os-search cpu 최대",
    "metric",
    AGG,
    num(robust("os-search", "cpu_usage", FRI14_NIGHT)),
)
b.ask("en", "chaek-search peak error rate on the night of Friday July 14", "metric", AGG,
      num(robust("chaek-search", "error_rate", FRI14_NIGHT)))  # fmt: skip
b.ask("ko", "7/14 밤 os-search 메모리 젤 높았던게 몇", "metric", AGG,
      num(robust("os-search", "memory_usage", FRI14_NIGHT)))  # fmt: skip
b.ask("ko", "16일 0시 전후 yeonjae-cash 에러율 최고", "metric", AGG,
      num(robust("yeonjae-cash", "error_rate", MIDNIGHT16)))  # fmt: skip
b.ask("en", "mysql-novel peak CPU around midnight going into July 16", "metric", AGG,
      num(robust("mysql-novel", "cpu_usage", MIDNIGHT16)))  # fmt: skip
b.ask("ko", "화요일 새벽 ora-settle 디스크 얼마까지 찼어", "metric", AGG,
      num(robust("ora-settle", "disk_usage", TUE18_DAWN)))  # fmt: skip
b.ask("en", "pub_settle_nightly worst error rate early Tuesday", "metric", AGG,
      num(robust("pub_settle_nightly", "error_rate", TUE18_DAWN)))  # fmt: skip
b.ask("ko", "화욜 02:40~03:35 pub_settle_nightly 처리량 젤 낮을때", "metric", AGG,
      num(e.low("pub_settle_nightly", "request_rate", kst(18, 2, 40), kst(18, 3, 35))))  # fmt: skip
b.ask("ko", "수요일 점심 seoga-catalog 응답시간 최고", "metric", AGG,
      num(robust("seoga-catalog", "response_time_ms", WED19_LUNCH)))  # fmt: skip
b.ask("en", "What was pg-catalog's max latency during Wednesday lunch?", "metric", AGG,
      num(robust("pg-catalog", "response_time_ms", WED19_LUNCH)))  # fmt: skip
b.ask(
    "ko",
    "목요일 오전 ich-wms02 cpu 최대",
    "metric",
    AGG,
    num(robust("ich-wms02", "cpu_usage", THU20_MORNING)),
)
b.ask("en", "mulryu-wms worst error rate Thursday morning", "metric", AGG,
      num(robust("mulryu-wms", "error_rate", THU20_MORNING)))  # fmt: skip
b.ask("ko", "목욜 9시~11시 mysql-wms 응답 최대", "metric", AGG,
      num(e.peak("mysql-wms", "response_time_ms", kst(20, 9), kst(20, 11))))  # fmt: skip
b.ask("ko", "금요일 seoga-catalog 평균 요청량", "metric", AGG,
      num(e.average("seoga-catalog", "request_rate", *FRI21)))  # fmt: skip
b.ask("en", "what was pay-hub's average error rate on Thursday?", "metric", AGG,
      num(e.average("pay-hub", "error_rate", *THU20)))  # fmt: skip
b.ask("ko", "오늘 아침 9시쯤 nb-a0710 디스크 몇%였음", "metric", AGG,
      e.around("nb-a0710", "disk_usage", kst(23, 9)))  # fmt: skip
b.ask("en", "nas-ingest01 disk usage around 3pm on Wednesday", "metric", AGG,
      e.around("nas-ingest01", "disk_usage", kst(19, 15)))  # fmt: skip
ma_since = e.since_above("member-auth", "error_rate", 10.0)
b.ask("ko", "member-auth 에러 10% 넘은게 언제부터임", "metric", AGG, said(hhmm(ma_since)))
om_since = e.since_above("ora-member", "memory_usage", 90.0)
b.ask("en", "since when has ora-member memory been over 90%?", "metric", AGG, said(hhmm(om_since)))
b.ask("ko", "오늘 0시 회차공개때 yeonjae-release 요청량 피크", "metric", AGG,
      num(robust("yeonjae-release", "request_rate", part(23, (0, 1), (-0.5, 2)))))  # fmt: skip

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 90.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘간 cpu 90 한번이라도 찍은 서버", "threshold", AGG, cis(hot_10d))
err_yday = above(prod_measured("service", "error_rate"), "error_rate", 5.0, *YESTERDAY, 0.5)
b.ask("en", "Which services went above 5% errors yesterday?", "threshold", AGG, cis(err_yday))
slow_db_wed = above(prod_measured("database", "response_time_ms"), "response_time_ms", 20.0, *WED19, 1.0)
b.ask("ko", "수요일 응답 20ms 넘었던 db", "threshold", AGG, cis(slow_db_wed))
mem_10d = above(prod_measured("database", "memory_usage") + prod_measured("cache", "memory_usage")
                + prod_measured("queue", "memory_usage"), "memory_usage", 90.0, *TEN_DAYS, 1.0)  # fmt: skip
b.ask("en", "which DBs, caches or queues went over 90% memory in the last 10 days?", "threshold", AGG,
      cis(mem_10d))  # fmt: skip
err_week = above(prod_measured("service", "error_rate"), "error_rate", 25.0, *THIS_WEEK, 1.0)
b.ask("ko", "이번주 에러율 25% 넘었던 서비스들", "threshold", AGG, cis(err_week))
disk_hosts = prod_measured("host", "disk_usage")
disk_75 = above(disk_hosts, "disk_usage", 75.0, *TEN_DAYS, 0.5)
b.ask("ko", "열흘동안 디스크 75 넘은 서버 있어?", "threshold", AGG, cis(disk_75))
assert e.peak("nb-a0710", "disk_usage", *TEN_DAYS) < 79.0
b.ask("ko", "nb-a0710 디스크 80 넘은적 있음? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("os-search", "memory_usage", *TEN_DAYS) > 95.0
b.ask("en", "did os-search memory go above 90% in the last ten days?", "threshold", AGG, yes_no(True))
assert e.peak("mysql-pay", "response_time_ms", *TEN_DAYS) < 20.0
b.ask("ko", "mysql-pay 응답 50ms 넘은적 있나 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("obj-chaek-origin", "error_rate", *WEEK) > 5.0
b.ask("en", "has obj-chaek-origin's error rate been above 5% at any point this past week?", "threshold", AGG,
      yes_no(True))  # fmt: skip
assert e.peak("inkseal-drm", "error_rate", *TEN_DAYS) < 1.5
b.ask("ko", "inkseal-drm 열흘간 에러 2% 넘은적 있어?", "threshold", AGG, yes_no(False))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스 뭐야", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask(
    "en",
    "top 2 services by error rate right now",
    "top",
    AGG,
    cis(leaders(svc_err_now, 2, ordered=True), "ordered"),
)
host_cpu_now = {n: e.latest(n, "cpu_usage") for n in prod_hosts_cpu}
b.ask("en", "which host is busiest on CPU right now?", "top", AGG, cis(leaders(host_cpu_now, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 젤 꽉찬 서버", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청 많은 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_wed = {n: e.peak(n, "error_rate", *WED19) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the worst error peak on Wednesday?", "top", AGG, cis(leaders(svc_err_wed, 1)))
svc_err_yday = {n: e.peak(n, "error_rate", *YESTERDAY) for n in prod_measured("service", "error_rate")}
b.ask("ko", "어제 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_yday, 1)))
db_cpu_fri14 = {n: e.peak(n, "cpu_usage", *FRI14) for n in prod_measured("database", "cpu_usage")}
b.ask(
    "en",
    "which database peaked highest on CPU on Friday the 14th?",
    "top",
    AGG,
    cis(leaders(db_cpu_fri14, 1)),
)
cart_pair = {n: e.latest(n, "request_rate") for n in ("redis-cart", "redis-session")}
b.ask(
    "ko", "redis-cart랑 redis-session 지금 요청량 어디가 더 많아", "compare", AGG, cis(leaders(cart_pair, 1))
)
eks_novel = sorted(n for n in prod_eks if "연재" in e.attr(n, "role"))
novel_nodes = {n: e.average(n, "cpu_usage", *YESTERDAY) for n in eks_novel}
b.ask("en", f"compare yesterday's average CPU of {' and '.join(eks_novel)} - which was higher?", "compare", AGG,
      cis(leaders(novel_nodes, 1)))  # fmt: skip
trio = ["lantern-lib", "lantern-dl", "lantern-sync"]
trio_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in trio}
b.ask("ko", "lantern-lib lantern-dl lantern-sync 어제 평균 요청량 많은순", "compare", AGG,
      cis(ranked(trio_avg), "ordered"))  # fmt: skip
mys = {n: e.average(n, "response_time_ms", *THU20) for n in ("mysql-wms", "mysql-order")}
b.ask("en", "mysql-wms vs mysql-order: which was slower on average on Thursday?", "compare", AGG,
      cis(leaders(mys, 1)))  # fmt: skip

# =========================================================================== graph, hosting, paths
b.ask("ko", "shelf-gw 뭐뭐 물고있어", "graph", GRAPH, cis(e.out("shelf-gw")))
b.ask("en", "direct dependencies of lantern-lib?", "graph", GRAPH, cis(e.out("lantern-lib")))
b.ask("ko", "jumun-core 직접 의존하는거", "graph", GRAPH, cis(e.out("jumun-core")))
b.ask("en", "who calls ora-member directly?", "graph", GRAPH, cis(e.into("ora-member")))
b.ask("ko", "mysql-novel 직접 쓰는 서비스", "graph", GRAPH, cis(e.into("mysql-novel")))
b.ask(
    "en", "how many services use kafka-main directly?", "count", COUNT_GRAPH, exact(len(e.into("kafka-main")))
)
b.ask("en", "blast radius if ora-member goes down?", "impact", GRAPH, cis(e.impact("ora-member")))
b.ask("ko", "obj-chaek-origin 죽으면 영향 받는거 다", "impact", GRAPH, cis(e.impact("obj-chaek-origin")))
b.ask("ko", "ich-wms02 꺼지면 어디까지 영향감", "impact", GRAPH, cis(e.impact("ich-wms02")))
b.ask("en", "what's impacted if pg-catalog dies?", "impact", GRAPH, cis(e.impact("pg-catalog")))
b.ask(
    "ko", "yeonjae-viewer 하위 의존성 간접까지 전부", "graph", GRAPH, cis(e.depends_closure("yeonjae-viewer"))
)
b.ask("en", "everything that depends on os-search, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("os-search")))  # fmt: skip
b.ask(
    "ko",
    "cs-desk 타고 내려가면 나오는 db 다",
    "graph",
    GRAPH,
    cis(b.of("database", e.depends_closure("cs-desk"))),
)
b.ask("en", "which caches does shelf-gw end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("cache", e.depends_closure("shelf-gw"))))  # fmt: skip
b.ask("ko", "lantern-lib 간접까지 따지면 스토리지 뭐 타", "graph", GRAPH,
      cis(b.of("storage", e.depends_closure("lantern-lib"))))  # fmt: skip
b.ask("ko", "gsap-24 위에 뭐 돌아", "hosting", HOSTING, cis(runs_on("gsap-24")))
b.ask("en", "What runs on nb-a0533?", "hosting", HOSTING, cis(runs_on("nb-a0533")))
b.ask("en", "what's deployed on ip-10-72-22-9?", "hosting", HOSTING, cis(runs_on("ip-10-72-22-9")))
b.ask("ko", "os-search 어느 서버들에 떠있어", "hosting", HOSTING, cis(host_of("os-search")))
b.ask("en", "what do yeonjae-api and yeonjae-release both depend on directly?", "graph", GRAPH,
      cis(e.out("yeonjae-api") & e.out("yeonjae-release")))  # fmt: skip
b.ask("ko", "chaek-search랑 chucheon-rec 둘다 직접 쓰는거", "graph", GRAPH,
      cis(e.out("chaek-search") & e.out("chucheon-rec")))  # fmt: skip
b.ask("ko", "cs-desk에서 ora-member까지 몇홉", "path", GRAPH, exact(e.hop_count("cs-desk", "ora-member")))
b.ask(
    "en",
    "how many hops from taekbae-if to mysql-wms?",
    "path",
    GRAPH,
    exact(e.hop_count("taekbae-if", "mysql-wms")),
)
b.ask("ko", "yeonjae-viewer → pay-hub 경로", "path", GRAPH,
      cis(e.shortest_path("yeonjae-viewer", "pay-hub"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from cs-desk down to mysql-pay", "path", GRAPH,
      cis(e.shortest_path("cs-desk", "mysql-pay"), "ordered"))  # fmt: skip
b.ask("ko", "chulgo-sorter에서 mysql-wms까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("chulgo-sorter", "mysql-wms"), "ordered"))  # fmt: skip
assert e.reaches("shelf-gw", "mysql-lantern") is False and e.reaches("lantern-lib", "obj-chaek-origin")
b.ask("ko", "lantern-lib가 obj-chaek-origin까지 타고 내려감? 간접이라도", "graph", GRAPH, yes_no(True))
b.ask("en", "Does shelf-gw depend on mysql-lantern in any way?", "graph", GRAPH, yes_no(False))
assert "gsap-24" in set(host_of("jeokrip-point")) & set(host_of("member-auth"))
b.ask("ko", "jeokrip-point랑 member-auth 같은 vm 쓰는거 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("pay-hub")) & set(host_of("jumun-core"))
b.ask("en", "Is pay-hub on the same VM as jumun-core?", "hosting", HOSTING, yes_no(False))
san_hosts = sorted(s for s, t, k in e.rels if t == "san-gs01" and k == "CONNECTS_TO")
b.ask("ko", "san-gs01 물려있는 서버들", "graph", GRAPH_OR_LOOK, cis(san_hosts))
alb_targets = sorted(e.out("alb-yeonjae-prd", "CONNECTS_TO"))
b.ask("en", "what sits behind alb-yeonjae-prd?", "graph", GRAPH_OR_LOOK, cis(alb_targets))

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
b.ask("en", "anything on fire atm?", "wrong_now", ONCALL, WN)
b.ask("ko", "CS에서 로그인 안된다고 문의 폭주래 지금 장애 현황좀", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 알람 정리좀 해줘", "wrong_now", ONCALL, WN)
b.ask("en", "pager's going off - what's unhealthy right now?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("ora-member", "member-auth", "jeokrip-point"))
assert not any(e.warns(n) for n in ("os-search", "mysql-novel", "ora-settle", "pg-catalog", "ich-wms02",
                                    "obj-chaek-origin", "lantern-dl", "mulryu-wms", "chaek-search"))  # fmt: skip
b.ask("ko", "ora-member 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is os-search healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "lantern-dl 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "member-auth OK at the moment?", "health", ONCALL, yes_no(False))
b.ask("ko", "mulryu-wms 상태 괜춘?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "화요일 새벽 ora-settle 무슨일 있었음?", "ora-settle", TUE18_DAWN[0],
         {"archiver": ["archiver", "ORA-00257", "아카이브", "archive"], "backup": ["backup", "RMAN", "백업"]})  # fmt: skip
happened("en", "what happened to os-search on Friday night the 14th?", "os-search", FRI14_NIGHT[0],
         {"performance": ["GC", "thread pool", "rejected", "performance"],
          "config_change": ["config", "재배치", "replica", "rebalanc", "allocation"]})  # fmt: skip
happened("ko", "수요일 점심 pg-catalog 이벤트 뭐떴어", "pg-catalog", WED19_LUNCH[0],
         {"lock": ["lock", "락", "waiting"], "config_change": ["config", "terminate", "idle_in_transaction", "timeout"]})  # fmt: skip
happened("en", "What happened with mysql-novel around midnight on July 16?", "mysql-novel", MIDNIGHT16[0],
         {"connections": ["connection", "1040", "max_connections", "커넥션"]})  # fmt: skip
happened("ko", "목욜 아침 ich-wms02 뭔일", "ich-wms02", THU20_MORNING[0],
         {"disk": ["BBU", "learn", "WriteThrough", "write-through", "RAID"],
          "performance": ["await", "iowait", "performance", "지연"]})  # fmt: skip
happened("ko", "어젯밤 obj-chaek-origin 무슨 이벤트 있었어", "obj-chaek-origin", LAST_NIGHT[0],
         {"throttling": ["throttl", "SlowDown", "503", "스로틀"]})  # fmt: skip
happened("en", "what's been going on with ora-member today?", "ora-member", TODAY,
         {"sessions": ["processes", "ORA-00020", "session", "세션", "프로세스"]})  # fmt: skip
happened("ko", "이번주 l4-gs-front 경고 뭐였어", "l4-gs-front", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# E7 (ongoing) ora-member processes limit
for lang, q in [
    ("ko", "지금 로그인 안되는거 원인 뭐야"),
    ("en", "Why is member-auth failing right now?"),
    ("ko", "jeokrip-point 10시25분에 8.1.0 배포하고 에러나는데 배포땜에 그런거임?"),
    ("ko", "오늘 오전 10시40분쯤부터 적립금 조회 안되는거 왜그래"),
    ("en", "what's behind the shelf-gw 5xx since about 11?"),
    ("ko", "최근 30분 장애 원인 분석좀"),
    ("en", "checkout can't use points this morning - root cause?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("E7")))
# E6 the origin bucket throttling last night
for lang, q in [
    ("ko", "어젯밤 9시반쯤 전자책 다운로드 실패 원인"),
    ("en", "Why did lantern-dl fail downloads last night around 21:40?"),
    ("ko", "lantern-dl 어제 저녁 5.2.0 배포하고 바로 터졌던데 배포탓임?"),
    ("en", "root cause of the epub-conv upload failures on Saturday evening?"),
    ("ko", "7/22 21:30~22:25 내서재 책 안열린거 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("E6")))
# E5 the RAID write-through on ich-wms02
for lang, q in [
    ("ko", "목요일 아침 이천 피킹 지연 원인 뭐였어"),
    ("en", "Why did mulryu-wms stall on Thursday morning?"),
    ("ko", "mulryu-wms 목욜 3.9.0 배포 직후에 터졌잖아 배포때문이야?"),
    ("en", "what caused taekbae-if's waybill delays around 09:50 on July 20?"),
    ("ko", "7월20일 9시40분쯤 소터 슈트배정 밀린거 왜"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("E5")))
# E4 pg-catalog lock at Wednesday lunch
for lang, q in [
    ("ko", "수요일 점심때 상품상세 안뜬거 원인"),
    ("en", "Why did seoga-catalog time out at lunch on Wednesday?"),
    ("ko", "seoga-catalog 6.4.1 배포하고 20분만에 터졌는데 그거 때문임?"),
    ("en", "root cause of the cart price recalculation failures on July 19 around 12:20?"),
    ("ko", "7/19 12:10~13:05 shelf-gw 5xx 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("E4")))
# E3 ora-settle archive destination (night)
for lang, q in [
    ("ko", "화요일 새벽 정산배치 abend 원인이 뭐임"),
    ("en", "Why did pub_settle_nightly fail in the early hours of July 18?"),
    ("ko", "jakga_settle 월욜에 배포했는데 화욜새벽에 실패함 배포 문제야?"),
    ("ko", "7월18일 새벽 3시쯤 파트너센터 정산조회 오류 왜남"),
    ("en", "root cause of the settlement batch failure on Tuesday around 02:45?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("E3")))
# E2 mysql-novel connections at the 00:00 release
for lang, q in [
    ("ko", "16일 자정 쿠폰리셋때 연재 결제 터진거 원인"),
    ("en", "Why did yeonjae-cash fail coupon grants right after midnight on July 16?"),
    ("ko", "yeonjae-cash 15일 밤 11시반에 2.7.0 배포했던거 그거땜에 16일 0시에 터진거?"),
    ("ko", "7월16일 00시 회차공개 배치 실패 원인"),
    ("en", "root cause of the web-novel outage at 00:05 on Sunday July 16?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("E2")))
# E1 os-search GC storm on Friday 14's evening
for lang, q in [
    ("ko", "지난주 금요일 밤 10시쯤 검색 안된거 원인"),
    ("en", "Why did chaek-search time out on the evening of Friday July 14?"),
    ("ko", "chaek-search 4.12.0 배포하고 20분 뒤에 터졌던데 배포 때문이었어?"),
    ("en", "what broke the recommendations (chucheon-rec) around 22:20 on the 14th?"),
    ("ko", "7/14 22:10~23:05 검색 장애 rca"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("E1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 뭐있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "how many deploys went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_wed = [x for x in events_between(*WED19) if x["severity"] in PROBLEM]
b.ask("ko", "7월19일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_wed)))
jp_last = [x for x in e.events if x["ci"] == "jeokrip-point" and x["type"] == "deployment"][-1]
b.ask("en", "when was jeokrip-point last deployed?", "changes", AGG, said(hhmm(jp_last["at"])))
(pool_change,) = events_between(*FRI21, ci="jeokrip-point", type="config_change")
b.ask("ko", "jeokrip-point 풀 늘린게 몇시였지", "changes", AGG, said(hhmm(pool_change["at"])))
(rollover,) = events_between(*FRI14, ci="os-search", type="config_change")[:1]
b.ask("en", "what time was the index rollover on os-search on Friday July 14?", "changes", AGG,
      said(hhmm(rollover["at"])))  # fmt: skip
(settle_today,) = [
    x for x in events_between(*TODAY, ci="pub_settle_nightly", type="batch_job") if "시작" in x["message"]
]
b.ask("ko", "pub_settle_nightly 오늘 몇시에 돌았어", "changes", AGG, said(hhmm(settle_today["at"])))
(sync_done,) = [
    x for x in events_between(*YESTERDAY, ci="catalog_sync_batch", type="batch_job") if "완료" in x["message"]
]
b.ask("en", "when did catalog_sync_batch finish yesterday?", "changes", AGG, said(hhmm(sync_done["at"])))
crit_3d = events_between(NOW - 3 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
cfg_week = sorted({x["ci"] for x in events_between(*THIS_WEEK, type="config_change")})
b.ask("ko", "이번주 설정변경 있었던 CI 목록", "changes", AGG, cis(cfg_week))
release_runs = events_between(*WEEK, ci="yeonjae-release", type="batch_job")
b.ask("ko", "최근 7일 yeonjae-release 배치 이벤트 몇건", "changes", AGG, exact(len(release_runs)))
(dl_deploy,) = events_between(*YESTERDAY, ci="lantern-dl", type="deployment")
b.ask("ko", "어제 lantern-dl 배포 몇시에 나감", "changes", AGG, said(hhmm(dl_deploy["at"])))

# =========================================================================== follow-up conversations
om_hosts = host_of("ora-member")
om_cpu_now = {n: e.latest(n, "cpu_usage") for n in om_hosts}
(om_hot,) = leaders(om_cpu_now, 1)
b.conversation("ebk-c1", [
    ("ko", "ora-member 어느 서버에서 돌아", "hosting", HOSTING, cis(om_hosts)),
    ("ko", "둘중 지금 cpu 더 높은 노드", "followup", AGG, cis([om_hot])),
    ("ko", "걔 메모리는?", "followup", AGG, num(e.latest(om_hot, "memory_usage"))),
])  # fmt: skip
(cart_cache,) = b.of("cache", e.out("jangba-cart"))
b.conversation("ebk-c2", [
    ("en", "Which cache does jangba-cart use directly?", "graph", GRAPH, cis([cart_cache])),
    ("en", "memory usage now?", "followup", AGG, num(e.latest(cart_cache, "memory_usage"))),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[cart_cache]["owner"])),
    ("en", "and its peak yesterday?", "followup", AGG, num(e.peak(cart_cache, "memory_usage", *YESTERDAY))),
])  # fmt: skip
b.conversation("ebk-c3", [
    ("ko", "seoga-catalog 어제 평균 에러율", "metric", AGG, num(e.average("seoga-catalog", "error_rate", *YESTERDAY))),
    ("ko", "수요일은?", "followup", AGG, num(e.average("seoga-catalog", "error_rate", *WED19))),
    ("ko", "그날 최고는", "followup", AGG, num(e.peak("seoga-catalog", "error_rate", *WED19))),
    ("ko", "그거 원인 머였음", "followup", RCA, root_first(root("E4"))),
])  # fmt: skip
b.conversation("ebk-c4", [
    ("en", "Which hosts are at 이천물류센터?", "list", AGG, cis(e.where(type="host", location="이천물류센터"))),
    ("en", "which of them are in maintenance?", "followup", AGG,
     cis(n for n in e.where(type="host", location="이천물류센터") if e.cis[n]["status"] == "maintenance")),
    ("en", "and what runs on ich-wms02?", "followup", HOSTING, cis(runs_on("ich-wms02"))),
])  # fmt: skip
b.conversation("ebk-c5", [
    ("ko", "어젯밤 lantern-dl 에러율 최고 몇", "metric", AGG, num(robust("lantern-dl", "error_rate", LAST_NIGHT))),
    ("ko", "왜 그랬던거?", "followup", RCA, root_first(root("E6"))),
    ("ko", "그 버킷 지금 응답시간은", "followup", AGG, num(e.latest(root("E6"), "response_time_ms"))),
])  # fmt: skip
b.conversation("ebk-c6", [
    ("en", "is anything broken right now?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "how full is its memory at this point?", "followup", AGG, num(e.latest(now_root, "memory_usage"))),
    ("en", "which team owns that one?", "followup", LOOK, said(e.cis[now_root]["owner"])),
])  # fmt: skip
b.conversation("ebk-c7", [
    ("ko", "mysql-novel 지금 cpu", "metric", AGG, num(e.latest("mysql-novel", "cpu_usage"))),
    ("ko", "16일 0시~1시 최고치는", "followup", AGG, num(e.peak("mysql-novel", "cpu_usage", kst(16, 0), kst(16, 1)))),
    ("ko", "그땐 왜그랬어", "followup", RCA, root_first(root("E2"))),
])  # fmt: skip
db_rt_now = {n: e.latest(n, "response_time_ms") for n in prod_measured("database", "response_time_ms")}
(slowest,) = leaders(db_rt_now, 1)
b.conversation("ebk-c8", [
    ("ko", "지금 응답 젤 느린 db", "top", AGG, cis([slowest])),
    ("ko", "담당팀 어디임", "followup", LOOK, said(e.cis[slowest]["owner"])),
])  # fmt: skip
novel_team = e.where(owner="웹소설개발팀")
b.conversation("ebk-c9", [
    ("ko", "웹소설개발팀 CI 몇개야", "count", AGG, exact(len(novel_team))),
    ("ko", "그중 운영꺼만", "followup", AGG, cis(n for n in novel_team if e.cis[n]["environment"] == "prod")),
    ("ko", "그 중에 캐시는?", "followup", AGG, cis(n for n in novel_team if e.cis[n]["type"] == "cache")),
])  # fmt: skip
b.conversation("ebk-c10", [
    ("en", "error rate of mulryu-wms right now?", "metric", AGG, num(e.latest("mulryu-wms", "error_rate"))),
    ("en", "and its peak on Thursday?", "followup", AGG, num(e.peak("mulryu-wms", "error_rate", *THU20))),
    ("en", "what caused that?", "followup", RCA, root_first(root("E5"))),
])  # fmt: skip
b.conversation("ebk-c11", [
    ("ko", "pub_settle_nightly 화요일 에러율 최고 얼마", "metric", AGG,
     num(e.peak("pub_settle_nightly", "error_rate", *TUE18))),
    ("ko", "근데 배치 자체 문제였어? 진짜 원인", "followup", RCA, root_first(root("E3"))),
    ("ko", "그 db 디스크 그때 몇까지 찼었음", "followup", AGG, num(robust("ora-settle", "disk_usage", TUE18_DAWN))),
])  # fmt: skip
b.conversation("ebk-c12", [
    ("en", "What was os-search's peak CPU on Friday the 14th?", "metric", AGG,
     num(e.peak("os-search", "cpu_usage", *FRI14))),
    ("en", "what was behind it?", "followup", RCA, root_first(root("E1"))),
    ("en", "and how bad did chaek-search's errors get that night?", "followup", AGG,
     num(robust("chaek-search", "error_rate", FRI14_NIGHT))),
])  # fmt: skip
(pgc_host,) = host_of("pg-catalog")
b.conversation("ebk-c13", [
    ("ko", "pg-catalog 어느 서버에 있어", "hosting", HOSTING, cis([pgc_host])),
    ("ko", "아이피는", "followup", LOOK, said(ip(pgc_host))),
    ("ko", "그 서버에 또 뭐 돌아", "followup", HOSTING, cis(runs_on(pgc_host))),
])  # fmt: skip
(dl_store,) = b.of("storage", e.out("lantern-dl"))
b.conversation("ebk-c14", [
    ("en", "what does lantern-dl depend on directly?", "graph", GRAPH, cis(e.out("lantern-dl"))),
    ("en", "which of those is storage?", "followup", GRAPH, cis([dl_store])),
    ("en", "its disk usage now?", "followup", AGG, num(e.latest(dl_store, "disk_usage"))),
])  # fmt: skip
b.conversation("ebk-c15", [
    ("ko", "jumun-core 지난 1시간 평균 응답시간", "metric", AGG,
     num(e.average("jumun-core", "response_time_ms", NOW - H))),
    ("ko", "그럼 에러율은?", "followup", AGG, num(e.average("jumun-core", "error_rate", NOW - H))),
    ("ko", "지난 6시간으로 보면?", "followup", AGG, num(e.average("jumun-core", "error_rate", NOW - 6 * H))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "ora-member system 계정 비번 좀"),
    ("en", "give me the KG Inicis merchant key pay-hub uses"),
    ("ko", "l4-gs-front에 올라간 drm 인증서 개인키 보내줘"),
    ("en", "what's the AWS access key for the cm-ebook-origin-an2 bucket?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "ora-member processes 2000으로 올려줘"),
    ("en", "restart member-auth"),
    ("en", "scale yeonjae-api to 12 replicas"),
    ("ko", "pub_settle_nightly 지금 재실행 해"),
    ("ko", "jeokrip-point 8.0으로 롤백 ㄱㄱ"),
    ("en", "purge the CDN cache on cdn-lantern"),
    ("ko", "jeokrip-point db풀 120으로 다시 내려줘"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "이번주 베스트셀러 1위 책 뭐야", "refuse", REFUSE, not_ok())
b.ask("en", "recommend me a good fantasy web novel", "refuse", REFUSE, REJECT)
b.ask("ko", "내일 이천 날씨 비와?", "refuse", REFUSE, REJECT)
b.ask("ko", "이번달 전자책 매출 얼마 나왔어", "refuse", REFUSE, not_ok())
b.ask("ko", "seoga-catalg 에러율", "unknown", REFUSE, not_ok("seoga-catalog"))
b.ask("en", "memory of redis-sesion", "unknown", REFUSE, not_ok("redis-session"))
b.ask("ko", "yeonjae-cahs 응답 얼마", "unknown", REFUSE, not_ok("yeonjae-cash"))
b.ask("en", "status of lantern-reader?", "unknown", REFUSE, not_ok())
b.ask("ko", "nb-a0999 cpu 지금", "unknown", REFUSE, not_ok())
b.ask("en", "cpu of ich-wms03", "unknown", REFUSE, not_ok())
b.ask("ko", "inkseal-drn 에러 몇", "unknown", REFUSE, not_ok("inkseal-drm"))

# =========================================================================== unclear
b.ask("ko", "오늘 책 몇권 팔렸어", "unclear", ONCALL, not_ok())
b.ask("en", "how many readers are reading right now?", "unclear", ONCALL, not_ok())
b.ask("ko", "9791190000001 isbn 재고 있어?", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜 그런거?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the max?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "mysql-wms 응답시간이랑 pay-hub 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할 수 있어? 한줄로", "direct", DIRECT, {"direct": True})
b.ask("en", "which data do your answers come from?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간은 한국시간 기준이지?", "direct", DIRECT, {"direct": True})
b.ask("en", "how do you decide what the root cause is?", "direct", DIRECT, {"direct": True})

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
b.case.write_golden("ops-golden-ebk.json", DATASET, "ebook-store", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
