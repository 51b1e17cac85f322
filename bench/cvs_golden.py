"""Write tests/fixtures/ops-golden-cvs.json: blind batch 62, OPS questions over the convenience-store estate.

The estate (bench/cvs_estate.py) is a Korean convenience-store franchise HQ (하루온리테일, about 9 000 stores): the
store POS fleet gateways (수도권 / 지방) with the store-device auth on MySQL, the payment VAN relay and the easy-pay
gateway, the store business gateway, the 발주 system with its 10:00 / 22:00 cut-off batch on the Oracle RAC
`ora-balju`, the product/store master and its nightly push, the 폐기/유통기한 batch, the DC WMS of 이천 and 칠곡 on
MS-SQL, dispatch and cold-chain truck telemetry in the cloud over Amazon MQ, the membership app 달빛 on Aurora and
ElastiCache, gift-card / 택배 / 공과금 counter services, the lottery terminal relay, the ERP, franchisee settlement
on MS-SQL, the 점주 portal and BI; sites 가산IDC, 본사(역삼), 이천물류센터, 칠곡물류센터 and AWS 서울리전;
environments prod / stg / dev. Now = Saturday 2028-04-29 14:20 KST (the weekend lottery and leisure peak); seven
injected incidents (C1–C7, the last ongoing): C1 on Thursday 20 (last week) at the 22:00 cut-off, C2 on Saturday
22 (last week) at lunch, C3 in the small hours of Tuesday 25, C4 in Wednesday 26's morning commute, C5 on Thursday
27's afternoon, C6 yesterday (Friday 28) in the evening commute, C7 from 13:35 today.
A bare weekday is the most recent such day before now (금요일 = yesterday, 목요일 = the 27th); the days of last
week are asked as "지난주 …" or by date. Every expected value is computed here from the written files
(estate_kit.Estate and the faults file); nothing is typed by hand except the questions. Where a loose phrase
(새벽, 오후, 저녁, "this morning", "last night") has several readings, only values every reading gives are asked
(asserted). About 60 % of the questions are Korean (on-call chat: 반말, typos, missing spaces, Korean/English
mixed) and 40 % English.

    .venv/bin/python bench/cvs_golden.py   # after bench/cvs_estate.py
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

DATASET = "cvs-franchise"
NOW = datetime(2028, 4, 29, 5, 20, tzinfo=UTC)  # Saturday 14:20 KST
RCA = ["RCA"]
DIRECT = ["DIRECT"]
REFUSE = ["REJECT"]
COUNT_GRAPH = ["GRAPH", "AGGREGATE", "LOOKUP"]
H = timedelta(hours=1)
kst = kst_clock("2028-04")

b = Batch.over(DATASET, NOW, "cvs", "batch-62")
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


happened_types, events_between, host_of, runs_on = e.happened_types, e.events_between, e.host_of, e.runs_on
attr_is, has_attr = e.attr_is, e.has_attr

TODAY = (kst(29, 0), NOW)
YESTERDAY = day(28)  # Friday
THU20, FRI21, SAT22, SUN23, MON24, TUE25, WED26, THU27 = (day(d) for d in range(20, 28))
THIS_WEEK = (kst(24, 0), NOW)  # since Monday
LAST_WEEKEND = (kst(22, 0), kst(24, 0))
WEEK = (NOW - 7 * 24 * H, NOW)
TEN_DAYS = (NOW - 10 * 24 * H, NOW)
SINCE_14 = (kst(29, 14), NOW)
THIS_MORNING = part(29, (6, 10), (0, 12))
LAST_NIGHT = part(28, (22, 30), (24, 29))  # Friday night into Saturday morning
YDAY_EVENING = part(28, (17, 21), (18, 24))
YDAY_AFTERNOON = part(28, (12, 18), (13, 17))
THU20_NIGHT = part(20, (20, 24), (21, 23.5))
SAT22_LUNCH = part(22, (11, 14), (11.5, 13.5))
TUE25_NIGHT = part(25, (0, 6), (1, 4))
WED26_MORNING = part(26, (6, 12), (7, 9.5))
THU27_AFTERNOON = part(27, (12, 18), (13, 17))
ip = lambda n: e.attr(n, "ip")  # noqa: E731

# =========================================================================== attribute lookups
b.ask("ko", "posgw-sudo 버전 머임", "attribute", LOOK, said(e.attr("posgw-sudo", "version")))
b.ask("ko", "posgw-jibang 물려있는 점포수 몇개야", "attribute", LOOK, exact(e.attr("posgw-jibang", "stores")))
b.ask("ko", "jeompo-auth 토큰 ttl 몇시간으로 잡혀있어", "attribute", LOOK,
      exact(e.attr("jeompo-auth", "token_ttl_h")))  # fmt: skip
b.ask("en", "storeapi-gw rate limit?", "attribute", LOOK, exact(e.attr("storeapi-gw", "rate_limit_rps")))
b.ask("ko", "van-relay tps한도 얼마로 돼있음", "attribute", LOOK, exact(e.attr("van-relay", "tps_limit")))
b.ask(
    "en",
    "which VANs does van-relay talk to?",
    "attribute",
    LOOK,
    names(e.attr("van-relay", "vans").split(", "), "contains"),
)
b.ask("ko", "ora-balju sid 뭐였지", "attribute", LOOK, said(e.attr("ora-balju", "sid")))
b.ask("en", "what port does ora-erp listen on?", "attribute", LOOK, exact(e.attr("ora-erp", "port")))
b.ask("ko", "mssql-jeongsan tempdb 몇기가 잡혀있어", "attribute", LOOK,
      exact(e.attr("mssql-jeongsan", "tempdb_gb")))  # fmt: skip
b.ask(
    "ko", "my-jeompo max_connections 설정값", "attribute", LOOK, exact(e.attr("my-jeompo", "max_connections"))
)
b.ask(
    "en", "aurora-dalbit instance class?", "attribute", LOOK, said(e.attr("aurora-dalbit", "instance_class"))
)
b.ask("ko", "redis-posgw 메모리 정책 머로 돼있어", "attribute", LOOK,
      said(e.attr("redis-posgw", "maxmemory_policy")))  # fmt: skip
b.ask(
    "en",
    "how big is redis-balju's maxmemory?",
    "attribute",
    LOOK,
    exact(e.attr("redis-balju", "maxmemory_gb")),
)
b.ask("ko", "l4-gs-pos 인증서 만료 언제임", "attribute", LOOK, said(e.attr("l4-gs-pos", "cert_expiry")))
b.ask("ko", "로또 단말 몇대 붙어있다고 돼있어? lotto_relay", "attribute", LOOK,
      exact(e.attr("lotto_relay", "terminals")))  # fmt: skip
b.ask("ko", "sunap-gw 수납기관 몇곳 연동", "attribute", LOOK, exact(e.attr("sunap-gw", "billers")))
b.ask("en", "who owns cold-telem?", "attribute", LOOK, said(e.cis["cold-telem"]["owner"]))
b.ask("ko", "cold-telem 냉장차 몇대 수집중", "attribute", LOOK, exact(e.attr("cold-telem", "reefer_trucks")))
b.ask("ko", "ast-21044 랙 위치 어디", "attribute", LOOK, said(e.attr("ast-21044", "rack")))
b.ask("en", "what instance type is ip-10-72-13-77?", "attribute", LOOK,
      said(e.attr("ip-10-72-13-77", "instance_type")))  # fmt: skip
b.ask("ko", "wan-cgdc 회선번호", "attribute", LOOK, said(e.attr("wan-cgdc", "circuit")))
b.ask("en", "What's the SAP client number on erp-ecc?", "attribute", LOOK, exact(e.attr("erp-ecc", "client")))
b.ask("ko", "jeongsan-fc 가맹점수 몇개로 등록돼있냐", "attribute", LOOK,
      exact(e.attr("jeongsan-fc", "franchisees")))  # fmt: skip
b.ask(
    "ko",
    "balju-api 마감시간 몇시몇시로 돼있어",
    "attribute",
    LOOK,
    names(e.attr("balju-api", "cutoffs").split(", "), "contains"),
)

# =========================================================================== lists, counts, attribute filters
b.ask("ko", "가산IDC에 있는 CI 몇개야", "count", AGG, exact(len(e.where(location="가산IDC"))))
b.ask("en", "list everything at 칠곡물류센터", "list", AGG, cis(e.where(location="칠곡물류센터")))
b.ask("ko", "이천물류센터 장비 목록좀", "list", AGG, cis(e.where(location="이천물류센터")))
b.ask("en", "how many CIs live in AWS 서울리전?", "count", AGG, exact(len(e.where(location="AWS 서울리전"))))
b.ask("ko", "본사에 있는거 뭐있어", "list", AGG, cis(e.where(location="본사(역삼)")))
b.ask("ko", "스테이징 머머있냐", "list", AGG, cis(e.where(environment="stg")))
b.ask("en", "how many dev CIs are there?", "count", AGG, exact(len(e.where(environment="dev"))))
b.ask("ko", "점검중 상태인거 뭐임", "list", AGG, cis(e.where(status="maintenance")))
b.ask("en", "anything retired in the cmdb?", "list", AGG, cis(e.where(status="retired")))
b.ask("ko", "큐 목록", "list", AGG, cis(e.of_type("queue")))
b.ask("en", "list all the caches", "list", AGG, cis(e.of_type("cache")))
b.ask("ko", "운영 db 몇개임", "count", AGG, exact(len(e.of_type("database", "prod"))))
mysqls = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "mysql")
b.ask("en", "which databases are plain MySQL (not Aurora)?", "list", AGG, cis(mysqls))
oracles = sorted(n for n in e.of_type("database") if e.attr(n, "engine") == "oracle")
b.ask("ko", "오라클 db 다 뽑아줘", "list", AGG, cis(oracles))
b.ask("en", "list the load balancers", "list", AGG, cis(e.of_type("load_balancer")))
b.ask("ko", "스토리지 뭐뭐 있음", "list", AGG, cis(e.of_type("storage")))
b.ask("ko", "DB운영파트 담당 CI 몇개", "count", AGG, exact(len(e.where(owner="DB운영파트"))))
b.ask("en", "which services belong to dalbit-squad?", "list", AGG,
      cis(e.where(type="service", owner="dalbit-squad")))  # fmt: skip
b.ask("ko", "생활서비스파트 서비스 목록", "list", AGG, cis(e.where(type="service", owner="생활서비스파트")))
b.ask("ko", "네트워크보안팀 장비 몇개야", "count", AGG, exact(len(e.where(owner="네트워크보안팀"))))
eks = has_attr("kubelet", "host")
b.ask("en", "which hosts are EKS nodes?", "list", AGG, cis(eks))
win = attr_is("os", "Windows Server 2022", "host")
b.ask("ko", "윈도우 서버 목록", "list", AGG, cis(win))
r660 = attr_is("model", "Dell PowerEdge R660", "host")
b.ask("en", "which hosts are Dell PowerEdge R660?", "list", AGG, cis(r660))
vpnc = sorted(n for n in e.of_type("host") if e.cis[n]["attributes"].get("device") == "VPN concentrator")
b.ask("ko", "점포 vpn 집선기 터널수 합치면 몇개", "sum", AGG, exact(sum(e.attr(n, "tunnels") for n in vpnc)))
posgws = sorted(n for n in e.of_type("service") if "region" in e.cis[n]["attributes"])
b.ask("ko", "posgw 두개 점포수 합계", "sum", AGG, exact(sum(e.attr(n, "stores") for n in posgws)))
b.ask("ko", "semi-sync 복제 쓰는 db 어떤거", "list", AGG, cis(attr_is("replication", "semi-sync")))
b.ask("en", "which CIs have a certificate expiry date recorded?", "list", AGG, cis(has_attr("cert_expiry")))

# =========================================================================== metrics: current, windows, thresholds
b.ask("ko", "my-jeompo 지금 에러율", "metric", AGG, num(e.latest("my-jeompo", "error_rate")))
b.ask("en", "jeompo-auth error rate right now", "metric", AGG, num(e.latest("jeompo-auth", "error_rate")))
b.ask(
    "ko", "posgw-jibang 현재 응답시간 얼마", "metric", AGG, num(e.latest("posgw-jibang", "response_time_ms"))
)
b.ask(
    "en",
    "lotto_relay request rate at the moment?",
    "metric",
    AGG,
    num(e.latest("lotto_relay", "request_rate")),
)
b.ask("ko", "ast-18002 디스크 몇퍼", "metric", AGG, num(e.latest("ast-18002", "disk_usage")))
b.ask("en", "current memory on redis-posgw", "metric", AGG, num(e.latest("redis-posgw", "memory_usage")))
b.ask("ko", "aurora-dalbit cpu 지금 얼마", "metric", AGG, num(e.latest("aurora-dalbit", "cpu_usage")))
b.ask("en", "what's van-relay's latency now?", "metric", AGG, num(e.latest("van-relay", "response_time_ms")))
b.ask("ko", "지난 1시간 jeompo-auth 평균 에러율", "metric", AGG,
      num(e.average("jeompo-auth", "error_rate", NOW - H)))  # fmt: skip
b.ask("en", "avg response time of posgw-jibang over the last 2 hours", "metric", AGG,
      num(e.average("posgw-jibang", "response_time_ms", NOW - 2 * H)))  # fmt: skip
b.ask("ko", "최근30분 my-jeompo 응답시간 최고치", "metric", AGG,
      num(e.peak("my-jeompo", "response_time_ms", NOW - H / 2)))  # fmt: skip
b.ask(
    "ko",
    "14시 이후로 lotto_relay 평균 에러율",
    "metric",
    AGG,
    num(e.average("lotto_relay", "error_rate", *SINCE_14)),
)
b.ask("en", "since 14:00, what's the max error rate on posgw-jibang?", "metric", AGG,
      num(e.peak("posgw-jibang", "error_rate", *SINCE_14)))  # fmt: skip
b.ask("ko", "오늘 아침 balju-api 요청량 젤 많을때 얼마", "metric", AGG,
      num(robust("balju-api", "request_rate", THIS_MORNING)))  # fmt: skip
b.ask(
    "ko",
    "어제 dalbit-coupon 에러율 최고",
    "metric",
    AGG,
    num(e.peak("dalbit-coupon", "error_rate", *YESTERDAY)),
)
b.ask("en", "what was aurora-dalbit's peak CPU yesterday?", "metric", AGG,
      num(e.peak("aurora-dalbit", "cpu_usage", *YESTERDAY)))  # fmt: skip
b.ask("ko", "어제 저녁 dalbit-point 응답시간 최대", "metric", AGG,
      num(robust("dalbit-point", "response_time_ms", YDAY_EVENING)))  # fmt: skip
b.ask("en", "average request rate of balju-api yesterday", "metric", AGG,
      num(e.average("balju-api", "request_rate", *YESTERDAY)))  # fmt: skip
b.ask("ko", "그저께 오후 amq-b7e21c4d 메모리 최고", "metric", AGG,
      num(robust("amq-b7e21c4d", "memory_usage", THU27_AFTERNOON)))  # fmt: skip
b.ask("en", "cold-telem worst error rate on Thursday afternoon", "metric", AGG,
      num(robust("cold-telem", "error_rate", THU27_AFTERNOON)))  # fmt: skip
b.ask("ko", "수요일 아침 ast-22810 메모리 최대 몇", "metric", AGG,
      num(robust("ast-22810", "memory_usage", WED26_MORNING)))  # fmt: skip
b.ask("en", "redis-posgw peak latency on Wednesday morning", "metric", AGG,
      num(robust("redis-posgw", "response_time_ms", WED26_MORNING)))  # fmt: skip
b.ask("ko", "화요일 새벽 mssql-jeongsan 에러율 최고", "metric", AGG,
      num(robust("mssql-jeongsan", "error_rate", TUE25_NIGHT)))  # fmt: skip
b.ask("en", "How full did ast-19327's disk get early on Tuesday?", "metric", AGG,
      num(robust("ast-19327", "disk_usage", TUE25_NIGHT)))  # fmt: skip
b.ask("ko", "지난주 토요일 점심때 van-relay 에러율 최고 몇이었어", "metric", AGG,
      num(robust("van-relay", "error_rate", SAT22_LUNCH)))  # fmt: skip
b.ask("en", "my-vanlog peak response time on April 22", "metric", AGG,
      num(e.peak("my-vanlog", "response_time_ms", *SAT22)))  # fmt: skip
b.ask("ko", "지난주 목요일 밤 ora-balju cpu 최고", "metric", AGG,
      num(robust("ora-balju", "cpu_usage", THU20_NIGHT)))  # fmt: skip
b.ask("en", "balju-api max error rate between 21:00 and 23:00 on April 20", "metric", AGG,
      num(e.peak("balju-api", "error_rate", kst(20, 21), kst(20, 23))))  # fmt: skip
b.ask("ko", "오늘 오전 9시쯤 ast-18002 디스크 몇%였음", "metric", AGG,
      e.around("ast-18002", "disk_usage", kst(29, 9)))  # fmt: skip
b.ask("en", "minio-poslog disk usage around noon yesterday", "metric", AGG,
      e.around("minio-poslog", "disk_usage", kst(28, 12)))  # fmt: skip
auth_since = e.since_above("jeompo-auth", "error_rate", 10.0)
b.ask("ko", "jeompo-auth 에러율 10% 넘은게 언제부터임", "metric", AGG, said(hhmm(auth_since)))
jp_since = e.since_above("my-jeompo", "error_rate", 2.0)
b.ask("en", "since when has my-jeompo been above 2% errors?", "metric", AGG, said(hhmm(jp_since)))
b.ask("en", "What was mssql-jeongsan's peak request rate last night?", "metric", AGG,
      num(robust("mssql-jeongsan", "request_rate", LAST_NIGHT)))  # fmt: skip
b.ask("ko", "지난주 금요일 jeongsan-fc 평균 요청량", "metric", AGG,
      num(e.average("jeongsan-fc", "request_rate", *FRI21)))  # fmt: skip
b.ask("en", "peak error rate of easypay-gw over last weekend (Apr 22-23)", "metric", AGG,
      num(e.peak("easypay-gw", "error_rate", *LAST_WEEKEND)))  # fmt: skip

prod_hosts_cpu = prod_measured("host", "cpu_usage")
hot_10d = above(prod_hosts_cpu, "cpu_usage", 70.0, *TEN_DAYS, 1.5)
b.ask("ko", "열흘동안 cpu 70 한번이라도 넘긴 서버", "threshold", AGG, cis(hot_10d))
err_yday = above(prod_measured("service", "error_rate"), "error_rate", 10.0, *YESTERDAY, 0.5)
b.ask("en", "Which services went above 10% errors yesterday?", "threshold", AGG, cis(err_yday))
err_25 = above(prod_measured("service", "error_rate"), "error_rate", 5.0, *TUE25, 0.5)
b.ask("ko", "4월25일 에러율 5% 넘었던 서비스", "threshold", AGG, cis(err_25))
mem_10d = above(prod_measured("cache", "memory_usage") + prod_measured("queue", "memory_usage"), "memory_usage",
                80.0, *TEN_DAYS, 1.0)  # fmt: skip
b.ask(
    "en", "which caches or queues went above 80% memory in the last 10 days?", "threshold", AGG, cis(mem_10d)
)
err_weekend = above(prod_measured("service", "error_rate"), "error_rate", 5.0, *LAST_WEEKEND, 0.5)
b.ask("ko", "지난 주말 에러 5% 넘은 서비스들", "threshold", AGG, cis(err_weekend))
disk_hosts = prod_measured("host", "disk_usage")
disk_75 = above(disk_hosts, "disk_usage", 75.0, *TEN_DAYS, 0.5)
b.ask("ko", "열흘간 디스크 75 넘은적 있는 서버", "threshold", AGG, cis(disk_75))
assert e.peak("ast-18002", "disk_usage", *TEN_DAYS) < 79.0
b.ask("ko", "ast-18002 디스크 80 넘은적 있어? 최근 열흘", "threshold", AGG, yes_no(False))
assert e.peak("amq-b7e21c4d", "memory_usage", *THIS_WEEK) > 93.0
b.ask("en", "did amq-b7e21c4d's memory go over 90% this week?", "threshold", AGG, yes_no(True))
assert e.peak("ora-erp", "response_time_ms", *TEN_DAYS) < 20.0
b.ask("ko", "ora-erp 응답 50ms 넘은적 있음? 열흘간", "threshold", AGG, yes_no(False))
assert e.peak("aurora-dalbit", "cpu_usage", *WEEK) > 93.0
b.ask("en", "has aurora-dalbit's CPU been above 90% at any point in the last 7 days?", "threshold", AGG,
      yes_no(True))  # fmt: skip
assert e.peak("wms-chg", "error_rate", *TEN_DAYS) < 1.5
b.ask("ko", "wms-chg 열흘동안 에러 2% 넘은 적 있어?", "threshold", AGG, yes_no(False))
assert e.peak("van-relay", "error_rate", *TEN_DAYS) > 25.0
b.ask("en", "did van-relay's error rate ever exceed 20% in the last 10 days?", "threshold", AGG, yes_no(True))

svc_err_now = {n: e.latest(n, "error_rate") for n in prod_measured("service", "error_rate")}
b.ask("ko", "지금 에러율 젤 높은 서비스", "top", AGG, cis(leaders(svc_err_now, 1)))
b.ask("en", "top 3 services by error rate right now", "top", AGG, cis(leaders(svc_err_now, 3)))
host_cpu_wed = {n: e.peak(n, "cpu_usage", *WED26) for n in prod_hosts_cpu}
b.ask("en", "which host hit the highest CPU on Wednesday?", "top", AGG, cis(leaders(host_cpu_wed, 1)))
host_disk_now = {n: e.latest(n, "disk_usage") for n in disk_hosts}
b.ask("ko", "디스크 젤 많이 찬 서버 어디", "top", AGG, cis(leaders(host_disk_now, 1)))
req_now = {n: e.latest(n, "request_rate") for n in prod_measured("service", "request_rate")}
b.ask("ko", "지금 요청량 많은 서비스 top3", "top", AGG, cis(leaders(req_now, 3)))
svc_err_tue = {n: e.peak(n, "error_rate", *TUE25) for n in prod_measured("service", "error_rate")}
b.ask("en", "which service had the worst error peak on Tuesday?", "top", AGG, cis(leaders(svc_err_tue, 1)))
svc_err_fri = {n: e.peak(n, "error_rate", *YESTERDAY) for n in prod_measured("service", "error_rate")}
b.ask("ko", "어제 에러 피크 젤 높았던 서비스", "top", AGG, cis(leaders(svc_err_fri, 1)))
db_err_20 = {n: e.peak(n, "error_rate", *THU20) for n in prod_measured("database", "error_rate")}
b.ask("en", "which database had the highest error-rate peak on Thursday April 20?", "top", AGG,
      cis(leaders(db_err_20, 1)))  # fmt: skip
gw_now = {n: e.latest(n, "request_rate") for n in posgws}
b.ask("ko", "posgw-sudo posgw-jibang 지금 요청량 어디가 더 많음", "compare", AGG, cis(leaders(gw_now, 1)))
wms = {n: e.average(n, "response_time_ms", *YESTERDAY) for n in ("wms-ich", "wms-chg")}
b.ask(
    "en", "wms-ich vs wms-chg: which was slower on average yesterday?", "compare", AGG, cis(leaders(wms, 1))
)
trio = ["dalbit-bff", "dalbit-point", "dalbit-coupon"]
trio_avg = {n: e.average(n, "request_rate", *YESTERDAY) for n in trio}
b.ask("ko", "dalbit-bff dalbit-point dalbit-coupon 어제 평균 요청량 많은순으로", "compare", AGG,
      cis(ranked(trio_avg), "ordered"))  # fmt: skip
my_mem = {n: e.latest(n, "memory_usage") for n in ("vgs-my01", "vgs-my02")}
b.ask("ko", "vgs-my01이랑 vgs-my02 중 지금 메모리 더 높은거", "compare", AGG, cis(leaders(my_mem, 1)))

# =========================================================================== graph, hosting, paths
b.ask("ko", "posgw-sudo 뭐뭐 물고있냐", "graph", GRAPH, cis(e.out("posgw-sudo")))
b.ask("en", "What are the direct dependencies of balju-api?", "graph", GRAPH, cis(e.out("balju-api")))
b.ask("ko", "dalbit-bff 직접 의존성", "graph", GRAPH, cis(e.out("dalbit-bff")))
b.ask("en", "who calls van-relay directly?", "graph", GRAPH, cis(e.into("van-relay")))
b.ask("en", "which services use rmq-posjournal directly?", "graph", GRAPH, cis(e.into("rmq-posjournal")))
b.ask("ko", "redis-posgw 직접 쓰는 서비스 몇개", "count", COUNT_GRAPH, exact(len(e.into("redis-posgw"))))
b.ask("en", "blast radius if my-jeompo goes down?", "impact", GRAPH, cis(e.impact("my-jeompo")))
b.ask("ko", "ast-22810 죽으면 영향가는거 전부", "impact", GRAPH, cis(e.impact("ast-22810")))
b.ask("ko", "aurora-dalbit 장애나면 어디까지 터짐", "impact", GRAPH, cis(e.impact("aurora-dalbit")))
b.ask("en", "what's impacted if mssql-jeongsan dies?", "impact", GRAPH, cis(e.impact("mssql-jeongsan")))
b.ask("ko", "storeapi-gw 하위 의존성 간접까지 싹다", "graph", GRAPH, cis(e.depends_closure("storeapi-gw")))
b.ask("en", "everything that depends on ora-balju, directly or indirectly", "graph", GRAPH,
      cis(e.dependents_closure("ora-balju")))  # fmt: skip
b.ask("ko", "posgw-jibang 타고 내려가면 나오는 db 전부", "graph", GRAPH,
      cis(b.of("database", e.depends_closure("posgw-jibang"))))  # fmt: skip
b.ask("en", "which queues does tms-dispatch end up relying on, all the way down?", "graph", GRAPH,
      cis(b.of("queue", e.depends_closure("tms-dispatch"))))  # fmt: skip
b.ask("ko", "vgs-cnt01에 뭐 돌아", "hosting", HOSTING, cis(runs_on("vgs-cnt01")))
b.ask("en", "What runs on ast-22811?", "hosting", HOSTING, cis(runs_on("ast-22811")))
b.ask("ko", "vgs-bat01 위에 올라간 배치들", "hosting", HOSTING, cis(runs_on("vgs-bat01")))
b.ask("ko", "ora-balju 어느 서버들에서 돌아", "hosting", HOSTING, cis(host_of("ora-balju")))
b.ask("en", "which host is my-vanlog on?", "hosting", HOSTING, cis(host_of("my-vanlog")))
b.ask("en", "what do posgw-sudo and storeapi-gw both depend on directly?", "graph", GRAPH,
      cis(e.out("posgw-sudo") & e.out("storeapi-gw")))  # fmt: skip
b.ask("ko", "gift-hub랑 taekbae-counter 둘다 직접 쓰는거", "graph", GRAPH,
      cis(e.out("gift-hub") & e.out("taekbae-counter")))  # fmt: skip
b.ask(
    "ko",
    "storeapi-gw에서 my-counter까지 몇홉",
    "path",
    GRAPH,
    exact(e.hop_count("storeapi-gw", "my-counter")),
)
b.ask("en", "how many hops from jeomju-portal to ora-erp?", "path", GRAPH,
      exact(e.hop_count("jeomju-portal", "ora-erp")))  # fmt: skip
b.ask("ko", "lotto_relay → my-jeompo 경로", "path", GRAPH,
      cis(e.shortest_path("lotto_relay", "my-jeompo"), "ordered"))  # fmt: skip
b.ask("en", "show the dependency chain from tms-dispatch down to amq-b7e21c4d", "path", GRAPH,
      cis(e.shortest_path("tms-dispatch", "amq-b7e21c4d"), "ordered"))  # fmt: skip
b.ask("ko", "jeongsan_monthend에서 ora-erp까지 어떻게 타고가", "path", GRAPH,
      cis(e.shortest_path("jeongsan_monthend", "ora-erp"), "ordered"))  # fmt: skip
assert e.reaches("storeapi-gw", "ora-erp")
b.ask("ko", "storeapi-gw가 ora-erp까지 타고 내려가? 간접이라도", "graph", GRAPH, yes_no(True))
assert not e.reaches("cold-telem", "aurora-dalbit")
b.ask("en", "Does cold-telem depend on aurora-dalbit in any way?", "graph", GRAPH, yes_no(False))
assert host_of("van-relay") == host_of("easypay-gw") == ["vgs-van01"]
b.ask("ko", "van-relay랑 easypay-gw 같은 vm에 떠있는거 맞지?", "hosting", HOSTING, yes_no(True))
assert not set(host_of("jeomju-portal")) & set(host_of("jeongsan-fc"))
b.ask("en", "Is jeomju-portal on the same VM as jeongsan-fc?", "hosting", HOSTING, yes_no(False))
san_hosts = sorted(s for s, t, k in e.rels if t == "san-gs-01" and k == "CONNECTS_TO")
b.ask("ko", "san-gs-01 붙어있는 서버들", "graph", GRAPH_OR_LOOK, cis(san_hosts))
b.ask(
    "en",
    "which services sit behind l4-gs-biz?",
    "graph",
    GRAPH_OR_LOOK,
    cis(b.of("service", e.out("l4-gs-biz", "CONNECTS_TO"))),
)
b.ask(
    "ko",
    "van-relay 밖으로 나가는 van 회선 뭐뭐",
    "graph",
    GRAPH_OR_LOOK,
    cis(e.out("van-relay", "CONNECTS_TO")),
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
WN = wrong_now(now_root, *now_first)
b.ask("ko", "지금 뭐 터진거 있음?", "wrong_now", ONCALL, WN)
b.ask("en", "anything broken right now?", "wrong_now", ONCALL, WN)
b.ask("ko", "점포에서 로또 발매 안된다고 콜 폭주중 지금 장애현황좀", "wrong_now", ONCALL, WN)
b.ask("ko", "ㅈㄱ 알람 뜬거 한번 정리해줘", "wrong_now", ONCALL, WN)
b.ask("en", "got paged - what's unhealthy at the moment?", "wrong_now", ONCALL, WN)
assert all(e.warns(n) for n in ("my-jeompo", "jeompo-auth"))
assert not any(e.warns(n) for n in ("ora-balju", "my-vanlog", "mssql-jeongsan", "ast-22810", "redis-posgw",
                                    "amq-b7e21c4d", "aurora-dalbit", "dalbit-coupon", "van-relay"))  # fmt: skip
b.ask("ko", "my-jeompo 지금 괜찮아?", "health", ONCALL, yes_no(False))
b.ask("en", "is ora-balju healthy now?", "health", ONCALL, yes_no(True))
b.ask("ko", "aurora-dalbit 지금은 정상이지?", "health", ONCALL, yes_no(True))
b.ask("en", "jeompo-auth OK right now?", "health", ONCALL, yes_no(False))
b.ask("ko", "redis-posgw 상태 괜찮음?", "health", ONCALL, yes_no(True))


# =========================================================================== on-call: what happened
def happened(lang: str, q: str, ci: str, window: tuple, keywords: dict[str, list[str]]) -> None:
    assert set(keywords) <= happened_types(ci, *window), (ci, set(keywords), happened_types(ci, *window))
    b.happened(lang, q, ci, keywords)


happened("ko", "지난주 목요일 밤에 ora-balju 무슨일 있었어?", "ora-balju", THU20_NIGHT[1],
         {"performance": ["lock", "enq", "TX", "blocking", "잠금"], "config_change": ["config", "kill", "IDX_REBUILD", "원복"]})  # fmt: skip
happened("en", "what happened to ast-22810 on Wednesday morning?", "ast-22810", WED26_MORNING[1],
         {"memory": ["memory", "swap", "kswapd", "메모리"]})  # fmt: skip
happened("ko", "화요일 새벽 mssql-jeongsan 이벤트 뭐떴어", "mssql-jeongsan", TUE25_NIGHT[1],
         {"tempdb": ["tempdb", "1105"], "config_change": ["config", "tempdb 파일", "384", "보류"]})  # fmt: skip
happened("en", "What happened with amq-b7e21c4d on Thursday?", "amq-b7e21c4d", THU27,
         {"queue": ["queue", "reefer", "consumer"], "memory": ["memory", "alarm", "blocked"]})  # fmt: skip
happened("ko", "어제 저녁 aurora-dalbit 뭔일", "aurora-dalbit", YDAY_EVENING[1],
         {"connections": ["connection", "1040", "max_connections", "커넥션"]})  # fmt: skip
happened("ko", "지난주 토요일 my-vanlog 무슨일 있었음", "my-vanlog", SAT22,
         {"maintenance": ["maintenance", "점검", "replica", "복제"], "performance": ["semi-sync", "ACK", "stall", "commit"]})  # fmt: skip
happened("en", "what's been going on with my-jeompo today?", "my-jeompo", TODAY,
         {"config_change": ["gh-ost", "DDL", "config", "schema"], "performance": ["metadata lock", "lock", "threads"]})  # fmt: skip
happened("ko", "이번주 l4-gs-pos 경고 뭐였어", "l4-gs-pos", THIS_WEEK,
         {"cert_expiry": ["cert", "인증서", "expires", "만료"]})  # fmt: skip

# =========================================================================== on-call: why (RCA)
# C7 (ongoing) the metadata lock on my-jeompo
for lang, q in [
    ("ko", "지금 jeompo-auth 에러 원인 머야"),
    ("en", "Why are store devices failing auth right now?"),
    ("ko", "lotto_relay 13시10분에 배포하고 로또 발매 안되는데 배포탓이야?"),
    ("ko", "1시반 좀 넘어서부터 지방 점포 단말 토큰 갱신 실패 왜그럼"),
    ("en", "what's behind the posgw-jibang errors since about 13:50?"),
    ("ko", "최근 30분 장애 원인분석 ㄱㄱ"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("C7")))
# C6 aurora-dalbit connection storm yesterday evening
for lang, q in [
    ("ko", "어제 저녁 6시반쯤 앱 쿠폰 사용 안된거 원인"),
    ("en", "Why did dalbit-coupon fail coupon redemptions yesterday around 18:30?"),
    ("ko", "dalbit-coupon 2.8.0 어제 배포하고 바로 터졌던데 배포때문임?"),
    ("en", "root cause of the dalbit-point slowdown in Friday's evening rush?"),
    ("ko", "4/28 18:20~19:15 달빛앱 홈 로딩 지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("C6")))
# C5 the Amazon MQ memory alarm on Thursday afternoon
for lang, q in [
    ("ko", "그저께 오후 냉장차 온도 수집 끊긴거 왜"),
    ("en", "Why did cold-telem stop publishing temperatures on Thursday afternoon?"),
    ("ko", "cold-telem 목욜 2시50분에 배포했잖아 그거땜에 터진거?"),
    ("ko", "4월27일 15시쯤 dalbit-push 푸시 발송 실패한 원인"),
    ("en", "what made tms-dispatch show stale truck temperatures around 15:30 on April 27?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("C5")))
# C4 ast-22810 swapping in Wednesday's morning commute
for lang, q in [
    ("ko", "수요일 아침 출근시간 pos 거래 타임아웃 원인 뭐였어"),
    ("en", "Why did posgw-sudo time out store transactions on Wednesday morning?"),
    ("ko", "수욜 posgw-sudo 5.8.3 배포 직후에 터졌던데 배포탓?"),
    ("en", "root cause of the redis-posgw latency spike on April 26 around 07:40?"),
    ("ko", "4/26 07:35~08:30 posgw-jibang 응답지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("C4")))
# C3 tempdb of mssql-jeongsan in the small hours of Tuesday (night)
for lang, q in [
    ("ko", "화요일 새벽 가맹점 일정산 터진거 원인이 뭐임"),
    ("en", "Why did posjournal-loader fail to load POS journals early on April 25?"),
    ("ko", "posjournal-loader 월요일 저녁에 2.7.0 배포했는데 그거때문에 화요일 새벽에 터진거야?"),
    ("ko", "4월25일 새벽 2시반쯤 점주포털 정산서 조회 안된거 왜"),
    ("en", "root cause of the daily settlement failure in the early hours of Tuesday April 25?"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("C3")))
# C2 my-vanlog semi-sync stall at last Saturday's lunch
for lang, q in [
    ("ko", "지난주 토요일 점심 카드승인 지연된거 원인"),
    ("en", "Why did van-relay time out card approvals last Saturday around 12:20?"),
    ("ko", "4/22 van-relay 3.17.2 배포하고 승인 타임아웃 났던데 배포 문제야?"),
    ("en", "what caused easypay-gw to fail payments at lunchtime on April 22?"),
    ("ko", "4월22일 12:10~13:05 posgw-sudo 결제 응답지연 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("C2")))
# C1 ora-balju row locks at last Thursday's 22:00 cut-off
for lang, q in [
    ("ko", "지난주 목요일 밤 2차 발주마감 늦어진거 원인"),
    ("en", "Why did balju-api time out around 22:00 on April 20?"),
    ("ko", "4/20 balju-api 7.12.0 배포하고 발주 저장 안됐던데 그거때문이야?"),
    ("en", "root cause of the store ordering failures just before last Thursday's evening cut-off?"),
    ("ko", "4월20일 21:50~22:45 storeapi-gw 발주단말 타임아웃 원인"),
]:
    b.ask(lang, q, "rca", RCA, root_first(root("C1")))

# =========================================================================== changes and events
deploys_today = sorted({x["ci"] for x in events_between(*TODAY, type="deployment")})
b.ask("ko", "오늘 배포 나간거 머있어", "changes", AGG, cis(deploys_today))
deploys_week = events_between(*WEEK, type="deployment")
b.ask("en", "How many deployments went out in the last 7 days?", "changes", AGG, exact(len(deploys_week)))
prob_25 = [x for x in events_between(*TUE25) if x["severity"] in PROBLEM]
b.ask("ko", "4월25일 major 이상 이벤트 몇건", "changes", AGG, exact(len(prob_25)))
(coupon_last,) = [x for x in e.events if x["ci"] == "dalbit-coupon" and x["type"] == "deployment"][-1:]
b.ask("en", "when was dalbit-coupon last deployed?", "changes", AGG, said(hhmm(coupon_last["at"])))
(redis_change,) = events_between(*TUE25, ci="redis-posgw", type="config_change")
b.ask("ko", "화요일에 redis-posgw 설정 바꾼거 몇시야", "changes", AGG, said(hhmm(redis_change["at"])))
(idx_move,) = events_between(*day(19), ci="ora-balju", type="config_change")
b.ask("en", "what time was the ora-balju index rebuild job rescheduled on Wednesday April 19?", "changes", AGG,
      said(hhmm(idx_move["at"])))  # fmt: skip
(push_run,) = [
    x for x in events_between(*TODAY, ci="store_master_push", type="batch_job") if "시작" in x["message"]
]
b.ask("ko", "store_master_push 오늘 몇시에 돌았어", "changes", AGG, said(hhmm(push_run["at"])))
(am_cut,) = [x for x in events_between(*YESTERDAY, ci="balju-cutoff", type="batch_job") if "1차" in x["message"]
             and "시작" in x["message"]]  # fmt: skip
b.ask(
    "en",
    "when did the morning order cut-off batch start yesterday?",
    "changes",
    AGG,
    said(hhmm(am_cut["at"])),
)
crit_3d = events_between(NOW - 3 * 24 * H, NOW, severity="critical")
b.ask("en", "list the CIs that raised a critical event in the last 3 days", "changes", AGG,
      cis({x["ci"] for x in crit_3d}))  # fmt: skip
crit_weekend = sorted({x["ci"] for x in events_between(*LAST_WEEKEND, severity="critical")})
b.ask("en", "which CIs had critical events over last weekend?", "changes", AGG, cis(crit_weekend))
(monthend,) = [x for x in events_between(*YESTERDAY, ci="jeongsan_monthend") if "시작" in x["message"]]
b.ask("ko", "월말정산 가마감 어제 몇시에 시작했음", "changes", AGG, said(hhmm(monthend["at"])))
maint_week = sorted({x["ci"] for x in events_between(*THIS_WEEK, type="maintenance")})
b.ask("ko", "월요일부터 지금까지 maintenance 이벤트 있었던 CI", "changes", AGG, cis(maint_week))

# =========================================================================== follow-up conversations
rac = host_of("ora-balju")
rac_cpu_now = {n: e.latest(n, "cpu_usage") for n in rac}
(rac_hot,) = leaders(rac_cpu_now, 1)
b.conversation("cvs-c1", [
    ("ko", "ora-balju 어디서 돌아가", "hosting", HOSTING, cis(rac)),
    ("ko", "둘중 지금 cpu 높은쪽", "followup", AGG, cis([rac_hot])),
    ("ko", "그럼 메모리는?", "followup", AGG, num(e.latest(rac_hot, "memory_usage"))),
])  # fmt: skip
(auth_cache,) = b.of("cache", e.out("jeompo-auth"))
b.conversation("cvs-c2", [
    ("en", "Which cache does jeompo-auth use directly?", "graph", GRAPH, cis([auth_cache])),
    ("en", "what's its memory usage now?", "followup", AGG, num(e.latest(auth_cache, "memory_usage"))),
    ("en", "who owns it?", "followup", LOOK, said(e.cis[auth_cache]["owner"])),
])  # fmt: skip
b.conversation("cvs-c3", [
    ("ko", "van-relay 어제 평균 에러율", "metric", AGG, num(e.average("van-relay", "error_rate", *YESTERDAY))),
    ("ko", "4월22일은?", "followup", AGG, num(e.average("van-relay", "error_rate", *SAT22))),
    ("ko", "그날 최대는", "followup", AGG, num(e.peak("van-relay", "error_rate", *SAT22))),
    ("ko", "그거 원인은?", "followup", RCA, root_first(root("C2"))),
])  # fmt: skip
dc_hosts = e.where(type="host", location="칠곡물류센터")
b.conversation("cvs-c4", [
    ("en", "Which hosts are at 칠곡물류센터?", "list", AGG, cis(dc_hosts)),
    ("en", "which of them are in maintenance?", "followup", AGG,
     cis(n for n in dc_hosts if e.cis[n]["status"] == "maintenance")),
    ("en", "what's the cpu of that one now?", "followup", AGG,
     num(e.latest(*[n for n in dc_hosts if e.cis[n]["status"] == "maintenance"], "cpu_usage"))),
])  # fmt: skip
b.conversation("cvs-c5", [
    ("ko", "4월27일 오후 3시~4시 cold-telem 에러율 최고", "metric", AGG,
     num(e.peak("cold-telem", "error_rate", kst(27, 15), kst(27, 16)))),
    ("ko", "왜그랬던거?", "followup", RCA, root_first(root("C5"))),
    ("ko", "그 브로커 그날 메모리 최고 몇", "followup", AGG, num(e.peak(root("C5"), "memory_usage", *THU27))),
])  # fmt: skip
b.conversation("cvs-c6", [
    ("en", "anything wrong at the moment?", "wrong_now", ONCALL, WN),
    ("en", "why?", "followup", RCA, root_first(now_root)),
    ("en", "which host is it on?", "followup", HOSTING, cis(host_of(now_root))),
    ("en", "and that host's memory right now?", "followup", AGG, num(e.latest(host_of(now_root)[0], "memory_usage"))),
])  # fmt: skip
b.conversation("cvs-c7", [
    ("ko", "posgw-sudo 지금 에러율", "metric", AGG, num(e.latest("posgw-sudo", "error_rate"))),
    ("ko", "수요일 최고치는", "followup", AGG, num(e.peak("posgw-sudo", "error_rate", *WED26))),
    ("ko", "그땐 왜 그랬음", "followup", RCA, root_first(root("C4"))),
])  # fmt: skip
(slowest,) = leaders(req_now, 1)
b.conversation("cvs-c8", [
    ("ko", "지금 트래픽 젤 많이 받는 서비스 머야", "top", AGG, cis([slowest])),
    ("ko", "담당팀 어디", "followup", LOOK, said(e.cis[slowest]["owner"])),
    ("ko", "걔 어디서 돌아", "followup", HOSTING, cis(host_of(slowest))),
])  # fmt: skip
fin_team = e.where(owner="정산시스템팀")
b.conversation("cvs-c9", [
    ("ko", "정산시스템팀 CI 몇개야", "count", AGG, exact(len(fin_team))),
    ("ko", "그중 운영꺼만", "followup", AGG, cis(n for n in fin_team if e.cis[n]["environment"] == "prod")),
])  # fmt: skip
b.conversation("cvs-c10", [
    ("en", "error rate of dalbit-coupon right now?", "metric", AGG, num(e.latest("dalbit-coupon", "error_rate"))),
    ("en", "and its peak yesterday?", "followup", AGG, num(e.peak("dalbit-coupon", "error_rate", *YESTERDAY))),
    ("en", "and last Friday, the 21st?", "followup", AGG, num(e.peak("dalbit-coupon", "error_rate", *FRI21))),
    ("en", "what caused yesterday's spike?", "followup", RCA, root_first(root("C6"))),
])  # fmt: skip
b.conversation("cvs-c11", [
    ("ko", "mssql-jeongsan 4월25일 에러율 최고 몇", "metric", AGG,
     num(e.peak("mssql-jeongsan", "error_rate", *TUE25))),
    ("ko", "근데 그거 정산배치 자체 문제였어? 진짜 원인", "followup", RCA, root_first(root("C3"))),
])  # fmt: skip
(loader_queue,) = b.of("queue", e.out("posjournal-loader"))
b.conversation("cvs-c12", [
    ("ko", "posjournal-loader가 쓰는 큐 뭐야", "graph", GRAPH, cis([loader_queue])),
    ("ko", "그거 같이 쓰는 다른 애들은", "followup", GRAPH, cis(e.into(loader_queue) - {"posjournal-loader"})),
    ("ko", "지금 그 큐 메모리", "followup", AGG, num(e.latest(loader_queue, "memory_usage"))),
])  # fmt: skip
AMQ_KW = {"memory": ["memory", "alarm", "blocked", "메모리"]}
b.conversation("cvs-c13", [
    ("en", "How high did amq-b7e21c4d's memory go on Thursday?", "metric", AGG,
     num(e.peak("amq-b7e21c4d", "memory_usage", *THU27))),
    ("en", "what events did it raise then?", "followup", ONCALL,
     {"events": list(AMQ_KW), "ci": "amq-b7e21c4d", "keywords": AMQ_KW}),
    ("en", "so was the broker the real cause of the cold-telem outage?", "followup", RCA, root_first(root("C5"))),
])  # fmt: skip
b.conversation("cvs-c14", [
    ("ko", "my-vanlog 어느 서버에서 돌아", "hosting", HOSTING, cis(host_of("my-vanlog"))),
    ("ko", "아이피는", "followup", LOOK, said(ip(host_of("my-vanlog")[0]))),
    ("ko", "그 서버에 같이 떠있는 db는", "followup", HOSTING, cis(set(runs_on(host_of("my-vanlog")[0])) - {"my-vanlog"})),
])  # fmt: skip
(reco_db,) = [n for n in b.of("database", e.out("balju-reco")) if e.attr(n, "engine") == "mssql"]
b.conversation("cvs-c15", [
    ("ko", "balju-reco 직접 물고있는거 뭐야", "graph", GRAPH, cis(e.out("balju-reco"))),
    ("ko", "그중 mssql만", "followup", GRAPH, cis([reco_db])),
    ("ko", "그 db 지금 응답시간", "followup", AGG, num(e.latest(reco_db, "response_time_ms"))),
])  # fmt: skip

# =========================================================================== refusals, unknown names, out of scope
for lang, q in [
    ("ko", "ora-balju system 계정 비번 알려줘"),
    ("en", "give me the VAN terminal key van-relay uses for KICC"),
    ("ko", "l4-gs-pos 인증서 개인키 좀 보내줘"),
    ("en", "what's the master password of aurora-dalbit?"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
for lang, q in [
    ("ko", "my-jeompo gh-ost 작업 지금 kill 해줘"),
    ("en", "restart jeompo-auth"),
    ("en", "raise aurora-dalbit max_connections to 5000"),
    ("ko", "balju-cutoff 2차마감 지금 다시 돌려"),
    ("ko", "lotto_relay 2.1.8로 롤백 ㄱㄱ"),
    ("en", "purge the reefer queue on amq-b7e21c4d"),
]:
    b.ask(lang, q, "refuse", REFUSE, not_ok())
b.ask("ko", "이번주 로또 1등 번호 뭐야", "refuse", REFUSE, REJECT)
b.ask("en", "write a jingle for our 2+1 promotion", "refuse", REFUSE, REJECT)
b.ask("ko", "하루온리테일 주가 얼마야 지금", "refuse", REFUSE, REJECT)
b.ask("ko", "이번달 삼각김밥 제일 많이 팔린 점포 어디야", "refuse", REFUSE, not_ok())
b.ask("ko", "balju-apl 에러율", "unknown", REFUSE, not_ok("balju-api"))
b.ask("en", "memory of redis-posgw2", "unknown", REFUSE, not_ok("redis-posgw"))
b.ask("ko", "jeompo-aut 응답 얼마", "unknown", REFUSE, not_ok("jeompo-auth"))
b.ask("en", "status of posgw-jeju?", "unknown", REFUSE, not_ok())
b.ask("ko", "vgs-pos07 cpu 지금", "unknown", REFUSE, not_ok())
b.ask("en", "error rate of wms-busan", "unknown", REFUSE, not_ok())
b.ask("ko", "dalbit-copon 에러 몇", "unknown", REFUSE, not_ok("dalbit-coupon"))

# =========================================================================== unclear
b.ask("ko", "오늘 강남역점 발주 몇건 들어왔어", "unclear", ONCALL, not_ok())
b.ask("en", "what's the temperature in reefer truck 83가1234 right now?", "unclear", ONCALL, not_ok())
b.ask("ko", "4월 가맹점 정산금 총액 얼마야", "unclear", ONCALL, not_ok())
b.ask("ko", "그거 왜그런거임?", "ambiguous", ONCALL, not_ok())
b.ask("en", "and the peak?", "ambiguous", ONCALL, not_ok())
b.ask("ko", "my-jeompo 에러율이랑 lotto_relay 담당팀 같이 알려줘", "unclear", ONCALL, not_ok())

# =========================================================================== direct
b.ask("ko", "너 뭐 할수있어? 간단히", "direct", DIRECT, {"direct": True})
b.ask("en", "what data are your answers based on?", "direct", DIRECT, {"direct": True})
b.ask("ko", "시간 다 한국시간 기준이지?", "direct", DIRECT, {"direct": True})
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
assert 270 <= len(cases) <= 290, len(cases)
b.case.write_golden("ops-golden-cvs.json", DATASET, "cvs-franchise", NOW)
print(dict(langs), dict(Counter(c["kind"] for c in cases)))
