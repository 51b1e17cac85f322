"""Blind batches 5 and 6 of the retail-kr questions (tags `batch-5`, `batch-6`): each written and committed
after the previous batch's classes were fixed and before any of its questions was asked — held-out measures
(see retail_golden_blind.py).
"""

from __future__ import annotations

from datetime import timedelta
from statistics import mean

from estate_kit import (
    AGG,
    GRAPH,
    ONCALL,
    REJECT,
    Batch,
    CaseBook,
    Estate,
    names,
    not_ok,
    num,
    root_first,
    top,
    wrong_now,
)
from retail_golden_blind import kst


def fifth_batch(case: CaseBook, estate: Estate) -> None:
    E, _CIS = estate, estate.cis
    today = kst(27, 0)

    b = Batch(case, estate, "batch-5")
    ask = b.ask
    of = b.of

    now_wrong = wrong_now("pay-api-prd", "kafka-prd-02")
    for lang, q in [
        ("en", "anything I need to know before I go to bed?"),
        ("ko", "현재 경보 상황"),
    ]:
        ask(lang, q, "wrong_now", ONCALL, now_wrong)
    keywords = {
        "config_change": ["config", "설정"],
        "restart": ["restart", "재시작"],
        "queue_backlog": ["backlog", "depth", "memory alarm", "적체"],
    }
    for lang, q, ci, types in [
        ("ko", "stock-cache-prd 설정 바뀐 거 있어?", "stock-cache-prd", ["config_change"]),
        ("en", "what happened with member-api-prd yesterday?", "member-api-prd", ["restart"]),
        (
            "en",
            "walk me through what happened to wms-mq-prd last night",
            "wms-mq-prd",
            ["queue_backlog", "config_change"],
        ),
    ]:
        ask(
            lang,
            q,
            "happened",
            ONCALL,
            {"events": types, "ci": ci, "keywords": {t: keywords[t] for t in types}},
        )
    for lang, q, root in [
        ("en", "pos-client-gn stalled around half past nine, why?", "INV-DB-PRIMARY"),
        ("ko", "오늘 오전 10시 전후로 cart-api-prd 느렸던 원인", "INV-DB-PRIMARY"),
        ("en", "explain the gyeolje-gw-prd failures", "pay-api-prd"),
        ("ko", "baesong-tracker-prd 어제 장애 근본 원인", "wms-mq-prd"),
    ]:
        ask(lang, q, "rca", ["RCA"], root_first(root))
    ask(
        "ko",
        "PAY-DB-PRIMARY 어떤 DB 엔진 써?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("PAY-DB-PRIMARY", "engine")], "contains"),
    )
    ask(
        "en",
        "what zone is redis-prd-02 in?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("redis-prd-02", "zone")], "contains"),
    )
    ask(
        "en",
        "peak memory on mq-icn-01 last night",
        "window",
        AGG,
        num(max(E.values("mq-icn-01", "memory_usage", kst(26, 18), kst(27, 6)))),
    )
    ask(
        "ko",
        "pay-api-prd 에러율 지난 30분 평균",
        "aggregate",
        ["AGGREGATE"],
        num(mean(E.last_hours("pay-api-prd", "error_rate", 0.5))),
    )
    ask(
        "en",
        "min response time for storefront-web-prd today",
        "window",
        AGG,
        num(min(E.values("storefront-web-prd", "response_time_ms", today))),
    )
    caches = [c for c in E.of_type("cache") if (c, "memory_usage") in E.series]
    ask(
        "ko",
        "지금 메모리 제일 많이 쓰는 캐시",
        "current",
        AGG,
        names(top({c: E.latest(c, "memory_usage") for c in caches}, 1), "ordered"),
    )
    ask(
        "en",
        "compare request rate of catalog-api-prd and price-svc-prd today",
        "compare",
        AGG,
        num(mean(E.values("catalog-api-prd", "request_rate", today))),
    )
    ask("en", "who talks to PAY-DB-PRIMARY?", "graph", GRAPH, names(sorted(E.into("PAY-DB-PRIMARY"))))
    reach = E.closure("edge-alb-prd", lambda n: E.out(n) | E.out(n, "CONNECTS_TO"))
    ask("ko", "edge-alb-prd 밑으로 연결된 서비스 전부", "graph", GRAPH, names(of("service", reach)))
    ask(
        "ko",
        "jaego-svc-prd가 죽으면 영향 받는 서비스 수",
        "graph",
        GRAPH,
        num(len(of("service", E.impact("jaego-svc-prd"))), 0),
    )
    ask(
        "en",
        "shortest route from pos-client-gn to OMS-DB-PRIMARY",
        "graph",
        GRAPH,
        names(E.shortest_path("pos-client-gn", "OMS-DB-PRIMARY"), "ordered"),
    )
    ask("en", "turn off the STOCK_RECOUNT job on INV-DB-PRIMARY", "reject", ["REJECT"], REJECT)
    ask("ko", "INV-DB-PRIMARY 커넥션 수 한도 올려", "reject", ["REJECT"], REJECT)
    ask("en", "latency of pay-api-prod-01", "unknown", ONCALL, not_ok("pay-api-prd-01"))
    ask("ko", "쿠폰 DB 상태 어때", "unknown", ONCALL, not_ok())
    ask("en", "what about the other one?", "unclear", ONCALL, not_ok())


def sixth_batch(case: CaseBook, estate: Estate) -> None:
    E, CIS = estate, estate.cis
    today = kst(27, 0)

    b = Batch(case, estate, "batch-6")
    ask = b.ask
    of = b.of

    now_wrong = wrong_now("pay-api-prd", "kafka-prd-02")
    ask("en", "is black friday traffic causing problems anywhere?", "wrong_now", ONCALL, now_wrong)
    ask("en", "what's hurting right now?", "wrong_now", ONCALL, now_wrong)
    kw = {
        "batch_job": ["batch", "배치", "stock_recount"],
        "connection_pool": ["connection", "커넥션", "연결"],
        "threshold_breach": ["threshold", "임계"],
    }
    types = ["batch_job", "connection_pool", "threshold_breach"]
    ask(
        "ko",
        "INV-DB-PRIMARY 아침 장애 타임라인",
        "happened",
        ONCALL,
        {"events": types, "ci": "INV-DB-PRIMARY", "keywords": kw},
    )
    ask(
        "en",
        "why did storefront-web-prd error out around 10 this morning?",
        "rca",
        ["RCA"],
        root_first("inv-db-primary"),
    )
    ask(
        "ko",
        "wms-mq-prd 어제 밤 장애 원인",
        "rca",
        ["RCA"],
        root_first("wms-mq-prd"),
    )
    ask(
        "en",
        "highest memory usage on mq-icn-02 yesterday",
        "window",
        AGG,
        num(max(E.values("mq-icn-02", "memory_usage", today - timedelta(days=1), today))),
    )
    ask(
        "ko",
        "cart-api-prd 에러율 오늘 평균",
        "window",
        AGG,
        num(mean(E.values("cart-api-prd", "error_rate", today))),
    )
    ask(
        "en",
        "which databases does gyeolje-gw-prd talk to?",
        "graph",
        GRAPH,
        names(of("database", E.out("gyeolje-gw-prd"))),
    )
    ask(
        "ko",
        "OMS-DB-PRIMARY 쓰는 서비스 전부",
        "graph",
        GRAPH,
        names(of("service", E.closure("OMS-DB-PRIMARY", E.into))),
    )
    ask("en", "reboot pos-sync-prd-01", "reject", ["REJECT"], REJECT)
    ask("ko", "feature-store-prd 접속 비밀번호", "reject", ["REJECT"], REJECT)
    ask("en", "cpu of paydb-prd-02", "unknown", ONCALL, not_ok("paydb-prd-01"))
    ask("ko", "배송 서비스 에러율", "unknown", ONCALL, not_ok())
    haeundae = [n for n, c in CIS.items() if c["type"] == "service" and c["location"] == "haeundae-store"]
    ask("en", "how many services are in haeundae-store?", "aggregate", ["AGGREGATE"], num(len(haeundae), 0))
