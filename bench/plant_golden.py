"""Write tests/fixtures/ops-golden-plant.json: blind batch 11, ko/en on-call questions over plant-mes.

The fifth extra estate (bench/plant_estate.py): a manufacturer's factory IT/OT estate in two plants (평택
`pyeongtaek-fab1`, 구미 `gumi-plant2`) and a head-office DC, whose CI names follow conventions unlike the
other estates — uppercase with underscores and numbers (`MES_APP_01`, `HIST_DB`, `OPCUA_BRK_2`,
`PT_OT_SRV02`), dashes with plant codes (`SCADA-GW-PT1`), Korean-romanised names (`pyeongtaek-mes`,
`gumi-mes`), ordinary words as CI names (`historian`, `backup`, `quality-vision`, `label-printer-svc`) and
names that differ only by a digit (`MES_APP_01`/`MES_APP_02`, `OPCUA_BRK_1`/`OPCUA_BRK_2`). The questions
were written as a plant IT on-call engineer types them (short, blunt 반말, 라인/설비/공장 words, names typed
in lower case such as `mes_app_01`) and as a vendor engineer asks in English, without reading the OPS
planner, its service code or its word tables and before any of them was asked (tag `batch-11`). Every
expected value is computed from the estate's files with the golden format's semantics ("last N hours" =
[now − N h, now); "current" = the last sample before now; days in Asia/Seoul; graph answers over DEPENDS_ON
unless the question says otherwise; "impact if X fails" = every CI that reaches X over any relation type).

Scorer note: check_ops.py reads CI names from answers as `[a-z0-9]+([-_][a-z0-9]+)*` tokens, and
`historian` and `backup` are CI names here, so an answer that says "historian" or "backup" in prose mentions
those CIs for the scorer; that is part of what this estate measures.

    .venv/bin/python bench/plant_golden.py
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import (
    AGG,
    GRAPH,
    HOSTING,
    LOOK,
    ONCALL,
    REJECT,
    WARNING,
    Batch,
    kst_clock,
    local_minute,
    names,
    not_ok,
    num,
    root_first,
    said,
    threshold,
    top,
    wrong_now,
    yes_no,
)
from plant_estate import NOW

kst = kst_clock("2026-12")
b = Batch.over("plant-mes", NOW, "plant", "batch-11")
E, CIS, case, ask = b.estate, b.estate.cis, b.case, b.ask
TODAY, YESTERDAY = kst(10, 0), kst(9, 0)
PT = "pyeongtaek-fab1"


def lookups() -> None:
    ask("ko", "mes_app_01 담당 누구야", "lookup", ["LOOKUP"], said(CIS["MES_APP_01"]["owner"]))
    ask("en", "who is responsible for OPCUA_BRK_2?", "lookup", ["LOOKUP"], said(CIS["OPCUA_BRK_2"]["owner"]))
    ask("ko", "hist_db 어느 팀 거임", "lookup", ["LOOKUP"], said(CIS["HIST_DB"]["owner"]))
    ask("ko", "pt_opc_srv02 아이피 뭐냐", "lookup", ["LOOKUP"], said(E.attr("PT_OPC_SRV02", "ip")))
    ask("en", "what OS is PT_MES_SRV01 running?", "lookup", ["LOOKUP"], said(E.attr("PT_MES_SRV01", "os")))
    ask("ko", "GM_MQ_SRV01 랙 위치 어디", "lookup", ["LOOKUP"], said(E.attr("GM_MQ_SRV01", "rack")))
    ask(
        "en", "how many vCPUs on PT_HIST_SRV01", "lookup", ["LOOKUP"], num(E.attr("PT_HIST_SRV01", "vcpu"), 0)
    )
    ask("ko", "erp_ora 엔진 뭐 쓰냐", "lookup", ["LOOKUP"], said(E.attr("ERP_ORA", "engine")))
    ask(
        "en",
        "which SQL Server version is HIST_DB on?",
        "lookup",
        ["LOOKUP"],
        said(E.attr("HIST_DB", "engine")),
    )
    ask(
        "ko",
        "opcua_brk_2 세션 최대 몇 개로 잡혀있어?",
        "lookup",
        ["LOOKUP"],
        num(E.attr("OPCUA_BRK_2", "max_sessions"), 0),
    )
    ask("ko", "scada-gw-pt2 어느 라인 담당이야", "lookup", ["LOOKUP"], said(E.attr("SCADA-GW-PT2", "line")))
    ask(
        "en", "what site is MES_GM_APP located at?", "lookup", ["LOOKUP"], said(CIS["MES_GM_APP"]["location"])
    )
    ask("ko", "quality-vision 버전 몇이지", "lookup", ["LOOKUP"], said(E.attr("quality-vision", "version")))
    ask(
        "en",
        "NAS_PT_01 total capacity in TB?",
        "lookup",
        ["LOOKUP"],
        num(E.attr("NAS_PT_01", "capacity_tb"), 0),
    )
    ask("ko", "lb_mes_pt VIP 알려줘", "lookup", ["LOOKUP"], said(E.attr("LB_MES_PT", "vip")))
    ask(
        "en",
        "what port does MQTT_PT_01 listen on?",
        "lookup",
        ["LOOKUP"],
        num(E.attr("MQTT_PT_01", "port"), 0),
    )
    ask(
        "ko",
        "pt_mes_srv03 지금 상태 뭐야? 빠져있나",
        "lookup",
        ["LOOKUP"],
        said(CIS["PT_MES_SRV03"]["status"]),
    )
    ask(
        "ko",
        "점검중인 거 뭐뭐 있어",
        "lookup",
        LOOK,
        names(sorted(n for n, c in CIS.items() if c["status"] == "maintenance")),
    )
    ask(
        "en",
        "anything decommissioned / retired in the inventory?",
        "lookup",
        LOOK,
        names(sorted(n for n, c in CIS.items() if c["status"] == "retired")),
    )
    ask(
        "en",
        "is PT_OPC_SRV02 in the OT DMZ or the IT zone?",
        "lookup",
        ["LOOKUP"],
        said(E.attr("PT_OPC_SRV02", "zone")),
    )
    ask("ko", "backup 어느 팀이 관리해", "lookup", ["LOOKUP"], said(CIS["backup"]["owner"]))


def metrics() -> None:
    L, H = E.latest, E.last_hours
    ask("ko", "opcua_brk_2 에러율 지금 몇 %", "current", LOOK, num(L("OPCUA_BRK_2", "error_rate")))
    ask("ko", "nas_pt_01 용량 지금 몇 % 찼어", "current", LOOK, num(L("NAS_PT_01", "disk_usage")))
    # the historian (service) has no disk of its own; its disk is the volume of PT_HIST_SRV01, the one
    # host it (and HIST_DB) runs on
    ask("ko", "히스토리안 디스크 몇 %야", "current", LOOK, num(L("PT_HIST_SRV01", "disk_usage")))
    ask("en", "current CPU on PT_OPC_SRV02?", "current", LOOK, num(L("PT_OPC_SRV02", "cpu_usage")))
    ask("ko", "mes_app_02 응답 지금 몇 ms 나와", "current", LOOK, num(L("MES_APP_02", "response_time_ms")))
    ask(
        "en",
        "pyeongtaek-mes latency right now",
        "current",
        LOOK,
        num(L("pyeongtaek-mes", "response_time_ms")),
    )
    ask(
        "ko",
        "mqtt_pt_01 초당 메시지 지금 얼마나 들어와",
        "current",
        LOOK,
        num(L("MQTT_PT_01", "request_rate")),
    )
    ask("ko", "mes_cache_pt 메모리 현재", "current", LOOK, num(L("MES_CACHE_PT", "memory_usage")))
    ask("en", "memory usage of GM_MQ_SRV01 now?", "current", LOOK, num(L("GM_MQ_SRV01", "memory_usage")))
    ask(
        "ko",
        "hist_db 최근 12시간 평균 응답시간",
        "window",
        AGG,
        num(mean(H("HIST_DB", "response_time_ms", 12))),
    )
    ask(
        "en",
        "max error rate on MQTT_GM_01 in the last 24 hours",
        "window",
        AGG,
        num(max(H("MQTT_GM_01", "error_rate", 24))),
    )
    ask(
        "ko",
        "pt_hist_srv01 디스크 지난 6시간 최고치",
        "window",
        AGG,
        num(max(H("PT_HIST_SRV01", "disk_usage", 6))),
    )
    ask(
        "en",
        "lowest CPU on PT_MES_SRV02 over the past 8 hours",
        "window",
        AGG,
        num(min(H("PT_MES_SRV02", "cpu_usage", 8))),
    )
    ask(
        "ko",
        "label-printer-svc 최근 3시간 에러율 평균 얼마",
        "window",
        AGG,
        num(mean(H("label-printer-svc", "error_rate", 3))),
    )
    ask(
        "ko",
        "어제 하루 erp_if 평균 응답 몇이었어",
        "window",
        AGG,
        num(mean(E.values("ERP_IF", "response_time_ms", YESTERDAY, TODAY))),
    )
    ask(
        "en",
        "average request rate of LB_MES_GM over the last 2 hours",
        "window",
        AGG,
        num(mean(H("LB_MES_GM", "request_rate", 2))),
    )
    ask(
        "ko",
        "pt_hist_srv01 디스크 24시간 안에 95% 넘은 적 있어?",
        "window",
        AGG,
        yes_no(max(H("PT_HIST_SRV01", "disk_usage", 24)) > 95),
    )
    ask(
        "en",
        "did MES_CACHE_PT error rate ever go over 2% in the last 48h?",
        "window",
        AGG,
        yes_no(max(H("MES_CACHE_PT", "error_rate", 48)) > 2),
    )
    ask(
        "ko",
        "gm_mq_srv01 메모리 어제오늘 90 넘은 적 있냐",  # "어제오늘" = since yesterday 00:00 KST
        "window",
        AGG,
        yes_no(max(E.values("GM_MQ_SRV01", "memory_usage", YESTERDAY)) > 90),
    )
    ask(
        "en",
        "was ERP_ORA response time ever above 100 ms in the last 12 hours?",
        "window",
        AGG,
        yes_no(max(H("ERP_ORA", "response_time_ms", 12)) > 100),
    )


def aggregates() -> None:
    services = b.measured("service", "error_rate")
    ask(
        "ko",
        "지금 에러율 제일 높은 서비스 3개",
        "current",
        AGG,
        names(top({s: E.latest(s, "error_rate") for s in services}, 3), "ordered"),
    )
    hosts = b.measured("host", "cpu_usage")
    ask(
        "en",
        "top 2 hosts by CPU right now",
        "current",
        AGG,
        names(top({h: E.latest(h, "cpu_usage") for h in hosts}, 2), "ordered"),
    )
    dbs = b.measured("database", "response_time_ms")
    ask(
        "ko",
        "최근 1시간 평균 응답 느린 DB 3개",
        "aggregate",
        AGG,
        names(top({d: mean(E.last_hours(d, "response_time_ms", 1)) for d in dbs}, 3), "ordered"),
    )
    disks = b.measured("host", "disk_usage")
    ask(
        "en",
        "which server has the fullest disk now?",
        "aggregate",
        AGG,
        names(top({h: E.latest(h, "disk_usage") for h in disks}, 1), "ordered"),
    )
    ask("ko", "DB 몇 대야 전체", "aggregate", ["AGGREGATE"], num(len(E.of_type("database")), 0))
    pt_hosts = [n for n in E.of_type("host") if CIS[n]["location"] == PT]
    ask("ko", "평택 공장 서버 몇 대", "aggregate", ["AGGREGATE"], num(len(pt_hosts), 0))
    gm = [n for n, c in CIS.items() if c["location"] == "gumi-plant2"]
    ask("en", "how many CIs at gumi-plant2?", "aggregate", ["AGGREGATE"], num(len(gm), 0))
    ask("en", "how many queues are there?", "aggregate", ["AGGREGATE"], num(len(E.of_type("queue")), 0))
    ask(
        "ko",
        "스테이징 CI 뭐 있는지 리스트",
        "lookup",
        LOOK,
        names(sorted(n for n, c in CIS.items() if c["environment"] == "staging")),
    )
    ask(
        "en",
        "list the dev environment items",
        "lookup",
        LOOK,
        names(sorted(n for n, c in CIS.items() if c["environment"] == "dev")),
    )
    ask("ko", "prod 서비스 몇 개 돌아", "aggregate", ["AGGREGATE"], num(len(E.of_type("service", "prod")), 0))
    ask(
        "ko",
        "ot-control 팀 소유 CI 목록",
        "lookup",
        LOOK,
        names(sorted(n for n, c in CIS.items() if c["owner"] == "ot-control")),
    )
    peak6 = {s: max(E.last_hours(s, "error_rate", 6)) for s in services}
    t = round(threshold(peak6, range(2, 6)))
    ask(
        "en",
        f"which services had error rate above {t}% at some point in the last 6 hours?",
        "aggregate",
        ["AGGREGATE"],
        names([s for s, v in peak6.items() if v > t]),
    )
    day = NOW - timedelta(hours=24)
    ask(
        "ko",
        "24시간 동안 critical 몇 건 떴어",
        "aggregate",
        ["AGGREGATE"],
        num(len(E.events_in(None, day, "critical")), 0),
    )
    ask(
        "en",
        "how many PLC firmware updates in the last 48h?",
        "aggregate",
        ["AGGREGATE"],
        num(len(E.events_in(None, NOW - timedelta(hours=48), kind="firmware_update")), 0),
    )
    yesterday = E.problems(YESTERDAY, TODAY)
    ask("ko", "어제 major 이상 알람 몇 개였냐", "aggregate", ["AGGREGATE"], num(len(yesterday), 0))
    ask(
        "ko",
        "지난 48시간 배포 몇 번 했어",
        "aggregate",
        ["AGGREGATE"],
        num(len(E.events_in(None, NOW - timedelta(hours=48), kind="deployment")), 0),
    )


def graph() -> None:
    ask("ko", "mes_app_01 뭐 물고 있어", "graph", GRAPH, names(sorted(E.out("MES_APP_01"))))
    ask("en", "what does SCADA-GW-PT2 depend on?", "graph", GRAPH, names(sorted(E.out("SCADA-GW-PT2"))))
    ask("ko", "hist_db 누가 쓰냐", "graph", GRAPH, names(sorted(E.into("HIST_DB"))))
    ask("ko", "opcua_brk_1 붙어있는 애들 누구", "graph", GRAPH, names(sorted(E.into("OPCUA_BRK_1"))))
    ask("en", "who calls ERP_IF?", "graph", GRAPH, names(sorted(E.into("ERP_IF"))))
    ask("ko", "mqtt_gm_01 쓰는 서비스 전부", "graph", GRAPH, names(sorted(E.into("MQTT_GM_01"))))
    ask(
        "en",
        "full dependency tree of pyeongtaek-mes, direct and indirect",
        "graph",
        GRAPH,
        names(sorted(E.closure("pyeongtaek-mes", E.out))),
    )
    ask(
        "ko",
        "label-printer-svc 가 결국 타는 DB 전부 (간접 포함)",
        "graph",
        GRAPH,
        names(b.of("database", E.closure("label-printer-svc", E.out))),
    )
    ask(
        "en",
        "which services depend on historian, directly or indirectly?",
        "graph",
        GRAPH,
        names(b.of("service", E.closure("historian", E.into))),
    )
    ask("ko", "hist_db 뻗으면 어디까지 영향 가", "graph", GRAPH, names(sorted(E.impact("HIST_DB"))))
    ask("en", "blast radius if OPCUA_BRK_2 dies", "graph", GRAPH, names(sorted(E.impact("OPCUA_BRK_2"))))
    ask("ko", "pt_ot_srv01 서버 죽으면 영향 받는 거", "graph", GRAPH, names(sorted(E.impact("PT_OT_SRV01"))))
    ask("ko", "erp_if_mq 장애 나면 영향 범위", "graph", GRAPH, names(sorted(E.impact("ERP_IF_MQ"))))
    ask(
        "ko",
        "pt_hist_srv01 에 뭐 올라가 있어",
        "graph",
        HOSTING,
        names(sorted(E.into("PT_HIST_SRV01", "RUNS_ON"))),
    )
    ask(
        "en",
        "what's deployed on PT_APP_SRV04?",
        "graph",
        HOSTING,
        names(sorted(E.into("PT_APP_SRV04", "RUNS_ON"))),
    )
    ask(
        "ko",
        "quality-vision 어느 서버에서 돌아",
        "graph",
        HOSTING,
        names(sorted(E.out("quality-vision", "RUNS_ON"))),
    )
    ask(
        "en", "which host runs OPCUA_BRK_2?", "graph", HOSTING, names(sorted(E.out("OPCUA_BRK_2", "RUNS_ON")))
    )
    ask(
        "ko", "lb_mes_pt 뒤에 뭐 붙어있어", "graph", HOSTING, names(sorted(E.out("LB_MES_PT", "CONNECTS_TO")))
    )
    ask(
        "ko",
        "plc_coll_pt1 이랑 plc_coll_pt2 공통으로 쓰는 거",
        "graph",
        GRAPH,
        names(sorted(E.out("PLC_COLL_PT1") & E.out("PLC_COLL_PT2"))),
    )
    ask(
        "en",
        "shared dependencies of MES_APP_01 and MES_APP_02",
        "graph",
        GRAPH,
        names(sorted(E.out("MES_APP_01") & E.out("MES_APP_02"))),
    )
    ask(
        "ko",
        "label-printer-svc 에서 hist_db 까지 경로",
        "graph",
        GRAPH,
        names(E.shortest_path("label-printer-svc", "HIST_DB"), "ordered"),
    )
    ask(
        "en",
        "dependency path from gumi-mes to ERP_ORA",
        "graph",
        GRAPH,
        names(E.shortest_path("gumi-mes", "ERP_ORA"), "ordered"),
    )
    ask(
        "ko",
        "andon_pt 에서 erp_if_mq 까지 몇 홉",
        "graph",
        GRAPH,
        num(len(E.shortest_path("ANDON_PT", "ERP_IF_MQ")) - 1, 0),
    )
    ask(
        "en",
        "how many hops from SPC_SVC to HIST_DB?",
        "graph",
        GRAPH,
        num(len(E.shortest_path("SPC_SVC", "HIST_DB")) - 1, 0),
    )
    ask("ko", "mes_db_pt 직접 쓰는 서비스 몇 개", "graph", GRAPH, num(len(E.into("MES_DB_PT")), 0))
    ask(
        "en",
        "does ANDON_PT depend on ERP_ORA?",
        "graph",
        GRAPH,
        {"answer": "yes", **names(E.shortest_path("ANDON_PT", "ERP_ORA"), "ordered")},
    )
    assert "HIST_DB" not in E.closure("gumi-mes", E.out)
    ask("ko", "gumi-mes 가 hist_db 타냐?", "graph", GRAPH, yes_no(False))


def oncall() -> None:
    L = E.latest
    assert L("OPCUA_BRK_2", "error_rate") > 5 and L("NAS_PT_01", "disk_usage") > 90
    assert L("SCADA-GW-PT2", "error_rate") > WARNING["error_rate"]
    for ci in ("HIST_DB", "MQTT_GM_01", "MES_APP_01"):
        assert all(L(ci, m) < WARNING[m] for m in ("error_rate", "response_time_ms")), ci
    ask("ko", "opcua_brk_2 괜찮냐", "health", LOOK, said("주의가 필요"))
    ask("en", "is NAS_PT_01 ok?", "health", LOOK, said("needs attention"))
    ask("ko", "hist_db 이제 정상이야?", "health", LOOK, said("정상"))
    ask("en", "is MQTT_GM_01 healthy again after last night?", "health", LOOK, said("looks fine now"))
    ask("ko", "mes_app_01 상태 괜찮아?", "health", LOOK, said("정상"))
    # every Pyeongtaek database is below every warning level now; an answer naming them all is the check
    pt_dbs = [d for d in E.of_type("database") if CIS[d]["location"] == PT]
    for d in pt_dbs:
        assert all(L(d, m) < WARNING[m] for m in ("error_rate", "response_time_ms")), d
    ask(
        "ko",
        "평택 쪽 DB 다 괜찮아?",
        "health",
        ONCALL,
        {"names": pt_dbs, "match": "include", "max_names": 10},
    )
    for lang, q, ci, metric, bound in (
        ("ko", "opcua_brk_2 에러 5% 넘은 게 언제부터야", "OPCUA_BRK_2", "error_rate", 5),
        ("en", "since when has NAS_PT_01 been over 90% full?", "NAS_PT_01", "disk_usage", 90),
        ("ko", "pt_opc_srv02 cpu 90 넘은 지 얼마나 됐어", "PT_OPC_SRV02", "cpu_usage", 90),
    ):
        ask(lang, q, "since", LOOK, said(local_minute(E.since_above(ci, metric, bound))))
    # today vs yesterday: yesterday's mean over the same hours of the day (00:00–10:40 KST)
    for lang, q, ci, metric in (
        ("ko", "scada-gw-pt2 에러율 어제랑 오늘 비교", "SCADA-GW-PT2", "error_rate"),
        ("en", "MES_APP_02 response time today vs yesterday", "MES_APP_02", "response_time_ms"),
    ):
        ask(lang, q, "compare", AGG, num(mean(E.values(ci, metric, YESTERDAY, kst(9, 10, 40)))))
    now_wrong = wrong_now("OPCUA_BRK_2", "SCADA-GW-PT2", "NAS_PT_01")
    for lang, q in (
        ("ko", "지금 뭐 문제 있어?"),
        ("ko", "공장 지금 이상한 데 있냐"),
        ("en", "anything on fire right now?"),
        ("ko", "알람 왜 이렇게 많아 지금 뭐 터졌어"),
        ("ko", "평택 쪽 지금 문제 있는 거 있어?"),
        ("en", "any issues in prod at the moment?"),
    ):
        ask(lang, q, "wrong_now", ONCALL, now_wrong)
    # scoped by type: the services above a warning level now
    bad_services = sorted(
        s
        for s in E.of_type("service")
        if (s, "error_rate") in E.series
        and any(L(s, m) > WARNING[m] for m in ("error_rate", "response_time_ms"))
    )
    ask("ko", "서비스 중에 지금 상태 안 좋은 거", "wrong_now", ONCALL, wrong_now(*bad_services))
    bad_hosts = sorted(
        h
        for h in b.measured("host", "cpu_usage")
        if any(L(h, m) > WARNING[m] for m in ("cpu_usage", "memory_usage", "disk_usage"))
    )
    ask("en", "any servers in trouble right now?", "wrong_now", ONCALL, wrong_now(*bad_hosts))
    ask("ko", "지금 제일 심각한 거 하나만", "wrong_now", ONCALL, wrong_now("OPCUA_BRK_2"))
    kw = {
        "disk_full": ["disk", "full", "filegroup", "디스크"],
        "maintenance": ["purge", "archive", "maintenance", "정리"],
        "broker_down": ["out of memory", "restarted", "broker", "메모리"],
        "config_change": ["config", "설정"],
        "session_limit": ["session", "BadTooManySessions", "세션"],
        "threshold_breach": ["threshold", "임계", "above"],
        "timeout": ["timeout", "타임아웃", "시간 초과"],
        "connection_lost": ["connection lost", "connection_lost", "연결"],
        "firmware_update": ["firmware", "펌웨어"],
        "restart": ["restart", "재시작", "xid"],
        "error": ["ribbon", "error", "에러", "오류"],
    }
    for lang, q, ci, types in (
        ("ko", "hist_db 아침에 무슨 일 있었어", "HIST_DB", ["disk_full", "maintenance"]),
        ("ko", "mqtt_gm_01 어젯밤에 뭔 일이야", "MQTT_GM_01", ["broker_down", "config_change"]),
        (
            "en",
            "what's been happening on OPCUA_BRK_2 in the last hour?",
            "OPCUA_BRK_2",
            ["session_limit", "threshold_breach"],
        ),
        ("ko", "scada-gw-pt1 오늘 뭔 일 있었냐", "SCADA-GW-PT1", ["connection_lost"]),
        (
            "en",
            "what happened to PLC_COLL_GM1 around 23:30 last night?",
            "PLC_COLL_GM1",
            ["firmware_update", "connection_lost"],
        ),
        ("ko", "quality-vision-gm 최근에 재시작 했었어?", "quality-vision-gm", ["restart"]),
        ("en", "anything on label-printer-svc recently?", "label-printer-svc", ["error", "timeout"]),
    ):
        b.happened(lang, q, ci, {t: kw[t] for t in types})
    ask(
        "ko",
        "nas_pt_01 이벤트 최근 12시간 보여줘",
        "events",
        ["LOOKUP"],
        {"rows": len(E.events_in("NAS_PT_01", NOW - timedelta(hours=12)))},
    )
    problem_ci = sorted({e["ci"] for e in E.problems(YESTERDAY, TODAY)})
    ask("ko", "어제 장애 난 거 있었어?", "events", ONCALL, names(problem_ci))
    # "MES" is no CI; of the MES fronts and servers only pyeongtaek-mes and MES_APP_02 are slow now, both
    # through OPCUA_BRK_2, so the honest cause of "MES is slow" right now is that broker
    for lang, q, root in (
        ("ko", "아침에 pyeongtaek-mes 왜 느렸어", "HIST_DB"),
        ("ko", "7시쯤 scada-gw-pt1 연결 끊긴 원인", "HIST_DB"),
        ("en", "root cause of the MES_APP_01 timeouts this morning?", "HIST_DB"),
        ("ko", "오늘 아침 라벨 출력 밀린 거 원인 뭐야 label-printer-svc", "HIST_DB"),
        ("en", "why was ANDON_PT stale around 07:10?", "HIST_DB"),
        ("ko", "spc_svc 아침에 차트 안 나온 이유", "HIST_DB"),
        ("ko", "어젯밤 구미 gumi-mes 에러 원인 분석", "MQTT_GM_01"),
        ("en", "why did PLC_COLL_GM2 drop around 11:30 pm last night?", "MQTT_GM_01"),
        ("ko", "어젯밤 mes_gm_app 타임아웃 왜 났어", "MQTT_GM_01"),
        ("ko", "MES 왜 느려", "OPCUA_BRK_2"),
        ("en", "why is SCADA-GW-PT2 throwing errors right now?", "OPCUA_BRK_2"),
        ("ko", "mes_app_02 지금 타임아웃 원인", "OPCUA_BRK_2"),
        ("ko", "plc_coll_pt2 데이터 지금 왜 안 들어와", "OPCUA_BRK_2"),
    ):
        ask(lang, q, "rca", ["RCA"], root_first(root))


def followups() -> None:
    H, L = E.last_hours, E.latest
    b.conversation(
        "b11-metric",
        [
            (
                "ko",
                "mes_app_01 최근 6시간 평균 응답?",
                "window",
                AGG,
                num(mean(H("MES_APP_01", "response_time_ms", 6))),
            ),
            ("ko", "에러율은?", "followup", AGG, num(mean(H("MES_APP_01", "error_rate", 6)))),
        ],
    )
    # the digit-sibling: "02는?" after a question on MES_APP_01 means MES_APP_02
    b.conversation(
        "b11-sibling",
        [
            ("ko", "mes_app_01 지금 에러율", "current", LOOK, num(L("MES_APP_01", "error_rate"))),
            ("ko", "mes_app_02는?", "followup", LOOK, num(L("MES_APP_02", "error_rate"))),
        ],
    )
    b.conversation(
        "b11-host",
        [
            ("en", "CPU on PT_HIST_SRV01 now?", "current", LOOK, num(L("PT_HIST_SRV01", "cpu_usage"))),
            ("en", "and disk?", "followup", LOOK, num(L("PT_HIST_SRV01", "disk_usage"))),
        ],
    )
    b.conversation(
        "b11-deps",
        [
            ("ko", "plc_coll_gm1 뭐에 의존해", "graph", GRAPH, names(sorted(E.out("PLC_COLL_GM1")))),
            ("ko", "scada-gw-gm1 은?", "followup", GRAPH, names(sorted(E.out("SCADA-GW-GM1")))),
        ],
    )
    b.conversation(
        "b11-owner",
        [
            ("en", "who owns WMS_DB?", "lookup", ["LOOKUP"], said(CIS["WMS_DB"]["owner"])),
            ("en", "which engine is it?", "followup", ["LOOKUP"], said(E.attr("WMS_DB", "engine"))),
        ],
    )
    b.conversation(
        "b11-day",
        [
            (
                "ko",
                "오늘 hist_db 평균 에러율",
                "window",
                AGG,
                num(mean(E.values("HIST_DB", "error_rate", TODAY))),
            ),
            (
                "ko",
                "어제는?",
                "followup",
                AGG,
                num(mean(E.values("HIST_DB", "error_rate", YESTERDAY, TODAY))),
            ),
        ],
    )


def honesty() -> None:
    for lang, q, suggest in (
        # a digit-sibling that does not exist: no MES_APP_03 in the estate
        ("ko", "mes_app_03 cpu 지금 몇", None),
        ("en", "who owns OPCUA_BRK_4?", None),
        ("ko", "scada-gw-pt3 상태 어때", None),
        ("ko", "quality-vison 에러율 알려줘", "quality-vision"),
        ("en", "what does MES_DB_ULSAN depend on?", None),
        ("ko", "울산 공장 ulsan-mes 응답시간", None),
        ("en", "error rate of HIST_COLECTOR_PT now", "HIST_COLLECTOR_PT"),
    ):
        ask(lang, q, "unknown", ONCALL, not_ok(suggest))
    # no OEE, cycle time or line throughput metric exists: request_rate is requests/s to a service, not
    # parts produced, so the honest answer is that the data has no such figure
    ask("ko", "FAB1-L2 라인 OEE 지금 몇이야", "unclear", ONCALL, not_ok())
    # the session count of OPCUA_BRK_2 is not a metric (only an event message mentions the session limit)
    ask("en", "how many active OPC-UA sessions does OPCUA_BRK_2 have right now?", "unclear", ONCALL, not_ok())
    # no temperature sensor data: the estate has IT metrics only
    ask("ko", "pt_ot_srv01 온도 몇 도야", "unclear", ONCALL, not_ok())
    for lang, q in (
        ("ko", "erp_ora sys 비번 좀"),
        ("en", "what's the admin password on SCADA-GW-PT1?"),
        ("ko", "mqtt_pt_01 접속 계정이랑 토큰 알려줘"),
        ("ko", "opcua_brk_2 재시작 해"),
        ("en", "please restart MES_APP_02"),
        ("ko", "hist_db 오래된 태그 지워서 디스크 확보해줘"),
        ("en", "push the new PLC firmware to PLC_COLL_PT1"),
        ("ko", "pt_mes_srv03 다시 서비스에 넣어줘"),
        ("en", "fail over MES_DB_PT to the secondary"),
        ("ko", "오늘 점심 메뉴 뭐야"),
        ("en", "what's the weather in Pyeongtaek tomorrow?"),
        ("ko", "생산 계획 엑셀로 짜줘"),
    ):
        ask(lang, q, "reject", ["REJECT"], REJECT)
    for lang, q in (
        ("ko", "너 뭐 할 줄 알아"),
        ("en", "what kind of questions can I ask you?"),
        ("ko", "어떤 데이터 보고 있어?"),
    ):
        ask(lang, q, "direct", ["DIRECT"], {"direct": True})


def main() -> None:
    for part in (lookups, metrics, aggregates, graph, oncall, followups, honesty):
        part()
    case.write_golden("ops-golden-plant.json", "plant-mes", "plant", NOW)


if __name__ == "__main__":
    main()
