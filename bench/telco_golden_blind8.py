"""Blind batch 8 of the telco-mid questions (tag `batch-8`): written and committed after since-when
questions, period comparisons, health verdicts, past-window problem questions and threshold breaches in RCA
were added, before any of its questions was asked — colloquial Korean, typos in words (never in names),
mixed ko/en, and questions that must be `unclear` (see telco_golden_blind.py).
"""

from __future__ import annotations

from statistics import mean

from estate_kit import (
    AGG,
    GRAPH,
    LOOK,
    ONCALL,
    REJECT,
    Batch,
    CaseBook,
    Estate,
    kst_clock,
    local_minute,
    names,
    not_ok,
    num,
    root_first,
    top,
    wrong_now,
)

kst = kst_clock("2026-06")


def eighth_batch(case: CaseBook, estate: Estate) -> None:
    E, CIS = estate, estate.cis
    b = Batch(case, estate, "batch-8")
    now_wrong = wrong_now("sms-gateway", "pus-db-n02")
    b.ask("en", "yo whats broken atm?", "wrong_now", ONCALL, now_wrong)
    b.ask("ko", "지금 장애난데 어디임?", "wrong_now", ONCALL, now_wrong)
    yesterday = sorted({e["ci"] for e in E.problems(kst(9, 0), kst(10, 0))})
    b.ask("ko", "어제 장애 있었음?", "events", ONCALL, names(yesterday))
    b.ask("en", "were there any major incidents yesterday?", "events", ONCALL, names(yesterday))
    b.ask(
        "ko",
        "sms-gateway 에러율 언제부터 5% 넘었냐",
        "since",
        LOOK,
        names([local_minute(E.since_above("sms-gateway", "error_rate", 5))], "contains"),
    )
    b.ask(
        "en",
        "how long has pus-db-n02 disk been over 90%?",
        "since",
        LOOK,
        names([local_minute(E.since_above("pus-db-n02", "disk_usage", 90))], "contains"),
    )
    b.ask(
        "en",
        "notification-hub response time today vs yesterday",
        "compare",
        AGG,
        num(mean(E.values("notification-hub", "response_time_ms", kst(9, 0), kst(9, 14, 30)))),
    )
    b.ask(
        "ko",
        "sms-gateway 에러율 오늘이랑 어제 비교하면?",
        "compare",
        AGG,
        num(mean(E.values("sms-gateway", "error_rate", kst(9, 0), kst(9, 14, 30)))),
    )
    assert E.latest("sms-gateway", "error_rate") > 5 and E.latest("pus-db-n02", "disk_usage") > 90
    b.ask("en", "is sms-gateway doing ok?", "health", LOOK, names(["needs attention"], "contains"))
    b.ask("ko", "pus-db-n02 상태 괜찮음?", "health", LOOK, names(["주의가 필요"], "contains"))
    b.ask("ko", "notification-hub 문자 발송 안되는거 왜그럼?", "rca", ["RCA"], root_first("sms-gateway"))
    b.ask(
        "en",
        "provisioning-orch was crawling this morning around 8, whats the root cause?",
        "rca",
        ["RCA"],
        root_first("subscriber-db"),
    )
    b.ask("ko", "어제 밤 11시쯤 fraud-detector 이상했던거 원인", "rca", ["RCA"], root_first("cdr-kafka"))
    b.ask("ko", "auth-gw 포트 번호 머야?", "lookup", ["LOOKUP"], num(E.attr("auth-gw", "port"), 0))
    b.ask(
        "en", "who's the owner of crm-db", "lookup", ["LOOKUP"], names([CIS["crm-db"]["owner"]], "contains")
    )
    b.ask("ko", "cdr-warehouse 어느 dc에 있음?", "lookup", ["LOOKUP"], names(["daejeon-dr"], "contains"))
    b.ask(
        "en",
        "peak cpu on sel-ora-n01 in the last 6 hrs",
        "window",
        AGG,
        num(max(E.last_hours("sel-ora-n01", "cpu_usage", 6))),
    )
    b.ask(
        "ko",
        "rating-svc 응답속도 지난 2시간 평균 얼마였음?",
        "window",
        AGG,
        num(mean(E.last_hours("rating-svc", "response_time_ms", 2))),
    )
    services = b.measured("service", "error_rate")
    b.ask(
        "en",
        "which 3 services have the worst error rate right now",
        "current",
        AGG,
        names(top({s: E.latest(s, "error_rate") for s in services}, 3), "ordered"),
    )
    b.ask(
        "en",
        "whats the memroy usage on sel-pg-n01 now",
        "current",
        LOOK,
        num(E.latest("sel-pg-n01", "memory_usage")),
    )
    b.ask(
        "ko", "rating-db latency 지금 얼마?", "current", LOOK, num(E.latest("rating-db", "response_time_ms"))
    )
    b.ask("ko", "token-cache 누가 쓰고있어?", "graph", GRAPH, names(sorted(E.into("token-cache"))))
    b.ask(
        "ko",
        "san-sel-01 나가면 영향받는 호스트 뭐야",
        "graph",
        GRAPH,
        names(b.of("host", E.impact("san-sel-01"))),
    )
    b.ask("en", "what's the jitter on hlr-proxy?", "unclear", ONCALL, not_ok())
    b.ask("ko", "billing-db 백업 보관 기간 얼마야?", "unclear", ONCALL, not_ok())
    b.ask("ko", "cdr-kafka 파티션 좀 늘려줘", "reject", ["REJECT"], REJECT)
