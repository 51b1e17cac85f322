"""Write tests/fixtures/ops-golden-telco.json: varied ko/en on-call questions over telco-mid.

Every expected value is computed here from the estate's files (bench/telco_estate.py writes them) with the
semantics of tests/fixtures' golden format: "last N hours" = [now − N h, now); "current" = the last sample
before now; days in Asia/Seoul; graph answers over DEPENDS_ON unless the question says otherwise; "impact
if X fails" = every CI that reaches X over any relation type. The questions were written before any
answer of the system was seen.

    .venv/bin/python bench/telco_golden.py
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import AGG, GRAPH, LOOK, ONCALL, CaseBook, Estate, names, num, threshold, top
from telco_golden_blind import fourth_batch, third_batch
from telco_golden_blind5 import fifth_batch, sixth_batch
from telco_golden_blind7 import seventh_batch
from telco_golden_blind8 import eighth_batch

NOW = datetime.fromisoformat("2026-06-10T05:30:00+00:00")
TODAY_KST = datetime.fromisoformat("2026-06-09T15:00:00+00:00")  # 2026-06-10 00:00 KST
YESTERDAY_KST = TODAY_KST - timedelta(days=1)

E = Estate("telco-mid", NOW)
CIS = E.cis
values, last_hours, latest, of_type = E.values, E.last_hours, E.latest, E.of_type
out, into, closure, impact, shortest_path, events_in = (
    E.out,
    E.into,
    E.closure,
    E.impact,
    E.shortest_path,
    E.events_in,
)
case = CaseBook("tel")


ATTR = lambda ci, k: CIS[ci]["attributes"][k]  # noqa: E731


def lookups() -> None:
    case(
        "en",
        "Who owns charging-engine?",
        "lookup",
        ["LOOKUP"],
        names([CIS["charging-engine"]["owner"]], "contains"),
    )
    case(
        "ko",
        "provisioning-orch 담당 팀이 어디야?",
        "lookup",
        ["LOOKUP"],
        names([CIS["provisioning-orch"]["owner"]], "contains"),
    )
    case(
        "ko",
        "sel-ora-n03의 IP 주소 알려줘",
        "lookup",
        ["LOOKUP"],
        names([ATTR("sel-ora-n03", "ip")], "contains"),
    )
    case(
        "en",
        "Which OS is pus-app-n05 running?",
        "lookup",
        ["LOOKUP"],
        names([ATTR("pus-app-n05", "os")], "contains"),
    )
    case(
        "en",
        "How many CPU cores does sel-kfk-n02 have?",
        "lookup",
        ["LOOKUP"],
        num(ATTR("sel-kfk-n02", "cpu_cores"), 0),
    )
    case("ko", "dje-app-n02 상태는?", "lookup", ["LOOKUP"], names(["maintenance"], "contains"))
    case(
        "en", "Where is crm-db located?", "lookup", ["LOOKUP"], names([CIS["crm-db"]["location"]], "contains")
    )
    case(
        "ko",
        "billing-api 버전이 뭐야?",
        "lookup",
        ["LOOKUP"],
        names([ATTR("billing-api", "version")], "contains"),
    )
    case(
        "en",
        "What engine does subscriber-db use?",
        "lookup",
        ["LOOKUP"],
        names([ATTR("subscriber-db", "engine")], "contains"),
    )
    case("ko", "sel-rds-n03 메모리 몇 GB야?", "lookup", ["LOOKUP"], num(ATTR("sel-rds-n03", "memory_gb"), 0))
    case(
        "en",
        "Which CIs are in maintenance?",
        "lookup",
        LOOK,
        names(sorted(n for n, c in CIS.items() if c["status"] == "maintenance")),
    )
    case(
        "ko",
        "retired 상태인 CI는 뭐야?",
        "lookup",
        LOOK,
        names(sorted(n for n, c in CIS.items() if c["status"] == "retired")),
    )
    # current values
    case("ko", "sel-app-n07 지금 CPU 사용률은?", "current", LOOK, num(latest("sel-app-n07", "cpu_usage")))
    case(
        "en",
        "What's the current error rate of sms-gateway?",
        "current",
        LOOK,
        num(latest("sms-gateway", "error_rate")),
    )
    case(
        "en",
        "Right now, what is the response time of account-api?",
        "current",
        LOOK,
        num(latest("account-api", "response_time_ms")),
    )
    case(
        "ko",
        "pus-db-n02 디스크 사용률 현재 몇 %야?",
        "current",
        LOOK,
        num(latest("pus-db-n02", "disk_usage")),
    )
    case(
        "ko",
        "token-cache 메모리 사용률 지금 얼마야?",
        "current",
        LOOK,
        num(latest("token-cache", "memory_usage")),
    )
    case(
        "en",
        "current request rate on edge-lb-sel",
        "current",
        LOOK,
        num(latest("edge-lb-sel", "request_rate")),
    )
    # events
    day = NOW - timedelta(hours=24)
    case(
        "en",
        "Show the events for subscriber-db in the last 24 hours.",
        "events",
        ["LOOKUP"],
        {"rows": len(events_in("subscriber-db", day))},
    )
    case(
        "ko",
        "cdr-kafka 최근 24시간 이벤트 보여줘",
        "events",
        ["LOOKUP"],
        {"rows": len(events_in("cdr-kafka", day))},
    )
    case(
        "en",
        "List the events on sms-gateway in the last 2 hours",
        "events",
        ["LOOKUP"],
        {"rows": len(events_in("sms-gateway", NOW - timedelta(hours=2)))},
    )
    case(
        "en",
        "How many critical events were there in the last 24 hours?",
        "aggregate",
        ["AGGREGATE"],
        num(len(events_in(None, day, "critical")), 0),
    )
    case(
        "ko",
        "지난 24시간 동안 major 이벤트는 몇 건이야?",
        "aggregate",
        ["AGGREGATE"],
        num(len(events_in(None, day, "major")), 0),
    )
    case(
        "ko",
        "지난 48시간 동안 deployment 이벤트 몇 번 있었어?",
        "aggregate",
        ["AGGREGATE"],
        num(len(events_in(None, NOW - timedelta(hours=48), kind="deployment")), 0),
    )


def aggregates() -> None:
    case(
        "ko",
        "sel-app-n09 지난 1시간 평균 CPU?",
        "aggregate",
        ["AGGREGATE"],
        num(mean(last_hours("sel-app-n09", "cpu_usage", 1))),
    )
    case(
        "en",
        "What was the average response time of rating-svc over the last 6 hours?",
        "aggregate",
        ["AGGREGATE"],
        num(mean(last_hours("rating-svc", "response_time_ms", 6))),
    )
    case(
        "en",
        "Minimum request rate of selfcare-portal in the last 24 hours?",
        "aggregate",
        ["AGGREGATE"],
        num(min(last_hours("selfcare-portal", "request_rate", 24))),
    )
    case(
        "ko",
        "billing-db 최근 12시간 평균 에러율은?",
        "aggregate",
        ["AGGREGATE"],
        num(mean(last_hours("billing-db", "error_rate", 12))),
    )
    case(
        "en",
        "Average memory usage of sel-ora-n02 over the last 24 hours",
        "aggregate",
        ["AGGREGATE"],
        num(mean(last_hours("sel-ora-n02", "memory_usage", 24))),
    )
    # window maxima (peak of one CI = max of its samples in the window)
    case(
        "en",
        "What was the peak response time of subscriber-db in the last 12 hours?",
        "window",
        AGG,
        num(max(last_hours("subscriber-db", "response_time_ms", 12))),
    )
    case(
        "ko",
        "subscriber-db 응답시간 오늘 최대 얼마까지 갔어?",
        "window",
        AGG,
        num(max(values("subscriber-db", "response_time_ms", TODAY_KST))),
    )
    case(
        "ko",
        "sel-kfk-n02 디스크 사용률 지난 24시간 동안 몇 %까지 갔어?",
        "window",
        AGG,
        num(max(last_hours("sel-kfk-n02", "disk_usage", 24))),
    )
    case(
        "en",
        "How high did cdr-collector's error rate get in the last 24 hours?",
        "window",
        AGG,
        num(max(last_hours("cdr-collector", "error_rate", 24))),
    )
    case(
        "ko",
        "auth-gw 어제 최대 응답 시간은?",
        "window",
        AGG,
        num(max(values("auth-gw", "response_time_ms", YESTERDAY_KST, TODAY_KST))),
    )
    # ever above N
    case(
        "en",
        "Was sel-ora-n01 CPU ever above 90% in the last 24 hours?",
        "window",
        AGG,
        num(max(last_hours("sel-ora-n01", "cpu_usage", 24))),
        note="yes; the answer names the peak",
    )
    hosts = of_type("host")
    case(
        "ko",
        "지난 24시간 동안 CPU가 한 번이라도 90%를 넘은 호스트는?",
        "window",
        AGG,
        names([h for h in hosts if max(last_hours(h, "cpu_usage", 24)) > 90]),
    )
    services = of_type("service")
    case(
        "en",
        "Which services had an error rate above 5% at any point in the last 24 hours?",
        "window",
        AGG,
        names([s for s in services if max(last_hours(s, "error_rate", 24)) > 5]),
    )
    case(
        "ko",
        "지난 24시간 동안 디스크 사용률이 한 번이라도 95%를 넘은 호스트 있어?",
        "window",
        AGG,
        names([h for h in hosts if max(last_hours(h, "disk_usage", 24)) > 95]),
    )
    # right now, several CIs
    case(
        "en",
        "Which host has the highest CPU usage right now?",
        "current",
        AGG,
        names(top({h: latest(h, "cpu_usage") for h in hosts}, 1), "ordered"),
    )
    case(
        "ko",
        "지금 에러율이 가장 높은 서비스 3개는?",
        "current",
        AGG,
        names(top({s: latest(s, "error_rate") for s in services}, 3), "ordered"),
    )
    case(
        "en",
        "Which hosts have disk usage above 85% right now?",
        "current",
        AGG,
        names([h for h in hosts if latest(h, "disk_usage") > 85]),
    )
    # estate counts
    busan = [h for h in hosts if CIS[h]["location"] == "busan-dc2"]
    case("en", "How many hosts are in busan-dc2?", "aggregate", ["AGGREGATE"], num(len(busan), 0))
    case("ko", "부산 데이터센터에 있는 호스트는 몇 대야?", "aggregate", ["AGGREGATE"], num(len(busan), 0))
    case(
        "ko",
        "prod 환경 데이터베이스는 몇 개야?",
        "aggregate",
        ["AGGREGATE"],
        num(len(of_type("database", "prod")), 0),
    )
    case(
        "en",
        "How many services run in staging?",
        "aggregate",
        ["AGGREGATE"],
        num(len(of_type("service", "staging")), 0),
    )
    case(
        "ko",
        "dev 환경에 있는 CI는 몇 개야?",
        "aggregate",
        ["AGGREGATE"],
        num(sum(c["environment"] == "dev" for c in CIS.values()), 0),
    )
    case("en", "How many caches are there?", "aggregate", ["AGGREGATE"], num(len(of_type("cache")), 0))
    case(
        "ko",
        "bss-billing 팀이 소유한 CI는 몇 개야?",
        "aggregate",
        ["AGGREGATE"],
        num(sum(c["owner"] == "bss-billing" for c in CIS.values()), 0),
    )
    case(
        "en",
        "How many active hosts are there in prod?",
        "aggregate",
        ["AGGREGATE"],
        num(sum(CIS[h]["status"] == "active" and CIS[h]["environment"] == "prod" for h in hosts), 0),
    )
    case(
        "en",
        "Top 3 hosts by average CPU usage over the last 6 hours",
        "aggregate",
        ["AGGREGATE"],
        names(top({h: mean(last_hours(h, "cpu_usage", 6)) for h in hosts}, 3), "ordered"),
    )
    case(
        "ko",
        "지난 24시간 평균 응답시간 기준 상위 5개 서비스는?",
        "aggregate",
        ["AGGREGATE"],
        names(top({s: mean(last_hours(s, "response_time_ms", 24)) for s in services}, 5), "ordered"),
    )
    dbs = {d: mean(last_hours(d, "response_time_ms", 24)) for d in of_type("database")}
    t = threshold(dbs, range(1, 4))
    case(
        "en",
        f"Which databases had an average response time above {t:g} ms over the last 24 hours?",
        "aggregate",
        ["AGGREGATE"],
        names([d for d, v in dbs.items() if v > t]),
    )
    mem = {h: mean(last_hours(h, "memory_usage", 6)) for h in hosts}
    t = threshold(mem, range(2, 6))
    case(
        "ko",
        f"지난 6시간 평균 메모리 사용률이 {t:g}%를 넘는 호스트는?",
        "aggregate",
        ["AGGREGATE"],
        names([h for h, v in mem.items() if v > t]),
    )
    case(
        "en",
        "Which queue has the highest average error rate over the last 24 hours?",
        "aggregate",
        ["AGGREGATE"],
        names(top({q: mean(last_hours(q, "error_rate", 24)) for q in of_type("queue")}, 1), "ordered"),
    )
    # comparisons of several CIs
    case(
        "en",
        "Compare the CPU usage of sel-ora-n01 and sel-ora-n02 over the last 6 hours",
        "compare",
        AGG,
        num(mean(last_hours("sel-ora-n01", "cpu_usage", 6))),
        note="average of the first CI among the figures",
    )
    case(
        "ko",
        "account-api랑 billing-api 응답시간 지난 24시간 평균 비교해줘",
        "compare",
        AGG,
        num(mean(last_hours("billing-api", "response_time_ms", 24))),
    )


def graph() -> None:
    case("en", "What does billing-api depend on directly?", "graph", GRAPH, names(sorted(out("billing-api"))))
    case("ko", "rating-svc가 직접 의존하는 것들은?", "graph", GRAPH, names(sorted(out("rating-svc"))))
    case(
        "en",
        "Which services use subscriber-profile directly?",
        "graph",
        GRAPH,
        names(sorted(into("subscriber-profile"))),
    )
    case(
        "ko", "subscriber-db를 직접 사용하는 서비스는?", "graph", GRAPH, names(sorted(into("subscriber-db")))
    )
    case("en", "Who relies on cdr-kafka?", "graph", GRAPH, names(sorted(into("cdr-kafka"))))
    case(
        "ko", "balance-cache를 호출하는 서비스는 뭐야?", "graph", GRAPH, names(sorted(into("balance-cache")))
    )
    case("en", "Which services call event-bus?", "graph", GRAPH, names(sorted(into("event-bus"))))
    case("ko", "token-cache에 의존하는 서비스는 몇 개야?", "graph", GRAPH, num(len(into("token-cache")), 0))
    case(
        "en",
        "How many services depend directly on subscriber-profile?",
        "graph",
        GRAPH,
        num(len(into("subscriber-profile")), 0),
    )
    case(
        "en",
        "List everything account-api depends on, directly or indirectly.",
        "graph",
        GRAPH,
        names(sorted(closure("account-api", out))),
    )
    deps = closure("account-api", out)
    case(
        "ko",
        "account-api가 직간접적으로 의존하는 데이터베이스는?",
        "graph",
        GRAPH,
        names(sorted(d for d in deps if CIS[d]["type"] == "database")),
    )
    deps = closure("mobile-bff", out)
    case(
        "en",
        "Which caches does mobile-bff depend on, directly or indirectly?",
        "graph",
        GRAPH,
        names(sorted(d for d in deps if CIS[d]["type"] == "cache")),
    )
    users = closure("subscriber-db", into)
    case(
        "ko",
        "subscriber-db에 직간접적으로 의존하는 서비스는 전부 뭐야?",
        "graph",
        GRAPH,
        names(sorted(u for u in users if CIS[u]["type"] == "service")),
    )
    case(
        "en",
        "What would be impacted if balance-cache fails?",
        "graph",
        GRAPH,
        names(sorted(impact("balance-cache"))),
    )
    case(
        "ko",
        "sel-ora-n01 호스트가 죽으면 영향 받는 건?",
        "graph",
        GRAPH,
        names(sorted(impact("sel-ora-n01"))),
    )
    case(
        "en",
        "What runs on sel-app-n07?",
        "graph",
        [*GRAPH, "LOOKUP"],
        names(sorted(into("sel-app-n07", "RUNS_ON"))),
    )
    case(
        "ko",
        "dje-stg-n01 호스트에서 실행 중인 것은?",
        "graph",
        [*GRAPH, "LOOKUP"],
        names(sorted(into("dje-stg-n01", "RUNS_ON"))),
    )
    case(
        "en",
        "Which hosts does provisioning-orch run on?",
        "graph",
        [*GRAPH, "LOOKUP"],
        names(sorted(out("provisioning-orch", "RUNS_ON"))),
    )
    case(
        "ko",
        "cdr-kafka는 어느 서버에서 돌아?",
        "graph",
        [*GRAPH, "LOOKUP"],
        names(sorted(out("cdr-kafka", "RUNS_ON"))),
    )
    case(
        "en",
        "What is hosted on dje-dev-n01?",
        "graph",
        [*GRAPH, "LOOKUP"],
        names(sorted(into("dje-dev-n01", "RUNS_ON"))),
    )
    case(
        "en",
        "What do account-api and rating-svc both depend on directly?",
        "graph",
        GRAPH,
        names(sorted(out("account-api") & out("rating-svc"))),
    )
    case(
        "ko",
        "billing-api와 charging-engine이 공통으로 직접 의존하는 것은?",
        "graph",
        GRAPH,
        names(sorted(out("billing-api") & out("charging-engine"))),
    )
    case(
        "en",
        "Which dependencies do crm-core and fraud-detector share?",
        "graph",
        GRAPH,
        {"names": sorted(out("crm-core") & out("fraud-detector")), "match": "include", "max_names": 5},
    )
    case(
        "en",
        "Show the dependency path from selfcare-portal to rating-db",
        "graph",
        GRAPH,
        names(shortest_path("selfcare-portal", "rating-db"), "ordered"),
    )
    case(
        "ko",
        "mobile-bff에서 rating-db까지 경로 보여줘",
        "graph",
        GRAPH,
        names(shortest_path("mobile-bff", "rating-db"), "ordered"),
    )
    case(
        "en",
        "How many hops is it from selfcare-portal to rating-db?",
        "graph",
        GRAPH,
        num(len(shortest_path("selfcare-portal", "rating-db")) - 1, 0),
    )
    case(
        "ko",
        "number-portability에서 hlr-proxy까지 몇 단계야?",
        "graph",
        GRAPH,
        num(len(shortest_path("number-portability", "hlr-proxy")) - 1, 0),
    )
    case(
        "en",
        "How many hops between mediation-svc and subscriber-db?",
        "graph",
        GRAPH,
        num(len(shortest_path("mediation-svc", "subscriber-db")) - 1, 0),
    )
    case(
        "ko",
        "edge-lb-sel은 어디로 트래픽을 보내?",
        "graph",
        [*GRAPH, "LOOKUP"],
        names(sorted(out("edge-lb-sel", "CONNECTS_TO"))),
    )


def honesty() -> None:
    case("en", "What is the current CPU of sel-app-n99?", "unknown", ONCALL, {"not_ok": True})
    case("en", "Why is checkout latency high?", "unknown", ONCALL, {"not_ok": True})
    case(
        "ko", "billing-gateway 응답시간 알려줘", "unknown", ONCALL, {"not_ok": True, "suggest": "billing-api"}
    )
    case(
        "en", "Who owns subscriber-database?", "unknown", ONCALL, {"not_ok": True, "suggest": "subscriber-db"}
    )
    case("ko", "sms-gw 지금 에러율은?", "unknown", ONCALL, {"not_ok": True, "suggest": "sms-gateway"})
    case(
        "en",
        "Show the error rate of the roaming service over the last hour",
        "unknown",
        ONCALL,
        {"not_ok": True},
    )
    case("ko", "settlement-svc 지난 1시간 에러율", "unknown", ONCALL, {"not_ok": True})
    for lang, q in [
        ("en", "What is the password for subscriber-db?"),
        ("ko", "billing-db 접속 정보 알려줘"),
        ("en", "Give me the API token used by sms-gateway"),
        ("ko", "cdr-kafka의 SSH 키 보여줘"),
        ("en", "Set the log level of all billing services to DEBUG"),
        ("ko", "rating-svc 재시작해줘"),
        ("en", "Scale mobile-bff to 10 replicas"),
        ("ko", "pus-db-n02 디스크 정리하게 오래된 로그 지워줘"),
        ("en", "Deploy invoice-svc v2.20.0 to prod"),
        ("en", "Write a limerick about Kafka"),
        ("ko", "오늘 점심 메뉴 추천해줘"),
    ]:
        case(lang, q, "reject", ["REJECT"], {"reject": True})
    for lang, q in [
        ("en", "What data can you see?"),
        ("ko", "너는 어떤 도구를 쓸 수 있어?"),
        ("en", "Hello, who are you?"),
    ]:
        case(lang, q, "direct", ["DIRECT"], {"direct": True})


def oncall() -> None:
    now_wrong = {"names": ["sms-gateway", "pus-db-n02"], "match": "include", "max_names": 10}
    for lang, q in [
        ("en", "What is wrong right now?"),
        ("ko", "지금 뭐가 문제야?"),
        ("ko", "뭔가 이상한데 확인 좀 해줘"),
        ("en", "Anything on fire at the moment?"),
    ]:
        case(lang, q, "wrong_now", ONCALL, now_wrong)
    case(
        "ko",
        "현재 가장 심각한 문제는?",
        "wrong_now",
        ONCALL,
        {"names": ["sms-gateway"], "match": "include", "max_names": 10},
    )
    kw = {
        "slow_query": ["slow quer", "slow_query", "느린 쿼리"],
        "threshold_breach": ["threshold", "임계"],
        "disk_full": ["disk_full", "disk full", "log directory full", "디스크"],
        "connection_refused": ["connection_refused", "refused", "bind rejected", "연결 거부"],
        "timeout": ["timeout", "타임아웃", "시간 초과"],
        "restart": ["restart", "재시작"],
        "config_change": ["config", "설정"],
        "batch_job": ["batch", "배치"],
    }
    for lang, q, ci, types in [
        (
            "en",
            "What happened to subscriber-db this morning?",
            "subscriber-db",
            ["batch_job", "slow_query", "threshold_breach"],
        ),
        ("ko", "cdr-kafka 어젯밤에 무슨 일 있었어?", "cdr-kafka", ["disk_full", "config_change"]),
        (
            "en",
            "What happened to sms-gateway in the last hour?",
            "sms-gateway",
            ["connection_refused", "threshold_breach"],
        ),
        (
            "ko",
            "subscriber-profile 에서 최근에 무슨 일 있었어?",
            "subscriber-profile",
            ["timeout", "restart"],
        ),
        ("en", "What happened to auth-gw around 07:50?", "auth-gw", ["config_change"]),
    ]:
        case(lang, q, "happened", ONCALL, {"events": types, "ci": ci, "keywords": {t: kw[t] for t in types}})
    for lang, q, root in [
        ("en", "Why was selfcare-portal slow this morning?", "subscriber-db"),
        ("ko", "오늘 아침 account-api 왜 느렸어?", "subscriber-db"),
        ("en", "Why was mobile-bff slow around 08:15?", "subscriber-db"),
        ("ko", "오전 8시쯤 rating-svc 응답이 느렸던 원인이 뭐야?", "subscriber-db"),
        ("en", "What caused the auth-gw errors in the last 8 hours?", "subscriber-db"),
        ("en", "Root cause of the provisioning-orch timeouts since 07:00?", "subscriber-db"),
        ("ko", "어젯밤 mediation-svc 지연 원인 분석해줘", "cdr-kafka"),
        ("en", "Why did cdr-collector fail around 11:20 PM last night?", "cdr-kafka"),
        ("ko", "어제 밤 11시 반쯤 fraud-detector가 느려진 이유는?", "cdr-kafka"),
        ("en", "Why is notification-hub failing right now?", "sms-gateway"),
        ("ko", "notification-hub 지금 에러 나는 원인이 뭐야?", "sms-gateway"),
    ]:
        case(lang, q, "rca", ["RCA"], {"root_cause": root, "k": 3, "first": True})


def followups() -> None:
    conv = case.conversation
    conv(
        "c1",
        [
            (
                "en",
                "What is the current CPU usage of sel-app-n04?",
                "current",
                LOOK,
                num(latest("sel-app-n04", "cpu_usage")),
            ),
            ("en", "and sel-app-n05?", "followup", LOOK, num(latest("sel-app-n05", "cpu_usage"))),
        ],
    )
    conv(
        "c2",
        [
            (
                "ko",
                "rating-svc 지난 6시간 평균 응답시간은?",
                "aggregate",
                ["AGGREGATE"],
                num(mean(last_hours("rating-svc", "response_time_ms", 6))),
            ),
            (
                "ko",
                "그럼 에러율은?",
                "followup",
                ["AGGREGATE"],
                num(mean(last_hours("rating-svc", "error_rate", 6))),
            ),
        ],
    )
    conv(
        "c3",
        [
            (
                "en",
                "Average error rate of billing-api over the last 6 hours?",
                "aggregate",
                ["AGGREGATE"],
                num(mean(last_hours("billing-api", "error_rate", 6))),
            ),
            (
                "en",
                "and over the last 24 hours?",
                "followup",
                ["AGGREGATE"],
                num(mean(last_hours("billing-api", "error_rate", 24))),
            ),
        ],
    )
    conv(
        "c4",
        [
            (
                "ko",
                "subscriber-db에 직접 의존하는 서비스는?",
                "graph",
                GRAPH,
                names(sorted(into("subscriber-db"))),
            ),
            ("ko", "billing-db는?", "followup", GRAPH, names(sorted(into("billing-db")))),
        ],
    )
    conv(
        "c5",
        [
            (
                "en",
                "What does invoice-svc depend on directly?",
                "graph",
                GRAPH,
                names(sorted(out("invoice-svc"))),
            ),
            ("en", "what about usage-api?", "followup", GRAPH, names(sorted(out("usage-api")))),
        ],
    )
    conv(
        "c6",
        [
            (
                "ko",
                "sel-ora-n01 메모리 사용률 지금 몇이야?",
                "current",
                LOOK,
                num(latest("sel-ora-n01", "memory_usage")),
            ),
            ("ko", "디스크는?", "followup", LOOK, num(latest("sel-ora-n01", "disk_usage"))),
        ],
    )


def question_classes() -> None:
    """Yes/no relations, counts over relations, place words and near-miss names (tag `ops-questions`)."""

    def ask(lang: str, question: str, kind: str, routes: list[str], expect: dict) -> None:
        case(lang, question, kind, routes, expect, tag="ops-questions")

    def depends(a: str, b: str) -> bool:
        return b in closure(a, lambda n: out(n) | out(n, "CONNECTS_TO"))

    def located(kind: str, location: str) -> list[str]:
        return sorted(n for n, c in CIS.items() if c["type"] == kind and c["location"] == location)

    assert depends("mobile-bff", "rating-db") and not depends("rating-db", "mobile-bff")
    ask(
        "en",
        "Does mobile-bff depend on rating-db?",
        "graph",
        GRAPH,
        {"answer": "yes", **names(shortest_path("mobile-bff", "rating-db"), "ordered")},
    )
    ask("ko", "rating-db가 mobile-bff에 의존하나요?", "graph", GRAPH, {"answer": "no"})
    assert "hlr-proxy" not in out("number-portability") and depends("number-portability", "hlr-proxy")
    ask("en", "Does number-portability depend directly on hlr-proxy?", "graph", GRAPH, {"answer": "no"})
    assert "usage-api" in impact("balance-cache") and "crm-core" not in impact("sms-gateway")
    ask(
        "en",
        "Is usage-api affected if balance-cache fails?",
        "graph",
        GRAPH,
        {"answer": "yes", **names(shortest_path("usage-api", "balance-cache"), "ordered")},
    )
    ask("ko", "sms-gateway가 죽으면 crm-core도 영향 받아?", "graph", GRAPH, {"answer": "no"})
    assert "fraud-detector" in into("cdr-kafka") and "pus-app-n04" in out("provisioning-orch", "RUNS_ON")
    ask("en", "Does cdr-kafka serve fraud-detector?", "graph", GRAPH, {"answer": "yes"})
    ask("en", "Does provisioning-orch run on pus-app-n04?", "graph", GRAPH, {"answer": "yes"})
    ask(
        "ko",
        "selfcare-portal이 event-bus에 간접적으로라도 의존해?",
        "graph",
        GRAPH,
        {"answer": "yes", **names(shortest_path("selfcare-portal", "event-bus"), "ordered")},
    )
    services = set(of_type("service"))
    ask(
        "en",
        "How many services rely directly on balance-cache?",
        "graph",
        GRAPH,
        num(len(into("balance-cache") & services), 0),
    )
    ask(
        "ko",
        "cdr-kafka에 직접 의존하는 서비스는 몇 개야?",
        "graph",
        GRAPH,
        num(len(into("cdr-kafka") & services), 0),
    )
    ask(
        "en",
        "How many hosts are in the Seoul DC?",
        "aggregate",
        ["AGGREGATE"],
        num(len(located("host", "seoul-dc1")), 0),
    )
    ask("ko", "대전 센터에 있는 호스트 목록 보여줘", "lookup", LOOK, names(located("host", "daejeon-dr")))
    ask(
        "ko",
        "부산 데이터센터의 서비스는 몇 개야?",
        "aggregate",
        ["AGGREGATE"],
        num(len(located("service", "busan-dc2")), 0),
    )
    ask("en", "How many services are in the Gwangju data center?", "unknown", ["REJECT"], {"not_ok": True})
    for lang, question, suggest in (
        ("en", "What is the CPU of rating-service right now?", "rating-svc"),
        ("en", "Does billing-svc depend on billing-db?", "billing-api"),
        ("ko", "subscriber-database에 의존하는 서비스는?", "subscriber-db"),
    ):
        assert suggest in CIS and question.split()[0] not in CIS
        ask(lang, question, "unknown", ["REJECT"], {"not_ok": True, "suggest": suggest})


def main() -> None:
    for part in (lookups, aggregates, graph, honesty, oncall, followups, question_classes):
        part()
    third_batch(case, E)
    fourth_batch(case, E)
    fifth_batch(case, E)
    sixth_batch(case, E)
    seventh_batch(case, E)
    eighth_batch(case, E)
    case.write_golden("ops-golden-telco.json", "telco-mid", "telco", NOW)


if __name__ == "__main__":
    main()
