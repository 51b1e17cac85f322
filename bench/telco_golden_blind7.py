"""Blind batch 7 of the telco-mid questions (tag `batch-7`): written and committed after the unread-words
guard and the fixes of the known classes (severity words, "running", metric-named problems, far-end filters,
short follow-ups), before any of its questions was asked — a held-out measure of what an on-call engineer
asks (see telco_golden_blind.py).
"""

from __future__ import annotations

from statistics import mean

from estate_kit import (
    AGG,
    GRAPH,
    GRAPH_OR_LOOK,
    LOOK,
    ONCALL,
    REJECT,
    Batch,
    CaseBook,
    Estate,
    kst_clock,
    names,
    not_ok,
    num,
    root_first,
    top,
    wrong_now,
)

kst = kst_clock("2026-06")


def seventh_batch(case: CaseBook, estate: Estate) -> None:
    E, CIS = estate, estate.cis
    b = Batch(case, estate, "batch-7")
    today = kst(10, 0)
    now_wrong = wrong_now("sms-gateway", "pus-db-n02")
    b.ask("en", "on call just started — what's on fire?", "wrong_now", ONCALL, now_wrong)
    b.ask("ko", "현재 알럿 올라온 거 요약해줘", "wrong_now", ONCALL, now_wrong)
    b.happened(
        "ko",
        "subscriber-db 오늘 아침에 무슨 일 있었어?",
        "subscriber-db",
        {"slow_query": ["slow", "느린", "lock"], "threshold_breach": ["threshold", "임계"]},
    )
    b.happened(
        "en",
        "anything happen on cdr-collector last night?",
        "cdr-collector",
        {"error": ["error", "NotEnoughReplicas", "에러", "오류"]},
    )
    b.ask(
        "en",
        "what's the root cause of the notification-hub timeouts?",
        "rca",
        ["RCA"],
        root_first("sms-gateway"),
    )
    b.ask("ko", "오늘 아침 account-api 타임아웃 원인이 뭐야?", "rca", ["RCA"], root_first("subscriber-db"))
    b.ask(
        "en", "mediation-svc lagged last night around 11:15pm, why?", "rca", ["RCA"], root_first("cdr-kafka")
    )
    b.ask(
        "en",
        "what OS is sel-ora-n01 running?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("sel-ora-n01", "os")], "contains"),
    )
    b.ask(
        "ko",
        "billing-db 엔진 뭐 써?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("billing-db", "engine")], "contains"),
    )
    b.ask(
        "ko",
        "sms-gateway 에러율 지난 1시간 최대값",
        "window",
        AGG,
        num(max(E.last_hours("sms-gateway", "error_rate", 1))),
    )
    b.ask(
        "en",
        "what's the current disk usage on pus-db-n02?",
        "current",
        LOOK,
        num(E.latest("pus-db-n02", "disk_usage")),
    )
    hosts = b.measured("host", "memory_usage")
    b.ask(
        "en",
        "top 3 hosts by memory right now",
        "current",
        AGG,
        names(top({h: E.latest(h, "memory_usage") for h in hosts}, 3), "ordered"),
    )
    b.ask(
        "ko",
        "subscriber-db 죽으면 영향받는 서비스 전부",
        "graph",
        GRAPH,
        names(b.of("service", E.impact("subscriber-db"))),
    )
    b.ask(
        "en",
        "which databases does billing-api ultimately depend on?",
        "graph",
        GRAPH,
        names(b.of("database", E.closure("billing-api", E.out))),
    )
    b.ask(
        "en",
        "which hosts does subscriber-db sit on?",
        "graph",
        GRAPH_OR_LOOK,
        names(sorted(E.out("subscriber-db", "RUNS_ON"))),
    )
    critical_db = sorted(
        {e["ci"] for e in E.events_in(None, today, severity="critical") if CIS[e["ci"]]["type"] == "database"}
    )
    b.ask("en", "any critical alerts on databases today?", "events", ONCALL, names(critical_db))
    b.conversation(
        "t7-count",
        [
            (
                "ko",
                "billing-db에 의존하는 서비스는?",
                "graph",
                GRAPH,
                names(b.of("service", E.into("billing-db"))),
            ),
            ("ko", "몇 개야?", "followup", GRAPH, num(len(b.of("service", E.into("billing-db"))), 0)),
        ],
    )
    b.conversation(
        "t7-window",
        [
            (
                "ko",
                "rating-db 응답시간 지금 몇 ms야?",
                "current",
                LOOK,
                num(E.latest("rating-db", "response_time_ms")),
            ),
            (
                "ko",
                "지난 3시간 평균은?",
                "followup",
                AGG,
                num(mean(E.last_hours("rating-db", "response_time_ms", 3))),
            ),
        ],
    )
    b.ask("ko", "sms-gateway 인증서 만료일", "unclear", ONCALL, not_ok())
    b.ask("en", "what firmware is behind san-sel-01?", "unclear", ONCALL, not_ok())
    b.ask("en", "restart sms-gateway please", "reject", ["REJECT"], REJECT)
    b.ask("ko", "charging-svc CPU 지금 몇이야", "unknown", ONCALL, not_ok("charging-engine"))
