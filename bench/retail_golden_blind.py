"""Blind batches 3 and 4 of the retail-kr questions (tags `batch-3`, `batch-4`): written, committed and
measured as telco-mid's batches 3 and 4 were, with the same kinds of phrasing (see telco_golden_blind.py).
Expected values come from the estate's files and faults.
"""

from __future__ import annotations

from datetime import timedelta
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

kst = kst_clock("2026-11")


def third_batch(case: CaseBook, estate: Estate) -> None:
    E, CIS = estate, estate.cis
    today = kst(27, 0)
    yesterday = today - timedelta(days=1)

    b = Batch(case, estate, "batch-3")
    ask = b.ask
    of = b.of

    measured = b.measured

    # what is wrong now, vague and colloquial
    now_wrong = wrong_now("pay-api-prd", "kafka-prd-02")
    for lang, q in [
        ("ko", "지금 장애야?"),
        ("en", "status check pls, anything i should worry about?"),
        ("ko", "현재 터진거 있음?"),
    ]:
        ask(lang, q, "wrong_now", ONCALL, now_wrong)
    ask(
        "ko",
        "현재 critical한거 뭐있음",
        "wrong_now",
        ONCALL,
        wrong_now("pay-api-prd"),
    )

    # what happened to X (around a moment / in a range)
    keywords: dict[str, list[str]] = {
        "threshold_breach": ["threshold", "임계"],
        "batch_job": ["batch", "배치", "stock_recount"],
        "connection_pool": ["connection", "커넥션", "연결"],
        "timeout": ["timeout", "타임아웃", "시간 초과"],
        "connection_refused": ["connection_refused", "refused", "연결 거부"],
    }
    for lang, q, ci, types in [
        (
            "en",
            "what's been going on with kafka-prd-02 since last night?",
            "kafka-prd-02",
            ["threshold_breach"],
        ),
        (
            "ko",
            "INV-DB-PRIMARY 오전에 무슨일?",
            "INV-DB-PRIMARY",
            ["batch_job", "connection_pool", "threshold_breach"],
        ),
        ("ko", "어제 밤 wms-bridge-prd 무슨일 있었는지 알려줘", "wms-bridge-prd", ["timeout"]),
        ("en", "what happened on HU-POS-01 today?", "HU-POS-01", ["connection_refused"]),
    ]:
        assert all(E.events_in(ci, E.now - timedelta(hours=48), kind=t) for t in types)
        ask(
            lang,
            q,
            "happened",
            ONCALL,
            {"events": types, "ci": ci, "keywords": {t: keywords[t] for t in types}},
        )

    # why (RCA), with windows and moments
    for lang, q, root in [
        ("en", "cart-api-prd was erroring between 9:30 and 10:00, why", "INV-DB-PRIMARY"),
        ("ko", "오늘 오전 jumun-api-prd 타임아웃 근본 원인 뭐였음?", "INV-DB-PRIMARY"),
        ("ko", "10시쯤 storefront-web-prd 에러 왜 났어?", "INV-DB-PRIMARY"),
        ("en", "baesong-tracker-prd lagged last night around 11pm, root cause?", "wms-mq-prd"),
        ("ko", "어제 22시 50분경 wms-bridge-prd 장애 원인", "wms-mq-prd"),
        ("en", "gyeolje-gw-prd started timing out at 15:25, what's behind it?", "pay-api-prd"),
        ("ko", "gyeolje-gw-prd 타임아웃 원인 좀 찾아줘", "pay-api-prd"),
    ]:
        ask(lang, q, "rca", ["RCA"], root_first(root))

    # one field of one CI
    attr = E.attr
    ask(
        "ko",
        "es-data-prd-02 메모리 몇기가?",
        "lookup",
        ["LOOKUP"],
        num(attr("es-data-prd-02", "memory_gb"), 0),
    )
    ask(
        "en",
        "owner of WMS_DB_PRIMARY",
        "lookup",
        ["LOOKUP"],
        names([CIS["WMS_DB_PRIMARY"]["owner"]], "contains"),
    )
    ask(
        "ko",
        "carrier-adapter-prd 버전 몇이야",
        "lookup",
        ["LOOKUP"],
        names([attr("carrier-adapter-prd", "version")], "contains"),
    )
    ask(
        "en",
        "which AZ is jenkins-ci-01 in?",
        "lookup",
        ["LOOKUP"],
        names([attr("jenkins-ci-01", "zone")], "contains"),
    )

    # window aggregates of one CI
    ask(
        "ko",
        "pay-api-prd 에러율 오늘 몇 %까지 올라갔어?",
        "window",
        AGG,
        num(max(E.values("pay-api-prd", "error_rate", today))),
    )
    ask(
        "en",
        "mean latency of catalog-api-prd over the past 2 hours",
        "aggregate",
        ["AGGREGATE"],
        num(mean(E.last_hours("catalog-api-prd", "response_time_ms", 2))),
    )
    ask(
        "ko",
        "kafka-prd-02 디스크 어제 평균",
        "window",
        AGG,
        num(mean(E.values("kafka-prd-02", "disk_usage", yesterday, today))),
    )
    ask(
        "en",
        "lowest memory usage on redis-prd-01 in the last 6h?",
        "aggregate",
        ["AGGREGATE"],
        num(min(E.last_hours("redis-prd-01", "memory_usage", 6))),
    )

    # top-N and comparisons
    services = measured("service", "response_time_ms")
    ask(
        "ko",
        "지난 3시간 응답시간 제일 느린 서비스 top3",
        "aggregate",
        AGG,
        names(top({s: mean(E.last_hours(s, "response_time_ms", 3)) for s in services}, 3), "ordered"),
    )
    hosts = measured("host", "memory_usage")
    ask(
        "en",
        "which 2 hosts are using the most memory right now?",
        "current",
        AGG,
        names(top({h: E.latest(h, "memory_usage") for h in hosts}, 2), "ordered"),
    )
    ask(
        "en",
        "pay-api-prd vs gyeolje-gw-prd error rate now",
        "compare",
        AGG,
        num(E.latest("gyeolje-gw-prd", "error_rate")),
    )
    ask(
        "ko",
        "jumun-api-prd하고 jaego-svc-prd 오늘 응답시간 비교",
        "compare",
        AGG,
        num(mean(E.values("jaego-svc-prd", "response_time_ms", today))),
    )

    # relations: direction, hosting, shared, paths, depth and type filters
    ask("ko", "stock-cache-prd 누가 씀?", "graph", GRAPH, names(sorted(E.into("stock-cache-prd"))))
    ask("en", "who's using order-events-kafka?", "graph", GRAPH, names(sorted(E.into("order-events-kafka"))))
    ask(
        "en",
        "which components does pos-sync-prd call directly?",
        "graph",
        GRAPH,
        names(sorted(E.out("pos-sync-prd"))),
    )
    ask("ko", "catalog-api-prd 는 어디어디 의존해", "graph", GRAPH, names(sorted(E.out("catalog-api-prd"))))
    ask(
        "ko",
        "redis-prd-02 위에 올라간거 뭐야",
        "graph",
        GRAPH_OR_LOOK,
        names(sorted(E.into("redis-prd-02", "RUNS_ON"))),
    )
    ask(
        "en",
        "where does PAY-DB-PRIMARY run?",
        "graph",
        GRAPH_OR_LOOK,
        names(sorted(E.out("PAY-DB-PRIMARY", "RUNS_ON"))),
    )
    ask(
        "ko",
        "cart-api-prd랑 member-api-prd 둘 다 쓰는거",
        "graph",
        GRAPH,
        names(sorted(E.out("cart-api-prd") & E.out("member-api-prd"))),
    )
    ask(
        "en",
        "trace the path mobile-gw-prd -> PAY-DB-PRIMARY",
        "graph",
        GRAPH,
        names(E.shortest_path("mobile-gw-prd", "PAY-DB-PRIMARY"), "ordered"),
    )
    ask(
        "ko",
        "pos-client-gn에서 INV-DB-PRIMARY 몇단계야",
        "graph",
        GRAPH,
        num(len(E.shortest_path("pos-client-gn", "INV-DB-PRIMARY")) - 1, 0),
    )
    ask(
        "en",
        "Which caches does storefront-web-prd rely on, even indirectly?",
        "graph",
        GRAPH,
        names(of("cache", E.closure("storefront-web-prd", E.out))),
    )
    ask(
        "en",
        "Which databases are at most 2 hops from cart-api-prd?",
        "graph",
        GRAPH,
        names(of("database", E.within_hops("cart-api-prd", 2))),
    )
    ask(
        "ko",
        "INV-DB-PRIMARY 죽으면 서비스 몇 개가 영향 받아?",
        "graph",
        GRAPH,
        num(len(of("service", E.impact("INV-DB-PRIMARY"))), 0),
    )
    ask(
        "en",
        "which hosts get hit if san-sel-a dies?",
        "graph",
        GRAPH,
        names(of("host", E.impact("san-sel-a"))),
    )

    # refusals, the assistant, unknown names, questions that cannot be placed
    for lang, q in [
        ("en", "flush session-redis-prd"),
        ("ko", "pay-api-prd 트래픽 stg로 돌려줘"),
        ("en", "what's the admin login for jenkins-ci-01?"),
        ("ko", "PAY-DB-PRIMARY 접속 url이랑 password 좀"),
    ]:
        ask(lang, q, "reject", ["REJECT"], REJECT)
    ask("en", "how do you work out root causes?", "direct", ["DIRECT"], {"direct": True})
    ask("ko", "넌 무슨 데이터 기반으로 답해?", "direct", ["DIRECT"], {"direct": True})
    ask("ko", "pay-gw-prd 에러율", "unknown", ONCALL, not_ok("pay-api-prd"))
    ask("en", "latency of inventory-svc right now", "unknown", ONCALL, not_ok())
    ask("ko", "jaego-svc-prd-03 cpu", "unknown", ONCALL, not_ok("jaego-svc-prd-01"))
    ask("en", "what's the queue depth of wms-mq-prd?", "unclear", ONCALL, not_ok())
    ask("ko", "그 서버 디스크 몇 %야?", "unclear", ONCALL, not_ok())
    ask("en", "is it still broken?", "unclear", ONCALL, not_ok())


def fourth_batch(case: CaseBook, estate: Estate) -> None:
    E, _CIS = estate, estate.cis
    today = kst(27, 0)
    yesterday = today - timedelta(days=1)

    b = Batch(case, estate, "batch-4")
    ask = b.ask
    of = b.of

    now_wrong = wrong_now("pay-api-prd", "kafka-prd-02")
    for lang, q in [
        ("ko", "블프인데 지금 괜찮냐 전체적으로"),
        ("en", "quick sanity check — anything broken?"),
        ("ko", "뭐 이상한 거 없어?"),
    ]:
        ask(lang, q, "wrong_now", ONCALL, now_wrong)
    keywords = {
        "batch_job": ["batch", "배치", "stock_recount"],
        "connection_pool": ["connection", "커넥션", "연결"],
        "threshold_breach": ["threshold", "임계"],
        "upstream_error": ["upstream", "503", "pg gateway"],
        "config_change": ["config", "설정"],
    }
    for lang, q, ci, types in [
        (
            "en",
            "give me the timeline for INV-DB-PRIMARY between 9 and 11 am",
            "INV-DB-PRIMARY",
            ["batch_job", "connection_pool", "threshold_breach"],
        ),
        ("ko", "pay-api-prd 방금 무슨 일 생긴 거야?", "pay-api-prd", ["upstream_error", "threshold_breach"]),
        ("en", "did anything happen to promo-engine-prd overnight?", "promo-engine-prd", ["config_change"]),
    ]:
        ask(
            lang,
            q,
            "happened",
            ONCALL,
            {"events": types, "ci": ci, "keywords": {t: keywords[t] for t in types}},
        )
    for lang, q, root in [
        ("en", "what made jaego-svc-prd time out this morning?", "INV-DB-PRIMARY"),
        ("ko", "아까 15시 반쯤 gyeolje-gw-prd 왜 터졌어?", "pay-api-prd"),
        ("en", "wms-bridge-prd blew up last night, root cause pls", "wms-mq-prd"),
        ("ko", "pos-sync-prd 오전 장애 원인이 뭐였지?", "INV-DB-PRIMARY"),
    ]:
        ask(lang, q, "rca", ["RCA"], root_first(root))
    ask(
        "en",
        "which k8s namespace is cart-api-prd in?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("cart-api-prd", "namespace")], "contains"),
    )
    ask(
        "ko",
        "HU-POS-01 os 뭐 깔려있어?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("HU-POS-01", "os")], "contains"),
    )
    ask(
        "ko",
        "storefront-web-prd 요청량 어제 피크",
        "window",
        AGG,
        num(max(E.values("storefront-web-prd", "request_rate", yesterday, today))),
    )
    ask(
        "en",
        "how low did the error rate of catalog-api-prd get in the last 12 hours?",
        "window",
        AGG,
        num(min(E.last_hours("catalog-api-prd", "error_rate", 12))),
    )
    ask("en", "what % cpu is kafka-prd-02 at?", "current", LOOK, num(E.latest("kafka-prd-02", "cpu_usage")))
    services = [s for s in E.of_type("service") if (s, "request_rate") in E.series]
    ask(
        "ko",
        "요청 제일 많이 받는 서비스 3개 지금",
        "current",
        AGG,
        names(top({s: E.latest(s, "request_rate") for s in services}, 3), "ordered"),
    )
    ask(
        "en",
        "which of redis-prd-01 and redis-prd-03 has more memory in use right now?",
        "compare",
        AGG,
        num(E.latest("redis-prd-03", "memory_usage")),
    )
    ask(
        "en",
        "what breaks if PAY-DB-PRIMARY is down?",
        "graph",
        GRAPH,
        names(sorted(E.impact("PAY-DB-PRIMARY"))),
    )
    ask(
        "ko", "jumun-api-prd 뒤에 뭐 붙어있어?", "graph", GRAPH_OR_LOOK, names(sorted(E.out("jumun-api-prd")))
    )
    ask(
        "en",
        "which queues sit under jumun-api-prd, at any depth?",
        "graph",
        GRAPH,
        names(of("queue", E.closure("jumun-api-prd", E.out))),
    )
    ask(
        "ko",
        "sales-dashboard-prd랑 jumun-api-prd 공유하는 의존성",
        "graph",
        GRAPH,
        names(sorted(E.out("sales-dashboard-prd") & E.out("jumun-api-prd"))),
    )
    ask(
        "en",
        "how far is pos-client-hu from INV-DB-PRIMARY?",
        "graph",
        GRAPH,
        num(len(E.shortest_path("pos-client-hu", "INV-DB-PRIMARY")) - 1, 0),
    )
    ask("en", "increase the pool size on INV-DB-PRIMARY to 2000", "reject", ["REJECT"], REJECT)
    ask("ko", "session-redis-prd 비밀번호 재설정해줘", "reject", ["REJECT"], REJECT)
    ask(
        "ko",
        "jumun-api-prd-03 cpu 몇이야",
        "unknown",
        ONCALL,
        not_ok("jumun-api-prd-01"),
    )
    ask("en", "error rate of the coupon service", "unknown", ONCALL, not_ok())
    ask("ko", "저 서비스 에러율 지금", "unclear", ONCALL, not_ok())
