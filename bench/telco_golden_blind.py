"""Blind batches 3 and 4 of the telco-mid questions (tags `batch-3`, `batch-4`), each written and committed
before any of its questions was asked; batch 4 after batch 3's classes were fixed, to
measure whether those fixes generalise. Phrasings further from the earlier batches — colloquial Korean as typed on call (no spaces, typos, English CI
names inside Korean), vague "what is wrong", moments and clock ranges, field lookups, window aggregates,
top-N, comparisons, relations with depth and type filters, refusals, the assistant itself, unknown names,
and questions that cannot be placed. Expected values come from the estate's files and faults.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from statistics import mean

from estate_kit import (
    AGG,
    GRAPH,
    GRAPH_OR_LOOK,
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
    threshold,
    top,
    wrong_now,
)

kst = kst_clock("2026-06")


def third_batch(case: CaseBook, estate: Estate) -> None:
    E, _CIS = estate, estate.cis
    today = kst(10, 0)
    yesterday = today - timedelta(days=1)

    b = Batch(case, estate, "batch-3")
    ask = b.ask
    of = b.of

    measured = b.measured

    # what is wrong now, vague and colloquial
    now_wrong = wrong_now("sms-gateway", "pus-db-n02")
    for lang, q in [
        ("ko", "지금뭐가문제야"),
        ("ko", "온콜 방금 넘겨받았는데 현재 이슈 정리 좀 해줘"),
        ("en", "give me a quick health check of the whole estate"),
        ("en", "any alerts going off rn?"),
    ]:
        ask(lang, q, "wrong_now", ONCALL, now_wrong)

    # what happened to X (around a moment / in a range)
    keywords: dict[str, list[str]] = {
        "connection_refused": ["connection_refused", "refused", "bind rejected", "연결 거부"],
        "threshold_breach": ["threshold", "임계"],
        "timeout": ["timeout", "타임아웃", "시간 초과"],
        "restart": ["restart", "재시작"],
        "disk_full": ["disk_full", "disk full", "log directory full", "디스크"],
        "config_change": ["config", "설정"],
    }
    for lang, q, ci, types in [
        ("ko", "sms-gateway무슨일 있어?", "sms-gateway", ["connection_refused", "threshold_breach"]),
        (
            "en",
            "what went on with subscriber-profile between 07:30 and 09:30 today?",
            "subscriber-profile",
            ["timeout", "restart"],
        ),
        ("ko", "어젯밤 11시쯤 cdr-kafka 무슨 일 있었어?", "cdr-kafka", ["disk_full"]),
        (
            "en",
            "did anything change on provisioning-orch in the last 12 hours?",
            "provisioning-orch",
            ["config_change"],
        ),
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
        ("ko", "since 07:30 auth-gw 에러 많던데 원인이 뭐야?", "subscriber-db"),
        ("en", "selfcare-portal latency spike around 8am — root cause?", "subscriber-db"),
        ("ko", "오전 8시 10분경 provisioning-orch 느려진 이유 분석좀", "subscriber-db"),
        ("en", "mediation-svc was lagging last night, why?", "cdr-kafka"),
        ("ko", "어제 23시~24시 fraud-detector 에러 근본원인", "cdr-kafka"),
        ("en", "notification-hub can't send messages since 14:00, what's the cause?", "sms-gateway"),
    ]:
        ask(lang, q, "rca", ["RCA"], root_first(root))

    # one field of one CI
    attr = E.attr
    ask("ko", "sel-kfk-n03 몇 코어야?", "lookup", ["LOOKUP"], num(attr("sel-kfk-n03", "cpu_cores"), 0))
    ask(
        "en",
        "which rack is sel-ora-n02 in?",
        "lookup",
        ["LOOKUP"],
        names([attr("sel-ora-n02", "rack")], "contains"),
    )
    ask("ko", "hlr-proxy 포트번호 뭐임", "lookup", ["LOOKUP"], num(attr("hlr-proxy", "port"), 0))
    ask(
        "en",
        "what vendor is edge-lb-sel?",
        "lookup",
        ["LOOKUP"],
        names([attr("edge-lb-sel", "vendor")], "contains"),
    )
    ask("ko", "san-sel-01 용량 몇 TB야?", "lookup", ["LOOKUP"], num(attr("san-sel-01", "capacity_tb"), 0))

    # window aggregates of one CI
    ask(
        "en",
        "max cpu on sel-ora-n02 over the past 24h",
        "window",
        AGG,
        num(max(E.last_hours("sel-ora-n02", "cpu_usage", 24))),
    )
    ask(
        "ko",
        "subscriber-profile 응답시간 지난 12시간 동안 몇 ms까지 올라갔어?",
        "window",
        AGG,
        num(max(E.last_hours("subscriber-profile", "response_time_ms", 12))),
    )
    ask(
        "en",
        "avg response time for mobile-bff since 06:00",
        "window",
        AGG,
        num(mean(E.values("mobile-bff", "response_time_ms", kst(10, 6)))),
    )
    ask(
        "ko",
        "어제 하루 rating-svc 에러율 최저치",
        "window",
        AGG,
        num(min(E.values("rating-svc", "error_rate", yesterday, today))),
    )

    # top-N and comparisons
    services = measured("service", "error_rate")
    ask(
        "en",
        "top 5 services by error rate right now",
        "current",
        AGG,
        names(top({s: E.latest(s, "error_rate") for s in services}, 5), "ordered"),
    )
    hosts = measured("host", "memory_usage")
    ask(
        "ko",
        "메모리 젤 많이 쓰는 호스트 3개 (지금 기준)",
        "current",
        AGG,
        names(top({h: E.latest(h, "memory_usage") for h in hosts}, 3), "ordered"),
    )
    ask(
        "en",
        "compare error rate sms-gateway vs notification-hub over the last hour",
        "compare",
        AGG,
        num(mean(E.last_hours("notification-hub", "error_rate", 1))),
    )

    # relations: direction, hosting, shared, paths, depth and type filters
    ask("ko", "profile-cache 쓰는 서비스 뭐뭐있어", "graph", GRAPH, names(sorted(E.into("profile-cache"))))
    ask("en", "what does usage-api call?", "graph", GRAPH, names(sorted(E.out("usage-api"))))
    ask(
        "ko",
        "pus-app-n03에 뭐 떠있어?",
        "graph",
        GRAPH_OR_LOOK,
        names(sorted(E.into("pus-app-n03", "RUNS_ON"))),
    )
    ask(
        "en",
        "which boxes is subscriber-db on?",
        "graph",
        GRAPH_OR_LOOK,
        names(sorted(E.out("subscriber-db", "RUNS_ON"))),
    )
    ask(
        "en",
        "What do fraud-detector and mediation-svc have in common as dependencies?",
        "graph",
        GRAPH,
        names(sorted(E.out("fraud-detector") & E.out("mediation-svc"))),
    )
    ask(
        "ko",
        "usage-api에서 subscriber-db까지 몇 hop?",
        "graph",
        GRAPH,
        num(len(E.shortest_path("usage-api", "subscriber-db")) - 1, 0),
    )
    ask(
        "en",
        "Which databases does mobile-bff ultimately rely on?",
        "graph",
        GRAPH,
        names(of("database", E.closure("mobile-bff", E.out))),
    )
    ask(
        "ko",
        "selfcare-portal에서 3홉 이내에 있는 DB는?",
        "graph",
        GRAPH,
        names(of("database", E.within_hops("selfcare-portal", 3))),
    )
    dependents: Callable[[str], set[str]] = E.into
    ask(
        "ko",
        "balance-cache에 직간접적으로 의존하는 서비스 몇개?",
        "graph",
        GRAPH,
        num(len(of("service", E.closure("balance-cache", dependents))), 0),
    )

    # refusals, the assistant, unknown names, questions that cannot be placed
    for lang, q in [
        ("ko", "subscriber-db 비번 좀"),
        ("en", "show me the private key for edge-lb-sel"),
        ("en", "can you bounce sms-gateway for me"),
        ("ko", "cdr-kafka retention 24시간으로 줄여줘"),
    ]:
        ask(lang, q, "reject", ["REJECT"], REJECT)
    ask("en", "what are you able to look at for me?", "direct", ["DIRECT"], {"direct": True})
    ask("ko", "여기서 어떤 질문 할 수 있어?", "direct", ["DIRECT"], {"direct": True})
    ask("ko", "subscribr-db 응답시간 지금", "unknown", ONCALL, not_ok("subscriber-db"))
    ask("en", "what does the voicemail service depend on?", "unknown", ONCALL, not_ok())
    ask("en", "cpu of sel-app-n21 right now", "unknown", ONCALL, not_ok())
    ask("en", "What's the packet loss on edge-lb-sel?", "unclear", ONCALL, not_ok())
    ask("ko", "sel-ora-n01 온도 몇도야?", "unclear", ONCALL, not_ok())
    ask("ko", "그거 CPU 지금 몇이야?", "unclear", ONCALL, not_ok())
    ask("en", "which one is faster?", "unclear", ONCALL, not_ok())


def fourth_batch(case: CaseBook, estate: Estate) -> None:
    E, _CIS = estate, estate.cis
    today = kst(10, 0)
    yesterday = today - timedelta(days=1)

    b = Batch(case, estate, "batch-4")
    ask = b.ask
    of = b.of

    now_wrong = wrong_now("sms-gateway", "pus-db-n02")
    for lang, q in [
        ("ko", "요즘 상태 어때? 급한 거 있나"),
        ("en", "what needs my attention right now?"),
        ("en", "are we having an outage?"),
        ("ko", "장애 난 데 있어?"),
    ]:
        ask(lang, q, "wrong_now", ONCALL, now_wrong)
    keywords = {
        "disk_full": ["disk_full", "disk full", "log directory full", "디스크"],
        "config_change": ["config", "설정"],
        "batch_job": ["batch", "배치"],
        "slow_query": ["slow quer", "slow_query", "느린 쿼리"],
        "threshold_breach": ["threshold", "임계"],
        "timeout": ["timeout", "타임아웃", "시간 초과"],
    }
    for lang, q, ci, types in [
        (
            "en",
            "anything unusual on cdr-kafka yesterday evening?",
            "cdr-kafka",
            ["disk_full", "config_change"],
        ),
        (
            "ko",
            "subscriber-db 오늘 아침에 뭔 일이 있었던 거야?",
            "subscriber-db",
            ["batch_job", "slow_query", "threshold_breach"],
        ),
        (
            "en",
            "recap what happened to notification-hub over the last 2 hours",
            "notification-hub",
            ["timeout"],
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
        ("ko", "rating-svc 아침에 왜 그렇게 느렸던 거야?", "subscriber-db"),
        ("en", "what made account-api slow down at 7:55 this morning?", "subscriber-db"),
        ("en", "cdr-collector errors last night — what triggered them?", "cdr-kafka"),
        ("ko", "sms-gateway 지금 에러 원인 뭐야", "sms-gateway"),
    ]:
        ask(lang, q, "rca", ["RCA"], root_first(root))
    ask(
        "ko",
        "crm-core 몇 버전이야?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("crm-core", "version")], "contains"),
    )
    ask(
        "en",
        "how many replicas does billing-api run?",
        "lookup",
        ["LOOKUP"],
        num(E.attr("billing-api", "replicas"), 0),
    )
    ask(
        "en",
        "what OS is on pus-db-n01?",
        "lookup",
        ["LOOKUP"],
        names([E.attr("pus-db-n01", "os")], "contains"),
    )
    ask(
        "ko",
        "sel-kfk-n02 디스크 어제 최고 몇까지 찍었어?",
        "window",
        AGG,
        num(max(E.values("sel-kfk-n02", "disk_usage", yesterday, today))),
    )
    ask(
        "en",
        "average error rate for notification-hub since 13:00",
        "window",
        AGG,
        num(mean(E.values("notification-hub", "error_rate", kst(10, 13)))),
    )
    hosts = [h for h in E.of_type("host") if (h, "cpu_usage") in E.series]
    cpu_now = {h: E.latest(h, "cpu_usage") for h in hosts}
    t = threshold(cpu_now, range(2, 6))
    ask(
        "ko",
        f"지금 CPU {t:g}% 넘는 서버 있어?",
        "current",
        AGG,
        names(sorted(h for h, v in cpu_now.items() if v > t)),
    )
    services = [s for s in E.of_type("service") if (s, "request_rate") in E.series]
    ask(
        "en",
        "bottom 3 services by request rate over the last hour",
        "aggregate",
        AGG,
        names(top({s: -mean(E.last_hours(s, "request_rate", 1)) for s in services}, 3), "ordered"),
    )
    ask(
        "ko",
        "billing-db랑 rating-db 응답시간 지금 비교",
        "compare",
        AGG,
        num(E.latest("rating-db", "response_time_ms")),
    )
    ask(
        "en",
        "which services would notice if token-cache went away?",
        "graph",
        GRAPH,
        names(of("service", E.impact("token-cache"))),
    )
    ask("ko", "invoice-svc가 부르는 서비스들", "graph", GRAPH, names(of("service", E.out("invoice-svc"))))
    ask("ko", "crm-db에 붙는 애들 누구야", "graph", GRAPH, names(sorted(E.into("crm-db"))))
    ask(
        "en",
        "is there a path from mobile-bff to cdr-warehouse?",
        "graph",
        GRAPH,
        {"answer": "yes", **names(E.shortest_path("mobile-bff", "cdr-warehouse"), "ordered")},
    )
    ask(
        "ko",
        "sel-app-n09 서버에 배포된 거 뭐 있어?",
        "graph",
        GRAPH_OR_LOOK,
        names(sorted(E.into("sel-app-n09", "RUNS_ON"))),
    )
    ask(
        "en",
        "open a ticket for the sms-gateway outage and page the owner",
        "reject",
        ["REJECT"],
        REJECT,
    )
    ask("en", "how's the weather in busan today?", "reject", ["REJECT"], REJECT)
    ask("ko", "sel-web-n09 메모리", "unknown", ONCALL, not_ok())
    ask(
        "en",
        "show latency for the billing gateway",
        "unknown",
        ONCALL,
        not_ok("billing-api"),
    )
    ask("ko", "그 DB 요즘 괜찮아?", "unclear", ONCALL, not_ok())
