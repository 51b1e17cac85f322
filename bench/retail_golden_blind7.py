"""Blind batch 7 of the retail-kr questions (tag `batch-7`): written and committed before any was asked
(see telco_golden_blind7.py).
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
    names,
    not_ok,
    num,
    root_first,
    top,
    wrong_now,
)

kst = kst_clock("2026-11")


def seventh_batch(case: CaseBook, estate: Estate) -> None:
    E = estate
    b = Batch(case, estate, "batch-7")
    now_wrong = wrong_now("pay-api-prd", "kafka-prd-02")
    b.ask("en", "what needs my attention right now?", "wrong_now", ONCALL, now_wrong)
    b.ask("ko", "블프 피크인데 지금 문제 있는 곳?", "wrong_now", ONCALL, now_wrong)
    b.ask("en", "is the black friday load hurting anything?", "wrong_now", ONCALL, now_wrong)
    b.happened(
        "en",
        "what happened to INV-DB-PRIMARY this morning?",
        "INV-DB-PRIMARY",
        {"connection_pool": ["connection", "커넥션", "연결"], "threshold_breach": ["threshold", "임계"]},
    )
    b.happened(
        "ko",
        "wms-mq-prd 어젯밤 무슨 일?",
        "wms-mq-prd",
        {"queue_backlog": ["backlog", "queue", "적체", "depth"]},
    )
    b.ask("ko", "jumun-api-prd 오늘 오전 9시 반쯤 느려진 원인", "rca", ["RCA"], root_first("INV-DB-PRIMARY"))
    b.ask("en", "why is gyeolje-gw-prd timing out?", "rca", ["RCA"], root_first("pay-api-prd"))
    b.ask(
        "en",
        "baesong-tracker-prd stalled last night — what caused it?",
        "rca",
        ["RCA"],
        root_first("wms-mq-prd"),
    )
    b.ask(
        "ko", "kafka-prd-02 디스크 지금 몇 %야?", "current", LOOK, num(E.latest("kafka-prd-02", "disk_usage"))
    )
    b.ask(
        "en",
        "which zone is GN-POS-02 in?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("GN-POS-02", "zone")], "contains"),
    )
    b.ask(
        "en",
        "average error rate of pay-api-prd over the last 2 hours",
        "aggregate",
        AGG,
        num(mean(E.last_hours("pay-api-prd", "error_rate", 2))),
    )
    hosts = b.measured("host", "cpu_usage")
    b.ask(
        "ko",
        "지금 CPU 제일 높은 호스트 3개",
        "current",
        AGG,
        names(top({h: E.latest(h, "cpu_usage") for h in hosts}, 3), "ordered"),
    )
    b.ask("en", "what does jumun-api-prd call?", "graph", GRAPH, names(sorted(E.out("jumun-api-prd"))))
    b.ask(
        "ko",
        "PAY-DB-PRIMARY 쓰는 서비스 뭐뭐 있어?",
        "graph",
        GRAPH,
        names(b.of("service", E.into("PAY-DB-PRIMARY"))),
    )
    in_maintenance = sorted(
        n for n, c in E.cis.items() if c["location"] == "gangnam-store" and c["status"] == "maintenance"
    )
    b.ask("en", "which gangnam-store hosts are in maintenance?", "lookup", LOOK, names(in_maintenance))
    b.conversation(
        "r7-count",
        [
            (
                "ko",
                "INV-DB-PRIMARY에 의존하는 서비스는?",
                "graph",
                GRAPH,
                names(b.of("service", E.into("INV-DB-PRIMARY"))),
            ),
            ("ko", "몇 개야?", "followup", GRAPH, num(len(b.of("service", E.into("INV-DB-PRIMARY"))), 0)),
        ],
    )
    critical = sorted({e["ci"] for e in E.events_in(None, kst(26, 16), severity="critical")})
    b.ask("en", "critical events in the last 24 hours?", "events", ONCALL, names(critical))
    b.ask("ko", "pay-api-prd SLA 계약 조건 알려줘", "unclear", ONCALL, not_ok())
    b.ask("ko", "kafka-prd-02 디스크 교체 일정", "unclear", ONCALL, not_ok())
    b.ask("ko", "pay-api-prd 로그 레벨 DEBUG로 바꿔줘", "reject", ["REJECT"], REJECT)
    b.ask("en", "what can I ask you?", "direct", ["DIRECT"], {"direct": True})
