"""Blind batch 8 of the retail-kr questions (tag `batch-8`): written and committed before any was asked
(see telco_golden_blind8.py).
"""

from __future__ import annotations

from datetime import timedelta
from statistics import mean

from estate_kit import (
    AGG,
    GRAPH,
    LOOK,
    ONCALL,
    REJECT,
    WARNING,
    Batch,
    CaseBook,
    Estate,
    kst_clock,
    local_minute,
    names,
    not_ok,
    num,
    root_first,
    wrong_now,
)

kst = kst_clock("2026-11")


def eighth_batch(case: CaseBook, estate: Estate) -> None:
    E = estate
    b = Batch(case, estate, "batch-8")
    now_wrong = wrong_now("pay-api-prd", "kafka-prd-02")
    b.ask("en", "anything red on the board rn?", "wrong_now", ONCALL, now_wrong)
    b.ask("ko", "지금 터진 데 있나?", "wrong_now", ONCALL, now_wrong)
    yesterday = sorted({e["ci"] for e in E.problems(kst(26, 0), kst(27, 0))})
    b.ask("ko", "어제 큰 장애 있었어?", "events", ONCALL, names(yesterday))
    b.ask(
        "en",
        "since when has pay-api-prd error rate been above 5%?",
        "since",
        LOOK,
        names([local_minute(E.since_above("pay-api-prd", "error_rate", 5))], "contains"),
    )
    b.ask(
        "ko",
        "kafka-prd-02 디스크 언제부터 85% 넘은거?",
        "since",
        LOOK,
        names([local_minute(E.since_above("kafka-prd-02", "disk_usage", 85))], "contains"),
    )
    b.ask(
        "ko",
        "pay-api-prd 응답시간 오늘 vs 어제",
        "compare",
        AGG,
        num(mean(E.values("pay-api-prd", "response_time_ms", kst(26, 0), kst(26, 16)))),
    )
    inv = {m: E.latest(c, m) for c, m in E.series if c == "INV-DB-PRIMARY"}
    assert all(v < WARNING.get(m, float("inf")) for m, v in inv.items()), inv
    assert E.events_in("INV-DB-PRIMARY", E.now - timedelta(hours=24), severity="critical")
    b.ask("en", "is INV-DB-PRIMARY healthy now?", "health", LOOK, names(["looks fine now"], "contains"))
    assert E.latest("pay-api-prd", "error_rate") > WARNING["error_rate"]
    b.ask("ko", "pay-api-prd 괜찮은거 맞아?", "health", LOOK, names(["주의가 필요"], "contains"))
    b.ask("en", "why did pos-sync-prd choke this morning?", "rca", ["RCA"], root_first("INV-DB-PRIMARY"))
    b.ask("ko", "gyeolje-gw-prd 결제 실패 왜 나는거임", "rca", ["RCA"], root_first("pay-api-prd"))
    b.ask(
        "en",
        "what engine is WMS_DB_PRIMARY on",
        "lookup",
        ["LOOKUP"],
        names([E.attr("WMS_DB_PRIMARY", "engine")], "contains"),
    )
    b.ask(
        "ko",
        "promo-engine-prd 레플리카 몇개?",
        "lookup",
        ["LOOKUP"],
        num(E.attr("promo-engine-prd", "replicas"), 0),
    )
    b.ask(
        "en",
        "max response time of jumun-api-prd in the past 12h",
        "window",
        AGG,
        num(max(E.last_hours("jumun-api-prd", "response_time_ms", 12))),
    )
    b.ask(
        "ko",
        "session-redis-prd 메모리 지금 몇퍼?",
        "current",
        LOOK,
        num(E.latest("session-redis-prd", "memory_usage")),
    )
    b.ask("en", "what does cart-api-prd talk to?", "graph", GRAPH, names(sorted(E.out("cart-api-prd"))))
    b.ask(
        "ko",
        "stock-cache-prd 죽으면 어떤 서비스들 영향감?",
        "graph",
        GRAPH,
        names(b.of("service", E.impact("stock-cache-prd"))),
    )
    b.ask("en", "what's the cache hit ratio on promo-redis-prd?", "unclear", ONCALL, not_ok())
    b.ask("ko", "jaego-svc-prd 힙 덤프 분석 결과 보여줘", "unclear", ONCALL, not_ok())
    b.ask("en", "scale jumun-api-prd to 10 replicas", "reject", ["REJECT"], REJECT)
    b.ask("en", "is payment-api-prd ok?", "unknown", ONCALL, not_ok("pay-api-prd"))
